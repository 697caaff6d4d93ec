"""Graph size per document as the number of documents grows: edges and store bytes per document must stay flat.

    python bench/bench_graph_scale.py [--small 50] [--large 500]

The three samples of corpora/samples (target form, self-assessment, evaluation report excerpt) are parsed,
extracted and checked once; then ``--small`` and ``--large`` copies of that set are linked into a graph and
saved, in two mixes:

- ``distinct``: each copy is another project (its name and departments varied), except every tenth copy, which
  repeats the previous copy's project (a true duplicate: the same project filed twice);
- ``one project``: every copy is the same project (the case where pairwise SAME_AS links grew quadratically).

Matched records are joined to one canonical member per class (m - 1 edges for a class of m); the column
"pairwise would be" gives, for the same classes, the m·(m-1)/2 links of joining every pair (the old structure
made those, less the pairs inside one document), as the baseline of the same run.

Printed per mix and size: documents, nodes, edges, SAME_AS+ALIAS_OF edges, edges per document, store bytes per
document, build and save seconds, and the large/small ratios of the per-document figures (flat = 1.0).
"""
from __future__ import annotations

import argparse
import copy
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"
FILES = ("zhcg-target-form.xlsx", "zhcg-self-assessment.docx", "report-excerpt.docx")
CITIES = ("江州", "临川", "青山", "白沙", "南屏", "东陵", "西岭", "北固")


def sample_set():
    import extractor

    out = []
    for name in FILES:
        ext = extractor.extract(extractor.parse(SAMPLES / name))
        out.append((ext, list(extractor.check(ext))))
    return out


def vary(ext, project_no: int):
    """The extraction as a document of project number ``project_no`` (0 keeps the original project)."""
    if project_no == 0:
        return ext
    city = CITIES[project_no % len(CITIES)]
    name = f"{city}数字治理第{project_no}号"
    ext.project = f"2024年度{name}项目"
    for label in list(ext.fields):
        if label.startswith("项目名称"):
            ext.fields[label] = ext.project
        elif label.startswith(("主管部门", "实施单位")):
            ext.fields[label] = f"{city}市第{project_no}号{label[:4]}"
    ext.fields.pop("项目简称", None)
    ext.aliases = {}
    ext.organisations = [o for o in ext.organisations if not set(o.roles) & {"主管部门", "实施单位"}]
    return ext


def documents(base, copies: int, mix: str):
    extractions, findings = [], []
    for i in range(copies):
        project_no = 0 if mix == "one project" else (i - 1 if i % 10 == 9 else i)  # every tenth: a duplicate
        for ext, found in base:
            twin = vary(copy.deepcopy(ext), project_no)
            twin.source = f"copy{i:04d}/{Path(ext.source).name}"
            extractions.append(twin)
            findings.append([copy.copy(f) for f in found])
    return extractions, findings


def measure(base, copies: int, mix: str, work: Path) -> dict:
    from extractor.graph import schema as S
    from extractor.graph.build import build_graph
    from extractor.graph.store import save_graph

    extractions, findings = documents(base, copies, mix)
    t = time.perf_counter()
    G = build_graph(extractions, findings=findings)
    built = time.perf_counter() - t
    t = time.perf_counter()
    path = save_graph(G, work / f"{mix.replace(' ', '-')}-{copies}")
    saved = time.perf_counter() - t
    docs = len(extractions)
    members: dict[str, int] = {}  # canonical member → size of its class
    for u, _, k in G.edges(keys=True):
        if k in S.SYMMETRIC_EDGES:
            members[u] = members.get(u, 1) + 1
    matched = sum(m - 1 for m in members.values())
    pairwise = sum(m * (m - 1) // 2 for m in members.values())  # what linking every pair of a class would add
    return {"docs": docs, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "matched": matched, "pairwise": pairwise,
            "edges_per_doc": G.number_of_edges() / docs, "bytes_per_doc": path.stat().st_size / docs,
            "build_s": built, "save_s": saved}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", type=int, default=50)
    ap.add_argument("--large", type=int, default=500)
    args = ap.parse_args()
    t = time.perf_counter()
    base = sample_set()
    print(f"samples parsed, extracted and checked in {time.perf_counter() - t:.1f} s: {', '.join(FILES)}")
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-graph-scale-") as tmp:
        for mix in ("distinct", "one project"):
            print(f"\n{mix}: copies  docs   nodes   edges  SAME_AS+ALIAS_OF (pairwise would be)  edges/doc  store B/doc  "
                  "build s  save s")
            rows = {}
            for copies in (args.small, args.large):
                r = rows[copies] = measure(base, copies, mix, Path(tmp))
                print(f"  {copies:12d} {r['docs']:5d} {r['nodes']:7d} {r['edges']:7d} {r['matched']:17d} "
                      f"{r['pairwise']:>20d} {r['edges_per_doc']:10.1f} {r['bytes_per_doc']:12.0f} {r['build_s']:8.1f} {r['save_s']:7.1f}")
            small, large = rows[args.small], rows[args.large]
            print(f"  ratio {args.large}/{args.small} copies: edges/doc {large['edges_per_doc'] / small['edges_per_doc']:.3f}, "
                  f"store bytes/doc {large['bytes_per_doc'] / small['bytes_per_doc']:.3f} (flat = 1.000)")


if __name__ == "__main__":
    main()
