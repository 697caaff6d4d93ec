"""Patterns of the forty-second session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from extractor import check, parse
from extractor.extractors import extract_document
from tests.extractors.test_form_patterns import write_xlsx
from tests.extractors.text_docs import mixed_document, plan_extraction, target_rows


# blind252, 广水 林业局 年度目标: headings naming a field's targets (一、绿色发展目标), each over numbered targets whose
# numbering runs on from section to section (二、… │ 5.…); a line stating no figure is a goal, no indicator
def test_pattern_10_a_fields_heading_over_numbered_targets_groups_them(tmp_path):
    ext = extract_document(mixed_document(
        "目标.docx", "docx", "某县林业局年度工作目标",
        ("heading", "一、绿色发展目标"),
        ("list_item", "1.完成植树造林0.5万亩,其中村庄绿化0.1万亩。"),
        ("list_item", "2.林业育苗面积300亩。"),
        ("heading", "二、资源管理目标"),
        ("list_item", "3.破坏森林资源案件查处率达到95%以上。"),
        ("list_item", "4.完成年度森林督查工作。")))
    assert target_rows(ext) == [("植树造林", "=", 0.5, "万亩"), ("村庄绿化", "=", 0.1, "万亩"),
                                ("林业育苗面积", "=", 300.0, "亩"), ("破坏森林资源案件查处率", ">=", 95.0, "%")]
    assert [i.level1_text for i in ext.indicators] == ["绿色发展目标"] * 3 + ["资源管理目标"]
    assert [(g.kind, g.text) for g in ext.goals][-1] == ("资源管理目标", "完成年度森林督查工作。")
    # a heading over prose, not over numbered lines, is no field's list of targets
    prose = extract_document(mixed_document(
        "目标.docx", "docx", "某县林业局年度工作目标", ("heading", "一、绿色发展目标"),
        "全县森林覆盖率稳步提高,林业产业持续发展,生态环境进一步改善,绿色发展理念深入人心。"))
    assert prose.indicators == []


# blind252, 蓟县 森林资源目标责任制: a paragraph announcing the targets (到2015年,全县林业工作责任目标如下:), then each (一)
# section states several of them in running text
def test_pattern_10_targets_announced_then_stated_in_titled_sections(tmp_path):
    ext = extract_document(mixed_document(
        "通知.docx", "docx", "关于实行保护发展森林资源目标责任制的通知",
        ("heading", "一、责任目标"),
        "到2015年,全县林业工作责任目标如下:",
        ("list_item", "(一)森林资源总量。森林覆盖率达到50%,林木绿化率达到53.5%。"),
        ("list_item", "(二)森林防火。防控面积为90万亩,火灾扑救率达到100%。")))
    assert target_rows(ext) == [("森林覆盖率", ">=", 50.0, "%"), ("林木绿化率", ">=", 53.5, "%"),
                                ("防控面积", "=", 90.0, "万亩"), ("火灾扑救率", ">=", 100.0, "%")]
    # each section is a goal; the paragraph announcing them is none
    assert [g.text[:6] for g in ext.goals] == ["森林资源总量", "森林防火。防"]


# blind251, 重庆 城市照明 考评标准: 考评项目 │ 考评内容 │ 分值, the group's 3分 merged down its rows in the 分值 column, as its
# label is: the group weighs the points, no row does
def test_pattern_9_points_merged_over_a_group_weigh_the_group_not_each_row(tmp_path):
    rows = [["序号", "考评项目", "考评内容", "分值", "评分标准", "得分"],
            [1, "城市照明设施建设管理", "城市道路照明设施设置规范,照明效果好。", "3分", "不符合要求一处扣0.3分", None],
            [1, "城市照明设施建设管理", "主、次干道路灯装灯率≥99%。", "3分", "每下降1%扣0.3分", None],
            [2, "城市照明设施维护管理", "灯杆上禁止张挂、张贴广告宣传品。", "4分", "不符合要求一处扣0.2分", None],
            [2, "城市照明设施维护管理", "城市道路照明架空线按要求下地。", "4分", "不符合要求一处扣0.2分", None]]
    merged = ("A2:A3", "B2:B3", "D2:D3", "A4:A5", "B4:B5", "D4:D5")
    ext = extract_document(parse(write_xlsx(tmp_path / "score.xlsx", rows, merges=merged)))
    assert [(i.level1_text, i.weight) for i in ext.indicators] == [
        ("城市照明设施建设管理(3分)", None), ("城市照明设施建设管理(3分)", None),
        ("城市照明设施维护管理(4分)", None), ("城市照明设施维护管理(4分)", None)]
    # each row's own points, not merged, stay the rows'
    own = extract_document(parse(write_xlsx(tmp_path / "own.xlsx", rows, merges=("A2:A3", "B2:B3", "A4:A5", "B4:B5"))))
    assert [i.weight for i in own.indicators] == [3.0, 3.0, 4.0, 4.0]


# blind255, 河池 基层应急管理工作考核评分表: the page opens at the header row, which names only 基本分 │ 考核分, the cells over
# the groups, the numbers and the requirements left blank; the bonus rules (奖罚分) after the items are no indicators
def test_pattern_5_a_header_naming_only_the_points_over_requirement_sentences(tmp_path):
    rows = [[None, None, None, "基本分", "考核分"],
            ["工作部署情况 10分", 1, "认真落实上级有关应急管理工作的文件精神。", 5, None],
            ["工作部署情况 10分", 2, "对应急管理工作作出部署。", 5, None],
            ["应急管理体制建设 5分", 3, "成立应急管理领导机构。", 5, None],
            ["奖罚分", 4, "工作成效显著、被上级机关推广的,国家级加10分。", None, None]]
    ext = extract_document(parse(write_xlsx(tmp_path / "kaohe.xlsx", rows, merges=("A2:A3",))))
    assert [(i.level1_text, i.name[:8], i.weight) for i in ext.indicators] == [
        ("工作部署情况 10分", "认真落实上级有关", 5.0), ("工作部署情况 10分", "对应急管理工作作", 5.0),
        ("应急管理体制建设 5分", "成立应急管理领导", 5.0)]


# blind257, 首位产业 考评计分表 and 产业专班 评分细则: 指标 │ 分值 │ 计分办法 (│ 考评部门), no level column; the 加分项 rows
# after the indicators are bonus rules
def test_pattern_5_a_scoring_sheet_by_its_indicators_with_a_scoring_method(tmp_path):
    rows = [["序号", "指标", "分值", "计分办法"],
            [1, "牵头产业新引进省外亿元项目数量", "30分", "按时序目标进度完成情况得分。"],
            [2, "牵头产业项目当年实际到位资金", "20分", "按进度完成比例计分。"],
            [3, "加分项", "每举办1次招商推介会加3分", "每举办1次招商推介会加3分"]]
    ext = extract_document(parse(write_xlsx(tmp_path / "pingfen.xlsx", rows)))
    assert [(i.name, i.weight) for i in ext.indicators] == [
        ("牵头产业新引进省外亿元项目数量", 30.0), ("牵头产业项目当年实际到位资金", 20.0)]


# blind258, 江苏 全球基金 结核病项目 指标: 指标名称 │ 值/率 │ 2010 over Q3 │ 2010 over Q4 │ 2011 over Q1 …, one target a quarter
def test_pattern_6_one_target_column_a_quarter_gives_the_first_quarters(tmp_path):
    rows = [["指标名称", "值/率", "2010", "2010", "2011", "2011"],
            ["指标名称", "值/率", "Q3", "Q4", "Q1", "Q2"],
            ["流动人口中新涂阳肺结核患者丢失率", "率", "<15%", "<15%", "<14%", "<14%"],
            ["流动人口中转出患者到位反馈率", "率", "55%", "55%", "60%", "60%"]]
    ext = extract_document(parse(write_xlsx(tmp_path / "tb.xlsx", rows, merges=("A1:A2", "B1:B2", "C1:D1", "E1:F1"))))
    assert target_rows(ext) == [("流动人口中新涂阳肺结核患者丢失率", "<", 15.0, "%"), ("流动人口中转出患者到位反馈率", "=", 55.0, "%")]
    assert not ext.warnings


# blind254, 西藏 双创 自评表: a form left mostly blank, three rows of its 指标值 column filled with 提升 alone; that is a vague
# target, not a label merged down the column, and the rows left blank miss their values
def test_pattern_8_a_change_verb_alone_under_the_value_header_is_a_vague_target(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "指标值", "完成值"],
            ["产出指标", "数量指标", "入驻企业数量", None, None],
            ["产出指标", "质量指标", "地方科研基础能力", "提升", "提升"],
            ["产出指标", "质量指标", "科技创新创业服务机构服务水平", "提升", "提升"],
            ["效益指标", "社会效益指标", "带动脱贫人数", None, None]]
    ext = extract_document(parse(write_xlsx(tmp_path / "ziping.xlsx", rows)))
    assert [i.target_text or None for i in ext.indicators] == [None, "提升", "提升", None]
    findings = {(f.rule, f.item) for f in check(ext)}
    assert ("target.missing_value", "ind1") in findings and ("target.vague_wording", "ind2") in findings


# blind254, 南县 就业服务中心 自评报告: (二)绩效目标设定及指标完成情况 over the goal paragraph; a total's 其中 parts before a
# stated 完成率 are no plan and what was done of it
def test_pattern_10_a_goal_under_its_setting_heading_and_parts_before_a_rate(tmp_path):
    ext = extract_document(mixed_document(
        "自评报告.docx", "docx", "南县就业服务中心2024年绩效自评报告",
        ("heading", "(二)绩效目标设定及指标完成情况"),
        "以实现高质量充分就业为目标,确保资金及时拨付到位,扎实推进各项工作。",
        ("heading", "(三)部门整体支出概况"),
        "一般公共财政拨款预算支出为165.16万元(其中社会保障和就业支出156.88万元,卫生健康支出8.28万元),完成率为100%。"))
    assert [g.text[:8] for g in ext.goals] == ["以实现高质量充分"]
    assert not [f for f in ext.facts if f.stated_rate is not None and f.planned == 156.88]


# blind258, 科左中旗 艾滋病防治规划: names listed with 、 (and 和) before 均 share the one target after it
def test_pattern_10_names_sharing_one_target(tmp_path):
    ext = plan_extraction("科左中旗遏制艾滋病传播实施方案", ("heading", "二、工作目标"),
                          "到2025年,居民艾滋病防治知识知晓率达到90%以上;重点人群防治知识知晓率、感染者权利义务知晓率均达到95%以上。")
    assert target_rows(ext) == [("居民艾滋病防治知识知晓率", ">=", 90.0, "%"), ("重点人群防治知识知晓率", ">=", 95.0, "%"),
                                ("感染者权利义务知晓率", ">=", 95.0, "%")]


# blind257, 绍兴 工业转型升级 考核指标: 分类 │ 指标 │ 权重 │ 基准值(%) │ 完成值(%), the groups written 规模指标(10): a group with
# its points in a bare bracket, not the only column of quantities
def test_pattern_4_groups_with_points_in_a_bare_bracket_are_no_values(tmp_path):
    rows = [["分类", "指标", "权重", "基准值(%)", "完成值(%)"],
            ["规模指标(10)", "规模以上工业主营业务收入增长", 5, None, None],
            ["规模指标(10)", "工业投入总量及结构优化", 5, None, None],
            ["效益指标(8)", "规模以上工业销售利税率", 8, None, None]]
    ext = extract_document(parse(write_xlsx(tmp_path / "zhibiao.xlsx", rows, merges=("A2:A3",))))
    assert [(i.level1_text, i.value, i.weight) for i in ext.indicators] == [
        ("规模指标(10)", None, 5.0), ("规模指标(10)", None, 5.0), ("效益指标(8)", None, 8.0)]


# blind259, 望城 专项资金绩效目标申报表: the reviewers' rows under the indicators (主管部门审核意见 │ 年月日(盖章), 财政部门审核意见
# │ 预算科 │ 年月日(盖章)) are signature rows, no indicators
def test_pattern_8_the_reviewers_opinion_rows_are_signatures(tmp_path):
    rows = [["专项年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值"],
            ["专项年度绩效指标", "产出指标", "质量指标", "行政区域内政府网站合格达标,未被通报。", None],
            ["主管部门审核意见", "主管部门审核意见", "年月日 (盖章)", "年月日 (盖章)", "年月日 (盖章)"],
            ["财政部门审核意见", "预算科", "年月日 (盖章)", "年月日 (盖章)", "年月日 (盖章)"]]
    ext = extract_document(parse(write_xlsx(tmp_path / "mubiao.xlsx", rows)))
    assert [i.name for i in ext.indicators] == ["行政区域内政府网站合格达标,未被通报。"]


# blind262, 中小学体育工作督导评估指标体系: 一级 │ 二级 │ 三级 │ 计算公式 │ 备注, each level lettered in turn (A1 │ B3 │ C4), the
# yes/no indicators answered 是/否 in the formula column, the page cut at a code alone (C15)
def test_pattern_5_an_index_system_with_formulas_lettered_by_level(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "计算公式", "备注"],
            ["A1 教育管理", "B1 建立联席会议制度", "C1 是否建立联席会议制度", "是/否", None],
            ["A1 教育管理", "B3落实一小时体育锻炼时间", "C3 体育课开足率", "实际开设的体育课时数/国家规定应开设的体育课时数", None],
            ["A2 条件保障", "B6 体育卫生设施设备", "C15", None, None]]
    ext = extract_document(parse(write_xlsx(tmp_path / "tixi.xlsx", rows)))
    assert [(i.level1_text, i.name) for i in ext.indicators] == [
        ("A1 教育管理", "是否建立联席会议制度"), ("A1 教育管理", "体育课开足率")]
    assert [f.item for f in check(ext) if f.rule == "target.missing_value"] == ["ind2"]


# blind262, 彩票公益金 提前下达 通知: a line listing the attachments to download (点击下载:1.…预算表2.项目绩效目标表) is no title
def test_pattern_8_an_attachment_list_naming_a_target_form_is_no_title(tmp_path):
    ext = extract_document(mixed_document(
        "通知.docx", "docx", "财政部关于提前下达2022年中央集中彩票公益金支持体育事业专项资金预算的通知",
        "有关省、自治区、直辖市财政厅(局):现将专项资金预算提前下达给你们。",
        "点击下载:1.提前下达专项资金预算表2.项目绩效目标表"))
    assert ext.doc_type != "target_form"
    assert not [f for f in check(ext) if f.rule.startswith("coverage.")]


# blind261, 黄陂 共青团 目标分解表: 考核指标 │ 指标值(达标值/争取值), one cell naming two indicators apart with ；, the value cell
# numbering their targets 1、 2、
def test_pattern_6_names_listed_in_one_cell_with_numbered_targets(tmp_path):
    rows = [["序号", "考核指标", "指标值(达标值/争取值)", "说明"],
            [1, "非公单位团组织新增数;\n社区团组织覆盖率", "1、非公单位团组织增加5个/10个;\n2、社区团组织覆盖率达30%/40%", None],
            [2, "选树市级以上青年典型人次", "推荐获评市级以上青年典型5人次/8人次", None]]
    ext = extract_document(parse(write_xlsx(tmp_path / "fenjie.xlsx", rows)))
    assert [(i.name, i.value) for i in ext.indicators] == [
        ("非公单位团组织新增数", 5.0), ("社区团组织覆盖率", 30.0), ("选树市级以上青年典型人次", 5.0)]


# blind262, 云南 民族团结进步示范区 示范创建方案: a 创建方案 is a plan; its counts written before what they count, one of them a
# part in a bracket (1200个示范村(含200个示范社区)) named by the noun after its count
def test_pattern_10_a_creation_plans_counts_and_a_part_in_brackets(tmp_path):
    ext = plan_extraction("云南省民族团结进步示范区建设示范创建方案", ("heading", "二、目标任务"),
                          "2022—2024年在全省范围内建设不低于:14个民族团结进步示范县;1200个民族团结进步示范村(含200个示范社区)。")
    assert ext.doc_type == "plan"
    assert [(i.name, i.value) for i in ext.indicators] == [
        ("民族团结进步示范县", 14.0), ("民族团结进步示范村", 1200.0), ("示范社区", 200.0)]


# blind264, 渔业项目 绩效自评表: 序号 │ 指标 │ 权重 │ 得分, no level column; not a sheet whose header leaves a column before its
# names unread (blind244 西店 环卫: 类别 │ 指标 │ 检查内容 │ 序号 │ 评分细则 │ 标准分值 │ 得分, one label down its 指标 column)
def test_pattern_5_a_scoring_sheet_weighing_its_indicators_in_percent(tmp_path):
    rows = [["序号", "指标", "权重", "得分"],
            ["1.1", "项目绩效目标是否具体明确?", "25%", None],
            ["1.2", "项目的设计是否避免了重大缺陷?", "25%", None]]
    ext = extract_document(parse(write_xlsx(tmp_path / "ziping.xlsx", rows)))
    assert [(i.name, i.weight) for i in ext.indicators] == [
        ("项目绩效目标是否具体明确?", 25.0), ("项目的设计是否避免了重大缺陷?", 25.0)]
    grouped = [["类别", "指标", "检查内容", "序号", "评分细则", "标准分值", "得分"],
               ["村庄环境卫生45分", "村庄环境", "公共区域18分", 1, "道路两侧有明显垃圾堆积,每发现1处扣0.5分。", 4, None],
               ["村庄环境卫生45分", "村庄环境", "公共区域18分", 2, "绿化带内有白色垃圾,每发现1处扣0.5分。", 3, None]]
    assert extract_document(parse(write_xlsx(tmp_path / "huanwei.xlsx", grouped))).indicators == []
