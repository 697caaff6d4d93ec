"""Build the blind283 corpus part: livelihood programmes (学生资助, 计生奖扶, 非遗/电影/公共文化).

The gold (GOLD below) is written first; the builders read only the layout constants
(the page text as laid out), never the gold records.
Run:  /tmp/wvenv/bin/python make_blind283_layouts.py
Outputs sit beside this script; annotations/<file>.json for every DOCX/XLSX and PDF.
"""

import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile

import openpyxl
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind283"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)
CJK_FONT = "Noto Sans CJK SC"

URL_A = "http://www.scentdiffusermachine.com/zwgk/zdxxgk/jyfz/jyzz_45708/202112/t20211220_2672497.htm"
URL_C = "https://m.graitlex.com/sgxrmzf/jxpg/202412/cc7cdbc3638a44c3aba25c940b7edcf3.shtml"
URL_D = "http://xsbnzwhg.com/nd.jsp?id=461&groupId=-1"
URL_E = ("https://www.sandu.gov.cn/zfbm/xwhgdhlyjtyj_5712981/zfxxgk_5712953/fdzdgknr_5712956/"
         "gdcm/202012/t20201202_65456002.html")
URL_F = "https://m.yzwku.com/doc/695572.html"

# ---------------------------------------------------------------------------
# GOLD (written before any file is built or read)
# ---------------------------------------------------------------------------


def _ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def _sum(metric, total, parts, unit):
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


D_GOALS = [
    "1.支持项目代表性传承人开展传习、收徒授艺,培养后继人才,年内申报一批州级非遗项目及代表性传承人。",
    ("2.加强非物质文化遗产项目宣传展示,利用文化和自然遗产日,组织传承人走进社区、学校开展多种形式的展示活动,"
     "让非遗见人见物见生活、更多融入群众的生产生活,满足群众的精神文化和审美需求。"),
    "3.开展相关非遗项目资料收集整理、存档、入库。",
]

