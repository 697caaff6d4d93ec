"""Build the blind258 part: five source documents (XLSX/DOCX), their PDFs and the gold.

The gold for every file is written in this script first (GOLD below), before any file is read back.
Run: /tmp/wvenv/bin/python make_blind258_layouts.py
"""

import copy
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PROFILE = "file:///tmp/lo_blind258"
FIXED_DT = datetime.datetime(2024, 1, 1, 8, 0, 0)
ZIP_TS = (2024, 1, 1, 8, 0, 0)
FONT = "Noto Sans CJK SC"

URL_YIBIN = "https://wnwk.com/doc/103767.html"
URL_GX = "https://777doc.com/doc-938155.html"
URL_XF = "http://www.rongshui.gov.cn/xxgk/dwxx/xzxxgkpt/xfx/xzwj_60411/202507/t20250725_3649824.shtml"
URL_KZZQ = "http://zzswgk.cn/article/63078.html"
URL_JS = "http://fsou.com/html/text/lar/172715/17271540_2.html"


def ind(level1, level2, name, operator, value, unit, target_text, weight=None, actual=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------- document 1: 宜宾 评分细则 (XLSX)
Y_L1 = "一、机制(150分)"
Y_R1 = "1.党委或政府主要领导研究艾滋病防治工作,参加艾滋病防治宣传活动1次以上。"
Y_R2 = "2.党委或政府主要领导针对新情况、新问题开展艾滋病防治调研1次以上。"
Y_R3 = "3.1县(区)政府对各重传委成员单位和各乡镇政府签订目标责任书;"

# ---------------------------------------------------------------- document 2: 攻坚工程 考核评估表 (XLSX)
G_S1 = "一、攻坚工程总体目标"
G_S2 = "二、攻坚工程保障措施(100分)"
G_S3 = "三、防治艾滋病宣传教育(150分)"
G_T1 = "防艾办机构人员落实*(50分)"
G_T2 = "专项经费投入*(50分)"
G_T3 = "大型防艾宣传活动(20分)"
G_HUANBI = "全市新发艾滋病感染者△:2010年例2011年例环比指数为"
G_C1 = "市本级防艾办实体化(10分)"
G_C2 = "市本级按现自治区人民政府签订的责任状要求落实防艾办人员编制及专业技术人员(10分)"
G_C3 = "市本级防艾办人员及专业技术人员全部到位(10分)"
G_C4 = "所辖县(市、区)防艾办实体化(20分)"
G_C5 = "市本级按照全市人口数(含所辖区、市、县)1元/人的标准,落实艾滋病防治经费。(30分)"
G_C6 = "所辖县(市、区)按辖区人口数1元/人的标准,落实艾滋病防治专项经费。(20分)"
G_C7 = "市本级组织开展1次多部门联合的大型防艾宣传活动。"

# ---------------------------------------------------------------- document 3: 香粉乡 考评通知 (DOCX)
X_BASIC = ("自然村屯 个、宣传员 人、村医 人,总户数 户,总人口数 人,15岁以上人 数 人,重点人群 人,"
           "外出务工人 数 人;累计宣")

# ---------------------------------------------------------------- document 4: 科左中旗 规划 (DOCX)
K_GOAL = ("到2030年,建成并完善全方位、多层次的艾滋病防治综合体系;继续加强血液安全管理和吸毒人群干预,"
          "针对性传播途径开展精准防控,力争实现母婴零传播;增强全人群防护意识,推动危险行为转变,"
          "防范家庭内传播;提升诊断治疗效果,减少新增感染和病死,控制人群感染水平,"
          "使全旗艾滋病疫情长期保持在低流行水平。")
K_T1A = "居民艾滋病防治知识知晓率达到90%以上"
K_T1B = "重点人群及易感染艾滋病危险行为人群防治知识知晓率、感染者权利义务知晓率均达到95%以上"
K_T1C = "2030年在此基础上持续巩固提升"
K_T2A = "男性同性性行为人群艾滋病相关危险行为在2025年和2030年均减少10%以上"
K_T2B = "2025年易感染艾滋病危险行为人群综合干预措施覆盖比例达到95%以上"
K_T3A = "艾滋病母婴传播率控制在2%以下"
K_T3B = "夫妻一方感染艾滋病家庭的配偶传播率控制在0.3%以下"
K_T4A = "经诊断发现并知晓自身感染状况的感染者比例,2025年达到90%以上"
K_T4B = "2030年达到95%以上"
K_T4C = "经诊断发现的感染者接受抗病毒治疗比例和接受抗病毒治疗的感染者病毒抑制比例均达到95%以上"
K_PARAS = [
    ("1.到2025年," + K_T1A + ";" + K_T1B + ";" + K_T1C + "。"),
    ("2.与前5年相比," + K_T2A + ";" + K_T2B + ",2030年继续保持。"),
    ("3.2025年," + K_T3A + "," + K_T3B + ",2030年继续保持。"),
    ("4." + K_T4A + "," + K_T4B + "。2025年," + K_T4C + "。"),
]

# ---------------------------------------------------------------- document 5: 江苏 全球基金结核病 (XLSX)
J_PERIODS = ["2010Q3", "2010Q4", "2011Q1", "2011Q2", "2011Q3", "2011Q4",
             "2012Q1", "2012Q2", "2012Q3", "2012Q4", "2013Q1", "2013Q2"]
J_IND = [
    ("流动人口中新涂阳肺结核患者丢失率", "率", ["<15%"] * 8 + ["<14%"] * 4),
    ("流动人口中新涂阳肺结核患者督导治疗率", "率", ["70%"] * 4 + ["80%"] * 8),
    ("流动人口中新涂阳肺结核患者成功治疗率", "率", ["80%"] * 12),
    ("流动人口中转出患者到位反馈率", "率", ["55%"] * 4 + ["60%"] * 4 + ["80%"] * 4),
    ("参与结核病防治工作的民间组织的数量", "数值", ["1"] * 12),
]
J_BUDGET = [
    ("南京市", [3200, 1000, 6200, 2500, 5900, 3000, 3000, 1500, 18300, 8000]),
    ("玄武区", [10200, 6700, 24200, 14300, 26000, 14600, 14000, 7600, 74400, 43200]),
    ("白下区", [11400, 8000, 27000, 16900, 29100, 17300, 15500, 9000, 83000, 51200]),
    ("秦淮区", [10800, 7400, 25600, 15600, 27500, 15900, 14700, 8300, 78600, 47200]),
    ("建邺区", [10200, 6800, 24300, 14300, 26000, 14600, 14000, 7600, 74500, 43300]),
    ("鼓楼区", [10400, 6900, 24600, 14700, 26300, 14900, 14200, 7800, 75500, 44300]),
    ("下关区", [10200, 6700, 24200, 14300, 26000, 14600, 14000, 7600, 74400, 43200]),
    ("栖霞区", [10000, 6500, 23900, 14000, 25700, 14300, 13800, 7500, 73400, None]),
]


def j_value(cell):
    m = re.match(r"^(<|>)?(\d+(?:\.\d+)?)(%?)$", cell)
    op, num, pct = m.group(1), float(m.group(2)), m.group(3)
    return op, (int(num) if num.is_integer() else num), ("%" if pct else None)


def j_indicators():
    rows = []
    for name, _kind, cells in J_IND:
        for cell in cells:
            op, val, unit = j_value(cell)
            rows.append(ind(None, None, name, op, val, unit, cell))
    return rows


def j_facts():
    facts = []
    for city, v in J_BUDGET:
        facts.append({"metric": city + " 全球基金赠款 一期合计", "kind": "sum", "total": v[8],
                      "parts": [v[0], v[2], v[4], v[6]], "unit": "美元"})
        if v[9] is not None:
            facts.append({"metric": city + " 地方财政配套 一期合计", "kind": "sum", "total": v[9],
                          "parts": [v[1], v[3], v[5], v[7]], "unit": "美元"})
    return facts


GOLD = {
    "blind258_yibin_aids_scoring_2016.xlsx": {
        "source_urls": [URL_YIBIN],
        "province": "四川省",
        "doc_kind": "艾滋病防治目标责任书评分细则(考核评分表)",
        "patterns": [1, 5, 8],
        "indicators": [
            ind(Y_L1, None, "党委或政府主要领导研究艾滋病防治工作,参加艾滋病防治宣传活动1次以上",
                ">=", 1, "次", Y_R1, weight=40),
            ind(Y_L1, None, "党委或政府主要领导针对新情况、新问题开展艾滋病防治调研1次以上",
                ">=", 1, "次", Y_R2, weight=20),
            ind(Y_L1, None, "县(区)政府对各重传委成员单位和各乡镇政府签订目标责任书",
                None, None, None, Y_R3, weight=10),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "县(区)政府对各重传委成员单位和各乡镇政府签订目标责任书",
             "why": "目标内容只写要签订责任书,没有覆盖数量或比例;全覆盖的要求只出现在评分标准里"},
        ],
        "notes": ("宜宾市2016年县(区)艾滋病防治目标责任书评分细则(附件)。标题里县(区)名称留空(宜宾市 县(区)),"
                  "得分、检查结果、备注列都是空的,是下发给各县区的模板。项目列“一、机制(150分)”向下合并,"
                  "考核方式“资料审核及现场抽查”按存储文本的排列向下合并。存储页面在3.1行的考核要求"
                  "“提供县(区)政府与重传委各成员单位及所辖”处中断,3.2行及以后各节都看不到,"
                  "所以不核对机制一节150分的合计。分值写成“40分”这种值加单位的形式,权重按数字记。"
                  "目标内容一栏就是指标本身,名称去掉了序号1.、2.、3.1。"),
    },
    "blind258_gx_aids_gongjian_2011.xlsx": {
        "source_urls": [URL_GX],
        "province": "广西壮族自治区",
        "doc_kind": "防治艾滋病攻坚工程任务考核评估表(附件1)",
        "patterns": [1, 2, 5, 8],
        "indicators": [
            ind(G_S1, None, "新发艾滋病感染环比指数", None, None, None, G_HUANBI),
            ind(G_S1, None, "在治艾滋病病人病死率", None, None, None, "在治艾滋病病人病死率"),
            ind(G_S2, G_T1, "市本级防艾办实体化", None, None, None, G_C1, weight=10),
            ind(G_S2, G_T1, "市本级按现自治区人民政府签订的责任状要求落实防艾办人员编制及专业技术人员",
                None, None, None, G_C2, weight=10),
            ind(G_S2, G_T1, "市本级防艾办人员及专业技术人员全部到位", None, None, None, G_C3, weight=10),
            ind(G_S2, G_T1, "所辖县(市、区)防艾办实体化", None, None, None, G_C4, weight=20),
            ind(G_S2, G_T2, "市本级按照全市人口数(含所辖区、市、县)1元/人的标准,落实艾滋病防治经费",
                ">=", 1, "元/人", G_C5, weight=30),
            ind(G_S2, G_T2, "所辖县(市、区)按辖区人口数1元/人的标准,落实艾滋病防治专项经费",
                ">=", 1, "元/人", G_C6, weight=20),
            ind(G_S3, G_T3, "市本级组织开展1次多部门联合的大型防艾宣传活动", "=", 1, "次", G_C7, weight=20),
        ],
        "goals": [],
        "facts": [
            {"metric": "二、攻坚工程保障措施 分值", "kind": "sum", "total": 100, "parts": [50, 50], "unit": "分"},
            {"metric": "防艾办机构人员落实 分值", "kind": "sum", "total": 50, "parts": [10, 10, 10, 20], "unit": "分"},
            {"metric": "专项经费投入 分值", "kind": "sum", "total": 50, "parts": [30, 20], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.placeholder", "item": "新发艾滋病感染环比指数",
             "why": "考核指标只有待填的空位(2010年 例、2011年 例、环比指数为),没有目标值"},
            {"rule": "target.missing_value", "item": "在治艾滋病病人病死率",
             "why": "只写了指标名称,没有目标值、方向和单位"},
            {"rule": "target.input_or_process", "item": "市本级防艾办人员及专业技术人员全部到位",
             "why": "人员编制和到位是投入条件,不是防治结果"},
            {"rule": "target.input_or_process",
             "item": "市本级按照全市人口数(含所辖区、市、县)1元/人的标准,落实艾滋病防治经费",
             "why": "考核的是经费投入标准(1元/人),属于资金投入而不是产出或效果"},
        ],
        "notes": ("三七文档上的《2011年各市防治艾滋病攻坚工程任务考核评估表》(附件1)。页面没写省份;"
                  "“攻坚工程”和“自治区人民政府签订的责任状”对应广西防治艾滋病攻坚工程,省份按此推定。"
                  "页码1、2和第二页重复的表头都照存储文本保留(第14行后插入分页)。"
                  "“攻坚工程任务及评分值”列的任务在第二级,“具体考核指标”列是指标;总体目标两行的任务列"
                  "本身就是指标名,具体考核指标列只是待填的空位,所以这两行的名称取任务列、level2为空。"
                  "名称去掉了尾部的*号和括号里的分值,分值记作权重。得分、得(扣)分原因列全空。"
                  "评分标准里的“编制人”“人口数万人”“专项经费万元”等是待填空位,照原样保留。"
                  "存储页面在第三节第二行开头“市防艾成员单”处中断,这半行没有复制;第三节150分合计无法核对。"
                  "第二节100=50+50、50=10+10+10+20、50=30+20 都对得上。"),
    },
    "blind258_xiangfen_aids_kaoping_2025.docx": {
        "source_urls": [URL_XF],
        "province": "广西壮族自治区",
        "doc_kind": "乡镇艾滋病防治工作考评通知及考核评估标准(附件)",
        "patterns": [5, 8, 9],
        "indicators": [
            ind(None, None, "基本情况", None, None, None, X_BASIC, weight=5),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "基本情况",
             "why": "这一行占5分,但考核内容只有待填的村屯、人数空位,没有任何目标值"},
        ],
        "notes": ("融水县香粉乡人民政府香政发〔2025〕13号通知,附件为《香粉乡2025年农村艾滋病防治工作考核评估标准》。"
                  "通知正文按事实(文号、日期、人员、职务)重写为自己的话。考评组名单照录。"
                  "附件表头为评估项目/分值/考核内容与方法/评分标准/扣分原因/实得分,表上方有“接受考核行政村负责人:"
                  " 考评单位负责人:”签字行。存储页面在第一行“基本情况”的考核内容“累计宣”处中断,"
                  "评分标准和其余各行都看不到;“15岁以上人 数”“外出务工人 数”中的空格照原样保留。"),
    },
    "blind258_kzzq_aids_plan_2025_2030.docx": {
        "source_urls": [URL_KZZQ],
        "province": "内蒙古自治区",
        "doc_kind": "旗县遏制与防治艾滋病规划(目标写在正文里)",
        "patterns": [],
        "indicators": [
            ind(None, None, "居民艾滋病防治知识知晓率", ">=", 90, "%", K_T1A),
            ind(None, None, "重点人群及易感染艾滋病危险行为人群防治知识知晓率", ">=", 95, "%", K_T1B),
            ind(None, None, "感染者权利义务知晓率", ">=", 95, "%", K_T1B),
            ind(None, None, "居民艾滋病防治知识知晓率", None, None, None, K_T1C),
            ind(None, None, "男性同性性行为人群艾滋病相关危险行为", ">=", 10, "%", K_T2A),
            ind(None, None, "易感染艾滋病危险行为人群综合干预措施覆盖比例", ">=", 95, "%", K_T2B),
            ind(None, None, "艾滋病母婴传播率", "<=", 2, "%", K_T3A),
            ind(None, None, "夫妻一方感染艾滋病家庭的配偶传播率", "<=", 0.3, "%", K_T3B),
            ind(None, None, "经诊断发现并知晓自身感染状况的感染者比例", ">=", 90, "%", K_T4A),
            ind(None, None, "经诊断发现并知晓自身感染状况的感染者比例", ">=", 95, "%", K_T4B),
            ind(None, None, "经诊断发现的感染者接受抗病毒治疗比例", ">=", 95, "%", K_T4C),
            ind(None, None, "接受抗病毒治疗的感染者病毒抑制比例", ">=", 95, "%", K_T4C),
        ],
        "goals": [{"kind": "总体目标", "text": K_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "target.vague_wording", "item": "居民艾滋病防治知识知晓率",
             "why": "2030年的目标只写“持续巩固提升”,没有给出数值"},
        ],
        "notes": ("科左中旗(通辽市)遏制与防治艾滋病规划(2025—2030年),目标全在正文里。前言和总体目标用自己的话重写,"
                  "具体目标各条保留所有数字和被测对象的原词,只调整了连接的说法。“以上”记为>=,“以下”记为<=;"
                  "危险行为“较前5年减少10%以上”记为减少幅度>=10%。2030年“持续保持”的条目不另列指标行。"
                  "存储页面在第4条“……均达95%以上,到203”处中断,本文到“均达到95%以上”为止,"
                  "后面的重点任务等章节看不到。"),
    },
    "blind258_js_tb_globalfund_2010_2013.xlsx": {
        "source_urls": [URL_JS],
        "province": "江苏省",
        "doc_kind": "全球基金结核病项目指标表(分季度目标值)及经费预算表",
        "patterns": [5, 6],
        "indicators": j_indicators(),
        "goals": [],
        "facts": j_facts(),
        "findings": [
            {"rule": "target.missing_unit", "item": "参与结核病防治工作的民间组织的数量",
             "why": "各季度目标只写数字1,值/率一栏写“数值”,没有单位(个)"},
        ],
        "notes": ("法搜网上的江苏省全球基金结核病项目(一期)流动人口领域附件,存储页从附3开始。附3指标表每个季度一列"
                  "(2010年Q3、Q4到2013年Q1、Q2共12列),年份表头横向合并;指标行按列的先后各出一行"
                  "(2010Q3…2013Q2),共5×12=60行。没有写运算符的百分数(如70%)运算符记为null,“<15%”记为<。"
                  "附4经费表(单位: 美元)按市、区列全球基金赠款和地方财政配套,各区的一期合计都等于四个时段之和。"
                  "存储页面在栖霞区地方财政配套的一期合计“4…”处中断,这一格留空,不作为事实;"
                  "栖霞区以后的各区看不到。"),
    },
}


