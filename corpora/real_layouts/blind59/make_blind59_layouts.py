#!/usr/bin/env python3
"""Blind part 59 of the real-layout corpus (code-blind annotation).

Each document reproduces one stored public page (address in the gold's ``source_urls``):
structure, numbers, names, units, document numbers and defects as the stored page has them;
longer sentences (goals, narrative) rewritten in our own words with the same numbers.  Every
stored page holds its beginning only, and each document stops where the page stops.

The gold (``DOCS[*]['gold']``) was written by hand before anything ran on the files.

Usage:  /tmp/venv/bin/python make_blind59_layouts.py [--no-pdf]
Writes the DOCX files, their PDFs (LibreOffice) and annotations/<file>.json (one for the
DOCX, one for the PDF, identical except ``source``).  The DOCX files are deterministic:
core properties pinned to 2025-01-01 and every zip entry rewritten with a fixed date in a
fixed order.
"""
import copy
import datetime
import json
import os
import subprocess
import sys
import zipfile

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------------------------
# Document A: 广西 生态环境厅, 2022 中央水污染防治资金 绩效自评 (indicators as a numbered list)
# ---------------------------------------------------------------------------------------------
A_GOAL = ("钦州、玉林、梧州、防城港四市的重点流域水污染治理得到支持,地表水环境质量继续改善,112个国控断面中"
          "水质优良的比例达到98.2%,地表水劣V类水体比例降为0;6个水源地完成规范化建设或整治;梧州、桂林、"
          "河池、贺州四市的饮用水水源地保护区开展规范化建设、整治和生态修复,地级及以上城市集中式饮用水水源"
          "水质达到或优于Ⅲ类的比例满足国家考核目标要求。")
A_ECO_TARGET = "达到国家下达的年度目标值"
A_BLOCKS = [
    ("h", "一、绩效目标分解下达情况"),
    ("h", "(一)中央下达广西水污染防治资金预算和区域绩效目标情况"),
    ("p", "自治区财政厅先后于2021年11月9日、2022年6月15日和2022年6月28日接到财政部三份水污染防治资金预算通知——"
          "《财政部关于提前下达2022年水污染防治资金预算的通知》(财资环〔2021〕103号)、《财政部关于下达2022年"
          "水污染防治资金预算(第二批)的通知》(财资环〔2022〕57号)和《财政部关于下达2022年水污染防治资金预算"
          "(第三批)的通知》(财资环〔2022〕64号),广西共获得水污染防治资金41470万元,分三批到达:第一批资金"
          "31374万元,第二批资金7096万元,第三批资金3000万元。"),
    ("p", "随资金一并下达的年度总体目标是:" + A_GOAL),
    ("p", "上述目标细化为二级指标5个、三级指标14个:"),
    ("li", "1.数量指标6个:集中式饮用水水源地整治数量6个、新增污染负荷COD削减量1659吨/年、新增污染负荷氨氮削减量"
           "250吨/年、新增污染负荷总氮削减量490吨/年、新增污染负荷总磷削减量27吨/年、新增湿地恢复面积30.4平方公里。"),
    ("li", "2.质量指标1个:项目验收合格率100%。"),
    ("li", "3.时效指标2个:项目开工率100%,项目完工率≥25%。"),
    ("li", "4.生态效益指标4个:地表水水质优良(达到或优于Ⅲ类)比例、地表水劣V类水体降低比例、地级及以上城市集中式"
           "饮用水水源水质达到或优于Ⅲ类比例、地下水国控点位V类水比例4项指标" + A_ECO_TARGET + "。"),
    ("li", "5.服务对象满意度指标1个:群众满意度≥90%。"),
    ("h", "(二)广西分配下达中央水污染防"),
]
A_ECO = ["地表水水质优良(达到或优于Ⅲ类)比例", "地表水劣V类水体降低比例",
         "地级及以上城市集中式饮用水水源水质达到或优于Ⅲ类比例", "地下水国控点位V类水比例"]
