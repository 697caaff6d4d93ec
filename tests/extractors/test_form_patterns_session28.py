"""Patterns of the twenty-eighth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from pathlib import Path

from extractor import check, parse
from extractor.extractors import extract_document
from extractor.nlp.framework import clean_level
from tests.extractors.text_docs import mixed_document as _document

REAL_LAYOUTS = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"

# blind139, a journal's 通用共性指标库示例 (http://www.clix4bitcoin.com/periodical/8/FLASH/data/63.html): 类别 merged down
# each kind of project, the header 绩效指标 merged over the three levels, no column right of the names
LIBRARY = (
    ("类别", "绩效指标", "绩效指标", "绩效指标"),
    ("购置类项目", "产出指标", "数量指标", "购置**数量(台/件/辆/套)"),
    ("购置类项目", "产出指标", "质量指标", "购置**的验收通过率(%)"),
    ("购置类项目", "产出指标", "成本指标", "政府采购率(%)"),
    ("购置类项目", "效果指标", "社会效益指标", "业务保障能力提升情况"),
    ("培训类项目", "产出指标", "数量指标", "培训参加人数(人)"),
    ("培训类项目", "产出指标", "质量指标", "培训合格率(%)"),
)


def _library():
    return extract_document(_document("指标库.xlsx", "xlsx", "表1 通用共性指标库示例", LIBRARY))


def test_pattern_1_an_indicator_library_with_its_names_in_the_last_column_is_read():
    ext = _library()
    assert [(i.level1, i.level2, i.name) for i in ext.indicators] == [
        ("产出指标", "数量指标", "购置**数量(台/件/辆/套)"), ("产出指标", "质量指标", "购置**的验收通过率(%)"),
        ("产出指标", "成本指标", "政府采购率(%)"), ("效益指标", "社会效益指标", "业务保障能力提升情况"),
        ("产出指标", "数量指标", "培训参加人数(人)"), ("产出指标", "质量指标", "培训合格率(%)")]
    assert not ext.warnings


def test_pattern_8_rows_of_an_indicator_library_leave_no_target_empty():
    ext = _library()
    assert ext.name_list_tables == ["#/blocks/1"]
    assert not [f for f in check(ext) if f.rule == "target.missing_value"]


def test_pattern_8_the_same_rows_with_an_empty_target_column_miss_their_values():
    """With a 指标值 column right of the names, left empty, the rows are a form's and their targets are missing."""
    rows = [(*r, "指标值" if i == 0 else "") for i, r in enumerate(LIBRARY)]
    ext = extract_document(_document("目标表.xlsx", "xlsx", "项目绩效目标表", rows))
    assert ext.name_list_tables == []
    missing = {f.evidence for f in check(ext) if f.rule == "target.missing_value"}
    assert {"政府采购率(%)", "培训参加人数(人)", "培训合格率(%)"} <= missing


def test_pattern_1_the_library_as_published_is_read_whole():
    for suffix in ("xlsx", "pdf"):
        ext = extract_document(parse(REAL_LAYOUTS / "blind139" / f"weizhi-qikan-gongxingzhibiaoku-zhibiaobiao.{suffix}"))
        assert len(ext.indicators) == 36 and not ext.warnings
        assert not [f for f in check(ext) if f.rule == "target.missing_value"]


# blind139, 财政支出工程绩效目标申报表范本 (http://www.boteman.cn/paper/219025804.html) and a 绩效目标评审申报表
# (https://www.kunmingchi.com/archives/m536dx2vrqzqmlkg7098.html): unfilled slots 目标1, 目标2, 定量指标一, 定性指标描述
def test_pattern_8_numbered_target_slots_of_a_template_are_no_indicators():
    for suffix in ("docx", "pdf"):
        ext = extract_document(parse(
            REAL_LAYOUTS / "blind139" / f"weizhi-weizhi-caizhengzhichugongcheng-mubiaoshenbaobiao.{suffix}"))
        names = [i.name for i in ext.indicators]
        assert not [n for n in names if n.startswith("目标") and n != "目标"]  # 目标 alone: the row the page cuts
        assert not [f for f in check(ext) if f.rule == "target.missing_value" and f.evidence != "目标"]
        assert [f for f in check(ext) if f.rule.startswith("target.placeholder")]


