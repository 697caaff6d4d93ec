"""Blind part 21 of the real-layout corpus: documents and hand-written gold.

Each document reproduces the layout and the facts of one stored public page (address in SOURCES.md and in
the gold's ``source_urls``); longer sentences are rewritten with the same meaning and numbers. The stored
pages hold their beginnings only: a document stops where its page stops.

Usage: python make_blind21_layouts.py [--no-pdf]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = dt.datetime(2025, 1, 1, 8, 0, 0)
ZIP_TIME = (2025, 1, 1, 8, 0, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")


# ----------------------------------------------------------------------------- writers


def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed member times and order, so two runs give the same bytes."""
    with zipfile.ZipFile(path) as zin:
        members = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    fixed = []
    for name, data in members:
        if name == "docProps/core.xml":  # openpyxl stamps the save time into dcterms:modified
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>", data)
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>", data)
        fixed.append((name, data))
    members = fixed
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    tmp.replace(path)


class Sheet:
    """A thin helper over an openpyxl worksheet: cells with borders, merges, widths."""

    def __init__(self, ws, widths):
        self.ws = ws
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = w

    def put(self, row, col, value, merge_to=None, bold=False):
        cell = self.ws.cell(row=row, column=col, value=value)
        cell.alignment = WRAP
        if bold:
            cell.font = Font(bold=True)
        r2, c2 = merge_to if merge_to else (row, col)
        for r in range(row, r2 + 1):
            for c in range(col, c2 + 1):
                self.ws.cell(row=r, column=c).border = BOX
        if merge_to and (r2, c2) != (row, col):
            self.ws.merge_cells(start_row=row, start_column=col, end_row=r2, end_column=c2)
        return cell

    def row(self, row, values, start=1):
        for i, v in enumerate(values):
            self.put(row, start + i, v)


def new_workbook(title):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "blind21"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "blind21"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return wb, ws


def save_workbook(wb, path: Path):
    wb.save(path)
    normalize_zip(path)


def new_document():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = "blind21"
    cp.last_modified_by = "blind21"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return doc


def title(doc, text, size=14):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return p


def para(doc, text):
    return doc.add_paragraph(text)


