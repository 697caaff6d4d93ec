#!/usr/bin/env python3
"""Build blind part 45 of the real-layout corpus.

Written from scratch by a code-blind annotator.  Every document reproduces one stored
public page (see SOURCES.md); the gold for each document is written by hand in DOCS
below, before anything else looked at the files.

Usage:  python make_blind45_layouts.py [--no-pdf]

Deterministic: core-property timestamps are pinned and every zip entry gets a fixed
date, so the XLSX/DOCX bytes are identical between runs.  The PDF files are exported
with LibreOffice (skipped with --no-pdf).
"""
import copy
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime(2025, 1, 1, 0, 0, 0)
FIXED_ISO = "2025-01-01T00:00:00Z"
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- helpers
def ind(level1, level2, name, operator, value, unit, target_text, actual=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed entry dates and pinned core-property times."""
    with open(path, "rb") as fh:
        data = fh.read()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        body = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            text = body.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                          r"\g<1>" + FIXED_ISO + r"\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          r"\g<1>" + FIXED_ISO + r"\g<2>", text)
            text = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)",
                          r"\g<1>" + FIXED_ISO + r"\g<2>", text)
            body = text.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        dst.writestr(zi, body)
    dst.close()
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xlsx_form(path, title_rows, rows, merges, widths, heights=None):
    """rows: list of lists (None = empty); merges: list of 'A1:B2' ranges (1-based sheet rows
    count title rows first)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    allrows = title_rows + rows
    ncol = max(len(r) for r in allrows)
    for r_i, row in enumerate(allrows, start=1):
        for c_i in range(1, ncol + 1):
            val = row[c_i - 1] if c_i - 1 < len(row) else None
            cell = ws.cell(row=r_i, column=c_i, value=val)
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r_i <= len(title_rows) else "left")
            cell.font = Font(name="宋体", size=14 if r_i == 1 else 10, bold=(r_i == 1))
            if r_i > len(title_rows):
                cell.border = BOX
    for rng in merges:
        ws.merge_cells(rng)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for r_i in range(1, len(allrows) + 1):
        h = (heights or {}).get(r_i)
        if h:
            ws.row_dimensions[r_i].height = h
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.properties.creator = "blind45"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalise_zip(path)


def set_cell_border(cell):
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tc_pr.append(borders)


