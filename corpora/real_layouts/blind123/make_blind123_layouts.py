#!/usr/bin/env python3
"""Build the blind123 part of the real-layout corpus.

Five documents reproduced from stored public web pages (see SOURCES.md).
The gold (annotations/*.json) is written first, from the annotator's reading
of the page, before any file is generated or looked at by a tool.

Usage: /tmp/venv/bin/python make_blind123_layouts.py
Output: *.docx / *.xlsx, their PDFs (LibreOffice), annotations/*.json.
Deterministic: fixed core properties, fixed zip timestamps, fixed PDF dates/ID.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime(2025, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"


def ind(name, target_text, value=None, unit=None, operator=None, level1=None,
        level2=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# 1. Hunan, 长沙县民政局 2022 社工服务 政府采购合同 (DOCX)
# ---------------------------------------------------------------------------
HN_FILE = "hunan-changshaxian-shegongfuwu-hetong.docx"
HN_URL = "https://m.bidcenter.com.cn/newsrili-4-208972655.html"
HN_ROWS = [
    # 序号, 服务名称, 品目/分类, 计量/单位, 具体要求说明, 单价, 数量, 小计, 备注
    ["1", "社工薪酬", "/", "月", "14名社工工资、社保、意外险等其他福利。", "*****", "12", "******", ""],
    ["2", "大型社区活动", "/", "次", "7个,单次大型活动服务人数不少于200人。", "4000", "7", "*****", ""],
    ["3", "中小型社区活动", "/", "次", "7个,平均每场中小型活动服务人数不少于25人。", "2000", "7", "*****", ""],
    ["4", "个案服务", "/", "个", "7个,平均每个专业个案至少跟进6次。", "300", "7", "2100", ""],
    ["5", "小组工作", "/", "个", "7个,平均每个小组至少6节,服务不少于42人次。", "1000", "7", "7000", ""],
    ["6", "志愿者发展", "/", "月",
     "1、350人,每个社区至少发展志愿者50人,在全国志愿服务信息系统或实际民政部门认可的信息平台上,有志愿服务记录;实",
     "", "", "", ""],
]
HN_GOLD = {
    "source": HN_FILE, "source_urls": [HN_URL], "province": "湖南省",
    "doc_kind": "政府采购合同(服务类,政府购买社工服务)",
    "patterns": [5, 6, 8],
    "indicators": [
        ind("社工薪酬", HN_ROWS[0][4], 14, "名"),
        ind("大型社区活动", HN_ROWS[1][4], 7, "个"),
        ind("中小型社区活动", HN_ROWS[2][4], 7, "个"),
        ind("个案服务", HN_ROWS[3][4], 7, "个"),
        ind("小组工作", HN_ROWS[4][4], 7, "个"),
        ind("志愿者发展", HN_ROWS[5][4], 350, "人"),
    ],
    "goals": [],
    "facts": [
        {"metric": "合计金额", "kind": "sum", "total": 1050000,
         "parts": [None, None, None, 2100, 7000, None], "unit": "元"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "社工薪酬",
         "why": "该行是社工工资、社保、意外险等福利(投入/成本),不是服务产出,却与其他服务项目并列为分项服务内容。"},
        {"rule": "coverage.missing_dimension", "item": "分项报价明细",
         "why": "合同(现存部分)只约定服务数量(活动场次、个案、小组、志愿者人数),没有质量、时效、服务对象满意度或效果类考核要求。"},
    ],
    "notes": ("页面为长沙县民政局 2022年度政府购买社工服务 政府采购合同协议书(湖南省政府采购网格式,经招标信息网站转载)。"
              "存储页面在分项报价明细第6行(志愿者发展)具体要求说明的“…有志愿服务记录;实”处中断,文档到此为止,第6行其余单元格留空(截断行)。"
              "网站把合同编号、总价、单价、小计中的部分数字打成星号(*****),照原样保留;合计金额小写为星号,大写为“壹佰零伍万元整”,故合计金额取大写 1050000 元,"
              "可见的小计只有 2100(300×7)与 7000(1000×7),其余为星号或被截断,合计无法核对,因此不记 consistency.sum 或 consistency.amount_words。"
              "分项报价明细表头为两行:“品目”下为“分类”,“计量”下为“单位”,其余表头纵向合并,照页面的扁平文本还原。"
              "指标判断:每个服务项目行记一条指标,value 取“具体要求说明”开头的数量(7个、350人;社工薪酬取14名),运算符为 null(原文未写≥等);"
              "同一单元格里的次级标准(单次服务人数不少于200人、不少于25人、个案至少跟进6次、每组至少6节不少于42人次、每社区至少50名志愿者)未单列为指标行。"
              "星号金额属网站遮挡,不是模板占位符,未记 target.placeholder。开头的合同套语(保护双方权益、依据民法典和政府采购法等)用我自己的话重写。")
}

# ---------------------------------------------------------------------------
# 2. Anhui, 南陵县 2024年《政府工作报告》重点工作目标任务分解表 (XLSX)
# ---------------------------------------------------------------------------
NL_FILE = "anhui-nanling-zhengfugongzuobaogao-renwufenjiebiao.xlsx"
NL_URL = "https://www.nlx.gov.cn/openness/public/6605131/39230837.html"
NL_DUP = "推进中小学办学能力提升工程,促进义务教育优质均衡。"
NL_ROW80 = ("极回应群众对入托入园的新期盼,扩大普惠性托育供给,新增托位数400个以上,公办园在园幼儿占比60%以上。"
            + NL_DUP + NL_DUP)
NL_ROW81 = "保障芜职院现代物流智造学院秋季如期开学,支持芜湖科技工程学校办学发展,探索以职业教育带动区域发展的路径。"
NL_GOLD = {
    "source": NL_FILE, "source_urls": [NL_URL], "province": "安徽省",
    "doc_kind": "政府工作报告重点工作目标任务分解表(年度计划任务分解)",
    "patterns": [10],
    "indicators": [
        ind("新增托位数", "新增托位数400个以上", 400, "个", ">="),
        ind("公办园在园幼儿占比", "公办园在园幼儿占比60%以上", 60, "%", ">="),
    ],
    "goals": [
        {"kind": "年度目标", "text": NL_ROW80},
        {"kind": "年度目标", "text": NL_ROW81},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.duplicate", "item": NL_DUP,
         "why": "第80项“目标与任务”单元格中同一句任务原样重复了两次。"},
        {"rule": "goal.unquantified", "item": NL_DUP,
         "why": "义务教育优质均衡任务没有任何数量、比例或时限。"},
        {"rule": "goal.unquantified", "item": NL_ROW81,
         "why": "第81项只写保障开学、支持发展、探索路径,没有可衡量的数值。"},
    ],
    "notes": ("南陵县(芜湖市)政府信息公开页面上的附件:2024年《政府工作报告》重点工作目标任务分解表。存储页面只含第80、81两行(表头之后直接是第80行),"
              "第80行“目标与任务”以“极回应…”开头(“积极”的“积”字在页面上已缺失),照样保留这一截断;页面到第81行结束。"
              "页面最前面还有一行网页标题(与表题相同),属网页外框,未放入表格;“附件”和表题放在表格上方。"
              "表头“分 管 县领导”中的空格、第81行分管县领导“陆 明俞 悦”两人名连写,照原样保留。"
              "第80行末句在原页面中重复两次,我改写了措辞但保留了重复。"
              "指标判断:从“目标与任务”单元格中取两个量化目标;“以上”→ >=。target_text 取单元格中该目标的短语,而非整格文字。"
              "两格整段文字作为年度目标。公办园在园幼儿占比无计算口径,属信息级问题,未记。")
}

# ---------------------------------------------------------------------------
# 3. Guangdong, 佛山市老年干部大学 2025年度物业管理服务 采购需求 (DOCX)
# ---------------------------------------------------------------------------
FS_FILE = "guangdong-foshan-laoganbudaxue-wuyefuwu-caigouxuqiu.docx"
FS_URL = "http://www.bbda.com/bidDetail/859395b4f0beee29076589899309a24ce131b17616fbeb2b36647b1dd247cd9e.html"
FS_EQUIP = [
    # 序号, 区域, 设备名称, 数量, 单位, 备注
    ("1", "老年大学校区", "智能化系统", "1", "套", "含监控、门禁"),
    ("2", None, "空调", "108", "台", ""),
    ("3", None, "消防系统", "1", "套", ""),
    ("4", None, "供电系统", "2", "套", ""),
    ("5", None, "生活水系统", "1", "套", ""),
    ("6", None, "道闸", "3", "套", ""),
    ("7", None, "给排水系统", "1", "套", ""),
    ("8", None, "防雷系统", "1", "套", ""),
    ("9", None, "自动远程监控系统", "1", "套", ""),
    ("10", None, "生活、消防水池", "1", "套", ""),
    ("11", None, "化粪池", "1", "套", ""),
    ("12", "佛山市老干部活动中心", "智能化系统", "1", "套", "含监控、门禁"),
    ("13", None, "空调", "99", "台", "含中央空调 2 套"),
    ("14", None, "消防系统", "1", "套", ""),
    ("15", None, "供电系统", "1", "套", ""),
    ("16", None, "生活水系统", "1", "套", ""),
    ("17", None, "给排水系统", "1", "套", ""),
    ("18", None, "防雷系统", "1", "套", ""),
    ("19", None, "生活、消防水池", "1", "套", ""),
    ("20", None, "化粪池", "2", "套", ""),
]
FS_GOLD = {
    "source": FS_FILE, "source_urls": [FS_URL], "province": "广东省",
    "doc_kind": "政府采购项目采购需求(物业管理服务)",
    "patterns": [1, 8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "建筑面积", "kind": "sum", "total": 16324, "parts": [8482, 7842], "unit": "平方米"},
    ],
    "findings": [],
    "notes": ("佛山市老年干部大学 2025年度物业管理服务 政府采购项目采购需求(附件1),经招标信息网站转载。存储页面在“二、需求内容明细 1.环境卫生与保洁管”处中断,"
              "文档到这个标题片段为止(“管”后缺字,照样保留)。页面是 PDF 转出的文本,数字与单位被拆成多行,并夹有“./tmp/…html”的转换残留路径;"
              "这些残留属网站转换痕迹,未放入文档。设备设施表的“区域”列:老年大学校区覆盖第1–11行,佛山市老干部活动中心覆盖第12–20行,做成纵向合并单元格。"
              "该文件只给出服务范围和设备清单,现存部分没有绩效目标或考核指标:设备数量是现状清单,不是目标,故 indicators 为空。"
              "合计建筑面积 16324 = 8482 + 7842(老年大学校区原文为“约7842平方米”),相符,不记 consistency.sum。"
              "“39 个厅室”前面的厅室名单以“等”结尾,无法核对,未记为 fact。概况段落用我自己的话重写,保留全部数字。")
}

# ---------------------------------------------------------------------------
# 4. Henan, 郑州市乡村建设行动实施方案(大河报报道,人民网河南频道) (DOCX, prose)
# ---------------------------------------------------------------------------
ZZ_FILE = "henan-zhengzhou-xiangcunjianshe-shishifangan-baodao.docx"
ZZ_URL = "http://henan.people.com.cn/n2/2021/1111/c351638-34999674.html"
ZZ_P1 = ("11月10日,大河报记者从郑州市人民政府官网了解到,《郑州市乡村建设行动实施方案》日前已经印发。方案提出,2021年全面启动乡村建设行动,"
         "集中力量打造50个美丽乡村精品村,创建80个美丽乡村示范村,同时实施一批乡村基础设施、农村基本公共服务体系和农村人居环境整治提升项目,确保乡村建设行动开局良好。")
ZZ_GOAL1 = ("2021年全面启动乡村建设行动,集中力量打造50个美丽乡村精品村,创建80个美丽乡村示范村,"
            "同时实施一批乡村基础设施、农村基本公共服务体系和农村人居环境整治提升项目,确保乡村建设行动开局良好。")
ZZ_P2 = ("据记者了解,方案对乡村规划的目标、内容和保障措施作了规定,分项细化了全市乡村交通、供水、清洁能源、信息通信网络等基础设施建设目标,"
         "以及乡村教育、公共文化、医疗卫生、社会保障等基本公共服务建设目标。")
ZZ_P3 = ("其中在县域城乡交通一体化方面,2021年年底前保持全市20户以上具备条件的自然村通硬化路率100%,保持建制村通客车率100%,"
         "推进全域公交县镇、镇村两级建设,开展城乡交通运输一体化示范。")
ZZ_GOAL2 = ("2025年年底前基本建成覆盖广、通达深、品质高的农村交通网络和客货运输网络,新增以运输组织、仓储和快递服务、信息交易等为主要功能的县级物流中心3个以上,"
            "新增乡镇运输服务站15个以上,农村物流服务覆盖乡镇、建制村比例达到100%,争取行政村最多一次换乘到达县城比例达到100%。")
ZZ_GOAL3 = "在县域城乡物流体系建设方面,健全县、乡、村三级物流服务网络,加强县域农产品冷链物流设施建设,完善县域农产品供应链体系。"
ZZ_P5 = "2021年年底前行政村快递物流通达率达到80%以上,县级以上文明村镇的行"
ZZ_GOLD = {
    "source": ZZ_FILE, "source_urls": [ZZ_URL], "province": "河南省",
    "doc_kind": "实施方案(新闻报道转述的乡村建设行动实施方案目标)",
    "patterns": [10],
    "indicators": [
        ind("美丽乡村精品村", "集中力量打造50个美丽乡村精品村", 50, "个"),
        ind("美丽乡村示范村", "创建80个美丽乡村示范村", 80, "个"),
        ind("自然村通硬化路率", "保持全市20户以上具备条件的自然村通硬化路率100%", 100, "%"),
        ind("建制村通客车率", "保持建制村通客车率100%", 100, "%"),
        ind("县级物流中心", "新增以运输组织、仓储和快递服务、信息交易等为主要功能的县级物流中心3个以上", 3, "个", ">="),
        ind("乡镇运输服务站", "新增乡镇运输服务站15个以上", 15, "个", ">="),
        ind("农村物流服务覆盖乡镇、建制村比例", "农村物流服务覆盖乡镇、建制村比例达到100%", 100, "%", ">="),
        ind("行政村最多一次换乘到达县城比例", "争取行政村最多一次换乘到达县城比例达到100%", 100, "%", ">="),
        ind("行政村快递物流通达率", "2021年年底前行政村快递物流通达率达到80%以上", 80, "%", ">="),
    ],
    "goals": [
        {"kind": "年度目标", "text": ZZ_GOAL1},
        {"kind": "中期目标", "text": ZZ_GOAL2},
        {"kind": "中期目标", "text": ZZ_GOAL3},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": ZZ_GOAL3,
         "why": "物流体系建设目标只用健全、加强、完善等词,没有数量、比例或期限。"},
    ],
    "notes": ("人民网河南频道转载的大河报报道(记者冯子雍,2021年11月11日),转述《郑州市乡村建设行动实施方案》的目标。纯文字文档(本部分两篇纯文字文档之一)。"
              "存储页面在“县级以上文明村镇的行”处中断,文档到此为止。网页导航(人民网>>河南频道、小字号)未放入。段落用我自己的话重写,目标短语和数字照原文。"
              "运算符判断:“以上”“达到”→ >=(domain.md 的词形对照);“保持…100%”、“打造50个”“创建80个”没有方向词 → null。"
              "“达到100%”按 >= 记录,但我不记 target.impossible_value:这里的“达到100%”意为全覆盖(=100%),不是把100%当下限的错误写法。"
              "第二个目标句开头“基本建成覆盖广、通达深、品质高的…网络”本身无数字,但同一句带有4个量化目标,整句作为一个中期目标,不记 goal.unquantified。"
              "被截断的“县级以上文明村镇的行…”目标没有完整数值,未记为指标行。")
}

# ---------------------------------------------------------------------------
# 5. Anhui, 宣城市 2020年1-11月份《政府工作报告》部分目标任务完成情况 (DOCX, prose)
# ---------------------------------------------------------------------------
XC_FILE = "anhui-xuancheng-zhengfugongzuobaogao-mubiaorenwu-wanchengqingkuang.docx"
XC_URL = "https://www.xuancheng.gov.cn/OpennessContent/show/2044556.html"
XC_P1 = ("1-11月份,各地各部门认真学习贯彻习近平总书记考察安徽重要讲话精神,抓住长三角一体化发展机遇,盯紧年度目标任务,查找差距、补齐短板、狠抓落实,"
         "全力冲刺四季度,确保全年目标任务完成。根据《宣城市人民政府关于2020年政府工作报告目标任务分解的通知》(宣政秘〔20208号)的要求,"
         "现将1-11月份市《政府工作报告》部分目标任务完成情况通报如下:")
XC_P2 = ("2020年市《政府工作报告》确定主要经济指标任务10项,本次督查通报列入4项,即战略性新兴产业产值、固定资产投资、财政收入、规上工业增加值。"
         "其中固定资产投资、财政收入、规上工业增加值3项指标未达到序时进度(进展情况占比低于91.7%或增幅低于目标任务,下同)(详见附件1)。")
XC_P3 = ("本次督查通报列入的量化指标任务共55项。截至目前,达到序时进度44项、占比80.0%。未达到序时进度11项、占比20.0%,"
         "为“交通建设提升年”活动完成投资80亿元、普惠性幼儿园覆盖率达80%、公办幼儿园覆盖率达50%、新建安置区5个、新增限上商贸流通企业100户、培育进出口实绩企业90户")
L1A, L1B = "主要经济指标任务", "量化指标任务"
XC_GOLD = {
    "source": XC_FILE, "source_urls": [XC_URL], "province": "安徽省",
    "doc_kind": "政府工作报告目标任务完成情况通报(督查通报)",
    "patterns": [10],
    "indicators": [
        ind("战略性新兴产业产值", None, level1=L1A),
        ind("固定资产投资", None, level1=L1A),
        ind("财政收入", None, level1=L1A),
        ind("规上工业增加值", None, level1=L1A),
        ind("“交通建设提升年”活动完成投资", "“交通建设提升年”活动完成投资80亿元", 80, "亿元", level1=L1B),
        ind("普惠性幼儿园覆盖率", "普惠性幼儿园覆盖率达80%", 80, "%", ">=", level1=L1B),
        ind("公办幼儿园覆盖率", "公办幼儿园覆盖率达50%", 50, "%", ">=", level1=L1B),
        ind("新建安置区", "新建安置区5个", 5, "个", level1=L1B),
        ind("新增限上商贸流通企业", "新增限上商贸流通企业100户", 100, "户", level1=L1B),
        ind("培育进出口实绩企业", "培育进出口实绩企业90户", 90, "户", level1=L1B),
    ],
    "goals": [],
    "facts": [
        {"metric": "量化指标任务", "kind": "sum", "total": 55, "parts": [44, 11], "unit": "项"},
    ],
    "findings": [],
    "notes": ("宣城市人民政府办公室 2020-12-24 发布的督查通报。纯文字文档(本部分两篇纯文字文档之二)。存储页面在第二部分列举未达序时进度任务时,"
              "于“培育进出口实绩企业90户”处中断(11项只列出6项),文档到此为止。网页导航(无障碍浏览、长辈版、当前位置)未放入,信息公开元数据照原样保留(文号为空)。"
              "“宣政秘〔20208号)”缺“〕”且括号不配对,照原样保留。段落用我自己的话重写,数字照原文。"
              "核对:44+11=55;44/55=80.0%,11/55=20.0%;91.7%≈11/12(1-11月序时进度),均相符,不记 consistency.rate 或 consistency.sum。"
              "指标判断:第一部分点名的4项主要经济指标在页面中没有目标值(目标值在附件1,页面未收),记为 value 为 null 的指标行,但不记 target.missing_value;"
              "第二部分列出的6项是带目标值的量化任务(“达”→ >=,其余无方向词 → null);这些都是未达到序时进度的任务,但文中没有实际完成值,actual 为 null。"
              "通报只列出未达进度的项目、不写原因,这是督查通报的惯常写法,且页面被截断,我不记 consistency.deviation_reason_missing。"
              "level1 取章节标题中的分组名(主要经济指标任务 / 量化指标任务)。")
}

ALL_GOLD = [HN_GOLD, NL_GOLD, FS_GOLD, ZZ_GOLD, XC_GOLD]


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for g in ALL_GOLD:
        base, ext = os.path.splitext(g["source"])
        for src in (g["source"], base + ".pdf"):
            d = dict(g)
            d["source"] = src
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=False, indent=2)
                f.write("\n")


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def new_doc(title):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for s in ("Heading 1", "Heading 2", "Title"):
        h = doc.styles[s]
        h.font.name = FONT
        rpr = h.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    cp = doc.core_properties
    cp.author = "blind123"
    cp.last_modified_by = "blind123"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def set_widths(table, cms):
    """Fixed column widths (grid + every cell), autofit off."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, cms):
            tc.get_or_add_tcPr()
            tcw = tc.tcPr.find(qn("w:tcW"))
            if tcw is None:
                tcw = tc.tcPr.makeelement(qn("w:tcW"), {})
                tc.tcPr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
