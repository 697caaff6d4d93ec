# -*- coding: utf-8 -*-
"""blind171: layouts of five public budget-performance documents, found by the words of
their header rows (指标解释, 评分标准, 指标说明, 考评得分 ...), with their gold.

Gold first (plain Python data), then the builders (openpyxl / python-docx), the LibreOffice
PDF export, the annotation files and a pdftotext check.

Run:  /tmp/venv/bin/python make_blind171_layouts.py
"""
import copy
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind171"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

D1 = "fujian-ningde-difangzhi-zhengtizipingbiao.xlsx"
D2 = "weizhi-weizhi-yusuanzhichu-kaohebiao.xlsx"
D3 = "weizhi-weizhi-bumenzhengti-pingjiazhibiaobiao.docx"
D4 = "guangdong-heshan-jishengfuzhu-shiqianpingshenbiao.docx"
D5 = "neimenggu-linhe-chegoushui-zipingbaogao.docx"

# --- D1: 宁德 地方志 2018 部门整体支出绩效自评表 -------------------------------
D1_GOALS = [
    "目标1:确保本委在职及退休人员工资、福利的发放;",
    "目标2:确保本委日常办公所需经费正常运行;",
    "目标3:保障志鉴地情相关工作开展所需资金,确保完成2018年度任务。",
]
D1_DONE = [
    "目标1完成情况:基本完成,达成率为90%以上",
    "目标2完成情况:基本完成,达成率为90%以上",
    "目标3完成情况:基本完成,达成率为97%",
]

GOLD = {}