GOLD = {
    "blind283_huian_xszz_2021.xlsx": {
        "source_urls": [URL_A],
        "province": "福建省",
        "doc_kind": "学生资助情况统计表(各学段、春秋两季及全年)",
        "patterns": [1, 5, 6],
        "indicators": [],
        "goals": [],
        "facts": [
            _sum("学前教育国家助学金 全年资助人数", 619, [313, 306], "人"),
            _sum("学前教育国家助学金 全年资助金额", 54, [27.1, 26.9], "万元"),
            _sum("学前教育国家助学金 2021年春资助人数", 313, [229, 84], "人"),
            _sum("学前教育国家助学金 2021年春资助金额", 27.1, [22.9, 4.2], "万元"),
            _sum("学前教育国家助学金 2021年秋资助人数", 306, [232, 74], "人"),
            _sum("营养改善计划 全年资助人数", 12863, [6151, 6712], "人"),
            _sum("营养改善计划 全年资助金额", 643.15, [307.55, 335.6], "万元"),
            _sum("困难生生活补助 全年资助人数", 3009, [1475, 1534], "人"),
            _sum("困难生生活补助 全年资助金额", 92.3875, [45.0687, 47.3188], "万元"),
            _sum("困难生生活补助 2021年秋资助金额(1类)", 47.3188, [45.0687], "万元"),
            _sum("免费教科书 全年资助人数", 196892, [95039, 101853], "人"),
            _sum("免费教科书 全年资助金额", 1312.6441, [584.7054, 727.9387], "万元"),
            _sum("普通高中国家助学金 全年资助人数", 780, [391, 389], "人"),
            _sum("普通高中国家助学金 全年资助金额", 87.165, [43.895, 43.27], "万元"),
            _sum("普通高中国家助学金 2021年春资助金额", 43.895, [24.6, 19.295], "万元"),
            _sum("普通高中国家助学金 2021年秋资助金额", 43.27, [23.55, 19.72], "万元"),
            _sum("普通高中国家免学费 全年资助人数", 325, [171, 154], "人"),
            _sum("普通高中国家免学费 全年资助金额", 26, [13.68, 12.32], "万元"),
            _sum("中职教育国家助学金 全年资助人数", 691, [353, 338], "人"),
            _sum("中职教育国家助学金 全年资助金额", 68.98, [35.18, 33.8], "万元"),
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "困难生生活补助",
             "why": "秋季1类金额写45.0687(与春季相同),而秋季下达资金47.3188、全年92.3875=45.0687+47.3188;"
                    "秋季1类人数1534=资助人数,其金额应为47.3188,疑为复制错误"},
        ],
        "notes": (
            "Stored page is a site mirror that converted the 惠安县教育局 table to traditional characters and "
            "inserted pinyin fragments such as (xué); I wrote it back in simplified characters, names and figures "
            "unchanged. The mirror text collapses empty cells, so columns were placed by the pattern of the rows "
            "that are complete (学前/高中助学金: 春7列+秋6列, 秋季“资助金额”列一律为空). Single-money rows "
            "(免费教科书 春, 大学生源地贷款) put in 财政下达资金; 中职助学金 second 353 taken as 春季1类人数; rows "
            "with only '0 | 0' put in 全年. Figures in 万元 per the header; 人数 columns bare. Built to the end of "
            "the stored page (说明 row). No indicator targets on this page: it is a statistics table, so indicators "
            "and goals are empty on purpose; it tests sums across 春/秋/全年 and 1类/2类 sub-columns."),
    },
    "blind283_shanggao_jisheng_fankui.docx": {
        "source_urls": [URL_C],
        "province": "江西省",
        "doc_kind": "财政评价结果反馈表(计划生育家庭奖励扶助、特别扶助项目)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            _sum("计划生育家庭奖励扶助、特别扶助项目预算资金", 379.368, [179.3, 108.8, 91.268], "万元"),
        ],
        "findings": [],
        "notes": (
            "Form of 上高县财政局 (third-party evaluator 江西珍华管理咨询有限公司): score 94, grade 优 (consistent with "
            "优 ≥90, so no consistency.grade finding). Oddities kept: 项目主管部门 is written 上高县统计局 while the "
            "unit is 上高县卫健委; the 评价项目 title says 工作运行经费 but the text describes the subsidy money itself "
            "(379.368万元 paid to 2020 people); the document name carries a stray 'M' (制度M试点方案); odd spaces "
            "('本级资金 91.268万元', '江西省人口 计划生育委员会'). The long 项目基本情况 text is rewritten in my words "
            "with every figure and document number kept. The stored page stops mid-sentence at "
            "'其中:农村部分计划生育家庭奖励'; the split of the 2020 people and the indicator score table (if any) "
            "are beyond that point, so nothing is flagged about missing indicators."),
    },
    "blind283_xsbn_feiyi_buzhu.docx": {
        "source_urls": [URL_D],
        "province": "云南省",
        "doc_kind": "预算重点领域财政项目文本公开(非遗传承人补助资金)",
        "patterns": [],
        "indicators": [
            _ind(None, None, "州级项目代表性传承人", "=", 2000, "元",
                 "州级项目代表性传承人按每人每年2000元的标准给予补助"),
            _ind(None, None, "州级非遗项目及代表性传承人", None, None, None,
                 "年内申报一批州级非遗项目及代表性传承人"),
        ],
        "goals": [{"kind": "项目实施内容", "text": g} for g in D_GOALS],
        "facts": [
            _sum("州非物质文化遗产传承人补助资金", 34.80, [16.60, 8.40, 9.80], "万元"),
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "州级非遗项目及代表性传承人",
             "why": "'年内申报一批'没有数量,无法衡量完成与否"},
            {"rule": "goal.unquantified", "item": "2.加强非物质文化遗产项目宣传展示",
             "why": "宣传展示只有方式,没有场次、人次等可衡量的数"},
            {"rule": "goal.unquantified", "item": "3.开展相关非遗项目资料收集整理",
             "why": "资料收集、存档、入库没有数量或完成时限"},
            {"rule": "consistency.sum", "item": "州非物质文化遗产传承人补助资金",
             "why": "总额34.80万元,分项写作16.60万元、8.40万元、9.80元;按所写单位分项之和不等于总额(勐腊县单位应为万元)"},
        ],
        "notes": (
            "Running-text project disclosure of 西双版纳傣族自治州文化馆. The heading says 2021年预算 while the project "
            "name is 2020年州非物质文化遗产传承人补助资金 (kept). Defects kept: '〔西政发(201851号〕', "
            "'174×2000/=34.80万元元', '勐腊县:9.80元'. 174×2000元=34.80万元 holds. National and provincial 传承人 "
            "standards (20000元, 8000元) are stated as background rules of other levels of finance, so only the "
            "州级 standard this project pays is an indicator row. Sentences rewritten in my words; figures kept. "
            "The stored page stops inside item 3 at '我州目前已命名174名非物质'; any indicator table would come "
            "later, so no coverage finding."),
    },
    "blind283_sandu_dianying.docx": {
        "source_urls": [URL_E],
        "province": "贵州省",
        "doc_kind": "农村公益电影放映任务完成情况(工作动态)",
        "patterns": [],
        "indicators": [
            _ind(None, None, "农村公益电影放映场次", None, 1032, "场次",
                 "农村公益电影放映任务1032场次", actual=1047),
        ],
        "goals": [],
        "facts": [
            _sum("农村公益电影放映场次", 1047, [898, 449], "场次"),
            _sum("农村公益电影放映场次(任务+超额)", 1047, [1032, 15], "场次"),
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "农村公益电影放映场次",
             "why": "完成1047场次,其中故事片898场、科教片449场,之和1347≠1047"},
        ],
        "notes": (
            "三都水族自治县 (黔南州) news item on the 2020 rural public-film task: 任务1032场次, 完成1047场次, 超额15场次 "
            "(1047-1032=15 holds) but the 故事片/科教片 split sums to 1347. 'Target' is a task count handed down "
            "from above; the text gives no direction word, so operator is null. '2020,' (missing 年) and "
            "'群众喜受的影片' kept. Rewritten in my words; figures kept. Whole stored text reproduced (it ends with the "
            "next-step sentence)."),
    },
    "blind283_linxiang_wenhua_zipingbaogao.docx": {
        "source_urls": [URL_F],
        "province": "湖南省",
        "doc_kind": "财政支出项目绩效评价自评报告(公共文化服务体系运行保障经费)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            _sum("实际支出", 89.82, [75, 14.82], "万元"),
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "实际到位资金",
             "why": "实际到位资金75万元,实际支出写作'89+82'(即89.82=县市区财政75+其它14.82),"
                    "支出超过到位数而其它资金到位栏和结余栏为空"},
        ],
        "notes": (
            "Self-evaluation report form of 临湘市文化旅游广电局 (岳阳-style 财政局(制) template) from a doc-sharing "
            "site whose text is OCR: kept '2021年I月', '89+82' (for 89.82), '邮编 4143' (truncated), '其中;中央财政', "
            "'Il月10#凭证', '100OOO', 'I100OO', '花鼓戏剧团三嘴策临湘活动经'. The 支出明细 amounts are bare numbers "
            "in 元 while the form's money unit is 万元. Amount/voucher boundaries in the run-together text were "
            "split on the month ('4448 | 9月8#凭证'). The stored page stops in section 二 at '公共文化服务体' "
            "(next detail row); section 三 (绩效目标/指标) is not in the stored text, so no indicators and no "
            "coverage findings."),
    },
}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def set_cjk(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = CJK_FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), CJK_FONT)


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_cjk(p.add_run(text), size=size, bold=bold)
    return p


