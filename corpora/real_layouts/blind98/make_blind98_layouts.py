#!/usr/bin/env python3
"""Blind part blind98 of the real-layout corpus.

Writes four documents reproduced from stored public web pages (universities /
schools / a township school), each as DOCX or XLSX plus its PDF (LibreOffice),
and the gold annotations in annotations/<file>.json.

The gold below was written by an annotator who has not read the toolkit code.
Run:  /tmp/venv/bin/python make_blind98_layouts.py
"""
import copy
import datetime as _dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2024, 1, 1, 8, 0, 0)
ZIP_TIME = (2024, 1, 1, 8, 0, 0)
FONT = "Noto Serif CJK SC"

# ---------------------------------------------------------------------------
# Gold (written first, from the stored pages, before any file is built)
# ---------------------------------------------------------------------------
URL_HAINAN = "https://nksz.com/newsinfo/7370034.html"
URL_HUBEI = "https://pdf.wenkuvip.com/archives/vzpngm209e5zx2ywqbkd.html"
URL_YUEYANG = "http://yueyang.gov.cn/zwgk/62389/62391/content_1566871.html"
URL_HUAIHUA = "http://pamelahero.com/run.php?action2=detail&id=355&partid=13"


def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


GOLD = {}

# 1. Hainan: 海南省农垦实验中学 2023 项目支出绩效自评表 (XLSX)
HAINAN = "hainan-nongken-shiyanzhongxue-xueshengbuzhu-selfeval"
GOLD[HAINAN] = {
    "source_urls": [URL_HAINAN],
    "province": "海南",
    "doc_kind": "项目支出绩效自评表",
    "patterns": [2, 5, 8, 10],
    "indicators": [
        ind("产出指标", "数量指标", "资助困难教师及学生", None, 52, None, "52", 10, 20.0, 3.85),
        ind("产出指标", "质量指标", "困难教师", None, 2, None, "2", 0, 30.0, 0),
        ind("效益指标", "社会效益指标", "帮助困难教师和学生提高生活水平", None, 95, "%", "95", 100, 30.0, 30),
        ind("满意度指标", "服务对象满意度", "资助困难教师及学生", None, 52, None, "52", 100, 10.0, 10),
    ],
    "goals": [
        {"kind": "年度目标", "text": "用于资助贫困教师及学生"},
    ],
    "facts": [
        {"metric": "学生事务补助 资金总额 全年预算数", "kind": "sum", "total": 120000.00,
         "parts": [0.00, 120000.00, 0.00], "unit": "元"},
        {"metric": "学生事务补助 资金总额 执行数", "kind": "sum", "total": 30000.00,
         "parts": [0.00, 30000.00, 0.00], "unit": "元"},
        {"metric": "学生事务补助 合计 分值", "kind": "sum", "total": 100.00,
         "parts": [10.00, 20.00, 30.00, 30.00, 10.00], "unit": "分"},
        {"metric": "学生事务补助 合计 得分", "kind": "sum", "total": 46.35,
         "parts": [2.5, 3.85, 0, 30, 10], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_unit", "item": "资助困难教师及学生",
         "why": "数量指标行年度指标值52,度量单位栏空,看不出是人、人次还是户"},
        {"rule": "target.missing_unit", "item": "困难教师",
         "why": "质量指标行年度指标值2,度量单位栏空"},
        {"rule": "target.misfiled_dimension", "item": "困难教师",
         "why": "'困难教师'及数值2是人数(数量),却填在质量指标下"},
        {"rule": "target.missing_unit", "item": "资助困难教师及学生",
         "why": "满意度指标行年度指标值52,无%等单位,满意度按52理解没有意义"},
        {"rule": "target.duplicate", "item": "资助困难教师及学生",
         "why": "满意度指标行照抄了数量指标行的名称和指标值52,不是满意度指标"},
        {"rule": "target.vague_wording", "item": "帮助困难教师和学生提高生活水平",
         "why": "指标名称是'帮助…提高生活水平'的笼统表述,95%未说明是什么的比例、如何计算"},
        {"rule": "goal.unquantified", "item": "用于资助贫困教师及学生",
         "why": "年度目标只写资金用途,没有人数、金额或比例"},
        {"rule": "coverage.missing_dimension", "item": "产出指标",
         "why": "产出指标只有数量、质量两项,没有时效指标和成本指标"},
    ],
    "notes": (
        "Stored page: title '海南省农垦实验中学2023年项目绩效自评表公开', 创建时间 2024-07-10 16:49, a complete "
        "self-evaluation table for 46000021T000000002749-学生事务补助, then the start of a second table "
        "(46000021T000000002873-教育教学管理与监督); the page stops inside its row '其中:财政资金: 915,000.00 "
        "915,000.0' and the XLSX stops there too (cell kept as the cut '915,000.0'). The text of the page has no "
        "column separators; columns were assigned by the header '一级指标 二级指标 三级指标 指标性质 年度指标值 "
        "度量单位 实际完成值 完成率 分值 得分 未完成原因分析': 指标性质 is empty in every row, 度量单位 is empty "
        "except '%' in the 社会效益 row. Numbers are kept as text exactly as written (120,000.00, 19.23%, 20.00). "
        "Judgement calls: the two filer phone numbers are masked (131****6329, 180****9102); the completion "
        "sentence is lightly reworded but keeps '资助资助' and '10人次'. Arithmetic checks that hold: completion "
        "10/52=19.23%, 3.85=20×19.23%, 执行率 30,000/120,000=25%, 得分 2.5=10×25%, Σ分值=100.00, Σ得分=46.35. "
        "The 满意度 row (target 52, actual 100, completion 100.00%) is a copy of the 数量 row; I flag it as "
        "duplicate and missing unit, not as too_low. The low 执行率 (25%) is explained only in the "
        "年度目标完成情况 cell; I do not flag it. No grade is written, so no grade finding."
    ),
}

