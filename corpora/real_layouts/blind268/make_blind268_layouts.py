"""Build the blind268 test documents (county/district level, 湖南 and 安徽).

The gold below is written before any file is built or read back.  The script
then builds the DOCX/XLSX files, exports each to PDF with LibreOffice, makes
every file deterministic, writes one annotation JSON per file and checks with
pdftotext that every gold string appears in its PDF.
"""

import copy
import datetime
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PROFILE = "file:///tmp/lo_blind268"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# Gold (written first)
# ---------------------------------------------------------------------------

URL_RWH = "https://yyx.gov.cn/37584/38154/38157/38160/38224/38225/40251/content_1194603.html"
URL_ZFB = "https://yylq.gov.cn/21487/21498/21516/42803/69145/69154/69237/69238/content_2112580.html"
URL_WL = ("http://cocoabeachsquirrelremoval.com/21487/21498/21516/42803/71081/71134/"
          "71204/71205/content_2215320.html")
URL_YH = "https://economicdaily.com.cn/archives/76kd5eyz2b9kompvbwjx.html"

# texts that appear in the documents (goals in my own words, figures and names kept)
RWH_TASKS = [
    "启动富荣西大桥建设,把城区与拟扩新城区有机连成一体。",
    "荣湾湖水上公园湿地景观区建成,荣湾湖快速通道基本形成环形连接。",
    "天鹅北路、浜水西路、城南河沿河路,荣湾湖快速通道基本形成环形连接。",
]
ZFB_TASKS = [
    "保障各类文件印发制作以及区政府系统会务工作;",
    "保障民生、实事工作督查落实到位;",
    "保障应急值守、信访维稳、户籍管理",
]
YH_GOAL = ("提升组织能力:发挥基层党组织战斗堡垒作用和党员先锋模范作用,"
           "增强政治意识、大局意识,努力开创基层党建工作新局面。")

