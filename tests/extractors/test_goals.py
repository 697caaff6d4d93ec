"""Goals from fields, form tables, goal sections and inline labels, with their targets."""
from __future__ import annotations

import pytest

from extractor.document import DocumentBuilder
from extractor.extractors.goals import _label_kind, extract_goals, goal_kind, goals_in_table, split_items, targets_in


def test_goal_kind_labels():
    assert goal_kind("中期目标（2023-2025年）") == "中期目标"
    assert goal_kind("实施期目标") == "中期目标"
    assert goal_kind("年度总体目标") == "年度目标"
    assert goal_kind("（二）具体目标") == "具体目标"
    assert goal_kind("绩效目标完成情况") is None
    assert goal_kind("*年度总体绩效目标") == "年度目标"  # a required-field mark before the label (岳阳楼区 form)
    assert goal_kind("项目目标") == "目标"  # 自评报告 of 临城县 (blind corpus): 项目目标：实施…道路建设，改善…
    # labels of target forms and plans beyond the 88号 template
    assert goal_kind("年度工作目标") == "年度目标"
    assert [goal_kind(t) for t in ("预期绩效目标：", "二、目标任务", "项目建设目标", "建设目标")] == ["目标"] * 4
    assert goal_kind("目标任务完成情况") is None and goal_kind("建设目标完成情况") is None
    # 南岳区 雨露计划 form: 中长期绩效\n目标, 本年度绩效\n目标
    assert goal_kind("中长期绩效\n目标") == "中期目标" and goal_kind("本年度绩效\n目标") == "年度目标"


def test_numbered_items_split():
    assert split_items("目标1：建成平台；目标2：培训300人次。") == ["建成平台", "培训300人次"]
    assert split_items("1.上线系统；2.接入部门20个") == ["上线系统", "接入部门20个"]
    assert split_items("全年完成改造任务") == ["全年完成改造任务"]


def test_targets_with_operator_unit_deadline():
    targets = targets_in("到2025年，政务服务事项网上可办率达到95%以上，培训不少于500人次")
    assert [(t.operator, t.value, t.unit) for t in targets] == [(">=", 95.0, "%"), (">=", 500.0, "人次")]
    assert targets[0].metric == "政务服务事项网上可办率"
    assert targets[0].deadline and "2025" in targets[0].deadline


def test_vague_goal_is_unquantified():
    assert targets_in("进一步提升政务服务效率，持续优化营商环境") == []


def form_doc():
    b = DocumentBuilder("form.xlsx", "xlsx")
    b.add("field", "项目名称：智慧社区", label="项目名称", value="智慧社区", sheet="Sheet1")
    b.add("table", "", sheet="Sheet1", rows=[
        ["总体目标", "中期目标（2023-2025年）", "中期目标（2023-2025年）", "年度目标"],
        ["总体目标", "建成社区服务平台，覆盖社区不少于120个", "建成社区服务平台，覆盖社区不少于120个", "2023年底前接入社区40个，居民满意度≥90%"],
    ])
    b.add("table", "", sheet="Sheet2", rows=[
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["年度总体目标", "完成平台一期上线，注册用户达到5万人", "平台一期已于11月上线，注册用户5.2万人"],
    ])
    return b.build(pages=1)


def test_goals_in_form_tables_with_actual_text():
    goals = extract_goals(form_doc())
    kinds = [(g.kind, g.quantified) for g in goals]
    assert ("中期目标", True) in kinds and ("年度目标", True) in kinds
    mid = next(g for g in goals if g.kind == "中期目标")
    assert mid.targets[0].value == 120 and mid.targets[0].operator == ">="
    yearly = next(g for g in goals if g.actual_text)
    assert yearly.kind == "年度目标" and "5.2万人" in yearly.actual_text
    assert all(g.refs for g in goals)


def test_goal_section_under_heading_and_inline_label():
    b = DocumentBuilder("plan.txt", "text")
    b.add("heading", "二、工作目标", level=1)
    b.add("list_item", "1.到2024年底，建成区级数据共享平台1个。")
    b.add("list_item", "2.进一步提高群众满意度。")
    b.add("heading", "三、主要任务", level=1)
    b.add("paragraph", "一是加强统筹。")
    b.add("paragraph", "总体目标：用三年时间实现全区学校宽带接入率100%。")
    goals = extract_goals(b.build(pages=1))
    assert [(g.kind, g.quantified) for g in goals] == [("具体目标", True), ("具体目标", False), ("任务目标", False), ("总体目标", True)]
    assert goals[0].text.startswith("到2024年底")
    assert goals[0].targets[0].operator == "="  # a bare count is an exact target
    assert goals[3].targets[0].value == 100 and goals[3].targets[0].unit == "%"


