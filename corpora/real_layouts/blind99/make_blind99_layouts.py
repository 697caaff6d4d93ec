#!/usr/bin/env python3
"""Blind part blind99 of the real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document reproduces
the layout of a stored public web page (address in SOURCES.md and in the gold). Facts
(names, values, units, amounts, dates, document numbers, organisations) are kept as
found; longer narrative sentences are reworded with their numbers kept. Every document
stops where the stored page copy stops.

The gold JSON for each file is written FIRST (before any file is generated or looked
at by anything else), then DOCX/XLSX, then the PDF via LibreOffice.

Run:  /tmp/venv/bin/python make_blind99_layouts.py
"""
from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)
CJK_FONT = "Noto Sans CJK SC"


def ind(level1, level2, name, operator, value, unit, target_text, actual=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# 1. Anhui, Qimen county: 2024 民生实事 progress table (XLSX)
# ---------------------------------------------------------------------------
QIMEN_URL = "https://www.ahqimen.gov.cn/zxzx/ztzl/rmzt/msgc/gkgs/9266452.html"
QIMEN_NAME = "anhui-qimen-minsheng-progress"

# grid: 10 columns. Column D/E are the two halves of the first 目标任务 column
# (merged D:E except in the 低保/特困 rows, where the page splits it in two).
QIMEN_HEADER = ["序号", "类别", "项目名称", "目标任务", None, "牵头单位", "目标任务",
                "累计完成", "累计进度", "备注"]
QIMEN_ROWS = [
    # (cells A..J)  None = covered by a merge
    ["1", "一、就业促进(3项)", "促进重点群体稳定就业", "城镇新增就业1100人", None, "县人社局", "1100", "1063", "96.64%", ""],
    [None, None, None, "“三公里”充分就业社区4个", None, None, "4", "4", "100%", ""],
    ["2", None, "支持毕业生求职创业", "按1500元/人标准发放求职创业补贴", None, "县人社局", "",
     "目前此项工作按照文件实施方案已组织符合条件人员进行网上申请,待系统、人工审核通过校验信息人员,完成公示阶段后,补贴资金于12月28日前,足额发放到符合申领条件的毕业生银行账户中。", None, None],
    ["3", None, "放心家政行动", "培训家政服务人员613人次", None, "县科商工信局", "613", "626", "102.12%", ""],
    [None, None, None, "新增家政服务人员275人", None, None, "275", "284", "103.27%", ""],
    ["4", "二、社会保障(5项)", "加强城乡低保人员和特困人员生活保障,规范确定和调整低保标准", "最低生活保障", "农村标准(元/月)", "县民政局", "", "", "", ""],
    [None, None, None, None, "农村保障人数", None, "-", "35611", "持续推进", ""],
    [None, None, None, None, "城市标准(元/月)", None, "", "", "", ""],
    [None, None, None, None, "城市保障人数", None, "-", "6794", "持续推进", ""],
    [None, None, None, "特困人员救助供养", "农村标准(元/月)", None, "", "", "", ""],
    [None, None, None, None, "农村保障人数", None, "-", "9552", "持续推进", ""],
    [None, None, None, None, "城市标准(元/月)", None, "", "", "", ""],
    [None, None, None, None, "城市保障人数", None, "-", "62", "持续推进", ""],
    ["5", None, "农村敬老院运营服务能力提升", "督促辖区内4家公建公营敬老院规范运营,加强内部安全管理,提升服务质量", None, "县民政局", "4", "4", "100%", "按照工程进度测算"],
    ["6", None, "加强城乡公益性公墓建设管理", "推进不少于7个城乡公益性公墓新建、改扩建或配套设施改造以及提升管理维护水平", None, "县民政局", "7", "7", "100%", "按照工程进度测算"],
    ["7", None, "企业职工退休一件事一次办理", "企业职工退休一件事一次办理人次", None, "县人社局", "-", "454", "持续推进", ""],
    ["8", None, "稳步推进长期护理保险制度建设", "制定我县推进长期护理保险制度建设实施方案;实现长", None, "", "", "", "", ""],
]
# merges in sheet coordinates (header is row 1, data from row 2)
QIMEN_MERGES = [
    "D1:E1",
    "A2:A3", "B2:B6", "C2:C3", "D2:E2", "D3:E3", "F2:F3",
    "D4:E4", "H4:J4",
    "A5:A6", "C5:C6", "D5:E5", "D6:E6", "F5:F6",
    "A7:A14", "B7:B18", "C7:C14", "D7:D10", "D11:D14", "F7:F14",
    "D15:E15", "D16:E16", "D17:E17", "D18:E18",
]

L_EMP = "就业促进"
L_SOC = "社会保障"
C_LOW = "加强城乡低保人员和特困人员生活保障,规范确定和调整低保标准"
QIMEN_GOLD = {
    "source_urls": [QIMEN_URL],
    "province": "安徽省",
    "doc_kind": "民生实事目标任务进度表(县级)",
    "patterns": [1, 5, 6, 7, 10],
    "indicators": [
        ind(L_EMP, "促进重点群体稳定就业", "城镇新增就业1100人", None, 1100, "人", "1100", 1063),
        ind(L_EMP, "促进重点群体稳定就业", "“三公里”充分就业社区4个", None, 4, "个", "4", 4),
        ind(L_EMP, "支持毕业生求职创业", "按1500元/人标准发放求职创业补贴", None, 1500, "元/人", None, None),
        ind(L_EMP, "放心家政行动", "培训家政服务人员613人次", None, 613, "人次", "613", 626),
        ind(L_EMP, "放心家政行动", "新增家政服务人员275人", None, 275, "人", "275", 284),
        ind(L_SOC, C_LOW, "农村标准(元/月)", None, None, "元/月", None, None),
        ind(L_SOC, C_LOW, "农村保障人数", None, None, None, "-", 35611),
        ind(L_SOC, C_LOW, "城市标准(元/月)", None, None, "元/月", None, None),
        ind(L_SOC, C_LOW, "城市保障人数", None, None, None, "-", 6794),
        ind(L_SOC, C_LOW, "农村标准(元/月)", None, None, "元/月", None, None),
        ind(L_SOC, C_LOW, "农村保障人数", None, None, None, "-", 9552),
        ind(L_SOC, C_LOW, "城市标准(元/月)", None, None, "元/月", None, None),
        ind(L_SOC, C_LOW, "城市保障人数", None, None, None, "-", 62),
        ind(L_SOC, "农村敬老院运营服务能力提升", "督促辖区内4家公建公营敬老院规范运营,加强内部安全管理,提升服务质量", None, 4, "家", "4", 4),
        ind(L_SOC, "加强城乡公益性公墓建设管理", "推进不少于7个城乡公益性公墓新建、改扩建或配套设施改造以及提升管理维护水平", ">=", 7, "个", "7", 7),
        ind(L_SOC, "企业职工退休一件事一次办理", "企业职工退休一件事一次办理人次", None, None, None, "-", 454),
        ind(L_SOC, "稳步推进长期护理保险制度建设", "制定我县推进长期护理保险制度建设实施方案;实现长", None, None, None, None, None),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "consistency.deviation_reason_missing", "item": "城镇新增就业1100人",
         "why": "累计完成1063 < 目标1100(累计进度96.64%),备注栏空白,未说明未完成原因。"},
        {"rule": "target.missing_value", "item": "农村标准(元/月)",
         "why": "最低生活保障和特困人员救助供养两组下的农村标准行,目标任务、累计完成、累计进度全部空白。"},
        {"rule": "target.missing_value", "item": "城市标准(元/月)",
         "why": "最低生活保障和特困人员救助供养两组下的城市标准行,目标任务和完成值全部空白。"},
        {"rule": "target.missing_value", "item": "农村保障人数",
         "why": "目标任务栏只有“-”,只给累计完成(35611、9552),没有可比的目标值。"},
        {"rule": "target.missing_value", "item": "城市保障人数",
         "why": "目标任务栏只有“-”,只给累计完成(6794、62)。"},
        {"rule": "target.missing_value", "item": "企业职工退休一件事一次办理人次",
         "why": "目标任务栏为“-”,累计完成454,累计进度写“持续推进”,无法衡量。"},
    ],
    "notes": (
        "Stored page copy starts directly with the table (no title, no preamble) and stops inside "
        "row 8, mid-cell: '制定我县推进长期护理保险制度建设实施方案;实现长'. The sheet stops there; row 8's other "
        "cells are left empty. Kept as found: the header word 目标任务 appears twice (a descriptive column "
        "and a numeric column); the first 目标任务 column is split into two sub-columns (D/E) only in the "
        "低保/特困 rows (group 最低生活保障 / 特困人员救助供养 in D, sub-item in E), elsewhere D:E are merged; "
        "类别 is merged down its block; row 2 (求职创业补贴) has its progress as prose merged over "
        "累计完成..备注 and an empty numeric 目标任务 cell. Judgement calls: level1 = 类别 without the "
        "numbering '一、' and the count '(3项)'; level2 = 项目名称 for every row (the intermediate groups "
        "最低生活保障 / 特困人员救助供养 are not in the gold fields, so the four sub-item names repeat "
        "twice); name = the finest descriptive cell; target_text = the numeric 目标任务 cell; value/unit "
        "taken from the number written in the name when the name carries one (pattern 6), e.g. "
        "'城镇新增就业1100人' -> 1100 人, '4家' -> 家, '不少于7个' -> '>=' 7 个. '按1500元/人标准…' is a "
        "standard written in the name with an empty target cell: value 1500 元/人, target_text null, no "
        "finding (the prose cell explains the payment is pending). All stated 累计进度 rates recompute "
        "correctly (1063/1100=96.64%, 626/613=102.12%, 284/275=103.27%, 4/4, 7/7), so no consistency.rate "
        "finding. Vague verbs in the 敬老院 row (加强/提升) were not flagged because the row does carry a "
        "count (4家). The cut row 8 is not flagged (the cut is the page copy's, not the document's). "
        "No goals and no sum facts are stated on the page."
    ),
}


