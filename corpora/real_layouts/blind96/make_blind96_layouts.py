"""Blind part 96 of the real-layout corpus: department-wide (部门整体) documents.

Each document reproduces the stored beginning of one public page (addresses in SOURCES.md): layout, merged
cells, empty cells, odd wording and slips as the page has them; facts (names, values, amounts, dates, codes)
as written; longer sentences re-worded with the same numbers. The gold for every file is written by hand in
DOCS below, before anything ran on the files. Written without reading the toolkit's code.

Run:  /tmp/venv/bin/python make_blind96_layouts.py [--no-pdf]
Writes the DOCX/XLSX files, their PDFs (LibreOffice) and annotations/<file>.json next to this script.
The DOCX/XLSX files are deterministic: core properties pinned to 2025-01-01 and every zip entry rewritten
with a fixed date in a fixed order.
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt
import openpyxl
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------------------
# determinism helpers
def _pin_zip(path):
    """Rewrite the zip with every entry dated 2025-01-01, [Content_Types].xml first, the rest sorted."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    core = "docProps/core.xml"
    if core in items:
        text = items[core].decode("utf-8")
        text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\2", text)
        text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\2", text)
        items[core] = text.encode("utf-8")
    names = sorted(items)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, items[n])
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _new_doc():
    d = docx.Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    return d


def _para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


# ----------------------------------------------------------------------------------------------------------
# 1. 长沙市雨花区发展和改革局 2022 部门整体支出绩效评价指标表 (DOCX)
YUHUA22_ROWS = [
    # 一级, 一级分值, 二级, 二级分值, 三级, 分值, 评价标准, 指标说明, 得分
    ["投入", "13", "预算配置", "13", "在职人员控制率", "5",
     "以100%为标准。在职人员控制率≤100%的,计5分;每超出1个百分点扣0.5分,扣完为止。",
     "在职人员控制率=(在职人员数/编制数)×100%。在职人员数指部门(单位)实际在职人数,按财政局确定的部门决算编制口径计;编制数指机构编制部门核定批复的部门(单位)人员编制数。",
     "5"],
    ["", "", "", "", "“三公经费”变动率", "8",
     "“三公经费”变动率≤0的,计8分;“三公经费”>0的,每超出1个百分点扣0.8分,扣完为止。",
     "“在公经费”变动率=(本年度“三公经费”预算数-上年度“三公经费”预算数)/上年度“三公经费”预算数×100%",
     "8"],
    ["过程", "61", "预算执行", "20", "预算完成率", "5",
     "100%计满分,每低于5%扣2分,扣完为止。",
     "预算完成率=(上年结转+年初预算+本年追加预算-年末结余/上年结转+年初预算+本年追加预算)×100%。",
     "5"],
    ["", "", "", "", "预算控制率", "5",
     "预算控制率=0,计5分;0-10%(含),计4分;10-20%(含),计3分;20-30%(含),计2分;大于30%不得分",
     "预算控制率=(本年追加预算/年初预算)×100%",
     "5"],
    ["", "", "", "", "新建楼堂馆所面积控制率", "5",
     "100%以下(含)计满分,每超出5%扣2分,扣完为止。没有楼梯馆所项目的部门按满分计算",
     "楼堂馆所面积控制率=实际建设面积/批准建设面积×100%。该指标以2015年完工的新建楼堂馆所为评价内容。",
     "5"],
]
SCORE_HEADER = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "指标说明", "得分"]


def _merge_down(table, col, first, last):
    if last > first:
        a = table.cell(first, col)
        b = table.cell(last, col)
        text = a.text
        m = a.merge(b)
        # merge() concatenates paragraphs of empty cells; keep the label once
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = text


