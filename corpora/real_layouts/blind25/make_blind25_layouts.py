#!/usr/bin/env python3
"""Build the blind25 part of the real-layout corpus: XLSX/DOCX reproductions of stored public pages,
their LibreOffice PDF exports, and hand-written gold (annotations/<file>.json).

Everything comes from the DOCS table below: each entry holds the layout (rows / merges / paragraphs) and
the gold. Facts (names, values, units, amounts, scores, defects) are as the page has them; longer sentences
are our own words with the same numbers. XLSX/DOCX bytes are deterministic (fixed core-property times,
fixed zip entry times). `--no-pdf` skips the LibreOffice export.

usage: python make_blind25_layouts.py [--no-pdf]
"""
import datetime as dt
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def F(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------------------------------------
# 1. 重庆 潼南区五桂镇 2023年一般性项目绩效目标表 (three stacked forms, the third cut in its header)
# ---------------------------------------------------------------------------------------------
WUGUI_URL = "http://www.cqtn.gov.cn/jz/wgz/zwgk_25192/fdzdgknr_25194/czyjs_25199/ys/202310/t20231019_12445338_wap.html"


def wugui_block(fund_name, budget, overview, basis, goal, rows, cut=False):
    """One 表十二 block: rows of 5 cells; merges as (r0, c0, r1, c1) relative to the block."""
    out = [["表十二", "", "", "", ""],
           ["2023年一般性项目绩效目标表(一级项目)", "", "", "", ""],
           ["编制单位:", "813-潼南区五桂镇", "", "", "单位:万元"],
           ["专项资金名称", fund_name, "", "", ""],
           ["业务主管部门", "813-潼南区五桂镇", "", "", ""]]
    merges = [(1, 0, 1, 4), (2, 1, 2, 3), (3, 1, 3, 4), (4, 1, 4, 4)]
    if cut:
        out.append(["当年预", "", "", "", ""])
        return out, merges
    out += [["当年预算", budget, "", "", ""],
            ["项目概况", overview, "", "", ""],
            ["立项依据", basis, "", "", ""],
            ["当年绩效目标", goal, "", "", ""],
            ["绩效指标", "", "", "", ""],
            ["指标", "指标权重", "计量单位", "指标性质", "指标值"]]
    merges += [(5, 1, 5, 4), (6, 1, 6, 4), (7, 1, 7, 4), (8, 1, 8, 4), (9, 0, 9, 4)]
    out += rows
    return out, merges


def wugui_sheet():
    blocks = [
        wugui_block("潼南区五桂镇汇总项目库", 229.66, "潼南区五桂镇项目汇总", "潼南区五桂镇项目汇总",
                    "按时足额发放,保障权益",
                    [["发放人数", 20, "人数", "≥", 80],
                     ["是否按时足额发放", 10, "%", "≥", 95],
                     ["促进社会和谐", 20, "", "定性", ""],
                     ["保障收入", 20, "", "定性", ""],
                     ["保障权益", 20, "", "定性", ""]]),
        wugui_block("在职村村干部补助", 9.31, "补助村民委员会和村党支部，用于每月向在职村社干部发放工资",
                    "渝财(2022)00001", "按月及时足额发放在职村社干部的工资。",
                    [["按月发放", 20, "次", "=", 1],
                     ["本土人才满意度", 10, "%", "≥", 95],
                     ["发放金额", 20, "万元", "≥", 9.31],
                     ["领取补助人数", 20, "人", "≥", 100],
                     ["促进经济发展", 20, "", "定性", ""]]),
        wugui_block("日常办公设备购买和运行维护", None, None, None, None, None, cut=True),
    ]
    rows, merges = [], []
    for brows, bmerges in blocks:
        base = len(rows)
        rows += brows
        merges += [(a + base, b, c + base, d) for a, b, c, d in bmerges]
        rows.append(["", "", "", "", ""])
    return {"title": "表十二", "rows": rows[:-1], "merges": merges, "widths": [22, 14, 12, 12, 12]}


WUGUI_GOLD = {
    "province": "重庆",
    "doc_kind": "申报表",
    "patterns": [2, 5, 6, 8, 10],
    "indicators": [
        ind(None, None, "发放人数", ">=", 80, "人数", "80", weight=20),
        ind(None, None, "是否按时足额发放", ">=", 95, "%", "95", weight=10),
        ind(None, None, "促进社会和谐", None, None, None, None, weight=20),
        ind(None, None, "保障收入", None, None, None, None, weight=20),
        ind(None, None, "保障权益", None, None, None, None, weight=20),
        ind(None, None, "按月发放", "=", 1, "次", "1", weight=20),
        ind(None, None, "本土人才满意度", ">=", 95, "%", "95", weight=10),
        ind(None, None, "发放金额", ">=", 9.31, "万元", "9.31", weight=20),
        ind(None, None, "领取补助人数", ">=", 100, "人", "100", weight=20),
        ind(None, None, "促进经济发展", None, None, None, None, weight=20),
    ],
    "goals": [
        {"kind": "年度目标", "text": "按时足额发放,保障权益"},
        {"kind": "年度目标", "text": "按月及时足额发放在职村社干部的工资。"},
    ],
    "facts": [
        {"metric": "潼南区五桂镇汇总项目库 当年预算", "kind": "budget", "planned": 229.66, "actual": None,
         "stated_rate": None, "unit": "万元"},
        {"metric": "在职村村干部补助 当年预算", "kind": "budget", "planned": 9.31, "actual": None,
         "stated_rate": None, "unit": "万元"},
    ],
    "findings": [
        F("goal.unquantified", "按时足额发放,保障权益", "annual goal of the 汇总项目库 form: no number, date or rate"),
        F("goal.unquantified", "按月及时足额发放在职村社干部的工资。", "goal of the 村干部补助 form: pays wages, no number of cadres or amount"),
        F("target.missing_value", "促进社会和谐", "指标性质 定性, 指标值 empty: no target at all"),
        F("target.vague_wording", "促进社会和谐", "促进 with no measure or baseline"),
        F("target.missing_value", "保障收入", "定性 row with an empty 指标值"),
        F("target.missing_value", "保障权益", "定性 row with an empty 指标值"),
        F("target.impossible_value", "发放金额", "target ≥9.31万元 is exactly the form's whole 当年预算 9.31: money spent, not a result"),
        F("target.missing_value", "促进经济发展", "定性 row with an empty 指标值"),
        F("target.vague_wording", "促进经济发展", "促进 with no measure or baseline"),
        F("coverage.missing_dimension", "满意度指标", "first form (汇总项目库, 229.66万元) has no satisfaction indicator"),
        F("coverage.missing_dimension", "产出指标", "third form (日常办公设备购买和运行维护) is cut in its header: no indicator rows"),
        F("coverage.missing_dimension", "效益指标", "third form: no indicator rows in the file"),
        F("coverage.missing_dimension", "满意度指标", "third form: no indicator rows in the file"),
    ],
    "notes": ("重庆市潼南区五桂镇人民政府 2023年一般性项目绩效目标表 (表十二), three forms stacked on one page; the stored "
              "page stops in the third form's header at '当年预' (日常办公设备购买和运行维护). The indicator table has no "
              "一级/二级 columns: 指标 │ 指标权重 │ 计量单位 │ 指标性质 │ 指标值, where 指标性质 holds the operator (≥, =) or "
              "the word 定性 (nature, read as no operator). The weights of each form add to 90, not 100 (no total is "
              "written, so no finding). '人数' as a unit of 发放人数 is kept as written (odd but readable, no finding). "
              "Judgement calls: 发放金额 ≥9.31万元 equal to the budget is flagged as target.impossible_value (a target that "
              "equals the budget); the 满意度 gap is judged per form (form 1 lacks it, form 2 has 本土人才满意度); the cut "
              "third form is judged as the file stands. 项目概况 of form 2 is our wording.")
}

# ---------------------------------------------------------------------------------------------
# 2. 湖北 荆门市文化和旅游局 全市文物保护专项经费 (2022), indicators as labelled sentences in cells
# ---------------------------------------------------------------------------------------------
JINGMEN_URL = "http://jingmen.gov.cn/art/2023/6/20/art_19635_996154.html"
JINGMEN_TABLE = {
    "cols": 6,
    "rows": [
        ["项目名称", "全市文物保护专项经费", "", "预算金额", "36万元", ""],
        ["预算单位", "市文化和旅游局", "联系电话", "2331992", "主管部门", "市文化和旅游局"],
        ["实施单位", "市文化和旅游局", "项目负责人", "薛海燕", "起止时间", "2022年1月—12月"],
        ["资金来源(万元)", "财政拨款", "非税安排", "上年结转", "政府债券", "其他"],
        ["", "36", "0", "0", "0", ""],
        ["项目概述(情况介绍)", "依据《中华人民共和国文物保护法》第十条、《国务院办公厅关于进一步加强文物安全工作的实施意见》、"
         "《中华人民共和国文物保护法实施条例》第三条以及《湖北省实施<中华人民共和国文物保护法>办法》：县级以上政府须把文物保护"
         "经费纳入本级财政预算，并随财政收入增长而增加.", "", "", "", ""],
        ["年度绩效总目标", "产出指标", "开展文物安全巡查频次8次;编制文物宣传资料数量3个;文物保护知识培训次数2次;申报省级以上重点"
         "文物保护项目数3个;文物保护项目验收合格率≥86%; 文物展品安全保障率≥96%。", "", "", ""],
        ["", "效益指标", "文物保护宣传覆盖人次≥20万人次;文物保护名录和数据库基本健全;文物保护修缮个数≥5个。", "", "", ""],
        ["资金拨付对象", "市文化和旅游局", "", "", "", ""],
        ["项目实施进度(或计划)", "保护好田野文物和馆藏文物，开展文物安全宣传、安全巡查、执法和培训；编制文物保护规划并做课题研究；"
         "配合公检法打击文物犯罪，文物案件一律立案调查。", "", "", "", ""],
    ],
    "merges": [(0, 1, 0, 2), (0, 4, 0, 5), (3, 0, 4, 0), (5, 1, 5, 5), (6, 0, 7, 0), (6, 2, 6, 5), (7, 2, 7, 5),
               (8, 1, 8, 5), (9, 1, 9, 5)],
}
JINGMEN_GOLD = {
    "province": "湖北",
    "doc_kind": "申报表",
    "patterns": [5, 6, 9, 10],
    "indicators": [
        ind("产出指标", None, "开展文物安全巡查频次", None, 8, "次", "8次"),
        ind("产出指标", None, "编制文物宣传资料数量", None, 3, "个", "3个"),
        ind("产出指标", None, "文物保护知识培训次数", None, 2, "次", "2次"),
        ind("产出指标", None, "申报省级以上重点文物保护项目数", None, 3, "个", "3个"),
        ind("产出指标", None, "文物保护项目验收合格率", ">=", 86, "%", "≥86%"),
        ind("产出指标", None, "文物展品安全保障率", ">=", 96, "%", "≥96%"),
        ind("效益指标", None, "文物保护宣传覆盖人次", ">=", 20, "万人次", "≥20万人次"),
        ind("效益指标", None, "文物保护名录和数据库", None, None, None, "基本健全"),
        ind("效益指标", None, "文物保护修缮个数", ">=", 5, "个", "≥5个"),
    ],
    "goals": [],
    "facts": [
        {"metric": "全市文物保护专项经费 预算金额", "kind": "budget", "planned": 36, "actual": None, "stated_rate": None,
         "unit": "万元"},
        {"metric": "资金来源", "kind": "sum", "total": 36, "parts": [36, 0, 0, 0], "unit": "万元"},
    ],
    "findings": [
        F("target.qualitative_no_scale", "文物保护名录和数据库", "value '基本健全' with no grading or count"),
        F("coverage.missing_dimension", "满意度指标", "年度绩效总目标 lists 产出 and 效益 only; no satisfaction indicator"),
    ],
    "notes": ("荆门市文化和旅游局 project form for 全市文物保护专项经费 (2022, published 2023-06-20), whole form as stored. "
              "The 年度绩效总目标 cell holds the indicators as two labelled sentences (产出指标 / 效益指标), each a ';'-separated "
              "list of name + value; no 二级 level is written (level2 null). Rows without an operator (巡查频次8次 …) get "
              "operator null. '文物保护名录和数据库基本健全' is split as name + value '基本健全' (judgement). No separate goal "
              "text exists (the 年度绩效总目标 cell is read as indicators, goals empty). 资金来源 row: 财政拨款 36, 非税安排 0, "
              "上年结转 0, 政府债券 0, 其他 empty (as on the page). 项目概述 and 项目实施进度 are our wording. 修缮个数 under 效益 is "
              "arguably an output (misfiling is not in this part's rule list, no finding).")
}
# ---------------------------------------------------------------------------------------------
# 3. 重庆 彭水自治县 2024 计划生育服务 转移支付 绩效自评表 (checklist layout, cut in 资金下达)
# ---------------------------------------------------------------------------------------------
PENGSHUI_URL = ("http://psx.gov.cn/zfbm_174/fzhggwyh_82690/zwgk_72016/zfxxgkml/jczwgk/wsjklyjczwgk/jhsyfw/202503/"
                "t20250319_14420965.html")


def pengshui_sheet():
    H = ["", "", "", "", "", "", "", ""]
    rows = [
        ["彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评表"] + [""] * 7,
        ["指标名称", "", "", "指标解释", "记录", "", "未完成原因及改进措施", "需提供的支撑材料"],
        ["一级指标", "二级指标", "三级指标", "", "自评内容", "完成情况", "", ""],
        ["名称", "名称", "名称", "", "", "", "", ""],
        ["项目预算管理", "资金投入", "预算编制科学性", "预算编制合乎国家政策，依据充分、标准明确，并与年度工作和项目内容相匹配",
         "项目资金测算标准(文字描述)", "已按要求完成预算", "",
         "1.2024年度项目资金预算测算相关材料。\n2.反映计划生育项目资金实际支出的数据(截图或表)及其他佐证材料，不可\"以拨代支\"。"],
        ["", "", "", "", "项目资金测算依据(文字描述)", "按相关要求完成", "", ""],
        ["", "", "预算资金安排", "2024年度计划生育转移支付资金预算安排情况。", "计划生育转移支付资金合计(万元)\n年度预算资金总额):",
         1084.25, "", ""],
        ["", "", "", "", "其中:中央补助", 668.00, "", ""],
        ["", "", "", "", "市级资金", 343.00, "", ""],
        ["", "", "", "", "本级资金(包括结转结余)", 73.25, "", ""],
        ["", "", "", "", "其中:", "", "", ""],
        ["", "", "", "", "农村部分计划生育家庭奖励扶助制度补助资金(万元)\n年度预算资金总额:", 763.00, "", ""],
        ["", "", "", "", "其中:中央补助", 502.00, "", ""],
        ["", "", "", "", "市级资金", 208.00, "", ""],
        ["", "", "", "", "本级资金(包括结转结余)", 53.00, "", ""],
        ["", "", "", "", "其中:", "", "", ""],
        ["", "", "", "", "计划生育家庭特别扶助制度补助资金(万元)\n年度预算资金总额:", 321.25, "", ""],
        ["", "", "", "", "其中:中央补助", 166.00, "", ""],
        ["", "", "", "", "市级资金", 136.00, "", ""],
        ["", "", "", "", "本级资金(包括结转结余)", 20.25, "", ""],
        ["", "", "", "", "其中:", "", "", ""],
        ["", "", "", "", "2023年绩效调整资金(万元)\n年度预算资金总额:", "", "", ""],
        ["", "", "", "", "其中:中央补助", "", "", ""],
        ["", "", "", "", "市级资金", "", "", ""],
        ["", "", "", "", "本级资金(包括结转结余)", "", "", ""],
        ["", "资金下达", "资金发放及时性", "省级(计划单列市)财政部门收到中央转移支付预算后，须在30日内正式下达到本行政区域县级以上各级财政部门。",
         "中央、市提前批资金(-年-月-日)，中央、市、区县正式批资金(-年-月-日)", "以资金文", "", ""],
    ]
    merges = [(0, 0, 0, 7), (1, 0, 1, 2), (1, 3, 3, 3), (1, 4, 1, 5), (1, 6, 3, 6), (1, 7, 3, 7),
              (4, 0, 25, 0), (4, 1, 24, 1), (4, 2, 5, 2), (4, 3, 5, 3), (4, 7, 5, 7), (6, 2, 24, 2), (6, 3, 24, 3)]
    return {"title": "自评表", "rows": rows, "merges": merges, "widths": [12, 10, 14, 34, 34, 14, 14, 34]}


PENGSHUI_GOLD = {
    "province": "重庆",
    "doc_kind": "自评表",
    "patterns": [1, 5, 8, 9],
    "indicators": [
        ind(None, None, "预算编制科学性", None, None, None, None),
        ind(None, None, "预算资金安排", None, None, None, None),
        ind(None, None, "资金发放及时性", None, None, None, None),
    ],
    "goals": [],
    "facts": [
        {"metric": "计划生育转移支付资金合计", "kind": "sum", "total": 1084.25, "parts": [668.00, 343.00, 73.25], "unit": "万元"},
        {"metric": "农村部分计划生育家庭奖励扶助制度补助资金", "kind": "sum", "total": 763.00, "parts": [502.00, 208.00, 53.00],
         "unit": "万元"},
        {"metric": "计划生育家庭特别扶助制度补助资金", "kind": "sum", "total": 321.25, "parts": [166.00, 136.00, 20.25],
         "unit": "万元"},
        {"metric": "计划生育转移支付资金合计(按制度)", "kind": "sum", "total": 1084.25, "parts": [763.00, 321.25], "unit": "万元"},
        {"metric": "中央补助", "kind": "sum", "total": 668.00, "parts": [502.00, 166.00], "unit": "万元"},
        {"metric": "市级资金", "kind": "sum", "total": 343.00, "parts": [208.00, 136.00], "unit": "万元"},
        {"metric": "本级资金(包括结转结余)", "kind": "sum", "total": 73.25, "parts": [53.00, 20.25], "unit": "万元"},
    ],
    "findings": [
        F("consistency.sum", "计划生育家庭特别扶助制度补助资金", "166 + 136 + 20.25 = 322.25, stated 321.25"),
        F("consistency.sum", "市级资金", "the two schemes' 市级资金 208 + 136 = 344, the total block states 343"),
        F("coverage.missing_dimension", "产出指标", "self-evaluation form cut in its 资金下达 rows: no output indicator in the file"),
        F("coverage.missing_dimension", "效益指标", "no benefit indicator in the file"),
        F("coverage.missing_dimension", "满意度指标", "no satisfaction indicator in the file"),
    ],
    "notes": ("彭水自治县 2024 计划生育服务 transfer-payment self-evaluation, the central checklist layout: 指标名称 "
              "(一级/二级/三级, each headed '名称') │ 指标解释 │ 记录 (自评内容 │ 完成情况) │ 未完成原因及改进措施 │ 需提供的支撑材料. "
              "Amounts sit as label │ number pairs inside the 记录 columns. The stored page stops in the 资金下达 row at "
              "'以资金文'. The three rows (预算编制科学性, 预算资金安排, 资金发放及时性) are management criteria with no target "
              "value; their 一级 '项目预算管理' is outside the canonical tree (level1 null). The label '年度预算资金总额):' with "
              "a stray ')' is kept. The 2023年绩效调整资金 block is empty. Sums: 668 + 343 + 73.25 = 1084.25 and "
              "763 + 321.25 = 1084.25 hold, 502 + 208 + 53 = 763 holds, but 166 + 136 + 20.25 = 322.25 ≠ 321.25, and "
              "208 + 136 = 344 ≠ 343 (so one 市级 figure, likely 136 → 135, is off by 1). 指标解释 and 支撑材料 text are our "
              "wording. Coverage: judged as the cut file stands (the full form would go on to 产出/效益/满意度 rows).")
}

# ---------------------------------------------------------------------------------------------
# 4. 湖南 岳阳县农村公路养护中心 2020 自评报告 (form; cut in 支出明细; OCR-damaged amounts)
# ---------------------------------------------------------------------------------------------
ROAD_URL = "http://jhkq666.cn/37584/38146/38295/content_1850903.html"
ROAD_COVER = ["评价类型:项目实施过程评价□项目完成结果评价□", "项目名称:岳阳县农村公路养护", "项目单位:岳阳县农村公路养护中心",
              "主管部门:岳阳县交通运输局", "评价方式:部门(单位)绩效自评", "评价机构:部门(单位)评价组",
              "报告日期:2021年07月12日", "岳阳县财政局(制)"]
ROAD_T1 = {
    "cols": 8,
    "rows": [
        ["一、项目基本概况", "", "", "", "", "", "", ""],
        ["项目负责人", "刘军勇", "", "", "联系电话", "13874011973", "", ""],
        ["项目地址", "岳阳县各乡镇", "", "", "邮编", "414100", "", ""],
        ["项目起止时间", "2020年元月起至2020年12月止", "", "", "", "", "", ""],
        ["计划安排资金 (万元)", "700", "实际到位资金 (万元)", "7,00.0,77", "实际支出 (万元)", "7,00.0,77", "结余 (万元)", "0"],
        ["其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", "", "其中:中央财政", ""],
        ["省财政", "", "省财政", "", "省财政", "", "省财政", ""],
        ["市财政", "", "市财政", "", "市财政", "", "市财政", ""],
        ["县财政", "700", "县财政", "7,00.0,77", "县财政", "7,00.0,77", "县财政", ""],
        ["其它", "", "其它", "", "其它", "", "其它", ""],
        ["二、项目支出明细情况", "", "", "", "", "", "", ""],
        ["支出内容", "", "实际支出数", "", "会计凭证号", "", "备注", ""],
        ["30226 劳务费", "", "50,000.00", "", "2020年01月记账 9", "", "付旷宴良荣黄线养护劳务费", ""],
        ["30226 劳务费", "", "50,000.00", "", "2020年01月记账 9", "", "付周价保荣宝线养护劳务费", ""],
        ["30906 大型修缮", "", "83,490.00", "", "2020年01月记账 9", "", "付岳阳信立工程劳务公司X121荣株线路面换板款", ""],
        ["30906 大型修缮", "", "340,758.00", "", "2020年01月记账 9", "", "付岳阳信立工程劳务公司X145兰田至五关线水毁工程款", ""],
        ["30906 大型修缮", "", "452,552.75", "", "2020年01月记账 9", "", "付岳阳市东林沥青混凝土公司X134兰田-五关线路面养护工程款", ""],
        ["30906 大型修缮", "", "82,733.05", "", "2020年01月记账 9", "", "付岳阳信立工程劳务公司荣宝路X118线", ""],
    ],
    "merges": [(0, 0, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 1, 2, 3), (2, 5, 2, 7), (3, 1, 3, 7), (10, 0, 10, 7)]
              + [(r, c, r, c + 1) for r in range(11, 18) for c in (0, 2, 4, 6)],
}
ROAD_GOLD = {
    "province": "湖南",
    "doc_kind": "自评报告",
    "patterns": [5, 8, 9],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "计划安排资金", "kind": "budget", "planned": 700, "actual": None, "stated_rate": None, "unit": "万元"},
        {"metric": "计划安排资金", "kind": "sum", "total": 700, "parts": [700], "unit": "万元"},
    ],
    "findings": [
        F("coverage.missing_dimension", "产出指标", "the self-evaluation form is cut in 二、项目支出明细情况: its indicator part is not in the file"),
        F("coverage.missing_dimension", "效益指标", "no benefit indicator in the file"),
        F("coverage.missing_dimension", "满意度指标", "no satisfaction indicator in the file"),
    ],
    "notes": ("岳阳县农村公路养护中心 2020 项目绩效评价自评报告 (岳阳县财政局 template: cover lines, then one big form), copy on "
              "an aggregator domain (jhkq666.cn) of a 岳阳县 page; traditional characters written back as simplified. Kept "
              "defects: both 评价类型 boxes unticked; 实际到位资金 and 实际支出 written '7,00.0,77' (damaged, unreadable as a "
              "number: actual left null, no rate is stated so no consistency finding); 实际支出数 in 元 under a 万元 "
              "header block. The stored page stops in the sixth 支出明细 row ('…荣宝路X118线'), so no 支出合计 and no "
              "indicator section; coverage is judged as the cut file stands. The names in 备注 are as on the page.")
}

