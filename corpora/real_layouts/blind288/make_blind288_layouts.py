"""Build the blind288 part: agriculture programme documents (动物防疫考核评分, 农业生产救灾自评,
农业保险评价报告, 植保自评表), with gold annotations written before any file is read back.

Run: /tmp/wvenv/bin/python make_blind288_layouts.py
"""

import copy
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind288"
FIXED_DT = "2024-01-01T00:00:00Z"
ZIP_TS = (2024, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

# ---------------------------------------------------------------------------
# GOLD (written first; nothing below reads a built file before this is fixed)
# ---------------------------------------------------------------------------


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


G1_L1 = "防疫实施情况(81分)"
GOLD = {}

GOLD["blind288_01_qiufang_kaohe"] = {
    "source_urls": ["https://renrendoc.com/p-13846276.html"],
    "province": None,
    "doc_kind": "秋季动物防疫工作考核评分细则(考核表)",
    "patterns": [1, 5, 6],
    "indicators": [
        ind(None, "各村召开秋防工作会", "各村召开秋防工作会,制定秋防工作方案", None, None, None,
            "各村召开秋防工作会,制定秋防工作方案", weight=2),
        ind(None, "工作经费落实情况", "秋季防疫工作经费", ">=", 2000, "元",
            "各村秋季防疫工作经费2000元以上", weight=2),
        ind(G1_L1, "免疫密度与耳标佩戴率", "耳标佩戴率", "=", 100, "%", "耳标佩戴率100%", weight=10),
        ind(G1_L1, "免疫密度与耳标佩戴率", "猪瘟、猪蓝耳病、猪口蹄疫免疫密度", "=", 100, "%",
            "猪瘟、猪蓝耳病、猪口蹄疫免疫密度100%", weight=8),
        ind(G1_L1, "免疫密度与耳标佩戴率", "鸡新城疫、禽流感免疫密度", "=", 100, "%",
            "鸡新城疫、禽流感免疫密度100%", weight=8),
        ind(G1_L1, "免疫密度与耳标佩戴率", "牛羊口蹄疫免疫密度", "=", 100, "%", "牛羊口蹄疫免疫密度100%", weight=5),
        ind(G1_L1, "防疫补针", "填栏补槽畜禽及时补针", None, None, None, "填栏补槽畜禽及时补针", weight=4),
        ind(G1_L1, "规范的免疫操作", "防疫保苗", None, None, None, "实现“,苗不离冰”", weight=2),
        ind(G1_L1, "规范的免疫操作", "防疫队伍(专班)", ">=", 3, "人", "防疫队伍三人以上", weight=2),
        ind(G1_L1, "免疫抗体监测情况", "猪瘟免疫抗体合格率", ">=", 70, "%", "免疫抗体合格率达70%以上", weight=8),
        ind(G1_L1, "免疫抗体监测情况", "蓝耳病免疫抗体合格率", ">=", 70, "%", "免疫抗体合格率达70%以上", weight=8),
    ],
    "goals": [],
    "facts": [
        {"metric": "各村召开秋防工作会 计分", "kind": "sum", "total": 2, "parts": [1, 1], "unit": "分"},
        {"metric": "耳标佩戴率 计分(评分方法满分)", "kind": "sum", "total": 10, "parts": [5], "unit": "分"},
        {"metric": "猪瘟、猪蓝耳病、猪口蹄疫免疫密度 计分", "kind": "sum", "total": 8, "parts": [5, 5, 5], "unit": "分"},
        {"metric": "鸡新城疫、禽流感免疫密度 计分", "kind": "sum", "total": 8, "parts": [5, 5], "unit": "分"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "猪瘟、猪蓝耳病、猪口蹄疫免疫密度",
         "why": "评分方法写三种病各得5分(合计15分),计分栏只有8分"},
        {"rule": "consistency.sum", "item": "鸡新城疫、禽流感免疫密度",
         "why": "评分方法写两种病各得5分(合计10分),计分栏只有8分"},
        {"rule": "consistency.sum", "item": "耳标佩戴率",
         "why": "评分方法满分只给5分,计分栏却是10分"},
        {"rule": "target.time_no_deadline", "item": "填栏补槽畜禽及时补针",
         "why": "只写“及时”补针,没有补针时限"},
        {"rule": "target.input_or_process", "item": "秋季防疫工作经费",
         "why": "把经费投入(2000元以上)当作考核目标,衡量的是投入而不是防疫结果"},
    ],
    "notes": ("Stored page (renrendoc preview) starts at the header row 考核项目/考核内容/计分/考核评分方法/得分/备注; "
              "the section-one title above rows 1、2 is not shown, so those rows carry no level1. "
              "Section 二 header '二、防疫实施情况(81分)' is a full-width row inside the table. "
              "Values are written inside the 考核内容 cell (耳标佩戴率100%); gold splits name and value. "
              "The 抗体 scoring rule is one merged cell for 猪瘟/蓝耳病 rows; I took the 70% pass line as the target "
              "(90% is the full-mark line). The stored page stops at '3)猪口蹄疫免疫抗体合', so that row and "
              "the remaining sections are not built and the 81-point subtotal cannot be checked. "
              "No province or county is named on the stored page. Typos kept: 召开秋防秋防工作会, 否者, “,苗不离冰”, "
              "70%89%. Longer scoring sentences lightly reworded, figures kept."),
}

G2_Q = "强制免疫项目免疫质量"
G2_D = "建立动物免疫档案"
GOLD["blind288_02_helan_fangyi_pingfen"] = {
    "source_urls": ["https://m.taowenge.com/p-72747166.html"],
    "province": "宁夏回族自治区",
    "doc_kind": "购买动物防疫服务工作考核验收评分标准",
    "patterns": [1, 5],
    "indicators": [
        ind("及时开展动物疫病免疫项目", None, "及时开展动物疫病免疫项目", None, None, None, "适时全部开展", weight=5),
        ind("强制免疫项目免疫密度", None, "强制免疫项目免疫密度", "=", 100, "%",
            "猪、牛、羊免疫密度均须达到100%", weight=10),
        ind(G2_Q, None, "牛检测2个指标:口蹄疫0型、A型免疫抗体", None, 270, "%", "检测合格率270%得满分", weight=10),
        ind(G2_Q, None, "羊检测2个指标:口蹄疫0型和小反刍兽疫免疫抗体", None, None, None, None, weight=10),
        ind(G2_Q, None, "猪检测3个指标:口蹄疫0型、猪瘟、高致病性猪蓝耳病免疫抗体", None, None, None, None, weight=15),
        ind(G2_D, None, "济牧兽医合作社免疫项目填写规范、准确", None, None, None,
            "济牧兽医合作社免疫项目填写规范、准确", weight=5),
        ind(G2_D, None, "免疫注射同时建立免疫档案", None, None, None, "内容填写清楚、防疫员签字到位", weight=5),
    ],
    "goals": [],
    "facts": [
        {"metric": "及时开展动物疫病免疫项目 分值(评分细节满分)", "kind": "sum", "total": 5, "parts": [2], "unit": "分"},
        {"metric": "牛检测 分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
        {"metric": "羊检测 分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
        {"metric": "猪检测 分值", "kind": "sum", "total": 15, "parts": [5, 5, 5], "unit": "分"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "及时开展动物疫病免疫项目",
         "why": "内容细节写全部开展得2分,分值栏却是5分"},
        {"rule": "target.impossible_value", "item": "牛检测2个指标:口蹄疫0型、A型免疫抗体",
         "why": "检测合格率270%超过100%(原文多半是≥70%被识别成270%)"},
    ],
    "notes": ("Stored page is a taowenge preview of a DOCX; text has OCR-like defects kept as facts: '4月15 H为假点', "
              "'X100斩', '270%' (almost certainly ≥70%), '济牧兽医合作社', '吊禽', '附项'. 扣分/终分 columns are empty. "
              "The 羊/猪 rows state no pass line of their own; the 5-points-per-indicator rule sits in the 牛 cell, so "
              "I give them no target and do not flag them (the rule is arguably shared). 每项5分 reading gives 羊 2×5=10 "
              "and 猪 3×5=15, consistent with their 分值 (facts assume 5 per indicator). The stored page stops at "
              "'五、生物制品管理 / 疫苗按规定要'; that row is built truncated and is not a gold row, and the 100-point "
              "total cannot be checked. Province from 贺兰县 (银川市, 宁夏)."),
}

G3 = {
    "a": "组织部署责任制落实情况4分",
    "b": "三项储备14分",
    "c": "疫情预警预报机制建立情况11分",
    "d": "免疫接种情况40分",
}
GOLD["blind288_03_jiaozuo_chunfang_yanshou"] = {
    "source_urls": ["https://www.renrendoc.com/p-71477232.html"],
    "province": "河南省",
    "doc_kind": "春季重大动物疫病集中免疫工作验收细则(考核评分表)",
    "patterns": [1, 5],
    "indicators": [
        ind(G3["a"], None, "工作部署情况", None, None, None, "召开重大动物疫病集中免疫会议", weight=1),
        ind(G3["a"], None, "责任制的建立情况", "=", 6, "个", "六个责任体系目标责任书", weight=3),
        ind(G3["b"], None, "资金储备情况", None, None, None, "按照要求足额储备", weight=3),
        ind(G3["b"], None, "技术储备情况", None, None, None, "开展培训的得1分 开展应急演练的得3分", weight=7),
        ind(G3["b"], None, "物资储备情况", None, None, None, "符合市备案数量 且在有效期内", weight=4),
        ind(G3["c"], None, "疫情报告网络建设情况", None, None, None, None, weight=3),
        ind(G3["c"], None, "疫情隐患处置情况", None, None, None, "发现疫情隐患并及时妥善处置", weight=3),
        ind(G3["c"], None, "畜间布病防控情况", None, None, None, "与卫生部门建立联防联控机制", weight=5),
        ind(G3["d"], None, "散养生猪的免疫率", None, None, None, None, weight=6),
    ],
    "goals": [],
    "facts": [
        {"metric": "组织部署责任制落实情况", "kind": "sum", "total": 4, "parts": [1, 3], "unit": "分"},
        {"metric": "责任制的建立情况(6项×0.5分)", "kind": "sum", "total": 3,
         "parts": [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], "unit": "分"},
        {"metric": "三项储备", "kind": "sum", "total": 14, "parts": [3, 7, 4], "unit": "分"},
        {"metric": "技术储备情况", "kind": "sum", "total": 7, "parts": [3, 1, 3], "unit": "分"},
        {"metric": "疫情预警预报机制建立情况", "kind": "sum", "total": 11, "parts": [3, 3, 5], "unit": "分"},
        {"metric": "疫情报告网络建设情况", "kind": "sum", "total": 3, "parts": [1, 1, 1], "unit": "分"},
        {"metric": "畜间布病防控情况", "kind": "sum", "total": 5, "parts": [2, 3], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "资金储备情况",
         "why": "考核的是资金是否足额储备(投入),不是防疫结果"},
        {"rule": "target.time_no_deadline", "item": "发现疫情隐患并及时妥善处置",
         "why": "“及时妥善处置”没有处置时限"},
    ],
    "notes": ("renrendoc preview of an .xls; the extracted title and header are doubled character by character "
              "('附附件件 20142014年年焦焦作作…') - an extraction artifact of bold cells, rebuilt as normal text. "
              "Punctuation inside the rules is lost in the stored text (spaces instead of commas, '0 5分' for 0.5分); "
              "kept as written. The header 考核项目 spans the number column and the group column. All visible subtotals "
              "add up (4=1+3, 14=3+7+4, 11=3+3+5, 7=3+1+3). The stored page stops inside group 4 (免疫接种情况40分) at "
              "'散养生猪的免疫率 6 入村'; the 40-point group and the 满分310分 total cannot be checked."),
}

G4_GOAL = ("病虫害绿色防控覆盖率达到30%以上,病虫害统防统治达到40%以上,农药利用率达到40%以上,"
           "农药使用量与基期相比减少1%;同时保证农作物重大病虫不大面积暴发成灾、重大植物疫情不继续扩散蔓延。")
GOLD["blind288_04_xxqu_jiuzai_ziping"] = {
    "source_urls": ["https://xiexiebang.com/a1/0fdccb1e4d5e1fb1.html"],
    "province": None,
    "doc_kind": "中央农业生产救灾补助资金转移支付年度绩效自评报告(文字)",
    "patterns": [],
    "indicators": [
        ind(None, None, "病虫害绿色防控覆盖率", ">=", 30, "%", "病虫害绿色防控覆盖率达到30%以上"),
        ind(None, None, "病虫害统防统治", ">=", 40, "%", "病虫害统防统治达到40%以上"),
        ind(None, None, "农药利用率", ">=", 40, "%", "农药利用率达到40%以上"),
        ind(None, None, "农药使用量", None, 1, "%", "农药使用量与基期相比减少1%"),
        ind(None, None, "农作物重大病虫不大面积暴发成灾", None, None, None, "农作物重大病虫不大面积暴发成灾"),
        ind(None, None, "重大植物疫情不继续扩散蔓延", None, None, None, "重大植物疫情不继续扩散蔓延"),
    ],
    "goals": [{"kind": "绩效目标", "text": G4_GOAL}],
    "facts": [
        {"metric": "农作物病虫害防控资金到位率", "kind": "rate", "total": None, "parts": [None], "unit": "%",
         "stated": 100},
        {"metric": "草地贪夜蛾防控专项资金到位率", "kind": "rate", "total": None, "parts": [None], "unit": "%",
         "stated": 100},
        {"metric": "农作物病虫害防控资金执行率", "kind": "rate", "total": None, "parts": [None], "unit": "%",
         "stated": 99.7},
        {"metric": "草地贪夜蛾防控专项资金执行率", "kind": "rate", "total": None, "parts": [None], "unit": "%",
         "stated": 59},
    ],
    "findings": [
        {"rule": "target.placeholder", "item": "中央财政农业生产救灾(农作物病虫害防控)资金XX万元",
         "why": "预算、到位、支出金额都写成XX/XXXXXX占位,到位率和执行率无法核对"},
        {"rule": "target.qualitative_no_scale", "item": "农作物重大病虫不大面积暴发成灾",
         "why": "“不大面积”没有面积或发生率标准"},
        {"rule": "target.qualitative_no_scale", "item": "重大植物疫情不继续扩散蔓延",
         "why": "没有可衡量的口径(如新增疫点数、发生面积)"},
    ],
    "notes": ("Running-text self-evaluation report, county anonymised as XX区 on the stored page (no province or city "
              "named; crops 小麦赤霉病/稻田养鸭 do not pin it down). Its first heading has no '一、'. All amounts are "
              "placeholders (XX万元, XXXXXX万元, XXXXX元, X万元); one spending line is in 元, the others in 万元. "
              "Targets stand only in the 绩效目标下达情况 sentence; I rewrote the framing sentences and kept the "
              "target phrases. '减少1%' has no operator word, so operator is null. 草地贪夜蛾 execution is 59% but the "
              "stored page stops mid-sentence ('建立草地贪夜') before any explanation, so no deviation finding."),
}

G5_GOAL = "借助宣传发动和农业保险参保,让种植户的生产有所保障,提高防灾减灾的能力。"
GOLD["blind288_05_xinhua_nongbao_pingjia"] = {
    "source_urls": ["https://www.youxiua.com/show-46-353824-1.html"],
    "province": "河北省",
    "doc_kind": "农业保险补贴项目绩效评价报告(文字)",
    "patterns": [],
    "indicators": [],
    "goals": [{"kind": "项目预期绩效目标", "text": G5_GOAL}],
    "facts": [
        {"metric": "资金到位率", "kind": "rate", "total": 5, "parts": [2.1776], "unit": "%", "stated": 100},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": G5_GOAL[:20],
         "why": "预期目标没有任何数字(参保面积、覆盖率、赔付到户率等)"},
        {"rule": "consistency.rate", "item": "资金到位率",
         "why": "预算5万元、实际申请拨款2.1776万元,按预算算到位率约43.55%,与所写100%不符(若按申请额计才是100%)"},
    ],
    "notes": ("Mirror page titled '2020年农业保险项目绩效评价报告' (site title, 发布 2020-09-23) while the report itself "
              "is for 2018 (石家庄市新华区农业农村局); a stray '8' before the heading is dropped. Mixed numbering "
              "((一)(1)(2) then 2. 3.) and the typo '全民落实' and doc number '新华区【2019】9 号' are kept. "
              "Sentences rewritten in my own words with all figures kept. The stored page stops in section 二(三) "
              "('…及时纠正和解决工作中出现的各种问题,确'), before any indicator table or score, so no coverage or "
              "grade findings."),
}

GOLD["blind288_06_datonghu_zhibao_ziping"] = {
    "source_urls": ["https://m.wenku365.com/p-28721990.html"],
    "province": "湖南省",
    "doc_kind": "植保专项绩效自评表(表头、实施进度、资金使用部分)",
    "patterns": [1, 8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "资金使用情况 总资金", "kind": "sum", "total": 41, "parts": [24.6, 16.4], "unit": "万元"},
        {"metric": "物化补助比例", "kind": "sum", "total": 60, "parts": [45, 15], "unit": "%"},
        {"metric": "资金补助比例", "kind": "sum", "total": 40, "parts": [20, 20], "unit": "%"},
        {"metric": "物化补助占总资金比例", "kind": "rate", "total": 41, "parts": [24.6], "unit": "%", "stated": 60},
        {"metric": "资金补助占总资金比例", "kind": "rate", "total": 41, "parts": [16.4], "unit": "%", "stated": 40},
    ],
    "findings": [],
    "notes": ("wenku365 preview of a 2016 DOC form (大通湖区, 益阳市, 湖南). Checkbox glyph kept as 'R' "
              "(延续专项R新增专项□). Template rows 2、–6、 with '2016年月 / 2016年月日' are left as in the form. "
              "The stored text gives each amount twice (41 41, 24.6 24.6, 16.4 16.4) without saying which quarter; "
              "I put the second figure under 第一季(年)度 - an assumption. Typo '绿色防空' kept. All sums and shares "
              "check. The stored page stops at '专项实施…' right after the 资金使用情况 block, before the indicator "
              "part of the self-evaluation, so the file has no indicators and no findings."),
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def set_docx_fonts(doc):
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), FONT)


