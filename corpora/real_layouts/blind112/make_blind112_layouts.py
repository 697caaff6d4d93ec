# -*- coding: utf-8 -*-
"""Blind part blind112 of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document
reproduces the layout of one stored public web page (see SOURCES.md); facts are
kept as written, longer sentences are re-worded. The gold answers are written
here, before any tool looks at the files.

Run:  /tmp/venv/bin/python make_blind112_layouts.py
Writes the DOCX/XLSX files, their PDFs (LibreOffice) and annotations/*.json.
"""
import datetime
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"


# ----------------------------------------------------------------- helpers
def new_doc(title):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = "blind112"
    cp.last_modified_by = "blind112"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def para(d, text, bold=False, size=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, merges=(), widths=None, bold_rows=(0,)):
    """rows: list of lists of str; merges: ((r0,c0,r1,c1), ...) text kept in r0,c0."""
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(ncol):
            v = r[j] if j < len(r) else ""
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(9)
            run.bold = i in bold_rows
    for (r0, c0, r1, c1) in merges:
        keep = t.cell(r0, c0).text
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        # merged cells concatenate texts; keep only the first cell's text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].runs[0].text = keep
        for run in m.paragraphs[0].runs[1:]:
            run.text = ""
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Pt(w)
            for i in range(len(rows)):
                t.cell(i, j).width = Pt(w)
    return t


