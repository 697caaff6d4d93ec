#!/usr/bin/env python3
"""Blind part 86 of the real-layout corpus (water, ecology and environment duties).

Each document reproduces the beginning of one stored public page (see SOURCES.md): layout, merged
cells, empty cells and defects as found; facts (names, numbers, units, dates, document numbers) as
written; longer sentences in our own words with the same numbers. The gold in ``GOLD`` was written
by hand from the pages before anything ran on these files.

Run:  /tmp/venv/bin/python make_blind86_layouts.py [--no-pdf]
Writes the DOCX/XLSX files, their PDFs (LibreOffice) and annotations/<file>.json.
"""
import copy
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
FONT = "宋体"


# --------------------------------------------------------------------------- helpers
def _zip_fixed(path):
    """Rewrite a zip container with a fixed date and a fixed entry order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # openpyxl stamps dcterms:modified with the wall clock on save: pin it
    items = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2025-01-01T00:00:00Z\g<2>", d))
             if n == "docProps/core.xml" else (n, d) for n, d in items]
    order = sorted(items, key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in order:
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            out.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    return d


def _para(d, text, bold=False, center=False, size=None):
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


def _set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def _table(d, rows, merges=(), widths=None, bold_rows=()):
    """rows: list of lists of strings (same length); merges: (r0, c0, r1, c1)."""
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncol):
            txt = row[j] if j < len(row) else ""
            _set_cell(t.cell(i, j), txt, bold=i in bold_rows)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    for r0, c0, r1, c1 in merges:
        a = t.cell(r0, c0)
        keep = a.text
        m = a.merge(t.cell(r1, c1))
        _set_cell(m, keep, bold=r0 in bold_rows)
    return t


def _section(d, landscape):
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    w, h = Cm(21.0), Cm(29.7)
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = (h, w) if landscape else (w, h)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    return sec


def _save_docx(d, path):
    d.save(path)
    _zip_fixed(path)


def _save_xlsx(wb, path):
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    _zip_fixed(path)


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# --------------------------------------------------------------------------- documents
def build_hainan(path):
    """海南省生态公益林管理中心: 财政支出项目绩效评价报告 (cover + 项目绩效目标表 + 项目基本信息表, cut)."""
    d = _new_doc()
    _para(d, "财政支出项目绩效评价报告", bold=True, center=True, size=16)
    for line in [
        "评价类型:口实施过程评价  完成结果评价",
        "项目名称:S100031-财政林业补助专项资金",
        "项目单位:全省53个公益林管护单位",
        "主管部门:海南省生态公益林管理中心",
        "评价时间:2017年1月1日至2017年12月31日",
        "组织方式:口财政部门  主管部门  口项目单位",
        "评价机构:口中介机构  口专家组  项目单位评价组",
        "评价单位(盖章):海南省生态公益林管理中心",
        "上报时间:2018年7月6日",
    ]:
        _para(d, line)
    _section(d, landscape=True)
    _para(d, "项目绩效目标表", bold=True, center=True, size=14)
    _para(d, "项目名称:S100031-财政林业补助专项资金")
    rows = [
        ["指标类型", "指标名称", "绩效目标", "绩效标准", "", "", ""],
        ["", "", "", "优", "良", "中", "差"],
        ["产出指标", "保障管护人员劳务费", "98-100%", "保障管护人员劳务费保障98%以上",
         "保障95-98%", "保障90-95%", "保障90%以下"],
        ["", "管护基础设施建设", "管护基础设施建日益完善", "按预算均配备完备",
         "项目实施率叱100%", "项目实施率低于95%", "项目实施率村90%"],
        ["成效指标", "森林资源管护", "管护责任落实到位", "完全到位", "绝大多数完全到位",
         "基本到位", "不到位"],
        ["", "病虫害发生", "可启效控制", "启效控制", "7二起", "二起以上", ""],
        ["", "森林火灾", "不发生大规模的火灾", "不发生大规模的火灾", "7二起", "二起以上", ""],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6),
              (2, 0, 3, 0), (4, 0, 6, 0)]
    _table(d, rows, merges, bold_rows=(0, 1), widths=[2.0, 3.6, 4.8, 4.2, 3.0, 3.0, 3.0])
    _para(d, "注:按预算批复的绩效目标填列;预算申报时没有填报绩效目标的,依据项目测算明细或实施计划填写。")
    _section(d, landscape=False)
    _para(d, "项目基本信息表", bold=True, center=True, size=14)
    _para(d, "一、项目基本情况", bold=True)
    rows = [
        ["项目实施单位", "全省公益林单位", "主管部门", "海南省公益林中心"],
        ["项目负责人", "李大江", "联系电话", ""],
        ["地址", "海口市i安兰区海府路 80号", "邮编", "570203"],
        ["项目类型", "经常性项目( V )", "一次性项目()", ""],
        ["计划投", "", "", ""],
    ]
    _table(d, rows)
    _save_docx(d, path)


def build_honghe(path):
    """红河州生态环境局 2021年度项目支出绩效自评报告 (web page; cut in 项目背景 (2))."""
    d = _new_doc()
    _para(d, "预算绩效管理", bold=True)
    for line in ["索引号: 20240913-201958-969", "发布机构: 红河州生态环境局", "文号:",
                 "发布日期: 2022-03-21", "时效性: 有效"]:
        _para(d, "- " + line)
    _para(d, "红河州生态环境局2021年度项目支出绩效自评报告", bold=True, center=True, size=15)
    _para(d, "一、基本情况", bold=True)
    _para(d, "(一)项目概况", bold=True)
    _para(d, "依据《红河州财政局关于下达2021年州本级行政事业单位人员类、运转类和特定目标类项目支出预算的通知》"
             "(红财预发〔2021〕15号),2021年红河州生态环境局获批项目9个,项目资金共1950万元,具体为:"
             "2021年个旧市重金属污染防治专项资金1000万元(资金直接拨至个旧市财政局,由个旧财政局直接支付);"
             "2021年红河州排污许可证核发经费40万元;2021年红河州生态环境重点项目环境评价经费20万元;"
             "滇南中心城市大气污染联防联治专项资金230万元;红河州环境监测经费220万元;"
             "泸西县中枢镇新寨村神树坡农村污水治理经费20万元;生态文明建设示范州创建专项资金200万元;"
             "云南省生态环境厅数据资产管控平台红河分中心项目专项资金150万元;中央、省生态环境督察工作经费70万元。")
    _para(d, "1.项目背景")
    _para(d, "(1)个旧市重金属污染防治专项资金项目:为落实州、市两级印发的《红河州贯彻落实中央环境保护督察反馈意见问题整改总体方案》"
             "《个旧市贯彻落实中央环境保护督察反馈意见问题整改总体方案》的要求,在2018年《个旧市历史遗留废渣清运实施方案》"
             "《个旧市废渣调查及污染防治项目实施方案》基础上,编制了2019年度个旧市重金属污染防治专项资金实施方案,"
             "继续治理历史遗留冶炼废渣,对八抱树片区1—2堆历史遗留冶炼废渣堆进行原位风险管控,"
             "防止冶炼废渣渗滤液(含重金属废水)污染周边环境。")
    _para(d, "(2)红河州排污许可证核发经")
    _save_docx(d, path)


def build_muchuan(path):
    """乐山市沐川生态环境局 2022年度整体支出绩效自评报告 (cut after 支出情况)."""
    d = _new_doc()
    _para(d, "乐山市沐川生态环境局2022年度整体支出绩效自评报告", bold=True)
    _para(d, "乐山市沐川生态环境局", bold=True, center=True, size=15)
    _para(d, "2022年度整体支出绩效自评报告", bold=True, center=True, size=15)
    _para(d, "一、部门概况", bold=True)
    _para(d, "(一)机构组成", bold=True)
    _para(d, "局机关设办公室、生态环保股;下属参公单位为乐山市沐川生态环境保护综合行政执法大队,事业单位为乐山市沐川生态环境监测站。"
             "机构改革后,原沐川县环境监察执法大队改称乐山市沐川生态环境保护综合行政执法大队,"
             "原沐川县环境监测站改称乐山市沐川生态环境监测站。")
    _para(d, "(二)机构职能", bold=True)
    _para(d, "承担全县生态环境科技发展与基础能力建设、生态环境研究和技术工程示范,以及生态环境领域固定资产投资和资金项目管理;"
             "监督检查辖区内环境保护法律法规的执行并查处环境违法行为;组织全县生态环境质量监测、污染源监督性监测、温室气体减排监测和应急监测;"
             "负责全县地表水生态环境监管,大气、噪声、光、化石能源等污染防治的监督管理,并承担县政府公布的相关行政审批事项等。")
    _para(d, "(三)人员概况", bold=True)
    _para(d, "截至2022年12月,乐山市沐川生态环境局总编制34个,其中:行政编制7个、参公编制12个、事业编制15个。"
             "在职人员总数25人,其中:行政编制人员7人、参公编制人员4人、事业编制人员13人。其他人员(临聘人员)4人。"
             "2022年参公编制人员调出1人,退休1人。其他人员(临聘人员)较上年增加1人。")
    _para(d, "二、部门财政资金收支情况", bold=True)
    _para(d, "(一)部门财政资金收入情况", bold=True)
    _para(d, "2022年本年财政资金收入合计833.84万元,其中:基本支出财政拨款收入121.86万元,占14.61%;"
             "项目支出财政拨款收入711.98万元,占85.39%。")
    _para(d, "(二)部门财政资金支出情况", bold=True)
    _para(d, "2022年本年财政资金支出合计833.84万元,其中:基本支出121.86万元,占14.61%;项目支出711.98万元,占85.39%")
    _save_docx(d, path)


def build_quanzhou(path):
    """泉州市财政局 泉州市生态环境局: 重点流域水环境综合整治项目专项奖励资金通知 + 附件1安排表 (cut)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "通知及附件1"
    f = Font(name=FONT, size=10)
    fb = Font(name=FONT, size=10, bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    widths = {"A": 6, "B": 10, "C": 24, "D": 40, "E": 8, "F": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    r = 1

    def line(text, bold=False, height=None):
        nonlocal r
        ws.cell(r, 1, text).font = fb if bold else f
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).alignment = wrap
        if height:
            ws.row_dimensions[r].height = height
        r += 1

    line("泉州市财政局 泉州市生态环境局关于下达2021年第二批重点流域水环境综合整治项目专项奖励资金的通知", True, 30)
    line("来源:市生态环境局 2021-10-11 14:54 阅读人数:1")
    line("有关县(市、区)财政局、市驻县(市、区)生态环境局,泉州台商投资区财政局、环境与国土资源局:", False, 30)
    line("    按照我市年度生态环境保护工作安排,经研究,现下达2021年第二批重点流域水环境综合整治项目专项奖励资金498万元,"
         "列“2110499-其他自然生态保护支出”科目。", False, 45)
    line("    请及时将资金拨付项目单位,加强专项资金管理,按项目用途专款专用;对照2021年第二批重点流域水环境综合整治项目专项奖励资金绩效目标表"
         "细化绩效目标,确保年度绩效目标按时保质保量完成。资金细化安排情况和绩效目标于2021年1031日前报市财政局、生态环境局备案。", False, 60)
    line("    附件:")
    line("1.2021年第二批重点流域水环境综合整治项目专项奖励资金安排表")
    line("2.2021年第二批重点流域水环境综合整治项目专项奖励资金绩效目标表")
    line("泉州市财政局")
    line("泉州市生态环境局")
    line("2021930")
    line("(此件主动公开)")
    line("附件1", True)
    line("2021年第二批重点流域水环境综合整治项目专项资金安排表", True)
    line("金额单位:万元")
    head = r
    hdr = ["序号", "属地", "项目名称", "项目内容", "金额", ""]
    for j, v in enumerate(hdr, 1):
        ws.cell(r, j, v).font = fb
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    r += 1
    data = [
        ["1", "丰泽区", "丰泽区入海排水口试点整治项目",
         "按2021年党政领导生态环境保护目标责任书要求,试点启动5个入海排水口整治工作。", 20, 20],
        ["2", "洛江区", "洛江区入海排水口试点整治项目",
         "按2021年党政领导生态环境保护目标责任书要求,试点启动2个入海排水口整治工作。", 8, 8],
        ["3", "泉港区", "泉港区入海排水口试点整治项目",
         "按2021年党政领导生态环境保护目标责任书要求,试点启动10个入海排水口整治工作。", 40, 85],
        ["4", "", "峰尾镇古城内沟河", "", None, None],
    ]
    first = r
    for row in data:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v)
            c.font = f
            c.alignment = wrap
        ws.row_dimensions[r].height = 32
        r += 1
    # 泉港区 and its subtotal span rows 3-4 of the table
    ws.merge_cells(start_row=first + 2, start_column=2, end_row=first + 3, end_column=2)
    ws.merge_cells(start_row=first + 2, start_column=6, end_row=first + 3, end_column=6)
    for rr in range(head, r):
        for cc in range(1, 7):
            ws.cell(rr, cc).border = BOX
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    _save_xlsx(wb, path)