# ---------------------------------------------------------------------------------------------
# 5. 湖北 鄂州市图书馆 2020 市直部门预算项目支出绩效目标表 (cut in 成本构成)
# ---------------------------------------------------------------------------------------------
EZLIB_URL = "http://www.ezhoulib.cn/index.php?c=article&id=2947"
EZLIB_T = {
    "cols": 6,
    "rows": [
        ["项目名称", "图书馆资源购置和信息共享等专项经费", "项目类别", "运行维护类", "项目性质", "常年性项目"],
        ["立项依据", "1、《公共图书馆服务规范》《公共图书馆法》《公共文化服务保障法》《湖北省公共图书馆条例》和《鄂州市图书馆馆藏发展规划》。"
         "2、文化部、财政部公共电子阅览室建设计划实施方案及文化部办公厅全国文化信息共享工程工作方案：加强公共数字文化建设，"
         "提升公共服务能力，建设覆盖城乡、内容安全、服务规范的公益性互联网服务体系。3、湖北省财政厅、湖北省文化厅鄂财教发【2011】68号"
         "《湖北省“流动图书车”实施管理办法》：用流动图书车缓解基层群众看书难、运书难，开展公益文化活动。4、湖北省文化厅、湖北省财政厅"
         "鄂文化文【2012】82号关于实施湖北数字图书馆推广工程的通知，以及本馆馆藏发展规划建设标准和图书馆服务规范。", "", "", "", ""],
        ["项目预算", "成本构成", "金额", "测算(公式)依据", "2018年实际执行数", "2019年实际执行数"],
        ["", "流动图书车运行维护费", "5.00", "1.维修费5次*5000=25000元\n2.汽油20次*500=10000元\n3.保险1次*12000=12000元\n"
         "4.洗车费100次*30=3000元", "", ""],
        ["", "图书购置", "60.00", "1.报刊1000种*15=15000元\n2.图书20000册*25=500000元\n3.电子图书5000", "", ""],
    ],
    "merges": [(1, 1, 1, 5), (2, 0, 4, 0)],
    "widths_cm": [1.8, 2.6, 1.4, 5.6, 2.2, 2.2],
}
EZLIB_GOLD = {
    "province": "湖北",
    "doc_kind": "申报表",
    "patterns": [5, 8, 9],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "流动图书车运行维护费", "kind": "sum", "total": 50000, "parts": [25000, 10000, 12000, 3000], "unit": "元"},
        {"metric": "流动图书车运行维护费", "kind": "budget", "planned": 5.00, "actual": None, "stated_rate": None, "unit": "万元"},
        {"metric": "图书购置", "kind": "budget", "planned": 60.00, "actual": None, "stated_rate": None, "unit": "万元"},
    ],
    "findings": [
        F("coverage.missing_dimension", "产出指标", "target form cut in its 项目预算 block: no indicator rows in the file"),
        F("coverage.missing_dimension", "效益指标", "no benefit indicator in the file"),
        F("coverage.missing_dimension", "满意度指标", "no satisfaction indicator in the file"),
    ],
    "notes": ("鄂州市图书馆, 鄂州市2020年市直部门预算项目支出绩效目标表 (published 2021-11-12); 申报单位 and 金额单位:万元 "
              "stand above the table. The stored page stops inside the 图书购置 测算依据 at '3.电子图书5000'. Cost lines are "
              "written as count*price=元 inside one cell; 5次*5000 + 20次*500 + 1次*12000 + 100次*30 = 50000元 = 5.00万元 "
              "(holds). 图书购置 60.00万元 cannot be checked (third line cut; 15000 + 500000 so far). The 2018/2019 实际执行数 "
              "cells are empty as far as the page goes. 立项依据 is our wording with the document numbers kept. No goal "
              "or indicator part survives; coverage judged as the cut file stands.")
}