def build_hunan(path):
    doc = new_doc("服务类项目政府采购合同协议书")
    para(doc, "服务类项目政府采购合同协议书", bold=True, center=True, size=16)
    para(doc, "政府采购合同编号:XSCG-CS-202*****0046-1")
    para(doc, "采购人(全称):长沙县民政局(甲方)")
    para(doc, "中标(成交)供应商(全称):长沙市三和社会工作服务中心(乙方)")
    para(doc, "为维护甲、乙双方的合法权益,依照《中华人民共和国民法典》《中华人民共和国政府采购法》以及其他相关法律、法规和规章,双方订立本合同协议书。"
              "采购人与中标(成交)供应商应按合同约定依法履约。本合同的履行、违约责任及争议解决方式适用《中华人民共和国民法典》。")
    para(doc, "1.项目管理信息", bold=True)
    para(doc, "(1)采购方式: 竞争性磋商")
    para(doc, "(2)项目名称: 2022年度政府购买社工服务")
    para(doc, "(3)采购计划编号: XSCG-202*****0046")
    para(doc, "2.合同标的及金额", bold=True)
    hdr = ["序号", "标的名称", "政府采购品目", "型号规格", "数量单位", "数量", "总价(元)"]
    t = doc.add_table(rows=3, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, bold=True)
    for i, v in enumerate(["1", "2022年长沙县民政局购买社区社会工作服务采购项目", "其他社会服务", "详见附件", "项", "1", "*******"]):
        set_cell(t.cell(1, i), v)
    set_widths(t, [1.0, 4.6, 2.2, 2.0, 1.8, 1.4, 2.5])
    m = t.cell(2, 0).merge(t.cell(2, 6))
    set_cell(m, "合计金额小写: ******* 元  合计金额大写:壹佰零伍万元整")
    para(doc, "合同标的及金额明细:分项报价明细:")
    t2 = doc.add_table(rows=2 + len(HN_ROWS), cols=9)
    t2.style = "Table Grid"
    top = ["序号", "服务名称", "品目", "计量", "具体要求说明", "单价", "数量", "小计", "备注"]
    for i, h in enumerate(top):
        set_cell(t2.cell(0, i), h, bold=True)
    set_cell(t2.cell(1, 2), "分类", bold=True)
    set_cell(t2.cell(1, 3), "单位", bold=True)
    for i in (0, 1, 4, 5, 6, 7, 8):
        t2.cell(0, i).merge(t2.cell(1, i))
    for r, row in enumerate(HN_ROWS, start=2):
        for c, v in enumerate(row):
            set_cell(t2.cell(r, c), v)
    set_widths(t2, [1.0, 2.2, 1.1, 1.1, 5.6, 1.4, 1.1, 1.5, 1.0])
    doc.save(path)


