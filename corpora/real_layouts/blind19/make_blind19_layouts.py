"""Blind part 19 of the real-layout corpus: documents rebuilt from public pages, with hand-written gold.

Written from scratch by an annotator who did not read the toolkit's code nor run it. Each document
reproduces the layout and the facts of one stored public page (header rows, merged cells, column order,
empty cells, defects); longer sentences are reworded with the same meaning and numbers. A page that
stops part way gives a document that stops at the same place, and the gold judges the file as it stands.

Usage: python make_blind19_layouts.py [--no-pdf]
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
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
STAMP = dt.datetime(2025, 3, 1, 9, 0, 0)
ZIP_TIME = (2025, 3, 1, 9, 0, 0)
AUTHOR = "blind19"

# --------------------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def write_xlsx(path: Path, title: str, rows: list[tuple[int, int, object]], merges: list[str],
               widths: dict[str, float], boxed_from: int, last_col: int) -> None:
    """rows: (row, col, value) triples; merges: ranges; cells from row boxed_from on get borders."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    max_row = max(r for r, _, _ in rows)
    for r, c, v in rows:
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = Alignment(wrap_text=True, vertical="center",
                                   horizontal="center" if r < boxed_from else "left")
        cell.font = Font(name="SimSun", size=10, bold=r < boxed_from and r == 2)
    for r in range(boxed_from, max_row + 1):
        for c in range(1, last_col + 1):
            ws.cell(row=r, column=c).border = BOX
    for rng in merges:
        ws.merge_cells(rng)
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    fit_rows(ws, rows, merges, widths)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = STAMP
    wb.properties.modified = STAMP
    wb.save(path)
    normalise_zip(path)


def fit_rows(ws, rows, merges, widths) -> None:
    """Give each row a height that holds its wrapped text (LibreOffice does not grow rows on export)."""
    span = {}
    for rng in merges:
        a, b = rng.split(":")
        ra, ca = ws[a].row, ws[a].column
        rb, cb = ws[b].row, ws[b].column
        span[(ra, ca)] = (rb - ra + 1, sum(widths.get(chr(64 + c), 9) for c in range(ca, cb + 1)))
    need: dict[int, float] = {}
    for r, c, v in rows:
        if v is None or v == "":
            continue
        nrows, width = span.get((r, c), (1, widths.get(chr(64 + c), 9)))
        units = sum(2 if ord(ch) > 255 else 1 for ch in str(v))
        lines = -(-units // max(int(width) - 1, 1))
        per_row = lines * 13.5 / nrows + 3
        need[r] = max(need.get(r, 15), per_row)
    for r, h in need.items():
        ws.row_dimensions[r].height = h


def _cjk(run, size: float = 10.5, bold: bool = False) -> None:
    run.font.name = "SimSun"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), "SimSun")


class Doc:
    def __init__(self) -> None:
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "SimSun"
        st.font.size = Pt(10.5)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")

    def para(self, text: str, bold: bool = False, center: bool = False, size: float = 10.5) -> None:
        p = self.d.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _cjk(p.add_run(text), size=size, bold=bold)

    def table(self, grid: list[list[str]], merges: list[tuple[int, int, int, int]] = ()) -> None:
        """grid: rows of cell texts (same length); merges: (r1, c1, r2, c2) inclusive, 0-based."""
        ncols = len(grid[0])
        t = self.d.add_table(rows=len(grid), cols=ncols)
        t.style = "Table Grid"
        for r1, c1, r2, c2 in merges:
            t.cell(r1, c1).merge(t.cell(r2, c2))
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                covered = any(r1 <= r <= r2 and c1 <= c <= c2 and (r, c) != (r1, c1)
                              for r1, c1, r2, c2 in merges)
                if covered:
                    continue
                cell = t.cell(r, c)
                cell.text = ""
                _cjk(cell.paragraphs[0].add_run(text), size=9)

    def save(self, path: Path) -> None:
        cp = self.d.core_properties
        cp.author = AUTHOR
        cp.last_modified_by = AUTHOR
        cp.created = STAMP
        cp.modified = STAMP
        cp.revision = 1
        self.d.save(path)
        normalise_zip(path)


def normalise_zip(path: Path) -> None:
    """Rewrite an OOXML package with fixed member times and fixed document dates."""
    src = zipfile.ZipFile(path)
    out = io.BytesIO()
    iso = STAMP.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{iso}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{iso}\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    src.close()
    path.write_bytes(out.getvalue())


def cells(spec: list[tuple[str, object]]) -> list[tuple[int, int, object]]:
    """[("B3", value), ...] -> (row, col, value) triples."""
    out = []
    for ref, v in spec:
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        col = 0
        for ch in m.group(1):
            col = col * 26 + ord(ch) - 64
        out.append((int(m.group(2)), col, v))
    return out


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# --------------------------------------------------------------------------------------------------
# 1. 宁夏 固原 原州区: 边销茶推广项目 项目支出绩效自评表 (cut in the first 效益 row)
# --------------------------------------------------------------------------------------------------

