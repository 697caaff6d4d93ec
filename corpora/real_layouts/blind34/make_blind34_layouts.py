#!/usr/bin/env python3
"""Build the blind34 part of the real-layout corpus (documents + gold).

Written from scratch for blind34. One DOCS table below drives both the documents
(XLSX/DOCX, then PDF through LibreOffice) and the gold JSON files.

    python make_blind34_layouts.py            # documents, PDFs, gold
    python make_blind34_layouts.py --no-pdf   # skip the LibreOffice export

XLSX/DOCX bytes are deterministic: fixed core-property times and fixed zip entry
times (the archive is rewritten after saving).
"""
import argparse
import datetime as dt
import io
import json
import re
import os
import subprocess
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

MEETING = ("https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
           "admin/src/main/webapp/WEB-INF/views/task/kpi/")
GBC = "https://github.com/zxj6827111-blip/GovBudgetChecker/blob/"

# ---------------------------------------------------------------------------
# The 吉林 检验检疫 evaluation forms (hktianyi/Meeting views/task/kpi/*.jsp)
# ---------------------------------------------------------------------------
# Budget block: identical in the three pages used here.
# (name, unit, target, points, second data item: '' = input box, '/' = slash)
BUDGET_BLOCK = ("预算绩效", "50", [
    ("预算管理", "75", [
        ("预算执行进度(7月)", "%", "40%", "7", ""),
        ("预算执行进度（11月）", "%", "80.21%", "8", ""),
        ("预算调整次数（实际调整数）", "次", "0", "5", "/"),
        ("项目预算资金是否被核减", "是/否", "否", "25", "/"),
        ("结转结余资金率", "%", "-0%", "25", ""),
        ("是否开展预算编报考评", "是/否", "是", "5", "/"),
    ]),
    ("财务管理", "25", [
        ("用款计划差错率", "%", "-0%", "7", ""),
        ("是否存在违规行为", "是/否", "否", "13", "/"),
        ("是否开展会计决算报表考评", "是/否", "是", "5", "/"),
    ]),
])

# Instructions under each form, in our own words (six points, same content).
KPI_NOTES = [
    "填表说明:",
    "1、数据是否真实、准确、完整，由填报单位负责。",
    "2、不得改动表格的任何格式，行、列和公式都保持原样。",
    "3、采集数据项中的量化指标只写数字，不写中文或英文字符。",
    "4、采集数据项按所列计量单位填写。",
    "5、项目效果一栏选“是”的，须在理由栏逐条举出真实恰当的例子；例子不全或不合要求的，扣相应分值。",
    "6、表格须加盖公章并签字，手续齐全。",
]

