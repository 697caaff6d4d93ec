#!/usr/bin/env python3
"""Build the blind134 part of jixiao's real-layout corpus.

Three documents reproducing the layout of stored public pages (social-welfare
funds, 2021-2024).  The gold answers (GOLD below) were written by an annotator
who has not read the toolkit's code, before any tool looked at the files.

Run:  /tmp/venv/bin/python make_blind134_layouts.py
Writes DOCX files, their PDFs (LibreOffice) and annotations/<file>.json, then
checks that every gold name, target text, goal text and finding item is in the
text of each PDF (pdftotext, whitespace ignored).
"""
import copy
import datetime as dt
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
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

# ---------------------------------------------------------------------------
# Gold (written first)
# ---------------------------------------------------------------------------
F1 = "hubei-qianjiang-minzheng-bumenzhengti-pingjiabaogao.docx"
F2 = "neimenggu-bayannaoer-kunnanqunzhong-jiuzhu-zipingbaogao.docx"
F3 = "sichuan-wanyuan-kunnanqunzhong-jiuzhu-zipingbaogao.docx"


def _row(name, weight, score):
    return {"level1": None, "level2": None, "name": name, "operator": None,
            "value": None, "unit": None, "target_text": None, "actual": None,
            "weight": weight, "score": score}


GOLD = {
    F1: {
        "source_urls": ["https://www.hbqj.gov.cn/sczj/xwzx/gsgg/202512/t20251210_5831340.html"],
        "province": "湖北省",
        "doc_kind": "部门整体支出绩效评价报告",
        "patterns": [1, 10],
        "indicators": [
            _row("运行成本", 8, 6),
            _row("管理效率", 22, 19.85),
            _row("履职效能", 43, 41),
            _row("社会效应", 17, 13.5),
            _row("可持续发展能力", None, None),
        ],
        "goals": [],
        "facts": [
            {"metric": "2024年部门预算收入", "kind": "sum", "total": 27360.5,
             "parts": [25216.89, 523.35, 486.47, 1133.79], "unit": "万元"},
            {"metric": "2024年实际完成收入", "kind": "sum", "total": 37523.68,
             "parts": [26652.41, 8982.84, 690.48, 1197.95], "unit": "万元"},
            {"metric": "2024年预算支出", "kind": "sum", "total": 27360.5,
             "parts": [3183.78, 1117.1, 23059.62], "unit": "万元"},
            {"metric": "2024年实际支出", "kind": "sum", "total": 37124.2,
             "parts": [2937.64, 982.98, 33203.58], "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "比预算增加35%",
             "why": "实际支出37,124.2万元比预算支出27,360.5万元增加9,763.7万元,即35.7%,"
                    "按整数取舍应为36%,文中写35%(疑为截尾而非四舍五入)。"},
        ],
        "notes": (
            "Stored page (hbqj.gov.cn, 2024年度潜江市民政局部门整体支出绩效评价报告) stops inside 表1, "
            "on the row '5 | 可持续发展能力 |' (no 分值/扣分/得分); the 满意度情况 row named in the text is not in "
            "the stored copy, so the table ends with that cut row and the document ends there. Kept as found: "
            "amounts with thousands separators (27,360.5; 1,117.1), '分 值'/'扣 分'/'得 分' with a space in the "
            "header, 评价等级 filled only once ('优'); I rendered that column as one cell merged down the five "
            "rows (judgement call: the page text shows '优' in row 1 and empty cells below). Indicator rows: the "
            "table's rows are 一级指标 names with 分值 and 得分 only; I put the name in 'name' and left level1/"
            "level2 null because the document gives no parent level (judgement call). 可持续发展能力 is kept as "
            "a row with weight/score null because the page is cut there. The 重点工作 paragraph is paraphrased "
            "and is not a goal (no 目标 wording), so goals is empty. Arithmetic checked: all four money totals "
            "add up; 分值-扣分=得分 holds on the four complete rows; the four rows' 得分 sum to 80.35 and the "
            "stated total 90.35 leaves 10 for the cut rows, which is possible, so no score_total finding; "
            "90.35 -> 优 is consistent. Only finding: the 35% growth rate (35.69% recomputed)."
        ),
    },
    F2: {
        "source_urls": ["http://mzj.bynr.gov.cn/tzgg/202406/t20240621_598094.html"],
        "province": "内蒙古自治区",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2023年中央财政下达困难群众救助补助资金", "kind": "sum", "total": 35331.2,
             "parts": [5079.16, 4035.12, 6684.17, 5134.25, 8056.43, 2995.07, 2803, 50, 58, 350, 86],
             "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Stored page (mzj.bynr.gov.cn, 巴彦淖尔市民政局 2023年困难群众救助补助资金 self-evaluation, published "
            "2024-06-20, '来源:大声道' as found) has no title line in the stored copy: it begins with empty "
            "table-rule characters, the date and source, then '一、绩效目标分解下达情况'. I kept it without a "
            "title (the file name carries the topic). The page stops in '二、(一) 2.' after '各旗县区、直属单位已'; "
            "the document stops there. The long narrative paragraphs are paraphrased (own words), numbers kept: "
            "35331.2万元, 30日内, and the allocation list kept as written, including '救助站86万' (unit '万' "
            "without 元, as found). Sum checked: the eleven parts add up to 35331.2 exactly, so no sum finding. "
            "No indicator table and no stated targets are in the stored part (prose-only document). The first "
            "section, though titled 绩效目标分解下达情况, states only achievements in vague words (逐步提高, 不断提高, "
            "满意度较高) and no goal; I did not record it as a goal and raised no goal finding, because the goals "
            "themselves are not in the stored text (judgement call)."
        ),
    },
    F3: {
        "source_urls": ["http://www.wanyuan.gov.cn/xxgk-show-96990.html"],
        "province": "四川省",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],  # filled below from GOALS3
        "facts": [],
        "findings": [],  # filled below
        "notes": (
            "Stored page (wanyuan.gov.cn, 万源市民政局 2021年度困难群众救助补助专项转移支付资金绩效自评报告, "
            "published 2022-08-12) stops in '(三)市县资金安排…' after '临时救助、事实无'; the document stops there. "
            "Kept as found: the malformed document numbers (川财社〔2020165号, 川财社〔202143号, 川财社〔202127号, "
            "万财预〔20211号 - closing bracket and year/number separator lost), '点击数:人次' with no number, "
            "'作者:admin'; in section (一) the three 年度总体目标 run together in one paragraph with no "
            "punctuation between goal 1 and goal 2 ('…幸福指数2.切实…'), and 一卡通 without quotes; in section "
            "(二) the same three goals are repeated as a list with quotes around 一卡通. The goal sentences are "
            "lightly reworded (own words) but keep the vague verbs (提升, 提高, 有效提升) and contain no number, "
            "exactly like the source. Goals: six entries (three per section). Findings: every goal lacks a number "
            "(goal.unquantified, 6); goals 2 and 3 describe running a payment system and pushing data, i.e. "
            "process, not results (goal.process_only, 4). I did not flag the verbatim repetition of the goals "
            "between the 中央 and 省级 sections (no rule fits goals exactly; recorded here). Amounts 9056万元, "
            "804万元 and 2040.56万元 are stated without a total in the stored part, so facts is empty."
        ),
    },
}