# ---------------------------------------------------------------- writers
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAPC = Alignment(wrap_text=True, vertical="center", horizontal="center")


def new_sheet(wb, title, widths):
    ws = wb.create_sheet(title)
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return ws


def put(ws, ref, value, bold=False, center=False, border=True, size=10):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, bold=bold, size=size)
    c.alignment = WRAPC if center else WRAP
    if border:
        c.border = BORDER
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def fix_wb_props(wb):
    wb.properties.creator = "blind258"
    wb.properties.lastModifiedBy = "blind258"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def build_yibin(path):
    wb = Workbook()
    wb.remove(wb.active)
    ws = new_sheet(wb, "评分细则", {"A": 12, "B": 30, "C": 7, "D": 26, "E": 34, "F": 10, "G": 7, "H": 18, "I": 7})
    put(ws, "A1", "附件", border=False)
    ws.merge_cells("A2:I2")
    put(ws, "A2", "宜宾市 县(区)2016年艾滋病防治目标责任书评分细则", bold=True, center=True, border=False, size=14)
    heads = ["项目", "2016年目标内容", "分值", "考核要求", "评分标准", "考核方式", "得分",
             "检查结果\n(具体描述完成情况和扣分情况)", "备注"]
    for i, h in enumerate(heads):
        put(ws, f"{'ABCDEFGHI'[i]}3", h, bold=True, center=True)
    ws.merge_cells("A4:A6")
    put(ws, "A4", Y_L1, center=True)
    ws.merge_cells("F4:F6")
    put(ws, "F4", "资料审核及现场抽查", center=True)
    rows = [
        (Y_R1, "40分", "提供党政主要领导研究艾滋病防治工作的相关佐证材料;\n提供相关活动简报、照片等材料。",
         ("有党政主要领导研究艾滋病防治工作的相关佐证材料得20分;\n参加相关活动简报、照片等材料得10分,"
         "主要领导参加得10分或分管领导参加得8分。否则不得分。")),
        (Y_R2, "20分", ("提供党政主要领导针对新情况、新问题开展艾滋病防治调研工作的相关佐证材料;"
         "或提供调研活动简报、照片等材料。"),
         ("有党政主要领导调研艾滋病防治新情况、新问题的相关佐证材料或参加调研活动简报、照片等材料得20分,"
         "主要领导参加得20分或分管领导参加得15分。否则不得分。")),
        (Y_R3, "10分", "提供县(区)政府与重传委各成员单位及所辖", None),
    ]
    for r, (content, pts, req, std) in enumerate(rows, start=4):
        put(ws, f"B{r}", content)
        put(ws, f"C{r}", pts, center=True)
        put(ws, f"D{r}", req)
        put(ws, f"E{r}", std)
        for col in "GHI":
            put(ws, f"{col}{r}", None)
        ws.row_dimensions[r].height = 95
    box(ws, "A4:A6")
    box(ws, "F4:F6")
    ws.row_dimensions[3].height = 45
    ws.print_title_rows = "3:3"
    fix_wb_props(wb)
    wb.save(path)


