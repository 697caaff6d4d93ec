"""Build the blind289 part: five ecology / environment documents (XLSX or DOCX plus PDF).

The gold for every file is written here, by hand, before any built file is read.
Sources are public pages found with the search tool (corpus ``pages``); see SOURCES.md.
Long sentences are paraphrased; names, figures, units, dates and document numbers are kept.

Run:  /tmp/wvenv/bin/python make_blind289_layouts.py
"""

import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind289"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

URL_ZS2021 = "http://zshbj.zhoushan.gov.cn/art/2022/2/21/art_1560256_58929274.html"
URL_ZS2022 = "http://xxgk.zhoushan.gov.cn/art/2022/8/2/art_1229007402_59098185.html"
URL_HN = "https://360docs.net/doc/0a27716369.html"
URL_CC = "http://www.chencang.gov.cn/col8173/col8180/col8789/col9204/202302/t20230216_111567.html"
URL_DXL = "https://360docs.net/doc/9519280025.html"

# ---------------------------------------------------------------------------
# Text of the documents (paraphrased where long; facts kept)
# ---------------------------------------------------------------------------

# --- 1. Zhoushan 2021 治水治污考核评价指标体系 (XLSX) ---------------------------
ZS21_TITLE = "关于印发2021年度各县(区)、功能区治水治污工作考核评价指标体系及评分细则的通知"
ZS21_META = "消息来源:市生态环境局  发布日期:2022-02-21 14:57"
ZS21_TO = "各县(区)人民政府、功能区管委会,市直有关单位:"
ZS21_BODY = (
    "由我办牵头起草的《2021年度各县(区)、功能区治水治污工作考核评价指标体系及评分细则》,"
    "已经市美丽舟山建设领导小组审定并报市政府领导同意,现印发给你们,请认真抓好落实。"
)
ZS21_ATT = "附件:2021年度各县(区)、功能区治水治污工作考核评价指标体系及评分细则"
ZS21_SIGN = "舟山市治水治污大会战领导小组办公室"
ZS21_DATE = "2021年6月18日"
ZS21_ANNEX = "2021年度各县(区)、功能区治水治污工作考核评价指标体系及评分细则"
ZS21_L1 = "一、突出“两个重点”,布局“三个领先”(125分)"
ZS21_L2_CELL = "水环境质量全面巩固提升,水生态健康有效改善\n(125分)"
ZS21_L2 = "水环境质量全面巩固提升,水生态健康有效改善(125分)"
ZS21_GOAL = "水环境综合治理和水环境质量继续保持全国领先,同时争取水生态修复工作也走在全国前列"
ZS21_R1_NAME = "国控断面水环境质量"
ZS21_R1_RULE = (
    "Ⅲ类以上水质比例达到年度任务书要求的,得分=国控断面Ⅲ类以上水质比例×50;"
    "达不到年度任务书要求的,得分=国控断面Ⅲ类以上水质比例×50×0.8。"
    "加扣分:比照2020年国家污染防治攻坚战考核细则设断面提升加分项,以2020年为基准年,"
    "水质现状好于Ⅲ类(含)且实现升类的国控断面个数占国控断面总个数的比重乘以10分作为加分,"
    "S加=D升/D总×10;国控断面有月份水质反弹为劣Ⅴ类的,Ⅱ类市每月扣2分;"
    "国控断面年均水质未达年度目标的,每个断面扣5分。"
)
ZS21_R2_NAME = "省控断面水环境质量"
ZS21_R2_RULE = (
    "Ⅲ类以上水质比例达到年度任务书要求的,得分=省控断面Ⅲ类以上水质比例×30;"
    "Ⅲ类以上水质比例未达到"
)
ZS21_TARGET = "Ⅲ类以上水质比例达到年度任务书要求"

