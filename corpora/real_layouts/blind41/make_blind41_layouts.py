#!/usr/bin/env python3
"""Build the blind41 part of the real-layout corpus.

Each entry of DOCS reproduces one stored public page (address in `urls`): the layout as the page has it (header
rows, merged cells, column order, empty cells, odd header words, defects), facts as written, longer sentences in
our own words with the same numbers.  Each entry also carries the hand-written gold; one gold file is written for
the XLSX/DOCX and one for its PDF (identical except `source`).

    python make_blind41_layouts.py            # XLSX/DOCX + PDF (LibreOffice) + gold
    python make_blind41_layouts.py --no-pdf   # skip the LibreOffice export

The XLSX/DOCX are byte-identical between runs: core-property timestamps are fixed and every zip entry is
rewritten with a fixed date.
"""
import argparse
import copy
import datetime as _dt
import io
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

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def ind(l1, l2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


P, E, S = "产出指标", "效益指标", "满意度指标"

# ---------------------------------------------------------------------------------------------------------------
# DOCS: one entry per source.  kind "xlsx": rows (list of lists, None = empty cell), merges (A1 ranges), widths.
# kind "docx": blocks: ("title", text) | ("p", text) | ("table", rows, merges[(r1, c1, r2, c2) 0-based inclusive]).
# ---------------------------------------------------------------------------------------------------------------
DOCS = []

# 1 ---- 安徽 六安 霍山县 特殊教育补助资金 2024 自评表 -----------------------------------------------------------
DOCS.append({
    "file": "ah-huoshan-special-edu-selfeval.xlsx",
    "kind": "xlsx",
    "sheet": "自评表",
    "widths": [10, 12, 12, 30, 12, 12, 8, 12, 16],
    "rows": [
        ["霍山县特殊教育补助资金转移支付整体绩效目标自评表", None, None, None, None, None, None, None, None],
        ["（2024年度）", None, None, None, None, None, None, None, None],
        ["转移支付（项目）名称", None, "特殊教育补助资金", None, None, None, None, None, None],
        ["市级主管部门", None, "六安市教育体育局", None, None, None, None, None, None],
        ["项目资金（万元）", None, "年初预算数", "全年预算数（A）", "全年执行数（B）", None, "分值", "预算执行率（B/A）", "得分"],
        [None, "年度资金总额：", 28.1, 28.1, 28.1, 28.1, 10, "100%", 10],
        [None, " 其中：中央资金", 28.1, 28.1, 28.1, 28.1, 10, "100%", 10],
        [None, "       省级资金", None, None, None, None, None, None, None],
        [None, "       市级资金", None, None, None, None, None, None, None],
        [None, "       县级资金", None, None, None, None, None, None, None],
        [None, "        其他资金", None, None, None, None, None, None, None],
        ["年度总体目标", "年初设定目标", None, None, None, "全年实际完成情况", None, None, None],
        [None, "购置两个年级的培智教学软件、两套班班通、四台台式电脑、四台笔记本电脑和一套室外康复运动器材，"
               "明显改善教育教学条件，提升特殊教育质量。", None, None, None,
         "按年初预算实施，采购程序合规合法，完成率100%。", None, None, None],
        ["绩效指标", "一级\n指标", "二级指标", "三级指标", "年度指标值", "全年实际完成值", "分值", "得分", "未完成原因和改进措施"],
        [None, None, "数量指标", "培智教学软件2套", "100%", "100%", 10, 10, None],
        [None, None, None, "台式电脑4台、笔记本电脑4台、班班通设备2套", "100%", "100%", 5, 5, None],
        [None, None, None, "室外康复运动设施1套", "100%", "100%", 5, 5, None],
        [None, None, "质量指标", "培智教学软件验收合格率", "100%", "100%", 10, 10, None],
        [None, None, None, "台式电脑4、笔记本电脑、班班通设备验收合格率", "100%", "100%", 5, 5, None],
        [None, None, None, "室外康复运动设施验收合格率", "100%", "100%", 5, 5, None],
        [None, None, "时效指标", "根据资金到位时间执行项目进度", "100%", "100%", 10, 10, None],
        [None, "效益\n指标", "社会效益\n指标", "特殊教育资源", "扩大", "扩大", 30, 30, None],
        [None, "满意度指标", "服务对象\n满意度指标", "残疾学生、家长满意度", "90%", "98%", 5, 5, None],
        [None, None, None, "特殊教育教师满意度", "90%", "98%", 5, 5, None],
        ["分总", None, None, None, None, None, 100, 100, None],
        ["说明", None, None, None, None, None, None, None, None],
        ["注：1.其他资金包括和", None, None, None, None, None, None, None, None],
    ],
    "merges": ["A1:I1", "A2:I2", "A3:B3", "C3:I3", "A4:B4", "C4:I4", "A5:A11",
               "A12:A13", "B12:E12", "F12:I12", "B13:E13", "F13:I13",
               "A14:A24", "B15:B21", "C15:C17", "C18:C20", "B23:B24", "C23:C24",
               "A25:F25", "B26:I26", "A27:I27"],
    "gold": {
        "urls": ["https://www.ahhuoshan.gov.cn/public/6596221/37859876.html"],
        "province": "安徽",
        "doc_kind": "自评表",
        "patterns": [1, 2, 5, 6, 8, 9, 10],
        "indicators": [
            ind(P, "数量指标", "培智教学软件2套", None, 100, "%", "100%", 100, 10, 10),
            ind(P, "数量指标", "台式电脑4台、笔记本电脑4台、班班通设备2套", None, 100, "%", "100%", 100, 5, 5),
            ind(P, "数量指标", "室外康复运动设施1套", None, 100, "%", "100%", 100, 5, 5),
            ind(P, "质量指标", "培智教学软件验收合格率", None, 100, "%", "100%", 100, 10, 10),
            ind(P, "质量指标", "台式电脑4、笔记本电脑、班班通设备验收合格率", None, 100, "%", "100%", 100, 5, 5),
            ind(P, "质量指标", "室外康复运动设施验收合格率", None, 100, "%", "100%", 100, 5, 5),
            ind(P, "时效指标", "根据资金到位时间执行项目进度", None, 100, "%", "100%", 100, 10, 10),
            ind(E, "社会效益指标", "特殊教育资源", None, None, None, "扩大", None, 30, 30),
            ind(S, "服务对象满意度指标", "残疾学生、家长满意度", None, 90, "%", "90%", 98, 5, 5),
            ind(S, "服务对象满意度指标", "特殊教育教师满意度", None, 90, "%", "90%", 98, 5, 5),
        ],
        "goals": [
            {"kind": "年度目标",
             "text": "购置两个年级的培智教学软件、两套班班通、四台台式电脑、四台笔记本电脑和一套室外康复运动器材，"
                     "明显改善教育教学条件，提升特殊教育质量。"},
        ],
        "facts": [
            {"metric": "年度资金总额", "kind": "budget", "planned": 28.1, "actual": 28.1, "stated_rate": 100,
             "unit": "万元"},
            {"metric": "中央资金", "kind": "budget", "planned": 28.1, "actual": 28.1, "stated_rate": 100,
             "unit": "万元"},
            {"metric": "总分", "kind": "score_total", "total": 100,
             "parts": [10, 10, 5, 5, 10, 5, 5, 10, 30, 5, 5]},
        ],
        "findings": [
            {"rule": "target.unit_mismatch", "item": "培智教学软件2套",
             "why": "the name holds a count (2套) but the target is a percentage (100%)"},
            {"rule": "target.unit_mismatch", "item": "台式电脑4台、笔记本电脑4台、班班通设备2套",
             "why": "the name lists counts of devices but the target is 100%"},
            {"rule": "target.unit_mismatch", "item": "室外康复运动设施1套",
             "why": "the name holds a count (1套) but the target is 100%"},
            {"rule": "target.vague_wording", "item": "特殊教育资源",
             "why": "target and actual are the bare verb 扩大, with no number or baseline (the row carries 30 of the 90 indicator points)"},
        ],
        "notes": "霍山县教育局 (六安, 安徽) 2024 特殊教育补助资金 转移支付整体绩效目标自评表 (学校经费投入及使用情况), 28.1万元 中央资金, "
                 "all spent (100% stated; 28.1/28.1 = 100%). The page shows FOUR 28.1 values in the 年度资金总额 and 中央资金 rows "
                 "under only three amount headers (年初预算数, 全年预算数(A), 全年执行数(B)); the fourth sits under an empty header "
                 "cell (F5), kept as found. The 一级 cell of the 产出 rows is empty on the page (kept empty; level1 in the gold is "
                 "产出指标, taken from the 二级 names 数量/质量/时效). Defects kept: '台式电脑4、笔记本电脑…' (count lost), the total "
                 "row labelled '分总', values inside the 数量 names. Score total: 10 (执行率) + 90 indicator points = 100, stated 100 "
                 "(consistent). No row is below target, so no deviation reason is needed. 时效 row '根据资金到位时间执行项目进度 100%' "
                 "has a rate, so no time_no_deadline finding (judgement call). The 满意度 targets 90% carry no operator (read as a "
                 "plain value). The stored page stops in the first note line ('注：1.其他资金包括和'), and the file stops there too. "
                 "Goal and completion texts are in our own words with the same counts.",
    },
})

# 2 ---- 四川 遂宁 大英县民政局 孤儿助学 2022 转移支付自评表 (tail, dyrmt page 7) --------------------------------
DOCS.append({
    "file": "sc-daying-orphan-aid-selfeval-tail.docx",
    "kind": "docx",
    "landscape": True,
    "blocks": [
        ("title", "大英县民政局2022年度中央对地方转移支付项目绩效自评情况公示"),
        ("table", [
            ["按福利彩票“助残、救孤、济困”的发行宗旨，为经认定为孤儿、年满18周岁后仍在普通全日制本科学校、专科学校、"
             "高等职业学校或中等职业学校就读的中专、大专、本科学生及硕士研究生发放助学金，帮助其完成学业。", None, None, None,
             "助学对象经本人申请、乡镇（街道、福利机构）核实、民政部门确认后认定，助学金按季度发放。", None, None],
            ["绩效指标", "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
            [None, None, "数量指标", "孤儿助学人数", "应助尽助", "9", None],
            [None, None, "质量指标", "保障贫困孤儿完成学业", "100%", "100%", None],
            [None, None, "时效指标", "按季发放助学金", "发放时间达标率", "100%", None],
            [None, None, "成本指标", "助学金社会化发放率", "≥95%", "100%", None],
            [None, None, None, "资金执行率", "100%", "82%", "动态管理人员减少"],
            [None, None, "社会效益\n指标", "孤儿身份、年满18周岁后就学水平情况", "有所提升", "100%", None],
            [None, None, "可持续影响指标", "助学制度", "进一步完善", "100%", None],
            [None, "满意度指标", "服务对象\n满意度指标", "政策知晓率", "≥90%", "≥90%", None],
            [None, None, None, "救助对象对社会救助实施的满意度", "≥90%", "≥90%", None],
        ], [(0, 0, 0, 3), (0, 4, 0, 6), (1, 0, 10, 0), (2, 1, 6, 1), (5, 2, 6, 2), (7, 1, 8, 1),
            (9, 1, 10, 1), (9, 2, 10, 2)]),
    ],
    "gold": {
        "urls": ["https://dyrmt.com/article-130322-7.html"],
        "province": "四川",
        "doc_kind": "自评表",
        "patterns": [1, 4, 6, 10],
        "indicators": [
            ind(P, "数量指标", "孤儿助学人数", None, None, None, "应助尽助", 9),
            ind(P, "质量指标", "保障贫困孤儿完成学业", None, 100, "%", "100%", 100),
            ind(P, "时效指标", "按季发放助学金", None, None, None, "发放时间达标率", 100),
            ind(P, "成本指标", "助学金社会化发放率", ">=", 95, "%", "≥95%", 100),
            ind(P, "成本指标", "资金执行率", None, 100, "%", "100%", 82),
            ind(E, "社会效益指标", "孤儿身份、年满18周岁后就学水平情况", None, None, None, "有所提升", 100),
            ind(E, "可持续影响指标", "助学制度", None, None, None, "进一步完善", 100),
            ind(S, "服务对象满意度指标", "政策知晓率", ">=", 90, "%", "≥90%", 90),
            ind(S, "服务对象满意度指标", "救助对象对社会救助实施的满意度", ">=", 90, "%", "≥90%", 90),
        ],
        "goals": [
            {"kind": "总体目标",
             "text": "按福利彩票“助残、救孤、济困”的发行宗旨，为经认定为孤儿、年满18周岁后仍在普通全日制本科学校、专科学校、"
                     "高等职业学校或中等职业学校就读的中专、大专、本科学生及硕士研究生发放助学金，帮助其完成学业。"},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "孤儿助学人数",
             "why": "a head-count indicator whose target is the slogan 应助尽助, no number (actual 9)"},
            {"rule": "target.missing_value", "item": "按季发放助学金",
             "why": "the 指标值 cell holds a second name (发放时间达标率) instead of a value; the row is shifted one level"},
            {"rule": "target.misfiled_dimension", "item": "助学金社会化发放率",
             "why": "a payment-channel rate filed under 成本指标; it measures delivery, not cost"},
            {"rule": "target.input_or_process", "item": "资金执行率",
             "why": "budget execution rate used as an output (成本) indicator"},
            {"rule": "target.vague_wording", "item": "孤儿身份、年满18周岁后就学水平情况",
             "why": "target 有所提升 with no number or baseline"},
            {"rule": "target.vague_wording", "item": "助学制度",
             "why": "target 进一步完善 with no measure"},
            {"rule": "target.misfiled_dimension", "item": "政策知晓率",
             "why": "an awareness rate filed under 服务对象满意度指标"},
            {"rule": "goal.unquantified", "item": "按福利彩票“助残、救孤、济困”的发行宗旨",
             "why": "the goal names the group and the aid but no number of students, amount or completion rate"},
        ],
        "notes": "大英县民政局 (遂宁, 四川) 2022 中央对地方转移支付 自评 公示, page 7 of the county media mirror's article "
                 "(dyrmt.com article 130322): the tail of the 福彩圆梦·孤儿助学 form. The page opens with the two text cells of "
                 "the 总体目标 / 全年实际完成情况 row (their labels, the title, the funds block and the project name are on the "
                 "page before, not reproduced); the article title heads the document as on the page. The first text is taken as "
                 "the 总体目标 (judgement call: its label is not on this page); the second is a completion text, not a goal. "
                 "Both in our own words. The 一级 cells of the 产出 and 效益 rows are empty on the page (vertical labels lost; "
                 "kept empty, level1 in the gold from the 二级 names). Defects kept: the 时效 row is shifted (三级 '按季发放助学金', "
                 "指标值 '发放时间达标率', actual '100%'); actuals '≥90%' written with an operator (gold actual 90); qualitative "
                 "targets with percentage actuals. 资金执行率 100% vs 82% has a reason (动态管理人员减少), so no "
                 "deviation_reason_missing. No 分值/得分 columns. The stored page ends after the last 满意度 row, so the form is "
                 "complete from the goal row down.",
    },
})

# 3 ---- 云南 保山 昌宁县 特殊教育公用经费补助资金 2023 自评报告 ---------------------------------------------------
DOCS.append({
    "file": "yn-changning-special-edu-selfreport.docx",
    "kind": "docx",
    "blocks": [
        ("title", "2023年度项目支出绩效自评报告（特殊教育公用经费补助资金）"),
        ("p", "一、自评结论"),
        ("p", "（一）自评得分"),
        ("p", "经自评，2023年特殊教育公用经费资金项目得分为100分。"),
        ("p", "（二）绩效目标完成情况"),
        ("p", "1. 执行率情况。"),
        ("p", "2023年特殊教育公用经费项目资金总额6.46万元，已拨付使用6.46万元，预算执行率100%。"),
        ("p", "完成的绩效目标。"),
        ("p", "（1）产出指标"),
        ("p", "①数量指标：2023年应补助人数9人，实际补助人数9人。"),
        ("p", "②质量指标：补助覆盖全部特殊教育学生，覆盖比率为100%。"),
        ("p", "③成本指标：人均补助标准为0.60万元/生.年，实际补助标准为0.60万元/生.年。"),
        ("p", "（2）效益指标"),
        ("p", "①经济效益指标：补助资金保障了学校的正常运转。"),
        ("p", "②社会效益：2023年政策知晓度为100%，适龄残疾儿童接受义务教育实现全覆盖。"),
        ("p", "（3）满意度指标（服务对象满意度指标）：学生和家长的满意度较高。"),
        ("p", "（三）存在的问题和原因分析"),
        ("p", "无"),
        ("p", "（四）下一步拟改进措施及有关建议"),
        ("p", "无"),
        ("p", "二、佐证材料"),
        ("p", "（一）项目基本情况"),
        ("p", "1.项目立项目的和年度绩效目标。按0.60万元/生·年的标准拨付特殊教育公用经费，使补助资金能够支撑学校正常运转："
              "既满足日常教育教学的基本开支，也适当安排促进学生全面发展的活动经费，避免因经费不足打乱正常教学秩序。"),
        ("p", "2.简要概述项目资金情况。"),
        ("p", "2023年特殊教育公用经费资金项目全年预算6.46万元，其中：中央配套4.68万元，省级配套1.76万元，市级配套0.02万元。"
              "执行预算资金6.46万元，执行率100%。"),
        ("p", "（二）自评工作开展情况"),
        ("p", "我校"),
    ],
    "gold": {
        "urls": ["https://yncn.gov.cn/info/4112/9025640.htm"],
        "province": "云南",
        "doc_kind": "自评报告",
        "patterns": [6, 10],
        "indicators": [
            ind(P, "数量指标", "补助人数", None, 9, "人", "应补助人数9人", 9),
            ind(P, "质量指标", "覆盖比率", None, None, None, None, 100),
            ind(P, "成本指标", "人均补助标准", None, 0.6, "万元/生.年", "0.60万元/生.年", 0.6),
            ind(E, "经济效益指标", "保障学校正常运转", None, None, None, None, None),
            ind(E, "社会效益指标", "政策知晓度", None, None, None, None, 100),
            ind(S, "服务对象满意度指标", "学生和家长的满意度", None, None, None, None, None),
        ],
        "goals": [
            {"kind": "年度目标",
             "text": "按0.60万元/生·年的标准拨付特殊教育公用经费，使补助资金能够支撑学校正常运转：既满足日常教育教学的基本开支，"
                     "也适当安排促进学生全面发展的活动经费，避免因经费不足打乱正常教学秩序。"},
        ],
        "facts": [
            {"metric": "项目资金总额", "kind": "budget", "planned": 6.46, "actual": 6.46, "stated_rate": 100,
             "unit": "万元"},
            {"metric": "全年预算", "kind": "sum", "total": 6.46, "parts": [4.68, 1.76, 0.02], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "保障学校正常运转",
             "why": "the 经济效益 item is a bare claim (保障了学校的正常运转) with no value or grading"},
            {"rule": "target.qualitative_no_scale", "item": "学生和家长的满意度",
             "why": "satisfaction reported only as 较高, no figure or survey"},
            {"rule": "goal.unquantified", "item": "按0.60万元/生·年的标准拨付特殊教育公用经费",
             "why": "the only figure is the funding standard (an input); the intended result, a school that runs normally, has no measure"},
        ],
        "notes": "昌宁县 (保山, 云南) 2023 项目支出绩效自评报告 for 特殊教育公用经费补助资金, published by 昌宁县教育体育局; the "
                 "school is not named in the stored part (it says 我校). Indicators are labelled prose: 数量 (应补助9人 / 实际9人), "
                 "质量 (覆盖比率100%, stated once: taken as the actual, target not given), 成本 (0.60万元/生.年 both), 经济效益 "
                 "(a claim), 社会效益 (知晓度100%, taken as the actual), 满意度 (较高). Names are the measured things as phrased; "
                 "items with only one figure get actual only (judgement call, no missing_value finding for a report that states "
                 "results). Budget 6.46 = 4.68 + 1.76 + 0.02 (consistent); 6.46/6.46 = 100%. The numbering skips '2.' before "
                 "'完成的绩效目标。' (kept). The stated score 100分 has no parts. The stored page stops at the first words of "
                 "(二)自评工作开展情况 ('我校'), and the file stops there. Sentences are in our own words with the same numbers.",
    },
})

# 4 ---- 安徽 池州 九华山风景区 彩票公益金 2024 自评报告 -----------------------------------------------------------
DOCS.append({
    "file": "ah-jiuhuashan-lottery-welfare-selfreport.docx",
    "kind": "docx",
    "blocks": [
        ("title", "九华山风景区中央集中彩票公益金支持社会福利事业资金（第一批）2024年度绩效自评报告"),
        ("p", "一、绩效目标分解下达情况"),
        ("p", "九华山风景区安排项目2个，资金10.7万元。其中：残疾人福利项目1个，金额10万元；儿童福利项目1个，金额0.7万元。"
              "共有六个三级指标，一是3个产出指标分别是：（1）完成规范精康服务人次数目标完成≥350人次；（2）精神障碍社区康复服务"
              "人员培训人次数目标完成≥20人次；（3）“福彩圆梦 孤儿助学工程”资助孤儿人数目标完成≥1人。二是1个效益指标：中央集中"
              "彩票公益金支持社会福利事业资金支持社会福利事业发展成效显著。三是2个满意度指标分别是：（1）参加培训的精神障碍社区"
              "康复服务人员满意度（%）要≥90%；；（2）接受孤儿助学项目资助的孤儿满意度（%）要≥90%。"),
        ("p", "二、绩效情况分析"),
        ("p", "（一）资金投入情况分析。"),
        ("p", "九华山风景区2024年度支持社会福利事业项目全年预算数为13.064万元，全年执行数为10.824万元，预算执行率为82.85%。"
              "其中：2024年中央集中彩票公益金10.7万元，2024年度执行数8.46万元，预算执行率为79.07%；其他资金预算2.364万元，"
              "2024年度执行数为2.364万元，预算执行率为100%。其中："),
        ("p", "1.儿童福利类"),
        ("p", "九华山风景区2024年度"),
    ],
    "gold": {
        "urls": ["https://www.jiuhuashan.gov.cn/OpennessContent/show/1653051.html"],
        "province": "安徽",
        "doc_kind": "自评报告",
        "patterns": [6, 10],
        "indicators": [
            ind(P, None, "完成规范精康服务人次数", ">=", 350, "人次", "≥350人次"),
            ind(P, None, "精神障碍社区康复服务人员培训人次数", ">=", 20, "人次", "≥20人次"),
            ind(P, None, "“福彩圆梦 孤儿助学工程”资助孤儿人数", ">=", 1, "人", "≥1人"),
            ind(E, None, "中央集中彩票公益金支持社会福利事业资金支持社会福利事业发展成效", None, None, None, "显著"),
            ind(S, None, "参加培训的精神障碍社区康复服务人员满意度（%）", ">=", 90, "%", "≥90%"),
            ind(S, None, "接受孤儿助学项目资助的孤儿满意度（%）", ">=", 90, "%", "≥90%"),
        ],
        "goals": [],
        "facts": [
            {"metric": "全年预算数", "kind": "budget", "planned": 13.064, "actual": 10.824, "stated_rate": 82.85,
             "unit": "万元"},
            {"metric": "中央集中彩票公益金", "kind": "budget", "planned": 10.7, "actual": 8.46, "stated_rate": 79.07,
             "unit": "万元"},
            {"metric": "其他资金", "kind": "budget", "planned": 2.364, "actual": 2.364, "stated_rate": 100,
             "unit": "万元"},
            {"metric": "资金", "kind": "sum", "total": 10.7, "parts": [10, 0.7], "unit": "万元"},
            {"metric": "全年预算数", "kind": "sum", "total": 13.064, "parts": [10.7, 2.364], "unit": "万元"},
            {"metric": "全年执行数", "kind": "sum", "total": 10.824, "parts": [8.46, 2.364], "unit": "万元"},
            {"metric": "三级指标", "kind": "sum", "total": 6, "parts": [3, 1, 2], "unit": "个"},
        ],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "中央集中彩票公益金支持社会福利事业资金支持社会福利事业发展成效",
             "why": "the only 效益 indicator is 成效显著, with no value or grading"},
        ],
        "notes": "九华山风景区社会保障局 (池州, 安徽) 2024 自评报告 for 中央集中彩票公益金支持社会福利事业资金 (第一批): two "
                 "projects, 10.7万元 (10 + 0.7). The six 三级 indicators are listed as prose in 一、 (targets only; the stored page "
                 "stops before any actual), with 一级 named but no 二级 (level2 null). Figures are as written; all rates check: "
                 "10.824/13.064 = 82.85%, 8.46/10.7 = 79.07%, 13.064 = 10.7 + 2.364, 10.824 = 8.46 + 2.364, 3 + 1 + 2 = 6 "
                 "indicators. '≥1人' for the orphan-aid count is a real head count for a 0.7万元 grant (not flagged, judgement "
                 "call). Defects kept: the doubled '；；', the phrase '目标完成≥…'. The execution shortfall (79.07%) is not explained "
                 "in the stored part (the explanation would come later in 二、), so no finding. The stored page stops after "
                 "'1.儿童福利类 九华山风景区2024年度', and the file stops there. The list paragraph is kept close to the page because "
                 "it is the indicator list (names and values as written).",
    },
})