def table(doc, rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return t


def cell(t, r, c, text, r2=None, c2=None):
    target = t.cell(r, c)
    if r2 is not None or c2 is not None:
        target = target.merge(t.cell(r if r2 is None else r2, c if c2 is None else c2))
    target.text = text
    return target


def save_document(doc, path: Path):
    doc.save(path)
    normalize_zip(path)


# ----------------------------------------------------------------------------- gold


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


def missing(dims, why):
    return [finding("coverage.missing_dimension", d, why) for d in dims]


ALL_DIMS = ["产出指标", "效益指标", "满意度指标"]


# ----------------------------------------------------------------------------- documents


def cq_liangping_forestry(out: Path):
    """重庆 梁平区林业局 部门整体绩效自评表 (aggregator copy of the docx, cut in the 7th indicator name)."""
    name = "cq-liangping-forestry-dept-selfeval.xlsx"
    wb, ws = new_workbook("部门整体绩效自评表")
    s = Sheet(ws, [12, 26, 9, 9, 9, 11, 11, 11, 12])
    s.put(1, 1, "重庆市梁平区林业局2023年度部门整体绩效自评表", merge_to=(1, 9), bold=True)
    s.put(2, 1, "主管部门")
    s.put(2, 2, "重庆市梁平区林业局", merge_to=(2, 4))
    s.put(2, 5, "自评总分(分)", merge_to=(2, 6))
    s.put(2, 7, 97.93, merge_to=(2, 9))
    s.put(3, 1, "部门联系人")
    s.put(3, 2, "李薇", merge_to=(3, 4))
    s.put(3, 5, "联系电话", merge_to=(3, 6))
    s.put(3, 7, "", merge_to=(3, 9))
    s.put(4, 1, "部门预算执行情况(万元)", merge_to=(6, 1))
    s.row(4, ["", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分"], start=2)
    s.put(4, 9, "", merge_to=(6, 9))
    # the stored text keeps only the decimals of the amounts (".32.06.5"): kept as written
    s.row(5, ["年度总金额", ".32", ".06", ".5", "", "", ""], start=2)
    s.row(6, ["其中:财政拨款", ".32", ".06", ".5", 79.27, 10, 7.93], start=2)
    s.put(7, 1, "当年绩效目标", merge_to=(8, 1))
    s.put(7, 2, "年初绩效目标", merge_to=(7, 4))
    s.put(7, 5, "全年(调整)绩效目标", merge_to=(7, 6))
    s.put(7, 7, "全年目标实际完成情况", merge_to=(7, 9))
    goal = ("保持林业和林区安全稳定,使全区森林资源和陆生野生动物资源得到有效保护,松材线虫病疫情发生面积和病死松树"
            "株数双双下降,森林火灾发生率为0;保护好全区湿地资源,拿下国际湿地城市称号;推进植树造林、森林抚育等植绿"
            "造林工程并培育优良苗木,创建国家森林城市;兑现森林生态效益补偿和退耕还林直补资金;建成林长制责任体系。")
    done = ("林业和林区保持安全稳定,全区森林资源和陆生野生动物资源得到有效保护,松材线虫病疫情发生面积和病死松树株数"
            "实现双下降,森林火灾发生率得到有效控制;全区湿地资源得到保护,成功创建国家重要湿地;植树造林、森林抚育等"
            "工程有序推进,培育了优良苗木,国家森林城市创建成功;森林生态效益补偿和退耕还林直补已兑现;林长制责任体系已落实。")
    s.put(8, 2, goal, merge_to=(8, 4))
    s.put(8, 5, "", merge_to=(8, 6))
    s.put(8, 7, done, merge_to=(8, 9))
    ws.row_dimensions[8].height = 150
    s.put(9, 1, "绩效指标", merge_to=(16, 1))
    s.row(9, ["指标名称", "计量单位", "指标性质", "指标值", "指标权重(分)", "全年完成值", "指标得分(分)", "说明"],
          start=2)
    rows = [
        ("天然林和公益林管护当期任务完成率", "%", 90, 10, 100, 10),
        ("国家级公益林管护面积", "万亩", 28, 10, 8, 10),
        ("森林抚育(营林)面积", "万亩", 21, 10, 1, 10),
        ("天保工程区森林资源管护面积", "万亩", 250, 10, 50, 10),
        ("森林火灾受害率", "%", 0.9, 10, 0, 10),
        ("主要林业有害生物成灾率", "%", 0.4, 10, 0.1, 10),
    ]
    for i, (nm, unit, val, w, act, sc) in enumerate(rows):
        s.row(10 + i, [nm, unit, "", val, w, act, sc, ""], start=2)
    s.row(16, ["公益林提供管", "", "", "", "", "", "", ""], start=2)
    save_workbook(wb, out / name)

    inds = [ind(None, None, nm, None, val, unit, str(val), act, w, sc) for nm, unit, val, w, act, sc in rows]
    inds.append(ind(None, None, "公益林提供管", None, None, None, "", None, None, None))
    return name, {
        "source_urls": ["https://m.001doc.com/doc/900957.html"],
        "province": "重庆",
        "doc_kind": "部门整体自评表",
        "patterns": [2, 5, 6, 7, 10],
        "indicators": inds,
        "goals": [{"kind": "年度目标", "text": goal}],
        "facts": [{"metric": "自评总分", "kind": "score_total", "total": 97.93,
                   "parts": [7.93, 10, 10, 10, 10, 10, 10]}],
        "findings": [
            finding("target.missing_value", "公益林提供管", "the row is cut inside its name: no 指标值"),
            finding("consistency.deviation_reason_missing", "国家级公益林管护面积",
                    "target 28 万亩, 全年完成值 8, full 10 points and an empty 说明"),
            finding("consistency.deviation_reason_missing", "森林抚育(营林)面积",
                    "target 21 万亩, 全年完成值 1, full 10 points and an empty 说明"),
            finding("consistency.deviation_reason_missing", "天保工程区森林资源管护面积",
                    "target 250 万亩, 全年完成值 50, full 10 points and an empty 说明"),
            finding("consistency.score_total", "自评总分",
                    "自评总分 97.93 against 7.93 执行率 points + 60 from the six scored rows (67.93) as the file stands"),
            finding("coverage.missing_dimension", "满意度指标",
                    "the list stops in its 7th row: no satisfaction indicator in the file"),
        ],
        "notes": ("梁平区林业局 部门整体绩效自评表, an aggregator (001doc) text of a docx whose page title says 2022年度 while "
                  "the form title says 2023年度 (the form's own title kept). The text is an OCR-like run: the money "
                  "amounts keep only '.32', '.06', '.5' (kept as text), 执行率 79.27, 权重 10, 得分 7.93. The three goal "
                  "columns are interleaved in the text: one goal text (put under 年初绩效目标, 全年(调整) left empty) and "
                  "the completion text. The indicator list has no 一级/二级 columns (levels null) and its 指标性质 cells "
                  "are empty (operators null); digits as read: 28→8, 21→1, 250→50 actual values with full points and "
                  "no 说明 (probably lost digits, judged as the file stands). The page stops in the 7th name "
                  "'公益林提供管'. 森林火灾受害率 and 成灾率 are effect rows (lower is better); no satisfaction row.")}


def cq_kxc_media(out: Path):
    """重庆 西部(重庆)科学城 融媒体中心 部门整体绩效自评表 (aggregator text, cut at 公共服务)."""
    name = "cq-kxc-media-dept-selfeval.xlsx"
    wb, ws = new_workbook("部门整体绩效自评表")
    s = Sheet(ws, [10, 22, 8, 9, 10, 10, 10, 10, 9, 9, 9])
    s.put(1, 1, "部门整体绩效自评表", merge_to=(1, 11), bold=True)
    s.put(2, 1, "主管部门")
    s.put(2, 2, "", merge_to=(2, 4))
    s.put(2, 5, "财政处室")
    s.put(2, 6, "", merge_to=(2, 7))
    s.put(2, 8, "自评总分(分)", merge_to=(2, 9))
    s.put(2, 10, 97.6, merge_to=(2, 11))
    s.put(3, 1, "部门联系人")
    s.put(3, 2, "曾雪莲", merge_to=(3, 4))
    s.put(3, 5, "联系电话")
    s.put(3, 6, "", merge_to=(3, 11))
    s.put(4, 1, "部门预算执行情况(万元)", merge_to=(6, 1))
    s.put(4, 2, "")
    s.row(4, ["年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)", "执行率权重", "执行率得分(分)"], start=3)
    s.put(4, 9, "", merge_to=(6, 11))
    s.row(5, ["", "", "", "", "76%", 10, 7.6], start=2)
    s.row(6, ["", "", "", "", "", "", ""], start=2)
    s.put(7, 1, "当年绩效目标", merge_to=(8, 1))
    s.put(7, 2, "年初绩效目标", merge_to=(7, 3))
    s.put(7, 4, "全年(调整)绩效目标", merge_to=(7, 7))
    s.put(7, 8, "全年目标实际完成情况", merge_to=(7, 11))
    goal = ("整合各级各类媒体、户外广告载体和宣传宣讲活动,为成渝地区双城经济圈和西部(重庆)科学城建设营造良好氛围;"
            "保障融媒体中心的人员和日常运转,承担西部(重庆)科学城新闻宣传管理和思想文化领域建设工作。")
    done = ("2021年中心较好履行了职责,开展了西部(重庆)科学城新闻宣传管理和思想文化领域建设等工作,"
            "为成渝地区双城经济圈和西部(重庆)科学城建设营造了良好氛围。")
    s.put(8, 2, "无", merge_to=(8, 3))
    s.put(8, 4, goal, merge_to=(8, 7))
    s.put(8, 8, done, merge_to=(8, 11))
    ws.row_dimensions[8].height = 110
    s.put(9, 1, "绩效指标", merge_to=(29, 1))
    s.row(9, ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)",
              "指标权重(分)", "指标得分(分)", "是否核心指标"], start=2)
    # name, unit, nature, target, adjusted, actual, coefficient, weight, score, core
    rows = [
        ("财政供养人员控制率", "%", "定量指标", "100%", "", "92%", "100%", 2, 2, "否"),
        ("“三公”经费变动率", "%", "", "", "", "", "100%", 2, 2, "否"),
        ("基础信息完善", "%", "", "100%", "", "100%", "100%", 1, 1, "否"),
        ("预算完成率", "%", "", "70%", "", "76%", "100%", 2, 2, "是"),
        ("预算调整率", "%", "", "3%", "", "0", "100%", 2, 2, "否"),
        ("结转结余率", "%", "", "2%", "", "0", "100%", 2, 2, "是"),
        ("公用经费控制率", "%", "", "100%", "", "97%", "100%", 2, 2, "是"),
        ("“三公”经费控制率", "%", "", "", "", "", "100%", 2, 2, "否"),
        ("政府采购执行率", "%", "", "100%", "", "72.74%", "100%", 2, 2, "是"),
        ("管理制度健全性", "", "定性指标", "高", "", "高", "100%", 3, 3, "否"),
        ("资金使用合规性", "", "", "好", "", "好", "100%", 5, 5, "否"),
        ("预决算信息公开性", "", "", "高", "", "高", "100%", 1, 1, "否"),
        ("资产管理安全", "", "", "好", "", "好", "100%", 2, 2, "否"),
        ("固定资产利用率", "%", "定量指标", "90%", "", "100%", "100%", 2, 2, "否"),
        ("党性教育培训次数", "次", "", "26次", "", "12次", "100%", 5, 5, "是"),
        ("组织宣传活动次数", "次", "", "到0次", "", "43次", "100%", 10, 10, "是"),
        ("制作宣传品数量", "份", "", "第O份", "", "20份", "100%", 5, 5, "否"),
        ("播发稿件数量", "tot扁", "", "2200篇", "", "2859篇", "100%", 10, 10, "是"),
        ("业务保障能力提升", "%", "", "90%", "", "95%", "100%", 10, 10, "否"),
    ]
    for i, r in enumerate(rows):
        s.row(10 + i, list(r), start=2)
    s.row(29, ["公共服务"] + [""] * 9, start=2)
    save_workbook(wb, out / name)

    gold_rows = [
        ("财政供养人员控制率", 100, "%", "100%", 92),
        ("“三公”经费变动率", None, "%", "", None),
        ("基础信息完善", 100, "%", "100%", 100),
        ("预算完成率", 70, "%", "70%", 76),
        ("预算调整率", 3, "%", "3%", 0),
        ("结转结余率", 2, "%", "2%", 0),
        ("公用经费控制率", 100, "%", "100%", 97),
        ("“三公”经费控制率", None, "%", "", None),
        ("政府采购执行率", 100, "%", "100%", 72.74),
        ("管理制度健全性", None, None, "高", None),
        ("资金使用合规性", None, None, "好", None),
        ("预决算信息公开性", None, None, "高", None),
        ("资产管理安全", None, None, "好", None),
        ("固定资产利用率", 90, "%", "90%", 100),
        ("党性教育培训次数", 26, "次", "26次", 12),
        ("组织宣传活动次数", 0, "次", "到0次", 43),
        ("制作宣传品数量", None, "份", "第O份", 20),
        ("播发稿件数量", 2200, "篇", "2200篇", 2859),
        ("业务保障能力提升", 90, "%", "90%", 95),
    ]
    inds = []
    for (nm, val, unit, tt, act), r in zip(gold_rows, rows):
        inds.append(ind(None, None, nm, None, val, unit, tt, act, r[7], r[8]))
    inds.append(ind(None, None, "公共服务", None, None, None, "", None, None, None))
    parts = [7.6] + [r[8] for r in rows]
    return name, {
        "source_urls": ["https://m.yzwku.com/doc/98587.html"],
        "province": "重庆",
        "doc_kind": "部门整体自评表",
        "patterns": [2, 5, 6, 7, 10],
        "indicators": inds,
        "goals": [{"kind": "年度目标", "text": goal}],
        "facts": [{"metric": "自评总分", "kind": "score_total", "total": 97.6, "parts": parts}],
        "findings": [
            finding("target.missing_value", "“三公”经费变动率", "年初指标值 and 全年完成值 empty"),
            finding("target.missing_value", "“三公”经费控制率", "年初指标值 and 全年完成值 empty"),
            finding("target.missing_value", "制作宣传品数量", "the target cell reads '第O份': a unit, no number"),
            finding("target.missing_value", "公共服务", "the row is cut after its name"),
            finding("target.qualitative_no_scale", "管理制度健全性", "target 高, no scale"),
            finding("target.qualitative_no_scale", "资金使用合规性", "target 好, no scale"),
            finding("target.qualitative_no_scale", "预决算信息公开性", "target 高, no scale"),
            finding("target.qualitative_no_scale", "资产管理安全", "target 好, no scale"),
            finding("goal.unquantified", "整合各级各类媒体、户外广",
                    "the 全年(调整) goal names a climate, upkeep and duties: no number, date or checkable result"),
            finding("consistency.score_total", "自评总分",
                    "自评总分 97.6 against 7.6 执行率 points + 70 from the rows (77.6) as the file stands"),
            finding("coverage.missing_dimension", "满意度指标",
                    "the list stops at '公共服务': no satisfaction indicator in the file"),
        ],
        "notes": ("部门整体绩效自评表 of the 西部(重庆)科学城 融媒体中心 (2021 year, per its completion text), aggregator "
                  "(优知文库) OCR text of a docx. 主管部门/财政处室/联系电话 and the budget amounts are empty in the "
                  "text (the run reads 'O76%107.6': 执行率 76%, 权重 10, 得分 7.6). 年初绩效目标 reads 无; the goal "
                  "stands under 全年(调整)绩效目标. The indicator rows have no 一级/二级 columns (levels null) and "
                  "only a few 指标性质 cells (定量指标/定性指标, no operator). OCR defects kept as written: '26次' "
                  "(maybe ≥6次), '到0次', '第O份', the unit 'tot扁' of 播发稿件数量 (its value 2200篇 carries 篇). "
                  "政府采购执行率 72.74 against 100 and 党性教育培训次数 12 against 26 still score full, but the form "
                  "has no reason column (not asked). The page stops at the name '公共服务'.")}


def hb_ezhou_kexie(out: Path):
    """湖北 鄂州市科学技术协会 2022年度科普经费项目自评表 (cut in the 可持续影响 row)."""
    name = "hb-ezhou-kexie-selfeval.docx"
    doc = new_document()
    title(doc, "鄂州市科学技术协会(本级)绩效评价报告", 15)
    para(doc, "发布时间:2023-05-17    来源:鄂州市科学技术协会")
    title(doc, "2022年度科普经费项目自评表", 13)
    para(doc, "单位名称:鄂州市科学技术协会                 填报日期:2023年 5 月 17日")
    t = table(doc, 18, 7)
    cell(t, 0, 0, "项目名称")
    cell(t, 0, 1, "科学普及经费", c2=6)
    cell(t, 1, 0, "主管部门")
    cell(t, 1, 1, "鄂州市科学技术协会", c2=2)
    cell(t, 1, 3, "项目实施单位")
    cell(t, 1, 4, "鄂州市科学技术协会", c2=6)
    cell(t, 2, 0, "项目类别")
    cell(t, 2, 1, "1、部门预算项目   ☑   2、省直专项   □   3、省对下转移支付项目 □", c2=6)
    cell(t, 3, 0, "项目属性")
    cell(t, 3, 1, "1、持续性项目     ☑   2、新增性项目 □", c2=6)
    cell(t, 4, 0, "项目类型")
    cell(t, 4, 1, "1、常年性项目     ☑   2、延续性项目 □      3、一次性项目 □", c2=6)
    cell(t, 5, 0, "预算执行情况(万元)\n(20分)", r2=6)
    cell(t, 5, 1, "")
    cell(t, 5, 2, "预算数(A)")
    cell(t, 5, 3, "执行数(B)")
    cell(t, 5, 4, "执行率(B/A)")
    cell(t, 5, 5, "得分\n(20分*执行率)", c2=6)
    cell(t, 6, 1, "年度财政资金总额")
    cell(t, 6, 2, "104")
    cell(t, 6, 3, "103.97")
    cell(t, 6, 4, "99.97")
    cell(t, 6, 5, "19", c2=6)
    cell(t, 7, 0, "年度绩效目标1(80分)", r2=17)
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"]):
        cell(t, 7, 1 + j, h)
    rows = [
        ("产出指标", "数量指标", "“科普鄂州”微信公众号运维", "不少于800篇", "800篇", "8"),
        ("产出指标", "数量指标", "开展全国科普日专题科普活动", "10场", "9场", "7"),
        ("产出指标", "数量指标", "《科协之窗-身边的科普》栏目", "200期", "200期", "8"),
        ("产出指标", "质量指标", "科普知识网络竞赛", "提高普及率", "稳步提升", "6"),
        ("产出指标", "质量指标", "科普宣传栏内容更新", "知识更新率", "实时更新", "6"),
        ("产出指标", "成本指标", "预算控制数", "≤104万元", "103.97万元", "10"),
        ("效益指标", "社会效益指标", "公民科学文化素质", "提升10%", "提升10%", "6"),
        ("效益指标", "经济效益指标", "公民支持科技经济融合发展", "提升10%", "提升10%", "6"),
        ("效益指标", "生态效益指标", "生态文明理念和意识", "提升10%", "提升10%", "6"),
    ]
    for i, r in enumerate(rows):
        for j in range(2, 6):
            cell(t, 8 + i, 1 + j, r[j])
    cell(t, 8, 1, "产出指标", r2=13)
    cell(t, 8, 2, "数量指标", r2=10)
    cell(t, 11, 2, "质量指标", r2=12)
    cell(t, 13, 2, "成本指标")
    cell(t, 14, 1, "效益指标", r2=17)
    cell(t, 14, 2, "社会效益指标")
    cell(t, 15, 2, "经济效益指标")
    cell(t, 16, 2, "生态效益指标")
    cell(t, 17, 2, "可持续影响指")
    for j in (3, 4, 5, 6):
        cell(t, 17, j, "")
    save_document(doc, out / name)

    g = [
        ind("产出指标", "数量指标", "“科普鄂州”微信公众号运维", ">=", 800, "篇", "不少于800篇", 800, None, 8),
        ind("产出指标", "数量指标", "开展全国科普日专题科普活动", None, 10, "场", "10场", 9, None, 7),
        ind("产出指标", "数量指标", "《科协之窗-身边的科普》栏目", None, 200, "期", "200期", 200, None, 8),
        ind("产出指标", "质量指标", "科普知识网络竞赛", None, None, None, "提高普及率", None, None, 6),
        ind("产出指标", "质量指标", "科普宣传栏内容更新", None, None, None, "知识更新率", None, None, 6),
        ind("产出指标", "成本指标", "预算控制数", "<=", 104, "万元", "≤104万元", 103.97, None, 10),
        ind("效益指标", "社会效益指标", "公民科学文化素质", None, 10, "%", "提升10%", 10, None, 6),
        ind("效益指标", "经济效益指标", "公民支持科技经济融合发展", None, 10, "%", "提升10%", 10, None, 6),
        ind("效益指标", "生态效益指标", "生态文明理念和意识", None, 10, "%", "提升10%", 10, None, 6),
    ]
    return name, {
        "source_urls": ["http://obishi.cn/archive/993.html"],
        "province": "湖北",
        "doc_kind": "自评表",
        "patterns": [1, 2, 5, 6, 8],
        "indicators": g,
        "goals": [],
        "facts": [{"metric": "年度财政资金总额", "kind": "budget", "planned": 104, "actual": 103.97,
                   "stated_rate": 99.97, "unit": "万元"}],
        "findings": [
            finding("target.vague_wording", "科普知识网络竞赛", "target 提高普及率: a change verb, no number"),
            finding("target.missing_value", "科普宣传栏内容更新",
                    "the target cell holds a metric name (知识更新率), no value"),
            finding("coverage.missing_dimension", "满意度指标",
                    "the table stops in its 可持续影响 row: no satisfaction indicator in the file"),
        ],
        "notes": ("鄂州市科协 2022年度科普经费项目自评表 (湖北 template: 项目类别/属性/类型 checkboxes, 预算执行情况 20分, "
                  "年度绩效目标1 80分), a mirror copy of the 鄂州 page in traditional characters (written back in "
                  "simplified; the '?' of the page is the ticked box ☑). 103.97/104 = 99.97% (right); 得分 19 where "
                  "20×99.97% gives 19.99 (no rule for it). No 分值 column, only 得分: the 80分 heading cannot be "
                  "checked against row points. 开展全国科普日专题科普活动 9 of 10 场 scores 7; the form's reason row "
                  "(偏差大或目标未完成原因分析) is below the cut. 提升10% rows are read as value 10 % with no operator. "
                  "The page stops at the 二级 label '可持续影响指' (no 三级 row): no goals, no 总分.")}


def hi_haikou_archives(out: Path):
    """海南 海口市档案局 2016年度项目支出绩效评价报告 with its 项目绩效目标表 (cut in the 效率 row)."""
    name = "hi-haikou-archives-evalreport.docx"
    doc = new_document()
    title(doc, "海口市档案局2016年度项目支出绩效评价报告", 15)
    para(doc, "2017-10-10 15:24:00    来源:市档案局")
    title(doc, "财政支出项目绩效评价报告", 16)
    para(doc, "评价类型:实施过程评价 □     完成结果评价 □")
    para(doc, "项目名称:          档案征集编研")
    para(doc, "项目单位:          海口市档案局")
    para(doc, "主管部门:")
    para(doc, "评价时间: 2017913日至 2017915")
    para(doc, "组织方式:财政部门 □    主管部门 □    项目单位 □")
    para(doc, "评价机构:中介机构 □    专家组 □    项目单位评价组 □")
    para(doc, "评价单位:海口市档案局")
    para(doc, "上报时间:2017915")
    title(doc, "项目绩效目标表", 13)
    para(doc, "项目名称:档案征集编研")
    rows = [
        ("产出指标", "编印《海口市人民政府公报》及其合订本、光盘",
         "编印《海口市人民政府公报》每月3000本,一年12期,年底编印《海口市人民政府公报》合订本及光盘。"),
        ("产出指标", "举办庆祝中国共产党成立95 周年档案图片展", "向社会宣传中国共产党成立95周年来取得的成就"),
        ("产出指标", "开展民间档案资料的征集工作",
         "征集有关解放海南岛的资料,如:军功通知书、为海南岛解放牺牲的烈士证明书等等。"),
        ("产出指标", "编印《市领导政务活动画册》、《档案馆指南》", "编印《市领导政务活动画册》30本和《档案馆指南》1000"),
        ("成效指标", "向社会公开政府公开信息和记录市领导政务活动信息", "向社会公开政府公开信息及记录市领导政务活动信息"),
        ("效率指标", "项目资金到位率", "全"),
    ]
    t = table(doc, 1 + len(rows), 4)
    for j, h in enumerate(["指标类型", "指标名称", "绩效目标", "绩效标准"]):
        cell(t, 0, j, h)
    for i, (_, nm, tgt) in enumerate(rows):
        cell(t, 1 + i, 1, nm)
        cell(t, 1 + i, 2, tgt)
        cell(t, 1 + i, 3, "")
    cell(t, 1, 0, "产出指标", r2=4)
    cell(t, 5, 0, "成效指标")
    cell(t, 6, 0, "效率指标")
    save_document(doc, out / name)

    g = [
        ind("产出指标", None, rows[0][1], None, 3000, "本", rows[0][2]),
        ind("产出指标", None, rows[1][1], None, None, None, rows[1][2]),
        ind("产出指标", None, rows[2][1], None, None, None, rows[2][2]),
        ind("产出指标", None, rows[3][1], None, 30, "本", rows[3][2]),
        ind("效益指标", None, rows[4][1], None, None, None, rows[4][2]),
        ind(None, None, rows[5][1], None, None, None, rows[5][2]),
    ]
    return name, {
        "source_urls": ["http://daj.haikou.gov.cn/hksdag/zwgk/201710/83ffbc18d7f5444ca150d40b15bd6545.shtml"],
        "province": "海南",
        "doc_kind": "评价报告",
        "patterns": [1, 5, 6, 8],
        "indicators": g,
        "goals": [],
        "facts": [],
        "findings": [
            finding("target.missing_value", rows[1][1], "the target restates the purpose (宣传…成就): no value"),
            finding("target.missing_value", rows[2][1], "the target lists what is collected: no quantity"),
            finding("target.missing_value", rows[4][1], "the target repeats the indicator name: no value"),
            finding("target.missing_value", rows[5][1], "the row is cut after '全': no value"),
            finding("target.missing_unit", rows[3][1],
                    "《档案馆指南》1000 has no unit (the 30 of the 画册 has 本)"),
            finding("coverage.missing_dimension", "满意度指标",
                    "the target table stops in its 效率 row: no satisfaction indicator in the file"),
        ],
        "notes": ("海口市档案局 2016年度项目支出绩效评价报告 (档案征集编研): a cover page with □ option lists and dates "
                  "printed without 年/月 ('2017913日至 2017915', kept), then a 项目绩效目标表 with 指标类型 | 指标名称 | "
                  "绩效目标 | 绩效标准; every 绩效标准 cell is empty and the targets are sentences in 绩效目标. 成效指标 "
                  "read as 效益指标; 效率指标 (资金到位率) has no canonical level (null). First quantities read: 3000 本 "
                  "(公报 per month; 12期 also there) and 30 本 (画册). '95' in the exhibition name and target is an "
                  "anniversary, not a value. The page stops at '项目资金到位率 | 全': no goals, no scores, no grade. "
                  "Reading 1000 (档案馆指南) without unit as a missing unit is a judgement call.")}


def cq_zhongxian_kexie(out: Path):
    """重庆 忠县科学技术协会 2024年度部门整体绩效自评表 (cut in 全年目标实际完成情况)."""
    name = "cq-zhongxian-kexie-dept-selfeval.xlsx"
    wb, ws = new_workbook("整体绩效自评")
    s = Sheet(ws, [14, 16, 14, 16, 12, 12, 12, 12, 12, 12])
    s.put(1, 1, "2024年度部门整体绩效自评表", merge_to=(1, 10), bold=True)
    s.put(2, 1, "项目名称:")
    s.put(2, 2, "重庆市忠县科学技术协会整体监控", merge_to=(2, 4))
    s.put(2, 5, "项目编码:")
    s.put(2, 6, "50023300024P000060", merge_to=(2, 7))
    s.put(2, 8, "自评总分:")
    s.put(2, 9, 99.68, merge_to=(2, 10))
    s.row(3, ["项目主管部门:", "705-重庆市忠县科学技术协会", "财政归口处室:", "", "部门联系人:", "冉玲霞",
              "联系电话:", "85801577", "", ""])
    s.put(4, 1, "资金情况", merge_to=(4, 10))
    s.row(5, ["", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分", "", "", ""])
    s.row(6, ["年度总金额", 3724055.00, 4764453.11, 4614453.11, "", "", "", "", "", ""])
    s.row(7, ["其中:财政拨款", 3724055.00, 4764453.11, 4614453.11, 96.85, 10.00, 9.68, "", "", ""])
    s.row(8, ["一般公共预算", 3724055.00, 4764453.11, 4614453.11, 96.85, "", "", "", "", ""])
    for r in (6, 7, 8):
        for c in (2, 3, 4):
            ws.cell(row=r, column=c).number_format = "#,##0.00"
    s.put(9, 1, "绩效目标", merge_to=(9, 10))
    s.put(10, 1, "年初绩效目标", merge_to=(10, 3))
    s.put(10, 4, "全年(调整)绩效目标", merge_to=(10, 6))
    s.put(10, 7, "全年目标实际完成情况", merge_to=(10, 10))
    goal = ("保障科协全体人员正常办公和工作秩序,做好忠州科技馆场馆的日常管理、维护和运行;组织开展以科技文化卫生“三下乡”、"
            "全国科技工作者日、全国科普日为重点的科普宣传活动;组织或指导科技馆、农技协、农村科普示范基地开展科普宣传、"
            "科普讲座和科技培训,建好科技工作者之家;组织青少年科技活动,开展院士专家进校园、科技大赛和模型大赛;"
            "建设科技志愿服务队伍并开展科技志愿服务。")
    done = ("召开了县科协九届三次全会和九届常委会,保障了科协人员正常办公秩序。忠州科技馆管理、维护和运行正常,全年接待游客"
            "2.3万余人,接待场馆校科普研学活动30余场,开展科普教学活动6场,发放科普宣传资料8000余份。组队参加第八届全国"
            "科技馆辅导员大赛,获全国优胜奖1人次、重庆赛区选拔赛三等奖4人次,忠州科技馆获重庆赛区选拔赛优秀组织奖。科技"
            "工作者之家建设推进,县科技志愿服务总队新增农业技术类讲师28人、科普讲师3人。选树宣传")
    s.put(11, 1, goal, merge_to=(11, 6))
    s.put(11, 7, done, merge_to=(11, 10))
    ws.row_dimensions[11].height = 200
    save_workbook(wb, out / name)
    return name, {
        "source_urls": ["http://wap2hd.com/zwgk_156/fdzdgknr/czyjs/ysgk/bmys/xkx/202505/t20250523_14652919.html"],
        "province": "重庆",
        "doc_kind": "部门整体自评表",
        "patterns": [5, 7, 8, 10],
        "indicators": [],
        "goals": [{"kind": "年度目标", "text": goal}],
        "facts": [
            {"metric": "财政拨款", "kind": "budget", "planned": 4764453.11, "actual": 4614453.11,
             "stated_rate": 96.85, "unit": "元"},
            {"metric": "自评总分", "kind": "score_total", "total": 99.68, "parts": [9.68]},
        ],
        "findings": missing(ALL_DIMS, "a 部门整体绩效自评表 cut in 全年目标实际完成情况: no indicator in the file") + [
            finding("goal.process_only", "保障科协全体人员正常办公",
                    "the goal lists upkeep, organising and guiding work only: no output or effect named"),
            finding("consistency.score_total", "自评总分",
                    "自评总分 99.68 against the 9.68 执行率 points the file holds (no indicator rows)"),
        ],
        "notes": ("忠县科协 2024年度部门整体绩效自评表 (重庆 整体监控 template: 项目名称/编码/自评总分, 资金情况 with 年初/"
                  "调整/执行, 执行率 96.85 = 4614453.11/4764453.11 right, 得分 9.68). Amounts are in 元 (no unit "
                  "printed); the page writes them '3,724,055.00?' (the '?' dropped). The goal text spans the 年初 and "
                  "全年(调整) columns (merged here). The stored page stops inside 全年目标实际完成情况 ('选树宣传'): no "
                  "indicator table, so the form lacks every dimension as it stands. The score_total finding follows "
                  "the brief (a stated total its rows do not reach); a reader may see it as the same cut.")}


def hb_huanggang_archives(out: Path):
    """湖北 黄冈市档案馆 2020年度项目绩效自评报告 + 自评表 (cut in the indicator header)."""
    name = "hb-huanggang-archives-selfeval.docx"
    doc = new_document()
    title(doc, "黄冈市档案馆2020年度", 15)
    title(doc, "项目绩效自评报告", 15)
    t = table(doc, 8, 3)
    cell(t, 0, 0, "自评得分")
    cell(t, 0, 1, "100分", c2=2)
    cell(t, 1, 0, "绩效目标完成情况", r2=3)
    cell(t, 1, 1, "执行率情况")
    cell(t, 1, 2, "档案抢救与保护、档案工作考评、查询利用、档案资料征集、数字化、编研、陈列等专项经费预算10万元,"
                  "实际支出10万元,执行率100%。")
    cell(t, 2, 1, "完成的绩效目标")
    cell(t, 2, 2, "2020年10万元项目经费主要花在重点档案抢救、档案复制、档案资料征集、数字化、编研、库房日常管理、"
                  "装具更换以及设备购置和维护等方面。")
    cell(t, 3, 1, "未完成的绩效目标")
    cell(t, 3, 2, "(无)")
    cell(t, 4, 0, "存在的问题和原因", r2=5)
    cell(t, 4, 1, "上年度绩效评价结果应用情况")
    cell(t, 4, 2, "(无)")
    cell(t, 5, 1, "本年度绩效存在的问题和原因")
    cell(t, 5, 2, "(无)")
    cell(t, 6, 0, "下一步拟改进措施", r2=7)
    cell(t, 6, 1, "项目整改和绩效目标调整完善等")
    cell(t, 6, 2, "(无)")
    cell(t, 7, 1, "自评结果应用情况,包括拟与预算安排相结合等")
    cell(t, 7, 2, "(无)")
    para(doc, "")
    para(doc, "附件2:")
    title(doc, "黄冈市档案馆2020年度项目绩效自评表", 13)
    para(doc, "单位名称:黄冈市档案馆                       填报日期:2021年4月")
    t = table(doc, 8, 6)
    cell(t, 0, 0, "项目名称")
    cell(t, 0, 1, "档案抢救与保护、档案工作考评、查询利用、档案资料征集、数字化、编研、陈列等专项经费", c2=5)
    cell(t, 1, 0, "主管部门")
    cell(t, 1, 1, "", c2=2)
    cell(t, 1, 3, "项目实施单位")
    cell(t, 1, 4, "黄冈市档案馆", c2=5)
    cell(t, 2, 0, "项目类别")
    cell(t, 2, 1, "1、上级专项    2、本级专项", c2=5)
    cell(t, 3, 0, "项目属性")
    cell(t, 3, 1, "1、持续性项目    2、新增性项目", c2=5)
    cell(t, 4, 0, "项目类型")
    cell(t, 4, 1, "1、一次性拨付项目    2、多次拨付项目", c2=5)
    cell(t, 5, 0, "预算执行情况(万元)(20分)", r2=6)
    cell(t, 5, 1, "")
    cell(t, 5, 2, "预算数(A)")
    cell(t, 5, 3, "执行数(B)")
    cell(t, 5, 4, "执行率(B/A)")
    cell(t, 5, 5, "得分(20分*执行率)")
    cell(t, 6, 1, "年度财政资金总额")
    cell(t, 6, 2, "10万")
    cell(t, 6, 3, "10万")
    cell(t, 6, 4, "100%")
    cell(t, 6, 5, "20")
    cell(t, 7, 0, "年度绩效指标")
    cell(t, 7, 1, "一级指标")
    cell(t, 7, 2, "二级指标")
    cell(t, 7, 3, "三级指")
    cell(t, 7, 4, "", c2=5)
    save_document(doc, out / name)
    return name, {
        "source_urls": ["http://bubsandbeans.com/paper/218226069.html"],
        "province": "湖北",
        "doc_kind": "自评表",
        "patterns": [2, 5, 8, 10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "专项经费", "kind": "budget", "planned": 10, "actual": 10, "stated_rate": 100, "unit": "万元"},
            {"metric": "自评得分", "kind": "score_total", "total": 100, "parts": [20]},
        ],
        "findings": missing(ALL_DIMS, "the 自评表's indicator table ends in its header row ('三级指'): no indicator") + [
            finding("consistency.score_total", "自评得分",
                    "自评得分 100分 against the 20 预算执行 points the file holds"),
        ],
        "notes": ("黄冈市档案馆 2020 项目绩效自评报告 (a 湖北 two-part form: the 自评报告 grid, then 附件2 自评表), "
                  "aggregator copy in traditional characters (written back in simplified; the checkbox marks of 项目类别/"
                  "属性/类型 are absent in the text and left out). 10万/10万 = 100% (right). The '完成的绩效目标' cell "
                  "states what the 10万元 were spent on: a result, not a goal (no goal recorded). The stored page stops "
                  "in the header of the 年度绩效指标 table ('三级指'): a header-only table, every dimension missing. The "
                  "score_total finding follows the brief's rule for stated totals and may read as the same cut.")}


def hb_redcross_report(out: Path):
    """湖北 湖北省红十字会 2019年度绩效评价工作开展情况 (prose notice, cut in 二、(二))."""
    name = "hb-redcross-2019-selfreport.docx"
    doc = new_document()
    title(doc, "2019年度湖北省红十字会绩效评价工作开展情况", 15)
    para(doc, "2020-11-13    来源:原创")
    para(doc, "一、预算绩效管理工作开展情况")
    para(doc, "按照预算绩效管理的要求,本单位对2019年度的项目支出全部做了绩效自评,共涉及3个项目、资金2890.00万元"
              "(其中对下转移支付资金700万元),不可预见经费以外的项目支出全部纳入,占项目支出总额的100%。从自评结果看,"
              "各项目资金执行率较高,绩效指标完成较好,都达到了申报时设定的绩效目标,财政资金效益发挥较好。")
    para(doc, "附件1:《2019年度湖北省红十字会部门整体绩效自评表》.docx")
    para(doc, "二、部门决算中项目绩效自评结果")
    para(doc, "(一)红十字事业发展工作经费绩效自评综述:项目全年预算数1290.00万元,执行数为1206.01万元,"
              "资金执行率为93.49%。")
    para(doc, "主要产出和效益:红十字志愿服务、应急救护、志愿者骨干队伍建设、红十字人道救助服务和红十字“三献”服务"
              "等工作完成较好。")
    para(doc, "发现的问题及原因:一是绩效指标体系还不够完善,绩效目标与项目设置的协调度不高;二是个别指标的目标值设得不够精确。")
    para(doc, "下一步改进措施:继续完善项目年度指标体系,规范评价标准,实事求是、科学合理地反映绩效。")
    para(doc, "附件2:《2019年度“红十字事业发展工作经费”项目绩效自评表》.docx")
    para(doc, "(二)红十字人道主义救助经费绩效自评综述:项目年预算批复金额为900万元,实际执行资金总额977万元,"
              "资金执行率为100%,其中77万元为社会募集款专项资金。")
    para(doc, "主要产出和效益:救助困难家庭、完成人体器官捐献、挽救末期器官衰竭患者生命等工作均超额完成。")
    para(doc, "发现的问题及原因:个别指标的目标值设得不够精确。")
    para(doc, "下一步改进措施:进一步完善项目年度指标体系,规范评价标准,科")
    save_document(doc, out / name)
    return name, {
        "source_urls": ["https://hbsredcross.org.cn/col42/3039"],
        "province": "湖北",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "红十字事业发展工作经费", "kind": "budget", "planned": 1290, "actual": 1206.01,
             "stated_rate": 93.49, "unit": "万元"},
            {"metric": "红十字人道主义救助经费", "kind": "budget", "planned": 900, "actual": 977,
             "stated_rate": 100, "unit": "万元"},
        ],
        "findings": [
            finding("consistency.rate", "红十字人道主义救助经费",
                    "977/900 = 108.56%, stated 100% (the 77万元 of donations explain it, the rate as written does not)"),
        ],
        "notes": ("湖北省红十字会 notice on its 2019 self-evaluations: prose with two project summaries; the attached "
                  "自评表 are only named (附件1/附件2 .docx), no table in the page. 1206.01/1290 = 93.49% (right). The "
                  "人道主义救助经费 line states 977万元 executed against 900万元 approved and a 100% rate, then says 77万元 "
                  "were donations: a reviewer reading the figures flags the rate (judgement call: 900 of fiscal money at "
                  "100% is what is meant). 2890 = 3 projects, only two named before the cut (no sum fact). The page "
                  "stops in the last 改进措施 sentence ('科').")}


