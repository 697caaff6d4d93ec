"""Build the blind250 part of the blind corpus.

The gold (GOLD below) is written first, before anything reads the built files.
The script then builds one XLSX and three DOCX files, exports each to PDF with
LibreOffice, writes annotations/<file>.json for every built file, checks with
pdftotext that every indicator name, target text, goal text and finding item
shows up in the PDF, and normalises the files so that two runs give the same
md5 sums.

Run:  /tmp/wvenv/bin/python make_blind250_layouts.py
"""

import copy
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind250"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)
CJK_FONT = "Droid Sans Fallback"
LATIN_FONT = "Liberation Sans"

# ---------------------------------------------------------------------------
# Texts of the documents (longer sentences are rewritten in my own words,
# names, figures, units, dates and document numbers kept as the page has them)
# ---------------------------------------------------------------------------

# --- A: 安徽省广播电视局 精品专项资金 绩效评价表 (XLSX) ---------------------
A_INTRO = (
    "为健全全省广播电视精品的奖励扶持政策,政府主管部门借此激励和引导广播电视行业,"
    "推动创作兼顾社会效益和经济效益、思想精深、艺术精湛、制作精良的优秀广播电视作品,"
    "深入服务文化强省建设战略,回应人民群众不断增长的精神文化需求。"
)
A_LIST = (
    "2020年度对电视剧类;广播剧、电视动画片、电视纪录片、广播电视新闻作品及广播电视节目(栏目)类;"
    "广播电视公益广告类;网络视听节目类等四类111个项目给予支持。具体扶持奖补:电视剧8部,352万元;"
    "广播剧4部,25万元;电视动画片2部,35万元;电视纪录片11部,106万元;优秀广播电视新闻作品24部,48万元;"
    "优秀广播电视节目(栏目)8个,64万元;优秀广播电视公益广告37个,62万元;网络视听节目17个,68万元。"
    "以上合计扶持奖补资金760万元。"
)
# The page copies the project description into 年初设定目标 and stops at "深入".
A_GOAL = (
    "为健全全省广播电视精品的奖励扶持政策,政府主管部门借此激励和引导广播电视行业,"
    "推动创作兼顾社会效益和经济效益、思想精深、艺术精湛、制作精良的优秀广播电视作品,深入"
)

# --- B: 新疆某县 2021年民生实事广播电视运行维护工作总结 (DOCX, running text) ----
B_TITLE = "2021年民生实事广播电视运行维护工作总结"
B_BASIC = (
    "到2021年末,全县“村村响”广播已覆盖35个行政村,建有地面数字站点1个、光缆线路150公里、"
    "广播电视公共服务网点19个、村村通工程点142个,有线电视用户1600多户,户户通用户5700余户。"
)
B_FUNDS = "2021年广播电视户户通工程运维专项资金下达11.9万元。"
B_GOAL = (
    "在县委、县政府领导和市广播电视局指导下,全面完成省、市、县交办的“村村响”“户户通”运维任务,具体为:"
    "一是承担全县142个广播电视村村通工程点的运行维护,保证其稳定、健康、长期运转;"
    "二是坚持满功率播出,播出、传输、接收及保障设备保持完好,安全播出全年零事故,"
    "播出标准和收视标准达到行业基准水平;"
    "三是让全县偏远山区的直播卫星接收设备长期通、优质通,保证建档立卡贫困户与非建档立卡贫困户都能收到电视信号;"
    "四是入网电视用户对村村通工程运维的举报为零,也没有用户上门当面举报,"
    "群众免费收听收看广播电视节目满意率超过98%,年度绩效自评达到优。"
)
B_MGMT = (
    "一是建立管理制度、管理细则和设备维修流程,并为设备维护配备交通工具;"
    "二是保障广播电视村村响和户户通设备全年正常运行,每月至少开展1次设备维护保养,"
    "内容涵盖设备运行状况、设备检测、设备卫生清扫、设备故障处理、备用设备维护及相关记录填报;"
    "三是用户电话报修后30分钟内完成业务受理和派单;"
    "四是乡镇网点村级服务人员电话保持24小时畅通;"
    "五是一般故障修复不超过8小时,大型故障修复不超过12小时,特大故障修复不超过24小时;"
    "六是建立广播电视公共服务应急管理制度,遇自然灾害等突发事件能够及时调度响应,"
)

