"""Blind part 82 of the real-layout corpus: writes the documents and their gold.

Each document reproduces the stored beginning of one public page (see SOURCES.md): layout, facts, numbers,
document numbers and defects as found; longer sentences are re-worded with the same numbers. The gold in
DOCS was written by hand from the pages before anything ran on the files.

Usage:  /tmp/venv/bin/python make_blind82_layouts.py [--no-pdf]
"""
import copy
import datetime
import json
import os
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "SimSun"


# ---------------------------------------------------------------- helpers

def _font(run, size=12, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)


def _para(doc, text, size=12, bold=False, center=False, indent=True):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _font(p.add_run(text), size=size, bold=bold)
    return p


def _new_doc():
    doc = Document()
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    return doc


def _normalise_zip(path):
    """Rewrite the zip with a fixed date and a fixed (sorted) entry order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    items.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def write_docx(name, blocks):
    doc = _new_doc()
    for kind, text in blocks:
        if kind == "title":
            _para(doc, text, size=16, bold=True, center=True)
        elif kind == "h":
            _para(doc, text, size=12, bold=True, indent=True)
        elif kind == "salute":
            _para(doc, text, indent=False)
        else:
            _para(doc, text)
    path = os.path.join(HERE, name)
    doc.save(path)
    _normalise_zip(path)
    return path


def export_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- documents

SC_URL = "http://jst.sc.gov.cn/scjst/c101417/2020/10/8/a7e72eeb4460495d96031f6bcb83269e.shtml"
SC_GOAL = ("2019年全省城镇棚户区改造公租房保障的目标任务是：棚户区住房改造开工198007(其中，城镇棚户区197825套，"
           "国有工矿棚户区182)，棚户区住房改造基本建成99890套；向城镇住房保障家庭发放租赁补贴53986户。"
           "省委省政府把棚户区改造开工列为201930件民生实事之一。")
SC_BLOCKS = [
    ("title", "四川省住房和城乡建设厅关于2019年度中央财政城镇保障性安居工程专项资金绩效自评报告"),
    ("h", "一、中央财政城镇保障性安居工程资金用于城市棚户区改造和公租房保障方面绩效自评"),
    ("h", "(一)绩效目标情况"),
    ("p", "依照住房城乡建设部办公厅等下发的《关于申报2019年棚户区改造计划任务的通知》(建办保〔201855号)，"
          "经省政府审定的计划任务已报送住房和城乡建设部等五部门。依据国家保障性安居工程协调小组与四川省人民政府"
          "所签《2019年住房保障工作目标责任书》，以及省政府与各市州政府所签《2019年保障性安居工程目标责任书》。"),
    ("p", SC_GOAL),
    ("p", "2019年度，全省城镇保障性安居工程中央和省级财政资金投向公租房保障和棚户区改造的合计128.79亿元，"
          "包括中央财政专项资金49.24亿元、中央预算内基建投资65.50亿元和省级财政安排的补助资金14.05亿元。"),
    ("h", "(二)绩效目标完成情况分析"),
    ("h", "1、总体绩效目标完成情况"),
    ("p", "多年来全省重视公租房保障和棚户区改造，在维护社会公平、保障和改善民生、推动城镇化进程、促进经济平稳"
          "较快发展等方面成效明显。对照城镇保障性安居工程财政资金用于公租房保障和棚户区改造绩效评价指标表逐项"
          "自评，年度目标完成情况、产出指标、效益指标、满意度指标等方面完成较好(详见附件1)。"),
    ("h", "2、棚户区改造任务完成情况"),
    ("p", "截至201912月，全省共完成棚户区改造20"),
]

LA_URL = "https://gxs.luan.gov.cn/public/6608491/8660521.html"
LA_BLOCKS = [
    ("title", "六安市供销系统2018年“新网工程”项目绩效自评报告"),
    ("salute", "省供销社、省财政厅:"),
    ("p", "按照省供销社《关于开展2018年度省级“新网工程”财政支出项目绩效评价工作的通知》和《安徽省财政厅关于"
          "开展2019年省级财政支出绩效评价工作有关问题的通知》(财绩〔2019〕97号)的要求，现将我市2018年度省级"
          "“新网工程”财政支出项目绩效评价的有关情况报告如下:"),
    ("h", "一、基本情况"),
    ("h", "(一)2018年度“新网工程”建设目标任务完成情况。"),
    ("p", "2018年，安徽省财政厅以《关于提前下达2018年省级新农村现代流通网络工程资金)的通知》(财建[2017]1832号)"
          "向我市下达新农村现代流通网络工程资金134万元(其中舒城县电子商务示范社项目专项补助资金40万元)；市本级"
          "2018年预算另安排“新网工程”专项经费20万元，两项合计154万元。因舒城县2018年电子商务示范社项目进度滞后，"
          "该笔资金未于拨付，实际拨付114万元。"),
    ("p", "依据《六安市财政局 六安市供销合作社联合社关于印发〈六安市新农村现代流通网络工程专项资金管理暂行办法〉"
          "的通知》(财建〔2016〕415号)，市供销社经项目初选、专家现场勘察和评审，从各县(区)推荐的5个项目中选定4个"
          "作为全市供销系统2018年度“新网工程”项目：六安市金安茶叶公司六安瓜片体验馆建设项目、金寨县油坊店乡嘉利"
          "茶叶专业合作社茶叶生产加工提升项目、裕安区供销电子商务运营服务中心升级改造项目、六安市金安区横塘岗供销"
          "农业有限公司改扩建项目。各项目按企业投资额大小、企业规模、企业效益等8个方面综合评分，按得分高低分别补助"
          "30万元、30万元、28万元和26万元。"),
    ("h", "(二)2019年度“新网工程”建设计划。"),
    ("p", "根据财建〔2018〕1538号文件精神，2019年下达我市省级新农村现代流通网络"),
]

DOCS = [
    {
        "file": "sc-sichuan-anju-selfreport.docx",
        "blocks": SC_BLOCKS,
        "gold": {
            "source_urls": [SC_URL],
            "province": "四川",
            "doc_kind": "自评报告 (省住建厅, 2019 中央财政城镇保障性安居工程专项资金, prose)",
            "patterns": [10],
            "indicators": [],
            "goals": [{"kind": "目标", "text": SC_GOAL}],
            "facts": [
                {"metric": "棚户区住房改造开工", "kind": "sum", "total": 198007, "parts": [197825, 182],
                 "unit": "套"},
                {"metric": "公租房保障和棚户区改造中央和省级财政资金", "kind": "sum", "total": 128.79,
                 "parts": [49.24, 65.50, 14.05], "unit": "亿元"},
            ],
            "findings": [
                {"rule": "target.missing_unit", "item": "棚户区住房改造开工",
                 "why": "the start-of-works target 198007 and its part 国有工矿棚户区182 are written with no unit, "
                        "while the sibling figures (197825套, 99890套, 53986户) carry one; 套 is needed"},
            ],
            "notes": (
                "四川省住房和城乡建设厅, self-evaluation of the 2019 central 城镇保障性安居工程 fund (棚户区改造 and "
                "公租房保障), published 2020-10-08. Prose only: the page refers to an indicator table (详见附件1) that "
                "the stored beginning does not reach, so indicators is empty and no coverage finding is made. "
                "The stored page ends inside section (二)2 at '截至201912月，全省共完成棚户区改造20' (cut inside a "
                "number); the document stops there. Kept as found: the lost characters of the page — "
                "'建办保〔201855号' (closing bracket and year mark missing), '201930件民生实事' (2019年30件) and "
                "'201912月' (2019年12月) — and the unit-less 198007 and 182; the second sentence of (一) is a "
                "fragment on the page and stays one. Sums check: 197825 + 182 = 198007; 49.24 + 65.50 + 14.05 = "
                "128.79. Judgement calls: the target paragraph of (一) is the only goal (kind '目标': the page calls "
                "it 目标任务, not 年度目标); the procedural first paragraph and the funding paragraph are not goals; "
                "the missing 套 is flagged as target.missing_unit with the goal's item name (it is a goal target, "
                "not a table row); the '完成较好' self-judgement of (二)1 is a result claim, not flagged."),
        },
    },
    {
        "file": "ah-luan-xinwang-selfreport.docx",
        "blocks": LA_BLOCKS,
        "gold": {
            "source_urls": [LA_URL],
            "province": "安徽",
            "doc_kind": "自评报告 (六安市供销社, 2018 省级“新网工程”项目, prose)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "新网工程资金", "kind": "sum", "total": 154, "parts": [134, 20], "unit": "万元"},
                {"metric": "新网工程实际拨付", "kind": "sum", "total": 114, "parts": [30, 30, 28, 26],
                 "unit": "万元"},
                {"metric": "新网工程资金", "kind": "budget", "planned": 154, "actual": 114, "stated_rate": None,
                 "unit": "万元"},
            ],
            "findings": [],
            "notes": (
                "六安市供销合作社联合社 (安徽) self-evaluation report to the provincial 供销社 and 财政厅 on the 2018 "
                "provincial 新农村现代流通网络工程 (新网工程) fund. Prose only, no indicator table and no goal text "
                "(section (一) reports results; section (二) on the 2019 plan is cut). The stored page ends in (二) "
                "at '2019年下达我市省级新农村现代流通网络'; the document stops there. Kept as found: the stray ')' in "
                "the title of 财建[2017]1832号 ('…工程资金)的通知'), the square brackets of that number next to the "
                "〔〕 of the others, and the slip '未于拨付' (for 未予). Sums check: 134 + 20 = 154; the four grants "
                "30 + 30 + 28 + 26 = 114 = the 实际拨付, which equals 154 − 40 (the 舒城县 grant held back). The "
                "budget fact has no stated rate (114/154 would be 74.03%). Judgement calls: the 40万元 shortfall "
                "comes with its reason (project behind schedule), so no deviation_reason_missing; no goal is "
                "stated, so no goal findings; no coverage finding on a prose report without an indicator section."),
        },
    },
]


def write_gold(source, gold):
    rec = {"source": source}
    rec.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, source + ".json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = write_docx(d["file"], d["blocks"])
        write_gold(d["file"], d["gold"])
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        if not no_pdf:
            export_pdf(path)
        write_gold(pdf, d["gold"])
        print("wrote", d["file"], "and", pdf)


if __name__ == "__main__":
    main()