GOLD[D1] = {
    "source_urls": ["http://ndfzw.com/ggl/2019-12-31/7212.html"],
    "province": "福建省",
    "doc_kind": "部门整体支出绩效自评表",
    "patterns": [1, 5, 10],
    "indicators": [
        {"level1": "产出指标(60分)", "level2": "数量指标", "name": "指标1",
         "operator": None, "value": None, "unit": None, "target_text": None,
         "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "年度目标", "text": g} for g in D1_GOALS],
    "facts": [
        {"metric": "财政资金小计 小计④=①+②+③", "kind": "sum", "total": 2751417.82,
         "parts": [2537695, 213722.82, 0], "unit": "元(表头写万元)"},
        {"metric": "本年度结余金额⑦=④-⑤", "kind": "difference", "total": 204743.84,
         "parts": [2751417.82, 2546673.98], "unit": "元(表头写万元)"},
        {"metric": "支出实现率(%)⑥=⑤/④", "kind": "rate", "planned": 2751417.82,
         "actual": 2546673.98, "stated_rate": 93, "computed_rate": 92.56, "unit": "%"},
        {"metric": "资金结余率(%)⑧=⑦/④", "kind": "rate", "planned": 2751417.82,
         "actual": 204743.84, "stated_rate": 7, "computed_rate": 7.44, "unit": "%"},
    ],
    "findings": [
        {"rule": "goal.process_only", "item": D1_GOALS[0],
         "why": "目标只是保证工资福利发放,属保障性过程,没有产出或效果"},
        {"rule": "goal.process_only", "item": D1_GOALS[1],
         "why": "目标只是保证办公经费运转,属过程性表述"},
        {"rule": "goal.unquantified", "item": D1_GOALS[2],
         "why": "“确保完成2018年度任务”没有任何数量、质量或时限"},
        {"rule": "target.placeholder", "item": "指标1",
         "why": "三级指标栏只留模板编号“指标1”,没有写指标名称"},
        {"rule": "target.missing_value", "item": "指标1",
         "why": "绩效目标值、实际完成值、分值和得分全部空白"},
    ],
    "notes": (
        "Stored page (xls shown as text) stops inside the first indicator row: '产出指标(60分) | 数量指标 | "
        "指标1 | 按月发放员工工'. Judgement: the text shows '指标1' and, after one empty cell, '按月发放员工工'; I "
        "read '指标1' as the template label left in the 三级指标 cell (header merged D:E, E empty) and "
        "'按月发放员工工' as the start of the 指标解释 cell (cut mid-word: 工资). The row is kept as cut. "
        "Level labels are written with line breaks in the cells ('产出\\n指标\\n(60分)'); the gold joins them. "
        "The 资金结构 header says 万元 but the amounts (2537695 ...) are clearly in 元 - no rule fits, noted only. "
        "Stated rates 93%/7% match the recomputed 92.56%/7.44% at the decimals stated (no finding). "
        "The 目标实际完成情况 sentences are completion statements, not goals."
    ),
}

# --- D2: 部门预算支出管理考核表 (wanglu.net, CSV-like dump of an xls) -----------
D2_L1 = "一般公共预算支出管理(60分)"
D2_ROWS = [
    # 考核内容 (None = merged with row above), 考核指标, 指标说明, 年度工作目标, 评分标准 (None = merged), 权数
    ("一般公共预算支出", "一般公共预算支出实际完成率",
     "一般公共预算支出实际完成率=本年一般公共预算支出完成数*100%/本年一般公共预算支出年初预算数,"
     "用以反映和考核部门(单位)预算支出实际完成情况.\n",
     "1", "按完成比例计算得分,满分为止.", "20"),
    ("结转结余情况", "结转结余率",
     "结转结余率=本年结转结余资金总额*100%/本年一般公共预算支出完成数,"
     "用以反映和考核部门(单位)对本年度结转结余资金的实际控制程度.",
     "0.0900000762939453", "二者择其一进行考核,按完成比例计算得分,满分为止.", "20"),
    (None, "结转结余变动率",
     "结转结余变动率=(本年结转结余资金总额-上年结转结余资金总额)*100%/上年结转结余资金总额,"
     "用以反映和考核部门(单位)对控制结转结余资金的努力程度.",
     "-0.300000152587891", None, None),
    ("应付账款(暂存款)", "应付账款(暂存款)率",
     "应付账款(暂存款)率=本年应付账款总额*100%/本年一般公共预算支出完成数,"
     "用以反映和考核部门(单位)对本年度应付账款资金的实际控制程度.",
     "0.0900000762939453", "二者择其一进行考核,按完成比例计算得分,满分为止.", "10"),
    (None, "应付账款(暂存款)变动率",
     "应付账款变动率=(本年期末应付账款总额-上年期末应付账款总额)*100%/上年期末应付账款总额,"
     "用以反映和考核部门(单位)对控制应付账款资金的努力程度.",
     "-0.300000152587891", None, None),
    ("应收账款(暂付款)", "应收账款(暂付款)率",
     "应收账款(暂付款)率=本年应收账款总额*100%/本年一般公共预算支出完成数,"
     "用以反映和考核部门(单位)对本年度应收账款资金的实际控制程度.",
     "0.0900000762939453", "二者择其一进", ""),   # cut: page stops inside 评分标准
]


def _d2_indicators():
    out = []
    cur2 = None
    for k2, name, _expl, target, _std, w in D2_ROWS:
        if k2 is not None:
            cur2 = k2
        out.append({"level1": D2_L1, "level2": cur2, "name": name, "operator": None,
                    "value": float(target) if "." in target else int(target), "unit": None,
                    "target_text": target, "actual": None,
                    "weight": int(w) if w else None, "score": None})
    return out


GOLD[D2] = {
    "source_urls": ["https://wanglu.net/thread/t13-461855-0.html"],
    "province": None,
    "doc_kind": "部门预算支出管理考核表",
    "patterns": [1, 5],
    "indicators": _d2_indicators(),
    "goals": [],
    "facts": [
        {"metric": "一般公共预算支出管理 权数", "kind": "sum", "total": 60, "parts": [20, 20, 10],
         "unit": "分", "complete": False},
    ],
    "findings": (
        [{"rule": "target.missing_unit", "item": r[1],
          "why": "年度工作目标只写裸数(%s),指标是比率却没有%%或其他单位" % r[3]} for r in D2_ROWS]
        + [{"rule": "target.impossible_value", "item": r[1],
            "why": "目标值为负数 -0.300000152587891,且带浮点误差的长尾小数"} for r in D2_ROWS
           if r[3].startswith("-")]
    ),
    "notes": (
        "The stored page is a CSV-like dump of a spreadsheet (5 empty rows, then the header 项目 | 考核内容 | 考核指标 | "
        "指标说明 | 年度工作目标 | 评分标准 | 权数 | 考评得分). No place, year or department is given: province null. "
        "Targets are kept as the text written, float noise included (0.0900000762939453, -0.300000152587891); "
        "gold value is that number, unit null. 项目 '一般公共预算支出管理(60分)' merged down the block; 考核内容, "
        "评分标准 and 权数 merged over each '二者择其一' pair. The page stops inside the 评分标准 of the sixth row "
        "('二者择其一进'), so its 权数 and everything below are missing; the 60 points are therefore only partly "
        "covered (20+20+10 visible, fact marked complete:false, no consistency finding). "
        "One explanation cell ends with a line break, as on the page."
    ),
}

# --- D3: 部门整体支出绩效评价指标表 (wenku365 .doc) ---------------------------
D3_ROWS = [
    # 一级, 分值, 二级, 分值, 三级, 分值, 评价标准, 指标说明, 得分
    ("投入", "10", "预算配置", "10", "在职人员控制率", "5",
     "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。",
     "在职人员控制率=(在职人员数/编制数)×100%,在职人员数:部门(单位)实际在职人数,以财政确定的部门决算编制口径为准。"
     "编制数:机构编制部门核定批复的部门(单位)的人员编制数。", "5"),
    (None, None, None, None, "“三公经费”变动率", "5",
     "“三公经费”变动率≦0,计5分;“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。",
     "“三公经费”变动率=[(本年度“三公经费”预算数-上年度“三公经费”预算数)/上年度“三公经费”预算数]×100%", "5"),
    ("过程", "60", "预算执行", "20", "预算完成率", "5",
     "100%计满分,每低于5%扣2分,扣完为止。",
     "预算完成率=(上年结转+年初预算+本年追加预算-年末结余)/(上年结转+年初预算+本年追加预算)×100%。", "5"),
    (None, None, None, None, "预算控制率", "5",
     "预算控制率=0,计5分;0-10%(含),计4分;10-20%(含),计3分;20-30%(含),计2分;大于30%不得分。",
     "预算控制率=(本年追加预算/年初预算)×100%。", "0"),
    (None, None, None, None, "新建楼堂馆所面积控制率", "5",
     "100%以下(含)计满分,每超出5%扣2分,扣完为止。没有楼堂馆所项目的部门按满分计算。",
     "楼堂馆所面积控制率=实际建设面积/批准建设面积×100%。该指标以2017年完工的新建楼堂馆所为评价内容。", "5"),
    (None, None, None, None, "新建楼堂馆所投资概算控制率", "5", "100%以", "", ""),   # cut
]


def _d3_indicators():
    out = []
    l1 = l2 = None
    for r in D3_ROWS:
        if r[0]:
            l1 = r[0]
        if r[2]:
            l2 = r[2]
        out.append({"level1": l1, "level2": l2, "name": r[4], "operator": None, "value": None,
                    "unit": None, "target_text": None, "actual": None,
                    "weight": int(r[5]), "score": int(r[8]) if r[8] else None})
    return out


GOLD[D3] = {
    "source_urls": ["https://www.wenku365.com/p-50355167.html"],
    "province": None,
    "doc_kind": "部门整体支出绩效评价指标表",
    "patterns": [1, 5],
    "indicators": _d3_indicators(),
    "goals": [],
    "facts": [
        {"metric": "投入 分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
        {"metric": "预算配置 分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
        {"metric": "预算执行 分值", "kind": "sum", "total": 20, "parts": [5, 5, 5, 5], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "A scoring table of the evaluation itself (投入/过程 with points): its 三级 rows are the indicators; "
        "weight = the 三级 分值, score = 得分; 评价标准 and 指标说明 are scoring rules and formulas, not targets "
        "(target fields null). No place or year is named (the 2017 in a formula is the only date): province null. "
        "一级/二级 cells merged down their rows. The stored page stops inside the 评价标准 of the sixth row "
        "('100%以'); its 指标说明 and 得分 are empty, and the rest of 过程 (60) is missing, so 过程 60 is not summed. "
        "No finding: the table is a standard template with formulas for every rate."
    ),
}

# --- D4: 鹤山 2020 事前绩效评审专家组综合评价报告表 (360docs) --------------------
GOLD[D4] = {
    "source_urls": ["https://360docs.net/doc/bf15446831.html"],
    "province": "广东省",
    "doc_kind": "财政预算项目事前绩效评审专家组综合评价报告表",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "申报金额", "kind": "amount", "value": 93, "unit": "万元"},
        {"metric": "建议金额", "kind": "amount", "value": 93, "unit": "万元"},
        {"metric": "评价指标得分(平均)", "kind": "score", "value": 80, "unit": "分",
         "threshold": "≦60分,项目不予立项"},
    ],
    "findings": [],
    "notes": (
        "Prose-only form: the review table's rows are 评价内容 | 评价说明 | 专家组综合评价意见, no indicator rows before "
        "the page stops. The expert opinion is rewritten in my own words keeping every document number and title "
        "(including the page's typo '广东生活上计划生育家庭特别扶助制度实施细则'). The page stops inside the "
        "second row ('核定绩效目标 | 核定项目总体绩效目标和具体量化绩效指标(包括产'). The '1' between the rows is "
        "the page number carried in the text. Score 80 > 60, consistent with 建议立项; 申报 = 建议 = 93万元."
    ),
}

# --- D5: 临河区 车购税补助 2023 绩效自评报告 (mirror in traditional script) ---------
D5_GOAL = "確保公路建設管理工作正常進行,保障公路處于良好使用狀態(tài),使公程驗收合格率大于97%"
GOLD[D5] = {
    "source_urls": ["http://sarahkings.com/html/59/24601.html"],
    "province": "内蒙古自治区",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": None, "name": "公程驗收合格率", "operator": ">", "value": 97,
         "unit": "%", "target_text": "大于97%", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "整体绩效目标", "text": D5_GOAL}],
    "facts": [
        {"metric": "車輛購置稅收入補助地方資金(第七批)", "kind": "amount", "value": 353.6, "unit": "萬元",
         "planned": 353.6, "actual": 353.6},
        {"metric": "自然村通硬化路", "kind": "output", "value": 35, "unit": "公里"},
        {"metric": "建制村通雙車道", "kind": "output", "value": 86, "unit": "公里"},
        {"metric": "整體績效自評分數", "kind": "score", "value": 89, "unit": "分", "grade": "B"},
    ],
    "findings": [],
    "notes": (
        "The page is a spam mirror of a 临河区 (巴彦淖尔市) notice, machine-converted to traditional script with "
        "pinyin glosses after some characters ('區(qū)', '狀態(tài)', '轉(zhuǎn)移'); simplified 于 is left in '處于' "
        "and '大于'. I keep the glosses and mixed script in the header lines, the title and the verbatim goal "
        "sentence; the longer sentences are rewritten in my own words (traditional script, no glosses), keeping "
        "every number and document name. The one target in prose ('公程驗收合格率大于97%', typo 公程 for 工程 "
        "kept) is the only indicator. Grade 'B' for 89 points: the 优/良/中/差 bands are not used, and B fits "
        "an 80-90 band, so no consistency.grade finding. The stored page stops after 二、綜合評價結論."
    ),
}

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
FIXED_DT = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"


def rezip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core.xml dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>" + FIXED_ISO + r"\g<3>", txt)
                txt = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# --- XLSX helpers ---
def _xl():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    return Workbook, Alignment, Border, Font, Side


def new_book(title):
    import datetime
    Workbook, *_ = _xl()
    wb = Workbook()
    ws = wb.active
    ws.title = title
    fixed = datetime.datetime(2024, 1, 1)
    wb.properties.creator = "blind171"
    wb.properties.lastModifiedBy = "blind171"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.title = None
    return wb, ws


def style_sheet(ws, max_row, max_col, font_name="Noto Sans CJK SC", size=9, bold_rows=()):
    _, Alignment, Border, Font, Side = _xl()
    thin = Side(style="thin")
    for r in range(1, max_row + 1):
        for c in range(1, max_col + 1):
            cell = ws.cell(row=r, column=c)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.font = Font(name=font_name, size=size, bold=(r in bold_rows))
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)


