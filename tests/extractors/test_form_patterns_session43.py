"""Patterns of the forty-third session, each from a code-blind part's real layout (the part named at each test), on
documents written here."""
from __future__ import annotations

from extractor import check, parse
from extractor.extractors import extract_document
from extractor.extractors.goals import targets_in
from extractor.layout.headings import match_number
from extractor.nlp.quantities import find_quantities
from tests.extractors.test_form_patterns import write_docx, write_xlsx
from tests.extractors.text_docs import mixed_document, target_rows


# blind255, 任城 创建方案: 评价总分值在90分(含90分)以上 — the number repeated inside the bracket before 以上
def test_pattern_6_a_bound_after_an_inclusive_bracket_repeating_the_figure():
    assert [(q.operator, q.value, q.unit) for q in find_quantities("评价总分值在90分(含90分)以上")] == [(">=", 90.0, "分")]
    assert [(q.operator, q.value) for q in find_quantities("资金3万元（含3万元）以下")] == [("<=", 3.0)]
    assert [(q.operator, q.value) for q in find_quantities("合格率80%(含本数)以上")] == [(">=", 80.0)]


# blind262, 云南 民族团结 示范创建: 建设不低于:14个…示范县;129个…示范乡镇(街道);… — one bound over a list of counts
def test_pattern_6_an_operator_with_a_colon_bounds_each_count_of_its_list():
    text = "2022—2024年在全省范围内建设不低于:14个示范县;129个示范乡镇;1200个示范村。计划投入资金1500万元。"
    assert [(t.operator, t.value) for t in targets_in(text, indicator_list=True)] == [
        (">=", 14.0), (">=", 129.0), (">=", 1200.0), ("=", 1500.0)]


# blind255, 任城 创建方案 and blind270, 安全生产目标责任书: a section headed in words no goal label has (二、创建目标,
# 一、目标) states the plan's goals, its numbered lines its targets
def test_pattern_10_a_section_headed_create_targets_gives_goals_and_targets():
    ext = extract_document(mixed_document(
        "方案.docx", "docx", "某区创建农产品质量安全区实施方案",
        ("heading", "一、指导思想"), "以提升农产品质量安全水平为目标,推进标准化生产。",
        ("heading", "二、创建目标"),
        "2022年底前,全部创建指标达到创建标准的要求,评价总分值在90分(含90分)以上。",
        ("heading", "三、保障措施"), "加强组织领导。"))
    assert [g.text[:8] for g in ext.goals] == ["2022年底前,"]
    assert ("评价总分值", ">=", 90.0, "分") in target_rows(ext)
    agreement = extract_document(mixed_document(
        "责任书.docx", "docx", "镇2010年度安全生产目标责任书",
        ("heading", "一、目标"),
        ("list_item", "1、按时完成县政府下达的各项安全生产任务;"),
        ("list_item", "2、本辖区内的民事纠纷调解率100%,治安案件处理率100%;"),
        ("heading", "二、责任人的职责"), "镇长对本镇安全生产工作负总责。"))
    assert len(agreement.goals) == 2
    assert [(i.name, i.value, i.unit) for i in agreement.indicators if i.value is not None] == [
        ("本辖区内的民事纠纷调解率", 100.0, "%"), ("治安案件处理率", 100.0, "%")]
    # a goal label's own section keeps its reading ((二)项目绩效目标 is read by its label)
    labelled = extract_document(mixed_document(
        "报告.docx", "docx", "项目自评报告", ("list_item", "(二)项目绩效目标。"),
        ("list_item", "1.总体目标:该项目主要涉及产出指标、效益指标。"),
        ("list_item", "2.阶段性目标:数量指标-修复矿山面积大于等于610亩;服务对象满意度指标-受益人群满意度大于等于80%。")))
    assert [i.name for i in labelled.indicators] == ["修复矿山面积", "受益人群满意度"]


# blind266, 辽宁 任务分工: ⑴ … ⑽ as one character each, and ⒈ likewise
def test_pattern_10_numbers_written_as_one_character_are_list_numbers():
    assert (match_number("⑽城镇保障性安居工程建设").style, match_number("⑽城镇保障性安居工程建设").value) == ("arabic_paren", 10)
    assert match_number("⒉约束性指标").style == "arabic_dot"
    # 2、 before a figure is a list number too; 2.5% stays a figure
    assert match_number("2、100%完成全年四项手术任务").title == "100%完成全年四项手术任务"
    assert match_number("2.5%") is None


