"""Patterns of the twentieth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.document import DocumentBuilder
from extractor.extractors import extract_document

# blind65, 湖北 黄冈 社会福利中心 部门整体绩效目标申报表: the department's goals in a cell labelled 年度工作任务
TASKS = ("1. 以孤弃儿童养育工作为重点，持续提高养育水平，为儿童福利院的发展打牢基础；\n"
         "2. 多方争取支持、加大投入，添置医疗、康复、养育、消防等设备，确保全年安全无事故；\n"
         "3. 以社会捐赠为先导，不断扩大社会参与，为福利中心的发展营造良好氛围；")


def _form(*rows):
    b = DocumentBuilder("部门整体绩效目标申报表.xlsx", "xlsx")
    b.add("paragraph", "部门整体绩效目标申报表", page=1)
    b.add("table", "", page=1, rows=[list(r) for r in rows])
    return b.build(pages=1)


def test_pattern_10_goals_in_a_cell_labelled_annual_work_tasks():
    ext = extract_document(_form(("部门(单位)名称", "黄冈市社会福利中心", "黄冈市社会福利中心"),
                                 ("部门职能概述", "1. 收养社会孤弃儿童\n2. 收养社会“三无”人员", "1. 收养社会孤弃儿童\n2. 收养社会“三无”人员"),
                                 ("年度工作任务", TASKS, TASKS)))
    assert [g.text for g in ext.goals] == [line[3:].rstrip("；") for line in TASKS.splitlines()]
    assert {g.kind for g in ext.goals} == {"年度目标"}
    # the tasks that name no measure are flagged; incidents held at zero (安全无事故) are a count of 0
    unquantified = [f.item for f in check(ext) if f.rule == "goal.unquantified"]
    assert unquantified == [ext.goals[0].id, ext.goals[2].id]
    assert [g.quantified for g in ext.goals] == [False, True, False]


# blind66, 湖北 大冶 项目计划安排表: a list of projects, one a row, its header of two rows (资金来源 over four sources)
PLAN_HEADER = ("序号", "部门", "乡镇", "项目名称", "建设内容", "计划投入资金", "资金来源", "资金来源", "预期绩效目标",
               "联农带农富农利益联结机制", "责任单位")
PLAN_SOURCES = ("序号", "部门", "乡镇", "项目名称", "建设内容", "计划投入资金", "省级衔接资金", "其他 资金", "预期绩效目标",
                "联农带农富农利益联结机制", "责任单位")
PLAN_GOALS = ("建成果蔬生产基地180亩，吸纳周边人口就近务工，带动特色产业发展。",
              "新建冷链仓储库1座，年储运果蔬≥2000吨，增加村集体经济收入。")


def test_pattern_7_goals_in_the_goal_column_of_a_project_list_one_a_project():
    ext = extract_document(_form(PLAN_HEADER, PLAN_SOURCES,
                                 ("合 计", "合 计", "合 计", "合 计", "合 计", "3069.7", "1000", "2069.7", "", "", ""),
                                 ("1", "市农业农村局", "大箕铺镇", "果蔬特色产业强链示范项目", "蔬菜加工厂房建设", "2069.7", "500",
                                  "1569.7", PLAN_GOALS[0], "土地流转、就业务工", "大箕铺镇政府"),
                                 ("2", "市农业农村局", "金山店镇", "冷链仓储项目", "冷链库建设", "1000", "500", "500",
                                  PLAN_GOALS[1], "就业务工", "金山店镇政府")))
    assert [g.text for g in ext.goals] == list(PLAN_GOALS)  # not the next column's header (利益联结机制)


def test_a_goal_label_beside_its_text_in_a_form_row_with_a_project_name_stays_read_beside():
    ext = extract_document(_form(("项目名称", "果蔬特色产业强链示范项目"),
                                 ("主管部门", "市农业农村局"),
                                 ("预期绩效目标", PLAN_GOALS[0])))
    assert [g.text for g in ext.goals] == [PLAN_GOALS[0]]


# blind67 (广西 港南 评分细则, 湖北 随州 自评表) and blind63 (农村综合改革 考核表, 国土综合整治 评价指标表): an evaluation's
# scoring frame names its items with words no target table uses (目标名称, 考核点, 评价内容, 评价指标)
def _names_and_points(ext):
    return [(i.level1_text, i.level2_text, i.name, i.weight, i.score) for i in ext.indicators]


def test_pattern_5_a_scoring_frame_of_items_and_points_is_read():
    ext = extract_document(_form(("目标名称", "", "分值", "分值"),
                                 ("充分性", "制定了实施方案的得3分，没有制定的不得分。", "3", "3"),
                                 ("信息传达", "接到文件后15个工作日内通知到各村的得2分。", "2", "2"),
                                 ("领导重视", "成立项目实施工作领导小组，有检查、有督", "", "")))
    assert _names_and_points(ext) == [(None, None, "充分性", 3.0, None), (None, None, "信息传达", 2.0, None),
                                      (None, None, "领导重视", None, None)]
    assert [w.code for w in ext.warnings] == []
    # a row cut before its points in a table with no target column, whose other rows score, lacks no target
    assert [f.rule for f in check(ext) if f.rule == "target.missing_value"] == []


def test_pattern_5_the_rightmost_scoring_item_header_names_the_items_and_the_columns_left_of_it_group_them():
    ext = extract_document(_form(("项目", "考核点", "内容要求", "分值", "评分标准", "得分"),
                                 ("一、标准化试点基础工作（20分）", "1.试点目标和规划", "确定试点建设目标并制定具体工作规划。", "5",
                                  "有规划的得5分。", "5"),
                                 ("一、标准化试点基础工作（20分）", "2.组织机构建设", "设立标准化试点的领导机构和工作机构。", "4",
                                  "机构设立的得4分。", "3")))
    assert [(i.name, i.weight, i.score) for i in ext.indicators] == [("试点目标和规划", 5.0, 5.0), ("组织机构建设", 4.0, 3.0)]
    assert {i.level1_text for i in ext.indicators} == {"一、标准化试点基础工作（20分）"}
    merged = extract_document(_form(("项目权重", "评价内容", "评价内容", "分值", "自评分", "评价标准及依据"),
                                    ("项目决策\n2分", "决策依据", "决策依据", "2", "2", "有项目年度工作计划的计2分。"),
                                    ("项目管理\n13分", "财务制度", "财务制度", "3", "3", "有财务管理制度计1分。")))
    assert [(i.level1_text, i.level2_text, i.name, i.weight, i.score) for i in merged.indicators] == [
        ("项目决策\n2分", None, "决策依据", 2.0, 2.0), ("项目管理\n13分", None, "财务制度", 3.0, 3.0)]


def test_a_scoring_item_header_without_points_or_beside_a_name_header_is_no_scoring_frame():
    from extractor.extractors.forms.headers import classify_header

    assert classify_header(["目标名称", "目标内容", "完成情况"]) is None
    assert classify_header(["序号", "考核点", "内容要求", "评分标准"]) is None
    # 福建 (blind20): 评价指标 over the goals' labels (目标1), the names under 绩效内容 — the name header decides
    for points in ((), ("分值",)):
        assert classify_header(["绩效目标", "评价指标", "", "绩效内容", "绩效标准", "全年绩效目标", *points])["name"] == 3


# blind69, ××市 重点项目绩效评价 通报: 共评价重点项目9个，其中…4个、…3个、…2个，涉及部门单位7个
def test_what_the_whole_involves_closes_a_breakdown_list():
    from tests.extractors.text_docs import block_document

    doc = block_document(("paragraph", "2022年共评价重点项目9个，其中项目支出评价4个、政策评价3个、部门整体评价2个，涉及部门单位7个，"
                                       "资金17815.56万元。"))
    ext = extract_document(doc)
    assert [(f.total, f.parts) for f in ext.facts if f.kind == "sum"] == [(9.0, [4.0, 3.0, 2.0])]
    assert [f for f in check(ext) if f.rule == "consistency.sum"] == []


# blind69, 部门整体支出绩效评价指标表: 一级 │ 得分 │ 二级 │ 得分 │ 三级 │ 得分 │ 评价标准 │ 指标说明 │ 得分
def test_pattern_5_a_score_column_right_of_a_level_holds_that_levels_points_not_the_rows_score():
    ext = extract_document(_form(("一级指标", "得分", "二级指标", "得分", "三级指标", "得分", "评价标准", "指标说明", "得分"),
                                 ("投入", "16", "预算配置", "16", "在职人员控制率", "8", "以100%为标准，计8分。", "二者之比为95.10%。", "8"),
                                 ("投入", "16", "预算配置", "16", "三公经费变动率", "8", "变动率≤0，计8分。", "变动率为98.31%。", "0")))
    assert [i.name for i in ext.indicators] == ["在职人员控制率", "三公经费变动率"]
    assert 16.0 not in [i.score for i in ext.indicators]  # the levels' points, read from the first 得分 before
    one = extract_document(_form(("一级指标", "得分", "二级指标", "三级指标", "指标值", "得分"),
                                 ("产出指标", "40", "数量指标", "派车次数", "15000次", "15")))
    assert [(i.name, i.score) for i in one.indicators] == [("派车次数", 15.0)]


def test_pattern_5_score_headers_of_evaluation_sheets():
    from extractor.extractors.forms.headers import cell_role

    assert [cell_role(h) for h in ("评分", "考核得分", "评审得分", "最终得分", "核定得分")] == ["score"] * 5
    assert [cell_role(h) for h in ("评分标准", "评分办法", "复核分")] == ["standard", "standard", None]


# blind70, 安徽 金安 目标表: 效益指标 │ 经济效益指标 │ 该指标不适用本项目 │ 不涉及 — a template row, no indicator
def test_pattern_8_a_row_saying_the_indicator_does_not_apply_is_no_indicator():
    ext = extract_document(_form(("一级指标", "二级指标", "三级指标", "指标值"),
                                 ("产出指标", "数量指标", "服务器托管数量", "2台"),
                                 ("效益指标", "经济效益指标", "该指标不适用本项目", "不涉及"),
                                 ("效益指标", "社会效益指标", "数据互联互通", "实现")))
    assert [i.name for i in ext.indicators] == ["服务器托管数量", "数据互联互通"]


# blind71, 河北 双滦 养殖场 公告: 产出目标为…；效益目标为…；满意度目标为… — targets in prose under labels closed by 为
def test_pattern_10_targets_listed_in_prose_under_labels_closed_by_wei():
    from tests.extractors.text_docs import block_document

    doc = block_document(("heading", "2、项目绩效目标设定情况"),
                         ("paragraph", "产出目标为水泥路面22.53m³,毛石挡墙347.15m³;工程合格率90%;工程完工率90%。"
                                       "效益目标为中营子村脱贫户每人增设扶贫股1股(3户共9股);生态资源得到有效利用。"
                                       "满意度目标为脱贫户对养殖场工程的满意度。"))
    rows = [(i.level1, i.name, i.value, i.unit) for i in extract_document(doc).indicators]
    assert rows[:4] == [("产出指标", "水泥路面", 22.53, "m3"), ("产出指标", "毛石挡墙", 347.15, "m3"),
                        ("产出指标", "工程合格率", 90.0, "%"), ("产出指标", "工程完工率", 90.0, "%")]
    assert ("效益指标", "中营子村脱贫户每人增设扶贫股", 1.0, "股") in rows  # the bracket after 1股 explains it
    assert not any(name in ("股", "共") for _, name, _, _ in rows)
    assert [r[:2] for r in rows if r[0] == "满意度指标"] == [("满意度指标", "脱贫户对养殖场工程的满意度")]


# blind70, 湖南 永兴 公交补贴 评价报告: 1.项目绩效总目标：… 2.项目绩效阶段性目标：…
def test_pattern_10_goals_under_project_performance_overall_and_stage_labels():
    from extractor.extractors.goals import extract_goals
    from tests.extractors.text_docs import block_document

    overall = "让城区特殊群体人员切实享受到我县的惠民政策，同时保障公交事业正常发展。"
    stage = "65岁以上老年人持老年优待证到窗口即可免费办理公交IC卡，乘车免费且不限次数。"
    doc = block_document(("heading", "(二)专项资金预期目标完成情况"), ("paragraph", f"1.项目绩效总目标：{overall}"),
                         ("paragraph", f"2.项目绩效阶段性目标：{stage}"), ("paragraph", "3.预期各项效益指标"))
    assert [(g.kind, g.text) for g in extract_goals(doc)] == [("总体目标", overall), ("目标", stage)]


# blind70, 湖北残联 自评报告: …安排在三个方面：A74万元、B14万元、C8万元，三者…所占比重依次为74%、14%、8%
def test_the_shares_of_all_the_parts_just_listed_make_up_a_hundred_percent():
    from tests.extractors.text_docs import block_document

    doc = block_document(("paragraph", "预算资金安排在三个方面：宣传74万元、文化建设14万元、干部培训8万元，"
                                       "三者在当年预算资金中所占比重依次为74%、14%、8%。"))
    ext = extract_document(doc)
    assert [(f.total, f.parts) for f in ext.facts if f.kind == "share"] == [(100.0, [74.0, 14.0, 8.0])]
    assert [f.rule for f in check(ext) if f.rule == "consistency.percent_sum"] == ["consistency.percent_sum"]
    partial = extract_document(block_document(("paragraph", "两项资金所占比重依次为60%、30%。")))
    assert [f.total for f in partial.facts if f.kind == "share"] == [None]  # not said to be all the parts


# blind70, 江苏 苏州 自评表: 子项名称 │ 子项名称 │ 预算数(万元) │ 预算数(万元) │ 实际数(万元) │ 实际数(万元), each merged over two cells
def test_a_money_column_merged_over_two_cells_is_summed_once():
    ext = extract_document(_form(("项目资金构成", "子项名称", "子项名称", "预算数(万元)", "预算数(万元)", "实际数(万元)", "实际数(万元)"),
                                 ("项目资金构成", "市财政灾备中心建设", "市财政灾备中心建设", "203", "203", "197.33", "197.33"),
                                 ("项目资金构成", "监理服务", "监理服务", "7", "7", "5.638", "5.638"),
                                 ("项目资金构成", "合计", "合计", "210", "210", "210", "210")))
    sums = sorted((f.total, tuple(f.parts)) for f in ext.facts if f.kind == "sum")
    assert sums == [(210.0, (197.33, 5.638)), (210.0, (203.0, 7.0))]
    assert len([f for f in check(ext) if f.rule == "consistency.sum"]) == 1  # 197.33 + 5.638 ≠ 210, said once


# blind73, 湖北 鄂州 财政局: two projects' 自评表 on one sheet, each with its own rows and 分值
def _self_evaluation(project: str, *rows):
    return [("项目名称", project, project, project, project, project), ("主管部门", "市财政局", "市财政局", "实施单位", "市财政局", "市财政局"),
            ("一级指标", "二级指标", "三级指标", "指标值", "分值", "得分"), *rows]


def test_two_projects_forms_in_one_file_are_not_summed_as_one_nor_their_rows_duplicates():
    first = _self_evaluation("购买第三方服务", ("产出指标", "数量指标", "服务对象人数", "100人次", "30", "30"),
                             ("产出指标", "时效指标", "完成时限", "2019年", "30", "30"),
                             ("效益指标", "社会效益指标", "财政工作运行效率", "≥80%", "20", "20"),
                             ("满意度指标", "服务对象满意度指标", "受益群体满意度", "90%", "20", "20"))
    second = _self_evaluation("财政政务管理", ("产出指标", "时效指标", "完成时限", "2019年", "40", "40"),
                              ("效益指标", "社会效益指标", "财政工作运行效率", "≥80%", "40", "40"),
                              ("满意度指标", "服务对象满意度指标", "受益群体满意度", "90%", "20", "20"))
    b = DocumentBuilder("自评表.xlsx", "xlsx")
    for rows in (first, second):  # each form a table of its own, under its own title (as the sheet lays them out)
        b.add("paragraph", "项目支出绩效自评表", page=1)
        b.add("table", "", page=1, rows=[list(r) for r in rows])
    ext = extract_document(b.build(pages=1))
    assert len({p.project for p in ext.form_parts}) == 2 and len(ext.indicators) == 7
    rules = [f.rule for f in check(ext)]
    assert "consistency.score_total.weights" not in rules  # 100 a form, not 200 for the file
    assert "target.duplicate" not in rules  # 完成时限 │ 2019年 in each project's form


def test_pattern_2_a_second_projects_form_in_the_same_table_starts_at_its_project_name_row():
    first = _self_evaluation("购买第三方服务", ("产出指标", "数量指标", "服务对象人数", "100人次", "30", "30"))
    second = _self_evaluation("财政政务管理", ("产出指标", "时效指标", "完成时限", "2019年", "40", "40"))
    ext = extract_document(_form(*first, *second))
    assert [i.name for i in ext.indicators] == ["服务对象人数", "完成时限"]  # not 财政政务管理, not 市财政局
    assert [(p.project, len(p.indicators)) for p in ext.form_parts] == [("购买第三方服务", 1), ("财政政务管理", 1)]