# ---------------------------------------------------------------------------------------------
# 6. 西藏 林芝市 村村通维护经费 2024 项目支出绩效自评报告 (prose; indicators listed under 产出)
# ---------------------------------------------------------------------------------------------
LINZHI_URL = "http://linzhi.gov.cn/zfxxgkpt/jxbg2024/202511/d9c5198f5d7944a58b58a0d4a6a71b2e.shtml"
LINZHI_PARAS = [
    ("title", "项目支出绩效自评报告"),
    ("p", "项目名称:村村通维护经费"),
    ("p", "项目主管部门(单位):(公章)"),
    ("p", "填报人姓名:刘晓娜"),
    ("p", "联系电话:17708948912"),
    ("p", "填报日期:2025年4月28日"),
    ("p", "林芝市财政局制"),
    ("p", "2025年"),
    ("h", "一、项目基本情况"),
    ("p", "村村通维护经费由自治区广电局每年下达给林芝市广电局，各年金额不一。资金一是用于为全市7个县(区、市)已发放的广播电视"
          "接收设备购买维修维护服务，服务单位经公开招标选定，按季度付款(2024年3月签订《2024年度广播电视接收设备维修维护服务》合同，"
          "分4个季度支付)；二是用于采购新一代广播电视“户户通”设备，为巴宜区、工布江达县、波密县免费升级覆盖(墨脱县、察隅县、米林市、"
          "朗县此前已完成)，设备验收合格后一次付清，当年已全部支出。"),
    ("h", "二、绩效自评工作组织情况。"),
    ("p", "自评由广电科负责：收集项目实施、产出和效益资料，分析财务数据，按《项目绩效自评指标评分表》逐项打分，形成自评报告。"),
    ("h", "三、绩效指标分析情况(对照附件2《项目绩效自评指标评分表》分析)"),
    ("h", "(一)自评分数。"),
    ("p", "按《项目绩效自评指标评分表》逐项打分，自评分数100。"),
    ("h", "(二)评价指标分析。"),
    ("p", "1. 过程。项目资金预算140.11万元，到位140.11万元，实际支出140.11万元，执行率100%；资金使用符合财政各项规定，无违规情况。"),
    ("p", "2. 产出。具体目标主要为购买设备使用年限不低于5年，设备故障率低于5%，采购设备及设备安装验收合格率至少达到98%，资金在两年内"
          "完成支付且不超预算金额，以上目标根据各县(区、市)宣传部验收情况，除购买设备使用年限不低于5年因现目前距离设备采购仅过去不到1年时间无"),
]
LINZHI_GOLD = {
    "province": "西藏",
    "doc_kind": "自评报告",
    "patterns": [6, 10],
    "indicators": [
        ind("产出指标", None, "购买设备使用年限", ">=", 5, "年", "不低于5年"),
        ind("产出指标", None, "设备故障率", "<", 5, "%", "低于5%"),
        ind("产出指标", None, "采购设备及设备安装验收合格率", ">=", 98, "%", "至少达到98%"),
        ind("产出指标", None, "资金完成支付时限", "<=", 2, "年", "在两年内完成支付且不超预算金额"),
    ],
    "goals": [],
    "facts": [
        {"metric": "村村通维护经费", "kind": "budget", "planned": 140.11, "actual": 140.11, "stated_rate": 100, "unit": "万元"},
    ],
    "findings": [
        F("coverage.missing_dimension", "效益指标", "the report lists its indicators under 过程/产出; the page stops in 产出, no 效益 indicator in the file"),
        F("coverage.missing_dimension", "满意度指标", "no satisfaction indicator in the file"),
    ],
    "notes": ("林芝市广电局 (western Tibet city) 2024 村村通维护经费 self-evaluation report (林芝市财政局 template, dated 2025-04-28). "
              "Indicators appear only as a sentence under '2. 产出' (labelled prose): 使用年限不低于5年, 故障率低于5%, "
              "验收合格率至少达到98%, 两年内完成支付且不超预算金额 (value in words: 两 = 2; the budget clause is kept in "
              "target_text). The stored page stops in that sentence ('…不到1年时间无'), before any actual value is "
              "reported, so actual is null. 140.11/140.11 = 100% (holds). 自评分数100 has no parts on the page (no "
              "score_total fact). No goal sentence is stated (the 基本情况 paragraph describes uses of the money). "
              "Coverage: judged as the cut file stands. Narrative paragraphs are our wording.")
}

