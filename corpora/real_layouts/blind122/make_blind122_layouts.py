#!/usr/bin/env python3
"""Build the blind122 part of jixiao's real-layout corpus.

Two documents, each reproduced from a stored public web page (addresses in
SOURCES.md and in each gold file).  The gold answers are written here, by an
annotator who has not read the toolkit's code, BEFORE anything runs the
toolkit on the files.

Run:  /tmp/venv/bin/python make_blind122_layouts.py
Writes <name>.docx, <name>.pdf (LibreOffice export) and annotations/<name>.json
for every document.  Output is deterministic: fixed core properties, fixed zip
entry dates in the DOCX, fixed dates and ID in the PDF.
"""
from __future__ import annotations

import datetime as _dt
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
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = _dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

# ---------------------------------------------------------------------------
# Gold.  Written first, by hand, from the stored pages.
# ---------------------------------------------------------------------------

URL_NX = ("http://xqq.gov.cn/zwgk/bmxxgkml/xqqzfhcxjsj/fdzdgknr_44766/zdgz_9109/"
          "202211/t20221102_3827749.html")
URL_NM = "http://m.worldfederationofelitemartialarts.com/html/59/24528.html"

NX_NAME = "ningxia-xingqingqu-lajizhuanyunzhan-zipingbaogao"
NM_NAME = "neimenggu-linhequ-yiwujiaoyubuzhu-zipingbaogao"

# Goal text of the 临河区 report, used both in the document and in the gold.
NM_GOAL = ("足额拨付城乡义务教育补助经费,保障全区41所义务教育阶段学校正常运转,"
           "支付教育教学活动及其他日常工作所需支出;改善农村学校状况,优化办学环境,"
           "推进城乡义务教育优质均衡发展,加快教育强县建设进程,不断提高我区教育教学水平;"
           "认真落实国家扶贫政策,足额发放家庭经济困难学生生活补助,帮助家庭经济困难学生"
           "顺利完成学业,提高家庭经济困难学生幸福指数。")

GOLD = {
    NX_NAME: {
        "source_urls": [URL_NX],
        "province": "宁夏回族自治区",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "乡村振兴衔接资金", "kind": "sum", "total": 100,
             "parts": [100], "unit": "万元"},
        ],
        "findings": [
            {"rule": "coverage.too_few_indicators", "item": "绩效目标如下",
             "why": "第一部分写到“分解下达绩效目标要求,绩效目标如下:”后直接进入第二部分,"
                    "目标表(或目标清单)是空的;全文没有一条带指标值的三级指标,"
                    "少于3个,也没有数量指标。"},
        ],
        "notes": (
            "Stored page: 兴庆区住房和城乡建设局 page (生成日期 2022-10-25), 2022 self-evaluation "
            "report of a project paid from 财政衔接推进乡村振兴补助资金 (a transfer payment). "
            "The stored copy stops in the middle of a sentence after '支付率100%。辐射带'; the "
            "document stops there too (kept as a cut sentence). Kept as found: the publication "
            "metadata table (索 引 号 … 是否有效), the page's font/colour toolbar line "
            "('保护视力色 … 恢复默认'), the empty list after '绩效目标如下:' (the page shows no "
            "target table there), the odd word '压缩对换车', and the two names for the same "
            "items ('配套转运箱2个' vs '2个配套压缩箱'). Longer sentences reworded, all numbers, "
            "document numbers and organisations kept. Judgement calls: (1) no indicator rows "
            "in the gold: the report states only results (资金到位率100%, 验收合格率100%, "
            "支付率100%, 1辆/2个/243个), never a target value, so there is no 三级指标 with a "
            "target to extract; (2) no goals in the gold: the only purpose sentence "
            "('主要用于支持移民重点村产业发展') describes what the fund is for, not a goal of "
            "this project, and the goal list itself is empty; (3) not flagged, but worth a "
            "reviewer's note: the fund is said to support 移民重点村产业发展 while the project "
            "is a garbage transfer station (no rule id fits); the result paragraph leans on "
            "支付率100% (money, not an output) but it is not an indicator row, so "
            "target.input_or_process is not used; 资金到位率100% (100/100) and 支付率100% are "
            "consistent with the amounts, so no consistency.rate finding."
        ),
    },
    NM_NAME: {
        "source_urls": [URL_NM],
        "province": "内蒙古自治区",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": NM_GOAL},
        ],
        "facts": [
            {"metric": "城乡义务教育补助经费", "kind": "sum", "total": 6153.46,
             "parts": [4605, 963, 585.46], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "不断提高我区教育教学水平",
             "why": "目标用“不断提高”表述,没有基期值、目标值或可核验的口径。"},
            {"rule": "goal.unquantified", "item": "提高家庭经济困难学生幸福指数",
             "why": "“幸福指数”没有数值、测量方法或基期。"},
            {"rule": "goal.unmeasured", "item": "足额发放家庭经济困难学生生活补助",
             "why": "目标点名的产出(困难学生生活补助)在文件中没有任何指标支撑:"
                    "无受助人数、补助标准或发放金额。"},
            {"rule": "coverage.too_few_indicators",
             "item": "城乡义务教育补助经费项目自评得分92.3分",
             "why": "报告给出自评得分92.3分和等级“优”,但文件(按存档页面)没有一条指标、"
                    "指标值或实际完成值,得分无法追溯到指标。"},
        ],
        "notes": (
            "Stored page: a mirror (host worldfederationofelitemartialarts.com, path "
            "/html/59/24528.html, the path pattern of www.linhe.gov.cn) of a 巴彦淖尔市临河区 "
            "self-evaluation report on the 2023 城乡义务教育补助经费 transfer payment. The "
            "mirror serves the text converted to traditional characters with pinyin glosses "
            "injected after some characters (e.g. '現(xiàn)'); judgement call: the document is "
            "written in simplified characters, as the original government page is, and the "
            "injected pinyin is dropped (a mirror artefact, not a defect of the document). "
            "The stored text starts with the first sentence (no title above it): the document "
            "has no title, as found. It stops right after the heading '三、绩效情况分析' and "
            "'(一)资金'; the document stops there (cut heading kept). Longer sentences reworded, "
            "numbers kept (6153.46 = 4605 + 963 + 585.46 万元, 41所, 92.3分, 等级“优”). "
            "Grade check: 92.3 is in the 优 band (>=90), so no consistency.grade finding. "
            "No indicator rows in the gold: the stored part has no indicator table and states "
            "no target values. The goal is recorded as one 总体目标 (heading '整体绩效目标情况'); "
            "findings name clauses of it. Not flagged: the conclusion '满意度显著提高' and "
            "'取得了明显成效' are unsupported by numbers, but they are conclusions, not targets."
        ),
    },
}


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def _style_doc(doc: Document) -> None:
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = "blind122 annotator"
    cp.last_modified_by = "blind122 annotator"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = "jixiao real-layout corpus, part blind122"


