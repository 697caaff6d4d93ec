#!/usr/bin/env python3
"""Build the blind27 real-layout documents and their hand-written gold.

Written from scratch by the blind27 annotator (no other generator read). Every
document reproduces one stored public page (see SOURCES.md); facts as written,
longer sentences in our own words with the same numbers. One DOCS table drives
both the files and the gold JSON.

    python make_blind27_layouts.py            # XLSX/DOCX + PDF (LibreOffice) + gold
    python make_blind27_layouts.py --no-pdf   # skip the LibreOffice export

XLSX/DOCX bytes are deterministic: fixed core-property times, fixed zip entry
times, fixed entry order.
"""
import argparse
import copy
import datetime as dt
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
FIXED_W3C = "2024-01-01T00:00:00Z"


# ----------------------------------------------------------------- helpers
def I(l1, l2, name, op, val, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val,
            "unit": unit, "target_text": tt, "actual": actual, "weight": weight,
            "score": score}


def G(kind, text):
    return {"kind": kind, "text": text}


def F(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


def budget(metric, planned, actual, rate, unit):
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual,
            "stated_rate": rate, "unit": unit}


def total(metric, kind, tot, parts, unit=None):
    d = {"metric": metric, "kind": kind, "total": tot, "parts": parts}
    if unit:
        d["unit"] = unit
    return d


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps (deterministic bytes)."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z",
                              FIXED_W3C.encode(), data)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    path.write_bytes(buf.getvalue())


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build_xlsx(path, spec):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    for r, row in enumerate(spec["rows"], start=1):
        for c, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=(None if val == "" else val))
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if r >= spec.get("box_from", 1):
                cell.border = BOX
    for rng in spec.get("merges", []):
        ws.merge_cells(rng)
    for i, w in enumerate(spec["widths"], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for r in spec.get("bold_rows", []):
        for c in range(1, len(spec["widths"]) + 1):
            ws.cell(row=r, column=c).font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    p = wb.properties
    p.creator = "blind27"
    p.created = FIXED
    p.modified = FIXED
    p.lastModifiedBy = "blind27"
    wb.save(path)
    normalize_zip(path)


def build_docx(path, blocks, landscape=False):
    d = docx.Document()
    if landscape:
        from docx.enum.section import WD_ORIENT
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = d.styles["Normal"]
    st.font.size = Pt(10)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            para = d.add_paragraph()
            run = para.add_run(b[1])
            run.bold = True
            run.font.size = Pt(13)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "t":
            rows, merges = b[1], b[2]
            widths = b[3] if len(b) > 3 else None
            ncols = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncols)
            t.style = "Table Grid"
            if widths:
                t.autofit = False
                for c, w in enumerate(widths):
                    t.columns[c].width = Cm(w)
                    for r in range(len(rows)):
                        t.cell(r, c).width = Cm(w)
            covered = set()
            for (r1, c1, r2, c2) in merges:
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        if (r, c) != (r1, c1):
                            covered.add((r, c))
            for r, row in enumerate(rows):
                for c in range(ncols):
                    val = row[c] if c < len(row) else ""
                    if (r, c) in covered or not val:
                        continue
                    cell = t.cell(r, c)
                    lines = str(val).split("\n")
                    cell.paragraphs[0].text = lines[0]
                    for ln in lines[1:]:
                        cell.add_paragraph(ln)
            for (r1, c1, r2, c2) in merges:
                t.cell(r1, c1).merge(t.cell(r2, c2))
    cp = d.core_properties
    cp.author = "blind27"
    cp.last_modified_by = "blind27"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    d.save(path)
    normalize_zip(path)


# ------------------------------------------------------------------ DOCS
DOCS = []

# 1 ---------------------------------------------------------------------
# 扎赉特旗人民检察院 项目绩效目标表 (表11), published 2025-02-06
ZLT_GOAL1 = ("满足本院日常办公和办案对装备的需要，让部门职能充分发挥，把办公效率再往上提，"
             "使全院干警在保障到位的环境中工作。")
ZLT_GOAL2 = ("满足本院日常办公和办案对业务经费的需要，让部门职能充分发挥，把办公效率再往上提，"
             "使全院干警在保障到位的环境中工作。")
_hdr = ["项目名称", "项目单位", "项目类别", "预算数", "年度绩效目标", "一级指标", "二级指标",
        "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值"]
