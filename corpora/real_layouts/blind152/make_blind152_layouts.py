#!/usr/bin/env python3
"""blind152: real-layout documents (commerce / grain reserves / supply-and-marketing cooperatives).

The gold comes first, written from the stored pages before any file was built.
Then the DOCX/XLSX are built (python-docx / openpyxl), made byte-deterministic,
exported to PDF with LibreOffice (own profile), the annotations are written, and
every indicator name, target text, goal text and finding item is checked against
the pdftotext output of the PDF (whitespace ignored).

Run:  /tmp/venv/bin/python make_blind152_layouts.py
"""
import copy
import datetime as _dt
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "blind152"
ANN = os.path.join(HERE, "annotations")

# ---------------------------------------------------------------------------
# GOLD (from the pages, as they stand; see SOURCES.md)
# ---------------------------------------------------------------------------

def ind(level1, level2, name, weight=None, score=None, operator=None, value=None,
        unit=None, target_text=None, actual=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


GOLD = {}

# 1. 安徽 六安 — 农村电商民生工程绩效评价得分表 (score table, one column per county)
GOLD["anhui-luan-nongcundianshang-defenbiao.xlsx"] = {
    "source_urls": ["http://swj.luan.gov.cn/ztzl/msgc/4148851.html"],
    "province": "安徽省",
    "doc_kind": "绩效评价得分表",
    "patterns": [1, 5, 6],
    "indicators": [
        ind("投入(18分)", "项目申报管理(13分)", "奖补政策合规性", weight=6, score=6),
        ind("投入(18分)", "项目申报管理(13分)", "项目申报符合性", weight=4, score=4),
        ind("投入(18分)", "项目申报管理(13分)", "审批程序规范性", weight=3, score=3),
        ind("投入(18分)", "资金落实(5分)", "奖补资金到位率", weight=2, score=None),
    ],
    "goals": [],
    "facts": [
        {"metric": "投入 分值", "kind": "sum", "total": 18, "parts": [13, 5], "unit": "分"},
        {"metric": "项目申报管理 分值", "kind": "sum", "total": 13, "parts": [6, 4, 3], "unit": "分"},
        {"metric": "项目申报符合性 分值", "kind": "sum", "total": 4, "parts": [2, 2], "unit": "分"},
        {"metric": "审批程序规范性 分值", "kind": "sum", "total": 3, "parts": [1.5, 1.5], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "City-level score sheet of the 2019 rural e-commerce 民生工程 evaluation: one score column per county "
        "(霍邱 金寨 霍山 舒城 金安 裕安 叶集) plus 平均分. Header words split over two rows (一级/指标, 二级/指标, 三级/指标, "
        "指标/分值) as on the page. weight = the 指标分值 of the 三级 row; score = 平均分 (all seven counties score the "
        "same); for 项目申报符合性 and 审批程序规范性 the page scores two criterion sub-rows (2+2, 1.5+1.5), score is "
        "their sum. 资金落实(5分) shows only its first row: the stored page stops inside the 评分标准 of 奖补资金到位率 "
        "(\"奖补资金到位率达到100%2分,\"), so its points per county are empty and its score is null; the remaining rows "
        "(到位及时率, 过程, 产出, 效益) are not on the stored page. Score tables carry no targets, so operator/value/unit/"
        "target_text are null. 指标解释说明 and 评分标准 paraphrased, points and document numbers kept, including the "
        "page's typo 皖财企〔2019395号."),
}

# 2. 湖南 益阳 — 市商务局 2018年度部门整体支出绩效自评指标计分表
GOLD["hunan-yiyang-shangwu-zhengtizhichu-jifenbiao.docx"] = {
    "source_urls": ["http://www.yiyang.gov.cn/xxgkpt/625/647/826/content_479390.html"],
    "province": "湖南省",
    "doc_kind": "部门整体支出绩效自评表",
    "patterns": [1, 5, 6],
    "indicators": [
        ind("投入(20分)", "目标设定(5分)", "绩效目标合理性(2分)", weight=2, score=2),
        ind("投入(20分)", "目标设定(5分)", "绩效指标明确性(3分)", weight=3, score=3),
        ind("投入(20分)", "预算配置(15分)", "在职人员控制率(5分)", weight=5, score=5),
        ind("投入(20分)", "预算配置(15分)", "“三公经费”变动率(5分)", weight=5, score=5),
    ],
    "goals": [],
    "facts": [
        {"metric": "投入 分值", "kind": "sum", "total": 20, "parts": [5, 15], "unit": "分"},
        {"metric": "目标设定 分值", "kind": "sum", "total": 5, "parts": [2, 3], "unit": "分"},
        {"metric": "绩效目标合理性 计分细则", "kind": "sum", "total": 2, "parts": [1, 0.5, 0.5], "unit": "分"},
        {"metric": "绩效指标明确性 计分细则", "kind": "sum", "total": 3, "parts": [1, 0.5, 0.5, 1], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "Published by 益阳市商务局 (page metadata: 发布机构 市商务局, 2019-05-22). Columns 一级指标 | 二级指标 | 三级指标 | "
        "自评分 | 指标解释 | 指标说明; the points sit inside the label cells ('投入(20分)', '目标设定(5分)', "
        "'绩效目标合理性(2分)'), so weight is read from the name (names kept as written, with '(2分)'); the page "
        "writes '投   入(20分)' with spaces, gold level1 drops them. score = 自评分. The stored page stops inside the "
        "指标说明 of '“三公经费”变动率' (formula cut after '总额-上'); 预算配置(15分) shows only 10 of its 15 points, "
        "so no sum fact is given for it. 指标解释/指标说明 paraphrased, every number kept."),
}

# 3. 安徽 旌德 — 2020年农村电商提质增效工程绩效评价自评报告 (scored items in prose)
GOLD["anhui-jingde-nongcundianshang-zipingbaogao.docx"] = {
    "source_urls": ["http://www.ahjd.gov.cn/News/show/1183170.html"],
    "province": "安徽省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [
        ind("项目投入", "项目申报管理", "奖补政策合规性", score=6),
        ind("项目投入", "项目申报管理", "项目申报符合性", score=4),
        ind("项目投入", "项目申报管理", "审批程序规范性", score=3),
        ind("项目投入", "资金落实", "奖补资金到位率", score=2),
        ind("项目投入", "资金落实", "奖补资金到位及时率", score=2),
        ind("项目过程", "项目管理", "管理制度健全性", score=6),
        ind("项目过程", "项目管理", "制度执行有效性", score=None),
    ],
    "goals": [],
    "facts": [
        {"metric": "自评总分", "kind": "score", "total": 100, "parts": [], "unit": "分",
         "note": "总分值为100分,自评分为100分"},
        {"metric": "收到省电子商务发展资金", "kind": "amount", "total": 96, "parts": [], "unit": "万元"},
        {"metric": "项目申报符合性 得分", "kind": "sum", "total": 4, "parts": [2, 2], "unit": "分"},
        {"metric": "审批程序规范性 得分", "kind": "sum", "total": 3, "parts": [1.5, 1.5], "unit": "分"},
        {"metric": "管理制度健全性 得分", "kind": "sum", "total": 6, "parts": [2, 2, 2], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "County self-evaluation written as prose against the province's scoring scheme (皖商建〔2019〕140号): each "
        "scored item is named and given its points ('得6分'); no 分值 column, so weight is null. level1/level2 are the "
        "report's headings (一、项目投入 / (一)项目申报管理 …). Where an item has numbered sub-points the score is the sum "
        "of the sub-point scores the page gives. The stored page stops inside 制度执行有效性 after its first "
        "sub-point (得1分) — '2、2020年我局对' — so that item's score is null. Judgement call, not flagged: "
        "奖补资金到位率 gets full points while the text says the 96万元 is still '在审核落实中' and gives no rate. "
        "All sentences reworded; names, document numbers, amounts and points kept."),
}

# 4. 重庆 潼南 — 2023年专项区级储备粮补贴评价报告 (third-party evaluation, prose)
GOLD["chongqing-tongnan-chubeiliang-pingjiabaogao.docx"] = {
    "source_urls": ["http://www.cqtn.gov.cn/bm/qczj/zwgk_25192/fdzdgknr/jxgl/202412/t20241219_13905660.html"],
    "province": "重庆市",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "评价得分", "kind": "grade", "total": 90, "parts": [], "unit": "分", "grade": "优"},
        {"metric": "储备规模 绩效目标值/绩效指标值", "kind": "mismatch", "total": None, "parts": [10500, 11730],
         "unit": "吨", "note": "the report itself says the goal value and the indicator value disagree"},
        {"metric": "轮换出库抽检", "kind": "amount", "total": None, "parts": [838, 500], "unit": "吨",
         "note": "838吨小麦(2020年12月入库) and 500吨稻谷(2022年11月入库), sampled 2023年10月11日"},
    ],
    "findings": [],
    "notes": (
        "Summary version of a third-party (重庆汇鼎会计师事务所) evaluation report on the 区级储备粮 subsidy of 区发改委 "
        "(grain reserves sit with 发改委 in 潼南). The stored page holds the cover block (with the firm's slogan line), "
        "one 目录 line (附件2 …28), 一 基本情况, 二 结论 (90分, 优 — consistent with 优 ≥90), 三 two problems, and stops "
        "at the heading 四、有关建议. No indicator table and no goal text on the stored page. The goal/indicator "
        "disagreement (10500吨 vs 11730吨) is the report's own finding; it is recorded as a fact, not as a checker "
        "finding, because neither the goal nor the indicator row is in the document. Prose reworded, numbers kept."),
}

# 5. 湖南 江永 — 2024年度江永县供销合作联社整体支出绩效自评报告 (prose; goals as a numbered list)
_G1 = "保障单位正常运转。精心安排好财政支出,保障单位人员工资、办公经费,维护单位大局稳定。"
_G2 = "抓好驻点扶贫工作。继续做好联系村的扶贫工作,巩固脱贫成果,确保顺利通过上级验收。"
_G3 = "全力服务乡村振兴。积极向上争取资金,加强供销网点建设,全力服务“三农”,助力乡村振兴。"
_G4 = "做好出租门面的安全生产"
GOLD["hunan-jiangyong-gongxiaoshe-zhengtizhichu-zipingbaogao.docx"] = {
    "source_urls": ["http://www.jiangyong.gov.cn/jiangyong/jxpj/202504/b52588a2bb9c4f508f5296d9192743b0.shtml"],
    "province": "湖南省",
    "doc_kind": "部门整体支出绩效自评报告",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [
        {"kind": "年度目标", "text": _G1},
        {"kind": "年度目标", "text": _G2},
        {"kind": "年度目标", "text": _G3},
        {"kind": "年度目标", "text": _G4},
    ],
    "facts": [
        {"metric": "2024年末在职人员", "kind": "count", "total": 12, "parts": [], "unit": "人"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": _G1, "why": "no number, level or deadline; only '精心安排/保障/维护稳定'"},
        {"rule": "goal.process_only", "item": _G1,
         "why": "the goal is paying salaries and office costs (inputs/running the unit), not an output or effect"},
        {"rule": "goal.unquantified", "item": _G2, "why": "'继续做好/巩固' with no count of villages or households"},
        {"rule": "goal.unquantified", "item": _G3,
         "why": "vague verbs (积极/加强/全力/助力) and no number of 供销网点 or amount of funds"},
    ],
    "notes": (
        "County supply-and-marketing cooperative, department-wide self-evaluation report (附件6, with the "
        "'单位名称(盖章)' line). The stored page holds 一 基本情况: 职能职责 1)-4) (reworded), 机构和人员 (12人), and "
        "the list of 年度整体支出绩效目标; it stops inside goal 4 ('做好出租门面的安全生产'), so goal 4 is kept as cut "
        "and not flagged. The goal sentences are short and kept verbatim. No indicator table on the stored page, "
        "so goal.unmeasured is not claimed."),
}


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
FIXED_DT = _dt.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core dates (byte-deterministic)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % FIXED_ISO, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % FIXED_ISO, txt)
            data = txt.encode("utf-8")
        out.append((name, data))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zout:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    os.replace(tmp, path)


# ---- XLSX: 六安 得分表 ------------------------------------------------------
def build_luan(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "得分表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap_left = Alignment(wrap_text=True, vertical="center", horizontal="left")

    counties = ["霍邱", "金寨", "霍山", "舒城", "金安", "裕安", "叶集"]
    ncol = 7 + 1 + len(counties) + 2  # A..Q = 17
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1, "六安市农村电商民生工程绩效评价得分表").font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")

    head1 = ["序号", "一级", "二级", "三级", "指标", "指标解释说明", "评分标准", "指标分值"] + counties + ["平均分", "备 注"]
    head2 = [None, "指标", "指标", "指标", "分值"] + [None] * (ncol - 5)
    for c, v in enumerate(head1, 1):
        ws.cell(2, c, v)
    for c, v in enumerate(head2, 1):
        if v is not None:
            ws.cell(3, c, v)
    # header words split over two rows; the other header cells span both rows
    for c in [1] + list(range(6, ncol + 1)):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)

    E1 = "评价要点:审查县级出台的政策材料,看其是否合乎相关规定,以此衡量县级政策的合规程度。"
    C1 = ("各县(市、区)依照《安徽省财政厅 安徽省商务厅关于省级农村电商奖补政策的通知》(皖财企〔2019395号)的要求,"
          "合规出台2019年农村电商民生工程建设奖补政策的,得6分。")
    E2 = "评价要点:审查项目申报材料,看申报资料与申报条件是否符合相关要求,以此衡量申报条件和资料的符合程度。"
    C2a = "1.制定了2019年农村电商年度工作方案,得2分;"
    C2b = "2.申报项目符合县(市、区)制定的申报材料要求,得2分。"
    E3 = "评价要点:审查项目申报材料,看申报评审与审批过程是否合乎相关要求,以此衡量评审和审批的规范程度。"
    C3a = "1.县级主管部门按既定政策方案对项目实施申报材料进行规范审核的,得1.5分;"
    C3b = "2.市级主管部门对所辖县(市、区)项目建设及资金情况开展检查,并向省级主管部门反馈的,得1.5分。"
    E4 = "评价要点:实际到位的奖补资金与计划奖补资金之比,用来衡量资金落实对项目实施的总体保障程度。"
    C4 = "奖补资金到位率达到100%2分,"

    def pts(v):
        return [v] + [v] * len(counties) + [v, None]

    rows = [
        # row, 序号, 一级, 二级, 三级, 分值, 解释, 评分标准, points...
        (4, 1, "投入(18分)", "项目申报管理(13分)", "奖补政策合规性", 6, E1, C1, pts(6)),
        (5, 2, None, None, "项目申报符合性", 4, E2, C2a, pts(2)),
        (6, None, None, None, None, None, None, C2b, pts(2)),
        (7, 3, None, None, "审批程序规范性", 3, E3, C3a, pts(1.5)),
        (8, None, None, None, None, None, None, C3b, pts(1.5)),
        (9, 4, None, "资金落实(5分)", "奖补资金到位率", 2, E4, C4, [None] * (len(counties) + 3)),
    ]
    for r, no, l1, l2, l3, w, e, crit, points in rows:
        vals = [no, l1, l2, l3, w, e, crit] + points
        for c, v in enumerate(vals, 1):
            if v is not None:
                ws.cell(r, c, v)
    merges = ["B4:B9", "C4:C8", "A5:A6", "D5:D6", "E5:E6", "F5:F6", "A7:A8", "D7:D8", "E7:E8", "F7:F8"]
    for m in merges:
        ws.merge_cells(m)

    widths = {"A": 5, "B": 7, "C": 9, "D": 10, "E": 6, "F": 30, "G": 34, "H": 6}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    from openpyxl.utils import get_column_letter
    for i in range(9, ncol + 1):
        ws.column_dimensions[get_column_letter(i)].width = 5.5
    ws.column_dimensions[get_column_letter(ncol)].width = 6
    for r in range(2, 10):
        for c in range(1, ncol + 1):
            cell = ws.cell(r, c)
            cell.border = border
            cell.alignment = wrap_left if c in (6, 7) and r >= 4 else wrap
            cell.font = Font(size=9)
    for r in range(4, 10):
        ws.row_dimensions[r].height = 66
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind152"
    wb.properties.lastModifiedBy = "blind152"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)
    normalize_zip(path)


