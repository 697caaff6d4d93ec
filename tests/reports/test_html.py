from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pandas as pd

from extractor.reports.coverage import build_report
from extractor.reports.html import MAX_ROWS, bar_chart_svg, render_html, table_html

from report_readers import CHINESE_LOCATION, html_tables, sheet_rows

EXTERNAL = re.compile(r"""(?:src|href|action|data)\s*=\s*["']?\s*(?:https?:|ftp:)?//|url\(|@import""", re.I)


def _html(batch_out) -> str:
    return (batch_out / "report.html").read_text(encoding="utf-8")


def test_report_is_self_contained(batch_out):
    html = _html(batch_out)
    assert not EXTERNAL.search(html)
    assert "http://" not in html and "https://" not in html
    assert "<svg" in html and "<style>" in html
    for title in ("概览", "项目汇总", "问题清单", "提示信息", "缺失与未报告", "维度覆盖", "目标—指标覆盖矩阵", "指标明细",
                  "文件处理状态"):
        assert title in html


def test_findings_table_has_project_department_and_chinese_locations(batch_out):
    tables = html_tables(_html(batch_out)).tables
    findings = tables["t-findings"]
    assert findings["head"][:5] == ["项目", "主管部门", "实施单位", "文件", "位置"]
    assert findings["rows"] and all(r["项目"] for r in findings["rows"])
    assert all(CHINESE_LOCATION.search(part) for r in findings["rows"] for part in r["位置"].split("；"))
    assert {r["严重程度"] for r in findings["rows"]} <= {"错误", "警告"}
    assert len(findings["rows"]) == len(sheet_rows(batch_out / "report.xlsx", "问题清单"))
    assert tables["t-projects"]["head"][:2] == ["排名", "项目"]


def test_pdf_locations_link_to_the_page_beside_the_report(batch_out):
    tables = html_tables(_html(batch_out)).tables
    links = [(row["位置"], href) for t in ("t-findings", "t-info") for row, cell_links in
             zip(tables[t]["rows"], tables[t]["links"]) for href in cell_links["位置"]]
    pdf_links = [(text, href) for text, href in links if ".pdf#page=" in href]
    assert pdf_links, "the self-assessment PDF has findings"
    for text, href in pdf_links:
        path, page = unquote(href).rsplit("#page=", 1)
        target = (batch_out / path).resolve()
        assert target.is_file() and target.suffix == ".pdf", href  # relative to the report, opens the document
        assert f"第{page}页" in text
    assert all(".pdf#page=" in href for _, href in links)  # only PDF pages are links


def test_info_findings_are_collapsed_and_counted(batch_out, results):
    parsed = html_tables(_html(batch_out))
    assert "t-info" in parsed.in_details and "t-findings" not in parsed.in_details
    n_info = sum(1 for r in sheet_rows(batch_out / "report.xlsx", "提示信息"))
    assert len(parsed.tables["t-info"]["rows"]) == n_info > 0
    assert f"提示信息（{n_info} 条）" in _html(batch_out)
    assert re.search(r"<details>(?!\s*<details open)", _html(batch_out))  # closed by default


def test_severity_filter_and_sortable_columns(batch_out):
    html = _html(batch_out)
    assert re.search(r'<select class="severity" data-table="t-findings"', html)
    assert '<option value="错误">' in html and '<option value="警告">' in html
    assert 'data-severity="错误"' in html or 'data-severity="警告"' in html
    assert html.count('onclick="sortTable(this)"') >= sum(len(t["head"]) for t in html_tables(html).tables.values())
    assert "function sortTable" in html and "function applyFilters" in html


def test_print_stylesheet_prints_every_row(batch_out):
    html = _html(batch_out)
    css = html[html.index("@media print"):]
    assert "size:A4 landscape" in css
    assert re.search(r"\.scroll\{overflow:visible;max-height:none", css)  # no clipped scroll boxes
    assert "thead{display:table-header-group}" in css  # table heads repeat on each printed page
    assert "nav,.tools" in css  # filters and navigation are not printed


def test_every_declared_target_shows_the_reported_actual(batch_out):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpora" / "samples"))
    import sample_content as C

    rows = html_tables(_html(batch_out)).tables["t-indicators"]["rows"]
    declared = [r for r in rows if r["文件"] == "declared-reported/health-target-form.xlsx"]
    assert [r["三级指标"] for r in declared] == [x.name for x in C.HEALTH_ROWS]
    for row, truth in zip(declared, C.HEALTH_ROWS):
        assert row["实际完成值"] == truth.actual_text, row
        assert row["实际值来源"].startswith("declared-reported/health-self-assessment.docx 第2个表格第"), row


def test_header_block_names_the_run(batch_out, batch_in):
    html = _html(batch_out)
    header = html[html.index("<header>"):html.index("</header>")]
    for label in ("生成时间", "输入目录", "规则文件", "版本"):
        assert label in header
    assert str(batch_in.resolve()) in header


def test_document_text_is_escaped():
    frame = pd.DataFrame([{"问题说明": '<script>alert("x")</script>', "原文": "a & b"}])
    html = table_html(frame)
    assert "<script>" not in html and "&lt;script&gt;" in html and "a &amp; b" in html


def test_long_tables_are_cut_with_a_note():
    frame = pd.DataFrame({"文件": [f"f{k}" for k in range(MAX_ROWS + 5)]})
    html = table_html(frame, "t")
    assert html.count("<tr>") == MAX_ROWS + 1 and f"共 {MAX_ROWS + 5} 行" in html


def test_bar_chart_scales_to_the_largest_value():
    svg = bar_chart_svg([("错误", 10), ("警告", 5), ("提示", 0)])
    widths = [int(w) for w in re.findall(r'<rect[^>]*width="(\d+)"', svg)]
    assert widths[0] == 2 * widths[1] or abs(widths[0] - 2 * widths[1]) <= 1
    assert widths[2] == 0


def test_html_lists_every_finding_with_its_suggestion(results):
    data = build_report(results)
    html = render_html(data)
    suggestions = {f["suggestion"] for r in results for f in r.findings if f.get("suggestion")}
    from html import escape

    assert suggestions and all(escape(s) in html for s in suggestions)
