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
