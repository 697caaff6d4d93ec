#!/usr/bin/env python3
"""Blind part blind140 of jixiao's real-layout corpus.

Written by an annotator who did not read the toolkit's code. Each document
reproduces the beginning of one stored public web page (the stored copy holds
the page's beginning only; each document stops where the stored page stops).
Headings, header words, facts, numbers, document numbers and defects are kept
as found; longer sentences are reworded, keeping their numbers.

The gold answers are written here, before anything else looks at the files.

Run:  /tmp/venv/bin/python make_blind140_layouts.py
Writes DOCX files, their PDFs (LibreOffice) and annotations/<file>.json.
"""
import datetime
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
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DATE = datetime.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- helpers
def new_doc(title_for_props, font="Noto Serif CJK SC"):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind140"
    cp.last_modified_by = "blind140"
    cp.title = title_for_props
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def save_docx_deterministic(doc, path):
    """Save, then rewrite the zip with fixed timestamps and sorted order."""
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # keep [Content_Types].xml first, the rest in their original order
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", outdir, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
    pdf = os.path.splitext(path)[0] + ".pdf"
    fix_pdf_dates(pdf)
    return pdf


def fix_pdf_dates(pdf):
    """LibreOffice stamps the export time and a random /ID; replace both with
    fixed values of the same byte length so xref offsets stay valid."""
    with open(pdf, "rb") as f:
        data = f.read()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\()(D:[0-9]{14}[^)]*?)(?=\))",
                  lambda m: m.group(1) + (b"D:20240101000000" + m.group(2)[16:]), data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(pdf, "wb") as f:
        f.write(data)


def write_gold(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    g = dict(gold)
    g["source"] = fname
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def squash(s):
    return re.sub(r"\s+", "", s)


def check_in_pdf(pdf, gold):
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                         text=True, check=True).stdout
    t = squash(txt)
    missing = []
    for ind in gold["indicators"]:
        for k in ("name", "target_text"):
            if ind.get(k) and squash(ind[k]) not in t:
                missing.append((k, ind[k]))
    for g in gold["goals"]:
        if squash(g["text"]) not in t:
            missing.append(("goal", g["text"][:40]))
    for fd in gold["findings"]:
        if squash(fd["item"]) not in t:
            missing.append(("finding", fd["item"]))
    return missing


# ---------------------------------------------------------------- doc 1
# 贵州 · 遵义市农业农村局 · 2020年项目支出绩效自评报告 (茶博会) — prose.
# Source page (a mirror that serves the text in traditional characters):
SRC1 = "http://www.paydayus4.com/zwgk/zfxxgk/fdzdgknr/ysjs/202201/t20220105_72247601.html"

D1_GOAL = (
    "2020年我單位設定的績效目標主要包括:落實省委省政府《關于加快建設茶產業強省的意見》"
    "(黔黨發(2018)22號)和遵義市委市政府《關于加快建設茶葉強市的實施意見》(遵黨發(2019)4號)"
    "中有關貴州茶文化節暨茶產業博覽會的要求,繼續穩定全市200萬畝茶園的生產並推動提升;"
    "借助茶博會不斷拓寬我市茶葉銷售,落實市委常委會關于做大做強“遵義紅”、“遵義綠”兩大公用品牌的要求,"
    "通過產業提升把茶茶產業做成強縣富民的支柱產業;辦好節會,把客商請進來、讓企業走出去,"
    "鎖定我市茶產業目標市場開展銷售推廣宣傳;努力保障農業安全平穩生產、農產品質量安全水平逐年提升、營造良好農業安全"
)


