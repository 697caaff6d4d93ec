#!/usr/bin/env python3
"""Make the blind113 part of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document reproduces the layout of one stored
public web page (address in the gold JSON and in SOURCES.md): multi-project performance-evaluation result notices
(专项债券 绩效评价 / 绩效自评 results, 财政重点绩效评价 结果公开). Facts (names, numbers, document numbers, dates)
are kept as written; longer sentences are rephrased in my own words with their numbers kept.

The gold is written first (before any file is made) and the DOCX/XLSX and its PDF get identical gold except
"source".

Run:  /tmp/venv/bin/python make_blind113_layouts.py
Needs python-docx, openpyxl and LibreOffice (soffice) on PATH; pdftotext for the self-check.
"""
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
FIXED_ZIP = (2025, 1, 1, 0, 0, 0)
AUTHOR = "blind113"

# ----------------------------------------------------------------------------------------------------------------
# Texts of the documents (facts as found; longer sentences in my own words)
# ----------------------------------------------------------------------------------------------------------------

# 1. Zhejiang, Hangzhou Xiaoshan, 湘湖旅游度假区管委会: 2024 new special-bond project self-evaluation table
XS_URL = "https://www.xiaoshan.gov.cn/art/2025/6/24/art_1229417721_4365235.html"
XS_META = [("索 引 号", "H123/2025-76727", "成文日期", "2025-06-24"),
           ("发布机构", "湘管委", "主题分类", "政务公开"),
           ("文号", "", "有效性", "")]
XS_TITLE = "2024年度新增地方政府专项债券项目绩效评价情况"
XS_DATELINE = "发布日期:2025-06-24 08:59 访问次数: 信息来源:区湘湖旅游度假区管委会"
XS_PARA = ("本单位2024年度新增地方政府专项债券项目共1个，争取到债券资金2.62亿元。为强化专项债券项目的绩效管理、"
           "提升债券资金的使用效益，依据《浙江省地方政府专项债券项目资金绩效管理办法》(浙财债〔2022〕24号)的规定，"
           "我单位围绕决策、管理、产出和效益四个方面，对2024年新增的地方政府专项债券项目开展了绩效自评，结果如下:")
XS_TABLE_TITLE = "2024年新增地方政府专项债券项目绩效评价表(单位:亿元)"
XS_HEADER = ["序号", "项目名称", "债券性质", "债券规模", "自评分数", "自评等级"]
XS_PROJECT = "城厢街道湖头陈社区城中村改造安置房三期、四期项目"
XS_ROWS = [["", XS_PROJECT, "棚改专项债券", 2.62, 97, ""],
           ["总计", None, "", 2.62, "", ""]]  # None = merged into the cell on its left

# 2. Zhejiang, Wenzhou, 温州市教育基建中心: 2022 special-bond evaluation notice (page copy on a mirror host)
WZ_URL = "https://0188588.com/a2921/art_1335809_59028279.html"
WZ_PARA = ("依照《浙江省财政厅关于开展2022年度地方政府专项债券项目资金绩效评价工作的通知》(浙财债〔2023〕7号)"
           "等文件的要求，现将温州市教育基建中心2022年度专项债券项目资金的绩效评价情况公示如下:")
WZ_TABLE_TITLE = "2022年度地方政府专项债券项目资金绩效评价情况表"
WZ_HEADER = ["序号", "项目单位", "项目名称", "发行金额(亿元)", "评价结果", "备注"]
WZ_ROWS = [["1", "温州市教育基建中心", "温州市第二职业中等专业学校迁建工程", "1.9", "优", ""]]

# 3. Gansu, Tianshui, 天水市财政局: notice publishing 8 project and 2 department-wide evaluation reports (prose)
TS_URL = "http://www.tianshui.gov.cn/czj/info/1111/22852.htm"
TS_PARA = ("为加强财政支出管理、压实支出责任、切实提高财政资金的使用效益，依照《中华人民共和国预算法》五十七条的规定，"
           "我局委托第三方评价机构，于8月25日至10月24日对2021年市级预算执行中的8个项目和2个预算部门分别开展了"
           "项目绩效评价和部门整体支出绩效评价。目前评价工作以全面完成，现将其中的绩效部分在门户网站上公开，"
           "欢迎社会各界监督。")
