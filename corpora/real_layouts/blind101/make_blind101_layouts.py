#!/usr/bin/env python3
"""Blind part blind101 of the real-layout corpus.

Written by an annotator who has not read the toolkit's code. The gold (GOLD below) was written
first, from the stored public pages only; the documents are then built from the same data.

Run:  /tmp/venv/bin/python make_blind101_layouts.py
Writes, next to this script: the DOCX/XLSX files, their PDFs (LibreOffice), and
annotations/<file name>.json for each DOCX/XLSX and each PDF.
"""
import copy
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
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "blind101"

# ---------------------------------------------------------------------------------------------
# GOLD (written before any file is built or looked at by any tool)
# ---------------------------------------------------------------------------------------------

URL_KQ = "http://www.kq.gov.cn/art/2024/6/19/art_1496645_59216898.html"
URL_BOOK = "https://max.book118.com/html/2019/0425/7031024123002022.shtm"
URL_BHY = "http://bhygbaby.com/paper/381129397.html"
URL_RX = "http://www.sdmos.cn/xmjz_view.aspx?id=1318"
URL_HC = "http://www.xjhc.gov.cn/xjhc/c113321/202504/bc12cd2473ac4e2b94fcc6abcafd82ba.shtml"


def ind(level1, level2, name, target_text, operator=None, value=None, unit=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight,
            "score": score}


# -- 1. 浙江 绍兴 柯桥区卫生健康局: 2023年度新增专项债券项目绩效评价情况 (one row per project) --------
KQ_INTRO = ("我单位2023年新增地方政府专项债券项目3个,争取债券资金1.69亿元。为加强专项债券项目绩效管理,"
            "提高专项债券资金使用效益,根据《浙江省地方政府专项债券项目资金绩效管理办法》(浙财债〔2022〕24号),"
            "我单位从决策、管理、产出和效益等方面对2023年新增地方政府专项债券项目进行绩效自评,评价结果如下:")
KQ_ROWS = [
    ["绍兴二院兰亭院区(康复医院)工程", "其他项目收益专项债券", "0.2", "96.5", ""],
    ["绍兴市柯桥区马鞍医院建设工程", "其他项目收益专项债券", "1.0", "92", ""],
    ["绍兴市柯桥区齐贤医院重建项目", "其他项目收益专项债券", "0.49", "91", ""],
]
GOLD_KQ = {
    "source_urls": [URL_KQ], "province": "浙江", "doc_kind": "专项债券项目绩效自评结果公开(部门汇总表)",
    "patterns": [7],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "新增专项债券资金(截至2023年底已发债券规模)", "kind": "sum", "total": 1.69,
         "parts": [0.2, 1.0, 0.49], "unit": "亿元"},
        {"metric": "新增专项债券项目数", "kind": "sum", "total": 3, "parts": [1, 1, 1], "unit": "个"},
    ],
    "findings": [],
    "notes": ("Stored page: the notice title, 发布时间/信息来源 lines, one paragraph and the table; it stops "
              "after the third row's 自评分数 '91'. The 自评等级 column is empty on every row in the stored "
              "text (rows 1 and 2 run straight from the score to the next project name), so it is left empty "
              "here; no grade can be checked against the scores (96.5, 92, 91 would all be 优). The "
              "paragraph's 1.69亿元 equals 0.2+1.0+0.49, so no consistency.sum finding. The table has no "
              "indicator rows (department-wide table, one row per project), hence indicators []. The page "
              "repeats '信息来源:' twice (once empty) and shows an empty '访问次数:'; kept. Layout: XLSX, one "
              "sheet; title and paragraph in merged cells above the table."),
}