def build_doc1():
    fname = "guizhou-zunyi-chabohui-zipingbaogao.docx"
    doc = new_doc("guizhou-zunyi-chabohui-zipingbaogao", font="Noto Serif CJK TC")
    # The stored page opens with five '?' (mis-decoded blanks) before the heading.
    para(doc, "?????一、項目概況", bold=True)
    para(doc, "(一)項目單位基本情況。遵義市農業農村局是市政府的工作部門,屬正縣級單位。"
              "市委農村工作領導小組辦公室設在該局,在市委農村工作領導小組直接領導下,"
              "承辦領導小組的具體工作。")
    para(doc, "單位職能職責:貫徹黨和國家有關農業農村經濟的方針政策與法律法規,統籌協調全市農業和農村工作;"
              "擬訂全市農業產業和農村經濟中長期規劃並組織實施,承擔農村經濟綜合統計;"
              "起草農業農村綜合性文件,就農村改革發展中的重大問題提出處理原則和措施建議;"
              "承辦市農村工作領導小組日常工作,完善農村經營管理體制;"
              "負責動物重大疫病和農作物重大病蟲害防控,引導農業產業結構調整,促進農產品有效供給和總量平衡;"
              "承辦市委、市政府和省農業農村廳交辦的其他工作。")
    para(doc, "(二)項目年度預算績效目標、績效指標設定情況。")
    para(doc, D1_GOAL)  # the stored page stops here, mid-sentence
    path = os.path.join(HERE, fname)
    save_docx_deterministic(doc, path)
    gold = {
        "source_urls": [SRC1],
        "province": "贵州",
        "doc_kind": "项目支出绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "年度目标", "text": D1_GOAL},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": "不斷拓寬我市茶葉銷售",
             "why": "销售拓展目标没有数量、金额或基线,无法衡量(只有茶园面积200万亩带数字)。"},
            {"rule": "goal.unquantified", "item": "農產品質量安全水平逐年提升",
             "why": "“逐年提升”没有起点值和目标值,属于模糊表述。"},
        ],
        "notes": (
            "Source is a mirror host that serves the 遵义市农业农村局 page converted to traditional "
            "characters (with some simplified leftovers such as 關于); the document keeps the traditional "
            "text as found, including the five '?' before the first heading (mis-decoded blanks) and the "
            "doubled 茶 in '把茶茶產業'. The stored page holds only 一、項目概況 (一)(二) and stops mid-sentence "
            "at '營造良好農業安全'; the document stops there too. No title, no amounts, no indicator table "
            "survive, so indicators/facts are empty. doc_kind is a judgement: the outline (項目概況 → 項目年度預算"
            "績效目標、績效指標設定情況) is that of a 项目支出绩效自评报告 for 2020 (茶博会 project); the URL path "
            "(ysjs) is the 预决算 section. Goal kind 年度目标 because it is the 2020 target set by the unit. "
            "Sentences were reworded; numbers, document numbers (黔黨發(2018)22號, 遵黨發(2019)4號), 200萬畝 "
            "and brand names kept. Findings: only goal.unquantified on two sub-goals; goal.unmeasured and "
            "coverage rules are not judged because the indicator part of the report lies beyond the cut. "
            "Pattern 10 = goals stated in prose."
        ),
    }
    return fname, path, gold


# ---------------------------------------------------------------- doc 2
# 新疆 · 叶城县 · 2026年中央财政衔接推进乡村振兴补助(少数民族发展任务)资金项目公示 — prose.
SRC2 = "http://www.xjyc.gov.cn/ycx/c109164/202601/c1cf5e0ea9ac45499c7259291b88a985.shtml"