_p1 = "业务装备经费"
_u = "776001-扎赉特旗人民检察院"
_k = "32-专项资金项目"
ZLT_ROWS = [
    ["表11"] + [""] * 12,
    ["项目绩效目标表"] + [""] * 12,
    [""] * 12 + ["单位:元"],
    _hdr,
    [_p1, _u, _k, "1,030,700.00", ZLT_GOAL1, "满意度指标(10分)", "服务对象满意度", "使用人员满意度", "正向", "大于等于", 98, "%", 10],
    ["", "", "", "", "", "效益指标(30分)", "可持续影响", "推动人民检察院业务装备建设的标准化规范化配置", "定性", "", "长期", "", 15],
    ["", "", "", "", "", "", "社会效益", "提升工作效率定性", "定性", "", "有效提升", "", 15],
    ["", "", "", "", "", "产出指标(50分)", "成本指标", "车辆购置成本", "反向", "小于等于", 12, "万元", 5],
    ["", "", "", "", "", "", "质量指标", "政府采购率", "正向", "大于等于", 30, "%", 7.5],
    ["", "", "", "", "", "", "成本指标", "办公设备购置成本", "反向", "小于等于", 90, "万元", 5],
    ["", "", "", "", "", "", "数量指标", "车辆采购数量", "反向", "小于等于", 1, "", 7.5],
    ["", "", "", "", "", "", "质量指标", "设备验收合格率", "正向", "等于", 100, "%", 7.5],
    ["", "", "", "", "", "", "时效指标", "采购计划完成时间", "定性", "", "11月底之前", "", 5],
    ["", "", "", "", "", "", "", "设备验收及时率", "正向", "大于等于", 98, "%", 5],
    ["", "", "", "", "", "", "数量指标", "办公设备采购数量", "正向", "大于等于", 10, "", 7.5],
    ["办案(业务)经费", _u, _k, "3,239,300.00", ZLT_GOAL2, "产出指标(50分)", "时效指标", "法定审限内结案率", "正向", "大于等于", 95, "%", 5],
    ["", "", "", "", "", "", "质量指标", "年度结案率", "正向", "大于等于", 90, "%", 7],
    ["", "", "", "", "", "", "数量指标", "办结案件数量", "正向", "大于等于", 70, "", 8],
    ["", "", "", "", "", "", "时效指标", "案件办理及时率", "正向", "大于等于", 90, "%", 5],
    ["", "", "", "", "", "", "质量指标", "一审案件改", "", "", "", "", ""],
]
ZLT_MERGES = ["A2:M2", "A5:A15", "B5:B15", "C5:C15", "D5:D15", "E5:E15", "F6:F7",
              "F8:F15", "G13:G14", "A16:A20", "B16:B20", "C16:C20", "D16:D20",
              "E16:E20", "F16:F20"]
DOCS.append({
    "file": "nm-zhalaite-procuratorate-targets.xlsx",
    "xlsx": {"sheet": "表11", "rows": ZLT_ROWS, "merges": ZLT_MERGES, "box_from": 4,
             "widths": [12, 16, 12, 13, 30, 12, 12, 26, 8, 9, 10, 8, 6], "bold_rows": [2, 4]},
    "source_urls": ["http://www.nmzhalaite.jcy.gov.cn/cwgk/202502/t20250206_6819057.shtml"],
    "province": "内蒙古",
    "doc_kind": "申报表",
    "patterns": [1, 5, 6, 10],
    "indicators": [
        I("满意度指标", "服务对象满意度指标", "使用人员满意度", ">=", 98, "%", "98", weight=10),
        I("效益指标", "可持续影响指标", "推动人民检察院业务装备建设的标准化规范化配置", None, None, None, "长期", weight=15),
        I("效益指标", "社会效益指标", "提升工作效率定性", None, None, None, "有效提升", weight=15),
        I("产出指标", "成本指标", "车辆购置成本", "<=", 12, "万元", "12", weight=5),
        I("产出指标", "质量指标", "政府采购率", ">=", 30, "%", "30", weight=7.5),
        I("产出指标", "成本指标", "办公设备购置成本", "<=", 90, "万元", "90", weight=5),
        I("产出指标", "数量指标", "车辆采购数量", "<=", 1, None, "1", weight=7.5),
        I("产出指标", "质量指标", "设备验收合格率", "=", 100, "%", "100", weight=7.5),
        I("产出指标", "时效指标", "采购计划完成时间", None, None, None, "11月底之前", weight=5),
        I("产出指标", "时效指标", "设备验收及时率", ">=", 98, "%", "98", weight=5),
        I("产出指标", "数量指标", "办公设备采购数量", ">=", 10, None, "10", weight=7.5),
        I("产出指标", "时效指标", "法定审限内结案率", ">=", 95, "%", "95", weight=5),
        I("产出指标", "质量指标", "年度结案率", ">=", 90, "%", "90", weight=7),
        I("产出指标", "数量指标", "办结案件数量", ">=", 70, None, "70", weight=8),
        I("产出指标", "时效指标", "案件办理及时率", ">=", 90, "%", "90", weight=5),
        I("产出指标", "质量指标", "一审案件改", None, None, None, None),
    ],
    "goals": [G("年度目标", ZLT_GOAL1), G("年度目标", ZLT_GOAL2)],
    "facts": [],
    "findings": [
        F("goal.unquantified", ZLT_GOAL1[:14], "业务装备经费 goal: support, efficiency, no number"),
        F("goal.unquantified", ZLT_GOAL2[:14], "办案(业务)经费 goal: same wording, no number"),
        F("target.qualitative_no_scale", "推动人民检察院业务装备建设的标准化规范化配置", "定性 row, target 长期, no scale"),
        F("target.vague_wording", "提升工作效率定性", "target 有效提升: a change verb with no number or baseline"),
        F("target.missing_unit", "车辆采购数量", "小于等于 1 with an empty 计量单位 cell"),
        F("target.missing_unit", "办公设备采购数量", "大于等于 10 with an empty 计量单位 cell"),
        F("target.missing_unit", "办结案件数量", "大于等于 70 with an empty 计量单位 cell"),
        F("target.missing_value", "一审案件改", "the last row holds only a cut name, no target"),
        F("coverage.missing_dimension", "效益指标", "办案(业务)经费 block (cut) has no 效益 row"),
        F("coverage.missing_dimension", "满意度指标", "办案(业务)经费 block (cut) has no 满意度 row"),
    ],
    "notes": ("扎赉特旗人民检察院 表11 项目绩效目标表 (page of 2025-02-06; no year in the title), 单位:元. "
              "One flat table of 13 columns; project columns merged down their block. The header says 指标性质 | 指标方向 "
              "but the cells hold 正向/反向/定性 and 大于等于/小于等于/等于 (kept as found); 定性 rows have empty 方向 and 单位. "
              "Operator read from the 指标方向 words; target_text is the 目标值 cell. '提升工作效率定性' keeps the word 定性 "
              "glued to the name as on the page. 设备验收及时率 has no 二级 cell on the page: read under the 时效指标 above "
              "(merged). Row points of 业务装备经费 add up to 10+30+50 as the 一级 labels say. The stored page stops inside "
              "the fifth row of 办案(业务)经费 ('质量指标 一审案件改'): that fragment is kept as a row with no target; the "
              "second project thus lacks 效益 and 满意度. Goal text paraphrased."),
})

