# -*- coding: utf-8 -*-
"""blind214: real-layout part (mid-year monitoring reports / evaluation forms).

Gold first (Python data), then builders (python-docx / openpyxl), LibreOffice PDF export,
annotations/<file>.json for each file and its PDF, and a pdftotext presence check.
Run with /tmp/venv/bin/python.
"""
import copy
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "blind214"
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------
GOLD = {}

GOLD["guizhou-shiji-dizaifangzhi-jiankongbaogao.docx"] = {
    "source_urls": ["http://wenshu.52jianpu.com/baogao/4667878.html"],
    "province": "贵州省",
    "doc_kind": "绩效运行监控报告",
    "patterns": [6, 10],
    "indicators": [
        {"level1": None, "level2": "数量指标", "name": "聘请专业地勘单位", "operator": None, "value": 1,
         "unit": "个", "target_text": "1个", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": "质量指标", "name": "满足我市20xx年度地灾防治技术支撑要求", "operator": None,
         "value": None, "unit": None, "target_text": "满足我市20xx年度地灾防治技术支撑要求", "actual": None,
         "weight": None, "score": None},
        {"level1": None, "level2": "保障时限", "name": "保障时限", "operator": None, "value": None, "unit": None,
         "target_text": "20xx年度", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": "成本指标", "name": "保障经费", "operator": "<=", "value": 20, "unit": "万元",
         "target_text": "≤20万元", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": "社会效益", "name": "为20xx年度地质灾害防治和灾险情处置提供技术保障,提升地",
         "operator": None, "value": None, "unit": None,
         "target_text": "为20xx年度地质灾害防治和灾险情处置提供技术保障,提升地", "actual": None,
         "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "满足我市20xx年度地灾防治技术支撑要求",
         "why": "质量指标只写“满足……要求”,没有可衡量的数值或分级标准"},
        {"rule": "target.placeholder", "item": "保障时限",
         "why": "时效目标写作“20xx年度”,年份仍是模板占位符,没有具体期限"},
        {"rule": "target.cost_restates_budget", "item": "保障经费",
         "why": "成本指标“≤20万元”只是重述年初预算安排的20万元,不是单位成本"},
        {"rule": "target.qualitative_no_scale", "item": "为20xx年度地质灾害防治和灾险情处置提供技术保障,提升地",
         "why": "社会效益指标是一句没有数值的描述(页面在此截断)"},
    ],
    "notes": ("A mid-year 项目绩效运行监控报告 (first of 15 samples on a 范文 page). Indicators are a labelled list in "
              "section 二(一): 数量/质量/保障时限/成本/社会效益; the 二级 label is kept as level2 and level1 is null because "
              "the document gives none. For the 质量 and 社会效益 lines the text itself is the only name. The stored page "
              "stops inside the 社会效益 line (\"提升地\"), so no 满意度 row can be judged missing and no coverage finding "
              "is given. Long sentences (概况, 内容, 资金) are reworded; document titles, 文号, dates and 20万元 are kept. "
              "The report's city is not named (\"我市\"); the province comes from the 黔 documents it cites."),
}

GOLD["hainan-shengji-meishigouwu-pingjiabaogao.docx"] = {
    "source_urls": ["https://m.yzwku.com/doc/791094.html"],
    "province": "海南省",
    "doc_kind": "绩效评价报告",
    "patterns": [5, 8],
    "indicators": [
        {"level1": "产出指标", "level2": None, "name": "举办促消费活动场次", "operator": None, "value": 200,
         "unit": "场", "target_text": "全省举办活动200场", "actual": None, "weight": None, "score": None},
        {"level1": "成效指标", "level2": None, "name": "全省社会消费品零售总额同比增长", "operator": None,
         "value": 5, "unit": "%", "target_text": "增长5%", "actual": None, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "项目绩效目标表只有产出指标和成效指标两行,没有服务对象满意度指标"},
        {"rule": "coverage.too_few_indicators", "item": "项目绩效目标表",
         "why": "全表只有2个指标,少于3个"},
    ],
    "notes": ("Cover of a 财政支出项目绩效评价报告 (海南省商务厅, 美食购物嘉年华活动), then the 项目绩效目标表 with a "
              "four-band 绩效标准 (优/良/中/差) and the start of the 项目基本信息表. The checkbox marks are kept as the "
              "stored text shows them (OCR: 口 for an empty box, EI/El for a ticked box). The 绩效标准 columns are "
              "grading bands, not targets; the target is the 绩效目标 cell. 成效指标 is the document's own level1 word. "
              "The stored page stops in the 实际使用情况(万元) cell after the digit 5, so that amount is cut and is "
              "not used as a fact."),
}

