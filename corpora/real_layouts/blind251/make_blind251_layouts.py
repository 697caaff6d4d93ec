"""Blind corpus part blind251: housing / urban construction and management.

Builds four source documents (DOCX/XLSX) plus their PDFs, writes the gold
annotations (one JSON per file), and checks the PDFs with pdftotext.
The gold below is written before any file is read back.

Run:  /tmp/wvenv/bin/python make_blind251_layouts.py
"""

import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PROFILE = "file:///tmp/lo_blind251"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"
CJK_FONT = "Noto Serif CJK SC"

URL_HAINAN = "https://max.book118.com/html/2021/1007/8051003061004015.shtm"
URL_CQ_LIGHT = "http://fsou.com/html/text/lar/172363/17236300_5.html"
URL_WANZHOU = "http://jmkaiboli.com/news/1882.html"
URL_XINJIANG = "https://www.cj.gov.cn/p123/bmwj/20210831/281909.html"


def ind(name, level1=None, level2=None, operator=None, value=None, unit=None,
        target_text=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written first)
# ---------------------------------------------------------------------------

HAINAN_GOAL = "通过节能减排,大力推广太阳能等可再生能源的利用,带动可再生能源在建筑领域的应用"
HAINAN_DONE_REQ = "既有、在建建筑20XX年内完工;新建建筑土建主体在20XX年内开工"

GOLD_HAINAN = {
    "source_urls": [URL_HAINAN],
    "province": "海南省",
    "doc_kind": "第三方项目绩效评价报告(评分结果表+项目关键信息表)",
    "patterns": [5, 8, 9],
    "indicators": [
        ind("目标完成程度", weight=80, score=67),
        ind("组织管理水平", weight=20, score=16),
        ind("项目建设周期", operator="<=", value=2, unit="年", target_text="项目生效起2年内"),
        ind("项目的完工要求", target_text=HAINAN_DONE_REQ),
        ind("项目拟安装集热器面积", operator="=", value=50411.2, unit="平方米",
            target_text="50411.2平方米"),
        ind("项目节能量", operator="=", value=29.2, unit="万吨标准煤",
            target_text="29.2万吨标准煤"),
        ind("项目预计受益人数", operator="=", value=74290, unit="人",
            target_text="74290人"),
    ],
    "goals": [{"kind": "项目目标", "text": HAINAN_GOAL}],
    "facts": [
        {"metric": "项目投资总额", "kind": "sum", "total": 6229.432,
         "parts": [2640.96, 3588.472], "unit": "万元"},
        {"metric": "项目数量", "kind": "sum", "total": 39, "parts": [37, 2], "unit": "个"},
        {"metric": "综合绩效(实际得分)", "kind": "sum", "total": 83, "parts": [67, 16],
         "unit": "分"},
        {"metric": "综合绩效(分值)", "kind": "sum", "total": 100, "parts": [80, 20],
         "unit": "分"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": HAINAN_GOAL[:20],
         "why": "项目目标只讲节能减排、推广可再生能源,没有任何数量、面积或节能量"},
        {"rule": "target.placeholder", "item": "项目的完工要求",
         "why": "完工/开工年份写成20XX,是未填的占位符,无法据以考核时效"},
    ],
    "notes": (
        "原文为文库转存的PDF文字层,省名与年份均被隐去(\"省\"\"某某省\"\"二0XX年\"\"20XX\"),"
        "地点(海口、三亚、儋州、洋浦等)表明是海南省。第一页是评分结果表(评价准则/分值/实际得分),"
        "\"目标完成程度 (80%)\"\"组织管理水平 (20%)\"两行各有分值和得分,综合绩效100分得83分(67+16),"
        "报告此处未写等级,故不判consistency.grade。第二页为表1-1项目关键信息,两列(项目/内容)。"
        "拟安装集热器面积、节能量、预计受益人数写成计划值,按\"=\"记为指标;项目数量39个(37+2)与"
        "示范面积属描述性事实,未作指标。存储文本在表后第三个注释\"预计节能量为29.2 万\"处中断,"
        "本文件亦止于此。\"项目名称\"格中的\"【注 】\"缺编号,原样保留;文本中\"2 项目关键信息\"前的"
        "\"2\"按页码处理,其后孤立的\"1\"含义不明,未复现。注释与项目目标句子为改写,数字不变。"
    ),
}