# 2 ---------------------------------------------------------------------
TJ_GOAL1 = "修缮审判大楼的玻璃幕墙等部位，排除外立面构件脱落的安全隐患。"
TJ_GOAL2 = ("请陪审员和调解员参加案件审判与调解，并通过互联网直播庭审，以提升审判效率、"
            "化解矛盾纠纷、维护公平正义。")


def _tj_table(name, amount, use, goal, ind_rows, last_label_only=None):
    rows = [
        ["207101天津市河北区人民法院", "", "", "", "", "单位:万元", ""],
        ["项目名称", name, "", "", "", "", ""],
        ["预算规模及资金用途", "预算数", amount, "其中:财政 资金", amount, "其他资金", ""],
        ["", use, "", "", "", "", ""],
        ["绩效目标", goal, "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", "", "指标值", ""],
    ]
    merges = [(0, 0, 0, 4), (0, 5, 0, 6), (1, 1, 1, 6), (2, 0, 3, 0), (3, 1, 3, 6),
              (4, 1, 4, 6), (5, 3, 5, 4), (5, 5, 5, 6)]
    start = len(rows)
    for l1, l2, n, v in ind_rows:
        r = len(rows)
        rows.append([l1, l2, n, n, "", v, ""])
        merges += [(r, 3, r, 4), (r, 5, r, 6)]
    if last_label_only:
        rows.append([last_label_only, "", "", "", "", "", ""])
    # merge the 一级 label down over its rows
    r = start
    while r < len(rows):
        if rows[r][0]:
            e = r
            while e + 1 < len(rows) and not rows[e + 1][0]:
                e += 1
            if e > r:
                merges.append((r, 0, e, 0))
            r = e + 1
        else:
            r += 1
    return rows, merges


TJ_T1 = _tj_table("安全隐患维修", "20.00", "用于维修审判楼玻璃幕墙等", "1." + TJ_GOAL1, [
    ("产出指标", "数量指标", "维修面积", "≥400平方米"),
    ("", "质量指标", "验收合格率", "≥98百分比"),
    ("", "时效指标", "资金支付及时率", "100百分比"),
    ("", "成本指标", "项目成本", "20万元"),
    ("效益指标", "可持续影响指标", "消除安全隐患", "持续影响"),
    ("满意度指标", "服务对象满意度指标", "干警满意度", "≥95百分比"),
])
TJ_T2 = _tj_table("办案业务费(陪审员及互联网专线)", "24.00", "用于陪审员参审补助支出及互联网直播支出",
                  "1." + TJ_GOAL2, [
                      ("产出指标", "数量指标", "聘用调解员人数", "1人"),
                      ("", "数量指标", "陪审员参审案件数量", "≥900件"),
                      ("", "质量指标", "案件调解率", "≥90百分比"),
                      ("", "时效指标", "补助发放及时率", "100百分比"),
                      ("", "成本指标", "参审案件补助", "100元"),
                  ], last_label_only="效益指标")
