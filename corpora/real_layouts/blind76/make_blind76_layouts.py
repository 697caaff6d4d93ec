"""Blind part 76 of the real-layout corpus: five documents rebuilt from stored public pages.

Written blind (no toolkit code read, nothing run on the files).  Each builder reproduces the layout of one
stored page (header rows, merged cells, empty cells, odd wording, defects); facts are copied as written,
longer sentences are reworded with the same numbers.  Each document stops where the stored page stops.

Run:  /tmp/venv/bin/python make_blind76_layouts.py [--no-pdf]
Writes the DOCX/XLSX files (deterministic: core properties and zip entry dates pinned to 2025-01-01),
their PDFs (LibreOffice) and annotations/<file>.json (gold, written by hand below, one per file).
"""
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PINNED = datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------- helpers
def _set_font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(p.add_run(text), size, bold)
    return p


def cell_text(cell, text, size=9, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(p.add_run(text), size, bold)


def new_doc(landscape=False):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    cp = doc.core_properties
    cp.author = "blind76"
    cp.last_modified_by = "blind76"
    cp.created = PINNED
    cp.modified = PINNED
    cp.last_printed = PINNED
    cp.revision = 1
    return doc


def set_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    tblgrid = table._tbl.tblGrid
    for i, gc in enumerate(tblgrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))


def grid(doc, nrows, ncols):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    return t


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl_put(ws, ref, value, bold=False, center=False, size=10):
    c = ws[ref]
    c.value = value
    if isinstance(value, str) and value.startswith("="):
        c.data_type = "s"  # '=100%' is text on the page, not a formula
    c.font = Font(name="SimSun", size=size, bold=bold)
    c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if center else "left")
    return c


def xl_box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def new_wb():
    wb = Workbook()
    wb.properties.creator = "blind76"
    wb.properties.lastModifiedBy = "blind76"
    wb.properties.created = PINNED
    wb.properties.modified = PINNED
    return wb