# ---- DOCX helpers ------------------------------------------------------------
def new_doc():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = "blind152"
    cp.last_modified_by = "blind152"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, size=None, center=False, indent=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def save_doc(doc, path):
    doc.save(path)
    normalize_zip(path)


# ---- DOCX: 益阳 计分表 -------------------------------------------------------
def build_yiyang(path):
    from docx.shared import Cm, Pt

    doc = new_doc()
    para(doc, "发布机构:市商务局    发文日期:2019-05-22", size=9)
    para(doc, "2018年度部门整体支出绩效自评指标计分表", bold=True, size=15, center=True)
    rows = [
        ["一级\n指标", "二级指标", "三级指标", "自评分", "指标解释", "指标说明"],
        ["投   入(20分)", "目标\n设定(5分)", "绩效目标合理性(2分)", "2",
         "考察部门设立的整体绩效目标是否依据充分、贴合实际,反映整体绩效目标与部门职责及年度工作任务的吻合程度。",
         "①与国家法律法规、国民经济和社会发展总体规划相符,计1分;②与部门“三定”方案所定职责相符,计0.5分;"
         "③与部门中长期实施规划相符,计0.5分。"],
        [None, None, "绩效指标明确性(3分)", "3",
         "考察部门按整体绩效目标设置的绩效指标是否清楚、细化、可衡量,反映整体绩效目标的细化程度。",
         "①把部门整体绩效目标分解成具体工作任务,计1分;②以清楚、可衡量的指标值体现,计0.5分。"
         "③与部门年度任务数或计划数对应,计0.5分;④与本年度部门预算资金匹配,计1分。"],
        [None, "预算\n配置(15分)", "在职人员控制率(5分)", "5",
         "部门本年度实际在职人数与编制数之比,反映部门对人员成本的控制情况。",
         "在职人员控制率=(在职人员数/编制数)×100%,不超过1的计5分,超过的按比例计分。在职人员数指部门实际在职人数,"
         "口径以财政部确定的部门决算编制口径为准;编制数指机构编制部门核定的人员编制数。"],
        [None, None, "“三公经费”\n变动率(5分)", "5",
         "部门本年度与上年度“三公经费”预算数相比的变动比率,反映部门控制重点行政成本的努力程度。",
         "“三公经费”变动率=[(本年度“三公经费”总额-上"],
    ]
    t = doc.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                t.cell(r, c).text = v
    t.cell(1, 0).merge(t.cell(4, 0))
    t.cell(1, 1).merge(t.cell(2, 1))
    t.cell(3, 1).merge(t.cell(4, 1))
    widths = [Cm(1.6), Cm(1.8), Cm(2.6), Cm(1.2), Cm(4.6), Cm(5.2)]
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = widths[i]
    for row in t.rows:
        for i, cell in enumerate(row.cells):
            cell.width = widths[i]
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    save_doc(doc, path)