FORMS = {
    "fk": {
        "title": "反恐经费支出绩效评价表",
        "first_header_last": "指标",
        "product": ("项目产出", "25", [
            ("产出数量", "40", [
                ("核与辐射监测设备覆盖率", "%", "100%", "20", ""),
                ("反恐人员专业培训覆盖率", "%", "100%", "20", ""),
            ]),
            ("产出质量", "30", [
                ("发现异常情况的处置率", "%", "100%", "20", ""),
                ("是否提高口岸应对核化生等恐怖事件综合能力", "是/否", "是", "10", "/"),
            ]),
            ("产出时效", "10", [
                ("年度设备采购安装到位率", "%", "100%", "10", ""),
            ]),
            ("产出成本", "20", [
                ("大宗设备、物品采购是否政府采购", "是/否", "是", "10", "/"),
                ("结余经费是否用于反恐项目支出", "是/否", "是", "10", "/"),
            ]),
        ]),
        # (name, unit, target, [points per example row])
        "effect": ("项目效果", "25", [
            ("经济效益", "20", [
                ("专项资金投入是否提高了口岸反恐综合能力建设", "是/否", "是", ["5", "5", "5", "5"]),
            ]),
            ("社会效益", "40", [
                ("专项资金投入是否降低了核、生、化材料非法入境量", "是/否", "是", ["5", "5", "5", "5"]),
                ("专项资金投入是否减少了口岸发生核、生、化恐怖袭击的可能性", "是/否", "是", ["5", "5", "5", "5"]),
            ]),
            ("环境效益", "20", [
                ("专项资金投入是否提高了口岸超标放射性物质的发现能力", "是/否", "是", ["5", "5", "5", "5"]),
            ]),
            ("可持续影响", "20", [
                ("专项资金投入是否提高了恐怖组织通过口岸运输核、生、化材料或对口岸实施相应恐怖袭击的威慑力",
                 "是/否", "是", ["5", "5", "5", "5"]),
            ]),
            ("服务对象满意度", "", None),
        ]),
    },
    "jyzx": {
        "title": "检验检疫专项业务费绩效评价表",
        "first_header_last": "指标",
        "product": ("项目产出", "25", [
            ("产出数量", "70", [
                ("进出口商品检验货值增长率", "%", "1%", "8", ""),
                ("进出口商品检验批次增长率", "%", "1%", "8", ""),
                ("出口企业分类监督管理覆盖率", "%", "80%", "8", ""),
                ("食品化妆品检验检疫批次增长率", "%", "-0%", "8", ""),
                ("进出境运输工具检疫批次增长率", "%", "2%", "8", ""),
                ("进出境集装箱检验检疫标箱增长率", "%", "1%", "8", ""),
                ("原产地证书签证正确率", "%", "95%", "7", ""),
                ("金伯利进程国际证书验证率", "%", "90%", "7", ""),
                ("进出口目录外商品监督抽查完成率", "%", "95%", "8", ""),
            ]),
            ("产出质量", "20", [
                ("进出口商品抽检批次增长率", "%", "2%", "10", ""),
                ("进出口食品化妆品风险监控计划完成率", "%", "100%", "10", ""),
            ]),
            ("产出时效", "10", [
                ("本年投入是否本年产出", "是/否", "是", "10", "/"),
            ]),
            ("产出成本", "", None),
        ]),
        "effect": ("项目效果", "25", [
            ("经济效益", "30", [
                ("进口商品是否有对外出证索赔额", "是/否", "是", ["5", "5", "5"]),
                ("检验检疫是否对地方外经作出贡献", "是/否", "是", ["5", "5", "5"]),
            ]),
            ("社会效益", "30", [
                ("是否有效防止不合格商品流入与流出", "是/否", "是", ["5", "5", "5"]),
                ("是否有效应对国外技术性贸易措施", "是/否", "是", ["5", "5", "5"]),
            ]),
            ("环境效益", "10", [
                ("是否有利于保护生态环境", "是/否", "是", ["5", "5"]),
            ]),
            ("可持续影响", "30", [
                ("是否有利于保护国民经济安全", "是/否", "是", ["5", "5"]),
                ("是否有利于促进商品质量提高", "是/否", "是", ["5", "5"]),
                ("是否有利于保护消费者安全", "是/否", "是", ["5", "5"]),
            ]),
            ("服务对象满意度", "", None),
        ]),
    },
    "kjzx": {
        "title": "科技专项经费支出绩效评价表",
        "first_header_last": "指标",
        "product": ("项目产出", "20", [
            ("产出数量", "60", [
                ("科研项目核心期刊论文发表率", "%", "33%", "20", ""),
                ("科研成果输出率", "%", "30%", "40", ""),
            ]),
            ("产出质量", "40", [
                ("先进成果的产生率", "%", "20%", "20", ""),
                ("科研项目省部级以上获奖率", "%", "10%", "20", ""),
            ]),
            ("产出时效", "", None),
            ("产出成本", "", None),
        ]),
        "effect": ("项目效果", "30", [
            ("经济效益", "40", [
                ("是否当年产生成果转让收益", "是/否", "是", ["5", "5", "5", "5"]),
                ("是否成果应用节约成本", "是/否", "是", ["5", "5", "5", "5"]),
            ]),
            ("社会效益", "20", [
                ("是否提高检验检疫技术保障能力", "是/否", "是", ["5", "5"]),
                ("是否促进外向型经济发展", "是/否", "是", ["5", "5"]),
            ]),
            ("环境效益", "10", [
                ("是否有利于生态环境保护", "是/否", "是", ["5", "5"]),
            ]),
            ("可持续影响", "30", [
                ("是否有利于提高检验检疫执法能力", "是/否", "是", ["5", "5"]),
                ("是否有利于节省人力资源和提高工作效率", "是/否", "是", ["5", "5"]),
                ("是否有利于促进人民身体健康水平提高", "是/否", "是", ["5", "5"]),
            ]),
            ("服务对象满意度", "", None),
        ]),
    },
}