def fix_zip(path):
    """Rewrite an OOXML zip with fixed entry dates so the bytes do not depend on the clock."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the clock on save
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fix_pdf(path):
    """LibreOffice stamps the export time and a random-ish /ID; overwrite them in place (same length)."""
    import hashlib
    import re
    data = open(path, "rb").read()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20240101000000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20240101000000", data)
    body = re.sub(rb"/ID \[[^\]]*\]|/DocChecksum /[0-9A-F]+", b"", data)
    h = hashlib.md5(body).hexdigest().upper().encode()
    data = re.sub(rb"/ID \[ <[0-9A-F]{32}>(\s)<[0-9A-F]{32}> \]",
                  lambda m: b"/ID [ <" + h + b">" + m.group(1) + b"<" + h + b"> ]", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + h, data)
    open(path, "wb").write(data)


def to_pdf(path):
    fix_zip(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_blind112", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    fix_pdf(os.path.splitext(path)[0] + ".pdf")


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def write_gold(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    base = os.path.splitext(fname)[0]
    for f in (fname, base + ".pdf"):
        g = dict(gold)
        g["source"] = f
        with open(os.path.join(ANN, f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


# ================================================================ 1 Nantong
def nantong():
    fname = "jiangsu-nantong-weishengjiankang-shisanwu-zhibiaowancheng.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "主要指标完成情况"
    wb.properties.creator = "blind112"
    wb.properties.lastModifiedBy = "blind112"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "南通市“十三五”卫生健康主要指标完成情况"
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(name=FONT, size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "来源: 健康南通 发布时间:2021-12-08 09:57 累计次数: 字体:[ ]"
    ws.merge_cells("A2:F2")
    header = ["类别", "序号", "指标", "单位", "2020年\n完成情况", "2020年\n规划目标"]
    data = [
        ("健康水平", "1", "人均期望寿命", "", "83.16\n(市级测算)", "≥80"),
        ("", "2", "孕产妇死亡率", "1/10万", "2.65", "≤5"),
        ("", "3", "婴儿死亡率", "", "2.41", "≤4"),
        ("", "4", "5岁以下儿童死亡率", "", "3.47", "≤6"),
        ("疾病防控与\n爱国卫生", "5", "以镇(街道)为单位适龄儿童免疫规划疫苗接种率", "%", "99.22", "≥97"),
        ("", "6", "肺结核发病率", "1/10万", "23.71", "≤30"),
        ("", "7", "因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率", "%", "8.83",
         "比2015年(24.31)降低10个百分点"),
        ("", "8", "登记在册的严重精神障碍患者管理率", "%", "96.78", "≥90"),
        ("", "9", "全市居民健康素养水平", "%", "27.52", "≥24"),
        ("", "10", "农村无害化卫生户厕普及率", "%", "99", "≥95"),
        ("", "11", "3岁以下儿童系统管理率", "%", "96.74", "≥90"),
        ("", "12", "孕前优生健康检查目标人群覆盖率", "%", "100", "≥90"),
        ("", "13", "食品安全风险监测食品类别的覆盖率", "%", "100", "100"),
        ("资源配置", "14", "每千常住人口执业(助理)医师数", "", "2.9", "≥2.5"),
        ("", "15", "每千常住人口注册护士数", "", "2.9", "≥3.14"),
        ("", "16", "每万常住人口全科医生数", "", "5.96", "3.5"),
        ("", "17", "每千常住人口医疗机构床位数", "", "6.41", "6"),
        ("医疗保障", "18", "个人卫生支出占卫生总费用的比重", "%", "24", "≤28"),
        ("", "19", "居民电子健康档案规范化建档管理率", "%", "88.46", "≥85"),
        ("智慧健康", "20", "县级以上医院面向基层远程医疗服务比例", "%", "100", "90"),
    ]
    r0 = 4
    for j, h in enumerate(header):
        c = ws.cell(row=r0, column=j + 1, value=h)
        c.font = Font(name=FONT, bold=True, size=10)
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            # numbers stay text, as the page shows them ("99", "100" are typed cells)
            ws.cell(row=r0 + 1 + i, column=j + 1, value=v if v != "" else None)
    for rr in range(r0, r0 + 1 + len(data)):
        for cc in range(1, 7):
            c = ws.cell(row=rr, column=cc)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="center",
                                    horizontal="left" if cc == 3 else "center")
            if rr > r0:
                c.font = Font(name=FONT, size=10)
    # merged 类别 column: 健康水平 1-4, 疾病防控 5-13, 资源配置 14-17, 医疗保障 18-19, 智慧健康 20
    for a, b in ((1, 4), (5, 13), (14, 17), (18, 19)):
        ws.merge_cells(start_row=r0 + a, start_column=1, end_row=r0 + b, end_column=1)
    ws.row_dimensions[r0].height = 30          # two-line header cells
    ws.row_dimensions[r0 + 1].height = 30      # 83.16 / (市级测算)
    ws.row_dimensions[r0 + 7].height = 30      # long name of row 7
    for col, w in zip("ABCDEF", (12, 6, 44, 9, 13, 22)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    path = os.path.join(HERE, fname)
    wb.save(path)
    to_pdf(path)

    L = "健康水平"
    D = "疾病防控与爱国卫生"
    R = "资源配置"
    M = "医疗保障"
    Z = "智慧健康"
    inds = [
        ind(L, None, "人均期望寿命", ">=", 80, None, "≥80", actual=83.16),
        ind(L, None, "孕产妇死亡率", "<=", 5, "1/10万", "≤5", actual=2.65),
        ind(L, None, "婴儿死亡率", "<=", 4, None, "≤4", actual=2.41),
        ind(L, None, "5岁以下儿童死亡率", "<=", 6, None, "≤6", actual=3.47),
        ind(D, None, "以镇(街道)为单位适龄儿童免疫规划疫苗接种率", ">=", 97, "%", "≥97", actual=99.22),
        ind(D, None, "肺结核发病率", "<=", 30, "1/10万", "≤30", actual=23.71),
        ind(D, None, "因心脑血管疾病、癌症、慢性呼吸系统疾病和糖尿病导致的过早死亡率", None, 10, "百分点",
            "比2015年(24.31)降低10个百分点", actual=8.83),
        ind(D, None, "登记在册的严重精神障碍患者管理率", ">=", 90, "%", "≥90", actual=96.78),
        ind(D, None, "全市居民健康素养水平", ">=", 24, "%", "≥24", actual=27.52),
        ind(D, None, "农村无害化卫生户厕普及率", ">=", 95, "%", "≥95", actual=99),
        ind(D, None, "3岁以下儿童系统管理率", ">=", 90, "%", "≥90", actual=96.74),
        ind(D, None, "孕前优生健康检查目标人群覆盖率", ">=", 90, "%", "≥90", actual=100),
        ind(D, None, "食品安全风险监测食品类别的覆盖率", None, 100, "%", "100", actual=100),
        ind(R, None, "每千常住人口执业(助理)医师数", ">=", 2.5, None, "≥2.5", actual=2.9),
        ind(R, None, "每千常住人口注册护士数", ">=", 3.14, None, "≥3.14", actual=2.9),
        ind(R, None, "每万常住人口全科医生数", None, 3.5, None, "3.5", actual=5.96),
        ind(R, None, "每千常住人口医疗机构床位数", None, 6, None, "6", actual=6.41),
        ind(M, None, "个人卫生支出占卫生总费用的比重", "<=", 28, "%", "≤28", actual=24),
        ind(M, None, "居民电子健康档案规范化建档管理率", ">=", 85, "%", "≥85", actual=88.46),
        ind(Z, None, "县级以上医院面向基层远程医疗服务比例", None, 90, "%", "90", actual=100),
    ]
    mu = "unit column left empty; the value is a number"
    findings = [
        {"rule": "target.missing_unit", "item": "人均期望寿命", "why": mu + " (岁)"},
        {"rule": "target.missing_unit", "item": "婴儿死亡率", "why": mu + " (‰)"},
        {"rule": "target.missing_unit", "item": "5岁以下儿童死亡率", "why": mu + " (‰)"},
        {"rule": "target.missing_unit", "item": "每千常住人口执业(助理)医师数", "why": mu + " (人)"},
        {"rule": "target.missing_unit", "item": "每千常住人口注册护士数", "why": mu + " (人)"},
        {"rule": "target.missing_unit", "item": "每万常住人口全科医生数", "why": mu + " (人)"},
        {"rule": "target.missing_unit", "item": "每千常住人口医疗机构床位数", "why": mu + " (张)"},
        {"rule": "consistency.deviation_reason_missing", "item": "每千常住人口注册护士数",
         "why": "2020 actual 2.9 is below the target ≥3.14 and the table gives no reason"},
        {"rule": "target.too_low", "item": "每万常住人口全科医生数",
         "why": "actual 5.96 is 170% of the target 3.5 (>150%)"},
    ]
    gold = {
        "source_urls": ["https://wjw.nantong.gov.cn/ntswjw/tjsj/content/5208af9c-0fa1-4ab8-9fdc-8d9eb9a4f1dd.html"],
        "province": "江苏省",
        "doc_kind": "规划主要指标完成情况表",
        "patterns": [1, 5],
        "indicators": inds,
        "goals": [],
        "facts": [],
        "findings": findings,
        "notes": (
            "Stored page: title line, source/date line and the whole 20-row table; the table ends at row 20 "
            "(智慧健康) where the stored text ends. Kept as found: empty unit cells for rows 1,3,4,14-17; '(市级测算)' "
            "under 83.16; targets without operator in rows 13,16,17,20 (operator null); category label '疾病防控与爱国卫生' "
            "written on two lines; 医疗保障 label spans rows 18-19 and 智慧健康 row 20 as the flattened page order suggests. "
            "Columns '2020年完成情况' = actual, '2020年规划目标' = target. level1 = the 类别 column, no level2. "
            "Judgement calls: row 7 target '比2015年(24.31)降低10个百分点' recorded as value 10, unit 百分点, operator null "
            "(a relative target; the implied ceiling 14.31 is not written). Units left null where the cell is empty even "
            "though a reader infers 岁/‰/人/张. too_low flagged only for the >= / bare-number row 16 (170%); the <= rows whose "
            "actual is far under the ceiling (e.g. 孕产妇死亡率 2.65 vs ≤5) are not flagged because the direction rule for "
            "reverse indicators is unclear. Row 20 (100 vs 90) and row 12 (100 vs ≥90) stay under 150% and are not flagged. "
            "Numbers are typed as text cells, as on the page."
        ),
    }
    write_gold(fname, gold)
    return fname, gold


# ================================================================ 2 Baoying
def baoying():
    fname = "jiangsu-baoying-weishengjiankang-shisiwu-guihua.docx"
    d = new_doc("宝应县“十四五”卫生健康发展规划(节选)")
    goals_txt = [
        "——健康服务能力显著增强。每千常住人口执业(助理)医师达3.9人、每千常住人口注册护士达3.5人、"
        "每千常住人口医疗卫生机构床位达5.6张;力争建成2个省级临床重点专科(建设单位)。",
        "——健康管理全面加强。预防为主的健康管理体系进一步建成,高血压、糖尿病患者规范管理率达65%以上, "
        "65周岁及以上老年人规范健康管理服务率达75%,居民电子健康档案规范化建档管理率达90%。",
        "——健康投入更可持续。居民个人卫生支出占卫生总费用的比重降低到23%以下。",
        "——服务体系更加完善。公共卫生和医疗服务两大体系健全完善,应对重大疫情和突发公共卫生事件的能力"
        "明显增强,分级诊疗制度落到实处,城乡15分钟健康服务圈提质增效,农村区域性医疗中心二级医院的服务能力"
        "和水平继续提高。",
        "——行业监管不断强化。“放管服”改革继续深化,权力清单、责任清单、负面清单严格执行,卫生健康行业"
        "综合监管机制更加完善,医疗卫生服务实行多元化监管。",
        "——人口生育政策更加积极。城乡社区托育服务提供覆盖率达100%,开设托班制幼儿园占托幼机构总数比例"
        "进一步提升,人口长期均衡发展得到促进。三孩政策全面落实,优生优育服务水平提升,出生人口素质提高。",
        "——卫生信息化建设持续推进。全民健康信息平台的应用功能提档升级,区域信息化互联互通水平提升,"
        "卫生健康云建设见到明显成效。“互联网 医疗健康”服务得到普及,医疗健康大数据中心初步建成,"
        "大数据应用能力和发展显著提升。",
        "——健康产业进一步发展。健康服务业体系加快形成,健康医疗大数据产业进一步发展,健康服务业和大健康"
        "产业增加值进一步提升。",
    ]
    for g in goals_txt:
        para(d, g)
    para(d, "宝应县“十四五”卫生健康主要发展指标", bold=True, center=True)
    rows = [
        ["分类", "序号", "主要指标", "单位", "2025年", "指标性质"],
        ["健康\n水平", "1", "人均预期寿命", "", "", ""],
    ]
    table(d, rows, widths=(50, 30, 170, 45, 55, 60))
    path = os.path.join(HERE, fname)
    d.save(path)
    to_pdf(path)

    goals = [{"kind": "发展目标", "text": g} for g in goals_txt]
    findings = [
        {"rule": "target.missing_value", "item": "人均预期寿命",
         "why": "the only table row has a name but empty 单位/2025年/指标性质 cells (the stored page is cut here)"},
        {"rule": "target.missing_unit", "item": "人均预期寿命", "why": "unit cell empty"},
        {"rule": "goal.unquantified", "item": goals_txt[3], "why": "only 15分钟 describes the service circle; no target value"},
        {"rule": "goal.unquantified", "item": goals_txt[4], "why": "no number at all"},
        {"rule": "goal.unquantified", "item": goals_txt[6], "why": "no number; 持续推进/显著提升 only"},
        {"rule": "goal.unquantified", "item": goals_txt[7], "why": "no number; 进一步发展/进一步提升 only"},
        {"rule": "target.vague_wording", "item": "开设托班制幼儿园占托幼机构总数比例进一步提升",
         "why": "a ratio target with 进一步提升 and no value or baseline"},
    ]
    gold = {
        "source_urls": ["https://nextlevelartsconsulting.com/ghuadong/8785_3.html"],
        "province": "江苏省",
        "doc_kind": "十四五卫生健康发展规划(节选:发展目标与主要指标表)",
        "patterns": [10],
        "indicators": [ind("健康水平", None, "人均预期寿命", None, None, None, None)],
        "goals": goals,
        "facts": [],
        "findings": findings,
        "notes": (
            "The stored page is page 3 of a mirrored article: it starts in the middle of the 发展目标 list "
            "('——健康服务能力显著增强') and stops right after the first cell of the first table row ('人均预期寿命'). "
            "I start and stop the document exactly there; no heading was added before the first dash item. "
            "Kept as found: the table header has only one year column '2025年' (no base year); the label '健康 水平' "
            "is written on two lines; the space in '互联网 医疗健康' (a lost '+'). The dash paragraphs are re-worded "
            "except their numbers. Goal kind '发展目标' is my label (the heading is not on the stored page). "
            "Judgement calls: the numeric targets inside the dash paragraphs are treated as goals, not indicator rows; "
            "only the one table row is an indicator. goal.unmeasured is not flagged because the table is cut. "
            "'以上'/'以下' phrases are not split into indicators."
        ),
    }
    write_gold(fname, gold)
    return fname, gold


# ================================================================ 3 Hunan
def hunan():
    fname = "hunan-quansheng-lvyou-xingdongfangan.docx"
    d = new_doc("湖南省“十四五”时期推进旅游业高质量发展行动方案(转载)")
    para(d, "新用戶登錄后自動創建賬號")
    para(d, "登錄")
    p1 = "9月7日消息,據湖南省文化和旅遊廳消息,近日,湖南省文化和旅遊廳印發《湖南省“十四五”時期推進旅遊業高質量發展行動方案》。"
    g2023 = ("《方案》指出,到2023年,全省接待旅遊總人數9.6億人次以上,實現旅遊總收入1.15萬億元以上;"
             "旅遊增加值占GDP的比重達到6.23%左右;國內旅遊人均消費達到1200元以上,過夜遊客比重達到35%左右;"
             "4A級以上景區達到180家以上;培育形成旅遊總收入千億元地級市3個、百億元縣市區30個、億元鄉鎮30個以上。")
    g2025 = ("到2025年,建成全國文化和旅遊融合發展示範區、國內外著名旅遊目的地。全省接待旅遊總人數11.5億人次以上,"
             "實現旅遊總收入1.3萬億元以上;旅遊增加值占GDP的比重達到6.5%左右;國內旅遊人均消費達到1300元以上,"
             "過夜遊客比重達到40%左右;力爭每年創建一個5A級景區或國家級度假區,4A級以上景區和省級以上度假區達到200家;"
             "培育1-2家營業收入過千億、3-4家營業收入過百億的龍頭文化旅遊企業,上市文化旅遊企業達到30家以上;"
             "培育形成旅遊總收入千億元地級市5個、百億元縣市區50個、億元鄉鎮40個以上。")
    g_dest = ("《方案》提出,建設世界知名旅遊目的地。以長沙、張家界兩大國際旅遊中心城市為引領,對照世界水準、國際一流、"
              "國內領先的標準,把張家界建成世界一流旅遊目的地,把韶山建成世界知名紅色旅遊目的地,把長沙建成世界旅遊目的地,"
              "把衡山和鳳凰建成世界級文化旅遊目的地,把豈山建成世界級生態與文化旅遊目的地;炎帝陵景區、舜帝陵景區要建成"
              "國家始祖文化旅遊勝地。新增4A級旅遊景區50個,新增3A級旅")
    for t in (p1, g2023, g2025, g_dest):
        para(d, t).paragraph_format.right_indent = Pt(24)
    path = os.path.join(HERE, fname)
    d.save(path)
    to_pdf(path)

    Y3, Y5 = None, None
    inds = [
        ind(Y3, None, "全省接待旅遊總人數", ">=", 9.6, "億人次", "9.6億人次以上"),
        ind(Y3, None, "旅遊總收入", ">=", 1.15, "萬億元", "1.15萬億元以上"),
        ind(Y3, None, "旅遊增加值占GDP的比重", None, 6.23, "%", "6.23%左右"),
        ind(Y3, None, "國內旅遊人均消費", ">=", 1200, "元", "1200元以上"),
        ind(Y3, None, "過夜遊客比重", None, 35, "%", "35%左右"),
        ind(Y3, None, "4A級以上景區", ">=", 180, "家", "180家以上"),
        ind(Y3, None, "旅遊總收入千億元地級市", None, 3, "個", "3個"),
        ind(Y3, None, "百億元縣市區", None, 30, "個", "30個"),
        ind(Y3, None, "億元鄉鎮", ">=", 30, "個", "30個以上"),
        ind(Y5, None, "全省接待旅遊總人數", ">=", 11.5, "億人次", "11.5億人次以上"),
        ind(Y5, None, "旅遊總收入", ">=", 1.3, "萬億元", "1.3萬億元以上"),
        ind(Y5, None, "旅遊增加值占GDP的比重", None, 6.5, "%", "6.5%左右"),
        ind(Y5, None, "國內旅遊人均消費", ">=", 1300, "元", "1300元以上"),
        ind(Y5, None, "過夜遊客比重", None, 40, "%", "40%左右"),
        ind(Y5, None, "5A級景區或國家級度假區", None, 1, "個", "每年創建一個"),
        ind(Y5, None, "4A級以上景區和省級以上度假區", ">=", 200, "家", "達到200家"),
        ind(Y5, None, "營業收入過千億", "range", None, "家", "1-2家"),
        ind(Y5, None, "營業收入過百億的龍頭文化旅遊企業", "range", None, "家", "3-4家"),
        ind(Y5, None, "上市文化旅遊企業", ">=", 30, "家", "30家以上"),
        ind(Y5, None, "旅遊總收入千億元地級市", None, 5, "個", "5個"),
        ind(Y5, None, "百億元縣市區", None, 50, "個", "50個"),
        ind(Y5, None, "億元鄉鎮", ">=", 40, "個", "40個以上"),
        ind(None, None, "新增4A級旅遊景區", None, 50, "個", "50個"),
    ]
    goals = [
        {"kind": "階段目標(2023年)", "text": g2023},
        {"kind": "階段目標(2025年)", "text": g2025},
        {"kind": "主要任務", "text": g_dest},
    ]
    findings = [
        {"rule": "target.vague_wording", "item": "旅遊增加值占GDP的比重達到6.23%左右",
         "why": "'左右' gives no direction or bound; the same for 6.5%左右 and the 過夜遊客比重 targets"},
        {"rule": "target.missing_value", "item": "新增3A級旅",
         "why": "the last target is cut mid-word: no value (the stored page ends here)"},
    ]
    gold = {
        "source_urls": ["http://buildfuture.com.cn/36241.html"],
        "province": "湖南省",
        "doc_kind": "行動方案(轉載新聞,主要目標)",
        "patterns": [10],
        "indicators": inds,
        "goals": goals,
        "facts": [],
        "findings": findings,
        "notes": (
            "Prose only (no indicator table). The mirror shows the news text in traditional characters with some "
            "encoding debris; I write it in traditional characters without the debris. The site chrome lines "
            "'新用戶登錄后自動創建賬號' / '登錄' are kept at the top as found. The stored page stops mid-word at "
            "'新增3A級旅'; the document stops there too. Kept as found: '豈山' (garbled name of the mountain), "
            "'力爭每年創建一個5A級景區', ranges '1-2家' and '3-4家'. The 2023 and 2025 target sentences are kept close "
            "to the page because they are lists of facts; the destination paragraph is re-worded. "
            "Judgement calls: each target phrase is listed as an indicator row with level1/level2 null; the year "
            "(2023 or 2025) is only in the goal text, so names repeat across years. '以上' → '>='; '達到N家' → '>='; "
            "'左右' → operator null; in '千億元地級市3個、百億元縣市區30個、億元鄉鎮30個以上' only the last item carries "
            "'以上'. Ranges have operator 'range' and value null; in '培育1-2家營業收入過千億、3-4家營業收入過百億的龍頭文化旅遊企業' the first item shares the noun of the second, so its name is only '營業收入過千億' as written. '每年創建一個' → value 1, operator null. "
            "No facts (no totals with parts). The 左右 finding is one finding standing for four similar targets; a "
            "reviewer might not flag it at all (it is a common, accepted form in plans)."
        ),
    }
    write_gold(fname, gold)
    return fname, gold


# ================================================================ 4 Luxian
def luxian():
    fname = "sichuan-luxian-jiankangxingdong-shishiyijian.docx"
    d = new_doc("泸县人民政府关于印发《推进健康泸县行动实施意见》的通知")
    para(d, "泸县人民政府 关于印发《推进健康泸县行动实施意见》的通知", bold=True, center=True)
    para(d, "泸县人民政府", bold=True, center=True, size=16)
    para(d, "关于印发《推进健康泸县行动实施意见》的", bold=True, center=True, size=14)
    para(d, "通  知", bold=True, center=True, size=14)
    para(d, "泸县府发〔2021〕4号", center=True)
    para(d, "各镇人民政府、玉蟾街道办事处,县级各部门(单位):")
    para(d, "《推进健康泸县行动实施意见》已经县第十六届人民政府第70次常务会议审议通过,现印发你们,请认真贯彻落实。")
    p = para(d, "泸县人民政府")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(d, "2021年3月23日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "推进健康泸县行动实施意见", bold=True, center=True, size=14)
    para(d, "为贯彻习近平新时代中国特色社会主义思想、落实健康中国战略,坚持以人民为中心,按照全民参与、共建共享的原则,"
            "把健康融入所有政策,全方位全周期保障人民健康,依据《四川省人民政府关于推进健康四川行动的实施意见》"
            "(川府发〔2019〕27号)和《泸州市人民政府关于印发〈推进健康泸州行动的实施意见〉的通知》(泸市府发〔2020〕24号),"
            "结合泸县实际,提出如下实施意见。")
    para(d, "一、目标要求", bold=True)
    g1 = ("2020—2022年,基本建立健康促进政策体系,健康生活方式全面推广普及,全民健康素养稳步提高,健康服务能力得到提升,"
          "健康环境持续改善,重大慢性病发病率上升的势头得到遏制,重点传染病、严重精神障碍、地方病、职业病得到有效防控,"
          "致残和死亡风险逐步降低,重点人群健康状况显著改善,居民主要健康指标水平明显提升。")
    g2 = ("2022—2030年,健康促进政策体系更加完善,全民健康素养水平大幅提升,健康生活方式基本普及,健康服务能力达到较高水平,"
          "健康环境显著改善,居民主要健康影响因素得到有效控制,重大慢性病导致的过早死亡率明显降低,重点传染病、严重精神障碍、"
          "地方病、职业病的防控进一步见效,人均健康预期寿命较大提高,居民主要健康指标达到或超过全省平均水平。")
    para(d, g1)
    para(d, g2)
    para(d, "二、主要任务", bold=True)
    para(d, "(一)全方位干预健康影响因素。")
    para(d, "1.实施健")
    path = os.path.join(HERE, fname)
    d.save(path)
    to_pdf(path)

    goals = [{"kind": "阶段目标", "text": g1}, {"kind": "阶段目标", "text": g2}]
    findings = [
        {"rule": "goal.unquantified", "item": g1, "why": "period 2020—2022 given, but no target value for any of the outcomes"},
        {"rule": "goal.unquantified", "item": g2, "why": "period 2022—2030 given, but no target value; '达到或超过全省平均水平' has no number"},
        {"rule": "goal.unmeasured", "item": g1, "why": "the document as it stands has no indicator backing the goal"},
        {"rule": "goal.unmeasured", "item": g2, "why": "the document as it stands has no indicator backing the goal"},
    ]
    gold = {
        "source_urls": ["http://123.56.154.50:9104/zwgk/zc/zfwj1/zfwj/content_288098"],
        "province": "四川省",
        "doc_kind": "实施意见(印发通知+目标要求)",
        "patterns": [8],
        "indicators": [],
        "goals": goals,
        "facts": [],
        "findings": findings,
        "notes": (
            "Prose only. The stored page holds the notice (title, document number 泸县府发〔2021〕4号, addressees, one "
            "sentence, signature 泸县人民政府 / 2021年3月23日), the title of the 实施意见, its preamble, 一、目标要求 with two "
            "period paragraphs, 二、主要任务, (一) and stops at '1.实施健'; the document stops there too. Kept as found: the "
            "repeated page-title line above the red-head title, the title broken over three lines ('…的' / '通  知'), "
            "the two overlapping periods 2020—2022 and 2022—2030, document numbers and dates. The preamble and both goal "
            "paragraphs are re-worded. Judgement calls: goal kind '阶段目标' is my label; goal.unmeasured is flagged because "
            "nothing in the document as it stands backs the goals, though the full text may have an indicator annex."
        ),
    }
    write_gold(fname, gold)
    return fname, gold


# ================================================================ 5 Healthy China indicator table (national)
def jkzg():
    fname = "quanguo-quanguo-jiankangzhongguoxingdong-zhuyaozhibiao.docx"
    d = new_doc("健康中国行动(2019—2030年)(2) 主要指标")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, "棕鹿养生:健康中国行动(2019—2030年)(2)", bold=True, size=13)
    para(d, "发布于: 雪球转发:0回复:0喜欢:0")
    para(d, "二、主要指标", bold=True)
    para(d, "健康中国行动主要指标", bold=True, center=True)
    expl1 = ("说明:健康素养指个人获取、理解基本健康信息和服务,并用它们作出正确决定、维护和促进自身健康的能力;健康素养水平即"
             "具备健康素养的人在监测总人群中的占比。计算方法:具备基本健康素养的人数/监测人群总人数×100%。")
    expl4 = ("说明:基本的急救知识和技能包括心肺复苏术、急救包扎和固定搬运、海姆立克急救法(对气管被异物堵塞的患者,"
             "向其上腹部施压,促使异物排出)等。")
    expl6 = ("说明:建立并完善国家和省级健康科普专家库,由专家开展健康科普活动;建立并完善国家级健康科普资源库,出版、遴选、"
             "推介一批健康科普读物和材料;构建健康科普知识发布和传播的机制。")
    expl9 = "说明:体重指数(BMI)为体重(kg)/身高的平方(m2),按照中国成"
    H = ["领域", "", "序号", "指标", "基期水平", "2022年目标值", "2030年目标值", "指标性质"]
    rows = [
        H,
        ["(一)\n健康知识普及行动", "结果性指标", "1", "居民健康素养水平(%)", "14.18", "≥22", "≥30", "预期性"],
        ["", expl1, "", "", "", "", "", ""],
        ["", "个人和社会倡导性指标", "2", "个人定期记录身心健康状况", "", "", "", "倡导性"],
        ["", "", "3", "个人了解掌握基本中医药健康知识", "", "", "", "倡导性"],
        ["", "", "4", "居民掌握基本的急救知识和技能", "", "", "", "倡导性"],
        ["", "", expl4, "", "", "", "", ""],
        ["", "", "5", "医务人员掌握与岗位相适应的健康科普知识,并在诊疗过程主动提供健康指导。", "", "", "", "倡导性"],
        ["", "政府工作指标", "6", "建立并完善健康科普专家库和资源库,构建健康科普知识发布和传播机制", "", "实现", "", "约束性"],
        ["", "", expl6, "", "", "", "", ""],
        ["", "", "7", "建立医疗机构和医务人员开展健康教育和健康促进的绩效考核机制", "", "实现", "", "约束性"],
        ["", "", "8", "中医医院设置治未病科室比例(%)", "", "90", "100", "预期性"],
        ["(二)\n合理膳食行动", "结果性指标", "9", "成人肥胖增长率(%)", "2002—2012年平均每年增长约5.3%", "持续减缓", "",
         "预期性"],
        ["", "", expl9, "", "", "", "", ""],
    ]
    merges = [
        (0, 0, 0, 1),          # header 领域 over two label columns
        (1, 0, 11, 0),         # (一) 健康知识普及行动
        (1, 1, 1, 1),
        (2, 1, 2, 7),          # 说明 row 1 spans the rest
        (3, 1, 7, 1),          # 个人和社会倡导性指标
        (6, 2, 6, 7),          # 说明 row 4
        (8, 1, 11, 1),         # 政府工作指标
        (8, 5, 8, 6),          # 实现 over both target years
        (9, 2, 9, 7),          # 说明 row 6
        (10, 5, 10, 6),        # 实现
        (12, 0, 13, 0),        # (二) 合理膳食行动
        (12, 1, 13, 1),        # 结果性指标
        (12, 5, 12, 6),        # 持续减缓 over both years
        (13, 2, 13, 7),        # 说明 row 9 (cut)
    ]
    merges = [m for m in merges if m[:2] != m[2:]]
    table(d, rows, merges=merges, widths=(58, 58, 24, 290, 70, 50, 50, 48))
    path = os.path.join(HERE, fname)
    d.save(path)
    to_pdf(path)

    A, B = "健康知识普及行动", "合理膳食行动"
    R1, R2, R3 = "结果性指标", "个人和社会倡导性指标", "政府工作指标"
    inds = [
        ind(A, R1, "居民健康素养水平(%)", ">=", 22, "%", "≥22"),
        ind(A, R2, "个人定期记录身心健康状况", None, None, None, None),
        ind(A, R2, "个人了解掌握基本中医药健康知识", None, None, None, None),
        ind(A, R2, "居民掌握基本的急救知识和技能", None, None, None, None),
        ind(A, R2, "医务人员掌握与岗位相适应的健康科普知识,并在诊疗过程主动提供健康指导。", None, None, None, None),
        ind(A, R3, "建立并完善健康科普专家库和资源库,构建健康科普知识发布和传播机制", None, None, None, "实现"),
        ind(A, R3, "建立医疗机构和医务人员开展健康教育和健康促进的绩效考核机制", None, None, None, "实现"),
        ind(A, R3, "中医医院设置治未病科室比例(%)", None, 90, "%", "90"),
        ind(B, R1, "成人肥胖增长率(%)", None, None, "%", "持续减缓"),
    ]
    nv = "倡导性 row with a name but no base, no 2022 and no 2030 value"
    findings = [
        {"rule": "target.missing_value", "item": "个人定期记录身心健康状况", "why": nv},
        {"rule": "target.missing_value", "item": "个人了解掌握基本中医药健康知识", "why": nv},
        {"rule": "target.missing_value", "item": "居民掌握基本的急救知识和技能", "why": nv},
        {"rule": "target.missing_value", "item": "医务人员掌握与岗位相适应的健康科普知识,并在诊疗过程主动提供健康指导。", "why": nv},
        {"rule": "target.qualitative_no_scale", "item": "成人肥胖增长率(%)",
         "why": "target '持续减缓' for a % indicator: no value and no grading rule"},
    ]
    gold = {
        "source_urls": ["https://xueqiu.com/2509790890/237646642"],
        "province": "全国",
        "doc_kind": "行动主要指标表(转载)",
        "patterns": [1, 5, 8],
        "indicators": inds,
        "goals": [],
        "facts": [],
        "findings": findings,
        "notes": (
            "National document (健康中国行动 2019—2030) as reposted on a forum page; not a city/county plan, kept because "
            "it is the clearest multi-level indicator table found. The stored page starts with the repost header and "
            "'二、主要指标' and stops inside the 说明 of row 9 at '按照中国成'; the document stops there too. Layout as the "
            "flattened page suggests: two label columns (领域 with '(一)健康知识普及行动', then 结果性指标 / 个人和社会倡导性指标 "
            "/ 政府工作指标), '说明' rows spanning the table under rows 1, 4, 6 and 9, '实现' and '持续减缓' taken as one cell "
            "across both target years (the page shows them once). Row 8 shows only two numbers (90, 100): read as "
            "2022=90, 2030=100 with an empty base. The 说明 texts are re-worded, the formula kept. "
            "Judgement calls: target_text/value/operator come from the 2022年目标值 column; the 2030 targets are ≥30 (row 1), "
            "实现 (rows 6, 7), 100 (row 8), 持续减缓 (row 9). level1 = 领域 without '(一)', level2 = the indicator group. "
            "Names kept with their '(%)' suffix; unit '%' taken from it. '实现' rows are not flagged (a binary target is "
            "checkable). 倡导性 rows are flagged as missing values although the plan means them as advocacy without targets."
        ),
    }
    write_gold(fname, gold)
    return fname, gold


def main():
    out = [nantong(), baoying(), hunan(), luxian(), jkzg()]
    for f, g in out:
        print(f, "indicators", len(g["indicators"]), "goals", len(g["goals"]), "findings", len(g["findings"]))


if __name__ == "__main__":
    sys.exit(main())
