"""Build the blind260 part: gold first, then DOCX/XLSX, PDFs, annotations, checks.

Angle: grain reserves / grain security assessment, earthquake services,
weather modification and meteorology. Sources are stored public pages (see SOURCES.md).
Run: /tmp/wvenv/bin/python make_blind260_layouts.py
"""

import copy
import datetime
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind260"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_A = "https://www.xuanzhou.gov.cn/OpennessContent/show/2262075.html"
URL_B = "https://m.bdocx.com/doc/23505725.html"
URL_C = "https://1wenmi.com/docdown/134156.html"
URL_D = "https://275167.com/OpennessContent/show/2473674.html"
URL_E = (
    "https://newton.com.tw/wiki/%E6%B9%96%E5%8D%97%E7%9C%81%E4%BA%BA%E6%B0%91%E6%94%BF"
    "%E5%BA%9C%E9%97%9C%E6%96%BC%E6%8E%A8%E5%8B%95%E6%B0%A3%E8%B1%A1%E9%AB%98%E8%B3%AA"
    "%E9%87%8F%E7%99%BC%E5%B1%95%E7%9A%84%E5%AF%A6%E6%96%BD%E6%84%8F%E8%A6%8B/62414433"
)

# ---------------------------------------------------------------------------
# Texts shared by the builders and the gold (written before anything is read)
# ---------------------------------------------------------------------------

A_L1 = "一、确保耕地面积基本稳定、质量不下降,粮食生产稳定发展,粮食可持续生产能力不断增强(45分)"
A_L2 = "(一)保护耕地(15分)"
A_IND = "1.耕地保有量;基本农田保护(7分)"
A_C1 = "(1)2019年末耕地面积大于或等于规划下达的耕地保有量的,得3.5分,否则不得分。本项满分3.5分。"
A_C2 = (
    "(2)永久基本农田面积大于或等于规划下达的永久基本农田保护目标任务的,得2.3分;"
    "永久基本农田中耕地面积加上可调整地类面积大于等于规划下达的永久基本农田保护目标任务,"
    "其中可调整地类面积小于等于5万亩的,得1.8分,大于5万亩,小于10万亩的,得1.6分,"
    "大于10万亩的,小于20万亩的,得1.4分,超过20万亩的,不得分;"
    "永久基本农田中耕地面积加上可调整地类面积小于规划下达的永久基本农田保护目标任务不得分。"
    "结合地方实际,研究加强和改进永久基本农田保护具体操作办法的,得0.2分,否则不得分。本项满分2.5分。"
)
A_C3 = "(3)完成年度下达补充耕地任务的,得1分,否则不得分。本项满分1分。"

B_L1 = "考核内容一:\n确保耕地面积基本稳定、质量不下降,粮食生产稳定发展,粮食可持续生产能力不断增强(30分)"
B_L2 = "(一)保护耕地(12分)"
B_IND = "1.耕地保\n有量;基本农田保护\n(6分)"
B_C1 = "2017年末耕地面积大于或等于规划下达的耕地保有量的,得3分;少于规划下达的耕地保有量的,不得分。"
B_C2 = "按时、保质完成全市永久基本农"

C_ROW1 = [
    "(1)园区、镇街住建局是否协助 开展地震监测台站(综合站、强震 台、烈度台、群测群防站等)建设 工作及配合做好台站日常运维工 作,满分2.5分。",
    "(2)如发生对我市产生震感影响 或社会影响的地震事件时,园区、 镇街住建局地震助理员是否及时 上报震情、灾情、舆情,协助开展 震情监测应急处置工作,满分1分。",
    "(3)园区、镇街住建局是否协助 开展国家地震烈度速报与预警工 程广东子项目工作任务,做好地震 信息接收终端部署、运维等工作, 满分0.5分。",
]
C_ROW2 = [
    "(1)园区、镇街住建局是否协助 参加开展建设工程抗震设防要求 检查工作,满分4分。",
    "(2)园区、镇街住建局是否协助 开展房屋设施加固工程,协助相关 工程信息录入全国房屋设施抗震 设防信息采集和管理平台,满分2 分。",
    "(3)园区、镇街住建局是否协助 开展自然灾害防治能力建设地震 部门相关工作、地震灾害风险点危 险源排查整治、农居地震安全示范 村设",
]