def cell_text(cell, text, size=9, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    set_cjk(p.add_run(text), size=size, bold=bold)


def new_doc(landscape=False):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    cp = doc.core_properties
    cp.author = "blind283"
    cp.last_modified_by = "blind283"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def normalize_zip(path):
    """Rewrite an OOXML zip with sorted entries and a fixed timestamp."""
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    core = "docProps/core.xml"
    if core in items:
        txt = items[core].decode("utf-8")
        txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                     r"\g<1>2024-01-01T00:00:00Z\g<3>", txt)
        items[core] = txt.encode("utf-8")
    names = sorted(items)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[n])


def same_len(match, fill):
    return fill * len(match.group(0))


def normalize_pdf(path):
    with open(path, "rb") as fh:
        data = fh.read()

    def fix_date(m):
        inner = m.group(2)
        fixed = (b"20240101000000" + b"0" * 40)[:len(inner)]
        return m.group(1) + fixed + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([0-9Z+\-']+)(\))", fix_date, data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp)",
                  lambda m: m.group(1) + (b"2024-01-01T00:00:00" + b"0" * 40)[:len(m.group(2))] + m.group(3),
                  data)
    data = re.sub(rb"(xmpMM:(?:DocumentID|InstanceID)>uuid:)([0-9a-f\-]+)",
                  lambda m: m.group(1) + re.sub(rb"[0-9a-f]", b"0", m.group(2)), data)
    with open(path, "wb") as fh:
        fh.write(data)


def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# A. 惠安县 2021年各学段学生资助情况统计表 (XLSX)
# ---------------------------------------------------------------------------

A_ROWS = [
    # 学段, 项目名称, 春: 下达, 资助金额, 人数, 1类人数, 1类金额, 2类人数, 2类金额,
    #                 秋: 下达, 资助金额, 人数, 1类人数, 1类金额, 2类人数, 2类金额, 全年人数, 全年金额
    ["学前教育", "国家助学金", 27.1, 27.1, 313, 229, 22.9, 84, 4.2, 26.9, None, 306, 232, 23.2, 74, 3.7, 619, 54],
    ["义务教育", "营养改善计划", 307.55, 307.55, 6151, None, None, None, None, 335.6, None, 6712,
     None, None, None, None, 12863, 643.15],
    [None, "困难生生活补助", 45.0687, 45.0687, 1475, 1475, 45.0687, None, None, 47.3188, None, 1534,
     1534, 45.0687, None, None, 3009, 92.3875],
    [None, "免费教科书", 584.7054, None, 95039, None, None, None, None, 727.9387, None, 101853,
     None, None, None, None, 196892, 1312.6441],
    ["普通高中", "国家助学金", 43.895, 43.895, 391, 164, 24.6, 227, 19.295, 43.27, None, 389, 157, 23.55,
     232, 19.72, 780, 87.165],
    [None, "国家免学费", 13.68, 13.68, 171, 171, 13.68, None, None, 12.32, None, 154, 154, 12.32,
     None, None, 325, 26],
    ["中职教育", "国家助学金", 35.3, 35.18, 353, 353, None, None, None, 33.8, None, 338,
     None, None, None, None, 691, 68.98],
    [None, "国家免学费"] + [None] * 14 + [0, 0],
    ["大学生源地贷款", "贷款", None, None, None, None, None, None, None, 366.26, None, 470,
     None, None, None, None, 470, 366.26],
    ["本县教育精准扶贫", "助学金"] + [None] * 14 + [0, 0],
]
A_NOTE = ("说明:1.“第一类学生”指建档立卡家庭经济困难学生、低保家庭(含特困人员)学生、孤儿或残疾学生、"
          "烈士子女或优抚家庭子女;“第二类学生”指一般困难等其他困难学生")


def build_a(name):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "资助统计"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A1"] = "2021年各学段学生资助情况统计表"
    ws["A1"].font = Font(name=CJK_FONT, size=14, bold=True)
    ws["A1"].alignment = center
    ws.merge_cells("A1:R1")
    ws["A2"] = "填报单位:惠安县教育局"
    ws.merge_cells("A2:O2")
    ws["P2"] = "单位:万元"
    ws.merge_cells("P2:R2")
    heads = {
        "A3": "学段", "B3": "项目 名称", "C3": "2021年春", "J3": "2021年秋", "Q3": "全年",
        "C4": "财政下达资金", "D4": "资助金额", "E4": "资助人数(人)", "F4": "其中:1类", "H4": "2类",
        "J4": "财政下达资金", "K4": "资助金额", "L4": "资助人数", "M4": "其中:1类", "O4": "2类",
        "Q4": "资助人数", "R4": "资助金额",
        "F5": "人数", "G5": "金额", "H5": "人数", "I5": "金额",
        "M5": "人数", "N5": "金额", "O5": "人数", "P5": "金额",
    }
    for ref, val in heads.items():
        ws[ref] = val
    for rng in ("A3:A5", "B3:B5", "C3:I3", "J3:P3", "Q3:R3", "C4:C5", "D4:D5", "E4:E5", "F4:G4", "H4:I4",
                "J4:J5", "K4:K5", "L4:L5", "M4:N4", "O4:P4", "Q4:Q5", "R4:R5"):
        ws.merge_cells(rng)
    r = 6
    for row in A_ROWS:
        for c, val in enumerate(row, start=1):
            if val is not None:
                ws.cell(row=r, column=c, value=val)
        r += 1
    last = r - 1
    for rng in ("A7:A9", "A10:A11", "A12:A13"):
        ws.merge_cells(rng)
    ws.cell(row=r, column=1, value=A_NOTE)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=18)
    ws.row_dimensions[r].height = 30
    for row in ws.iter_rows(min_row=2, max_row=r, min_col=1, max_col=18):
        for cell in row:
            if cell.row >= 3:
                cell.border = border
            cell.alignment = center if cell.row <= last else Alignment(wrap_text=True, vertical="center")
            if cell.row > 1:
                cell.font = Font(name=CJK_FONT, size=9, bold=cell.row in (3, 4, 5))
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 11
    for col in "CDEFGHIJKLMNOPQR":
        ws.column_dimensions[col].width = 8.5
    for rr in (3, 4, 5):
        ws.row_dimensions[rr].height = 28
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind283"
    wb.properties.lastModifiedBy = "blind283"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = os.path.join(HERE, name)
    wb.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------------------
