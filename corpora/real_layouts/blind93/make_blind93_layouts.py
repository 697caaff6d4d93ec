"""Blind part 93 of the real-layout corpus: reproduce stored public pages as DOCX (+ PDF) with gold.

Written code-blind (no toolkit code, tests, lexicons, rules or other generators were read).
Each document reproduces the beginning of one stored public page (the stored copy holds about the
first 2,000 characters only); facts (names, values, units, amounts, dates, numbers) are kept as
written, longer sentences are rewritten in our own words with the same numbers.

Run:  /tmp/venv/bin/python make_blind93_layouts.py [--no-pdf]
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def _set_font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), "SimSun")


def para(doc, text, size=10.5, bold=False, align=None, indent=False):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    r = p.add_run(text)
    _set_font(r, size, bold)
    return p


def cell_text(cell, text, size=9, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    _set_font(r, size, bold)


def grid(doc, rows, widths=None, size=9):
    """rows: list of lists of str; a cell value None means 'merged into the cell above' (vertical),
    the string '<' means 'merged into the cell to the left' (horizontal)."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(ncols):
            v = r[j] if j < len(r) else ""
            if v is None or v == "<":
                continue
            cell_text(t.cell(i, j), v, size=size)
    # merges (after writing text so merged text is kept once)
    for i, r in enumerate(rows):
        for j in range(ncols):
            v = r[j] if j < len(r) else ""
            if v is None:  # vertical merge with the cell above
                top = i - 1
                while rows[top][j] is None:
                    top -= 1
                t.cell(top, j).merge(t.cell(i, j))
            elif v == "<":
                left = j - 1
                while rows[i][left] == "<":
                    left -= 1
                t.cell(i, left).merge(t.cell(i, j))
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Pt(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Pt(w)
    # merged cells duplicate text paragraphs: keep only the first non-empty paragraph
    for row in t.rows:
        for c in row.cells:
            ps = c.paragraphs
            seen = False
            for p in list(ps):
                if p.text.strip():
                    if seen:
                        p._element.getparent().remove(p._element)
                    seen = True
    return t


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Pt(60)
    return doc


def pin_core(doc):
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def normalise_zip(path: Path):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in z.namelist()]
    order = {"[Content_Types].xml": 0, "_rels/.rels": 1}
    items.sort(key=lambda it: (order.get(it[0], 2), it[0]))
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    tmp.replace(path)


def save_docx(doc, name):
    pin_core(doc)
    out = HERE / name
    doc.save(out)
    normalise_zip(out)
    return out


