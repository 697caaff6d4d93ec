"""Build the blind241 part: four source documents (XLSX/DOCX) plus their PDFs and gold JSON.

The gold below is written before any file is read back. Run with the writer venv:
    /tmp/wvenv/bin/python make_blind241_layouts.py
"""

import copy
import datetime
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind241"
FIXED_DT = datetime.datetime(2020, 1, 1, 0, 0, 0)
FIXED_ZIP_DT = (2020, 1, 1, 0, 0, 0)


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written first)
# ---------------------------------------------------------------------------

URL_A = "http://lydssz.linyi.gov.cn/info/1056/2262.htm"
URL_B = "https://wanglu.net/thread/t4-381704-1.html"
URL_C = "http://www.fsou.net/html/text/lar/171295/17129571_5.html"
URL_D = "http://www.wzdkw.gov.cn/system/2012/07/06/011064048_02.shtml"

REL_REQ = "< 全国平均水平,且近三年逐年下降"

GOLD = {
    "blind241_linyi_chuangmo_kaohe.xlsx": {
        "source_urls": [URL_A],
        "province": "山东省",
        "doc_kind": "创建国家环保模范城市“十一五”考核指标及年度完成情况表",
        "patterns": [1, 2, 5, 6],
        "indicators": [
            ind("基本条件", None, "城市环境综合整治定量考核", None, None, None, "连续三年名列本省(自治区)前列"),
            ind("基本条件", None, "无重大、特大环境污染和生态破坏事故", None, None, None,
                "近三年城市辖区内未发生重大、特大环境污染和生态破坏事故,前一年未有重大违反环保法律法规的案件,"
                "制定环境突发事件应急预案并进行演练"),
            ind("基本条件", None, "环境保护投资指数", ">", 1.7, "%", ">1.7%", actual=2.07),
            ind("社会经济指标", None, "经济持续增长率,人均GDP", ">", 1.5, "万元",
                "经济持续增长率高于全国平均水平,人均GDP>1.5万元", actual=1.67),
            ind("社会经济指标", None, "人口与计划生育年度计划完成率", "=", 100, "%", "100%", actual=100),
            ind("社会经济指标", None, "规模以上单位工业增加值能耗", "<", None, None, REL_REQ, actual=2.42),
            ind("社会经济指标", None, "单位GDP用水量", "<", None, None, REL_REQ, actual=97.29),
            ind("社会经济指标", None, "万元工业增加值主要污染物排放强度", "<", None, None, REL_REQ),
            ind("环境质量指标", None, "全年APl指数≤100的天数占全年总天数的百分比", ">=", 85, "%", "≥85%", actual=98.1),
            ind("环境质量指标", None, "集中式饮用水水源地水质达标率", ">=", 96, "%", "≥96%", actual=100),
            ind("环境质量指标", None, "城市水域功能区水质达标率", "=", 100, "%", "100%,且市内无劣五类水体", actual=100),
            ind("环境质量指标", None, "区域环境噪声平均值", "<", 60, "dB (h)", "<60dB (h)", actual=54.0),
            ind("环境质量指标", None, "交通干线噪声平均值", "<", 70, "dB (a)", "<70dB (a)", actual=67.2),
            ind("环境建设指标", None, "受保护地面积占国土面积比例", ">=", 10, "%", "≥10%", actual=11.1),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "规模以上单位工业增加值能耗",
             "why": "考核要求只写“< 全国平均水平,且近三年逐年下降”,表中没有给出全国平均值或本市基数,无法核对"},
            {"rule": "target.missing_value", "item": "单位GDP用水量",
             "why": "同样只以“全国平均水平”为界,未写出数值和单位"},
            {"rule": "target.missing_value", "item": "万元工业增加值主要污染物排放强度",
             "why": "同样只以“全国平均水平”为界,未写出数值;完成情况按COD、S02分列,指标本身没有分列目标"},
            {"rule": "consistency.deviation_reason_missing", "item": "经济持续增长率,人均GDP",
             "why": "2006年完成值1.44低于“人均GDP>1.5万元”,表中没有任何未达标说明"},
        ],
        "notes": ("Stored page text starts at the table header (no title) and stops inside the next row "
                  "“2、建成区绿化覆…”; I built up to the last complete row (受保护地面积占国土面积比例). "
                  "Web line-wraps inside cells were joined; typos kept: “APl”, “54.O” (letter O), “S02”, "
                  "units “dB (h)”/“dB (a)”. The 社会经济指标 label repeats (page break in the source), the "
                  "category cell over 环境质量指标 reads “达到要求 环境质量指标” and the row 交通干线噪声 has an "
                  "empty category cell, as the stored text shows. Two result columns (2006/2007): gold `actual` "
                  "takes the 2007 column. The 2006/2007 text for the accident row was reworded. Rows whose "
                  "target is a comparison with the national average keep operator “<” with no value."),
    },
    "blind241_guangdong_shierwu_huanbao.docx": {
        "source_urls": [URL_B],
        "province": "广东省",
        "doc_kind": "“十二五”环境保护主要指标完成情况表(节选)及经验做法",
        "patterns": [1, 6],
        "indicators": [
            ind(None, None, "氨氮排放量", None, 20.39, "万吨", "20.39", actual=19.97),
            ind(None, None, "二氧化硫排放量", None, 71.5, "万吨", "71.5", actual=67.83),
            ind(None, None, "氮氧化物排放量", None, 109.9, "万吨", "109.9", actual=99.69),
            ind(None, None, "工业废水排放达标率", ">=", 90, "%", "≥90"),
            ind("环境建设", None, "放射性废源(废物)收储率", "=", 100, "%", "100", actual=100),
            ind("环境建设", None, "城镇生活污水处理率", ">=", 80, "%", "≥80", actual=85.5),
            ind("环境建设", None, "城镇生活垃圾无害化处理率", ">=", 85, "%", "≥85", actual=90),
            ind("环境建设", None, "工业固体废物综合利用率", ">=", 85, "%", "≥85", actual=91.0),
            ind("环境建设", None, "重点监管单位危险废物安全处置率", "=", 100, "%", "100", actual=100),
            ind("环境建设", None, "重点工业企业用水重复利用率", ">=", 65, "%", "≥65", actual=80.6),
            ind("环境建设", None, "县级环境监测站标准化建设硬件达标率", ">=", 85, "%", "≥85", actual=81.9),
            ind("环境建设", None, "县级环境监察机构标准化建设硬件达标率", ">=", 70, "%", "≥70", actual=37),
            ind("生态环境", None, "森林覆盖率", None, 58, "%", "58", actual=58.8),
            ind("生态环境", None, "森林蓄积量", None, 5.51, "亿立方米", "5.51", actual=5.61),
            ind("生态环境", None, "自然保护区陆域面积占全省陆地面积比例", ">=", 7, "%", "≥7", actual=7.4),
            ind("生态环境", None, "城市人均公园绿地面积", ">=", 13, "m2", "≥13", actual=15.03),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.too_low", "item": "工业固体废物综合利用率",
             "why": "基期值已是90.2,规划目标只要求≥85,低于基期水平"},
            {"rule": "target.too_low", "item": "重点工业企业用水重复利用率",
             "why": "基期值65,目标仍为≥65,不要求任何提高"},
        ],
        "notes": ("The stored page begins mid-table at row 7 (an editor line first), so the header row and "
                  "rows 1–6 are missing: I reproduce the table without a header, as stored. Column order read "
                  "from the data: 序号 │ 类别 │ 指标(单位) │ 基期(2010) │ 实际完成 │ 规划目标 │ 完成情况 "
                  "(a ≥ sign marks the target column). Rows 7–10 carry no category (it lies above the page "
                  "start). Emission caps (rows 7–9) and 森林覆盖率/森林蓄积量 give a bare number without an "
                  "operator: gold operator null. Row 18's name ends in a stray “3” (footnote mark) – kept in the "
                  "file, left out of the gold name. Rows 17/18 miss their targets but carry the reason "
                  "“统计口径改变”, so no deviation finding. Prose section “二、主要经验做法” reworded; the stored "
                  "page stops in its first sub-point (“在粤北生态发展…”)."),
    },
    "blind241_chongqing_kaohe_zhibiao_jieshi.docx": {
        "source_urls": [URL_C],
        "province": "重庆市",
        "doc_kind": "环境保护考核指标解释及考核要求(节选,第二十四至二十九项)",
        "patterns": [5, 6],
        "indicators": [
            ind(None, "建设项目“环评”、“三同时”和规划环评执行率达到国家要求", "建设项目环评执行率", "=", 100, "%",
                "建设项目环评执行率100%"),
            ind(None, "建设项目“环评”、“三同时”和规划环评执行率达到国家要求", "三同时执行率", ">=", 90, "%",
                "三同时执行率≥90%"),
            ind(None, "建设项目“环评”、“三同时”和规划环评执行率达到国家要求", "规划环评执行率", ">=", 80, "%",
                "规划环评执行率≥80%"),
            ind(None, None, "工业企业排污申报登记执行率", None, None, None, "辖区内所有工业企业都进行了排污申报登记。"),
            ind(None, None, "按期完成总量控制计划", None, None, None,
                "制定并实施了本地污染物排放总量控制计划,完成总量减排的阶段性目标。"),
            ind(None, None, "重点环保项目落实率", ">=", 80, "%", "重点环保项目落实率≥80%"),
            ind(None, None, "环境保护能力建设", None, None, None,
                "环境监察、监测、统计、宣教、信息等能力建设均达到国家标准化建设要求。"),
            ind("环境文化指标", None, "公众对城市环境保护的满意率", ">=", 75, "%", "公众对城市环境满意率≥75%"),
            ind("环境文化指标", None, "中小学环境教育普及率", ">=", 80, "%", "中小学环境教育普及率≥80%"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "工业企业排污申报登记执行率",
             "why": "指标名是“执行率”,考核要求却只用文字写“都进行了登记”,没有给出百分比"},
            {"rule": "target.time_no_deadline", "item": "按期完成总量控制计划",
             "why": "要求“按期完成”“阶段性目标”,但没有写明期限或阶段节点"},
        ],
        "notes": ("Running text (one of the documents whose targets stand in prose). The stored page is page 5 "
                  "of a longer text: it starts with the tail “区县(自治县)环保部门。” of item 二十三 and stops "
                  "after the 考核要求 of item 二十九 (no 资料来源 for it). Province inferred from the "
                  "“区县(自治县)” wording and “市级环境保护规划” (Chongqing), not stated on the page. The "
                  "definitions (指标解释) were reworded; 考核要求 and 资料来源 kept as written. Item 二十六 "
                  "writes its target in the heading (落实率≥80%) while the body says 完成率达80%以上; gold "
                  "uses the heading wording."),
    },
    "blind241_xian_2012_kaohe_xiangmubiao.xlsx": {
        "source_urls": [URL_D],
        "province": None,
        "doc_kind": "县直单位2012年度工作绩效考核项目表(附件2,千分制)",
        "patterns": [1, 5, 8],
        "indicators": [
            ind("重点工作", None, "重点工作", None, None, None, None, weight=500),
            ind("“五型”机关创建", None, "责任型和服务型机关创建", None, None, None, None, weight=30),
            ind("“五型”机关创建", None, "学习型机关创建", None, None, None, None, weight=20),
            ind("“五型”机关创建", None, "效率型和廉洁型机关创建", None, None, None, None, weight=50),
            ind("综合评价", None, "县四套班子领导评价", None, None, None, None, weight=100),
            ind("综合评价", None, "街道(乡镇)党政主要领导评价", None, None, None, None, weight=50),
            ind("综合评价", None, "互学互比", None, None, None, None, weight=50),
            ind("综合评价", None, "督考综评", None, None, None, None, weight=100),
            ind("综合评价", None, "民意调查", None, None, None, None, weight=100),
        ],
        "goals": [],
        "facts": [
            {"metric": "“五型”机关创建分值", "kind": "sum", "total": 100, "parts": [30, 20, 50], "unit": "分"},
            {"metric": "综合评价分值", "kind": "sum", "total": 400, "parts": [100, 50, 50, 100, 100], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.placeholder", "item": "重点工作",
             "why": "500分的重点工作只列了序号“1.”至“5.”和“……”,没有写任何具体任务或目标"},
        ],
        "notes": ("Stored page: “文章正文 / 附件2 / 2012年度工作绩效考核项目表” and one table, complete to "
                  "民意调查. The header “项目名称及分值” spans the group and item columns; the 综合评价 rows carry "
                  "an extra “——” cell that the other groups lack, so I gave the table a third name column, "
                  "empty (merged) for the first two groups and “——” for 综合评价. 赋分办法 and 考核责任单位 are "
                  "merged over the three “五型” rows, and 赋分办法/总牵头单位/考核责任单位 over the six 重点工作 "
                  "placeholder rows, since the stored text shows each only once. The page gives no targets at all, only "
                  "points and the scoring method; the weights sum (500+100+400) to 1000 but no total is written. "
                  "Province not stated and the host could not be identified; left null (the CMS path looks like "
                  "a Zhejiang site, unverified)."),
    },
}


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")
FONT = Font(name="Noto Sans CJK SC", size=10)


