#!/usr/bin/env python3
"""Build blind part blind143 of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document reproduces
the layout of one stored public web page (address in the gold and in SOURCES.md) up to
where the stored copy stops. The gold JSON is written first, then the DOCX/XLSX, then
the PDF (LibreOffice). Output is deterministic: fixed core properties, fixed zip entry
dates, fixed PDF dates and IDs.

Run: /tmp/venv/bin/python make_blind143_layouts.py
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "blind143 annotator"


# ---------------------------------------------------------------- gold
def ind(name, level1=None, level2=None, operator=None, value=None, unit=None,
        target_text=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


URL_GD = "http://www.ptq.gov.cn/xxgk/gggs2/content/post_2144234.html"
URL_ZJ = "https://wap.qianlima.com/zb/detail/20230104_318284692.html"
URL_SD = "https://m.jinchutou.com/p-122077802.html"

GD = "guangdong-zhanjiang-potou-yanglao-yunying-pinggu-jieguo"
ZJ = "zhejiang-mouqu-daolubaojie-zhongdian-pingjia-tongbao"
SD = "shandong-guanxian-daolubaojie-qingyun-pingjia-baogao"

# document 1: Guangdong, table
GD_ROWS1 = [  # 项目, 评估内容, 分值, 得分
    ("评估细则", "服务资质", 8, 8),
    ("评估细则", "规划布局", 7, 6),
    ("评估细则", "场地管理", 3.5, 3),
    ("评估细则", "场地安全", 5, 3.5),
    ("评估细则", "硬件配置", 3, 2.75),
    ("评估细则", "服务管理", 7, 6),
    ("评估细则", "服务规范", 6, 6),
    ("评估细则", "人员资质", 2, 1.5),
    ("评估细则", "人员配备", 2, 1.5),
    ("评估细则", "人员管理", 1.5, 1.4),
    ("评估细则", "服务开展", 55, 54),
    ("服务评价", "业主服务评价", 100, 96),
    ("服务评价", "服务对象评价", 100, 98),
]
GD_ROWS2 = [("评估细则", "服务资质", 8, 7)]

GOLD = {}
GOLD[GD] = {
    "source_urls": [URL_GD],
    "province": "广东",
    "doc_kind": "公建民营养老服务运营服务成效评估结果公示(评估评分表)",
    "patterns": [1, 5, 8],
    "indicators": [ind(n, level1=p, weight=w, score=s) for p, n, w, s in GD_ROWS1]
    + [ind(n, level1=p, weight=w, score=s) for p, n, w, s in GD_ROWS2],
    "goals": [],
    "facts": [
        {"metric": "示范中心评估合计分值", "kind": "sum", "total": 300,
         "parts": [r[2] for r in GD_ROWS1], "unit": "分"},
        {"metric": "示范中心评估合计得分", "kind": "sum", "total": 287.65,
         "parts": [r[3] for r in GD_ROWS1], "unit": "分"},
        {"metric": "示范中心总评分(权重得分合计)", "kind": "sum", "total": 94.55,
         "parts": [65.55, 19.2, 9.8], "unit": "分"},
        {"metric": "权重占比合计", "kind": "sum", "total": 100,
         "parts": [70, 20, 10], "unit": "%"},
    ],
    "findings": [],
    "notes": (
        "Stored page stops inside the second table (坡头区镇级社区居家养老综合服务中心), right after the "
        "first row '服务资质 | 8 | 7 | 70% | 62.48 |'; the third object named in the notice (镇级敬老院) never "
        "appears. Kept as found: the 评估等级 line '100-90 优秀;89-80 良好;79-60合格;60以下 不合格' (bands leave "
        "gaps such as 89.5; no rule id fits, so not a finding); the signature block placed before the tables; "
        "'总评分:94.55评估等级:优秀' written without a separator in one merged cell. Merges reconstructed from the "
        "flattened page text: 评估对象, 受评主体 and 综合得分情况 merged down the whole block; 项目 '评估细则' and its "
        "权重占比 70% / 权重得分 65.55 merged over the 11 细则 rows; '服务评价' merged over its 2 rows; '合计' "
        "merged over 评估对象..评估内容. Judgement calls: every 评估内容 row is one indicator with level1 = the 项目 "
        "cell (评估细则 / 服务评价), level2 null, weight = 分值, score = 得分, no targets (an evaluation score "
        "table has no target column, so no missing-value findings). The 细则 scores add to 93.65; 93.65 x 70% = "
        "65.555, written 65.55 (rounding, not flagged). 287.65 = 93.65+96+98 and 94.55 = 65.55+19.2+9.8 both "
        "check. 94.55 -> 优秀 matches the bands. Second table: 62.48 / 70% implies a 细则 subtotal of about "
        "89.26, which cannot be checked because the rows are cut. No findings."),
}

GD_INTRO = (
    "为进一步提升我区养老机构服务质量,推动养老机构服务质量建设走向规范化、制度化,依据《国务院办公厅关于建立健全"
    "养老服务综合监管制度促进养老服务高质量发展的意见》国办发〔2020〕48号》、《关于印发广东省养老服务体系建设"
    "“十四五”规划的通知》(粤民发〔2021〕127号)等文件的精神和要求,我局委托广东诺源服务评估有限公司,对坡头区"
    "社区居家养老综合服务示范中心、坡头区镇级社区居家养老综合服务中心、坡头区镇级敬老院公建民营社会化改革运营"
    "服务成效开展评估,现将评估结果予以公示。评估结果附后。")

# document 2: Zhejiang, prose
ZJ_LEAD = (
    "2022****财政局依据《**区预算项目支出绩效评价管理办法》,对2019-2021年道路保洁项目开展了重点绩效评价,"
    "涉及资金6.5亿元。评价从决策、过程、产出、效益4个一级指标,项目立项、绩效目标设立、资金投入等12个二级指标"
    "以及预算执行率、资金使用合规性、合同执行分效性等26个三级指标对项目进行评价,最终得分85.82,等级为良,"
    "现将有关情况予以通报。")
ZJ_BG = (
    "城市治理是国家治理体系和治理能力现代化的重要组成部分,城市环境卫生水平则是衡量城市治理水平的重要尺度。"
    "高质量发展离不开高水平治理,高品质生活也由此实现。2020年我国城市化率首次超过60%,城市发展进入深度城市化"
    "阶段,健康城市、无废城市、美丽城市、城市矿山、城市双修、城市体检等新理念都与城市环境卫生紧密相关。区域层面,"
    "长三角高质量一体化为**带来新机遇,如何更好地接轨大**、彰显**在长三角的独特地位、释放**城市魅力,环卫事业"
    "大有可为。**作为生态文明之都、美丽中国建设样本和展示城市治理“重要窗口”的地方,环境卫生事业理应扩大精细化"
    "管理优势,补齐民生短板,走在**前列。")
ZJ_CONTENT = (
    "****有城市道路300条,镇街道路709条,涉及道路保洁面积12,939,501平方米;2020年有城市道路312条,镇街道路"
    "721条,涉及道路保洁面积13,379,247平方米;2021年有城市道路334条,镇街道路725条,涉及道路保洁面积"
    "13,811,574平方米。2019至2021年期间项目预算总额 73,387.27万元,截止 2021年 12 月 31 日,已经支出"
    "70,909.19万元。")
ZJ_PURPOSE_CUT = "通过开展绩效评价工作,及时发现2019-2021年度**市**区道路和街巷保洁项目在项目决"

GOLD[ZJ] = {
    "source_urls": [URL_ZJ],
    "province": "浙江",
    "doc_kind": "项目支出重点绩效评价通报(第三方评价报告开头)",
    "patterns": [8, 10],
    "indicators": [ind("预算执行率"), ind("资金使用合规性"), ind("合同执行分效性")],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "consistency.sum", "item": "涉及资金6.5亿元",
         "why": "The lead says the evaluated project involves 6.5亿元, but the same three-year project's 项目预算总额 "
                "is stated as 73,387.27万元 (about 7.34亿元) and spending as 70,909.19万元 (about 7.09亿元); "
                "neither matches 6.5亿元."},
    ],
    "notes": (
        "Stored page (a bid-site copy with place names masked as ** / ****) stops mid-sentence in '3、评价目的': "
        "'…道路和街巷保洁项目在项目决'. Kept as found: the masking (2022****财政局, **区, ****有城市道路300条 where the "
        "year 2019 is masked), the typo '合同执行分效性' (for 有效性), the document number '浙瑞绩评(2022)002号' placed "
        "after the signature, spaces inside '73,387.27万元' and '2021年 12 月 31 日'. Province inferred as 浙江 from "
        "'重要窗口', '长三角', '浙瑞绩评' and '生态文明之都、美丽中国建设样本'; the city/district is masked. The "
        "background paragraph is reworded, numbers kept. Judgement calls: the three 三级指标 named in the lead are "
        "gold indicator rows with every field null (named, no target, no score); no goals (the stored part has no "
        "绩效目标 section, the cut 评价目的 is not a goal). No sum facts: the yearly road counts and areas have no "
        "stated totals, and 项目预算总额 has no stated yearly parts. 85.82 -> 良 matches the bands. The 6.5亿元 vs "
        "73,387.27万元 mismatch is filed under consistency.sum as the closest rule id (same total stated twice with "
        "different values). 执行 70,909.19/73,387.27 = 96.6% is not stated, so nothing to check."),
}

# document 3: Shandong, prose
SD_TITLE = "城区道路保洁、垃圾清运项目绩效评价报告"
SD_BG = (
    "根据《关于贯彻落实国发〔2013〕36号文件进一步加强城市基础设施建设的实施意见》,稳步推进以道路为载体的市政"
    "道路、绿化、环卫一体化综合养护和作业模式,对城区道路清扫保洁、垃圾收集清运、降尘洒水等环卫作业项目确定了"
    "较高标准。")
SD_REQ = ("要求在579平方米城区道路内做到清扫保洁“五净”,降低道路扬尘污染,生活垃圾日产日清,垃圾收集容器不满溢,"
          "环卫设施完好率不低于98等,")
SD_BG2 = "力争改善城市生态环境,促进社会经济可持续发展,提升环境卫生总体水平。"
SD_P2 = (
    "为进一步提高冠县城区道路保洁、垃圾收集清运水平,打造洁净卫生、和谐宜居的省级卫生城市,住建局依照城市建设"
    "总体规划和城市洁净专项规划的要求,结合冠县城市道路市政工程建设情况,实施了2017年度城区道路保洁、垃圾收集"
    "清运项目。")

GOLD[SD] = {
    "source_urls": [URL_SD],
    "province": "山东",
    "doc_kind": "项目支出绩效评价报告(开头)",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "项目要求", "text": SD_REQ}],
    "facts": [],
    "findings": [
        {"rule": "target.missing_unit", "item": "环卫设施完好率",
         "why": "'环卫设施完好率不低于98' gives a rate with no unit (% missing)."},
        {"rule": "target.impossible_value", "item": "579平方米城区道路",
         "why": "579平方米 of urban road for a county seat's whole cleaning contract is implausibly small; most "
                "likely 579万平方米 with 万 dropped (a unit/magnitude error)."},
    ],
    "notes": (
        "Stored page is a document-sharing site's text layer of an 11-page PDF; it stops at the heading '2.项目' "
        "(shown as '2 2 项目') right after the second background paragraph, so the document ends with that cut "
        "heading. The page text has lost its punctuation (spaces instead of 、,《》〔〕); punctuation restored, "
        "numbers and odd values kept as found: '579平方米' and '不低于98' with no %. The duplicated headings "
        "('一 项目概述 一 项目概况 一 项目概况') are the PDF's running header; kept once each. Site chrome (uploader, "
        "page thumbnails) dropped. Province 山东 (冠县, 聊城市). Background sentences reworded, numbers kept. "
        "Judgement calls: the sentence of standards ('要求在579平方米…完好率不低于98等,') is recorded as the one goal "
        "(kind 项目要求) because it is the only target-like statement in the stored part; no indicator table is "
        "reached, so no indicator rows and no goal.unmeasured finding (the indicator part is cut, not absent). "
        "target.impossible_value for 579平方米 is a reviewer's judgement of magnitude."),
}


def write_gold(stem, ext):
    for e in (ext, "pdf"):
        name = f"{stem}.{e}"
        g = {"source": name}
        g.update(GOLD[stem])
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ---------------------------------------------------------------- determinism helpers
def normalize_zip(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    outdir = tempfile.mkdtemp(prefix="b143pdf")
    prof = tempfile.mkdtemp(prefix="b143lo")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf_name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
    src = os.path.join(outdir, pdf_name)
    with open(src, "rb") as f:
        data = f.read()
    # same-length replacement keeps xref offsets valid
    data = re.sub(rb"D:\d{14}[^)]*", lambda m: b"D:20240101000000" + b"Z" * 0
                  + b" " * (len(m.group(0)) - 16), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(os.path.join(HERE, pdf_name), "wb") as f:
        f.write(data)
    shutil.rmtree(outdir, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)


def fix_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def cjk_font(doc, size=11):
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")


# ---------------------------------------------------------------- document 1 (XLSX)
def build_gd():
    wb = Workbook()
    ws = wb.active
    ws.title = "评估结果"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="top", horizontal="left")
    widths = [22, 20, 10, 14, 8, 8, 10, 10, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws.merge_cells("A1:I1")
    ws["A1"] = GD_INTRO
    ws["A1"].alignment = left
    ws.row_dimensions[1].height = 120
    ws.merge_cells("A2:I2")
    ws["A2"] = "湛江市坡头区民政局"
    ws["A2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A3:I3")
    ws["A3"] = "2026年1月29日"
    ws["A3"].alignment = Alignment(horizontal="right")

    header = ["评估对象", "受评主体", "项目", "评估内容", "分值", "得分", "权重占比", "权重得分", "综合得分情况"]

    def title_row(r, text):
        ws.merge_cells(f"A{r}:I{r}")
        ws[f"A{r}"] = text
        ws[f"A{r}"].font = Font(bold=True)
        ws[f"A{r}"].alignment = Alignment(horizontal="center", wrap_text=True)
        ws.row_dimensions[r].height = 30

    def header_row(r):
        for c, h in enumerate(header):
            cell = ws.cell(row=r, column=c + 1, value=h)
            cell.font = Font(bold=True)
            cell.alignment = wrap
            cell.border = box
        ws.row_dimensions[r].height = 30

    title_row(4, "坡头区社区居家养老综合服务示范中心运营服务成效(2024-2025年度)评估结果")
    header_row(5)
    r0 = 6
    for i, (proj, name, w, s) in enumerate(GD_ROWS1):
        r = r0 + i
        ws.cell(row=r, column=3, value=proj)
        ws.cell(row=r, column=4, value=name)
        ws.cell(row=r, column=5, value=w)
        ws.cell(row=r, column=6, value=s)
    last = r0 + len(GD_ROWS1) - 1  # 18
    ws.cell(row=r0, column=1, value="坡头区社区居家养老综合服务示范中心运营服务")
    ws.cell(row=r0, column=2, value="湛江南粤康养企业管理有限公司")
    ws.cell(row=r0, column=7, value="70%")
    ws.cell(row=r0, column=8, value=65.55)
    ws.cell(row=r0, column=9, value="总评分:94.55评估等级:优秀")
    ws.cell(row=17, column=7, value="20%")
    ws.cell(row=17, column=8, value=19.2)
    ws.cell(row=18, column=7, value="10%")
    ws.cell(row=18, column=8, value=9.8)
    ws.merge_cells(f"A{r0}:A{last}")
    ws.merge_cells(f"B{r0}:B{last}")
    ws.merge_cells(f"C{r0}:C16")
    ws.merge_cells("C17:C18")
    ws.merge_cells(f"G{r0}:G16")
    ws.merge_cells(f"H{r0}:H16")
    ws.merge_cells(f"I{r0}:I{last}")
    ws.merge_cells("A19:D19")
    ws["A19"] = "合计"
    ws["E19"] = 300
    ws["F19"] = 287.65
    ws["G19"] = "100%"
    ws["H19"] = 94.55
    for r in range(r0, 20):
        ws.row_dimensions[r].height = 20
        for c in range(1, 10):
            ws.cell(row=r, column=c).border = box
            ws.cell(row=r, column=c).alignment = wrap
    ws.merge_cells("A20:I20")
    ws["A20"] = "评估等级:100-90 优秀;89-80 良好;79-60合格;60以下 不合格。"
    ws["A20"].alignment = Alignment(horizontal="left")

    title_row(21, "坡头区镇级社区居家养老综合服务中心运营服务成效(2024-2025年度)评估结果")
    header_row(22)
    row = ["坡头区镇级社区居家养老综合服务中心运营服务", "广东合和养老产业服务有限公司",
           GD_ROWS2[0][0], GD_ROWS2[0][1], GD_ROWS2[0][2], GD_ROWS2[0][3], "70%", 62.48, None]
    for c, v in enumerate(row):
        cell = ws.cell(row=23, column=c + 1, value=v)
        cell.border = box
        cell.alignment = wrap
    ws.row_dimensions[23].height = 45

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.title = "坡头区养老服务运营服务成效评估结果"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(HERE, GD + ".xlsx")
    wb.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------- document 2 (DOCX)
def build_zj():
    doc = Document()
    cjk_font(doc)
    doc.add_paragraph(ZJ_LEAD)
    p = doc.add_paragraph("****财政局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph("2022年12月30日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph("浙瑞绩评(2022)002号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("一、项目概况", level=1)
    doc.add_heading("(一)项目制定背景、内容和意义", level=2)
    doc.add_paragraph("1、项目背景")
    doc.add_paragraph(ZJ_BG)
    doc.add_paragraph("2、项目内容")
    doc.add_paragraph(ZJ_CONTENT)
    doc.add_paragraph("3、评价目的")
    doc.add_paragraph(ZJ_PURPOSE_CUT)
    fix_docx_props(doc, "道路保洁项目重点绩效评价通报")
    path = os.path.join(HERE, ZJ + ".docx")
    doc.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------- document 3 (DOCX)
def build_sd():
    doc = Document()
    cjk_font(doc)
    h = doc.add_heading(SD_TITLE, level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("一、项目概述", level=1)
    doc.add_heading("(一)项目概况", level=2)
    doc.add_paragraph("1.立项背景")
    doc.add_paragraph(SD_BG + SD_REQ + SD_BG2)
    doc.add_paragraph(SD_P2)
    doc.add_paragraph("2.项目")
    fix_docx_props(doc, SD_TITLE)
    path = os.path.join(HERE, SD + ".docx")
    doc.save(path)
    normalize_zip(path)
    return path


def main():
    os.makedirs(ANN, exist_ok=True)
    # gold first
    write_gold(GD, "xlsx")
    write_gold(ZJ, "docx")
    write_gold(SD, "docx")
    for build in (build_gd, build_zj, build_sd):
        to_pdf(build())
    print("ok")


if __name__ == "__main__":
    sys.exit(main())
