"""Build the blind256 part: four documents reproduced from stored public pages.

Gold first (GOLD dict), then the builders, then PDF export, annotations and checks.
Run: /tmp/wvenv/bin/python make_blind256_layouts.py
"""

import copy
import datetime as _dt
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
OUT = HERE
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind256"
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"

URL_A = "http://kanqiu123.com/public/6608171/9468691.html"
URL_B = "http://wdocx.com/info/1/89704.html"
URL_C = "https://baoshan.gov.cn/info/6127/10101674.htm"
URL_D = "https://www.tengchong.gov.cn/info/9282/2977623.htm"

FILE_A = "blind256_yuan_wuzhuo_jiuzhu_ziping.docx"
FILE_B = "blind256_fupin_jiuchang_ziping.docx"
FILE_C = "blind256_baoshan_guer_fafang.xlsx"
FILE_D = "blind256_tengchong_guer_jidu.docx"


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- gold (written before any file is read)
GOLD = {
    FILE_A: {
        "source_urls": [URL_A],
        "province": "安徽省",
        "doc_kind": "民生工程绩效自评报告(叙述式,按评分表分值逐项自评)",
        "patterns": [],
        "indicators": [
            ind("投入", None, "项目立项", weight=10, score=10),
            ind("投入", None, "资金落实", weight=10, score=10),
            ind("投入", "资金落实", "资金到位率", unit="%", actual=100),
            ind("投入", "资金落实", "到位及时率", unit="%", actual=100),
            ind("过程", None, "项目管理", weight=22, score=22),
        ],
        "goals": [],
        "facts": [
            {"metric": "投入分值", "kind": "sum", "total": 18, "parts": [10, 10], "unit": "分"},
            {"metric": "投入自评得分", "kind": "sum", "total": 18, "parts": [10, 10], "unit": "分"},
        ],
        "findings": [
            {"rule": "consistency.score_total", "item": "投入",
             "why": "投入写作分值18分、自评得18分,但其下项目立项10分+资金落实10分=20分,得分10+10=20分,与18分不符"},
        ],
        "notes": (
            "裕安区(六安市)民政局2020年生活无着人员社会救助民生工程自评报告,页面为镜像站存储文本。"
            "文中政策文件名被镜像站注入了“比分直播,篮球比分直播”字样,按原样保留(名称是事实)。"
            "存储页面在“二、过程”下“(一)项目管理”一段的“并根据救助情况适时推送全国”处中断,"
            "因此只复现到此;过程的其余二级项(应为10分)、产出、效果各部分及总分95分的构成都看不到,"
            "不据此判断95分是否合计正确。资金到位率、到位及时率只写了完成值100%,没有目标值,"
            "故value/operator为null、actual=100。83人、12万元、转介遣送返乡15人、信息识别12人是完成情况叙述,"
            "未作为指标行。文中无独立的年度目标段落,goals为空。长句均已改写,数字、文号、名称保留。"
        ),
    },
    FILE_B: {
        "source_urls": [URL_B],
        "province": None,
        "doc_kind": "财政专项扶贫资金项目绩效自评报告(叙述式,扶贫酒厂改建)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "项目资金构成", "kind": "sum", "total": 40.83,
             "parts": [12.08, 18.8, 6.75, 3.2], "unit": "万元"},
            {"metric": "项目资金执行率", "kind": "rate", "total": 40.83, "parts": [40.83],
             "unit": "%", "stated_rate": 100},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "数量指标",
             "why": "报告称设定了数量、质量、时效、成本、社会效益、可持续影响、满意度指标,却没有写出任何三级指标名称或目标值,无法对照评价"},
        ],
        "notes": (
            "文库站上的一篇镇村扶贫酒厂财政专项扶贫资金自评报告,未写地名和年度(只出现2020年11月10日),"
            "province记为null。14户39人分红、每户700元、占地2000平方米、产量10万斤、利润2万元都是完成情况,"
            "文中没有对应的目标值,所以不作为指标行;这是一份“目标只出现在叙述里且实际上没有目标值”的文件。"
            "资金构成12.08+18.8+6.75+3.2=40.83万元,与“共计40.83万元”一致;执行率100%与40.83/40.83一致。"
            "存储页面在“(一)资金投入情况分析”第3点“项目资金专款专用,专人管理。”处结束,"
            "后续的产出、效益分析看不到,不据此判断缺少效益分析。长句已改写,数字与规格(3*1.8*2)按原样保留。"
        ),
    },
    FILE_C: {
        "source_urls": [URL_C],
        "province": "云南省",
        "doc_kind": "孤儿等困境儿童基本生活费发放情况统计表(按县区分列人数与资金)",
        "patterns": [1],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "实发人数合计", "kind": "sum", "total": 838,
             "parts": [55, 212, 101, 278, 141, 51], "unit": "人"},
            {"metric": "实发人数合计(按类别)", "kind": "sum", "total": 838,
             "parts": [13, 198, 560, 67], "unit": "人"},
            {"metric": "孤儿数(散居)", "kind": "sum", "total": 198,
             "parts": [57, 25, 67, 25, 24], "unit": "人"},
            {"metric": "事实无人抚养儿童数", "kind": "sum", "total": 560,
             "parts": [42, 129, 67, 192, 105, 25], "unit": "人"},
            {"metric": "艾滋病病毒感染儿童数", "kind": "sum", "total": 67,
             "parts": [26, 9, 19, 11, 2], "unit": "人"},
            {"metric": "实发资金合计", "kind": "sum", "total": 115.775,
             "parts": [11, 28.71, 13.635, 36.51, 19.035, 6.885], "unit": "万元"},
            {"metric": "中央和省级补助资金", "kind": "sum", "total": 108.977,
             "parts": [6.71, 27.01, 12.827, 36.51, 19.035, 6.885], "unit": "万元"},
            {"metric": "州(市)配套资金", "kind": "sum", "total": 5.544,
             "parts": [4.29, 0.85, 0.404, 0, 0], "unit": "万元"},
            {"metric": "县(市、区)配套资金", "kind": "sum", "total": 1.254,
             "parts": [0.85, 0.404, 0], "unit": "万元"},
            {"metric": "结余资金(中央和省级)", "kind": "sum", "total": 65.15782,
             "parts": [43.0893, 20.085, 1.98352], "unit": "万元"},
            {"metric": "市本级实发资金", "kind": "sum", "total": 11, "parts": [6.71, 4.29], "unit": "万元"},
            {"metric": "隆阳区实发资金", "kind": "sum", "total": 28.71,
             "parts": [27.01, 0.85, 0.85], "unit": "万元"},
            {"metric": "施甸县实发资金", "kind": "sum", "total": 13.635,
             "parts": [12.827, 0.404, 0.404], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "存储页面从表头开始,没有标题和年度;保山市下各县区孤儿、事实无人抚养儿童、艾滋病病毒感染儿童基本生活费的"
            "人数和资金。存储文本把空单元格合并掉了,列位靠合计行反推:市本级13人为机构养育孤儿、42人为事实无人抚养儿童,"
            "11为实发资金合计(=6.71+4.29);腾冲市的0记在州(市)配套列、县配套空,43.0893为结余;昌宁县1.98352为结余。"
            "按此排列,所有列合计与各县区之和一致(838、198、560、67、115.775、108.977、5.544、1.254、65.15782),"
            "行内实发资金也等于各来源之和,故没有一致性问题。补助标准一列是一段说明文字,纵向合并;"
            "其中“1350/人·月”缺“元”,照录。表里没有绩效指标和目标,indicators为空:读取工具不应把人数或资金列当作指标。"
            "页面在合计行后结束。"
        ),
    },
    FILE_D: {
        "source_urls": [URL_D],
        "province": "云南省",
        "doc_kind": "孤儿等困境儿童基本生活费季度发放情况公示(网页表格加备注)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "腾冲市民政局2021年6月发布的一、二季度发放公示:页首是索引号等信息栏,随后是按保障对象分列的人次和金额,"
            "最后是认定条件和发放标准的备注。表中没有合计行,所以facts为空;金额与人次×标准一致"
            "(19×1980=37620,21×1980=41580,248×1280=317440,243×1280=311040,104×1280=133120,102×1280=130560),"
            "事实无人抚养儿童为差额发放、福彩圆梦助学按学年加月补,不能简单相乘。没有绩效指标或目标,"
            "indicators为空:1980元/月等是补助标准,不是绩效目标。备注长句已改写,文号和金额保留。页面在备注第3条后结束。"
        ),
    },
}


