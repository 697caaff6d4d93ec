# -*- coding: utf-8 -*-
"""blind167: running-text indicator documents (行动方案 / 工作计划 / 实施方案 / 通知).

Gold first (GOLD), then the document texts (DOCS), then the builders.
Run with /tmp/venv/bin/python make_blind167_layouts.py
"""
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind167"


def ind(level1, level2, name, op, value, unit, tt, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": tt, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------
XIAN_GOAL1 = ("按照中央实施乡村振兴战略的部署和建设特色现代农业的要求,围绕西安建设国际化大都市和国家中心城市的目标"
              "及“追赶超越”定位,在全面推进各项工作的同时,抓住规划引领、产业振兴、人居环境整治、脱贫攻坚和改革发展这五个重点,"
              "以点带面、抓好落实,使城乡在规划、产业、生态和资本要素上的融合发展取得新突破,形成重点示范带动、整体全面推进的局面。")
XIAN_GOAL2 = ("把乡村振兴和新型城镇化放在一起推进,统筹城乡一体化发展,调整区域主体功能、城乡发展空间以及乡村生产、生活、生态的"
              "结构与布局,按类别有序推进乡村建设,形成城乡协调联动的发展格局。")

DANYANG_GOAL = ("以科学开展观为指引,把深化根底教育课程改革、全面施行素养教育作为总目的,以落实中小学治理标准、打造区域教育品牌为抓手,"
                "增强治理、改革和创新认识,推动教育平衡、优质、个性开展,提高各校办学水平和教育开展档次,"
                "完成丹阳教育事业十一五开展规划确定的目的任务。")

HENAN_GOAL = ("河南省政府辦公廳日前發布《河南省鄉村建設行動實施方案》,要求把基礎設施延伸到農村、把公共服務拓展到農村、"
              "讓人居環境更宜居,使全省“三農”的短板轉化為釋放發展活力的“潛力板”。")

JILIN_GOAL = "千方百计扩大就业,进一步完善社会保障体系。"

GOLD = {
    "shaanxi-xian-xiangcunzhenxing-xingdongfangan.docx": {
        "source_urls": ["https://kuaibao.lzzcloud.net/news_info/905747.html"],
        "province": "陕西省",
        "doc_kind": "行动方案",
        "patterns": [6, 10],
        "indicators": [
            ind(None, None, "村庄分类工作", None, None, None, "完成"),
            ind(None, None, "评估率", ">=", 50, "%", "达到50%"),
            ind(None, None, "新编制村庄规划", None, 144, "个", "144个"),
            ind(None, None, "修编村庄规划", None, 518, "个", "518个"),
            ind(None, None, "行政村规划编制率", ">=", 100, "%", "达到100%"),
            ind(None, None, "村庄规划评估工作", None, None, None, "4月底前完成"),
            ind(None, None, "规划编制任务", None, None, None, "10月底前"),
        ],
        "goals": [
            {"kind": "总体目标", "text": XIAN_GOAL1},
            {"kind": "行动目标", "text": XIAN_GOAL2},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": XIAN_GOAL1,
             "why": "工作思路只写“取得新突破”“良好局面”,没有任何数量、比例或时限。"},
            {"rule": "goal.unquantified", "item": XIAN_GOAL2,
             "why": "城乡空间优化行动的目标句没有数字;数字只在下面的2019年/2020年任务行里。"},
        ],
        "notes": ("行动方案的任务写在正文句子里(2019年任务:一是…二是…三是…;2020年任务:一是…二是…),每个任务记一行指标,"
                  "level1/level2 为空(文件未写)。“完成新编制村庄规划144个”没有运算符词,operator 记 null;“达到”记 >=。"
                  "2020年两项只有“4月底前”“10月底前”的时限,value 记 null。“达到100%”按“达到”记 >=,未标 impossible_value"
                  "(自然语义即=100%)。存储页停在“2.优化现代农业布局规划”第一句“…乡村旅游六大”处,文档到此为止。"
                  "工作思路、(一)的说明句和部门分工句已改写,任务行原文保留。"),
    },
    "jiangsu-danyang-jichujiaoyu-gongzuojihua.docx": {
        "source_urls": ["https://m.wenke99.com/p-14981178.html"],
        "province": "江苏省",
        "doc_kind": "工作计划",
        "patterns": [6, 10],
        "indicators": [
            ind("事业开展目的", None, "早期教育覆盖率", ">=", 85, "%", "85%以上"),
            ind("事业开展目的", None, "幼儿及家长、看护人员接受早期教育指导率", ">=", 55, "%", "55%以上"),
            ind("事业开展目的", None, "36周岁幼儿入园率", ">=", 99, "%", "99%以上"),
            ind("事业开展目的", None, "小学入学率", None, 100, "%", "均保持100%"),
            ind("事业开展目的", None, "稳固率", None, 100, "%", "均保持100%"),
            ind("事业开展目的", None, "毕业率", None, 100, "%", "均保持100%"),
            ind("事业开展目的", None, "初中入学率", None, 100, "%", "100%"),
            ind("事业开展目的", None, "稳固率", None, 99.9, "%", "99.9%"),
            ind("事业开展目的", None, "毕业率", None, 99.9, "%", "99.9%"),
            ind("事业开展目的", None, "残疾儿童、青年入学率", None, 99.9, "%", "99.9%"),
            ind("事业开展目的", None, "稳固率", ">=", 99, "%", "99%以上"),
            ind("事业开展目的", None, "高中普及率", ">=", 98, "%", "98%以上"),
            ind("学校创立目的", None, "镇江市现代化小学和初中", None, 20, "所", "20所"),
            ind("学校创立目的", None, "镇江市优质幼儿园", None, 1, "所", "1所"),
            ind("学校创立目的", None, "江苏省、镇江市健康促进学校", None, 6, "所", "6所"),
            ind("学校创立目的", None, "镇江市级以上绿色学校", None, 3040, "所", "3040所"),
            ind("学校创立目的", None, "镇江市中小学学生行为标准示范校", None, 8, "所", "8所"),
            ind("学校创立目的", None, "初中学校创立成镇江市无流生学校或控流先进学校", None, 100, "%", "100%"),
        ],
        "goals": [
            {"kind": "总体目标", "text": DANYANG_GOAL},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": DANYANG_GOAL,
             "why": "指导思想只写提高水平、完成规划任务,没有数字;数字在“二、工作目的”的指标句里。"},
            {"rule": "target.impossible_value", "item": "镇江市级以上绿色学校",
             "why": "“3040所”对一个县级市不可信,原文应是“30~40所”的区间,连接号在页面上丢失。"},
        ],
        "notes": ("文库页把整篇计划压成一段(标题、一、指导思想、二、工作目的连在一起),照样做成一个段落。"
                  "页面上的区间连接号丢失:“03周岁”“36周岁”(应为0~3、3~6周岁)、“3040所”(应为30~40所),原样保留,"
                  "value 按所写记 3040。“稳固率”“毕业率”在小学、初中、残疾儿童三处重复,name 照原文(不加学段),按出现顺序记行;"
                  "“保持/分别为”不是运算符词,operator 记 null。文中“开展”“目的”“治理”“根底”“素养”等为原页用字,保留。"
                  "指导思想一句已改写;指标句原文保留。存储页停在“在所有学校普及特色工程建”处。"),
    },
    "henan-quansheng-xiangcunjianshe-shishifangan.docx": {
        "source_urls": ["http://www.baiduhn.cn/show/284.html"],
        "province": "河南省",
        "doc_kind": "实施方案(新闻稿)",
        "patterns": [6, 10],
        "indicators": [
            ind(None, None, "縣域城鄉供水管護一體化", None, None, None, "2025年年底前基本實現"),
            ind(None, None, "水源置換工作", None, 60, "個", "力爭完成60個縣(市、區)"),
            ind(None, None, "農村自來水普及率", ">=", 93, "%", "達到93%"),
            ind(None, None, "農村生活垃圾分類、資源化利用", None, None, None, "全覆蓋"),
            ind(None, None, "累計新改造農村無害化衛生廁所", None, 550, "萬戶", "550萬戶"),
            ind(None, None, "廁所糞污", None, None, None, "基本得到處理"),
            ind(None, None, "農村生活污水治理率", ">=", 45, "%", "達到45%以上"),
            ind(None, None, "行政村達到“四美鄉村”建設標準", ">=", 30, "%", "30%以上"),
            ind(None, None, "鄉鎮政府所在地達到“美麗小鎮”建設標準", ">=", 50, "%", "50%以上"),
            ind(None, None, "農戶庭院達到“五美庭院”建設標準", ">=", 50, "%", "50%以上"),
        ],
        "goals": [
            {"kind": "总体目标", "text": HENAN_GOAL},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": HENAN_GOAL,
             "why": "总目标只写延伸、拓展、更宜居,没有数字。"},
            {"rule": "target.qualitative_no_scale", "item": "縣域城鄉供水管護一體化",
             "why": "“基本實現”没有衡量口径或比例。"},
            {"rule": "target.qualitative_no_scale", "item": "農村生活垃圾分類、資源化利用",
             "why": "“基本實現…全覆蓋”用“基本”打了折扣,没有给出覆盖率数值。"},
            {"rule": "target.qualitative_no_scale", "item": "廁所糞污",
             "why": "“基本得到處理”没有处理率或分级标准。"},
        ],
        "notes": ("页面是繁体转码的新闻稿,照原样保留繁体字和“”引号。指标全部写在句子里,每个目标记一行;"
                  "“2025年年底前”是全部目标的期限。“力爭完成60個縣(市、區)”没有运算符词,记 null;"
                  "“…以上”“達到”记 >=。30%/50%的三行,比例写在名称前面(“30%以上的行政村達到…”),name 取句子里比例之后的部分。"
                  "第一段总体要求已改写(繁体),其余短句原文保留。存储页到第四段结束为止。"),
    },
    "quanguo-guojia-jiankangertong-tishengjihua.docx": {
        "source_urls": ["http://www.cneo.com.cn/portal.php?mod=view&aid=19324"],
        "province": "全国",
        "doc_kind": "行动计划(新闻稿)",
        "patterns": [6, 10],
        "indicators": [
            ind(None, None, "新生儿死亡率", "<=", 3.1, "‰", "3.1‰"),
            ind(None, None, "婴儿死亡率", "<=", 5.2, "‰", "5.2‰"),
            ind(None, None, "5岁以下儿童死亡率", "<=", 6.6, "‰", "6.6‰以下"),
            ind(None, None, "6个月内婴儿纯母乳喂养率", ">=", 50, "%", "达到50%以上"),
            ind(None, None, "5岁以下儿童生长迟缓率", "<=", 5, "%", "控制在5%以下"),
            ind(None, None, "适龄儿童免疫规划疫苗接种率", ">=", 90, "%", "保持在90%以上"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("新华社微博转发的短讯,一句话列出《健康儿童行动提升计划(2021—2025年)》的全部量化目标。"
                  "前三项“分别控制在3.1‰、5.2‰和6.6‰以下”:三个名称共用一个“控制在…以下”,每项记 <=;"
                  "接种率“以乡(镇、街道)为单位保持在90%以上”是按子单位取值。文中没有单独的目标句,goals 为空。"
                  "页尾网站栏目(今日看点、融媒体、时评)原样保留,其中的数字(2024年、100天)不是指标。"
                  "“(编辑:王星”括号不配对,原样。"),
    },
    "jilin-quansheng-jiuyeshebao-mubiaozerenzhi.docx": {
        "source_urls": ["http://www.fymate.net/html/text/lar/168379/16837971.html"],
        "province": "吉林省",
        "doc_kind": "通知(目标责任制实施办法)",
        "patterns": [8, 10],
        "indicators": [
            ind("就业和再就业方面", None, "创造城镇就业岗位数量", None, None, None, None),
            ind("就业和再就业方面", None, "城镇新增就业人数", None, None, None, None),
            ind("就业和再就业方面", None, "下岗失业人员再就业人数,其中大龄就业困难对象再就业人数", None, None, None, None),
            ind("就业和再就业方面", None, "城镇登记失业率", None, None, None, None),
            ind("就业和再就业方面", None, "创业促就业成功项目数量", None, None, None, None),
            ind("就业和再就业方面", None, "国有企业下岗职工基本生活保障最低预算到位资金", None, None, None, None),
            ind("就业和再就业方面", None, "劳务输出人数,其中省外劳务输出人数", None, None, None, None),
            ind("就业和再就业方面", None, "小额贷款担保基金累计到位金额", None, None, None, None),
            ind("就业和再就业方面", None, "小额担保贷款累计发放金额", None, None, None, None),
            ind("完善城镇社会保障体系试点方面", None, "完成社保试点最低并轨人数", None, None, None, None),
            ind("完善城镇社会保障体系试点方面", None, "金保工程建设实现市州与省联网", None, None, None, None),
            ind("技能培训鉴定方面", None, "下岗失业人员", None, None, None, None),
        ],
        "goals": [
            {"kind": "年度目标", "text": JILIN_GOAL},
        ],
        "facts": [
            {"metric": "就业和再就业方面工作项数", "kind": "count", "total": 9,
             "parts": [1, 1, 1, 1, 1, 1, 1, 1, 1], "unit": "项"},
            {"metric": "完善城镇社会保障体系试点方面工作项数", "kind": "count", "total": 2,
             "parts": [1, 1], "unit": "项"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": JILIN_GOAL,
             "why": "“千方百计扩大就业,进一步完善社会保障体系”没有任何数值。"},
        ] + [
            {"rule": "target.missing_value", "item": n,
             "why": "目标任务只列出考核项目名称,正文没有给出目标值(值可能在未公开的分解表里)。"}
            for n in ["创造城镇就业岗位数量", "城镇新增就业人数",
                      "下岗失业人员再就业人数,其中大龄就业困难对象再就业人数", "城镇登记失业率",
                      "创业促就业成功项目数量", "国有企业下岗职工基本生活保障最低预算到位资金",
                      "劳务输出人数,其中省外劳务输出人数", "小额贷款担保基金累计到位金额",
                      "小额担保贷款累计发放金额", "完成社保试点最低并轨人数",
                      "金保工程建设实现市州与省联网", "下岗失业人员"]
        ] + [
            {"rule": "target.input_or_process", "item": "国有企业下岗职工基本生活保障最低预算到位资金",
             "why": "考核的是资金到位(投入),不是就业结果。"},
            {"rule": "target.input_or_process", "item": "小额贷款担保基金累计到位金额",
             "why": "担保基金到位金额是投入指标。"},
        ],
        "notes": ("省政府通知+实施办法,目标任务写成编号清单(8个方面30项,只有名称没有数值),按清单每项记一行,"
                  "level1 用分组标题“(一)就业和再就业方面(9项)”等去掉序号和项数。"
                  "存储页停在第12项“下岗失业人员”处(名称被截断),仍记一行。指导思想一段已改写,其余为原文。"
                  "facts 记两个分组标题写的项数与清单实际条数(9=9,2=2)。通知落款“吉林省人民政府 二00五年一月二十一日”保留(模式8)。"),
    },
}

# ---------------------------------------------------------------------------
# DOCUMENT TEXTS  (kind, text)   kinds: title, head, para
# ---------------------------------------------------------------------------
DOCS = {
    "shaanxi-xian-xiangcunzhenxing-xingdongfangan.docx": [
        ("title", "西安市深入实施乡村振兴战略促进城乡融合发展工作三年(2019—2021年)行动方案"),
        ("head", "一、工作思路"),
        ("para", XIAN_GOAL1),
        ("head", "二、主要工作和目标任务"),
        ("head", "(一)实施城乡空间优化行动"),
        ("para", XIAN_GOAL2),
        ("head", "1.优化城乡结构布局"),
        ("para", "城乡规划统一编制,完善镇(街)国土空间总体规划、县(区)域村庄布局规划和村庄规划,科学确定村庄的布局与规模。"
                 "2019年任务:一是完成村庄分类工作;二是对已编制完成的村庄规划进行评估,评估率达到50%;三是完成新编制村庄规划144个、"
                 "修编村庄规划518个,行政村规划编制率达到100%。2020年任务:一是4月底前完成村庄规划评估工作;二是10月底前根据村庄分类、"
                 "评估结果,对需修改完善的村庄规划,按照国土空间规划体系的编制要求进行修编,完成规划编制任务。"
                 "发展改革部门同步办理农村公共配套项目和产业项目的批复,住建部门负责农村建设项目的建设管理和质量安全。"
                 "(牵头单位:市资源规划局、市发改委、市住建局)"),
        ("head", "2.优化现代农业布局规划"),
        ("para", "按照都市型现代农业发展定位,围绕粮、菜、果、畜、花卉苗木、乡村旅游六大"),
    ],
    "jiangsu-danyang-jichujiaoyu-gongzuojihua.docx": [
        ("para", "教育局基础教育科工作参考计划范文一、指导思想:" + DANYANG_GOAL +
                 "二、工作目的:1.事业开展目的:全面推开03周岁婴幼儿早期教育,早期教育覆盖率85%以上,幼儿及家长、看护人员接受早期教育"
                 "指导率55%以上,36周岁幼儿入园率99%以上;小学入学率、稳固率、毕业率均保持100%;初中入学率、稳固率、毕业率分别为100%、"
                 "99.9%、99.9%;残疾儿童、青年入学率99.9%,稳固率99%以上;高中普及率98%以上。2.学校创立目的:争创镇江市现代化小学和初中"
                 "20所、镇江市优质幼儿园1所,创立江苏省、镇江市健康促进学校6所、镇江市级以上绿色学校3040所、镇江市中小学学生行为标准示范校"
                 "8所,100%初中学校创立成镇江市无流生学校或控流先进学校。在所有学校普及特色工程建"),
    ],
    "henan-quansheng-xiangcunjianshe-shishifangan.docx": [
        ("para", HENAN_GOAL),
        ("para", "方案明確,要實施農村供水保障行動,2025年年底前基本實現縣域城鄉供水管護一體化,力爭完成60個縣(市、區)水源置換工作,"
                 "農村自來水普及率達到93%。"),
        ("para", "同時,要實施農村人居環境整治提升五年行動,2025年年底前基本實現農村生活垃圾分類、資源化利用全覆蓋。"),
        ("para", "方案要求,2025年年底前,累計新改造農村無害化衛生廁所550萬戶、廁所糞污基本得到處理;農村生活污水治理率達到45%以上;"
                 "30%以上的行政村達到“四美鄉村”建設標準、50%以上的鄉鎮政府所在地達到“美麗小鎮”建設標準、50%以上的農戶庭院達到"
                 "“五美庭院”建設標準。"),
    ],
    "quanguo-guojia-jiankangertong-tishengjihua.docx": [
        ("title", "为祖国花朵护航!健康儿童行动五年新目标来了"),
        ("para", "来源:  新华社微博       作者:田晓航 彭韵佳      发布时间:2021-11-5 16:33  |"),
        ("para", "国家卫健委5日发布《健康儿童行动提升计划(2021—2025年)》,提出系列目标:到2025年,新生儿死亡率、婴儿死亡率和5岁以下"
                 "儿童死亡率分别控制在3.1‰、5.2‰和6.6‰以下;6个月内婴儿纯母乳喂养率达到50%以上;5岁以下儿童生长迟缓率控制在5%以下;"
                 "适龄儿童免疫规划疫苗接种率以乡(镇、街道)为单位保持在90%以上。"),
        ("para", "(编辑:王星"),
        ("para", "今日看点"),
        ("para", "视觉 / 视频更多"),
        ("para", "习近平会见德国总理朔尔茨"),
        ("para", "中越国资监管和国企改革交流座谈会在京召开"),
        ("para", "一图速览2024年政府工作报告"),
        ("para", "亚洲最长最重导管架钢桩完成装船"),
        ("para", "我国在大漠腹地打出首口万米深井"),
        ("para", "第七届中国企业改革发展峰会暨成果发布会召开"),
        ("para", "融媒体更多"),
        ("para", "刘伟平挂帅三峡集团有何深意"),
        ("para", "中国移动还值得继续持有吗"),
        ("para", "戴和根履新中国铁建100天,干了啥,见了谁"),
        ("para", "时评更多"),
    ],
    "jilin-quansheng-jiuyeshebao-mubiaozerenzhi.docx": [
        ("title", "吉林省人民政府关于印发吉林省2005年就业和"),
        ("title", "社会保障工作目标责任制实施办法的通知"),
        ("center", "(吉政发[2005]2号)"),
        ("para", "各市州、县(市、区)人民政府,省政府各厅委、各直属机构:"),
        ("para", "现将《吉林省2005年就业和社会保障工作目标责任制实施办法》印发给你们,请认真组织实施。"),
        ("right", "吉林省人民政府"),
        ("right", "二00五年一月二十一日"),
        ("title", "吉林省2005年就业和社会保障工作目标责任制实施办法"),
        ("para", "为进一步强化各级政府对就业和社会保障工作的领导责任,确保就业和社会保障各项工作任务的完成,特制定本办法。"),
        ("head", "一、指导思想"),
        ("para", "贯彻党的十六届四中全会和省委八届六次全会精神,落实中央和省委、省政府关于就业和社会保障的部署,借助振兴吉林老工业基地的机遇,"
                 "把各级政府在就业和社会保障方面的责任机制进一步压实,坚持以人为本、开拓创新、抓好落实,推动2005年全省就业和社会保障各项任务全部完成。"),
        ("head", "二、目标任务"),
        ("para", JILIN_GOAL + "重点抓好就业和再就业、完善城镇社会保障体系试点、技能培训鉴定、养老保险、失业保险、医疗保险、工伤保险和"
                 "城市居民最低生活保障8个方面30项工作。"),
        ("para", "(一)就业和再就业方面(9项)"),
        ("para", "1.创造城镇就业岗位数量;"),
        ("para", "2.城镇新增就业人数;"),
        ("para", "3.下岗失业人员再就业人数,其中大龄就业困难对象再就业人数;"),
        ("para", "4.城镇登记失业率;"),
        ("para", "5.创业促就业成功项目数量;"),
        ("para", "6.国有企业下岗职工基本生活保障最低预算到位资金;"),
        ("para", "7.劳务输出人数,其中省外劳务输出人数;"),
        ("para", "8.小额贷款担保基金累计到位金额;"),
        ("para", "9.小额担保贷款累计发放金额。"),
        ("para", "(二)完善城镇社会保障体系试点方面(2项)"),
        ("para", "10.完成社保试点最低并轨人数;"),
        ("para", "11.金保工程建设实现市州与省联网。"),
        ("para", "(三)技能培训鉴定方面(4项)"),
        ("para", "12.下岗失业人员"),
    ],
}

# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)


def _set_font(run, size=None, bold=False):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = "Noto Serif CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def build_docx(path, blocks):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = Document()
    for kind, text in blocks:
        p = doc.add_paragraph()
        r = p.add_run(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(r, 15, True)
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_font(r, 11)
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_font(r, 11)
        elif kind == "head":
            _set_font(r, 12, True)
        else:
            _set_font(r, 11)
    cp = doc.core_properties
    cp.author = "blind167"
    cp.last_modified_by = "blind167"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    bio = io.BytesIO()
    doc.save(bio)
    _deterministic_zip(bio.getvalue(), path)


def _deterministic_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", OUT, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    for row in gold["indicators"]:
        for key in ("name", "target_text"):
            if row[key] and norm(row[key]) not in txt:
                missing.append((key, row[key]))
    for g in gold["goals"]:
        if norm(g["text"]) not in txt:
            missing.append(("goal", g["text"][:30]))
    for f in gold["findings"]:
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"][:30]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, gold in GOLD.items():
        path = os.path.join(OUT, fname)
        build_docx(path, DOCS[fname])
        pdf = export_pdf(path)
        for src in (fname, os.path.basename(pdf)):
            ann = {"source": src}
            ann.update(gold)
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
        miss = check_pdf(pdf, gold)
        if miss:
            bad += 1
            print("MISSING in", pdf, miss)
        else:
            print("ok", fname, len(gold["indicators"]), "rows")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