DOCS.append({
    "file": "tj-hebei-court-targets.docx",
    "docx": [
        ("h", "天津市河北区人民法院"),
        ("h", "项目支出绩效目标表"),
        ("p", "(2023年)"),
        ("p", "3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表"),
        ("t", TJ_T1[0], TJ_T1[1], [2.3, 2.6, 3.2, 2.6, 1.2, 2.2, 1.2]),
        ("p", ""),
        ("t", TJ_T2[0], TJ_T2[1], [2.3, 2.6, 3.2, 2.6, 1.2, 2.2, 1.2]),
    ],
    "source_urls": ["https://tjhbfy.tjcourt.gov.cn/article/detail/2023/02/id/7158363.shtml"],
    "province": "天津",
    "doc_kind": "申报表",
    "patterns": [1, 2, 5, 6, 10],
    "indicators": [
        I("产出指标", "数量指标", "维修面积", ">=", 400, "平方米", "≥400平方米"),
        I("产出指标", "质量指标", "验收合格率", ">=", 98, "百分比", "≥98百分比"),
        I("产出指标", "时效指标", "资金支付及时率", None, 100, "百分比", "100百分比"),
        I("产出指标", "成本指标", "项目成本", None, 20, "万元", "20万元"),
        I("效益指标", "可持续影响指标", "消除安全隐患", None, None, None, "持续影响"),
        I("满意度指标", "服务对象满意度指标", "干警满意度", ">=", 95, "百分比", "≥95百分比"),
        I("产出指标", "数量指标", "聘用调解员人数", None, 1, "人", "1人"),
        I("产出指标", "数量指标", "陪审员参审案件数量", ">=", 900, "件", "≥900件"),
        I("产出指标", "质量指标", "案件调解率", ">=", 90, "百分比", "≥90百分比"),
        I("产出指标", "时效指标", "补助发放及时率", None, 100, "百分比", "100百分比"),
        I("产出指标", "成本指标", "参审案件补助", None, 100, "元", "100元"),
    ],
    "goals": [G("目标", TJ_GOAL1), G("目标", TJ_GOAL2)],
    "facts": [],
    "findings": [
        F("goal.unquantified", TJ_GOAL1[:12], "安全隐患维修 goal: no area, date or number"),
        F("goal.unquantified", TJ_GOAL2[:12], "办案业务费 goal: 提升/化解, no number"),
        F("target.missing_unit", "验收合格率", "unit written 百分比 (non-standard for %)"),
        F("target.missing_unit", "资金支付及时率", "unit written 百分比 (non-standard for %)"),
        F("target.missing_unit", "干警满意度", "unit written 百分比 (non-standard for %)"),
        F("target.missing_unit", "案件调解率", "unit written 百分比 (non-standard for %)"),
        F("target.missing_unit", "补助发放及时率", "unit written 百分比 (non-standard for %)"),
        F("target.qualitative_no_scale", "消除安全隐患", "target 持续影响: qualitative, no grading"),
        F("coverage.missing_dimension", "效益指标", "办案业务费 table stops at its 效益指标 label: no 效益 row"),
        F("coverage.missing_dimension", "满意度指标", "办案业务费 table (cut) has no 满意度 row"),
    ],
    "notes": ("天津市河北区人民法院 2023 项目支出绩效目标表 (中央 transfer block '法院办案业务、业务装备及审判辅助事务外包'). "
              "Two project tables; in each the 一级 label is merged down; 绩效指标描述 only repeats the 三级 name "
              "(a column that is not a value). Values and units in one cell; the page writes percent as '百分比' "
              "(≥98百分比, 100百分比), kept as the unit; we flag it under target.missing_unit as the odd-unit case of the "
              "rule (judgement). 项目成本 20万元 equals the 预算数 20.00 (cost restating the budget: no rule id in this "
              "brief's list, not flagged). The stored page stops right after the '效益指标' label of the second table "
              "(办案业务费(陪审员及互联网专线)): its 效益 and 满意度 rows are missing in the file. Goals paraphrased."),
})

