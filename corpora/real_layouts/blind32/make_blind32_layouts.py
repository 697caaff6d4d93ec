#!/usr/bin/env python3
"""Build the blind32 part of the real-layout corpus.

Each entry of DOCS reproduces one public source (page texts and page tables of
Shanghai Putuo district 2026 department-budget PDFs, stored as JSON test data in a
public GitHub repository; addresses in SOURCES.md) as an XLSX or DOCX file, plus a
PDF exported with LibreOffice, and writes the hand-written gold JSON next to it.

    python make_blind32_layouts.py            # documents + gold + PDF export
    python make_blind32_layouts.py --no-pdf   # documents + gold only

XLSX/DOCX bytes are deterministic: core-property timestamps are fixed and every
zip member gets a fixed date.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)
ZIP_DATE = (2026, 1, 1, 0, 0, 0)

REPO = "https://github.com/zxj6827111-blip/GovBudgetChecker/blob"
URL_CHENGGUAN = f"{REPO}/c5fdaeae373266e6f1f4318a53e0d04771ebb976/tests/fixtures/chengguan_budget_page_data.json"
URL_PERF = f"{REPO}/5888e194d7bc0120430bc97cb04bb3d0dfef2ca9/tests/fixtures/perf_phase_amount_truth_page_data.json"
URL_JGW = f"{REPO}/80b8ed41f612447b033fc4ed3f1dd584eb31b721/tests/fixtures/jianguanwei_budget_page_data.json"


# ---------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


def sum_fact(metric, total, parts, unit):
    return {"metric": metric, "kind": "sum", "planned": None, "actual": None,
            "stated_rate": None, "unit": unit, "total": total, "parts": parts}


def normalize_zip(path: Path) -> None:
    """Rewrite a zip container with fixed member dates and a fixed order."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    # openpyxl stamps dcterms:modified with the save time: pin it
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                        rb"\g<1>2026-01-01T00:00:00Z\g<2>", data) if n == "docProps/core.xml" else data)
             for n, data in items]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_grid_xlsx(path: Path, sheet: str, ncols: int, rows, merges, widths, heights=None):
    """rows: list of lists (None = empty cell); merges: 'A1:H1' strings."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c in range(1, ncols + 1):
            val = row[c - 1] if c - 1 < len(row) else None
            cell = ws.cell(row=r, column=c)
            if val is not None:
                cell.value = val
                if isinstance(val, str) and val.startswith("="):
                    cell.data_type = "s"  # '=100.00(%)' is text, not a formula
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r <= 2 else "left")
            if r > 2:
                cell.border = BOX
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    for m in merges:
        ws.merge_cells(m)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    for r, h in (heights or {}).items():
        ws.row_dimensions[r].height = h
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind32"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalize_zip(path)


def new_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = "blind32"
    cp.last_modified_by = "blind32"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return d


def save_docx(d, path: Path):
    d.save(path)
    normalize_zip(path)


def set_widths(table, cms):
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = Cm(cms[i])
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Cm(cms[i])


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def docx_grid_table(d, ncols, rows, merges):
    """merges: (r0, c0, r1, c1) zero-based inclusive; text of the top-left cell is kept."""
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c in range(ncols):
            val = row[c] if c < len(row) else None
            if val is not None:
                t.cell(r, c).text = val
    for r0, c0, r1, c1 in merges:
        keep = t.cell(r0, c0).text
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    t.cell(r, c).text = ""
        merged = t.cell(r0, c0).merge(t.cell(r1, c1))
        merged.text = keep
    return t


# ---------------------------------------------------------------------------
# 1. 上海 普陀区城市管理行政执法局 拆违经费 (narrative + 申报表), DOCX
# ---------------------------------------------------------------------------

CHAIWEI_GOAL = ("1.完成市、区相关部门下达的本年度拆违任务。\n"
                "2.新增违建保持“零增长”，做到“无增减存”。\n"
                "3.对存量违建开展专项治理，尽快减少违建点位数。\n"
                "4.在普查数据平台上推行“拆一件、销一项、存一档”的目标管理。")

CHAIWEI_ROWS = [
    ["财政项目支出绩效目标申报表", None, None, None, None, None, None, None],
    ["（2026年度）", None, None, None, None, None, None, None],
    ["项目名称", None, "拆违经费", None, "项目性质", "阶段\n性项\n目", "项目类别", "特定目标类"],
    ["主管部门", None, "普陀区城市管理行政执\n法局执法大队", None, "实施单位",
     "上海市普陀区城市管理行政执法局执\n法大队", None, None],
    ["计划开始日期", None, "2024-01-01", None, "计划完成日期", "2026-12-31", None, None],
    ["项目资金\n（元）", None, "项目资金总额", None, "10,308,000.00", "年度资金申请总额", None, "3,498,000.00"],
    [None, None, "其中：财政资金", None, "10,308,000.00", "其中：当年财政拨款", None, "3,498,000.00"],
    [None, None, None, None, None, "上年结转资金", None, "0.00"],
    [None, None, "其他资金", None, "0.00", "其他资金", None, "0.00"],
    ["项目\n绩效\n目标", "项目总体目标\n(2024 年-2026 年)", None, None, None, "年度总体目标", None, None],
    [None, "\"" + CHAIWEI_GOAL + "\n\"", None, None, None, "\"" + CHAIWEI_GOAL + "\"", None, None],
    ["绩效\n指标", "一级指标", "二级指标", "三级指标", None, None, "年度(/项目)指标值", None],
    [None, "成本指标", "经济成本指标", "成本控制合理性", None, None, "合理", None],
    [None, "产出指标", "数量指标", "完成年度拆违计划", None, None, "=100.00(%)", None],
    [None, None, "质量指标", "违法建筑销项正确率", None, None, "=100.00(%)", None],
    [None, None, "时效指标", "新增违建处置率", None, None, "=100.00(%)", None],
    [None, "效益指标", "社会效益指标", "群众政策知晓度", None, None, "≥90.00(%)", None],
    [None, None, "生态效益指标", "提升城市环境美化指数", None, None, "提高", None],
    [None, None, "可持续影响指标", "新增违建发生数", None, None, "降低", None],
    [None, "满意度指标", "服务对象满意度\n指标", "群众满意度", None, None, "≥90.00(%)", None],
]
# zero-based inclusive (r0, c0, r1, c1)
CHAIWEI_MERGES = [
    (0, 0, 0, 7), (1, 0, 1, 7),
    (2, 0, 2, 1), (2, 2, 2, 3),
    (3, 0, 3, 1), (3, 2, 3, 3), (3, 5, 3, 7),
    (4, 0, 4, 1), (4, 2, 4, 3), (4, 5, 4, 7),
    (5, 0, 8, 1), (5, 2, 5, 3), (5, 5, 5, 6),
    (6, 2, 6, 3), (6, 5, 6, 6), (7, 2, 7, 3), (7, 5, 7, 6), (8, 2, 8, 3), (8, 5, 8, 6),
    (9, 0, 10, 0), (9, 1, 9, 4), (9, 5, 9, 7), (10, 1, 10, 4), (10, 5, 10, 7),
    (11, 0, 19, 0), (11, 3, 11, 5), (11, 6, 11, 7),
    (12, 3, 12, 5), (12, 6, 12, 7),
    (13, 1, 15, 1), (13, 3, 13, 5), (13, 6, 13, 7),
    (14, 3, 14, 5), (14, 6, 14, 7), (15, 3, 15, 5), (15, 6, 15, 7),
    (16, 1, 18, 1), (16, 3, 16, 5), (16, 6, 16, 7),
    (17, 3, 17, 5), (17, 6, 17, 7), (18, 3, 18, 5), (18, 6, 18, 7),
    (19, 3, 19, 5), (19, 6, 19, 7),
]


def build_chaiwei(path: Path):
    d = new_docx()
    para(d, "项目经费情况说明", bold=True, center=True, size=14)
    para(d, " 一、项目概述", bold=True)
    para(d, "    区拆违专办负责统筹全区违法建筑治理。2026年继续拆除各类存量违法建筑、管控新建违法建筑，"
            "对领导批示、舆情曝光和群众反映集中的违建快速处置；开展宣传和多媒体制作；委托第三方评测公司"
            "核对无证建筑数据库销项和拆除点位面积；购买第三方巡查队伍负责拆违现场警戒、重点区域值守和"
            "日常巡查；并用无人机巡查等方式发现违法建筑。")
    para(d, " 二、立项依据", bold=True)
    for line in ["1.《上海市住宅物业管理规定》", "2.《上海市城乡规划条例》", "3.《上海市拆除违法建筑若干规定》",
                 "4.《关于进一步加强本市违法建筑治理工作的实施意见》", "5.《上海市城市管理行政执法条例实施办法》",
                 "6、《上海市城市管理精细化三年行动计划（2024-2026）》", "7.《城市建成区违法建设专项治理工作五年行动方案》",
                 "8.《关于开展无违建居村（街镇）创建工作的实施意见》",
                 "9.《关于加强新增违法建筑监管和信息化建设工作的通知》等"]:
        para(d, line)
    para(d, " 三、实施主体", bold=True)
    para(d, " 普陀区城市管理行政执法局")
    para(d, " 四、实施方案", bold=True)
    para(d, "1.加强组织领导，协调处置突发事件。2.建立巡查监控网络，发现违建及时制止、拆除和上报。"
            "3.周密安排拆违工作，保证安全有序。4.加强舆论宣传，曝光拒不整改者、表彰先进。"
            "5.制定年度计划，落实对各街镇的年度考核。6.用智能化、信息化手段查处新增违法建设。")
    para(d, " 五、实施周期", bold=True)
    para(d, " 2026年1月1日-2026年12月31日")
    para(d, " 六、年度预算安排", bold=True)
    para(d, "    本年度拆违经费预算金额为349.80万元，用于拆违现场安全秩序维护第三方服务、无人机巡查、重大应急"
            "拆违工程款及审价费、第三方航拍巡查对比、拆违宣传及跟拍制作、第三方无证点位复核与数据库销项、"
            "法律顾问费等。")
    para(d, " 七、绩效目标", bold=True)
    para(d, "（包括总目标、年度目标、分解目标等，具体见表格）")
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(1.5)
    t = docx_grid_table(d, 8, CHAIWEI_ROWS, CHAIWEI_MERGES)
    set_widths(t, [1.2, 2.0, 2.1, 2.4, 2.9, 2.9, 2.0, 2.5])
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    save_docx(d, path)


CHAIWEI_GOLD = {
    "province": "上海",
    "doc_kind": "申报表",
    "patterns": [1, 2, 5, 6, 8, 10],
    "source_urls": [URL_CHENGGUAN, URL_PERF],
    "indicators": [
        ind("成本指标", "成本指标", "成本控制合理性", None, None, None, "合理"),
        ind("产出指标", "数量指标", "完成年度拆违计划", "=", 100, "%", "=100.00(%)"),
        ind("产出指标", "质量指标", "违法建筑销项正确率", "=", 100, "%", "=100.00(%)"),
        ind("产出指标", "时效指标", "新增违建处置率", "=", 100, "%", "=100.00(%)"),
        ind("效益指标", "社会效益指标", "群众政策知晓度", ">=", 90, "%", "≥90.00(%)"),
        ind("效益指标", "生态效益指标", "提升城市环境美化指数", None, None, None, "提高"),
        ind("效益指标", "可持续影响指标", "新增违建发生数", None, None, None, "降低"),
        ind("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90, "%", "≥90.00(%)"),
    ],
    "goals": [
        {"kind": "总体目标", "text": CHAIWEI_GOAL},
        {"kind": "年度目标", "text": CHAIWEI_GOAL},
    ],
    "facts": [
        sum_fact("项目资金总额", 10308000.00, [10308000.00, 0.00], "元"),
        sum_fact("年度资金申请总额", 3498000.00, [3498000.00, 0.00, 0.00], "元"),
    ],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "成本控制合理性",
         "why": "cost row valued 合理: a judgement word with no scale, no unit cost"},
        {"rule": "target.vague_wording", "item": "提升城市环境美化指数",
         "why": "target 提高: direction only, no number or baseline (the name itself holds 提升)"},
        {"rule": "target.vague_wording", "item": "新增违建发生数",
         "why": "a count with target 降低: no number, no baseline"},
        {"rule": "goal.unquantified", "item": "1.完成市、区相关部门下达的本年度拆违任务",
         "why": "annual goal: tasks set by others, 零增长/尽快减少 without counts, areas or dates"},
        {"rule": "target.duplicate", "item": "1.完成市、区相关部门下达的本年度拆违任务",
         "why": "the 2024-2026 总体目标 is copied word for word into 年度总体目标"},
    ],
    "notes": ("上海市普陀区城市管理行政执法局 2026年部门预算 (PDF, 24 pp.) pp. 23-24 as held in the repository's JSON: "
              "the 项目经费情况说明 of 拆违经费 (prose rewritten in our words, the nine basis documents listed as given) "
              "and its 财政项目支出绩效目标申报表 (8-column grid taken from the page_tables: 项目性质 cell '阶段\\n性项\\n目' "
              "broken over three lines, 主管部门 given as the 执法大队 itself, empty cell left of 上年结转资金, values with "
              "operator and unit in one cell '=100.00(%)'). Whole form reproduced; no table is cut. 项目总体目标 and "
              "年度总体目标 hold the same four items (the page wraps them in stray quotation marks, kept). Money: "
              "10,308,000.00 = 10,308,000.00 + 0.00 (资金总额 = 财政资金 + 其他资金) and 3,498,000.00 = 3,498,000.00 + 0 + 0, "
              "both consistent; 349.80万元 in the narrative = 3,498,000.00元 in the form. 经济成本指标 is mapped to level2 "
              "成本指标 under level1 成本指标 (101号 tree). =100% rows are equalities, not ≥100%, so no impossible_value. "
              "Judgement: 完成年度拆违计划 / 新增违建处置率 are rates without a stated count of 违建 — not flagged.")
}


# ---------------------------------------------------------------------------
# 2. 上海 普陀区建设和管理委员会 兰溪路-真南路下立交工程 申报表, XLSX
# ---------------------------------------------------------------------------

LANXI_TOTAL_GOAL = "为居民出行提供快捷通道，完善路网服务功能，分流中环路交通压力，加强铁路两侧片区的交通联系，支撑区域一体化发展。"
LANXI_YEAR_GOAL = "积极推进项目前期征收，年内开展管线搬迁和围护结构施工。"

LANXI_ROWS = [
    ["财政项目支出绩效目标申报表", None, None, None, None, None, None, None],
    ["（2026年度）", None, None, None, None, None, None, None],
    ["项目名称", None, "兰溪路-真南路下立交工\n程", None, "项目性质", "阶段性项\n目", "项目类别", "特定目标类"],
    ["主管部门", None, "上海市普陀区建设和管\n理委员会", None, "实施单位", "上海市普陀区市政工程建设中心", None, None],
    ["计划开始日期", None, "2026/1/1", None, "计划完成日期", "2027/12/31", None, None],
    ["项目资金\n（元）", None, "项目资金总额", None, "771,325,800.00", "年度资金申请总额", None, "226,145,100.00"],
    [None, None, "其中：财政资金", None, "771,325,800.00", "其中：当年财政拨款", None, "226,145,100.00"],
    [None, None, None, None, None, "上年结转资金", None, "0"],
    [None, None, "其他资金", None, "0", "其他资金", None, "0"],
    ["项目\n绩效\n目标", "项目总目标", None, None, None, "年度总体目标", None, None],
    [None, LANXI_TOTAL_GOAL, None, None, None, LANXI_YEAR_GOAL, None, None],
    [None, "一级指标", "二级指标", "三级指标", None, None, "年度(/项目)指标值", None],
    [None, None, "生态环境\n成本指标", "文明施工情况", None, None, "可控", None],
    [None, "产出指标", "数量指标", "道路建设长度", None, None, "985米", None],
    [None, None, "质量指标", "项目验收达标率", None, None, "=100.00(%)", None],
    [None, None, "时效指标", "项目完成及时性", None, None, "及时", None],
    [None, "效益指标", "社会效益\n指标", "道路安全隐患减少情况", None, None, "减少", None],
    [None, None, None, "道路景观提升情况", None, None, "提升", None],
    [None, None, None, "道路通行能力提升情况", None, None, "提升", None],
    [None, None, "可持续影\n响指标", "长效管理制度健全性", None, None, "健全", None],
    [None, "满意度指\n标", "服务对象\n满意度指\n标", "居民群众满意度", None, None, "≥90.00(%)", None],
]
LANXI_MERGES = [
    "A1:H1", "A2:H2",
    "A3:B3", "C3:D3", "A4:B4", "C4:D4", "F4:H4", "A5:B5", "C5:D5", "F5:H5",
    "A6:B9", "C6:D6", "F6:G6", "C7:D7", "F7:G7", "C8:D8", "F8:G8", "C9:D9", "F9:G9",
    "A10:A21", "B10:E10", "F10:H10", "B11:E11", "F11:H11",
    "D12:F12", "G12:H12", "D13:F13", "G13:H13",
    "B14:B16", "D14:F14", "G14:H14", "D15:F15", "G15:H15", "D16:F16", "G16:H16",
    "B17:B20", "C17:C19", "D17:F17", "G17:H17", "D18:F18", "G18:H18", "D19:F19", "G19:H19",
    "D20:F20", "G20:H20", "D21:F21", "G21:H21",
]


def build_lanxi(path: Path):
    write_grid_xlsx(path, "申报表", 8, LANXI_ROWS, LANXI_MERGES,
                    widths=[9, 14, 14, 18, 14, 18, 12, 16],
                    heights={3: 30, 4: 30, 11: 60, 13: 30, 17: 30, 20: 30, 21: 45})


LANXI_GOLD = {
    "province": "上海",
    "doc_kind": "申报表",
    "patterns": [1, 2, 4, 5, 6, 10],
    "source_urls": [URL_JGW, URL_PERF],
    "indicators": [
        ind("成本指标", "成本指标", "文明施工情况", None, None, None, "可控"),
        ind("产出指标", "数量指标", "道路建设长度", None, 985, "米", "985米"),
        ind("产出指标", "质量指标", "项目验收达标率", "=", 100, "%", "=100.00(%)"),
        ind("产出指标", "时效指标", "项目完成及时性", None, None, None, "及时"),
        ind("效益指标", "社会效益指标", "道路安全隐患减少情况", None, None, None, "减少"),
        ind("效益指标", "社会效益指标", "道路景观提升情况", None, None, None, "提升"),
        ind("效益指标", "社会效益指标", "道路通行能力提升情况", None, None, None, "提升"),
        ind("效益指标", "可持续影响指标", "长效管理制度健全性", None, None, None, "健全"),
        ind("满意度指标", "服务对象满意度指标", "居民群众满意度", ">=", 90, "%", "≥90.00(%)"),
    ],
    "goals": [
        {"kind": "总体目标", "text": LANXI_TOTAL_GOAL},
        {"kind": "年度目标", "text": LANXI_YEAR_GOAL},
    ],
    "facts": [
        sum_fact("项目资金总额", 771325800.00, [771325800.00, 0], "元"),
        sum_fact("年度资金申请总额", 226145100.00, [226145100.00, 0, 0], "元"),
    ],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "文明施工情况",
         "why": "cost row valued 可控: no scale, and no cost figure at all"},
        {"rule": "target.time_no_deadline", "item": "项目完成及时性",
         "why": "target 及时 with no date or on-time rate (plan ends 2027/12/31)"},
        {"rule": "target.vague_wording", "item": "道路安全隐患减少情况",
         "why": "target 减少: direction only, no number or baseline"},
        {"rule": "target.vague_wording", "item": "道路景观提升情况",
         "why": "target 提升: direction only"},
        {"rule": "target.vague_wording", "item": "道路通行能力提升情况",
         "why": "target 提升: no capacity figure (e.g. pcu/h) or baseline"},
        {"rule": "target.qualitative_no_scale", "item": "长效管理制度健全性",
         "why": "target 健全: yes/no word without a grading rule"},
        {"rule": "target.input_or_process", "item": "长效管理制度健全性",
         "why": "a management-system check placed as a 可持续影响 result"},
        {"rule": "goal.unquantified", "item": "为居民出行提供快捷通道",
         "why": "project goal names purposes only: no length, capacity, time saved or date"},
        {"rule": "goal.process_only", "item": "积极推进项目前期征收",
         "why": "annual goal lists activities (征收, 管线搬迁, 围护结构施工) with no quantity or end state"},
    ],
    "notes": ("上海市普陀区建设和管理委员会 2026年部门预算 (PDF, 24 pp.) p. 24: 财政项目支出绩效目标申报表 of "
              "兰溪路-真南路下立交工程, reproduced from the 8-column page_tables of the repository's JSON (whole form, "
              "not cut). Defects kept: the first indicator row has an empty 一级指标 cell and the 二级 cell reads "
              "'生态环境\\n成本指标' — level1 set to 成本指标 from that label (judgement call; 101号 tree, level2 "
              "成本指标); the 绩效指标 label column is missing, the 项目绩效目标 cell runs down the whole block (kept as "
              "one merge A10:A21); '985米' holds value and unit in one cell with no operator; 上年结转资金 written '0'. "
              "Goals rewritten in our words. Money: 771,325,800.00 = 771,325,800.00 + 0 and 226,145,100.00 = "
              "226,145,100.00 + 0 + 0, consistent; the narrative page of the same PDF gives 22,614.51万元 = 226,145,100元 "
              "(not part of this file). Not flagged (no rule id): the year's only output indicator is the full 985米 road "
              "length while the annual goal covers preparatory works only (适当性 mismatch).")
}


# ---------------------------------------------------------------------------
# 3. 上海 普陀区文化和旅游局 真如海心剧院精装修工程 项目经费情况说明 (prose), DOCX
# ---------------------------------------------------------------------------

def build_zhenru(path: Path):
    d = new_docx()
    para(d, "真如海心剧院精装修工程项目经费情况说明", bold=True, center=True, size=14)
    para(d, " 一、项目概述", bold=True)
    para(d, "    项目位于上海市普陀区真华南路388号，由上海市普陀区文旅发展管理中心实施，内容包括剧院观演区、"
            "公共服务区、后勤区等室内精装修和室外空间改造优化，已于2025年10月开工。作为区内第一座专业剧院，"
            "它将补上区内公共文化配套和高品质演出空间的短板。")
    para(d, " 二、立项依据", bold=True)
    para(d, "     2024年10月上海市普陀区财政局《关于真如海心剧院精装修工程项目估算评估的复函》"
            "（普财建函[2024]26号）批复立项。")
    para(d, " 三、实施主体", bold=True)
    para(d, "    产权单位为区文旅局，建设单位为其下属事业单位区文旅发展管理中心，长风置业代建；设计单位北京市建筑"
            "设计研究院股份有限公司，施工单位上海建工五建集团有限公司，监理单位上海总工工程建设监理有限公司。")
    para(d, " 四、实施方案", bold=True)
    para(d, "    2025年6月挂网招标，8月底签订总包合同，9月取得施工许可证，10月开工。按节点计划，2026年三季度"
            "完成观众区域施工，四季度完成舞台区域、前厅、后勤区域施工和室外空间优化，并开始联动调试。")
    para(d, " 五、实施周期", bold=True)
    para(d, "    2025年10月正式开工，合同工期490天。")
    para(d, " 六、年度预算安排", bold=True)
    para(d, "    本项目可研批复总投资为13526.06万元，其中建筑安装工程费为11668.67万元，工程建设其他费用1213.29万元，"
            "预备费644.10万元。2025年安排建设资金5000万元。")
    para(d, " 七、绩效目标", bold=True)
    para(d, "     详见单位的项目绩效目标表")
    save_docx(d, path)


ZHENRU_GOLD = {
    "province": "上海",
    "doc_kind": "项目经费情况说明",
    "patterns": [10],
    "source_urls": [URL_PERF],
    "indicators": [],
    "goals": [],
    "facts": [
        sum_fact("可研批复总投资", 13526.06, [11668.67, 1213.29, 644.10], "万元"),
    ],
    "findings": [],
    "notes": ("上海市普陀区文化和旅游局 2026年部门预算 (PDF, 27 pp.) p. 27, the last page held in the repository's JSON: "
              "项目经费情况说明 of 真如海心剧院精装修工程, prose rewritten in our words with every figure kept. The stored "
              "document ends with '详见单位的项目绩效目标表'; the target table itself is not in the source, so the file "
              "holds no indicators and no goal (a note that only names the attached form: no coverage finding). "
              "13526.06 = 11668.67 + 1213.29 + 644.10 (consistent). Under '六、年度预算安排' only the total investment "
              "and the 2025 allocation (5000万元) are given, no 2026 amount — a disclosure gap with no rule id here, "
              "so not a finding. Prose-only source (1 of at most 2).")
}


# ---------------------------------------------------------------------------

DOCS = [
    {"base": "sh-putuo-chaiwei-targets", "ext": "docx", "build": build_chaiwei, "gold": CHAIWEI_GOLD},
    {"base": "sh-putuo-lanxi-underpass-targets", "ext": "xlsx", "build": build_lanxi, "gold": LANXI_GOLD},
    {"base": "sh-putuo-zhenru-theatre-note", "ext": "docx", "build": build_zhenru, "gold": ZHENRU_GOLD},
]

GOLD_KEYS = ["source", "source_urls", "province", "doc_kind", "patterns",
             "indicators", "goals", "facts", "findings", "notes"]


def write_gold(name: str, gold: dict):
    g = copy.deepcopy(gold)
    g["source"] = name
    out = {k: g[k] for k in GOLD_KEYS}
    (ANN / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def export_pdf(src: Path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found (use --no-pdf)")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(HERE), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    ANN.mkdir(exist_ok=True)
    for doc in DOCS:
        name = f"{doc['base']}.{doc['ext']}"
        path = HERE / name
        doc["build"](path)
        write_gold(name, doc["gold"])
        if not args.no_pdf:
            export_pdf(path)
        write_gold(f"{doc['base']}.pdf", doc["gold"])
        print("wrote", name)


if __name__ == "__main__":
    main()
