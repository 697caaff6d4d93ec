"""Patterns of the twenty-sixth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from pathlib import Path

from extractor import check, parse
from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document

REAL_LAYOUTS = Path(__file__).resolve().parents[2] / "corpora" / "real_layouts"


def _rows(ext):
    return [(i.name, i.operator, i.value, i.unit, i.weight, i.score) for i in ext.indicators]


def test_pattern_4_a_town_row_with_empty_targets_keeps_a_table_laid_out_across():
    """blind106, 德化 扶贫资金 绩效目标表 (XLSX): the last row holds only the town's name; it is drawn with the table's
    borders, so it stays the table's row and the indicators laid out across above it are read."""
    ext = extract_document(parse(REAL_LAYOUTS / "blind106" / "fujian-dehua-fupin-jixiaomubiao.xlsx"))
    assert [(i.level1, i.level2, i.name) for i in ext.indicators] == [
        ("产出指标", "质量指标", "资金投向合规率"),
        ("产出指标", "数量指标", "扶持村数"),
        ("产出指标", "时效指标", "资金使用率"),
        ("效益指标", "社会效益指标", "改善村人居环境、改善基础设施"),
        ("效益指标", "社会效益指标", "资金使用重大违规违纪问题"),
    ]


# blind119, 湖北 潜江 失地农民长效生活补助 评价报告: the core indicators in prose, one split by village, and a score table
# by the evaluation's 一级 whose 合计 row lost the column its label spanned
CORE_INDICATORS = ("项目绩效目标核心指标为:1.成本控制率≤100%;2.失地农民生活补助发放人数汉南村≤1815人、沙岭村≤216人、"
                   "彭鲁村≤726人;3.失地农民资格审核准确率100%;补助资金发放准确率100%。")
SCORES = (
    ("序号", "评价指标", "权重", "得分"),
    ("1", "决策", "14", "10.5"),
    ("2", "过程", "19", "15"),
    ("3", "产出", "35", "21"),
    ("4", "效果", "32", "28.96"),
    ("合计", "100", "75.46", ""),
)


def _qianjiang(scores=SCORES):
    return extract_document(_document("评价报告.docx", "docx", "失地农民长效生活补助项目绩效评价报告",
                                      "项目年度绩效目标为:建立并完善失地农民长效生活保障机制。", CORE_INDICATORS,
                                      "综合得分75.46分,绩效评价等级为“中”。", scores))


def test_pattern_10_a_score_table_by_dimension_gives_one_row_a_dimension():
    rows = [r for r in _rows(_qianjiang()) if r[4] is not None]
    assert rows == [("决策", None, None, None, 14, 10.5), ("过程", None, None, None, 19, 15),
                    ("产出", None, None, None, 35, 21), ("效果", None, None, None, 32, 28.96)]


def test_pattern_10_core_indicators_in_prose_beside_a_score_table_and_split_by_village():
    rows = [r[:4] for r in _rows(_qianjiang()) if r[4] is None]
    assert rows == [("成本控制率", "<=", 100, "%"),
                    ("失地农民生活补助发放人数", "<=", 1815, "人"),
                    ("失地农民生活补助发放人数", "<=", 216, "人"),
                    ("失地农民生活补助发放人数", "<=", 726, "人"),
                    ("失地农民资格审核准确率", "=", 100, "%"),
                    ("补助资金发放准确率", "=", 100, "%")]


def test_pattern_9_a_total_row_whose_label_spanned_two_columns_adds_up():
    assert not [f for f in check(_qianjiang()) if f.rule.startswith("consistency.score_total")]


def test_pattern_9_a_total_row_that_does_not_add_up_either_way_is_still_reported():
    wrong = SCORES[:-1] + (("合计", "90", "75.46", ""),)
    assert [f.rule for f in check(_qianjiang(wrong)) if f.rule.startswith("consistency.score_total")] == [
        "consistency.score_total.weights"]


def test_pattern_10_a_table_headed_by_level_sums_up_levels_and_gives_no_rows():
    """The same table headed 一级指标 (blind63's 评分 summary beside its detail) is no list of indicators."""
    headed = (("序号", "一级指标", "权重", "得分"),) + SCORES[1:]
    assert [r for r in _rows(_qianjiang(headed)) if r[4] is not None] == []


def test_pattern_10_a_reports_core_targets_after_a_sentence_are_its_goal_and_indicators():
    """blind120, 徐闻 下桥镇 自评报告: 核心绩效目标: opening the paragraph's second sentence."""
    ext = extract_document(_document("自评报告.docx", "docx", "下桥镇人民政府2024年度绩效自评报告",
                                     ("heading", "(三)收支与绩效目标"),
                                     "2024年度财政拨款支出合计2024.05万元,预算执行率100%。核心绩效目标:资金支出率≥98%、"
                                     "支出及时率≥97%、工作质量达标率≥98%,圆满完成年度重点任务,提升群众满意度。"))
    assert [g.text for g in ext.goals] == [
        "资金支出率≥98%、支出及时率≥97%、工作质量达标率≥98%,圆满完成年度重点任务,提升群众满意度"]
    assert [r[:4] for r in _rows(ext)] == [("资金支出率", ">=", 98, "%"), ("支出及时率", ">=", 97, "%"),
                                           ("工作质量达标率", ">=", 98, "%")]


# blind120, 湖北 咸宁 大气污染防治 自评表: 全年完成值 merged over two columns, the name repeated left of the figure
SELF_EVALUATION = (
    ("一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "全年完成值", "未完成原因和改进措施"),
    ("产出指标", "数量指标", "建设环境空气质量自动监测子站", "11个", "建设环境空气质量自动监测子站", "0",
     "原计划建设内容与现状不相适应,已按程序申报调整"),
)


def test_pattern_5_figures_right_of_a_copy_of_the_name_under_one_actual_header():
    ext = extract_document(_document("自评表.xlsx", "xlsx", "大气污染防治资金绩效自评表", SELF_EVALUATION))
    assert [(i.name, i.value, i.unit, i.actual) for i in ext.indicators] == [
        ("建设环境空气质量自动监测子站", 11, "个", 0)]