def build_doc2():
    fname = "xinjiang-yecheng-shaoshuminzu-xianjie-gongshi.docx"
    doc = new_doc("xinjiang-yecheng-shaoshuminzu-xianjie-gongshi")
    para(doc, "2026年中央财政衔接推进乡村振兴补助(少数民族发展任务)资金共计1508.001713万元。"
              "计划实施产业发展项目4个、其他类项目1个。现将项目有关情况公示如下:")
    para(doc, "(一)实施产业发展项目4个,安排项目资金1441.833713万元。")
    # project 1
    para(doc, "1.叶城县2026年洛克乡种植业基地配套建设(少数民族发展任务)项目(ycssmz202601):"
              "投资340万元,本次安排资金310万元。建设内容:新建0.6-1m³/s防渗渠4公里及配套,85万元/公里。"
              "建设地点:洛克乡1村。洛克乡依照《中华人民共和国招标投标法》和《中华人民共和国政府采购法》"
              "组织实施,水利局负责监督和指导服务,项目报县委农村工作领导小组暨乡村振兴领导小组审查备案。"
              "由县农业农村局、财政局、发改委、审计局、纪委监委负责监督。")
    para(doc, "项目责任领导:努尔买买提·阿布来提(县人大常委会四级调研员)")
    para(doc, "项目责任单位:洛克乡、水利局")
    para(doc, "项目责任人:张海龙、王平")
    para(doc, "项目实施时间:2026年1月-2026年10月")
    # project 2
    para(doc, "2.叶城县2026年宗朗乡种植业基地配套建设(少数民族发展任务)项目(ycssmz202602):"
              "投资340万元,本次安排资金310万元。建设内容:新建0.6-1m³/s防渗渠4公里及配套,85万元/公里。"
              "建设地点:宗朗乡5村。宗朗乡依照《中华人民共和国招标投标法》和《中华人民共和国政府采购法》"
              "组织实施,水利局负责监督和指导服务,项目报县委农村工作领导小组暨乡村振兴领导小组审查备案。"
              "由县农业农村局、财政局、发改委、审计局、纪委监委负责监督。")
    para(doc, "项目责任领导:阿布力肯·阿布都热合曼(县委常委、统战部部长、县政协党组副书记)")
    para(doc, "项目责任单位:宗朗乡、水利局")
    para(doc, "项目责任人:吴维强、王平")
    para(doc, "项目实施时间:2026年1月-2026年10月")
    # project 3, cut where the stored page stops
    para(doc, "3.叶城县2026年夏合甫乡种植业基地配套建设(少数民族发展任务)项目(ycssmz202603):投资688.5万元,")
    path = os.path.join(HERE, fname)
    save_docx_deterministic(doc, path)
    gold = {
        "source_urls": [SRC2],
        "province": "新疆",
        "doc_kind": "实施方案(衔接资金项目公示)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2026年中央财政衔接推进乡村振兴补助(少数民族发展任务)资金", "kind": "sum",
             "total": 1508.001713, "parts": [1441.833713], "unit": "万元"},
            {"metric": "产业发展项目安排项目资金", "kind": "sum",
             "total": 1441.833713, "parts": [310, 310], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "叶城县 (喀什地区) public notice of the 2026 少数民族发展任务 衔接资金 projects, prose only. The stored "
            "page has no title block and stops inside project 3 at '投资688.5万元,'; the document stops there. "
            "Facts: the 1508.001713 total has two parts (产业发展 1441.833713 + 其他类项目1个); the 其他类 amount is "
            "beyond the cut, so parts are incomplete and no consistency.sum finding is given. The same holds for "
            "the 1441.833713 of the 4 产业发展 projects (only 310 + 310 visible; project 3's 本次安排 and project 4 "
            "are cut). Within projects 1 and 2 the numbers agree: 4公里 × 85万元/公里 = 340万元 = 投资 (a product, "
            "not recorded as a sum fact). 本次安排资金310 < 投资340 is not an error (the rest is other money). "
            "No goals or indicators are stated in the stored part, so no goal/target findings. Organisation and "
            "official names, project codes (ycssmz2026xx), amounts and dates kept as written; the long sentence "
            "on 招标投标法/政府采购法 and 审查备案 reworded. Pattern 10 is a judgement: money per project given in "
            "prose."
        ),
    }
    return fname, path, gold


# ---------------------------------------------------------------- main
def main():
    builders = [build_doc1, build_doc2]
    ok = True
    for b in builders:
        fname, path, gold = b()
        write_gold(fname, gold)
        pdf = to_pdf(path)
        pdf_name = os.path.basename(pdf)
        write_gold(pdf_name, gold)
        missing = check_in_pdf(pdf, gold)
        if missing:
            ok = False
            print("MISSING in", pdf_name, missing, file=sys.stderr)
        else:
            print("ok", fname, pdf_name)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
