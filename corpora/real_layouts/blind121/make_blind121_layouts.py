#!/usr/bin/env python3
"""Blind part blind121 of the real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document reproduces the
layout of one stored public web page (only the page beginning the store holds; each document
stops where the stored page stops). Facts (names, values, units, amounts, dates) as written;
longer sentences re-worded, numbers kept. Gold is written here, before any tool sees the files.

Run:  /tmp/venv/bin/python make_blind121_layouts.py
Writes DOCX/XLSX + PDF (LibreOffice) into this folder and annotations/<file>.json.
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
AUTHOR = "blind121"


# ----------------------------------------------------------------- helpers (DOCX)
def new_doc(title):
    d = Document()
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "Noto Sans CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    return d


def heading(d, text, size=14, center=True):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(d, text, center=False):
    p = d.add_paragraph(text)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def grid_table(d, nrows, ncols, cells, merges, widths_cm=None):
    """cells: {(r,c): text}; merges: [(r1,c1,r2,c2)] (inclusive). Text is set on the top-left."""
    t = d.add_table(rows=nrows, cols=ncols)
    borders(t)
    if widths_cm:
        t.autofit = False
        for ci, w in enumerate(widths_cm):
            t.columns[ci].width = Cm(w)
            for row in t.rows:
                row.cells[ci].width = Cm(w)
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for (r, c), text in cells.items():
        cell = t.cell(r, c)
        cell.text = text
    return t


def save_docx(d, name):
    path = os.path.join(HERE, name)
    d.save(path)
    normalise_zip(path)
    return path


def normalise_zip(path):
    """Rewrite the OOXML zip with fixed timestamps and sorted entries (deterministic bytes)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


# ----------------------------------------------------------------- helpers (XLSX)
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_put(ws, cells, merges, nrows, ncols):
    for (r1, c1, r2, c2) in merges:
        ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    for r in range(nrows):
        for c in range(ncols):
            cell = ws.cell(row=r + 1, column=c + 1)
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for (r, c), text in cells.items():
        ws.cell(row=r + 1, column=c + 1, value=text)


def fit_row_heights(ws, cells, merges):
    """LibreOffice does not grow rows for wrapped text on its own: set heights from the text length."""
    import math
    from openpyxl.utils import get_column_letter

    def width(c1, c2):
        return sum((ws.column_dimensions[get_column_letter(c + 1)].width or 8.43) for c in range(c1, c2 + 1))

    span = {(r1, c1): (r2, c2) for (r1, c1, r2, c2) in merges}
    need = {}
    for (r, c), text in cells.items():
        if not text:
            continue
        r2, c2 = span.get((r, c), (r, c))
        units = sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
        lines = max(1, math.ceil(units / max(1.0, width(c, c2) - 1)))
        per_row = math.ceil(lines / (r2 - r + 1))
        for rr in range(r, r2 + 1):
            need[rr] = max(need.get(rr, 1), per_row)
    for rr, lines in need.items():
        ws.row_dimensions[rr + 1].height = 15 * lines + 3


def save_xlsx(wb, name):
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(HERE, name)
    wb.save(path)
    normalise_zip(path)
    return path


