"""Patterns of the twenty-fourth session, each from a never-seen part's first run (the part named at each test)."""
from __future__ import annotations

from extractor import check
from extractor.extractors import extract_document
from extractor.extractors.facts import facts_from_text
from tests.extractors.text_docs import mixed_document as _document


def _sums(text):
    return [(f.total, f.parts, f.unit) for f in facts_from_text(text) if f.kind == "sum"]


# blind97, 新疆兵团 第十四师 农机购置补贴 自评报告: a part of a 万元 total written "60万", its 元 left out
BUDGET = ("第十四师2019年度农机购置补贴资金预算数60万元,其中包括兵团补贴农机购置补贴资金60万, "
          "2018年度农机购置补贴结余资金12.664万元。")


def test_pattern_10_a_part_written_without_yuan_is_in_the_totals_unit():
    assert _sums(BUDGET) == [(60, [60, 12.664], "万元")]
    ext = extract_document(_document("自评报告.docx", "docx", "农机购置补贴支出绩效自评报告", BUDGET))
    assert [f.rule for f in check(ext) if f.rule == "consistency.sum"] == ["consistency.sum"]


def test_pattern_10_a_bare_multiplier_is_read_so_only_against_a_money_total():
    # 60万 beside a 人 total is no 60 人; 60万 beside a 元 total is no 60 元 (the multiplier is not the total's)
    assert _sums("服务人数80万人，其中城镇60万、农村20万人。") == []
    assert _sums("资金80000元，其中设备60万、其他20000元。") == []


# blind97, 湖南 某市 农村公路 自评报告: the completion rate of a length stated three clauses after what was undertaken
ROADS = ("其中实施农村公路提质改造工程200.031公里,完成总投资24187万元,(包含县乡道升级改造、自然村通硬化路和联网路项目),"
         "截止9月底,完成200.031公里建设任务,完工率为100%;深化农村公路管理养护体制改革,实施农村公路养护工程380公里,"
         "完成总投资5964万元,(包含大中修养护、一般性养护),截止9月底,完成200.031公里建设任务,完工率为100%。")


def test_pattern_10_a_completion_rate_is_read_against_what_was_undertaken_clauses_before():
    facts = [(f.metric, f.planned, f.actual, f.stated_rate, f.computed_rate)
             for f in facts_from_text(ROADS) if f.kind == "completion"]
    assert facts == [("农村公路提质改造工程", 200.031, 200.031, 100, 100),
                     ("农村公路养护工程", 380, 200.031, 100, 52.64)]
    ext = extract_document(_document("自评报告.docx", "docx", "农村公路建设自评报告", ROADS))
    assert [f.rule for f in check(ext) if f.rule == "consistency.rate"] == ["consistency.rate"]


def test_pattern_10_a_cumulative_total_is_no_plan():
    # the earlier length is what was built over the years, not what this year undertook: no plan, no rate checked
    text = "累计建成农村公路50公里,今年完成10公里建设任务,完成率100%。"
    assert [f for f in facts_from_text(text) if f.kind == "completion"] == []


def test_pattern_10_a_plan_right_before_its_completion_is_read_once():
    facts = [(f.planned, f.actual, f.stated_rate) for f in facts_from_text("计划建设子项目12个，实际完成11个，完成率91.67%。")
             if f.kind == "completion"]
    assert facts == [(12, 11, 91.67)]


# blind99, 湖南 岳阳 民生实事 落实情况: a progress table of tasks — 考核指标 │ 单位 │ 工作目标 │ 已完成数 │ 占年任务之比; a
# unit column more precise than the value cell; in the last items the 单位 cell holds the task, the name cell its group
PROGRESS = (
    ("序号", "考核指标", "单 位", "工作目标", "已完成数", "占年任务之比", "备  注"),
    ("1", "城镇新增就业", "万人", "5.2", "7.23", "139.1%", "人力资源社会保障局"),
    ("6", "提高农村低保标准", "元/年/人", "不低于3700元", "3840", "达到目标3840元", "民政局"),
    ("8", "改(新)建农村户用厕所100万户以上", "", "144281", "127258", "88.2%", "农业农村局"),
    ("11", "数字广播电视户户通工程", "新增15万户直播卫星用户", "12800", "7854", "40.0%", "文化旅游广电局"),
)