# ---- DOCX: 旌德 自评报告 -----------------------------------------------------
def build_jingde(path):
    doc = new_doc()
    para(doc, "您现在位置: 首页 > 专题专栏 > 民生工程", size=8)
    para(doc, "旌德县2020年农村电商提质增效工程绩效评价自评报告", bold=True, size=15, center=True)
    para(doc, "发布时间:2021-01-18 15:42 来源:旌德县科技商务经信局", size=9, center=True)
    body = [
        ("为推进农村电商提质增效工程建设、发挥项目效用,我局依据省商务厅、省财政厅制定的《安徽省商务厅安徽省财政厅关于印发"
         "农村电商民生工程绩效评价工作方案(试行)的通知》(皖商建〔2019〕140号)所定标准,对工程作了梳理和自评:"
         "总分值为100分,自评分为100分。", True),
        ("一、项目投入", False),
        ("(一)、项目申报管理", False),
        ("(1)奖补政策合规性:旌德县人民政府办公室出台了《推进电子商务进农村全覆盖工作的若干奖补政策》(政办〔2017〕125号),"
         "对示范创建、“两中心”、镇村站点运营、电商经营主体、仓储配送等给予扶持,得6分", True),
        ("(2)项目申报符合性:1、出台《2019年旌德县农村电商优化升级工程实施办法》,得2分;2、申报项目满足既定的申报材料要求,"
         "得2分。", True),
        ("(3)审批程序规范性:1、旌德县科技商务经济信息化局对项目实施申报材料作了规范审核,得1.5分;2、市级主管部门检查了"
         "相关县(市、区)项目建设及资金情况并向省级主管部门反馈,得1.5分。", True),
        ("(二)资金落实", False),
        ("(1)奖补资金到位率:已收到拨付的省电子商务发展资金96万元,资金正在审核落实。得2分。", True),
        ("(2)奖补资金到位及时率得2分。", True),
        ("二、项目过程", False),
        ("(一)、项目管理。(1)管理制度健全性:1、成立旌德县电商提质增效领导小组并明确职责分工,得2分;2、县级主管部门建立了"
         "项目实施监督管理制度,得2分;3、建立财务管理制度和绩效评价制度,规范管理农村电商民生工程建设,得2分;"
         "(2)制度执行有效性:1、安徽省商务厅副厅长乔兴力到旌德县督查电商扶贫工作,得1分;2、2020年我局对", True),
    ]
    for text, indent in body:
        para(doc, text, bold=not indent, indent=indent)
    save_doc(doc, path)