# ---------------------------------------------------------------- helpers
def set_cjk_font(run, size=None, bold=None):
    run.font.name = "Noto Sans CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def para(doc, text, size=11, bold=False, align=None, indent=False):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(22)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    set_cjk_font(run, size, bold)
    return p


def cell_text(cell, text, size=10, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    set_cjk_font(run, size, bold)


def fix_core(doc, title):
    cp = doc.core_properties
    fixed = _dt.datetime(2024, 1, 1, 0, 0, 0)
    cp.author = "blind256"
    cp.last_modified_by = "blind256"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = title


def normalise_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    items = []
    for name in sorted(zin.namelist()):
        content = zin.read(name)
        if name == "docProps/core.xml":
            txt = content.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
            content = txt.encode("utf-8")
        items.append((name, content))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, content in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    Path(path).write_bytes(buf.getvalue())


# ---------------------------------------------------------------- document A (DOCX)
def build_a():
    doc = Document()
    fix_core(doc, "裕安区2020年生活无着人员社会救助民生工程绩效自评报告")
    para(doc, "裕安区2020年生活无着人员社会救助民生工程绩效自评报告", 15, True, "center")
    para(doc, "来源单位:裕安区民政局    发布时间:2021-01-08 17:07    访问量:", 9, align="center")
    para(doc, "区民生办:", 11)
    para(doc, "我局依照《六安市生活无着人员社会救助民生工程绩效评价得分表》,对本区2020年生活无着人员"
              "社会救助民生工程逐项开展了自我评价,自评得分95分。具体情况报告如下:", indent=True)
    para(doc, "一、投入(分值18分,自评得18分)", 12, True)
    para(doc, "(一)项目立项(分值10分,自评得10分)", 11, True)
    para(doc, "依据《安徽省人民政府比分直播,篮球比分直播2020年实施33项民生工程的通知》,我局会同区财政局"
              "印发《裕安区生活无着人员社会救助实施办法》(裕民福利[2020]19号),对保障对象、保障标准和"
              "申报程序作出规定,坚持应保尽保,申报、审核、拨付各环节均按程序办理,使本区生活无着人员的"
              "基本生活权益得到保障;绩效目标设定合理,经过细化后指标更加明确。截至2020年12月,全区累计"
              "救助生活无着人员83人,救助金额12万元。区财政每年把生活无着人员基本生活保障供养资金全额列入"
              "预算、据实拨付;区民政局按股室分工,将此项救助纳入社会救助统一管理,上下一致、衔接顺畅。",
         indent=True)
    para(doc, "(二)资金落实(分值10分,自评得10分)", 11, True)
    para(doc, "2020年度共发放生活无着人员救助资金12万元,资金到位率100%,到位及时率100%。", indent=True)
    para(doc, "二、过程(分值32分,自评得32分)", 12, True)
    para(doc, "(一)项目管理(分值22分,自评得22分)", 11, True)
    para(doc, "按照《安徽省人民政府比分直播,篮球比分直播2020年实施33项民生工程的通知》的部署,我局与区财政局"
              "联合印发《裕安区生活无着人员社会救助实施办法》(裕民福利[2020]19号),健全领导协调机制,"
              "明确目标任务,强化街面巡查和转介处置,会同公安、城管等部门开展街面巡查。市救助管理站转介"
              "遣送返乡15人,信息识别12人,并视救助情况适时推送全国", indent=True)
    path = OUT / FILE_A
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- document B (DOCX)
def build_b():
    doc = Document()
    fix_core(doc, "财政专项扶贫资金绩效自评报告")
    para(doc, "财政专项扶贫资金绩效自评报告", 15, True, "center")
    para(doc, "一、绩效目标分解下达情况", 12, True)
    para(doc, "1、财政专项扶贫资金下达预算及项目情况。", 11, True)
    para(doc, "本年度资金40.83万元,全部为本年度财政拨款,执行率100%。项目占地面积2000平方米,产量10万斤,"
              "利润为2万元;采用托管经营方式,年底向14户贫困户39人分红,已实现稳定脱贫。现已建成酒窖一间、"
              "发酵池12个,每个发酵池规格(长宽深)为3*1.8*2。资金用途为:建厂房、酒窖及基础设施建设12.08万元;"
              "购买变压器一套18.8万元;购置电锅炉一台6.75万元;增设发酵池十二个3.2万元;共计40.83万元。"
              "改建完成后带动14户贫困户分红,每户贫困户可分得分红款700元,已稳定脱贫。", indent=True)
    para(doc, "2、财政专项扶贫资金项目绩效目标设定情况。", 11, True)
    para(doc, "项目设定了数量指标、质量指标、时效指标、成本指标、社会效益指标、可持续影响指标、"
              "服务对象满意度指标。", indent=True)
    para(doc, "二、绩效自评开展情况", 12, True)
    para(doc, "2020年11月10日,为满足环保要求并扩大生产,镇村扶贫酒厂对发酵池和地下酒窖进行了改建;改建后"
              "生产规模扩大、成本下降、污染状况得到改善,符合环保要求,产品质量良好,各项指标均达标。",
         indent=True)
    para(doc, "三、绩效目标自评完成情况分析", 12, True)
    para(doc, "(一)资金投入情况分析", 11, True)
    para(doc, "1、年度资金40.83万元,本年度财政拨款40.83万元。", indent=True)
    para(doc, "2、项目资金执行率为100%。", indent=True)
    para(doc, "3、项目资金专款专用,专人管理。", indent=True)
    path = OUT / FILE_B
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- document C (XLSX)
STANDARD_TEXT = ("集中供养孤儿:2000元/人·月; 孤儿大中学生:740元/月+10000元/每学年助学资金; "
                 "散居孤儿、艾滋病感染儿童补助标准为1350/人·月。 事实无人抚养儿童差额补助")


def build_c():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name="Noto Sans CJK SC", size=9)
    bold = Font(name="Noto Sans CJK SC", size=9, bold=True)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    header = ["州(市)", "县(市、区)", "实发人数合计(人)", "孤儿数(人)", None,
              "事实无人抚养儿童数(人)", "艾滋病病毒感染儿童数(人)", "实发资金合计(万元)",
              "中央和省级补助资金(万元)", "州(市)配套资金(万元)", "县(市、区)配套资金(万元)",
              "结余资金(中央和省级)(万元)", "补助标准(元/月/人)", None]
    for c, v in enumerate(header, start=1):
        ws.cell(row=1, column=c, value=v)
    ws.cell(row=2, column=4, value="机构养育")
    ws.cell(row=2, column=5, value="散居")
    for col in (1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13):
        ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
    ws.merge_cells(start_row=1, start_column=4, end_row=1, end_column=5)
    rows = [
        ["保山市", "市本级", 55, 13, None, 42, None, 11, 6.71, 4.29, None, None, STANDARD_TEXT],
        [None, "隆阳区", 212, None, 57, 129, 26, 28.71, 27.01, 0.85, 0.85, None, None],
        [None, "施甸县", 101, None, 25, 67, 9, 13.635, 12.827, 0.404, 0.404, None, None],
        [None, "腾冲市", 278, None, 67, 192, 19, 36.51, 36.51, 0, None, 43.0893, None],
        [None, "龙陵县", 141, None, 25, 105, 11, 19.035, 19.035, 0, 0, 20.085, None],
        [None, "昌宁县", 51, None, 24, 25, 2, 6.885, 6.885, None, None, 1.98352, None],
        ["合计", None, 838, 13, 198, 560, 67, 115.775, 108.977, 5.544, 1.254, 65.15782, None],
    ]
    for r, row in enumerate(rows, start=3):
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
    ws.merge_cells(start_row=3, start_column=1, end_row=8, end_column=1)
    ws.merge_cells(start_row=3, start_column=13, end_row=8, end_column=13)
    ws.merge_cells(start_row=9, start_column=1, end_row=9, end_column=2)
    for r in range(1, 10):
        for c in range(1, 15):
            cell = ws.cell(row=r, column=c)
            cell.alignment = wrap
            cell.font = bold if r <= 2 or r == 9 else font
            if c <= 13:
                cell.border = border
    widths = [8, 9, 9, 7, 7, 10, 10, 9, 10, 9, 9, 11, 30, 3]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.row_dimensions[1].height = 48
    ws.row_dimensions[2].height = 18
    for r in range(3, 9):
        ws.row_dimensions[r].height = 34
    ws.row_dimensions[9].height = 20
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind256"
    wb.properties.lastModifiedBy = "blind256"
    wb.properties.created = _dt.datetime(2024, 1, 1)
    wb.properties.modified = _dt.datetime(2024, 1, 1)
    path = OUT / FILE_C
    wb.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- document D (DOCX)
