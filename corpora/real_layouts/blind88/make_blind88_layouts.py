#!/usr/bin/env python
"""Blind part 88 of the real-layout corpus (civil affairs and social care).

Each document reproduces the stored beginning of one public page (see SOURCES.md): layout, merged cells,
empty cells and odd wording as found; facts (names, values, units, amounts, dates, document numbers) as
written; longer sentences re-worded with the same numbers.  The gold of every file is written here by hand
(``DOCS``) and dumped to ``annotations/<file>.json`` (one for the DOCX/XLSX, one for its PDF, identical
except ``source``).

Run:  /tmp/venv/bin/python make_blind88_layouts.py [--no-pdf]
"""
import copy
import json
import os
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime(2025, 1, 1, 0, 0, 0)
FONT = "SimSun"


# ----------------------------------------------------------------------------- helpers: determinism
def pin_zip(path):
    """Rewrite a DOCX/XLSX with every entry dated 2025-01-01, in a fixed (sorted, [Content_Types] first) order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def pin_docx_props(doc):
    cp = doc.core_properties
    cp.author = "blind88"
    cp.last_modified_by = "blind88"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""


# ----------------------------------------------------------------------------- helpers: docx
def new_doc(landscape=False, size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    return doc


def para(doc, text, bold=False, center=False, size=None, indent=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, bold=False, size=None, center=True):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def grid_table(doc, rows, ncols, merges=(), size=9, widths=None, bold_rows=()):
    """rows: list of lists (len ncols; None = empty). merges: (r0, c0, r1, c1) inclusive, text from top-left."""
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        a.merge(b)
    covered = {}
    for (r0, c0, r1, c1) in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered[(r, c)] = True
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if (i, j) in covered:
                continue
            set_cell(t.cell(i, j), "" if val is None else str(val), bold=(i in bold_rows), size=size)
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def save_docx(doc, path):
    pin_docx_props(doc)
    doc.save(path)
    pin_zip(path)


# ============================================================================= documents
def build_dongfang(path):
    """海南 东方市殡葬管理中心 公墓建设 项目绩效评价报告 (2017): cover + one big form table."""
    doc = new_doc()
    para(doc, "东方市殡葬管理中心", bold=True, center=True, size=16)
    para(doc, "公墓建设", bold=True, center=True, size=16)
    para(doc, "项目绩效评价报告", bold=True, center=True, size=18)
    para(doc, "")
    para(doc, "评价类型:  实施过程评价      完成结果评价")
    para(doc, "项目名称:  公墓建设经费")
    para(doc, "项目单位:  东方市殡葬管理中心")
    para(doc, "主管部门:  东方市人民政府")
    para(doc, "评价时间:  2017 年 11 月 14 日至 11 月 28 日")
    para(doc, "组织方式:  财政部门      主管部门      项目单位")
    para(doc, "评价机构:  中介机构      专家组      项目单位评价组")
    para(doc, "组织单位(盖章):  东方市财政局")
    page_break(doc)
    para(doc, "项目基本信息", bold=True, center=True, size=14)
    p = para(doc, "单位:万元")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rows, merges = [], []

    def add(row, *m):
        r = len(rows)
        rows.append(row)
        for (c0, c1) in m:
            merges.append((r, c0, r, c1))
        return r

    add(["一、项目基本情况"] + [None] * 6, (0, 6))
    add(["项目实施单位", "东方市殡葬管理中心", None, None, "主管部门", "东方市民政局", None], (1, 3), (5, 6))
    add(["项目负责人", "朱孙益", None, None, "联系电话", "0898-25505083", None], (1, 3), (5, 6))
    add(["地址", "东方市二环南路 6 号", None, None, "邮编", "572600", None], (1, 3), (5, 6))
    add(["项目类型", "经常性项目(  )", None, None, "一次性项目(  )", None, None], (1, 3), (4, 6))
    add(["计划投资额", "2500.00", "实际到位资金", "2500.00", "实际使用情况", "1543.31", None], (5, 6))
    add(["其中:中央财政", None, "其中:中央财政", None, "其中:中央财政", None, None], (5, 6))
    add(["省财政预算", None, "省财政预算", None, "省级财政", None, None], (5, 6))
    add(["市县财政预算", "2500.00", "市县财政预算", "2500.00", "市财政", "1543.31", None], (5, 6))
    add(["二、 绩效评价指标评分"] + [None] * 6, (0, 6))
    hdr = add(["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"])
    # (一级, 分值, 二级, 分值, [(三级, 分值, 得分)])
    blocks = [
        ("项目决策", "20", [("项目目标", "4", [("目标内容", "4", "4")]),
                          ("决策过程", "8", [("决策依据", "3", "3"), ("决策程序", "5", "5")]),
                          ("资金分配", "8", [("分配办法", "2", "2"), ("分配结果", "6", "6")])]),
        ("项目管理", "25", [("资金到位", "5", [("到位时效", "5", "5")]),
                          ("资金管理", "10", [("资金使用", "7", "7"), ("财务管理", "3", "3")]),
                          ("组织实施", "2", [("组织机构", "2", "0"), ("管理制度", "3", "0"),
                                            ("合同评价", "3", "3"), ("招标评价", "2", "0")])]),
        ("项目绩效", "55", [("项目产出", "15", [("产出数量", "5", "3"), ("产出质量", "4", "3"),
                                              ("产出时效", "3", "0"), ("产出成本", "3", "3")]),
                          ("项目效益", "40", [("经济效益", "8", "6"), ("社会效益", "8", "6"),
                                              ("环境效益", "8", "5"), ("可持续影响", "8", "8"),
                                              ("服务对象满意度", "8", "6")])]),
    ]
    for l1, w1, subs in blocks:
        start1 = len(rows)
        for l2, w2, leaves in subs:
            start2 = len(rows)
            for k, (l3, w3, s3) in enumerate(leaves):
                first1 = len(rows) == start1
                first2 = k == 0
                add([l1 if first1 else None, w1 if first1 else None,
                     l2 if first2 else None, w2 if first2 else None, l3, w3, s3])
            if len(rows) - 1 > start2:
                merges.append((start2, 2, len(rows) - 1, 2))
                merges.append((start2, 3, len(rows) - 1, 3))
        merges.append((start1, 0, len(rows) - 1, 0))
        merges.append((start1, 1, len(rows) - 1, 1))
    add(["总分", "100", None, "100", None, "100", "78"])
    add(["评价等次", None, "中", None, None, None, None], (0, 1), (2, 6))
    add(["三、评价人员"] + [None] * 6, (0, 6))
    add(["姓  名", "职务/职称", "单  位", None, None, "签  字", None], (2, 4), (5, 6))
    for name, title in (("陈向阳", "主任会计师"), ("曹介夫", "注册会计师"),
                        ("许曼萍", "助理会计师"), ("许靖苡", "助理会计师")):
        add([name, title, "海南鸿晔会计师事务所", None, None, None, None], (2, 4), (5, 6))
    grid_table(doc, rows, 7, merges, size=9, widths=[2.6, 2.1, 2.6, 2.1, 3.8, 1.7, 1.7], bold_rows=(0, 9, hdr))
    page_break(doc)
    para(doc, "评价工作组组长(")
    save_docx(doc, path)


def build_guangxi(path):
    """广西 民政厅 2024年中央集中彩票公益金支持社会福利事业资金 绩效自评报告 (prose; the stored page has no title)."""
    doc = new_doc()
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "(一)中央下达专项转移支付预算和区域绩效目标情况", bold=True)
    para(doc, "1.中央下达专项转移支付", bold=True)
    para(doc, "2024年,中央分两批向我区下达中央集中彩票公益金支持社会福利事业资金,共计13,804万元。两批预算的"
              "下达情况如下:", indent=True)
    para(doc, "2023年11月15日,《财政部 民政部关于提前下达2024年中央集中彩票公益金支持社会福利事业专项资金预算的"
              "通知》(财社〔2023〕135号)下达专项资金11,193万元。", indent=True)
    para(doc, "2024年7月3日,《财政部 民政部关于下达2024年中央集中彩票公益金支持社会福利事业资金预算(第一批)的通知》"
              "(财社〔2024〕65号)下达资金2,611万元。", indent=True)
    para(doc, "依照《财政部 民政部关于印发〈中央集中彩票公益金支持社会福利事业资金使用管理办法〉的通知》(财社〔2024〕55号),"
              "这笔资金按福利彩票“扶老、助残、救孤、济困”的宗旨,主要资助为老年人、残疾人、儿童等特殊群体服务的社会福利"
              "项目,以及符合宗旨的其他社会公益项目;不得虚报套取、挤占挪用,也不得用于因公出国(境)费、公务接待费、公务用车"
              "购置及运行费、行政事业单位基本支出、营利活动等不符合规定用途的支出。", indent=True)
    para(doc, "2.中央下达专项转移支付区域绩效目标情况", bold=True)
    para(doc, "中央在下达转移支付资金的同时下达了年度绩效目标,主要有以下四个方面:", indent=True)
    for g in GX_GOALS:
        para(doc, g, indent=True)
    save_docx(doc, path)


GX_GOALS = [
    "(1)支持主要服务生活困难和失能失智老年人的养老机构(含特困人员供养服务设施),以及街道(乡镇)、社区养老服务设施的维修改造和设备配置。",
    "(2)支持精神障碍社区康复服务发展(含直接服务人员能力培训);支持精神卫生社会福利机构配置设施设备。",
    "(3)支持“福彩圆梦·孤儿助学工程”;支持",
]


def build_hubei_station(path):
    """湖北 2014年社区公共服务站建设项目资金绩效评价报告(摘要) (prose, cut in 项目概况)."""
    doc = new_doc()
    para(doc, "2014年湖北省社区公共服务站建设项目资金绩效评价报告(摘要)", bold=True, center=True, size=15)
    para(doc, "一、项目概况", bold=True)
    para(doc, "2014年,全省城乡社区公共服务站建设项目共补助社区600个,补助分三种情形:一是补助项目,指2014年经新建或"
              "改扩建、面积达到300平方米以上且功能设置较规范的城镇社区公共服务站;二是奖励项目,指2013年已建成投用、"
              "面积在300平方米以上、功能设置较规范且此前未获省级以上资助的城镇社区公共服务站;三是农村社区项目,指已"
              "开展农村社区试验、公共服务设施新建或改扩建已完工且功能设置较规范、此前未获省级以上资助的农村社区服务设施。",
         indent=True)
    para(doc, "截至2014年4月,省民政厅用“社区公共服务站建设项目资金”补助和奖励了全省600个城乡社区的新建、改扩建,"
              "超额完成2014年省政府“十件实事”中500个城镇社区公共服务站的建设任务(其中100个由省发改委组织建设)。"
              "获得“社区公共服务站建设和引导资金”奖补的社区公共服务站,总建设面积达到424902.8平方米,增幅达145.6%,"
              "净增面积251954.5平方米;在这600个社区中,现有用房面积1000平方米以上的公共服务站占建设总数的16.8%,"
              "500至1000平方米的占54.1%。", indent=True)
    para(doc, "受资助社区基本配齐了“一厅四室一校一点”:综合服务大厅建设面积81906.6平方米,文体活动室53517.36平方米,"
              "图书阅览室28668平方米,维权咨询室16744.2平方米,警务室18083.4平方米,市民学校76513.2平方米,"
              "社会捐赠接收发放点21730.8平方米。建设一年后,平房类社区公共服务站减少了68.3%,楼房类增幅达84.3%。"
              "砖木结构的社区公共服务站比例", indent=True)
    save_docx(doc, path)


# ============================================================================= gold
def ind(l1, l2, name, op, val, unit, tt, actual, w, s):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val, "unit": unit,
            "target_text": tt, "actual": actual, "weight": w, "score": s}


DF_ROWS = [
    ("项目决策", "项目目标", "目标内容", 4, 4), ("项目决策", "决策过程", "决策依据", 3, 3),
    ("项目决策", "决策过程", "决策程序", 5, 5), ("项目决策", "资金分配", "分配办法", 2, 2),
    ("项目决策", "资金分配", "分配结果", 6, 6), ("项目管理", "资金到位", "到位时效", 5, 5),
    ("项目管理", "资金管理", "资金使用", 7, 7), ("项目管理", "资金管理", "财务管理", 3, 3),
    ("项目管理", "组织实施", "组织机构", 2, 0), ("项目管理", "组织实施", "管理制度", 3, 0),
    ("项目管理", "组织实施", "合同评价", 3, 3), ("项目管理", "组织实施", "招标评价", 2, 0),
    ("项目绩效", "项目产出", "产出数量", 5, 3), ("项目绩效", "项目产出", "产出质量", 4, 3),
    ("项目绩效", "项目产出", "产出时效", 3, 0), ("项目绩效", "项目产出", "产出成本", 3, 3),
    ("项目绩效", "项目效益", "经济效益", 8, 6), ("项目绩效", "项目效益", "社会效益", 8, 6),
    ("项目绩效", "项目效益", "环境效益", 8, 5), ("项目绩效", "项目效益", "可持续影响", 8, 8),
    ("项目绩效", "项目效益", "服务对象满意度", 8, 6),
]

DOCS = [
    {
        "file": "hi-dongfang-cemetery-eval.docx",
        "build": build_dongfang,
        "source_urls": ["https://m.wenke99.com/p-368062.html"],
        "province": "海南",
        "doc_kind": "绩效评价报告 (封面 + 项目基本信息/绩效评价指标评分/评价人员 in one form table)",
        "patterns": [1, 2, 8],
        "indicators": [ind(a, b, c, None, None, None, None, None, w, s) for (a, b, c, w, s) in DF_ROWS],
        "goals": [],
        "facts": [
            {"metric": "公墓建设经费", "kind": "budget", "planned": 2500.00, "actual": 1543.31,
             "stated_rate": None, "unit": "万元"},
            {"metric": "计划投资额", "kind": "sum", "total": 2500.00, "parts": [2500.00], "unit": "万元"},
            {"metric": "实际使用情况", "kind": "sum", "total": 1543.31, "parts": [1543.31], "unit": "万元"},
            {"metric": "一级指标分值", "kind": "sum", "total": 100, "parts": [20, 25, 55], "unit": "分"},
            {"metric": "项目决策", "kind": "sum", "total": 20, "parts": [4, 8, 8], "unit": "分"},
            {"metric": "项目管理", "kind": "sum", "total": 25, "parts": [5, 10, 2], "unit": "分"},
            {"metric": "组织实施", "kind": "sum", "total": 2, "parts": [2, 3, 3, 2], "unit": "分"},
            {"metric": "项目产出", "kind": "sum", "total": 15, "parts": [5, 4, 3, 3], "unit": "分"},
            {"metric": "项目效益", "kind": "sum", "total": 40, "parts": [8, 8, 8, 8, 8], "unit": "分"},
            {"metric": "总分", "kind": "score_total", "total": 78, "parts": [r[4] for r in DF_ROWS]},
            {"metric": "评价等次", "kind": "grade", "score": 78, "grade": "中"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "组织实施",
             "why": "二级指标 组织实施 carries 分值 2, but its four 三级 rows weigh 2 + 3 + 3 + 2 = 10"},
            {"rule": "consistency.sum", "item": "项目管理",
             "why": "一级 项目管理 is 25 分, but its 二级 分值 are 5 + 10 + 2 = 17 (the 三级 weights do add up to 25)"},
        ],
        "notes": (
            "东方市殡葬管理中心 (海南) 公墓建设经费 项目绩效评价报告, evaluation period 2017-11-14 to 2017-11-28, "
            "third party 海南鸿晔会计师事务所. The stored page is a wenke99 text dump of a Word file in numbered chunks "
            "('1、', '2、' …); the document keeps the cover page (评价类型/组织方式/评价机构 options written out with no "
            "tick, as on the page), then one big form table: 一、项目基本情况 (项目类型 with two empty brackets, 计划投资额 "
            "2500.00 / 实际到位资金 2500.00 / 实际使用情况 1543.31 with the 中央/省/市县 split), 二、绩效评价指标评分 "
            "(header row mid-table; 7 columns 一级/分值/二级/分值/三级/分值/得分), 总分 100 100 100 78, 评价等次 中, "
            "三、评价人员 (four names, empty 签字 column). The page ends in chunk 4 at '评价工作组组长(' which is kept on "
            "its own page. Judgement calls: the page's flattened text carries stray numbers inside the 组织实施 block and "
            "before 产出时效 ('组织实施 2 组织机构 2 0 3 管理制度 3 0 3 合同评价 3 3 2 招标评价 2 0', '产出质量 4 3 3 "
            "产出时效 3 0'); each stray number equals the weight of the row that follows, so they were read as text-dump "
            "artefacts and dropped, while the '2' right after 组织实施 is kept as that row's 二级 分值 as written. Read so, "
            "the 三级 weights add to 100 (20/25/55) and the scores add to 78 = 总分, 78 → 中 is consistent, but 组织实施 2 ≠ "
            "10 and 项目管理 25 ≠ 5 + 10 + 2: both flagged as consistency.sum (they come from the same cell). The cover "
            "names 东方市人民政府 as 主管部门 while the table names 东方市民政局: no rule id fits, left unflagged. Rows "
            "with 0 points (组织机构, 管理制度, 招标评价, 产出时效) are not flagged for missing reasons because the page "
            "ends before the analysis chapters. Indicators have no target values (scoring table), so operator/value/"
            "unit/target_text/actual are null. The page-number '1' before the title is omitted."
        ),
    },
    {
        "file": "gx-guangxi-welfare-lottery-selfreport.docx",
        "build": build_guangxi,
        "source_urls": ["http://mzt.gxzf.gov.cn/xxgk/czxx/flcpgyj/t21143100.shtml"],
        "province": "广西",
        "doc_kind": "自评报告 (中央集中彩票公益金支持社会福利事业资金 2024, prose, 区域绩效目标 as a numbered list)",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "年度目标", "text": g} for g in GX_GOALS],
        "facts": [
            {"metric": "中央集中彩票公益金支持社会福利事业资金", "kind": "sum", "total": 13804,
             "parts": [11193, 2611], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": GX_GOALS[0],
             "why": "annual goal (1) names what the money supports (repair and equipment of care homes and community "
                    "facilities) with no number of facilities, beds or people and no measurable result"},
            {"rule": "goal.process_only", "item": GX_GOALS[0],
             "why": "goal (1) only describes the activity (支持…维修改造和设备配置), not the result it should produce"},
            {"rule": "goal.unquantified", "item": GX_GOALS[1],
             "why": "annual goal (2) states support for 精神障碍社区康复服务 and equipment with no scale, no number of "
                    "people served or trained and no target level"},
            {"rule": "goal.process_only", "item": GX_GOALS[1],
             "why": "goal (2) restates the funded activities (发展服务, 能力培训, 设施设备配置) without any outcome"},
        ],
        "notes": (
            "广西壮族自治区民政厅 page in the 福利彩票公益金 column (mzt.gxzf.gov.cn, flcpgyj) on the 2024 中央集中彩票公益金 "
            "支持社会福利事业资金; its stored text starts directly with '一、绩效目标分解下达情况' (no title, no date), so the "
            "document has no title either. Kept as found: 13,804 = 11,193 + 2,611 万元 with thousands separators, the two "
            "下达 dates (2023-11-15, 2024-07-03) and document numbers 财社〔2023〕135号, 财社〔2024〕65号, 财社〔2024〕55号. "
            "The text announces 'four aspects' of 年度绩效目标 but the page ends inside the third ('(3)支持“福彩圆梦·孤儿助学工程”;"
            "支持'), where the document stops. Judgement calls: goals (1) and (2) are flagged twice each (goal.unquantified "
            "and goal.process_only), because they carry no number at all and only list supported activities; the cut "
            "goal (3) is recorded but not flagged, since its second half is missing. No indicator table or score on the "
            "stored part, so no coverage finding."
        ),
    },
    {
        "file": "hb-hubei-community-station-eval.docx",
        "build": build_hubei_station,
        "source_urls": ["http://wuhan.baogaosu.com/xinwen/%E7%A4%BE%E5%8C%BA%E5%85%AC%E5%85%B1%E6%9C%8D%E5%8A%A1%E7%AB%99%E5%BB%BA%E8%AE%BE%E9%A1%B9%E7%9B%AE%E8%B5%84%E9%87%91%E7%BB%A9%E6%95%88/42091840"],
        "province": "湖北",
        "doc_kind": "绩效评价报告(摘要) (社区公共服务站建设项目资金, prose)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "总建设面积增幅", "kind": "budget", "planned": 172948.3, "actual": 251954.5,
             "stated_rate": 145.6, "unit": "平方米"},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "增幅达145.6%",
             "why": "总建设面积 424902.8 with 净增 251954.5 平方米 means a base of 172948.3; 251954.5 / 172948.3 = "
                    "145.68 %, i.e. 145.7 % at the stated one decimal, but the text says 增幅达145.6%"},
        ],
        "notes": (
            "2014年湖北省社区公共服务站建设项目资金绩效评价报告(摘要) (省民政厅 project), copied on a news aggregator "
            "(baogaosu). Prose only; the stored page ends inside 一、项目概况 at '砖木结构的社区公共服务站比例', where the "
            "document stops. Numbers kept: 600 社区, task 500 城镇社区公共服务站 (其中100个由省发改委组织建设), 300平方米 "
            "thresholds, 424902.8 / 251954.5 平方米, 增幅145.6%, 16.8 %, 54.1 %, the seven '一厅四室一校一点' areas (their sum "
            "297163.56 is not stated anywhere, so no sum fact), 平房 −68.3 %, 楼房 +84.3 %. Judgement call: the growth rate "
            "is checked as a budget-style fact with the base derived from the two stated areas (424902.8 − 251954.5 = "
            "172948.3, not written in the text); 145.68 % truncated to 145.6 % is flagged as consistency.rate. The 600 "
            "城乡 communities against the 500 城镇 task compare different scopes; not flagged. No goal, indicator table "
            "or score on the stored part, so no coverage finding."
        ),
    },
]


# ============================================================================= main
def write_gold(d, fname):
    g = {"source": fname}
    for k in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"):
        g[k] = copy.deepcopy(d[k])
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        write_gold(d, d["file"])
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        write_gold(d, pdf)
        print("wrote", d["file"], "+", pdf)


if __name__ == "__main__":
    main()