# -- 2. PPP 可用性绩效考核指标 (表4-2), stored on book118; province not stated ----------------------
BOOK_ROWS = [
    ["工程质量",
     "需符合各期或单项工程(如房屋建筑工程、市政工程、安装工程等)施工与质量验收规范,如 CJJ1-2008 《城镇道路工程施工与质量"
     "验收规范》、CJJ89-2012 《城市道路照明工程施工及验收规程》、GB50268-2008 《给水排水管道工程施工及验收规范》等,"
     "并做到一次性验收合格。",
     "质量标准分可用、部分可用、不可用三类。部分可用和不可用限期整改,整改不到质量要求的,实施机构视其造成的后果,"
     "不可逆的,扣减相应费用或全部费用,详见 PPP 合同。"],
    ["环境保护",
     "参照各期或单项工程(如房屋建筑工程、市政工程、安装工程等)的环境影响评价规范,如 JTGB03-2006 《公路建设项目"
     "环境影响评价规范》等。",
     "违反环境保护规定,实施机构有权从履约保函中提取相应金额违约金,详见 PPP 合同"],
    ["", "参照各期或单项工程(如房屋建筑工程、市", "违反安全生"],
]
GOLD_BOOK = {
    "source_urls": [URL_BOOK], "province": None,
    "doc_kind": "PPP项目绩效考核指标表(实施方案/合同附件,可用性绩效指标)",
    "patterns": [5],
    "indicators": [
        ind(None, None, "工程质量", None),
        ind(None, None, "环境保护", None),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "环境保护",
         "why": "The requirement only says 参照…环境影响评价规范 (comply with the norms); the 考核标准 gives a "
                "penalty for violations but no measurable level or grading, unlike 工程质量 which at least has "
                "可用/部分可用/不可用 classes."},
    ],
    "notes": ("Stored page (book118 preview of a PPP 实施方案 chapter): after the site's boilerplate it gives "
              "'绩效考核指标', '(1)可用性绩效指标', '表 4-2 可用性绩效考核指标' and a 3-column table "
              "(指标类别 | 指标要求 | 考核标准). It stops inside the third row: only '参照各期或单项工程(如房屋建筑工程、市' "
              "and '违反安全生' are visible and its 指标类别 label (probably 安全生产) has not appeared yet, so the "
              "row is kept cut, with an empty 指标类别 cell. Judgement calls: the cut third row is NOT a gold "
              "indicator (no name; the cut is the page's, not the document's); no target.missing_name finding "
              "for it. level1/level2 null: the table has no level columns; '可用性绩效指标' is a section heading "
              "(not a canonical 一级). target_text is null: the closest thing to a target is the multi-line "
              "指标要求 cell (a requirement to meet the cited norms, '一次性验收合格'), but it sits beside the equally "
              "long 考核标准 cell, and pdftotext interleaves the two columns line by line (exactly as the stored page "
              "text itself is interleaved), so the cell text cannot be found whole in the PDF text; and it holds no "
              "number, operator or unit anyway. No weights or scores on this table. Province: the stored text names no place (only national "
              "norms CJJ/GB/JTG), so province is null and the file name uses 'qg' (national/unknown). The "
              "site boilerplate (copyright notes) is not reproduced. The standard number 'JTGB03-2006' (no "
              "space or slash) is kept as written. Pattern 5: header words 指标类别 / 指标要求 / 考核标准 instead of the usual 一级/二级/三级/指标值. No coverage findings: the table is cut by the page."),
}