# C. 上高县 财政评价结果反馈表 (DOCX)
# ---------------------------------------------------------------------------

C_TEXT = (
    "本项目依据《中共中央 国务院关于全面加强人口和计划生育工作统筹解决人口问题的决定》(中发〔2006〕22号)设立,"
    "目的是健全人口和计划生育利益导向政策体系,保持低生育水平,统筹应对人口问题,推动和谐社会建设。按照国家人口计生委、"
    "财政部的统一部署,本县依照《国家人口计生委 财政部关于印发〈农村部分计划生育家庭奖励扶助制度M试点方案(试行)〉的通知》"
    "(国人口发〔2004〕36号)、江西省财政厅与江西省人口 计划生育委员会共同出台的《关于进一步完善计划生育利益导向机制的规定》"
    "(赣财教〔2012〕91号)和《关于江西省进一步完善计划生育家庭特别扶助制度的实施方案》(赣人口发〔2013〕1号)所定的确认程序"
    "和扶助标准,向本县计划生育家庭发放奖励扶助,以保障这些家庭的合法权益,减轻部分家庭的生活困难。"
    "2023年度上高县财政局为计划生育家庭奖励扶助、特别扶助项目安排预算资金379.368万元,其中中央资金179.3万元,"
    "省级资金108.8万元,本级资金 91.268万元。至2023年12月,享受计划生育家庭奖励扶助、特别扶助的共2020人,"
    "发放扶助金额379.368万元。其中:农村部分计划生育家庭奖励"
)


