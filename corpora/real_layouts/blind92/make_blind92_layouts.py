#!/usr/bin/env python3
"""Blind part 92 of the real-layout corpus: build the documents and their gold.

Each document reproduces the beginning of one stored public page (see SOURCES.md): facts (names, amounts,
counts, dates, document numbers) as the page writes them, defects kept, longer sentences in our own words
with the same numbers. The gold in DOCS was written by hand from the pages before anything ran on the files.

Usage: make_blind92_layouts.py [--no-pdf]
Writes <name>.docx (+ <name>.pdf through LibreOffice) and annotations/<file>.json next to this script.
The DOCX files are deterministic: core properties pinned to 2025-01-01 and every zip entry rewritten with a
fixed date in a fixed (sorted) order.
"""
import copy
import datetime as dt
import json
import os
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
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------- document 1
# 河南, a city finance bureau (the stored mirror names no city): 2024 publication of the performance targets
# of ten key projects. The mirror (jlslash.com) renders the page in traditional characters; kept as found.
HA_PARAS = [
    ("p", "為落實預算績效全方位、全過程、全覆蓋的管理要求,市財政局把績效目標審核作為預算編制的前置環節,"
          "由業務科室、績效科和第三方機構按“業務科室+績效科+第三方機構”的方式集中審核項目支出績效目標,"
          "壓實業務科室作為預算單位的審核責任,形成財政與預算單位共同把關的格局,從源頭上提高績效目標的"
          "完整性、相關性、適當性和可行性。截至市十四屆人大二次會議召開時,市財政局已審核通過市直各單位"
          "預算項目1296個,涉及財政資金43.13億元。"),
    ("p", "2024年,按照市委、市政府的部署和市政府工作報告確定的重點任務,結合市重點民生實事,現將重大政策"
          "和重點項目的績效目標向社會公開。本次公開項目10個,涉及財政資金6692.8萬元,具體如下:"),
    ("li", "1.青年人才生活補貼 2293萬元;"),
    ("li", "2.基本公共衛生服務項目市級配套經費 1144萬元;"),
    ("li", "3.文旅融合發展專項資金 1000萬元;"),
    ("li", "4.殘疾兒童康復救助項目 564.4萬元;"),
    ("li", "5.農業防災減災和水利救災資金(動物防疫補助支出方向) 336.4萬元;"),
    ("li", "6.促消費專項資金 300萬元;"),
    ("li", "7.應急管理治理工作經費 300萬元;"),
    ("li", "8.人人持證、技能河南 300萬元;"),
    ("li", "9.市級水利發展資金 255萬元;"),
    ("li", "10.2024年養老服務業專項資金 200萬元。"),
]

# --------------------------------------------------------------------------- document 2
# 山西 临汾经济开发区 财政金融部, 2024-01-08: notice of the 2023 round of evaluation results (2022 projects).
# The two grade sentences are reproduced exactly, with the grade words the page lost.
SX_PARAS = [
    ("title", "财政金融部关于2023年全区绩效评价结果情况的通报"),
    ("center", "2024-01-08"),
    ("p0", "滨河办事处,各部、局、办、公司"),
    ("p", "按照《临汾经济开发区全面实施预算绩效管理实施方案》临开党发〔2020〕57号要求,我部从2022年度项目中"
          "挑选14个重点项目或重大民生项目,以及覆盖面广、影响力大、社会关注度高的项目,开展重点绩效评价,"
          "涉及财政资金8471.18万元;另挑选2个单位开展部门(单位)整体支出绩效评价,涉及财政资金21765.91万元。"
          "评价结果通报如下:"),
    ("h", "一、重点项目评价情况"),
    ("p", "重点绩效评价的14个项目,评价结果等级为“优”的4个、“良”的7”的3个。"),
    ("h", "二、整体支出评价情况"),
    ("p", "整体支出绩效评价的2个项目,评价结果等级为“”的2个。"),
    ("p", "各预算单位要按照全面实施绩效管理的要求,认真对待重点评价报告和整体支出评价报告指出的问题,"
          "查明原因,落实整改,并形成整改工作报告。"),
    ("p", "下一步将依照临汾经济开发区财政金融部关印发<临汾经济开发区部门预算财政支出绩效评价结果应用(暂行)办法>"
          "的通知临开财发202053号)的规定,加大评价结果运用力度,把评价结果作为安排下一年度预算的重要依据。"),
    ("p0", "附件:"),
    ("right", "2024年1月8日"),
    ("right", "财政金融部"),
]