# -- 3. 乡镇生活污水治理项目 建设期绩效评价评分细则 (表A.1, 资料性附录), stored on bhygbaby.com -------------
BHY_CAPTION = "乡镇生活污水治理项目建设期绩效评价评分细则"
BHY_ROWS = [
    # 一级, 二级, 三级, 评分细则
    ["产出(50分)", "安全文明施工(9分)", "施工安全检查评定(2分)",
     "1.施工安全检查评定等级合格及以上,且未发生安全文明施工投诉和通报,得2分。\n"
     "2.不符合以上要求,每发生1次投诉扣0.5分,扣完为止;发生通报,不得分。"],
    ["", "", "应急管理(3分)",
     "1.建设施工单位制定了健全合理的建设期应急预案并按要求向应急管理部门和其他负有安全生产监督管理职责的部门备案,得1分;\n"
     "2.制定应急预案演练计划,每年至少组织一次综合应急预案演练或者专项应急预案演练,每半年至少组织一次现场处置方案演练的,得1分;\n"
     "3.突发事件处置得当,得1分。\n"
     "4.突发事件处置不当,造成不良影响,或未制定建设期应急预案的,不得分;不符合以上要求的其他情况,视情况扣分,扣完为止。"],
    ["", "", "安全生产(2分)",
     "建设过程中未发生安全事故的,得2分。每发生一起一般事故扣1分;发生较大及以上事故的,该项不得分,倒扣10分。"],
    ["", "", "工程保险(2分)",
     "按法律法规或行业规范规定、项目合同约定及时足额购买工程建设保险,得2分。强制险缺失或不足额的,不得分;"
     "合同约定的其他保险缺失或不足额的,每发现1项,扣1分,扣完为止。"],
    ["", "工程质量(19分)", "施工质量(10分)",
     "1.项目公司或运维单位建立了内容齐全、科学合理的质量管理制度或质量控制方案,并严格执行,施工质量符合"
     "《建筑工程施工质量验收统一标准》(GB50300一2013)等相关规定,质量验收全部合格,得4分;"
     "施工不符合设计方案要求未通过质量验收的,不得分;不符"],
]
GOLD_BHY = {
    "source_urls": [URL_BHY], "province": None,
    "doc_kind": "PPP/项目公司建设期绩效评价评分细则(指标表,资料性附录)",
    "patterns": [1],
    "indicators": [
        ind("产出", "安全文明施工", "施工安全检查评定", None, weight=2),
        ind("产出", "安全文明施工", "应急管理", None, weight=3),
        ind("产出", "安全文明施工", "安全生产", None, weight=2),
        ind("产出", "安全文明施工", "工程保险", None, weight=2),
        ind("产出", "工程质量", "施工质量", None, weight=10),
    ],
    "goals": [],
    "facts": [
        {"metric": "安全文明施工分值", "kind": "sum", "total": 9, "parts": [2, 3, 2, 2], "unit": "分"},
        {"metric": "应急管理分值(评分细则第1-3条)", "kind": "sum", "total": 3, "parts": [1, 1, 1], "unit": "分"},
    ],
    "findings": [],
    "notes": ("Stored page (a document-sharing site) gives the text of an informative annex: '(资料性)', the "
              "annex title, one sentence pointing to 表A.1, the table caption and the table 一级指标 | 二级指标 | "
              "三级指标 | 评分细则. It stops inside the 施工质量 row ('…不得分;不符'), so 工程质量(19分) shows only "
              "one 三级 row and 产出(50分) is incomplete; the row is kept cut. The stored page is rendered in "
              "traditional characters by the mirror site; the document itself is a mainland text, so it is "
              "written here in simplified characters (a conversion, not a rewording). Points are written inside "
              "the labels ('产出(50分)', '施工安全检查评定(2分)'); gold level1/level2/name drop them and weight "
              "takes the 三级 points. The 一级 and 二级 labels sit in vertically merged cells (pattern 1). There "
              "is no target column: the 评分细则 cell is a scoring rule, so target_text/operator/value are null "
              "and no target.* findings are raised on rules. Sums checked: 安全文明施工 9 = 2+3+2+2, 应急管理 "
              "3 = 1+1+1 (item 4 only deducts); no consistency finding. '倒扣10分' in 安全生产 lets a row go "
              "below zero; no rule id covers that, so it is only noted. 'GB50300一2013' (Chinese 一 for the dash) "
              "is kept as written. Province: not named in the stored text (null; file name uses 'qg')."),
}

