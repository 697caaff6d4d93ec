"""`jixiao parse`: JSON/Markdown/text output; bad files give one `Error: <code>: <message>` line and exit 2."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from extractor.cli import cli

import docx  # noqa: E402


@pytest.fixture()
def report_docx(tmp_path):
    d = docx.Document()
    d.add_heading("一、项目概况", level=1)
    d.add_paragraph("本项目总投资1200万元。")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "指标", "目标值"
    t.cell(1, 0).text, t.cell(1, 1).text = "接入路数", "≥500路"
    path = tmp_path / "report.docx"
    d.save(str(path))
    return path


def _runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 always keeps stderr apart
        return CliRunner()


def test_parse_json_has_the_contract_fields(report_docx):
    result = _runner().invoke(cli, ["parse", str(report_docx), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["format"] == "docx"
    assert [b["kind"] for b in data["blocks"]] == ["heading", "paragraph", "table"]
    assert data["blocks"][0]["level"] == 1
    assert data["blocks"][2]["rows"] == [["指标", "目标值"], ["接入路数", "≥500路"]]
    assert data["clauses"][0]["number"] == "一、" and data["clauses"][0]["title"] == "项目概况"
    assert data["clauses"][0]["block_refs"] == ["#/blocks/1", "#/blocks/2"]


def test_parse_markdown_and_text(report_docx):
    md = _runner().invoke(cli, ["parse", str(report_docx), "--format", "markdown"])
    assert md.exit_code == 0
    assert "## 一、项目概况" in md.stdout and "| 接入路数 | ≥500路 |" in md.stdout
    text = _runner().invoke(cli, ["parse", str(report_docx), "--format", "text"])
    assert text.stdout.splitlines() == ["一、项目概况", "本项目总投资1200万元。", "指标\t目标值", "接入路数\t≥500路"]


@pytest.mark.parametrize(
    "name, content, code",
    [
        ("empty.pdf", b"", "empty_document"),
        ("image.pdf", b"\x89PNG\r\n\x1a\n" + bytes(100), "unsupported_format"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "unsupported_format"),
        ("broken.docx", b"PK\x03\x04" + bytes(100), "damaged_file"),
        ("noise.txt", bytes(range(128, 256)) * 20, "encoding_unknown"),
    ],
)
def test_bad_files_give_one_error_line_and_exit_2(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    result = _runner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {code}: ")


def test_python_m_extractor_parse_subprocess(tmp_path, report_docx):
    ok = subprocess.run([sys.executable, "-m", "extractor", "parse", str(report_docx), "--format", "json"],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["blocks"][0]["text"] == "一、项目概况"
    bad = tmp_path / "zero.docx"
    bad.write_bytes(b"")
    err = subprocess.run([sys.executable, "-m", "extractor", "parse", str(bad)], capture_output=True, text=True,
                         timeout=120)
    assert err.returncode == 2
    assert err.stdout == ""
    assert err.stderr.strip().splitlines() == ["Error: empty_document: zero.docx is empty (0 bytes)"]
    assert "Traceback" not in err.stderr