NX_NAME1 = ("针对原州区监测帮扶对象：边缘易致贫人口突发严重困难人口共计3875人（涉及北塬街道办和11个乡镇），"
            "发放边销茶目标人群是3875人，目前已发放边销茶目标人群3620人，目前255人目标人群茶叶未发放确定于"
            "剩余255人茶叶于2022年12月底前发放完毕，")
NX_NAME2 = "确定于于2022年12月底前发放完毕"
NX_NAME4 = "紧紧围绕“茶叶市场流通监管”和“健"
NX_GOAL = "2022年原州区健康饮茶“送茶入户”边销茶推广项目：通过实施该项目，"
NX_FUND = "2022年原州区健康饮茶“送茶入户”边销茶推广项目38.75万元（少数民族发展资金37万元，中央衔接资金1.75万元）"


def build_nx(path: Path) -> None:
    spec = [
        ("A1", "2022年原州区健康饮茶“送茶入户”边销茶推广项目的绩效目标申报表现予公示，内容如下："),
        ("A2", "项目支出绩效自评表"),
        ("A3", "（2022年度）"),
        ("A4", "项目名称"), ("C4", "2022年原州区健康饮茶“送茶入户”边销茶推广项目（2022年少数民族发展资金项目）"),
        ("A5", "主管部门及代码"), ("C5", "原州区宗教事务局116422210101621779"),
        ("F5", "实施单位"), ("H5", "原州区民族宗教事务局"),
        ("A6", "项目资金（万元）"), ("E6", "年初预算数"), ("G6", "全年执行数"),
        ("C7", "年度资金总额：38.75万元"), ("E7", NX_FUND), ("G7", NX_FUND), ("I7", NX_FUND),
        ("C8", "其中：财政拨款"), ("E8", "少数民族发展资金37万元"),
        ("C9", "其他资金"), ("E9", "中央衔接资金1.75万元"),
        ("A10", "年度总体目标"), ("C10", NX_GOAL),
        ("A11", "绩效指标"), ("B11", "一级指标"), ("C11", "二级指标"), ("D11", "三级指标"), ("E11", "分值"),
        ("F11", "指标值（A）"), ("G11", "全年实际值（B）"), ("H11", "得分计算方法"), ("I11", "得分"),
        ("J11", "未完成原因分析"),
        ("B12", "产出指标（40分）"), ("C12", "数量指标（必填硬性指标）"), ("D12", NX_NAME1),
        ("E12", 20), ("F12", 100), ("G12", 100), ("I12", 20),
        ("C13", "时效指标（必填）"), ("D13", NX_NAME2), ("E13", 10), ("F13", 100), ("G13", 100), ("I13", 9.34),
        ("C14", "成本指标（必填硬性指标）"), ("D14", "38.75万元"), ("E14", 10), ("F14", 38.75), ("G14", 36.2),
        ("I14", 9.34), ("J14", "2021年底初步预算资金36.2万元，发放边销茶目标人群是3875人，目前已发放边销茶目标人群3620人，"),
        ("B15", "效益指标（40分）"), ("C15", "社会效益指标（必填）"), ("D15", NX_NAME4),
    ]
    merges = ["A1:J1", "A2:J2", "A3:J3", "A4:B4", "C4:J4", "A5:B5", "C5:E5", "F5:G5", "H5:J5",
              "A6:B9", "C6:D6", "E6:F6", "G6:H6", "I6:J6", "C7:D7", "E7:F7", "G7:H7", "I7:J7",
              "C8:D8", "E8:F8", "G8:H8", "I8:J8", "C9:D9", "E9:F9", "G9:H9", "I9:J9",
              "A10:B10", "C10:J10", "A11:A15", "B12:B14"]
    widths = {"A": 6, "B": 10, "C": 12, "D": 40, "E": 7, "F": 10, "G": 10, "H": 10, "I": 7, "J": 30}
    write_xlsx(path, "自评表", cells(spec), merges, widths, boxed_from=4, last_col=10)