def build_gx(path):
    wb = Workbook()
    wb.remove(wb.active)
    ws = new_sheet(wb, "考核评估表", {"A": 6, "B": 20, "C": 40, "D": 26, "E": 34, "F": 7, "G": 14})
    heads = ["序号", "攻坚工程任务及评分值", "2011年攻坚工程具体考核指标", "考评方法", "评分标准", "得分", "得(扣)分原因"]

    def header(r):
        for i, h in enumerate(heads):
            put(ws, f"{'ABCDEFG'[i]}{r}", h, bold=True, center=True)
        ws.row_dimensions[r].height = 32

    def section(r, text):
        ws.merge_cells(f"A{r}:G{r}")
        put(ws, f"A{r}", text, bold=True)
        box(ws, f"A{r}:G{r}")

    def line(r, task, crit, method, std, height=48):
        put(ws, f"A{r}", None)
        if task is not None:
            put(ws, f"B{r}", task, center=True)
        put(ws, f"C{r}", crit)
        if method is not None:
            put(ws, f"D{r}", method)
        put(ws, f"E{r}", std)
        put(ws, f"F{r}", None)
        put(ws, f"G{r}", None)
        ws.row_dimensions[r].height = height

    put(ws, "G1", "1", border=False, center=True)
    put(ws, "A2", "附件1", border=False)
    ws.merge_cells("A3:G3")
    put(ws, "A3", "2011年各市防治艾滋病攻坚工程任务考核评估表", bold=True, center=True, border=False, size=14)
    header(4)
    section(5, G_S1)
    line(6, "新发艾滋病感染环比指数*", G_HUANBI, None, None, 36)
    line(7, "在治艾滋病病人病死率*", "在治艾滋病病人病死率", None, None, 30)
    section(8, G_S2)
    ws.merge_cells("B9:B12")
    ws.merge_cells("D9:D12")
    line(9, G_T1, G_C1, "1、查阅市、县编委文件以及卫生局“三定”方案;2、查阅人员落实资料。", "市本级防艾办未实体化扣10分")
    line(10, None, G_C2, None, "市本级防艾办人员编制人,专业技术人员编制人,未达到责任状要求的按比例扣分", 60)
    line(11, None, G_C3, None, "市本级防艾办人员到位人,专业技术人员到位人,未到位的按比例扣分")
    line(12, None, G_C4, None, "所辖县(市、区)防艾办未实体化的按比例扣分")
    box(ws, "B9:B12")
    box(ws, "D9:D12")
    ws.merge_cells("B13:B14")
    ws.merge_cells("D13:D14")
    line(13, G_T2, G_C5, "查阅财政文件以及经费到位凭证", "全市人口数万人,市本级防艾专项经费万元,不足的按比例扣分。", 60)
    line(14, None, G_C6, None, "没有按要求落实防艾专项经费的辖区县(市、区)按比例扣分。", 60)
    box(ws, "B13:B14")
    box(ws, "D13:D14")
    ws.row_breaks.append(Break(id=14))
    put(ws, "G15", "2", border=False, center=True)
    header(16)
    section(17, G_S3)
    line(18, G_T3, G_C7, "查看相关文件及现场工作资料", "未开展的扣20分")
    fix_wb_props(wb)
    wb.save(path)


