#!/usr/bin/env python3
"""Blind part blind109 of the real-layout corpus.

Four documents rebuilt from stored public web pages (plans' target tables and a plan
in prose).  The gold answers are written first (GOLD below), by an annotator who has
not read the toolkit's code; the documents are written afterwards from the same data.

Run:  /tmp/venv/bin/python make_blind109_layouts.py
Writes the DOCX/XLSX files, their PDFs (LibreOffice) and annotations/<file>.json.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "blind109 annotator"

# ---------------------------------------------------------------------------
# Source data (as found on the stored pages; prose re-worded, numbers kept)
# ---------------------------------------------------------------------------

URL_SHENGSI = "http://www.shengsi.gov.cn/art/2021/12/21/art_1229604550_59023967.html"
URL_EDU = "https://edutainingadventures.com/ghuadong/8731_3.html"
URL_YIYANG = "http://yiyang.gov.cn/yiyang/2/134/14114/37599/index.htm"
URL_BYQ = "http://www.ykdz.gov.cn/004/004007/20230509/d0222d24-5f4c-4d74-a7e5-fe221bd6a4fe.html"

# 嵊泗: (序号, 考核指标, 考核内容, 单位, 年度目标, 责任部门, 评分部门)
# 考核指标 None = the cell is part of a vertical merge started above;
# 考核内容 None = 考核指标 and 考核内容 are one horizontally merged cell.
SHENGSI_ROWS = [
    (1, "确保粮食和重要农产品有效供给", "农林牧渔业增加值增幅", "%", "≥2%",
     "县海洋与渔业局\n县农业农村局", "市海洋渔业局市农业农村局"),
    (2, None, "农业劳动生产率及增幅", "万元/人", "全市统筹",
     "县海洋与渔业局\n县农业农村局", "市海洋渔业局市农业农村局"),
    (3, None, "粮食安全责任制", "-", "良好以上", "县经济和信息化局", "市商务局"),
    (4, None, "粮食播种面积", "万亩", "0.07", "县农业农村局", "市农业农村局"),
    (5, None, "油菜面积", "万亩", "0", "县农业农村局", "市农业农村局"),
    (6, None, "粮食总产量", "亿斤", "0.0038", "县农业农村局", "市农业农村局"),
    (7, None, "生猪存栏", "万头", "0", "县农业农村局", "市农业农村局"),
    (8, None, "家禽出栏", "万只", "1", "县农业农村局", "市农业农村局"),
    (9, None, "水产品产量", "万吨", "42", "县农业农村局", "市海洋渔业局"),
    (10, "建设美丽牧场", None, "", "0", "县农业农村局", "市农业农村局"),
    (11, "建设“千亩方、万亩方”", "永久基本农田", "万亩", "0", "县自然资源和规划局", "市资源规划局"),
    (12, None, "新建高标准农田", "万亩", "0", "县农业农村局", "市农业农村局"),
    (13, None, "整治粮食生产功能区“非粮化”", "万亩", "0", "县农业农村局", "市农业农村局"),
    (14, "推广农业新品种面积", None, "万亩", "由市科技局统筹安排", "县", ""),
]

# 教育: rows of (指标 cell lines, 2020 lines, 2025 lines, 属性); section rows are str
EDU_ROWS = [
    "一、发展水平",
    (["1.学前教育毛入园率(%)"], ["99%"], ["99%以上"], "约束性"),
    (["2.义务教育巩固率(%)"], ["100%"], ["100%"], "约束性"),
    (["3.高中阶段教育毛入学率(%)"], ["99.8%"], ["100%"], "约束性"),
    (["4.劳动年龄人口平均受教育年限(年)"], ["11.4年"], ["12.3年以上"], "约束性"),
    "二、优质资源建设",
    (["1.省市优质幼儿园比例(%)"], ["85.1%"], ["90%以上"], "预期性"),
    (["2.普惠性幼儿园覆盖率(%)"], ["86.44%"], ["90%以上"], "预期性"),
    (["3.义务教育学校达省定办学标准比例(%)"], ["100%"], ["100%"], "预期性"),
    (["4.义务教育标准班额比例(%)", "其中:小学", "初中"], ["34.52%", "77.34%"],
     ["80%以上", "85%以上"], "预期性"),
    (["5.三(四、五)星级融合教育优秀学校比例(%)"], ["0%"], ["80%"], "预期性"),
    (["6.智慧校园比例(%)"], ["60%"], ["100%"], "预期性"),
    "三、师资发展水平",
    (["1.幼儿教师专科及以上学历比例(%)", "其中:本科及以上学历比例(%)"], ["97.74%", "49.85%"],
     ["100%", "50%"], "预期性"),
    (["2.小学教师专科及以上学历比例(%)", "其中:本科及以上学历比例(%)"], ["100%", "91.34%"],
     ["100%", "95%"], "预期性"),
    (["3.普通初中教师本科及以上学历比例(%)", "其中:研究生学历(学位)比例(%)"], ["99.82%", "2.41%"],
     ["100%", "8%"], "预期性"),
    (["4.高中教师研究生学历(学位)比例(%)"], ["12.59%"], ["20%"], "预期性"),
]
EDU_GOAL = ("服务社会,群众满意。教育服务社会的能力持续增强,群众对教育的满意度稳步提高,"
            "教育发展水平大体适应经济社会发展和群众对优质教育的需要。建立劳动者终身职业培训体系,"
            "劳动年龄人口平均受教育年限达12.3年以上。教育发展成果更加公平地惠及群众,"
            "人民群众在教育上的获得感和满意度进一步增强。")

# 益阳: blocks of (names, values, attributes); attributes None = cut by the stored page
YIYANG_BLOCKS = [
    (["粮食综合生产能力", "农业科技进步贡献率", "农业劳动生产率", "农产品加工产值与农业产值比",
      "休闲农业与乡村旅游接待人数"],
     [">6亿吨", "61.5%", "5.5万元/人", "2.5", "32亿人次"],
     ["约束性", "预期性", "预期性", "预期性", "预期性"]),
    (["畜禽粪污综合利用率", "村庄绿化覆盖率", "对生活垃圾进行处理的村占比", "农村卫生厕所普及率"],
     ["78%", "32%", ">90%", ">85%"],
     ["约束性", "预期性", "预期性", "预期性"]),
    (["村综合性文化服务中心覆盖率", "县级及以上文明村和乡镇占比",
      "农村义务教育学校专任教师本科以上学历比例", "农村居民教育文化娱乐支出占比"],
     ["98%", ">50%", "68%", "13.6%"],
     ["预期性", "预期性", "预期性", "预期性"]),
    (["村庄规划管理覆盖率", "建设有综合服务站的村占比", "村党组织书记兼任村委会主任的村占比",
      "有村规民约的村占比", "集体经济强村比重"],
     ["90%", ">53%", "50%", "100%", "9%"],
     ["预期性", "预期性", "预期性", "预期性", "预期性"]),
    (["农村居民恩格尔系数", "城乡居民收入比", "农村自来水普及率", "具备条件的建制村通硬化公路的比例"],
     ["29.2%", "2.67", "85%", ">100%"],
     None),
]

BYQ_GOAL = "全区居民主要健康指标到2023年底位居全市前列。"
BYQ_TARGET_SENTENCE = "到2023年底和2030年,全区居民健康素养水平分别不低于24%和30%。"

# ---------------------------------------------------------------------------
# GOLD (written before any file is generated)
# ---------------------------------------------------------------------------


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


F_SHENGSI = "zj-shengsi-xiangcun-tasklist.xlsx"
F_EDU = "js-county-education-targets.docx"
F_YIYANG = "hn-yiyang-xiangcun-indicators.docx"
F_BYQ = "ln-bayuquan-health-plan.docx"

L1 = "农业高质高效"
L2A = "确保粮食和重要农产品有效供给"
L2B = "建设“千亩方、万亩方”"
GOLD = {}

GOLD[F_SHENGSI] = {
    "source_urls": [URL_SHENGSI],
    "province": "浙江",
    "doc_kind": "乡村振兴年度任务清单(考核指标分解表)",
    "patterns": [1, 5, 8],
    "indicators": [
        ind(L1, L2A, "农林牧渔业增加值增幅", ">=", 2, "%", "≥2%"),
        ind(L1, L2A, "农业劳动生产率及增幅", None, None, "万元/人", "全市统筹"),
        ind(L1, L2A, "粮食安全责任制", None, None, None, "良好以上"),
        ind(L1, L2A, "粮食播种面积", None, 0.07, "万亩", "0.07"),
        ind(L1, L2A, "油菜面积", None, 0, "万亩", "0"),
        ind(L1, L2A, "粮食总产量", None, 0.0038, "亿斤", "0.0038"),
        ind(L1, L2A, "生猪存栏", None, 0, "万头", "0"),
        ind(L1, L2A, "家禽出栏", None, 1, "万只", "1"),
        ind(L1, L2A, "水产品产量", None, 42, "万吨", "42"),
        ind(L1, None, "建设美丽牧场", None, 0, None, "0"),
        ind(L1, L2B, "永久基本农田", None, 0, "万亩", "0"),
        ind(L1, L2B, "新建高标准农田", None, 0, "万亩", "0"),
        ind(L1, L2B, "整治粮食生产功能区“非粮化”", None, 0, "万亩", "0"),
        ind(L1, None, "推广农业新品种面积", None, None, "万亩", "由市科技局统筹安排"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "农业劳动生产率及增幅",
         "why": "年度目标写“全市统筹”,没有数值,县级清单上无法考核"},
        {"rule": "target.missing_value", "item": "推广农业新品种面积",
         "why": "年度目标写“由市科技局统筹安排”,单位为万亩却没有数值"},
        {"rule": "target.qualitative_no_scale", "item": "粮食安全责任制",
         "why": "目标“良好以上”是定性等级,清单中没有给出评定等级的标准,单位栏只有“-”"},
        {"rule": "target.missing_unit", "item": "建设美丽牧场",
         "why": "单位栏为空,年度目标只有数字0,看不出是个数、面积还是其他"},
        {"rule": "target.impossible_value", "item": "油菜面积",
         "why": "年度目标为0万亩,等于没有任务,作为考核指标是平凡值"},
        {"rule": "target.impossible_value", "item": "生猪存栏",
         "why": "年度目标为0万头,作为考核指标是平凡值"},
        {"rule": "target.impossible_value", "item": "建设美丽牧场",
         "why": "年度目标为0,作为考核指标是平凡值"},
        {"rule": "target.impossible_value", "item": "永久基本农田",
         "why": "年度目标为0万亩,作为考核指标是平凡值"},
        {"rule": "target.impossible_value", "item": "新建高标准农田",
         "why": "年度目标为0万亩,作为考核指标是平凡值"},
        {"rule": "target.impossible_value", "item": "整治粮食生产功能区“非粮化”",
         "why": "年度目标为0万亩,作为考核指标是平凡值"},
    ],
    "notes": (
        "Source: 中共嵊泗县委办公室 嵊泗县人民政府办公室 通知, 2021年9月16日, published 2021-12-21, with the table "
        "《2021年嵊泗县乡村振兴任务清单》. The stored page stops inside row 14: after 推广农业新品种面积 │ 万亩 │ "
        "由市科技局统筹安排 the 责任部门 cell reads only “县” and nothing follows; the XLSX stops there (评分部门 of row 14 "
        "left empty). Kept as found: 单位 “-” for 粮食安全责任制, the empty 单位 of 建设美丽牧场, the targets 0 / 0.0038 / "
        "全市统筹, the two-line 责任部门 cells and the run-together 评分部门 “市海洋渔业局市农业农村局”. The notice text is "
        "re-worded, its facts kept. Judgement calls: (1) the page is flattened text, so merges are inferred: 考核项目 "
        "“农业高质高效” merged down all 14 rows; 考核指标 “确保粮食和重要农产品有效供给” merged down rows 1-9 and "
        "“建设“千亩方、万亩方”” down rows 11-13; rows 10 and 14 show one text only, written as 考核指标+考核内容 merged "
        "across, so their level2 is null. (2) indicator name = 考核内容 (finest level); level1 = 考核项目, level2 = 考核指标. "
        "(3) unit “-” is recorded as null. (4) targets of 0 are flagged target.impossible_value as trivial targets "
        "(no task); 家禽出栏 1 万只 and 粮食总产量 0.0038 亿斤 (= 38 万斤, an odd scale) are not flagged. (5) no goals or "
        "totals are stated; the notice only asks to 确保高质量如期完成各项工作任务. (6) rule coverage.* not applied: this "
        "is a task list, not a project's 产出/效益 table."),
}

E1, E2, E3 = "发展水平", "优质资源建设", "师资发展水平"
GOLD[F_EDU] = {
    "source_urls": [URL_EDU],
    "province": "江苏",
    "doc_kind": "县“十四五”教育事业发展规划 主要指标表(节选)",
    "patterns": [6],
    "indicators": [
        ind(E1, None, "学前教育毛入园率", ">=", 99, "%", "99%以上"),
        ind(E1, None, "义务教育巩固率", None, 100, "%", "100%"),
        ind(E1, None, "高中阶段教育毛入学率", None, 100, "%", "100%"),
        ind(E1, None, "劳动年龄人口平均受教育年限", ">=", 12.3, "年", "12.3年以上"),
        ind(E2, None, "省市优质幼儿园比例", ">=", 90, "%", "90%以上"),
        ind(E2, None, "普惠性幼儿园覆盖率", ">=", 90, "%", "90%以上"),
        ind(E2, None, "义务教育学校达省定办学标准比例", None, 100, "%", "100%"),
        ind(E2, "义务教育标准班额比例", "小学", ">=", 80, "%", "80%以上"),
        ind(E2, "义务教育标准班额比例", "初中", ">=", 85, "%", "85%以上"),
        ind(E2, None, "三(四、五)星级融合教育优秀学校比例", None, 80, "%", "80%"),
        ind(E2, None, "智慧校园比例", None, 100, "%", "100%"),
        ind(E3, None, "幼儿教师专科及以上学历比例", None, 100, "%", "100%"),
        ind(E3, "幼儿教师专科及以上学历比例", "本科及以上学历比例", None, 50, "%", "50%"),
        ind(E3, None, "小学教师专科及以上学历比例", None, 100, "%", "100%"),
        ind(E3, "小学教师专科及以上学历比例", "本科及以上学历比例", None, 95, "%", "95%"),
        ind(E3, None, "普通初中教师本科及以上学历比例", None, 100, "%", "100%"),
        ind(E3, "普通初中教师本科及以上学历比例", "研究生学历(学位)比例", None, 8, "%", "8%"),
        ind(E3, None, "高中教师研究生学历(学位)比例", None, 20, "%", "20%"),
    ],
    "goals": [{"kind": "总体目标", "text": EDU_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unmeasured", "item": EDU_GOAL,
         "why": "目标提到群众对教育的满意度、获得感稳步提高,主要指标表中没有任何满意度指标支撑"},
        {"rule": "target.too_low", "item": "学前教育毛入园率",
         "why": "2020年已为99%,2025年目标“99%以上”与基期持平,没有提高"},
    ],
    "notes": (
        "Source: page 3 of a county plan reproduced on a portal (site name 博县网); the stored page starts mid-article "
        "with the paragraph “服务社会,群众满意……” and stops after the last table row 4.高中教师研究生学历(学位)比例 │ 12.59% │ "
        "20% │ 预期性, followed only by the portal's disclaimer (not reproduced). The county is not named on the stored "
        "part; province 江苏 is an inference (省市优质幼儿园, 星级融合教育学校, 省定办学标准 wording) and may be wrong. "
        "Kept as found: header 指  标 │ 2020年 │ 2025年 │ 属性; section rows 一/二/三 with an empty cell beside them; "
        "units in the names “(%)” AND again in the values (“99%”, “11.4年”); the 其中 rows stacked inside one cell "
        "(names on 2-3 lines, values on 2 lines); “三(四、五)星级” as written. The paragraph is re-worded, its number "
        "(12.3年以上) kept. Judgement calls: (1) indicator = the finest line with its own 2025 value; for 其中 lines "
        "level2 = the parent indicator's name, and 义务教育标准班额比例 (no value of its own) is split into 小学/初中; "
        "(2) names are given without the numbering and without “(%)” / “(年)”, unit taken from the value; (3) the 2020 "
        "column is a base value, not an actual, so actual = null; (4) “…以上” → >=, bare “100%” → operator null; "
        "(5) 100% → 100% rows are not flagged too_low (saturated); only 学前教育毛入园率 99% → 99%以上 is; (6) the "
        "paragraph is recorded as 总体目标 (it is one of the plan's goal clauses)."),
}

Y_IND = []
for names, values, _attrs in YIYANG_BLOCKS:
    for n, v in zip(names, values):
        op = ">" if v.startswith(">") else None
        raw = v.lstrip(">")
        unit = None
        num = raw
        for u in ("万元/人", "亿人次", "亿吨", "%"):
            if raw.endswith(u):
                unit, num = u, raw[: -len(u)]
                break
        val = float(num)
        if val == int(val):
            val = int(val)
        Y_IND.append(ind(None, None, n, op, val, unit, v))

GOLD[F_YIYANG] = {
    "source_urls": [URL_YIYANG],
    "province": "湖南",
    "doc_kind": "乡村振兴战略规划 主要指标表(2022年目标值,横排)",
    "patterns": [6, 9],
    "indicators": Y_IND,
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.impossible_value", "item": "具备条件的建制村通硬化公路的比例",
         "why": "目标值“>100%”:比例不可能超过100%"},
    ],
    "notes": (
        "Source: a column page of the 益阳市 government site (乡村振兴) that shows news teasers and then the table of "
        "the 22 main indicators with their 2022 目标值 and 属性, laid out sideways: blocks of three rows "
        "(主 要 指 标 / 2022 年 目 标 值 / 属 性), four or five indicators per block. The indicators and values are those "
        "of the national 乡村振兴战略规划(2018—2022年) as reproduced by the city page; province = the publishing site. "
        "The stored page stops at the label “属 ” of the fifth block: its 属性 cells are missing (left empty here). "
        "Kept as found: the spaced labels, the empty sixth cell of four-indicator blocks, values with units in one cell "
        "(“>6亿吨”, “5.5万元/人”), the bare ratios 2.5 and 2.67, “>100%”. News teasers re-worded, titles kept. "
        "Judgement calls: (1) “>” → operator “>”, values without sign → null (no operator written, including 农村居民恩格尔系数 "
        "where lower is better); (2) the ratios 2.5 and 2.67 have no unit, but a ratio is dimensionless, so not flagged "
        "missing_unit; (3) no level1/level2 (the page gives no categories); (4) pattern 9 = value rows interleaved between "
        "name rows; the sideways table itself is not among the listed patterns."),
}

GOLD[F_BYQ] = {
    "source_urls": [URL_BYQ],
    "province": "辽宁",
    "doc_kind": "区健康行动实施方案(征求意见稿),正文节选",
    "patterns": [10],
    "indicators": [
        ind(None, None, "居民健康素养水平", ">=", 24, "%", "分别不低于24%和30%"),
        ind(None, None, "居民健康素养水平", ">=", 30, "%", "分别不低于24%和30%"),
    ],
    "goals": [{"kind": "总体目标", "text": BYQ_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": BYQ_GOAL,
         "why": "“位居全市前列”没有给出名次、指标或数值,无法考核"},
    ],
    "notes": (
        "Source: 健康鲅鱼圈行动实施方案(征求意见稿) on the 营口市鲅鱼圈区 site (page of 2023-05-09). Prose only, no table. The "
        "stored page stops inside the first task, in the 责任单位 bracket after “区卫生健康局” (bracket not closed); the "
        "document stops there. Re-worded in my own words except the target sentence, kept as found "
        "(“到2023年底和2030年,全区居民健康素养水平分别不低于24%和30%”) and the document numbers 营委发〔2017〕51号 and "
        "营政办发〔2022〕35号. Judgement calls: (1) the one target sentence with two deadlines gives two indicator rows "
        "(24% by 2023年底, 30% by 2030年), both with the sentence's target text; (2) the 总体要求 sentence "
        "“全区居民主要健康指标到2023年底位居全市前列” is the only goal statement and is flagged goal.unquantified; "
        "(3) no coverage finding: the stored part is cut after the first task."),
}

# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------


def set_cjk(run, size=None, bold=False, font="宋体"):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=11, bold=False, align=None, font="宋体"):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_cjk(r, size, bold, font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_text(cell, text, size=10, bold=False, center=True):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        set_cjk(r, size, bold)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def normalise_zip(path: Path):
    """Rewrite a zip container with fixed timestamps and sorted-as-written order."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                for tag in ("created", "modified"):
                    txt = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)",
                                 r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