def docx_report(path, blocks):
    """blocks: ("title", text) | ("h", text) | ("p", text) | ("table", rows, merges)."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(blk[1])
            run.bold = True
            run.font.size = Pt(15)
        elif kind == "h":
            p = doc.add_paragraph()
            run = p.add_run(blk[1])
            run.bold = True
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "table":
            rows, merges = blk[1], blk[2]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            for r_i, row in enumerate(rows):
                for c_i in range(ncol):
                    cell = t.cell(r_i, c_i)
                    val = row[c_i] if c_i < len(row) else None
                    cell.text = "" if val is None else str(val)
                    set_cell_border(cell)
            for (r1, c1, r2, c2) in merges:
                a = t.cell(r1, c1)
                b = t.cell(r2, c2)
                keep = a.text
                m = a.merge(b)
                m.text = keep
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = "blind45"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    doc.save(path)
    normalise_zip(path)


def export_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- DOCS
DOCS = []

# 1 ---------------------------------------------------------------------------
U1 = "https://ah.zhiliaobiaoxun.com/article/88988353"
T1 = [["中央补助地方国家电影事业发展专项资金转移支付区域（项目）绩效自评表"] + [None] * 8,
      ["（ 2025 年度）"] + [None] * 8]
R1 = [
    # row 3
    ["转移支付（项目）名称", "2025年国家电影事业发展专项资金补助地方资金", None, None, None, None, None, None, None],
    ["省级主管部门", "中共安徽省委宣传部", None, None, None, None, None, None, None],
    ["地方主管部门", "中共黄山市徽州区委宣传部", None, None, "资金使用单位", None, "黄山市徽州区腾逸电影放映有限公司", None, None],
    # row 6
    ["资金投入情况\n（万元）", None, "全年预算数（ A ）", "全年执行数（ B ）", "分值", "预算执行率\n（ B/A×100%）", "得分", None, None],
    [None, "年度资金总额：", 4, 4, 10, "100%", 10, None, None],
    [None, "其中：中央财政资金", 4, 4, "——", None, None, None, None],
    [None, "地方财政资金", None, None, "——", None, None, None, None],
    [None, "其他资金", None, None, "——", None, None, None, None],
    # row 11
    ["资金管理情况", None, "情况说明", None, None, "分值", "得分", "存在问题和改进措施", None],
    [None, "分配科学性", "全区共1家影院，资金全部拨付至该影院", None, None, 6, 6, None, None],
    [None, "下达及时性", "资金已拨付至影院", None, None, 6, 6, None, None],
    [None, "拨付合规性", "按规定拨付", None, None, 6, 6, None, None],
    [None, "使用规范性", "按规定使用", None, None, 6, 6, None, None],
    [None, "执行准确性", "按要求执行", None, None, 5, 5, None, None],
    [None, "预算绩效管理情况", "按要求管理", None, None, 5, 5, None, None],
    [None, "支出责任履行情况", "按要求履行责任", None, None, 6, 6, None, None],
    # row 19
    ["总体目标完成情况", "年初设定目标", None, None, None, "全年实际完成情况", None, None, None],
    [None, "围绕影院放映设备的升级与日常维护、公益放映的保障开展工作，把服务质量和效率再提一步，为本地文化事业出力。",
     None, None, None,
     "2025年影院维护放映设备5套，放映质量得到改善，群众满意度上升；全年接待观众4.4万人次，营业收入超过188万元。",
     None, None, None],
    # row 21
    ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分", "未完成原因和改进措施"],
    [None, "产\n出\n指\n标", "数量指标", "维护电影放映设备数量", "≥5套", "5套", 20, 20, None],
    [None, None, "质量指标", "提升放映质量", "明显", "明显", 10, 10, None],
    [None, "效\n益\n指\n标", "经济效益\n指标", "全年影院观影人数", "≥4万人次", "4.4万人次", 5, 5, None],
    [None, None, None, "影院营业收入", "≥150万元", "188.6万元", 5, 5, None],
    [None, None, "社会效益\n指标", "满", None, None, None, None, None],
]
M1 = ["A1:I1", "A2:I2", "B3:I3", "B4:I4", "B5:D5", "E5:F5", "G5:I5",
      "A6:A10", "G6:I6", "G7:I7", "E8:I8", "E9:I9", "E10:I10",
      "A11:B11", "C11:E11", "H11:I11",
      "A12:A18", "C12:E12", "C13:E13", "C14:E14", "C15:E15", "C16:E16", "C17:E17", "C18:E18",
      "H12:I12", "H13:I13", "H14:I14", "H15:I15", "H16:I16", "H17:I17", "H18:I18",
      "A19:A20", "B19:E19", "F19:I19", "B20:E20", "F20:I20",
      "A21:A26", "B22:B23", "B24:B26", "C24:C25"]
# A11:B11 overlaps A12:A18? no: A11:B11 is one row; A12:A18 separate label block.
# keep the page's label in A11 only
M1.remove("A11:B11")
M1.remove("A12:A18")
M1.append("A11:A18")

DOCS.append({
    "file": "ah-huizhou-film-selfeval.xlsx",
    "build": ("xlsx", T1, R1, M1, [14, 16, 12, 20, 12, 14, 8, 8, 16],
              {1: 26, 20: 60, 22: 48, 24: 48, 26: 36}),
    "gold": {
        "source_urls": [U1],
        "province": "安徽",
        "doc_kind": "自评表",
        "patterns": [1, 2, 5, 9, 10],
        "indicators": [
            ind("产出指标", "数量指标", "维护电影放映设备数量", ">=", 5, "套", "≥5套", 5, 20, 20),
            ind("产出指标", "质量指标", "提升放映质量", None, None, None, "明显", None, 10, 10),
            ind("效益指标", "经济效益指标", "全年影院观影人数", ">=", 4, "万人次", "≥4万人次", 4.4, 5, 5),
            ind("效益指标", "经济效益指标", "影院营业收入", ">=", 150, "万元", "≥150万元", 188.6, 5, 5),
            ind("效益指标", "社会效益指标", "满", None, None, None, None, None, None, None),
        ],
        "goals": [
            {"kind": "总体目标",
             "text": "围绕影院放映设备的升级与日常维护、公益放映的保障开展工作，把服务质量和效率再提一步，为本地文化事业出力。"},
        ],
        "facts": [
            {"metric": "年度资金总额", "kind": "budget", "planned": 4, "actual": 4,
             "stated_rate": 100, "unit": "万元"},
            {"metric": "中央财政资金", "kind": "budget", "planned": 4, "actual": 4,
             "stated_rate": None, "unit": "万元"},
            {"metric": "年度资金总额", "kind": "sum", "total": 4, "parts": [4], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "提升放映质量",
             "why": "target and result are both '明显' with no grading scale or measure"},
            {"rule": "target.vague_wording", "item": "提升放映质量",
             "why": "提升 with no number or baseline"},
            {"rule": "target.missing_value", "item": "满",
             "why": "the stored page stops after the first character of the 社会效益 row: a name fragment with no target value"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the form as it stands ends in its 社会效益 row; no 满意度 indicator"},
            {"rule": "goal.unquantified", "item": "围绕影院放映设备的升级与日常维护",
             "why": "the 年初设定目标 names no number (the 5套 / 4万人次 targets live only in the indicator rows)"},
        ],
        "notes": "黄山 徽州区 2025 中央补助地方国家电影事业发展专项资金 转移支付区域（项目）绩效自评表 (资金使用单位 a cinema company, 4万元 central money). Aggregator copy on a tender-notice site; its heading lines (项目名称/招标公司/项目地区, posting date) are not part of the form and are left out. The stored page stops after '社会效益指标 满': the file ends with that row, its 三级指标 cell holding only '满' (kept as an indicator fragment, no value). 4/4 = 100% (right); the 10 执行率 points plus the seven 资金管理 rows (40 points, all full) are not indicators and no 总分 is reached, so no score_total fact. Goal and result sentences are in our own words with the same numbers; the result cell says 营业收入超过188万元 and the row says 188.6万元 (consistent). 影院营业收入 ≥150万元 against 188.6万元 is not flagged (too_low is outside this part's rule list). Vertical labels 产/出/指/标 kept with line breaks."
    },
})

# 2 ---------------------------------------------------------------------------
U2 = "https://keke.chddh.cn/archives/mwb3kn269m4bw26rqxdp.html"
B2 = [
    ("title", "2021 乡镇（公社）老放映员省级补助资金"),
    ("h", "一、项目基本情况"),
    ("h", "（一）基本信息"),
    ("p", "项目基本内容：对年满 60 周岁的 32 名老电影放映员，按放映年限给予补助，标准为每年工龄 10 元、按月计发（10 元×工龄×12 个月），向符合条件的老放映员发放生活补助。"),
    ("p", "项目负责人：都文芳    联系人：贾双玲    联系电话：（略）"),
    ("p", "项目存在的主要问题：老放映员生活补助的标准还可以适当提高。"),
    ("h", "（二）预算资金情况"),
    ("p", "项目总预算金额：9.31 万元；"),
    ("p", "项目当年预算金额：9.31 万元；"),
    ("h", "二、评价结论和绩效分析"),
    ("h", "（一）评价结果"),
    ("p", "评价得分：99.56    绩效等级：优秀"),
    ("p", "1"),
    ("h", "（二）主要绩效及分析"),
    ("p", "项目主要经验总结：按时、足额发放是保障老放映员生活最直接的办法。"),
    ("p", "已完成指标："),
    ("table", [["指标名称", "实际值"],
               ["享受补贴的老放映员数量", "100.00%"],
               ["补贴发放时间", "100%"],
               ["补助标准", "100.00%"],
               ["提高老放映员收入", "100%"],
               ["老放映员满意度", "100.00%"],
               ["应补尽补率（%）", "100.00%"]], []),
    ("p", "未完成指标"),
    ("table", [["指标名称", "实际值", "偏差率"],
               ["改善老放映员生活质量", "98%", "2%"],
               ["维护老放映员群体稳定", "98%", "2%"]], []),
    ("h", "三、存在问题和改进措施建议"),
    ("h", "（一）改进措施和建议"),
    ("p", "3.2.1. 对项目决策的建议：补助金额可随生活水平上升适当调高。"),
    ("p", "3.2.2. 对预算安排与执行的建议：预算最好一次安排拨付到位。"),
    ("p", "3.2.3. 对资金管理的建议：由实施单位验收后再按合同拨付资金。"),
    ("p", "3.2.4. 对项目管理的建议：加强项目实施过程中的监管。"),
    ("p", "2"),
    ("p", "3.2.5. 其它：无"),
    ("p", "3.2.6. 备注：无"),
    ("p", "3"),
]
DOCS.append({
    "file": "sx-projectionist-subsidy-selfreport.docx",
    "build": ("docx", B2),
    "gold": {
        "source_urls": [U2],
        "province": "山西",
        "doc_kind": "自评报告",
        "patterns": [5, 6, 8, 10],
        "indicators": [
            ind(None, None, "享受补贴的老放映员数量", None, None, None, None, 100),
            ind(None, None, "补贴发放时间", None, None, None, None, 100),
            ind(None, None, "补助标准", None, None, None, None, 100),
            ind(None, None, "提高老放映员收入", None, None, None, None, 100),
            ind(None, None, "老放映员满意度", None, None, None, None, 100),
            ind(None, None, "应补尽补率（%）", None, None, None, None, 100),
            ind(None, None, "改善老放映员生活质量", None, None, None, None, 98),
            ind(None, None, "维护老放映员群体稳定", None, None, None, None, 98),
        ],
        "goals": [],
        "facts": [
            {"metric": "项目总预算金额", "kind": "budget", "planned": 9.31, "actual": None,
             "stated_rate": None, "unit": "万元"},
            {"metric": "评价得分", "kind": "grade", "score": 99.56, "grade": "优秀"},
        ],
        "findings": [
            {"rule": "target.unit_mismatch", "item": "享受补贴的老放映员数量",
             "why": "a count (数量, 32 people per the report) reported as 100.00%"},
            {"rule": "target.time_no_deadline", "item": "补贴发放时间",
             "why": "a time indicator given as 100% with no date or deadline"},
            {"rule": "consistency.deviation_reason_missing", "item": "改善老放映员生活质量",
             "why": "listed as 未完成 (98%, 偏差率 2%) with no reason for the shortfall"},
            {"rule": "consistency.deviation_reason_missing", "item": "维护老放映员群体稳定",
             "why": "listed as 未完成 (98%, 偏差率 2%) with no reason for the shortfall"},
        ],
        "notes": "2021 乡镇（公社）老放映员省级补助资金 自评报告 (a 3-page PDF on a document mirror; the stored page holds it whole, page numbers 1/2/3 kept as lines where the page has them). The page names no county: the province 山西 is our inference (the mirror's other stored forms are 稷山县 ones and the contact number is a 山西 mobile block), so treat it as uncertain; the phone number is left out. The report gives results only (指标名称 | 实际值, and for 未完成 rows 偏差率): no target column, no levels, so indicators have level1/level2/value/target_text null and actual as written; no missing_value finding is raised for a results-only table (judgement call). In the flattened source the first result table reads '补贴发放时间 补助标准 100% 100.00%': we give 100% to 补贴发放时间 and 100.00% to 补助标准 (order as written; both are 100 anyway). 99.56 → 优秀 agrees with the 10号 bands (no grade finding). 32 people × 10元 × 工龄 × 12 cannot be checked against 9.31万元 (工龄 unknown). The 三 section's numbering jumps from （一） to 3.2.1 as on the page. Sentences in our own words."
    },
})

# 3 ---------------------------------------------------------------------------
U3 = "https://wap.qianlima.com/zb/detail/20230815_368034370.html"
B3 = [
    ("title", "2022年度校园维修改造与设备购置项目自评结果"),
    ("p", "项目单位（盖章）：****"),
    ("p", "主要领导签字："),
    ("h", "一、自评结论"),
    ("p", "（一）自评得分99分"),
    ("p", "（二）绩效目标完成情况"),
    ("p", "1.执行率情况。"),
    ("p", "年初预算300万元，实际预算300万元，全年执行300万元，执行率100%，自评分20分。"),
    ("p", "2.完成的绩效目标。"),
    ("p", "A产出指标（自评分19分）"),
    ("p", "（1）数量指标："),
    ("p", "2022年校园维修改造与设备购置资金300万，年初目标值300万，实际完成值300万。"),
    ("p", "（2）时效指标"),
    ("p", "项目完成及时率，年初目标值100%，实际完成值100%。"),
    ("p", "（3）质量指标"),
    ("p", "项目完成验收合格率，年初目标值100%，实际完成值100%。"),
    ("p", "（4）成本指标"),
    ("p", "项目成本控制率，年初目标值100%，实际完成值100%。项目成本未超出预算。"),
    ("p", "B效益指标"),
    ("p", "经济效益"),
    ("p", "年初目标值提高教育质量与上年相比显著提高，实际完成值显著提高。"),
    ("p", "（2）社会效益"),
    ("p", "年初目标值保障地方教育事业发展显著提高，实际完成值显著提高。"),
    ("p", "C满意度指标"),
    ("p", "学生对校园维修改造及设备购置项目实施的满意度，年初目标值≥95%，实际完成值95.08%。"),
    ("p", "教师对校园维修改造及设备购置项目实施的满意度，年初目标值≥95%，实际完成值95.35%。"),
    ("p", "家长对校园维修改造及设备购置项目实施的满意度，年初目标值≥95%，实际完成值94.60%，扣1分。"),
    ("p", "3.未完成的绩效目标（无）"),
    ("p", "（三）存在的问题和原因"),
    ("p", "今年的主要问题是经费支出进度前松后紧，大部分在下半年支付；原因是询价采购和施工进度拖后，要等验收完成才能付款。"),
    ("p", "（四）下一步拟改进措施"),
    ("p", "1.下一步拟改进措施，包括项目整改和绩效目标调整完善等相关内容。"),
    ("p", "无"),
    ("p", "2.拟与预算安排相结合情况。"),
    ("p", "附件：2022年度校园维修改造及设备购置项目自评表（附后）"),
    ("h", "二、佐证材料"),
    ("p", "（一）基本情况"),
    ("p", "1.简要概述项目立项目的和年度绩效目标。"),
    ("p", "校园维修改造及设备购置项目2022年"),
]
S3 = "校园维修改造及设备购置项目实施的满意度"
DOCS.append({
    "file": "na-campus-repair-selfresult.docx",
    "build": ("docx", B3),
    "gold": {
        "source_urls": [U3],
        "province": None,
        "doc_kind": "自评报告",
        "patterns": [8, 10],
        "indicators": [
            ind("产出指标", "数量指标", "2022年校园维修改造与设备购置资金", None, 300, "万", "300万", 300),
            ind("产出指标", "时效指标", "项目完成及时率", None, 100, "%", "100%", 100),
            ind("产出指标", "质量指标", "项目完成验收合格率", None, 100, "%", "100%", 100),
            ind("产出指标", "成本指标", "项目成本控制率", None, 100, "%", "100%", 100),
            ind("效益指标", "经济效益指标", None, None, None, None, "提高教育质量与上年相比显著提高", None),
            ind("效益指标", "社会效益指标", None, None, None, None, "保障地方教育事业发展显著提高", None),
            ind("满意度指标", "服务对象满意度指标", "学生对" + S3, ">=", 95, "%", "≥95%", 95.08),
            ind("满意度指标", "服务对象满意度指标", "教师对" + S3, ">=", 95, "%", "≥95%", 95.35),
            ind("满意度指标", "服务对象满意度指标", "家长对" + S3, ">=", 95, "%", "≥95%", 94.60),
        ],
        "goals": [],
        "facts": [
            {"metric": "预算执行", "kind": "budget", "planned": 300, "actual": 300,
             "stated_rate": 100, "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.missing_unit", "item": "2022年校园维修改造与设备购置资金",
             "why": "amount written as 300万 with no 元 (non-standard unit)"},
            {"rule": "target.missing_name", "item": "经济效益",
             "why": "the 经济效益 line gives only a target sentence, no 三级 indicator name"},
            {"rule": "target.qualitative_no_scale", "item": "经济效益",
             "why": "target '与上年相比显著提高' and result '显著提高' with no measure or scale"},
            {"rule": "target.vague_wording", "item": "经济效益",
             "why": "提高/显著 with no number or baseline"},
            {"rule": "target.missing_name", "item": "社会效益",
             "why": "the 社会效益 line gives only a target sentence, no 三级 indicator name"},
            {"rule": "target.qualitative_no_scale", "item": "社会效益",
             "why": "target '保障地方教育事业发展显著提高' and result '显著提高' with no measure or scale"},
            {"rule": "target.vague_wording", "item": "社会效益",
             "why": "显著提高 with no number or baseline"},
            {"rule": "consistency.deviation_reason_missing", "item": "家长对" + S3,
             "why": "94.60% against ≥95% (1 point deducted) while 未完成的绩效目标 says 无 and no reason is given"},
        ],
        "notes": "2022年度 校园维修改造与设备购置 项目自评结果 (a school project, 300万元), copied on a tender-notice site that masks the unit name as **** (kept); the page names no county or province (the 一、自评结论 … 二、佐证材料 outline is the 云南 自评结果 template, but that is not proof, so province is null). The stored page stops in 二、（一）1. after '校园维修改造及设备购置项目2022年' (the attached 自评表 is not reached); the document stops there. Indicators are labelled prose (年初目标值 / 实际完成值). The 数量 line measures the money itself (an input); input_or_process is outside this part's rule list, so only the bare unit 万 is flagged (judgement). The two 效益 lines have no indicator name: name null, the sentence kept as target_text. Scores: 自评得分 99; 执行率 20分 and 产出 19分 are stated, other block scores are not, and all four 产出 rows are reported as met although 产出 got 19 — not flagged, no score_total fact (the maxima are not given). 300/300 = 100% (right). The (三) sentence is in our own words."
    },
})

# 4 ---------------------------------------------------------------------------
U4 = "https://m.wenke99.com/p-2972078.html"
B4 = [
    ("title", "设备购置项目绩效自评报告"),
    ("h", "一、项目概况"),
    ("p", "项目“设备购置项目”是根据区委区政府政府的批示制定，作为财政支出项目绩效评价考核项目列入 2017 年度教育部门专项支出预算项目。本项目 2017 年度预算“一上”申报数 1000 万元，“二下”批复数 1000 万元，当年实际到位 1000 万元，支出 989.935 万元。实施单位按财经法规、财务制度和专项资金管理办法专款专用，为全区 69 所学校购置了教学设备，保障了正常教学，办学条件得到改善。"),
    ("h", "二、项目绩效自评结论"),
    ("p", "（1）项目绩效自评得分及等级"),
    ("p", "项目绩效自评得分 74.05 分，等级为合格。"),
    ("p", "（2）项目初期绩效目标实现情况分析"),
    ("p", "本项目期初设置绩效目标 4 个，实际完成 2 个，具体情况如下："),
    ("p", "1、投入-时效目标-绩效目标完成率-100%，实际完成98.99%，未完成目标的原因是预算执行率未完成预计目标。"),
    ("p", "2、投入-成本目标-预算执行情况-投入 1000 万元，实际完成 989.935 万元，未完成目标的原因是截止项目完成时，实际项目开支额为 989.935 万元。"),
    ("p", "3、产出-数量目标-学校修缮项目完成数量-69 所学校，实际完成 69 所。"),
    ("p", "4、效益-社会效益目标-改善办学条件，实际 2017 年通过购置教学设备改善了 69 所学校的办学条件"),
    ("p", "（3）项目实施过程中存在的问题和改进建议"),
    ("p", "1、存在的问题"),
    ("p", "（1）资金大多在第一、第四季度支出，支出进度不均衡。"),
    ("p", "（2）编 2017 年预算时对实际用款估计不准，预算编报的准确程度需要提高。"),
    ("p", "2、改进建议"),
    ("p", "（1）简化审批、加强流程管理，使支出及时有序。"),
    ("p", "（2）编下一年预算时合理测算本年度项目金额，提高预算编报准确率。"),
]
DOCS.append({
    "file": "na-district-equipment-selfreport.docx",
    "build": ("docx", B4),
    "gold": {
        "source_urls": [U4],
        "province": None,
        "doc_kind": "自评报告",
        "patterns": [6, 10],
        "indicators": [
            ind(None, "时效指标", "绩效目标完成率", None, 100, "%", "100%", 98.99),
            ind(None, "成本指标", "预算执行情况", None, 1000, "万元", "投入 1000 万元", 989.935),
            ind("产出指标", "数量指标", "学校修缮项目完成数量", None, 69, "所", "69 所学校", 69),
            ind("效益指标", "社会效益指标", "改善办学条件", None, None, None, None, None),
        ],
        "goals": [],
        "facts": [
            {"metric": "预算执行", "kind": "budget", "planned": 1000, "actual": 989.935,
             "stated_rate": 98.99, "unit": "万元"},
            {"metric": "项目绩效自评得分", "kind": "grade", "score": 74.05, "grade": "合格"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "改善办学条件",
             "why": "the 社会效益 target is a phrase with no value"},
            {"rule": "target.vague_wording", "item": "改善办学条件",
             "why": "改善 with no number or baseline"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the report's four targets include no 满意度 target"},
        ],
        "notes": "A district (区) education department's 2017 设备购置项目 自评报告 on a document mirror; the page names no district, city or province (province null). The page holds the whole short report; the duplicated word 区委区政府政府 is kept. The four targets are labelled prose '一级-二级-指标-值'; the document's 一级 '投入' is not a canonical dimension, so those two rows have level1 null (judgement), level2 from the text (时效/成本). 989.935/1000 = 98.99% (right, written as the 绩效目标完成率 actual). 74.05 with grade '合格': the report uses a 合格 scale, not 优/良/中/差; under 10号 bands 74.05 would be 中 — not flagged as consistency.grade because the report's own scale is a different one (judgement). The two unmet targets carry reasons (no deviation finding). 学校修缮项目完成数量 under an equipment project is a mismatch of wording, no rule. The 项目概况 and (3) sentences are in our own words with the same numbers."
    },
})

# 5 ---------------------------------------------------------------------------
U5 = "http://nyncj.ahsz.gov.cn/tzgg/191254001.html"
B5 = [
    ("title", "宿州市2020年新型职业农民培训民生工程绩效自评报告"),
    ("p", "发布日期：2020-12-25"),
    ("p", "依照《安徽省农业农村厅安徽省财政厅关于印发2020年新型职业农民培训民生工程绩效评价指标体系的通知》（皖农科函〔2020〕1201号）和《安徽省2020年新型职业农民培训实施方案》等文件，全市各级农业部门开展了自查自评，收集整理了相关文件、资料和数据，现将自评情况报告如下："),
    ("h", "一、年度项目实施情况"),
    ("p", "1.项目任务。2020年省下达我市新型职业农民培训任务1850人，其中培训新型农业经营主体带头人900人，返乡入乡创新创业者50人，产业扶贫带头人400人，专业生产型200人，技能服务型300人"),
    ("p", "2.经费投入。2020年项目总投入资金为547.5万元，其中埇桥区70万元，砀山县85万元，萧县152.5万元，灵璧县105万元，泗县135万元，已按省实施方案全部及时拨付到位。"),
    ("p", "3.实施范围。项目由县、区农业和财政部门共同组织，经认定的培训机构承担具体培训，主要培训生产经营型、专业技能型和专业服务型职业农民；培训与脱贫攻坚结合，贫困村中符合遴选条件的人员优先列为培训对象。"),
    ("p", "4.培训机构。经过遴选，全市共遴选11家培训机构，其中砀山3家、埇桥区1家、萧县3家、灵璧2家、泗县2家。"),
    ("p", "5.任务完成。截止目前，我市已完成培训人数1850人，完成全年任务数的100%。"),
    ("p", "6.主要成效。通过培训，学员接触了现代农业的新理念、先进的生产技术和设施，对自家农业生产有了帮助，为全市培养有文化、懂技术、会经营的职业农民队伍提供了人才支撑，取得了良好社会效"),
]
DOCS.append({
    "file": "ah-suzhou-farmer-training-selfreport.docx",
    "build": ("docx", B5),
    "gold": {
        "source_urls": [U5],
        "province": "安徽",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "培训任务", "kind": "sum", "total": 1850, "parts": [900, 50, 400, 200, 300], "unit": "人"},
            {"metric": "项目总投入资金", "kind": "sum", "total": 547.5, "parts": [70, 85, 152.5, 105, 135], "unit": "万元"},
            {"metric": "培训机构", "kind": "sum", "total": 11, "parts": [3, 1, 3, 2, 2], "unit": "家"},
            {"metric": "培训任务完成", "kind": "completion", "planned": 1850, "actual": 1850,
             "stated_rate": 100, "unit": "人"},
        ],
        "findings": [],
        "notes": "宿州市农业农村局 2020 新型职业农民培训民生工程 自评报告 (prose). The stored page stops inside item 6 ('取得了良好社会效'), before the scored 绩效评价指标 part; the document stops there too. All three stated totals add up (900+50+400+200+300 = 1850; 70+85+152.5+105+135 = 547.5; 3+1+3+2+2 = 11) and 1850/1850 = 100% — no finding. No indicator (the numbered items are a narrative of tasks, funds and results) and no stated goal (the 1850人 task is kept as a completion fact). Prose report: no coverage finding. Sentences in our own words with the same numbers; item 1 keeps the page's missing full stop."
    },
})

# 6 ---------------------------------------------------------------------------
U6 = ("http://wuhan.baogaosu.com/xinwen/%E6%AE%8B%E7%96%BE%E4%BA%BA%E8%BE%85%E5%8A%A9%E5%99%A8%E5%85%B7"
      "%E9%80%82%E9%85%8D%E6%9C%8D%E5%8A%A1%E7%BB%8F%E8%B4%B9%E7%BB%A9%E6%95%88/80532044/")
B6 = [
    ("title", "湖北省2018年残疾人辅助器具适配服务经费绩效自评报告"),
    ("p", "依据《预算法》、财政部《财政支出绩效评价管理暂行办法》（财预[2011]285号）、湖北省财政厅《湖北省省级财政项目资金绩效评价实施暂行办法》（鄂财绩发[2012]5号）和《省财政厅关于开展2018年度省级财政支出绩效自评工作的通知》（鄂财函[2019]118号），湖北省残疾人联合会（以下简称“省残联”）组建绩效自评工作专班，对湖北省残疾人辅助器具适配服务经费开展自评；我公司受托参加专班，协助完成这项自评。"),
    ("h", "一、项目基本情况"),
    ("h", "（一）项目立项目的和年度绩效目标情况"),
    ("p", "1.项目提出的理由"),
    ("p", "辅助器具是帮助残疾人补偿和改善功能、提高生活质量、更多参与社会生活的最基本也最有效的手段。适配服务可以减少残疾人居家环境中的障碍，推进全省无障碍建设，减轻家庭负担，提高残疾人的自理能力、幸福感、满意度和自信心，帮助他们实现自身价值，也有利于社会和谐稳定。"),
    ("p", "2.项目的提出过程"),
    ("p", "为落实党的十九大“大力发展残疾人事业，加强残疾康复服务”的要求、《国务院关于加快推进残疾人小康进程的意见》（国发[2015]7号）和全省残联系统“十三五”规划，省残联辅助器具资源中心（以下简称“省辅具中心”）具体组织实施了残疾人辅助器具适配服务项目。"),
    ("p", "3.项目绩效目标"),
    ("p", "（1）项目总目标"),
    ("p", "省辅具中心结合湖北省残疾人现状和本省实际，为项目定下的总目标如下："),
    ("p", "为全省辅具服务机构提供适配服务指导，培养专业人员"),
]
DOCS.append({
    "file": "hb-assistive-device-selfreport.docx",
    "build": ("docx", B6),
    "gold": {
        "source_urls": [U6],
        "province": "湖北",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": "为全省辅具服务机构提供适配服务指导，培养专业人员"},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": "为全省辅具服务机构提供适配服务指导",
             "why": "the 总目标 as it stands names no number of institutions, people or services"},
        ],
        "notes": "湖北省残联 2018 残疾人辅助器具适配服务经费 绩效自评报告, written with a consulting firm (news-mirror copy dated 02.01.2020). Prose only. The stored page stops inside 一、（一）3.（1）项目总目标, after '培养专业人员' (the sentence is cut, no full stop); the document stops there. The cut goal is kept as written (short) and judged as it stands (judgement: the full goal may carry numbers later). No amount, indicator or rate is reached, so no facts. Background sentences in our own words. Prose report: no coverage finding."
    },
})


# ---------------------------------------------------------------- build
def build_one(spec, make_pdf):
    path = os.path.join(HERE, spec["file"])
    b = spec["build"]
    if b[0] == "xlsx":
        _, title_rows, rows, merges, widths, heights = b
        xlsx_form(path, title_rows, rows, merges, widths, heights)
    else:
        docx_report(path, b[1])
    outputs = [spec["file"]]
    if make_pdf:
        export_pdf(path)
        outputs.append(os.path.splitext(spec["file"])[0] + ".pdf")
    return outputs


def write_gold(spec, name):
    gold = {"source": name}
    gold.update(copy.deepcopy(spec["gold"]))
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    make_pdf = "--no-pdf" not in sys.argv[1:]
    os.makedirs(ANN, exist_ok=True)
    for spec in DOCS:
        outs = build_one(spec, make_pdf)
        write_gold(spec, spec["file"])
        pdf_name = os.path.splitext(spec["file"])[0] + ".pdf"
        # the PDF gold is written even with --no-pdf so the annotation set stays complete
        write_gold(spec, pdf_name)
        print("built", ", ".join(outs))


if __name__ == "__main__":
    main()
