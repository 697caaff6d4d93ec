"""Blind part 79 of the real-layout corpus: city management and public works.

Each document reproduces the beginning of one stored public page (see SOURCES.md):
layout, merged cells, empty cells and defects as found; facts (names, numbers, units,
dates, document numbers) as written; longer sentences re-worded with the same numbers.
Each document stops where the stored page stops.

Gold is written by hand in DOCS below (before anything ran on the files) and written to
annotations/<file>.json, one for the DOCX/XLSX and one for its PDF (identical except
"source").

Run:  /tmp/venv/bin/python make_blind79_layouts.py [--no-pdf]
"""
import copy
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
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- determinism
def normalise_zip(path):
    """Rewrite a DOCX/XLSX with every entry dated 2025-01-01, in sorted order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # openpyxl stamps dcterms:modified with the clock on save: pin it again
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                        rb"\g<1>2025-01-01T00:00:00Z\g<2>", d) if n == "docProps/core.xml" else d)
             for n, d in items]
    # [Content_Types].xml first (Office expects it early), the rest sorted
    items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def pin_docx_props(doc):
    cp = doc.core_properties
    cp.author = "blind79"
    cp.last_modified_by = "blind79"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""


def pin_xlsx_props(wb):
    wb.properties.creator = "blind79"
    wb.properties.lastModifiedBy = "blind79"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------- docx helpers
def set_cell_border(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tcPr.append(borders)


def cjk_font(doc, size=10.5):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def para(doc, text, bold=False, center=False, size=None, right=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def cell_text(cell, text, bold=False):
    """Write text into a cell; a list writes one paragraph per item."""
    items = text if isinstance(text, list) else [text]
    cell.text = ""
    first = cell.paragraphs[0]
    for i, t in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold


# ---------------------------------------------------------------- documents
def build_xixian(path):
    """陕西 西咸新区 公共停车收费运营及服务质量评价结果公示 (XLSX)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "评价结果公示"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    widths = {"A": 6, "B": 12, "C": 14, "D": 9, "E": 80, "F": 44, "G": 9, "H": 20}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    r = 1

    def line(text, bold=False, center=False, height=None, right=False):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(name="宋体", size=14 if bold else 11, bold=bold)
        c.alignment = Alignment(
            wrap_text=True, vertical="center",
            horizontal="center" if center else ("right" if right else "left"))
        if height:
            ws.row_dimensions[r].height = height
        r += 1

    line("关于对2023-2025年公共停车收费运营及服务质量评价结果的公示", bold=True, center=True, height=24)
    line("关于对2023-2025年公共停车收费运营及服务质量评价结果的公示", bold=True, center=True, height=24)
    line("依据《西咸新区公共停车收费工作运营及服务质量评价办法》(陕西咸城交发〔2025〕37号)的规定,"
         "新区城管交通局下发了做好2023-2025年度公共停车收费运营及服务质量评价工作的通知,"
         "并与新区财政局、市场监督局、公安局共同组成评价工作小组,于2026年1月7日对新区公共停车管理服务有限公司"
         "的停车收费运营和服务质量开展了评价。评价结果已由工作小组评议通过,现将2023-2025年度的评价结果予以公示。",
         height=75)
    line("公示期自2026年1月13日起至1月21日止,共7个工作日。单位或个人对公示内容有不同意见的,"
         "可在公示期内向陕西省西咸新区城市管理和交通运输局反映。", height=40)
    line("地址:陕西省西咸新区沣泾大道西一路1号创新大厦15层西侧")
    line("邮编:712000")
    line("电话:33585957")
    line("邮箱:494725977@qq.com")
    line("陕西省西咸新区城市管理和交通运输局", right=True)
    line("2026年1月13日", right=True)
    line("")
    line("2023年公共停车收费工作运营及服务质量评价结果", bold=True, center=True, height=22)

    header = ["序号", "一级\n指标", "二级\n指标", "分值", "评价内容", "评分标准", "得分", "完成情况"]
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(name="宋体", bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = box
    ws.row_dimensions[r].height = 32
    r += 1
    first = r
    rows = [
        ["1", "收费运营指标\n(100分)", "新增施划泊位", 20,
         "年度新增施划道路路内停车泊位500个。",
         "全年施划泊位总量达到核定标准90%及以上的,不扣分;全年施划泊位总量不足核定标准90%的,"
         "按下式扣分:扣分分值=(年度核定施划泊位总量×0.9-年度实际施划泊位总量)÷年度核定施划泊位总量。",
         20, "2023年新增泊位482个"],
        ["2", None, "收费泊位总量", 20,
         "道路临时停车泊位站点和财政投资建设的公共停车场全年正常开展收费管理工作的停车泊位总量达到12000个。",
         "年收费泊位总量完成核定标准90%及以上的,不",
         None, None],
    ]
    for row in rows:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = Font(name="宋体")
            c.alignment = wrap if j in (5, 6, 8) else Alignment(wrap_text=True, vertical="center", horizontal="center")
            c.border = box
        ws.row_dimensions[r].height = 95
        r += 1
    ws.merge_cells(start_row=first, start_column=2, end_row=first + 1, end_column=2)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    pin_xlsx_props(wb)
    wb.save(path)


def build_yueyang(path):
    """湖南 岳阳市停车管理办公室 2018 部门整体支出绩效评价自评报告 (DOCX)."""
    doc = Document()
    cjk_font(doc)
    para(doc, "岳阳市2018年度部门整体支出", bold=True, center=True, size=18)
    para(doc, "绩效评价自评报告", bold=True, center=True, size=18)
    para(doc, "")
    para(doc, "部门(单位)名称: 岳阳市停车管理办公室")
    para(doc, "预 算 编 码: 90619")
    para(doc, "评价方式:部门(单位)绩效自评")
    para(doc, "评价机构:部门(单位)评价组")
    para(doc, "报告日期:2019年 6 月 24 日")
    para(doc, "")
    para(doc, "岳阳市财政局(制)", center=True)
    doc.add_page_break()

    t = doc.add_table(rows=5, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        for c in row.cells:
            set_cell_border(c)
    a = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(a, "一、部门(单位)基本概况", bold=True)
    cell_text(t.cell(1, 0), "联系人")
    cell_text(t.cell(1, 1), "龙邓")
    cell_text(t.cell(1, 2), "联络电话")
    cell_text(t.cell(1, 3), "0730-8220516")
    cell_text(t.cell(2, 0), "人员编制")
    cell_text(t.cell(2, 1), "19")
    cell_text(t.cell(2, 2), "实有人数")
    cell_text(t.cell(2, 3), "17")
    cell_text(t.cell(3, 0), "职能职责概述")
    duty = t.cell(3, 1).merge(t.cell(3, 3))
    cell_text(duty, [
        "1、落实国家和省关于社会停车场建设、城建公益项目和城市慢行交通系统的法律法规及相关建议。",
        "2、经市委、市政府授权,承担中心城区公共自行车租赁系统的规划、建设、宣传、运营监管和有关协调工作。",
        "3、对各县市公共自行车租赁系统建设进行业务指导。",
        "4、受理群众对公共自行车建设和运营管理提出的建议、投诉和举报。",
        "5、依法规范城区人行道停车秩序,对乱停乱靠和私自划设停车泊位等违法行为实施行政处罚。",
        "6、为需要占用城市人行道停放车辆的经营性单位或个人依法办理相关手续(其他用途车辆除外)。",
        "7、对社会停车场(含地下停车场)的收费与停车管理进行行政审批和业务指导,对擅自改变停车用途的行为实施行政处罚。",
        "8、负责公益性社会停车场设立的规划与报建,负责枫桥湖社会停车场及市政府交办的其他社会停车场的维护管理。",
        "9、完成市委、市政府和市城市管理和行政执法局交办的职责范围内的其他事项。",
    ])
    cell_text(t.cell(4, 0), "年度主要 工作内容")
    work = t.cell(4, 1).merge(t.cell(4, 3))
    cell_text(work, [
        "任务1:做好停车立法和停车收费试点的各项准备。",
        "任务2:确保公共自行车设备运转正常,全年骑行量超过500万人次/年;8000辆公 用自行车保持良好可用状态;"
        "“扫码”租车功能正常,全年零投诉;各站点车辆调度及时,避免站点出现无车可用的现象",
    ])
    pin_docx_props(doc)
    doc.save(path)


def build_huangshi(path):
    """湖北 黄石 市城管委 2022年度数字化城市管理运行经费项目自评结果 (DOCX, prose)."""
    doc = Document()
    cjk_font(doc)
    para(doc, "长者专区无障碍阅读 | ")
    para(doc, "当前位置: 首页 > 政府信息公开 > 法定主动公开内容 > 财务资金")
    para(doc, "2022年度数字化城市管理运行经费项目自评结果", bold=True, center=True, size=16)
    para(doc, "来源:市城管委       时间:2023-07-18 16:08", center=True)
    para(doc, "分享:")
    para(doc, "一、自评结论", bold=True)
    para(doc, "(一)自评得分")
    para(doc, "项目自评得分90分,评价等级为优。")
    para(doc, "(二)绩效目标完成情况")
    para(doc, "1、执行率情况。市级财政安排专项资金599万元,专项资金到位率为100%,"
              "专项资金实际支付502.88万元,资金执行率83.95%。")
    para(doc, "2、完成的绩效目标。2022年,数字化城市管理监督指挥中心(下称数字城管中心)按照全市城市管理工作的总体安排,"
              "以创文为工作重心,围绕36条创文点位道路,向周边商贸圈、学校周边和农贸市场延伸开展巡查立案,"
              "对公厕、中转站等重点静态点位专项巡查,保证每周排查2轮次,全年查找部件类问题12768件。")
    para(doc, "依托网格化管理,明确各网格巡查重点并制定巡查路线,监督员按“全覆盖、全时段、无遗漏”的要求持续巡查,"
              "其中重点创文区域累计上报问题86686件;另通过视频监控对动态问题进行点位巡查并立案派遣,共148件。")
    para(doc, "认真履行“组织协调,监督指导,推动落实”的职能,发挥“统”和“督”的作用,按“条块结合,立体联动”的原则"
              "建立网络协调机制,推动职能部门与各城区对权属不清、责任不明或职责交叉的事部件问题及时对接交办,"
              "保证问题处置不落空。尤其是全力配合市政部门开展窨井盖专项普查,对城市主干道窨井盖逐一打卡排查,"
              "消除问题井盖带来的安全隐患,累计上报窨井盖问题2905件。")
    para(doc, "2022年1月1日-2022年12月31日,共查找上报城市管理问题120247件,受理114645件,审核立案114645件,"
              "立案率达到100%。派遣数114478件,派遣正确率达到99.85%,处置112695件,处置率达到98.46%。为黄石")
    pin_docx_props(doc)
    doc.save(path)


def build_qingdao(path):
    """山东 青岛 2018 城市维护费专项资金(路灯)绩效情况 (DOCX, prose)."""
    doc = Document()
    cjk_font(doc)
    para(doc, "一、 专项资金绩效情况 (一) 专项资金设立情况", bold=True)
    para(doc, "依据市政府《关于进一步规范市级财政专项资金管理的意见》(青政字〔2010〕30号),申报了2018年城市维护费专项资金。"
              "经评审,2018年城市维护费预算批复路灯设施电费、维护费5565万元,用于支付路灯设施的维护费和电费。"
              "报经市政府批准,追加路灯窨井盖管控资金17万元(资金从路灯设施维护费调剂)、"
              "沿海一线LED照明试点工程资金9万元、前海一线路灯更换LED路灯项目资金27万元。")
    para(doc, "(二) 年度绩效目标完成情况", bold=True)
    para(doc, "2018年城市维护费专项资金绩效目标为:保证全年路灯亮灯率达标,亮灯率不低于98%、设备完好率不低于95%,"
              "及时修复率100%;在重大活动期间完成重点区域路灯窨井盖的粘贴;"
              "付清沿海一线LED照明试点工程和前海一线路灯更换LED路灯工程的尾款。")
    para(doc, "绩效目标完成情况:全部完成。 二、 专项资金项目绩效情况")
    para(doc, "(一)2018年专项资金预算批复情况", bold=True)
    para(doc, "《青岛市财政局关于批复2018年市级部门预算的通知》(青")
    para(doc, "1", center=True)
    para(doc, "财预指〔2018〕1号)批复了路灯设施电费、维护费5565万元。报经市政府批准,追加路灯窨井盖管控资金17万元"
              "(资金从路灯设施维护费调剂)、沿海一线LED照明试点工程资金9万元、前海一线路灯更换LED路灯项目资金27万元。")
    para(doc, "(二)2018年各项目安排情况", bold=True)
    para(doc, "1. 路灯设施电费、维护费预算安排资金5548万元,项目实际到位资金共5548万元,项目实际使用资金共5548万元。")
    para(doc, "绩效目标为:保证全年路灯亮灯率达标,亮灯率不低于98%、设备完好率不低于95%,及时修复率100%。")
    para(doc, "绩效目标完成情况:全部完成。")
    para(doc, "2.路灯窨井盖管控资金17万元,项目实际到位资金共17万元,项目实际使用资金共17万元。")
    para(doc, "绩效目标为:按照重大活动安全保卫工作组青岛安保组《关于印发重点区域地下管线和窨井盖设施管控工作方案的通知》的要求,")
    pin_docx_props(doc)
    doc.save(path)


# ---------------------------------------------------------------- gold
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


DOCS = [
    {
        "file": "sn-xixian-parking-eval.xlsx",
        "build": build_xixian,
        "gold": {
            "source_urls": ["http://www.xixianxinqu.gov.cn:9311/zwgk/fdzdgknr/ggjd/cgjt/2011246011176988674.html"],
            "province": "陕西",
            "doc_kind": "评价结果公示 (公共停车收费运营及服务质量评价, 评分表)",
            "patterns": [1, 4, 5, 6, 8],
            "indicators": [
                ind("收费运营指标", None, "新增施划泊位", None, 500, "个",
                    "年度新增施划道路路内停车泊位500个。", actual=482, weight=20, score=20),
                ind("收费运营指标", None, "收费泊位总量", ">=", 12000, "个",
                    "道路临时停车泊位站点和财政投资建设的公共停车场全年正常开展收费管理工作的停车泊位总量达到12000个。",
                    actual=None, weight=20, score=None),
            ],
            "goals": [],
            "facts": [],
            "findings": [
                {"rule": "consistency.deviation_reason_missing", "item": "新增施划泊位",
                 "why": "target 500个 new on-street spaces, 完成情况 says 482个 (a shortfall of 18); the row gives full "
                        "marks (20 of 20) under its own 90% rule but states no reason for missing the target, and the "
                        "table has no reason column"},
            ],
            "notes": "西咸新区 (陕西) 城市管理和交通运输局 notice of 2026-01-13 publishing the 2023-2025 公共停车收费运营及服务质量 "
                     "evaluation of 新区公共停车管理服务有限公司, then the 2023 results table. The stored page ends inside row 2's "
                     "评分标准 cell ('…90%及以上的,不'); the document stops there, so row 2 has no 得分 and no 完成情况, and "
                     "no total and no other year's table exist. Layout as found: the page title twice, notice text, contact "
                     "lines (地址/邮编/电话/邮箱) and the issuing body and date as a signature block, then 序号/一级指标/二级指标/"
                     "分值/评价内容/评分标准/得分/完成情况 with '收费运营指标(100分)' merged down both rows. Judgement calls: "
                     "the 二级指标 column holds the indicator names (新增施划泊位, 收费泊位总量), so level2 is null and name "
                     "is taken from that column (pattern 4); the target sits in 评价内容 as a sentence with the number "
                     "inside it (pattern 6); 评分标准 is a scoring-rule column (pattern 5). Row 1's target '500个' has no "
                     "operator word, so operator null; row 2 says '达到12000个', read as >=. The shortfall 482 < 500 still "
                     "earns 20/20 under the row's own rule (482 >= 0.9 x 500 = 450), so no score finding, only the missing "
                     "reason. This is an operating-quality evaluation table, not the 产出/效益/满意度 frame, and it is cut "
                     "after two rows, so no coverage finding. The one-level '(100分)' total cannot be checked (cut).",
        },
    },
    {
        "file": "hn-yueyang-parking-deptselfeval.docx",
        "build": build_yueyang,
        "gold": {
            "source_urls": ["http://yueyang.gov.cn/zwgk/62389/62391/content_1560803.html"],
            "province": "湖南",
            "doc_kind": "部门整体支出绩效评价自评报告 (封面 + 基本概况表, 年度主要工作内容)",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [
                {"kind": "目标", "text": "任务1:做好停车立法和停车收费试点的各项准备。"},
                {"kind": "目标", "text": "任务2:确保公共自行车设备运转正常,全年骑行量超过500万人次/年;8000辆公 用自行车保持良好可用状态;"
                                       "“扫码”租车功能正常,全年零投诉;各站点车辆调度及时,避免站点出现无车可用的现象"},
            ],
            "facts": [],
            "findings": [
                {"rule": "goal.process_only", "item": "任务1:做好停车立法和停车收费试点的各项准备。",
                 "why": "the task only describes preparatory work (legislation and a charging pilot) and states no "
                        "result, output or deadline"},
                {"rule": "goal.unquantified", "item": "任务1:做好停车立法和停车收费试点的各项准备。",
                 "why": "no number, date or measurable statement (e.g. a draft submitted by a date, N pilot streets)"},
            ],
            "notes": "岳阳市停车管理办公室 (湖南 岳阳) 2018 部门整体支出绩效评价自评报告, report date 2019-06-24, 岳阳市财政局 "
                     "template. The stored page holds the cover block and the first table (一、部门(单位)基本概况: 联系人, "
                     "联络电话, 人员编制 19, 实有人数 17, 职能职责概述 with 9 duties, 年度主要工作内容) and ends inside 任务2 "
                     "('…避免站点无车使用现象'); the document stops there, before any funds table, indicator table or score. "
                     "The label '年度主要 工作内容' and '8000辆公 用自行车' keep the stray spaces of the page. Judgement calls: "
                     "the 年度主要工作内容 cell holds two numbered tasks, written as two paragraphs in the one cell and "
                     "counted as two goals (kind 目标, the form has no 年度目标 label); 任务2 carries numbers (500万人次/年, "
                     "8000辆, 全年零投诉) so it gets no goal finding although it is cut mid-sentence; 任务1 is flagged both as "
                     "process-only and unquantified. No indicators, facts or coverage findings: the page ends before the "
                     "evaluation tables.",
        },
    },
    {
        "file": "hb-huangshi-digitalcity-selfeval.docx",
        "build": build_huangshi,
        "gold": {
            "source_urls": ["http://cgw.huangshi.gov.cn/zfxxgk_13011/fdgknr/cwgk/202309/t20230906_1047926.html"],
            "province": "湖北",
            "doc_kind": "项目支出自评结果 (prose: 自评得分, 执行率, 完成情况)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "专项资金执行率", "kind": "budget", "planned": 599, "actual": 502.88,
                 "stated_rate": 83.95, "unit": "万元"},
                {"metric": "立案率", "kind": "budget", "planned": 114645, "actual": 114645,
                 "stated_rate": 100, "unit": "件"},
                {"metric": "派遣正确率", "kind": "budget", "planned": 114645, "actual": 114478,
                 "stated_rate": 99.85, "unit": "件"},
                {"metric": "处置率", "kind": "budget", "planned": 114478, "actual": 112695,
                 "stated_rate": 98.46, "unit": "件"},
                {"metric": "自评等级", "kind": "grade", "score": 90, "grade": "优"},
            ],
            "findings": [
                {"rule": "consistency.rate", "item": "处置率",
                 "why": "处置 112695 of 派遣 114478 件 is 98.44%, not the stated 98.46% (against 立案 114645 it would be "
                        "98.30%); no base in the text gives 98.46%"},
            ],
            "notes": "黄石市城市管理执法委员会 (湖北 黄石) page of 2023-07-18: 2022年度数字化城市管理运行经费项目自评结果. Prose "
                     "only (one of the two prose documents of this part). The stored page ends at '…处置率达到98.46%。为黄石'; "
                     "the document stops there (no 存在的问题 section). Checks: 502.88/599 = 83.953% -> 83.95% (ok); 立案 "
                     "114645 / 受理 114645 = 100% (ok); 派遣 114478 / 立案 114645 = 99.854% -> 99.85% (ok, although the "
                     "text calls it 派遣正确率); 处置 112695 / 派遣 114478 = 98.442% -> 98.44% vs stated 98.46% (finding). The "
                     "denominator 派遣数 for 处置率 is a judgement call (the same unit's 2021 page computes it that way: "
                     "143181/145446 = 98.44%). The count rates are recorded as kind 'budget' because it is the only "
                     "planned/actual/stated_rate fact kind; unit 件. 到位率 100% has no amounts, so no fact. Grade 90 -> 优 "
                     "is consistent. No indicator rows: the text reports results (counts, rates) but no targets; no goal "
                     "text is given, so no goal findings.",
        },
    },
    {
        "file": "sd-qingdao-streetlight-fundreport.docx",
        "build": build_qingdao,
        "gold": {
            "source_urls": ["https://dcrkj.com/wenku/rsaer/yKQW0dD3wz"],
            "province": "山东",
            "doc_kind": "专项资金绩效情况报告 (prose: 城市维护费 路灯设施电费、维护费)",
            "patterns": [10],
            "indicators": [
                ind(None, None, "亮灯率", ">=", 98, "%", "不低于98%"),
                ind(None, None, "设备完好率", ">=", 95, "%", "不低于95%"),
                ind(None, None, "及时修复率", None, 100, "%", "100%"),
            ],
            "goals": [
                {"kind": "年度目标", "text": "2018年城市维护费专项资金绩效目标为:保证全年路灯亮灯率达标,亮灯率不低于98%、设备完好率不低于95%,"
                                          "及时修复率100%;在重大活动期间完成重点区域路灯窨井盖的粘贴;"
                                          "付清沿海一线LED照明试点工程和前海一线路灯更换LED路灯工程的尾款。"},
                {"kind": "目标", "text": "绩效目标为:保证全年路灯亮灯率达标,亮灯率不低于98%、设备完好率不低于95%,及时修复率100%。"},
                {"kind": "目标", "text": "绩效目标为:按照重大活动安全保卫工作组青岛安保组《关于印发重点区域地下管线和窨井盖设施管控工作方案的通知》的要求,"},
            ],
            "facts": [
                {"metric": "路灯设施电费、维护费批复", "kind": "sum", "total": 5565, "parts": [5548, 17], "unit": "万元"},
                {"metric": "路灯设施电费、维护费", "kind": "budget", "planned": 5548, "actual": 5548,
                 "stated_rate": None, "unit": "万元"},
                {"metric": "路灯窨井盖管控资金", "kind": "budget", "planned": 17, "actual": 17,
                 "stated_rate": None, "unit": "万元"},
            ],
            "findings": [],
            "notes": "Text on a document-sharing site (dcrkj wenku) of the 2018 城市维护费专项资金 (路灯设施电费、维护费) performance "
                     "report of 青岛 (山东): 青政字〔2010〕30号, 青财预指〔2018〕1号; the reporting unit is not named in the stored "
                     "part. Prose only (the second prose document of this part). The stored page ends inside project 2's "
                     "goal ('…《关于印发重点区域地下管线和窨井盖设施管控工作方案的通知》要求,'); the document stops there. The "
                     "page's stray page number '1' inside the citation '(青 / 1 / 财预指〔2018〕1号)' is kept as its own "
                     "line, and '绩效目标完成情况:全部完成。 二、 专项资金项目绩效情况' stays run together as on the page. "
                     "Indicators: the three numbered targets in the goal text (亮灯率 不低于98%, 设备完好率 不低于95%, "
                     "及时修复率 100%) are counted once, although project 1 repeats them word for word; no level1/level2 is "
                     "given; '及时修复率100%' has no operator word, so operator null; results are only '全部完成', so every "
                     "actual is null. Sum: the 5565万元 批复 covers 电费、维护费 5548 + 窨井盖 17 (the 17 is '从路灯设施维护费调剂') "
                     "= 5565 (ok); the extra 9 and 27万元 for the LED projects are added on top and have no stated total, so "
                     "no further sum. Project budgets 5548/5548 and 17/17 are fully used; no rate is stated. Goal 1 mixes "
                     "work items (粘贴, 付清尾款) with the three numbered targets, so it is measurable and gets no goal "
                     "finding; goal 3 is cut mid-sentence and is not judged. No findings.",
        },
    },
]


def write_gold(name, gold):
    os.makedirs(ANN, exist_ok=True)
    out = {"source": name}
    out.update(gold)
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def to_pdf(path):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        base = os.path.splitext(os.path.basename(path))[0] + ".pdf"
        shutil.move(os.path.join(tmp, base), os.path.join(HERE, base))


def main():
    no_pdf = "--no-pdf" in sys.argv
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        normalise_zip(path)
        write_gold(d["file"], d["gold"])
        pdf_name = os.path.splitext(d["file"])[0] + ".pdf"
        write_gold(pdf_name, copy.deepcopy(d["gold"]))
        if not no_pdf:
            to_pdf(path)
        print("wrote", d["file"])


if __name__ == "__main__":
    main()
