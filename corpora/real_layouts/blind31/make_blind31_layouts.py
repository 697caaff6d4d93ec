#!/usr/bin/env python3
"""Build blind part 31 of the real-layout corpus (code-blind annotator).

Four evaluation forms of a 吉林 检验检疫 performance system, laid out in JSP pages of the public
repository hktianyi/Meeting, reproduced as XLSX or DOCX (+ PDF via LibreOffice), with hand-written gold.

    python make_blind31_layouts.py            # documents, gold, PDFs
    python make_blind31_layouts.py --no-pdf   # skip the LibreOffice export

XLSX/DOCX bytes are deterministic (fixed core properties, fixed zip entry times).
"""
import datetime
import json
import os
import re
import subprocess
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2016, 3, 1, 9, 0, 0)
REPO = "https://github.com/hktianyi/Meeting/blob/fb3c2f20879343e88f86e10f1de8821309750e44/"
KPI = "admin/src/main/webapp/WEB-INF/views/task/kpi/"

NCOL = 11
HEAD = ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值"]

# ---------------------------------------------------------------------------------------------
# Shared first block of every form (预算绩效): (二级, 分值, rows); a row is
# (三级指标, 计量单位, 目标值(标准), 分值, 数据项2) where 数据项2 "" is an input box, "/" a slash.
BUDGET = [
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
]

