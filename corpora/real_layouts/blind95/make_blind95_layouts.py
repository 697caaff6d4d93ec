"""Blind part 95 of the real-layout corpus.

Each document reproduces the stored beginning of one public page (see SOURCES.md): layout, merged cells,
empty cells and defects as found; facts (names, values, units, scores, dates, numbers) as written; longer
sentences (scoring rules, goals, narrative) re-worded with the same numbers. The gold for every document is
written by hand in DOCS below, before anything ran on the files.

Run:  /tmp/venv/bin/python make_blind95_layouts.py [--no-pdf]
Writes <file>.docx|xlsx, <file>.pdf (LibreOffice) and annotations/<file>.json for each document.
DOCX/XLSX are deterministic: core properties pinned to 2025-01-01, zip entries rewritten in a fixed order
with a fixed date.
"""
import copy
import datetime
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "SimSun"


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def _pin_zip(path):
    """Rewrite the zip: fixed date, fixed (sorted, content types first) order, pinned core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = "2025-01-01T00:00:00Z"
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % stamp, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % stamp, txt)
            txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % stamp, txt)
            data = txt.encode("utf-8")
        out.append((name, data))
    out.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def _docx_base(landscape=False):
    d = Document()
    cp = d.core_properties
    cp.author = "blind95"
    cp.last_modified_by = "blind95"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(9)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = d.sections[0]
    if landscape:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Cm
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.5)
        sec.top_margin = sec.bottom_margin = Cm(1.5)
    return d


def _para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _cell(table, r, c, text):
    cell = table.cell(r, c)
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    p.add_run(lines[0])
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    return cell


def _wb_base():
    wb = Workbook()
    p = wb.properties
    p.creator = "blind95"
    p.lastModifiedBy = "blind95"
    p.created = FIXED
    p.modified = FIXED
    return wb


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _xl(ws, r, c, v, bold=False, wrap=True, border=True, center=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name=FONT, size=9, bold=bold)
    cell.alignment = Alignment(wrap_text=wrap, vertical="center",
                               horizontal="center" if center else "left")
    if border:
        cell.border = BOX
    return cell


def _xl_box(ws, r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BOX


def _landscape_fit(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# ----------------------------------------------------------------------------------------------
# 1. 岳阳 glj: 部门整体支出绩效评价评分表 (stored page opens with the table itself)
# ----------------------------------------------------------------------------------------------
YY_ROWS = [
    # (一级, 二级, 三级, 评分标准 (re-worded, same numbers), 分值, 自评得分, 扣分原因)
    ("投 入\n(15分)", "预算配置\n(15分)", "财政供养人员\n控制率",
     "标准为100%。在职人员控制率≦100%的计5分；超出时每多1个百分点扣0.5分，扣至0分为止。", 5, 5, None),
    (None, None, "“三公经费”\n变动率",
     "“三公经费”变动率≦0的计5分；\n“三公经费”>0时，每多1个百分点扣0.5分，扣至0分为止。", 5, 5, None),
    (None, None, "重点支出\n安排率",
     "安排率≥90%计5分；80%（含）-90%计4分；70%（含）-80%计3分；60%（含）-70%计2分；不足60%计0分。", 5, 5, None),
    ("过 程\n(40分)", "预算执行\n(15分)", "预算调整率",
     "调整率=0计3分；0-10%（含）计2分；10-20%（含）计1分；20-30%（含）计0.5分；超过30%计0分。", 3, 3, None),
    (None, None, "支付进度",
     "春节前应下达全部专项资金的50%；6月底前应把全部专项资金指标下达完毕。\n"
     "每有一个专项没有按进度下达资金扣0.5分，扣至0分为止。", 3, 3, None),
    (None, None, "资金结余",
     "没有结余计3分；有结余但不超过上年结转计2分；结余超过上年结转计0分。", 3, 3, None),
    (None, None, "“三公经费”\n控制率",
     "标准为100%。三公经费控制率≦100%计6分；\n每多1个百分点扣1分，扣至0分为止。", 6, 6, None),
    (None, "预算管理\n(15分)", "管理制度\n健全性",
     "①已经制定或已有预算资金管理办法以及内部财务管理、会计核算等制度，1分；\n"
     "②上述制度合法、合规、完整，1分；\n③上述制度得到有效执行，1分。", 3, 3, None),
    (None, None, "资金使用\n合规性",
     "①支出符合国家财经法规、财务管理制度和专项资金管理办法；\n②资金拨付审批程序和手续完整；\n"
     "③项目支出已按规定评估论证；\n④支出符合部门预算批复的用途；\n⑤资金没有截留、挤占、挪用、虚列支出等情况。\n"
     "发现一例不符合扣1分，扣至0分为止。", 3, 3, None),
    (None, None, "预决算信息公开性和完善性", "①", None, None, None),
]


def build_yueyang(path):
    wb = _wb_base()
    ws = wb.active
    ws.title = "Sheet1"
    heads = ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因和其他说明"]
    for c, h in enumerate(heads, 1):
        _xl(ws, 1, c, h, bold=True, center=True)
    r0 = 2
    for i, row in enumerate(YY_ROWS):
        r = r0 + i
        for c, v in enumerate(row, 1):
            _xl(ws, r, c, v, center=(c in (1, 2, 5, 6)))
    last = r0 + len(YY_ROWS) - 1
    # merged label columns as on the page: 投入 / 预算配置 over rows 2-4, 过程 over rows 5-11,
    # 预算执行 over 5-8, 预算管理 over 9-11 (the page is cut inside 预算管理)
    ws.merge_cells(start_row=2, start_column=1, end_row=4, end_column=1)
    ws.merge_cells(start_row=2, start_column=2, end_row=4, end_column=2)
    ws.merge_cells(start_row=5, start_column=1, end_row=last, end_column=1)
    ws.merge_cells(start_row=5, start_column=2, end_row=8, end_column=2)
    ws.merge_cells(start_row=9, start_column=2, end_row=last, end_column=2)
    _xl_box(ws, 1, 1, last, 7)
    for col, w in zip("ABCDEFG", (9, 10, 16, 62, 6, 8, 14)):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[1].height = 18
    for i, row in enumerate(YY_ROWS):
        n = sum(max(1, -(-len(ln) // 30)) for ln in row[3].split("\n"))
        n = max(n, len(row[2].split("\n")), 2)
        ws.row_dimensions[r0 + i].height = 13 * n + 4
    _landscape_fit(ws)
    wb.save(path)


# ----------------------------------------------------------------------------------------------
# 2. 云南 林业贴息贷款 评价指标评分表 (附件2; stored page opens with the table)
# ----------------------------------------------------------------------------------------------
YN_ROWS = [
    # (一级, 二级, 三级, 分值, 指标解释, 指标说明, 评分标准, 得分, 扣分原因)
    ("", "", "绩效目标合理性", "2",
     "项目设定的绩效目标是否有充分依据、是否切合客观实际，用来反映和考核绩效目标与项目实施是否相符。",
     "评价要点：①是否符合国家法律法规、国民经济发展规划和党委政府决策；②是否与项目实施单位或委托单位的职责密切相关；"
     "③项目是否为事业发展所必需；④项目预期的产出效益和效果是否符合正常业绩水平。",
     "①符合国家法律法规、国民经济发展规划和党委政府决策，得0.5分；②与实施单位或委托单位职责密切相关，得0.5分；"
     "③为事业发展所必需，得0.5分；④预期产出效益和效果符合正常业绩水平，得0.5分。",
     "2.00", ""),
    ("", "", "绩效指标明确性", "3",
     "按绩效目标设定的绩效指标是否清晰、细化、可衡量，用来反映和考核绩效目标的细化程度。",
     "评价要点：①是否已把绩效目标分解为具体绩效指标；②是否用清晰、可衡量的指标值体现；③是否与年度任务数或计划数对应；"
     "④是否与预算确定的投资额或资金量匹配。",
     "①绩效目标已分解为具体绩效指标，得1分；②用清晰、可衡量的指标值体现，得1分；③与年度计划数或任务对应，得0.5分；"
     "④与预算确定的投资额或资金量匹配，得0.5分。",
     "3.00", ""),
    ("", "", "项目申报合规性", "1",
     "项目申报是否符合《云南省林业厅关于加强林业贴息贷款项目管理的通知》的要求。",
     "评价要点：①申报贴息的项目是否符合我省林产业规划和当地产业发展要求、是否满足环评要求、对农民增收的带动作用是否明显；"
     "②项目申报资料是否符合要求；③项目申报程序是否符合要求。",
     "①申报贴息的项目符合要求，得0.5分，否则",
     "", ""),
]


def build_yunnan(path):
    d = _docx_base(landscape=True)
    _para(d, "附件2")
    heads = ["一级指标", "二级指标", "三级指标", "指标分值", "指标解释", "指标说明", "评分标准", "得分", "扣分原因"]
    t = d.add_table(rows=1 + len(YN_ROWS), cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        _cell(t, 0, c, h)
    for r, row in enumerate(YN_ROWS, 1):
        for c, v in enumerate(row):
            _cell(t, r, c, v)
    d.save(path)


# ----------------------------------------------------------------------------------------------
# 3. 江门 江海区: 预算绩效工作开展情况说明 (2018, short prose note on 重点评价 results)
# ----------------------------------------------------------------------------------------------
def build_jianghai(path):
    d = _docx_base()
    _para(d, "高新区(江海区)预算绩效工作开展情况说明", bold=True, center=True, size=14)
    _para(d, "文章来源:财政局  更新时间:2018-11-09 15:55", center=True)
    _para(d, "    项目支出绩效情况：区本级财政支出预算绩效管理项目里挑出7个项目做重点评价，所涉预算金额2298万元。"
             "第三方机构评审后，等级为优良（80分以上）的项目4个，占57%；等级为中（70-80分）的项目3个，占43%。")
    _para(d, "    总的看，多数项目决策较为合理，项目管理较规范，项目绩效较明显，改进措施也较得当。")
    _para(d, "    综合来看，随着财政绩效工作逐步深入，我区持续推动财政绩效工作，部门和单位对绩效评价越来越重视，"
             "本年度的事后绩效评价情况良好。")
    _para(d, "")
    _para(d, "高新区(江海区)预算绩效工作开展情况说明.doc")
    d.save(path)


# ----------------------------------------------------------------------------------------------
# gold
# ----------------------------------------------------------------------------------------------
def ind(level1, level2, name, weight=None, score=None, operator=None, value=None, unit=None,
        target_text=None, actual=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


DOCS = [
    {
        "file": "hn-yueyang-glj-dept-scoresheet.xlsx",
        "build": build_yueyang,
        "gold": {
            "source_urls": ["https://glj.yueyang.gov.cn/6173/6181/content_1705915.html"],
            "province": "湖南",
            "doc_kind": "部门整体支出绩效评价评分表 (自评, 评分标准/分值/自评得分)",
            "patterns": [1, 5],
            "indicators": [
                ind("投入", "预算配置", "财政供养人员控制率", 5, 5),
                ind("投入", "预算配置", "“三公经费”变动率", 5, 5),
                ind("投入", "预算配置", "重点支出安排率", 5, 5),
                ind("过程", "预算执行", "预算调整率", 3, 3),
                ind("过程", "预算执行", "支付进度", 3, 3),
                ind("过程", "预算执行", "资金结余", 3, 3),
                ind("过程", "预算执行", "“三公经费”控制率", 6, 6),
                ind("过程", "预算管理", "管理制度健全性", 3, 3),
                ind("过程", "预算管理", "资金使用合规性", 3, 3),
                ind("过程", "预算管理", "预决算信息公开性和完善性", None, None),
            ],
            "goals": [],
            "facts": [
                {"metric": "投入 分值 (预算配置)", "kind": "sum", "total": 15, "parts": [5, 5, 5], "unit": "分"},
                {"metric": "预算执行 分值", "kind": "sum", "total": 15, "parts": [3, 3, 3, 6], "unit": "分"},
            ],
            "findings": [],
            "notes": (
                "Page on glj.yueyang.gov.cn (a bureau site of 岳阳市, 湖南); the stored text opens directly with the "
                "score table, so there is no title, no unit name and no year, and the document invents none. Columns "
                "as on the page: 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明. "
                "一级 and 二级 labels carry their points in the cell ('投 入\\n(15分)', '预算配置\\n(15分)'); the "
                "page writes 投入 and 过程 with a space between the characters; the gold reads them as 投入 / 过程 "
                "and drops the '(15分)' suffix from level1/level2. The stored page ends inside the 预算管理 block: "
                "the row 预决算信息公开性和完善性 has only '①' of its scoring rule and no points; it is kept as an "
                "indicator row with every number null. Scoring rules (评分标准) are re-worded with the same "
                "thresholds and points; the page's slip in the 三公经费变动率 rule ('“三公经费”>0' where the "
                "变动率 is meant) is kept. The rows are evaluation criteria, not targets: there is no target "
                "column, so operator/value/unit/target_text are null and no missing-value finding is raised. "
                "Every 自评得分 equals its 分值 and the 扣分原因 column is empty, which is consistent. Weight sums "
                "checked: 投入/预算配置 15 = 5+5+5; 预算执行 15 = 3+3+3+6 (both hold). 过程(40分) cannot be "
                "checked (cut). No coverage finding: the table is cut before its 产出/效果 parts."
            ),
        },
    },
    {
        "file": "yn-unnamed-forestloan-scoresheet.docx",
        "build": build_yunnan,
        "gold": {
            "source_urls": ["https://m.777doc.com/doc-5341441.html"],
            "province": "云南",
            "doc_kind": "林业贴息贷款项目绩效评价指标评分表 (附件2, 指标解释/评分标准/得分)",
            "patterns": [5],
            "indicators": [
                ind(None, None, "绩效目标合理性", 2, 2.0),
                ind(None, None, "绩效指标明确性", 3, 3.0),
                ind(None, None, "项目申报合规性", 1, None),
            ],
            "goals": [],
            "facts": [],
            "findings": [],
            "notes": (
                "Document-sharing copy (777doc) of a 云南 林业贴息贷款 evaluation score sheet ('附件2'); the stored "
                "text opens with the header row and runs the cells together. Columns as given: 一级指标 | 二级指标 | "
                "三级指标 | 指标分值 | 指标解释 | 指标说明 | 评分标准 | 得分 | 扣分原因. The stored text gives no "
                "一级/二级 labels for these rows (probably merged cells lost by the sharing site), so they are "
                "left empty and level1/level2 are null. No unit, place or year is named, so the file name says "
                "'unnamed'; the province comes from the cited 《云南省林业厅关于加强林业贴息贷款项目管理的通知》. "
                "Scores written with two decimals (2.00, 3.00). The page stops inside the 评分标准 of "
                "项目申报合规性 ('…得0.5分，否则'), so that row has weight 1 and no score. Explanations and scoring "
                "rules are re-worded with the same points. Checks: the four 0.5-point items of 绩效目标合理性 add up "
                "to its 2 points and the 1+1+0.5+0.5 items of 绩效指标明确性 to its 3 points; both scores equal "
                "their weights. No finding: nothing in the fragment breaks a rule, and the sheet is cut far "
                "before any 产出/效益 part."
            ),
        },
    },
    {
        "file": "gd-jianghai-keyeval-results-note.docx",
        "build": build_jianghai,
        "gold": {
            "source_urls": ["http://www.jianghai.gov.cn/zwgk/zdlyxxgk/czgk/zfysgk/zfysgk2018/content/post_2300114.html"],
            "province": "广东",
            "doc_kind": "预算绩效工作开展情况说明 (重点评价结果等级分布, 文字)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "重点评价项目数", "kind": "sum", "total": 7, "parts": [4, 3], "unit": "个"},
                {"metric": "等级为优良的项目占比 (4个/7个)", "kind": "budget", "planned": 7, "actual": 4,
                 "stated_rate": 57, "unit": "%"},
                {"metric": "等级为中的项目占比 (3个/7个)", "kind": "budget", "planned": 7, "actual": 3,
                 "stated_rate": 43, "unit": "%"},
            ],
            "findings": [],
            "notes": (
                "江门市 高新区(江海区) 财政局 note of 2018-11-09 on its 重点评价 of 7 区本级 projects (2298万元), "
                "evaluated by a third party. The stored page is short and complete: title, source/date line, "
                "three paragraphs and the name of the attached .doc; site chrome (浏览数, 字体大小, 打印本页, "
                "保护视力色) is left out. Paragraphs re-worded with the same numbers. No indicator table, goals "
                "or per-project scores, so the gold has facts only. Checks: 4 + 3 = 7 projects; 4/7 = 57.1% "
                "(stated 57%) and 3/7 = 42.9% (stated 43%), both consistent at whole-percent precision; the two "
                "shares are recorded as budget-kind facts (planned = 7 projects, actual = the count). Judgement "
                "call: the note merges 优 and 良 into one band '优良(80分以上)' and defines 中 as '70-80分', which "
                "differs from the usual 中 60-80 band; no listed rule id fits a band definition without a "
                "project score, so nothing is flagged. Prose-only document (one of at most two)."
            ),
        },
    },
]


# ----------------------------------------------------------------------------------------------
def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        doc["build"](path)
        _pin_zip(path)
        base, _ = os.path.splitext(doc["file"])
        pdf = base + ".pdf"
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src in (doc["file"], pdf):
            g = {"source": src}
            g.update(copy.deepcopy(doc["gold"]))
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")
    print("wrote", len(DOCS), "documents")


if __name__ == "__main__":
    main()
