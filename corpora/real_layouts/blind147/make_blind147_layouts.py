#!/usr/bin/env python3
"""Blind part blind147 of the real-layout corpus (information-system / digital-government projects).

Written by an annotator who has not read the toolkit's code. The gold below is written first, from the
stored page copies only; the files are built afterwards from the same content.

Run:  /tmp/venv/bin/python make_blind147_layouts.py
Writes: <name>.docx/.xlsx, <name>.pdf (LibreOffice) and annotations/<file>.json for each document.
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ZIP_DT = (2024, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------------------------------
# GOLD (written before anything else looks at the files)
# --------------------------------------------------------------------------------------------------

def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# 1 ---- 某数据库共享服务平台项目绩效评价指标 (taodocs, XLSX) --------------------------------------
D1 = "weizhi-mou-shujukugongxiangpingtai-pingjiazhibiao"
D1_ROWS = [
    # (二级 label as in the merged cell, 三级, 评分依据, 评分标准, 分值)
    ("目标设定情况\n(8分)", "依据的充分性", "项目设立依据是否充分,包括政策依据,是否符合公共财政支出的原则", "", 3),
    ("目标设定情况\n(8分)", "目标的明确度", "立项文件,招标文件,项目合同", "", 3),
    ("目标设定情况\n(8分)", "目标的合理性和可行性", "目标设置是否客观、科学、合理以及完成可能性", "", 2),
    ("目标完成程度\n(18分)", "目标完成率", "目标完成率", "", 6),
    ("目标完成程度\n(18分)", "目标完成质量", "依据监理报告、用户测试报告、第三方测试报告、专家验收评审报告", "", 6),
    ("目标完成程度\n(18分)", "完成的及时性", "项目预期目标是否如期完成,未按期完成的理由是否充分", "", 3),
    ("目标完成程度\n(18分)", "验收的有效性",
     "项目验收方式的合理性,验收机构的权威性和验收结果的公正性等。资料依据:项目合同、竣工验收资料", "", 3),
    ("组织管理水平\n(8分)", "管理制度保障", "项目管理相关档案资料是否完整", "", 2),
    ("组织管理水平\n(8分)", "支撑条件保障", "项目实施的组织机构设立、人员职责明确、后续维护保障能力", "", 3),
    ("组织管理水平\n(8分)", "质量管理水平", "依据质量管理文档、测试报告",
     "根据质量管理文档、测试报告完整到位程度\n系统进入运行维护期,根据合同规定要求进行维护", 3),
    ("项目硬件设备采购、实施\n(10分)", "采购方式的合规性", "依据招标文件、招标公告、评标报告、中标公告等", "", 2),
    ("项目硬件设备采购、实施\n(10分)", "硬件设备的可用性", "硬件配置是否满足应用系统运行实际需要,", "", None),
]
_no_scale = ["依据的充分性", "目标的明确度", "目标的合理性和可行性", "目标完成质量", "完成的及时性",
             "验收的有效性", "管理制度保障", "支撑条件保障", "采购方式的合规性"]
G1 = {
    "source": D1 + ".xlsx",
    "source_urls": ["https://m.taodocs.com/p-444159788.html"],
    "province": "未知",
    "doc_kind": "绩效评价指标体系(评分表)",
    "patterns": [1, 5],
    "indicators": [ind("业务指标", re.sub(r"\n.*", "", r[0]), r[1], weight=r[4]) for r in D1_ROWS],
    "goals": [],
    "facts": [
        {"metric": "目标设定情况分值", "kind": "sum", "total": 8, "parts": [3, 3, 2], "unit": "分"},
        {"metric": "目标完成程度分值", "kind": "sum", "total": 18, "parts": [6, 6, 3, 3], "unit": "分"},
        {"metric": "组织管理水平分值", "kind": "sum", "total": 8, "parts": [2, 3, 3], "unit": "分"},
    ],
    "findings": (
        [{"rule": "target.rate_no_formula", "item": "目标完成率",
          "why": "评分依据只重复指标名“目标完成率”,没有分子分母或计算口径,也没有评分标准"}]
        + [{"rule": "target.qualitative_no_scale", "item": n,
            "why": "定性评价指标,“评分标准”栏为空,没有分档得分规则"} for n in _no_scale]
    ),
    "notes": (
        "Stored page (taodocs preview of 评价指标及评分.xls, uploaded 2020/11/28) stops inside the row "
        "“硬件设备的可用性” after “硬件配置是否满足应用系统运行实际需要,”; the sheet stops there too, the row has no "
        "评分标准 and no 分值 (weight null), and the 二级 block “项目硬件设备采购、实施(10分)” cannot be summed "
        "(only 2 of its points are visible), so no fact for it. Province unknown (the title says 某数据库共享服务平台), "
        "province recorded as 未知. Header reconstructed from the flattened text: row 1 基本指标 (merged over 一级/二级) | "
        "具体指标 | 指标数值测算依据和数据资料获取途径 | 评分标准 | 指标分值; row 2 一级指标 | 二级指标 | 三级指标 | 评分依据. "
        "Text cells that follow a 三级 name were put in 评分依据 and the 评分标准 column was left empty, as the page "
        "shows only one line of 评分标准 text; the two loose lines “根据质量管理文档、测试报告完整到位程度” and "
        "“系统进入运行维护期,根据合同规定要求进行维护” appear together after 质量管理水平 and were kept together in its "
        "评分标准 cell (judgement call). “目标完成率” has “目标完成率” as its 评分依据, kept as found. This is an evaluation "
        "scoring frame, not a target table: there are no target values, so operator/value/unit/target_text are null and "
        "weight is the 分值. level1 is 业务指标 for all rows (merged label column). The missing-scale findings are one "
        "per visible row whose 评分标准 cell is empty (the cut last row is not flagged). All visible 二级 subtotals add up."
    ),
}

# 2 ---- 信息化类项目绩效评价指标体系 (diyifanwen page 3, DOCX) --------------------------------------
D2 = "weizhi-mou-xinxihualeixiangmu-pingjiazhibiaotixi"
D2_ROWS = [
    # (一级, 二级, 三级, 分值, 评分标准)
    ("业务指标", "", "目标的明确度", 3, "项目预定目标是否明确(明确:3分,基本明确:2分,不明确:0分)。"),
    ("业务指标", "", "目标的合理性", 3, "项目预定目标是否合理(合理:3分,基本合理:2分,不合理:0分)。"),
    ("业务指标", "项目完成程度", "项目计划建设内容完成率", 10,
     "项目设定的建设内容5个子项是否完成(全部完成得10分,每个子项2分,按各子项完成的百分比得分)。"),
    ("业务指标", "项目完成程度", "项目完成质量", 3, "项目的技术指标和质量管理是否达到合同要求(达到:3分,未达到0分)。"),
    ("业务指标", "项目完成程度", "项目完成的及时性", 3, "是否按方案要求及时完成(及时完成:3分,未及时完成:0分)。"),
    ("业务指标", "项目完成程度", "项目验收的有效性", 4,
     "验收机构客观独立、公正、验收方式合理(全部验收:4分,部分组织验收:2分,未经验收:0分)。"),
    ("业务指标", "组织管理水平", "管理制度保障", 2,
     "项目相关管理制度是否健全落实、项目档案资料是否完整(制度健全、档案完整的得2分,基本健全、完整的得1分,未建立、无档案的0分)。"),
    ("业务指标", "组织管理水平", "支撑条件保障", 2,
     "项目成立组织机构,人员职责明确:1分,否则不得分;是否对相关人员进行项目方案、项目管理、项目实施等方面的培训,进行培训1分,未培训0分。"),
    ("", "", "招投标的合规性", 3,
     "硬件、软件、监理的采购是否符合招投标的规定(符合得1.5分,1个子项不符扣0.5分);是否符合立项批复(符合得1.5分,1个子项不符扣0.5分)。"),
    ("", "", "项目灾备实现程度", 5, "1、数据备份系统(有3分,无0分);2、备用数"),
    ("", "", "安全审计日志覆盖度", 3, ""),
    ("", "", "设备配置保护覆盖度", 2, ""),
]
G2 = {
    "source": D2 + ".docx",
    "source_urls": ["https://www.diyifanwen.net/c2nhpl7ksx76tzp834d3b207lq1bb5x01eg3_3.html"],
    "province": "未知",
    "doc_kind": "绩效评价指标体系(评分表)",
    "patterns": [1],
    "indicators": [ind(r[0] or None, r[1] or None, r[2], weight=r[3]) for r in D2_ROWS],
    "goals": [],
    "facts": [
        {"metric": "项目计划建设内容完成率分值(5个子项×2分)", "kind": "sum", "total": 10, "parts": [2, 2, 2, 2, 2], "unit": "分"},
        {"metric": "支撑条件保障分值", "kind": "sum", "total": 2, "parts": [1, 1], "unit": "分"},
        {"metric": "招投标的合规性分值", "kind": "sum", "total": 3, "parts": [1.5, 1.5], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "The stored page is page 3 of a shared Word file (第一范文网, 2025/6/17) whose table text was flattened and "
        "scrambled column by column; it starts inside the table (first visible fragment “…分性”, the end of a 三级 name "
        "cut at the page top, kept as a cut first row with no name and no gold row) and stops inside the 评分标准 of "
        "“项目灾备实现程度” at “2、备用数”. The row order was rebuilt by matching each 分值 to its 评分标准 (judgement "
        "call): 目标的明确度 3, 目标的合理性 3, 项目计划建设内容完成率 10, 项目完成质量 3, 项目完成的及时性 3, "
        "项目验收的有效性 4, 管理制度保障 2, 支撑条件保障 2, 招投标的合规性 3, 项目灾备实现程度 5, 安全审计日志覆盖度 3, "
        "设备配置保护覆盖度 2. The 二级 names 项目完成程度 and 组织管理水平 and the 一级 业务指标 are read from the broken "
        "fragments “项目完项目完质量 成程度”, “业务组织管管理 … 理水平”, “指标”; the 二级 of the two 目标 rows lies on the "
        "previous page and is left empty (null); 一级/二级 of 招投标的合规性 and the three security rows are not on the "
        "page and are left empty (null). The last two rows have no 评分标准 because the page stops before them. No 二级 "
        "subtotal is stated, so only the point splits written inside the scoring rules are facts (all add up). No target "
        "values (an evaluation frame), so operator/value/unit/target_text are null. Every visible row has a graded scoring "
        "rule, so no finding; the cut rows are not flagged. Province unknown (未知)."
    ),
}

# 3 ---- 吉林 数字吉林 专项资金 绩效评价报告摘要 (prose, DOCX) ---------------------------------------
D3 = "jilin-shengji-shuzijilin-zhuanxiangzijin-pingjiabaogao"
G3 = {
    "source": D3 + ".docx",
    "source_urls": ["http://czt.jl.gov.cn/ztzl/jxgl/gzdt/202404/t20240423_3148466.html"],
    "province": "吉林",
    "doc_kind": "绩效评价报告(摘要)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2019-2021年专项资金预算安排", "kind": "sum", "total": 100500, "parts": [35500, 30000, 35000], "unit": "万元"},
        {"metric": "实际到位资金(使用+结余)", "kind": "sum", "total": 100500, "parts": [98694.55, 1805.45], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "Stored page (吉林省财政厅 绩效管理专栏, 2024-04-23) holds the whole 摘要 up to the end of 问题“二是” (项目未及时完成验收); "
        "the document stops there (no 三是, no 建议 on the page). Prose only, no indicator table, no stated goal text. "
        "Numbers kept as written: 100500 = 35500 + 30000 + 35000 (2019/2020/2021) ✓; 到位 100500, 使用 98694.55, "
        "执行率 98.20% (98694.55/100500 = 98.2035% ✓); 2019年结余资金 1805.45 = 100500 − 98694.55 ✓ (the page ties the "
        "whole 结余 to 2019; kept). 评价结果“良” is given without a total score, so the grade cannot be checked: no finding. "
        "125个政务信息化新建项目 kept. The 存在问题 text itself says project units set no performance targets; that is the "
        "report's own finding, not a defect of this document, so no rule finding. Sentences of 评价结论/存在问题 are "
        "re-worded, numbers and names kept."
    ),
}

# 4 ---- 海南 东方市公安局 公安信息系统维护费 自评报告 (prose, DOCX) ----------------------------------
D4 = "hainan-dongfang-gonganxinxixitongweihu-zipingbaogao"
D4_GOAL_ALL = "视频监控系统已成为最重要的破案手段之一,同时也是震慑、减少了违法犯罪发生,充分利用科技信息技术手段,进一步提高破案率。"
D4_GOAL_YEAR = "2022年年度目标是充分利用视频监控技术手段,提高破案率。"
G4 = {
    "source": D4 + ".docx",
    "source_urls": ["https://datauseful.com/bidding/detail/8762780188123618683"],
    "province": "海南",
    "doc_kind": "项目支出绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "总体目标", "text": D4_GOAL_ALL},
        {"kind": "年度目标", "text": D4_GOAL_YEAR},
    ],
    "facts": [
        {"metric": "资金总额-年初预算数", "kind": "sum", "total": 1810000, "parts": [1810000, 0, 0], "unit": "元"},
        {"metric": "资金总额-全年预算数", "kind": "sum", "total": 1810000, "parts": [1810000, 0, 0], "unit": "元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": D4_GOAL_ALL,
         "why": "总体目标只写“进一步提高破案率”,没有数值、基数或期限"},
        {"rule": "goal.unquantified", "item": D4_GOAL_YEAR,
         "why": "年度目标“提高破案率”没有目标值;且2023年度报告写的是“2022年年度目标”"},
        {"rule": "target.vague_wording", "item": D4_GOAL_ALL,
         "why": "用“进一步提高”“充分利用”等模糊动词,无数字"},
    ],
    "notes": (
        "Page copy on datauseful.com of 东方市公安局 notice (索引号 00825321-3/2023-00106, 2023年12月29日). The stored page "
        "stops at the heading “(三)项目资金实” (cut inside a word); the document stops there too, so no indicator table "
        "reaches the document (indicators empty; goal.unmeasured not flagged because the indicators may follow). "
        "The goal texts are kept verbatim (they are short); background sentences are re-worded. Kept as found: the 2023 "
        "report states a “2022年年度目标” (year mismatch, noted in the finding's why); the goal is about 破案率 while the "
        "project pays for information-system maintenance and 安全等级评定 (relevance doubt, not given a rule); "
        "“当年年度目标完成情况:已完成,目标已达到。” has no evidence. Money: 资金总额 = 财政资金 + 专户 + 单位 (1810000 = "
        "1810000 + 0 + 0, 元) for both 年初预算数 and 全年预算数 ✓. Also “减少了违法犯罪发生” grammar kept."
    ),
}

GOLD = [G1, G2, G3, G4]

# --------------------------------------------------------------------------------------------------
# BUILDERS
# --------------------------------------------------------------------------------------------------

def fix_zip(path):
    """Rewrite a zip container with fixed timestamps and sorted-stable order (determinism)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def set_docx_core(doc, title):
    cp = doc.core_properties
    cp.author = "blind147"
    cp.last_modified_by = "blind147"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def docx_font(doc):
    from docx.oxml.ns import qn
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = __import__("docx").shared.Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def build_d1(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "评价指标及评分"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws["A1"] = "附件1:"
    ws["A2"] = "某数据库共享服务平台项目绩效评价指标"
    ws.merge_cells("A2:F2")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A2"].alignment = Alignment(horizontal="center")
    # header rows 3-4
    ws["A3"] = "基本指标"
    ws.merge_cells("A3:B3")
    ws["C3"] = "具体指标"
    ws["D3"] = "指标数值测算依据和数据资料获取途径"
    ws["E3"] = "评分标准"
    ws.merge_cells("E3:E4")
    ws["F3"] = "指标\n分值"
    ws.merge_cells("F3:F4")
    ws["A4"] = "一级指标"
    ws["B4"] = "二级指标"
    ws["C4"] = "三级指标"
    ws["D4"] = "评分依据"
    r0 = 5
    for i, (l2, l3, basis, std, pts) in enumerate(D1_ROWS):
        r = r0 + i
        ws.cell(r, 3, l3)
        ws.cell(r, 4, basis)
        ws.cell(r, 5, std if std else None)
        ws.cell(r, 6, pts)
    last = r0 + len(D1_ROWS) - 1
    ws.cell(r0, 1, "业务指标")
    ws.merge_cells(start_row=r0, start_column=1, end_row=last, end_column=1)
    # merge 二级 blocks
    i = 0
    while i < len(D1_ROWS):
        j = i
        while j + 1 < len(D1_ROWS) and D1_ROWS[j + 1][0] == D1_ROWS[i][0]:
            j += 1
        ws.cell(r0 + i, 2, D1_ROWS[i][0])
        if j > i:
            ws.merge_cells(start_row=r0 + i, start_column=2, end_row=r0 + j, end_column=2)
        i = j + 1
    for row in ws.iter_rows(min_row=3, max_row=last, min_col=1, max_col=6):
        for c in row:
            c.border = border
            c.alignment = wrap
    for col, w in zip("ABCDEF", (10, 16, 18, 40, 34, 8)):
        ws.column_dimensions[col].width = w
    ws.row_dimensions[3].height = 30
    for r in range(r0, last + 1):
        ws.row_dimensions[r].height = 48
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind147"
    wb.properties.lastModifiedBy = "blind147"
    wb.properties.title = "评价指标及评分"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(out)


def build_d2(out):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    docx_font(doc)
    set_docx_core(doc, "信息化类项目绩效评价指标体系")
    p = doc.add_paragraph("信息化类项目绩效评价指标体系(续)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    rows = [("", "", "…分性", "", "")] + [(a, b, c, str(d), e) for a, b, c, d, e in D2_ROWS]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    hdr = ["一级指标", "二级指标", "三级指标", "分值", "评分标准"]
    for k, h in enumerate(hdr):
        t.cell(0, k).text = h
    for i, row in enumerate(rows, start=1):
        for k, v in enumerate(row):
            t.cell(i, k).text = v
    # merged 一级 label column over the rows that carry 业务指标 (rows 1..9: cut row + 8 rows)
    def merge_col(col, a, b, text):
        c = t.cell(a, col).merge(t.cell(b, col))
        c.text = text
    merge_col(0, 1, 9, "业务指标")
    merge_col(1, 1, 3, "")
    merge_col(1, 4, 7, "项目完成程度")
    merge_col(1, 8, 9, "组织管理水平")
    from docx.shared import Cm
    for k, w in enumerate((2.2, 2.6, 3.6, 1.4, 7.6)):
        for cell in t.columns[k].cells:
            cell.width = Cm(w)
    doc.save(out)


def build_d3(out):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    docx_font(doc)
    set_docx_core(doc, "绩效评价报告摘要")
    p = doc.add_paragraph("绩效评价报告摘要")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    doc.add_paragraph("一、项目资金投入及支出情况")
    doc.add_paragraph("2019-2021年专项资金预算安排共为100500万元。其中:2019年35500万元;2020年30000万元;2021年35000万元。")
    doc.add_paragraph("截至绩效评价报告日,实际到位资金100500万元,实际使用资金98694.55万元,资金执行率为98.20%。"
                      "其中2019年结余资金1805.45万元吉林省财政厅(以下简称“省财政厅”)已全部收回。")
    doc.add_paragraph("二、评价结论")
    doc.add_paragraph("本次绩效评价结果为“良”。2019-2021年我省“数字吉林”建设专项资金共支持全省125个政务信息化新建项目,"
                      "打破了以往政务信息化各自为政、条块分割的局面,形成了全省政务信息系统统筹建设的体系,"
                      "全省公共数据的统一存储、整合、共享、开放和监管已基本实现全过程管理。")
    doc.add_paragraph("三、存在问题")
    doc.add_paragraph("一是专项资金设立初期项目立项材料不完整,项目预算编制过程不详细。专项资金刚设立时尚无完整的管理体系,"
                      "只是请专家评审各省直部门报送的征报书并以此作为立项依据。2019年部分项目的申报材料缺少可行性研究报告和初步设计方案,"
                      "部分项目的预算没有按单价和数量细算,也缺少取费标准。2020年及2021年已对上述情况整改,立项依据相对充分,"
                      "立项程序较为规范。")
    doc.add_paragraph("二是项目绩效管理不够规范,项目验收不够及时。各项目单位报送申请材料时没有报送项目绩效目标,也未形成绩效评价报告;"
                      "吉林省政务服务和数字化建设管理局(以下简称“省政数局”)对未设立绩效目标的情况没有及时跟踪督促。"
                      "实施中因政策和需求变化、需求单位人员流动,需求确认不及时,建设需求频繁变动,部分项目建设内容改动较大,"
                      "建设周期延长,项目未及时完成验收。")
    doc.save(out)


def build_d4(out):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    docx_font(doc)
    set_docx_core(doc, "东方市公安局2023年度财政公安信息系统维护费及安全等级评定费项目绩效自评报告")
    doc.add_paragraph("索 引 号: 00825321-3/2023-00106    分类: 财政、金融、审计")
    doc.add_paragraph("发文机关: 东方市公安局    发文日期: 2023年12月29日 09:53")
    doc.add_paragraph("名称: 东方市公安局2023年度财政公安信息系统维护费及安全等级评定费项目绩效自评报告")
    doc.add_paragraph("文号: 无    主 题 词: 无")
    p = doc.add_paragraph("东方市公安局2023年度财政公安信息系统维护费及安全等级评定费项目")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    p = doc.add_paragraph("绩效自评报告")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    doc.add_paragraph("一、项目概况")
    doc.add_paragraph("(一)项目基本情况:")
    doc.add_paragraph("公安信息系统维护费及安全等级评定费项目为公安业务数据信息系统以及视频前端图像采集和存证提供基础保障,"
                      "用于保证在用设备正常运行,随时掌握信息系统的资源现状和配置信息,使各类业务应用系统可靠、高效、持续、安全地运行。")
    doc.add_paragraph("(二)项目年度预算绩效目标和绩效指标设定情况")
    doc.add_paragraph("总体目标:" + D4_GOAL_ALL)
    doc.add_paragraph(D4_GOAL_YEAR)
    doc.add_paragraph("当年年度目标完成情况:已完成,目标已达到。")
    doc.add_paragraph("二、项目决策及资金使用管理情况")
    doc.add_paragraph("(一)项目决策情况")
    doc.add_paragraph("项目以“平安东方”创建为总抓手,建设、防范、打击并举,保障公安信息系统正常运行,构建立体化社会治安防控体系,"
                      "预防和减少违法犯罪及矛盾纠纷,维护全市社会大局持续稳定。")
    doc.add_paragraph("(二)项目资金安排落实、总投入等情况预算情况")
    doc.add_paragraph("如下:")
    doc.add_paragraph("资金总额-年初预算数1810000元,资金总额-全年预算数1810000元,")
    doc.add_paragraph("财政资金-年初预算数1810000元,财政资金-全年预算数1810000元,")
    doc.add_paragraph("专户-年初预算数0元,专户全年预算数0元,")
    doc.add_paragraph("单位年初预算数0元,单位全年预算数0元。")
    doc.add_paragraph("(三)项目资金实")
    doc.save(out)


BUILD = [(G1, D1, ".xlsx", build_d1), (G2, D2, ".docx", build_d2),
         (G3, D3, ".docx", build_d3), (G4, D4, ".docx", build_d4)]


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    for i in gold["indicators"]:
        for k in ("name", "target_text"):
            if i[k] and norm(i[k]) not in txt:
                missing.append((k, i[k]))
    for g in gold["goals"]:
        if norm(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    ok = True
    for gold, stem, ext, fn in BUILD:
        src = os.path.join(HERE, stem + ext)
        fn(src)
        fix_zip(src)
        pdf = to_pdf(src)
        for fname in (stem + ext, stem + ".pdf"):
            g = copy.deepcopy(gold)
            g["source"] = fname
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check_pdf(pdf, gold)
        print(stem, "indicators", len(gold["indicators"]), "findings", len(gold["findings"]),
              "missing-in-pdf", miss)
        ok = ok and not miss
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