GOLD = {
    "blind268_yueyangxian_rongwanhu_2016_zhengti_zipingbaogao": {
        "ext": "docx",
        "source_urls": [URL_RWH],
        "province": "湖南省",
        "doc_kind": "县级部门整体支出绩效评价自评报告(基本概况与收入表)",
        "patterns": [8, 10],
        "indicators": [],
        "goals": [{"kind": "年度目标", "text": t} for t in RWH_TASKS],
        "facts": [
            {"metric": "局机关及二级机构汇总 收入合计", "kind": "sum", "total": 229.46,
             "parts": [37.23, 106.13, 86.1], "unit": "万元"},
            {"metric": "局机关 收入合计", "kind": "sum", "total": 176.26,
             "parts": [35.87, 80.39, 60], "unit": "万元"},
            {"metric": "二级机构1 收入合计", "kind": "sum", "total": 53.2,
             "parts": [1.36, 25.74, 26.1], "unit": "万元"},
            {"metric": "收入合计(汇总=局机关+二级机构1)", "kind": "sum", "total": 229.46,
             "parts": [176.26, 53.2], "unit": "万元"},
            {"metric": "上-结转(汇总)", "kind": "sum", "total": 37.23,
             "parts": [35.87, 1.36], "unit": "万元"},
            {"metric": "公共财政拨款(汇总)", "kind": "sum", "total": 106.13,
             "parts": [80.39, 25.74], "unit": "万元"},
            {"metric": "其他收入(汇总)", "kind": "sum", "total": 86.1,
             "parts": [60, 26.1], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.process_only", "item": RWH_TASKS[0][:20],
             "why": "任务1只写“启动”大桥建设,是过程节点,没有产出量、完成标准或效果"},
            {"rule": "goal.unquantified", "item": RWH_TASKS[1][:20],
             "why": "“基本形成环形连接”没有里程、完成比例或验收标准,无法衡量"},
            {"rule": "goal.unquantified", "item": RWH_TASKS[2][:20],
             "why": "任务3只列路名、缺少动作和数量,且与任务2结尾重复,无法衡量"},
        ],
        "notes": ("岳阳县2016年度整体支出自评报告的封面和“基本概况/收支情况”表。页面把“年度”都写成“-度”"
                  "(标题“20 16 -度”、“上-结转”、“-度主要工作内容”),报告期写作“2017 -7 - 25”,均照录。"
                  "年度任务写在表格单元格里,成绩写成散文(模式10)。收入表横向、纵向求和全部相符。"
                  "存储页面在收入表“3、二级机构2”(空行)之后的下一行标签“部门(”处中断,"
                  "支出表和绩效指标部分没有保存下来,因此不标 coverage 类问题。"
                  "任务措辞为改写,路名、桥名和数字照录。"),
    },
    "blind268_yueyanglouqu_zhengfuban_2021_zhengti_zipingbaogao": {
        "ext": "docx",
        "source_urls": [URL_ZFB],
        "province": "湖南省",
        "doc_kind": "区级部门整体支出绩效评价自评报告(封面与基本概况)",
        "patterns": [8],
        "indicators": [],
        "goals": [{"kind": "年度目标", "text": t.rstrip(";")} for t in ZFB_TASKS],
        "facts": [],
        "findings": [
            {"rule": "goal.process_only", "item": ZFB_TASKS[0][:20],
             "why": "文件印发和会务是日常办文办会过程,没有产出数量、时限或质量标准"},
            {"rule": "goal.unquantified", "item": ZFB_TASKS[1][:20],
             "why": "“督查落实到位”没有督查件数、办结率或时限,无法衡量"},
        ],
        "notes": ("岳阳楼区人民政府办公室2021年度整体支出自评报告(附件3-1)的封面和基本概况表。"
                  "封面“预 算 编 码”字间有空格、表内标签“年度主要 工作内容”中间有空格,照录。"
                  "人员编制36、实有人数38(超编2人),不属于 design.md 的规则,只在此说明。"
                  "存储页面在任务3“确保应急值守、信访维稳、户籍管理”处中断,"
                  "任务3不完整,所以不对任务3标问题;后面的收支表和绩效指标表都没有保存。"
                  "职能职责和任务措辞为改写。"),
    },
    "blind268_yueyanglouqu_wenlv_2023_jichushujubiao": {
        "ext": "xlsx",
        "source_urls": [URL_WL],
        "province": "湖南省",
        "doc_kind": "区级预算单位整体支出绩效评价基础数据表(繁体转写页)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "項目支出(2023年預算數)", "kind": "sum", "total": 1731.57,
             "parts": [600.58, 324.05, 68.7, 163.91, 334.46, 173.87, 66], "unit": "萬元"},
            {"metric": "項目支出(2023年決算數)", "kind": "sum", "total": 1731.57,
             "parts": [600.58, 324.05, 68.7, 163.91, 334.46, 173.87, 66], "unit": "萬元"},
            {"metric": "項目支出(2022年決算數)", "kind": "sum", "total": 2218.71,
             "parts": [224.55, 1348.82, 140, 0, 0], "unit": "萬元"},
            {"metric": "公用經費(2022年決算數)", "kind": "sum", "total": 30.05,
             "parts": [27.71, 2.34, 0], "unit": "萬元"},
            {"metric": "公用經費(2023年預算數)", "kind": "sum", "total": 28.90,
             "parts": [25.6, 3.3, 0], "unit": "萬元"},
            {"metric": "公用經費(2023年決算數)", "kind": "sum", "total": 28.90,
             "parts": [25.6, 3.3, 0], "unit": "萬元"},
            {"metric": "三公經費(2022年決算數)", "kind": "sum", "total": 1.84,
             "parts": [1.84], "unit": "萬元"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "項目支出",
             "why": ("2022年決算數2218.71萬元,而所列明細合計只有1713.37萬元"
                     "(224.55+1348.82+140+0+0),差505.34萬元未列明")},
        ],
        "notes": ("岳陽樓區文化旅游廣電體育局2023年度整體(項目)支出績效自評的附件2基礎數據表。"
                  "存儲頁面是政府頁面的繁體轉寫鏡像,照錄繁體字(含“政府采購金額”“文化旅游”這類未轉換的字);"
                  "鏡像在部分字後插入的拼音注音(如“(yǎng)”)是網站渲染產物,不是文件內容,已刪去。"
                  "“體彩公益金支出”和上級轉移支付“公共文化服務體系建設”只有兩個數,視為2022年欄為空;"
                  "“政府采購金額”同樣只有兩個數。編制數11、實際在職16,控制率欄空白,照錄不補。"
                  "2023年兩欄的項目支出明細與合計相符,2022年欄不符,標 consistency.sum。"
                  "存儲頁面在表下“說明”一句“……,“公用經費”處中斷;該句為改寫,截斷位置照舊。"),
    },
    "blind268_yaohaiqu_nonglinshuiwu_2022_dangjian_pingjiabaogao": {
        "ext": "docx",
        "source_urls": [URL_YH],
        "province": "安徽省",
        "doc_kind": "区级项目支出部门评价报告(党建工作项目,开头部分)",
        "patterns": [],
        "indicators": [],
        "goals": [{"kind": "年度总体目标", "text": YH_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": YH_GOAL[:20],
             "why": "年度总体目标只有“发挥作用、增强意识、开创新局面”,没有任何数量、时限或可衡量标准"},
        ],
        "notes": ("合肥市瑶海区农林水务局2022年度项目支出部门评价报告汇编(共15个)中的第一份,"
                  "党建工作项目,年初预算资金“1 万元”(数字与单位间有空格,照录)。"
                  "“项目执行情况”“总体目标完成情况”几乎逐字重复年度总体目标,只把“提升”换成“完成…的提升”,照此保留。"
                  "存储页面在“2. 总体目标完成情况”一段的“增强”处中断,后面的绩效指标完成情况和自评表都没有保存,"
                  "所以不标 coverage 类问题,也没有指标行。段落为改写,名称和数字照录。"),
    },
}

