"""Write the blind5 part of the real-layout corpus (documents + gold) into corpora/real_layouts/blind5/.

Every document reproduces one public page (address in SOURCES.md and in the gold): table layout cell for cell
(header rows, merged cells, column order, empty cells, defects) and the facts (indicator names, values, units,
amounts); longer sentences (goals, narrative) are written in our own words with the same meaning and numbers.
Where the stored page text stops in the middle of a form, only what is shown is reproduced, and the gold's
``notes`` say so (no coverage or total finding is expected for what the cut removed).

The gold is hand-set in this file from the same data the writers use; nothing was run on the documents before it
was written. DOCX/XLSX are byte-deterministic (fixed core-property dates and zip timestamps); the PDFs are
LibreOffice exports (``--no-pdf`` skips them).

    python corpora/real_layouts/blind5/make_blind5_layouts.py [--no-pdf]
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
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
FIXED_TIME = dt.datetime(2025, 3, 1, 9, 0, 0)


# ---------------------------------------------------------------------------------------------------------------
# gold helpers
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None) -> dict:
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


def sum_fact(metric, total, parts, unit="万元") -> dict:
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def first15(text: str) -> str:
    return text[:15]


@dataclass
class Doc:
    file: str
    make: object
    url: str
    province: str
    doc_kind: str
    patterns: list
    indicators: list = field(default_factory=list)
    goals: list = field(default_factory=list)
    facts: list = field(default_factory=list)
    findings: list = field(default_factory=list)
    notes: str = ""

    def gold(self, source: str) -> dict:
        return {"source": source, "source_urls": [self.url], "province": self.province, "doc_kind": self.doc_kind,
                "patterns": self.patterns, "indicators": self.indicators, "goals": self.goals,
                "facts": self.facts, "findings": self.findings, "notes": self.notes}


# ---------------------------------------------------------------------------------------------------------------
# writers: DOCX
# ---------------------------------------------------------------------------------------------------------------
def new_docx(landscape=False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "Noto Sans CJK SC"
    section = doc.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    return doc


def heading(doc, text, level=1):
    doc.add_heading(text, level=level)


def para(doc, text):
    doc.add_paragraph(text)


def docx_table(doc, n_rows, n_cols, cells, merges=()):
    """cells: {(r, c): text}; merges: [(r1, c1, r2, c2)] — the merged range keeps the text of its first cell."""
    table = doc.add_table(rows=n_rows, cols=n_cols)
    table.style = "Table Grid"
    for (r1, c1, r2, c2) in merges:
        text = cells.get((r1, c1), "")
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        merged.text = text
    merged_cells = {(r, c) for (r1, c1, r2, c2) in merges
                    for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    for (r, c), text in cells.items():
        if (r, c) not in merged_cells:
            table.cell(r, c).text = text
    return table


def save_docx(doc, path: Path) -> None:
    doc.core_properties.author = "jixiao blind5"
    doc.core_properties.last_modified_by = "jixiao blind5"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------------------------------
# writers: XLSX
# ---------------------------------------------------------------------------------------------------------------
def new_sheet(title, widths):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    return wb, ws


def xlsx_fill(ws, cells, merges=()):
    """cells: {"A1": value}; merges: ["A1:F1"]; every written cell wraps text and gets a thin border."""
    from openpyxl.styles import Alignment, Border, Side
    thin = Side(style="thin")
    for ref, value in cells.items():
        ws[ref] = value
    for rng in merges:
        ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)


def fit_page(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def save_xlsx(wb, path: Path) -> None:
    wb.properties.creator = "jixiao blind5"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def normalise_zip(data: bytes) -> bytes:
    """Same entries in a fixed order with fixed timestamps (and fixed dates in docProps/core.xml)."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              lambda m: m.group(1) + stamp.encode(), body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found; run with --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=240)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


# ===============================================================================================================
# 1. 天津 东丽区 — 东丽湖新建光辉路工程 2020年度绩效自评报告 (prose, the whole page)
# ===============================================================================================================
DONGLI_URL = "https://www.tjdl.gov.cn/gongkai/czzjzdjc/202105/t20210514_5450772.html"
DONGLI_GOALS = [
    goal("总体目标", "1.保质保量完成道路建设座"),
    goal("总体目标", "2.工程施工质量符合验收相关要求，按时投入使用"),
    goal("总体目标", "3.改善周边居民出行需求"),
]


def make_dongli(path: Path) -> None:
    doc = new_docx()
    heading(doc, "（直达资金）天津市东丽湖新建光辉路（智景东道-星宇道）工程项目2020年度绩效自评报告", 0)
    para(doc, "发布时间：2021-05-14　　来源：天津市东丽区财政局")
    heading(doc, "一、绩效目标分解下达情况")
    para(doc, "东丽区雨污分流改造工程项目估算总投资2082.48万元，其中区财政通过抗疫特别国债安排资金700万元。")
    heading(doc, "二、绩效目标完成情况分析")
    heading(doc, "（一）资金投入情况分析。", 2)
    para(doc, "项目已拨付工程款700万元；前期费用和其余工程款尚待申请，尾款在项目完工、质保期满后支付。")
    heading(doc, "（二）总体绩效目标完成情况分析。", 2)
    para(doc, "依据东丽区东丽湖新建光辉路（智景东道-星宇道）工程方案，设定项目绩效目标如下："
         + "；".join(g["text"] for g in DONGLI_GOALS) + "。")
    para(doc, "总体绩效目标基本完成。")
    heading(doc, "（三）绩效指标完成情况分析。", 2)
    para(doc, "1.产出指标完成情况分析。")
    para(doc, "数量指标：完成道路建设491米，已完成；")
    para(doc, "质量指标：确保天桥质量，已完成；")
    para(doc, "时效指标：按时完成建设，随项目进度把控；")
    para(doc, "2.效益指标完成情况分析。")
    para(doc, "社会效益指标：方便周边居民出行，已完成；")
    para(doc, "可持续影响指标：持续改善周边居民出行，已完成。")
    para(doc, "3.满意度指标完成情况分析。")
    para(doc, "服务对象满意度指标：提升周边居民满意度，已完成。")
    heading(doc, "三、偏离绩效目标的原因和下一步改进措施")
    heading(doc, "四、绩效自评结果拟应用和公开情况")
    para(doc, "按规定申请公开。")
    heading(doc, "五、其他需要说明的问题")
    save_docx(doc, path)