# --- 2. Zhoushan 2022 五水共治考评细则 (DOCX) ----------------------------------
ZS22_CRUMB = "当前位置:舟山市人民政府> 法定主动公开内容> 公共安全管理> 环境保护> 环境污染防治>"
ZS22_TITLE = "关于印发《2022年度各县(区)、功能区治水治污工作任务及考评细则》的通知"
ZS22_META = "发布日期: 2022- 08- 02    来源: 市生态环境局"
ZS22_TO = "各县(区)人民政府、功能区管委会、新区(市)直相关部门:"
ZS22_BODY = (
    "《2022年度各县(区)、功能区治水治污工作任务及考评细则》已报经市领导同意,"
    "现印发给你们,请结合实际认真执行。"
)
ZS22_ATT = "附件:2022年度各县(区)、功能区治水治污工作任务及考评细则"
ZS22_SIGN = "市美丽舟山建设领导小组“五水共治”(河长制)办公室"
ZS22_DATE = "2022年7月5日"
ZS22_ANNEX = "2022年度各县(区)、功能区治水治污工作任务及考评细则"
ZS22_TABLE_TITLE = "表一“五水共治”工作任务及考核评价指标"
ZS22_TABLE_PTS = "(1000分)"
ZS22_L1 = "一、抓实“一个计划”(100分)"
ZS22_L2_CELL = "全面实施贯彻落实《浙江省深化“五水共治”碧水行动计划(2021 - 2025年)》\n(100分)"
ZS22_L2 = "全面实施贯彻落实《浙江省深化“五水共治”碧水行动计划(2021 - 2025年)》(100分)"
ZS22_GOAL = "推动全市水环境综合治理和水环境质量继续走在全省前列,争取水生态修复工作同样全省领先"
ZS22_T1 = "国控断面I-III类水质比例达到 100%。"
ZS22_T1B = "新城管委会:临城河断面达到或优于Ⅲ类水质比例达到100%。"
ZS22_R1_RULE_A = (
    "III类及以上水质比例达到年度任务书要求的,得40分;达不到的,"
    "每有1个国控断面未达到III类及以上水质扣5分。"
)
ZS22_R1_RULE_B = (
    "加扣分:设国控断面提升加分项,以2020年度断面水质为基准,2022年度每有1个国控断面升类且达到"
    "III类及以上,加2分;国控断面单月水质反弹为劣V类的,每月次扣3分;"
    "国控断面水质比去年下降1个类别及以上的,每个断面扣2分。"
)
ZS22_T2 = "省控断面I-III类水质比例达到 83.3"

# --- 3. Hainan 土壤污染防治评分表 (XLSX) --------------------------------------
HN_TITLE = "海南土壤污染防治重点工作完成情况年度评价评分表"
HN_R1_RULE = (
    "自2018年起,编制土壤污染治理与修复技术应用试点任务年度计划并照计划推进的,计5分;"
    "未完成的,按年度计划的完成比例折算计分。"
)
HN_R1_DEDUCT = (
    "根据日常检查、督查、重点抽查和群众举报,每核实1处未按计划实施的,扣0.5分;"
    "治理与修复中产生二次污染又未及时处置的,每核实1处,按情节轻重扣0.5至2分。"
)
HN_R1_LEAD = "省生态环境厅"
HN_R1_COOP = "省发展改革委、省财政厅、省自然资源和规划厅、省林业局"
HN_S4_NO = "四"
HN_S4 = "建设用地准入管理(20分)"
HN_R2_NAME = "疑似污染地块名单建立"
HN_R2_TARGET = "建立疑似污染地块名单。"
HN_R2_RULE = (
    "自2018年起,市县按《污染地块土壤环境管理办法(试行)》建立疑似污染地块名单,"
    "及时上传污染地块信息系统并动态更新的,计2分。市县若无疑似污染地块,视同已建立名单。"
)
HN_S5 = "(24分)"
HN_R3_NAME = "涉重金属行业污染防控"
HN_R3_TARGET = "到2020年,保持2013年重点重金属排放水平。"
HN_R3_RULE = (
    "2018年完成涉镉等重金属行业企业排查、建立污染源整治清单的,计2.5分,否则计0分;"
    "完成涉重金属重点行业企业排查、建立全口径涉重金属重点行业企业清单的,计2.5分,否则计0分。"
)
HN_R3_DEDUCT = (
    "应纳入排查而未纳入的,每发现1家企业扣0.5分,扣完为止;"
    "存在涉重金属行业“散乱污”现象的,每发现1起扣1分,扣完为止。"
)
HN_R3_LEAD = "省生态环境厅"
HN_R3_COOP = "省工业和信息化厅"
HN_R4_NAME = "矿山环境治理"
HN_R4_TARGET = "到2020年,完成全省85%矿山的地质保护与治理修复,矿区土地复垦总面积达到780"