# 2. Hubei: 广水市陈巷镇中心中学 2019 骨干教师补助 绩效评价信息表 (DOCX)
HUBEI = "hubei-guangshui-chenxiangzhen-guganjiaoshi-selfeval"
GOLD[HUBEI] = {
    "source_urls": [URL_HUBEI],
    "province": "湖北",
    "doc_kind": "项目绩效评价信息表(自评)",
    "patterns": [1, 2, 5, 6, 8],
    "indicators": [
        ind("产出指标", "数量指标", "骨干教师教师补助资金总额(元)", None, 201600, "元", "201600", 100, 5, 5),
        ind("产出指标", "数量指标", "湖北名师、特级教师补助资金总额(元)", None, None, "元", None, 100, 5, 5),
        ind("产出指标", "数量指标", "骨干教师教师补助人数(人)", None, 28, "人", "28", 100, 5, 5),
        ind("产出指标", "数量指标", "其中:从教30年以上的骨干教师补助人数(人)", None, None, "人", None, 100, 4, 4),
        ind("产出指标", "数量指标", "湖北名师、特级教师补助人数(人)", None, None, "人", "300×12×4", None, 5, 5),
        ind("产出指标", "质量指标", "补助发放准确率(%)", None, 100, "%", "100%", 100, 4, 4),
        ind("产出指标", "质量指标", "享受补助的农村义务教育学校骨干教师设定比例(%)", None, 100, "%", "100%", 100, 4, 4),
        ind("产出指标", "时效指标", "补助发放及时率(%)", None, 100, "%", "100%", 100, 4, 4),
        ind("产出指标", "成本指标", "人均补助标准", None, 1000, "元/月",
            "湖北名师、特级教师1000元/月\n骨干教师600元/月", 300, 4, 3),
        ind("效益指标", "社会效益指标", "全面提高乡村教师思想政治素质和师德水平", None, None, None, "提高", None, 8, 8),
        ind("效益指标", "社会效益指标", "促进农村教师队伍素质,提高教育教学质量", None, None, None, "改善", None, 8, 8),
        ind("效益指标", "社会效益指标", "项目学校学生满意度(%)", ">=", 90, "%", "≥90%", 90, None, None),
    ],
    "goals": [],
    "facts": [
        {"metric": "年度资金总额 全年预算(A)", "kind": "sum", "total": 20.16,
         "parts": [10.08, 10.08], "unit": "万元"},
        {"metric": "年度资金总额 全年执行(B)", "kind": "sum", "total": 20.16,
         "parts": [10.08, 10.08], "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "湖北名师、特级教师补助资金总额(元)",
         "why": "年度指标值栏空,只有全年完成值100%"},
        {"rule": "target.missing_value", "item": "其中:从教30年以上的骨干教师补助人数(人)",
         "why": "年度指标值栏空,只有全年完成值100%"},
        {"rule": "target.unit_mismatch", "item": "湖北名师、特级教师补助人数(人)",
         "why": "人数指标的年度指标值写成算式'300×12×4'(元×月×人,实为金额测算),不是人数"},
        {"rule": "target.unit_mismatch", "item": "骨干教师教师补助资金总额(元)",
         "why": "指标单位为元、指标值201600,全年完成值却填'100%'"},
        {"rule": "target.unit_mismatch", "item": "骨干教师教师补助人数(人)",
         "why": "指标单位为人、指标值28,全年完成值却填'100%'"},
        {"rule": "consistency.deviation_reason_missing", "item": "人均补助标准",
         "why": "特级教师目标1000元/月,完成值'特级教师300',得分4分中得3分,原因栏空"},
        {"rule": "target.qualitative_no_scale", "item": "全面提高乡村教师思想政治素质和师德水平",
         "why": "指标值只写'提高',没有基线、数值或分级标准"},
        {"rule": "target.qualitative_no_scale", "item": "促进农村教师队伍素质,提高教育教学质量",
         "why": "指标值只写'改善',没有可衡量的标准"},
        {"rule": "target.misfiled_dimension", "item": "项目学校学生满意度(%)",
         "why": "满意度指标排在效益指标/社会效益指标块内,应归满意度指标"},
    ],
    "notes": (
        "Stored page is a text dump of a PDF ('广水市陈巷镇中心中学预算支出项目绩效目标申报表(农村骨干教师补助).pdf') "
        "whose content is the '2019年度农村义务教育阶段骨干教师补助项目绩效评价信息表'; the dump has no column "
        "separators and merged-cell labels are interleaved (e.g. '数量指 ... 标 15 分' does not occur here but "
        "'湖北名师、特级教 特级教师300 师1000元/月' does). The page stops at '项目学校学生满意度(%) ≥90% 90'; "
        "the DOCX stops after that row's 全年完成值 '90' (权重/得分 of that row left empty as cut). "
        "Judgement calls: (1) rows with a single value '100%' were read as empty 年度指标值 and 全年完成值 100%; "
        "(2) '300×12×4' is placed in the 年度指标值 column of '湖北名师、特级教师补助人数(人)' and its 全年完成值 "
        "left empty; (3) in 人均补助标准 the target cell holds two values (特级1000元/月, 骨干600元/月) and the "
        "completion cell '特级教师300 / 骨干教师600'; gold value/actual take the first (1000 / 300); (4) units in "
        "parentheses in the indicator name ((元), (人), (%)) are taken as the unit; (5) the satisfaction row has "
        "no 一级/二级 label of its own in the dump, so it stays in the 效益指标/社会效益指标 block; (6) the "
        "header '为完成目标或者完成目标超过30%请详细注明原因' keeps its typo (为 for 未); '骨干教师教师' keeps its "
        "doubled word. Arithmetic: 20.16 = 10.08 + 10.08 (budget and execution); 201600 元 = 20.16 万元 = "
        "28 人 × 600 元/月 × 12 月 — consistent, not flagged. Σ权重 of the visible rows is 20 + 56 = 76 plus the "
        "cut satisfaction row, so no score-total finding. The form states no 年度目标, so goals is empty."
    ),
}

