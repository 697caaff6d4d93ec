#!/usr/bin/env python3
"""Build the blind35 part of the real-layout corpus.

Writes every document (XLSX/DOCX, then PDF through LibreOffice unless --no-pdf)
and its gold JSON from the single DOCS table below.  Written from scratch for
blind35; sources are listed in SOURCES.md.
"""
import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

MEETING = ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
           "admin/src/main/webapp/WEB-INF/views/task/kpi/")
GBC = ("https://github.com/zxj6827111-blip/GovBudgetChecker/blob/55d3e26e898f290fa8979a595519353f57fb1565/"
       "tests/fixtures/sample_page_data.json")

# ---------------------------------------------------------------------------
# canonical level names
L1 = {"预算绩效": None, "项目产出": "产出指标", "项目效果": "效益指标"}
L2 = {"预算管理": None, "财务管理": None,
      "产出数量": "数量指标", "产出质量": "质量指标", "产出时效": "时效指标", "产出成本": "成本指标",
      "经济效益": "经济效益指标", "社会效益": "社会效益指标", "环境效益": "生态效益指标",
      "可持续影响": "可持续影响指标", "服务对象满意度": "服务对象满意度指标"}

# the budget block is the same in all four 检验检疫 forms
BUDGET_BLOCK = {
    "type": "data", "l1": "预算绩效", "w": "50",
    "groups": [
        {"l2": "预算管理", "s": "75", "rows": [
            ("预算执行进度(7月)", "%", "40%", "7", ""),
            ("预算执行进度（11月）", "%", "80.21%", "8", ""),
            ("预算调整次数（实际调整数）", "次", "0", "5", "/"),
            ("项目预算资金是否被核减", "是/否", "否", "25", "/"),
            ("结转结余资金率", "%", "-0%", "25", ""),
            ("是否开展预算编报考评", "是/否", "是", "5", "/"),
        ]},
        {"l2": "财务管理", "s": "25", "rows": [
            ("用款计划差错率", "%", "-0%", "7", ""),
            ("是否存在违规行为", "是/否", "否", "13", "/"),
            ("是否开展会计决算报表考评", "是/否", "是", "5", "/"),
        ]},
    ]}

HDR = ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值"]
HDR2 = ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值\n(标准)", "分值"]

INSTR = [
    "填表说明:",
    "1、所填数据的真实、准确和完整由填报单位负责。",
    "2、表内的行、列、公式等任何格式一律不得改动。",
    "3、采集数据项中的量化指标只填数字，不要带中文或英文字符。",
    "4、采集数据项一律按所列计量单位的口径填写。",
    "5、项目效果判为“是”的，须在理由栏里举出真实恰当的例子；例子不全或不合要求的，扣减相应分值。",
    "6、表格须加盖公章、经负责人签字，手续齐全。",
]
SIGN = "填报单位（公章）：                              单位负责人："

MARKS = "①②③④⑤⑥"


def blank_group(l2, n, reason=False):
    return {"l2": l2, "s": "", "blank": n, "reason": reason}