# goals of doc 3, exactly as written in the document
G3_INLINE = [
    "1.提升城乡低保、特困供养、临时救助、事实无人抚养儿童、孤儿生活保障及流浪乞讨人员等救助对象的获得感、幸福指数",
    "2.切实保障代发系统一卡通信息系统安全、高效运行,提高数据采集的质量和速度",
    "3.加快推进一卡通代发数据工作,有效提升综合监管、宣传引导、经办服务等救助保障服务能力。",
]
G3_LIST = [
    "1.提升城乡低保、特困供养、临时救助、事实无人抚养儿童、孤儿生活保障及流浪乞讨人员等救助对象的获得感、幸福指数。",
    "2.切实保障代发系统“一卡通”信息系统安全、高效运行,提高数据采集的质量和速度。",
    "3.加快推进“一卡通”代发数据工作,有效提升综合监管、宣传引导、经办服务等救助保障服务能力。",
]
for i, g in enumerate(G3_INLINE + G3_LIST):
    GOLD[F3]["goals"].append({"kind": "年度目标", "text": g})
    GOLD[F3]["findings"].append({
        "rule": "goal.unquantified", "item": g,
        "why": "年度总体目标只有提升/提高/有效提升等表述,无任何数值、基数或时限。"})
    if i % 3 in (1, 2):
        GOLD[F3]["findings"].append({
            "rule": "goal.process_only", "item": g,
            "why": "目标描述的是代发系统运行和数据推送等管理过程,而非救助产出或效果。"})


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def new_doc(title_for_props):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = "blind134"
    cp.last_modified_by = "blind134"
    cp.title = title_for_props
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def para(d, text, bold=False, center=False, size=None):
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


