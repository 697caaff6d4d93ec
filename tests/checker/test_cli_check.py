"""`jixiao check PATH...`: formats, --fail-on exit codes, folders, bad files and bad rules files."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.extraction import Extraction, Fact, Goal, Indicator

REPORT = (
    "某县职业技能培训项目绩效自评报告\n\n一、项目基本情况\n\n"
    "2024年计划培训500人次，实际培训420人次，完成率84.50%。\n\n"
    "计划开设培训班20期，实际开设20期，完成率100%。\n"
)


def _runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 always separates stderr
        return CliRunner()


@pytest.fixture()
def extraction_json(tmp_path):
    ext = Extraction(
        source="目标表.xlsx",
        goals=[Goal(id="G1", kind="年度目标", text="进一步提升培训质量。", quantified=False)],
        indicators=[
            Indicator(id="I1", name="验收合格率", level1="产出指标", level2="质量指标", operator=">=", value=3, unit="个"),
            Indicator(id="I2", name="群众满意度", level1="满意度指标", level2="服务对象满意度指标", target_text="有所提高"),
            Indicator(id="I3", name="培训人次", level1="产出指标", level2="数量指标", operator=">=", value=500, unit="人次"),
        ],
        facts=[Fact(metric="完成率", planned=500, actual=420, stated_rate=84.5, decimals=2, text="完成率84.50%")],
    )
    path = tmp_path / "extraction.json"
    path.write_text(ext.to_json(), encoding="utf-8")
    return path


def test_json_output_has_the_contract_fields(extraction_json):
    result = _runner().invoke(cli, ["check", str(extraction_json), "--format", "json"])
    assert result.exit_code == 1, result.stderr
    rows = json.loads(result.stdout)
    for row in rows:
        assert {"rule", "severity", "message", "suggestion", "source", "page", "ref", "evidence", "numbers"} <= set(row)
    rules = {r["rule"] for r in rows}
    assert {"target.unit_mismatch", "target.vague_wording", "goal.unquantified", "consistency.rate"} <= rules
    assert all(r["source"] == "目标表.xlsx" for r in rows)


@pytest.mark.parametrize("fail_on,code", [("never", 0), ("error", 1), ("warning", 1)])
def test_fail_on_levels(extraction_json, fail_on, code):
    result = _runner().invoke(cli, ["check", str(extraction_json), "--format", "json", "--fail-on", fail_on])
    assert result.exit_code == code


def test_fail_on_error_passes_with_only_warnings(tmp_path, extraction_json):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  target.unit_mismatch: {enabled: false}\n  consistency.rate: {severity: warning}\n", encoding="utf-8")
    result = _runner().invoke(cli, ["check", str(extraction_json), "--format", "json", "--rules", str(rules)])
    assert result.exit_code == 0, result.stdout
    rows = json.loads(result.stdout)
    assert "target.unit_mismatch" not in {r["rule"] for r in rows}
    assert [r["severity"] for r in rows if r["rule"] == "consistency.rate"] == ["warning"]
    assert _runner().invoke(cli, ["check", str(extraction_json), "--rules", str(rules), "--fail-on", "warning"]).exit_code == 1


def test_csv_output(extraction_json):
    result = _runner().invoke(cli, ["check", str(extraction_json), "--format", "csv", "--fail-on", "never"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0])[:4] == ["rule", "severity", "message", "suggestion"]
    assert json.loads(next(r for r in rows if r["rule"] == "consistency.rate")["numbers"])["computed_rate"] == 84.0


def test_table_output(extraction_json):
    result = _runner().invoke(cli, ["check", str(extraction_json), "--format", "table", "--fail-on", "never"])
    assert result.exit_code == 0
    assert "jixiao check: 1 file(s)" in result.stdout and "error" in result.stdout and "warning" in result.stdout


def test_text_document_through_parse_and_extract(tmp_path):
    path = tmp_path / "自评报告.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = _runner().invoke(cli, ["check", str(path), "--format", "json"])
    assert result.exit_code == 1, result.stderr
    rows = json.loads(result.stdout)
    rate = [r for r in rows if r["rule"] == "consistency.rate"]
    assert len(rate) == 1 and rate[0]["numbers"]["computed_rate"] == 84.0 and "84.00%" in rate[0]["message"]


def test_folder_checks_every_supported_file_and_reports_bad_ones(tmp_path):
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "ok.txt").write_text(REPORT, encoding="utf-8")
    (folder / "sub" / "fine.txt").write_text("计划开设培训班20期，实际开设20期，完成率100%。\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"\x00\x01\x02 not a pdf at all \x00" * 20)
    (folder / "notes.bin").write_bytes(b"ignored: unsupported suffix")
    result = _runner().invoke(cli, ["check", str(folder), "--format", "json"])
    assert result.exit_code == 2
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(error_lines) == 1 and "broken.pdf" in error_lines[0]
    sources = {r["source"] for r in json.loads(result.stdout)}
    assert any(s.endswith("ok.txt") for s in sources)  # the good file still ran
    assert "3 file(s)" in result.stderr


def test_missing_file_is_an_input_error(tmp_path):
    result = _runner().invoke(cli, ["check", str(tmp_path / "nope.pdf"), "--format", "json"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: file_not_found: no such file")


def test_bad_rules_file_is_a_usage_error(tmp_path, extraction_json):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  target.nonsense: {enabled: false}\n", encoding="utf-8")
    result = _runner().invoke(cli, ["check", str(extraction_json), "--rules", str(rules)])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("Error: usage_error: unknown rule id 'target.nonsense'")
    assert "Traceback" not in result.stderr


def test_help_lists_the_options():
    result = _runner().invoke(cli, ["check", "--help"])
    assert result.exit_code == 0
    for option in ("--format", "--fail-on", "--rules"):
        assert option in result.stdout
