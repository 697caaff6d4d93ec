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


# blind161, 楚雄州委宣传部 2023年度部门决算公开: the stored page holds the contents, whose headings name the forms the
# report attaches ((二)部门整体支出绩效自评表), and stops before them
def test_pattern_8_forms_named_by_a_table_of_contents_are_no_forms_of_the_file():
    contents = [("heading", t) for t in ("第四部分 其他重要事项及相关口径情况说明", "四、部门绩效自评情况",
                                         "(一)部门整体支出绩效自评情况", "(二)部门整体支出绩效自评表", "(三)项目支出绩效自评表")]
    ext = extract_document(_document("决算公开.docx", "docx", "中共楚雄州委宣传部2023年度部门决算目录", *contents,
                                     "一部分 部门概况", ("heading", "一、主要职能")))
    assert ext.forms_without_indicators == []
    assert not [f for f in check(ext) if f.rule == "coverage.missing_dimension"]
    ext = extract_document(_document("自评表.docx", "docx", "部门决算公开", ("heading", "(二)部门整体支出绩效自评表")))
    assert ext.forms_without_indicators == ["(二)部门整体支出绩效自评表"]  # a form title of its own still is one


# blind161, 寿县 2023年度部门整体支出绩效评价自评表: the last row's 指标解释 names 预算执行数 and 预算数 (and the page cut
# the row before its score)
def test_pattern_9_an_explanation_naming_budget_and_spending_opens_no_funds_block():
    ext = extract_document(_document("自评表.xlsx", "xlsx", "2023年度部门整体支出绩效评价自评表", (
        ("序号", "一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "自评得分"),
        ("5", "规划(15分)", "绩效目标(6分)", "年度绩效目标明确性", "2", "绩效目标是否明确、细化、量化。", "2"),
        ("6", "执行(35分)", "预算执行(18分)", "预算执行率", "5", "反映部门及所属二级单位本年度预算执行数占预算数的比重", ""))))
    assert [(i.name, i.weight, i.score) for i in ext.indicators] == [("年度绩效目标明确性", 2, 2), ("预算执行率", 5, None)]


# blind162, 民政 信息化建设类项目立项评审指标体系 (a scan): the OCR read the 一 of 一级指标 as a dash
def test_pattern_5_a_level_header_whose_one_the_scan_read_as_a_dash():
    ext = extract_document(_document("评审指标体系.docx", "docx", "信息化建设类项目立项评审指标体系", (
        ("—级指标", "二级指标", "三级指标", "指标解释", "评价标准(量表)"),
        ("必要性(40 分)", "立项依据的必要性(40分)", "建设原则(15分)", "项目与民政信息化建设的原则是否一致", "不完全匹配-完全匹配(0-15分)"),
        ("必要性(40 分)", "立项依据的必要性(40分)", "宏观政策(10分)", "项目与相关法律、发展规划是否一致", "不完全匹配-完全匹配(0-10分)"))))
    assert [(i.level1_text, i.name, i.value, i.weight) for i in ext.indicators] == [
        ("必要性(40 分)", "建设原则", None, 15), ("必要性(40 分)", "宏观政策", None, 10)]


# blind162, a 水土保持目标责任 assessment table: 考核指标 one a row (the names), 考核内容 what each asks; beside it 嵊泗's
# task list (blind109), whose 考核指标 is shared by the rows of its group and whose 考核内容 are the names
def test_pattern_4_assessment_items_one_a_row_are_the_names_and_their_contents_explain_them():
    ext = extract_document(_document("考核表.docx", "docx", "水土保持目标责任考核表", (
        ("考核项目", "序号", "考核指标", "分值", "考核内容"),
        ("组织领导", "1", "水土保持工作领导机制", "10", "加强对水土保持工作的统一领导,建立健全水土保持工作机制"),
        ("组织领导", "2", "水土保持目标责任制", "10", "建立并实施政府水土保持目标责任制和考核奖惩制度"),
        ("综合治理", "3", "水土流失治理任务", "30", "省、市下达的年度水土流失治理任务完成情况"))))
    assert [(i.level1_text, i.name, i.weight) for i in ext.indicators] == [
        ("组织领导", "水土保持工作领导机制", 10), ("组织领导", "水土保持目标责任制", 10), ("综合治理", "水土流失治理任务", 30)]
    shared = extract_document(_document("任务清单.xlsx", "xlsx", "乡村振兴任务清单", (
        ("考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标"),
        ("农业高质高效", "1", "确保粮食和重要农产品有效供给", "农林牧渔业增加值增幅", "%", "≥2%"),
        ("农业高质高效", "2", "确保粮食和重要农产品有效供给", "粮食播种面积", "万亩", "0.07"))))
    assert [i.name for i in shared.indicators] == ["农林牧渔业增加值增幅", "粮食播种面积"]


# blind162, 2014年 玉米丰产方机收秸秆还田 考评办法 (a mirror in traditional characters): the indicator system written as
# prose, each level's indicators listed after their count with their points; the thirteen 三级 add up to 102, not the
# 总分值100分 stated before them
SCHEME = ("本年度的绩效考评指标体系分为基本指标、具体指标两类,总分值100分。",
          ("list_item", "1.在基本指标中设立2个一级指标,分别是业务考评占分值80分,财务考核占分值20分。"),
          ("list_item", "2.在具体指标中设立3个三级指标,分别是计划任务完成情况占分值50分,项目监督、检查占分值30分,"
                        "项目资金兑付占分值22分。"))


def test_pattern_10_indicators_listed_with_their_points_after_their_count():
    ext = extract_document(_document("考评办法.docx", "docx", "项目绩效考评办法", *SCHEME))
    assert [(i.name, i.weight) for i in ext.indicators] == [
        ("计划任务完成情况", 50), ("项目监督、检查", 30), ("项目资金兑付", 22)]
    sums = [f.message for f in check(ext) if f.rule == "consistency.sum"]
    assert sums == ["“3个三级指标”陈述为 100，分项之和 50 + 30 + 22 = 102"]


def test_pattern_10_a_list_whose_items_do_not_all_state_points_gives_no_indicator():
    scheme = (SCHEME[0], ("list_item", "2.在具体指标中设立3个三级指标,分别是计划任务完成情况占分值50分,项目监督检查,项目资金兑付占分值22分。"))
    assert extract_document(_document("考评办法.docx", "docx", "项目绩效考评办法", *scheme)).indicators == []


# blind161, 寿县 自评表 as its PDF draws it: the header's 一级 / 指标 wrapped over two lines, the row too low to hold
# them, so the 指标 of each level header stands in the first row's cells (指标规划(15分) merged down its group)
def test_pattern_2_a_level_headers_tail_drawn_in_the_first_row_is_the_headers():
    ext = extract_document(_document("自评表.pdf", "pdf", "2023年度部门整体支出绩效评价自评表", (
        ("序号", "一级", "二级", "三级", "指标分值", "自评得分"),
        ("1", "指标规划(15分)", "指标基础信息(3分)", "指标基础信息完整性", "3", "3"),
        ("2", "指标规划(15分)", "工作计划(6分)", "年度工作计划完整性", "3", "3"),
        ("3", "执行(35分)", "预算执行(18分)", "预算执行率", "5", "5"))))
    assert [(i.level1_text, i.level2_text, i.name) for i in ext.indicators] == [
        ("规划(15分)", "基础信息(3分)", "基础信息完整性"), ("规划(15分)", "工作计划(6分)", "年度工作计划完整性"),
        ("执行(35分)", "预算执行(18分)", "预算执行率")]


# blind160, an article explaining a 2019 项目支出绩效目标批复表 (新政务服务中心运行维护费): the indicators written as lines
# under their level labels, an aim word before a name (确保…) and 为 between a name and its figure
def test_pattern_6_an_aim_word_before_a_name_and_wei_before_its_figure_are_no_part_of_it():
    ext = extract_document(_document("解读.docx", "docx", "项目支出绩效目标批复表解读", ("heading", "1. 产出指标"),
                                     "• 数量指标：确保中心所有对外服务窗口全年正常开放天数不低于250个工作日；核心业务系统可用性达到99.9%以上。",
                                     "• 质量指标：运维响应及时率达到95%以上；重大安全事件发生次数为0。"))
    assert [(i.name, i.operator, i.value) for i in ext.indicators] == [
        ("中心所有对外服务窗口全年正常开放天数", ">=", 250), ("核心业务系统可用性", ">=", 99.9),
        ("运维响应及时率", ">=", 95), ("重大安全事件发生次数", "=", 0)]


# blind164, 海南州 科技项目专家评审表: the item's points inside its cell before the scale it is graded on, an empty 打分
def test_pattern_5_a_review_form_names_its_items_points_before_their_scale():
    ext = extract_document(_document("评审表.docx", "docx", "海南州科技项目专家评审表", (
        ("序号", "评审内容及参考指标", "打分"),
        ("1", "选题合理性(8分):\n正确合理(7-8); 较合理(5-6); 不合理(0-4)。", ""),
        ("2", "技术路线(工艺)(10分)\n合理可行(7-9); 较合理(5-6); 不可行(0-1)。", ""))))
    assert [(i.name, i.weight, i.score) for i in ext.indicators] == [("选题合理性", 8, None), ("技术路线(工艺)", 10, None)]


# blind164, a 市本级 third-party review's scoring rules on a mirror that scatters ★◆■ through the words: items titled
# with their points
def test_pattern_10_items_titled_with_their_points_on_a_page_marked_against_copying():
    ext = extract_document(_document("评分办法.docx", "docx", "绩效目标审核评分办法",
                                     "1★◆、目标预期实现进度(3分)。中长期项目须按年度设定★★■■★进度;评分方法未细化的扣1★◆.0分。",
                                     "3、以前年度项目绩效评价及整改情况(4分)。评分方法◆◆◆■★◆:错填漏填的★■★★,扣0.2分。",
                                     ("list_item", "(1)相关性(5分)。指设立的评价指标与绩效目标之间的对应★■■■◆◆和相关程度。")))
    assert "decoration_marks_removed" in ext.script_changes
    assert [(i.name, i.weight) for i in ext.indicators] == [
        ("目标预期实现进度", 3), ("以前年度项目绩效评价及整改情况", 4), ("相关性", 5)]


# blind155, 2005年 盐城 各县(市)气象局工作目标: items naming themselves in their first sentence and closing their rules
# with their points, under headings whose points are their items' (the two nearest are the levels)
WORK_TARGETS = (("heading", "一、基本工作目标"), ("heading", "(一)基本业务质量(36分)"),
                ("heading", "1、地面测报业务质量(4分)"),
                ("list_item", "(1)地面测报总错比。各县地面测报总错比≤0.4‰得2分;"),
                "0.4‰<错比≤0.8‰得1分;错比>0.8‰不得分。(2分)(亭湖除外)",
                ("list_item", "(2)地面测报报表审核错情。各县审核错情每年累计≤3条得1分,否则不得分。(1分)"),
                ("list_item", "(3)地面测报综合评定。综合评定达甲等的得1分,否则不得分。(1分)"),
                ("heading", "2、农业气象测报质量(2分)"),
                ("list_item", "(1)农业气象测报总错比。一、二级站总错比≤0.6‰,得2分;否则不得分。(2分)"))


def test_pattern_10_items_closing_their_rules_with_their_points_under_their_groups():
    ext = extract_document(_document("工作目标.docx", "docx", "2005年全市各县(市)气象局工作目标", *WORK_TARGETS))
    # the groups with their points, as a form's level cells write them (since the thirty-first session: the checker
    # sums each group's rows against its points)
    assert [(i.level1_text, i.level2_text, i.name, i.operator, i.value, i.unit, i.weight) for i in ext.indicators] == [
        ("基本业务质量(36分)", "地面测报业务质量(4分)", "地面测报总错比", "<=", 0.4, "‰", 2),
        ("基本业务质量(36分)", "地面测报业务质量(4分)", "地面测报报表审核错情", "<=", 3, "条", 1),
        ("基本业务质量(36分)", "地面测报业务质量(4分)", "地面测报综合评定", None, None, None, 1),
        ("基本业务质量(36分)", "农业气象测报质量(2分)", "农业气象测报总错比", "<=", 0.6, "‰", 2)]


def test_pattern_10_one_item_with_points_in_a_report_is_no_scoring_rule():
    ext = extract_document(_document("报告.docx", "docx", "项目绩效自评报告", ("heading", "一、项目概况"),
                                     ("heading", "(一)项目决策(20分)"), "项目立项依据充分,程序规范。"))
    assert ext.indicators == []


# blind163, a county transport bureau's 项目支出绩效运行监控报告 (a template site's copy): the goal under (二)项目的绩效目标,
# closing with 打造一个安全舒适的交通运输环境 (the article 一个, no count)
def test_pattern_10_the_projects_goal_heading_with_de_and_the_article_yige_is_no_count():
    ext = extract_document(_document("监控报告.docx", "docx", "项目支出绩效运行监控报告", ("heading", "(二)项目的绩效目标"),
                                     "该项目主要负责管理我县交通行业安全生产工作,组织检查全县公路交通运输的安全生产。保证我县交通运输市场安全畅通,"
                                     "打造一个安全舒适的交通运输环境。", ("heading", "二、项目资金使用及管理情况")))
    assert [(g.text[:8], g.quantified, g.targets) for g in ext.goals] == [("该项目主要负责管", False, [])]
    assert [f.rule for f in check(ext) if f.rule.startswith("goal.")]
    counted = extract_document(_document("目标.docx", "docx", "绩效目标", ("heading", "(二)项目的绩效目标"),
                                         "年内建成一个社区服务中心,服务居民2000人次。"))
    assert counted.goals[0].quantified  # 建成一个社区服务中心: one centre


# blind167, a 新华社 item on the 健康儿童行动提升计划: the targets announced (提出系列目标:到2025年,…), three of them listed
# by name and given 分别 in the same order
def test_pattern_10_names_given_their_figures_respectively_after_the_targets_are_announced():
    ext = extract_document(_document("新闻.docx", "docx", "健康儿童行动五年新目标来了",
                                     "国家卫健委5日发布《健康儿童行动提升计划(2021—2025年)》,提出系列目标:到2025年,新生儿死亡率、"
                                     "婴儿死亡率和5岁以下儿童死亡率分别控制在3.1‰、5.2‰和6.6‰以下;6个月内婴儿纯母乳喂养率达到50%以上;"
                                     "5岁以下儿童生长迟缓率控制在5%以下。"))
    assert [(i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [
        ("新生儿死亡率", "<=", 3.1, "‰"), ("婴儿死亡率", "<=", 5.2, "‰"), ("5岁以下儿童死亡率", "<=", 6.6, "‰"),
        ("6个月内婴儿纯母乳喂养率", ">=", 50, "%"), ("5岁以下儿童生长迟缓率", "<=", 5, "%")]


# blind167, 西安 乡村振兴 三年行动方案 (a plan): the year's tasks written as 一是…;二是… after 2019年任务:
def test_pattern_10_a_plans_year_tasks_state_its_targets():
    ext = extract_document(_document("行动方案.docx", "docx", "西安市乡村振兴三年(2019—2021年)行动方案",
                                     ("heading", "二、主要工作和目标任务"),
                                     "城乡规划统一编制,科学确定村庄的布局与规模。2019年任务:一是完成村庄分类工作;二是对已编制完成的村庄规划"
                                     "进行评估,评估率达到50%;三是完成新编制村庄规划144个、修编村庄规划518个,行政村规划编制率达到100%。"))
    # the counts to reach with no operator (新编制…144个、修编…518个) are targets too since the thirty-fourth session, as
    # the part's writer lists them
    assert [(i.name, i.operator, i.value) for i in ext.indicators] == [
        ("评估率", ">=", 50), ("完成新编制村庄规划", "=", 144), ("修编村庄规划", "=", 518), ("行政村规划编制率", ">=", 100)]