def build_c(name):
    doc = new_doc()
    para(doc, "财政评价结果反馈表", size=16, bold=True, center=True)
    para(doc, "评价项目:2023年度计划生育家庭奖励扶助、特别扶助项目工作运行经费", size=11)
    rows = [
        ["评价组织机构", "上高县财政局", "项目主管部门", "上高县统计局"],
        ["项目单位名称", "上高县卫健委", "项目起止时间", "2023年1月至2023年12月"],
        ["评价机构", "江西珍华管理咨询有限公司", "评价时间", "2024年8月"],
        ["评价分值", "94", "评价结论", "优"],
    ]
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, size=10, bold=(j % 2 == 0))
    cell_text(t.cell(4, 0), "项目基本情况", size=10, bold=True)
    merged = t.cell(4, 1).merge(t.cell(4, 3))
    cell_text(merged, C_TEXT, size=10)
    widths = (Cm(3.0), Cm(5.0), Cm(3.0), Cm(6.0))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    path = os.path.join(HERE, name)
    doc.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------------------
# D. 西双版纳州文化馆 非遗传承人补助资金 文本公开 (DOCX, running text)
# ---------------------------------------------------------------------------

D_PARAS = [
    ("西双版纳傣族自治州文化馆2021年预算重点领域财政项目文本公开", 14, True, True),
    ("一、项目名称", 11, True, False),
    ("2020年州非物质文化遗产传承人补助资金", 10.5, False, False),
    ("二、立项依据", 11, True, False),
    (("依据《中华人民共和国非物质文化遗产法》、《云南省非物质文化遗产条例》和《西双版纳州人民政府关于加强非物质文化遗产"
     "保护工作的实施意见》〔西政发(201851号〕文件。不同级别的项目代表性传承人由各级财政分别补助:国家级项目代表性传承人"
     "按每人每年20000元补助的标准给予补助;省级项目代表性传承人按每人每年8000元的标准给予补助;州级项目代表性传承人按每人"
     "每年2000元的标准给予补助(我州从2013年起发放补助经费)。补助资金只能用于代表性传承人开展传习活动。"),
     10.5, False, False),
    ("三、项目实施单位", 11, True, False),
    ("西双版纳傣族自治州文化馆", 10.5, False, False),
    ("四、项目基本概况", 11, True, False),
    (("我州目前已命名174名非物质文化遗产项目代表性传承人,按每人每年2000元标准,174×2000/=34.80万元元。其中,"
     "景洪市:16.60万元;勐海县:8.40万元;勐腊县:9.80元。"), 10.5, False, False),
    ("五、项目实施内容", 11, True, False),
]