# 5 ---- 重庆 忠县民政局 2024 中央、市级转移支付资金 自评报告 (prose) -----------------------------------------------
DOCS.append({
    "file": "cq-zhongxian-civil-affairs-selfreport.docx",
    "kind": "docx",
    "blocks": [
        ("title", "忠县民政局2024年度中央、市级转移支付资金绩效自评报告"),
        ("p", "一、绩效目标分解下达情况"),
        ("p", "（一）中央、市级下达专项转移支付预算"),
        ("p", "2024年度，中央、市级下达的转移支付资金为：慈善会项目40万元；城乡低保、特困供养、临时救助项目2.75万元；"
              "忠州福利院运行经费项目25.85万元；福利彩票公益金支出项目276.42万元；养老机构消防安全达标提升补助项目20万元；"
              "审计财政项目评审专项经费18.6万元；民政管理工作经费17万元；政府购买社工服务项目45万元；社会福利中心综合楼建设项目"
              "770.19万元；城乡公益性公墓建设补助130万元；精神障碍社区康复服务项目338.93万元；困难群众临时救助项目1856.95万元；"
              "流浪乞讨救助经费36万元；基本公共卫生服务项目3万元。合计下达中央、市级转移支付资金3580.69万元。"),
        ("p", "（二）绩效目标情况"),
        ("p", "1.慈善会项目"),
        ("p", "绩效目标：保证全县慈善会工作顺利开展。"),
        ("p", "2.城乡低保、特困供养、临时救助项目"),
        ("p", "绩效目标：对民政补助对象定期入户调查、定时开展民调、定期进行宣传。"),
        ("p", "3.忠州福利院运行经费项目"),
        ("p", "绩效目标：保证忠州福利院正常运转。"),
        ("p", "4.福利彩票公益金支出"),
        ("p", "绩效目标：用于老年人、儿童等社会福利事业方面的支出，保证相关工作顺利推进。"),
        ("p", "5.养老机构消防安全达标提升补助项目"),
        ("p", "绩效目标：养老机构消防安全防范能"),
    ],
    "gold": {
        "urls": ["http://www.yebusi.com/bm/zxmzj/zwgk_34581/fdzdgknr_34586/ysjs/mzjys/202505/t20250530_14673626.html"],
        "province": "重庆",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "目标", "text": "保证全县慈善会工作顺利开展。"},
            {"kind": "目标", "text": "对民政补助对象定期入户调查、定时开展民调、定期进行宣传。"},
            {"kind": "目标", "text": "保证忠州福利院正常运转。"},
            {"kind": "目标", "text": "用于老年人、儿童等社会福利事业方面的支出，保证相关工作顺利推进。"},
            {"kind": "目标", "text": "养老机构消防安全防范能"},
        ],
        "facts": [
            {"metric": "中央、市级转移支付资金", "kind": "sum", "total": 3580.69,
             "parts": [40, 2.75, 25.85, 276.42, 20, 18.6, 17, 45, 770.19, 130, 338.93, 1856.95, 36, 3], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "保证全县慈善会工作顺利开展",
             "why": "the 慈善会 goal has no number, level or deadline"},
            {"rule": "goal.process_only", "item": "对民政补助对象定期入户调查",
             "why": "the goal lists working steps (visits, polls, publicity), not a result"},
            {"rule": "goal.unquantified", "item": "保证忠州福利院正常运转",
             "why": "keeping the home running is not measured"},
            {"rule": "goal.budget_text", "item": "用于老年人、儿童等社会福利事业方面的支出",
             "why": "the goal says what the money is spent on, not what it achieves"},
            {"rule": "goal.unquantified", "item": "养老机构消防安全防范能",
             "why": "the goal as it stands (cut by the page) has no measure"},
        ],
        "notes": "忠县民政局 (重庆) 2024 中央、市级转移支付资金绩效自评报告, from a mirror of the 忠县 government site (the "
                 "mirror's page banner is not part of the report and is left out). Prose only. Fourteen transfer items add up "
                 "exactly to the stated 3580.69万元 (consistent). Each project has a one-line 绩效目标; all are unquantified "
                 "(kinds of finding per goal are judgement calls: process_only for the visit/poll/publicity goal, budget_text "
                 "for the 福彩公益金 goal). The stored page stops inside the fifth goal ('养老机构消防安全防范能'), before any "
                 "indicator or result, so no indicator and no coverage finding. Sentences in our own words with the same amounts.",
    },
})

