"""Blind part 66 of the real-layout corpus: documents and gold.

Each document reproduces one stored public page (county/township project notices: 衔接资金 project
plans, 小额信贷贴息, 以工代赈, 民族宗教专项资金, 桑树种植奖补). Layout, facts (names, amounts, dates,
document numbers) as the page gives them; longer sentences (goals, requirements, narrative) in our own
words with the same numbers. Each stored page holds its beginning only; documents stop where it stops.

Gold was written by hand below (DOCS) before anything ran on the files, by an annotator who did not read
the toolkit's code. Run with /tmp/venv/bin/python; `--no-pdf` skips the LibreOffice export.
DOCX/XLSX are deterministic: core properties pinned to 2025-01-01, zip entries rewritten with a fixed
date in a fixed order.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)

XIPING_URL = "http://xiping.gov.cn/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2024/02/phone1726683529399584.htm"
DAYE_URL = "https://hbdaye.gov.cn/xwzx/gggs/202408/t20240819_1142828.html"
JINGYAN_URL = "http://charitysboutique.com/news/d576de13bf526296f46e2e5193aae6e7.html"
WENSHAN_URL = "http://www.ynwss.gov.cn/info/2467/94986.htm"
YEXIAN_URL = "http://yexian.gov.cn/contents/54280/653288.html"


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
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


def table(doc, rows, ncols):
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                t.cell(i, j).text = str(val)
    return t


def fix_zip(path):
    """Rewrite the zip with a fixed date in a fixed order; pin core.xml dates."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    core = "docProps/core.xml"
    if core in items:
        s = items[core].decode("utf-8")
        s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2025-01-01T00:00:00Z\2", s)
        s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2025-01-01T00:00:00Z\2", s)
        items[core] = s.encode("utf-8")
    order = sorted(items, key=lambda n: (n != "[Content_Types].xml", not n.startswith("_rels/"), n))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, items[n])
    with open(path, "wb") as f:
        f.write(buf.getvalue())


thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")


def new_wb():
    wb = Workbook()
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def put(ws, r, c, v, bold=False, border=True):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    cell.font = Font(name="宋体", size=10, bold=bold)
    if border:
        cell.border = BORDER
    return cell


# ---------------------------------------------------------------- 1 西平 小额信贷贴息
XIPING_GOAL = ("向2472户脱贫户和监测户的创业发展给予贴息资金支持，帮助其提升自我发展和“造血”能力、"
               "拓宽增收渠道，为巩固拓展脱贫攻坚成果提供保障，受益人口满意度100%。")


def build_xiping(path):
    doc = new_doc()
    para(doc, "经中共西平县委农村工作领导小组研究，同意《关于2024年西平县脱贫人口小额信贷贴息项目投资计划的批复》"
              "(西农领〔2023〕6号)，现将该项目投资计划批复内容予以公示公告：")
    para(doc, "项目名称:2024年西平县脱贫人口小额信贷贴息项目")
    para(doc, "项目投资及资金来源:项目规模共计380万元,其中财政衔接资金380万元。")
    para(doc, "建设内容:")
    para(doc, "(一)对2021年188户户贷进行贴息,按照LPR利率全额贴息,共计18.027813万元;")
    para(doc, "(二)对2022年35户户贷进行贴息,按照LPR利率全额贴息,共计1.317516万元;")
    para(doc, "(三)对2023年697户户贷进行贴息,按照LPR利率全额贴息,共计81.427931万元。")
    para(doc, "(四)对2024年32户户贷进行贴息,按照LPR利率全额贴息,共计1.57952万元。"
              "计划2024年新增1520户户贷,按照LPR利率全额贴息进行贴息,共计277.4万元。")
    para(doc, "建设地点:西平县")
    para(doc, "实施期限:2024年12月31日前完成")
    para(doc, "绩效目标:" + XIPING_GOAL)
    para(doc, "利益联结机制:项目对全县脱贫户、监测对象落实贴息政策，减轻其创业风险和资金压力，"
              "引导他们自主发展产业，以此巩固脱贫攻坚成果。")
    para(doc, "公示时间:2024年2月5日---2月14日")
    para(doc, "监督方式:市乡村振兴局电话:0396-2610268")
    para(doc, "县乡村振兴局电话:0396-2751711")
    para(doc, "县金融服务中心电话:0396-3707725")
    para(doc, "2024年2月5日")
    doc.save(path)