A_GOLD = {
    "source_urls": ["http://sthjt.gxzf.gov.cn/zfxxgk/zfxxgkgl/fdzdgknr/czgk/zxzjxm/t16773942.shtml"],
    "province": "广西",
    "doc_kind": "自评报告 (中央水污染防治资金 2022, indicators as a numbered list in prose)",
    "patterns": [6, 10],
    "indicators": [
        ind(None, "数量指标", "集中式饮用水水源地整治数量", None, 6, "个", "6个"),
        ind(None, "数量指标", "新增污染负荷COD削减量", None, 1659, "吨/年", "1659吨/年"),
        ind(None, "数量指标", "新增污染负荷氨氮削减量", None, 250, "吨/年", "250吨/年"),
        ind(None, "数量指标", "新增污染负荷总氮削减量", None, 490, "吨/年", "490吨/年"),
        ind(None, "数量指标", "新增污染负荷总磷削减量", None, 27, "吨/年", "27吨/年"),
        ind(None, "数量指标", "新增湿地恢复面积", None, 30.4, "平方公里", "30.4平方公里"),
        ind(None, "质量指标", "项目验收合格率", None, 100, "%", "100%"),
        ind(None, "时效指标", "项目开工率", None, 100, "%", "100%"),
        ind(None, "时效指标", "项目完工率", ">=", 25, "%", "≥25%"),
    ] + [ind(None, "生态效益指标", n, None, None, None, A_ECO_TARGET) for n in A_ECO] + [
        ind(None, "服务对象满意度指标", "群众满意度", ">=", 90, "%", "≥90%"),
    ],
    "goals": [{"kind": "年度目标", "text": A_GOAL}],
    "facts": [
        {"metric": "2022年广西水污染防治资金", "kind": "sum", "total": 41470, "parts": [31374, 7096, 3000],
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": A_ECO[0],
         "why": "the indicator's target is only '达到国家下达的年度目标值' (reach the state's annual figure), no number; "
                "the annual goal mentions 98.2% for 112 国控断面 but the indicator itself carries no value"},
        {"rule": "target.missing_value", "item": A_ECO[1],
         "why": "target is only '达到国家下达的年度目标值', no number for the reduction; the goal's '劣V类比例为0' is a "
                "level, not the 降低比例 this indicator names"},
        {"rule": "target.missing_value", "item": A_ECO[2],
         "why": "target is only '达到国家下达的年度目标值'; the goal also only says '达到国家考核目标要求', so no value "
                "appears anywhere"},
        {"rule": "target.missing_value", "item": A_ECO[3],
         "why": "target is only '达到国家下达的年度目标值', no number anywhere in the document"},
    ],
    "notes": (
        "广西壮族自治区生态环境厅 page with the 2022 中央水污染防治资金 self-evaluation. The stored page starts at "
        "'一、绩效目标分解下达情况' (no title, none invented) and stops in the heading '(二)广西分配下达中央水污染防'; "
        "the document stops there too. The three 财政部 notices, their dates and numbers and the three instalments "
        "(31374 + 7096 + 3000 = 41470万元) are kept; the annual goal is reworded with its numbers (112, 98.2%, 0, 6). "
        "The 14 三级 indicators are given as a numbered prose list by 二级 (数量6, 质量1, 时效2, 生态效益4, 满意度1 = 14, "
        "as stated); no 一级 label is written, so level1 is null throughout. Values without an operator word or sign "
        "('6个', '1659吨/年', '100%') get operator null; '项目完工率≥25%' and '群众满意度≥90%' get '>='. The four "
        "生态效益 indicators share one clause '4项指标达到国家下达的年度目标值': each is a row with value null and "
        "target_text that clause; operator left null because there is no value to compare with. Judgement calls: "
        "all four flagged target.missing_value (two could be matched to goal figures, see why); the list is complete "
        "and covers 产出/效益/满意度, so no coverage finding; '项目验收合格率100%' with '项目完工率≥25%' looks odd but no "
        "rule applies. No actuals, weights or scores: the page is cut before the results."),
}