# ---------------------------------------------------------------------------
# findings helpers
def f(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


NEG0 = "'-0%': a negative-signed zero as target; as written the value is meaningless (a rate cannot be below 0)"
QNS = "yes/no target '是' on an effect judgement, with no measure or grading rule"
QNS_OUT = "yes/no target on a vague output judgement, with no measure or grading rule"


def vw(word):
    return "'%s' with no number or baseline (target only '是')" % word


DOCS = [
    # ------------------------------------------------------------------ fgztc
    {
        "file": "jl-ciq-hk-through-train-eval", "fmt": "xlsx", "kind": "form",
        "title": "赴港直通车专项经费项目支出绩效评价表",
        "url": MEETING + "fgztc.jsp", "province": "吉林", "doc_kind": "绩效评价表",
        "patterns": [1, 2, 5, 6, 8],
        "widths": [9, 6, 11, 5, 30, 8, 9, 5, 12, 12, 12],
        "blocks": [
            {"type": "header", "last": "指标值", "hdr": HDR},
            BUDGET_BLOCK,
            {"type": "header", "last": "指标值", "hdr": HDR},
            {"type": "data", "l1": "项目产出", "w": "25", "groups": [
                {"l2": "产出数量", "s": "60", "rows": [
                    ("口岸传染病监测开展率", "%", "100%", "20", ""),
                    ("口岸卫生监督开展率", "%", "100%", "20", ""),
                    ("卫生检疫人员培训覆盖率", "%", "100%", "20", ""),
                ]},
                {"l2": "产出质量", "s": "20", "rows": [
                    ("是否保障赴港乘客顺利通关", "是/否", "是", "10", "/"),
                    ("是否有效防止疫情疫病传入传出", "是/否", "是", "10", "/"),
                ]},
                {"l2": "产出时效", "s": "20", "rows": [
                    ("卫生监督频次完成率", "%", "100%", "10", ""),
                    ("口岸传染病监测完成率", "%", "100%", "10", ""),
                ]},
                blank_group("产出成本", 2),
            ]},
            {"type": "header", "reason": True, "hdr": HDR},
            {"type": "effect", "l1": "项目效果", "w": "25", "groups": [
                {"l2": "经济效益", "s": "20", "inds": [
                    {"name": "是否推进了赴港直通车发展", "unit": "是/否", "t": "是", "pts": ["5"] * 4}]},
                {"l2": "社会效益", "s": "20", "inds": [
                    {"name": "是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质传入传达出",
                     "unit": "是/否", "t": "是", "pts": ["5"] * 4}]},
                {"l2": "环境效益", "s": "20", "inds": [
                    {"name": "是否有利于保护生态环境", "unit": "是/否", "t": "是", "pts": ["5"] * 4}]},
                {"l2": "可持续影响", "s": "20", "inds": [
                    {"name": "是否有利于保障人民身体健康", "unit": "是/否", "t": "是", "pts": ["5"] * 4}]},
                {"l2": "服务对象满意度", "s": "20", "inds": [
                    {"name": "赴港直通车乘客对检验检疫通关措施的满意度", "unit": "是/否", "t": "是",
                     "pts": ["5"] * 4}]},
            ]},
            {"type": "total"},
        ],
        "facts": [{"metric": "总分(权重)", "kind": "sum", "total": 100, "parts": [50, 25, 25], "unit": "分"}],
        "findings": [
            f("target.impossible_value", "结转结余资金率", NEG0),
            f("target.impossible_value", "用款计划差错率", NEG0),
            f("target.qualitative_no_scale", "是否保障赴港乘客顺利通关", QNS_OUT),
            f("target.qualitative_no_scale", "是否有效防止疫情疫病传入传出", QNS_OUT),
            f("target.vague_wording", "是否有效防止疫情疫病传入传出", vw("有效")),
            f("target.qualitative_no_scale", "是否推进了赴港直通车发展", QNS),
            f("target.qualitative_no_scale", "是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质传入传达出", QNS),
            f("target.vague_wording", "是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质传入传达出", vw("有效")),
            f("target.qualitative_no_scale", "是否有利于保护生态环境", QNS),
            f("target.qualitative_no_scale", "是否有利于保障人民身体健康", QNS),
            f("target.unit_mismatch", "赴港直通车乘客对检验检疫通关措施的满意度",
              "a 满意度 measured in 是/否 with target '是' instead of a percentage"),
        ],
        "notes": ("赴港直通车 (Hong Kong through-train) form of the 检验检疫 绩效考核 JSP system, reproduced whole. "
                  "Differs from the forms used in blind31/33/34: the title says '专项经费项目支出绩效评价表'; 产出数量 weighs 60 "
                  "(three 100% rates) and 产出质量/时效 20 each; 产出成本 is two empty rows with no points; every effect "
                  "二级 (经济/社会/环境/可持续/服务对象满意度) has one yes/no question over four ①–④ 5-point example rows. "
                  "Input boxes (数据项1/2, 指标值, 理由, 得分, 填报单位, 单位负责人) are empty cells; '/' cells as on the page. "
                  "Kept defects: '-0%' targets, '传达出' (for 传出) in the 社会效益 name, two questions in one 社会效益 name cell "
                  "(kept as ONE indicator: one target cell), 满意度 with unit 是/否. Gold: 预算绩效 rows have level1/level2 null "
                  "(预算管理/财务管理 are not 产出/效益 dimensions); 服务对象满意度, which the form files under 项目效果, is "
                  "mapped to 满意度指标/服务对象满意度指标; weight = the row's 分值, for an effect question the sum of its "
                  "example rows (4 × 5 = 20); unit '是/否' as written in the 计量单位 column; no year, no amounts, no goals. "
                  "The 100 of 总分 equals the 一级 weights 50 + 25 + 25; each 一级's 二级 分值 add to 100 and each 二级's row "
                  "分值 add to the 二级 分值 (checked; consistent). Fill-in instructions in our own words."),
    },
    # ------------------------------------------------------------------ gagry
    {
        "file": "jl-ciq-hkmacao-tourist-eval", "fmt": "docx", "kind": "form",
        "title": "赴港澳地区“个人游”专项经费项目支出绩效评价表",
        "url": MEETING + "gagry.jsp", "province": "吉林", "doc_kind": "绩效评价表",
        "patterns": [1, 2, 5, 6, 8],
        "widths": [1.5, 1.1, 1.8, 1.0, 5.2, 1.3, 1.4, 1.0, 2.2, 2.2, 2.0],
        "blocks": [
            {"type": "header", "last": "指标", "hdr": HDR},
            BUDGET_BLOCK,
            {"type": "header", "last": "指标值", "hdr": HDR},
            {"type": "data", "l1": "项目产出", "w": "25", "groups": [
                {"l2": "产出数量", "s": "20", "rows": [
                    ("赴港澳个人游居民/携带物/交通工具卫生检疫完成率", "%", "100%", "20", ""),
                ]},
                {"l2": "产出质量", "s": "40", "rows": [
                    ("是否保障赴港澳个人游居民顺利通关", "是/否", "是", "20", "/"),
                    ("是否有效防止疫情疫病传入传出", "是/否", "是", "20", "/"),
                ]},
                {"l2": "产出时效", "s": "40", "rows": [
                    ("卫生监督频次完成率", "%", "100%", "20", ""),
                    ("口岸传染病监测完成率", "%", "100%", "20", ""),
                ]},
                blank_group("产出成本", 2),
            ]},
            {"type": "header", "reason": True, "hdr": HDR},
            {"type": "effect", "l1": "项目效果", "w": "25", "groups": [
                {"l2": "经济效益", "s": "20", "inds": [
                    {"name": "是否推进了本辖区口岸港澳自由行航线发展", "unit": "是/否", "t": "是", "pts": ["5"] * 4}]},
                {"l2": "社会效益", "s": "20", "inds": [
                    {"name": "是否为港澳自由行旅客创造通关便利条件", "unit": "是/否", "t": "是", "pts": ["5"] * 2},
                    {"name": "是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质传入传达出",
                     "unit": "是/否", "t": "是", "pts": ["5"] * 2}]},
                {"l2": "环境效益", "s": "20", "inds": [
                    {"name": "是否有利于保护生态环境", "unit": "是/否", "t": "是", "pts": ["5"] * 4}]},
                {"l2": "可持续影响", "s": "20", "inds": [
                    {"name": "是否有利于保障人民身体健康", "unit": "是/否", "t": "是", "pts": ["5"] * 4}]},
                {"l2": "服务对象满意度", "s": "20", "inds": [
                    {"name": "港澳自由行旅客对检验检疫通关措施的满意度", "unit": "是/否", "t": "是", "pts": ["5"] * 4}]},
            ]},
            {"type": "total"},
        ],
        "facts": [{"metric": "总分(权重)", "kind": "sum", "total": 100, "parts": [50, 25, 25], "unit": "分"}],
        "findings": [
            f("target.impossible_value", "结转结余资金率", NEG0),
            f("target.impossible_value", "用款计划差错率", NEG0),
            f("target.qualitative_no_scale", "是否保障赴港澳个人游居民顺利通关", QNS_OUT),
            f("target.qualitative_no_scale", "是否有效防止疫情疫病传入传出", QNS_OUT),
            f("target.vague_wording", "是否有效防止疫情疫病传入传出", vw("有效")),
            f("target.qualitative_no_scale", "是否推进了本辖区口岸港澳自由行航线发展", QNS),
            f("target.qualitative_no_scale", "是否为港澳自由行旅客创造通关便利条件", QNS),
            f("target.qualitative_no_scale", "是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质传入传达出", QNS),
            f("target.vague_wording", "是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质传入传达出", vw("有效")),
            f("target.qualitative_no_scale", "是否有利于保护生态环境", QNS),
            f("target.qualitative_no_scale", "是否有利于保障人民身体健康", QNS),
            f("target.unit_mismatch", "港澳自由行旅客对检验检疫通关措施的满意度",
              "a 满意度 measured in 是/否 with target '是' instead of a percentage"),
        ],
        "notes": ("赴港澳地区“个人游” form of the 检验检疫 绩效考核 JSP system, reproduced whole as a Word table. "
                  "Differs from the used forms and from fgztc: the FIRST header's last column reads '指标' (later headers "
                  "'指标值'); 产出数量 is a single unmerged row weighing 20 while 产出质量 and 产出时效 weigh 40 each; the "
                  "社会效益 二级 holds two yes/no questions with two example rows each (①② / ①②). Input boxes are empty "
                  "cells; curly quotes “个人游” in the title as on the page. Kept defects: '-0%' targets, '传达出', two "
                  "questions joined by 、 in one name cell (one indicator), 满意度 with unit 是/否. Gold conventions as in "
                  "jl-ciq-hk-through-train-eval (预算绩效 levels null; 满意度 mapped to 满意度指标; weight = row 分值 or the sum "
                  "of an effect question's example rows). Points add up (50/25/25 = 100; every block to 100). "
                  "Fill-in instructions in our own words."),
    },
    # ------------------------------------------------------------------ jyq
    {
        "file": "jl-ciq-quarantine-dog-eval", "fmt": "xlsx", "kind": "form",
        "title": "检疫犬经费支出绩效评价表",
        "url": MEETING + "jyq.jsp", "province": "吉林", "doc_kind": "绩效评价表",
        "patterns": [1, 2, 5, 6, 8],
        "widths": [9, 6, 10, 5, 30, 8, 9, 5, 11, 11, 11],
        "blocks": [
            {"type": "header", "last": "指标值",
             "hdr": ["一级指标", "权重", "二级指标 ", "分值", "三级指标", "计量单位", "目标值(标准)", "分值"]},
            BUDGET_BLOCK,
            {"type": "header", "last": "指标值", "hdr": HDR2},
            {"type": "data", "l1": "项目产出", "w": "25", "spacer": True, "groups": [
                {"l2": "产出数量", "s": "30", "rows": [
                    ("禁止进境物检疫犬截获率", "%", "20%", "15", ""),
                    ("有害生物检疫犬截获率", "%", "5%", "15", ""),
                ]},
                {"l2": "产出质量", "s": "20", "rows": [
                    ("有效开箱率", "%", "50%", "10", ""),
                    ("在岗检疫犬考核合格率", "%", "50%", "10", ""),
                ]},
                {"l2": "产出时效", "s": "30", "rows": [
                    ("本年投入是否本年产出", "是/否", "是", "30", "/"),
                ]},
                {"l2": "产出成本", "s": "20", "rows": [
                    ("检疫犬生活费支出是否超出定额标准", "是/否", "否", "20", "/"),
                ]},
            ]},
            {"type": "header", "reason": True, "hdr": HDR2},
            {"type": "effect", "l1": "项目效果", "w": "25", "groups": [
                {"l2": "经济效益", "s": "15", "inds": [
                    {"name": "专项资金的投入是否提高了截获率", "unit": "是/否", "t": "是", "pts": ["5"] * 3}]},
                {"l2": "社会效益", "s": "30", "inds": [
                    {"name": "专项资金投入是否增加了公众对动植物检疫工作的认知度  专项资金的投入是否提高通关速度  ",
                     "name_rows": 6, "unit": "是/否", "t": "是", "pts": ["5"] * 3,
                     "gold": ["专项资金投入是否增加了公众对动植物检疫工作的认知度", "专项资金的投入是否提高通关速度"]},
                    {"name": None, "unit": "是/否", "t": "是", "pts": ["5"] * 3}]},
                {"l2": "环境效益", "s": "15", "inds": [
                    {"name": "专项资金投入是否可增强动植物有害生物随旅客携带物、邮寄物传入我国的防控能力，保护国内生态安全",
                     "unit": "是/否", "t": "是", "pts": ["5"] * 3}]},
                {"l2": "可持续影响", "s": "15", "inds": [
                    {"name": "专项资金投入是否对不法分子携带、邮寄禁止进境物入境形成一定的威慑力  ",
                     "unit": "是/否", "t": "是", "pts": ["5"] * 3}]},
                {"l2": "服务对象满意度", "s": "25", "inds": [
                    {"name": "入境旅客/机场/车站/客运码头/邮政运营管理单位对应用检疫犬查验邮包名录工作表现是否认同",
                     "unit": "是/否", "t": "是", "pts": ["5"] * 5}]},
            ]},
            {"type": "total"},
        ],
        "facts": [{"metric": "总分(权重)", "kind": "sum", "total": 100, "parts": [50, 25, 25], "unit": "分"}],
        "findings": [
            f("target.impossible_value", "结转结余资金率", NEG0),
            f("target.impossible_value", "用款计划差错率", NEG0),
            f("target.qualitative_no_scale", "专项资金的投入是否提高了截获率", QNS),
            f("target.vague_wording", "专项资金的投入是否提高了截获率", vw("提高")),
            f("target.qualitative_no_scale", "专项资金投入是否增加了公众对动植物检疫工作的认知度", QNS),
            f("target.qualitative_no_scale", "专项资金的投入是否提高通关速度", QNS),
            f("target.vague_wording", "专项资金的投入是否提高通关速度", vw("提高")),
            f("target.qualitative_no_scale",
              "专项资金投入是否可增强动植物有害生物随旅客携带物、邮寄物传入我国的防控能力，保护国内生态安全", QNS),
            f("target.qualitative_no_scale", "专项资金投入是否对不法分子携带、邮寄禁止进境物入境形成一定的威慑力", QNS),
            f("target.qualitative_no_scale",
              "入境旅客/机场/车站/客运码头/邮政运营管理单位对应用检疫犬查验邮包名录工作表现是否认同",
              "satisfaction asked as yes/no '是否认同' with no survey, rate or scale"),
        ],
        "notes": ("检疫犬经费 form of the 检验检疫 绩效考核 JSP system, reproduced whole. The form of the family that differs "
                  "most from the used ones: header '二级指标 ' with a trailing space in the first header and '目标值/(标准)' "
                  "on two lines in the later ones; the 项目产出 block starts with an EMPTY row (the page's 一级/权重 cells "
                  "span 7 rows but its first row holds nothing else); all four 产出 二级 are filled, incl. 产出成本 "
                  "(检疫犬生活费支出是否超出定额标准 否, 20); effect questions have three example rows ①–③ (满意度 five, ①–⑤); "
                  "the 社会效益 name cell is ONE cell merged over six rows holding two questions separated by spaces, while "
                  "unit, target and 数据项1 are split 3 + 3 rows. Gold splits that cell into the two questions (two "
                  "indicators, 15 points each, one target each) — a judgement call. Trailing spaces of the page kept in the "
                  "cells; gold names trimmed. 满意度 row is a yes/no '是否认同' (unit 是/否). Targets 20%/5%/50%/50% as "
                  "written (low but real). Other gold conventions as in jl-ciq-hk-through-train-eval. Points add up "
                  "(产出 30+20+30+20, 效果 15+30+15+15+25). Fill-in instructions in our own words."),
    },
    # ------------------------------------------------------------------ qtwsf
    {
        "file": "jl-ciq-other-foreign-affairs-eval", "fmt": "docx", "kind": "form",
        "title": "其他外事费专项经费绩效评价表",
        "url": MEETING + "qtwsf.jsp", "province": "吉林", "doc_kind": "绩效评价表",
        "patterns": [1, 2, 5, 6, 8],
        "widths": [1.5, 1.1, 1.8, 1.0, 5.2, 1.3, 1.4, 1.0, 2.2, 2.2, 2.0],
        "blocks": [
            {"type": "header", "last": "指标值", "hdr": HDR},
            BUDGET_BLOCK,
            {"type": "header", "last": "指标值", "hdr": HDR2},
            {"type": "data", "l1": "项目产出", "w": "25", "groups": [
                {"l2": "产出数量", "s": "25", "rows": [
                    ("外事任务完成率", "%", "100%", "25", ""),
                ]},
                {"l2": "产出质量", "s": "50 ", "rows": [
                    ("外事任务是否按照规定程序审批", "是/否", "是", "25", "/"),
                    ("是否取得外事任务预期成果", "是/否", "是", "25", "/"),
                ]},
                {"l2": "产出时效", "s": "25", "rows": [
                    ("外事任务取得成果是否得到应用", "是/否", "是", "25", "/"),
                ]},
                blank_group("产出成本", 2),
            ]},
            {"type": "header", "reason": True, "hdr": HDR2},
            {"type": "effect", "l1": "项目效果", "w": "25", "groups": [
                {"l2": "经济效益", "s": "30", "inds": [
                    {"name": "是否促进地方经济项目推广和外拓  ", "unit": "是/否", "t": "是", "pts": ["5"] * 3},
                    {"name": "是否保证了检验检疫业务的顺利开展", "unit": "是/否", "t": "是", "pts": ["5"] * 3}]},
                {"l2": "社会效益", "s": "20", "inds": [
                    {"name": "是否加强对外政策、信息、技术、业务交流", "unit": "是/否", "t": "是", "pts": ["5"] * 2},
                    {"name": "是否有违反外事纪律事件发生", "unit": "是/否", "t": "否", "pts": ["10"], "marks": ["/"]}]},
                {"l2": "环境效益", "s": "20", "inds": [
                    {"name": "是否促进外贸企业建立良好的对外沟通渠道，优化对外贸易环境", "unit": "是/否", "t": "是",
                     "pts": ["5"] * 2},
                    {"name": "通过增强国际交流是否为检验检疫创造良好的国际环境", "unit": "是/否", "t": "是",
                     "pts": ["5"] * 2}]},
                {"l2": "可持续影响", "s": "30", "inds": [
                    {"name": "是否提高检验检疫执法能力", "unit": "是/否", "t": "是", "pts": ["5"] * 4},
                    {"name": "是否增加国际合作交流机会", "unit": "是/否", "t": "是", "pts": ["5"] * 2}]},
                blank_group("服务对象满意度", 2, reason=True),
            ]},
            {"type": "total"},
        ],
        "facts": [{"metric": "总分(权重)", "kind": "sum", "total": 100, "parts": [50, 25, 25], "unit": "分"}],
        "findings": [
            f("target.impossible_value", "结转结余资金率", NEG0),
            f("target.impossible_value", "用款计划差错率", NEG0),
            f("target.qualitative_no_scale", "是否取得外事任务预期成果", QNS_OUT + " ('预期成果' not defined)"),
            f("target.time_no_deadline", "外事任务取得成果是否得到应用",
              "a 时效 row with neither a date, a period nor a rate (yes/no on whether results were applied)"),
            f("target.qualitative_no_scale", "是否促进地方经济项目推广和外拓", QNS),
            f("target.vague_wording", "是否促进地方经济项目推广和外拓", vw("促进")),
            f("target.qualitative_no_scale", "是否保证了检验检疫业务的顺利开展", QNS),
            f("target.qualitative_no_scale", "是否加强对外政策、信息、技术、业务交流", QNS),
            f("target.vague_wording", "是否加强对外政策、信息、技术、业务交流", vw("加强")),
            f("target.qualitative_no_scale", "是否促进外贸企业建立良好的对外沟通渠道，优化对外贸易环境", QNS),
            f("target.vague_wording", "是否促进外贸企业建立良好的对外沟通渠道，优化对外贸易环境", vw("促进/优化")),
            f("target.qualitative_no_scale", "通过增强国际交流是否为检验检疫创造良好的国际环境", QNS),
            f("target.qualitative_no_scale", "是否提高检验检疫执法能力", QNS),
            f("target.vague_wording", "是否提高检验检疫执法能力", vw("提高")),
            f("target.qualitative_no_scale", "是否增加国际合作交流机会", QNS),
            f("coverage.missing_dimension", "满意度指标",
              "the 服务对象满意度 block is two empty rows with no points: no satisfaction indicator"),
        ],
        "notes": ("其他外事费 form of the 检验检疫 绩效考核 JSP system, reproduced whole as a Word table. Differs from the used "
                  "forms: the 项目效果 block runs 21 rows with two questions in most 二级 and uneven example counts (3+3, "
                  "2+1, 2+2, 4+2); one effect row ('是否有违反外事纪律事件发生' 否, 10 points) has a single row and a '/' in "
                  "its 理由 cell; the 服务对象满意度 二级 is two EMPTY rows without points (effect points 30+20+20+30 = 100 "
                  "without it); 产出成本 is two empty rows too; '50 ' with a trailing space as 产出质量 分值. No goals, no "
                  "amounts, no year. Gold conventions as in jl-ciq-hk-through-train-eval. Compliance yes/no rows "
                  "(按照规定程序审批, 违反外事纪律) are verifiable events and get no finding; '外事任务取得成果是否得到应用' sits "
                  "under 产出时效 with nothing about time. Fill-in instructions in our own words."),
    },
    # ------------------------------------------------------------------ eco bureau 决算 excerpt
    {
        "file": "sh-putuo-eco-final-excerpt", "fmt": "docx", "kind": "eco",
        "url": GBC, "province": "上海", "doc_kind": "部门决算情况说明 (excerpt: two tables + prose incl. 预算绩效管理情况)",
        "patterns": [5, 10],
        "facts": [
            {"metric": "一般公共预算财政拨款支出", "kind": "budget", "planned": 4628.17, "actual": 4733.14,
             "stated_rate": 102.27, "unit": "万元"},
            {"metric": "“三公”经费财政拨款支出", "kind": "budget", "planned": 21.00, "actual": 16.95,
             "stated_rate": 80.71, "unit": "万元"},
            {"metric": "公务用车购置及运行维护费", "kind": "budget", "planned": 20.50, "actual": 16.95,
             "stated_rate": 82.68, "unit": "万元"},
            {"metric": "公务接待费", "kind": "budget", "planned": 0.50, "actual": 0.00,
             "stated_rate": 0.00, "unit": "万元"},
            {"metric": "本年支出合计", "kind": "sum", "total": 4733.14, "parts": [3365.38, 1367.76], "unit": "万元"},
            {"metric": "一般公共预算财政拨款支出(按类)", "kind": "sum", "total": 4733.14,
             "parts": [471.44, 109.34, 3742.47, 409.89], "unit": "万元"},
            {"metric": "生态环境监测与信息(2111101)", "kind": "sum", "total": 1493.39, "parts": [1101.78, 391.60],
             "unit": "万元"},
            {"metric": "污染减排(21111)", "kind": "sum", "total": 1576.19, "parts": [1101.78, 474.40], "unit": "万元"},
            {"metric": "节能环保支出(211)", "kind": "sum", "total": 3742.47, "parts": [2385.48, 1356.98], "unit": "万元"},
            {"metric": "合计(一般公共预算财政拨款支出决算表)", "kind": "sum", "total": 4733.14,
             "parts": [3365.38, 1367.75], "unit": "万元"},
            {"metric": "“三公”经费预算数", "kind": "sum", "total": 21.00, "parts": [0.00, 20.50, 0.50], "unit": "万元"},
            {"metric": "政府采购金额", "kind": "sum", "total": 372.34, "parts": [8.57, 0.00, 363.77], "unit": "万元"},
            {"metric": "绩效自评项目数(按评级)", "kind": "sum", "total": 28, "parts": [28, 0, 0, 0], "unit": "个"},
            {"metric": "绩效自评平均得分", "kind": "grade", "score": 99.86, "grade": "优"},
        ],
        "findings": [
            f("consistency.sum", "生态环境监测与信息(2111101)", "1101.78 + 391.60 = 1493.38, the row states 1,493.39 (0.01 rounding slip)"),
            f("consistency.sum", "污染减排(21111)", "1101.78 + 474.40 = 1576.18, the row states 1,576.19 (same 0.01 slip)"),
            f("consistency.sum", "节能环保支出(211)", "2385.48 + 1356.98 = 3742.46, the row states 3,742.47 (same 0.01 slip)"),
            f("consistency.sum", "合计(一般公共预算财政拨款支出决算表)",
              "3365.38 + 1367.75 = 4733.13, the 合计 row states 4,733.14; the prose gives 项目支出 1367.76"),
            f("consistency.rate", "机关运行经费支出",
              "185.41 万元, up 4.68 万元 on 2024 (base 180.73): growth 2.59%, stated 2.60%"),
        ],
        "notes": ("Excerpt of the published 2025 部门决算 (31-page PDF, sha256 113b98bb…) of 上海市普陀区生态环境局, kept as page "
                  "texts and pdfplumber tables in GovBudgetChecker's tests/fixtures/sample_page_data.json. Reproduced: table "
                  "五 一般公共预算财政拨款支出决算表 (whole, with its three header rows), table 七 财政拨款“三公”经费支出决算表 "
                  "(whole, 4 header rows), and from 第三部分 the sections 一、二、三、五（summary）、七、十、十一（一）（二） in our "
                  "own words with the same numbers; the other sections and tables are left out (excerpt). Names in table 五 "
                  "that pdfplumber garbled across wrapped cells ('险机缴关费事支业出…') are written as the same PDF's 支出决算表 "
                  "gives them. Kept slips: 项目支出 1,367.75 in the table's 合计 row vs 1367.76 in the prose and the 支出决算表; "
                  "four row sums off by 0.01 that all come from row 2111101 (judgement call: flagged as consistency.sum "
                  "because the figures are stated to two decimals, though they are rounding slips); 机关运行经费 growth 2.60% "
                  "where 4.68/180.73 = 2.59% (a growth rate, not an execution rate; flagged as consistency.rate, no budget fact "
                  "fits it). Correct rates kept as facts: 102.27% (4733.14/4628.17), 80.71%, 82.68%, 0.00% (公务接待费 "
                  "0.00/0.50); 因公出国（境）费 0.00 of 0.00 budget stated 0.00% is left out (no rate defined). Growth 1.94% and "
                  "42.68% and the shares 71.10/28.90/9.96/2.31/79.07/8.66% recompute (not entered as facts). The 绩效 section "
                  "names 28 projects (1354.13 万元) with 绩效目标, 跟踪 and 自评, average 99.86 points, all 28 rated 优 (its "
                  "scale is 优/良/合格/不合格), 3 problems found, 3 fixed: consistent. No indicator table, no goals; prose "
                  "about attached forms only, so no coverage finding."),
    },
]


# ---------------------------------------------------------------------------
# form grid builder: 11 columns, returns rows (list of lists) + merges + gold indicators
NCOL = 11


def build_grid(doc):
    rows, merges, inds = [], [], []

    def new_row():
        rows.append([""] * NCOL)
        return len(rows) - 1

    for b in doc["blocks"]:
        t = b["type"]
        if t == "header":
            r1, r2 = new_row(), new_row()
            for c, h in enumerate(b["hdr"]):
                rows[r1][c] = h
                merges.append((r1, c, r2, c))
            if b.get("reason"):
                rows[r1][8] = "采集数据项"
                merges.append((r1, 8, r1, 10))
                rows[r2][8] = "数据项1"
                rows[r2][9] = "理由"
                merges.append((r2, 9, r2, 10))
            else:
                rows[r1][8] = "采集数据项"
                merges.append((r1, 8, r1, 9))
                rows[r2][8] = "数据项1"
                rows[r2][9] = "数据项2"
                rows[r1][10] = b["last"]
                merges.append((r1, 10, r2, 10))
        elif t == "data":
            start = len(rows)
            if b.get("spacer"):
                new_row()
            for g in b["groups"]:
                gstart = len(rows)
                if "blank" in g:
                    for _ in range(g["blank"]):
                        new_row()
                else:
                    for (name, unit, tgt, pts, dv2) in g["rows"]:
                        r = new_row()
                        rows[r][4:10] = [name, unit, tgt, pts, "", dv2]
                        inds.append(gold_ind(b["l1"], g["l2"], name, unit, tgt, float(pts)))
                gend = len(rows) - 1
                rows[gstart][2] = g["l2"]
                rows[gstart][3] = g["s"]
                if gend > gstart:
                    merges.append((gstart, 2, gend, 2))
                    merges.append((gstart, 3, gend, 3))
            end = len(rows) - 1
            rows[start][0] = b["l1"]
            rows[start][1] = b["w"]
            merges.append((start, 0, end, 0))
            merges.append((start, 1, end, 1))
        elif t == "effect":
            start = len(rows)
            for g in b["groups"]:
                gstart = len(rows)
                if "blank" in g:
                    for _ in range(g["blank"]):
                        r = new_row()
                        merges.append((r, 9, r, 10))
                else:
                    pending = None  # (row, rows_left) of a name cell spanning several indicators
                    for ind in g["inds"]:
                        istart = len(rows)
                        marks = ind.get("marks") or [MARKS[i] for i in range(len(ind["pts"]))]
                        for i, p in enumerate(ind["pts"]):
                            r = new_row()
                            rows[r][7] = p
                            rows[r][9] = marks[i]
                            merges.append((r, 9, r, 10))
                        iend = len(rows) - 1
                        if ind["name"] is not None:
                            rows[istart][4] = ind["name"]
                            nrows = ind.get("name_rows", iend - istart + 1)
                            if nrows > 1:
                                merges.append((istart, 4, istart + nrows - 1, 4))
                        rows[istart][5] = ind["unit"]
                        rows[istart][6] = ind["t"]
                        if iend > istart:
                            for c in (5, 6, 8):
                                merges.append((istart, c, iend, c))
                        total = sum(float(p) for p in ind["pts"])
                        if ind.get("gold"):
                            pending = list(ind["gold"])
                        if ind["name"] is None or ind.get("gold"):
                            gname = pending.pop(0)
                        else:
                            gname = ind["name"]
                        inds.append(gold_ind(b["l1"], g["l2"], gname, ind["unit"], ind["t"], total))
                gend = len(rows) - 1
                rows[gstart][2] = g["l2"]
                rows[gstart][3] = g["s"]
                if gend > gstart:
                    merges.append((gstart, 2, gend, 2))
                    merges.append((gstart, 3, gend, 3))
            end = len(rows) - 1
            rows[start][0] = b["l1"]
            rows[start][1] = b["w"]
            merges.append((start, 0, end, 0))
            merges.append((start, 1, end, 1))
        elif t == "total":
            r = new_row()
            rows[r][0:3] = ["总分", "100", "得分"]
            merges.append((r, 4, r, 10))
    return rows, merges, inds


def gold_ind(l1, l2, name, unit, tgt, weight):
    name = name.strip()
    if l2 == "服务对象满意度":
        lv1 = "满意度指标"
    else:
        lv1 = L1[l1]
    value = None
    t = tgt.strip()
    if t.endswith("%"):
        value = float(t[:-1])
    else:
        try:
            value = float(t)
        except ValueError:
            value = None
    if value is not None:
        value = abs(value) if value == 0 else value
        if value == int(value):
            value = int(value)
    w = int(weight) if weight == int(weight) else weight
    return {"level1": lv1, "level2": L2[l2], "name": name, "operator": None, "value": value,
            "unit": unit or None, "target_text": tgt, "actual": None, "weight": w, "score": None}


# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_form_xlsx(doc, path):
    rows, merges, _ = build_grid(doc)
    wb = Workbook()
    ws = wb.active
    ws.title = "评价表"
    ws.cell(row=1, column=1, value=doc["title"]).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NCOL)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    off = 2
    header_rows = set()
    for i, row in enumerate(rows):
        if row[0] in ("一级指标",) or row[8] in ("数据项1",):
            header_rows.add(i)
    for i, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = ws.cell(row=off + i, column=c + 1, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="left" if c == 4 else "center")
            if i in header_rows:
                cell.font = Font(bold=True)
    for (r1, c1, r2, c2) in merges:
        if (r1, c1) != (r2, c2):
            ws.merge_cells(start_row=off + r1, start_column=c1 + 1, end_row=off + r2, end_column=c2 + 1)
    r = off + len(rows) + 1
    ws.cell(row=r, column=1, value=SIGN).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
    for line in INSTR:
        r += 1
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=NCOL)
    for i, w in enumerate(doc["widths"]):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    wb.properties.creator = "blind35"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def set_cjk(run, size=None, bold=False):
    run.font.name = "SimSun"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(d, text, size=10.5, bold=False, center=False):
    p = d.add_paragraph()
    set_cjk(p.add_run(text), size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, size=8, bold=False):
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_cjk(p.add_run(ln), size, bold)


