"""Indicators listed in running text under their level labels (public notices of targets, blind corpus 同心县)."""
from __future__ import annotations

from pathlib import Path

from extractor.document import DocumentBuilder
from extractor.extractors.labelled_prose import labelled_prose_indicators


def _doc(*paragraphs: str, heading: str | None = None):
    b = DocumentBuilder("notice.txt", "text")
    b.add("paragraph", "关于某项目绩效目标设定的公示")
    for text in paragraphs:
        kind = "heading" if text.startswith(("一、", "二、", "三、")) else "paragraph"
        b.add(kind, text, level=1 if kind == "heading" else None)
    return b.build(pages=1)


def _rows(doc):
    return [(i.level1, i.level2, i.name, i.operator, i.value, i.unit) for i in labelled_prose_indicators(doc)]


def test_levels_names_and_targets_of_a_notice_paragraph():
    doc = _doc("一、产出指标",
               "数量指标：★补助各类瓜果种植数量，葡萄种植数量(≥**株)>=17600株；种植作物成活率(≥**%)>=85%；"
               "时效指标：完成及时率(≥**%)>=100%。",
               "二、效益指标",
               "经济效益指标：特色产业产值(≥**万元)≥80万元，促使脱贫户、监测户增加收入(≥**万元)≥80万元；"
               "社会效益目标：受益脱贫户人口数(≥**户)≥10户。生态效益指标：生态修复功能提高。")
    assert _rows(doc) == [
        ("产出指标", "数量指标", "葡萄种植数量", ">=", 17600, "株"),
        ("产出指标", "数量指标", "种植作物成活率", ">=", 85, "%"),
        ("产出指标", "时效指标", "完成及时率", ">=", 100, "%"),
        ("效益指标", "经济效益指标", "特色产业产值", ">=", 80, "万元"),
        ("效益指标", "经济效益指标", "促使脱贫户、监测户增加收入", ">=", 80, "万元"),
        ("效益指标", "社会效益指标", "受益脱贫户人口数", ">=", 10, "户"),
        ("效益指标", "生态效益指标", "生态修复功能", None, None, None),  # no number: its wording is judged
    ]
    statement = labelled_prose_indicators(doc)[-1]
    assert statement.target_text == "提高"


def test_one_label_with_a_word_operator_is_enough():
    doc = _doc("数量指标：商业段外立面改造(≥**平方米)大于等于10157.6平方米")
    assert _rows(doc) == [("产出指标", "数量指标", "商业段外立面改造", ">=", 10157.6, "平方米")]


def test_labels_without_any_target_are_no_indicator_list():
    # a report that names the dimensions in passing states no target: nothing is read
    assert _rows(_doc("数量指标：按计划推进。质量指标：符合要求。")) == []
    assert _rows(_doc("本项目共完成道路建设32.6公里，群众满意。")) == []


def test_targets_right_after_a_level1_label_take_that_level():
    # a monitoring report numbers its targets by dimension (blind corpus 宣州区新田镇): 效益指标 and 满意度指标
    # are 一级 labels with the target after them
    doc = _doc("1.数量指标：建设里程1.091公里，水泥混凝土路面宽度不低于3.5米。",
               "2.质量指标：项目验收合格率100%。",
               "5.效益指标：村通硬化路率100%。",
               "6.满意度指标：受益群体满意度达100%。")
    assert _rows(doc) == [
        ("产出指标", "数量指标", "建设里程", "=", 1.091, "公里"),
        ("产出指标", "数量指标", "水泥混凝土路面宽度", ">=", 3.5, "米"),
        ("产出指标", "质量指标", "项目验收合格率", "=", 100, "%"),
        ("效益指标", None, "村通硬化路率", "=", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "受益群体满意度", ">=", 100, "%"),
    ]


def test_a_level1_label_opening_a_line_of_level2_labels_is_no_indicator():
    doc = _doc("产出指标：数量指标：新建道路12公里；质量指标：验收合格率100%。")
    assert [r[:3] for r in _rows(doc)] == [("产出指标", "数量指标", "新建道路"), ("产出指标", "质量指标", "验收合格率")]


# 南岳区实验中学 department target form: no header row; each row is 部门整体支出年度绩效指标 │ 一级 │ "二级指标：text"
_NANYUE_ROWS = [
    ["部门名称", "南岳区实验中学", "南岳区实验中学", "南岳区实验中学"],
    ["部门整体支出年度绩效指标", "产出指标", "质量指标：学校的教育教学秩序良好，力争毕业生合格率达100%", "质量指标：学校的教育教学秩序良好，力争毕业生合格率达100%"],
    ["部门整体支出年度绩效指标", "产出指标", "时效指标：按时完成教学任务，顺利完成中考。", "时效指标：按时完成教学任务，顺利完成中考。"],
    ["部门整体支出年度绩效指标", "满意度指标", "服务对象满意度指标：社区满意度95%以上", "服务对象满意度指标：社区满意度95%以上"],
]


