#!/usr/bin/env python3
"""Build part blind131 of the real-layout corpus (urban renewal / housing / sewer networks).

Written by an annotator who has not read the toolkit's code.  The gold answers are
written first (annotations/*.json), then the DOCX/XLSX documents, then their PDFs
(LibreOffice).  Layout, headings, table shapes and facts follow the stored public
pages listed in SOURCES.md; longer sentences are paraphrased, keeping every number.

Run:  /tmp/venv/bin/python make_blind131_layouts.py   (from any folder)
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)
AUTHOR = "blind131"

URL_A = "http://caizhixing.cn/zhengcefagui/2024/0507106114_3.html"
URL_B = "http://furong.gov.cn/affairs/xxgk/gov1/sjj_12205/notice/202112/t20211215_10395116.html"
URL_C = "http://czt.shandong.gov.cn/art/2023/12/29/art_10604_10317828.html"
URL_D = "https://www.tangyin.gov.cn/2024/07-10/3473775.html"

FILE_A = "quanguo-zhongyang-chengshigengxin-pingjiazhibiao.xlsx"
FILE_B = "hunan-changsha-furong-laojiuxiaoqu-wanchenggongshi.docx"
FILE_C = "shandong-shengji-yuwuheliuguanwang-pingjiabaogao.docx"
FILE_D = "henan-tangyin-penggaianzhifang-zhuanxiangzhai-zipingbaogao.docx"

# ---------------------------------------------------------------------------
# Document A: national indicator list for the 城市更新 performance evaluation
# (traditional characters as on the stored page).  Rows as found.
# ---------------------------------------------------------------------------
A_HEADER = ["序號", "一級指標", "二級指標", "三級指標", "指標屬性"]
A_L1 = "產出績效"
# (number, level2 or None when merged from above, name, attribute)
A_ROWS = [
    (1, "城市地下管網更新改造", "完成地下管網現狀普查,摸清風險隱患,并建立數字化檔案", "定性"),
    (2, None, "城市燃氣、供水、排水、污水、供熱等地下管網改造任務量", "定量"),
    (3, "城市污水管網建設", "城市建成區已消除黑臭水體且不得返黑返臭", "定性"),
    (4, None, "進水BOD濃度高于100mg/L的城市生活污水處理廠規模占比(不低于90%或比2023年提升不低于15個百分點)", "定量"),
    (5, None, "城市生活污水集中收集率(不低于80%或比2023年提升不少于5個百分點)", "定量"),
    (6, None, "城市主城區實行管網專業企業運行維護", "定量"),
    (7, None, "城市污水處理收費標準全面覆蓋成本", "定性"),
    (8, None, "對排水戶實行分級分類管理,重點排水戶全面落實排水許可要求", "定性"),
    (9, None, "構建以污染物收集效能為導向的績效考核體系和付費體系,對污水管網運維效果按效付費", "定性"),
    (10, "市政基礎設施補短板", "城市易澇點消除比例", "定量"),
    (11, None, "城市內澇防治標準(毫米/小時,或分片區描述重現期標準)", "定量"),
    (12, None, "城區地鐵、下穿隧道、地下空間出入口等重要基礎設施落實防淹防澇措施", "定性"),
    (13, None, "城市燃氣、橋梁、隧道、供排水、綜合管廊等城市生命線工程建設覆蓋比例", "定量"),
    (14, "老舊片區\n更新改造", "完成改造的老舊片區數量、改造面積", "定量"),
    (15, None, "居民小區二次供水設施由專業化企業接管并提供服務比例", "定量"),
    (16, None, "落實海綿城市建設理念改造的老舊片區數量", "定量"),
    (17, None, "推進城市社區“嵌入式”服務設施建設工程的社區數量", "定量"),
    (18, None, "補齊“一老一小”等設施短板、無障礙環境建設和適老化改造的社區數量", "定量"),
]
A_CUT_ROW = (19, "管理績效", "城市", "", "")   # the stored page stops inside this row


def gold_a():
    inds = []
    l2 = None
    for num, lev2, name, attr in A_ROWS:
        if lev2 is not None:
            l2 = lev2.replace("\n", "")
        row = {"level1": A_L1, "level2": l2, "name": name, "operator": None, "value": None,
               "unit": None, "target_text": None, "actual": None, "weight": None, "score": None}
        if num == 4:
            row.update(operator=">=", value=90, unit="%")
        if num == 5:
            row.update(operator=">=", value=80, unit="%")
        inds.append(row)
    by_num = {r[0]: r[2] for r in A_ROWS}
    findings = []
    for num in (2, 6, 10, 11, 13, 14, 15, 16, 17, 18):
        findings.append({"rule": "target.missing_value", "item": by_num[num],
                         "why": "指標屬性為定量,但表中沒有任何目標值或數值(名稱中也沒有)"})
    findings.append({"rule": "target.input_or_process", "item": by_num[8],
                     "why": "列在產出績效下,衡量的是管理措施(分級分類管理、排水許可),不是產出"})
    findings.append({"rule": "target.input_or_process", "item": by_num[9],
                     "why": "列在產出績效下,衡量的是制度建設(考核體系和付費體系),不是產出"})
    return {
        "source": FILE_A, "source_urls": [URL_A], "province": "全国", "doc_kind": "绩效评价指标表",
        "patterns": [1, 5, 6],
        "indicators": inds, "goals": [], "facts": [], "findings": findings,
        "notes": ("Stored page is page 3 of a multi-page article on caizhixing.cn and begins directly with the "
                  "table (no title, no heading): the document therefore has no title either. It stops inside row 19 "
                  "(一級指標 '管理績效', 二級指標 cut after '城市'); row 19 is kept as found but has no 三級指標, so it is "
                  "not a gold indicator row. Text kept in traditional characters with the page's mixed forms (高于, 并). "
                  "Row 14's 二級指標 cell on the page held an injected anti-scraping watermark string (garbled characters "
                  "plus a spam domain) between '老舊片區' and '更新改造'; I dropped the watermark and kept the line break. "
                  "Merges: 產出績效 merged down rows 1-18 (pattern 1); each 二級指標 merged down its block. Header word "
                  "指標屬性 (定性/定量) is beyond the usual (pattern 5). Rows 4 and 5 carry their target inside the name "
                  "(pattern 6): I gave operator '>=' and value 90 / 80 with unit '%' from '不低于90%' / '不低于80%' and ignored "
                  "the alternative '或比2023年提升不低于15/5個百分點'; target_text is null because there is no target cell. "
                  "Row 11 names a unit (毫米/小時) but states no value: unit left null. Judgement calls on findings: every "
                  "定量 row without any number is flagged target.missing_value (10 rows); 定性 rows are yes/no checks and are "
                  "not flagged qualitative_no_scale; rows 8 and 9 (management / system building under 產出績效) flagged "
                  "target.input_or_process; row 7 (charging standard covers cost) not flagged. No 效益/滿意度 block is visible "
                  "but the page is cut, so no coverage finding."),
    }


def build_a(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap_left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    for c, h in enumerate(A_HEADER, start=1):
        cell = ws.cell(row=1, column=c, value=h)
        cell.font = Font(bold=True)
    r = 2
    block_start = None
    for num, lev2, name, attr in A_ROWS:
        ws.cell(row=r, column=1, value=num)
        if num == 1:
            ws.cell(row=r, column=2, value=A_L1)
        if lev2 is not None:
            if block_start is not None and r - 1 > block_start:
                ws.merge_cells(start_row=block_start, start_column=3, end_row=r - 1, end_column=3)
            ws.cell(row=r, column=3, value=lev2)
            block_start = r
        ws.cell(row=r, column=4, value=name)
        ws.cell(row=r, column=5, value=attr)
        ws.row_dimensions[r].height = 16 * (-(-len(name) // 28))   # wrapped lines, no overlap in the PDF
        r += 1
    ws.merge_cells(start_row=block_start, start_column=3, end_row=r - 1, end_column=3)
    ws.merge_cells(start_row=2, start_column=2, end_row=r - 1, end_column=2)
    num, l1, l2, name, attr = A_CUT_ROW
    ws.cell(row=r, column=1, value=num)
    ws.cell(row=r, column=2, value=l1)
    ws.cell(row=r, column=3, value=l2)
    last = r
    for row in ws.iter_rows(min_row=1, max_row=last, max_col=5):
        for cell in row:
            cell.border = border
            cell.alignment = wrap_left if cell.column == 4 else wrap
    for col, width in zip("ABCDE", (6, 10, 14, 60, 10)):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    p = wb.properties
    p.creator = AUTHOR
    p.lastModifiedBy = AUTHOR
    p.created = FIXED_DT
    p.modified = FIXED_DT
    p.title = None
    wb.save(path)


# ---------------------------------------------------------------------------
# Document B: 芙蓉区 (长沙, 湖南) 2021 民生实事 老旧小区 completion notice.
# ---------------------------------------------------------------------------
B_TITLE = "芙蓉区2021年重点民生实事城镇老旧小区项目完成情况公示"
B_META = "发布时间 : 2021-12-15     来源:芙蓉区城市人居环境局"
B_INTRO = ("依照湖南省统计局《关于认真做好2021年全省重点民生实事数据评估认定工作的通知》(湘统函〔2021〕30号)"
           "以及中共长沙市委办公厅、长沙市人民政府办公厅《关于印发2021年全市重点民生实事项目实施意见的通知》"
           "(长办发电〔2021〕17号)等文件的要求,现将由我局牵头的2021年重点民生实事城镇老旧小区改造项目的完成情况公示如下:")
B_P1 = ("一、芙蓉区2021年省重点民生实事城镇老旧小区改造项目共15个,目前15个项目均已开工,"
        "项目投资完成进度均达到50%及以上。")
B_P2 = ("公示期为2021年12月16日至12月23日。对公示内容有异议的,可通过来信、来电或来访向区实事办和统计局反映。"
        "(联系方式:区人居局0731-85533622地址:惠通大厦8楼827办公室)")
B_ATT = "附:2021年芙蓉区重点民生实事城镇老旧小区项目情况公示"
B_TABLE = [["指标名称", "全年任务目标(个)", "实际完成(个)", "完成进度"],
           ["开工建设城镇老旧小区", "15", "15", "100%"]]
B_SIGN = ["芙蓉区城市人居环境局", "2021年12月15日"]


def gold_b():
    return {
        "source": FILE_B, "source_urls": [URL_B], "province": "湖南", "doc_kind": "完成情况公示",
        "patterns": [5, 10],
        "indicators": [{"level1": None, "level2": None, "name": "开工建设城镇老旧小区", "operator": None,
                        "value": 15, "unit": "个", "target_text": "15", "actual": 15,
                        "weight": None, "score": None}],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "coverage.too_few_indicators", "item": "开工建设城镇老旧小区",
             "why": "表中只有1个指标(少于3个)"},
            {"rule": "coverage.missing_dimension", "item": "开工建设城镇老旧小区",
             "why": "只有数量(开工个数)一项,没有质量、时效、效益或满意度方面的指标"},
        ],
        "notes": ("Stored page is short and complete: title, date/source line, intro, item 一, notice period and "
                  "contact, the attached one-row table, signature and date; it ends with the site's QR-code line, "
                  "which I left out. The unit of the target and actual sits in the header words "
                  "('全年任务目标(个)', '实际完成(个)'), so unit '个' comes from the header (pattern 5); the result "
                  "(15 projects all started, investment progress >=50%) is also stated in prose (pattern 10). The prose "
                  "'项目投资完成进度达到50%及以上' is a reported status, not a stated indicator row, so it is not a gold "
                  "indicator. 完成进度 100% = 15/15 is consistent (no consistency.rate finding). No goal text is stated "
                  "(the table's 全年任务目标 is a target value, not a goal paragraph). The page has no numbered item 二 "
                  "after 一 — kept as found. Findings are coverage only, as judgement calls: a public notice of one "
                  "indicator."),
    }


def set_cell_border(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tcPr.append(borders)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    return doc


def title(doc, text, size=16):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return p


def add_table(doc, rows, widths_cm=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.autofit = False
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            set_cell_border(c)
            if widths_cm:
                c.width = Cm(widths_cm[j])
    if widths_cm:
        for j, w in enumerate(widths_cm):
            t.columns[j].width = Cm(w)
    return t


def build_b(path):
    doc = new_doc()
    title(doc, B_TITLE)
    doc.add_paragraph(B_META)
    doc.add_paragraph(B_INTRO)
    doc.add_paragraph(B_P1)
    doc.add_paragraph(B_P2)
    doc.add_paragraph(B_ATT)
    add_table(doc, B_TABLE, (6.0, 4.0, 3.5, 2.5))
    for s in B_SIGN:
        p = doc.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


# ---------------------------------------------------------------------------
# Document C: Shandong provincial 雨污合流管网改造 fund evaluation report (2023).
# ---------------------------------------------------------------------------
C_GOAL = ("到2025年,全省市、县(市、区)城市建成区全部完成现有雨污合流管网改造,"
          "其中南四湖流域市、县(市、区)2023年年底前完成改造。")
C_PARAS = [
    ("h1", "一、项目基本情况"),
    ("h2", "(一)项目立项背景及实施目的"),
    ("p", "过去山东省城市建设中存在“重地上、轻地下”的倾向,加上资金不到位等原因,建成了一部分雨污合流管网,"
          "对水环境造成了一定污染,已难以适应城市发展的需要和群众对美好环境的期待。2021年4月,"
          "省住房城乡建设厅、省生态环境厅印发《关于进一步加快全省城市雨污合流管网改造的通知》"
          "(鲁建城建字〔2021〕7号),明确要求:" + C_GOAL),
    ("h2", "(二)项目预算安排和支出情况"),
    ("p", "2022年3月,省住房城乡建设厅、省财政厅印发《城市建成区雨污合流管网改造资金奖补方案》,"
          "决定自2022年起由省级财政安排奖补资金,建立雨污合流管网改造分梯次“以奖代补”机制,"
          "引导全省各地(不含青岛)以整县(市、区)为单位推进雨污合流管网清零。经审核确认的2022年度改造计划,"
          "按照每公里不低于10万元给予补助;整县制完成雨污合流管网清零的县(市、区),按照500万元标准给予激励。"
          "激励资金当年下达,次年清算。以后年度的补助和激励标准根据当年专项资金规模逐年梯次递减,"
          "2025年及以后年度实施的改造计划和完成整县制清零的县(市、区),省级不再给予奖补。"),
    ("p", "根据各地摸排、申报,2022-2023年全省(不含青岛)建成区市政雨污合流管网计划改造合计3639.79公里。"
          "其中,2022年计划改造1940.21公里,2023年计划改造1699.58公里。2022年度共有29个县(市、区)承诺清零,"
          "2023年度共有64个县(市、区)承诺清零。2022年3月,省财政厅下达2022年省级雨污合流管网改造奖补资金3.8亿元,"
          "其中清零激励资金1.45亿元、补助资金2.35亿元。2023年5月,省财政厅下达2023年省级雨污合流管网改造奖补资金4.3亿元,"
          "其中清零激励资"),
]


def gold_c():
    return {
        "source": FILE_C, "source_urls": [URL_C], "province": "山东", "doc_kind": "评价报告",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "总体目标", "text": C_GOAL}],
        "facts": [
            {"metric": "2022-2023年全省建成区市政雨污合流管网计划改造", "kind": "sum", "total": 3639.79,
             "parts": [1940.21, 1699.58], "unit": "公里"},
            {"metric": "2022年省级雨污合流管网改造奖补资金", "kind": "sum", "total": 3.8,
             "parts": [1.45, 2.35], "unit": "亿元"},
        ],
        "findings": [],
        "notes": ("Prose only (no indicator table in the stored copy). The stored page begins at '一、项目基本情况' "
                  "(no report title; the site's title is not in the copy, so the document has none) and stops "
                  "mid-word in the 2023 allocation sentence: '...奖补资金4.3亿元,其中清零激励资' — kept cut exactly "
                  "there. The 2023 split is cut, so 4.3亿元 is not a gold fact. Sums check: 1940.21+1699.58=3639.79 "
                  "and 1.45+2.35=3.8, both consistent (no consistency.sum finding); also 29 counties x 500万元 = "
                  "1.45亿元, consistent. The goal sentence is the 鲁建城建字〔2021〕7号 requirement quoted in the report, "
                  "kept close to the original because it is the goal text; I labelled it 总体目标 (judgement call). "
                  "It has dates and '全部完成', so no goal.unquantified finding. Background and subsidy rules "
                  "paraphrased, every number kept (10万元/公里, 500万元, 2022/2025). Pattern 10: amounts and "
                  "instalments given in prose."),
    }


def build_c(path):
    doc = new_doc()
    for kind, text in C_PARAS:
        if kind == "h1":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h2":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        else:
            doc.add_paragraph(text)
    doc.save(path)


# ---------------------------------------------------------------------------
# Document D: 汤阴县 (安阳, 河南) 棚户区改造安置房 special-bond self-evaluation (2023).
# ---------------------------------------------------------------------------
D_TITLE = "汤阴县长虹路北棚户区改造张庄安置房项目专项债券绩效自评报告(2023年度)"
D_META = "来源:汤阴县住建局 时间:2024-07-10"
D_PARAS = [
    ("h1", "一、概述"),
    ("h2", "1、项目单位基本情况"),
    ("p", "汤阴城发集团有限公司于2015年3月10日批准设立。公司经营范围较广,一般项目包括以自有资金从事投资活动、"
          "企业管理、土地整治服务、市政设施管理、工程管理服务、停车场服务、城市公园和城市绿化管理、"
          "非居住房地产租赁、住房租赁、财务和信息技术咨询服务、水资源管理、土地使用权租赁、选矿、"
          "金属材料和建筑材料销售、五金产品零售、树木种植经营、电线电缆经营、物业管理等;许可项目为房地产开发经营"
          "(须经有关部门批准后方可开展,具体以批准文件或许可证件为准)。目前长虹路北棚户区改造张庄片区安置房项目主体工程已完成。"),
    ("h2", "2、项目概况"),
    ("p", "汤阴县长虹路北棚户区改造张庄片区安置房项目,立项文号:汤发改审办[2022]110号。项目位于汤阴县长虹路与信合路"
          "交叉口西北方位,属棚户区改造项目,改造范围主要为汤阴县张庄片区,改造面积1129.61亩,由拆迁工程和安置工程两部分组成。"
          "拆迁工程包括拆迁房屋及构筑物面积86806 平方米,其中拆迁住宅建筑面积84576平方米,拆迁营业用房2230平方米。"
          "安置区规划用地面积89015.89平方米,规划总建筑面积270383.93平方米,其中住宅建筑面积189895.28平方米,"
          "建设住宅21栋共1495套;商业及配套建筑面积11527.81平方米,包括商业建筑、幼儿园、居民活动场地;"
          "地下建筑68960.84平方米,包括地下停车及人防、地下储藏室。安置区配套道路硬化"),
]


def gold_d():
    return {
        "source": FILE_D, "source_urls": [URL_D], "province": "河南", "doc_kind": "自评报告",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "拆迁房屋及构筑物面积", "kind": "sum", "total": 86806,
             "parts": [84576, 2230], "unit": "平方米"},
            {"metric": "安置区规划总建筑面积", "kind": "sum", "total": 270383.93,
             "parts": [189895.28, 11527.81, 68960.84], "unit": "平方米"},
        ],
        "findings": [],
        "notes": ("Prose only. Stored page: breadcrumb, title, publisher/source/time line, then 一、概述 with "
                  "1、项目单位基本情况 and 2、项目概况; it stops mid-sentence at '安置区配套道路硬化' — kept cut "
                  "exactly there, so no goals, indicators or funds appear. I kept the source and date but left out the "
                  "two staff names in the publisher line and the site breadcrumb. The company's long business-scope "
                  "list is paraphrased. Kept as found: the stray space in '86806 平方米' and the half-width brackets in "
                  "'汤发改审办[2022]110号'. Sums check: 84576+2230=86806 and 189895.28+11527.81+68960.84=270383.93, "
                  "both consistent (no findings). 1129.61亩 (改造面积), 89015.89平方米 (用地) and 21栋/1495套 are "
                  "not parts of any stated total."),
    }


def build_d(path):
    doc = new_doc()
    title(doc, D_TITLE, 15)
    doc.add_paragraph(D_META)
    for kind, text in D_PARAS:
        if kind == "h1":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(13)
        elif kind == "h2":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        else:
            doc.add_paragraph(text)
    doc.save(path)


# ---------------------------------------------------------------------------

def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted-stable order (deterministic bytes)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = FIXED_DT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    for k, (name, data) in enumerate(items):
        if name == "docProps/core.xml":   # openpyxl stamps 'modified' with the current time
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + fixed + rb"\g<2>", data)
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + fixed + rb"\g<2>", data)
            items[k] = (name, data)
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_gold(gold):
    base = gold["source"]
    pdf = os.path.splitext(base)[0] + ".pdf"
    for name in (base, pdf):
        g = dict(gold)
        g["source"] = name
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


DOCS = [(FILE_A, gold_a, build_a), (FILE_B, gold_b, build_b),
        (FILE_C, gold_c, build_c), (FILE_D, gold_d, build_d)]


def main():
    os.makedirs(ANN, exist_ok=True)
    # 1. gold first
    for _, gold, _ in DOCS:
        write_gold(gold())
    # 2. documents, 3. PDFs
    for name, _, build in DOCS:
        path = os.path.join(HERE, name)
        build(path)
        normalise_zip(path)
        if "--no-pdf" not in sys.argv:
            to_pdf(path)
    print("built", len(DOCS), "documents in", HERE)


if __name__ == "__main__":
    main()