# 3 ---------------------------------------------------------------------
HS_GOAL = "让雪亮工程的机房租赁不断档，机房内全部设备设施保持运转，使雪亮工程继续发挥作用。"
HS_CELL = "\n".join([
    "【总体目标】",
    HS_GOAL,
    "【产出指标-数量指标】",
    "指标1:机柜数量(≥77台)",
    "【产出指标-质量指标】",
    "指标1:视频监控在线率(≥0.97比例)",
    "【产出指标-时效指标】",
    "指标1:维护及时性(<24小时)",
    "【产出指标-成本指标】",
    "指标1:维护成本(<1681680元)",
    "【效益指标-经济效益指标】",
    "指标1:为全市经济发展保驾护航(正面支撑)",
    "【效益指标-社会效益指标】",
    "指标1:服务保障民生(有力保障)",
    "【效益指标-生态效益指标】",
    "指标1:为生态环境保护提供支撑(正面支撑)",
    "【效益指标-可持续影响指标】",
    "指标1:持续保障社会发展(持续保障)",
    "【满意度指标-服务对象满意度指标】",
    "指标1:提升群众安全感(≥90%)",
])
HS_ROWS = [
    ["单位编码", "单位名称(项目类别\n/支出项目)", "年度预算安排", "项目内容", "绩效目标"],
    ["", "黄山市公安局", "92156434", "", ""],
    ["037001", "黄山市公安局", "27955180", "", ""],
    ["", "其他运转类", "1681680", "", ""],
    ["037001", "黄山市雪亮工程市本级机房租赁2024至2027服务采购项目", "1681680",
     "【项目概况】:本项目租赁市本级雪亮工程后端机房服务，机柜共77个，租期36个月；"
     "2024年7月已完成招标采购，服务期3年，费用按年支付。", HS_CELL],
    ["", "本级项目", "26273500", "", ""],
    ["037001", "执法办案费", "100000", "【项目概况】:专门用于国保、反恐、禁毒业务,打击违法犯罪,维护社", ""],
]
DOCS.append({
    "file": "ah-huangshan-police-targets.docx",
    "landscape": True,
    "docx": [
        ("h", "黄山市公安局2025年项目绩效目标和指标"),
        ("p", "作者:警务保障处 发布时间:2025-05-27 信息来源:黄山市公安局"),
        ("t", HS_ROWS, [], [1.8, 4.2, 2.6, 5.8, 8.4]),
    ],
    "source_urls": ["https://www.huangshan.gov.cn/zwgk/public/6615714/11798831.html"],
    "province": "安徽",
    "doc_kind": "申报表",
    "patterns": [6, 9, 10],
    "indicators": [
        I("产出指标", "数量指标", "机柜数量", ">=", 77, "台", "≥77台"),
        I("产出指标", "质量指标", "视频监控在线率", ">=", 0.97, "比例", "≥0.97比例"),
        I("产出指标", "时效指标", "维护及时性", "<", 24, "小时", "<24小时"),
        I("产出指标", "成本指标", "维护成本", "<", 1681680, "元", "<1681680元"),
        I("效益指标", "经济效益指标", "为全市经济发展保驾护航", None, None, None, "正面支撑"),
        I("效益指标", "社会效益指标", "服务保障民生", None, None, None, "有力保障"),
        I("效益指标", "生态效益指标", "为生态环境保护提供支撑", None, None, None, "正面支撑"),
        I("效益指标", "可持续影响指标", "持续保障社会发展", None, None, None, "持续保障"),
        I("满意度指标", "服务对象满意度指标", "提升群众安全感", ">=", 90, "%", "≥90%"),
    ],
    "goals": [G("总体目标", HS_GOAL)],
    "facts": [total("037001 黄山市公安局 年度预算安排", "sum", 27955180, [1681680, 26273500])],
    "findings": [
        F("goal.unquantified", HS_GOAL[:12], "总体目标: keep renting and running, no number"),
        F("target.missing_unit", "视频监控在线率", "a rate given as 0.97 with the unit 比例 instead of %"),
        F("target.qualitative_no_scale", "为全市经济发展保驾护航", "target 正面支撑, no scale"),
        F("target.qualitative_no_scale", "服务保障民生", "target 有力保障, no scale"),
        F("target.qualitative_no_scale", "为生态环境保护提供支撑", "target 正面支撑, no scale"),
        F("target.qualitative_no_scale", "持续保障社会发展", "target 持续保障, no scale"),
        F("coverage.missing_dimension", "产出指标", "执法办案费 entry is cut in its 项目概况: no indicator at all"),
        F("coverage.missing_dimension", "效益指标", "执法办案费 entry (cut): no 效益 indicator"),
        F("coverage.missing_dimension", "满意度指标", "执法办案费 entry (cut): no 满意度 indicator"),
    ],
    "notes": ("黄山市公安局 2025 项目绩效目标和指标: a department list (单位编码 | 名称 | 年度预算安排 | 项目内容 | 绩效目标) "
              "with budget rows for the department (92156434), the unit 037001 (27955180) and the categories 其他运转类 "
              "(1681680) and 本级项目 (26273500); 1681680 + 26273500 = 27955180 (holds). The 92156434 total covers units "
              "below the cut, not checkable. Indicators are labelled lines inside one cell ('【产出指标-数量指标】 指标1:机柜数量"
              "(≥77台)'), value in brackets after the name. 维护成本 <1681680元 equals the project budget (no rule id "
              "in this brief's list). The stored page stops inside the 项目概况 of the second project 执法办案费 "
              "(100000): that entry has no goal and no indicator. 项目概况 and 总体目标 paraphrased."),
})

# 4 ---------------------------------------------------------------------
XC_GOAL = ("用于支持公安禁毒工作：补足办案、业务、装备方面的必要开支，打击毒品犯罪，遏制毒品的蔓延、渗透、"
           "制贩和流入非法渠道，巩固禁种铲毒成果，并增强全民禁毒意识。")
XC_DONE = ("毒品犯罪受到打击，毒品蔓延、渗透、制贩和流入非法渠道得到遏制，禁种铲毒成果得到巩固，"
           "全民禁毒意识增强，群众安全感和满意度有所提升。")
