#!/usr/bin/env python3
"""blind149: code-blind real-layout part (party / people's-congress / mass-organisation bodies).

The gold comes first (plain Python data, written from the stored pages before any file was built).
Then the builders write DOCX/XLSX, export PDFs with LibreOffice (own profile), write
annotations/<file>.json for the source file and its PDF, and check that every indicator name,
target text, goal text and finding item appears in the pdftotext output of the PDF
(whitespace ignored).

Run:  /tmp/venv/bin/python make_blind149_layouts.py
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind149"
LO_PROFILE = "file:///tmp/lo_%s" % PART
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"

# ---------------------------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------------------------

# A. 淮南市田家庵区总工会 2024 项目支出绩效自评表 (安徽) ---------------------------------------
A_GOAL = ("本单位认真履职、强化管理，较好完成年度工作目标；通过加强预算收支管理、持续健全内部管理制度"
          "并梳理内部管理流程，提升部门整体支出管理水平。")

GOLD_A = {
    "stem": "anhui-huainan-tianjiaan-zonggonghui-zipingbiao",
    "ext": "xlsx",
    "source_urls": ["https://www.tja.gov.cn/public/118322653/1260710913.html"],
    "province": "安徽省",
    "doc_kind": "项目支出绩效自评表",
    "patterns": [1, 10],
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "指标1:办公用品采购", "operator": None,
         "value": 1, "unit": None, "target_text": "1", "actual": 1, "weight": 10, "score": 10},
        {"level1": "产出指标", "level2": "质量指标", "name": "指标1:办公用品质量合格率", "operator": None,
         "value": 100, "unit": "%", "target_text": "100%", "actual": 100, "weight": 10, "score": 10},
        {"level1": "产出指标", "level2": "时效指标", "name": "指标1:办公用品采购及时率", "operator": None,
         "value": 100, "unit": "%", "target_text": "100%", "actual": 90, "weight": 10, "score": 10},
        {"level1": "产出指标", "level2": "成本指标", "name": "指标1:办公用品采购成本控制在预算范围内",
         "operator": None, "value": None, "unit": None, "target_text": "预算内", "actual": None,
         "weight": 10, "score": 10},
        {"level1": "效益指标", "level2": "经济效益指标", "name": "指标1:办公经费使用对单位成本节约的贡献",
         "operator": None, "value": 100, "unit": "%", "target_text": "100%", "actual": 90,
         "weight": 10, "score": 9},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "指标1:办公环境的优化", "operator": None,
         "value": 100, "unit": "%", "target_text": "100%", "actual": 100, "weight": 10, "score": 10},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "指标2:提高了员工的工作效率", "operator": None,
         "value": 100, "unit": "%", "target_text": "100%", "actual": 100, "weight": 10, "score": 10},
        {"level1": "效益指标", "level2": "可持续影响指标", "name": "指标1:办公经费管理制度是否完善",
         "operator": None, "value": 100, "unit": "%", "target_text": "100%", "actual": 100,
         "weight": 10, "score": 10},
    ],
    "goals": [{"kind": "年度总体目标", "text": A_GOAL}],
    "facts": [
        {"metric": "年度资金总额(年初预算数)", "kind": "sum", "total": 3.0, "parts": [3.0, 0.00, 0.00],
         "unit": "万元"},
        {"metric": "年度资金总额(全年执行数)", "kind": "sum", "total": 0.06, "parts": [0.06, 0.00, 0.00],
         "unit": "万元"},
        {"metric": "执行率", "kind": "rate", "numerator": 0.06, "denominator": 0.06,
         "stated": 2, "computed": 100, "unit": "%",
         "note": "表中执行率2%、得分2.00;按全年执行数/全年预算数=0.06/0.06应为100%(2%对应0.06/3.0年初预算数)"},
    ],
    "findings": [
        {"rule": "consistency.rate", "item": "执行率",
         "why": "年度资金总额行：全年预算数0.06、全年执行数0.06，执行率应为100%，表中写2%并据此只得2.00分(用的是年初预算数3.0作分母)"},
        {"rule": "target.missing_unit", "item": "指标1:办公用品采购",
         "why": "数量指标的年度指标值只写“1”，无计量单位(件/批/次?)"},
        {"rule": "consistency.deviation_reason_missing", "item": "指标1:办公用品采购及时率",
         "why": "年度指标值100%，实际完成值90%，未达标却得满分10分，偏差原因栏空白"},
        {"rule": "consistency.deviation_reason_missing", "item": "指标1:办公经费使用对单位成本节约的贡献",
         "why": "年度指标值100%，实际完成值90%，扣1分，偏差原因栏空白"},
        {"rule": "target.cost_restates_budget", "item": "指标1:办公用品采购成本控制在预算范围内",
         "why": "成本指标只写“预算内”，复述预算约束，没有单价/单位成本含义"},
        {"rule": "target.vague_wording", "item": "指标2:提高了员工的工作效率",
         "why": "“提高”无基线和计量口径，100%不知所指"},
        {"rule": "target.vague_wording", "item": "指标1:办公环境的优化",
         "why": "“优化”无可衡量口径，100%不知所指"},
        {"rule": "target.input_or_process", "item": "指标1:办公经费管理制度是否完善",
         "why": "制度健全属管理/过程内容，被放在可持续影响指标中"},
        {"rule": "goal.process_only", "item": A_GOAL,
         "why": "年度总体目标只讲履职、管理、制度和流程，没有产出或效果"},
        {"rule": "goal.unquantified", "item": A_GOAL, "why": "年度总体目标无任何数量、时限"},
    ],
    "notes": ("存储页在满意度指标行开头处截断(最后只剩“满”字)；文件照样以一行只含“满”的残行结束，该残行不计入指标。"
              "页面前部的“项目支出绩效目标公开清单”(序号/项目名称/决算金额)一并复现。"
              "“2024年度)”缺左括号照录。指标名称中的“指标1:”前缀照录。实际完成值“在预算内”非数值，actual记null。"
              "年度总体目标(预期目标)为转述；“按预期目标,完成了年度总体目标”为实际完成情况，不计为目标。"),
}

# B. 南县政法委 2020 年度项目支出绩效自评报告 (湖南) --------------------------------------------
B_TARGETS_SENTENCE = "数量指标全年稳定增加，质量指标计划完成95%以上，经济效益指标计划全面完成。"
GOLD_B = {
    "stem": "hunan-nanxian-zhengfawei-zipingbaogao",
    "ext": "docx",
    "source_urls": ["https://doc.chddh.cn/archives/8304dj25b4zyn2xg9e6z.html"],
    "province": "湖南省",
    "doc_kind": "项目支出绩效自评报告",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": "数量指标", "name": "数量指标", "operator": None, "value": None,
         "unit": None, "target_text": "全年稳定增加", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": "质量指标", "name": "质量指标", "operator": ">=", "value": 95,
         "unit": "%", "target_text": "计划完成95%以上", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": "经济效益指标", "name": "经济效益指标", "operator": None, "value": None,
         "unit": None, "target_text": "计划全面完成", "actual": None, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "项目支出预算计划", "kind": "sum", "total": 121, "parts": [30, 39, 7.5, 20, 24.5],
         "unit": "万元", "note": "610办专项30+平安创建39+派出纪检监察组7.5+扫黑除恶20+维稳24.5=121"},
    ],
    "findings": [
        {"rule": "target.vague_wording", "item": "数量指标",
         "why": "“全年稳定增加”没有数值和基线"},
        {"rule": "target.missing_name", "item": "质量指标",
         "why": "只写二级类别“质量指标计划完成95%以上”，不知是什么的95%，缺三级指标名称"},
        {"rule": "target.qualitative_no_scale", "item": "经济效益指标",
         "why": "“计划全面完成”为定性表述，无分级口径；维稳、反邪教等政法专项的经济效益也无所指"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "绩效目标设定一句只列数量、质量、经济效益三类，没有满意度(也没有时效、社会效益)"},
    ],
    "notes": ("指标以散文列出(一句话三类指标)，按三行记：名称即二级类别名，一级未写记null。"
              "存储页在“2. 不断深化”处截断，文件照样以该残句结束。项目内容说明为转述，金额照录。"
              "页首文件名为“南县政法委2020年度项目支出绩效自评报告及表格.docx”，正文标题写“绩效评价报告”，两者照录。"),
}

# C. 岳阳楼区人大办 代表之家 2016 项目支出绩效自评报告 (湖南) --------------------------------
C_GOAL = ("按照省人大常委会的部署，到2014年年底前全省乡镇、街道基本做到人大代表之家全覆盖；同时要求代表进站全员化、"
          "联系活动长效化、联系工作网络化，活动机制规范化、舆论宣传多样化。")
C_ACTUAL = ("目前全区建成人大代表联之家16个，实现省人大常委会提出的“全覆盖、制制度化、常活动”目标；"
            "2016年开展活动58次，接待选民36批、200多人次，帮助解决重点项目“堵头”及历史遗留留问题23个。")
GOLD_C = {
    "stem": "hunan-yueyang-yueyanglou-renda-daibiaozhijia-zipingbaogao",
    "ext": "docx",
    "source_urls": ["http://www.yylq.gov.cn/21487/21498/21516/42803/content_1237724.html"],
    "province": "湖南省",
    "doc_kind": "项目支出绩效自评报告",
    "patterns": [2, 8, 10],
    "indicators": [],
    "goals": [{"kind": "预期目标", "text": C_GOAL}],
    "facts": [
        {"metric": "支出合计", "kind": "sum", "total": 46.5, "parts": [9.6, 8.5, 1.5, 15.9, 11],
         "unit": "万元", "note": "办公费+印刷费+接待费+其他商品服务支出+拨出经费=支出合计"},
        {"metric": "计划安排资金", "kind": "sum", "total": 48, "parts": [46.5, 1.5], "unit": "万元",
         "note": "计划安排48=实际支出46.5+结余1.5；实际到位48"},
        {"metric": "实际支出(县市区财政)", "kind": "sum", "total": 46.5, "parts": [46.5], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("存储页在第三部分“项目绩效定量目标(指标)及完成情况”表头(一级指标/二级指标/指标内容)处截断，"
              "其后的指标行和后续栏目不可见；文件只复现到该表头，indicators为空。"
              "封面“评价类型”勾选框、“岳阳市岳阳楼区财政局(制)”为模板文字。资金表按页面顺序排成四组“名称|金额”列，"
              "“其中:中央财政/省财政/市财政/县市区财政/其它”在四组中重复。预期目标与实际完成为转述，"
              "页面中的错字“人大代表联之家”“制制度化”“历史遗留留问题”保留。"
              "预期目标以2014年年底为期，报告年度为2016，未作为发现记入(不属所列规则)。"),
}

# D. 开远市委政法委 2024 年度部门整体和项目支出绩效自评报告 (云南) ----------------------------
D_GOAL = "以习近平新时代中国特色社会主义思想为指导，深入贯彻落实中央、省委、州委、"
GOLD_D = {
    "stem": "yunnan-honghe-kaiyuan-zhengfawei-zipingbaogao",
    "ext": "docx",
    "source_urls": ["https://www.hhky.gov.cn/info/124742/753862.htm"],
    "province": "云南省",
    "doc_kind": "部门整体支出绩效自评报告",
    "patterns": [],
    "indicators": [],
    "goals": [{"kind": "年度工作目标", "text": D_GOAL}],
    "facts": [
        {"metric": "在职人员", "kind": "sum", "total": 18, "parts": [12, 2, 5], "unit": "人",
         "note": "在职人员18人(公务员12人,机关工人2人,事业人员5人)，12+2+5=19，与18不符；财政供养人员也写19人"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "在职人员",
         "why": "在职人员写18人，括号内公务员12+机关工人2+事业人员5=19人"},
    ],
    "notes": ("散文报告，存储页在“年度工作目标”句中(“州委、”之后)截断，文件照样以残句结束；该残句作为年度工作目标记入，"
              "因不完整不作目标类发现。页首信息公开元数据(索引号、发布机构、发布日期等)以小表复现。"
              "文号照录，其中“《开远市市级预算绩效管理暂行办法》》的通知”的重复书名号照录。"),
}

GOLDS = [GOLD_A, GOLD_B, GOLD_C, GOLD_D]

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
FONT = "Noto Serif CJK SC"


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps, fixed core-property dates, stable order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
            data = txt.encode("utf-8")
        out.append((name, data))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# XLSX builder (A)
# ---------------------------------------------------------------------------------------------
def build_a(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=FONT, size=10)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    widths = {"A": 9, "B": 9, "C": 13, "D": 34, "E": 11, "F": 11, "G": 7, "H": 8, "I": 14}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    def put(cell, value, align=center, bold=False, box=True):
        c = ws[cell]
        c.value = value
        c.font = Font(name=FONT, size=10, bold=bold)
        c.alignment = align
        if box:
            c.border = border

    def box_range(rng):
        for row in ws[rng]:
            for c in row:
                c.border = border
                if c.font is None or c.value is None:
                    c.font = font

    r = 1
    # page title and the 公开清单 table as on the page
    ws.merge_cells("A1:I1")
    put("A1", "淮南市田家庵区总工会2024年度项目支出绩效自评表", bold=True, box=False)
    ws.merge_cells("A2:I2")
    put("A2", "项目支出绩效目标公开清单", bold=True, box=False)
    put("A3", "序号")
    ws.merge_cells("B3:D3"); put("B3", "项目名称"); box_range("B3:D3")
    ws.merge_cells("E3:F3"); put("E3", "决算金额(单位:万元)"); box_range("E3:F3")
    put("A4", "1")
    ws.merge_cells("B4:D4"); put("B4", "办公经费"); box_range("B4:D4")
    ws.merge_cells("E4:F4"); put("E4", "0.06"); box_range("E4:F4")
    # blank row 5
    ws.merge_cells("A6:I6"); put("A6", "项目支出绩效自评表", bold=True, box=False)
    ws.merge_cells("A7:I7"); put("A7", "2024年度)", box=False)
    # header fields
    put("A8", "项目名称")
    ws.merge_cells("B8:I8"); put("B8", "办公经费"); box_range("B8:I8")
    put("A9", "主管部门")
    ws.merge_cells("B9:D9"); put("B9", "淮南市田家庵区财政局"); box_range("B9:D9")
    put("E9", "实施单位")
    ws.merge_cells("F9:I9"); put("F9", "淮南市田家庵区总工会"); box_range("F9:I9")
    # money block rows 10-14
    ws.merge_cells("A10:A14"); put("A10", "项目资金                    (万元)"); box_range("A10:A14")
    ws.merge_cells("B10:C10"); put("B10", ""); box_range("B10:C10")
    for col, head in zip("DEFGHI", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put("%s10" % col, head)
    money = [
        ("年度资金总额:", "3.0", "0.06", "0.06", "10", "2%", "2.00"),
        ("其中:本年财政拨款", "3.0", "0.06", "0.06", "", "", None),
        ("上年结转资金", "0.00", "0.00", "0.00", "", "", None),
        ("        其他资金", "0.00", "0.00", "0.00", "", "", None),
    ]
    for i, row in enumerate(money):
        rr = 11 + i
        ws.merge_cells("B%d:C%d" % (rr, rr))
        put("B%d" % rr, row[0], align=left)
        box_range("B%d:C%d" % (rr, rr))
        for col, v in zip("DEFGHI", row[1:]):
            put("%s%d" % (col, rr), v if v is not None else "")
    # goals rows 15-16
    ws.merge_cells("A15:A16"); put("A15", "年度总体目标"); box_range("A15:A16")
    ws.merge_cells("B15:E15"); put("B15", "预期目标"); box_range("B15:E15")
    ws.merge_cells("F15:I15"); put("F15", "实际完成情况"); box_range("F15:I15")
    # both cells bottom-aligned: the one-line 实际完成情况 shares the baseline of the goal's last line
    bottom = Alignment(horizontal="left", vertical="bottom", wrap_text=True)
    ws.merge_cells("B16:E16"); put("B16", A_GOAL, align=bottom); box_range("B16:E16")
    ws.merge_cells("F16:I16"); put("F16", "按预期目标,完成了年度总体目标", align=bottom); box_range("F16:I16")
    ws.row_dimensions[16].height = 62
    # indicator block
    hdr = 17
    heads = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    for col, h in zip("BCDEFGHI", heads):
        put("%s%d" % (col, hdr), h)
    rows = GOLD_A["indicators"]
    actual_text = ["1", "100%", "90%", "在预算内", "90%", "100%", "100%", "100%"]
    first = hdr + 1
    for i, ind in enumerate(rows):
        rr = first + i
        put("D%d" % rr, ind["name"], align=left)
        put("E%d" % rr, ind["target_text"])
        put("F%d" % rr, actual_text[i])
        put("G%d" % rr, ind["weight"])
        put("H%d" % rr, ind["score"])
        put("I%d" % rr, "")
    # merges of label columns (pattern 1)
    ws.merge_cells("B%d:B%d" % (first, first + 3)); put("B%d" % first, "产出指标"); box_range("B%d:B%d" % (first, first + 3))
    ws.merge_cells("B%d:B%d" % (first + 4, first + 7)); put("B%d" % (first + 4), "效益指标"); box_range("B%d:B%d" % (first + 4, first + 7))
    put("C%d" % first, "数量指标")
    put("C%d" % (first + 1), "质量指标")
    put("C%d" % (first + 2), "时效指标")
    put("C%d" % (first + 3), "成本指标")
    put("C%d" % (first + 4), "经济效益指标")
    ws.merge_cells("C%d:C%d" % (first + 5, first + 6)); put("C%d" % (first + 5), "社会效益指标"); box_range("C%d:C%d" % (first + 5, first + 6))
    put("C%d" % (first + 7), "可持续影响指标")
    last = first + len(rows)
    # cut row: the stored page stops at "满"
    put("B%d" % last, "满")
    ws.merge_cells("A%d:A%d" % (hdr, last)); put("A%d" % hdr, "绩效指标"); box_range("A%d:A%d" % (hdr, last))
    for rr in range(first, last):
        ws.row_dimensions[rr].height = 24
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.title = "项目支出绩效自评表"
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------
def new_doc():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def para(doc, text, bold=False, center=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, nrows, ncols):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    return t


def set_widths(t, cms):
    from docx.shared import Cm
    t.autofit = False
    from docx.oxml.ns import qn
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def setc(t, r, c, text, bold=False):
    cell = t.cell(r, c)
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    return cell


def merge(t, r1, c1, r2, c2, text=None, bold=False):
    a = t.cell(r1, c1).merge(t.cell(r2, c2))
    if text is not None:
        a.text = ""
        run = a.paragraphs[0].add_run(text)
        run.bold = bold
    return a


# ---------------------------------------------------------------------------------------------
# DOCX builder B (南县政法委)
# ---------------------------------------------------------------------------------------------
def build_b(path):
    doc = new_doc()
    para(doc, "南县政法委2020年度项目支出绩效自评报告及表格.docx", size=9)
    para(doc, "南县政法委2020年度项目支出绩效评价报告", bold=True, center=True, size=15)
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)项目基本情况简介。")
    para(doc, "南县政法委2020年纳入绩效评价的项目共5个，项目支出预算计划121万元。其中：")
    items = [
        "1. 610办专项30万元：用于教育转化邪教顽固对象、开展反邪教宣传和调研，掌握动态、收集信息，"
        "并协调各乡镇和县直单位做好反邪教工作。",
        "2. 平安创建专项经费39万元：依照省、市平安创建工作方案，结合本县实际制定平安创建方案，在全县推开平安创建，"
        "并对各项措施的落实进行考评验收。",
        "3. 派出纪检监察组专项7.5万元：监督驻在部门执行党的路线、方针、政策和决议，调查处理驻在部门违反党纪、政纪的案件等。",
        "4. 扫黑除恶专项经费20万元：县扫黑专项斗争领导小组办公室由县委政法委牵头，统筹协调、组织指导、督促检查、"
        "考核评价全县扫黑除恶工作，推动解决重大问题，并承担调查、会议筹备、文件传递和材料起草等日常事务。",
        "5. 维稳专项24.5万元：开展调查研究，掌握影响社会稳定的动态并研判形势、提出对策；统筹政法等部门处理涉稳重大事项，"
        "预防和化解社会矛盾风险；推进重大事项社会稳定风险评估、专项涉稳问题督办和年度考评。",
    ]
    for it in items:
        para(doc, it)
    para(doc, "(二)绩效目标设定及指标完成情况。")
    para(doc, B_TARGETS_SENTENCE)
    para(doc, "1.针对邪教人员情况实行一人一策，成功转化邪教人员6人次；累计处置邪教现行活动2起，拘留2人次。")
    para(doc, "2. 不断深化")
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# DOCX builder C (岳阳楼区人大 代表之家)
# ---------------------------------------------------------------------------------------------
def build_c(path):
    doc = new_doc()
    para(doc, "2016年度区人大代表之家项目支出绩效自评报告", bold=True, size=13)
    para(doc, "来源:楼区财政局   2017-11-23 10:15", size=9)
    para(doc, "岳阳楼区财政支出项目绩效评价自评报告", bold=True, center=True, size=16)
    para(doc, "评价类型:项目实施过程评价□   项目完成结果评价■")
    para(doc, "项目名称            代表之家")
    para(doc, "项目单位          岳阳楼区人大办")
    para(doc, "主管部门")
    para(doc, "评价方式: 自评")
    para(doc, "评价机构:")
    para(doc, "报告日期:2017年5月8日")
    para(doc, "岳阳市岳阳楼区财政局(制)", center=True)

    para(doc, "一、项 目 基 本 概 况", bold=True)
    t = table(doc, 9, 8)
    merge(t, 0, 0, 0, 1, "项目负责人")
    merge(t, 0, 2, 0, 3, "黄术光")
    merge(t, 0, 4, 0, 5, "联系电话")
    merge(t, 0, 6, 0, 7, "8245493")
    merge(t, 1, 0, 1, 1, "项目地址")
    merge(t, 1, 2, 1, 3, "岳阳楼区人大常委会")
    merge(t, 1, 4, 1, 5, "邮  编")
    merge(t, 1, 6, 1, 7, "414000")
    merge(t, 2, 0, 2, 1, "项目起止时间")
    merge(t, 2, 2, 2, 7, "2016年1月1日")
    heads = [("计划安排资金\n(万元)", "48"), ("实际到位资金\n(万元)", "48"), ("实际支出\n(万元)", "46.5"),
             ("结余(万元)", "1.5")]
    for g, (h, v) in enumerate(heads):
        setc(t, 3, 2 * g, h)
        setc(t, 3, 2 * g + 1, v)
    levels = [("其中:中央财政", ["", "", "", ""]), ("省财政", ["", "", "", ""]), ("市财政", ["", "", "", ""]),
              ("县市区财政", ["48", "48", "46.5", "1.5"]), ("其它", ["", "", "", ""])]
    for i, (lab, vals) in enumerate(levels):
        for g in range(4):
            setc(t, 4 + i, 2 * g, lab)
            setc(t, 4 + i, 2 * g + 1, vals[g])
    set_widths(t, [2.6, 1.3] * 4)

    para(doc, "二、项目支出明细情况", bold=True)
    rows = [("支出内容", "实际支出数(万元)", "会计凭证号", "备注"), ("办公费", "9.6", "", ""),
            ("印刷费", "8.5", "", ""), ("接待费", "1.5", "", ""), ("其他商品服务支出", "15.9", "", ""),
            ("拨出经费", "11", "", ""), ("支出合计", "46.5", "", "")]
    t2 = table(doc, len(rows), 4)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            setc(t2, r, c, v, bold=(r == 0))

    para(doc, "三、项目绩效自评情况", bold=True)
    t3 = table(doc, 5, 6)
    merge(t3, 0, 0, 0, 5, "项目绩效定性目标及实施计划完成情况", bold=True)
    merge(t3, 1, 0, 1, 2, "预  期 目 标")
    merge(t3, 1, 3, 1, 5, "实际完成")
    merge(t3, 2, 0, 2, 2, C_GOAL)
    merge(t3, 2, 3, 2, 5, C_ACTUAL)
    merge(t3, 3, 0, 3, 5, "项目绩效定量目标(指标)及完成情况", bold=True)
    setc(t3, 4, 0, "一级指标")
    setc(t3, 4, 1, "二级指标")
    merge(t3, 4, 2, 4, 5, "指标内容")
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# DOCX builder D (开远市委政法委)
# ---------------------------------------------------------------------------------------------
def build_d(path):
    doc = new_doc()
    meta = [("", "中国共产党开远市委员会政法委员会"), ("索引号", "kysrmzf/2025-00957"), ("发布机构", "开远市人民政府"),
            ("文号", ""), ("发布日期", "2025-07-25"), ("时效性", "有效")]
    t = table(doc, len(meta), 2)
    for r, (k, v) in enumerate(meta):
        setc(t, r, 0, k)
        setc(t, r, 1, v)
    para(doc, "市委政法委2024年度部门整体和项目支出绩效自评报告", bold=True, center=True, size=15)
    para(doc, "为落实全面实施预算绩效管理的要求，依据《开远市财政局关于印发<开远市全面实施预算绩效管理工作推进方案>的通知》"
              "(开财字〔2020〕181号)、《开远市财政局关于印发<开远市市级项目支出绩效评价管理暂行办法>的通知》"
              "(开财发〔2022〕296号)以及《开远市财政局关于印发<开远市市级预算绩效管理暂行办法>》的通知》(开财发〔2022〕306号)，"
              "我单位对2024年部门整体和项目支出的绩效情况开展了自查自评，现将市委政法委2024年度部门整体和项目支出情况报告如下：")
    para(doc, "一、部门基本情况", bold=True)
    para(doc, "(一)部门概况")
    para(doc, "1. 职责职能")
    para(doc, "党委政法委员会是党委领导和管理政法工作的职能部门，是实现党对政法工作领导的重要组织形式。"
              "主要职能包括：贯彻落实党中央及上级党组织的决定，调查研究政法领域重大实践和理论问题，完善多部门参与的平安建设"
              "协调机制，督查政法工作，支持和监督政法单位依法行使职权，指导推动政法单位党的建设和队伍建设等。")
    para(doc, "2.机构设置及人员情况")
    para(doc, "我委设5个内设机构和政治处，5个内设机构为办公室、维稳指导科、政治安全科、综治督导和基层社会治理科、执法监督室；"
              "代管市扫黑办、开远市见义勇为协会、铁路护路联防办公室、市法学会。"
              "现有财政供养人员19人，其中：在职人员18人(公务员12人，机关工人2人，事业人员5人)。")
    para(doc, "(二)年度工作目标及重点工作任务")
    para(doc, "年度工作目标：" + D_GOAL)
    doc.save(path)


BUILDERS = {GOLD_A["stem"]: build_a, GOLD_B["stem"]: build_b, GOLD_C["stem"]: build_c, GOLD_D["stem"]: build_d}


# ---------------------------------------------------------------------------------------------
# export, annotations, checks
# ---------------------------------------------------------------------------------------------
def export_pdf(src):
    cmd = ["soffice", "-env:UserInstallation=%s" % LO_PROFILE, "--headless", "--convert-to", "pdf",
           "--outdir", HERE, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.splitext(src)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for %s" % src)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def annotation(gold, source):
    keys = ["source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"]
    ann = {"source": source}
    for k in keys:
        ann[k] = gold[k]
    return ann


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for gold in GOLDS:
        stem, ext = gold["stem"], gold["ext"]
        src = os.path.join(HERE, "%s.%s" % (stem, ext))
        BUILDERS[stem](src)
        normalise_zip(src)
        pdf = export_pdf(src)
        for fname in (os.path.basename(src), os.path.basename(pdf)):
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(annotation(gold, fname), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        text = pdf_text(pdf)
        needles = []
        for ind in gold["indicators"]:
            needles += [("name", ind["name"]), ("target_text", ind["target_text"])]
        for g in gold["goals"]:
            needles.append(("goal", g["text"]))
        for f in gold["findings"]:
            # a missing dimension is, by definition, not in the text: its name is not checked
            if f["rule"] != "coverage.missing_dimension":
                needles.append(("finding item", f["item"]))
        for kind, n in needles:
            if n and re.sub(r"\s+", "", n) not in text:
                problems.append("%s: %s not in PDF text: %s" % (stem, kind, n))
        totals["docs"] += 1
        totals["indicators"] += len(gold["indicators"])
        totals["goals"] += len(gold["goals"])
        totals["findings"] += len(gold["findings"])
        totals["facts"] += len(gold["facts"])
    print(json.dumps(totals, ensure_ascii=False))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