def xl_grid(ws, nrows, ncols):
    for r in range(1, nrows + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BORDER
            cell.font = FONT
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = WRAP


def xl_setup(wb, ws, landscape=True):
    wb.properties.creator = "blind241"
    wb.properties.lastModifiedBy = "blind241"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def docx_setup(doc, landscape=False):
    cp = doc.core_properties
    cp.author = "blind241"
    cp.last_modified_by = "blind241"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Noto Sans CJK SC"
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def normalize_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    stamp = b"2020-01-01T00:00:00Z"
    if "docProps/core.xml" in items:
        core = items["docProps/core.xml"]
        core = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>", core)
        core = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", core)
        items["docProps/core.xml"] = core
    buf = io.BytesIO()
    names = sorted(items)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    path.write_bytes(buf.getvalue())


def zero_group(match):
    """Zero the digits / hex digits of group 2, keep groups 1 and 3 (same length)."""
    body = re.sub(rb"[0-9A-Fa-f]", b"0", match.group(2))
    return match.group(1) + body + match.group(3)


def fixed_date(match):
    """Put 20200101000000 into a PDF date string, keeping its length and the timezone part."""
    body = match.group(2)
    digits = re.match(rb"[0-9]*", body).group(0)
    stamp = b"20200101000000"[:len(digits)]
    return match.group(1) + stamp + body[len(stamp):] + match.group(3)


def to_pdf(path):
    pdf = path.with_suffix(".pdf")
    if pdf.exists():
        pdf.unlink()
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(path.parent), str(path)], check=True, capture_output=True)
    data = pdf.read_bytes()
    # same-length patches keep the xref offsets valid
    data = re.sub(rb"(/CreationDate\s*\(D:)([^)]*)(\))", fixed_date, data)
    data = re.sub(rb"(/ModDate\s*\(D:)([^)]*)(\))", fixed_date, data)
    data = re.sub(rb"(/ID\s*\[)([\s<>0-9A-Fa-f]+)(\])", zero_group, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()", zero_group, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", zero_group, data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})()", zero_group, data)
    pdf.write_bytes(data)
    return pdf


