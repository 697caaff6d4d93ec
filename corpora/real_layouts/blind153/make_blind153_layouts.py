#!/usr/bin/env python
"""blind153: code-blind real-layout part (courts, veterans, ethnic/religious affairs, 信访).

The gold comes first (plain Python data, written from the stored public pages before any
file was built).  Then the builders write each document in its source format (XLSX / DOCX),
export a PDF with LibreOffice (own profile), write annotations/<file>.json for the source
file and for its PDF, and check that every indicator name, target text, goal text and
finding item appears in the pdftotext output of the PDF (whitespace ignored).

Run:  /tmp/venv/bin/python make_blind153_layouts.py
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind153"
FIXED_DT = (2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"

# ---------------------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


GOLD = {}

# 1. 河北 邯郸 峰峰矿区人民法院 2021年度预算项目绩效自评表 (政法转移支付)
GOLD["hebei-fengfeng-fayuan-zipingbiao.xlsx"] = {
    "source_urls": ["https://hdffkqfy.hebeicourt.gov.cn/article/detail/2023/09/id/7555521.shtml"],
    "province": "河北省",
    "doc_kind": "绩效自评表",
    "patterns": [1, 5, 6, 8, 10],
    "indicators": [
        ind("产出指标", "数量指标", "办理案件数量", ">=", 5000, None, ">=5000", 6418, 10, 10),
        ind("产出指标", "成本指标", "保障执法办案中产生的费用", "<=", 62.73, None, "<=62.73", 62.73, 10, 10),
        ind("产出指标", "质量指标", "采购装备质量达标率", ">=", 90, "%", ">=90%", 98, 20, 20),
        ind("产出指标", "时效指标", "任务完成时限", None, None, None, "2021年12月31日前完成", None, 10, 10),
        ind("效果指标", "可持续影响指标", "电子业务装备使用年限", ">=", 6, None, ">=6", 8, 15, 15),
        ind("效果指标", "社会效益指标", "经费保障水平提高办案质量", None, None, None,
            "维护国家和社会公共利益,提高办案质量", None, 15, 15),
        ind("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 80, "%", ">=80%", 85, 10, 10),
        ind("预算执行率", "预算执行率", "预算执行进度", "=", 100, "%", "=100%", 100, 10, 10),
    ],
    "goals": [
        {"kind": "年度目标", "text": "有序开展业务工作,提高办案水平"},
    ],
    "facts": [
        {"metric": "预算数", "kind": "sum", "total": 62.73, "parts": [62.73], "unit": "万元",
         "note": "预算数 = 其中:财政资金 62.73 + 其他(空)"},
        {"metric": "预算执行进度", "kind": "rate", "planned": 62.73, "actual": 62.73,
         "stated_rate": 100.00, "unit": "%"},
        {"metric": "自评总分", "kind": "sum", "total": 100,
         "parts": [10, 10, 20, 10, 15, 15, 10, 10], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_unit", "item": "办理案件数量",
         "why": "指标值>=5000 的单位栏为空,只有完成值写了“件”"},
        {"rule": "target.missing_unit", "item": "保障执法办案中产生的费用",
         "why": "指标值<=62.73 的单位栏为空,只有完成值写了“万”"},
        {"rule": "target.missing_unit", "item": "电子业务装备使用年限",
         "why": "指标值>=6 的单位栏为空,只有完成值写了“年”"},
        {"rule": "target.cost_restates_budget", "item": "保障执法办案中产生的费用",
         "why": "成本指标<=62.73 恰等于预算数 62.73 万元,只是复述预算"},
        {"rule": "target.qualitative_no_scale", "item": "经费保障水平提高办案质量",
         "why": "指标值是一句定性描述(维护…提高办案质量),没有分级或可衡量标准"},
        {"rule": "goal.unquantified", "item": "有序开展业务工作,提高办案水平",
         "why": "年度预期目标没有任何数量、比率或期限"},
    ],
    "notes": ("Stored page = the whole 附件1 table; it stops after '附件2 / 2021年峰峰矿区人民法' (cut title kept). "
              "预期指标值 has three sub-columns (符号 | 值 | 单位(文字描述)); target_text is their concatenation. "
              "For the two qualitative rows the 符号 cell says '文字描述' and the text sits in 单位(文字描述). "
              "时效 row: the flattened page shows no separate '完成' status after the actual value; the status cell "
              "is left empty (judgement call). weight = 指标分值, score = 单项指标折算得分 (单项指标得分 100 and 权重占比 "
              "are separate columns). 一级 '效果指标' kept as written. The project name says '2020年中央政法纪检监察"
              "转移支付资金' inside a 2021 form; kept as written. The 预算执行率 row is listed as an indicator row.")
}

# 2. 湖南 湘西州民族宗教事务局 2018年度少数民族工作专项经费 财政支出项目绩效自评报告(封面+基本概况表)
GOLD["hunan-xiangxi-minzong-zipingbaogao.docx"] = {
    "source_urls": ["http://mzzjj.xxz.gov.cn/zwgk_169/fdxxgknr/czxx/201912/t20191214_1345020.html"],
    "province": "湖南省",
    "doc_kind": "绩效自评报告",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标",
         "text": "将濒危土家语和正在消失的苗语的抢救保护列入民族文化生态保护总体目标;在双语双文试点学校开展民族文化进校园和特色学校创建活动,巩固课堂所学、激发学生学习兴趣,推动特色学校创建。"},
        {"kind": "绩效目标",
         "text": "配合召开全省少数民族特色村镇推进会,推进特色村寨建设,实施特色项目,带动乡村游持续发展。"},
        {"kind": "绩效目标",
         "text": "结合地方实际,深入挖掘民族特色和地方特色,进一步做好民族古籍保护、抢救、搜"},
    ],
    "facts": [
        {"metric": "计划投资额", "kind": "sum", "total": 343.85, "parts": [343.85], "unit": "万元",
         "note": "只有州财政一栏有数,中央/省/县/单位自筹/其他为空"},
        {"metric": "实际到位资金", "kind": "sum", "total": 343.85, "parts": [343.85], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified",
         "item": "将濒危土家语和正在消失的苗语的抢救保护列入民族文化生态保护总体目标;在双语双文试点学校开展民族文化进校园和特色学校创建活动,巩固课堂所学、激发学生学习兴趣,推动特色学校创建。",
         "why": "没有学校数、课时、人数或期限"},
        {"rule": "goal.unquantified",
         "item": "配合召开全省少数民族特色村镇推进会,推进特色村寨建设,实施特色项目,带动乡村游持续发展。",
         "why": "只有“推进/带动”等动词,没有村寨数量或游客、收入数字"},
    ],
    "notes": ("Stored page stops inside goal 3 at '搜' (kept as the cut fragment). No indicator table is reached. "
              "The three numbered items follow the 项目概况 paragraph without a label; treated as 绩效目标. Goal 1 and "
              "the 项目概况 paragraph are rewritten (numbers kept); goals 2-3 verbatim. Garbled text kept as on the page: "
              "cover date '2019625', period '2018.12018.12', address cell '吉首市乾州世纪大道11' with an empty label cell, "
              "评价机构 line with no mark before 中介机构. The page title line appears twice on the page; both kept.")
}

# 3. 安徽 六安市信访局 2023年度部门决算中项目绩效评价报告
GOLD["anhui-luan-xinfang-pingjiabaogao.docx"] = {
    "source_urls": ["https://betterthanhot.com/public/6608171/10562568.html"],
    "province": "安徽省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "支出项目预算合计", "kind": "sum", "total": 219, "parts": [120, 59, 10, 30], "unit": "万元"},
    ],
    "findings": [
        {"rule": "coverage.too_few_indicators", "item": "项目自评结果及分析",
         "why": "自评结果一节只给出等级“良”,没有任何绩效指标、分值或得分,等级无从核对"},
    ],
    "notes": ("Stored page stops right after the heading '四、绩效自评发现的主要问题'. Prose only: no indicator rows, no "
              "stated goals (the '三个不发生' target is reported as achieved, not set). Project names differ between the "
              "list and the per-project paragraphs (市本级涉法涉诉救助资金 / 市本级涉访救助资金项目; 信访接待矛盾纠纷排查 / "
              "矛盾纠纷排查调处中心项目; 人民调解委员 / 人民调解委员会项目); all kept as written. Paragraphs rewritten, "
              "amounts kept.")
}

# 4. 云南 保山市退役军人事务局 2020年度项目绩效自评报告(退役军人事务工作领导小组会议经费项目)
GOLD["yunnan-baoshan-tuiyijunren-zipingbaogao.docx"] = {
    "source_urls": ["https://alkalih2o.com/info/3794/3114634.htm"],
    "province": "云南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [
        ind("产出指标", "数量指标", "完成召开领导小组会议次数", None, None, None, None, None, None, None),
    ],
    "goals": [
        {"kind": "项目目标",
         "text": "总结2019年工作,部署2020年全市退役军人工作。召开中共保山市委退役军人事务工作领导小组第二次全体会议。"},
    ],
    "facts": [
        {"metric": "项目资金执行率", "kind": "rate", "planned": 0.26, "actual": 0.26,
         "stated_rate": 100, "unit": "%", "note": "到位资金0.26万元,支出资金0.26万元,执行率100%"},
    ],
    "findings": [
        {"rule": "goal.process_only",
         "item": "总结2019年工作,部署2020年全市退役军人工作。召开中共保山市委退役军人事务工作领导小组第二次全体会议。",
         "why": "目标只是开一次会、做总结部署,没有会议带来的产出或效果"},
        {"rule": "target.input_or_process", "item": "完成召开领导小组会议次数",
         "why": "产出指标计量的是开会次数,属于过程/管理活动而非产出"},
    ],
    "notes": ("Mirror of a 保山市 government page. Stored page stops inside the first indicator sentence "
              "'产出指标下的数量指标目标:完成召开领导小组会议次数' — the value is cut, so the row is annotated with null value "
              "and no missing-value finding (the gap is the page cut, not the document). Page metadata table kept. "
              "Background paragraphs rewritten; the goal sentence (short) kept verbatim.")
}

# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------

def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in zin.namelist():
        payload = zin.read(name)
        if name == "docProps/core.xml":
            txt = payload.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
            payload = txt.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, payload)
    zout.close()
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def to_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=%s" % prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    assert os.path.exists(pdf), pdf
    return pdf


def pdf_text(pdf):
    texts = []
    for extra in ([], ["-layout"]):
        r = subprocess.run(["pdftotext"] + extra + [pdf, "-"], check=True, stdout=subprocess.PIPE)
        texts.append(re.sub(r"\s+", "", r.stdout.decode("utf-8")))
    return texts


def check(fname, pdf):
    gold = GOLD[fname]
    texts = pdf_text(pdf)
    needles = []
    for i in gold["indicators"]:
        needles.append(("indicator name", i["name"]))
        if i["target_text"]:
            needles.append(("target text", i["target_text"]))
    for g in gold["goals"]:
        needles.append(("goal", g["text"]))
    for f in gold["findings"]:
        needles.append(("finding item", f["item"]))
    missing = []
    for kind, n in needles:
        key = re.sub(r"\s+", "", n)
        if not any(key in t for t in texts):
            missing.append((kind, n))
    return missing


def write_ann(fname, produced):
    gold = GOLD[fname]
    for f in produced:
        rec = {"source": f}
        rec.update({k: gold[k] for k in ("source_urls", "province", "doc_kind", "patterns", "indicators",
                                         "goals", "facts", "findings", "notes")})
        with open(os.path.join(ANN, f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=1)
            fh.write("\n")

# ---------------------------------------------------------------------------------------
# XLSX builder (document 1)
# ---------------------------------------------------------------------------------------

def build_hebei(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    wb = Workbook()
    ws = wb.active
    ws.title = "附件1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    font = Font(name="宋体", size=10)

    widths = {"A": 10, "B": 9, "C": 11, "D": 16, "E": 6, "F": 8, "G": 8, "H": 16, "I": 16,
              "J": 8, "K": 8, "L": 8, "M": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    def put(cell, value, align=center, bold=False, box=True, fmt=None):
        c = ws[cell]
        c.value = value
        c.alignment = align
        c.font = Font(name="宋体", size=10, bold=bold)
        if fmt:
            c.number_format = fmt
        return c

    def merge(rng, value, align=center, bold=False, fmt=None):
        first = rng.split(":")[0]
        ws.merge_cells(rng)
        put(first, value, align, bold, fmt=fmt)

    ws["A1"].value = "附件1:"
    ws["A1"].font = font
    merge("A2:M2", "2021年度预算项目绩效自评表", bold=True)
    ws["A2"].font = Font(name="宋体", size=14, bold=True)
    ws.row_dimensions[2].height = 26

    # 一、基本情况 (rows 3-4)
    merge("A3:A4", "一、基本情况")
    put("B3", "项目名称:")
    merge("C3:H3", "邯财政法[2019]14号2020年中央政法纪检监察转移支付资金", left)
    merge("I3:J3", "是否为专项资金:")
    merge("K3:M3", None)
    put("B4", "实施(主管)单位")
    merge("C4:H4", "邯郸市峰峰矿区人民法院", left)
    merge("I4:M4", "金额单位:万元")

    # 二、预算执行情况 (rows 5-8)
    merge("A5:A8", "二、预算执行情况")
    merge("B5:D5", "预算安排情况(调整后)")
    merge("E5:G5", "资金到位情况")
    merge("H5:J5", "资金执行情况")
    merge("K5:M5", "预算执行进度(%)")
    for r, (lab_a, lab_b, lab_c, val) in enumerate([
            ("预算数", "到位数", "执行数", 62.73),
            ("其中:财政资金", "其中:财政资金", "其中:财政资金", 62.73),
            ("其他", "其他", "其他", None)], start=6):
        put("B%d" % r, lab_a)
        merge("C%d:D%d" % (r, r), val, fmt="0.00")
        put("E%d" % r, lab_b)
        merge("F%d:G%d" % (r, r), val, fmt="0.00")
        put("H%d" % r, lab_c)
        merge("I%d:J%d" % (r, r), val, fmt="0.00")
    merge("K6:M8", 100.00, fmt="0.00")
    for r in range(3, 9):
        ws.row_dimensions[r].height = 26

    # 三、目标完成情况 (rows 9-10)
    merge("A9:A10", "三、目标完成情况")
    merge("B9:F9", "年度预期目标")
    merge("G9:J9", "具体完成情况")
    merge("K9:M9", "总体完成率(%)")
    merge("B10:F10", GOLD["hebei-fengfeng-fayuan-zipingbiao.xlsx"]["goals"][0]["text"], left)
    merge("G10:J10", "对于业务工作的开展提供了良好的保障", left)
    merge("K10:M10", 100)
    ws.row_dimensions[10].height = 30

    # 四、年度绩效指标完成情况 (header rows 11-12, data 13-20)
    merge("A11:A20", "四、年度绩效指标完成情况")
    merge("B11:B12", "一级指标")
    merge("C11:C12", "二级指标")
    merge("D11:D12", "三级指标")
    merge("E11:E12", "指标分值")
    merge("F11:H11", "预期指标值")
    merge("I11:I12", "单项指标实际完成值")
    merge("J11:J12", "单项指标完成情况")
    merge("K11:M11", "自评得分")
    put("F12", "符号")
    put("G12", None)
    put("H12", "单位(文字描述)")
    put("K12", "单项指标得分")
    put("L12", "权重占比(%)")
    put("M12", "单项指标折算得分")
    ws.row_dimensions[12].height = 30

    rows = [
        # 二级, 三级, 分值, 符号, 值, 单位(文字描述), 实际, 完成情况, 单项得分, 权重占比, 折算得分
        ("数量指标", "办理案件数量", 10, ">=", 5000, None, "6418件", "完成", 100, 10, 10),
        ("成本指标", "保障执法办案中产生的费用", 10, "<=", 62.73, None, "62.73万", "完成", 100, 10, 10),
        ("质量指标", "采购装备质量达标率", 20, ">=", 90, "%", "98%", "完成", 100, 20, 20),
        ("时效指标", "任务完成时限", 10, "文字描述", None, "2021年12月31日前完成", "2021年12月31日前完成",
         None, 100, 10, 10),
        ("可持续影响指标", "电子业务装备使用年限", 15, ">=", 6, None, "8年", "完成", 100, 15, 15),
        ("社会效益指标", "经费保障水平提高办案质量", 15, "文字描述", None, "维护国家和社会公共利益,提高办案质量",
         "维护了国家和社会公共利益,提高了办案质量", "完成", 100, 15, 15),
        ("服务对象满意度指标", "群众满意度", 10, ">=", 80, "%", "85%", "完成", 100, 10, 10),
        ("预算执行率", "预算执行进度", 10, "=", 100, "%", "100%", "完成", 100, 10, 10),
    ]
    for r, row in enumerate(rows, start=13):
        cols = "CDEFGHIJKLM"
        for col, v in zip(cols, row):
            put("%s%d" % (col, r), v, left if col in "DHI" else center)
        ws.row_dimensions[r].height = 30
    merge("B13:B16", "产出指标")
    merge("B17:B18", "效果指标")
    put("B19", "满意度指标")
    put("B20", "预算执行率")

    merge("A21:L21", "自评总分")
    put("M21", 100)
    merge("A22:F22", "填报人:吴昊林", left)
    merge("G22:M22", "联系电话:5169832", left)
    for r in range(3, 22):
        for col in "ABCDEFGHIJKLM":
            ws["%s%d" % (col, r)].border = border
    ws["A24"].value = "附件2"
    ws["A24"].font = font
    ws["A25"].value = "2021年峰峰矿区人民法"
    ws["A25"].font = font

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    import datetime
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    wb.save(path)

# ---------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------

def new_doc():
    import datetime
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    return d


def para(d, text, bold=False, size=None, center=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, nrows, ncols):
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    return t


def cell(t, r, c, text):
    t.cell(r, c).text = "" if text is None else str(text)

# ---------------------------------------------------------------------------------------
# DOCX builder: 湘西州民宗局
# ---------------------------------------------------------------------------------------

def build_xiangxi(path):
    g = GOLD["hunan-xiangxi-minzong-zipingbaogao.docx"]
    d = new_doc()
    para(d, "州民宗局2018年少数民族工作专项数据表", bold=True, center=True)
    para(d, "州民宗局2018年少数民族工作专项数据表", bold=True, size=14, center=True)
    para(d, "来源: 发布时间:2019-07-12 14:12:11 字体大小:")
    para(d, "")
    para(d, "湘西自治州财政支出项目绩效自评报告", bold=True, size=18, center=True)
    para(d, "")
    para(d, "评价类型:实施过程评价□      完成结果评价√")
    para(d, "项目名称:2018年度少数民族工作专项经费")
    para(d, "项目单位法人代码00668634-9")
    para(d, "支出科目编码  2012304")
    para(d, "项目单位: 湘西州民族宗教事务局")
    para(d, "主管部门:")
    para(d, "评价机构:中介机构   专家组□  评价组□")
    para(d, "")
    para(d, "2019625", center=True)
    para(d, "湘西自治州财政局(制)", center=True)
    d.add_page_break()

    t = table(d, 10, 4)
    rows = [
        ("项目负责人", "龙清明", "联系电话", "0743-822694"),
        (None, "吉首市乾州世纪大道11", "邮编", "416000"),
        ("项目起止时间", "2018.12018.12", None, None),
        ("计划投资额(万元)", "343.85", "实际到位资金(万元)", "343.85"),
        ("其中:中央财政", None, "其中:中央财政", None),
        ("省财政", None, "省财政", None),
        ("州财政", "343.85", "州财政", "343.85"),
        ("县财政", None, "县财政", None),
        ("单位自筹", None, "单位自筹", None),
        ("其他", None, "其他", None),
    ]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if r == 2 and c > 1:
                continue
            cell(t, r, c, v)
    t.cell(2, 1).merge(t.cell(2, 3))
    para(d, "")
    para(d, "依据《湘西自治州财政局关于2018年州直部门预算批复的通知》,2018年度安排湘西州民族宗教事务局少数民族工作专项经费"
            "343.85万元,资金用于湘西州双语双文教育、民族特色文化活动、少数民族特色村寨保护与发展、民族文化古籍搜集整理以及宗教工作。")
    para(d, "1)" + g["goals"][0]["text"])
    para(d, "2)" + g["goals"][1]["text"])
    para(d, "3)" + g["goals"][2]["text"])
    d.save(path)

# ---------------------------------------------------------------------------------------
# DOCX builder: 六安市信访局
# ---------------------------------------------------------------------------------------

def build_luan(path):
    d = new_doc()
    para(d, "六安市信访局2023年度部门决算中项目绩效评价报告", bold=True, size=16, center=True)
    para(d, "一、自评工作开展情况", bold=True)
    para(d, "2023年全市信访工作呈现“两降、两升、两领先”态势:全国“两会”期间实现零进京;世界制造业大会、杭州亚运会等重大活动和"
            "重要节点期间信访服务保障到位,达成“三个不发生”。")
    para(d, "二、部门预算支出情况", bold=True)
    para(d, "2023年安排支出项目4个:驻京驻肥工作组经费120万元、信访接待矛盾纠纷排查59万元、人民调解委员10万元、"
            "市本级涉法涉诉救助资金30万元,合计219万元。各项目情况如下:")
    para(d, "1.驻京驻肥工作组项目120万元,用于赴北京、赴省上访人员的接返劝返,特殊敏感时期和国家、省重大活动期间的信访维稳,"
            "以及接返后的协调处理和稳控。")
    para(d, "2.市本级涉访救助资金项目30万元,用于推动“事要解决”、化解突出信访问题,重点对长期积累、久拖未决、难以划分责任的"
            "特殊疑难信访个案(尤其涉及民生的“无头案、钉子案、骨头案”)实施救助。")
    para(d, "3.矛盾纠纷排查调处中心项目59万元,用于协调解决群众诉求及生产生活中的困难。市委常委会、市政府常务会研究信访工作,"
            "召开专题会议分析形势、部署任务;市委、市政府主要负责同志带头接访下访,市党政领导定期到联系县区接访下访,推进重点信访事项化解。")
    para(d, "4.人民调解委员会项目10万元,用于发挥人民调解在化解信访矛盾纠纷中的作用,及时解决群众来信来访反映的问题。")
    para(d, "三、项目自评结果及分析", bold=True)
    para(d, "绩效自评结果为良。")
    para(d, "四、绩效自评发现的主要问题", bold=True)
    d.save(path)

# ---------------------------------------------------------------------------------------
# DOCX builder: 保山市退役军人事务局
# ---------------------------------------------------------------------------------------

def build_baoshan(path):
    g = GOLD["yunnan-baoshan-tuiyijunren-zipingbaogao.docx"]
    d = new_doc()
    t = table(d, 3, 4)
    meta = [("索引号", "11533000MB1979679X-/2021-0707013", "发布机构", "保山市退役军人事务局"),
            ("公开目录", "部门预算", "发布日期", "2021-07-07"),
            ("文号", None, "浏览量", None)]
    for r, row in enumerate(meta):
        for c, v in enumerate(row):
            cell(t, r, c, v)
    para(d, "附件1")
    para(d, "2020年度项目绩效自评报告", bold=True, size=16, center=True)
    para(d, "(退役军人事务工作领导小组会议经费项目)", center=True)
    para(d, "一、项目基本情况", bold=True)
    para(d, "项目用于深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大、十九届四中全会精神,落实习近平总书记关于"
            "退役军人工作的重要论述和考察云南重要讲话精神。" + g["goals"][0]["text"])
    para(d, "二、项目绩效自评工作开展情况", bold=True)
    para(d, "该会议经费是市退役军人事务局每年都要安排的持续性项目。本次自评对2020年度项目运行作了全面梳理,回顾了经费预算、执行和"
            "支付情况;按照年度计划做到事前申请、事中监督、事后总结,会议各项议程全部完成。")
    para(d, "三、项目绩效实现情况", bold=True)
    para(d, "(一)项目资金情况")
    para(d, "1.项目资金到位情况。")
    para(d, "会议经费申请经市财政局预算科审核通过,以保财预〔2020〕126号文件下达,到位资金0.26万元。")
    para(d, "2.项目资金执行情况。")
    para(d, "会议经费按会议费管理制度使用,支出资金0.26万元,执行率100%。")
    para(d, "3.项目资金管理情况。")
    para(d, "项目完成、资料齐备后由办公室提交会议费请示,经市财政局预算科同意后下达资金;收到资金后及时支付,项目单独核算,"
            "不存在挤占挪用。")
    para(d, "(二)项目绩效指标完成情况")
    para(d, "1.产出指标完成情况。")
    para(d, "产出指标下的数量指标目标:" + g["indicators"][0]["name"])
    d.save(path)

# ---------------------------------------------------------------------------------------

BUILDERS = [
    ("hebei-fengfeng-fayuan-zipingbiao.xlsx", build_hebei),
    ("hunan-xiangxi-minzong-zipingbaogao.docx", build_xiangxi),
    ("anhui-luan-xinfang-pingjiabaogao.docx", build_luan),
    ("yunnan-baoshan-tuiyijunren-zipingbaogao.docx", build_baoshan),
]


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, builder in BUILDERS:
        path = os.path.join(HERE, fname)
        builder(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        write_ann(fname, [fname, os.path.basename(pdf)])
        missing = check(fname, pdf)
        g = GOLD[fname]
        print("%-48s ind=%d goals=%d findings=%d facts=%d %s" % (
            fname, len(g["indicators"]), len(g["goals"]), len(g["findings"]), len(g["facts"]),
            "OK" if not missing else "MISSING %r" % missing))
        bad += len(missing)
    tot = {k: sum(len(GOLD[f][k]) for f, _ in BUILDERS) for k in ("indicators", "goals", "findings", "facts")}
    print("totals", tot)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
