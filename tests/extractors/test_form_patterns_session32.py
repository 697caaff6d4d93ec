"""Patterns of the thirty-second session, each from a code-blind part's real layout (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.extractors import extract_document
from extractor.extractors.facts import facts_from_text
from tests.extractors.text_docs import mixed_document as _document
from tests.extractors.text_docs import text_document

# blind173, 蜀山 市场监管 项目绩效表: a goal cell listing its indicators by label, cut by the stored page right after the
# first item's bracketed target, leaving the opening of the next label (指 of 指标2:)
_CUT_GOAL_CELL = ("【总体目标】\n2021年度预算申请400万元财政资金,目标1:继续保持打击高压态势。\n【产出-数量指标】\n"
                  "指标1:做好有效宣传(≥200次)\n指")


def test_the_opening_of_a_label_cut_after_a_bracketed_target_is_no_part_of_the_name():
    ext = extract_document(_document(
        "form.xlsx", "xlsx", "2021年部门项目绩效表",
        (("单位名称", "支出项目名称", "年度预算安排", "绩效目标"),
         ("区市场监督管理局机关", "打击传销专项经费", "400", _CUT_GOAL_CELL))))
    assert [(i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [("做好有效宣传", ">=", 200, "次")]


# blind178, 宣城旅游学校 转移支付 自评报告 (and 镜湖 残联, 扎兰屯, 宣州 抗旱 of earlier parts): the report's first section,
# 绩效目标分解下达情况, states the money handed down and what it is for: the goal the report is assessed against
_ALLOCATED = "2024年中央资金下达278.4万元中等职业学校奖补资金,用于改善学校教育学校办学条件。该款项全部拨付给宣城旅游学校使用。"


def test_pattern_10_the_allocation_section_of_a_transfer_report_states_its_goal():
    ext = extract_document(_document(
        "report.docx", "docx", "宣城旅游学校2024年度现代职业教育质量提升计划资金转移支付绩效自评报告",
        ("heading", "一、绩效目标分解下达情况"), _ALLOCATED, ("heading", "二、绩效情况分析")))
    assert [g.text for g in ext.goals] == [_ALLOCATED]


def test_pattern_10_a_sub_item_title_of_the_allocation_section_is_no_part_of_its_goal():
    ext = extract_document(_document(
        "report.docx", "docx", "扎兰屯市国家现代农业产业园项目2022年度绩效自评报告",
        ("heading", "一、绩效目标分解下达情况"),
        ("list_item", "(一)中央下达扎兰屯市国家现代农业产业园转移支付预算和绩效目标情况。2022年中央财政下达专项资金3000万元,"
                      "计划实施8个项目,用于推动产业园落实招商引资计划。")))
    assert [g.text for g in ext.goals] == ["2022年中央财政下达专项资金3000万元,计划实施8个项目,用于推动产业园落实招商引资计划。"]


def test_an_allocation_section_telling_amounts_only_or_labelling_its_goals_gives_no_goal_of_its_own():
    amounts = extract_document(_document(
        "report.docx", "docx", "2023年度绩效自评报告", ("heading", "一、绩效目标分解下达情况"),
        "2023年我市获得下达的省级非物质文化遗产保护专项资金为2.1万元。"))
    assert amounts.goals == []
    labelled = extract_document(_document(
        "report.docx", "docx", "2022年度绩效自评报告", ("heading", "一、绩效目标分解下达情况"),
        "中央下达我区的转移支付区域(项目)绩效总体目标是确保符合条件的城乡参保居民基础养老金按时足额发放。"))
    assert [g.text for g in labelled.goals] == ["确保符合条件的城乡参保居民基础养老金按时足额发放"]


def _sums(text: str) -> list[tuple[float, list[float]]]:
    return [(f.total, f.parts) for f in facts_from_text(text) if f.kind == "sum"]


# blind178, 荣昌 仁义中学 预算情况说明: a budget's parts by function, the first 一般公共服务支出 (its 共 is 公共, no "in all"),
# and they add to more than the stated total
def test_the_gong_of_gonggong_closes_no_list_and_the_sum_is_checked():
    text = ("(二)支出预算:2025年支出合计8303.55万元,其中:一般公共服务支出0.00万元,教育支出4902.56万元,社会保障和就业支出"
            "870.81万元,卫生健康支出237.90万元,住房保障支出244.39万元,其他支出2049.67万元;支出较去年增加2102.84万元。")
    assert _sums(text) == [(8303.55, [0.0, 4902.56, 870.81, 237.9, 244.39, 2049.67])]
    findings = check(extract_document(text_document("2025年单位预算情况说明", text)))
    assert [f.rule for f in findings if f.rule.startswith("consistency")] == ["consistency.sum"]


def test_a_parts_change_from_another_year_is_no_part():
    text = ("一般公共预算财政拨款支出5605.66万元,比2024年增加41.17万元,其中:基本支出5395.55万元,比2024年增加315.33万元,"
            "主要原因是教师工资增加。")
    assert _sums(text) == []


def test_what_is_actually_there_is_no_part_of_a_staff_total():
    assert _sums("核定编制197人,其中全额编制人数34人,实际在岗345人(其中临时人员167人)。") == []


# blind181, 西藏 文物局 自评报告: an amount broken down after 具体为, its projects adding to less than it
def test_an_amount_broken_down_after_juti_wei_is_a_sum():
    text = ("其一,布达拉宫管理处下达预算资金9378万元,具体为雪城修缮展示工程项目3005万元、二期结构检测工程项目1235万元、"
            "古籍数字化与编目二期项目255万元、预防性保护二期项目429万元、抢救性保护二期项目1228万元、消防提升工程项目1613万元;"
            "其二,西藏博物馆下达预算资金5009万元。")
    facts = [f for f in facts_from_text(text) if f.kind == "sum"]
    assert [(f.metric, f.total, sum(f.parts)) for f in facts] == [("布达拉宫管理处下达预算资金", 9378, 7765)]


# blind129, 陈仓 补助资金 下达通知: a bracket inside the list breaks its item down; it is no item of the list
def test_a_bracket_inside_a_list_explains_its_item():
    text = ("现下达2024年基本公共卫生服务等7项中央补助资金465.87万元,其中:基本公共卫生服务中央补助资金334.48万元、公立医院综合改革"
            "中央补助资金9.04万元、卫生健康人才培养中央补助资金18.5万元、基本药物制度中央补助资金40.27万元(村卫生室实施药物制度补助"
            "资金12.72万元、基层医疗卫生机构实施药物制度补助资金27.55万元)、中央计划生育转移支付资金63.58万元。")
    assert (465.87, [334.48, 9.04, 18.5, 40.27, 63.58]) in _sums(text)


# blind78, 盐边 公共文化 自评报告: the stored page stops inside the list; its parts are not all there
def test_a_list_cut_by_the_end_of_the_text_is_no_sum():
    assert _sums("2021年公共文化服务专项资金共支出182.564万元,其中支付农村公益电影放映补助经费19.536万元,乡镇文化活动经费84.5万元,"
                 "应急广播维护4.51万") == []


# blind180, 滨海 疫苗贴息 绩效目标表 (and 20 of 24 deadline rows over every part): a target that is a deadline (2023年底前) writes
# no comparison; its 前 stays in the deadline, the operator is the one written (≤2023年12月31日)
def test_a_deadline_target_has_no_operator_unless_one_is_written():
    ext = extract_document(_document(
        "form.docx", "docx", "项目支出绩效目标表",
        (("一级指标", "二级指标", "三级指标", "指标值"),
         ("产出指标", "时效指标", "及时拨付资金", "2023年底前。"),
         ("产出指标", "时效指标", "项目完工时间", "≤2023年12月31日"))))
    assert [(i.name, i.operator, i.deadline) for i in ext.indicators] == [
        ("及时拨付资金", None, "2023年底前"), ("项目完工时间", "<=", "2023年12月31日")]


# blind183, 固镇 民生工程 自评报告: headings numbered (一) > (1) > 1、 (the styles in the order they come, against the usual
# 1. > (1)), the group giving its points and its self-assessed score in one bracket (25分,自评得分25分)
def test_scored_headings_numbered_in_their_own_order_are_rows_under_their_groups():
    from tests.extractors.text_docs import block_document

    ext = extract_document(block_document(
        ("paragraph", "固镇县文化和旅游局2020年民生工程绩效评价自评报告"), ("heading", "一、公共文化场馆开放"),
        ("heading", "(一)投入(25分,自评得分25分)"), ("heading", "(1)保障机制(17分)"), ("heading", "1、规划编制(4分)"),
        ("paragraph", "我县编制了公共文化服务体系建设规划。"), ("heading", "2、组织协调(4分)"),
        ("paragraph", "建立健全文化建设的领导、组织、协调机制。")))
    assert [(i.name, i.level1_text, i.level2_text, i.weight, i.score) for i in ext.indicators] == [
        ("投入", "投入(25分)", None, 25, 25), ("规划编制", "投入(25分)", "保障机制(17分)", 4, None),
        ("组织协调", "投入(25分)", "保障机制(17分)", 4, None)]


def test_a_scored_groups_row_is_no_part_of_its_groups_points():
    from tests.extractors.text_docs import block_document

    ext = extract_document(block_document(
        ("paragraph", "萧县老旧小区整治改造绩效自评报告"), ("heading", "(一)投入(满分15分,实得15分)"),
        ("heading", "1.项目申报(满分5分,实得5分)"), ("heading", "2.资金管理(满分10分,实得10分)")))
    assert [i.name for i in ext.indicators] == ["投入", "项目申报", "资金管理"]
    assert not [f for f in check(ext) if f.rule.startswith("consistency.score_total")]  # 5 + 10 = 15, not 30


# blind182, 三明 林业有害生物防治 考核评分标准表: 项目 │ 标准分 │ 赋分标准, the plainest item header beside a scoring standard
def test_pattern_5_items_headed_xiangmu_beside_a_scoring_standard_are_rows():
    ext = extract_document(_document("standard.docx", "docx", "三明市2008年林业有害生物防治目标管理责任制综合考核评分标准表", (
        ("项目", "标准分", "赋分标准"),
        ("成灾率", "2分", "成灾率达标(1分);实际成灾面积准确的有文字记录(1分)。"),
        ("测报准确率", "27分", "按测报工作有关规定,完成各项测报任务。"))))
    assert [(i.name, i.weight) for i in ext.indicators] == [("成灾率", 2), ("测报准确率", 27)]


def test_a_funds_table_headed_xiangmu_with_points_and_no_standard_gives_no_rows():
    ext = extract_document(_document("funds.docx", "docx", "项目支出绩效自评表", (
        ("项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        ("年度资金总额", "100", "100", "95", "10", "95%", "9.5"))))
    assert [i.name for i in ext.indicators] == []