def _run_font(run, size=None, bold=False, color=None):
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def para(doc, text, size=11, bold=False, center=False, indent=True, color=None):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(22)
    r = p.add_run(text)
    _run_font(r, size, bold, color)
    return p


def cell_text(cell, text, bold=False, size=10):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    _run_font(r, size, bold)


def _fix_docx_dates(path: str) -> None:
    """Rewrite the zip with fixed entry dates so the DOCX is byte-stable."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# Document 1: 宁夏 银川市兴庆区 (prose report, 2022)
# ---------------------------------------------------------------------------

def build_ningxia(path: str) -> None:
    doc = Document()
    _style_doc(doc)
    # publication metadata block of the government page, as a 3 x 6 table
    meta = [
        ["索 引 号", "11640102MB0U40499C/2022-00043", "文  号", "", "生成日期", "2022-10-25"],
        ["发布机构", "兴庆区住房和城乡建设局", "责任部门", "兴庆区住房和城乡建设局", "关 键 字", "滨河家园垃圾转运站"],
        ["公开方式", "主动公开", "公开时限", "长期公开", "是否有效", "有效"],
    ]
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(meta):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, size=9)
    para(doc, "", indent=False)
    para(doc, "银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告",
         size=15, bold=True, center=True)
    para(doc, "保护视力色:          字体颜色: 【      绿】         恢复默认",
         size=8, center=True, color=(0x80, 0x80, 0x80))

    para(doc, "一、绩效目标分解下达情况", bold=True, indent=False)
    para(doc, "依据《兴庆区2022年度第一批财政衔接推进乡村振兴补助资金使用分配计划》"
              "(银兴党农发〔2022〕1号)文件,中共银川市兴庆区委农村工作领导小组向我区下达"
              "2022年乡村振兴衔接资金100万元,资金主要投向移民重点村的产业发展。兴庆区按照"
              "资金的使用方向,分解下达了绩效目标要求,绩效目标如下:")

    para(doc, "二、绩效目标完成情况分析", bold=True, indent=False)
    para(doc, "(一)资金投入情况分析。", bold=True, indent=False)
    para(doc, "1.项目资金到位情况分析。", indent=False)
    para(doc, "2022年中共银川市兴庆区委农村工作领导小组下达的第一批乡村振兴衔接资金100万元,"
              "已全部安排到兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目,资金到位率100%。")
    para(doc, "2.项目资金执行情况分析。", indent=False)
    para(doc, "项目已建成并通过验收。已购置生活垃圾压缩对换车1辆、配套转运箱2个、"
              "生活垃圾分类垃圾桶等。")
    para(doc, "3.项目资金管理情况分析。", indent=False)
    para(doc, "项目资金已全额支付。兴庆区住建局按照《宁夏回族自治区财政衔接推进乡村振兴补助"
              "资金管理办法》(宁财(农)发〔2021〕268 号)的规定管理和使用衔接资金,并认真整理"
              "项目档案,保证每个项目的档案完整、规范。")
    para(doc, "(二)总体绩效目标完成情况分析", bold=True, indent=False)
    para(doc, "该项目为月牙湖乡滨河家园垃圾转运站购置1辆垃圾压缩车辆及2个配套压缩箱,"
              "为推进农村生活垃圾分类工作,配套243个垃圾分类垃圾桶,验收合格率100%。"
              "资金预算100万元,支付率100%。辐射带")
    doc.save(path)
    _fix_docx_dates(path)


# ---------------------------------------------------------------------------
# Document 2: 内蒙古 巴彦淖尔市临河区 (prose report, 2023)
# ---------------------------------------------------------------------------

def build_neimenggu(path: str) -> None:
    doc = Document()
    _style_doc(doc)
    # the stored text begins with this sentence: no title above it
    para(doc, "根据绩效管理相关文件的要求,我们对2023年城乡义务教育补助经费项目的实施情况"
              "开展了自评,现将自评情况报告如下:")
    para(doc, "一、基本情况", bold=True, indent=False)
    para(doc, "(一)转移支付概况。", bold=True, indent=False)
    para(doc, "2023年,依照自治区、巴市、临河区的城乡义务教育补助经费标准,并结合义务教育阶段"
              "各类学生人数、校舍情况等因素,全年下达城乡义务教育补助经费6153.46万元,其中中央"
              "专项资金4605万元,自治区专项资金963万元,本级财政配套资金585.46万元。")
    para(doc, "(二)整体绩效目标情况。", bold=True, indent=False)
    para(doc, NM_GOAL)
    para(doc, "二、综合评价结论", bold=True, indent=False)
    para(doc, "城乡义务教育补助经费项目运行良好,社会效益显著。项目实施以来,城乡之间、地区之间"
              "和学校之间办学条件差距扩大的势头得到遏制,义务教育阶段学校的硬件设施有所提升,"
              "校园环境和办学条件得到有效改善;义务教育优质均衡发展稳步推进,正由数量扩张转向"
              "质量提升,取得了明显成效。社会公众对城乡义务教育补助经费项目的满意度显著提高。"
              "城乡义务教育补助经费项目自评得分92.3分,项目综合评价结论等级为“优”。")
    para(doc, "三、绩效情况分析", bold=True, indent=False)
    para(doc, "(一)资金", bold=True, indent=False)
    doc.save(path)
    _fix_docx_dates(path)


# ---------------------------------------------------------------------------
# PDF export and gold writing
# ---------------------------------------------------------------------------

_PDF_DATE = re.compile(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")


def _fix_pdf(path: str) -> None:
    """Replace dates and the file ID by fixed values of the same length."""
    data = open(path, "rb").read()

    def _date(m):
        whole = m.group(0)
        key = m.group(1)
        fixed = b"/" + key + b"(D:20240101000000Z)"
        return fixed.ljust(len(whole), b" ")[: len(whole)] if len(fixed) <= len(whole) else whole

    def _id(m):
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, b"0" * len(a)).replace(b, b"0" * len(b))

    data = _PDF_DATE.sub(_date, data)
    data = _PDF_ID.sub(_id, data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), data)
    # XMP metadata dates, if any (same length)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp)",
                  lambda m: m.group(1) + b"2024-01-01T00:00:00Z".ljust(len(m.group(2)))[: len(m.group(2))] + m.group(3),
                  data)
    open(path, "wb").write(data)


def to_pdf(src: str) -> str:
    outdir = os.path.dirname(src)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(src)[0] + ".pdf"
    _fix_pdf(pdf)
    return pdf


def write_gold(fname: str, base: dict) -> None:
    g = {"source": fname}
    g.update(base)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main() -> int:
    os.makedirs(ANN, exist_ok=True)
    # gold first
    for name, base in GOLD.items():
        for ext in (".docx", ".pdf"):
            write_gold(name + ext, base)
    builders = {NX_NAME: build_ningxia, NM_NAME: build_neimenggu}
    for name, build in builders.items():
        path = os.path.join(HERE, name + ".docx")
        build(path)
        if shutil.which("soffice"):
            to_pdf(path)
        else:
            print("soffice not found: PDF not written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