def page_setup(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4


def build_d1(path):
    from openpyxl.utils import get_column_letter
    _, Alignment, Border, Font, Side = _xl()
    wb, ws = new_book("Sheet1")
    put = ws.cell

    def m(rng, text=None):
        ws.merge_cells(rng)
        if text is not None:
            ws[rng.split(":")[0]] = text

    m("A1:J1", "部门整体支出绩效自评表")
    m("A2:J2", "(2018年度)")
    put(3, 1, "部门(单位)名称")
    m("B3:E3", "中共宁德市委党史和地方志研究室")
    m("F3:G3", "部门预算编码")
    m("H3:J3", "901001033")
    # funds block rows 4..13
    m("B4:B5", "资金结构\n(万元)")
    m("C4:F4", "预算安排")
    m("G4:H4", "拨付情况")
    m("I4:J4", "结余情况")
    heads = ["年初部门预算安排金额", "历年结余结转", "年中调整金额③", "小计\n④ = ①+② +③",
             "年度拨付金额", "支出实现率(%)\n⑥=⑤/④", "本年度结余金额\n⑦=④-⑤", "资金结余率\n(%)\n⑧=⑦/④"]
    for i, h in enumerate(heads):
        put(5, 3 + i, h)
    nums = [2537695, 213722.82, 0, 2751417.82, 2546673.98, "93%", 204743.84, "7%"]
    rows = ["财政资金小计", "①中央及省级财政资金", "②市级财政资金", "③县(市、区)财政资金",
            "其他资金小计", "①……", "合 计"]
    for k, lab in enumerate(rows):
        r = 6 + k
        put(r, 2, lab)
        if lab in ("财政资金小计", "②市级财政资金", "合 计"):
            for i, v in enumerate(nums):
                put(r, 3 + i, v)
    m("A4:A12", "财政资金安排和使用情况")
    # goals block 13..14
    m("A13:A14", "年度\n总体\n目标\n完成\n情况")
    m("B13:E13", "预期目标")
    m("F13:J13", "目标实际完成情况")
    m("B14:E14", "\n".join(D1_GOALS))
    m("F14:J14", "\n".join(D1_DONE))
    # indicator block 15..16
    m("A15:A16", "年度\n绩效\n指标\n完成\n情况")
    put(15, 2, "一级\n指标")
    put(15, 3, "二级\n指标")
    m("D15:E15", "三级指标")
    for i, h in enumerate(["指标解释", "绩效目标值", "实际完成值", "指标分值", "得分"]):
        put(15, 6 + i, h)
    put(16, 2, "产出\n指标\n(60分)")
    put(16, 3, "数量\n指标")
    put(16, 4, "指标1")
    put(16, 6, "按月发放员工工")
    last = 16
    style_sheet(ws, last, 10, bold_rows=(1,))
    _, Alignment, Border, Font, Side = _xl()
    ws["A1"].font = Font(name="Noto Sans CJK SC", size=14, bold=True)
    for r in (1, 2):
        for c in range(1, 11):
            ws.cell(r, c).border = Border()
    for c in ("B14", "F14"):
        ws[c].alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")
    widths = [9, 18, 14, 11, 11, 15, 13, 12, 12, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    heights = {1: 26, 2: 18, 3: 22, 4: 20, 5: 58, 14: 80, 15: 62, 16: 62}
    for r in range(6, 13):
        heights[r] = 20
    heights[13] = 20
    for r, h in heights.items():
        ws.row_dimensions[r].height = h
    page_setup(ws)
    wb.save(path)


def build_d2(path):
    from openpyxl.utils import get_column_letter
    _, Alignment, Border, Font, Side = _xl()
    wb, ws = new_book("Sheet1")
    top = 6   # five empty rows above the header, as on the page
    head = ["项目", "考核内容", "考核指标", "指标说明", "年度工作目标", "评分标准", "权数", "考评得分"]
    for i, h in enumerate(head):
        ws.cell(top, 1 + i, h)
    r0 = top + 1
    for k, (k2, name, expl, target, std, w) in enumerate(D2_ROWS):
        r = r0 + k
        if k2 is not None:
            ws.cell(r, 2, k2)
        ws.cell(r, 3, name)
        ws.cell(r, 4, expl)
        ws.cell(r, 5).value = target
        ws.cell(r, 5).data_type = "s"
        if std is not None:
            ws.cell(r, 6, std)
        if w:
            ws.cell(r, 7, int(w))
    last = r0 + len(D2_ROWS) - 1
    ws.merge_cells(start_row=r0, start_column=1, end_row=last, end_column=1)
    ws.cell(r0, 1, D2_L1)
    # pairs 结转结余 (rows r0+1, r0+2) and 应付账款 (r0+3, r0+4): 考核内容, 评分标准, 权数 merged
    for a in (r0 + 1, r0 + 3):
        for col in (2, 6, 7):
            ws.merge_cells(start_row=a, start_column=col, end_row=a + 1, end_column=col)
    style_sheet(ws, last, 8, bold_rows=(top,))
    for r in range(1, top):   # the empty leading rows carry no borders
        for c in range(1, 9):
            ws.cell(r, c).border = Border()
    for r in range(r0, last + 1):
        ws.cell(r, 4).alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")
    widths = [14, 14, 18, 46, 20, 22, 7, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    for r in range(1, top):
        ws.row_dimensions[r].height = 12
    ws.row_dimensions[top].height = 22
    for r in range(r0, last + 1):
        ws.row_dimensions[r].height = 78
    page_setup(ws)
    wb.save(path)


# --- DOCX helpers ---
def new_doc(font="Noto Sans CJK SC", size=10.5, landscape=False):
    import datetime
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), font)
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 1)
    cp.author = "blind171"
    cp.last_modified_by = "blind171"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return d


