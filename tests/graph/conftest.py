"""Hand-built extractions of one project in three documents, with planted gaps.

Planted (and nothing else): goal ``goal:plan.txt:2`` has no indicator; the self-assessment row
``巡查覆盖率`` has no actual value; sub-project ``档案整理`` is tied to no goal; the declared
indicator ``培训人次`` is never reported (and ``巡查覆盖率``, whose only report lacks a value); as the plan lists
sub-projects, every goal of the project but the plan's first (served by ``视频监控扩容``) has no sub-project.
"""
from __future__ import annotations

import pytest

from extractor.extraction import Extraction, Fact, Goal, Indicator, Organisation, SubProject, Target


def _ind(n, name, value, unit, actual=None, op=">=", level2="数量指标"):
    return Indicator(id=f"I{n}", name=name, level1="产出指标", level2=level2, operator=op, value=value, unit=unit,
                     target_text=f"{op}{value:g}{unit}", actual=actual,
                     actual_text=None if actual is None else f"{actual:g}{unit}", page=2, refs=["#/blocks/7"], row=n)


@pytest.fixture
def target_form() -> Extraction:
    return Extraction(
        source="corpus/zhcg-target-form.xlsx", project="2024年度智慧城管（二期）建设项目", doc_type="target_form",
        fields={"项目名称": "2024年度智慧城管（二期）建设项目", "项目简称": "城管二期", "主管部门": "江州市城市管理局",
                "实施单位": "江州市数字城管中心"},
        goals=[
            Goal(id="G1", kind="中期目标", text="建成覆盖全市的智慧城管平台，接入视频点位1200个。", quantified=True,
                 targets=[Target(metric="视频点位", operator="=", value=1200, unit="个")], refs=["#/blocks/3"], page=1),
            Goal(id="G2", kind="年度目标", text="完成案件办理系统升级并开展业务培训。", quantified=False,
                 refs=["#/blocks/4"], page=1),
        ],
        indicators=[
            _ind(1, "接入视频点位数量", 1200, "个"),
            _ind(2, "案件按期办结率", 95, "%", level2="时效指标"),
            _ind(3, "巡查覆盖率（%）", 90, "%", level2="质量指标"),
            _ind(4, "培训人次", 300, "人次"),
        ],
        organisations=[Organisation(name="江州市城市管理局", aliases=["市城管局"], roles=["主管部门"])],
    )


@pytest.fixture
def self_assessment() -> Extraction:
    return Extraction(
        source="corpus/zhcg-self-assessment.docx", project="智慧城管二期", doc_type="self_assessment",
        fields={"项目名称": "智慧城管二期", "主管部门": "市城管局", "实施单位": "数字城管中心"},
        goals=[Goal(id="G1", kind="年度目标", text="完成案件办理系统升级。", quantified=False,
                    actual_text="系统已上线运行。", refs=["#/blocks/5"], page=1)],
        indicators=[
            _ind(1, "接入视频点位数量", 1200, "个", actual=1180),
            _ind(2, "案件按期办结率", 95, "%", actual=96.5, level2="时效指标"),
            _ind(3, "巡查覆盖率", 90, "%", actual=None, level2="质量指标"),
        ],
        organisations=[Organisation(name="数字城管中心", aliases=["江州市数字城管中心"], roles=["实施单位"])],
    )


@pytest.fixture
def plan() -> Extraction:
    return Extraction(
        source="corpus/plan.txt", project="城管二期", doc_type="plan",
        goals=[
            Goal(id="P1", kind="具体目标", text="案件按期办结率达到95%以上。", quantified=True,
                 targets=[Target(metric="案件按期办结率", operator=">=", value=95, unit="%")], refs=["#/blocks/2"]),
            Goal(id="P2", kind="具体目标", text="健全长效管理机制。", quantified=False, refs=["#/blocks/3"]),
        ],
        facts=[Fact(metric="预算执行率", kind="budget", planned=500, actual=480, stated_rate=96.0, unit="万元")],
        subprojects=[SubProject(id="S1", name="视频监控扩容", goal_ids=["P1"]),
                     SubProject(id="S2", name="档案整理")],
    )


@pytest.fixture
def project(target_form, self_assessment, plan) -> list[Extraction]:
    return [target_form, self_assessment, plan]


@pytest.fixture
def planted_gaps() -> set[tuple[str, str]]:
    return {
        ("goal_without_indicator", "goal:plan.txt:2"),
        *(("goal_without_subproject", goal) for goal in ("goal:zhcg-target-form.xlsx:1", "goal:zhcg-target-form.xlsx:2",
                                                          "goal:zhcg-self-assessment.docx:1", "goal:plan.txt:2")),
        ("indicator_without_evidence", "indicator:zhcg-self-assessment.docx:3"),
        ("subproject_without_goal", "subproject:plan.txt:2"),
        ("target_never_reported", "indicator:zhcg-target-form.xlsx:3"),
        ("target_never_reported", "indicator:zhcg-target-form.xlsx:4"),
    }
