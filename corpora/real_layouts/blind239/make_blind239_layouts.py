"""Build the blind239 test documents (DOCX/XLSX + PDF) and their gold annotations.

The gold is written below first, before any file is built or read back.
Run: /tmp/wvenv/bin/python make_blind239_layouts.py
"""

import copy
import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind239"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)
CJK_FONT = "Noto Sans CJK SC"

URL_YC = "https://yun.nxeduyun.com/index.php?cid=71436&id=944986&r=space%2Fschool%2Ftheme%2Fcontent%2Fview"
URL_CQ = "https://www.syfww.com/bgfw/kaocha/nww335.html"
URL_ZQ = "http://www.zqx.gov.cn/info/1041/90950.htm"

F_YC_DOCX = "blind239_yinchuan21xiao_2019_mubiao.docx"
F_YC_XLSX = "blind239_yinchuan21xiao_2019_mubiao_fujian.xlsx"
F_CQ_DOCX = "blind239_chongqing_keji_kaoping.docx"
F_ZQ_DOCX = "blind239_zhouqu_chengguan_ziping_2024.docx"

# ---------------------------------------------------------------------------
# Gold (written before anything is built)
# ---------------------------------------------------------------------------

YC_GOAL = ("本年申请资金372万元,弥补学校公用经费缺口,主要支付两个校区的物业费、"
           "冬季采暖费和维修费,以及特岗教师的工资。")


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


YC_INDICATORS = [
    ind("产出指标", "数量指标", "按要求合理支付", None, None, None, "按在校学生数核算经费"),
    ind("产出指标", "数量指标", "当年在校学生数", "=", 4953, None, "当年在校学生数4953"),
    ind("产出指标", "质量指标", "义务教育学校正常运转", None, None, None, "按要求完成当年的教育教学工作"),
    ind("产出指标", "时效指标", "贯穿全年", None, None, None, "当年的所有时间"),
    ind("产出指标", "成本指标", "按要求合理支付", None, None, None, "确保教学工作正常运行"),
    ind("效益指标", "经济效益指标", "促进市场繁荣", None, 372, "万元",
        "372万元将用于学校运转支出,确保教学工作正常运行"),
    ind("效益指标", "社会效益指标", "不增加百姓负担", None, None, None,
        "利用义教补助资金提高学校公用经费标准,资金由自治区保障,不向家长收取"),
    ind("效益指标", "可持续影响指标", "长期实施", None, None, None, "自治区政策,长期实施"),
]

YC_FINDINGS = [
    {"rule": "goal.budget_text", "item": YC_GOAL[:20],
     "why": "绩效目标只说明372万元怎么花(物业、采暖、维修、特岗工资),没有产出或效果"},
    {"rule": "target.missing_unit", "item": "当年在校学生数",
     "why": "指标值写成“当年在校学生数4953”,数字没有单位(人)"},
    {"rule": "target.duplicate", "item": "按要求合理支付",
     "why": "同一个三级指标名同时出现在数量指标和成本指标下"},
    {"rule": "target.missing_value", "item": "按要求合理支付",
     "why": "数量行只写“按在校学生数核算经费”、成本行只写“确保教学工作正常运行”,都没有数值或单位成本"},
    {"rule": "target.qualitative_no_scale", "item": "义务教育学校正常运转",
     "why": "“按要求完成当年的教育教学工作”是定性表述,没有可衡量的等级或比率"},
    {"rule": "target.time_no_deadline", "item": "贯穿全年",
     "why": "时效指标只写“当年的所有时间”,没有完成时点或及时率"},
    {"rule": "target.input_or_process", "item": "促进市场繁荣",
     "why": "经济效益栏写的是372万元用于学校运转支出,是资金投入而不是效益"},
    {"rule": "target.qualitative_no_scale", "item": "不增加百姓负担",
     "why": "社会效益只有政策性描述,没有衡量口径"},
    {"rule": "target.qualitative_no_scale", "item": "长期实施",
     "why": "可持续影响只写“自治区政策,长期实施”,无法评判"},
]