NX_GOLD = {
    "source_urls": ["https://www.chacewang.com/newsdetail/news223201.html"],
    "province": "宁夏",
    "doc_kind": "自评表",
    "patterns": [1, 2, 5, 6, 8, 9, 10],
    "indicators": [
        ind("产出指标", "数量指标", NX_NAME1, None, 100, None, "100", actual=100, weight=20, score=20),
        ind("产出指标", "时效指标", NX_NAME2, None, 100, None, "100", actual=100, weight=10, score=9.34),
        ind("产出指标", "成本指标", "38.75万元", None, 38.75, "万元", "38.75", actual=36.2, weight=10, score=9.34),
        ind("效益指标", "社会效益指标", NX_NAME4, None, None, None, "", actual=None, weight=None, score=None),
    ],
    "goals": [{"kind": "年度目标", "text": NX_GOAL}],
    "facts": [
        {"metric": "年度资金总额", "kind": "sum", "total": 38.75, "parts": [37, 1.75], "unit": "万元"},
    ],
    "findings": [
        finding("target.missing_unit", NX_NAME1, "the 指标值 cell holds a bare 100 (a count of people? a rate?) with no unit"),
        finding("target.missing_unit", NX_NAME2, "时效 row: target 100 with no unit"),
        finding("target.missing_name", "38.75万元", "the 三级 cell of the 成本 row holds only an amount, no indicator name"),
        finding("target.cost_restates_budget", "38.75万元", "the cost row is the project's whole 年度资金总额 38.75万元"),
        finding("target.missing_value", NX_NAME4, "the row ends in the name (page cut): no 指标值"),
        finding("consistency.score_total", "效益指标", "the heading states 效益指标（40分） and its only row carries no 分值"),
        finding("coverage.missing_dimension", "满意度指标", "the table as it stands ends in the first 效益 row: no 满意度 indicator"),
        finding("goal.unquantified", NX_GOAL[:15], "the 年度总体目标 only names the project, no output, number or date"),
    ],
    "notes": (
        "原州区民族宗教事务局 2022 边销茶推广 project (少数民族发展资金), published as a notice whose text calls it a "
        "绩效目标申报表 while the table is titled 项目支出绩效自评表 (kept). Aggregator copy (chacewang). The money block "
        "holds text, not numbers: the 年初预算数/全年执行数 cells repeat '…38.75万元（少数民族发展资金37万元，中央衔接资金"
        "1.75万元）' three times (kept); 38.75 = 37 + 1.75. The 年度总体目标 is an unfinished clause that only names the "
        "project. Indicator rows: the 数量 row's 三级 cell is a whole sentence (3875 targeted, 3620 served, 255 left) "
        "with 指标值 100 and 实际值 100 bare (no unit; which of 人/% is meant is not said); the 时效 row scores 9.34 of "
        "10 although 实际值 equals 指标值 (the same 9.34 as the cost row: probably copied; no deviation text, left "
        "unflagged since the target reads as met); the 成本 row's 三级 cell is the amount '38.75万元' itself, 指标值 "
        "38.75, 实际值 36.2, 得分 9.34 = 36.2/38.75×10, with a reason. The stored page stops inside the first 社会效益 "
        "name, so the document ends there: no 满意度 rows, no 总分. Header words 指标值（A）/全年实际值（B）/得分计算方法 "
        "and the template's （必填硬性指标） are kept. Weight of 产出 rows 20+10+10 = the heading's 40."
    ),
}

# --------------------------------------------------------------------------------------------------
# 2. 湖南 岳阳 湘阴县教育局: 幼儿园公用经费 项目支出预算绩效目标申报表 (cut in 本年度绩效目标)
# --------------------------------------------------------------------------------------------------

XY_LONG = ("健全并进一步完善学前教育经费保障机制，按标准足额落实学前教育生均补助专项经费，支持本县公办和普惠性"
           "民办幼儿园优质发展，为社会提供优质的普惠性学前教育服务。")
XY_YEAR = "按照省厅要求按人均500"