# ---------------------------------------------------------------------------------------------
# Document B: 广西 (桂林 海绵城市示范), 2022 城市管网及污水处理补助资金 绩效自评 (mirror page)
# ---------------------------------------------------------------------------------------------
B_BLOCKS = [
    ("p", "依照《财政部关于开展2022年度中央对地方转移支付预算执行情况绩效自评工作的通知》(财监〔2023〕1号)的部署,"
          "现就2022年度中央财政对广西下达的城市管网及污水处理补助资金开展绩效目标自评,情况报告如下:"),
    ("h", "一、绩效目标分解下达情况"),
    ("h", "(一)中央下达预算情况。"),
    ("p", "财政部以《财政部关于下达2022年城市管网及污水处理补助资金预算的通知》(财建〔2022〕174号)向广西下达2022年度"
          "城市管网及污水处理补助资金,合计3亿元,专门支持桂林市系统化全域推进海绵城市建设示范。"),
    ("h", "(二)自治区下达预算及绩效目标情况。"),
    ("p", "2022年7月5日,自治区财政厅印发《广西壮族自治区财政厅关于下达2022年城市管网及污水处理补助资金预算(中央)的"
          "通知》(桂财建〔2022〕84号),把这笔3亿元中央资金全部下达桂林市。2022年8月5日,自治区财政厅会同住房城乡"
          "建设厅、水利厅,对照海绵城市建设示范的工作要求并结合本区实际,确定了2022年度资金安排方案和城市管网及污水"
          "处理补助资金绩效目标申报表,报送财政部、住房和城乡建设部、水利部。"),
    ("p", "依据桂林市系统化全域推进海绵城市建设示范城市绩效目标和《中央对地方转移支付区域绩效目标表(2022年)》,"
          "2022年度专项资金绩效目标拆分为产出指标(含数量指标、质量指标)、效益指标(含经济效益指标、社会效益指标)"
          "和满意度指标,分述如下:"),
    ("h", "⒈ 产出指标。"),
    ("li", "①数量指标:雨水资源化利用125万吨/年;推进立法或长效机制建设;拟开展的海绵城市建设培训、宣传次数每季度不少于"
           "1次,合计不少于4次。"),
    ("li", "②质量指标:中心城区内涝防治标准基本达到50年一遇(283.8mm/24h),雁山城区内涝防治标准基本达到20年一遇"
           "(242.5mm/24h);内涝积水区段消除比例达到40%;中心城区防洪标准基本达到100年一遇,雁"),
]
B_GOLD = {
    "source_urls": ["http://lzzaojia.cn/news/detail/340.html"],
    "province": "广西",
    "doc_kind": "自评报告 (城市管网及污水处理补助资金 2022, 桂林 海绵城市示范; indicators in prose, cut)",
    "patterns": [6, 10],
    "indicators": [
        ind(None, "数量指标", "雨水资源化利用", None, 125, "万吨/年", "125万吨/年"),
        ind(None, "数量指标", "推进立法或长效机制建设", None, None, None, None),
        ind(None, "数量指标", "拟开展的海绵城市建设培训、宣传次数", ">=", 4, "次", "每季度不少于1次,合计不少于4次"),
        ind(None, "质量指标", "中心城区内涝防治标准", ">=", 50, "年一遇", "基本达到50年一遇(283.8mm/24h)"),
        ind(None, "质量指标", "雁山城区内涝防治标准", ">=", 20, "年一遇", "基本达到20年一遇(242.5mm/24h)"),
        ind(None, "质量指标", "内涝积水区段消除比例", ">=", 40, "%", "达到40%"),
        ind(None, "质量指标", "中心城区防洪标准", ">=", 100, "年一遇", "基本达到100年一遇"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "推进立法或长效机制建设",
         "why": "listed as a 数量指标 but states only an action (推进立法或长效机制建设): no number, count, date or "
                "scale to measure it by"},
    ],
    "notes": (
        "Page on lzzaojia.cn (a third-party site carrying the text) with the 2022 self-evaluation of the 中央 城市管网及"
        "污水处理补助资金 given to 广西 and passed in full (3亿元) to 桂林 for its 海绵城市 demonstration; the writing body "
        "is not named in the stored text (自治区财政厅 with 住房城乡建设厅 and 水利厅 appear as actors). The stored page "
        "starts with the sentence citing 财监〔2023〕1号 (no title, none invented) and stops mid-item at '中心城区防洪标准基本"
        "达到100年一遇,雁'; the document ends there. Notices, dates, numbers and the 3亿元 are kept; sentences reworded. "
        "Indicators are listed in prose under '⒈ 产出指标' with ①数量 and ②质量; no 一级 label on each item, level1 null. "
        "Seven items are counted; the clipped '雁…' item after the last comma is not. '基本达到 / 达到' read as '>='; "
        "'每季度不少于1次,合计不少于4次' recorded with the total (>= 4 次); '125万吨/年' has no operator (null). "
        "Units '年一遇' kept as written. Judgement calls: the announced 效益/满意度 indicators never appear because the page "
        "is cut inside the 产出 list, so the section is not complete and no coverage finding is made; '基本达到' hedges "
        "but carries numbers, so not flagged as vague. No goal cell (the purpose sentence is not a goal), no amounts to "
        "check beyond the single 3亿元."),
}