# 产出 block: (二级, 分值, rows, blank_rows) ; effect block: (二级, 分值, items, blank_rows) where an
# item is (三级指标, 计量单位, 目标值, [row points], [reason labels]).
DOCS = [
    {
        "file": "jl-ciq-waishi-eval", "fmt": "xlsx", "pdf_note": "PDF: two landscape pages; the break falls inside the 环境效益 indicator '通过增强国际交流…', whose merged cells and the 项目效果/环境效益 labels are printed again at the top of page 2; nothing clipped.", "jsp": "wscgxm.jsp",
        "title": "外事出国项目专项经费绩效评价表", "budget_w": "50",
        "output_w": "25",
        "output": [
            ("产出数量", "40", [
                ("出国任务完成率", "%", "100%", "20", ""),
                ("境外评审、考核、检验团组的任务完成率", "%", "100%", "20", ""),
            ], 0),
            ("产出质量", "30", [
                ("外事任务是否按照规定程序审批", "是/否", "是", "15", "/"),
                ("是否取得培训、考察、交流成果", "是/否", "是", "15", "/"),
            ], 0),
            ("产出时效", "20 ", [
                ("是否及时提交出访总结", "是/否", "是", "10", "/"),
                ("外事出国取得成果是否得到应用", "是/否", "是", "10", "/"),
            ], 0),
            ("产出成本", "10", [
                ("是否严格执行出国费标准", "是/否", "是", "10", "/"),
            ], 0),
        ],
        "effect_w": "25",
        "effect": [
            ("经济效益", "30", [
                ("是否促进地方经济项目推广和外拓", "是/否", "是", ["5", "5"], ["①", "②"]),
                ("是否保证了检验检疫业务的顺利开展", "是/否", "是", ["5", "5"], ["①", "②"]),
                ("是否提高了国际技术交流效果", "是/否", "是", ["5", "5"], ["①", "②"]),
            ], 0),
            ("社会效益", "20", [
                ("是否加强对外政策、信息、技术、业务交流", "是/否", "是", ["5", "5"], ["①", "②"]),
                ("是否有违反外事纪律事件发生", "是/否", "否", ["10"], ["/"]),
            ], 0),
            ("环境效益", "20", [
                ("是否促进外贸企业建立良好的对外沟通渠道，优化对外贸易环境", "是/否", "是", ["5", "5"], ["①", "②"]),
                ("通过增强国际交流是否为检验检疫创造良好的国际环境", "是/否", "是", ["5", "5"], ["①", "②"]),
            ], 0),
            ("可持续影响", "30", [
                ("是否提高检验检疫执法能力", "是/否", "是", ["5", "5", "5", "5"], ["①", "②", "③", "④"]),
                ("是否增加国际合作交流机会", "是/否", "是", ["5", "5"], ["①", "②"]),
            ], 0),
            ("服务对象满意度", "", [], 2),
        ],
        "gold": {
            "doc_kind": "绩效评价表",
            "patterns": [1, 2, 5, 6, 8],
            "findings": [
                ("target.time_no_deadline", "是否及时提交出访总结",
                 "时效 row asks only whether the summary was handed in 及时 (target 是): no date or number of days"),
                ("target.vague_wording", "是否促进地方经济项目推广和外拓",
                 "促进 with a yes/no target: no number, no baseline"),
                ("target.vague_wording", "是否提高了国际技术交流效果",
                 "提高 with a yes/no target: no measure of the effect"),
                ("target.vague_wording", "是否加强对外政策、信息、技术、业务交流",
                 "加强 with a yes/no target: no count of exchanges"),
                ("target.vague_wording", "是否促进外贸企业建立良好的对外沟通渠道，优化对外贸易环境",
                 "促进/优化 with a yes/no target: no measurable result"),
                ("target.vague_wording", "是否提高检验检疫执法能力",
                 "提高 with a yes/no target: no measure of capacity"),
                ("coverage.missing_dimension", "满意度指标",
                 "the 服务对象满意度 rows are empty: no satisfaction indicator in the form"),
            ],
            "notes": "外事出国项目专项经费绩效评价表 of a 吉林 检验检疫 unit (JSP page of an internal 绩效考核 system; "
                     "the 长吉图 form of the same system and the 检验检疫 rows point to 吉林出入境检验检疫局; no year on "
                     "the page). Three blocks, each opened by its own two-row header (patterns 1, 2): 预算绩效 (权重 50), "
                     "项目产出 (25), 项目效果 (25). The 项目效果 header replaces 数据项2/指标值 by 理由; every effect "
                     "indicator is merged over 1-4 rows that carry 5 or 10 points each, one row per required example "
                     "(①②③④): weight = sum of its rows. 预算绩效 rows (预算管理/财务管理) get level1/level2 null: they "
                     "are budget-management criteria with no place in the 产出/效益/满意度 tree. Yes/no rows keep "
                     "unit '是/否' as written and value null. '-0%' (结转结余资金率, 用款计划差错率) kept as written and "
                     "read as value 0 with no operator (a malformed zero target; not flagged). Input boxes "
                     "(数据项1/数据项2/指标值, 理由, 得分, 填报单位, 单位负责人) are empty cells. Points add up: 50+25+25=100, "
                     "75+25, 40+30+20+10, 30+20+20+30, each 二级 equal to its rows. The six-point fill-in instructions "
                     "under the table are paraphrased. No goals, no actual values, no scores.",
        },
    },
    {
        "file": "jl-ciq-epidemic-eval", "fmt": "xlsx", "pdf_note": 'PDF: two landscape pages; the break falls after the 产出 block; the 产出成本 label (empty rows) is printed again at the top of page 2 before the 项目效果 header; nothing clipped.', "jsp": "yqyb.jsp",
        "title": "疫情疫病项目支出绩效评价表", "budget_w": "50",
        "output_w": "25",
        "output": [
            ("产出数量", "24", [
                ("进出境动植物检疫完成率", "%", "100%", "8", ""),
                ("出入境人员/行李/货物/集装箱/交通工具/特殊物品/尸体骸骨/邮包卫生检疫完成率", "%", "100%", "8", ""),
                ("食品化妆品检验检疫批次增长率", "%", "-0%", "8", ""),
            ], 0),
            ("产出质量", "48", [
                ("输入性医学媒介生物截获率", "%", "100%", "5", ""),
                ("进境植物疫情检出率", "%", "", "5", ""),
                ("建立并及时完善进出境重大动物疫情应急管理体系", "是/否", "是", "2", "/"),
                ("检疫、口岸防疫和检疫处理的仪器设备和设施适应本地区工作需要", "是/否", "是", "2", "/"),
                ("储备必要的进出境重大动物疫病诊断试剂、防护用品及防疫消毒药品", "是/否", "是", "2", "/"),
                ("组织口岸重大动物疫情应急处置演练或培训", "是/否", "是", "2", "/"),
                ("进口食品化妆品不合格检出率", "%", "", "3", ""),
                ("出口食品化妆品实际通报率", "%", "", "3", ""),
                ("出入境人员检疫查验发现传染病有症状者检疫筛查率", "%", "5人/10万人", "6", ""),
                ("出入境人员发现有症状者排查率", "%", "100%", "6", ""),
                ("旅客携带、邮寄禁止进境物截获增长率", "%", "5%", "6", ""),
                ("旅客携带、邮寄有害生物截获增长率", "%", "5%", "6", ""),
            ], 0),
            ("产出时效", "28    ", [
                ("安全风险监控计划完成率", "%", "100%", "6", ""),
                ("疫情疫病监测计划完成率", "%", "100%", "6", ""),
                ("口岸卫生监督频次完成率", "%", "100%", "6", ""),
                ("口岸医学媒介生物监测工作完成率", "%", "100%", "5", ""),
                ("卫生检疫技术支撑项目完成率", "%", "100%", "5", ""),
            ], 0),
            ("产出成本 ", "", [], 2),
        ],
        "effect_w": "25",
        "effect": [
            ("经济效益", "20", [
                ("检验检疫是否对地方外经作出贡献", "是/否", "是", ["5"] * 4, ["①", "②", "③", "④"]),
            ], 0),
            ("社会效益", "20", [
                ("是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质随货物传入传出", "是/否", "是",
                 ["5"] * 4, ["①", "②", "③", "④"]),
            ], 0),
            ("环境效益", "20", [
                ("是否有利于保护生态环境", "是/否", "是", ["5"] * 4, ["①", "②", "③", "④"]),
            ], 0),
            ("可持续影响", "40", [
                ("是否有利于保护农林生产安全", "是/否", "是", ["5"] * 4, ["①", "②", "③", "④"]),
                ("是否有利于促进人民身体健康水平提高", "是/否", "是", ["5"] * 4, ["①", "②", "③", "④"]),
            ], 0),
            ("服务对象满意度", "", [], 2),
        ],
        "gold": {
            "doc_kind": "绩效评价表",
            "patterns": [1, 2, 5, 6, 8],
            "findings": [
                ("target.missing_value", "进境植物疫情检出率", "unit % but the 目标值(标准) cell is empty"),
                ("target.missing_value", "进口食品化妆品不合格检出率", "unit % but the 目标值(标准) cell is empty"),
                ("target.missing_value", "出口食品化妆品实际通报率", "unit % but the 目标值(标准) cell is empty"),
                ("target.unit_mismatch", "出入境人员检疫查验发现传染病有症状者检疫筛查率",
                 "unit column says % but the target is 5人/10万人, a rate per 100,000 people"),
                ("target.impossible_value", "食品化妆品检验检疫批次增长率",
                 "a 数量 target of -0% growth (zero): trivially met, no output asked for"),
                ("target.vague_wording", "是否有效防止疫情疫病跨境传播、是否有效防止有毒有害物质随货物传入传出",
                 "有效 twice, two questions in one row, yes/no target: no measure"),
                ("target.vague_wording", "是否有利于促进人民身体健康水平提高",
                 "促进/提高 with a yes/no target: no number or baseline"),
                ("coverage.missing_dimension", "满意度指标",
                 "the 服务对象满意度 rows are empty: no satisfaction indicator in the form"),
            ],
            "notes": "疫情疫病项目支出绩效评价表 of the same 吉林 检验检疫 system (no year). Same three-block layout as "
                     "the 外事出国 form: 预算绩效 50 / 项目产出 25 / 项目效果 25, header repeated before each block, "
                     "effect indicators merged over four 5-point example rows (weight = 20). 产出成本 is a label over "
                     "two empty rows (no indicator, not counted). Empty target cells kept empty (three % rows). "
                     "'5人/10万人' kept in the target cell with unit % as written: value 5, unit '%'. "
                     "-0% read as value 0, no operator; flagged only where it is a growth target of an output "
                     "(judgement: a zero growth target is trivial; the same '-0%' on 结转结余资金率/用款计划差错率 "
                     "is a sensible zero target and is not flagged). 100% interception rate (输入性医学媒介生物截获率) "
                     "is ambitious but not impossible: not flagged. Points add up (24+48+28=100, 20+20+20+40=100). "
                     "Budget rows: level1/level2 null. Instructions paraphrased; input boxes empty.",
        },
    },
    {
        "file": "jl-ciq-port-capacity-eval", "fmt": "docx", "pdf_note": 'PDF: the whole table on page 1; signature line and instructions on page 2.', "jsp": "dbjs.jsp",
        "title": "提升口岸核心能力达标建设专项经费支出绩效评价表", "budget_w": "50",
        "output_w": "25",
        "output": [
            ("产出数量", "30", [("全国所有国家开放口岸", "%", "100%", "30", "")], 0),
            ("产出质量", "40", [("全国国家开放口岸核心能力建设考核验收率", "%", "100%", "40", "")], 0),
            ("产出时效", "30", [("全国国家开放口岸核心能力考核达标率", "%", "100%", "30", "")], 0),
            ("产出成本", "", [], 1),
        ],
        "effect_w": "25",
        "effect": [
            ("经济效益", "20", [
                ("口岸核心能力建设工作是否对地方外经作出贡献", "是/否", "是", ["5"] * 4, ["①", "②", "③", "④"]),
            ], 0),
            ("社会效益", "20", [
                ("是否有效预防、抵御、控制和应对疾病的国际传播", "是/否", "是", ["5"] * 4, ["①", "②", "③", "④"]),
            ], 0),
            ("环境效益", "20", [
                ("是否有利于保护国境口岸生态环境", "是/否", "是", ["5"] * 4, ["①", "②", "③", "④"]),
            ], 0),
            ("可持续影响", "40", [
                ("是否有效避免对国际交通和贸易造成不必要的干扰，最大限度地减少导致疾病国际传播的事件对人们生活的影响",
                 "是/否", "是", ["5"] * 4, ["①", "②", "③", "④"]),
                ("是否加强和维持国境口岸应对公共卫生风险和国际关注的突发公共卫生突发事件能力",
                 "是/否", "是", ["5"] * 4, ["①", "②", "③", "④"]),
            ], 0),
            ("服务对象满意度", "", [], 2),
        ],
        "gold": {
            "doc_kind": "绩效评价表",
            "patterns": [1, 2, 5, 6, 8],
            "findings": [
                ("target.misfiled_dimension", "全国国家开放口岸核心能力考核达标率",
                 "a 达标率 (quality) under 产出时效: no date or time element"),
                ("target.vague_wording", "是否有效预防、抵御、控制和应对疾病的国际传播",
                 "有效 with a yes/no target: no measure"),
                ("target.vague_wording", "是否有效避免对国际交通和贸易造成不必要的干扰，最大限度地减少导致疾病国际传播的事件对人们生活的影响",
                 "有效/最大限度 with a yes/no target: no measure"),
                ("target.vague_wording", "是否加强和维持国境口岸应对公共卫生风险和国际关注的突发公共卫生突发事件能力",
                 "加强 with a yes/no target: no measure of capacity"),
                ("coverage.missing_dimension", "满意度指标",
                 "the 服务对象满意度 rows are empty: no satisfaction indicator in the form"),
            ],
            "notes": "提升口岸核心能力达标建设专项经费支出绩效评价表 (breadcrumb of the page: 口岸核心能力达标建设) of the "
                     "same 吉林 检验检疫 system; title kept with its extra 提升. DOCX table, same three blocks and repeated "
                     "headers. The 产出数量 row is named only '全国所有国家开放口岸' (an object, no metric) with % 100%: "
                     "kept as the name; not flagged as missing_name since a name is there (judgement). 产出成本 is one "
                     "empty labelled row. The targets are national (全国) although the form is a local unit's. "
                     "'提升' in the title and the duplicated '突发公共卫生突发事件' kept as written. Points add up "
                     "(30+40+30=100; 20+20+20+40=100). Budget rows: level1/level2 null; '-0%' read as 0. "
                     "Instructions paraphrased; input boxes empty.",
        },
    },
    {
        "file": "jl-ciq-changjitu-eval", "fmt": "docx", "pdf_note": 'PDF: table and the first instructions on page 1, the last two instructions on page 2.', "jsp": "fzzl.jsp",
        "title": "长吉图发展战略专项经费绩效评价表", "budget_w": "100",
        "output_w": "0",
        "output": [("产出数量", "", [], 1), ("产出质量", "", [], 1), ("产出时效", "", [], 1), ("产出成本", "", [], 1)],
        "effect_w": "0",
        "effect": [("经济效益", "  ", [], 2), ("社会效益", "  ", [], 2), ("环境效益", "  ", [], 2),
                   ("可持续影响", "  ", [], 2), ("服务对象满意度", "  ", [], 2)],
        "head_split": True,
        "gold": {
            "doc_kind": "绩效评价表",
            "patterns": [1, 2, 5, 8],
            "findings": [
                ("coverage.missing_dimension", "产出指标",
                 "项目产出 has weight 0 and only empty labelled rows: no output indicator"),
                ("coverage.missing_dimension", "效益指标",
                 "项目效果 has weight 0 and only empty labelled rows: no effect indicator"),
                ("coverage.missing_dimension", "满意度指标",
                 "the 服务对象满意度 rows are empty: no satisfaction indicator"),
            ],
            "notes": "长吉图发展战略专项经费绩效评价表 (长春-吉林-图们江 strategy, hence 吉林) of the same 检验检疫 "
                     "system. Only the 预算绩效 block is filled, with 权重 100; 项目产出 and 项目效果 carry 权重 0 and "
                     "their 二级 labels stand over empty rows (one row each for 产出, two each for the effects): an "
                     "evaluation of a strategy project by budget execution alone. Header cell '目标值(标准)' is broken "
                     "over two lines in this page (kept). Points add up (100+0+0=100; 75+25). Budget rows: "
                     "level1/level2 null; '-0%' read as 0. Instructions paraphrased; input boxes empty.",
        },
    },
]

