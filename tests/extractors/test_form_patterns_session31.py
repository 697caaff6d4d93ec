"""Patterns of the thirty-first session, each from a code-blind part's real layout (the part named at each test)."""
from __future__ import annotations

from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document
from tests.extractors.text_docs import text_document


# blind59, 广西 生态环境厅 水污染防治资金 自评: the indicators listed in prose under 二级 labels alone (数量指标：…), no 一级
# written; the framework gives them their 一级, ``level1_text`` keeps what the document wrote: nothing
def test_level1_text_is_empty_under_a_level2_label_alone():
    ext = extract_document(text_document(
        "水污染防治资金绩效自评报告", "（一）绩效指标完成情况",
        "数量指标：集中式饮用水水源地整治数量6个，新增湿地恢复面积1659亩。",
        "满意度指标：群众满意度≥90%。"))
    assert [(i.level1, i.level1_text, i.level2_text) for i in ext.indicators] == [
        ("产出指标", None, "数量指标"), ("产出指标", None, "数量指标"),
        ("满意度指标", None, "服务对象满意度指标")]  # among 二级 labels, 满意度指标 is one of them (blind80, blind151)


def test_level1_text_is_kept_where_a_level1_label_heads_the_level2_labels():
    ext = extract_document(text_document(
        "水污染防治资金绩效自评报告", "一、产出指标", "数量指标：集中式饮用水水源地整治数量6个。",
        "二、效益指标", "生态效益指标：地表水水质优良比例≥90%。"))
    assert [(i.level1_text, i.level2_text) for i in ext.indicators] == [
        ("产出指标", "数量指标"), ("效益指标", "生态效益指标")]


# blind170, 临翔 坚果 项目公示: the goal's label opens a list of names each closed by its figure
_GOAL_LIST = ("绩效目标:坚果提质增效基地面积≥4300亩,高优科技试验示范基地1个,防灾减灾设施5套,坚果智慧种植基地1个,"
              "区级示范基地2个,带动项目受益群众每年增收500元/亩,群众满意度≥90%。")