# --- 嵊泗 XLSX -------------------------------------------------------------

def build_shengsi(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "任务清单"
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="top", horizontal="left")
    widths = [12, 6, 22, 26, 9, 16, 18, 20]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    head = [
        ("中共嵊泗县委办公室嵊泗县人民政府办公室关于印发《2021年嵊泗县乡村振兴任务清单》的通知", True, 13),
        ("各乡镇党委、政府,县属各单位:", False, 11),
        ("经县委、县政府同意,现将《2021年嵊泗县乡村振兴任务清单》印发给你们。请各单位结合实际抓好组织领导,"
         "落实工作举措,确保各项任务高质量如期完成。", False, 11),
        ("中共嵊泗县委办公室  嵊泗县人民政府办公室", False, 11),
        ("2021年9月16日", False, 11),
        ("", False, 11),
        ("2021年嵊泗县乡村振兴任务清单", True, 14),
    ]
    r = 1
    for text, bold, size in head:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=text if text else None)
        c.font = Font(name="宋体", bold=bold, size=size)
        if r in (1, 7):
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        elif r in (4, 5):
            c.alignment = Alignment(horizontal="right", vertical="center")
        else:
            c.alignment = left
        if r == 3:
            ws.row_dimensions[r].height = 32
        r += 1

    header = ["考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门"]
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(name="宋体", bold=True, size=11)
        c.alignment = wrap
        c.border = border
    hdr_row = r
    r += 1
    first = r
    starts = {}
    for (no, zb, nr, unit, target, resp, score) in SHENGSI_ROWS:
        ws.cell(row=r, column=2, value=no)
        if zb is not None:
            ws.cell(row=r, column=3, value=zb)
            starts[r] = zb
        if nr is None:
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        else:
            ws.cell(row=r, column=4, value=nr)
        ws.cell(row=r, column=5, value=unit if unit else None)
        ws.cell(row=r, column=6, value=target)
        ws.cell(row=r, column=7, value=resp if resp else None)
        ws.cell(row=r, column=8, value=score if score else None)
        ws.row_dimensions[r].height = 30
        r += 1
    last = r - 1
    # vertical merges: 考核项目 all rows; 考核指标 1-9 and 11-13
    ws.cell(row=first, column=1, value="农业高质高效")
    ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
    ws.merge_cells(start_row=first, start_column=3, end_row=first + 8, end_column=3)
    ws.merge_cells(start_row=first + 10, start_column=3, end_row=first + 12, end_column=3)
    for row in ws.iter_rows(min_row=first, max_row=last, min_col=1, max_col=8):
        for c in row:
            c.border = border
            c.alignment = wrap
            c.font = Font(name="宋体", size=10)
    ws.freeze_panes = ws.cell(row=hdr_row + 1, column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    normalise_zip(path)


# --- 教育 DOCX -------------------------------------------------------------

def build_edu(path: Path):
    doc = new_doc()
    para(doc, "——" + EDU_GOAL, 11)
    para(doc, "“十四五”教育事业发展主要指标表", 12, True, "center")
    n = len(EDU_ROWS) + 1
    t = doc.add_table(rows=n, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["指  标", "2020年", "2025年", "属性"]):
        cell_text(t.cell(0, j), h, 10.5, True)
    for i, row in enumerate(EDU_ROWS, start=1):
        if isinstance(row, str):
            cell_text(t.cell(i, 0), row, 10.5, True, center=False)
            m = t.cell(i, 1).merge(t.cell(i, 3))
            cell_text(m, "", 10)
            continue
        names, v20, v25, attr = row
        cell_text(t.cell(i, 0), "\n".join(names), 10, center=False)
        cell_text(t.cell(i, 1), "\n".join(v20), 10)
        cell_text(t.cell(i, 2), "\n".join(v25), 10)
        cell_text(t.cell(i, 3), attr, 10)
    widths = [Cm(7.0), Cm(3.0), Cm(3.0), Cm(2.5)]
    t.autofit = False
    for j, col in enumerate(t.columns):
        col.width = widths[j]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    doc.save(path)
    normalise_zip(path)


# --- 益阳 DOCX -------------------------------------------------------------

def build_yiyang(path: Path):
    doc = new_doc()
    para(doc, "以文化为笔 绘就乡村振兴新图景", 14, True)
    para(doc, "(图:赫山区清溪村的文学市集。刘舒婷摄)乡村振兴关键在于提振农民信心、激发农民力量。"
              "近年来,我市着力夯实乡村文…… 【详情】", 10.5)
    for item in ["“虾”路相逢促振兴  05-01", "改出一片新天地  04-28",
                 "一位“海归”精英的“黄精梦”  04-28", "司徒铺村 百亩棉田成为村民的致富田  04-28"]:
        para(doc, "· " + item, 10.5)
    para(doc, "", 6)
    rows = 3 * len(YIYANG_BLOCKS)
    t = doc.add_table(rows=rows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r = 0
    for bi, (names, values, attrs) in enumerate(YIYANG_BLOCKS):
        last_block = bi == len(YIYANG_BLOCKS) - 1
        labels = ["主 要 指 标", "2022 年 目 标 值", "属" if last_block else "属 性"]
        cols = [names, values, attrs]
        for k in range(3):
            cell_text(t.cell(r + k, 0), labels[k], 10, True)
            for j in range(5):
                vals = cols[k]
                txt = vals[j] if (vals is not None and j < len(vals)) else ""
                cell_text(t.cell(r + k, j + 1), txt, 9.5)
        r += 3
    doc.save(path)
    normalise_zip(path)


# --- 鲅鱼圈 DOCX -----------------------------------------------------------

def build_byq(path: Path):
    doc = new_doc()
    para(doc, "健康鲅鱼圈行动实施方案", 16, True, "center", font="黑体")
    para(doc, "(征求意见稿)", 12, False, "center")
    para(doc, "为落实《中共营口市委 营口市人民政府关于印发<“健康辽宁2030”行动计划>的通知》(营委发〔2017〕51号)"
              "和《营口市人民政府办公室关于印发健康营口行动实施方案的通知》(营政办发〔2022〕35号)的要求,"
              "结合本区实际,制定本实施方案。")
    para(doc, "一、总体要求", 12, True, font="黑体")
    para(doc, "以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,落实党中央、国务院关于健康中国"
              "战略的部署和省委、省政府建设健康辽宁的要求,坚持新时代卫生与健康工作方针,把提高全区人民健康水平"
              "作为核心,以个人自律、预防为主、优化服务、共建共享为基本路径,压实政府、社会和个人的健康责任,"
              "倡导健康文明的生活方式,预防和控制重大疾病,在全区营造有利于健康的生活方式、生态环境和社会环境,"
              "全方位全周期保障全区人民健康。" + BYQ_GOAL)
    para(doc, "二、主要任务", 12, True, font="黑体")
    para(doc, "(一)全方位干预健康影响因素", 11, True)
    para(doc, "1.实施健康知识普及行动。坚持并完善全区健康白皮书制度,面向单位、家庭和个人,针对不同人群推广"
              "《健康辽宁行动群众读本》系列宣传品,普及预防疾病、早期发现、紧急救援、及时就医、合理用药、合理膳食、"
              "科学健身、控烟、心理健康、优生优育、职业病防护、环境与健康等健康知识和技能,培育健康科普品牌。"
              "建立健全全区健康科普专家库和资源库,形成全媒体健康科普知识发布和传播机制。强化医疗机构的健康促进"
              "功能,建立医疗卫生机构和医务人员开展健康促进与教育的激励约束机制,积极创建健康促进医院。"
              + BYQ_TARGET_SENTENCE
              + "(责任单位:区委宣传部、区委网信办、区文化旅游和广播电视局、区科协、区卫生健康局")
    doc.save(path)
    normalise_zip(path)


BUILDERS = {F_SHENGSI: build_shengsi, F_EDU: build_edu, F_YIYANG: build_yiyang, F_BYQ: build_byq}


def write_gold():
    ANN.mkdir(exist_ok=True)
    for fname, g in GOLD.items():
        pdf = Path(fname).with_suffix(".pdf").name
        for src in (fname, pdf):
            out = {"source": src}
            out.update(g)
            (ANN / f"{src}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def to_pdf(path: Path):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", str(path.parent), str(path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    write_gold()  # gold first
    for fname, build in BUILDERS.items():
        p = HERE / fname
        build(p)
        to_pdf(p)
    print("written:", ", ".join(BUILDERS))


if __name__ == "__main__":
    main()