def fix_docx_core(doc, title):
    cp = doc.core_properties
    import datetime as _dt
    fixed = _dt.datetime(2024, 1, 1, 0, 0, 0)
    cp.author = "blind288"
    cp.last_modified_by = "blind288"
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1


def new_doc(title, landscape=False):
    doc = Document()
    set_docx_fonts(doc)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    fix_docx_core(doc, title)
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


def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def cell_text(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def normalize_zip(path, core_name):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    if core_name in items:
        xml = items[core_name].decode("utf-8")
        xml = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_DT + r"\g<2>", xml)
        xml = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_DT + r"\g<2>", xml)
        xml = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + FIXED_DT + r"\g<2>", xml)
        items[core_name] = xml.encode("utf-8")
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        names = sorted(items)
        if "[Content_Types].xml" in names:
            names.remove("[Content_Types].xml")
            names.insert(0, "[Content_Types].xml")
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, items[n])
    os.replace(tmp, path)


def normalize_pdf(path):
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"D:\d{14}", b"D:20240101000000", data)
    data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", b"2024-01-01T00:00:00", data)

    def zero_id(m):
        return b"<" + b"0" * (len(m.group(0)) - 2) + b">"

    def fix_id(m):
        return re.sub(rb"<[0-9A-Fa-f]+>", zero_id, m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_id, data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", lambda m: re.sub(rb"[0-9A-Fa-f]{8,}", lambda h: b"0" * len(h.group(0)), m.group(0)), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# XLSX helpers
# ---------------------------------------------------------------------------


def xl_setup(ws, widths, landscape=True):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5


def xl_put(ws, row, col, text, bold=False, center=False, size=10):
    c = ws.cell(row=row, column=col, value=text)
    c.font = Font(name=FONT, bold=bold, size=size)
    c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if center else "left")
    return c