# ---- DOCX: 潼南 评价报告 -----------------------------------------------------
def build_tongnan(path):
    doc = new_doc()
    para(doc, "重庆市潼南区发展和改革委员会2023年专项区级储备粮补贴评价报告", bold=True, size=15, center=True)
    para(doc, "——提供5A级服务是我们的一贯作风", center=True)
    for line in ["被评价单位:重庆市潼南区发展和改革委员会", "项目名称:2023年专项区级储备粮补贴",
                 "报告编号:汇鼎会咨报字〔2024〕第0019号", "地址:重庆市江北区北滨二路456号", "电话:(023)88282991"]:
        para(doc, line, center=True)
    para(doc, "目 录", bold=True, center=True)
    para(doc, "附件2:项目支出绩效目标申报表.........................28")
    para(doc, "重庆市潼南区2023年专项区级储备粮补贴项目 绩效评价报告", bold=True, size=14, center=True)
    para(doc, "一、基本情况", bold=True)
    para(doc, "为贯彻《中共中央 国务院关于全面实施预算绩效管理的意见》精神,落实财政部《项目支出绩效评价管理办法》"
              "(财预〔2020〕10号),按照《重庆市潼南区财政局关于开展2023年度财政重点绩效评价工作的通知》(潼财绩发〔2024〕270号)"
              "的规定,重庆汇鼎会计师事务所(普通合伙)受重庆市潼南区非税收入和预算绩效管理中心委托,对重庆市潼南区发展和改革委员会"
              "(下称区发改委)的2023年专项区级储备粮补贴项目实施绩效评价。", indent=True)
    para(doc, "二、绩效评价结论", bold=True)
    para(doc, "评价小组采用查阅资料、合规性检查、数据采集、实地走访和座谈交流等方式,对2023年专项区级储备粮补贴项目作了客观评价,"
              "最终评分结果为90分,绩效评价等级为“优”。", indent=True)
    para(doc, "三、存在的问题", bold=True)
    para(doc, "(一)绩效目标值和绩效指标值不一致", bold=True)
    para(doc, "绩效目标中的10500吨与绩效指标中的11730吨两者不符,说明预算编制时确定绩效目标的工作还需加强。", indent=True)
    para(doc, "(二)对检验报告的结论是否正确关注度不够", bold=True)
    para(doc, "抽查出库资料发现,2023年10月11日抽检的838吨小麦(2020年12月入库)和500吨稻谷(2022年11月入库)轮换出库时,"
              "检验报告没有就质量安全给出检验结论,无从判断出库粮食是否符合质量安全相关标准,区发改委也未提供后续跟进管理的措施。",
         indent=True)
    para(doc, "四、有关建议", bold=True)
    save_doc(doc, path)


