"""``jixiao extract``: JSON fields of the README's "JSON contracts", CSV indicator rows, the table view, errors."""
from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from extractor.cli import cli

REPORT = (
    "2023年度智慧校园项目绩效评价报告\n"
    "一、项目基本情况\n"
    "受市财政局委托，广州明德咨询有限公司（以下简称明德咨询）开展评价。\n"
    "计划建设智慧教室 40 间，实际建成 38 间，完成率 95.00%。\n"
    "年度预算 500.00 万元，实际支出 450.00 万元，预算执行率 90.00%。\n"
    "项目绩效得分 86.50 分，等级为“良”。\n"
)


def run(args, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return CliRunner().invoke(cli, ["extract", str(path), *args])


def test_json_has_design_fields(tmp_path):
    result = run(["--format", "json"], tmp_path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in ("source", "goals", "indicators", "facts", "subprojects", "organisations"):
        assert key in data
    facts = {(f["kind"], f["planned"], f["actual"], f["stated_rate"]) for f in data["facts"]}
    assert ("completion", 40, 38, 95.0) in facts
    assert ("budget", 500.0, 450.0, 90.0) in facts
    fact = data["facts"][0]
    for key in ("metric", "planned", "actual", "stated_rate", "computed_rate", "unit", "text", "page"):
        assert key in fact
    assert data["doc_type"] == "evaluation_report"
    assert data["project"] == "2023年度智慧校园项目"


def test_csv_rows_and_table(tmp_path):
    result = run(["--format", "csv"], tmp_path)
    assert result.exit_code == 0
    header = next(csv.reader(io.StringIO(result.output)))
    assert header[:4] == ["id", "level1", "level2", "name"]
    table = run(["--format", "table"], tmp_path)
    assert table.exit_code == 0 and "facts" in table.output


def test_missing_file_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error: file_not_found:")