GOLD["guangdong-shengji-zhongxiaoqiye-jichuxinxibiao.xlsx"] = {
    "source_urls": ["http://fsou.com/html/text/lar/172583/17258329_2.html"],
    "province": "广东省",
    "doc_kind": "绩效评价基础信息汇总表",
    "patterns": [2, 5, 6, 8, 9],
    "indicators": [
        {"level1": "项目绩效情况", "level2": None, "name": "服务企业数", "operator": None, "value": None,
         "unit": "家", "target_text": "", "actual": None, "weight": None, "score": None},
        {"level1": "项目绩效情况", "level2": None, "name": "新增服务产品数", "operator": None, "value": None,
         "unit": "个", "target_text": "", "actual": None, "weight": None, "score": None},
        {"level1": "项目绩效情况", "level2": None, "name": "新增服务办公设备或仪器", "operator": None,
         "value": None, "unit": "个", "target_text": "", "actual": None, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "服务企业数", "why": "表中计划、实际栏均为空,没有指标值"},
        {"rule": "target.missing_value", "item": "新增服务产品数", "why": "表中计划、实际栏均为空,没有指标值"},
        {"rule": "target.missing_value", "item": "新增服务办公设备或仪器",
         "why": "项目立项时、2010年10月底两栏均为空,没有指标值"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "项目绩效情况只统计服务企业数、产品数、设备数等产出数量,没有效益类指标"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "表中没有服务对象满意度一栏"},
    ],
    "notes": ("附件2 of a 2008-2009 省中小企业发展专项资金 evaluation notice (服务体系项目类): one wide summary table, one "
              "row per project, with column groups 项目基本情况 / 项目资金情况 / 项目组织情况 / 项目绩效情况. The three "
              "performance measures are column headers with the unit in the header text (服务企业数(家)); each is gold "
              "as one indicator row with no value, because the table is a blank template. The stored page flattens the "
              "colspans: the third header row (计划安排/实际到位/实际支出 ... 计划/实际/计划/实际/项目立项时/2010年10月底) "
              "was placed under the money groups and the three measures as the order suggests; the stored 1/0 coding "
              "row shows twelve \"1/0\" cells while there are eleven yes/no columns: eleven are placed under them and "
              "the twelfth is left in the 省财政资金安排年度 column, a judgement call. The page starts with the "
              "signature lines that close 附件1 and stops after three empty data rows."),
}

GOLD["fujian-fuan-danganguan-jiankongbaogao.docx"] = {
    "source_urls": ["http://www.xyvh.cn/wendang/22692751.html"],
    "province": "福建省",
    "doc_kind": "绩效目标执行监控报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": "提升福安档案管理水平,保证各单位档"}],
    "facts": [
        {"metric": "资金到位率", "kind": "rate", "planned": 46, "actual": 46, "stated_rate": 100, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": "提升福安档案管理水平,保证各单位档",
         "why": "总体目标只写“提升……水平”,没有数量或基准(页面在此截断)"},
    ],
    "notes": ("First sample (篇一) on a page titled 项目绩效目标执行监控报告; the body itself reports a year-end 绩效评价 of "
              "the 福安市档案馆 46万元 special funds, in prose only. The stored page is in traditional characters with "
              "pinyin readings inserted by the site (寫(xiě)…); the text was rebuilt in simplified characters without "
              "those readings. 资金到位率 100% = 46/46 is kept as a rate fact; 到位资金支出完成率 100% gives no spent "
              "amount and is not a fact. The page stops inside the 总体目标 sentence, so the goal text is cut."),
}