# ---- DOCX: 江永 供销社 整体支出自评报告 ---------------------------------------
def build_jiangyong(path):
    doc = new_doc()
    para(doc, "附件6")
    para(doc, "2024年度江永县供销合作联社整体支出", bold=True, size=16, center=True)
    para(doc, "绩效自评报告", bold=True, size=16, center=True)
    para(doc, "单位名称(盖章):江永县供销合作联社", center=True)
    para(doc, "一、基本情况", bold=True)
    para(doc, "(一)部门(单位)基本情况", bold=True)
    para(doc, "1职能职责")
    for t in [
        "1)贯彻落实党和国家以及省委、省政府关于农村经济工作的方针、政策和法规。",
        "2)研究制订全县供销社的发展规划和体制改革方案;指导全县供销社改革发展,组织县供销社所属单位具体实施。",
        "3)经县人民政府授权,组织全县有关农业生产资料和农副产品的政策性业务经营;配合有关部门做好烟花爆竹的统一归口经营与管理。",
        "4)指导、监督全县供销社系统的资产管理,具体负责县供销社所属单位的资产经营,盘活资产,确保社有资产保值增值;"
        "依法维护供销社的合法权益。",
    ]:
        para(doc, t, indent=True)
    para(doc, "2.机构和人员情况")
    para(doc, "江永县供销联社为县政府直属正科级参公管理事业单位,内设办公室、业务股、计财股、监审室,没有其他下属单位,"
              "2024年末有在职人员12人。", indent=True)
    para(doc, "(二)部门(单位)年度整体支出绩效目标,省级专项资金绩效目标、其他项目支出(除省级专项资金以外)绩效目标", bold=True)
    for i, g in enumerate([_G1, _G2, _G3, _G4], 1):
        para(doc, "%d、%s" % (i, g), indent=True)
    save_doc(doc, path)


