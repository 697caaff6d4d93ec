#!/usr/bin/env python3
"""Build part blind137 of jixiao's real-layout corpus (code-blind annotator).

Two documents, both rebuilt from stored copies of public web pages (see SOURCES.md):

  sichuan-dazhou-feiyi-zipingbaogao.docx   (+ .pdf)
  guangxi-zizhiqu-feiyi-zipingbaogao.docx  (+ .pdf)

The gold answers (annotations/*.json) are written FIRST, before any document exists,
so nothing produced from the files can influence them.

Run:  /tmp/venv/bin/python make_blind137_layouts.py
Needs python-docx and LibreOffice (soffice) on PATH.
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

DAZHOU_URL = "http://wtlyj.dazhou.gov.cn/news-show-2004.html"
GUANGXI_URL = "https://www.chacewang.com/newsdetail/news243090.html"

DAZHOU = "sichuan-dazhou-feiyi-zipingbaogao"
GUANGXI = "guangxi-zizhiqu-feiyi-zipingbaogao"

# ---------------------------------------------------------------------------
# Texts (facts as written on the page; longer sentences re-worded, numbers kept)
# ---------------------------------------------------------------------------
DZ_GOAL1 = ("(1)薅草锣鼓(川东土家族薅草锣鼓):举办第十一届薅草锣鼓赛歌会暨万达开薅草锣鼓传承保护及"
            "非物质文化遗产交流活动;举办成渝双城非物质文化遗产保护交流活动;对薅草锣鼓进行保护、发展和传承;"
            "出版薅草锣鼓音乐读本。")
DZ_GOAL2 = "(2)国家级非遗代表性传承人补助-竹编(渠县刘氏竹编):全年非遗项目的传承和教学。"

DAZHOU_BLOCKS = [
    ("h1", "一、基本情况"),
    ("h2", "(一)转移支付概况"),
    ("p", "2021年,四川省财政厅、四川省文化和旅游厅以《四川省财政厅四川省文化和旅游厅关于下达2021年国家非物质文化遗产"
          "保护资金预算的通知》(川财教〔2021〕22号)向我市下达两笔资金:宣汉县文化馆薅草锣鼓(川东土家族薅草锣鼓)"
          "保护补助40万元;渠县国家级非遗代表性传承人补助-竹编(渠县刘氏竹编)2万元。"),
    ("h2", "(二)绩效目标情况"),
    ("p", DZ_GOAL1),
    ("p", DZ_GOAL2),
    ("h1", "二、综合评价结论"),
    ("p", "我市2021年获下达的国家非物质文化遗产保护资金,分别用于年度重点项目保护补助和国家级非遗代表性传承人补助。"
          "自评得分92.45,综合评价结果为:优。"),
    ("h1", "三、绩效目标完成情况分析"),
    ("h2", "(一)资金情况分析"),
    ("p", "2021年我市共获下达国家非物质文化遗产保护资金42万元,资金到位率100%。截至目前,国家级非遗代表性传承人补助-竹编"
          "(渠县刘氏竹编)已及时拨付给国家级传承人刘嘉峰,资金使用率100%;薅草锣鼓(川东土家族薅草锣鼓)项目已使用资金"
          "334896元,资金使用率83.72%。"),
    ("p", "传承人经费到位后纳入单位财政大平台统一管理,经单位主要责任人签字并盖章,再按程序发放给传承人刘嘉峰,"
          "符合国家财政部门专项经费使用规定。"),
    # the stored page stops in the middle of this sentence: kept cut as found
    ("p", "专项资金的实施与国家相关政策规定和年初备案计划完全相符;项目资金按财政专项资金管理办法及报账程序实行报账制,"
          "专款专用,使用范围明确,拨付程序严格。各用款单位财务制度健全、资金使用规范,开支范围、标准、支付进度和支付依据"
          "均合规合法,资金支付完全"),
]

GX_TITLE = "自治区文化和旅游厅关于2021年度中央转移支付专项资金绩效自评的报告"
GX_BYLINE = "广西壮族自治区文化和旅游厅 | 2022-12-30"
GX_GOAL_SPLIT = ("主要完成以下19项国家级非物质文化遗产代表性项目(含1个联合国人类非遗代表性项目)2021年度的保护传承和"
                 "展示推广工作")
# The stored page runs the whole report together in one paragraph (headings, sub-headings and
# loose fragments joined by commas).  Kept as one run-on paragraph.
GX_RUNON = (
    "现将中央非物质文化遗产保护专项资金转移支付2021年度绩效自评报告、国家文物保护专项转移支付2021年度绩效自评报告、"
    "中央支持地方公共文化服务体系建设补助资金2021年度绩效自评报告公开如下:"
    "2021年度中央非物质文化遗产保护专项资金转移支付绩效自评报告"
    "一、绩效目标分解下达情况"
    "(一)中央下达专项转移支付预算和绩效目标情况"
    "1.预算数:2021年,中央下达资金包含:18个年度重点项目补助资金774万元、6名传承人记录工作补助资金240万元、"
    "3期传承人研修培训计划补助资金140万元、42名国家级传承人补助资金84万元、国家级文化生态保护(实验)区补助资金750万元,"
    "(二)区内分解下达预算和绩效目标情况"
    "1.年度重点项目补助资金874万元:" + GX_GOAL_SPLIT + ",19项年度国家级非物质文化遗产代表性项目共获保护补助资金874万元,"
    "2021年国家非物质文化遗产保护专项资金的经济效益,主要体现在国家级非遗代表性传承人开展传习活动之后,"
    "国家非物质文化遗产保护专项资金有力支持了19个国家级非物质文化遗产代表性项目的保护传承和展示推广工作,"
)
GX_TABLE_TITLE = "中央非物质文化遗产保护资金转移支付绩效目标自评表(2021年度)"
GX_GOAL_CELL = "对国家级"   # the stored page stops here, inside the 总体目标 cell

# ---------------------------------------------------------------------------
# Gold (written before the documents are built)
# ---------------------------------------------------------------------------
GOLD = {
    DAZHOU: {
        "source_urls": [DAZHOU_URL],
        "province": "四川省",
        "doc_kind": "绩效自评报告(国家非物质文化遗产保护资金转移支付,2021年度,达州市)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标", "text": DZ_GOAL1},
            {"kind": "绩效目标", "text": DZ_GOAL2},
        ],
        "facts": [
            {"metric": "2021年国家非物质文化遗产保护资金下达数", "kind": "sum", "total": 42,
             "parts": [40, 2], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified",
             "item": "全年非遗项目的传承和教学",
             "why": "竹编传承人补助的绩效目标只写“全年非遗项目的传承和教学”,没有任何数量(传习次数、带徒人数等)。"},
            {"rule": "consistency.deviation_reason_missing",
             "item": "资金使用率83.72%",
             "why": "薅草锣鼓项目资金只用了334896元,使用率83.72%,未达100%,文中(到存留页面结束为止)没有说明原因和改进措施。"},
        ],
        "notes": (
            "Stored page (pages corpus excerpt) begins directly at '一、基本情况' with no title, so the document has no title; "
            "it stops in the middle of the third paragraph of 三(一)资金情况分析 at '资金支付完全' - the cut sentence is kept. "
            "No table of indicators on the stored page: prose-only document (1 of the 2 allowed). "
            "Kept as found: '单位主要责任人' (odd for 负责人); the event names and the document number 川财教〔2021〕22号; "
            "amounts 40万元 / 2万元 / 42万元 / 334896元 (元 and 万元 mixed in one sentence). "
            "Checks done: 40+2=42 ✓ (fact); 334896元/40万元=83.72% ✓ so no consistency.rate finding; "
            "92.45 → 优 ✓ (>=90) so no consistency.grade finding. "
            "Judgement calls: goal (1) lists concrete deliverables (one song contest, one exchange event, one music reader) so it "
            "is NOT flagged goal.unquantified, although it carries no numeric targets; goal (2) is flagged. "
            "deviation_reason_missing on 83.72% is raised because the document as it stands gives no reason - the original page "
            "may explain it further down, beyond where the stored copy stops. "
            "goal.unmeasured is NOT raised: the indicator part of the report is beyond the cut, so the absence of indicators is an "
            "artefact of truncation. Both goals are given kind 绩效目标 (heading '(二)绩效目标情况')."
        ),
    },
    GUANGXI: {
        "source_urls": [GUANGXI_URL],
        "province": "广西壮族自治区",
        "doc_kind": "绩效自评报告及绩效目标自评表开头(中央非物质文化遗产保护资金转移支付,2021年度,自治区本级)",
        "patterns": [3, 10],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标", "text": GX_GOAL_SPLIT},
            {"kind": "总体目标", "text": GX_GOAL_CELL},
        ],
        "facts": [
            {"metric": "年度资金总额(全年预算数)", "kind": "sum", "total": 2118, "parts": [2118], "unit": "万元"},
            {"metric": "年度资金总额(全年执行数)", "kind": "sum", "total": 2118, "parts": [2118], "unit": "万元"},
            {"metric": "2021年中央下达非物质文化遗产保护资金预算数", "kind": "sum", "total": 2118,
             "parts": [774, 240, 140, 84, 750], "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.sum",
             "item": "其中:中央财政资金",
             "why": "自评表中央财政资金为2118万元,而报告列出的中央下达五项补助774+240+140+84+750=1988万元,相差130万元,"
                    "且“预算数”一句没有写出合计金额。"},
        ],
        "notes": (
            "Stored page: chacewang.com copy of the 广西文化和旅游厅 report. Site banner ('查政策, 找服务, 就上查策网 !') dropped; "
            "title and byline kept. The page runs the report together in ONE paragraph (headings 一、/(一)/(二)/1. and loose "
            "fragments joined by commas, e.g. '…750万元,(二)区内…'); reproduced as one run-on paragraph with sentences re-worded "
            "and numbers kept. '1.预算数:2021年,包含…' gives no total amount - kept as found. "
            "The 自评表 is flattened into plain text on the page; it is rebuilt here as a real table in the usual 中央转移支付 自评表 "
            "shape (5 columns, 资金情况 label merged down 5 rows, 总体目标 | 全年实际完成情况 side by side) using exactly the cells "
            "found, in the order found; 地方主管部门, 资金使用单位, 地方资金, 其他资金 cells are empty as on the page. "
            "The stored page stops inside the 总体目标 cell at '对国家级' - kept; the 全年实际完成情况 cell and all indicator rows "
            "are beyond the cut, so the document has no indicator rows: prose-only document (2 of the 2 allowed). "
            "Pattern 3 because 总体目标 and 全年实际完成情况 sit side by side; pattern 10 because goals are in cells and results in prose. "
            "Checks: 2118/2118 = 100% ✓ twice (no consistency.rate finding); 年度资金总额 2118 = 中央财政资金 2118 + empty 地方/其他 ✓. "
            "Judgement calls: (a) consistency.sum is raised by tying the five central items listed in 一(一) (sum 1988) to the "
            "table's 中央财政资金 2118; the page is fragmentary and may have dropped an item, so this is a reviewer's query rather "
            "than a certain error. (b) The region distributes 874万元 to 19 重点项目 while the centre gave 774万元 for 18 - not "
            "flagged (other money may have been added). (c) The truncated goal cell '对国家级' is listed as a 总体目标 as it stands "
            "but not flagged (truncation artefact). (d) The 区内分解 goal text (19项…工作) is quantified (19项), not flagged. "
            "(e) goal.unmeasured / coverage rules not raised: indicator rows are beyond the cut."
        ),
    },
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for stem, g in GOLD.items():
        for ext in ("docx", "pdf"):
            name = f"{stem}.{ext}"
            rec = {"source": name}
            rec.update(g)
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=2)
                f.write("\n")


# ---------------------------------------------------------------------------
# Document building
# ---------------------------------------------------------------------------
def _base_doc(title):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = "blind137"
    cp.last_modified_by = "blind137"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def _para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_dazhou(path):
    doc = _base_doc("达州市2021年国家非物质文化遗产保护资金绩效自评")
    for kind, text in DAZHOU_BLOCKS:
        if kind == "h1":
            _para(doc, text, bold=True, size=12)
        elif kind == "h2":
            _para(doc, text, bold=True)
        else:
            p = _para(doc, text)
            p.paragraph_format.first_line_indent = Pt(22)
    doc.save(path)


def build_guangxi(path):
    doc = _base_doc(GX_TITLE)
    _para(doc, GX_TITLE, bold=True, size=14, center=True)
    _para(doc, GX_BYLINE, center=True)
    _para(doc, GX_RUNON)
    _para(doc, GX_TABLE_TITLE, bold=True, center=True)

    t = doc.add_table(rows=10, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def put(r, c, text, r2=None, c2=None):
        cell = t.cell(r, c)
        if r2 is not None or c2 is not None:
            cell = cell.merge(t.cell(r2 if r2 is not None else r, c2 if c2 is not None else c))
        cell.text = text
        return cell

    put(0, 0, "转移支付(项目)名称")
    put(0, 1, "非物质文化遗产保护资金", c2=4)
    put(1, 0, "中央主管部门")
    put(1, 1, "文化和旅游部", c2=4)
    put(2, 0, "地方主管部门")
    put(2, 1, "")
    put(2, 2, "资金使用单位")
    put(2, 3, "", c2=4)
    put(3, 0, "资金情况(万元)", r2=7)
    put(3, 1, "")
    put(3, 2, "全年预算数(A)")
    put(3, 3, "全年执行数(B)")
    put(3, 4, "预算执行率(B/A)")
    rows = [("年度资金总额:", "2118", "2118", "100%"),
            ("其中:中央财政资金", "2118", "2118", "100%"),
            ("地方资金", "", "", ""),
            ("其他资金", "", "", "")]
    for i, (a, b, c, d) in enumerate(rows, start=4):
        put(i, 1, a)
        put(i, 2, b)
        put(i, 3, c)
        put(i, 4, d)
    put(8, 0, "总体目标完成情况", r2=9)
    put(8, 1, "总体目标", c2=2)
    put(8, 3, "全年实际完成情况", c2=4)
    put(9, 1, GX_GOAL_CELL, c2=2)
    put(9, 3, "", c2=4)
    doc.save(path)


def normalise_zip(path):
    """Rewrite a DOCX/XLSX zip with fixed timestamps so the bytes are reproducible."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", HERE, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, SOURCE_DATE_EPOCH="1704067200"))