DONGLI = Doc(
    file="tj-dongli-guanghui-road-selfreport.docx", make=make_dongli, url=DONGLI_URL, province="天津",
    doc_kind="自评报告", patterns=[10],
    indicators=[],
    goals=DONGLI_GOALS,
    facts=[{"metric": "预算执行率", "kind": "budget", "planned": 700.0, "actual": 700.0, "stated_rate": None,
            "unit": "万元"}],
    findings=[
        finding("goal.unquantified", first15(DONGLI_GOALS[0]["text"]),
                "names an output (道路建设) but the number before 座 is missing"),
        finding("goal.unquantified", first15(DONGLI_GOALS[2]["text"]),
                "an effect (改善出行需求) with no number, rate or deadline"),
    ],
    notes="Prose self-evaluation report reproduced whole (the page ends with an empty section 三 and 五). Defects kept: "
          "section 一 names another project (东丽区雨污分流改造工程) for the 2082.48万元 estimate; goal 1 lost its "
          "number (道路建设座); the quality line speaks of a 天桥 on a road project; sections 三 and 五 are empty. "
          "The indicator results are prose lines (数量指标：完成道路建设491米，已完成), not a table, so no indicator "
          "rows are expected. Goal 2 is a pass/fail result (符合验收要求) and is not expected as unquantified. The "
          "budget fact is 700万元 arranged / 700万元 paid, no rate written.",
)


# ===============================================================================================================
# 2. 天津 (区城市管理委员会; the mirror masks the district) — 抗疫特别国债项目绩效目标表（打捆项目） 2020
# ===============================================================================================================
SANITATION_URL = ("http://13560281748.com/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374860.html")
SANITATION_GOAL_TEXTS = [
    "1.依照本市市容环境卫生管理条例和疫情期间的各项文件要求，做好全区污染防治和环境卫生保洁、消杀，"
    "提升我区环境卫生质量，坚决杜绝病媒传播。",
    "2.由服务外包公司以服务外包方式承担，做到道路干净整洁、生活垃圾日产日清。",
]
# (level1, level2, name, value cell, gold operator, value, unit)
SANITATION_ROWS = [
    ("产出指标", "数量指标", "清扫保洁道路面积", "1346.0088万平方米", None, 1346.0088, "万平方米"),
    ("产出指标", "数量指标", "清扫保洁道路条数", "485条", None, 485, "条"),
    ("产出指标", "数量指标", "生活垃圾运输车辆", "283辆", None, 283, "辆"),
    ("产出指标", "质量指标", "垃圾无害化处理率", "100%", None, 100, "%"),
    ("产出指标", "时效指标", "城市道路以克论净量化考核", "1次/月", None, 1, "次/月"),
    ("产出指标", "时效指标", "环境卫生专项考核", "1次/月", None, 1, "次/月"),
    ("产出指标", "时效指标", "各项费用使用周期", "2020年1月--2020年11月", None, None, None),
    ("产出指标", "成本指标", "人工成本", "≤620万/月", "<=", 620, "万/月"),
    ("效益指标", "社会效益指标", "清扫保洁覆盖率", "≥99%", ">=", 99, "%"),
    ("效益指标", "可持续影响指标", "保障期限", "2020年1月--2020年11月", None, None, None),
    ("满意度指标", "服务对象满意度指标", "周围群众满意度", "≥90%", ">=", 90, "%"),
]


def runs(keys):
    """[(start, end)] index ranges of equal consecutive keys."""
    out, start = [], 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            out.append((start, i - 1))
            start = i
    return out


