"""Sub-projects and their goal links on the plan samples (corpora/plans, written by make_plans.py).

Parse → extract on the real DOCX and PDF files; what is expected comes from plan_content.py, the data the
generator wrote the documents from.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from extractor import parse
from extractor.checker import run_rules
from extractor.document import DocumentBuilder
from extractor.extractors import extract_document
from extractor.extractors.goal_links import goal_references, number_value
from extractor.extractors.subprojects import extract_subprojects
from extractor.layout.clauses import build_clauses

PLANS = Path(__file__).resolve().parents[2] / "corpora" / "plans"
sys.path.insert(0, str(PLANS))
import plan_content as P  # noqa: E402

FILES = [(plan, suffix) for plan in P.PLANS for suffix in (".docx", ".pdf")]


@pytest.fixture(scope="module")
def extracted():
    cache = {}

    def get(plan: P.Plan, suffix: str):
        name = plan.file.replace(".docx", suffix)
        if name not in cache:
            cache[name] = extract_document(parse(PLANS / name))
        return cache[name]

    return get


def _ids(files):
    return [plan.file.replace(".docx", suffix) for plan, suffix in files]


def _by_name(ext):
    return {sp.name: sp for sp in ext.subprojects}


def _linked_numbers(ext, sp, method):
    numbers = {g.id: g.number for g in ext.goals}
    return {number_value(numbers[link.goal_id]) for link in sp.goal_links if link.method == method and link.goal_id}


@pytest.mark.parametrize("plan,suffix", FILES, ids=_ids(FILES))
def test_every_subproject_with_its_number_investment_and_units(extracted, plan, suffix):
    ext = extracted(plan, suffix)
    found = _by_name(ext)
    assert list(found) == [s.name for s in plan.subs]  # no more, no fewer, in document order
    for sub in plan.subs:
        sp = found[sub.name]
        assert (sp.investment, sp.investment_unit) == (sub.investment, plan.unit), sub.name
        assert sp.lead_units == list(sub.lead), sub.name
        assert sp.refs
        if suffix == ".pdf":
            assert sp.page is not None
        if sub.partners:
            assert sp.partner_units == list(sub.partners), sub.name


@pytest.mark.parametrize("plan,suffix", FILES, ids=_ids(FILES))
def test_origin_follows_the_layout(extracted, plan, suffix):
    origin = {P.A.file: "section", P.B.file: "table", P.C.file: "section", P.D.file: "section",
              P.E.file: "report_row", P.F.file: "section"}[plan.file]
    assert {sp.origin for sp in extracted(plan, suffix).subprojects} == {origin}


@pytest.mark.parametrize("plan,suffix", FILES, ids=_ids(FILES))
def test_numbered_goals_keep_their_number(extracted, plan, suffix):
    goals = {number_value(g.number): g.text for g in extracted(plan, suffix).goals if g.number}
    for goal in plan.goals:
        assert goal.text in goals.get(number_value(goal.number), ""), goal


EXPLICIT = [(plan, suffix) for plan, suffix in FILES if plan in (P.A, P.B, P.D)]


@pytest.mark.parametrize("plan,suffix", EXPLICIT, ids=_ids(EXPLICIT))
def test_explicit_references_link_to_the_goal_with_that_number(extracted, plan, suffix):
    ext = extracted(plan, suffix)
    for sub in plan.subs:
        sp = _by_name(ext)[sub.name]
        assert _linked_numbers(ext, sp, "explicit") == {number_value(n) for n in sub.refs}, sub.name
        assert not _linked_numbers(ext, sp, "content"), "a sub-project that cites its goals gets no content link"
        for link in sp.goal_links:
            assert link.method == "explicit" and link.confidence == 1.0
            assert number_value(link.goal_number) in {number_value(n) for n in sub.refs + sub.cites_unknown}
        assert set(sp.goal_ids) == {link.goal_id for link in sp.goal_links if link.goal_id}


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_each_reference_form_of_the_samples(extracted, suffix):
    ext = extracted(P.A, suffix)
    first = _by_name(ext)[P.A.subs[0].name]  # cited in its heading: （一）…项目（对应具体目标第1、2项）
    assert first.name == P.A.subs[0].name and "对应具体目标第1、2项" in first.goal_links[0].reference
    table = _by_name(extracted(P.B, suffix))["城南片区雨污分流改造工程"]  # a 对应目标 column: 目标一、目标二
    assert [link.goal_number for link in table.goal_links] == ["一", "二"]
    paren = _by_name(extracted(P.D, suffix))["智慧教室建设"]  # 本子项目服务于（一）
    assert [link.goal_number for link in paren.goal_links] == ["（一）"]


def test_reference_phrases():
    refs = lambda text: [(r.number, r.kind) for r in goal_references(text)]  # noqa: E731
    assert refs("（对应具体目标第1、5项）") == [("1", "具体目标"), ("5", "具体目标")]
    assert refs("本项目支撑目标二。") == [("二", None)]
    assert refs("服务于（三）") == [("（三）", None)]
    assert refs("对应绩效目标：目标一、目标三") == [("一", None), ("三", None)]
    assert refs("对应年度目标2") == [("2", "年度目标")]
    assert refs("支撑第4项目标") == [("4", None)]
    assert refs("（关联绩效目标第2条）") == [("2", None)]
    assert refs("对应目标（一）（三）") == [("（一）", None), ("（三）", None)]
    # numbers that are no goal reference
    assert refs("服务10万人次，实现3个区全覆盖") == []
    assert refs("对应第3个网格") == []


IMPLICIT = [(plan, suffix) for plan, suffix in FILES if plan in (P.C, P.F)]


@pytest.mark.parametrize("plan,suffix", IMPLICIT, ids=_ids(IMPLICIT))
def test_implicit_plan_links_by_shared_quantities_and_measured_terms_only(extracted, plan, suffix):
    ext = extracted(plan, suffix)
    for sub in plan.subs:
        sp = _by_name(ext)[sub.name]
        assert _linked_numbers(ext, sp, "content") == {number_value(n) for n in sub.serves}, sub.name
        assert all(link.method == "content" and 0.5 < link.confidence < 1.0 and link.reference for link in sp.goal_links)
    # shared words (管网, 城市书房), another measure's 90% or 95%: no link
    unlinked = [s.name for s in plan.subs if not s.serves]
    assert unlinked and all(_by_name(ext)[name].goal_links == [] for name in unlinked)


def test_weak_overlap_is_no_link():
    b = DocumentBuilder("plan.txt", "text")
    b.add("heading", "一、具体目标", level=1, number="一、")
    b.add("list_item", "1.新建污水管网86公里，城区生活污水集中收集率达到75%以上。", number="1.")
    b.add("heading", "二、主要建设内容", level=1, number="二、")
    b.add("heading", "（一）老城区管网普查项目", level=2, number="（一）")
    b.add("paragraph", "投资估算：600万元。建设内容：对老城区污水管网开展普查，建立管网档案，普查范围12平方公里。")
    doc = b.build(pages=1)
    doc.clauses = build_clauses(doc)
    ext = extract_document(doc)
    (sp,) = ext.subprojects
    assert sp.name == "老城区管网普查项目" and sp.investment == 600
    assert sp.goal_links == []


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_body_text_phrases_are_never_subprojects(extracted, suffix):
    # the plan's 项目概况 reads "依托全市统一的移动政务服务平台和政务服务评价系统" (the false positives of issue 15)
    for plan in (P.A, P.E):
        names = set(_by_name(extracted(plan, suffix)))
        assert not names & {"移动政务服务平台", "政务服务评价系统"}, names


def test_a_report_paragraph_naming_systems_gives_no_subproject():
    b = DocumentBuilder("r.txt", "text")
    b.add("paragraph", "通过一体化政务服务平台、移动政务服务平台，构建政务服务统一出入口，政务服务评价系统已上线运行。")
    b.add("paragraph", "项目建成智慧城管等15个重点应用领域子项目，群众办事时间明显缩短。")
    assert extract_subprojects(b.build(pages=1), project="数字政府建设项目") == []


def test_example_after_a_mention_of_subprojects_is_taken():
    b = DocumentBuilder("r.txt", "text")
    b.add("paragraph", "已完成的子项目产出情况较为理想。比如，智慧人社项目完善办事流程，实现与省电子公文交换系统对接。")
    names = [s.name for s in extract_subprojects(b.build(pages=1))]
    assert names == ["智慧人社项目"]


def test_task_table_split_across_pdf_pages_is_read_whole(extracted):
    gold = json.loads((PLANS / "annotations" / "plan-drainage-task-table.pdf.json").read_text(encoding="utf-8"))
    first, last = gold["pdf_layout"]["table_pages"]
    assert first < last, "the sample must keep its task table across a page break"
    assert [sp.number for sp in extracted(P.B, ".pdf").subprojects] == [s.number for s in P.B.subs]


def test_headerless_continuation_table_continues_the_task_table():
    b = DocumentBuilder("t.txt", "text")
    header = ["序号", "项目名称", "建设内容", "投资（万元）", "责任单位", "完成时限"]
    b.add("table", "", rows=[header, ["1", "城东片区排水管网新建工程", "新建雨水管网46公里", "9800", "江州市水务局", "2025年12月"]])
    b.add("table", "", rows=[["2", "城西泵站扩建工程", "新增抽排能力每秒12立方米", "6400", "江州市水务局", "2026年10月"],
                             ["合计", "", "", "16200", "", ""]])
    subs = extract_subprojects(b.build(pages=2))
    assert [(s.name, s.investment, s.investment_unit) for s in subs] == [
        ("城东片区排水管网新建工程", 9800, "万元"), ("城西泵站扩建工程", 6400, "万元")]


def test_tasks_without_investment_or_unit_are_not_subprojects():
    # corpora/samples/plan-gbk.txt: 二、重点任务 with numbered tasks (推进视频资源整合 …), no project fields
    ext = extract_document(parse(PLANS.parent / "samples" / "plan-gbk.txt"))
    assert ext.subprojects == []


# --------------------------------------------------------------------------- checks


def _findings(ext, rule):
    return [f for f in run_rules(ext) if f.rule == rule]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_investments_against_the_stated_total(extracted, suffix):
    for plan in (P.A, P.B, P.C, P.D, P.F):
        ext = extracted(plan, suffix)
        fact = next(f for f in ext.facts if f.metric == "子项目投资合计")
        assert fact.total == plan.stated_total and fact.parts == [s.investment for s in plan.subs]
        sums = [f for f in _findings(ext, "consistency.sum") if f.item == "子项目投资合计"]
        if sum(s.investment for s in plan.subs) == plan.stated_total:
            assert sums == [], plan.file
        else:  # the 申报书 asks 1500 for sub-projects of 1480
            (finding,) = sums
            assert finding.numbers["computed_total"] == sum(s.investment for s in plan.subs)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_reference_to_a_goal_that_does_not_exist(extracted, suffix):
    for plan in P.PLANS:
        findings = _findings(extracted(plan, suffix), "subproject.unknown_goal")
        cited = [(s.name, n) for s in plan.subs for n in s.cites_unknown]
        assert [(f.item, f.numbers["goal_number"]) for f in findings] == [
            (next(sp.id for sp in extracted(plan, suffix).subprojects if sp.name == name), n) for name, n in cited]
        for f in findings:
            assert f.severity == "warning" and "不存在" in f.message and f.suggestion


def _plan(*blocks):
    b = DocumentBuilder("plan.txt", "text")
    for kind, text in blocks:
        b.add(kind, text)
    doc = b.build(pages=1)
    doc.clauses = build_clauses(doc)
    return extract_document(doc)


def test_numbered_projects_with_fields_in_sentences_and_mixed_money_units():
    ext = _plan(
        ("heading", "一、工作目标"),
        ("list_item", "1.新建社区养老服务站30个。"),
        ("list_item", "2.为1200户特殊困难老年人家庭实施适老化改造。"),
        ("list_item", "3.培训养老护理员不少于600人次。"),
        ("heading", "二、重点建设项目"),
        ("heading", "1.社区养老服务站建设工程"),
        ("paragraph", "项目总投资约1.2亿元，其中市级财政资金8000万元。由江州市民政局牵头，各区人民政府配合。对应第一项具体目标。"),
        ("heading", "2.居家适老化改造项目"),
        ("paragraph", "投资规模：960万元；责任单位：江州市民政局（牵头）、江州市残疾人联合会。（支撑目标：2）"),
        ("heading", "3.养老护理人才培训项目"),
        ("paragraph", "计划投资：240万元。实施单位：江州市人力资源和社会保障局。服务于具体目标（三）。"),
        ("heading", "三、资金保障"),
        ("paragraph", "行动方案总投资13200万元。"),
    )
    got = [(s.name, s.investment, s.investment_unit, s.lead_units, s.partner_units, s.goal_ids) for s in ext.subprojects]
    g1, g2, g3 = (g.id for g in ext.goals)
    assert got == [
        ("社区养老服务站建设工程", 1.2, "亿元", ["江州市民政局"], ["各区人民政府"], [g1]),
        ("居家适老化改造项目", 960, "万元", ["江州市民政局"], ["江州市残疾人联合会"], [g2]),
        ("养老护理人才培训项目", 240, "万元", ["江州市人力资源和社会保障局"], [], [g3]),
    ]
    total = next(f for f in ext.facts if f.metric == "子项目投资合计")
    assert (total.parts, total.total, total.unit) == ([12000, 960, 240], 13200, "万元")


def test_subprojects_opened_by_a_label_and_number():
    ext = _plan(
        ("heading", "一、绩效目标"),
        ("paragraph", "目标1：新建智慧教室240间。"),
        ("paragraph", "目标2：培训教师3000人次。"),
        ("heading", "二、子项目情况"),
        ("paragraph", "子项目一：智慧教室建设"),
        ("paragraph", "申请资金820万元，承担单位为江州市教育局，对应目标1。"),
        ("paragraph", "子项目二：教师培训。申请资金180万元，由江州市教师发展中心负责实施，对应目标2。"),
    )
    got = [(s.number, s.name, s.investment, s.lead_units, [link.goal_number for link in s.goal_links]) for s in ext.subprojects]
    assert got == [("子项目一", "智慧教室建设", 820, ["江州市教育局"], ["1"]),
                   ("子项目二", "教师培训", 180, ["江州市教师发展中心"], ["2"])]


def test_task_list_with_separate_units_columns_and_yearly_investments():
    b = DocumentBuilder("t.txt", "text")
    header = ["序号", "重点任务", "具体任务", "2025年投资", "总投资（万元）", "责任单位", "完成时限"]
    b.add("table", "", rows=[
        header,
        ["1", "城市书房建设工程", "新建城市书房12家", "300", "600", "牵头单位：江州市文化广电旅游局；配合单位：各区人民政府", "2026年底"],
        ["2", "公共文化云平台项目", "建设文化云平台，汇聚数字资源", "150", "150", "江州市图书馆", "2025年底"],
    ])
    subs = extract_subprojects(b.build(pages=1))
    assert [(s.name, s.investment, s.lead_units, s.partner_units, s.summary) for s in subs] == [
        ("城市书房建设工程", 600, ["江州市文化广电旅游局"], ["各区人民政府"], "新建城市书房12家"),
        ("公共文化云平台项目", 150, ["江州市图书馆"], [], "建设文化云平台，汇聚数字资源"),
    ]


def test_a_shared_percentage_alone_is_no_link_and_numbered_goals_win_over_an_overall_goal():
    ext = _plan(
        ("heading", "一、总体目标"),
        ("paragraph", "到2026年底，新建社区养老服务站30个，老年人满意度达到90%以上。"),
        ("heading", "二、具体目标"),
        ("list_item", "1.新建社区养老服务站30个。"),
        ("list_item", "2.老年人对养老服务的满意度达到90%以上。"),
        ("heading", "三、主要建设内容"),
        ("heading", "（一）社区养老服务站建设项目"),
        ("paragraph", "投资估算：1500万元。建设内容：在各街道新建社区养老服务站30个，验收合格率达到90%。"),
    )
    (sp,) = ext.subprojects
    numbers = {g.id: g.number for g in ext.goals}
    assert [(numbers[link.goal_id], link.method, link.reference) for link in sp.goal_links] == [("1", "content", "30个")]


def test_investment_in_the_heading_and_group_rows_of_a_table():
    ext = _plan(
        ("heading", "一、主要建设内容"),
        ("heading", "（一）城市书房建设工程（投资600万元）"),
        ("paragraph", "牵头单位：江州市文化广电旅游局。建设内容：新建城市书房12家。"),
    )
    assert [(s.name, s.investment, s.investment_unit) for s in ext.subprojects] == [("城市书房建设工程", 600, "万元")]
    b = DocumentBuilder("t.txt", "text")
    b.add("table", "", rows=[
        ["序号", "项目名称", "建设内容", "投资（万元）", "责任单位"],
        ["一", "管网建设类", "", "", ""],
        ["1", "城东片区排水管网新建工程", "新建雨水管网46公里", "9800", "江州市水务局"],
        ["二", "泵站提升类", "", "", ""],
        ["2", "城西泵站扩建工程", "新增抽排能力每秒12立方米", "6400", "江州市水务局"],
    ])
    assert [s.name for s in extract_subprojects(b.build(pages=1))] == ["城东片区排水管网新建工程", "城西泵站扩建工程"]


def test_subproject_rows_of_a_self_assessment_sheet(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["江州市智慧城管三期项目子项目完成情况表"])
    ws.append(["填报单位：江州市城市管理局", "", "", "", "", "单位：元"])
    ws.append(["序号", "子项目名称", "预算数", "实际支出", "完成情况", "责任单位"])
    for sub in P.E.subs:
        ws.append([sub.number, sub.name, sub.investment * 10000, sub.actual * 10000, sub.status, "、".join(sub.lead)])
    path = tmp_path / "self.xlsx"
    wb.save(path)
    subs = extract_document(parse(path)).subprojects
    assert [(s.name, s.investment, s.investment_unit, s.lead_units, s.origin) for s in subs] == [
        (sub.name, sub.investment * 10000, "元", list(sub.lead), "report_row") for sub in P.E.subs]


def test_a_total_with_other_costs_is_compared_through_its_share():
    blocks = [
        ("heading", "一、主要建设内容"),
        ("heading", "（一）城市书房建设工程"),
        ("paragraph", "投资估算：600万元。牵头单位：江州市文化广电旅游局。"),
        ("heading", "（二）公共文化云平台项目"),
        ("paragraph", "投资估算：150万元。牵头单位：江州市图书馆。"),
        ("heading", "二、资金安排"),
    ]
    ext = _plan(*blocks, ("paragraph", "项目总投资800万元，其中工程费用750万元、预备费50万元。"))
    total = next(f for f in ext.facts if f.metric == "子项目投资合计")
    assert (total.total, total.parts) == (750, [600, 150])
    assert not [f for f in run_rules(ext) if f.item == "子项目投资合计"]
    ext = _plan(*blocks, ("paragraph", "项目总投资800万元，其中市级财政500万元、区级配套300万元。"))
    assert [f.numbers["computed_total"] for f in run_rules(ext) if f.item == "子项目投资合计"] == [750]


def test_goal_items_keep_their_number_as_written():
    from extractor.extractors.goals import numbered_items

    assert numbered_items("目标一：建成平台1个；目标二：培训500人次。") == [("一", "建成平台1个"), ("二", "培训500人次")]
    assert numbered_items("1.新建管网86公里。2.改造混接点320处。") == [("1", "新建管网86公里"), ("2", "改造混接点320处")]
    assert numbered_items("（三）完成教师培训3000人次。") == [("（三）", "完成教师培训3000人次。")]
    assert numbered_items("全面提升城市管理水平。") == [(None, "全面提升城市管理水平。")]


def test_numbered_tasks_with_their_lead_unit_in_the_same_paragraph():
    ext = _plan(
        ("heading", "一、主要目标"),
        ("list_item", "1.新增视频监控接入800路。"),
        ("list_item", "2.数据共享接口不少于40个。"),
        ("heading", "二、重点任务"),
        ("list_item", "1.推进视频资源整合。2024年完成新增视频监控接入800路。（牵头单位：江州市城市管理局；配合单位：江州市公安局）"),
        ("list_item", "2.建设城管数据资源中心。编制数据资源目录，对接共享接口。（责任单位：江州市数据资源管理局；对应目标2）"),
        ("list_item", "3.加强队伍建设。定期组织业务培训。"),
    )
    got = [(s.name, s.lead_units, s.partner_units, [(link.method, link.goal_number) for link in s.goal_links])
           for s in ext.subprojects]
    assert got == [
        ("推进视频资源整合", ["江州市城市管理局"], ["江州市公安局"], [("content", "1")]),
        ("建设城管数据资源中心", ["江州市数据资源管理局"], [], [("explicit", "2")]),
    ]  # the third task names no unit, investment or project: a task, not a sub-project


def test_a_report_on_its_subprojects_in_numbered_sections():
    ext = _plan(
        ("heading", "一、项目基本情况"),
        ("paragraph", "本项目由江州市城市管理局组织实施。"),
        ("heading", "二、子项目完成情况"),
        ("heading", "（一）城市运行感知网络扩容项目"),
        ("paragraph", "预算资金860万元，实际支出842.6万元，已完成设备布设并通过初验。"),
        ("heading", "（二）智能视频分析扩展工程"),
        ("paragraph", "预算资金520万元，8类识别算法已上线运行。"),
        ("heading", "三、存在的问题"),
        ("heading", "（一）部分接口尚未打通"),
        ("paragraph", "移动政务服务平台接口尚未完全打通。"),
    )
    assert [(s.name, s.investment, s.origin) for s in ext.subprojects] == [
        ("城市运行感知网络扩容项目", 860, "report_row"), ("智能视频分析扩展工程", 520, "report_row")]


# -- amounts of money, read by the quantity engine (money_amounts) after the label patterns ---------------------

@pytest.mark.parametrize("text, money", [
    ("投资960万元", (960.0, "万元")),
    ("5，000万元", (5000.0, "万元")),            # a full-width comma between digit groups
    ("1.5亿元", (1.5, "亿元")),
    ("补助12万元/年", (12.0, "万元")),
    ("五百万元", (5000000.0, "元")),
    ("5千元", None),                              # not a budget unit
    ("960", None),                                # no unit
    ("无", None),
    ("", None),
])
def test_money(text, money):
    from extractor.extractors.subprojects import _money

    assert _money(text) == money


@pytest.mark.parametrize("body, money", [
    ("本项目总投资约500万元，建设周期一年。", (500.0, "万元")),
    ("申请资金：120万元。", (120.0, "万元")),
    ("资金来源为财政资金，共建设3个站点，投入80万元。", None),   # the amount must follow the label
    ("建设3个站点。", None),
])
def test_money_in_sentence(body, money):
    from extractor.extractors.subprojects import _money_in_sentence

    assert _money_in_sentence(body) == money


def test_the_stated_total_is_the_label_and_the_amount_after_it():
    from extractor.extractors.subprojects import _STATED_TOTAL, _labelled_amount

    text = "项目总投资3500万元，其中工程费用3280万元、预备费220万元。"
    assert _labelled_amount(_STATED_TOTAL, text) == (3500.0, "万元", "项目总投资3500万元")
    assert _labelled_amount(_STATED_TOTAL, "总投资待定，资金3500万元") is None


@pytest.mark.parametrize("cell, table_unit, investment", [
    ("960万元", None, (960.0, "万元")),           # an amount with its unit
    ("960", "元", (960.0, "元")),                 # a bare number in the table's unit
    ("960", None, (960.0, "万元")),               # else 万元
    ("", None, (None, None)),
])
def test_set_investment(cell, table_unit, investment):
    from types import SimpleNamespace

    from extractor.extraction import SubProject
    from extractor.extractors.subprojects import _set_investment

    sp = SubProject(id="sp1", name="试点")
    _set_investment(sp, cell, SimpleNamespace(unit=table_unit))
    assert (sp.investment, sp.investment_unit) == investment
