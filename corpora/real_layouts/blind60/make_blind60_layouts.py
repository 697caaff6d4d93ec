#!/usr/bin/env python3
"""Blind part 60 of the real-layout corpus: five documents reproduced from stored public pages.

Written code-blind (see SOURCES.md).  Each builder reproduces the layout of one stored page (header rows,
merged cells, column order, empty cells, slips as found); facts are copied, longer sentences are re-worded with
the same numbers.  The gold lives in DOCS below and was written before anything ran on the files.

Usage:  /tmp/venv/bin/python make_blind60_layouts.py [--no-pdf]
"""
import copy
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
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------- helpers
def _font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = "宋体"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "宋体")


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(text), size, bold)
    return p


def cell_text(cell, text, size=9, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    _font(p.add_run(text), size, bold)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = "blind60"
    cp.last_modified_by = "blind60"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    return doc


def normalise_zip(path):
    """Rewrite a DOCX/XLSX with fixed entry dates, a fixed entry order and pinned core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    first = [n for n, _ in items if n == "[Content_Types].xml"]
    rest = sorted(n for n, _ in items if n != "[Content_Types].xml")
    data = dict(items)
    stamp = b"2025-01-01T00:00:00Z"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in first + rest:
            blob = data[name]
            if name == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>", blob)
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", blob)
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, blob)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None, **extra):
    d = {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
         "target_text": target_text, "actual": actual, "weight": weight, "score": score}
    d.update(extra)
    return d


# ----------------------------------------------------------------------------------------------- A: 和平县
HEPING_ROWS = [
    ("產出指標", "數量指標", "總建筑面積(平方米)", "44979.8", "44979.8"),
    ("產出指標", "數量指標", "新增學位數量(個)", "3000", "1200"),
    ("產出指標", "數量指標", "新增學生住宿床位數量(個)", "2000", "1200"),
    ("產出指標", "數量指標", "新增教學用房及教學輔助用房面積(平方米)", "15204.15", "15204.15"),
    ("產出指標", "數量指標", "新增室內活動場館(平方米)", "1148.1", "1148.1"),
    ("產出指標", "數量指標", "室外市政附屬工程",
     "全部完成(包括運動場、足球場、跑道、道路、廣場、廣場臺階、圍墻、擋土墻、室外給水、室外污水、室外雨水、室外燈及廣播電氣、停車場、綠化等)",
     "完成90%"),
    ("產出指標", "數量指標", "設施設備采購", "全部完成", "全部完成"),
    ("產出指標", "質量指標", "工程竣工驗收合格率", "100%", "100%"),
    ("產出指標", "時效指標", "工程完成時間", "2021.6", None),  # one value spanning both value columns
    ("效益指標", "經濟效益指標", "提高縣城初中學生就學率", "27.3%", "10.9%"),
    ("效益指標", "社會效益指標", "改善辦學", "", ""),  # the stored page stops inside this cell
]


def merge_runs(table, col, start_row, values):
    """Merge vertically the cells of one column where consecutive rows repeat the same label."""
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        top = table.cell(start_row + i, col)
        if j > i:
            top = top.merge(table.cell(start_row + j, col))
        cell_text(top, values[i])
        i = j + 1


def build_heping(path):
    doc = new_doc()
    para(doc, "廣東省河源市和平縣2020年度抗疫特別國債資金績效自評報告", 14, True, True)
    para(doc, "作者:  來源:本網  發布時間:2021-03-17", 9, center=True)
    para(doc, "一、績效目標分解下達情況", 11, True)
    para(doc, "(一)中央下達抗疫特別國債資金情況", 10.5, True)
    para(doc, "2020年,依據《財政部關于下達2020年抗疫特別國債支出預算的通知》(財預[2020]63號)的安排,"
              "中央下撥抗疫特別國債資金11600萬元,投向和平縣陽明鎮星星中學,用于校舍建設、"
              "室外市政附屬工程建設和設施設備采購三項內容。")
    para(doc, "(二)績效目標情況", 10.5, True)
    para(doc, "結合項目建設的實際進度,本項目設定的績效目標見下表:")
    n = len(HEPING_ROWS)
    t = doc.add_table(rows=n + 1, cols=6)
    t.style = "Table Grid"
    head = ["績效指標", "一級指標", "二級指標", "三級指標", "周期指標值", "本年度指標值"]
    for c, h in enumerate(head):
        cell_text(t.cell(0, c), h, bold=True)
    # 績效指標 label merged down the whole table (header row included)
    lab = t.cell(0, 0).merge(t.cell(n, 0))
    cell_text(lab, "績效指標", bold=True)
    merge_runs(t, 1, 1, [r[0] for r in HEPING_ROWS])
    merge_runs(t, 2, 1, [r[1] for r in HEPING_ROWS])
    for i, r in enumerate(HEPING_ROWS, start=1):
        cell_text(t.cell(i, 3), r[2])
        if r[4] is None:
            m = t.cell(i, 4).merge(t.cell(i, 5))
            cell_text(m, r[3])
        else:
            cell_text(t.cell(i, 4), r[3])
            cell_text(t.cell(i, 5), r[4])
    widths = [Cm(1.2), Cm(1.8), Cm(2.2), Cm(5.2), Cm(4.2), Cm(2.4)]
    t.autofit = False
    for c, w in enumerate(widths):
        t._tbl.tblGrid.gridCol_lst[c].w = w
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    doc.save(path)


# ----------------------------------------------------------------------------------------------- B: 江苏 专项债
def build_js_bond(path):
    doc = new_doc()
    para(doc, "江苏省政府专项债券项目绩效自评价报告", 14, True, True)
    para(doc, "××学院", 11, center=True)
    para(doc, "2023年6月20日", 10.5, center=True)
    para(doc, "一、项目情况", 11, True)
    para(doc, "㈠项目概况", 10.5, True)
    para(doc, "1.项目背景", 10.5, True)
    para(doc, "学校2002年通过教育部本科教学工作水平合格评估,2007年在同一评估中获评优秀,2014年作为全省三所试点"
              "高校之一通过本科教学工作审核评估;2021年获批硕士学位授予单位,并获得硕士学位授权点2个。现有省级协同"
              "创新中心1个、省级重点建设学科7个、省级重点实验室等科研平台18个、省级实验教学示范中心及建设点11个。"
              "随着办学规模扩大和省级重点实验室增多,现有实验用房已难以支撑人才培养、科学研究和平台建设,学校因此"
              "启动了××学院生化楼项目。")
    para(doc, "2.主要内容", 10.5, True)
    para(doc, "项目总建筑面积 45600 平方米,其中地上建筑面积 42199 平方米,地下建筑面积 3401 平方米,建成后作为化学"
              "化工学院、生命科学学院的实验实训用楼,并设学术报告厅。")
    para(doc, "3.实施方式", 10.5, True)
    para(doc, "按照《省政府办公厅关于印发江苏省省级政府投资非盈利性工程项目集中建设管理办法的通知》(苏政办发〔2018〕41号),"
              "项目由省公建中心集中建设并履行建设单位职责;学校是项目的使用和接收主体,工程施工合格后予以接收和管理。")
    para(doc, "4.资金投入和使用情况", 10.5, True)
    para(doc, "项目预计投入资金总额2.7亿,其中政府专项债安排2.43元,单位自筹0.27亿元。目前已获批省政府专项债券资金"
              "12300万元,其中2021年3300万元,2022年9000万元;至2022年底实际使用7880万元,占已发行债券金额60%;"
              "至2023年5月31日,实际使用12046万元,占已发行债券金额97.9%。2019年项目启动以来,学校自筹资金投入560万元,"
              "实际使用99万元。")
    para(doc, "㈡", 10.5, True)
    doc.save(path)


# ----------------------------------------------------------------------------------------------- C: 长沙 监控报告
def build_cs_monitor(path):
    doc = new_doc()
    para(doc, "项目运行绩效监控报告", 14, True, True)
    para(doc, "项目运行绩效监控报告1", 11, True)
    para(doc, "一、项目支出基本情况", 11, True)
    para(doc, "长沙市城市建设档案馆2022年年初专项经费指标总额为84万元,其中:")
    para(doc, "1、档案保护保管(档案事业发展)专项经费指标为36万元,用于现有档案的安全保护和保管;")
    para(doc, "2、档案保护管理(电费)专项指标为16万元,用于保障落实档案保管“九防”要求所需设施设备的正常运行;")
    para(doc, "3、档案装具专项指标为12万元,用于声像档案拍摄以及纸质档案的整理、装订、装盒和保管;")
    para(doc, "4、城建档案管理业务系统升级维护专项经费指标为5万元,用于业务系统软件、后台等设施设备的维护维保;")
    para(doc, "5、城建档案外租库房租赁经费专项指标为15元,用于租用临时专业库房存放散放档案。")
    para(doc, "公用经费指标总额为112.72万元,用于保障档案馆正常运转和日常工作任务。")
    para(doc, "二、绩效运行监控工作开展情况", 11, True)
    para(doc, "依据省、市预算绩效管理文件要求,以及市财政局批复的预算、绩效目标和主要工作职责,长沙市城市建设档案馆"
              "推进预算支出绩效运行监控,动态跟踪财政支出进度和绩效目标实现情况。监控从有效性、及时性、合规性几个方面"
              "对项目支出展开,重点针对绩效目标实现程度(成本指标、产出指标、效益指标、服务对象满意度指标)和")
    doc.save(path)


# ----------------------------------------------------------------------------------------------- D: 宁波 分配表
NINGBO_ROWS = [
    ("合 计", "1556", "370", "1186"),
    ("市级小计", "910", "144", "766"),
    ("宁波市中医院", "707", "141", "566"),
    ("宁波市第二医院", "203", "3", "200"),
    ("区(县、市)小计", "646", "226", "420"),
    ("海曙区", "2", "", "2"),
    ("镇海区", "55", "5", "50"),
    ("北仑区", "102", "", "102"),
    ("鄞州区", "7", "5", "2"),
    ("奉化区", "102", "", ""),  # the stored page stops after this cell
]


def build_ningbo(path):
    doc = new_doc()
    para(doc, "甬财社〔2025〕443号", 10.5, center=True)
    para(doc, "各区(县、市)财政局、卫生健康局,有关市级医院:")
    para(doc, "根据《财政部 国家中医药局关于下达2025年中央财政医疗服务与保障能力提升补助资金(中医药事业传承与发展部分)"
              "预算的通知》(财社〔2025〕29号),经研究,现将2025年中央医疗服务与保障能力提升补助资金(中医药事业传承与"
              "发展部分)及区域绩效目标表下达给你们,有关事项通知如下:")
    para(doc, "一、各地收到款项后,收入列2025年“1100249医疗卫生共同财政事权转移支付收入”,支出列2025年“21017中医药事务”"
              "相关科目,专门用于支持中医药事业传承与发展。")
    para(doc, "二、该项资金纳入转移支付预算执行常态化监督范围。各地财政部门要在预算管理一体化系统中及时接收和登录预算指标,"
              "保持“追踪”标识不变,借助系统转移支付监控模块加强日常监管,确保资金管理使用规范有效。")
    para(doc, "三、各地要结合中医药事业发展和预算工作要求,做好预算编制、指标安排和分解下达,加强资金管理;同时完善绩效目标"
              "管理,做好绩效监控和绩效评价,提高资金使用效益。")
    para(doc, "附件:1.2025年中央医疗服务与保障能力提升补助资金(中医药事业传承与发展部分)分配表")
    para(doc, "      2.中央对地方转移支付区域绩效目标表")
    para(doc, "宁波市财政局    宁波市卫生健康委员会")
    para(doc, "2025年5月19日")
    para(doc, "附件1", 10.5, True)
    para(doc, "2025年中央医疗服务与保障能力提升补助资金(中医药事业传承与发展部分)分配表", 12, True, True)
    p = para(doc, "单位:万元", 9)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=len(NINGBO_ROWS) + 1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["地区(单位)", "分配金额", "已提前下达", "本次下达"]):
        cell_text(t.cell(0, c), h, bold=True)
    for i, r in enumerate(NINGBO_ROWS, start=1):
        for c, v in enumerate(r):
            cell_text(t.cell(i, c), v)
    doc.save(path)


# ----------------------------------------------------------------------------------------------- E: 节水目标分解表
WS_BLOCKS = [
    [("综合指标", [("万元GDP用水量", "低于全区平均值的50%或年降低率5%"),
                   ("用水总量控制", "不超自治区年度下达指标"),
                   ("再生水回用率", ("30%", "40%", "55%"))]),
     ("农业节水", [("万元农业增加值用水量", "低于全区平均值的50%或年降低率5%"),
                   ("农业用水总量", "不超自治区年度下达指标"),
                   ("农田灌溉水有效利用系数", ("0.72", "0.75", "0.78")),
                   ("节水灌溉工程控制面积比例", ("74%", "74.5%", "75%")),
                   ("高效节水灌溉工程控制面积比例", ("60%", "65%", "70%"))]),
     ("工业节水", [("万元工业增加值用水量", "低于全区平均值的50%或年降低率5%"),
                   ("工业用水重复利用率", ("55%", "65%", "75%")),
                   ("节水型企业覆盖率", ("7.9%", "15.8%", "23.8%"))])],
    [("生活节水", [("城镇人均日生活用水量", ("75L/d", "75L/d", "75L/d")),
                   ("供水管网漏损率", ("14%", "12%", "10%")),
                   ("城镇节水器具普及率", ("80%", "85%", "90%")),
                   ("节水型学校覆盖率", ("22%", "26%", "30%")),
                   ("节水型公共机构覆盖率", ("30%", "40%", "55%"))]),
     ("水生态环境保护", [("城镇污水集中处理率", ("70%", "80%", "90%")),
                         ("集中式饮用水水源地水质达标率", ("100%", "100%", "100%")),
                         ("重要水功能区(葫芦河宁甘缓冲区)水质达标率", ("100%", "100%", "100%")),
                         ("水土流失治理", "完成自治区下达水土流失治理年度任务")]),
     ("公众满意度", [(None, ("85%", "90%", "95%"))])],  # label spans the category and name columns
    [("管理类指标", [("公共供水管网覆盖范围内自备井关闭", ("-", "100%", "100%")),
                     ("非居民用水计划管理率", ("40%", "65%", "100%")),
                     ("水资源费征收率", ("35%", "65%", "90%")),
                     ("污水处理费收缴率", ("40%", "65%", "90%")),
                     ("引黄自流灌区协会管理支斗渠覆盖率", ("-", "", ""))])],  # stored page stops after '-'
]


def build_watersaving(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "节水达标建设目标分解表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 34
    for col in "CDE":
        ws.column_dimensions[col].width = 16
    ws.cell(1, 1, "节水达标建设目标分解表").font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    ws.cell(1, 1).alignment = center
    row = 2

    def header(r):
        ws.cell(r, 1, "指标")
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=2)
        ws.cell(r, 3, "预期值")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        for c, y in enumerate(["2016年", "2017年", "2018年"], start=3):
            ws.cell(r + 1, c, y)
        for rr in (r, r + 1):
            for c in range(1, 6):
                ws.cell(rr, c).font = Font(bold=True)
        return r + 2

    for block in WS_BLOCKS:
        row = header(row)
        for cat, items in block:
            top = row
            for name, vals in items:
                if name is None:
                    ws.cell(row, 1, cat)
                    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
                else:
                    ws.cell(row, 2, name)
                if isinstance(vals, str):
                    ws.cell(row, 3, vals)
                    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
                else:
                    for c, v in enumerate(vals, start=3):
                        if v != "":
                            ws.cell(row, c, v)
                row += 1
            if items[0][0] is not None:
                ws.cell(top, 1, cat)
                if row - 1 > top:
                    ws.merge_cells(start_row=top, start_column=1, end_row=row - 1, end_column=1)
    for r in ws.iter_rows(min_row=2, max_row=row - 1, max_col=5):
        for c in r:
            c.border = box
            c.alignment = center
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind60"
    wb.properties.lastModifiedBy = "blind60"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


# ----------------------------------------------------------------------------------------------- gold
def ws_ind(level1, name, vals, operator, value, unit, target_text):
    if isinstance(vals, str):
        by = {"2016年": vals, "2017年": vals, "2018年": vals}
    else:
        by = {"2016年": vals[0], "2017年": vals[1] or None, "2018年": vals[2] or None}
    return ind(level1, None, name, operator, value, unit, target_text, values_by_column=by)


DOCS = [
    {
        "file": "gd-heping-school-bond-selfreport.docx",
        "builder": build_heping,
        "gold": {
            "source_urls": ["http://www.668kn.com/zwgk/gggs/content/post_447564.html"],
            "province": "广东",
            "doc_kind": "自评报告 (抗疫特别国债, 含绩效目标表: 周期指标值 / 本年度指标值)",
            "patterns": [1, 5, 6, 10],
            "indicators": [
                ind("產出指標", "數量指標", "總建筑面積(平方米)", None, 44979.8, "平方米", "44979.8",
                    values_by_column={"周期指標值": "44979.8", "本年度指標值": "44979.8"}),
                ind("產出指標", "數量指標", "新增學位數量(個)", None, 1200, "個", "1200",
                    values_by_column={"周期指標值": "3000", "本年度指標值": "1200"}),
                ind("產出指標", "數量指標", "新增學生住宿床位數量(個)", None, 1200, "個", "1200",
                    values_by_column={"周期指標值": "2000", "本年度指標值": "1200"}),
                ind("產出指標", "數量指標", "新增教學用房及教學輔助用房面積(平方米)", None, 15204.15, "平方米", "15204.15",
                    values_by_column={"周期指標值": "15204.15", "本年度指標值": "15204.15"}),
                ind("產出指標", "數量指標", "新增室內活動場館(平方米)", None, 1148.1, "平方米", "1148.1",
                    values_by_column={"周期指標值": "1148.1", "本年度指標值": "1148.1"}),
                ind("產出指標", "數量指標", "室外市政附屬工程", None, 90, "%", "完成90%",
                    values_by_column={"周期指標值": HEPING_ROWS[5][3], "本年度指標值": "完成90%"}),
                ind("產出指標", "數量指標", "設施設備采購", None, None, None, "全部完成",
                    values_by_column={"周期指標值": "全部完成", "本年度指標值": "全部完成"}),
                ind("產出指標", "質量指標", "工程竣工驗收合格率", None, 100, "%", "100%",
                    values_by_column={"周期指標值": "100%", "本年度指標值": "100%"}),
                ind("產出指標", "時效指標", "工程完成時間", None, None, None, "2021.6",
                    values_by_column={"周期指標值": "2021.6", "本年度指標值": "2021.6"}),
                ind("效益指標", "經濟效益指標", "提高縣城初中學生就學率", None, 10.9, "%", "10.9%",
                    values_by_column={"周期指標值": "27.3%", "本年度指標值": "10.9%"}),
            ],
            "goals": [],
            "facts": [
                {"metric": "中央下撥抗疫特別國債資金", "kind": "budget", "planned": 11600, "actual": None,
                 "stated_rate": None, "unit": "萬元"},
            ],
            "findings": [
                {"rule": "target.qualitative_no_scale", "item": "設施設備采購",
                 "why": "both value cells say only 全部完成: no number of items (台/套) and no grading scale for a partial result"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the indicator table as it stands (the stored page ends inside 社會效益指標) has 產出 and 效益 rows but no 滿意度 row"},
            ],
            "notes": (
                "和平县 (河源, 广东) 2020 self-evaluation of 抗疫特别国债 funds (11600万元, 阳明镇星星中学). The stored copy is a "
                "spam mirror that converted the page to traditional characters (with mixed forms such as 總建筑面積, 設施設備采購, "
                "圍墻); the characters are kept as found, the site chrome and spam banner are dropped. The page stops inside the "
                "三級指標 cell of the 社會效益指標 row ('改善辦學'); the document keeps that truncated row with empty value cells, "
                "and the gold does not count it (its name is cut). The table has two value columns, 周期指標值 and 本年度指標值: "
                "value/target_text take the 本年度 column (the report's own year), both columns are in values_by_column. The "
                "flattened page gives one value for 工程完成時間 (2021.6); it is rendered as one cell spanning both value columns "
                "(judgement) and, being a date, gets value null. Units sit in the indicator names ('(平方米)', '(個)'); the gold "
                "reads the unit from the name. Bare numbers and bare percentages get operator null. '完成90%' is read as 90 %. "
                "提高縣城初中學生就學率 sits under 經濟效益指標 although it is a social result (misfiled, no rule id for it in this "
                "brief); it is unclear whether 10.9%/27.3% are levels or increments (not flagged). The 11600萬元 is a budget fact "
                "with no actual. 满意度 is judged missing as the table stands (same convention as blind55); no 成本指標 row either "
                "(not a required dimension). The (一)/(二) sentences are re-worded; numbers and the document number 財預[2020]63號 "
                "are as written."
            ),
        },
    },
    {
        "file": "js-college-lab-bond-selfreport.docx",
        "builder": build_js_bond,
        "gold": {
            "source_urls": ["https://ahwwgroup.com/info/1053/15784.html"],
            "province": "江苏",
            "doc_kind": "自评报告 (政府专项债券项目绩效自评价, prose)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "项目总建筑面积", "kind": "sum", "total": 45600, "parts": [42199, 3401], "unit": "平方米"},
                {"metric": "项目预计投入资金总额", "kind": "sum", "total": 2.7, "parts": [2.43, 0.27], "unit": "亿元"},
                {"metric": "获批省政府专项债券资金", "kind": "sum", "total": 12300, "parts": [3300, 9000], "unit": "万元"},
                {"metric": "至2022年底实际使用", "kind": "budget", "planned": 12300, "actual": 7880, "stated_rate": 60,
                 "unit": "万元"},
                {"metric": "至2023年5月31日实际使用", "kind": "budget", "planned": 12300, "actual": 12046,
                 "stated_rate": 97.9, "unit": "万元"},
                {"metric": "学校自筹资金", "kind": "budget", "planned": 560, "actual": 99, "stated_rate": None,
                 "unit": "万元"},
            ],
            "findings": [
                {"rule": "consistency.rate", "item": "至2022年底实际使用",
                 "why": "7880万元 of the 12300万元 issued (3300 in 2021 + 9000 in 2022) is 64%, not the stated 60%; the 2023 figure "
                        "12046/12300 = 97.9% does check"},
                {"rule": "consistency.sum", "item": "项目预计投入资金总额",
                 "why": "the bond part is written '2.43元' next to 0.27亿元 and a 2.7亿 total; as written the parts do not add up "
                        "(2.43元 + 0.27亿元 ≠ 2.7亿); only 2.43亿元 reconciles - a unit slip"},
            ],
            "notes": (
                "江苏 provincial 专项债券 self-evaluation (2023-06-20) of a university 生化楼 (chemistry / life-science lab building). "
                "The stored copy is a spam mirror that replaced the university's name with an advertising string in both places; the "
                "document writes ××学院 instead (the name is not recoverable from the page). Prose only (one of the two prose-only "
                "documents of this part); the page stops at the heading '㈡' (presumably the 绩效目标 section), so there are no "
                "indicators or goals and no coverage finding. Kept as written: '2.7亿' without 元, the slip '2.43元', 60% and 97.9%. "
                "The rate denominators are read as the 12300万元 issued by the end of 2022 (no further issue is mentioned before "
                "2023-05-31); at 2023-05-31 the ratio checks. 自筹 560万元 invested vs 0.27亿元 planned is not flagged (different "
                "stages). Background sentences (evaluation history, counts of platforms) are re-worded with the same numbers."
            ),
        },
    },
    {
        "file": "hn-changsha-archives-monitor-report.docx",
        "builder": build_cs_monitor,
        "gold": {
            "source_urls": ["https://pincai.com/article/4827178.htm"],
            "province": "湖南",
            "doc_kind": "绩效运行监控报告 (prose)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "专项经费指标总额", "kind": "sum", "total": 84, "parts": [36, 16, 12, 5, 15], "unit": "万元"},
            ],
            "findings": [
                {"rule": "consistency.sum", "item": "专项经费指标总额",
                 "why": "84万元 is split into 36 + 16 + 12 + 5万元 and a fifth item written '15元'; as written the parts total "
                        "69.0015万元, only 15万元 reconciles with 84 - a unit slip in the 外租库房租赁 line"},
            ],
            "notes": (
                "长沙市城市建设档案馆 2022 项目运行绩效监控报告, the first of fifteen reports collected on an essay aggregator "
                "(pincai); the aggregator's own title/blurb is reduced to the report title, the report itself starts at '项目运行绩效监控报告1'. "
                "Prose only (second prose-only document of this part). The page stops mid-sentence in 二、 ('…服务对象满意度指标)和'), "
                "before any indicator or monitoring result, so no coverage finding. The sum fact records 15 as 万元 (the reading that "
                "makes 84 add up) and the finding flags the '15元' slip. 公用经费 112.72万元 has no parts. Item descriptions are "
                "re-worded; amounts and names are as written."
            ),
        },
    },
    {
        "file": "zj-ningbo-tcm-region-alloc.docx",
        "builder": build_ningbo,
        "gold": {
            "source_urls": ["http://czj.ningbo.gov.cn/art/2025/6/8/art_1229155427_1811995.html"],
            "province": "浙江",
            "doc_kind": "下达通知 (中央转移支付 + 区域绩效目标表 附件; 分配表 only, cut)",
            "patterns": [8, 9],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "合 计 分配金额", "kind": "sum", "total": 1556, "parts": [910, 646], "unit": "万元"},
                {"metric": "合 计 已提前下达", "kind": "sum", "total": 370, "parts": [144, 226], "unit": "万元"},
                {"metric": "合 计 本次下达", "kind": "sum", "total": 1186, "parts": [766, 420], "unit": "万元"},
                {"metric": "合 计 (已提前下达 + 本次下达)", "kind": "sum", "total": 1556, "parts": [370, 1186], "unit": "万元"},
                {"metric": "市级小计 分配金额", "kind": "sum", "total": 910, "parts": [707, 203], "unit": "万元"},
                {"metric": "市级小计 已提前下达", "kind": "sum", "total": 144, "parts": [141, 3], "unit": "万元"},
                {"metric": "市级小计 本次下达", "kind": "sum", "total": 766, "parts": [566, 200], "unit": "万元"},
                {"metric": "宁波市中医院 (已提前下达 + 本次下达)", "kind": "sum", "total": 707, "parts": [141, 566], "unit": "万元"},
                {"metric": "区(县、市)小计 (已提前下达 + 本次下达)", "kind": "sum", "total": 646, "parts": [226, 420], "unit": "万元"},
                {"metric": "镇海区 (已提前下达 + 本次下达)", "kind": "sum", "total": 55, "parts": [5, 50], "unit": "万元"},
            ],
            "findings": [],
            "notes": (
                "宁波市财政局 / 宁波市卫生健康委员会 notice 甬财社〔2025〕443号 (2025-05-19) passing down the 2025 中央医疗服务与保障能力提升 "
                "补助资金 (中医药事业传承与发展部分) together with a 中央对地方转移支付区域绩效目标表 (附件2). The stored page stops inside 附件1, "
                "the 分配表, after the cell '102' of the 奉化区 row; 附件2 (the regional target table) is beyond the cut, so there are no "
                "indicators or goals and no coverage finding. The table has one row per unit/region (pattern 9: number rows; pattern 8: "
                "notice instructions and the signature/date block). Every checkable identity holds (columns: 1556 = 910 + 646, 370 = 144 "
                "+ 226, 1186 = 766 + 420; rows: 1556 = 370 + 1186, 707 = 141 + 566, 203 = 3 + 200, 55 = 5 + 50, 7 = 5 + 2, 海曙 2 and "
                "北仑 102 with empty 已提前下达), so no findings; the 区(县、市)小计 646 cannot be checked against its districts because the "
                "list is cut. Empty cells (海曙区/北仑区 已提前下达) are kept empty; the cut 奉化区 row keeps its last two cells empty. "
                "Notice paragraphs are re-worded; document numbers, subject codes and amounts are as written."
            ),
        },
    },
    {
        "file": "nx-huluhe-watersaving-targets.xlsx",
        "builder": build_watersaving,
        "gold": {
            "source_urls": ["https://m.163wenku.com/p-3241061.html"],
            "province": "宁夏",
            "doc_kind": "目标分解表 (节水达标建设, one value column per year 2016-2018)",
            "patterns": [1, 2, 5, 6],
            "indicators": [
                ws_ind("综合指标", "万元GDP用水量", "低于全区平均值的50%或年降低率5%", "<", 50, "%", "低于全区平均值的50%或年降低率5%"),
                ws_ind("综合指标", "用水总量控制", "不超自治区年度下达指标", "<=", None, None, "不超自治区年度下达指标"),
                ws_ind("综合指标", "再生水回用率", ("30%", "40%", "55%"), None, 30, "%", "30%"),
                ws_ind("农业节水", "万元农业增加值用水量", "低于全区平均值的50%或年降低率5%", "<", 50, "%", "低于全区平均值的50%或年降低率5%"),
                ws_ind("农业节水", "农业用水总量", "不超自治区年度下达指标", "<=", None, None, "不超自治区年度下达指标"),
                ws_ind("农业节水", "农田灌溉水有效利用系数", ("0.72", "0.75", "0.78"), None, 0.72, None, "0.72"),
                ws_ind("农业节水", "节水灌溉工程控制面积比例", ("74%", "74.5%", "75%"), None, 74, "%", "74%"),
                ws_ind("农业节水", "高效节水灌溉工程控制面积比例", ("60%", "65%", "70%"), None, 60, "%", "60%"),
                ws_ind("工业节水", "万元工业增加值用水量", "低于全区平均值的50%或年降低率5%", "<", 50, "%", "低于全区平均值的50%或年降低率5%"),
                ws_ind("工业节水", "工业用水重复利用率", ("55%", "65%", "75%"), None, 55, "%", "55%"),
                ws_ind("工业节水", "节水型企业覆盖率", ("7.9%", "15.8%", "23.8%"), None, 7.9, "%", "7.9%"),
                ws_ind("生活节水", "城镇人均日生活用水量", ("75L/d", "75L/d", "75L/d"), None, 75, "L/d", "75L/d"),
                ws_ind("生活节水", "供水管网漏损率", ("14%", "12%", "10%"), None, 14, "%", "14%"),
                ws_ind("生活节水", "城镇节水器具普及率", ("80%", "85%", "90%"), None, 80, "%", "80%"),
                ws_ind("生活节水", "节水型学校覆盖率", ("22%", "26%", "30%"), None, 22, "%", "22%"),
                ws_ind("生活节水", "节水型公共机构覆盖率", ("30%", "40%", "55%"), None, 30, "%", "30%"),
                ws_ind("水生态环境保护", "城镇污水集中处理率", ("70%", "80%", "90%"), None, 70, "%", "70%"),
                ws_ind("水生态环境保护", "集中式饮用水水源地水质达标率", ("100%", "100%", "100%"), None, 100, "%", "100%"),
                ws_ind("水生态环境保护", "重要水功能区(葫芦河宁甘缓冲区)水质达标率", ("100%", "100%", "100%"), None, 100, "%", "100%"),
                ws_ind("水生态环境保护", "水土流失治理", "完成自治区下达水土流失治理年度任务", None, None, None, "完成自治区下达水土流失治理年度任务"),
                ws_ind(None, "公众满意度", ("85%", "90%", "95%"), None, 85, "%", "85%"),
                ws_ind("管理类指标", "公共供水管网覆盖范围内自备井关闭", ("-", "100%", "100%"), None, None, None, "-"),
                ws_ind("管理类指标", "非居民用水计划管理率", ("40%", "65%", "100%"), None, 40, "%", "40%"),
                ws_ind("管理类指标", "水资源费征收率", ("35%", "65%", "90%"), None, 35, "%", "35%"),
                ws_ind("管理类指标", "污水处理费收缴率", ("40%", "65%", "90%"), None, 40, "%", "40%"),
                ws_ind("管理类指标", "引黄自流灌区协会管理支斗渠覆盖率", ("-", "", ""), None, None, None, "-"),
            ],
            "goals": [],
            "facts": [],
            "findings": [
                {"rule": "target.missing_value", "item": "用水总量控制",
                 "why": "target is only '不超自治区年度下达指标': an operator word pointing to a quota the table never states"},
                {"rule": "target.missing_value", "item": "农业用水总量",
                 "why": "target is only '不超自治区年度下达指标': no volume (万立方米) is given for any year"},
                {"rule": "target.missing_value", "item": "水土流失治理",
                 "why": "'完成自治区下达水土流失治理年度任务' gives no area (平方公里) or other amount for any year"},
            ],
            "notes": (
                "节水达标建设目标分解表 (water-saving target decomposition, 2016-2018) from a document-sharing site; the region is 宁夏 "
                "('全区', '自治区', 葫芦河宁甘缓冲区), the county or city is not named in the stored text. Not a budget form but a "
                "government target table with one value column per year; taken for the year-column layout of this part's share "
                "(judgement, see SOURCES.md). The viewer's text repeats the header '指标 预期值 2016年 2017年 2018年' twice inside the "
                "table (page breaks): the sheet repeats it before 生活节水 and before 管理类指标. Text targets with no year split "
                "(万元GDP用水量 …, 不超…, 完成…任务) are written once, merged across the three year columns. 公众满意度 follows 水土流失治理 "
                "with no category of its own; it is rendered as one label spanning the category and name columns, level1 null. "
                "value/target_text take the 2016年 column (first column; the table has no report year); every year is in "
                "values_by_column. '低于全区平均值的50%或年降低率5%' is read as operator '<', 50 % (relative target, alternative 5 % "
                "annual fall noted only). '-' (2016, 自备井关闭 and 引黄自流灌区…覆盖率) is read as 'not applicable that year' and not "
                "flagged. The stored text stops after the '-' of 引黄自流灌区协会管理支斗渠覆盖率; that row is counted (its name is "
                "complete) with its 2017/2018 cells left empty. Level1 are the table's own categories (综合指标 … 管理类指标), level2 "
                "null; because the table follows the 节水型社会 framework and not 产出/效益/满意度, no coverage finding is given. 0.72 "
                "(a coefficient) needs no unit; 75L/d is kept as written."
            ),
        },
    },
]


def pdf_export(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    os.makedirs(ANN, exist_ok=True)
    no_pdf = "--no-pdf" in sys.argv
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["builder"](path)
        normalise_zip(path)
        gold = {"source": d["file"]}
        gold.update(copy.deepcopy(d["gold"]))
        with open(os.path.join(ANN, d["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        gold["source"] = pdf
        with open(os.path.join(ANN, pdf + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        if not no_pdf:
            pdf_export(path)
        print("wrote", d["file"])


if __name__ == "__main__":
    main()