XIPING_GOLD = dict(
    source_urls=[XIPING_URL],
    province="河南",
    doc_kind="项目计划公示 (小额信贷贴息, 条目式, 含绩效目标一段)",
    patterns=[10],
    indicators=[],
    goals=[{"kind": "目标", "text": XIPING_GOAL}],
    facts=[
        {"metric": "项目规模", "kind": "sum", "total": 380,
         "parts": [18.027813, 1.317516, 81.427931, 1.57952, 277.4], "unit": "万元"},
        {"metric": "受益脱贫户与监测户户数", "kind": "sum", "total": 2472,
         "parts": [188, 35, 697, 32, 1520], "unit": "户"},
    ],
    findings=[
        {"rule": "consistency.sum", "item": "项目规模",
         "why": "项目规模共计380万元, but the five 贴息 items (18.027813 + 1.317516 + 81.427931 + 1.57952 + 277.4) "
                "add to 379.75278万元, 0.24722万元 short of the stated total"},
    ],
    notes=("西平县 (驻马店, 河南) public notice of 2024-02-05 on the 2024 脱贫人口小额信贷贴息 project plan "
           "(批复 西农领〔2023〕6号). The stored page starts with the sentence citing the 批复 (no title) and runs to "
           "the closing date; the document keeps that shape and does not invent a title. Items are kept as labelled "
           "lines ('项目名称:', '建设内容:' with (一)…(四), the 2024 new-loan sentence inside item (四) as on the page). "
           "The 绩效目标 and 利益联结机制 sentences are in our own words with the same numbers (2472户, 100%). "
           "Checks: the household counts add up (188+35+697+32+1520 = 2472, the goal's number), the money does not "
           "(parts 379.75278 vs 380万元): flagged as consistency.sum; a reviewer could argue the 0.25万元 is an "
           "unallocated reserve, but the notice says 共计380万元 for exactly these items. Not flagged: 受益人口满意度100% "
           "(=100 % is possible, not over 100 %); the goal has numbers, so no goal.unquantified. No indicator table, so "
           "no coverage finding."),
)


# ---------------------------------------------------------------- 2 大冶 项目计划安排表
DAYE_GOAL = "建成果蔬生产基地180亩，吸纳周边人口就近务工、提高人均纯收入，带动特色产业发展，增加村集体经济收入。"