def build_xy(path: Path) -> None:
    spec = [
        ("A1", "项目支出预算绩效目标申报表"),
        ("A2", "（2022年度）"),
        ("A3", "填报单位：湘阴县教育局"),
        ("A4", "项目基本情况"), ("B4", "项目名称"), ("C4", "公办和普惠性民办幼儿园公用经费"),
        ("B5", "项目属性"), ("C5", "新增项目□                       延续项目√"),
        ("B6", "主管部门"), ("C6", ""), ("D6", "项目起止时间"), ("E6", "2022.1—2022.12"),
        ("B7", "项目负责人"), ("C7", "杨柳"), ("D7", "联系电话"), ("E7", "139****8136"),
        ("B8", "绩效管理联络员"), ("C8", "周哲"), ("D8", "联系电话"), ("E8", "151****8227"),
        ("B9", "项目类型"),
        ("C9", "1.基本建设类 □    其中：新建  □    扩建  □    改建  □2.行政事业类 □    其中：采购类□    "
               "修缮类□    奖励类□ 3.其他专项类 √"),
        ("A10", "项目概况"),
        ("B10", "公办园和普惠性民办园生均公用经费，按每生每年500元补助，省级财政负担70%，县级财政配套30%。"),
        ("A11", "项目立项依据"), ("B11", "湘财教﹝2019﹞24号"),
        ("A12", "项目资金情况"), ("B12", "项目资金申请（万元）"), ("C12", "项 目"), ("D12", "上年度安排资金"),
        ("E12", "本年度申请资金"),
        ("C13", "合 计"), ("D13", 213.4), ("E13", 259),
        ("C14", "市级资金"), ("C15", "省级资金"), ("C16", "中央资金"),
        ("C17", "县级资金"), ("D17", 213.4), ("E17", 259),
        ("A18", "支出明细预算（万元）"), ("B18", "项 目"), ("C18", "上年度安排资金"), ("D18", "本年度申请资金"),
        ("E18", "测算依据及说明"),
        ("B19", "合 计"), ("C19", 213.4), ("D19", 259),
        ("E19", "依据湘财教﹝2019﹞24号文件，按全县公办园和普惠性民办幼儿园的实有数据测算"),
        ("B20", "幼儿园生均经费"), ("C20", 213.4), ("D20", 259),
        ("B21", "2"),
        ("A22", "单位已有的（或拟订的）保障项目实施的制度、措施"), ("B22", "已建立幼儿园财务管理制度和审核制度"),
        ("A23", "项目年度实施进度计划"), ("B23", "项目实施内容"), ("D23", "开始时间"), ("E23", "结束时间"),
        ("B24", "1、对全县公办和普惠性幼儿园生均经费的补助"), ("D24", "2022.1"), ("E24", "2022.12"),
        ("B25", "2、"),
        ("A26", "项目年度绩效目标情况"), ("B26", "长期绩效目标"), ("C26", XY_LONG),
        ("B27", "本年度绩效目标"), ("C27", XY_YEAR),
    ]
    merges = ["A1:E1", "A2:E2", "A3:E3", "A4:A9", "C4:E4", "C5:E5", "C9:E9", "B10:E10", "B11:E11",
              "A12:A17", "B12:B17", "A18:A21", "E19:E21", "B22:E22", "A23:A25", "B23:C23", "B24:C24",
              "B25:C25", "A26:A27", "C26:E26", "C27:E27"]
    widths = {"A": 16, "B": 18, "C": 22, "D": 16, "E": 30}
    write_xlsx(path, "申报表", cells(spec), merges, widths, boxed_from=4, last_col=5)


XY_GOLD = {
    "source_urls": ["http://www.xiangyin.gov.cn/31185/32019/32073/32178/58050/content_1915955.html"],
    "province": "湖南",
    "doc_kind": "申报表",
    "patterns": [5, 8, 9, 10],
    "indicators": [],
    "goals": [
        {"kind": "中期目标", "text": XY_LONG},
        {"kind": "年度目标", "text": XY_YEAR},
    ],
    "facts": [
        {"metric": "项目资金申请 本年度申请资金", "kind": "sum", "total": 259, "parts": [259], "unit": "万元"},
        {"metric": "项目资金申请 上年度安排资金", "kind": "sum", "total": 213.4, "parts": [213.4], "unit": "万元"},
    ],
    "findings": [
        finding("coverage.missing_dimension", "产出指标", "a 绩效目标申报表 cut in 本年度绩效目标: no indicator in the file"),
        finding("coverage.missing_dimension", "效益指标", "a 绩效目标申报表 cut in 本年度绩效目标: no indicator in the file"),
        finding("coverage.missing_dimension", "满意度指标", "a 绩效目标申报表 cut in 本年度绩效目标: no indicator in the file"),
        finding("goal.unquantified", XY_LONG[:15], "long-term goal: funding mechanism, quality development, better "
                                                   "service, no number or date"),
        finding("goal.budget_text", XY_YEAR, "the year goal as it stands only restates the per-pupil subsidy (500 per head)"),
    ],
    "notes": (
        "湘阴县教育局 项目支出预算绩效目标申报表 (2022) for 公办和普惠性民办幼儿园公用经费, a 湖南 layout with 项目基本情况 "
        "labels merged down, checkbox rows (□/√), a 绩效管理联络员 row, a funds block (上年度 213.4 / 本年度 259, "
        "all 县级资金) and a 支出明细 block whose third row holds only '2'. The stored page stops inside 本年度绩效目标 "
        "('按照省厅要求按人均500'): no indicator table, so the form lacks every dimension as it stands. 长期绩效目标 is "
        "recorded as 中期目标. The year goal is read as a budget restatement (500元 per pupil, as the 项目概况 says); "
        "the unit itself was cut off — a reader who does not link it to the 项目概况 may see no finding there."
    ),
}

# --------------------------------------------------------------------------------------------------
# 3. 重庆 大足区财政局: 少数民族发展资金 notice + 绩效目标表 (cut in 项目属性)
# --------------------------------------------------------------------------------------------------


