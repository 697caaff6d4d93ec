#!/usr/bin/env python3
"""Build the blind24 part of the real-layout corpus.

Every document reproduces one stored public page (address in SOURCES.md and in each gold file): layout, merged
cells, column order, empty cells and defects as the page has them; facts as written; longer sentences in our own
words with the same numbers.  One DOCS table drives both the documents and the gold JSON files.

    python make_blind24_layouts.py            # XLSX/DOCX + PDF (LibreOffice) + gold
    python make_blind24_layouts.py --no-pdf   # skip the LibreOffice export

XLSX/DOCX bytes are deterministic: core-property timestamps and zip entry dates are fixed after saving.
"""
import argparse
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
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED_ISO = "2024-01-01T00:00:00Z"
FIXED_ZIP_DATE = (2024, 1, 1, 0, 0, 0)

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_LEFT = Alignment(wrap_text=True, vertical="center", horizontal="left")


# ----------------------------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------------------------

def fix_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed core-property timestamps and fixed entry dates (deterministic bytes)."""
    src = zipfile.ZipFile(path)
    items = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\2", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            out.writestr(info, data)
    path.write_bytes(buf.getvalue())


def xl_put(ws, ref_row, ref_col, value, merge_to=None, left=False, bold=False):
    cell = ws.cell(row=ref_row, column=ref_col, value=value)
    cell.alignment = WRAP_LEFT if left else WRAP
    if bold:
        cell.font = Font(bold=True)
    if merge_to:
        r2, c2 = merge_to
        ws.merge_cells(start_row=ref_row, start_column=ref_col, end_row=r2, end_column=c2)
    return cell


def xl_box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BOX


def xl_setup(ws, widths, landscape=True):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def new_wb(title):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "blind24"
    return wb, ws


def new_doc():
    d = docx.Document()
    d.core_properties.author = "blind24"
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def dtable(d, nrows, ncols):
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    return t


def dset(t, r, c, text, merge_to=None):
    cell = t.cell(r, c)
    if merge_to:
        cell = cell.merge(t.cell(*merge_to))
    cell.text = text
    return cell


# ----------------------------------------------------------------------------------------------------------------
# 1. 天津 宁河区 教育局: 抗疫特别国债项目绩效目标表 (2020年非营利性民办园房租补贴)
# ----------------------------------------------------------------------------------------------------------------

NINGHE_GOAL = ("1.依据市政府办公厅关于大力发展学前教育两年行动方案(2019-2020年)的通知，对宁河区非营利性民办幼儿园给予房租补贴，"
               "解决其租用园舍的需要，扶持民办园尤其是普惠性民办园发展。 2.依照上述通知，确保补贴资金按时、足额、合规发放到位。 "
               "3.让补贴对象享有政策规定的房租补贴权益，推动学前教育普及普惠、安全优质发展。")

NINGHE_ROWS = [
    # level1, level2, name, target cell
    ("产出指标", "数量指标", "补贴非营利性民办幼儿园数量", "20个"),
    ("", "", "补贴民办园租用面积", "26970.7平方米"),
    ("", "质量指标", "补贴覆盖民办幼儿园率", "≥90.91%"),
    ("", "", "补贴发放合规率", "≥95%"),
    ("", "时效指标", "补贴发放及时率", "≥95%"),
    ("", "", "补贴期限", "2020.1.1-2020.12.31"),
    ("", "成本指标", "补贴标准", "71.86元/平方米"),
    ("效益指标", "社会效益指标", "提升疫情防控期间民办幼儿园扶持力度", "显著提升了疫情期间对民办幼儿园的扶持力度，有力支持民办幼儿园发展。"),
    ("", "", "促进学前教育普及普惠优质发展", "显著促进学前教育普及和优质发展，有力支持民办幼儿园发展。"),
    ("", "可持续影响指标", "非营利性民办园租房受益期限", "保障疫情期间非营利性民办园房租需求，大力支出民办幼儿园发展"),
    ("满意度指标", "服务对象满意度指标", "受益租户满意度", "≥95%"),
]


def build_ninghe(path: Path):
    wb, ws = new_wb("绩效目标表")
    xl_setup(ws, [10, 14, 16, 34, 40], landscape=False)
    xl_put(ws, 1, 1, "抗疫特别国债项目绩效目标表(打捆项目)", merge_to=(1, 5), bold=True)
    xl_put(ws, 2, 1, "(2020年度)", merge_to=(2, 5))
    xl_put(ws, 3, 1, "项目名称")
    xl_put(ws, 3, 2, "2020年非营利性民办园房租补贴", merge_to=(3, 5))
    xl_put(ws, 4, 1, "主管预算部门")
    xl_put(ws, 4, 2, "天津市宁河区教育局", merge_to=(4, 3))
    xl_put(ws, 4, 4, "项目预算金额(万元)")
    xl_put(ws, 4, 5, 193.8)
    xl_put(ws, 5, 1, "绩 效 目 标")
    xl_put(ws, 5, 2, NINGHE_GOAL, merge_to=(5, 5), left=True)
    ws.row_dimensions[5].height = 90
    first = 6
    last = first + len(NINGHE_ROWS)
    xl_put(ws, first, 1, "绩 效 指 标", merge_to=(last, 1))
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], start=2):
        xl_put(ws, first, c, h, bold=True)
    # merges of level columns as on the page
    r = first + 1
    spans1 = {"产出指标": 7, "效益指标": 3, "满意度指标": 1}
    spans2 = [2, 2, 2, 1, 2, 1, 1]
    row = r
    for l1, n in spans1.items():
        xl_put(ws, row, 2, l1, merge_to=(row + n - 1, 2) if n > 1 else None)
        row += n
    row = r
    l2_names = [x[1] for x in NINGHE_ROWS if x[1]]
    for name, n in zip(l2_names, spans2):
        xl_put(ws, row, 3, name, merge_to=(row + n - 1, 3) if n > 1 else None)
        row += n
    for i, (_, _, name, val) in enumerate(NINGHE_ROWS):
        xl_put(ws, r + i, 4, name)
        xl_put(ws, r + i, 5, val, left=len(val) > 20)
        if len(val) > 20:
            ws.row_dimensions[r + i].height = 45
    xl_put(ws, last + 1, 1, "附件:", left=True)
    xl_box(ws, 3, 1, last, 5)
    wb.save(path)


def ind(l1, l2, name, op, value, unit, target, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target, "actual": actual, "weight": weight, "score": score}


NINGHE_GOLD = {
    "province": "天津",
    "doc_kind": "申报表",
    "patterns": [1, 2, 6, 10],
    "source_urls": ["https://www.tjnh.gov.cn/ztzl1/ztzl/nhczzjzdjc/202108/t20210831_5569479.html"],
    "indicators": [
        ind("产出指标", "数量指标", "补贴非营利性民办幼儿园数量", None, 20, "个", "20个"),
        ind("产出指标", "数量指标", "补贴民办园租用面积", None, 26970.7, "平方米", "26970.7平方米"),
        ind("产出指标", "质量指标", "补贴覆盖民办幼儿园率", ">=", 90.91, "%", "≥90.91%"),
        ind("产出指标", "质量指标", "补贴发放合规率", ">=", 95, "%", "≥95%"),
        ind("产出指标", "时效指标", "补贴发放及时率", ">=", 95, "%", "≥95%"),
        ind("产出指标", "时效指标", "补贴期限", None, None, None, "2020.1.1-2020.12.31"),
        ind("产出指标", "成本指标", "补贴标准", None, 71.86, "元/平方米", "71.86元/平方米"),
        ind("效益指标", "社会效益指标", "提升疫情防控期间民办幼儿园扶持力度", None, None, None, NINGHE_ROWS[7][3]),
        ind("效益指标", "社会效益指标", "促进学前教育普及普惠优质发展", None, None, None, NINGHE_ROWS[8][3]),
        ind("效益指标", "可持续影响指标", "非营利性民办园租房受益期限", None, None, None, NINGHE_ROWS[9][3]),
        ind("满意度指标", "服务对象满意度指标", "受益租户满意度", ">=", 95, "%", "≥95%"),
    ],
    "goals": [{"kind": "目标", "text": NINGHE_GOAL}],
    "facts": [
        {"metric": "项目预算金额", "kind": "budget", "planned": 193.8, "actual": None, "stated_rate": None, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": NINGHE_GOAL[:20],
         "why": "the three numbered 绩效目标 items (扶持民办园, 按时足额合规发放, 推动普及普惠) carry no number, date or rate"},
        {"rule": "target.qualitative_no_scale", "item": "提升疫情防控期间民办幼儿园扶持力度",
         "why": "the target cell is a sentence ('显著提升了…扶持力度') with no level scale or measure"},
        {"rule": "target.vague_wording", "item": "提升疫情防控期间民办幼儿园扶持力度",
         "why": "显著提升 / 有力支持 with no number or baseline"},
        {"rule": "target.qualitative_no_scale", "item": "促进学前教育普及普惠优质发展",
         "why": "the target cell is a sentence ('显著促进…') with no level scale or measure"},
        {"rule": "target.vague_wording", "item": "促进学前教育普及普惠优质发展",
         "why": "显著促进 / 有力支持 with no number or baseline"},
        {"rule": "target.qualitative_no_scale", "item": "非营利性民办园租房受益期限",
         "why": "a 期限 indicator whose target is a sentence about meeting rent needs: no period, date or level"},
        {"rule": "target.vague_wording", "item": "非营利性民办园租房受益期限",
         "why": "保障…需求, 大力支出(持)…发展 with no number"},
    ],
    "notes": ("天津市宁河区教育局, 抗疫特别国债项目绩效目标表(打捆项目) 2020, published on the 宁河区 直达资金 page (2021-08-31). "
              "The stored page holds the whole form (title to the 满意度 row, then an empty '附件:' line). 绩效目标 cell: three "
              "numbered aims, written in our own words with the same content (the original has no numbers either). Counts "
              "'20个', '26970.7平方米' and the cost '71.86元/平方米' carry no operator (operator null). 26970.7 m² × 71.86 元/m² "
              "≈ 193.81万元, in line with the 193.8万元 budget. The 补贴期限 value is a date period (no number, no finding). "
              "效益 targets are sentences (reworded, meaning kept); the typo '大力支出' (for 支持) in the 可持续影响 row is kept. "
              "Judgement: each sentence-valued 效益 row gets both qualitative_no_scale and vague_wording."),
}


# ----------------------------------------------------------------------------------------------------------------
# 2. 福建 宁德市地震局: 部门整体支出绩效自评表 (2020年度), cut in the third 数量 row
# ----------------------------------------------------------------------------------------------------------------

NINGDE_GOAL = ("坚持创新、协调、绿色、开放、共享的发展理念，落实市委、市政府的工作部署，加强单位效能建设和绩效管理实践，"
               "转变作风、创新管理方法、提升工作实效和履职能力，推动全市防震减灾事业健康发展。")

NINGDE_FUNDS = [
    ("财政资金小计", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"),
    ("① 项目支出", "30", "0", "30", "30", "100", "0", "0"),
    ("② 基本支出", "100.54", "58.07", "158.61", "158.45", "99.9", "0.16", "0.1"),
    ("2.单位其它收入", "0", "0", "0", "0", "0", "0", "0"),
    ("合 计", "130.54", "58.07", "188.61", "188.45", "99.92", "0.16", "0.08"),
]

NINGDE_ROWS = [
    ("抽查全市地震监测台站运维情况个数", "9个", "9个",
     "本指标满分6分，抽查全市地震监测台站运维情况达9个得6分，每少查1个扣1分，扣完为止。", "6", "6", "已完成"),
    ("开展防震减灾科普“进基层”宣传活动场数", "10场", "11场",
     "本指标满分6分，防震减灾科普进社区活动达10场得6分，每少1场扣1分，扣完为止。", "6", "6", "已完成"),
    ("协同相关部门开展防震减灾宣传活动场数", "6场", "7场", "本指标满分6分，协同有关部门开展防震减", "", "", ""),
]


def build_ningde(path: Path):
    wb, ws = new_wb("部门整体支出绩效自评表")
    xl_setup(ws, [14, 12, 12, 26, 11, 11, 34, 9, 9, 10])
    xl_put(ws, 1, 1, "部门整体支出绩效自评表", merge_to=(1, 10), bold=True)
    xl_put(ws, 2, 1, "( 2020 年度)", merge_to=(2, 10))
    xl_put(ws, 3, 1, "部门(单位)名称", merge_to=(3, 2))
    xl_put(ws, 3, 3, "宁德市地震局", merge_to=(3, 5))
    xl_put(ws, 3, 6, "部门预算编码", merge_to=(3, 7))
    xl_put(ws, 3, 8, "409001007", merge_to=(3, 10))
    # funds grid: label col A, 资金结构 col B-C, then 7 number columns D-J
    xl_put(ws, 4, 1, "财政资金安排和使用情况\n(万元)", merge_to=(10, 1))
    xl_put(ws, 4, 2, "资金结构", merge_to=(5, 3))
    xl_put(ws, 4, 4, "预算安排", merge_to=(4, 6))
    xl_put(ws, 4, 7, "拨付情况", merge_to=(4, 8))
    xl_put(ws, 4, 9, "结余情况", merge_to=(4, 10))
    heads = ["年初部门预算安排金额(含历年结余结转)①", "年中调整金额②", "小计\n③=①+②", "年度拨付金额",
             "支出实现率(%)⑤=④/③", "本年度结余金额⑥=③-④", "资金结余率(%)⑦=⑥/③"]
    for i, h in enumerate(heads):
        xl_put(ws, 5, 4 + i, h)
    ws.row_dimensions[5].height = 48
    for k, row in enumerate(NINGDE_FUNDS):
        r = 6 + k
        xl_put(ws, r, 2, row[0], merge_to=(r, 3))
        for i, v in enumerate(row[1:]):
            xl_put(ws, r, 4 + i, v)
    # goal block
    xl_put(ws, 11, 1, "年度总体目标完成情况", merge_to=(12, 1))
    xl_put(ws, 11, 2, "预期目标", merge_to=(11, 6))
    xl_put(ws, 11, 7, "目标实际完成情况", merge_to=(11, 10))
    xl_put(ws, 12, 2, NINGDE_GOAL, merge_to=(12, 6), left=True)
    xl_put(ws, 12, 7, "完成年度目标", merge_to=(12, 10))
    ws.row_dimensions[12].height = 60
    # indicator table
    top = 13
    xl_put(ws, top, 1, "年度绩效指标完成情况", merge_to=(top + 1 + len(NINGDE_ROWS), 1))
    for c, h in zip([2, 3, 4, 5, 6, 7, 8, 9, 10],
                    ["一级指标", "二级指标", "三级指标", "绩效\n目标值", "实际\n完成值", "评分标准", "指标分值", "自评得分", "未完成原因"]):
        xl_put(ws, top, c, h, bold=True, merge_to=(top + 1, c))
    r0 = top + 2
    xl_put(ws, r0, 2, "产出目标", merge_to=(r0 + len(NINGDE_ROWS) - 1, 2))
    xl_put(ws, r0, 3, "数量目标", merge_to=(r0 + len(NINGDE_ROWS) - 1, 3))
    for i, row in enumerate(NINGDE_ROWS):
        r = r0 + i
        for c, v in zip([4, 5, 6, 7, 8, 9, 10], row):
            xl_put(ws, r, c, v if v != "" else None, left=(c == 7))
        ws.row_dimensions[r].height = 48
    xl_box(ws, 3, 1, r0 + len(NINGDE_ROWS) - 1, 10)
    wb.save(path)


NINGDE_GOLD = {
    "province": "福建",
    "doc_kind": "部门整体支出绩效目标表",
    "patterns": [1, 2, 5, 6, 7, 9, 10],
    "source_urls": ["https://yjj.ningde.gov.cn/gzdt/ggl/zjxxgk/202111/t20211110_1546659.htm"],
    "indicators": [
        ind("产出指标", "数量指标", "抽查全市地震监测台站运维情况个数", None, 9, "个", "9个", 9, 6, 6),
        ind("产出指标", "数量指标", "开展防震减灾科普“进基层”宣传活动场数", None, 10, "场", "10场", 11, 6, 6),
        ind("产出指标", "数量指标", "协同相关部门开展防震减灾宣传活动场数", None, 6, "场", "6场", 7, None, None),
    ],
    "goals": [{"kind": "年度目标", "text": NINGDE_GOAL}],
    "facts": [
        {"metric": "财政资金小计", "kind": "budget", "planned": 188.61, "actual": 188.45, "stated_rate": 99.92, "unit": "万元"},
        {"metric": "项目支出", "kind": "budget", "planned": 30, "actual": 30, "stated_rate": 100, "unit": "万元"},
        {"metric": "基本支出", "kind": "budget", "planned": 158.61, "actual": 158.45, "stated_rate": 99.9, "unit": "万元"},
        {"metric": "财政资金小计 小计③=①+②", "kind": "sum", "total": 188.61, "parts": [130.54, 58.07]},
        {"metric": "基本支出 小计③=①+②", "kind": "sum", "total": 158.61, "parts": [100.54, 58.07]},
        {"metric": "年初部门预算安排金额 财政资金小计", "kind": "sum", "total": 130.54, "parts": [30, 100.54]},
        {"metric": "年度拨付金额 财政资金小计", "kind": "sum", "total": 188.45, "parts": [30, 158.45]},
        {"metric": "本年度结余金额 ⑥=③-④", "kind": "sum", "total": 188.61, "parts": [188.45, 0.16]},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": NINGDE_GOAL[:20],
         "why": "the 预期目标 names principles and management aims (效能建设, 转变作风, 健康发展) with no number, date or rate"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "the stored page stops in the third 数量 row: no 效益 indicator in the file"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no 满意度 indicator in the file"},
    ],
    "notes": ("宁德市地震局 2020年部门整体支出绩效自评表, published by 宁德市应急管理局 (2021-11-10). Funds grid with circled "
              "column formulas (③=①+②, ⑤=④/③, ⑥=③-④, ⑦=⑥/③); the column '年度拨付金额' carries no ④ on the page. Row "
              "numbering as on the page (财政资金小计, ① 项目支出, ② 基本支出, 2.单位其它收入, 合 计). All rates and sums "
              "check (188.45/188.61 = 99.92%, 158.45/158.61 = 99.90% written 99.9). Indicator header split over two lines "
              "(绩效/目标值, 实际/完成值); level labels read 产出目标/数量目标 (mapped to 产出指标/数量指标); the column "
              "'未完成原因' holds '已完成'. 评分标准 sentences are reworded with the same numbers. The stored page stops "
              "inside the 评分标准 of the third 数量 row ('…协同有关部门开展防震减'): its 分值/得分/未完成原因 are empty and "
              "the gold judges the file as it stands (no 效益 and 满意度 rows). Second-level actuals above target (11 vs 10, "
              "7 vs 6) are not flagged. The goal is our wording of the cell. doc_kind: a department-wide 自评表 (部门整体)."),
}


# ----------------------------------------------------------------------------------------------------------------
# 3. 浙江 淳安县: 财政支出政策绩效评价报告 (2020年公共文化活动专项资金), cut at 三、项目绩效情况
# ----------------------------------------------------------------------------------------------------------------

CHUNAN_SPEND = [
    ("文化活动经费(文广旅体局)", "166.16", "129.05"),
    ("广电低保工程补助", "80.00", "62.54"),
    ("非物质文化保护经费", "100.00", "98.21"),
    ("应急广播建设工程运维补助资金", "206.77", "206.77"),
    ("乡镇文化站免费开放补助", "73", "73"),
    ("乡镇图书分馆运行保障经费", "41.40", "41.40"),
    ("送书下乡经费", "87.40", "87.40"),
    ("图书馆免费开放专项补助", "50.00", "49.95"),
    ("编外用工人员经费", "24", "24"),
    ("文化活动经费(文化馆)", "141.93", "139.21"),
    ("文化馆免费开放专项补助", "50.00", "41.16"),
    ("文化馆分馆运行保障经费", "18.00", "18.00"),
    ("农村电影公益放映补助资金", "49.34", "49.34"),
    ("支出合计", "1088.00", "1020.02"),
]


def build_chunan(path: Path):
    d = new_doc()
    para(d, "淳安县财政支出政策绩效评价报告", bold=True, center=True, size=16)
    para(d, "项目名称  2020年公共文化活动专项资金")
    para(d, "项目单位  淳安县文化和广电旅游体育局")
    para(d, "主管部门  淳安县财政局")
    para(d, "评价类型  事前评价□  事中评价□  事后评价R")
    para(d, "评价方式:部门(单位)绩效自评R  财政部门组织评价□")
    para(d, "评价机构:中介机构R  部门(单位)评价组□  财政评价组□")
    para(d, "2021年 11月15日", center=True)
    para(d, "淳安县财政局(制)", center=True)
    n = 1 + 4 + 6 + 1 + 1 + 1 + len(CHUNAN_SPEND) + 3
    t = dtable(d, n, 4)
    r = 0
    dset(t, r, 0, "一、项 目 基 本 概 况", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "项目负责人"); dset(t, r, 1, "李淼荣"); dset(t, r, 2, "联系电话"); dset(t, r, 3, "64810996"); r += 1
    dset(t, r, 0, "地 址"); dset(t, r, 1, "淳安县千岛湖镇珍珠大道136号", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "项目起止时间"); dset(t, r, 1, "2020年度", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "计划安排资金(万元)"); dset(t, r, 1, "1088.00"); dset(t, r, 2, "实际到位资金(万元)"); dset(t, r, 3, "1020.02"); r += 1
    for a, b, c in [("其中:中央财政", "", ""), ("省财政", "", ""), ("市财政", "49.34", "49.34"), ("县财政", "1038.66", "970.68")]:
        dset(t, r, 0, a); dset(t, r, 1, b); dset(t, r, 2, a); dset(t, r, 3, c); r += 1
    dset(t, r, 0, "实际支出(万元)"); dset(t, r, 1, "1020.02", merge_to=(r, 3)); r += 1
    # fill: one spare row kept empty in layout? no: move on
    dset(t, r, 0, "二、项目支出明细情况", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "支出内容(经济科目)", merge_to=(r, 1)); dset(t, r, 2, "计划支出数(万元)"); dset(t, r, 3, "实际支出数(万元)"); r += 1
    for name, plan, act in CHUNAN_SPEND:
        dset(t, r, 0, name, merge_to=(r, 1)); dset(t, r, 2, plan); dset(t, r, 3, act); r += 1
    dset(t, r, 0, "三、项目绩效情况", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "预 期", merge_to=(r, 1)); dset(t, r, 2, "实 际", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "项目绩效目标及实施计划完", merge_to=(r, 1)); dset(t, r, 2, "", merge_to=(r, 3)); r += 1
    # drop any unused trailing rows
    while len(t.rows) > r:
        t._tbl.remove(t.rows[-1]._tr)
    d.save(path)


CHUNAN_GOLD = {
    "province": "浙江",
    "doc_kind": "绩效评价报告",
    "patterns": [5, 8, 9],
    "source_urls": ["http://www.qdh.gov.cn/art/2022/3/15/art_1229715686_58993786.html"],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "计划安排资金", "kind": "budget", "planned": 1088.00, "actual": 1020.02, "stated_rate": None, "unit": "万元"},
        {"metric": "计划安排资金", "kind": "sum", "total": 1088.00, "parts": [49.34, 1038.66]},
        {"metric": "实际到位资金", "kind": "sum", "total": 1020.02, "parts": [49.34, 970.68]},
        {"metric": "支出合计 计划支出数", "kind": "sum", "total": 1088.00,
         "parts": [166.16, 80.00, 100.00, 206.77, 73, 41.40, 87.40, 50.00, 24, 141.93, 50.00, 18.00, 49.34]},
        {"metric": "支出合计 实际支出数", "kind": "sum", "total": 1020.02,
         "parts": [129.05, 62.54, 98.21, 206.77, 73, 41.40, 87.40, 49.95, 24, 139.21, 41.16, 18.00, 49.34]},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "支出合计 实际支出数",
         "why": "the thirteen 实际支出数 rows add up to 1020.03, the 支出合计 says 1020.02 (0.01万元 apart)"},
        {"rule": "coverage.missing_dimension", "item": "产出指标",
         "why": "the stored page stops at the first row of 三、项目绩效情况: no 产出 indicator in the file"},
        {"rule": "coverage.missing_dimension", "item": "效益指标", "why": "no 效益 indicator in the file"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标", "why": "no 满意度 indicator in the file"},
    ],
    "notes": ("淳安县 财政支出政策绩效评价报告 for the 2020年公共文化活动专项资金 (淳安县文化和广电旅游体育局; evaluated by an "
              "intermediary, dated 2021-11-15; published on the 淳安 site 2022-03-15). Cover with check boxes where the "
              "ticked box came through as the letter 'R' (OCR/font damage, kept). 基本概况 grid: 计划安排 1088.00 = 市 49.34 "
              "+ 县 1038.66; 到位 1020.02 = 49.34 + 970.68; 实际支出 1020.02. 支出明细: planned rows add up to 1088.00 (ok); "
              "actual rows add up to 1020.03 against a stated 1020.02, flagged as consistency.sum (judgement call: a 0.01 "
              "rounding gap). The page stops in 三、项目绩效情况 after its 预期/实际 header and the start of the first label "
              "('项目绩效目标及实施计划完'); the report would go on with targets and indicator scores, so the gold judges the "
              "form as cut (all three dimensions missing, no goal). The 省/中央 cells are empty as on the page."),
}


# ----------------------------------------------------------------------------------------------------------------
# 4. 浙江 武义县: 浙江省项目支出绩效评价报告(防尘洗护费), cut in 三、评价报告摘要
# ----------------------------------------------------------------------------------------------------------------

WUYI_SPEND = [
    ("其他交通(燃料费)", "177.80"),
    ("其他交通费用(保险费)", "61.35"),
    ("其他费用", "2.78"),
    ("临时工资", "74.67"),
    ("收费劳务费", "84.68"),
    ("维修费", "10.62"),
    ("劳务派遣费", "156.33"),
    ("水费", "20.00"),
]


def build_wuyi(path: Path):
    d = new_doc()
    para(d, "浙江省项目支出绩效评价报告(防尘洗护费)", bold=True, center=True, size=14)
    meta = dtable(d, 2, 6)
    for c, v in enumerate(["索引号:", "****************48/2020-223259", "发布机构:", "县财政局", "", ""]):
        meta.cell(0, c).text = v
    for c, v in enumerate(["文号:", "", "公开日期:", "2020-12-31", "", ""]):
        meta.cell(1, c).text = v
    para(d, "")
    para(d, "项目名称  防尘洗护费")
    para(d, "项目单位  武义县环境卫生管理所")
    para(d, "主管部门  武义县综合行政执法局")
    para(d, "评价类型:事前评价□  事中评价□  事后评价t")
    para(d, "评价方式:部门(单位)评价□  财政评价t")
    para(d, "评价机构:第三方机构t  部门(单位)评价组□  财政评价组□")
    para(d, "2020年10月20日", center=True)
    para(d, "浙江省财政厅(制)", center=True)
    n = 1 + 3 + 1 + 4 + 1 + 1 + 1 + len(WUYI_SPEND) + 1 + 2
    t = dtable(d, n, 4)
    r = 0
    dset(t, r, 0, "一、项 目 基 本 信 息", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "项目负责人"); dset(t, r, 1, "宁华武"); dset(t, r, 2, "联系电话"); dset(t, r, 3, ""); r += 1
    dset(t, r, 0, "地 址"); dset(t, r, 1, "武义县明招路火车站旁"); dset(t, r, 2, "邮编"); dset(t, r, 3, "321200"); r += 1
    dset(t, r, 0, "项目起止时间"); dset(t, r, 1, "2019.1.1~2019.12.31", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "计划安排资金(万元)"); dset(t, r, 1, "1355.81"); dset(t, r, 2, "实际到位资金(万元)"); dset(t, r, 3, "1355.81"); r += 1
    for a, b in [("其中:中央财政", ""), ("省财政", ""), ("市县财政", "1355.81"), ("其它", "")]:
        dset(t, r, 0, a); dset(t, r, 1, b); dset(t, r, 2, a); dset(t, r, 3, b); r += 1
    dset(t, r, 0, "实际支出(万元)"); dset(t, r, 1, "588.23", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "二、项目支出明细情况", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "支出内容 (经济科目)", merge_to=(r, 1)); dset(t, r, 2, "计划支出数"); dset(t, r, 3, "实际支出数"); r += 1
    for name, act in WUYI_SPEND:
        dset(t, r, 0, name, merge_to=(r, 1)); dset(t, r, 2, ""); dset(t, r, 3, act); r += 1
    dset(t, r, 0, "支出合计", merge_to=(r, 1)); dset(t, r, 2, "1355.81"); dset(t, r, 3, "588.23"); r += 1
    dset(t, r, 0, "三、评价报告摘要", merge_to=(r, 3)); r += 1
    dset(t, r, 0, "概况"); dset(t, r, 1, "防尘洗护项目主要针对武义县城区范围内的主要街道、人行道、", merge_to=(r, 3)); r += 1
    while len(t.rows) > r:
        t._tbl.remove(t.rows[-1]._tr)
    d.save(path)


WUYI_GOLD = {
    "province": "浙江",
    "doc_kind": "绩效评价报告",
    "patterns": [5, 8, 9],
    "source_urls": ["https://m.bidcenter.com.cn/newsrili-1-117140109.html"],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "计划安排资金", "kind": "budget", "planned": 1355.81, "actual": 588.23, "stated_rate": None, "unit": "万元"},
        {"metric": "支出合计 实际支出数", "kind": "sum", "total": 588.23,
         "parts": [177.80, 61.35, 2.78, 74.67, 84.68, 10.62, 156.33, 20.00]},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "产出指标",
         "why": "the stored page stops in the 概况 line of 三、评价报告摘要: no 产出 indicator in the file"},
        {"rule": "coverage.missing_dimension", "item": "效益指标", "why": "no 效益 indicator in the file"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标", "why": "no 满意度 indicator in the file"},
    ],
    "notes": ("武义县 防尘洗护费 (武义县环境卫生管理所, 主管 武义县综合行政执法局), 浙江省项目支出绩效评价报告 for 2019, dated "
              "2020-10-20 and published by 县财政局 on 2020-12-31; stored as a copy on a bidding-news aggregator (m.bidcenter.com.cn) "
              "with the site navigation garbled (left out) and the 索引号 masked by stars (kept). Ticked boxes came through as "
              "the letter 't' (kept). 联系电话 empty as on the page. Funds: 计划 1355.81 = 到位 1355.81 = 市县财政; 实际支出 "
              "588.23 (43% of the plan; no rule in this part's list covers under-spending, not flagged). Judgement call: the "
              "flattened page gives each 支出明细 row a single amount; because they add up exactly to the 实际支出 588.23, they "
              "are placed under 实际支出数 with 计划支出数 left empty (only the 合计 row has both 1355.81 and 588.23). The page "
              "stops in the 概况 sentence of 三、评价报告摘要 (kept up to the cut); the form is judged as cut before its targets "
              "and indicators."),
}


# ----------------------------------------------------------------------------------------------------------------
# DOCS table
# ----------------------------------------------------------------------------------------------------------------

DOCS = [
    {"stem": "tj-ninghe-kindergarten-rent-targets", "ext": "xlsx", "build": build_ninghe, "gold": NINGHE_GOLD},
    {"stem": "fj-ningde-quake-dept-selfeval", "ext": "xlsx", "build": build_ningde, "gold": NINGDE_GOLD},
    {"stem": "zj-chunan-culture-evalreport", "ext": "docx", "build": build_chunan, "gold": CHUNAN_GOLD},
    {"stem": "zj-wuyi-dust-wash-evalreport", "ext": "docx", "build": build_wuyi, "gold": WUYI_GOLD},
]

GOLD_KEYS = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"]


def write_gold(fname: str, gold: dict) -> None:
    g = dict(gold)
    g["source"] = fname
    out = {k: g[k] for k in GOLD_KEYS}
    (ANN / f"{fname}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def export_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found (use --no-pdf)")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
    return path.with_suffix(".pdf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args()
    ANN.mkdir(exist_ok=True)
    for doc in DOCS:
        fname = f"{doc['stem']}.{doc['ext']}"
        path = HERE / fname
        doc["build"](path)
        fix_zip(path)
        write_gold(fname, doc["gold"])
        pdf_gold = dict(doc["gold"])
        write_gold(f"{doc['stem']}.pdf", pdf_gold)
        if not args.no_pdf:
            export_pdf(path)
        print("wrote", fname)


if __name__ == "__main__":
    main()
