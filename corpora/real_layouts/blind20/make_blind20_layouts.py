"""Write blind part 20 of the real-layout corpus: documents (XLSX/DOCX, PDF via LibreOffice) and gold.

Each document reproduces one stored public page (addresses in SOURCES.md and in the gold files):
layout, names, values, units and defects as the page has them, longer sentences in our own words.
Written by an annotator who did not read the toolkit's code nor run it.

Usage: python make_blind20_layouts.py [--no-pdf]
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
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
STAMP = dt.datetime(2024, 6, 1, 9, 0, 0)
ZIP_TIME = (2024, 6, 1, 9, 0, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# --------------------------------------------------------------------------- writers


def normalise_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry times and order, so two runs give the same bytes."""
    with zipfile.ZipFile(path) as src:
        items = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    fixed = STAMP.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    items = [(name, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + fixed, data)
              if name == "docProps/core.xml" else data) for name, data in items]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    tmp.replace(path)


def write_xlsx(path: Path, spec: dict) -> None:
    """spec: title (sheet), widths, rows (lists, None = empty), merges (A1 ranges), box_from (first bordered row)."""
    wb = Workbook()
    ws = wb.active
    ws.title = spec["sheet"]
    for i, width in enumerate(spec["widths"]):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    ncols = len(spec["widths"])
    for r, row in enumerate(spec["rows"], start=1):
        for c in range(1, ncols + 1):
            value = row[c - 1] if c - 1 < len(row) else None
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # a target such as =100% is text, not a formula
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r in spec.get("centre_rows", ()) else "left")
            cell.font = Font(name="宋体", size=10, bold=r in spec.get("bold_rows", ()))
            if spec.get("box_from") and r >= spec["box_from"] and r not in spec.get("no_box", ()):
                cell.border = BOX
    for rng in spec.get("merges", []):
        ws.merge_cells(rng)
    for r, height in spec.get("heights", {}).items():
        ws.row_dimensions[r].height = height
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind20"
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    wb.save(path)
    normalise_zip(path)


def _font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def write_docx(path: Path, blocks: list, landscape: bool = False) -> None:
    """blocks: ("title", text) | ("p", text) | ("center", text) | ("table", rows, merges)

    merges are (r1, c1, r2, c2), 0-based, inclusive; the text of a merged range is the top-left cell's.
    """
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    for block in blocks:
        kind = block[0]
        if kind in ("title", "p", "center"):
            para = doc.add_paragraph()
            if kind != "p":
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(para.add_run(block[1]), size=15 if kind == "title" else 10.5, bold=kind == "title")
            continue
        rows, merges = block[1], block[2]
        ncols = max(len(r) for r in rows)
        table = doc.add_table(rows=len(rows), cols=ncols)
        table.style = "Table Grid"
        covered = set()
        for r1, c1, r2, c2 in merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        for r, row in enumerate(rows):
            for c in range(ncols):
                text = row[c] if c < len(row) and row[c] is not None else ""
                if (r, c) in covered or not text:
                    continue
                para = table.cell(r, c).paragraphs[0]
                _font(para.add_run(str(text)), size=9)
        for r1, c1, r2, c2 in merges:
            table.cell(r1, c1).merge(table.cell(r2, c2))
        doc.add_paragraph()
    props = doc.core_properties
    props.author = "blind20"
    props.created = STAMP
    props.modified = STAMP
    props.last_modified_by = "blind20"
    props.revision = 1
    doc.save(path)
    normalise_zip(path)


def to_pdf(path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, str(path)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / (path.stem + ".pdf")), path.with_suffix(".pdf"))


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# --------------------------------------------------------------------------- documents

DOCS: list[dict] = []

# 1. 山东 德州 临邑县师范附属小学, 项目支出目标申报表 2025 (XLSX) ----------------------------------
LINYI_GOAL = ("依据鲁财科教（2024）67号文件，小学教育公用经费按每生每年780元的标准安排，县级财政按20%负担，"
              "主要用于学校教学与管理、校舍维修维护及日常办公等支出。")
