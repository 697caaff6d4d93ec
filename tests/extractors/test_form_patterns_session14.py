"""Patterns found in the fourteenth session (blind37, after its first run), on documents built here and on the part's
own files: a target-setting letter that lists its indicators under level headings on lines of their own, a form whose
名称 column holds the 二级 words (the names lost), a headerless page whose satisfaction row names its indicator like a
二级, a PDF paragraph whose full line ends with a colon."""
from __future__ import annotations

from pathlib import Path

from extractor import check, extract
from extractor.document import DocumentBuilder
from extractor.extractors.goals import goals_in_table
from extractor.extractors.labelled_prose import labelled_prose_indicators
from extractor.nlp.framework import canonical_level2
from tests.extractors.text_docs import text_document

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts" / "blind37"


def _letter(*lines: str):
    return text_document("某县2025年培训项目绩效目标设定", *lines, name="letter.txt")


def _rows(doc):
    return [(i.level1, i.level2, i.name, i.operator, i.value, i.unit, i.target_text)
            for i in labelled_prose_indicators(doc)]


# 宁夏 同心 绩效目标设定 letter: 一、产出指标 / （一）数量指标 each a line of its own, the indicator on the next line
def test_pattern_10_a_level2_heading_on_its_own_line_labels_the_next_line():
    doc = _letter("一、产出指标", "（一）数量指标", "设施温棚种植人员（县内培训）≧300人；",
                  "（二）质量指标", "参训人员结业率≥100%；", "三、满意度指标", "参训学员满意度≥95%。")
    assert _rows(doc) == [
        ("产出指标", "数量指标", "设施温棚种植人员（县内培训）", ">=", 300, "人", "≧300人"),
        ("产出指标", "质量指标", "参训人员结业率", ">=", 100, "%", "≥100%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", ">=", 95, "%", "≥95%"),  # 满意度指标 names both levels
    ]


def test_pattern_10_a_change_or_a_deadline_after_the_names_comma_is_its_target():
    doc = _letter("一、产出指标", "（一）数量指标", "培训人员≧300人；", "（三）时效指标", "完成时限，2025年10月底前；",
                  "二、效益指标", "（一）经济效益指标", "带动村集体及种植户增收致富，增加；",
                  "（四）可持续影响指标", "农民综合素质，持续提高。")
    assert [(r[2], r[6]) for r in _rows(doc)][1:] == [
        ("完成时限", "2025年10月底前"), ("带动村集体及种植户增收致富", "增加"), ("农民综合素质", "持续提高")]


def test_two_clauses_of_one_statement_are_no_name_and_target():
    doc = _letter("二、效益指标", "（二）社会效益指标", "做好绿化养护，改善城市生态环境；受益人数≥100人。")
    [statement, _] = labelled_prose_indicators(doc)
    assert statement.name == "做好绿化养护，改善城市生态环境"  # in vague words: the statement is its own target
    assert statement.target_text == statement.name


# 安徽 宁国 自评报告 (blind20): （四）绩效指标完成情况分析 │ （1）数量指标 对三名传承人… │ （3）时效指标 │ 三名…: what was done
def test_a_level2_line_inside_a_results_section_labels_no_target():
    doc = _letter("（四）绩效指标完成情况分析。", "（1）数量指标 对三名省级非遗代表性传承人按照7000元/人进行补助。",
                  "（3）时效指标", "三名省级非遗代表性传承人按照7000元/人进行补", "五、存在的问题", "（一）数量指标",
                  "培训人员≧300人；")
    assert [r[2] for r in _rows(doc)] == ["培训人员"]  # 五、 ends the results section


def test_the_letters_indicators_and_its_goal_in_docx_and_pdf():
    for suffix in ("docx", "pdf"):
        ext = extract(REAL / f"nx-tongxin-training-targets.{suffix}")
        assert len(ext.indicators) == 9, suffix
        assert [g.text[:8] for g in ext.goals] == ["提升种植人员的蔬"], suffix  # the PDF's full line ends at 是：
        assert not [f for f in check(ext) if f.rule == "coverage.missing_dimension"], suffix


# 浙江 临海 申报表: 指标类型 │ 指标名称 │ 指标值 │ 指标描述 with the 二级 words under 指标名称
def test_pattern_4_a_name_column_of_level2_words_gives_indicators_without_names():
    for suffix in ("docx", "pdf"):
        ext = extract(REAL / f"zj-linhai-greening-targets.{suffix}")
        rows = [(i.level2, i.name, i.value, i.unit) for i in ext.indicators]
        assert rows[0] == ("数量指标", None, 375, "万平方米") and len(rows) == 7, suffix  # 最近年度绩效评价情况 is no row
        assert rows[-1] == ("服务对象满意度指标", None, 95, "%"), suffix
        rules = [f.rule for f in check(ext)]
        assert rules.count("target.missing_name") == 7 and "table_not_understood" not in rules, suffix
        assert [g.text[:6] for g in ext.goals] == ["做好全市建成"], suffix  # not the label 绩效目标总体描述