def build_yuhua22(path):
    d = _new_doc()
    _para(d, "雨花区2022年度部门(单位)整体支出绩效评价自评报告", bold=True, center=True, size=16)
    _para(d, "")
    _para(d, "部门(单位)名称:长沙市雨花区发展和改革局")
    _para(d, "预算编码:302001")
    _para(d, "报告日期:2023年5月10日")
    _para(d, "")
    _para(d, "雨花区财政局(制)", center=True)
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    _para(d, "部门整体支出绩效评价指标表", bold=True, center=True, size=14)
    t = d.add_table(rows=1 + len(YUHUA22_ROWS), cols=len(SCORE_HEADER))
    t.style = "Table Grid"
    t.autofit = False
    for j, w in enumerate([1.6, 1.1, 1.8, 1.1, 3.2, 1.1, 7.0, 8.0, 1.1]):
        t.columns[j].width = Cm(w)
        for cell in t.columns[j].cells:
            cell.width = Cm(w)
    for row in t.rows:  # a row never breaks across pages
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
    for j, h in enumerate(SCORE_HEADER):
        t.cell(0, j).text = h
    for i, row in enumerate(YUHUA22_ROWS, start=1):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    # 投入/13/预算配置/13 merged over rows 1-2, 过程/61/预算执行/20 over rows 3-5
    for col in range(4):
        _merge_down(t, col, 1, 2)
        _merge_down(t, col, 3, 5)
    d.save(path)
    _pin_zip(path)


# ----------------------------------------------------------------------------------------------------------
# 2. 长沙市雨花现代电子商务物流管理委员会 2017 部门整体支出绩效评价指标表 (XLSX)
YUHUA17_ROWS = [
    ["投入", 13, "预算配置", 13, "在职人员控制率", 5,
     "以100%为标准。在职人员控制率≦100%,计5分;每超过1个百分点扣0.5分,扣完为止。",
     "在职人员控制率=(在职人员数/编制数)×100%,在职人员数:部门(单位)实际在职人数,以财政局确定的部门决算编制口径为准。编制数:机构编制部门核定批复的部门(单位)的人员编制数。",
     5],
    [None, None, None, None, "“三公经费”变动率", 8,
     "“三公经费”变动率≦0,计8分;“三公经费”>0,每超过1个百分点扣0.8分,扣完为止。",
     "“在公经费”变动率=[(本年度“三公经费”预算数-上年度“三公经费”预算数)/上年度“三公经费”预算数]×100%",
     8],
    ["过程", 61, "预算执行", 20, "预算完成率", 5,
     "100%计满分,每低于5%扣2分,扣完为止。",
     "预算完成率=(上年结转+年初预算+本年追加预算-年末结余/上年结转+年初预算+本年追加预算)×100%。",
     0],
    [None, None, None, None, "预算控制率", 5,
     "预算控制率=0,计5分;0-10%(含),计4分;10-20%(含),计3分;20-30%(含),计2分;大于30%不得分",
     "预算控制率=(本年追加预算/年初预算)×100%",
     None],
]