# 3. Hunan: 湖南民族职业学院 学前教育实训中心及公租房建设 自评报告 (DOCX)
YUEYANG = "hunan-yueyang-minzuzhiyexueyuan-shixunzhongxin-selfeval"
GOAL_YUEYANG = ("1.学前教育实训中心工程为5层框架结构,建筑面积5599.6平方米,计划总投资2772.2万元;"
                "2.3#公租房为6层框架结构,建筑面积7139平方米,计划总投资1878.1万元,"
                "用于满足学院青年教职工的租房、住房需求。")
GOLD[YUEYANG] = {
    "source_urls": [URL_YUEYANG],
    "province": "湖南",
    "doc_kind": "财政支出绩效评价自评报告(项目)",
    "patterns": [2, 3, 5, 8, 10],
    "indicators": [],
    "goals": [
        {"kind": "预期目标", "text": GOAL_YUEYANG},
    ],
    "facts": [
        {"metric": "计划安排资金", "kind": "sum", "total": 1720, "parts": [500, 1220], "unit": "万元"},
        {"metric": "实际到位资金", "kind": "sum", "total": 1680, "parts": [500, 1180], "unit": "万元"},
        {"metric": "实际支出", "kind": "sum", "total": 1680, "parts": [500, 1180], "unit": "万元"},
        {"metric": "支出合计", "kind": "sum", "total": 16800199, "parts": [7000000, 9800199], "unit": "元"},
    ],
    "findings": [],
    "notes": (
        "Stored page: the cover of '岳阳市财政支出绩效评价自评报告' (评价类型 with the checkbox glyph rendered as "
        "'R', kept as found), then the form table: 一、项目基本概况 (负责人, 地址, 起止时间, four side-by-side money "
        "blocks 计划安排/实际到位/实际支出/结余 each with 中央/省/市/县市区/其它 rows), 二、项目支出明细情况, "
        "三、项目绩效自评情况 with the qualitative goal, and the header of the quantitative indicator block "
        "(一级指标/二级指标/指标内容/指标(目标)值/实际完成值) followed by '项目产出指标 | 数量指标'; the page stops "
        "there, so the document has no indicator rows. The goal sentence is reworded, keeping 5层/5599.6平方米/"
        "2772.2万元/6层/7139平方米/1878.1万元. Arithmetic: 1720=500+1220, 1680=500+1180 (twice), 16800199="
        "7000000+9800199 — all hold. 实际支出 1680万元 vs 支出合计 16800199元 (=1680.0199万元) differ only by "
        "rounding to whole 万元: not flagged. The 40万元 gap between 计划安排 (1720) and 实际到位 (1680) and the "
        "'基本完工' status fit a 项目实施过程评价 dated 2019-07-15 for a project running to 2019-12; not flagged. "
        "Because the indicator block is cut by the page copy, I do not flag coverage.too_few_indicators or "
        "goal.unmeasured; a tool that reports the empty indicator block as partial/table_not_understood is "
        "reasonable. Planned investments 2772.2+1878.1=4650.3万元 are not a stated total, so no fact."
    ),
}