def test_pattern_10_a_goal_label_opening_names_and_their_figures_lists_indicators():
    ext = extract_document(text_document("临翔区坚果提质增效示范基地建设项目公示", _GOAL_LIST))
    assert [(i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [
        ("坚果提质增效基地面积", ">=", 4300, "亩"), ("高优科技试验示范基地", "=", 1, "个"), ("防灾减灾设施", "=", 5, "套"),
        ("坚果智慧种植基地", "=", 1, "个"), ("区级示范基地", "=", 2, "个"), ("带动项目受益群众每年增收", "=", 500, "元/亩"),
        ("群众满意度", ">=", 90, "%")]
    assert [g.text for g in ext.goals] == [_GOAL_LIST[5:]]  # the sentence stays the goal


def test_pattern_10_a_goal_with_a_clause_that_tells_or_does_stays_a_goal_only():
    told = "绩效目标：道路硬化≥0.565km；项目验收合格率≥100%；受益贫困人口满意度≥96%；改善村基础设施，促进经济发展。"
    done = "绩效目标：完成8个以上建制村的农村环境综合整治，建设农村污水处理设施≥25套，治理完成2个农村黑臭水体。"
    for text in (told, done):
        assert extract_document(text_document("项目公示", text)).indicators == []


# blind170, 昌宁 冷链 自评报告: each of the report's items numbered 1. closes with the points it scored
def test_items_numbered_with_a_dot_and_their_self_assessed_points_are_score_rows():
    ext = extract_document(text_document(
        "2022年度项目支出绩效自评报告", "一、自评结论", "（二）绩效目标完成情况",
        "1.预算执行完成情况:项目资金由财政下达50万元,预算执行率为22.22%,绩效自评得分4.44分。",
        "2.产出指标完成情况:各项指标基本完成,绩效自评得分39分。",
        "3.满意度指标完成情况:综合测评达94%,绩效自评得分10分。"))
    assert [(i.name, i.score) for i in ext.indicators] == [
        ("预算执行完成情况", 4.44), ("产出指标完成情况", 39), ("满意度指标完成情况", 10)]


# blind171, 部门预算支出管理考核表: a 变动率 target written as a negative figure
def test_pattern_6_a_minus_sign_opening_a_figure_makes_it_negative():
    from extractor.nlp.quantities import find_quantities

    assert [q.value for q in find_quantities("-0.300000152587891")] == [-0.300000152587891]
    assert [q.value for q in find_quantities("≥-5%")] == [-5]
    assert [(q.value, q.upper) for q in find_quantities("2020-2022")] == [(2020, 2022)]  # a range, no sign
    ext = extract_document(_document("考核表.xlsx", "xlsx", "部门预算支出管理考核表", (
        ("考核内容", "考核指标", "年度工作目标", "权数"),
        ("结转结余情况", "结转结余变动率", "-0.3", "20"))))
    assert [(i.name, i.value) for i in ext.indicators] == [("结转结余变动率", -0.3)]


# blind171, 宁德 地方志 自评表 cut after its first row: a template's row label (指标1) is no indicator named 指标 at 1
def test_pattern_8_a_template_row_label_in_a_table_not_understood_is_no_indicator():
    ext = extract_document(_document("自评表.xlsx", "xlsx", "部门整体支出绩效自评表", (
        ("一级指标", "二级指标", "三级指标", "指标解释", "绩效目标值", "实际完成值", "指标分值", "得分"),
        ("产出指标(60分)", "数量指标", "指标1", "按月发放员工工", "", "", "", ""))))
    assert [i.name for i in ext.indicators] == []


# blind172, 科普宣传经费 自评报告: a result line naming 一级-二级-三级 and closing the name with its result's title
def test_a_dashed_result_line_with_its_titled_result_is_an_indicator_with_its_actual():
    ext = extract_document(text_document(
        "2018年度科普宣传经费项目绩效评价自评报告", "（三）绩效自评指标完成情况具体分析",
        "(1)投入-时效目标-绩效目标完成率实际完成情况:实际完成69.23%,未完成目标的原因是预算执行率未完成预计目标。",
        "(2)产出-数量目标-科普活动场次实际完成情况:实际完成12场。"))
    assert [(i.name, i.level1, i.level1_text, i.level2, i.actual, i.value) for i in ext.indicators] == [
        ("绩效目标完成率", None, "投入", "时效指标", 69.23, None),  # the evaluation's own 一级, as written
        ("科普活动场次", "产出指标", "产出指标", "数量指标", 12, None)]


# blind172, 南昌 工人文化宫 整体支出 自评报告: goal headings of the 江西 template (当年… and 部门履职总体目标)
def test_goal_headings_of_a_department_report_head_the_paragraphs_under_them():
    from tests.extractors.text_docs import block_document

    ext = extract_document(block_document(
        ("paragraph", "南昌市工人文化宫整体支出绩效自评报告"), ("heading", "(二)当年部门履职总体目标和工作目标"),
        ("heading", "1.部门履职总体目标"), ("paragraph", "秉持为职工服务的宗旨,以广泛开展职工文化活动为主要目标。"),
        ("heading", "(三)当年部门年度整体支出绩效目标"), ("paragraph", "着力做好优化对职工精神文化服务这篇文章。")))
    assert [(g.kind, g.text) for g in ext.goals] == [
        ("总体目标", "秉持为职工服务的宗旨,以广泛开展职工文化活动为主要目标。"), ("年度目标", "着力做好优化对职工精神文化服务这篇文章。")]


# blind170, 融安 金桔 生产任务分解表: one task shared out among the towns, its unit in the header
def test_pattern_6_a_breakdown_gives_each_town_its_share_of_the_task():
    ext = extract_document(_document("任务分解表.xlsx", "xlsx", "融安县2023年金桔生产任务分解表", (
        ("乡镇", "新种任务(亩)", "备注"), ("全县合计", "7000", ""), ("长安镇", "2150", "其中县农业投资有限公司新种任务1500亩"),
        ("板榄镇", "600", ""))))
    assert [(i.name, i.value, i.unit) for i in ext.indicators] == [("长安镇", 2150, "亩"), ("板榄镇", 600, "亩")]


def test_pattern_6_an_allocation_of_money_among_towns_is_no_breakdown_of_a_task():
    ext = extract_document(_document("分配表.xlsx", "xlsx", "2023年补助资金分配表", (
        ("乡镇", "补助经费(万元)", "备注"), ("合计", "35", ""), ("城厢镇", "2", ""), ("凤城镇", "3", ""))))
    assert ext.indicators == []


# blind175, 慢病管理 指标表: a label cell 指标值 beside a cell listing each name and its figure, run together in the PDF
def test_pattern_5_a_cell_listing_names_and_figures_under_its_label_gives_one_indicator_each():
    ext = extract_document(_document("指标表.docx", "docx", "慢病管理指标", (
        ("计算公式", "高血压患者健康管理率=年内已管理高血压人数/年内辖区内高血压患者总人数*100%"),
        ("指标值:", "高血压患者健康管理率:30%高血压患者规范管理率:80%管理人群血压控制率: 50%"))))
    assert [(i.name, i.value, i.unit) for i in ext.indicators] == [
        ("高血压患者健康管理率", 30, "%"), ("高血压患者规范管理率", 80, "%"), ("管理人群血压控制率", 50, "%")]
    assert not [w for w in ext.warnings if w.code == "table_not_understood"]


# blind176, 萧县 老旧小区 自评报告: each heading gives its full points and what it scored in one bracket
def test_items_titled_with_full_points_and_their_score_are_score_rows_under_their_group():
    from tests.extractors.text_docs import block_document

    ext = extract_document(block_document(
        ("paragraph", "萧县老旧小区整治改造绩效自评报告"), ("heading", "二、自评基本结论(满分100分,实得98分)"),
        ("heading", "(一)投入(满分15分,实得15分)"), ("heading", "1.项目申报(满分5分,实得5分)"),
        ("paragraph", "我局对城区认真摸排后确定改造小区。"), ("heading", "2.资金管理(满分10分,实得9分)"),
        ("paragraph", "资金按规定拨付。")))
    # the whole (100分) is no level; the group stating its own score is a row of the score table too, its own level
    # (thirty-second session: blind176's and blind183's writers list it)
    assert [(i.name, i.level1_text, i.weight, i.score) for i in ext.indicators] == [
        ("投入", "投入(15分)", 15, 15), ("项目申报", "投入(15分)", 5, 5), ("资金管理", "投入(15分)", 10, 9)]


# blind176, 川渝 幸福河湖 评价指标体系: an index system's layers (总目标 │ 目标层 │ 指标层 over 序号 │ 指标 │ 属性 │ 权重)
def test_pattern_2_an_index_systems_target_layer_is_its_level1_and_its_indicator_header_is_read():
    ext = extract_document(_document("指标体系.docx", "docx", "川渝幸福河湖评价指标体系", (
        ("总目标", "目标层", "指标层", "指标层", "指标层", "指标层", "评价方法"),
        ("总目标", "目标层", "序号", "指标", "属性", "权重", "评价方法"),
        ("川渝幸福河湖", "安澜(15分+)", "1", "防洪联防联调程度", "特色", "(5分)", "评价联防联调机制"),
        ("川渝幸福河湖", "安澜(15分+)", "2", "防洪达标率", "通用", "(5分)", "评价河流防洪达标率"))))
    assert [(i.level1_text, i.name, i.weight) for i in ext.indicators] == [
        ("安澜(15分+)", "防洪联防联调程度", 5), ("安澜(15分+)", "防洪达标率", 5)]