# ----------------------------------------------------------------- gold
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def write_gold(fname, gold):
    base = dict(gold)
    for f in (fname, os.path.splitext(fname)[0] + ".pdf"):
        g = {"source": f}
        g.update(base)
        with open(os.path.join(ANN, f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


# ================================================================= 1. Jiangsu, 镇江博物馆 2024
def doc_jiangsu():
    fname = "jiangsu-zhenjiang-saizhenzhu-gongyuan-yunzhuanjingfei-jixiaogongkai.docx"
    d = new_doc("2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开")
    heading(d, "2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开")
    para(d, "2024年度镇江博物馆赛珍珠文化公园运转经费项目绩效公开", center=True)
    para(d, "2024年度", center=True)
    # one big form table, 6 columns; indicator header row in the middle
    C = {}
    M = []
    r = 0
    C[(r, 0)] = "项目名称"; C[(r, 1)] = "赛珍珠文化公园运转经费"; M.append((r, 1, r, 5)); r += 1
    C[(r, 0)] = "实施部门"; C[(r, 1)] = "镇江市文化广电 和旅游局"; M.append((r, 1, r, 2))
    C[(r, 3)] = "项目类型"; C[(r, 4)] = "常年安排项目"; M.append((r, 4, r, 5)); r += 1
    C[(r, 0)] = "项目级次"; C[(r, 1)] = "市本级"; M.append((r, 1, r, 2))
    C[(r, 3)] = "开始时间"; C[(r, 4)] = "2024年"; M.append((r, 4, r, 5)); r += 1
    C[(r, 0)] = "完成时间"; C[(r, 1)] = "2026年"; M.append((r, 1, r, 2))
    C[(r, 3)] = "预算单位"; C[(r, 4)] = "镇江博物馆"; M.append((r, 4, r, 5)); r += 1
    C[(r, 0)] = "项目负责人/ 联系电话"; C[(r, 1)] = ""; M.append((r, 1, r, 5)); r += 1
    C[(r, 0)] = "项目必要性说明"
    C[(r, 1)] = ("赛珍珠文化公园免费开放,运营服务涵盖全部设施设备的维护维修、绿化修剪、"
                 "水电费支出以及物业管理服务。")
    M.append((r, 1, r, 5)); r += 1
    C[(r, 0)] = "项目可行性说明"
    C[(r, 1)] = "中宣发[2008]2号《关于全国博物馆、纪念馆免费开放的通知》"
    M.append((r, 1, r, 5)); r += 1
    C[(r, 0)] = "项目概述"
    C[(r, 1)] = ("赛珍珠市著名的文学家和社会活动家。赛珍珠文化公园建成使用后成为城市对外交流的名片,"
                 "对纪念赛珍珠、挖掘镇江历史文化底蕴起了推动作用;采购运营服务可保证公园日常公共文化服务、"
                 "日常运营和业务活动正常开展。")
    M.append((r, 1, r, 5)); r += 1
    # money block: label col 0 merged down over 11 rows
    m0 = r
    C[(r, 1)] = "收入"; C[(r, 4)] = "全年(程) 预算数"; M.append((r, 1, r, 3)); M.append((r, 4, r, 5)); r += 1
    C[(r, 1)] = "资金总额"; C[(r, 4)] = "80"; M.append((r, 1, r, 3)); M.append((r, 4, r, 5)); r += 1
    fb = r
    C[(r, 1)] = "财政拨款"; C[(r, 2)] = "小计"; C[(r, 4)] = "80"; M.append((r, 2, r, 3)); M.append((r, 4, r, 5)); r += 1
    for lab, val in (("一般公共预算资金", "80"), ("政府性基金", ""), ("财政专户管理资金", ""),
                     ("国有资本金", ""), ("社保基金", "0")):
        C[(r, 2)] = lab; C[(r, 4)] = val; M.append((r, 2, r, 3)); M.append((r, 4, r, 5)); r += 1
    M.append((fb, 1, r - 1, 1))
    C[(r, 1)] = "上年结转资金"; C[(r, 4)] = "0"; M.append((r, 1, r, 3)); M.append((r, 4, r, 5)); r += 1
    C[(r, 1)] = "其他资金"; C[(r, 4)] = ""; M.append((r, 1, r, 3)); M.append((r, 4, r, 5)); r += 1
    C[(r, 1)] = "支出"; C[(r, 3)] = "半年(程) 计划执行数"; C[(r, 4)] = "全年(程) 预算数"
    M.append((r, 1, r, 2)); M.append((r, 4, r, 5)); r += 1
    C[(r, 1)] = "赛珍珠文化公园运转经费"; C[(r, 3)] = "0"; C[(r, 4)] = "80"
    M.append((r, 1, r, 2)); M.append((r, 4, r, 5)); r += 1
    C[(m0, 0)] = "项目资金 (万元)"; M.append((m0, 0, r - 1, 0))
    C[(r, 0)] = "中长期目标"
    C[(r, 1)] = "加强对赛珍珠文化公园的管理,加强文化宣传,保证赛珍珠文化 公园免费开放运转。"
    M.append((r, 1, r, 5)); r += 1
    # indicator header row (middle of the table)
    C[(r, 0)] = "一级指标"; C[(r, 1)] = "二级指标"; C[(r, 2)] = "三级指标"; M.append((r, 2, r, 3))
    C[(r, 4)] = "半年(程) 指标值"; C[(r, 5)] = "全年(程) 指标值"; r += 1
    i0 = r
    rows = [("项目立项", "立项程序规范性", "规范", "规范"),
            ("", "立项依据充分性", "充分", "充分"),
            ("绩效目标", "绩效指标明确性", "明确", "明确"),
            ("", "绩效目标合理性", "合理", "合理"),
            ("资金投入", "预算编制科学", "", "")]
    for l2, name, h, f in rows:
        if l2:
            C[(r, 1)] = l2
        C[(r, 2)] = name; M.append((r, 2, r, 3)); C[(r, 4)] = h; C[(r, 5)] = f; r += 1
    M.append((i0, 1, i0 + 1, 1)); M.append((i0 + 2, 1, i0 + 3, 1))
    C[(i0, 0)] = "决策"; M.append((i0, 0, r - 1, 0))
    grid_table(d, r, 6, C, M)
    save_docx(d, fname)

    gold = {
        "source_urls": ["https://m.bidcenter.com.cn/newsrili-1-274516967.html"],
        "province": "江苏省",
        "doc_kind": "项目绩效目标表(项目绩效公开, 2024年度)",
        "patterns": [1, 2, 5, 10],
        "indicators": [
            ind("决策", "项目立项", "立项程序规范性", None, None, None, "规范"),
            ind("决策", "项目立项", "立项依据充分性", None, None, None, "充分"),
            ind("决策", "绩效目标", "绩效指标明确性", None, None, None, "明确"),
            ind("决策", "绩效目标", "绩效目标合理性", None, None, None, "合理"),
            ind("决策", "资金投入", "预算编制科学", None, None, None, None),
        ],
        "goals": [
            {"kind": "中长期目标",
             "text": "加强对赛珍珠文化公园的管理,加强文化宣传,保证赛珍珠文化 公园免费开放运转。"},
        ],
        "facts": [
            {"metric": "资金总额", "kind": "sum", "total": 80, "parts": [80, 0], "unit": "万元"},
            {"metric": "财政拨款小计", "kind": "sum", "total": 80, "parts": [80, 0], "unit": "万元"},
            {"metric": "全年(程)预算数(支出)", "kind": "sum", "total": 80, "parts": [80], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "立项程序规范性",
             "why": "target is the bare word 规范 with no grading rule"},
            {"rule": "target.qualitative_no_scale", "item": "立项依据充分性",
             "why": "target is the bare word 充分 with no grading rule"},
            {"rule": "target.qualitative_no_scale", "item": "绩效指标明确性",
             "why": "target is the bare word 明确 with no grading rule"},
            {"rule": "target.qualitative_no_scale", "item": "绩效目标合理性",
             "why": "target is the bare word 合理 with no grading rule"},
            {"rule": "goal.unquantified",
             "item": "加强对赛珍珠文化公园的管理,加强文化宣传,保证赛珍珠文化 公园免费开放运转。",
             "why": "medium/long-term goal has no number, only 加强/保证 wording"},
        ],
        "notes": (
            "Stored page stops inside the indicator block: the last visible cell is '预算编制科学' (the third-level "
            "name under 决策/资金投入, cut mid-word, values missing); no 产出/效益/满意度 rows are visible, so no "
            "coverage finding is made. The page title is repeated three times on the page; kept three times "
            "(heading + two centred lines incl. '2024年度'). Line-wrap spaces inside cells kept as found "
            "('镇江市文化广电 和旅游局', '赛珍珠文化 公园'). Typo '赛珍珠市著名的文学家' (市 for 是) kept; the rest of "
            "the 概述/必要性 text re-worded. '项目负责人/ 联系电话' is empty on the page. Money block order on the "
            "page: 资金总额 80; 财政拨款 小计 80; 一般公共预算资金 80; 政府性基金, 财政专户管理资金, 国有资本金 "
            "empty; '社保基金' followed by 0 then '上年结转资金' 0: I read the first 0 as 社保基金's cell "
            "(judgement). Gold target_text uses the 全年(程)指标值 column; the 半年(程)指标值 column holds the same "
            "words. The rows are 决策-type (evaluation framework) rows used as targets; since the page stops before "
            "any 产出 row I did not flag target.input_or_process. level1/level2 as written (决策 / 项目立项 …)."
        ),
    }
    write_gold(fname, gold)
    return fname


# ================================================================= 2. Guangxi, 百色天立学校 2023 (XLSX)
def doc_guangxi_2023():
    fname = "guangxi-baise-tianlixuexiao-banxuebutie-jixiaomubiaogongkaibiao.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标公开表"
    C = {}
    M = []
    ncols = 7
    r = 0
    C[(r, 0)] = ("百色市教育局(含所属二层)2023年6月年中综合财政支出预算纳入预算绩效管理的项目1个,"
                 "项目名称为百色天立学校办学补贴,项目绩效目标详见附件。")
    M.append((r, 0, r, ncols - 1)); r += 1
    C[(r, 0)] = "2023年度预算项目绩效目标公开表"; M.append((r, 0, r, ncols - 1)); r += 1
    C[(r, 0)] = "项目名称"; C[(r, 1)] = "百色天立学校办学补贴"; M.append((r, 1, r, ncols - 1)); r += 1
    C[(r, 0)] = "项目主管部门"; C[(r, 1)] = "百色市教育局"; M.append((r, 1, r, 2))
    C[(r, 3)] = "项目实施单位"; C[(r, 4)] = "百色市教育局"; M.append((r, 4, r, ncols - 1)); r += 1
    C[(r, 0)] = "项目属性"; C[(r, 1)] = ""; M.append((r, 1, r, ncols - 1)); r += 1
    m0 = r
    C[(r, 1)] = "合计"; C[(r, 3)] = "1800"; M.append((r, 1, r, 2)); M.append((r, 3, r, ncols - 1)); r += 1
    g0 = r
    C[(r, 1)] = "一般公共预算拨款"; C[(r, 2)] = "小计"; C[(r, 3)] = "1800"; M.append((r, 3, r, ncols - 1)); r += 1
    C[(r, 2)] = "市本级"; C[(r, 3)] = "1800"; M.append((r, 3, r, ncols - 1)); r += 1
    C[(r, 2)] = "中央及自治区补助"; C[(r, 3)] = ""; M.append((r, 3, r, ncols - 1)); r += 1
    M.append((g0, 1, r - 1, 1))
    for lab in ("政府性基金预算拨款", "国有资本经营预算拨款", "其他资金"):
        C[(r, 1)] = lab; M.append((r, 1, r, 2)); C[(r, 3)] = ""; M.append((r, 3, r, ncols - 1)); r += 1
    C[(m0, 0)] = "项目资金 (万元)"; M.append((m0, 0, r - 1, 0))
    C[(r, 0)] = "项目实施内容"
    C[(r, 1)] = ("依据2020年9月29日市人民政府与神州天立教育投资有限责任公司签订的《百色天立学校项目投资合同》"
                 "第七条支持政策“7.2 ……”条款:土地出让收益中的2.8亿元拨给乙方或乙方在当地注册的教育公司或学校"
                 "(由乙方确定),作为乙方前期办学运营成本支出补贴……。")
    M.append((r, 1, r, ncols - 1)); r += 1
    C[(r, 0)] = "项目起止时间"; C[(r, 1)] = "2023年6月至12月"; M.append((r, 1, r, ncols - 1)); r += 1
    C[(r, 0)] = "项目实施 进度计划"; C[(r, 1)] = "2023年12月31日前完成"; M.append((r, 1, r, ncols - 1)); r += 1
    C[(r, 0)] = "年度绩效目标"
    C[(r, 1)] = ("投入1800万元,按协议支付合作办学经费,确保协议履约,推进学校二期项目建设,保证学校正常运行,"
                 "增加百色优质高中教育资源,缓解全市学位不足,满足社会需求,促进百色教育事业全面发展。")
    M.append((r, 1, r, ncols - 1)); r += 1
    C[(r, 0)] = "中期绩效目标"
    C[(r, 1)] = ("通过引进优质教育品牌、与名校合作办学,多渠道增加优质教育资源供给,培育一批新的优质教育资源,"
                 "进一步提升区域教育优质均衡发展水平和教育品牌影响力。")
    M.append((r, 1, r, ncols - 1)); r += 1
    h = r
    C[(r, 1)] = "一级指标"; C[(r, 2)] = "二级指标"; C[(r, 3)] = "指标内容"; M.append((r, 3, r, 4))
    C[(r, 5)] = "指标值"; M.append((r, 5, r, ncols - 1)); r += 1
    C[(r, 1)] = "产出指标"; C[(r, 2)] = "产出数量指标"; C[(r, 3)] = "新增学位"; M.append((r, 3, r, 4))
    C[(r, 5)] = "2023年预计在校生:小学600人,初中700人,高中1000人,最后以实际招生人数为准。"
    M.append((r, 5, r, ncols - 1)); r += 1
    C[(r, 2)] = "产出质量指标"; C[(r, 3)] = "协议履约"; M.append((r, 3, r, 4)); C[(r, 5)] = ""
    M.append((r, 5, r, ncols - 1)); r += 1
    M.append((h + 1, 1, r - 1, 1))
    C[(h, 0)] = "项目年度绩效目标衡量指标"; M.append((h, 0, r - 1, 0))
    xl_put(ws, C, M, r, ncols)
    ws.column_dimensions["A"].width = 26
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 18
    ws.cell(row=1, column=1).font = Font(bold=False)
    ws.cell(row=2, column=1).font = Font(bold=True, size=14)
    ws.cell(row=2, column=1).alignment = Alignment(horizontal="center")
    fit_row_heights(ws, C, M)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    save_xlsx(wb, fname)

    gold = {
        "source_urls": ["https://frenduro.com/zwgk/t16797836.html"],
        "province": "广西壮族自治区",
        "doc_kind": "预算项目绩效目标公开表(2023年度)",
        "patterns": [1, 2, 5, 6, 10],
        "indicators": [
            ind("产出指标", "产出数量指标", "新增学位", None, None, "人",
                "2023年预计在校生:小学600人,初中700人,高中1000人,最后以实际招生人数为准。"),
            ind("产出指标", "产出质量指标", "协议履约", None, None, None, None),
        ],
        "goals": [
            {"kind": "年度绩效目标",
             "text": ("投入1800万元,按协议支付合作办学经费,确保协议履约,推进学校二期项目建设,保证学校正常运行,"
                      "增加百色优质高中教育资源,缓解全市学位不足,满足社会需求,促进百色教育事业全面发展。")},
            {"kind": "中期绩效目标",
             "text": ("通过引进优质教育品牌、与名校合作办学,多渠道增加优质教育资源供给,培育一批新的优质教育资源,"
                      "进一步提升区域教育优质均衡发展水平和教育品牌影响力。")},
        ],
        "facts": [
            {"metric": "项目资金合计", "kind": "sum", "total": 1800, "parts": [1800], "unit": "万元"},
            {"metric": "一般公共预算拨款小计", "kind": "sum", "total": 1800, "parts": [1800], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "新增学位",
             "why": ("no fixed target: the cell gives estimated enrolment per level (600/700/1000 人, no total) and "
                     "defers the value to 实际招生人数; it also counts students, not new places")},
            {"rule": "goal.unquantified",
             "item": ("投入1800万元,按协议支付合作办学经费,确保协议履约,推进学校二期项目建设,保证学校正常运行,"
                      "增加百色优质高中教育资源,缓解全市学位不足,满足社会需求,促进百色教育事业全面发展。"),
             "why": "the only number is the input (1800万元); no output or effect is quantified"},
            {"rule": "goal.unquantified",
             "item": ("通过引进优质教育品牌、与名校合作办学,多渠道增加优质教育资源供给,培育一批新的优质教育资源,"
                      "进一步提升区域教育优质均衡发展水平和教育品牌影响力。"),
             "why": "medium-term goal has no number, only 多渠道/进一步提升 wording"},
        ],
        "notes": (
            "Stored page stops right after '产出质量指标 | 协议履约': the value cell of 协议履约 and all later rows "
            "(时效/成本/效益/满意度) are not on the stored page, so 协议履约 has target_text null and no coverage "
            "finding is made. 项目属性 is empty on the page (kept empty). Money block as found: 合计 1800; "
            "一般公共预算拨款 小计 1800, 市本级 1800, 中央及自治区补助 empty; 政府性基金预算拨款, "
            "国有资本经营预算拨款, 其他资金 empty. 项目实施内容 and the goals re-worded with all numbers kept "
            "(2.8亿元, 1800万元, 2020年9月29日, clause 7.2). 新增学位: value null because the cell holds three "
            "per-level estimates and no single figure (judgement); unit 人. The year-1800万元 goal is flagged "
            "goal.unquantified although it contains a number, because that number is only the input (judgement; "
            "goal.budget_text was considered but the goal does more than restate the money split). Header word "
            "'指标内容' for the third-level column; label '项目年度绩效目标衡量指标' merged down the indicator block."
        ),
    }
    write_gold(fname, gold)
    return fname


# ================================================================= 3. Guangxi, 百东实验初级中学 2024 (DOCX)
def doc_guangxi_2024():
    fname = "guangxi-baise-baidongzhongxue-shengjunjingfei-jixiaomubiaogongkaibiao.docx"
    d = new_doc("2024年度预算项目绩效目标公开表")
    para(d, ("百色市教育局部门(含所属二层)2024年1月年中综合财政支出预算纳入预算绩效管理的项目1个,"
             "项目名称为百色市百东实验初级中学生均教育事业费,项目绩效目标详见附件。"))
    heading(d, "2024年度预算项目绩效目标公开表")
    C = {}
    M = []
    n = 8
    r = 0
    C[(r, 0)] = "项目名称"; C[(r, 1)] = "百色市百东实验初级中学生均教育事业费"; M.append((r, 1, r, n - 1)); r += 1
    C[(r, 0)] = "项目主管部门"; C[(r, 1)] = "百色市教育局"; M.append((r, 1, r, 3))
    C[(r, 4)] = "项目实施单位"; C[(r, 5)] = "百色市教育局"; M.append((r, 5, r, n - 1)); r += 1
    C[(r, 0)] = "项目属性"; C[(r, 1)] = "经常性"; M.append((r, 1, r, n - 1)); r += 1
    m0 = r
    C[(r, 1)] = "合计"; M.append((r, 1, r, 3)); C[(r, 4)] = "250"; M.append((r, 4, r, n - 1)); r += 1
    g0 = r
    C[(r, 1)] = "一般公共预算拨款"; C[(r, 2)] = "小计"; M.append((r, 2, r, 3))
    C[(r, 4)] = "250"; M.append((r, 4, r, n - 1)); r += 1
    C[(r, 2)] = "市本级"; M.append((r, 2, r, 3)); C[(r, 4)] = "250"; M.append((r, 4, r, n - 1)); r += 1
    C[(r, 2)] = "中央及自治区补助"; M.append((r, 2, r, 3)); C[(r, 4)] = ""; M.append((r, 4, r, n - 1)); r += 1
    M.append((g0, 1, r - 1, 1))
    for lab in ("政府性基金预算拨款", "国有资本经营预算拨款", "其他资金"):
        C[(r, 1)] = lab; M.append((r, 1, r, 3)); C[(r, 4)] = ""; M.append((r, 4, r, n - 1)); r += 1
    C[(m0, 0)] = "项目资金 (万元)"; M.append((m0, 0, r - 1, 0))
    C[(r, 0)] = "项目实施内容"
    C[(r, 1)] = ("依据《百色市教育局委托广西希达教育开发有限公司管理百色市百东实验初级中学协议书》,市人民政府按"
                 "生均教育事业费1.65万元的标准向百色市百东实验初级中学拨付办学经费,用于学校办公、水、电及教职工"
                 "人员经费等。该校2023年秋季在校学生1304人,1304*1.65*0.5=1075.80万元,2023年已拨付466.42万元,"
                 "尚需拨付1075.8-466.42=609.38万元,本次安排250万元。")
    M.append((r, 1, r, n - 1)); r += 1
    C[(r, 0)] = "项目起止时间"; C[(r, 1)] = "2024年1月1日至12月31日"; M.append((r, 1, r, n - 1)); r += 1
    C[(r, 0)] = "项目实施 进度计划"
    C[(r, 1)] = ("百色市百东实验初级中学于2023年6月份转为公办学校,2023年9月至2024年1月正常办学,"
                 "2024年1-2月拨付办学经费。")
    M.append((r, 1, r, n - 1)); r += 1
    C[(r, 0)] = "年度绩效目标"
    C[(r, 1)] = GX24_GOAL_Y
    M.append((r, 1, r, n - 1)); r += 1
    C[(r, 0)] = "中期绩效目标"
    C[(r, 1)] = GX24_GOAL_M
    M.append((r, 1, r, n - 1)); r += 1
    grid_table(d, r, n, C, M, widths_cm=[3.4] + [1.8] * (n - 1))
    save_docx(d, fname)

    gold = {
        "source_urls": ["https://www.frenduro.com/zwgk/t17980072.html"],
        "province": "广西壮族自治区",
        "doc_kind": "预算项目绩效目标公开表(2024年度)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "年度绩效目标", "text": GX24_GOAL_Y},
            {"kind": "中期绩效目标", "text": GX24_GOAL_M},
        ],
        "facts": [
            {"metric": "项目资金合计", "kind": "sum", "total": 250, "parts": [250], "unit": "万元"},
            {"metric": "一般公共预算拨款小计", "kind": "sum", "total": 250, "parts": [250], "unit": "万元"},
            {"metric": "应拨办学经费", "kind": "sum", "total": 1075.8, "parts": [466.42, 609.38], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": GX24_GOAL_Y,
             "why": "annual goal has no number: pay per agreement, keep the school running, 进一步提升 wording"},
            {"rule": "goal.unquantified", "item": GX24_GOAL_M,
             "why": "medium-term goal (cut by the page) has no number"},
        ],
        "notes": (
            "Stored page stops inside the 中期绩效目标 cell, mid-sentence ('…培育和催生一批新的优质'); the indicator "
            "table is not on the stored page, so indicators is empty and no coverage/unmeasured finding is made "
            "(this is one of the two documents of this part without an indicator table). Odd wording "
            "'2024年1月年中综合财政支出预算' kept. Formulas kept exactly as written on the page: "
            "'1304*1.65*0.5=1075.80万元' (checks: 1304×1.65×0.5 = 1075.8) and '1075.8-466.42=609.38万元' "
            "(checks), recorded as the sum fact 466.42 + 609.38 = 1075.8. The 250万元 arranged now is less than "
            "the 609.38万元 still owed; the page says so itself, not a defect. 年度绩效目标 re-worded with its "
            "structure (一、二、) kept; 中期绩效目标 kept as cut. Money block as found: 合计 250; "
            "一般公共预算拨款 小计 250, 市本级 250; other sources empty."
        ),
    }
    write_gold(fname, gold)
    return fname


GX24_GOAL_Y = ("一、按协议支付合作办学经费,确保协议履约,保障学校正常运行。二、通过引进优质教育品牌、与名校合作办学、"
               "实施委托管理办学等方式,多渠道增加优质教育资源供给,培育一批新的优质教育资源,进一步提升区域教育"
               "优质均衡发展水平和教育品牌影响力。")
GX24_GOAL_M = "多渠道增加优质教育资源供给,培育和催生一批新的优质"


# ================================================================= 4. Henan, 三门峡体育馆 2024 开放工作方案 (prose)
def doc_henan():
    fname = "henan-sanmenxia-tiyuguan-mianfeidishoufeikaifang-gongzuofangan.docx"
    d = new_doc("中央财政资金补助的体育场馆2024年开放工作方案三门峡体育馆")
    heading(d, "中央财政资金补助的体育场馆2024年开放工作方案三门峡体育馆", size=13)
    heading(d, "中央财政资金补助的体育场馆", size=16)
    heading(d, "2024年开放工作方案(三门峡体育馆)", size=16)
    para(d, ("根据《体育场馆运营管理办法》、《公共体育场馆向社会免费或低收费开放补助资金管理办法》、"
             "《公共体育场馆基本公共服务规范》等文件的要求,本方案在三门峡市体育局网站(http://tyj.smx.gov.cn/)"
             "公示。现将2024年三门峡体育馆免费或低收费开放工作方案公布如下:"))
    heading(d, "一、三门峡体育馆简介", size=12, center=False)
    para(d, ("三门峡体育馆位于崤山路中段63号,占地面积*****.6平方米,1997年2月15日破土动工,1999年4月18日竣工"
             "并投入使用,建筑面积*****平方米,工程总投资4500万元。馆内垂直高度20米。馆内设主馆、训练馆、"
             "老年体育活动馆、夕阳红乒乓球馆、健身园、门球场、2个室外笼式多功能运动场、1个可拆装式游泳池"
             "(15Mx25M),以及1座青少年活动中心气膜馆(面积1500平方米)。馆内有固定座位2011个、活动座位1000个,"
             "主赛场面积2020平方米,训练馆面积784平方米,可承办篮球、排球、乒乓球、羽毛球等10多个项目的比赛,"
             "并可用于大型杂技表演和文艺演出。"))
    para(d, ("三门峡市体育发展服务中心系财政全供事业单位(公益一类事业单位),正式编制9人,聘用专业技术人员8人,"
             "主管单位为三门峡市体育局。"))
    heading(d, "二、免费或低收费开放项目、开放时间及收费标准", size=12, center=False)
    para(d, "(一)开放项目和场地")
    para(d, ("体育馆内场、户外场地体育健身设施全部对外开放。其中内场开放项目为羽毛球、篮球;户外场地包括健身园、"
             "门球场、可拆装式游泳池、两块笼式多功能运动"))
    save_docx(d, fname)

    gold = {
        "source_urls": ["https://m.bidcenter.com.cn/newsrili-1-275128410.html"],
        "province": "河南省",
        "doc_kind": "实施方案(中央财政资金补助的体育场馆年度开放工作方案, 2024年)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Prose only (one of the two documents of this part without an indicator table); a negative control: "
            "the stored page stops mid-sentence in section 二(一) ('…两块笼式多功能运动'), before the opening "
            "hours, fees, events and the service-volume (接待人次) commitments such plans usually state, so the "
            "document states no target, no goal and no total-with-parts (固定座位2011个 and 活动座位1000个 are "
            "given without a total; no sum fact recorded). The page's own placeholders are kept exactly: "
            "'占地面积*****.6平方米' and '建筑面积*****平方米'. They are masked facts, not targets, so no "
            "target.placeholder finding (judgement; a reviewer would still ask for the figures). The page title "
            "is shown twice on the page (title line, then the two-line heading); kept. Sentences re-worded, all "
            "numbers, dates, the address and the URL kept. The unit is the 三门峡市体育发展服务中心 (sports "
            "centre) that runs the 体育馆."
        ),
    }
    write_gold(fname, gold)
    return fname