YC_FACTS = [
    {"metric": "年度资金总额", "kind": "sum", "total": 372, "parts": [372], "unit": "万元"},
]

YC_NOTES = ("页面是学校的公开通知加附件目标表;存储的页面在“满意度指标 |”处中断,满意度行的三级指标与指标值看不到,"
            "所以不判满意度维度缺失。表中“绩效目标”与“绩效指标”之间有三行空行,照录。"
            "“当年在校学生数4953”把名称写进了指标值,数字无单位;按原样把数值记为4953、运算符记为“=”。"
            "“其他资金”一栏为空。通知正文和绩效目标句子已改写,数字保留;表内指标值照录。")

CQ_BLOCKS = [
    # (number, parent name, rule label, parent weight, [(sub name, weight)])
    ("1、", "立專案標的合理性", "(三項累加)", 8,
     [("目標一致性", 2), ("技術創新性", 4), ("經濟實用性", 2)]),
    ("5、", "專案的經濟效益", "(三項累加)", 10,
     [("銷售收入目標完成情況", 3), ("利稅目標完成情況", 3), ("投入利稅率", 4)]),
    ("2、", "立專案標完成程度", "(只選其中一項)", 8,
     [("達到預期目標", 8), ("基本達到預期目標", 5), ("未達到預期目標", 0)]),
    ("6、", "專案的社會效益", "(三項累加)", 10,
     [("技術受益範圍", 4), ("產品結構調整", 3), ("生產工藝提高", 3)]),
    ("3、", "專案驗收的有效性", "(三項累加)", 8,
     [("驗收程式合法性", 3), ("驗收結果公正性", 3), ("驗收機構權威性", 2)]),
    ("7、", "專案可持續性影響", "(三項累加)", 8,
     [("節能降耗", 3), ("環保安全", 3), ("協同發展", 2)]),
    ("4、", "專案組織管理水平", None, None,
     [("管理機構保障", None), ("規章制度保障", None)]),
]


def cq_indicators():
    rows = []
    order = sorted(CQ_BLOCKS, key=lambda b: int(b[0][0]))
    for _num, parent, rule, pweight, subs in order:
        if rule == "(只選其中一項)":
            rows.append(ind("業務考評", None, parent, None, None, None, None, weight=pweight))
            continue
        for sub, w in subs:
            rows.append(ind("業務考評", parent, sub, None, None, None, None, weight=w))
    return rows


CQ_FACTS = [
    {"metric": parent, "kind": "sum", "total": pw, "parts": [w for _s, w in subs], "unit": "分"}
    for _n, parent, rule, pw, subs in CQ_BLOCKS if rule == "(三項累加)"
]

CQ_NOTES = ("重庆市科学技术委员会制《科技专项资金项目绩效考评报告》空白范本;存储页面是繁体字,且经过了词语转换"
            "(“项目”变成“專案”,“立项目标”变成“立專案標”,“程序”变成“程式”),照原样保留繁体和这些错字。"
            "考评时间一行原文缺“月”字(“年 日至”),照录。业务考评(60分)表是左右两栏并排(左1–4项,右5–7项),"
            "每项的子项与分值在同一单元格内逐行堆叠;“立專案標完成程度”的三个子项是只选一项的档次(8/5/0分),"
            "记为一行、分值8。存储页面在第4项“(3)支撐條…”处中断:第4项的子项分值、右栏第8项以及财务考评部分都看不到,"
            "所以不核对业务考评合计是否等于60分,第4项只收录前两个可见子项(分值为空)。"
            "这是未填写的范本,没有目标值和得分,故不作目标类判定。")

ZQ_FACTS = [
    {"metric": "社区职工人数", "kind": "sum", "total": 68, "parts": [24, 25, 19], "unit": "人"},
]

ZQ_NOTES = ("舟曲县城关镇社区卫生服务中心2024年度预算执行绩效自评报告的开头;存储页面在“其中基本支出329.948302万元,项”处中断,"
            "项目支出金额和后面的绩效指标完成情况都看不到,所以没有指标行,也不判定任何目标问题;"
            "全年预算数只能看到一个组成部分,不记为求和事实。职工人数68=24+25+19可以核对。叙述已改写,数字、名称照录"
            "(原文“,,2楼”的重复逗号在改写时未保留)。")