def export_pdf(path: Path):
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def write_gold(name, gold):
    ANN.mkdir(exist_ok=True)
    g = {"source": name, **copy.deepcopy(gold)}
    (ANN / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    pdf = Path(name).with_suffix(".pdf").name
    g2 = {"source": pdf, **copy.deepcopy(gold)}
    (ANN / f"{pdf}.json").write_text(json.dumps(g2, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# 1. 湖南 (published on 攸县 site): 省发改委 notice + blank 自评表 for 资源型地区转型发展 investment
# ----------------------------------------------------------------------------------------------
HN_NAME = "hn-youxian-resource-transition-selfeval-form.docx"
HN_URL = "http://www.hnyx.gov.cn/c24527/20221208/i1976616.html"


def build_hn():
    doc = new_doc()
    para(doc, "攸县政府门户网站:www.hnyx.gov.cn 更新时间:2022-03-11", size=9)
    para(doc, "关于开展2021年度资源型地区转型发展 中央预算内投资绩效评价工作的通知", size=15, bold=True, align="center")
    para(doc, "长沙市、衡阳市、株洲市、湘潭市、邵阳市、岳阳市、郴州市、娄底市发展改革委:")
    para(
        doc,
        "为抓实中央预算内投资的绩效管理,按国家发展改革委地区振兴司对2021年度资源型地区转型发展中央预算内投资"
        "绩效评价工作的部署,请各地以投资计划下达时确定的绩效目标和年度计划执行情况为依据,结合日常调度、在线监测"
        "和现场监督检查,对2021年度资源型地区转型发展中央预算内投资的绩效目标实现情况和过程管理情况开展自评,"
        "简要说明项目实施现状,分析专项推进中的困难和问题并提出改进办法,据此形成自评报告,同时填写"
        "《2021年度资源型地区转型发展中央预算内投资绩效自评表》(详见附件)。自评应据实进行,不得弄虚作假。",
        indent=True,
    )
    para(
        doc,
        "相关市州发展改革委请于3月11日前将盖章后的自评报告和自评表报送我委,电子版发送至hnfgwdqc@163.com。",
        indent=True,
    )
    para(doc, "联系方式:刘辉,何东  15807356735", indent=True)
    para(doc, "附件:2021年度资源型地区转型发展中央预算内投资绩效自评表", indent=True)
    para(doc, "湖南省发展和改革委员会", align="right")
    para(doc, "202233日", align="right")
    para(doc, "附件", bold=True)
    para(doc, "2021年度资源型地区转型发展中央预算内投资绩效自评表", size=13, bold=True, align="center")
    para(doc, "XX市)", align="center")
    rows = [
        ["一级指标", "二级指标", "三级指标", "绩效指标值", "实现情况", "三级指标测算依据"],
        ["实施效果指标", "数量指标", "支持项目数量(个)", "", "", ""],
        [None, None, "支持居民避险搬迁户数(户)", "", "", ""],
        ["注:居民避险搬迁户数/人数仅统计搬迁或修缮危旧住房居民户数/人数,不", "<", "<", "<", "<", "<"],
    ]
    grid(doc, rows, widths=[66, 56, 150, 62, 56, 90])
    return save_docx(doc, HN_NAME)


HN_GOLD = {
    "source_urls": [HN_URL],
    "province": "湖南",
    "doc_kind": "通知 + 空白自评表模板 (资源型地区转型发展中央预算内投资绩效自评表)",
    "patterns": [1, 5, 6, 8],
    "indicators": [
        {
            "level1": "实施效果指标",
            "level2": "数量指标",
            "name": "支持项目数量(个)",
            "operator": None,
            "value": None,
            "unit": "个",
            "target_text": "",
            "actual": None,
            "weight": None,
            "score": None,
        },
        {
            "level1": "实施效果指标",
            "level2": "数量指标",
            "name": "支持居民避险搬迁户数(户)",
            "operator": None,
            "value": None,
            "unit": "户",
            "target_text": "",
            "actual": None,
            "weight": None,
            "score": None,
        },
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {
            "rule": "target.missing_value",
            "item": "支持项目数量(个)",
            "why": "the 绩效指标值 cell is empty (blank template to be filled by each 市); only the unit (个) is given, in the name",
        },
        {
            "rule": "target.missing_value",
            "item": "支持居民避险搬迁户数(户)",
            "why": "the 绩效指标值 cell is empty (blank template); only the unit (户) is given, in the name",
        },
    ],
    "notes": (
        "湖南省发展和改革委员会 notice (dated on the page as '202233日', i.e. 2022-03-03 with 年/月 lost; republished on the "
        "攸县 government site, updated 2022-03-11) asking eight 市州 发改委 to self-evaluate the 2021 资源型地区转型发展 中央预算内投资 "
        "and to fill in the attached 自评表. The stored page ends inside the note under the second indicator row ('…居民户数/人数,不'); "
        "the document stops there. Kept as found: the stray ')' in 'XX市)' (opening bracket lost), the date '202233日', the "
        "non-standard 一级 label 实施效果指标 (merged down both rows, as is 数量指标), units written only inside the indicator names "
        "('(个)', '(户)') and the column set 绩效指标值 / 实现情况 / 三级指标测算依据. The note is laid out as a merged last row of the "
        "table (judgement call: the page gives it straight after the rows, inside the attachment). Judgement calls: the table is a "
        "blank template meant for the 市 to fill in, yet a reviewer of the document as it stands sees two indicators with no target "
        "value, so both get target.missing_value; unit taken from the bracket in the name; target_text is the empty cell. No "
        "coverage finding: the table is visibly cut mid-note, so it is not a complete indicator table. No goals, no amounts, no facts "
        "(the only number besides dates is the reporting deadline 3月11日). Site chrome (breadcrumb, 访问量, 打印/关闭) left out; the "
        "site line '攸县政府门户网站…更新时间' kept as a header line."
    ),
}


# ----------------------------------------------------------------------------------------------
# 2. 浙江 丽水 缙云县: 2021年度农村垃圾清运经费 财政支出项目绩效评价报告 (form part, shared DOCX)
# ----------------------------------------------------------------------------------------------
ZJ_NAME = "zj-jinyun-rural-garbage-eval.docx"
ZJ_URL = "https://m.1wenmi.com/doc/726130.html"


def build_zj():
    doc = new_doc()
    para(doc, "缙云县财政支出项目绩效评价报告", size=18, bold=True, align="center")
    para(doc, "")
    para(doc, "项目名称  2021年度农村垃圾清运经费", size=12)
    para(doc, "项目实施单位  缙云县环境卫生管理处", size=12)
    para(doc, "项目主管部门  缙云县住房和城乡建设局", size=12)
    para(doc, "评价方式:部门评价0", size=12)
    para(doc, "评价机构:部门评价组口", size=12)
    para(doc, "2022年5月28日", size=12, align="center")
    para(doc, "缙云县财政局(制)", size=12, align="center")
    para(doc, "")
    para(doc, "一、项目基本信息", bold=True)
    rows = [
        ["项目负责人", "杜晋胜", "联系电话", ""],
        ["地址", "缙云县五云街道翠竹路45号", "邮编", "321400"],
        ["项目起止时间", "2021年1月1日", "2021年12月31日", "<"],
        ["计划安排资金(万元)", "299.4", "实际到位资金(万元)", "299.4"],
        ["其中:中央财政", "", "其中:中央财政", ""],
        ["省财政", "", "省财政", ""],
        ["市县财政", "299.4", "市县财政", "299.4"],
        ["其它", "", "其它", ""],
        ["实际支出(万元)", "299.4", "<", "<"],
    ]
    grid(doc, rows, widths=[110, 160, 110, 100])
    para(doc, "")
    para(doc, "二、支出明细情况", bold=True)
    rows2 = [
        ["支出内容(经济科目)", "计划支出数(万元)", "实际支出数(万元)"],
        ["农村", "", ""],
    ]
    grid(doc, rows2, widths=[200, 130, 130])
    return save_docx(doc, ZJ_NAME)


ZJ_GOLD = {
    "source_urls": [ZJ_URL],
    "province": "浙江",
    "doc_kind": "绩效评价报告 (县财政局格式: 封面 + 项目基本信息/资金表 + 支出明细, 截至支出明细首行)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [
        {
            "metric": "2021年度农村垃圾清运经费 (计划安排资金 / 实际支出)",
            "kind": "budget",
            "planned": 299.4,
            "actual": 299.4,
            "stated_rate": None,
            "unit": "万元",
        },
        {
            "metric": "计划安排资金",
            "kind": "sum",
            "total": 299.4,
            "parts": [299.4],
            "unit": "万元",
        },
        {
            "metric": "实际到位资金",
            "kind": "sum",
            "total": 299.4,
            "parts": [299.4],
            "unit": "万元",
        },
    ],
    "findings": [],
    "notes": (
        "缙云县 (丽水, 浙江) 财政支出项目绩效评价报告 for the 2021年度农村垃圾清运经费 of 缙云县环境卫生管理处 (主管 缙云县住房和城乡建设局), "
        "dated 2022年5月28日, form by 缙云县财政局. The stored page is a document-sharing site (第壹文秘) preview of the shared DOCX "
        "(22 pages); its text runs the cover and the first two tables together and ends at '农村' in the first row of 二、支出明细情况, "
        "so the document stops there (that row keeps only '农村' with empty amounts). The sharing site's chrome (上传人, 文档编号, page "
        "thumbnails) is left out. Kept as found: the checkbox glyphs read as '部门评价0' and '部门评价组口', the 项目起止时间 given as two "
        "dates with no '至', the empty 联系电话, and the empty 中央/省/其它 rows; 实际支出 is laid out as its own last row, following the "
        "page's order. Facts: 计划安排资金 299.4 and 实际支出 299.4 (no rate stated, so stated_rate null); 计划 and 到位 each equal their only "
        "filled part, 市县财政 299.4 (sums hold). No indicator table, goals or scores are reached, so no indicators, goals or coverage "
        "findings; nothing inconsistent on the page, so no findings."
    ),
}


DOCS = [
    (HN_NAME, build_hn, HN_GOLD),
    (ZJ_NAME, build_zj, ZJ_GOLD),
]


def main():
    no_pdf = "--no-pdf" in sys.argv
    for name, build, gold in DOCS:
        path = build()
        write_gold(name, gold)
        if not no_pdf:
            export_pdf(path)
        print("wrote", name)


if __name__ == "__main__":
    main()