# --- 4. Chencang 2023 中央财政造林补助 下达通知 (DOCX, running text) -------------
CC_TO = "各国有林场:"
CC_P1 = (
    "依据《宝鸡市林业局宝鸡市财政局关于提前下达2023年中央财政林业改革发展资金计划的通知》"
    "(宝林发〔2022〕213号),我区2023年中央财政造林补助项目建设任务13000亩,中央财政补助资金390万元。"
    "为使项目顺利推进,现将建设任务和投资计划下达给你们,并就有关事项通知如下:"
)
CC_H1 = "一、建设范围与任务"
CC_P2 = (
    "我区2023年中央财政造林补助项目建设任务13000亩,中央财政补助资金390万元,分解如下:"
    "国有凤阁岭林场建设任务3200亩,中央财政补助资金96万元;"
    "国有坪头林场建设任务3200亩,中央财政补助资金96万元;"
    "国有冯家河林场建设任务3200亩,中央财政补助资金96万元;"
    "国有八里庄林场建设任务3400亩,中央财政补助资金102万元。"
)
CC_H2 = "二、补贴对象与标准"
CC_P3 = "1、补贴对象:在宜林荒山荒地和弃耕地上开展人工造林的农民、国有林场、农林业公司等造林主体。"
CC_P4 = "2、补贴标准:含直接费用和间接费用补贴,每亩补助300元。"
CC_H3 = "三、几点要求"
CC_P5 = "1、加强管理,搞好宣传。"
CC_P6 = (
    "强化项目监管和政策宣传,安排专人跟踪项目、随时掌握建设进度,"
    "并将建设任务公示,保证造林补贴试点项目建设顺利推进。"
)
CC_P7 = "2、严格把关,铸造精品。"
CC_P8 = (
    "工程所用种苗一律执行“两证一签”制度;建设期内抓好“事前指导、中间检查、竣工验收”三个环节,"
    "定期检查工程进展,项目完成后由区林业局会同区财政局检查验收,确保职责清楚、管理规范、"
    "运行高效,工程质量过硬。"
)
CC_P9 = "3、严格资金管理,做到专款专用。"
CC_P10 = (
    "项目资金要严格执行项目资金管理办法和相关法规,按资金管理的具体要求规范使用程序、"
    "压实使用责任,任何单位不得截留、挪用、挤占、套"
)