# --------------------------------------------------------------------------- gold
def ind(l1, l2, name, op, val, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val, "unit": unit,
            "target_text": tt, "actual": actual, "weight": weight, "score": score}


GOLD = {
    "hi-gongyilin-forest-eval.docx": {
        "build": build_hainan,
        "source_urls": ["https://www.renrendoc.com/paper/177190079.html"],
        "province": "海南",
        "doc_kind": "评价报告 (财政支出项目绩效评价报告: 封面 + 项目绩效目标表(绩效标准 优/良/中/差) + 项目基本信息表, 截断)",
        "patterns": [1, 5, 8],
        "indicators": [
            ind("产出指标", None, "保障管护人员劳务费", ">=", 98, "%", "98-100%"),
            ind("产出指标", None, "管护基础设施建设", None, None, None, "管护基础设施建日益完善"),
            ind("成效指标", None, "森林资源管护", None, None, None, "管护责任落实到位"),
            ind("成效指标", None, "病虫害发生", None, None, None, "可启效控制"),
            ind("成效指标", None, "森林火灾", None, None, None, "不发生大规模的火灾"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.vague_wording", "item": "管护基础设施建设",
             "why": "the target cell says only '日益完善' (increasingly complete): no number, baseline or date; "
                    "only the grading columns mention a 项目实施率, and those cells are garbled"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the target table is complete on the page (it ends with its 注 line) and has only 产出指标 and 成效指标 "
                    "rows: no satisfaction dimension"},
        ],
        "notes": (
            "海南省生态公益林管理中心, 2017 evaluation of S100031-财政林业补助专项资金 (上报 2018-07-06). The stored page is a "
            "renrendoc text dump of a Word file (OCR-like garbling); it holds the cover page, the 项目绩效目标表 and the start of "
            "项目基本信息表, and stops at '计划投'. The document stops there too. Kept as found: the checkbox glyphs rendered as "
            "'口' with the ticked boxes lost; the spaces the dump puts inside wrapped cells ('保障管护人 员劳务费', "
            "'项目实施 率叱100%') are dropped as extraction artifacts; "
            "'管护基础设施建日益完善' (missing 设); '可启效控制'/'启效控制' (OCR for 有效); the garbled grading cells "
            "'项目实施率叱100%', '项目实施率村90%', '7二起', '二起以上'; empty 差 cells on the last two rows; "
            "'海口市i安兰区'. Layout: 指标类型 merged down its rows, 绩效标准 header merged over 优/良/中/差 (non-value "
            "grading columns, pattern 5); the 注 line and the cover page are template text (pattern 8). Judgement calls: "
            "'98-100%' is read as >= 98 % (a range whose lower bound is the target); the three 成效指标 rows are qualitative "
            "but each carries a four-level grading scale, so they get no qualitative_no_scale finding; "
            "'不发生大规模的火灾' and '可启效控制' are left unflagged for the same reason (a stricter reviewer might call them "
            "vague). 保障管护人员劳务费 measures money paid (an input), which the brief's rule list cannot express. "
            "成效指标 is the old name of 效益 in this framework, so only 满意度 is missing. No budget figures survive the cut."),
    },
    "yn-honghe-sthj-selfreport.docx": {
        "build": build_honghe,
        "source_urls": ["https://www.hh.gov.cn/info/11481/661402.htm"],
        "province": "云南",
        "doc_kind": "自评报告 (州生态环境局 2021年度项目支出绩效自评报告, 9 个项目资金列于正文, 截断)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "项目资金", "kind": "sum", "total": 1950,
             "parts": [1000, 40, 20, 230, 220, 20, 200, 150, 70], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "红河州生态环境局, 2021 project self-evaluation report published 2022-03-21 (索引号 20240913-201958-969). The stored "
            "page holds the site header block, the title, 一、基本情况 (一)项目概况 and the first project background; it stops "
            "mid-word at '(2)红河州排污许可证核发经', and so does the document. The nine allocations are listed in one sentence "
            "and add up to the stated 1950万元 (1000+40+20+230+220+20+200+150+70), so the sum fact is consistent and there is "
            "no finding. Kept as found: the 2021 report citing the '2019年度' implementation plan for 个旧 (a leftover, not a rule "
            "breach). The report is cut before any goal or indicator section, so no goals, indicators or coverage finding. "
            "Prose sentences are reworded; names, amounts and document numbers are as written."),
    },
    "sc-muchuan-sthj-dept-selfreport.docx": {
        "build": build_muchuan,
        "source_urls": ["http://www.muchuan.gov.cn/mcx/jxgl/202311/f88daf9ea78f4165a98aa0a50fc8a760.shtml"],
        "province": "四川",
        "doc_kind": "自评报告 (部门整体支出绩效自评报告, 人员与收支数字在正文, 截断)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "总编制", "kind": "sum", "total": 34, "parts": [7, 12, 15], "unit": "个"},
            {"metric": "在职人员总数", "kind": "sum", "total": 25, "parts": [7, 4, 13], "unit": "人"},
            {"metric": "2022年本年财政资金收入合计", "kind": "sum", "total": 833.84, "parts": [121.86, 711.98], "unit": "万元"},
            {"metric": "2022年本年财政资金支出合计", "kind": "sum", "total": 833.84, "parts": [121.86, 711.98], "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "在职人员总数",
             "why": "在职人员总数25人 but the listed parts 行政编制人员7人 + 参公编制人员4人 + 事业编制人员13人 = 24人"},
        ],
        "notes": (
            "乐山市沐川生态环境局 (四川), 2022 department-wide self-evaluation report. The stored page holds the title twice "
            "(page heading and report title), 一、部门概况 (机构组成/机构职能/人员概况) and 二、部门财政资金收支情况 (收入, 支出); "
            "it ends right after '占85.39%' with no closing full stop, and the document ends there. Checks: 编制 34 = 7+12+15 "
            "(consistent); 在职 25 vs 7+4+13 = 24 (flagged; the 4 临聘人员 are listed separately as 其他人员, so they are not "
            "read as part of the 25); 收入 and 支出 833.84 = 121.86 + 711.98 (consistent). The shares 14.61 % and 85.39 % "
            "recompute correctly (121.86/833.84 = 14.61 %, 711.98/833.84 = 85.39 %); they are shares, not execution rates, so "
            "no budget fact is recorded. No goals or indicators survive the cut, so no coverage finding. The 机构职能 list is "
            "reworded."),
    },
    "fj-quanzhou-basin-award-notice.xlsx": {
        "build": build_quanzhou,
        "source_urls": ["http://www.quanzhou.gov.cn/zfb/xxgk/ztxxgk/czzj/zxzj/202112/t20211223_2673946.htm"],
        "province": "福建",
        "doc_kind": "资金下达通知 (附件1 资金安排表, 截断于第4行; 附件2 绩效目标表未到)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "泉州市财政局 and 泉州市生态环境局 notice (web page dated 2021-10-11) releasing 498万元 of the 2021 second batch of "
            "重点流域水环境综合整治项目专项奖励资金. The stored page holds the notice, the attachment list, the signatures and "
            "the start of 附件1 (the allocation table); it stops at row 4 ('峰尾镇古城内沟河'), so 附件2, the 绩效目标表, is never "
            "reached. Kept as found: the dates '2021年1031日' and '2021930' with their 月/日 missing; the table header has five "
            "labels but the rows carry six values, so 金额 is laid out over two columns (an item amount and a per-属地 figure: "
            "20|20, 8|8, 40|85). 泉港区's 85 exceeds its own 40, which suggests a 属地 subtotal covering the cut row 4 "
            "(峰尾镇…); 属地 and that figure are therefore merged over rows 3-4. Because the table is cut, the 498万元 total "
            "cannot be checked and no sum fact is recorded. No indicator or goal text is on the page; the notice's call to "
            "'确保年度绩效目标按时保质保量完成' is an instruction, not a goal. The page is kept as a realistic no-finding "
            "document (signature/attachment block = pattern 8). XLSX because the attachment is a spreadsheet-like table."),
    },
}


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for fname, g in GOLD.items():
        path = os.path.join(HERE, fname)
        g["build"](path)
        gold = {k: v for k, v in g.items() if k != "build"}
        for src in [fname] + ([] if no_pdf else [os.path.splitext(fname)[0] + ".pdf"]):
            rec = {"source": src}
            rec.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        if not no_pdf:
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                                "--convert-to", "pdf", "--outdir", tmp, path],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                shutil.copy(os.path.join(tmp, os.path.splitext(fname)[0] + ".pdf"), HERE)
        print("wrote", fname)


if __name__ == "__main__":
    main()