# ---------------------------------------------------------------------------
# 2. Hunan, Yueyang city: 12 件重点民生实事 progress (DOCX)
# ---------------------------------------------------------------------------
YY_URL = "https://www.yueyang.gov.cn/ztxx/57832/57839/content_1644511.html"
YY_NAME = "hunan-yueyang-minsheng-progress"
YY_TITLE = "岳阳市1-11月12件重点民生实事工作落实情况"
YY_HEADER = ["序号", "考核指标", "单 位", "工作目标", "已完成数", "占年任务之比", "备  注"]
YY_ROWS = [
    ["1", "城镇新增就业", "万人", "5.2", "7.23", "139.1%", "人力资源社会保障局"],
    ["2", "自然村通水泥(沥青)路", "公里", "1360", "1361.92", "100.1%", "交通局"],
    [None, "提质改造农村公路", "公里", "168", "171.70", "102.2%", None],
    ["3", "新增农村通自来水人口", "万人", "4.52", "5.52", "122.0%", "水利局"],
    ["4", "减少义务教育大班额1.4万个以上", "", "869", "1022", "117.6%", "教体局"],
    ["5", "农村适龄妇女“两癌”免费检查", "", "93215", "106345", "114.1%", "妇联"],
    [None, "孕产妇免费产前筛查", "万人", "3.31", "3.49", "105.3%", "卫健委"],
    ["6", "提高困难残疾人生活补贴发放标准", "元/月/人", "不低于60元", "60", "达到目标60元", "民政局"],
    [None, "提高重度残疾人护理补贴发放标准", "元/月/人", "不低于60元", "60", "达到目标60元", None],
    [None, "提高农村低保标准", "元/年/人", "不低于3700元", "3840", "达到目标3840元", None],
    [None, "提高农村救助水平", "元/月/人", "不低于197元", "197", "达到目标197元", None],
    ["7", "所有县(市)实现二甲公立医院全覆盖", "-", "-", "-", "", "卫健委"],
    [None, "基本消除村卫生室“空白村”(平江17、汩罗4)", "", "21", "21", "100.0%", None],
    ["8", "改(新)建农村户用厕所100万户以上", "", "144281", "127258", "88.2%", "农业农村局"],
    ["9", "推行“一村一辅警", "", "1379", "1626", "117.9%", "公安局"],
    ["10", "完成10千伏及以下行政村配电网改造(37个村)", "万元", "5900", "5900", "100.0%", "岳阳电力公司"],
    ["11", "数字广播电视户户通工程", "60座台站开展省级节目数字化覆盖", "8", "11月底厂家开始安排发货,预定12月初开始安装调试设备。", None, "文化旅游广电局"],
    [None, None, "新增15万户直播卫星用户", "12800", "7854", "61.4%", None],
    ["12", "农村高速宽带网络覆盖工程", "新建7000个贫困自然村通光纤", "350", "350", "100.0%", "工信局、通信管理办"],
    [None, None, "新建1500个行政村4G基站", "68", "68", "100.0%", None],
]
# (row index in YY_ROWS, col) ranges to merge: (r0, c0, r1, c1) over data rows (0-based)
YY_MERGES = [
    (1, 0, 2, 0), (1, 6, 2, 6),
    (5, 0, 6, 0),
    (7, 0, 10, 0), (7, 6, 10, 6),
    (11, 0, 12, 0), (11, 6, 12, 6),
    (16, 0, 17, 0), (16, 1, 17, 1), (16, 4, 16, 5), (16, 6, 17, 6),
    (18, 0, 19, 0), (18, 1, 19, 1), (18, 6, 19, 6),
]
G_TV = "数字广播电视户户通工程"
G_NET = "农村高速宽带网络覆盖工程"
YY_GOLD = {
    "source_urls": [YY_URL],
    "province": "湖南省",
    "doc_kind": "重点民生实事落实情况表(市级,1-11月)",
    "patterns": [1, 4, 5, 6, 7, 10],
    "indicators": [
        ind(None, None, "城镇新增就业", None, 5.2, "万人", "5.2", 7.23),
        ind(None, None, "自然村通水泥(沥青)路", None, 1360, "公里", "1360", 1361.92),
        ind(None, None, "提质改造农村公路", None, 168, "公里", "168", 171.70),
        ind(None, None, "新增农村通自来水人口", None, 4.52, "万人", "4.52", 5.52),
        ind(None, None, "减少义务教育大班额1.4万个以上", None, 869, None, "869", 1022),
        ind(None, None, "农村适龄妇女“两癌”免费检查", None, 93215, None, "93215", 106345),
        ind(None, None, "孕产妇免费产前筛查", None, 3.31, "万人", "3.31", 3.49),
        ind(None, None, "提高困难残疾人生活补贴发放标准", ">=", 60, "元/月/人", "不低于60元", 60),
        ind(None, None, "提高重度残疾人护理补贴发放标准", ">=", 60, "元/月/人", "不低于60元", 60),
        ind(None, None, "提高农村低保标准", ">=", 3700, "元/年/人", "不低于3700元", 3840),
        ind(None, None, "提高农村救助水平", ">=", 197, "元/月/人", "不低于197元", 197),
        ind(None, None, "所有县(市)实现二甲公立医院全覆盖", None, None, None, "-", None),
        ind(None, None, "基本消除村卫生室“空白村”(平江17、汩罗4)", None, 21, None, "21", 21),
        ind(None, None, "改(新)建农村户用厕所100万户以上", None, 144281, None, "144281", 127258),
        ind(None, None, "推行“一村一辅警", None, 1379, None, "1379", 1626),
        ind(None, None, "完成10千伏及以下行政村配电网改造(37个村)", None, 5900, "万元", "5900", 5900),
        ind(None, G_TV, "60座台站开展省级节目数字化覆盖", None, 8, None, "8", None),
        ind(None, G_TV, "新增15万户直播卫星用户", None, 12800, None, "12800", 7854),
        ind(None, G_NET, "新建7000个贫困自然村通光纤", None, 350, None, "350", 350),
        ind(None, G_NET, "新建1500个行政村4G基站", None, 68, None, "68", 68),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "consistency.rate", "item": "城镇新增就业",
         "why": "7.23/5.2 = 139.04%,按一位小数应为139.0%,表中写139.1%。"},
        {"rule": "consistency.rate", "item": "新增农村通自来水人口",
         "why": "5.52/4.52 = 122.12%,应为122.1%,表中写122.0%。"},
        {"rule": "consistency.rate", "item": "孕产妇免费产前筛查",
         "why": "3.49/3.31 = 105.44%,应为105.4%,表中写105.3%。"},
        {"rule": "consistency.deviation_reason_missing", "item": "改(新)建农村户用厕所100万户以上",
         "why": "已完成127258 < 工作目标144281(88.2%),表中没有任何原因说明(备注栏只写责任单位)。"},
        {"rule": "consistency.deviation_reason_missing", "item": "新增15万户直播卫星用户",
         "why": "已完成7854 < 工作目标12800(61.4%),没有原因说明。"},
        {"rule": "target.missing_value", "item": "所有县(市)实现二甲公立医院全覆盖",
         "why": "单位、工作目标、已完成数均为“-”,无可衡量的目标值。"},
        {"rule": "target.missing_unit", "item": "减少义务教育大班额1.4万个以上",
         "why": "工作目标869、已完成1022,单位栏空白。"},
        {"rule": "target.missing_unit", "item": "农村适龄妇女“两癌”免费检查",
         "why": "工作目标93215,单位栏空白(人次/人不明)。"},
        {"rule": "target.missing_unit", "item": "基本消除村卫生室“空白村”(平江17、汩罗4)",
         "why": "工作目标21,单位栏空白。"},
        {"rule": "target.missing_unit", "item": "改(新)建农村户用厕所100万户以上",
         "why": "工作目标144281,单位栏空白。"},
        {"rule": "target.missing_unit", "item": "推行“一村一辅警",
         "why": "工作目标1379,单位栏空白。"},
        {"rule": "target.missing_unit", "item": "60座台站开展省级节目数字化覆盖",
         "why": "该行把指标内容写在单位栏,工作目标8没有单位。"},
        {"rule": "target.missing_unit", "item": "新增15万户直播卫星用户",
         "why": "指标内容占了单位栏,工作目标12800没有单位。"},
        {"rule": "target.missing_unit", "item": "新建7000个贫困自然村通光纤",
         "why": "指标内容占了单位栏,工作目标350没有单位。"},
        {"rule": "target.missing_unit", "item": "新建1500个行政村4G基站",
         "why": "指标内容占了单位栏,工作目标68没有单位。"},
        {"rule": "target.input_or_process", "item": "完成10千伏及以下行政村配电网改造(37个村)",
         "why": "工作目标以投资额5900万元衡量(单位万元),衡量的是资金投入而不是改造的村数。"},
    ],
    "notes": (
        "Stored page: title, a '来源: 【字体:' chrome line (dropped), then the table as plain text; the copy "
        "stops after the row '新建1500个行政村4G基站 68 68 100.0%', which is the last of the 12 items, so the "
        "table looks complete but the page copy may hold nothing after it. Cell boundaries were inferred "
        "from the whitespace-separated text: rows without a 序号 are continuation rows (序号 and 备注 "
        "merged down). Kept as found: header '单 位'/'备  注' with inner spaces; rows 4, 5 (两癌), 7b, 8, 9 "
        "with empty 单位; row 7 with three '-'; '汩罗' (for 汨罗) and the unclosed quote in '推行“一村一辅警'; "
        "'达到目标60元' text in the ratio column; in items 11 and 12 the sub-item text sits in the 单 位 "
        "column (labels shifted one level, pattern 4) and item 11's first 已完成数 is prose merged over the "
        "ratio cell. Names that carry a number (…1.4万个以上, …100万户以上, …(37个村), 60座…, 15万户…, "
        "7000个…, 1500个…) keep it in the name; value is the 工作目标 cell (869, 144281 …), operator null, "
        "and the number in the name is NOT used as value (judgement: the 工作目标 column is the target; "
        "the name's number is a provincial/overall slogan). '不低于60元' -> '>=' 60 with the unit of the 单位 "
        "column. level2 for items 11-12 = the group name in 考核指标; other rows have no levels. "
        "Rates recomputed at the stated one decimal: three mismatch by 0.1 (139.1, 122.0, 105.3) and are "
        "flagged as consistency.rate although they may come from unrounded actuals; all other ratios match "
        "(100.1, 102.2, 117.6, 114.1, 100.0, 88.2, 117.9, 61.4). Shortfalls (88.2%, 61.4%) have no reason "
        "column at all. No goals or sum facts on the page ('12件' matches the 12 numbered rows)."
    ),
}