# ---------------------------------------------------------------------------
# A: Linyi (Shandong) model-city indicator table, XLSX
# ---------------------------------------------------------------------------

def build_a(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "考核指标"
    xl_setup(wb, ws)
    ws.merge_cells("A1:A2")
    ws["A1"] = "指标\n类别"
    ws.merge_cells("B1:C1")
    ws["B1"] = "“十一五”考核指标"
    ws.merge_cells("D1:D2")
    ws["D1"] = "2006年完成情况"
    ws.merge_cells("E1:E2")
    ws["E1"] = "2007年完成情况"
    ws["B2"] = "指标名称"
    ws["C2"] = "考核要求"
    result_a4 = "经创模工作,边界水污染纠纷已妥善化解;近一年内未受到总局环境违法通报"
    rows = [
        ("1、城市环境综合整治定量考核", "连续三年名列本省(自治区)前列", "非模范城市第一名", "非模范城市第一名"),
        ("2、无重大、特大环境污染和生态破坏事故",
         GOLD["blind241_linyi_chuangmo_kaohe.xlsx"]["indicators"][1]["target_text"], result_a4, result_a4),
        ("3、环境保护投资指数", ">1.7%", "2.06%", "2.07%"),
        ("1、经济持续增长率,人均GDP", "经济持续增长率高于全国平均水平,人均GDP>1.5万元", "1.44", "1.67"),
        ("2、人口与计划生育年度计划完成率", "100%", "100%", "100%"),
        ("3、规模以上单位工业增加值能耗", REL_REQ, "2.58", "2.42"),
        ("4、单位GDP用水量", REL_REQ, "120.23", "97.29"),
        ("5、万元工业增加值主要污染物排放强度", REL_REQ, "COD:28吨/万元\nS02:72.1吨/万元",
         "COD:22吨/万元\nS02:58.9吨/万元"),
        ("1、全年APl指数≤100的天数占全年总天数的百分比", "≥85%", "98.1%", "98.1%"),
        ("2、集中式饮用水水源地水质达标率", "≥96%", "100%", "100%"),
        ("3、城市水域功能区水质达标率", "100%,且市内无劣五类水体", "100%", "100%"),
        ("4、区域环境噪声平均值", "<60dB (h)", "54.O", "54.0"),
        ("5、交通干线噪声平均值", "<70dB (a)", "67.8", "67.2"),
        ("1、受保护地面积占国土面积比例", "≥10%", "10.7%", "11.1%"),
    ]
    for i, row in enumerate(rows):
        r = 3 + i
        for j, val in enumerate(row):
            ws.cell(row=r, column=2 + j, value=val)
    groups = [("A3:A5", "基本\n条件"), ("A6:A7", "社会\n经济\n指标"), ("A8:A10", "社会\n经济\n指标"),
              ("A11:A14", "达到\n要求\n环境\n质量\n指标")]
    for rng, label in groups:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = label
    ws["A16"] = "环境\n建设\n指标"
    nrows = 16
    xl_grid(ws, nrows, 5)
    for r in range(3, nrows + 1):
        ws.cell(row=r, column=2).alignment = WRAP_L
        ws.cell(row=r, column=3).alignment = WRAP_L
    for col, width in zip("ABCDE", (8, 30, 34, 24, 24)):
        ws.column_dimensions[col].width = width
    for r in range(1, nrows + 1):
        ws.row_dimensions[r].height = 30
    ws.row_dimensions[4].height = 80
    ws.row_dimensions[10].height = 36
    wb.save(path)


# ---------------------------------------------------------------------------
# B: Guangdong 12th five-year environment indicators, DOCX
# ---------------------------------------------------------------------------

def build_b(path):
    doc = Document()
    docx_setup(doc)
    doc.add_paragraph("编辑: GXB156399820 2019-03-12")
    data = [
        ("7", "", "氨氮排放量(万吨)", "23.52", "19.97", "20.39", "完成"),
        ("8", "", "二氧化硫排放量(万吨)", "83.91", "67.83", "71.5", "完成"),
        ("9", "", "氮氧化物排放量(万吨)", "132.33", "99.69", "109.9", "完成"),
        ("10", "", "工业废水排放达标率(%)", "≥90", "――", "≥90", "非环统指标"),
        ("11", "环境建设", "放射性废源(废物)收储率(%)", "100", "100", "100", "完成"),
        ("12", "", "城镇生活污水处理率(%)", "73", "85.5", "≥80", "完成"),
        ("13", "", "城镇生活垃圾无害化处理率(%)", "65.5", "90", "≥85", "完成"),
        ("14", "", "工业固体废物综合利用率(%)", "90.2", "91.0", "≥85", "完成"),
        ("15", "", "重点监管单位危险废物安全处置率(%)", "100", "100", "100", "完成"),
        ("16", "", "重点工业企业用水重复利用率(%)", "65", "80.6", "≥65", "完成"),
        ("17", "", "县级环境监测站标准化建设硬件达标率(%)", "21.9", "81.9", "≥85", "统计口径改变"),
        ("18", "", "县级环境监察机构标准化建设硬件达标率(%)3", "10.1", "37", "≥70", "统计口径改变"),
        ("19", "生态环境", "森林覆盖率(%)", "57", "58.8", "58", "完成"),
        ("20", "", "森林蓄积量(亿立方米)", "4.38", "5.61", "5.51", "完成"),
        ("21", "", "自然保护区陆域面积占全省陆地面积比例(%)", "6.8", "7.4", "≥7", "完成"),
        ("22", "", "城市人均公园绿地面积(m2)", "12.27", "15.03", "≥13", "完成"),
    ]
    table = doc.add_table(rows=len(data), cols=7)
    table.style = "Table Grid"
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            set_cell(table.cell(i, j), val)
    # category column: rows 7-10 empty (merged), 11-18 环境建设, 19-22 生态环境
    top = table.cell(0, 1).merge(table.cell(3, 1))
    set_cell(top, "")
    env = table.cell(4, 1).merge(table.cell(11, 1))
    set_cell(env, "环境建设")
    eco = table.cell(12, 1).merge(table.cell(15, 1))
    set_cell(eco, "生态环境")
    widths = (Cm(1.0), Cm(1.8), Cm(7.4), Cm(1.6), Cm(1.6), Cm(1.6), Cm(2.4))
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.add_paragraph("")
    doc.add_paragraph("二、主要经验做法")
    doc.add_paragraph(
        "省委、省政府一直把环境保护摆在关系经济社会发展全局的战略位置,整体推进生态文明建设,着力推动绿色发展。"
        "“十二五”期间,全省经济保持中高速增长,环境质量同时得到明显改善。主要做法如下:")
    doc.add_paragraph("(一)抓分区、重引导、优准入,着力促进区域经济环境协调发展。")
    doc.add_paragraph(
        "我省坚持分区控制的环保战略,落实环保规划的空间引导要求,严格环保准入,推动区域经济与环境协调发展;"
        "出台主体功能区配套环保政策和差别化的环保准入政策。珠三角地区坚持环境优先,对火电、钢铁、造纸、制革等行业"
        "执行特别排放限值,以此倒逼转型升级;东西两翼重点开发区在发展中加强保护,从严控制“两高一资”和产能过剩项目,"
        "走良性发展路子;")
    doc.add_paragraph("在粤北生态发展……")
    doc.save(path)


# ---------------------------------------------------------------------------
# C: Chongqing indicator explanations, DOCX (running text)
# ---------------------------------------------------------------------------

def build_c(path):
    doc = Document()
    docx_setup(doc)
    src = "区县(自治县)环保部门。"
    paras = [
        src,
        "二十四、建设项目“环评”、“三同时”和规划环评执行率达到国家要求",
        "(一)指标解释",
        ("建设项目环评执行率,是当年立项、应当开展环评的建设项目数与当年到环保部门办理申报手续的建设项目数的比值;"
         "建设项目三同时执行率,是当年落实三同时的项目数在应落实三同时项目数中所占的比例;规划环评执行率,"
         "是已开展环评的规划数与应开展环评的规划数的比值。"),
        "(二)考核要求",
        "建设项目环评执行率100%,三同时执行率≥90%,规划环评执行率≥80%。",
        "(三)资料来源",
        src,
        "二十五、工业企业排污申报登记执行率",
        "(一)考核要求",
        "辖区内所有工业企业都进行了排污申报登记。",
        "(二)资料来源",
        src,
        "二十六、按期完成总量控制计划,重点环保项目落实率≥80%",
        "(一)考核要求",
        ("制定并实施了本地污染物排放总量控制计划,完成总量减排的阶段性目标。"
         "国家、市级环境保护规划计划中确定的重点环保项目完成率达80%以上。"),
        "(二)资料来源",
        src,
        "二十七、环境保护能力建设达到国家标准化建设要求",
        "(一)考核要求",
        "环境监察、监测、统计、宣教、信息等能力建设均达到国家标准化建设要求。",
        "(二)资料来源",
        src,
        "环境文化指标",
        "二十八、公众对城市环境保护的满意率",
        "(一)指标解释",
        "即在抽样调查中,对城市环境表示满意的人数占被调查总人数的百分比。",
        "(二)考核要求",
        "公众对城市环境满意率≥75%。",
        "(三)资料来源",
        "专业民意调查机构调查结果。",
        "二十九、中小学环境教育普及率",
        "(一)指标解释",
        "即辖区内已开展环境教育的中小学校数在中小学校总数中所占的百分比。",
        "(二)考核要求",
        "中小学环境教育普及率≥80%,绿色学校须全部开设环境教育课程。",
    ]
    for text in paras:
        p = doc.add_paragraph(text)
        if re.match(r"^[二三][十]?[一二三四五六七八九]?、", text) or text == "环境文化指标":
            for run in p.runs:
                run.bold = True
    doc.save(path)


# ---------------------------------------------------------------------------
# D: county 2012 assessment item table, XLSX
# ---------------------------------------------------------------------------

def build_d(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "附件2"
    xl_setup(wb, ws)
    ws["A1"] = "文章正文"
    ws["A2"] = "附件2"
    ws.merge_cells("A3:F3")
    ws["A3"] = "2012年度工作绩效考核项目表"
    ws["A3"].font = Font(name="Noto Sans CJK SC", size=14, bold=True)
    ws["A3"].alignment = WRAP
    h = 4
    ws.merge_cells(start_row=h, start_column=1, end_row=h, end_column=3)
    ws.cell(row=h, column=1, value="项目名称及分值")
    ws.cell(row=h, column=4, value="赋分办法")
    ws.cell(row=h, column=5, value="总牵头单位")
    ws.cell(row=h, column=6, value="考核责任单位")
    r = h + 1
    # (一) 重点工作: placeholder rows
    first = r
    for label in ("1.", "2.", "3.", "4.", "5.", "……"):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(row=r, column=2, value=label)
        r += 1
    for col in (1, 4, 5, 6):
        ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.cell(row=first, column=1, value="(一)重点工作 (500分)")
    ws.cell(row=first, column=4, value="按实绩赋分")
    ws.cell(row=first, column=5, value="县委办、县府办")
    ws.cell(row=first, column=6, value="县考核办")
    # (二) 五型机关创建
    first = r
    items = [("1.责任型和服务型机关创建(30分)", "县直机关工委", "县委办、县府办、县监察局"),
             ("2.学习型机关创建(20分)", "县委宣传部", None),
             ("3.效率型和廉洁型机关创建(50分)", "县纪委(监察局)、县财政局、县审计局", None)]
    for name, lead, resp in items:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=5, value=lead)
        if resp:
            ws.cell(row=r, column=6, value=resp)
        r += 1
    ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=first, column=1, value="(二)“五型”机关创建 (100分)")
    for col in (4, 6):
        ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    ws.cell(row=first, column=4, value="按排名赋分")
    # (三) 综合评价: extra "——" column
    first = r
    items = [("1.县四套班子领导评价(100分)", "按排名赋分", "县委办、县府办", "县考核办"),
             ("2.街道(乡镇)党政主要领导评价(50分)", "按排名赋分", "县委办、县府办", "县考核办"),
             ("3. 互学互比(50分)", "按实绩赋分", "县委办、县府办", "县考核办"),
             ("4. 督考综评(100分)", "按实绩赋分", "县考核办", "——"),
             ("5.民意调查(100分)", "按实绩赋分", "县发改局(统计局)", "——")]
    for name, method, lead, resp in items:
        ws.cell(row=r, column=2, value=name)
        ws.cell(row=r, column=3, value="——")
        ws.cell(row=r, column=4, value=method)
        ws.cell(row=r, column=5, value=lead)
        ws.cell(row=r, column=6, value=resp)
        r += 1
    ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=first, column=1, value="(三) 综合评价(400分)")
    last = r - 1
    for row in ws.iter_rows(min_row=h, max_row=last, max_col=6):
        for cell in row:
            cell.border = BORDER
            cell.font = FONT
            cell.alignment = WRAP
    for row in ws.iter_rows(min_row=1, max_row=2, max_col=1):
        for cell in row:
            cell.font = FONT
    for col, width in zip("ABCDEF", (20, 34, 6, 14, 30, 26)):
        ws.column_dimensions[col].width = width
    for rr in range(h, last + 1):
        ws.row_dimensions[rr].height = 24
    wb.save(path)