# ---------------------------------------------------------------------------
# helpers: docx
# ---------------------------------------------------------------------------

FONT = "Noto Sans CJK SC"


def set_run_font(run, size=10.5, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), FONT)


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(text), size, bold)
    return p


def cell_text(cell, lines, size=9, bold=False, center=False):
    if isinstance(lines, str):
        lines = [lines]
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if line:
            set_run_font(p.add_run(line), size, bold)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2))
    sec.top_margin = sec.bottom_margin = Cm(2)
    cp = doc.core_properties
    cp.author = "blind268"
    cp.last_modified_by = "blind268"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def merged(table, r0, c0, r1, c1):
    return table.cell(r0, c0).merge(table.cell(r1, c1))


# ---------------------------------------------------------------------------
# document 1: 岳阳县荣湾湖建设开发服务中心 2016 整体支出自评报告
# ---------------------------------------------------------------------------


def build_rwh(path):
    doc = new_doc()
    para(doc, "附件6", 10.5)
    para(doc, "岳阳县20 16 -度部门(单位)整体支出", 16, True, True)
    para(doc, "绩效评价自评报告", 16, True, True)
    para(doc, "")
    para(doc, "部门(单位)名称 岳阳县荣湾湖建设开发服务中心", 12)
    para(doc, "预算编码 YYX292", 12)
    para(doc, "评价方式:部门(单位)绩效自评", 12)
    para(doc, "评价机构:部门(单位)评价组", 12)
    para(doc, "报告期:2017 -7 - 25", 12)
    para(doc, "")
    para(doc, "岳阳县财政局(制)", 12, False, True)
    doc.add_page_break()

    t = doc.add_table(rows=14, cols=7)
    t.style = "Table Grid"
    widths = [Cm(3.4), Cm(2.1), Cm(2.1), Cm(2.4), Cm(2.4), Cm(2.6), Cm(2.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    cell_text(merged(t, 0, 0, 0, 6), "一、部门(单位)基本概况", 10, True)
    cell_text(t.cell(1, 0), "联系人")
    cell_text(merged(t, 1, 1, 1, 2), "谢艳")
    cell_text(t.cell(1, 3), "联络电话")
    cell_text(merged(t, 1, 4, 1, 6), "13575070892")
    cell_text(t.cell(2, 0), "人员编制")
    cell_text(merged(t, 2, 1, 2, 2), "19")
    cell_text(t.cell(2, 3), "实有人数")
    cell_text(merged(t, 2, 4, 2, 6), "19")
    cell_text(t.cell(3, 0), "职能职责概述")
    cell_text(merged(t, 3, 1, 3, 6),
              "承担荣湾湖(含城南河)建设规划、综合开发及-度计划的编制与组织实施,"
              "管理和使用建设开发资金,负责荣湾湖防洪保安。")
    cell_text(t.cell(4, 0), "-度主要工作内容")
    cell_text(merged(t, 4, 1, 4, 6), [f"任务{i + 1}:{x}" for i, x in enumerate(RWH_TASKS)])
    cell_text(t.cell(5, 0), "-度部门(单位)总体运行情况及取得的成绩")
    cell_text(merged(t, 5, 1, 5, 6), [
        "1、扎实开展“两学一做”学习教育,抓好机关基层党建工作。",
        "2、攻坚征地拆迁,组建荣湾湖建设项目指挥部。",
        "3、稳妥推进项目融资,完成农民集中建房农发行贷款项目3.5亿元的申贷和审批。",
        "4、统筹推进工程建设,湿地景观项目完成3万方土的工程量。",
    ])
    cell_text(merged(t, 6, 0, 6, 6), "二、部门(单位)收支情况", 10, True)
    cell_text(merged(t, 7, 0, 7, 6), "-度收入情况(万元)", 9, True)
    cell_text(merged(t, 8, 0, 9, 0), "机构名称", center=True)
    cell_text(merged(t, 8, 1, 9, 1), "收入合计", center=True)
    cell_text(merged(t, 8, 2, 8, 6), "其中:", center=True)
    for i, h in enumerate(["上-结转", "公共财政拨款", "政府基金拨款",
                           "纳入专户管理的非税收入拨款", "其他收入"]):
        cell_text(t.cell(9, 2 + i), h, center=True)
    data = [
        ["局机关及二级机构汇总", "229.46", "37.23", "106.13", "", "", "86.1"],
        ["1、局机关", "176.26", "35.87", "80.39", "", "", "60"],
        ["2、二级机构1", "53.2", "1.36", "25.74", "", "", "26.1"],
        ["3、二级机构2", "", "", "", "", "", ""],
    ]
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            cell_text(t.cell(10 + r, c), v, center=c > 0)
    doc.save(path)


# ---------------------------------------------------------------------------
# document 2: 岳阳楼区人民政府办公室 2021 整体支出自评报告
# ---------------------------------------------------------------------------


def build_zfb(path):
    doc = new_doc()
    para(doc, "附件3-1", 10.5)
    para(doc, "岳阳楼区2021年度部门(单位)整体支出", 16, True, True)
    para(doc, "绩效评价自评报告", 16, True, True)
    para(doc, "")
    para(doc, "部门(单位)名称: 岳阳市岳阳楼区人民政府办公室", 12)
    para(doc, "预 算 编 码: 102001", 12)
    para(doc, "评价方式:部门(单位)绩效自评", 12)
    para(doc, "评价机构:部门(单位)评价组", 12)
    para(doc, "报告日期:2022年5月13日", 12)
    para(doc, "")
    para(doc, "岳阳楼区财政局(制)", 12, False, True)
    doc.add_page_break()

    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    widths = [Cm(3.4), Cm(5.1), Cm(3.0), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    cell_text(merged(t, 0, 0, 0, 3), "一、部门(单位)基本概况", 10, True)
    cell_text(t.cell(1, 0), "联系人")
    cell_text(t.cell(1, 1), "李玉霞")
    cell_text(t.cell(1, 2), "联络电话")
    cell_text(t.cell(1, 3), "8245327")
    cell_text(t.cell(2, 0), "人员编制")
    cell_text(t.cell(2, 1), "36")
    cell_text(t.cell(2, 2), "实有人数")
    cell_text(t.cell(2, 3), "38")
    cell_text(t.cell(3, 0), "职能职责概述")
    cell_text(merged(t, 3, 1, 3, 3), [(
        "协助区政府领导同志审核或组织起草以区政府、区政府办公室名义印发的公文;"
        "研究区政府各部门和各街道(乡)请示区政府的事项,提出审核意见后报区政府领导同志审批;"
        "组织区政府会议并协助落实会议决定事项;按照区政府领导同志的指示或工作需要协调有关问题,"
        "提出处理意见报区政府领导同志决定;办理市政府和区政府领导同志的批示并督促落实,"
        "督查区政府各部门和各街道(乡)执行区政府决定事项的情况并及时报告;"
        "组织办理人大代表建议和政协提案;向区政府领导同志报送重要信息,负责区政府值班;"
        "执行区禁毒委员会的决定,承担日常工作和全区禁毒宣传教育,组织、协调、指导、督促相关单位开展禁毒工作;"
        "参与户籍准入审核;负责本单位、本系统的信访维稳和安全生产;完成区委、区人民政府交办的其他任务。"
        "与岳阳楼公安分局在户籍管理上的分工是:岳阳楼公安分局负责人口基本信息系统的建立、维护和管理,"
        "区政府办公室参与户籍准入审核。"),
    ])
    cell_text(t.cell(4, 0), "年度主要 工作内容")
    cell_text(merged(t, 4, 1, 4, 3), [f"任务{i + 1}:{x}" for i, x in enumerate(ZFB_TASKS)])
    doc.save(path)


# ---------------------------------------------------------------------------
# document 3: 岳陽樓區文化旅游廣電體育局 2023 基礎數據表 (XLSX)
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build_wl(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "基礎數據表"
    font = Font(name=FONT, size=10)
    bold = Font(name=FONT, size=10, bold=True)
    title_font = Font(name=FONT, size=14, bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    wrapc = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for col, w in zip("ABCDEFG", [30, 10, 10, 10, 10, 10, 10]):
        ws.column_dimensions[col].width = w

    rows = []  # (row, col, value, style) ; merges collected separately
    merges = []

    def put(r, c, v, st="c"):
        rows.append((r, c, v, st))

    put(1, 1, "岳陽市岳陽樓區文化旅游廣電體育局2023年度整體(項目)支出績效自評", "h")
    merges.append("A1:G1")
    put(2, 1, "來源:區文旅廣體局   2024-06-30 15:29", "l")
    merges.append("A2:G2")
    put(3, 1, "附件2", "l")
    merges.append("A3:G3")
    put(4, 1, "2023年度預算單位整體支出績效評價基礎數據表", "t")
    merges.append("A4:G4")
    put(5, 1, "預算單位名稱", "b")
    put(5, 2, "岳陽市岳陽樓區文化旅游廣電體育局", "c")
    merges.append("B5:G5")
    put(6, 1, "財政供養人員情況(人)", "b")
    merges.append("A6:A7")
    for c, h in ((2, "編制數"), (4, "2023年實際在職人數"), (6, "控制率")):
        put(6, c, h, "b")
    merges += ["B6:C6", "D6:E6", "F6:G6"]
    for c, v in ((2, 11), (4, 16), (6, None)):
        put(7, c, v, "c")
    merges += ["B7:C7", "D7:E7", "F7:G7"]
    put(8, 1, "經費控制情況(萬元)", "b")
    for c, h in ((2, "2022年決算數"), (4, "2023年預算數"), (6, "2023年決算數")):
        put(8, c, h, "b")
    money = [
        ("三公經費", 1.84, 1.49, 1.49),
        ("1、公務用車購置和維護經費", None, None, None),
        ("其中:公車購置", None, None, None),
        ("公車運行維護", None, None, None),
        ("2、出國經費", None, None, None),
        ("3、公務接待", 1.84, 1.49, 1.49),
        ("項目支出:", 2218.71, 1731.57, 1731.57),
        ("1、業務工作經費", 224.55, 600.58, 600.58),
        ("2、區級專項資金(一個專項一行)", None, None, None),
        ("疫情防控項目", 1348.82, 324.05, 324.05),
        ("公共文化服務體系建設", 140, 68.7, 68.7),
        ("局辦公樓維修改造", 0, 163.91, 163.91),
        ("鷹山文化中心圖書館維修改造", 0, 334.46, 334.46),
        ("體彩公益金支出", None, 173.87, 173.87),
        ("3、上級轉移支付(一個專項一行)", None, None, None),
        ("公共文化服務體系建設", None, 66, 66),
        ("公用經費", 30.05, "28.90", "28.90"),
        ("其中:辦公經費", 27.71, 25.6, 25.6),
        ("水費、電費、差旅費", 2.34, 3.3, 3.3),
        ("會議費、培訓費", 0, 0, 0),
        ("政府采購金額", None, 1551.4, 1551.4),
        ("部門基本支出預算調整", 431.64, 322.07, 322.07),
    ]
    merges += ["B8:C8", "D8:E8", "F8:G8"]
    r = 9
    for label, a, b, c in money:
        put(r, 1, label, "l")
        for col, v in ((2, a), (4, b), (6, c)):
            put(r, col, v, "c")
        merges += [f"B{r}:C{r}", f"D{r}:E{r}", f"F{r}:G{r}"]
        r += 1
    put(r, 1, "樓堂館所控制情況\n(2023年完工項目)", "b")
    merges.append(f"A{r}:A{r + 1}")
    heads = ["批復規模\n(m²)", "實際規\n模(m²)", "規模控制率", "預算投資\n(萬元)",
             "實際\n投資\n(萬元)", "投資概\n算控制"]
    for i, h in enumerate(heads):
        put(r, 2 + i, h, "b")
        put(r + 1, 2 + i, 0, "c")
    r += 2
    put(r, 1, "厲行節約保障措施", "b")
    put(r, 2, "《專項資金管理辦法》《岳陽樓區文化旅游廣電體育局內控管理辦法》", "l")
    merges.append(f"B{r}:G{r}")
    r += 1
    put(r, 1, "說明:“項目支出”欄應填報除基本支出以外的全部項目支出情況,“公用經費”", "n")
    merges.append(f"A{r}:G{r}")
    last = r

    for rr, cc, v, st in rows:
        cell = ws.cell(row=rr, column=cc, value=v)
        if st == "h":
            cell.font, cell.alignment = title_font, wrapc
        elif st in ("t", "b"):
            cell.font, cell.alignment = bold, wrapc
        elif st in ("l", "n"):
            cell.font, cell.alignment = font, wrap
        else:
            cell.font, cell.alignment = font, wrapc
    for rr in range(5, last):
        for cc in range(1, 8):
            ws.cell(row=rr, column=cc).border = BOX
    for m in merges:
        ws.merge_cells(m)
    ws.row_dimensions[1].height = 36
    ws.row_dimensions[last - 3].height = 48
    ws.row_dimensions[last].height = 30
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_area = f"A1:G{last}"
    props = wb.properties
    props.creator = "blind268"
    props.lastModifiedBy = "blind268"
    props.created = FIXED_DT
    props.modified = FIXED_DT
    wb.save(path)


# ---------------------------------------------------------------------------
# document 4: 瑶海区农林水务局 2022 党建工作项目部门评价报告
# ---------------------------------------------------------------------------


def build_yh(path):
    doc = new_doc()
    para(doc, "附件2:合肥市瑶海区农林水务局2022年度项目支出部门评价报告和绩效自评表(共15个)", 10.5)
    para(doc, "")
    para(doc, "2022 年党建工作项目部门评价报告", 16, True, True)
    para(doc, "一、项目基本情况", 12, True)
    para(doc, "(一)项目概况", 12)
    para(doc, "1.项目立项情况", 12)
    para(doc, "党建工作是党支部为保持自身先进性、纯洁性而开展的一系列必要学习与工作。"
              "年初安排预算资金 1 万元用于该项目,主要用来开展党建活动、购买党建学习书籍等。", 12)
    para(doc, "2.项目执行情况", 12)
    para(doc, "完成组织能力的提升:基层党组织发挥了战斗堡垒作用,党员发挥了先锋模范作用,"
              "政治意识、大局意识得到增强,努力开创基层党建工作新局面。", 12)
    para(doc, "(二)项目绩效目标", 12)
    para(doc, "1.项目年度总体目标", 12)
    para(doc, YH_GOAL, 12)
    para(doc, "2. 总体目标完成情况", 12)
    para(doc, "完成组织能力的提升:发挥基层党组织战斗堡垒作用和党员先锋模范作用,增强", 12)
    doc.save(path)


BUILDERS = {
    "blind268_yueyangxian_rongwanhu_2016_zhengti_zipingbaogao": build_rwh,
    "blind268_yueyanglouqu_zhengfuban_2021_zhengti_zipingbaogao": build_zfb,
    "blind268_yueyanglouqu_wenlv_2023_jichushujubiao": build_wl,
    "blind268_yaohaiqu_nonglinshuiwu_2022_dangjian_pingjiabaogao": build_yh,
}

# ---------------------------------------------------------------------------
# determinism
# ---------------------------------------------------------------------------


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    stamp = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    if "docProps/core.xml" in items:
        items["docProps/core.xml"] = re.sub(
            rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
            rb"\g<1>" + stamp + rb"\g<2>", items["docProps/core.xml"])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def same_len(match, fill):
    return fill[:len(match)].ljust(len(match), b"0")


def normalize_pdf(path):
    with open(path, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)",
                  lambda m: m.group(0)[:m.group(0).index(b"(D:") + 3]
                  + same_len(m.group(0)[m.group(0).index(b"(D:") + 3:-1], b"20240101000000Z")
                  + b")", data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)",
                  lambda m: m.group(1) + same_len(m.group(0)[len(m.group(1)):-len(m.group(2))],
                                                  b"2024-01-01T00:00:00Z") + m.group(2), data)
    data = re.sub(rb"(<xmpMM:(?:DocumentID|InstanceID)>)[^<]*(</xmpMM:)",
                  lambda m: m.group(1) + same_len(m.group(0)[len(m.group(1)):-len(m.group(2))],
                                                  b"uuid:0") + m.group(2), data)
    with open(path, "wb") as fh:
        fh.write(data)


def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# annotations and checks
# ---------------------------------------------------------------------------


def write_annotations(base, gold):
    os.makedirs(ANN, exist_ok=True)
    body = {k: v for k, v in gold.items() if k != "ext"}
    for ext in (gold["ext"], "pdf"):
        name = f"{base}.{ext}"
        rec = {"source": name}
        rec.update(copy.deepcopy(body))
        with open(os.path.join(ANN, f"{name}.json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(base, gold):
    pdf = os.path.join(HERE, f"{base}.pdf")
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = squash(text)
    wanted = []
    for ind in gold["indicators"]:
        wanted += [ind["name"], ind.get("target_text") or ""]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if w and squash(w) not in flat]
    return missing


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def build_all():
    sums = {}
    for base, gold in GOLD.items():
        src = os.path.join(HERE, f"{base}.{gold['ext']}")
        BUILDERS[base](src)
        normalize_zip(src)
        pdf = to_pdf(src)
        write_annotations(base, gold)
        sums[os.path.basename(src)] = md5(src)
        sums[os.path.basename(pdf)] = md5(pdf)
    return sums


def main():
    first = build_all()
    second = build_all()
    ok = True
    for name in sorted(first):
        same = first[name] == second[name]
        ok &= same
        print(f"{'same' if same else 'DIFF'} {first[name]} {name}")
    for base, gold in GOLD.items():
        missing = check_pdf(base, gold)
        ok &= not missing
        n = (len(gold["indicators"]), len(gold["goals"]), len(gold["facts"]), len(gold["findings"]))
        print(f"{base}: indicators={n[0]} goals={n[1]} facts={n[2]} findings={n[3]}"
              f" missing={missing}")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