# --- C: 成都 2017年文化精品项目扶持绩效评价报告 (DOCX) ------------------------
C_TITLE = "2017年文化精品项目扶持绩效评价报告"
C_INTRO = (
    "依据成都市财政局《关于开展2018年市级财政绩效评价工作的通知》(成财绩〔2018〕2号),"
    "我们受成都市财政局委托,在2018年5月2日至2018年6月1日期间对成都市文化广电新闻出版局"
    "(下称“市文广新局”)的文化精品项目扶持实施绩效评价,实地踏勘成都市社会科学院、"
    "成都市非物质文化遗产保护中心等市本级6个项目点,座谈24人次,发放问卷调查表99份。有关情况报告如下:"
)
C_OVERVIEW = (
    "2017年,市级财政预算在市级公共文化服务专项资金中安排支持方向之一“文化精品项目扶持”项目1,803.46万元,"
    "重点用于支持和奖励重点文艺项目及文化精品创作。"
)
C_BASIS = (
    "市级公共文化服务专项资金由市文广新局依据《中共成都市委办公厅成都市人民政府办公厅关于加快构建现代公共文化服务体系的实施意见》"
    "(成委办〔2016〕10号)设立,目的是支持全市现代公共文化服务体系建设,充实公共文化服务内容,"
    "扩大优质文化产品和服务供给,推动文化供给创新,更好保障群众的基本文化权益。"
)
C_GOAL_HEAD_1 = "2017年“文化精品项目扶持”项目"
C_PAGE_MARK = "-12-"
C_GOAL_HEAD_2 = (
    "涉及5家市级单位,共12个项目,主要包括文艺汇演、文学作品创作及评奖活动、讲座和音乐会、艺术展览等。"
    "项目整体目标见下表:"
)
C_ROW1_TARGET = "举办一台以“唱响中国梦”为主题的交响音乐会。"
C_ROW2_TARGET = "举办12场特仑苏剧场音乐会和17"

# --- D: 平凉市 2023年度公共文化服务体系建设专项资金绩效自评情况 (DOCX) -------
D_CRUMB = "当前位置: 首页 > 工作动态 > 通知公告"
D_TITLE = "平凉市2023年度中央支持地方公共文化服务体系建设专项资金绩效自评情况 报告公开"
D_DATE = "发布时间:2024-04-26 17:59"
D_INTRO = (
    "依照省财政厅《2023年度中央支持地方公共文化服务体系建设补助资金(一般项目和绩效奖励)绩效自评方案》的要求,"
    "为强化平凉市各部门单位和资金使用单位的支出责任与效率意识、提升专项资金使用效益,"
    "我们组织市直相关部门和7县(市、区)财政局,按照财政部《中央支持地方公共文化服务体系建设补助资金管理办法》"
    "(财教〔2022〕270号)和中共平凉市委、平凉市人民政府《关于全面实施预算绩效管理的实施意见》(平发〔2019〕5号)的规定,"
    "对2023年度中央补助地方公共文化服务体系建设专项资金支持的全部项目开展绩效自评,汇总形成全市绩效自评报告。"
    "自评情况报告如下:"
)
D_ALLOC = (
    "依据省财政厅《关于提前下达2023中央支持地方公共文化服务体系建设补助资金(一般项目)的通知》(甘财科〔2022〕85号)、"
    "《关于下达2023年中公共文化服务体系建设专项资金的通知》(甘财科〔2023〕21号)、"
    "《关于下达2023年公共文化服务体系建设专项资金的通知》(甘财科〔2023〕33号)和"
    "《关于下达2023年中央公共文化服务体系建设绩效奖励资金的通知》(甘财科〔2023〕34号),"
    "省级向我市下达公共文化服务体系建设专项资金3020万元,其中:一般项目资金1520万元,专项资金360万元,"
    "绩效奖励资金1140万元。具体见下表:"
)
D_TABLE_TITLE = "2023年公共文化服务体系建设补助资金、绩效奖励资金下达情况"


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None, **extra):
    row = {"level1": level1, "level2": level2, "name": name, "operator": operator,
           "value": value, "unit": unit, "target_text": target_text,
           "actual": actual, "weight": weight, "score": score}
    row.update(extra)
    return row


