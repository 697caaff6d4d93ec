"""Blind part 75 of the real-layout corpus: agriculture and forestry pages.

Written by an annotator who did not read the toolkit's code.  Each document reproduces one stored public page
(layout, merged cells, empty cells, defects as found; facts as written; longer sentences re-worded with the same
numbers) and stops where the stored page stops.  The gold in DOCS was written by hand from the pages, before
anything was run on the files.

Run:  /tmp/venv/bin/python make_blind75_layouts.py [--no-pdf]
"""

from __future__ import annotations

import copy
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
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------------------------

def _font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def para(d, text, size=10.5, bold=False, center=False):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(text), size, bold)
    return p


def new_doc():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind75"
    cp.last_modified_by = "blind75"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Pt(54)
    return d


def table(d, rows, merges=(), widths=None, size=9):
    """rows: list of lists of str (all rows same length). merges: (r0, c0, r1, c1) inclusive."""
    ncol = len(rows[0])
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        assert len(row) == ncol, (r, row)
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            _font(cell.paragraphs[0].add_run(val), size)
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        # merged cells concatenate paragraphs; keep only the first cell's text
        for p in list(m.paragraphs)[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        _font(m.paragraphs[0].add_run(keep), size)
    if widths:
        for r in t.rows:
            for c, w in enumerate(widths):
                r.cells[c].width = Pt(w)
    return t


def normalise_zip(path):
    """Rewrite the OOXML zip with fixed dates in a fixed (sorted) order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2025-01-01T00:00:00Z\g<3>", txt)
            data = txt.encode("utf-8")
        fixed.append((name, data))
    items = fixed
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def save_docx(d, name):
    path = os.path.join(HERE, name)
    d.save(path)
    normalise_zip(path)
    return path


def save_xlsx(wb, name):
    wb.properties.creator = "blind75"
    wb.properties.lastModifiedBy = "blind75"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(HERE, name)
    wb.save(path)
    normalise_zip(path)
    return path


# ----------------------------------------------------------------------------------------------------------------
# A. 四川 阿坝县 2016 草原生态奖补 评价报告 (taodocs)
# ----------------------------------------------------------------------------------------------------------------

ABA_ROWS = [
    # (一级, 二级, 三级, 分值, 得分)
    ("项目决策(25分)", "绩效目标(6分)", "目标内容", "2", "2"),
    ("项目决策(25分)", "绩效目标(6分)", "进度计划", "2", "2"),
    ("项目决策(25分)", "绩效目标(6分)", "目标匹配", "2", "2"),
    ("项目决策(25分)", "决策依据(10分)", "政策依据", "2", "2"),
    ("项目决策(25分)", "决策依据(10分)", "实施规划", "4", "4"),
    ("项目决策(25分)", "决策依据(10分)", "管理制度", "4", "4"),
    ("项目决策(25分)", "资金分配(4分)", "分配方法", "2", "2"),
    ("项目决策(25分)", "资金分配(4分)", "分配过程", "2", "2"),
    ("项目决策(25分)", "分配结果(5分)", "审核把关", "5", "5"),
    ("项目决策(25分)", "分配结果(5分)", "资金均衡", "", ""),
    ("项目管理(15分)", "资金到位(4分)", "分配时效", "2", "2"),
    ("项目管理(15分)", "资金到位(4分)", "资金拨付", "2", "2"),
    ("项目管理(15分)", "资金管理(3分)", "使用范围", "1", "1"),
    ("项目管理(15分)", "资金管理(3分)", "支付依据", "1", "1"),
    ("项目管理(15分)", "资金管理(3分)", "开支标准", "1", "1"),
    ("项目管理(15分)", "财务管理(4分)", "财务制度", "2", "2"),
    ("项目管理(15分)", "财务管理(4分)", "会计核算", "2", "2"),
    ("项目管理(15分)", "组织实施(4分)", "项目调整", "1", "1"),
    ("项目管理(15分)", "组织实施(4分)", "投资变更", "1", "1"),
    ("项目管理(15分)", "组织实施(4分)", "制度执行", "2", "2"),
    ("项目绩效(60分)", "项目完成(15分)", "完成数量", "3", "3"),
    ("项目绩效(60分)", "项目完成(15分)", "完成质量", "4", "4"),
    ("项目绩效(60分)", "项目完成(15分)", "完成时效", "4", "4"),
    ("项目绩效(60分)", "项目完成(15分)", "完成成本", "4", "4"),
    ("项目绩效(60分)", "项目效益(40分)", "经济效益", "10", "8"),
    ("项目绩效(60分)", "项目效益(40分)", "社会效益", "10", "7"),
]


def _runs(rows, col):
    """merge ranges (start, end) of equal consecutive values in a column (row indexes into rows)."""
    out, start = [], 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][col] != rows[start][col]:
            if i - 1 > start:
                out.append((start, i - 1))
            start = i
    return out


def build_aba():
    d = new_doc()
    para(d, "项目绩效评价报告(2)", 10)
    para(d, "阿坝县2016年草原生态奖补项目支出绩效评价报告", 15, True, True)
    para(d, "一、项目基本情况", 11, True)
    para(d, "依据阿州农牧发(2016)46号文——阿坝州农业畜牧局、阿坝州财政局下达的《关于马尔康市等13县(市)2016年"
            "草原生态保护补助奖励政策实施方案的批复》——以及2016年9月1日阿县财农〔2016〕41号文(转发《阿坝州财政局"
            "关于下达2016年农业资源及生态保护补助资金的通知》),阿坝县2016年获得农业资源及生态保护补助资金合计4470万元,"
            "其中:实施草原禁牧补助355万亩,;,。")
    para(d, "二、评价工作开展情况", 11, True)
    para(d, "(一)评价目的", 10.5, True)
    para(d, "本次评价从项目决策、管理、完成和效果四类指标入手,对资金支出的过程及其效果作综合判断,检验资金使用是否科学、"
            "合理、有效,查找存在的问题,就完善资金管理和项目管理制度、调整支出结构提出建议,为年度预算编制提供参考,"
            "推动资金使用效益的提高。")
    para(d, "(二)现场评价抽样选点情况", 10.5, True)
    para(d, "按阿坝县财政局的要求,此次现场评价选定阿坝县2016年草原生态奖补财政项目支出作为对象。")
    para(d, "(三)项目总体评价", 10.5, True)
    para(d, "总的来看,项目规划科学,决策依据充分,资金到位及时,项目管理规范。本项目绩效评价得分为89分,各项得分详见下表:")
    header = ["一级指标", "二级指标", "三级指标", "分值", "得分"]
    rows = [header] + [list(r) for r in ABA_ROWS]
    merges = []
    for col in (0, 1):
        for s, e in _runs(ABA_ROWS, col):
            merges.append((s + 1, col, e + 1, col))
    table(d, rows, merges, widths=[100, 100, 100, 50, 50])
    return save_docx(d, "sc-aba-grassland-eval.docx")


ABA_IND = []
for l1, l2, name, w, s in ABA_ROWS:
    ABA_IND.append({"level1": l1, "level2": l2, "name": name, "operator": None, "value": None, "unit": None,
                    "target_text": None, "actual": None,
                    "weight": int(w) if w else None, "score": int(s) if s else None})

ABA_GOLD = {
    "source_urls": ["https://m.taodocs.com/p-309874458.html"],
    "province": "四川",
    "doc_kind": "评价报告 (草原生态奖补项目支出绩效评价报告, 含评分表 一级/二级/三级/分值/得分)",
    "patterns": [1, 6, 10],
    "indicators": ABA_IND,
    "goals": [],
    "facts": [
        {"metric": "项目决策 分值", "kind": "sum", "total": 25, "parts": [6, 10, 4, 5], "unit": "分"},
        {"metric": "项目管理 分值", "kind": "sum", "total": 15, "parts": [4, 3, 4, 4], "unit": "分"},
        {"metric": "项目完成 分值", "kind": "sum", "total": 15, "parts": [3, 4, 4, 4], "unit": "分"},
        {"metric": "决策依据 分值", "kind": "sum", "total": 10, "parts": [2, 4, 4], "unit": "分"},
        {"metric": "组织实施 分值", "kind": "sum", "total": 4, "parts": [1, 1, 2], "unit": "分"},
    ],
    "findings": [
        {"rule": "consistency.deviation_reason_missing", "item": "经济效益",
         "why": "scored 8 of 10 points; the report as it stands gives no reason for the 2-point deduction"},
        {"rule": "consistency.deviation_reason_missing", "item": "社会效益",
         "why": "scored 7 of 10 points; no reason for the 3-point deduction anywhere in the document"},
    ],
    "notes": (
        "阿坝县 (阿坝州, 四川) 2016 草原生态奖补 (草原生态保护补助奖励) 项目支出绩效评价报告 as stored by a "
        "document-sharing site (taodocs 'document introduction'); the stored page opens with the site's title line "
        "'项目绩效评价报告(2)' (kept as the first line) and stops inside the score table after the row 社会效益 10 | 7, "
        "so the document stops there: 项目效益(40分) shows only 经济效益 and 社会效益, the rest of the 40 points and any "
        "satisfaction rows are beyond the stored page. Kept as found: the sentence '其中:实施草原禁牧补助355万亩,;,。' "
        "(a list emptied to stray punctuation), 4470万元 with only one component named, the row 资金均衡 under "
        "分配结果(5分) with empty 分值 and 得分 (the page runs '审核把关55资金均衡项目管理(15分)'), and the weights "
        "written into the 一级/二级 labels ('项目决策(25分)', '绩效目标(6分)'); level1/level2 in the gold keep those "
        "labels as written. The page's '资金管理使用范围11(3分)支付依据11' is read as a wrapped cell '资金管理 (3分)' and "
        "written '资金管理(3分)'. 26 rows, each with 分值 and 得分 but no target value (this is an evaluation score "
        "table, not a target table), so operator/value/unit/target_text/actual are null and no target.* finding is "
        "raised for them. The weight sums that can be checked are recorded as sum facts and all agree "
        "(25 = 6+10+4+5, 15 = 4+3+4+4, 15 = 3+4+4+4 ...); 项目绩效(60分) shows 项目完成(15分) + 项目效益(40分) = 55, the remaining 5 points belong to rows beyond the cut, so no sum fact for it (25 + 15 + 60 = 100 agrees). The stated total 89 cannot be checked: the visible scores add "
        "to 70 and the table is cut, so no score_total fact; no grade is stated, so no grade fact. Judgement calls: "
        "the two benefit rows that lost points are flagged for missing reasons (the stored text has no analysis "
        "section); no coverage finding because the table is cut (the brief's coverage rule is for a complete table)."
    ),
}


# ----------------------------------------------------------------------------------------------------------------
# B. 湖南 泸溪县 合水油茶产业建设 绩效自评报告 (lxx.gov.cn), prose
# ----------------------------------------------------------------------------------------------------------------

LUXI_GOAL = "用于油茶培管5750亩。"


def build_luxi():
    d = new_doc()
    para(d, "泸溪县合水油茶产业建设绩效自评报告", 15, True, True)
    para(d, "来源:泸溪县林业局  发布时间:2022-08-22", 9, center=True)
    para(d, "一、绩效目标分解下达情况", 11, True)
    para(d, "1.资金下达预算及项目情况。")
    para(d, "2022年度安排巩固脱贫攻坚成果和衔接乡村振兴资金115万元,投向合水油茶产业建设项目。")
    para(d, "2.资金项目绩效目标设定情况。")
    para(d, LUXI_GOAL)
    para(d, "二、绩效自评工作开展情况", 11, True)
    para(d, "包括自评工作开展范围、对象、时间及方式等。")
    para(d, "三、绩效目标完成情况分析", 11, True)
    para(d, "依照省、市相关文件并结合乡里实际,按上级文件制定了本地的专项资金管理规定,项目实施已达到规划的预期效果。")
    para(d, "(一) 项目资金情况分析。", 10.5, True)
    para(d, "1.项目资金到位情况分析;")
    para(d, "项目资金115万已足额到位,农民工务工工资均已付清,没有拖欠。")
    para(d, "2.项目资金执行情况分析;")
    para(d, "已按项目建设实施方案完成建设。")
    para(d, "3.项目资金管理情况分析;")
    para(d, "各项经费按相应业务管理制度规范开支;资金使用符合国家财经法规、财务管理规定和专项资金管理办法;拨付审批程序和"
            "手续齐全;未发现截留、挤占、挪用或虚列支出;会计核算准确,财务资料完整。")
    para(d, "(二) 项目绩效指标完成情况", 10.5, True)
    para(d, "1.产出指标完成情况分析")
    para(d, "完成油茶培管5800亩。")
    para(d, "(1)项目完成数量;")
    para(d, "项目受益6个村128户500人。")
    para(d, "(2) 项目完成质量;")
    para(d, "经专业第三方验收,质量合格。")
    para(d, "( 3 ) 项目实施进度;")
    para(d, "已完成。")
    para(d, "2.效益指标完成情况分析")
    para(d, "( 1 ) 项目实施的经济效益分析;")
    para(d, "结合泸溪县用工及油茶管护情况测算,本项目每亩需投资200元;管护较好的油茶林地实施2年后可实现收支平衡,"
            "5-8年进入盛产期,盛产期每亩每年可产油40kg,3194亩每年预计可生产茶油12.78kg,按100元/kg的价格计算,")
    return save_docx(d, "hn-luxi-camellia-selfreport.docx")


LUXI_GOLD = {
    "source_urls": ["http://www.lxx.gov.cn/zwgk/qzfxxgkml/tzgg/202212/t20221206_1965422.html"],
    "province": "湖南",
    "doc_kind": "自评报告 (油茶产业建设 衔接资金 绩效自评报告, prose)",
    "patterns": [10],
    "indicators": [
        {"level1": "产出指标", "level2": None, "name": "项目完成数量", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": None, "score": None},
        {"level1": "产出指标", "level2": None, "name": "项目完成质量", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": None, "score": None},
        {"level1": "产出指标", "level2": None, "name": "项目实施进度", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "目标", "text": LUXI_GOAL}],
    "facts": [],
    "findings": [],
    "notes": (
        "泸溪县林业局 (湘西州, 湖南) self-evaluation of the 2022 合水油茶产业建设 project (115万元 巩固脱贫攻坚成果和衔接"
        "乡村振兴资金), published 2022-08-22. Prose only. The stored page stops in the economic-benefit paragraph after "
        "'按100元/kg的价格计算,'; the document stops there with the trailing comma. Kept as found: the goal "
        "'用于油茶培管5750亩' against the reported output '完成油茶培管5800亩'; the yield sentence that switches to "
        "3194亩 and gives '12.78kg' a year (3194亩 × 40kg would be about 127,760 kg, so the unit or the figure is "
        "wrong) - no rule id in the brief covers a product slip, so it is noted here, not flagged; '115万' without 元 "
        "in the 到位 sentence; section 二 holding only the template instruction '包括自评工作开展范围、对象、时间及方式等。' "
        "(template text, but not in an indicator or goal, so not flagged as target.placeholder); the execution "
        "paragraph with no amount or rate (so no budget fact: only 到位 = 115 is stated, no 执行数). The three labelled "
        "output results under '1.产出指标完成情况分析' ((1)项目完成数量 / (2)项目完成质量 / (3)项目实施进度) are taken "
        "as indicator rows with no target and no numeric actual ('6个村128户500人', '质量合格', '已完成'); they are "
        "results, not targets, so no target.* finding. The goal has a number, so no goal finding. No coverage "
        "finding: the indicator analysis is cut inside 效益."
    ),
}


# ----------------------------------------------------------------------------------------------------------------
# C. 湖南 岳阳县 畜牧水产发展服务中心 2018 病死畜禽无害化处理 自评报告 (dibdj.com mirror, traditional script)
# ----------------------------------------------------------------------------------------------------------------

def build_yueyang_carcass():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自評報告"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    lines = [
        "岳陽縣畜牧水產發展服務中心2018年專項(病死畜禽無害化處理)績效自評報告",
        "來源:岳陽縣畜牧水產發展服務中心   2019-07-08 08:28   瀏覽量:1",
        "評價類型: 項目實施過程評價 □ 項目完成結果評價√",
        "項目名稱: 2018年病死畜禽無害化處理體系運行經費",
        "項目單位: 岳陽縣畜牧水產發展服務中心",
        "主管部門: 岳陽縣畜牧水產發展服務中心",
        "評價方式: 岳陽縣畜牧水產發展服務中心績效自評",
        "評價機構: 岳陽縣畜牧水產發展服務中心評價組",
        "報告日期:2019年6月22日",
        "岳陽縣財政局(制)",
        "一、項 目 基 本 概 況",
    ]
    r = 1
    for i, t in enumerate(lines):
        ws.cell(r, 1, t).font = Font(name="SimSun", size=14 if i == 0 else 11, bold=(i in (0, 10)))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
    grid_top = r
    grid = [
        ["項目負責人", "胡志剛", "", "", "聯系電話", "1360740****", "", ""],
        ["項目地址", "涉及全縣14個鄉鎮和1個辦事處", "", "", "郵  編", "414100", "", ""],
        ["項目起止時間", "2018年1月至2018年12月", "", "", "", "", "", ""],
        ["計劃安排資金\n(萬元)", "295", "實際到位資金\n(萬元)", "295", "實際支出\n(萬元)", "295", "結余(萬元)", ""],
        ["其中:中央財政", "", "其中:中央財政", "", "其中:中央財政", "", "其中:中央財政", ""],
        ["省財政", "", "省財政", "", "省財政", "", "省財政", ""],
        ["市財政", "", "市財政", "", "市財政", "", "市財政", ""],
        ["縣市區財政", "295", "縣市區財政", "295", "縣市區財政", "295", "縣市區財政", ""],
        ["其它", "", "其", "", "", "", "", ""],
    ]
    for gr in grid:
        for c, v in enumerate(gr, start=1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.font = Font(name="SimSun", size=10)
            cell.alignment = wrap
            cell.border = box
        r += 1
    g = grid_top
    ws.merge_cells(start_row=g, start_column=2, end_row=g, end_column=4)
    ws.merge_cells(start_row=g, start_column=6, end_row=g, end_column=8)
    ws.merge_cells(start_row=g + 1, start_column=2, end_row=g + 1, end_column=4)
    ws.merge_cells(start_row=g + 1, start_column=6, end_row=g + 1, end_column=8)
    ws.merge_cells(start_row=g + 2, start_column=2, end_row=g + 2, end_column=8)
    for col, w in zip("ABCDEFGH", [16, 10, 16, 10, 16, 12, 16, 10]):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[grid_top + 3].height = 32
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_xlsx(wb, "hn-yueyang-carcass-selfreport.xlsx")


CARCASS_GOLD = {
    "source_urls": ["http://dibdj.com/37584/38146/38302/content_1601211.html"],
    "province": "湖南",
    "doc_kind": "自评报告 (项目支出绩效评价自评报告 封面 + 项目基本概况表, 病死畜禽无害化处理)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "病死畜禽无害化处理体系运行经费 (计划安排资金 / 实际支出)", "kind": "budget", "planned": 295,
         "actual": 295, "stated_rate": None, "unit": "万元"},
        {"metric": "计划安排资金", "kind": "sum", "total": 295, "parts": [295], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "岳阳县畜牧水产发展服务中心 (岳阳, 湖南) 2018 专项 (病死畜禽无害化处理体系运行经费) 绩效自评报告, 2019-07-08, "
        "as stored on a mirror site that re-renders the 岳阳县 government page in traditional characters with pinyin "
        "glosses after many characters (e.g. '項(xiàng)'); the document keeps the traditional characters and drops the "
        "glosses (page noise, not document content). Written as XLSX: the stored page is a cover block plus one grid "
        "(four column groups 計劃安排資金 / 實際到位資金 / 實際支出 / 結余, each with the rows 其中:中央財政 / 省財政 / 市財政 / "
        "縣市區財政 / 其它) - a judgement call, the original was probably a Word template ('岳陽縣財政局(制)'). The stored "
        "page ends inside the 其它 row ('其它 其'), so the grid stops with a truncated '其' cell; nothing after "
        "section 一 (no indicator table, no goals) is in the document. Kept as found: the masked phone number "
        "'1360740****', the checkbox text of 評價類型, 結余 left empty although 295 - 295 = 0, the funding-source "
        "rows empty except 縣市區財政 295. Facts: 295 planned, 295 到位, 295 spent (no rate stated, so nothing to "
        "check); the only filled part of 計劃安排資金 is 縣市區財政 295 = 295. No findings: no targets, goals or "
        "scores are on the stored page."
    ),
}


# ----------------------------------------------------------------------------------------------------------------
# D. 湖南 岳阳县 农业农村局 2018 部门整体支出 绩效评价自评报告 (cnzheou.com mirror, traditional script)
# ----------------------------------------------------------------------------------------------------------------

YY_TASKS = ("任務1:抓實全縣糧食生產,爭取評上全國糧食生產先進縣或全省標兵縣; 任務2:推動美麗鄉村建設和農村環境整治; "
            "任務3:完成扶貧攻堅任務; 任務4:爭取國家對農業的重點投入,改善農業生產基礎設施條件; "
            "任務6:推廣集中育秧、病蟲害綠色防控、測土配方施肥等農業生產新技術; 任務7:做好農產品質量安全和農業品牌創建。")


def build_yueyang_dept():
    d = new_doc()
    para(d, "附件2-1", 10.5)
    para(d, "岳陽縣2018年度部門整體支出", 16, True, True)
    para(d, "績效評價自評報告", 16, True, True)
    for t in ["部門(單位)名稱: 岳陽縣農業農村局", "預 算 編 碼: 247001", "評價方式:部門(單位)績效自評",
              "評價機構:部門(單位)評價組", "報告日期:2019年 6月 27日"]:
        para(d, t, 12)
    para(d, "岳陽縣財政局(制)", 12, center=True)
    para(d, "一、部門(單位)基本概況", 11, True)
    rows = [
        ["聯系人", "蔣世平", "聯絡電話", "7642905"],
        ["人員編制", "91", "實有人數", "91"],
        ["職能職責概述", "統籌協調全縣農業和農村工作,指導縣域經濟發展和新農村建設;指導糧食等主要農產品生產,提高農產品質量"
                     "安全水平;爭取國家投入,改善農業生產基礎設施;推廣農業新技術;辦理縣委、縣政府交辦的其他事項。", "", ""],
        ["年度主要\n工作內容", YY_TASKS, "", ""],
        ["年度部門(單位)總體運行情況及取得的成績", "榮獲全省糧食生產先進縣、全省美麗鄉村建設先進", "", ""],
    ]
    table(d, rows, merges=[(2, 1, 2, 3), (3, 1, 3, 3), (4, 1, 4, 3)], widths=[110, 150, 90, 150], size=10)
    return save_docx(d, "hn-yueyang-agri-dept-selfreport.docx")


YY_DEPT_GOLD = {
    "source_urls": ["http://cnzheou.com/37584/38146/38297/content_1559809.html"],
    "province": "湖南",
    "doc_kind": "自评报告 (部门整体支出绩效评价自评报告 封面 + 部门基本概况表)",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [{"kind": "年度目标", "text": YY_TASKS}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": YY_TASKS,
         "why": "none of the six tasks carries a number, baseline or deadline; only 任务1 names an outcome (an award "
                "title), the others (推动/完成/争取/推广/做好) have no measurable statement"},
        {"rule": "goal.process_only", "item": YY_TASKS,
         "why": "the annual content lists activities to carry out (抓实生产, 推动整治, 争取投入, 推广技术, 做好创建) rather "
                "than results to reach"},
    ],
    "notes": (
        "岳阳县农业农村局 (岳阳, 湖南) 2018 部门整体支出绩效评价自评报告 (附件2-1, 预算编码 247001, dated 2019-06-27), as "
        "stored on a mirror that re-renders the 岳阳县 page in traditional characters with pinyin glosses; the document "
        "keeps traditional characters and drops the glosses. The stored page ends inside the cell 年度部门(单位)总体运行"
        "情况及取得的成绩 after '榮獲全省糧食生產先進縣、全省美麗鄉村建設先進' (no closing punctuation); the document stops "
        "there - no money table, no indicators. Kept as found: the task list numbered 1, 2, 3, 4, 6, 7 (任务5 missing - "
        "no rule id for a numbering gap, noted only), 人员编制 91 = 实有人数 91, the template line '岳陽縣財政局(制)'. "
        "The 年度主要工作内容 cell is the only goal-like cell; it is one cell with six '任務N:' items separated by '; ', "
        "so the gold has one goal entry (the brief: one entry per goal cell) with kind 年度目标; both goal findings "
        "point at that entry. The 职能职责概述 cell describes duties, not goals, and is not a goal."
    ),
}


# ----------------------------------------------------------------------------------------------------------------
# E. 省级 农田建设补助资金 绩效自评报告 (360docs 范文合集 page, province not named), prose
# ----------------------------------------------------------------------------------------------------------------

def build_farmland():
    d = new_doc()
    para(d, "2017年度耕地质量提升计划资金绩效评价报告", 14, True, True)
    para(d, "合集下载", 9)
    para(d, "农田建设补助资金绩效评价报告(通用7篇)", 13, True, True)
    para(d, "(网站按语:报告的用处越来越多,下面整理了几篇农田建设补助资金绩效评价报告,供参考。)", 9)
    para(d, "农田建设补助资金绩效评价报告1", 11, True)
    para(d, "按照农业农村部计划财务司、农田建设管理司和财政部农业农村司《关于抓紧报送20xx年中央财政农田建设补助资金绩效"
            "自评材料的通知》的要求,我们专题研究、部署了本次资金绩效自评,梳理了资金绩效和项目成效,分析了存在的问题及其"
            "原因,并提出有针对性的措施和建议。现将情况报告如下:")
    para(d, "一、绩效目标分解下达情况", 11, True)
    para(d, "20xx年度农田建设专项共安排财政资金625810万元,其中:中央财政农田建设补助资金349810万元,省级财政农田建设专项"
            "资金276000万元(含发改渠道建设任务配套资金)。")
    para(d, "20xx年1月,省农业农村厅把任务分解下达到各县市区,资金随任务走;1-6月组织各地完成项目初步设计的编制、评审和"
            "批复等前期工作,同时把绩效目标分解下达到各县市区。")
    para(d, "二、绩效目标完成情况", 11, True)
    para(d, "(一)资金投入情况分析", 10.5, True)
    para(d, "1.资金分配情况。")
    para(d, "20xx年省级层面按“资金跟着任务走”的原则分配农田建设补助资金:年度任务用因素分配法分配后,按每亩统一的投资标准"
            "下达资金。农业农村部下达任务指标后,我们很快制定了分配方案,20xx年1月把任务分解下达到各县市区;20xx年8月,"
            "依据按因素分配法分配的任务,我省把资金全部下达到县市区。")
    para(d, "2.资")
    return save_docx(d, "xx-sheng-farmland-selfreport.docx")


FARMLAND_GOLD = {
    "source_urls": ["https://360docs.net/doc/027759753.html"],
    "province": None,
    "doc_kind": "自评报告 (省级 中央财政农田建设补助资金 绩效自评报告, 范文合集页, prose)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "20xx年度农田建设专项财政资金", "kind": "sum", "total": 625810, "parts": [349810, 276000],
         "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "A provincial 农田建设 (高标准农田) self-evaluation report for the central 农田建设补助资金, reproduced from a "
        "document-sharing page that titles itself '2017年度耕地质量提升计划资金绩效评价报告' but holds a compilation "
        "'农田建设补助资金绩效评价报告(通用7篇)'; the years are scrubbed to '20xx' and the province is never named "
        "('我省', '省农业农村厅'), so province is null and the file is named xx-sheng-... The page's own title lines "
        "and a one-line site blurb (re-worded) are kept at the top; the stored page stops at '2.资' at the start of "
        "the second item of (一)资金投入情况分析, and the document stops there. Fact: 625810 = 349810 + 276000 (万元), "
        "consistent. Kept as found: every year written '20xx' (template residue of the compilation site, not in an "
        "indicator or goal, so no target.placeholder finding), the mismatch between the page title (耕地质量提升, 2017) "
        "and the report (农田建设补助资金). No indicators, goals or scores are on the stored page, so no findings; "
        "prose document (the second of the part's two prose documents)."
    ),
}


DOCS = [
    ("sc-aba-grassland-eval.docx", build_aba, ABA_GOLD),
    ("hn-luxi-camellia-selfreport.docx", build_luxi, LUXI_GOLD),
    ("hn-yueyang-carcass-selfreport.xlsx", build_yueyang_carcass, CARCASS_GOLD),
    ("hn-yueyang-agri-dept-selfreport.docx", build_yueyang_dept, YY_DEPT_GOLD),
    ("xx-sheng-farmland-selfreport.docx", build_farmland, FARMLAND_GOLD),
]


def write_gold(name, gold):
    os.makedirs(ANN, exist_ok=True)
    g = {"source": name}
    g.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def to_pdf(path):
    out = tempfile.mkdtemp(prefix="b75pdf")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        pdf = os.path.splitext(os.path.basename(path))[0] + ".pdf"
        shutil.move(os.path.join(out, pdf), os.path.join(HERE, pdf))
        return os.path.join(HERE, pdf)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main(argv):
    no_pdf = "--no-pdf" in argv
    for name, build, gold in DOCS:
        path = build()
        write_gold(name, gold)
        if not no_pdf:
            pdf = to_pdf(path)
            write_gold(os.path.basename(pdf), gold)
        print("wrote", name)


if __name__ == "__main__":
    main(sys.argv[1:])