def xl_grid(ws, r1, r2, ncol):
    for r in range(r1, r2 + 1):
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).border = BORDER


def xl_heights(ws, widths, r1, r2, base=16):
    for r in range(r1, r2 + 1):
        lines = 1
        for c, w in enumerate(widths, start=1):
            v = ws.cell(row=r, column=c).value
            if v is None:
                continue
            if any(rng.min_row <= r <= rng.max_row and rng.min_col <= c <= rng.max_col and rng.max_row > rng.min_row
                   for rng in ws.merged_cells.ranges):
                continue
            text = str(v)
            parts = text.split("\n")
            n = sum(max(1, math.ceil(len(p) * 2.1 / max(w - 1, 1))) for p in parts)
            lines = max(lines, n)
        ws.row_dimensions[r].height = base * lines + 4


def fix_xlsx_props(wb, title):
    import datetime as _dt
    fixed = _dt.datetime(2024, 1, 1, 0, 0, 0)
    wb.properties.creator = "blind288"
    wb.properties.lastModifiedBy = "blind288"
    wb.properties.title = title
    wb.properties.created = fixed
    wb.properties.modified = fixed


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------


def build_01(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "考核评分细则"
    widths = [20, 30, 7, 52, 7, 18]
    xl_setup(ws, widths)
    ws.merge_cells("A1:F1")
    xl_put(ws, 1, 1, "2014年秋季动物防疫工作考核评分细则", bold=True, center=True, size=14)
    ws.row_dimensions[1].height = 28
    for i, h in enumerate(["考核项目", "考核内容", "计分", "考核评分方法", "得分", "备注"], start=1):
        xl_put(ws, 2, i, h, bold=True, center=True)
    rows = [
        (3, "1、各村召开秋防工作会", "各村召开秋防工作会,制定秋防工作方案", 2,
         "召开秋防秋防工作会得1分,有工作方案得1分,否则不得分。"),
        (4, "2、工作经费落实情况", "秋季防疫工作经费", 2, "各村秋季防疫工作经费2000元以上得分,否则不得分。"),
    ]
    for r, a, b, w, m in rows:
        xl_put(ws, r, 1, a)
        xl_put(ws, r, 2, b)
        xl_put(ws, r, 3, w, center=True)
        xl_put(ws, r, 4, m)
    ws.merge_cells("A5:F5")
    xl_put(ws, 5, 1, "二、防疫实施情况(81分)", bold=True)
    ws.merge_cells("A6:A9")
    xl_put(ws, 6, 1, "1、免疫密度与耳标佩戴率")
    block = [
        (6, "1)耳标佩戴率100%", 10, "现场实查,耳标佩戴率100%得5分,每降2%扣1分,扣完为止。"),
        (7, "2)猪瘟、猪蓝耳病、猪口蹄疫免疫密度100%", 8,
         ("现场实查免疫密度,并与防疫档案、免疫记录核对;猪瘟、猪蓝耳病、猪口蹄疫免疫密度分别达到100%各得5分,"
         "单项密度每降1%扣0.5分,扣完为止。")),
        (8, "3)鸡新城疫、禽流感免疫密度100%", 8,
         ("现场实查免疫密度,并与防疫档案、免疫记录核对;鸡新城疫、禽流感免疫密度分别达到100%各得5分,"
         "单项密度每降1%扣0.5分,扣完为止。")),
        (9, "4)牛羊口蹄疫免疫密度100%", 5,
         "现场实查免疫密度,并与防疫档案、免疫记录核对;牛羊口蹄疫100%,得5分;每降1%扣0.5分,扣完为止。"),
    ]
    for r, b, w, m in block:
        xl_put(ws, r, 2, b)
        xl_put(ws, r, 3, w, center=True)
        xl_put(ws, r, 4, m)
    xl_put(ws, 10, 1, "2、防疫补针")
    xl_put(ws, 10, 2, "填栏补槽畜禽及时补针")
    xl_put(ws, 10, 3, 4, center=True)
    xl_put(ws, 10, 4, "查阅各村补针记录,记录齐全得4分,不全的酌情给分,没有记录不得分")
    ws.merge_cells("A11:A12")
    xl_put(ws, 11, 1, "3、规范的免疫操作")
    xl_put(ws, 11, 2, "防疫保苗")
    xl_put(ws, 11, 3, 2, center=True)
    xl_put(ws, 11, 4, "调查反映防疫时带冷藏箱和冰块,实现“,苗不离冰”得2分,否者不得分。")
    xl_put(ws, 12, 2, "防疫队伍(专班)")
    xl_put(ws, 12, 3, 2, center=True)
    xl_put(ws, 12, 4, "看防疫档案,防疫队伍三人以上得2分。")
    ws.merge_cells("A13:A14")
    xl_put(ws, 13, 1, "4、免疫抗体监测情况")
    xl_put(ws, 13, 2, "1)猪瘟免疫抗体合格率")
    xl_put(ws, 13, 3, 8, center=True)
    xl_put(ws, 14, 2, "2)蓝耳病免疫抗体合格率")
    xl_put(ws, 14, 3, 8, center=True)
    ws.merge_cells("D13:D14")
    xl_put(ws, 13, 4, "免疫抗体合格率达70%以上得该项分数基础分,合格率为90%得该项分数的满分,"
                      "合格率为70%89%按比例增分,低于70%不得分。分值的80%为基础分")
    ws.merge_cells("F13:F14")
    xl_put(ws, 13, 6, "以市疫控中心兽医实验室检测为准")
    xl_grid(ws, 2, 14, 6)
    xl_heights(ws, widths, 2, 14)
    ws.row_dimensions[13].height = 48
    ws.row_dimensions[14].height = 48
    fix_xlsx_props(wb, "2014年秋季动物防疫工作考核评分细则")
    wb.save(path)
    normalize_zip(path, "docProps/core.xml")


def build_02(path):
    doc = new_doc("贺兰县购买动物防疫服务工作考核验收评分标准")
    para(doc, "贺兰县购买动物防疫服务工作考核验收评分标准", bold=True, center=True, size=15)
    t = doc.add_table(rows=9, cols=5)
    t.style = "Table Grid"
    set_widths(t, [Cm(3.6), Cm(9.6), Cm(1.4), Cm(1.4), Cm(1.4)])
    for i, h in enumerate(["项目", "内容细节", "分值", "扣分", "终分"]):
        cell_text(t.cell(0, i), h, bold=True, center=True)
    data = [
        ("一、及时开展动物疫病免疫项目",
         ("口蹄疫、禽流感、猪瘟、小反刍兽疫、包虫病五项免疫。适时全部开展得2分,未按期完成的每延迟一天扣0.2分;"
         "春季集中防疫以每年的4月15 H为假点,秋季集中防疫以每年的10月15 H 为截点。"), "5"),
        ("二、强制免疫项目免疫密度",
         ("猪、牛、羊免疫密度均须达到100%,免疫密度为实免个体数/应免个体数X100斩。每个乡镇摸排两个村,每村5户,"
         "每一户不符合扣除0.1分,本项分数扣完为止;考核采用进村入户方式,其他村电话回访。"), "10"),
        ("三、强制免疫项目免疫质量",
         "牛检测2个指标:口蹄疫0型、A型免疫抗体。每项指标为5分,检测合格率270%得满分,每少5%扣1分,以我县抽查为准。", "10"),
        (None, "羊检测2个指标:口蹄疫0型和小反刍兽疫免疫抗体。", "10"),
        (None, "猪检测3个指标:口蹄疫0型、猪瘟、高致病性猪蓝耳病免疫抗体。", "15"),
        ("四、建立动物免疫档案",
         ("济牧兽医合作社免疫项目填写规范、准确得5分,对吊禽存栏量、免疫数、免疫时间及疫苗种类、生产厂家、生产批号等"
         "逐项详细记录,每少记录一项扣1分。以每次单项工作抽查情况为准。(现场登记册)"), "5"),
        (None, ("免疫注射同时建立免疫档案。按要求及时建立防疫免疫档案,内容填写清楚、防疫员签字到位得5分;"
               "未建立免疫档案的发现一次扣0.5分,内容填写不完全的每项扣0.1分。以每次附项工作抽查情况为准。(免疫档案)"), "5"),
        ("五、生物制品管理", "疫苗按规定要", ""),
    ]
    for i, (a, b, c) in enumerate(data, start=1):
        if a is not None:
            cell_text(t.cell(i, 0), a)
        cell_text(t.cell(i, 1), b)
        cell_text(t.cell(i, 2), c, center=True)
    m = t.cell(3, 0).merge(t.cell(5, 0))
    cell_text(m, "三、强制免疫项目免疫质量")
    m = t.cell(6, 0).merge(t.cell(7, 0))
    cell_text(m, "四、建立动物免疫档案")
    doc.save(path)
    normalize_zip(path, "docProps/core.xml")


def build_03(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "验收细则"
    widths = [5, 16, 20, 7, 58, 7, 14]
    xl_setup(ws, widths)
    xl_put(ws, 1, 1, "附件")
    ws.merge_cells("A2:G2")
    xl_put(ws, 2, 1, "2014年焦作市春季重大动物疫病集中免疫工作验收细则", bold=True, center=True, size=14)
    ws.row_dimensions[2].height = 28
    ws.merge_cells("A3:G3")
    c = xl_put(ws, 3, 1, "满分310分")
    c.alignment = Alignment(horizontal="right", vertical="center")
    ws.merge_cells("A4:B4")
    for col, h in [(1, "考核项目"), (3, "考核内容"), (4, "满分"), (5, "考核评分办法"), (6, "得分"), (7, "备注")]:
        xl_put(ws, 4, col, h, bold=True, center=True)
    groups = [
        (5, 6, "1", "组织部署\n责任制落实情况\n4分"),
        (7, 9, "2", "三项储备\n14分"),
        (10, 12, "3", "疫情预警预报机制建立情况\n11分"),
        (13, 13, "4", "免疫接种情况\n40分"),
    ]
    for r1, r2, num, label in groups:
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=1, end_row=r2, end_column=1)
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        xl_put(ws, r1, 1, num, center=True)
        xl_put(ws, r1, 2, label, center=True)
    rows = [
        (5, "工作部署情况", 1, "召开重大动物疫病集中免疫会议得1分", None),
        (6, "责任制的建立情况", 3, "六个责任体系目标责任书缺一项扣0 5分", None),
        (7, "资金储备情况", 3, "按照要求足额储备的得满分 否则 不得分", None),
        (8, "技术储备情况", 7, "落实应急演练资金3分 开展培训的得1分 开展应急演练的得3分", None),
        (9, "物资储备情况", 4, "抽查储备库储备的两种应急物质 符合市备案数量 且在有效期内的得4分", None),
        (10, "疫情报告网络建设情况", 3,
         ("按要求建立以市 县 乡为主干 以村级疫情报告观察员为支点的疫情报告体系并明确1人专门负责的得1分 "
         "制定有相关制度并按规定及时进行快报 月报 年报的得1分 建立了监测网点 并挂明示牌的得1分"), None),
        (11, "疫情隐患处置情况", 3, "发现疫情隐患并及时妥善处置 档案齐全者每起积1分 最高积3分", "在市里查"),
        (12, "畜间布病防控情况", 5,
         "与卫生部门建立联防联控机制的得2分 市局督办核查畜间布病 每按时上报一起材料的得0 5分 最高得3分",
         "核查结果在市里查"),
        (13, "散养生猪的免疫率", 6, "入村", None),
    ]
    for r, name, w, rule, note in rows:
        xl_put(ws, r, 3, name)
        xl_put(ws, r, 4, w, center=True)
        xl_put(ws, r, 5, rule)
        if note:
            xl_put(ws, r, 7, note)
    xl_grid(ws, 4, 13, 7)
    xl_heights(ws, widths, 4, 13)
    for r, h in [(5, 26), (6, 26), (7, 26), (8, 26), (9, 26), (13, 48)]:
        ws.row_dimensions[r].height = max(ws.row_dimensions[r].height or 0, h)
    fix_xlsx_props(wb, "2014年焦作市春季重大动物疫病集中免疫工作验收细则")
    wb.save(path)
    normalize_zip(path, "docProps/core.xml")


def build_04(path):
    doc = new_doc("XX区中央农业生产救灾补助资金转移支付2019年度绩效自评报告")
    para(doc, "XX区中央农业生产救灾补助资金转移支付2019年度绩效自评报告", bold=True, center=True, size=15)
    para(doc, "绩效目标分解下达情况", bold=True)
    para(doc, "1、2019年预算下达我区中央财政农业生产救灾(农作物病虫害防控)资金XX万元。这笔补助主要用于农作物病、虫、"
              "草、鼠害和植物疫情防控所需的物资材料补助,包括购买药械、药剂、燃油,以及生物防治、综合防治、生态控制技术"
              "应用费、技术指导费、作业费、有毒有害补助等。")
    para(doc, "2、2019年预算下达我区中央财政农业生产救灾(草地贪夜蛾防控)专项资金XX万元,专门用于草地贪夜蛾监测点购置"
              "高空测报灯、自动虫情测报灯、诱捕器,以及生物防治、综合防治和生态控制技术应用等支出。")
    para(doc, "3、绩效目标下达情况:" + G4_GOAL)
    para(doc, "二、绩效目标完成情况分析", bold=True)
    para(doc, "(一)资金投入情况分析", bold=True)
    para(doc, "1、项目资金到位情况分析。")
    para(doc, "(1)中央财政农业生产救灾(农作物病虫害防控)资金XX万元,资金到位XX万元。资金到位率100%。")
    para(doc, "(2)中央财政农业生产救灾(草地贪夜蛾防控)专项资金XX万元,资金到位XX万元。资金到位率100%。")
    para(doc, "2、项目资金执行情况分析。")
    para(doc, "(1)中央财政农业生产救灾(农作物病虫害防控)资金XX万元,资金支出XX元,执行率99.7%。资金主要投向统防统治"
              "示范组织和新型农业经营主体的统防统治作业补助,以及生态控制技术应用费(含稻田养鸭、虾等),合计XXXXXX万元;"
              "植保无人机购置补助按购机款的30%给予,共计XXXXX元;购买小麦赤霉病防治药剂共计XXXXX元。")
    para(doc, "(2)中央财政农业生产救灾(草地贪夜蛾防控)专项资金XX万元,资金支出X万元,执行率59%。资金主要用于在XX乡、"
              "XX乡建立草地贪夜")
    doc.save(path)
    normalize_zip(path, "docProps/core.xml")


def build_05(path):
    doc = new_doc("2018年农业保险项目绩效评价报告")
    para(doc, "2018 年农业保险 项目绩效评价报告", bold=True, center=True, size=15)
    para(doc, "本报告依照“科学性、规范性、客观性和公正性”原则,对2018 年农业保险补贴项目开展绩效评价后形成。")
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)项目概况 (1)项目实施单位:石家庄市新华区农业农村局")
    para(doc, "(2)项目立项基本情况:对辖区小麦、玉米种植户进行政策性补贴工作;")
    para(doc, "2.项目主要实施内容和范围;本区农业保险补贴仅涉及小麦、玉米两种作物,对辖区小麦、玉米参保亩数进行核实后,"
              "按补贴标准及时拨付资金。")
    para(doc, "3.项目资金投入情况:2018 年度农业保险专项资金预算金额为 5 万元,实际申请拨款金额 2.1776 万元,资金到位率为 "
              "100%,拨款方式为:财政局授权拨付给我局,再由我局拨付保险公司。")
    para(doc, "(二)项目预期绩效目标", bold=True)
    para(doc, G5_GOAL)
    para(doc, "二、绩效评价工作情况", bold=True)
    para(doc, "(一)绩效评价的组织工作", bold=True)
    para(doc, "为贯彻党的十九大精神,全民落实中共新华区委、新华区人民政府《关于全面落实预算绩效管理的实施意见》"
              "(新华区【2019】9 号),继续推进绩效预算管理,提升财政资金使用和财政管理的科学化、精细化水平,我单位抽调专人"
              "组建评价小组,明确了各自职责。")
    para(doc, "(二)绩效评价的方法和过程 重点核查资金使用与管理、财务账目等:相关制度是否完善,项目支出是否合规,资金使用"
              "手续是否齐全,有无截留、挪用,以全面掌握专项资金的使用效果和存在的问题。")
    para(doc, "(三)建立绩效评价指标体系 绩效评价体系由投入、产出、效果三部分构成。")
    para(doc, "按照国家有关规定,强化对本区政策性农业保险保费补贴的监督管理,及时纠正和解决工作中出现的各种问题,确")
    doc.save(path)
    normalize_zip(path, "docProps/core.xml")


