"""Blind part 56 of the real-layout corpus.

Written code-blind: every document reproduces one stored public page (layout, facts and
defects as found; longer sentences reworded with the same numbers), and the gold in DOCS
was written by hand from the pages before anything ran on the files.

Run:  /tmp/venv/bin/python make_blind56_layouts.py [--no-pdf]
"""
import datetime as _dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- helpers
def ind(level1, level2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight,
            "score": score}


def normalize_zip(path):
    """Rewrite every zip entry with a fixed date, in a fixed order."""
    with zipfile.ZipFile(path) as zin:
        items = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    if "docProps/core.xml" in items:  # openpyxl stamps 'modified' with the clock on save
        items["docProps/core.xml"] = re.sub(
            rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2025-01-01T00:00:00Z\2",
            items["docProps/core.xml"])
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in items]
    order = first + sorted(n for n in items if n not in first)
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in order:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, items[name])
    os.replace(tmp, path)


THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


def xl_put(ws, ref, value, merge_to=None, center=False, bold=False):
    ws[ref] = value
    cell = ws[ref]
    cell.alignment = CENTER if center else WRAP
    cell.font = Font(name="SimSun", size=10, bold=bold)
    if merge_to:
        ws.merge_cells(f"{ref}:{merge_to}")


def xl_grid(ws, min_row, max_row, min_col, max_col):
    for row in ws.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col):
        for c in row:
            c.border = BORDER
            if c.alignment is None or not c.alignment.wrap_text:
                c.alignment = WRAP


def xl_finish(wb, ws, path):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    p = wb.properties
    p.creator = "blind56"
    p.lastModifiedBy = "blind56"
    p.created = FIXED
    p.modified = FIXED
    wb.save(path)
    normalize_zip(path)


def new_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return d


def d_par(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def d_table(d, rows, widths=None):
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncols):
            t.cell(i, j).text = r[j] if j < len(r) and r[j] is not None else ""
    return t


def doc_finish(d, path):
    cp = d.core_properties
    cp.author = "blind56"
    cp.last_modified_by = "blind56"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    d.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- doc A: 宁夏福彩 APP 自评表
A_GOAL = ("本项目总预算预计50万元,用途为宁夏福彩APP的优化与改版升级:新上线公益展示、宣传奔孤生成、"
          "扫票验奖、在售刮刮乐宣传展示与模拟试刮等功能;原有版块同步优化,增设福彩业主口袋商店,"
          "给每位业主配置专属二维码店铺,便于其开展营销。2023年预计形票销量14.5亿元、筹集公益金2.35亿元。")
A_DONE = ("福彩App升级改造分两项采购:宁夏福彩APP系统升级改造扩充服务项目中标价29.8万元,"
          "宁夏福彩APP升级改造采购电子地图和技术对接服务项目中标价17.88万元;两项均按政府采购程序"
          "公开招标,依合同在项目通过验后将费用全部付清。")