# ---------------------------------------------------------------------------------------------
# 7. 湖南 怀化 中方县司法局 2020 人民调解“以奖代补”专项经费 自评报告 (prose)
# ---------------------------------------------------------------------------------------------
ZF_URL = "https://easydental.cn/zhongfang/c104996/202108/237cea31868d4cde8f8b0d637fefe65b.shtml"
ZF_PARAS = [
    ("title", "中方县司法局2020年度人民调解“以奖代补”专项经费项目支出绩效自评报告"),
    ("h", "一、基本情况"),
    ("p", "(一)项目概况。该经费是省级下拨的专项资金，供司法局履行特定职责、办理人民调解案件和开展业务工作使用。"
          "2020年度预算收入6万元，全年执行10.12万元。"),
    ("p", "(二)项目绩效目标。加强社会主义法治文化建设，本年度全县乡镇村矛盾化解工作。"),
    ("h", "二、绩效评价工作开展情况"),
    ("p", "(一)绩效评价目的、对象和范围。为保障司法行政工作正常运转，对本局2020年度人民调解“以奖代补”专项经费的预算执行作绩效评价。"),
    ("p", "(二)绩效评价原则、评价指标体系(附表说明)、评价方法、评价标准等。依照湖南省财政厅、湖南省司法厅湘财政法〔2019〕2号"
          "《湖南省人民调解案件“以奖代补”管理办法》对经费使用的规定进行监管，专款专用，保障业务开支，并按绩效评价报告编报要求监督资金使用。"),
    ("p", "(三)绩效评价工作过程。由负责项目的股室先自评并写出报告，计财股初审后按规定组织评价、编写绩效评价报告。"),
    ("h", "三、综合评价情况及评价结论(附相关评分表)"),
    ("p", "绩效评价等级:优"),
    ("h", "四、绩效评价指标分析"),
    ("p", "(一)项目决策情况。支出按财务流程办理，视金额由单位自行组织或报采购招投标；5000元以上的支出须经党组会议集体研究通过。"),
    ("p", "(二)项目过"),
]
ZF_GOLD = {
    "province": "湖南",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "目标", "text": "加强社会主义法治文化建设，本年度全县乡镇村矛盾化解工作。"}],
    "facts": [
        {"metric": "人民调解“以奖代补”专项经费", "kind": "budget", "planned": 6, "actual": 10.12, "stated_rate": None,
         "unit": "万元"},
        {"metric": "绩效评价等级", "kind": "grade", "score": None, "grade": "优"},
    ],
    "findings": [
        F("goal.unquantified", "加强社会主义法治文化建设，本年度全县乡镇村矛", "goal has no number, date or rate (and its second clause has no verb)"),
    ],
    "notes": ("中方县司法局 (怀化) 2020 自评报告 on the 人民调解“以奖代补” special fund, copy on an aggregator domain of a "
              "中方县 page; traditional characters written back as simplified. Prose only: the 评分表 is only named "
              "('附相关评分表'), so no indicator rows and no coverage finding. Executed 10.12万元 against a 6万元 budget "
              "(168.7%), but no rate is stated, so no consistency.rate. Grade 优 is given with no score (nothing to check). "
              "The goal sentence is kept as written (short, defective: '本年度全县乡镇村矛盾化解工作' lacks a verb). The "
              "stored page stops at '(二)项目过'. Other paragraphs are our wording.")
}