def xl_fit(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def normalise_zip(path):
    """Rewrite an OOXML zip: fixed entry order, fixed dates, core.xml dates pinned."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", s)
            s = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", s)
            data = s.encode("utf-8")
        out.append((name, data))
    first = [x for x in out if x[0] == "[Content_Types].xml"]
    rest = sorted([x for x in out if x[0] != "[Content_Types].xml"])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in first + rest:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------------------- 1. food & drug targets (XLSX)
def build_fooddrug(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "表-2"
    for col, w in zip("ABCDE", (30, 30, 26, 14, 22)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:E1")
    xl_put(ws, "A1", "2017年度食品药品监管事业发展专项绩效目标、评价指标与标准值表", bold=True, center=True, size=13)
    ws.merge_cells("A2:D2")
    xl_put(ws, "A2", "绩效目标、评价指标与标准值表", bold=True, center=True)
    xl_put(ws, "E2", "表-2", center=True)
    ws.merge_cells("A3:D3")
    xl_put(ws, "A3", "项目名称: 食品药品监管事业发展专项")
    xl_put(ws, "E3", "单位:万元", center=True)
    ws.merge_cells("A4:A7")
    xl_put(ws, "A4", "资金申报计划", center=True)
    money = [("资金总额", "35,543.19"), ("财政资金", "24,543.19"), ("其中: 省级财政", "24,543.19"),
             ("其他资金", "11,000.00")]
    for i, (lab, val) in enumerate(money):
        r = 4 + i
        xl_put(ws, f"B{r}", lab)
        ws.merge_cells(f"C{r}:E{r}")
        xl_put(ws, f"C{r}", val)
    for j, h in enumerate(("绩效目标名称", "目标值", "评价指标", "标准值", "目标值制订说明")):
        xl_put(ws, f"{'ABCDE'[j]}8", h, bold=True, center=True)
    rows = [
        ("一、投入目标", "", "", "", ""),
        ("1.预算投入资金", "35543.19万元", "预算完成率", "=100%", "财政管理统一要求"),
        ("2.实际到位资金", "35543.19万元", "资金到位率", "=100%", "财政管理统一要求"),
        ("3.实际支出", "35543.19万元", "实际支出率", "=100%", "财政管理统一要求"),
        ("4.专款专用资金", "35543.19万元", "专款专用率", "=100%", "财政管理统一要求"),
        ("二、管理目标", "", "", "", "财政管理统一要求"),
        ("5.财务管理", "(1)专账核算(2)符合财务管理制度规定", "财务管理规范度", "=100%", "财政管理统一要求"),
        ("资产管理", "执行统一规定", "资产管理规范度", "=100%", "财政管理统一要求"),
        ("项目管理", "执行统一规定", "项目管理规范度", "=100%", "财政管理统一要求"),
        ("1-1 项目立项", "合规", "项目立项合规性", "合规", "财政管理统一要求"),
        ("1-2 项目组织机构建设", "完整", "项目组织机构建设完整性", "完整", "财政管理统一要求"),
        ("1-3 项目管理制度", "健全", "项目管理制度健全性", "健全", "财政管理统一要求"),
        ("1-4 项目执行监控", "有效执行", "项目执行监控有效性", "有效执行", "财政管理统一要求"),
        ("1-5 政府采购与招投标管理", "规范", "政府采购与招投标管理规范性", "规范", "财政管理统一要求"),
        ("1-6 合同与监理管理", "规范", "合同与监理管理规范度", "规范", "财政管理统一要求"),
        ("三、产出目标", "", "", "", ""),
        ("1.数量目标", "", "", "", ""),
        ("1-1 两所完成搬迁时间", "按照工期计划", "按时完成率", "100%", "按照项目进程制定"),
        ("1-2", "", "", "", ""),
    ]
    r = 9
    for row in rows:
        for j, v in enumerate(row):
            xl_put(ws, f"{'ABCDE'[j]}{r}", v if v else None, center=(j == 3))
        r += 1
    xl_box(ws, f"A2:E{r - 1}")
    xl_fit(ws)
    wb.save(path)


# ---------------------------------------------------------------- 2. Xuanzhou disabled-veteran medical (XLSX)
def build_xuanzhou(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCDE", (8, 12, 28, 70, 28)):
        ws.column_dimensions[col].width = w
    for r, h in ((4, 18), (8, 30), (9, 30), (10, 30)):
        ws.row_dimensions[r].height = h
    ws.merge_cells("A1:B1"); xl_put(ws, "A1", "項目名稱", center=True)
    ws.merge_cells("C1:E1"); xl_put(ws, "C1", "二等乙級以上傷殘軍人醫療費")
    ws.merge_cells("A2:B2"); xl_put(ws, "A2", "主管部門及代碼", center=True)
    xl_put(ws, "C2", "[066]宣城市宣州區醫療保障局")
    xl_put(ws, "D2", "實施單位", center=True)
    xl_put(ws, "E2", "宣城市宣州區醫療保障局")
    ws.merge_cells("A3:B3"); xl_put(ws, "A3", "項目來源", center=True)
    xl_put(ws, "C3", "本級申報項目")
    xl_put(ws, "D3", "項目期", center=True)
    xl_put(ws, "E3", "1年")
    ws.merge_cells("A4:B7"); xl_put(ws, "A4", "項目資金\n(萬元)", center=True)
    for i, (lab, val) in enumerate((("年度資金總額:", "100.00"), ("其中:財政撥款", "100.00"),
                                    ("上年結轉", "0.00"), ("其他資金", "0.00"))):
        r = 4 + i
        ws.merge_cells(f"C{r}:D{r}")
        xl_put(ws, f"C{r}", lab)
        xl_put(ws, f"E{r}", val)
    ws.merge_cells("A8:B8"); xl_put(ws, "A8", "立項依據", center=True)
    ws.merge_cells("C8:E8")
    xl_put(ws, "C8", "根據宣城市宣州區民政局、財政局、衛生局、勞動和社會保障局印發的《宣州區重點優撫對象醫療保障實施細則(試行)的通知》(民優字〔2008〕08號)執行。")
    ws.merge_cells("A9:B9"); xl_put(ws, "A9", "年度\n目標", center=True)
    ws.merge_cells("C9:E9")
    xl_put(ws, "C9", "安排財政資金100萬元,用於二等乙級以上傷殘軍人看病就醫的醫藥費用,使其按規定正常享受醫療待遇。")
    ws.merge_cells("A10:A18"); xl_put(ws, "A10", "績\n效\n指\n標", center=True)
    for col, h in zip("BCDE", ("一級\n指標", "二級指標", "三級指標", "指標值")):
        xl_put(ws, f"{col}10", h, center=True)
    ws.merge_cells("B11:B14"); xl_put(ws, "B11", "產出指標", center=True)
    ws.merge_cells("B15:B18"); xl_put(ws, "B15", "效益指標", center=True)
    rows = [
        ("數量指標", "二等乙級以上傷殘軍人數量", "52人"),
        ("質量指標", "住院醫療費用報銷比例", "100%"),
        ("時效指標", "二等乙級以上傷殘軍人及時享受醫療待遇保障時間", "醫療費用發生時"),
        ("成本指標", "項目資金年成本", "≤100萬元"),
        ("經濟效益指標", "", ""),
        ("社會效益指標", "對升華軍民魚水情,營造擁軍優屬、擁政愛民的良好氛圍,推進軍地共建的影響程度", "影響明顯"),
        ("生態效益指標", "", ""),
        ("可持續影響指標", "對升華軍民魚水情,營造擁軍優屬、擁政愛民的良好氛圍,推進軍地共建的持續影響程度", ""),
    ]
    for i, (l2, name, val) in enumerate(rows):
        r = 11 + i
        xl_put(ws, f"C{r}", l2)
        xl_put(ws, f"D{r}", name or None)
        xl_put(ws, f"E{r}", val or None)
    xl_box(ws, "A1:E18")
    xl_fit(ws)
    wb.save(path)


# ------------------------------------------------------------- 3. Wangcheng disabled-employment fund (DOCX)
def build_wangcheng(path):
    doc = new_doc(landscape=True)
    para(doc, "区残联专项资金绩效目标申报表", 15, True, True)
    para(doc, "(2018年度)", 11, False, True)
    para(doc, "填报单位(盖章)长沙市望城区残疾人联合会", 10.5)
    t = grid(doc, 16, 6)
    R = t.rows

    def put(r, c, text, c2=None, bold=False, center=False):
        cell = R[r].cells[c]
        if c2 is not None and c2 != c:
            cell = cell.merge(R[r].cells[c2])
        cell_text(cell, text, bold=bold, center=center)
        return cell

    put(0, 0, "专项名称", center=True); put(0, 1, "残疾人就业保障金", 2)
    put(0, 3, "专项属性", center=True); put(0, 4, "延续专项□新增专项□", 5)
    put(1, 0, "部门名称", center=True); put(1, 1, "区残联", 2)
    put(1, 3, "资金总额(万元)", center=True); put(1, 4, "500万元(其中上级资金220万元)", 5)
    put(2, 0, "部门相应职能职责概述", center=True)
    put(2, 1, "区政府从残疾人就业保障金中列支一部分刚性支出,用于残疾人培训、扶持残疾人就业和创业、其他助残实事项目,以及残疾人劳动就业服务中心的开支。", 5)
    put(3, 0, "专项立项\n依据", center=True)
    put(3, 1, "《湖南省人民政府办公厅关于残疾人就业保障金征收有关问题的通知》(湘政办发〔2005〕48号)", 5)
    lab = R[4].cells[0].merge(R[8].cells[0]); cell_text(lab, "专项实施进度计划", center=True)
    put(4, 1, "专项实施内容", 3, center=True); put(4, 4, "计划开始时间", center=True); put(4, 5, "计划完成时间", center=True)
    sched = [("1、执收成本", "2018年1月", "2018年12月"), ("2、培训及扶持", "2018年1月", "2018年12月"),
             ("3、助残实事项目", "2018年1月", "2018年12月"), ("4、专职委员补助及信息调查补助", "", "")]
    for i, (a, b, c) in enumerate(sched):
        put(5 + i, 1, a, 3); put(5 + i, 4, b, center=True); put(5 + i, 5, c, center=True)
    lab = R[9].cells[0].merge(R[14].cells[0]); cell_text(lab, "专项年度绩效指标", center=True)
    for c, h in enumerate(("一级指标", "二级指标", "指标内容", "指标值", "备注"), start=1):
        put(9, c, h, bold=True, center=True)
    l1 = R[10].cells[1].merge(R[12].cells[1]); cell_text(l1, "产出指标", center=True)
    ind = [
        ("数量指标", "为有需求的残疾人提供就业培训创业扶持等", "各级培训残疾人、扶持残疾人创业就业"),
        ("质量指标", "尽可能扩大覆盖面,为全区就业年龄段内,且有就业需求的残疾人提供技术培训", "区、街镇、村社区培训残疾人300人"),
        ("时效指标", "全年按计划实施助学、危改、燃油补贴等助残项目", ""),
        ("", "扶残助残构建和谐社会", ""),
        ("社会公众或服务对象满意度指标", "残疾人满意,社会反响好受助人满意度", "95%以上"),
    ]
    for i, (l2, name, val) in enumerate(ind):
        r = 10 + i
        put(r, 2, l2); put(r, 3, name); put(r, 4, val); put(r, 5, "")
    for r in (13, 14):
        put(r, 1, "")
    set_widths(t, (2.6, 2.2, 3.8, 10.0, 5.3, 2.2))
    put(15, 0, "专项实施\n保障措施", center=True)
    put(15, 1, "依照关于印发《2017年残疾人事业专项资金管理办法》的通知(望残联发〔2017〕5号)执行:助学、危改、燃油补贴、创业扶持等助残实事项目由本人申报,街镇初审、区残联复审,通过后资金直接拨付到个人;残疾人就业培训按有就业需求残疾人的培训意向开设相关实用技术", 5)
    doc.save(path)


# ------------------------------------------------------------------- 4. Renhe Taiping ethnic fund (DOCX)
def build_taiping(path):
    doc = new_doc()
    para(doc, "攀枝花市仁和区太平乡人民政府", 14, True, True)
    para(doc, "2024年度部门预算项目支出绩效自评报告", 14, True, True)
    para(doc, "仁和区2024年市级少数民族资金项目", 12, False, True)
    para(doc, "区财政局:")
    para(doc, "一、项目概况", bold=True)
    para(doc, "(一)项目基本情况。")
    para(doc, "本项目立足本乡实际,在太平乡红岩村举办一年一度的泼水节活动,既是持续巩固提升“全国民族团结进步示范区”创建成果的举措,也是传承发扬民族文化的有效方式。")
    para(doc, "(二)项目绩效目标。")
    para(doc, "1.泼水节期间邀请专业舞蹈团队为群众表演文艺节目;")
    para(doc, "2.拍摄制作泼水节及民族团结进步宣传视频,通过抖音、微信等新媒体平台进行宣传。")
    para(doc, "(三)项目自评步骤及方法。")
    para(doc, "自评以逐项评价项目绩效指标的方式进行,主要包括数量指标、质量指标、时效指标和群众满意度等指标,依据各项指标的完成程度综合考量项目实施情况,形成自评结论。")
    para(doc, "二、项目资金申报及使用情况", bold=True)
    para(doc, "(一)项目资金申报及批复情况。")
    para(doc, "为扎实开展少数民族活动、展示全国民族团结进步示范区成果、弘扬民族文化特色,区级批复下达2024年实际少数民族资金")
    para(doc, "(二)资金计划、到位及使用情况(可用表格形式反映)。")
    para(doc, "1.资金计划资金到位.该项目资金为财政拨款,年初财政下达资金10000元,到位资金10000元,到位率100%")
    para(doc, "2.资金使用。截至2024年度,该项目资金使用0万元,资金主要用于太平乡泼水节的宣传费用和文艺表演活动费用。")
    para(doc, "(三)项目财务管理情况。")
    para(doc, "该项目严格执行账务报账程序,由乡财政所统一管理核算,")
    doc.save(path)


# ------------------------------------------------------------- 5. Jiangnan medical-aid re-evaluation (DOCX)
def build_jiangnan(path):
    doc = new_doc()
    para(doc, "江财评报告2021-18", 10.5)
    para(doc, "南宁江南区财政支出", 18, True, True)
    para(doc, "绩效评价报告", 18, True, True)
    para(doc, "南宁江南区医保局2021年城区财政", 14, False, True)
    para(doc, "城乡医疗救助补助资金项目绩效再评价报告", 14, False, True)
    para(doc, "项目名称:2021年城区财政城乡医疗救助补助资金项目")
    para(doc, "项目单位:南宁市江南区医保局")
    para(doc, "委托单位:南宁市江南区财政局")
    para(doc, "评价机构:广西智税宝财税咨询有限公司")
    para(doc, "20227", 12, False, True)
    doc.add_page_break()
    para(doc, "南宁江南区医保局2021年城区财政城乡医疗救助补助资金项目支出绩效再评价结果一览表", 12, True, True)
    t = grid(doc, 10, 4)
    R = t.rows

    def put(r, c, text, c2=None, center=False):
        cell = R[r].cells[c]
        if c2 is not None and c2 != c:
            cell = cell.merge(R[r].cells[c2])
        cell_text(cell, text, size=10, center=center)

    put(0, 0, "评价组织机构", center=True); put(0, 1, "广西智税宝财税咨询有限公司", 3)
    put(1, 0, "评价范围", center=True); put(1, 1, "2021年城区财政城乡医疗救助补助资金项目", 3)
    put(2, 0, "评价类型", center=True); put(2, 1, "事后评价(自评+再评价)", 3)
    put(3, 0, "评价方法", center=True); put(3, 1, "成本效益法、现场问答法、实地考察法", 3)
    put(4, 0, "评价结果", center=True); put(4, 1, "优 秀93分)", 3)
    lab = R[5].cells[0].merge(R[8].cells[0]); cell_text(lab, "评价人员", size=10, center=True)
    put(5, 1, "姓 名", center=True); put(5, 2, "单位/职称", center=True); put(5, 3, "签 名", center=True)
    people = [("蒋流霞", "广西智税宝财税咨询有限公司/高级经济师"), ("蒋晓凤", "广西智税宝财税咨询有限公司/教 授"),
              ("刘资焱", "广西智税宝财税咨询有限公司/副教授")]
    for i, (n, u) in enumerate(people):
        put(6 + i, 1, n, center=True); put(6 + i, 2, u); put(6 + i, 3, "")
    put(9, 0, "评价日期", center=True); put(9, 1, "20227", 3)
    para(doc, "")
    para(doc, "目 录", 12, True, True)
    for line in ("一、项目基本情况 1", "(一)项目概况 1", "项目绩效目标 2", "(三)项目实施情况 2",
                 "二、绩效评价工作开展情况 4", "(一)绩效评价设计过程 4", "(二)绩效评价框架 5",
                 "(三)证据收集方法 6", "(四)绩效评价实施过程"):
        para(doc, line)
    doc.save(path)


# ------------------------------------------------------------------------------------------------ gold
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


FD_L1a, FD_L1b, FD_L1c = "投入目标", "管理目标", "产出目标"
XZ_SOC = "對升華軍民魚水情,營造擁軍優屬、擁政愛民的良好氛圍,推進軍地共建的影響程度"
XZ_SUS = "對升華軍民魚水情,營造擁軍優屬、擁政愛民的良好氛圍,推進軍地共建的持續影響程度"
XZ_GOAL = "安排財政資金100萬元,用於二等乙級以上傷殘軍人看病就醫的醫藥費用,使其按規定正常享受醫療待遇。"
TP_G1 = "1.泼水节期间邀请专业舞蹈团队为群众表演文艺节目;"
TP_G2 = "2.拍摄制作泼水节及民族团结进步宣传视频,通过抖音、微信等新媒体平台进行宣传。"

DOCS = [
    {
        "file": "xx-shengji-fooddrug-targets.xlsx",
        "build": build_fooddrug,
        "gold": {
            "source_urls": ["http://gopolicy.las.ac.cn/service/pread?id=1168264"],
            "province": "未注明",
            "doc_kind": "绩效目标表 (省级专项 绩效目标、评价指标与标准值表, 表-2)",
            "patterns": [5, 6, 9],
            "indicators": [
                ind(FD_L1a, None, "预算完成率", "=", 100, "%", "=100%"),
                ind(FD_L1a, None, "资金到位率", "=", 100, "%", "=100%"),
                ind(FD_L1a, None, "实际支出率", "=", 100, "%", "=100%"),
                ind(FD_L1a, None, "专款专用率", "=", 100, "%", "=100%"),
                ind(FD_L1b, None, "财务管理规范度", "=", 100, "%", "=100%"),
                ind(FD_L1b, None, "资产管理规范度", "=", 100, "%", "=100%"),
                ind(FD_L1b, None, "项目管理规范度", "=", 100, "%", "=100%"),
                ind(FD_L1b, None, "项目立项合规性", None, None, None, "合规"),
                ind(FD_L1b, None, "项目组织机构建设完整性", None, None, None, "完整"),
                ind(FD_L1b, None, "项目管理制度健全性", None, None, None, "健全"),
                ind(FD_L1b, None, "项目执行监控有效性", None, None, None, "有效执行"),
                ind(FD_L1b, None, "政府采购与招投标管理规范性", None, None, None, "规范"),
                ind(FD_L1b, None, "合同与监理管理规范度", None, None, None, "规范"),
                ind(FD_L1c, "数量目标", "按时完成率", None, 100, "%", "100%"),
            ],
            "goals": [],
            "facts": [
                {"metric": "资金总额", "kind": "sum", "total": 35543.19, "parts": [24543.19, 11000.00], "unit": "万元"},
            ],
            "findings": [
                {"rule": "target.qualitative_no_scale", "item": "项目立项合规性",
                 "why": "standard value is the bare word 合规, no grading scale or measurable criterion"},
                {"rule": "target.qualitative_no_scale", "item": "项目组织机构建设完整性",
                 "why": "standard value is the bare word 完整, no scale"},
                {"rule": "target.qualitative_no_scale", "item": "项目管理制度健全性",
                 "why": "standard value is the bare word 健全, no scale"},
                {"rule": "target.qualitative_no_scale", "item": "项目执行监控有效性",
                 "why": "standard value is 有效执行, no scale or count"},
                {"rule": "target.qualitative_no_scale", "item": "政府采购与招投标管理规范性",
                 "why": "standard value is the bare word 规范, no scale"},
                {"rule": "target.qualitative_no_scale", "item": "合同与监理管理规范度",
                 "why": "a 度 indicator whose standard value is the bare word 规范, no scale"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "the table as it stands has only 投入/管理/产出 targets; no 效益 (效果) target appears (the stored page ends inside 产出目标 at '1-2')"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "no satisfaction target appears in the table as it stands (page ends inside 产出目标)"},
            ],
            "notes": "Provincial 2017 食品药品监管事业发展专项 form ('表-2', 绩效目标、评价指标与标准值表) as stored on the gopolicy.las.ac.cn policy library; the page does not name the province or the department (only '省级财政'), so province is 未注明 and the file prefix is xx. The site chrome before the title ('已收录 273763 条政策', '政策提纲', '暂无提纲', '[摘要]') is not reproduced. Columns kept as the page gives them: 绩效目标名称 | 目标值 | 评价指标 | 标准值 | 目标值制订说明; odd numbering kept (5.财务管理 followed by unnumbered 资产管理/项目管理 and a restarted 1-1..1-6 list under 管理目标; the 二、管理目标 header row carries 财政管理统一要求 in the last column). Judgement calls: the indicator name is the 评价指标 and the target is the 标准值 (the 绩效目标名称/目标值 pair, e.g. 1.预算投入资金 / 35543.19万元, is the goal amount the indicator measures; level2 is null except 数量目标 under 产出目标); level1 is the section name without its numeral. '=100%' is operator '='; the bare '100%' of 按时完成率 has operator null. The page ends at the bare row '1-2' under 产出目标 (reproduced, not counted). Missing 效益/满意度 dimensions are flagged for the table as it stands. The money block checks: 24543.19 + 11000.00 = 35543.19. Input/management rows (预算完成率, 财务管理规范度 …) would be input_or_process findings, a rule id outside this brief's list, so they are not flagged.",
        },
    },
    {
        "file": "ah-xuanzhou-veteran-medical-targets.xlsx",
        "build": build_xuanzhou,
        "gold": {
            "source_urls": ["http://www.lxslzpgs.com.cn/OpennessContent/show/3484629.html"],
            "province": "安徽",
            "doc_kind": "绩效目标申报表 (項目支出, 繁体转换镜像页)",
            "patterns": [1, 6],
            "indicators": [
                ind("產出指標", "數量指標", "二等乙級以上傷殘軍人數量", None, 52, "人", "52人"),
                ind("產出指標", "質量指標", "住院醫療費用報銷比例", None, 100, "%", "100%"),
                ind("產出指標", "時效指標", "二等乙級以上傷殘軍人及時享受醫療待遇保障時間", None, None, None, "醫療費用發生時"),
                ind("產出指標", "成本指標", "項目資金年成本", "<=", 100, "萬元", "≤100萬元"),
                ind("效益指標", "社會效益指標", XZ_SOC, None, None, None, "影響明顯"),
                ind("效益指標", "可持續影響指標", XZ_SUS, None, None, None, None),
            ],
            "goals": [{"kind": "年度目标", "text": XZ_GOAL}],
            "facts": [
                {"metric": "年度資金總額", "kind": "sum", "total": 100.00, "parts": [100.00, 0.00, 0.00], "unit": "萬元"},
            ],
            "findings": [
                {"rule": "target.time_no_deadline", "item": "二等乙級以上傷殘軍人及時享受醫療待遇保障時間",
                 "why": "timeliness target is 醫療費用發生時 (when the cost arises): no date, period or on-time rate"},
                {"rule": "target.qualitative_no_scale", "item": XZ_SOC,
                 "why": "target is 影響明顯 with no grading scale"},
                {"rule": "target.missing_value", "item": XZ_SUS,
                 "why": "the value cell is empty in the document as it stands (the stored page ends right after this indicator name)"},
                {"rule": "coverage.missing_dimension", "item": "滿意度指標",
                 "why": "the indicator block as it stands has 產出 and 效益 rows only; no satisfaction row (page ends inside 效益指標)"},
                {"rule": "goal.unquantified", "item": XZ_GOAL,
                 "why": "the only number is the money; the result (正常享受醫療待遇) has no count or rate, although 52人 is an indicator"},
                {"rule": "goal.budget_text", "item": XZ_GOAL,
                 "why": "the goal is built on the amount requested and what it pays for (100萬元 for medical costs)"},
            ],
            "notes": "宣城市宣州區醫療保障局 申报表 for 二等乙級以上傷殘軍人醫療費 (優撫), stored on a mirror that converted the page to traditional characters; the characters are kept as the page has them (so names are traditional, e.g. 產出指標, 萬元). The page opens directly with 項目名稱 (no title, no year) and is reproduced without inventing one. The vertical label 績/效/指/標 is merged down the indicator block; 產出指標 and 效益指標 are merged over their rows. Blank 經濟效益指標 and 生態效益指標 rows are kept empty as on the page and are not counted as indicators (template rows; not flagged). The page ends after the 可持續影響指標 name, so its value cell is empty and there is no 滿意度 row; both are flagged for the document as it stands. 立項依據 and 年度目標 are reworded with the same document number and amount. Bare '52人'/'100%' get operator null; '≤100萬元' is '<='. The 100萬元 cost row equals the whole budget (a cost_restates_budget case, a rule id outside this brief's list, so not flagged). Money block: 100.00 = 100.00 + 0.00 + 0.00.",
        },
    },
    {
        "file": "hn-wangcheng-disabled-employment-targets.docx",
        "build": build_wangcheng,
        "gold": {
            "source_urls": ["http://biz.doczj.com/doc/1415107210.html"],
            "province": "湖南",
            "doc_kind": "专项资金绩效目标申报表 (区残联, 残疾人就业保障金)",
            "patterns": [1, 5, 6, 8],
            "indicators": [
                ind("产出指标", "数量指标", "为有需求的残疾人提供就业培训创业扶持等", None, None, None, "各级培训残疾人、扶持残疾人创业就业"),
                ind("产出指标", "质量指标", "尽可能扩大覆盖面,为全区就业年龄段内,且有就业需求的残疾人提供技术培训", None, 300, "人", "区、街镇、村社区培训残疾人300人"),
                ind("产出指标", "时效指标", "全年按计划实施助学、危改、燃油补贴等助残项目", None, None, None, None),
                ind(None, None, "扶残助残构建和谐社会", None, None, None, None),
                ind(None, "社会公众或服务对象满意度指标", "残疾人满意,社会反响好受助人满意度", ">=", 95, "%", "95%以上"),
            ],
            "goals": [],
            "facts": [],
            "findings": [
                {"rule": "target.missing_value", "item": "为有需求的残疾人提供就业培训创业扶持等",
                 "why": "a 数量指标 whose value cell only restates the activity (各级培训残疾人、扶持残疾人创业就业): no number"},
                {"rule": "target.missing_value", "item": "全年按计划实施助学、危改、燃油补贴等助残项目",
                 "why": "时效指标 with an empty value cell"},
                {"rule": "target.missing_value", "item": "扶残助残构建和谐社会",
                 "why": "row with content but no value (and no dimension label)"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "no row is labelled 效益指标/社会效益指标; the only effect-like row (扶残助残构建和谐社会) carries neither label nor value"},
            ],
            "notes": "长沙市望城区残疾人联合会 2018 专项资金绩效目标申报表 (残疾人就业保障金, 500万元 of which 上级资金220万元), stored on a document-sharing site whose text extraction scrambles the form order (立项依据 and 进度计划 first, then the indicator rows, then the title block, then the satisfaction row and 保障措施) and inserts stray Lao characters ('ຫໍສະໝຸດ') after 备注产出指标. The document rebuilds the form in its natural order (title, 填报单位, header block, 立项依据, 进度计划, indicator table, 保障措施) with every cell's text as found; the stray characters are dropped. Layout calls: 产出指标 is merged over its three rows; the row '扶残助残构建和谐社会' is placed in 指标内容 with empty 一级/二级/指标值 cells because the page gives it without labels or value; the satisfaction row has 二级 '社会公众或服务对象满意度指标' but no 一级 label on the page, so level1 is null; the 4th schedule line (专职委员补助及信息调查补助) has no dates on the page. '95%以上' is '>='; '区、街镇、村社区培训残疾人300人' has no operator word (operator null, value 300 人). 职能职责概述 and 保障措施 are reworded; 保障措施 stops where the page stops ('开设相关实用技术'). No goal cell appears. The 300人 count sits under 质量指标 (a misfiled-dimension case, rule id outside this brief's list, not flagged). Topic: 残疾人就业 training/扶持 (the 就业 share).",
        },
    },
    {
        "file": "sc-renhe-taiping-ethnic-selfreport.docx",
        "build": build_taiping,
        "gold": {
            "source_urls": ["http://www.screnhe.gov.cn/zwgk/zdxxgk/czxx/bmyjs/xzjb/tpxrmzf/10213618.shtml"],
            "province": "四川",
            "doc_kind": "自评报告 (乡镇 项目支出绩效自评报告, 少数民族资金/民族团结进步)",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [
                {"kind": "目标", "text": TP_G1},
                {"kind": "目标", "text": TP_G2},
            ],
            "facts": [
                {"metric": "资金到位", "kind": "budget", "planned": 10000, "actual": 10000, "stated_rate": 100, "unit": "元"},
                {"metric": "资金使用", "kind": "budget", "planned": 10000, "actual": 0, "stated_rate": None, "unit": "元"},
            ],
            "findings": [
                {"rule": "goal.process_only", "item": TP_G1, "why": "describes an activity (hire a dance troupe to perform) with no result"},
                {"rule": "goal.unquantified", "item": TP_G1, "why": "no number of performances, audience or date"},
                {"rule": "goal.process_only", "item": TP_G2, "why": "describes making and posting videos, no result or reach"},
                {"rule": "goal.unquantified", "item": TP_G2, "why": "no number of videos, views or platforms' reach"},
                {"rule": "consistency.deviation_reason_missing", "item": "资金使用",
                 "why": "10000元 arrived but 0万元 was used by the end of 2024, and the same sentence says the money paid for publicity and performances; no reason for the gap is given"},
            ],
            "notes": "攀枝花市仁和区太平乡人民政府 2024 self-evaluation of the 仁和区2024年市级少数民族资金项目 (泼水节, 全国民族团结进步示范区). Prose only; headings and facts as on the page, sentences reworded with the same numbers. Kept defects: the approval sentence ends without an amount ('区级批复下达2024年实际少数民族资金'), the template hint '(可用表格形式反映)' is left in the heading, '资金计划资金到位.' with a full stop, and the 0万元 use against 10000元 received. The stored page ends mid-sentence in (三)项目财务管理情况 ('统一由乡财政所管理核算,'); the document stops there. Facts: 到位率 100% = 10000/10000 (consistent); use 0 of 10000 (no stated rate; 0万元 read as 0元). The two numbered 项目绩效目标 are recorded as goals (kind 目标).",
        },
    },
    {
        "file": "gx-jiangnan-medical-aid-reeval.docx",
        "build": build_jiangnan,
        "gold": {
            "source_urls": ["http://www.nnjn.gov.cn/xxgk/xxgkml/qtzdxx/czyjs/bmjs/2021bmjs/jnybj/t5483500.html"],
            "province": "广西",
            "doc_kind": "评价报告 (财政再评价, 封面+结果一览表+目录)",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "评价结果", "kind": "grade", "score": 93, "grade": "优秀"},
            ],
            "findings": [],
            "notes": "南宁市江南区医保局 2021 城区财政城乡医疗救助补助资金项目 再评价报告 (江财评报告2021-18, 评价机构 广西智税宝财税咨询有限公司), stored page posted 2022-12-10. Reproduced: cover lines, the 结果一览表 (评价组织机构/范围/类型/方法/结果/人员/日期, with an empty 签名 column) and the table of contents, where the page ends ('(四)绩效评价实施过程'). Defects kept as found: the date '20227' (年/月 lost, twice), '优 秀93分)' with its opening bracket lost, '教 授' with a space, and the TOC line '项目绩效目标 2' without its '(二)'. Gold: the grade fact 93 → 优秀 is consistent (优 ≥ 90), so no finding; no indicators or goals are on the stored page. Counted as one of the two prose-type documents.",
        },
    },
]


# ------------------------------------------------------------------------------------------------ main
def export_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        normalise_zip(path)
        if not no_pdf:
            export_pdf(path)
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        for src in (d["file"], pdf):
            gold = {"source": src}
            gold.update(d["gold"])
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
        print("wrote", d["file"], "+", pdf)


if __name__ == "__main__":
    main()
