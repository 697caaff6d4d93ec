"""blind158: layouts of real public pages (North-East China / Inner Mongolia angle, plus one form whose
province the page does not state).  Gold first, then builders, PDF export, annotations and a text check.

Run: /tmp/venv/bin/python make_blind158_layouts.py
"""
import datetime
import json
import os
import re
import subprocess
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- gold
GOLD = {
    "weizhi-2021-caizhengzhichu-jixiaomubiao-shenbaobiao.xlsx": {
        "source_urls": ["http://gxglmes.com/templets/default/2021yusuan/sqb.files/sheet001.htm"],
        "province": None,
        "doc_kind": "绩效目标申报表",
        "patterns": [1, 3, 4, 5, 8],
        "indicators": [
            {"level1": "投入指标", "level2": None, "name": "资金到位率", "operator": ">=", "value": 100,
             "unit": "%", "target_text": "资金到位率达100%", "actual": None, "weight": 5, "score": None},
            {"level1": "投入指标", "level2": None, "name": "预算支出进度", "operator": ">=", "value": 90,
             "unit": "%", "target_text": "预算支出进度达到90%以上", "actual": None, "weight": 15, "score": None},
            {"level1": "过程指标", "level2": None, "name": "项目资金专项核算", "operator": None, "value": None,
             "unit": None,
             "target_text": "专项资金必须按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算",
             "actual": None, "weight": 5, "score": None},
            {"level1": "过程指标", "level2": None, "name": "资金使用合规性", "operator": None, "value": None,
             "unit": None, "target_text": None, "actual": None, "weight": 10, "score": None},
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "产出指标",
             "why": "the indicator block as stored holds only 投入指标 and 过程指标 rows; no output row"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "no 效益 (effect) row in the stored indicator block"},
            {"rule": "target.impossible_value", "item": "资金到位率",
             "why": "'达100%' reads as >=100%, effectively =100%"},
            {"rule": "target.missing_value", "item": "资金使用合规性",
             "why": "指标值 cell empty: the stored page stops inside this row's 指标内容 cell"},
        ],
        "notes": ("Page is a saved Excel sheet (sheet001.htm) of a blank 2021 申报表 template whose 投入/过程 rows "
                  "come pre-filled; the page does not name the province (the host name hints at Guangxi, not "
                  "stated), so province is null. The indicator names sit in the column headed 二级指标 (no 三级 "
                  "column): level2 kept null, name = that cell (pattern 4). 长期目标 and 年度目标 are two empty "
                  "halves side by side (pattern 3), so no goal. Stored page stops inside row 资金使用合规性 "
                  "('②资金的拨付是否有'); its 指标值 and 评分细则 are cut. 评分细则 and 指标内容 sentences are "
                  "re-worded keeping every number; target texts verbatim. coverage findings name a dimension that is absent, so the PDF check skips them."),
    },
    "heilongjiang-shengji-lvyoufazhanjin-jixiaopingjia-tongzhi.docx": {
        "source_urls": ["http://fsou.com/html/text/lar/172025/17202591.html"],
        "province": "黑龙江省",
        "doc_kind": "绩效评价工作通知",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("黑财绩〔2010〕3号: the notice announcing the evaluation of 2009 省旅游发展金 projects. It says the "
                  "evaluation uses 4类、22个指标 '(详见附表)', but the indicator table itself is an attachment not on "
                  "the stored page, which stops at item 7 of the list of materials. No indicator rows, no goals. "
                  "Sentences re-worded, numbers and document numbers kept. Kept as a negative case: an extractor "
                  "must not invent indicators from the '4类、22个指标' sentence."),
    },
    "neimenggu-wuhai-haibowanqu-zhongdianxiangmu-jixiaojieguo.docx": {
        "source_urls": ["https://doc.chddh.cn/archives/r647ynl3w36zmomepw0g.html"],
        "province": "内蒙古自治区",
        "doc_kind": "重点项目绩效评价执行结果",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("附件47 of a 海勃湾区 disclosure: a one-paragraph statement that 6 key projects of 2020 were handed to "
                  "a third party for evaluation in 2021, still under way. Prose only; the whole stored page is "
                  "reproduced (re-worded, numbers kept). No goals, indicators or results."),
    },
    "liaoning-benxixian-shuiwuju-2022-bumenjuesuan.docx": {
        "source_urls": ["http://bx.gov.cn/ztlm/bxxyjs/bmjs/2022nd132/content_614017"],
        "province": "辽宁省",
        "doc_kind": "部门决算",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("本溪满族自治县水务局2022年度部门决算: page header, table of contents (5 parts) and the first two "
                  "duty paragraphs; the stored page stops inside duty (二) ('指导城乡供水和水利行业'). The 第五部分 附件 "
                  "that would carry the performance tables is not on the stored page. Prose only; duties re-worded."),
    },
}