def test_a_label_cell_ending_in_description_is_no_goal():
    rows = [["项目绩效目标", "绩效目标总体描述", "做好全市建成区的绿化养护，改善城市生态环境"]]
    assert [text for _, text, _ in goals_in_table(rows)] == ["做好全市建成区的绿化养护，改善城市生态环境"]


def test_the_sustainable_dimension_as_zhejiang_forms_write_it():
    assert canonical_level2("可持续性发展影响指标") == "可持续影响指标"
    assert canonical_level2("服务对象或受益者满意度指标") == "服务对象满意度指标"


# 四川 大英 自评表, a page from inside the table (no header): 满意度指标 │ 服务对象满意度指标 │ 群众满意度 │ ≥ │ 95
def test_pattern_2_a_row_with_its_level1_in_place_is_not_shifted():
    for suffix in ("xlsx", "pdf"):
        ext = extract(REAL / f"sc-daying-railway-selfeval-tail.{suffix}")
        [row] = [i for i in ext.indicators if i.level1 == "满意度指标"]
        assert (row.name, row.operator, row.value, row.unit, row.actual, row.weight) == \
            ("群众满意度", ">=", 95, "%", 96, 10), suffix


# blind38, after its first run -------------------------------------------------------------------------------------
REAL38 = REAL.parent / "blind38"


# 广东 东莞展览馆 部门整体支出绩效目标批复表: 年度主要任务 │ 任务名称 │ 主要内容 │ 年度预算金额, then the goals below
def test_pattern_7_the_rows_of_a_task_list_are_no_goals():
    rows = [["年度主要任务", "任务名称", "主要内容", "年度预算金额(万元)"],
            ["年度主要任务", "场馆日常运转人员经费", "本馆在编30人,普通聘员13人", "1166.1"],
            ["年度主要任务", "场馆基本陈列调整更新经费", "调整更新展览馆二楼整层展面2505平方米", "306.54"],
            ["年度目标", "以基本陈列为依托，调整更新二楼基本陈列2505平方米"]]
    assert [text for _, text, _ in goals_in_table(rows)] == ["以基本陈列为依托，调整更新二楼基本陈列2505平方米"]
    for suffix in ("xlsx", "pdf"):
        goals = extract(REAL38 / f"gd-dongguan-exhibition-dept-targets.{suffix}").goals
        assert [g.kind for g in goals] == ["中期目标", "年度目标"], suffix


def test_a_task_label_beside_its_text_is_still_a_goal():
    rows = [["年度主要任务", "完成全年布展引展10个以上，举办社教活动50场以上"]]
    assert [text for _, text, _ in goals_in_table(rows)] == ["完成全年布展引展10个以上，举办社教活动50场以上"]


# 湖南 衡阳市社会福利院 整体支出绩效目标表: 部门整体支出年度绩效目标 over 一级指标 │ … │ 评(扣)分标准 │ 备注
def test_a_header_word_under_a_goal_label_is_no_goal():
    for suffix in ("xlsx", "pdf"):
        goals = [g.text for g in extract(REAL38 / f"hn-hengyang-welfare-dept-targets.{suffix}").goals]
        assert goals == ["健全孤儿和特困人员的保障体系,保护院内服务对象的权益", "为全院283名服务对象提供良好的生活、学习环境"], \
            suffix


# 湖南 耒阳市第四中学 自评报告: "…合计239万元，…；项目的绩效目标是保障学校正常运转。"
def test_a_goal_sentence_opened_by_the_bare_word_project():
    for suffix in ("docx", "pdf"):
        goals = [g.text for g in extract(REAL38 / f"hn-leiyang-sizhong-selfreport.{suffix}").goals]
        assert goals == ["保障学校正常运转"], suffix


def test_a_level2_cut_to_kechixuxing_is_the_sustainable_dimension():
    assert canonical_level2("可持续性") == "可持续影响指标"


# bounds of the letter reader (mutation testing of this session's lines) ---------------------------------------------
def test_a_name_and_its_target_after_the_comma_at_the_edges():
    from extractor.extractors.labelled_prose import _named_target

    assert _named_target("农民综合素质，进一步进一步持续不断提高") == ("农民综合素质", "进一步进一步持续不断提高")  # 12 characters
    assert _named_target("农民综合素质，进一步持续不断逐步稳步提高") is None  # 13: a clause, not a target
    assert _named_target("，提高") is None and _named_target("农民综合素质，") is None  # a name and a target, both
    assert _named_target("农民综合素质，持续") is None  # an adverb alone changes nothing
    assert _named_target("农民综合素质持续提高") is None  # no comma