# ----------------------------------------------------------------- PDF export + check
def to_pdf(fname):
    src = os.path.join(HERE, fname)
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = "1735689600"
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    pdf = os.path.splitext(fname)[0] + ".pdf"
    fix_pdf_dates(os.path.join(HERE, pdf))
    return pdf


def fix_pdf_dates(path):
    """Same-length byte substitutions (xref offsets stay valid): fixed dates and a fixed /ID."""
    with open(path, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"D:\d{14}", b"D:20250101000000", data)
    data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", b"2025-01-01T00:00:00", data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(path, "wb") as fh:
        fh.write(data)


def squash(s):
    return "".join(s.split())


def check(pdf):
    txt = squash(subprocess.run(["pdftotext", os.path.join(HERE, pdf), "-"], capture_output=True,
                                text=True, check=True).stdout)
    with open(os.path.join(ANN, pdf + ".json"), encoding="utf-8") as fh:
        g = json.load(fh)
    missing = []
    for i in g["indicators"]:
        for k in ("name", "target_text"):
            if i[k] and squash(i[k]) not in txt:
                missing.append((k, i[k]))
    for gl in g["goals"]:
        if squash(gl["text"]) not in txt:
            missing.append(("goal", gl["text"]))
    for f in g["findings"]:
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    files = [doc_jiangsu(), doc_guangxi_2023(), doc_guangxi_2024(), doc_henan()]
    bad = 0
    for f in files:
        pdf = to_pdf(f)
        miss = check(pdf)
        print(f"{pdf}: {'OK' if not miss else miss}")
        bad += bool(miss)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