def set_cell(cell, text, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    r.font.size = Pt(10)


def save_docx(d, path):
    d.save(path)
    # rewrite the zip with fixed timestamps so the DOCX is byte-stable
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# Document 1: 潜江市民政局 2024 部门整体支出绩效评价报告 (Hubei)
# ---------------------------------------------------------------------------
def build_f1(path):
    d = new_doc("2024年度潜江市民政局部门整体支出绩效评价报告")
    para(d, "2024年度潜江市民政局部门整体支出绩效评价报告", bold=True, center=True, size=15)
    para(d, "一、基本情况", bold=True)
    para(d, "2024年民政局部门预算收入27,360.5万元,其中:一般公共预算财政拨款收入25,216.89万元,"
            "政府性基金预算财政拨款收入523.35万元,其他收入486.47万元,年初结转和结余1,133.79万元。"
            "2024年,实际完成收入37,523.68万元,其中:一般公共预算财政拨款收入26,652.41万元,"
            "以省级专项资金拨款为主;政府性基金预算财政拨款收入8,982.84万元;其他收入690.48万元,"
            "以非税收入为主;年初结转和结余1,197.95万元。2024年民政局预算支出27,360.5万元,其中:"
            "人员经费支出3,183.78万元,公用经费支出1,117.1万元,项目资金支出23,059.62万元。2024年,"
            "民政局实际支出37,124.2万元,比预算增加35%,其中:人员经费支出2,937.64万元;公用经费支出"
            "982.98万元;项目资金支出33,203.58万元,增加部分主要来自省级专项资金支出和民政事业园项目支出。")
    para(d, "2024年度市民政局的重点工作是:抓好党风廉政建设,履行保障群众基本生活权益的职能,"
            "负责全市城乡居民最低生活保障、农村五保供养、城市生活无着的流浪乞讨人员救助管理,"
            "以及老龄工作、养老服务、社会福利、社会组织管理、行政区划地名管理、婚姻登记、"
            "社会收养、殡葬改革和慈善募捐发行等工作。")
    para(d, "二、绩效评价分数与等级", bold=True)
    para(d, "市民政局2024年度部门整体支出绩效评价按运行成本、管理效率、履职效能、社会效应、"
            "可持续发展能力和满意度情况六个维度打分,考评得分为90.35分,评价等级为“优”,"
            "各项得分见下表:")
    para(d, "表1:部门整体支出绩效评价得分明细表", center=True)
    rows = [
        ["序号", "一级指标", "分 值", "扣 分", "得 分", "评价等级"],
        ["1", "运行成本", "8", "2", "6", "优"],
        ["2", "管理效率", "22", "2.15", "19.85", ""],
        ["3", "履职效能", "43", "2", "41", ""],
        ["4", "社会效应", "17", "3.5", "13.5", ""],
        ["5", "可持续发展能力", "", "", "", ""],
    ]
    t = d.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    # 评价等级 written once, merged down the indicator rows
    m = t.cell(1, 5).merge(t.cell(5, 5))
    set_cell(m, "优")
    save_docx(d, path)


# ---------------------------------------------------------------------------
# Document 2: 巴彦淖尔市 2023 困难群众救助补助资金 自评报告 (Inner Mongolia)
# ---------------------------------------------------------------------------
def build_f2(path):
    d = new_doc("巴彦淖尔市困难群众救助补助资金2023年度绩效自评报告")
    para(d, "发布时间:2024-06-20 08:17:00")
    para(d, "来源:大声道")
    para(d, "一、绩效目标分解下达情况", bold=True)
    para(d, "困难群众救助补助资金是用于城乡低保、特困人员救助供养、临时救助、孤儿救助和流浪乞讨人员"
            "救助工作的资金。2023年,我市困难群众保障工作成效明显:保障标准逐步提高,救助资金发放"
            "及时到位,各项社会救助制度逐步完善,申请和审批程序更加规范,救助的公平、公正、公开水平"
            "不断提高,政策宣传持续推进,困难群众对政策的知晓率逐步提高,对社会救助政策落实情况满意度"
            "较高,困难群众得到及时帮助,基本生活有一定改善。资金的及时发放对维护社会稳定与和谐起到了"
            "积极作用,社会效益较好,绩效目标完成情况良好。2023年中央财政下达我市困难群众救助补助资金"
            "35331.2万元,主要用于城乡低保、特困人员救助供养、临时救助、孤儿救助和流浪乞讨人员救助工作。")
    para(d, "二、绩效情况分析", bold=True)
    para(d, "(一)资金情况分析")
    para(d, "为保证各项资金按时足额发放到位、提高资金使用效率,我市加强部门间协调配合,调整资金支出"
            "结构,完善补助资金拨付运行机制,建立资金发放监测长效机制,将上级下拨资金在30日内分配到"
            "各旗县区,确保中央财政一般公共预算补助资金及时匹配到位。")
    para(d, "1.2023年中央财政下达我市困难群众救助补助资金35331.2万元,其中,磴口县5079.16万元;"
            "杭锦后旗4035.12万元;临河区6684.17万元;五原县5134.25万元;乌拉特前旗8056.43万元;"
            "乌拉特中旗2995.07万元;乌拉特后旗2803万元;儿童福利院50万元;社会福利院58万元;"
            "精神病康复福利院350万元;救助站86万。")
    para(d, "2.2023年中央财政下达我市困难群众救助补助资金35331.2万元,各旗县区、直属单位已")
    save_docx(d, path)


# ---------------------------------------------------------------------------
# Document 3: 万源市 2021 困难群众救助补助专项转移支付资金 自评报告 (Sichuan)
# ---------------------------------------------------------------------------
def build_f3(path):
    d = new_doc("万源市民政局关于2021年度困难群众救助补助专项转移支付资金绩效自评报告")
    para(d, "万源市民政局 关于2021年度困难群众救助补助专项转移支付资金绩效自评报告",
         bold=True, center=True, size=14)
    para(d, "来源:万源市民政局    作者:admin    发布日期:2022-08-12    点击数:人次")
    para(d, "一、绩效目标分解下达情况", bold=True)
    para(d, "(一)中央下达困难群众救助转移支付预算和绩效目标情况")
    para(d, "2021年我局共收到中央下达困难群众救助补助资金9056万元(川财社〔2020165号、川财社〔202143号)。"
            "这笔资金主要用于城乡低保、特困供养、临时救助、事实无人抚养儿童、孤儿生活保障及流浪乞讨"
            "人员救助补助支出。年度总体目标:" + "".join(G3_INLINE))
    para(d, "(二)省内资金安排、分解下达预算和绩效目标情况")
    para(d, "省级下达资金804万元(川财社〔2020165号、川财社〔202127号、川财社〔202143号)。这笔资金主要"
            "用于城乡低保、特困供养、临时救助、事实无人抚养儿童、孤儿生活保障及流浪乞讨人员救助补助支出。")
    para(d, "年度总体目标:")
    for g in G3_LIST:
        para(d, g)
    para(d, "(三)市县资金安排、分解下达预算和绩效目标情况")
    para(d, "市县下达资金2040.56万元(万财预〔20211号)。这笔资金主要用于城乡低保、特困供养、临时救助、事实无")
    save_docx(d, path)


BUILDERS = {F1: build_f1, F2: build_f2, F3: build_f3}


# ---------------------------------------------------------------------------
def to_pdf(docx_path):
    outdir = os.path.dirname(docx_path)
    prof = tempfile.mkdtemp(prefix="lo134_")
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(int(FIXED.replace(tzinfo=dt.timezone.utc).timestamp())))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    shutil.rmtree(prof, ignore_errors=True)
    pdf = os.path.splitext(docx_path)[0] + ".pdf"
    # pin the PDF's dates and ID so repeated runs give the same bytes
    with open(pdf, "rb") as fh:
        b = fh.read()
    b = re.sub(rb"/(?:CreationDate|ModDate)\s*\(D:[^)]*\)", _pin_date, b)
    b = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
               lambda m: re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">",
                                m.group(0)), b)
    b = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+",
               lambda m: re.sub(rb"/[0-9A-Fa-f]+$", lambda h: b"/" + b"0" * (len(h.group(0)) - 1), m.group(0)), b)
    with open(pdf, "wb") as fh:
        fh.write(b)
    return pdf


