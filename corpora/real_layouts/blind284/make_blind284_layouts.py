"""Build the blind284 corpus part: five documents (XLSX/DOCX) with their PDFs and gold annotations.

The gold is written first (GOLD below), then the files are built, exported to PDF with LibreOffice,
normalised for determinism, annotated, and checked with pdftotext.
Run: /tmp/wvenv/bin/python make_blind284_layouts.py
"""

import copy
import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind284"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_HZ = "http://hznews.hangzhou.com.cn/xinzheng/swwj/content/2018-11/30/content_7106790.htm"
URL_HY = "https://m.31ppt.com/p-1836665.html"
URL_JD = "https://wenku365.com/p-20947296.html"
URL_DY = "https://dyrmt.com/article-147233-21.html"
URL_FZ = "http://www.rzhme.com/zwgk/tzgg/202504/t20250425_5010348.htm"


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------------------------
# Document content (facts kept as on the stored pages; longer explanations rewritten in my words)
# ---------------------------------------------------------------------------------------------

# 1. Hangzhou drug-control model-city assessment table (stored page starts with the table)
HZ_HEADER = ["序号", "项目", "小项内容", "具体内容", "分值", "打分方法"]
HZ_L1A = "组织\n领导\n(10分)"
HZ_L1B = "构建全覆盖毒品预防体系\n(20分)"
HZ_ROWS = [
    ["1", "强化组织领导", "以党委或政府名义召开会议,研究、部署、推动禁毒示范创建工作。", 1,
     ("以政府常务会议研究的,每次计0.5分;其他会议由党委政府主要领导出席的每次计0.3分,其他领导出席的每次计0.2分;"
     "一次政府常务会议都没有召开的,本项不计分。")],
    ["2", "领导批示指示", "党委政府领导对禁毒示范创建工作作出批示指示。", 1,
     "主要领导每作一次批示计0.5分,其他领导每次计0.2分。"],
    ["3", "成立领导小组", "成立创建领导小组,成立创建工作专班,制定创建工作方案,并认真贯彻执行。", 3,
     ("领导小组由党委政府主要领导牵头的计1分,由其他领导牵头的计0.5分;设立创建工作专班计0.5分;"
     "制定创建工作方案计0.5分;方案中的目标措施按期完成计1分。")],
    ["4", "出席创建活动", "党委政府领导出席禁毒示范创建活动(含全民禁毒宣传月活动)。", 5,
     "主要领导每出席一次计1分,其他领导每次计0.5分。"],
    ["5", "禁毒知识知晓率", "全民禁毒知识知晓率超过95%。", 5,
     "由第三方对各地评估:超过95%(含)计3分,超过98%(含)计5分。"],
    ["6", "群众满意度", "禁毒工作群众满意度超过95%。", 5,
     "由第三方对各地评估:超过95%(含)计3分,超过98%(含)计5分。"],
    ["7", "禁毒专题教育", "中小学校落实禁毒专题教育不少于4课时。", 4,
     "按10%的比例随机抽查各地学校材料(不足4所的按4所抽),每查出1所学校不合格扣1分。"],
    ["8", "数字化平台应用",
     "教育部门所属学校、在校学生(小学5年级至高中2年级、含中等职业学校)在全国青少年毒品预防教", None, None],
]

# 2. Marine-economy guidance fund evaluation indicator table (Word table on a document portal)
HY_TITLE = "某政策类经济发展引导资金项目绩效评价指标表"
HY_ROWS = [
    ["业务指标(70分)", "目标设定情况(10分)", "依据的充分性(3分)",
     "海洋经济发展引导资金设立的依据是否充分,充分:3分;一般:1.5分;没有:0分"],
    ["", "", "工作目标的明确度(3分)",
     "海洋经济发展引导资金设立目标是否明确,明确:3分;基本明确:1.5分;不明确:0分"],
    ["", "", "项目目标与相关规划的相符性(4分)",
     ("引导项目与XX市海洋经济发展总体规划、XX市2009年产业发展导向目录等规划文件的相符性,"
     "相符程度高:4分,基本相符:2分,不相符:0分")],
    ["", "目标完成情况(15分)", "项目投资计划完成率(5分)",
     "项目投资计划完成率,100%:5分;90-100%:3分;70-90%:1分;70%以下:0分"],
    ["", "", "目标完成的及时性(5分)",
     "项目建设进度与计划的符合程度,100%符合:5分;90-100%符合:3分;70-90%:1分;70%以下:0分"],
    ["", "", "技术指标完成情况(5分)", "完全达到:5分;主要指标完全达到,其他基本达到:3分;主要指标达到"],
]

