# -*- coding: utf-8 -*-
"""Part blind198: layouts of real public documents of budgets other than the general
public budget (政府性基金: 土地出让收入 / 彩票公益金), with their gold.

Gold first (Python data), then builders (python-docx), PDF export (LibreOffice, own
profile), annotations/<file>.json and a pdftotext presence check.
Run with /tmp/venv/bin/python.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind198"
FIXED_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------


def srow(l1, l2, name, weight, score):
    """A row of a score table (评价指标 / 分值 / 得分): no target, no actual."""
    return {"level1": l1, "level2": l2, "name": name, "operator": None, "value": None,
            "unit": None, "target_text": None, "actual": None, "weight": weight, "score": score}


# --- 1. 山东 XX县 土地出让金业务费 绩效评价报告 (m.baogao8.com/p-34453.html) -------------
LAND_ROWS_1 = [
    ("项目前期工作", "1.项目库建设( 1 分)", 1, 1),
    ("项目前期工作", "2.项目可行性研究报告( 2分)", 2, 2),
    ("项目前期工作", "3.项目初步设计戒实施方案( 2 分)", 2, 1),
    ("项目组织", "4.制度建设( 6 分)", 6, 5),
    ("项目组织", "5.档案资料管理( 2 分)", 2, 1),
    ("项目组织", "6.项目公示( 2 分)", 2, 0),
    ("项目实施", "7.建设内容完成( 10 分)", 10, 9),
    ("项目实施", "8.项目完成质量( 10 分)", 10, 8),
    ("项目实施", "9.项目验收( 5 分)", 5, 3),
    ("项目实施", "10.工程运行管护( 5 分)", 5, 4),
    ("资金使用", "11.资金落实( 10 分)", 10, 10),
    ("资金使用", "12.实际支出( 10 分)", 10, 7),
    ("资金使用", "13.会计信息质量( 5 分)", 5, 5),
    ("资金使用", "14.财务管理制度执行( 5分)", 5, 5),
    ("实施效果", "15.经济效益( 10 分)", 10, 10),
    ("实施效果", "16.生态效益( 5 分)", 5, 4),
    ("实施效果", "17.社会效益 ( 10 分)", 10, 10),
]

GOLD_LAND1 = {
    "stem": "shandong-xxxian-tudichurangjin-yewufei-pingjiabaogao",
    "source_urls": ["http://m.baogao8.com/p-34453.html"],
    "province": "山东省",
    "doc_kind": "绩效评价报告",
    "patterns": [1, 4, 8, 10],
    "indicators": [srow(g, None, n, w, s) for g, n, w, s in LAND_ROWS_1],
    "goals": [],
    "facts": [
        {"metric": "计划安排资金", "kind": "sum", "total": 400, "parts": [400], "unit": "万元",
         "note": "其中 县财政 400; 省/市/镇财政、村自筹 empty"},
        {"metric": "实际到位资金", "kind": "sum", "total": 400, "parts": [400], "unit": "万元"},
        {"metric": "评价指标 分值", "kind": "sum", "total": 100,
         "parts": [w for _, _, w, _ in LAND_ROWS_1], "unit": "分"},
        {"metric": "评价得分 (综合得分)", "kind": "sum", "total": 85,
         "parts": [s for _, _, _, s in LAND_ROWS_1], "unit": "分"},
        {"metric": "评价等次", "kind": "grade", "total": 85, "grade": "良好", "unit": "分"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "the 17-row score table ends with 实施效果 (经济/生态/社会效益); no service-object "
                "satisfaction row at all, although 10号 puts 满意度 into the 效益 block"},
    ],
    "notes": (
        "Stored page (a doc-sharing preview of a .doc) stops inside part 四 at '根据临沂市国有土地使用权"
        "出让收支预算管理暂行办'; the DOCX stops there too. Province from 临沂市 (山东). The score table's "
        "header names 一级/二级/三级 but every row carries only two labels (group label + numbered 三级 "
        "item): I put the group label in a cell merged over the 一级 and 二级 columns and down its rows, "
        "and recorded it as level1 with level2 null (pattern 4). Typos kept: '挃标' for 指标, '戒' for 或, "
        "'二一八年十二月' (〇 missing), the stray spaces in '( 1 分)' and '部门(单位 )评价组'. The row names "
        "carry their own points '(10 分)' which repeat the 分值 column. Check boxes of 评价类型/评价方式/"
        "评价机构 are lost in the stored text; reproduced as plain option words (pattern 8). Weights sum "
        "to 100 and scores to 85 = 综合得分; 85 -> 良好 is consistent with the 良 band. Empty cells kept "
        "(联系电话, 邮编, 省/市/镇财政, 签字). Table rows are evaluation-score rows (no targets, no actuals)."
    ),
}

# --- 2. 山东 XX县 2018年征地和拆迁补偿、开发性支出 绩效评价报告 (m.baogao8.com/p-34467.html) --
LAND_ROWS_2 = [
    ("项目前期工作", "1.项目库建设( 1 分)", 1, 1),
    ("项目前期工作", "2.项目可行性研究报告( 2分)", 2, 2),
    ("项目前期工作", "3.项目初步设计戒实施方案( 2 分)", 2, 2),
    ("项目组织", "4.制度建设( 6 分)", 6, 5),
    ("项目组织", "5.档案资料管理( 2 分)", 2, 1),
    ("项目组织", "6.项目公示( 2 分)", 2, 0),
    ("项目实施", "7.建设内容完成( 10 分)", 10, 9),
    ("项目实施", "8.项目完成质量( 10 分)", 10, 9),
    ("项目实施", "9.项目验收( 5 分)", 5, 4),
    ("项目实施", "10.工程运行管护( 5 分)", 5, 4),
    ("资金使用", "11.资金落实( 10 分)", 10, 9),
    ("资金使用", "12.实际支出( 10 分)", 10, 7),
    ("资金使用", "13.会计信息质量( 5 分)", 5, 5),
    ("资金使用", "14.财务管理制度执行( 5 分)", 5, 4),
    ("实施效果", "15.经济效益( 10 分)", 10, 9),
    ("实施效果", "16.生态效益( 5 分)", 5, 4),
    ("实施效果", "17.社会效益 ( 1", None, None),   # the stored page stops inside this row
]

GOLD_LAND2 = {
    "stem": "shandong-xxxian-zhengdichaiqian-pingjiabaogao",
    "source_urls": ["http://m.baogao8.com/p-34467.html"],
    "province": "山东省",
    "doc_kind": "绩效评价报告",
    "patterns": [1, 4, 8],
    "indicators": [srow(g, None, n, w, s) for g, n, w, s in LAND_ROWS_2],
    "goals": [],
    "facts": [
        {"metric": "计划安排资金", "kind": "sum", "total": 22100, "parts": [22100], "unit": "万元",
         "note": "其中 县财政 22100"},
        {"metric": "实际到位资金", "kind": "sum", "total": 22100, "parts": [22100], "unit": "万元"},
        {"metric": "实际支出", "kind": "value", "total": 22100, "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "Same county template as p-34453 (项目负责人 宋汉银, 财源路中段), here with 联系电话 4292841 and "
        "邮编 273300 (a 临沂 平邑 postcode: my inference only, the page writes 'XX 县'). Province 山东 by "
        "that postcode and the sibling report's 临沂 reference. The stored page stops inside row 17: the "
        "cell reads '17.社会效益 ( 1' and its 分值/得分 cells are empty; the DOCX ends with that cut row. "
        "Header reads '评价指标 / 指标分值' (no 挃 typo here); total 得分 84 in the header row. The 16 "
        "complete rows give 分值 90 and 得分 75, so row 17 would have to hold 10 and 9 for the stated "
        "total 84 - not flagged because the row is cut. No findings recorded: the missing 满意度 row of "
        "the sibling cannot be asserted on a table that is cut before its end. Group labels merged over "
        "一级+二级 as in the sibling (pattern 4); level1 = group label, level2 null. Typo '戒' kept."
    ),
}

# --- 3. 海南省福利彩票发行中心 2022年度 事业运行项目支出绩效自评报告 (hainancp.com/news/1097) ---
HN_GOALS = [
    ("总体目标", "加强福彩公益宣传,扩大社会知名度,提升彩民满意度,为海南福利彩票发行、销售、管理提供可靠的基础保障。"),
    ("总体目标", "以海南福利彩票现有销量为基础,保持彩票销售平稳增长,筹集更多的福彩公益金;"),
    ("总体目标", "把丰富福彩游戏与拓展市场结合起来,提高彩民参与度和支持度;开展为民、利民、亲民的福彩公益行动,全面提升福彩品牌形象。"),
    ("总体目标", "让营销与宣传相互促进,激发发展活力,优化销售渠道模式,创新宣传手段,为增进福彩文化认同营造良好的发展环境。"),
    ("总体目标", "坚持安全运行、健康发展的工作方针,不断提高福彩中心运行管理水平。"),
]

GOLD_HN = {
    "stem": "hainan-shengji-fucai-shiyeyunxing-zipingbaogao",
    "source_urls": ["http://www.hainancp.com/news/1097"],
    "province": "海南省",
    "doc_kind": "绩效自评报告",
    "patterns": [6, 10],
    "indicators": [
        {"level1": None, "level2": None, "name": "购买热敏纸和投注单及配送服务", "operator": None,
         "value": 1, "unit": "万份", "target_text": "1万份", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "公益慰问次数", "operator": None,
         "value": 1, "unit": "次", "target_text": "1次", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "工资每月20日前发放", "operator": None,
         "value": None, "unit": None, "target_text": "每月20日前", "actual": None, "weight": None,
         "score": None},
        {"level1": None, "level2": None, "name": "印刷品投放数量", "operator": None,
         "value": 5000, "unit": None, "target_text": "5000", "actual": None, "weight": None,
         "score": None},
    ],
    "goals": [{"kind": k, "text": t} for k, t in HN_GOALS],
    "facts": [
        {"metric": "项目预算资金", "kind": "sum", "total": 944.4, "parts": [812.38, 132.02],
         "unit": "万元", "note": "财政性资金预算 + 单位自有资金预算"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": HN_GOALS[0][1],
         "why": "加强/扩大/提升 with no number or baseline (满意度 level, 知名度 measure all missing)"},
        {"rule": "goal.unquantified", "item": HN_GOALS[1][1],
         "why": "平稳增长 / 更多的公益金: no sales or 公益金 figure although both are countable"},
        {"rule": "goal.unquantified", "item": HN_GOALS[2][1],
         "why": "提高参与度/全面提升品牌形象 without a measure"},
        {"rule": "goal.unquantified", "item": HN_GOALS[3][1],
         "why": "only directions (激发/优化/创新/营造), nothing measurable"},
        {"rule": "goal.unquantified", "item": HN_GOALS[4][1],
         "why": "不断提高运行管理水平: vague verb, no value"},
        {"rule": "target.input_or_process", "item": "工资每月20日前发放",
         "why": "paying staff salaries on time is an input/process of running the centre, not an output"},
    ],
    "notes": (
        "A province-level 福彩 centre (自收自支, funds from 政府性基金: 彩票发行费/业务费). The stored page "
        "stops at '指标4:印刷品投放数量5000' - the unit of 指标4 and 指标5-8 (the text says 8 indicators "
        "were set) are cut; the DOCX stops there, so 指标4 has no unit in the document (not flagged as "
        "missing_unit because the cut, not the author, removed it). Indicators are a prose list "
        "('指标1:…;指标2:…') with value and unit inside the sentence; 指标3 holds its value in the name "
        "(pattern 6): I recorded name '工资每月20日前发放', target_text '每月20日前', value null (a date, "
        "not a quantity). Goals: the 总体目标 sentence kept verbatim (short), sub-goals (1)-(4) rewritten "
        "in my words. Name/phone of the project lead kept as facts of the page."
    ),
}

# --- 4. 旌德县 中央转移支付区域(福利彩票销售机构业务费) 2024年度绩效自评报告 (ahjd.gov.cn) ---
GOLD_JD = {
    "stem": "anhui-jingde-fucai-xiaoshouyewufei-zipingbaogao",
    "source_urls": ["https://www.ahjd.gov.cn/OpennessContent/show/3499478.html"],
    "province": "安徽省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2024年下达福利彩票销售机构业务费", "kind": "sum", "total": 12.38,
         "parts": [11.82, 0.36, 0.2], "unit": "万元",
         "note": "业务费 + 市场管理员补助 + 代销网点夏季慰问补贴款"},
        {"metric": "全年可支配资金", "kind": "sum", "total": 14.13, "parts": [12.38, 1.75],
         "unit": "万元", "note": "当年下达 + 上年结转"},
        {"metric": "全年实际完成支出", "kind": "planned_actual", "planned": 14.13, "actual": 2.23,
         "unit": "万元", "note": "no rate stated; 2.23/14.13 = 15.8%"},
    ],
    "findings": [],
    "notes": (
        "Prose-only report. The stored page stops inside 二(二) at '…以及《彩票机构财务管理办法'; the DOCX "
        "stops there. The metadata block of the page (索引号 113417300032602115/202503-00002, 发布机构, "
        "生成日期) is reproduced as a small table. Longer sentences rewritten in my words, every amount "
        "kept (12.38, 11.82, 0.36, 0.2, 1.75, 14.13, 2.23 万元; 财综[2024]421号 written with square "
        "brackets as on the page). No goal sentence and no indicator appears before the cut. The "
        "instalments add up (11.82+0.36+0.2 = 12.38; 12.38+1.75 = 14.13). Spending 2.23 of 14.13 万元 "
        "(15.8%) while the text calls the use 合理规范 and 'all paid': a reviewer may ask about the low "
        "execution, but no rule id of design.md §5 fits a rate the document never states, so no finding."
    ),
}

# --- 5. 明光市 2023年度中央集中彩票公益金支持社会福利事业专项资金绩效自评情况 (mingguang.gov.cn) ---
MG_GOAL_OLD = "老年人福利类资金49.78万元支持不少于447户特殊困难老年人家庭适老化改造,提升特殊困难老年人生活便利性和安全性"
MG_GOAL_DIS = "残疾人福利类资金25.90万元做好2家及以上精神障碍社区康复社会服务机构建设,为残疾患者提供120人次的规范精康服务"

GOLD_MG = {
    "stem": "anhui-mingguang-caipiaogongyijin-zipingbaogao",
    "source_urls": ["https://www.mingguang.gov.cn/public/161054385/1111799203.html"],
    "province": "安徽省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标", "text": MG_GOAL_OLD},
        {"kind": "绩效目标", "text": MG_GOAL_DIS},
    ],
    "facts": [
        {"metric": "中央集中彩票公益金支持社会福利事业专项资金", "kind": "sum", "total": 75.68,
         "parts": [49.78, 25.90], "unit": "万元", "note": "老年人福利类 + 残疾人福利类"},
        {"metric": "特殊困难老年人家庭适老化改造", "kind": "planned_actual", "planned": 447,
         "actual": 447, "unit": "户"},
        {"metric": "规范精康服务", "kind": "planned_actual", "planned": 120, "actual": 260,
         "unit": "人次"},
    ],
    "findings": [
        {"rule": "target.too_low", "item": MG_GOAL_DIS,
         "why": "120人次 planned, 260人次 delivered (217% of the target): the value was set far too low; "
                "the target sits in a goal sentence, there is no indicator row"},
    ],
    "notes": (
        "Prose-only report. The stored page stops right after the heading '三、绩效自评结论' at '2023'; the "
        "DOCX stops there. The two allocation goals are kept verbatim (short goal sentences: they hold "
        "the only targets: 不少于447户, 2家及以上, 120人次); the rest is rewritten in my words, with all "
        "document numbers (皖财社〔2022〕1347号, 财社〔2023〕63号, 皖财社〔2023〕808号) and amounts kept. "
        "No result is given for '2家及以上' 机构 - not flagged (no indicator table to be unmeasured "
        "against). target.too_low is recorded against the goal text because the target has no row."
    ),
}

GOLDS = [GOLD_LAND1, GOLD_LAND2, GOLD_HN, GOLD_JD, GOLD_MG]

# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FONT = "宋体"


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.orientation = WD_ORIENT.PORTRAIT
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.2))
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    return doc


def para(doc, text, bold=False, size=None, align=None, indent=False):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, rows, merges=(), widths=None, size=9):
    """rows: list of lists of str (same length). merges: (r1, c1, r2, c2) inclusive;
    text goes in the top-left cell only."""
    ncol = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        assert len(row) == ncol, row
        for j, txt in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(txt)
            run.font.size = Pt(size)
    for r1, c1, r2, c2 in merges:
        a, b = t.cell(r1, c1), t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        run = m.paragraphs[0].add_run(keep)
        run.font.size = Pt(size)
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(Cm(widths[j]).twips)))
    return t


def save_deterministic(doc, path):
    cp = doc.core_properties
    import datetime
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin:
        items = [(n, zin.read(n)) for n in sorted(zin.namelist())]
    # [Content_Types].xml first, as Word writes it
    items.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def build_land(gold, rows_src, title, name, phone, post, money, total_score, grade,
               hdr_zhibiao, hdr_fenzhi, tail_paras, full):
    doc = new_doc()
    para(doc, title, bold=True, size=16, align="c")
    para(doc, "二一八年十二月", size=12, align="c")
    page_break(doc)
    para(doc, "XX 县财政支出绩效评价报告", bold=True, size=15, align="c")
    table(doc, [["项目名称", name], ["项目单位", "XX 县国土资源局"], ["主管部门", "XX 县国土资源局"]],
          widths=[3.5, 11], size=10.5)
    para(doc, "评价类型:事前评价   事中评价   事后评价")
    para(doc, "评价方式:部门(单位)绩效自评   财政部门组织评价")
    para(doc, "评价机构:中介机构   部门(单位 )评价组   联合评价组")
    para(doc, "2018 年 12 月 28 日", align="c")
    para(doc, "XX 县财政局(制)", align="c")
    page_break(doc)
    para(doc, "一、项目基本概况", bold=True)
    m = str(money)
    table(doc, [
        ["项目负责人", "宋汉银", "联系电话", phone],
        ["地 址", "财源路中段", "邮编", post],
        ["项目起止时间", "2018 年 1 月", "2018 年 12 月", ""],
        ["计划安排资金(万元)", m, "实际到位资金(万元)", m],
        ["其中:省财政", "", "其中:省财政", ""],
        ["市财政", "", "市财政", ""],
        ["县财政", m, "县财政", m],
        ["镇财政", "", "镇财政", ""],
        ["村自筹(含以劳折资)", "", "村自筹", ""],
        ["实际支出(万元)", m, "", ""],
    ], merges=[(2, 2, 2, 3), (9, 1, 9, 3)], widths=[4.2, 3.8, 4.2, 3.8], size=10)
    para(doc, "二、项目绩效情况", bold=True)
    hdr = [["评价" + hdr_zhibiao, "", "", hdr_fenzhi, "评价得分"],
           ["一级", "二级", "三级", "100", str(total_score)]]
    body, merges = [], [(0, 0, 0, 2)]
    r = len(hdr)
    groups = []
    for g, n, w, s in rows_src:
        body.append([g, "", n, "" if w is None else str(w), "" if s is None else str(s)])
        if groups and groups[-1][0] == g:
            groups[-1][2] = r
        else:
            groups.append([g, r, r])
        r += 1
    for g, r1, r2 in groups:
        merges.append((r1, 0, r2, 1))
    foot = []
    if full:
        foot = [["综合得分", "", str(total_score), "评价等次", grade]]
        merges.append((r, 0, r, 1))
    table(doc, hdr + body + foot, merges=merges, widths=[2.2, 2.2, 6.6, 2.4, 2.4], size=10)
    if full:
        para(doc, "三、评价人员", bold=True)
        table(doc, [["姓名", "职称 /职务", "单 位", "签字"], ["孙德国", "会计", "XX 县国土资源局", ""]],
              widths=[3, 3, 6, 4], size=10)
        para(doc, "填报人(签字):                2018 年 12 月 28 日")
        para(doc, "评价组组长(签字):            2018 年 12 月 28 日")
        para(doc, "评价部门(盖章):              2018 年 12 月 28 日")
        for t, b in tail_paras:
            para(doc, t, bold=b)
    return doc


def build_land1():
    return build_land(GOLD_LAND1, LAND_ROWS_1, "XX县国土资源局土地出让金业务费绩效评价报告",
                      "土地出让金业务费", "", "", 400, 85, "良好", "挃标", "挃标分值",
                      [("四、评价报告文字部分", True), ("(一)项目基本概况", False), ("1、项目立项", False),
                       ("( 1)项目的实施依据:根据临沂市国有土地使用权出让收支预算管理暂行办", False)],
                      full=True)


def build_land2():
    return build_land(GOLD_LAND2, LAND_ROWS_2, "XX县 2018 年征地和拆迁补偿、开发性支出绩效评价报告",
                      "XX 县 2018 年征地和拆迁补偿、开发性支出", "4292841", "273300", 22100, 84, None,
                      "指标", "指标分值", [], full=False)


def build_hn():
    doc = new_doc()
    para(doc, "海南省福利彩票发行中心2022年度 事业运行项目支出绩效自评报告", bold=True, size=14, align="c")
    para(doc, "发布日期:2023-06-06 来源:海南省福利彩票发行中心", size=9, align="c")
    para(doc, "海南省福利彩票发行中心2022年度", bold=True, size=15, align="c")
    para(doc, "事业运行项目支出绩效自评报告", bold=True, size=15, align="c")
    para(doc, "一、项目概况", bold=True)
    para(doc, "(一)项目基本情况、实施主体、项目资金、用途和主要内容", bold=True)
    para(doc, "1.项目基本情况")
    para(doc, "预算单位:本项目是省福利彩票发行中心本级项目,事业运行归入其他运转类项目。主管部门和实施主体均为"
              "海南省福利彩票发行中心,项目负责人:王丹妮,联系电话:66965066。项目预算资金944.4万元,其中财政性"
              "资金预算812.38万元,单位自有资金预算132.02万元。", indent=True)
    para(doc, "2.项目用途")
    para(doc, "用于在海南省范围内开展双色球、快乐8、3D、七乐彩、刮刮乐等福利彩票的销售管理活动。", indent=True)
    para(doc, "3.项目主要内容")
    para(doc, "涵盖彩票市场销售和管理、游戏促销、营销宣传、印刷、兑奖风险金、工资社保、其他商品服务、日常办公管理等。",
         indent=True)
    para(doc, "(二)项目绩效目标", bold=True)
    para(doc, "1.总体目标")
    para(doc, HN_GOALS[0][1], indent=True)
    for i, (_, t) in enumerate(HN_GOALS[1:], 1):
        para(doc, "(%d)%s" % (i, t), indent=True)
    para(doc, "2.绩效指标设定情况")
    para(doc, "2022年度事业运行项目绩效指标共设置8个,指标1:购买热敏纸和投注单及配送服务1万份;指标2:公益慰问次数1次;"
              "指标3:工资每月20日前发放;指标4:印刷品投放数量5000", indent=True)
    return doc


def build_jd():
    doc = new_doc()
    para(doc, "旌德县民政局", bold=True, size=12)
    para(doc, "网站首页> 政府信息公开首页 > 县民政局> 财政资金> 财政专项资金> 财政专项资金管理和使用情况", size=8)
    table(doc, [
        ["索引号:", "113417300032602115/202503-00002", "组配分类:", "财政专项资金管理和使用情况"],
        ["发布机构:", "旌德县民政局", "主题分类:", "综合政务"],
        ["名称:", "中央转移支付区域(福利彩票销售机构业务费)2024年度绩效自评报告", "", ""],
        ["文号:", "", "", ""],
        ["生成日期:", "2025-03-19", "发布日期:", "2025-03-19"],
    ], merges=[(2, 1, 2, 3), (3, 1, 3, 3)], widths=[2.2, 6.0, 2.2, 6.0], size=8)
    para(doc, "中央转移支付区域(福利彩票销售机构业务费)2024年度绩效自评报告", bold=True, size=14, align="c")
    para(doc, "发布时间:2025-03-19 11:17 来源:旌德县民政局 浏览次数: 字体:[ ]", size=8, align="c")
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "依据财综[2024]421号文件,2024年共下达福利彩票销售机构业务费12.38万元,包括业务费11.82万元、2024年市场"
              "管理员补助0.36万元和代销网点夏季慰问补贴款0.2万元;另有上年结转的福利彩票销售机构业务费1.75万元,"
              "全年可支配资金合计 14.13 万元。", indent=True)
    para(doc, "二、绩效情况分析", bold=True)
    para(doc, "(一)资金投入情况分析。")
    para(doc, "旌德县福利彩票销售业务资金按预期目标安排使用,支出总体合理规范。全年实际支出 2.23 万元,到 12 月 31 日"
              "已全部付清。资金主要用在工资福利支出、代销网点慰问、会议培训和福彩宣传等方面,保障了福利彩票销售业务的"
              "正常运转。", indent=True)
    para(doc, "(二)资金管理情况分析。")
    para(doc, "旌德县福利彩票管理站管理和使用资金坚持规范、严肃,严格依据《中华人民共和国会计法》、《中华人民共和国"
              "预算法》、《政府会计制度》以及《彩票机构财务管理办法", indent=True)
    return doc


def build_mg():
    doc = new_doc()
    para(doc, "明光市2023年度中央集中彩票公益金支持社会福利事业专项资金绩效自评情况", bold=True, size=14, align="c")
    para(doc, "发布时间:2024-04-19 16:47", size=9, align="c")
    para(doc, "明光市2023年度中央集中彩票公益金支持社会福利事业专项资金绩效", bold=True, size=13, align="c")
    para(doc, "自评情况", bold=True, size=13, align="c")
    para(doc, "一、基本情况", bold=True)
    para(doc, "依据《安徽省财政厅 安徽省民政厅关于提前下达2023年中央集中彩票公益金支持社会福利事业专项资金预算的通知》"
              "(皖财社〔2022〕1347号)、《滁州市财政局 滁州市民政局关于分配2023年中央困难群众救助补助资金、中央集中"
              "彩票公益金支持社会福利事业专项资金和省级民政事业补助资金的通知(财社〔2023〕63号)》以及《安徽省财政厅 "
              "安徽省民政厅关于下达2023年中央集中彩票公益金支持社会福利事业专项资金预算的通知》(皖财社〔2023〕808号)"
              "这三个资金文件,2023年我市共获下达中央集中彩票公益金支持社会福利事业专项资金75.68万元,其中老年人福利类"
              "49.78万元,残疾人福利类25.90万元。接到资金文件后,我局与市财政局会商拟定分配使用方案,及时把75.68万元"
              "分配到具体项目。其中:" + MG_GOAL_OLD + ";" + MG_GOAL_DIS + "。", indent=True)
    para(doc, "二、绩效目标实现情况", bold=True)
    para(doc, "到2023年底,我市2023年中央集中彩票公益金支持的社会福利事业项目中,老年人福利类已完成447户特殊困难老年人"
              "家庭的适老化改造,老年人生活保障条件得到改善,受益老人反映普遍较好;残疾人福利类登记康复对象接受规范精康"
              "服务260人次。", indent=True)
    para(doc, "三、绩效自评结论", bold=True)
    para(doc, "2023", indent=True)
    return doc


BUILDERS = {
    GOLD_LAND1["stem"]: build_land1,
    GOLD_LAND2["stem"]: build_land2,
    GOLD_HN["stem"]: build_hn,
    GOLD_JD["stem"]: build_jd,
    GOLD_MG["stem"]: build_mg,
}

# ---------------------------------------------------------------------------
# Export, annotations, checks
# ---------------------------------------------------------------------------


def to_pdf(path):
    outdir = os.path.dirname(path)
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    pdf = os.path.splitext(path)[0] + ".pdf"
    assert os.path.exists(pdf), pdf
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(gold, pdf):
    txt = squash(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                                capture_output=True).stdout.decode("utf-8"))
    missing = []
    for ind in gold["indicators"]:
        for k in ("name", "target_text"):
            if ind[k] and squash(ind[k]) not in txt:
                missing.append((k, ind[k]))
    for g in gold["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the missing dimension is, by definition, absent from the text
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"docs": 0, "rows": 0, "goals": 0, "findings": 0, "facts": 0}
    for gold in GOLDS:
        stem = gold["stem"]
        docx_path = os.path.join(HERE, stem + ".docx")
        save_deterministic(BUILDERS[stem](), docx_path)
        pdf = to_pdf(docx_path)
        for fn in (stem + ".docx", stem + ".pdf"):
            ann = {k: v for k, v in gold.items() if k != "stem"}
            ann = dict([("source", fn)] + list(ann.items()))
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check(gold, pdf)
        totals["docs"] += 1
        for k, key in (("rows", "indicators"), ("goals", "goals"), ("findings", "findings"),
                       ("facts", "facts")):
            totals[k] += len(gold[key])
        status = "ok" if not miss else "MISSING %r" % miss
        bad += bool(miss)
        print("%-55s rows=%2d goals=%d findings=%d facts=%d %s" % (
            stem, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]),
            len(gold["facts"]), status))
    print("totals", totals)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