def make_sanitation(path: Path) -> None:
    wb, ws = new_sheet("绩效目标表", {"A": 8, "B": 12, "C": 16, "D": 28, "E": 22, "F": 6})
    cells = {
        "A1": "抗疫特别国债项目绩效目标表（打捆项目）",
        "A2": "（2020年度）",
        "A3": "项目名称", "B3": "疫情期间区域病媒防治环境卫生清洁等费用",
        "A4": "主管预算部门", "B4": "区城市管理委员会", "C4": "项目预算金额（万元）", "D4": 5652,
        "A5": "绩效目标", "B5": "\n".join(SANITATION_GOAL_TEXTS),
        "A6": "绩效指标", "B6": "一级指标", "C6": "二级指标", "D6": "三级指标", "E6": "指标值",
    }
    merges = ["A1:F1", "A2:F2", "B3:F3", "D4:F4", "B5:F5", "E6:F6"]
    first = 7
    for i, (_l1, _l2, name, value, *_rest) in enumerate(SANITATION_ROWS):
        r = first + i
        cells[f"D{r}"] = name
        cells[f"E{r}"] = value
        merges.append(f"E{r}:F{r}")
    last = first + len(SANITATION_ROWS) - 1
    merges.append(f"A6:A{last}")
    for key_col, index in (("B", 0), ("C", 1)):
        keys = [row[index] if index == 0 else (row[0], row[1]) for row in SANITATION_ROWS]
        for s, e in runs(keys):
            cells[f"{key_col}{first + s}"] = SANITATION_ROWS[s][index]
            if e > s:
                merges.append(f"{key_col}{first + s}:{key_col}{first + e}")
    xlsx_fill(ws, cells, merges)
    ws.row_dimensions[5].height = 75
    fit_page(ws, landscape=False)
    save_xlsx(wb, path)


SANITATION = Doc(
    file="tj-district-epidemic-sanitation-targets.xlsx", make=make_sanitation, url=SANITATION_URL, province="天津",
    doc_kind="申报表", patterns=[1, 2, 6, 10],
    indicators=[ind(l1, l2, name, op, val, unit, text) for (l1, l2, name, text, op, val, unit) in SANITATION_ROWS],
    goals=[goal("目标", t) for t in SANITATION_GOAL_TEXTS],
    facts=[],
    findings=[
        finding("goal.unquantified", first15(SANITATION_GOAL_TEXTS[0]),
                "effects (提升环境卫生质量, 杜绝病媒传播) with no number, rate or deadline"),
    ],
    notes="Whole form as on the page (a mirror of a 天津 district site: the district name is masked by the mirror, "
          "the CMS address pattern and the 城市管理委员会 are those of 天津 districts). 绩效指标 label merged down "
          "the indicator block; 指标值 merged over two columns; values and units in one cell (1346.0088万平方米, "
          "485条, ≤620万/月); two 时效/可持续 rows hold a period (2020年1月--2020年11月) instead of a number, which "
          "is a date range and no finding. ≤620万/月 is kept as written (万 = 万元 in these forms; 11 months x 620 "
          "exceeds the 5652万元 budget, not a scored rule). Goal 2 (日产日清) states a daily standard and is not "
          "expected as unquantified. Goals rewritten in our own words.",
)


# ===============================================================================================================
# 3. 天津 宝坻区 — 农业绿色发展专项（畜禽粪污资源化利用整县推进项目）2022年中央预算内投资计划绩效目标表 (cut)
# ===============================================================================================================
BAODI_URL = "http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202207/t20220710_5930157.html"
BAODI_GOAL = "提高畜禽粪污综合利用率和规模养殖场设施装备配套率。"
BAODI_ROWS = [  # (二级 column as written = canonical 一级, name, value cell, op, value, unit)
    ("产出指标", "建设项目个数（含续建）", "1", None, 1, None),
    ("产出指标", "竣工验收合格率", "100%", None, 100, "%"),
    ("产出指标", "按进度计划实施情况", "按计划实施", None, None, None),
    ("效益指标", "完工项目县畜禽粪污综合利用率", "≥90%", ">=", 90, "%"),
]


def make_baodi(path: Path) -> None:
    doc = new_docx()
    para(doc, "津财基指〔2022〕23号")
    para(doc, "宝坻区财政局：")
    para(doc, "依据《财政部关于下达2022年农业绿色发展专项（畜禽粪污资源化利用整县推进项目）中央基建投资预算的通知》"
              "（财建〔2022〕111号）和市发展改革委、市农业农村委转发下达该专项2022年中央预算内投资计划的通知"
              "（津发改批复（投资）〔2022〕19号），下达你区2022年预算2350万元，专门用于天津市宝坻区畜禽粪污资源化"
              "利用整县推进项目（12000022P10000210006W），功能分类科目列“213.农林水支出”，请专款专用。")
    para(doc, "请按上述文件下达的中央绩效目标做好绩效监控，确保年度绩效目标按期实现；预算年度结束后及时将项目绩效"
              "自评报告报我局备案，并接受财政部天津监管局监督。")
    para(doc, "附件：天津市农业绿色发展专项（畜禽粪污资源化利用整县推进项目）2022年中央预算内投资计划绩效目标表")
    para(doc, "2022年5月27日")
    para(doc, "附件")
    para(doc, "天津市农业绿色发展专项（畜禽粪污资源化利用整县推进项目）2022年中央预算内投资计划绩效目标表")
    para(doc, "（天津市宝坻区畜禽粪污资源化利用整区推进项目）")
    n_cols, first = 5, 5
    cells = {
        (0, 0): "专项名称", (0, 1): "农业绿色发展专项（畜禽粪污资源化利用整县推进项目）",
        (1, 0): "下达地方或单位", (1, 1): "宝坻区人民政府",
        (2, 0): "下达中央预算内投资（万元）", (2, 1): "2350",
        (3, 0): "总体目标", (3, 1): BAODI_GOAL,
        (4, 0): "绩效指标", (4, 1): "一级指标", (4, 2): "二级指标", (4, 3): "三级指标", (4, 4): "指标值",
    }
    merges = [(0, 1, 0, 4), (1, 1, 1, 4), (2, 1, 2, 4), (3, 1, 3, 4)]
    for i, (_l2, name, value, *_rest) in enumerate(BAODI_ROWS):
        cells[(first + i, 3)] = name
        cells[(first + i, 4)] = value
    last = first + len(BAODI_ROWS) - 1
    cells[(first, 1)] = "实施效果指标"
    merges += [(4, 0, last, 0), (first, 1, last, 1)]
    for s, e in runs([row[0] for row in BAODI_ROWS]):
        cells[(first + s, 2)] = BAODI_ROWS[s][0]
        if e > s:
            merges.append((first + s, 2, first + e, 2))
    docx_table(doc, last + 1, n_cols, cells, merges)
    save_docx(doc, path)