BUILDERS = {
    "anhui-luan-nongcundianshang-defenbiao.xlsx": build_luan,
    "hunan-yiyang-shangwu-zhengtizhichu-jifenbiao.docx": build_yiyang,
    "anhui-jingde-nongcundianshang-zipingbaogao.docx": build_jingde,
    "chongqing-tongnan-chubeiliang-pingjiabaogao.docx": build_tongnan,
    "hunan-jiangyong-gongxiaoshe-zhengtizhichu-zipingbaogao.docx": build_jiangyong,
}


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for %s" % path)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def check(name, gold, pdf):
    text = pdf_text(pdf)
    wanted = []
    for i in gold["indicators"]:
        wanted.append(("indicator", i["name"]))
        if i.get("target_text"):
            wanted.append(("target", i["target_text"]))
    for g in gold["goals"]:
        wanted.append(("goal", g["text"]))
    for f in gold["findings"]:
        wanted.append(("finding", f["item"]))
    bad = [(k, w) for k, w in wanted if re.sub(r"\s+", "", w) not in text]
    for k, w in bad:
        print("  MISSING in %s: %s %r" % (os.path.basename(pdf), k, w))
    return not bad, len(wanted)


def main():
    os.makedirs(ANN, exist_ok=True)
    ok_all = True
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for name, builder in BUILDERS.items():
        gold = GOLD[name]
        path = os.path.join(HERE, name)
        builder(path)
        pdf = to_pdf(path)
        for src in (name, os.path.basename(pdf)):
            g = {"source": src}
            g.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        ok, n = check(name, gold, pdf)
        ok_all &= ok
        totals["docs"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(gold[k])
        print("%-62s %s  (%d strings checked)" % (name, "ok" if ok else "FAIL", n))
    print("totals:", json.dumps(totals, ensure_ascii=False))
    shutil.rmtree("/tmp/lo_%s" % PART, ignore_errors=True)
    sys.exit(0 if ok_all else 1)


if __name__ == "__main__":
    main()