# ---------------------------------------------------------------------------------------------
# Document C: 山东省 财政厅, 2021-2022 高标准农田建设资金 全周期跟踪评价 (prose report)
# ---------------------------------------------------------------------------------------------
C_G1 = ("落实“藏粮于地、藏粮于技”战略,履行农业大省的责任,加快高标准农田建设、补上农业基础设施短板,为乡村振兴和国家"
        "粮食安全提供支撑:到2022年全省建成高标准农田6500万亩以上,稳定保障粮食产能1000亿斤以上;到2025年力争建成"
        "高标准农田8000万亩;到2035年高标准农田数量和质量进一步提高,粮食安全保障基础更加稳固。")
C_G2 = "新建高标准农田620万亩,统筹发展高效节水灌溉166万亩;按县(市、区)平均计算,每亩投入财政资金1500元。"
C_G3 = "新建高标准农田640万亩,同步发展高效节水灌溉167万亩;按县(市、区)平均计算,每亩投入财政资金不少于1950元。"
C_BLOCKS = [
    ("h", "一、项目基本情况"),
    ("h", "(一)项目立项背景及实施目的"),
    ("p", "高标准农田建设关系到粮食产能的巩固提升和国家粮食安全。山东省2021年、2022年分别立项实施高标准农田项目620万亩、"
          "640万亩,两年同步发展高效节水灌溉项目166万亩、167万亩(均不含青岛市,后同),并逐项落实任务分解、项目建设、"
          "资金保障和建后管护等要求。"),
    ("h", "(二)项目预算安排和支出情况"),
    ("p", "2021年、2022年山东省高标准农田建设的中央及省级资金共计1838247万元:2021年省级资金248000万元、中央资金"
          "597784万元;2022年省级资金316390万元、中央资金676073万元。初步统计显示,截至2022年7月底,2021年高标准农田"
          "建设资金实际到位926318.05万元,但实际支出偏慢,须加快支付,使资金进度与项目建设进度相匹配。"),
    ("h", "(三)项目绩效目标"),
    ("p", "1.总体绩效目标。" + C_G1),
    ("p", "2.2021年度绩效目标。" + C_G2),
    ("p", "3.2022年度绩效目标。" + C_G3),
    ("h", "二、绩效评价工作开展情况"),
    ("h", "(一)评价的范围和目的"),
    ("p", "本次对2021年、2022年山东省高标准农田建设资金实施全周期跟踪问效,目的是全面了解全省高标准农田建设方案编制、"
          "项目建设、资金"),
]
C_GOLD = {
    "source_urls": ["http://czt.shandong.gov.cn/art/2022/12/30/art_10604_10311859.html"],
    "province": "山东",
    "doc_kind": "评价报告 (高标准农田建设资金 2021-2022 全周期跟踪评价, prose)",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "总体目标", "text": C_G1},
        {"kind": "年度目标", "text": C_G2},
        {"kind": "年度目标", "text": C_G3},
    ],
    "facts": [
        {"metric": "2021-2022年高标准农田建设中央及省级资金", "kind": "sum", "total": 1838247,
         "parts": [248000, 597784, 316390, 676073], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "山东省财政厅 page (czt.shandong.gov.cn, 2022-12-30) with the tracking evaluation of the 2021 and 2022 高标准农田 "
        "funds. The stored page starts at '一、项目基本情况' (no title, none invented) and stops inside '二、(一)评价的范围和"
        "目的' at '…项目建设、资金'; the document stops at the same word. All numbers kept: 620/640万亩, 166/167万亩, "
        "1838247 = 248000 + 597784 + 316390 + 676073万元 (checks), 926318.05万元 到位 by 2022-07, 6500/1000/8000 and "
        "the years 2022/2025/2035, 1500元 and 不少于1950元 per mu; sentences reworded. No indicator table: the three goal "
        "paragraphs (总体 and the two 年度) are recorded as goals and carry numbers, so no goal finding. Judgement calls: "
        "the 2021 到位 figure 926318.05万元 is larger than the 2021 省级 + 中央 money (248000 + 597784 = 845784万元); it may "
        "include other sources, the text does not say, and no rule in the list covers it, so it is left to these notes "
        "rather than recorded as a budget fact; the 2035 clause ('进一步提高', '更加稳固') is vague but sits in a goal that "
        "is otherwise quantified, so no goal.unquantified. Report cut before its indicator results: no coverage finding."),
}

