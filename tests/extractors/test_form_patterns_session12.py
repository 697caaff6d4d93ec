"""Patterns found in the twelfth session (blind31 and blind32, the first parts drawn from public GitHub repositories,
after their first run), on files built here and on the parts' own files."""
from __future__ import annotations

from pathlib import Path

from extractor import check, extract
from extractor.extractors.goals import split_items
from extractor.nlp.quantities import parse_quantity
from tests.extractors.test_form_patterns import write_xlsx

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"

_HEADER = ["一级指标", "二级指标", "三级指标", "计量单位", "目标值(标准)", "分值", "理由"]


# 吉林 检验检疫 评价表 (blind31): 项目效果 rows ask 是否…, each merged down over one row per example the filler must
# give, 5 points a row; the merged name is one indicator worth the rows' points
def _effect_block(tmp_path: Path) -> Path:
    rows = [_HEADER,
            ["效益指标", "社会效益指标", "是否提高检验检疫执法能力", "是/否", "是", 5, "①"],
            [None, None, None, None, None, 5, "②"],
            [None, None, None, None, None, 5, "③"],
            [None, None, "是否增加国际合作交流机会", "是/否", "是", 5, "①"],
            [None, None, None, None, None, 5, "②"],
            ["满意度指标", "服务对象满意度指标", "出访单位满意度", "%", "≥90%", 10, "/"]]
    merges = ("A2:A6", "B2:B6", "C2:C4", "D2:D4", "E2:E4", "C5:C6", "D5:D6", "E5:E6")
    return write_xlsx(tmp_path / "effect.xlsx", rows, merges)


def test_pattern_6_a_name_merged_over_rows_of_points_is_one_indicator_worth_their_sum(tmp_path):
    ext = extract(_effect_block(tmp_path))
    assert [(i.name, i.weight) for i in ext.indicators] == [
        ("是否提高检验检疫执法能力", 15.0), ("是否增加国际合作交流机会", 10.0), ("出访单位满意度", 10.0)]
    assert not [f for f in check(ext) if f.rule == "target.duplicate"]


def test_two_rows_that_differ_in_their_target_stay_two_indicators(tmp_path):
    rows = [_HEADER,
            ["产出指标", "数量指标", "培训人次", "人次", "≥100人次", 5, ""],
            ["产出指标", "数量指标", "培训人次", "人次", "≥120人次", 5, ""],
            ["产出指标", "质量指标", "结业考核合格率", "%", "≥90%", 10, ""]]
    ext = extract(write_xlsx(tmp_path / "two.xlsx", rows))
    assert [i.weight for i in ext.indicators] == [5.0, 5.0, 10.0]


def test_the_real_effect_blocks_weigh_what_their_gold_says():
    for name in ("jl-ciq-epidemic-eval.xlsx", "jl-ciq-epidemic-eval.pdf"):
        weights = {i.name: i.weight for i in extract(REAL / "blind31" / name).indicators}
        assert weights["是否有利于保护生态环境"] == 20.0 and weights["是否有利于促进人民身体健康水平提高"] == 20.0


# the same forms: a 计量单位 column that names the answers (是/否) under a target 是; a target column that says 是 in
# every row of a block is the target, not a label merged down it
def test_pattern_5_a_unit_column_naming_the_answers_is_no_unit_of_the_target(tmp_path):
    ext = extract(_effect_block(tmp_path))
    first = ext.indicators[0]
    assert (first.target_text, first.unit) == ("是", "是/否")
    assert not [f for f in check(ext) if f.rule == "target.qualitative_no_scale"]


def test_pattern_5_a_yes_in_every_row_of_a_target_column_is_the_target(tmp_path):
    ext = extract(_effect_block(tmp_path))
    assert [i.target_text for i in ext.indicators[:2]] == ["是", "是"]


# the PDF of 外事出国 评价表: the page-2 table lost its empty last column (理由); its rows stay in their columns, not
# one column to the left (where the points are)
def test_pattern_2_a_next_page_narrower_by_an_empty_right_column_keeps_its_columns():
    ext = extract(REAL / "blind31" / "jl-ciq-waishi-eval.pdf")
    weights = {i.name: i.weight for i in ext.indicators}
    assert weights["是否提高检验检疫执法能力"] == 20.0 and weights["是否增加国际合作交流机会"] == 10.0
    assert len(ext.indicators) == 25 and all(i.name for i in ext.indicators)


# 上海普陀 申报表 (blind32): values exported as "=100.00(%)", the unit alone in brackets after the number
def test_pattern_6_a_unit_alone_in_brackets_after_the_value_is_its_unit():
    q = parse_quantity("=100.00(%)")
    assert (q.operator, q.value, q.unit) == ("=", 100.0, "%")
    assert parse_quantity("≥90.00（%）").unit == "%"
    assert parse_quantity("5(说明)").unit is None  # brackets holding no unit are no unit