def build_daye(path):
    wb = new_wb()
    ws0 = wb.active
    ws0.title = "公告"
    lines = [
        "省财政厅依据《省财政厅关于下达2024年省级财政衔接推进乡村振兴补助资金(财政支持县域农业特色产业发展试点)"
        "预算的通知》(鄂财农发〔2024〕33号)，向我市下达财政衔接推进乡村振兴补助资金(财政支持县域农业特色产业发展试点)"
        "1000万元，现将资金分配和项目实施计划公告如下(具体见附件)。",
        "公告时间:2024年8月9日—2024年8月18日。",
        "监督电话:12317",
        "市财政局举报电话:0714-871488",
        "市农业农村局举报电话:0714-3818192",
        "受理单位:大冶市财政局、大冶市农业农村局",
        "通讯地址:大冶市七里界路25号农业技术推广大楼501室",
        "附件:大冶市2024年度省级财政衔接推进乡村振兴补助资金(财政支持县域农业特色产业发展试点)项目计划安排表",
        "市委农办",
        "2024年8月9日",
    ]
    for i, t in enumerate(lines, 1):
        put(ws0, i, 1, t, border=False)
    ws0.column_dimensions["A"].width = 70
    ws0.row_dimensions[1].height = 70
    ws0.row_dimensions[8].height = 30

    ws = wb.create_sheet("项目计划安排表")
    ncol = 18
    put(ws, 1, 1, "附件:", border=False)
    put(ws, 2, 1, "大冶市2024年度省级财政衔接推进乡村振兴补助资金(财政支持县域农业特色产业发展试点)项目计划安排表",
        bold=True, border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    put(ws, 3, 1, "单位:万元", border=False)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    head = ["序号", "部门", "乡镇", "村", "项目名称", "项目子类型", "建设内容", "计划投入资金", "资金来源", None, None,
            None, "实施期限(年/月-年/月)", "预期绩效目标", "联农带农富农利益联结机制", "责任单位", "责任人", "备注"]
    sub = [None] * 8 + ["中央衔接资金", "省级衔接资金", "省级财政资金", "其他 资金"] + [None] * 6
    for c in range(1, ncol + 1):
        put(ws, 4, c, head[c - 1], bold=True)
        put(ws, 5, c, sub[c - 1], bold=True)
    for c in list(range(1, 9)) + list(range(13, 19)):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=9, end_row=4, end_column=12)
    total = ["合 计", None, None, None, None, None, None, 3069.7, 0, 1000, 500, 1569.7] + [None] * 6
    for c in range(1, ncol + 1):
        put(ws, 6, c, total[c - 1])
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=7)
    row = [1, "市财政局、市农业农村局", "大箕铺镇", "方至畈村和东角山村", "大冶市果蔬特色产业强链重点工程示范项目",
           "种植业基地", "蔬菜加工厂房建设,冷链设备采购,农产品检测中心建设,检测设备采购。", 3069.7, 0, 1000, 500,
           1569.7, "2024年6月到12月", DAYE_GOAL, "土地流转、就业务工、带动生产", "大箕铺镇政府", "张世磊", None]
    for c in range(1, ncol + 1):
        put(ws, 7, c, row[c - 1])
    ws.row_dimensions[4].height = 30
    ws.row_dimensions[5].height = 30
    ws.row_dimensions[7].height = 80
    widths = [6, 14, 10, 12, 18, 10, 24, 10, 9, 9, 9, 9, 12, 30, 16, 12, 8, 6]
    for i, w in enumerate(widths):
        ws.column_dimensions[ws.cell(row=1, column=i + 1).column_letter].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws0.page_setup.fitToWidth = 1
    ws0.page_setup.fitToHeight = 0
    ws0.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


DAYE_GOLD = dict(
    source_urls=[DAYE_URL],
    province="湖北",
    doc_kind="项目计划安排表公告 (衔接资金 财政支持县域农业特色产业发展试点, 一行一项目含预期绩效目标)",
    patterns=[7, 10],
    indicators=[],
    goals=[{"kind": "目标", "text": DAYE_GOAL}],
    facts=[
        {"metric": "计划投入资金", "kind": "sum", "total": 3069.7, "parts": [0, 1000, 500, 1569.7], "unit": "万元"},
    ],
    findings=[],
    notes=("大冶市 (黄石, 湖北) 市委农办 notice of 2024-08-09: 1000万元 省级衔接资金 (鄂财农发〔2024〕33号) for one "
           "果蔬 project in 大箕铺镇. Sheet '公告' holds the notice lines (first sentence in our own words, contacts and "
           "dates as written); sheet '项目计划安排表' reproduces the attachment: 18 columns, 资金来源 merged over four "
           "sub-columns (中央衔接资金 / 省级衔接资金 / 省级财政资金 / '其他 资金' with the stray space), a 合 计 row, one "
           "project row. The stored page ends in that project row (备注 empty). The 预期绩效目标 cell is in our own "
           "words with the same number (180亩). Checks: 0 + 1000 + 500 + 1569.7 = 3069.7 (no finding); 省级衔接资金 "
           "1000 matches the 1000万元 in the notice. Judgement calls: the goal names a 180亩 production base while "
           "建设内容 lists a processing plant, cold chain and a testing centre (a relevance gap, no rule id for it, "
           "not flagged); the goal has one number, so no goal.unquantified, although 就近务工 / 人均纯收入 / 村集体经济收入 "
           "carry no numbers. No indicator table, so no coverage finding."),
)