BAODI = Doc(
    file="tj-baodi-manure-capex-targets.docx", make=make_baodi, url=BAODI_URL, province="天津",
    doc_kind="申报表", patterns=[1, 2, 4, 10],
    indicators=[ind(l1, None, name, op, val, unit, text) for (l1, name, text, op, val, unit) in BAODI_ROWS],
    goals=[goal("总体目标", BAODI_GOAL)],
    facts=[],
    findings=[
        finding("target.missing_unit", "建设项目个数（含续建）", "a bare 1 with no unit (个)"),
        finding("target.time_no_deadline", "按进度计划实施情况",
                "a schedule indicator valued 按计划实施, with no date, duration or rate"),
        finding("goal.unquantified", first15(BAODI_GOAL), "a change verb (提高) with no number"),
        finding("coverage.missing_dimension", "满意度指标",
                "the table as it stands holds 产出 and 效益 rows only: no 满意度 row (relabelled, see notes)"),
    ],
    notes="Notice (our own words) + the central-investment target table of the page (mirror of the 宝坻 district "
          "site). Levels are shifted: the 一级指标 column holds one merged label 实施效果指标, the 二级指标 column "
          "holds 产出指标/效益指标 and the 三级指标 column the names, so level1 = 产出指标/效益指标 and level2 = null. "
          "The stored page stops inside the 5th indicator name (完工项目县规模养殖场畜禽粪污处理…); that partial row "
          "and everything after it are left out, so no coverage finding (满意度) is expected for what the cut removed."
          " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
          "first written under the brief's cut convention.",
)


# ===============================================================================================================
# 4. 陕西 榆林 清涧县 — 2021年中央财政专项扶贫资金 绩效目标申报表 (果园路; cut after 成本指标)
# ===============================================================================================================
QINGJIAN_URL = "http://qjzhf.gov.cn/Government/PublicInfoShow.aspx?ID=15161"
QINGJIAN_GOAL_TEXTS = [
    "1、完善基础设施，建设呼家河至鲍家沟果园路2公里、寨山石坪果园路2公里",
    "2、建设水泥硬化路面、边沟和交通安全设施，解决生产道路硬化和生命防护问题",
    "3、使群众生产生活条件得到极大改善",
]
QINGJIAN_ROWS = [  # (level1, level2, name, value cell, op, value, unit)
    ("产出指标", "数量指标", "寨山石坪村新建水泥路1条", "2km", None, 2, "km"),
    ("产出指标", "数量指标", "呼家河至鲍家沟新建水泥路1条", "2km", None, 2, "km"),
    ("产出指标", "质量指标", "项目（工程）验收合格率", "100%", None, 100, "%"),
    ("产出指标", "时效指标", "项目（工程）完成及时率", "100%", None, 100, "%"),
    ("产出指标", "成本指标", "硬化水泥砼公路补助标准", "≤120万元", "<=", 120, "万元"),
]


def make_qingjian(path: Path) -> None:
    wb, ws = new_sheet("附表1", {c: w for c, w in zip("ABCDEFGH", (8, 12, 14, 16, 14, 10, 10, 10))})
    cells = {
        "A1": "附表1",
        "A2": "绩效目标申报表",
        "A3": "（2021年度）",
        "A4": "项目名称", "B4": "2021年交通局寨山石坪、鲍家沟果园路", "E4": "项目负责人及联系电话",
        "F4": "刘志龙 0912-*******",
        "A5": "主管部门", "B5": "清涧县交通运输局", "E5": "实施单位", "F5": "清涧县交通运输局",
        "A6": "资金情况", "B6": "年度资金总额：", "D6": 500,
        "B7": "其中：财政拨款", "D7": 500,
        "B8": "其他资金",
        "A9": "总体目标", "B9": "年度目标",
        "B10": "  ".join(QINGJIAN_GOAL_TEXTS),
        "A11": "绩效指标", "B11": "一级指标", "C11": "二级指标", "D11": "三级指标", "F11": "指标值",
    }
    merges = ["A1:H1", "A2:H2", "A3:H3", "B4:D4", "F4:H4", "B5:D5", "F5:H5", "A6:A8",
              "B6:C6", "D6:H6", "B7:C7", "D7:H7", "B8:C8", "D8:H8", "A9:A10", "B9:H9", "B10:H10",
              "D11:E11", "F11:H11"]
    first = 12
    for i, (_l1, _l2, name, value, *_rest) in enumerate(QINGJIAN_ROWS):
        r = first + i
        cells[f"D{r}"] = name
        cells[f"F{r}"] = value
        merges += [f"D{r}:E{r}", f"F{r}:H{r}"]
    last = first + len(QINGJIAN_ROWS) - 1
    merges.append(f"A11:A{last}")
    cells[f"B{first}"] = "产出指标"
    merges.append(f"B{first}:B{last}")
    for s, e in runs([row[1] for row in QINGJIAN_ROWS]):
        cells[f"C{first + s}"] = QINGJIAN_ROWS[s][1]
        if e > s:
            merges.append(f"C{first + s}:C{first + e}")
    xlsx_fill(ws, cells, merges)
    ws.row_dimensions[10].height = 60
    fit_page(ws, landscape=False)
    save_xlsx(wb, path)


