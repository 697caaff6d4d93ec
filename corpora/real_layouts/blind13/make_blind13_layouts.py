"""Build the blind13 part of the real-layout corpus (documents + hand-set gold).

Each document reproduces the layout and facts of one public page (see SOURCES.md); longer sentences are
paraphrased. The gold is written by hand below from the same data the writers use; nothing here runs jixiao.
Usage: python make_blind13_layouts.py [--no-pdf]
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


def budget(metric, planned, actual, stated_rate, unit="万元"):
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def sum_fact(metric, total, parts, unit="万元"):
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------------------------------------------------------
# writers: a table is a list of rows (None = empty cell) plus merged ranges (r1, c1, r2, c2), 0-based, inclusive
# ---------------------------------------------------------------------------------------------------------------
def write_xlsx_table(ws, first_row, rows, merges, widths=None):
    from openpyxl.styles import Alignment, Border, Side
    thin = Side(style="thin")
    ncols = max(len(r) for r in rows)
    for i, row in enumerate(rows):
        for j in range(ncols):
            value = row[j] if j < len(row) else None
            cell = ws.cell(first_row + i, j + 1)
            if value is not None:
                cell.value = value
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=first_row + r1, start_column=c1 + 1, end_row=first_row + r2, end_column=c2 + 1)
    if widths:
        from openpyxl.utils import get_column_letter
        for j, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(j + 1)].width = w
    return first_row + len(rows)


def xlsx_title(ws, row, text, ncols):
    from openpyxl.styles import Alignment, Font
    ws.cell(row, 1, text).font = Font(bold=True, size=13)
    ws.cell(row, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def fit_landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def write_docx_table(doc, rows, merges):
    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    covered = set()
    for r1, c1, r2, c2 in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for i, row in enumerate(rows):
        for j in range(ncols):
            value = row[j] if j < len(row) else None
            if (i, j) in covered or value is None:
                continue
            table.cell(i, j).text = str(value)
    for r1, c1, r2, c2 in merges:
        text = table.cell(r1, c1).text
        cell = table.cell(r1, c1).merge(table.cell(r2, c2))
        cell.text = text
    return table


def docx_heading(doc, text, size=15, center=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def new_docx(landscape=False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    if landscape:
        s = doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin"):
            setattr(s, side, Cm(1.8))
    return doc


# ---------------------------------------------------------------------------------------------------------------
# determinism and PDFs (technique of corpora/heldout/make_heldout.py)
# ---------------------------------------------------------------------------------------------------------------
def save_docx(doc, path: Path) -> None:
    doc.core_properties.author = "jixiao blind13"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.last_modified_by = "jixiao blind13"
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def save_xlsx(wb, path: Path) -> None:
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "jixiao blind13"
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def normalise_zip(data: bytes) -> bytes:
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
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=180)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


# ===============================================================================================================
# 1. 湖南 衡阳 南岳区实验中学 部门整体支出绩效目标申报表（2017年度） — DOCX; indicators written as sentences
#    after their 二级 label in one cell ("质量指标：…"), 一级 merged down. The stored page stops inside the
#    满意度 cell after "社区满意度95%以上，家长满": the cut fragment is left out.
# ===============================================================================================================
NANYUE_URL = "http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcg/nyqsyzx/20200211/i950969.html"
NANYUE_GOALS = [
    "目标1：坚持教学中心地位，各项工作服务教学，提高师生整体素质。",
    "目标2：保障在职人员89人、离退休人员26人的正常办公、生活秩序。",
    "目标3：改善办学条件，美化教学环境，添置教学设备，重视人才培养，提高教学质量。",
]
NANYUE_CELLS = [  # (一级 as written, 二级 label as written, sentence after the label)
    ("产出指标", "质量指标", "学校的教育教学秩序良好，校园文化建设深受好评，力争毕业生合格率达100%"),
    ("产出指标", "时效指标", "按时完成教学任务，顺利完成中考。"),
    ("产出指标", "成本指标", "全年预算全额用于保障教育教学。"),
    ("效益指标", "经济效益指标", "完成初中学历教育，收支平衡，确保全年未发生一起安全事故，师生犯罪率为零，校园安全，稳定、文明、和谐。"),
    ("效益指标", "社会效益指标", "学校的教学秩序良好，中考成绩进一步稳定，深入推进教学改革，倡导教师用心反思，关注细节，发挥智慧，注重教学行为督查，构建校园安全文明、稳定、和谐。"),
    ("效益指标", "环境效益指标", "学校绿化覆盖达70%，优化校园生态环境。"),
    ("效益指标", "可持续影响指标", "以提高人才培养质量为核心，全力打造学校育人品牌，稳定城区生源，培养合格公民。"),
    ("满意度指标", "服务对象满意度指标", "社区满意度95%以上"),
]


def make_nanyue(path: Path) -> None:
    doc = new_docx()
    docx_heading(doc, "部门整体支出绩效目标申报表")
    docx_heading(doc, "（2017 年度）", size=12)
    doc.add_paragraph("填报单位（盖章）                             单位负责人（签名）：")
    rows = [
        ["部门名称", "南岳区实验中学", None, None],
        ["年度预算申请\n（万元）", "资金总额：704", None, None],
        [None, "按收入性质分", None, "按支出性质分"],
        [None, "公共财政拨款：683", None, "基本支出：622"],
        [None, "政府性基金拨款：", None, "项目支出：82"],
        [None, "纳入专户管理的非税收入拨款：21", None, None],
        [None, "其他资金：", None, None],
        ["部门职能职责概述", "贯彻执行国家方针政策，实施初中义务教育，促进基础教育发展。", None, None],
        ["整体绩效目标", "\n".join(NANYUE_GOALS), None, None],
    ]
    merges = [(0, 1, 0, 3), (1, 0, 6, 0), (1, 1, 1, 3), (2, 1, 2, 2), (3, 1, 3, 2), (4, 1, 4, 2), (5, 1, 5, 2),
              (6, 1, 6, 2), (7, 1, 7, 3), (8, 1, 8, 3)]
    first = len(rows)
    for level1, label, text in NANYUE_CELLS:
        rows.append(["部门整体支出\n年度绩效指标", level1, f"{label}：{text}", None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
    merges.append((first, 0, len(rows) - 1, 0))
    merges += [(first, 1, first + 2, 1), (first + 3, 1, first + 6, 1)]
    write_docx_table(doc, rows, merges)
    save_docx(doc, path)


NANYUE_GOLD = {
    "province": "湖南", "doc_kind": "部门整体目标表", "patterns": [1, 5, 7],
    "indicators": [
        ind("产出指标", "质量指标", NANYUE_CELLS[0][2], ">=", 100, "%", NANYUE_CELLS[0][2]),
        ind("产出指标", "时效指标", NANYUE_CELLS[1][2], None, None, None, NANYUE_CELLS[1][2]),
        ind("产出指标", "成本指标", NANYUE_CELLS[2][2], None, None, None, NANYUE_CELLS[2][2]),
        ind("效益指标", "经济效益指标", NANYUE_CELLS[3][2], None, None, None, NANYUE_CELLS[3][2]),
        ind("效益指标", "社会效益指标", NANYUE_CELLS[4][2], None, None, None, NANYUE_CELLS[4][2]),
        ind("效益指标", "生态效益指标", NANYUE_CELLS[5][2], ">=", 70, "%", NANYUE_CELLS[5][2]),
        ind("效益指标", "可持续影响指标", NANYUE_CELLS[6][2], None, None, None, NANYUE_CELLS[6][2]),
        ind("满意度指标", "服务对象满意度指标", "社区满意度", ">=", 95, "%", "95%以上"),
    ],
    "goals": [goal("目标", g) for g in NANYUE_GOALS],
    "facts": [sum_fact("资金总额（按收入性质）", 704, [683, 21]),
              sum_fact("资金总额（按支出性质）", 704, [622, 82])],
    "findings": [
        finding("goal.unquantified", NANYUE_GOALS[0][:15], "names an effect (师生整体素质) with no number or result"),
        finding("goal.unquantified", NANYUE_GOALS[2][:15], "改善/提高 with no number, rate or deadline"),
        finding("target.time_no_deadline", NANYUE_CELLS[1][2], "时效 row: 按时完成 with no date or rate"),
        finding("target.qualitative_no_scale", NANYUE_CELLS[2][2], "a judgement (全额用于保障) with no measure"),
        finding("target.vague_wording", NANYUE_CELLS[4][2], "进一步稳定/深入推进 with no number"),
        finding("target.vague_wording", NANYUE_CELLS[6][2], "提高人才培养质量/全力打造 with no number"),
    ],
    "notes": ("Department-wide target form of a middle school (2017). Each indicator is a sentence after its 二级 "
              "label in one cell ('质量指标：…'); gold names are the sentences (the only value glued to a name is "
              "社区满意度95%以上). 环境效益指标 is canonical 生态效益指标. '达100%'/'达70%' read as >=. The economic-"
              "benefit cell states zero accidents/犯罪率为零 (checkable) and gets no finding; 目标2 states the staff "
              "it keeps (89/26 persons) and gets none. The stored page stops inside the 满意度 cell after "
              "'社区满意度95%以上，家长满'; the cut fragment is left out, so the form as built has one 满意度 row. "
              "Income 683+21=704 and expenditure 622+82=704 both add up."),
}
# ===============================================================================================================
# 2. 四川 广元 朝天区 中央转移支付 全民健身中心项目 区域绩效自评表（2023年度） — XLSX; money block with 执行率,
#    资金管理情况 block, 总体目标 | 全年实际完成情况, indicator header; the stored page stops after the first
#    indicator row (the next row is cut inside its name cell, "总建…", and is left out).
# ===============================================================================================================
CHAOTIAN_URL = "https://www.gyct.gov.cn/xxgk/show/20250514162724-38810-00-000.html"
CHAOTIAN_GOAL = ("新建全民健身中心1个，总建筑面积6500平方米，配套室外健身场地，可开展球类、武术、体操、器械健身、游泳等"
                 "多项体育健身活动；配套场馆管理用房、卫生间、医务室及相关设施设备。")
CHAOTIAN_DONE = "2023年完成前期工作：可行性研究、项目设计、项目勘察、图纸审查、项目审批、施工招标和监理招标。"


def make_chaotian(path: Path) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    xlsx_title(ws, 1, "中央转移支付广元市朝天区全民健身中心项目绩效自评表", 8)
    ws.cell(2, 1, "（2023年度）")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=8)
    rows = [
        ["转移支付（项目）名称", "广元市朝天区全民健身中心项目", None, None, None, None, None, None],
        ["中央主管部门", "国家体育总局", None, None, None, None, None, None],
        ["地方主管部门", "广元市朝天区人民政府", None, None, "资金使用单位", "广元市朝天区体育发展中心", None, None],
        ["资金投入情况（万元）", None, "全年预算数（A）", None, "全年执行数（B）", None, "预算执行率（B/A×100%）", None],
        [None, "年度资金总额：", 2000, None, 1157.97, None, "57.89%", None],
        [None, "其中：中央财政资金", 2000, None, 1157.9, None, "57.89%", None],
        [None, "地方财政资金", None, None, None, None, None, None],
        [None, "其他资金", None, None, None, None, None, None],
        ["资金管理情况", None, "情况说明", None, None, None, "存在问题和改进措施", None],
        [None, "分配科学性", "资金分配科学合理", None, None, None, None, None],
        [None, "下达及时性", "资金下达及时", None, None, None, None, None],
        [None, "拨付合规性", "严格项目建设资金管理，实行专款专用", None, None, None, None, None],
        [None, "使用规范性", "未出现截留、挤占、挪用或擅自调整等问题", None, None, None, None, None],
        [None, "执行准确性", "不存在执行数偏离预算数较多的问题", None, None, None, None, None],
        [None, "预算绩效管理情况", "开展绩效监控和绩效评价", None, None, None, None, None],
        [None, "支出责任履行情况", "足额安排项目进度款，确保资金专款专用，不被侵占、截留或挪用", None, None, None, None, None],
        ["总体目标完成情况", "总体目标", None, None, None, "全年实际完成情况", None, None],
        [None, CHAOTIAN_GOAL, None, None, None, CHAOTIAN_DONE, None, None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施", None],
        [None, "产出指标", "数量指标", "新建全民健身中心数量", "1", "建设中", None, None],
    ]
    merges = [(0, 1, 0, 7), (1, 1, 1, 7), (2, 1, 2, 3), (2, 5, 2, 7),
              (3, 0, 7, 0), (3, 2, 3, 3), (3, 4, 3, 5), (3, 6, 3, 7)]
    for r in range(4, 8):
        merges += [(r, 2, r, 3), (r, 4, r, 5), (r, 6, r, 7)]
    merges += [(8, 0, 15, 0), (8, 2, 8, 5), (8, 6, 8, 7)]
    for r in range(9, 16):
        merges += [(r, 2, r, 5), (r, 6, r, 7)]
    merges += [(16, 0, 17, 0), (16, 1, 16, 4), (16, 5, 16, 7), (17, 1, 17, 4), (17, 5, 17, 7),
               (18, 0, 19, 0), (18, 6, 18, 7), (19, 6, 19, 7)]
    write_xlsx_table(ws, 3, rows, merges, widths=[14, 18, 14, 22, 12, 16, 16, 12])
    for r in (19, 20):
        ws.row_dimensions[r].height = 60
    fit_landscape(ws)
    save_xlsx(wb, path)


CHAOTIAN_GOLD = {
    "province": "四川", "doc_kind": "自评表", "patterns": [2, 5],
    "indicators": [
        ind("产出指标", "数量指标", "新建全民健身中心数量", None, 1, None, "1", actual=None),
    ],
    "goals": [goal("总体目标", CHAOTIAN_GOAL)],
    "facts": [budget("年度资金总额", 2000, 1157.97, 57.89),
              budget("中央财政资金", 2000, 1157.9, 57.89),
              sum_fact("全年执行数", 1157.97, [1157.9])],
    "findings": [
        finding("target.missing_unit", "新建全民健身中心数量", "a count of 1 with no unit (个)"),
        finding("consistency.deviation_reason_missing", "新建全民健身中心数量",
                "target 1, actual 建设中 (not reached) and the 未完成原因 cell is empty"),
        finding("consistency.rate", "年度资金总额", "1157.97/2000 = 57.8985%, stated 57.89% (57.90% to two decimals)"),
        finding("consistency.sum", "全年执行数", "年度资金总额 1157.97 but its only stated part (中央) is 1157.9"),
        finding("coverage.missing_dimension", "效益指标", "the table as built ends after one 产出 row"),
        finding("coverage.missing_dimension", "满意度指标", "the table as built ends after one 产出 row"),
    ],
    "notes": ("Area self-evaluation form of a central transfer (2023). The stored page stops after the first "
              "indicator row; the next row is cut inside its name ('总建…') and is left out, so the document has one "
              "indicator and no 效益/满意度 rows (coverage findings). 全年实际完成值 '建设中' is no number (actual null) "
              "and shows the target missed with an empty reason cell. The money block states 1157.97 for the total "
              "but 1157.9 for its 中央 line (sum off by 0.07) and 57.89% for both; for the 中央 line 1157.9/2000 = "
              "57.895% sits exactly on the rounding boundary, so no rate finding is expected there."),
}
# ===============================================================================================================
# 3. 安徽 滁州市人力资源和社会保障局 2022年度项目支出绩效自评表 — XLSX; a list of the bureau's 8 self-evaluation
#    forms, then the first form (“三支一扶”省级财政补助资金): money block (年初预算数 / 全年预算数 / 全年执行数 /
#    分值 / 执行率 / 得分, dashes in the sub-rows), 预期目标 | 实际完成情况. The stored page stops inside the
#    实际完成情况 cell, before the indicator table.
# ===============================================================================================================
CHUZHOU_URL = "https://rsj.chuzhou.gov.cn/public/2681507/1112202840.html"
CHUZHOU_LIST = ["“三支一扶”省级财政补助资金自评表", "“三支一扶”市级补助资金自评表", "城乡劳动力发展工作经费自评表",
                "人事考试专项经费自评表", "社会保障工作经费自评表", "市级就业补助资金自评表", "水电费、物业费自评表",
                "提前下达“三支一扶”中央补助资金自评表"]
CHUZHOU_GOAL = ("“三支一扶”高校毕业生的生活补贴，按乡镇事业单位从高校毕业生中新聘工作人员试用期满后的工资收入水平确定；"
                "中央和省级给予定额补助，不足部分由市级财政配套补足。")
CHUZHOU_DONE = "2022年1月已将“三支一扶”省级补助资金99万元全部拨付至各县市区。"


def make_chuzhou(path: Path) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "2022年度自评表"
    xlsx_title(ws, 1, "滁州市人力资源和社会保障局本级单位项目绩效自评表清单", 8)
    rows = [["序号", "项目名称", None, None, None, None, "备注", None]]
    merges = [(0, 1, 0, 5), (0, 6, 0, 7)]
    for i, name in enumerate(CHUZHOU_LIST, 1):
        rows.append([i, name, None, None, None, None, None, None])
        merges += [(i, 1, i, 5), (i, 6, i, 7)]
    nxt = write_xlsx_table(ws, 2, rows, merges, widths=[14, 18, 12, 14, 14, 10, 14, 10])
    top = nxt + 2
    xlsx_title(ws, top, "项目支出绩效自评表", 8)
    ws.cell(top + 1, 1, "（2022年度）")
    ws.merge_cells(start_row=top + 1, start_column=1, end_row=top + 1, end_column=8)
    rows = [
        ["项目名称", "“三支一扶”省级财政补助资金", None, None, None, None, None, None],
        ["主管部门", "滁州市人力资源和社会保障局", None, None, "实施单位", "滁州市人力资源和社会保障局", None, None],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
        [None, "年度资金总额：", 99, 99, 99, 10, "100%", 10],
        [None, "其中：本年财政拨款", 99, 99, 99, "-", "100%", "-"],
        [None, "上年结转资金", None, None, None, "-", None, "-"],
        [None, "其他资金", None, None, None, "-", None, "-"],
        ["年度总体目标完成情况", "预期目标", None, None, "实际完成情况", None, None, None],
        [None, CHUZHOU_GOAL, None, None, CHUZHOU_DONE, None, None, None],
    ]
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 6, 0), (7, 0, 8, 0), (7, 1, 7, 3), (7, 4, 7, 7),
              (8, 1, 8, 3), (8, 4, 8, 7)]
    write_xlsx_table(ws, top + 2, rows, merges)
    ws.row_dimensions[top + 2 + 8].height = 75
    fit_landscape(ws)
    save_xlsx(wb, path)


CHUZHOU_GOLD = {
    "province": "安徽", "doc_kind": "自评表", "patterns": [5, 8],
    "indicators": [],
    "goals": [goal("年度目标", CHUZHOU_GOAL)],
    "facts": [budget("年度资金总额", 99, 99, 100.0), budget("本年财政拨款", 99, 99, 100.0)],
    "findings": [
        finding("goal.process_only", CHUZHOU_GOAL[:15],
                "states how the subsidy standard is set and who co-funds it: no output or effect"),
        finding("coverage.missing_dimension", "产出指标", "the form as built stops before its indicator table"),
        finding("coverage.missing_dimension", "效益指标", "the form as built stops before its indicator table"),
        finding("coverage.missing_dimension", "满意度指标", "the form as built stops before its indicator table"),
    ],
    "notes": ("A list of the bureau's eight 2022 self-evaluation forms (序号 | 项目名称 | 备注) followed by the first "
              "form. The stored page stops inside the 实际完成情况 cell ('…保障了“三支一扶”人'); the complete clause "
              "before the cut is kept and the indicator table never starts, so the document has no indicators and "
              "lacks all three 一级 dimensions. The 预期目标 only restates how the subsidy standard is fixed and "
              "funded (no numbers, no output) — read as goal.process_only. Money: 99/99 = 100% for both lines, 10 "
              "points of 10; the sub-rows carry '-' in 分值/得分."),
}
# ===============================================================================================================
# 4. 浙江 温州 瓯海区排水管网工程（二期）专项债券项目 绩效评价 — DOCX prose; the stored page stops inside the
#    总体目标 sentence (the complete clauses before the cut are kept).
# ===============================================================================================================
OUHAI_URL = "http://www.ouhai.gov.cn/art/2023/6/30/art_1506431_59111969.html"
OUHAI_GOAL = ("通过项目建设，深入开展“污水零直排区”建设，以源头治理、疏堵结合、落实长效的办法全面深化治污水工作，"
              "加快补齐生态环境短板。")
OUHAI_PARAS = [
    ("一、基本情况", None),
    ("（一）项目概况", None),
    (None, "瓯海区排水管网工程（二期）旨在进一步提高污水收集率，加快雨污分流，改善城区水体水质，解决水环境污染问题："
           "在截污干管已基本建成的基础上，对排水管网进行全面梳理。项目总投资约22.66亿元，对纳入整治的村镇集聚区、"
           "工业仓储区、行政办公区、教育科研区、商业商务区、住宅小区等现状雨污水管网开展深度排查，并按照“污水零直排区”"
           "建设要求，针对小区和村镇集聚区内部雨污管网错接、与市政管网错接及立管混接等问题，结合现场情况出具雨污分流"
           "设计方案。"),
    (None, "目前，梧田（一至六标段）、仙岩（一至六标段）、丽岙（一、二标段）、郭溪（一至七标段）、瞿溪（一至六标段）、"
           "潘桥（一至五标段）和娄桥（一至三标段）等标段已开工建设，其中22个项目已完工，其余项目正在推进。"),
    (None, "项目申请专项债券资金11亿元，2022年已拨付6亿元，已全部投入使用。专项债资金由温州市瓯海区温瑞塘河工程建设中心"
           "专户管理，防止挤占挪用；用款按审批流程提出申请，使用过程中的相关凭证均存档、归档。"),
    ("（二）项目绩效目标", None),
    (None, "1.总体目标："),
    (None, OUHAI_GOAL),
]


def make_ouhai(path: Path) -> None:
    doc = new_docx()
    for heading, text in OUHAI_PARAS:
        if heading:
            docx_heading(doc, heading, size=12, center=False)
        else:
            doc.add_paragraph(text)
    save_docx(doc, path)


OUHAI_GOLD = {
    "province": "浙江", "doc_kind": "评价报告", "patterns": [10],
    "indicators": [],
    "goals": [goal("总体目标", OUHAI_GOAL)],
    "facts": [budget("专项债券资金", 11, 6, None, unit="亿元")],
    "findings": [
        finding("goal.unquantified", OUHAI_GOAL[:15],
                "names effects (深化治污水、补齐生态短板) with no number; “污水零直排区” is a name, not a measure"),
    ],
    "notes": ("Opening of a bond-project performance report (基本情况 and 绩效目标). The stored page stops inside the "
              "总体目标 sentence ('…为建设美丽瓯海、创造美好生活提供良好的'); the clauses before the cut are kept, "
              "so the document ends with that goal: no indicator table and no score. The 11亿元 bond with 6亿元 "
              "paid in 2022 is a multi-year project: no rate is stated and none is expected."),
}


# ===============================================================================================================
# 5. 四川 泸州 泸县文化广电旅游局 2024年县级部门整体支出绩效目标申报表 — DOCX; 总体资金情况 with two header rows
#    (基本支出 | 项目支出, each 合计/财政拨款/专户资金/单位资金), 年度主要任务 (任务名称 | 主要内容). The stored page
#    stops inside the 项目支出2 task text, before the indicator part.
# ===============================================================================================================
LUXIAN_URL = "http://123.56.154.50:9104/zwgk/fdzdgknr/qtfdxx/czzj/czzjsy/content_372872"
LUXIAN_TASKS = [
    ("基本支出：人员类、公用经费等运转类支出",
     "保障部门本级及下属单位人员类、公用经费等运转类支出；提高预算编制质量，严格执行预算，保障单位日常运转。"),
    ("项目支出1：公共文化服务（群众文化）",
     "组织县级非遗展演和非遗进校园活动，设计、制作、购买非遗文创产品，开展非物质文化遗产公益性宣传、展示、交流和"
     "传播；组织群众文化惠民系列活动和2024年三下乡文艺演出，参与配合省市品牌活动、赛事及演出，开展送文化下乡、进乡镇、"
     "进校园、进社区、进园区、进景区等精品惠民演出，引进优秀剧目，创作文艺作品，丰富群众精神文化生活。"),
    ("项目支出2：文旅融合",
     "组织A级景区、乡村旅游能人、旅游志愿者和旅游行业从业人员培训；开展A级旅游景区创建，以及天府旅游名牌、乡村旅游"
     "重点镇村、酒城文旅融合发展镇、酒城旅游民宿等品牌创建；复核A级景区、星级酒店、星级农家乐等旅游品牌质量等级；"
     "拉动消费，促进居民文旅消费提升≥10%；增强市民对文旅消费的认同感和满意度，促进文旅产业转型升级和融合发展；"
     "开展红色旅游工作。"),
]


def make_luxian(path: Path) -> None:
    doc = new_docx(landscape=True)
    docx_heading(doc, "2024年县级部门整体支出绩效目标申报表")
    doc.add_paragraph("预算部门：文化部门")
    rows = [
        ["总体资金情况（万元）"] + [None] * 8,
        ["预算支出总额", "基本支出", None, None, None, "项目支出", None, None, None],
        [None, "合计", "财政拨款", "专户资金", "单位资金", "合计", "财政拨款", "专户资金", "单位资金"],
        ["1695.55", "1478.75", "1478.75", None, None, "216.80", "216.80", None, None],
        ["年度主要任务"] + [None] * 8,
        ["任务名称", None, None, "主要内容", None, None, None, None, None],
    ]
    merges = [(0, 0, 0, 8), (1, 0, 2, 0), (1, 1, 1, 4), (1, 5, 1, 8), (4, 0, 4, 8), (5, 0, 5, 2), (5, 3, 5, 8)]
    for name, text in LUXIAN_TASKS:
        rows.append([name, None, None, text, None, None, None, None, None])
        merges += [(len(rows) - 1, 0, len(rows) - 1, 2), (len(rows) - 1, 3, len(rows) - 1, 8)]
    write_docx_table(doc, rows, merges)
    save_docx(doc, path)


LUXIAN_GOLD = {
    "province": "四川", "doc_kind": "部门整体目标表", "patterns": [5, 7],
    "indicators": [],
    "goals": [],
    "facts": [sum_fact("预算支出总额", 1695.55, [1478.75, 216.80])],
    "findings": [
        finding("coverage.missing_dimension", "产出指标", "the form as built stops before its indicator part"),
        finding("coverage.missing_dimension", "效益指标", "the form as built stops before its indicator part"),
        finding("coverage.missing_dimension", "满意度指标", "the form as built stops before its indicator part"),
    ],
    "notes": ("Department-wide target form of a county culture/tourism bureau (2024). Two header rows over the money "
              "(基本支出 | 项目支出, each 合计/财政拨款/专户资金/单位资金); 1478.75 + 216.80 = 1695.55 adds up. The "
              "年度主要任务 rows are tasks (任务名称 | 主要内容), not goals or indicators. The stored page stops inside "
              "the 项目支出2 text ('…娱乐市场专项整治行'); the text up to the last complete clause is kept and the "
              "indicator part never starts, so all three 一级 dimensions are missing."),
}
# ===============================================================================================================
# 6. 四川 南充 仪陇县财政局 国省县乡道路养护及道班房维修项目绩效评价报告（2018年资金） — DOCX prose with the
#    评分表 of the 2019 四川 project evaluation (一级 | 二级 | 三级 | 分值 | 指标评价内容 | 得分). The stored page
#    stops inside the 资金分配 row; the four complete 项目决策 rows are kept. Numbers lost on the page are not
#    filled in.
# ===============================================================================================================
YILONG_URL = "https://m.daumloan.com/p-350747235.html"
YILONG_PARAS = [
    ("仪陇县财政局关于国省县乡道路养护及道班房维修项目绩效评价报告", "title"),
    ("按照财政绩效评价工作安排，我们对全县国省县乡公路养护及道班房维修项目进行了绩效评价，结果如下。", None),
    ("一、项目概况", "h"),
    ("项目资金主要用于国道养护139公里（100万元）、道班房维修（10万元）及连接线养护（30万元）等。", None),
    ("二、资金来源", "h"),
    ("资金来源为2018年县财政局《关于批复2018年县级部门预算的通知》（仪财预〔2018〕3号）。", None),
    ("三、项目资金执行情况", "h"),
    ("截至2018年12月底，资金主要用于：新楠路、高义路、马永路、金马路、永仁路、柳思路、马立路、油二路及唐巴路、G244等"
     "国、省、县道的养护；新政、三元、双胜、永乐、复兴等24个道班对养护范围内行道树修枝刷白24万元；聘请农民养护工90余人"
     "合计180万元；维修标志标牌（含新增）10万元；维修三蛟、复兴、黄溪桥、马鞍、石佛等道班房10万元；大三路新石桥、"
     "沙湾桥、回春一号桥、双河周家桥等桥梁日常养护7万元。服务对象满意度90%以上。", None),
    ("四、评价结论及绩效分析", "h"),
    ("（一）评价结论", "h"),
    ("项目绩效评价总体得分95分。", None),
    ("2019年四川省项目支出绩效评分表", "caption"),
]
YILONG_TABLE = [
    ["一级指标", "二级指标", "三级指标", "分值", "指标评价内容（公式计算结果=x）", "得分"],
    ["项目决策（20分）", "科学决策（10分）", "必要性（政策依据）", "5",
     "项目符合党中央、国务院和省委、省政府决策部署，符合当前经济社会发展需要，政策与实际需求吻合", "5"],
    [None, None, "可行性（政策完善）", "5", "可行性论证充分，规划、管理办法、指导意见等制度健全完善", "5"],
    [None, "绩效目标（10分）", "明确性", "5", "项目预期提供的产品、服务、效益或其他目标明确细化，可衡量", "5"],
    [None, None, "合理性", "5", "绩效目标设定符合实际需求，合理可行", "5"],
]


def make_yilong(path: Path) -> None:
    doc = new_docx()
    for text, kind in YILONG_PARAS:
        if kind == "title":
            docx_heading(doc, text, size=14)
        elif kind in ("h", "caption"):
            docx_heading(doc, text, size=12, center=(kind == "caption"))
        else:
            doc.add_paragraph(text)
    write_docx_table(doc, YILONG_TABLE, [(1, 0, 4, 0), (1, 1, 2, 1), (3, 1, 4, 1)])
    save_docx(doc, path)


YILONG_GOLD = {
    "province": "四川", "doc_kind": "评价报告", "patterns": [5, 10],
    "indicators": [],
    "goals": [],
    "facts": [{"metric": "项目绩效评价总体得分", "kind": "score_total", "planned": None, "actual": 95,
               "stated_rate": None, "unit": "分"}],
    "findings": [],
    "notes": ("Evaluation report by the county finance bureau. Its score table is the 2019 四川 evaluation score sheet "
              "(项目决策 → 科学决策/绩效目标 rows): these rows score the evaluation, they are not targets, so the gold "
              "has no indicators. The stored page stops inside the next row (项目管理 → 资金管理 → 资金分配), so only "
              "the four 项目决策 rows (5 points each, all 5) are kept; the table states no total, and the 95 of the "
              "text cannot be checked against it. The page's text lost several amounts (the total budget and "
              "spending figures are blank on the page); they are not filled in, so no rate or sum is stated."),
}


# ===============================================================================================================
# 7. 湖北 黄石市住房和城乡建设局 2022年度 海绵城市示范城市申报工作经费 项目自评表 — XLSX; ticked boxes
#    (☑/□) in the header, 预算执行情况（20分） with 得分 = 20分*执行率, 年度绩效目标1（80分） merged down the
#    indicator block, 年初目标值（A）/实际完成值（B）/得分 (no 分值 column), 总分, then a 原因分析 row that the
#    stored page cuts (the complete clause before the cut is kept).
# ===============================================================================================================
HUANGSHI_URL = "http://zjj.huangshi.gov.cn/xxgk_7967/fdzdgknr/czzj/czzxzj/202307/t20230721_1034104.html"
HUANGSHI_ROWS = [  # 一级, 二级 as written, 三级, 年初目标值, 实际完成值, 得分
    ("产出指标", "数量指标", "完成省级宣传片制作；完成实施方案的编制；完成自评估报告", "完成1部宣传片，2套方案",
     "完成1部宣传片，2套方案", 10),
    ("产出指标", "质量指标", "通过专家评审", "通过", "通过", 10),
    ("产出指标", "时效指标", "上半年完成宣传片制作；下半年完成实施方案",
     "6月份完成宣传片制作；9月份完成文本；11月完成专家评审", "完成", 10),
    ("产出指标", "成本指标", "省级宣传片制作费、申报文本编制费、自评估报告编制费", "200万", "195.5万元", 10),
    ("效益指标", "经济效益\n指标", "统筹海绵城市项目谋划", "统筹海绵城市项目谋划", "完成", 10),
    ("效益指标", "社会效益\n指标", "指导城市建设", "指导城市建设", "完成", 10),
    ("效益指标", "生态效益\n指标", "有利于城市生态、韧性发展", "有利于城市生态、韧性发展", "完成", 10),
    ("满意度指标", "满意度指标", "群众满意度", "满意", "完成", 10),
]


def make_huangshi(path: Path) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "项目自评表"
    xlsx_title(ws, 1, "2022年度黄石市系统化全域海绵城市示范城市的申报工作经费项目自评表", 9)
    rows = [
        ["项目名称", "黄石市系统化全域海绵城市示范城市的申报工作经费"] + [None] * 7,
        ["主管部门", "黄石市住房和城乡建设局", None, None, None, "项目实施单位", "黄石市住房和城乡建设局", None, None],
        ["项目类别", "1、部门预算项目 ☑ 2、市直专项"] + [None] * 7,
        ["项目属性", "1、持续性项目 ☑ 2、新增性项目 □"] + [None] * 7,
        ["项目类型", "1、常年性项目 □ 2、延续性项目 ☑ 3、一次性项目 □"] + [None] * 7,
        ["预算执行情况（万元）\n（20分）", "预算数（A）", None, "执行数（B）", None, "执行率（B/A）", None,
         "得分\n（20分*执行率）", None],
        ["年度财政资金总额", 200, None, 195.5, None, "97.75%", None, 19.55, None],
        ["年度绩效目标1\n（80分）", "一级指标", "二级指标", "三级指标", None, "年初目标值（A）", "实际完成值（B）", "得分", None],
    ]
    merges = [(0, 1, 0, 8), (1, 1, 1, 4), (1, 6, 1, 8), (2, 1, 2, 8), (3, 1, 3, 8), (4, 1, 4, 8),
              (5, 1, 5, 2), (5, 3, 5, 4), (5, 5, 5, 6), (5, 7, 5, 8), (6, 1, 6, 2), (6, 3, 6, 4), (6, 5, 6, 6),
              (6, 7, 6, 8), (7, 3, 7, 4), (7, 7, 7, 8)]
    first = len(rows)
    for level1, level2, name, target, actual, score in HUANGSHI_ROWS:
        rows.append([None, level1, level2, name, None, target, actual, score, None])
        merges += [(len(rows) - 1, 3, len(rows) - 1, 4), (len(rows) - 1, 7, len(rows) - 1, 8)]
    last = len(rows) - 1
    merges += [(7, 0, last, 0), (first, 1, first + 3, 1), (first + 4, 1, first + 6, 1)]
    rows.append(["总分", "99.55分"] + [None] * 7)
    merges.append((len(rows) - 1, 1, len(rows) - 1, 8))
    rows.append(["偏差大或\n目标未完成\n原因分析",
                 "2022年12月，第三方咨询单位已编制完成海绵城市自评估报告，并通过专家评审。"] + [None] * 7)
    merges.append((len(rows) - 1, 1, len(rows) - 1, 8))
    write_xlsx_table(ws, 2, rows, merges, widths=[22, 11, 11, 20, 14, 22, 20, 8, 8])
    for r in range(2 + first, 2 + last + 1):
        ws.row_dimensions[r].height = 45
    ws.row_dimensions[2 + 5].height = 40
    ws.row_dimensions[2 + len(rows) - 1].height = 50
    fit_landscape(ws)
    save_xlsx(wb, path)


def _hs(i):
    return HUANGSHI_ROWS[i][2]


HUANGSHI_GOLD = {
    "province": "湖北", "doc_kind": "自评表", "patterns": [1, 2, 5, 8],
    "indicators": [
        ind("产出指标", "数量指标", _hs(0), None, None, None, "完成1部宣传片，2套方案", score=10),
        ind("产出指标", "质量指标", _hs(1), None, None, None, "通过", score=10),
        ind("产出指标", "时效指标", _hs(2), None, None, None, "6月份完成宣传片制作；9月份完成文本；11月完成专家评审",
            score=10),
        ind("产出指标", "成本指标", _hs(3), None, 200, "万", "200万", actual=195.5, score=10),
        ind("效益指标", "经济效益指标", _hs(4), None, None, None, "统筹海绵城市项目谋划", score=10),
        ind("效益指标", "社会效益指标", _hs(5), None, None, None, "指导城市建设", score=10),
        ind("效益指标", "生态效益指标", _hs(6), None, None, None, "有利于城市生态、韧性发展", score=10),
        ind("满意度指标", "服务对象满意度指标", _hs(7), None, None, None, "满意", score=10),
    ],
    "goals": [],
    "facts": [budget("年度财政资金总额", 200, 195.5, 97.75),
              {"metric": "总分", "kind": "score_total", "planned": None, "actual": 99.55, "stated_rate": None,
               "unit": "分"}],
    "findings": [
        finding("target.qualitative_no_scale", _hs(4), "the target restates the task (统筹…谋划): nothing to measure"),
        finding("target.qualitative_no_scale", _hs(5), "the target restates the task (指导城市建设): nothing to measure"),
        finding("target.qualitative_no_scale", _hs(6), "有利于… is a judgement with no scale"),
        finding("target.qualitative_no_scale", _hs(7), "a bare level (满意) with no scale"),
    ],
    "notes": ("Project self-evaluation of a city housing bureau (2022). No 分值 column: the 得分 column gives 10 per "
              "row under 年度绩效目标1（80分）; 19.55 (= 20 × 97.75%, 195.5/200) + 8 × 10 = 99.55 = 总分, so scores, "
              "rate and total agree. The 数量 target names two outputs (1部宣传片, 2套方案): no single value in "
              "gold; the 时效 target gives months (a deadline, no finding); 质量 '通过' is a pass/fail result. The "
              "成本 target is written '200万' (no 元) against '195.5万元' actual — reproduced as written, no "
              "finding expected. Three 效益 targets restate their names or judge ('有利于…'), and 满意度 is the bare "
              "word 满意: qualitative_no_scale. The form states no goal text. The stored page stops inside the "
              "原因分析 cell ('…根据合同'); the clause before the cut is kept."),
}


# ===============================================================================================================
# 8. 湖南 衡阳 衡山县贯塘乡人民政府 2023年部门决算 附件一 部门整体支出绩效评价基础数据表 + 附件二 部门整体
#    支出绩效自评表 — DOCX; two tables, the second (money block with 按收入性质分 / 按支出性质分 side by side)
#    is cut inside its 预期目标 cell, before any indicator.
# ===============================================================================================================
GUANTANG_URL = "http://www.hengshan.gov.cn/xzxxgk/gtx/fdzdgknr/czxx/20240914/i3455515.html"
GUANTANG_GOAL = "搞好对政府各职能部门工作任务完成情况的监督，服务市场主体。"


def make_guantang(path: Path) -> None:
    doc = new_docx(landscape=True)
    docx_heading(doc, "411001-衡山县贯塘乡人民政府2023年部门决算公开", size=13)
    doc.add_paragraph("附件一")
    docx_heading(doc, "2023年度部门整体支出绩效评价基础数据表", size=12)
    t1 = [
        ["财政供养人员情况（人）", "编制数", "2023 年实际在职人数", "控制率"],
        [None, "46", "50", "108.70%"],
        ["经费控制情况（万元）", "2022 年决算数", "2023 年预算数", "2023 年决算数"],
        ["三公经费：", "0", "0", "0"],
        ["1、公务用车购置和维护经费", "0", "0", "0"],
        ["其中：公车购置", "0", "0", "0"],
        ["公车运行维护", "0", "0", "0"],
        ["2、出国经费", "0", "0", "0"],
        ["3、公务接待", "0", "0", "0"],
        ["项目支出：", "874.20", "308.17", "1025.20"],
        ["1、业务工作经费", None, None, None],
        ["2、运行维护经费", None, None, None],
        ["……", None, None, None],
        ["3、省级专项资金（每个专项一行）", None, None, None],
        ["……", None, None, None],
        ["公用经费", "118.31", "85.76", "193.42"],
        ["其中：办公经费", "29.35", "27.00", "49.09"],
        ["水费、电费、差旅费", "8.80", "13.00", "12.64"],
        ["会议费、培训费", "4.92", "3.00", "5.42"],
        ["政府采购金额", None, None, None],
        ["部门基本支出预算调整", None, None, None],
        ["楼堂馆所控制情况\n（2023 年完工项目）", "批复规模（㎡）", "实际规模（㎡）", "规模控制"],
        [None, "预算投资（万元）", "实际投资（万元）", "投资概算控制"],
        [None, None, None, None],
        ["厉行节约保障措施", None, None, None],
    ]
    write_docx_table(doc, t1, [(0, 0, 1, 0), (21, 0, 23, 0), (24, 1, 24, 3)])
    doc.add_paragraph("说明：项目支出需要填报基本支出以外的所有项目支出情况，公用经费填报基本支出中的一般商品和服务支出。")
    doc.add_paragraph("附件二")
    docx_heading(doc, "2023年度部门整体支出绩效自评表", size=12)
    t2 = [
        ["预算部门、单位名称", "衡山县贯塘乡人民政府", None, None, None, None, None],
        ["年度预算申请\n（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"],
        [None, "年度资金总额", "861.10", "2030.12", "2030.12", "10", "100%", "10"],
        [None, "按收入性质分：2030.12", None, None, "按支出性质分：1925.67", None, None, None],
        [None, "其中：一般公共预算：1325.68", None, None, "其中：基本支出：900.47", None, None, None],
        [None, "政府性基金拨款：118.82", None, None, "项目支出：1025.20", None, None, None],
        [None, "纳入专户管理的非税收入拨款：", None, None, None, None, None, None],
        [None, "其他资金：585.62", None, None, None, None, None, None],
        ["年度总体目标", "预期目标", None, None, "实际完成情况", None, None, None],
        [None, GUANTANG_GOAL, None, None, None, None, None, None],
    ]
    t2[0] = ["预算部门、单位名称", "衡山县贯塘乡人民政府", None, None, None, None, None, None]
    merges = [(0, 1, 0, 7), (1, 0, 7, 0)]
    for r in range(3, 8):
        merges += [(r, 1, r, 3), (r, 4, r, 7)]
    merges += [(8, 0, 9, 0), (8, 1, 8, 3), (8, 4, 8, 7), (9, 1, 9, 3), (9, 4, 9, 7)]
    write_docx_table(doc, t2, merges)
    save_docx(doc, path)


GUANTANG_GOLD = {
    "province": "湖南", "doc_kind": "部门整体自评表", "patterns": [5, 7, 9],
    "indicators": [],
    "goals": [goal("年度目标", GUANTANG_GOAL)],
    "facts": [budget("年度资金总额", 2030.12, 2030.12, 100.0),
              {"metric": "控制率", "kind": "completion", "planned": 46, "actual": 50, "stated_rate": 108.70,
               "unit": "人"},
              sum_fact("按收入性质分", 2030.12, [1325.68, 118.82, 585.62]),
              sum_fact("按支出性质分", 1925.67, [900.47, 1025.20])],
    "findings": [
        finding("goal.process_only", GUANTANG_GOAL[:15], "supervision and service work only: no output or effect"),
        finding("coverage.missing_dimension", "产出指标", "the form as built stops before its indicator table"),
        finding("coverage.missing_dimension", "效益指标", "the form as built stops before its indicator table"),
        finding("coverage.missing_dimension", "满意度指标", "the form as built stops before its indicator table"),
    ],
    "notes": ("Township final-accounts annex: the 基础数据表 (staff 50 of 46 posts, 控制率 108.70% = 50/46, right; "
              "three-year money columns, template rows '1、业务工作经费', '……', '3、省级专项资金（每个专项一行）' left "
              "empty as published; the 其中 rows of 公用经费 list only part of it, so they are no sum) and the "
              "department-wide self-evaluation form. Its money block sets the income split (1325.68 + 118.82 + "
              "585.62 = 2030.12) beside the expenditure split (900.47 + 1025.20 = 1925.67); each adds up, but the "
              "expenditure total 1925.67 is not the 年度资金总额 2030.12 — noted, not expected as a finding (the "
              "split states its own total). The stored page stops inside the 预期目标 cell ('…服务市场主体和营造发展'); "
              "the clause before the cut is kept, the 实际完成情况 cell is empty and no indicator row follows: "
              "all three dimensions are missing."),
}


# ===============================================================================================================
DOCUMENTS = [
    # (file, writer, gold, source urls)
    ("hn-nanyue-school-dept-targets.docx", make_nanyue, NANYUE_GOLD, [NANYUE_URL]),
    ("sc-chaotian-fitness-selfeval.xlsx", make_chaotian, CHAOTIAN_GOLD, [CHAOTIAN_URL]),
    ("ah-chuzhou-sanzhiyifu-selfeval.xlsx", make_chuzhou, CHUZHOU_GOLD, [CHUZHOU_URL]),
    ("zj-ouhai-drainage-bond-report.docx", make_ouhai, OUHAI_GOLD, [OUHAI_URL]),
    ("sc-luxian-culture-dept-targets.docx", make_luxian, LUXIAN_GOLD, [LUXIAN_URL]),
    ("sc-yilong-road-eval-report.docx", make_yilong, YILONG_GOLD, [YILONG_URL]),
    ("hb-huangshi-sponge-selfeval.xlsx", make_huangshi, HUANGSHI_GOLD, [HUANGSHI_URL]),
    ("hn-hengshan-guantang-dept-selfeval.docx", make_guantang, GUANTANG_GOLD, [GUANTANG_URL]),
]


def gold_for(source, gold, urls):
    out = {"source": source, "source_urls": urls}
    out.update({k: gold[k] for k in ("province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings",
                                     "notes")})
    return out


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv=None) -> int:
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
        print(f"{', '.join(made)}: {len(gold['indicators'])} indicators, {len(gold['findings'])} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