def test_goal_label_merged_over_numbered_rows():
    b = DocumentBuilder("targets.xlsx", "xlsx")
    b.add("table", "", sheet="Sheet1", rows=[
        ["资金总额（万元）", "资金总额（万元）", "420"],
        ["年度绩效目标", "目标1", "组织传承人带徒授艺，带徒人数不少于20人。"],
        ["年度绩效目标", "目标2", "开展进校园活动120场以上。"],
        ["年度绩效目标", "目标3", "建设传统工艺工作站3个。"],
    ])
    goals = extract_goals(b.build(pages=1))
    assert [(g.kind, g.text, g.quantified) for g in goals] == [
        ("年度目标", "组织传承人带徒授艺，带徒人数不少于20人。", True),
        ("年度目标", "开展进校园活动120场以上。", True),
        ("年度目标", "建设传统工艺工作站3个。", True),
    ]


def test_label_rows_with_their_own_text_are_not_a_header_above_the_next_row():
    # "总体目标 │ 年度目标（2025年） │ text" followed by the indicator header: the indicator header is no goal text
    rows = [
        ["总体目标", "实施期目标（2024—2026年）", "到2026年底建成区域应急物资储备库3个，储备品类不少于40类。"],
        ["总体目标", "年度目标（2025年）", "2025年建成县级应急物资储备库1个，储备品类不少于30类。"],
        ["三级指标", "指标值（含单位）", "一级指标", "二级指标", "分值"],
        ["新建县级储备库", "=1个", "产出指标", "数量指标", "10"],
    ]
    found = goals_in_table(rows)
    assert [(kind, text[:8]) for kind, text, _ in found] == [("中期目标", "到2026年底建"), ("年度目标", "2025年建成县")]


def test_evaluation_framework_row_under_an_indicator_header_is_no_goal():
    rows = [
        ["一级指标", "二级指标", "三级指标", "分值", "得分"],
        ["决策", "绩效目标", "绩效目标合理性", "4", "3"],
        ["决策", "绩效目标", "绩效指标明确性", "4", "2.5"],
    ]
    assert goals_in_table(rows) == []


def test_inline_project_goal_label_in_a_report_paragraph():
    b = DocumentBuilder("report.txt", "text")
    b.add("heading", "二、项目安排情况", level=1)
    b.add("paragraph", "项目目标：实施农村道路建设，改善项目村群众出行条件。")
    goals = extract_goals(b.build(pages=1))
    assert [(g.kind, g.text) for g in goals] == [("目标", "实施农村道路建设，改善项目村群众出行条件。")]


def test_run_in_goal_heading_ending_with_a_full_stop_opens_its_goal():
    # 宣城市 project description: numbered run-in headings end with 。 (（5）项目内容。… （7）绩效目标。…)
    b = DocumentBuilder("plan.docx", "docx")
    b.add("paragraph", "（5）项目内容。组织招商引资活动，承担客商接待和洽谈。")
    b.add("paragraph", "（7）绩效目标。完成年度招商引资、文明创建等各项工作任务。")
    b.add("paragraph", "绩效目标完成情况良好。")  # a label inside a longer word is no run-in heading
    goals = extract_goals(b.build(pages=1))
    assert [(g.kind, g.text) for g in goals] == [("目标", "完成年度招商引资、文明创建等各项工作任务。")]


def test_goal_labels_side_by_side_with_their_texts_below_read_every_half():
    # 东莞市 target form: 总体目标 labels the block; 中期滚动目标 (with its period) and 年度目标 head the halves
    rows = [["总体目标", "中期滚动目标（2019年--2021年）", "中期滚动目标（2019年--2021年）", "年度目标", "年度目标"],
            ["总体目标", "新建或改造道路共29个项目，规划里程169公里。", "新建或改造道路共29个项目，规划里程169公里。",
             "完成勘察设计费结算532万元。", "完成勘察设计费结算532万元。"]]
    assert list(dict.fromkeys((kind, text) for kind, text, _ in goals_in_table(rows))) == [  # merged cells repeat
        ("中期目标", "新建或改造道路共29个项目，规划里程169公里。"), ("年度目标", "完成勘察设计费结算532万元。")]


