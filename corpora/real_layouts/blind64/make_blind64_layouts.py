#!/usr/bin/env python3
"""Blind part 64 of the real-layout corpus: three documents and their hand-written gold.

Each document reproduces one stored public page (address in its DOCS entry). Layout and facts (names, values,
amounts, dates) follow the page; longer sentences are in our own words with the same numbers. The stored copy of
a page holds its beginning only, so every document stops where the stored page stops.

Usage: python make_blind64_layouts.py [--no-pdf]
Writes <name>.docx / <name>.xlsx, <name>.pdf (LibreOffice export) and annotations/<file>.json for each document.
DOCX/XLSX bytes are deterministic: core properties pinned to 2025-01-01 and every zip entry re-written with a fixed
date in a fixed order.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FIXED_W3C = "2025-01-01T00:00:00Z"


def ind(l1, l2, name, weight):
    """An evaluation-table row: the weight is the only number the template gives."""
    return {"level1": l1, "level2": l2, "name": name, "operator": None, "value": None, "unit": None,
            "target_text": None, "actual": None, "weight": weight, "score": None}


def total(metric, tot, parts, unit):
    return {"metric": metric, "kind": "sum", "total": tot, "parts": parts, "unit": unit}


def budget(metric, planned, actual, rate, unit):
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": rate,
            "unit": unit}


# ---------------------------------------------------------------------------------------------------------
# 1  广东 茂名市交通运输局: 2023 省级交通专项资金(普通公路水路建设) 绩效自评报告, on an aggregator mirror
# ---------------------------------------------------------------------------------------------------------
MAOMING_GOAL = ("按计划完成“十四五”现代综合交通运输体系发展规划范围内综合交通、公路等方面的年度建设任务,"
                "其中:完成超限车辆电子抓拍监控设施点7个、支持普通国省道升级改造11.94公里、"
                "支持普通国省道桥涵标维护5座。")

MAOMING_BLOCKS = [
    ("title", "茂名市交通运输局关于2023年度省级交通专项资金(普通公路水路建设)绩效自评报告"),
    ("center", "发布时间: 2024年07月10日"),
    ("h", "摘要信息"),
    ("table", {"rows": [["招标单位", ""], ["招标编号", ""], ["招标估价", ""], ["招标联系人", ""],
                        ["招标代理机构", ""], ["代理联系人", ""], ["报名截止时间", ""], ["投标截止时间", ""]],
               "merges": [], "widths": [4.0, 10.0]}),
    ("h", "关键信息"),
    ("h", "招标详情"),
    ("p", "下文中****处为隐藏内容,仅向千里马会员开放;如需查看完整内容,可拨打咨询热线:400-688-2000"),
    ("p", "相关单位:"),
    ("p", "***********公司企业信息"),
    ("h", "一、基本情况"),
    ("h", "(一)资金情况"),
    ("p", "本次纳入绩效自评的资金,是2023年度安排的省级交通专项资金(普通公路水路建设),共计7505万元。"
          "非省直管县的资金由市财政局会同我局下达到各区、县级市;省直管县的资金由省里直接下达给当地财政部门。"),
    ("h", "(二)绩效目标情况"),
    ("p", MAOMING_GOAL),
    ("h", "二、自评情况"),
    ("h", "(一)自评分数"),
    ("p", "根据各区、县级市上报的自评结果,普通国省道建设绩效自评分数为73.18分,省交通事业发展保障支出绩效"
          "自评分数为89.03分,省对地方普通公路养护绩效自评得分为86.89分。"),
    ("h", "(二)专项资金使用绩效"),
    ("p", "1.专项资金支出情况"),
    ("p", "**市收到普通公路水路建设省补助资金合计7505万元,已支出2171.13万元,资金支付率28.93%。其中:"),
    ("p", "收到普通国省道建设(普通国省道改造11.94公里、国省道桥涵标维护5座)补助资金2666万元,已支出39万元,"
          "资金支付率1.46%。"),
    ("p", "收到省交通事业发展保障支出520万元,其中:超限车辆电子抓拍监控设施建设补助资金520万元,"
          "已支出388.16万元,资金支"),
]

MAOMING_NOTES = (
    "茂名市交通运输局 (广东) self-evaluation report on the 2023 省级交通专项资金(普通公路水路建设), published "
    "2024-07-10, as stored on an aggregator mirror of a 千里马 bid page (lrobsvt.cn). The mirror shows the text in "
    "traditional characters with pinyin glosses inside some characters (關(guān) …); the document is written in "
    "simplified characters, which is the text the mirror garbles (judgement call). Kept as found: the aggregator's "
    "empty 摘要信息 field list (招标单位 … 投标截止时间) and its notice about hidden '****' content, the masked city "
    "name '**市', and '***********公司企业信息'. The stored page ends inside the third spending sentence "
    "('已支出388.16万元,资金支'); the document stops there. No indicator table: the three targets (7个, 11.94公里, "
    "5座) sit inside the goal sentence, so they are recorded in the goal, not as indicator rows. Facts: 2171.13/7505 "
    "= 28.929% -> 28.93% (consistent); 39/2666 = 1.463% -> 1.46% (consistent); the 520万元 line has no stated rate "
    "(cut), so stated_rate is null. The parts of 7505 are not all given before the cut (2666 + 520 + a 养护 amount "
    "that never appears), so no sum fact. The three 自评 scores (73.18, 89.03, 86.89) come without grades or parts, "
    "so no grade/score_total fact. Judgement calls: the very low payment rates (28.93%, 1.46%) are not flagged as "
    "deviation_reason_missing because the report is cut in the middle of its spending paragraph, before any section "
    "where reasons would be given; the goal is quantified (7个/11.94公里/5座), so no goal finding. Prose-only report "
    "(one of the two allowed).")

# ---------------------------------------------------------------------------------------------------------
# 2  湖南 桃源县热市镇人民政府: 2024年部门整体支出绩效自评报告
# ---------------------------------------------------------------------------------------------------------
TAOYUAN_BLOCKS = [
    ("title", "桃源县热市镇人民政府2024年部门整体支出绩效自评报告"),
    ("center", "来源:热市镇人民政府  发布时间:2025-09-15 16:17"),
    ("title", "2024年度桃源县热市镇人民政府"),
    ("title", "部门整体支出绩效自评报告"),
    ("h", "一、部门概况"),
    ("h", "(一)机构、人员构成"),
    ("p", "桃源县热市镇人民政府是由财政预算全额拨款的单位。镇里设党政办公室、党建办公室、经济发展办公室、"
          "平安建设与应急管理办公室等内设机构,下辖农业综合服务中心、社会事务综合服务中心、生态事务中心、"
          "文化综合服务中心、退役军人服务站、综合行政执法大队以及财政所、司法所。全镇核定编制99个,其中行政编制"
          "46个,全额拨款事业编制53个;实有在职人员84人,其中行政编制40人,全额拨款事业编制44人。"),
    ("h", "(二)单位主要职责"),
    ("p", "1. 贯彻落实党和国家的路线、方针、政策及法律法规,执行上级行政机关的决议、命令和同级党委的决定,"
          "抓好农业农村工作,落实镇人民代表大会的决议。"),
    ("p", "2. 向镇人民代表大会及其主席团和上级行政机关负责并报告工作。"),
    ("p", "3. 编制并组织实施本镇国民经济和社会发展的中长期规划与年度计划,编制和执行财政预算。"),
    ("p", "4. 管理本镇区域内经济和社会事业方面的行政工作。"),
    ("p", "5. 负责镇域内的行政执法,维护社会秩序,保障公民人身、民主、财产等合法权利和经济组织的合法权益。"),
    ("p", "6. 指导、支持和帮助村民委员会开展工作。"),
    ("p", "7. 完成县委、县政府交办的其他工作。"),
    ("h", "二、部门财务情况"),
    ("h", "(一)部门整体支出情况"),
    ("p", "2024年部门年初预算支出5381.80万元,其中:基本支出1059.00万元,项目支出4322.88万元。"
          "部门决算支出5241.83万元,其中:基本支出1566.89万元,项目支出3674.94万元。"),
    ("h", "(三)部门预算收支决算情况"),
    ("p", "2024年部门年初预算收入5381.80万元,年内调整预算收入5574.40万元,决算收入5241.83万"),
]

TAOYUAN_NOTES = (
    "桃源县热市镇人民政府 (常德, 湖南) 2024 部门整体支出绩效自评报告, published 2025-09-15 on the county site "
    "(乡镇街道财政信息). The page's own print/font controls (【打印】【字体:) are site chrome and are left out; the "
    "source/date line is kept. Kept as found: the section numbering jumps from (一) to (三) under 二、部门财务情况 "
    "(there is no (二)); the list of 内设机构 and 下设 units; staff figures. The stored page ends in the middle of "
    "(三) at '决算收入5241.83万' (the unit is cut after 万); the document stops there. It is cut before any goal, "
    "indicator or score, so there are no goals, no indicators and no coverage finding. Facts: 99 = 46 + 53 个 and "
    "84 = 40 + 44 人 are consistent; 决算支出 5241.83 = 1566.89 + 3674.94 is consistent; 年初预算支出 5381.80 ≠ "
    "1059.00 + 4322.88 = 5381.88 (0.08万元 off) -> consistency.sum. The budget fact pairs the 调整预算收入 5574.40 "
    "with the 决算收入 5241.83 (no rate is stated; 94.0% recomputed; the 决算 figure is complete although its unit "
    "is cut). Judgement call: the 5381.80 年初预算收入 equals the 年初预算支出 total, which suggests the total is "
    "right and one part is mistyped, but the gold only records that total and parts disagree. Prose-only report "
    "(one of the two allowed).")

# ---------------------------------------------------------------------------------------------------------
# 3  四川 达州 (nyj.dazhou): blank evaluation score sheets (部门整体 + 项目), weights written in the labels
# ---------------------------------------------------------------------------------------------------------
# Table 1: 一级 | 二级 | 三级 | 得分, weights only inside the labels; 得分 column empty throughout.
DZ_T1 = [
    # (level1, level2, level3)
    ("部门决策(25分)", "目标任务(15分)", "相关性(5分)"),
    ("部门决策(25分)", "目标任务(15分)", "明确性(5分)"),
    ("部门决策(25分)", "目标任务(15分)", "合理性(5分)"),
    ("部门决策(25分)", "预算编制(10分)", "测算依据(5分)"),
    ("部门决策(25分)", "预算编制(10分)", "目标管理(5分)"),
    ("综合管理(30分)", "专项资金分配时限(2分)", "市级财力专项预算分配时限(1分)"),
    ("综合管理(30分)", "专项资金分配时限(2分)", "中央专款分配合规率(1分)"),
    ("综合管理(30分)", "中期评估(2分)", "执行中期评估(2分)"),
    ("综合管理(30分)", "绩效监控(5分)", "预算执行进度监控(2分)"),
    ("综合管理(30分)", "绩效监控(5分)", "绩效目标动态监控(3分)"),
    ("综合管理(30分)", "非税收入执收情况(2分)", "非税收入征收情况(1分)"),
    ("综合管理(30分)", "非税收入执收情况(2分)", "非税收入上缴情况(1分)"),
    ("综合管理(30分)", "资产管理(6分)", "资产管理信息化情况(2分)"),
    ("综合管理(30分)", "资产管理(6分)", "行政事业单位资产报告情况(2分)"),
    ("综合管理(30分)", "资产管理(6分)", "资产管理与预算管理相结合(2分)"),
    ("综合管理(30分)", "内控制度管理(2分)", "内部控制度健全完整(2分)"),
    ("综合管理(30分)", "信息公开(6分)", "预算公开(2分)"),
    ("综合管理(30分)", "信息公开(6分)", "决算公开(2分)"),
    ("综合管理(30分)", "信息公开(6分)", "绩效信息公开(2分)"),
    ("综合管理(30分)", "绩效评价(5分)", "绩效评价开展(2分)"),
    ("综合管理(30分)", "绩效评价(5分)", "评价结果应用(3分)"),
    ("部门绩效情况(45分)", "履职成效(20分)", "部门特性指标"),
    ("部门绩效情况(45分)", "履职成效(20分)", ""),
    ("部门绩效情况(45分)", "履职成效(20分)", ""),
    ("部门绩效情况(45分)", "履职成效(20分)", ""),
    ("部门绩效情况(45分)", "可持续发展能力(15分)", "重点改革(重点工作)完成情况(5分)"),
    ("部门绩效情况(45分)", "可持续发展能力(15分)", "科技(制度、方法、机制等)创新(5分)"),
    ("部门绩效情况(45分)", "可持续发展能力(15分)", "人才培养(5分)"),
    ("部门绩效情况(45分)", "满意度(10分)", "协作部门满意度(3分)"),
    ("部门绩效情况(45分)", "满意度(10分)", "管理对象满意度(3分)"),
    ("部门绩效情况(45分)", "满意度(10分)", "社会公众满意度(4分)"),
]

# Table 2: 一级 | 二级 | 三级 | 分值 | 得分; the 一级/二级 cells hold only their weights, as on the page.
DZ_T2 = [
    ("(20分)", "(10分)", "必要性", "5"),
    ("(20分)", "(10分)", "可行性", "5"),
    ("(20分)", "(10)", "明确性", "5"),
    ("(20分)", "(10)", "合理性", "5"),
    ("(10分)", "(7分)", "资金分配", "3"),
    ("(10分)", "(7分)", "资金使用", "4"),
    ("(10分)", "(3分)", "执行规范", "3"),
    ("(特性指标70分)", "(20)", "完成数量", "5"),
    ("(特性指标70分)", "(20)", "完成质量", "5"),
    ("(特性指标70分)", "(20)", "完成时效", "5"),
    ("(特性指标70分)", "(20)", "完成成本", "5"),
    ("(特性指标70分)", "(50分)", "经济效益(可选项)", "40"),
    ("(特性指标70分)", "(50分)", "社会", ""),          # the stored page ends here
]

WEIGHT_IN_NAME = re.compile(r"[((](\d+)分[))]$")


def dz_indicators():
    out = []
    for l1, l2, l3 in DZ_T1:
        if not l3 or l3 == "部门特性指标":
            continue                       # template placeholder heading and its empty rows
        m = WEIGHT_IN_NAME.search(l3)
        out.append(ind(l1, l2, l3, int(m.group(1)) if m else None))
    for l1, l2, l3, w in DZ_T2:
        if not w:
            continue                       # the cut fragment '社会'
        out.append(ind(l1, l2, l3, int(w)))
    return out


DZ_FACTS = [
    total("部门决策(25分)", 25, [15, 10], "分"),
    total("目标任务(15分)", 15, [5, 5, 5], "分"),
    total("预算编制(10分)", 10, [5, 5], "分"),
    total("综合管理(30分)", 30, [2, 2, 5, 2, 6, 2, 6, 5], "分"),
    total("专项资金分配时限(2分)", 2, [1, 1], "分"),
    total("绩效监控(5分)", 5, [2, 3], "分"),
    total("非税收入执收情况(2分)", 2, [1, 1], "分"),
    total("资产管理(6分)", 6, [2, 2, 2], "分"),
    total("信息公开(6分)", 6, [2, 2, 2], "分"),
    total("绩效评价(5分)", 5, [2, 3], "分"),
    total("部门绩效情况(45分)", 45, [20, 15, 10], "分"),
    total("可持续发展能力(15分)", 15, [5, 5, 5], "分"),
    total("满意度(10分)", 10, [3, 3, 4], "分"),
    total("(20分) [项目表一级]", 20, [10, 10], "分"),
    total("(10分) [项目表二级, 必要性/可行性]", 10, [5, 5], "分"),
    total("(10) [项目表二级, 明确性/合理性]", 10, [5, 5], "分"),
    total("(10分) [项目表一级]", 10, [7, 3], "分"),
    total("(7分) [项目表二级]", 7, [3, 4], "分"),
    total("(特性指标70分)", 70, [20, 50], "分"),
    total("(20) [项目表二级, 完成数量…完成成本]", 20, [5, 5, 5, 5], "分"),
]

DZ_NOTES = (
    "Page on nyj.dazhou.gov.cn (达州市农业农村局 site, 四川). The stored page starts directly with two blank score "
    "sheets and has no title, date or unit name before them (year unknown; the share asks for 2022-2025 and this is "
    "recorded as unknown). Sheet 1 is a 部门整体支出 evaluation sheet: 一级指标/二级指标/三级指标/得分, every weight "
    "written inside the label ('相关性(5分)'), the 得分 column empty throughout; 一级 and 二级 labels are merged down "
    "their rows. Under 履职成效(20分) the 三级 cell says only '部门特性指标' and three empty rows follow (a slot for the "
    "department's own indicators): that heading and the empty rows are template text, not indicator rows, so they "
    "are left out of the gold indicators. Sheet 2 follows on the same page: a '单位名称/ 项目名称' row left blank, "
    "then 一级 指标/二级 指标/三级指标/分值/得分, where the 一级 and 二级 cells show only their weights ('(20分)', "
    "'(10)', '(特性指标70分)') - the label words are missing on the page and are kept missing; weights sit in a 分值 "
    "column. The page ends at a cell reading '社会' under (50分); that fragment is reproduced but not counted. Gold "
    "indicators: 27 rows from sheet 1 + 12 from sheet 2 = 39, each with its weight, no value, no target text, no "
    "score. Kept as found: the typo '内部控制度健全完整' (for 内部控制制度), the weight labels without 分 ('(10)', "
    "'(20)'). Facts: every stated subtotal equals the sum of its children (25 = 15 + 10; 30 = 2+2+5+2+6+2+6+5; 45 = "
    "20 + 15 + 10; 70 = 20 + 50 …); (50分) is not recorded because its second child is cut; 履职成效(20分) has no "
    "weighted children; sheet 1 adds up to 100 but states no total. Judgement calls: no findings - this is an "
    "unfilled template (no targets, no scores), so missing values/scores are not defects of a filled form, and the "
    "'部门特性指标' slot is the template's own instruction, not a placeholder left in a submitted table; no coverage "
    "finding because an evaluation sheet (决策/管理/绩效) is not a 产出/效益/满意度 target table.")

# ---------------------------------------------------------------------------------------------------------

DOCS = [
    {
        "file": "gd-maoming-roadfund-selfreport.docx",
        "urls": ["http://lrobsvt.cn/bid-433046742.html"],
        "province": "广东",
        "doc_kind": "自评报告 (专项资金绩效自评, aggregator mirror, prose)",
        "patterns": [8, 10],
        "blocks": MAOMING_BLOCKS,
        "indicators": [],
        "goals": [{"kind": "目标", "text": MAOMING_GOAL}],
        "facts": [
            budget("普通公路水路建设省补助资金", 7505, 2171.13, 28.93, "万元"),
            budget("普通国省道建设补助资金", 2666, 39, 1.46, "万元"),
            budget("超限车辆电子抓拍监控设施建设补助资金", 520, 388.16, None, "万元"),
        ],
        "findings": [],
        "notes": MAOMING_NOTES,
    },
    {
        "file": "hn-taoyuan-reshi-dept-selfreport.docx",
        "urls": ["https://www.taoyuan.gov.cn/zwdt/szzl/dqzt/bjyjs/xzjdczxx/xzjdyjsgk/content_78182092"],
        "province": "湖南",
        "doc_kind": "部门整体支出绩效自评报告 (乡镇, prose)",
        "patterns": [10],
        "blocks": TAOYUAN_BLOCKS,
        "indicators": [],
        "goals": [],
        "facts": [
            total("核定编制", 99, [46, 53], "个"),
            total("实有在职人员", 84, [40, 44], "人"),
            total("年初预算支出", 5381.80, [1059.00, 4322.88], "万元"),
            total("部门决算支出", 5241.83, [1566.89, 3674.94], "万元"),
            budget("部门预算收入(调整预算/决算)", 5574.40, 5241.83, None, "万元"),
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "年初预算支出",
             "why": "年初预算支出 is stated as 5381.80万元 but its parts 基本支出1059.00 + 项目支出4322.88 = 5381.88万元"},
        ],
        "notes": TAOYUAN_NOTES,
    },
    {
        "file": "sc-dazhou-nyj-eval-scoresheet.xlsx",
        "urls": ["http://nyj.dazhou.gov.cn/xxgk-show-16453.html"],
        "province": "四川",
        "doc_kind": "绩效评价评分表 (部门整体 + 项目, blank template)",
        "patterns": [1, 6, 8],
        "indicators": dz_indicators(),
        "goals": [],
        "facts": DZ_FACTS,
        "findings": [],
        "notes": DZ_NOTES,
    },
]


# ---------------------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------------------

def _font(run, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def _cell(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    _font(run, 9, bold)


def build_docx(doc_def, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    for kind, payload in doc_def["blocks"]:
        if kind == "table":
            rows = payload["rows"]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    _cell(table.cell(r, c), text)
            for r1, c1, r2, c2 in payload["merges"]:
                table.cell(r1, c1).merge(table.cell(r2, c2))
            for c, w in enumerate(payload["widths"]):
                for r in range(len(rows)):
                    table.cell(r, c).width = Cm(w)
            continue
        para = doc.add_paragraph()
        if kind in ("title", "center"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(payload)
        _font(run, 14 if kind == "title" else 10.5, bold=kind in ("title", "h"))
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def build_dazhou_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    rows = [["一级指标", "二级指标", "三级指标", "得分"]]
    rows += [[a, b, c, ""] for a, b, c in DZ_T1]
    t1_start, t1_end = 1, len(rows)
    rows.append([])                                         # gap between the two sheets of the page
    t2_title = len(rows) + 1
    rows.append(["单位名称/ 项目名称", "", "", "", ""])
    rows.append(["一级 指标", "二级 指标", "三级指标", "分值", "得分"])
    t2_first = len(rows) + 1
    rows += [[a, b, c, int(w) if w else "", ""] for a, b, c, w in DZ_T2]
    t2_end = len(rows)
    for r, row in enumerate(rows, start=1):
        for c, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=val)
            cell.alignment = wrap
            cell.font = Font(name="SimSun", size=9, bold=(r in (1, t2_title + 1)))
            cell.border = box

    def merge_runs(col, first_row, values):
        # merge equal consecutive label cells (values[i] sits on first_row + i), as the page merges them
        start = 0
        for i in range(1, len(values) + 1):
            if i == len(values) or values[i] != values[start]:
                if i - start > 1:
                    ws.merge_cells(start_row=first_row + start, start_column=col,
                                   end_row=first_row + i - 1, end_column=col)
                start = i

    merge_runs(1, t1_start + 1, [a for a, _, _ in DZ_T1])
    merge_runs(2, t1_start + 1, [a + "|" + b for a, b, _ in DZ_T1])
    ws.merge_cells(start_row=t2_title, start_column=2, end_row=t2_title, end_column=5)
    merge_runs(1, t2_first, [a for a, _, _, _ in DZ_T2])
    merge_runs(2, t2_first, [a + "|" + b for a, b, _, _ in DZ_T2])
    for col, width in zip("ABCDE", (18, 22, 34, 8, 8)):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    write_fixed_zip(buf.getvalue(), path)
    assert t1_end == len(DZ_T1) + 1 and t2_end == len(rows)


def write_fixed_zip(data, path):
    """Re-write a zip package with every entry dated 2025-01-01, in a fixed order, core dates pinned."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = zin.namelist()
    order = sorted(names, key=lambda n: (n != "[Content_Types].xml", n))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in order:
            payload = zin.read(name)
            if name == "docProps/core.xml":
                text = payload.decode("utf-8")
                text = re.sub(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?", FIXED_W3C, text)
                payload = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, payload)


def gold(doc_def, source):
    return {
        "source": source,
        "source_urls": doc_def["urls"],
        "province": doc_def["province"],
        "doc_kind": doc_def["doc_kind"],
        "patterns": doc_def["patterns"],
        "indicators": doc_def["indicators"],
        "goals": doc_def["goals"],
        "facts": doc_def["facts"],
        "findings": doc_def["findings"],
        "notes": doc_def["notes"],
    }


def write_json(obj, path):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    make_pdf = "--no-pdf" not in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for doc_def in DOCS:
        path = os.path.join(HERE, doc_def["file"])
        if path.endswith(".docx"):
            build_docx(doc_def, path)
        else:
            build_dazhou_xlsx(path)
        write_json(gold(doc_def, doc_def["file"]), os.path.join(ANN, doc_def["file"] + ".json"))
        pdf_name = os.path.splitext(doc_def["file"])[0] + ".pdf"
        if make_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        write_json(gold(doc_def, pdf_name), os.path.join(ANN, pdf_name + ".json"))
        print("wrote", doc_def["file"], "+", pdf_name)


if __name__ == "__main__":
    main()
