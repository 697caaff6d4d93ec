#!/usr/bin/env python3
"""Build blind part 42 of the real-layout corpus: documents and hand-written gold.

Every entry of DOCS reproduces one stored public page (address in `urls`): layout, merges, empty cells and
defects as the page has them, facts as written, longer sentences in our own words. The gold (`gold`) was written
by hand from the page and the official rules before anything else looked at the files.

    python make_blind42_layouts.py            # write XLSX/DOCX, PDF (LibreOffice) and gold JSON
    python make_blind42_layouts.py --no-pdf   # skip the LibreOffice export (PDF gold is still written)

XLSX/DOCX bytes are deterministic: fixed core-property timestamps and fixed zip entry dates.
"""
import argparse
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
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def ind(l1, l2, name, op, val, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val, "unit": unit,
            "target_text": tt, "actual": actual, "weight": weight, "score": score}


def fnd(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------------------------------------------------
# 1. 安徽 六安 裕安区文旅局: 市级文物保护专项经费绩效自评表 (2022)
# ---------------------------------------------------------------------------------------------------------
YUAN_TASKS = "完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装"
YUAN_GOAL = ("通过本项目，对六安市罗氏宗祠、李氏宗祠和英布墓开展日常维护，完成赤卫军指挥部旧址的病虫害防治测绘、"
             "国保和省保单位的矢量数据测绘以及龙盘石刻护栏的制作安装，以加强文物保护并发挥文物的宣传教育作用。")
YUAN_ROWS = [
    ["市级文物保护专项经费绩效自评表(2022年度)"],
    ["项目名称", "市级文物保护专项经费"],
    ["主管部门", "裕安区文化和旅游局", None, None, "实施单位", "裕安区文化和旅游局"],
    ["项目资金\n(万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [None, "年度资金总额", 29, 29, 27.8, 9, 0.958, 8],
    [None, "其中:当年财政拨款", 29, 29, 27.8, 9, 0.958, 8],
    [None, "上年结转资金"],
    [None, "其他资金"],
    ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
    [None, YUAN_GOAL, None, None, None, "基本完成年度目标。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度", "实际", "分值", "得分", "偏差原因分析及改进措施"],
    [None, None, None, None, "指标值", "完成值"],
    [None, "产出指标", "数量指标", "指标1:修缮建筑数量", YUAN_TASKS, YUAN_TASKS, 7, 7],
    [None, None, None, "指标2:修缮建筑面积", "6000平方米", "6000平方米", 7, 7],
    [None, None, None, "指标3:修缮级别", "市级保护单位", "市级保护单位", 7, 7],
    [None, None, "质量指标", "指标1:验收通过率", "100%", "95%", 6, 5],
    [None, None, None, "指标2:工程质量管理", "≥95%", "98%", 6, 6],
    [None, None, None, "指标3:文明施工", "≥95%", "97%", 6, 6],
    [None, None, "时效指标", "项目设计、招标、施工", "完成时间为2022年12月30日", "完成时间为2022年12月30日", 6, 5],
    [None, None, "成本指标", "项目成本控制在预算内", "本着节约的原则,控制在预算中。", "100%", 5, 5],
    [None, "效益指标", "社会效益指标", "文物本体安全、体现文物价值,提升知名度", "加大文物保护,展示文物价值", "程度较高", 15, 15],
    [None, None, "可"],
]
YUAN_MERGES = ["A1:I1", "B2:I2", "B3:D3", "F3:I3", "A4:A8", "A9:A10", "B9:E9", "F9:I9", "B10:E10", "F10:I10",
               "A11:A22", "B11:B12", "C11:C12", "D11:D12", "G11:G12", "H11:H12", "I11:I12",
               "B13:B20", "C13:C15", "C16:C18", "B21:B22"]

# ---------------------------------------------------------------------------------------------------------
# 2. 山西 运城 永济市文旅局: 2023年文物保护经费 项目支出绩效目标申报表 (text copy of an .xls)
# ---------------------------------------------------------------------------------------------------------
YJ_COST = "文物保护单位方案编制费、古建筑日常养护及抢险加固费、文物安全巡查费、宣传教育费、文物保"
YJ_GOAL = "经费主要用在文物修缮、宣传、文创产品开发以及文物保护人员和办公等方面的支出"
YJ_ROWS = [
    ["永济市县(区)级预算部门(单位)项目支出绩效目标申报表"],
    ["(2023年度)"],
    ["项目名称", None, "2023年文物保护经费"],
    ["主管部门及代码", None, "404-永济市文化和旅游局", None, "实施单位"],
    ["项目属性", None, "一次性项目(1年结束)", None, "项目期"],
    ["项目资金\n(元)", "实施期资金总额:", 1000000, None, "年度资金总额:"],
    [None, "其中:中央财政资金", 0, None, "其中:中央财政资金"],
    [None, "省级财政资金", 0, None, "省级财政资金"],
    [None, "市县(区)财政资\n金", 1000000, None, "市县(区)财政资金"],
    [None, "单位自筹", 0, None, "单位自筹"],
    [None, "其他资金", None, None, "其他资金"],
    ["项目概况", None, "经费用于文物修缮、宣传、文创产品开发及文物保护人员、办公等支出"],
    ["立项依据", None, "依据永文保发【2022】26号(关于将2022年文物保护经费纳入财政预算的请示)"],
    ["项目设立必要性", None, "彰显永济的历史文化价值和华夏民族的精神追求,向社会全面展示古蒲州风貌"],
    ["保证项目实施的制度、措施", None, "按永文保发【2022】26号请示执行"],
    ["项目实施计划", None, "经费用于文物修缮、宣传、文创产品开发、文物保护人员经费和办公经费等支出"],
    ["总体目标", "实施期目标", None, None, "年度目标"],
    [None, YJ_GOAL, None, None, None],
    ["绩 效 指 标", "一级指标", "二级指标", "三级指标", None, "指标值"],
    [None, "产出指标", "数量指标", "永安真武庙戏台", None, "1处"],
    [None, None, None, "文物安全巡查", None, "416处"],
    [None, None, None, "文物宣传教育短信", None, "≥3万条"],
    [None, None, "质量指标", "文保单位抢险维修", None, "100%"],
    ["主要用于文物修缮、宣传、文创\n护人员经费、办公经费"],
    ["绩 效 指 标", None, "二级指标"],
    [None, "产出指标", "质量指标", "文物安全巡查覆盖率", None, "100%"],
    [None, None, "时效指标", "按期完工", None, "按期完工"],
    [None, None, "成本指标", YJ_COST, None, "59万元"],
    [None, None, "成本指标", "永安真武庙戏台"],
]
YJ_MERGES = ["A1:G1", "A2:G2", "A3:B3", "C3:G3", "A4:B4", "C4:D4", "F4:G4", "A5:B5", "C5:D5", "F5:G5",
             "A6:A11", "C6:D6", "F6:G6", "C7:D7", "F7:G7", "C8:D8", "F8:G8", "C9:D9", "F9:G9", "C10:D10",
             "F10:G10", "C11:D11", "F11:G11", "A12:B12", "C12:G12", "A13:B13", "C13:G13", "A14:B14", "C14:G14",
             "A15:B15", "C15:G15", "A16:B16", "C16:G16", "A17:A18", "B17:D17", "E17:G17", "B18:D18", "E18:G18",
             "A19:A23", "D19:E19", "F19:G19", "B20:B23", "C20:C22", "D20:E20", "F20:G20", "D21:E21", "F21:G21",
             "D22:E22", "F22:G22", "D23:E23", "F23:G23", "A24:G24", "A25:A29", "B26:B29", "D26:E26", "F26:G26",
             "D27:E27", "F27:G27", "D28:E28", "F28:G28", "D29:E29", "F29:G29"]

# ---------------------------------------------------------------------------------------------------------
# 3. 四川 遂宁 大英县 经开区管委会: 2020 部门决算, page 17 (tail of 项目绩效目标完成情况)
# ---------------------------------------------------------------------------------------------------------
DY_T = "做好经开区辖区内河道保洁服务费。"
DY_S = "做好经开区辖区内河道保洁服务费,美化环境。"
DY_M = "辖区企业满意率达95%以上。"
DAYING_BLOCKS = [
    ("table", {"rows": [
        ["项目完成指标", "质量指标", DY_T, DY_T, DY_T],
        ["项目完成指标", "时效指标", "2020年全年。", "2020年全年。", "2020年全年。"],
        ["项目完成指标", "成本指标", "15万元。", "15万元。", "按合同10.5万元。"],
        ["效益指标", "社会效益指标", "美化环境。", "美化环境。", "美化环境。"],
        ["效益指标", "可持续影响指标", DY_S, DY_S, DY_S],
        ["满意度指标", "满意度指标", DY_M, DY_M, DY_M],
    ], "merges": [], "widths": [2.6, 2.8, 4.0, 4.0, 4.0]}),
    ("p", "2.部门绩效评价结果。"),
    ("p", "本部门已按要求对2020年部门整体支出的绩效情况进行了自评,《四川大英经济开发区管理委员会部门2020年部门整体支出绩效评价报告》附后(附件1)。"),
    ("p", "本部门还自行组织了园区安全及环保管家项目的绩效评价,《园区安全及环保管家项目2020年绩效评价报告》附后(附件2)。"),
    ("h", "第三部分"),
    ("h", "名词解释"),
    ("p", "1.财政拨款收入:单位从本级财政部门取得的预算资金。"),
    ("p", "2.事业收入:事业单位开展专业业务活动及其辅助活动所取得的收入。"),
    ("p", "3.经营收入:事业单位在专业业务活动及辅助活动以外开展非独立核算经营活动所取得的收入。"),
    ("p", "4.其他收入:单位取得的上述各项以外的收入。"),
    ("p", "5.用事业基金弥补收支差额:事业单位当年各项收入不足以安排当年支出时,动用以前年度积累的事业基金(按规定从收支结余中提取、用于弥补以后年度收支差额的基金)弥补缺口的资金。"),
    ("p", "6.年初结转和"),
]

# ---------------------------------------------------------------------------------------------------------
# 4. 安徽 六安 舒城县发改委: 以工代赈示范工程 中央预算内投资计划绩效目标表 (2023)
# ---------------------------------------------------------------------------------------------------------
SC_NAME = "安徽省2023年以工代赈示范工程舒城县舒茶镇清水河(余家河渡槽至346国道段)治理工程"
SC_GOAL = ("支持舒城县围绕重点工程的配套基础设施需求实施一批以工代赈中央预算内投资项目,劳务报酬按不低于中央投资30%"
           "的比例发放,吸纳当地群众就近务工增收,发挥以工代赈方式在重点工程中的激励和带动作用。")
SHUCHENG_BLOCKS = [
    ("title", SC_NAME),
    ("title", "中央预算内投资计划绩效目标表"),
    ("center", "(2023年度)"),
    ("table", {"rows": [
        ["专项名称", SC_NAME, None, None],
        ["下达地方或单位", "舒城县发展改革委", None, None],
        ["本次下达中央预算内投资(万元)", "853", None, None],
        ["总体目标", SC_GOAL, None, None],
        ["级指标", "二级指标", "三级指标", "指标值"],
        ["实施效果指标", "产出指标", "劳务报酬占中央投资比例", "≥32.68%"],
        [None, "效益指标", "项目区农村基础设施条件", "持续改善"],
        [None, "满意度指标", "参与工程建设的贫困群众满意度", "≥90%"],
        ["过程管理指标", "计划管理指标", "投资计划分解(转发)用时", "≤20工作日"],
        [None, None, "\"两个责任\"按项目落实到位率", "100%"],
        [None, "资金管理指标", "中央预算内投资支付率", "≥95%"],
        [None, None, "年度计划投资完成率", "≥95%"],
        [None, "项目管理指标", "项目开工率", "≥95%"],
        [None, None, "超规模、超标准、超概算项目比例", "0"],
        [None, "监督检查指标", "审计、督查、巡视等指出问题项目比例", "≤1%"],
    ], "merges": [(0, 1, 0, 3), (1, 1, 1, 3), (2, 1, 2, 3), (3, 1, 3, 3), (5, 0, 7, 0), (8, 0, 14, 0),
                  (8, 1, 9, 1), (10, 1, 11, 1), (12, 1, 13, 1)],
        "widths": [3.2, 3.2, 6.2, 3.4]}),
]

# ---------------------------------------------------------------------------------------------------------
# 5. 云南 保山 昌宁县殡葬服务中心: 2019 项目绩效自评报告 (昌宁县民政局 page)
# ---------------------------------------------------------------------------------------------------------
CHANGNING_BLOCKS = [
    ("table", {"rows": [
        ["索引号", "01526407-6-/2020-0630002", "发布机构", "昌宁县民政局"],
        ["公开目录", "自评报告", "发布日期", "2020-06-30"],
        ["文号", "", "浏览量", ""],
    ], "merges": [], "widths": [2.4, 5.0, 2.4, 4.0]}),
    ("p", "一、项目基本情况"),
    ("p", "2019年,昌宁县殡葬服务中心向县级财政争取到资金124.79万元,其中非税收入清算返回20.35万元。"),
    ("p", "二、项目绩效自评工作开展情况"),
    ("p", "中心成立了绩效评价工作组,制定评价工作方案和指标体系,组织工作组成员学习绩效评价业务,为评价做好准备。"),
    ("p", "三、项目绩效实施情况"),
    ("p", "(一)项目资金情况"),
    ("p", "1.项目资金到位情况。"),
    ("p", "非税收入清算返回资金20.35万元,实际到位20.35万元。"),
    ("p", "2.项目资金执行情况。"),
    ("p", "已支付20.35万元,全部用于中心正常运转和推进殡葬改革。"),
    ("p", "3.项目资金管理情况。"),
    ("p", "经中心自查,项目资金不存在违反专款专用和违规使用的问题,均按财务管理制度执行。"),
    ("p", "(二)项目绩效指标完成情况"),
    ("p", "1.产出指标完成情况。"),
    ("p", "一是火化工作推进快。全县亡故人员遗体火化2317具,补助、公墓入葬和生态安葬奖励共687.95万元,实现火化2317人,"
          "火化率99.9%,较2018年提高0.2个百分点。二是惠民资金兑付快。全县为农村亡故人员减免遗体基本火化成本162.35万元,"
          "兑现各类奖励资金717.7万元。"),
    ("p", "2.效益指标完成情况。"),
    ("p", "中心运转经费项目保障了全县火化率的提高和殡葬改革的有序推进。(1)认真完成遗体火化工作:中心2012年6月投入运行以来,"
          "坚持耐心细致地为丧户服务。(2)严格按发改部门核定的标准收费:2019年所有收费的遗体火化均按核定标准执行。(3)超额完成"
          "《昌宁县殡葬服务中心2019年工作计划》确定的火化任务2000具,全年共火化遗体2317具。"),
    ("p", "3.满意度指标完成情况。"),
    ("p", "尽职尽责完成火"),
]

# ---------------------------------------------------------------------------------------------------------
# 6. 云南 保山市文旅局: 保山市国家文物保护2020年度专项资金绩效自评报告
# ---------------------------------------------------------------------------------------------------------
BAOSHAN_BLOCKS = [
    ("table", {"rows": [
        ["索引号", "79518791-2-/2021-0706006"],
        ["发布机构", "保山市文化和旅游局"],
        ["公开目录", "自评报告"],
        ["发布日期", "2021-07-06"],
        ["文号", ""],
        ["浏览量", ""],
        ["主题词", ""],
    ], "merges": [], "widths": [2.6, 6.0]}),
    ("title", "保山市国家文物保护2020年度"),
    ("title", "专项资金绩效自评报告"),
    ("p", "一、绩效目标分解下达情况"),
    ("p", "(一)省级下达转移支付预算和绩效目标情况。"),
    ("p", "保山市财政局先后于2020年1月23日(保财教202060)和2020年9月1日(保财教2020180)下达国家文物保护专项经费,合计873万元:"
          "省级文物保护单位老营李将军府抢救性修缮工程545万元,保山博物馆馆藏文物预防性保护105万元,全国重点文物保护单位光尊寺防雷工程223万元。"),
    ("p", "省内资金安排、分解下达预算和绩效目标情况。"),
    ("p", "无。"),
    ("p", "二、绩效目标完成情况分析"),
    ("p", "(一)资金投入情况分析。"),
    ("p", "1.项目资金到位情况分析。"),
    ("p", "一是老营李将军府抢救性修缮工程经第三方审定的预算控制数为545万元,2020年1月下达第一笔250万元,9月下达第二批295万元。"),
    ("p", "二是2020年1月下达保山市博物馆馆藏文物预防性保护补助资金105万元,为保持项目整体性,决定与博物馆改造提升项目合并实施。"),
    ("p", "三是2020年9月下达全国重点文物保护单位光尊寺防雷工程资金223万元。"),
    ("p", "2.项目资金执行情况分析。"),
    ("p", "一是李将军府抢救性修缮工程第二批295万元到位后,实施主体保山市文化和旅游局于10月20日启动招投标,11月6日发布招标公告,"
          "12月16日召开评标会,因有效投标单位不足三家,造成第一"),
]

# ---------------------------------------------------------------------------------------------------------
DOCS = [
    {
        "file": "ah-yuan-relics-selfeval.xlsx", "kind": "xlsx", "sheet": "自评表",
        "rows": YUAN_ROWS, "merges": YUAN_MERGES,
        "widths": [7, 9, 9, 16, 22, 22, 6, 6, 12],
        "gold": {
            "source_urls": ["https://www.yuan.gov.cn/public/6596881/25080505.html"],
            "province": "安徽", "doc_kind": "自评表", "patterns": [1, 2, 5, 8, 9, 10],
            "indicators": [
                ind("产出指标", "数量指标", "修缮建筑数量", None, None, None, YUAN_TASKS, None, 7, 7),
                ind("产出指标", "数量指标", "修缮建筑面积", None, 6000, "平方米", "6000平方米", 6000, 7, 7),
                ind("产出指标", "数量指标", "修缮级别", None, None, None, "市级保护单位", None, 7, 7),
                ind("产出指标", "质量指标", "验收通过率", None, 100, "%", "100%", 95, 6, 5),
                ind("产出指标", "质量指标", "工程质量管理", ">=", 95, "%", "≥95%", 98, 6, 6),
                ind("产出指标", "质量指标", "文明施工", ">=", 95, "%", "≥95%", 97, 6, 6),
                ind("产出指标", "时效指标", "项目设计、招标、施工", None, None, None, "完成时间为2022年12月30日", None, 6, 5),
                ind("产出指标", "成本指标", "项目成本控制在预算内", None, None, None, "本着节约的原则,控制在预算中。", 100, 5, 5),
                ind("效益指标", "社会效益指标", "文物本体安全、体现文物价值,提升知名度", None, None, None,
                    "加大文物保护,展示文物价值", None, 15, 15),
            ],
            "goals": [{"kind": "年度目标", "text": YUAN_GOAL}],
            "facts": [
                {"metric": "年度资金总额", "kind": "budget", "planned": 29, "actual": 27.8, "stated_rate": 95.8, "unit": "万元"},
                {"metric": "当年财政拨款", "kind": "budget", "planned": 29, "actual": 27.8, "stated_rate": 95.8, "unit": "万元"},
            ],
            "findings": [
                fnd("target.missing_value", "修缮建筑数量", "a 数量 row whose 年度指标值 is a list of jobs with no count at all"),
                fnd("consistency.deviation_reason_missing", "验收通过率", "target 100%, actual 95% and 5 of 6 points, but the 偏差原因 cell is empty"),
                fnd("target.qualitative_no_scale", "项目成本控制在预算内", "cost target '本着节约的原则,控制在预算中' has no figure or scale"),
                fnd("target.vague_wording", "文物本体安全、体现文物价值,提升知名度", "target '加大文物保护,展示文物价值' is a slogan with no number or baseline"),
                fnd("coverage.missing_dimension", "满意度指标", "the stored page stops at the label '可' (可持续影响): the form as it stands has no 满意度 indicator"),
            ],
            "notes": ("六安市裕安区文化和旅游局 2022 市级文物保护专项经费绩效自评表 (29万元 budget, 27.8万元 spent; 执行率 written as the "
                      "decimal 0.958 = 27.8/29 = 0.9586 truncated, not flagged; gold stated_rate 95.8 is that decimal as a percent; "
                      "执行率 分值 is 9, not the usual 10, score 8). The stored page stops after '可' in the 二级 column of the row after "
                      "社会效益 (presumably 可持续影响指标), so the file ends with a row holding only '可' (not an indicator); no 满意度 rows, "
                      "no 总分. Header '年度/指标值' and '实际/完成值' are split over two rows as on the page. Prefixes 指标1:/指标2:/指标3: "
                      "are kept in the cells and dropped from the gold names. The doubled '六安市六安市' in the 修缮建筑数量 target and actual "
                      "is kept. 时效 row: target reached as written but scored 5 of 6 (no rule for it here). 成本 actual '100%' taken as 100. "
                      "修缮级别 (市级保护单位) is a categorical but checkable target, not flagged. The goal names concrete sites and jobs but "
                      "no number; judged specific enough, not flagged (judgement call)."),
        },
    },
    {
        "file": "sx-yongji-relics-targets.xlsx", "kind": "xlsx", "sheet": "Sheet1",
        "rows": YJ_ROWS, "merges": YJ_MERGES, "widths": [7, 15, 9, 16, 15, 8, 8],
        "numfmt": {(6, 3): "#,##0", (9, 3): "#,##0"},
        "gold": {
            "source_urls": ["https://keke.chddh.cn/archives/wyev7nlqmqeg7o0jqd3z.html"],
            "province": "山西", "doc_kind": "申报表", "patterns": [1, 2, 8, 9, 10],
            "indicators": [
                ind("产出指标", "数量指标", "永安真武庙戏台", None, 1, "处", "1处"),
                ind("产出指标", "数量指标", "文物安全巡查", None, 416, "处", "416处"),
                ind("产出指标", "数量指标", "文物宣传教育短信", ">=", 3, "万条", "≥3万条"),
                ind("产出指标", "质量指标", "文保单位抢险维修", None, 100, "%", "100%"),
                ind("产出指标", "质量指标", "文物安全巡查覆盖率", None, 100, "%", "100%"),
                ind("产出指标", "时效指标", "按期完工", None, None, None, "按期完工"),
                ind("产出指标", "成本指标", YJ_COST, None, 59, "万元", "59万元"),
                ind("产出指标", "成本指标", "永安真武庙戏台", None, None, None, None),
            ],
            "goals": [{"kind": "实施期目标", "text": YJ_GOAL}],
            "facts": [
                {"metric": "实施期资金总额", "kind": "sum", "total": 1000000, "parts": [0, 0, 1000000, 0], "unit": "元"},
            ],
            "findings": [
                fnd("goal.budget_text", "经费主要用在文物修缮", "the only goal restates what the money is spent on (修缮、宣传、文创、人员经费、办公经费)"),
                fnd("goal.unquantified", "经费主要用在文物修缮", "the goal has no quantity, level or deadline"),
                fnd("target.time_no_deadline", "按期完工", "时效 target '按期完工' names no date or rate"),
                fnd("target.missing_value", "永安真武庙戏台", "second 成本 row has a name and no value (the stored page ends there)"),
                fnd("coverage.missing_dimension", "效益指标", "the form as it stands has no 效益 indicator"),
                fnd("coverage.missing_dimension", "满意度指标", "the form as it stands has no 满意度 indicator"),
            ],
            "notes": ("永济市 (运城, 山西) 2023 县(区)级项目支出绩效目标申报表 for 2023年文物保护经费 (1,000,000元, all 市县 money), from a "
                      "document mirror's text preview of '文物保护中心7个项目绩效目标表.xls' (first of the seven; the preview runs the cells "
                      "together, the layout is rebuilt from their order). 实施单位, 项目期 and the whole 年度资金 column are empty on the page. "
                      "The preview puts the values of 项目设立必要性 / 保证项目实施的制度、措施 / 项目实施计划 one row lower than their labels "
                      "read; they are placed where they read in our own words. The single goal text is placed under 实施期目标 (the 年度目标 "
                      "cell is empty; which column it sat in is a judgement call). A page break falls inside the indicator block: the clipped "
                      "goal cell ('主要用于文物修缮、宣传、文创 / 护人员经费、办公经费') repeats as a band and the block header repeats with "
                      "only '二级指标' (both kept, neither is an indicator). The first 成本 name is clipped at '文物保' as on the page; the "
                      "stored page stops in the second 成本 row after its name '永安真武庙戏台'. 永安真武庙戏台 1处 is a site name, not a "
                      "measure (kept as written, no rule). 实施期资金总额 1,000,000 = 0 + 0 + 1,000,000 + 0 (单位自筹 0; 其他资金 empty)."),
        },
    },
    {
        "file": "sc-daying-devzone-river-tail.docx", "kind": "docx", "blocks": DAYING_BLOCKS,
        "gold": {
            "source_urls": ["https://dyrmt.com/article-90897-17.html"],
            "province": "四川", "doc_kind": "自评表", "patterns": [4, 6, 10],
            "indicators": [
                ind("产出指标", "质量指标", DY_T, None, None, None, DY_T),
                ind("产出指标", "时效指标", "2020年全年。", None, None, None, "2020年全年。"),
                ind("产出指标", "成本指标", "15万元。", None, 15, "万元", "15万元。", 10.5),
                ind("效益指标", "社会效益指标", "美化环境。", None, None, None, "美化环境。"),
                ind("效益指标", "可持续影响指标", DY_S, None, None, None, DY_S),
                ind("满意度指标", "服务对象满意度指标", DY_M, ">=", 95, "%", DY_M),
            ],
            "goals": [],
            "facts": [],
            "findings": [
                fnd("target.qualitative_no_scale", DY_T, "质量 target '做好…河道保洁服务费' has no standard, rate or scale"),
                fnd("target.missing_name", "2020年全年。", "the 三级 cell repeats the value (2020年全年) instead of naming a measure"),
                fnd("target.missing_name", "15万元。", "the 三级 cell holds only the amount 15万元, no indicator name"),
                fnd("target.qualitative_no_scale", "美化环境。", "社会效益 target '美化环境' has no measure or scale"),
                fnd("target.qualitative_no_scale", DY_S, "可持续影响 target restates the task and '美化环境' with no measure or scale"),
            ],
            "notes": ("四川大英经济开发区管理委员会 (大英县, 遂宁) 2020年度部门决算, page 17 of the county media mirror's paginated article: "
                      "the tail of the 项目绩效目标完成情况 table for the 河道保洁服务费 project and the start of 第三部分 名词解释. The page "
                      "opens inside the table (no header row, no 数量 row, no project name: all on page 16) and stops in '6.年初结转和'. "
                      "Columns read as 一级 | 二级 | 三级 | 年度指标值 | 实际完成值; the 三级 cell repeats the target text in every row "
                      "(kept). 项目完成指标 is taken as 产出指标, 满意度指标 (二级) as 服务对象满意度指标. 成本: target 15万元, actual "
                      "'按合同10.5万元' (below the target, a saving; no deviation rule). The 满意度 actual cell repeats the target sentence, so "
                      "no actual is taken (judgement call). The form as it stands keeps 产出/效益/满意度 rows, so no coverage finding; the "
                      "missing 数量 row is on the previous page. Definitions 1-5 are in our own words."),
        },
    },
    {
        "file": "ah-shucheng-ygdz-targets.docx", "kind": "docx", "blocks": SHUCHENG_BLOCKS,
        "gold": {
            "source_urls": ["https://www.shucheng.gov.cn/public/6598641/36467963.html"],
            "province": "安徽", "doc_kind": "目标表", "patterns": [1, 4, 5],
            "indicators": [
                ind("产出指标", None, "劳务报酬占中央投资比例", ">=", 32.68, "%", "≥32.68%"),
                ind("效益指标", None, "项目区农村基础设施条件", None, None, None, "持续改善"),
                ind("满意度指标", None, "参与工程建设的贫困群众满意度", ">=", 90, "%", "≥90%"),
                ind(None, None, "投资计划分解(转发)用时", "<=", 20, "工作日", "≤20工作日"),
                ind(None, None, "\"两个责任\"按项目落实到位率", None, 100, "%", "100%"),
                ind(None, None, "中央预算内投资支付率", ">=", 95, "%", "≥95%"),
                ind(None, None, "年度计划投资完成率", ">=", 95, "%", "≥95%"),
                ind(None, None, "项目开工率", ">=", 95, "%", "≥95%"),
                ind(None, None, "超规模、超标准、超概算项目比例", None, 0, None, "0"),
                ind(None, None, "审计、督查、巡视等指出问题项目比例", "<=", 1, "%", "≤1%"),
            ],
            "goals": [{"kind": "总体目标", "text": SC_GOAL}],
            "facts": [],
            "findings": [
                fnd("target.qualitative_no_scale", "项目区农村基础设施条件", "效益 target '持续改善' gives no measure or graded scale"),
            ],
            "notes": ("舒城县发展改革委 (六安, 安徽) 2023 中央预算内投资计划绩效目标表 for the 以工代赈示范工程 舒茶镇清水河 治理工程 "
                      "(853万元 中央预算内投资). National 以工代赈 template: 一级 '实施效果指标' / '过程管理指标', with 产出/效益/满意度 "
                      "in the 二级 column (labels one level down). The header's first cell reads '级指标' (the 一 is lost on the page; "
                      "kept). Gold: the 实施效果 rows take their 二级 label as canonical level1 and level2 null; the seven 过程管理 rows "
                      "(计划/资金/项目管理, 监督检查) have no canonical dimension, so level1 and level2 are null (judgement call). "
                      "'100%' has no operator (null). '超规模、超标准、超概算项目比例 0' is a zero target for a ratio: no unit needed, not "
                      "flagged (judgement call). The goal is quantified (≥30% of central money as wages); 32.68% target is consistent with it."),
        },
    },
    {
        "file": "yn-changning-funeral-selfreport.docx", "kind": "docx", "blocks": CHANGNING_BLOCKS,
        "gold": {
            "source_urls": ["https://yncn.gov.cn/info/4214/5999410.htm"],
            "province": "云南", "doc_kind": "自评报告", "patterns": [10],
            "indicators": [
                ind("效益指标", None, "火化任务", None, 2000, "具", "2000具", 2317),
            ],
            "goals": [],
            "facts": [
                {"metric": "非税收入清算返回资金", "kind": "budget", "planned": 20.35, "actual": 20.35, "stated_rate": None, "unit": "万元"},
            ],
            "findings": [],
            "notes": ("昌宁县殡葬服务中心 (保山, 云南) 2019 项目绩效自评报告, published by 昌宁县民政局 (page metadata kept as a small "
                      "table; the page shows no report title). Prose in our own words with the same figures. The stored page stops in "
                      "'3.满意度指标完成情况' after '尽职尽责完成火'. Only one target is stated with its result: the 2019 work plan's "
                      "火化任务 2000具 against 2317具 cremated (listed under 效益指标完成情况, so level1 效益指标; 116%, not flagged). "
                      "火化率 99.9% (+0.2 个百分点 on 2018) is a result with no target, so it is not taken as an indicator. 124.79万元 "
                      "obtained of which 20.35万元 非税返还 (a part, not a full sum); 20.35万元 received and spent (no rate stated). "
                      "687.95万元 of 补助/奖励 and 162.35万元 减免 + 717.7万元 奖励 are separate amounts with no stated total (no sum fact). "
                      "No goal is stated; no finding (prose report)."),
        },
    },
    {
        "file": "yn-baoshan-relics-selfreport.docx", "kind": "docx", "blocks": BAOSHAN_BLOCKS,
        "gold": {
            "source_urls": ["https://baoshan.gov.cn/info/5746/3851254.htm"],
            "province": "云南", "doc_kind": "自评报告", "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "国家文物保护专项经费", "kind": "sum", "total": 873, "parts": [545, 105, 223], "unit": "万元"},
                {"metric": "老营李将军府抢救性修缮工程", "kind": "sum", "total": 545, "parts": [250, 295], "unit": "万元"},
            ],
            "findings": [],
            "notes": ("保山市文化和旅游局 (云南) 保山市国家文物保护2020年度专项资金绩效自评报告 (中央转移支付 format). Prose only, in our "
                      "own words with the same figures; page metadata kept as a small table. 873 = 545 + 105 + 223 and 545 = 250 + 295 "
                      "(both hold). The document numbers are written '保财教202060' / '保财教2020180' (brackets and 号 lost on the page; "
                      "kept), and the sub-heading '省内资金安排、分解下达预算和绩效目标情况' has lost its '(二)' (kept). The stored page "
                      "stops in 二、(一)2 after '造成第一', before any indicator is reported, so no indicator, no goal (the 一、 part "
                      "reports allocations) and no finding."),
        },
    },
]

# ---------------------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def normalise_zip(path):
    """Rewrite a zip with fixed entry dates and stable order so the bytes do not change between runs."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # openpyxl stamps dcterms:modified with the save time; pin it
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2024-01-01T00:00:00Z\g<2>", d)
              if n == "docProps/core.xml" else d) for n, d in items]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_xlsx(doc, path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = doc["sheet"]
    ncol = len(doc["widths"])
    for r, row in enumerate(doc["rows"], start=1):
        for c in range(1, ncol + 1):
            v = row[c - 1] if c - 1 < len(row) else None
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if c > 1 or r <= 2 else "center")
            cell.border = BORDER
            cell.font = Font(name="宋体", size=10, bold=(r == 1))
    for (r, c), fmt in doc.get("numfmt", {}).items():
        ws.cell(row=r, column=c).number_format = fmt
    for rng in doc["merges"]:
        ws.merge_cells(rng)
    for i, w in enumerate(doc["widths"], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    # row heights: LibreOffice does not grow rows for wrapped text on export, so size them here
    span = {}
    for rng in ws.merged_cells.ranges:
        if rng.min_row == rng.max_row:
            span[(rng.min_row, rng.min_col)] = sum(doc["widths"][c - 1] for c in range(rng.min_col, rng.max_col + 1))
    for r, row in enumerate(doc["rows"], start=1):
        lines = 1
        for c, v in enumerate(row, start=1):
            if v is None or c > ncol:
                continue
            width = span.get((r, c), doc["widths"][c - 1])
            per_line = max(1, int(width / 1.9))
            n = sum(-(-max(len(part), 1) // per_line) for part in str(v).split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[r].height = 14 * lines + 2
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    wb.properties.creator = "blind42"
    wb.properties.lastModifiedBy = "blind42"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalise_zip(path)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text if text is not None else "")
    run.font.size = Pt(9)
    run.bold = bold


def write_docx(doc, path):
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    for kind, body in doc["blocks"]:
        if kind in ("title", "h", "center"):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(body)
            r.bold = kind in ("title", "h")
            r.font.size = Pt(14 if kind == "title" else 11)
        elif kind == "p":
            p = d.add_paragraph()
            r = p.add_run(body)
            r.font.size = Pt(10.5)
        elif kind == "table":
            rows = body["rows"]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            covered = set()
            for (r1, c1, r2, c2) in body["merges"]:
                for rr in range(r1, r2 + 1):
                    for cc in range(c1, c2 + 1):
                        if (rr, cc) != (r1, c1):
                            covered.add((rr, cc))
            for ri, row in enumerate(rows):
                for ci in range(ncol):
                    v = row[ci] if ci < len(row) else None
                    if (ri, ci) in covered:
                        continue
                    set_cell(t.cell(ri, ci), v)
            for (r1, c1, r2, c2) in body["merges"]:
                t.cell(r1, c1).merge(t.cell(r2, c2))
            for ci, w in enumerate(body.get("widths", [])):
                for row in t.rows:
                    row.cells[ci].width = Cm(w)
    cp = d.core_properties
    cp.author = "blind42"
    cp.last_modified_by = "blind42"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    d.save(path)
    normalise_zip(path)


def export_pdf(path):
    outdir = tempfile.mkdtemp(prefix="blind42pdf")
    try:
        profile = tempfile.mkdtemp(prefix="blind42lo")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        name = os.path.splitext(os.path.basename(path))[0] + ".pdf"
        shutil.move(os.path.join(outdir, name), os.path.join(HERE, name))
        shutil.rmtree(profile, ignore_errors=True)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def write_gold(doc):
    os.makedirs(ANN, exist_ok=True)
    pdf = os.path.splitext(doc["file"])[0] + ".pdf"
    for src in (doc["file"], pdf):
        g = {"source": src}
        g.update(doc["gold"])
        order = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts",
                 "findings", "notes"]
        g = {k: g[k] for k in order}
        with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        if doc["kind"] == "xlsx":
            write_xlsx(doc, path)
        else:
            write_docx(doc, path)
        if not args.no_pdf:
            export_pdf(path)
        write_gold(doc)
        print("wrote", doc["file"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