# ---------------------------------------------------------------------------
# GOLD (written before any file is built or read)
# ---------------------------------------------------------------------------
URL_A = "https://gdj.ah.gov.cn/public/22555191/146379821.html"
URL_B = "http://www.360doc.com/content/22/0630/16/8044758_1038108354.shtml"
URL_C = "https://m.wenku365.com/p-32458636.html"
URL_D = "http://czj.pingliang.gov.cn/gzdt/tzgg/art/2024/art_08b7947ce923463b8f4fc94679378e9a.html"

GOLD = {
    "blind250_ah_guangdian_jingpin_pjb.xlsx": {
        "source_urls": [URL_A],
        "province": "安徽省",
        "doc_kind": "项目支出绩效评价表(网页:项目名称/内容/周期 + 评价表前半,资金情况与年初设定目标)",
        "patterns": [1, 10],
        "indicators": [],
        "goals": [
            {"kind": "年初设定目标", "text": A_GOAL},
        ],
        "facts": [
            {"metric": "扶持奖补资金", "kind": "sum", "total": 760,
             "parts": [352, 25, 35, 106, 48, 64, 62, 68], "unit": "万元"},
            {"metric": "支持项目数", "kind": "sum", "total": 111,
             "parts": [8, 4, 2, 11, 24, 8, 37, 17], "unit": "个"},
            {"metric": "执行率", "kind": "rate", "total": 760, "parts": [760],
             "unit": "%", "stated": 100.00},
        ],
        "findings": [],
        "notes": (
            "安徽省广播电视局2021年度精品专项资金的项目支出绩效评价表网页。存储页只到表格的“年度总体目标完成情况”一栏,"
            "年初设定目标一格在“深入”处断开,后面的年度总体目标完成情况综述、绩效指标(一级/二级/三级、年度指标值、实际完成值、分值、得分)"
            "都不在存储页中,所以indicators为空,也不据缺失部分判定coverage或goal问题。原页把“项目内容”第一句原样复制进年初设定目标,"
            "我改写后仍让两处文字相同并保留断点。表头“全年预算数(A”“全年执行数(B”缺右括号,照录;其中:本年财政拨款一行分值和得分为“-”,"
            "执行率空着,照录。金额合计760=352+25+35+106+48+64+62+68,项目数111=8+4+2+11+24+8+37+17,执行率100.00%=760/760,均核对无误。"
            "网页栏目路径、发布时间等页眉照录;“浏览量:”后无数字,照录。模式:1(资金情况、年度总体目标完成情况两格向下合并),"
            "10(目标写在单元格中,扶持结果以散文列在项目内容里)。"
        ),
    },
    "blind250_xj_guangdian_yunwei_zongjie.docx": {
        "source_urls": [URL_B],
        "province": "新疆维吾尔自治区",
        "doc_kind": "广播电视运行维护工作总结(年度绩效目标和运维承诺均写在正文中)",
        "patterns": [],
        "indicators": [
            ind(None, None, "广播电视村村通工程点的运行维护", "=", 142, "个",
                "承担全县142个广播电视村村通工程点的运行维护"),
            ind(None, None, "安全播出", "=", 0, None, "安全播出全年零事故"),
            ind(None, None, "播出标准和收视标准", None, None, None,
                "播出标准和收视标准达到行业基准水平"),
            ind(None, None, "直播卫星接收设备", None, None, None,
                "直播卫星接收设备长期通、优质通"),
            ind(None, None, "入网电视用户对村村通工程运维的举报", "=", 0, None,
                "入网电视用户对村村通工程运维的举报为零"),
            ind(None, None, "群众免费收听收看广播电视节目满意率", ">", 98, "%",
                "群众免费收听收看广播电视节目满意率超过98%"),
            ind(None, None, "年度绩效自评", None, None, None, "年度绩效自评达到优"),
            ind(None, None, "设备维护保养", ">=", 1, "次", "每月至少开展1次设备维护保养"),
            ind(None, None, "业务受理和派单", "<=", 30, "分钟", "30分钟内完成业务受理和派单"),
            ind(None, None, "一般故障修复", "<=", 8, "小时", "一般故障修复不超过8小时"),
            ind(None, None, "大型故障修复", "<=", 12, "小时", "大型故障修复不超过12小时"),
            ind(None, None, "特大故障修复", "<=", 24, "小时", "特大故障修复不超过24小时"),
        ],
        "goals": [
            {"kind": "年度目标", "text": B_GOAL},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "播出标准和收视标准",
             "why": "“达到行业基准水平”没有说明依据哪项行业标准、取什么值,无法衡量是否达到"},
            {"rule": "target.qualitative_no_scale", "item": "直播卫星接收设备",
             "why": "“长期通、优质通”是口号式表述,没有在线率、故障率之类可衡量的值或分级标准"},
            {"rule": "target.input_or_process", "item": "年度绩效自评",
             "why": "把自评等级“优”列为年度绩效目标,衡量的是评价结果本身,不是运维产出或效益"},
        ],
        "notes": (
            "360doc上的一篇县级广播电视运维工作总结,发布者所在地标为新疆(县名未写出,省份据“发布于新疆”判断,存在不确定性)。"
            "年度绩效目标只写在“三、运维年度绩效目标”一段正文里,另有“四、运维管理情况”中的服务承诺(每月维护、30分钟受理、故障修复时限),"
            "都是评审会核对的可量化承诺,所以一并列为指标;level1/level2一律为null。原文“发生故障时8小时内修复”我写成“一般故障修复不超过8小时”,"
            "以便与大型、特大故障并列,数值未改。“乡镇网点村级服务人员电话保持24小时畅通”是服务时间安排而不是可比对的目标值,未列为指标。"
            "“安全播出全年零事故”“举报为零”按=0记录,原文未写单位。存储页在第四部分第六条“能及时调度响应,”处截断,我在同一处停笔;"
            "页头的“分享”按钮文字是网站控件,未复制,保留了发布者和日期一行。11.9万元运维资金只出现一次,没有可核对的合计或执行率,facts为空。"
        ),
    },
    "blind250_cd_wenhua_jingpin_pjbg.docx": {
        "source_urls": [URL_C],
        "province": "四川省",
        "doc_kind": "第三方绩效评价报告(开头部分,含各子项目预算与任务目标表)",
        "patterns": [1, 7],
        "indicators": [
            ind(None, None, "交响音乐会", "=", 1, "台", C_ROW1_TARGET,
                subproject="▲《唱响中国梦》音乐会项目"),
            ind(None, None, "特仑苏剧场音乐会", "=", 12, "场", C_ROW2_TARGET,
                subproject="▲“乐动蓉城”月末惠民音乐会项目"),
        ],
        "goals": [
            {"kind": "任务目标", "text": C_ROW1_TARGET},
            {"kind": "任务目标", "text": C_ROW2_TARGET},
        ],
        "facts": [],
        "findings": [],
        "notes": (
            "天天文库转载的成都市文化精品项目扶持2017年度绩效评价报告(第三方,受成都市财政局委托)。存储页只含报告开头约两页:"
            "概况、立项依据和“(二)项目绩效目标”下的表格前两行;第二行任务目标在“举办12场特仑苏剧场音乐会和17”处断开,"
            "我照样截断,表格其余10个项目和报告后文(评分表、结论)都不在存储页中,因此不据此判定coverage问题。"
            "表格每行是一个子项目,有自己的预算金额和任务目标(模式7),实施单位“成都市文化广电新闻出版局”向下合并两行(模式1)。"
            "“一台”按1台记录。1,803.46万元总额与表中66.30、313.00两项无法对账(其余项目缺失),故未列facts。"
            "原文段中夹有页码“-12-”(PDF转文字时页脚落在句子中间),我在同一位置单独成段保留。网站外壳(文库ID、大小、页数、上传说明)"
            "和文库预览分段编号“1、2、3、”未复制。▲标记照录。"
        ),
    },
    "blind250_pl_ggwh_zipingbaogao.docx": {
        "source_urls": [URL_D],
        "province": "甘肃省",
        "doc_kind": "转移支付资金绩效自评报告(开头部分,含资金下达情况表)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "省级下达公共文化服务体系建设专项资金", "kind": "sum", "total": 3020,
             "parts": [1520, 360, 1140], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "平凉市财政局公开的2023年度中央支持地方公共文化服务体系建设专项资金绩效自评报告。存储页停在资金下达情况表的第2行"
            "(只有序号“2”),所以绩效目标、指标和自评结果都不在页中,indicators、goals为空,不作coverage判定。"
            "正文称“专项资金360万元”,表头却叫“重点项目(万元)”,口径名称不一致但数额相同,照录。"
            "文件名中的笔误照录:“2023中央”缺“年”,“2023年中公共文化”多一个“中”。3020=1520+360+1140,核对无误,"
            "表中合计行与正文同数,只记一条fact;市本级一行小计150、一般项目150。标题中“绩效自评情况 报告公开”之间的空格照录。"
        ),
    },
}

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_height(text, width_units, line_pt=15.0):
    """Row height for wrapped CJK text in a cell that is width_units wide."""
    chars_per_line = max(1, int(width_units / 2.1))
    lines = max(1, math.ceil(len(text) / chars_per_line))
    return lines * line_pt + 6