TS_ATTACH_HEAD = "附件:"
TS_ATTACH = [
    "附件1:2021年构树产业发展及体验服务综合体建设补助资金项目绩效评价报告.pdf",
    "附件2:陆港委2018年—2021年秦州三阳川隧道项目绩效评价报告.pdf",
    "附件3:天水市各县区乡镇2021年乡村公益性补贴绩效评价报告.pdf",
    "附件4:天水市二十里铺大桥及接线工程项目绩效评价报告.pdf",
    "附件5:天水市卫生学校2021年屋面改造及信息化能力提升建设项目绩效评价报告.pdf",
    "附件6:天水市食品检验检测中心2021年食品安全监督抽验经费项目绩效评价报告.pdf",
    "附件7:天水市公安局2021年社会治安防控体系信息化建设项目绩效评价报告.pdf",
    "附件8:2021年度天水日报社整体搬迁项目绩效评价报告.pdf",
    "附件9:2021年度天水市残疾人联合会部门整体支出绩效评价报告.pdf",
    "附件10:天水市公安局交通警察支队部门整体支出绩效评价报告.pdf",
]
TS_SIGN = ["天水市财政局", "2022年12月15日"]

# 4. Hubei, Wuhan Jiangxia, 江夏区财政局: 2023 key evaluation results published (prose)
JX_URL = ("http://www.jiangxia.gov.cn/xxgk_22343/xxgkml_22349/cwgk_22359/xgzdhyj_22429/202501/"
          "t20250122_2523332.shtml")
JX_TITLE = "2023年财政重点绩效评价结果公开"
# the page runs the date line straight into the body text (no break after 财政局); kept as found
JX_PARA = ("发布日期:2024-11-24 09:00 文章来源:财政局为深入落实《中共中央 国务院关于全面实施预算绩效管理的意见》和"
           "《中共武汉市委 武汉市人民政府关于全面推进预算绩效管理的实施意见》的要求，切实推进预算绩效信息公开，"
           "推动预算绩效评价结果与其应用挂钩，2023年度财政支出重点评价围绕经济发展、民生保障、乡村振兴、城市建设等"
           "领域展开，涵盖175个项目支出、1个部门整体支出和1个财政综合运行评价项目支出，涉及金额128.01亿元。"
           "区财政局按规定通过政府采购程序聘请第三方评价机构参与实施。现所有项目均已评价完毕，评价报告予以公开。")
JX_ATTACH = "附件: 《2023年财政重点绩效评价报告》"
JX_SIGN = ["江夏区财政局", "2024年11月24日"]

# ----------------------------------------------------------------------------------------------------------------
# Gold (written before any file is made)
# ----------------------------------------------------------------------------------------------------------------