# ---------------------------------------------------------------------------------------------
# Document D: 江西 南昌市生态环境局, 2023 中央水污染防治转移支付资金 绩效自评报告 (prose, sums)
# ---------------------------------------------------------------------------------------------
D_BLOCKS = [
    ("title", "南昌市中央水污染防治转移支付资金2023年度绩效自评报告"),
    ("meta", "来源:市生态环境局    发布日期: 2024-03-29"),
    ("p", "为推进财政支出预算绩效管理、压实预算支出责任、提高预算资金的使用效率和效益,我们依据《中华人民共和国预算法》"
          "和财政部有关文件,结合本市情况,对2023年中央水污染防治专项资金的预算执行情况开展了绩效自评,现将自评情况"
          "汇总如下:"),
    ("h", "一、绩效目标分解下达情况"),
    ("p", "依据《江西省财政厅关于提前下达2023年中央水污染防治资金的通知》(赣财资环指〔202248号)、《江西省财政厅关于"
          "下达2023年中央水污染防治资金(第二批)的通知》(赣财资环指〔2023〕21号及《南昌市财政局关于提前下达2023年"
          "中央水污染防治资金预算的通知》(洪财资环指〔202249号)、《南昌市财政局关于下达2023年中央水污染防治资金"
          "(第二批)的通知》(洪财资环指〔202335号)《关于恳请拨付2023年中央水污染防治资金(第三批)的函》(洪环函"
          "〔2023〕83号)等文件,我市2023年度共获得中央水污染防治专项资金17347万元。其中第一批资金9910万元,分别用于"
          "南昌市南塘湖水生态系统综合治理项目3000万元、进贤县外青岚湖水流域上游排水渠重点区域水污染综合治理项目"
          "3357.17万元、东湖区扬子洲地区电排站前池及中心渠水生态修复项目3552.83万元;第二批资金7437万元,分别用于"
          "南昌市南塘湖水生态系统综合治理项目3000万元、南桃花河水环境提升及生态修复项目(一期工程)3688万元、江西安义"
          "高新技术产业园区化工集中区地下水环境状况详细调查与风险评估项目730万元、南昌市加油站地下水环境状况初步调查"
          "评估项目19万元。"),
    ("h", "二、绩效目标完成"),
]
D_GOLD = {
    "source_urls": ["http://sthjj.nc.gov.cn/ncgbj/czgk/202403/24b15b37006f418bb5f7059fee26aa97.shtml"],
    "province": "江西",
    "doc_kind": "自评报告 (中央水污染防治转移支付资金 2023, prose allocation, cut before results)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2023年度中央水污染防治专项资金", "kind": "sum", "total": 17347, "parts": [9910, 7437], "unit": "万元"},
        {"metric": "第一批资金", "kind": "sum", "total": 9910, "parts": [3000, 3357.17, 3552.83], "unit": "万元"},
        {"metric": "第二批资金", "kind": "sum", "total": 7437, "parts": [3000, 3688, 730, 19], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "南昌市生态环境局 page (2024-03-29) with the 2023 self-evaluation of the 中央水污染防治 transfer. The title and the "
        "source/date line are kept (site navigation dropped); the stored page stops at the heading '二、绩效目标完成', "
        "where the document also stops. The opening paragraph is reworded; the list of notices is kept with its defects "
        "as found: '赣财资环指〔202248号', '洪财资环指〔202249号', '洪财资环指〔202335号' (year bracket and digits run "
        "together) and the missing '》)' / '、' around '〔2023〕21号及' and before the 洪环函. All amounts kept and they "
        "add up: 17347 = 9910 + 7437; 9910 = 3000 + 3357.17 + 3552.83; 7437 = 3000 + 3688 + 730 + 19 (万元). The "
        "third-batch 函 is cited but no third-batch amount is given and the total equals the first two batches; not "
        "flagged. 南塘湖 project appears in both batches (3000 + 3000). No indicators, goals or results before the cut: "
        "prose-only document (one of the two allowed), no findings."),
}

