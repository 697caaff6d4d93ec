"""Patterns found in the thirteenth session (blind35 and blind36, after their first run), on files built here and on
the parts' own files: page breaks inside merged cells of LibreOffice PDFs, one indicator alone on a page under its
三级指标 header, a unit the name gives against the row's, a yes to a change the name states."""
from __future__ import annotations

from pathlib import Path

from extractor import check, extract, parse
from extractor.extraction import Indicator
from extractor.extractors.indicators import _cut_by_the_break
from extractor.nlp.quantities import unit_in_brackets
from extractor.parsers.pdf import _fill_continued_cells, _is_split_row
from tests.extractors.test_form_patterns import write_xlsx

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"


def _findings(tmp_path: Path, rows: list[list], rule: str) -> list:
    """The findings of ``rule`` on a form written from ``rows``."""
    return [f for f in check(extract(write_xlsx(tmp_path / "form.xlsx", rows))) if f.rule == rule]


def _names_and_weights(path: Path) -> dict[str, float | None]:
    return {i.name: i.weight for i in extract(path).indicators}


# 吉林 检验检疫 评价表 exported by LibreOffice Calc (blind35): a name merged over four rows of points is cut by the
# page's edge; the last row of page 1 shows the characters that fit ("有利境" of 是否有利于保护生态环境, under a 二级
# cut to "境效益"; "…的防控能" of a longer question), page 2 shows the name whole
def test_pattern_2_a_name_cut_by_the_page_edge_is_the_whole_name_of_the_next_page():
    weights = _names_and_weights(REAL / "blind35" / "jl-ciq-hk-through-train-eval.pdf")
    assert weights["是否有利于保护生态环境"] == 20.0
    assert "有利境" not in weights and len(weights) == 21


def test_pattern_2_a_name_cut_at_its_end_takes_the_points_of_the_rows_above_the_break():
    ext = extract(REAL / "blind35" / "jl-ciq-quarantine-dog-eval.pdf")
    whole = "专项资金投入是否可增强动植物有害生物随旅客携带物、邮寄物传入我国的防控能力，保护国内生态安全"
    [indicator] = [i for i in ext.indicators if i.name.startswith("专项资金投入是否可增强")]
    assert (indicator.name, indicator.weight, indicator.level2, indicator.page) == (whole, 15.0, "生态效益指标", 1)


def test_two_indicators_on_either_side_of_a_page_break_stay_two():
    """The fold asks for every text the row above wrote to be a part of the next row's, its characters in order: a
    name that is no part of the next (培训人次 above 结业考核合格率), or a target of its own, stays an indicator."""
    def row(name, target, level2="数量指标"):
        return Indicator(id="i", name=name, level2_text=level2, target_text=target, weight=5.0)

    assert _cut_by_the_break(row("有利境", "", "境效益"), row("是否有利于保护生态环境", "是", "环境效益"))
    assert not _cut_by_the_break(row("培训人次", "≥100"), row("结业考核合格率", "≥90%"))
    assert not _cut_by_the_break(row("合格率", "≥95%"), row("验收合格率", "≥90%"))
    assert not _cut_by_the_break(row("有利境", "", "境效益"), row("是否有利于保护生态环境", "是", "社会效益"))
    # the whole name above, its target cut off by the page's edge: the same indicator
    assert _cut_by_the_break(row("是否有利于保护生态环境", "", "环境效益"), row("是否有利于保护生态环境", "是", "环境效益"))


def test_the_whole_indicator_after_a_break_keeps_where_both_parts_are_written():
    ext = extract(REAL / "blind35" / "jl-ciq-hk-through-train-eval.pdf")
    [indicator] = [i for i in ext.indicators if i.name == "是否有利于保护生态环境"]
    tables = [b.ref for b in ext_tables(REAL / "blind35" / "jl-ciq-hk-through-train-eval.pdf")]
    assert indicator.page == 1 and indicator.refs == tables[-2:]  # the tables of both pages, each once


def ext_tables(path: Path):
    return [b for b in parse(path).blocks if b.kind == "table"]


# the Word form exported by LibreOffice Writer (blind35 个人游): the table's last row, "总分 │ 100 │ 得分", alone on
# page 2 under the ④ row of a merged satisfaction indicator
def test_pattern_8_a_total_row_alone_on_the_next_page_is_no_rest_of_the_row_above():
    doc = parse(REAL / "blind35" / "jl-ciq-hkmacao-tourist-eval.pdf")
    rows = [b for b in doc.blocks if b.kind == "table"][-1].rows
    assert rows[-1][:4] == ["总分", "100", "得分", ""]
    assert rows[-2][:3] == ["项目效果", "25", "服务对象满意度"]
    weights = _names_and_weights(REAL / "blind35" / "jl-ciq-hkmacao-tourist-eval.pdf")
    assert weights["港澳自由行旅客对检验检疫通关措施的满意度"] == 20.0 and len(weights) == 20


def test_a_row_number_on_the_next_page_does_not_end_the_merged_cells_right_of_it():
    """Only a merged cell's figure ends the fill (总分 │ 100 under 项目效果 │ 25): a new row number of a one-row 序号
    cell (5 under 4) is every row's own, the merged 一级 and name to its right go on over the break."""
    last = ["4", "项目效果", "20", "是否提高检验检疫执法能力", "5"]
    rows = [["5", "", "", "", "5"]]
    _fill_continued_cells(last, [1, 3, 3, 2, 1], rows, [[1, 1, 1, 1, 1]], list("abcde"), [[None] * 5])
    assert rows == [["5", "项目效果", "20", "是否提高检验检疫执法能力", "5"]]