# ---------------------------------------------------------------- 3 井研 以工代赈 (traditional-character page)
JINGYAN_REQ = ("1.門坎鎮收到縣發改局轉下達的以工代賑項目資金計劃文件後，須在10個工作日內予以公告；項目建成並通過驗收後，"
               "再就補助資金使用和項目實施情況進行公告。 2.項目建設要吸收當地群眾和脫貧戶參加，依照合同約定按時、足額"
               "支付勞務報酬。須會同相關部門，參考本地農民務工平均收入，制定分行業的勞務報酬指導標準，並在項目前期工作"
               "和簽訂工程合同時把勞務報酬寫明。以工代賑項目發放的勞務報酬不低於國家下達資金計劃的42%，統一經“一卡通”"
               "平臺發放。勞務報酬發放情況應當公開，接受群眾監")


def build_jingyan(path):
    doc = new_doc()
    para(doc, "井研縣2026年提前批中央財政以工代賑", bold=True, center=True, size=14)
    para(doc, "項目公示", bold=True, center=True, size=14)
    rows = [
        ["", "內  容"],
        ["項目名稱", "井研縣門坎鎮2026年中央財政以工代賑項目"],
        ["主要建設內容", "改建農村公路共4.2千米(寬4.5米,厚0.2米,C30混凝土);新建擋土墻11處(571立方米);整治山坪塘9口,"
                   "1口(3381立方米/口),1口(3947立方米/口),1口(1976立方米/口),1口(841立方米/口),1口(1764立方米/口),"
                   "1口(1411立方米/口),1口(7416立方米/口),1口(2405立方米/口),1口(1128立方米/口)。"],
        ["補助資金", "中央財政銜接推進鄉村振興補助資金(以工代賑任務)375萬元"],
        ["勞務報酬", "勞務報酬發放比例不得低于國家下達資金計劃的42%(不低于157.50萬元)"],
        ["建設工期", "11個月"],
        ["相關要求", JINGYAN_REQ],
    ]
    t = table(doc, rows, 2)
    for r in t.rows:
        r.cells[0].width = Pt(80)
        r.cells[1].width = Pt(360)
    doc.save(path)


JINGYAN_GOLD = dict(
    source_urls=[JINGYAN_URL],
    province="四川",
    doc_kind="以工代赈项目公示 (两列表: 项目名称/建设内容/补助资金/劳务报酬/工期/相关要求)",
    patterns=[8],
    indicators=[],
    goals=[],
    facts=[
        {"metric": "勞務報酬占國家下達資金計劃比例", "kind": "budget", "planned": 375, "actual": 157.5,
         "stated_rate": 42, "unit": "萬元"},
        {"metric": "整治山坪塘", "kind": "sum", "total": 9, "parts": [1, 1, 1, 1, 1, 1, 1, 1, 1], "unit": "口"},
    ],
    findings=[],
    notes=("井研縣 (乐山, 四川) 公示 of the 2026 提前批 中央財政以工代賑 project in 門坎鎮, as stored on a spam "
           "mirror site that serves the county page converted to traditional characters; the document keeps the "
           "traditional characters as found (names in the gold are written the same way). Layout: a two-line title and "
           "a two-column table whose header row has an empty first cell and '內  容'. Facts as written (4.2千米, 寬4.5米, "
           "厚0.2米, C30, 11處/571立方米, nine 山坪塘 with their volumes, 375萬元, 42%, 157.50萬元, 11個月). The 相關要求 "
           "cell is in our own words; the stored page stops inside it at '接受群眾監', and the document stops there too. "
           "Checks: 375 × 42% = 157.50萬元 (recorded as a rate fact, consistent); nine 1口 items for 9口 (consistent); "
           "the pond volumes are listed without a total, so no sum fact for them. No goals or indicators are on the "
           "page, so nothing to flag; the 相關要求 text is instruction text (pattern 8)."),
)


