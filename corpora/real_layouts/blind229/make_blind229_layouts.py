# -*- coding: utf-8 -*-
"""blind229: layouts of real public 考核/评分 forms of 财政专项 (扶贫) funds, rebuilt from stored pages.

Gold first (Python data), then builders (python-docx / openpyxl), PDF export with LibreOffice,
annotations/<file>.json for each file, and a pdftotext check.
Run: /tmp/venv/bin/python make_blind229_layouts.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind229"
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------
GOLD = {}

# 1. 四川 (city level, city not named on the stored page): 脱贫攻坚 考核指标 with 计分分值
WX_IND = [
    dict(level1=None, level2=None, name="减贫成效", operator=None, value=None, unit=None,
         target_text="-", actual=None, weight=65, score=None),
    dict(level1="减贫成效", level2=None, name="贫困人口脱贫", operator=None, value=None, unit=None,
         target_text="-", actual=None, weight=40, score=None),
    dict(level1="减贫成效", level2="贫困人口脱贫", name="减贫人口完成率", operator="=", value=100, unit="%",
         target_text="完成率100%计满分;净完成数有1人不达标,该项不得分。", actual=None, weight=15, score=None),
    dict(level1="减贫成效", level2="贫困人口脱贫", name="义务教育保障", operator="=", value=100, unit="%",
         target_text="达标率100%计满分;每减少0.1个百分点扣1分,扣完为止。", actual=None, weight=4, score=None),
    dict(level1="减贫成效", level2="贫困人口脱贫", name="基本医疗保障", operator="=", value=100, unit="%",
         target_text="参合率100%计满分;每减少0.1个百分点扣1分,扣完为止。", actual=None, weight=2, score=None),
    dict(level1="减贫成效", level2="贫困人口脱贫",
         name="减贫人口县域内就诊的个人医疗费用支出控制在10%以内的达标率", operator="=", value=100, unit="%",
         target_text="达标率100%计满分;每减少0.1个百分点扣1分,扣完为止。", actual=None, weight=2, score=None),
    dict(level1="减贫成效", level2="贫困人口脱贫", name="住房安全保障", operator="=", value=100, unit="%",
         target_text="达标率100%计满分;每减少0.1个百分点扣1分,扣完为止。", actual=None, weight=4, score=None),
    dict(level1="减贫成效", level2="贫困人口脱贫", name="易地扶贫搬迁年度计划完成率", operator="=", value=100, unit="%",
         target_text="完成率100%计满分", actual=None, weight=None, score=None),
]
GOLD["sichuan-shiji-tuopingongjian-kaohezhibiao.xlsx"] = dict(
    source_urls=["https://wxldp.com/html/xxgkwjsns2017-09-051566.html"],
    province="四川省",
    doc_kind="考核指标表(脱贫攻坚成效考核,计分分值)",
    patterns=[1, 5, 6],
    indicators=WX_IND,
    goals=[],
    facts=[],
    findings=[],
    notes=("Stored page is a mirror (wxldp.com) of a city-level 考核指标 table; the city is not named in the part that "
           "was stored. Province 四川 inferred from '市扶贫移民局' (四川 had a 扶贫移民局) and the 减贫成效=65 weight that matches "
           "四川's county assessment method; treat the province as inferred. Columns 考核指标 | 评价内容 | 评价标准 | 计分条件 | "
           "计分分值 | 数据来源 | 考核部门(单位). Level rows '4个一级指标、7个二级指标 / 21项 / 100' is a total row and not an "
           "indicator. Rows (3) and (4) each span two sub-rows (merged 评价内容); the 2nd sub-row of (3) shares the merged "
           "数据来源/考核部门 cells. Value 10% sits inside the 4th row's name (pattern 6). The page stops inside the "
           "易地扶贫搬迁年度计划完成率 row, after '完成率100%计满分': its 分值, 数据来源, 考核部门 are cut (weight null). "
           "No findings: every row has a formula and a scoring rule; sub-totals cannot be checked because the page stops "
           "before (一) is complete (15+4+2+2+4 = 27 of 40 seen)."),
)

# 2. 广东 乐昌: 被帮扶市级党委和政府扶贫开发工作成效考核指标 (附件1)
LC_IND = [
    dict(level1=None, level2=None, name="脱贫成效", operator=None, value=None, unit=None,
         target_text="共1项", actual=None, weight=50, score=None),
    dict(level1="脱贫成效", level2=None, name="脱贫成效评价", operator=None, value=None, unit=None,
         target_text="1.完成省下达年度脱贫任务(含政策性保障兜底)。 以上指标,不达标不得分。", actual=None, weight=50, score=None),
    dict(level1=None, level2=None, name="精准识别", operator=None, value=None, unit=None,
         target_text="共2项", actual=None, weight=15, score=None),
    dict(level1="精准识别", level2=None, name="对象识别", operator=None, value=None, unit=None,
         target_text=("检查督促辖区相对贫困村、户实情,确保精准识别核准扶贫对象。经抽查,非贫困户被纳入帮扶范围5%以上的不得分。"
                      "因识别不精准导致有投诉举报的,经调查核实的每户扣1分,扣完10分为止。"),
         actual=None, weight=10, score=None),
    dict(level1="精准识别", level2=None, name="建档立卡", operator=None, value=None, unit=None,
         target_text="1.确保辖区内按时准确完成建档立卡工作。(3分) 2.及时审核、上报扶贫信息管理系统相关信息。(2分) 以上指标,不达标不得分。",
         actual=None, weight=5, score=None),
    dict(level1=None, level2=None, name="精准帮扶", operator=None, value=None, unit=None,
         target_text="共8项", actual=None, weight=22, score=None),
    dict(level1="精准帮扶", level2=None, name="社会保障政策落实", operator=None, value=100, unit="%",
         target_text=("1.符合条件的全部或部分丧失劳动能力的贫困户100%纳入低保和五保。 2.落实相对贫困户60岁以上符合领取待遇的老人100%"
                      "享受城乡居民社会养老保险待遇。 以上指标,每项1.5分,不达标不得分。"),
         actual=None, weight=3, score=None),
    dict(level1="精准帮扶", level2=None, name="贫困户子女教育", operator=">=", value=93, unit="%",
         target_text=("1.相对贫困户义务教育毛入学率达到93%以上。 2.落实对贫困户子女就读小学、初中、高中、中职(含技校)、全日制高等院校(大专)"
                      "实行生活费补助。 3.相对贫困户子女考上高中以上学校学生不因贫困而辍学。 以上指标,每项1分,不达标不得分。"),
         actual=None, weight=3, score=None),
    dict(level1="精准帮扶", level2=None, name="落实危房改造", operator=None, value=None, unit=None,
         target_text=("协助有关部门和帮扶完成当年度下达的建档立卡相对贫困户农村危房改造(含两不具备移民搬迁)任务。 "
                      "没有年度任务的按缺项考核计分,没有完成年度任务的不得分。"),
         actual=None, weight=3, score=None),
]
GOLD["guangdong-lechang-fupinchengxiao-kaohezhibiao.docx"] = dict(
    source_urls=["http://www.lechang.gov.cn/zdlyxxgk/dzjg/lcsnyncj/fpgzxxgk/tpcxjkhxx/content/post_2229344.html"],
    province="广东省",
    doc_kind="考核指标表(扶贫开发工作成效考核,分值+评分细则)",
    patterns=[5, 9],
    indicators=LC_IND,
    goals=[],
    facts=[
        dict(metric="脱贫成效", kind="sum", total=50, parts=[50], unit="分"),
        dict(metric="精准识别", kind="sum", total=15, parts=[10, 5], unit="分"),
    ],
    findings=[
        dict(rule="target.missing_value", item="脱贫成效评价",
             why="50-point row scored only on '完成省下达年度脱贫任务' with no figure for the task (number of people/households)."),
        dict(rule="target.time_no_deadline", item="建档立卡",
             why="'按时准确完成' and '及时审核、上报' with no date or rate."),
        dict(rule="target.missing_value", item="落实危房改造",
             why="'完成当年度下达的…任务' gives no number of houses; the value lives in another document."),
    ],
    notes=("Stored page: 乐昌 (韶关, 广东) open-government page holding 附件1 as an HTML table: title row with '100' on its own "
           "row, then 代码 | 考核指标 | 分值 | 评分细则 | 备注. Group rows (一/二/三) carry '共N项' in the 评分细则 column (pattern 9: "
           "number rows that are not funds). The 备注 text of 1.1 sits on its own line in the page; kept in the 备注 cell. "
           "Row 3.2 holds three criteria; only the first has a figure (≥93%), used as the row's target. "
           "Page stops at '3.4 | 医疗保险和' (row cut; not annotated). 精准帮扶 22 = 3+3+3+… cannot be checked (cut)."),
)

# 3. national: 财政专项扶贫资金绩效评价指标评分表 (book118 preview, digits stripped by the preview)
BK_IND = [
    dict(level1=None, level2=None, name="资金投入", operator=None, value=None, unit=None,
         target_text="主要评价资金投入情况", actual=None, weight=None, score=None),
    dict(level1="资金投入", level2=None, name="省本级预算安排财政专项扶贫资金增幅", operator=None, value=None, unit=None,
         target_text="年度增幅高于中央安排本省的财政专项扶贫资金增幅的得满分低于增幅的按比例减分", actual=None, weight=None, score=None),
    dict(level1="资金投入", level2=None, name="省本级预算安排财政专项扶贫资金与中央预算安排本省的财政专项扶贫资金的比例",
         operator=None, value=None, unit=None,
         target_text="中部西部东部得满分中部西部东部得分在上述比例之间的按比例计分", actual=None, weight=None, score=None),
    dict(level1="资金投入", level2=None, name="省级预算资金分配的合理性规范性", operator=None, value=None, unit=None,
         target_text="评价各省是否", actual=None, weight=None, score=None),
]
GOLD["national-caizhengbu-zhuanxiangfupin-pingfenbiao.docx"] = dict(
    source_urls=["https://max.book118.com/html/2019/0523/8137115111002024.shtm"],
    province="全国",
    doc_kind="绩效评价指标评分表(财政专项扶贫资金)",
    patterns=[5, 6],
    indicators=BK_IND,
    goals=[],
    facts=[],
    findings=[
        dict(rule="target.missing_value", item="省本级预算安排财政专项扶贫资金与中央预算安排本省的财政专项扶贫资金的比例",
             why="the thresholds for 中部/西部/东部 are blank: the cell reads '中部西部东部得满分' with no ratios."),
    ],
    notes=("book118 text preview of a .doc: every digit of the table was dropped by the preview ('指标满分' column shows "
           "'分' with no number, the 序号 of the sub-rows is gone). Rebuilt as a DOCX table with the header 序号 | 指标 | "
           "指标满分 | 指标评价值及得分 | 数据来源, the split 指标满分 sub-header (合计分 | 基础分), and a side block 调整指标 | "
           "最高加分 | 最高减分 (pattern 5). Weights are null because the preview prints none. Row 3 is cut after "
           "'评价各省是否' (where the stored page stops). The viewer boilerplate (VIP notes) is left out."),
)

# 4. national: 财政扶贫资金绩效考评量化指标表 (360docs preview; rows scrambled)
GOLD["national-caizhengbu-fupinzijin-kaopingliangzhibiao.xlsx"] = dict(
    source_urls=["https://360docs.net/doc/648712039.html"],
    province="全国",
    doc_kind="绩效考评量化指标表(财政扶贫资金)",
    patterns=[5, 9],
    indicators=[],
    goals=[],
    facts=[],
    findings=[
        dict(rule="table_not_understood", item="财政扶贫资金绩效考评量化指标表",
             why=("the preview scrambled the table: score bands (10 9-8 7-6 …), thresholds (≤1个月 … >9个月, ≥8%, 中部≥40% …) "
                  "and points (20分, 10分, 5分) are on separate lines, and no indicator name survives; rows cannot be rebuilt.")),
    ],
    notes=("360docs preview of an old (财农〔2008〕91号-era) 量化指标表. The stored text is out of order: band rows, a 备注 "
           "block, then the header (指标满分 | 各项指标考核值及相应得分 | 指标考核值 | 考核得分) and numbered rows without names. "
           "Reproduced cell by cell in the order stored, one fragment line per row; a stray Thai string from the preview "
           "(a web artefact) is left out. The 备注 says items 1-9 total 100 points and item 10 is a deduction item; "
           "the parts are not readable, so no fact is recorded. Page stops at '该指标考核各省(区、市)落实国务院'. "
           "No indicator rows: no row carries a name."),
)

# 5. national: 财农〔2019〕89号 notice on adjusting the 评分表 (prose)
GOLD["national-caizhengbu-fupinpingfenbiao-tiaozheng-tongzhi.docx"] = dict(
    source_urls=["https://www.tuliu.com/read-118820.html"],
    province="全国",
    doc_kind="评分表调整通知(财农〔2019〕89号,转载)",
    patterns=[10],
    indicators=[],
    goals=[],
    facts=[],
    findings=[],
    notes=("Prose only. A portal (土流网) reprint of a 财政部 news item of 2019-11-14 on 《关于调整<财政专项扶贫资金绩效评价指标评分表>的通知》"
           "(财农〔2019〕89号), which replaces 附件2 of 财农〔2017〕115号. The three changes are told in my own words; doc numbers and "
           "dates kept. Stored page stops inside the notice text ('…有关规定与本通知不符的,按本通知'), before the new 评分表 "
           "itself, so there are no indicator rows. The changes name indicators without figures (新增'贫困县退出'等指标); "
           "no row is annotated since no figure is given."),
)

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402 (the gold first, then the builders)
from docx.shared import Pt, Cm  # noqa: E402 (the gold first, then the builders)
from docx.enum.section import WD_ORIENT  # noqa: E402 (the gold first, then the builders)
from docx.oxml.ns import qn  # noqa: E402 (the gold first, then the builders)
from openpyxl import Workbook  # noqa: E402 (the gold first, then the builders)
from openpyxl.styles import Alignment, Font, Border, Side  # noqa: E402 (the gold first, then the builders)


def _docx_base(landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    return d


def _cell(t, r, c, text, bold=False):
    cell = t.cell(r, c)
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    return cell


def _set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def _row_heights(ws, widths, first=1):
    import math
    for r in range(first, ws.max_row + 1):
        lines = 1
        for c in range(1, len(widths) + 1):
            v = ws.cell(row=r, column=c).value
            if v is None:
                continue
            w = widths[c - 1]
            segs = str(v).split("\n")
            need = sum(max(1, math.ceil(sum(2 if ord(ch) > 255 else 1 for ch in seg) / max(w - 2, 4))) for seg in segs)
            lines = max(lines, need)
        ws.row_dimensions[r].height = 14 * lines + 4


def build_lechang(path):
    d = _docx_base(landscape=True)
    d.add_paragraph("附件1")
    rows = [
        ("一", "脱贫成效", "50", "共1项", ""),
        ("1.1", "脱贫成效评价", "50", "1.完成省下达年度脱贫任务(含政策性保障兜底)。 以上指标,不达标不得分。", "查阅资料及有关部门提供"),
        ("二", "精准识别", "15", "共2项", ""),
        ("2.1", "对象识别", "10", LC_IND[3]["target_text"], "精准率由第三方评估提供"),
        ("2.2", "建档立卡", "5", LC_IND[4]["target_text"], "查阅扶贫信息管理系统、帮扶记录簿"),
        ("三", "精准帮扶", "22", "共8项", ""),
        ("3.1", "社会保障政策落实", "3", LC_IND[6]["target_text"], "查阅资料及有关部门提供"),
        ("3.2", "贫困户子女教育", "3", LC_IND[7]["target_text"], "教育部门提供"),
        ("3.3", "落实危房改造", "3", LC_IND[8]["target_text"], "住建及有关部门提供"),
        ("3.4", "医疗保险和", "", "", ""),
    ]
    t = d.add_table(rows=3 + len(rows), cols=5)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 4))
    _cell(t, 0, 0, "被帮扶市级党委和政府扶贫开发工作成效考核指标", bold=True)
    t.cell(1, 0).merge(t.cell(1, 4))
    _cell(t, 1, 0, "100")
    for i, h in enumerate(["代码", "考核指标", "分值", "评分细则", "备注"]):
        _cell(t, 2, i, h, bold=True)
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row):
            _cell(t, r, c, v, bold=(row[0] in ("一", "二", "三") and c < 3))
    _set_widths(t, [Cm(1.4), Cm(3.6), Cm(1.4), Cm(14.0), Cm(4.6)])
    d.save(path)


def build_book118(path):
    d = _docx_base(landscape=True)
    d.add_paragraph("附件")
    h = d.add_paragraph()
    r = h.add_run("财政专项扶贫资金绩效评价指标评分表")
    r.bold = True
    r.font.size = Pt(14)
    t = d.add_table(rows=6, cols=8)
    t.style = "Table Grid"
    # header: 序号 | 指标 | 指标满分(合计分|基础分) | 指标评价值及得分 | 数据来源 | 调整指标(最高加分|最高减分)
    t.cell(0, 0).merge(t.cell(1, 0)); _cell(t, 0, 0, "序号", True)
    t.cell(0, 1).merge(t.cell(1, 1)); _cell(t, 0, 1, "指标", True)
    t.cell(0, 2).merge(t.cell(0, 3)); _cell(t, 0, 2, "指标满分", True)
    _cell(t, 1, 2, "合计分", True); _cell(t, 1, 3, "基础分", True)
    t.cell(0, 4).merge(t.cell(1, 4)); _cell(t, 0, 4, "指标评价值及得分", True)
    t.cell(0, 5).merge(t.cell(1, 5)); _cell(t, 0, 5, "数据来源", True)
    t.cell(0, 6).merge(t.cell(0, 7)); _cell(t, 0, 6, "调整指标", True)
    _cell(t, 1, 6, "最高加分", True); _cell(t, 1, 7, "最高减分", True)
    body = [
        ("一", "资金投入", "分", "", "主要评价资金投入情况", "", "", ""),
        ("", "省本级预算安排财政专项扶贫资金增幅", "分", "", BK_IND[1]["target_text"], "各省上报", "", ""),
        ("", "省本级预算安排财政专项扶贫资金与中央预算安排本省的财政专项扶贫资金的比例", "分", "", BK_IND[2]["target_text"], "各省上报", "", ""),
        ("", "省级预算资金分配的合理性规范性", "分", "", "评价各省是否", "", "", ""),
    ]
    for r_i, row in enumerate(body, start=2):
        for c, v in enumerate(row):
            _cell(t, r_i, c, v, bold=(r_i == 2 and c < 2))
    _set_widths(t, [Cm(1.2), Cm(6.0), Cm(1.5), Cm(1.5), Cm(8.0), Cm(2.2), Cm(1.6), Cm(1.6)])
    d.save(path)


TULIU_PARAS = [
    ("h", "财政专项扶贫资金绩效评价指标评分表调整!调整了哪些内容?"),
    ("p", "2019年11月14日 08:59 来源:财政部网站"),
    ("p", "财政部与国务院扶贫办近日联合下发《关于调整<财政专项扶贫资金绩效评价指标评分表>的通知》,目的是让绩效评价"
          "在财政专项扶贫资金的使用和管理上更好地起到引导与激励作用。下面看看调整的要点。"),
    ("h2", "一、财政专项扶贫资金绩效评价指标评分表调整了哪些内容?"),
    ("p", "1、评价资金使用效益的内容更充实了:评分表增加了“贫困县退出”等指标,促使各地把力气用在提高资金效益上,"
          "考核的“指挥棒”作用更强。"),
    ("p", "2、抽查的项目数量增加了,抽查面更广、查得更深,对工作成效的评价因此更客观、更准确。"),
    ("p", "3、对突出问题扣分更重,并规定出现严重问题的不得评为优秀,评分表的标尺作用得到加强。"),
    ("p", "财政部农业农村司有关负责人说,下一步将与国务院扶贫办等部门一道加强政策培训,严格组织好年度绩效评价,"
          "持续提高财政专项扶贫资金绩效管理水平。"),
    ("h2", "关于调整《财政专项扶贫资金绩效评价指标评分表》的通知 财农〔2019〕89号"),
    ("p", "有关省、自治区、直辖市财政厅(局)、扶贫办(局):"),
    ("p", "为更好发挥绩效评价对财政专项扶贫资金使用管理的导向和激励作用,我们对《财政专项扶贫资金绩效评价办法》"
          "(财农〔2017〕115号)的附件2《财政专项扶贫资金绩效评价指标评分表》作了调整,现将调整后的评分表印发,请遵照执行。"
          "本通知自印发之日起施行。《财政专项扶贫资金绩效评价办法》(财农〔2017〕115号)中有关规定与本通知不符的,按本通知"),
]


def build_tuliu(path):
    d = _docx_base()
    for kind, text in TULIU_PARAS:
        if kind == "h":
            p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(14)
        elif kind == "h2":
            p = d.add_paragraph(); r = p.add_run(text); r.bold = True
        else:
            d.add_paragraph(text)
    d.save(path)


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _wb():
    wb = Workbook()
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def _put(ws, r, c, v, bold=False, border=True):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if len(str(v)) < 8 else "left")
    cell.font = Font(name="Noto Sans CJK SC", size=9, bold=bold)
    if border:
        cell.border = BORDER
    return cell


def build_wxldp(path):
    wb = _wb()
    ws = wb.active
    ws.title = "考核指标"
    hdr = ["考核指标", "评价内容", "评价标准", "计分条件", "计分分值", "数据来源", "考核部门(单位)"]
    for c, h in enumerate(hdr, 1):
        _put(ws, 1, c, h, bold=True)
    rows = [
        ["4个一级指标、7个二级指标", "21项", "-", "-", 100, "-", "-"],
        ["一、减贫成效", "13项", "-", "-", 65, "-", "-"],
        ["(一)贫困人口脱贫", "7项", "-", "-", 40, "-", "-"],
        ["1.省下达年度计划完成情况", "(1)减贫人口完成率(%)",
         "减贫人口以户为单位,以评估验收确认结果为依据。\n完成率=减贫人口净完成数÷省下达减贫人口总数×100%。",
         "完成率100%计满分;净完成数有1人不达标,该项不得分。", 15,
         "1.省下达减贫人口数。\n2.净减贫人口评估验收确认数。\n3.国家扶贫开发信息系统。", "市扶贫移民局"],
        [None, "(2)义务教育保障",
         "减贫人口家庭子女义务教育阶段,无因贫困而未读和辍学(不含教育部门认定的特殊教育子女)的达标率(%)。\n"
         "达标率=减贫人口家庭子女义务教育阶段入学数÷减贫人口家庭子女义务教育阶段总数×100%。",
         "达标率100%计满分;每减少0.1个百分点扣1分,扣完为止。", 4, "部门考核结果", "市教育局"],
        [None, "(3)基本医疗保障",
         "减贫人口参加新型农村合作医疗参合率(%)。\n参合率=减贫人口参加人数÷减贫人口总数×100%。",
         "参合率100%计满分;每减少0.1个百分点扣1分,扣完为止。", 2, "部门考核结果", "市卫计委"],
        [None, None,
         "减贫人口县域内就诊的个人医疗费用支出控制在10%以内的达标率(%)。\n达标率=减贫人口医疗费用支出达标人数÷减贫人口总数×100%",
         "达标率100%计满分;每减少0.1个百分点扣1分,扣完为止。", 2, None, None],
        [None, "(4)住房安全保障",
         "减贫人口住房安全达标率(%)。\n达标率=减贫人口住房安全达标户数÷减贫人口总户数×100%",
         "达标率100%计满分;每减少0.1个百分点扣1分,扣完为止。", 4, "部门考核结果", "市住建厅"],
        [None, None,
         "易地扶贫搬迁年度计划完成率(%)。\n完成率=年度计划完成数÷省下达计划数×100%。",
         "完成率100%计满分", None, None, None],
    ]
    for r_i, row in enumerate(rows, start=2):
        for c, v in enumerate(row, 1):
            _put(ws, r_i, c, "" if v is None else v, bold=(r_i <= 4 and c == 1))
    # merges as found: 考核指标 '1.省下达…' down rows 5-10; (3) and (4) 评价内容 two rows each;
    # (3)'s 数据来源/考核部门 shared by its two sub-rows
    ws.merge_cells("A5:A10")
    ws.merge_cells("B7:B8")
    ws.merge_cells("F7:F8")
    ws.merge_cells("G7:G8")
    ws.merge_cells("B9:B10")
    widths = [16, 16, 44, 28, 8, 24, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    _row_heights(ws, widths)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


def build_360(path):
    wb = _wb()
    ws = wb.active
    ws.title = "Sheet1"
    lines = [
        ["财政扶贫资金绩效考评量化指标表"],
        ["45分"],
        ["≤1个月", ">1个月,≤2个月", ">2个月,≤3个月", ">3个月,≤4个月", ">4个月,≤5个月", ">5个月,≤6个月", ">9个月"],
        ["10", "9-8", "7-6", "5-4", "3-2", "1", "0"],
        ["4"],
        ["10分"],
        ["5"],
        ["10分"],
        ["≥8%", "5", "4-3", "2-1", "0", "5", "4-3", "2-1", "0"],
        ["5分"],
        ["≥4%,<8%", ">0%,<4%", "0%"],
        ["中部≥40%,西部≥ 30%,东部≥100%", "中部≥20%,西部≥ 15%,东部≥50%", "中部≥10%,西部≥ 5%,东部≥25%", "中部<10%,西部<5%, 东部<25%"],
        ["备注:1、指标4中当年领导小组下达到省资金,指发展资金(预拨资金和新增资金)、以工代赈资金 和少数民族发展资金。 "
         "2、以上第1-第9项指标总分为100分,第10项指标为减分指标。最后得分为10项指标得分之和。 "
         "3、各省(区、市)财政厅(局)需将预算安排、分配扶贫资金(含执行中追加)的文件复印件报 送财政部农业司备案;"
         "在拨付财政扶贫资金时,应将拨款文同时抄送财政部农业司备案。"],
        ["指标满 分 45分"],
        ["各项指标考核值及相应得分", None, None, None, "指标考核值", "考核得分"],
        ["1"],
        ["20分"],
        ["按排位打 分,每位次 按0.25分递 减"],
        ["2"],
        ["10分"],
        ["超过本省农民人均纯收 入增幅2%", "超过本省农民人均纯收 入增幅2%-0", "低于本省农民人均纯收 入增幅0-2%",
         "超过本省农民人均纯收 入增幅2%", "超过本省农民人均纯收 入增幅2%-0", "低于本省农民人均纯收 入增幅0-2%"],
        ["≥70%", "2分"],
        ["2", "1.9-1", "0.9-0", "3", "2.9-2", "1.9-1", "0.9-0", "8", "7-6", "5-4", "0"],
        ["≥50%,<70%", "<50%"],
        ["100%"],
        ["6.2"],
        ["3分"],
        ["≥80%,<100%", "≥60%,<80%", "<60%"],
        ["≥60%"],
        ["7"],
        ["该指标考核各省(区、市)落实国务院"],
    ]
    for r_i, row in enumerate(lines, start=1):
        for c, v in enumerate(row, 1):
            if v is None:
                continue
            _put(ws, r_i, c, v, bold=(r_i == 1), border=(r_i != 1))
    ws.merge_cells("A1:K1")
    ws.merge_cells("A13:K13")
    ws.merge_cells("A15:D15")
    for i in range(11):
        ws.column_dimensions[chr(65 + i)].width = 13
    ws.row_dimensions[13].height = 60
    for r in range(1, ws.max_row + 1):
        if r != 13 and r != 1:
            ws.row_dimensions[r].height = 30
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


BUILDERS = {
    "sichuan-shiji-tuopingongjian-kaohezhibiao.xlsx": build_wxldp,
    "guangdong-lechang-fupinchengxiao-kaohezhibiao.docx": build_lechang,
    "national-caizhengbu-zhuanxiangfupin-pingfenbiao.docx": build_book118,
    "national-caizhengbu-fupinzijin-kaopingliangzhibiao.xlsx": build_360,
    "national-caizhengbu-fupinpingfenbiao-tiaozheng-tongzhi.docx": build_tuliu,
}


def make_deterministic(path):
    """Rewrite the zip with sorted entries and a fixed timestamp."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
        fixed.append((name, data))
    items = fixed
    # keep [Content_Types].xml first, the rest sorted
    items.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    out = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.splitext(path)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    txt_raw = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    items = []
    for ind in gold["indicators"]:
        items += [("name", ind["name"]), ("target", ind["target_text"])]
    for g in gold["goals"]:
        items.append(("goal", g["text"]))
    for f in gold["findings"]:
        items.append(("finding", f["item"]))
    for kind, s in items:
        if norm(s) not in txt and norm(s) not in txt_raw:
            missing.append((kind, s))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, build in BUILDERS.items():
        path = os.path.join(HERE, fname)
        build(path)
        make_deterministic(path)
        pdf = to_pdf(path)
        gold = GOLD[fname]
        for src in (fname, os.path.basename(pdf)):
            rec = {"source": src}
            rec.update(gold)
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
        miss = check_pdf(pdf, gold)
        status = "ok" if not miss else "MISSING %s" % miss
        if miss:
            bad += 1
        print(fname, "rows=%d goals=%d findings=%d facts=%d" % (
            len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"])), status)
    tot = [sum(len(g[k]) for g in GOLD.values()) for k in ("indicators", "goals", "findings", "facts")]
    print("totals rows=%d goals=%d findings=%d facts=%d" % tuple(tot))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