CQ_G1 = "城市照明设施建设管理"
CQ_G2 = "城市照明设施维护管理"
CQ_G3 = "城市照明   亮灯管理"
CQ_ROWS = [
    # (序号, 考评项目, 考评内容, 分值, 评分标准)
    ("1", CQ_G1, "城市道路照明设施设置规范,满足功能需要、照明效果好。", "3分", "不符合要求一处扣0.3分"),
    ("", "", "主、次干道和背街小巷路灯装灯率≥99%。", "", "未达到每下降1%扣0.3分"),
    ("", "", "加强城市改造和道路改造扩建中照明设施迁改还建的监督管理,道路照明设施及时恢复。", "",
     "不符合要求一处扣0.2分"),
    ("", "", "因工程建设施工影响原有道路照明设施功能的,按规定设置符合功能要求的临时照明设施。", "",
     "不符合要求一处扣0.2分"),
    ("", "", "城市景观照明设计新颖、高雅大气、亮度适度、色彩协调。", "", "不符合要求一处扣0.1分"),
    ("2", CQ_G2, "城市道路照明设施实行编号管理,灯杆、灯具完好整洁、无残缺、破损。", "4分",
     "不符合要求一处扣0.1分"),
    ("", "", "灯杆上禁止张挂、张贴广告宣传品。", "", "不符合要求一处扣0.2分"),
    ("", "", "城市道路照明架空线按城市环境综合整治要求下地。", "", "不符合要求一处扣0.2分"),
    ("", "", "保持城市景观照明设施完整、功能良好、容貌整洁、无残缺、破损。", "", "不符合要求一处扣0.1分"),
    ("", "", "城市景观照明的图案、文字、灯光显示不全或者污浊、腐蚀、陈旧的,应当及时清洗、修复、更换。", "",
     "不符合要求一处扣0.1分"),
    ("3", CQ_G3, "根据季节和天气变化适时、准确开启、关闭路灯。", "3分", "不适时开、关路灯一次扣0.1分"),
    ("", "", "路灯亮灯率主干道≥98%、支次干道和背街小巷≥97%。", "", "未达到每下降1%扣0.1分"),
    ("", "", "景观照明日常按市政府规定时间亮灯", "", "未按规定时间亮灯一次扣0.1分"),
    ("", "", "重大", "", ""),
]


def _q(text):
    return text.rstrip("。")