def build_d(name):
    doc = new_doc()
    for text, size, bold, center in D_PARAS:
        para(doc, text, size=size, bold=bold, center=center)
    for g in D_GOALS:
        para(doc, g)
    para(doc, "为切实保护我州非物质文化遗产,支持传承人开展传播传习活动、带徒授艺培养后继人才,我州目前已命名174名非物质")
    path = os.path.join(HERE, name)
    doc.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------------------
# E. 三都县 农村公益电影放映 (DOCX, running text)
# ---------------------------------------------------------------------------

E_PARAS = [
    ("本网讯 2020,上级下达三都县农村公益电影放映任务1032场次。截止11月20日,全县完成农村公益电影放映场次1047场次"
    "(内含故事片898场,科教片449场),比任务多出15场次,累计受惠观众4.44万人次,年度放映任务圆满完成。"),
    ("受年初疫情影响,今年的农村公益电影放映到6月份才开始组织。为保证放映工作顺利进行,我县组建了9个放映队,"
    "深入全县86个行政村放映。与往年不同的是,今年还专门安排5个放映队到10个移民安置点放映,使农村公益电影放映覆盖全部"
    "移民社区,既满足了移民社区群众的文化需求,也推动了移民搬迁后续文化服务工作。"),
    ("为随时掌握放映情况、加强管理并严格核对放映场次,要求放映员在放映当天反馈放映信息和现场放映图片,每月审核汇总后上报。"
    "放映过程中根据各放映员的反馈做好指导协调,及时调整放映计划;并按照群众喜好选择群众喜受的影片、动态调整片目,"
    "丰富了群众文化生活,受到群众好评。下一步,将及时收回各队放映设备进行维护检修,排除设备安全隐患,提高放映质量和服务质量。"),
]


def build_e(name):
    doc = new_doc()
    for text in E_PARAS:
        para(doc, text, size=11)
    path = os.path.join(HERE, name)
    doc.save(path)
    normalize_zip(path)
    return path


# ---------------------------------------------------------------------------
# F. 临湘市 公共文化服务体系运行保障经费 自评报告 (DOCX form)
# ---------------------------------------------------------------------------

F_COVER = [
    ("财政支出项目绩效评价自评报告", 16, True, True),
    ("评价类型:项目实施过程评价 项目完成结果评价", 11, False, False),
    ("项目名称 公共文化服务体系运行保障经费", 11, False, False),
    ("项目单位 临湘市文化旅游广电局", 11, False, False),
    ("主管部门 临湘市人民政府", 11, False, False),
    ("评价方式:部门(单位)绩效自评", 11, False, False),
    ("评价机构:部门(单位)评价组", 11, False, False),
    ("报告日期:2022年8月22日", 11, False, False),
    ("临湘市财政局(制)", 11, False, True),
]
F_MONEY = [
    ["计划安排资金(万元)", "", "实际到位资金(万元)", "75", "实际支出(万元)", "89+82", "结余(万元)", ""],
    ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中;中央财政", ""],
    ["省财政", "", "省财政", "", "省财政", "", "省财政", ""],
    ["市财政", "", "市财政", "", "市财政", "", "市财政", ""],
    ["县市区财政", "", "县市区财政", "75", "县市区财政", "75", "县市区财政", ""],
    ["其它", "", "其它", "", "其它", "14.82", "其它", ""],
]
F_DETAIL = [
    ["公共文化服务体系运行经费", "4448", "9月8#凭证", "公共书屋维修"],
    ["公共文化服务体系运行经费", "760", "9月8#凭证", "文化馆音响设备"],
    ["公共文化服务体系运行经费", "131", "9月8#凭证", "全国先进文化站考察"],
    ["公共文化服务体系运行经费", "163000", "11月8#凭证", "元旦春节期间文化旅游营销活动(湖湘进万家)经费"],
    ["公共文化服务体系运行经费", "1172", "11月8#凭证", "文化旅游工作用车费"],
    ["公共文化服务体系运行经费", "80000", "11月10#凭证", "文化馆文学创作经费"],
    ["公共文化服务体系运行经费", "20000", "Il月10#凭证", "花鼓戏剧团三嘴策临湘活动经"],
    ["公共文化服务体系运行经费", "100OOO", "11月10#凭证", "文博场馆运行经费"],
    ["公共文化服务体系运行经费", "I100OO", "11月11#凭证", "图书馆全域旅游活动经费"],
    ["公共文化服务体系运行经费", "20000", "12月13#凭证", "临湘摄影协会文化旅游宣传费"],
    ["公共文化服务体", "", "", ""],
]


