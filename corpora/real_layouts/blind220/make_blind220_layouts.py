# -*- coding: utf-8 -*-
"""blind220: real-layout documents for transfer-payment / special-fund self-evaluation reports.

Gold first (as Python data), then the builders. Run with /tmp/venv/bin/python.
Every document is rebuilt from the beginning of a stored public page (search tool, corpus `pages`)
and stops where the stored page stops. Long sentences are written in our own words, numbers kept.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

PART = "blind220"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")

# --------------------------------------------------------------------------------------------
# GOLD + CONTENT
# Each document: file stem, source url, province, doc_kind, blocks (the body), gold fields.
# Block kinds: ("title", text) ("h", text) ("p", text) ("table", rows, merges)
# --------------------------------------------------------------------------------------------

DOCS = []

# 1 ---------------------------------------------------------------- Chongqing, Tongliang
CQ_GOAL = "支持农业受灾地区基本恢复农业生产16.6万亩以上，有力保障粮食安全和重要农产品供给，保障全年农业生产稳定"
DOCS.append({
    "stem": "chongqing-tongliang-nongyejiuzai-zipingbaogao",
    "url": "https://cqstl.gov.cn/bm/qnyncw_71113/zwgk_70831/fdzdgknr_70834/qtgknr/202304/t20230419_11893150.html",
    "province": "重庆市",
    "doc_kind": "转移支付绩效自评报告",
    "patterns": [10],
    "blocks": [
        ("p", "重庆市铜梁区农业农村委员会"),
        ("title", "关于铜梁区转移支付2022年度中央农业生产和水利救灾资金（第八批）绩效自评报告"),
        ("h", "一、基本情况"),
        ("p", "2022年7-8月，我区晴热天气持续、气温偏高、降水偏少，农业生产受到严重影响。截至2022年8月31日，"
              "全区农业受灾面积128014.98亩，成灾面积54009.83亩，绝收面积16277.6765亩，造成经济损失9121.6919万元。"
              "为尽量挽回灾害损失，我区迅速组织灾后生产恢复，通过使用2022年中央农业生产和水利救灾资金（第八批）555万元，"
              + CQ_GOAL + "。"),
        ("h", "二、绩效情况分析"),
        ("p", "（一）资金投入情况分析。按照《重庆市财政局关于下达2022年中央农业生产和水利救灾资金预算（第八批）的通知》"
              "（渝财农〔2022〕92号），共下达我区2022年中央农业生产和水利救灾资金555万元，主要用于统筹做好抗旱救灾、"
              "秋粮防灾稳产等工作。结合我区2022年7-8月高温干旱农业灾情，555万元全部重点用于抗旱救灾、秋粮防灾稳产和灾后恢复生产。"),
        ("p", "（二）资金管理情况分析。我区以各镇街在2022年7-8月高温干旱中农渔业受灾面积、经济损失、落实扩种秋马铃薯规模种植"
              "（10亩以上）、耕地面积、规模经营农业产业面积等情况为依据，并兼顾秋季蔬菜保供，于2022年10月11日按比例向各镇街分配救灾资金，"
              "由各镇街按规定组织实施。直接补助受灾对象的，补助对象须经村、镇街两级核实并公示无异议后确定；救灾资金通过“一卡通”发放，"
              "补助对象须提供相关原始票据。各镇街须在收到救灾资金1个月内兑付到位，并将全部补助审核资料报区农业农村委备案。"
              "要求各镇街要紧紧围绕粮食安全、"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "农业受灾地区基本恢复农业生产", "operator": ">=", "value": 16.6,
         "unit": "万亩", "target_text": "16.6万亩以上", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "绩效目标", "text": CQ_GOAL}],
    "facts": [
        {"metric": "2022年中央农业生产和水利救灾资金（第八批）", "kind": "amount", "total": 555, "parts": [], "unit": "万元"},
        {"metric": "农业受灾面积", "kind": "amount", "total": 128014.98, "parts": [], "unit": "亩"},
        {"metric": "成灾面积", "kind": "amount", "total": 54009.83, "parts": [], "unit": "亩"},
        {"metric": "绝收面积", "kind": "amount", "total": 16277.6765, "parts": [], "unit": "亩"},
        {"metric": "经济损失", "kind": "amount", "total": 9121.6919, "parts": [], "unit": "万元"},
    ],
    "findings": [
        {"rule": "coverage.too_few_indicators", "item": "农业受灾地区基本恢复农业生产",
         "why": "the report states a single quantified target (16.6万亩以上); no quality, time, benefit or satisfaction "
                "target is given before the stored page stops"},
        {"rule": "target.vague_wording", "item": CQ_GOAL,
         "why": "the second half of the goal (有力保障粮食安全和重要农产品供给, 保障全年农业生产稳定) has no figure or baseline"},
    ],
    "notes": "Stored page stops inside 二（二）资金管理情况分析 at '要求各镇街要紧紧围绕粮食安全、' (kept as the last, "
             "unfinished sentence). The only target is stated in running text in 一、基本情况; the 555万元 is said to be "
             "used in full (no execution rate stated). Background and management sentences rewritten in our own words, "
             "all figures kept. Goal sentence kept verbatim (short).",
})

# 2 ---------------------------------------------------------------- Inner Mongolia, Alxa
AL_GOAL = "2023年度，全盟共确认农村部分计划生育家庭奖励扶助对象1481人，计划生育家庭特别扶助对象404人"
DOCS.append({
    "stem": "neimenggu-alashan-jihuashengyu-zipingbaogao",
    "url": "https://m.bidcenter.com.cn/newsrili-1-293675161.html",
    "province": "内蒙古自治区",
    "doc_kind": "转移支付绩效自评报告",
    "patterns": [6, 10],
    "blocks": [
        ("title", "阿拉善盟2023年度中央对地方转移支付计划生育项目绩效自评报告"),
        ("h", "一、项目基本情况"),
        ("p", "（一）项目概况。"),
        ("p", "项目实施主体：阿拉善盟卫生健康委员会及各旗（区）卫生健康委（社管局）"),
        ("p", "覆盖地区：全盟5个旗（区）。"),
        ("p", "受益人群：辖区内阿盟户籍人口中符合两项制度条件的目标人群。"),
        ("p", "主要内容：为健全人口和计划生育扶助保障政策，减轻计划生育困难家庭在生产、生活、医疗和养老方面的特殊困难，"
              "帮助这些家庭改善生活、发展生产，我盟依照国家和自治区政策落实计划生育服务项目，包括农村牧区部分计划生育家庭"
              "奖励扶助项目和计划生育特殊家庭特别扶助项目。"),
        ("p", "（二）项目绩效目标情况。"),
        ("p", AL_GOAL + "：其中计划生育伤残家庭特别扶助对象198人，死亡家庭特别扶助对象206人，计划生育手术并发症对象3人。"
              "2023年两项计划生育服务项目共投入资金406.5万元，其中中央投入资金279万元（农村部分计划生育家庭奖励扶助资金81万元，"
              "计划生育家庭特别扶助161万元），自治区投入资金85万元（农村部分计划生育家庭奖励扶助资金13万元，计划生育家庭特别扶助72元），"
              "盟、旗两级投入资金42.5万元。全区实际发放扶助资金为406.5万元。"),
        ("p", "项目实施中严格执行相关文件规定，做到科学、规范、有序。全部拨付资金均按财务管理制度和专项资金管理办法使用，"
              "不截留、不挪用、不挤占，并按政策和工作要求及时拨付到位。"),
        ("h", "二、项目实施及管理情况"),
        ("p", "为做好中央转移支付地方计"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "农村部分计划生育家庭奖励扶助对象", "operator": None, "value": 1481,
         "unit": "人", "target_text": "1481人", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "计划生育家庭特别扶助对象", "operator": None, "value": 404,
         "unit": "人", "target_text": "404人", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "计划生育伤残家庭特别扶助对象", "operator": None, "value": 198,
         "unit": "人", "target_text": "198人", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "死亡家庭特别扶助对象", "operator": None, "value": 206,
         "unit": "人", "target_text": "206人", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "计划生育手术并发症对象", "operator": None, "value": 3,
         "unit": "人", "target_text": "3人", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "绩效目标", "text": AL_GOAL}],
    "facts": [
        {"metric": "两项计划生育服务项目投入资金", "kind": "sum", "total": 406.5, "parts": [279, 85, 42.5], "unit": "万元"},
        {"metric": "中央投入资金", "kind": "sum", "total": 279, "parts": [81, 161], "unit": "万元"},
        {"metric": "自治区投入资金", "kind": "sum", "total": 85, "parts": [13, 72], "unit": "万元",
         "note": "the second part is written '72元' in the document"},
        {"metric": "计划生育家庭特别扶助对象", "kind": "sum", "total": 404, "parts": [198, 206, 3], "unit": "人"},
        {"metric": "实际发放扶助资金", "kind": "amount", "total": 406.5, "parts": [], "unit": "万元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "中央投入资金",
         "why": "81万元 + 161万元 = 242万元, but the central total is stated as 279万元"},
        {"rule": "consistency.sum", "item": "自治区投入资金",
         "why": "the part '计划生育家庭特别扶助72元' is written in 元; read as written 13万元 + 72元 ≠ 85万元 (sums only if 72万元 is meant)"},
        {"rule": "consistency.sum", "item": "计划生育家庭特别扶助对象",
         "why": "the three '其中' groups 198 + 206 + 3 = 407人, not 404人 (404 = 198 + 206 only; the 3 手术并发症 may be outside)"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "the 项目绩效目标情况 section lists only beneficiary counts and money; no benefit target"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no satisfaction target in the 项目绩效目标情况 section"},
    ],
    "notes": "Stored page (a bid-portal copy of the report) stops at '为做好中央转移支付地方计' at the start of 二; kept "
             "as the unfinished last line. The counts in 一（二）项目绩效目标情况 are the only targets; they are stated once "
             "(confirmed numbers), so actual is null. '72元' (for 72万元), 81+161≠279 and the three '其中' groups are kept as "
             "written. '全区实际发放' (not 全盟) kept. 主要内容 and the management sentence rewritten in our own words.",
})

# 3 ---------------------------------------------------------------- Anhui, Wuhu
WH_GOAL = ("根据省财政厅《提前下达2022年中央支持地方公共文化服务体系建设补助资金预算的通知》（皖财教〔2021〕1357），"
           "对资金进行了分配，具体如下：")
DOCS.append({
    "stem": "anhui-wuhu-gonggongwenhua-zipingbaogao",
    "url": "https://ct.wuhu.gov.cn/openness/public/6596641/37947951.html",
    "province": "安徽省",
    "doc_kind": "转移支付绩效自评报告",
    "patterns": [10],
    "blocks": [
        ("title", "芜湖市文化和旅游局关于中央支持地方公共文化服务体系建设补助资金支出绩效的自评报告"),
        ("p", "发布时间：2023-04-23 08:44  信息来源：芜湖市文化和旅游局  阅读次数：  字体：【"),
        ("p", "按照《芜湖市财政局转发财政部关于开展2022年度中央对地方转移支付预算执行情况绩效自评工作的通知》财预〔2023〕145号文件的要求，"
              "现将中央支持地方公共文化服务体系建设补助资金的支出绩效自评情况报告如下："),
        ("h", "一、绩效目标分解下达情况"),
        ("p", WH_GOAL),
        ("p", "1.分配无为市应急广播体系建设300万元补贴。"),
        ("p", "2.依据发射机功率代入测算，给予无为市中央广播节目无线覆盖（模拟）运行维护费34.7万元，湾沚区16.2万元，繁昌区16.2万元，"
              "南陵县31.2万元。"),
        ("p", "3.根据安徽省财政厅关于2021年民生工程资金筹措事项的通知（皖财预〔2021〕269号）开展农村文化活动（“送戏进万村”），"
              "每村每年补助 4400 元，分配至无为市93万元，南陵县52万元，繁昌区25万元，湾沚区23万元，镜湖区4.224万元，鸠江区20.064万元，"
              "弋江区3.52万元，三山经开区16.192万元，共计237万元。"),
        ("p", "4.分配芜湖市艺术剧院有限公司梨簧戏演出补助50万元，南陵县文旅体局目连戏50万元，共计100万元。"),
        ("p", "5.根据因素分配法测算，分配湾沚区24.6万元，繁昌县56.5万元，南陵县74.1万元，无为市111.4万元，共计266.6万元，"
              "统筹用于公共文化服务体系建设。"),
        ("p", "6.分配农村电影放映和农家书屋运行维护经费84.069万元，其中弋江区3.52万元，三山经开区16.192万元，鸠江区19.712万元，"
              "镜湖区4.224万元，湾址区3.73万元，繁昌区8.573万元，南陵县11.228万元，无为市16.89万元。"),
        ("p", "7.分配“15分钟阅读圈”建设专项资金604万元，其中无为市80万元，南陵县23万元，镜湖"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "每村每年补助", "operator": None, "value": 4400,
         "unit": "元", "target_text": "4400 元", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "绩效目标分解下达情况", "text": WH_GOAL}],
    "facts": [
        {"metric": "农村文化活动（“送戏进万村”）", "kind": "sum", "total": 237,
         "parts": [93, 52, 25, 23, 4.224, 20.064, 3.52, 16.192], "unit": "万元"},
        {"metric": "梨簧戏、目连戏演出补助", "kind": "sum", "total": 100, "parts": [50, 50], "unit": "万元"},
        {"metric": "因素分配法统筹用于公共文化服务体系建设", "kind": "sum", "total": 266.6,
         "parts": [24.6, 56.5, 74.1, 111.4], "unit": "万元"},
        {"metric": "农村电影放映和农家书屋运行维护经费", "kind": "sum", "total": 84.069,
         "parts": [3.52, 16.192, 19.712, 4.224, 3.73, 8.573, 11.228, 16.89], "unit": "万元"},
        {"metric": "中央广播节目无线覆盖（模拟）运行维护费", "kind": "list", "total": None,
         "parts": [34.7, 16.2, 16.2, 31.2], "unit": "万元"},
        {"metric": "“15分钟阅读圈”建设专项资金", "kind": "sum_cut", "total": 604, "parts": [80, 23], "unit": "万元",
         "note": "list cut by the end of the stored page; no sum check possible"},
    ],
    "findings": [
        {"rule": "goal.budget_text", "item": WH_GOAL,
         "why": "the 绩效目标分解下达情况 section only lists how the money was split among districts and units; "
                "it states no output or effect target"},
        {"rule": "coverage.missing_dimension", "item": "产出指标",
         "why": "apart from the subsidy rate per village, no output target (numbers of performances, screenings, "
                "reading points…) is given for the 1357号 money before the page stops"},
    ],
    "notes": "Stored page stops inside item 7 at '镜湖'. All allocation amounts, unit names and their spellings are kept "
             "as written, including '繁昌县' (elsewhere 繁昌区), '湾址区' (elsewhere 湾沚区) and the document number "
             "'皖财教〔2021〕1357' without 号. The opening sentence was rewritten; the numbered allocation list is kept. "
             "'每村每年补助 4400 元' is a subsidy standard stated with a name and a figure; it is annotated as the only "
             "indicator row (judgement call, operator null). All four closed lists add up (237, 100, 266.6, 84.069).",
})

# 4 ---------------------------------------------------------------- Yunnan, provincial emergency dept
YN_G1 = ("一是根据应急管理部下达的年度森林草原航空消防布局计划，及时下拨中央自然灾害救灾资金，支持开展航空应急救援租机工作")
YN_G2 = ("二是通过每年森林航空消防经费的投入，提升扑救森林草原火灾的效率，有力地保护森林草原资源和人民群众的生命财产安全")
YN_G3 = ("三是指导、帮助各地开展租机工作，协调跨区域调动飞机参与灭火行动，坚决遏制重特大森林草原火灾发生")
DOCS.append({
    "stem": "yunnan-shengji-hangkongxiaofang-zipingbaogao",
    "url": "https://yjglt.yn.gov.cn/html/2022/ysgk_0401/25814.html",
    "province": "云南省",
    "doc_kind": "转移支付绩效自评报告",
    "patterns": [10],
    "blocks": [
        ("title", "云南省应急管理厅2021年度中央对地方转移支付预算执行绩效自评报告"),
        ("p", "发布时间：2022-04-01 18:10:07"),
        ("h", "一、中央自然灾害（森林草原航空消防补助）救灾资金"),
        ("p", "（一）绩效目标分解下达情况"),
        ("p", "根据《财政部关于提前下达2021年中央自然灾害救灾资金（森林草原航空消防补助资金）预算的通知》（财资环〔2020〕84号）、"
              "《财政部关于预拨2021年中央自然灾害救灾资金（森林草原航空消防租机补助经费）的通知》（财资环〔2021〕151号），"
              "共安排中央自然灾害（森林草原航空消防补助）救灾资金7814万元，专项用于保障云南省2021年度森林草原航空消防租机工作。"),
        ("p", "绩效年度目标：" + YN_G1 + "；" + YN_G2 + "；" + YN_G3 + "。"),
        ("p", "（二）绩效目标完成情况分析"),
        ("p", "1.资金投入情况分析"),
        ("p", "（1）项目资金到位情况。2021年预算飞行经费共计9799.2万元，其中中央补助资金7814万元，省级补助资金1985.2万元。"),
        ("p", "（2）项目资金执行情况。实际执行飞行经费9109.54万元，结余689.66万元，为中央补助资金。项目执行率92.96%。"),
        ("p", "（3）项目资金管理情况。严格执行《中央补助地方森林草原航空消防租机经费管理暂行规定》（财资环〔2020〕90号），"
              "所拨资金全部用于航空应急救援飞机租赁，并按合同约定付款。"),
        ("p", "2.总体绩效目标完成情况分析"),
        ("p", "2021年，云南省租用6架航空应急救援直升机开展森林航空消防工作。防期内共发生森林火灾46起，为自1951年云南省有记录以来，"
              "火灾起数历史最低年份，森"),
    ],
    "indicators": [],
    "goals": [
        {"kind": "年度目标", "text": YN_G1},
        {"kind": "年度目标", "text": YN_G2},
        {"kind": "年度目标", "text": YN_G3},
    ],
    "facts": [
        {"metric": "2021年预算飞行经费", "kind": "sum", "total": 9799.2, "parts": [7814, 1985.2], "unit": "万元"},
        {"metric": "结余", "kind": "difference", "total": 689.66, "parts": [9799.2, 9109.54], "unit": "万元",
         "note": "结余 = 预算 − 实际执行"},
        {"metric": "项目执行率", "kind": "rate", "stated": 92.96, "numerator": 9109.54, "denominator": 9799.2, "unit": "%"},
    ],
    "findings": [
        {"rule": "goal.process_only", "item": YN_G1,
         "why": "describes disbursing money and supporting the lease work (a process), not an output or effect"},
        {"rule": "goal.unquantified", "item": YN_G2,
         "why": "'提升扑救森林草原火灾的效率' and '有力地保护…' have no figure or baseline"},
        {"rule": "goal.unquantified", "item": YN_G3,
         "why": "'坚决遏制重特大森林草原火灾发生' has no measurable value (e.g. number of major fires, 受害率)"},
    ],
    "notes": "Prose only (no indicator rows before the stored page stops in 2.总体绩效目标完成情况分析 at '森'). The "
             "three 一是/二是/三是 goals are kept close to the page; 资金管理 sentence rewritten. Document numbers "
             "kept as written (财资环〔2020〕90号 here). Arithmetic holds: 7814+1985.2=9799.2; 9799.2−9109.54=689.66; "
             "9109.54/9799.2=92.96%.",
})

# 5 ---------------------------------------------------------------- Hunan, provincial emergency dept
DOCS.append({
    "stem": "hunan-shengji-ziranzaihai-jiuzai-zipingbaogao",
    "url": "https://yjt.hunan.gov.cn/yjt/xxgk/czxx/202104/t20210415_16469344.html",
    "province": "湖南省",
    "doc_kind": "转移支付绩效自评报告",
    "patterns": [8, 10],
    "blocks": [
        ("title", "湖南省应急管理厅关于2020年中央自然灾害救灾资金绩效自评情况的报告"),
        ("table", [
            ["索引号：", "430S00/2021-03003679", "题裁分类：", ""],
            ["发布机构：", "", "发文日期：", "2021-04-15 16:04 17:13"],
            ["主题分类：", "", "主题词：", ""],
            ["名称：", "湖南省应急管理厅关于2020年中央自然灾害救灾资金绩效自评情况的报告", "", ""],
        ], [((3, 1), (3, 3))]),
        ("p", "湘应急﹝2021﹞25号"),
        ("p", "应急管理部："),
        ("p", "按照财政部《关于开展2020年度中央对地方转移支付预算执行情况绩效自评工作的通知》（财监〔2021〕2号）的要求，"
              "我省对2020年度中央自然灾害救灾资金（以下简称救灾资金）的预算执行情况开展了绩效自评。现将有关情况报告如下："),
        ("h", "一、绩效目标分解下达情况"),
        ("p", "（一）中央下达湖南省救灾资金转移支付预算情况"),
        ("p", "2020年中央下达湖南省救灾资金76178万元转移支付预算，具体为：财建〔2020〕218号5000万元，财建〔2020〕263号10000万元，"
              "财资环〔2020〕62号16031万元，财资环〔2020〕63号12518万元，财资环〔2020〕102号31500万元，财资环〔2020〕83号1129万元。"),
        ("p", "（二）湖南省对中央救灾资金分解下达预算情况"),
        ("p", "湖南省依照财政部相关文件要求，结合全省受灾实际，把中央救灾资金76178万元按因素法全部分配下达到省本级、14个市州及相关县市。"
              "具体为：湘财预〔2020〕127号5000万元，湘财预〔2020〕143号12000万元（含省级配套资金2000万元）、湘财预〔2020〕276号15742万元、"
              "湘财预〔2020〕288号12518万元、湘财预〔2020〕409号31500万元，湘财企指〔2020〕70号289万元，湘财企指〔2020〕74号1129万元。"
              "中央和省级合计分配下达资金78178万元。"),
        ("p", "（三）绩效目标管理情况"),
        ("p", "湖南省财政厅和湖南省应急管理厅在下达中央自然灾害救灾专项资金时，同步要求各级应急管理部门按照《财政部关于印发"
              "〈中央对地方专项转移支付绩效目标管理暂行办法〉的通知》（财预〔2015〕163号）及《中央自然灾害救灾资金管"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2020年中央下达湖南省救灾资金", "kind": "sum", "total": 76178,
         "parts": [5000, 10000, 16031, 12518, 31500, 1129], "unit": "万元"},
        {"metric": "中央和省级合计分配下达资金", "kind": "sum", "total": 78178,
         "parts": [5000, 12000, 15742, 12518, 31500, 289, 1129], "unit": "万元"},
        {"metric": "省级配套资金", "kind": "amount", "total": 2000, "parts": [], "unit": "万元",
         "note": "78178 = 76178 + 2000"},
    ],
    "findings": [],
    "notes": "Prose only. Stored page stops in 一（三）绩效目标管理情况 at '《中央自然灾害救灾资金管'. The stored copy lost the "
             "closing bracket and '号' of every document number, so numbers and amounts ran together (e.g. "
             "'财建〔20202185000万元'); they were split back as 财建〔2020〕218号5000万元 etc. — the only split under which "
             "the six central amounts add to the stated 76178 and the seven provincial amounts to the stated 78178. "
             "Likewise '湘应急﹝202125' → 湘应急﹝2021﹞25号, '财监〔20212号' → 财监〔2021〕2号, '财预〔2015163号' → "
             "〔2015〕163号. The metadata block (索引号 … 名称, with its empty fields and the doubled time "
             "'2021-04-15 16:04 17:13') is kept as a small table. The 湘财预 list mixes '，' and '、' as on the page. "
             "No goal or indicator is stated before the page stops.",
})


# --------------------------------------------------------------------------------------------
# BUILD
# --------------------------------------------------------------------------------------------
FIXED_DT = "2024-01-01T00:00:00"


def build_docx(doc, path):
    import datetime
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(15)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
        elif kind == "p":
            d.add_paragraph(blk[1])
        elif kind == "table":
            rows, merges = blk[1], blk[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    t.cell(i, j).text = val
            for (a, b) in merges:
                t.cell(*a).merge(t.cell(*b))
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = doc["stem"]
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    cp.identifier = ""
    cp.content_status = ""
    cp.version = ""
    d.save(path)
    normalise_zip(path)


def normalise_zip(path):
    """Rewrite a zip with fixed timestamps and order for byte-determinism."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(tmp, "w") as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(src, outdir):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdftext(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return out


