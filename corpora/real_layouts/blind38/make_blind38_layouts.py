#!/usr/bin/env python3
"""Build blind part 38 of the real-layout corpus.

Five stored public pages that no earlier part used, each reproduced as the file its unit would have exchanged
(XLSX or DOCX) plus a LibreOffice PDF of that file, with hand-written gold in annotations/<file>.json.
Layouts, facts and defects follow the stored page; longer sentences are our own words with the same numbers.
Each document stops where the stored page stops.

    python make_blind38_layouts.py            # XLSX/DOCX + PDF + gold
    python make_blind38_layouts.py --no-pdf   # skip the LibreOffice export

XLSX/DOCX bytes are deterministic: fixed core-property timestamps and fixed zip entry dates.
Written from scratch for this part (no other generator was read).
"""
import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
CJK_FONT = "SimSun"


# ---------------------------------------------------------------- helpers

def normalize_zip(path):
    """Rewrite a zip container with fixed entry dates so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def new_doc(landscape=False):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.author = ""
    cp.last_modified_by = ""
    st = doc.styles["Normal"]
    st.font.name = CJK_FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
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


def docx_table(doc, nrows, ncols, cells, merges, widths=None):
    """cells: {(r, c): text}; merges: [(r1, c1, r2, c2)] (inclusive)."""
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    for r1, c1, r2, c2 in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for (r, c), text in cells.items():
        cell = t.cell(r, c)
        cell.text = text
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def save_docx(doc, path):
    doc.save(path)
    normalize_zip(path)


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def new_wb():
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = None
    wb.properties.lastModifiedBy = None
    return wb


def put(ws, ref, value, fmt=None, bold=False, box=True, wrap=True, center=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name=CJK_FONT, size=10, bold=bold)
    c.alignment = Alignment(wrap_text=wrap, vertical="center", horizontal="center" if center else "left")
    if box:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def box_range(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def save_xlsx(wb, path):
    wb.save(path)
    normalize_zip(path)


def to_pdf(src, outdir):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{prof}",
               "--convert-to", "pdf", "--outdir", outdir, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- 1. 湖北 黄石市第三中学 自评表 (DOCX)

def build_huangshi(path):
    doc = new_doc()
    para(doc, "附件:")
    para(doc, "2023年度校园维修改造及设备购置项目自评表", bold=True, center=True, size=14)
    para(doc, "项目单位(盖章):黄石市第三中学        主要领导签字:")
    para(doc, "填报日期:2024年6月14")
    cells, merges = {}, []
    # 6 columns: A label | B | C | D | E | F
    cells[(0, 0)] = "项目名称"; cells[(0, 1)] = "校园维修改造及设备购置"; merges.append((0, 1, 0, 5))
    cells[(1, 0)] = "主管部门"; cells[(1, 1)] = "黄石市教育局"; merges.append((1, 1, 1, 2))
    cells[(1, 3)] = "项目实施单位"; cells[(1, 4)] = "黄石市第三中学"; merges.append((1, 4, 1, 5))
    cells[(2, 0)] = "项目类别"; cells[(2, 1)] = "1、部门预算项目   2、市直专项"; merges.append((2, 1, 2, 5))
    cells[(3, 0)] = "项目属性"; cells[(3, 1)] = "1、持续性项目   2、新增性项目"; merges.append((3, 1, 3, 5))
    cells[(4, 0)] = "项目类型"; cells[(4, 1)] = "1、常年性项目   2、延续性项目      3、一次性项目"; merges.append((4, 1, 4, 5))
    # budget block (defects kept: missing opening brackets)
    cells[(5, 0)] = "预算执行情况(万元)\n20分)"; merges.append((5, 0, 6, 0))
    cells[(5, 2)] = "预算数(A)"; cells[(5, 3)] = "执行数B)"; cells[(5, 4)] = "执行率B/A)"; merges.append((5, 4, 5, 5))
    cells[(6, 1)] = "年度财政资金总额"; cells[(6, 2)] = "800万元"; cells[(6, 3)] = "800万元"; cells[(6, 4)] = "100%"
    merges.append((6, 4, 6, 5))
    # indicator block: label column merged down
    cells[(7, 0)] = "年度绩效目标\n98分)"; merges.append((7, 0, 15, 0))
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年初目标值(A", "实际完成值(B"], start=1):
        cells[(7, c)] = h
    rows = [
        ("产出指标", "数量指标", "完成校园维修改造及设备购置项目", "800万元", "800万元"),
        (None, "质量指标", "校园维修改造及设备购置合格率", "100%", "100%"),
        (None, "成本指标", "本年预算安排800万元", "100%", "100%"),
        (None, "时效指标", "2023年项目完工、投入使用", "100%", "100%"),
        ("效益指标", "社会效益指标", "保障校园环境安全、教学工作正常运转", "良好", "良好"),
        (None, "可持续影响指标", "建设平安校园,满足教师和学生生活、学习的需要", "≥95%", "≥95%"),
        ("满意度指标", "具体指标", "教师满意度", "≥95%", "≥95%"),
        (None, "具体指标", "学生满意度", "≥95%", "≥95%"),
    ]
    for i, (l1, l2, name, tgt, act) in enumerate(rows):
        r = 8 + i
        if l1:
            cells[(r, 1)] = l1
        cells[(r, 2)] = l2; cells[(r, 3)] = name; cells[(r, 4)] = tgt; cells[(r, 5)] = act
    merges += [(8, 1, 11, 1), (12, 1, 13, 1), (14, 1, 15, 1)]
    cells[(16, 0)] = "偏差大或\n目标未完成\n原因分析"; merges.append((16, 1, 16, 5))
    cells[(17, 0)] = "改进措施及\n结果应用方案"; merges.append((17, 1, 17, 5))
    docx_table(doc, 18, 6, cells, merges, widths=[2.6, 2.2, 2.6, 5.2, 2.6, 2.6])
    para(doc, "备注:")
    para(doc, "1.预算执行情况的口径:预算数指调整后的财政资金总额(含上年结余结转),执行数指用款单位实际支出的财政资金。"
              "有政府采购的项目支出,要设置反映政府采购管理情况的绩效指标。")
    para(doc, "2.出于经济性和必要性的考虑,满意度指标暂时可以不作为必评指标。")
    para(doc, "3.涉及政府采购的项目支出应设置相关政府采购")
    save_docx(doc, path)


# ---------------------------------------------------------------- 2. 湖北 襄阳市中心医院 自评表 (DOCX)

def build_xiangyang(path):
    doc = new_doc()
    para(doc, "2021年度财政项目绩效自评表", bold=True, center=True, size=14)
    para(doc, "单位名称:襄阳市中心医院                    填报日期:2022年3月18日")
    cells, merges = {}, []
    # 7 columns: A label | B 一级 | C 二级 | D 三级 | E 年初目标值 | F 实际完成值 | G 得分
    cells[(0, 0)] = "项目名称"; cells[(0, 1)] = "东津院区建设补助"; merges.append((0, 1, 0, 6))
    cells[(1, 0)] = "主管部门"; cells[(1, 1)] = "襄阳市卫生健康委"; merges.append((1, 1, 1, 2))
    cells[(1, 3)] = "项目实施单位"; cells[(1, 4)] = "襄阳市中心医院"; merges.append((1, 4, 1, 6))
    # checkbox marks as the page has them: 0 (ticked, OCR) and 口 (empty box, OCR)
    cells[(2, 0)] = "项目类别"; cells[(2, 1)] = "1、部门预算项目 0   2、财政专项口   3、市对下转移支付项目口"
    merges.append((2, 1, 2, 6))
    cells[(3, 0)] = "项目属性"; cells[(3, 1)] = "1、持续性项目口   2、新增性项目口"; merges.append((3, 1, 3, 6))
    cells[(4, 0)] = "项目类型"; cells[(4, 1)] = "1、常年性项目口   2、延续性项目0   3、一次性项目口"
    merges.append((4, 1, 4, 6))
    cells[(5, 0)] = "预算执行情况\n(万元)\n(20 分)"; merges.append((5, 0, 6, 0))
    cells[(5, 1)] = ""; merges.append((5, 1, 5, 2))
    cells[(5, 3)] = "预算数(A)"; cells[(5, 4)] = "执行数(B)"; cells[(5, 5)] = "执行率(B/A1"
    cells[(5, 6)] = "得分(20分*执行率)"
    cells[(6, 1)] = "年度财政\n资金总额"; merges.append((6, 1, 6, 2))
    cells[(6, 3)] = "1000"; cells[(6, 4)] = "1000"; cells[(6, 5)] = "100%"; cells[(6, 6)] = "20"
    cells[(7, 0)] = "年度绩效目标\n(80分)"; merges.append((7, 0, 13, 0))
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年初目标值\n(A)", "实际完成值\n(B)", "得分"], start=1):
        cells[(7, c)] = h
    rows = [
        ("产出\n指标", "数量指标", "成本控制", "不超过预算", "不超过预算", "10"),
        (None, "质量指标", "保证财政建设补助专款专用", "专款专用", "专款专用", "10"),
        (None, "成本", "每年财政补助1000万元", "1000万元", "1000万元", "10"),
        (None, "时效", "1年", "1年", "1年", "10"),
        ("效益\n指标", "经济效益", "完成东津院区建设,医院东津医疗收入达到5亿元", "5亿元", "6.47亿元", "10"),
        (None, "可持续性", "院区建成后,可持续为周边群众提供医疗服务", "服务范围扩大", "服务范", ""),
    ]
    for i, (l1, l2, name, tgt, act, sc) in enumerate(rows):
        r = 8 + i
        if l1:
            cells[(r, 1)] = l1
        cells[(r, 2)] = l2; cells[(r, 3)] = name; cells[(r, 4)] = tgt; cells[(r, 5)] = act; cells[(r, 6)] = sc
    merges += [(8, 1, 11, 1), (12, 1, 13, 1)]
    # the stored page stops inside the 可持续性 row's actual cell: the table ends with that row
    docx_table(doc, 14, 7, cells, merges, widths=[2.4, 1.6, 2.0, 5.0, 2.4, 2.4, 1.6])
    save_docx(doc, path)


# ---------------------------------------------------------------- 3. 湖南 衡阳市社会福利院 整体支出绩效目标表 (XLSX)

def build_hengyang(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "整体支出绩效目标表"
    ws.merge_cells("A1:S1"); put(ws, "A1", "整体支出绩效目标表", bold=True, box=False)
    ws["A1"].font = Font(name=CJK_FONT, size=14, bold=True)
    ws.merge_cells("P2:S2"); put(ws, "P2", "金额单位:万元", box=False, center=False)
    # two header rows
    for col, text in [("A", "单位编码"), ("B", "单位名称"), ("C", "资金总额"), ("J", "整体绩效目标")]:
        ws.merge_cells(f"{col}3:{col}4"); put(ws, f"{col}3", text, bold=True)
    ws.merge_cells("D3:G3"); put(ws, "D3", "按收入性质分", bold=True)
    ws.merge_cells("H3:I3"); put(ws, "H3", "按支出性质分", bold=True)
    ws.merge_cells("K3:S3"); put(ws, "K3", "部门整体支出年度绩效目标", bold=True)
    for col, text in zip("DEFGHIKLMNOPQRS",
                         ["一般公共预算", "政府性基金拨款", "财政专户管理资金", "其他资金", "基本支出", "项目支出",
                          "一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "计量单位", "指标解释",
                          "评(扣)分标准", "备注"]):
        put(ws, f"{col}4", text, bold=True)
    box_range(ws, "A3:S4")
    ws.row_dimensions[3].height = 20
    ws.row_dimensions[4].height = 32
    first, last = 5, 13
    # unit block merged down the indicator rows
    for col in "ABCDEFGHIJ":
        ws.merge_cells(f"{col}{first}:{col}{last}")
    put(ws, "A5", "058003")
    put(ws, "B5", "衡阳市社会福利院")
    put(ws, "C5", 1752.48, fmt="#,##0.00")
    put(ws, "D5", 1462.48, fmt="#,##0.00")
    put(ws, "E5", 200)
    put(ws, "F5", None)
    put(ws, "G5", 90)
    put(ws, "H5", 700.38, fmt="#,##0.00")
    put(ws, "I5", 1052.1, fmt="#,##0.0")
    put(ws, "J5", "1、健全孤儿和特困人员的保障体系,保护院内服务对象的权益;"
                  "2、为全院283名服务对象提供良好的生活、学习环境。", center=False)
    ws.merge_cells("K5:K7"); put(ws, "K5", "成本指标")
    ws.merge_cells("K8:K13"); put(ws, "K8", "产出指标")
    ws.merge_cells("L8:L12"); put(ws, "L8", "数量指标")
    rows = [
        # row, 二级, 三级, 类型, 值, 单位, 解释, 评扣分, 备注
        (5, "经济成本指标", "成本节约率", None, 0, "%", "资金严格按预算支出",
         "成本节约率达到0%以上计20分;低于0%的,每低1%扣1分,扣完为止", 20),
        (6, "社会成本指标", None, None, None, None, None, None, None),
        (7, "生态环境成本指标", None, None, None, None, None, None, None),
        (8, None, "开展开放日活动次数", None, 1, None, "以开放日活动扩大社会影响",
         "开展开放日活动1次以上计3分,未开展的不计分", 3),
        (9, None, "开展全院安全排查次数", None, 6, None, "通过安全排查保障院内安全",
         "安全排查达到6次以上计3分,少于6次不计分", 3),
        (10, None, "全院设施设备维修维护覆盖率", None, 90, "%", "全院设施设备做到应维尽维、应修尽修",
         "维修维护覆盖率达到90%计3分,每少5%扣1分,扣完为止", 3),
        (11, None, "编外人员数量", None, 153, None, "从严控制全院编外人员的数量",
         "编外人数不超过155名计3分,超过的不计分", 3),
        (12, None, "全院服务对象护理覆盖率", "=", 100, "%",
         "院内孤儿、特困人员等服务对象的日常照料和医疗康复等护理服务全部覆盖",
         "护理覆盖率达到100%计3分,低于100%不计分", 3),
        (13, "质量指标", "院内各项设施设备有效使用率", None, 90, "%", "保障", None, None),
    ]
    for r, l2, name, typ, val, unit, expl, rule, note in rows:
        if l2:
            put(ws, f"L{r}", l2)
        for col, v in zip("MNOPQRS", [name, typ, val, unit, expl, rule, note]):
            put(ws, f"{col}{r}", v, center=col not in "QR")
    box_range(ws, f"A{first}:S{last}")
    widths = {"A": 8, "B": 10, "C": 9, "D": 9, "E": 8, "F": 8, "G": 7, "H": 8, "I": 8, "J": 22, "K": 8,
              "L": 10, "M": 14, "N": 6, "O": 6, "P": 6, "Q": 18, "R": 22, "S": 5}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    for r in range(5, 14):
        ws.row_dimensions[r].height = 42
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    save_xlsx(wb, path)


# ---------------------------------------------------------------- 4. 广东 东莞展览馆 部门整体绩效目标批复表 (XLSX)

def build_dongguan(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "整体绩效目标批复表"
    ws.merge_cells("A1:F1"); put(ws, "A1", "部门(单位)整体支出绩效目标批复表", bold=True, box=False)
    ws["A1"].font = Font(name=CJK_FONT, size=14, bold=True)
    ws.merge_cells("A2:F2"); put(ws, "A2", "( 2022 年度)", box=False)
    ws.merge_cells("A3:C3"); put(ws, "A3", "批复单位:东莞市财政局", box=False, center=False)
    ws.merge_cells("D3:F3"); put(ws, "D3", "预算单位:东莞展览馆", box=False, center=False)
    put(ws, "A4", "部门(单位)名称")
    ws.merge_cells("B4:F4"); put(ws, "B4", "东莞展览馆2022年部门整体绩效目标")
    ws.merge_cells("A5:A12"); put(ws, "A5", "年度\n主要\n任务")
    ws.merge_cells("B5:B6"); put(ws, "B5", "任务名称", bold=True)
    ws.merge_cells("C5:C6"); put(ws, "C5", "主要内容", bold=True)
    ws.merge_cells("D5:F5"); put(ws, "D5", "年度预算金额(万元)", bold=True)
    put(ws, "D6", "小计", bold=True); put(ws, "E6", "市财政拨款", bold=True); put(ws, "F6", "其他资金", bold=True)
    tasks = [
        ("场馆日常运转人员经费", "本馆在编30人,普通聘员13人,临时工7人,事业单位购买服务人员2名。", 1166.1),
        ("场馆日常运转公用经费", "含办公费、三公经费、工会经费、差旅费等。", 83.4),
        ("场馆日常维护", "水电费、物业管理费、绿化费、电话费、非经营性物业的日常维护费、网络线路租赁维护费等", 549.34),
        ("场馆专项职能事务管理",
         "按本馆职能定位,每年布展引展10个以上,征集展品藏品100件(套)以上并及时保护整理,"
         "举办社教活动50场以上,定期举办“莞邑论坛”系列活动等", 271.77),
        ("场馆基本陈列调整更新经费", "调整更新展览馆二楼整层展面2505平方米", 306.54),
    ]
    for i, (name, content, amt) in enumerate(tasks):
        r = 7 + i
        put(ws, f"B{r}", name)
        put(ws, f"C{r}", content, center=False)
        put(ws, f"D{r}", None)
        put(ws, f"E{r}", amt)
        put(ws, f"F{r}", None)
    put(ws, "B12", "金额合计"); put(ws, "C12", "*"); put(ws, "D12", 0); put(ws, "E12", 2377.15); put(ws, "F12", 0)
    ws.merge_cells("A13:A14"); put(ws, "A13", "总体目标")
    ws.merge_cells("B13:C13"); put(ws, "B13", "中期滚动目标(2022年--2024年)", bold=True)
    ws.merge_cells("D13:F13"); put(ws, "D13", "年度目标", bold=True)
    ws.merge_cells("B14:C14")
    put(ws, "B14", "目标1:把本馆建成在国内外有影响的城市博物馆,成为当代东莞文物的收藏研究基地、对外文化交流平台、"
                   "全面推介东莞的窗口、市情教育的学校和高品位的文化休闲场所;达到国家二级博物馆标准,藏品1万件/套以上,"
                   "每年举办专题展览10个以上,形成在国内外有影响的知名文化品牌。受疫情影响,预计参观人数60万人次以上.",
        center=False)
    ws.merge_cells("D14:F14")
    put(ws, "D14", "目标1:以基本陈列为依托,按上级统一部署,计划调整更新二楼基本陈列2505平方米,年接待参观20万人以上,"
                   "开展宣教讲解800批次以上,举办培训讲座4个以上,开展", center=False)
    box_range(ws, "A4:F14")
    for k, v in {"A": 8, "B": 18, "C": 42, "D": 9, "E": 11, "F": 9}.items():
        ws.column_dimensions[k].width = v
    for r in range(7, 12):
        ws.row_dimensions[r].height = 36
    ws.row_dimensions[9].height = 48
    ws.row_dimensions[10].height = 62
    ws.row_dimensions[14].height = 150
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    save_xlsx(wb, path)


# ---------------------------------------------------------------- 5. 湖南 耒阳市第四中学 专项资金绩效自评价报告 (DOCX)

def build_leiyang(path):
    doc = new_doc()
    para(doc, "耒阳市第四中学专项资金绩效自评价报告", bold=True, center=True, size=15)
    body = [
        ("一、基本情况", True),
        ("(一)项目基本概况", True),
        ("我校2022年只有一个项目:生均公用经费项目。", False),
        ("(二)资金及项目绩效目标", True),
        ("2022年我校按生均1000元安排经费,合计239万元,其中上级资金179.25万元、本级资金59.75万元;"
         "项目的绩效目标是保障学校正常运转。", False),
        ("二、项目资金使用及管理情况", True),
        ("生均公用经费按上级文件要求使用,主要支出在保障学校运转、完成教学和其他日常工作上,"
         "如办公费、水电费、差旅费以及其他必要的公用经费,未用于人员类支出。", False),
        ("三、预算支出组织实施情况", True),
        ("2022年我校财政安排的支出合计87.06万元,其余款项安排到下一年度支出。", False),
        ("四、预算支出绩效情况", True),
        ("学校的正常运转得到了保障。", False),
        ("五、存在的问题及原因分析", True),
        ("生均公用经费项目运转正常,目前没有发现问题。", False),
        ("六、几点建议", True),
        ("希望拨款能再及时一些。", False),
        ("七、其他需要说明的问题", True),
        ("暂无。", False),
    ]
    for text, bold in body:
        para(doc, text, bold=bold)
    save_docx(doc, path)


# ---------------------------------------------------------------- gold

def ind(l1, l2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


P, E, S, C = "产出指标", "效益指标", "满意度指标", "成本指标"

DOCS = [
    {
        "file": "hb-huangshi-sanzhong-repair-selfeval.docx",
        "build": build_huangshi,
        "source_urls": ["http://hssz.hssedu.cn/info/1230/4301.htm"],
        "province": "湖北",
        "doc_kind": "自评表",
        "patterns": [1, 2, 5, 6, 8],
        "indicators": [
            ind(P, "数量指标", "完成校园维修改造及设备购置项目", None, 800, "万元", "800万元", 800),
            ind(P, "质量指标", "校园维修改造及设备购置合格率", None, 100, "%", "100%", 100),
            ind(P, "成本指标", "本年预算安排800万元", None, 100, "%", "100%", 100),
            ind(P, "时效指标", "2023年项目完工、投入使用", None, 100, "%", "100%", 100),
            ind(E, "社会效益指标", "保障校园环境安全、教学工作正常运转", None, None, None, "良好", None),
            ind(E, "可持续影响指标", "建设平安校园,满足教师和学生生活、学习的需要", ">=", 95, "%", "≥95%", 95),
            ind(S, "服务对象满意度指标", "教师满意度", ">=", 95, "%", "≥95%", 95),
            ind(S, "服务对象满意度指标", "学生满意度", ">=", 95, "%", "≥95%", 95),
        ],
        "goals": [],
        "facts": [
            {"metric": "年度财政资金总额", "kind": "budget", "planned": 800, "actual": 800, "stated_rate": 100,
             "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.input_or_process", "item": "完成校园维修改造及设备购置项目",
             "why": "the 数量指标 counts money (800万元, the whole budget) instead of an output"},
            {"rule": "target.cost_restates_budget", "item": "本年预算安排800万元",
             "why": "the 成本指标 restates the 800万元 budget, with a 100% value and no unit cost"},
            {"rule": "target.qualitative_no_scale", "item": "保障校园环境安全、教学工作正常运转",
             "why": "target and result '良好' with no grading rule"},
            {"rule": "target.unit_mismatch", "item": "建设平安校园,满足教师和学生生活、学习的需要",
             "why": "≥95% attached to an aim statement that names no rate or ratio"},
        ],
        "notes": "黄石市第三中学 2023 项目自评表 (校园维修改造及设备购置, 800万元), a school web page holding the "
                 "湖北 市级部门项目自评表 as text; reproduced as the Word form. The form carries no goal row and no "
                 "得分 column: only 年初目标值(A) and 实际完成值(B). Defects kept as on the page: '20分)' and '98分)' "
                 "without their opening bracket, '执行数B)', '执行率B/A)', '年初目标值(A', '实际完成值(B', '填报日期:"
                 "2024年6月14' without 日, 二级 '具体指标' for the two satisfaction rows (mapped to 服务对象满意度指标). "
                 "The header '年度绩效目标(98分)' next to '预算执行情况(20分)' adds to 118: no stated total, so no "
                 "score finding (it may be the school's own score). Judgement calls: the actual cells of the three "
                 "≥95% rows read '≥95%' (a target, not a measured value); actual is taken as 95. '2023年项目完工、"
                 "投入使用' names its year, so no time_no_deadline. 偏差原因 cells are empty and every target is "
                 "reported met, so no deviation finding. The page stops inside 备注 3 ('涉及政府采购的项目支出应设置"
                 "相关政府采购'); the document stops there too. 备注 1-2 are in our own words.",
    },
    {
        "file": "hb-xiangyang-hospital-dongjin-selfeval.docx",
        "build": build_xiangyang,
        "source_urls": ["https://taowenge.com/d-68000429.html"],
        "province": "湖北",
        "doc_kind": "自评表",
        "patterns": [1, 2, 5, 6, 8],
        "indicators": [
            ind(P, "数量指标", "成本控制", "<=", None, None, "不超过预算", None, None, 10),
            ind(P, "质量指标", "保证财政建设补助专款专用", None, None, None, "专款专用", None, None, 10),
            ind(P, "成本指标", "每年财政补助1000万元", None, 1000, "万元", "1000万元", 1000, None, 10),
            ind(P, "时效指标", "1年", None, 1, "年", "1年", 1, None, 10),
            ind(E, "经济效益指标", "完成东津院区建设,医院东津医疗收入达到5亿元", None, 5, "亿元", "5亿元", 6.47,
                None, 10),
            ind(E, "可持续影响指标", "院区建成后,可持续为周边群众提供医疗服务", None, None, None, "服务范围扩大",
                None, None, None),
        ],
        "goals": [],
        "facts": [
            {"metric": "年度财政资金总额", "kind": "budget", "planned": 1000, "actual": 1000, "stated_rate": 100,
             "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.misfiled_dimension", "item": "成本控制",
             "why": "a cost-control row filed under 数量指标"},
            {"rule": "target.cost_restates_budget", "item": "成本控制",
             "why": "target '不超过预算': no amount, only the budget itself"},
            {"rule": "target.input_or_process", "item": "保证财政建设补助专款专用",
             "why": "fund management ('专款专用') reported as a 质量 output"},
            {"rule": "target.cost_restates_budget", "item": "每年财政补助1000万元",
             "why": "the 成本 row equals the 1000万元 subsidy (the budget)"},
            {"rule": "target.missing_name", "item": "1年",
             "why": "the 三级 cell of the 时效 row holds only the value '1年', no indicator name"},
            {"rule": "target.vague_wording", "item": "院区建成后,可持续为周边群众提供医疗服务",
             "why": "target '服务范围扩大': a change with no number or baseline"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the form as it stands ends inside the 可持续性 row: no 满意度 row"},
        ],
        "notes": "襄阳市中心医院 2021 财政项目自评表 for the 东津院区建设补助 (1000万元), a document-site copy of "
                 "the Word file (text layer with OCR damage). Kept: checkbox marks read as '0' (ticked) and '口' "
                 "(empty), '执行率(B/A1', '(20 分)', 二级 words '成本', '时效', '经济效益', '可持续性' (mapped to the "
                 "canonical names), a 三级 cell that holds only '1年'. Not kept: the page scrambles the vertical "
                 "labels '年度绩效目标(80分)' and '一级指标' ('度效标80> 年绩目1分', '分级标 一指'); they are written "
                 "plainly. The form has 得分 only (no 分值 column): weight null, score 10 per row. '成本控制 │ 不超过"
                 "预算' is read as operator <= with no value. 医疗收入 5亿元 → 6.47亿元 is 129% of target, below the "
                 "150% too-low threshold. The stored page stops inside the 可持续性 row's actual cell ('服务范'); that "
                 "row has no score and the document stops there (no total score, no 满意度, no 偏差 cells).",
    },
    {
        "file": "hn-hengyang-welfare-dept-targets.xlsx",
        "build": build_hengyang,
        "source_urls": ["http://m.fu-954cc.com/mzj/xxgk/czxx/20250116/i3559229.html"],
        "province": "湖南",
        "doc_kind": "部门整体目标表",
        "patterns": [1, 5, 6, 7, 9, 10],
        "indicators": [
            ind(C, "经济成本指标", "成本节约率", None, 0, "%", "0", None, 20),
            ind(P, "数量指标", "开展开放日活动次数", None, 1, None, "1", None, 3),
            ind(P, "数量指标", "开展全院安全排查次数", None, 6, None, "6", None, 3),
            ind(P, "数量指标", "全院设施设备维修维护覆盖率", None, 90, "%", "90", None, 3),
            ind(P, "数量指标", "编外人员数量", None, 153, None, "153", None, 3),
            ind(P, "数量指标", "全院服务对象护理覆盖率", "=", 100, "%", "100", None, 3),
            ind(P, "质量指标", "院内各项设施设备有效使用率", None, 90, "%", "90", None, None),
        ],
        "goals": [
            {"kind": "总体目标",
             "text": "1、健全孤儿和特困人员的保障体系,保护院内服务对象的权益;2、为全院283名服务对象提供良好的生活、"
                     "学习环境。"},
        ],
        "facts": [
            {"metric": "资金总额(按收入性质分)", "kind": "sum", "total": 1752.48, "parts": [1462.48, 200, 90]},
            {"metric": "资金总额(按支出性质分)", "kind": "sum", "total": 1752.48, "parts": [700.38, 1052.1]},
        ],
        "findings": [
            {"rule": "target.impossible_value", "item": "成本节约率",
             "why": "target 0% (scored as '0%以上'): a trivial ≥0 target"},
            {"rule": "target.placeholder", "item": "社会成本指标",
             "why": "二级 row left blank: no 三级 name, no value"},
            {"rule": "target.placeholder", "item": "生态环境成本指标",
             "why": "二级 row left blank: no 三级 name, no value"},
            {"rule": "target.missing_unit", "item": "开展开放日活动次数",
             "why": "value 1 with an empty 计量单位 cell"},
            {"rule": "target.impossible_value", "item": "开展开放日活动次数",
             "why": "one open day a year ('1次以上'): a trivial ≥1 target"},
            {"rule": "target.missing_unit", "item": "开展全院安全排查次数",
             "why": "value 6 with an empty 计量单位 cell"},
            {"rule": "target.missing_unit", "item": "编外人员数量",
             "why": "value 153 with an empty 计量单位 cell"},
            {"rule": "target.input_or_process", "item": "编外人员数量",
             "why": "a head count of staff (an input) filed as a 数量 output"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "the table as it stands ends in its first 质量 row: no 效益 row"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the table as it stands ends in its first 质量 row: no 满意度 row"},
        ],
        "notes": "衡阳市社会福利院 2025 部门预算公开, 整体支出绩效目标表 (湖南 system layout: unit, funds by income and "
                 "by spending, 整体绩效目标, then 一级/二级/三级/指标值类型/指标值/计量单位/指标解释/评(扣)分标准/备注 "
                 "in one wide table). Mirror copy in traditional characters, written back in simplified. Funds: "
                 "1,752.48 = 1,462.48 + 200 + 90 (财政专户 empty) = 700.38 + 1,052.1, both right. The 指标值类型 "
                 "column is empty on every row except '=' for 护理覆盖率 (kept so); the 备注 column holds the row's "
                 "points (20, 3, …), taken as weight. Defect kept: 编外人员数量 target 153 while its 评分标准 allows "
                 "≤155. 指标解释 and 评(扣)分标准 are in our own words with the same numbers. The goal cell is in our "
                 "own words; it names 283 服务对象 and is not flagged. 社会成本/生态环境成本 rows have no name and are "
                 "not indicators. target_text is the 指标值 cell as written (unit in its own column). The stored "
                 "page stops in the 指标解释 of 院内各项设施设备有效使用率 ('保障'); the table stops there (no "
                 "评分标准/备注 for that row, no 效益 or 满意度 rows).",
    },
    {
        "file": "gd-dongguan-exhibition-dept-targets.xlsx",
        "build": build_dongguan,
        "source_urls": ["http://www.dgec.org.cn/news_show/1354.html"],
        "province": "广东",
        "doc_kind": "部门整体目标表",
        "patterns": [3, 7, 9, 10],
        "indicators": [],
        "goals": [
            {"kind": "中期目标",
             "text": "目标1:把本馆建成在国内外有影响的城市博物馆,成为当代东莞文物的收藏研究基地、对外文化交流平台、"
                     "全面推介东莞的窗口、市情教育的学校和高品位的文化休闲场所;达到国家二级博物馆标准,藏品1万件/套以上,"
                     "每年举办专题展览10个以上,形成在国内外有影响的知名文化品牌。受疫情影响,预计参观人数60万人次以上."},
            {"kind": "年度目标",
             "text": "目标1:以基本陈列为依托,按上级统一部署,计划调整更新二楼基本陈列2505平方米,年接待参观20万人以上,"
                     "开展宣教讲解800批次以上,举办培训讲座4个以上,开展"},
        ],
        "facts": [
            {"metric": "金额合计(市财政拨款)", "kind": "sum", "total": 2377.15,
             "parts": [1166.1, 83.4, 549.34, 271.77, 306.54]},
            {"metric": "金额合计(小计)", "kind": "sum", "total": 0, "parts": [2377.15, 0]},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "金额合计(小计)",
             "why": "小计 合计 reads 0 while 市财政拨款 2377.15 + 其他资金 0 = 2377.15"},
            {"rule": "coverage.missing_dimension", "item": "产出指标",
             "why": "the 批复表 as it stands ends inside the 年度目标 cell, before any indicator row"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "the 批复表 as it stands ends inside the 年度目标 cell, before any indicator row"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the 批复表 as it stands ends inside the 年度目标 cell, before any indicator row"},
        ],
        "notes": "东莞展览馆 2022 部门(单位)整体支出绩效目标批复表 (批复单位 东莞市财政局), published on the museum's "
                 "own site. Five 年度主要任务 with their amounts, a 金额合计 row, then the 总体目标 in two halves "
                 "(中期滚动目标 2022–2024 | 年度目标). The task amounts sit in the 市财政拨款 column with 小计 empty "
                 "(the page gives one figure per task; judgement call on the column), and the 合计 row reads '* │ 0 │ "
                 "2377.15 │ 0' as on the page: the five tasks add to 2377.15 (right), the 小计 total of 0 is the "
                 "defect. 主要内容 and the goal cells are in our own words with the same numbers (30/13/7/2 staff, 10 "
                 "exhibitions, 100 pieces, 50 events, 2505平方米, 1万件/套, 60万人次, 20万人, 800批次, 4个); the "
                 "中期 goal keeps the page's closing '.' The goals are quantified: no goal finding. The stored page "
                 "stops inside the 年度目标 cell ('…举办培训讲座4个以上,开展'); the form stops there, before its "
                 "indicator block, so all three dimensions are missing as the file stands.",
    },
    {
        "file": "hn-leiyang-sizhong-selfreport.docx",
        "build": build_leiyang,
        "source_urls": ["https://m.yzwku.com/doc/556425.html"],
        "province": "湖南",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "目标", "text": "项目的绩效目标是保障学校正常运转。"},
        ],
        "facts": [
            {"metric": "生均公用经费", "kind": "sum", "total": 239, "parts": [179.25, 59.75]},
            {"metric": "生均公用经费", "kind": "budget", "planned": 239, "actual": 87.06, "stated_rate": None,
             "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "项目的绩效目标是保障学校正常运转",
             "why": "the only goal names no number, output or measure"},
            {"rule": "coverage.missing_dimension", "item": "产出指标",
             "why": "the complete report states no 产出 indicator or result; its 绩效情况 is one sentence"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "the complete report states no 效益 indicator or result"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the complete report states no 满意度 indicator or result"},
        ],
        "notes": "耒阳市第四中学 2022 专项资金绩效自评价报告 (生均公用经费), a document-site copy of a two-page Word "
                 "file; the stored page holds the whole text (sections 一 to 七), reproduced in our own words with "
                 "the same figures. 239万元 = 上级 179.25 + 本级 59.75 (right; at 1000元 per student). Spent 87.06万元 "
                 "of 239万元 (36.4%, no rate stated), the rest carried to the next year; the report still calls the "
                 "project normal and finds no problem. Judgement call: the report is complete, names no attached "
                 "form and reports performance only as '学校的正常运转得到了保障', so the three dimensions are "
                 "flagged as missing; a reader who exempts prose reports would drop those three findings.",
    },
]


def gold_for(d, source):
    return {
        "source": source,
        "source_urls": d["source_urls"],
        "province": d["province"],
        "doc_kind": d["doc_kind"],
        "patterns": d["patterns"],
        "indicators": d["indicators"],
        "goals": d["goals"],
        "facts": d["facts"],
        "findings": d["findings"],
        "notes": d["notes"],
    }


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    if not args.no_pdf and not shutil.which("soffice"):
        sys.exit("soffice not found; use --no-pdf")
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        write_json(os.path.join(ANN, d["file"] + ".json"), gold_for(d, d["file"]))
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        if not args.no_pdf:
            to_pdf(path, HERE)
        write_json(os.path.join(ANN, pdf + ".json"), gold_for(d, pdf))
        print("wrote", d["file"], "+", pdf)


if __name__ == "__main__":
    main()