def build_a(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "评价表"
    widths = {"A": 14, "B": 22, "C": 13, "D": 13, "E": 10, "F": 13, "G": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    full = sum(widths.values())
    base = Font(name=CJK_FONT, size=10)
    wrap = Alignment(wrap_text=True, vertical="center")
    wrap_left_top = Alignment(wrap_text=True, vertical="top", horizontal="left")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")

    def put(cell, value, font=base, align=wrap, border=False):
        c = ws[cell]
        c.value = value
        c.font = font
        c.alignment = align
        if border:
            c.border = BOX
        return c

    def merge_line(row, text, font=base, height=None, align=wrap):
        ws.merge_cells(f"A{row}:G{row}")
        put(f"A{row}", text, font=font, align=align)
        if height:
            ws.row_dimensions[row].height = height

    merge_line(1, "栏目路径:首页 > 省广电局 > 财政资金 > 部门项目", font=Font(name=CJK_FONT, size=9))
    merge_line(2, "安徽省广播电视局项目支出绩效评价表(2021年度)——安徽省广播电视精品专项资金",
               font=Font(name=CJK_FONT, size=13, bold=True), height=36, align=center)
    merge_line(3, "发布时间:2021-12-31 17:14来源: 局规划财务处浏览量:", font=Font(name=CJK_FONT, size=9))
    merge_line(4, "一、项目名称", font=Font(name=CJK_FONT, size=11, bold=True))
    merge_line(5, "安徽省广播电视精品专项资金")
    merge_line(6, "二、项目内容", font=Font(name=CJK_FONT, size=11, bold=True))
    body = A_INTRO + A_LIST
    merge_line(7, body, height=xl_height(body, full), align=wrap_left_top)
    merge_line(8, "三、实施周期", font=Font(name=CJK_FONT, size=11, bold=True))
    merge_line(9, "2021年1月-12月")
    merge_line(10, "四、绩效评价", font=Font(name=CJK_FONT, size=11, bold=True))

    # the form
    ws.merge_cells("B11:G11")
    put("A11", "项目名称", align=center, border=True)
    put("B11", "安徽省广播电视精品专项资金", border=True)
    ws.merge_cells("B12:C12")
    ws.merge_cells("E12:G12")
    put("A12", "主管部门", align=center, border=True)
    put("B12", "安徽省广播电视局", border=True)
    put("D12", "实施单位", align=center, border=True)
    put("E12", "安徽省广播电视局机关", border=True)
    ws.merge_cells("A13:A16")
    put("A13", "资金情况\n(万元)", align=center, border=True)
    head = ["", "全年预算数(A", "全年执行数(B", "分值", "执行率(B/A)", "得分"]
    rows = [
        head,
        ["年度资金总额:", 760, 760, 10, "100.00%", 10],
        ["其中:本年财政拨款", 760, 760, "-", None, "-"],
        ["其他资金", None, None, "-", None, "-"],
    ]
    for i, vals in enumerate(rows):
        r = 13 + i
        for j, v in enumerate(vals):
            col = "BCDEFG"[j]
            put(f"{col}{r}", v if v != "" else None, align=center if j else wrap, border=True)
    ws.row_dimensions[13].height = 30
    ws.merge_cells("A17:A18")
    put("A17", "年度总体目标完成情况", align=center, border=True)
    ws.merge_cells("B17:D17")
    ws.merge_cells("E17:G17")
    put("B17", "年初设定目标", align=center, border=True)
    put("E17", "年度总体目标完成情况综述", align=center, border=True)
    ws.merge_cells("B18:D18")
    ws.merge_cells("E18:G18")
    put("B18", A_GOAL, align=wrap_left_top, border=True)
    put("E18", None, border=True)
    ws.row_dimensions[18].height = xl_height(A_GOAL, widths["B"] + widths["C"] + widths["D"])
    for r in range(11, 19):
        for col in "ABCDEFG":
            ws[f"{col}{r}"].border = BOX

    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = False

    props = wb.properties
    props.creator = "blind250"
    props.lastModifiedBy = "blind250"
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.title = "安徽省广播电视精品专项资金绩效评价表"
    wb.save(path)


def set_doc_fonts(doc, size=11):
    st = doc.styles["Normal"]
    st.font.name = LATIN_FONT
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), LATIN_FONT)
    rfonts.set(qn("w:eastAsia"), CJK_FONT)
    for sec in doc.sections:
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = Cm(2.5)
        sec.right_margin = Cm(2.5)
        sec.top_margin = Cm(2.5)
        sec.bottom_margin = Cm(2.5)


def fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "blind250"
    cp.last_modified_by = "blind250"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = title


def para(doc, text, bold=False, size=None, align=None, indent=True):
    p = doc.add_paragraph()
    if indent and align is None:
        p.paragraph_format.first_line_indent = Pt(22)
    if align is not None:
        p.alignment = align
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def cell_text(cell, text, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if align is not None:
        p.alignment = align


def build_b(path):
    doc = Document()
    set_doc_fonts(doc)
    fix_core(doc, B_TITLE)
    para(doc, B_TITLE, bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, " wangyong670 2022-06-30 发布于新疆", size=9, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "一、基本情况", bold=True, indent=False)
    para(doc, B_BASIC)
    para(doc, "二、运维资金下达情况", bold=True, indent=False)
    para(doc, B_FUNDS)
    para(doc, "三、运维年度绩效目标", bold=True, indent=False)
    para(doc, B_GOAL)
    para(doc, "四、运维管理情况", bold=True, indent=False)
    para(doc, B_MGMT)
    doc.save(path)


def build_c(path):
    doc = Document()
    set_doc_fonts(doc)
    fix_core(doc, C_TITLE)
    para(doc, C_TITLE, bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, C_INTRO)
    para(doc, "一、项目概况", bold=True, indent=False)
    para(doc, C_OVERVIEW)
    para(doc, "(一)项目背景及立项依据", bold=True, indent=False)
    para(doc, C_BASIS)
    para(doc, "(二)项目绩效目标", bold=True, indent=False)
    para(doc, C_GOAL_HEAD_1)
    para(doc, C_PAGE_MARK, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, C_GOAL_HEAD_2, indent=False)

    table = doc.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.6), Cm(4.6), Cm(2.4), Cm(5.4)]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    head = ["实施单位", "项目名称", "预算金额\n(万元)", "任务目标"]
    for i, h in enumerate(head):
        cell_text(table.cell(0, i), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    merged = table.cell(1, 0).merge(table.cell(2, 0))
    cell_text(merged, "成都市文化广电新闻出版局")
    cell_text(table.cell(1, 1), "▲《唱响中国梦》音乐会项目")
    cell_text(table.cell(1, 2), "66.30", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(table.cell(1, 3), C_ROW1_TARGET)
    cell_text(table.cell(2, 1), "▲“乐动蓉城”月末惠民音乐会项目")
    cell_text(table.cell(2, 2), "313.00", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(table.cell(2, 3), C_ROW2_TARGET)
    doc.save(path)


def build_d(path):
    doc = Document()
    set_doc_fonts(doc)
    fix_core(doc, D_TITLE)
    para(doc, D_CRUMB, size=9, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, D_TITLE, bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, D_DATE, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, D_INTRO)
    para(doc, "一、绩效目标分解下达情况", bold=True, indent=False)
    para(doc, "(一)省级下达公共文化服务体系建设专项资金情况", bold=True, indent=False)
    para(doc, D_ALLOC)
    para(doc, D_TABLE_TITLE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    table = doc.add_table(rows=4, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = ["序号", "地  区", "小计", "一般项目\n(万元)", "重点项目\n(万元)", "绩效奖励\n(万元)"]
    for i, h in enumerate(head):
        cell_text(table.cell(0, i), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    total = table.cell(1, 0).merge(table.cell(1, 1))
    cell_text(total, "合  计", align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, v in enumerate(["3020", "1520", "360", "1140"]):
        cell_text(table.cell(1, 2 + i), v, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, v in enumerate(["1", "市本级", "150", "150", "", ""]):
        cell_text(table.cell(2, i), v, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(table.cell(3, 0), "2", align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.save(path)


BUILDERS = {
    "blind250_ah_guangdian_jingpin_pjb.xlsx": build_a,
    "blind250_xj_guangdian_yunwei_zongjie.docx": build_b,
    "blind250_cd_wenhua_jingpin_pjbg.docx": build_c,
    "blind250_pl_ggwh_zipingbaogao.docx": build_d,
}

# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------
CORE_DATE_RE = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    items.sort(key=lambda t: (t[0] != "[Content_Types].xml", t[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = CORE_DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


PDF_DATE_RE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})")
PDF_ID_RE = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
XMP_DATE_RE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")
PDF_SUM_RE = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")
XMP_UUID_RE = re.compile(rb"(uuid:)([0-9a-fA-F-]{36})")


def normalise_pdf(path):
    with open(path, "rb") as fh:
        data = fh.read()
    n = len(data)
    data = PDF_DATE_RE.sub(rb"\g<1>20240101000000", data)

    def zero_id(m):
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, b"0" * len(a)).replace(b, b"0" * len(b))

    data = PDF_ID_RE.sub(zero_id, data)
    data = PDF_SUM_RE.sub(lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = XMP_DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00", data)
    data = XMP_UUID_RE.sub(lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    assert len(data) == n, "PDF normalisation changed the length"
    with open(path, "wb") as fh:
        fh.write(data)


def export_pdf(paths, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", outdir] + paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_text(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = pdf_text(pdf)
    wanted = []
    for row in gold["indicators"]:
        wanted += [row["name"], row["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if w and squash(w) not in text]
    return missing


def write_annotations(name, gold):
    os.makedirs(ANN, exist_ok=True)
    stem = os.path.splitext(name)[0]
    for fname in (name, stem + ".pdf"):
        data = {"source": fname}
        data.update(copy.deepcopy(gold))
        with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2, sort_keys=False)
            fh.write("\n")


def build_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    built = []
    for name, builder in BUILDERS.items():
        path = os.path.join(outdir, name)
        builder(path)
        normalise_zip(path)
        built.append(path)
    export_pdf(built, outdir)
    for path in built:
        normalise_pdf(os.path.splitext(path)[0] + ".pdf")
    return built


def md5s(outdir):
    res = {}
    for name in sorted(os.listdir(outdir)):
        if name.endswith((".docx", ".xlsx", ".pdf")):
            with open(os.path.join(outdir, name), "rb") as fh:
                res[name] = hashlib.md5(fh.read()).hexdigest()
    return res


def main():
    ok = True
    build_all(HERE)
    for name, gold in GOLD.items():
        write_annotations(name, gold)
        pdf = os.path.join(HERE, os.path.splitext(name)[0] + ".pdf")
        missing = check_pdf(pdf, gold)
        if missing:
            ok = False
            print(f"[check] {name}: missing in PDF: {missing}")
        else:
            n = len(gold["indicators"]) + len(gold["goals"]) + len(gold["findings"])
            print(f"[check] {name}: all {n} gold strings found in PDF")
    first = md5s(HERE)
    tmpdir = tempfile.mkdtemp(prefix="blind250_rebuild_", dir="/tmp")
    try:
        build_all(tmpdir)
        second = md5s(tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for name, digest in first.items():
        same = second.get(name) == digest
        ok = ok and same
        print(f"[md5] {name} {digest} {'same' if same else 'DIFFERENT: ' + str(second.get(name))}")
    if not ok:
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