def test_pattern_5_a_progress_table_of_tasks_is_an_indicator_table():
    ext = extract_document(_document("落实情况.docx", "docx", "12件重点民生实事工作落实情况", PROGRESS))
    assert [(i.name, i.level2_text, i.operator, i.value, i.unit, i.actual) for i in ext.indicators] == [
        ("城镇新增就业", None, "=", 5.2, "万人", 7.23),
        ("提高农村低保标准", None, ">=", 3700, "元/年/人", 3840),
        ("改(新)建农村户用厕所100万户以上", None, "=", 144281, None, 127258),
        ("新增15万户直播卫星用户", "数字广播电视户户通工程", "=", 12800, None, 7854),
    ]


def test_pattern_5_a_progress_share_is_checked_against_its_target_and_done():
    ext = extract_document(_document("落实情况.docx", "docx", "12件重点民生实事工作落实情况", PROGRESS))
    shares = [(f.metric, f.planned, f.actual, f.stated_rate) for f in ext.facts if f.kind == "completion"]
    assert shares == [("城镇新增就业", 5.2, 7.23, 139.1), ("改(新)建农村户用厕所100万户以上", 144281, 127258, 88.2),
                      ("新增15万户直播卫星用户", 12800, 7854, 40.0)]
    # 7854 of 12800 is 61.4 %, not the 40.0 % stated; 139.1 % is within the rounding of 5.2 and 7.23
    rates = [f.item for f in check(ext) if f.rule == "consistency.rate"]
    assert len(rates) == 1 and "直播卫星" in str([f.evidence for f in check(ext) if f.rule == "consistency.rate"])


# blind100, 上海 嘉定 评价机构考核表: 考核内容 │ 分值 │ 计分标准 │ 分数 — 分数 is the points scored
JIADING = (
    ("考核内容", "分值", "计分标准", "分数", "备注"),
    ("1、评价工作组人员专业能力", "15", "专业能力较强,得10-15分;专业能力一般,得5-10分", "14", ""),
    ("2、评价工作组人员稳定", "15", "保持工作组成员稳定,得15分;随意更换组员,不得分。", "15", ""),
)


def test_pattern_5_fenshu_is_the_score_column():
    ext = extract_document(_document("考核表.xlsx", "xlsx", "评价机构考核表", JIADING))
    assert [(i.weight, i.score, i.value) for i in ext.indicators] == [(15, 14, None), (15, 15, None)]


def test_pattern_4_a_unit_with_a_word_for_it_is_no_name():
    # 河北 成安 高龄补贴 自评表 (blind8): 单位（文字描述） │ %（百分比）
    table = (("一级指标", "二级指标", "三级指标", "指标分值", "符号", "预期指标值", "单位（文字描述）", "实际完成值"),
             ("产出指标", "质量指标", "符合条件申报对象覆盖率", "25", ">=", "98", "%（百分比）", "100%"))
    ext = extract_document(_document("自评表.xlsx", "xlsx", "绩效自评表", table))
    assert [(i.name, i.level2, i.value, i.unit) for i in ext.indicators] == [("符合条件申报对象覆盖率", "质量指标", 98, "%")]


# blind98, 湖北 广水 骨干教师补助 自评表: the actual of a count or an amount written as a percentage of it
SHARE = (
    ("一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值"),
    ("产出指标", "数量指标", "骨干教师教师补助人数(人)", "28", "100%"),
    ("产出指标", "数量指标", "骨干教师教师补助资金总额(元)", "201600", "201600"),
    ("产出指标", "质量指标", "补助发放准确率(%)", "100%", "100%"),
)


def test_pattern_6_an_actual_written_as_a_share_of_a_count_is_a_unit_mismatch():
    ext = extract_document(_document("自评表.docx", "docx", "项目支出绩效自评表", SHARE))
    by_id = {i.id: i.name for i in ext.indicators}
    assert [by_id[f.item] for f in check(ext) if f.rule == "target.unit_mismatch"] == ["骨干教师教师补助人数(人)"]


# blind100, 上海 嘉定: numbered group rows with their points and score over numbered rows, no level column
JIADING_GROUPS = (
    ("考核内容", "分值", "计分标准", "分数", "备注"),
    ("一、评价前期工作组情况", "30", "", "29", ""),
    ("1、评价工作组人员专业能力", "15", "专业能力较强,得10-15分", "14", ""),
    ("2、评价工作组人员稳定", "10", "保持工作组成员稳定,得15分", "10", ""),
    ("二、评价过程中工作组情况", "20", "", "19", ""),
    ("1、在评价过程中沟通情况", "20", "态度认真,得13-20分", "19", ""),
)