GOLD_CQ = {
    "source_urls": [URL_CQ_LIGHT],
    "province": "重庆市",
    "doc_kind": "市容环境综合整治考核评分标准表(城市照明)",
    "patterns": [1, 5, 6],
    "indicators": [
        ind(_q(CQ_ROWS[0][2]), level1=CQ_G1, target_text=_q(CQ_ROWS[0][2])),
        ind("主、次干道和背街小巷路灯装灯率", level1=CQ_G1, operator=">=", value=99, unit="%",
            target_text="≥99%"),
        ind(_q(CQ_ROWS[2][2]), level1=CQ_G1, target_text=_q(CQ_ROWS[2][2])),
        ind(_q(CQ_ROWS[3][2]), level1=CQ_G1, target_text=_q(CQ_ROWS[3][2])),
        ind(_q(CQ_ROWS[4][2]), level1=CQ_G1, target_text=_q(CQ_ROWS[4][2])),
        ind(_q(CQ_ROWS[5][2]), level1=CQ_G2, target_text=_q(CQ_ROWS[5][2])),
        ind(_q(CQ_ROWS[6][2]), level1=CQ_G2, target_text=_q(CQ_ROWS[6][2])),
        ind(_q(CQ_ROWS[7][2]), level1=CQ_G2, target_text=_q(CQ_ROWS[7][2])),
        ind(_q(CQ_ROWS[8][2]), level1=CQ_G2, target_text=_q(CQ_ROWS[8][2])),
        ind(_q(CQ_ROWS[9][2]), level1=CQ_G2, target_text=_q(CQ_ROWS[9][2])),
        ind(_q(CQ_ROWS[10][2]), level1=CQ_G3, target_text=_q(CQ_ROWS[10][2])),
        ind("路灯亮灯率主干道", level1=CQ_G3, operator=">=", value=98, unit="%", target_text="≥98%"),
        ind("支次干道和背街小巷", level1=CQ_G3, operator=">=", value=97, unit="%", target_text="≥97%"),
        ind(_q(CQ_ROWS[12][2]), level1=CQ_G3, target_text=_q(CQ_ROWS[12][2])),
    ],
    "goals": [],
    "facts": [
        {"metric": "城市照明分值", "kind": "sum", "total": 10, "parts": [3, 4, 3], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.vague_wording", "item": _q(CQ_ROWS[0][2]),
         "why": "\"设置规范、照明效果好\"没有照度、均匀度等可测标准,扣分依据全凭主观"},
        {"rule": "target.time_no_deadline", "item": _q(CQ_ROWS[2][2]),
         "why": "\"及时恢复\"未规定恢复时限"},
        {"rule": "target.vague_wording", "item": _q(CQ_ROWS[4][2]),
         "why": "\"新颖、高雅大气、亮度适度\"是主观用语,无可量化的判定标准"},
        {"rule": "target.time_no_deadline", "item": _q(CQ_ROWS[9][2]),
         "why": "\"应当及时清洗、修复、更换\"没有天数或小时数"},
        {"rule": "target.time_no_deadline", "item": _q(CQ_ROWS[10][2]),
         "why": "\"适时\"开关灯未给出时间表或照度阈值"},
    ],
    "notes": (
        "法搜网转载的重庆市市容环境综合整治办公室考核通知第5页,只含\"城市照明10分\"评分标准表。"
        "序号、考评项目、分值、得分四列按组向下合并;分值是每个考评项目的组分值(3/4/3分,合计10分,"
        "与标题\"城市照明10分\"一致),不属于单行,故各行weight记null;得分列全空,score记null。"
        "指标值写在考评内容句子里(装灯率≥99%、亮灯率主干道≥98%、支次干道和背街小巷≥97%),"
        "后一句拆为两行。第三组考评项目原文\"城市照明   亮灯管理\"中间有多个空格,原样保留。"
        "存储页在第三组第四行\"重大\"二字处中断,该残行保留在表中但未计为指标。"
        "这是城市管理考核评分标准而非项目绩效目标表,但行结构(考评内容/分值/评分标准/得分)与评价评分表相同。"
    ),
}

WZ_P1 = ("行政村乡村里的日子废物搜集保洁补助资金2万元/村,用于开展乡村里的日子废物管理和分类,"
         "加强村域内废物的分类、收运、日常保洁及综合利用等工作。")
WZ_P2 = ("动员群众广泛参与乡村废物搜集保洁及废物分类作业,推进镇乡60%以上行政村展开废物分类,"
         "形成齐抓共管的良好局面,推动乡村人居环境持续改善。")
WZ_P3 = ("粮食栽培培育面积624.13亩,补助标准为:经果林成园整治后复耕复种800元/亩、"
         "撂荒地灌木林复耕复种550元/亩、撂荒地弃耕成林需采纳工程办法后复耕复种900元/亩,"
         "补助资金按实际核验面积据实结算。")