# ---------------------------------------------------------------------------------------------
DOCS = [
    {"base": "cq-tongnan-wugui-targets", "fmt": "xlsx", "url": WUGUI_URL, "sheets": [wugui_sheet()], "gold": WUGUI_GOLD},
    {"base": "hb-jingmen-relics-targets", "fmt": "docx", "url": JINGMEN_URL,
     "body": [("title", "全市文物保护专项经费项目支出绩效目标表"), ("table", JINGMEN_TABLE)], "gold": JINGMEN_GOLD},
    {"base": "cq-pengshui-familyplanning-selfeval", "fmt": "xlsx", "url": PENGSHUI_URL, "sheets": [pengshui_sheet()],
     "gold": PENGSHUI_GOLD},
    {"base": "hn-yueyangxian-roadcare-selfreport", "fmt": "docx", "url": ROAD_URL,
     "body": [("p", x) for x in ROAD_COVER] + [("table", ROAD_T1)], "gold": ROAD_GOLD},
    {"base": "hb-ezhou-library-targets", "fmt": "docx", "url": EZLIB_URL,
     "body": [("title", "鄂州市2020年市直部门预算项目支出绩效目标表"), ("p", "申报单位: 鄂州市图书馆"),
              ("right", "金额单位:万元"), ("table", EZLIB_T)], "gold": EZLIB_GOLD},
    {"base": "xz-linzhi-cable-tv-selfreport", "fmt": "docx", "url": LINZHI_URL, "body": LINZHI_PARAS, "gold": LINZHI_GOLD},
    {"base": "hn-zhongfang-justice-selfreport", "fmt": "docx", "url": ZF_URL, "body": ZF_PARAS, "gold": ZF_GOLD},
]