def build_a(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    for col, w in zip("ABCDEFG", (12, 16, 16, 26, 20, 14, 18)):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "2023年福彩中心绩效项目支出自评表", "G1", center=True, bold=True)
    xl_put(ws, "A2", "专项(项目)名称")
    xl_put(ws, "B2", "彩票市场调控资金﹣宁夏福彩AP系统改版升级", "G2")
    xl_put(ws, "A3", "中央主管部门")
    xl_put(ws, "B3", "中国福利彩票发行管理中心", "G3")
    xl_put(ws, "A4", "自治区主管部门")
    xl_put(ws, "B4", "宁夏回族自治区民政厅", "C4")
    xl_put(ws, "D4", "资金使用单位")
    xl_put(ws, "E4", "宁夏福利彩票发行中心", "G4")
    xl_put(ws, "A5", "项目资金 (万元)", "A9", center=True)
    xl_put(ws, "B5", "")
    xl_put(ws, "C5", "全年预算数", center=True)
    xl_put(ws, "D5", "全年执行数", center=True)
    xl_put(ws, "E5", "执行率", center=True)
    for r, (lab, a, b, c) in enumerate([("年度资金总额", "50万元", "47.68", "95.00%"),
                                        ("其中:中央财政补助", "50万元", "47.68", "95.00%"),
                                        ("地方资金", "", "", ""), ("其他资金", "", "", "")], start=6):
        xl_put(ws, f"B{r}", lab)
        xl_put(ws, f"C{r}", a, center=True)
        xl_put(ws, f"D{r}", b, center=True)
        xl_put(ws, f"E{r}", c, center=True)
    xl_put(ws, "A10", "总体目标完成情况", "A11", center=True)
    xl_put(ws, "B10", "总体目标", "D10", center=True)
    xl_put(ws, "E10", "全年实际完成情况", "G10", center=True)
    xl_put(ws, "B11", A_GOAL, "D11")
    xl_put(ws, "E11", A_DONE, "G11")
    ws.row_dimensions[11].height = 120
    xl_put(ws, "A12", "绩效指标", "A19", center=True)
    for col, h in zip("BCDEFG", ("一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值",
                                 "未完成原因和改进措施")):
        xl_put(ws, f"{col}12", h, center=True)
    xl_put(ws, "B13", "产出指标", "B16", center=True)
    xl_put(ws, "B17", "效益指标", "B19", center=True)
    rows = [
        ("数量指标", "福彩APP系统改版升级", "100%", "100%"),
        ("质量指标", "验收合格率", "100%", "100%"),
        ("时效指标", "完成时间", "12月", "已完成"),
        ("成本指标", "项目建设成本", "≤50万元", "47.68万元"),
        ("经济效益指标", "拓展彩票销售渠道,捉升彩票销售量", "同比2022年销量显著提高", "显著提高"),
        ("社会效益指标", "提升彩票销量,筹集更多彩票公益金", "同比2022年销量显著提高", "显著提高"),
        ("可持续影响指标", "彩票系统信息化建设程度", "同比2022年销量显著提", ""),
    ]
    for r, (l2, name, tv, av) in enumerate(rows, start=13):
        xl_put(ws, f"C{r}", l2, center=True)
        xl_put(ws, f"D{r}", name)
        xl_put(ws, f"E{r}", tv, center=True)
        xl_put(ws, f"F{r}", av, center=True)
        xl_put(ws, f"G{r}", "")
    xl_grid(ws, 2, 19, 1, 7)
    xl_finish(wb, ws, path)


