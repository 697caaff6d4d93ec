#!/usr/bin/env python3
"""Blind part 23 of the real-layout corpus: writes the XLSX/DOCX documents, their PDF exports
(LibreOffice, skipped with --no-pdf) and the hand-written gold JSON files, all from the DOCS table below.

Each entry reproduces one stored public page (address in `urls`): layout and facts as the page has them,
longer sentences in our own words with the same numbers. XLSX/DOCX bytes are deterministic (fixed core
properties and fixed zip entry times)."""
import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2025, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- gold helpers

def ind(l1, l2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def fnd(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


def sumfact(metric, total, parts, unit="万元"):
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def budget(metric, planned, actual, rate=None, unit="万元"):
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": rate, "unit": unit}


# ---------------------------------------------------------------- documents
# XLSX layout: {"cols": [widths], "rows": [[cell, ...], ...] (1-based row order), "merges": ["A1:H1", ...]}
# DOCX layout: list of blocks: ("p", text) / ("h", text) / ("t", {"rows": [...], "merges": [(r1, c1, r2, c2), ...]})

NANXIAN_GOAL = ("围绕全县突发公共卫生事件开展人员培训、物资储备和应急能力建设，重点做好人感染H7N9禽流感、手足口病、"
                "霍乱等传染病防治；年初定出中心卫生应急机动队的培训计划并对业务人员开展应急培训，健全突发公共卫生事件的"
                "监测、评估、预警和反应机制，及时处置预警信息；规范公共场所经营，整顿医疗市场，打击非法行医，保障全县"
                "生活饮用水安全，抓好传染病防治、生活饮用水和放射卫生工作；完成市级下达的双随机监督任务，使监管对象"
                "经营管理更规范、经营场所卫生条件有所提高，并完成上级分配的其他工作任务。")

QIDONG_DUTIES = ("承担全县各乡镇疫苗的保管、发放、运输和业务指导；开展免疫规划督导、培训、宣传和预防接种；及时检测暴发疫情"
                 "和聚集性病例标本；负责结核病、地方病、慢性病、重性精神病、疟疾、艾滋病和急性传染病防治；开展食品安全"
                 "风险监测、公共卫生监测、职业卫生和环境监测；做好健康教育宣传和美沙酮维持治疗；办理上级政府交办的其他工作。")
QIDONG_GOAL = ("按照湖南省卫生健康委疾控处印发的湖南省202年度结核病防治项目实施方案、2020年度艾滋病防治项目实施方案、"
               "全省2020年扩大国家免疫规划项目实施方案和2020年度慢性病防控项目实施方案及相关工作说明等文件的要求完成绩效目标。")

DAYING_GOAL = ("2022年医疗保障局拟用财政资金45万元，为聘用的14名人员发放工资并缴纳保险，其中工资每人每年30000元、"
               "保险费合计3万元，以此监管全县医院和药店医疗保险基金的正常使用。")
SC_CONCL = "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)"
SC_PROBL = "结合自评情况,分析存在的问题及原因。(200字以内)"
SC_IMPRV = "针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)"
SC_DONE = "对照年度目标,说明相关任务目标的完成情况(100字以内)"

QC_GOALS = [
    "通过开展法治宣传活动提升全民法治素养，推进法治政府建设。",
    "为符合条件的经济困难当事人或特殊案件当事人提供无偿法律服务。",
    "保障司法行政机关各项业务工作开展，规范业务装备配备和司法所规范化建设。",
]

GX_GOAL = ("以乡镇为重点，升级改造一批商贸中心、超市和集贸市场，发展连锁经营和电子商务，补齐农村商业设施和公共服务短板；"
           "健全县乡村三级物流配送体系，整合资源发展共同配送，打通工业品下乡和农产品进城的渠道，带动农民增收和农村消费。")

DOCS = [
    # ------------------------------------------------------------------ 1
    {
        "file": "hn-nanxian-cdc-targets.xlsx",
        "urls": ["http://nxjw.nanxian.gov.cn/14890/36191/36261/38621/content_2047266.html"],
        "province": "湖南", "where": "湖南 (益阳 南县疾病预防控制中心, 2025)",
        "doc_kind": "申报表", "kind_label": "申报表 (2025年项目支出绩效目标表, 101号 tree, cut in the 成本 block)",
        "patterns": [1, 5, 6, 8, 10],
        "xlsx": {
            "title": "项目支出绩效目标表",
            "cols": [14, 16, 26, 10, 10, 10, 26, 26],
            "rows": [
                ["2025年项目支出绩效目标表"],
                ["填报单位(盖章):南县疾病预防控制中心", None, None, None, None, "金额单位:万元"],
                ["项目支出名称", "基本公共卫生服务和应急处理及卫生监督执法专项", None, None, None, "部门预算", ("num", 70.00)],
                ["年度本级预算金额", ("num", 70.00), None, "该项目支出上级资金", None, ""],
                ["项目支出实施期", "2025年"],
                ["项目绩效目标", NANXIAN_GOAL],
                ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容", "备注"],
                ["成本指标", "经济成本指标", "疾病预防控制中心经费", "≤", 70, "万元", "反映疾病预防控制中心经费。", "反映疾病预防控制中心经费。"],
                [None, "社会成本指标", "实施项目对社会产生的不利影响", "定性", "减少", "", "反映实施项目对社会产生的不利影响。", "反映实施项目对社会产生的不利影响。"],
                [None, "生态环境成本指标", "实施项目对生态产生的不利影响", "定性", "减"],
            ],
            "merges": ["A1:H1", "A2:E2", "F2:H2", "B3:E3", "G3:H3", "B4:C4", "D4:E4", "F4:H4", "B5:H5", "B6:H6", "A8:A10"],
            "tall": {6: 120},
        },
        "gold": {
            "indicators": [
                ind("成本指标", "经济成本指标", "疾病预防控制中心经费", "<=", 70, "万元", "70"),
                ind("成本指标", "社会成本指标", "实施项目对社会产生的不利影响", None, None, None, "减少"),
                ind("成本指标", "生态环境成本指标", "实施项目对生态产生的不利影响", None, None, None, "减"),
            ],
            "goals": [{"kind": "目标", "text": NANXIAN_GOAL}],
            "facts": [budget("部门预算", 70, None)],
            "findings": [
                fnd("goal.unquantified", NANXIAN_GOAL[:20], "the 项目绩效目标 names tasks (培训, 整顿, 双随机监督) with no number, date or rate; '有所提高' is the only result"),
                fnd("target.qualitative_no_scale", "实施项目对社会产生的不利影响", "定性 value 减少 with no baseline or grading"),
                fnd("target.qualitative_no_scale", "实施项目对生态产生的不利影响", "定性 value, the page stops at '减' (减少 like the row above): no baseline or grading"),
                fnd("coverage.missing_dimension", "产出指标", "the stored page stops in the third 成本 row: no 产出 indicator in the file"),
                fnd("coverage.missing_dimension", "效益指标", "no 效益 indicator in the file"),
                fnd("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
            ],
            "notes": ("南县疾病预防控制中心(南县卫生综合监督执法局) 2025年项目支出绩效目标表 as published on the county site "
                      "(2025-03-20). 101号 layout: the 成本指标 block comes first (经济/社会/生态环境成本). Columns 指标值类型 "
                      "(holds the operator ≤ or the word 定性) │ 目标值 │ 度量单位 │ 指标值内容 │ 备注; 指标值内容 and 备注 repeat the same "
                      "'反映…' sentence. In the 社会成本 row the page gives no 度量单位 cell text (read as empty). The 经济成本 "
                      "target ≤70万元 equals the whole budget (70.00); a cost that restates the budget is not in this part's rule "
                      "list, so no finding is given for it. The stored page stops inside the 生态环境成本 row at the value '减'. "
                      "The goal is our wording of the cell (same content, no numbers in the original either)."),
        },
    },
    # ------------------------------------------------------------------ 2
    {
        "file": "hn-qidong-cdc-dept-targets.docx",
        "urls": ["http://www.qdx.gov.cn/xxgk/czzj/jxgl/20241211/i3532884.html"],
        "province": "湖南", "where": "湖南 (衡阳 祁东县疾病预防控制中心, 2024)",
        "doc_kind": "部门整体支出绩效目标表", "kind_label": "部门整体目标表 (预算14表, values inside sentences, cut in 数量)",
        "patterns": [1, 5, 6, 7, 8, 10],
        "docx": [
            ("p", "预算14表"),
            ("h", "2024年祁东县部门整体支出绩效目标表"),
            ("p", "填报单位:(盖章)"),
            ("t", {"rows": [
                ["部门名称", "祁东县疾病预防控制中心", "", "", ""],
                ["年度预算申请 (万元)", "资金总额:952.22", "", "", ""],
                ["", "按收入性质分:952.22", "", "按支出性质分:952.22", ""],
                ["", "其中:一般公共预算:952.22", "", "其中:基本支出:875.22", ""],
                ["", "政府性基金拨款:", "", "项目支出:77", ""],
                ["", "纳入专户管理的非税收入拨款:", "", "", ""],
                ["", "其他资金:", "", "", ""],
                ["部门职能 职责概述", QIDONG_DUTIES, "", "", ""],
                ["整体绩效目标", QIDONG_GOAL, "", "", ""],
                ["部门整体支出 年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位"],
                ["", "产出指标", "数量指标", "全年检测次数", "自愿咨询检测1000人次以上,艾滋病人检测600人次以上,结核病人筛查600人次以上"],
                ["", "", "", "免疫规划知识培训次数", "2次以上"],
                ["", "", "", "免疫规划知识培训人次", "200人以上"],
                ["", "", "", "开展宣传活动次数", "20次以"],
            ], "merges": [(0, 1, 0, 4), (1, 0, 6, 0), (1, 1, 1, 4), (2, 1, 2, 2), (2, 3, 2, 4), (3, 1, 3, 2), (3, 3, 3, 4),
                          (4, 1, 4, 2), (4, 3, 4, 4), (5, 1, 5, 2), (5, 3, 5, 4), (6, 1, 6, 2), (6, 3, 6, 4),
                          (7, 1, 7, 4), (8, 1, 8, 4), (9, 0, 13, 0), (10, 1, 13, 1), (10, 2, 13, 2)],
                "widths": [3.0, 2.6, 2.6, 4.2, 6.0]}),
        ],
        "gold": {
            "indicators": [
                ind("产出指标", "数量指标", "全年检测次数", ">=", 1000, "人次", "自愿咨询检测1000人次以上,艾滋病人检测600人次以上,结核病人筛查600人次以上"),
                ind("产出指标", "数量指标", "免疫规划知识培训次数", ">=", 2, "次", "2次以上"),
                ind("产出指标", "数量指标", "免疫规划知识培训人次", ">=", 200, "人", "200人以上"),
                ind("产出指标", "数量指标", "开展宣传活动次数", None, 20, "次", "20次以"),
            ],
            "goals": [{"kind": "目标", "text": QIDONG_GOAL}],
            "facts": [sumfact("年度预算申请资金总额", 952.22, [875.22, 77])],
            "findings": [
                fnd("goal.unquantified", QIDONG_GOAL[:20], "the 整体绩效目标 only points to the provincial implementation plans; it states no output, number or result"),
                fnd("coverage.missing_dimension", "效益指标", "the stored page stops in the fourth 数量 row: no 效益 indicator in the file"),
                fnd("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
            ],
            "notes": ("祁东县 部门整体支出绩效目标表 (预算14表, 2024) of the county CDC, published by the county finance bureau "
                      "(2024-12-11). Money block: 资金总额 952.22 = 基本支出 875.22 + 项目支出 77 (right). The goal cell cites the "
                      "provincial plans, one of them written '202年度' on the page (kept). One value column '指标值及单位' holds the "
                      "value inside a sentence (N次以上 / N人以上 -> >=). 全年检测次数 holds three counts in one cell (1000, 600, 600 人次); "
                      "the gold takes the first (1000 人次) as the value: judgement call. 免疫规划知识培训人次 is written '200人以上' "
                      "(unit 人 as written). The page stops inside the fourth row at '20次以' (以上 cut): value 20 次, operator null as "
                      "the file stands. The duties cell is our wording of the page's list."),
        },
    },
    # ------------------------------------------------------------------ 3
    {
        "file": "sc-daying-medins-selfeval-tail.xlsx",
        "urls": ["https://dyrmt.com/article-159286-40.html"],
        "province": "四川", "where": "四川 (遂宁 大英县医疗保障局, 2023; county media mirror)",
        "doc_kind": "自评表", "kind_label": "自评表 (tail of one form + head of the next, 完成值/得分 empty)",
        "patterns": [1, 2, 5, 6, 8, 9, 10],
        "xlsx": {
            "title": "自评表",
            "cols": [12, 14, 30, 9, 11, 9, 9, 8, 8, 16],
            "rows": [
                [None, None, "城乡居民医保参保工作经费发放及时率", "=", 100, "%", None, 5],
                [None, "成本指标", "城乡居民参保网络宣传成本预算", "≤", 101400, "元", None, 5],
                [None, None, "城乡居民医保参保工作经费发放成本预", "=", 1, "元/人", None, 5],
                ["效益指标", "社会效益指标", "城乡居民参保网络宣传群众知晓率", "=", 100, "%", None, 15],
                [None, None, "城乡居民医保参保工作经费应发尽发率", "=", 100, "%", None, 5],
                [None, "可持续影响指标", "城乡居民医保参保机制健全性", "定性", "优良中低差", None, None, 10],
                ["满意度指标", "服务对象满意度指标", "城乡居民参保人员满意度", "≥", 90, "%", None, 10],
                ["合计", None, None, None, None, None, None, 100],
                ["评价结论", SC_CONCL],
                ["存在问题", SC_PROBL],
                ["改进措施", SC_IMPRV],
                ["项目负责人:", None, None, None, None, "财务负责人:"],
                ["部门预算项目支出绩效自评表(2023年度)"],
                ["项目名称", "51092322T000000431595-城乡居民监管工作经费"],
                ["主管部门", "大英县医疗保障局部门", None, None, "实施单位 (盖章)", None, "大英县医疗保障局"],
                ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, None, "年度目标完成情况"],
                [None, None, DAYING_GOAL, None, None, None, SC_DONE],
                [None, "2.项目实施内容及过程概述", ""],
                ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"],
            ],
            "merges": ["B2:B3", "A4:A6", "B4:B5", "A8:G8", "B9:J9", "B10:J10", "B11:J11", "A12:E12", "F12:J12",
                       "A13:J13", "B14:J14", "B15:D15", "E15:F15", "G15:J15", "A16:A18", "B16:B17", "C16:F16",
                       "G16:J16", "C17:F17", "G17:J17", "C18:J18", "I19:J19"],
            "tall": {17: 60},
        },
        "gold": {
            "indicators": [
                ind(None, None, "城乡居民医保参保工作经费发放及时率", "=", 100, "%", "100", None, 5, None),
                ind(None, "成本指标", "城乡居民参保网络宣传成本预算", "<=", 101400, "元", "101400", None, 5, None),
                ind(None, "成本指标", "城乡居民医保参保工作经费发放成本预", "=", 1, "元/人", "1", None, 5, None),
                ind("效益指标", "社会效益指标", "城乡居民参保网络宣传群众知晓率", "=", 100, "%", "100", None, 15, None),
                ind("效益指标", "社会效益指标", "城乡居民医保参保工作经费应发尽发率", "=", 100, "%", "100", None, 5, None),
                ind("效益指标", "可持续影响指标", "城乡居民医保参保机制健全性", None, None, None, "优良中低差", None, 10, None),
                ind("满意度指标", "服务对象满意度指标", "城乡居民参保人员满意度", ">=", 90, "%", "90", None, 10, None),
            ],
            "goals": [{"kind": "年度目标", "text": DAYING_GOAL}],
            "facts": [],
            "findings": [
                fnd("target.missing_value", "城乡居民医保参保机制健全性", "定性 row whose value cell lists the whole scale 优良中低差: no target level"),
                fnd("goal.budget_text", DAYING_GOAL[:20], "the 项目年度目标 of the second form restates the money split (45万元: 14人 × 30000元 wages + 3万元 insurance)"),
                fnd("coverage.missing_dimension", "产出指标", "second form (城乡居民监管工作经费): the page stops in its money-block header, no indicator row"),
                fnd("coverage.missing_dimension", "效益指标", "second form: no 效益 indicator in the file"),
                fnd("coverage.missing_dimension", "满意度指标", "second form: no 满意度 indicator in the file"),
            ],
            "notes": ("A page in the middle of 大英县医疗保障局's 2023 自评表 collection on a 四川 county media mirror (dyrmt.com, "
                      "page 40 of the article). It starts inside the indicator block of one 部门预算项目支出绩效自评表 (the 510000 "
                      "layout: 指标性质 │ 指标值 │ 度量单位 │ 完成值 │ 权重 │ 得分 │ 未完成原因分析) whose header and first rows are on the "
                      "page before: the first three rows carry no 一级 label (its merged cell starts above the cut) and the first row no "
                      "二级 label either, so those levels are null. The second and third rows sit under a 二级 '成本指标'. The name "
                      "'…发放成本预' is cut in its cell as on the page. 完成值 and 得分 are empty on every row and 评价结论/存在问题/改进措施 "
                      "still hold the template instructions (no finding: the form is unfilled, no actual to compare). 合计 100 is the "
                      "权重 total incl. rows of the page before (not checkable). Then the next form (城乡居民监管工作经费) starts: its "
                      "goal says 2022 in a 2023 form (kept); 14 × 30000元 = 42万元 + 3万元 = 45万元 (right). The page stops at the header "
                      "row of its 预算执行情况 block. Coverage findings concern that second form only (judgement call)."),
        },
    },
    # ------------------------------------------------------------------ 4
    {
        "file": "sc-qingchuan-justice-selfreport.docx",
        "urls": ["http://cnqc.gov.cn/New/Detail/20220425164404026.html"],
        "province": "四川", "where": "四川 (广元 青川县司法局, 2021)",
        "doc_kind": "自评报告", "kind_label": "自评报告 (政法转移支付, indicators in labelled prose, cut at 时效)",
        "patterns": [6, 10],
        "docx": [
            ("p", "青川县司法局"),
            ("h", "关于2021年度政法纪检监察转移支付资金绩效的自评报告"),
            ("p", "一、绩效目标分解下达情况"),
            ("p", "中央下达中央政法转移支付资金预算150万元。绩效目标：一是" + QC_GOALS[0] + "二是" + QC_GOALS[1] + "三是" + QC_GOALS[2]),
            ("p", "二、绩效目标完成情况分析"),
            ("p", "（一）资金投入情况分析。"),
            ("p", "1.项目资金已及时到位。"),
            ("p", "2.除装备采购没有按绩效目标及时执行外，其余资金均按绩效目标及时执行。"),
            ("p", "3.项目资金按规定严格管理，专款专用，没有贪污、截留和挪用。"),
            ("p", "（二）总体绩效目标完成情况分析。"),
            ("p", "1.支付法律援助机构指派办案的律师、基层法律服务工作者、社会组织人员和法律援助志愿者的办案补贴，含值班费、差旅费、交通通讯费、文印费和调查取证费；"),
            ("p", "2.支付法律援助机构办理法律援助案件的直接费用；"),
            ("p", "3.承担受援人败诉后确因经济困难无力交纳的鉴定费和仲裁费；"),
            ("p", "4.组织律师和基层法律服务工作者开展宣传和排查；"),
            ("p", "5.对律师队伍开展监督；"),
            ("p", "6.办案(业务)经费主要用于基层司法所业务费(含差旅费、交通费等)、人民调解“以奖代补”案件补贴、普法宣传、社区矫正、安置帮教、公证和法律援助办案业务费，以及会议费、培训费等；"),
            ("p", "7.21个司法所基本完成信息化建设。"),
            ("p", "（三）绩效指标完成情况分析。"),
            ("p", "1.产出指标完成情况分析。"),
            ("p", "(1)数量指标。"),
            ("p", "办理法律援助案件94件;调解各类纠纷数量1087件;开展普法宣传活动场次86场;参与信访接待和处理案件数量6件。"),
            ("p", "(2)质量指标。"),
            ("p", "采购装备出现不合格装备的比例≦0%。"),
            ("p", "(3)时效指标。"),
            ("p", "转移支"),
        ],
        "gold": {
            "indicators": [
                ind("产出指标", "数量指标", "办理法律援助案件", None, None, "件", None, 94),
                ind("产出指标", "数量指标", "调解各类纠纷数量", None, None, "件", None, 1087),
                ind("产出指标", "数量指标", "开展普法宣传活动场次", None, None, "场", None, 86),
                ind("产出指标", "数量指标", "参与信访接待和处理案件数量", None, None, "件", None, 6),
                ind("产出指标", "质量指标", "采购装备出现不合格装备的比例", "<=", 0, "%", "≦0%"),
            ],
            "goals": [{"kind": "目标", "text": g} for g in QC_GOALS],
            "facts": [budget("中央政法转移支付资金预算", 150, None)],
            "findings": [
                fnd("goal.unquantified", QC_GOALS[0][:20], "raise legal literacy: no number, date or rate"),
                fnd("goal.unquantified", QC_GOALS[1][:20], "free legal service for eligible people: no number of cases or people"),
                fnd("goal.unquantified", QC_GOALS[2][:20], "keep the work going and standardise equipment / 司法所: no measurable result"),
                fnd("target.impossible_value", "采购装备出现不合格装备的比例", "a share ≤0% can only be 0: effectively =0%, written as an inequality"),
                fnd("coverage.missing_dimension", "效益指标", "the stored page stops under (3)时效指标: no 效益 indicator in the file"),
                fnd("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
            ],
            "notes": ("青川县司法局 self-evaluation report on the 2021 政法纪检监察 transfer funds (150万元), county site. Prose is our "
                      "wording with the same numbers. The 数量 part of (三) states results (94件, 1087件, 86场, 6件) without the target "
                      "values: gold keeps them as actual with value null (no missing_value finding: the report reports results, the "
                      "targets are in the 下达 form, judgement call). The 质量 line keeps the target form '≦0%' (full-width ≦ as on the "
                      "page), read as operator <= value 0. '资金投入' states that 装备采购 was not executed on time, with no amount. The "
                      "stored page stops at '转移支' under (3)时效指标."),
        },
    },
    # ------------------------------------------------------------------ 5
    {
        "file": "hn-yiyang-union-basedata.xlsx",
        "urls": ["http://bb.yiyang.gov.cn/zgh/3915/content_1868765.html"],
        "province": "湖南", "where": "湖南 (益阳市总工会, 2022)",
        "doc_kind": "部门整体自评表", "kind_label": "部门整体 基础数据表 + 自评表 (cut in the 自评表 header)",
        "patterns": [7, 8, 9],
        "xlsx": {
            "title": "附件1-附件2",
            "cols": [34, 14, 16, 14, 14, 14, 16],
            "rows": [
                ["附件1"],
                ["2022年度部门整体支出绩效评价基础数据表"],
                ["财政供养人员情况(人)", "编制数", None, "2022年实际在职人数", None, "控制率"],
                [None, 52, None, 52, None, "100%"],
                ["经费控制情况(万元)", "2021年决算数", None, "2022年预算数", None, "2022年决算数"],
                ["支出总额", 1274.38, None, 1342.49, None, 1342.49],
                ["基本支出", 606.44, None, ("num", 719.99), None, ("num", 719.99)],
                ["    其中:公用经费", 89.15, None, ("num", 95.86), None, ("num", 95.86)],
                ["项目支出", 667.94, None, ("num", 622.50), None, 622.5],
                ["   其中:1、运行维护经费"],
                ["          2专项资金\n(一个项一行)"],
                ["春节向困难职工送温暖慰问资金", 300, None, 300, None, 300],
                ["职工帮扶专项补助", 195.14, None, ("num", 149.20), None, ("num", 149.20)],
                ["劳模专项补助资金", ("num", 172.80), None, ("num", 173.30), None, ("num", 173.30)],
                ["三公经费"],
                ["   1、公务用车购置和维护经费", ("num", 3.33), None, 7, None, 2.74],
                ["       其中:公车购置"],
                ["             公车运行维护", ("num", 3.33), None, 7, None, 2.74],
                ["   2、出国经费"],
                ["   3、公务接待"],
                ["政府采购金额", "——"],
                ["楼堂馆所控制情况\n2022年完工项目)", "批复规模\n(㎡)", "实际规模(㎡)", "规模控制率", "预算投资(万元)", "实际投资(万元)", "投资概算控制率"],
                [None, None, None, None, None, None, None],
                ["厉行节约保障措施", "继续健全内部控制，强化预算支出管理，严格按“过紧日子”要求办事，调整优化支出结构，压减一般性支出，降低行政运行成本。"],
                ["说明:公用经费填报基本支出中的一般商品和服务支出。项目支出需要填报基本支出以外的所有项目支出情况,“运行维护经费”填报项目支出中用于人员类和公用运转类的支出。"],
                ["填表人:郭伶俐  填报日期:2023.03.15  联系电话:4216401  单位负责人签字:张友良"],
                ["附件2"],
                ["2022年度部门整体支出绩效自评表"],
                ["预算部门", "益"],
            ],
            "merges": ["A1:G1", "A2:G2", "B3:C3", "D3:E3", "F3:G3", "B4:C4", "D4:E4", "F4:G4", "B5:C5", "D5:E5", "F5:G5",
                       "B6:C6", "D6:E6", "F6:G6", "B7:C7", "D7:E7", "F7:G7", "B8:C8", "D8:E8", "F8:G8", "B9:C9", "D9:E9",
                       "F9:G9", "B12:C12", "D12:E12", "F12:G12", "B13:C13", "D13:E13", "F13:G13", "B14:C14", "D14:E14",
                       "F14:G14", "B16:C16", "D16:E16", "F16:G16", "B18:C18", "D18:E18", "F18:G18", "B21:C21", "B24:G24",
                       "A25:G25", "A26:G26", "A27:G27", "A28:G28", "B29:G29"],
            "tall": {24: 40, 25: 40},
        },
        "gold": {
            "indicators": [],
            "goals": [],
            "facts": [
                budget("支出总额", 1342.49, 1342.49),
                sumfact("支出总额(2021年决算数)", 1274.38, [606.44, 667.94]),
                sumfact("支出总额(2022年预算数)", 1342.49, [719.99, 622.50]),
                sumfact("支出总额(2022年决算数)", 1342.49, [719.99, 622.5]),
                sumfact("项目支出(2021年决算数)", 667.94, [300, 195.14, 172.80]),
                sumfact("项目支出(2022年决算数)", 622.5, [300, 149.20, 173.30]),
            ],
            "findings": [
                fnd("coverage.missing_dimension", "产出指标", "附件2 部门整体支出绩效自评表 is cut in its first header row: no indicator in the file"),
                fnd("coverage.missing_dimension", "效益指标", "no 效益 indicator in the file"),
                fnd("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
            ],
            "notes": ("益阳市总工会 2022 self-evaluation attachments (published 2023-03-17): 附件1 部门整体支出绩效评价基础数据表 "
                      "(staff 52/52 = 100%; money in 万元 with three year columns) and the first line of 附件2 部门整体支出绩效自评表 "
                      "(the page stops at '预算部门 益'). Every total adds up: 1274.38 = 606.44 + 667.94, 1342.49 = 719.99 + 622.50, "
                      "667.94 = 300 + 195.14 + 172.80, 622.5 = 300 + 149.20 + 173.30; 公务用车 3.33/7/2.74 is all 运行维护. Kept as on "
                      "the page: '(一个项一行)' instruction inside the row label, the unbalanced bracket '2022年完工项目)', the empty "
                      "楼堂馆所 row, '——' for 政府采购金额, the 说明 line and the signature line. The 厉行节约 cell is our wording. "
                      "Coverage findings follow the cut 自评表 (judgement call: the 基础数据表 itself holds no indicators by design)."),
        },
    },
    # ------------------------------------------------------------------ 6
    {
        "file": "hn-nanhu-youfu-selfreport.docx",
        "urls": ["https://yynanhu.yueyang.gov.cn/55456/55458/55498/55503/content_1345664.html"],
        "province": "湖南", "where": "湖南 (岳阳 南湖新区民政局, 优抚 2016)",
        "doc_kind": "自评报告", "kind_label": "自评报告 (form-style: cover, 资金 grid, 支出明细; cut in the indicator header)",
        "patterns": [2, 5, 8, 9],
        "docx": [
            ("p", "附件3-2"),
            ("h", "岳阳市南湖新区财政支出项目绩效评价自评报告"),
            ("p", "评价类型:项目实施过程评价□   项目完成结果评价■"),
            ("p", "项目名称        优 抚"),
            ("p", "项目单位     南湖新区民政局"),
            ("p", "主管部门"),
            ("p", "评价方式:部门(单位)绩效自评"),
            ("p", "评价机构:部门(单位)评价组"),
            ("p", "报告日期:2017 年7 月 15  日"),
            ("p", "岳阳市南湖新区财政局(制)"),
            ("p", "一、项 目 基 本 概 况"),
            ("t", {"rows": [
                ["项目负责人", "鲁明霞", "", "", "联系电话", "", "8328726", ""],
                ["项目地址", "南湖新区民政局", "", "", "邮  编", "", "414000", ""],
                ["项目起止时间", "2016年1月起至2016年12 月止", "", "", "", "", "", ""],
                ["计划安排资金\n(万元)", "170", "实际到位资金\n(万元)", "170", "实际支出\n(万元)", "179.6", "结余(万元)", "0"],
                ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
                ["省财政", "170", "省财政", "170", "省财政", "170", "省财政", ""],
                ["市财政", "", "市财政", "", "市财政", "", "市财政", ""],
                ["区财政", "", "区财政", "", "区财政", "", "区财政", ""],
                ["其它", "", "其它", "9.6", "其它", "9.6", "其它", ""],
            ], "merges": [(0, 1, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7), (1, 1, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7), (2, 1, 2, 7)],
                "widths": [2.4, 1.4, 2.4, 1.4, 2.4, 1.4, 2.4, 1.4]}),
            ("p", "二、项目支出明细情况"),
            ("t", {"rows": [
                ["支出内容", "实际支出数", "会计凭证号", "备注"],
                ["上半年重点优抚对象补助", "67", "1月31日33号凭证2月29日12号凭证7月31日18号凭证", ""],
                ["优抚解三难", "9.1", "1月34、41号5月17、32号凭证6月39、43号7月15号、8月7、23号\n11月4、46号、12月75号凭证", ""],
                ["春节下拨优抚资金及慰问", "35.5", "1月25、27、28、29、31、41号、2月1号、9月27号凭证", ""],
                ["其他优抚支出", "62", "1月16号、7月17、20、21、22、23、24、25、26、27号、8月8、9号\n10月17号、11月10号凭证", ""],
                ["60岁老兵补助", "6", "1月49号、7月16号", ""],
                ["支出合计", "179.6", "", ""],
            ], "merges": [], "widths": [4.0, 2.0, 8.0, 2.0]}),
            ("p", "三、项目绩效自评情况"),
            ("t", {"rows": [
                ["项目绩效定性目标及实施计划完成情况", "预  期 目 标", "", "", "实际完成", ""],
                ["项目绩效定量目标(指标)及完成情况", "一级指标", "二级指标", "指标内容", "指标(目标)值", "实际完成值", "项目"],
            ], "merges": [], "widths": [3.6, 2.0, 2.0, 3.0, 2.2, 2.2, 1.6], "ncols": 7}),
        ],
        "gold": {
            "indicators": [],
            "goals": [],
            "facts": [
                budget("项目资金", 170, 179.6),
                sumfact("支出合计", 179.6, [67, 9.1, 35.5, 62, 6]),
                sumfact("实际到位资金", 170, [170, 9.6]),
                sumfact("实际支出", 179.6, [170, 9.6]),
            ],
            "findings": [
                fnd("consistency.sum", "实际到位资金", "实际到位资金 170 while its rows give 省财政 170 + 其它 9.6 = 179.6"),
                fnd("coverage.missing_dimension", "产出指标", "the stored page stops in the header of the 定量目标 table: no indicator in the file"),
                fnd("coverage.missing_dimension", "效益指标", "no 效益 indicator in the file"),
                fnd("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
            ],
            "notes": ("岳阳市南湖新区 财政支出项目绩效评价自评报告 (附件3-2 form) for the 2016 优抚 project of 南湖新区民政局, "
                      "published by the district finance bureau (2017-09-20). The 资金 grid has four groups (计划/到位/支出/结余) each with "
                      "中央/省/市/区/其它 rows: 到位 reads 170 but holds 省 170 + 其它 9.6; 支出 179.6 = 170 + 9.6 (right); 结余 0 is right only "
                      "if 到位 is 179.6 (spending exceeds the 170 plan by 9.6). 支出明细 adds up: 67 + 9.1 + 35.5 + 62 + 6 = 179.6. The "
                      "voucher numbers are kept as written. The 定性目标 row holds only its headers (预期目标 / 实际完成, no text); the page "
                      "stops at the 定量 header whose last word reads '项目' (cut)."),
        },
    },
    # ------------------------------------------------------------------ 7
    {
        "file": "gx-commerce-county-selfreport.docx",
        "urls": ["http://swt.gxzf.gov.cn/zfxxgk/fdzdgknr/czxx/qt/t16697854.shtml"],
        "province": "广西", "where": "广西 (自治区商务厅, 中央服务业发展资金 县域商业建设行动 2022)",
        "doc_kind": "自评报告", "kind_label": "自评报告 (transfer funds, prose; cut after the first 产出 indicator)",
        "patterns": [6, 10],
        "docx": [
            ("p", "一、绩效目标分解下达情况"),
            ("p", "（一）中央下达资金和绩效目标情况"),
            ("p", "1.资金下达情况。2012年6月14日，广西收到《财政部关于下达2022年服务业发展资金预算的通知》(财建〔2022〕153号)，下达中央服务业发展资金(县域商业建设行动)14680万元。"),
            ("p", "2.下达绩效目标情况。中央给广西定的总体绩效目标是：" + GX_GOAL + "同时下达了具体绩效指标，共有一级指标3个、二级指标5个、三级指标7个(详见自评表)。"),
            ("p", "（二）广西资金安排、分解下达预算和绩效目标情况"),
            ("p", "1.资金安排、分解情况。广西按因素法分配资金，经自治区人民政府同意，自治区财政厅于2022年7月14日以《广西壮族自治区财政厅关于下达2022年中央服务业发展资金(县域商业建设)的通知》(桂财建〔2022〕98号)把资金切块下达各市：南宁市610万元、柳州市1080万元、桂林市3240万元、梧州市2150万元、北海市820万元、防城港市350万元、钦州市1110万元、玉林市1060万元、百色市1870万元、河池市1490万元、崇左市900万元。"),
            ("p", "2.下达绩效目标情况。"),
            ("p", "广西在下达资金时把绩效目标一并下达到各市。总体要求：" + GX_GOAL),
            ("p", "具体指标。产出指标：全区县域商业建设行动试点县数量20个；2022年全区县域"),
        ],
        "gold": {
            "indicators": [
                ind("产出指标", None, "全区县域商业建设行动试点县数量", None, 20, "个", "20个"),
            ],
            "goals": [{"kind": "总体目标", "text": GX_GOAL}, {"kind": "总体目标", "text": GX_GOAL}],
            "facts": [
                sumfact("中央服务业发展资金(县域商业建设行动)", 14680, [610, 1080, 3240, 2150, 820, 350, 1110, 1060, 1870, 1490, 900]),
            ],
            "findings": [
                fnd("goal.unquantified", GX_GOAL[:20], "the central 总体绩效目标 (一、(一)2): upgrade 'a batch' of facilities, improve logistics; no number"),
                fnd("goal.unquantified", GX_GOAL[:20], "the same goal again as the 总体要求 passed to the cities (一、(二)2); no number"),
                fnd("coverage.missing_dimension", "效益指标", "the stored page stops inside the second 产出 item: no 效益 indicator in the file"),
                fnd("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
            ],
            "notes": ("广西 commerce department self-evaluation of the 2022 central 服务业发展资金 (县域商业建设行动), department site. "
                      "Prose is our wording with the same dates, document numbers and amounts. Kept: the date '2012年6月14日' for a 2022 "
                      "notice (a typo on the page; no rule for it). The eleven city amounts add up to 14680 (right). The goal is stated "
                      "twice (central goal, then the same text as the 总体要求 passed down); gold lists both. The indicator count "
                      "'一级3个、二级5个、三级7个' refers to the attached 自评表, which is not on the page. The page stops after the first "
                      "labelled 产出 item (试点县数量20个, value inside a sentence, no operator) at '2022年全区县域'."),
        },
    },
    # ------------------------------------------------------------------ 8
    {
        "file": "sn-qishan-elderly-evalreport.docx",
        "urls": ["http://www.qishan.gov.cn/col13539/col13578/col13579/col17075/202411/t20241111_881358.html"],
        "province": "陕西", "where": "陕西 (宝鸡 岐山县, 高龄补贴 2023)",
        "doc_kind": "绩效评价报告", "kind_label": "评价报告 (事后评价, prose, cut at 绩效目标)",
        "patterns": [10],
        "docx": [
            ("h", "2023年高龄补贴事后绩效评价报告"),
            ("p", "根据《岐山县财政局关于开展2023年度县级财政项目绩效评价的通知》(岐财办绩〔2024〕9号)等文件要求，本着科学、规范、客观、公正的原则，我局对2023年高龄补贴项目开展了事后绩效评价，情况报告如下："),
            ("p", "一、项目概况"),
            ("p", "（一）项目背景、规模及内容"),
            ("p", "为弘扬敬老、养老、助老的传统美德，保障老年人合法权益，推进全县老龄事业发展，依据《中华人民共和国老年人权益保障法》(中华人民共和国主席令第73号)，我县从2012年7月1日起向具有本县户籍、年满70周岁的老年人发放高龄补贴：70-79周岁每人每月50元，80-89周岁每人每月100元，90-99周岁每人每月200元，100周岁及以上每人每月400元。"),
            ("p", "（二）项目实施及资金使用"),
            ("p", "2023年各级财政共下达我县老年人生活保健补贴资金4186.49万元，其中省级配套1165.84万元、市级配套1132.8万元、县级配套1887.85万元。2023年全县70周岁以上老人共53908人，其中70-79周岁40098人，80-89周岁12673人，90-99周岁1118人，100周岁及以上19人；全年共发放3957.55万元(当年资金3904.82万元，上年结转资金52.73万元)。"),
            ("p", "2023年3月14日下达的省级第一批指标1080万元已全部随月发放，结余为0；2023年12月26日下达的省级第二批资金指标85.84万元尚未支付，结余85.84万元。"),
            ("p", "2023年1月3日下达的市级资金指标1132.8万元已全部随月发放，结余为0；"),
            ("p", "2023年年初预算县级资金1887.85万元，随月发放1692.02万元，结余195.83万元。"),
            ("p", "（三）项目绩效目标"),
            ("p", "自全面落实老年人生活保健补贴以来，群众普遍接受和支持"),
        ],
        "gold": {
            "indicators": [],
            "goals": [],
            "facts": [
                sumfact("老年人生活保健补贴资金", 4186.49, [1165.84, 1132.8, 1887.85]),
                sumfact("省级配套", 1165.84, [1080, 85.84]),
                sumfact("70周岁以上老人", 53908, [40098, 12673, 1118, 19], unit="人"),
                sumfact("全年发放", 3957.55, [3904.82, 52.73]),
                sumfact("当年资金发放", 3904.82, [1080, 1132.8, 1692.02]),
            ],
            "findings": [],
            "notes": ("岐山县 2023年高龄补贴 事后绩效评价报告 (county site, 2024-11-11), prose in our wording with the same numbers. "
                      "All stated totals add up (4186.49 = 1165.84 + 1132.8 + 1887.85; 1165.84 = 1080 + 85.84; 53908 people = 40098 + "
                      "12673 + 1118 + 19; 3957.55 = 3904.82 + 52.73; the current-year 3904.82 = 1080 + 1132.8 + 1692.02; 1887.85 − 1692.02 = "
                      "195.83). The page stops in the first sentence of (三)项目绩效目标, before any goal or indicator text: no goals, no "
                      "indicators, and no coverage finding (an evaluation report whose scoring part is not reached)."),
        },
    },
]

# ---------------------------------------------------------------- writers

def _norm_zip(data):
    """Rewrite a zip package with fixed entry times and a fixed order: deterministic bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        for name in first + [n for n in names if n not in first]:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            body = src.read(name)
            if name == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2025-01-01T00:00:00Z\g<3>", body)
            dst.writestr(zi, body)
    return out.getvalue()


def write_xlsx(spec, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = spec["title"]
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncols = len(spec["cols"])
    for i, w in enumerate(spec["cols"], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for r, row in enumerate(spec["rows"], 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.font = Font(name="宋体", size=10)
        for c, val in enumerate(row, 1):
            if val is None:
                continue
            cell = ws.cell(row=r, column=c)
            if isinstance(val, tuple) and val[0] == "num":
                cell.value = val[1]
                cell.number_format = "0.00"
            else:
                cell.value = val
    for rng in spec["merges"]:
        ws.merge_cells(rng)
    for r, h in spec.get("tall", {}).items():
        ws.row_dimensions[r].height = h
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind23"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "blind23"
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as fh:
        fh.write(_norm_zip(buf.getvalue()))


def write_docx(blocks, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    for kind, content in blocks:
        if kind == "p":
            doc.add_paragraph(content)
        elif kind == "h":
            doc.add_heading(content, level=1)
        elif kind == "t":
            rows = content["rows"]
            ncols = content.get("ncols") or max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=ncols)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    if val:
                        table.cell(r, c).text = val
            for r1, c1, r2, c2 in content["merges"]:
                table.cell(r1, c1).merge(table.cell(r2, c2))
            widths = content.get("widths")
            if widths:
                for row in table.rows:
                    for c, cell in enumerate(row.cells[:len(widths)]):
                        cell.width = Cm(widths[c])
    cp = doc.core_properties
    cp.author = "blind23"
    cp.last_modified_by = "blind23"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as fh:
        fh.write(_norm_zip(buf.getvalue()))


def export_pdf(path, outdir):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", outdir, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def gold_for(doc, source):
    g = doc["gold"]
    return {
        "source": source,
        "source_urls": doc["urls"],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": g["indicators"],
        "goals": g["goals"],
        "facts": g["facts"],
        "findings": g["findings"],
        "notes": g["notes"],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args()
    ann = os.path.join(HERE, "annotations")
    os.makedirs(ann, exist_ok=True)
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        if "xlsx" in doc:
            write_xlsx(doc["xlsx"], path)
        else:
            write_docx(doc["docx"], path)
        pdf = os.path.splitext(doc["file"])[0] + ".pdf"
        for source in (doc["file"], pdf):
            g = gold_for(doc, source)
            if source.endswith(".pdf") and doc["gold"].get("pdf_notes"):
                g["notes"] = doc["gold"]["notes"] + " " + doc["gold"]["pdf_notes"]
            with open(os.path.join(ann, source + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        if not args.no_pdf:
            if not shutil.which("soffice"):
                sys.exit("soffice not found (use --no-pdf)")
            export_pdf(path, HERE)
        print("wrote", doc["file"])


if __name__ == "__main__":
    main()