def _nanyue(rows=_NANYUE_ROWS):
    from extractor import extract

    b = DocumentBuilder("部门整体支出绩效目标申报表.docx", "docx")
    b.add("heading", "部门整体支出绩效目标申报表", page=1)
    b.add("table", "", page=1, rows=rows)
    return extract(b.build(pages=1))


def test_table_rows_of_level_labels_and_texts_are_the_forms_indicators():
    ext = _nanyue()
    found = [(i.level1, i.level2, i.name, i.operator, i.value, i.unit, i.origin) for i in ext.indicators]
    assert found == [
        ("产出指标", "质量指标", "学校的教育教学秩序良好，力争毕业生合格率达100%", ">=", 100, "%", "table"),
        ("产出指标", "时效指标", "按时完成教学任务，顺利完成中考。", None, None, None, "table"),
        ("满意度指标", "服务对象满意度指标", "社区满意度", ">=", 95, "%", "table"),
    ]
    assert not ext.warnings  # the table is understood: its rows were read


def test_another_table_gives_only_the_figures_listed_after_a_level_cell():
    """(Tenth session: a table the reader did not flag gave nothing; 荆门 lists its indicators in the cell after
    each level cell.) Each cell is then split into its items, and a cell without a figure is no list. (Thirtieth
    session: the aim word 力争 before a name is no part of it, as blind160's writer reads 确保….)"""
    doc = DocumentBuilder("plan.docx", "docx")
    doc.add("table", "", page=1, rows=_NANYUE_ROWS)
    found = [(i.level2, i.name, i.value) for i in labelled_prose_indicators(doc.build(pages=1))]
    assert found == [("质量指标", "毕业生合格率", 100), ("服务对象满意度指标", "社区满意度", 95)]


# -- self-evaluation reports (blind18 抚远市): the targets set are listed under their labels; the results are not -----
BLIND18 = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts" / "blind18"


def test_a_self_evaluation_report_lists_the_targets_it_set_under_their_labels():
    from extractor import extract

    for suffix in ("docx", "pdf"):
        ext = extract(BLIND18 / f"hl-fuyuan-water-selfreport.{suffix}")
        assert ext.doc_type == "self_assessment"
        rows = [(i.level2, i.name, i.operator, i.value, i.unit) for i in ext.indicators]
        assert ("社会效益指标", "贫困地区农村集中供水率", ">=", 98, "%") in rows  # written ≥≥98%: no ≥ in the name
        assert ("可持续影响指标", "工程设计使用年限", ">=", 15, "年") in rows  # a duration is a target here
        assert ("成本指标", "计划资金", "=", 201.48, "万元") in rows  # and so is an amount of money
        assert ("数量指标", "八盖村改建铺设输水管线", None, None, None) in rows  # its text on the line after the label


def test_a_label_ending_its_line_takes_the_next_line_and_two_levels_can_be_glued():
    doc = _doc("1、产出指标数量指标：", "新建水房1座；改建输水管线。", "质量指标：验收合格率100%")
    assert _rows(doc) == [
        ("产出指标", "数量指标", "新建水房", "=", 1, "座"),
        ("产出指标", "数量指标", "改建输水管线", None, None, None),  # an item without a number: no target
        ("产出指标", "质量指标", "验收合格率", "=", 100, "%"),
    ]
    assert labelled_prose_indicators(doc)[1].target_text is None  # a missing value, not a qualitative target
    assert _rows(_doc("1、产出指标数量指标：", "质量指标：验收合格率100%")) == [
        ("产出指标", "质量指标", "验收合格率", "=", 100, "%")]  # a line with labels of its own is no such text


def test_an_item_in_vague_words_keeps_them_as_its_target():
    doc = _doc("数量指标：新建水房1座。", "可持续影响指标：持续发展")
    statement = labelled_prose_indicators(doc)[-1]
    assert (statement.name, statement.target_text) == ("持续发展", "持续发展")


def test_the_lines_of_a_results_section_are_no_targets():
    results = ("（三）绩效指标完成情况分析。", "数量指标：完成道路建设491米，已完成；",
               "质量指标：项目验收合格率100%，已完成。")
    assert _rows(_doc(*results)) == []
    assert _rows(_doc("2.完成的绩效目标。", "数量指标：收到资金16.20万元。")) == []
    # a section on the targets set after it is read again
    rows = _rows(_doc(*results, "（四）下年度绩效目标设定情况", "数量指标：新建道路500米。"))
    assert rows == [("产出指标", "数量指标", "新建道路", "=", 500, "米")]


def test_durations_and_money_are_targets_of_an_indicator_list_not_of_a_goal():
    from extractor.extractors.goals import targets_in

    text = "工程设计使用年限≥15年，计划资金201.48万元"
    assert [(t.value, t.unit) for t in targets_in(text)] == []
    assert [(t.value, t.unit) for t in targets_in(text, indicator_list=True)] == [(15, "年"), (201.48, "万元")]