# ---------------------------------------------------------------------------
# annotations and checks
# ---------------------------------------------------------------------------

def pdf_text(pdf):
    out = []
    for mode in ([], ["-raw"]):
        res = subprocess.run(["pdftotext", *mode, str(pdf), "-"], check=True, capture_output=True)
        out.append(re.sub(r"\s+", "", res.stdout.decode("utf-8")))
    return out


def check_pdf(name, gold, pdf):
    texts = pdf_text(pdf)
    wanted = []
    for row in gold["indicators"]:
        wanted.append(row["name"])
        if row["target_text"]:
            wanted.append(row["target_text"])
        if row["level1"]:
            wanted.append(row["level1"])
    for goal in gold["goals"]:
        wanted.append(goal["text"])
    for finding in gold["findings"]:
        wanted.append(finding["item"])
    missing = []
    for w in wanted:
        key = re.sub(r"\s+", "", w)
        if not any(key in t for t in texts):
            missing.append(w)
    return missing


def write_annotations(name, gold, pdf):
    ANN.mkdir(exist_ok=True)
    for fname in (name, pdf.name):
        record = {"source": fname}
        record.update(copy.deepcopy(gold))
        (ANN / f"{fname}.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")


BUILDERS = {
    "blind241_linyi_chuangmo_kaohe.xlsx": build_a,
    "blind241_guangdong_shierwu_huanbao.docx": build_b,
    "blind241_chongqing_kaohe_zhibiao_jieshi.docx": build_c,
    "blind241_xian_2012_kaohe_xiangmubiao.xlsx": build_d,
}


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


def main():
    problems = []
    sums = {}
    for name, builder in BUILDERS.items():
        path = HERE / name
        builder(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        gold = GOLD[name]
        write_annotations(name, gold, pdf)
        miss = check_pdf(name, gold, pdf)
        if miss:
            problems.append((name, miss))
        sums[name] = md5(path)
        sums[pdf.name] = md5(pdf)
    for name, value in sorted(sums.items()):
        print(value, name)
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"indicators={n_ind} goals={n_goal} findings={n_find}")
    if problems:
        for name, miss in problems:
            print("MISSING in PDF:", name, miss)
        sys.exit(1)
    (HERE / "md5sums.txt").write_text("".join(f"{v}  {k}\n" for k, v in sorted(sums.items())), encoding="utf-8")


if __name__ == "__main__":
    main()