# Anhui: preamble, goals and tasks rewritten in my own words (figures and names kept)
D_PRE = (
    "根据《国务院办公厅关于推进人工影响天气工作高质量发展的意见》(国办发〔2020〕47号)的要求,"
    "为加快我省人工影响天气工作的高质量发展,发挥人工影响天气在粮食安全、生态文明建设以及重大活动"
    "和应急工作中的服务保障作用,服务新阶段现代化美好安徽建设,经省政府同意,提出以下实施意见。"
)
D_G1 = (
    "到2025年,建成组织完善、职责清晰、服务精细、保障有力的人工影响天气工作体系;决策指挥、效果评估等"
    "关键技术有新的突破,安全风险综合防范能力明显增强,体制机制和政策环境进一步优化;全省人工影响天气"
    "服务能力显著提升,人工增雨(雪)影响面积覆盖全省,对粮食安全、生态文明建设和长三角一体化发展等"
    "重大战略的保障成效更加显著。"
)
D_G2 = "到2035年,全省人工影响天气业务、科技、服务综合能力跻身人工影响天气强省行列。"
D_T1 = (
    "(一)保障粮食安全。对粮食生产功能区、重要农产品生产保护区和特色农产品优势区开展干旱、冰雹等灾害"
    "评估与区划;在淮北平原、江淮丘陵、沿江平原、皖西大别山区和皖南山区等农产品主产区以及重要农事季节,"
    "加大抗旱、防雹作业力度,加强动态监测和区域联防,减少灾害损失,保障粮食和重要农产品供给。"
    "(省农业农村厅、省气象局和市、县人民政府按职责分工负责)"
)
D_T2 = (
    "(二)助力生态文明建设。加强空中云水资源开发利用,提升合肥都市圈、美丽长江(安徽)经济带、"
    "淮河(安徽)生态经济带等区域的人工影响天气基础保障能力,因地制宜开展常态化人工增雨作业,"
    "在水源涵养、水土保持、植被恢复、生物多样性保护、水库增蓄水、空气质量改善等方面发挥作用。(省生"
)

# Hunan (the stored page is in traditional characters; kept so)
E_TITLE = "湖南省人民政府關於推動氣象高質量發展的實施意見"
E_NO = "湘政發〔2022〕22號"
E_PRE = (
    "為貫徹落實習近平總書記關於氣象工作的重要指示精神,依據國務院印發的《氣象高質量發展綱要"
    "(2022—2035年)》,結合本省實際,就推動湖南氣象事業高質量發展提出如下實施意見。"
)
E_GUIDE = (
    "以習近平新時代中國特色社會主義思想為指導,深入貫徹黨的二十大精神,堅持創新驅動、需求牽引、"
    "多方協同,努力構建科技領先、監測精密、預報精準、服務精細、人民滿意的現代氣象體系,發揮氣象"
    "防災減災第一道防線作用,為建設社會主義現代化新湖南提供有力支撐。"
)
E_G1 = (
    "到2025年,形成與湖南經濟社會發展需要相適應的現代氣象科技創新、服務、業務和管理體系;監測精密、"
    "預報精準、服務精細的能力不斷增強,氣象服務供給能力和均等化水平明顯提升;氣象綜合觀測、氣象災害"
    "預報預警和氣象服務等領域進入全國先進行列,氣象綜合防災減災等領域保持全國領先。"
)
E_G2 = (
    "到2035年,基本實現以智慧氣象為主要特徵的氣象現代化;氣象與經濟社會各領域深度融合,協同發展機制"
    "更加健全,監測更精密、預報更精準,氣象服務覆蓋面和綜合效益大幅提高,公眾氣象服務滿意度穩步提高。"
)


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {
        "level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
        "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score,
    }


