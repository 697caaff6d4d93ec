"""Organisations with aliases and roles, named sub-projects."""
from __future__ import annotations

from extractor.document import DocumentBuilder
from extractor.extractors.entities import alias_definitions, extract_organisations
from extractor.extractors.subprojects import extract_subprojects


def doc():
    b = DocumentBuilder("r.txt", "text")
    b.add("paragraph", "受佛山市财政局委托，广州明德咨询有限公司（以下简称“明德咨询”）对佛山市教育局（以下简称市教育局）"
                       "主管的智慧校园项目开展评价。佛山市印发《佛山市教育信息化实施方案》（以下简称《实施方案》）。")
    b.add("paragraph", "佛山市教育局联合市财政局推进建设，市财政局负责资金保障。")
    b.add("paragraph", "2023年共建成子项目5个，比如，校园安防监控平台项目（一期）已上线，学生综合素质评价系统投入使用。")
    b.add("table", "", rows=[["责任主体", "主要职责"], ["市教育局（主管单位）", "统筹项目建设"], ["市财政局", "安排资金预算"]])
    return b.build(pages=1)


def test_alias_definitions_for_orgs_and_documents():
    pairs = {(a.full, a.alias) for a in alias_definitions(doc())}
    assert ("广州明德咨询有限公司", "明德咨询") in pairs
    assert ("佛山市教育局", "市教育局") in pairs
    assert ("《佛山市教育信息化实施方案》", "《实施方案》") in pairs


def test_alias_and_short_mentions_resolve_to_one_organisation():
    orgs = {o.name: o for o in extract_organisations(doc())}
    edu = orgs["佛山市教育局"]
    assert "市教育局" in edu.aliases and "市教育局" not in orgs
    assert "统筹项目建设" in edu.roles
    fin = orgs["佛山市财政局"]
    assert "市财政局" in fin.aliases and "安排资金预算" in fin.roles
    assert "明德咨询" in orgs["广州明德咨询有限公司"].aliases


def test_named_subprojects():
    names = {s.name for s in extract_subprojects(doc(), project="智慧校园项目")}
    assert "校园安防监控平台项目（一期）" in names
    assert "学生综合素质评价系统" in names
    assert not any(n.endswith("子项目") for n in names)


def _report(*paragraphs):
    b = DocumentBuilder("r.txt", "text")
    for text in paragraphs:
        b.add("paragraph", text)
    return b.build(pages=1)


def test_declared_list_of_subprojects_is_taken_whole_and_complete():
    report = _report(
        "项目计划建设子项目4个，分别为县域医共体信息平台升级、远程影像诊断中心、基层检验共享系统和家庭医生签约小程序，"
        "覆盖全县18个乡镇卫生院。",
        "年内建成县域健康信息综合平台，影像诊断系统已上线运行。",
    )
    names = {s.name for s in extract_subprojects(report, project="县域医共体信息化项目")}
    # the four listed items, whole (none cut at 平台/系统), and nothing else: the list names its count
    assert names == {"县域医共体信息平台升级", "远程影像诊断中心", "基层检验共享系统", "家庭医生签约小程序"}


def test_a_list_without_its_count_keeps_other_named_subprojects():
    report = _report(
        "子项目包括县域医共体信息平台升级、远程影像诊断中心等。",
        "比如，基层检验共享系统已上线运行。",
    )
    names = {s.name for s in extract_subprojects(report, project="县域医共体信息化项目")}
    assert {"县域医共体信息平台升级", "远程影像诊断中心", "基层检验共享系统"} <= names


def test_city_inside_a_word_is_no_place_prefix():
    report = _report("项目包括城市运行监测中心升级和社区综合服务中心改造，由江州市城市管理局组织实施。")
    names = {o.name for o in extract_organisations(report)}
    assert any(n.endswith("城市管理局") for n in names), names
    assert not any(n.startswith(("市运行", "区综合")) for n in names), names