# --- 5. 低效林改造提升项目绩效评价报告 (DOCX, running text) ----------------------
DXL_TITLE = "低效林改造提升项目绩效评价报告"
DXL_H1 = "一、项目背景介绍"
DXL_P1 = (
    "低效林改造提升是我国林业发展的一项重要内容,目的在于提升森林质量、增强森林生态功能、"
    "推进生态文明建设。本项目在某地区实施,围绕当地低效林存在的问题开展了一系列改造提升措施。"
)
DXL_H2 = "二、绩效目标概述"
DXL_GOAL = (
    "本项目绩效目标是提升低效林的质量和生态功能,主要包括增加森林覆盖率、提高林木生长量、"
    "优化树种结构、增强森林碳汇能力等。"
)
DXL_H3 = "三、实际完成情况"
DXL_P3 = "1. 森林覆盖率:改造提升后,项目区的森林覆盖率提高了XX%。"
DXL_P4 = "2. 林木生长量:林木生长量明显提高,其中幼龄林平均生长量提高了XX%,中龄林平均生长量提高了XX%。"
DXL_P5 = "3. 树种结构:经科学配置树种,树种结构得到优化,森林的稳定性和生态功能随之提高。"
DXL_P6 = "4. 森林碳汇能力:改造提升后,项目区的森林碳汇能力提高了XX%。"
DXL_H4 = "四、成本效益分析"
DXL_P7 = (
    "项目成本主要由人工成本、材料成本和设备成本构成。通过改进施工工艺和管理流程,"
    "在保证质量的同时控制住了成本。经核算,本项目的投资回收期为X年,经济效益良好。"
)
DXL_H5 = "五、可持续性评估"
DXL_P8 = (
    "项目的可持续性主要体现在以下几方面:一是通过科学规划和合理配置,森林质量和生态功能得到提升,"
    "为当地生态环境可持续发展打下基础;二是项目带动了当地林业产业发展,提高了林农的"
)

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {
    "blind289_zhoushan2021_zhishui_kaohe.xlsx": {
        "source_urls": [URL_ZS2021],
        "province": "浙江省",
        "doc_kind": "治水治污工作考核评价指标体系及评分细则(印发通知+评分表)",
        "patterns": [1, 5, 8],
        "indicators": [
            ind(ZS21_L1, ZS21_L2, ZS21_R1_NAME, None, None, None, ZS21_TARGET, weight=50),
            ind(ZS21_L1, ZS21_L2, ZS21_R2_NAME, None, None, None, ZS21_TARGET, weight=30),
        ],
        "goals": [{"kind": "考核评价内容", "text": ZS21_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": ZS21_R1_NAME,
             "why": "目标只写“达到年度任务书要求”,表内没有Ⅲ类以上水质比例的具体数值"},
            {"rule": "target.missing_value", "item": ZS21_R2_NAME,
             "why": "同样只引用年度任务书,没有给出省控断面Ⅲ类以上水质比例的目标值"},
            {"rule": "goal.unquantified", "item": ZS21_GOAL[:20],
             "why": "“全国领先”没有可衡量的数值或排名口径"},
        ],
        "notes": (
            "舟山市生态环境局网站公开的2021年治水治污考核评分细则:先是印发通知(落款2021年6月18日,"
            "网站发布日期却是2022-02-21,照录),后接评分表。表头“考核评价内容”下实际有两列:"
            "一列是合并单元格的方向性表述,一列是指标名(国控/省控断面水环境质量),故把表头横向合并两列。"
            "项目、指标两列纵向合并,标签里带分值(125分)。国控断面一行的考核对象写“新城管委会”"
            "(原文断成“新城管/委会”两行,照录),评分细则里“Ⅱ类市每月扣2分”字样照录。"
            "存储页面停在省控断面一行的评分细则中间(“Ⅲ类以上水质比例未达到”),其后考核对象、认定部门"
            "及其余指标都没有,因此不核对125分小计。评分细则长句已改写,公式与分值照录。"
        ),
    },
    "blind289_zhoushan2022_wushui_kaoping.docx": {
        "source_urls": [URL_ZS2022],
        "province": "浙江省",
        "doc_kind": "五水共治(河长制)工作任务及考评细则(印发通知+考核表)",
        "patterns": [1, 5, 6, 8],
        "indicators": [
            ind(ZS22_L1, ZS22_L2, "国控断面I-III类水质比例", "=", 100, "%",
                "国控断面I-III类水质比例达到 100%", weight=40),
            ind(ZS22_L1, ZS22_L2, "临城河断面达到或优于Ⅲ类水质比例", "=", 100, "%",
                "新城管委会:临城河断面达到或优于Ⅲ类水质比例达到100%", weight=40),
            ind(ZS22_L1, ZS22_L2, "省控断面I-III类水质比例", ">=", 83.3, None,
                "省控断面I-III类水质比例达到 83.3"),
        ],
        "goals": [{"kind": "评价内容", "text": ZS22_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": ZS22_GOAL[:20],
             "why": "“全省领先”没有数值或名次口径,无法衡量"},
        ],
        "notes": (
            "舟山市“五水共治”(河长制)办公室2022年考评细则:通知正文、落款,再接“表一”(1000分)。"
            "表格8列,项目/指标/评价内容三列纵向合并两行;同一“县(区)、功能区任务”单元格里写了两个目标,"
            "一个面向各县区(国控断面100%),一个专门给新城管委会(临城河断面100%),权重40共用一格,"
            "两行gold都记40。评分细则说“达到年度任务书要求得40分”,而任务栏写的是100%,两处口径不一,"
            "但不属于规则清单里的检查,不记finding。存储页面停在第二行任务“省控断面I-III类水质比例达到 83.3”,"
            "单位(应为%)和该行权重、细则都在页外,故unit记null,也不记缺单位。I-III、Ⅲ、III混写照录。"
        ),
    },
    "blind289_hainan_turang_pingfen.xlsx": {
        "source_urls": [URL_HN],
        "province": "海南省",
        "doc_kind": "土壤污染防治重点工作年度评价评分表(片段)",
        "patterns": [1, 5],
        "indicators": [
            ind(HN_S4, None, HN_R2_NAME, None, None, None, HN_R2_TARGET, weight=2),
            ind(HN_S5, None, HN_R3_NAME, None, None, None, HN_R3_TARGET, weight=5),
            ind(HN_S5, None, HN_R4_NAME, ">=", 85, "%",
                "完成全省85%矿山的地质保护与治理修复"),
            ind(HN_S5, None, "矿区土地复垦总面积", ">=", 780, None,
                "矿区土地复垦总面积达到780"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": HN_R3_NAME,
             "why": "目标是“保持2013年重点重金属排放水平”,表内没有2013年排放量的数值,无从核对"},
        ],
        "notes": (
            "文档站(360docs)存储的评分表从中途开始:第一行只有分值5、评分标准、扣分情形、牵头和配合单位,"
            "指标名和目标在存储文本之前,所以这一行照录但不进indicators。表头也在页外,未补写。"
            "随后是“四 建设用地准入管理(20分)”和一个只剩分值的分组标签“(24分)”(名称缺失,照录),"
            "该标签纵向合并两行。矿山环境治理一格含两个目标(85%矿山治理修复、复垦面积780),"
            "存储页面停在“780”,单位及该行分值、评分标准都在页外,故复垦面积unit为null,不记缺单位。"
            "20分、24分小计因页面残缺不核对。评分与扣分长句已改写,分值照录。"
        ),
    },
    "blind289_chencang2023_zaolin_xiada.docx": {
        "source_urls": [URL_CC],
        "province": "陕西省",
        "doc_kind": "中央财政造林补助项目建设任务及投资计划下达通知(正文)",
        "patterns": [6, 8],
        "indicators": [
            ind(None, None, "中央财政造林补助项目建设任务", "=", 13000, "亩", "建设任务13000亩"),
            ind(None, None, "国有凤阁岭林场建设任务", "=", 3200, "亩", "国有凤阁岭林场建设任务3200亩"),
            ind(None, None, "国有坪头林场建设任务", "=", 3200, "亩", "国有坪头林场建设任务3200亩"),
            ind(None, None, "国有冯家河林场建设任务", "=", 3200, "亩", "国有冯家河林场建设任务3200亩"),
            ind(None, None, "国有八里庄林场建设任务", "=", 3400, "亩", "国有八里庄林场建设任务3400亩"),
            ind(None, None, "补贴标准", "=", 300, "元/亩", "每亩补助300元"),
        ],
        "goals": [],
        "facts": [
            {"metric": "中央财政造林补助项目建设任务", "kind": "sum", "total": 13000,
             "parts": [3200, 3200, 3200, 3400], "unit": "亩"},
            {"metric": "中央财政补助资金", "kind": "sum", "total": 390,
             "parts": [96, 96, 96, 102], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "宝鸡市陈仓区下达2023年中央财政造林补助任务的通知,只有正文:总任务13000亩、390万元,"
            "按四个国有林场分解(3200/3200/3200/3400亩,96/96/96/102万元),两组加总都对得上,"
            "且13000亩×300元/亩=390万元。目标只以数量和资金形式出现在行文里,没有质量(成活率)或效益目标;"
            "但存储页面停在“三、几点要求”第3条中间(“不得截留、挪用、挤占、套”),落款和可能的附件"
            "(绩效目标表)都在页外,所以不记coverage.missing_dimension。“每亩补助300元”的单位按含义记为元/亩。"
            "抬头“各国有林场:”照录;正文长句已改写,数字、文号照录。"
        ),
    },
    "blind289_dixiaolin_pingjia.docx": {
        "source_urls": [URL_DXL],
        "province": None,
        "doc_kind": "低效林改造提升项目绩效评价报告(范文式,行文)",
        "patterns": [],
        "indicators": [
            ind(None, None, "森林覆盖率", None, None, None, "增加森林覆盖率"),
            ind(None, None, "林木生长量", None, None, None, "提高林木生长量"),
            ind(None, None, "树种结构", None, None, None, "优化树种结构"),
            ind(None, None, "森林碳汇能力", None, None, None, "增强森林碳汇能力"),
        ],
        "goals": [{"kind": "绩效目标", "text": DXL_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": DXL_GOAL[:20],
             "why": "绩效目标只列增加、提高、优化、增强等方向,没有一个数值或期限"},
            {"rule": "target.vague_wording", "item": "森林覆盖率",
             "why": "“增加森林覆盖率”没有基期值和目标值"},
            {"rule": "target.vague_wording", "item": "林木生长量",
             "why": "“提高林木生长量”没有数值"},
            {"rule": "target.vague_wording", "item": "树种结构",
             "why": "“优化树种结构”是定性表述,没有分级或比例"},
            {"rule": "target.vague_wording", "item": "森林碳汇能力",
             "why": "“增强森林碳汇能力”没有数值"},
            {"rule": "target.placeholder", "item": "森林覆盖率",
             "why": "实际完成情况写成“提高了XX%”,占位符未填"},
            {"rule": "target.placeholder", "item": "林木生长量",
             "why": "幼龄林、中龄林平均生长量都写成“提高了XX%”"},
            {"rule": "target.placeholder", "item": "森林碳汇能力",
             "why": "碳汇能力“提高了XX%”,占位符未填"},
            {"rule": "target.placeholder", "item": "投资回收期",
             "why": "投资回收期写作“X年”,没有实际数值"},
        ],
        "notes": (
            "文档站(360docs)上的一篇低效林改造提升项目绩效评价报告,通篇是范文:实施地写“某地区”,"
            "完成值全是XX%、投资回收期写X年,所以province记null。目标只在“二、绩效目标概述”一句话里,"
            "四个方向都没有数值;我把这四项记成指标(无运算符、无数值),完成情况里的XX%不记为actual。"
            "存储页面停在“五、可持续性评估”第二点中间(“提高了林农的”)。长句已改写,XX%、X年原样保留。"
        ),
    },
}

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")


def _xlsx_setup(wb, ws):
    wb.properties.creator = "blind289"
    wb.properties.lastModifiedBy = "blind289"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _cell(ws, ref, value, left=False, bold=False, size=10, border=True):
    c = ws[ref]
    c.value = value
    c.alignment = WRAP_L if left else WRAP
    c.font = Font(name="Noto Sans CJK SC", bold=bold, size=size)
    if border:
        c.border = BOX
    return c


def _box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def build_zs2021(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "评分细则"
    _xlsx_setup(wb, ws)
    widths = {"A": 16, "B": 16, "C": 20, "D": 14, "E": 7, "F": 60, "G": 10, "H": 12}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    r = 1
    for text, bold, size in [(ZS21_TITLE, True, 13), (ZS21_META, False, 9), (ZS21_TO, False, 10),
                             (ZS21_BODY, False, 10), (ZS21_ATT, False, 10), (ZS21_SIGN, False, 10),
                             (ZS21_DATE, False, 10), ("附件", True, 10), (ZS21_ANNEX, True, 12)]:
        ws.merge_cells(f"A{r}:H{r}")
        c = _cell(ws, f"A{r}", text, left=text not in (ZS21_TITLE, ZS21_ANNEX), bold=bold,
                  size=size, border=False)
        if text in (ZS21_SIGN, ZS21_DATE):
            c.alignment = Alignment(horizontal="right", vertical="center", wrap_text=True)
        if text == ZS21_BODY:
            ws.row_dimensions[r].height = 32
        r += 1
    hdr = r
    _cell(ws, f"A{hdr}", "项目", bold=True)
    _cell(ws, f"B{hdr}", "指标", bold=True)
    ws.merge_cells(f"C{hdr}:D{hdr}")
    _cell(ws, f"C{hdr}", "考核评价内容", bold=True)
    _cell(ws, f"E{hdr}", "权重", bold=True)
    _cell(ws, f"F{hdr}", "评分细则", bold=True)
    _cell(ws, f"G{hdr}", "考核对象", bold=True)
    _cell(ws, f"H{hdr}", "指标认定部门", bold=True)
    _box_range(ws, f"A{hdr}:H{hdr}")
    r1, r2 = hdr + 1, hdr + 2
    ws.merge_cells(f"A{r1}:A{r2}")
    _cell(ws, f"A{r1}", ZS21_L1)
    ws.merge_cells(f"B{r1}:B{r2}")
    _cell(ws, f"B{r1}", ZS21_L2_CELL)
    ws.merge_cells(f"C{r1}:C{r2}")
    _cell(ws, f"C{r1}", ZS21_GOAL, left=True)
    _cell(ws, f"D{r1}", ZS21_R1_NAME)
    _cell(ws, f"E{r1}", 50)
    _cell(ws, f"F{r1}", ZS21_R1_RULE, left=True)
    _cell(ws, f"G{r1}", "新城管\n委会")
    _cell(ws, f"H{r1}", "市生态环境局")
    _cell(ws, f"D{r2}", ZS21_R2_NAME)
    _cell(ws, f"E{r2}", 30)
    _cell(ws, f"F{r2}", ZS21_R2_RULE, left=True)
    _cell(ws, f"G{r2}", None)
    _cell(ws, f"H{r2}", None)
    _box_range(ws, f"A{r1}:H{r2}")
    ws.row_dimensions[r1].height = 150
    ws.row_dimensions[r2].height = 60
    wb.save(path)


def build_hainan(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "评分表"
    _xlsx_setup(wb, ws)
    widths = {"A": 5, "B": 14, "C": 16, "D": 26, "E": 6, "F": 40, "G": 36, "H": 12, "I": 22}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:I1")
    _cell(ws, "A1", HN_TITLE, bold=True, size=13, border=False)
    rows = [
        [None, None, None, None, 5, HN_R1_RULE, HN_R1_DEDUCT, HN_R1_LEAD, HN_R1_COOP],
        [HN_S4_NO, HN_S4, HN_R2_NAME, HN_R2_TARGET, 2, HN_R2_RULE, None, None, None],
        [None, HN_S5, HN_R3_NAME, HN_R3_TARGET, 5, HN_R3_RULE, HN_R3_DEDUCT, HN_R3_LEAD, HN_R3_COOP],
        [None, None, HN_R4_NAME, HN_R4_TARGET, None, None, None, None, None],
    ]
    cols = "ABCDEFGHI"
    for i, row in enumerate(rows, start=2):
        for j, v in enumerate(row):
            _cell(ws, f"{cols[j]}{i}", v, left=j in (3, 5, 6))
        ws.row_dimensions[i].height = 80
    ws.merge_cells("B4:B5")
    ws.merge_cells("A4:A5")
    _box_range(ws, "A2:I5")
    wb.save(path)


def _doc_setup(doc, landscape=False):
    cp = doc.core_properties
    cp.author = "blind289"
    cp.last_modified_by = "blind289"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))


def _para(doc, text, bold=False, size=None, align=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def _set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = (text or "").split("\n")
    p = cell.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def _table_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)


def build_zs2022(path):
    doc = Document()
    _doc_setup(doc, landscape=True)
    _para(doc, ZS22_CRUMB, size=8)
    _para(doc, ZS22_TITLE, bold=True, size=14, align="center")
    _para(doc, ZS22_META, size=8, align="center")
    _para(doc, ZS22_TO)
    _para(doc, ZS22_BODY)
    _para(doc, ZS22_ATT)
    _para(doc, ZS22_SIGN, align="right")
    _para(doc, ZS22_DATE, align="right")
    _para(doc, "附件", bold=True)
    _para(doc, ZS22_ANNEX, bold=True, size=13, align="center")
    _para(doc, ZS22_TABLE_TITLE, bold=True, align="center")
    _para(doc, ZS22_TABLE_PTS, align="center")
    t = doc.add_table(rows=3, cols=8)
    _table_borders(t)
    hdr = ["项目", "指标", "评价内容", "县(区)、功能区任务", "权重", "评分细则", "考核对象", "指标认定部门"]
    for j, h in enumerate(hdr):
        _set_cell(t.cell(0, j), h, bold=True)
    a = t.cell(1, 0).merge(t.cell(2, 0))
    _set_cell(a, ZS22_L1)
    b = t.cell(1, 1).merge(t.cell(2, 1))
    _set_cell(b, ZS22_L2_CELL)
    c = t.cell(1, 2).merge(t.cell(2, 2))
    _set_cell(c, ZS22_GOAL)
    _set_cell(t.cell(1, 3), ZS22_T1 + "\n" + ZS22_T1B)
    _set_cell(t.cell(1, 4), "40")
    _set_cell(t.cell(1, 5), ZS22_R1_RULE_A + "\n" + ZS22_R1_RULE_B)
    _set_cell(t.cell(1, 6), "新城管\n委会")
    _set_cell(t.cell(1, 7), "市生态环境局")
    _set_cell(t.cell(2, 3), ZS22_T2)
    widths = [Cm(2.6), Cm(3.4), Cm(3.4), Cm(3.6), Cm(1.2), Cm(8.2), Cm(1.8), Cm(1.9)]
    t.autofit = False
    for j, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    doc.save(path)


def build_chencang(path):
    doc = Document()
    _doc_setup(doc)
    _para(doc, CC_TO)
    for text in (CC_P1,):
        _para(doc, text)
    _para(doc, CC_H1, bold=True)
    _para(doc, CC_P2)
    _para(doc, CC_H2, bold=True)
    _para(doc, CC_P3)
    _para(doc, CC_P4)
    _para(doc, CC_H3, bold=True)
    for text in (CC_P5, CC_P6, CC_P7, CC_P8, CC_P9, CC_P10):
        _para(doc, text)
    doc.save(path)


def build_dixiaolin(path):
    doc = Document()
    _doc_setup(doc)
    _para(doc, DXL_TITLE, bold=True, size=15, align="center")
    for h, ps in ((DXL_H1, [DXL_P1]), (DXL_H2, [DXL_GOAL]),
                  (DXL_H3, [DXL_P3, DXL_P4, DXL_P5, DXL_P6]),
                  (DXL_H4, [DXL_P7]), (DXL_H5, [DXL_P8])):
        _para(doc, h, bold=True)
        for p in ps:
            _para(doc, p)
    doc.save(path)


BUILDERS = {
    "blind289_zhoushan2021_zhishui_kaohe.xlsx": build_zs2021,
    "blind289_zhoushan2022_wushui_kaoping.docx": build_zs2022,
    "blind289_hainan_turang_pingfen.xlsx": build_hainan,
    "blind289_chencang2023_zaolin_xiada.docx": build_chencang,
    "blind289_dixiaolin_pingjia.docx": build_dixiaolin,
}

# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

CORE_DATE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def normalise_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = CORE_DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


PDF_DATE_RE = re.compile(rb"D:\d{14}[^)]*")
PDF_ID_RE = re.compile(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]")
PDF_SUM_RE = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")
XMP_DATE_RE = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:\d{2}|Z)?")


