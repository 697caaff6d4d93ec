"""Blind part 65 of the real-layout corpus: documents reproduced from stored public pages.

Written code-blind (without reading the toolkit). Each document reproduces the layout and the facts of one
stored public page (only the beginning of each page is stored; every document stops where its page stops);
longer sentences are reworded with the same numbers. Gold in DOCS, written by hand before anything ran on
the files. Run with /tmp/venv/bin/python; --no-pdf skips the LibreOffice export.
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------- helpers
def _pin_zip(path):
    """Rewrite a zip (docx/xlsx) with every entry dated 2025-01-01, in a fixed (sorted) order."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    if "docProps/core.xml" in items:  # openpyxl stamps the save time into dcterms:modified
        core = items["docProps/core.xml"].decode("utf-8")
        core = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2025-01-01T00:00:00Z\g<3>", core)
        items["docProps/core.xml"] = core.encode("utf-8")
    order = sorted(items, key=lambda n: (n != "[Content_Types].xml", n))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            info = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, items[n])
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def new_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(9)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Pt(40)
    sec.top_margin = sec.bottom_margin = Pt(40)
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, merges=(), widths=None):
    """rows: list of lists of strings (same length); merges: (r0, c0, r1, c1) inclusive, text of top-left kept."""
    ncol = len(rows[0])
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    covered = set()
    for (r0, c0, r1, c1) in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    for r, row in enumerate(rows):
        assert len(row) == ncol, (r, row)
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            t.cell(r, c).text = text or ""
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for c, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[c] * 20)))
        for row in t.rows:
            for c, w in enumerate(widths):
                try:
                    row.cells[c].width = Pt(w)
                except IndexError:
                    pass
    return t


def save_docx(d, name):
    path = os.path.join(HERE, name)
    d.save(path)
    _pin_zip(path)
    return path