# ---------------------------------------------------------------- 4 文山 民族宗教专项资金
def build_wenshan(path):
    doc = new_doc()
    para(doc, "文山市人民政府")
    para(doc, "文山市财政局关于下达2021年省对下民族宗教专项资金的通知", bold=True, center=True, size=14)
    para(doc, "信息来源:市财政局     发布日期:2021年12月21日     点击:")
    para(doc, "文山市民宗局:")
    para(doc, "依据《文山州财政局文山州民族宗教事务委员会关于下达2021年省对下民族宗教专项资金的通知》(文财农﹝2021﹞56号)，"
              "现向你单位下达民族宗教专项资金58万元(详见附件)，列入2021年“2130199-其他农业农村支出”预算收支科目。"
              "有关事项通知如下:")
    para(doc, "一、2021年省对下民族宗教专项资金重点支持民族团结进步示范创建、现代化边境小康村建设、民族文化“双百”工程、"
              "民族地区企业发展贷款财政贴息，以及民族团结进步示范创建经费“五进”宗教活动场所经费保障等方面。")
    para(doc, "二、本次下达的资金要按民族宗教专项资金的管理要求使用，管好用好，扎实推进民族宗教工作。")
    para(doc, "三、请加快项目实施，加强资金监管和绩效评价，发挥资金使用效益；年底前将项目实施和资金使用情况报州民宗委，"
              "同时抄送州财政局。")
    para(doc, "附件:1.2021年省对下民族宗教专项资金下达表")
    para(doc, "2.2021年省对下民族宗教专项资金绩效目标表(州本级)")
    para(doc, "3.2021年省对下民族宗教专项资金绩效目标表(县级)")
    para(doc, "附件1:")
    para(doc, "2021年省对下民族宗教专项资金分配表", bold=True, center=True)
    para(doc, "单位:万元")
    rows = [
        ["单位", "合计", "民贸名品", "民族文化项目", "民族团结保障经费", "五进宗教活动场所经费", "备注"],
        ["市民宗局", "58", "10", "15", "13", "20",
         "其中州本级民族团结保障经费3万元,用于文山市佛教协会民族团结进步创建工作补贴经费"],
    ]
    table(doc, rows, 7)
    para(doc, "附件2:")
    para(doc, "附件3:")
    doc.save(path)


WENSHAN_GOLD = dict(
    source_urls=[WENSHAN_URL],
    province="云南",
    doc_kind="资金下达通知 (分配表一张; 两张绩效目标表附件只有标题, 无内容)",
    patterns=[],
    indicators=[],
    goals=[],
    facts=[
        {"metric": "民族宗教专项资金(市民宗局合计)", "kind": "sum", "total": 58, "parts": [10, 15, 13, 20], "unit": "万元"},
    ],
    findings=[],
    notes=("文山市财政局 (文山州, 云南) notice of 2021-12-21 passing down 58万元 of 省对下民族宗教专项资金 "
           "(文财农﹝2021﹞56号), 科目 2130199-其他农业农村支出. The numbered paragraphs are in our own words; header "
           "lines, document number, 科目 and amounts as written. Kept as found: the attachment list calls 附件1 a "
           "'下达表' while the table is headed '分配表'; '附件2:' and '附件3:' (the two 绩效目标表) appear with nothing "
           "under them, as on the stored page (the tables were probably images), and the page ends there. Check: "
           "10 + 15 + 13 + 20 = 58 (consistent). Judgement call: the empty 绩效目标表 headings are not judged for "
           "coverage or missing values, because no indicator table is present in the document at all."),
)


# ---------------------------------------------------------------- 5 叶县 桑树种植
YEXIAN_GOAL = "在全县12个乡镇31个村种植构树饲草918亩，按每亩1000元给予补助，引导25493名群众调整种植结构、拓宽增收渠道。"


