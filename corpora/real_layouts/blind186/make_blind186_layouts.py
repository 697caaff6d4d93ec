# -*- coding: utf-8 -*-
"""Part blind186: transport and water layouts (roads, rural passenger transport, irrigation, sponge city).

Gold first (plain Python data), then the builders: DOCX (python-docx) / XLSX (openpyxl),
PDF export with LibreOffice (own profile), annotations/<file>.json for the source file and its PDF,
and a check that every indicator name, target text, goal text and finding item is in pdftotext output.

Run: /tmp/venv/bin/python make_blind186_layouts.py
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "blind186"
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------------------------

# Doc 1: Yunnan, Xishuangbanna, irrigation water use coefficient (assessment, target + statistics)
BN_ROWS = {
    # unit: [(year, gross, area, net, coefficient, status)]
    "西双版纳州": [("2013", 42714, 73.29, 22728, 0.5321, ""),
                ("2014", 38414, 74.35, 20786, 0.5411, ""),
                ("2015", 36829, 75.68, 20460, 0.5555, "完成")],
    "景洪市": [("2013", 13614, 24.95, 7240, 0.5318, ""),
            ("2014", 12871, 25.26, 6967, 0.5413, ""),
            ("2015", 12393, 25.56, 6819, 0.5502, "完成")],
    "勐海县": [("2013", 19275, 32.81, 10270, 0.5328, ""),
            ("2014", 16832, 33.29, 9114, 0.5415, ""),
            ("2015", 16290, 34.11, 8998, 0.5524, "完成")],
}

GOLD_BN = {
    "source_urls": ["https://777doc.com/doc-3037276.html"],
    "province": "云南省",
    "doc_kind": "指标完成情况说明(考核自查)",
    "patterns": [5, 9],
    "indicators": [
        {"level1": None, "level2": None, "name": "农业灌溉水有效利用系数", "operator": ">=", "value": 0.55,
         "unit": None, "target_text": "≥0.55", "actual": 0.5555, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "%s%s年灌溉水有效利用系数" % (unit, y), "kind": "rate", "numerator": net,
         "denominator": gross, "stated_rate": coef, "unit": None,
         "note": "实际净灌溉用水量/农业灌溉毛用水量(万立方米),表中4位小数"}
        for unit, rows in BN_ROWS.items() for (y, gross, area, net, coef, st) in rows
    ],
    "findings": [],
    "notes": ("One assessed indicator (考核标准 ≥0.55) with an 指标解释 section (definition and formula) and three "
              "statistics tables (2013-2015) whose rows are numbers, not funds (pattern 9). The 2015 rows carry "
              "'完成' in 指标完成情况; the 2013/2014 cells are empty as found (values 0.5321/0.5411 etc. are below "
              "0.55, but the target reads as the assessed year's standard, so no deviation finding). Every "
              "stated coefficient equals net/gross to 4 decimals (facts kind 'rate'). The title says 2012-2014 and "
              "the sentence after table 1 says 2012-2014 while the tables cover 2013-2015: kept as found, no rule "
              "id fits. The formula symbol η was lost in the stored text ('WW净毛式中:——'); rebuilt as η=W净/W毛. "
              "Page numbers 1/2/3 of the source not reproduced. The stored page stops at the header word '年份' of "
              "the 勐腊县 table: the document stops there (title and one header row only)."),
}

# Doc 2: national, sponge-city pilot evaluation indicator system (scored list, traditional characters as found)
GOLD_HM = {
    "source_urls": ["http://www.kstxie.cn/htm/2016/0421/248789.html"],
    "province": "全国",
    "doc_kind": "绩效评价指标体系",
    "patterns": [5, 6],
    "indicators": [
        {"level1": None, "level2": None, "name": "資金使用和管理", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 15, "score": None},
        {"level1": None, "level2": None, "name": "政府和社會資本合作", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 10, "score": None},
        {"level1": None, "level2": None, "name": "成本補償保障機制", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 10, "score": None},
        {"level1": None, "level2": None, "name": "產出數量", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 20, "score": None},
        {"level1": None, "level2": None, "name": "產出質量", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 10, "score": None},
    ],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("News-page list of scored evaluation indicators in traditional characters (the stored mirror page); "
              "each item is a heading 'n、名称(0-N分)' (weight written in the name line, pattern 6), a scoring "
              "rule (评分标准, pattern 5) and an '指標解釋' line. No targets and no scores: weights only. The stored "
              "page stops inside item 5 ('…對比'), so weights seen add to 65, not 100: no score_total finding because "
              "the cut is the page's, and the rest of the list is missing. Scoring sentences rewritten in own words "
              "with every threshold and point value kept."),
}

# Doc 3: Tianjin, village passenger bus reward-subsidy project, third-party evaluation report (prose)
GOLD_TJ = {
    "source_urls": ["https://cz.tj.gov.cn/zwgk_53713/yjsgktypt/jxgk/2021nczjxpjbg/202203/t20220304_5821050.html"],
    "province": "天津市",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "评价结果", "kind": "grade", "total": 86.88, "grade": "良", "unit": "分",
         "note": "86.88 lies in 良 (80-90), consistent"},
    ],
    "findings": [],
    "notes": ("Prose only. Result and grade in the first paragraph (pattern 10). No goal is stated before the page "
              "stops (background and content only), so goals is empty. Paragraphs rewritten in own words; document "
              "names, document numbers, dates, 86.88 and 良 kept. The stored page stops in '2.主要内容' after "
              "'…等指标进行考核认定,'; the document stops there."),
}

# Doc 4: Hebei, Zhangjiakou, G110 pavement maintenance project evaluation report (prose, traditional as found)
GOLD_ZJK = {
    "source_urls": ["http://m.cornels-photography.com/paper/188922052.html"],
    "province": "河北省",
    "doc_kind": "绩效评价报告",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "路段全长", "kind": "difference", "total": 3.5, "parts": [278.403, 274.903], "unit": "公里",
         "note": "終點樁號k278+403 − 起點樁號k274+903 = 3.5 公里, consistent"},
    ],
    "findings": [],
    "notes": ("Prose only: a cover block (評價類型 with a stray '\"' where a check box stood, 項目編碼 left blank, "
              "項目承擔單位, 預算單位, 填報日期: pattern 8) and the start of 一、項目概況. The title repeats "
              "'項目項目' and the document numbers lost their brackets ('冀交規 2014199 號', '冀交公路 2012594 號'): "
              "kept as found. The mirror's pinyin annotations such as '(yǎng)' are site noise and were dropped. "
              "The stored page stops at '…施工圖設計文件的 批復,批'; the document stops there."),
}

# Doc 5: national, river and lake ecological protection fund, evaluation indicators and scoring method (XLSX header only)
GOLD_JH = {
    "source_urls": ["https://max.book118.com/html/2023/1103/7102166011006003.shtm"],
    "province": "全国",
    "doc_kind": "绩效评价指标与评分方法",
    "patterns": [5, 8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "table_not_understood", "item": "江河湖泊生态环境保护项目资金绩效评价指标与评分方法",
         "why": "scoring table with header rows (序号/评价指标/分值分配/指标解释/基础信息/评分标准/计分结果/备注) "
                "but no indicator row: the table yields nothing and must not pass as an empty success"},
    ],
    "notes": ("Spreadsheet (the page is a preview of an .xlsx). Two header rows: 基础信息 spans 基准年数据(实际方案基准年:"
              "  年) and 总体目标数据(实施方案期末年:  年 — the second sub-header is cut without its closing "
              "parenthesis, kept as found; the blanks before 年 are template blanks (pattern 8). The stored page stops "
              "after the header rows: no data row. Header words beyond the usual (基础信息, 计分结果, 基准年数据: "
              "pattern 5)."),
}

DOCS = [
    ("yunnan-xishuangbanna-guangaixishu-wanchengshuoming", "docx", GOLD_BN),
    ("quanguo-haimianchengshi-shidian-pingjiazhibiao", "docx", GOLD_HM),
    ("tianjin-cuncuntongkeche-yijiangdaibu-pingjiabaogao", "docx", GOLD_TJ),
    ("hebei-zhangjiakou-guodao110-yanghu-pingjiabaogao", "docx", GOLD_ZJK),
    ("quanguo-jianghuhubo-shengtaibaohu-pingfenfangfa", "xlsx", GOLD_JH),
]

# ---------------------------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402

CJK_FONT = "Noto Serif CJK SC"


def new_doc(title):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = CJK_FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = CJK_FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = "" if val is None else str(val)
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
                    r.font.name = CJK_FONT
                    r._element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    return t


def fmt(v):
    if isinstance(v, float):
        s = ("%.4f" % v).rstrip("0").rstrip(".")
        # keep the 4 decimals of the coefficients and 2 of areas as written
        return s
    return str(v)


def build_bn(path):
    doc = new_doc("2012-2014年西双版纳州农业灌溉水有效利用系数完成情况说明")
    para(doc, "2012-2014年西双版纳州农业灌溉水有效利用系数完成情况说明", bold=True, center=True, size=14)
    para(doc, "(一)考核标准", bold=True)
    para(doc, "农业灌溉水有效利用系数≥0.55。")
    para(doc, "(二)指标解释", bold=True)
    para(doc, "指田间实际净灌溉用水总量与毛灌溉用水总量之比。毛灌溉用水总量是灌溉季节从水源引入的灌溉水量;"
              "净灌溉用水总量是同一时段内进入田间的灌溉用水量。计算公式为:")
    para(doc, "η=W净/W毛", center=True)
    para(doc, "式中:η——灌区灌溉水有效利用系数;W净——灌区净灌溉用水总量,m3;W毛——灌区毛灌溉用水总量,m3。")
    para(doc, "(三)审核内容", bold=True)
    para(doc, "(1)近三年各年度辖区内农业田间实际净灌溉用水总量与毛灌溉用水总量统计数据;")
    para(doc, "(2)开展节水灌溉工程措施相关资料;")
    para(doc, "(3)农业灌溉水有效利用系数测算分析报告。")
    para(doc, "(四)成效和指标完成情况", bold=True)
    header = ["年份", "农业灌溉毛用水量(万立方米)", "农业实灌面积(万亩)", "实际净灌溉用水量(万立方米)",
              "灌溉水有效利用系数", "指标完成情况"]
    first = True
    for unit, rows in BN_ROWS.items():
        para(doc, "2013-2015年%s农业灌溉水有效利用系数统计表" % unit, bold=True, center=True)
        data = [header] + [[y, fmt(g), "%.2f" % a, fmt(n), "%.4f" % c, st] for (y, g, a, n, c, st) in rows]
        table(doc, data)
        if first:
            para(doc, "由表可见:西双版纳州2012-2014年农业灌溉水有效利用系数逐年增大。")
            first = False
    # the stored page stops at the header word of the fourth table
    para(doc, "2013-2015年勐腊县农业灌溉水有效利用系数统计表", bold=True, center=True)
    table(doc, [["年份"]])
    doc.save(path)


HM_ITEMS = [
    ("1、資金使用和管理(0-15分)",
     "資金下達及時、使用安全、管理規範的,得15分;資金下達不及時,執行率在70%-90%,管理和使用符合規範且未對試點工作"
     "造成嚴重影響的,得7分;資金下達不及時,執行率低於70%,管理和使用不規範、影響試點工作推進的,不得分,並按有關規定處理。",
     "指標解釋:評價資金使用和管理情況"),
    ("2、政府和社會資本合作(0-10分)",
     "以PPP模式吸引的社會資本投資額佔試點工作總投資額的比例評價:70%以上得10分;30-70%得5分;30%以下不得分。",
     "指標解釋:評價實行PPP模式的情況"),
    ("3、成本補償保障機制(0-10分)",
     "看是否按項目類別建立收費價格標準制度體系、建立運營維護費用保障機制、確定政府補貼標準並確保有效運營:已建立前述機制"
     "得10分;未建立不得分。",
     "指標解釋:評價成本補償保障機制建立情況"),
    ("4、產出數量(0-20分)",
     "按工程形象進度評價:計劃建成面積數全部或超額完成得20分;完成率在80-100%得10分;完成率在80%以下,績效考核結果視為"
     "“不合格”。",
     "指標解釋:評價試點工作實施計劃完成情況"),
    ("5、產出質量(0-10分)", "按年徑流總量控制率/毫米數評價。對比", None),
]


def build_hm(path):
    doc = new_doc("財政部印發海綿城市試點績效評價指標體系")
    para(doc, "財政部印發海綿城市試點績效評價指標體系", bold=True, center=True, size=14)
    para(doc, "2016-04-21 09:17:42    來源:新華網", center=True, size=9)
    para(doc, "為對海綿城市建設成效作出科學、全面的評價,住房城鄉建設部去年印發了《海綿城市建設績效評價與考核辦法(試行)》,"
              "各地將按照其中水生態、水環境、水資源等6個方面的指標,對海綿城市建設效果開展績效評價與考核。"
              "本篇摘錄海綿城市建設試點績效評價指標體系如下:")
    for head, rule, expl in HM_ITEMS:
        para(doc, head, bold=True)
        para(doc, rule)
        if expl:
            para(doc, expl)
    doc.save(path)


def build_tj(path):
    doc = new_doc("村村通客车市级以奖代补项目绩效评价")
    para(doc, "为提高财政资金使用效益、合理配置公共财政资源,依照市委、市政府关于全面推进预算绩效管理的实施方案和《天津市"
              "市级财政项目支出绩效评价管理办法》(津财绩效〔2020〕12号)等文件,天津市财政局引入第三方专业机构组成绩效评价组,"
              "于2021年9月-11月对天津市交通运输委员会2019年度的“村村通客车市级以奖代补”项目开展了绩效评价。该项目评价结果为"
              "86.88分,评价等级为“良”,有关情况如下。")
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)项目概况", bold=True)
    para(doc, "1.项目背景", bold=True)
    para(doc, "为保证各区村村通客车平稳运营,推进城乡交通运输一体化、均等化,提高农村客运公共服务水平,满足农民群众“行有所乘”"
              "的出行需要、改善出行条件、增强幸福感,依据《天津市人民政府办公厅关于转发市财政局拟定的天津市市级财政专项资金管理暂行"
              "办法的通知》(津政办发〔2015〕63号)、《天津市交通运输委员会关于加快推进建制村通客车有关工作的通知》《关于推进“村村通"
              "客车”工作建立农村客运发展长效机制的实施意见》(津交发〔2019〕23号)等文件,天津市交通运输委员会(以下简称“市交通运输"
              "委”)制定了《天津市村村通客车市级以奖代补资金管理暂行办法》(津财规〔2019〕4号)(以下简称“《资金管理暂行办法》”)和"
              "《天津市村村通客车以奖代补考核办法》(以下简称“《以奖代补考核办法》”),并组织实施2019年村村通客车市级以奖代补项目"
              "(以下简称“村村通以奖代补项目”):对涉农区村村通客车的运营情况进行考核,按考核成绩排名发放市级以奖代补资金。")
    para(doc, "2.主要内容", bold=True)
    para(doc, "村村通以奖代补项目的主要内容是:各区交通部门从本区实际出发,依据村村通客车运营单位的安全运行、服务质量、投入规模"
              "等指标进行考核认定,")
    doc.save(path)


def build_zjk(path):
    doc = new_doc("國道110線韭菜溝至冀蒙界段路面養護工程項目項目績效評價報告")
    para(doc, "國道110線韭菜溝至冀蒙界段路面養護工程項目項目績效評價報告", bold=True, center=True, size=14)
    para(doc, "(2014 年度)", center=True)
    para(doc, "評價類型:階段評價\"結束評價")
    para(doc, "項目編碼:")
    para(doc, "項目承擔單位:張家口市公路工程管理處")
    para(doc, "預算單位:張家口市交通運輸局")
    para(doc, "填報日期:2015年6月15日")
    para(doc, "張家口市公路工程管理處", center=True)
    para(doc, "國道 110 線韭菜溝至冀蒙界段路面養護工程項目項目績效評價", bold=True, center=True)
    para(doc, "一、項目概況", bold=True)
    para(doc, "(一)項目背景資料。")
    para(doc, "1、項目名稱:國道 110 線韭菜溝至冀蒙界段路面養護工程, 起點樁號k274+903,終點樁號k278+403,路段全長3.5公里, "
              "二級公路, 路基寬 12.0 米,路面寬 11.4 米,瀝青混凝土路面。")
    para(doc, "2 、主要內容:(一)對舊路病害進行挖補, 整體加鋪 18cm 水泥穩定碎石+5cm中粒式瀝青混凝土 +4cm細粒式瀝青混凝土。"
              "(二)對該路段標志、標線進行完善整治。 (三)完善排水、防護及安全設施等。為保障公路安全暢通、過往車輛安全出行,"
              "依據省廳冀交規 2014199 號文件關于下達 2014 年第一批普通干線養護工程計劃的通知,批准實施國道 110 線韭菜溝至冀蒙界段"
              "路面養護工程。")
    para(doc, "3、資金來源:根據省廳冀交公路 2012594 號文件關于 國道 110 線韭菜溝至冀蒙界段路面養護工程施工圖設計文件的 批復,批")
    doc.save(path)


def build_jh(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分方法"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws["A1"] = "江河湖泊生态环境保护项目资金绩效评价指标与评分方法"
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = center
    heads = {"A2": "序号", "B2": "评价指标", "C2": "分值分配", "D2": "指标解释", "E2": "基础信息",
             "G2": "评分标准", "H2": "计分结果", "I2": "备注",
             "E3": "基准年数据\n(实际方案基准年:    年)", "F3": "总体目标数据(实施方案期末年:    年"}
    for ref, val in heads.items():
        ws[ref] = val
    for rng in ("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3", "I2:I3"):
        ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=2, max_row=3, min_col=1, max_col=9):
        for c in row:
            c.border = border
            c.alignment = center
            c.font = Font(bold=True, size=10)
    for col, w in zip("ABCDEFGHI", (6, 16, 10, 24, 18, 18, 24, 10, 8)):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[3].height = 36
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.title = "江河湖泊生态环境保护项目资金绩效评价指标与评分方法"
    wb.save(path)


BUILDERS = {
    "yunnan-xishuangbanna-guangaixishu-wanchengshuoming": build_bn,
    "quanguo-haimianchengshi-shidian-pingjiazhibiao": build_hm,
    "tianjin-cuncuntongkeche-yijiangdaibu-pingjiabaogao": build_tj,
    "hebei-zhangjiakou-guodao110-yanghu-pingjiabaogao": build_zjk,
    "quanguo-jianghuhubo-shengtaibaohu-pingfenfangfa": build_jh,
}

# ---------------------------------------------------------------------------------------------
# determinism, export, annotations, check
# ---------------------------------------------------------------------------------------------
STAMP = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ")


def normalise_zip(path):
    """Rewrite the OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % STAMP, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % STAMP, txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], check=True, stdout=subprocess.PIPE).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def check(pdf, gold):
    txt = pdf_text(pdf)
    need = []
    for ind in gold["indicators"]:
        need.append(ind["name"])
        if ind.get("target_text"):
            need.append(ind["target_text"])
    need += [g["text"] for g in gold["goals"]]
    need += [f["item"] for f in gold["findings"]]
    missing = [n for n in need if re.sub(r"\s+", "", n) not in txt]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for stem, ext, gold in DOCS:
        src = os.path.join(HERE, "%s.%s" % (stem, ext))
        BUILDERS[stem](src)
        normalise_zip(src)
        pdf = export_pdf(src)
        for fname in (os.path.basename(src), os.path.basename(pdf)):
            ann = {"source": fname}
            ann.update(gold)
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                json.dump(ann, f, ensure_ascii=False, indent=1)
                f.write("\n")
        missing = check(pdf, gold)
        status = "ok" if not missing else "MISSING %s" % missing
        bad += bool(missing)
        print("%-55s rows=%d goals=%d findings=%d facts=%d %s" % (
            os.path.basename(src), len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]),
            len(gold["facts"]), status))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
