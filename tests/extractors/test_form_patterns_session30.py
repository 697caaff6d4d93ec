"""Patterns of the thirtieth session, each from a code-blind part's real layout (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document

# blind36, 吉林 检验检疫 绩效评价表 (a 考核 system's form): the header repeated before each 一级 block, a 权重 right of
# the 一级 and a 分值 right of the 二级; the first block's 一级 is a level of the form's own tree (预算绩效), merged down
_HEADER = ("一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值")
BUDGET_BLOCK = (
    _HEADER,
    ("预算绩效", "50", "预算管理", "75", "预算执行进度(7月)", "%", "40%", "7"),
    ("预算绩效", "50", "预算管理", "75", "结转结余资金率", "%", "0%", "25"),
    ("预算绩效", "50", "财务管理", "25", "用款计划差错率", "%", "0%", "7"),
)
OUTPUT_BLOCK = (
    _HEADER,
    ("项目产出", "30", "产出数量", "60", "执法执勤用车平均里程数", "万公里", "3.3", "30"),
    ("项目产出", "30", "产出质量", "20", "执法执勤用车车辆使用率", "%", "90%", "20"),
    ("项目效果", "20", "社会效益", "50", "检验检疫技术保障能力提升率", "%", "5%", "50"),
)


def _tree(*blocks):
    return extract_document(_document("评价表.xlsx", "xlsx", "项目支出绩效评价表", tuple(r for b in blocks for r in b)))


def test_pattern_1_a_level_of_the_forms_own_merged_down_its_block_is_its_level1():
    ext = _tree(BUDGET_BLOCK)
    assert [(i.level1_text, i.level2_text, i.name) for i in ext.indicators] == [
        ("预算绩效", "预算管理(75分)", "预算执行进度(7月)"), ("预算绩效", "预算管理(75分)", "结转结余资金率"),
        ("预算绩效", "财务管理(25分)", "用款计划差错率")]


def test_pattern_1_a_block_label_merged_down_the_level_column_is_still_no_level():
    rows = [BUDGET_BLOCK[0]] + [("绩效指标", *r[1:]) for r in BUDGET_BLOCK[1:]]
    assert {i.level1_text for i in _tree(rows).indicators} == {None}


def test_pattern_1_a_tree_with_one_level_of_its_own_is_judged_for_its_missing_dimensions():
    missing = {f.numbers.get("dimension") for f in check(_tree(BUDGET_BLOCK, OUTPUT_BLOCK))
               if f.rule == "coverage.missing_dimension"}
    assert missing == {"满意度指标"}  # 预算绩效 lies outside the framework, 项目产出 and 项目效果 inside


# blind155, 遂宁 机关事务 职工食堂 评价报告: 可持续效益指标 beside 经济/社会/生态效益指标, a row with no name under it
def test_pattern_5_sustainable_benefit_is_the_sustainability_dimension():
    ext = extract_document(_document("评价报告.docx", "docx", "绩效评价报告", (
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("项目效益", "社会效益指标", "就餐保障天数", "250天"),
        ("项目效益", "可持续效益指标", "", "100"))))
    assert [i.level2 for i in ext.indicators] == ["社会效益指标", "可持续影响指标"]


# blind156, 湖北开放大学 2022年度专项资金 项目表: 合计 first, then projects numbered by levels (一 over 1 and 2; 五 over
# (一) over 1–6), the page cut at a numbered row with no amount
OUTLINE = (
    ("序号", "责任部门", "项目名称", "预算数", "执行数", "预算执行率"),
    ("合计", "合计", "合计", "17,758.87", "14,520.34", "81.76%"),
    ("一", "相关部门", "高校学生资助专项", "1,548.447", "1116.19", "72.08%"),
    ("1", "学工处", "学生资助专项-高职", "1,537.45", "1528.47", "99.42%"),
    ("2", "教务处", "学生资助专项-电大", "11", "0", "0.00%"),
    ("二", "财务处", "高校还本付息专项", "800.5", "768.47", "96.00%"),
    ("三", "相关部门", "高等教育发展专项", "169", "132.5", "78.40%"),
    ("(一)", "开大教育专项", "开大教育专项", "85", "68.5", "80.59%"),
    ("3", "教务处", "办学评估系统", "45", "44.89", "99.76%"),
    ("4", "教务处", "智能阅卷系统", "40", "23.61", "59.03%"),
    ("(二)", "双高行动计划专项", "双高行动计划专项", "84", "64", "76.19%"),
    ("5", "保卫处", "监控及消防项目质保金、尾款", "8.64", "8.6", "99.54%"),
    ("6", "图书信息中心", "", "", "", ""),
)


def _outline(rows=OUTLINE):
    ext = extract_document(_document("通知.docx", "docx", "关于开展2022年度专项资金绩效评价工作的通知", "单位:万元", rows))
    return ext, [f for f in check(ext) if f.rule == "consistency.sum"]


def test_pattern_9_a_numbered_group_adds_its_own_rows_not_the_whole_table():
    _, findings = _outline()
    # 1116.19 against 1528.47 + 0 only: 1,548.447 against 1537.45 + 11 is rounding, and the 合计 and the groups (三,
    # (二)) whose rows run to the cut are not judged
    assert [f.message for f in findings] == ["“高校学生资助专项执行数”陈述为 1116.19，分项之和 1528.47 + 0 = 1528.47"]


def test_pattern_9_groups_are_no_sub_projects_and_a_cut_list_states_no_total():
    ext, findings = _outline()
    names = [sp.name for sp in ext.subprojects]
    assert "学生资助专项-高职" in names and "高校学生资助专项" not in names and "开大教育专项" not in names
    assert not [f for f in findings if "子项目投资合计" in f.message]


def test_pattern_9_the_whole_list_adds_its_outermost_rows_when_nothing_was_cut():
    _, findings = _outline(OUTLINE[:-1])  # no cut row: the 合计 is judged against 一 + 二 + 三
    messages = [f.message for f in findings]
    assert "“预算数”陈述为 17758.87，分项之和 1548.447 + 800.5 + 169 = 2517.947" in messages
    assert "“子项目投资合计”陈述为 17758.87，分项之和 1537.45 + 11 + 800.5 + 45 + 40 + 8.64 = 2442.59" in messages


# blind157, 保山市能源局 项目支出绩效自评表 (云南): the 指标性质 cell holds the budget system's code before the operator
# (004 >= │ 005 <=); the form's title row 项目支出绩效指标表 across the table under the goal and its result
BAOSHAN = (
    ("年度总体目标", "预期目标", "预期目标", "实际完成情况", "实际完成情况"),
    ("年度总体目标", "加强能源网络建设,增强保障能力,优化供给结构,提升能源治理效能。", "加强能源网络建设,增强保障能力,优化供给结构,提升能源治理效能。",
     "全年开展现场检查113次,能源保障总体平稳可靠。", "全年开展现场检查113次,能源保障总体平稳可靠。"),
    ("项目支出绩效指标表",) * 5,
    ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值"),
    ("产出指标", "数量指标", "现场检查次数", "004 >=", "20", "次", "113"),
    ("产出指标", "成本指标", "经费支出", "005 <=", "33", "万元", "32.9999"),
)


def test_pattern_6_an_operator_cell_keeps_its_operator_after_the_systems_code():
    ext = extract_document(_document("自评表.xlsx", "xlsx", "项目支出绩效自评表", BAOSHAN))
    assert [(i.name, i.operator, i.value, i.actual) for i in ext.indicators] == [
        ("现场检查次数", ">=", 20, 113), ("经费支出", "<=", 33, 32.9999)]
    assert not [f for f in check(ext) if f.rule == "consistency.deviation_reason_missing"]  # 32.9999 meets ≤33


def test_pattern_8_a_title_row_of_the_indicator_table_is_no_goal():
    ext = extract_document(_document("自评表.xlsx", "xlsx", "项目支出绩效自评表", BAOSHAN))
    assert [g.text for g in ext.goals] == ["加强能源网络建设,增强保障能力,优化供给结构,提升能源治理效能。"]


# blind158, 财政支出绩效目标申报表(2021年度) (a template with its 投入/过程 rows filled): no 三级 column, the names under
# 二级指标, what they mean under 指标内容; the indicator block's label 项目年度绩效目标衡量指标 merged down its left, under
# the empty row of the goals' label
APPLICATION = (
    ("项目绩效目标", "长期目标(450字内)", "长期目标(450字内)", "年度目标(450字内)", "年度目标(450字内)", "年度目标(450字内)"),
    ("项目绩效目标", "", "", "", "", ""),
    ("项目年度绩效目标衡量指标", "一级指标", "二级指标", "分值", "指标内容(150字内)", "指标值(150字内)"),
    ("项目年度绩效目标衡量指标", "投入指标", "资金到位率", "5", "资金到位率=(实际到位资金/计划投入资金)×100%。", "资金到位率达100%"),
    ("项目年度绩效目标衡量指标", "投入指标", "预算支出进度", "15", "预算支出进度是否在90%以上。", "预算支出进度达到90%以上"),
)


def test_pattern_4_names_under_the_level2_header_when_no_level3_column_holds_them():
    ext = extract_document(_document("申报表.xlsx", "xlsx", "财政支出绩效目标申报表", APPLICATION))
    assert [(i.level1_text, i.name, i.operator, i.value, i.weight) for i in ext.indicators] == [
        ("投入指标", "资金到位率", ">=", 100, 5), ("投入指标", "预算支出进度", ">=", 90, 15)]
    assert ext.indicators[0].explanation.startswith("资金到位率=(实际到位资金")


def test_pattern_8_the_label_of_an_indicator_block_is_no_goal():
    assert extract_document(_document("申报表.xlsx", "xlsx", "财政支出绩效目标申报表", APPLICATION)).goals == []
