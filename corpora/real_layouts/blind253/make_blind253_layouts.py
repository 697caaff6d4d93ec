"""blind253: department-wide performance documents, rebuilt from stored pages.

The gold (GOLD) is written first, before any file is built or read. The script then
builds two DOCX-only and one XLSX layout plus a DOCX evaluation cover, exports each to
PDF with LibreOffice, writes one annotation JSON per file (DOCX/XLSX and PDF each), and
checks with pdftotext that every indicator name, target text, goal text and finding
item appears in its PDF. Files are made deterministic; the script builds everything
twice and compares md5 sums.
"""

import datetime
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
PROFILE = "file:///tmp/lo_blind253"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

F_D1 = "blind253_danzhou_sifaju_2017_zhengti_pingjia.docx"
F_D2 = "blind253_bumen_zhengti_pingjia_zhibiao.xlsx"
F_D3 = "blind253_luohu_xinfangju_2019_bumen_yusuan.docx"
F_D4 = "blind253_wuding_xinfangju_2022_zhengti_ziping.docx"

U_D1 = "https://www.danzhou.gov.cn/danzhou/cz/sj/201901/t20190103_2111975.html"
U_D2 = "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm"
U_D3 = "http://www.szlh.gov.cn/lhqxfj/gkmlpt/content/6/6059/post_6059702.html"
U_D4 = "http://ynwd.gov.cn/info/5074/124330.htm"


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- texts used by gold and builders
D2_STD_1 = "以100%为标准。在职人员控制率≤100%，计1分；每超过一个百分点扣0.1分，扣完为止。"
D2_STD_2 = "“三公经费”变动率≤0，计3分；“三公经费”变动率>0，每超过一个百分点扣0.3分，扣完为止。"
D2_STD_3 = ("①招待费用明确招待标准和招待人数，1分；②车辆维护、燃油使用政府定点，1分。"
            "③制定“三公经费”管理办法，1分，每少一项扣1分，扣完为止。")
D2_STD_4 = "“公务招待费”变动率≤0，计2分；“公务招待费变动率”>0，每超过一个百分点扣0.2分，扣完为止。"
D2_STD_5 = "“公务用车购置运行费”变动"

D3_GOALS = [
    "继续落实领导包案督办制度，充实专案专班力量",
    "理顺受理、化解、保障三个信访工作平台的运转流程，建立针对性更强、更加简便实用的信访工作新机制",
    "推进值班工作规范化，提高值班平台的信息化水平，健全信息报送、预警信息发送等工作制度",
    ("完善应急救援体系，巩固防震减灾示范社区（学校）创建成果，推动室外应急避难场所按标准化要求管理运行，"
     "进一步提升全区应急处置整体水平"),
    "加强业务培训和学习研讨，提升信访干部的业务水平和现场处置能力",
]

D4_GOAL = ("武定县信访局将以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大和二十届一中全会精神，"
           "认真落实习近平总书记关于信访工作的指示精神以及全国第九次信访工作会议、全省信访工作会议、"
           "全州信访工作会议精神，深入学")