GOLD = {
    F_YC_DOCX: {
        "source_urls": [URL_YC], "province": "宁夏回族自治区",
        "doc_kind": "学校项目支出预算绩效目标公开通知(附目标表)",
        "patterns": [1, 6, 8],
        "indicators": YC_INDICATORS,
        "goals": [{"kind": "绩效目标", "text": YC_GOAL}],
        "facts": YC_FACTS, "findings": YC_FINDINGS, "notes": YC_NOTES,
    },
    F_YC_XLSX: {
        "source_urls": [URL_YC], "province": "宁夏回族自治区",
        "doc_kind": "自治区本级部门项目支出预算绩效目标表(学校)",
        "patterns": [1, 6],
        "indicators": YC_INDICATORS,
        "goals": [{"kind": "绩效目标", "text": YC_GOAL}],
        "facts": YC_FACTS, "findings": YC_FINDINGS,
        "notes": YC_NOTES + " 本文件只复制附件表格部分。",
    },
    F_CQ_DOCX: {
        "source_urls": [URL_CQ], "province": "重庆市",
        "doc_kind": "科技专项资金项目绩效考评报告范本(科研项目,空白表)",
        "patterns": [3, 5, 8],
        "indicators": cq_indicators(),
        "goals": [],
        "facts": CQ_FACTS, "findings": [], "notes": CQ_NOTES,
    },
    F_ZQ_DOCX: {
        "source_urls": [URL_ZQ], "province": "甘肃省",
        "doc_kind": "社区卫生服务中心预算执行情况绩效自评报告(叙述,开头部分)",
        "patterns": [],
        "indicators": [], "goals": [],
        "facts": ZQ_FACTS, "findings": [], "notes": ZQ_NOTES,
    },
}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def set_run_font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = CJK_FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), CJK_FONT)