def new_docx(landscape):
    d = Document()
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    cp = d.core_properties
    cp.author = "blind35"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return d


def docx_table(d, rows, merges, widths=None, size=8, bold_rows=()):
    ncol = len(rows[0])
    tb = d.add_table(rows=len(rows), cols=ncol)
    tb.style = "Table Grid"
    covered = set()
    for (r1, c1, r2, c2) in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for i, row in enumerate(rows):
        for c, v in enumerate(row):
            if v and (i, c) not in covered:
                cell_text(tb.cell(i, c), v, size, bold=i in bold_rows)
    for (r1, c1, r2, c2) in merges:
        if (r1, c1) != (r2, c2):
            tb.cell(r1, c1).merge(tb.cell(r2, c2))
    if widths:
        tb.autofit = False
        for c, w in enumerate(widths):
            tb.columns[c].width = Cm(w)
            for r in range(len(rows)):
                tb.cell(r, c).width = Cm(w)
    return tb


def write_form_docx(doc, path):
    rows, merges, _ = build_grid(doc)
    d = new_docx(landscape=True)
    para(d, doc["title"], 14, True, True)
    bold = {i for i, r in enumerate(rows) if r[0] == "一级指标" or r[8] == "数据项1"}
    docx_table(d, rows, merges, doc["widths"], 8, bold)
    para(d, SIGN, 9, True)
    for line in INSTR:
        para(d, line, 9)
    d.save(path)