def build_dz(path: Path) -> None:
    d = Doc()
    d.para("重庆市大足区财政局", bold=True, center=True, size=14)
    d.para("关于提前下达2025年少数民族发展资金预算的通知", bold=True, center=True, size=14)
    d.para("大足财行〔2024〕46号", center=True)
    d.para("区民族宗教委、高升镇、珠溪镇：")
    d.para("依据重庆市财政局、重庆市民族宗教事务委员会《关于提前下达2025年中央少数民族发展资金预算的通知》"
           "（渝财行政〔2024〕117号）、《关于提前下达2025年市级少数民族发展资金预算的通知》（渝财行政〔2024〕118号）"
           "以及重庆市大足区民族宗教事务委员会《关于提前下达2025年少数民族发展资金预算的函》（大足民宗函〔2024〕16号），"
           "经研究，现提前向高升镇下达2025年中央少数民族发展资金40万元，用于旭光村稻甲综合种养基地建设项目；"
           "提前向珠溪镇下达2025年市级少数民族发展资金20万元，用于玉河村产业发展项目。年终决算列2130505—生产发展、"
           "2012304—民族工作专项，经济分类列30299—其他商品和服务支出。")
    d.para("附件：1.高升镇旭光村稻甲综合种养基地建设绩效目标表")
    d.para("2.珠溪镇玉河村产业发展项目绩效目标表")
    d.para("重庆市大足区财政局")
    d.para("2024年12月25日")
    d.para("附件1")
    d.para("高升镇旭光村稻甲综合种养基地建设绩效目标表", bold=True, center=True, size=12)
    d.table([["项目名称", "高升镇旭光村稻甲综合种养基地建设"],
             ["项目属性", "延续项目□新增项"]])
    d.save(path)


DZ_GOLD = {
    "source_urls": ["http://www.dazu.gov.cn/qzfbm/qczj/zwgk_53321/fdzdgknr_53323/czzj/ssqk/202412/t20241227_14029301.html"],
    "province": "重庆",
    "doc_kind": "申报表",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [
        finding("coverage.missing_dimension", "产出指标", "a 绩效目标表 (title line over its table) with no indicator in the file"),
        finding("coverage.missing_dimension", "效益指标", "a 绩效目标表 (title line over its table) with no indicator in the file"),
        finding("coverage.missing_dimension", "满意度指标", "a 绩效目标表 (title line over its table) with no indicator in the file"),
    ],
    "notes": (
        "大足区财政局 notice (大足财行〔2024〕46号) giving 高升镇 40万元 (central) and 珠溪镇 20万元 (municipal) of 2025 "
        "少数民族发展资金; the site's metadata table is left out. The attached 绩效目标表 of 高升镇旭光村 starts with its "
        "title line and a two-column table; the stored page stops inside the 项目属性 cell ('延续项目□新增项'), so the "
        "document ends there. Judged as it stands: a 目标表 title over a table and no indicator, hence the three "
        "coverage findings. No total is stated for 40 + 20, so no sum fact."
    ),
}

# --------------------------------------------------------------------------------------------------
# 4. 新疆 克孜勒苏 乌恰县水利局: 绩效项目申报表 (cut after 实施单位)
# --------------------------------------------------------------------------------------------------


def build_wq(path: Path) -> None:
    d = Doc()
    d.para("绩效项目申报表", bold=True, center=True, size=14)
    d.table([["索 引 号", "WQX018-2021-000006", "主题分类", ""],
             ["发布机构", "乌恰县水利局", "发布日期", "2021-04-27 18:51"],
             ["名 称", "", "", ""],
             ["文 号", "〔〕号", "有 效 性", ""],
             ["来 源", "乌恰县水利局", "", ""]],
            merges=[(2, 1, 2, 3), (4, 1, 4, 3)])
    d.para("")
    d.table([["", "", "", ""],
             ["（2021年度）", "", "", ""],
             ["项目名称", "干渠防渗改造项目", "项目负责人及联系电话", "沈飞"],
             ["主管部门", "乌恰县水利局", "实施单位", "乌恰县农村供水站"]],
            merges=[(0, 0, 0, 3), (1, 0, 1, 3)])
    d.save(path)


WQ_GOLD = {
    "source_urls": ["https://xjwqx.gov.cn/xjwqx/c103065/202104/c8c7f7dd9747439fa669fb81d97f9b0f.shtml"],
    "province": "新疆",
    "doc_kind": "申报表",
    "patterns": [5],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [
        finding("coverage.missing_dimension", "产出指标", "a 申报表 (title line) with no indicator in the file"),
        finding("coverage.missing_dimension", "效益指标", "a 申报表 (title line) with no indicator in the file"),
        finding("coverage.missing_dimension", "满意度指标", "a 申报表 (title line) with no indicator in the file"),
    ],
    "notes": (
        "乌恰县水利局 page titled 绩效项目申报表 (2021, 干渠防渗改造项目, 实施单位 乌恰县农村供水站). The site's metadata "
        "table is kept (索引号, 发布机构, 发布日期…). The form's own title row is an empty merged row on the page (only "
        "cell borders survive), then （2021年度） and two header rows; the stored page stops after 实施单位. The "
        "项目负责人及联系电话 cell holds a name only. Judged as it stands: a 申报表 title line and no indicator."
    ),
}

# --------------------------------------------------------------------------------------------------
# 5. 广东 湛江 徐闻县地方公路局: 2024 整体支出绩效自评报告 (prose, cut in 绩效目标)
# --------------------------------------------------------------------------------------------------