GOLD["yunnan-fumin-jingjipucha-pingjiabaogao.docx"] = {
    "source_urls": ["https://www.zhongcaigou.com/searchDetail/MjAyNV8wNV8wOHwzNTE5Mzc0NTA5Nzc0NDE5Nzc2.html"],
    "province": "云南省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("富民县统计局 第五次全国经济普查 项目支出绩效评价报告 as reposted by a tender-aggregator site that hides digits "
              "behind asterisks (****年, 错报率*.**‰, 普查单位****户, section numbers *.). The asterisks are kept as "
              "found: this prose-only document tests number parsing on masked figures. The 错报率 figures are results "
              "of the quality check, not targets, so no indicator rows are given. The stored page stops in "
              "\"按照市\" at the start of the third work item."),
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and fixed core.xml dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def new_doc():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    from docx.shared import Cm
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, center=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, ncols, merges=(), widths=None):
    """rows: list of lists (len ncols, None for a cell covered by a merge); merges: (r1,c1,r2,c2)."""
    from docx.shared import Cm
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    if widths:
        t.autofit = False
        for i in range(len(rows)):
            for j, w in enumerate(widths):
                t.cell(i, j).width = Cm(w)
        from docx.oxml.ns import qn
        grid = t._tbl.find(qn("w:tblGrid"))
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            t.cell(i, j).text = v
    return t


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_guizhou(path):
    doc = new_doc()
    para(doc, "项目绩效运行监控报告", bold=True, center=True, size=16)
    para(doc, "时间:2024-09-06 15:31:43 报告")
    para(doc, "(通用)项目绩效运行监控报告15篇", bold=True)
    para(doc, "报告写作有一定技巧,不少人写报告时感到为难。下面整理了若干篇项目绩效运行监控报告,供参考。")
    para(doc, "项目绩效运行监控报告1", bold=True)
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)项目概况")
    para(doc, "依据《贵州省地质灾害防治指挥部办公室关于调整地质灾害防治技术保障对应单位的通知》(黔地灾防指办发〔20xx〕4号)"
              "和《贵州省自然资源厅关于印发20xx年全省地质灾害防治驻县技术保障工作组名录的通知》(黔自然资函〔20xx〕393号)的规定,"
              "为提高我市地质灾害防治能力、充实技术力量、保护群众生命财产安全,我市聘请贵州省地矿局第二工程勘察院有限公司担任"
              "地灾防治技术支撑单位,为20xx年度地质灾害防治及灾险情处置提供技术保障。")
    para(doc, "(二)项目实施期限")
    para(doc, "20xx年1月1日到20xx年12月31日。")
    para(doc, "(三)项目主要内容、涉及范围")
    para(doc, "承担我市地质灾害的汛前排查、汛中检查、汛后复查,以及突发地质灾害险情、灾情勘查等技术工作。")
    para(doc, "(四)项目资金(包括财政资金、自筹资金等)安排落实、投入等情况")
    para(doc, "按20xx年度年初预算,安排20万元作为我市20xx年度地质灾害防治技术服务保障经费;资金拨付审批流程已办结,尚待支付。")
    para(doc, "二、绩效目标的核对和确定情况", bold=True)
    para(doc, "(一)项目的绩效目标、绩效指标设定情况")
    para(doc, "数量指标:聘请专业地勘单位1个;")
    para(doc, "质量指标:满足我市20xx年度地灾防治技术支撑要求;")
    para(doc, "保障时限:20xx年度;")
    para(doc, "成本指标:保障经费≤20万元;")
    para(doc, "社会效益:为20xx年度地质灾害防治和灾险情处置提供技术保障,提升地")
    doc.save(path)


