"""Edges grow with documents, not with pairs of documents; project keys; byte-identical stores; progress."""
import copy
import os
import subprocess
import sys
from collections import Counter

from extractor.graph import schema as S
from extractor.graph.build import build_graph
from extractor.graph.query import gaps, reported_actuals, same_class
from extractor.graph.store import STORE_FILE, save_graph


def copies(project, n: int) -> list:
    """``n`` copies of the three documents of one project, each in its own folder (distinct file keys)."""
    out = []
    for i in range(n):
        for ext in project:
            twin = copy.deepcopy(ext)
            twin.source = f"copy{i:03d}/{ext.source.rsplit('/', 1)[-1]}"
            out.append(twin)
    return out


def test_each_added_copy_adds_the_same_number_of_edges(project):
    """Pairwise links would add more edges with every copy (n·(n-1)/2 per matched indicator)."""
    edges = {n: build_graph(copies(project, n)).number_of_edges() for n in (4, 8, 16)}
    assert edges[16] - edges[8] == 2 * (edges[8] - edges[4])


def test_matched_records_form_stars_around_a_declared_canonical_member(project):
    G = build_graph(copies(project, 6))
    incoming = Counter(v for _, v, k in G.edges(keys=True) if k in S.SYMMETRIC_EDGES)
    assert max(incoming.values()) == 1  # a member belongs to one class, joined once
    heads = {u for u, _, k in G.edges(keys=True) if k in S.SYMMETRIC_EDGES}
    assert not heads & set(incoming)  # no chains: a canonical member is no member of another class
    for head in heads:
        if G.nodes[head]["type"] == S.INDICATOR:  # a declared target heads its class
            assert G.nodes[f"doc:{G.nodes[head]['source']}"]["doc_type"] == "target_form"
    cls = same_class(G, "indicator:zhcg-self-assessment.docx~4:2")
    assert len(cls) == 12 and "indicator:zhcg-target-form.xlsx:2" in cls


def test_declared_targets_still_meet_their_reported_values_across_copies(project):
    G = build_graph(copies(project, 3))
    for key in ("zhcg-target-form.xlsx", "zhcg-target-form.xlsx~2", "zhcg-target-form.xlsx~3"):
        values = [r["value"] for r in reported_actuals(G, f"indicator:{key}:1")]
        assert values == [1180, 1180, 1180]  # 接入视频点位数量, reported by each self-assessment
        renamed = reported_actuals(G, f"indicator:{key}:2")
        assert {r["source"] for r in renamed} == {"zhcg-self-assessment.docx", "zhcg-self-assessment.docx~2",
                                                  "zhcg-self-assessment.docx~3"}
    kinds = Counter(g.kind for g in gaps(G))
    assert kinds["target_never_reported"] == 3 * 2 and kinds["indicator_without_evidence"] == 3


def test_same_named_projects_of_different_departments_stay_apart(target_form, self_assessment, plan):
    water = copy.deepcopy(target_form)
    water.source = "water/zhcg-target-form.xlsx"
    water.fields.update({"主管部门": "江州市水务局", "实施单位": "江州市水务信息中心"})
    water.organisations = []
    G = build_graph([target_form, self_assessment, water, plan])
    about = {u: v for u, v, k in G.edges(keys=True) if k == S.ABOUT}
    assert about["doc:zhcg-target-form.xlsx"] == about["doc:zhcg-self-assessment.docx"]  # 市城管局 = 江州市城市管理局
    assert about["doc:zhcg-target-form.xlsx"] == "project:智慧城管二期@江州市城市管理局"
    assert about["doc:zhcg-target-form.xlsx~2"] == "project:智慧城管二期@江州市水务局"
    assert about["doc:plan.txt"] == "project:智慧城管二期"  # no department named: neither of the two
    assert G.nodes["project:智慧城管二期@江州市水务局"]["department"] == "江州市水务局"
    # the water bureau's target form is not matched to the city bureau's self-assessment
    assert reported_actuals(G, "indicator:zhcg-target-form.xlsx~2:1") == []
    assert [r["value"] for r in reported_actuals(G, "indicator:zhcg-target-form.xlsx:1")] == [1180]


def test_title_variants_of_one_department_are_one_project(project):
    G = build_graph(project)  # 2024年度智慧城管（二期）建设项目 / 智慧城管二期 / 城管二期, one department or none
    assert [n for n, d in G.nodes(data=True) if d["type"] == S.PROJECT] == ["project:智慧城管二期"]


def test_progress_is_reported_up_to_the_total(project, tmp_path):
    calls = []
    build_graph(copies(project, 2), on_progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (12, 12) and all(total == 12 for _, total in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and len(calls) >= 6
    stored = []
    save_graph(build_graph(project), tmp_path, on_progress=lambda done, total: stored.append((done, total)))
    assert stored[-1][0] == stored[-1][1] and len(stored) > 1


def test_two_clean_builds_give_byte_identical_stores(project, tmp_path):
    """Two processes with different string hash seeds: set orders differ, the file must not."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for ext in copies(project, 2):
        name = ext.source.replace("/", "-") + ".json"
        (folder / name).write_text(ext.to_json(), encoding="utf-8")
    stores = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "extractor", "graph", "build", str(folder), "--store", str(out),
                               "--format", "json"], capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        stores.append((out / STORE_FILE).read_bytes())
    assert stores[0] == stores[1]
