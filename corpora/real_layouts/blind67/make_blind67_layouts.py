#!/usr/bin/env python3
"""Blind part 67 of the real-layout corpus: five stored public pages reproduced as DOCX/XLSX (+ PDF).

Written by an annotator who did not read the toolkit's code, tests, bench, lexicons, rules or other parts'
generators.  Each builder reproduces the layout and the facts of one stored page (names, values, units,
amounts, dates, document numbers as written); longer sentences (criteria, narrative) are reworded with the
same numbers.  Every document stops where the stored page stops.  The gold for each file is written by hand
in DOCS below and saved to annotations/<file>.json (one for the DOCX/XLSX, one for its PDF).

Usage: /tmp/venv/bin/python make_blind67_layouts.py [--no-pdf]
"""
import copy
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
FONT = "SimSun"


# ---------------------------------------------------------------- helpers: deterministic zip
def _normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    first = [n for n in names if n == "[Content_Types].xml"]
    rest = sorted(n for n in names if n != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in first + rest:
            body = src.read(name)
            if name == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              r"\g<1>2025-01-01T00:00:00Z\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>2025-01-01T00:00:00Z\g<2>", text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


def save_docx(doc: Document, path: str) -> None:
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as fh:
        fh.write(_normalise_zip(buf.getvalue()))


def save_xlsx(wb: Workbook, path: str) -> None:
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as fh:
        fh.write(_normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------- helpers: docx building
def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    return doc


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def grid_table(doc, nrows, ncols, widths=None):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    if widths:
        t.autofit = False
        for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(Cm(widths[i]).twips)))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def put(t, r, c, text, span=1, down=1, bold=False, size=9):
    """Write text at (r, c); merge `span` columns to the right and `down` rows below."""
    cell = t.cell(r, c)
    if span > 1 or down > 1:
        cell = cell.merge(t.cell(r + down - 1, c + span - 1))
    set_cell(cell, text, bold=bold, size=size)
    return cell


