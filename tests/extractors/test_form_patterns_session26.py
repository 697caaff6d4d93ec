"""Patterns of the twenty-sixth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

import re
from pathlib import Path

from extractor import check, parse
from extractor.extractors import extract_document
from extractor.extractors.sentences import normalise
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


# blind116 and blind123 (大竹 民生实事分解表, 南陵 目标任务分解表): a task table, one task a sentence beside who answers for it
TASKS = (
    ("序号", "民生实事", "责任单位", "完成时限"),
    ("1", "启动建设东柳河城区段综合治理工程和东湖湿地公园。", "县水务局", "12月底前"),
    ("2", "新建2座人行天桥。", "县住建局", "9月投入使用"),
    ("3", "完成棚户区改造2836户。", "县住建局", "12月底前"),
    ("4", "实施新建、改扩建学校重点建设项目12个,其中幼儿园7个、小学4个;新增托位数400个以上。", "县教育局", "12月底前"),
)


def test_pattern_7_a_task_tables_tasks_are_goals_and_their_figures_indicators():
    ext = extract_document(_document("分解表.docx", "docx", "2023年民生实事分解表", TASKS))
    assert [g.text for g in ext.goals] == [normalise(r[1]) for r in TASKS[1:]]
    assert [r[:4] for r in _rows(ext)] == [("人行天桥", "=", 2, "座"), ("棚户区改造", "=", 2836, "户"),
                                           ("学校重点建设项目", "=", 12, "个"), ("新增托位数", ">=", 400, "个")]


def test_pattern_7_a_task_with_a_deadline_is_no_unquantified_goal():
    found = [f.rule for f in check(extract_document(_document("分解表.docx", "docx", "2023年民生实事分解表", TASKS)))]
    assert "goal.unquantified" not in found
    without_deadlines = tuple(r[:3] for r in TASKS)
    found = [f.evidence for f in check(extract_document(_document("分解表.docx", "docx", "民生实事", without_deadlines)))
             if f.rule == "goal.unquantified"]
    assert found == [normalise(TASKS[1][1])]


def test_pattern_7_a_task_column_beside_progress_figures_is_no_task_table():
    """眉山 完成情况表: 目标任务 │ 进度 │ 完成比例 has no column of who answers: the form reader reads it."""
    progress = (("指标", "目标任务", "进度", "完成比例(%)"), ("城镇新增就业(人)", "27800", "52242", "187.9"))
    assert extract_document(_document("完成情况.xlsx", "xlsx", "民生工程完成情况表", progress)).goals == []


# blind121, 江苏 镇江 赛珍珠文化公园 绩效公开表: cut after its first group, 决策 in every row of the 一级 column
DECISION_ROWS = (
    ("一级指标", "二级指标", "三级指标", "全年(程)指标值"),
    ("决策", "项目立项", "立项程序规范性", "规范"),
    ("决策", "项目立项", "立项依据充分性", "充分"),
    ("决策", "绩效目标", "绩效目标合理性", "合理"),
)


def test_pattern_1_one_level_of_the_evaluation_frame_in_every_row_is_the_level():
    ext = extract_document(_document("绩效公开表.docx", "docx", "2024年度项目绩效目标公开表", DECISION_ROWS))
    assert [(i.level1_text, i.level2_text, i.name) for i in ext.indicators] == [
        ("决策", "项目立项", "立项程序规范性"), ("决策", "项目立项", "立项依据充分性"), ("决策", "绩效目标", "绩效目标合理性")]
    names = {i.id: i.name for i in ext.indicators}
    assert [names[f.item] for f in check(ext) if f.rule == "target.qualitative_no_scale"] == [
        "立项程序规范性", "立项依据充分性", "绩效目标合理性"]


def test_pattern_10_a_units_goals_under_their_setting_heading():
    """blind122, 内蒙古 临河区 义务教育补助 自评报告: (二)整体绩效目标情况。 over the goal paragraph."""
    ext = extract_document(_document("自评报告.docx", "docx", "城乡义务教育补助经费自评报告",
                                     ("heading", "(二)整体绩效目标情况。"),
                                     "足额拨付城乡义务教育补助经费,保障全区41所义务教育阶段学校正常运转。"))
    assert [(g.kind, g.text) for g in ext.goals] == [
        ("总体目标", "足额拨付城乡义务教育补助经费,保障全区41所义务教育阶段学校正常运转。")]


def test_pattern_7_a_project_plan_with_its_own_goal_column_is_no_task_table():
    """blind66, 大冶 项目计划安排表: 建设内容 beside 预期绩效目标 and 责任单位: the goals are the goal column's."""
    plan = (("序号", "项目名称", "建设内容", "计划投入资金", "预期绩效目标", "责任单位"),
            ("1", "果蔬特色产业强链重点工程示范项目", "蔬菜加工厂房建设,冷链设备采购,农产品检测中心建设。", "3069.7",
             "建成果蔬生产基地180亩,带动特色产业发展。", "大箕铺镇政府"))
    ext = extract_document(_document("计划安排表.xlsx", "xlsx", "项目计划安排表", plan))
    assert [g.text for g in ext.goals] == ["建成果蔬生产基地180亩,带动特色产业发展。"]