CANON_L1 = {"预算绩效": None, "项目产出": "产出指标", "项目效果": "效益指标"}
CANON_L2 = {"预算管理": None, "财务管理": None, "产出数量": "数量指标", "产出质量": "质量指标",
            "产出时效": "时效指标", "产出成本": "成本指标", "经济效益": "经济效益指标",
            "社会效益": "社会效益指标", "环境效益": "生态效益指标", "可持续影响": "可持续影响指标",
            "服务对象满意度": "服务对象满意度指标"}
CIRCLED = "①②③④⑤"


def kpi_grid(form):
    """Return (rows, merges) for one evaluation form; rows are lists of 11 cells."""
    rows, merges = [], []

    def header(kind, last):
        r = len(rows)
        if kind == "A":
            rows.append(["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)" if r == 0 else "目标值\n(标准)",
                         "分值", "采集数据项", None, last])
            rows.append([None] * 8 + ["数据项1", "数据项2", None])
            merges.extend([(r, c, r + 1, c) for c in range(8)])
            merges.extend([(r, 8, r, 9), (r, 10, r + 1, 10)])
        else:
            rows.append(["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值\n(标准)", "分值",
                         "采集数据项", None, None])
            rows.append([None] * 8 + ["数据项1", "理由", None])
            merges.extend([(r, c, r + 1, c) for c in range(8)])
            merges.extend([(r, 8, r, 10), (r + 1, 9, r + 1, 10)])

    def block_a(level1, weight, subs):
        start = len(rows)
        for l2, w2, items in subs:
            s2 = len(rows)
            if items is None:
                rows.append([None, None, l2, w2] + [""] * 7)
                rows.append([None, None, None, None] + [""] * 7)
            else:
                for i, (name, unit, target, pts, d2) in enumerate(items):
                    rows.append([None, None, l2 if i == 0 else None, w2 if i == 0 else None,
                                 name, unit, target, pts, "", d2, ""])
            if len(rows) - s2 > 1:
                merges.extend([(s2, 2, len(rows) - 1, 2), (s2, 3, len(rows) - 1, 3)])
        rows[start][0], rows[start][1] = level1, weight
        merges.extend([(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)])

    def block_c(level1, weight, subs):
        start = len(rows)
        for l2, w2, items in subs:
            s2 = len(rows)
            if items is None:
                for k in range(2):
                    r = len(rows)
                    rows.append([None, None, l2 if k == 0 else None, w2 if k == 0 else None, "", "", "", "", "", "", None])
                    merges.append((r, 9, r, 10))
            else:
                for name, unit, target, pts in items:
                    s3 = len(rows)
                    for k, p in enumerate(pts):
                        r = len(rows)
                        first = k == 0
                        rows.append([None, None, l2 if r == s2 else None, w2 if r == s2 else None,
                                     name if first else None, unit if first else None, target if first else None,
                                     p, "" if first else None, CIRCLED[k], None])
                        merges.append((r, 9, r, 10))
                    if len(pts) > 1:
                        merges.extend([(s3, c, len(rows) - 1, c) for c in (4, 5, 6, 8)])
            merges.extend([(s2, 2, len(rows) - 1, 2), (s2, 3, len(rows) - 1, 3)])
        rows[start][0], rows[start][1] = level1, weight
        merges.extend([(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)])

    header("A", form["first_header_last"])
    block_a(*BUDGET_BLOCK)
    header("A", "指标值")
    block_a(*form["product"])
    header("C", None)
    block_c(*form["effect"])
    r = len(rows)
    rows.append(["总分", "100", "得分", "", "", None, None, None, None, None, None])
    merges.append((r, 4, r, 10))
    return rows, merges