def build_js(path):
    wb = Workbook()
    wb.remove(wb.active)
    cols = [chr(ord("A") + i) for i in range(14)]
    widths = {"A": 30, "B": 7}
    widths.update({c: 6.5 for c in cols[2:]})
    ws = new_sheet(wb, "附3", widths)
    put(ws, "A1", "附3:", border=False)
    ws.merge_cells("A2:N2")
    put(ws, "A2", "江苏省全球基金结核病项目(一期)流动人口结核病防治领域项目指标", bold=True, center=True,
        border=False, size=13)
    ws.merge_cells("A3:A4")
    put(ws, "A3", "指标名称", bold=True, center=True)
    ws.merge_cells("B3:B4")
    put(ws, "B3", "值/率", bold=True, center=True)
    spans = [("2010", "C", "D"), ("2011", "E", "H"), ("2012", "I", "L"), ("2013", "M", "N")]
    for year, c0, c1 in spans:
        ws.merge_cells(f"{c0}3:{c1}3")
        put(ws, f"{c0}3", year, bold=True, center=True)
    quarters = ["Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2"]
    for i, q in enumerate(quarters):
        put(ws, f"{cols[2 + i]}4", q, bold=True, center=True)
    box(ws, "A3:N4")
    for r, (name, kind, cells) in enumerate(J_IND, start=5):
        put(ws, f"A{r}", name)
        put(ws, f"B{r}", kind, center=True)
        for i, v in enumerate(cells):
            put(ws, f"{cols[2 + i]}{r}", v, center=True)
        ws.row_dimensions[r].height = 30

    ws2 = new_sheet(wb, "附4", {"A": 14, **{c: 9 for c in cols[1:11]}})
    put(ws2, "A1", "附4:", border=False)
    ws2.merge_cells("A2:K2")
    put(ws2, "A2", "江苏省全球基金结核病项目(一期)流动人口结核病防治领域经费预算及地方财政配套额度",
        bold=True, center=True, border=False, size=13)
    ws2.merge_cells("A3:K3")
    put(ws2, "A3", "单位: 美元", border=False)
    ws2["A3"].alignment = Alignment(horizontal="right")
    ws2.merge_cells("A4:A5")
    put(ws2, "A4", "市及\n县(市、区)", bold=True, center=True)
    groups = [("2010年7-12月", "B", "C"), ("2011年", "D", "E"), ("2012年", "F", "G"), ("2013年1-6月", "H", "I"),
              ("一期合计", "J", "K")]
    for label, c0, c1 in groups:
        ws2.merge_cells(f"{c0}4:{c1}4")
        put(ws2, f"{c0}4", label, bold=True, center=True)
        put(ws2, f"{c0}5", "全球基金赠款", bold=True, center=True)
        put(ws2, f"{c1}5", "地方财政配套", bold=True, center=True)
    box(ws2, "A4:K5")
    ws2.row_dimensions[5].height = 30
    for r, (city, vals) in enumerate(J_BUDGET, start=6):
        put(ws2, f"A{r}", city, center=True)
        for i, v in enumerate(vals):
            c = put(ws2, f"{cols[1 + i]}{r}", v, center=True)
            c.number_format = "0"
    fix_wb_props(wb)
    wb.save(path)