WZ_P4 = "完结粮食栽培培育面积624.13亩,完结率100%,项目区内农户满意度达85%以上。"
WZ_P5 = "例:万州区分水镇2021年乡村供水保证工程(2024年续建)属资金补差项目,可提供2021年的入库材料。"
WZ_P6 = "(1)虎头村 四季坪整治工程:整治滤池1口;堰塘梁供水工程:新建滤池1口、敷设DN32-1.6MPaPE管500m。"
WZ_P7 = "(4)土庙村 土庙村水源弥补工程:新建取塘坝1座、新建滤池1口、DN32-1.6MpaPE管1000m。"
WZ_P8 = ("新建或改进饮水设备数量10个,起到提升水质、保障群众饮水安全、降低周边群众用水成本的作用,"
         "获益总人口数4000,其间脱贫人口和监测目标人数500,获益目标满意度≥90%")
WZ_P9 = "对14处乡村供水工程的水源保护以及取水、制水设备设备及输配水主管网等主体工程进行修理和改造"
WZ_P10 = ("保护乡村饮水设备数量14个;项目(工程)完结及时率(≥100%);工程保护后运用年数的约束(≥1年);"
          "获益人口满意度(≥90%)")

GOLD_WZ = {
    "source_urls": [URL_WANZHOU],
    "province": "重庆市",
    "doc_kind": "区县巩固衔接项目入库示例(目标写在正文中)",
    "patterns": [],
    "indicators": [
        ind("行政村乡村里的日子废物搜集保洁补助资金", operator="=", value=2, unit="万元/村",
            target_text="2万元/村"),
        ind("行政村展开废物分类", operator=">=", value=60, unit="%",
            target_text="60%以上行政村展开废物分类"),
        ind("粮食栽培培育面积", operator="=", value=624.13, unit="亩", target_text="624.13亩"),
        ind("经果林成园整治后复耕复种", operator="=", value=800, unit="元/亩", target_text="800元/亩"),
        ind("撂荒地灌木林复耕复种", operator="=", value=550, unit="元/亩", target_text="550元/亩"),
        ind("撂荒地弃耕成林需采纳工程办法后复耕复种", operator="=", value=900, unit="元/亩",
            target_text="900元/亩"),
        ind("完结率", operator="=", value=100, unit="%", target_text="完结率100%"),
        ind("项目区内农户满意度", operator=">=", value=85, unit="%", target_text="达85%以上"),
        ind("新建或改进饮水设备数量", operator="=", value=10, unit="个", target_text="10个"),
        ind("获益总人口数", operator="=", value=4000, target_text="4000"),
        ind("其间脱贫人口和监测目标人数", operator="=", value=500, target_text="500"),
        ind("获益目标满意度", operator=">=", value=90, unit="%", target_text="≥90%"),
        ind("保护乡村饮水设备数量", operator="=", value=14, unit="个", target_text="14个"),
        ind("项目(工程)完结及时率", operator=">=", value=100, unit="%", target_text="(≥100%)"),
        ind("工程保护后运用年数的约束", operator=">=", value=1, unit="年", target_text="(≥1年)"),
        ind("获益人口满意度", operator=">=", value=90, unit="%", target_text="(≥90%)"),
    ],
    "goals": [
        {"kind": "项目目标", "text": WZ_P2},
        {"kind": "项目目标", "text": WZ_P8},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.impossible_value", "item": "项目(工程)完结及时率",
         "why": "比率写成≥100%,实际只能等于100%"},
        {"rule": "target.impossible_value", "item": "工程保护后运用年数的约束",
         "why": "≥1年门槛过低,属平凡目标,起不到约束作用"},
        {"rule": "target.missing_unit", "item": "获益总人口数",
         "why": "4000未写单位(人)"},
        {"rule": "target.missing_unit", "item": "其间脱贫人口和监测目标人数",
         "why": "500未写单位(人)"},
        {"rule": "target.vague_wording", "item": "提升水质",
         "why": "\"提升水质\"没有水质指标、达标率或基线"},
    ],
    "notes": (
        "存储页是一段被同义词替换(\"伪原创\")过的重庆万州区项目入库示例:\"乡村里的日子废物\"即农村生活垃圾,"
        "\"完结\"即完成,\"保护\"即维护,\"获益\"即受益,\"其间\"即其中。指标名称按页面用词原样保留,"
        "连接性的句子改写,数字不变。内容混合了农村生活垃圾分类、粮食复耕补助和农村供水三类项目;"
        "供水工程清单编号从(1)直接跳到(4),\"设备设备\"重复,均原样保留。全文无表格,目标都在正文中,"
        "无标题、无一/二级指标,level1/level2记null。裸写的数值(10个、624.13亩、2万元/村)按\"=\"记。"
        "页面在\"获益人口满意度(≥90%)\"后结束。"
    ),
}

