"""Synthetic extraction records for benchmarks: projects of four documents each.

Each project has a 目标申报表 (targets), a 自评表 (actual values), an evaluation report (facts,
sub-projects, a goal naming indicators) and a contract (terms, parties), with the project written
differently across them (year prefix, brackets, a declared 项目简称) and organisations under aliases.
Gaps are planted at fixed rates and listed in ``expected_gaps.json`` from the generator's own data:
goals with no indicator, goals no sub-project serves, self-assessment rows with no actual value,
sub-projects tied to no goal, targets never reported. Usage::

    python bench/make_synthetic.py OUT --docs 10000 [--seed 7]

writes ``OUT/docs/<batch>/<n>-<kind>.json`` (1,000 documents per batch folder) and
``OUT/expected_gaps.json``. :func:`synthetic_project` is importable for other benchmarks.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.extraction import (  # noqa: E402
    ContractTerm,
    Extraction,
    Fact,
    Goal,
    Indicator,
    Organisation,
    SubProject,
    Target,
)

AREAS = ["城管", "政务", "教育", "医疗", "交通", "水务", "环保", "农业", "文旅", "社保", "应急", "住建"]
THINGS = ["视频监控", "数据共享", "网格巡查", "案件办理", "热线受理", "设备运维", "人员培训", "平台接入", "信息采集", "预警处置"]
MEASURES = [  # (suffix, level1, level2, operator, value, unit)
    ("点位数量", "产出指标", "数量指标", ">=", 120, "个"),
    ("覆盖率", "产出指标", "质量指标", ">=", 95, "%"),
    ("验收合格率", "产出指标", "质量指标", "=", 100, "%"),
    ("按期完成率", "产出指标", "时效指标", ">=", 90, "%"),
    ("单位成本", "产出指标", "成本指标", "<=", 1.2, "万元"),
    ("平均响应时间", "效益指标", "社会效益指标", "<=", 2, "小时"),
    ("服务人次", "效益指标", "社会效益指标", ">=", 5000, "人次"),
    ("群众满意度", "满意度指标", "服务对象满意度指标", ">=", 90, "%"),
]
ORPHAN_SUBPROJECTS = ["档案数字化整理", "机房消防改造", "办公家具购置", "车辆租赁服务"]
SUBPROJECT_WORDS = ["一期平台扩容", "移动终端部署", "指挥中心改造", "数据治理"]
ORG_STEMS = ["城市管理", "政务服务数据管理", "教育", "卫生健康", "交通运输", "水务", "生态环境", "农业农村", "文化广电旅游",
             "人力资源和社会保障", "应急管理", "住房和城乡建设"]
CITIES = ["东城", "西江", "南山", "北湖", "青川", "临海", "云岭", "松原", "白沙", "金川"]
VENDORS = ["华信科技", "智联信息", "中科数通", "远景软件", "天元网络", "博瑞系统"]

RATE_MISSING_ACTUAL = 0.3  # a 自评表 row left without 实际完成值
RATE_UNREPORTED = 0.3  # a declared indicator missing from the 自评表 and the report
RATE_ORPHAN_SUBPROJECT = 0.3
RATE_UNMEASURED_GOAL = 0.25


def _org(city: str, stem: str) -> tuple[str, str]:
    """(full name, alias): ``东城市城市管理局`` / ``东城城市管理局``."""
    return f"{city}市{stem}局", f"{city}{stem}局"


def synthetic_project(p: int, rng: random.Random) -> tuple[list[Extraction], list[dict]]:
    """Four extractions of project ``p`` and the gaps planted in them (``kind``, ``source``, ``name``)."""
    area = AREAS[p % len(AREAS)]
    city = CITIES[(p // len(AREAS)) % len(CITIES)]
    name = f"{city}{area}智慧化提升（{p:05d}）"
    short = f"{area}提升{p:05d}"
    dept_full, dept_alias = _org(city, ORG_STEMS[p % len(ORG_STEMS)])
    impl_full, impl_alias = f"{city}市{area}信息中心", f"{city}{area}信息中心"
    vendor = VENDORS[p % len(VENDORS)] + "有限公司"
    stem = f"{p:05d}"
    gaps: list[dict] = []

    things = rng.sample(THINGS, 3)
    rows = [(t, m) for t in things for m in rng.sample(MEASURES, 4)]  # 12 indicators, distinct names
    declared = []
    for n, (thing, (suffix, l1, l2, op, value, unit)) in enumerate(rows, 1):
        declared.append(Indicator(id=f"I{n}", name=f"{area}{thing}{suffix}", level1=l1, level2=l2, operator=op,
                                  value=float(value), unit=unit, target_text=f"{op}{value}{unit}", weight=5.0,
                                  page=2, refs=["#/blocks/6"], row=n))
    unreported = {i for i in range(len(declared)) if rng.random() < RATE_UNREPORTED / 4}
    metric_goal = [Target(metric=declared[0].name, operator=declared[0].operator, value=declared[0].value,
                          unit=declared[0].unit)]
    target_form = Extraction(
        source=f"{stem}-target-form.xlsx", project=f"2024年度{name}项目", doc_type="target_form",
        fields={"项目名称": f"2024年度{name}项目", "项目简称": short, "主管部门": dept_full, "实施单位": impl_full},
        goals=[Goal(id="G1", kind="中期目标", text=f"三年内建成{area}{things[0]}体系。", quantified=True,
                    targets=metric_goal, refs=["#/blocks/3"], page=1),
               Goal(id="G2", kind="年度目标", text=f"本年度完成{area}{things[1]}和{things[2]}建设。", quantified=False,
                    refs=["#/blocks/4"], page=1)],
        indicators=declared,
        organisations=[Organisation(name=dept_full, aliases=[dept_alias], roles=["主管部门"])],
    )
    for i in sorted(unreported):
        gaps.append({"kind": "target_never_reported", "source": target_form.source, "name": declared[i].name})

    reported = []
    for i, ind in enumerate(declared):
        if i in unreported:
            continue
        missing = rng.random() < RATE_MISSING_ACTUAL / 4
        actual = None if missing else round(ind.value * rng.uniform(0.8, 1.2), 1)
        reported.append(Indicator(id=f"S{i + 1}", name=ind.name, level1=ind.level1, level2=ind.level2,
                                  operator=ind.operator, value=ind.value, unit=ind.unit, target_text=ind.target_text,
                                  actual=actual, actual_text=None if missing else f"{actual:g}{ind.unit}",
                                  weight=ind.weight, score=None if missing else 4.5, page=2,
                                  refs=["#/blocks/8"], row=len(reported) + 1))
    self_assessment = Extraction(
        source=f"{stem}-self-assessment.docx", project=name, doc_type="self_assessment",
        fields={"项目名称": name, "实施单位": impl_alias, "主管部门": dept_alias},
        goals=[Goal(id="G1", kind="年度目标", text=f"完成{area}{things[1]}建设。", quantified=False,
                    actual_text="已按计划完成。", refs=["#/blocks/5"], page=1)],
        indicators=reported,
    )
    no_actual = [r for r in reported if r.actual is None]

    goals = [Goal(id="R1", kind="总体目标", text=f"提升{area}治理能力。", quantified=True,
                  targets=[Target(metric=declared[-1].name, operator=">=", value=1.0, unit=declared[-1].unit)],
                  refs=["#/blocks/2"], page=1)]
    if rng.random() < RATE_UNMEASURED_GOAL:
        goals.append(Goal(id="R2", kind="具体目标", text="健全长效管理机制。", quantified=False, refs=["#/blocks/3"], page=1))
        gaps.append({"kind": "goal_without_indicator", "source": f"{stem}-evaluation-report.pdf", "name": goals[-1].text})
    subs = [SubProject(id="P1", name=f"{area}{SUBPROJECT_WORDS[p % 4]}", goal_ids=["R1"], refs=["#/blocks/9"], page=3)]
    if rng.random() < RATE_ORPHAN_SUBPROJECT:
        orphan = ORPHAN_SUBPROJECTS[p % len(ORPHAN_SUBPROJECTS)]
        subs.append(SubProject(id="P2", name=orphan, refs=["#/blocks/10"], page=3))
        gaps.append({"kind": "subproject_without_goal", "source": f"{stem}-evaluation-report.pdf", "name": orphan})
    # the report states the actual of one 自评表 row that lacks it half of the time
    facts = [Fact(metric="预算执行率", kind="budget", planned=100.0, actual=96.0, stated_rate=96.0, unit="万元",
                  text="预算执行率96%。", page=4, refs=["#/blocks/12"])]
    for r in no_actual:
        if rng.random() < 0.5:
            facts.append(Fact(metric=r.name, planned=r.value, actual=r.value, stated_rate=100.0, unit=r.unit,
                              text=f"{r.name}实际完成{r.value:g}{r.unit}。", page=4, refs=["#/blocks/13"]))
        else:
            gaps.append({"kind": "indicator_without_evidence", "source": self_assessment.source, "name": r.name})
            gaps.append({"kind": "target_never_reported", "source": target_form.source, "name": r.name})
    report = Extraction(
        source=f"{stem}-evaluation-report.pdf", project=f"{name}项目", doc_type="evaluation_report",
        fields={"项目名称": f"{name}项目"}, goals=goals, facts=facts, subprojects=subs,
        organisations=[Organisation(name=impl_alias, aliases=[impl_full], roles=["实施单位"]),
                       Organisation(name=dept_alias, aliases=[dept_full])],
    )
    # the report lists sub-projects, so every goal of the project that P1 does not serve has none
    for doc in (target_form, self_assessment, report):
        gaps += [{"kind": "goal_without_subproject", "source": doc.source, "name": g.text} for g in doc.goals
                 if g.id != "R1"]
    contract = Extraction(
        source=f"{stem}-contract.docx", project=short, doc_type="contract",
        fields={"项目名称": short, "甲方": impl_full, "乙方": vendor},
        contract_terms=[ContractTerm(kind="金额", text="合同金额人民币伍拾万元整（¥500,000.00）", amount=500000.0, unit="元"),
                        ContractTerm(kind="付款", text="合同签订后支付30%", percent=30.0, trigger="合同签订"),
                        ContractTerm(kind="工期", text="工期90日历天", duration=90.0, duration_unit="天")],
        organisations=[Organisation(name=vendor, roles=["乙方"])],
    )
    return [target_form, self_assessment, report, contract], gaps


def synthetic_extractions(docs: int, seed: int = 7) -> tuple[list[Extraction], list[dict]]:
    rng = random.Random(seed)
    out, gaps = [], []
    for p in range((docs + 3) // 4):
        exts, g = synthetic_project(p, rng)
        out.extend(exts)
        gaps.extend(g)
    return out[:docs], gaps


def write_corpus(folder: Path, docs: int, seed: int = 7, per_batch: int = 1000) -> Path:
    """``folder/docs/<batch>/*.json`` and ``folder/expected_gaps.json``; returns ``folder/docs``."""
    if per_batch % 4:
        raise SystemExit("per_batch must be a multiple of 4 (one project never spans two batches)")
    exts, gaps = synthetic_extractions(docs, seed)
    root = folder / "docs"
    for i, ext in enumerate(exts):
        batch = root / f"{i // per_batch:03d}"
        batch.mkdir(parents=True, exist_ok=True)
        (batch / f"{ext.source}.json").write_text(ext.to_json(), encoding="utf-8")
    (folder / "expected_gaps.json").write_text(json.dumps(gaps, ensure_ascii=False, indent=1), encoding="utf-8")
    return root


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    root = write_corpus(args.out, args.docs, args.seed)
    print(f"wrote {args.docs} extraction files under {root}", file=sys.stderr)


if __name__ == "__main__":
    main()