# -- 4. 广西 玉林 容县: 万利生态区配套路网工程PPP项目首年度运营期绩效考核 (news prose) ---------------------
RX_PARAS = [
    "11月3日,公司所属建旅公司投资、建设并运营的容县万利生态区配套路网工程PPP项目中,河南大道子项目与万利片区横一路、"
    "横三路、纵四路子项目分别取得91.2分和90.2分,通过了首个年度的运营期绩效考核。",
    "考核由容县住建局牵头,县发改局、县财政局以及第三方考核单位广西中信恒泰工程顾问有限公司共同参加。考核组到现场查看了"
    "道路的运营养护状况,并逐项核查项目资料是否完整、规范,据此打分。综合评定后,考核组对运营期工作给予认可,一致同意项目"
    "通过运营期绩效评价考核。",
    "该项目是容县重点推进的PPP项目,总投资6.87亿元,包括6个子项共11条市政道路。截至2022年10月底,其中5个子项7条道路"
    "已通过竣工验收,进入运营期。",
    "这次考核通过后,项目可以继续开展运营并按约领取运营补贴,也为其余子项的建设、运营和绩效考核提供了参照。",
]
GOLD_RX = {
    "source_urls": [URL_RX], "province": "广西", "doc_kind": "PPP项目运营期绩效考核结果(新闻通稿)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Prose only (no indicator table). The stored page is a short company news item (mirror rendered in "
              "traditional characters; written here in simplified). It is complete in the stored copy (four "
              "paragraphs). Facts kept as written: 11月3日, 91.2分 (河南大道子项目), 90.2分 (万利片区横一路、横三路、"
              "纵四路子项目), 容县住建局 / 县发改局 / 县财政局 / 广西中信恒泰工程顾问有限公司, 总投资6.87亿元, 6个子项"
              "共11条市政道路, 截至2022年10月底5个子项7条道路通过竣工验收. The sentences are reworded. The page "
              "never gives the year of the 11月3日 assessment (context: 2022) nor the company's name ('公司所属建旅公司' "
              "kept). No total is stated with parts that should add up (5 of 6 子项 and 7 of 11 roads are "
              "subsets, not sums), so facts []. Scores are reported without weights, indicators or a pass line, "
              "so no finding can be supported by the text. Pattern 10: results stated in prose."),
}

# -- 5. 新疆 伊犁 霍城县: 2024年发行的地方政府债券项目全流程自评 (news prose) --------------------------
HC_PARAS = [
    "为落实中央和自治区关于加强地方政府债券管理、防范债务风险的部署,霍城县按照上级部门要求,于近期组织项目单位对本县"
    "2024年发行的16个地方政府债券项目8.9亿元开展了全流程自评,其中:一般债券项目7个1.9亿元,专项债券项目9个7亿元。"
    "自评围绕债券资金的安排、使用和管理过程进行监督核查,排查问题短板,强化监督管理,保障债券资金管理使用的安全性、"
    "规范性和有效性。",
    "这次自评采用“自查+整改+提升”的做法,既检验了专项债券工作,也梳理了县域经济的“造血功能”。下一步将加强动态监测,"
    "把绩效管理从“评结果”转向“控过程”,确保债券资金用在刀刃上。",
]
GOLD_HC = {
    "source_urls": [URL_HC], "province": "新疆", "doc_kind": "地方政府债券项目绩效自评工作情况(新闻稿)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2024年发行的地方政府债券项目数", "kind": "sum", "total": 16, "parts": [7, 9], "unit": "个"},
        {"metric": "2024年发行的地方政府债券资金", "kind": "sum", "total": 8.9, "parts": [1.9, 7], "unit": "亿元"},
    ],
    "findings": [],
    "notes": ("Prose only (no indicator table). The stored page holds two paragraphs and is complete in the "
              "stored copy. Facts kept as written: 16个项目8.9亿元 = 一般债券项目7个1.9亿元 + 专项债券项目9个7亿元 "
              "(both sums hold, so no consistency.sum finding). '专项债券项目9个7亿元' is written '7亿元' with no "
              "decimals; kept. The sentences are reworded; the page has no title in the stored copy, so none "
              "is added. The page states no score or grade for the 自评, so nothing there can be checked. The last sentence "
              "('从“评结果”转向“控过程”') is a work intention, not a performance goal, so goals []."),
}

DOCS = [
    ("zhejiang-keqiao-bond-selfeval-summary.xlsx", GOLD_KQ),
    ("qg-unknown-ppp-availability-indicators.docx", GOLD_BOOK),
    ("qg-unknown-township-sewage-ppp-scoring.docx", GOLD_BHY),
    ("guangxi-rongxian-ppp-road-operation-news.docx", GOLD_RX),
    ("xinjiang-huocheng-bond-selfeval-news.docx", GOLD_HC),
]


# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------