def _pin_date(m):
    """Replace the digits of a PDF date with a fixed date, keeping the length."""
    fixed = iter("2025010100000000000000")
    return re.sub(rb"[0-9]", lambda d: next(fixed).encode(), m.group(0))


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    text = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                               text=True, check=True).stdout)
    text2 = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                text=True, check=True).stdout)
    missing = []
    probes = []
    for ind in gold["indicators"]:
        probes += [ind["name"], ind["target_text"]]
    probes += [g["text"] for g in gold["goals"]]
    probes += [f["item"] for f in gold["findings"]]
    for p in probes:
        if p and norm(p) not in text and norm(p) not in text2:
            missing.append(p)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, builder in BUILDERS.items():
        path = os.path.join(HERE, fname)
        builder(path)
        pdf = to_pdf(path)
        for f in (fname, os.path.basename(pdf)):
            g = copy.deepcopy(GOLD[fname])
            out = {"source": f}
            out.update(g)
            with open(os.path.join(ANN, f + ".json"), "w", encoding="utf-8") as fh:
                json.dump(out, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check_pdf(pdf, GOLD[fname])
        if miss:
            bad += 1
            print("MISSING in", os.path.basename(pdf), miss, file=sys.stderr)
        else:
            print("ok", os.path.basename(pdf))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