# ---------------------------------------------------------------------------
# 3. Jiangxi, Yichun city: allocation notice + 绩效目标表 (XLSX)
# ---------------------------------------------------------------------------
YC_URL = "http://cgjd.org.cn/show-322325.html"
YC_NAME = "jiangxi-yichun-grainoil-alloc"
YC_PARAS = [
    "5月份,省财政厅向我市下达了两项农机类资金。结合当前实际,现拟将其分配到各县,用于提升农机装备能力、满足农业生产需要。",
    "一是中央粮油生产保障资金。《关于下达2023年中央粮油生产保障资金的通知》(赣财农指[2023]10号)下达我市5646万元,用于支持水稻集中育秧设施建设。经与市财政局农业科沟通,主要按各县申报的建设数量和资金补助计划数分配,并对水稻机械化种植方式比例较高的樟树市适当调剂。各县分配量及绩效目标表详见附表1和附表2。",
    "二是中央农业产业发展资金。《关于下达2023年中央农业产业发展资金的通知》(赣财农指[2023]12号)下达我市6917万元,用于农机购置补贴。经与市财政局农业科沟通,按《关于印发农业相关转移支付资金管理办法的通知》(财农[2023]11号)规定的因素法测算,以各县粮食面积、油料面积、畜禽年末存栏量、淡水养殖面积、近三年农机购置补贴资金使用量等为因素,并结合预计执行情况适当调剂。各县分配量及绩效目标表详见附表3和附表4。",
    "现予以公示。公示期间如有异议,请于2023年6月21日17:00前向市农业农村局农机科反映,联系电话:3568693。",
]
YC_ALLOC_TITLE = "附表1:2023年中央粮油生产保障资金分配表(单位:万元)"
YC_ALLOC = [
    ["县(市、区)", "袁州", "奉新", "万载", "上高", "宜丰", "靖安", "铜鼓", "丰城", "樟树", "高安", "合计"],
    ["金额", 439, 273, 676, 367, 647, 60, 164, 1673, 457, 890, 5646],
]
YC_TARGET_TITLE = "附表2:2023年中央粮油生产保障资金绩效目标表"
YC_GOLD = {
    "source_urls": [YC_URL],
    "province": "江西省",
    "doc_kind": "转移支付资金分配公示(附分配表和绩效目标表)",
    "patterns": [1, 10],
    "indicators": [],
    "goals": [{"kind": "年度目标", "text": "支持水稻集中育秧设施建设"}],
    "facts": [
        {"metric": "2023年中央粮油生产保障资金分配", "kind": "sum", "total": 5646,
         "parts": [439, 273, 676, 367, 647, 60, 164, 1673, 457, 890], "unit": "万元"},
        {"metric": "年度资金总额", "kind": "sum", "total": 5646, "parts": [5646, 0], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": "支持水稻集中育秧设施建设",
         "why": "年度目标只说支持建设,没有育秧设施数量、面积或任何数字。"},
    ],
    "notes": (
        "Stored page (a 公示 by the city's 农业农村局 on a third-party mirror) stops inside the header row of "
        "附表2's indicator block: '| 绩效指标 | 一级指标 | 二级指标 | 三级指标(' — so the sheet ends with that "
        "header row, the last cell kept cut as '三级指标(' and no indicator rows. 附表3/附表4 (6917万元 "
        "农机购置补贴) are announced in the text but not on the page. Narrative sentences are reworded; "
        "amounts, document numbers (赣财农指[2023]10号, [2023]12号, 财农[2023]11号 with square brackets as "
        "found), the deadline 2023年6月21日17:00 and the phone number are as found. Layout kept: the "
        "allocation table is horizontal (counties as columns, one 金额 row); in 附表2 the label "
        "'资金情况(万元)' is merged down over 年度资金总额 / 其中:中央补助 / 地方补助. Facts: the ten county "
        "amounts add up to 5646 (checked), 中央补助 5646 + 地方补助 0 = 5646; both consistent, so no "
        "consistency.sum finding. Only finding: the 年度目标 has no number. goal.unmeasured is NOT "
        "flagged because the indicator rows are missing only because the page copy stops."
    ),
}