QINGJIAN = Doc(
    file="sn-qingjian-orchard-road-targets.xlsx", make=make_qingjian, url=QINGJIAN_URL, province="陕西",
    doc_kind="申报表", patterns=[1, 2, 6, 10],
    indicators=[ind(l1, l2, name, op, val, unit, text) for (l1, l2, name, text, op, val, unit) in QINGJIAN_ROWS],
    goals=[goal("年度目标", t) for t in QINGJIAN_GOAL_TEXTS],
    facts=[],
    findings=[
        finding("goal.unquantified", first15(QINGJIAN_GOAL_TEXTS[1]),
                "outputs (路面、边沟、交安设施) with no number, rate or deadline"),
        finding("goal.unquantified", first15(QINGJIAN_GOAL_TEXTS[2]), "an effect with no number"),
        finding("coverage.missing_dimension", "效益指标",
                "the form as it stands ends at the 成本指标 row: no 效益 row (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标",
                "the form as it stands ends at the 成本指标 row: no 满意度 row (relabelled, see notes)"),
    ],
    notes="附表1 of the county notice (the notice itself is left out: it only repeats the 500万元). The stored page "
          "stops at the first 效益指标 row (…效益指标 | 经济效益), so the form is reproduced down to the 成本指标 row; "
          "no coverage finding (效益/满意度) is expected for the cut. The project leader's phone is masked. Kept as "
          "found: the 总体目标 label cell over a 年度目标 sub-header, the count glued into the names (新建水泥路1条) "
          "while the value cell gives the length (2km), 补助标准 ≤120万元 with no per-km basis. Goals in our words."
          " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
          "first written under the brief's cut convention.",
)


# ===============================================================================================================
# 5. 陕西 宝鸡 陈仓区 — 2023年中央残疾人事业发展补助资金 notice + 绩效目标表 head (cut at 年度总体目标)
# ===============================================================================================================
CHENCANG_URL = "http://www.chencang.gov.cn/col8173/col8180/col16406/202303/t20230316_130496.html"


def make_chencang(path: Path) -> None:
    doc = new_docx()
    para(doc, "区残联：")
    para(doc, "依据宝鸡市财政局《关于下达2023年中央残疾人事业发展补助资金的通知》（宝市财办社〔2022〕334号）和宝鸡市"
              "陈仓区财政局《关于下达财政预算支出指标（直达资金）的通知》（宝陈财专社字〔2023〕17号），现下达你们2023年"
              "中央残疾人事业发展补助资金134.39万元，其中一般公共预算资金50.29万元，中央专项彩票公益金支持残疾人事业"
              "发展补助资金84.1万元。")
    para(doc, "一般公共预算资金列功能分类科目“2081199其他残疾人事业支出”，用于7岁以上残疾人康复、农村困难残疾人实用"
              "技术培训、残疾人机动车燃油补贴和阳光家园计划（智力、精神和重度肢体残疾人托养服务）等；彩票公益金列"
              "“2296006用于残疾人事业的彩票公益金支出”，用于0-6岁残疾儿童康复救助及早期干预试点、困难残疾人家庭"
              "无障碍改造、残疾人文化服务、残疾评定补贴、残疾学生助学以及康复和托养机构设备补助等。政府经济分类"
              "科目列“50999其他对个人和家庭补助”，部门经济分类科目列“30399其他对个人和家庭的补助”。")
    para(doc, "本次下达的一般公共预算资金50.29万元为中央直达资金，标识“01中央直达资金”，在分配、拨付、使用各环节"
              "保持不变。请专款专用，并对照绩效目标做好绩效监控，确保年度绩效目标如期完成。")
    para(doc, "附件：1.绩效目标表（一般公共预算资金）")
    para(doc, "2.绩效目标表（福彩公益金）")
    para(doc, "绩效目标表（一般公共预算资金）")
    cells = {
        (0, 0): "项目名称", (0, 1): "残疾人事业发展补助资金（一般公共预算）",
        (1, 0): "区级主管部门", (1, 1): "区残联",
        (2, 0): "资金金额", (2, 1): "年度资金总额", (2, 2): "",
        (3, 1): "其中：中央补助", (3, 2): "50.29",
        (4, 1): "地方资金", (4, 2): "",
    }
    merges = [(0, 1, 0, 2), (1, 1, 1, 2), (2, 0, 4, 0)]
    docx_table(doc, 5, 3, cells, merges)
    save_docx(doc, path)