XW_G1 = "无上级部门特别下达的明确目标，以提升公路服务水平、保障公路安全畅通为主要方向。"
XW_G2 = "县道公路日常养护费：全年县道养护路况好路率达到95%，优等路率达到85%，改善行车环境，延长公路使用寿命。"
XW_G3 = "成品油价格和税费改革税收返还支出：用于公路相关建设和维护，保障资金合理使用，提升公路整体状况。"
XW_G4 = "县道X695和锦线那板桥危桥改造工程：2024年该桥改造工程开工建设，争取早日"


def build_xw(path: Path) -> None:
    d = Doc()
    d.para("评价年度：2024")
    d.para("评价单位（公章）：徐闻县地方公路局")
    d.para("填报日期：2025年10月29日")
    d.para("一、按照县财政局《关于做好2024年度县级财政资金绩效自评工作的通知》（徐财绩[2025]5号）的要求，我单位及时"
           "部署自评，成立自评工作小组，分工到人、责任到岗，查阅并核实有关账务和项目执行情况，填写自评表格并综合分析，"
           "形成本报告。现将徐闻县地方公路局2024年度整体支出绩效自评情况报告如下：")
    d.para("二、单位基本情况")
    d.para("（一）单位机构设置、部门职能情况。")
    d.para("徐闻县地方公路局成立于1952年，当时称湛江市公路局徐闻公路工区；1965年改名为公路运输革命委员会徐闻地道站，"
           "1973年改为徐闻县交通局地方公路管理站，1997年改称徐闻县地方公路局，由股级升为副科级事业单位。主要职能是负责"
           "境内省道、县道公路的建设、养护和路政管理。截至2023年12月31日，本单位财政核定编制在职人员36人，年末实有在职"
           "人员34人，退休人员64人，临时工人37人。")
    d.para("（二）年度总体工作和重点工作任务")
    d.para("本年度工作围绕省道、县道的建设、养护和路政管理展开，重点保障公路安全畅通、提升服务水平，同时加强国有资产"
           "管理维护和资产清查，推进危桥改造工程。")
    d.para("（三）部门整体支出绩效目标")
    d.para("1、上级部门和市委、市政府下达的工作目标及相关考核指标目标值：" + XW_G1)
    d.para(XW_G2)
    d.para(XW_G3)
    d.para(XW_G4)
    d.save(path)


XW_GOLD = {
    "source_urls": ["http://www.xuwen.gov.cn/jxzpgkqkl/content/post_2118370.html"],
    "province": "广东",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "目标", "text": XW_G1},
        {"kind": "目标", "text": XW_G2},
        {"kind": "目标", "text": XW_G3},
        {"kind": "目标", "text": XW_G4},
    ],
    "facts": [],
    "findings": [
        finding("goal.unquantified", XW_G1[:15], "service level and safe roads as a direction, no number or date"),
        finding("goal.unquantified", XW_G3[:15], "better overall road condition and sound use of money, no measure"),
        finding("goal.process_only", XW_G4[:15], "only a step (the works start in 2024), no output or effect"),
    ],
    "notes": (
        "徐闻县地方公路局 2024年度整体支出绩效自评报告 (department-wide, prose). Cover lines, the preamble, 二、(一) history "
        "and staff numbers (36 编制, 34 在职, 64 退休, 37 临时工), (二) the year's work and (三) 部门整体支出绩效目标. The "
        "stored page stops inside the third target line ('…开工建设，争取早日'), so the document ends there. Goals: the "
        "four lines under (三) — the first says no target was set from above and names a direction; the 养护费 line is "
        "measured (好路率95%, 优等路率85%); the 税收返还 line has no measure; the 危桥改造 line only starts the works. "
        "(二)'s year tasks are read as work, not as goals. A prose report: no coverage finding."
    ),
}

# --------------------------------------------------------------------------------------------------
# 6. 湖南 怀化 中方县残联: 2022 残疾人康复项目支出绩效自评报告 (prose, cut in 二、（三）)
# --------------------------------------------------------------------------------------------------

ZF_GOAL = "资助精神病患者服药230人，“0-6”岁残疾儿童康复救助39人，辅具适配200人，假肢安装及基本康复服务21"