def num(text):
    t = text.strip().rstrip("%")
    try:
        v = float(t)
    except ValueError:
        return None
    v = abs(v) if v == 0 else v
    return int(v) if v == int(v) else v


def kpi_indicators(form):
    out = []
    for l1, _w, subs in (BUDGET_BLOCK, form["product"]):
        for l2, _w2, items in subs:
            for name, unit, target, pts, _d2 in items or []:
                out.append({"level1": CANON_L1[l1], "level2": CANON_L2[l2], "name": name, "operator": None,
                            "value": num(target), "unit": unit, "target_text": target, "actual": None,
                            "weight": num(pts), "score": None})
    l1, _w, subs = form["effect"]
    for l2, _w2, items in subs:
        for name, unit, target, pts in items or []:
            out.append({"level1": CANON_L1[l1], "level2": CANON_L2[l2], "name": name, "operator": None,
                        "value": None, "unit": unit, "target_text": target, "actual": None,
                        "weight": sum(int(p) for p in pts), "score": None})
    return out


def kpi_score_fact(form):
    # stated level-1 weights must add up to the 总分 100
    parts = [int(BUDGET_BLOCK[1]), int(form["product"][1]), int(form["effect"][1])]
    return {"metric": "一级指标权重", "kind": "sum", "total": 100, "parts": parts, "unit": "分"}


# ---------------------------------------------------------------------------
# 上海 普陀区文化和旅游局 2025 决算 (GovBudgetChecker wenlv_narrative_truth fixture), excerpt
# ---------------------------------------------------------------------------
WENLV_PARAS = [
    ("h", "上海市普陀区文化和旅游局2025年度部门决算情况说明（节选）"),
    ("h2", "五、一般公共预算财政拨款支出决算情况说明"),
    ("p", "（一）总体情况。2025年度一般公共预算财政拨款支出为24535.67万元，在本年支出合计中占92.45%；"
          "比2024年度多支出6485.08万元，增幅35.93%，增加部分主要是项目经费。"),
    ("p", "（三）具体情况。一般公共预算财政拨款支出年初预算27780.16万元，决算24535.67万元，"
          "为年初预算的88.32%。决算低于预算，主要是部分项目经费在年内调减。分科目看（节选）："),
    ("p", "1、文化和旅游（款）行政运行（项）：用于局本部运转的人员和公用支出，年初预算511.66万元，"
          "决算457.86万元；人员进出和退休使人员经费少于预算。"),
    ("p", "3、文化和旅游（款）文化展示及纪念机构（项）：用于所属事业单位项目，年初预算6832.84万元，"
          "决算1700.57万元；真如海心剧院精装修工程预算一部分调减、一部分转入政府性基金预算。"),
    ("p", "4、文化和旅游（款）文化活动（项）：用于局本部产业活动项目，年初预算1422.00万元，"
          "决算1605.19万元；年中追加了上海国际MCN大会经费。"),
    ("h2", "七、财政拨款“三公”经费支出决算情况说明"),
    ("p", "（一）总体情况。“三公”经费财政拨款年初预算11.49万元，决算3.04万元，完成预算的26.46%。"
          "其中因公出国（境）费决算0万元，完成预算的0%；公务用车购置及运行维护费决算2.64万元，完成预算的28.15%；"
          "公务接待费决算0.40万元，完成预算的18.96%。决算低于预算，是因为严格执行厉行节约规定、压减开支。"),
    ("p", "与2024年度相比，“三公”经费决算减少19.66万元，下降86.61%：因公出国（境）费持平（2025年没有出国（境）任务）；"
          "公务用车购置及运行维护费减少20.06万元，下降88.37%（当年没有新增公务用车）；"
          "公务接待费增加0.40万元，增长100%（当年发生了公务接待，按制度节俭开支）。"),
    ("p", "（二）具体情况。决算中因公出国（境）费0万元，占0%；公务用车购置及运行维护费2.64万元，占86.84%；"
          "公务接待费0.40万元，占13.16%。全年因公出国（境）团组0个、0人次；公务用车购置0万元，运行维护2.64万元，"
          "年末财政拨款开支的公务用车保有量4辆；国内公务接待0.40万元，共2批次、24人次，其中外宾0批次、0人次。"),
    ("table", None),
    ("p", "注：上表为部门本年度“三公”经费预决算情况。"),
    ("h2", "十、预算绩效管理情况"),
    ("p", "本部门已制定《普陀区文化和旅游局预算绩效管理办法（试行）》，项目预算绩效全覆盖，覆盖目标申报、跟踪评价和后评价全过程。"
          "2025年度编报绩效目标的项目43个，涉及预算12339.45万元；开展绩效跟踪评价的项目43个，涉及预算12339.45万元；"
          "开展绩效自评的项目43个，涉及预算12339.45万元，平均得分99.38分，其中评为“优”的43个、“良”的0个、"
          "“合格”的0个、“不合格”的0个。自评发现问题0个，已整改0个，正在整改0个。"),
]