DOCS.append({
    "file": "sd-linyi-school-targets.xlsx",
    "xlsx": {
        "sheet": "项目支出目标申报表",
        "widths": [16, 16, 34, 18, 14],
        "rows": [
            ["项目支出目标申报表"],
            ["（2025年度）"],
            ["项目名称", "小学教育公用经费"],
            ["项目主管部门", "临邑县师范附属小学"],
            ["项目资金申请（万元）", "资金总额：", 438.768],
            [None, "财政拨款：", 438.768],
            [None, "其他：", None],
            ["项目总体情况", LINYI_GOAL],
            ["一级", "二级", "三级", "年度数值", "备注"],
            ["产出值", "数量值", "小学就读人数", "<=6962人", None],
            [None, "质量值", "教学条件改善、办学水平提高", "=100%", None],
            [None, "时效值", "教育均衡化发展", "有效", None],
            [None, "成本值", "义务教育小学生均公用经费", "780元/生/年", None],
            ["效益值", "经济效益值", "经费有效使用情况", "=100%", None],
            [None, "社会效益值", "教学质量提高、办学条件改善", "=100%", None],
            [None, "生态效益值", "安全情况", "有效", None],
            [None, "可持续影响值", "学生受益情况", "=100%", None],
        ],
        "merges": ["A1:E1", "A2:E2", "B3:E3", "B4:E4", "A5:A7", "C5:E5", "C6:E6", "C7:E7", "B8:E8",
                   "A10:A13", "A14:A17"],
        "centre_rows": (1, 2, 9),
        "bold_rows": (1,),
        "box_from": 3,
        "heights": {8: 48},
    },
    "gold": {
        "source_urls": ["http://www.linyixian.gov.cn/n30334494/n38447929/n38448474/n74342318/n74348867/"
                        "n74350511/n74350513/c75276936/content.html"],
        "province": "山东",
        "doc_kind": "申报表",
        "patterns": [1, 5, 6, 10],
        "indicators": [
            ind("产出指标", "数量指标", "小学就读人数", "<=", 6962, "人", "<=6962人"),
            ind("产出指标", "质量指标", "教学条件改善、办学水平提高", "=", 100, "%", "=100%"),
            ind("产出指标", "时效指标", "教育均衡化发展", None, None, None, "有效"),
            ind("产出指标", "成本指标", "义务教育小学生均公用经费", None, 780, "元/生/年", "780元/生/年"),
            ind("效益指标", "经济效益指标", "经费有效使用情况", "=", 100, "%", "=100%"),
            ind("效益指标", "社会效益指标", "教学质量提高、办学条件改善", "=", 100, "%", "=100%"),
            ind("效益指标", "生态效益指标", "安全情况", None, None, None, "有效"),
            ind("效益指标", "可持续影响指标", "学生受益情况", "=", 100, "%", "=100%"),
        ],
        "goals": [{"kind": "总体目标", "text": LINYI_GOAL}],
        "facts": [],
        "findings": [
            finding("coverage.missing_dimension", "满意度指标",
                    "the form ends after the 可持续影响值 row: no 满意度 indicator at all"),
            finding("target.qualitative_no_scale", "教育均衡化发展",
                    "时效 row whose value is the bare judgement 有效 (no date, duration or scale)"),
            finding("target.qualitative_no_scale", "安全情况", "value 有效 with no grading scale"),
            finding("goal.budget_text", LINYI_GOAL[:15],
                    "the 项目总体情况 (the form's only goal text) gives only the funding basis: 780元 per pupil, "
                    "20% county share, and what the money is spent on"),
        ],
        "notes": ("临邑县师范附属小学 (德州 临邑县, 山东) 项目支出目标申报表 2025, 小学教育公用经费 438.768万元, published "
                  "as a web page (the stored page holds the whole form). Odd header words kept: 一级/二级/三级/年度数值/备注 "
                  "and the level names 产出值/数量值/质量值/时效值/成本值/效益值/经济效益值/社会效益值/生态效益值/可持续影响值 "
                  "(read as 产出指标/数量指标 … in the gold). Values as written with ASCII operators (<=6962人, =100%). "
                  "The form has no 满意度 block and its 备注 column is empty. The 项目总体情况 cell is the form's only "
                  "goal-like text and is counted as its 总体目标 (judgement call); it restates the funding standard only. "
                  "The money block is 资金总额 438.768 = 财政拨款 438.768 with 其他 empty (no 其中, no fact taken). "
                  "小学就读人数 carries <= (an upper bound on the pupils served): odd, but no rule covers it. "
                  "The 时效 row 教育均衡化发展 │ 有效 is judged by its value (a bare level), not as a missing deadline.")
    },
})