REASONS_NOTE = [
    "填报单位（公章）：                    单位负责人：",
    "填表说明:",
    "1、数据的真实、准确和完整由填报单位负责。",
    "2、不得改动表格的格式（行、列、公式等）。",
    "3、量化的采集数据项只填数字，不带中文或英文字符。",
    "4、采集数据项按所列计量单位填写。",
    "5、项目效果选“是”的，在理由栏逐项举出真实恰当的例子；例子不全或不合要求的，扣减相应分值。",
    "6、表格须盖章、签字，手续齐全。",
]


# ---------------------------------------------------------------------------------------------
def build_grid(d):
    """Return (rows, merges, bold_rows, left_cells); rows are lists of NCOL strings; merges are
    0-based inclusive (r1, c1, r2, c2)."""
    rows, merges, bold, left = [], [], set(), set()

    def head(effect):
        r = len(rows)
        h7 = "目标值\n(标准)" if d.get("head_split") else "目标值(标准)"
        top = HEAD[:6] + [h7, "分值"] + ["采集数据项", "", ""]
        if effect:
            sub = [""] * 8 + ["数据项1", "理由", ""]
            merges.extend([(r, 8, r, 10), (r + 1, 9, r + 1, 10)])
        else:
            top[10] = "指标值"
            sub = [""] * 8 + ["数据项1", "数据项2", ""]
            merges.extend([(r, 8, r, 9), (r, 10, r + 1, 10)])
        for c in range(8):
            merges.append((r, c, r + 1, c))
        rows.extend([top, sub])
        bold.update({r, r + 1})

    def simple_block(l1, w, groups):
        head(False)
        start = len(rows)
        for l2, l2w, items, blank in groups:
            gs = len(rows)
            for name, unit, tgt, pts, d2 in items:
                rows.append(["", "", "", "", name, unit, tgt, pts, "", d2, ""])
                left.add((len(rows) - 1, 4))
            for _ in range(blank):
                rows.append([""] * NCOL)
            rows[gs][2], rows[gs][3] = l2, l2w
            if len(rows) - gs > 1:
                merges.extend([(gs, 2, len(rows) - 1, 2), (gs, 3, len(rows) - 1, 3)])
        rows[start][0], rows[start][1] = l1, w
        if len(rows) - start > 1:
            merges.extend([(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)])

    def effect_block(l1, w, groups):
        head(True)
        start = len(rows)
        for l2, l2w, items, blank in groups:
            gs = len(rows)
            for name, unit, tgt, pts, labels in items:
                s = len(rows)
                for p, lab in zip(pts, labels):
                    rows.append(["", "", "", "", "", "", "", p, "", lab, ""])
                    merges.append((len(rows) - 1, 9, len(rows) - 1, 10))
                    if lab != "/":
                        left.add((len(rows) - 1, 9))
                rows[s][4], rows[s][5], rows[s][6] = name, unit, tgt
                left.add((s, 4))
                if len(pts) > 1:
                    for c in (4, 5, 6, 8):
                        merges.append((s, c, len(rows) - 1, c))
            for _ in range(blank):
                rows.append([""] * NCOL)
                merges.append((len(rows) - 1, 9, len(rows) - 1, 10))
            rows[gs][2], rows[gs][3] = l2, l2w
            if len(rows) - gs > 1:
                merges.extend([(gs, 2, len(rows) - 1, 2), (gs, 3, len(rows) - 1, 3)])
        rows[start][0], rows[start][1] = l1, w
        merges.extend([(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)])

    simple_block("预算绩效", d["budget_w"], [(a, b, c, 0) for a, b, c in BUDGET])
    simple_block("项目产出", d["output_w"], d["output"])
    effect_block("项目效果", d["effect_w"], d["effect"])
    rows.append(["总分", "100", "得分", "", "", "", "", "", "", "", ""])
    merges.append((len(rows) - 1, 4, len(rows) - 1, 10))
    bold.add(len(rows) - 1)
    return rows, merges, bold, left


