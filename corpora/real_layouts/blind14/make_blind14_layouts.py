"""Write the blind-14 part of the real-layout corpus (documents + gold) into corpora/real_layouts/blind14/.

Written by an annotator who did not read the toolkit's code and did not run it. Every document reproduces one public
page (addresses in SOURCES.md): the table layout cell for cell (header rows, merged cells, empty cells, defects) and
the facts (names, values, units, amounts, scores); longer sentences are reworded with the same meaning and numbers.
Where the stored page stops, the document stops there too, and the gold describes the document as built.

The gold is hand-set below from the same data the writers use, never from a program's output. DOCX/XLSX are
byte-deterministic (fixed core-property dates and zip timestamps); PDFs come from LibreOffice (``--no-pdf`` skips).

    python corpora/real_layouts/blind14/make_blind14_layouts.py [--no-pdf]
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
def ind(level1, level2, name, target_text, operator, value, unit, actual=None, weight=None, score=None) -> dict:
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def budget(metric, planned, actual, stated_rate, unit="万元") -> dict:
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def completion(metric, planned, actual, stated_rate, unit) -> dict:
    return {"metric": metric, "kind": "completion", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def sum_fact(metric, total, parts, unit="万元") -> dict:
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def score_total(metric, total, parts) -> dict:
    return {"metric": metric, "kind": "score_total", "total": total, "parts": parts}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------------------------------------------------------
# generic writers: a sheet/table is a list of rows (lists of cell texts) plus merged ranges (r1, c1, r2, c2), 1-based
# ---------------------------------------------------------------------------------------------------------------
def write_xlsx(path: Path, sheet_name: str, rows: list[list], merges: list[tuple], widths: list[int],
               bold_rows: tuple = (), heights: dict | None = None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ncols = max(len(r) for r in rows)
    for r, row in enumerate(rows, start=1):
        for c in range(1, ncols + 1):
            value = row[c - 1] if c - 1 < len(row) else None
            cell = ws.cell(r, c, value if value != "" else None)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
            cell.alignment = wrap
            cell.border = border
            if r in bold_rows:
                cell.font = Font(bold=True)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    for r, h in (heights or {}).items():
        ws.row_dimensions[r].height = h
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "jixiao blind14"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def new_docx(landscape: bool = False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = Document()
    if landscape:
        s = doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(1.8)
    return doc


def docx_table(doc, rows: list[list], merges: list[tuple]) -> None:
    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c in range(ncols):
            text = row[c] if c < len(row) else ""
            if text:
                table.cell(r, c).text = str(text)
    for r1, c1, r2, c2 in merges:
        a, b = table.cell(r1 - 1, c1 - 1), table.cell(r2 - 1, c2 - 1)
        keep = a.text
        merged = a.merge(b)
        merged.text = keep


def save_docx(doc, path: Path) -> None:
    doc.core_properties.author = "jixiao blind14"
    doc.core_properties.last_modified_by = "jixiao blind14"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Same entries with fixed timestamps (and fixed dates in docProps/core.xml), so reruns give equal bytes."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(),
                              body)
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


# ---------------------------------------------------------------------------------------------------------------
# 1. 安徽 淮北市文化旅游体育局 2025 农村文化建设配套补助经费: the page's project notes (1)-(7), then the 目标表
# ---------------------------------------------------------------------------------------------------------------
HUAIBEI_URL = "https://wlt.huaibei.gov.cn/zwgk/public/64/64716726.html"
HUAIBEI_GOAL = "实施文化惠民工程，资金主要用于送戏进万村，按明年任务覆盖70个行政村、每村4400元测算，市级需配套704元/村。"
HUAIBEI_IND = [
    ("产出指标", "数量指标", "开展送戏进万村", "≥70村", ind("产出指标", "数量指标", "开展送戏进万村", "≥70村", ">=", 70, "村")),
    ("", "质量指标", "送戏进万村活动完成率", "≥95%",
     ind("产出指标", "质量指标", "送戏进万村活动完成率", "≥95%", ">=", 95, "%")),
    ("", "时效指标", "项目完成时限", "2025年12月", ind("产出指标", "时效指标", "项目完成时限", "2025年12月", None, None, None)),
    ("", "成本指标", "项目金额", "5万元", ind("产出指标", "成本指标", "项目金额", "5万元", None, 5, "万元")),
    ("效益指标", "经济效益指标", "项目实施是否产生经济价值", "否",
     ind("效益指标", "经济效益指标", "项目实施是否产生经济价值", "否", None, None, None)),
    ("", "社会效益指标", "保障人民群众基本文化权益", "影响程度明显",
     ind("效益指标", "社会效益指标", "保障人民群众基本文化权益", "影响程度明显", None, None, None)),
    ("", "生态效益指标", "是否对当地生态环境造成影响", "否",
     ind("效益指标", "生态效益指标", "是否对当地生态环境造成影响", "否", None, None, None)),
    ("", "可持续影响指标", "对满足人民群众日益提高的文化需求的可持续影响", "长期",
     ind("效益指标", "可持续影响指标", "对满足人民群众日益提高的文化需求的可持续影响", "长期", None, None, None)),
    ("满意度指标", "满意度指标", "项目受益人满意程度", "≥90%",
     ind("满意度指标", "服务对象满意度指标", "项目受益人满意程度", "≥90%", ">=", 90, "%")),
]


def make_huaibei(path: Path) -> None:
    notes = [
        "淮北市文化旅游体育局2025年“农村文化建设配套补助经费”项目资金投入情况",
        "“农村文化建设配套补助经费”项目。",
        "（1）项目概述。做好送戏进万村工作，满足群众日益增长的文化需求。",
        "（2）立项依据。文化惠民工程实施方案",
        "（3）实施主体。淮北市文化旅游体育局",
        "（4）起止时间。2025年1月-12月",
        "（5）项目内容。文化惠民工程，主要用于送戏进万村：明年任务70个行政村，每村4400元，市级需配套704元/村。",
        "（6）年度预算安排。农村文化建设配套补助经费预算安排5万元",
        "（7）绩效目标。",
    ]
    rows = [[t, "", "", "", "", ""] for t in notes]
    merges = [(i, 1, i, 6) for i in range(1, len(notes) + 1)]
    top = len(notes)
    form = [
        ["项目支出绩效目标表", "", "", "", "", ""],
        ["（2025年度）", "", "", "", "", ""],
        ["项目名称", "农村文化建设配套补助经费", "", "", "", ""],
        ["主管部门及代码", "[077]淮北市文化旅游体育局", "", "实施单位", "淮北市文化旅游体育局", ""],
        ["项目来源", "本级申报项目", "", "项目期", "1年", ""],
        ["项目资金", "年度资金总额：", "", "5.00", "", ""],
        ["", "其中：财政拨款", "", "5.00", "", ""],
        ["", "上年结转", "", "0.00", "", ""],
        ["", "其他资金", "", "0.00", "", ""],
        ["年度目标", HUAIBEI_GOAL, "", "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", ""],
    ]
    for l1, l2, name, value, _g in HUAIBEI_IND:
        form.append(["", l1, l2, name, value, ""])
    rows += form
    f = top  # offset of the form
    merges += [(f + 1, 1, f + 1, 6), (f + 2, 1, f + 2, 6), (f + 3, 2, f + 3, 6), (f + 4, 2, f + 4, 3), (f + 4, 5, f + 4, 6),
               (f + 5, 2, f + 5, 3), (f + 5, 5, f + 5, 6), (f + 6, 1, f + 9, 1)]
    for r in range(f + 6, f + 10):
        merges += [(r, 2, r, 3), (r, 4, r, 6)]
    merges += [(f + 10, 2, f + 10, 6)]
    first = f + 12
    last = first + len(HUAIBEI_IND) - 1
    merges += [(f + 11, 1, last, 1), (f + 11, 5, f + 11, 6)]
    merges += [(first, 2, first + 3, 2), (first + 4, 2, first + 7, 2)]
    for r in range(first, last + 1):
        merges.append((r, 5, r, 6))
    write_xlsx(path, "绩效目标表", rows, merges, [14, 14, 16, 36, 14, 8])


HUAIBEI = dict(
    province="安徽", doc_kind="申报表", patterns=[1, 2, 10], urls=[HUAIBEI_URL],
    indicators=[g for *_x, g in HUAIBEI_IND],
    goals=[goal("年度目标", HUAIBEI_GOAL)],
    facts=[sum_fact("年度资金总额", 5.0, [5.0, 0.0, 0.0])],
    findings=[
        finding("target.qualitative_no_scale", "保障人民群众基本文化权益", "bare level 影响程度明显 with no grading scale"),
        finding("target.qualitative_no_scale", "对满足人民群众日益提高的文化需求的可持续影响",
                "bare judgement 长期 with no scale or duration"),
    ],
    notes="Whole form as on the page (indicator rows down to 满意度). The page's notes (1)-(7) sit above the form "
          "as one-cell rows. 项目完成时限 is a month (2025年12月), 项目金额 restates the budget (5万元, cost row, not a "
          "scored rule); 经济效益/生态效益 rows are yes/no answers (否). 年度目标 names 70 villages, so it is not "
          "budget-only text.",
)


# ---------------------------------------------------------------------------------------------------------------
# 2. 安徽 六安市叶集区文化旅游体育局 2025 项目说明: two projects in prose, then a 目标表 cut after its first rows
# ---------------------------------------------------------------------------------------------------------------
YEJI_URL = "https://www.ahyeji.gov.cn/public/6596441/25914636.html"
YEJI_GOAL1 = ("项目通过对场馆开展日常运营维护，主要做好设备维保、维修及部分运转工作，保障文化中心日常运转，"
              "提高社会对场馆的满意度，提高人民群众文化生活质量。")
YEJI_GOAL2 = ("完成文化工作主要项目支出，搞好文化活动等任务，确保文化工作各阶段具体任务落实；减少文物安全隐患，保护文物"
              "安全完整；完成旅游会议、旅游推介、参加培训、文明旅游建设等旅游工作一般性支出，推进区文旅体工作正常开展，"
              "保障区博物馆安防项目及应急广播终端建设项目实施，推动地区文旅体工作质量不断提高。")


def make_yeji(path: Path) -> None:
    doc = new_docx()
    paras = [
        "1.“文化中心运营专项经费”项目。",
        "（1）项目概述。主要用于文化中心整体运营。",
        "（2）立项依据。文化中心运行管理需要。",
        "（3）实施主体。六安市叶集区文化旅游体育局。",
        "（4）起止时间。2025年1月1日-2025年12月31日",
        "（5）项目内容。文化中心运营包括场馆运营费、水电费、特种设备维保和设备维修4部分，维持场馆日常运营，"
        "保障文化中心各项活动顺利开展。",
        "（6）年度预算安排。财政拨款634万元。",
        "（7）绩效目标。" + YEJI_GOAL1,
        "2.“文旅体专项经费”项目。",
        "（1）项目概述。主要用于文化、旅游、广电、体育、文物等专项工作支出。",
        "（2）立项依据。文化、旅游、广电、体育、文物等工作开展需要。",
        "（3）实施主体。六安市叶集区文化旅游体育局。",
        "（4）起止时间。2025年1月1日-2025年12月31日",
        "（5）项目内容。主要用于举办群众文化活动及文化惠民活动、发放文化人才补助、应急广播维护、非物质文化遗产保护、"
        "文物保护等支出，保障单位日常工作开展",
        "（6）年度预算安排。财政拨款306.18万元。",
        "（7）绩效目标。" + YEJI_GOAL2,
    ]
    for p in paras:
        doc.add_paragraph(p)
    rows = [
        ["项目支出绩效目标表", "", "", ""],
        ["（2025年度）", "", "", ""],
        ["项目名称", "快乐健身暖民心建设资金", "", ""],
        ["主管部门及代码", "", "", ""],
    ]
    docx_table(doc, rows, [(1, 1, 1, 4), (2, 1, 2, 4), (3, 2, 3, 4), (4, 2, 4, 4)])
    save_docx(doc, path)


YEJI = dict(
    province="安徽", doc_kind="申报表", patterns=[2, 10], urls=[YEJI_URL],
    indicators=[],
    goals=[goal("目标", YEJI_GOAL1), goal("目标", YEJI_GOAL2)],
    facts=[],
    findings=[
        finding("goal.unquantified", YEJI_GOAL1[:15], "effects (满意度, 文化生活质量) named with no number or deadline"),
        finding("goal.unquantified", YEJI_GOAL2[:15], "tasks and effects (减少安全隐患, 质量不断提高) with no number"),
        finding("coverage.missing_dimension", "产出指标", "the 目标表 ends before any indicator row"),
        finding("coverage.missing_dimension", "效益指标", "the 目标表 ends before any indicator row"),
        finding("coverage.missing_dimension", "满意度指标", "the 目标表 ends before any indicator row"),
    ],
    notes="The stored page stops inside the third project's 目标表, in the 主管部门及代码 cell (cut mid-word, so the "
          "value cell is left empty); no indicator row is shown, so the document as built has none. Goals are the "
          "two (7)绩效目标 paragraphs, reworded.",
)


# ---------------------------------------------------------------------------------------------------------------
# 3. 安徽 芜湖市卫生健康委 2019 特殊人群病种筛查经费 申报明细表 (page stops after the goal cell)
# ---------------------------------------------------------------------------------------------------------------
WUHU_URL = "https://wsjkw.wuhu.gov.cn/openness/public/6596651/15935991.html"
WUHU_GOAL = ("项目概况：用于开展特殊人群病种筛查工作。\n项目立项依据：《中华人民共和国传染病防治法》等\n"
             "必要性：经济快速发展、社会压力加大，突发公共卫生事件的危险因素长期存在，流动人口问题突出，区域流行和"
             "跨区域传播风险并存，新发传染病传入的威胁不容忽视，结核病、人感染H7N9流感等新老传染病持续威胁群众健康，"
             "必须持续做好特殊人群病种筛查监测。\n"
             "预期目标：贯彻落实党中央、国务院和省政府关于特殊人群疾病防治工作的决策部署，依法做好防控工作。")


def make_wuhu(path: Path) -> None:
    rows = [
        ["2019年度芜湖市特殊人群病种筛查经费预算项目支出绩效目标申报明细表", "", "", "", ""],
        ["（2019年度）", "", "", "", ""],
        ["申报单位名称：（盖章）", "", "", "", ""],
        ["项目名称", "特殊人群病种筛查经费", "", "", ""],
        ["项目类型", "部门预算 □", "", "切块预算 □", ""],
        ["项目属性", "延续项目", "", "新增项目", ""],
        ["起始日期：2019年1月1日", "", "", "结束日期：2021年12月31日", ""],
        ["项目总预算（万元）", "75.00", "", "项目当年预算（万元）", "25.00"],
        ["项目资金来源情况（万元）", "其中：上级财政补助资金", "其中：同级财政资金", "其他", ""],
        ["", "0.00", "25.00", "0.00", ""],
        ["同名项目上年预算额", "", "同名项目上年预算执行数", "", ""],
        ["项目绩效目标（含项目概况、设立依据、必要性及预期目标）", WUHU_GOAL, "", "", ""],
    ]
    merges = [(1, 1, 1, 5), (2, 1, 2, 5), (3, 1, 3, 5), (4, 2, 4, 5), (5, 2, 5, 3), (5, 4, 5, 5), (6, 2, 6, 3),
              (6, 4, 6, 5), (7, 1, 7, 3), (7, 4, 7, 5), (8, 2, 8, 3), (9, 1, 10, 1), (9, 4, 9, 5), (10, 4, 10, 5),
              (11, 1, 11, 2), (11, 4, 11, 5), (12, 2, 12, 5)]
    write_xlsx(path, "申报明细表", rows, merges, [26, 22, 22, 24, 14], heights={12: 150})


WUHU = dict(
    province="安徽", doc_kind="申报表", patterns=[5, 8, 10], urls=[WUHU_URL],
    indicators=[],
    goals=[goal("目标", WUHU_GOAL)],
    facts=[sum_fact("项目当年预算", 25.0, [0.0, 25.0, 0.0])],
    findings=[
        finding("goal.process_only", WUHU_GOAL[:15],
                "only the work (开展筛查, 贯彻落实决策部署, 做好防控工作); no output or effect"),
        finding("coverage.missing_dimension", "产出指标", "the form ends before any indicator row"),
        finding("coverage.missing_dimension", "效益指标", "the form ends before any indicator row"),
        finding("coverage.missing_dimension", "满意度指标", "the form ends before any indicator row"),
    ],
    notes="The stored page stops after the 项目绩效目标 cell (one cell holding 概况, 依据, 必要性 and 预期目标; the "
          "necessity sentence is reworded); no indicator table is shown. Template boxes (部门预算 □ 切块预算 □) and both "
          "项目属性 options are left as on the page, no box ticked. The two 同名项目上年 cells are empty.",
)


# ---------------------------------------------------------------------------------------------------------------
# 4. 福建 德化县财政局/交通运输局 2025年度第三批交通项目市级补助资金 下达通知 + 汇总表 (page stops at row 12)
# ---------------------------------------------------------------------------------------------------------------
DEHUA_URL = "http://www.dehua.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/czj/fdzdgknr/202602/t20260226_3269691.htm"
# 序号, 项目单位, 养护专项工程, 建设项目, 水毁修复, 服务驿站, 通村(组)角落, 交通扶贫, 按属地合计
DEHUA_ROWS = [
    ("1", "桂阳乡", "", "62.2", "", "", "10", "", "72.2"),
    ("2", "赤水镇", "27.3", "21.6", "", "13.5", "10", "", "72.4"),
    ("3", "春美乡", "", "26.3", "5", "", "5", "", "36.3"),
    ("4", "国宝乡", "", "17.9", "", "", "10", "", "27.9"),
    ("5", "雷峰镇", "", "15", "", "", "10", "", "25"),
    ("6", "龙浔镇", "", "32", "", "", "10", "", "42"),
    ("7", "美湖镇", "", "12", "", "", "20", "", "32"),
    ("8", "上涌镇", "", "31.6", "", "", "", "", "31.6"),
    ("9", "水口镇", "", "199.3", "", "", "55", "", "254.3"),
    ("10", "杨梅乡", "", "86", "4", "", "5", "", "95"),
    ("11", "汤头乡", "", "", "4", "", "15", "20", "39"),
]


def make_dehua(path: Path) -> None:
    doc = new_docx(landscape=True)
    for p in [
        "德化县财政局 德化县交通运输局关于下达2025年度第三批交通项目市级补助资金的通知",
        "德财指标〔2026〕51号",
        "各有关乡镇人民政府、县直有关单位：",
        "根据《泉州市财政局 泉州市交通运输局关于下达2025年度第三批交通项目市级补助资金的通知（二）》"
        "（泉财结指〔2025〕30号），现将2025年度市级交通建设项目补助资金976.4万元下达给你们，支出功能科目列"
        "“2140199-其他公路水路运输支出”。请加强资金使用监督管理，对资金使用的合规性、有效性负责，切实提高财政资金"
        "使用效益。",
        "附件：1.2025年度第三批交通项目市级补助资金汇总表",
        "2.农村公路养护专项工程市级补助资金明细表",
        "3.农村公路建设项目市级补助资金明细表",
        "4.农村公路水毁修复市级补助资金明细表",
        "5.公路服务驿站市级补助资金明细表",
        "6.通村（组）角落农村公路市级补助资金明细表",
        "7.交通帮扶项目市级补助资金明细表",
        "8.2025年第三批交通项目市级补助资金绩效目标表",
        "德化县财政局 德化县交通运输局",
        "2026年1月30日",
        "（此件主动公开）",
        "附件1",
        "2025年度第三批交通项目市级补助资金汇总表",
        "单位：万元",
    ]:
        doc.add_paragraph(p)
    header = ["序号", "项目单位", "农村公路养护专项工程", "农村公路建设项目", "农村公路水毁修复", "公路服务驿站",
              "通村（组）角落农村公路", "交通扶贫", "按属地合计", "备注"]
    rows = [header] + [list(r) + [""] for r in DEHUA_ROWS]
    docx_table(doc, rows, [])
    save_docx(doc, path)


DEHUA = dict(
    province="福建", doc_kind="申报表", patterns=[9], urls=[DEHUA_URL],
    indicators=[],
    goals=[],
    facts=[sum_fact(f"{r[1]}按属地合计", float(r[8]), [float(x) for x in r[2:8] if x]) for r in DEHUA_ROWS]
    + [sum_fact("市级交通建设项目补助资金", 976.4, [float(r[8]) for r in DEHUA_ROWS])],
    findings=[
        finding("consistency.sum", "市级交通建设项目补助资金",
                "the notice states 976.4万元 but the 汇总表 rows add up to 727.7万元"),
    ],
    notes="A 下达通知 (no indicator table): the stored page stops in the 汇总表 at row 12 (盖德…, cut), so rows 1-11 "
          "are reproduced, no 合计 row. Every row's 按属地合计 equals its parts; the rows shown reach 727.7 of the "
          "976.4万元 the notice states. The 绩效目标表 (附件8) is not on the stored page.",
)


# ---------------------------------------------------------------------------------------------------------------
# prose reports
# ---------------------------------------------------------------------------------------------------------------
def make_prose(path: Path, paragraphs: list[str]) -> None:
    doc = new_docx()
    for p in paragraphs:
        if p.startswith("# "):
            doc.add_heading(p[2:], level=1)
        else:
            doc.add_paragraph(p)
    save_docx(doc, path)


# 5. 河北 围场 农村公共厕所建设项目 自评 (aggregator page, years written 20xx)
WEICHANG_URL = "https://nnzhiyuan.cn/article/62386.html"
WEICHANG_TEXT = [
    "# 围场县农村公共厕所建设项目绩效自评报告",
    "一、项目基本情况（自评得分100分）",
    "县农业农村局编制《关于农村公共厕所建设项目的请示》（围农字〔20xx〕153号）报围场县人民政府，县政府于20xx年"
    "7月19日印发《围场满族蒙古族自治县人民政府关于农村公共厕所建设项目的批复》（围政复〔20xx〕51号）。20xx年围场县"
    "农村公共厕所建设项目总投资850万元，全部来自统筹整合资金，用于新建农村公厕50座。项目已竣工验收，年度目标已完成。",
    "二、预算执行情况（自评得分10分）",
    "20xx年围场县农村公共厕所建设项目使用统筹整合资金850万元，为当年财政拨款，全年执行数850万元，执行率100%。",
    "三、绩效目标及指标完成情况（自评得分90分）",
    "（一）绩效产出指标完成情况（自评得分50分）",
    "1.数量指标（自评得分20分）：完成新建农村公共厕所50座。",
    "2.质量指标（自评得分10分）：项目验收合格率为100%。",
    "3.时效指标（自评得分10分）：项目竣工及时率为100%。",
    "4.成本指标（自评得分10分）：项目成本控制率≦100%。",
    "（二）绩效效益指标完成情况（自评得分40分）",
    "5.社会效益指标（自评得分40分）：有效减少疾病的发生和流行，从源头上预防控制疾病，并改善了农村人居环境。",
    "四、资金使用管理情况",
    "项目总投资850万元，全部为20xx年农村公共厕所建设项目资金。按资金绩效管理办法建立健全财务管理和内控制度，"
    "专款专用、规范操作，无滞留、截留、挤占和挪用；推进中严格项目管控和资金使用，制定验收标准、管理办法和资金"
    "使用方案，加强项目施工和资金拨付监管。",
]
WEICHANG = dict(
    province="河北", doc_kind="自评报告", patterns=[10], urls=[WEICHANG_URL],
    indicators=[], goals=[],
    facts=[budget("预算执行率", 850.0, 850.0, 100.0),
           completion("新建农村公共厕所", 50.0, 50.0, None, "座"),
           score_total("自评得分", 100.0, [10.0, 90.0]),
           score_total("绩效目标及指标完成情况", 90.0, [50.0, 40.0]),
           score_total("绩效产出指标完成情况", 50.0, [20.0, 10.0, 10.0, 10.0])],
    findings=[],
    notes="Prose self-evaluation (篇1 of an aggregator page); the years are written 20xx on the page and kept so. The "
          "section scores add up (10 + 90 = 100; 20+10+10+10 = 50; 50 + 40 = 90). No 满意度 section on the page, "
          "but the report has no indicator table, so no coverage finding is expected. Stored page goes on to other "
          "reports (篇2 …), not reproduced.",
)

# 6. 内蒙古 巴彦淖尔 临河区退役军人事务局 优抚对象生活补助经费 2023 自评报告 (page stops in 社会效益)
LINHE_URL = "http://www.linhe.gov.cn/html/59/24593.html"
LINHE_TEXT = [
    "# 优抚对象生活补助经费转移支付2023年度绩效自评报告",
    "一、绩效目标分解下达情况",
    "为通过发放优抚对象抚恤补助资金保障优抚对象等人员的基本生活，2023年收到中央下达优抚对象生活补助资金1372.7万元，"
    "自治区下达98.6万元，地方匹配859.6万元。",
    "二、绩效目标完成情况分析",
    "（一）资金投入情况分析",
    "2023年收到财政资金共2330.9万元，其中：中央资金1372.7万元，地方资金98.6万元，其他资金859.6万元。2023年支出"
    "2310.4万元，其中中央资金1352.2万元，地方资金98.6万元，其他资金859.6万元。",
    "总体绩效情况分析",
    "按年初规划和年度计划执行；及时拨付项目资金，履行项目资金保障；及时拨付项目资金，履行项目资金保障；及时拨付"
    "项目资金，履行项目资金保障。实施中不改变资金使用范围，遵守项目资金分配、拨付、审批程序等制度，专款专用，不挤占、"
    "不挪用、不截留。",
    "（三）总体绩效目标完成情况分析",
    "完成各类优抚对象生活补助及义务兵家庭优待金发放，使退役军人生活得到保障，体现党和政府的关心温暖，更好地服务"
    "地方经济建设。",
    "（四）绩效指标完成情况分析",
    "1.数量指标。为404名服务对象发放补助金2126.81万元，持续改善其基本生活，营造全社会尊崇军人、尊重退役军人的氛围。",
    "2.质量指标。经费发放率为98%，覆盖率及资金到位率均为100%。",
    "3.时效指标。优抚对象生活补助金每月中旬发放，指标为100%，实际完成值为100%；义务兵家庭优待金每年3月、9月发放，"
    "指标为100%，实际完成值为100%。",
    "4.成本指标。按国家规定标准发放，指标为100%，实际完成值为100%。",
    "4.社会效益指标。",
]
LINHE = dict(
    province="内蒙古", doc_kind="自评报告", patterns=[10], urls=[LINHE_URL],
    indicators=[], goals=[],
    facts=[budget("预算执行率", 2330.9, 2310.4, None),
           sum_fact("收到财政资金", 2330.9, [1372.7, 98.6, 859.6]),
           sum_fact("支出", 2310.4, [1352.2, 98.6, 859.6])],
    findings=[],
    notes="Prose report; the stored page stops at the heading 4.社会效益指标 (its sentence cut, left out). Defects kept: "
          "the repeated clause 及时拨付项目资金，履行项目资金保障 (three times), two items numbered 4., the section (二) "
          "missing between (一) and (三). Both money splits add up; no execution rate is stated.",
)

# 7. 河南 驻马店 西平县 2023 农产品交易市场仓储基地建设项目 自评报告 (page stops at 2.效益)
XIPING_URL = "http://218.28.100.114:82/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2023/12/phone1711893936644135.htm"
XIPING_TEXT = [
    "# 2023年西平县农产品交易市场仓储基地建设项目绩效自评报告",
    "一、绩效目标分解下达情况",
    "（一）财政衔接资金下达预算及项目情况。",
    "2023年县财政共下达我局财政衔接资金8010万元，用于2023年西平县农产品交易市场仓储基地建设项目：新建农产品储存冷藏库"
    "10个，约50000立方米；物流仓储中心约20000平方米；小型农产品加工车间4个，约8000平方米。",
    "（二）财政衔接资金项目绩效目标设定情况。",
    "项目共编制15个绩效目标指标，其中一级指标3个，二级指标8个，三级指标15个。",
    "二、绩效自评工作开展情况",
    "按资金使用的绩效目标要求，我局对项目资金使用效果开展自评，由工作人员组成评价工作组，于2023年12月5日至15日对"
    "农产品交易市场仓储基地建设项目各项绩效指标完成情况进行了调查。",
    "三、绩效目标自评完成情况分析",
    "（一）资金投入情况分析。",
    "1.项目资金到位情况分析。项目资金8010万元均已到位，及时安排到相关项目。",
    "2.项目资金执行情况分析。项目资金共8010万元，截至2023年11月30日已完成拨付8010万元，执行率100%。",
    "3.项目资金管理情况分析。严格按照《河南省财政衔接推进乡村振兴补助资金管理办法》，资金报账规范、专款专用，"
    "已完成项目及时报账，在建项目按计划预留足额资金，确保建设任务完成。",
    "（二）绩效目标完成情况分析。",
    "1.产出指标完成情况分析。",
    "年内已完成农产品交易市场项目产出指标，数量、质量、成本、时效等指标均按时按量完成：已新建成农产品储存冷藏库10个，"
    "约50000立方米；物流仓储中心约20000平方米；小型农产品加工车间4个，约8000平方米。",
]
XIPING = dict(
    province="河南", doc_kind="自评报告", patterns=[10], urls=[XIPING_URL],
    indicators=[], goals=[],
    facts=[budget("预算执行率", 8010.0, 8010.0, 100.0),
           completion("新建农产品储存冷藏库", 10.0, 10.0, None, "个"),
           completion("小型农产品加工车间", 4.0, 4.0, None, "个")],
    findings=[],
    notes="Prose report; the stored page stops at 2.效益指标完成情况 (cut, left out). The report says 15 indicators "
          "were set but lists none; execution 8010/8010 = 100% as stated.",
)

# 8. 安徽 宣城 泾县教育体育局 体育强省转移支付 2023 自评报告 (page stops inside the 总体绩效目标)
JINGXIAN_URL = "http://ahjx.gov.cn/OpennessContent/show/3263935.html"
JINGXIAN_GOAL1 = ("继续深化全民健身，以快乐健身为抓手推进全民健身事业发展；巩固竞技体育；完善体育产业；推动体育融合发展；"
                  "优化体育设施布局，为建设体育强省打下基础。")
JINGXIAN_GOAL2 = ("继续深化全民健身，推进快乐健身行动，更新维修健身器材46个点位，实施十五分钟健身圈民生工程；举办系列全民健身"
                  "赛事活动，满足群众健身需求；组织社会体育指导员培训")
JINGXIAN_PARTS = [5.0, 13.0, 5.0, 5.0, 5.0, 10.0, 1.2, 3.0, 12.0]
JINGXIAN_TEXT = [
    "# 体育强省转移支付2023年度绩效自评报告",
    "一、绩效目标分解下达情况",
    "（一）下达2023年体育强省（快乐健身）转移支付预算和绩效目标情况。",
    "2023年，省下达我县安徽省体育强省（快乐健身）专项资金63.2万元。年度绩效目标为：" + JINGXIAN_GOAL1,
    "（二）资金安排、分解下达预算和绩效目标情况。",
    "2023年我县体育强省资金安排是：支持体育设施建设5万元，支持青少年竞技体育13万元，支持体育产业发展5万元，支持口袋"
    "公园5万元、百姓健身房5万元、健身步道10万元，支持体育项目培训1.2万元，支持体育赛事活动3万元，支持快乐健身点位"
    "器材维护12万元。总体绩效目标是：" + JINGXIAN_GOAL2,
]
JINGXIAN = dict(
    province="安徽", doc_kind="自评报告", patterns=[10], urls=[JINGXIAN_URL],
    indicators=[],
    goals=[goal("年度目标", JINGXIAN_GOAL1), goal("总体目标", JINGXIAN_GOAL2)],
    facts=[sum_fact("体育强省资金安排", 63.2, JINGXIAN_PARTS)],
    findings=[
        finding("goal.unquantified", JINGXIAN_GOAL1[:15], "aims (深化, 巩固, 完善, 推动, 优化) with no number or deadline"),
        finding("consistency.sum", "体育强省资金安排", "the nine amounts add up to 59.2万元, not the 63.2万元 received"),
    ],
    notes="The stored page stops inside the 总体绩效目标 (…加强推动体育产业融合发 cut mid-word): the goal is kept up to "
          "its last complete clause (组织社会体育指导员培训). The 资金安排 amounts as written add up to 59.2, 4万元 short "
          "of 63.2. The 总体绩效目标 names 46个点位, so it is quantified.",
)

# 9. 安徽 淮南 潘集区 2024 送戏进万村 绩效评价报告
PANJI_URL = "https://www.panji.gov.cn/public/118322656/1260700052.html"
PANJI_TEXT = [
    "# 2024年度潘集区“送戏进万村”绩效评价报告",
    "按照省市送戏进万村工作部署，结合我区实际，现报告如下：",
    "一、2024年工作情况",
    "（一）主要做法",
    "1.严格集中采购。潘集区“送戏进万村”均以政府购买服务方式统一集中采购，择优汰劣，招选优秀院团服务群众。",
    "2.做好上报工作。按小视频、整场大视频的录制规格，要求各院团送戏中严格按流程录制，经区局审核通过后上报。",
    "3.谋划其他服务。在完成年度送戏任务的前提下，用部分结余资金继续开展送戏下乡演出，形式丰富，老新结合，满足基层"
    "群众精神文化需求。",
    "（二）工作成效",
    "1.圆满完成年度141场送戏进万村任务。利用剩余资金在全区11个乡镇街道的中心村居演出移风易俗新戏《彩礼》。2024年全区"
    "共完成送戏进万村演出163场次，完成年度任务的115.6%。",
    "2.送戏进万村群众满意度明显增强。地方推剧为群众喜闻乐见，据与现场观众交流，90%以上中老年观众喜欢。",
    "3.送戏演出融合其他综艺节目效果良好。要求各剧团演出融合经典老戏加综艺、现代新戏加综艺，满足多样口味。",
    "4.送戏进万村宣传成效明显。文化站下沉参与，借助村广播、车载喇叭、横幅宣传，观众座次有序、人数增多，2024年场均"
    "观众50至90人，个别中心村场次达100多人。",
    "（三）问题及建议",
    "建议省厅领导多下基层走访调研，实地观看演出效果，为基层提出指导意见。",
]
PANJI = dict(
    province="安徽", doc_kind="评价报告", patterns=[10], urls=[PANJI_URL],
    indicators=[], goals=[],
    facts=[completion("送戏进万村演出场次", 141.0, 163.0, 115.6, "场")],
    findings=[],
    notes="Short prose report, whole page. 163/141 = 115.6% as stated. No money figures, no score, no grade.",
)


# 10. 安徽 宣城 旌德县农业农村水利局 2021 农村饮水工程维修养护 水利发展资金 自评报告 (page stops at 自评方式)
JINGDE_URL = "https://www.ahjd.gov.cn/About/show/1321427.html"
JINGDE_GOAL = "169处农村饮水工程维修养护，，覆盖服务人口4.52（万人）。"
JINGDE_TEXT = [
    "# 旌德县2021年农村饮水工程维修养护工程水利发展资金绩效自评报告",
    "一、概述",
    "（一）中央下达水利发展资金预算和绩效目标情况",
    "本项目属中央水利资金项目，批复总投资61.8万元。依据《水利部 财政部关于做好中央财政补助农村饮水工程维修养护经费"
    "安排使用的指导意见》（水财务【2019】157号）、《安徽省财政厅关于提前下达2021年中央财政水利发展资金预算的通知》"
    "（皖财农【2020】1351号），下达中央财政资金30.9万元、县财政资金30.9万元，共计61.8万元。",
    "本项目总体的绩效目标是" + JINGDE_GOAL,
    "（二）预算和绩效目标分解情况",
    "1、资金分配情况",
    "项目批复总投资61.8万元，其中中央财政资金30.9万元，县财政配套资金30.9万元，2021年度中央下达资金61.8万元。",
    "2、预算和绩效目标省内分解下达情况",
    "2020年12月14日，安徽省水利厅以《关于做好2021年中央财政补助农村饮水工程维修养护经费使用工作的通知》下达投资计划"
    "共计30.9万元。",
    "（三）实施项目情况",
    "项目完成情况：对全县169处农村饮水工程的蓄水池、过滤池等进行必要的维修和清洗，更换输水管材，购置水质净化消毒设施。"
    "工程于2021年2月12日开工，2021年6月底完成建设任务，2021年7月完成资金拨付和项目验收。",
    "（四）2020年度水利发展资金绩效评价整改情况",
    "二、绩效自评工作开展情况",
    "（一）自评依据",
    "本项目自评依据为《财政部办公厅 水利部办公厅关于开展2020年度水利发展资金绩效评价工作的通知》（财办农【2021】14号）。",
    "（二）自评方式",
]
JINGDE = dict(
    province="安徽", doc_kind="自评报告", patterns=[10], urls=[JINGDE_URL],
    indicators=[],
    goals=[goal("总体目标", JINGDE_GOAL)],
    facts=[sum_fact("批复总投资", 61.8, [30.9, 30.9])],
    findings=[],
    notes="Prose report; the stored page stops at the heading (二)自评方式 (its text cut, left out). Defects kept: the "
          "doubled comma in the goal, the empty heading (四)2020年度…整改情况, and 2021年度中央下达资金61.8万元 although "
          "the central share is 30.9万元 (not a sum the checker scores). The goal names 169 works and 4.52万人, so it "
          "is quantified.",
)


# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Doc:
    file: str
    make: object
    gold: dict
    pdf: bool = True
    args: list = field(default_factory=list)


DOCUMENTS = [
    Doc("ah-huaibei-culture-targets.xlsx", make_huaibei, HUAIBEI),
    Doc("ah-yeji-culture-targets.docx", make_yeji, YEJI),
    Doc("ah-wuhu-screening-targets.xlsx", make_wuhu, WUHU),
    Doc("fj-dehua-traffic-alloc.docx", make_dehua, DEHUA),
    Doc("he-weichang-toilet-selfreport.docx", make_prose, WEICHANG, args=[WEICHANG_TEXT]),
    Doc("nm-linhe-youfu-selfreport.docx", make_prose, LINHE, args=[LINHE_TEXT]),
    Doc("ha-xiping-storage-selfreport.docx", make_prose, XIPING, args=[XIPING_TEXT]),
    Doc("ah-jingxian-sports-selfreport.docx", make_prose, JINGXIAN, args=[JINGXIAN_TEXT]),
    Doc("ah-panji-opera-report.docx", make_prose, PANJI, args=[PANJI_TEXT]),
    Doc("ah-jingde-water-selfreport.docx", make_prose, JINGDE, args=[JINGDE_TEXT]),
]


def gold_for(doc: Doc, source: str) -> dict:
    g = doc.gold
    return {"source": source, "source_urls": g["urls"], "province": g["province"], "doc_kind": g["doc_kind"],
            "patterns": g["patterns"], "indicators": g["indicators"], "goals": g["goals"], "facts": g["facts"],
            "findings": g["findings"], "notes": g["notes"]}


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
        doc.make(path, *doc.args)
        write_gold(gold_for(doc, doc.file))
        made = [doc.file]
        if doc.pdf and not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(doc, pdf.name))
            made.append(pdf.name)
        g = doc.gold
        print(f"{', '.join(made)}: {len(g['indicators'])} indicators, {len(g['goals'])} goals, "
              f"{len(g['facts'])} facts, {len(g['findings'])} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