# ---------------------------------------------------------------------------
# 4. Fujian, province: 农村人居环境整治提升行动实施方案 goals (DOCX, prose)
# ---------------------------------------------------------------------------
FJ_URL = "http://nynct.fujian.gov.cn/jdhy/zcwd/cjwt/zcgg/202312/t20231212_6329673.htm"
FJ_NAME = "fujian-province-renju-plan"
FJ_CHROME = ["欢迎您访问福建省农业农村厅网站",
             "当前位置: 首页 > 解读回应 > 政策问答 > 文字问答 > 政策改革"]
FJ_G1 = "按照《福建省农村人居环境整治提升行动实施方案》的部署,到2025年,全省农村人居环境要有明显提升,生态宜居美丽乡村建设再上新台阶。"
FJ_G2 = ("具体来看:农村卫生厕所实现全面普及,厕所粪污得到有效处理或资源化利用;农村生活污水治理率达到65%以上,"
         "较大面积的农村黑臭水体基本消除;农村生活垃圾基本做到无害化处理,农村有机垃圾生态处理机制基本建立;"
         "新建改造农村公路5000公里;农村自来水普及率达到90%以上。")
FJ_G3 = "同时,长效管护机制全面建立,建成一批美丽宜居村庄。"
FJ_GOLD = {
    "source_urls": [FJ_URL],
    "province": "福建省",
    "doc_kind": "实施方案(主要目标的政策解读,散文)",
    "patterns": [],
    "indicators": [
        ind(None, None, "农村生活污水治理率", ">=", 65, "%", "达到65%以上"),
        ind(None, None, "新建改造农村公路", None, 5000, "公里", "5000公里"),
        ind(None, None, "农村自来水普及率", ">=", 90, "%", "达到90%以上"),
    ],
    "goals": [
        {"kind": "总体目标", "text": FJ_G1},
        {"kind": "总体目标", "text": FJ_G2},
        {"kind": "总体目标", "text": FJ_G3},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": FJ_G1,
         "why": "“明显提升”“再上新台阶”没有任何数字或基线。"},
        {"rule": "goal.unquantified", "item": FJ_G3,
         "why": "“一批美丽宜居村庄”没有数量;长效管护机制“全面建立”无衡量标准。"},
        {"rule": "goal.unquantified", "item": "农村卫生厕所实现全面普及",
         "why": "卫生厕所“全面普及”没有给出普及率,同句中的污水治理率、自来水普及率都有数字。"},
    ],
    "notes": (
        "Stored page is short: site chrome ('TOP', welcome line, breadcrumb), the label '访谈解读:' and one "
        "paragraph quoting the goals of 《福建省农村人居环境整治提升行动实施方案》; the copy ends with that "
        "paragraph. 'TOP' was dropped; welcome line and breadcrumb kept as small lines. The paragraph is "
        "reworded (own words) and split into three sentences, each taken as one goal (kind 总体目标; the page "
        "gives no 年度 split); every number is kept: 到2025年, 65%以上, 5000公里, 90%以上. Prose-only document "
        "(no table). Indicators: only the three quantified targets stated in the prose, names kept verbatim; "
        "'达到65%以上' -> '>=' 65 %, '5000公里' -> operator null. Qualitative clauses (卫生厕所全面普及, 生活垃圾"
        "基本无害化处理, 黑臭水体基本消除, 有机垃圾处理机制基本建立) were not turned into indicator rows; the "
        "卫生厕所 clause is flagged because the national plan it sits beside normally states a rate. "
        "Judgement: the vague-verb wording of G1 is reported as goal.unquantified, not target.vague_wording."
    ),
}