def build_zf(path: Path) -> None:
    d = Doc()
    d.para("中方县残联2022年度残疾人康复项目支出绩效自评报告", bold=True, center=True, size=14)
    d.para("一、基本情况")
    d.para("（一）项目概况。残疾人康复是指综合运用医学、工程、心理、教育和社会等手段，使残疾人的功能尽可能恢复，"
           "在身体、精神、教育就业和社会活动等方面最大限度发挥能力，最大限度回归社会。主要内容有辅具适配、“0-6”岁"
           "残疾儿童康复救助、资助精神残疾人服药、假肢安装等。年初预算资金数100元，全年预算数100元，全年执行数33.78元，"
           "执行率为33.78%")
    d.para("（二）项目绩效目标。2022年县残联实施的残疾人康复项目目标：" + ZF_GOAL + "实际完成：资助精神病患者服药230人，"
           "“0-6”岁残疾儿童康复救助52人，辅具适配230人，假肢安装及基本康复服务21人。")
    d.para("二、绩效评价工作开展情况")
    d.para("（一）绩效评价目的、对象和范围。评价目的是客观公正地反映康复资金的使用效率和政府职能的实现程度，完善公共"
           "财政体系，强化预算支出的责任和效率；评价对象是2022年残疾人康复项目资金；评价范围主要包括辅具适配、“0-6”岁"
           "残疾儿童康复救助、资助精神残疾人服药、假肢安装等")
    d.para("（二）绩效评价原则、评价指标体系（附表说明）、评价方法、评价标准等。本次评价指标的确定遵循相关性、重要性、"
           "可比性、系统性和经济性原则。依据县财政局文件并结合项目实际，本次残疾人康复项目评价指标分为项目决策、项目过程、"
           "项目产出、项目效益四部分，总分100分，具体指标体系见附件。")
    d.para("（三）绩效自评工作")
    d.save(path)


ZF_GOLD = {
    "source_urls": ["http://www.zhongfang.gov.cn/zhongfang/c105155/202309/a2dbb6bf01a34a569fca2ec71082d016.shtml"],
    "province": "湖南",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "年度目标", "text": ZF_GOAL}],
    "facts": [
        {"metric": "执行率", "kind": "budget", "planned": 100, "actual": 33.78, "stated_rate": 33.78, "unit": "元"},
    ],
    "findings": [],
    "notes": (
        "中方县残联 2022年度残疾人康复项目支出绩效自评报告 (prose). The money sentence writes the budget in 元 (100元 "
        "budget, 33.78元 spent, 33.78%) — a unit slip for 万元 most likely, kept; the rate follows from the amounts. The "
        "target sentence lacks '人。' after 21 before 实际完成 (kept as on the page). Targets 230/39/200/21 against "
        "results 230/52/230/21. The stored page stops at the heading 二、（三）绩效自评工作; the evaluation framework "
        "(决策/过程/产出/效益, 100分) is only named. A prose report: no coverage finding."
    ),
}

# --------------------------------------------------------------------------------------------------
# 7. 贵州省民族宗教事务委员会: 民族工作经费专项资金 (2017-2019) 绩效评价报告 (prose, cut in 一、（二）1.（1）)
# --------------------------------------------------------------------------------------------------


def build_gz(path: Path) -> None:
    d = Doc()
    d.para("贵州省民族宗教事务委员会民族工作经费专项资金（2017-2019年度）绩效评价报告", bold=True, center=True, size=14)
    d.para("发布时间：2021-01-08 14:50")
    d.para("依据《关于全面实施预算绩效管理的实施意见》（黔党发〔2019〕29号）、《项目支出绩效评价管理办法》（财预〔2020〕"
           "10号）和《贵州省省级部门预算支出绩效评价实施办法》（黔财绩〔2020〕10号），云南华业会计师事务所（普通合伙）受"
           "贵州省财政厅委托，于2020年6月至7月对贵州省民族宗教事务委员会（简称“省民宗委”）民族工作经费专项资金"
           "（2017-2019年度）（简称“民族工作专项资金”）开展了绩效评价。评价情况报告如下：")
    d.para("一、基本情况")
    d.para("（一）项目概况")
    d.para("贵州是多民族省份，有17个世居少数民族，少数民族常住人口1255万人，占全省总人口的36.11%；少数民族人口总量居"
           "全国第四位，占比居全国第五位；全省有3个自治州、11个自治县和193个民族乡。自1980年起，贵州享受民族自治区的"
           "财政体制待遇，成为民族八省区之一。根据《中华人民共和国民族区域自治法》和《国务院实施〈中华人民共和国民族区域"
           "自治法〉若干规定》（国务院令第435号），省级财政每年在本级预算中安排民族工作专项资金。这笔经费对推进民族团结"
           "进步、维护民族地区社会稳定、处理民族问题、应对少数民族和民族地区突发性、敏感性、特殊性以及影响经济社会发展"
           "的问题，构建平等团结互助和谐的社会主义民族关系，促进民族地区经济社会加快发展，都发挥了重要作用。")
    d.para("（二）项目资金安排及使用情况")
    d.para("1.项目资金安排情况")
    d.para("（1）预算批复情况。2017-2019年省财政厅分别以《省财政厅关于下达2017年度省级部门预算指标的通知》"
           "（黔财预〔2017〕1号）《省财政厅关")
    d.save(path)