CHENCANG = Doc(
    file="sn-chencang-disability-fund-notice.docx", make=make_chencang, url=CHENCANG_URL, province="陕西",
    doc_kind="申报表", patterns=[9, 10],
    indicators=[], goals=[],
    facts=[sum_fact("中央残疾人事业发展补助资金", 134.39, [50.29, 84.1])],
    findings=[
        finding("coverage.missing_dimension", "产出指标", "the 绩效目标表 as it stands holds no indicator (relabelled, see notes)"),
        finding("coverage.missing_dimension", "效益指标", "the 绩效目标表 as it stands holds no indicator (relabelled, see notes)"),
        finding("coverage.missing_dimension", "满意度指标", "the 绩效目标表 as it stands holds no indicator (relabelled, see notes)"),
    ],
    notes="District fund notice (our own words; amounts, document numbers and subject codes as found) and the head of "
          "its first 绩效目标表. The stored page stops inside the 年度总体目标 cell (…为农村困难残疾人进行实), so the "
          "table is reproduced down to 地方资金; the 年度资金总额 cell is empty on the page. No indicator rows, no goal "
          "and no finding were first expected; the only fact is 134.39 = 50.29 + 84.1 (which adds up). "
          "Relabelled by the lead in the eighth session to README's policy for a form judged as the file stands (this "
          "part's brief said then to expect no finding a cut explains): the form holds no indicator, so every 一级 "
          "dimension is missing.",
)


# ===============================================================================================================
# 6. 上海 浦东新区 塘桥街道 — 2018年度小区综合整新项目绩效评价报告 (cover, table of contents, summary; cut)
# ===============================================================================================================
TANGQIAO_URL = "http://m.baogao8.com/p-126565.html"
TANGQIAO_TOC = [
    "摘要", "一、项目基本情况 - 1 -", "（一）项目立项背景和目的 - 1 -", "（二）预算安排和实际支出情况 - 1 -",
    "（三）组织管理和执行情况 - 4 -", "（四）绩效目标完成情况 - 5 -", "二、评价工作实施情况 - 6 -",
    "（一）绩效评价工作方案制定过程 - 6 -", "（二）评价方式方法 - 6 -", "1.绩效评价的原则 - 6 -",
    "2.绩效评价的要求 - 6 -", "3.评价指标体系及标准 - 7 -", "4.评价方法 - 7 -",
    "（三）数据采集方法及过程 - 7 -", "（四）绩效评价实施过程 - 7 -", "1.基础数据采集 - 8 -", "2.问卷调研 - 8 -",
    "3.数据分析及撰写报告 - 8 -", "（五）绩效评价的局限性 - 8 -", "三、评价结论和指标分析 - 9 -",
    "（一）评价结论 - 9 -", "1.评价结果 - 9 -", "（二）绩效分析 - 10 -", "四、业绩和经验、主要问题、建议和措施 - 12 -",
    "（一）主要业绩和经验 - 12 -", "（二）存在的主要问题 - 12 -", "（三）相关建议和措施 - 12 -",
    "报告附件： - 13 -", "附件1：问卷调查汇总分析报告 - 13 -",
]


def make_tangqiao(path: Path) -> None:
    doc = new_docx()
    heading(doc, "浦东新区2018年度塘桥街道小区综合整新项目绩效评价报告", 0)
    para(doc, "评价机构：上海申杰社会组织培育中心")
    para(doc, "2019年6月14日")
    cells = {
        (0, 0): "项目名称", (0, 1): "小区综合整新",
        (1, 0): "项目单位", (1, 1): "塘桥街道党政办、管理办、平安办、服务办",
        (2, 0): "主管部门", (2, 1): "塘桥街道办事处",
        (3, 0): "委托单位", (3, 1): "塘桥街道办事处",
        (4, 0): "有效性", (4, 1): "封面加盖评价机构公章有效",
        (5, 0): "页码数", (5, 1): "共计19页",
    }
    docx_table(doc, 6, 2, cells)
    heading(doc, "目录")
    for line in TANGQIAO_TOC:
        para(doc, line)
    heading(doc, "摘要")
    para(doc, "随着城市化进程加快和居民生活水平提高，居民对住宅小区及沿街环境设施提出了更高要求。为给居民创造更便捷、"
              "舒适的生活环境，塘桥街道于2018年实施了小区综合整新项目，目的是改善老旧住宅小区的居住环境、出行条件和"
              "周边安全设施，提升老旧小区居住品质，完善住宅质量。项目实施内容主要包括街边景观设计和环境整治、改造"
              "小区门头以及提升整体……")
    save_docx(doc, path)


TANGQIAO = Doc(
    file="sh-pudong-tangqiao-estate-eval-report.docx", make=make_tangqiao, url=TANGQIAO_URL, province="上海",
    doc_kind="评价报告", patterns=[8, 10],
    indicators=[], goals=[], facts=[], findings=[],
    notes="Opening of a third-party evaluation report (document-sharing mirror of the 塘桥街道 report): cover, "
          "the information block (有效性：封面加盖评价机构公章有效, 页码数), the table of contents with page numbers "
          "(- 1 -, - 12 -) and the first sentences of the summary, which the stored page cuts mid-sentence (kept "
          "with ……). The summary states the project's purpose in prose but no section labelled 目标; no goal, "
          "indicator, fact or finding is expected (page numbers of the contents are not amounts or scores).",
)


# ===============================================================================================================
# 7. 海南 省财政厅 — 2024年中央基建投资预算表（省级部门） notice + allocation table (cut at the 4th row)
# ===============================================================================================================
HAINAN_URL = "http://mof.hainan.gov.cn/sczt/0503/202408/606c26ff0ea94ddfadea23748b6039d3.shtml?ddtab=true"
HAINAN_ROWS = [
    ("海南省大数据管理局", "反走私综合执法站信息化配套项目", 8000, "2299999-其他支出", "50602-资本性支出（基本建设）"),
    ("海南省公安厅", "反走私视频图像前端补点（一期）项目", 20500, "2299999-其他支出", "50404-设备购置"),
    ("海南省公安厅", "反走私视频图像综合应用系统项目", 5700, "2299999-其他支出", "50404-设备购置"),
]