def test_a_level2_heading_of_twelve_characters_is_still_a_heading():
    doc = _letter("三、满意度指标", "(一)服务对象满意度指标", "参训学员满意度≥95%。")
    assert [r[2] for r in _rows(doc)] == ["参训学员满意度"]


def test_a_line_that_states_no_target_ends_the_headings_hold():
    doc = _letter("一、产出指标", "（二）质量指标", "项目按质量要求实施", "验收合格率≥90%；", "（一）数量指标", "培训人员≧300人；")
    assert [r[2] for r in _rows(doc)] == ["培训人员"]  # the line after 项目按质量要求实施 has no label


def test_a_label_closing_a_line_with_labels_takes_the_next_line_as_it_is():
    doc = _letter("一、产出指标", "数量指标：新建水房1座；质量指标：", "验收合格率100%")  # no operator written: still its target
    assert [(r[1], r[2], r[4]) for r in _rows(doc)] == [("数量指标", "新建水房", 1), ("质量指标", "验收合格率", 100)]


# blind39, after its first run -------------------------------------------------------------------------------------
REAL39 = REAL.parent / "blind39"


# 安徽 六安 绩效评价指标表: 序号 │ 一级指标 │ 二级指标 │ 三级指标 │ 指标分值 │ 指标解释说明 │ 评分标准 │ 备注 │ 自评
def test_pattern_5_a_column_headed_self_evaluation_holds_the_scores():
    for suffix in ("docx", "pdf"):
        rows = [(i.name, i.weight, i.score, i.value) for i in extract(REAL39 / f"ah-luan-premarital-selfreport.{suffix}").indicators]
        assert rows[0] == ("项目立项依据", 2, 2, None), suffix


# 安徽 寿县 自评报告: (二)绩效目标情况 (half-width brackets) over three numbered goals
def test_pattern_10_goals_numbered_under_a_goal_heading_in_half_width_brackets():
    for suffix in ("docx", "pdf"):
        goals = [g.text[:6] for g in extract(REAL39 / f"ah-shouxian-media-selfreport.{suffix}").goals]
        assert goals == ["中央广播电视", "县级融媒体中", "寿县应急广播"], suffix


# 安徽 埇桥 自评报告 (blind16): 一、绩效目标情况 over the budget's prose and then the results, numbered without their
# opening bracket: the label names a section of anything, so only numbered items right under it are goals
def test_a_goal_situation_heading_over_prose_gives_no_goals():
    for suffix in ("docx", "pdf"):
        assert extract(REAL.parent / "blind16" / f"ah-yongqiao-tourism-selfreport.{suffix}").goals == [], suffix


def test_a_shifted_row_of_a_headerless_page_moves_back_unless_its_level1_stands_in_place():
    from extractor.extractors.forms.reader import _realigned

    in_place = ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", "95"]
    shifted = ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥"]
    assert _realigned([in_place, shifted], 1) == [in_place, ["满意度指标", "服务对象满意度指标", "群众满意度", "≥", ""]]


def test_a_name_column_of_level2_words_keeps_its_rows_when_some_have_a_value(tmp_path):
    from tests.extractors.test_form_patterns import write_xlsx

    rows = [["项目名称", "绿化养护经费", "", "", ""],
            ["指标类型", "指标名称", "指标值", "指标描述", "分值"],
            ["产出指标", "数量指标", "375万平方米", "完成全市375万平方米的绿地养护", "10"],
            ["产出指标", "质量指标", "", "达到绿化绿地全覆盖", "10"]]
    ext = extract(write_xlsx(tmp_path / "form.xlsx", rows))
    assert [(i.level2, i.name, i.value) for i in ext.indicators] == [("数量指标", None, 375), ("质量指标", None, None)]


def test_a_task_list_with_a_number_column_is_still_a_task_list():
    rows = [["序号", "年度主要任务", "任务名称", "主要内容", "年度预算金额(万元)"],
            ["1", "年度主要任务", "场馆日常运转人员经费", "本馆在编30人,普通聘员13人", "1166.1"],
            ["2", "年度主要任务", "场馆基本陈列调整更新经费", "调整更新展览馆二楼整层展面2505平方米", "306.54"]]
    assert goals_in_table(rows) == []


def test_goals_numbered_in_any_style_up_to_the_end_of_the_document():
    doc = DocumentBuilder("report.txt", "text")
    doc.add("heading", "一、项目基本情况", level=1)
    doc.add("heading", "(二)绩效目标情况", level=2)
    doc.add("list_item", "（一）确保中央广播电视节目无线覆盖到位、节目正常播出")
    doc.add("list_item", "（二）确保应急广播系统正常运行")
    from extractor.extractors.goals import extract_goals

    assert [g.text for g in extract_goals(doc.build(pages=1))] == ["确保中央广播电视节目无线覆盖到位、节目正常播出",
                                                                   "确保应急广播系统正常运行"]