def _set_cell_border(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tcPr.append(borders)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
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


def table(d, rows, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            _set_cell_border(c)
            if widths:
                c.width = Cm(widths[j])
    if widths:
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
    return t


def build_book(path):
    d = new_doc()
    para(d, "绩效考核指标", bold=True)
    para(d, "(1)可用性绩效指标")
    para(d, "表 4-2 可用性绩效考核指标", center=True)
    table(d, [["指标类别", "指标要求", "考核标准"]] + BOOK_ROWS, widths=[2.5, 7.5, 6.0])
    d.save(path)


def build_bhy(path):
    d = new_doc()
    para(d, "(资料性)", center=True)
    para(d, "乡镇生活污水治理项目绩效评价评分细则", bold=True, center=True)
    para(d, "乡镇生活污水治理项目建设期绩效评价评分细则如表A.1所示。")
    para(d, BHY_CAPTION, bold=True, center=True)
    rows = [["一级指标", "二级指标", "三级指标", "评分细则"]] + [list(r) for r in BHY_ROWS]
    t = table(d, rows, widths=[2.2, 2.8, 3.2, 8.3])
    # 一级 label merged down the whole block; 二级 merged down its 三级 rows
    a = t.cell(1, 0).merge(t.cell(5, 0))
    a.text = "产出(50分)"
    b = t.cell(1, 1).merge(t.cell(4, 1))
    b.text = "安全文明施工(9分)"
    d.save(path)


def build_prose(path, paras):
    d = new_doc()
    for p in paras:
        para(d, p)
    d.save(path)


def build_kq(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效评价表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws["A1"] = "2023年度新增地方政府专项债券项目绩效评价情况"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:E1")
    ws["A2"] = "发布时间:2024-06-19 14:20"
    ws["A3"] = "信息来源:区卫生健康局"
    ws["A4"] = "信息来源:"
    ws["A5"] = "访问次数:"
    ws["A6"] = KQ_INTRO
    ws["A6"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A6:E6")
    ws.row_dimensions[6].height = 75
    ws["A8"] = "2023年新增地方政府专项债券项目绩效评价表"
    ws["A8"].font = Font(bold=True)
    ws["A8"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A8:E8")
    ws["E9"] = "单位:亿元"
    ws["E9"].alignment = Alignment(horizontal="right")
    header = ["项目名称", "债券性质", "截至2023年底已发债券规模", "自评分数", "自评等级"]
    for j, h in enumerate(header):
        c = ws.cell(row=10, column=j + 1, value=h)
        c.font = Font(bold=True)
        c.alignment = wrap
        c.border = box
    for i, row in enumerate(KQ_ROWS):
        for j, v in enumerate(row):
            if j in (2, 3) and v != "":
                c = ws.cell(row=11 + i, column=j + 1, value=float(v))
                c.number_format = "0.0#" if j == 2 else "General"
            else:
                c = ws.cell(row=11 + i, column=j + 1, value=v if v != "" else None)
            c.alignment = wrap
            c.border = box
    for col, w in zip("ABCDE", (34, 22, 16, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    cp = wb.properties
    cp.creator = AUTHOR
    cp.lastModifiedBy = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    wb.save(path)


BUILDERS = {
    "zhejiang-keqiao-bond-selfeval-summary.xlsx": build_kq,
    "qg-unknown-ppp-availability-indicators.docx": build_book,
    "qg-unknown-township-sewage-ppp-scoring.docx": build_bhy,
    "guangxi-rongxian-ppp-road-operation-news.docx": lambda p: build_prose(p, RX_PARAS),
    "xinjiang-huocheng-bond-selfeval-news.docx": lambda p: build_prose(p, HC_PARAS),
}


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted-as-written order (deterministic bytes)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            # docx core.xml may carry the real time in dcterms:modified if python-docx overrides; force fixed
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def write_gold(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    for name in (fname, os.path.splitext(fname)[0] + ".pdf"):
        g = {"source": name}
        g.update(copy.deepcopy(gold))
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf_text(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    items = []
    for i in gold["indicators"]:
        items += [i["name"], i["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for it in items:
        if it and squash(it) not in txt:
            missing.append(it)
    return missing


def main():
    # gold first
    for fname, gold in DOCS:
        write_gold(fname, gold)
    bad = 0
    for fname, gold in DOCS:
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        normalise_zip(path)
        pdf = to_pdf(path)
        miss = check_pdf_text(pdf, gold)
        if miss:
            bad += 1
            print(f"{fname}: NOT IN PDF TEXT: {miss}", file=sys.stderr)
        else:
            print(f"{fname}: ok ({len(gold['indicators'])} indicators, {len(gold['findings'])} findings)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