DOCS = [
    (QIMEN_NAME, "xlsx", QIMEN_GOLD),
    (YY_NAME, "docx", YY_GOLD),
    (YC_NAME, "xlsx", YC_GOLD),
    (FJ_NAME, "docx", FJ_GOLD),
]


# ---------------------------------------------------------------------------
# gold first
# ---------------------------------------------------------------------------
def write_gold():
    ANN.mkdir(parents=True, exist_ok=True)
    for name, ext, gold in DOCS:
        for fname in (f"{name}.{ext}", f"{name}.pdf"):
            g = {"source": fname}
            g.update(copy.deepcopy(gold))
            order = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators",
                     "goals", "facts", "findings", "notes"]
            g = {k: g[k] for k in order}
            (ANN / f"{fname}.json").write_text(
                json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------
def normalize_zip(path: Path):
    """Rewrite a zip container with fixed timestamps and sorted-stable order."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


def _set_cjk(run, size=None, bold=False):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = CJK_FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), CJK_FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def _docx_new():
    import docx
    from docx.shared import Cm
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = "blind99"
    cp.last_modified_by = "blind99"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return d


def _para(d, text, size=10.5, bold=False, align=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    _set_cjk(r, size, bold)
    return p


def _cell_text(cell, text, size=9, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    _set_cjk(r, size, bold)


def build_yueyang(out: Path):
    d = _docx_new()
    _para(d, YY_TITLE, 14, True, "center")
    ncol = len(YY_HEADER)
    t = d.add_table(rows=1 + len(YY_ROWS), cols=ncol)
    t.style = "Table Grid"
    for c, h in enumerate(YY_HEADER):
        _cell_text(t.cell(0, c), h, 9, True)
    for r, row in enumerate(YY_ROWS):
        for c, v in enumerate(row):
            if v is not None:
                _cell_text(t.cell(r + 1, c), str(v))
    for (r0, c0, r1, c1) in YY_MERGES:
        t.cell(r0 + 1, c0).merge(t.cell(r1 + 1, c1))
    d.save(out)
    normalize_zip(out)


def build_fujian(out: Path):
    d = _docx_new()
    for line in FJ_CHROME:
        _para(d, line, 8)
    _para(d, "访谈解读:", 12, True)
    _para(d, FJ_G1 + FJ_G2 + FJ_G3, 11)
    d.save(out)
    normalize_zip(out)


def _xlsx_new():
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = "blind99"
    wb.properties.lastModifiedBy = "blind99"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def _xfont(bold=False, size=10):
    from openpyxl.styles import Font
    return Font(name=CJK_FONT, bold=bold, size=size)


def _thin():
    from openpyxl.styles import Border, Side
    s = Side(style="thin")
    return Border(left=s, right=s, top=s, bottom=s)


def _save_xlsx(wb, out: Path):
    wb.save(out)
    # openpyxl stamps docProps/core.xml modified with now(); force it
    tmp = out.with_suffix(".tmp2")
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-01-01T00:00:00Z</dcterms:modified>", data)
                data = re.sub(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                              rb"<dcterms:created\1>2024-01-01T00:00:00Z</dcterms:created>", data)
            zout.writestr(item.filename, data)
    tmp.replace(out)
    normalize_zip(out)


def build_qimen(out: Path):
    from openpyxl.styles import Alignment
    wb = _xlsx_new()
    ws = wb.active
    ws.title = "Sheet1"
    widths = [6, 14, 24, 30, 16, 12, 10, 12, 12, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    border = _thin()
    al = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for c, h in enumerate(QIMEN_HEADER):
        cell = ws.cell(row=1, column=c + 1, value=h)
        cell.font = _xfont(True)
    for r, row in enumerate(QIMEN_ROWS):
        for c, v in enumerate(row):
            if v is not None and v != "":
                ws.cell(row=r + 2, column=c + 1, value=v)
    for r in range(1, len(QIMEN_ROWS) + 2):
        for c in range(1, 11):
            cell = ws.cell(row=r, column=c)
            cell.border = border
            cell.alignment = al
            if r > 1:
                cell.font = _xfont()
    for m in QIMEN_MERGES:
        ws.merge_cells(m)
    # explicit row heights (LibreOffice does not re-flow merged wrapped cells)
    span = {"H4": widths[7] + widths[8] + widths[9]}
    for r in range(2, len(QIMEN_ROWS) + 2):
        lines = 1
        for c in range(1, 11):
            v = ws.cell(row=r, column=c).value
            if isinstance(v, str) and v:
                col = chr(64 + c)
                w = span.get(f"{col}{r}", widths[c - 1] + (widths[4] if c == 4 else 0))
                lines = max(lines, -(-len(v) * 2 // max(w - 1, 1)))
        ws.row_dimensions[r].height = 14 * lines
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    _save_xlsx(wb, out)


def build_yichun(out: Path):
    from openpyxl.styles import Alignment
    wb = _xlsx_new()
    ws = wb.active
    ws.title = "公示"
    ncol = 12
    for i in range(ncol):
        ws.column_dimensions[chr(65 + i)].width = 10
    ws.column_dimensions["A"].width = 14
    border = _thin()
    wrap = Alignment(wrap_text=True, vertical="center")
    ctr = Alignment(wrap_text=True, vertical="center", horizontal="center")
    row = 1
    for p in YC_PARAS:
        ws.cell(row=row, column=1, value=p).font = _xfont()
        ws.cell(row=row, column=1).alignment = wrap
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.row_dimensions[row].height = 15 * max(2, len(p) // 55 + 1)
        row += 1
    row += 1
    ws.cell(row=row, column=1, value=YC_ALLOC_TITLE).font = _xfont(True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    row += 1
    for r in YC_ALLOC:
        for c, v in enumerate(r):
            cell = ws.cell(row=row, column=c + 1, value=v)
            cell.font = _xfont()
            cell.border = border
            cell.alignment = ctr
        row += 1
    row += 1
    ws.cell(row=row, column=1, value=YC_TARGET_TITLE).font = _xfont(True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
    row += 1
    t0 = row
    # target table: 6 columns wide (A..F)
    lines = [
        [("专项(项目)名称", 1, 1), ("粮油生产保障资金", 2, 6)],
        [("主管部门", 1, 1), ("宜春市农业农村局", 2, 6)],
        [("资金情况(万元)", 1, 1), ("年度资金总额", 2, 2), (5646, 3, 6)],
        [(None, 1, 1), ("其中:中央补助", 2, 2), (5646, 3, 6)],
        [(None, 1, 1), ("地方补助", 2, 2), (0, 3, 6)],
        [("年度目标", 1, 1), ("支持水稻集中育秧设施建设", 2, 6)],
        [("绩效指标", 1, 1), ("一级指标", 2, 2), ("二级指标", 3, 3), ("三级指标(", 4, 4), (None, 5, 5), (None, 6, 6)],
    ]
    for i, ln in enumerate(lines):
        r = t0 + i
        for (v, c0, c1) in ln:
            if v is not None:
                ws.cell(row=r, column=c0, value=v)
            if c1 > c0:
                ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)
        for c in range(1, 7):
            cell = ws.cell(row=r, column=c)
            cell.border = border
            cell.alignment = ctr
            cell.font = _xfont()
    ws.merge_cells(start_row=t0 + 2, start_column=1, end_row=t0 + 4, end_column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    _save_xlsx(wb, out)


BUILDERS = {QIMEN_NAME: build_qimen, YY_NAME: build_yueyang, YC_NAME: build_yichun,
            FJ_NAME: build_fujian}


def fix_pdf_dates(pdf: Path):
    """Replace LibreOffice's creation dates / IDs with fixed strings of equal length."""
    b = pdf.read_bytes()

    def dsub(m):
        s = m.group(2)
        fixed = b"D:20240101000000" + s[16:]
        return m.group(1) + fixed[:len(s)] + m.group(3)
    b = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", dsub, b)

    def idsub(m):
        return m.group(1) + b"0" * len(m.group(2)) + m.group(3)
    b = re.sub(rb"(<)([0-9A-Fa-f]{16,})(>)", idsub, b)
    b = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), b)
    b = re.sub(rb"(<xmp:CreateDate>)([^<]*)(</xmp:CreateDate>)",
               lambda m: m.group(1) + (b"2024-01-01T00:00:00" + b" " * 40)[:len(m.group(2))] + m.group(3), b)
    b = re.sub(rb"(<xmp:ModifyDate>)([^<]*)(</xmp:ModifyDate>)",
               lambda m: m.group(1) + (b"2024-01-01T00:00:00" + b" " * 40)[:len(m.group(2))] + m.group(3), b)
    pdf.write_bytes(b)


def to_pdf(src: Path):
    with tempfile.TemporaryDirectory() as prof, tempfile.TemporaryDirectory() as outd:
        env = dict(os.environ)
        env["SOURCE_DATE_EPOCH"] = "1704067200"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outd, str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        produced = Path(outd) / (src.stem + ".pdf")
        dst = src.with_suffix(".pdf")
        shutil.copyfile(produced, dst)
    fix_pdf_dates(dst)
    return dst


def check_text(pdf: Path, gold: dict):
    txt = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", txt)
    missing = []
    items = [i["name"] for i in gold["indicators"]]
    items += [i["target_text"] for i in gold["indicators"] if i["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for s in items:
        if re.sub(r"\s+", "", s) not in flat:
            missing.append(s)
    return missing


def main():
    write_gold()
    ok = True
    for name, ext, gold in DOCS:
        out = HERE / f"{name}.{ext}"
        BUILDERS[name](out)
        if "--no-pdf" in sys.argv:
            continue
        pdf = to_pdf(out)
        miss = check_text(pdf, gold)
        if miss:
            ok = False
            print(f"{pdf.name}: NOT FOUND in PDF text: {miss}")
        else:
            print(f"{pdf.name}: all gold strings present")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