XC_ROWS = [
    ["项目支出绩效自评表"] + [""] * 8,
    ["(2021年度)"] + [""] * 8,
    ["项目名称", "禁毒经费"] + [""] * 7,
    ["主管部门", "宣城市公安局", "", "", "实施单位", "禁毒支队", "", "", ""],
    ["项目资金\n(万元)", "", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", ""],
    ["", "年度资金总额:", 100, 100, 100, 10, "100%", 10, ""],
    ["", "其中:本年财政拨款", 100, 100, 100, "-", "", "-", ""],
    ["", "上年结转资金", "", "", "", "-", "", "-", ""],
    ["", "其他资金", "", "", "", "-", "", "-", ""],
    ["年度总体目标完成情况", "预期目标", "", "", "", "实际完成情况", "", "", ""],
    ["", XC_GOAL, "", "", "", XC_DONE, "", "", ""],
    ["年度绩效指标完成情况", "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["", "\n\n\n\n(50分)", "数量指标", "指标1:禁毒舞台剧宣传的场次", "≥1场", "1场", 12, 12, ""],
    ["", "", "", "指标2:毛发检查试剂数量", "≥2400份", "3200份", 12, 12, ""],
    ["", "", "", "……", "", "", "", "", ""],
    ["", "", "质量指标", "指标1:经费支出合规性", "严格执行相关财经法规制度", "严格执行相关财经法", "", "", ""],
]
XC_MERGES = ["A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4", "A5:A9", "H5:I5", "H6:I6", "H7:I7",
             "H8:I8", "H9:I9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11",
             "A12:A16", "B13:B16", "C13:C15"]
DOCS.append({
    "file": "ah-xuancheng-police-drug-selfeval.xlsx",
    "xlsx": {"sheet": "自评表", "rows": XC_ROWS, "merges": XC_MERGES, "box_from": 3,
             "widths": [12, 12, 12, 24, 16, 16, 10, 8, 18], "bold_rows": [1]},
    "source_urls": ["https://gaj.xuancheng.gov.cn/OpennessContent/show/2572090.html"],
    "province": "安徽",
    "doc_kind": "自评表",
    "patterns": [1, 2, 5, 6, 8, 10],
    "indicators": [
        I("产出指标", "数量指标", "禁毒舞台剧宣传的场次", ">=", 1, "场", "≥1场", actual=1, weight=12, score=12),
        I("产出指标", "数量指标", "毛发检查试剂数量", ">=", 2400, "份", "≥2400份", actual=3200, weight=12, score=12),
        I("产出指标", "质量指标", "经费支出合规性", None, None, None, "严格执行相关财经法规制度"),
    ],
    "goals": [G("年度目标", XC_GOAL)],
    "facts": [budget("年度资金总额", 100, 100, 100, "万元")],
    "findings": [
        F("goal.unquantified", XC_GOAL[:12], "预期目标: 打击/遏制/巩固/增强, no number"),
        F("target.impossible_value", "禁毒舞台剧宣传的场次", "target ≥1场: trivial floor"),
        F("target.qualitative_no_scale", "经费支出合规性", "target 严格执行相关财经法规制度: no grading"),
        F("coverage.missing_dimension", "效益指标", "form cut in its 质量指标 row: no 效益 row in the file"),
        F("coverage.missing_dimension", "满意度指标", "form cut in its 质量指标 row: no 满意度 row in the file"),
    ],
    "notes": ("宣城市公安局 禁毒经费 项目支出绩效自评表 2021 (安徽 template). 100/100 = 100% (holds). The 一级 cell of the "
              "indicator block shows only '(50分)' after blank lines: the word 产出指标 is missing on the page (kept); "
              "read as 产出指标. Names keep their '指标1:' prefix in the file; the gold name drops it. The '……' row is "
              "template filler, not an indicator. 毛发检查试剂 3200 of ≥2400 is 133% (no too-low finding). The stored "
              "page stops inside the 实际完成值 of 经费支出合规性 ('严格执行相关财经法'): no 分值/得分 for that row, no "
              "时效/成本/效益/满意度 rows, no 总分. Goal and result text paraphrased."),
})

# 5 ---------------------------------------------------------------------
DZ_TABLE = [
    ["绩效等级", "", "", ""],
    ["15.00", "优", "", ""],
    ["55.00", "49.04", "优", ""],
    ["产出", "20.00", "20.00", "优"],
    ["10.00", "10.00", "优", ""],
    ["100.00", "94.04", "优", ""],
]
DOCS.append({
    "file": "hi-danzhou-court-dept-evalreport.docx",
    "docx": [
        ("h", "儋州市人民法院"),
        ("h", "2018年度部门整体支出绩效评价报告"),
        ("p", "评价单位:儋州市人民法院"),
        ("p", "报告时间: 2019年7月17日"),
        ("p", "绩效评价结果"),
        ("t", DZ_TABLE, []),
        ("p", "注:优(≥90)"),
        ("p", "良(≥80,<90)"),
        ("p", "中(≥60,<80)"),
        ("p", "差(<60)"),
        ("p", "评价小组"),
        ("p", "组长:张永傅"),
        ("p", "副组长:易建家"),
        ("p", "成员:符贤、林献文、黄卫、杨光、陈惠、李有欢"),
        ("p", "目 录"),
        ("p", "3.4效果 20"),
        ("p", "附件:部门整体支出绩效评价指标体系评分表"),
        ("h", "儋州市人民法院\n2018年度部门整体支出绩效评价报告"),
        ("p", "1.引言"),
        ("p", "1.1部门职责概述"),
        ("p", "儋州市人民法院作为国家审判机关依法行使审判权，在儋州市委统一领导下开展工作，向儋州市人民代表大会"
              "及其常务委员会负责并报告工作，为本地经济发展和社会稳定服务。"),
        ("p", "本院核定编制141名，其中公务员131人、工勤人员10人，设内设职能部门17个。"),
        ("p", "1.2部门支出描述"),
        ("p", "2018年度共支出5560.46万元，由基本支出2956.36万元和项目支出2604.1万元组成。"),
        ("p", "1.基本支出2956.36万元，包括工资福利支出2424.00万元、商品和服务支出432.65万元、对个人和家庭的补助"
              "93.12万元、其他资本性支出6.5万元。"),
        ("p", "2.项目支出2604.1万元，包括案件审判414.35万元、案件执行6.25万元、“两庭”建设411.27万元、"
              "其他法院支出1772.23万元。"),
        ("p", "上述支出为审判工作提供了必要的物质和资金保障，对审判工作的顺利开展起到了支撑作用。"),
        ("p", "1.3部门项目实施情况"),
        ("p", "2018年本院共有8个支出项目，均按年初预算执行。其中法院执行项目年初预算6万元，年末结算支出6万元，"
              "资金支出进度100%；案件审判411.95万元，年末结算支出411.95万元，支出进度100%；两庭及装备更新维护"
              "195.00万元，年末结算支出195万元，支出进度100%；信息系统运行维护"),
    ],
    "source_urls": ["https://dzfy.hicourt.gov.cn/article/detail/2019/07/id/8388570.shtml"],
    "province": "海南",
    "doc_kind": "评价报告",
    "patterns": [5, 10],
    "indicators": [],
    "goals": [],
    "facts": [
        total("2018年度支出", "sum", 5560.46, [2956.36, 2604.1], "万元"),
        total("基本支出", "sum", 2956.36, [2424.00, 432.65, 93.12, 6.5], "万元"),
        total("项目支出", "sum", 2604.1, [414.35, 6.25, 411.27, 1772.23], "万元"),
        total("绩效评价得分", "score_total", 94.04, [15.00, 49.04, 20.00, 10.00]),
        {"metric": "绩效评价结果", "kind": "grade", "score": 94.04, "grade": "优"},
        budget("法院执行", 6, 6, 100, "万元"),
        budget("案件审判", 411.95, 411.95, 100, "万元"),
        budget("两庭及装备更新维护", 195.00, 195, 100, "万元"),
    ],
    "findings": [
        F("consistency.sum", "基本支出", "2424.00+432.65+93.12+6.5 = 2956.27, stated 2956.36"),
    ],
    "notes": ("儋州市人民法院 2018 部门整体支出绩效评价报告 (海南). The 绩效评价结果 table is garbled on the page (dimension "
              "names and column headers lost except '产出' and '绩效等级'); reproduced cell by cell as found. Read as "
              "weight | score | grade rows: 15 | 15 (one number shown) | 优, 55 | 49.04, 产出 20 | 20, 10 | 10, total "
              "100 | 94.04 优; 15+49.04+20+10 = 94.04 (judgement: the lone 15.00 is taken as the score). 94.04 ≥ 90 → 优 "
              "(holds). 5560.46 = 2956.36 + 2604.1 and the project split add up; the basic split adds to 2956.27 "
              "(0.09 short). 案件审判 is 414.35 in 1.2 but 411.95 in 1.3 (no rule id for it). No indicator rows: the "
              "indicator scoring sheet is only named (附件). The stored page stops in 1.3 at '信息系统运行维护'. "
              "Narrative paraphrased; the evaluation group names are kept as the page lists them."),
})

# 6 ---------------------------------------------------------------------
YN_GOAL = ("加强森林草原航空消防救援能力：按租机方案及时租用飞机，火情出现后及时处置，组织综合性森林航空护林演练，"
           "协调跨省调机，尽量减少灾害损失。")
DOCS.append({
    "file": "yn-emergency-aviation-selfreport.docx",
    "docx": [
        ("h", "云南省2022年度中央自然灾害资金绩效自评报告"),
        ("p", "发布时间:2023-06-01"),
        ("p", "一、中央自然灾害救灾资金(森林草原航空消防租机补助经费)"),
        ("p", "(一)绩效目标分解下达情况。"),
        ("p", "2022年森林草原航空消防租机补助经费预算共10441万元，其中中央转移支付资金8353万元、省级配套资金2088万元，"
              "全部用于保障全省森林草原航空消防租机工作。"),
        ("p", "年度绩效目标:" + YN_GOAL),
        ("p", "(二)绩效目标完成情况分析。"),
        ("p", "1.资金投入情况分析。"),
        ("p", "(1)项目资金投入情况。10441万元已全部拨付到位，资金到位率100%。"),
        ("p", "(2)项目资金执行情况。实际执行9265.353442万元，项目执行率88.74%；其中中央补助飞行经费执行"
              "7177.373442万元，省级财政配套资金执行2087.98万元。"),
        ("p", "2.资金管理情况分析。"),
        ("p", "资金按《财政部 应急部 国家林草局关于印发〈中央补助地方森林草原航空消防租机经费管理暂行规定〉》"
              "(财资环〔2021〕90号)管理，全部用于租赁航空应急救援飞机，并按合同约定付款。"),
        ("p", "3.总体绩效目标完成情况分析。"),
        ("p", "2022年全省租用6架航空应急救援直升机承担森林航空消防任务。防火期内共发生森林火灾16起，为1951年有记录"
              "以来最少的一年；森林火灾发生率0.064次/10万公顷，受害森林面积114.48公顷，受害率0.0046‰，重特大森林火灾"
              "得到遏制，森林草原火灾综合防控能力提升，年度目标总体实现。"),
        ("p", "4.绩效指标完成情况分析。"),
        ("p", "(1)产出指标。"),
        ("p", "数量指标:布防飞机数量≥6架，实际布防6架；飞机飞行时长≥928小时，实际飞行时长909.93小时。"),
        ("p", "质量指标:实际完成飞行小时数/计划小时数≥80%，实际完"),
    ],
    "source_urls": ["https://yjglt.yn.gov.cn/html/2023/ysgk_0601/27146.html"],
    "province": "云南",
    "doc_kind": "自评报告",
    "patterns": [6, 10],
    "indicators": [
        I("产出指标", "数量指标", "布防飞机数量", ">=", 6, "架", "≥6架", actual=6),
        I("产出指标", "数量指标", "飞机飞行时长", ">=", 928, "小时", "≥928小时", actual=909.93),
        I("产出指标", "质量指标", "实际完成飞行小时数/计划小时数", ">=", 80, "%", "≥80%"),
    ],
    "goals": [G("年度目标", YN_GOAL)],
    "facts": [
        budget("项目执行率", 10441, 9265.353442, 88.74, "万元"),
        budget("资金到位率", 10441, 10441, 100, "万元"),
        total("租机补助经费预算", "sum", 10441, [8353, 2088], "万元"),
        total("实际执行", "sum", 9265.353442, [7177.373442, 2087.98], "万元"),
    ],
    "findings": [
        F("goal.unquantified", YN_GOAL[:12], "年度绩效目标: 及时/加强/减少, no number"),
        F("consistency.deviation_reason_missing", "飞机飞行时长",
          "909.93 of ≥928 小时 not reached; no reason given in the file"),
        F("coverage.missing_dimension", "效益指标", "report cut in its 质量指标 sentence: no 效益 indicator"),
        F("coverage.missing_dimension", "满意度指标", "report cut in its 质量指标 sentence: no 满意度 indicator"),
    ],
    "notes": ("云南省应急管理厅 2022 中央自然灾害资金绩效自评报告, first fund (森林草原航空消防租机补助经费). "
              "8353 + 2088 = 10441 and 7177.373442 + 2087.98 = 9265.353442 (hold); 9265.353442/10441 = 88.74% (holds). "
              "Indicators are labelled sentences ('数量指标:布防飞机数量≥6架，实际布防6架'). 飞行时长 909.93 of ≥928 is "
              "missed with no reason in the file (a reason may follow below the cut: judged as the file stands). "
              "The stored page stops inside the 质量指标 sentence ('实际完'): no 效益/满意度 indicators, no later funds. "
              "Narrative paraphrased."),
})

# 7 ---------------------------------------------------------------------
DOCS.append({
    "file": "gs-wushan-fire-rectify-report.docx",
    "docx": [
        ("h", "武山县消防救援大队2024年度部门预算\n执行情况绩效自评整改报告"),
        ("p", "一、基本情况"),
        ("p", "按照《武山县财政局关于开展2024年度部门预算绩效自评工作的通知》，本单位对照2024年度预算绩效目标，"
              "对部门整体支出和项目支出的执行情况做了全面自评。自评结果：武山县消防救援大队部门绩效自评总体得分"
              "84.47分，评级为“优”；预算执行总体规范，但仍有部分问题需要整改。整改情况报告如下："),
        ("p", "二、绩效自评发现问题及整改措施"),
        ("p", "问题1:部分项目绩效指标未量化，缺少可衡量的三级指标。"),
        ("p", "整改措施:一是健全绩效指标量化体系。细化三级指标，参照《绩效考核实施细则量化表》把笼统的目标拆成具体的"
              "行为标准：救援响应效率量化为“接警后30秒内出动率≥95%”“抵达现场时间≤辖区平均标准”，装备管理细化为"
              "“执勤车辆每周保养完成率100%”“个人装备清洁归位率100%”；防火监督、宣传培训等职能设置“年度检查覆盖率”"
              "“宣传活动场次/受众人数”等量化指标。"),
        ("p", "二是加强数据支撑并动态调整。建立数据采集机制，用信息化系统实时记录出警时间、装备检查等关键数据，"
              "使指标可以追溯；每季度召开绩效目标评审会，结合历史数据调整指标值，避免目标脱离实际。"),
        ("p", "三是规范绩效目标编制流程。业务部门与财务部门联合审核指标，保证技术上可行、与财务相匹配；预算编制中写明"
              "“自然灾害应急能力提升工程”的装备采购数量和验收标准；对照《地方消防经费管理办法》等文件及"
              "“人均消防公用经费不低于4.5万元/年”等硬性要求设置成本类指标(如“训练经费使用合规率”)。"),
        ("p", "四是加强培训与监督机制。组织绩效"),
    ],
    "source_urls": ["http://www.wushan.gov.cn/info/2531/1571642.htm"],
    "province": "甘肃",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [{"metric": "部门绩效自评总体得分", "kind": "grade", "score": 84.47, "grade": "优"}],
    "findings": [
        F("consistency.grade", "部门绩效自评总体得分", "84.47 is 良 (80–90), the report says 优"),
    ],
    "notes": ("武山县消防救援大队 (天水 武山县, 甘肃) 2024 预算绩效自评整改报告: prose only. 84.47分 rated 优 although "
              "优 needs ≥90 (consistency.grade). The quoted measures (出动率≥95%, 保养完成率100%, 4.5万元/年 …) are "
              "examples of how indicators will be refined, not this unit's indicator rows: not taken as indicators "
              "(judgement). No forms attached in the file, so no coverage finding. The stored page stops at "
              "'四是加强培训与监督机制。组织绩效'. Text paraphrased."),
})


# ------------------------------------------------------------------ main
def gold_for(doc, source):
    return {
        "source": source,
        "source_urls": doc["source_urls"],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": copy.deepcopy(doc["indicators"]),
        "goals": copy.deepcopy(doc["goals"]),
        "facts": copy.deepcopy(doc["facts"]),
        "findings": copy.deepcopy(doc["findings"]),
        "notes": doc["notes"],
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    ANN.mkdir(exist_ok=True)
    for doc in DOCS:
        path = HERE / doc["file"]
        if "xlsx" in doc:
            build_xlsx(path, doc["xlsx"])
        else:
            build_docx(path, doc["docx"], doc.get("landscape", False))
        sources = [doc["file"]]
        if not args.no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE),
                            str(path)], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        sources.append(path.with_suffix(".pdf").name)
        for src in sources:
            out = ANN / (src + ".json")
            out.write_text(json.dumps(gold_for(doc, src), ensure_ascii=False, indent=1) + "\n",
                           encoding="utf-8")
        print("built", doc["file"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