def para(d, text, bold=False, size=None, center=False, indent=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def cell_text(cell, text, bold=False, size=None, center=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    lines = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def set_widths(table, widths_cm):
    from docx.shared import Cm
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def build_d3(path):
    d = new_doc(size=9, landscape=True)
    para(d, "部门整体支出绩效评价指标表", bold=True, size=15, center=True)
    head = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "指标说明", "得分"]
    t = d.add_table(rows=1 + len(D3_ROWS), cols=9)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        cell_text(t.cell(0, i), h, bold=True)
    for k, r in enumerate(D3_ROWS):
        for i, v in enumerate(r):
            if v is not None:
                cell_text(t.cell(1 + k, i), v, center=i not in (6, 7))
    # merges: 投入/10/预算配置/10 over rows 1-2; 过程/60/预算执行/20 over rows 3-6
    for (a, b) in ((1, 2), (3, 6)):
        for col in (0, 1, 2, 3):
            txt = t.cell(a, col).text
            mc = t.cell(a, col).merge(t.cell(b, col))
            cell_text(mc, txt)
    set_widths(t, [1.6, 1.1, 1.9, 1.1, 3.2, 1.1, 7.0, 8.0, 1.1])
    d.save(path)


def build_d4(path):
    d = new_doc(size=10.5)
    para(d, "财政预算项目事前绩效评审专家组综合评价报告表", bold=True, size=15, center=True)
    para(d, "( 2020 预算年度)", center=True)
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    # field rows
    a = t.cell(0, 0).merge(t.cell(0, 2))
    cell_text(a, "评价项目:计划生育家庭特别扶助金          项目单位:鹤山市卫生健康局", center=False)
    b = t.cell(1, 0).merge(t.cell(1, 2))
    cell_text(b, "申报金额:93万元          建议金额:93万元          评价指标得分(平均):80", center=False)
    c = t.cell(2, 0).merge(t.cell(2, 2))
    cell_text(c, "评价方式  ■材料评审;■联席会修正;□实地走访二审;□现场答辩二审;□意见反馈修正", center=False)
    for i, h in enumerate(["评价内容", "评价说明", "专家组综合评价意见"]):
        cell_text(t.cell(3, i), h, bold=True)
    cell_text(t.cell(4, 0), "立项建议")
    cell_text(t.cell(4, 1),
              "申报项目的总体定性评价。包括:审核项目立项依据、项目不可替代性,是否同意立项的具体原因,"
              "专家组建议项目是否立项等。\n评价指标平均得分≦60分,项目不予立项。", center=False)
    opinion = (
        "本项目面向鹤山市独生子女死亡或伤残、病残后没有再生育也没有收养子女的夫妻,按一定标准发放特别扶助,"
        "用来减轻这类计划生育特殊家庭的生活困难,健全社会保障,体现社会公平。\n"
        "立项的依据有《关于印发<广东省计划生育家庭特别扶助制度实施方案>的通知》(粤人口计生委〔2009〕21号)、"
        "《关于印发<广东生活上计划生育家庭特别扶助制度实施细则>的通知》(粤人口计生委〔2009〕38号)和"
        "《转发<关于调整我市计划生育特殊困难家庭扶助标准>的通知》(鹤卫〔2016〕150号)等文件,依据充分。\n"
        "项目是延续性的民生项目,无法由其他项目替代。\n"
        "专家组经评审,建议该项目立项。"
    )
    cell_text(t.cell(4, 2), opinion, center=False)
    set_widths(t, [2.6, 5.0, 9.8])
    para(d, "1", center=True)   # page number carried in the stored text
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    cell_text(t2.cell(0, 0), "核定绩效目标")
    cell_text(t2.cell(0, 1), "核定项目总体绩效目标和具体量化绩效指标(包括产", center=False)
    cell_text(t2.cell(0, 2), "")
    set_widths(t2, [2.6, 5.0, 9.8])
    d.save(path)


def build_d5(path):
    d = new_doc(font="Noto Sans CJK TC", size=11)
    para(d, "中文版  |  蒙文版")
    para(d, "當前位置:首頁>公告公示")
    para(d, "日期:2024-06-12 11:20  來源:臨河區(qū)交通運輸局")
    para(d, "分享到:")
    para(d, "臨河區(qū)交通運輸局車輛購置稅收入補助地方資金轉(zhuǎn)移支付2023年度績效自評報告",
         bold=True, size=14, center=True)
    para(d, "一、基本情況", bold=True)
    para(d, "(一)臨河區(qū)交通運輸局車輛購置稅收入補助地方資金安排情況。", indent=True)
    para(d, "本項資金的來源是內蒙古自治區財政廳《關於下達2023年車輛購置稅收入補助地方資金預算(第七批)的通知》"
            "和巴彥淖爾市交通運輸局《關於2023年上級下達我市部分預算資金分配的報告》,用途為自然村通硬化路、"
            "建制村通雙車道和新建橋梁等工程;到2023年年底,這些工程都已完工。", indent=True)
    para(d, "(二)臨河區(qū)交通運輸局關(guān)于車輛購置稅收入補助地方資金整體績效目標情況。", indent=True)
    para(d, "依照巴財建〔2023〕1026號關於下達2023年車輛購置稅收入補助地方資金預算(第七批)的通知,"
            "我局獲下達353.6萬元,用於自然村通硬化路、建制村通雙車道、新建橋梁等。"
            + D5_GOAL + "。", indent=True)
    para(d, "到2023年12月31日止,我局已收到2023年車輛購置稅收入補助地方資金預算(第七批)資金353.6萬元,"
            "建成自然村通硬化路35公里、建制村通雙車道86公里等工程,群眾出行更加順暢安全,"
            "公路保持在良好的使用狀態。", indent=True)
    para(d, "二、綜合評價結(jié)論", bold=True)
    para(d, "臨河區(qū)交通運輸局車輛購置稅收入補助地方資金整體績效的自評分數為89分,等級為B。", indent=True)
    d.save(path)


BUILDERS = {D1: build_d1, D2: build_d2, D3: build_d3, D4: build_d4, D5: build_d5}

# ---------------------------------------------------------------------------
# EXPORT, ANNOTATIONS, CHECK
# ---------------------------------------------------------------------------


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for " + path)
    return pdf


def pdf_text(pdf):
    out = []
    for args in ([], ["-raw"], ["-layout"]):
        r = subprocess.run(["pdftotext"] + args + [pdf, "-"], capture_output=True, check=True)
        out.append(re.sub(r"\s+", "", r.stdout.decode("utf-8")))
    return out


def check(fname, pdf):
    g = GOLD[fname]
    texts = pdf_text(pdf)
    items = []
    for ind in g["indicators"]:
        items.append(("indicator", ind["name"]))
        if ind["target_text"]:
            items.append(("target", ind["target_text"]))
    for go in g["goals"]:
        items.append(("goal", go["text"]))
    for f in g["findings"]:
        items.append(("finding", f["item"]))
    bad = []
    for kind, s in items:
        key = re.sub(r"\s+", "", s)
        if not any(key in t for t in texts):
            bad.append((kind, s))
    return len(items), bad


def write_ann(fname, source):
    g = copy.deepcopy(GOLD[fname])
    doc = {"source": source}
    for k in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals",
              "facts", "findings", "notes"):
        doc[k] = g[k]
    with open(os.path.join(ANN, source + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(ANN, exist_ok=True)
    ok = True
    for fname, build in BUILDERS.items():
        path = os.path.join(HERE, fname)
        build(path)
        rezip(path)
        pdf = to_pdf(path)
        write_ann(fname, fname)
        write_ann(fname, os.path.basename(pdf))
        n, bad = check(fname, pdf)
        print("%-55s items %2d  missing %d" % (fname, n, len(bad)))
        for kind, s in bad:
            ok = False
            print("   MISSING", kind, repr(s))
    tot = {"indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for g in GOLD.values():
        for k in tot:
            tot[k] += len(g[k])
    print("gold totals:", tot)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