def test_the_real_shanghai_form_reads_its_percent_units():
    ext = extract(REAL / "blind32" / "sh-putuo-chaiwei-targets.docx")
    units = {i.name: i.unit for i in ext.indicators}
    assert units["违法建筑销项正确率"] == "%" and units["群众满意度"] == "%"


# the same budget note: "七、绩效目标 │ （包括总目标、年度目标、分解目标等，具体见表格）" then the form's title; the
# note points to the form, and the title opens the form: neither is a goal
def test_pattern_8_a_note_pointing_to_the_form_is_no_goal():
    for name in ("sh-putuo-chaiwei-targets.docx", "sh-putuo-chaiwei-targets.pdf"):
        goals = extract(REAL / "blind32" / name).goals
        assert not [g for g in goals if "具体见表格" in g.text or "申报表" in g.text]


# the same form: its goal cells wrapped in straight quotes ("1.完成…。2.新增…。"), the items read without them
def test_pattern_10_a_goal_cell_wrapped_in_quotes_is_read_without_them():
    assert split_items('"1.完成年度拆违任务。2.新增违建保持零增长。"') == ["完成年度拆违任务", "新增违建保持零增长"]
    goals = extract(REAL / "blind32" / "sh-putuo-chaiwei-targets.docx").goals
    assert (goals[0].number, goals[0].text) == ("1", "完成市、区相关部门下达的本年度拆违任务")


# blind33 (measured once after the fixes above, then these): the same 吉林 forms in PDFs whose merged name cell is
# cut between its rows and whose page break falls inside a merge; a 2017 广东 绩效目标表 laid out by groups (预期产出
# │ 效率计划 │ 预期效果) with its indicator header in the middle: 指标类别 │ 个性化指标 │ 上年度实际水平 │
# 本年度计划完成水平; its goals in cells that open with their label; a 资金预算表 on the next sheet
def test_pattern_6_a_pdf_name_cut_between_the_rows_of_its_merge_is_one_indicator():
    weights = {i.name: i.weight for i in extract(REAL / "blind33" / "jl-ciq-uniform-eval.pdf").indicators}
    assert weights["是否增加了公众对检验检疫工作的认知度"] == 20.0
    assert "的认知度" not in weights


def test_pattern_2_a_page_break_inside_a_merge_keeps_the_indicator_whole():
    ext = extract(REAL / "blind33" / "jl-ciq-customs-clearance-eval.pdf")
    rows = [i for i in ext.indicators if i.name == "是否降低了检验检疫部门的监管成本"]
    assert [(i.level2, i.weight) for i in rows] == [("经济效益指标", 25.0)]


def test_pattern_5_personalised_indicator_and_planned_level_headers(tmp_path):
    rows = [["预期效果", "预期社会经济效益", "指标类别", "个性化指标", "上年度实际水平", "本年度计划完成水平", "指标解释及计算公式说明"],
            ["预期效果", "预期社会经济效益", "社会效益", "培养新教师", "8", "11", "完成11位新教师的培养任务"],
            ["预期效果", "预期社会经济效益", "社会效益", "培养世国家集训队赛选手", "5", "≥5", "培养更多选手进入集训队"]]
    ext = extract(write_xlsx(tmp_path / "gd.xlsx", rows))
    assert [(i.level2, i.name, i.value) for i in ext.indicators] == [
        ("社会效益指标", "培养新教师", 11.0), ("社会效益指标", "培养世国家集训队赛选手", 5.0)]
    assert ext.indicators[1].operator == ">="


def test_pattern_10_goals_in_cells_that_open_with_their_label():
    ext = extract(REAL / "blind33" / "gd-jigong-teacher-grant-targets.docx")
    kinds = [(g.kind, g.text) for g in ext.goals]
    assert any(k == "总体目标" and t.startswith("投资25万，在一年建设期内") for k, t in kinds)
    assert any(k == "年度目标" and t.startswith("2016年项目完成率100%") for k, t in kinds)


def test_pattern_8_a_table_on_another_sheet_after_the_signatures_continues_no_indicator_block():
    ext = extract(REAL / "blind33" / "gd-jigong-yang-grant-targets.xlsx")
    assert [i.name for i in ext.indicators] == ["培训计划率", "下企业实践率", "提升年轻教师率"]
    assert not [f for f in check(ext) if f.rule == "target.qualitative_no_scale"]


# blind34 (measured once after the fixes above): page breaks inside a merge of the same 吉林 forms' PDFs, where the
# 二级 cell merged over the break printed its text on the next page, or the name's cells printed all theirs on the
# page before
def test_pattern_2_a_level_printed_after_the_page_break_is_the_indicators_level():
    ext = extract(REAL / "blind34" / "jl-ciq-antiterror-eval.pdf")
    (row,) = [i for i in ext.indicators if i.name == "专项资金投入是否降低了核、生、化材料非法入境量"]
    assert (row.level2, row.weight) == ("社会效益指标", 20.0)