def save_xlsx(wb, name):
    path = os.path.join(HERE, name)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.save(path)
    _pin_zip(path)
    return path


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def sheet_rows(ws, rows, first_row=1, merges=(), boxed_from=None, widths=None):
    """Write rows (lists; None = empty) starting at first_row; merges in (r0, c0, r1, c1), 1-based absolute."""
    for i, row in enumerate(rows):
        r = first_row + i
        for j, v in enumerate(row):
            if v is None or v == "":
                continue
            cell = ws.cell(row=r, column=j + 1, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.font = Font(name="SimSun", size=9)
    if boxed_from:
        ncol = max(len(r) for r in rows)
        for r in range(boxed_from, first_row + len(rows)):
            for c in range(1, ncol + 1):
                ws.cell(row=r, column=c).border = BOX
    for (r0, c0, r1, c1) in merges:
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w


def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


DOCS = []


# ----------------------------------------------------------------------------------------------- 1 蚕茶卫生院
def build_cancha():
    """江西 南昌县 黄马乡蚕茶卫生院 2021 整体支出绩效自评表 (a docx shown as one run of OCR text on an aggregator)."""
    d = new_doc()
    para(d, "蚕茶卫生院整体支出绩效自评表", bold=True, center=True, size=14)
    para(d, "(2021年度)", center=True)
    H = ["分解目标", "自评权重", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分", "偏差及原因分析"]
    rows = [
        ["评价部门名称", "", "南昌县黄马乡蚕茶卫生院", "", "", "下属单位个数", "", "0", ""],
        ["整体支出规模", "", "", "", "全年预算数", "", "全年执行数", "", "执行率"],
        ["资金来源:(1)财政拨款", "", "", "", "", "", "", "", "103.21%"],
        ["资金结构:(1)基本支出", "", "", "", "", "", "", "", "103.21%"],
        ["(2)项目支出", "", "", "", "", "", "", "", ""],
        ["年度总体目标", "", "年初设定目标", "", "", "全年完成情况", "", "", ""],
        ["", "", "业务收入达到55万元,三公经费控制率达标", "", "", "业务收入77.57万元,三公经费控制达标", "", "", ""],
        H,
        ["管理指标", "30", "预算编审管理", "完整、准确率", "100%", "100%", "4", "4", ""],
        ["", "", "预算执行管理", "完成率、控制率", "100%", "按规定执行", "4", "4", ""],
        ["", "", "部门结转结余资金管理", "结余率", "小于5%", "达成目标值", "4", "4", ""],
        ["", "", "预决算信息公开管理", "信息公开完善", "按规定公开", "已公开", "4", "4", ""],
        ["", "", "部门预算管理", "人员控制、支出规范", "不超编、无违规支出", "全部达成", "4", "4", ""],
        ["", "", "政府采购管理", "执行率", "100%", "100%", "5", "5", ""],
        ["", "", "资产管理", "安全性、利用率", "无资产损失、利用率高于80%", "达成目标", "5", "5", ""],
        ["产出指标", "25", "数量指标", "任务1:门诊住院人次", "增加", "增372人次", "5", "5", ""],
        ["", "", "", "任务2:特殊人群健康管理率", "超上年2%", "达成目标值", "5", "5", ""],
        ["", "", "质量指标", "任务1:诊断准确率", "95%以上", "97%", "5", "5", ""],
        ["", "", "", "任务2:健康档案管理率", "100%", "完成", "3", "3", ""],
        ["", "", "时效指标", "任务1:医疗文书及时率", "按规定时限", "", "4", "3", "个别人未及时完成"],
        ["", "", "", "任务2:健康档案更新率", "按规定时限", "", "3", "2", "录入有延迟"],
        ["效果指标", "35", "经济效益指标", "业务收入", "超上年度", "增收27万元", "13", "13", ""],
        ["", "", "社会效益指标", "公卫均等化签约完成率、特殊人群体检率", "签约率提高1%X体检率提高2%",
         "签约率提高1%体检率下降1%", "12", "6", "部分群众不愿配合体检或长期在外"],
        ["", "", "生态效益指标", "绿化、节能", "绿化良好、水电费开支有下降", "水电支出减少01万元", "10", "10", ""],
        ["满意度指标", "", "", "", "", "", "", "", ""],
    ]
    merges = [
        (0, 0, 0, 1), (0, 2, 0, 4), (0, 5, 0, 6), (0, 7, 0, 8),
        (1, 0, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7),
        (2, 0, 2, 3), (2, 4, 2, 5), (2, 6, 2, 7),
        (3, 0, 3, 3), (3, 4, 3, 5), (3, 6, 3, 7),
        (4, 0, 4, 3), (4, 4, 4, 5), (4, 6, 4, 7),
        (5, 0, 6, 1), (5, 2, 5, 4), (5, 5, 5, 8), (6, 2, 6, 4), (6, 5, 6, 8),
        (8, 0, 14, 0), (8, 1, 14, 1),
        (15, 0, 20, 0), (15, 1, 20, 1), (15, 2, 16, 2), (17, 2, 18, 2), (19, 2, 20, 2),
        (21, 0, 23, 0), (21, 1, 23, 1),
    ]
    table(d, rows, merges, widths=[48, 36, 62, 80, 70, 70, 28, 28, 70])
    return save_docx(d, "jx-nanchang-cancha-hospital-selfeval.docx")


M, P, E = "管理指标", "产出指标", "效果指标"
DOCS.append({
    "file": "jx-nanchang-cancha-hospital-selfeval.docx",
    "build": build_cancha,
    "gold": {
        "source_urls": ["https://yzwku.com/doc/291311.html"],
        "province": "江西",
        "doc_kind": "部门整体支出绩效自评表 (卫生院, 分解目标/自评权重/二级/三级, 管理-产出-效果)",
        "patterns": [1, 2, 5, 6, 10],
        "indicators": [
            ind(M, "预算编审管理", "完整、准确率", None, 100, "%", "100%", 100, 4, 4),
            ind(M, "预算执行管理", "完成率、控制率", None, 100, "%", "100%", None, 4, 4),
            ind(M, "部门结转结余资金管理", "结余率", "<", 5, "%", "小于5%", None, 4, 4),
            ind(M, "预决算信息公开管理", "信息公开完善", None, None, None, "按规定公开", None, 4, 4),
            ind(M, "部门预算管理", "人员控制、支出规范", None, None, None, "不超编、无违规支出", None, 4, 4),
            ind(M, "政府采购管理", "执行率", None, 100, "%", "100%", 100, 5, 5),
            ind(M, "资产管理", "安全性、利用率", ">", 80, "%", "无资产损失、利用率高于80%", None, 5, 5),
            ind(P, "数量指标", "任务1:门诊住院人次", None, None, None, "增加", 372, 5, 5),
            ind(P, "数量指标", "任务2:特殊人群健康管理率", ">", 2, "%", "超上年2%", None, 5, 5),
            ind(P, "质量指标", "任务1:诊断准确率", ">=", 95, "%", "95%以上", 97, 5, 5),
            ind(P, "质量指标", "任务2:健康档案管理率", None, 100, "%", "100%", None, 3, 3),
            ind(P, "时效指标", "任务1:医疗文书及时率", None, None, None, "按规定时限", None, 4, 3),
            ind(P, "时效指标", "任务2:健康档案更新率", None, None, None, "按规定时限", None, 3, 2),
            ind(E, "经济效益指标", "业务收入", None, None, None, "超上年度", 27, 13, 13),
            ind(E, "社会效益指标", "公卫均等化签约完成率、特殊人群体检率", None, 1, "%", "签约率提高1%X体检率提高2%", 1, 12, 6),
            ind(E, "生态效益指标", "绿化、节能", None, None, None, "绿化良好、水电费开支有下降", None, 10, 10),
        ],
        "goals": [{"kind": "年度目标", "text": "业务收入达到55万元,三公经费控制率达标"}],
        "facts": [
            {"metric": "资金来源:(1)财政拨款", "kind": "budget", "planned": None, "actual": None,
             "stated_rate": 103.21, "unit": None},
            {"metric": "资金结构:(1)基本支出", "kind": "budget", "planned": None, "actual": None,
             "stated_rate": 103.21, "unit": None},
            {"metric": "管理指标 自评权重", "kind": "sum", "total": 30, "parts": [4, 4, 4, 4, 4, 5, 5], "unit": "分"},
            {"metric": "产出指标 自评权重", "kind": "sum", "total": 25, "parts": [5, 5, 5, 3, 4, 3], "unit": "分"},
            {"metric": "效果指标 自评权重", "kind": "sum", "total": 35, "parts": [13, 12, 10], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.vague_wording", "item": "任务1:门诊住院人次",
             "why": "target is the bare word 增加: no number, baseline or unit (the actual is 增372人次)"},
            {"rule": "target.vague_wording", "item": "业务收入",
             "why": "target 超上年度 names no amount or rate of increase (the actual is 增收27万元; the goal cell says 55万元)"},
            {"rule": "target.time_no_deadline", "item": "任务1:医疗文书及时率",
             "why": "timeliness rate with target 按规定时限: no date, period or rate; actual cell empty"},
            {"rule": "target.time_no_deadline", "item": "任务2:健康档案更新率",
             "why": "listed under 时效指标 with target 按规定时限: no date, period or rate; actual cell empty"},
            {"rule": "target.qualitative_no_scale", "item": "绿化、节能",
             "why": "target 绿化良好、水电费开支有下降: 良好 with no grading scale and 有下降 with no amount"},
            {"rule": "target.qualitative_no_scale", "item": "信息公开完善",
             "why": "target 按规定公开 only says 'as the rules require': no scale, count or deadline"},
        ],
        "notes": (
            "南昌县黄马乡蚕茶卫生院 (江西) 2021 整体支出绩效自评表, stored on an aggregator (yzwku) as one run of OCR "
            "text from a 4-page docx. The stored page ends right after the label 满意度指标 (the 满意度 rows, any total "
            "score and grade are not on it); the document stops there with an empty 满意度指标 row. Layout read from "
            "the run-on text: 评价部门名称/下属单位个数 header, a 整体支出规模 block whose 全年预算数 and 全年执行数 cells are "
            "empty on the page (only 执行率 103.21% is given for 财政拨款 and 基本支出, nothing for 项目支出), a 年度总体目标 "
            "block (年初设定目标 | 全年完成情况), then the indicator header 分解目标|自评权重|二级指标|三级指标|年度指标值|"
            "全年完成值|分值|得分|偏差及原因分析 in the middle of the same table, 分解目标 and 自评权重 merged down their "
            "blocks. The vertical label '出标产指' of the OCR is read as 产出指标. Kept as found: the 'X' in "
            "'签约率提高1%X体检率提高2%', '水电支出减少01万元' (probably 0.1万元; actual left null as unreadable), 100% "
            "and 95%以上 written with the unit in the value cell. Judgement calls: '任务1:门诊住院人次增加增372人次' split "
            "as name 任务1:门诊住院人次 | target 增加 | actual 增372人次 (actual 372, an increase); '超上年2%' read as "
            "operator '>' value 2 %; '高于80%' as '>' 80 %; for the two-part 社会效益 row value/actual take the first "
            "figure (签约率 1 %); bare '100%' targets get operator null. The 103.21% execution rate cannot be "
            "recomputed (no amounts), so it is recorded as a budget fact without a finding. Block weights 30/25/35 "
            "equal the sums of their 分值 (no sum finding). Deductions (时效 4→3, 3→2; 社会效益 12→6) all carry a "
            "reason, so no deviation_reason_missing. 满意度 is present as a label, so no coverage finding."
        ),
    },
})


# ----------------------------------------------------------------------------------------------- 2 奉化 教育补助和残疾人培训
def build_fenghua():
    """浙江 宁波 奉化区 教育补助和残疾人及机构培训项目 绩效自评报告 (2023-06-14), with its 自评表 (cut)."""
    d = new_doc()
    table(d, [
        ["索引号", "11330283002979996P/2023-143058", "组配分类", "专项经费", "主题分类", "财政"],
        ["公开方式", "主动公开", "公开范围", "面向全社会", "", ""],
        ["发布机构", "区政府办公室", "发文日期", "2023-06-14", "", ""],
    ], merges=[(1, 3, 1, 5), (2, 3, 2, 5)], widths=[60, 150, 60, 80, 60, 60])
    para(d, "教育补助和残疾人及机构培训项目绩效自评报告", bold=True, center=True, size=13)
    para(d, "一、项目绩效基本情况", bold=True)
    para(d, "对照年初确定的绩效目标开展自评,本项目自评得分96分,自评结论为“优”。教育补助项目全年预算数为36.261万元"
            "(含宁波预拨资金22万),执行数为14.261万元;由于教育补助的申报时间改到第二学期,2022年度的补助相应顺延到"
            "2023年上半年发放,当年预算也随之调减。残疾人及机构培训项目全年预算数9万元,执行数为8.4万元。")
    para(d, "二、项目绩效目标完成情况", bold=True)
    para(d, "一是残疾学生和残疾人子女学生共12人受益,发放补助金14.261万元。")
    para(d, "二是减轻了残疾人家庭在子女教育上的负担。")
    para(d, "三是完成残疾人实用技能培训282人,拨付培训费用8.4万元,帮助残疾人提高生产技能、增产增收。")
    para(d, "三、下一步需要改进措施", bold=True)
    para(d, "1、继续精简补助申报手续,以数据流转代替残疾人跑腿,做到零次跑。")
    para(d, "2、严格执行残疾人技能培训的相关政策,并不断完善规范。")
    para(d, "四、项目绩效自评表", bold=True)
    table(d, [
        ["教育补助和残疾人及机构培训项目绩效自评表", "", "", "", "", ""],
        ["基本指标", "", "具体指标", "标准值", "分值", "自评分"],
        ["一级指标", "二级指标", "三级指标", "", "", ""],
        ["业务指标", "目标设定情况", "依据的充分性", "依据充分,须有相关政策文件作支撑,依据不充分的,此项不得分", "15", "15"],
        ["", "目标完成程度", "目标完成率", "在自愿申请的前提下做到应补尽补,少补一列扣0.5分", "10", "9"],
        ["", "", "完成的及时性", "按照文件规定完成申请、审核、发放补贴流程。每发现1例延时对象扣1分。", "5", "5"],
        ["", "", "公众满意度", "满意度90分以上得15分,80-89分得12分,70-79分得8分,60-69分得5分,60分以下不得分", "", ""],
    ], merges=[(0, 0, 0, 5), (1, 0, 1, 1), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (3, 0, 6, 0), (4, 1, 6, 1)],
        widths=[55, 70, 80, 230, 35, 40])
    return save_docx(d, "zj-fenghua-disabled-edu-training-selfreport.docx")


B = "业务指标"
DOCS.append({
    "file": "zj-fenghua-disabled-edu-training-selfreport.docx",
    "build": build_fenghua,
    "gold": {
        "source_urls": ["https://www.fh.gov.cn/art/2023/6/14/art_1229037584_4274267.html"],
        "province": "浙江",
        "doc_kind": "自评报告 (项目绩效自评报告, 附自评表: 基本指标/具体指标/标准值/分值/自评分)",
        "patterns": [1, 5, 10],
        "indicators": [
            ind(B, "目标设定情况", "依据的充分性", None, None, None,
                "依据充分,须有相关政策文件作支撑,依据不充分的,此项不得分", None, 15, 15),
            ind(B, "目标完成程度", "目标完成率", None, None, None,
                "在自愿申请的前提下做到应补尽补,少补一列扣0.5分", None, 10, 9),
            ind(B, "目标完成程度", "完成的及时性", None, None, None,
                "按照文件规定完成申请、审核、发放补贴流程。每发现1例延时对象扣1分。", None, 5, 5),
            ind(B, "目标完成程度", "公众满意度", None, None, None,
                "满意度90分以上得15分,80-89分得12分,70-79分得8分,60-69分得5分,60分以下不得分", None, None, None),
        ],
        "goals": [],
        "facts": [
            {"metric": "教育补助项目", "kind": "budget", "planned": 36.261, "actual": 14.261, "stated_rate": None,
             "unit": "万元"},
            {"metric": "残疾人及机构培训项目", "kind": "budget", "planned": 9, "actual": 8.4, "stated_rate": None,
             "unit": "万元"},
            {"metric": "项目自评得分", "kind": "grade", "score": 96, "grade": "优"},
        ],
        "findings": [
            {"rule": "consistency.deviation_reason_missing", "item": "残疾人及机构培训项目",
             "why": "8.4 of the 9万元 budget executed; unlike the 教育补助 shortfall (申报时间调整) no reason is given"},
            {"rule": "consistency.deviation_reason_missing", "item": "目标完成率",
             "why": "scored 9 of 10, i.e. by its own rule about two eligible cases were missed (0.5 each); the report "
                    "names no case missed and gives no reason"},
            {"rule": "target.time_no_deadline", "item": "完成的及时性",
             "why": "timeliness row whose standard is only 按照文件规定: no date, period or deadline stated"},
        ],
        "notes": (
            "奉化区 (宁波, 浙江) page of 2023-06-14 (发布机构 区政府办公室): 教育补助和残疾人及机构培训项目绩效自评报告 with the "
            "page's 索引号 block, four numbered sections in prose (reworded, numbers kept) and section 四 the 自评表. The stored "
            "page ends inside the table, right after the 标准值 text of the 公众满意度 row (its 分值 and 自评分 and every later "
            "row are not on it); the document stops there, the last row's score cells empty. Table layout as on the page: a "
            "two-row header 基本指标 (over 一级/二级) | 具体指标 (over 三级) | 标准值 | 分值 | 自评分; the 标准值 column holds "
            "scoring rules, not target values, so every gold value/operator/unit is null and target_text is the rule. The "
            "page gives the 公众满意度 row only two cells, read as 一级 and 二级 merged down from above (业务指标 / 目标完成程度); "
            "this is a judgement call. '少补一列' kept as found (for 一例). Facts: 教育补助 36.261 planned (含宁波预拨资金22万) "
            "vs 14.261 executed, 培训 9 vs 8.4, no rate stated in either, so no consistency.rate; 96分 → 优 is consistent. "
            "The 教育补助 under-execution carries a reason (申报时间调整到第二学期), the 培训 one does not. The table is cut, "
            "so no coverage finding; no goal text on the page (only '年初设定的绩效目标' referred to)."
        ),
    },
})


# ----------------------------------------------------------------------------------------------- 3 黄冈市社会福利中心
def build_huanggang():
    """湖北 黄冈市社会福利中心 2023 部门整体绩效目标申报表 (web page of the form; cut in the project list)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体绩效目标申报表"
    rows = [
        ["部门整体绩效目标申报表", None, None, None, None, None, None],
        ["2023  年度", None, None, None, None, None, None],
        ["填报日期:  2022  12  29", None, None, None, None, "单位:万元", None],
        ["部门(单位) 名称", "黄冈市社会福利中心", None, "填报人", "吴亚妮", "联系电话", "13477628097"],
        ["部门总体资金情况", "总体资金情况", None, "当年金额", "占比", "近两年收支金额", None],
        [None, None, None, None, None, "2021", "2022"],
        [None, "收入构成", "财政拨款", 1780.51, "100%", 473.7, 1213.73],
        [None, None, "其他资金", 0, "0", 0, 0],
        [None, None, "合计", "100%", "100%", "100%", "100%"],
        [None, "支出构成", "基本支出", 691.51, "38.8%", 473.7, 572.98],
        [None, None, "项目支出", 1089, "61.2%", 0, 640.75],
        [None, None, "合计", 1780.51, "100%", "100%", "100%"],
        ["部门职能概述", "1. 收养社会孤弃儿童\n2. 收养社会“三无”人员", None, None, None, None, None],
        ["年度工作任务",
         "1. 以孤弃儿童养育工作为重点,持续提高养育水平,为儿童福利院的发展打牢基础;\n"
         "2. 多方争取支持、加大投入,添置医疗、康复、养育、消防等设备,确保全年安全无事故;\n"
         "3. 以社会捐赠为先导,不断扩大社会参与,为福利中心的发展营造良好氛围;",
         None, None, None, None, None],
        ["项目支出情况", "项目名称", None, "项目类型", "项目总预算", "项目本年度预算", "项目主要支出方向和用途"],
        [None, "购买孤残儿童社会照料护理服务经费", None, "常年性项目", 376, 376, "护理员照料服务费"],
        [None, "购置业务用车资金", None, "次性项目", 18, 18, "供养对象业务用车"],
        [None, "福彩公益金-孤残儿童医疗资金", None, "常年性项目", 150, 150, "供养对象医药"],
    ]
    merges = [
        (1, 1, 1, 7), (2, 1, 2, 7), (3, 1, 3, 5), (3, 6, 3, 7), (4, 2, 4, 3),
        (5, 1, 12, 1), (5, 2, 6, 3), (5, 4, 6, 4), (5, 5, 6, 5), (5, 6, 5, 7),
        (7, 2, 9, 2), (10, 2, 12, 2),
        (13, 2, 13, 7), (14, 2, 14, 7),
        (15, 1, 18, 1), (15, 2, 15, 3), (16, 2, 16, 3), (17, 2, 17, 3), (18, 2, 18, 3),
    ]
    sheet_rows(ws, rows, merges=merges, boxed_from=4, widths=[14, 14, 22, 12, 12, 14, 20])
    ws["A1"].font = Font(name="SimSun", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.row_dimensions[13].height = 30
    ws.row_dimensions[14].height = 60
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb, "hb-huanggang-welfare-dept-targets.xlsx")


HG1 = "1. 以孤弃儿童养育工作为重点,持续提高养育水平,为儿童福利院的发展打牢基础;"
HG2 = "2. 多方争取支持、加大投入,添置医疗、康复、养育、消防等设备,确保全年安全无事故;"
HG3 = "3. 以社会捐赠为先导,不断扩大社会参与,为福利中心的发展营造良好氛围;"
DOCS.append({
    "file": "hb-huanggang-welfare-dept-targets.xlsx",
    "build": build_huanggang,
    "gold": {
        "source_urls": ["http://hgfly.org.cn/zhongxin/gonggao/2023-04-21/1122.html"],
        "province": "湖北",
        "doc_kind": "部门整体绩效目标申报表 (福利中心; 资金构成, 职能, 年度工作任务, 项目支出情况; cut before any indicator)",
        "patterns": [7, 10],
        "indicators": [],
        "goals": [
            {"kind": "目标", "text": HG1},
            {"kind": "目标", "text": HG2},
            {"kind": "目标", "text": HG3},
        ],
        "facts": [
            {"metric": "支出构成 当年金额", "kind": "sum", "total": 1780.51, "parts": [691.51, 1089], "unit": "万元"},
            {"metric": "支出构成 占比", "kind": "sum", "total": 100, "parts": [38.8, 61.2], "unit": "%"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": HG1,
             "why": "task only says the raising level will keep improving: no number, count or measurable result"},
            {"rule": "goal.unquantified", "item": HG3,
             "why": "no amount of donations, number of participants or other measure; '良好氛围' cannot be checked"},
        ],
        "notes": (
            "黄冈市社会福利中心 (湖北) 部门整体绩效目标申报表 for 2023, posted as a web page (编辑日期 2023-02-15, 填报日期 "
            "'2022 12 29' with the 年/月/日 words missing, kept). The stored page ends in the 项目支出情况 list, inside the third "
            "project's use cell ('供养对象医药'); no indicator table is on it, so no indicators and no coverage finding. Kept "
            "as found: the 收入 合计 row writes 100% in all four cells, including 当年金额 where an amount belongs; both 2021/2022 "
            "合计 cells are 100%; 项目类型 '次性项目' (for 一次性项目). Sums checked: 691.51 + 1089 = 1780.51 and 38.8% + 61.2% = "
            "100% (691.51/1780.51 = 38.84%, 1089/1780.51 = 61.16%, both round as stated); the listed projects (376 + 18 + 150) "
            "do not reach 项目支出 1089 because the list is cut, so no sum is recorded for them. The three 年度工作任务 lines "
            "(reworded) are the form's goal cell, one goal per numbered line; task 2 ('确保全年安全无事故') is a checkable "
            "zero-accident statement and is not flagged; tasks 1 and 3 are flagged goal.unquantified (they could also be read "
            "as process-only). Written as XLSX (the form is a spreadsheet-style 申报表)."
        ),
    },
})


# ----------------------------------------------------------------------------------------------- 4 民乐县博物馆
def build_minle():
    """甘肃 张掖 民乐县博物馆 2021 部门整体支出绩效自评 (prose, cut in the first numbered item)."""
    d = new_doc()
    table(d, [
        ["索引号", "620722039/2022-00035", "发文字号", ""],
        ["关键词", "", "发布机构", "民乐县文体广电和旅游局"],
        ["公开形式", "主动公开", "责任部门", "民乐县博物馆"],
        ["生成日期", "2022-04-02 10:22:49", "是否有效", "是"],
    ], widths=[60, 150, 60, 150])
    para(d, "一、单位基本情况", bold=True)
    para(d, "(一)部门职能")
    para(d, "1.负责馆藏文物的收藏、研究与展览工作。")
    para(d, "2.负责社会流散文物的征集与鉴定工作。")
    para(d, "3.配合县文物局,对县境内地上地下的古文化遗址、古墓葬进行合理保护")
    para(d, "4.开展学术研究,举办馆际交流展览")
    para(d, "(二)机构情况及增减变动原因")
    para(d, "民乐县博物馆为副科级建制事业单位,无其他增减变化。")
    para(d, "二、部门整体支出绩效自评情况分析", bold=True)
    para(d, "2021年财政拨款150.49万元,预算支出150.49万元,全年支出150.49万元,执行率100%。以下分项目说明自评情况:")
    para(d, "2021年恰逢中国共产党成立100周年,也是“十四五”开局之年。这一年,民乐县博物馆着眼新发展阶段、新发展理念和新"
            "发展格局,把高质量发展作为主线,以新馆装修布展和提升免费开放服务水平为抓手,对标优秀场馆查找短板,迎难而上、"
            "勇于创新,推动各项重点工作顺利开展。")
    para(d, "1.守牢安全底线,确保零事故发生。一是严格落实博物馆文物安全责任制度。修订完善各项安全管理制度和应急预案,"
            "明确文物安全岗位职责,在醒目位置公示博物馆安全责任人和消防安全承诺书,年初与各部室签订消防安全责任书,"
            "展厅、库房、安防监控等重要部位的安全保卫均有专人负责。二是认真开展文物安全检查和巡查工作。结合全国文物火灾"
            "隐患整治和消防能力提升三年行动,对文物库房、展厅、监控室及外部周边环境等重点部位实行一周一小查,一月一大查、"
            "节假日前大")
    return save_docx(d, "gs-minle-museum-dept-selfreport.docx")


DOCS.append({
    "file": "gs-minle-museum-dept-selfreport.docx",
    "build": build_minle,
    "gold": {
        "source_urls": ["http://www.gsml.gov.cn/zfxxgk/fdzdgknr/jczwgkbzml/czyjs/2021yjs/202204/t20220402_821790.html"],
        "province": "甘肃",
        "doc_kind": "部门整体支出绩效自评报告 (博物馆, prose)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2021年财政拨款", "kind": "budget", "planned": 150.49, "actual": 150.49, "stated_rate": 100,
             "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "民乐县博物馆 (张掖, 甘肃) 2021 部门整体支出绩效自评, published 2022-04-02 by 民乐县文体广电和旅游局 in the 2021 "
            "预决算 column. The stored page has no title line: it starts with the 索引号 block, kept as a table, and the "
            "document adds no title. Prose reworded with the numbers kept; the missing full stop after duty 3 and the "
            "missing one after duty 4 are kept. The stored page ends in the middle of '节假日前大…' inside 二是 of item 1; the "
            "document stops there. Only checkable number: 150.49 budget = 150.49 spent, 执行率100% (consistent). No goal "
            "section, no indicator list and no score on the page, so no findings (item 1 '确保零事故发生' is a result "
            "heading, not a goal)."
        ),
    },
})


# ----------------------------------------------------------------------------------------------- driver
def write_annotations(entry, files):
    for fn in files:
        g = {"source": fn}
        g.update(entry["gold"])
        with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for entry in DOCS:
        path = entry["build"]()
        assert os.path.basename(path) == entry["file"]
        files = [entry["file"]]
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            files.append(os.path.splitext(entry["file"])[0] + ".pdf")
        write_annotations(entry, files)
        print("wrote", ", ".join(files))


if __name__ == "__main__":
    main()
