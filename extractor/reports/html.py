"""The coverage report as one self-contained HTML file: inline CSS, inline SVG charts, no network.

Users' intranets are offline, so nothing may point outside the file: no CDN, no web font, no
external image; the only links are relative ones to the documents themselves (``file.pdf#page=3``).
Every text from documents is escaped. Tables sort by a click on a column head and filter by a
keyword (and the findings by severity); info findings are collapsed; the print stylesheet prints
every row (landscape, no scroll boxes, table heads repeated on each page).
"""
from __future__ import annotations

import os
from html import escape
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from .coverage import DIMENSIONS, LINK_MARK, SEVERITY_LABELS, ReportData

SEVERITY_COLOURS = {"错误": "#c0392b", "警告": "#d68910", "提示": "#2874a6"}
STATUS_COLOURS = {"成功": "#1e8449", "部分成功": "#d68910", "失败": "#c0392b", "跳过": "#7f8c8d"}
MAX_ROWS = 2000  # per table, so the file stays small at any batch size; the Excel file and the CSV tables have all

CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:0;color:#222;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:14px 28px}
header h1{margin:0 0 6px;font-size:22px}
header dl{margin:0;font-size:13px;display:flex;flex-wrap:wrap;gap:4px 24px}
header dt{display:inline;opacity:.8}header dd{display:inline;margin:0 0 0 4px}
nav{background:#fff;border-bottom:1px solid #ddd;padding:8px 28px;position:sticky;top:0;z-index:3}
nav a{margin-right:18px;color:#1f3a5f;text-decoration:none;font-size:14px}
main{padding:8px 28px 40px}
section{background:#fff;border:1px solid #e1e4e8;border-radius:6px;margin:16px 0;padding:12px 18px}
section{scroll-margin-top:64px}
h2{font-size:18px;border-left:4px solid #1f3a5f;padding-left:8px}
h3{font-size:15px;margin:18px 0 6px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{border:1px solid #e1e4e8;border-radius:6px;padding:10px 16px;min-width:110px;background:#fbfcfd}
.card .n{font-size:24px;font-weight:bold;color:#1f3a5f}
.card .l{font-size:13px;color:#555}
.charts{display:flex;flex-wrap:wrap;gap:28px;align-items:flex-start}
.scroll{overflow:auto;max-height:640px;border:1px solid #e1e4e8}
table{border-collapse:collapse;font-size:13px;width:100%}
th{background:#ddebf7;position:sticky;top:0;z-index:1;text-align:left;white-space:nowrap;cursor:pointer}
th.sorted-asc:after{content:" ▲"}th.sorted-desc:after{content:" ▼"}
th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top}
td.wide{min-width:160px;max-width:360px}
td.c{text-align:center}
td.id{color:#777;font-size:12px;word-break:break-all;min-width:8em;max-width:14em}
td.name{min-width:6em}
td.file{min-width:11em;word-break:break-all}
.ok{background:#c6efce}.miss{background:#f8cbad}.warn{background:#ffeb9c}
.sev-错误{color:#c0392b;font-weight:bold}.sev-警告{color:#9a6700;font-weight:bold}.sev-提示{color:#2874a6}
.tools{display:flex;gap:10px;align-items:center;flex-wrap:wrap}
input.filter,select.severity{margin:4px 0 8px;padding:4px 8px;font-size:13px}
input.filter{width:320px}
.muted{color:#666;font-size:13px}
details>summary{cursor:pointer;color:#1f3a5f;font-size:14px;margin:6px 0}
@media print{
  @page{size:A4 landscape;margin:10mm}
  body{background:#fff;font-size:11px}
  nav,.tools,.no-print{display:none}
  header{background:#fff;color:#000;padding:0 0 6px;border-bottom:2px solid #000}
  main{padding:0}
  section{border:0;margin:8px 0;padding:0}
  .scroll{overflow:visible;max-height:none;border:0}
  th{position:static;cursor:auto}
  th.sorted-asc:after,th.sorted-desc:after{content:""}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  td.wide{min-width:0;max-width:none}
  table{font-size:10px}
  a{color:inherit;text-decoration:none}
  details:not([open])>*:not(summary){display:none}
  h2,h3{break-after:avoid}
  .ref{display:none}
  td.id{min-width:0;font-size:9px}
}
"""

SCRIPT = """
function applyFilters(id){
  var table = document.getElementById(id);
  var box = document.querySelector("input[data-table='" + id + "']");
  var sev = document.querySelector("select[data-table='" + id + "']");
  var q = box ? box.value.trim().toLowerCase() : "";
  var s = sev ? sev.value : "";
  var rows = table.tBodies[0].rows;
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    var ok = (!q || r.textContent.toLowerCase().indexOf(q) >= 0) && (!s || r.getAttribute("data-severity") === s);
    r.style.display = ok ? "" : "none";
  }
}
function sortTable(th){
  var table = th.closest("table"), body = table.tBodies[0];
  var col = Array.prototype.indexOf.call(th.parentNode.children, th);
  var asc = !th.classList.contains("sorted-asc");
  Array.prototype.forEach.call(th.parentNode.children, function(x){ x.classList.remove("sorted-asc", "sorted-desc"); });
  th.classList.add(asc ? "sorted-asc" : "sorted-desc");
  var rows = Array.prototype.slice.call(body.rows);
  function key(r){ var t = r.cells[col] ? r.cells[col].getAttribute("data-sort") || r.cells[col].textContent : "";
                   var n = parseFloat(t); return isNaN(n) || !/^-?[0-9.]+$/.test(t.trim()) ? t : n; }
  rows.sort(function(a, b){ var x = key(a), y = key(b);
    if (typeof x === "number" && typeof y === "number") return asc ? x - y : y - x;
    return asc ? String(x).localeCompare(String(y), "zh-CN") : String(y).localeCompare(String(x), "zh-CN"); });
  rows.forEach(function(r){ body.appendChild(r); });
}
"""

WIDE_COLUMNS = ("问题说明", "原文", "修改建议", "目标内容", "说明", "偏差原因", "三级指标", "指标名称", "实际值来源")
ID_COLUMNS = ("规则", "引用", "错误代码")  # machine ids, shown small beside the Chinese text
NAME_COLUMNS = ("项目", "问题", "主管部门", "实施单位")  # short texts that must not shrink to one character a line
SCREEN_ONLY_COLUMNS = ("规则", "引用")  # rule ids and block refs: on screen, not on paper
SEVERITY_FILTER = [("", "全部"), ("错误", "只看错误"), ("警告", "只看警告")]


def _cell(value) -> str:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return escape(str(value))


def table_html(frame: pd.DataFrame, table_id: str | None = None, classes=None, filter_box: bool = False,
               severity_filter: bool = False, cells: dict | None = None) -> str:
    """An escaped HTML table; ``classes(column, value)`` may give a CSS class per cell, ``cells[column](row)`` the
    cell's HTML from the whole row (a dict, hidden ``_`` columns included). Columns starting with ``_`` are not
    shown."""
    shown = [c for c in frame.columns if not str(c).startswith("_")]
    cells = cells or {}
    parts = [_table_tools(table_id, filter_box, severity_filter)] if table_id and (filter_box or severity_filter) else []
    id_attr = f' id="{table_id}"' if table_id else ""
    parts.append(f'<div class="scroll"><table{id_attr}><thead><tr>')
    for c in shown:
        ref = ' class="ref"' if c in SCREEN_ONLY_COLUMNS else ""
        parts.append(f'<th onclick="sortTable(this)"{ref}>{escape(str(c))}</th>')
    parts.append("</tr></thead><tbody>")
    for record in frame.head(MAX_ROWS).to_dict("records"):
        severity = record.get("严重程度")
        parts.append(f'<tr data-severity="{escape(str(severity))}">' if severity else "<tr>")
        for col in shown:
            css = _cell_classes(col, record.get(col), classes)
            cls = f' class="{" ".join(css)}"' if css else ""
            parts.append(f"<td{cls}>{cells[col](record) if col in cells else _cell(record.get(col))}</td>")
        parts.append("</tr>")
    parts.append("</tbody></table></div>")
    if len(frame) > MAX_ROWS:
        parts.append(f'<p class="muted">仅显示前 {MAX_ROWS} 行，共 {len(frame)} 行；完整内容见 Excel 报告。</p>')
    return "".join(parts)


def _table_tools(table_id: str, filter_box: bool, severity_filter: bool) -> str:
    """The keyword filter and severity select above a table."""
    parts = ['<div class="tools">']
    if filter_box:
        parts.append(f'<input class="filter" type="search" placeholder="筛选（输入关键词）" data-table="{table_id}" '
                     f"oninput=\"applyFilters('{table_id}')\">")
    if severity_filter:
        options = "".join(f'<option value="{v}">{escape(t)}</option>' for v, t in SEVERITY_FILTER)
        parts.append(f'<select class="severity" data-table="{table_id}" '
                     f"onchange=\"applyFilters('{table_id}')\">{options}</select>")
    parts.append('<span class="muted">点击列名排序</span></div>')
    return "".join(parts)


def _cell_classes(col, value, classes) -> list[str]:
    """The CSS classes of a cell: its column's kind (wide, id, name, file, ref), then ``classes(col, value)``."""
    css = [name for name, columns in (("wide", WIDE_COLUMNS), ("id", ID_COLUMNS), ("name", NAME_COLUMNS),
                                      ("file", ("文件",)), ("ref", SCREEN_ONLY_COLUMNS)) if col in columns]
    extra = classes(col, value) if classes else None
    if extra:
        css.append(extra)
    return css


def bar_chart_svg(items: list[tuple[str, int]], colours: dict[str, str] | None = None, width: int = 460,
                  title: str = "") -> str:
    """Horizontal bars as inline SVG (no external resources)."""
    colours = colours or {}
    bar_h, gap, label_w = 22, 6, 190
    height = max(1, len(items)) * (bar_h + gap) + 30
    top = max([n for _, n in items] + [1])
    out = [f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-size="12">']
    if title:
        out.append(f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>')
    for k, (label, n) in enumerate(items):
        y = 24 + k * (bar_h + gap)
        w = 0 if not n else max(2, int((width - label_w - 50) * n / top))
        colour = colours.get(label, "#5b7db1")
        short = label if len(label) <= 16 else label[:15] + "…"
        out.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end"><title>{escape(label)}</title>'
                   f"{escape(short)}</text>")
        out.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="{colour}" rx="2"/>')
        out.append(f'<text x="{label_w + w + 6}" y="{y + 15}">{n}</text>')
    if not items:
        out.append('<text x="0" y="40">（无）</text>')
    out.append("</svg>")
    return "".join(out)


def dimension_chart_svg(dimensions: pd.DataFrame, width: int = 460) -> str:
    """How many documents cover each dimension, out of the documents with indicators."""
    with_indicators = dimensions[dimensions[list(DIMENSIONS)].sum(axis=1) > 0] if not dimensions.empty else dimensions
    total = len(with_indicators)
    items = [(f"{d}（{int((with_indicators[d] > 0).sum()) if total else 0}/{total}）",
              int((with_indicators[d] > 0).sum()) if total else 0) for d in DIMENSIONS]
    return bar_chart_svg(items, width=width, title="覆盖各维度的文件数")


def render_html(data: ReportData, link_base: str | None = None) -> str:
    """The report page; ``link_base``: the input folder relative to the HTML file, for links to PDF pages."""
    severity_items = [(row["严重程度"], int(row["问题数"])) for _, row in data.severity_counts.iterrows()]
    status_items = [(row["状态"], int(row["文件数"])) for _, row in data.status_counts.iterrows()]
    rule_items = [(f"{row['问题'] or row['规则']}", int(row["问题数"])) for _, row in data.rule_counts.head(15).iterrows()]
    cards = "".join(
        f'<div class="card"><div class="n">{escape(str(v))}</div><div class="l">{escape(k)}</div></div>'
        for k, v in data.overview
    )
    locations = {"位置": lambda row: location_html(row, link_base)}
    n_info = len(data.info_findings)
    sections = [
        ("overview", "概览", f'<div class="cards">{cards}</div>'),
        ("projects", "项目汇总（按错误、警告数排序）",
         '<p class="muted">同一项目的不同文件（申报表、自评表、评价报告等，名称写法不同也算同一项目）合并为一行。</p>'
         + table_html(data.projects, "t-projects", _project_class, filter_box=True)),
        ("findings", "问题清单（错误与警告）",
         table_html(data.findings, "t-findings", _severity_class, filter_box=True, severity_filter=True,
                    cells=locations)),
        ("info", f"提示信息（{n_info} 条）",
         f'<details><summary>提示类信息不影响评审结论，默认折叠；点击展开全部 {n_info} 条</summary>'
         + table_html(data.info_findings, "t-info", _severity_class, filter_box=True, cells=locations)
         + "</details>"),
        ("gaps", "缺失与未报告",
         '<p class="muted">目标没有对应指标、申报的指标值在自评或评价材料中没有实际完成情况、子项目未对应目标等。</p>'
         + table_html(data.gaps, "t-gaps", filter_box=True, cells=locations)),
        ("charts", "统计图", '<div class="charts">'
         + bar_chart_svg(severity_items, SEVERITY_COLOURS, title="问题按严重程度")
         + bar_chart_svg(rule_items, width=560, title="问题按类型（前 15 类）")
         + bar_chart_svg(status_items, STATUS_COLOURS, title="文件处理状态")
         + dimension_chart_svg(data.dimensions)
         + "</div>"),
        ("dimensions", "维度覆盖（按文件）",
         '<p class="muted">数字为该维度的指标个数；红色表示该维度没有指标（没有分维度目标指标的文件，如合同、只有评分表的评价报告，不着色）。</p>'
         + table_html(_indicator_rows_first(data.dimensions), "t-dim", _dimension_class, filter_box=True)),
        ("matrix", "目标—指标覆盖矩阵（按项目）", _matrices_html(data)),
        ("indicators", "指标明细（申报值与实际值）",
         '<p class="muted">申报表中的指标值，显示同一项目自评表、评价报告中报告的实际完成值及其来源文件和位置。</p>'
         + table_html(data.indicators, "t-indicators", _achievement_class, filter_box=True, cells=locations)),
        ("files", "文件处理状态", table_html(data.files, "t-files", _status_class, filter_box=True)),
    ]
    nav = "".join(f'<a href="#{sid}">{escape(title)}</a>' for sid, title, _ in sections)
    body = "".join(f'<section id="{sid}"><h2>{escape(title)}</h2>{content}</section>'
                   for sid, title, content in sections)
    notes = "".join(f'<p class="muted">{escape(n)}</p>' for n in data.notes)
    header = "".join(f"<div><dt>{escape(k)}：</dt><dd>{escape(str(v))}</dd></div>" for k, v in data.header)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(data.title)}</title><style>{CSS}</style><script>{SCRIPT}</script></head>"
        f"<body><header><h1>{escape(data.title)}</h1><dl>{header}</dl></header><nav>{nav}</nav>"
        f"<main>{notes}{body}</main></body></html>"
    )


def location_html(row: dict, link_base: str | None) -> str:
    """The 位置 cell: each location as text, a PDF page as a link to ``file.pdf#page=N`` beside the report."""
    links = row.get("_links") or []
    if not links:
        return _cell(row.get("位置"))
    parts = []
    for file, where, page in links:
        text = escape(f"{file}：{where}" if len(links) > 1 else str(where))
        if page and link_base is not None:
            href = quote(f"{link_base}/{file}" if link_base else file) + f"#page={int(page)}"
            text = f'<a href="{escape(href)}">{text}</a>'
        parts.append(text)
    return "；".join(parts)


def _matrices_html(data: ReportData) -> str:
    if not data.matrices:
        return '<p class="muted">没有识别到目标或指标。</p>'
    parts = ['<p class="muted">● 表示该指标支撑该目标；红色表示目标没有指标支撑，或指标没有关联到任何目标。</p>']
    for n, pm in enumerate(data.matrices):
        parts.append(f"<h3>项目：{escape(pm.project)}</h3>")
        parts.append(table_html(pm.goals, f"t-goals-{n}", _goal_class))
        parts.append('<div style="height:8px"></div>')
        parts.append(table_html(pm.matrix, f"t-matrix-{n}", _matrix_class))
    return "".join(parts)


def _indicator_rows_first(dimensions: pd.DataFrame) -> pd.DataFrame:
    """Documents with indicators first; the others show blanks instead of a row of zeros."""
    if dimensions.empty:
        return dimensions
    has = dimensions[list(DIMENSIONS)].sum(axis=1) > 0
    without = dimensions[~has].copy()
    without[list(DIMENSIONS)] = None
    return pd.concat([dimensions[has], without], ignore_index=True)


def _dimension_class(col, value):
    if col in DIMENSIONS:
        if value is None or value != value:
            return "c"
        return "c ok" if value else "c miss"
    return None


def _severity_class(col, value):
    return f"sev-{value}" if col == "严重程度" and value in SEVERITY_LABELS.values() else None


def _achievement_class(col, value):
    if col == "达成情况":
        return {"达成": "ok", "未达成": "miss"}.get(value)
    return None


def _status_class(col, value):
    if col == "状态":
        return {"成功": "ok", "部分成功": "warn", "失败": "miss"}.get(value)
    return None


def _goal_class(col, value):
    return "c miss" if col == "关联指标数" and not value else ("c" if col == "关联指标数" else None)


def _matrix_class(col, value):
    if str(col).startswith("目标"):
        return "c ok" if value == LINK_MARK else "c"
    if col == "关联目标数":
        return "c miss" if not value else "c"
    return None


def _project_class(col, value):
    if col == "错误" and value:
        return "c miss"
    if col == "警告" and value:
        return "c warn"
    return "c" if col in ("排名", "文件数", "错误", "警告", "提示", "无指标的目标", "未报告的目标值") else None


def link_base_for(html_path: str | Path, source_dir: str | Path | None) -> str | None:
    """The input folder relative to the report's folder (posix), or ``None`` when the folder is unknown."""
    if not source_dir:
        return None
    try:
        rel = os.path.relpath(Path(source_dir).resolve(), Path(html_path).resolve().parent)
    except ValueError:  # another drive on Windows
        return None
    return "" if rel == "." else Path(rel).as_posix()


def write_html(data: ReportData, path: str | Path, source_dir: str | Path | None = None) -> Path:
    from ..outputs import atomic_write_text

    return atomic_write_text(path, render_html(data, link_base_for(path, source_dir)))