# 三公 table: three header rows and one value row (单位：万元)
SANGONG_ROWS = [
    ["财政拨款“三公”经费", None, None, None, None, None, None, None, None, None, None, None],
    ["合计", None, "因公出国（境）费", None, "公务用车购置及运行维护费", None, None, None, None, None, "公务接待费", None],
    [None, None, None, None, "小计", None, "公务用车购置费", None, "公务用车运行维护费", None, None, None],
    ["预算数", "决算数"] * 6,
    ["11.49", "3.04", "0", "0", "9.38", "2.64", "0", "0", "9.38", "2.64", "2.11", "0.40"],
]
SANGONG_MERGES = [(0, 0, 0, 11), (1, 0, 2, 1), (1, 2, 2, 3), (1, 4, 1, 9), (2, 4, 2, 5), (2, 6, 2, 7),
                  (2, 8, 2, 9), (1, 10, 2, 11)]


# ---------------------------------------------------------------------------
# DOCS table
# ---------------------------------------------------------------------------
def kpi_doc(key, fmt):
    form = FORMS[key]
    return {"key": key, "kind": "kpi", "fmt": fmt, "url": MEETING + key + ".jsp", "form": form,
            "province": "吉林", "doc_kind": "绩效评价表", "patterns": [1, 2, 5, 6, 8]}


DOCS = [
    dict(kpi_doc("fk", "xlsx"), file="jl-ciq-antiterror-eval"),
    dict(kpi_doc("jyzx", "docx"), file="jl-ciq-inspection-ops-eval"),
    dict(kpi_doc("kjzx", "xlsx"), file="jl-ciq-science-eval"),
    {"key": "wenlv", "kind": "wenlv", "fmt": "docx", "file": "sh-putuo-wenlv-final-excerpt",
     "url": GBC + "2b25528d73424f2516dc76ed847de00268252008/tests/fixtures/wenlv_narrative_truth_page_data.json",
     "province": "上海", "doc_kind": "部门决算情况说明（节选，含“三公”表与预算绩效管理情况）", "patterns": [5, 10]},
]