def build_06(path):
    doc = new_doc("大通湖区植保项目绩效自评表(2016年度)")
    para(doc, "大通湖区植保项目绩效自评表", bold=True, center=True, size=15)
    para(doc, "(2016年度)", center=True)
    nrows = 18
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    set_widths(t, [Cm(2.4), Cm(6.2), Cm(1.6), Cm(1.6), Cm(1.6), Cm(1.6), Cm(2.4)])
    # row 0: header fields
    cell_text(t.cell(0, 0), "项目名称", bold=True)
    cell_text(t.cell(0, 1), "植保专项")
    cell_text(t.cell(0, 2), "项目属性", bold=True)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    cell_text(m, "延续专项R新增专项□")
    cell_text(t.cell(0, 5), "资金总额", bold=True)
    cell_text(t.cell(0, 6), "41万元")
    cell_text(t.cell(1, 0), "专项起止时间", bold=True)
    m = t.cell(1, 1).merge(t.cell(1, 6))
    cell_text(m, "2016年5月—2016年12月")
    cell_text(t.cell(2, 0), "专项概况", bold=True)
    m = t.cell(2, 1).merge(t.cell(2, 6))
    cell_text(m, "1、依据湖南省农业委员会、湖南省财政厅关于印发《湖南省2016年重大农作物病虫害防治项目实施方案》的通知"
                 "(湘农联〔2016〕11号),对重大农作物病虫害防治给予补贴;2、依据湖南省植保植检站关于印发《湖南省2016年"
                 "重大农作物病虫害防治项目(第二批)实施方案》的通知(湘植保〔2016〕18号),对重大农作物病虫害防治给予补贴。")
    # progress block rows 3..9
    m = t.cell(3, 1).merge(t.cell(3, 4))
    cell_text(m, "专项实施内容", bold=True, center=True)
    cell_text(t.cell(3, 5), "计划开始时间", bold=True, center=True)
    cell_text(t.cell(3, 6), "计划完成时间", bold=True, center=True)
    prog = [("1、对重大农作物病虫害防治进行补助", "2016年5月", "2016年12月30日")]
    prog += [(f"{i}、", "2016年月", "2016年月日") for i in range(2, 7)]
    for k, (a, b, c) in enumerate(prog):
        r = 4 + k
        m = t.cell(r, 1).merge(t.cell(r, 4))
        cell_text(m, a)
        cell_text(t.cell(r, 5), b, center=True)
        cell_text(t.cell(r, 6), c, center=True)
    m = t.cell(3, 0).merge(t.cell(9, 0))
    cell_text(m, "专项实施进度情况", bold=True)
    # funds block rows 10..17
    for col, h in [(2, "总资金(万元)"), (3, "第一季(年)度"), (4, "第二季(年)度"), (5, "第三季(年)度"), (6, "第四季(年)度")]:
        cell_text(t.cell(10, col), h, bold=True, center=True)
    funds = [
        ("实施内容:", "41", "41"),
        (("1、按照60%的比例对专业化统防统治服务组织实行物化补助,其中45%的比例用于政府统一采购农药,15%的比例用于统一"
         "采购绿色防空非化防产品。"), "24.6", "24.6"),
        (("2、按照40%的比例对专业化统防统治服务组织实行资金补助,其中20%的比例用于补贴购置先进实用的施药器械,20%的比例"
         "用于施药作业补助。"), "16.4", "16.4"),
        ("3、", "", ""),
        ("4、", "", ""),
        ("5、", "", ""),
        ("6、", "", ""),
    ]
    for k, (a, b, c) in enumerate(funds):
        r = 11 + k
        cell_text(t.cell(r, 1), a)
        cell_text(t.cell(r, 2), b, center=True)
        cell_text(t.cell(r, 3), c, center=True)
    m = t.cell(10, 0).merge(t.cell(17, 0))
    cell_text(m, "资金使用情况", bold=True)
    doc.save(path)
    normalize_zip(path, "docProps/core.xml")