DOCS = [
    {"file": "gx-guangxi-water-selfreport.docx", "blocks": A_BLOCKS, "gold": A_GOLD},
    {"file": "gx-guilin-sponge-selfreport.docx", "blocks": B_BLOCKS, "gold": B_GOLD},
    {"file": "sd-shandong-farmland-eval.docx", "blocks": C_BLOCKS, "gold": C_GOLD},
    {"file": "jx-nanchang-water-selfreport.docx", "blocks": D_BLOCKS, "gold": D_GOLD},
]


# ---------------------------------------------------------------------------------------------
def _font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def build_docx(blocks, path):
    doc = Document()
    for kind, text in blocks:
        p = doc.add_paragraph()
        if kind == "title":
            p.alignment = 1
            _font(p.add_run(text), 16, True)
        elif kind == "meta":
            p.alignment = 1
            _font(p.add_run(text), 9)
        elif kind == "h":
            _font(p.add_run(text), 12, True)
        elif kind == "li":
            p.paragraph_format.left_indent = Pt(21)
            _font(p.add_run(text))
        else:
            p.paragraph_format.first_line_indent = Pt(22)
            _font(p.add_run(text))
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    doc.save(path)
    _pin_zip(path)


def _pin_zip(path):
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    order = {"[Content_Types].xml": 0}
    entries.sort(key=lambda e: (order.get(e[0], 1), e[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_gold(src, gold):
    os.makedirs(ANN, exist_ok=True)
    for name in (src, os.path.splitext(src)[0] + ".pdf"):
        g = {"source": name}
        g.update(copy.deepcopy(gold))
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        build_docx(d["blocks"], path)
        write_gold(d["file"], d["gold"])
        if not no_pdf:
            to_pdf(path)
        print("wrote", d["file"])


if __name__ == "__main__":
    main()