def normalise_pdf(path):
    """Make LibreOffice's PDF reproducible: fixed CreationDate/ModDate and document /ID.
    Replacements keep the byte length so the xref offsets stay valid."""
    import re
    with open(path, "rb") as f:
        data = f.read()

    def fix_date(m):
        body = m.group(2)
        fixed = b"D:20240101000000" + body[16:]
        fixed = fixed[:len(body)].ljust(len(body), b"0")
        return m.group(1) + fixed + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\()([^)]*)\)", fix_date, data)
    data = _fix_ids(data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    with open(path, "wb") as f:
        f.write(data)


def _fix_ids(data):
    import re
    m = re.search(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", data)
    if not m:
        return data
    start, end = m.span()
    seg = data[start:end]
    seg = re.sub(rb"<[0-9A-Fa-f]+>", lambda x: b"<" + b"0" * (len(x.group(0)) - 2) + b">", seg)
    return data[:start] + seg + data[end:]


def main():
    write_gold()  # gold first
    builders = {DAZHOU: build_dazhou, GUANGXI: build_guangxi}
    for stem, fn in builders.items():
        path = os.path.join(HERE, stem + ".docx")
        fn(path)
        normalise_zip(path)
        to_pdf(path)
        normalise_pdf(os.path.join(HERE, stem + ".pdf"))
    print("built:", ", ".join(sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".pdf")))))


if __name__ == "__main__":
    sys.exit(main())