def build_nanling(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "分解表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws["A1"] = "附件"
    ws["A1"].font = Font(name=FONT, size=11)
    ws["A2"] = "2024年《政府工作报告》重点工作目标任务分解表"
    ws.merge_cells("A2:E2")
    ws["A2"].font = Font(name=FONT, size=14, bold=True)
    ws["A2"].alignment = center
    rows = [
        ["序号", "目标与任务", "分 管 县领导", "牵头责任单位", "责任单位"],
        [80, NL_ROW80, "俞 悦", "县教育局", "县各有关单位"],
        [81, NL_ROW81, "陆 明俞 悦", "县教育局", "县各有关单位"],
    ]
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = border
            cell.font = Font(name=FONT, size=10, bold=(r == 3))
            cell.alignment = center if c != 2 or r == 3 else wrap
    for col, w in zip("ABCDE", (7, 62, 12, 14, 14)):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[4].height = 95
    ws.row_dimensions[5].height = 55
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind123"
    wb.properties.lastModifiedBy = "blind123"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def build_foshan(path):
    doc = new_doc("佛山市老年干部大学 2025 年物业管理服务采购需求")
    para(doc, "附件 1")
    para(doc, "政府采购项目", bold=True, center=True, size=18)
    para(doc, "采 购 需 求", bold=True, center=True, size=18)
    para(doc, "项目名称:佛山市老年干部大学 2025 年度")
    para(doc, "物业管理服务")
    para(doc, "采购单位:佛山市老年干部大学")
    para(doc, "编制时间:2025 年 2 月")
    doc.add_page_break()
    para(doc, "佛山市老年干部大学 2025 年物业管理服务采购需求", bold=True, center=True, size=14)
    para(doc, "一、项目概况", bold=True)
    para(doc, "1.服务区域范围 佛山市老年干部大学包括佛山市老干部活动中心和佛山市老年大学两部分,建筑面积合计 16324 平方米,"
              "主要承担市直老干部老年教育和各类有益身心健康、促进两个文明建设的活动。")
    para(doc, "佛山市老干部活动中心(含行政楼和关工委办公区域)地址为禅城区垂虹四街一号,建筑面积共 8482 平方米,设有健身室、台球室、麻将室、桥牌室、"
              "象棋室、乒乓球室、阅览室、书画习作室、卡拉 ok 室、展览厅、排练厅、多功能歌舞厅、会堂、会议室、接待室等 39 个厅室。"
              "佛山市老年大学校区地址为禅城区卫国路 69 号,建筑面积约 7842 平方米,设有教室、展览厅、演出厅、书画室、音乐室、舞蹈室、资料室等教学场所,"
              "并配备多媒体、电脑、钢琴、古筝等教学设备。")
    para(doc, "2.设备、设施情况")
    t = doc.add_table(rows=1 + len(FS_EQUIP), cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "区域", "设备名称", "数量", "单位", "备注"]):
        set_cell(t.cell(0, i), h, bold=True, size=10)
    for r, (no, area, name, qty, unit, rem) in enumerate(FS_EQUIP, start=1):
        set_cell(t.cell(r, 0), no, size=10)
        if area:
            set_cell(t.cell(r, 1), area, size=10)
        set_cell(t.cell(r, 2), name, size=10)
        set_cell(t.cell(r, 3), qty, size=10)
        set_cell(t.cell(r, 4), unit, size=10)
        set_cell(t.cell(r, 5), rem, size=10)
    set_widths(t, [1.2, 3.8, 4.0, 1.6, 1.4, 4.5])
    a = t.cell(1, 1).merge(t.cell(11, 1))
    set_cell(a, "老年大学校区", size=10)
    b = t.cell(12, 1).merge(t.cell(20, 1))
    set_cell(b, "佛山市老干部活动中心", size=10)
    para(doc, "二、需求内容明细", bold=True)
    para(doc, "1.环境卫生与保洁管")
    doc.save(path)


