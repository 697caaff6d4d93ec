# -*- coding: utf-8 -*-
"""blind164: prior-review layouts (事前绩效评估 / 立项评审 / 绩效目标审核) with gold.

Gold first (as Python data), then the builders (python-docx), the PDF export
(LibreOffice, own profile), the annotations and the pdftotext check.
Run with /tmp/venv/bin/python.
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind164"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)


def ind(level1, level2, name, weight=None, target_text=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": None, "value": None,
            "unit": None, "target_text": target_text, "actual": None, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

# Doc 1: 专项债券项目前期(事前)绩效评价评分指标体系(参考), machine-converted traditional page.
# Rows: (level1, level2, 要点 text, weight cell text, total cell text)
D1_L1A = "項目實施的必要性、公益性和盈利性"
D1_L1B = "項目建設投資合規性及項目到期"
D1_L1C = "項目資金來源及可行性"
D1_L1D = "項目收入、成本、收入預測合理性"
D1_L1E = "債券資本需求的合理性"
D1_L1F = "償債計劃的可行性和風險點"
D1_L1G = "績效目標的合理性和目標的明確性"
D1_GROUPS = [
    # level1, group total cell, rows [(level2, text, weight_cell, weight)]
    (D1_L1A, "25", [
        (None, "是否與中央、省、省政府的決策部署、部門職能和規劃有關", "3", 3),
        (None, "(1)需求是否緊急", "5", 5),
        (None, "②是否存在可替代性", "5", 5),
        ("公益", "是否屬於公益", "6", 6),
        ("效率", "是否有明顯的經濟效益", "6", 6),
    ]),
    (D1_L1B, "12", [
        ("投資合規性及可行性", "①資金來源及渠道是否符合相關規定,融資程序是否科學規範", "2。", 2),
        ("投資合規性及可行性", "(2)事權、支出責任、財力是否匹配", "2。", 2),
        ("項目到期日", "①是否能形成債券資金使用當年的實物工作量", "6", 6),
        ("項目到期日", "②相關基礎設施條件能否得到有效保障", "2。", 2),
    ]),
    (D1_L1C, "10?", [
        ("到位資金支持合理性", "①財務等部門是否有其他資金重復投入", "5", 5),
        ("到位資金支持合理性", "②財政支持模式是否科學合理", "2", 2),
        ("籌資風險的可控性", "籌資風險是否可控,籌資能否及時到位", "3。", 3),
    ]),
    (D1_L1D, "21", [
        ("收入實現可能性", "①項目收入計算是否充分", "6", 6),
        ("收入實現可能性", "②項目收益是否容易受政策、市場環境等影響。", "5", 5),
        ("成本控制措施的有效性", "①成本計算是否充分", "5", 5),
        ("成本控制措施的有效性", "②成本控制措施是否科學有效", "5", 5),
    ]),
    (D1_L1E, "5", [
        (None, "投入產出比的合理性", "5", 5),
    ]),
    (D1_L1F, "12", [
        (None, "計劃的內容是否明確具體", "2", 2),
        ("償債計劃的可行性", "①償債計劃是否完整可行", "2", 2),
        ("償債計劃的可行性", "(2)償債計劃是否已經過前期論證", "2。", 2),
        ("過程控制的有效性", "①組織是否健全,職責分工是否明確", "2。", 2),
        ("過程控制的有效性", "②實施單位的業務和財務管理制度是否健全", "", None),
        ("過程控制的有效性", "③是否制定了有效的過程控制措施。", "", None),
    ]),
    (D1_L1G, "15?", [
        (None, "①績效目標的設定是否明確", "2", 2),
        (None, "(2)是否", "", None),
    ]),
]
D1_LIST = [
    "?1、專項債券項目績效評價指標體系(參考)",
    "?2、專項債券項目績效評價報告(參考樣本)",
    "?3、專項債券項目績效自評表",
    "?4、專項債券項目績效評價指南",
    "?5、專項債券項目績效評價指標體系(參考)",
    "?6、專項債券項目績效評估報告(大綱)",
]
D1_TITLE = "專項債券項目前期績效評價評分指標體系(參考)"

D1 = {
    "source": "quanguo-cankao-zhuanxiangzhaiquan-qianqipingfen-zhibiao.docx",
    "source_urls": ["http://npbww.com/gujishanben/bieyu0wlu6.html"],
    "province": None,
    "doc_kind": "事前绩效评估评分指标体系",
    "patterns": [1, 5, 8],
    "indicators": [ind(l1, l2, t, w) for (l1, _tot, rows) in D1_GROUPS for (l2, t, _wc, w) in rows],
    "goals": [],
    "facts": [
        {"metric": D1_L1A, "kind": "sum", "total": 25, "parts": [3, 5, 5, 6, 6], "unit": "分"},
        {"metric": D1_L1B, "kind": "sum", "total": 12, "parts": [2, 2, 6, 2], "unit": "分"},
        {"metric": D1_L1C, "kind": "sum", "total": 10, "parts": [5, 2, 3], "unit": "分"},
        {"metric": D1_L1D, "kind": "sum", "total": 21, "parts": [6, 5, 5, 5], "unit": "分"},
        {"metric": D1_L1E, "kind": "sum", "total": 5, "parts": [5], "unit": "分"},
        {"metric": D1_L1F, "kind": "sum", "total": 12, "parts": [2, 2, 2, 2], "unit": "分"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": D1_L1F,
         "why": "一级 total is 12 points but the rows that carry points add to 2+2+2+2 = 8; rows ② and ③ under "
                "過程控制的有效性 carry no points, so 4 points are unaccounted for on the page."},
    ],
    "notes": "National reference table for special-bond projects (no province). The stored page is a machine "
             "conversion (traditional characters, odd translations: 盈利性, 省政府 twice, 項目到期日, 事權, 財務等部門). "
             "On the page each row is flattened: label text, 要點 text and numbers run together, e.g. "
             "'...規劃有關325' = row points 3 + 一级 total 25, '...規範212。' = 2 + 12. I split them into a 5-column "
             "table (一級 merged down | 二級 merged down | 要點 | 分 | 一級合計 merged down), keeping the stray '。' and "
             "'?' after the numbers where they stand. Where a 一級/二級 label is glued to the first 要點 I chose the cut "
             "(judgement). Group totals shown add to 100. The stored page stops at the row '(2)是否' under "
             "績效目標的合理性和目標的明確性 (kept as a cut row, no points). Scoring rows have no targets: operator/value/"
             "unit/target_text null; weight = row points; no 得分 column.",
}

# Doc 2: 海南州科技项目专家评审表 (青海省 海南藏族自治州), .doc on book118.
D2_ROWS = [
    ("1", "选题合理性", 8, "选题合理性(8分):", "正确合理(7-8); 较合理(5-6); 基本合理(3-4); 不合理(0-2)。"),
    ("2", "研究内容", 10, "研究内容(10分)", "目标明确、清楚完整(8-10); 较完整清楚(4-7); 不清楚(0-3)。"),
    ("3", "创新性及先进性", 10, "创新性及先进性(10分)",
     "创新突出,国际先进(9-10); 国内先进(7-8); 省内先进(5-6); 州内先进(3-4); 县域内先进(1-2); 无创新(0)。"),
    ("4", "技术路线(工艺)", 10, "技术路线(工艺)(10分)",
     "合理可行(7-9); 较合理(5-6); 经改进完善后可行(2-4); 不可行(0-1)。"),
    ("5", "研究基础和前期研究成果", 10, "研究基础和前期研究成果(10分)",
     "成熟且充分(8-10); 较充分(6-7);有少量成果和基础(3-5); 不成熟(0-2)。"),
    ("6", "技术或市场前景", 10, "技术或市场前景(10分)",
     "全面提升产业技术水平,有非常好的应用前景或市场前景(9-10); 能够提升产业技术水平,有较好的应用前景或市场前景(7-8); "
     "对产业技术水平提升有作用,有一定的应用前景或市场前景(4-6); 技术水平低,无市场(0-3)。"),
    ("7", "经费预算", 12, "经费预算(12分)", "合理(10-12) ; "),
]
D2 = {
    "source": "qinghai-hainanzhou-kejixiangmu-zhuanjiapingshenbiao.docx",
    "source_urls": ["https://max.book118.com/html/2015/0708/20648920.shtm"],
    "province": "青海省",
    "doc_kind": "项目立项专家评审表",
    "patterns": [5, 6, 8],
    "indicators": [ind(None, None, name, w) for (_n, name, w, _h, _c) in D2_ROWS],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": "Pre-funding expert review form for 海南州 (青海省) science projects; project number prefix 2015-. "
             "The book118 page opens with the site's notice list (not reproduced). Each row holds the criterion "
             "with its points in the name ('选题合理性(8分):') and the grading bands in the same cell; the 打分 "
             "column is empty (template). Weights are taken from the '(N分)' in the name; scores null. The band of "
             "技术路线(工艺) tops at 9 although the row is worth 10 points (noted, no rule id fits). The stored page "
             "stops inside row 7 经费预算 after '合理(10-12) ;', so the shown weights add to 70, not 100.",
}

# Doc 3: 绩效目标审核(编审)评分方法 with ★◆■ noise (province not stated; 市本级).
D3_PARAS = [
    "2.预算单位应用。各预算部门按批复的预算绩效目标★◆同步做好绩效运行跟踪监控和绩效评价;所属单位用财政资金实施的"
    "政策和项目支出■◆◆★★■,由部门自主评定为“优良、一般◆◆、较差”三个等级之一◆■,评价结果及时用于■■■★“跟踪问效”★◆,"
    "项目责任人承担绩效终身责任。",
    "表中预算单位数暂按2019年市本级预算编制文本数量统计■★★■◆;各预算单位请按2020年度预算绩效目标实际编审情况◆◆■,"
    "主动与对应的第三方机构负责人对接。",
    "1★◆、目标预期实现进度(3分)。中长期项目须按年度、年度项目须按季度设定绩效目标预期实现进度★★■■★;进度应落到具体"
    "实施内容(即项目下一层级的细分事项,不是实施步骤)■■■,并按各项细化内容分别定出实施进度◆■★。评分方法项目未细化到"
    "具体实施内容的扣1★◆.0分;未按细化内容分别制定实施进度的■◆,每个错填◆◆、漏填的进度节点扣0.2分。",
    "3、以前年度项目绩效评价及整改情况(4分)。评分方法◆◆◆■★◆:■■■★“以前年度项目绩效评价情况★★”,重点看填写内容"
    "是否完整◆■■★★◆、准确,错填漏填的★■★★,扣0.2分项;★■■■◆■“整改落实情况”★★◆,看内容是否详实■★★、有无充分"
    "数据和资料支撑,否则酌情扣0.5-2■◆★■◆★.0分(注:以前年度未开展绩效评价的,此项分值平均分摊到另外两项内容)。",
    "(1)相关性(5分)。指设立的评价指标与绩效目标之间的对应和相关程度。评分方法:与绩效目标对应性★■■■◆◆、相关性不强的"
    "评价指标,扣0.5分/个★◆■■■★。",
    "2★◆、科学合理性(3分)■◆",
]
D3 = {
    "source": "weizhi-shibenji-jixiaomubiao-shenhepingfen.docx",
    "source_urls": ["https://8999123.com/html/uvmgxbogad/132.html"],
    "province": None,
    "doc_kind": "绩效目标审核评分办法",
    "patterns": [6, 8, 10],
    "indicators": [
        ind(None, None, "目标预期实现进度", 3),
        ind(None, None, "以前年度项目绩效评价及整改情况", 4),
        ind(None, None, "相关性", 5),
        ind(None, None, "科学合理性", 3),
    ],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": "Scoring rules a city (市本级, place not named on the stored page) gave third-party reviewers of "
             "budget-unit performance targets (2020 cycle, counts from 2019). The stored page starts mid-document "
             "('2.预算单位应用') and stops at '2★◆、科学合理性(3分)■◆'. The page is seeded with ★◆■ symbols, even inside "
             "numbers ('扣1★◆.0分', '0.5-2■◆★■◆★.0分'); kept where they stand. Numbering as found (1★◆、 / 3、 / (1) / 2★◆、). "
             "Review items are list paragraphs with points in the name; weight from '(N分)'. Longer sentences "
             "rewritten in my own words, numbers and symbols kept.",
}

# Doc 4: 山东 事前绩效评估 news (prose).
D4_PARAS = [
    "近年来,我省将事前绩效评估作为提升财政资源配置效率和资金使用效益的重要抓手,把预算绩效管理关口前移,项目入库之前先"
    "“把好门”,支出源头上先“算细账”,财政资金的绩效水平和保障能力明显增强。省财政厅数据表明,去年山东对1296个政策和项目"
    "开展了重点评估,核减预算162.7亿元。",
    "“哪些钱不该花?哪些钱必须花?必须花的钱怎样高效花?”围绕这三个问题,我省各级财政已全面建立“部门单位评估+财政审核+财政"
    "重点评估”的事前绩效评估机制,拟新增重大政策和项目须先论证预期绩效、再安排预算;论证不充分、设计不合理或预期绩效不理想的,"
    "一律不予立项。2021年,仅济南市市级财政部门就对1147个项目开展了事前绩效评估,涉及资金435.4亿元。",
    "评估结果何以“服众”?为防止事前绩效评估流于形式,山东强化财政审核,提升评估结果的权威性。省级把新增财政拨款预算1000万元"
    "以上的特定目标类项目列为事前绩效评估对象,2021年组织部门评估316项,财政逐项审核,重大政策和项目的入库质量明显提高。",
    "对资金需求大、社会关注度高的项目,财政部门在部门单位评估的基础上,还聘请第三方机构独立开展重点评估,防止重大项目"
    "“拍脑袋”决策、仓促上马造成资源浪费。编制2022年预算时,全省各级财政部门对1296个政策和项目开展重点评估,评估规模752.5亿元,"
    "依据评估结果核减预算162.7亿元。",
    "其中,省级财政对人防可视化指挥综合平台等6个重大政策项目开展了重点评估,对2个项目“不予支持”,对4个项目进一步调整完善,"
    "压减预算申请2.3亿元。烟台市在对计划投资10亿元的高铁新区水质净化厂及再生水利用工程项目",
]
D4 = {
    "source": "shandong-shengji-shiqianjixiaopinggu-baodao.docx",
    "source_urls": ["http://m.pvnews.cn/a/2022/0307/200020223.html"],
    "province": "山东省",
    "doc_kind": "事前绩效评估工作报道",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "省级重点评估的重大政策项目", "kind": "sum", "total": 6, "parts": [2, 4], "unit": "个"},
    ],
    "findings": [],
    "notes": "Prose only (news of Shandong's prior-assessment results for the 2022 budget). Rewritten in my own "
             "words, every number kept: 1296 policies/projects, 162.7亿元 cut (stated twice, consistent), 济南 1147 "
             "projects 435.4亿元, 省级 threshold 1000万元, 316 assessed, scale 752.5亿元, 6 = 2 不予支持 + 4 调整, 2.3亿元, "
             "烟台 10亿元. The stored page stops mid-sentence in the 烟台 example; the document stops there too. "
             "No title on the stored page; none added.",
}

# Doc 5: 河南省 事前绩效评估报告(参考格式) (prose template).
D5 = {
    "source": "henan-shengji-shiqianjixiaopinggu-baogaogeshi.docx",
    "source_urls": ["https://www.91miaoquan.com/fanwendaquan/gongwenfanwen/10099.html"],
    "province": "河南省",
    "doc_kind": "事前绩效评估报告(参考格式)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": "Prose template: cover fields and the outline of a 项目(政策)事前绩效评估报告 attached to 河南省事前绩效评估管理办法, "
             "as posted on a 范文 site (site navigation and the site's promo sentence not reproduced; title and date "
             "line kept). Typo kept: the cover title starts '目(政策)' (the 项 is missing). The stored page stops at "
             "'(三)绩效目标合理性/政策目'. No indicators, goals or numbers.",
}

DOCS = [D1, D2, D3, D4, D5]


# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------

def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = "blind164"
    cp.last_modified_by = "blind164"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
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


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_d1(path):
    doc = new_doc()
    for line in D1_LIST:
        para(doc, line)
    para(doc, D1_TITLE, bold=True, center=True, size=14)
    nrows = 1 + sum(len(rows) for (_l1, _t, rows) in D1_GROUPS)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    # header: 示範指標 over cols 0-1, 評價得分要點, (分) over cols 3-4
    h = t.rows[0].cells
    m = h[0].merge(h[1])
    set_cell(m, "示範指標", bold=True)
    set_cell(h[2], "評價得分要點", bold=True)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "(分)", bold=True)
    r = 1
    for (l1, total, rows) in D1_GROUPS:
        r0 = r
        for (l2, text, wcell, _w) in rows:
            set_cell(t.cell(r, 2), text)
            set_cell(t.cell(r, 3), wcell)
            r += 1
        r1 = r - 1
        # level1 and total merged down
        c = t.cell(r0, 0).merge(t.cell(r1, 0)) if r1 > r0 else t.cell(r0, 0)
        set_cell(c, l1)
        c = t.cell(r0, 4).merge(t.cell(r1, 4)) if r1 > r0 else t.cell(r0, 4)
        set_cell(c, total)
        # level2 runs merged down
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0] and rows[i][0] is not None:
                j += 1
            c = t.cell(r0 + i, 1).merge(t.cell(r0 + j, 1)) if j > i else t.cell(r0 + i, 1)
            set_cell(c, rows[i][0] or "")
            i = j + 1
    widths = [Cm(3.0), Cm(2.8), Cm(7.6), Cm(1.4), Cm(1.4)]
    t.autofit = False
    for ci, col in enumerate(t.columns):
        col.width = widths[ci]
    for row in t.rows:
        for ci, cell in enumerate(row.cells):
            cell.width = widths[ci]
    save_deterministic(doc, path)


def build_d2(path):
    doc = new_doc()
    para(doc, "海南州科技项目专家评审表", bold=True, center=True, size=15)
    para(doc, "项目名称:                                项目编号:2015-")
    t = doc.add_table(rows=1 + len(D2_ROWS), cols=3)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "序号", bold=True)
    set_cell(t.cell(0, 1), "评审内容及参考指标", bold=True)
    set_cell(t.cell(0, 2), "打分", bold=True)
    for i, (n, _name, _w, head, crit) in enumerate(D2_ROWS, start=1):
        set_cell(t.cell(i, 0), n)
        set_cell(t.cell(i, 1), head + "\n" + crit)
        set_cell(t.cell(i, 2), "")
    t.autofit = False
    for ci, col in enumerate(t.columns):
        col.width = [Cm(1.4), Cm(12.6), Cm(2.2)][ci]
    for row in t.rows:
        for ci, cell in enumerate(row.cells):
            cell.width = [Cm(1.4), Cm(12.6), Cm(2.2)][ci]
    save_deterministic(doc, path)


def build_paras(path, paras, title=None):
    doc = new_doc()
    if title:
        para(doc, title, bold=True, center=True, size=14)
    for p in paras:
        para(doc, p)
    save_deterministic(doc, path)


def build_d5(path):
    doc = new_doc()
    para(doc, "河南省事前绩效评估管理办法9篇", bold=True, center=True, size=15)
    para(doc, "时间:2022-10-13 10:10:06 来源:正远范文网")
    para(doc, "篇一:河南省事前绩效评估管理办法", bold=True)
    para(doc, "目(政策)事前绩效评估报告", bold=True, center=True, size=16)
    para(doc, "(参考格式)", center=True)
    t = doc.add_table(rows=5, cols=2)
    for i, lab in enumerate(["项目或政策名称:", "单位名称(章):", "主管部门:", "评估小组/评估机构(章):", "评估日期:"]):
        set_cell(t.cell(i, 0), lab)
        set_cell(t.cell(i, 1), "")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "项目(政策)事前绩效评估报告", bold=True, center=True, size=14)
    para(doc, "(参考格式)", center=True)
    for line in [
        "一、事前绩效评估对象基本情况",
        "(一)项目(政策)立项背景",
        "(二)项目(政策)主要内容",
        "(三)项目(政策)绩效目标",
        "(四)项目(政策)资金构成",
        "二、事前绩效评估工作开展情况",
        "(一)评估目的及对象。",
        "(二)评估思路及方式、方法。",
        "(三)评估工作程序。",
        "三、综合评估情况与评估结论",
        "(一)立项必要性/政策设立必要性。",
        "(二)投入经济性/政策保障充分性",
        "(三)绩效目标合理性/政策目",
    ]:
        para(doc, line, bold=line[0] in "一二三")
    save_deterministic(doc, path)


BUILDERS = {
    D1["source"]: build_d1,
    D2["source"]: build_d2,
    D3["source"]: lambda p: build_paras(p, D3_PARAS),
    D4["source"]: lambda p: build_paras(p, D4_PARAS),
    D5["source"]: build_d5,
}


# ---------------------------------------------------------------------------
# EXPORT, ANNOTATIONS, CHECK
# ---------------------------------------------------------------------------

def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    assert os.path.exists(pdf), pdf
    return pdf


def norm(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout)
    missing = []
    for i in gold["indicators"]:
        for key in ("name", "target_text"):
            if i.get(key) and norm(i[key]) not in txt:
                missing.append((key, i[key]))
    for g in gold["goals"]:
        if norm(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for gold in DOCS:
        src = os.path.join(HERE, gold["source"])
        BUILDERS[gold["source"]](src)
        pdf = export_pdf(src)
        for fname in (gold["source"], os.path.basename(pdf)):
            g = dict(gold)
            g["source"] = fname
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check_pdf(pdf, gold)
        print(gold["source"], "indicators", len(gold["indicators"]), "goals", len(gold["goals"]),
              "findings", len(gold["findings"]), "facts", len(gold["facts"]), "missing", miss)
        bad += len(miss)
    tot = {k: sum(len(d[k]) for d in DOCS) for k in ("indicators", "goals", "findings", "facts")}
    print("TOTAL", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