# ---------------------------------------------------------------------------
ECO_T5_HEAD = [
    ["项  目", "", "", "", "一般公共预算财政拨款支出决算数", "", ""],
    ["功能分类\n科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"],
    ["类", "款", "项", "", "", "", ""],
]
ECO_T5 = [
    ("208", "社会保障和就业支出", "471.44", "460.67", "10.77"),
    ("20805", "行政事业单位养老支出", "460.67", "460.67", "0.00"),
    ("2080501", "行政单位离退休", "51.98", "51.98", "0.00"),
    ("2080502", "事业单位离退休", "61.16", "61.16", "0.00"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "229.67", "229.67", "0.00"),
    ("2080506", "机关事业单位职业年金缴费支出", "116.59", "116.59", "0.00"),
    ("2080599", "其他行政事业单位养老支出", "1.27", "1.27", "0.00"),
    ("20808", "抚恤", "10.77", "0.00", "10.77"),
    ("2080801", "死亡抚恤", "10.77", "0.00", "10.77"),
    ("210", "卫生健康支出", "109.34", "109.34", "0.00"),
    ("21011", "行政事业单位医疗", "109.34", "109.34", "0.00"),
    ("2101101", "行政单位医疗", "46.34", "46.34", "0.00"),
    ("2101102", "事业单位医疗", "63.00", "63.00", "0.00"),
    ("211", "节能环保支出", "3,742.47", "2,385.48", "1,356.98"),
    ("21101", "环境保护管理事务", "1,543.22", "1,283.70", "259.52"),
    ("2110101", "行政运行", "1,293.60", "1,283.70", "9.90"),
    ("2110104", "生态环境保护宣传", "88.60", "0.00", "88.60"),
    ("2110105", "环境保护法规、规划及标准", "7.50", "0.00", "7.50"),
    ("2110107", "生态环境保护行政许可", "30.50", "0.00", "30.50"),
    ("2110199", "其他环境保护管理事务支出", "123.02", "0.00", "123.02"),
    ("21103", "污染防治", "623.06", "0.00", "623.06"),
    ("2110301", "大气", "379.96", "0.00", "379.96"),
    ("2110302", "水体", "213.10", "0.00", "213.10"),
    ("2110399", "其他污染防治支出", "30.00", "0.00", "30.00"),
    ("21111", "污染减排", "1,576.19", "1,101.78", "474.40"),
    ("2111101", "生态环境监测与信息", "1,493.39", "1,101.78", "391.60"),
    ("2111102", "生态环境执法监察", "82.80", "0.00", "82.80"),
    ("221", "住房保障支出", "409.89", "409.89", "0.00"),
    ("22102", "住房改革支出", "409.89", "409.89", "0.00"),
    ("2210201", "住房公积金", "207.69", "207.69", "0.00"),
    ("2210203", "购房补贴", "202.20", "202.20", "0.00"),
]
ECO_T7 = [
    ["财政拨款“三公”经费"] + [""] * 11,
    ["合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""],
    ["", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""],
    ["预算数", "决算数"] * 6,
    ["21.00", "16.95", "0.00", "0.00", "20.50", "16.95", "0.00", "0.00", "20.50", "16.95", "0.50", "0.00"],
]
ECO_T7_MERGES = [(0, 0, 0, 11), (1, 0, 2, 1), (1, 2, 2, 3), (1, 4, 1, 9), (2, 4, 2, 5), (2, 6, 2, 7),
                 (2, 8, 2, 9), (1, 10, 2, 11)]

ECO_TEXT_A = [
    ("h", "第三部分 上海市普陀区生态环境局2025年度部门决算情况说明"),
    ("h", "一、收入支出决算总体情况说明"),
    ("p", "2025年度本局收入、支出总计均为4733.14万元，比2024年度多90.09万元，增幅1.94%，增加主要来自基本支出。"),
    ("h", "二、收入决算情况说明"),
    ("p", "本年收入合计4733.14万元，全部为财政拨款收入（4733.14万元，占100.00%）。"),
    ("h", "三、支出决算情况说明"),
    ("p", "本年支出合计4733.14万元，其中基本支出3365.38万元，占71.10%；项目支出1367.76万元，占28.90%。"),
    ("h", "五、一般公共预算财政拨款支出决算情况说明"),
    ("p", "一般公共预算财政拨款支出4733.14万元，占本年支出合计的100.00%。按类分：社会保障和就业支出471.44万元"
          "（9.96%），卫生健康支出109.34万元（2.31%），节能环保支出3742.47万元（79.07%），住房保障支出409.89万元"
          "（8.66%）。年初预算为4628.17万元，决算为4733.14万元，为年初预算的102.27%；超出部分主要是年中因人员、"
          "职务职级变动和调标追加的基本经费，以及因工作需要追加的项目经费。（分项目说明从略）"),
    ("h", "七、财政拨款“三公”经费支出决算情况说明"),
    ("p", "“三公”经费财政拨款支出年初预算21.00万元，决算16.95万元，完成预算的80.71%。其中：因公出国（境）费决算"
          "0.00万元，完成预算的0.00%；公务用车购置及运行维护费决算16.95万元，完成预算的82.68%；公务接待费决算0.00万元，"
          "完成预算的0.00%。决算低于预算，主要因公务用车运行维护费、公务接待费等花得比预算少。"),
    ("p", "与2024年度相比，“三公”经费财政拨款支出增加5.07万元，增长42.68%，增加全部在公务用车购置及运行维护费"
          "（同样增加5.07万元、增长42.68%），起因是车辆运行维护费用上升；因公出国（境）费和公务接待费均与上年持平。"),
    ("p", "公务用车购置支出0万元，运行维护支出16.95万元，用于车辆保险、维修和燃油等；2025年本局各预算单位开支财政"
          "拨款的公务用车保有量为9辆。全年安排因公出国（境）团组0个、0人次；国内公务接待支出0.00万元（含外宾接待0.00"
          "万元），接待外宾0批次、0人次。"),
    ("h", "十、预算绩效管理情况"),
    ("p", "本局制定了《普陀区生态环境局预算绩效管理实施办法》，落实市、区两级关于项目支出预算绩效管理的办法，编制"
          "绩效工作计划表，对项目经费实行绩效管理。单位主要领导为责任人，全程参与绩效目标审核、跟踪、评价和结果"
          "应用；各科室、部门是绩效评价的责任主体，按时设定年度绩效目标并开展评价。"),
    ("p", "2025年度编报绩效目标的项目28个，涉及预算1354.13万元；开展绩效跟踪的项目28个，涉及预算1354.13万元；开展"
          "绩效自评的项目28个，涉及预算1354.13万元，平均得分99.86分。按评级分：“优”28个，“良”0个，“合格”0个，"
          "“不合格”0个。自评共发现问题3个，已整改3个，正在整改0个。"),
    ("h", "十一、其他重要事项的情况说明"),
    ("p", "（一）机关运行经费支出185.41万元，比2024年度增加4.68万元，增长2.60%，原因是人员变动带来福利费、其他交通"
          "费等增加，以及公务用车运行维护费增加。"),
    ("p", "（二）2025年度政府采购金额（以合同签订为准）372.34万元，其中货物8.57万元、工程0.00万元、服务363.77万元。"
          "面向中小企业预留的采购项目预算372.34万元，其中面向小微企业预留152.92万元；上述预留项目全部由中小企业"
          "（其中小微企业152.92万元）中标或成交，其他采购项目中由中小企业中标或成交的金额为0万元。"),
]


def write_eco_docx(doc, path):
    d = new_docx(landscape=False)
    para(d, "上海市普陀区生态环境局2025年度部门决算（摘录）", 15, True, True)
    para(d, "第二部分 上海市普陀区生态环境局2025年度部门决算表（摘录）", 12, True)
    para(d, "一般公共预算财政拨款支出决算表", 12, True, True)
    para(d, "单位：万元", 9)
    rows5 = [list(r) for r in ECO_T5_HEAD]
    for code, name, a, b, c in ECO_T5:
        rows5.append([code, "", "", name, a, b, c])
    rows5.append(["合计", "", "", "", "4,733.14", "3,365.38", "1,367.75"])
    m5 = [(0, 0, 0, 3), (0, 4, 0, 6), (1, 0, 1, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 2, 6)]
    for i in range(3, len(rows5) - 1):
        m5.append((i, 0, i, 2))
    m5.append((len(rows5) - 1, 0, len(rows5) - 1, 3))
    docx_table(d, rows5, m5, [0.9, 0.9, 0.9, 6.0, 2.6, 2.6, 2.6], 8, {0, 1, 2})
    para(d, "注：本表反映部门本年度一般公共预算财政拨款支出情况。", 9)
    para(d, "财政拨款“三公”经费支出决算表", 12, True, True)
    para(d, "单位：万元", 9)
    docx_table(d, ECO_T7, ECO_T7_MERGES, [1.5] * 12, 8, {0, 1, 2, 3})
    para(d, "注：本表反映部门本年度“三公”经费支出预决算情况。", 9)
    for kind, text in ECO_TEXT_A:
        para(d, text, 12 if kind == "h" else 10.5, kind == "h")
    d.save(path)


# ---------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite a zip package with fixed entry times so the bytes are reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + fixed + rb"\g<2>", data)
        out.append((name, data))
    items = out
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def gold_for(doc, fname):
    if doc["kind"] == "form":
        _, _, inds = build_grid(doc)
    else:
        inds = []
    return {
        "source": fname,
        "source_urls": [doc["url"]],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": inds,
        "goals": doc.get("goals", []),
        "facts": doc["facts"],
        "findings": doc["findings"],
        "notes": doc["notes"],
    }


def export_pdf(path, outdir):
    prof = tempfile.mkdtemp(prefix="lo35_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args()
    ann = os.path.join(HERE, "annotations")
    os.makedirs(ann, exist_ok=True)
    for doc in DOCS:
        fname = doc["file"] + "." + doc["fmt"]
        path = os.path.join(HERE, fname)
        if doc["kind"] == "form" and doc["fmt"] == "xlsx":
            write_form_xlsx(doc, path)
        elif doc["kind"] == "form":
            write_form_docx(doc, path)
        else:
            write_eco_docx(doc, path)
        normalize_zip(path)
        names = [fname]
        if not args.no_pdf:
            export_pdf(path, HERE)
            names.append(doc["file"] + ".pdf")
        else:
            names.append(doc["file"] + ".pdf")  # gold is written for the PDF either way
        for n in names:
            with open(os.path.join(ann, n + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold_for(doc, n), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        print("wrote", ", ".join(names), file=sys.stderr)


if __name__ == "__main__":
    main()