def build_zhengzhou(path):
    doc = new_doc("郑州市乡村建设行动实施方案公布过几年行政村村民可以在家收快递")
    para(doc, "郑州市乡村建设行动实施方案公布过几年行政村村民可以在家收快递", bold=True, center=True, size=15)
    para(doc, "冯子雍", center=True)
    para(doc, "2021年11月11日07:52 | 来源:大河报", center=True)
    para(doc, "原标题:郑州市乡村建设行动实施方案公布过几年行政村村民可以在家收快递")
    para(doc, "□顶端新闻·大河报记者冯子雍")
    para(doc, ZZ_P1)
    para(doc, "2025年年底前基本建成高品质的客货运输网络", bold=True)
    para(doc, ZZ_P2)
    para(doc, ZZ_P3)
    para(doc, ZZ_GOAL2 + ZZ_GOAL3)
    para(doc, ZZ_P5)
    doc.save(path)


def build_xuancheng(path):
    doc = new_doc("2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况")
    para(doc, "索引号: 11341700003244967K/202012-00140    组配分类: 年度重点工作进展和完成情况", size=9)
    para(doc, "发布机构: 宣城市人民政府(办公室)    主题分类: 综合政务 / 其他 / 通报", size=9)
    para(doc, "名称: 2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况    文号:", size=9)
    para(doc, "发布日期: 2020-12-24", size=9)
    para(doc, "2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况", bold=True, center=True, size=15)
    para(doc, "发布时间:2020-12-24 09:12 来源:宣城市人民政府(办公室)", center=True, size=9)
    para(doc, XC_P1)
    para(doc, "一、主要经济指标任务进展情况", bold=True)
    para(doc, XC_P2)
    para(doc, "二、量化指标任务进展情况", bold=True)
    para(doc, XC_P3)
    doc.save(path)


