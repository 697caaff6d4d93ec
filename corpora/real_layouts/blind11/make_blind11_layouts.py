"""Blind part 11 of the real-layout corpus: documents and hand-set gold (annotator did not read the toolkit's code).

Each document reproduces the layout and facts of one public page (addresses in SOURCES.md); longer sentences are
written in our own words. The search tool only returns the opening of a page, so where the stored text stops inside
a table only the complete rows shown are reproduced; a row cut in the middle of a cell is left out (see `notes`).
DOCX/XLSX are byte-deterministic (fixed core-property dates and zip timestamps); PDFs are exported with LibreOffice
(``--no-pdf`` skips them). The gold below is written by hand from the same DATA, never by running jixiao.
"""
from __future__ import annotations

import argparse
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

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
FIXED_TIME = dt.datetime(2025, 3, 1, 9, 0, 0)


# ---------------------------------------------------------------------------------------------------------------
# small helpers for the gold
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text):
    return {"kind": kind, "text": text}


def rate_fact(kind, metric, planned, actual, stated_rate, unit="万元"):
    return {"metric": metric, "kind": kind, "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def sum_fact(metric, total, parts, unit="万元"):
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------------------------------------------------------
# writers (xlsx / docx), determinism, pdf
# ---------------------------------------------------------------------------------------------------------------
def _xlsx_book():
    from openpyxl import Workbook
    wb = Workbook()
    return wb, wb.active


def _style_sheet(ws, widths, last_row, last_col):
    from openpyxl.styles import Alignment, Border, Side
    from openpyxl.utils import get_column_letter
    thin = Side(style="thin")
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row in ws.iter_rows(min_row=1, max_row=last_row, max_col=last_col):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _put(ws, r, c, value, r2=None, c2=None):
    cell = ws.cell(r, c, value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    if r2 is not None or c2 is not None:
        ws.merge_cells(start_row=r, start_column=c, end_row=r2 or r, end_column=c2 or c)
    return cell


def _docx():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    return doc


def _table(doc, rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return t


def _cell(t, r, c, text, r2=None, c2=None):
    cell = t.cell(r, c)
    if r2 is not None or c2 is not None:
        cell = cell.merge(t.cell(r2 if r2 is not None else r, c2 if c2 is not None else c))
    cell.text = text
    return cell


def _save_docx(doc, path: Path) -> None:
    doc.core_properties.author = "jixiao blind11"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.last_modified_by = "jixiao blind11"
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _save_xlsx(wb, path: Path) -> None:
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(), body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found; run with --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=240)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


# ===============================================================================================================
# 1. 山西 运城 稷山县 翟店镇卫生院 — 国家基本公共卫生服务 项目支出绩效自评表 (2021), XLSX
#    Page stops inside the 质量指标 block (after 数量指标 row 25); the rows of 指标3/指标4 show values but no name.
# ===============================================================================================================
JISHAN_FILE = "sx-jishan-phs-selfeval.xlsx"
JISHAN_URL = "https://keke.chddh.cn/archives/p4q58rogpx4emom7ewb9.html"
# (三级指标 as written, 年度指标值, 实际完成值, 分值, 得分) — all under 产出指标 / 数量指标
JISHAN_ROWS = [
    ("指标1：居民健康档案", "38508人", "37442人", 3, 3),
    ("指标2：发放健康教育资料", "不少于12 种", "14种", 1, 1),
    ("", "不少于6 种", "28种", 1, 1),
    ("", "116次", "150次", 1, 1),
    ("指标5：举办健康教育知识讲座", "6次", "150次", 1, 1),
    ("指标6：举办健康教育宣传咨询活动", "12次", "96次", 1, 1),
    ("指标7：建立预防接种证", "221人", "221人", 2, 2),
    ("指标8：适龄儿童疫苗接种率", "100.00%", "97.30%", 2, 1.9),
    ("指标9：0-6岁儿童健康管理数", "2089人", "2089人", 2, 2),
    ("指标10：0-6岁儿童眼保健操覆盖数", "2089人", "2089人", 2, 2),
    ("指标11：新生入访视数", "214人", "214人", 2, 2),
    ("指标12：孕产妇7天访视数", "214人", "203人", 2, 1.8),
    ("指标13：孕产妇42天访视数", "214人", "203人", 2, 1.8),
    ("指标14：早孕建册数", "120人", "69人", 2, 1),
    ("指标15：老年人体检数", "5662人", "4044人", 2, 1.4),
    ("指标16：高血压规范管理数", "3807人", "3224人", 2, 1.9),
    ("指标17：高血压随访控制数", "3807人", "3220人", 2, 1.8),
    ("指标18：糖尿病规范管理数", "863人", "695人", 2, 1.8),
    ("指标19：糖尿病随访控制数", "863人", "683人", 2, 1.7),
    ("指标20：严重精神障碍患者管理数", "212人", "209人", 2, 1.8),
    ("指标21：肺结核健康规范管理数", "8例", "8例", 2, 2),
    ("指标22：老年人中医药规范管理数", "5662人", "4044人", 2, 1.4),
    ("指标23：0-36月龄中医药规范管理数", "1228人", "770人", 2, 1.8),
    ("指标24：传染病及突发公共卫生事件报告数", "14例", "14例", 2, 2),
    ("指标25：家庭医生签约率", "24694人", "22584人", 2, 1.7),
]
JISHAN_GOAL = "国家基本公共卫生服务"


def make_jishan(path: Path) -> None:
    wb, ws = _xlsx_book()
    ws.title = "自评表"
    _put(ws, 1, 1, "稷山县项目支出绩效自评表", None, 8)
    _put(ws, 2, 1, "（2021年度）", None, 8)
    _put(ws, 3, 1, "项目名称")
    _put(ws, 3, 2, "国家基本公共卫生服务", None, 8)
    _put(ws, 4, 1, "主管部门")
    _put(ws, 4, 2, "稷山县卫生健康和体育局", None, 4)
    _put(ws, 4, 5, "实施单位")
    _put(ws, 4, 6, "稷山县翟店镇卫生院", None, 8)
    _put(ws, 5, 1, "项目资金\n（万元）", 9, 1)
    for c, h in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=2):
        _put(ws, 5, c, h)
    for c, v in enumerate(["年度资金总额", 0, 207.4538, 207.4538, 10, "100%", 10], start=2):
        _put(ws, 6, c, v)
    for c, v in enumerate(["其中：当年财政拨款", 0, 207.4538, 207.4538, "—", "100%", "—"], start=2):
        _put(ws, 7, c, v)
    _put(ws, 8, 2, "上年结转资金")
    _put(ws, 9, 2, "其他资金")
    _put(ws, 10, 1, "年度\n总体\n目标", 11, 1)
    _put(ws, 10, 2, "预期目标", None, 5)
    _put(ws, 10, 6, "实际完成情况", None, 8)
    _put(ws, 11, 2, JISHAN_GOAL, None, 5)
    _put(ws, 11, 6, "国家基本公共卫生服务", None, 8)
    _put(ws, 12, 1, "一级\n指标")
    _put(ws, 12, 2, "二级指标")
    _put(ws, 12, 3, "三级指标", None, 4)
    for c, h in enumerate(["年度\n指标值", "实际\n完成值", "分值", "得分"], start=5):
        _put(ws, 12, c, h)
    first = 13
    last = first + len(JISHAN_ROWS) - 1
    _put(ws, first, 1, "产出指标", last, 1)
    _put(ws, first, 2, "数量指标", last, 2)
    for i, (name, target, actual, weight, score) in enumerate(JISHAN_ROWS):
        r = first + i
        _put(ws, r, 3, name, None, 4)
        _put(ws, r, 5, target)
        _put(ws, r, 6, actual)
        _put(ws, r, 7, weight)
        _put(ws, r, 8, score)
    _style_sheet(ws, (10, 16, 20, 16, 12, 12, 8, 8), last, 8)
    for r in (5, 10, 11, 12):
        ws.row_dimensions[r].height = 30
    ws.print_title_rows = "12:12"
    _save_xlsx(wb, path)


def _jishan_target(text):
    m = re.match(r"(不少于)?([\d.]+)\s*(\S+)$", text)
    op = ">=" if m.group(1) else None
    return op, float(m.group(2)) if "." in m.group(2) else int(m.group(2)), m.group(3)


def _jishan_indicators():
    out = []
    for name, target, actual, weight, score in JISHAN_ROWS:
        op, value, unit = _jishan_target(target)
        a = re.match(r"([\d.]+)", actual).group(1)
        clean = re.sub(r"^指标\d+：", "", name) or None
        out.append(ind("产出指标", "数量指标", clean, op, value, unit, target,
                       float(a) if "." in a else int(a), weight, score))
    return out


JISHAN_GOLD = {
    "province": "山西", "doc_kind": "自评表", "patterns": [1, 2, 8],
    "indicators": _jishan_indicators(),
    "goals": [goal("年度目标", JISHAN_GOAL)],
    "facts": [rate_fact("budget", "年度资金总额", 207.4538, 207.4538, 100.0),
              rate_fact("budget", "当年财政拨款", 207.4538, 207.4538, 100.0)],
    "findings": [
        finding("target.missing_name", "不少于6 种", "row 3 of the 数量 block gives a target (不少于6 种) but no indicator name"),
        finding("target.missing_name", "116次", "row 4 of the 数量 block gives a target (116次) but no indicator name"),
        finding("target.unit_mismatch", "家庭医生签约率", "a rate (签约率) measured in 人 (24694人)"),
        finding("coverage.missing_dimension", "效益指标", "the table as written has no 效益 indicator"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written has no 满意度 indicator"),
        finding("goal.unquantified", JISHAN_GOAL[:15], "the annual goal only names the service, no number or result"),
    ],
    "notes": "Stored page (an .xlsx turned into text) stops at the first 质量指标 row ('指标1:提升国家基本…', cut inside the "
             "name); that cut row and everything after it (质量/时效/成本, 效益, 满意度, totals) are not reproduced, so "
             "the file as built lacks 效益 and 满意度. The flattened text shows no 产出指标/数量指标 labels for the first "
             "block (merged cells); they are written as one merged label each. Rows 3 and 4 carry targets and actuals "
             "but the stored text gives no name for them: reproduced with empty name cells. No 偏差原因 column on the "
             "page. Targets far below actuals (讲座 6次 → 150次) and 家庭医生签约率 counted in 人 kept as found.",
}


# ===============================================================================================================
# 2. 内蒙古 巴彦淖尔 市自然资源局甘其毛都口岸分局 — 项目支出绩效自评表 (2024), XLSX
#    101号-style columns: 指标性质 (正向) and 指标方向 (大于等于/小于等于/等于) as words, value and unit split.
#    Page stops at the 时效指标 label.
# ===============================================================================================================
GQMD_FILE = "nm-ganqimaodu-natres-selfeval.xlsx"
GQMD_URL = "http://zrzy.bynr.gov.cn/zwgk/czyjs/202509/t20250924_714315.html"
GQMD_ROWS = [  # 二级, 三级, 性质, 方向, 年度指标值, 实际完成值, 计量单位, 分值, 得分
    ("数量指标", "指标1：租车次数（次）", "正向", "大于等于", "1", "1", "次", 8, 8),
    ("", "指标2：宣传美工制作个数（个）", "正向", "小于等于", "1", "1", "个", 7, 7),
    ("质量指标", "指标1：租车达标率", "正向", "等于", "100", "100", "%", 8, 8),
    ("", "指标2：宣传合格率", "正向", "等于", "100", "100", "%", 7, 7),
]
GQMD_GOAL = ("目标1：开展自然资源调查，摸清全市资源利用状况，让资源信息服务社会，满足资源宏观调控和资源管理的需要。")
GQMD_DONE = ("承担辖区国土空间规划编制与实施监督、自然资源调查监测评价、国土空间生态修复和耕地保护，负责地质勘查、"
             "矿产资源和测绘地理信息管理，推动自然资源领域科技发展。")


def make_gqmd(path: Path) -> None:
    wb, ws = _xlsx_book()
    ws.title = "项目支出绩效自评表"
    _put(ws, 1, 1, "项目支出绩效自评表\n（2024年度）", None, 12)
    _put(ws, 2, 1, "项目名称", None, 2)
    _put(ws, 2, 3, "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局自然资源业务支出项目", None, 12)
    _put(ws, 3, 1, "主管部门", None, 2)
    _put(ws, 3, 3, "内蒙古自治区巴彦淖尔市自然资源局（部门）", None, 6)
    _put(ws, 3, 7, "实施单位", None, 8)
    _put(ws, 3, 9, "内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局", None, 12)
    _put(ws, 4, 1, "项目资金\n（万元）", 7, 2)
    for c, h in ((3, ""), (4, "年初预算数"), (5, "全年预算数"), (6, "全年执行数"), (7, "分值"), (8, "执行率（%）"), (9, "得分")):
        _put(ws, 4, c, h)
    money = [("年度资金总额", 0, 2.38, 2.38, 10, 100, 10),
             ("其中：财政拨款", 0, 0.58, 0.58, "——", 100, "——"),
             ("其他资金", 0, 1.8, 1.8, "——", 0, "——")]
    for r, row in enumerate(money, start=5):
        for c, v in enumerate(row, start=3):
            _put(ws, r, c, v)
    _put(ws, 8, 1, "年度总体目标", 9, 2)
    _put(ws, 8, 3, "预期目标", None, 6)
    _put(ws, 8, 7, "实际完成情况", None, 12)
    _put(ws, 9, 3, GQMD_GOAL, None, 6)
    _put(ws, 9, 7, GQMD_DONE, None, 12)
    heads = ["绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值", "实际完成值",
             "计量单位", "分值", "得分", "偏差原因分析及改进措施"]
    first, last = 11, 10 + len(GQMD_ROWS)
    _put(ws, 10, 1, heads[0], last, 1)  # 绩效指标 label merged down the block
    for c, h in enumerate(heads[1:], start=2):
        _put(ws, 10, c, h)
    _put(ws, first, 2, "", last, 2)  # the 一级 cell is blank on the page
    _put(ws, first, 3, "数量指标", first + 1, 3)
    _put(ws, first + 2, 3, "质量指标", first + 3, 3)
    for i, row in enumerate(GQMD_ROWS):
        for c, v in enumerate(row[1:], start=4):
            _put(ws, first + i, c, v)
        _put(ws, first + i, 12, "")
    _style_sheet(ws, (8, 8, 10, 24, 8, 10, 10, 10, 8, 6, 6, 16), last, 12)
    ws.row_dimensions[9].height = 60
    _save_xlsx(wb, path)


_OPS = {"大于等于": ">=", "小于等于": "<=", "等于": "="}
GQMD_GOLD = {
    "province": "内蒙古", "doc_kind": "自评表", "patterns": [1, 2, 5, 6],
    "indicators": [
        ind("产出指标", "数量指标" if i < 2 else "质量指标", re.sub(r"^指标\d+：", "", r[1]), _OPS[r[3]], int(r[4]),
            r[6], r[3] + r[4] + r[6], int(r[5]), r[7], r[8])
        for i, r in enumerate(GQMD_ROWS)],
    "goals": [goal("年度目标", GQMD_GOAL)],
    "facts": [rate_fact("budget", "年度资金总额", 2.38, 2.38, 100.0),
              rate_fact("budget", "财政拨款", 0.58, 0.58, 100.0),
              rate_fact("budget", "其他资金", 1.8, 1.8, 0.0)],
    "findings": [
        finding("target.impossible_value", "租车次数（次）", "≥1 次 is met by a single rental: a trivial lower bound"),
        finding("consistency.rate", "其他资金", "1.8 of 1.8 万元 executed is 100%, the form states 执行率 0"),
        finding("coverage.missing_dimension", "效益指标", "the table as written has no 效益 indicator"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written has no 满意度 indicator"),
        finding("goal.unquantified", GQMD_GOAL[:15], "names the survey and its purpose, no number, date or checkable result"),
    ],
    "notes": "Page (决算公开报告) stops right after the 时效指标 label of the indicator block; the 时效 row (name cut at "
             "'指标') and everything after it (成本, 效益, 满意度, total) are not reproduced, so the file lacks 效益 and "
             "满意度. The 一级 column is blank on the page for these rows (kept blank; 数量/质量 are 产出). 指标方向 is "
             "written in words (大于等于/小于等于/等于) in its own column, 指标性质 says 正向 even for the ≤1 个 row. "
             "其他资金 row states 执行率 0 with 1.8 of 1.8 executed (reproduced).",
}


# ===============================================================================================================
# 3. 安徽 淮南 潘集区教育局 — 2024年部门项目基本信息 + 项目支出绩效目标表 (家庭经济困难学生生活补助), DOCX
#    Page stops in the first indicator row (成本指标 | 经济成本指标 | '指标1:小学…'): the table ends at its header.
# ===============================================================================================================
PANJI_FILE = "ah-panji-student-aid-targets.docx"
PANJI_URL = "https://www.panji.gov.cn/public/118322656/1260166969.html"
PANJI_GOAL_TEXT = "帮助困难家庭的孩子解决上学难，确保义务教育阶段入学有保障。"
PANJI_MID = "促进社会公平与稳定，激励优秀学生勤奋求学、回报社会"
PANJI_YEAR = "减轻困难学生家庭负担，激励优秀学生勤奋求学"
PANJI_PROSE = [
    ("（1）项目概述和内容。", "本项目为义务教育阶段家庭经济困难学生生活补助。寄宿生补助标准为小学生每生每学年1000元、"
     "初中生每生每学年1250元，特殊教育学校学生按初中生标准执行；非寄宿生按寄宿生标准的50%核定。所需资金由中央和区级"
     "财政各负担50%。项目用于减轻困难家庭负担、促进社会公平稳定，并激励学生勤奋求学。"),
    ("（2）立项依据。", "淮南市财政局、淮南市教育体育局文件。"),
    ("（3）实施主体和起止时间。", "实施主体：潘集区教育局；实施时间：2024年1月1日至2024年12月31日。"),
    ("（4）年度预算安排。", "财政资金年度安排约245万元，其中区级资金122.51万元。"),
    ("（5）绩效目标和指标。", PANJI_GOAL_TEXT),
]


def make_panji(path: Path) -> None:
    doc = _docx()
    doc.add_heading("潘集区教育局2024年部门项目基本信息", level=1)
    doc.add_paragraph("1.“2024年家庭经济困难学生生活补助”项目。")
    for head, body in PANJI_PROSE:
        doc.add_paragraph(head + body)
    t = _table(doc, 12, 6)
    _cell(t, 0, 0, "项目支出绩效目标表", None, 5)
    _cell(t, 1, 0, "（ 2024 年度）", None, 5)
    _cell(t, 2, 0, "填报单位（盖章）：", None, 5)
    _cell(t, 3, 0, "项目名称")
    _cell(t, 3, 1, "2024年家庭经济困难学生生活补助", None, 5)
    _cell(t, 4, 0, "主管部门及代码")
    _cell(t, 4, 1, "潘集区教育局", None, 2)
    _cell(t, 4, 3, "实施单位")
    _cell(t, 4, 4, "潘集区教育局", None, 5)
    _cell(t, 5, 0, "项目资金\n（万元）", 8, 0)
    money = [("中期资金总额：", "", "年度资金总额：", "245"),
             ("其中：本年财政拨款", "", "其中：本年财政拨款", "245"),
             ("上年结转资金", "", "上年结转资金", ""),
             ("其他资金", "", "其他资金", "")]
    for i, (a, b, c, d) in enumerate(money):
        _cell(t, 5 + i, 1, a)
        _cell(t, 5 + i, 2, b)
        _cell(t, 5 + i, 3, c)
        _cell(t, 5 + i, 4, d, None, 5)
    _cell(t, 9, 0, "总体目标", 10, 0)
    _cell(t, 9, 1, "中期目标", None, 2)
    _cell(t, 9, 3, "年度目标", None, 5)
    _cell(t, 10, 1, PANJI_MID, None, 2)
    _cell(t, 10, 3, PANJI_YEAR, None, 5)
    _cell(t, 11, 0, "绩效指标")
    _cell(t, 11, 1, "一级指标")
    _cell(t, 11, 2, "二级指标")
    _cell(t, 11, 3, "三级指标", None, 4)
    _cell(t, 11, 5, "指标值")
    _save_docx(doc, path)


PANJI_GOLD = {
    "province": "安徽", "doc_kind": "申报表", "patterns": [2, 3, 8, 10],
    "indicators": [],
    "goals": [goal("目标", PANJI_GOAL_TEXT), goal("中期目标", PANJI_MID), goal("年度目标", PANJI_YEAR)],
    "facts": [],
    "findings": [
        finding("coverage.missing_dimension", "产出指标", "the indicator table ends at its header: no 产出 indicator"),
        finding("coverage.missing_dimension", "效益指标", "no 效益 indicator in the document"),
        finding("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the document"),
        finding("goal.unquantified", PANJI_GOAL_TEXT[:15], "names the effect (入学有保障) with no number or checkable result"),
        finding("goal.unquantified", PANJI_MID[:15], "中期目标 names effects, no number"),
        finding("goal.unquantified", PANJI_YEAR[:15], "年度目标 (减轻负担, 激励求学) has no number"),
    ],
    "notes": "Stored page stops inside the first indicator row (成本指标 | 经济成本指标 | '指标1:小学…', cut inside the "
             "name, no value): that row is not reproduced, so the 绩效目标表 ends at its column header and the document "
             "holds no indicator at all. 中期资金总额 is empty while the 年度 half says 245. The per-pupil standards "
             "(1000/1250 元) are in the prose, not in an indicator.",
}


# ===============================================================================================================
# 4. 安徽 六安市文化和旅游局 — 2021年公共文化服务体系建设专项资金决算情况: 自评综述 + 自评表 (money block), DOCX
#    Page stops in the 年度总体目标 row of the form (before any indicator row).
# ===============================================================================================================
LUAN_FILE = "ah-luan-culture-selfreport.docx"
LUAN_URL = "https://wlj.luan.gov.cn/public/6608361/9913671.html"
LUAN_SUMMARY = (
    "公共文化服务体系项目绩效自评综述：对照年初设定的绩效目标，本项目绩效自评得分为95分。全年预算数为200万元，"
    "执行数为179.43万元，完成预算的89.7%。绩效目标完成情况：产出方面，全年开展“社区一家亲”活动130场，线下观众13万人次，"
    "线上观众72万人次，创作精品参赛作品2部，活动完成率100%，活动内容契合群众文化需求；效益方面，推进现代公共文化服务"
    "体系建设，促进文化与体育融合，展示六安文化魅力，丰富群众业余文化生活；满意度方面，观众满意度达到设定的指标值。"
    "发现的主要问题及原因：一是受疫情影响，部分活动未能按时效指标完成，改为线上开展；二是部分项目预算成本偏高，执行中"
    "作了调整。下一步改进措施：加快项目进度，严格按设定的绩效目标推进实施。")
LUAN_GOAL = ("通过项目实施，开展“社区一家亲”系列活动，展示六安文化魅力，丰富群众业余文化生活，扩大群众文化参与面，"
             "提升百姓幸福指数。")


def make_luan(path: Path) -> None:
    doc = _docx()
    doc.add_heading("六安市文化和旅游局2021年公共文化服务体系建设专项资金决算情况", level=1)
    doc.add_paragraph(LUAN_SUMMARY)
    doc.add_paragraph("项目支出绩效自评表")
    doc.add_paragraph("（ 2021 年度）")
    t = _table(doc, 9, 8)
    _cell(t, 0, 0, "项目名称", None, 1)
    _cell(t, 0, 2, "公共文化服务体系经费", None, 7)
    _cell(t, 1, 0, "主管部门", None, 1)
    _cell(t, 1, 2, "六安市文化和旅游局", None, 3)
    _cell(t, 1, 4, "实施单位", None, 5)
    _cell(t, 1, 6, "六安市文旅局", None, 7)
    _cell(t, 2, 0, "项目资金", None, 1)
    for c, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=2):
        _cell(t, 2, c, h)
    _cell(t, 3, 0, "（万元）", 6, 0)
    rows = [("年度资金总额", "200", "200", "179.43", "10", "89.7%", "9"),
            ("其中：当年财政拨款", "200", "200", "179.43", "10", "89.7%", "8"),
            ("上年结转资金", "", "", "", "", "", ""),
            ("其他资金", "", "", "", "", "", "")]
    for i, row in enumerate(rows):
        for c, v in enumerate(row, start=1):
            _cell(t, 3 + i, c, v)
    _cell(t, 7, 0, "年度总体目标", 8, 0)
    _cell(t, 7, 1, "预期目标", None, 4)
    _cell(t, 7, 5, "实际完成情况", None, 7)
    _cell(t, 8, 1, LUAN_GOAL, None, 4)
    _cell(t, 8, 5, "", None, 7)
    _save_docx(doc, path)


LUAN_GOLD = {
    "province": "安徽", "doc_kind": "自评报告", "patterns": [2, 10],
    "indicators": [],
    "goals": [goal("年度目标", LUAN_GOAL)],
    "facts": [rate_fact("budget", "年度资金总额", 200.0, 179.43, 89.7),
              rate_fact("budget", "当年财政拨款", 200.0, 179.43, 89.7),
              rate_fact("budget", "预算执行率", 200.0, 179.43, 89.7),
              {"metric": "自评得分", "kind": "score_total", "planned": None, "actual": 95.0, "stated_rate": None,
               "unit": "分"}],
    "findings": [
        finding("goal.unquantified", LUAN_GOAL[:15], "the 预期目标 names activities and effects but no number"),
    ],
    "notes": "Page = a prose 自评综述 followed by the 自评表; the stored text stops in the 年度总体目标 row (实际完成情况 "
             "cut after '通过项目实施', left empty here), before any indicator row, so the document's results are the "
             "prose and the money block only (judged as a report; no coverage expectation). 179.43/200 = 89.7% is "
             "right; the two money rows give different 得分 (9 and 8) for the same 执行率, as on the page. "
             "The 项目资金 label is split over two cells ('项目资金' / '（万元）') as on the page.",
}


# ===============================================================================================================
# 5. 河南 郑州 巩义市 — 2023年度财政衔接推进乡村振兴补助资金绩效自评情况报告 (prose), DOCX
#    Page stops in section (一) 资金保障 after the money split.
# ===============================================================================================================
GONGYI_FILE = "ha-gongyi-bridging-selfreport.docx"
GONGYI_URL = "http://gy.jiceng.zhengzhou.gov.cn/026005/8235692.jhtml"
GONGYI_PARAS = [
    ("p", "郑州市财政局、郑州市农业农村工作委员会："),
    ("p", "为加强财政衔接推进乡村振兴补助资金绩效管理、提高资金使用效益，依据《河南省衔接推进乡村振兴补助资金绩效评价"
          "及考核办法》（豫财农综〔2021〕37号）和市财政局、市农委关于做好2023年度衔接资金绩效评价及考核工作的通知，"
          "巩义市组织开展了衔接资金绩效自评，现将自评情况报告如下："),
    ("h", "一、绩效考评工作开展情况"),
    ("p", "一是加强组织领导、压实工作责任。我市召开专题会议，由市财政局和乡村振兴服务中心组成绩效考评组，结合年度任务，"
          "对各镇（街道）2023年实施的衔接资金项目逐一考评，覆盖资金保障、项目管理、使用成效各环节。二是加大考评力度、"
          "严格绩效考核。通过实地抽查项目建设和运维管护、进村入户核实联农带农成效等方式开展考评，为全市衔接资金绩效"
          "评价及考核自评打下基础。"),
    ("h", "二、财政衔接推进乡村振兴补助资金绩效评价自评情况"),
    ("p", "按照省衔接资金绩效评价及考核办法的要求，我们从资金保障、项目管理、使用成效和工作评价四个方面，对2023年全市"
          "衔接资金项目逐项对照自评，自评得分102.8分。存在的主要问题：预算执行率未达到100%。"),
    ("h", "（一）资金保障"),
    ("p", "1.市县履行支出责任情况"),
    ("p", "2023年巩义市共投入各级财政衔接推进乡村振兴补助资金14380万元，其中：中央资金1836万元、省级资金1682万元、"
          "郑州市市级资金6954万元、巩义市本级资金3908万元。"),
]


def _prose_doc(path: Path, title: str, paras) -> None:
    doc = _docx()
    doc.add_heading(title, level=1)
    for kind, text in paras:
        if kind == "h":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    _save_docx(doc, path)


def make_gongyi(path: Path) -> None:
    _prose_doc(path, "巩义市2023年度衔接推进乡村振兴补助资金绩效自评情况报告", GONGYI_PARAS)


GONGYI_GOLD = {
    "province": "河南", "doc_kind": "自评报告", "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [sum_fact("各级财政衔接推进乡村振兴补助资金", 14380.0, [1836.0, 1682.0, 6954.0, 3908.0]),
              {"metric": "自评得分", "kind": "score_total", "planned": None, "actual": 102.8, "stated_rate": None,
               "unit": "分"}],
    "findings": [],
    "notes": "Prose self-evaluation report of a county-level city; the stored page stops right after the money split "
             "under (一)资金保障 (the sentence on 中央、省、市、县衔接资金 is cut). 1836+1682+6954+3908 = 14380 adds up. "
             "The self-score 102.8 exceeds 100 because the provincial assessment scheme has bonus items; with no "
             "score table in the document nothing can be checked against it.",
}


# ===============================================================================================================
# 6. 浙江 丽水市文化馆 — 2018年度整体支出绩效评价报告 (prose, department-wide), DOCX
#    Page stops at the start of 二、部门整体支出绩效状况.
# ===============================================================================================================
LISHUI_FILE = "zj-lishui-culturalcentre-dept-report.docx"
LISHUI_URL = "http://www.lishui.gov.cn/art/2020/3/26/art_1229439539_57306956.html"
LISHUI_PARAS = [
    ("h", "一、部门基本概况"),
    ("p", "（一）主要职能及组成：用多种文化艺术形式宣传党的路线方针政策，开展爱国主义、集体主义和社会主义宣传教育；"
          "组织文艺演出、比赛、展览、游艺等群众性文化娱乐活动；辅导培训文化馆（站）业务干部和业余文艺骨干；辅导、研究并"
          "组织群众文艺创作；开展群众文化理论研究并编辑相关图书；搜集、整理和保护非物质文化遗产；建立群众文化艺术档案；"
          "开展对外群众文化交流；完成上级交办的其他工作。内设办公室、表演艺术部、造型艺术部、社文指导部、理论信息部、"
          "非物质文化遗产保护中心、丽水书画院7个职能科室。"),
    ("p", "（二）人员结构情况：2018年核定事业编制35名，实有事业人员32名，离退休人员29名；其中正高级职称4名、副高级8名、"
          "中级16名，大专以上学历32人。"),
    ("p", "（三）年度财政收支：全年实际收入1699.12万元，其中财政拨款收入1435.22万元，上年结转结余263.90万元；全年实际"
          "支出1595.59万元，其中基本支出890.4万元，项目支出705.19万元。"),
    ("p", "（四）年末固定资产状况：2018年末固定资产1222.06万元。"),
    ("p", "（五）财政财务管理制度及执行情况：已建立预算会计、收支管理、政府采购、资产管理、建设项目管理、合同管理以及"
          "会议（培训）预审、展演活动预审和结报等内部控制制度，各项制度基本执行到位。"),
    ("h", "二、部门整体支出绩效状况"),
]


def make_lishui(path: Path) -> None:
    _prose_doc(path, "丽水市文化馆2018年度整体支出绩效评价报告", LISHUI_PARAS)


LISHUI_GOLD = {
    "province": "浙江", "doc_kind": "评价报告", "patterns": [7, 10],
    "indicators": [],
    "goals": [],
    "facts": [sum_fact("全年实际收入", 1699.12, [1435.22, 263.90]),
              sum_fact("全年实际支出", 1595.59, [890.4, 705.19])],
    "findings": [],
    "notes": "Department-wide evaluation report; the stored page stops at the heading 二、部门整体支出绩效状况 (its first "
             "sentence '2018年场馆…' is cut), so the document holds the department profile and money only. Both sums "
             "add up (1435.22+263.90 = 1699.12; 890.4+705.19 = 1595.59).",
}


# ===============================================================================================================
# 7. 安徽 安庆 枞阳县卫生健康委 — 2023年度国家基本公共卫生服务项目绩效评价自评报告 (prose), DOCX
#    Page stops at 二、(一) 项目资金管理情况.
# ===============================================================================================================
ZONGYANG_FILE = "ah-zongyang-phs-selfreport.docx"
ZONGYANG_URL = "https://zongyang.gov.cn/openness/OpennessContent/show/993666.html"
ZONGYANG_PARAS = [
    ("h", "一、项目基本情况"),
    ("p", "（一）项目概况。全县基本公共卫生服务按2017年《国家基本公共卫生服务规范（第三版）》实施，主要由15家乡镇卫生院、"
          "5家政府办社区卫生服务机构、190家村卫生室和24家社区卫生所承担。服务共12类：建立居民健康档案、健康教育、预防"
          "接种、儿童健康管理、孕产妇健康管理、老年人健康管理、慢性病（高血压、Ⅱ型糖尿病）患者健康管理、严重精神障碍患者"
          "健康管理、传染病及突发公共卫生事件报告和处理、中医药健康管理、卫生监督协管等。自2019年10月起，其中7个项目"
          "实行“两卡制”管理。"),
    ("p", "（二）项目绩效目标情况。依据《安徽省财政厅、安徽省卫健委关于提前下达2023年中央卫生健康部分补助资金的通知》"
          "（皖财社〔2022〕1386号）和《安徽省财政厅 安徽省卫生健康委员会关于提前下达2023年省级卫生健康部分补助资金的通知》"
          "（皖财社〔2022〕1444号），我县在30个工作日内将12类基本公共卫生服务预拨资金3608万元（中央资金2855万元、省级"
          "资金753万元）分配到各实施机构，年终考核后将清算资金120万元及时分配到位，2023年度12类基本公共卫生服务资金3728万元"
          "全部执行到位。"),
    ("h", "二、项目实施及管理情况"),
    ("p", "（一）项目资金管理情况。"),
]


def make_zongyang(path: Path) -> None:
    _prose_doc(path, "枞阳县2023年度国家基本公共卫生服务项目绩效评价自评报告", ZONGYANG_PARAS)


ZONGYANG_GOLD = {
    "province": "安徽", "doc_kind": "自评报告", "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [sum_fact("预拨资金", 3608.0, [2855.0, 753.0]),
              sum_fact("基本公共卫生服务资金", 3728.0, [3608.0, 120.0]),
              rate_fact("budget", "基本公共卫生服务资金", 3728.0, 3728.0, 100.0)],
    "findings": [],
    "notes": "Prose self-evaluation report; the stored page stops at the first words of 二、(一)项目资金管理情况. The "
             "section (二) is titled 项目绩效目标情况 but only tells how the money was allocated (no goal is stated). "
             "2855+753 = 3608 and 3608+120 = 3728 add up; '全部执行到位' is read as 100% executed.",
}