def make_hainan(path: Path) -> None:
    wb, ws = new_sheet("通知", {"A": 100})
    notice = [
        "省大数据管理局、省公安厅、省动物疫病预防控制中心、海南大学：",
        "依据财政部下达重大区域发展战略专项（推进海南全面深化改革开放方向）2024年中央基建投资预算的通知（财建〔2024〕"
        "174号）和省发展和改革委员会转下达该专项2024年中央预算内投资计划的通知（琼发改便函〔2024〕1781号），现将"
        "2024年中央基建投资预算指标下达给你们，专项用于重大区域发展战略专项（推进海南全面深化改革开放方向），具体"
        "项目、金额、科目和绩效目标见附件。请按规定用途专款专用，实行基本建设资金专账核算。",
        "请加快预算执行，加强资金监管，保证项目建设顺利实施；在预算执行中对照绩效目标表做好绩效监控，确保年度"
        "绩效目标如期实现。",
        "附件：1.重大区域发展战略专项（推进海南全面深化改革开放方向）2024年中央基建投资预算表（省级部门）",
        "2.绩效目标表",
        "海南省财政厅",
        "2024年7月31日",
    ]
    for i, line in enumerate(notice, start=1):
        ws[f"A{i}"] = line
    from openpyxl.styles import Alignment
    for row in ws.iter_rows(min_row=1, max_row=len(notice), max_col=1):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    fit_page(ws, landscape=False)

    table = wb.create_sheet("附件1")
    for col, width in zip("ABCDE", (22, 34, 10, 18, 26)):
        table.column_dimensions[col].width = width
    cells = {
        "A1": "附件1",
        "A2": "重大区域发展战略专项（推进海南全面深化改革开放方向）2024年中央基建投资预算表（省级部门）",
        "E3": "单位：万元",
        "A4": "市县/单位名称", "B4": "项目名称", "C4": "金额", "D4": "支出功能分类科目", "E4": "支出经济分类科目",
        "A5": "合计", "C5": 78400,
    }
    for i, (unit, name, amount, func, econ) in enumerate(HAINAN_ROWS):
        r = 6 + i
        cells.update({f"A{r}": unit, f"B{r}": name, f"C{r}": amount, f"D{r}": func, f"E{r}": econ})
    xlsx_fill(table, cells, ["A1:E1", "A2:E2"])
    table["C5"].number_format = "#,##0"
    fit_page(table, landscape=True)
    save_xlsx(wb, path)


HAINAN = Doc(
    file="hi-central-capex-allocation-notice.xlsx", make=make_hainan, url=HAINAN_URL, province="海南",
    doc_kind="申报表", patterns=[9, 10],
    indicators=[], goals=[], facts=[],
    findings=[
        finding("consistency.sum", "金额合计",
                "the 合计 row states 78400, the project rows in the file add up to 8000 + 20500 + 5700 = 34200 "
                "(relabelled, see notes)"),
    ],
    notes="Provincial allocation notice (our own words) and its 附件1 budget table. The stored page stops at the 4th "
          "project row (海南省动物疫病预防控制中心 | 海南省动物疫病防控…), so only the first three rows are "
          "reproduced under the stated 合计 78,400; the three amounts (8000 + 20500 + 5700) do not reach the total "
          "because of the cut, so no sum fact and no consistency.sum finding are expected. The 绩效目标表 (附件2) is "
          "not on the stored page. The amounts are allocations in a budget table, not indicators."
          " Relabelled in the eighth session to README's policy (a form judged as the file stands); "
          "first written under the brief's cut convention.",
)


# ===============================================================================================================
# 8. 新疆 兵团第一师阿拉尔市 — 2026年中央财政衔接推进乡村振兴补助资金 公示 + 下达通知 (cut before the 目标表)
# ===============================================================================================================
ALAER_URL = "http://www.ale.gov.cn/xwzx/bmdt/content_109653"


def make_alaer(path: Path) -> None:
    doc = new_docx()
    heading(doc, "关于公示《2026年中央财政衔接推进乡村振兴补助资金文件及绩效目标表》的通知", 1)
    para(doc, "为加强衔接推进乡村振兴资金管理，落实资金项目各环节公示公开要求，接受群众和社会监督，现将2026年中央"
              "财政衔接推进乡村振兴补助资金文件及绩效目标表予以公示。公示时间为2025年12月12日至2025年12月22日，"
              "公示期间如发现问题请及时与我们联系。联系单位：第一师阿拉尔市财政局，联系电话：0997-*******。国家扶贫"
              "监督举报电话：12317。")
    cells = {(0, 0): "序号", (0, 1): "文件号", (0, 2): "文件标题",
             (1, 0): "1", (1, 1): "师市财农发[2025]70号",
             (1, 2): "关于提前下达2026年中央财政衔接推进乡村振兴补助资金（少数民族发展任务和以工代赈任务）预算的通知"}
    docx_table(doc, 2, 3, cells)
    heading(doc, "关于提前下达2026年中央财政衔接推进乡村振兴补助资金（少数民族发展任务和以工代赈任务）预算的通知", 2)
    para(doc, "四团、五团：")
    para(doc, "依据《关于提前下达2026年中央财政衔接推进乡村振兴补助资金（巩固拓展脱贫攻坚成果和乡村振兴任务）预算的"
              "通知》（兵财农〔2025〕84号），现下达你单位2026年中央财政衔接推进乡村振兴补助资金1356万元，其中少数民族"
              "发展任务1086万元、以工代赈任务270万元，分配方案和项目名称见附件1。该资金列入2025年政府收入科目"
              "“1100231-巩固脱贫攻坚成果衔接乡村振兴转移支付收入”；支出功能分类“2130599-其他巩固脱贫攻坚成果衔接"
              "乡村振兴支出”；支出管理方式“1113102-上级一般公共预算安排一般转移支付”；三保标识“[0]非三保支出”。")
    para(doc, "请严格执行资金管理办法，不得截留、挤占、挪用或改变资金用途，确保专款专用，并加强预算绩效管理……")
    save_docx(doc, path)