# ---------------------------------------------------------------------------
# determinism helpers
# ---------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite an OOXML package with fixed timestamps, sorted-stable order and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\2", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\2", txt)
            data = txt.encode("utf-8")
        out.append((name, data))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    data = open(pdf, "rb").read()
    # same-length replacements keep xref offsets valid
    data = re.sub(rb"D:\d{14}([+\-Z][0-9']*)", lambda m: b"D:20250101000000" + m.group(1), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"(<xmp:CreateDate>|<xmp:ModifyDate>|<xmp:MetadataDate>)[^<]*(</xmp:)",
                  lambda m: m.group(1) + b"2025-01-01T00:00:00" + b" " * (len(m.group(0)) - len(m.group(1)) - len(m.group(2)) - 19) + m.group(2), data)
    open(pdf, "wb").write(data)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf_text(gold, pdf):
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    for i in gold["indicators"]:
        for k in ("name", "target_text"):
            if i[k] and squash(i[k]) not in txt:
                missing.append((k, i[k]))
    for g in gold["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


BUILDERS = [
    (HN_GOLD, build_hunan),
    (NL_GOLD, build_nanling),
    (FS_GOLD, build_foshan),
    (ZZ_GOLD, build_zhengzhou),
    (XC_GOLD, build_xuancheng),
]


def main():
    write_gold()  # gold first
    bad = 0
    for gold, builder in BUILDERS:
        path = os.path.join(HERE, gold["source"])
        builder(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        missing = check_pdf_text(gold, pdf)
        status = "ok" if not missing else f"MISSING {missing}"
        print(f"{gold['source']}: {len(gold['indicators'])} indicators, {len(gold['findings'])} findings, pdf text {status}")
        bad += bool(missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