def test_pattern_2_a_row_of_points_alone_at_the_top_of_a_page_belongs_to_the_indicator_above():
    ext = extract(REAL / "blind34" / "jl-ciq-science-eval.pdf")
    assert all(i.name for i in ext.indicators)
    assert {i.name: i.weight for i in ext.indicators}["是否成果应用节约成本"] == 20.0


def test_a_table_cut_at_its_header_whose_rows_start_the_next_page_is_read(tmp_path):
    # the first table holds only the header (the page ends there); the rows on the next page continue it
    from extractor.document import Block, Document, Provenance
    from extractor.extractors.indicators import indicators_from_tables

    header = ["一级指标", "二级指标", "三级指标", "指标值", "分值"]
    rows = [["产出指标", "数量指标", "培训人次", "≥100人次", "10"], ["效益指标", "社会效益指标", "就业率", "≥80%", "10"]]
    blocks = [Block(ref=f"#/blocks/{k}", kind="table", text="", rows=r, provenance=Provenance(file="f.pdf", page=k + 1))
              for k, r in enumerate([[header], rows])]
    found = indicators_from_tables(Document(source="f.pdf", format="pdf", pages=2, blocks=blocks))
    assert [(i.name, i.weight) for i in found] == [("培训人次", 10.0), ("就业率", 10.0)]


# what bounds the fold (mutation testing of indicators_from_readings showed these unbounded)
def test_the_points_and_scores_of_a_merged_name_are_summed(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "分值", "得分"],
            ["效益指标", "社会效益指标", "是否提高执法能力", "是", 5, None],
            [None, None, None, None, 5, 3],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10, 10]]
    merges = ("A2:A3", "B2:B3", "C2:C3", "D2:D3")
    first = extract(write_xlsx(tmp_path / "scored.xlsx", rows, merges)).indicators[0]
    assert (first.weight, first.score) == (10.0, 3.0)


def test_the_same_name_under_another_level_is_another_indicator(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "分值"],
            ["效益指标", "社会效益指标", "群众满意度", "≥90%", 5],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 5],
            ["产出指标", "数量指标", "培训人次", "≥100人次", 10]]
    ext = extract(write_xlsx(tmp_path / "levels.xlsx", rows))
    assert [(i.level2, i.weight) for i in ext.indicators[:2]] == [("社会效益指标", 5.0), ("服务对象满意度指标", 5.0)]


def _tables(*tables, sheets=None):
    from extractor.document import Block, Document, Provenance

    blocks = [Block(ref=f"#/blocks/{k}", kind="table", text="", rows=rows,
                    provenance=Provenance(file="f", page=None if sheets else k + 1, sheet=sheets[k] if sheets else None))
              for k, rows in enumerate(tables)]
    return Document(source="f", format="xlsx" if sheets else "pdf", pages=len(tables), blocks=blocks)


_FORM_HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "分值"]
_LAST_ROW = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "10"]


def test_the_first_row_of_another_form_is_not_folded_into_the_last_of_the_one_before():
    from extractor.extractors.indicators import indicators_from_tables

    first = [_FORM_HEADER, ["产出指标", "数量指标", "培训人次", "≥100人次", "10"], _LAST_ROW]
    second = [_FORM_HEADER, _LAST_ROW, ["产出指标", "数量指标", "培训人次", "≥100人次", "10"]]
    found = indicators_from_tables(_tables(first, second))
    assert [i.name for i in found] == ["培训人次", "群众满意度", "群众满意度", "培训人次"]


def test_a_table_on_the_next_sheet_continues_no_indicator_block():
    from extractor.extractors.indicators import indicators_from_tables

    form = [_FORM_HEADER, ["产出指标", "数量指标", "培训人次", "≥100人次", "10"], _LAST_ROW]
    budget = [["产出指标", "数量指标", "资料费", "0.2", "1"], ["产出指标", "数量指标", "图书费", "0.4", "1"]]
    assert len(indicators_from_tables(_tables(form, budget))) == 4  # on the next PDF page: it carries on
    assert len(indicators_from_tables(_tables(form, budget, sheets=["目标表", "预算表"]))) == 2


def test_a_table_after_the_signature_rows_continues_no_indicator_block():
    from extractor.extractors.indicators import indicators_from_tables

    form = [_FORM_HEADER, ["产出指标", "数量指标", "培训人次", "≥100人次", "10"], _LAST_ROW,
            ["填表人：", "", "审核人：", "", "单位公章"]]
    budget = [["产出指标", "数量指标", "资料费", "0.2", "1"], ["产出指标", "数量指标", "图书费", "0.4", "1"]]
    assert len(indicators_from_tables(_tables(form, budget))) == 2