def test_a_project_total_goal_column_beside_the_annual_one_is_read():
    # 兵团 target form: 项目绩效目标 labels the block, 项目总目标 │ 年度总体目标 head two columns
    rows = [["项目绩效目标", "项目总目标", "年度总体目标"],
            ["项目绩效目标", "建成保鲜库1座（3550平方米）。", "2021年完成保鲜库钢构主体安装和封顶。"]]
    assert [(kind, text) for kind, text, _ in goals_in_table(rows)] == [
        ("总体目标", "建成保鲜库1座（3550平方米）。"), ("年度目标", "2021年完成保鲜库钢构主体安装和封顶。")]


def test_a_total_goal_label_opening_the_row_labels_the_block():
    # the other side: 总体目标 in the first column is the block's label, not a column of its own
    rows = [["总体目标", "中期目标", "年度目标"], ["总体目标", "建成道路12公里。", "完成道路4公里。"]]
    assert [kind for kind, _, _ in goals_in_table(rows)] == ["中期目标", "年度目标"]


def test_department_goal_label():
    # 天津 sanitation target form (PDF): 部门绩效目标 heads the department's goals
    assert goal_kind("部门绩效目标") == "年度目标"
    assert goal_kind("部门绩效目标完成情况") is None


@pytest.mark.parametrize("text, expected", [
    ("到2025年底，新建站点", "新建站点"), ("2025年前完成", "完成"), ("截至2024年末累计", "累计"), ("2025年内", ""),
    ("在2025年，", ""), ("至2025年底前新建", "新建"), ("2025年，，", "，"),
    # the engine's deadline is stripped whole (the old pattern left "12月底前，" and "度，")
    ("2025年12月底前，建成", "建成"), ("于2025年度，", ""), ("年底前建成", "建成"), ("3月底前建成", "建成"),
    ("新建2025年站点", "新建2025年站点"), ("20250个", "20250个"), ("建成站点", "建成站点"), ("", ""),
])
def test_a_target_without_the_deadline_it_starts_with(text, expected):
    from extractor.extractors.goals import _without_lead_time

    assert _without_lead_time(text) == expected


def test_a_target_named_without_the_deadline_before_it():
    found = [(t.metric, t.value, t.unit, t.deadline) for text in ("到2025年底前新建站点30个", "2025年内完成改造道路12公里",
                                                                   "截至2024年末累计培训500人次")
             for t in targets_in(text)]
    assert found == [("新建站点", 30.0, "个", "2025年底前"), ("完成改造道路", 12.0, "公里", "2025年"),
                     ("累计培训", 500.0, "人次", "2024年末")]


def test_goal_labels_of_the_eleventh_and_twelfth_blind_parts():
    # 潘集区 project description (run-in 绩效目标和指标。), 芦山县 report (本项目总体绩效目标为…, no colon)
    b = DocumentBuilder("report.docx", "docx")
    b.add("paragraph", "（5）绩效目标和指标。帮助困难家庭的孩子解决上学难，确保入学有保障。")
    b.add("paragraph", "（6）绩效目标和指标：（见该项目绩效目标表）")  # a pointer to the form, no goal
    b.add("paragraph", "资金已拨付。本项目总体绩效目标为治理水土流失面积1429.39hm，其中坡改梯25.26hm。")
    b.add("paragraph", "各单位以绩效目标为导向，加强管理。")  # 以…为: no label of the project
    goals = extract_goals(b.build(pages=1))
    assert [(g.kind, g.text) for g in goals] == [
        ("目标", "帮助困难家庭的孩子解决上学难，确保入学有保障。"),
        ("总体目标", "治理水土流失面积1429.39hm，其中坡改梯25.26hm"),
    ]


def test_a_sub_heading_inside_a_goal_section_separates_its_goals():
    # a heading below the section's level is a title: the texts before and after it are two goals, not one; a
    # heading of the section's level (or without a level) ends the section
    b = DocumentBuilder("plan.docx", "docx")
    b.add("heading", "二、工作目标", level=1)
    b.add("paragraph", "建成区级数据共享平台1个")
    b.add("heading", "（一）人员培训", level=2)
    b.add("paragraph", "培训业务骨干100人次")
    b.add("heading", "三、保障措施", level=None)
    b.add("paragraph", "加强组织领导")
    assert [g.text for g in extract_goals(b.build(pages=1))] == ["建成区级数据共享平台1个", "培训业务骨干100人次"]