# ---------------------------------------------------------------- helpers


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and a fixed entry order (byte-deterministic)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # openpyxl stamps dcterms:modified with the save time: pin it
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                        rb"\g<1>2024-01-01T00:00:00Z\g<2>", d) if n == "docProps/core.xml" else d)
             for n, d in items]
    first = [x for x in items if x[0] == "[Content_Types].xml"]
    rest = sorted([x for x in items if x[0] != "[Content_Types].xml"], key=lambda x: x[0])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in first + rest:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def fix_docx_props(doc):
    cp = doc.core_properties
    cp.author = "blind158"
    cp.last_modified_by = "blind158"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""


def set_cjk_font(doc, name="SimSun"):
    from docx.oxml.ns import qn
    st = doc.styles["Normal"]
    st.font.name = name
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


# ---------------------------------------------------------------- D1 XLSX


def build_d1(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "申报表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap_l = Alignment(wrap_text=True, vertical="center", horizontal="left")
    for col, w in zip("ABCDEFGH", [16, 12, 16, 8, 30, 34, 18, 18]):
        ws.column_dimensions[col].width = w

    def put(ref, text, left=False):
        ws[ref] = text
        ws[ref].alignment = wrap_l if left else wrap

    def merge(rng):
        ws.merge_cells(rng)

    merge("A1:H1")
    put("A1", "财政支出绩效目标申报表")
    ws["A1"].font = Font(bold=True, size=16)
    merge("A2:H2")
    put("A2", "(2021年度)")
    put("A3", "填报单位:", left=True)
    merge("B3:H3")
    # header fields
    put("A4", "项目名称"); merge("B4:C4"); put("D4", "项目类型"); merge("E4:H4")
    put("A5", "主管部门编码"); merge("B5:C5"); put("D5", "主管部门名称"); merge("E5:H5")
    put("A6", "项目实施单位"); merge("B6:C6"); put("D6", "项目负责人"); put("F6", "联系电话"); merge("G6:H6")
    put("A7", "项目起止时间(如20190101)"); merge("B7:C7"); put("D7", "到"); merge("E7:H7")
    merge("A8:A14"); put("A8", "项目资金申请(万元)")
    money = ["资金总额:", "一般公共预算拨款:", "政府性基金预算拨款:", "国有资本经营预算拨款:",
             "纳入财政专户管理的收入:", "未纳入财政专户管理的收入:", "上年结余收入:"]
    for i, lab in enumerate(money):
        r = 8 + i
        merge(f"B{r}:C{r}"); put(f"B{r}", lab, left=True); merge(f"D{r}:H{r}")
    put("A15", "单位职能概述(450字内)"); merge("B15:H15")
    put("A16", "项目概况(450字内)"); merge("B16:H16")
    merge("A17:A20"); put("A17", "项目立项情况")
    for i, lab in enumerate(["项目立项的依据(450字内)", "项目申报的可行性(450字内)",
                             "项目申报的必要性(450字内)", "项目实施进度计划(450字内)"]):
        r = 17 + i
        merge(f"B{r}:C{r}"); put(f"B{r}", lab); merge(f"D{r}:H{r}")
    merge("A21:A22"); put("A21", "项目绩效目标")
    merge("B21:D21"); put("B21", "长期目标(450字内)")
    merge("E21:H21"); put("E21", "年度目标(450字内)")
    merge("B22:D22"); merge("E22:H22")
    ws.row_dimensions[22].height = 40
    # indicator block
    merge("A23:A27"); put("A23", "项目年度绩效目标衡量指标")
    put("B23", "一级指标"); put("C23", "二级指标"); put("D23", "分值")
    put("E23", "指标内容(150字内)"); put("F23", "指标值(150字内)")
    merge("G23:H23"); put("G23", "评分细则(150字内)")
    rows = [
        ("资金到位率", 5, "资金到位率=(实际到位资金/计划投入资金)×100%。", "资金到位率达100%",
         "到位率达到100%得5分；每少10个百分点以内扣1分，扣完为止。"),
        ("预算支出进度", 15, "预算支出进度是否在90%以上。", "预算支出进度达到90%以上",
         "进度达到90%以上(含90%)得15分；每少1个百分点扣1分，扣完为止。"),
        ("项目资金专项核算", 5,
         "专项资金是否依照《行政单位财务规则》和《事业单位财务规则》专款专用、专项核算。",
         "专项资金必须按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算",
         "按上述规则专款专用得2分，专项核算得3分，否则0分。"),
        ("资金使用合规性", 10,
         "①是否符合国家财经法规和财务管理制度以及有关专项资金管理办法的规定;\n②资金的拨付是否有", None, None),
    ]
    merge("B24:B25"); put("B24", "投入指标")
    merge("B26:B27"); put("B26", "过程指标")
    for i, (name, w, content, target, rule) in enumerate(rows):
        r = 24 + i
        put(f"C{r}", name)
        ws[f"D{r}"] = w
        ws[f"D{r}"].alignment = wrap
        put(f"E{r}", content, left=True)
        if target is not None:
            put(f"F{r}", target, left=True)
        merge(f"G{r}:H{r}")
        if rule is not None:
            put(f"G{r}", rule, left=True)
        ws.row_dimensions[r].height = 75
    for row in ws.iter_rows(min_row=3, max_row=27, min_col=1, max_col=8):
        for c in row:
            c.border = box
            if c.font is None or not c.font.bold:
                pass
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind158"
    wb.properties.lastModifiedBy = "blind158"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- DOCX docs


def new_doc():
    from docx import Document
    doc = Document()
    set_cjk_font(doc)
    fix_docx_props(doc)
    return doc


def center(doc, text, bold=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def build_d2(path):
    doc = new_doc()
    center(doc, "法搜网--中国法律信息搜索网")
    center(doc, "黑龙江省财政厅关于开展2009年度省旅游发展金项目绩效评价工作的通知", bold=True, size=15)
    center(doc, "(黑财绩〔2010〕3号)")
    doc.add_paragraph("有关行署、市、县财政局、旅游局,省旅游局,省直有关部门:")
    doc.add_paragraph(
        "  为管好用好财政资金、提高财政资金使用绩效,依照省政府专题会议精神和财政部《财政支出绩效评价管理暂行办法》"
        "(财预〔2009〕76号)的规定,省财政厅决定对2009年度省旅游发展金项目开展财政支出绩效评价。有关事项通知如下:")
    doc.add_paragraph("  一、评价范围")
    doc.add_paragraph(
        "  凡纳入2009年度省财政旅游发展金预算安排的项目均在本次评价范围之内,包括旅游宣传促销资金和旅游项目资金。")
    doc.add_paragraph("  二、评价指标及步骤")
    doc.add_paragraph(
        "  2009年度省旅游发展金项目绩效评价共设4类、22个指标(详见附表),重点评价专项资金的使用情况以及工作目标的完成"
        "程度和绩效。评价工作分三个步骤进行:")
    doc.add_paragraph(
        "  (一)项目单位收集基础数据和相关资料并填写评价指标表和基础信息表。项目单位应对照《旅游发展金项目绩效评价指标表》"
        "和《旅游发展金项目基础信息表》所列内容收集基础数据和佐证资料并如实填写;其中,指标表只在指标结果栏填写结果,得分"
        "无须项目单位计算。有需要特别说明的事项,可另附文字说明和佐证资料。项目单位还须一并提供以下资料:")
    for item in [
        "  1、项目情况报告,写明项目进展、取得的经济社会效益、项目建设及后续维护运营管理中存在的问题、经验及建议等;",
        "  2、项目单位自筹资金和旅游发展金到账凭证;",
        "  3、项目资金使用凭证;",
        "  4、项目可行性研究报告或立项报告;",
        "  5、项目竣工验收证明资料;",
        "  6、项目决算;",
        "  7、项目单位相关资金管理制度及操作规程",
    ]:
        doc.add_paragraph(item)
    doc.save(path)
    normalize_zip(path)


def build_d3(path):
    doc = new_doc()
    doc.add_paragraph("附件47:")
    center(doc, "乌海市海勃湾区2020年重大政策和重点项目绩效执行结果", bold=True, size=14)
    center(doc, "重大政策和重点项目绩效执行结果", bold=True)
    doc.add_paragraph(
        "  2021年,乌海市海勃湾区财政局从2020年的绩效项目中选出6个作为重点项目。依照内蒙古自治区人民政府办公厅印发的"
        "《内蒙古自治区项目支出绩效评价管理办法》的要求,这些重点项目已委托第三方机构进行绩效评价,截至目前,评价工作"
        "仍在进行中。")
    doc.save(path)
    normalize_zip(path)


def build_d4(path):
    doc = new_doc()
    doc.add_paragraph("欢迎来到本溪满族自治县人民政府本溪县预决算公开”专题频道")
    center(doc, "本溪满族自治县水务局2022年度部门决算", bold=True, size=15)
    doc.add_paragraph("来源: 发布时间:2023-10-10 浏览次数:0 次 【字体:")
    center(doc, "目    录", bold=True)
    toc = [
        "第一部分    部门概况",
        "一、  主要职责",
        "二、  部门决算单位构成",
        "第二部分    2022年度部门决算情况说明",
        "一、收入支出决算总体情况说明",
        "二、财政拨款收入支出决算情况说明",
        "三、一般公共预算财政拨款“三公”经费支出决算情况说明",
        "四、一般公共预算财政拨款基本支出决算情况说明",
        "五、其他重要事项的情况说明",
        "第三部分    名词解释",
        "第四部分    2022年度部门决算报表",
        "一、收入支出决算总表",
        "二、收入决算表",
        "三、支出决算表",
        "四、财政拨款收入支出决算表",
        "五、一般公共预算财政拨款支出决算表",
        "六、一般公共预算财政拨款基本支出决算表",
        "七、一般公共预算财政拨款“三公”经费支出决算表",
        "八、政府性基金预算财政拨款收入支出决算表",
        "九、国有资本经营预算财政拨款支出决算表",
        "第五部分    附件",
    ]
    for t in toc:
        doc.add_paragraph(t)
    center(doc, "第一部分 部门概况", bold=True)
    doc.add_paragraph("一、主要职责")
    doc.add_paragraph(
        "(一)负责保障水资源的合理开发。拟订全县水务发展规划和政策,贯彻执行国家水利法律、法规及有关方针政策,就水务"
        "行政管理地方性法规提出立法建议并参与草案起草,组织编制全县水资源综合规划、重要流域综合规划、防洪规划等重大水利规划。")
    doc.add_paragraph(
        "(二)负责生活、生产经营和生态环境用水的统筹和保障。组织落实最严格水资源管理制度,对水资源实施统一监督管理,"
        "拟订全县水量分配方案并监督实施;负责主要河流水利工程的水资源调度;组织实施取水许可、水资源论证和防洪论证制度,"
        "开展水资源有偿使用工作,指导城乡供水和水利行业")
    doc.save(path)
    normalize_zip(path)


BUILDERS = {
    "weizhi-2021-caizhengzhichu-jixiaomubiao-shenbaobiao.xlsx": build_d1,
    "heilongjiang-shengji-lvyoufazhanjin-jixiaopingjia-tongzhi.docx": build_d2,
    "neimenggu-wuhai-haibowanqu-zhongdianxiangmu-jixiaojieguo.docx": build_d3,
    "liaoning-benxixian-shuiwuju-2022-bumenjuesuan.docx": build_d4,
}


def export_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_blind158", "--headless", "--convert-to", "pdf",
         "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    # a needle counts as present if it is found in the layout-mode or in the raw-mode text
    texts = [squash(subprocess.run(["pdftotext"] + mode + [pdf, "-"], capture_output=True, text=True).stdout)
             for mode in (["-layout"], ["-raw"])]
    needles = []
    for ind in gold["indicators"]:
        needles += [ind["name"], ind["target_text"]]
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"] if f["rule"] != "coverage.missing_dimension"]
    missing = [n for n in needles if n and not any(squash(n) in t for t in texts)]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, builder in BUILDERS.items():
        path = os.path.join(HERE, fname)
        builder(path)
        pdf = export_pdf(path)
        gold = GOLD[fname]
        for src in (fname, os.path.basename(pdf)):
            ann = {"source": src}
            ann.update(gold)
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
        missing = check_pdf(pdf, gold)
        status = "ok" if not missing else f"MISSING {missing}"
        bad += bool(missing)
        print(f"{fname}: {len(gold['indicators'])} rows, {len(gold['goals'])} goals, "
              f"{len(gold['findings'])} findings -> {status}")
    raise SystemExit(1 if bad else 0)


if __name__ == "__main__":
    main()