# ================================================================ document 1 (XLSX)
def build_gx_batang(path):
    """港南区八塘街道 2018 耕地地力保护补贴 专项支出绩效评分细则 (xls on keke.chddh.cn)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "评分细则"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 8
    ws.column_dimensions["D"].width = 8

    ws.merge_cells("A1:D1")
    ws["A1"] = "港南区八塘街道2018年耕地地力保护补贴项目专项支出绩效评分细则"
    ws["A1"].font = Font(name=FONT, bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "评价单位:港南区八塘街道办事处"
    ws["B2"] = "评价项目:2018年耕地地力保护补贴"
    ws.merge_cells("C2:D2")
    ws["C2"] = "评价人员:"
    # header: only 目标名称 and 分值 carry words (as on the page); 分值 is merged over the two number columns
    ws["A3"] = "目标名称"
    ws["B3"] = None
    ws.merge_cells("C3:D3")
    ws["C3"] = "分值"
    ws["C3"].alignment = Alignment(horizontal="center")
    rows = [
        ("充分性", "制定了耕地地力保护补贴项目实施方案的得3分,没有制定的不得分。", 3, 3),
        ("合理性", "项目按程序报批,申请安排的项目经费符合自治区耕地地力保护补贴资金管理规定的,得3分。", 3, 3),
        ("宣传培训工作", "用板报宣传耕地地力保护补贴项目、培训村级工作人员并组织人员到乡镇和村里宣传的得2分;"
                       "没有开展这项工作的不得分。", 2, 2),
        ("信息传达", "接到上级批复文件后15个工作日内通知到各村的得2分;一项未达到要求扣1分,最多扣2分。", 2, 2),
        ("建立农户一折通账户", "为农户建立一折通账户的得3分,发现一户没有纳入即扣完这3分;按上级批复文件把补贴"
                            "资金发放到农户的得4分,没有完成的按实际完成比例计分。", 7, 7),
        ("补贴公示情况", "在村一级公示补贴面积、补贴标准和补贴金额等,公示时间不少于7天的得5分;"
                       "达不到要求的不得分。", 5, 5),
        ("实施情况", "按时报送补贴面积的得4分,每有一次未达到要求扣1分,最多扣4分;按时下发补贴资金的得4分,"
                   "每有一次未达到要求扣1分,最多扣4分;", 8, 8),
        ("完成情况", "补贴面积全部发放完成的得5分,未完成的不得分;补贴资金全部下发的得5分,未完成的不得分。", 10, 10),
        ("领导重视", "成立项目实施工作领导小组,有检查、有督", None, None),
    ]
    r = 4
    for name, crit, w, s in rows:
        ws.cell(r, 1, name)
        ws.cell(r, 2, crit)
        ws.cell(r, 3, w)
        ws.cell(r, 4, s)
        ws.row_dimensions[r].height = 15 * max(1, -(-len(crit) // 30))
        r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, min_col=1, max_col=4):
        for c in row:
            c.border = box
            c.alignment = wrap
            if c.font is None or not c.font.bold:
                c.font = Font(name=FONT, size=10)
    for row in ws.iter_rows(min_row=2, max_row=2, min_col=1, max_col=4):
        for c in row:
            c.font = Font(name=FONT, size=10)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    save_xlsx(wb, path)


# ================================================================ document 2 (DOCX)
def build_hb_suizhou(path):
    """随州市急救中心 2021年卫生健康人才培养培训一次性开办费 项目绩效目标自评表 (docx on yzwku.com)."""
    doc = new_doc(landscape=True)
    para(doc, "随州市财政预算支出项目绩效目标自评表", bold=True, size=14, center=True)
    para(doc, "填报日期:2023年4月23日                                        自评总分:98")
    t = grid_table(doc, 5, 9, widths=[2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6])
    put(t, 0, 0, "项目名称")
    put(t, 0, 1, "2021年卫生健康人才培养培训一次性开办费", span=8)
    put(t, 1, 0, "项目实施单位")
    put(t, 1, 1, "随州市急救中心", span=3)
    put(t, 1, 4, "项目主管单位")
    put(t, 1, 5, "随州市卫生健康委员会", span=4)
    put(t, 2, 0, "项目负责人")
    put(t, 2, 1, "蒋涛", span=2)
    put(t, 2, 3, "项目属性")
    put(t, 2, 4, "1、常年性□  2、延续性□  3、一次性☑  4、新增性□", span=5)
    put(t, 3, 0, "项目资金", down=2)
    put(t, 3, 1, "资金来源")
    put(t, 3, 2, "中央(万元)")
    put(t, 3, 3, "省、地(万元)")
    put(t, 3, 4, "本级(万元)")
    put(t, 3, 5, "其他(万元)")
    put(t, 3, 6, "合计(万元)")
    put(t, 3, 7, "执行数(万元)")
    put(t, 3, 8, "执行率")
    put(t, 4, 1, "")
    put(t, 4, 2, "")
    put(t, 4, 3, "4.9")
    put(t, 4, 4, "18.4")
    put(t, 4, 5, "")
    put(t, 4, 6, "23.3")
    put(t, 4, 7, "23.3")
    put(t, 4, 8, "100%")
    doc.add_paragraph()
    # second table: evaluation rows, then the indicator header row in the middle of the same table
    t2 = grid_table(doc, 12, 9, widths=[2.2, 2.2, 2.2, 3.0, 2.0, 2.0, 1.6, 1.6, 6.6])
    put(t2, 0, 0, "项目年度目标")
    put(t2, 0, 1, "2022年市急救中心正式运行。", span=8)
    put(t2, 1, 0, "项目权重", bold=True)
    put(t2, 1, 1, "评价内容", span=2, bold=True)
    put(t2, 1, 3, "分值", bold=True)
    put(t2, 1, 4, "自评分", bold=True)
    put(t2, 1, 5, "复核分", bold=True)
    put(t2, 1, 6, "评价标准及依据", span=3, bold=True)
    put(t2, 2, 0, "项目决策\n2分")
    put(t2, 2, 1, "决策依据", span=2)
    put(t2, 2, 3, "2")
    put(t2, 2, 4, "2")
    put(t2, 2, 5, "")
    put(t2, 2, 6, "有项目年度工作计划、上级文件或审批报告的计2分,没有的不得分。", span=3)
    put(t2, 3, 0, "项目管理\n13分", down=4)
    mgmt = [
        ("财务制度", "3", "3", "1、有单位财务管理制度计1分;2、有项目管理制度计1分;3、有制度执行的佐证资料计1分。"
                              "没有的不得分。"),
        ("组织机构", "2", "2", "设有明确的绩效管理机构或有专人负责的计2分,没有的不得分"),
        ("运行监管", "4", "3", "1、有运行监管记录计3分;2、填报了《项目支出绩效监控表》计1分。没有的不得分。"),
        ("目标申报", "4", "3", "1、项目绩效目标申报齐全计1分,缺一项扣0.5分,扣完为止;2、绩效目标规范计1分,"
                              "不规范扣0.5分;3、按时申报绩效目标计2分,逾期扣1分。"),
    ]
    for i, (name, w, s, crit) in enumerate(mgmt):
        r = 3 + i
        put(t2, r, 1, name, span=2)
        put(t2, r, 3, w)
        put(t2, r, 4, s)
        put(t2, r, 5, "")
        put(t2, r, 6, crit, span=3)
    put(t2, 7, 0, "项目年度目标:2022年急救中心正式运行。", span=9)
    put(t2, 8, 0, "", bold=True)
    for c, h in enumerate(["一级指标", "二级指标", "指标名称(三级指标)", "年初指标值", "年终完成值", "自评分",
                           "复核分", "评价标准"], start=1):
        put(t2, 8, c, h, bold=True)
    put(t2, 9, 0, "项目\n绩效", down=3)
    put(t2, 9, 1, "产出指标\n40分", down=3)
    put(t2, 9, 2, "数量指标\n15分")
    put(t2, 9, 3, "派车次数")
    put(t2, 9, 4, "15000次")
    put(t2, 9, 5, "17180")
    put(t2, 9, 6, "15")
    put(t2, 9, 7, "")
    put(t2, 9, 8, "1、提供三级指标完成程度的佐证资料;2、三级指标分值按三级指标个数平均分配"
                  "(15分÷三级指标个数),四舍五入")
    put(t2, 10, 2, "质量指标\n12分", down=2)
    put(t2, 10, 3, "调度员上岗培训", down=2)
    put(t2, 10, 4, "100%", down=2)
    put(t2, 10, 5, "100%", down=2)
    put(t2, 10, 6, "12", down=2)
    put(t2, 10, 7, "", down=2)
    put(t2, 10, 8, "1、提供三级指标完成质量的佐证资料;", down=2)
    save_docx(doc, path)


# ================================================================ document 3 (DOCX)
def build_hb_caidian(path):
    """蔡甸区急救站 急救运营专项资金 绩效目标自评报告 2019 (renrendoc preview)."""
    doc = new_doc()
    para(doc, "蔡甸区急救站急救运营专项资金绩效目标自评报告", bold=True, size=14, center=True)
    para(doc, "(2019年度)", center=True)
    para(doc, "一、项目绩效自评表", bold=True)
    t = grid_table(doc, 21, 7, widths=[1.8, 2.0, 2.6, 3.6, 2.2, 2.2, 3.0])
    put(t, 0, 0, "专项(项目)名称", span=2)
    put(t, 0, 2, "急救运营专项", span=5)
    put(t, 1, 0, "主管部门", span=2)
    put(t, 1, 2, "武汉市蔡甸区卫生健康局", span=2)
    put(t, 1, 4, "实施单位")
    put(t, 1, 5, "武汉市蔡甸区急救站", span=2)
    put(t, 2, 0, "项目资金\n(万元)", down=5)
    put(t, 2, 1, "", span=3)
    put(t, 2, 4, "全年预算数(A)")
    put(t, 2, 5, "全年执行数(B)")
    put(t, 2, 6, "执行率(B/A)")
    money = [("年度资金总额:", "60", "60", "100%"),
             ("其中:预算内资金", "60", "60", "100%"),
             ("政府性基金", "", "", ""),
             ("其他资金(包括结转结余)", "", "", "")]
    for i, (lab, a, b, rate) in enumerate(money):
        r = 3 + i
        put(t, r, 1, lab, span=3)
        put(t, r, 4, a)
        put(t, r, 5, b)
        put(t, r, 6, rate)
    put(t, 7, 0, "绩效指标", down=13)
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施"],
                          start=1):
        put(t, 7, c, h, bold=True)
    # 产出指标 block: rows 8..13
    put(t, 8, 1, "产出指标", down=6)
    put(t, 8, 2, "数量指标", down=3)
    out_rows = [("调度中心接警次数", "12000", "14084"), ("救护车出车次数", "4500", "5208"),
                ("车辆运行率", "100%", "100%")]
    for i, (n, v, a) in enumerate(out_rows):
        put(t, 8 + i, 3, n)
        put(t, 8 + i, 4, v)
        put(t, 8 + i, 5, a)
        put(t, 8 + i, 6, "")
    for i, lab in enumerate(["质量指标", "时效指标", "成本指标"]):
        put(t, 11 + i, 2, lab)
        for c in (3, 4, 5, 6):
            put(t, 11 + i, c, "")
    # 效益指标 block: rows 14..18
    put(t, 14, 1, "效益指标", down=5)
    put(t, 14, 2, "经济效益指标")
    for c in (3, 4, 5, 6):
        put(t, 14, c, "")
    put(t, 15, 2, "社会效益指标", down=2)
    for i, (n, v, a) in enumerate([("医疗保障次数", "30", "69"), ("精准扶贫服务人次", "12", "20")]):
        put(t, 15 + i, 3, n)
        put(t, 15 + i, 4, v)
        put(t, 15 + i, 5, a)
        put(t, 15 + i, 6, "")
    put(t, 17, 2, "生态效益指标")
    put(t, 18, 2, "可持续影响指标")
    for r in (17, 18):
        for c in (3, 4, 5, 6):
            put(t, r, c, "")
    put(t, 19, 1, "满意度指标")
    put(t, 19, 2, "服务对象满意度指标")
    put(t, 19, 3, "患者满意率")
    put(t, 19, 4, "95%")
    put(t, 19, 5, "99%")
    put(t, 19, 6, "")
    put(t, 20, 0, "说明")
    put(t, 20, 1, "无", span=6)
    para(doc, "二、项目概况和资金使用管理情况", bold=True)
    para(doc, "(一)简要概述项目基本性质、用途和主要内容、涉及范围。")
    para(doc, "蔡甸区急救站从2008年8月起投入运行,2009年12月1日经区编委核准成为独立法人单位,核定卫生技术岗位"
              "编制16人;目前在岗31人,其中在编11人;共有急救车辆15辆(其中8辆救护车是军运会期间下拨的)。"
              "城市化进程加快、蔡甸宜居新城建成后常住人口逐年增加,群众的院前急救意识也在增强,急救呼入和出车量"
              "都大幅上升,院前急救受到的社会关注明显提高。")
    para(doc, "急救站运营补助经费主要用来购买服务、统筹医保和支付加班、夜班补贴,以及车辆的保险、保养、维修和加油,"
              "救护车视频系统的实时传输、两条专用通信光纤、车载电子收费系统、电子病历系统、调度中心电话和专用宽带"
              "等通信费用。")
    para(doc, "(2)介绍项目资金(包括财政资金、自筹资金等)安排落实、总")
    save_docx(doc, path)


# ================================================================ document 4 (DOCX)
def build_gz_huangguoshu(path):
    """黄果树镇人民政府 2023年村干部报酬项目 绩效评价报告 (cover + 概要), hgsgwh.anshun.gov.cn."""
    doc = new_doc()
    para(doc, "黄果树旅游区黄果树镇人民政府2023年村干部报酬项目", bold=True, size=14, center=True)
    para(doc, "村干部报酬项目", bold=True, size=14, center=True)
    para(doc, "绩效评价报告", bold=True, size=16, center=True)
    para(doc, "报告编号:ZL-YSJX-2024-0049", center=True)
    para(doc, "委托单位:黄果树旅游区财政局")
    para(doc, "评价机构:贵州中略管理咨询有限公司")
    para(doc, "报告时间:2024年12月")
    para(doc, "评价分值:88.64分 评价等级:良")
    t = grid_table(doc, 12, 6, widths=[2.8, 3.4, 2.6, 2.6, 2.4, 2.2])
    put(t, 0, 0, "概要", span=6, bold=True)
    put(t, 1, 0, "评价机构全称(盖章):贵州中略管理咨询有限公司", span=4)
    put(t, 1, 4, "单位:万元、类、个", span=2)
    put(t, 2, 0, "项目名称")
    put(t, 2, 1, "黄果树旅游区黄果树镇人民政府2023年村干部报酬项目", span=3)
    put(t, 2, 4, "评价年度")
    put(t, 2, 5, "2023")
    put(t, 3, 0, "财政主管处室")
    put(t, 3, 1, "预算科")
    put(t, 3, 2, "联系人及联系方式")
    put(t, 3, 3, "李朝娥188****0127", span=3)
    put(t, 4, 0, "主管部门")
    put(t, 4, 1, "黄果树镇人民政府")
    put(t, 4, 2, "联系人及联系方式")
    put(t, 4, 3, "黄艳189****8067", span=3)
    grid = [
        ("自评方式", "单位自评", "自评分值", "100", "自评等级", "优"),
        ("各级资金\n投入总数", "246.37", "抽查资金总数", "246.37", "资金抽查占比", "100%"),
        ("区级财政资金拨付数", "246.37", "区级财政资金抽查数", "246.37", "区级财政资金抽查占比", "100%"),
        ("项目类别", "1", "抽查类别", "1", "类别抽查占比", "100%"),
        ("项目数量", "1", "抽查项目数", "1", "项目抽查占比", "100%"),
        ("涉及市县数\n或项目点", "1", "抽查市县数或项目点", "1", "抽查\n区域", "1"),
        ("发放调查\n问卷", "36", "有效调查\n问卷", "36", "满意度\n情况", "78.34%"),
    ]
    for i, row in enumerate(grid):
        for c, v in enumerate(row):
            put(t, 5 + i, c, v)
    # the 绩效目标实现情况 row sits in the table's last row; the page ends at the next label
    put(t, 11, 0, "绩效目标\n实现情况")
    put(t, 11, 1, "黄果树镇人民政府村干部报酬项目2023年的绩效目标已全部实现。总体看,该项目在立项、资金投入和资金"
                  "管理上完成得较好,管理制度比较健全并得到执行;对促进区域经济、调动村干部工作积极性、建立村干部报酬"
                  "可持续增长机制的作用都比较明显。但也存在绩效目标编制不完整、绩效指标与绩效目标关联不强、绩效自评"
                  "质量不高、村干部满意度偏低等问题。", span=5)
    para(doc, "评价问题 简要情")
    save_docx(doc, path)


# ================================================================ document 5 (DOCX)
def build_hi_dongfang(path):
    """东方市公安局 2023 社管平台公安分平台(立体化治安防控<三期>) 项目绩效自评报告 (datauseful mirror)."""
    doc = new_doc()
    t = grid_table(doc, 2, 2, widths=[3.0, 14.0])
    put(t, 0, 0, "名称:")
    put(t, 0, 1, "东方市公安局2023年度东方市社管平台公安分平台(立体化治安防控<三期>)项目绩效自评报告")
    put(t, 1, 0, "时 效 性:")
    put(t, 1, 1, "有效")
    para(doc, "东方市公安局2023年度东方市社管平台公安分平台(立体化治安防控<三期>)项目绩效自评报告",
         bold=True, size=13, center=True)
    para(doc, "一、项目概况", bold=True)
    para(doc, "(一)项目基本情况:立项情况、实施主体项目、资金及主要内容")
    para(doc, "本项目于2021年5月由市工科信局批复立项,由中电信数智科技有限公司海南分公司实施,建设内容主要是全实景"
              "高空云防广角摄像机、治安视频监控(含人像卡口、全结构化 )、补点治安卡口重点建设、视频图像解析、视频"
              "综合管理平台扩容、视频图像存储等.")
    para(doc, "项目的预算单位是东方市公安局本级,东方市社管平台公安分平台(立体化治安防控<三期>)项目列为部门项目")
    para(doc, "主管部门为东方市公安局")
    para(doc, "项目负责人为:黎晓鹏")
    para(doc, "联系电话:188****3666")
    para(doc, "项目概述:建设内容同上(全实景高空云防广角摄像机、治安视频监控、补点治安卡口、视频图像解析、视频综合"
              "管理平台扩容、视频图像存储等),施工单位于9月1日进场。项目预算总投资1981.39万元,已支付施工费"
              "5,373,303.46元;按合同测算,还需支付的前期费为:预算审核费55,055元、初步设计及概算评审费677,00元、"
              "可行性研究报告评估咨询费33,000元、可行性研究报告编制费58,012.5元、设计费496,697.5元、预算编制费"
              "51,025元.结算审核费61,900元、监理费80%382,800元,链路租用费149,900元,合计1,356,090.00元")
    para(doc, "(二)项目年度预算绩效目标和绩效指标设定情况")
    para(doc, "(包括预期总目标及阶段性目标,衡量绩效目标实现程度的评价指标、标准等)")
    para(doc, "总体目标:对")
    save_docx(doc, path)


# ================================================================ gold
def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


DOCS = [
    {
        "file": "gx-gangnan-batang-farmland-subsidy-scoring.xlsx",
        "build": build_gx_batang,
        "gold": {
            "source_urls": ["https://keke.chddh.cn/archives/48n5zg2zk8d9n27q6rjv.html"],
            "province": "广西",
            "doc_kind": "绩效自评评分表 (项目专项支出绩效评分细则, 街道办事处自评)",
            "patterns": [5, 8],
            "indicators": [
                ind(None, None, "充分性", None, None, None, None, None, 3, 3),
                ind(None, None, "合理性", None, None, None, None, None, 3, 3),
                ind(None, None, "宣传培训工作", None, None, None, None, None, 2, 2),
                ind(None, None, "信息传达", None, None, None, None, None, 2, 2),
                ind(None, None, "建立农户一折通账户", None, None, None, None, None, 7, 7),
                ind(None, None, "补贴公示情况", None, None, None, None, None, 5, 5),
                ind(None, None, "实施情况", None, None, None, None, None, 8, 8),
                ind(None, None, "完成情况", None, None, None, None, None, 10, 10),
                ind(None, None, "领导重视", None, None, None, None, None, None, None),
            ],
            "goals": [],
            "facts": [],
            "findings": [],
            "notes": (
                "贵港市港南区八塘街道办事处 2018年耕地地力保护补贴项目专项支出绩效评分细则, stored on a document-"
                "sharing mirror (keke.chddh.cn) as the text of '2018年度贵港市港南区八塘街道绩效自评评分表.xls'; the "
                "mirror's chrome (page count, download buttons) is not reproduced. The page ends inside the ninth "
                "item (领导重视: '成立项目实施工作领导小组,有检查、有督'); the sheet stops there, with no 分值/得分 for that "
                "row and no total. Layout as found: title, a line with 评价单位/评价项目/评价人员 (评价人员 left blank), "
                "a header row whose only words are 目标名称 and 分值 (the criterion column and the second number "
                "column carry no header; 分值 is merged over the two number columns here), then one row per item: "
                "name, scoring criterion, two numbers. Judgement calls: the first number is read as the item's "
                "points (分值) and the second as the self-evaluation score, because every pair is equal and the "
                "criteria state the first number (e.g. '得3分' for 3); the rows are scoring items of an evaluation "
                "frame with no target value, so operator/value/unit/target_text/actual are null and level1/level2 "
                "are null (the page shows no 一级/二级 column); the cut 领导重视 row is kept as an indicator row with "
                "null weight and score. Criterion sentences are reworded with the same numbers (3, 2, 15个工作日, "
                "7天, 4+4, 5+5). No finding: the table gives no targets to judge, the visible points and scores "
                "agree (完成情况 10 = 5 + 5 in its criterion, 建立农户一折通账户 7 = 3 + 4), and no total is shown "
                "(the visible points sum to 40 before the cut). No coverage finding: this is a scoring frame, not a "
                "产出/效益/满意度 indicator table, and it is cut."
            ),
        },
    },
    {
        "file": "hb-suizhou-emergency-training-selfeval.docx",
        "build": build_hb_suizhou,
        "gold": {
            "source_urls": ["https://yzwku.com/doc/566631.html"],
            "province": "湖北",
            "doc_kind": "自评表 (随州市财政预算支出项目绩效目标自评表, 评价内容分值 + 绩效指标)",
            "patterns": [1, 2, 5, 8, 10],
            "indicators": [
                ind("项目决策", None, "决策依据", None, None, None, None, None, 2, 2),
                ind("项目管理", None, "财务制度", None, None, None, None, None, 3, 3),
                ind("项目管理", None, "组织机构", None, None, None, None, None, 2, 2),
                ind("项目管理", None, "运行监管", None, None, None, None, None, 4, 3),
                ind("项目管理", None, "目标申报", None, None, None, None, None, 4, 3),
                ind("产出指标", "数量指标", "派车次数", None, 15000, "次", "15000次", 17180, 15, 15),
                ind("产出指标", "质量指标", "调度员上岗培训", None, 100, "%", "100%", 100, 12, 12),
            ],
            "goals": [
                {"kind": "年度目标", "text": "2022年市急救中心正式运行。"},
                {"kind": "年度目标", "text": "2022年急救中心正式运行。"},
            ],
            "facts": [
                {"metric": "项目资金", "kind": "budget", "planned": 23.3, "actual": 23.3, "stated_rate": 100,
                 "unit": "万元"},
                {"metric": "项目资金合计", "kind": "sum", "total": 23.3, "parts": [4.9, 18.4], "unit": "万元"},
                {"metric": "项目管理分值", "kind": "sum", "total": 13, "parts": [3, 2, 4, 4], "unit": "分"},
            ],
            "findings": [
                {"rule": "target.unit_mismatch", "item": "调度员上岗培训",
                 "why": "the name names an activity (上岗培训), not a rate, yet the target and result are '100%'; "
                        "it does not say what the percentage is of (培训率/持证上岗率 would fit %)"},
            ],
            "notes": (
                "随州市急救中心 (湖北), 2021年卫生健康人才培养培训一次性开办费, 随州市财政预算支出项目绩效目标自评表 "
                "filled 2023-04-23, 自评总分 98, stored as the OCR text of a docx on a document-sharing site "
                "(yzwku.com). The page ends inside the second indicator row (质量指标 12分, 调度员上岗培训 100% 100% 12, "
                "criterion cut after '1、提供三级指标完成质量的佐证资料;'); the document stops there, so the rest of "
                "项目绩效 (效益, 满意度), the 85分 label the sister form carries, and the total are not shown. "
                "Layout as found: header block (项目名称, 实施单位, 主管单位, 负责人, 项目属性 with tick boxes, a money "
                "row 资金来源 中央/省、地/本级/其他/合计/执行数/执行率), 项目年度目标, then one big table: 项目权重 | "
                "评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据 rows for 项目决策 2分 and 项目管理 13分 (merged down), "
                "the goal repeated as a full-width row, and in the middle of the same table the indicator header "
                "一级指标 | 二级指标 | 指标名称(三级指标) | 年初指标值 | 年终完成值 | 自评分 | 复核分 | 评价标准. OCR "
                "artefacts of the mirror are undone, not kept: '一次性IZl' is the ticked box ☑, '1(X)%' is 100%, "
                "'填报日期…23H' is 23日. Judgement calls: the money row prints only 4.9, 18.4, 23.3, 23.3, 100% for "
                "seven columns; 4.9 is placed under 省、地 and 18.4 under 本级 (which columns they belong to cannot "
                "be read from the page; the sum 4.9 + 18.4 = 23.3 holds either way); the 项目决策/项目管理 rows are "
                "scored evaluation items and are counted as indicator rows with level1 as written and no target; "
                "the weight of each 三级 indicator is the 二级 label's points (数量指标 15分, 质量指标 12分) because "
                "each 二级 has one 三级 row and the criterion divides the 二级 points by the number of 三级 rows; "
                "17180 has no unit in the 完成值 cell (kept). 运行监管 and 目标申报 lose 1 point each with no stated "
                "reason and an empty 复核分 column, but these are management scores, not targets, so no "
                "deviation_reason finding. 派车次数 actual 17180 vs 15000 (115%) is not flagged. The goal is kept "
                "twice because the form writes it twice (header cell and the full-width row); it names a milestone "
                "with a year and is not flagged, although it says nothing about the training the money is for. "
                "调度员上岗培训 is flagged for a % unit on a name that is not a rate. No coverage finding: the table "
                "is cut inside 产出指标."
            ),
        },
    },
    {
        "file": "hb-caidian-ambulance-ops-selfreport.docx",
        "build": build_hb_caidian,
        "gold": {
            "source_urls": ["https://www.renrendoc.com/paper/200730546.html"],
            "province": "湖北",
            "doc_kind": "自评报告 (绩效目标自评报告, 第一部分为项目绩效自评表)",
            "patterns": [1, 2, 5, 10],
            "indicators": [
                ind("产出指标", "数量指标", "调度中心接警次数", None, 12000, None, "12000", 14084, None, None),
                ind("产出指标", "数量指标", "救护车出车次数", None, 4500, None, "4500", 5208, None, None),
                ind("产出指标", "数量指标", "车辆运行率", None, 100, "%", "100%", 100, None, None),
                ind("效益指标", "社会效益指标", "医疗保障次数", None, 30, None, "30", 69, None, None),
                ind("效益指标", "社会效益指标", "精准扶贫服务人次", None, 12, None, "12", 20, None, None),
                ind("满意度指标", "服务对象满意度指标", "患者满意率", None, 95, "%", "95%", 99, None, None),
            ],
            "goals": [],
            "facts": [
                {"metric": "年度资金总额", "kind": "budget", "planned": 60, "actual": 60, "stated_rate": 100,
                 "unit": "万元"},
                {"metric": "预算内资金", "kind": "budget", "planned": 60, "actual": 60, "stated_rate": 100,
                 "unit": "万元"},
            ],
            "findings": [
                {"rule": "coverage.missing_dimension", "item": "质量指标",
                 "why": "the 质量指标 row of 产出指标 is left empty: no quality indicator at all"},
                {"rule": "coverage.missing_dimension", "item": "时效指标",
                 "why": "the 时效指标 row is left empty: no timeliness indicator (e.g. response time) at all"},
                {"rule": "coverage.missing_dimension", "item": "成本指标",
                 "why": "the 成本指标 row is left empty: no cost indicator for a 60万元 operating fund"},
                {"rule": "target.missing_unit", "item": "调度中心接警次数",
                 "why": "target written as the bare number 12000 with no unit; 次 is only implied by the name"},
                {"rule": "target.missing_unit", "item": "救护车出车次数",
                 "why": "target written as the bare number 4500 with no unit"},
                {"rule": "target.missing_unit", "item": "医疗保障次数",
                 "why": "target written as the bare number 30 with no unit"},
                {"rule": "target.missing_unit", "item": "精准扶贫服务人次",
                 "why": "target written as the bare number 12 with no unit (人次 only in the name)"},
            ],
            "notes": (
                "蔡甸区急救站 (武汉市蔡甸区卫生健康局), 急救运营专项资金绩效目标自评报告 (2019年度), stored as the "
                "preview text of a shared document (renrendoc). Section 一 is the 项目绩效自评表 (project, 主管部门, "
                "实施单位, money block 全年预算数(A)/全年执行数(B)/执行率(B/A) with rows 年度资金总额 60 60 100% and "
                "其中:预算内资金 60 60 100%, empty 政府性基金 and 其他资金 rows, then inside the same table the "
                "indicator header 一级/二级/三级/年度指标值/全年完成值/未完成原因和改进措施 and the template's "
                "二级 rows, most of them empty, ending with 说明 无). Section 二 is prose; the page ends inside "
                "'(2) 介绍项目资金(包括财政资金、自筹资金等)安排落实、总' and the document stops there. Kept as found: "
                "targets as bare numbers (12000, 4500, 30, 12) with no operator and no unit, 100%/95% without an "
                "operator, empty 质量/时效/成本/经济效益/生态效益/可持续影响 rows, no 分值/得分 columns, an empty 未完成"
                "原因 column (every actual meets or exceeds its target, so no deviation finding). Prose reworded "
                "with the same facts (2008年8月, 2009年12月1日, 编制16人, 在岗31人, 在编11人, 车辆15辆 incl. 8辆 from "
                "the 军运会). Judgement calls: the three empty 产出 sub-dimensions are flagged as missing dimensions "
                "(88号 asks outputs broken down by quantity, quality, time and cost); the empty 经济效益/生态效益/可持续"
                "影响 rows are not flagged, since those sub-dimensions are optional where they do not apply; bare "
                "count targets are flagged as missing units although the names carry the count noun (a demanding "
                "reviewer wants the 度量单位); 医疗保障次数 (30 → 69) and 精准扶贫服务人次 (12 → 20) are far above "
                "target but too_low is not among this part's rule ids. The table has 产出, 效益 and 满意度, so no "
                "missing 一级 dimension."
            ),
        },
    },
    {
        "file": "gz-huangguoshu-village-cadre-pay-eval.docx",
        "build": build_gz_huangguoshu,
        "gold": {
            "source_urls": ["http://hgsgwh.anshun.gov.cn/xwzx/tzgg/202412/t20241231_86441567.html"],
            "province": "贵州",
            "doc_kind": "评价报告 (财政局委托第三方绩效评价报告, 封面 + 概要表)",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "评价分值", "kind": "grade", "score": 88.64, "grade": "良"},
                {"metric": "自评分值", "kind": "grade", "score": 100, "grade": "优"},
                {"metric": "资金抽查占比", "kind": "budget", "planned": 246.37, "actual": 246.37,
                 "stated_rate": 100, "unit": "万元"},
                {"metric": "区级财政资金抽查占比", "kind": "budget", "planned": 246.37, "actual": 246.37,
                 "stated_rate": 100, "unit": "万元"},
            ],
            "findings": [],
            "notes": (
                "黄果树旅游区 (安顺, 贵州) 黄果树镇人民政府 2023年村干部报酬项目 绩效评价报告, 报告编号 ZL-YSJX-2024-0049, "
                "commissioned by 黄果树旅游区财政局 from 贵州中略管理咨询有限公司, 2024年12月, 评价分值 88.64分, 等级 良. "
                "The stored page holds the cover lines and the 概要 table and ends at the label '评价问题 简要情'; the "
                "document stops there (the label is kept as the last paragraph). The 概要 table is reproduced as "
                "found: 评价机构全称(盖章) line with 单位:万元、类、个, 项目名称/评价年度, 财政主管处室/联系人, 主管部门/"
                "联系人, 自评方式 单位自评/自评分值 100/自评等级 优, money and sampling rows (246.37 throughout, 100%), "
                "项目类别/数量/市县数 1, 发放调查问卷 36/有效 36/满意度情况 78.34%, and the 绩效目标实现情况 cell, "
                "whose prose is reworded. The contact persons' phone numbers are masked (they are not facts the gold "
                "uses). Facts: both grades agree with the bands (88.64 → 良, 100 → 优); the sampling rates are "
                "246.37/246.37 = 100%. No indicator rows, goals or findings on the stored part: the low satisfaction "
                "(78.34%) and the gap between self-score 100 and evaluation 88.64 are no rule of this part. Counted "
                "as one of the part's two prose/summary documents."
            ),
        },
    },
    {
        "file": "hi-dongfang-police-video-platform-selfreport.docx",
        "build": build_hi_dongfang,
        "gold": {
            "source_urls": ["https://datauseful.com/bidding/detail/739484581172112228"],
            "province": "海南",
            "doc_kind": "自评报告 (部门项目绩效自评报告, prose)",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "待支付前期费", "kind": "sum", "total": 1356090,
                 "parts": [55055, 67700, 33000, 58012.5, 496697.5, 51025, 61900, 382800, 149900], "unit": "元"},
            ],
            "findings": [],
            "notes": (
                "东方市公安局 (海南) 2023年度 东方市社管平台公安分平台(立体化治安防控<三期>) 项目绩效自评报告, stored on "
                "a bidding aggregator (datauseful.com, dated 2023/12/29) that copies the government notice; the "
                "aggregator's chrome (中标, 金额, 项目地址, 公告摘要) is not reproduced, the notice's 名称/时效性 box is. The "
                "page ends at '总体目标:对' and the document stops there, so no goal and no indicator is shown. Prose "
                "reworded with the facts as written: 2021年5月 立项 by 市工科信局, 实施主体 中电信数智科技有限公司海南"
                "分公司, 9月1日进场, 预算总投资1981.39万元, 已支付施工费5,373,303.46元, the nine pending pre-project "
                "fees and their total 1,356,090.00元; odd writing kept: '初步设计及概算评审费677,00元' (misplaced "
                "comma), '监理费80%382,800元', a full stop before 结算审核费, the template line '(包括预期总目标及阶段性"
                "目标,衡量绩效目标实现程度的评价指标、标准等)'. The phone number of the project lead is masked. "
                "Judgement call: 677,00 is read as 67,700, with which the nine parts sum exactly to 1,356,090.00 "
                "(read as 677.00 they would sum to 1,289,067); so the sum fact is recorded with 67700 and no "
                "consistency.sum finding. Counted as one of the part's two prose documents."
            ),
        },
    },
]


def write_gold(entry, fname):
    g = dict(entry["gold"])
    out = {"source": fname}
    out.update(g)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def export_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for entry in DOCS:
        path = os.path.join(HERE, entry["file"])
        entry["build"](path)
        write_gold(entry, entry["file"])
        pdf = os.path.splitext(entry["file"])[0] + ".pdf"
        if not no_pdf:
            export_pdf(path)
        write_gold(entry, pdf)
        print("wrote", entry["file"], "+", pdf)


if __name__ == "__main__":
    main()