def test_the_goal_labels_of_a_chongqing_department_self_evaluation():
    # blind21 重庆 forms: 年初绩效目标 ×2 │ 全年(调整)绩效目标 ×4 │ 全年目标实际完成情况, the texts on the row below; the
    # 年初 text may be 无 (科学城融媒体中心), then the adjusted one is the goal
    assert [goal_kind(t) for t in ("年初绩效目标", "全年(调整)绩效目标", "全年（调整）绩效目标")] == ["年度目标"] * 3
    label = ["当年绩效目标", "年初绩效目标", "年初绩效目标", "全年(调整)绩效目标", "全年(调整)绩效目标", "全年目标实际完成情况"]
    text = "整合各级各类媒体和宣传宣讲活动，营造良好氛围；保障融媒体中心的人员和日常运转。"
    found = goals_in_table([label, ["当年绩效目标", "无", "无", text, text, "已完成全年宣传任务"]])
    assert {t for _, t, _ in found} == {text}  # "无" is no goal; the two cells of one text are one goal once read


def test_the_expected_total_goal_of_an_evaluation_report():
    # blind18 扬子洲镇: 二、项目预期目标 / （一）项目预期总目标 / text / （二）项目预期阶段性目标 / 无阶段性目标
    assert [goal_kind(t) for t in ("（一）项目预期总目标", "预期总目标", "总目标")] == ["总体目标"] * 3
    assert goal_kind("总目标完成情况") is None
    b = DocumentBuilder("report.docx", "docx")
    for kind, text in (("heading", "二、项目预期目标"), ("heading", "（一）项目预期总目标"),
                       ("paragraph", "全镇防汛工作有序开展，保障全镇安全度汛。"), ("heading", "（二）项目预期阶段性目标"),
                       ("paragraph", "年度防汛工作，无阶段性目标。")):
        b.add(kind, text, level=1 if text.startswith("二") else 2 if kind == "heading" else None)
    goals = extract_goals(b.build(pages=1))
    assert ("总体目标", "全镇防汛工作有序开展，保障全镇安全度汛。") in [(g.kind, g.text) for g in goals]


def test_special_fund_goal_labels_in_a_form_table():
    # 永兴县 target form: 专项长期绩效目标 / 专项年度绩效目标 label the goal rows
    rows = [["专项长期绩效目标", "到2020年前将生猪死亡率控制在4%以下。", "到2020年前将生猪死亡率控制在4%以下。"],
            ["专项年度绩效目标", "使生猪死亡率在现有基础上下降0.5个百分点。", "使生猪死亡率在现有基础上下降0.5个百分点。"]]
    assert [(kind, text) for kind, text, _ in goals_in_table(rows)] == [
        ("中期目标", "到2020年前将生猪死亡率控制在4%以下。"), ("年度目标", "使生猪死亡率在现有基础上下降0.5个百分点。")]


def test_a_number_inside_a_quoted_name_is_no_target_of_the_goal():
    # 六安市 report: 开展“社区一家亲”系列活动 names an activity (no 1 家); a count outside the quotes stays a target
    assert targets_in("通过项目实施，开展“社区一家亲”系列活动，提升百姓幸福指数。") == []
    assert [(t.value, t.unit) for t in targets_in("建成“15分钟生活圈”3个。")] == [(3, "个")]


def test_goal_cells_and_labels_of_the_fourteenth_blind_part():
    # 芜湖市 申报明细表: 项目绩效目标（含项目概况、设立依据、必要性及预期目标）holds the context before the goal;
    # 旌德县 report: 本项目总体的绩效目标是… (a 的 inside the label, 是 for 为)
    context = ("项目概况：用于开展特殊人群病种筛查工作。\n项目立项依据：《传染病防治法》等\n"
               "必要性：新老传染病持续威胁群众健康，必须持续做好筛查监测。\n预期目标：依法做好防控工作，筛查人数不少于2000人。")
    rows = [["项目名称", "特殊人群病种筛查经费"], ["项目绩效目标（含项目概况、设立依据、必要性及预期目标）", context]]
    b = DocumentBuilder("form.xlsx", "xlsx")
    b.add("table", "", page=1, rows=rows)
    b.add("paragraph", "本项目总体的绩效目标是169处农村饮水工程维修养护，覆盖服务人口4.52（万人）。")
    b.add("paragraph", "用于开展特殊人群病种筛查工作，依据：《传染病防治法》。")  # no context label opening it: as it is
    # 秀英区 report: the project named before the label
    b.add("paragraph", "（二）海口市秀英区水务局2022年衔接资金项目绩效目标为做好西秀镇龙头田洋产业农业灌溉用水的工作。")
    b.add("paragraph", "各单位以项目绩效目标为导向，加强管理。")  # a guide of the work, no goal
    goals = extract_goals(b.build(pages=1))
    assert [(g.kind, g.text) for g in goals] == [
        ("目标", "依法做好防控工作，筛查人数不少于2000人。"),
        ("总体目标", "169处农村饮水工程维修养护，覆盖服务人口4.52（万人）"),
        ("目标", "做好西秀镇龙头田洋产业农业灌溉用水的工作"),
    ]