def build_d():
    doc = Document()
    fix_core(doc, "腾冲市孤儿等困境儿童基本生活费发放情况")
    meta = doc.add_table(rows=3, cols=4)
    meta.style = "Table Grid"
    meta_rows = [["索引号", "01526020-0-/2021-0628003", "发布机构", "腾冲市民政局"],
                 ["公开目录", "社会福利", "发布日期", "2021-06-28 10:29:35"],
                 ["文号", "", "浏览量", ""]]
    for r, vals in enumerate(meta_rows):
        for c, v in enumerate(vals):
            cell_text(meta.cell(r, c), v, 9)
    para(doc, "")
    table = doc.add_table(rows=6, cols=5)
    table.style = "Table Grid"
    data = [["保障对象", "一季度发放 (人次)", "一季度发放资金(元)", "二季度发放 (人次)", "二季度发放资金(元)"],
            ["集中供养儿童", "19", "37620", "21", "41580"],
            ["散居孤儿", "248", "317440", "243", "311040"],
            ["事实无人抚养儿童", "532", "512329", "555", "532802"],
            ["“福彩圆梦”助学工程", "66", "99880", "66", "99880"],
            ["父母养育受艾滋病病毒感染儿童", "104", "133120", "102", "130560"]]
    for r, vals in enumerate(data):
        for c, v in enumerate(vals):
            cell_text(table.cell(r, c), v, 10, bold=(r == 0))
    para(doc, "")
    para(doc, "备注:1.孤儿认定条件:凭公安部门出具的父母双亡证明,或当地法院出具的父母失踪证明,认定为孤儿"
              "(其他证明材料依照云南省民政厅、云南省财政厅《关于发放孤儿基本生活费的通知》"
              "(云民福﹝2011﹞5号)办理)。", 10)
    para(doc, "2.事实无人抚养儿童认定条件:父母双方都属于重残、重病、服刑在押、强制隔离戒毒、被执行其他限制"
              "人身自由措施、失联、被撤销监护资格、被遣送(驱逐)出境这些情形之一的儿童;或者父母一方死亡、"
              "失踪,另一方属于上述情形之一且没有履行抚养义务的儿童。(依据云民发﹝2021﹞51号《关于进一步做好"
              "事实无人抚养儿童保障有关工作的通知》执行)。", 10)
    para(doc, "3.发放标准:依照《关于提高孤儿等特困儿童基本生活补助标准的通知》(云民办发〔2020〕148号),"
              "集中供养儿童1980元/月;散居孤儿、父母养育受艾滋病病毒感染儿童1280元/月;“福彩圆梦”助学工程"
              "每学年由中央补助10000元,省级和地方另按每月680元补助;事实无人抚养儿童以1280元/月为标准,"
              "结合家庭成员纳入低保、特困保障的情况差额发放。", 10)
    path = OUT / FILE_D
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------- PDF export and normalisation
def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(OUT), str(path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    data = pdf.read_bytes()

    def same_len(m, fill):
        return m.group(1) + fill * len(m.group(2)) + m.group(3)

    data = re.sub(rb"(/CreationDate\s*\(D:)([^)]*)(\))", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(/ModDate\s*\(D:)([^)]*)(\))", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(>\s*<)([0-9A-Fa-f]{32})(>\s*\])", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(<xmp:CreateDate>)([^<]*)(</xmp:CreateDate>)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(<xmp:ModifyDate>)([^<]*)(</xmp:ModifyDate>)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(<xmp:MetadataDate>)([^<]*)(</xmp:MetadataDate>)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})()", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()", lambda m: same_len(m, b"0"), data)
    pdf.write_bytes(data)
    return pdf


