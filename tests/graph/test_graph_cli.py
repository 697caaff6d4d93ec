import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from extractor.cli import cli


@pytest.fixture
def store(project, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for ext in project:
        (folder / (ext.source.rsplit("/", 1)[-1] + ".json")).write_text(ext.to_json(), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["graph", "build", str(folder), "--store", str(out), "--no-check", "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["documents"] == 3 and summary["node_types"]["Project"] == 1
    return out


def run(*args):
    return CliRunner().invoke(cli, ["graph", *args])


def test_gaps_command_lists_the_planted_gaps(store, planted_gaps):
    result = run("gaps", "--store", str(store), "--format", "json")
    assert result.exit_code == 0
    assert {(r["kind"], r["node"]) for r in json.loads(result.output)} == planted_gaps
    one = json.loads(run("gaps", "--store", str(store), "--kind", "goal_without_indicator", "--format", "json").output)
    assert [r["name"] for r in one] == ["健全长效管理机制。"]


def test_show_by_unambiguous_name_gives_edges_and_reported_values(store):
    result = run("show", "市城管局", "--store", str(store), "--format", "json")
    assert result.exit_code == 0, result.output
    org = json.loads(result.output)
    assert org["id"] == "org:江州市城市管理局"
    assert {e["node"] for e in org["edges"] if e["edge"] == "MENTIONS"} == {
        "doc:zhcg-target-form.xlsx", "doc:zhcg-self-assessment.docx"}
    ind = json.loads(run("show", "indicator:zhcg-target-form.xlsx:2", "--store", str(store), "--format", "json").output)
    assert [(r["value"], r["source"]) for r in ind["reported"]] == [(96.5, "zhcg-self-assessment.docx")]


def test_show_table_output_names_the_node(store):
    result = run("show", "doc:plan.txt", "--store", str(store), "--format", "table")
    assert result.exit_code == 0 and "doc:plan.txt" in result.output and "ABOUT" in result.output


def test_find_neighbors_path_and_stats(store):
    found = json.loads(run("find", "城管二期", "--store", str(store), "--format", "json").output)
    assert found[0]["id"] == "project:智慧城管二期"
    docs = json.loads(run("neighbors", "城管二期", "--type", "Document", "--store", str(store), "--format", "json").output)
    assert len(docs) == 3
    same = json.loads(run("neighbors", "indicator:zhcg-target-form.xlsx:1", "--edge", "SAME_AS", "--store", str(store),
                          "--format", "json").output)
    assert [r["node"] for r in same] == ["indicator:zhcg-self-assessment.docx:1"]
    steps = json.loads(run("path", "档案整理", "市城管局", "--store", str(store), "--format", "json").output)
    assert steps[0]["id"] == "subproject:plan.txt:2" and steps[-1]["id"] == "org:江州市城市管理局"
    stats = json.loads(run("stats", "--store", str(store), "--format", "json").output)
    assert stats["gaps"]["target_never_reported"] == 2


def test_unknown_and_ambiguous_nodes_exit_2_with_one_error_line(store):
    result = run("show", "不存在", "--store", str(store))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "Error: node_not_found: no node with id or name '不存在' (use an id from `jixiao graph find TEXT`)"]
    result = run("show", "培训人次", "--store", str(store))  # only in the target form: unambiguous
    assert result.exit_code == 0
    result = run("neighbors", "案件按期办结率", "--store", str(store))
    assert result.exit_code == 2 and result.output.startswith("Error: ambiguous_node: 2 nodes are named")


def test_missing_store_exits_2(tmp_path):
    result = run("stats", "--store", str(tmp_path / "none"))
    assert result.exit_code == 2 and result.output.startswith("Error: store_missing:")


def test_export_writes_each_format_beside_the_store(store):
    for fmt, name in [("graphml", "graph.graphml"), ("json", "graph.json"), ("neo4j", "neo4j")]:
        result = run("export", "--store", str(store), "--format", fmt)
        assert result.exit_code == 0, result.output
        assert (store / name).exists()


def test_build_skips_unreadable_files_and_goes_on(project, tmp_path):
    (tmp_path / "a.json").write_text(project[0].to_json(), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    result = run("build", str(tmp_path), "--store", str(tmp_path / "out"), "--no-check", "--format", "json")
    assert result.exit_code == 0
    summary = json.loads(result.stdout)
    assert summary["documents"] == 1 and [f["error"] for f in summary["failed"]] == ["damaged_file"]


def test_query_commands_import_neither_networkx_nor_the_nlp_stack(store):
    """Each query is a whole command in a fresh process; heavy imports would cost most of its second."""
    code = ("import sys; from extractor.cli import main\n"
            "try:\n    main(['graph', 'show', '市城管局', '--store', sys.argv[1], '--format', 'json'])\n"
            "except SystemExit:\n    pass\n"
            "heavy = [m for m in ('networkx', 'jieba', 'spacy', 'pandas') if m in sys.modules]\n"
            "print('HEAVY', heavy, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, str(store)], capture_output=True, text=True, timeout=60)
    assert "HEAVY []" in proc.stderr, proc.stderr