# 3. County breakdown of a provincial drug-control assessment scheme (portal copy of a Word table)
JD_TITLE = "2018年度全省禁毒工作考评细则"
JD_HEADER = ["大项内容", "小项内容", "具体项目", "具体内容", "责任单位", "协助单位"]
JD_STD = "对照《全国青少年毒品预防教育“6•27”工程达标考核标准》,"
JD_ROWS = [
    ("工程攻坚(2.5分)", JD_STD + "全县初中以上学校项目达标率达到100%以上。"),
    ("工程攻坚(2.5分)", JD_STD + "乡镇(街道)项目达标率达到80%以上。"),
    ("工程攻坚(2.5分)", JD_STD + "村(社区)项目达标率达到80%以上。"),
    ("工程攻坚(2.5分)", "制定出台本市青少年毒品预防教育五年发展纲要。"),
    ("工程攻坚(2.5分)", "现有吸毒人员超过5000人的地市和超过1000人的重点县(市)全部建立禁毒教育基地。"),
    ("数字化平台应用(1.4分)", "全县学校在全国青少年毒品预防教育数字化平台注册比例达到90%。"),
    ("数字化平台应用(1.4分)",
     "在校学生(小学5年级至高中2年级、含中等职业学校)在全国青少年毒品预防教育数字化平台注册比例达到90%。"),
    ("重大活动组织(1分)", "在2018年度全国青少年禁毒知识竞赛中,各市综合得分。"),
    ("重大活动组织(1分)", "在2018年度全国青少年禁毒知识竞赛决赛"),
]

# 4. Daying county (Sichuan) evaluation report, page 21 of a serialised article: running text
DY_PARAS = [
    ("h", "三、综合评价结论"),
    ("p", "从组织实施、项目管理、财务管理和完成情况几方面看,该项目执行情况良好,预定目标较好达成。"),
    ("h", "四、绩效评价分析"),
    ("h2", "(一)项目绩效完成情况"),
    ("p", ("2021年,项目围绕县城补短板,补齐基础设施和产业平台配套。编报了国家“十四五”规划102项县城补短板重大工程"
          "中的大英县产业转型升级示范园区建设项目;把大英县医疗救治救援中心建设项目申报为2022年省预算内投资计划项目,"
          "争取到省预算内基本建设投资1000万元。报送2021年第三、四季度信贷支持县城补短板强弱项项目11个,信贷需求18.97亿元;"
          "申报2021年一、二季度县城新型城镇化补短板强弱项项目信贷资金支持项目9个,申贷金额10.705亿元。"
          "资金支付的范围、标准、进度和依据均合规,项目支出费用20.42万元,支付率68.07%。"
          "总的看,项目预算按申报、立项评审、监督检查等程序执行,绩效目标任务基本完成。")),
    ("h2", "(二)项目管理情况"),
    ("p", ("对项目管理全程跟踪,随时掌握产出和效果目标,重点分析预算编制是否合理、成本支出是否真实、控制是否有效,"
          "评价资金使用的效率和效果,找出不足,为以后年度的实施提供参考。")),
    ("h2", "(三)项目效益情况"),
    ("p", "评价结果显示,项目完成了预定目标,效果符合预期,社会满意度大于90%。"),
    ("h", "五、存在主要问题"),
    ("p", "一是年终预算执行率为68.07%,执行偏慢,原因是项目费用要按任务完成进度结算。二是项目绩效目标的设置仍需完善。"),
    ("h", "六、相关措施及建议"),
    ("p", "加快项目预算执行;加强绩效管理培训;把部门项目预算资金管得更细;科学设置绩效目标,细化、量化绩效考核指标体系。"),
    ("p", "附表4"),
]

