# -*- coding: utf-8 -*-
"""blind157: layouts of real public budget-performance pages (North China angle + one off-angle form).

Gold first (as Python data), then the builders (python-docx / openpyxl), the LibreOffice PDF export,
the annotations and a pdftotext presence check.  Run with /tmp/venv/bin/python.
"""
import io, json, os, re, subprocess, sys, zipfile, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind157"

# ----------------------------------------------------------------------------------------------
# GOLD
# ----------------------------------------------------------------------------------------------
YN_GOAL = ("依托严格的能源安全执法检查、应急演练和法制宣传,保障全市能源运行、行业工程施工及工程质量安全;"
           "发挥保山新能源资源与区位优势,加强能源网络建设,增强保障能力,优化供给结构,提升能源治理效能。")
YN_ACTUAL = ("2023年共开展项目现场踏勘、检查、督导及向上级汇报113次,带动新能源投资增加24亿元,"
             "市内新增电源145.2万千瓦,能源保障总体平稳可靠。")
YN_N1 = "开展项目现场踏勘、检查、督导,赴省能源局等汇报工作次数"

GOLD = {
 "yunnan-baoshan-nengyuan-zipingbiao.xlsx": {
  "source_urls": ["https://alkalih2o.com/info/7535/9976364.htm"],
  "province": "云南省",
  "doc_kind": "绩效自评表",
  "patterns": [2, 5, 6, 9, 10],
  "indicators": [
   {"level1": "产出指标", "level2": "数量指标", "name": YN_N1, "operator": ">=", "value": 20, "unit": "次",
    "target_text": "20", "actual": 113, "weight": 22.5, "score": 22.5},
   {"level1": "产出指标", "level2": "成本指标", "name": "经费支出", "operator": "<=", "value": 33, "unit": "万元",
    "target_text": "33", "actual": 32.9999, "weight": 22.5, "score": 22.5},
   {"level1": "效益指标", "level2": "经济效益", "name": "形成新能源投资增加数", "operator": ">=", "value": 100000000,
    "unit": "元", "target_text": "1亿", "actual": 2400000000, "weight": 9, "score": 9},
  ],
  "goals": [{"kind": "年度目标", "text": YN_GOAL}],
  "facts": [
   {"metric": "年度资金总额(全年执行数)", "kind": "sum", "total": 329998.60, "parts": [329998.60], "unit": "元"},
   {"metric": "执行率", "kind": "rate", "planned": 329998.60, "actual": 329998.60, "stated_rate": 100.00, "unit": "%"},
  ],
  "findings": [
   {"rule": "target.too_low", "item": YN_N1,
    "why": "年度指标值≥20次,实际完成113次(565%),指标值明显定低,仍给满分22.50"},
   {"rule": "target.cost_restates_budget", "item": "经费支出",
    "why": "成本指标只是'经费支出≤33万元',等于项目预算330,000.00元,没有单位成本含义"},
   {"rule": "target.too_low", "item": "形成新能源投资增加数",
    "why": "年度指标值≥1亿元,实际24亿元(2400%),指标值远低于实际"},
   {"rule": "goal.unquantified", "item": YN_GOAL,
    "why": "年度目标只有'加强/增强/优化/提升'等表述,没有任何数量或基线"},
  ],
  "notes": ("Off-angle (云南 保山), taken because no unused North-China page with indicator rows was found. "
            "Page header table (索引号/发布机构/公开目录/发布日期/文号/浏览量) kept as the first rows. "
            "年度指标值 is split into 指标性质 (holding operator codes '004 >=' / '005 <='), 指标值 and 度量单位; "
            "target_text is the 指标值 cell. '1亿' with 度量单位 '元' and actual '24亿' are normalised to 元 in value/actual. "
            "The row '90.00 | 90.00' under the header is the 分值/得分 subtotal of the 90-point block (a number row, not funds). "
            "The money block is in 元 while the cost indicator is in 万元. Stored page stops after the 经济效益 row "
            "(so no 满意度/社会效益 rows are visible; not flagged as missing). Goal and 实际完成情况 texts rewritten in own words."),
 },
 "hebei-shuiliting-shuilijiuzai-zipingbaogao.docx": {
  "source_urls": ["http://slt.hebei.gov.cn/a/2023/11/01/93B3D7AF0B5B4A99AF25C60B47CF7E9E.html"],
  "province": "河北省",
  "doc_kind": "绩效自评报告",
  "patterns": [10],
  "indicators": [],
  "goals": [],
  "facts": [
   {"metric": "中央农业生产和水利救灾资金(水利部分)分解下达", "kind": "sum", "total": 6800,
    "parts": [780, 690, 495, 465, 835, 600, 515, 395, 400, 615, 600, 410], "unit": "万元"},
   {"metric": "预算执行率", "kind": "rate", "planned": 6800, "actual": 4132.8, "stated_rate": 60.78, "unit": "%"},
  ],
  "findings": [],
  "notes": ("Prose self-evaluation report of 河北省水利厅 (转移支付 2022年度). Stored page stops inside "
            "'(二)资金管理情况分析' (mid-word '规范项目资'); no indicator analysis and no goal sentence are reached. "
            "Allocation to 11 cities + 厅直单位 is in prose and sums to 6800 (consistent); 4132.8/6800 = 60.78% (consistent). "
            "Paragraphs rewritten in own words keeping all numbers, dates and document names."),
 },
 "tianjin-caizhengju-qingjiequnuan-xiada-tongzhi.docx": {
  "source_urls": ["http://www.taoyu-china.com/w/a3/11282.html"],
  "province": "天津市",
  "doc_kind": "资金下达通知(附项目绩效目标申报表)",
  "patterns": [8],
  "indicators": [],
  "goals": [],
  "facts": [
   {"metric": "2022-2023采暖期农村清洁取暖运行市级补贴专项资金", "kind": "sum", "total": 78022.9,
    "parts": [16782, 61240.9], "unit": "万元"},
  ],
  "findings": [],
  "notes": ("Industry-news mirror (炉具网) of 津财基指〔2022〕103号; the stored page shows it in traditional characters "
            "(automatic conversion, with a few garbled characters); rebuilt in simplified characters. Template blanks "
            "'____区财政局' and '____万元' kept (the notice is a template sent to each district). The attached 项目绩效目标申报表 "
            "is only named, not reproduced on the page, so there are no indicator rows. Trailing site text "
            "('扫码申请加入 / 农村清洁取暖赋能交流群') kept. Long sentences rewritten in own words, numbers/codes kept."),
 },
 "beijing-fengtai-fengtaiyuan-juesuan.docx": {
  "source_urls": ["http://www.bjft.gov.cn/ftq/ygw2022/202308/052d6ce0dcba4c6ea872eff56b715f60.shtml"],
  "province": "北京市",
  "doc_kind": "部门决算(含部门绩效评价情况)",
  "patterns": [],
  "indicators": [],
  "goals": [],
  "facts": [
   {"metric": "本年收入合计", "kind": "sum", "total": 2371.75, "parts": [2371.75, 0, 0, 0, 0, 0], "unit": "万元"},
   {"metric": "收、支总计比上年下降率", "kind": "rate", "planned": 2935.34, "actual": 497.8, "stated_rate": 16.96,
    "unit": "%", "note": "denominator = 2437.54 + 497.8 (上年数, derived)"},
   {"metric": "本年收入合计比上年下降率", "kind": "rate", "planned": 2935.34, "actual": 563.59, "stated_rate": 19.20,
    "unit": "%", "note": "denominator = 2371.75 + 563.59 (上年数, derived)"},
  ],
  "findings": [],
  "notes": ("Beijing 丰台区 district 部门决算 of 中关村科技园区丰台园社会事务服务中心; its table of contents announces "
            "'第四部分 2022年度部门绩效评价情况' but the stored page stops at '图1' inside 收入决算说明, before any "
            "performance content. Prose only; kept for the Beijing angle (shortfall, see SOURCES.md). Both stated rates "
            "recompute correctly (16.96%, 19.20%)."),
 },
}

# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
FIXED_DT = "2024-01-01T00:00:00Z"


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates (byte-deterministic)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % FIXED_DT, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % FIXED_DT, s)
                s = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ----------------------------------------------------------------------------------------------
# XLSX: 保山市能源局 项目支出绩效自评表
# ----------------------------------------------------------------------------------------------
def build_yunnan(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    import datetime
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    widths = {"A": 10, "B": 12, "C": 34, "D": 11, "E": 11, "F": 10, "G": 12, "H": 9, "I": 9, "J": 14, "K": 8, "L": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    rows = []

    def put(r, c, v, al=wrap, bold=False):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = al
        cell.font = Font(name="SimSun", size=9, bold=bold)
        return cell

    def box(r1, c1, r2, c2):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(row=r, column=c).border = border

    # page header table (索引号 …)
    put(1, 1, "索引号"); ws.merge_cells("B1:D1"); put(1, 2, "11533000MB1632050L/20240419-00001")
    put(1, 5, "发布机构"); ws.merge_cells("F1:G1"); put(1, 6, "保山市能源局")
    put(2, 1, "公开目录"); ws.merge_cells("B2:D2"); put(2, 2, "自评报告")
    put(2, 5, "发布日期"); ws.merge_cells("F2:G2"); put(2, 6, "2024-04-19")
    put(3, 1, "文号"); ws.merge_cells("B3:D3")
    put(3, 5, "浏览量"); ws.merge_cells("F3:G3")
    box(1, 1, 3, 7)
    # form
    r = 5
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    put(r, 1, "项目支出绩效自评表", bold=True)
    r = 6
    put(r, 1, "项目名称"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
    put(r, 2, "能源安全检查及新能源项目推进经费")
    r = 7
    put(r, 1, "主管部门"); ws.merge_cells("B7:D7"); put(r, 2, "保山市能源局")
    ws.merge_cells("E7:F7"); put(r, 5, "实施单位"); ws.merge_cells("G7:J7"); put(r, 7, "保山市能源局")
    # money block: label column merged down header + 4 rows
    ws.merge_cells("A8:A12"); put(8, 1, "项目资金(元)")
    put(8, 2, "")
    for i, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(8, 3 + i, h)
    ws.merge_cells("I8:J8"); put(8, 9, "备注")
    money = [
     ("年度资金总额", "330,000.00", "329,998.60", "329,998.60", "10.00", "100.00", "10.00"),
     ("其中:当年财政拨款", "330,000.00", "329,998.60", "329,998.60", "", "100.00", ""),
     ("上年结转资金", "", "", "", "", "", ""),
     ("其他资金", "", "", "", "", "", ""),
    ]
    for j, row in enumerate(money):
        rr = 9 + j
        put(rr, 2, row[0], al=left)
        for i, v in enumerate(row[1:]):
            put(rr, 3 + i, v)
        ws.merge_cells(start_row=rr, start_column=9, end_row=rr, end_column=10)
    box(5, 1, 12, 10)
    # goals
    ws.merge_cells("A13:A14"); put(13, 1, "年度总体目标")
    ws.merge_cells("B13:E13"); put(13, 2, "预期目标")
    ws.merge_cells("F13:J13"); put(13, 6, "实际完成情况")
    ws.merge_cells("B14:E14"); put(14, 2, YN_GOAL, al=left)
    ws.merge_cells("F14:J14"); put(14, 6, YN_ACTUAL, al=left)
    ws.row_dimensions[14].height = 90
    box(13, 1, 14, 10)
    # indicator block (header in the middle of the form)
    ws.merge_cells("A15:J15"); put(15, 1, "项目支出绩效指标表", bold=True)
    ws.merge_cells("A16:C16"); put(16, 1, "绩效指标")
    ws.merge_cells("D16:F16"); put(16, 4, "年度指标值")
    ws.merge_cells("G16:G17"); put(16, 7, "实际完成值")
    ws.merge_cells("H16:H17"); put(16, 8, "分值")
    ws.merge_cells("I16:I17"); put(16, 9, "得分")
    ws.merge_cells("J16:J17"); put(16, 10, "偏差原因分析及改进措施")
    for i, h in enumerate(["一级 指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]):
        put(17, 1 + i, h)
    put(18, 8, "90.00"); put(18, 9, "90.00")
    ind = [
     ("产出指标", "数量指标", YN_N1, "004 >=", "20", "次", "113", "22.50", "22.50", ""),
     ("产出指标", "成本指标", "经费支出", "005 <=", "33", "万元", "32.9999", "22.50", "22.50", ""),
     ("效益指标", "经济效益", "形成新能源投资增加数", "004 >=", "1亿", "元", "24亿", "9.00", "9.00", ""),
    ]
    for j, row in enumerate(ind):
        rr = 19 + j
        for i, v in enumerate(row):
            put(rr, 1 + i, v, al=left if i == 2 else wrap)
    box(15, 1, 21, 10)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    wb.save(path)
    normalise_zip(path)


# ----------------------------------------------------------------------------------------------
# DOCX builders
# ----------------------------------------------------------------------------------------------
def new_doc():
    import docx, datetime
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    cp.title = ""
    return d


def center(d, text, bold=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def build_hebei(path):
    d = new_doc()
    center(d, "河北省中央农业生产和水利救灾资金转移支付2022年度绩效自评报告", bold=True, size=14)
    center(d, "发布时间:2023-10-31 20:45:12   浏览次数:0")
    d.add_paragraph("一、绩效目标分解下达情况")
    d.add_paragraph(
        "2022年,中央分3批向我省下达中央农业生产和水利救灾资金(水利部分)共计6800万元。省财政厅于2022年6月17日、"
        "9月13日和12月30日先后把这3批资金分解到相关市县和省水利厅厅直有关单位,用于实施120项安全度汛或水毁修复项目"
        "和45项抗旱应急项目。每批资金下达以后,省水利厅随即印发《关于加强水利救灾资金项目管理的通知》,对资金使用管理、"
        "项目建设及完成时限提出了具体要求。")
    d.add_paragraph("二、绩效目标完成情况分析")
    d.add_paragraph(
        "(一)资金投入情况分析。中央农业生产和水利救灾资金(水利部分)主要采用因素法分配,综合考虑各地和厅直单位"
        "防洪工程隐患、汛期水毁损失及各地旱情,并以上年度资金执行进度、使用方向和实施效果作为调节因素,6800万元已"
        "全部分解到位,其中石家庄市780万元、承德市690万元、张家口市495万元、秦皇岛市465万元、唐山市835万元、"
        "廊坊市600万元、保定市515万元、沧州市395万元、衡水市400万元、邢台市615万元、邯郸市600万元、厅直单位410万元。"
        "目前,资金已执行4132.8万元,预算执行率60.78%。")
    d.add_paragraph(
        "(二)资金管理情况分析。为保证资金安全有效,省水利厅指定专人定期督导检查资金使用情况,发现绩效运行偏离原定"
        "绩效目标时及时采取措施纠偏。项目建设单位严格管理项目资金,按照财政部、农业农村部、水利部《关于印发农业生产和"
        "水利救灾资金管理办法的通知》(财农〔2022〕79号)规定的开支范围使用资金,以保证资金使用效益,同时规范项目资")
    d.save(path)
    normalise_zip(path)


def build_tianjin(path):
    d = new_doc()
    d.add_paragraph(
        "炉具网讯:天津市财政局近日发布提前下达2023年大气污染防治资金的通知,明确安排2022-2023采暖期农村清洁取暖运行"
        "市级补贴专项资金78022.9万元,其中中央财政资金16782万元、地方财政资金61240.9万元。补贴标准为:煤改气每立方米"
        "补贴1.2元,最多补贴1000立方米;煤改电每千瓦时补贴0.2元,最多补贴8000千瓦时。补贴覆盖替代农村散煤106万户,"
        "保障群众温暖过冬。")
    center(d, "天津市财政局关于提前下达2023年大气污染防治资金的通知", bold=True, size=13)
    center(d, "津财基指〔2022〕103号")
    d.add_paragraph("____区财政局:")
    d.add_paragraph(
        "依据《财政部关于提前下达2023年大气污染防治资金预算的通知》(财资环〔2022〕120号)以及《市发展改革委关于2023年"
        "大气污染防治资金(北方地区冬季清洁取暖资金)分配意见的函》,现向你区提前下达2023年大气污染防治资金____万元,"
        "用于2022-2023采暖期农村清洁取暖运行市级补贴(项目编码:12000023P112486100014;专项资金:冬季清洁取暖运行补贴"
        "(中央资金);资金明细表及项目支出绩效目标表详见附件)。该项支出列入2023年政府预算支出功能分类科目"
        "“2300312 城乡社区”。进入2023年预算年度后,请按规定办理拨付手续,专款专用,并加强资金监管,保障相关工作顺利实施。")
    d.add_paragraph(
        "为加强预算绩效管理,请在预算执行中对照你单位在预算管理一体化系统中审定的绩效目标表开展绩效管理,保证年度绩效"
        "目标按期实现,并在预算年度结束后及时把项目绩效自评报告报我局备案;同时结合实际及时向下分解绩效目标,做好预算"
        "绩效管理工作,接受财政部天津监管局监督。")
    d.add_paragraph("附件:")
    d.add_paragraph("1.提前下达各有关区2022-2023采暖期农村清洁取暖运营市级补贴资金明细表(不发各区)")
    d.add_paragraph("2.项目绩效目标申报表")
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for t in ["天津市财政局", "2022年11月30日"]:
        p = d.add_paragraph(t)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("(此件主动公开)")
    d.add_paragraph("扫码申请加入")
    d.add_paragraph("农村清洁取暖赋能交流群")
    d.save(path)
    normalise_zip(path)


def build_beijing(path):
    d = new_doc()
    center(d, "中关村科技园区丰台园社会事务服务中心", bold=True, size=14)
    center(d, "2022年度部门决算(草案)", bold=True, size=14)
    center(d, "目 录")
    toc = ["第一部分 2022年度部门决算报表", "一、收入支出决算总表", "二、收入决算表", "三、支出决算表",
           "四、财政拨款收入支出决算总表", "五、一般公共预算财政拨款收入支出决算表", "六、一般公共预算财政拨款支出决算表",
           "七、一般公共预算财政拨款基本支出决算表", "八、政府性基金预算财政拨款收入支出决算表",
           "九、政府性基金预算财政拨款基本支出决算表", "十、国有资本经营预算财政拨款支出决算表",
           "十一、财政拨款“三公”经费支出决算表", "十二、政府采购情况表", "第二部分 2022年度部门决算说明",
           "第三部分 2022年度其他重要事项的情况说明", "第四部分 2022年度部门绩效评价情况"]
    for t in toc:
        d.add_paragraph(t)
    d.add_paragraph("第一部分 2022年度部门决算报表")
    d.add_paragraph("中关村科技园区丰台园社会事务服务中心2022年度部门决算报表详见附件。")
    d.add_paragraph("第二部分 2022年度部门决算说明")
    d.add_paragraph("一、单位基本情况")
    d.add_paragraph("(一)机构设置、职责")
    d.add_paragraph("1.机构设置")
    d.add_paragraph("单位于2000年1月成立,2021年3月机构规格由副处级调整为正科级,经费形式为财政补助,核定事业编制20名。")
    d.add_paragraph("2.主要职责是落实市、区各项政策措施,承担园区社会事务管理相关工作;按城市精细化管理要求提升园区治理水平。")
    d.add_paragraph("(二)人员构成情况")
    d.add_paragraph("行政编制0人,实有人数0人;事业编制20人,实有人数18人。")
    d.add_paragraph("二、收入支出决算总体情况说明")
    d.add_paragraph("2022年度收、支总计2437.54万元,比上年减少497.8万元,下降16.96%。")
    d.add_paragraph("(一)收入决算说明")
    d.add_paragraph(
        "2022年度本年收入合计2371.75万元,比上年减少563.59万元,下降19.20%,其中:财政拨款收入2371.75万元,占收入合计的"
        "100%;上级补助收入0万元,占收入合计的0%;事业收入0万元,占收入合计的0%;经营收入0万元,占收入合计的0%;附属单位"
        "上缴收入0万元,占收入合计的0%;其他收入0万元,占收入合计的0%。")
    d.add_paragraph("图1")
    d.save(path)
    normalise_zip(path)


BUILDERS = {
 "yunnan-baoshan-nengyuan-zipingbiao.xlsx": build_yunnan,
 "hebei-shuiliting-shuilijiuzai-zipingbaogao.docx": build_hebei,
 "tianjin-caizhengju-qingjiequnuan-xiada-tongzhi.docx": build_tianjin,
 "beijing-fengtai-fengtaiyuan-juesuan.docx": build_beijing,
}


def export_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for " + path)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    # default mode interleaves side-by-side wrapped cells line by line; -raw keeps content-stream order
    txts = [squash(subprocess.run(["pdftotext"] + mode + [pdf, "-"], capture_output=True, text=True,
                                  check=True).stdout) for mode in ([], ["-raw"])]
    missing = []
    items = []
    for ind in gold["indicators"]:
        items += [ind["name"], ind["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for it in items:
        if it and not any(squash(it) in t for t in txts):
            missing.append(it)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for name, build in BUILDERS.items():
        src = os.path.join(HERE, name)
        build(src)
        pdf = export_pdf(src)
        gold = GOLD[name]
        for fn in (name, os.path.basename(pdf)):
            data = {"source": fn}
            data.update(gold)
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check_pdf(pdf, gold)
        print("%-55s rows=%d goals=%d findings=%d facts=%d  missing_in_pdf=%s" % (
            name, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"]), miss))
        bad += len(miss)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