# ---------------------------------------------------------------------------------------------
def fix_zip(path):
    """Rewrite a zip container with fixed entry times and order so bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2016-03-01T09:00:00Z\2", data)
            info = zipfile.ZipInfo(name, date_time=(2016, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def write_xlsx(d, path):
    rows, merges, bold, left = build_grid(d)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.cell(row=1, column=1, value=d["title"]).font = Font(bold=True, size=14)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NCOL)
    off = 2
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = ws.cell(row=r + off, column=c + 1)
            if v != "":
                cell.value = v
            cell.border = border
            cell.alignment = Alignment(horizontal="left" if (r, c) in left else "center",
                                       vertical="center", wrap_text=True)
            if r in bold:
                cell.font = Font(bold=True)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1 + off, start_column=c1 + 1, end_row=r2 + off, end_column=c2 + 1)
    r = len(rows) + off + 1
    for line in REASONS_NOTE:
        ws.cell(row=r, column=1, value=line)
        r += 1
    widths = [9, 6, 10, 6, 34, 8, 11, 6, 12, 12, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind31"
    wb.properties.lastModifiedBy = "blind31"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    fix_zip(path)


def write_docx(d, path):
    rows, merges, bold, left = build_grid(d)
    doc = docx.Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    st = doc.styles["Normal"]
    st.font.size = Pt(9)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    p = doc.add_paragraph()
    run = p.add_run(d["title"])
    run.bold = True
    run.font.size = Pt(14)
    p.alignment = 1
    table = doc.add_table(rows=len(rows), cols=NCOL)
    table.style = "Table Grid"
    widths = [1.6, 1.0, 1.7, 1.0, 7.0, 1.5, 2.0, 1.0, 2.6, 2.6, 2.2]
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = Cm(widths[i])
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths[i]).twips)))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            if v != "":
                cell.paragraphs[0].text = ""
                run = cell.paragraphs[0].add_run(v)
                run.bold = r in bold
            cell.paragraphs[0].alignment = 0 if (r, c) in left else 1
    for r1, c1, r2, c2 in merges:
        a, b = table.cell(r1, c1), table.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        # merge() concatenates paragraphs of all merged cells; keep only the anchor text
        for extra in m.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
        if m.paragraphs[0].text != keep:
            m.paragraphs[0].text = keep
    for line in REASONS_NOTE:
        doc.add_paragraph(line)
    cp = doc.core_properties
    cp.author = "blind31"
    cp.last_modified_by = "blind31"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    doc.save(path)
    fix_zip(path)


# ---------------------------------------------------------------------------------------------
L1 = {"项目产出": "产出指标", "项目效果": "效益指标"}
L2 = {"产出数量": "数量指标", "产出质量": "质量指标", "产出时效": "时效指标", "产出成本": "成本指标",
      "经济效益": "经济效益指标", "社会效益": "社会效益指标", "环境效益": "生态效益指标",
      "可持续影响": "可持续影响指标", "服务对象满意度": "服务对象满意度指标"}


def parse_target(t):
    t = t.strip()
    if t in ("", "是", "否"):
        return None
    num = ""
    for ch in t.lstrip("-"):
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            break
    return float(num) if "." in num else int(num)


def indicator(l1, l2, name, unit, tgt, weight):
    return {"level1": l1, "level2": l2, "name": name, "operator": None, "value": parse_target(tgt),
            "unit": unit or None, "target_text": tgt or None, "actual": None, "weight": weight, "score": None}


def num(s):
    s = s.strip()
    return int(s) if s else None


def gold(d, fname):
    inds = []
    for l2, l2w, items in BUDGET:
        for name, unit, tgt, pts, _ in items:
            inds.append(indicator(None, None, name, unit, tgt, num(pts)))
    for l2, l2w, items, _ in d["output"]:
        for name, unit, tgt, pts, _ in items:
            inds.append(indicator("产出指标", L2[l2.strip()], name, unit, tgt, num(pts)))
    for l2, l2w, items, _ in d["effect"]:
        for name, unit, tgt, pts, _ in items:
            lvl1 = "满意度指标" if l2.strip() == "服务对象满意度" else "效益指标"
            inds.append(indicator(lvl1, L2[l2.strip()], name, unit, tgt, sum(int(p) for p in pts)))
    g = d["gold"]
    return {
        "source": fname,
        "source_urls": [REPO + KPI + d["jsp"]],
        "province": "吉林",
        "doc_kind": g["doc_kind"],
        "patterns": g["patterns"],
        "indicators": inds,
        "goals": [],
        "facts": [{"metric": "总分", "kind": "score_total", "total": 100,
                   "parts": [num(d["budget_w"]), num(d["output_w"]), num(d["effect_w"])]}],
        "findings": [{"rule": r, "item": i, "why": w} for r, i, w in g["findings"]],
        "notes": g["notes"] + (" " + d["pdf_note"] if fname.endswith(".pdf") else ""),
    }


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        fname = d["file"] + "." + d["fmt"]
        path = os.path.join(HERE, fname)
        (write_xlsx if d["fmt"] == "xlsx" else write_docx)(d, path)
        for f in (fname, d["file"] + ".pdf"):
            with open(os.path.join(ANN, f + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold(d, f), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