# blind141, 中央与地方共建高校实验室专项资金绩效考评指标 (https://m.777doc.com/doc-4174459.html): the 一级 cell holds its
# weight and points on lines of their own
def test_pattern_5_a_level_cell_with_its_weight_and_points_is_named_by_its_level():
    assert clean_level("业务指标\n权重:60%\n分值:100分") == "业务指标"
    assert clean_level("财务指标 权重40%") == "财务指标"
    assert clean_level("产出指标（50分）") == "产出指标" and clean_level("满意度指标") == "满意度指标"


# blind141, 永定区图书馆 图书、报刊购置项目绩效自评报告 (https://renrendoc.com/paper/181396115.html): one paragraph states the
# project's 总体目标 in a sentence of its own and then announces its 主要绩效目标
def test_pattern_10_two_goal_labels_in_one_paragraph_give_two_goals():
    ext = extract_document(_document(
        "报告.docx", "docx", "永定区图书馆图书、报刊购置项目绩效自评报告",
        "本项目属于按年度预算安排的常年性专项业务经费。项目总体目标是面向全区公众常年提供阅读服务,提高民众的科学文化水平。"
        "预算经费3万元。主要绩效目标为:采购正规出版图书1000册,订阅报刊120种,读者满意率达90%"))
    assert [(g.kind, g.quantified) for g in ext.goals] == [("总体目标", False), ("目标", True)]
    assert ext.goals[0].text.startswith("面向全区公众") and ext.goals[1].text.startswith("采购正规出版图书1000册")
    unquantified = [f for f in check(ext) if f.rule == "goal.unquantified"]
    assert [f.evidence for f in unquantified] and "面向全区公众" in unquantified[0].evidence


# blind143, 湛江 坡头区 养老服务中心 运营服务成效评估结果 (http://www.ptq.gov.cn/xxgk/gggs2/content/post_2144234.html): what and
# who was assessed in columns of one label each, the groups under 项目, the items under 评估内容, three parts of 100 points
# weighted 70/20/10 % with a 权重得分 column, 合计 300 │ 287.65 │ 100% │ 94.55
ASSESSMENT = (
    ("评估对象", "受评主体", "项目", "评估内容", "分值", "得分", "权重占比", "权重得分", "综合得分情况"),
    ("示范中心运营服务", "康养公司", "评估细则", "服务资质", "40", "38", "70%", "65.8", "总评分:94.8"),
    ("示范中心运营服务", "康养公司", "评估细则", "服务开展", "60", "56", "70%", "65.8", "总评分:94.8"),
    ("示范中心运营服务", "康养公司", "服务评价", "业主服务评价", "100", "96", "20%", "19.2", "总评分:94.8"),
    ("示范中心运营服务", "康养公司", "服务评价", "服务对象评价", "100", "98", "10%", "9.8", "总评分:94.8"),
    ("合计", "合计", "合计", "合计", "300", "288", "100%", "94.8", ""),
)


def test_pattern_5_an_assessment_sheet_is_read_by_its_item_column_and_the_groups_right_before_it():
    ext = extract_document(_document("评估结果.xlsx", "xlsx", "运营服务成效评估结果", ASSESSMENT))
    assert [(i.level1_text, i.name, i.value, i.weight, i.score) for i in ext.indicators] == [
        ("评估细则", "服务资质", None, 40, 38), ("评估细则", "服务开展", None, 60, 56),
        ("服务评价", "业主服务评价", None, 100, 96), ("服务评价", "服务对象评价", None, 100, 98)]
    findings = [f.rule for f in check(ext)]
    assert not [r for r in findings if r.startswith("consistency.score_total")], findings


def test_pattern_9_the_total_score_is_read_under_the_score_column():
    """合计 │ 300 │ 290 │ 100% │ 94.8: the rows' 得分 add up to 288, not 290, and the 权重得分 94.8 is no total of them."""
    rows = ASSESSMENT[:-1] + (("合计", "合计", "合计", "合计", "300", "290", "100%", "94.8", ""),)
    ext = extract_document(_document("评估结果.xlsx", "xlsx", "运营服务成效评估结果", rows))
    [finding] = [f for f in check(ext) if f.rule == "consistency.score_total.scores"]
    assert finding.numbers["stated_total"] == 290 and finding.numbers["computed_total"] == 288