def flat(text):
    return text.replace("\n", "")


# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

GOLD = {
    "blind260_xuancheng_liangshi_kaohe_2020.xlsx": {
        "source_urls": [URL_A],
        "province": "安徽省",
        "doc_kind": "粮食安全考核评分表(市对县区,评分标准式)",
        "patterns": [1, 5, 8],
        "indicators": [
            ind(A_L1, A_L2, "耕地保有量", ">=", None, None,
                "2019年末耕地面积大于或等于规划下达的耕地保有量的,得3.5分", weight=3.5),
            ind(A_L1, A_L2, "永久基本农田", ">=", None, None,
                "永久基本农田面积大于或等于规划下达的永久基本农田保护目标任务的,得2.3分", weight=2.5),
            ind(A_L1, A_L2, "补充耕地任务", None, None, None,
                "完成年度下达补充耕地任务的,得1分", weight=1),
        ],
        "goals": [],
        "facts": [
            {"metric": "1.耕地保有量;基本农田保护 分值", "kind": "sum", "total": 7,
             "parts": [3.5, 2.5, 1], "unit": "分"},
            {"metric": "永久基本农田 本项满分", "kind": "sum", "total": 2.5, "parts": [2.3, 0.2], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "耕地保有量",
             "why": "目标只写'大于或等于规划下达的耕地保有量',表内没有给出具体面积(亩/公顷),无法据表核对。"},
            {"rule": "target.missing_value", "item": "永久基本农田",
             "why": "只写'规划下达的永久基本农田保护目标任务',表内没有数值。"},
        ],
        "notes": (
            "宣州区发改委网站转载的宣城市2020年度粮食安全考核评分表。页面先有政务公开元数据表(索引号、发布机构、"
            "名称、文号'无'、生成日期),照录于表头之上。主表6列:考核内容|重点考核事项|考核指标|年度考核任务评分标准|"
            "牵头部门|配合部门 (单位);考核内容、重点考核事项、考核指标、牵头/配合部门向下合并3行,评分标准逐行写。"
            "这是考核评分表,目标写在评分标准里,分值写成'得3.5分''本项满分3.5分'。三项满分3.5+2.5+1=7,与'(7分)'一致;"
            "(2)中2.3+0.2=2.5一致,故不记一致性问题。2020年度考核用'2019年末耕地面积'属数据滞后,不记为问题。"
            "存储页在下一条考核指标'2.耕地质量保护与提升;耕地质量'处截断,本件只做到(3)补充耕地任务;"
            "一级(45分)、二级(15分)小计因页面截断无法核对,不作判断。"
        ),
    },
    "blind260_shi_liangshi_xingzheng_kaohe_2017.xlsx": {
        "source_urls": [URL_B],
        "province": None,
        "doc_kind": "粮食安全行政首长责任制考核评分表(模板)",
        "patterns": [1, 4, 5, 8],
        "indicators": [
            ind(flat(B_L1), B_L2, "耕地保有量", ">=", None, None,
                "2017年末耕地面积大于或等于规划下达的耕地保有量的,得3分", weight=3.0),
            ind(flat(B_L1), B_L2, "基本农田保护面积", None, None, None, B_C2, weight=3.0),
        ],
        "goals": [],
        "facts": [
            {"metric": "1.耕地保有量;基本农田保护 分值", "kind": "sum", "total": 6, "parts": [3.0, 3.0], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "耕地保有量",
             "why": "目标以'规划下达的耕地保有量'为准,表内没有具体面积数值。"},
        ],
        "notes": (
            "文库(冰豆网)转存的'度市对各县市区粮食安全行政首长责任制考核评分表模板.docx',市名写作'**市',"
            "省份无法确定(province 为 null)。标题里的'**'是模板占位,不在指标或目标里,故不记 target.placeholder。"
            "表头7个词:重点考核事项|考核指标|年度考核目标任务|分值|评分标准|牵头部门|配合部门(单位),但每行在分值处"
            "有两个'3.0';我把'分值'表头横向合并两列以容纳两个数,第二列含义不明(可能是自评得分或另一分值),"
            "gold 只记 weight=3.0,score 为 null。'年度考核目标任务'一列实际写的是指标名'(1)耕地保有量',"
            "真正的目标写在评分标准里(标签错位,pattern 4)。'考核内容一'占整行。牵头部门写'县国土资源局'而标题是"
            "'市对各县',模板痕迹,只作说明。3.0+3.0=6与'(6分)'一致。存储页在'(2)基本农田保护面积'的评分标准"
            "'按时、保质完成全市永久基本农'处截断,照录截断文字;该行因截断不作判断。"
        ),
    },
    "blind260_zhujian_fangzhen_pingjia_xize.docx": {
        "source_urls": [URL_C],
        "province": "广东省",
        "doc_kind": "防震减灾年度工作量化评价细则(评分表)",
        "patterns": [5],
        "indicators": [
            ind(None, None, "地震监测方面情况", None, None, None, "".join(C_ROW1), weight=4),
            ind(None, None, "震灾预防方面情况", None, None, None, "".join(C_ROW2), weight=8),
        ],
        "goals": [],
        "facts": [
            {"metric": "地震监测方面情况 分值", "kind": "sum", "total": 4, "parts": [2.5, 1, 0.5], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.time_no_deadline", "item": "地震监测方面情况",
             "why": "'是否及时上报震情、灾情、舆情'没有规定上报时限(如震后多少分钟内)。"},
            {"rule": "target.qualitative_no_scale", "item": "地震监测方面情况",
             "why": "'是否协助…配合做好台站日常运维工作,满分2.5分'只有是否,没有部分完成如何给分的分档。"},
            {"rule": "target.qualitative_no_scale", "item": "震灾预防方面情况",
             "why": "'是否协助参加开展建设工程抗震设防要求检查工作,满分4分'没有检查次数或分档标准。"},
        ],
        "notes": (
            "文库转存的'附件2-9 园区(镇街)住建部门防震减灾年度工作量化评价细则'(提到'广东子项目',故记广东省;"
            "'园区(镇街)'的说法像东莞,但页面未写市名)。Word 表5列:序号|评价指标|分值|评分标准|备注,备注为空。"
            "存储文本带有PDF断行留下的空格('强震 台''运维工 作''满分2 分'),照录。每个评价指标下分(1)(2)(3)小项,"
            "各有满分;gold 按表格行记2个指标,评分标准整格作为 target_text。地震监测 2.5+1+0.5=4 与'4分'一致。"
            "存储页在'震灾预防方面情况'第(3)项'农居地震安全示范 村设'处截断,8分的小计无法核对,不作判断。"
        ),
    },
    "blind260_anhui_renying_shishi_yijian.docx": {
        "source_urls": [URL_D],
        "province": "安徽省",
        "doc_kind": "人工影响天气高质量发展实施意见(正文目标)",
        "patterns": [],
        "indicators": [
            ind(None, None, "人工增雨(雪)影响面积", None, None, None, "覆盖全省"),
        ],
        "goals": [
            {"kind": "总体目标", "text": D_G1},
            {"kind": "总体目标", "text": D_G2},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": D_G1[:20],
             "why": "2025年目标除'覆盖全省'外全是'明显增强''显著提升''更加显著'等,无数值或基线。"},
            {"rule": "goal.unquantified", "item": D_G2[:20],
             "why": "'跻身人工影响天气强省行列'没有可衡量的标准。"},
        ],
        "notes": (
            "镜像站转载的安徽省人工影响天气高质量发展实施意见正文(存储文本从抬头'各市、县人民政府…'开始,没有标题和"
            "文号,本件也不补)。前言、目标、任务均用我自己的话改写,保留年份、文件名和文号(国办发〔2020〕47号)、"
            "地名和责任单位。目标只在正文里:2025年总体目标、2035年远景。唯一接近可核对的是'人工增雨(雪)影响面积"
            "覆盖全省',记为一条定性指标。存储页在'(二)助力生态文明建设'的责任单位括号'(省生'处截断,照录。"
        ),
    },
    "blind260_hunan_qixiang_gaozhiliang.docx": {
        "source_urls": [URL_E],
        "province": "湖南省",
        "doc_kind": "推动气象高质量发展实施意见(正文目标,繁体)",
        "patterns": [],
        "indicators": [
            ind(None, None, "公眾氣象服務滿意度", None, None, None, "穩步提高"),
        ],
        "goals": [
            {"kind": "总体目标", "text": E_G1},
            {"kind": "总体目标", "text": E_G2},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": E_G1[:20],
             "why": "2025年目标只有'不斷增強''明顯提升''全國先進行列'等,没有数值或基线。"},
            {"rule": "goal.unquantified", "item": E_G2[:20],
             "why": "2035年目标'基本實現''大幅提高'没有量化标准。"},
            {"rule": "target.vague_wording", "item": "公眾氣象服務滿意度",
             "why": "'穩步提高'没有基线和目标值(如≥90%)。"},
        ],
        "notes": (
            "百科镜像站(newton.com.tw)上的湘政發〔2022〕22號全文,存储文本为繁体字,本件保留繁体。"
            "指导思想、前言和两段总体目标用我自己的话改写(繁体),保留年份、文号和《氣象高質量發展綱要(2022—2035年)》。"
            "正文没有任何数值目标;把'公眾氣象服務滿意度穩步提高'记为一条定性指标。存储页在'二、主要任務 (一)築牢氣象防災'"
            "处截断,照录该小标题残句。"
        ),
    },
}


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")
FONT = Font(name="Noto Sans CJK SC", size=10)