# blind266, 辽宁 任务分工: (一)“十二五”时期主要规划指标。 │ 1.约束性指标。 │ ⑴九年义务教育巩固率达到97%。 │ 责任单位:…
def test_pattern_10_a_plans_indicator_titles_group_its_numbered_targets():
    ext = extract_document(mixed_document(
        "通知.docx", "docx", "关于落实规划任务分工的通知",
        ("heading", "一、主要目标和任务分工"),
        ("list_item", "(一)“十二五”时期主要规划指标。"),
        ("list_item", "1.约束性指标。"),
        "⑴九年义务教育巩固率达到97%。", "责任单位:省教育厅。",
        "⑷单位地区生产总值能耗降低17%(系国家分解指标)。", "牵头单位:省发展改革委。",
        "⑹化学需氧量、二氧化硫分别减少9.2%、10.7%(系国家分解指标)。",
        "⑼城乡三项基本医疗保险参保率95%。"))
    # the change each figure states (降低17%, 减少9.2%) is the target's, not the name's, as blind266's gold writes it
    # (since the forty-fourth session)
    assert [(i.name, i.value, i.unit) for i in ext.indicators] == [
        ("九年义务教育巩固率", 97.0, "%"), ("单位地区生产总值能耗", 17.0, "%"), ("化学需氧量", 9.2, "%"),
        ("二氧化硫", 10.7, "%"), ("城乡三项基本医疗保险参保率", 95.0, "%")]
    assert {(i.level1_text, i.level2_text) for i in ext.indicators} == {("“十二五”时期主要规划指标", "约束性指标")}


# blind266, 黑龙江 秸秆 news: 按照《方案》,2021年全省…率达到91%以上,…要稳定在95%以上 — a plan's targets in a news item
def test_pattern_10_a_paragraph_reporting_a_plans_targets_states_them():
    ext = extract_document(mixed_document(
        "新闻.docx", "docx", "今年秸秆综合利用补贴政策公布",
        "省政府办公厅日前印发了《2021年秸秆综合利用工作实施方案》。",
        "按照《方案》,2021年全省秸秆综合利用率达到91%以上,秸秆还田率达到66%以上。其他地区的秸秆还田利用率要稳定在60%以上。"))
    assert target_rows(ext) == [("全省秸秆综合利用率", ">=", 91.0, "%"), ("秸秆还田率", ">=", 66.0, "%"),
                                ("其他地区的秸秆还田利用率", ">=", 60.0, "%")]


# blind268, 瑶海区: 附件2:…项目支出部门评价报告和绩效自评表(共15个) — a bundle's title, no form whose indicators are missing
def test_pattern_8_a_bundles_title_is_no_form_without_indicators():
    ext = extract_document(mixed_document(
        "附件.docx", "docx", "附件2:某区农林水务局2022年度项目支出部门评价报告和绩效自评表(共15个)",
        "2022年党建工作项目部门评价报告", ("heading", "一、项目基本情况"),
        ("heading", "1.项目年度总体目标"), "发挥基层党组织作用,年内开展党建活动12次。"))
    assert ext.forms_without_indicators == []
    assert not [f for f in check(ext) if f.rule == "coverage.missing_dimension"]


# blind270, 衢州 村镇规划 考核表: 考核目标 merged over one column per county — the first county's target is the row's
def test_pattern_6_sub_unit_columns_under_a_merged_target_header(tmp_path):
    rows = [["序号", "考核指标", "考核目标", None, None, "基本分", "评分标准"],
            ["序号", "考核指标", "柯城区", "衢江区", "龙游县", "基本分", "评分标准"],
            [2, "中心村规划编制率", "90%", "90%", "85%", 5, "完成得基本分"],
            [3, "新增公共绿化面积(公顷)", 1, 2, 3, 10, "完成得基本分"]]
    merged = ("C1:E1", "A1:A2", "B1:B2", "F1:F2", "G1:G2")
    ext = extract_document(parse(write_xlsx(tmp_path / "kh.xlsx", rows, merges=merged)))
    assert [(i.name, i.value, i.unit, i.weight) for i in ext.indicators] == [
        ("中心村规划编制率", 90.0, "%", 5.0), ("新增公共绿化面积(公顷)", 1.0, "公顷", 10.0)]