# 5. Fuzhou legal-aid centre 2024 public notice: running text with sums and shares
FZ_PARAS = [
    ("t", "2024年度福州市法律援助中心工作信息公示"),
    ("p", ("依照《中华人民共和国法律援助法》的有关规定,现公示福州市法律援助中心2024年的资金使用、案件办理和质量考核结果,"
          "接受社会监督。")),
    ("h", "一、案件办理情况"),
    ("p", ("福州市法律援助中心共受理指派法律援助案件2945件,其中民事案件2223件、刑事案件636件,行政案件86件。"
          "全年接待群众来访法律咨询3925批次、来电法律咨询2085次,以上案件和咨询信息都已录入福建省法律援助信息化平台。")),
    ("h", "二、业务经费使用情况"),
    ("p", "2024年度,福州市法律援助中心共发放办案补贴140.99万元,值班补贴40.65万元,合计181.65万元。"),
    ("h", "三、案件质量考核情况"),
    ("p", ("福州市法援中心在全市(包括各县、区法律援助机构)共抽取评估案件383件,评估结果均为合格以上等次。"
          "其中,其中优秀3件占比0.78%、良好39件占比10.18%、合格341件占比89.03%,总体合格率为100%。")),
    ("r", "福州市法律援助中心"),
    ("r", "2025年4月21日"),
]

# ---------------------------------------------------------------------------------------------
# GOLD (written before any file is read back)
# ---------------------------------------------------------------------------------------------

GOLD = {}

GOLD["blind284_hangzhou_jindu_kaohe.xlsx"] = {
    "source_urls": [URL_HZ],
    "province": "浙江省",
    "doc_kind": "禁毒示范创建考核评分表(市级)",
    "patterns": [1, 5],
    "indicators": [
        ind("组织领导(10分)", None, "强化组织领导", None, None, None,
            "以党委或政府名义召开会议,研究、部署、推动禁毒示范创建工作。", weight=1),
        ind("组织领导(10分)", None, "领导批示指示", None, None, None,
            "党委政府领导对禁毒示范创建工作作出批示指示。", weight=1),
        ind("组织领导(10分)", None, "成立领导小组", None, None, None,
            "成立创建领导小组,成立创建工作专班,制定创建工作方案,并认真贯彻执行。", weight=3),
        ind("组织领导(10分)", None, "出席创建活动", None, None, None,
            "党委政府领导出席禁毒示范创建活动(含全民禁毒宣传月活动)。", weight=5),
        ind("构建全覆盖毒品预防体系(20分)", None, "禁毒知识知晓率", ">", 95, "%",
            "全民禁毒知识知晓率超过95%。", weight=5),
        ind("构建全覆盖毒品预防体系(20分)", None, "群众满意度", ">", 95, "%",
            "禁毒工作群众满意度超过95%。", weight=5),
        ind("构建全覆盖毒品预防体系(20分)", None, "禁毒专题教育", ">=", 4, "课时",
            "中小学校落实禁毒专题教育不少于4课时。", weight=4),
        ind("构建全覆盖毒品预防体系(20分)", None, "数字化平台应用", None, None, None,
            "教育部门所属学校、在校学生(小学5年级至高中2年级、含中等职业学校)在全国青少年毒品预防教"),
    ],
    "goals": [],
    "facts": [
        {"metric": "组织领导分值", "kind": "sum", "total": 10, "parts": [1, 1, 3, 5], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "组织领导",
         "why": "the whole 10-point block scores meetings held, instructions given, a leading group set up and events "
                "attended: process and inputs, no result of the work"},
    ],
    "notes": "Stored page (hznews, Hangzhou municipal documents column) begins directly with the scoring table, no title; "
             "it stops inside row 8 (数字化平台应用), so that row has no 分值/打分方法 and its target text is cut; the "
             "(20分) block subtotal cannot be checked (5+5+4 shown). 项目 cells read '组织 领导 (10分)' (vertical text), "
             "reproduced as a merged label column with line breaks. 小项内容 is taken as the indicator name and "
             "具体内容 as the target; no 二级 level exists. '超过95%' is read literally as '>' although the scoring rule "
             "says '超过95%(含)' (i.e. >=) and gives full marks only from 98%: target and scoring disagree. "
             "打分方法 cells rewritten in my own words with all figures kept. Assessment table (考核), not a budget "
             "form; rows 1-4 have no numeric target by design (points per occurrence).",
}