def set_cell_text(cell, text, bold=False, size=10.5):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    set_run_font(run)


def set_run_font(run):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)


def para(doc, text, bold=False, size=12, center=False, indent=False, right=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    set_run_font(run)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    return p


def fix_doc_props(doc):
    cp = doc.core_properties
    cp.author = "blind258"
    cp.last_modified_by = "blind258"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


def build_xiangfen(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.5))
    para(doc, "香政发〔2025〕13号", center=True)
    para(doc, "香粉乡人民政府", bold=True, size=16, center=True)
    para(doc, "关于开展香粉乡2025年上半年农村艾滋病", bold=True, size=15, center=True)
    para(doc, "防治工作考评的通知", bold=True, size=15, center=True)
    para(doc, "各行政村:")
    para(doc, "为确保全乡艾滋病防治各项目标任务如期完成,依据《融水县2025年农村艾滋病防治工作实施方案》和县防艾办的"
              "工作安排,乡防艾工作领导小组决定于2025年6月中旬对全乡上半年的艾滋病防治工作进行考评。"
              "有关事项通知如下:", indent=True)
    para(doc, "一、考评时间", bold=True, indent=True)
    para(doc, "2025年6月中旬,具体行程另行通知。", indent=True)
    para(doc, "二、考评内容及方法", bold=True, indent=True)
    para(doc, "依照《香粉乡2025年农村艾滋病防治工作考核评估标准》(详见附件1)对各行政村的防艾工作进行考核评估,"
              "考评时集中查阅档案资料,并结合现场检查和座谈。", indent=True)
    para(doc, "三、考评组人员", bold=True, indent=True)
    for line in ["组  长:潘  东  乡党委政法委员、副乡长",
                 "副组长:杨  宁  香粉乡卫生院副院长",
                 "        邓梓欣  乡便民服务中心副主任",
                 "成  员:赵旌晶  乡便民服务中心工作人员",
                 "        韦丽兰  乡便民服务中心工作人员",
                 "        林  敏  乡便民服务中心工作人员",
                 "        韦惠会  乡卫生院防艾工作负责人"]:
        para(doc, line, indent=True)
    para(doc, "考评用车及司机由乡便民服务中心负责联系安排。", indent=True)
    para(doc, "四、工作要求", bold=True, indent=True)
    para(doc, "(一)考评要求:各行政村须把2025年防艾工作档案材料集中存放到村委,供考评组查阅。", indent=True)
    para(doc, "(二)考评组下村补助在综合防治经费中列支。", indent=True)
    para(doc, "(三)联系人:林敏", indent=True)
    para(doc, "")
    para(doc, "附件:香粉乡2025年农村艾滋病防治工作考核评估标准", indent=True)
    para(doc, "")
    para(doc, "香粉乡人民政府", right=True)
    para(doc, "2025年6月9日", right=True)
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    para(doc, "香粉乡2025年农村艾滋病防治工作", bold=True, size=15, center=True)
    para(doc, "考核评估标准", bold=True, size=15, center=True)
    para(doc, "(2025年上半年考评)", center=True)
    para(doc, "接受考核行政村负责人:                              考评单位负责人:")
    table = doc.add_table(rows=2, cols=6)
    table.style = "Table Grid"
    table.autofit = False
    heads = ["评估项目", "分值", "考核内容与方法", "评分标准", "扣分原因", "实得分"]
    for i, h in enumerate(heads):
        set_cell_text(table.rows[0].cells[i], h, bold=True)
    vals = ["基本情况", "5", X_BASIC, "", "", ""]
    for i, v in enumerate(vals):
        set_cell_text(table.rows[1].cells[i], v)
    col_widths = [Cm(3), Cm(1.5), Cm(9), Cm(7), Cm(3), Cm(2)]
    for i, w in enumerate(col_widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(col_widths):
            row.cells[i].width = w
    fix_doc_props(doc)
    doc.save(path)


def build_kzzq(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    para(doc, "科左中旗遏制与防治艾滋病规划", bold=True, size=18, center=True)
    para(doc, "(2025—2030年)", size=14, center=True)
    para(doc, "艾滋病是一种严重威胁公众生命健康的高危传染病。为落实《国务院办公厅关于印发〈中国遏制与防治艾滋病规划"
              "(2024—2030年)〉的通知》《内蒙古自治区人民政府办公厅关于印发〈自治区遏制与防治艾滋病规划(2025—2030年)〉"
              "的通知》《通辽市防治艾滋病工作委员会办公室关于印发〈通辽市遏制与防治艾滋病规划(2025—2030年)〉的通知》"
              "的要求,以铸牢中华民族共同体意识为工作主线,继续做好艾滋病防治、守护群众身体健康,"
              "结合本旗实际,编制本规划。", indent=True)
    para(doc, "一、防治目标", bold=True, indent=True)
    para(doc, "(一)总体目标", bold=True, indent=True)
    para(doc, K_GOAL, indent=True)
    para(doc, "(二)具体目标", bold=True, indent=True)
    for text in K_PARAS:
        para(doc, text, indent=True)
    fix_doc_props(doc)
    doc.save(path)


BUILDERS = {
    "blind258_yibin_aids_scoring_2016.xlsx": build_yibin,
    "blind258_gx_aids_gongjian_2011.xlsx": build_gx,
    "blind258_xiangfen_aids_kaoping_2025.docx": build_xiangfen,
    "blind258_kzzq_aids_plan_2025_2030.docx": build_kzzq,
    "blind258_js_tb_globalfund_2010_2013.xlsx": build_js,
}


# ---------------------------------------------------------------- determinism helpers
def fixed_core(data):
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    for tag in (b"dcterms:created", b"dcterms:modified"):
        data = re.sub(rb"(<" + tag + rb"[^>]*>)[^<]*(</" + tag + rb">)",
                      lambda m: m.group(1) + stamp + m.group(2), data)
    return data


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(n, zin.read(n)) for n in sorted(zin.namelist())]
    items = [(n, fixed_core(d) if n == "docProps/core.xml" else d) for n, d in items]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def fix_pdf(path):
    with open(path, "rb") as f:
        data = f.read()

    def same_len(m, fill):
        return fill(m.group(0))

    def date_fill(s):
        head = s[: s.index(b"(") + 1]
        body = b"D:20240101080000"
        inner = s[len(head):-1]
        body = (body + b"Z" * len(inner))[: len(inner)] if len(inner) >= len(body) else body[: len(inner)]
        return head + body + b")"

    data = re.sub(rb"/(CreationDate|ModDate)\(D:[^)]*\)", lambda m: same_len(m, date_fill), data)

    def id_fill(m):
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">", m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", id_fill, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\1>",
                  lambda m: re.sub(rb">[^<]*<", lambda x: b">" + b"2" * (len(x.group(0)) - 2) + b"<", m.group(0)),
                  data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    fix_pdf(pdf)
    return pdf


# ---------------------------------------------------------------- gold + checks
def write_gold(name, gold):
    rec = {"source": name}
    rec.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")


def squash(s):
    return re.sub(r"\s+", "", s or "")


def pdf_texts(pdf):
    out = []
    for mode in ([], ["-raw"], ["-layout"]):
        res = subprocess.run(["pdftotext", *mode, pdf, "-"], check=True, capture_output=True)
        out.append(squash(res.stdout.decode("utf-8")))
    return out


def check_pdf(pdf, gold):
    texts = pdf_texts(pdf)
    want = []
    for row in gold["indicators"]:
        want += [row["name"], row["target_text"]]
    want += [g["text"] for g in gold["goals"]]
    want += [f["item"] for f in gold["findings"]]
    missing = [w for w in want if w and not any(squash(w) in t for t in texts)]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    for name, gold in GOLD.items():
        base, _ext = os.path.splitext(name)
        write_gold(name, gold)
        write_gold(base + ".pdf", gold)
    for fact_owner in GOLD.values():
        for fact in fact_owner["facts"]:
            assert fact["total"] == sum(fact["parts"]), fact
    problems = 0
    for name, build in BUILDERS.items():
        path = os.path.join(HERE, name)
        build(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        missing = check_pdf(pdf, GOLD[name])
        if missing:
            problems += 1
            print(f"{name}: missing in PDF: {missing}")
        else:
            print(f"{name}: ok ({len(GOLD[name]['indicators'])} indicators)")
    shutil.rmtree(os.path.join(HERE, "__pycache__"), ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
