"""Patterns of the thirty-fifth session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from extractor.extractors import extract_document
from tests.extractors.text_docs import mixed_document as _document
from tests.extractors.text_docs import plan_extraction
from tests.extractors.text_docs import target_rows as _rows


def _plan(*paragraphs: str):
    return plan_extraction("旅游业发展三年行动方案", *paragraphs)


# blind202, 三门峡 乡村建设行动实施方案 (a news report of it): the deadline of the targets inside the paragraph, after
# the works it names (…行动，到2025年年底前，…); a verb keeping a figure (稳定在) is no part of the name (the place the
# targets are for stays: 全市…, as blind55's and blind112's writers keep 全省…)
def test_pattern_10_a_deadline_inside_a_plans_paragraph_opens_its_targets():
    ext = _plan("三是推进县域内城乡公共服务均等化。实施县域城乡教育服务、公共文化服务均等化行动，到2025年年底前，"
                "全市学前教育三年毛入园率达到95%以上，普惠性幼儿园覆盖率稳定在80%以上。")
    assert _rows(ext) == [("全市学前教育三年毛入园率", ">=", 95, "%"), ("普惠性幼儿园覆盖率", ">=", 80, "%")]


# blind202, 青海 生态旅游 行动方案 and 池州 文旅 行动方案: after the plan's year the figures are what is to be reached,
# with or without an operator, named by what they count where words follow the figure; a grade (5A级) is no figure
# that qualifies the next name; a verb alone (实施7项行动), a code (5G) and a figure of how things stand (现有) are none
def test_pattern_10_figures_after_a_plans_year_are_targets_named_by_what_they_count():
    ext = _plan("根据《行动方案》，到2025年，推出50条生态旅游精品线路，形成30条生态旅游风景道，"
                "力争新增国家5A级旅游景区1家，旅游总收入800亿元，文化和旅游产业增加值占GDP的12%。")
    assert _rows(ext) == [("生态旅游精品线路", "=", 50, "条"), ("生态旅游风景道", "=", 30, "条"),
                          ("新增国家5A级旅游景区", "=", 1, "家"), ("旅游总收入", "=", 800, "亿元"),
                          ("文化和旅游产业增加值占GDP", "=", 12, "%")]
    guard = _plan("二是推进基础设施一体化。实施7项行动，到2025年年底前，乡镇以上区域5G网络全覆盖，"
                  "全县现有行政村120个，农村自来水普及率达到94%，行政村快递物流服务通达率达到100%。")
    assert [name for name, *_ in _rows(guard)] == ["农村自来水普及率", "行政村快递物流服务通达率"]


# blind202, 贵安新区 总体方案 (a news report of it): one name, then the years it is set for and 分别 with a figure a year
def test_pattern_10_one_name_set_for_several_years_with_a_figure_each_is_a_target_a_year():
    ext = _plan("据了解，2025年前建成各类公园50个以上；明确新区绿化覆盖率在2017年、2020年、2025年分别提高到50%、60%、65%。")
    assert [(name, value) for name, _, value, _ in _rows(ext)][-3:] == [
        ("新区绿化覆盖率", 50), ("新区绿化覆盖率", 60), ("新区绿化覆盖率", 65)]


_PROJECTS = (
    ("序号", "项目名称", "资金规模(万元)", "绩效目标", "绩效目标", "绩效目标", "受益对象和联农带农机制"),
    ("序号", "项目名称", "资金规模(万元)", "产出\n指标", "效益\n指标", "满意度\n指标", "受益对象和联农带农机制"),
    ("1", "三尖铺村农机作业服务队项目", "30", "购买旋耕机1台,化肥喷洒无人机1台。", "受益户数≥220户,受益脱贫户数≥20户",
     "脱贫人口满意度≥90%", "资产属村集体所有"),
)


# blind204, 霍山 下符桥镇 扶贫项目实施情况表: one row a project, its targets written out in cells under the levels'
# columns (绩效目标 over 产出指标 │ 效益指标 │ 满意度指标): each cell's targets are rows of that level
def test_pattern_7_a_project_tables_targets_written_under_level_columns_are_rows_of_those_levels():
    ext = extract_document(_document("项目表.xlsx", "xlsx", "2023年扶贫项目实施情况表", _PROJECTS))
    assert [(i.level1, i.name, i.operator, i.value, i.unit) for i in ext.indicators] == [
        ("产出指标", "购买旋耕机", "=", 1, "台"), ("产出指标", "化肥喷洒无人机", "=", 1, "台"),
        ("效益指标", "受益户数", ">=", 220, "户"), ("效益指标", "受益脱贫户数", ">=", 20, "户"),
        ("满意度指标", "脱贫人口满意度", ">=", 90, "%")]


# blind204, the same table in its PDF: the header's wrapped end (指标 of 产出\n指标) put in the cell below it
def test_pattern_2_a_level_headers_wrapped_end_in_the_cell_below_is_the_headers():
    header, levels, row = (list(r) for r in _PROJECTS)
    levels[3:6] = ["产出", "效益", "满意度"]
    row[3:6] = ["指标" + row[3], "指标" + row[4], "指标" + row[5]]
    ext = extract_document(_document("项目表.pdf", "pdf", "2023年扶贫项目实施情况表", (header, levels, row)))
    assert [(i.level1, i.name) for i in ext.indicators] == [
        ("产出指标", "购买旋耕机"), ("产出指标", "化肥喷洒无人机"), ("效益指标", "受益户数"), ("效益指标", "受益脱贫户数"),
        ("满意度指标", "脱贫人口满意度")]


# blind205, 莆田 养老 实施意见: a paragraph opening with the plan's year states no target; the dashed lines after it do
# (—— in the DOCX, — in its PDF's text); a dashed line of words alone states none
def test_pattern_10_dashed_lines_after_a_plans_year_are_its_targets():
    for dash in ("——", "—"):
        ext = _plan("到2020年,全面建成覆盖城乡的养老服务体系。",
                    f"{dash}全市机构养老床位至少需达到15800张以上,每千名老年人拥有养老床位数35张以上。",
                    f"{dash}培育若干家养老服务龙头企业,形成一批产业集群。")
        assert _rows(ext) == [("全市机构养老床位至少", ">=", 15800, "张"), ("每千名老年人拥有养老床位数", ">=", 35, "张")]


# blind205, 师宗 实施意见 ((二)发展目标。2025年,力争实现…): a paragraph opening with the label of a plan's targets
# states them; 实现 and 其中 open no name. A notice's 目标： line is not read so: blind207's writer (保定 以工代赈) lists its
# figures as rows, the writers of blind7, blind22, blind66 and blind124 (项目公示, 评价报告) do not
def test_pattern_10_a_paragraph_opening_with_a_plans_targets_label_states_them():
    ext = _plan("(二)发展目标。2025年,力争实现农业总产值104亿元以上、年均增10%以上,其中种植业产值达57亿元以上。")
    assert _rows(ext) == [("农业总产值", ">=", 104, "亿元"), ("年均增", ">=", 10, "%"), ("种植业产值", ">=", 57, "亿元")]
    notice = extract_document(_document("通知.docx", "docx", "2017年以工代赈示范工程", "阜平县：阜平县乡村道路以工代赈示范工程",
                                        "目标：新建乡村公路19.6公里，解决928人行路难"))
    assert _rows(notice) == []


# blind209, 常德 生态文明建设示范县指标: the value column headed by the level of government whose value it is
def test_pattern_5_a_value_header_naming_the_level_of_government_is_the_value_column():
    table = (("序号", "指标名称", "单位", "省级指标值", "指标属性"),
             ("1", "生态文明建设工作占党政实绩考核的比例", "%", "≥20", "约束性"),
             ("2", "环境信息公开率", "%", "100", "参考性"))
    ext = extract_document(_document("指标.xlsx", "xlsx", "生态文明建设示范县指标", table))
    assert _rows(ext) == [("生态文明建设工作占党政实绩考核的比例", ">=", 20, "%"), ("环境信息公开率", "=", 100, "%")]


# blind208, 吉水 民生实事任务分解表: a task column headed 具体工作任务和要求; each figure a task sets is named by what it
# counts, without the action before it (扩充, 实现; 增加 stays, as blind116's writer keeps 增加学位) and the 至 that
# reaches it
def test_pattern_10_a_task_table_headed_by_its_tasks_and_requirements_sets_targets():
    table = (("序号", "具体工作任务和要求", "责任领导", "责任单位", "落实情况"),
             ("1", "推动义务教育优质均衡发展,增加义务教育学位5000个,启动城西教育网点规划布局。", "毛晓青", "县教体局",
              "城北学校主体已封顶,新增学位5500个。"),
             ("2", "推进县域综合医改试点,7个乡镇卫生院完成搬迁或改扩建,实现县域内就诊率91%以上。", "毛晓青", "县卫健委",
              "县妇保院第一期基本完工。"),
             ("3", "提升幼教服务水平,扩充公办幼儿园学位至1800个,全县公办幼儿园在园人数占比达到50%。", "毛晓青", "县教体局",
              "中心幼儿园扩建前期工作已启动。"))
    ext = extract_document(_document("民生实事.xlsx", "xlsx", "一、10件民生实事任务分解表", table))
    assert [(name, value) for name, _, value, _ in _rows(ext)] == [
        ("增加义务教育学位", 5000), ("乡镇卫生院完成搬迁或改扩建", 7), ("县域内就诊率", 91), ("公办幼儿园学位", 1800),
        ("公办幼儿园在园人数占比", 50)]


# blind209, 丽水 年度计划: a paragraph closing with words announcing the targets (…主要目标是:) opens them; the dashed
# lines after it state them, the label of a group with its count (关于经济发展类目标(13个)) is none
def test_pattern_10_a_paragraph_announcing_the_targets_at_its_end_opens_them():
    ext = _plan("2020年既是收官之年，又逢撤地设市20周年，做好全年工作意义重大。2020年我市国民经济和社会发展主要目标是:",
                "——关于经济发展类目标(13个)。规模以上工业增加值增长8%以上;一般公共预算收入增长7.5%。")
    # the change the figure states (增长8%) is the target's, as blind209's gold writes it (since the forty-fourth session)
    assert [(name, value) for name, _, value, _ in _rows(ext)] == [("规模以上工业增加值", 8), ("一般公共预算收入", 7.5)]


# blind213, 宝安 民生实事 (a news report of the list): a line closing with the list's title opens it, each paragraph after
# it (headings inside the list included) a task whose figures are its targets; the news before the title states none
def test_pattern_10_the_years_list_of_works_for_the_people_states_its_tasks_targets():
    ext = _plan("会上提请审议的民生实事候选项目共14项,区人大代表以差额票决方式从中确定十项。", "2024年十项民生实事",
                ("heading", "1、优化医疗健康服务供给"), "新增社康机构15家,完成示范点建设150个以上。",
                ("heading", "2、推动教育扩优提质"), "新增托位3800个以上。")
    assert _rows(ext) == [("新增社康机构", "=", 15, "家"), ("完成示范点建设", ">=", 150, "个"), ("新增托位", ">=", 3800, "个")]