XJ_TITLE = "新疆维吾尔自治区城镇市政基础设施建设“十四五”规划"
XJ_INTRO = ("“十四五”是我国开启全面建设社会主义现代化国家新征程的第一个五年。以习近平新时代中国特色社会主义"
            "思想为指导,科学编制并切实实施新疆城镇基础设施建设“十四五”规划,对巩固社会稳定成果、推动高质量"
            "发展、实现长治久安具有重要的基础保障作用和现实意义。")
XJ_P1 = ("“十三五”期间,城镇市政基础设施能力总体提升,为城镇化快速推进提供了支撑,自治区对市政基础设施的"
         "投入不断加大。2016~2020年累计完成市政基础设施投资1800亿元,年均投资364.96亿元。其中,城市市政"
         "基础设施固定资产投资1387.24亿元,年均277.45亿元;县城基础设施投资389.96亿元,年均77.99亿元。"
         "各类设施的建设和改造稳步推进,设施能力与服务水平持续提高,“十三五”时期市政基础设施建设的相关"
         "目标指标均已完成(详见表1、2)。")
XJ_P2 = ("截至2020年底,全区建成投运的城镇供水厂达到152座,供水生产能力703.59万m³/日,供水总量"
         "119075.71万m³;城镇生活污水处理厂111座(比2015年85座增加26座),其中97座达到一级A排放标准"
         "(比2015年21座增加76座);城镇生活垃圾卫生填埋场90座(比2015年增加48座)。乌鲁木齐市、库尔勒市、"
         "和田市、博乐市、莎车县和阿克苏地区西区6个生活垃圾焚烧发电项目已建成运营,库车市垃圾焚烧发电项目"
         "已完工,经入调试运行阶段;乌鲁木齐市、克拉玛依市、阜康市、博乐市、阿克苏市、特克斯县6座餐厨垃圾"
         "无害化处理及资源化再利用设施已投入运行。全区已建成天然气加气站582座,比2015年386座增加196座;"
         "供气管线长度达2.1万公里,比2015年1.49万公里增加0.61万")