# Hand-written part of the gold (findings, goals, facts beyond the generated rows, notes).
GOLD = {
    "fk": {
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the 服务对象满意度 rows of the form are empty: no satisfaction indicator"},
            {"rule": "target.vague_wording", "item": "是否提高口岸应对核化生等恐怖事件综合能力",
             "why": "'提高' with no number or baseline; target only 是"},
            {"rule": "target.vague_wording", "item": "专项资金投入是否提高了口岸反恐综合能力建设",
             "why": "'提高' with no number or baseline; target only 是"},
            {"rule": "target.vague_wording", "item": "专项资金投入是否提高了口岸超标放射性物质的发现能力",
             "why": "'提高' with no number or baseline; target only 是"},
            {"rule": "target.vague_wording",
             "item": "专项资金投入是否提高了恐怖组织通过口岸运输核、生、化材料或对口岸实施相应恐怖袭击的威慑力",
             "why": "'提高' with no number or baseline; target only 是"},
        ],
        "notes": ("反恐经费支出绩效评价表 of a 检验检疫 bureau's 绩效考核 system (JSP page, hktianyi/Meeting fk.jsp); "
                  "province 吉林 inferred (same system as the 长吉图 form used in blind31), no year on the page. "
                  "The page's input boxes (数据项1, 数据项2, 指标/指标值, 理由 ①–④, 得分, 填报单位, 单位负责人) are empty cells. "
                  "The first header says '指标' where the later header says '指标值' (kept). 预算绩效 rows (预算管理/财务管理) "
                  "have no canonical level, so level1/level2 are null. 项目效果 indicators span 4 example rows of 5 points each; "
                  "weight = the sum (20). 是/否 is written in the 计量单位 column and kept as unit. '-0%' targets kept "
                  "(value 0). The 产出成本 rows (政府采购, 结余经费用途) measure management, not output costs; the form "
                  "as a whole weighs 预算绩效 50 (process) – noted, not flagged (rule set of this brief). "
                  "Weights add up block by block (75+25, 40+30+10+20, 20+40+20+20; 50+25+25 = 100). "
                  "Fill-in instructions in our own words."),
    },
    "jyzx": {
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the 服务对象满意度 rows of the form are empty: no satisfaction indicator"},
            {"rule": "target.impossible_value", "item": "食品化妆品检验检疫批次增长率",
             "why": "a growth target of '-0%' (zero, written negative) is trivial: any result meets it"},
            {"rule": "target.vague_wording", "item": "是否有效防止不合格商品流入与流出",
             "why": "'有效' with no number; target only 是"},
            {"rule": "target.vague_wording", "item": "是否有效应对国外技术性贸易措施",
             "why": "'有效' with no number; target only 是"},
            {"rule": "target.vague_wording", "item": "是否有利于促进商品质量提高",
             "why": "'促进…提高' with no number or baseline; target only 是"},
        ],
        "notes": ("检验检疫专项业务费绩效评价表 (hktianyi/Meeting jyzx.jsp; breadcrumb 检验检疫专项); 吉林 inferred, no year. "
                  "Reproduced as DOCX: one 11-column table with the two-row header repeated before 项目产出 and 项目效果 "
                  "(the first header says '指标', the second '指标值'; the 效果 header has 数据项1 | 理由). The 产出成本 "
                  "二级 has two empty rows and an empty weight (kept; not an indicator); 服务对象满意度 likewise empty. "
                  "项目效果 indicators span 2–3 example rows of 5 points; weight = their sum. Input boxes are empty cells. "
                  "'-0%' targets kept as 0; the three '-0%' budget/finance rows (结转结余资金率, 用款计划差错率) are reverse "
                  "indicators with a zero target and are not flagged; the -0% growth target is. 本年投入是否本年产出 is a 时效 "
                  "row bounded by the year, not flagged. Weights add up (75+25; 70+20+10; 30+30+10+30; 50+25+25). "
                  "Instructions in our own words."),
    },
    "kjzx": {
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the 服务对象满意度 rows of the form are empty: no satisfaction indicator"},
            {"rule": "target.vague_wording", "item": "是否提高检验检疫技术保障能力",
             "why": "'提高' with no number or baseline; target only 是"},
            {"rule": "target.vague_wording", "item": "是否促进外向型经济发展",
             "why": "'促进' with no number; target only 是"},
            {"rule": "target.vague_wording", "item": "是否有利于提高检验检疫执法能力",
             "why": "'提高' with no number or baseline; target only 是"},
            {"rule": "target.vague_wording", "item": "是否有利于节省人力资源和提高工作效率",
             "why": "'提高' with no number or baseline; target only 是"},
            {"rule": "target.vague_wording", "item": "是否有利于促进人民身体健康水平提高",
             "why": "'促进…提高' with no number or baseline; target only 是"},
        ],
        "notes": ("科技专项经费支出绩效评价表 (hktianyi/Meeting kjzx.jsp); 吉林 inferred, no year. Layout differs from the "
                  "other two: 项目产出 weighs 20 and 项目效果 30, and two 产出 二级 blocks (产出时效, 产出成本) are empty "
                  "labelled rows with no weight (kept; not indicators, no dimension finding because 产出 has rows). "
                  "服务对象满意度 empty. Input boxes are empty cells; 是/否 kept as unit. Weights add up (60 = 20+40, "
                  "40 = 20+20, 40 = 8×5, 20 = 4×5, 10, 30 = 6×5; 50+20+30 = 100). Instructions in our own words."),
    },
    "wenlv": {
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "一般公共预算财政拨款支出", "kind": "budget", "planned": 27780.16, "actual": 24535.67,
             "stated_rate": 88.32, "unit": "万元"},
            {"metric": "行政运行", "kind": "budget", "planned": 511.66, "actual": 457.86, "stated_rate": None,
             "unit": "万元"},
            {"metric": "文化展示及纪念机构", "kind": "budget", "planned": 6832.84, "actual": 1700.57,
             "stated_rate": None, "unit": "万元"},
            {"metric": "文化活动", "kind": "budget", "planned": 1422.00, "actual": 1605.19, "stated_rate": None,
             "unit": "万元"},
            {"metric": "“三公”经费", "kind": "budget", "planned": 11.49, "actual": 3.04, "stated_rate": 26.46,
             "unit": "万元"},
            {"metric": "因公出国（境）费", "kind": "budget", "planned": 0, "actual": 0, "stated_rate": 0,
             "unit": "万元"},
            {"metric": "公务用车购置及运行维护费", "kind": "budget", "planned": 9.38, "actual": 2.64,
             "stated_rate": 28.15, "unit": "万元"},
            {"metric": "公务接待费", "kind": "budget", "planned": 2.11, "actual": 0.40, "stated_rate": 18.96,
             "unit": "万元"},
            {"metric": "“三公”经费决算数", "kind": "sum", "total": 3.04, "parts": [0, 2.64, 0.40], "unit": "万元"},
            {"metric": "“三公”经费预算数", "kind": "sum", "total": 11.49, "parts": [0, 9.38, 2.11], "unit": "万元"},
            {"metric": "公务用车购置及运行维护费决算数", "kind": "sum", "total": 2.64, "parts": [0, 2.64],
             "unit": "万元"},
            {"metric": "绩效自评项目数", "kind": "sum", "total": 43, "parts": [43, 0, 0, 0], "unit": "个"},
        ],
        "findings": [],
        "notes": ("Excerpt of the published 2025 部门决算 of 上海市普陀区文化和旅游局 (33-page PDF kept as page texts in the "
                  "GovBudgetChecker test fixture wenlv_narrative_truth_page_data.json): sections 五 (total and three of the "
                  "24 line items), 七 (“三公” text and the 预决算 table of p. 18) and 十 (预算绩效管理情况); the rest of "
                  "the 决算 (tables, other line items, 名词解释) is left out. Prose in our own words with the same numbers. "
                  "No indicator table: the 决算 only reports that 43 projects had targets, tracking and self-evaluation "
                  "(12339.45万元, average 99.38, all 优), so no coverage finding. Rates recompute: 24535.67/27780.16 = "
                  "88.32%, 3.04/11.49 = 26.46%, 0.40/2.11 = 18.96%; 2.64/9.38 = 28.145% shown as 28.15% — within the "
                  "rounding of the printed inputs (the 2026 budget lists the car budget as 93,750元 = 9.375万元), judged "
                  "consistent, not flagged. Shares 86.84%/13.16% and the falls 19.66 (86.61%) and 20.06 (88.37%) "
                  "against 2024 (22.70) also recompute. The grade words here are 优/良/合格/不合格 (Shanghai scheme), so "
                  "no grade fact is recorded."),
    },
}