BUILDERS = [
    ("blind288_01_qiufang_kaohe", "xlsx", build_01),
    ("blind288_02_helan_fangyi_pingfen", "docx", build_02),
    ("blind288_03_jiaozuo_chunfang_yanshou", "xlsx", build_03),
    ("blind288_04_xxqu_jiuzai_ziping", "docx", build_04),
    ("blind288_05_xinhua_nongbao_pingjia", "docx", build_05),
    ("blind288_06_datonghu_zhibao_ziping", "docx", build_06),
]


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for base, ext, _ in BUILDERS:
        g = GOLD[base]
        for fname in (f"{base}.{ext}", f"{base}.pdf"):
            rec = {"source": fname}
            rec.update(copy.deepcopy(g))
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=1, sort_keys=False)
                f.write("\n")


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_texts(pdf):
    outs = []
    for extra in ([], ["-raw"], ["-layout"]):
        r = subprocess.run(["pdftotext"] + extra + [pdf, "-"], capture_output=True, text=True, check=True)
        outs.append(squash(r.stdout))
    return outs


def check_pdf(base, pdf):
    g = GOLD[base]
    texts = pdf_texts(pdf)
    needles = []
    for it in g["indicators"]:
        needles.append(("name", it["name"]))
        if it["target_text"]:
            needles.append(("target", it["target_text"]))
    for go in g["goals"]:
        needles.append(("goal", go["text"]))
    for fi in g["findings"]:
        needles.append(("finding", fi["item"]))
    missing = [(k, n) for k, n in needles if not any(squash(n) in t for t in texts)]
    return len(needles), missing


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main():
    write_gold()
    ok = True
    sums = {}
    for base, ext, fn in BUILDERS:
        path = os.path.join(HERE, f"{base}.{ext}")
        fn(path)
        pdf = to_pdf(path)
        n, missing = check_pdf(base, pdf)
        print(f"{base}: {n} strings checked, {len(missing)} missing")
        for k, s in missing:
            print("   MISSING", k, s)
            ok = False
        sums[os.path.basename(path)] = md5(path)
        sums[os.path.basename(pdf)] = md5(pdf)
    with open(os.path.join(HERE, "md5sums.txt"), "w") as f:
        for k in sorted(sums):
            f.write(f"{sums[k]}  {k}\n")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