def test_a_batch_of_something_is_no_target_of_the_goal():
    # 海南 会展 goal (blind17): 培育一批…品牌会展项目 counts nothing; two batches or one named item still count
    assert targets_in("培育一批具有影响力的品牌会展项目") == []
    assert [(t.value, t.unit) for t in targets_in("培育两批品牌会展项目")] == [(2, "批")]
    assert [(t.value, t.unit) for t in targets_in("完成一项改造")] == [(1, "项")]


def test_the_kind_of_a_label_with_a_word_before_it_or_a_de_inside():
    assert _label_kind("总体的绩效目标") == "总体目标"
    assert _label_kind("的年度目标") == "年度目标"
    assert _label_kind("总体年度目标") == "年度目标"  # no label of its own: the label it ends with


def test_a_label_inside_a_paragraph_takes_the_numbered_sentences_after_it():
    # 青川县司法局 自评报告 (blind23): 绩效目标：一是…。二是…。三是…。 in the paragraph that states the money
    b = DocumentBuilder("report.docx", "docx")
    b.add("paragraph", "中央下达资金预算150万元。绩效目标：一是提升全民法治素养。二是为困难当事人提供无偿法律服务。"
                       "三是规范司法所建设。其余资金按规定管理。")
    texts = [g.text for g in extract_goals(b.build(pages=1))]
    assert texts == ["提升全民法治素养", "为困难当事人提供无偿法律服务", "规范司法所建设"]


def test_a_run_in_label_after_an_ascii_bracketed_number():
    # 金寨县司法局 project description (blind22): (7)绩效目标:1.…。2.…。 as one list item
    b = DocumentBuilder("form.docx", "docx")
    b.add("list_item", "(6)年度预算安排:财政预算内拨款安排50.00万元。")
    b.add("list_item", "(7)绩效目标:1.开展法治宣传教育,提高法治宣传教育水平。2.组织行政应诉业务培训,依法办理行政复议案件。")
    texts = [g.text for g in extract_goals(b.build(pages=1))]
    assert texts == ["开展法治宣传教育,提高法治宣传教育水平", "组织行政应诉业务培训,依法办理行政复议案件"]


def test_expected_goals_beside_a_target_actual_header():
    # 宁德市地震局 部门整体自评表 (blind24): 年度总体目标完成情况 │ 预期目标 │ 目标实际完成情况
    rows = [["年度总体目标完成情况", "预期目标", "预期目标", "目标实际完成情况", "目标实际完成情况"],
            ["年度总体目标完成情况", "加强单位效能建设，推动全市防震减灾事业健康发展。", "加强单位效能建设，推动全市防震减灾事业健康发展。",
             "完成年度目标", "完成年度目标"]]
    assert goals_in_table(rows) == [("年度目标", "加强单位效能建设，推动全市防震减灾事业健康发展。", "完成年度目标")]


def test_a_run_in_label_after_an_ascii_bracketed_chinese_number():
    # 中方县司法局 自评报告 (blind25): (二)项目绩效目标。加强…
    b = DocumentBuilder("report.docx", "docx")
    b.add("list_item", "(一)项目概况。该经费是省级下拨的专项资金。")
    b.add("list_item", "(二)项目绩效目标。加强社会主义法治文化建设，本年度全县乡镇村矛盾化解工作。")
    assert [g.text for g in extract_goals(b.build(pages=1))] == ["加强社会主义法治文化建设，本年度全县乡镇村矛盾化解工作。"]


def test_a_goal_headed_by_a_bracketed_label_inside_a_cell():
    # 黄山市公安局 budget disclosure (blind27): 【总体目标】 then the indicator list in the same cell
    rows = [["单位编码", "单位名称", "年度预算安排", "绩效目标"],
            ["037001", "机房租赁服务采购项目", "1681680",
             "【总体目标】\n让机房租赁不断档，设备保持运转。\n【产出指标-数量指标】\n指标1:机柜数量(≥77台)"]]
    assert goals_in_table(rows) == [("总体目标", "让机房租赁不断档，设备保持运转。", None)]