# 4. Hunan: 湖南怀化商业供销学校 2019 部门整体支出绩效评价报告 (DOCX, prose)
HUAIHUA = "hunan-huaihua-shangyegongxiaoxuexiao-zhengtizhichu-evalreport"
GOLD[HUAIHUA] = {
    "source_urls": [URL_HUAIHUA],
    "province": "湖南",
    "doc_kind": "部门整体支出绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "總收入", "kind": "sum", "total": 2269.25, "parts": [2105.37, 163.87], "unit": "萬元"},
        {"metric": "部門整體支出", "kind": "sum", "total": 2701.7, "parts": [1756.99, 944.71], "unit": "萬元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "總收入",
         "why": "2105.37+163.87=2269.24萬元,與所寫總收入2269.25萬元差0.01萬元(按所寫兩位小數不相等)"},
    ],
    "notes": (
        "Stored page (a mirror) shows the report in traditional characters with pinyin glosses inserted after many "
        "characters, e.g. '鄉(xiāng)鎮(zhèn)'; the glosses are a mirror artefact and are dropped, the traditional "
        "characters are kept. The page starts with '1. 湖南懷化商業供銷學校2019年度部門整體支出績效評價報告' and "
        "'2020-06-23' and stops in the sentence listing the 主要內容 of spending at '資本性支出(基本建設)526.78萬'; "
        "the DOCX stops at the same place (the cut '萬' kept). Narrative sentences (職能, 機構設置) are reworded, "
        "numbers kept. One 科室 name is garbled on the page ('學??啤'); I wrote 學生科 so that eight names match "
        "'八個科室' (judgement call). Facts: 總收入 2269.25 vs parts 2105.37+163.87=2269.24 (0.01 short, flagged as "
        "consistency.sum though it is most likely rounding); 部門整體支出 2701.7=1756.99+944.71 holds. The cut list "
        "of 主要內容 (1434.17+517.92+79.07+526.78=2557.94 so far) is incomplete, so it is not recorded as a fact. "
        "Spending above income (2701.7 vs 2269.25) is normal with carried-over funds and is not flagged. The stored "
        "page ends before any goal, indicator or score, so goals and indicators are empty."
    ),
}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def fix_core_dates(path):
    """Pin dcterms:created/modified in docProps/core.xml (openpyxl stamps 'now' on save)."""
    import re as _re
    tmp = path + ".tmp"
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    txt = _re.sub(r"(<%s[^>]*>)[^<]*(</%s>)" % (tag, tag), r"\g<1>%s\g<2>" % stamp, txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def fix_pdf(path):
    """Replace the conversion time stamp and file ID in the PDF with fixed same-length values."""
    import re as _re
    data = open(path, "rb").read()
    data = _re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20240101080000", data)
    data = _re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20240101080000", data)
    data = _re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = _re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    open(path, "wb").write(data)


def set_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = "blind98"
    cp.last_modified_by = "blind98"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def base_docx(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    return doc


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def grid_table(doc, nrows, ncols, widths_cm=None):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.autofit = False
    if widths_cm:
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    return t


def fix_widths(t, widths_cm):
    """Apply column widths to the grid and to every cell (after merging)."""
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        if trPr.find(qn("w:cantSplit")) is None:
            trPr.append(trPr.makeelement(qn("w:cantSplit"), {}))
        for tc in row._tr.findall(qn("w:tc")):
            span = tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            # position of the cell in the grid
            idx = 0
            for prev in row._tr.findall(qn("w:tc")):
                if prev is tc:
                    break
                sp = prev.find(qn("w:tcPr") + "/" + qn("w:gridSpan"))
                idx += int(sp.get(qn("w:val"))) if sp is not None else 1
            w = sum(widths_cm[idx:idx + n])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = tcPr.makeelement(qn("w:tcW"), {})
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(Cm(w).twips)))
            tcW.set(qn("w:type"), "dxa")