GOLD_XJ = {
    "source_urls": [URL_XINJIANG],
    "province": "新疆维吾尔自治区",
    "doc_kind": "省级城镇市政基础设施专项规划(开篇成效部分,正文叙述)",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "市政基础设施投资(2016~2020年累计)", "kind": "sum", "total": 1800,
         "parts": [1387.24, 389.96], "unit": "亿元"},
        {"metric": "年均投资", "kind": "rate", "total": 364.96, "parts": [1800, 5], "unit": "亿元"},
        {"metric": "城市市政基础设施年均投资", "kind": "rate", "total": 277.45,
         "parts": [1387.24, 5], "unit": "亿元"},
        {"metric": "县城基础设施年均投资", "kind": "rate", "total": 77.99,
         "parts": [389.96, 5], "unit": "亿元"},
        {"metric": "城镇生活污水处理厂", "kind": "sum", "total": 111, "parts": [85, 26], "unit": "座"},
        {"metric": "一级A排放标准污水处理厂", "kind": "sum", "total": 97, "parts": [21, 76],
         "unit": "座"},
        {"metric": "天然气加气站", "kind": "sum", "total": 582, "parts": [386, 196], "unit": "座"},
        {"metric": "供气管线长度", "kind": "sum", "total": 2.1, "parts": [1.49, 0.61],
         "unit": "万公里"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "市政基础设施投资",
         "why": "城市1387.24亿元+县城389.96亿元=1777.20亿元,与累计1800亿元不符"},
        {"rule": "consistency.rate", "item": "年均投资",
         "why": "1800亿元÷5年=360亿元,文中年均364.96亿元(对应1824.8亿元);城市、县城的年均数则与各自总额相符"},
    ],
    "notes": (
        "昌吉州政府网转载的自治区住建厅\"十四五\"规划全文,存储页只到第一章\"十三五\"发展成效的第二段,"
        "在\"比2015年1.49万公里增加0.61万\"处中断,本文件止于此。这一部分只有已完成的实绩,没有\"十四五\"目标值,"
        "所以indicators和goals为空(正文提到的表1、表2不在存储文本中,未复现);检验的是读取器不把实绩误当目标,"
        "以及对总额/分项、年均数的核对。\"经入调试运行阶段\"(应为\"进入\")原样保留。"
        "年均数的事实记法:total为文中年均,parts为[累计额, 年数]。句子均为改写,数字不变。"
    ),
}

DOCS = {
    "blind251_hainan_solar_eval.docx": GOLD_HAINAN,
    "blind251_cq_lighting_score.xlsx": GOLD_CQ,
    "blind251_wanzhou_project_library.docx": GOLD_WZ,
    "blind251_xinjiang_muni_plan.docx": GOLD_XJ,
}


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def set_run_font(run, size=None, bold=None):
    run.font.name = CJK_FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), CJK_FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def new_doc():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = CJK_FONT
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), CJK_FONT)
    cp = doc.core_properties
    cp.author = "blind251"
    cp.last_modified_by = "blind251"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    set_run_font(r, size=size, bold=bold)
    return p


def cell_text(cell, text, bold=False, size=10):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        set_run_font(r, size=size, bold=bold)


CORE_RE = [
    (re.compile(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)"), rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>"),
    (re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)"), rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>"),
]


def normalize_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(n, zin.read(n)) for n in zin.namelist()]
    out = io.BytesIO()
    # [Content_Types].xml must stay first for some readers; sort the rest.
    items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                for rx, rep in CORE_RE:
                    data = rx.sub(rep, data)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def _same_len(pattern, data, filler):
    def rep(m):
        return m.group(1) + filler(len(m.group(2))) + m.group(3)
    return pattern.sub(rep, data)


PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)(\))")
PDF_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+)(>\s*\])")
PDF_SUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()")
XMP_DATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)")
XMP_UUID = re.compile(rb"(uuid:)([0-9a-fA-F-]{36})()")


def _fixed_date(n):
    return (b"20240101000000+00'00'" + b" " * 40)[:n]


def _fixed_id(m):
    body = re.sub(rb"[0-9A-Fa-f]", b"0", m.group(2))
    return m.group(1) + body + m.group(3)


def normalize_pdf(path):
    """Blank the per-run values (dates, /ID, checksum, XMP uuids) keeping byte lengths."""
    with open(path, "rb") as fh:
        data = fh.read()
    data = _same_len(PDF_DATE, data, _fixed_date)
    data = PDF_ID.sub(_fixed_id, data)
    data = _same_len(PDF_SUM, data, lambda n: b"0" * n)
    data = _same_len(XMP_DATE, data, lambda n: (b"2024-01-01T00:00:00" + b" " * 40)[:n])
    data = _same_len(XMP_UUID, data, lambda n: b"00000000-0000-0000-0000-000000000000"[:n])
    with open(path, "wb") as fh:
        fh.write(data)


