#!/usr/bin/env python3
"""Blind part blind142 of jixiao's real-layout corpus.

Writes four documents that reproduce the layout of stored public web pages
(special-purpose bond / government investment projects), their PDFs (LibreOffice),
and one gold JSON per file under annotations/.  The gold is written here, by an
annotator who has not read the toolkit's code.

Run:  /tmp/venv/bin/python make_blind142_layouts.py
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

def new_doc(title):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind142"
    cp.last_modified_by = "blind142"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def grid_table(d, nrows, ncols):
    t = d.add_table(rows=nrows, cols=ncols)
    set_borders(t)
    return t


def put(t, r, c, text, r2=None, c2=None):
    cell = t.cell(r, c)
    if r2 is not None or c2 is not None:
        cell = cell.merge(t.cell(r2 if r2 is not None else r, c2 if c2 is not None else c))
    cell.text = text
    return cell


def write_gold(name, gold):
    g = dict(gold)
    g["source"] = name
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)


# --------------------------------------------------------------------------------------
# 1  Zhejiang / Ningbo: special bond information-disclosure table (XLSX)
# --------------------------------------------------------------------------------------
N1 = "zhejiang-ningbo-zhuanxiangzhaiquan-xinxipilu-biao.xlsx"
U1 = "http://czj.ningbo.gov.cn/art/2021/9/15/art_1229029201_58883324.html"
BOND_TYPES = ("¨土地储备 ¨棚户区改造 þ交通基础设施 ¨政府收费公路 ¨铁路 þ轨道交通 þ城市停车场 "
              "¨其他交通基础设施 þ能源 þ城市电网 ¨天然气管网 ¨储气设施 þ其他能源项目 þ农林水利 "
              "¨生态环保 ¨城镇污水垃圾处理 ¨其他 þ民生服务 ¨职业教育 ¨托幼 ¨其他教育项目 þ医疗 ¨养老 "
              "þ其他民生服务 ¨冷链物流设施 þ市政和产业园区基础设施 ¨城镇老旧小区改造 ¨新型基础设施 "
              "¨信息基础设施 ¨融合基础设施 ¨创新基础设施 þ扶贫 ¨乡村振兴 ¨文化旅游 þ其他")


def build1():
    wb = openpyxl.Workbook()
    wb.properties.creator = "blind142"
    wb.properties.lastModifiedBy = "blind142"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "信息披露"
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGHIJKL", (22, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10)):
        ws.column_dimensions[col].width = w

    def w(cell, v, bold=False):
        ws[cell] = v
        ws[cell].alignment = wrap
        if bold:
            ws[cell].font = Font(bold=True)

    w("A1", "一、债券基本信息", True); ws.merge_cells("A1:L1")
    w("A2", "债券名称"); w("B2", "2021年宁波市其他项目收益专项债券(九期)--2021年宁波市政府专项债券(十三期)"); ws.merge_cells("B2:E2")
    w("F2", "债券类型"); w("G2", BOND_TYPES); ws.merge_cells("G2:L2")
    ws.row_dimensions[2].height = 110
    w("A3", "计划发行额(亿元)"); w("B3", "30.4000"); ws.merge_cells("B3:E3")
    w("F3", "债券期限"); w("G3", "30年"); ws.merge_cells("G3:L3")
    w("A4", "其中:用于符合条件的重大项目(亿元)"); w("B4", "0.0000"); ws.merge_cells("B4:E4")
    w("F4", "招标/承销日"); w("G4", "2021-09-23"); ws.merge_cells("G4:L4")
    w("A5", "信用评级结果"); w("B5", "AAA"); ws.merge_cells("B5:E5")
    w("F5", "还本方式"); w("G5", "到期一次还本"); ws.merge_cells("G5:L5")
    w("A6", "二、项目总体信息", True); ws.merge_cells("A6:L6")
    rows = [("对应项目数量(个)", "16"),
            ("债券存续期内项目总投资(亿元)", "411.7184"),
            ("其中:不含专项债券的项目资金(亿元)", "203.5013"),
            ("专项债券融资(亿元)", "95.3000"),
            ("其他债务融资(亿元)", "112.9171")]
    r = 7
    for a, b in rows:
        w(f"A{r}", a); w(f"B{r}", b); ws.merge_cells(f"B{r}:L{r}"); r += 1
    w(f"A{r}", "项目分年融资计划(亿元)"); ws.merge_cells(f"A{r}:L{r}"); r += 1
    years = ["2018年及以前年度", "2019年", "2020年", "2021年", "2022年", "2023年", "2024年", "2025年", "2026年及以后年度"]
    w(f"A{r}", "")
    for i, y in enumerate(years):
        w(f"{'BCDEFGHIJ'[i]}{r}", y)
    r += 1
    zx = ["0.0000", "0.0000", "13.5000", "50.3000", "20.6000", "6.6000", "2.6000", "1.3000", "0.4000"]
    qt = ["19.1600", "18.5000", "26.2100", "31.1338", "12.1946", "5.7187", "0.0000", "0.0000", "0.0000"]
    for label, vals in (("专项债券融资", zx), ("其他债务融资", qt)):
        w(f"A{r}", label)
        for i, v in enumerate(vals):
            w(f"{'BCDEFGHIJ'[i]}{r}", v)
        r += 1
    w(f"A{r}", "债券存续期内项目总收益(亿元)"); w(f"B{r}", "590.4898"); ws.merge_cells(f"B{r}:L{r}"); r += 1
    w(f"A{r}", "债券存续期内项目分年收益(亿元)"); ws.merge_cells(f"A{r}:L{r}"); r += 1
    inc1 = ["2021年", "-0.0211", "2022年", "5.3534", "2023年", "2.1036", "2024年", "11.4721", "2025年", "12.6165", "2026年", "12.8882"]
    inc2 = ["2027年", "12.7981", "2028年", "14.0204", "2029年", "15.2380", "2030年", "15.6337", "203"]
    for vals in (inc1, inc2):
        for i, v in enumerate(vals):
            w(f"{'ABCDEFGHIJKL'[i]}{r}", v)
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(os.path.join(HERE, N1))


G1 = {
    "source_urls": [U1],
    "province": "浙江省",
    "doc_kind": "专项债券信息披露表(债券基本信息、项目总体信息)",
    "patterns": [9],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "债券存续期内项目总投资", "kind": "sum", "total": 411.7184,
         "parts": [203.5013, 95.3, 112.9171], "unit": "亿元"},
        {"metric": "专项债券融资(项目分年融资计划)", "kind": "sum", "total": 95.3,
         "parts": [0.0, 0.0, 13.5, 50.3, 20.6, 6.6, 2.6, 1.3, 0.4], "unit": "亿元"},
        {"metric": "其他债务融资(项目分年融资计划)", "kind": "sum", "total": 112.9171,
         "parts": [19.16, 18.5, 26.21, 31.1338, 12.1946, 5.7187, 0.0, 0.0, 0.0], "unit": "亿元"},
    ],
    "findings": [],
    "notes": ("Stored page stops inside the yearly-revenue row: the last cell reads '203' (year 2031 cut), so the "
              "yearly revenues (2021 -0.0211 ... 2030 15.6337) cannot be summed against 债券存续期内项目总收益 590.4898; "
              "no sum fact recorded for revenue. The three recorded sums all add up exactly (no consistency.sum finding). "
              "计划发行额 30.4000 (this bond issue) differs from 专项债券融资 95.3000 (all 16 projects over the bond's life); "
              "they are different quantities, not an error. The checkbox glyphs '¨' (unticked) and 'þ' (ticked) are "
              "Wingdings artefacts of the page, kept as found. No indicator table, no goals: this is a disclosure table, "
              "counted as one of this part's documents without an indicator table. Pattern 9 = number rows (yearly "
              "financing / revenue rows) inside the form. 2021 revenue -0.0211 is negative as written; not a rule of §5, "
              "not flagged.")
}

# --------------------------------------------------------------------------------------
# 2  Hunan / Yueyang Louqu: 项目支出预算绩效目标申报表 for government-investment project work (DOCX)
# --------------------------------------------------------------------------------------
N2 = "hunan-yueyanglouqu-zhengfutouzi-gaisuan-jixiaomubiao-shenbaobiao.docx"
U2 = "http://www.yylq.gov.cn/21487/21535/21748/21750/21907/content_1827850.html"


def build2():
    d = new_doc("项目支出预算绩效目标申报表")
    for line in ("索 引 号:11111/2021-1827850", "发布机构:岳阳楼区人民政府", "生成日期:2021-06-16 15:34:58.0",
                 "公开日期:2021-06-16", "公开方式:政府网站", "公开范围:全部公开"):
        para(d, "• " + line)
    para(d, "项目支出预算绩效目标申报表", bold=True, center=True, size=15)
    para(d, "来源:区发改局 2021-06-16 15:34    浏览量:1")
    para(d, "填报单位(盖章):                            单位负责人:")
    t = grid_table(d, 8, 5)
    put(t, 0, 0, "项目基本情况", 7, 0)
    put(t, 0, 1, "项目名称"); put(t, 0, 2, "项目前期、项目概算及项目入库建设", c2=4)
    put(t, 1, 1, "项目属性"); put(t, 1, 2, "新增项目□                       延续项目R", c2=4)
    put(t, 2, 1, "主管部门"); put(t, 2, 2, "楼区政府"); put(t, 2, 3, "项目起止时间"); put(t, 2, 4, "2021.1-2021.12")
    put(t, 3, 1, "项目负责人"); put(t, 3, 2, "黄黎明"); put(t, 3, 3, "联系电话"); put(t, 3, 4, "2293555")
    put(t, 4, 1, "绩效管理联络员"); put(t, 4, 2, "李娟"); put(t, 4, 3, "联系电话"); put(t, 4, 4, "2296818")
    put(t, 5, 1, "项目类型")
    put(t, 5, 2, "1.基本建设类 □    其中:新建  □    扩建  □    改建  □\n"
                 "2.行政事业类 □    其中: 采购类□    修缮类□    奖励类□\n"
                 "3.其他专项类 R", c2=4)
    put(t, 6, 1, "项目概况")
    put(t, 6, 2, ("承担全区国民经济和社会发展中长期规划与年度计划的拟订和实施;统筹管理全区建设项目;落实国家和省、市的"
                  "价格方针政策及法律法规;推动优化经济发展环境;组织国民经济动员和装备动员等工作。加强区本级政府投资项目"
                  "的审批和概算管理,提升政府投资效益和项目管理水平。"), c2=4)
    put(t, 7, 1, "项目立项依据"); put(t, 7, 2, "《岳阳楼区人民政府投资项目概算管理办法》岳楼政办发[2017]8号", c2=4)
    t2 = grid_table(d, 7, 5)
    put(t2, 0, 0, "项目资金情况", 6, 0)
    put(t2, 0, 1, "项目资金申请(万元)", 6, 1)
    put(t2, 0, 2, "项 目"); put(t2, 0, 3, "上年度安排资金"); put(t2, 0, 4, "本年度申请资金")
    for i, (a, b, c) in enumerate((("合 计", "130", "300"), ("区级资金", "130", "300"), ("市级资金", "", ""),
                                   ("省级资金", "", ""), ("中央资金", "", ""), ("自有资金", "", "")), start=1):
        put(t2, i, 2, a); put(t2, i, 3, b); put(t2, i, 4, c)
    t3 = grid_table(d, 6, 5)
    put(t3, 0, 0, "支出明细预算(万元)", 5, 0)
    put(t3, 0, 1, "项 目"); put(t3, 0, 2, "上年度安排资金"); put(t3, 0, 3, "本年度申请资金"); put(t3, 0, 4, "测算依据及说明")
    for i, (a, b, c) in enumerate((("合 计", "130", "300"), ("1、办公及加班用餐费", "10", "40"),
                                   ("2、打字复印及资料印刷费", "9", "55"), ("3、编制咨询费", "88", "160"),
                                   ("4、其他", "23", "45")), start=1):
        put(t3, i, 1, a); put(t3, i, 2, b); put(t3, i, 3, c); put(t3, i, 4, "")
    t4 = grid_table(d, 1, 2)
    put(t4, 0, 0, "单位已有的(或拟订的)保障项目实施的制度"); put(t4, 0, 1, "")
    d.save(os.path.join(HERE, N2))


G2 = {
    "source_urls": [U2],
    "province": "湖南省",
    "doc_kind": "项目支出预算绩效目标申报表(政府投资项目前期、概算及入库工作经费)",
    "patterns": [1, 8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "上年度安排资金(支出明细预算)", "kind": "sum", "total": 130, "parts": [10, 9, 88, 23], "unit": "万元"},
        {"metric": "本年度申请资金(支出明细预算)", "kind": "sum", "total": 300, "parts": [40, 55, 160, 45], "unit": "万元"},
        {"metric": "上年度安排资金(资金来源)", "kind": "sum", "total": 130, "parts": [130], "unit": "万元"},
        {"metric": "本年度申请资金(资金来源)", "kind": "sum", "total": 300, "parts": [300], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("The stored page stops at the row label '单位已有的(或拟订的)保障项目实施的制度'; everything after it "
              "(goals, 绩效指标) is missing, so no goals and no indicator rows are in the document and no coverage "
              "finding is made (the absence is the cut, not the form). All stated money sums add up (10+9+88+23=130; "
              "40+55+160+45=300; 区级资金 = 合计). Kept as found: '楼区政府' (place name lacks 岳阳), the ticked boxes "
              "rendered as 'R' (Wingdings artefact), empty 市级/省级/中央/自有资金 rows, empty 测算依据及说明 column. "
              "The 项目概况 cell is rewritten in my own words (it describes the bureau's duties rather than the project, "
              "as the page does). The original is one big form; I render it as consecutive tables without gaps (项目基本情况 / 项目资金情况 / "
              "支出明细预算 label columns merged down: pattern 1); 填报单位(盖章)/单位负责人 is signature text (pattern 8). "
              "Counted as one of this part's documents without an indicator table.")
}

# --------------------------------------------------------------------------------------
# 3  Jiangsu / Jiangyin: 江苏省政府专项债券项目绩效自评价报告 (prose; page text is in traditional characters)
# --------------------------------------------------------------------------------------
N3 = "jiangsu-jiangyin-xicheng-kechuangyuanqu-zhuanxiangzhai-zipingjia-baogao.docx"
U3 = "http://www.cashforyourphonenow.com/doc/2025/06/20/1332823.shtml"
GOAL3_ALL = ("建成占地面積12.77萬平方米、總建筑面積約27.6萬平米,建設園區內管線工程、智能停車場及車位配置、充電樁、"
             "智慧園區系統等基礎設施工程,集智能制造、大數據、人工智能、工業物聯等為一體的科創研發、中試基地。")
GOAL3_STAGE = "計劃主體結構封頂,完成內外墻粉刷及門窗安裝,室外工程準備進場施工。"


def build3():
    d = new_doc("江蘇省政府專項債券項目績效自評價報告")
    meta = [("信息索引號", "01404053X/2025-02422", "生成日期", "2025-06-20", "公開日期", "2025-06-20"),
            ("文件編號", "", "公開時限", "長期公開", "發布機構", "霞科灣科學城管理辦公室"),
            ("公開形式", "網站", "公開方式", "主動公開", "公開范圍", "面向社會"),
            ("有效期", "長期", "公開程序", "部門內部審核后公開", "體裁", "其他"),
            ("主題(一級)", "財政、金融、審計", "主題(二級)", "財政", "關鍵詞", "財務,審計,市場"),
            ("效力狀況", "有效", "文件下載", "", "", "")]
    t = grid_table(d, 7, 6)
    for i, row in enumerate(meta):
        for j, v in enumerate(row):
            put(t, i, j, v)
    put(t, 6, 0, "內容概述"); put(t, 6, 1, "(錫澄協同發展區科創園區建設工程項目)", c2=5)
    para(d, "")
    para(d, "江蘇省政府專項債券項目績效自評價報告", bold=True, center=True, size=15)
    para(d, "(錫澄協同發展區科創園區建設工程項目)", center=True)
    para(d, "一、項目情況", bold=True)
    para(d, "(一)項目概況")
    para(d, ("錫澄協同發展區科創園區建設工程項目是江陰高新區落實無錫市委市政府錫澄一體化發展戰略、江陰市委市政府"
             "“南征北戰、東西互博”部署的重要舉措。項目位于江陰高新區青陽園區,總投資約13.34億元,用地面積約12.77萬平方米,"
             "建筑面積約27.6萬平方米,目標是以“產-園-人”融合為導向,建成集研發、制造、服務于一體的先進智能化制造產業基地,"
             "打造錫澄協同發展智能制造示范區。"))
    para(d, ("2024年,該項目獲批2.5億元政府專項債券資金,年內已全額完成支付。截至目前,該項目累計向上爭取并獲批"
             "政府專項債券資金7.8億元。"))
    para(d, "(二)績效目標")
    para(d, "1、總體目標:" + GOAL3_ALL)
    para(d, "2、階段性目標:" + GOAL3_STAGE)
    para(d, "二、評價情況", bold=True)
    para(d, "(一)項目特點分析")
    para(d, "該項目有較好的發")
    d.save(os.path.join(HERE, N3))


G3 = {
    "source_urls": [U3],
    "province": "江苏省",
    "doc_kind": "政府专项债券项目绩效自评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "总体目标", "text": GOAL3_ALL},
        {"kind": "阶段性目标", "text": GOAL3_STAGE},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": GOAL3_STAGE,
         "why": "阶段性目标 lists milestones (主体结构封顶, 内外墙粉刷及门窗安装, 室外工程准备进场) with no number, "
                "no completion share and no date."},
    ],
    "notes": ("The stored copy is a mirror of a Jiangyin (江阴, 无锡, 江苏) government page converted to traditional "
              "characters; the document keeps the traditional characters as found (mirror defect). The page stops inside "
              "section 二(一) at '該項目有較好的發'; the document stops there too. Background sentences are in my own words, "
              "numbers kept (13.34億元, 12.77萬平方米, 27.6萬平方米, 2.5億元 in 2024, 7.8億元 cumulative). No sum fact: "
              "7.8億元 is cumulative and its yearly parts other than 2024 are not stated. The 总体目标 is quantified "
              "(areas) so not flagged; no indicator table exists, so goal.unmeasured is not asserted (the report is cut "
              "before any indicator section). Prose-only document (one of at most two). Pattern 10 = goals and "
              "instalments in prose. Province judged from 江陰高新區/無錫 in the text, not from the mirror's host.")
}

# --------------------------------------------------------------------------------------
# 4  Guangdong / Huizhou: 专项债资金绩效评价报告 with masked numbers (prose)
# --------------------------------------------------------------------------------------
N4 = "guangdong-huizhou-zhongxinrenminyiyuan-jinshanyuanqu-zhuanxiangzhai-pingjia-baogao.docx"
U4 = "https://m.bidcenter.com.cn/news-17-301395911.html"
GOAL4_YEAR = "2023年12月底前完成裙楼(住院楼、医技楼、门诊楼区域)主体结构施工。"
GOAL4_PERIOD = ("项目建设是迫 (略) (略) “就诊难、行车难、停车难、住院难”等问题的需要。项目通过整合和优化医疗资源配置,"
                "(略) (略) 为依托建设广东省区域医疗中心,社会效益良好;项目收入预计*万元(其中,自2026年起,预计每年门诊收入*万元,"
                "拟发债期限内收入合计*万元;自2026年起, (略) 收入*万元,拟发债期限内收入合计*万元)。")


def build4():
    d = new_doc("专项债资金绩效评价报告")
    para(d, ("广东省惠州市中心人民医院创建省级区域医疗中心建设项目金山院区一期专项债资金绩效评价报告"),
         bold=True, center=True, size=14)
    para(d, "内容")
    para(d, ("在市领导关心和相关单位支持下,市 (略) 创建省级区域医疗中心建设项目( (略) 区一期)按计划推进。依据广东省财政厅"
             "《广东省政府专项债券项目资金绩效管理实施办法(试行)的通知》(粤财社)(粤财债〔2021〕81号)和《 (略) 财政局关于做好"
             "专项债券项目资金绩效管理有关工作的通知》(惠财债函〔2023〕22号)的要求,现将该项目专项债券项目资金绩效评价情况"
             "汇报如下:"))
    para(d, "第一部分:绩效报告", bold=True)
    para(d, "一、项目概要", bold=True)
    para(d, "(一)项目概况")
    para(d, ("(略) (略) 创建省级区域医疗中心建设项目( (略) 区一期)占地面积*㎡,总建筑面积约*.26㎡,其中计容面积*.65㎡,"
             "不计容建筑面积*.61㎡。建设内容包括急诊部、门诊部、住院楼、医技科室、保障系统用房、地下停车库及配套工程,"
             "一期工程规划开放床位500张。"))
    para(d, "(二)绩效目标")
    para(d, "本年度目标:" + GOAL4_YEAR)
    para(d, "实施周期目标:" + GOAL4_PERIOD)
    para(d, "(三)评价金额及支出使用情况")
    para(d, "2023年下达专项债资金*元,已于2023年4月底前完成专项债券资金支出*元,支付率100%。")
    para(d, "二")
    d.save(os.path.join(HERE, N4))


G4 = {
    "source_urls": [U4],
    "province": "广东省",
    "doc_kind": "专项债券项目资金绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "本年度目标", "text": GOAL4_YEAR},
        {"kind": "实施周期目标", "text": GOAL4_PERIOD},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": GOAL4_PERIOD,
         "why": "实施周期目标 argues necessity and benefits; its only numbers (项目收入, 门诊收入) are masked as '*万元', "
                "so no measurable target remains."},
    ],
    "notes": ("Stored page (a bidding-portal copy) masks figures with '*' and place names with '(略)'; both kept as found "
              "(e.g. 占地面积*㎡, 总建筑面积约*.26㎡, 专项债资金*元). The page stops at '二' after section 一(三); so does "
              "the document. '支付率100%' cannot be checked because both amounts are masked: no consistency.rate finding. "
              "本年度目标 is a dated milestone (2023年12月底前 主体结构施工), not flagged. '(粤财社)(粤财债〔2021〕81号)' "
              "double bracket kept as found. Background sentences rewritten in my own words; numbers and document "
              "numbers kept (500张, 粤财债〔2021〕81号, 惠财债函〔2023〕22号). Prose-only document (one of at most two). "
              "Pattern 10 = goals and payments in prose.")
}

# --------------------------------------------------------------------------------------

DOCS = [(N1, build1, G1), (N2, build2, G2), (N3, build3, G3), (N4, build4, G4)]


def to_pdf(name):
    out = os.path.join(HERE, "_pdf_tmp")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, os.path.join(HERE, name)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(name)[0] + ".pdf"
    shutil.move(os.path.join(out, pdf), os.path.join(HERE, pdf))
    shutil.rmtree(out, ignore_errors=True)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check(pdf, gold):
    text = squash(subprocess.run(["pdftotext", os.path.join(HERE, pdf), "-"], capture_output=True,
                                 text=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for k in ("name", "target_text"):
            if ind.get(k) and squash(ind[k]) not in text:
                missing.append((k, ind[k]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    # gold first, before anything else looks at the files
    for name, _, gold in DOCS:
        write_gold(name, gold)
        write_gold(os.path.splitext(name)[0] + ".pdf", gold)
    bad = 0
    for name, build, gold in DOCS:
        build()
        pdf = to_pdf(name)
        miss = check(pdf, gold)
        print(name, "->", pdf, "missing in PDF text:", miss if miss else "none")
        bad += len(miss)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