# blind270, 东湖镇 考核计分表: a label merged down its rows written top to bottom, one character a line
def test_pattern_1_a_label_written_top_to_bottom_reads_as_one_line(tmp_path):
    rows = [["考核项目", "考核内容", "标准分", "考核分"],
            ["计\n划\n生\n育\n(30分)", "符合政策生育率达87%以上计7分。", "7分", None],
            ["计\n划\n生\n育\n(30分)", "“三查”到位率95%以上计2分。", "2分", None]]
    for path in (write_xlsx(tmp_path / "kh.xlsx", rows, merges=("A2:A3",)), write_docx(tmp_path / "kh.docx", [rows])):
        ext = extract_document(parse(path))
        assert {i.level1_text for i in ext.indicators} == {"计划生育(30分)"}, path.name


# blind270, 清洁质量评分表: 检查项目 │ 质量标准 │ 项目分数 │ 检查评定分数 │ 评分标准, over a row numbering the columns
def test_pattern_5_a_service_contracts_quality_score_sheet(tmp_path):
    rows = [["序号", "检查项目", "质量标准", "项目分数", "检查评定分数", "评分标准"],
            ["", "(一)", "(二)", "(三)", "(四)", ""],
            ["1", "院区、绿化带", "干净、无纸屑垃圾", "3", "", "每发现一处扣0.3分"],
            ["2", "标牌、指示牌", "洁净、无污迹", "1", "", "每发现一处扣0.1分"]]
    ext = extract_document(parse(write_docx(tmp_path / "score.docx", [rows])))
    assert [(i.name, i.target_text, i.weight) for i in ext.indicators] == [
        ("院区、绿化带", "干净、无纸屑垃圾", 3.0), ("标牌、指示牌", "洁净、无污迹", 1.0)]


# blind273, 湖南 住建 引导资金 监控报告: 共13352万元,其中:…支援类项目300万元(援藏援疆各50万元、扶贫200万元);另由…1000万元、…500万元
def test_pattern_10_a_breakdown_that_goes_on_in_the_next_sentence_or_counts_each_is_not_summed():
    from extractor.extractors.facts import facts_from_text

    cut = "专项资金共13352万元,其中:市县项目8010万元、省直项目1542万元;另由省财政厅切块支持专项整治1000万元、试点500万元。"
    each = "支援类项目300万元(援藏援疆各50万元、扶贫200万元)。"
    whole = "专项资金共9852万元,其中:市县项目8010万元、省直项目1542万元、支援类项目300万元。"
    assert [f for f in facts_from_text(cut) if f.kind == "sum"] == []
    assert [f for f in facts_from_text(each) if f.kind == "sum"] == []
    assert [(f.total, f.parts) for f in facts_from_text(whole) if f.kind == "sum"] == [(9852.0, [8010.0, 1542.0, 300.0])]


# blind269, 宁德 移民扶持 news: 今年全市移民扶持工作确定的主要绩效目标有:…143676人;…1643人次;… — the work named before
# the words announcing the list
def test_pattern_10_main_targets_announced_after_the_work_they_are_of():
    ext = extract_document(mixed_document(
        "新闻.docx", "docx", "某市获得中央水库移民扶持基金",
        "今年全市移民扶持工作确定的主要绩效目标有:后期扶持受益移民人口143676人;就业创业能力培训1643人次,等等。"))
    assert target_rows(ext) == [("后期扶持受益移民人口", "=", 143676.0, "人"), ("就业创业能力培训", "=", 1643.0, "人次")]


# blind270, 安全生产目标责任书: …交通事故重伤死亡数为零; — a zero is a target, neither a missing value nor an unquantified goal
def test_pattern_6_a_clause_closing_on_zero_states_a_zero_target():
    assert [(q.value, q.text) for q in find_quantities("农村用电事故,死亡重伤人数为零;")] == [(0.0, "零")]
    assert find_quantities("零星维修") == [] and find_quantities("为零售企业服务") == []
    ext = extract_document(mixed_document(
        "责任书.docx", "docx", "镇2010年度安全生产目标责任书",
        ("heading", "一、目标"),
        ("list_item", "1、行政辖区内,乡镇企业生产性事故重伤死亡数为零;"),
        ("list_item", "2、本辖区内的民事纠纷调解率100%;"),
        ("heading", "二、责任人的职责"), "镇长对本镇安全生产工作负总责。"))
    assert [(i.name, i.value) for i in ext.indicators] == [
        ("乡镇企业生产性事故重伤死亡数", 0.0), ("本辖区内的民事纠纷调解率", 100.0)]
    assert [f.rule for f in check(ext) if f.rule in ("target.missing_value", "goal.unquantified")] == []