GOLD["blind284_haiyang_yindao_pingjia.docx"] = {
    "source_urls": [URL_HY],
    "province": None,
    "doc_kind": "政策类引导资金项目绩效评价指标表(评分标准)",
    "patterns": [1, 5],
    "indicators": [
        ind("业务指标(70分)", "目标设定情况(10分)", "依据的充分性", None, None, None,
            "海洋经济发展引导资金设立的依据是否充分,充分:3分;一般:1.5分;没有:0分", weight=3),
        ind("业务指标(70分)", "目标设定情况(10分)", "工作目标的明确度", None, None, None,
            "海洋经济发展引导资金设立目标是否明确,明确:3分;基本明确:1.5分;不明确:0分", weight=3),
        ind("业务指标(70分)", "目标设定情况(10分)", "项目目标与相关规划的相符性", None, None, None,
            "引导项目与XX市海洋经济发展总体规划、XX市2009年产业发展导向目录等规划文件的相符性,"
            "相符程度高:4分,基本相符:2分,不相符:0分", weight=4),
        ind("业务指标(70分)", "目标完成情况(15分)", "项目投资计划完成率", "=", 100, "%",
            "项目投资计划完成率,100%:5分;90-100%:3分;70-90%:1分;70%以下:0分", weight=5),
        ind("业务指标(70分)", "目标完成情况(15分)", "目标完成的及时性", "=", 100, "%",
            "项目建设进度与计划的符合程度,100%符合:5分;90-100%符合:3分;70-90%:1分;70%以下:0分", weight=5),
        ind("业务指标(70分)", "目标完成情况(15分)", "技术指标完成情况", None, None, None,
            "完全达到:5分;主要指标完全达到,其他基本达到:3分;主要指标达到", weight=5),
    ],
    "goals": [],
    "facts": [
        {"metric": "目标设定情况分值", "kind": "sum", "total": 10, "parts": [3, 3, 4], "unit": "分"},
        {"metric": "目标完成情况分值", "kind": "sum", "total": 15, "parts": [5, 5, 5], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.vague_wording", "item": "技术指标完成情况",
         "why": "the standard never says which technical indicators are meant or which count as 主要指标, so the "
                "bands cannot be applied"},
    ],
    "notes": "Document-portal copy (31ppt) of a .docx; portal lines (uploader, size) left out, title and table kept. "
             "Place is anonymised (XX市), so no province. Two-row header: 基本指标 over 一级/二级, 具体指标 over 三级, "
             "then 评价内容(标准) and an empty 评分 column. Points sit in every level cell. Stored text stops inside the "
             "技术指标完成情况 standard ('主要指标达到'), so 业务指标(70分) cannot be summed (only 25 of 70 shown). "
             "For the two completion rows the full-mark band '100%' is taken as an '=' target. The bands overlap at "
             "the edges (90-100% vs 100%, 70-90% vs 90-100%): which band 90% or 100% falls in is ambiguous (noted, "
             "no rule id fits). Evaluation standards are kept verbatim because they are the targets.",
}