# 2. 安徽 黄山 休宁县, 转移支付区域（项目）绩效目标自评表 2023 (XLSX) ---------------------------------
XIUNING_GOAL = "对中共皖浙赣省委驻地旧址实施陈列布展，完成布展面积300平方米，传承弘扬红色文化，发挥红色文化的功能作用。"
XIUNING_DONE = "该项目属革命文物展陈，展陈方案须报省委宣传部审核，施工进度因此较慢；方案审核通过后将尽快实施。"
XIUNING_WHY = "展陈方案须经省委宣传部审核，审核通过后将尽快实施。"
DOCS.append({
    "file": "ah-xiuning-exhibit-selfeval.xlsx",
    "xlsx": {
        "sheet": "自评表",
        "widths": [8, 10, 18, 30, 20, 14, 30],
        "rows": [
            ["休宁县转移支付区域（项目）绩效目标自评表"],
            ["（2023年度）"],
            ["转移支付（项目）名称", None, "休宁县中共皖浙赣省委驻地旧址陈列布展项目"],
            ["中央主管部门", None, "国家文物局"],
            ["地方主管部门", None, "休宁县文化旅游体育局", None, "资金使用单位", "休宁县文物局"],
            ["资金情况（万元）", None, None, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）"],
            [None, None, "年度资金总额：", 127, 27.9996, "22%"],
            [None, None, "其中：中央财政资金", 127, 27.9996, "22%"],
            [None, None, "地方资金", 0, 0, 0],
            [None, None, "其他资金", 0, 0, 0],
            ["总体目标", None, None, None, "全年实际完成情况"],
            [XIUNING_GOAL, None, None, None, XIUNING_DONE],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
            [None, "产出指标", "数量指标", "布展面积", "300㎡", 0, XIUNING_WHY],
            [None, None, "质量指标", "指标1：工程实施总体质量", "一次性通过省文物局验收", "一次性", "未完成展陈建设"],
            [None, None, None, "指标2：安全事故发生率", "<=0%", "<=0%", "——"],
            [None, None, "时效指标", "指标1：招投标程序需要的时间（不含多次流标情况）", "1个月", "1个月", "——"],
            [None, None, None, "指标2：项目完成周期周期", "4个月", "4个月", XIUNING_WHY],
            [None, None, "成本指标", "指标：项目总下达资金", "<", None, None],
        ],
        "merges": ["A1:G1", "A2:G2", "A3:B3", "C3:G3", "A4:B4", "C4:G4", "A5:B5", "C5:D5", "F5:G5",
                   "A6:B10", "F6:G6", "F7:G7", "F8:G8", "F9:G9", "F10:G10", "A11:D11", "E11:G11",
                   "A12:D12", "E12:G12", "A13:A19", "B14:B19", "C15:C16", "C17:C18"],
        "centre_rows": (1, 2, 6, 11, 13),
        "bold_rows": (1,),
        "box_from": 3,
        "heights": {12: 60, 14: 32, 18: 32},
    },
    "gold": {
        "source_urls": ["https://m.bidcenter.com.cn/news-1-290573675.html"],
        "province": "安徽",
        "doc_kind": "自评表",
        "patterns": [1, 2, 5, 6, 8, 9, 10],
        "indicators": [
            ind("产出指标", "数量指标", "布展面积", None, 300, "㎡", "300㎡", actual=0),
            ind("产出指标", "质量指标", "工程实施总体质量", None, None, None, "一次性通过省文物局验收"),
            ind("产出指标", "质量指标", "安全事故发生率", "<=", 0, "%", "<=0%", actual=0),
            ind("产出指标", "时效指标", "招投标程序需要的时间（不含多次流标情况）", None, 1, "个月", "1个月", actual=1),
            ind("产出指标", "时效指标", "项目完成周期周期", None, 4, "个月", "4个月", actual=4),
            ind("产出指标", "成本指标", "项目总下达资金", "<", None, None, "<"),
        ],
        "goals": [{"kind": "总体目标", "text": XIUNING_GOAL}],
        "facts": [
            {"metric": "年度资金总额", "kind": "budget", "planned": 127, "actual": 27.9996, "stated_rate": 22,
             "unit": "万元"},
            {"metric": "年度资金总额", "kind": "sum", "total": 127, "parts": [127, 0, 0], "unit": "万元"},
        ],
        "findings": [
            finding("coverage.missing_dimension", "效益指标",
                    "the stored page stops in the 成本 row: the form as it stands has no 效益 indicator"),
            finding("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the form as it stands"),
            finding("target.missing_value", "项目总下达资金",
                    "the 指标值 cell holds only the operator < (the page stops there)"),
        ],
        "notes": ("休宁县 (黄山, 安徽) 2023 转移支付区域（项目）绩效目标自评表 for the 中共皖浙赣省委驻地旧址陈列布展 project "
                  "(国家文物局 money, 127万元, 27.9996万元 spent, 22% stated: 27.9996/127 = 22.05%, consistent at the "
                  "precision written). Aggregator copy (bidcenter); its page heading (…晥浙赣…展陈项目) is not part of the "
                  "form and is left out. The stored page stops in the 成本 row after '<', so the file ends there. "
                  "Template prefixes 指标1：/指标2：/指标： are kept in the cells and left out of the gold names; the "
                  "doubled word 项目完成周期周期 is kept. 布展面积 300㎡ has actual 0 with a reason; 工程实施总体质量 is a "
                  "pass/fail target (一次性通过省文物局验收, measurable) with actual '一次性' and a reason; the 时效 rows "
                  "report 1个月/4个月 as reached although the exhibition is not built (kept, no rule). No 分值/得分 "
                  "columns. 安全事故发生率 <=0% is a zero-accident target, not flagged.")
    },
})

# 3. 福建 省台联, 2017年财政支出项目绩效目标表 (DOCX) ---------------------------------------------------
TL_GOAL = ("通过发放台胞扶贫济困生活补贴，帮助我省台胞解决生活困难，调动广大台胞投身海西建设、服务祖国和平统一大业；"
           "增进与台湾同胞的沟通交流，促进两岸和平统一发展。")
TL_OVERVIEW = ("台胞扶贫济困生活补贴包括：台胞困难户每人每月200元，高龄补贴（无退休金的每人每月300元、有退休金的200元）；"
               "发挥桥梁纽带作用，创新对台联谊方式，深化同名村、丰收节、青年夏令营等对台交流，做好定居台胞服务，"
               "推动两岸宗亲、少数民族和青少年交流，推进闽台深度融合，广泛争取台湾民心。")
DOCS.append({
    "file": "fj-taiwan-compatriot-targets.docx",
    "docx": [
        ("title", "2017年财政支出项目绩效目标表"),
        ("center", "2017年07月31日  来源：福建台胞之家网"),
        ("p", "按照《福建省财政厅关于开展省直部门2016年度专项支出绩效自评工作的通知》（闽财绩函〔2017〕1号）的要求，"
              "现将我会2017年财政支出项目的绩效目标予以公开，详见附件《2017年财政支出项目绩效目标表》。"),
        ("center", "2017年财政支出项目绩效目标表"),
        ("p", "主管部门名称：福建省台湾同胞联谊会"),
        ("table", [
            ["专项名称", None, "台胞扶贫济困生活补贴、涉台联络专项经费及调研培训费", None, None, None],
            ["概况", None, TL_OVERVIEW, None, None, None],
            ["总体绩效目标", None, TL_GOAL, None, None, None],
            ["绩效目标", "评价指标", None, "绩效内容", "绩效标准", "全年绩效目标"],
            ["投入", "成本目标", "目标1", "发放省直困难、高龄台胞", "100%", "按实际情况发放"],
            [None, None, "目标2", "开展丰收节活动、夏令营活动、台胞技能培训、定居台胞困难大学生助学金", "100%", "100%"],
            ["产出", "数量目标", "目标1", "困难台胞、高龄台胞困难补助受益",
             "台胞困难户每月每人200元、高龄补贴（没退休金每月每人300元、有退休金200元）",
             "困难台胞432人、高龄台胞1792人、困难学生助学95人、困难台胞技能培训91人"],
            [None, None, "目标2", "争取台湾民心、增进乡情", "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期",
             "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期"],
            [None, None, "目标3", "困难台胞助学款", "定", None],
        ], [(0, 0, 0, 1), (0, 2, 0, 5), (1, 0, 1, 1), (1, 2, 1, 5), (2, 0, 2, 1), (2, 2, 2, 5), (3, 1, 3, 2),
            (4, 0, 5, 0), (4, 1, 5, 1), (6, 0, 8, 0), (6, 1, 8, 1)]),
    ],
    "gold": {
        "source_urls": ["http://fjtl.taiwan.cn/zxgg/201707/t20170731_11825756.htm"],
        "province": "福建",
        "doc_kind": "申报表",
        "patterns": [1, 4, 5, 6, 10],
        "indicators": [
            ind("产出指标", "成本指标", "发放省直困难、高龄台胞", None, None, None, "按实际情况发放"),
            ind("产出指标", "成本指标", "开展丰收节活动、夏令营活动、台胞技能培训、定居台胞困难大学生助学金", None, 100, "%",
                "100%"),
            ind("产出指标", "数量指标", "困难台胞、高龄台胞困难补助受益", None, 432, "人",
                "困难台胞432人、高龄台胞1792人、困难学生助学95人、困难台胞技能培训91人"),
            ind("产出指标", "数量指标", "争取台湾民心、增进乡情", None, 1, "次",
                "开展丰收节活动1次、夏令营活动1次、台胞技能培训2期"),
            ind("产出指标", "数量指标", "困难台胞助学款", None, None, None, ""),
        ],
        "goals": [{"kind": "总体目标", "text": TL_GOAL}],
        "facts": [],
        "findings": [
            finding("coverage.missing_dimension", "效益指标",
                    "the stored page stops in the third 产出 row: no 效益/效果 indicator in the file"),
            finding("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
            finding("target.missing_value", "发放省直困难、高龄台胞",
                    "the annual target is 按实际情况发放: the amount is left open (as 视情况)"),
            finding("target.missing_value", "困难台胞助学款",
                    "the row stops after '定' in 绩效标准; its 全年绩效目标 cell is empty"),
            finding("goal.unquantified", TL_GOAL[:15],
                    "names effects (解决生活困难, 增进交流) with no number, rate or deadline"),
        ],
        "notes": ("福建省台湾同胞联谊会 2017 财政支出项目绩效目标表 published on 福建台胞之家网 (old 投入/产出 layout). "
                  "Columns 绩效目标 │ 评价指标 (spanning the 目标N column) │ 绩效内容 │ 绩效标准 │ 全年绩效目标. The gold "
                  "reads 绩效内容 as the name and 全年绩效目标 as the target (绩效标准 holds the subsidy standard, e.g. "
                  "每月每人200元). 投入 │ 成本目标 rows are mapped to 产出指标/成本指标 (judgement call: the old 投入 block "
                  "is the cost block of the 88号 tree). Where a target lists several figures the first is the value "
                  "(432人; 1次). The stored page stops after '目标3 困难台胞助学款 定', so the document ends there: no 效果 "
                  "and no 满意度 rows. 概况 and 总体绩效目标 are our own words with the same figures.")
    },
})

# 4. 福建 南平 武夷山市, 2026 省级宣传文化事业发展专项资金 notice + 绩效目标表 (DOCX) -----------------------
WYS_GOAL = ("①邀请不少于3名来自不同国家的国际友人（武夷星国际茶文化志愿者）到武夷星开展茶知识实习实训，深入了解中国茶文化和"
            "武夷茶文化；②全年接待国际友人不少于100人次到武夷星体验中国茶文化，感受中国茶文化的魅力和武夷岩茶非遗制作技艺，"
            "例如2026年中秋邀请在武夷山的海外留学生参加“四季中国茶”品鉴茶会，邀请国际茶文化志愿者参加文化节活动，")
DOCS.append({
    "file": "fj-wuyishan-culture-targets.docx",
    "docx": [
        ("p", "武夷山市委宣传部、财政局："),
        ("p", "根据《福建省财政厅 中共福建省委宣传部关于提前下达2026年福建省省级宣传文化事业发展专项资金的通知》"
              "（闽财教指〔2025〕85号），现下达你市2026年省级宣传文化事业发展专项资金15万元，收入列“1100247文化旅游体育与"
              "传媒共同财政事权转移支付收入”科目。该资金纳入转移支付预算执行常态化监督范围，请你市财政部门及时在预算管理"
              "一体化系统中接收并登录预算指标，提高转移支付资金管理使用的规范性和有效性，严格按照《福建省省级宣传文化事业"
              "发展专项资金管理办法》的要求使用。"),
        ("p", "附件：1.2026年度省级宣传文化事业发展专项资金安排表"),
        ("p", "      2.专项资金绩效目标表"),
        ("p", "南平市财政局        中共南平市委宣传部"),
        ("p", "2026年2月12日"),
        ("p", "附件1"),
        ("center", "2026年度省级宣传文化事业发展专项资金安排表"),
        ("p", "单位：万元"),
        ("table", [
            ["县（市、区）", "项目名称", "单位名称", "金额"],
            ["武夷山市", "福建省对外文化交流基地建设（武夷星茶业有限公司）", "武夷山市委宣传部", "15"],
        ], []),
        ("p", "附件2："),
        ("center", "专项资金绩效目标表"),
        ("center", "（2026年度）"),
        ("table", [
            ["项目名称", "福建省省级宣传文化事业发展专项资金（对外文化交流基地建设）", None, None, None, None],
            ["主管部门（单位）名称", "武夷山市委宣传部", None, "补助区域", "武夷山市", None],
            ["资金情况（万元）", "资金总额：", None, "15", None, None],
            [None, "其中：财政拨款", None, "15", None, None],
            [None, "其他资金", None, "0", None, None],
            ["总体目标", WYS_GOAL, None, None, None, "15万元"],
            ["产出指标", "数量指标", "邀请国际友人实习实训涉及国家数量", "邀请国际友人实习实训涉及国家数量", "≥3个", None],
        ], [(0, 1, 0, 5), (1, 1, 1, 2), (1, 4, 1, 5), (2, 0, 4, 0), (2, 1, 2, 2), (2, 3, 2, 5), (3, 1, 3, 2),
            (3, 3, 3, 5), (4, 1, 4, 2), (4, 3, 4, 5), (5, 1, 5, 4)]),
    ],
    "gold": {
        "source_urls": ["https://www.chacewang.com/newsdetail/news935414.html"],
        "province": "福建",
        "doc_kind": "申报表",
        "patterns": [5, 8, 9, 10],
        "indicators": [
            ind("产出指标", "数量指标", "邀请国际友人实习实训涉及国家数量", ">=", 3, "个", "≥3个"),
        ],
        "goals": [{"kind": "总体目标", "text": WYS_GOAL}],
        "facts": [
            {"metric": "资金总额", "kind": "sum", "total": 15, "parts": [15, 0], "unit": "万元"},
        ],
        "findings": [
            finding("coverage.missing_dimension", "效益指标",
                    "the stored page stops after the first 产出 row: no 效益 indicator in the file"),
            finding("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
        ],
        "notes": ("南平市财政局/市委宣传部 notice (2026-02-12) handing 武夷山市 15万元 of the 2026 省级宣传文化事业发展专项资金 "
                  "for the 对外文化交流基地 (武夷星茶业), aggregator copy (chacewang). Notice text in our own words; the "
                  "aggregator drops sentences (…要求，附件：) and so does the document. 安排表: one row, 15, no 合计. "
                  "绩效目标表: the 总体目标 row ends with a cell '15万元' (kept as the page has it); the indicator block has "
                  "no header row (一级/二级/三级/指标值 are missing on the page) and its one row repeats the name in a second "
                  "column (指标解释 column, as on the page). The stored page stops after ≥3个, so the document ends there. "
                  "The goal holds two measured targets (不少于3名, 不少于100人次): no goal finding. A single indicator would "
                  "also be few, but the cut is the page's; only the missing 一级 are expected.")
    },
})

# 5. 福建 龙岩市, 2025 民族发展专项资金 notice + 分配表 + 专项转移支付绩效目标表 (DOCX) -----------------------
LY_GOAL = "促进民族乡村经济社会事业发展、铸牢中华民族共同体意识"
DOCS.append({
    "file": "fj-longyan-minority-targets.docx",
    "docx": [
        ("p", "索 引 号：LY00106-0400-2025-00001    主题分类：国民经济和社会发展统计信息"),
        ("p", "发布机构：龙岩市民族与宗教事务局    文 号：龙财行指〔2025〕8号    公文生成日期：2025-04-14"),
        ("title", "关于下达2025年龙岩市民族发展专项资金的通知"),
        ("p", "相关县（市、区）财政局、民族与宗教事务局："),
        ("p", "为推动少数民族地区经济社会事业发展，经研究，现下达民族发展专项资金55万元（详见附表），款列“2120815-农村社会事业"
              "支出”，上下级对账时列市对县补助支出。请专款专用，并反馈资金使用情况。"),
        ("p", "附件：1.2025年龙岩市民族发展专项资金分配表"),
        ("p", "      2.专项转移支付绩效目标表"),
        ("p", "龙岩市财政局           龙岩市民族与宗教事务局"),
        ("p", "2025年4月14日"),
        ("p", "附件1"),
        ("center", "2025年龙岩市民族发展专项资金分配"),
        ("table", [
            ["序号", "单位", "项目", "金额（万元）"],
            ["1", "新罗区", "新罗区“石榴红”民族团结工作室", "10"],
            ["2", "上杭县", "全省民族团结进步宣传月活动启动仪式", "10"],
            [None, None, "才溪镇大贵村光伏发电基站工程（二期）", "13"],
            [None, None, "南阳镇双溪村道路拓宽修复", "8"],
            [None, None, None, "31"],
            ["3", "漳平市", "双洋镇中村少数民族行政村茶山机耕道硬化", "7"],
            [None, None, "象湖镇科山村道路修复项目", "7"],
            [None, None, None, "14"],
            [None, None, None, "55"],
        ], [(2, 0, 5, 0), (2, 1, 5, 1), (6, 0, 8, 0), (6, 1, 8, 1)]),
        ("p", "附件2"),
        ("center", "专项转移支付绩效目标表"),
        ("center", "2025年度）"),
        ("table", [
            ["部门（单位）名称", None, "龙岩市民族与宗教事务局", None, None, "部门预算编码", "230001", None],
            ["项目名称", None, "民族发展专项资金", None, None, "补助区域", "县（区）", None],
            ["资金情况（万元）", None, "资金总额：", None, None, "55", None, None],
            [None, None, "其中：财政拨款", None, None, "55", None, None],
            [None, None, "其他资金", None, None, None, None, None],
            ["总体目标", None, LY_GOAL, None, None, None, None, None],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "区域目标值", None, None],
            [None, None, None, None, None, "新罗区", "上杭县", "漳平市"],
            [None, "产出指标", "数量目标", "基础设施建设、民族文化", None, None, None, None],
        ], [(0, 0, 0, 1), (0, 2, 0, 4), (0, 6, 0, 7), (1, 0, 1, 1), (1, 2, 1, 4), (1, 6, 1, 7), (2, 0, 4, 1),
            (2, 2, 2, 4), (2, 5, 2, 7), (3, 2, 3, 4), (3, 5, 3, 7), (4, 2, 4, 4), (4, 5, 4, 7), (5, 0, 5, 1),
            (5, 2, 5, 7), (6, 0, 8, 0), (6, 1, 7, 1), (6, 2, 7, 2), (6, 3, 7, 3), (6, 4, 7, 4), (6, 5, 6, 7)]),
    ],
    "landscape": True,
    "gold": {
        "source_urls": ["http://xxgk.longyan.gov.cn/mzyzjsws/gkml/0400/202504/t20250416_2211806.htm"],
        "province": "福建",
        "doc_kind": "申报表",
        "patterns": [1, 5, 8, 9, 10],
        "indicators": [
            ind("产出指标", "数量指标", "基础设施建设、民族文化", None, None, None, ""),
        ],
        "goals": [{"kind": "总体目标", "text": LY_GOAL}],
        "facts": [
            {"metric": "上杭县", "kind": "sum", "total": 31, "parts": [10, 13, 8], "unit": "万元"},
            {"metric": "漳平市", "kind": "sum", "total": 14, "parts": [7, 7], "unit": "万元"},
            {"metric": "合计", "kind": "sum", "total": 55, "parts": [10, 31, 14], "unit": "万元"},
        ],
        "findings": [
            finding("coverage.missing_dimension", "效益指标",
                    "the stored page stops inside the first 产出 row: no 效益 indicator in the file"),
            finding("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the file"),
            finding("target.missing_value", "基础设施建设、民族文化",
                    "the row ends in its name (page cut): no region target under 新罗区/上杭县/漳平市"),
            finding("goal.unquantified", LY_GOAL[:15],
                    "names effects (促进…发展, 铸牢…意识) with no number, rate or deadline"),
        ],
        "notes": ("龙岩市财政局/市民族与宗教事务局 notice 龙财行指〔2025〕8号 (55万元 民族发展专项资金) with its 分配 table and the "
                  "专项转移支付绩效目标表, on the city's disclosure site. Notice text in our own words. The 分配 table "
                  "(title without 表, as on the page) has unlabelled subtotal rows (31 = 10+13+8 for 上杭县, 14 = 7+7 for "
                  "漳平市) and an unlabelled total row 55 = 10+31+14: all consistent. The target table's title reads "
                  "'2025年度）' (opening bracket missing, kept); its 区域目标值 spans three county columns. The stored page "
                  "stops in the first indicator row inside the 三级 name '基础设施建设、民族文化', so the document ends "
                  "there: the row is kept with no value. 数量目标 (not 数量指标) is the page's 二级 word.")
    },
})

# 6. 安徽 宣城 宁国市, 2023 省级非遗保护资金转移支付 绩效自评报告 (DOCX, prose) ------------------------------
DOCS.append({
    "file": "ah-ningguo-heritage-selfreport.docx",
    "docx": [
        ("p", "索引号：113417025970934056/202404-00108    组配分类：部门项目"),
        ("p", "发布机构：宁国市文化和旅游局（广播电视局）    发文日期：2024-04-19 14:52"),
        ("title", "宁国市2023年省级非物质文化遗产保护资金转移支付 2023年度绩效自评报告"),
        ("p", "一、绩效目标分解下达情况"),
        ("p", "2023年我市获得下达的省级非物质文化遗产保护专项资金为2.1万元。"),
        ("p", "二、 绩效目标完成情况分析"),
        ("p", "（一）资金投入情况分析。"),
        ("p", "2023年下达我市的省级非物质文化遗产保护专项资金2.1万元已全部到位。"),
        ("p", "（二）资金管理情况分析"),
        ("p", "安徽省财政厅下达资金后，市财政局及时将专项资金分配到宁国市文旅局，按专项资金管理办法规范使用，严格按规定程序"
              "和财务制度支付，保证各项绩效目标顺利完成。"),
        ("p", "（三）总体绩效目标完成情况分析。"),
        ("p", "资金用于补助省级代表性传承人，支持其开展非遗宣传、展示、培训和教学等活动。补助传承人有助于不同地区、不同民族"
              "之间的文化交流，促进文化多样性发展，对加深各地相互了解、丰富国家和世界文化的多样性有积极作用。"),
        ("p", "（四）绩效指标完成情况分析。"),
        ("p", "（1）数量指标 对三名省级非遗代表性传承人按照7000元/人进行补助。"),
        ("p", "（2）质量指标 各传承人按照补助标准和要求，积极开展了各项非遗传承实践活动。"),
        ("p", "（3）时效指标"),
        ("p", "三名省级非遗代表性传承人按照7000元/人进行补"),
    ],
    "gold": {
        "source_urls": ["https://275167.com/OpennessContent/download/3265436.html"],
        "province": "安徽",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("宁国市文旅局 2023 自评报告 for 2.1万元 of 省级非遗保护资金 (three 省级传承人 at 7000元 each = 2.1万元, a "
                  "product, not a stated sum). Mirror copy of the 宁国 disclosure page. Prose only, in our own words with the "
                  "same figures; the stored page stops inside 二、（四）(3) 时效指标 in the middle of a word, and the "
                  "document stops there too. The (四) paragraphs report what was done per 二级 (no target values), so no "
                  "indicator is taken; the report states no goal of its own (its (三) describes results) and no rate.")
    },
})

# 7. 安徽 宣城市文旅局, 2023年项目及绩效目标情况 (DOCX, prose cut before its table) ---------------------------
DOCS.append({
    "file": "ah-xuancheng-heritage-projects.docx",
    "docx": [
        ("p", "索引号：11341700MB1911893J/202305-00010    组配分类：部门项目"),
        ("p", "发布机构：宣城市文化和旅游局（宣城市广播电视新闻出版局）    主题分类：商贸、海关、旅游"),
        ("p", "名称：市文旅局2023年项目及绩效目标情况    发布日期：2023-05-12"),
        ("title", "市文旅局2023年项目及绩效目标情况"),
        ("p", "1.非遗传承与保护"),
        ("p", "1）项目概述。依托申报的项目和资金，加强专项资金的管理和监督，推进徽州文化生态保护区和宣纸文化生态保护区建设，"
              "加强展示展演和推介交流，开展传承人群培训和抢救性记录，充分展现非遗的魅力与活力。"),
        ("p", "2）立项依据。《中华人民共和国非物质文化遗产法》（2011年2月25日第十一届全国人民代表大会常务委员会第十九次会议通过）；"
              "《安徽省非物质文化遗产条例》（2014年8月21日安徽省第十二届人民代表大会常务委员会第13次会议通过）。"),
        ("p", "3）实施主体。宣城市文化和旅游局。"),
        ("p", "4）起止时间。2023年1月1日至2023年12月31日。"),
        ("p", "5）项目内容。1.推进长三角一体化发展，加强长三角地区非遗合作交流，开展非遗项目展示展演；2.积极申报2024年度中央和"
              "省级非遗保护资助项目；3.以新的形式开展2023年“文化与自然遗产日”宣传展示活动，开展“我们的节日”春节、元宵、清明、"
              "端午、中秋节非遗线上线下展示展演；4.组织我市非遗项目参加国家和省组织的各类非遗展会。组织我市的非遗传承"),
    ],
    "gold": {
        "source_urls": ["https://wlj.xuancheng.gov.cn/OpennessContent/show/2727665.html"],
        "province": "安徽",
        "doc_kind": "项目及绩效目标情况 (cut before its 绩效目标表)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("宣城市文化和旅游局 page '市文旅局2023年项目及绩效目标情况' (the Anhui layout 项目概述/立项依据/实施主体/起止时间/"
                  "项目内容/年度预算安排/绩效目标 followed by a 项目支出绩效目标表). The stored page stops inside 5）项目内容 "
                  "of the first project (非遗传承与保护), before 年度预算安排, 绩效目标 and the table, so the document holds "
                  "prose only (our own words; law titles and dates as written). No goal is stated (项目概述 describes the "
                  "work, 项目内容 lists tasks), no amount, no indicator; the title is not a form title (目标表/申报表/自评表), "
                  "so no coverage finding is expected.")
    },
})

# 8. 福建 泉州 安溪县, 2025 市级衔接资金 (金谷镇田园风光) notice, cut in its 分配表 (XLSX) --------------------
AX_NOTICE = ("根据泉财指〔202576号文精神，现下达2025年市级财政衔接推进乡村振兴补助资金第二批“一县一溪一特色”田园风光建设项目"
             "50万元，款列2130599-其他巩固脱贫攻坚成果衔接乡村振兴支出”科目，同步下达任务清单和绩效目标详见附件1、2）。"
             "资金用于安溪县金谷溪畔田园风光建设项目。请按照《泉州市财政局 泉州市农业农村局关于印发泉州市市级特色现代农业"
             "发展专项资金管理规定3个专项资金管理规定的通知》（泉财20247号）和《安溪县乡村振兴专项资金使用管理办法》"
             "（安财农〔2020〕35号）的要求，按规定的用途和范围分配使用，加强监管，专款专用，任何部门和单位不得截留、挤占、"
             "挪用；资金支付按财政国库管理制度执行，并做好绩效跟踪管理，提高财政资金使用效益。")
DOCS.append({
    "file": "fj-anxi-jingu-alloc.xlsx",
    "xlsx": {
        "sheet": "通知",
        "widths": [8, 12, 30, 16, 22, 22],
        "rows": [
            ["索 引 号：QZ09026-0101-2025-00187    备注/文号：安农财〔2025〕48号"],
            ["发布机构：安溪县农业农村局    公文生成日期：2025-10-15"],
            ["安溪县农业农村局关于下达2025年市级财政衔接推进乡村振兴补助资金（第二批“一县一溪一特色”田园风光建设项目）的通知"],
            ["金谷镇人民政府："],
            [AX_NOTICE],
            ["附件1.2025年市级财政衔接推进乡村振兴补助资金第二批一县一溪一特色田园风光建设项目）分配表和任务清单"],
            ["2.2025年市级财政衔接推进乡村振兴补助资金第二批一县一溪一特色田园风光建设项目）绩效目标表"],
            ["安溪县农业农村局"],
            ["20251015"],
            ["附件1"],
            ["2025年市级财政衔接推进乡村振兴补助资金第二批一县一溪一特色田园风光建设项目）分配表和任务清单"],
            ["序号", "乡镇", "项目名称", "补助资金（万元）", "产业发展项目产出目标（个）", "效益目标"],
            ["1", None, None, None, None, None],
        ],
        "merges": ["A1:F1", "A2:F2", "A3:F3", "A4:F4", "A5:F5", "A6:F6", "A7:F7", "A8:F8", "A9:F9", "A10:F10",
                   "A11:F11"],
        "centre_rows": (3, 11, 12),
        "bold_rows": (3,),
        "box_from": 12,
        "heights": {3: 32, 5: 120, 6: 30, 7: 30, 11: 30},
    },
    "gold": {
        "source_urls": ["http://fjax.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/nyycgj/zfxxgkml/202510/t20251021_3220190.htm"],
        "province": "福建",
        "doc_kind": "下达通知 (cut in its 分配表和任务清单)",
        "patterns": [8, 9],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("安溪县农业农村局 notice 安农财〔2025〕48号 (2025-10-15) handing 金谷镇 50万元 of 市级衔接资金 for the 金谷溪畔 "
                  "田园风光 project. Notice text in our own words; the page's dropped characters are kept where they are "
                  "part of references and titles (泉财指〔202576号, 泉财20247号, unbalanced brackets in the attachment "
                  "titles, date '20251015'). The stored page stops in the 分配表和任务清单 after the header row and the "
                  "first 序号 cell '1', so the sheet ends there; the 绩效目标表 (附件2) is never reached. A notice that only "
                  "names its attached forms: no indicator, goal, fact or finding expected.")
    },
})


# --------------------------------------------------------------------------- main


def gold_for(doc: dict, source: str) -> dict:
    gold = {"source": source}
    gold.update(doc["gold"])
    return gold


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = parser.parse_args(argv)
    ANN.mkdir(exist_ok=True)
    for doc in DOCS:
        path = HERE / doc["file"]
        if "xlsx" in doc:
            write_xlsx(path, doc["xlsx"])
        else:
            write_docx(path, doc["docx"], landscape=doc.get("landscape", False))
        sources = [path.name]
        if not args.no_pdf:
            to_pdf(path)
            sources.append(path.with_suffix(".pdf").name)
        for source in sources:
            out = ANN / f"{source}.json"
            out.write_text(json.dumps(gold_for(doc, source), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {', '.join(sources)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