def xl_cell(ws, ref, value, left=False, bold=False, border=True, fmt=None):
    c = ws[ref]
    c.value = value
    c.alignment = WRAP_L if left else WRAP
    c.font = Font(name="Noto Sans CJK SC", size=10, bold=bold)
    if border:
        c.border = BORDER
    if fmt:
        c.number_format = fmt
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER
            if c.alignment is None or not c.alignment.wrap_text:
                c.alignment = WRAP


def xl_setup(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True


def wb_new():
    wb = openpyxl.Workbook()
    wb.properties.creator = "blind260"
    wb.properties.lastModifiedBy = "blind260"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def build_a(path):
    wb = wb_new()
    ws = wb.active
    ws.title = "评分表"
    xl_setup(ws, {"A": 26, "B": 16, "C": 18, "D": 62, "E": 14, "F": 14})
    # page meta block (政务公开 chrome)
    meta = [
        ("索引号:", "11341703003250152U/202105-00088", "组配分类:", "部门文件"),
        ("发布机构:", "宣州区发展和改革委员会", "主题分类:", "综合政务 / 公民 / 其他"),
        ("名称:", "宣城市2020年度粮食安全考核评分表", "文号:", "无"),
        ("生成日期:", "2021-05-19", "发布日期:", "2021-05-19"),
    ]
    r = 1
    for a, b, c, d in meta:
        xl_cell(ws, f"A{r}", a)
        ws.merge_cells(f"B{r}:C{r}")
        xl_cell(ws, f"B{r}", b, left=True)
        box(ws, f"B{r}:C{r}")
        xl_cell(ws, f"D{r}", c + "  " + d, left=True)
        ws.merge_cells(f"E{r}:F{r}")
        box(ws, f"E{r}:F{r}")
        r += 1
    r += 1
    ws.merge_cells(f"A{r}:F{r}")
    xl_cell(ws, f"A{r}", "宣城市2020年度粮食安全考核评分表", bold=True, border=False)
    ws.row_dimensions[r].height = 24
    r += 1
    hdr = ["考核内容", "重点考核事项", "考核指标", "年度考核任务评分标准", "牵头部门", "配合部门 (单位)"]
    for i, h in enumerate(hdr):
        xl_cell(ws, f"{'ABCDEF'[i]}{r}", h, bold=True)
    ws.row_dimensions[r].height = 30
    r += 1
    top = r
    rows = [A_C1, A_C2, A_C3]
    heights = [48, 150, 36]
    for i, crit in enumerate(rows):
        xl_cell(ws, f"D{r + i}", crit, left=True)
        ws.row_dimensions[r + i].height = heights[i]
    bot = top + len(rows) - 1
    for col, val in (("A", A_L1), ("B", A_L2), ("C", A_IND), ("E", "市自然资源和规划局"), ("F", "市农业农村局")):
        ws.merge_cells(f"{col}{top}:{col}{bot}")
        xl_cell(ws, f"{col}{top}", val, left=(col == "A"))
        box(ws, f"{col}{top}:{col}{bot}")
    save_xlsx(wb, path)


def build_b(path):
    wb = wb_new()
    ws = wb.active
    ws.title = "Sheet1"
    xl_setup(ws, {"A": 16, "B": 16, "C": 18, "D": 8, "E": 8, "F": 48, "G": 12, "H": 12})
    ws.merge_cells("A1:H1")
    xl_cell(ws, "A1", "度市对各县市区粮食安全行政首长责任制考核评分表模板", bold=True, border=False)
    xl_cell(ws, "A3", "附件", left=True, border=False)
    ws.merge_cells("A4:H4")
    xl_cell(ws, "A4", "2017年度**市对各县(市、区)粮食安全行政首长责任制考核评分表", bold=True, border=False)
    ws.row_dimensions[4].height = 24
    hdr = {"A5": "重点考核事项", "B5": "考核指标", "C5": "年度考核目标任务", "D5": "分值",
           "F5": "评分标准", "G5": "牵头部门", "H5": "配合部门\n(单位)"}
    for ref, h in hdr.items():
        xl_cell(ws, ref, h, bold=True)
    ws.merge_cells("D5:E5")
    box(ws, "A5:H5")
    ws.row_dimensions[5].height = 32
    ws.merge_cells("A6:H6")
    xl_cell(ws, "A6", B_L1, left=True)
    box(ws, "A6:H6")
    ws.row_dimensions[6].height = 36
    ws.merge_cells("A7:A8")
    xl_cell(ws, "A7", B_L2)
    ws.merge_cells("B7:B8")
    xl_cell(ws, "B7", B_IND)
    xl_cell(ws, "C7", "(1)耕地保有量")
    xl_cell(ws, "D7", 3.0, fmt="0.0")
    xl_cell(ws, "E7", 3.0, fmt="0.0")
    xl_cell(ws, "F7", B_C1, left=True)
    xl_cell(ws, "G7", "县国土\n资源局")
    xl_cell(ws, "H7", "县农业局")
    xl_cell(ws, "C8", "(2)基本农田保护面积")
    xl_cell(ws, "D8", 3.0, fmt="0.0")
    xl_cell(ws, "E8", 3.0, fmt="0.0")
    xl_cell(ws, "F8", B_C2, left=True)
    xl_cell(ws, "G8", None)
    xl_cell(ws, "H8", None)
    box(ws, "A7:H8")
    ws.row_dimensions[7].height = 60
    ws.row_dimensions[8].height = 40
    save_xlsx(wb, path)


def docx_new():
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind260"
    cp.last_modified_by = "blind260"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is None:
        rfonts = rpr.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts", {})
        rpr.append(rfonts)
    rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "Noto Serif CJK SC")
    for s in doc.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_c(path):
    doc = docx_new()
    para(doc, "附件2-9")
    para(doc, "园区(镇街)住建部门防震减灾年度工作量化评价细则", bold=True, center=True, size=15)
    t = doc.add_table(rows=3, cols=5)
    t.style = "Table Grid"
    widths = [Cm(1.3), Cm(2.6), Cm(1.5), Cm(9.5), Cm(1.8)]
    for i, h in enumerate(["序号", "评价指标", "分值", "评分标准", "备注"]):
        c = t.cell(0, i)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    data = [("1", "地震监测\n方面情况", "4分", C_ROW1), ("2", "震灾预防\n方面情况", "8分", C_ROW2)]
    for r, (no, name, pts, crit) in enumerate(data, start=1):
        t.cell(r, 0).text = no
        t.cell(r, 1).text = name
        t.cell(r, 2).text = pts
        cell = t.cell(r, 3)
        cell.text = crit[0]
        for extra in crit[1:]:
            cell.add_paragraph(extra)
        t.cell(r, 4).text = ""
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    save_docx(doc, path)


