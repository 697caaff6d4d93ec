"""Patterns of the forty-fifth session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from extractor import parse
from extractor.extractors import extract_document
from extractor.nlp.framework import clean_level
from extractor.nlp.quantities import find_quantities
from tests.extractors.test_form_patterns import write_xlsx
from tests.extractors.text_docs import mixed_document


def _rows(ext):
    return [(i.name, clean_level(i.level1_text or ""), clean_level(i.level2_text or ""), i.value, i.unit, i.weight)
            for i in ext.indicators]


# blind288, 动物防疫 秋防 考核评分细则: 考核项目 │ 考核内容 │ 计分 │ 考核评分方法 │ 得分, a section row 二、…(81分) across the
# sheet over groups numbered 1、, and names numbered 1) with their target glued on
def test_pattern_5_points_headed_jifen_beside_a_score_and_sections_over_numbered_groups(tmp_path):
    rows = [["考核项目", "考核内容", "计分", "考核评分方法", "得分"],
            ["1、召开工作会", "召开工作会并制定方案", "2", "召开会议得1分,有方案得1分。", None],
            ["二、防疫实施情况(81分)"] * 5,
            ["1、免疫密度与耳标佩戴率", "1)耳标佩戴率100%", "10", "现场实查,每降2%扣1分。", None],
            ["1、免疫密度与耳标佩戴率", "2)牛羊口蹄疫免疫密度100%", "5", "现场实查,每降1%扣0.5分。", None],
            ["2、防疫补针", "填栏补槽畜禽及时补针", "4", "查阅补针记录,记录齐全得4分。", None]]
    ext = extract_document(parse(write_xlsx(tmp_path / "kaohe.xlsx", rows, merges=("A3:E3",))))
    assert _rows(ext) == [
        ("召开工作会并制定方案", "", "召开工作会", None, None, 2.0),
        ("耳标佩戴率", "防疫实施情况", "免疫密度与耳标佩戴率", 100.0, "%", 10.0),
        ("牛羊口蹄疫免疫密度", "防疫实施情况", "免疫密度与耳标佩戴率", 100.0, "%", 5.0),
        ("填栏补槽畜禽及时补针", "防疫实施情况", "防疫补针", None, None, 4.0)]


# blind187, 协同创新 考评计分表: 评价标准 │ 计分 with one row a band and no score column — 计分 stays no points column
def test_pattern_5_jifen_without_a_score_column_is_no_weight(tmp_path):
    rows = [["一级指标", "二级指标", "三级指标", "评价标准", "计分"],
            ["建设成效(40分)", "科学研究(14分)", "科技平台(3分)", "按期完成目标,成效显著;", "3"],
            ["建设成效(40分)", "科学研究(14分)", "科技平台(3分)", "没能按期完成目标", "1"],
            ["建设成效(40分)", "科学研究(14分)", "专利(2分)", "按期完成目标,专利层次高;", "2"]]
    ext = extract_document(parse(write_xlsx(tmp_path / "jifen.xlsx", rows)))
    assert [(i.name, i.weight) for i in ext.indicators] == [("科技平台", 3.0), ("专利", 2.0)]


# blind284, 杭州 禁毒 考核评分: 项目 │ 小项内容 │ 具体内容 │ 分值 — short labels, then the sentence each must reach
def test_pattern_5_sentences_right_of_short_labels_are_their_targets(tmp_path):
    rows = [["序号", "项目", "小项内容", "具体内容", "分值", "打分方法"],
            ["1", "组织领导(10分)", "强化组织领导", "以党委或政府名义召开会议,研究部署创建工作。", "5", "每次计0.5分。"],
            ["2", "组织领导(10分)", "成立领导小组", "成立创建领导小组,制定创建工作方案。", "5", "牵头的计1分。"],
            ["3", "预防体系(20分)", "禁毒知识知晓率", "全民禁毒知识知晓率超过95%。", "5", "超过95%(含)计3分。"],
            ["4", "预防体系(20分)", "群众满意度", "禁毒工作群众满意度超过95%。", "5", "超过98%(含)计5分。"],
            ["5", "预防体系(20分)", "禁毒专题教育", "中小学校落实禁毒专题教育不少于4课时。", "10", "每查出1所扣1分。"]]
    ext = extract_document(parse(write_xlsx(tmp_path / "jindu.xlsx", rows, merges=("B2:B3", "B4:B6"))))
    assert [(i.name, clean_level(i.level1_text), i.operator, i.value, i.unit, i.weight) for i in ext.indicators] == [
        ("强化组织领导", "组织领导", None, None, None, 5.0),
        ("成立领导小组", "组织领导", None, None, None, 5.0),
        ("禁毒知识知晓率", "预防体系", ">", 95.0, "%", 5.0),
        ("群众满意度", "预防体系", ">", 95.0, "%", 5.0),
        ("禁毒专题教育", "预防体系", ">=", 4.0, "课时", 10.0)]
    assert ext.indicators[0].target_text == "以党委或政府名义召开会议,研究部署创建工作。"


# blind284: 在校学生(小学5年级至高中2年级…) — a school grade is no count of years
def test_pattern_6_a_school_grade_is_no_count_of_years():
    assert [(q.value, q.unit) for q in find_quantities("小学5年级至高中2年级")] == [(5.0, None), (2.0, None)]
    assert [(q.value, q.unit) for q in find_quantities("服务期5年")] == [(5.0, "年")]


# blind288, 焦作 春防 验收细则: 考核项目 merged over 1 │ 组织部署责任制落实情况4分 — the numbers index the groups beside them
def test_pattern_1_a_header_over_group_numbers_and_their_labels_gives_the_labels_as_level1(tmp_path):
    rows = [["考核项目", "考核项目", "考核内容", "满分", "考核评分办法", "得分"],
            ["1", "组织部署情况(4分)", "工作部署情况", "1", "召开会议得1分", None],
            ["1", "组织部署情况(4分)", "责任制的建立情况", "3", "缺一项扣0.5分", None],
            ["2", "三项储备(14分)", "资金储备情况", "3", "足额储备的得满分", None],
            ["2", "三项储备(14分)", "技术储备情况", "11", "开展培训的得1分", None]]
    ext = extract_document(parse(write_xlsx(tmp_path / "yanshou.xlsx", rows, merges=("A1:B1",))))
    assert [(i.name, clean_level(i.level1_text), i.weight) for i in ext.indicators] == [
        ("工作部署情况", "组织部署情况", 1.0), ("责任制的建立情况", "组织部署情况", 3.0),
        ("资金储备情况", "三项储备", 3.0), ("技术储备情况", "三项储备", 11.0)]


# blind281, 淮安 政府工作报告: 城镇登记失业率、单位GDP能耗等主要约束性指标控制在省、市下达的目标以内 — each name listed before
# 等…指标 is an indicator sharing the target
def test_pattern_10_names_listed_before_deng_zhibiao_share_the_target():
    def read(listed: str):
        doc = mixed_document("plan.docx", "docx", "某县2021年政府工作报告",
                             f"全县今年经济社会发展的主要预期目标为:地区生产总值增长6.5%以上;固定资产投资增长7%以上;{listed}控制在省、市下达的目标以内。")
        return [(i.name, i.target_text) for i in extract_document(doc).indicators][2:]
    assert read("城镇登记失业率、单位GDP能耗等主要约束性指标") == [
        ("城镇登记失业率", "控制在省、市下达的目标以内"), ("单位GDP能耗", "控制在省、市下达的目标以内")]
    # one name before 等 is no list: the statement stays whole
    assert read("城镇登记失业率等主要约束性指标") == [("城镇登记失业率等主要约束性指标", "控制在省、市下达的目标以内")]


# blind292, 杨凌 目标责任书: 时限 │ 类别 │ 工作任务 │ 目标及质量要求 — each target of the letter's cell, with the points it closes on
def test_pattern_10_a_responsibility_letters_targets_with_their_points(tmp_path):
    rows = [["时限", "类别", "工作任务", "目标及质量要求", "备注"],
            ["一季度", "核心指标", "新闻宣传(35分)", "送播报道20条(15分);开办重点挂牌栏目4个(10分);制作专题报道30条(10分)。", None],
            ["一季度", "核心指标", "经营收入(30分)", "完成经营收入65万元(30分)。", None]]
    ext = extract_document(parse(write_xlsx(tmp_path / "letter.xlsx", rows, merges=("A2:A3", "B2:B3"))))
    assert [(i.name, clean_level(i.level2_text), i.value, i.unit, i.weight) for i in ext.indicators] == [
        ("送播报道", "新闻宣传", 20.0, "条", 15.0), ("开办重点挂牌栏目", "新闻宣传", 4.0, "个", 10.0),
        ("制作专题报道", "新闻宣传", 30.0, "条", 10.0), ("完成经营收入", "经营收入", 65.0, "万元", 30.0)]


# blind290, PPP 照明 养护标准: 维持照度不低于30LX,次干道15LX — lux is a unit
def test_pattern_6_lux_is_a_unit():
    assert [(q.operator, q.value, q.unit) for q in find_quantities("维持照度不低于30LX,次干道15LX")] == [
        (">=", 30.0, "LX"), (None, 15.0, "LX")]


# blind293, 秀屿 居家养老 评价报告: (一)项目决策情况(分值20分,得分15分) — the points named 分值 before what it scored
def test_pattern_10_headings_giving_their_points_as_fenzhi_and_their_score():
    from tests.extractors.text_docs import block_document

    ext = extract_document(block_document(
        ("paragraph", "秀屿区居家养老服务项目绩效评价报告"), ("heading", "四、绩效评价指标分析"),
        ("heading", "(一)项目决策情况(分值20分,得分15分)"), ("paragraph", "项目立项依据充分。"),
        ("heading", "(二)项目过程情况(分值20分,得分17分)"), ("paragraph", "资金拨付及时。")))
    assert [(i.name, i.weight, i.score) for i in ext.indicators] == [("项目决策情况", 20, 15), ("项目过程情况", 20, 17)]