def put(t, r, c, text, r2=None, c2=None):
    cell = t.cell(r, c)
    if r2 is not None or c2 is not None:
        cell = cell.merge(t.cell(r2 if r2 is not None else r, c2 if c2 is not None else c))
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    p.add_run(lines[0])
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    return cell


def to_pdf(path, outdir):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1704096000")
    prof = tempfile.mkdtemp(prefix="lo98_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_hainan(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "项目绩效自评表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    widths = [13, 11, 18, 8, 10, 8, 10, 9, 8, 8, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    row = [1]

    def line(values, merges=(), boxed=True, bold=False):
        r = row[0]
        for c, v in values:
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = wrap
            cell.font = Font(name=FONT, size=9, bold=bold)
        for a, b in merges:
            ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
        if boxed:
            for c in range(1, 12):
                ws.cell(row=r, column=c).border = border
        row[0] += 1

    line([(1, "海南省农垦实验中学2023年项目绩效自评表公开")], [(1, 11)], boxed=False, bold=True)
    line([(1, "创建时间:2024-07-10 16:49")], [(1, 11)], boxed=False)

    def header_block(code_name, phone, money_rows):
        line([(1, "项目支出绩效自评表")], [(1, 11)], bold=True)
        line([(1, "项目名称: " + code_name), (7, "填报人: 李姣"), (9, "联系方式: " + phone)],
             [(1, 6), (7, 8), (9, 11)])
        line([(1, "主管部门: 203-省教育厅"), (7, "实施单位: 203045-省农垦实验中学")], [(1, 6), (7, 11)])
        line([(1, "是否公开:"), (7, "网址:")], [(1, 6), (7, 11)])
        line([(1, "资金构成(元)"), (2, "年初预算数"), (3, "全年预算数"), (4, "执行数"), (5, "分值"),
              (6, "执行率(%)"), (7, "得分")], [(7, 11)])
        for vals in money_rows:
            line([(i + 1, v) for i, v in enumerate(vals) if v is not None], [(7, 11)])

    header_block("46000021T000000002749-学生事务补助", "131****6329", [
        ["资金总额:", "120,000.00", "120,000.00", "30,000.00", "10.00", "25", "2.5"],
        ["其中:财政资金:", "0.00", "0.00", "0.00", None, "0", None],
        ["单位资金:", "120,000.00", "120,000.00", "30,000.00", None, "25", None],
        ["财政专户管理资金:", "0.00", "0.00", "0.00", None, "0", None],
    ])
    line([(1, "年度目标"), (6, "年度目标完成情况")], [(1, 5), (6, 11)], bold=True)
    line([(1, "用于资助贫困教师及学生"),
          (6, "发放成长计划资助资助学生10人次;砺耕计划由省厅直接拨付到个人银行账户;"
              "滋慧计划由中央直接拨付到个人银行账户。")], [(1, 5), (6, 11)])
    ws.row_dimensions[row[0] - 1].height = 42
    heads = ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "实际完成值",
             "完成率", "分值", "得分", "未完成原因分析"]
    line([(i + 1, h) for i, h in enumerate(heads)], bold=True)
    rows = [
        ["产出指标", "数量指标", "资助困难教师及学生", None, "52", None, "10", "19.23%", "20.00", "3.85",
         "滋慧计划由中央直接拨付到个人银行账户。"],
        ["产出指标", "质量指标", "困难教师", None, "2", None, "0", "0.00%", "30.00", "0",
         "砺耕计划由省厅直接拨付到个人银行账户。"],
        ["效益指标", "社会效益指标", "帮助困难教师和学生提高生活水平", None, "95", "%", "100", "100.00%",
         "30.00", "30", None],
        ["满意度指标", "服务对象满意度", "资助困难教师及学生", None, "52", None, "100", "100.00%", "10.00",
         "10", None],
    ]
    for vals in rows:
        line([(i + 1, v) for i, v in enumerate(vals) if v is not None])
    line([(1, "合计"), (9, "100.00"), (10, "46.35")], [(1, 8)])
    row[0] += 1  # blank line between the two tables
    # second table: cut where the stored page stops
    line([(1, "项目支出绩效自评表")], [(1, 11)], bold=True)
    line([(1, "项目名称: 46000021T000000002873-教育教学管理与监督"), (7, "填报人: 李姣"),
          (9, "联系方式: 180****9102")], [(1, 6), (7, 8), (9, 11)])
    line([(1, "主管部门: 203-省教育厅"), (7, "实施单位: 203045-省农垦实验中学")], [(1, 6), (7, 11)])
    line([(1, "是否公开:"), (7, "网址:")], [(1, 6), (7, 11)])
    line([(1, "资金构成(元)"), (2, "年初预算数"), (3, "全年预算数"), (4, "执行数"), (5, "分值"),
          (6, "执行率(%)"), (7, "得分")], [(7, 11)])
    line([(1, "资金总额:"), (2, "915,000.00"), (3, "915,000.00"), (4, "915,000.00"), (5, "10.00"),
          (6, "100"), (7, "10")], [(7, 11)])
    line([(1, "其中:财政资金:"), (2, "915,000.00"), (3, "915,000.0")], [(7, 11)])

    # explicit row heights so wrapped cells show fully (LibreOffice keeps stored heights)
    span_w = {}
    for rng in ws.merged_cells.ranges:
        w = sum(ws.column_dimensions[chr(64 + c)].width for c in range(rng.min_col, rng.max_col + 1))
        span_w[(rng.min_row, rng.min_col)] = w
    for r in range(1, ws.max_row + 1):
        lines = 1
        for c in range(1, 12):
            v = ws.cell(row=r, column=c).value
            if v is None:
                continue
            w = span_w.get((r, c), ws.column_dimensions[chr(64 + c)].width)
            per_line = max(int(w / 1.8), 1)  # CJK characters per line at 9pt
            lines = max(lines, -(-len(str(v)) // per_line))
        ws.row_dimensions[r].height = 14 * lines + 2
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    p = wb.properties
    p.creator = "blind98"
    p.lastModifiedBy = "blind98"
    p.title = "海南省农垦实验中学2023年项目绩效自评表公开"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)


def build_hubei(path):
    doc = base_docx(landscape=True)
    para(doc, "2019年度农村义务教育阶段骨干教师补助项目绩效评价信息表", bold=True, size=14, center=True)
    para(doc, "特别说明:本表由市州汇总辖区内各县市区项目情况后统一填写,各县市区填报信息作为本表附件一并上报省教育厅。")
    para(doc, "单位(盖章):广水市教育局                                        填报日期:2021/10/18")
    widths = [1.4, 2.2, 2.4, 5.6, 3.6, 3.2, 3.8, 1.6, 1.6]
    t = grid_table(doc, 28, 9, widths)
    put(t, 0, 0, "项目名称", c2=1)
    put(t, 0, 2, "2019年度农村义务教育阶段骨干教师补助项目", c2=8)
    put(t, 1, 0, "单位名称", c2=1)
    put(t, 1, 2, "广水市陈巷镇中心中学")
    put(t, 1, 3, "单位负责人")
    put(t, 1, 4, "张祖锋")
    put(t, 1, 5, "填报人")
    put(t, 1, 6, "董仰光")
    put(t, 1, 7, "电话", c2=7)
    put(t, 1, 8, "0722--6680031")
    put(t, 2, 0, "邮箱", c2=1)
    put(t, 2, 2, "", c2=8)
    put(t, 3, 0, "项目具体实施单位(多个实施单位并列填写)", c2=3)
    put(t, 3, 4, "", c2=8)
    put(t, 4, 0, "项目资金(万元)", r2=9, c2=1)
    put(t, 4, 2, "")
    put(t, 4, 3, "全年预算(A)")
    put(t, 4, 4, "全年执行(B)")
    put(t, 4, 5, "执行率(B/A)")
    put(t, 4, 6, "")
    put(t, 4, 7, "权重")
    put(t, 4, 8, "得分")
    money = [
        ("年度资金总额:", "20.16", "20.16", "100%", "20", "20"),
        ("其中:中央补助", "10.08", "10.08", "100%", "", ""),
        ("省级资金", "10.08", "10.08", "100%", "", ""),
        ("其他资金 (包括结转结余)", "", "", "", "", ""),
    ]
    for i, (a, b, c, d, e, f) in enumerate(money):
        r = 5 + i
        put(t, r, 2, a)
        put(t, r, 3, b)
        put(t, r, 4, c)
        put(t, r, 5, d)
        put(t, r, 7, e)
        put(t, r, 8, f)
    put(t, 9, 2, "资金说明")
    put(t, 9, 3, "资金执行率低于90%请详细说明未执行原因。", c2=8)
    put(t, 10, 0, "绩效指标", r2=27)
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值(根据项目方案和预算填写)", "全年完成值",
             "为完成目标或者完成目标超过30%请详细注明原因", "权重", "得分"]
    for i, h in enumerate(heads):
        put(t, 10, 1 + i, h)
    rows = [
        ("骨干教师教师补助资金总额(元)", "201600", "100%", "", "5", "5"),
        ("湖北名师、特级教师补助资金总额(元)", "", "100%", "", "5", "5"),
        ("骨干教师教师补助人数(人)", "28", "100%", "", "5", "5"),
        ("其中:从教30年以上的骨干教师补助人数(人)", "", "100%", "", "4", "4"),
        ("湖北名师、特级教师补助人数(人)", "300×12×4", "", "", "5", "5"),
        ("补助发放准确率(%)", "100%", "100%", "", "4", "4"),
        ("享受补助的农村义务教育学校骨干教师设定比例(%)", "100%", "100%", "", "4", "4"),
        ("补助发放及时率(%)", "100%", "100%", "", "4", "4"),
        ("人均补助标准", "湖北名师、特级教师1000元/月\n骨干教师600元/月", "特级教师300\n骨干教师600", "", "4", "3"),
        ("全面提高乡村教师思想政治素质和师德水平", "提高", "提高", "", "8", "8"),
        ("促进农村教师队伍素质,提高教育教学质量", "改善", "改善", "", "8", "8"),
        ("项目学校学生满意度(%)", "≥90%", "90", "", "", ""),
    ]
    for i, (name, tgt, act, why, w, s) in enumerate(rows):
        r = 11 + i
        put(t, r, 3, name)
        put(t, r, 4, tgt)
        put(t, r, 5, act)
        put(t, r, 6, why)
        put(t, r, 7, w)
        put(t, r, 8, s)
    put(t, 11, 1, "产出指标", r2=19)
    put(t, 11, 2, "数量指标", r2=15)
    put(t, 16, 2, "质量指标", r2=17)
    put(t, 18, 2, "时效指标")
    put(t, 19, 2, "成本指标")
    put(t, 20, 1, "效益指标", r2=22)
    put(t, 20, 2, "社会效益指标", r2=22)
    # rows 23-27 unused: remove them so the table ends where the page stops
    for _ in range(5):
        tr = t.rows[-1]._tr
        tr.getparent().remove(tr)
    # the 绩效指标 label merge ran to row 27; after removal it ends at the last row kept
    fix_widths(t, widths)
    set_docx_props(doc, "2019年度农村义务教育阶段骨干教师补助项目绩效评价信息表")
    doc.save(path)


def build_yueyang(path):
    doc = base_docx()
    para(doc, "岳阳市财政支出绩效评价自评报告", bold=True, size=16, center=True)
    for s in ["评价类型:项目实施过程评价R 项目完成结果评价□",
              "项目名称: 民族学院学前教育实训中心及公租房建设",
              "项目单位: 湖南民族职业学院",
              "主管部门: 岳阳市人民政府",
              "评价方式:部门(单位)绩效自评",
              "评价机构:部门(单位)评价组",
              "报告日期:二〇一九年七月十五日"]:
        para(doc, s, size=12)
    para(doc, "岳阳市财政局(制)", size=12, center=True)
    widths = [2.4, 1.9, 2.4, 1.9, 2.4, 1.9, 2.0, 2.5]
    t = grid_table(doc, 26, 8, widths)
    put(t, 0, 0, "一、项 目 基 本 概 况", c2=7)
    put(t, 1, 0, "项目负责人")
    put(t, 1, 1, "吴强", c2=2)
    put(t, 1, 3, "联系电话", c2=4)
    put(t, 1, 5, "", c2=7)
    put(t, 2, 0, "项目地址")
    put(t, 2, 1, "湖南省岳阳市湘北大道", c2=2)
    put(t, 2, 3, "邮 编", c2=4)
    put(t, 2, 5, "414000", c2=7)
    put(t, 3, 0, "项目起止时间")
    put(t, 3, 1, "2018年1月起至 2019年12月止", c2=7)
    put(t, 4, 0, "计划安排资金 (万元)")
    put(t, 4, 1, "1720")
    put(t, 4, 2, "实际到位资金 (万元)")
    put(t, 4, 3, "1680")
    put(t, 4, 4, "实际支出 (万元)")
    put(t, 4, 5, "1680")
    put(t, 4, 6, "结余 (万元)")
    put(t, 4, 7, "")
    src = [("其中:中央财政", "", "", "", ""), ("省财政", "", "", "", ""),
           ("市财政", "500", "500", "500", ""), ("县市区财政", "", "", "", ""),
           ("其它", "1220", "1180", "1180", "")]
    for i, (lab, a, b, c, d) in enumerate(src):
        r = 5 + i
        for k, v in enumerate((a, b, c, d)):
            put(t, r, 2 * k, lab)
            put(t, r, 2 * k + 1, v)
    put(t, 10, 0, "二、项目支出明细情况", c2=7)
    put(t, 11, 0, "支出内容", c2=1)
    put(t, 11, 2, "实际支出数", c2=3)
    put(t, 11, 4, "会计凭证号", c2=5)
    put(t, 11, 6, "备注", c2=7)
    for i, (a, b, c) in enumerate([("实训楼工程款", "7000000", "见附件"),
                                   ("3#公租房工程款", "9800199", "见附件"),
                                   ("支出合计", "16800199", "")]):
        r = 12 + i
        put(t, r, 0, a, c2=1)
        put(t, r, 2, b, c2=3)
        put(t, r, 4, c, c2=5)
        put(t, r, 6, "", c2=7)
    put(t, 15, 0, "三、项目绩效自评情况", c2=7)
    put(t, 16, 0, "项目绩效定性目标及实施计划完成情况", r2=17, c2=1)
    put(t, 16, 2, "预 期 目 标", c2=5)
    put(t, 16, 6, "实际完成", c2=7)
    put(t, 17, 2, GOAL_YUEYANG, c2=5)
    put(t, 17, 6, "学前教育实训中心和3#公租房基本完工", c2=7)
    put(t, 18, 0, "项目绩效定量目标(指标)及完成情况", r2=19, c2=1)
    put(t, 18, 2, "一级指标")
    put(t, 18, 3, "二级指标")
    put(t, 18, 4, "指标内容", c2=5)
    put(t, 18, 6, "指标(目标)值")
    put(t, 18, 7, "实际完成值")
    put(t, 19, 2, "项目产出指标")
    put(t, 19, 3, "数量指标")
    put(t, 19, 4, "", c2=5)
    for _ in range(6):  # rows 20-25 unused: the stored page stops after '数量指标'
        tr = t.rows[-1]._tr
        tr.getparent().remove(tr)
    fix_widths(t, widths)
    set_docx_props(doc, "岳阳市财政支出绩效评价自评报告")
    doc.save(path)


def build_huaihua(path):
    doc = base_docx()
    para(doc, "1. 湖南懷化商業供銷學校2019年度部門整體支出績效評價報告", bold=True, size=13)
    para(doc, "2020-06-23")
    para(doc, "一、部門概況", bold=True)
    para(doc, "(一)部門基本情況", bold=True)
    para(doc, "1、主要職能:培養中等專業人才,服務經濟社會發展。學校舉辦商貿財經、旅遊服務、文化藝術、電子技術、"
              "機械工程等類別的中等學歷教育和中高級技工教育,開展中高級技工和預備技師職業技能鑒定及非學歷培訓,"
              "並承擔與職業教育相關的其他社會服務。")
    para(doc, "2、機構設置:我校為市直正處級中職學校,屬財政撥款經費包乾預算事業單位,是一級部門預算單位。"
              "學校編制人數為184人,2019年末在編教職員工105人,編外聘任教師19人,離退休教職工121人,"
              "校級領導班子成員7人。學校內設八個科室,分別為辦公室、教務科、招生就業科、學生科、物業管理科、"
              "財務科、監審科、培訓科(項目部)。")
    para(doc, "(二)部門整體支出規模、使用方向和主要內容、涉及範圍等。", bold=True)
    para(doc, "2019年度總收入2269.25萬元,其中公共預算財政撥款收入2105.37萬元,事業類收入163.87萬元;"
              "部門整體支出為2701.7萬元,其中基本支出為1756.99萬元,項目支出為944.71萬元。")
    para(doc, "部門整體支出主要內容為工資福利支出1434.17萬元;商品和服務支出517.92萬元;對個人和家庭的補助"
              "79.07萬元;資本性支出(基本建設)526.78萬")
    set_docx_props(doc, "湖南懷化商業供銷學校2019年度部門整體支出績效評價報告")
    doc.save(path)


BUILD = [
    (HAINAN, "xlsx", build_hainan),
    (HUBEI, "docx", build_hubei),
    (YUEYANG, "docx", build_yueyang),
    (HUAIHUA, "docx", build_huaihua),
]


def write_gold(stem, ext):
    os.makedirs(ANN, exist_ok=True)
    for e in (ext, "pdf"):
        name = f"{stem}.{e}"
        g = {"source": name}
        g.update(copy.deepcopy(GOLD[stem]))
        order = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators", "goals",
                 "facts", "findings", "notes"]
        g = {k: g[k] for k in order}
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


def main():
    # gold first
    for stem, ext, _ in BUILD:
        write_gold(stem, ext)
    # then the documents
    for stem, ext, fn in BUILD:
        path = os.path.join(HERE, f"{stem}.{ext}")
        fn(path)
        fix_core_dates(path)
        to_pdf(path, HERE)
        fix_pdf(os.path.join(HERE, f"{stem}.pdf"))
        print("wrote", path, "and .pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