def build_d(path):
    doc = docx_new()
    para(doc, "各市、县人民政府,省政府各部门、各直属机构:")
    para(doc, D_PRE)
    para(doc, "一、总体目标", bold=True)
    para(doc, D_G1)
    para(doc, D_G2)
    para(doc, "二、主要任务", bold=True)
    para(doc, D_T1)
    para(doc, D_T2)
    save_docx(doc, path)


def build_e(path):
    doc = docx_new()
    para(doc, "全文內容")
    para(doc, E_TITLE, bold=True, center=True, size=15)
    para(doc, E_NO, center=True)
    para(doc, "各市州、縣市區人民政府,省政府各廳委、各直屬機構:")
    para(doc, E_PRE)
    para(doc, "一、總體要求", bold=True)
    para(doc, "(一)指導思想", bold=True)
    para(doc, E_GUIDE)
    para(doc, "(二)總體目標", bold=True)
    para(doc, E_G1)
    para(doc, E_G2)
    para(doc, "二、主要任務", bold=True)
    para(doc, "(一)築牢氣象防災")
    save_docx(doc, path)


# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        for n in names:
            body = src.read(n)
            if n == "docProps/core.xml":
                body = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2024-01-01T00:00:00Z<", body)
            zi = zipfile.ZipInfo(n, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def save_xlsx(wb, path):
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def save_docx(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def fix_pdf(path):
    data = path.read_bytes()

    def same_len(m):
        s = m.group(0)
        return b"(D:20240101000000" + b"0" * (len(s) - len(b"(D:20240101000000") - 1) + b")"

    data = re.sub(rb"\(D:[0-9]{14}[^)]*\)", same_len, data)

    def fix_id(m):
        return b"<" + b"0" * (len(m.group(0)) - 2) + b">"

    data = re.sub(rb"<[0-9A-Fa-f]{32}>", fix_id, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + b"2024-01-01T00:00:00"[: len(m.group(2))].ljust(len(m.group(2)), b"0")
                  + m.group(3), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"0" * 36, data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
         "--outdir", str(path.parent), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    pdf = path.with_suffix(".pdf")
    fix_pdf(pdf)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    return re.sub(r"\s+", "", out.decode("utf-8"))


def check(pdf, gold):
    text = pdf_text(pdf)
    missing = []
    items = []
    for i in gold["indicators"]:
        items += [i["name"], i["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for s in items:
        if s and re.sub(r"\s+", "", s) not in text:
            missing.append(s)
    return missing


BUILDERS = {
    "blind260_xuancheng_liangshi_kaohe_2020.xlsx": build_a,
    "blind260_shi_liangshi_xingzheng_kaohe_2017.xlsx": build_b,
    "blind260_zhujian_fangzhen_pingjia_xize.docx": build_c,
    "blind260_anhui_renying_shishi_yijian.docx": build_d,
    "blind260_hunan_qixiang_gaozhiliang.docx": build_e,
}


def main():
    ANN.mkdir(exist_ok=True)
    bad = 0
    for name, builder in BUILDERS.items():
        path = HERE / name
        builder(path)
        pdf = to_pdf(path)
        gold = GOLD[name]
        for fname in (name, pdf.name):
            rec = {"source": fname}
            rec.update(copy.deepcopy(gold))
            (ANN / (fname + ".json")).write_text(
                json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        missing = check(pdf, gold)
        if missing:
            bad += 1
            print(f"MISSING in {pdf.name}: {missing}", file=sys.stderr)
        else:
            print(f"ok {pdf.name}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
