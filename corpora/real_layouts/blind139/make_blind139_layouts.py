#!/usr/bin/env python3
"""Build part blind139 of the real-layout corpus (code-blind annotator).

Each document rebuilds, cell by cell, the flattened text of one stored public
page (addresses in SOURCES.md and in the gold).  The gold JSON is written first,
then the DOCX/XLSX, then the PDF (LibreOffice).  Output is deterministic: fixed
core properties, fixed zip timestamps, fixed PDF dates and ids.

Run:  /tmp/venv/bin/python make_blind139_layouts.py
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

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "blind139 annotator"

# --------------------------------------------------------------------------
# Document A: journal table "通用共性指标库示例" (traditional page, converted)
# --------------------------------------------------------------------------
A_FILE = "weizhi-qikan-gongxingzhibiaoku-zhibiaobiao.xlsx"
A_URL = "http://www.clix4bitcoin.com/periodical/8/FLASH/data/63.html"
A_TREE = [
    ("购置类项目", [
        ("产出指标", [
            ("数量指标", ["购置**数量(台/件/辆/套)"]),
            ("质量指标", ["购置**的质量合格率(%)", "购置**的验收通过率(%)"]),
            ("时效指标", ["采购计划完成时间(**月**日前)", "验收入库时间(**月**日前)"]),
            ("成本指标", ["单位购置成本(元/台、件、辆、套)", "政府采购率(%)", "政府采购节支率(%)"]),
        ]),
        ("效果指标", [
            ("社会效益指标", ["业务保障能力提升情况", "公共服务水平提升情况"]),
            ("满意度指标", ["使用人员满意度(%)"]),
        ]),
    ]),
    ("培训类项目", [
        ("产出指标", [
            ("数量指标", ["组织培训班次(次)", "培训参加人数(人)"]),
            ("质量指标", ["培训出勤率(%)", "培训合格率(%)"]),
            ("时效指标", ["培训计划完成时间"]),
            ("成本指标", ["人均培训成本(元)"]),
        ]),
        ("效果指标", [
            ("满意度指标", ["受训学员满意度(%)"]),
        ]),
    ]),
    ("会议类项目", [
        ("产出指标", [
            ("数量指标", ["组织召开会议次数(次)", "与会人数(人)"]),
            ("质量指标", ["会议出勤率(%)", "会议通过议题、提案、文件等数量(件/个/份)"]),
            ("时效指标", ["会议计划完成时间"]),
            ("成本指标", ["人均会议成本(元)"]),
        ]),
        ("效果指标", [
            ("满意度指标", ["与会人员满意度(%)"]),
        ]),
    ]),
    ("文字性成果编纂类项\n目", [
        ("产出指标", [
            ("数量指标", ["完成调研报告数量(篇)", "完成研究报告数量(篇)",
                          "制定规划、条例、方案、标准、政策等数量(份)",
                          "编纂文章、期刊、书籍、专著等数量(篇)"]),
            ("质量指标", ["评审合格率(%)"]),
            ("时效指标", ["编纂工作完成时间", "按时完成率(%)"]),
        ]),
        ("效果指标", [
            ("社会效益指标", ["研究性成果被引用次数(次)", "研究性成果应用率(%)"]),
            ("可持续影响指标", ["政策性成果废止情况"]),
            ("满意度指标", ["政策性成果受众人群满意度(%)"]),
        ]),
    ]),
    ("……", [
        ("产出指标", [("……", ["……"])]),
        ("效果指标", [("……", ["……"])]),
    ]),
]


def _unit_from_name(name):
    m = re.search(r"\(([^()]*)\)$", name)
    if not m or "*" in m.group(1):
        return None
    return m.group(1)


def gold_a():
    inds = []
    for _cat, l1s in A_TREE:
        for l1, l2s in l1s:
            for l2, names in l2s:
                for n in names:
                    if n == "……":
                        continue
                    inds.append({"level1": l1, "level2": l2, "name": n, "operator": None,
                                 "value": None, "unit": _unit_from_name(n), "target_text": None,
                                 "actual": None, "weight": None, "score": None})
    ph = ["购置**数量(台/件/辆/套)", "购置**的质量合格率(%)", "购置**的验收通过率(%)",
          "采购计划完成时间(**月**日前)", "验收入库时间(**月**日前)"]
    findings = [{"rule": "target.placeholder", "item": n,
                 "why": "the indicator still carries the template placeholder ** where the object or date should be"}
                for n in ph]
    findings += [
        {"rule": "target.placeholder", "item": "……",
         "why": "a whole category row and its 产出/效果 rows are only ellipses"},
        {"rule": "target.vague_wording", "item": "业务保障能力提升情况",
         "why": "'提升' with no number, baseline or scale"},
        {"rule": "target.vague_wording", "item": "公共服务水平提升情况",
         "why": "'提升' with no number, baseline or scale"},
        {"rule": "target.misfiled_dimension", "item": "会议通过议题、提案、文件等数量(件/个/份)",
         "why": "a count (件/个/份) filed under 质量指标; it is a 数量 indicator"},
    ]
    return {
        "source": A_FILE, "source_urls": [A_URL], "province": "不详",
        "doc_kind": "共性绩效指标库示例表(期刊文章表1)",
        "patterns": [1, 6],
        "indicators": inds, "goals": [], "facts": [], "findings": findings,
        "notes": ("Stored page is a traditional-character mirror of a journal page (page numbers 62/63, "
                  "running head 方法研究 / method study broken as 'm' + 'ethod study'). It holds table 1 "
                  "通用共性指标库示例 to its end ('…… 产出指标 …… …… 效果指标 …… ……'), so nothing is cut. "
                  "Converted traditional to simplified and dropped the mirror's inline pinyin glosses such as "
                  "產(chǎn)→产; all else kept as found, including the category cell split as '文字性成果编纂类项' + newline + '目'. "
                  "Layout: 类别 column merged down each category, 一级 and 二级 merged down (pattern 1); the "
                  "header 绩效指标 spans the three indicator levels. The table has no value, weight or score "
                  "column: units only appear inside the names, e.g. '(%)', '(次)' (pattern 6), so gold unit = the "
                  "bracket text when it is a unit, null for '(**月**日前)'; operator/value/target_text null. "
                  "'效果指标' kept as written as level1 (alias of 效益指标). Judgement: I did not flag "
                  "target.missing_value on all 36 rows because the document is an indicator library with no "
                  "value column by design; I flag only the ** placeholders, the ellipsis rows, the two "
                  "'提升情况' rows with no scale, and the count filed under 质量指标. The ellipsis rows are not "
                  "counted as indicators."),
    }


# --------------------------------------------------------------------------
# Document B: 绩效目标评审申报表 (适用2017年全部预算项目), xls on a doc-sharing site
# --------------------------------------------------------------------------
B_FILE = "weizhi-shiji-jixiaomubiaopingshen-shenbaobiao.xlsx"
B_URL = "https://www.kunmingchi.com/archives/m536dx2vrqzqmlkg7098.html"


def gold_b():
    def row(l1, l2, n):
        return {"level1": l1, "level2": l2, "name": n, "operator": None, "value": None, "unit": None,
                "target_text": None, "actual": None, "weight": None, "score": None}
    inds = [row("投入", "时效目标", "项目总实施周期"),
            row("投入", "时效目标", "子项目实施周期"),
            row("投入", "成本目标", "项目总投入")]
    findings = [
        {"rule": "target.missing_value", "item": "项目总实施周期", "why": "named target with no value anywhere in the form"},
        {"rule": "target.missing_value", "item": "子项目实施周期", "why": "named target with no value anywhere in the form"},
        {"rule": "target.missing_value", "item": "项目总投入", "why": "named target with no value anywhere in the form"},
        {"rule": "target.input_or_process", "item": "项目总投入",
         "why": "the money put in (投入) is set as a performance target"},
        {"rule": "target.placeholder", "item": "定量指标一",
         "why": "数量/质量/经济效益 rows hold only the slot labels 定量指标一 / …… / 定性指标描述"},
        {"rule": "target.placeholder", "item": "定性指标描述",
         "why": "slot label left in place of a qualitative indicator"},
    ]
    return {
        "source": B_FILE, "source_urls": [B_URL], "province": "不详",
        "doc_kind": "绩效目标评审申报表(空白模板, 市级, 2017)",
        "patterns": [1, 2, 5, 8],
        "indicators": inds, "goals": [], "facts": [], "findings": findings,
        "notes": ("Stored page (秦岭文库, file 绩效目标评审表.xls, 37 pages) shows the first sheet as one flattened run and "
                  "stops inside the last row at '定性'; my sheet stops there too (cell '定性'). Simplified in the "
                  "source. Rebuilt: cover lines (项目名称/项目单位(印章)/主管部门(印章)/编报时间 with blanks), the form "
                  "table with 项目属性 check boxes, 方案基本情况 (一至五), 六、项目总体绩效目标 (empty), 七、项目支出预算明细 "
                  "(1、-9、, 合计), 八、预期进度与资金支出计划 (1、-4、) and 九、项目年度绩效目标 whose header row "
                  "一级指标 | 二级指标 | 绩效目标内容 sits in the middle of the big table (pattern 2), label columns merged "
                  "down (pattern 1). The column of explanations ('完成该项目所需时间' etc.) and the column of slots are "
                  "both under 绩效目标内容 (pattern 5). Kept the source's doubled '按' in "
                  "'按计划规模完成按该项目所需的投入'. The 一级 cell of the 经济效益目标 row is not in the stored text, left "
                  "empty. Which province: not stated ('市级财政拨款', '市委市政府确定项目'), so 不详. Judgement: only the three "
                  "named rows are gold indicators; the slot labels 定量指标一/定性指标描述/…… are placeholders, not "
                  "indicators. No goal text (六 is blank). No coverage finding because the page is cut before the "
                  "效益/满意度 part could appear."),
    }


# --------------------------------------------------------------------------
# Document C: 财政支出工程绩效目标申报表范本 (traditional mirror, spun wording)
# --------------------------------------------------------------------------
C_FILE = "weizhi-weizhi-caizhengzhichugongcheng-mubiaoshenbaobiao.docx"
C_URL = "http://www.boteman.cn/paper/219025804.html"


def gold_c():
    return {
        "source": C_FILE, "source_urls": [C_URL], "province": "不详",
        "doc_kind": "财政支出项目绩效目标申报表(范本, 空白)",
        "patterns": [1, 2, 5, 8],
        "indicators": [], "goals": [], "facts": [],
        "findings": [
            {"rule": "target.placeholder", "item": "目標1",
             "why": "every 定量目標 row under 時效目標/本錢目標/其他資源投入目標 is only the slot 目標1/目標2/目標3"},
        ],
        "notes": ("Stored page is a traditional-character mirror (page title 精選表2-5-預算項目績效目標申報表(范本)) of a "
                  "machine-'rewritten' copy of a 財政支出項目績效目標申報表: 項目 became 工程, 發展 became 開展, 成本 became "
                  "本錢. All that odd wording is kept as found (工程名稱, 社會開展性工程, 本錢目標 ...). Kept traditional "
                  "characters; dropped the mirror's inline pinyin glosses like (yù). The stored text stops at "
                  "'產出 數量目標 目標', so my table stops at a 數量目標 row whose slot reads '目標'. Rebuilt rows: header "
                  "fields (單位名稱, 工程名稱, 是否新增 是 否, 上年度預算安排資金 萬元, 工程類型, 功能科目編碼/名稱, 工程實施單位, "
                  "工程負責人, 聯系電話, 工程起止時間), 工程資金申請萬元 with 資金總額/財政撥款/自有資金/事業收入/經營性收入/其他/其他, "
                  "單位職能概述, 工程概況, 工程立項情況 (依據/可行性/必要性), 工程總體績效目標 長期目標 (empty), 工程年度績效目標 "
                  "with the 定量目標 grid 評價內容 | 績效內容 | 參考標準 | 績效目標值 (pattern 5) in the middle of the form "
                  "(pattern 2), 投入 merged down (pattern 1). '填報單位蓋章  單位代碼' is a line above the table. "
                  "Judgement: no gold indicator rows, because the only row names are the slots 目標1/2/3; they are one "
                  "placeholder finding. Province not stated."),
    }


# --------------------------------------------------------------------------
# Document E: 績效運行監控報告 (Guangxi, 賓陽縣 water-quality monitoring)
# --------------------------------------------------------------------------
E_FILE = "guangxi-binyang-yinshuishuizhijiance-jiankongbaogao.docx"
E_URL = "http://crossfitfinalpush.com/gongwen/baogao/1509184.html"


def gold_e():
    return {
        "source": E_FILE, "source_urls": [E_URL], "province": "广西壮族自治区",
        "doc_kind": "绩效运行监控报告(范文站转载, 叙述)",
        "patterns": [],
        "indicators": [], "goals": [], "facts": [], "findings": [],
        "notes": ("Prose only. Stored page is a traditional-character 范文 mirror; it opens with the site's boilerplate "
                  "and then report 1 (賓陽縣疾病預防控制中心 農村飲水安全工程水質檢測中心), and stops in the list of the "
                  "leading group at '成員:李啟新、何作凡、李偉、黃英'. Kept traditional characters, dropped inline pinyin "
                  "glosses. Narrative sentences are in my own words with every number and name kept: GB5749-20xx and "
                  "水農〔20xx〕306號 keep the site's masked years; the last sentence of (一) keeps the source's garble "
                  "('...工程運行管理有效降低傳染病發生發生率。', a title merged into a sentence, no closing 》). Judgement: the "
                  "page states no goal, indicator, total or score, so the gold is empty on purpose (a negative test: "
                  "'42項常規指標' is a capability of the lab, not a target, and there is no total with parts)."),
    }


# --------------------------------------------------------------------------
# Document F: 項目運行績效監控報告 (医保 special funds, district level; mojibake headings)
# --------------------------------------------------------------------------
F_FILE = "weizhi-quji-yibaozhuanxiang-jiankongbaogao.docx"
F_URL = "http://shddsc.com/baogaofanwen/2398584.html"


def gold_f():
    return {
        "source": F_FILE, "source_urls": [F_URL], "province": "不详",
        "doc_kind": "项目绩效运行监控报告(范文站转载, 叙述)",
        "patterns": [10],
        "indicators": [], "goals": [],
        "facts": [
            {"metric": "資金規模", "kind": "sum", "total": 2535.4,
             "parts": [500, 1740, 200, 20, 15.4, 60], "unit": "萬元"},
            {"metric": "專項資金使用率", "kind": "rate", "numerator": 672.44, "denominator": 672.44,
             "stated": 100, "unit": "%", "total": None, "parts": []},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "專項資金共計2646.34萬元",
             "why": ("the budget is said to be 2646.34萬元 for 6類專項支出, but the six items listed in the first "
                     "paragraph add up to 2535.4萬元 (500+1740+200+20+15.4+60); gap 110.94萬元")},
        ],
        "notes": ("Prose only (results and money in prose, pattern 10). Stored page is a traditional-character 范文 "
                  "mirror, 'report 1' of 27; it stops at the heading '(三)項目組織實施的實際情況與目標的差異情況說明。'. "
                  "Kept traditional characters and kept the mirror's mojibake headings exactly as found ('。ㄒ唬╉椖扛艣r:' "
                  "= (一)項目概況, '。ㄈ╉椖恐饕...' , '。ㄋ模╉椖抠Y金', '。ㄒ唬╉椖拷M織情況', '。ǘ╉椖抗芾砬闆r'), the masked "
                  "years '20xx' and '用于'. Sentences of the site's intro and of 二、(一)(二) are in my own words; the money "
                  "sentences are kept whole. Facts: the 2535.4 total with its six parts adds up; 使用672.44/到位672.44 = "
                  "100% matches. Judgement: flagged consistency.sum for 2646.34 vs 2535.4 because the text ties 2646.34 to "
                  "the same six categories; one could read 2646.34 as a different (budget) figure, so this is the "
                  "reviewer's call. The 'rate' fact is an extra kind beyond 'sum'. No goal or indicator is stated."),
    }


GOLDS = [gold_a(), gold_b(), gold_c(), gold_e(), gold_f()]


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for g in GOLDS:
        for name in (g["source"], os.path.splitext(g["source"])[0] + ".pdf"):
            d = dict(g)
            d["source"] = name
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=False, indent=1)
                f.write("\n")


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def fix_zip(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def docx_new():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def grid(doc, nrows, ncols):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    return t


def put(t, r, c, text, r2=None, c2=None):
    cell = t.cell(r, c)
    if r2 is not None or c2 is not None:
        cell = cell.merge(t.cell(r2 if r2 is not None else r, c2 if c2 is not None else c))
    cell.text = text
    return cell


def xlsx_new(title):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb, ws


WRAP = Alignment(wrap_text=True, vertical="center")


def xput(ws, r, c, text, r2=None, c2=None):
    ws.cell(row=r, column=c, value=text).alignment = WRAP
    if r2 is not None or c2 is not None:
        ws.merge_cells(start_row=r, start_column=c, end_row=r2 or r, end_column=c2 or c)


THIN = Side(style="thin")


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xlsx_save(wb, path):
    wb.save(path)
    fix_zip(path)


# --------------------------------------------------------------------------
# builders
# --------------------------------------------------------------------------
def build_a(path):
    wb, ws = xlsx_new("表1")
    for col, w in zip("ABCD", (16, 12, 16, 46)):
        ws.column_dimensions[col].width = w
    xput(ws, 1, 1, "62")
    xput(ws, 2, 1, "63")
    xput(ws, 3, 1, "方法研究")
    xput(ws, 4, 1, "m\nethod study")
    xput(ws, 5, 1, "表1 通用共性指标库示例", c2=4)
    ws.cell(row=5, column=1).font = Font(bold=True)
    xput(ws, 6, 1, "类别")
    xput(ws, 6, 2, "绩效指标", c2=4)
    r = 7
    for cat, l1s in A_TREE:
        cat_start = r
        for l1, l2s in l1s:
            l1_start = r
            for l2, names in l2s:
                l2_start = r
                for n in names:
                    xput(ws, r, 4, n)
                    r += 1
                xput(ws, l2_start, 3, l2, r2=r - 1 if r - 1 > l2_start else None)
            xput(ws, l1_start, 2, l1, r2=r - 1 if r - 1 > l1_start else None)
        xput(ws, cat_start, 1, cat, r2=r - 1 if r - 1 > cat_start else None)
    box(ws, 6, r - 1, 1, 4)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    xlsx_save(wb, path)


def build_b(path):
    wb, ws = xlsx_new("绩效目标评审申报表")
    for col, w in zip("ABCDEFG", (16, 22, 14, 16, 16, 12, 14)):
        ws.column_dimensions[col].width = w
    xput(ws, 1, 1, "绩效目标评审申报表", c2=7)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    xput(ws, 2, 1, "(适用2017年全部预算项目)", c2=7)
    xput(ws, 3, 1, "项 目 名 称: _________", c2=7)
    xput(ws, 4, 1, "项目单位(印章):_________", c2=7)
    xput(ws, 5, 1, "主管部门(印章):_________", c2=7)
    xput(ws, 6, 1, "编 报 时 间: _________", c2=7)
    xput(ws, 8, 1, "项目属性")
    xput(ws, 8, 2, "市委市政府确定项目□ 经常性项目□ 已确定分年度安排项目□ 其他项目□", c2=7)
    xput(ws, 9, 1, "项目名称"); xput(ws, 9, 2, None, c2=4)
    xput(ws, 9, 5, "项目类别"); xput(ws, 9, 6, "专项业务费□ 发展经费□", c2=7)
    for rr, lab in ((10, "主管部门"), (11, "项目单位")):
        xput(ws, rr, 1, lab); xput(ws, rr, 2, None, c2=3)
        xput(ws, rr, 4, "联系人"); xput(ws, rr, 5, None)
        xput(ws, rr, 6, "联系电话"); xput(ws, rr, 7, None)
    xput(ws, 12, 1, "部门职能概述"); xput(ws, 12, 2, None, c2=7)
    xput(ws, 13, 1, "实施时间")
    xput(ws, 13, 2, "预计开始时间:                年 月 日", c2=4)
    xput(ws, 13, 5, "预计完成时间:                年 月 日", c2=7)
    xput(ws, 14, 1, "项目资金 (万元)", r2=15)
    xput(ws, 14, 2, "合计", c2=3); xput(ws, 14, 4, "1、市级财政拨款", c2=5); xput(ws, 14, 6, "2、其他资金", c2=7)
    xput(ws, 15, 2, None, c2=3); xput(ws, 15, 4, None, c2=5); xput(ws, 15, 6, None, c2=7)
    xput(ws, 16, 1, "方案基本情况", r2=20)
    for i, lab in enumerate(["一、项目概况", "二、设立依据", "三、必要性", "四、可行性", "五、制度措施"]):
        xput(ws, 16 + i, 2, lab); xput(ws, 16 + i, 3, None, c2=7)
    xput(ws, 21, 1, "绩效目标"); xput(ws, 21, 2, "六、项目总体绩效目标"); xput(ws, 21, 3, None, c2=7)
    xput(ws, 22, 1, "七、项目支出预算明细", r2=32)
    for j, h in enumerate(["项目用途", "金额 ( 万元)", "数量", "单位", "单价(元 )", "测算依据"]):
        xput(ws, 22, 2 + j, h)
    for k in range(1, 10):
        xput(ws, 22 + k, 2, "%d、" % k)
    xput(ws, 32, 2, "合计")
    xput(ws, 33, 1, "八、预期进度与资金支出计划", r2=37)
    xput(ws, 33, 2, "实施起止时间", c2=3); xput(ws, 33, 4, "实施内容", c2=5); xput(ws, 33, 6, "资金支出计划(万元)", c2=7)
    for k in range(1, 5):
        xput(ws, 33 + k, 2, "%d、" % k, c2=3); xput(ws, 33 + k, 4, None, c2=5); xput(ws, 33 + k, 6, None, c2=7)
    # 九: indicator block, header row in the middle of the form
    top = 38
    xput(ws, top, 2, "一级指标"); xput(ws, top, 3, "二级指标"); xput(ws, top, 4, "绩效目标内容", c2=7)
    rows = [
        # (l1, l2, explanation, [slots])
        ("投入", "时效目标", "完成该项目所需时间", ["项目总实施周期", "子项目实施周期", "……"]),
        ("投入", "成本目标", "按计划规模完成按该项目所需的投入", ["项目总投入", "……"]),
        ("产出", "数量目标", "项目期内计划产出的产品或提供服务的数量", ["定量指标一", "……", "定性指标描述"]),
        ("产出", "质量目标", "项目产出的产品或提供服务计划达到的质量标准", ["定量指标一", "……", "定性指标描述"]),
        (None, "经济效益目标", "项目实施对经济发展所带来的直接或间接影响情况", ["定量指标一", "……", "定性"]),
    ]
    r = top + 1
    l1_start, l1_cur = r, rows[0][0]
    for l1, l2, expl, slots in rows:
        if l1 != l1_cur:
            xput(ws, l1_start, 2, l1_cur, r2=r - 1 if r - 1 > l1_start else None)
            l1_start, l1_cur = r, l1
        s = r
        for sl in slots:
            xput(ws, r, 6, sl, c2=7)
            r += 1
        xput(ws, s, 3, l2, r2=r - 1)
        xput(ws, s, 4, expl, r2=r - 1, c2=5)
    xput(ws, l1_start, 2, l1_cur, r2=r - 1 if r - 1 > l1_start else None)
    xput(ws, top, 1, "九、项目年度绩效目标", r2=r - 1)
    box(ws, 8, r - 1, 1, 7)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    xlsx_save(wb, path)


def build_c_final(path):
    d = docx_new()
    d.add_paragraph("精選表2-5-預算項目績效目標申報表(范本)")
    d.add_paragraph("附件1:")
    h = d.add_paragraph("財政支出工程績效目標申報表范本")
    h.runs[0].bold = True
    d.add_paragraph("填報單位蓋章                              單位代碼")
    t = grid(d, 27, 6)
    put(t, 0, 0, "單位名稱"); put(t, 0, 1, "", c2=5)
    put(t, 1, 0, "工程名稱"); put(t, 1, 1, "", c2=2); put(t, 1, 3, "是否新增"); put(t, 1, 4, "是    否", c2=5)
    put(t, 2, 0, "上年度預算安排資金"); put(t, 2, 1, "萬元"); put(t, 2, 2, "工程類型")
    put(t, 2, 3, "社會開展性工程    部門開展性工程", c2=5)
    put(t, 3, 0, "功能科目編碼"); put(t, 3, 1, "", c2=2); put(t, 3, 3, "功能科目名稱"); put(t, 3, 4, "", c2=5)
    put(t, 4, 0, "工程實施單位"); put(t, 4, 1, ""); put(t, 4, 2, "工程負責人"); put(t, 4, 3, "")
    put(t, 4, 4, "聯系電話"); put(t, 4, 5, "")
    put(t, 5, 0, "工程起止時間"); put(t, 5, 1, "", c2=5)
    put(t, 6, 0, "工程資金申請萬元", r2=8)
    put(t, 6, 1, "資金總額:", c2=5)
    put(t, 7, 1, "財政撥款:", c2=2); put(t, 7, 3, "自有資金:", c2=5)
    put(t, 8, 1, "事業收入:"); put(t, 8, 2, "經營性收入:"); put(t, 8, 3, "其他:"); put(t, 8, 4, "其他:", c2=5)
    put(t, 9, 0, "單位職能概述"); put(t, 9, 1, "", c2=5)
    put(t, 10, 0, "工程概況"); put(t, 10, 1, "", c2=5)
    put(t, 11, 0, "工程立項情況", r2=13)
    for i, lab in enumerate(["工程立項的依據", "工程申報的可行性", "工程申報的必要性"]):
        put(t, 11 + i, 1, lab); put(t, 11 + i, 2, "", c2=5)
    put(t, 14, 0, "工程總體績效\n目標"); put(t, 14, 1, "長期目標"); put(t, 14, 2, "", c2=5)
    put(t, 15, 0, "工程年度績效目標", r2=26)
    put(t, 15, 1, "定量目標", c2=5)
    put(t, 16, 1, "評價內容", c2=2); put(t, 16, 3, "績效內容"); put(t, 16, 4, "參考標準"); put(t, 16, 5, "績效目標值")
    r = 17
    for l2 in ("時效目標", "本錢目標", "其他資源投入目標"):
        put(t, r, 2, l2, r2=r + 2)
        for k in range(3):
            put(t, r + k, 3, "目標%d" % (k + 1))
        r += 3
    put(t, 17, 1, "投入", r2=25)
    put(t, 26, 1, "產出"); put(t, 26, 2, "數量目標"); put(t, 26, 3, "目標")
    d.save(path)
    fix_zip(path)


def build_e(path):
    d = docx_new()
    h = d.add_paragraph("績效運行監控報告")
    h.runs[0].bold = True
    d.add_paragraph("報告在今天的社會裏用處越來越多,寫的時候要講究一定的格式。一般的報告該怎樣寫?下面是編者整理的"
                    "績效運行監控報告,供大家參考。")
    d.add_paragraph("績效運行監控報告1")
    d.add_paragraph("一、部門(單位)概況")
    d.add_paragraph("(一)依託賓陽縣疾病預防控制中心建設農村飲水安全工程水質檢測中心,借用中心的技術力量和場地,在原有"
                    "儀器設備的基礎上適量添置水質檢測儀器設備,使中心能夠檢測《生活飲用水衛生標準》(GB5749-20xx)中42項"
                    "常規指標和本地特有的非常規指標。在全縣開展農村生活飲用水安全監測,監測中發現安全風險點即及時排查隱患,"
                    "減少疾病發生,並撰寫水質監測報告上報政府等,《中華人民共和國水污染防治法》、《廣西壯族自治區飲用水水源"
                    "保護條例》、《南寧市飲用水水源保護條例》、《水利部關於進一步加強農村飲水安全工程運行管護工作的指導意見》"
                    "(水農〔20xx〕306號)和《南寧市人民政府關於農村飲水安全工程運行管理有效降低傳染病發生發生率。")
    d.add_paragraph("1.項目組織領導小組:負責指導、協調生活飲用水水質衛生監測及中小學視力篩查各項工作。")
    d.add_paragraph("組長:黃時勇")
    d.add_paragraph("副組長:羅宗賓、甘曉琴、馬勇鏘")
    d.add_paragraph("成員:李啟新、何作凡、李偉、黃英")
    d.save(path)
    fix_zip(path)


def build_f(path):
    d = docx_new()
    h = d.add_paragraph("項目運行績效監控報告(精選27篇)")
    h.runs[0].bold = True
    d.add_paragraph("個人素質日漸提高,報告用得越來越多,它有雙向溝通的特點。報告到底怎麼寫才合適?下面是編者為大家整理的"
                    "項目運行績效監控報告,歡迎分享。")
    d.add_paragraph("項目運行績效監控報告 1")
    d.add_paragraph("一、項目支出基本情況")
    d.add_paragraph("。ㄒ唬╉椖扛艣r:資金規模共計2535.4萬元,其中:特殊人群醫療保險基金項目資金500萬元,城鄉居民醫療保險"
                    "區級配套資金項目資金1740萬元,健康扶貧一站式結算住院醫療救助資金項目資金200萬元,醫保基金監管、稽核管理"
                    "運行費項目資金20萬元,醫保內網信息網絡專線服務費資金項目15.4萬元,城鄉居民基本醫療保險參保籌資代辦工作"
                    "經費項目資金60萬元。")
    d.add_paragraph("(二)項目實施期限:20xx年。")
    d.add_paragraph("。ㄈ╉椖恐饕獌热荨⑸婕胺秶撼青l居民醫療保險區級配套資金、特殊人群醫療保險基金項目資金、健康扶貧一站式"
                    "結算住院醫療救助資金項目、醫保基金監管和稽核管理運行費項目、醫保內網信息網絡專線服務費資金項目、城鄉居民"
                    "基本醫療保險參保籌資代辦工作經費項目。")
    d.add_paragraph("。ㄋ模╉椖抠Y金(包括財政資金、自籌資金等)安排落實、投入等情況:20xx年本級財政預算安排醫保局專項資金共計"
                    "2646.34萬元,計劃用于6類專項支出,截至20xx年6月30日,專項資金已到位672.44萬元,使用672.44萬元,"
                    "使用率100%。")
    d.add_paragraph("二、績效運行監控工作開展情況")
    d.add_paragraph("。ㄒ唬╉椖拷M織情況")
    d.add_paragraph("年初根據業務運行情況測算上報預算,財政部門批復以後,再按資金用途依程序辦理指標使用手續。")
    d.add_paragraph("。ǘ╉椖抗芾砬闆r")
    d.add_paragraph("為全面實施預算績效管理、加快建立預算績效運行監控機制,本單位依照全面推進預算績效管理的有關規定和上級"
                    "財政部門的工作部署,認真開展了項目績效運行監控。")
    d.add_paragraph("(三)項目組織實施的實際情況與目標的差異情況說明。")
    d.save(path)
    fix_zip(path)


BUILDERS = [(A_FILE, build_a), (B_FILE, build_b), (C_FILE, build_c_final),
            (E_FILE, build_e), (F_FILE, build_f)]


def to_pdf(path):
    prof = "file://" + os.path.join(tempfile.gettempdir(), "lo_profile_blind139")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    with open(pdf, "rb") as f:
        b = f.read()
    b = re.sub(rb"D:\d{14}[^)]*", lambda m: (b"D:20240101000000" + b"Z" * (len(m.group(0)) - 16))[:len(m.group(0))], b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
               lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))), b)
    b = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), b)
    with open(pdf, "wb") as f:
        f.write(b)
    return pdf


def main():
    write_gold()
    for name, fn in BUILDERS:
        p = os.path.join(HERE, name)
        fn(p)
        to_pdf(p)
    print("built", len(BUILDERS), "documents")


if __name__ == "__main__":
    main()
