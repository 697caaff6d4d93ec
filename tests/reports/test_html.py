from __future__ import annotations

import re

import pandas as pd

from extractor.reports.coverage import build_report
from extractor.reports.html import bar_chart_svg, render_html, table_html

EXTERNAL = re.compile(r"""(?:src|href|action|data)\s*=\s*["']?\s*(?:https?:|ftp:)?//|url\(|@import""", re.I)


def test_report_is_self_contained(batch_out):
    html = (batch_out / "report.html").read_text(encoding="utf-8")
    assert not EXTERNAL.search(html)
    assert "http://" not in html and "https://" not in html
    assert "<svg" in html and "<style>" in html
    for title in ("概览", "维度覆盖", "目标—指标覆盖矩阵", "问题清单", "指标明细", "文件处理状态"):
        assert title in html


def test_document_text_is_escaped():
    frame = pd.DataFrame([{"问题说明": '<script>alert("x")</script>', "证据": "a & b"}])
    html = table_html(frame)
    assert "<script>" not in html and "&lt;script&gt;" in html and "a &amp; b" in html


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

    assert all(escape(s) in html for s in list(suggestions)[:20])