# ---------------------------------------------------------------- GOLD (written before anything is built)
GOLD = {
    F_D1: {
        "source_urls": [U_D1],
        "province": "海南省",
        "doc_kind": "部门整体支出绩效评价报告（第三方评价，封面、评价结果表与目录）",
        "patterns": [8],
        "indicators": [
            ind(None, None, "投入", weight=15, score=15.0),
            ind(None, None, "过程", weight=55, score=43.97),
            ind(None, None, "产出", weight=15, score=9.0),
            ind(None, None, "效果", weight=15, score=15.0),
        ],
        "goals": [],
        "facts": [
            {"metric": "实际得分", "kind": "sum", "total": 82.97,
             "parts": [15.0, 43.97, 9.0, 15.0], "unit": "分"},
            {"metric": "分值", "kind": "sum", "total": 100, "parts": [15, 55, 15, 15], "unit": "分"},
        ],
        "findings": [],
        "notes": (
            "儋州市司法局2017年度部门整体支出绩效评价报告（海南永信德威会计师事务所）的封面部分：报告单位、"
            "报告文号（原文只写'永信德威会绩字(2018)'，没有序号，照录）、报告日期、'绩效评价结果'表（评价指标 │ 分值 │ "
            "实际得分，分值带'分'字，总分行不带）、空着的'绩效评级'单元格、分级规则、评价小组、目录。"
            "存储页面在目录'3.2过程'一行处中断，文档也到此为止。四个维度的行只有分值和得分，没有目标值，"
            "所以 operator/value/target_text 为 null。得分合计 15.00+43.97+9.00+15.00=82.97 与总分一致，"
            "分值合计100一致，故不报 consistency.sum/score_total。'绩效评级'格为空：按文中规则82.97分应为'良'，"
            "但文档没有写出等级，无法比对，所以不报 consistency.grade，只在此记录。按domain.md §1c，产出+效果只占30分"
            "（低于60%），但规则表里没有对应的规则id，也不报。评价小组成员姓名是事实，照录。"
        ),
    },
    F_D2: {
        "source_urls": [U_D2],
        "province": None,
        "doc_kind": "部门整体支出绩效评价指标体系表（评分标准表，残页）",
        "patterns": [1, 5],
        "indicators": [
            ind("投入", "预算配置", "财政供养人员控制率", "<=", 100, "%", "在职人员控制率≤100%", weight=1),
            ind("投入", "预算配置", "“三公经费”变动率", "<=", 0, None, "“三公经费”变动率≤0", weight=3),
            ind("投入", "预算配置", "“三公经费”管理", None, None, None, D2_STD_3, weight=3),
            ind("投入", "预算配置", "公务招待费变动率", "<=", 0, None, "“公务招待费”变动率≤0", weight=2),
            ind("投入", "预算配置", "公务用车购置运行费变动率", weight=2),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "存储页面是一个转载站（页面标题混有广告词）上的PDF文字层，标题为'部门整体支出绩效评价指标'，"
            "没有写明地区和单位，province 设为 null；文中'以财政部门2016年决算编制数为准'是唯一的年份线索。"
            "文字层是按列交错抽出的，我按内容复原成一张表：一级指标'投入'（19分）与二级指标'预算配置'各自向下合并，"
            "三级指标5行。表头在存储文本里只见'一级/二级/三级指标、分值（两处）、评价标准、得分、备注'，"
            "放公式的那一列没有表头文字，我标为'指标解释'（这是我加的标签）。"
            "存储文本里'≤'被读成'W'（'W 100%'、'变动率W 0'），'>'和一处'≤'整个丢失（'“三公经费”变动率0,计3分'），"
            "'在职'的'职'字丢失，'X 100%'表示乘号；我按原文件应有的写法复原为'≤'、'>'、'在职'，保留'X 100%'。"
            "第1行的指标名是'财政供养人员控制率'，而解释和标准写的是'在职人员控制率'，名称不一致，照录。"
            "页面在第5行'公务用车购置运行费变动率'的解释和评价标准中途中断，这两个单元格只写到存储文本的最后几个字，"
            "该行没有目标值。一级'投入'标19分，可见的三级分值合计1+3+3+2+2=11，其余行在中断处之后，不作合计检查。"
            "这是评价指标体系（投入类指标放在投入维度下是正确的），所以不报 target.input_or_process；"
            "'≤0'的变动率没有写单位，但零值不需要单位，不报 missing_unit。本文件没有需要报的问题。"
        ),
    },
    F_D3: {
        "source_urls": [U_D3],
        "province": "广东省",
        "doc_kind": "部门预算公开说明（部门概况与年度工作目标，目标只见于文字）",
        "patterns": [],
        "indicators": [],
        "goals": [{"kind": "年度主要工作目标", "text": g} for g in D3_GOALS],
        "facts": [
            {"metric": "实有车辆", "kind": "sum", "total": 4, "parts": [2, 2], "unit": "辆"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": D3_GOALS[0][:20],
             "why": "'落实制度、充实力量'没有数量、时限或可检查的标准"},
            {"rule": "goal.unquantified", "item": D3_GOALS[1][:20],
             "why": "'理顺流程、建立新机制'只描述过程，没有任何可衡量的结果"},
            {"rule": "goal.unquantified", "item": D3_GOALS[2][:20],
             "why": "'提高信息化水平、健全制度'没有指标值或完成时间"},
            {"rule": "goal.unquantified", "item": D3_GOALS[3][:20],
             "why": "'进一步提升应急处置整体水平'没有基线和目标值"},
            {"rule": "goal.unquantified", "item": D3_GOALS[4][:20],
             "why": "'加强培训、提升水平'没有培训人次、场次或考核标准"},
        ],
        "notes": (
            "罗湖区人民政府信访局2019年部门预算（公开说明）的前半部分：目录、部门概况（职能、编制和车辆、"
            "2019年主要工作目标）、第二部分开头。存储页面在'比2018年减少5,969.'处中断，文档照样停在这里，"
            "所以无法核对收入增减；第六部分'部门预算绩效管理情况'（可能有绩效目标表）在中断处之后，"
            "因此不报 coverage.missing_dimension。五条工作目标写在一段里（'1.…；2.…'），全是定性措辞"
            "（强化/优化/加强/完善/提升），各报一条 goal.unquantified。车辆4辆=定编2辆+非定编2辆，合计一致。"
            "'行政编制数 15 人'等数字两侧的空格照存储文本保留。较长的句子是我用自己的话重写的，数字和名称照录。"
        ),
    },
    F_D4: {
        "source_urls": [U_D4],
        "province": "云南省",
        "doc_kind": "部门整体支出绩效自评报告（文字，基本情况部分）",
        "patterns": [],
        "indicators": [],
        "goals": [{"kind": "当年部门履职总体目标", "text": D4_GOAL}],
        "facts": [
            {"metric": "单位资产合计", "kind": "sum", "total": 26.19, "parts": [1.08, 25.11], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "武定县信访局2022年度整体支出绩效自评报告（页面标题为'整体支出绩效自评报告及项目支出绩效自评报告'）："
            "信息公开元数据行、标题、一（一）1-4。存储页面在'4.当年部门履职总体目标、工作任务'的第一句中途"
            "（'深入学'）中断，文档也停在'深入学'。可见部分的总体目标只是指导思想，没有数字，但目标的其余部分"
            "和后面的绩效指标都在中断处之后，所以不报 goal.unquantified 或 coverage 类问题。"
            "资产合计26.19万元=流动资产1.08万元+固定资产原值25.11万元（净值5.75万元不是加项），合计一致。"
            "'在职在编实有人数10人，退休人员4人'在原文2、3两点中重复出现，照样重复。"
            "较长的句子用我自己的话重写，数字、机构名、股室名照录。"
        ),
    },
}

# ---------------------------------------------------------------- helpers


def set_cjk_font(doc):
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), "Noto Serif CJK SC")


def fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "blind253"
    cp.last_modified_by = "blind253"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(n, zin.read(n)) for n in sorted(zin.namelist())]
    fixed = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                        rb"\g<1>" + fixed + rb"\g<2>", d) if n == "docProps/core.xml" else d)
             for n, d in items]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    tmp.replace(path)


# ---------------------------------------------------------------- D1 儋州市司法局 评价报告封面


def build_d1(path):
    doc = Document()
    set_cjk_font(doc)
    para(doc, "儋州市司法局 2017年度部门整体支出绩效评价报告", bold=True)
    para(doc, "2019-01-03")
    para(doc, "")
    para(doc, "儋州市司法局", bold=True, size=18, center=True)
    para(doc, "2017年度部门整体支出绩效评价报告", bold=True, size=18, center=True)
    para(doc, "")
    para(doc, "报告单位:海南永信德威会计师事务所")
    para(doc, "报告文号:永信德威会绩字(2018)")
    para(doc, "报告日期:二○一八年九月六日")
    para(doc, "")
    para(doc, "绩效评价结果", bold=True, center=True)
    rows = [("评价指标", "分值", "实际得分"), ("投入", "15分", "15.00分"), ("过程", "55分", "43.97分"),
            ("产出", "15分", "9.00分"), ("效果", "15分", "15.00分"), ("总分", "100", "82.97")]
    t = doc.add_table(rows=len(rows) + 2, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    r = len(rows)
    t.cell(r, 0).text = "绩效评级"
    t.cell(r, 1).merge(t.cell(r, 2))
    last = t.cell(r + 1, 0).merge(t.cell(r + 1, 2))
    last.text = "绩效评级:总分≥90分,优;80分≤总分<90,良;"
    last.add_paragraph("60分≤总分<80,中;总分<60分,差")
    para(doc, "")
    para(doc, "评价小组", bold=True)
    para(doc, "组长:杜连山")
    para(doc, "成员:李伟、彭靖淋、李展如")
    doc.add_page_break()
    para(doc, "目  录", bold=True, center=True)
    toc = [("1.引言", "1"), ("1.1部门职责概述", "1"), ("1.2部门支出描述", "3"), ("1.3部门项目实施情况", "3"),
           ("2.绩效评价概述", "3"), ("2.1绩效评价目的", "3"), ("2.2绩效评价实施过程", "3"),
           ("2.3绩效评价的局限性", "4"), ("3.部门整体支出绩效评价分析", "4"), ("3.1投入", "4")]
    for head, page in toc:
        para(doc, head + "·" * max(4, 40 - 2 * len(head)) + page)
    para(doc, "3.2过程" + "·" * 30)
    fix_core(doc, "儋州市司法局2017年度部门整体支出绩效评价报告")
    doc.save(path)


# ---------------------------------------------------------------- D2 部门整体支出绩效评价指标 (XLSX)


def build_d2(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评价指标"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap_left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    ws.merge_cells("A1:I1")
    ws["A1"] = "部门整体支出绩效评价指标"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    header = ["一级指标", "分值", "二级指标", "三级指标", "分值", "指标解释", "评价标准", "得分", "备注"]
    for c, h in enumerate(header, start=1):
        cell = ws.cell(row=2, column=c, value=h)
        cell.font = Font(bold=True)
        cell.alignment = wrap
    expl = [
        ("在职人员控制率=(在职人员数/编制数)X 100%，在职人员数：部门(单位)实际在职人数，"
         "以财政部门2016年决算编制数为准。编制数：机构编制部门核定批复的部门(单位)的人员编制数。"),
        ("“三公经费”变动率=[(本年度“三公经费”总额-上年度“三公经费”总额)/上年度“三公经费”总额]X 100%。"
         "“三公经费”：指政府部门人员因公出国(境)经费、公务车购置及运行费、公务招待费所产生的支出。"),
        "",
        "公务招待费变动率=[(本年度“公务招待费”总额-上年度“公务招待费”总额)/上年度“公务招待费”总额]X100%",
        "公务用车购置运行费变动率=[(本年",
    ]
    names = ["财政供养人员控制率", "“三公经费”变动率", "“三公经费”管理", "公务招待费变动率", "公务用车购置运行费变动率"]
    scores = [1, 3, 3, 2, 2]
    stds = [D2_STD_1, D2_STD_2, D2_STD_3, D2_STD_4, D2_STD_5]
    for i in range(5):
        r = 3 + i
        ws.cell(row=r, column=4, value=names[i])
        ws.cell(row=r, column=5, value=scores[i])
        ws.cell(row=r, column=6, value=expl[i] or None)
        ws.cell(row=r, column=7, value=stds[i])
    ws["A3"] = "投入"
    ws["B3"] = "19分"
    ws["C3"] = "预算配置"
    for col in "ABC":
        ws.merge_cells(f"{col}3:{col}7")
    for row in ws.iter_rows(min_row=2, max_row=7, max_col=9):
        for cell in row:
            cell.border = border
            if cell.row >= 3 and cell.column in (6, 7):
                cell.alignment = wrap_left
            elif cell.row >= 3:
                cell.alignment = wrap
    widths = {"A": 9, "B": 6, "C": 9, "D": 22, "E": 5, "F": 44, "G": 40, "H": 6, "I": 6}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2, max_row=7, max_col=9):
        lines = 1
        for cell in row:
            if cell.value is None:
                continue
            per_line = max(1, int(widths[cell.column_letter] / 2.2))
            lines = max(lines, -(-len(str(cell.value)) // per_line))
        ws.row_dimensions[row[0].row].height = 15 * lines + 8
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind253"
    wb.properties.lastModifiedBy = "blind253"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


# ---------------------------------------------------------------- D3 罗湖区信访局 2019 部门预算


def build_d3(path):
    doc = Document()
    set_cjk_font(doc)
    para(doc, "目 录", bold=True, center=True)
    for line in ["第一部分 部门概况", "第二部分 部门预算收支总体情况", "第三部分 部门预算支出具体情况",
                 "第四部分 政府采购预算情况", "第五部分 “三公”经费财政拨款预算情况",
                 "第六部分 部门预算绩效管理情况", "第七部分 其他需要说明情况", "第八部分 名词解释"]:
        para(doc, line)
    doc.add_page_break()
    para(doc, "2019年罗湖区人民政府信访局部门预算", bold=True, size=16, center=True)
    para(doc, "第一部分 部门概况", bold=True)
    para(doc, "一、主要职能", bold=True)
    para(doc, "本局承担罗湖区委、区政府的信访及应急、民防管理职能，对全区信访工作以及突发事件应急管理、"
              "民防业务管理进行指导、协调和督办；区信访局同时挂区信访大厅牌子，列入党委机构序列；"
              "区应急办属区政府工作部门，同时挂区民防办、区总值班室、区长专线办牌子，与区信访局合署办公。")
    para(doc, "二、机构编制及交通工具情况", bold=True)
    para(doc, "罗湖区人民政府信访局核定行政编制数 15 人，实有在编人数 15 人；事业编制数 0 人，实有在编人数 0 人；"
              "离休 0 人，退休 1 人。在基本支出工资福利中列支的雇员（含老工勤）6 人。公务用车改革已经完成，"
              "现有车辆 4 辆，其中定编车辆 2 辆、非定编车辆 2 辆。")
    para(doc, "三、2019年主要工作目标", bold=True)
    para(doc, "罗湖区人民政府信访局2019年的主要工作目标是：")
    para(doc, "；".join(f"{i}.{g}" for i, g in enumerate(D3_GOALS, start=1)) + "。")
    para(doc, "第二部分 部门预算收支总体情况", bold=True)
    para(doc, "2019年罗湖区人民政府信访局部门预算收入 1,793.46 万元，比2018年减少5,969.")
    fix_core(doc, "2019年罗湖区人民政府信访局部门预算")
    doc.save(path)


# ---------------------------------------------------------------- D4 武定县信访局 2022 整体支出自评报告


def build_d4(path):
    doc = Document()
    set_cjk_font(doc)
    para(doc, "索  引  号:11532329015178442p-/2023-1019056  公文范围:公开  发布机构:武定县政府办  失效日期:  "
              "发文字号:  主  题  词:  标      题:武定县信访局整体支出绩效自评报告及项目支出绩效自评报告  "
              "发布日期:2023年10月19日", size=8)
    para(doc, "武定县信访局整体支出绩效自评报告及项目支出绩效自评报告", bold=True, size=14, center=True)
    para(doc, "武定县信访局整体支出绩效自评报告", bold=True, size=16, center=True)
    para(doc, "(2022年度)", center=True)
    para(doc, "一、部门(单位)基本情况", bold=True)
    para(doc, "(一)概况", bold=True)
    para(doc, "1.主要职责职能武定县信访局是县人民政府主管信访工作的行政部门，职责包括：受理、交办和转送信访人"
              "提出的信访事项；办理上级和县级人民政府交办的信访事项；协调处理重要信访事项；督促检查信访事项的办理；"
              "研究分析信访情况并开展调查研究，及时向县级人民政府提出完善政策、改进工作的建议；指导县级人民政府"
              "其他工作部门和11个乡镇人民政府的信访工作；完成县委县人民政府领导交办的其他工作任务。")
    para(doc, "2.组织架构武定县信访局为正科级行政单位、一级预算单位，没有所属下级预算单位，领导职数为二正三副，"
              "内设局办公室、综合股、接访办信股、督查督办股、网络信息股共5个股室。2022年在职在编实有人数10人，"
              "退休人员4人。")
    para(doc, "3.人员及资产等基本情况。2022年在职在编实有人数10人，退休人员4人。截至2022年12月31日，"
              "单位资产合计26.19万元，其中：一是流动资产1.08万元；二是固定资产原值25.11万元，净值5.75万元。"
              "单位没有公务车辆和房屋构筑物。")
    para(doc, "4.当年部门履职总体目标、工作任务。" + D4_GOAL)
    fix_core(doc, "武定县信访局整体支出绩效自评报告（2022年度）")
    doc.save(path)


BUILDERS = {F_D1: build_d1, F_D2: build_d2, F_D3: build_d3, F_D4: build_d4}

# ---------------------------------------------------------------- PDF export and checks


def fix_pdf(path):
    data = path.read_bytes()

    def fixed_date(m):
        s = m.group(0)
        return s[:2] + b"20240101000000" + b"0" * (len(s) - 16)

    data = re.sub(rb"D:\d{14}[^)]*", fixed_date, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    path.write_bytes(data)


def export_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    pdf = outdir / (src.stem + ".pdf")
    fix_pdf(pdf)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout
    return re.sub(r"\s+", "", out.decode("utf-8"))


def check_pdf(pdf, gold):
    text = pdf_text(pdf)
    missing = []
    wanted = []
    for i in gold["indicators"]:
        wanted.append(i["name"])
        if i["target_text"]:
            wanted.append(i["target_text"])
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    for w in wanted:
        if re.sub(r"\s+", "", w) not in text:
            missing.append(w)
    return missing


def annotation(fname, gold):
    data = {"source": fname}
    data.update(gold)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def build_all(outdir):
    outdir.mkdir(parents=True, exist_ok=True)
    ann = outdir / "annotations"
    ann.mkdir(exist_ok=True)
    problems = []
    for fname, builder in BUILDERS.items():
        src = outdir / fname
        builder(src)
        normalize_zip(src)
        pdf = export_pdf(src, outdir)
        gold = GOLD[fname]
        (ann / (fname + ".json")).write_text(annotation(fname, gold), encoding="utf-8")
        (ann / (pdf.name + ".json")).write_text(annotation(pdf.name, gold), encoding="utf-8")
        miss = check_pdf(pdf, gold)
        if miss:
            problems.append((pdf.name, miss))
    return problems


def md5s(outdir):
    res = {}
    for p in sorted(outdir.rglob("*")):
        if p.is_file() and p.suffix in (".docx", ".xlsx", ".pdf", ".json"):
            res[str(p.relative_to(outdir))] = hashlib.md5(p.read_bytes()).hexdigest()
    return res


def main():
    problems = build_all(HERE)
    for name, miss in problems:
        print(f"MISSING in {name}: {miss}")
    first = md5s(HERE)
    with tempfile.TemporaryDirectory(prefix="blind253_") as tmp:
        build_all(Path(tmp))
        second = md5s(Path(tmp))
    diff = [k for k in first if first.get(k) != second.get(k)]
    for k, v in first.items():
        print(v, k)
    if diff:
        print("NOT DETERMINISTIC:", diff)
    else:
        print(f"md5 rebuild check: {len(first)} files identical")
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"gold: {n_ind} indicators, {n_goal} goals, {n_find} findings")
    if problems or diff:
        sys.exit(1)


if __name__ == "__main__":
    if shutil.which("soffice") is None:
        sys.exit("soffice not found")
    main()
