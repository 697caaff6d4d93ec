"""Patterns of the fortieth session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Border, Side

from extractor import check, extract
from extractor.extractors import extract_document
from tests.extractors.test_form_patterns import write_xlsx
from tests.extractors.text_docs import mixed_document, target_rows


def _report(title: str, *blocks):
    return extract_document(mixed_document("自评报告.docx", "docx", title, *blocks))


def _boxed_xlsx(path, rows):
    """A workbook of ``rows`` with every cell's border drawn, as a form's grid is (its empty cells still inside it)."""
    wb = openpyxl.Workbook()
    thin = Side(style="thin")
    for row in rows:
        wb.active.append(row)
    for cells in wb.active.iter_rows(min_row=1, max_row=len(rows), max_col=len(rows[0])):
        for cell in cells:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.save(path)
    return path


# blind243, 保山 农业农村局 部门整体支出自评报告: each numbered target states a total and, after a comma, its rise with
# 增 alone (农业总产值299亿元以上,增6%以上)
def test_pattern_10_a_rise_after_a_total_is_the_same_measures():
    ext = _report("2019年度部门整体支出绩效自评报告",
                  ("heading", "（二）部门绩效目标的设立情况"),
                  "围绕农业发展总体要求，推进规模化经营。主要目标任务为：",
                  ("list_item", "1.农业总产值210亿元以上,增6%以上;"),
                  ("list_item", "2.农村居民人均可支配收入11000元,同比增长9%以上;"),
                  ("list_item", "3.肉类总产40万吨以上,增1.5%以上;"),
                  ("list_item", "4.渔业总产5万吨以上,增0.8%以上;"),
                  ("list_item", "5.农机总动力170万千瓦以上,增2%以上;"))
    assert target_rows(ext)[:4] == [("农业总产值", ">=", 210.0, "亿元"), ("农业总产值", ">=", 6.0, "%"),
                                    ("农村居民人均可支配收入", "=", 11000.0, "元"),
                                    ("农村居民人均可支配收入", ">=", 9.0, "%")]
    assert [name for name, *_ in target_rows(ext)[4:]] == ["肉类总产"] * 2 + ["渔业总产"] * 2 + ["农机总动力"] * 2


# blind243, 保山: 全额拨款单位15个(含行政单位1个,参公管理事业单位1个) names only some of the 15 units; a bracket listing
# all the parts still adds up
def test_a_bracket_of_some_included_parts_is_no_sum_to_check():
    some = _report("2019年度部门整体支出绩效自评报告",
                   "全系统共有17家单位,其中:全额拨款单位15个(含行政单位1个,参公管理事业单位1个)、差额拨款事业单位1个。")
    assert not [f for f in check(some) if f.rule == "consistency.sum"]
    wrong = _report("2019年度部门整体支出绩效自评报告", "全系统共有单位15个(含行政单位10个,事业单位8个)。")
    assert [f.rule for f in check(wrong) if f.rule == "consistency.sum"] == ["consistency.sum"]


# blind243, a 主要目标任务量化指标完成情况表 left blank: 一、加快发展现代农业 alone in its row heads the rows under it, which
# carry no number of their own
def test_pattern_8_a_numbered_group_alone_in_its_row_heads_the_rows_under_it(tmp_path):
    rows = [["主要指标", "目标任务", "完成情况", "完成比例"],
            ["一、加快发展现代农业", None, None, None],
            ["秸秆还田面积", None, None, None],
            ["粮食播种面积", None, None, None],
            ["二、加强农业科技教育", None, None, None],
            ["推广水稻主导品种", None, None, None]]
    ext = extract(_boxed_xlsx(tmp_path / "blank.xlsx", rows))
    assert [(i.level1_text, i.name) for i in ext.indicators] == [
        ("加快发展现代农业", "秸秆还田面积"), ("加快发展现代农业", "粮食播种面积"), ("加强农业科技教育", "推广水稻主导品种")]
    # rows that are each numbered 一、二、 are indicators of their own
    flat = [["主要指标", "目标任务", "完成情况", "完成比例"], ["一、秸秆还田面积", None, None, None],
            ["二、粮食播种面积", None, None, None]]
    assert [(i.level1_text, i.name) for i in extract(_boxed_xlsx(tmp_path / "flat.xlsx", flat)).indicators] == [
        (None, "秸秆还田面积"), (None, "粮食播种面积")]


# blind242, 供热计量改革专项检查评分表: 检查项目 │ 具体内容 │ 满分值 │ 检查方式 │ 评分标准 │ 得分
def test_pattern_5_a_check_sheet_names_its_items_by_their_contents(tmp_path):
    rows = [["检查项目", "具体内容", "满分值", "检查方式", "评分标准", "得分"],
            ["管理体制建设情况(4分)", "管理体制", 2, "查阅文件", "设立领导小组的,得1分;职责分工明确的,得1分。", None],
            ["管理体制建设情况(4分)", "日常管理", 2, "查阅文件", "明确专门机构和专职人员的,得2分。", None]]
    ext = extract(write_xlsx(tmp_path / "check.xlsx", rows, merges=("A2:A3",)))
    assert [(i.level1_text, i.name, i.weight) for i in ext.indicators] == [
        ("管理体制建设情况(4分)", "管理体制", 2.0), ("管理体制建设情况(4分)", "日常管理", 2.0)]


# blind243, 财政支农专项资金 评价指标表: 三级指标 merged over the items' numbers, 指标名称 and 指标涵义 in a second header
# row; the numbers are no targets
def test_pattern_2_a_second_header_row_names_the_parts_of_the_third_level(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "三级指标", "三级指标", "评价结果"],
            ["一级指标", "二级指标", None, "指标名称", "指标涵义", "评价结果"],
            ["技术推广类", "1、科技兴农与服务(12分)", 1, "良种推广率(6分)", "良种推广率=良种推广面积/种植面积×100%", None],
            ["技术推广类", "1、科技兴农与服务(12分)", 2, "示范推广率(6分)", "示范推广率=示范辐射面积/区域总面积×100%", None]]
    ext = extract(write_xlsx(tmp_path / "frame.xlsx", rows, merges=("C1:E1", "A1:A2", "B1:B2", "F1:F2", "A3:A4", "B3:B4")))
    assert [(i.name, i.value, i.weight) for i in ext.indicators] == [("良种推广率", None, 6.0), ("示范推广率", None, 6.0)]
    assert not [f for f in check(ext) if f.rule in ("target.missing_value", "target.missing_unit")]


# blind243, 长治 农业农村局 年度总结: 一、主要指标完成情况 over lines that name their indicator before a colon, with a
# target and its result or only the result
def test_pattern_10_results_under_a_title_over_the_indicators():
    ext = _report("2022年度工作总结",
                  ("heading", "一、主要指标完成情况"),
                  ("list_item", "(一)农村居民人均可支配收入:全市农村居民人均收入达到18000元,增长7%,增幅列全省第2位。"),
                  ("list_item", "(二)农村改厕:改厕任务3000座,完成3100座,完成率103.3%。"),
                  ("heading", "二、工作亮点"),
                  ("list_item", "(一)示范基地:建成示范基地5个。"))
    assert [(i.name, i.value, i.actual, i.unit) for i in ext.indicators] == [
        ("农村居民人均可支配收入", None, 18000.0, "元"), ("农村改厕", 3000.0, 3100.0, "座")]


# blind242, 龙游 幼儿园 债券资金 评价报告: 项目总体目标: and 项目阶段性目标: each open a paragraph of their goal
def test_pattern_10_a_stage_goal_of_the_project_opens_its_paragraph():
    ext = _report("农村幼儿园提升改造项目资金绩效评价报告",
                  ("heading", "一、基本情况"),
                  "项目总体目标:改善中心幼儿园的教学条件和教学环境。",
                  "项目阶段性目标:中心幼儿园面向辖区开放招生,办出幼儿园特色。")
    assert [g.text for g in ext.goals] == ["改善中心幼儿园的教学条件和教学环境。", "中心幼儿园面向辖区开放招生,办出幼儿园特色。"]


# blind246, 杭州 旅委 绩效考核目标 公示: 类别 │ 分项指标 │ 目标名称 │ 考核内容及指标 │ 指标属性 │ 完成时限, the targets
# written out in the sentences of 考核内容及指标, the two columns left of it their groups
def test_pattern_7_targets_written_out_in_a_column_under_their_groups(tmp_path):
    rows = [["类别", "分项指标", "目标名称", "考核内容及指标", "指标属性", "完成时限(月)"],
            ["绩效指标", "职能指标", "行业监管", "开展专项整治,检查企业300家次。投诉案件办结率为100%。", "预期性", 12],
            ["绩效指标", "职能指标", "安全管理", "应急演练≥4次;安全检查≥6次。", "预期性", 12]]
    ext = extract(_boxed_xlsx(tmp_path / "described.xlsx", rows))
    assert [(i.level1_text, i.level2_text, i.name, i.value, i.unit) for i in ext.indicators] == [
        ("职能指标", "行业监管", "检查企业", 300.0, "家次"), ("职能指标", "行业监管", "投诉案件办结率", 100.0, "%"),
        ("职能指标", "安全管理", "应急演练", 4.0, "次"), ("职能指标", "安全管理", "安全检查", 6.0, "次")]
