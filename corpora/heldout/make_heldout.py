"""Write the held-out documents and their gold annotations (corpora/heldout/ and corpora/heldout/annotations/).

Held-out means: written without looking at the extractor or at the development samples, in layouts and wordings
chosen to differ from them, so that ``bench/eval_extract.py`` and ``bench/eval_goals_facts.py`` run with
``--samples corpora/heldout --annotations corpora/heldout/annotations`` measure the extraction on unseen documents.

Every document is built from the data tables below, and its gold is written from the same data (what the script
put into the document), never from a program's output. The DOCX/XLSX files are byte-for-byte deterministic
(fixed core-property dates and zip timestamps); the PDFs are made with LibreOffice (``--no-pdf`` skips them).

    python corpora/heldout/make_heldout.py [--no-pdf]

Documents:
- hd-water-supply-form.xlsx (+ .pdf)   申报表, columns 三级指标 | 指标值（含单位） | 一级 | 二级 | 分值, 一级/二级 merged
- hd-library-core-targets.docx (+ .pdf) 101号-style core target table, 成本指标 as 一级, split 指标值/度量单位 columns
- hd-clinic-self-eval.docx (+ .pdf)     10号-style 自评表 as ONE big table (header, money block, goals, indicators, 总分)
- hd-road-maintenance-report.docx (+ .pdf) short 自评报告 prose: goals, planned/actual/rate facts, budget with 其中
- hd-heritage-targets.xlsx              目标表 with a separate 运算符 column in words, short category names, 填表说明 sheet
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
FIXED_TIME = dt.datetime(2025, 3, 1, 9, 0, 0)

CANONICAL = {
    # level 1 as written -> canonical
    "产出指标": "产出指标", "产出": "产出指标",
    "效益指标": "效益指标", "效益": "效益指标",
    "满意度指标": "满意度指标", "满意度": "满意度指标",
    "成本指标": "成本指标",
    # level 2 as written -> canonical
    "数量指标": "数量指标", "数量": "数量指标",
    "质量指标": "质量指标", "质量": "质量指标",
    "时效指标": "时效指标", "时效": "时效指标",
    "成本": "成本指标",
    "经济成本指标": "成本指标", "生态环境成本指标": "成本指标",
    "经济效益指标": "经济效益指标", "经济效益": "经济效益指标",
    "社会效益指标": "社会效益指标", "社会效益": "社会效益指标",
    "生态效益指标": "生态效益指标", "环境效益指标": "生态效益指标",
    "可持续影响指标": "可持续影响指标", "可持续影响": "可持续影响指标",
    "服务对象满意度指标": "服务对象满意度指标", "服务对象满意度": "服务对象满意度指标",
}


@dataclass(frozen=True)
class Row:
    """One indicator row: what the document shows and what it means (the gold)."""

    level1: str  # as written
    level2: str  # as written
    name: str
    written: str  # the target as written (one cell, or the split cells joined)
    operator: str | None
    value: float | None
    unit: str | None
    weight: float | None = None
    actual_written: str = ""
    actual: float | None = None
    score: float | None = None
    reason: str = ""
    split: tuple[str, str, str] | None = None  # (operator text, value text, unit text) for split-column layouts
    nature: str = "定量"
    note: str = ""

    def gold(self) -> dict:
        return {
            "level1": CANONICAL[self.level1], "level2": CANONICAL[self.level2], "name": self.name,
            "operator": self.operator, "value": self.value, "unit": self.unit, "target_text": self.written,
            "actual": self.actual, "weight": self.weight, "score": self.score,
        }


def target(metric, operator, value, unit, deadline=None) -> dict:
    return {"metric": metric, "operator": operator, "value": value, "unit": unit, "deadline": deadline}


def goal(kind, text, targets) -> dict:
    return {"kind": kind, "text": text, "quantified": bool(targets), "targets": targets}


def rate_fact(kind, metric, planned, actual, stated_rate, unit) -> dict:
    return {"kind": kind, "metric": metric, "planned": planned, "actual": actual, "stated_rate": stated_rate, "unit": unit}


def sum_fact(metric, total, parts, unit="万元") -> dict:
    return {"kind": "sum", "metric": metric, "total": total, "parts": parts, "unit": unit}


# ---------------------------------------------------------------------------------------------------------------
# A. 申报表 XLSX: 三级指标 first, value and unit in one cell, 一级/二级 merged, 88号 tree
# ---------------------------------------------------------------------------------------------------------------
WATER_ROWS = [
    Row("产出指标", "数量指标", "新建改造供水管网长度", "≥110公里", ">=", 110, "公里", 10),
    Row("产出指标", "数量指标", "新建加压泵站数量", "4座", "=", 4, "座", 5),
    Row("产出指标", "数量指标", "更新净水消毒设备数量", "不少于16台套", ">=", 16, "台套", 5),
    Row("产出指标", "数量指标", "入户水表安装数量", "≥ 2,400 户", ">=", 2400, "户", 10),
    Row("产出指标", "质量指标", "出厂水水质达标率", "≥９５％", ">=", 95, "%", 5),
    Row("产出指标", "质量指标", "管网工程验收合格率", "=100%", "=", 100, "%", 5),
    Row("产出指标", "质量指标", "管网漏损率", "≤12%", "<=", 12, "%", 5),
    Row("产出指标", "时效指标", "主体工程建设工期", "不超过240天", "<=", 240, "天", 5),
    Row("产出指标", "时效指标", "供水故障平均修复时长", "＜24小时", "<", 24, "小时", 5),
    Row("产出指标", "成本指标", "每公里管网改造成本", "≤38万元/公里", "<=", 38, "万元/公里", 5),
    Row("效益指标", "社会效益指标", "受益农村人口", "达到3.2万人", ">=", 3.2, "万人", 8),
    Row("效益指标", "社会效益指标", "农村自来水普及率", "98.5%以上", ">=", 98.5, "%", 7),
    Row("效益指标", "环境效益指标", "水源地保护区划定完成率", "100%", "=", 100, "%", 5),
    Row("效益指标", "可持续影响指标", "工程运行管护机制", "健全完善", None, None, None, 5),
    Row("效益指标", "可持续影响指标", "供水工程设计使用年限", "不低于二十年", ">=", 20, "年", 5),
    Row("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", ">=", 90, "%", 10),
]
WATER_GOALS = [
    goal("中期目标",
         "到2026年底，全县新建改造农村供水管网不少于320公里，农村自来水普及率达到99%，"
         "规模化供水工程覆盖农村人口比例不低于85%，水质达标率持续保持在95%以上。",
         [target("新建改造农村供水管网", ">=", 320, "公里", "2026年底"),
          target("农村自来水普及率", ">=", 99, "%", "2026年底"),
          target("规模化供水工程覆盖农村人口比例", ">=", 85, "%", "2026年底"),
          target("水质达标率", ">=", 95, "%", "2026年底")]),
    goal("年度目标",
         "2025年新建改造农村供水管网不少于110公里，新建加压泵站4座，更新净水消毒设备16台套，"
         "受益人口达到3.2万人，农村自来水普及率提高到98.5%。",
         [target("新建改造农村供水管网", ">=", 110, "公里"),
          target("新建加压泵站", "=", 4, "座"),
          target("更新净水消毒设备", "=", 16, "台套"),
          target("受益人口", ">=", 3.2, "万人"),
          target("农村自来水普及率", ">=", 98.5, "%")]),
]
WATER_FACTS = [
    sum_fact("中期资金总额", 3600, [3000, 600]),
    sum_fact("年度资金总额", 1250, [1000, 250]),
]


def make_water_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "申报表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, width in zip("ABCDEF", (26, 20, 14, 18, 10, 10)):
        ws.column_dimensions[col].width = width

    ws.merge_cells("A1:F1")
    ws["A1"] = "2025年度项目支出绩效目标申报表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:F2")
    ws["A2"] = "填报单位（盖章）：县水利局　　　　　　　　金额单位：万元"

    r = 3
    header = [
        ("项目名称", "农村供水保障提升工程", "主管部门及代码", "县水利局 312001"),
        ("实施单位", "县农村供水管理站", "项目属性", "延续项目"),
        ("项目期", "2024年1月—2026年12月", "", ""),
    ]
    for a, b, c, d in header:
        ws.cell(r, 1, a)
        ws.cell(r, 2, b)
        ws.cell(r, 3, c)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        ws.cell(r, 4, d)
        r += 1
    # money block: label merged over three rows
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    ws.cell(r, 1, "资金情况（万元）")
    money = [("中期资金总额", 3600, "年度资金总额", 1250),
             ("其中：财政拨款", 3000, "其中：财政拨款", 1000),
             ("其他资金", 600, "其他资金", 250)]
    for i, (a, b, c, d) in enumerate(money):
        ws.cell(r + i, 2, a)
        ws.cell(r + i, 3, b)
        ws.cell(r + i, 4, c)
        ws.merge_cells(start_row=r + i, start_column=5, end_row=r + i, end_column=6)
        ws.cell(r + i, 5, d)
    r += 3
    # goals
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.cell(r, 1, "总体目标")
    for i, (label, g) in enumerate((("实施期目标（2024—2026年）", WATER_GOALS[0]), ("年度目标（2025年）", WATER_GOALS[1]))):
        ws.cell(r + i, 2, label)
        ws.merge_cells(start_row=r + i, start_column=3, end_row=r + i, end_column=6)
        ws.cell(r + i, 3, g["text"])
        ws.row_dimensions[r + i].height = 60
    r += 2
    # indicator table
    for c, h in enumerate(("三级指标", "指标值（含单位）", "一级指标", "二级指标", "分值", "备注"), 1):
        ws.cell(r, c, h).font = Font(bold=True)
    r += 1
    first = r
    for row in WATER_ROWS:
        ws.cell(r, 1, row.name)
        _text_cell(ws, r, 2, row.written)
        ws.cell(r, 5, int(row.weight) if float(row.weight).is_integer() else row.weight)
        r += 1
    _merge_runs(ws, first, [row.level1 for row in WATER_ROWS], 3)
    _merge_runs(ws, first, [(row.level1, row.level2) for row in WATER_ROWS], 4, label=lambda k: k[1])
    ws.cell(r, 1, "合计")
    ws.cell(r, 5, 100)
    last = r
    for row_cells in ws.iter_rows(min_row=3, max_row=last, max_col=6):
        for cell in row_cells:
            cell.border = border
            cell.alignment = wrap
    _fit_landscape(ws)
    wb.properties.creator = "jixiao heldout"
    _save_xlsx(wb, path)


def _text_cell(ws, r, c, value):
    """A cell value; text starting with "=" stays text (as typed with a leading apostrophe), not a formula."""
    cell = ws.cell(r, c, value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _merge_runs(ws, first_row, keys, column, label=lambda k: k):
    """Write runs of equal keys down one column as vertically merged cells."""
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            if i - start > 1:
                ws.merge_cells(start_row=first_row + start, start_column=column, end_row=first_row + i - 1, end_column=column)
            ws.cell(first_row + start, column, label(keys[start]))
            start = i


def _fit_landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


# ---------------------------------------------------------------------------------------------------------------
# B. 101号-style core target table DOCX: 成本指标 as 一级, split 指标值 / 度量单位, 指标性质 column
# ---------------------------------------------------------------------------------------------------------------
def _split(op_text, value_text, unit_text):
    return (op_text, value_text, unit_text)


LIBRARY_ROWS = [
    Row("产出指标", "数量指标", "年接待读者人次", "≥85万人次", ">=", 85, "万人次", 10, split=("", "≥85", "万人次")),
    Row("产出指标", "数量指标", "新增馆藏纸质图书", "2.5万册", "=", 2.5, "万册", 8, split=("", "2.5", "万册")),
    Row("产出指标", "数量指标", "举办阅读推广活动场次", "不少于120场", ">=", 120, "场", 8, split=("", "不少于120", "场")),
    Row("产出指标", "数量指标", "流动服务点数量", "≥３０个", ">=", 30, "个", 5, split=("", "≥３０", "个")),
    Row("产出指标", "质量指标", "新购图书编目加工合格率", "≥98%", ">=", 98, "%", 5, split=("", "≥98", "%")),
    Row("产出指标", "质量指标", "每周开放时长", "不少于63小时", ">=", 63, "小时", 5, split=("", "不少于63", "小时")),
    Row("产出指标", "时效指标", "新书上架周期", "≤30天", "<=", 30, "天", 5, split=("", "≤30", "天")),
    Row("成本指标", "经济成本指标", "纸质图书平均采购单价", "≤45元/册", "<=", 45, "元/册", 5, split=("", "≤45", "元/册")),
    Row("成本指标", "经济成本指标", "单场活动平均成本", "不高于0.35万元", "<=", 0.35, "万元", 4, split=("", "不高于0.35", "万元")),
    Row("成本指标", "生态环境成本指标", "馆舍单位面积年能耗", "≤25千瓦时/平方米", "<=", 25, "千瓦时/平方米", 3,
        split=("", "≤25", "千瓦时/平方米")),
    Row("效益指标", "经济效益指标", "文创产品销售收入", "≥60万元", ">=", 60, "万元", 3, split=("", "≥60", "万元")),
    Row("效益指标", "社会效益指标", "数字资源访问量增长率", "≥10%", ">=", 10, "%", 8, split=("", "≥10", "%")),
    Row("效益指标", "社会效益指标", "未成年人阅读活动参与人次", "≥1.2万人次", ">=", 1.2, "万人次", 6, split=("", "≥1.2", "万人次")),
    Row("效益指标", "社会效益指标", "公共文化服务均等化水平", "明显提升", None, None, None, 5, split=("", "明显提升", "—"),
        nature="定性"),
    Row("效益指标", "生态效益指标", "电子借阅替代纸质打印比例", "达到40%", ">=", 40, "%", 3, split=("", "达到40", "%")),
    Row("满意度指标", "服务对象满意度指标", "读者满意度", "≥95%", ">=", 95, "%", 10, split=("", "≥95", "%")),
    Row("满意度指标", "服务对象满意度指标", "活动参与者满意度", "不低于90%", ">=", 90, "%", 7, split=("", "不低于90", "%")),
]
LIBRARY_EXPLAIN = {
    "年接待读者人次": "全年到馆及流动服务点接待读者人次之和",
    "新书上架周期": "新书到馆至上架可借阅的平均天数",
    "读者满意度": "问卷调查中表示满意和基本满意的读者占比",
}
LIBRARY_GOALS = [
    goal("中期目标", "建成覆盖城乡、便捷高效的公共图书馆服务网络，群众阅读条件明显改善，全民阅读氛围更加浓厚。", []),
    goal("年度目标",
         "全年接待读者不少于85万人次，新增馆藏纸质图书2.5万册，举办阅读推广活动不少于一百二十场，"
         "数字资源访问量同比增长10%以上，读者满意度达到95%。",
         [target("接待读者", ">=", 85, "万人次"),
          target("新增馆藏纸质图书", "=", 2.5, "万册"),
          target("举办阅读推广活动", ">=", 120, "场"),
          target("数字资源访问量同比增长", ">=", 10, "%"),
          target("读者满意度", ">=", 95, "%")]),
]
LIBRARY_FACTS = [sum_fact("年度资金总额", 586.4, [500, 86.4])]


def make_library_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    _landscape(doc, WD_ORIENT, Cm)
    title = doc.add_paragraph()
    run = title.add_run("2025年度公共图书馆免费开放项目核心绩效目标表")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("填报单位：市文化广电旅游局（盖章）")
    doc.add_heading("一、项目基本信息", level=1)
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    _put(t, 0, 0, "项目名称")
    _merge_put(t, 0, 1, 0, 5, "公共图书馆免费开放")
    _put(t, 1, 0, "主管部门")
    _merge_put(t, 1, 1, 1, 2, "市文化广电旅游局")
    _put(t, 1, 3, "实施单位")
    _merge_put(t, 1, 4, 1, 5, "市图书馆")
    for c, text in enumerate(("年度资金总额（万元）", "586.4", "其中：财政拨款", "500", "其他资金", "86.4")):
        _put(t, 2, c, text)
    doc.add_heading("二、总体目标", level=1)
    doc.add_paragraph("实施期目标：" + LIBRARY_GOALS[0]["text"])
    doc.add_paragraph("年度目标：" + LIBRARY_GOALS[1]["text"])
    doc.add_heading("三、核心绩效指标", level=1)
    headers = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（%）", "指标解释")
    t = doc.add_table(rows=1 + len(LIBRARY_ROWS), cols=len(headers))
    t.style = "Table Grid"
    for c, h in enumerate(headers):
        _put(t, 0, c, h)
    for i, row in enumerate(LIBRARY_ROWS, 1):
        _, value_text, unit_text = row.split
        for c, text in enumerate((None, None, row.name, row.nature, value_text, unit_text, _num(row.weight),
                                  LIBRARY_EXPLAIN.get(row.name, ""))):
            if text is not None:
                _put(t, i, c, text)
    _docx_merge_runs(t, 1, [row.level1 for row in LIBRARY_ROWS], 0)
    _docx_merge_runs(t, 1, [(row.level1, row.level2) for row in LIBRARY_ROWS], 1, label=lambda k: k[1])
    doc.add_paragraph("注：权重合计100%；定性指标按“好、较好、一般、较差”四档评价。")
    _save_docx(doc, path)


def _landscape(doc, WD_ORIENT, Cm):
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))


def _num(x) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _put(table, r, c, text):
    table.cell(r, c).text = text


def _merge_put(table, r1, c1, r2, c2, text):
    cell = table.cell(r1, c1).merge(table.cell(r2, c2))
    cell.text = text
    return cell


def _docx_merge_runs(table, first_row, keys, column, label=lambda k: k):
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            _merge_put(table, first_row + start, column, first_row + i - 1, column, label(keys[start]))
            start = i


# ---------------------------------------------------------------------------------------------------------------
# C. 自评表 DOCX: the whole 10号 form as ONE table (header, money block, goals, indicators, 总分)
# ---------------------------------------------------------------------------------------------------------------
CLINIC_ROWS = [
    Row("产出指标", "数量", "配置数字化X光机", "≥12台", ">=", 12, "台", 7, "12台", 12, 7),
    Row("产出指标", "数量", "配置全自动生化分析仪", "≥１５台套", ">=", 15, "台套", 6, "１５台套", 15, 6),
    Row("产出指标", "数量", "开展设备操作培训", "≥300人次", ">=", 300, "人次", 5, "286人次", 286, 4.77,
        "部分村医因季节性农忙未能参训，下年度将分批补训。"),
    Row("产出指标", "数量", "覆盖乡镇卫生院数量", "=18个", "=", 18, "个", 5, "18个", 18, 5),
    Row("产出指标", "质量", "设备验收合格率", "100%", "=", 100, "%", 6, "100%", 100, 6),
    Row("产出指标", "质量", "设备完好率", "≥95%", ">=", 95, "%", 5, "97.5%", 97.5, 5),
    Row("产出指标", "质量", "操作人员培训考核合格率", "不低于90%", ">=", 90, "%", 4, "92%", 92, 4),
    Row("产出指标", "时效", "设备采购到货时限", "≤90天", "<=", 90, "天", 5, "85天", 85, 5),
    Row("产出指标", "时效", "设备安装调试完成时限", "≤15天", "<=", 15, "天", 4, "18天", 18, 3.33,
        "个别偏远卫生院电力改造滞后，已协调供电部门先行改造。"),
    Row("产出指标", "成本", "设备采购成本节约率", "≥5%", ">=", 5, "%", 4, "6.8%", 6.8, 4),
    Row("产出指标", "成本", "单台X光机采购均价", "≤28万元", "<=", 28, "万元", 4, "27.6万元", 27.6, 4),
    Row("效益指标", "社会效益", "基层首诊检查人次", "≥25000人次", ">=", 25000, "人次", 8, "27,310人次", 27310, 8),
    Row("效益指标", "社会效益", "县域内就诊率", "≥90%", ">=", 90, "%", 5, "91.2%", 91.2, 5),
    Row("效益指标", "社会效益", "群众就医负担", "有所减轻", None, None, None, 4, "有所减轻", None, 3.5,
        "缺少量化测算数据，下年度引入次均费用指标。"),
    Row("效益指标", "可持续影响", "设备使用年限", "≥8年", ">=", 8, "年", 4, "8年", 8, 4),
    Row("效益指标", "可持续影响", "设备维保机制建立情况", "建立", None, None, None, 3, "已建立", None, 3),
    Row("满意度指标", "服务对象满意度", "就诊群众满意度", "≥90%", ">=", 90, "%", 8, "93.6%", 93.6, 8),
    Row("满意度指标", "服务对象满意度", "医务人员满意度", "≥85%", ">=", 85, "%", 3, "88%", 88, 3),
]
# money block rows: label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 (as written, value), 得分
CLINIC_MONEY = [
    ("年度资金总额", 380, 400, 384, "10", ("96%", 96.0), "9.6"),
    ("其中：当年财政拨款", 300, 320, 310.4, "—", ("97%", 97.0), "—"),
    ("上年结转资金", 50, 50, 45, "—", ("90%", 90.0), "—"),
    ("其他资金", 30, 30, 28.6, "—", ("95.3%", 95.3), "—"),
]
CLINIC_TOTAL_SCORE = 98.2
CLINIC_GOALS = [
    goal("年度目标",
         "为全县乡镇卫生院配置数字化X光机12台、全自动生化分析仪15台套，开展设备操作培训不少于300人次，"
         "基层首诊检查达到2.5万人次以上，就诊群众满意度不低于90%。",
         [target("配置数字化X光机", "=", 12, "台"),
          target("全自动生化分析仪", "=", 15, "台套"),
          target("开展设备操作培训", ">=", 300, "人次"),
          target("基层首诊检查", ">=", 2.5, "万人次"),
          target("就诊群众满意度", ">=", 90, "%")]),
]
CLINIC_ACHIEVED = ("已为全县乡镇卫生院配置数字化X光机12台、全自动生化分析仪15台套，完成设备操作培训286人次，"
                   "基层首诊检查27310人次，就诊群众满意度93.6%。")
CLINIC_FACTS = (
    [rate_fact("budget", label.replace("其中：", ""), full, spent, rate[1], "万元")
     for label, _initial, full, spent, _points, rate, _score in CLINIC_MONEY]
    + [sum_fact("年初预算数", 380, [300, 50, 30]),
       sum_fact("全年预算数", 400, [320, 50, 30]),
       sum_fact("全年执行数", 384, [310.4, 45, 28.6])]
)


def make_clinic_docx(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    _landscape(doc, WD_ORIENT, Cm)
    p = doc.add_paragraph()
    run = p.add_run("项目支出绩效自评表")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("（2024年度）")
    n_rows = 2 + 5 + 2 + 1 + len(CLINIC_ROWS) + 1
    t = doc.add_table(rows=n_rows, cols=10)
    t.style = "Table Grid"
    _put(t, 0, 0, "项目名称")
    _merge_put(t, 0, 1, 0, 9, "基层医疗卫生机构设备配置")
    _put(t, 1, 0, "主管部门")
    _merge_put(t, 1, 1, 1, 4, "县卫生健康局")
    _put(t, 1, 5, "实施单位")
    _merge_put(t, 1, 6, 1, 9, "县卫生健康服务中心")
    r = 2
    _merge_put(t, r, 0, r + 4, 0, "项目资金（万元）")
    _merge_put(t, r, 1, r, 3, "")
    for c, h in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), 4):
        _put(t, r, c, h)
    for i, (label, initial, full, spent, points, rate, score) in enumerate(CLINIC_MONEY, 1):
        _merge_put(t, r + i, 1, r + i, 3, label)
        for c, text in enumerate((_num(initial), _num(full), _num(spent), points, rate[0], score), 4):
            _put(t, r + i, c, text)
    r += 5
    _merge_put(t, r, 0, r + 1, 0, "年度总体目标")
    _merge_put(t, r, 1, r, 5, "预期目标")
    _merge_put(t, r, 6, r, 9, "实际完成情况")
    _merge_put(t, r + 1, 1, r + 1, 5, CLINIC_GOALS[0]["text"])
    _merge_put(t, r + 1, 6, r + 1, 9, CLINIC_ACHIEVED)
    r += 2
    _merge_put(t, r, 0, r + len(CLINIC_ROWS), 0, "绩效指标")
    for c, h in enumerate(("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"), 1):
        _put(t, r, c, h)
    _merge_put(t, r, 8, r, 9, "偏差原因分析及改进措施")
    for i, row in enumerate(CLINIC_ROWS, 1):
        for c, text in enumerate((row.name, row.written, row.actual_written, _num(row.weight), _num(row.score)), 3):
            _put(t, r + i, c, text)
        _merge_put(t, r + i, 8, r + i, 9, row.reason)
    _docx_merge_runs(t, r + 1, [row.level1 for row in CLINIC_ROWS], 1)
    _docx_merge_runs(t, r + 1, [(row.level1, row.level2) for row in CLINIC_ROWS], 2, label=lambda k: k[1])
    r += 1 + len(CLINIC_ROWS)
    _merge_put(t, r, 0, r, 5, "总分")
    _put(t, r, 6, "100")
    _put(t, r, 7, _num(CLINIC_TOTAL_SCORE))
    _merge_put(t, r, 8, r, 9, "")
    doc.add_paragraph("填表人：王　敏　　联系电话：0000-1234567　　填报日期：2025年2月20日")
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# D. 自评报告 DOCX: prose goals and planned/actual/rate facts
# ---------------------------------------------------------------------------------------------------------------
ROAD_GOALS = [
    goal("年度目标",
         "完成农村公路路面修复不少于45公里，改造危桥6座，开展养护技术培训800人次以上，道路优良路率达到85%以上，"
         "群众出行满意度不低于90%。",
         [target("农村公路路面修复", ">=", 45, "公里"),
          target("改造危桥", "=", 6, "座"),
          target("养护技术培训", ">=", 800, "人次"),
          target("道路优良路率", ">=", 85, "%"),
          target("群众出行满意度", ">=", 90, "%")]),
    goal("中期目标",
         "到2026年底，全县农村公路优良中等路率达到92%，列养率保持100%。",
         [target("农村公路优良中等路率", ">=", 92, "%", "2026年底"),
          target("列养率", "=", 100, "%", "2026年底")]),
]
ROAD_FACTS = [
    sum_fact("项目年度资金总额", 860.5, [600, 220.5, 40]),
    rate_fact("budget", "项目预算资金", 860.5, 812.3, 94.4, "万元"),
    rate_fact("completion", "农村公路路面修复", 45, 47.2, 104.9, "公里"),
    rate_fact("completion", "危桥改造", 6, 6, 100, "座"),
    rate_fact("completion", "养护技术培训", 800, 812, 101.5, "人次"),
    rate_fact("completion", "小型养护机械采购", 30, 28, None, "台套"),
    rate_fact("completion", "道路安全警示标志", 240, 216, 90, "块"),
    rate_fact("budget", "路面修复工程", 520, 507.8, 97.7, "万元"),
    rate_fact("budget", "危桥改造工程", 280.5, 259.5, 92.5, "万元"),
    rate_fact("budget", "培训及设备购置", 60, 45, 75, "万元"),
]
ROAD_TEXT = [
    ("h1", "一、基本情况"),
    ("h2", "（一）项目概况"),
    ("p", "城乡道路养护提升项目由县交通运输局组织实施，县公路事业发展中心具体承担，项目期为2024年1月至2024年12月，"
          "主要内容包括农村公路路面修复、危桥改造、养护技术培训和养护机械购置。"),
    ("h2", "（二）资金情况"),
    ("p", "项目年度资金总额860.5万元，其中县级财政拨款600万元，上级补助资金220.5万元，其他资金40万元。"),
    ("p", "截至2024年12月31日，项目预算资金860.5万元，实际支出812.3万元，预算执行率94.4%。"),
    ("h2", "（三）绩效目标"),
    ("p", "年度目标：" + ROAD_GOALS[0]["text"]),
    ("p", "中期目标：" + ROAD_GOALS[1]["text"]),
    ("h1", "二、绩效目标实现情况"),
    ("h2", "（一）产出完成情况"),
    ("p", "数量方面，计划修复农村公路路面45公里，实际完成47.2公里，完成率104.9%；计划改造危桥6座，实际完成6座，完成率100%。"),
    ("p", "计划开展养护技术培训800人次，实际培训812人次，完成率为101.5%。"),
    ("p", "计划采购小型养护机械三十台套，实际到货二十八台套，其余两台套因供货商产能不足延至次年一季度交付。"),
    ("p", "计划设置道路安全警示标志２４０块，实际设置２１６块，完成率９０％。"),
    ("h2", "（二）效益实现情况"),
    ("p", "经第三方抽样检测，全县农村公路优良路率由上年的78%提高到86.5%，群众出行条件明显改善。"
          "项目组发放满意度问卷500份，综合满意度为92.3%。"),
    ("h1", "三、资金使用情况"),
    ("p", "分项看，路面修复工程预算520万元，实际支出507.8万元，执行率97.7%；危桥改造工程预算280.5万元，实际支出259.5万元，"
          "执行率92.5%；培训及设备购置预算60万元，实际支出45万元，执行率75%。"),
    ("h1", "四、存在问题及改进措施"),
    ("p", "一是部分养护机械交付延迟，影响了冬季养护作业；二是培训内容偏重理论，实操课时不足。"
          "下一步将完善采购合同履约条款，并增加现场实操培训。"),
]


def make_road_docx(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    header = doc.sections[0].header.paragraphs[0]
    header.text = "2024年度城乡道路养护提升项目绩效自评报告"
    p = doc.add_paragraph()
    run = p.add_run("2024年度城乡道路养护提升项目绩效自评报告")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("县交通运输局　2025年2月")
    for kind, text in ROAD_TEXT:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    _save_docx(doc, path)


# ---------------------------------------------------------------------------------------------------------------
# E. 目标表 XLSX: separate 运算符 column in words, short category names, Chinese and full-width values
# ---------------------------------------------------------------------------------------------------------------
HERITAGE_ROWS = [
    Row("产出", "数量", "非遗传承人带徒授艺人数", "不少于二十人", ">=", 20, "人", 8, split=("不少于", "二十", "人")),
    Row("产出", "数量", "非遗进校园活动场次", "≥１２０场", ">=", 120, "场", 8, split=("≥", "１２０", "场")),
    Row("产出", "数量", "非遗项目数字化采集", "不少于15项", ">=", 15, "项", 6, split=("不少于", "15", "项")),
    Row("产出", "数量", "传统工艺工作站建设", "等于3个", "=", 3, "个", 6, split=("等于", "3", "个")),
    Row("产出", "质量", "数字化采集资料合格率", "不低于95%", ">=", 95, "%", 6, split=("不低于", "95", "%")),
    Row("产出", "质量", "传承人年度考核合格率", "达到100%", ">=", 100, "%", 5, split=("达到", "100", "%")),
    Row("产出", "时效", "补助资金拨付时限", "不超过30天", "<=", 30, "天", 5, split=("不超过", "30", "天")),
    Row("产出", "成本", "单个工作站建设补助", "不高于50万元", "<=", 50, "万元", 5, split=("不高于", "50", "万元")),
    Row("产出", "成本", "传承人人均年补助标准", "=2万元/人", "=", 2, "万元/人", 4, split=("=", "2", "万元/人")),
    Row("效益", "社会效益", "非遗展演观众人次", "大于80,000人次", ">", 80000, "人次", 8, split=("大于", "80,000", "人次")),
    Row("效益", "经济效益", "非遗产品带动销售收入", "≥300万元", ">=", 300, "万元", 6, split=("≥", "300", "万元")),
    Row("效益", "社会效益", "青少年非遗体验覆盖率", "≥60%", ">=", 60, "%", 6, split=("≥", "60", "%")),
    Row("效益", "可持续影响", "非遗项目存续状态", "良好", None, None, None, 5, split=("—", "良好", "—"), nature="定性"),
    Row("效益", "可持续影响", "新增省级以上代表性传承人", "不少于2名", ">=", 2, "名", 5, split=("不少于", "2", "名")),
    Row("满意度", "服务对象满意度", "传承人满意度", "≥90%", ">=", 90, "%", 9, split=("≥", "90", "%")),
    Row("满意度", "服务对象满意度", "参与学生及家长满意度", "不低于８５%", ">=", 85, "%", 8, split=("不低于", "８５", "%")),
]
HERITAGE_GOALS = [
    goal("年度目标", "组织非遗传承人开展带徒授艺，带徒人数不少于20人，新增省级以上代表性传承人2名以上。",
         [target("带徒人数", ">=", 20, "人"), target("新增省级以上代表性传承人", ">=", 2, "名")]),
    goal("年度目标", "开展非遗进校园活动120场以上，青少年非遗体验覆盖率达到60%。",
         [target("非遗进校园活动", ">=", 120, "场"), target("青少年非遗体验覆盖率", ">=", 60, "%")]),
    goal("年度目标", "建设传统工艺工作站3个，带动非遗产品销售收入300万元以上。",
         [target("传统工艺工作站", "=", 3, "个"), target("非遗产品销售收入", ">=", 300, "万元")]),
]
HERITAGE_FACTS = [sum_fact("资金总额", 420, [150, 270])]


def make_heritage_xlsx(path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "目标表"
    for col, width in zip("ABCDEFGHI", (8, 10, 12, 28, 10, 10, 10, 8, 16)):
        ws.column_dimensions[col].width = width
    ws.merge_cells("A1:I1")
    ws["A1"] = "2024年度非物质文化遗产保护传承项目绩效目标表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"], ws["C2"] = "项目名称", "非物质文化遗产保护传承"
    ws.merge_cells("A2:B2")
    ws.merge_cells("C2:E2")
    ws["F2"], ws["G2"] = "主管部门", "市文化广电旅游局"
    ws.merge_cells("G2:I2")
    ws["A3"] = "资金总额（万元）"
    ws.merge_cells("A3:B3")
    ws["C3"], ws["D3"], ws["E3"], ws["F3"], ws["G3"] = 420, "其中：中央补助", 150, "市级财政", 270
    ws.merge_cells(start_row=4, start_column=1, end_row=6, end_column=1)
    ws["A4"] = "年度绩效目标"
    for i, g in enumerate(HERITAGE_GOALS):
        ws.cell(4 + i, 2, f"目标{i + 1}")
        ws.merge_cells(start_row=4 + i, start_column=3, end_row=4 + i, end_column=9)
        ws.cell(4 + i, 3, g["text"]).alignment = Alignment(wrap_text=True)
    r = 8
    for c, h in enumerate(("序号", "指标类别", "指标子类", "指标内容", "运算符", "目标值", "计量单位", "分值", "备注"), 1):
        ws.cell(r, c, h).font = Font(bold=True)
    for i, row in enumerate(HERITAGE_ROWS, 1):
        op_text, value_text, unit_text = row.split
        value_cell = int(value_text) if re.fullmatch(r"\d+", value_text) else value_text
        for c, v in enumerate((i, row.level1, row.level2, row.name, op_text, value_cell, unit_text, row.weight), 1):
            _text_cell(ws, r + i, c, v)
    ws.cell(r + len(HERITAGE_ROWS) + 1, 4, "合计")
    ws.cell(r + len(HERITAGE_ROWS) + 1, 8, 100)
    notes = wb.create_sheet("填表说明")
    for i, line in enumerate((
        "填表说明：",
        "1. 三级指标原则上每个二级指标下不少于1个，数量指标不少于3个；",
        "2. 分值合计为100分，满意度指标分值一般不低于10分；",
        "3. 运算符填写“不少于、不低于、不超过、不高于、等于、大于”或相应符号。",
    ), 1):
        notes.cell(i, 1, line)
    _save_xlsx(wb, path)


# ---------------------------------------------------------------------------------------------------------------
# writing, determinism, PDFs, gold
# ---------------------------------------------------------------------------------------------------------------
def _save_docx(doc, path: Path) -> None:
    doc.core_properties.author = "jixiao heldout"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.last_modified_by = "jixiao heldout"
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _save_xlsx(wb, path: Path) -> None:
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Same entries with fixed timestamps (and fixed dates in docProps/core.xml), so reruns give equal bytes."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(), body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found; run with --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=180)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


@dataclass(frozen=True)
class HeldOut:
    file: str
    make: object
    rows: list
    goals: list
    facts: list
    pdf: bool


DOCUMENTS = [
    HeldOut("hd-water-supply-form.xlsx", make_water_xlsx, WATER_ROWS, WATER_GOALS, WATER_FACTS, True),
    HeldOut("hd-library-core-targets.docx", make_library_docx, LIBRARY_ROWS, LIBRARY_GOALS, LIBRARY_FACTS, True),
    HeldOut("hd-clinic-self-eval.docx", make_clinic_docx, CLINIC_ROWS, CLINIC_GOALS, CLINIC_FACTS, True),
    HeldOut("hd-road-maintenance-report.docx", make_road_docx, [], ROAD_GOALS, ROAD_FACTS, True),
    HeldOut("hd-heritage-targets.xlsx", make_heritage_xlsx, HERITAGE_ROWS, HERITAGE_GOALS, HERITAGE_FACTS, False),
]


def gold_for(doc: HeldOut, source: str) -> dict:
    gold = {"source": source, "goals": doc.goals, "facts": doc.facts}
    if doc.rows:
        gold["indicators"] = [row.gold() for row in doc.rows]
    else:
        gold["indicators"] = []  # a prose report: no indicator table, so any predicted indicator is a false positive
    return gold


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for doc in DOCUMENTS:
        path = HERE / doc.file
        doc.make(path)
        write_gold(gold_for(doc, doc.file))
        made = [doc.file]
        if doc.pdf and not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(doc, pdf.name))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(doc.rows)} indicators, {len(doc.goals)} goals, {len(doc.facts)} facts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