def test_pattern_2_numbered_group_rows_are_the_level_of_the_rows_under_them():
    ext = extract_document(_document("考核表.xlsx", "xlsx", "评价机构考核表", JIADING_GROUPS))
    assert [(i.name, i.level1_text, i.weight, i.score) for i in ext.indicators] == [
        ("评价工作组人员专业能力", "评价前期工作组情况(30分)", 15, 14),
        ("评价工作组人员稳定", "评价前期工作组情况(30分)", 10, 10),
        ("在评价过程中沟通情况", "评价过程中工作组情况(20分)", 20, 19),
    ]
    # the group's points are the sum its rows must reach: 15 + 10 is not 30
    assert [f.message for f in check(ext) if f.rule == "consistency.score_total.weights"][:1] == [
        "“评价前期工作组情况(30分)”标明30分，其下各指标分值合计 25"]


# blind95/blind96, 湖南 部门整体 评价指标表 cut by the stored page inside 过程: 投入(13) + 过程(61) of 100 are stated
CUT_SHEET = (
    ("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "得分"),
    ("投入", "13", "预算配置", "13", "在职人员控制率", "5", "在职人员控制率≦100%,计5分", "5"),
    ("投入", "13", "预算配置", "13", "“三公经费”变动率", "8", "“三公经费”变动率≦0,计8分", "8"),
    ("过程", "61", "预算执行", "20", "预算完成率", "5", "100%计满分,每低于5%扣2分", "0"),
    ("过程", "61", "预算执行", "20", "预算控制率", "5", "预算控制率=0,计5分", "5"),
)


def test_pattern_8_a_score_sheet_cut_before_its_last_groups_is_not_summed_nor_counted():
    ext = extract_document(_document("评价指标表.xlsx", "xlsx", "部门整体支出绩效评价指标表", CUT_SHEET))
    assert [i.name for i in ext.indicators] == ["在职人员控制率", "“三公经费”变动率", "预算完成率", "预算控制率"]
    rules = [f.rule for f in check(ext)]
    # no "过程(61分) holds 10", no "分值合计 23 ≠ 100", no "只有 0 个三级指标" on a sheet of four scored rows
    assert not [r for r in rules if r.startswith("consistency.score_total") or r == "coverage.too_few_indicators"]


def test_pattern_8_a_complete_sheets_groups_are_still_summed():
    whole = CUT_SHEET[:3] + (("产出", "26", "产出数量", "26", "实际完成率", "20", "完成率100%计满分", "20"),)
    ext = extract_document(_document("评价指标表.xlsx", "xlsx", "部门整体支出绩效评价指标表", whole + CUT_SHEET[3:]))
    # 13 + 26 + 61 = 100 stated: the file is whole, 过程(61分) holding 10 and 产出数量(26分) holding 20 are findings
    headings = {f.message.split("”")[0].lstrip("“") for f in check(ext) if f.rule == "consistency.score_total.weights"}
    assert {"产出(26分)", "过程(61分)"} <= headings


def test_pattern_5_kaohe_zhibiao_still_names_the_items_of_a_scoring_frame():
    # 项目 │ 考核指标 │ 分值 │ 评分标准: the scoring frame of an evaluation, its groups left of the item column
    frame = (("项目", "考核指标", "分值", "评分标准"),
             ("项目决策", "立项依据充分性", "5", "符合规划得5分"),
             ("项目决策", "绩效目标合理性", "5", "目标明确得5分"))
    ext = extract_document(_document("评分表.xlsx", "xlsx", "绩效评价评分表", frame))
    assert [(i.name, i.weight) for i in ext.indicators] == [("立项依据充分性", 5), ("绩效目标合理性", 5)]


def test_pattern_8_a_target_form_short_of_a_dimension_is_still_summed():
    # 产出指标（50分） │ 效益指标（30分） and no 满意度: a target form lacking a dimension, not a file cut short
    form = (("一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分"),
            ("产出指标（50分）", "数量指标", "补贴人次", "≥180人次", "30", "30"),
            ("产出指标（50分）", "质量指标", "补贴发放准确率", "100%", "10", "10"),
            ("效益指标（30分）", "社会效益指标", "群众生活改善", "有效改善", "30", "30"))
    ext = extract_document(_document("自评表.xlsx", "xlsx", "项目支出绩效自评表", form))
    headings = {f.message.split("”")[0].lstrip("“") for f in check(ext) if f.rule == "consistency.score_total.weights"}
    assert headings == {"产出指标（50分）"}


# blind101, 乡镇生活污水治理 PPP 评分细则: no 分值 column, each item's points in its label, levels merged down
PPP = (
    ("一级指标", "二级指标", "三级指标", "评分细则"),
    ("产出(50分)", "安全文明施工(9分)", "施工安全检查评定(2分)", "施工安全检查评定等级合格及以上,得2分。"),
    ("产出(50分)", "安全文明施工(9分)", "应急管理(3分)", "制定了健全合理的建设期应急预案,得1分;"),
    ("产出(50分)", "安全文明施工(9分)", "安全生产(4分)", "建设过程中未发生安全事故的,得4分。"),
)


def test_pattern_5_a_scoring_frame_with_points_in_its_labels_is_read():
    ext = extract_document(_document("评分细则.docx", "docx", "乡镇生活污水治理项目绩效评价评分细则", PPP))
    assert [(i.level1, i.name, i.weight) for i in ext.indicators] == [
        ("产出指标", "施工安全检查评定", 2), ("产出指标", "应急管理", 3), ("产出指标", "安全生产", 4)]
    # the rows are summed against the points of their label: 2 + 3 + 4 is 9
    assert not [f for f in check(ext) if f.rule == "consistency.score_total.weights" and "安全文明施工" in f.message]


def test_pattern_10_a_transfer_payments_overall_goal_in_a_sentence_is_a_goal():
    # blind103, 广西 城乡居民基本养老保险 转移支付 自评报告
    text = ("中央下达我区的转移支付区域(项目)绩效总体目标是确保符合条件的城乡参保居民基础养老金按时足额发放。"
            "截至2022年底,全区648.34万名符合条件的城乡老年居民基础养老金均已按时足额发放。")
    ext = extract_document(_document("自评报告.docx", "docx", "转移支付2022年度绩效自评报告", "(三)绩效目标分解下达情况。", text))
    assert [(g.kind, g.text) for g in ext.goals] == [("总体目标", "确保符合条件的城乡参保居民基础养老金按时足额发放")]
    assert [f.rule for f in check(ext) if f.rule.startswith("goal.")] == ["goal.unquantified"]


# blind64, 达州 部门整体 评分表 (blank): points in the labels; under 履职成效(20分) a slot for the department's own rows
BLANK_FRAME = (
    ("一级指标", "二级指标", "三级指标", "得分"),
    ("部门决策(55分)", "目标任务(55分)", "相关性(30分)", ""),
    ("部门决策(55分)", "目标任务(55分)", "明确性(25分)", ""),
    ("部门绩效情况(45分)", "履职成效(20分)", "部门特性指标", ""),
    ("部门绩效情况(45分)", "履职成效(20分)", "", ""),
    ("部门绩效情况(45分)", "可持续发展能力(15分)", "重点改革完成情况(5分)", ""),
    ("部门绩效情况(45分)", "可持续发展能力(15分)", "人才培养(10分)", ""),
    ("部门绩效情况(45分)", "满意度(10分)", "管理对象满意度(6分)", ""),
    ("部门绩效情况(45分)", "满意度(10分)", "社会公众满意度(3分)", ""),
)


def test_pattern_8_a_blank_frames_slot_is_not_summed_its_other_groups_are():
    ext = extract_document(_document("评分表.xlsx", "xlsx", "部门整体支出绩效评价评分表", BLANK_FRAME))
    assert [(i.name, i.weight) for i in ext.indicators if i.weight] == [
        ("相关性", 30), ("明确性", 25), ("重点改革完成情况", 5), ("人才培养", 10), ("管理对象满意度", 6), ("社会公众满意度", 3)]
    headings = {f.message.split("”")[0].lstrip("“") for f in check(ext) if f.rule == "consistency.score_total.weights"}
    assert headings == {"满意度(10分)"}  # 6 + 3 of 10; 履职成效 and 部门绩效情况 hold the slot, not summed


def test_pattern_10_a_targets_label_closing_a_prose_name_is_no_part_of_it():
    # blind104, 福建 秀屿 示范创建 自评报告: 成本指标:下达…财政补助绩效目标值2373.51万元。
    ext = extract_document(_document("自评报告.docx", "docx", "项目绩效自评报告", ("heading", "（二）项目绩效目标"),
                                     "1.成本指标:下达省、市、区财政补助绩效目标值2373.51万元。"))
    assert [(i.name, i.value, i.unit) for i in ext.indicators] == [("下达省、市、区财政补助", 2373.51, "万元")]