# ---------------------------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite a zip with fixed entry times and order so the bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # openpyxl stamps dcterms:modified with the clock on save: pin it
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-01-01T00:00:00Z\g<2>", d)
              if n == "docProps/core.xml" else d) for n, d in items]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            out.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_xlsx(doc, path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in doc["sheets"]:
        ws = wb.create_sheet(sh["title"])
        for r, row in enumerate(sh["rows"], start=1):
            for c, v in enumerate(row, start=1):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="center")
        for r, row in enumerate(sh["rows"], start=1):
            if any(v not in (None, "") for v in row):
                for c in range(1, len(row) + 1):
                    ws.cell(row=r, column=c).border = BOX
        for r0, c0, r1, c1 in sh["merges"]:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        for i, w in enumerate(sh["widths"], start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind25"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "blind25"
    wb.save(path)
    normalize_zip(path)


def add_table(d, spec):
    t = d.add_table(rows=len(spec["rows"]), cols=spec["cols"])
    t.style = "Table Grid"
    for r, row in enumerate(spec["rows"]):
        for c, v in enumerate(row):
            if v not in (None, ""):
                t.cell(r, c).text = str(v)
    for r0, c0, r1, c1 in spec["merges"]:
        keep = t.cell(r0, c0).text
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        m.text = keep
    if spec.get("widths_cm"):
        t.autofit = False
        for c, w in enumerate(spec["widths_cm"]):
            t.columns[c].width = Cm(w)
        for row in t.rows:
            for c, w in enumerate(spec["widths_cm"]):
                row.cells[c].width = Cm(w)
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)


def write_docx(doc, path):
    d = docx.Document()
    for kind, val in doc["body"]:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(val)
            run.bold = True
            run.font.size = Pt(14)
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "right":
            p = d.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            add_table(d, val)
        else:
            d.add_paragraph(val)
    cp = d.core_properties
    cp.author = "blind25"
    cp.last_modified_by = "blind25"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    d.save(path)
    normalize_zip(path)


def to_pdf(path):
    with tempfile.TemporaryDirectory() as tmp:
        prof = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
        shutil.move(os.path.join(tmp, name), os.path.join(HERE, name))


def gold_for(doc, fname):
    g = {"source": fname, "source_urls": [doc["url"]]}
    g.update(doc["gold"])
    return g


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        fname = doc["base"] + "." + doc["fmt"]
        path = os.path.join(HERE, fname)
        (write_xlsx if doc["fmt"] == "xlsx" else write_docx)(doc, path)
        names = [fname]
        if not no_pdf:
            to_pdf(path)
            names.append(doc["base"] + ".pdf")
        for n in names:
            with open(os.path.join(ANN, n + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold_for(doc, n), f, ensure_ascii=False, indent=1)
                f.write("\n")
        print("wrote", ", ".join(names))


if __name__ == "__main__":
    main()