# ===============================================================================================================
# 8. 河南 驻马店 西平县民族宗教局 — 2022年财政衔接资金项目绩效监控总结报告 (prose), DOCX
# ===============================================================================================================
XIPING_FILE = "ha-xiping-minority-village-monitor-report.docx"
XIPING_URL = "http://xiping.gov.cn/portal/zwgk/gsgg/webinfo/2022/08/1661645417488589.htm"
XIPING_GOAL = ("项目建成后预计每年收取租金2万元，带动蔡寨村集体经济增收2万元；吸引有意愿养羊的脱贫户、监测户和其他农户"
               "通过养羊稳定增收，带动回汉群众2437人受益，巩固脱贫攻坚成果、助力乡村振兴。")
XIPING_PARAS = [
    ("h", "一、绩效目标分解下达情况"),
    ("p", "1.财政衔接资金下达预算及项目情况"),
    ("p", "2021年12月29日，县巩固拓展脱贫攻坚成果领导小组印发《关于对2022年少数民族发展任务项目投资计划的批复》"
          "（西巩固组〔2021〕9号），批复2022年西平县蔡寨乡蔡寨村养殖业基地建设项目，项目总投资39.2696万元，其中中央"
          "财政衔接资金39万元，自筹资金2696元。"),
    ("p", "2.财政衔接资金项目绩效目标设定情况"),
    ("p", XIPING_GOAL),
    ("h", "二、绩效自评工作开展情况"),
    ("p", "根据衔接资金绩效目标要求，我单位于2022年7月25日至26日对该项目各项绩效指标的完成情况进行了调查。"),
    ("h", "三、绩效目标自评完成情况分析"),
    ("p", "（一）资金投入情况分析"),
    ("p", "1.项目资金到位情况分析：项目总投资39.2696万元，其中中央财政衔接资金39万元已下拨到位，自筹资金2696元已完成自筹。"),
    ("p", "2.项目资金执行情况分析：项目资金共39.2696万元，项目目前尚未实施，资金未使用。"),
    ("p", "3.项目资金管理情况分析：严格按照《河南省衔接推进乡村振兴补助资金管理办法》（豫财农综〔2021〕9号）第七条规定管理。"),
]