def to_pdf(path):
    cmd = ["soffice", "-env:UserInstallation=" + PROFILE, "--headless",
           "--convert-to", "pdf", "--outdir", HERE, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_hainan(path):
    doc = new_doc()
    para(doc, "省太阳能热水系统建筑应用示范项目", size=16, bold=True, center=True)
    para(doc, "绩效评价报告", size=22, bold=True, center=True)
    para(doc, "会计师事务所", size=14, center=True)
    para(doc, "二0XX年七月", size=14, center=True)
    para(doc, "绩效评价结果", size=12, bold=True, center=True)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    rows = [("评价准则", "分值", "实际得分"),
            ("目标完成程度 (80%)", "80分", "67分"),
            ("组织管理水平 (20%)", "20分", "16分"),
            ("综合绩效", "100分", "83分")]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(i == 0))
    para(doc, "")
    para(doc, "评价小组")
    para(doc, "组长:")
    para(doc, "成员:")
    p = para(doc, "2", center=True)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "项目关键信息", size=12, bold=True)
    para(doc, "表1-1项目关键信息", center=True)
    info = [
        ("项目名称", "省太阳能热水系统建筑应用示范项目【注 】"),
        ("项目投资总额", "6229.432万元\n其中:省级财政补助资金2640.96万元;【注2】\n各示范项目申报单位自筹资金3588.472万元"),
        ("项目预评估时间", "20XX年6月21 日-7月21 日"),
        ("项目实际生效时间", "20XX年6月-12月"),
        ("项目建设周期", "项目生效起2年内"),
        ("项目的完工要求", HAINAN_DONE_REQ),
        ("项目实际完工情况", "既有、在建建筑已完工16个项目;新建建筑已按期开工"),
        ("项目实际关帐时间", "项目未总体完工,故关帐时间未能确定"),
        ("项目目标", HAINAN_GOAL),
        ("项目地点", ("海口市、五指山市、琼海加积、琼海博鳌、三亚市、儋州市、洋浦、澄迈县、万宁兴隆、"
                      "乐东龙栖湾、定安县、临高县、保亭县、保亭新星农场")),
        ("项目数量", "39个 (既有、在建建筑37个;新建建筑2个)"),
        ("项目示范面积", "1343424.14平方米"),
        ("项目拟安装集热器面积", "50411.2平方米"),
        ("项目节能量", "29.2万吨标准煤 【注3】"),
        ("项目预计受益人数", "74290人; (房间数) 3566间 (套)"),
    ]
    t2 = doc.add_table(rows=len(info), cols=2)
    t2.style = "Table Grid"
    for i, (k, v) in enumerate(info):
        cell_text(t2.cell(i, 0), k, bold=True)
        cell_text(t2.cell(i, 1), v)
        t2.cell(i, 0).width = Cm(4.2)
        t2.cell(i, 1).width = Cm(11.8)
    para(doc, "")
    para(doc, "【注1】本报告所称某某省太阳能热水系统建筑应用示范项目,下文简称太阳能热水系统示范项目,也简称项目。",
         size=9)
    para(doc, "【注2】截至20XX年12月底,省级财政补助资金实际拨付2000万元。", size=9)
    para(doc, "【注3】某某省住房和城乡建设厅在其绩效自评报告中列出的预计节能量为29.2 万", size=9)
    doc.save(path)