# 6 ---- 云南 昆明 五华区住建局 2023 老旧小区改造 重点绩效评价报告 (prose) ------------------------------------------
DOCS.append({
    "file": "yn-wuhua-old-estates-eval-report.docx",
    "kind": "docx",
    "blocks": [
        ("title", "昆明市五华区住房和城乡建设局2023年老旧小区及周边配套基础设施提升改造项目 重点绩效评价报告"),
        ("p", "目 录"),
        ("p", "（二）重点绩效评价原则、评价指标体系、评价方法、评价标准和评价抽样"),
        ("p", "（二）小区改造资金筹集渠道单一，改造费用分摊规则不明确，社会资本参与改造积极性不高"),
        ("p", "（五）项目前期准备工作不扎实，上报审批数据不准确，建设手续不完备"),
        ("p", "（五）夯实项目前期准备工作，确保建设手续齐全，上报数据准确无误"),
        ("p", "一、项目基本情况"),
        ("p", "城镇老旧小区改造是党中央、国务院高度重视的重大民生工程和发展工程。改造要基本解决老旧小区建筑破损、基础设施和"
              "公建设施缺失、物业管理不健全等问题，明显改善居民的生产生活环境，使小区“干净、宜居、平安、有序”。"),
        ("p", "昆明市五华区住房和城乡建设局申报立项的五华区2023年老旧小区及周边配套基础设施提升改造项目投资估算67,463.91万元；"
              "截至2023年12月31日，财政实际下达并纳入本次评价的项目资金共36,950.00万元，项目实际使用资金19,078.00万元，"
              "结转资金17,872.00万元，资金使用率51.63%。"),
        ("p", "2023年老旧小区及周边配套基础设施提升改造项目的整治范围为五华区大观、护国、龙翔、莲华、红云、黑林铺、丰宁、华山、"
              "普吉9个街道的部分老旧小区。"),
        ("p", "项目内容包括小区庭院内部改造和周边配套基础设施改造两部分。小区庭院改造涉及：建筑外墙、建筑楼梯、供水、供电、道路、"
              "消防、安防、生活垃圾分类、架空线整理（或入地）、违法建设、绿化、照明、适老设施、停车库（场）电动自行车充电设施及"
              "单车棚、智能快件箱、智能信箱、文化休闲设施、体育健身设施、物业用房、围墙、活动室、室外宣传牌、公共晾晒区、公共卫生"
              "设施等。"),
        ("p", "周边配套基础设施改造内容为："),
    ],
    "gold": {
        "urls": ["http://www.kmwh.gov.cn/c/2024-10-15/6914362.shtml"],
        "province": "云南",
        "doc_kind": "评价报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "项目资金", "kind": "budget", "planned": 36950.00, "actual": 19078.00, "stated_rate": 51.63,
             "unit": "万元"},
            {"metric": "纳入评价的项目资金", "kind": "sum", "total": 36950.00, "parts": [19078.00, 17872.00],
             "unit": "万元"},
        ],
        "findings": [],
        "notes": "五华区住房和城乡建设局 (昆明, 云南) 重点绩效评价报告 on the 2023 老旧小区及周边配套基础设施提升改造 project "
                 "(investment estimate 67,463.91万元; 36,950.00万元 released and evaluated; 19,078.00万元 used; 17,872.00万元 "
                 "carried over; 资金使用率 51.63%). Checks: 19,078.00/36,950.00 = 51.63% and 19,078.00 + 17,872.00 = 36,950.00, "
                 "both consistent, so no finding. The stored page keeps only four lines of the table of contents (two '（二）' "
                 "and two '（五）' lines, out of context); they are kept as found. The first paragraph restates the national aim "
                 "of 老旧小区改造 (not the project's own goal, so no goal is taken). Prose only; the stored page stops at "
                 "'周边配套基础设施改造内容为：', and the file stops there. Sentences in our own words with the same figures; the "
                 "9 street names and the list of courtyard works are facts kept as written.",
    },
})