def add_par(doc, text, size=10.5, bold=False, center=False, indent=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    set_run_font(p.add_run(text), size, bold)
    return p


def set_cell(cell, text, size=9, bold=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        set_run_font(para.add_run(line), size, bold)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    cp = doc.core_properties
    cp.author = "blind239"
    cp.last_modified_by = "blind239"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def normalize_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed times and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    core = "docProps/core.xml"
    if core in items:
        txt = items[core].decode("utf-8")
        txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                     r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
        txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                     r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
        items[core] = txt.encode("utf-8")
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    tmp.replace(path)


def normalize_pdf(path):
    data = path.read_bytes()

    def fix_date(m):
        head, inner = m.group(1), m.group(2)
        fixed = b"D:20240101000000"
        inner_new = (fixed + b"Z" * len(inner))[:len(inner)] if len(inner) >= len(fixed) else inner
        return head + b"(" + inner_new + b")"

    data = re.sub(rb"(/CreationDate\s*)\(([^)]*)\)", fix_date, data)
    data = re.sub(rb"(/ModDate\s*)\(([^)]*)\)", fix_date, data)

    def zero_hex(m):
        return m.group(1) + b"0" * len(m.group(2)) + m.group(3)

    def fix_id(m):
        return re.sub(rb"(<)([0-9A-Fa-f]+)(>)", zero_hex, m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_id, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()", zero_hex, data)

    def fix_xmp(m):
        size = len(m.group(2))
        return m.group(1) + b"2024-01-01T00:00:00Z"[:size].ljust(size, b" ") + m.group(3)

    data = re.sub(rb"(<xmp:\w+Date>)([^<]*)(</xmp:\w+Date>)", fix_xmp, data)
    path.write_bytes(data)


def to_pdf(path):
    outdir = path.parent
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# 1. 宁夏银川市二十一小 notice (DOCX) and its attached form (XLSX)
# ---------------------------------------------------------------------------

YC_NOTICE = ("2019年自治区政府预算草案经自治区第十二届人民代表大会第二次会议审议通过后,依照《中共中央 国务院关于全面实施预算绩效管理的意见》"
             "(中发〔2018〕34号)的要求,并参照《预算法》关于预算批复和公开的规定,我校把义务教育专项资金、自治区青少年校园足球与学校体育专项资金、"
             "学校体育设施向社会免费开放三个项目的2019年部门项目支出预算绩效目标向社会公开。")

YC_HEADER = [
    ("项目名称", "义务教育专项资金-宁夏银川市二十一小"),
]

YC_ROWS = [
    # (一级, 二级, 三级, 指标值)
    ("产出指标", "数量指标", "按要求合理支付", "按在校学生数核算经费"),
    ("产出指标", "数量指标", "当年在校学生数", "当年在校学生数4953"),
    ("产出指标", "质量指标", "义务教育学校正常运转", "按要求完成当年的教育教学工作"),
    ("产出指标", "时效指标", "贯穿全年", "当年的所有时间"),
    ("产出指标", "成本指标", "按要求合理支付", "确保教学工作正常运行"),
    ("效益指标", "经济效益指标", "促进市场繁荣", "372万元将用于学校运转支出,确保教学工作正常运行"),
    ("效益指标", "社会效益指标", "不增加百姓负担", "利用义教补助资金提高学校公用经费标准,资金由自治区保障,不向家长收取"),
    ("效益指标", "可持续影响指标", "长期实施", "自治区政策,长期实施"),
    ("满意度指标", "", "", ""),
]


def yc_docx_table(doc):
    n_rows = 7 + 3 + 1 + len(YC_ROWS)
    t = doc.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    widths = [Cm(2.2), Cm(2.4), Cm(2.8), Cm(3.6), Cm(6.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    c = t.cell
    set_cell(c(0, 0), "项目名称")
    c(0, 1).merge(c(0, 4))
    set_cell(c(0, 1), "义务教育专项资金-宁夏银川市二十一小")
    set_cell(c(1, 0), "主管部门")
    set_cell(c(1, 1), "[812]自治区教育厅")
    set_cell(c(1, 2), "实施单位")
    c(1, 3).merge(c(1, 4))
    set_cell(c(1, 3), "【812008】宁夏银川市二十一小")
    set_cell(c(2, 0), "项目属性")
    set_cell(c(2, 1), "延续性项目")
    set_cell(c(2, 2), "项目期")
    c(2, 3).merge(c(2, 4))
    set_cell(c(2, 3), "2019-2021")
    c(3, 0).merge(c(5, 0))
    set_cell(c(3, 0), "项目资金 (万元)")
    for r, (lab, val) in enumerate([("年度资金总额", "372"), ("其中:财政拨款", "372"), ("其他资金", "")], start=3):
        c(r, 1).merge(c(r, 2))
        set_cell(c(r, 1), lab)
        c(r, 3).merge(c(r, 4))
        set_cell(c(r, 3), val)
    set_cell(c(6, 0), "绩效目标")
    c(6, 1).merge(c(6, 4))
    set_cell(c(6, 1), YC_GOAL)
    # rows 7-9 stay empty, as on the page
    top = 10
    c(top, 0).merge(c(n_rows - 1, 0))
    set_cell(c(top, 0), "绩效指标")
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], start=1):
        set_cell(c(top, i), h, bold=True)
    r0 = top + 1
    for i, (l1, l2, l3, v) in enumerate(YC_ROWS):
        r = r0 + i
        set_cell(c(r, 3), l3)
        set_cell(c(r, 4), v)
        if i == 0 or YC_ROWS[i - 1][0] != l1:
            set_cell(c(r, 1), l1)
        if (i == 0 or YC_ROWS[i - 1][:2] != (l1, l2)) and l2:
            set_cell(c(r, 2), l2)
    # merge 一级 and 二级 blocks
    yc_merge_blocks(c, r0, 1, [row[0] for row in YC_ROWS])
    yc_merge_blocks(c, r0, 2, [row[0] + "|" + row[1] for row in YC_ROWS])


def yc_merge_blocks(c, r0, col, keys):
    start = 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            if i - 1 > start:
                text = c(r0 + start, col).text
                merged = c(r0 + start, col).merge(c(r0 + i - 1, col))
                set_cell(merged, text)
            start = i


def build_yc_docx(path):
    doc = new_doc()
    add_par(doc, "宁夏银川市二十一小2019年项目支出", 14, True, True)
    add_par(doc, "预算绩效目标公开", 14, True, True)
    add_par(doc, YC_NOTICE, indent=True)
    add_par(doc, "附件:自治区本级部门2019年项目支出预算绩效目标表", indent=True)
    p = add_par(doc, "宁夏银川市二十一小")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = add_par(doc, "2019年2月20日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_par(doc, "自治区本级部门2019年项目支出预算绩效目标表", 12, True, True)
    yc_docx_table(doc)
    doc.save(path)


def build_yc_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    wb.properties.creator = "blind239"
    wb.properties.lastModifiedBy = "blind239"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=CJK_FONT, size=10)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDE", [12, 14, 20, 22, 70]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:E1")
    ws["A1"] = "自治区本级部门2019年项目支出预算绩效目标表"
    ws["A1"].font = Font(name=CJK_FONT, size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    rows = {
        2: [("A", "项目名称"), ("B", "义务教育专项资金-宁夏银川市二十一小")],
        3: [("A", "主管部门"), ("B", "[812]自治区教育厅"), ("C", "实施单位"), ("D", "【812008】宁夏银川市二十一小")],
        4: [("A", "项目属性"), ("B", "延续性项目"), ("C", "项目期"), ("D", "2019-2021")],
        5: [("A", "项目资金 (万元)"), ("B", "年度资金总额"), ("D", 372)],
        6: [("B", "其中:财政拨款"), ("D", 372)],
        7: [("B", "其他资金")],
        8: [("A", "绩效目标"), ("B", YC_GOAL)],
    }
    for r, cells in rows.items():
        for col, val in cells:
            ws[f"{col}{r}"] = val
    for rng in ["B2:E2", "D3:E3", "D4:E4", "A5:A7", "B5:C5", "D5:E5", "B6:C6", "D6:E6",
                "B7:C7", "D7:E7", "B8:E8"]:
        ws.merge_cells(rng)
    ws.row_dimensions[8].height = 32
    # rows 9-11 left empty on purpose
    top = 12
    last = top + len(YC_ROWS)
    ws[f"A{top}"] = "绩效指标"
    for col, h in zip("BCDE", ["一级指标", "二级指标", "三级指标", "指标值"]):
        ws[f"{col}{top}"] = h
        ws[f"{col}{top}"].font = Font(name=CJK_FONT, size=10, bold=True)
    for i, (l1, l2, l3, v) in enumerate(YC_ROWS):
        r = top + 1 + i
        if i == 0 or YC_ROWS[i - 1][0] != l1:
            ws[f"B{r}"] = l1
        if (i == 0 or YC_ROWS[i - 1][:2] != (l1, l2)) and l2:
            ws[f"C{r}"] = l2
        ws[f"D{r}"] = l3 or None
        ws[f"E{r}"] = v or None
    ws.merge_cells(f"A{top}:A{last}")
    for col, keyf in (("B", lambda row: row[0]), ("C", lambda row: row[0] + "|" + row[1])):
        keys = [keyf(row) for row in YC_ROWS]
        start = 0
        for i in range(1, len(keys) + 1):
            if i == len(keys) or keys[i] != keys[start]:
                if i - 1 > start:
                    ws.merge_cells(f"{col}{top + 1 + start}:{col}{top + 1 + i - 1}")
                start = i
    for row in ws.iter_rows(min_row=2, max_row=last, min_col=1, max_col=5):
        for cell in row:
            cell.border = border
            if cell.font is None or not cell.font.b:
                cell.font = font
            cell.alignment = wrap
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. 重庆 科技专项资金项目绩效考评报告 template (DOCX, Traditional script as stored)
# ---------------------------------------------------------------------------


def cq_cell_text(block):
    num, parent, rule, pw, subs = block
    lines = [num + parent] + [f"({i}){s}" for i, (s, _w) in enumerate(subs, start=1)]
    if rule:
        lines.append(rule)
    weights = [] if pw is None else [str(pw)] + [str(w) for _s, w in subs]
    return "\n".join(lines), "\n".join(weights)


def build_cq_docx(path):
    doc = new_doc()
    add_par(doc, "科技專項資金專案績效考評報告大綱", 15, True, True)
    for line in ["專案名稱", "專案合同編號", "專案承擔單位", "主管部門(單位)",
                 "考評方式: 專家組考評      中介機構考評", "考評時間      年      日至"]:
        add_par(doc, line, 11)
    add_par(doc, "重慶市科學技術委員會 制", 12, False, True)
    add_par(doc, "一、專案基本情況", 12, True)
    t = doc.add_table(rows=12, cols=4)
    t.style = "Table Grid"
    c = t.cell
    set_cell(c(0, 0), "專案名稱")
    c(0, 1).merge(c(0, 3))
    set_cell(c(1, 0), "專案承擔單位")
    set_cell(c(1, 2), "主管部門(單位)")
    c(2, 0).merge(c(2, 3))
    set_cell(c(2, 0), "專案負責人姓名:        性別:      職務:        聯絡電話:")
    set_cell(c(3, 0), "預算科目類別")
    c(3, 1).merge(c(3, 3))
    set_cell(c(3, 1), "1.應用技術研究與開發資金□  2.自然科學基金□\n3.科學事業費□  4.其他□")
    set_cell(c(4, 0), "專案類別")
    c(4, 1).merge(c(4, 3))
    set_cell(c(4, 1), "1.重大專案□   2.重點專案□   3.一般專案□")
    set_cell(c(5, 0), "專案起止時間")
    c(5, 1).merge(c(5, 3))
    set_cell(c(5, 1), "開始時間    年  月  日    截止時間    年  月  日")
    c(6, 0).merge(c(10, 0))
    set_cell(c(6, 0), "專案資金來源及運用情況")
    set_cell(c(6, 1), "專案總投入金額(萬元)")
    set_cell(c(6, 2), "專案實際到位金額(萬元)")
    set_cell(c(6, 3), "專案實際支出金額(萬元)")
    for r, lab in enumerate(["總計", "其中:市財政撥款", "其他資金", "地方財政撥款"], start=7):
        set_cell(c(r, 1), lab)
    set_cell(c(11, 0), "專案概況")
    c(11, 1).merge(c(11, 3))
    add_par(doc, "")
    add_par(doc, "二、業務考評(60分)", 12, True)
    t2 = doc.add_table(rows=5, cols=6)
    t2.style = "Table Grid"
    widths = [Cm(4.6), Cm(1.5), Cm(1.6), Cm(4.6), Cm(1.5), Cm(1.6)]
    for row in t2.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for i, h in enumerate(["業務考評指標", "該項分值", "考評得分"] * 2):
        set_cell(t2.cell(0, i), h, bold=True)
    left = [b for b in CQ_BLOCKS if b[0] in ("1、", "2、", "3、", "4、")]
    right = [b for b in CQ_BLOCKS if b[0] in ("5、", "6、", "7、")]
    for r, blk in enumerate(left, start=1):
        name, weights = cq_cell_text(blk)
        set_cell(t2.cell(r, 0), name)
        set_cell(t2.cell(r, 1), weights)
    for r, blk in enumerate(right, start=1):
        name, weights = cq_cell_text(blk)
        set_cell(t2.cell(r, 3), name)
        set_cell(t2.cell(r, 4), weights)
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. 舟曲县城关镇社区卫生服务中心 2024 self-evaluation report (DOCX, narrative)
# ---------------------------------------------------------------------------

ZQ_PARAS = [
    ("h", "2024年度城关镇社区卫生服务中心预算执行情况绩效自评报告"),
    ("h2", "一、基本情况"),
    ("h3", "(一)部门主要职能"),
    ("p", "舟曲县城关镇社区卫生服务中心承担本辖区居民的基本医疗服务和公共卫生服务。"),
    ("h3", "(二)内设机构及所属单位概况"),
    ("p", ("1.单位概况:中心位于舟曲县江南花园隔壁(原计生委1-3楼),占地约396平方米。一楼是标准化接种科室,"
          "二楼设党建室和老年人体检中心,三楼为各科室办公区。辖区有18个行政村和东西2个社区服务站,人口合计23866人。")),
    ("p", "2、人员管理:中心现有职工68人,其中正式员工24人、招聘职工25人、乡村医生19人。"),
    ("p", ("3、设备情况:彩超机1台、自动生化分析仪1台、尿液分析仪2台、心电图机2台、显微镜1台、口腔治疗仪1台、"
          "按摩床1台、标准化狂犬病毒清洗机一台。")),
    ("p", "4、所设科室:公共卫生科、妇幼儿童科、预防接种科、卫生协管监督科、老年人体检中心、检验室、心电图室、B超室、档案室。"),
    ("h2", "二、绩效自评工作组织开展情况"),
    ("p", ("本次自评分两部分进行。一是对舟曲县城关镇社区卫生服务中心的整体支出开展自评;二是对部门项目支出开展自评,"
          "涉及24年乡村医生定额补助项目、2024年医废处理项目、2024年基本公共卫生(中央)项目、65岁以下农牧民健康体检项目、"
          "结核病防治项目、2024年第二批基本公共卫生补助项目、2024年基药补助项目、2024年村级卫生员补助项目、"
          "2024年7-9月网采药品补助项目、基本公共卫生服务第一批(省级)、第二季度网采药品补助、"
          "24年农牧民体检经费和村级卫生体系建设资金项目等,合计16个项目。")),
    ("h2", "三、自评结果分析"),
    ("h3", "(一)部门决算情况"),
    ("p", "2024年度,全年预算数为768.833013万元,其中基本支出329.948302万元,"),
]


def build_zq_docx(path):
    doc = new_doc()
    for kind, text in ZQ_PARAS:
        if kind == "h":
            add_par(doc, text, 15, True, True)
        elif kind == "h2":
            add_par(doc, text, 12, True)
        elif kind == "h3":
            add_par(doc, text, 11, True, indent=True)
        else:
            add_par(doc, text, 10.5, indent=True)
    doc.save(path)


# ---------------------------------------------------------------------------
# Annotations and checks
# ---------------------------------------------------------------------------


def write_annotation(fname, gold):
    data = {"source": fname}
    data.update(copy.deepcopy(gold))
    order = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators",
             "goals", "facts", "findings", "notes"]
    data = {k: data[k] for k in order}
    out = ANN / (fname + ".json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    flat = squash(txt)
    wanted = []
    for row in gold["indicators"]:
        wanted.append(("name", row["name"]))
        if row["target_text"]:
            wanted.append(("target_text", row["target_text"]))
    for g in gold["goals"]:
        wanted.append(("goal", g["text"]))
    for f in gold["findings"]:
        wanted.append(("finding", f["item"]))
    missing = [(k, v) for k, v in wanted if squash(v) not in flat]
    return missing


def main():
    ANN.mkdir(parents=True, exist_ok=True)
    builders = [(F_YC_DOCX, build_yc_docx), (F_YC_XLSX, build_yc_xlsx),
                (F_CQ_DOCX, build_cq_docx), (F_ZQ_DOCX, build_zq_docx)]
    problems = 0
    for fname, builder in builders:
        path = HERE / fname
        builder(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        write_annotation(fname, GOLD[fname])
        write_annotation(pdf.name, GOLD[fname])
        missing = check_pdf(pdf, GOLD[fname])
        for kind, value in missing:
            problems += 1
            print(f"MISSING in {pdf.name}: {kind}: {value}")
    for p in sorted(HERE.glob("blind239_*")):
        print(hashlib.md5(p.read_bytes()).hexdigest(), p.name)
    if problems:
        sys.exit(1)
    print("all gold strings found in the PDFs")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--clean":
        shutil.rmtree(ANN, ignore_errors=True)
    main()