KPI_GOALS = []  # the evaluation forms carry no goal text


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def normalize_zip(path):
    """Rewrite a zip package with fixed entry times and a fixed entry order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    fixed_items = []
    for name, data in items:
        if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the save time
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<3>", data)
        fixed_items.append((name, data))
    items = fixed_items
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_kpi_xlsx(path, doc):
    form = doc["form"]
    rows, merges = kpi_grid(form)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价表"
    ncol = 11
    ws.cell(row=1, column=1, value=form["title"]).font = Font(bold=True, size=14)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    base = 2
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = ws.cell(row=base + r, column=c + 1)
            if v is not None:
                cell.value = v
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="left" if c == 4 else "center")
    for r, row in enumerate(rows):
        if row[4] and len(row[4]) > 17:
            ws.row_dimensions[base + r].height = 15 * ((len(row[4]) + 16) // 17)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=base + r1, start_column=c1 + 1, end_row=base + r2, end_column=c2 + 1)
    r = base + len(rows) + 1
    ws.cell(row=r, column=1, value="填报单位（公章）：")
    ws.cell(row=r, column=7, value="单位负责人：")
    for k, line in enumerate(KPI_NOTES):
        ws.cell(row=r + 1 + k, column=1, value=line)
    widths = [9, 6, 9, 5, 30, 7, 9, 5, 10, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "blind34"
    wb.save(path)
    normalize_zip(path)


def new_docx(landscape=False):
    d = docx.Document()
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "blind34"
    cp.last_modified_by = "blind34"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.size = Pt(10)
    return d


def docx_table(d, rows, merges, ncol, font_pt=9, widths_cm=None):
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    if widths_cm:
        t.autofit = False
        for row in t.rows:
            for c, w in enumerate(widths_cm):
                row.cells[c].width = Cm(w)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v:
                t.cell(r, c).text = v
    for r1, c1, r2, c2 in merges:
        a, b = t.cell(r1, c1), t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        m.text = keep
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(font_pt)
    return t


def write_kpi_docx(path, doc):
    form = doc["form"]
    rows, merges = kpi_grid(form)
    d = new_docx(landscape=True)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(form["title"])
    run.bold = True
    run.font.size = Pt(14)
    docx_table(d, rows, merges, 11, widths_cm=[1.8, 1.2, 1.8, 1.0, 7.0, 1.5, 1.8, 1.0, 2.6, 2.6, 2.6])
    d.add_paragraph("填报单位（公章）：                              单位负责人：")
    for line in KPI_NOTES:
        d.add_paragraph(line)
    d.save(path)
    normalize_zip(path)


def write_wenlv_docx(path, doc):
    d = new_docx()
    for kind, text in WENLV_PARAS:
        if kind == "h":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h2":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        elif kind == "p":
            d.add_paragraph(text)
        else:
            d.add_paragraph("财政拨款“三公”经费支出决算表")
            d.add_paragraph("单位：万元")
            docx_table(d, SANGONG_ROWS, SANGONG_MERGES, 12, font_pt=8)
    d.save(path)
    normalize_zip(path)


def gold_for(doc, fname):
    g = GOLD[doc["key"]]
    out = {"source": fname, "source_urls": [doc["url"]], "province": doc["province"],
           "doc_kind": doc["doc_kind"], "patterns": doc["patterns"]}
    if doc["kind"] == "kpi":
        out["indicators"] = kpi_indicators(doc["form"])
        out["goals"] = list(KPI_GOALS)
        out["facts"] = [kpi_score_fact(doc["form"])]
    else:
        out["indicators"] = g["indicators"]
        out["goals"] = g["goals"]
        out["facts"] = g["facts"]
    out["findings"] = g["findings"]
    out["notes"] = g["notes"]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        fname = doc["file"] + "." + doc["fmt"]
        path = os.path.join(HERE, fname)
        if doc["kind"] == "kpi":
            (write_kpi_xlsx if doc["fmt"] == "xlsx" else write_kpi_docx)(path, doc)
        else:
            write_wenlv_docx(path, doc)
        names = [fname]
        if not args.no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            names.append(doc["file"] + ".pdf")
        for n in names:
            with open(os.path.join(ANN, n + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold_for(doc, n), f, ensure_ascii=False, indent=1)
                f.write("\n")
        print("wrote", ", ".join(names))


if __name__ == "__main__":
    sys.exit(main())