# ---------------------------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_xlsx(doc, path):
    wb = Workbook()
    ws = wb.active
    ws.title = doc["sheet"]
    for r, row in enumerate(doc["rows"], start=1):
        for c, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if val is not None:
                cell.value = val
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r <= 2 else "left")
            cell.font = Font(name="宋体", size=14 if r == 1 else 10, bold=(r == 1))
            if r > 2:
                cell.border = BORDER
    for rng in doc["merges"]:
        ws.merge_cells(rng)
    for i, w in enumerate(doc["widths"], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind41"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "blind41"
    wb.save(path)


def _set_cell_text(cell, text):
    cell.text = ""
    lines = str(text).split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.font.size = Pt(9)
        if i < len(lines) - 1:
            run.add_break()


def write_docx(doc, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if doc.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    for block in doc["blocks"]:
        if block[0] == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(14)
        elif block[0] == "p":
            d.add_paragraph(block[1])
        elif block[0] == "table":
            rows, merges = block[1], block[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for (r1, c1, r2, c2) in merges:
                t.cell(r1, c1).merge(t.cell(r2, c2))
            covered = set()
            for (r1, c1, r2, c2) in merges:
                for rr in range(r1, r2 + 1):
                    for cc in range(c1, c2 + 1):
                        if (rr, cc) != (r1, c1):
                            covered.add((rr, cc))
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    if (r, c) in covered:
                        continue
                    if val is not None:
                        _set_cell_text(t.cell(r, c), val)
    cp = d.core_properties
    cp.author = "blind41"
    cp.last_modified_by = "blind41"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    d.save(path)


def normalise_zip(path):
    """Rewrite the package with fixed entry dates and fixed core-property timestamps."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def export_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
               "--outdir", outdir, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def gold_for(doc, source):
    g = doc["gold"]
    return {
        "source": source,
        "source_urls": g["urls"],
        "province": g["province"],
        "doc_kind": g["doc_kind"],
        "patterns": g["patterns"],
        "indicators": copy.deepcopy(g["indicators"]),
        "goals": copy.deepcopy(g["goals"]),
        "facts": copy.deepcopy(g["facts"]),
        "findings": copy.deepcopy(g["findings"]),
        "notes": g["notes"],
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        if doc["kind"] == "xlsx":
            write_xlsx(doc, path)
        else:
            write_docx(doc, path)
        normalise_zip(path)
        sources = [doc["file"]]
        if not args.no_pdf:
            export_pdf(path)
            sources.append(os.path.splitext(doc["file"])[0] + ".pdf")
        else:
            sources.append(os.path.splitext(doc["file"])[0] + ".pdf")
        for src in sources:
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold_for(doc, src), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        print("wrote", doc["file"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