def landscape(doc):
    from docx.enum.section import WD_ORIENT
    sec = doc.sections[0]
    w, h = sec.page_width, sec.page_height
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = h, w


def build_hainan(path):
    doc = new_doc()
    landscape(doc)
    para(doc, "财政支出项目绩效评价报告", bold=True, center=True, size=18)
    para(doc, "评价类型:口实施过程评价 完成结果评价")
    para(doc, "项目名称:美食购物嘉年华活动")
    para(doc, "项目单位:海南省商务厅")
    para(doc, "主管部门:海南省商务厅")
    para(doc, "评价时间:2020年1月1日至2020年12月31日")
    para(doc, "组织方式:财政部门口 主管部门EI 项目单位")
    para(doc, "评价机构:口中介机构 口专家组 El项目单位评价组")
    para(doc, "评价单位(盖章):")
    para(doc, "上报时间:2021.5.25")
    page_break(doc)
    para(doc, "项目绩效目标表", bold=True, center=True, size=14)
    para(doc, "项目名称:")
    rows = [
        ["指标类型", "指标名称", "绩效目标", "绩效标准", None, None, None],
        [None, None, None, "优", "良", "中", "差"],
        ["产出指标", "举办促消费活动场次", "全省举办活动200场", "200场以上", "150-200场", "100-150场", "100场以下"],
        ["成效指标", "全省社会消费品零售总额同比增长", "增长5%", "高于5%", "0-5%", "-5%-0", "低于-5%"],
    ]
    table(doc, rows, 7, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)],
          widths=[2.2, 6.6, 4.2, 2.6, 2.6, 2.6, 2.6])
    para(doc, "注:以预算批复的绩效目标为准填列。")
    page_break(doc)
    para(doc, "项目基本信息表", bold=True, center=True, size=14)
    para(doc, "一、项目基本情况", bold=True)
    rows = [
        ["项目实施单位", "海南省商务厅", "主管部门", "海南省商务厅"],
        ["项目负责人", "李学锋", "联系电话", ""],
        ["地址", "海南省海口市国兴大道省政府办公楼二楼", "邮编", "570204"],
        ["项目类型", "经常性项目( ) 一次性项目( )", None, None],
        ["计划投资额(万元)", "515", "实际到位资金(万元)", "515"],
        ["实际使用情况(万元)", "5", "", ""],
    ]
    table(doc, rows, 4, merges=[(3, 1, 3, 3)], widths=[4.5, 8.5, 4.5, 5.5])
    doc.save(path)