GOLD = {
    "zhejiang-xiaoshan-bond-selfeval-table.xlsx": {
        "source_urls": [XS_URL],
        "province": "浙江",
        "doc_kind": "专项债券项目绩效自评结果表(公开)",
        "patterns": [7],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "债券规模", "kind": "sum", "total": 2.62, "parts": [2.62], "unit": "亿元"},
        ],
        "findings": [
            {"rule": "consistency.grade", "item": XS_PROJECT,
             "why": "自评分数 97 is given but the 自评等级 cell is empty; 97 falls in the 优 band (≥90), so the grade "
                    "column does not state the grade the score implies."},
        ],
        "notes": (
            "Stored page: the 萧山区 government site, 湘湖旅游度假区管委会 notice of 2025-06-24. The page copy holds the "
            "index block (索引号 H123/2025-76727, 成文日期, 发布机构 湘管委, 主题分类, 文号 and 有效性 empty), the title, "
            "the date line, one paragraph, the table title '(单位:亿元)' and a 6-column table with one project row and a "
            "总计 row, then only the page chrome '扫一扫在手机打开当前页' (left out: web chrome, not document). "
            "Kept as found: the project row has no 序号 and an empty 自评等级; the 总计 row carries only 2.62 under "
            "债券规模 (no score, no grade). Judgement calls: (1) the page's flattened text does not show cell borders; "
            "I read 总计 as spanning 序号+项目名称 (one empty cell, 2.62, two empty cells fits six columns) and merged "
            "A:B on that row. (2) This is a results list, one row per project (pattern 7); the project row is not an "
            "indicator, so indicators is empty. (3) The empty grade is filed under consistency.grade (the stated grade "
            "does not match the score because it is missing); a reviewer could also see it as a missing value. "
            "(4) Fact: 总计 2.62 = the single row 2.62 (adds up), and matches the 2.62亿元 of the paragraph. "
            "No goals or indicators are stated, so no coverage findings."),
    },
    "zhejiang-wenzhou-bond-eval-notice.docx": {
        "source_urls": [WZ_URL],
        "province": "浙江",
        "doc_kind": "专项债券项目资金绩效评价情况公示",
        "patterns": [7],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page: a copy of a 温州 government notice on a mirror host (0188588.com, path art_1335809_59028279 "
            "in the Zhejiang government-site pattern). The copy starts with the body paragraph (no title, no date "
            "line) and stops right after the only table row: 序号 1 │ 温州市教育基建中心 │ 温州市第二职业中等专业学校迁建工程 │ "
            "1.9 │ 优 │ (备注 empty). No signature or date survives; the document stops there as well. "
            "Judgement calls: the table gives a grade (优) but no score, so neither consistency.grade nor a score check "
            "applies; one row and no total, so no sum fact; a results list, not an indicator table, so no indicator "
            "rows and no coverage findings. A checker should report nothing here."),
    },
    "gansu-tianshui-key-eval-notice.docx": {
        "source_urls": [TS_URL],
        "province": "甘肃",
        "doc_kind": "财政重点绩效评价报告公开通知(附件清单)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page: 天水市财政局 notice, signed 2022年12月15日. Prose only: one paragraph (8 projects and 2 "
            "budget departments of 2021 evaluated by a third party from 8月25日 to 10月24日), then '附件:' and ten "
            "attachment file names (附件1–8 project reports, 附件9–10 部门整体支出 reports), then the signature and date. "
            "The page ends there; the reports themselves are PDF attachments not in the copy. Kept as found: the typo "
            "'以全面完成' (for 已全面完成), the '《中华人民共和国预算法》五十七条' wording without 第, the em dash in "
            "'2018年—2021年', the '.pdf' endings of the attachment names. Judgement calls: the counts 8 and 2 match the "
            "attachment list (8 project reports, 2 department reports), but the parts are attachments, not stated "
            "numbers, and no total (10) is written, so I record no sum fact. No goals, indicators, scores or grades "
            "are stated, so no findings."),
    },
    "hubei-jiangxia-key-eval-notice.docx": {
        "source_urls": [JX_URL],
        "province": "湖北",
        "doc_kind": "财政重点绩效评价结果公开通知",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page: 江夏区财政局 (武汉) '2023年财政重点绩效评价结果公开', dated 2024年11月24日. Prose only: the date "
            "line runs straight into the body text on the page ('文章来源:财政局为深入贯彻…'), kept as one paragraph as "
            "found; the body states 175个项目支出, 1个部门整体支出 and 1个财政综合运行评价项目支出, 涉及金额128.01亿元, "
            "third-party evaluators hired by government procurement; then one attachment title 《2023年财政重点绩效评价报告》 "
            "and the signature. The page ends there; the report is an attachment not in the copy. Judgement calls: "
            "the three counts have no stated total, and 128.01亿元 has no stated parts, so no sum fact; no goals, "
            "indicators, scores or grades, so no findings."),
    },
}

PDF_OF = {
    "zhejiang-xiaoshan-bond-selfeval-table.xlsx": "zhejiang-xiaoshan-bond-selfeval-table.pdf",
    "zhejiang-wenzhou-bond-eval-notice.docx": "zhejiang-wenzhou-bond-eval-notice.pdf",
    "gansu-tianshui-key-eval-notice.docx": "gansu-tianshui-key-eval-notice.pdf",
    "hubei-jiangxia-key-eval-notice.docx": "hubei-jiangxia-key-eval-notice.pdf",
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for name, g in GOLD.items():
        for src in (name, PDF_OF[name]):
            rec = {"source": src}
            rec.update(g)
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=2)
                f.write("\n")


# ----------------------------------------------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------------------------------------------