DOCS = [
    {
        "file": "ha-unnamedcity-keyproject-targets-notice.docx",
        "paras": HA_PARAS,
        "gold": {
            "source_urls": ["http://jlslash.com/article/21163.html"],
            "province": "河南",
            "doc_kind": "绩效目标公开 (市财政局公开重大政策和重点项目绩效目标的说明, 项目与金额逐条列出, 繁体镜像)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "重大政策和重點項目績效目標公開 財政資金", "kind": "sum", "total": 6692.8,
                 "parts": [2293, 1144, 1000, 564.4, 336.4, 300, 300, 300, 255, 200], "unit": "万元"},
            ],
            "findings": [],
            "notes": (
                "Stored page: a mirror (jlslash.com) of a 河南 city finance bureau text; the mirror renders it in "
                "traditional characters and the document keeps that script. The stored text starts directly with the "
                "first paragraph (no title, no date, no city name; '人人持證、技能河南' places it in 河南, the city "
                "cannot be read) and ends with item 10 ('200萬元。'), which looks like the end of the article. "
                "Layout: two paragraphs (rewritten in our own words with the same numbers: 1296個, 43.13億元, 10個, "
                "6692.8萬元, '市十四屆人大二次會議', the quoted '業務科室+績效科+第三方機構' method) and a numbered "
                "list of ten projects with their amounts, copied as written (names, parenthesis, '2024年養老服務業專項資金'). "
                "Arithmetic checked: the ten amounts add up to 6692.8萬元 (2293+1144+1000+564.4+336.4+300+300+300+255+200) "
                "and the list has 10 items, so the sum fact is consistent and no consistency finding is given. "
                "No indicator table, no goal text (the page announces that targets are published but shows none), "
                "so indicators and goals are empty and no coverage or goal finding is given; the 1296 projects / "
                "43.13億元 figures have no parts and give no fact. Prose-only document (one of the two allowed)."
            ),
        },
    },
    {
        "file": "sx-linfen-kfq-evalresults-notice.docx",
        "paras": SX_PARAS,
        "gold": {
            "source_urls": ["http://kfq.linfen.gov.cn/xwzx/tzgg/202401/t20240109_301232.html"],
            "province": "山西",
            "doc_kind": "评价结果通报 (临汾经济开发区财政金融部 2023年全区绩效评价结果通报, 等级分布写在正文)",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "重点绩效评价项目个数 (按等级)", "kind": "sum", "total": 14, "parts": [4, 7, 3],
                 "unit": "个"},
                {"metric": "整体支出绩效评价项目个数 (按等级)", "kind": "sum", "total": 2, "parts": [2],
                 "unit": "个"},
            ],
            "findings": [],
            "notes": (
                "Stored page: notice of 财政金融部, 临汾经济开发区 (临汾, 山西), dated 2024-01-08, on the 2023 round of "
                "evaluations (which covered 2022 projects). The document keeps the title, date line, addressee, the "
                "two numbered sections, the closing paragraphs, the empty '附件:' line and the date/issuer signature; "
                "the site chrome before the title (breadcrumb, '【字体:') and the site footer after the signature "
                "(网站地图, 主办/承办, ICP numbers) are left out as page furniture. The stored page ends with that "
                "footer, so the whole notice is present. Kept exactly as found: the garbled grade sentence "
                "'评价结果等级为“优”的4个、“良”的7”的3个' (the third grade word is lost) and '评价结果等级为“”的2个' "
                "(the grade word is empty), '关印发' (missing 于), '<…办法>的通知临开财发202053号)' (brackets of the "
                "document number lost). The two explanatory paragraphs are rewritten in our own words with the same "
                "numbers (14个, 8471.18万元, 2个, 21765.91万元, 临开党发〔2020〕57号). Facts: the grade counts 4 + 7 + 3 = 14 "
                "match the 14 projects; 2 = 2 for the whole-spending evaluations; no scores are given, so no grade "
                "fact and no consistency.grade finding (the missing grade words are a defect no listed rule covers; "
                "it is recorded here only). The amounts 8471.18万元 and 21765.91万元 have no parts or rates. No "
                "indicator table and no goal text, so no target, goal or coverage finding. Patterns: 10 (results as "
                "counts of grades in prose), 8 (attachment line and signature block). Prose-only document (one of the "
                "two allowed)."
            ),
        },
    },
]


# --------------------------------------------------------------------------- builders
def _set_font(run, size=12, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def build_docx(path, paras):
    doc = Document()
    for kind, text in paras:
        p = doc.add_paragraph()
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(text), size=16, bold=True)
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(p.add_run(text), size=11)
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_font(p.add_run(text))
        elif kind == "h":
            _set_font(p.add_run(text), bold=True)
        elif kind == "li":
            p.paragraph_format.left_indent = Pt(24)
            _set_font(p.add_run(text))
        elif kind == "p0":
            _set_font(p.add_run(text))
        else:  # body paragraph with first-line indent
            p.paragraph_format.first_line_indent = Pt(24)
            _set_font(p.add_run(text))
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    tmp = path + ".tmp"
    doc.save(tmp)
    normalise_zip(tmp, path)
    os.remove(tmp)


def normalise_zip(src, dst):
    with zipfile.ZipFile(src) as zin:
        items = sorted((i.filename, zin.read(i.filename)) for i in zin.infolist())
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def export_pdf(path):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def write_gold(fname, gold):
    data = {"source": fname}
    data.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        build_docx(path, d["paras"])
        write_gold(d["file"], d["gold"])
        if not no_pdf:
            pdf = export_pdf(path)
            write_gold(os.path.basename(pdf), d["gold"])
        print("wrote", d["file"])


if __name__ == "__main__":
    main()