GOLD["blind284_jindu_kaoping_xize.xlsx"] = {
    "source_urls": [URL_JD],
    "province": None,
    "doc_kind": "禁毒工作考评细则(县级分解表)",
    "patterns": [1, 5],
    "indicators": [
        ind("毒品预防教育(14分)", "“6·27”工程(7分)", "全县初中以上学校项目达标率", ">=", 100, "%",
            JD_STD + "全县初中以上学校项目达标率达到100%以上。"),
        ind("毒品预防教育(14分)", "“6·27”工程(7分)", "乡镇(街道)项目达标率", ">=", 80, "%",
            JD_STD + "乡镇(街道)项目达标率达到80%以上。"),
        ind("毒品预防教育(14分)", "“6·27”工程(7分)", "村(社区)项目达标率", ">=", 80, "%",
            JD_STD + "村(社区)项目达标率达到80%以上。"),
        ind("毒品预防教育(14分)", "“6·27”工程(7分)", "本市青少年毒品预防教育五年发展纲要", None, None, None,
            "制定出台本市青少年毒品预防教育五年发展纲要。"),
        ind("毒品预防教育(14分)", "“6·27”工程(7分)", "禁毒教育基地", None, None, None,
            "现有吸毒人员超过5000人的地市和超过1000人的重点县(市)全部建立禁毒教育基地。"),
        ind("毒品预防教育(14分)", "“6·27”工程(7分)",
            "全县学校在全国青少年毒品预防教育数字化平台注册比例", ">=", 90, "%",
            "全县学校在全国青少年毒品预防教育数字化平台注册比例达到90%。"),
        ind("毒品预防教育(14分)", "“6·27”工程(7分)",
            "在校学生(小学5年级至高中2年级、含中等职业学校)在全国青少年毒品预防教育数字化平台注册比例",
            ">=", 90, "%",
            "在校学生(小学5年级至高中2年级、含中等职业学校)在全国青少年毒品预防教育数字化平台注册比例达到90%。"),
        ind("毒品预防教育(14分)", "“6·27”工程(7分)", "各市综合得分", None, None, None,
            "在2018年度全国青少年禁毒知识竞赛中,各市综合得分。"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.impossible_value", "item": "全县初中以上学校项目达标率",
         "why": "'达到100%以上': a compliance rate cannot exceed 100%, so the target is really =100%"},
        {"rule": "target.missing_value", "item": "各市综合得分",
         "why": "names the contest score but sets no score, rank or threshold to reach"},
    ],
    "notes": "Portal copy (wenku365); the portal title reads '2018度全省禁毒工作考评细则' (missing 年), the body "
             "'2018年度…'; body title used. Stored text stops in the 9th 具体内容 row ('…知识竞赛决赛'), which is "
             "reproduced but not annotated. The 具体项目 points (2.5 / 1.4 / 1) belong to groups of rows, so row "
             "weights are null; '“6·27”工程(7分)' cannot be summed (4.9 shown). 具体项目 is a third grouping level "
             "between level2 and the target row; the measured thing in 具体内容 is used as the name. The county-level "
             "table still speaks of '本市', '各市' and '地市…重点县(市)', copied from a higher level (odd, not flagged). "
             "'达到…以上' read as '>='. 禁毒教育基地 '全部建立' is a clear but non-numeric target (operator null).",
}

GOLD["blind284_daying_pingjia_baogao.docx"] = {
    "source_urls": [URL_DY],
    "province": "四川省",
    "doc_kind": "项目支出绩效评价报告(节选,结论至建议)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "支付率", "kind": "rate", "total": None, "parts": [20.42], "unit": "万元", "stated": 68.07},
        {"metric": "年终预算执行率", "kind": "rate", "total": None, "parts": [20.42], "unit": "万元",
         "stated": 68.07},
    ],
    "findings": [],
    "notes": "Page 21 of a serialised county-media article (大英县, 遂宁, Sichuan): the stored text begins at "
             "'三、综合评价结论' and ends at '附表4' (the table itself is not on the page); the report's opening "
             "(project, goals, indicator table) is not stored, so no goal or target can be given and no coverage "
             "finding is made. Only results in prose: 1000万元, 11 projects / 18.97亿元, 9 projects / 10.705亿元, "
             "20.42万元 spent, 支付率 and 年终预算执行率 68.07%, 社会满意度大于90%. The budget (denominator) is not "
             "stated, so the rate cannot be recomputed (about 30万元 implied). The conclusion ('较好地完成', "
             "'完全符合预期') sits oddly with 68.07% execution and the report's own admission that targets need work. "
             "All sentences rewritten in my own words, figures kept. Test of no false indicators.",
}

GOLD["blind284_fuzhou_falvyuanzhu.docx"] = {
    "source_urls": [URL_FZ],
    "province": "福建省",
    "doc_kind": "法律援助中心年度工作信息公示",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "受理指派法律援助案件", "kind": "sum", "total": 2945, "parts": [2223, 636, 86], "unit": "件"},
        {"metric": "业务经费", "kind": "sum", "total": 181.65, "parts": [140.99, 40.65], "unit": "万元"},
        {"metric": "抽取评估案件", "kind": "sum", "total": 383, "parts": [3, 39, 341], "unit": "件"},
        {"metric": "优秀占比", "kind": "rate", "total": 383, "parts": [3], "unit": "件", "stated": 0.78},
        {"metric": "良好占比", "kind": "rate", "total": 383, "parts": [39], "unit": "件", "stated": 10.18},
        {"metric": "合格占比", "kind": "rate", "total": 383, "parts": [341], "unit": "件", "stated": 89.03},
        {"metric": "总体合格率", "kind": "rate", "total": 383, "parts": [383], "unit": "件", "stated": 100},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "业务经费",
         "why": "办案补贴140.99 + 值班补贴40.65 = 181.64万元, the notice states 合计181.65万元 (0.01 off, "
                "probably rounding of unrounded parts)"},
    ],
    "notes": "Stored copy is a mirror site (rzhme.com) that converted the Fuzhou notice to traditional characters; "
             "reproduced in simplified characters as the original notice, wording of long sentences rewritten, all "
             "figures kept, the doubled '其中,其中' kept. No targets at all: facts only. 2945 = 2223+636+86 and "
             "383 = 3+39+341 hold; the three shares add to 99.99% (rounding, not flagged); 0.78/10.18/89.03% "
             "recompute correctly from 383. The whole notice is on the stored page.",
}

# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


def fixed_props(wb):
    wb.properties.creator = "blind284"
    wb.properties.lastModifiedBy = "blind284"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def setup_sheet(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False


def put(ws, ref, value, align=WRAP, bold=False):
    c = ws[ref]
    c.value = value
    c.alignment = align
    c.font = Font(name="Noto Sans CJK SC", size=10, bold=bold)
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def build_hz(path):
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "考核评分"
    setup_sheet(ws, {"A": 6, "B": 12, "C": 16, "D": 44, "E": 6, "F": 52})
    for i, h in enumerate(HZ_HEADER):
        put(ws, f"{'ABCDEF'[i]}1", h, CENTER, bold=True)
    r = 2
    for k, row in enumerate(HZ_ROWS):
        seq, name, target, pts, method = row
        put(ws, f"A{r}", seq, CENTER)
        put(ws, f"C{r}", name, CENTER)
        put(ws, f"D{r}", target)
        put(ws, f"E{r}", pts, CENTER)
        put(ws, f"F{r}", method)
        ws.row_dimensions[r].height = 62 if k < 7 else 40
        r += 1
    put(ws, "B2", HZ_L1A, CENTER)
    ws.merge_cells("B2:B5")
    put(ws, "B6", HZ_L1B, CENTER)
    ws.merge_cells("B6:B9")
    box(ws, "A1:F9")
    wb.save(path)


def build_jd(path):
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "考评细则"
    setup_sheet(ws, {"A": 12, "B": 12, "C": 14, "D": 60, "E": 11, "F": 18})
    put(ws, "A1", JD_TITLE, CENTER, bold=True)
    ws.merge_cells("A1:F1")
    ws.row_dimensions[1].height = 26
    for i, h in enumerate(JD_HEADER):
        put(ws, f"{'ABCDEF'[i]}2", h, CENTER, bold=True)
    r = 3
    for k, (grp, text) in enumerate(JD_ROWS):
        last = k == len(JD_ROWS) - 1
        put(ws, f"C{r}", grp, CENTER)
        put(ws, f"D{r}", text)
        if not last:
            put(ws, f"E{r}", "县教育局", CENTER)
            put(ws, f"F{r}", "县禁毒办、禁毒大队", CENTER)
        ws.row_dimensions[r].height = 46
        r += 1
    put(ws, "A3", "毒品预防教育\n(14分)", CENTER)
    ws.merge_cells("A3:A11")
    put(ws, "B3", "“6·27”工程\n(7分)", CENTER)
    ws.merge_cells("B3:B11")
    ws.merge_cells("C3:C7")
    ws.merge_cells("C8:C9")
    ws.merge_cells("C10:C11")
    box(ws, "A2:F11")
    wb.save(path)


def set_cell_text(cell, text, bold=False, size=10, center=False):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if center:
        par.alignment = 1


def fix_docx_props(d):
    cp = d.core_properties
    cp.author = "blind284"
    cp.last_modified_by = "blind284"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""


def cjk_style(d):
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def build_hy(path):
    d = docx.Document()
    fix_docx_props(d)
    cjk_style(d)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    p = d.add_paragraph()
    p.alignment = 1
    run = p.add_run(HY_TITLE)
    run.bold = True
    run.font.size = Pt(14)
    t = d.add_table(rows=2 + len(HY_ROWS), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.2), Cm(3.6), Cm(4.6), Cm(12.5), Cm(2.0)]
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = widths[i]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h0[1])
    set_cell_text(a, "基本指标", bold=True, center=True)
    set_cell_text(h0[2], "具体指标", bold=True, center=True)
    e = h0[3].merge(h1[3])
    set_cell_text(e, "评价内容(标准)", bold=True, center=True)
    f = h0[4].merge(h1[4])
    set_cell_text(f, "评分", bold=True, center=True)
    for i, txt in enumerate(["一级指标", "二级指标", "三级指标"]):
        set_cell_text(h1[i], txt, bold=True, center=True)
    for r, row in enumerate(HY_ROWS):
        cells = t.rows[2 + r].cells
        for i in (2, 3):
            set_cell_text(cells[i], row[i])
    l1 = t.cell(2, 0).merge(t.cell(2 + len(HY_ROWS) - 1, 0))
    set_cell_text(l1, HY_ROWS[0][0], center=True)
    l2a = t.cell(2, 1).merge(t.cell(4, 1))
    set_cell_text(l2a, HY_ROWS[0][1], center=True)
    l2b = t.cell(5, 1).merge(t.cell(7, 1))
    set_cell_text(l2b, HY_ROWS[3][1], center=True)
    d.save(path)