def squash(s):
    return re.sub(r"\s+", "", s)


def gold_for(doc, source):
    return {
        "source": source,
        "source_urls": [doc["url"]],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": doc["indicators"],
        "goals": doc["goals"],
        "facts": doc["facts"],
        "findings": doc["findings"],
        "notes": doc["notes"],
    }


def check(doc, pdf):
    text = squash(pdftext(pdf))
    missing = []
    for ind in doc["indicators"]:
        for key in ("name", "target_text"):
            if ind[key] and squash(ind[key]) not in text:
                missing.append((key, ind[key]))
    for g in doc["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in doc["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the item names a dimension that is absent by definition
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for doc in DOCS:
        src = os.path.join(HERE, doc["stem"] + ".docx")
        build_docx(doc, src)
        to_pdf(src, HERE)
        pdf = os.path.join(HERE, doc["stem"] + ".pdf")
        for fn in (os.path.basename(src), os.path.basename(pdf)):
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold_for(doc, fn), fh, ensure_ascii=False, indent=1)
        miss = check(doc, pdf)
        if miss:
            bad += 1
            print("MISSING in", doc["stem"], miss)
        totals["docs"] += 1
        totals["indicators"] += len(doc["indicators"])
        totals["goals"] += len(doc["goals"])
        totals["findings"] += len(doc["findings"])
        totals["facts"] += len(doc["facts"])
        print("ok" if not miss else "FAIL", doc["stem"], len(doc["indicators"]), "rows")
    print("totals", json.dumps(totals))
    shutil.rmtree("/tmp/lo_%s" % PART, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