GZ_GOLD = {
    "source_urls": ["http://mzw.guizhou.gov.cn/zfxxgk/fdzdgknr/ysjs/czxx_5623252/202101/t20210108_66085288.html"],
    "province": "贵州",
    "doc_kind": "评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": (
        "Third-party 绩效评价报告 (云南华业会计师事务所, commissioned by 贵州省财政厅) of 省民宗委's 民族工作经费专项资金 "
        "2017-2019. The stored page holds the title, the preamble, 一、（一）项目概况 (province background: 17 世居少数民族, "
        "1255万人, 36.11%, 3 自治州, 11 自治县, 193 民族乡) and the first words of 一、（二）1.（1）; it stops inside the "
        "name of a budget notice. No goal, indicator, amount or score: nothing to check."
    ),
}

# --------------------------------------------------------------------------------------------------
# 8. 广东省民族宗教委: 2020 省级少数民族发展资金 report (prose, cut in 一、（二）)
# --------------------------------------------------------------------------------------------------


def build_gdmz(path: Path) -> None:
    d = Doc()
    d.para("一、基本情况")
    d.para("（一）项目资金安排情况。依据2019年6月5日印发的《中共广东省委、广东省人民政府关于推动我省民族地区加快高质量"
           "发展的意见》（粤发﹝2019﹞18号），2019-2022年省级少数民族发展资金每年安排2亿元。2020年省级财政共安排少数民族"
           "发展资金2亿元，已于2019年11月30日提前下达，全部按因素法分配。")
    d.para("（二）资金主要用途、扶持对象和实施程序。资金用于支持少数民族和民族地区经济社会发展，改善少数民族生产生活"
           "条件，提高少数民族群众收入，推动民族地区巩固拓展脱贫攻坚成果同乡村振兴有效衔接。一是改善生产生活基础设施，"
           "包括修建乡村人畜饮水、电、路、便桥、农村能源等设施，以及改造特困群众危房；二是开展少数民族群众劳动技能培训，"
           "推广先进适用的生产技术；三是发展有资源优势和地方特色的种植业、养殖业、农产品加工业、手工业和民族特色旅游业；"
           "四是保护和发展少数民族特色村寨；五是支持民族地区文化、教育、医疗卫生事业发展。")
    d.para("按照资金管理办法，项目审批权下放到县。省财政每年下达少数民族发展资金额度后，省民族宗教委依规及时制定资金"
           "分配方案，经省财政厅审核同意后在门户网站和专项资金管理平台公示；公示无异议的分配方案由省财政厅汇总报省政府审批，"
           "批准后由省财政厅按程序拨付各地财政部门。各县（市、区）民族工作部门在收到省财政厅下达的资金安排计划后30个工作日"
           "内，结合年度少数民族发展工作重点和年度项目计划，从少数民族发展资金项目库中选定年度实施项目，会同本级财政部门"
           "编制资金项目安排计划，按当地财政资金项目管理程序审批后实施，并报省民族宗教委备案，同时抄")
    d.save(path)


GDMZ_GOLD = {
    "source_urls": ["http://mzzjw.gd.gov.cn/mzzjw/dtyw/zwgk/gsgg/content/post_3585676.html"],
    "province": "广东",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": (
        "广东省民族宗教委 公示 page on the 2020 省级少数民族发展资金 (2亿元 a year 2019-2022, allocated by factors). The "
        "stored text starts at 一、基本情况 (the page title is not in it, so the document has none either; it reads as the "
        "fund's performance report) and stops inside 一、（二） in the middle of a sentence. The five uses of the money are "
        "listed as the fund's purposes, not as targets: no goal, indicator or checkable fact."
    ),
}

# --------------------------------------------------------------------------------------------------

DOCS = [
    ("nx-yuanzhou-tea-selfeval", "xlsx", build_nx, NX_GOLD),
    ("hn-xiangyin-kindergarten-targets", "xlsx", build_xy, XY_GOLD),
    ("cq-dazu-minority-targets", "docx", build_dz, DZ_GOLD),
    ("xj-wuqia-canal-targets", "docx", build_wq, WQ_GOLD),
    ("gd-xuwen-road-dept-selfreport", "docx", build_xw, XW_GOLD),
    ("hn-zhongfang-rehab-selfreport", "docx", build_zf, ZF_GOLD),
    ("gz-minzong-fund-evalreport", "docx", build_gz, GZ_GOLD),
    ("gd-minority-fund-report", "docx", build_gdmz, GDMZ_GOLD),
]


def export_pdf(src: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("soffice not found (use --no-pdf)")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as outdir:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, str(src)], check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(outdir) / (src.stem + ".pdf")), str(src.with_suffix(".pdf")))


def write_gold(name: str, gold: dict) -> None:
    ANN.mkdir(exist_ok=True)
    doc = {"source": name}
    doc.update(gold)
    (ANN / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args()
    for stem, ext, build, gold in DOCS:
        path = HERE / f"{stem}.{ext}"
        build(path)
        write_gold(path.name, gold)
        write_gold(f"{stem}.pdf", gold)
        if not args.no_pdf:
            export_pdf(path)
        print("wrote", path.name)


if __name__ == "__main__":
    main()