def build_prose(path, paras, title_size=15):
    d = docx.Document()
    fix_docx_props(d)
    cjk_style(d)
    for kind, text in paras:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "t":
            p.alignment = 1
            run.bold = True
            run.font.size = Pt(title_size)
        elif kind == "h":
            run.bold = True
            run.font.size = Pt(12)
        elif kind == "h2":
            run.bold = True
        elif kind == "r":
            p.alignment = 2
        else:
            p.paragraph_format.first_line_indent = Pt(22)
    d.save(path)


# ---------------------------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------------------------

def normalise_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    core = "docProps/core.xml"
    if core in items:
        txt = items[core].decode("utf-8")
        txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                     r"\g<1>2024-01-01T00:00:00Z\g<3>", txt)
        items[core] = txt.encode("utf-8")
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        order = sorted(items, key=lambda n: (n != "[Content_Types].xml", n))
        for n in order:
            info = zipfile.ZipInfo(n, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, items[n])
    os.replace(tmp, path)


def same_len_digits(m):
    """Replace the digits of a PDF/XMP date by 2024-01-01 00:00:00 (+00'00'), keeping the byte length."""
    template = iter(b"20240101000000" + b"0" * 32)
    body = bytes(next(template) if 48 <= ch <= 57 else ch for ch in m.group(2))
    return m.group(1) + body + m.group(3)


def zero_id(m):
    return m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5)


def normalise_pdf(path):
    with open(path, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)(\))", same_len_digits, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", same_len_digits, data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", zero_id, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    with open(path, "wb") as fh:
        fh.write(data)


def to_pdf(src):
    outdir = tempfile.mkdtemp(prefix="b284_")
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    name = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    dst = os.path.join(HERE, name)
    shutil.move(os.path.join(outdir, name), dst)
    shutil.rmtree(outdir, ignore_errors=True)
    normalise_pdf(dst)
    return dst


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8"))
    missing = []
    want = []
    for i in gold["indicators"]:
        want += [i["name"], i["target_text"]]
    want += [g["text"] for g in gold["goals"]]
    want += [f["item"] for f in gold["findings"]]
    for w in want:
        if w and squash(w) not in text:
            missing.append(w)
    return missing


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def main():
    os.makedirs(ANN, exist_ok=True)
    builders = {
        "blind284_hangzhou_jindu_kaohe.xlsx": build_hz,
        "blind284_haiyang_yindao_pingjia.docx": build_hy,
        "blind284_jindu_kaoping_xize.xlsx": build_jd,
        "blind284_daying_pingjia_baogao.docx": lambda p: build_prose(p, DY_PARAS),
        "blind284_fuzhou_falvyuanzhu.docx": lambda p: build_prose(p, FZ_PARAS),
    }
    problems = []
    sums = {}
    for name, build in builders.items():
        path = os.path.join(HERE, name)
        build(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        for f in (path, pdf):
            g = copy.deepcopy(GOLD[name])
            rec = {"source": os.path.basename(f)}
            rec.update(g)
            with open(os.path.join(ANN, os.path.basename(f) + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
            sums[os.path.basename(f)] = md5(f)
        miss = check_pdf(pdf, GOLD[name])
        if miss:
            problems.append((name, miss))
    for k in sorted(sums):
        print(sums[k], k)
    if problems:
        for name, miss in problems:
            print("MISSING in PDF of", name, ":", miss)
        sys.exit(1)
    print("pdftotext check: all indicator names, targets, goals and finding items found")


if __name__ == "__main__":
    main()