def test_pattern_5_a_one_row_sheet_reads_no_weighted_score_as_its_target():
    ext = extract_document(_document("评估结果.xlsx", "xlsx", "运营服务成效评估结果",
                                     (ASSESSMENT[0], ASSESSMENT[1][:-1] + ("",))))
    assert [(i.name, i.value, i.weight, i.score) for i in ext.indicators] == [("服务资质", None, 40, 38)]


# blind144, 红河州 交通运输综合行政执法支队 2024年度自评报告 (https://www.hh.gov.cn/info/43861/1194582.htm): each project's
# indicators in one sentence after their count (绩效指标设置5个,分别为:…)
def test_pattern_10_indicators_listed_after_their_count_are_read():
    ext = extract_document(_document(
        "报告.docx", "docx", "2024年度项目支出绩效自评报告",
        "(1)项目名称:单位自有资金,用于开展职工个税申报。项目绩效目标为:优化工作流程,使职工个税每月按时申报缴纳。",
        "绩效指标设置5个,分别为:申报缴纳个税职工人数25人,职工个税全年申报缴纳完成率大于等于90%,"
        "职工对个税办理工作的满意程度≧90%。"))
    assert [(i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [
        ("申报缴纳个税职工人数", "=", 25, "人"), ("职工个税全年申报缴纳完成率", ">=", 90, "%"),
        ("职工对个税办理工作的满意程度", ">=", 90, "%")]


# blind144, 丰都县 交通运输综合行政执法支队 2024年度项目绩效目标自评报告
# (https://www.cqfd.gov.cn/bm/jtj/zwgk_36090/fdzdgknr_36093/gggs/202504/t20250428_14565801.html): the goals follow a label
# and a colon inside a sentence, 一是…;二是…, and the PDF breaks the paragraph after a ；
def test_pattern_10_goals_listed_after_a_label_inside_a_sentence_and_over_a_break():
    ext = extract_document(_document(
        "报告.docx", "docx", "2024年度项目绩效目标自评报告",
        "下达我单位的预算总额为925.16万元,并明确各项目绩效目标:一是建成普通公路非现场治超点1处;"
        "二是完成治超站资产处置任务,确保国有资产保值增值;",
        "三是强化执法队伍专业化建设,提升案件查处效率;四是保障编外人员工资按时足额发放。各项目均经县财政专项会议审议。"))
    assert [g.text for g in ext.goals] == ["建成普通公路非现场治超点1处", "完成治超站资产处置任务,确保国有资产保值增值",
                                           "强化执法队伍专业化建设,提升案件查处效率", "保障编外人员工资按时足额发放"]


# blind139, 绩效目标评审申报表 (https://www.kunmingchi.com/archives/m536dx2vrqzqmlkg7098.html) as its PDF reads: the form's
# fields, then a level header the reader cannot take (一级指标 │ 二级指标 │ 绩效目标内容 merged over four columns), then rows
# of 二级 names read as a fragment: the fields above that header are no rows
def test_pattern_2_a_fragment_under_a_level_header_starts_after_it():
    ext = extract_document(parse(REAL_LAYOUTS / "blind139" / "weizhi-shiji-jixiaomubiaopingshen-shenbaobiao.pdf"))
    names = [i.name for i in ext.indicators]
    assert names and None not in names
    assert not {"预计开始时间:年月日", "数量", "实施内容", "绩效目标内容"} & set(names)


# blind146, 浦东新区审计局 审计业务经费 绩效评价报告 (http://www.baogao8.com/d-126646.html): the scores by the evaluation
# frame's categories, written with 指标 after them
def test_pattern_10_a_score_summary_by_the_evaluation_frame_is_understood():
    ext = extract_document(_document(
        "评价报告.docx", "docx", "财政支出项目绩效评价报告", "本项目综合绩效得分为91.80分，绩效评级为“优”。",
        (("指标项目", "权重", "得分率", "得分"), ("项目决策指标", "10", "90%", "9"), ("项目管理指标", "24", "95.83%", "23"),
         ("项目绩效指标", "66", "90.61%", "59.8"), ("合计", "100", "91.80%", "91.8"))))
    assert not ext.warnings
    assert not [f for f in check(ext) if f.rule == "coverage.table_not_understood"]