def build_cq(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "城市照明"
    wb.properties.creator = "blind251"
    wb.properties.lastModifiedBy = "blind251"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    font = Font(name="Noto Sans CJK SC", size=10)
    bold = Font(name="Noto Sans CJK SC", size=10, bold=True)
    title = Font(name="Noto Sans CJK SC", size=13, bold=True)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=False)

    ws["A1"] = "法搜网--中国法律信息搜索网"
    ws["A1"].font = font
    ws.merge_cells("A1:F1")
    ws["A2"] = "重庆市市容环境综合整治办公室关于开展主城以外十区市容环境综合整治季度考核有关工作的通知"
    ws["A2"].font = bold
    ws.merge_cells("A2:F2")
    ws["A3"] = "  市容环境综合整治月度(季度)考核评分标准(城市照明10分)"
    ws["A3"].font = title
    ws["A3"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:F3")
    header = ["序号", "考评项目", "考 评 内 容", "分值", "评 分 标 准", "得分"]
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = bold
        c.alignment = center
        c.border = border
    start = 5
    for i, (no, item, content, pts, rule) in enumerate(CQ_ROWS):
        r = start + i
        vals = [no or None, item or None, content, pts or None, rule or None, None]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = font
            c.border = border
            c.alignment = left if j in (3, 5) else center
    groups = [(5, 9), (10, 14), (15, 18)]
    for a, b in groups:
        for col in ("A", "B", "D", "F"):
            ws.merge_cells(f"{col}{a}:{col}{b}")
    widths = {"A": 6, "B": 14, "C": 96, "D": 7, "E": 32, "F": 7}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for r in range(5, 19):
        ws.row_dimensions[r].height = 20
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = "A1:F18"
    wb.save(path)


def build_wanzhou(path):
    doc = new_doc()
    for text in (WZ_P1, WZ_P2, WZ_P3, WZ_P4, WZ_P5, WZ_P6, WZ_P7, WZ_P8, WZ_P9, WZ_P10):
        para(doc, text)
    doc.save(path)


def build_xinjiang(path):
    doc = new_doc()
    para(doc, XJ_TITLE, size=16, bold=True, center=True)
    para(doc, "自治区住房和城乡建设厅", size=12, center=True)
    para(doc, "中国城市规划设计研究院", size=12, center=True)
    para(doc, "2021年8月", size=12, center=True)
    para(doc, "目 录", size=12, bold=True, center=True)
    para(doc, "一、规划基础与发展形势", size=12, bold=True)
    para(doc, XJ_INTRO)
    para(doc, "(一)“十三五”发展成效", bold=True)
    para(doc, XJ_P1)
    para(doc, XJ_P2)
    doc.save(path)


BUILDERS = {
    "blind251_hainan_solar_eval.docx": build_hainan,
    "blind251_cq_lighting_score.xlsx": build_cq,
    "blind251_wanzhou_project_library.docx": build_wanzhou,
    "blind251_xinjiang_muni_plan.docx": build_xinjiang,
}


# ---------------------------------------------------------------------------
# annotations and checks
# ---------------------------------------------------------------------------

def write_ann(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    rec = {"source": fname}
    rec.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")


def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_texts(pdf):
    outs = []
    for mode in ([], ["-raw"], ["-layout"]):
        res = subprocess.run(["pdftotext"] + mode + [pdf, "-"], check=True,
                             stdout=subprocess.PIPE)
        outs.append(squash(res.stdout.decode("utf-8", "replace")))
    return outs


def check_pdf(pdf, gold):
    texts = pdf_texts(pdf)
    wanted = []
    for row in gold["indicators"]:
        wanted.append(("name", row["name"]))
        if row["target_text"]:
            wanted.append(("target_text", row["target_text"]))
    for g in gold["goals"]:
        wanted.append(("goal", g["text"]))
    for f in gold["findings"]:
        wanted.append(("finding", f["item"]))
    missing = []
    for kind, s in wanted:
        key = squash(s)
        if not any(key in t for t in texts):
            missing.append((kind, s))
    return missing


def main():
    ok = True
    for fname, gold in DOCS.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        normalize_zip(path)
        pdf = to_pdf(path)
        write_ann(fname, gold)
        write_ann(os.path.basename(pdf), gold)
        missing = check_pdf(pdf, gold)
        if missing:
            ok = False
            for kind, s in missing:
                print(f"MISSING in {os.path.basename(pdf)} [{kind}]: {s}", file=sys.stderr)
        else:
            print(f"ok {fname} + {os.path.basename(pdf)}: "
                  f"{len(gold['indicators'])} indicators, {len(gold['goals'])} goals, "
                  f"{len(gold['findings'])} findings")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