def build_yexian(path):
    doc = new_doc()
    para(doc, "叶县畜牧局2020年桑树种植建设项目", bold=True, center=True, size=14)
    para(doc, "扶贫资金计划安排情况公示", bold=True, center=True, size=14)
    para(doc, "经县扶贫开发领导小组审定，我局2020年桑树种植建设项目已列入2020年度年度实施计划，现将项目计划安排情况公告如下:")
    para(doc, "1、项目名称:叶县2020年桑树种植建设项目")
    para(doc, "2、项目实施地点:仙台镇、夏李乡、龙泉乡、田庄乡、常村镇、辛店镇、邓李乡、任店镇、叶邑镇;")
    para(doc, "3、项目建设内容:计划对我县境内优质桑树种植8060亩进行专项奖补。其中,2019年种植3060亩,每亩补贴资金500元;"
              "2020年计划种植5000亩,每亩补贴资金1000元。")
    para(doc, "4、项目金额及资金来源:653万元(财政资金)")
    para(doc, "项目计划建设时限:2019年6月30日——2020年10月30日")
    para(doc, "5、实施部门及责任人:畜牧局 杨东方")
    para(doc, "6、项目绩效目标:" + YEXIAN_GOAL)
    para(doc, "7、项目带贫减贫机制:项目实施后预计带动贫困群众645户、2021人调整种植结构，拓宽增收渠道。")
    para(doc, "监督电话:8052348")
    para(doc, "2020年3月5日")
    doc.save(path)


YEXIAN_GOLD = dict(
    source_urls=[YEXIAN_URL],
    province="河南",
    doc_kind="扶贫资金计划安排情况公示 (条目式, 含项目绩效目标一条)",
    patterns=[10],
    indicators=[],
    goals=[{"kind": "目标", "text": YEXIAN_GOAL}],
    facts=[
        {"metric": "桑树种植面积", "kind": "sum", "total": 8060, "parts": [3060, 5000], "unit": "亩"},
    ],
    findings=[],
    notes=("叶县畜牧局 (平顶山, 河南) 公示 of 2020-03-05 on the 2020 桑树种植建设项目 (653万元 财政资金). Title, "
           "numbered items, places, areas, rates, dates, names and phone number as written; the intro sentence and "
           "items 6 (绩效目标) and 7 (带贫减贫机制) are in our own words with the same numbers. Kept as found: the "
           "doubled '年度年度', and '项目计划建设时限' as an unnumbered line between items 4 and 5. The stored page "
           "ends with the date. Checks: 3060 + 5000 = 8060亩 (consistent); 3060亩 × 500元 + 5000亩 × 1000元 = 653万元 "
           "(consistent, computed from rates, so not recorded as a stated sum). Judgement calls: the 绩效目标 item "
           "describes a different scheme (构树饲草 918亩 in 12 乡镇 31 村) from the project it heads (桑树 8060亩 in the "
           "9 乡镇 listed) — clearly a copied goal, but none of the allowed rule ids covers a goal that contradicts "
           "the project, so it is not flagged (goal has numbers, so no goal.unquantified). No indicator table, so no "
           "coverage finding."),
)


DOCS = [
    ("ha-xiping-microcredit-notice.docx", build_xiping, XIPING_GOLD),
    ("hb-daye-fruitveg-plan.xlsx", build_daye, DAYE_GOLD),
    ("sc-jingyan-yigongdaizhen-notice.docx", build_jingyan, JINGYAN_GOLD),
    ("yn-wenshan-minzu-fund-notice.docx", build_wenshan, WENSHAN_GOLD),
    ("ha-yexian-mulberry-notice.docx", build_yexian, YEXIAN_GOLD),
]


def gold_json(source, g):
    out = {"source": source}
    for k in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings",
              "notes"):
        out[k] = g[k]
    return out


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for name, build, gold in DOCS:
        path = os.path.join(HERE, name)
        build(path)
        fix_zip(path)
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_json(name, gold), f, ensure_ascii=False, indent=1)
            f.write("\n")
        pdf = os.path.splitext(name)[0] + ".pdf"
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(ANN, pdf + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_json(pdf, gold), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", name, "+", pdf)


if __name__ == "__main__":
    main()