DOC_A = {
    "file": "nx-fucai-app-upgrade-selfeval.xlsx",
    "build": build_a,
    "gold": {
        "source_urls": ["https://m.bidcenter.com.cn/newsrili-1-303859372.html"],
        "province": "宁夏",
        "doc_kind": "自评表 (专项/项目支出绩效自评表, 信息化系统改版升级)",
        "patterns": [1, 5, 10],
        "indicators": [
            ind("产出指标", "数量指标", "福彩APP系统改版升级", None, 100, "%", "100%", 100),
            ind("产出指标", "质量指标", "验收合格率", None, 100, "%", "100%", 100),
            ind("产出指标", "时效指标", "完成时间", None, 12, "月", "12月", None),
            ind("产出指标", "成本指标", "项目建设成本", "<=", 50, "万元", "≤50万元", 47.68),
            ind("效益指标", "经济效益指标", "拓展彩票销售渠道,捉升彩票销售量", None, None, None,
                "同比2022年销量显著提高", None),
            ind("效益指标", "社会效益指标", "提升彩票销量,筹集更多彩票公益金", None, None, None,
                "同比2022年销量显著提高", None),
            ind("效益指标", "可持续影响指标", "彩票系统信息化建设程度", None, None, None,
                "同比2022年销量显著提", None),
        ],
        "goals": [{"kind": "总体目标", "text": A_GOAL}],
        "facts": [
            {"metric": "年度资金总额", "kind": "budget", "planned": 50, "actual": 47.68,
             "stated_rate": 95.00, "unit": "万元"},
            {"metric": "其中:中央财政补助", "kind": "budget", "planned": 50, "actual": 47.68,
             "stated_rate": 95.00, "unit": "万元"},
            {"metric": "两项中标价合计(已全部支付)", "kind": "sum", "total": 47.68,
             "parts": [29.8, 17.88], "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "年度资金总额",
             "why": "47.68 / 50 = 95.36 %, but the row states 95.00 %"},
            {"rule": "consistency.rate", "item": "其中:中央财政补助",
             "why": "same row values 50万元 / 47.68: recomputed 95.36 %, stated 95.00 %"},
            {"rule": "target.unit_mismatch", "item": "福彩APP系统改版升级",
             "why": "a 数量指标 (one system to be upgraded) is given as 100% instead of a count of systems/versions"},
            {"rule": "target.vague_wording", "item": "拓展彩票销售渠道,捉升彩票销售量",
             "why": "target '同比2022年销量显著提高' names a baseline year but no number or scale of the increase"},
            {"rule": "target.vague_wording", "item": "提升彩票销量,筹集更多彩票公益金",
             "why": "same '同比2022年销量显著提高' with no figure, although the goal itself gives 公益金2.35亿元 and 销量14.5亿元"},
            {"rule": "target.vague_wording", "item": "彩票系统信息化建设程度",
             "why": "target '同比2022年销量显著提…' (cut) is the same vague 显著提高 wording, and it measures sales, not the degree of informatisation"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the table as it stands has 产出 and 效益 rows only; no 满意度 row (the stored page stops inside the 可持续影响 row)"},
        ],
        "notes": ("Aggregator page (bidcenter) reposting the 宁夏福利彩票发行中心 2023 自评表 as OCR text of an "
                  "attachment image, headed '详情见附件 (注:以下内容为附件图片识别…)'; that wrapper note is not part "
                  "of the form and is left out. The form is rebuilt as the attachment most likely was: header rows, "
                  "a 项目资金 block (全年预算数/全年执行数/执行率 only, no 分值/得分), 总体目标 | 全年实际完成情况 side "
                  "by side, and the indicator table 一级/二级/三级/年度指标值/全年完成值/未完成原因和改进措施 with "
                  "产出指标 and 效益指标 merged down. OCR slips are kept as found: 'AP系统' in the project name, "
                  "'宣传奔孤生成', '形票销量', '捉升', '项目通过验后'. The OCR line for the first row reads "
                  "'数量指标数量指标福彩APP系统改版升级'; read as 二级 数量指标 + 三级 福彩APP系统改版升级 (the doubled "
                  "label is not reproduced as an extra column). Where the goal ends and the 实际完成情况 begins is a "
                  "judgement call (split at '福彩App升级改造项目,其中:'). The page stops inside the 可持续影响 row "
                  "('同比2022年销量显著提'); nothing after it is invented. Judgement calls: bare '100%' and '12月' get "
                  "operator null; '12月' recorded as value 12 / unit 月 (a deadline month, not flagged since it is a "
                  "date); 已完成/显著提高 actuals are words, so actual null. 项目建设成本 ≤50万元 equals the whole "
                  "budget (a cost target restating the budget; no rule id for it, not flagged). The 47.68 spent "
                  "equals 29.8 + 17.88 (sum fact, consistent). Execution 95.36 % is below 100 % but the form has no "
                  "reason column for money; no finding. Missing 满意度 is flagged as the table stands, per the "
                  "convention of earlier parts.")
    },
}


# ---------------------------------------------------------------- doc B: 莆田 标准化工作专项补助经费 自评报告
B_LINES = [
    ("h", "当前位置:首页 > 政务公开 > 财政资金 > 专项资金"),
    ("t", "2024年度市级预算项目绩效自评报告(标准化工作专项补助经费)"),
    ("m", "发布时间:2025-05-12 15:42 信息来源:莆田市市场监督管理局 点击数: 字号: T | T"),
    ("s", "一、项目基本情况"),
    ("s", "(一)项目概况"),
    ("p", "本项目为市级财政预算安排的专项补助经费,补助对象是全市开展标准研制和相关科研、参加国际或国内"
          "标准化组织及活动、获标准化工作奖励以及承担标准化试点示范建设等工作的单位。"),
    ("s", "(二)主要成效"),
    ("p", "会同市财政局下达2023年度市级标准化工作补助经费200万元,获补助的标准化项目共24个。"),
    ("s", "二、绩效分析"),
    ("p", "本项目自评得分100分,评为优;共设绩效目标11个,11个全部完成,逐项情况如下:"),
    ("s", "(二) 成本指标"),
    ("p", "1、经济成本指标"),
    ("p", "1)获得补助企事业单位获得补助金额(万元),目标值200,完成值200,分值10,得分10。"),
    ("p", "2、社会成本指标"),
    ("p", "3、生态环境成本指标"),
    ("s", "(一) 产出指标"),
    ("p", "1、数量指标"),
    ("p", "1)主导制修订国家标准的项目数量(项),目标值2,完成值2,分值6,得分6。"),
    ("p", "2)主导制修订行业标准项目数量(项),目标值5,完成值5,分值6,得分6。"),
    ("p", "3)参与制修订国家标准项目数量(项),目标值2,完成值2,分值6,得分6。"),
    ("p", "2、质量指标"),
    ("p", "1)获得标准化工作项目补助奖励的单位数量(家),目标值17,完成值17,分值6,得分6。"),
    ("p", "2)主导制修订项目数量(项),目标值7,完成值7,分值8,得分8。"),
    ("p", "3、时效指标"),
    ("p", "1)项目完成及时率(%),目标值90,完成值100,分值8,得分8。"),
    ("s", "(三) 效益指标"),
    ("p", "1、经济效益指标"),
    ("p", "2、社会效益指标"),
    ("p", "1)标准文本宣传和解读(份),目标值300,完成值350,分值10,得分10。"),
    ("p", "2)奖励制修订标准项目(项),目标值4,完成值24,分值10,得分10。"),
    ("p", "3)强化社会公众的标准化意识(人),目标值2200,完成值2500,分值10,得分10。"),
    ("p", "3、"),
]


def build_b(path):
    d = new_doc()
    for kind, text in B_LINES:
        if kind == "t":
            d_par(d, text, bold=True, center=True, size=15)
        elif kind in ("h", "m"):
            d_par(d, text, size=9, center=(kind == "m"))
        elif kind == "s":
            d_par(d, text, bold=True)
        else:
            p = d_par(d, text)
            p.paragraph_format.first_line_indent = Pt(21)
    doc_finish(d, path)


DOC_B = {
    "file": "fj-putian-standardization-selfreport.docx",
    "build": build_b,
    "gold": {
        "source_urls": ["https://scjgj.putian.gov.cn/xxgk/czzj/zxzj/202505/t20250512_1994584.htm"],
        "province": "福建",
        "doc_kind": "自评报告 (市级预算项目, 指标结果以编号条目列出)",
        "patterns": [6, 10],
        "indicators": [
            ind("成本指标", "经济成本指标", "获得补助企事业单位获得补助金额", None, 200, "万元", "200", 200, 10, 10),
            ind("产出指标", "数量指标", "主导制修订国家标准的项目数量", None, 2, "项", "2", 2, 6, 6),
            ind("产出指标", "数量指标", "主导制修订行业标准项目数量", None, 5, "项", "5", 5, 6, 6),
            ind("产出指标", "数量指标", "参与制修订国家标准项目数量", None, 2, "项", "2", 2, 6, 6),
            ind("产出指标", "质量指标", "获得标准化工作项目补助奖励的单位数量", None, 17, "家", "17", 17, 6, 6),
            ind("产出指标", "质量指标", "主导制修订项目数量", None, 7, "项", "7", 7, 8, 8),
            ind("产出指标", "时效指标", "项目完成及时率", None, 90, "%", "90", 100, 8, 8),
            ind("效益指标", "社会效益指标", "标准文本宣传和解读", None, 300, "份", "300", 350, 10, 10),
            ind("效益指标", "社会效益指标", "奖励制修订标准项目", None, 4, "项", "4", 24, 10, 10),
            ind("效益指标", "社会效益指标", "强化社会公众的标准化意识", None, 2200, "人", "2200", 2500, 10, 10),
        ],
        "goals": [],
        "facts": [
            {"metric": "绩效自评得分", "kind": "grade", "score": 100, "grade": "优"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the indicator list as it stands has 成本/产出/效益 items but no 满意度 item (the page says 11 targets were set, lists 10, and stops at '3、' under 效益指标)"},
        ],
        "notes": ("莆田市市场监督管理局 web article (2025-05-12): 2024 self-evaluation of the 标准化工作专项补助经费. "
                  "Reproduced as the page gives it: breadcrumb, title, 发布时间 line, 一、项目基本情况 (概况 and 成效 "
                  "reworded, same numbers 200万元 / 24个), 二、绩效分析 with the indicator results as numbered prose "
                  "items 'name(unit),目标值X,完成值Y,分值Z,得分W'. The page's odd order is kept: '(二) 成本指标' comes "
                  "before '(一) 产出指标', and the empty 二级 headings 社会成本指标, 生态环境成本指标 and 经济效益指标 "
                  "stand with no item under them (left as found; not indicators). The stored page stops at '3、' "
                  "after the three 社会效益 items; nothing after it is invented. Judgement calls: the unit written in "
                  "brackets after each name is taken as the unit and left out of the gold name; every target is a "
                  "bare number, so operator null and target_text is the number as written after 目标值. No "
                  "score_total fact: 自评得分100 cannot be checked because one of the 11 targets (and the money part) "
                  "is cut off; the 10 visible scores sum to 80. Grade 优 at 100 is consistent. Not flagged for want "
                  "of a rule id, but worth a reviewer's note: 获得补助…金额 目标值200 simply equals the 200万元 "
                  "allocation; two counts (单位数量 17家, 主导制修订项目数量 7项 = 2 + 5) sit under 质量指标; "
                  "奖励制修订标准项目 target 4 vs actual 24 (target set far too low); 强化社会公众的标准化意识 is "
                  "measured in 人. All visible targets are met, so no deviation finding. Missing 满意度 is flagged "
                  "as the list stands, per the convention of earlier parts.")
    },
}


# ---------------------------------------------------------------- doc C: 黄石 申遗经费 绩效监控表
C_SOCIAL = ("开展黄石矿冶工业遗产突出普遍价值研究、学术交流及对外宣传,已先后办成有社会影响力的活动5场;"
            "组建黄石矿冶文化研究中心暨矿冶文学陈列馆,以彰显黄石工业遗产的文化价值、助推申遗。")
C_NOTE = ("注: 1.完成目标可能性:按设定的实现绩效目标路径,分为确定能、有可能、不可能三档,综合判断完成的可能性。"
          " 2.如“完成目标可能性”选了“有可能”或“不可能”,须在“偏差或不能完成目标原因分析”和“相关建议或举措”"
          "两栏分别写明原因及拟采取的措施。 3.偏差或不能完成目标原因分析:对与预期目标有偏差的指标值,结合实际从"
          "规划和目标设计、投入保障、制度保障、项目管理等方面判断分析并说明原因。 4.相")


def build_c(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "监控表"
    for col, w in zip("ABCDEFG", (16, 12, 14, 34, 22, 18, 8)):
        ws.column_dimensions[col].width = w
    xl_put(ws, "A1", "黄石市项目支出绩效监控表 (申遗)", "G1", center=True, bold=True)
    xl_put(ws, "A2", "(2019年度)", "G2", center=True)
    xl_put(ws, "A3", "项目单位(盖章):", "D3")
    xl_put(ws, "E3", "单位:万元", "G3")
    xl_put(ws, "A4", "项目名称")
    xl_put(ws, "B4", "申遗经费", "G4")
    xl_put(ws, "A5", "主管部门")
    xl_put(ws, "B5", "黄石市文化和旅游局", "C5")
    xl_put(ws, "D5", "项目执行单位")
    xl_put(ws, "E5", "黄石市文物局(湖北水泥遗址博物馆)", "G5")
    xl_put(ws, "A6", "项目属性")
    xl_put(ws, "B6", "1、持续性项目 □ 2、新增性项目 □", "G6")
    xl_put(ws, "A7", "项目类型")
    xl_put(ws, "B7", "1、常年性项目 □ √ 2、延续性项目 □ 3、一次性项目 □", "G7")
    xl_put(ws, "A8", "1、部门预算项目 □ 2、省直专项 □ 3、省对下转移支付项目 □", "G8")
    xl_put(ws, "A9", "项目资金 (万元)", "A11", center=True)
    xl_put(ws, "B9", "", "C9")
    xl_put(ws, "D9", "年初预算数", center=True)
    xl_put(ws, "E9", "1-6月执行数", center=True)
    xl_put(ws, "F9", "全年预计执行数", "G9", center=True)
    for r, lab in ((10, "年度资金总额:"), (11, "其中:当年一般公共预算拨款")):
        xl_put(ws, f"B{r}", lab, f"C{r}")
        xl_put(ws, f"D{r}", 220, center=True)
        xl_put(ws, f"E{r}", 87.57, center=True)
        xl_put(ws, f"F{r}", "", f"G{r}")
    xl_put(ws, "A12", "绩效指标", "A16", center=True)
    for col, h in zip("BCDEFG", ("一级 指标", "指标名称", "指标值", "半年度 指标执行情况",
                                 "完成目标可能性(确定能、有可能、不可能)", "备注")):
        xl_put(ws, f"{col}12", h, center=True)
    xl_put(ws, "B13", "产 出 指 标", "B15", center=True)
    xl_put(ws, "C13", "质量", center=True)
    xl_put(ws, "C14", "时效", center=True)
    xl_put(ws, "C15", "成本", center=True)
    xl_put(ws, "D15", "年度预算220万元")
    xl_put(ws, "E15", "按进度执行,已使用约40%")
    xl_put(ws, "F15", "确定能", center=True)
    xl_put(ws, "B16", "效 益 指 标", center=True)
    xl_put(ws, "C16", "社会效益", center=True)
    xl_put(ws, "D16", C_SOCIAL)
    xl_put(ws, "F16", "确定能", center=True)
    ws.row_dimensions[16].height = 75
    ws.row_dimensions[12].height = 30
    ws.row_dimensions[17].height = 30
    xl_put(ws, "A17", "偏差或不能完成目标原因分析")
    xl_put(ws, "B17", "", "G17")
    xl_put(ws, "A18", "相关建议或举措")
    xl_put(ws, "B18", "", "G18")
    xl_put(ws, "A19", C_NOTE, "G19")
    ws.row_dimensions[19].height = 60
    xl_grid(ws, 4, 18, 1, 7)
    xl_finish(wb, ws, path)


DOC_C = {
    "file": "hb-huangshi-shenyi-monitor.xlsx",
    "build": build_c,
    "gold": {
        "source_urls": ["http://hsgyyc.com/xwdt_10201/gsgg_10206/201908/t20190821_663302.html"],
        "province": "湖北",
        "doc_kind": "绩效监控表 (项目支出绩效监控表, 1-6月执行)",
        "patterns": [1, 4, 5, 8],
        "indicators": [
            ind("产出指标", "质量", None, None, None, None, None),
            ind("产出指标", "时效", None, None, None, None, None),
            ind("产出指标", "成本", None, None, 220, "万元", "年度预算220万元"),
            ind("效益指标", "社会效益", None, None, None, None, C_SOCIAL),
        ],
        "goals": [],
        "facts": [
            {"metric": "成本指标 半年度执行(已使用约40%)", "kind": "budget", "planned": 220, "actual": 87.57,
             "stated_rate": 40, "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "质量",
             "why": "the 质量 row under 产出指标 is blank: no 三级 indicator name, no 指标值, no progress"},
            {"rule": "target.missing_value", "item": "时效",
             "why": "the 时效 row is blank as well: no name, no value, no deadline"},
            {"rule": "target.missing_name", "item": "成本",
             "why": "the 指标名称 cell holds only the 二级 label 成本; the value '年度预算220万元' has no indicator name (and merely restates the budget)"},
            {"rule": "target.missing_name", "item": "社会效益",
             "why": "only the 二级 label 社会效益 stands in the 指标名称 column; the cell next to it is a description of work, with no named indicator"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "the complete indicator block (followed by the 偏差/建议 rows and the notes) has 产出 and 效益 rows only, no 满意度 row"},
        ],
        "notes": ("黄石 (湖北) 项目支出绩效监控表 for the 申遗经费 2019 of 黄石市文物局(湖北水泥遗址博物馆), on a mirror "
                  "host (hsgyyc.com, path of a 黄石 site). Reproduced as found: title, (2019年度), 项目单位(盖章) / 单位:万元, "
                  "header rows with unticked boxes (项目属性 both □, 项目类型 '□ √', an unlabelled 部门预算项目/省直专项/"
                  "省对下转移支付项目 row), money block 年初预算数 220 / 1-6月执行数 87.57 / 全年预计执行数 empty, "
                  "then the indicator block 一级指标 | 指标名称 | 指标值 | 半年度指标执行情况 | 完成目标可能性 | 备注. "
                  "The form has no 二级 column: the 指标名称 column holds the 二级 labels 质量/时效/成本/社会效益 "
                  "(pattern 4); there is no 数量 row at all. 质量 and 时效 rows are empty. The empty 偏差/建议 rows "
                  "and the template 注 follow; the stored page stops inside note 4 ('4.相'). Judgement calls: the "
                  "flattened page gives the 社会效益 row as label | description | 确定能; the description is put in "
                  "the 指标值 column and 确定能 in the 完成目标可能性 column (the description reads partly as progress: "
                  "'先后举办…5场'); its value is recorded as null (the 5场 sits inside a work description). Level2 "
                  "is the label as written (质量, 成本 …, no 指标 suffix) and name null. '已使用约40%' checks "
                  "against 87.57 / 220 = 39.8 % (fact, consistent). No goals: a monitoring form has no goal cell.")
    },
}


# ---------------------------------------------------------------- doc D: 蓟州 雪亮工程 自评报告
D_GOAL = ("2020年,中央下达用于疫情防控的天津市蓟州区公共全视频监控建设联网应用项目(雪亮工程,以下简称雪亮工程)"
          "转移支付预算2842.5157万元。建设任务包括:公共视频联网共享总平台及综合分平台、公安分平台;完善第一包围圈、"
          "第二包围圈和区块前端布控点位;手机移动终端管控系统和人脸识别系统;两处精品智慧社区;光纤租用与机房托管。"
          "计划建设安装软硬件设备合计16954套(台、块、项),分别为:总平台558套(台、块、项),综治分平台1488套"
          "(台、块、项),公安分平台34套(台、块、项),前端视频监控补点14666台(套),综治精品社区242套(台、块、项)。"
          "年内完成项目总体30%投入。")
D_LINES = [
    ("p0", "附件3"),
    ("t", "天津市雪亮工程转移支付2020年度绩效自评报告"),
    ("s", "一、绩效目标分解下达情况"),
    ("p", D_GOAL),
    ("s", "二、绩效目标完成情况分析"),
    ("s", "(一)资金投入情况分析。"),
    ("p", "1.资金到位情况分析;"),
    ("p", "2020年度项目资金2842.5157万元转移支付已全部按时拨付到位。"),
    ("p", "2.资金执行情况分析;"),
    ("p", "2020年度项目资金2842.5157万元中,已支付2668万元,全部用作雪亮工程建设费用,执行率93.86%。"),
    ("p", "3.资金管理情况分析。"),
    ("p", "已支付部分按财政部门相关规定和《公安蓟州分局财经管理规定》审批使用,专款专用,款项付给施工企业;"
          "未执行部分结转至下年继续用于项目建设。"),
    ("s", "(二)总体绩效目标完成情况分析。"),
    ("p", "雪亮工程实现了年内完成项目总体30%投入的目标;受疫情影响项目未能全部完工,其余指标都无法评估,"
          "绩效任务目标没有完成。"),
    ("s", "(三)绩效指标完成情况分析。"),
    ("p", "(1)数量指标;"),
    ("p", "公共全视频监控建设联网应用1座只完成30%投入,绩效目标任务未完成,主要因疫情影响,延"),
]


def build_d(path):
    d = new_doc()
    for kind, text in D_LINES:
        if kind == "t":
            d_par(d, text, bold=True, center=True, size=15)
        elif kind == "s":
            d_par(d, text, bold=True)
        elif kind == "p0":
            d_par(d, text)
        else:
            p = d_par(d, text)
            p.paragraph_format.first_line_indent = Pt(21)
    doc_finish(d, path)


DOC_D = {
    "file": "tj-jizhou-xueliang-selfreport.docx",
    "build": build_d,
    "gold": {
        "source_urls": ["https://www.tjjz.gov.cn/ztzl/jzczzjzdjc/202108/t20210823_5548899.html"],
        "province": "天津",
        "doc_kind": "自评报告 (中央转移支付, 公共安全视频监控 雪亮工程)",
        "patterns": [10],
        "indicators": [
            ind(None, "数量指标", "公共全视频监控建设联网应用", None, 1, "座", "1座", None),
        ],
        "goals": [{"kind": "目标", "text": D_GOAL}],
        "facts": [
            {"metric": "项目资金执行率", "kind": "budget", "planned": 2842.5157, "actual": 2668,
             "stated_rate": 93.86, "unit": "万元"},
            {"metric": "软硬件设备合计", "kind": "sum", "total": 16954,
             "parts": [558, 1488, 34, 14666, 242], "unit": "套(台、块、项)"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "软硬件设备合计",
             "why": "558 + 1488 + 34 + 14666 + 242 = 16988, not the stated total 16954 (34 apart)"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "as it stands the indicator analysis has a single 数量指标 item; no 效益 indicator (the stored page stops inside the 数量指标 paragraph)"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "no 满意度 indicator in the document as it stands"},
        ],
        "notes": ("天津 蓟州区 (公安蓟州分局) 附件3, self-evaluation of the 2020 中央 转移支付 for the 雪亮工程. Prose "
                  "reworded, numbers and names as found, including the slip '公共全视频监控' (for 公共安全) and the "
                  "heading punctuation ('分析;'). The stored page stops inside '(三)(1)数量指标' at '…主要原因是因疫情"
                  "影响,延'; the document stops at the same word. Money: 2668 / 2842.5157 = 93.86 % (consistent). "
                  "The equipment total 16954 does not match its five parts (16988). Judgement calls: the whole "
                  "section-one paragraph is taken as one goal (it mixes the 2842.5157万元 allocation, the build "
                  "content and the year target '年内完成项目总体30%投入'); it is not flagged as goal.budget_text because "
                  "it also names outputs (16954 sets), though the year target itself is only an input share. The one "
                  "indicator has no 一级 label in the text (level1 null); target 1座, actual only '30%投入' (actual "
                  "null); it is marked 未完成 but a reason (疫情影响) is given, so no deviation finding. Missing "
                  "效益/满意度 are flagged as the report stands (cut inside its indicator results), per the "
                  "convention of earlier parts.")
    },
}


# ---------------------------------------------------------------- doc E: 保山 中央支持地方公共文化资金 自评报告
E_ALLOC = ("依据省财政厅2020年12月印发的《云南省财政厅关于提前下达2021年中央补助地方公共文化服务体系建设专项资金"
           "的通知》(云财教[2020]396号)和《云南省财政厅关于下达2021年中央补助地方公共文化服务体系建设补助资金及"
           "绩效目标的通知》(云财教[2021]260号),市里以保财教[2021]41、181、193号文下达2021年中央补助地方公共文化"
           "服务体系建设专项资金1883.00万元,具体为:公共数字文化建设(公共文化云)47.00万元,戏曲公益性演出(濒危"
           "剧种免费或低票价演出)50.00万元,戏曲公益性演出(戏曲进乡村)162.00万元,全民健身场地器材补短板工程"
           "60.00万元,一般项目1265.00万元,绩效奖励299.00万元。")


def build_e(path):
    d = new_doc()
    d_table(d, [["索引号", "79518791-2-/2022-0713004", "发布机构", "保山市文化和旅游局"],
                ["公开目录", "自评报告", "发布日期", "2022-07-13"],
                ["文号", "", "浏览量", ""],
                ["主题词", "", "", ""]])
    d_par(d, "")
    d_par(d, "保山市文化和旅游局关于2021年度中央支持地方公共文化项目资金绩效自评报告", bold=True, center=True, size=14)
    body = [
        ("p", "按照《保山市财政局关于2021年市级部门整体支出和项目支出绩效自评及财政绩效评价有关事项的通知》"
              "(保财绩[2022]4号)的要求,我局对2021年中央支持地方公共文化服务体系建设补助资金的支出逐项梳理并开展"
              "绩效分析评价,评价结果报告如下:"),
        ("s", "一、绩效目标分解下达情况"),
        ("s", "(一)省级下达转移支付预算和绩效目标情况"),
        ("p", "2021年,省财政厅分2次向我市下达中央补助地方公共文化服务体系建设专项资金1883.00万元,"
              "市本级绩效目标完成率100%。"),
        ("p", E_ALLOC),
        ("s", "二、绩效目标完成情况分析"),
        ("s", "(一)资金投入情况分析"),
        ("p", "(1)项目资金到位情况分析"),
        ("p", "省财政厅于2020年12月印发《云南省财政厅关于提前下达2021年中央补助地方公共文化服务体系建设专项资金的"
              "通知》(云财教[2020]396号),《云南省财政厅关于下达2021年中央补助地方公共文化服"),
    ]
    for kind, text in body:
        if kind == "s":
            d_par(d, text, bold=True)
        else:
            p = d_par(d, text)
            p.paragraph_format.first_line_indent = Pt(21)
    doc_finish(d, path)


DOC_E = {
    "file": "yn-baoshan-culture-fund-selfreport.docx",
    "build": build_e,
    "gold": {
        "source_urls": ["https://baoshan.gov.cn/info/5746/3851934.htm"],
        "province": "云南",
        "doc_kind": "自评报告 (中央转移支付 公共文化服务体系建设补助资金, prose)",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "目标", "text": E_ALLOC}],
        "facts": [
            {"metric": "2021年中央补助地方公共文化服务体系建设专项资金", "kind": "sum", "total": 1883.00,
             "parts": [47.00, 50.00, 162.00, 60.00, 1265.00, 299.00], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.budget_text", "item": E_ALLOC,
             "why": "under '绩效目标分解下达情况' the only target content is how the 1883.00万元 was split (six money lines); no output or effect target is stated"},
        ],
        "notes": ("保山市文化和旅游局 (云南) 2021 self-evaluation of the 中央支持地方公共文化 funds, published 2022-07-13. "
                  "The page's metadata list (索引号 / 发布机构 / 公开目录 / 发布日期 / 文号 / 浏览量 / 主题词) is laid out "
                  "as a small table, then title and body; prose reworded, document numbers and amounts as found "
                  "(including '分2次下达' although five notice numbers are cited). The stored page stops inside "
                  "'(1)项目资金到位情况分析' at '…公共文化服'; nothing after it is invented. Prose-only document "
                  "(second of the two allowed). Sum fact: 47 + 50 + 162 + 60 + 1265 + 299 = 1883.00 (consistent). "
                  "Judgement calls: the allocation paragraph is taken as the goal text because it is all the "
                  "'绩效目标分解下达情况' section gives, and flagged goal.budget_text; '市本级绩效目标完成率100%' is a "
                  "result claim, not a goal. No indicators and no coverage finding: the page stops before any "
                  "indicator results.")
    },
}

DOCS = [DOC_A, DOC_B, DOC_C, DOC_D, DOC_E]


# ---------------------------------------------------------------- main
def export_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_gold(name, gold):
    data = {"source": name}
    data.update(gold)
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        doc["build"](path)
        write_gold(doc["file"], doc["gold"])
        pdf = os.path.splitext(doc["file"])[0] + ".pdf"
        write_gold(pdf, doc["gold"])
        if not no_pdf:
            export_pdf(path)
        print("wrote", doc["file"])


if __name__ == "__main__":
    main()