def build_guangdong(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    ws = wb.active
    ws.title = "附件2"
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ncol = 29
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")

    ws["A1"] = "省级项目主管单位负责人签字:                    年    月    日"
    ws["A2"] = "填表人签名:                    联系电话:"
    ws["A3"] = "附件2:"
    ws["A4"] = "2008-2009年省中小企业发展专项资金绩效评价基础信息汇总表"
    ws["A5"] = "(服务体系项目类)"
    ws["A6"] = "地级以上市主管部门(盖章):                                        财政部门(盖章):"
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=ncol)
    ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=ncol)
    ws["A4"].font = Font(bold=True, size=14)
    ws["A4"].alignment = Alignment(horizontal="center")
    ws["A5"].alignment = Alignment(horizontal="center")

    # header row 7: groups
    groups = [(1, 5, "项目基本情况"), (6, 15, "项目资金情况"), (16, 23, "项目组织情况"), (24, 29, "项目绩效情况")]
    for c1, c2, txt in groups:
        ws.cell(row=7, column=c1, value=txt)
        ws.merge_cells(start_row=7, start_column=c1, end_row=7, end_column=c2)
    # header row 8: column names; singles merged down rows 8-9
    singles = {1: "序号", 2: "地区", 3: "项目承担单位", 4: "是否重点项目(企业)", 5: "省财政资金安排年度",
               14: "省财政资金是否专账核算", 15: "资金是否按项目申报计划范围支付", 16: "是否开工", 17: "是否完工",
               18: "进度有无推迟", 19: "有无调整", 20: "调整是否有报批手续", 21: "有无成立项目管理小组",
               22: "有无制定项目管理办法", 23: "是否已结题、审核或验收"}
    for c, txt in singles.items():
        ws.cell(row=8, column=c, value=txt)
        ws.merge_cells(start_row=8, start_column=c, end_row=9, end_column=c)
    spans = [(6, 8, "省财政资金"), (9, 10, "地方财政"), (11, 13, "自筹资金"), (24, 25, "服务企业数(家)"),
             (26, 27, "新增服务产品数(个)"), (28, 29, "新增服务办公设备或仪器(个)")]
    for c1, c2, txt in spans:
        ws.cell(row=8, column=c1, value=txt)
        ws.merge_cells(start_row=8, start_column=c1, end_row=8, end_column=c2)
    subs = {6: "计划\n安排", 7: "实际\n到位", 8: "实际\n支出", 9: "实际\n到位", 10: "实际\n支出", 11: "计划\n投入",
            12: "实际\n到位", 13: "实际\n支出", 24: "计划", 25: "实际", 26: "计划", 27: "实际", 28: "项目立项时",
            29: "2010年10月底"}
    for c, txt in subs.items():
        ws.cell(row=9, column=c, value=txt)
    # row 10: 1/0 coding row (twelve cells on the stored page)
    for c in [4, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]:
        ws.cell(row=10, column=c, value="1/0")
    ws.cell(row=11, column=1, value="合计")
    last = 14
    for r in range(7, last + 1):
        for c in range(1, ncol + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = border
            cell.alignment = wrap
    for c in range(1, ncol + 1):
        ws.column_dimensions[get_column_letter(c)].width = {3: 12, 28: 16, 29: 16, 24: 9, 25: 9, 26: 11, 27: 11}.get(c, 7)
    ws.row_dimensions[8].height = 60
    ws.row_dimensions[9].height = 30
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


def build_fujian(path):
    doc = new_doc()
    para(doc, "项目绩效目标执行监控报告(优质19篇)", bold=True, center=True, size=16)
    para(doc, "写好报告需要对汇报内容做充分准备和调研,保证数据真实可信。以下收集了若干报告范文,供参考借鉴。")
    para(doc, "项目绩效目标执行监控报告(优质19篇)篇一", bold=True)
    para(doc, "按照福安市财政局《福安市财政局关于做好20xx年部门预算绩效管理有关工作的通知》(安财绩【20xx】1号)的要求,"
              "结合我局46万元专项经费的收支和绩效自评情况,现将20xx年财政项目支出的绩效评价情况报告如下:")
    para(doc, "(一)立项情况。")
    para(doc, "福安市档案馆的46万元是我局常年性的专项业务支出,也是支撑我局持续发展的重要资金来源。20xx年初,"
              "福安市档案馆依据福安市委、市政府的总体部署和上级档案部门的工作安排,及时编制工程、采购预算,并向上级部门申请资金支持。")
    para(doc, "(二)资金情况。")
    para(doc, "20xx年福安市档案馆共建设5个项目,采购资金预算合计46万元,实际到位46万元;全年资金到位率为100%,"
              "到位资金支出完成率为100%。")
    para(doc, "(三)项目情况。")
    para(doc, "上述专项资金主要用于:第六届宁德世界地质公园(福安)旅游文化节重大活动的档案场数,“6.9”国际档案宣传日的举办场次,"
              "20xx年度“三月三”畲族民俗节重大活动档案的指导收集和立卷归档,以及指导全市精准扶贫档案建设的场数。")
    para(doc, "总体目标:提升福安档案管理水平,保证各单位档")
    doc.save(path)


def build_yunnan(path):
    doc = new_doc()
    para(doc, "富民县统计局2024年第五次全国经济普查项目支出绩效评价报告", bold=True, center=True, size=14)
    para(doc, "2025-04-28 云南/昆明 招标采购")
    para(doc, "富民县统计局****年第五次全国经济普查项目支出绩效评价报告", bold=True)
    para(doc, "发布时间:***********#**;**:** 浏览次数:* 字号:[ ]")
    para(doc, "富民县统计局****年第五次全国经济普查项目支出绩效评价报告", bold=True, center=True)
    para(doc, "一、基本情况", bold=True)
    para(doc, "(一)项目概况。")
    para(doc, "*.立项背景及目的。")
    para(doc, "《全国经济普查条例》规定,经济普查经费由国务院和地方各级人民政府共同负担,列入相应年度财政预算,按时拨付、足额到位。"
              "县统计局负责牵头组织、协调全县经济普查,落实第五次全国经济普查方案,确保按期完成****年第五次全国经济普查任务。")
    para(doc, "*. 项目实施情况。")
    para(doc, "*扎实推进入户登记工作。一是制定方案,细化责任。印发《富民县第五次全国经济普查包保工作方案》,由县政府领导包保分管行业、"
              "联系镇街,行业主管部门对四上企业专人包保,镇街领导对非四上重点企业划片包保,全力推进普查登记。二是严守底线,依法普查。"
              "严格遵守《统计法》和《经济普查条例》,按普查流程规范操作,守住普查红线底线,全县普查单位****户,个体户****户,"
              "投入产出单位**户。")
    para(doc, "*加强数据质量检查工作。从县经普办和各镇(街道)抽调业务骨干组成*个质量检查组,经检查汇总,计算数据错报率*‰,"
              "营业收错报率*.**‰,资产总计错报率*.**‰,从业人员错报率*.**‰;富民县抽中普查小区普查单位错报率低于*‰,"
              "主要经济指标错报率低于**‰,抽中普查小区的单位错报率以及普查单位和个体经营户主要经济指标错报率均达到合格标准。")
    para(doc, "*高标准开展数据审核验收。按照市")
    doc.save(path)


BUILDERS = {
    "guizhou-shiji-dizaifangzhi-jiankongbaogao.docx": build_guizhou,
    "hainan-shengji-meishigouwu-pingjiabaogao.docx": build_hainan,
    "guangdong-shengji-zhongxiaoqiye-jichuxinxibiao.xlsx": build_guangdong,
    "fujian-fuan-danganguan-jiankongbaogao.docx": build_fujian,
    "yunnan-fumin-jingjipucha-pingjiabaogao.docx": build_yunnan,
}

# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("no pdf for " + path)
    return pdf


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    txt_raw = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    items = []
    for ind in gold["indicators"]:
        items += [ind["name"], ind["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    # a missing dimension is by definition absent from the document: its name is not checked
    items += [f["item"] for f in gold["findings"] if f["rule"] != "coverage.missing_dimension"]
    for it in items:
        n = norm(it)
        if n and n not in txt and n not in txt_raw:
            missing.append(it)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"rows": 0, "goals": 0, "findings": 0, "facts": 0}
    for fname, builder in BUILDERS.items():
        path = os.path.join(HERE, fname)
        builder(path)
        fix_zip(path)
        pdf = to_pdf(path)
        gold = GOLD[fname]
        for src in (fname, os.path.basename(pdf)):
            rec = {"source": src}
            rec.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check(pdf, gold)
        status = "ok" if not miss else "MISSING %r" % miss
        bad += bool(miss)
        print("%-55s rows=%d goals=%d findings=%d facts=%d  %s" % (
            fname, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"]), status))
        totals["rows"] += len(gold["indicators"])
        totals["goals"] += len(gold["goals"])
        totals["findings"] += len(gold["findings"])
        totals["facts"] += len(gold["facts"])
    print("totals", totals)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