ALAER = Doc(
    file="xj-alaer-rural-revitalisation-fund-notice.docx", make=make_alaer, url=ALAER_URL, province="新疆",
    doc_kind="申报表", patterns=[10],
    indicators=[], goals=[],
    facts=[sum_fact("中央财政衔接推进乡村振兴补助资金", 1356, [1086, 270])],
    findings=[],
    notes="Publicity notice of the 兵团第一师阿拉尔市 finance bureau and the fund notice it publishes (our own words; "
          "amounts, document numbers and subject codes as found; phone masked, contact name left out). The stored "
          "page stops inside the notice (…加强预算绩效管理，根据《中共中央), before 附件1 and the 绩效目标表, so there "
          "is no indicator table and no goal. The only fact is 1356 = 1086 + 270 (adds up); subject codes and "
          "document numbers are not amounts.",
)


# ===============================================================================================================
# 9. 辽宁 省残联 — 关于分配使用2020年残疾人机动轮椅车燃油补贴资金的通知 (notice; cut at 附件1 header)
# ===============================================================================================================
LIAONING_URL = "http://m.krnxs.cn/lncl/ywpd/qybz/jdlycrybt/AB40855075A44BF9A1658F30B403C13B/index.shtml"


def make_liaoning(path: Path) -> None:
    doc = new_docx()
    heading(doc, "辽宁省残联关于分配使用2020年残疾人机动轮椅车燃油补贴资金的通知", 1)
    para(doc, "发布时间：2020年07月13日　　来源：省残联")
    para(doc, "辽残联办发〔2020〕55号")
    para(doc, "沈阳、大连、鞍山、抚顺、营口、朝阳市残联：")
    para(doc, "2020年中央财政下达我省残疾人机动轮椅车燃油补贴共311万元，用于补贴残疾人机动轮椅车11930辆。依据"
              "《辽宁省残疾人机动轮椅车燃油补贴实施方案》（辽残联〔2010〕61号）和各市燃油补贴数据库申报情况，省残联"
              "会同省财政厅补充下达2020年燃油补贴68万元（辽财指社〔2020〕341号），补贴标准为每车每年260元，各市分配"
              "意见见附件1。请专款专用，连同2019年12月先期拨付的243万元（辽财指社〔2019〕642号），务必在2020年10月"
              "底前通过银行卡或存折足额发放到残疾人手中。")
    para(doc, "按照省财政要求，对资金实施全过程预算绩效管理。请参照省确定的整体绩效目标（附件2）设置本地区区域绩效"
              "目标，填报《转移支付区域绩效目标表》（附件3），并于2020年8月7日前将盖章纸质表格报送省残联权益部。")
    para(doc, "联系人：权益部　　联系电话：024-********")
    para(doc, "附件：1.2020年残疾人机动轮椅车燃油补贴资金分配表")
    para(doc, "2.中央对地方转移支付整体绩效目标表")
    para(doc, "3.转移支付区域绩效目标表")
    para(doc, "辽宁省残疾人联合会")
    para(doc, "2020年7月9日")
    save_docx(doc, path)


LIAONING = Doc(
    file="ln-wheelchair-fuel-subsidy-notice.docx", make=make_liaoning, url=LIAONING_URL, province="辽宁",
    doc_kind="申报表", patterns=[10],
    indicators=[], goals=[],
    facts=[sum_fact("残疾人机动轮椅车燃油补贴", 311, [243, 68])],
    findings=[],
    notes="Provincial notice (our own words; amounts, counts, standard and dates as found; phone and contact name "
          "masked) from a mirror of the 辽宁省残联 site. The stored page stops at the header of 附件1 (提前下达 │ "
          "此次下达), so the three attachments, including the target tables, are not reproduced. Facts: 311 = 243 + "
          "68 (adds up). 11930 vehicles x 260 元 = 310.18万元, close to but not equal to 311万元; no stated rule "
          "compares them, so no finding.",
)


DOCUMENTS = [DONGLI, SANITATION, BAODI, QINGJIAN, CHENCANG, TANGQIAO, HAINAN, ALAER, LIAONING]


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    ap.add_argument("--only", help="build only the documents whose file name contains this text")
    args = ap.parse_args(argv)
    for doc in DOCUMENTS:
        if args.only and args.only not in doc.file:
            continue
        path = HERE / doc.file
        doc.make(path)
        write_gold(doc.gold(doc.file))
        made = [doc.file]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(doc.gold(pdf.name))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(doc.indicators)} indicators, {len(doc.goals)} goals, "
              f"{len(doc.facts)} facts, {len(doc.findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