def make_xiping(path: Path) -> None:
    _prose_doc(path, "西平县民族宗教局2022年财政衔接推进乡村振兴补助资金项目绩效监控总结报告", XIPING_PARAS)


XIPING_GOLD = {
    "province": "河南", "doc_kind": "自评报告", "patterns": [10],
    "indicators": [],
    "goals": [goal("目标", XIPING_GOAL)],
    "facts": [sum_fact("项目总投资", 39.2696, [39.0, 0.2696]),
              rate_fact("budget", "项目资金执行", 39.2696, 0.0, None)],
    "findings": [],
    "notes": "Mid-year monitoring report (绩效监控总结报告) in prose; the stored page stops inside 3.项目资金管理情况分析 "
             "(the quoted article of the provincial rules is cut, ended here after the article number). The total mixes "
             "units: 39 万元 + 2696 元 = 39.2696 万元 (adds up). The goal is quantified (租金2万元, 增收2万元, 2437人). "
             "Nothing executed at the time of monitoring (stated, no rate given).",
}


# ===============================================================================================================
DOCUMENTS = [
    (JISHAN_FILE, make_jishan, JISHAN_GOLD, [JISHAN_URL]),
    (GQMD_FILE, make_gqmd, GQMD_GOLD, [GQMD_URL]),
    (PANJI_FILE, make_panji, PANJI_GOLD, [PANJI_URL]),
    (LUAN_FILE, make_luan, LUAN_GOLD, [LUAN_URL]),
    (GONGYI_FILE, make_gongyi, GONGYI_GOLD, [GONGYI_URL]),
    (LISHUI_FILE, make_lishui, LISHUI_GOLD, [LISHUI_URL]),
    (ZONGYANG_FILE, make_zongyang, ZONGYANG_GOLD, [ZONGYANG_URL]),
    (XIPING_FILE, make_xiping, XIPING_GOLD, [XIPING_URL]),
]


def gold_for(source: str, gold: dict, urls: list) -> dict:
    out = {"source": source, "source_urls": urls}
    for key in ("province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"):
        out[key] = gold[key]
    return out


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for file, make, gold, urls in DOCUMENTS:
        path = HERE / file
        make(path)
        write_gold(gold_for(file, gold, urls))
        made = [file]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(pdf.name, gold, urls))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(gold['indicators'])} indicators, {len(gold['goals'])} goals, "
              f"{len(gold['facts'])} facts, {len(gold['findings'])} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