def hn_yuanjiang_redcross(out: Path):
    """湖南 沅江市红十字会 2020年度专项资金绩效评价报告 (prose, cut in 三、)."""
    name = "hn-yuanjiang-redcross-evalreport.docx"
    doc = new_document()
    title(doc, "沅江市红十字会2020年度专项资金绩效评价报告", 15)
    para(doc, "发布时间:2021-08-20 10:43    信息来源:红十字会")
    para(doc, "一、项目基本情况")
    para(doc, "(一)项目概况")
    para(doc, "沅江市红十字会于2016年作为群团组织单列,是参照公务员法管理的事业单位。主要项目为“三救三献”,即应急救援、"
              "应急救护、人道救助和献血、捐献造血干细胞、捐献人体器官组织,另有志愿服务活动。")
    para(doc, "(二)项目绩效目标")
    goal = ("2020年的绩效目标是:全年完成应急救护普及培训3000人、红十字救护员培训50人,发展志愿者50人,救助困难群众100人,"
            "采集造血干细胞血样20份,开展无偿献血、造血干细胞捐献、遗体和人体器官捐献、公共卫生知识普及等宣传活动3次以上;"
            "弘扬人道、博爱、奉献的红十字精神,推动红十字事业发展。")
    para(doc, goal)
    para(doc, "二、项目实施及管理情况")
    para(doc, "2020年财政下达红十字事业支出专项资金28万元。")
    para(doc, "项目组织机构健全,有主管领导、分管领导、财务管理人员和具体负责人。项目经费的开支和报销都按相关制度执行,"
              "坚持勤俭节约,资金使用规范、安全;预算和决算制度执行严格,年度计划和重大支出经班子集体讨论决定。专项资金"
              "全部用于“三救三献”、志愿服务和赈济救灾等项目。")
    para(doc, "专项资金管理坚持专款专用、量入为出,按规定用途使用,不截留、不挪用、不做不合理支出;财务审批、专项资金使用等"
              "制度已建立完善,资金使用接受财政、审计部门监督,项目实施中和完成后定期或不定期检查资金使用,确保管理规范、"
              "项目顺利实施。")
    para(doc, "三、项目绩效情况分析与评价")
    para(doc, "2020年所有专")
    save_document(doc, out / name)
    return name, {
        "source_urls": ["http://yuanjiang.gov.cn/21144/21155/content_1444299.html"],
        "province": "湖南",
        "doc_kind": "评价报告",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "年度目标", "text": goal}],
        "facts": [],
        "findings": [],
        "notes": ("沅江市红十字会 2020 专项资金绩效评价报告 (self-written evaluation report, prose). The year goal "
                  "is quantified (3000人, 50人, 50人, 100人, 20份, 3次以上) and ends with a spirit/development clause "
                  "kept in the same sentence (one goal). 28万元 is the only money figure. The page stops at the start of "
                  "三、('2020年所有专'): no results, no score, no grade.")}


BUILDERS = [cq_liangping_forestry, cq_kxc_media, hb_ezhou_kexie, hi_haikou_archives,
            cq_zhongxian_kexie, hb_huanggang_archives, hb_redcross_report, hn_yuanjiang_redcross]


def export_pdf(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, str(path)],
                       check=True, capture_output=True, timeout=180)
        produced = Path(tmp) / (path.stem + ".pdf")
        target = path.with_suffix(".pdf")
        shutil.copyfile(produced, target)
    return target


def write_gold(source: str, gold: dict) -> None:
    data = {"source": source}
    data.update(gold)
    (ANN / f"{source}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    ANN.mkdir(exist_ok=True)
    for build in BUILDERS:
        source, gold = build(HERE)
        write_gold(source, gold)
        if not args.no_pdf:
            pdf = export_pdf(HERE / source)
            write_gold(pdf.name, gold)
        print(source)
    return 0


if __name__ == "__main__":
    sys.exit(main())