def normalise_zip(path):
    """Rewrite an OOXML zip with fixed member dates and order, so output bytes are deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fix_pdf_dates(path):
    """Replace LibreOffice's creation/modification dates and /ID with fixed same-length values."""
    with open(path, "rb") as f:
        data = f.read()

    def same_len_date(m):
        s = m.group(2)
        head = b"D:20250101000000"
        if len(s) >= len(head):
            s = head + re.sub(rb"[0-9]", b"0", s[len(head):])
        return m.group(1) + s + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", same_len_date, data)
    data = re.sub(rb"<([0-9A-Fa-f]{16,})>", lambda m: b"<" + b"0" * len(m.group(1)) + b">", data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    outdir = tempfile.mkdtemp(prefix="b113pdf")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        base = os.path.splitext(os.path.basename(path))[0] + ".pdf"
        dst = os.path.join(HERE, base)
        shutil.move(os.path.join(outdir, base), dst)
        fix_pdf_dates(dst)
        return dst
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def new_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return doc


def add_title(doc, text):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(15)
    return p


def add_table(doc, header, rows, widths_cm=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.cell(0, j)
        c.text = h
        for r in c.paragraphs[0].runs:
            r.bold = True
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = "" if v is None else str(v)
    if widths_cm:
        t.autofit = False
        for j, w in enumerate(widths_cm):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


# ----------------------------------------------------------------------------------------------------------------
# Documents
# ----------------------------------------------------------------------------------------------------------------

def make_xiaoshan():
    name = "zhejiang-xiaoshan-bond-selfeval-table.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效评价表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = {"A": 10, "B": 40, "C": 16, "D": 12, "E": 12, "F": 12}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    r = 1
    for a, b, c, d in XS_META:  # index block: label │ value │ label │ value (value spans B, label C, value D:F)
        ws.cell(r, 1, a)
        ws.cell(r, 2, b)
        ws.cell(r, 3, c)
        ws.cell(r, 4, d)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        for col in range(1, 7):
            ws.cell(r, col).border = box
            ws.cell(r, col).alignment = wrap
        r += 1
    r += 1
    ws.cell(r, 1, XS_TITLE).font = Font(bold=True, size=14)
    ws.cell(r, 1).alignment = centre
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    ws.cell(r, 1, XS_DATELINE).alignment = centre
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    ws.cell(r, 1, XS_PARA).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 75
    r += 2
    ws.cell(r, 1, XS_TABLE_TITLE).font = Font(bold=True)
    ws.cell(r, 1).alignment = centre
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    r += 1
    for j, h in enumerate(XS_HEADER, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True)
        c.alignment = centre
        c.border = box
    r += 1
    for row in XS_ROWS:
        for j, v in enumerate(row, start=1):
            if v is None:
                continue
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = centre
        for j in range(1, 7):
            ws.cell(r, j).border = box
        if row[1] is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.row_dimensions[r].height = 32
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(HERE, name)
    wb.save(path)
    normalise_zip(path)
    return path


def make_wenzhou():
    name = "zhejiang-wenzhou-bond-eval-notice.docx"
    doc = new_docx()
    doc.add_paragraph(WZ_PARA)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(WZ_TABLE_TITLE).bold = True
    add_table(doc, WZ_HEADER, WZ_ROWS, widths_cm=[1.2, 3.6, 5.6, 2.6, 1.8, 1.6])
    path = os.path.join(HERE, name)
    doc.save(path)
    normalise_zip(path)
    return path


def make_tianshui():
    name = "gansu-tianshui-key-eval-notice.docx"
    doc = new_docx()
    doc.add_paragraph(TS_PARA)
    doc.add_paragraph(TS_ATTACH_HEAD)
    for a in TS_ATTACH:
        doc.add_paragraph(a)
    for s in TS_SIGN:
        p = doc.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = os.path.join(HERE, name)
    doc.save(path)
    normalise_zip(path)
    return path


def make_jiangxia():
    name = "hubei-jiangxia-key-eval-notice.docx"
    doc = new_docx()
    add_title(doc, JX_TITLE)
    doc.add_paragraph(JX_PARA)
    doc.add_paragraph(JX_ATTACH)
    for s in JX_SIGN:
        p = doc.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = os.path.join(HERE, name)
    doc.save(path)
    normalise_zip(path)
    return path


# ----------------------------------------------------------------------------------------------------------------
# Self-check: every gold string is in the PDF text (whitespace ignored)
# ----------------------------------------------------------------------------------------------------------------

def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                                 check=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for k in ("name", "target_text"):
            if ind.get(k) and squash(ind[k]) not in text:
                missing.append((k, ind[k]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def main():
    write_gold()
    made = [make_xiaoshan(), make_wenzhou(), make_tianshui(), make_jiangxia()]
    bad = 0
    for path in made:
        pdf = to_pdf(path)
        name = os.path.basename(path)
        miss = check_pdf(pdf, GOLD[name])
        if miss:
            bad += 1
            print("MISSING in", os.path.basename(pdf), miss)
        else:
            print("ok", name, "+", os.path.basename(pdf))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