def test_pattern_7_a_progress_table_with_a_lead_unit_is_no_task_table():
    """blind99, 祁门 民生工程 进度表: 目标任务 │ 牵头单位 │ 累计完成 │ 累计进度: the form reader's, no task goals."""
    progress = (("序号", "项目名称", "目标任务", "牵头单位", "累计完成", "累计进度"),
                ("1", "促进重点群体稳定就业", "城镇新增就业1100人", "县人社局", "1063", "96.64%"))
    assert "目标任务" not in [g.kind for g in extract_document(_document("进度表.xlsx", "xlsx", "民生工程进度表", progress)).goals]


def _blocks(*blocks):
    """A DOCX-like document of blocks in order: a string a paragraph, a tuple of rows a table of its own."""
    from extractor.document import DocumentBuilder

    b = DocumentBuilder("评价方案.docx", "docx")
    for block in blocks:
        if isinstance(block, str):
            b.add("paragraph", block, page=1)
        else:
            b.add("table", "", page=1, rows=[list(r) for r in block])
    return b.build(pages=1)


def test_pattern_2_a_header_repeated_after_a_running_page_header_carries_the_levels():
    """blind125, 辽宁 基本公共卫生 评价指标体系: the table breaks at a page, a running page header between, the header
    repeated and the 一级 cell merged down from the page before left empty."""
    header = ("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "指标解释")
    ext = extract_document(_blocks(
        "基本公共卫生服务项目绩效评价实施方案",
        (header, ("项目管理", "26", "资金落实情况", "4", "资金到位率", "2", "实际到位/计划到位*100%")),
        "基本公共卫生服务 项目绩效评价 实施方案        某评估有限公司        15",
        (header, ("", "", "资金管理情况", "10", "资金使用情况", "7", "是否存在支出依据不合规"))))
    assert [(i.level1_text, i.level2_text, i.name) for i in ext.indicators] == [
        ("项目管理(26分)", "资金落实情况(4分)", "资金到位率"), ("项目管理(26分)", "资金管理情况(10分)", "资金使用情况")]


# blind125, 安徽 南陵 公交补贴 评价报告: the template's instruction left above the goal, a rate stated under 指标:
NANLING = (("heading", "(二)部门重点项目绩效目标"), ("heading", "1.项目绩效总体目标"),
           "应根据项目行业发展规划、实施方案等对项目未来一段时间内预期实现的产出、效益、效果等内容进行描述。",
           "面向全县居民提供便捷的公交出行服务,年度内完成乡镇、建制村通客车。",
           ("heading", "2.年度绩效目标(阶段性目标)"), "项目预期产出、效益指标及指标值",
           ("heading", "(1)数量指标"), "指标:乡镇、建制村通公交完成率100%。", ("heading", "(2)质量指标"), "指标:")


def test_pattern_8_a_templates_instruction_is_no_goal_and_an_indicator_line_is_read():
    ext = extract_document(_document("评价报告.docx", "docx", "公交补贴重点项目支出绩效评价报告", *NANLING))
    assert [(g.kind, g.text) for g in ext.goals] == [("总体目标", "面向全县居民提供便捷的公交出行服务,年度内完成乡镇、建制村通客车。")]
    assert [(i.level2, i.name, i.value, i.unit) for i in ext.indicators] == [
        ("数量指标", "乡镇、建制村通公交完成率", 100, "%")]


def test_pattern_10_an_acceptance_notices_list_of_the_targets_it_reached():
    """blind124, 青海 格尔木 帮扶车间 验收公告: 项目绩效目标实现情况: the targets the project was to reach, listed."""
    line = ("项目绩效目标实现情况:补助帮扶车间2家≤70万元, 竣工验收合格率100%,补助资金兑付及时率≥98%,惠及受益人数≥20人,"
            "收益对象满意度≥95%。")
    ext = extract_document(_document("验收公告.docx", "docx", "帮扶车间项目验收公告", "项目验收结果:已验收合格", line))
    assert [r[:4] for r in _rows(ext)][-4:] == [("竣工验收合格率", "=", 100, "%"), ("补助资金兑付及时率", ">=", 98, "%"),
                                               ("惠及受益人数", ">=", 20, "人"), ("收益对象满意度", ">=", 95, "%")]


# blind129, a reposted list of a province's 2023 基本公共卫生 targets: numbered lines, no heading over them
LISTED = ("1.以乡镇(街道)为单位适龄儿童国家免疫规划疫苗接种率≥90%", "2.7岁以下儿童健康服务率≥90%",
          "3.高血压患者管理人数142万人", "4.2型糖尿病患者管理人数63万人", "5.0-36个月儿童中医药健康管理率≥77%",
          "6.社区在册居家严重精神障碍患者健康体检率≥60%(新增)", "7.宫颈癌、乳腺癌筛查目标人群覆盖率较上年提高")


def test_pattern_6_a_numbered_list_of_targets_with_no_heading_gives_one_indicator_a_line():
    ext = extract_document(_document("目标.docx", "docx", "2023-09-22", *LISTED))
    assert [(i.name, i.operator, i.value, i.unit, i.target_text) for i in ext.indicators] == [
        ("以乡镇(街道)为单位适龄儿童国家免疫规划疫苗接种率", ">=", 90, "%", "≥90%"),
        ("7岁以下儿童健康服务率", ">=", 90, "%", "≥90%"),
        ("高血压患者管理人数", "=", 142, "万人", "142万人"),
        ("2型糖尿病患者管理人数", "=", 63, "万人", "63万人"),
        ("0-36个月儿童中医药健康管理率", ">=", 77, "%", "≥77%"),
        ("社区在册居家严重精神障碍患者健康体检率", ">=", 60, "%", "≥60%"),
        ("宫颈癌、乳腺癌筛查目标人群覆盖率", None, None, None, "较上年提高")]


def test_pattern_6_two_numbered_lines_of_a_pdf_stay_apart_when_the_second_reads_as_a_decimal():
    """The same list in its PDF: 2.7岁以下… is item 2 after item 1, not a decimal continuing it."""
    doc = parse(REAL_LAYOUTS / "blind129" / "weizhi-shengji-jbgw-2023mubiao-liebiao.pdf")
    numbers = [m.group(1) for b in doc.blocks if (m := re.match(r"(\d{1,2})\.", b.text))]
    assert numbers == [str(k) for k in range(1, 30)]


def test_pattern_5_an_evaluation_index_list_with_levels_and_nature_but_no_values_is_read():
    """blind131, 城市更新 绩效评价指标 (traditional characters): 序號 │ 一級指標 │ 二級指標 │ 三級指標 │ 指標屬性, no target
    column yet: its rows are indicators with no value (the checker says so), not a table not understood."""
    table = (("序號", "一級指標", "二級指標", "三級指標", "指標屬性"),
             ("1", "產出績效", "城市地下管網更新改造", "城市燃氣、供水、排水、污水、供熱等地下管網改造任務量", "定量"),
             ("2", "產出績效", "城市污水管網建設", "城市主城區實行管網專業企業運行維護", "定量"),
             ("3", "效益績效", "社會效益", "城市居民對城市更新的滿意度", "定量"))
    ext = extract_document(_document("評價指標.xlsx", "xlsx", "城市更新評價指標", table))
    assert [(i.level1_text, i.name, i.value) for i in ext.indicators] == [
        ("产出绩效", "城市燃气、供水、排水、污水、供热等地下管网改造任务量", None),
        ("产出绩效", "城市主城区实行管网专业企业运行维护", None), ("效益绩效", "城市居民对城市更新的满意度", None)]
    assert not [w for w in ext.warnings if w.code == "table_not_understood"]