def build_f(name):
    doc = new_doc(landscape=True)
    for text, size, bold, center in F_COVER:
        para(doc, text, size=size, bold=bold, center=center)
    para(doc, "一、项目基本概况", size=12, bold=True)
    t = doc.add_table(rows=3 + len(F_MONEY), cols=8)
    t.style = "Table Grid"
    head = [
        ["项目负责人", "吴斌", "联系电话", ""],
        ["项目地址", "临湘市", "邮编", "4143"],
    ]
    for i, row in enumerate(head):
        a = t.cell(i, 0).merge(t.cell(i, 1))
        b = t.cell(i, 2).merge(t.cell(i, 3))
        c = t.cell(i, 4).merge(t.cell(i, 5))
        d = t.cell(i, 6).merge(t.cell(i, 7))
        for cell, val in zip((a, b, c, d), row):
            cell_text(cell, val, size=9)
    a = t.cell(2, 0).merge(t.cell(2, 1))
    b = t.cell(2, 2).merge(t.cell(2, 7))
    cell_text(a, "项目起止时间", size=9)
    cell_text(b, "2021年I月起至2021年12月止", size=9)
    for i, row in enumerate(F_MONEY, start=3):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, size=9)
    t.autofit = False
    for row in t.rows:
        for j, cell in enumerate(row.cells):
            cell.width = Cm(4.0) if j % 2 == 0 else Cm(2.4)
    para(doc, "二、项目支出明细情况", size=12, bold=True)
    t2 = doc.add_table(rows=1 + len(F_DETAIL), cols=4)
    t2.style = "Table Grid"
    for j, val in enumerate(["支出内容", "实际支出数", "会计凭证号", "备注"]):
        cell_text(t2.cell(0, j), val, size=9, bold=True)
    for i, row in enumerate(F_DETAIL, start=1):
        for j, val in enumerate(row):
            cell_text(t2.cell(i, j), val, size=9)
    widths = (Cm(4.5), Cm(2.5), Cm(3.0), Cm(7.0))
    for row in t2.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    path = os.path.join(HERE, name)
    doc.save(path)
    normalize_zip(path)
    return path


BUILDERS = {
    "blind283_huian_xszz_2021.xlsx": build_a,
    "blind283_shanggao_jisheng_fankui.docx": build_c,
    "blind283_xsbn_feiyi_buzhu.docx": build_d,
    "blind283_sandu_dianying.docx": build_e,
    "blind283_linxiang_wenhua_zipingbaogao.docx": build_f,
}

# ---------------------------------------------------------------------------
# Annotations and checks
# ---------------------------------------------------------------------------


def write_ann(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    rec = {"source": fname}
    rec.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=2, sort_keys=False)
        fh.write("\n")


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind[key] and squash(ind[key]) not in txt:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def build_all():
    sums = {}
    for fname, builder in BUILDERS.items():
        path = builder(fname)
        pdf = to_pdf(path)
        write_ann(fname, GOLD[fname])
        write_ann(os.path.basename(pdf), GOLD[fname])
        for p in (path, pdf):
            sums[os.path.basename(p)] = md5(p)
    return sums


def main():
    first = build_all()
    second = build_all()
    ok = True
    for name, digest in first.items():
        if second[name] != digest:
            ok = False
            print("NOT DETERMINISTIC:", name)
    for fname in BUILDERS:
        pdf = os.path.join(HERE, os.path.splitext(fname)[0] + ".pdf")
        missing = check_pdf(pdf, GOLD[fname])
        if missing:
            ok = False
            print("MISSING in", os.path.basename(pdf), missing)
    for name in sorted(first):
        print(first[name], name)
    print("OK" if ok else "PROBLEMS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