def test_a_figure_that_ends_a_cut_text_is_its_rest():
    """A figure under a word is the rest of a cell cut by the break ("不低于" / "95%"): the row is split, only a
    figure under another figure starts a row of its own."""
    last = ["产出指标", "验收合格率", "不低于", "5"]
    assert _is_split_row(["", "", "95%", ""], [1, 1, 1, 1], last, [1, 1, 1, 1])
    assert not _is_split_row(["", "", "", "10"], [1, 1, 1, 1], last, [1, 1, 1, 1])


# 专项交通费 评价表 PDF (blind36): a page holds only the rows of one effect question, 是否提高检验检疫技术保障能力
# merged over its five example rows; under a 三级指标 header that one name in every row is the indicator
def test_pattern_1_one_name_in_every_row_under_a_level3_header_is_an_indicator_merged_down():
    weights = _names_and_weights(REAL / "blind36" / "jl-ciq-transport-fee-eval.pdf")
    assert weights["是否提高检验检疫技术保障能力"] == 50.0
    assert weights["是否有利于提高检验检疫执法保障能力"] == 50.0
    assert len(weights) == 15


def test_pattern_1_a_block_label_in_every_row_stays_without_a_role(tmp_path):
    """The guard of pattern 1: a label naming the block (本年度绩效指标) merged down the 三级 column is no indicator."""
    rows = [["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "本年度绩效指标", "≥3个"],
            ["产出指标", "质量指标", "本年度绩效指标", "≥95%"]]
    ext = extract(write_xlsx(tmp_path / "label.xlsx", rows))
    assert "本年度绩效指标" not in [i.name for i in ext.indicators]


# the name closes with its unit in brackets, the 计量单位 cell gives another (执法执勤用车平均里程数（公里） │ 万公里)
def test_pattern_6_a_unit_in_the_names_brackets_against_the_rows_unit_is_a_mismatch(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "计量单位", "目标值", "分值"],
            ["产出指标", "数量指标", "执法执勤用车平均里程数（公里）", "万公里", "3.3", 30],
            ["产出指标", "数量指标", "新购车辆数（辆）", "辆", "2", 20],
            ["产出指标", "质量指标", "足额保障率（参保率）", "%", "100%", 20]]
    findings = _findings(tmp_path, rows, "target.unit_mismatch")
    assert [f.evidence.split("｜")[0] for f in findings] == ["执法执勤用车平均里程数（公里）"]
    assert "万公里" in findings[0].message and "公里" in findings[0].message


def test_the_unit_of_a_names_brackets_is_read_once_for_the_extractor_and_the_checker():
    assert unit_in_brackets("执法执勤用车平均里程数（公里）") == "公里"
    assert unit_in_brackets("任务完成时限（月）") == "月"
    assert unit_in_brackets("苗木成活率（≥**%）") == "%"
    assert unit_in_brackets("新增造林面积(万亩)") == "万亩"
    assert unit_in_brackets("足额保障率（参保率）") is None
    assert unit_in_brackets("预算执行进度(7月)") is None
    assert unit_in_brackets("人均补助（每人）") is None  # 人 after a word that is no multiplier


def test_a_unit_in_the_names_brackets_is_the_one_unit_problem_reported(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "计量单位", "目标值", "分值"],
            ["产出指标", "质量指标", "验收合格率（%）", "个", "3", 30]]
    findings = _findings(tmp_path, rows, "target.unit_mismatch")
    assert len(findings) == 1 and "名称中的单位是“%”" in findings[0].message


# 吉林 检验检疫 接待费 评价表 (blind36): a yes to a name that states a change without asking 是否
def test_pattern_6_a_yes_to_a_change_the_name_states_is_vague(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "计量单位", "目标值(标准)", "分值"],
            ["效益指标", "社会效益指标", "促进外向型经济发展，维护出口产品质量的声誉", "是/否", "是", 10],
            ["效益指标", "社会效益指标", "是否有违反外事纪律事件发生", "是/否", "否", 10],
            ["产出指标", "时效指标", "项目验收时间,相关手续是否完备", "是/否", "是", 10]]
    findings = _findings(tmp_path, rows, "target.vague_wording")
    assert [f.evidence.split("｜")[0] for f in findings] == ["促进外向型经济发展，维护出口产品质量的声誉"]


def test_points_at_the_top_of_a_page_go_to_the_indicator_above_only_when_it_has_points():
    """The rest of a merge whose cells printed their text on the page before ("│ │ │ 5 │ ④") adds its points to the
    indicator right above the break when that one has points; above it here is a row left without points (the
    fold asks the last indicator, not the first, 培训人次 with its 10), so the row stays apart."""
    from dataclasses import dataclass

    from extractor.extractors.forms.headers import NAME, VALUE, WEIGHT
    from extractor.extractors.forms.reader import Row
    from extractor.extractors.indicators import indicators_from_readings

    @dataclass
    class Reading:  # the parts of a TableReading the fold reads
        ref: str
        page: int
        rows: list
        continued: bool = False

    def row(index, name, target, weight):
        cells = {role: text for role, text in ((NAME, name), (VALUE, target), (WEIGHT, weight)) if text}
        return Row(index=index, cells=cells, level1_text="产出指标", level2_text="数量指标", evaluation=False)

    page1 = Reading("#/blocks/1", 1, [row(1, "培训人次", "≥100", "10"), row(2, "结业考核合格率", "≥90%", "")])
    page2 = Reading("#/blocks/2", 2, [row(0, "", "", "5")], continued=True)
    assert [(i.name, i.weight) for i in indicators_from_readings([page1, page2])] == [
        ("培训人次", 10.0), ("结业考核合格率", None), (None, 5.0)]