def _same_len(fixed, length):
    return (fixed + b" " * length)[:length] if len(fixed) <= length else fixed[:length]


def normalise_pdf(path):
    """Blank out creation dates and the document ID with same-length bytes (xref stays valid)."""
    data = path.read_bytes()
    data = PDF_DATE_RE.sub(lambda m: _same_len(b"D:20240101000000", len(m.group(0))), data)

    def fix_id(m):
        s = m.group(0)
        return re.sub(rb"[0-9A-Fa-f](?=[0-9A-Fa-f]*>)", b"0", s)

    data = PDF_ID_RE.sub(fix_id, data)
    data = PDF_SUM_RE.sub(lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = XMP_DATE_RE.sub(lambda m: _same_len(b"2024-01-01T00:00:00Z", len(m.group(0))), data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
         "--outdir", str(path.parent), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
    )
    pdf = path.with_suffix(".pdf")
    normalise_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

def _squash(s):
    return re.sub(r"\s+", "", s or "")


def _pdf_texts(pdf):
    """Reading-order text plus a column-wise text rebuilt from word boxes.

    Table cells that sit side by side share text lines in plain pdftotext output, so the
    words are also regrouped: a run of close words on one line is a fragment, fragments
    that start at the same x on a page are stacked top to bottom (one table column).
    """
    plain = subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    word_re = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>')
    columns = []
    for page in xml.split("<page")[1:]:
        words = [(float(a), float(b), float(c), html.unescape(t)) for a, b, c, t in word_re.findall(page)]
        words.sort(key=lambda w: (round(w[1]), w[0]))
        frags = []
        for x0, y0, x1, t in words:
            last = frags[-1] if frags else None
            if last and abs(last["y"] - y0) < 1.5 and x0 - last["x1"] < 3:
                last["t"] += t
                last["x1"] = x1
            else:
                frags.append({"x": x0, "y": y0, "x1": x1, "t": t})
        by_x = {}
        for f in frags:
            by_x.setdefault(round(f["x"] / 4), []).append(f)
        for key in sorted(by_x):
            columns.append("".join(f["t"] for f in sorted(by_x[key], key=lambda f: f["y"])))
    return _squash(plain) + "\n" + "\n".join(_squash(c) for c in columns)


def check_pdf(pdf, gold):
    flat = _pdf_texts(pdf)
    missing = []
    wanted = []
    for i in gold["indicators"]:
        wanted += [i["name"], i["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    for w in wanted:
        if w and _squash(w) not in flat:
            missing.append(w)
    return missing


def write_annotations():
    ANN.mkdir(exist_ok=True)
    for fname, g in GOLD.items():
        for name in (fname, str(Path(fname).with_suffix(".pdf"))):
            rec = {"source": name}
            rec.update(g)
            (ANN / f"{name}.json").write_text(
                json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def md5s():
    out = {}
    for p in sorted(HERE.iterdir()):
        if p.suffix in (".xlsx", ".docx", ".pdf"):
            out[p.name] = hashlib.md5(p.read_bytes()).hexdigest()
    return out


def build_all():
    write_annotations()
    for fname, builder in BUILDERS.items():
        path = HERE / fname
        builder(path)
        normalise_zip(path)
        to_pdf(path)


def main():
    build_all()
    problems = 0
    for fname, g in GOLD.items():
        pdf = (HERE / fname).with_suffix(".pdf")
        miss = check_pdf(pdf, g)
        print(f"{pdf.name}: {'ok' if not miss else 'MISSING ' + repr(miss)}")
        problems += len(miss)
    first = md5s()
    build_all()
    second = md5s()
    for name in first:
        same = first[name] == second.get(name)
        print(f"{name}: {first[name]} {'stable' if same else 'CHANGED ' + second.get(name, '')}")
        problems += 0 if same else 1
    if "--keep-profile" not in sys.argv:
        shutil.rmtree("/tmp/lo_blind289", ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