def build_yuhua17(path):
    wb = _new_wb()
    ws = wb.active
    ws.title = "附件1"
    wrap = Alignment(wrap_text=True, vertical="center")
    ws["A1"] = "雨花区2017年度部门(单位)整体支出绩效评价自评报告"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "部门(单位)名称"
    ws["C2"] = "长沙市雨花现代电子商务物流管理委员会"
    ws.merge_cells("C2:I2")
    ws["A3"] = "预算编码"
    ws["C3"] = "088001"
    ws.merge_cells("C3:I3")
    ws["A4"] = "报告日期:2018年3月29日"
    ws.merge_cells("A4:I4")
    ws["A5"] = "雨花区财政局(制)"
    ws.merge_cells("A5:I5")
    ws["A7"] = "附件1"
    ws["A8"] = "部门整体支出绩效评价指标表"
    ws["A8"].font = Font(bold=True, size=12)
    ws.merge_cells("A8:I8")
    for j, h in enumerate(SCORE_HEADER, start=1):
        c = ws.cell(row=9, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = wrap
    for i, row in enumerate(YUHUA17_ROWS, start=10):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = wrap
    widths_chars = {5: 16, 7: 96, 8: 60}
    for i, row in enumerate(YUHUA17_ROWS, start=10):
        lines = 1
        for j, w in widths_chars.items():
            v = row[j - 1]
            if isinstance(v, str):
                lines = max(lines, -(-len(v) * 2 // (w - 2)))
        ws.row_dimensions[i].height = 15 * lines + 6
    for col in "ABCD":
        ws.merge_cells(f"{col}10:{col}11")
        ws.merge_cells(f"{col}12:{col}13")
    widths = {"A": 8, "B": 6, "C": 10, "D": 6, "E": 16, "F": 6, "G": 96, "H": 60, "I": 6}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    _pin_zip(path)


# ----------------------------------------------------------------------------------------------------------
# 3. 长沙市岳麓区公共工程建设中心 2021 部门整体支出预算绩效自评报告 (DOCX, prose)
def build_yuelu(path):
    d = _new_doc()
    _para(d, "2021年度公共工程建设中心部门整体支出预算绩效自评报告", bold=True, center=True, size=15)
    _para(d, "一、单位概况", bold=True)
    _para(d, "(一)2010年,依照中共长沙市岳麓区委员会、长沙市岳麓区人民政府关于机构改革方案实施意见的通知"
             "(岳发(2010)15号),组建长沙市岳麓区工务局。2019年3月,依照中共长沙市岳麓区委机构编制委员会关于"
             "机构改革涉改科级事业单位调整的通知(岳编委发(2019)1号),单位更名为长沙市岳麓区公共工程建设中心,"
             "属区政府直属的正科级公益类事业单位。单位编制15人,现有在职人员10人、政府雇员1人、临聘人员5人,"
             "退休人员3人。单位内设办公室、项目筹备科、工程管理科、安全技术科、计划财务科共5个机构,"
             "不设附属二级机构和事业单位。")
    _para(d, "(二)2021年决算总支出8550.84万元,其中工资福利支出361.99万元、商品和服务支出405.68万元、"
             "对个人和家庭的补助23.08万元、资本性支出(基本建设)1464.26万元、资本性支出6657.82万元。"
             "上述决算支出中基本支出419.16万元,项目支出8131.68万元。")
    _para(d, "二、单位整体支出管理及使用情况", bold=True)
    _para(d, "(一)基本支出")
    _para(d, "基本支出419.16万元,用于保障单位机构正常运转、完成日常工作任务,包括基本工资、津贴补贴等人员经费,"
             "以及办公费、印刷费、工会经费、其它商品服务支出、办公设备购置等日常公用经费。2021年“三公”经费"
             "支出合计0万元。分项为:因公出国(境)费支出0万元;公务接待费支出0万元;公务用车购置0万元,"
             "公务用车运行经费支出0万元。")
    _para(d, "(二")
    d.save(path)
    _pin_zip(path)


# ----------------------------------------------------------------------------------------------------------
# 4. 株洲市荷塘区妇女联合会 2022 部门(单位)整体支出绩效自评报告 (DOCX, prose)
def build_hetang(path):
    d = _new_doc()
    _para(d, "2022年度部门(单位)整体支出 绩效自评报告", bold=True, center=True, size=12)
    _para(d, "来源:荷塘区妇联  发布时间:2023-12-04", center=True, size=9)
    _para(d, "2022年度株洲市荷塘区妇女联合会部门(单位)整体支出绩效自评报告", bold=True, center=True, size=15)
    _para(d, "一、部门(单位)基本情况", bold=True)
    duties = [
        "(一)团结和教育全区妇女贯彻党的路线、方针、政策,引导妇女自尊、自信、自立、自强,提高综合素质,促进妇女人才成长。",
        "(二)动员全区妇女投身改革,在物质文明和精神文明建设中发挥作用。",
        "(三)动员妇女参与国家和社会事务的民主管理与民主监督,促进妇女参政议政,参与制定妇女儿童发展规划,维护妇女儿童合法权益。",
        "(四)联系社会各界,协调推动各方面为妇女儿童服务。",
        "(五)巩固扩大本区妇女与各族各界妇女的团结,加强与港澳台及华侨妇女的联谊,促进祖国统一;发展同各国妇女的友好交往。",
        "(六)协调政府各职能部门,贯彻实施《中华人民共和国妇女权益保障法》、《未成年人保护法》、《中国妇女发展纲要》和《中国儿童发展纲要》,改善妇女儿童生存和发展环境。",
        "(七)完成区委、区政府交办的其他工作。",
    ]
    for s in duties:
        _para(d, s)
    _para(d, "株洲市荷塘区妇女联合会不设内设机构,为正科级单位、区一级预算单位,现有预算单位1个。本部门编制人数3人,"
             "实有人数3人,其中在职人员3人,离休0人,退休0人。")
    _para(d, "二、一般公共预算支出情况", bold=True)
    _para(d, "(一)基本支出情况")
    _para(d, "2022年预算收入69.06万元,其中年初预算57.28万元,调整追加11.78万元。其他资金来源21.31万元。")
    _para(d, "2022年支出76.36万元,其中基本支出76.36万元,项目支出0万元,结余结转0万元")
    d.save(path)
    _pin_zip(path)


# ----------------------------------------------------------------------------------------------------------
# gold
def _ind(l1, l2, name, op, value, unit, target, actual, weight, score):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target, "actual": actual, "weight": weight, "score": score}


R22 = YUHUA22_ROWS
R17 = YUHUA17_ROWS

DOCS = [
    {
        "file": "hn-yuhua-fgj-dept-scoresheet.docx",
        "build": build_yuhua22,
        "gold": {
            "source_urls": ["https://yzwku.com/doc/561683.html"],
            "province": "湖南",
            "doc_kind": "部门整体支出绩效评价自评报告 (封面 + 部门整体支出绩效评价指标表: 一级/分值/二级/分值/三级/分值/评价标准/指标说明/得分)",
            "patterns": [1, 5, 8],
            "indicators": [
                _ind("投入", "预算配置", "在职人员控制率", "<=", 100, "%", R22[0][6], None, 5, 5),
                _ind("投入", "预算配置", "“三公经费”变动率", "<=", 0, None, R22[1][6], None, 8, 8),
                _ind("过程", "预算执行", "预算完成率", None, 100, "%", R22[2][6], None, 5, 5),
                _ind("过程", "预算执行", "预算控制率", "=", 0, None, R22[3][6], None, 5, 5),
                _ind("过程", "预算执行", "新建楼堂馆所面积控制率", "<=", 100, "%", R22[4][6], None, 5, 5),
            ],
            "goals": [],
            "facts": [
                {"metric": "投入 分值", "kind": "sum", "total": 13, "parts": [5, 8], "unit": "分"},
                {"metric": "预算配置 分值", "kind": "sum", "total": 13, "parts": [5, 8], "unit": "分"},
            ],
            "findings": [],
            "notes": (
                "Aggregator copy (yzwku, '雨花区2022年度部门单位整体支出绩效评价自评报告.docx', 26 pages) of the "
                "长沙市雨花区发展和改革局 report: cover (名称, 预算编码 302001, 报告日期 2023年5月10日, 雨花区财政局(制)) "
                "and the 部门整体支出绩效评价指标表. The stored text stops inside the 过程/预算执行 block, right after the "
                "得分 5 of 新建楼堂馆所面积控制率, at the first characters of the next row's name ('新建楼堂馆所投资'); the "
                "document leaves that cut name out rather than invent an empty row. The page's extraction slips "
                "('W100%', '至0', 'OTo%', 'XlO0%', '级指标') are read as ≤100%, ≤0, 0-10%, ×100%, 一级指标; the source's own "
                "slips are kept: '“在公经费”变动率' in the formula, '没有楼梯馆所项目', the misplaced brackets in the "
                "预算完成率 formula, and the stale '以2015年完工的新建楼堂馆所' in a 2022 report. Judgement calls: the "
                "评价标准 cell is taken as the target text (it carries the standard: ≤100%, ≤0, 100%, =0, 100%以下(含)); "
                "预算完成率 '100%计满分' is a bare number, so operator null; 三公经费变动率 ≤0 and 预算控制率 =0 have no unit "
                "(zero needs none, not flagged). Every 得分 equals its 分值, so no score finding. 投入 13 = 5 + 8 and "
                "预算配置 13 = 5 + 8 check; 过程 61 / 预算执行 20 cannot be checked (block cut). No coverage finding: the "
                "table is cut before 产出/效果."
            ),
        },
    },
    {
        "file": "hn-yuhua-ecommerce-dept-scoresheet.xlsx",
        "build": build_yuhua17,
        "gold": {
            "source_urls": ["https://m.wenku365.com/p-28985202.html"],
            "province": "湖南",
            "doc_kind": "部门整体支出绩效评价自评报告 (封面 + 附件1 部门整体支出绩效评价指标表, 得分列)",
            "patterns": [1, 5, 8],
            "indicators": [
                _ind("投入", "预算配置", "在职人员控制率", "<=", 100, "%", R17[0][6], None, 5, 5),
                _ind("投入", "预算配置", "“三公经费”变动率", "<=", 0, None, R17[1][6], None, 8, 8),
                _ind("过程", "预算执行", "预算完成率", None, 100, "%", R17[2][6], None, 5, 0),
                _ind("过程", "预算执行", "预算控制率", "=", 0, None, R17[3][6], None, 5, None),
            ],
            "goals": [],
            "facts": [
                {"metric": "投入 分值", "kind": "sum", "total": 13, "parts": [5, 8], "unit": "分"},
                {"metric": "预算配置 分值", "kind": "sum", "total": 13, "parts": [5, 8], "unit": "分"},
            ],
            "findings": [
                {"rule": "consistency.deviation_reason_missing", "item": "预算完成率",
                 "why": "scored 0 of 5 (budget completion at least 15 points below the 100% standard under its own "
                        "deduction rule) and the sheet gives no reason for the shortfall"},
            ],
            "notes": (
                "Aggregator copy (天天文库 wenku365, 10 pages) of the 2017 self-evaluation report of 长沙市雨花现代电子商务"
                "物流管理委员会 (预算编码 088001, 报告日期 2018年3月29日, 雨花区财政局(制)), the same 雨花区 template as "
                "hn-yuhua-fgj-dept-scoresheet five years earlier. Format: the 指标表 is an attachment ('附件1'), built "
                "here as one XLSX sheet with the cover block above it (judgement call; the aggregator does not say "
                "whether the original was Word or Excel). The stored text ends inside the 预算控制率 row, after its "
                "指标说明 and before its 得分, so that 得分 cell is left empty and the gold score is null (not flagged). "
                "Kept as found: '≦' signs, '“在公经费”变动率', the misplaced brackets in the 预算完成率 formula. "
                "Judgement calls: 评价标准 taken as the target text; 预算完成率 '100%计满分' is a bare number (operator "
                "null). The 0 for 预算完成率 is the one visible shortfall; no reason column exists and the cut page shows "
                "no explanation, so it is flagged as a missing deviation reason. 投入 13 = 5 + 8 checks; 过程 61 and "
                "预算执行 20 cannot be checked (block cut). No coverage finding (table cut)."
            ),
        },
    },
    {
        "file": "hn-yuelu-gcjs-dept-selfreport.docx",
        "build": build_yuelu,
        "gold": {
            "source_urls": ["https://m.1wenmi.com/doc/734022.html"],
            "province": "湖南",
            "doc_kind": "部门整体支出预算绩效自评报告 (prose: 单位概况, 决算支出 by economic class and by 基本/项目, 三公经费)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2021年决算总支出(按经济分类)", "kind": "sum", "total": 8550.84,
                 "parts": [361.99, 405.68, 23.08, 1464.26, 6657.82], "unit": "万元"},
                {"metric": "2021年决算总支出(基本支出+项目支出)", "kind": "sum", "total": 8550.84,
                 "parts": [419.16, 8131.68], "unit": "万元"},
                {"metric": "2021年“三公”经费支出", "kind": "sum", "total": 0, "parts": [0, 0, 0, 0], "unit": "万元"},
            ],
            "findings": [
                {"rule": "consistency.sum", "item": "2021年决算总支出",
                 "why": "361.99 + 405.68 + 23.08 + 1464.26 + 6657.82 = 8912.83万元, not the stated 8550.84万元 "
                        "(the gap, 361.99, equals the 工资福利支出 line); the split 419.16 + 8131.68 does give 8550.84"},
            ],
            "notes": (
                "Aggregator copy (第壹文秘 1wenmi, 5 pages) of the 2021 部门整体支出预算绩效自评报告 of 长沙市岳麓区公共工程"
                "建设中心. The stored text stops at '(二' right after the 三公经费 paragraph of section 二(一); the "
                "document stops there too (a lone '(二' paragraph). Prose re-worded, every number, document number "
                "(岳发(2010)15号, 岳编委发(2019)1号) and name kept. No indicator table or goal text in the stored part. "
                "Judgement calls: the economic-class split is flagged because its five parts overshoot the total by "
                "361.99万元, while the 基本/项目 split and the four zero 三公 items agree; headcounts (编制15, 在职10, 雇员1, "
                "临聘5, 退休3) are not a stated sum, so no fact."
            ),
        },
    },
    {
        "file": "hn-hetang-fulian-dept-selfreport.docx",
        "build": build_hetang,
        "gold": {
            "source_urls": ["http://www.hetang.gov.cn/c12176/20231204/i2135031.html"],
            "province": "湖南",
            "doc_kind": "部门(单位)整体支出绩效自评报告 (prose: 职责, 机构人员, 预算收入与支出)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2022年预算收入", "kind": "sum", "total": 69.06, "parts": [57.28, 11.78], "unit": "万元"},
                {"metric": "2022年支出", "kind": "sum", "total": 76.36, "parts": [76.36, 0, 0], "unit": "万元"},
                {"metric": "2022年资金来源(预算收入+其他资金) vs 支出+结余结转", "kind": "sum", "total": 76.36,
                 "parts": [69.06, 21.31], "unit": "万元"},
            ],
            "findings": [
                {"rule": "consistency.sum", "item": "2022年支出",
                 "why": "money in is 69.06 (预算收入) + 21.31 (其他资金来源) = 90.37万元, money out is 76.36万元 with "
                        "结余结转 0万元: 14.01万元 is unaccounted for"},
            ],
            "notes": (
                "株洲市荷塘区 government page (来源 荷塘区妇联, 2023-12-04) with the 2022 部门(单位)整体支出绩效自评报告 of "
                "the 荷塘区妇女联合会. The stored text stops at '结余结转0万元' at the end of 二(一) 基本支出情况; the "
                "document stops there (no final full stop, as on the page). The seven duties are re-worded; they are "
                "duties, not goals, so no goal entries. Facts: 69.06 = 57.28 + 11.78 and 76.36 = 76.36 + 0 (项目) + 0 "
                "(结余) check. Judgement call: the balance is flagged — income plus other funds (90.37) does not equal "
                "spending plus carry-over (76.36); a reader could argue that the 21.31 of other funds were never meant "
                "to pass through this account, but the report gives no word on where 14.01万元 went. The third fact "
                "records that comparison (total = 支出 76.36 + 结余 0, parts = the two sources)."
            ),
        },
    },
]


def _check_pdf(pdf, gold):
    flat = ""
    for mode in (["-layout"], ["-raw"], []):
        txt = subprocess.run(["pdftotext", *mode, pdf, "-"], capture_output=True, text=True).stdout
        flat += "\n" + re.sub(r"\s+", "", txt)
    missing = []
    wanted = []
    for ind in gold["indicators"]:
        wanted += [ind["name"], ind["target_text"]]
    for g in gold["goals"]:
        wanted.append(g["text"])
    for f in gold["findings"]:
        wanted.append(f["item"])
    for w in wanted:
        if w and re.sub(r"\s+", "", w) not in flat:
            missing.append(w)
    return missing


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        doc["build"](path)
        pdf_name = os.path.splitext(doc["file"])[0] + ".pdf"
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, capture_output=True)
            missing = _check_pdf(os.path.join(HERE, pdf_name), doc["gold"])
            if missing:
                print("MISSING in", pdf_name, missing)
        for name in (doc["file"], pdf_name):
            gold = {"source": name}
            gold.update(doc["gold"])
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
        print("wrote", doc["file"])


if __name__ == "__main__":
    main()
