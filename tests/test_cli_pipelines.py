"""The command line for pipelines (issue 16 item 8): rule selection, statistics, concise/jsonl/csv output,
batch outputs as check input, file_not_found, coded usage errors, graph build --force, graph find truncation."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "corpora" / "samples"


def _runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 always keeps stderr apart
        return CliRunner()


def jixiao(*args):
    return _runner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    """Three real samples (a PDF, an XLSX and a DOCX) in a folder."""
    folder = tmp_path_factory.mktemp("forms")
    for name in ("edu-101-targets.pdf", "zhcg-target-form.xlsx", "zhcg-self-assessment.docx"):
        shutil.copy(SAMPLES / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def all_findings(forms):
    result = jixiao("check", forms, "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len({r["rule"].split(".")[0] for r in rows}) >= 2  # the selection tests need two groups
    return rows


def _rules(result) -> Counter:
    assert result.exit_code in (0, 1), result.stderr
    return Counter(r["rule"] for r in json.loads(result.stdout))


# -- --select / --ignore ----------------------------------------------------------------------------


def test_select_a_group_keeps_only_that_group(forms, all_findings):
    selected = _rules(jixiao("check", forms, "--format", "json", "--fail-on", "never", "--select", "target"))
    assert selected == Counter(r["rule"] for r in all_findings if r["rule"].startswith("target."))


def test_ignore_an_id_and_the_more_specific_selector_wins(forms, all_findings):
    everything = Counter(r["rule"] for r in all_findings)
    frequent = everything.most_common(1)[0][0]
    ignored = _rules(jixiao("check", forms, "--format", "json", "--fail-on", "never", "--ignore", frequent))
    assert frequent not in ignored and sum(ignored.values()) == len(all_findings) - everything[frequent]
    group = frequent.split(".")[0]
    # a group ignored but one of its rules selected by id: the id is more specific, so that rule runs
    back = _rules(jixiao("check", forms, "--format", "json", "--fail-on", "never",
                         "--ignore", group, "--select", f"{frequent},{group}"))
    assert set(back) == {frequent}


def test_select_by_full_id_turns_on_a_rule_that_is_off(tmp_path, forms):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  target.rate_no_formula: {enabled: false}\n", encoding="utf-8")
    off = _rules(jixiao("check", forms, "--format", "json", "--fail-on", "never", "--rules", rules))
    assert "target.rate_no_formula" not in off
    by_group = _rules(jixiao("check", forms, "--format", "json", "--fail-on", "never", "--rules", rules,
                             "--select", "target"))
    assert "target.rate_no_formula" not in by_group  # a group only narrows what is on
    by_id = _rules(jixiao("check", forms, "--format", "json", "--fail-on", "never", "--rules", rules,
                          "--select", "target.rate_no_formula"))
    assert set(by_id) == {"target.rate_no_formula"}


def test_unknown_selector_is_a_usage_error(forms):
    result = jixiao("check", forms, "--select", "target.nonsense")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: usage_error: 'target.nonsense' is neither a rule id nor a rule group")


# -- --statistics -----------------------------------------------------------------------------------


def test_statistics_counts_findings_per_rule(forms, all_findings):
    result = jixiao("check", forms, "--statistics", "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["rule"]: r["count"] for r in rows} == dict(Counter(r["rule"] for r in all_findings))
    assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)
    assert all(r["name"] for r in rows)


def test_statistics_keeps_the_fail_on_exit_code(forms, all_findings):
    assert any(r["severity"] == "error" for r in all_findings)
    assert jixiao("check", forms, "--statistics", "--format", "csv").exit_code == 1


# -- --format concise / jsonl / csv -----------------------------------------------------------------


def test_concise_is_one_line_per_finding_with_a_location(forms, all_findings):
    result = jixiao("check", forms, "--format", "concise", "--fail-on", "never")
    lines = result.stdout.splitlines()
    assert len(lines) == len(all_findings)
    for line, row in zip(lines, all_findings):
        assert line.startswith(f"{row['source']}:")
        location, rest = line[len(row["source"]) + 1:].split(": ", 1)
        assert rest.startswith(row["rule"] + " ")
        assert location == (row["location"] or (f"第{row['page']}页" if row["page"] else row["ref"]))
    pdf = [line for line in lines if line.startswith(str(forms / "edu-101-targets.pdf"))]
    assert pdf and all(re.match(r".*\.pdf:第\d+页[^:]*: ", line) for line in pdf)
    xlsx = [line for line in lines if line.startswith(str(forms / "zhcg-target-form.xlsx"))]
    rows = [line for line in xlsx if "target." in line]  # indicator rows: a sheet cell
    assert rows and all(re.match(r".*\.xlsx:[^:!]+![A-Z]+\d+: target\.", line) for line in rows)
    docx = [line for line in lines if line.startswith(str(forms / "zhcg-self-assessment.docx"))]
    assert any(re.match(r".*\.docx:第\d+个表格第\d+行: ", line) for line in docx)


def test_jsonl_has_the_same_records_as_json(forms, all_findings):
    result = jixiao("check", forms, "--format", "jsonl", "--fail-on", "never")
    assert [json.loads(line) for line in result.stdout.splitlines()] == all_findings


def test_rules_as_csv_and_jsonl():
    from extractor.checker import all_rules

    rows = list(csv.DictReader(io.StringIO(jixiao("rules", "--format", "csv").stdout)))
    assert {r["rule"] for r in rows} == set(all_rules())
    assert {"severity", "enabled", "name"} <= set(rows[0])
    lines = jixiao("rules", "--format", "jsonl").stdout.splitlines()
    assert {json.loads(line)["rule"] for line in lines} == set(all_rules())


def test_parse_defaults_to_json_when_piped_and_has_a_table_view(forms):
    piped = jixiao("parse", forms / "zhcg-target-form.xlsx")
    assert json.loads(piped.stdout)["format"] == "xlsx"
    table = jixiao("parse", forms / "zhcg-target-form.xlsx", "--format", "table")
    assert table.exit_code == 0 and "#/blocks/0" in table.stdout and "format=xlsx" in table.stdout


# -- inputs -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def batch_out(forms, tmp_path_factory):
    from extractor.batch import BatchSettings, run_batch

    out = tmp_path_factory.mktemp("batch") / "OUT"
    run_batch(forms, out, BatchSettings(workers=0, graph=False))
    return out


def test_check_reads_a_batch_output_folder_and_its_documents(batch_out, all_findings):
    expected = Counter((r["rule"], Path(r["source"]).name) for r in all_findings)
    for target in (batch_out, batch_out / "documents", *sorted((batch_out / "documents").glob("*.json"))):
        result = jixiao("check", target, "--format", "json", "--fail-on", "never")
        assert result.exit_code == 0, result.stderr
        got = Counter((r["rule"], Path(r["source"]).name) for r in json.loads(result.stdout))
        if target.is_dir():
            assert got == expected
        else:
            name = target.name[: -len(".json")]
            assert got == Counter({k: n for k, n in expected.items() if k[1] == name})


def test_check_of_a_folder_never_reads_the_toolkits_outputs(forms, batch_out, tmp_path, all_findings):
    folder = tmp_path / "submissions"
    shutil.copytree(forms, folder)
    shutil.copytree(batch_out, folder / "OUT")  # an OUT (with its csv tables) inside the folder checked
    result = jixiao("check", folder, "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    assert "skipped: " in result.stderr and "OUT: output_folder" in result.stderr
    sources = {Path(r["source"]).name for r in json.loads(result.stdout)}
    assert sources == {Path(r["source"]).name for r in all_findings}
    assert "3 file(s)" in result.stderr


def test_batch_record_of_a_failed_file_keeps_its_code(tmp_path):
    record = tmp_path / "bad.pdf.json"
    record.write_text(json.dumps({"file": "bad.pdf", "status": "failed", "code": "password_protected",
                                  "message": "encrypted", "extraction": None}), encoding="utf-8")
    result = jixiao("check", record)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: password_protected: bad.pdf has no extraction in the batch")


def test_missing_file_is_file_not_found_everywhere(tmp_path):
    for command in (["check"], ["extract"], ["parse"], ["check", "--format", "concise"]):
        result = jixiao(*command, tmp_path / "nope.docx")
        assert result.exit_code == 2
        assert result.stderr.startswith("Error: file_not_found: no such file"), (command, result.stderr)
    result = jixiao("check", tmp_path / "nope.json")
    assert result.stderr.startswith("Error: file_not_found: no such file")


@pytest.mark.parametrize("args, words", [
    (["check", "x.pdf", "--frmat", "json"], "No such option"),
    (["nosuchcommand"], "No such command"),
    (["check", "x.pdf", "--format", "yaml"], "Invalid value for '--format'"),
    (["graph", "stats"], "Missing option '--store'"),
    (["check"], "Missing argument"),
])
def test_click_usage_errors_are_one_coded_line(args, words):
    result = jixiao(*args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: usage_error: ") and words in lines[0], result.stderr


def test_unknown_rule_in_a_rules_file_points_to_jixiao_rules(tmp_path, forms):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  target.nonsense: {enabled: false}\n", encoding="utf-8")
    result = jixiao("check", forms, "--rules", rules)
    assert result.exit_code == 2 and "`jixiao rules`" in result.stderr and "--list-rules" not in result.stderr


# -- graph ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph_store(batch_out, tmp_path_factory):
    store = tmp_path_factory.mktemp("graph") / "store"
    result = jixiao("graph", "build", batch_out, "--store", store, "--format", "json", "--no-clauses")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["documents"] == 3
    return store


def test_graph_build_refuses_to_overwrite_a_store_without_force(graph_store, batch_out):
    before = (graph_store / "graph.sqlite").stat().st_mtime_ns
    refused = jixiao("graph", "build", batch_out, "--store", graph_store, "--no-clauses")
    assert refused.exit_code == 2 and refused.stderr.startswith("Error: usage_error: ")
    assert "--force" in refused.stderr
    assert (graph_store / "graph.sqlite").stat().st_mtime_ns == before
    forced = jixiao("graph", "build", batch_out, "--store", graph_store, "--no-clauses", "--force", "--format", "json")
    assert forced.exit_code == 0, forced.stderr


def test_graph_find_says_when_it_truncates(graph_store):
    everything = json.loads(jixiao("graph", "find", "指标", "--store", graph_store, "--limit", "1000",
                                   "--format", "json").stdout)
    assert len(everything) > 3
    cut = jixiao("graph", "find", "指标", "--store", graph_store, "--limit", "3", "--format", "jsonl")
    assert len(cut.stdout.splitlines()) == 3 and "showing the first 3 matches" in cut.stderr
    whole = jixiao("graph", "find", "指标", "--store", graph_store, "--limit", str(len(everything)))
    assert "showing the first" not in whole.stderr


def test_graph_queries_as_csv(graph_store):
    gaps = json.loads(jixiao("graph", "gaps", "--store", graph_store, "--format", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(jixiao("graph", "gaps", "--store", graph_store, "--format", "csv").stdout)))
    assert [(r["kind"], r["node"]) for r in rows] == [(g["kind"], g["node"]) for g in gaps]


# -- one --format option ----------------------------------------------------------------------------


def _commands(group, prefix=""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix}{name} ")


FILE_FORMATS = {"graph export"}  # --format there names the file written (graphml, json, neo4j), not a view


def test_every_view_takes_the_one_format_option():
    from extractor.cli.output import FormatOption

    views = 0
    for path, command in _commands(cli):
        formats = [p for p in command.params if "--format" in getattr(p, "opts", ())]
        if path in FILE_FORMATS or not formats:
            continue
        assert all(isinstance(p, FormatOption) for p in formats), f"jixiao {path} defines its own --format"
        views += 1
    assert views >= 10  # parse, extract, check, rules and the graph queries


@pytest.mark.parametrize("command", [["parse"], ["extract"], ["check", "--fail-on", "never"]])
def test_default_format_is_table_on_a_terminal_and_json_when_piped(command, forms, monkeypatch):
    from extractor.cli import output

    sample = forms / "zhcg-target-form.xlsx"
    assert json.loads(jixiao(*command, sample).stdout) is not None  # piped: json
    monkeypatch.setattr(output, "stdout_is_terminal", lambda: True)
    shown = jixiao(*command, sample).stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(shown)
    assert "┃" in shown or "│" in shown  # a rich table


def test_tables_show_document_text_as_written_and_never_escape_sequences(tmp_path):
    doc = tmp_path / "note.txt"
    filler = "本项目年度绩效目标已按计划完成，各项指标均达到预期。\n" * 10  # a few escapes in a real text file
    doc.write_text(filler + "项目[bold]名称[/bold]\x1b[2J\x1b]0;title\x07完成率95%\n", encoding="utf-8")
    shown = jixiao("parse", doc, "--format", "table").stdout
    assert "\x1b" not in shown and "[bold]名称[/bold]" in shown and "完成率95%" in shown