def write_annotations(name):
    ANN.mkdir(exist_ok=True)
    base = GOLD[name]
    for fname in (name, str(Path(name).with_suffix(".pdf"))):
        rec = {"source": fname}
        rec.update(copy.deepcopy(base))
        (ANN / f"{fname}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(name):
    pdf = OUT / Path(name).with_suffix(".pdf")
    txt = squash(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                                capture_output=True, text=True).stdout)
    txt_raw = squash(subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                                    capture_output=True, text=True).stdout)
    g = GOLD[name]
    wanted = []
    for i in g["indicators"]:
        wanted.append(i["name"])
        if i["target_text"]:
            wanted.append(i["target_text"])
    wanted += [x["text"] for x in g["goals"]]
    wanted += [f["item"] for f in g["findings"]]
    missing = [w for w in wanted if squash(w) not in txt and squash(w) not in txt_raw]
    return missing


def main():
    build_a()
    build_b()
    build_c()
    build_d()
    problems = []
    for name in (FILE_A, FILE_B, FILE_C, FILE_D):
        to_pdf(OUT / name)
        write_annotations(name)
        missing = check_pdf(name)
        if missing:
            problems.append((name, missing))
    for name, missing in problems:
        print("MISSING in", name, missing)
    if problems:
        sys.exit(1)
    print("ok: 4 documents, 8 files, annotations written, PDF text check passed")


if __name__ == "__main__":
    main()
