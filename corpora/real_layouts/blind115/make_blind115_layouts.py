#!/usr/bin/env python3
"""Build the blind115 part of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code.  Each document
reproduces the layout of one stored public web page (see SOURCES.md); the gold
answers are written below, before any file is generated, and are copied to
annotations/<file name>.json for the DOCX/XLSX and for its PDF export.

Run:  /tmp/venv/bin/python make_blind115_layouts.py
"""
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = datetime(2025, 1, 1, 0, 0, 0)
FIXED_ISO = "2025-01-01T00:00:00Z"

# --------------------------------------------------------------------------
# Texts (long sentences re-worded; numbers, names and odd wording kept)
# --------------------------------------------------------------------------

FK_NAME = "昌州财行(2022)10号 国家统计局调查队专项经费"
FK_GOAL_1 = ("1.依据《关于拨付国家统计局昌吉调查队专项经费的通知》，在2022年12月31日前"
             "按每月36.66元向不少于120人发放记账户补贴费；形成以居民收入和生活支出为核心的数据产品，"
             "服务城乡统筹政策和民生政策的研究制定，并为国民经济核算和居民消费价格指数权重的确定提供基础数据。")
FK_GOAL_2 = ("2.全面、准确、及时掌握本地区城乡居民的收入、消费及其他生活状况，"
             "客观监测居民收入分配格局和不同收入层次居民的生活质量。")
FK_DONE = ("截至2023年12月31日，本项目完成住户数据产品120人，政策咨询建议完成率为100%，"
           "2023年2月24日，政策咨询建议及时率为100%，项目的实施有益于提高统计能力建设 ，"
           "有益于统计数据传播环境的营造，被调查户满意度达100%。")

LH_TITLE = "中央转移支付2023年残疾人事业发展(中央专项彩票公益金)补助资金项目绩效自评报告"
LH_INTRO = ("该项目属2023年中央彩票公益金提前下达资金，安排残疾人康复及评定补贴1.065万元，"
            "五个一文化进家庭2.1万元，残疾儿童救助38.472万元，困难重度残疾人家庭无障碍改造8.5万元，"
            "资助残疾大学新生1.8万元。资金帮助残疾儿童进入康复机构接受康复，为重度残疾人家庭完成"
            "出行和日常生活方面的改造，明显缓解了残疾人家庭的照护难题。")
LH_GOAL = ("预期目标:用于残疾人康复及评定补贴1.065万元,五个一文化进家庭2.1万元,残疾儿童救助38.472万元,"
           "困难重度残疾人家庭无障碍改造8.5万元,资助残疾大学新生1.8万元。")
LH_IND = "1)困难重度残疾人家庭无障碍改造数,目标值大于等于85户,实际完成40"

XD_UNIT = "寻甸回族彝族自治县档案馆"
XD_ORG_1 = ("寻甸回族彝族自治县档案馆是中共寻甸回族彝族自治县委办公室管理的正科级事业单位，"
            "机构规格为正科级，领导职数3名，其中馆长1名，副馆长2名。县编委核定事业编制17人。"
            "我单位2024底有职工16人，其中管理人员3人，专业技术人员12人，原机关工勤1人。"
            "单位执行政府会计制度，基本性质为财政全额拨款事业单位，承担档案的接收、保管、开发和利用职能。")
XD_ORG_2 = ("我单位在职人员编制为17人，其中: 行政编制0人，事业编制17人。在职实有16人，其中: "
            "财政全供养 16人，财政部分供养0人，非财政供养0人。")
XD_ORG_3 = "离退休人员3人，其中: 离休 0人，退休3人。"

# --------------------------------------------------------------------------
# Gold (written before any document is generated)
# --------------------------------------------------------------------------

GOLD = {
    "xinjiang-fukang-tongji-diaochaduijingfei-zipingbiao.xlsx": {
        "source_urls": ["http://www.fk.gov.cn/gk/yjs/908895.htm"],
        "province": "新疆维吾尔自治区",
        "doc_kind": "项目支出绩效自评表",
        "patterns": [1, 2, 5, 10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": FK_GOAL_1},
            {"kind": "总体目标", "text": FK_GOAL_2},
        ],
        "facts": [
            {"metric": "年度资金总额(年初预算数)", "kind": "sum", "total": 5.28,
             "parts": [5.28, 0.00], "unit": "万元"},
            {"metric": "年度资金总额(全年预算数)", "kind": "sum", "total": 1.96,
             "parts": [1.96, 0.00], "unit": "万元"},
            {"metric": "年度资金总额(全年执行数)", "kind": "sum", "total": 1.96,
             "parts": [1.96, 0.00], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": FK_GOAL_2,
             "why": "第2项总体目标只写“全面、准确、及时掌握……客观监测……”，没有任何数量、比例或时限。"},
        ],
        "notes": (
            "来源页为阜康市政府网公开的《项目支出绩效自评表(2023年度)》，所存网页在指标表表头和第一格"
            "“产出指标”处截止，因此本文件只到该行为止：没有任何三级指标行，indicators 为空。"
            "保留原样：项目名称中的“昌州财行(2022)10号”、表头“资金来源”“分值权重”以及指标表的"
            "13个表头词(指标值、指标值设置依据、上年完成值、指标分值权重、指标赋分规则、佐证资料、"
            "指标实际完成值、完成率、指标得分、偏差原因分析及改进措施等)；完成情况中“能力建设 ，”前的空格。"
            "总体目标单元格里有编号1、2两段，按编号拆成两条目标；长句已改写，数字(2022年12月31日、120人、"
            "36.66元)保留。判断：目标1写的期限是2022年12月31日，而表是2023年度，年初预算5.28万元"
            "调为全年预算1.96万元未作说明，这两点 design §5 没有对应规则，只记在此处不列为 finding。"
            "执行率1.96/1.96=100.00%、得分10与分值权重10一致，不列。指标表被截断，不判断指标维度是否缺失。"
        ),
    },
    "neimenggu-linhe-canlian-caipiaogongyijin-zipingbaogao.docx": {
        "source_urls": ["http://zqmjkd.cn/html/59/24573.html"],
        "province": "内蒙古自治区",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [
            {"level1": "产出指标", "level2": "数量指标", "name": "困难重度残疾人家庭无障碍改造数",
             "operator": ">=", "value": 85, "unit": "户", "target_text": "大于等于85户",
             "actual": 40, "weight": None, "score": None},
        ],
        "goals": [
            {"kind": "预期目标", "text": LH_GOAL},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.budget_text", "item": LH_GOAL,
             "why": "预期目标只是把五笔资金的用途和金额重列一遍(1.065、2.1、38.472、8.5、1.8万元)，没有产出或效果。"},
            {"rule": "consistency.deviation_reason_missing", "item": "困难重度残疾人家庭无障碍改造数",
             "why": "目标值大于等于85户，实际完成40，未达目标，文中(到截止处为止)没有说明原因。"},
        ],
        "notes": (
            "所存网页是巴彦淖尔市临河区残联原文的转载页(转载站在页首加了无关的垃圾文字，并把正文转成繁体)。"
            "本文件去掉垃圾页首，正文按政府原文的简体字重写；保留来源行“巴彦淖尔市临河区残疾人联会会”"
            "(原文如此，应为联合会)。所存网页在“1)困难重度残疾人家庭无障碍改造数,目标值大于等于85户,"
            "实际完成40”处截止，本文件也到此为止；实际值40后面没有单位，按40(户)计。"
            "项目简介中的长句已改写，五笔金额保留；预期目标一句原样保留(它本身就是问题所在)。"
            "五笔金额之和为51.937万元，但文中没有写出总额，故 facts 为空。"
            "判断：偏差原因缺失一条是就本文件现状而言(原页在此截断，后文可能有原因)；"
            "“五个一文化进家庭”原文无引号，照录。"
        ),
    },
    "yunnan-xundian-danganguan-zhengtizhichu-zipingbaogao.docx": {
        "source_urls": ["http://www.kmxd.gov.cn/c/2025-05-27/7012065.shtml"],
        "province": "云南省",
        "doc_kind": "部门整体支出绩效自评报告",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "领导职数", "kind": "sum", "total": 3, "parts": [1, 2], "unit": "名"},
            {"metric": "2024年底职工人数", "kind": "sum", "total": 16, "parts": [3, 12, 1], "unit": "人"},
            {"metric": "在职人员编制", "kind": "sum", "total": 17, "parts": [0, 17], "unit": "人"},
            {"metric": "在职实有人数", "kind": "sum", "total": 16, "parts": [16, 0, 0], "unit": "人"},
            {"metric": "离退休人员", "kind": "sum", "total": 3, "parts": [0, 3], "unit": "人"},
        ],
        "findings": [],
        "notes": (
            "来源页为寻甸县人民政府网公开的档案馆2024年部门整体支出绩效自评报告。所存网页从封面"
            "(项目名称、部门名称、评价机构、2025年5月)、目录开始，到“一、部门概况”下“离退休人员3人……”"
            "之后的半句“寻甸回族彝族”截止；本文件同样在这半句处结束。封面标题是“自评报告”，正文标题却是"
            "“2024年度部门整体支出绩效评价报告”，照录；编号“1、机构设置情况”与“2.编制情况”格式不一，照录；"
            "“2024底”缺“年”字，照录。目录中“二、绩效目标”等章节正文未出现在所存页中，故无目标、无指标。"
            "各人数合计都对得上(3=1+2，16=3+12+1，17=0+17，16=16+0+0，3=0+3)，作为不应报错的对照，"
            "findings 为空。"
        ),
    },
}

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")


def normalize_zip(path: Path, core_fix=True):
    """Rewrite an OOXML zip with fixed timestamps so output is deterministic."""
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            content = zin.read(info.filename)
            if core_fix and info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              r"\g<1>" + FIXED_ISO + r"\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>" + FIXED_ISO + r"\g<2>", text)
                content = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    path.write_bytes(out.getvalue())


def set_cjk_font(doc, name="宋体", size=10.5):
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def fix_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = "blind115 annotator"
    cp.last_modified_by = "blind115 annotator"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


# --------------------------------------------------------------------------
# document 1: XLSX form (阜康市统计局)
# --------------------------------------------------------------------------

def build_fukang(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评表"
    ncol = 14  # A: side labels, B..N: 13 indicator header words
    widths = [10, 10, 10, 14, 9, 12, 9, 9, 11, 9, 11, 8, 8, 14]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w

    def put(cell, value, align=WRAP, bold=False):
        c = ws[cell]
        c.value = value
        c.alignment = align
        if bold:
            c.font = Font(bold=True)
        return c

    # title
    ws.merge_cells("A1:N1"); put("A1", "项目支出绩效自评表", bold=True)
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:N2"); put("A2", "(2023年度)")
    # header fields
    put("A3", "项目名称"); ws.merge_cells("B3:N3"); put("B3", FK_NAME, WRAP_L)
    put("A4", "主管部门"); ws.merge_cells("B4:G4"); put("B4", "阜康市统计局", WRAP_L)
    ws.merge_cells("H4:I4"); put("H4", "实施单位"); ws.merge_cells("J4:N4"); put("J4", "阜康市统计局", WRAP_L)
    # money block: A5:A8 merged label, columns B..N grouped in pairs
    ws.merge_cells("A5:A8"); put("A5", "项目资金\n\n(万元)")
    money_cols = [("B", "C"), ("D", "E"), ("F", "G"), ("H", "I"), ("J", "K"), ("L", "L"), ("M", "N")]
    rows = [
        ["资金来源", "年初预算数", "全年预算数", "全年执行数", "分值权重", "执行率", "得分"],
        ["年度资金总额", "5.28", "1.96", "1.96", "10", "100.00%", "10"],
        ["其中:当年财政拨款", "5.28", "1.96", "1.96", "-", "-", "-"],
        ["其他资金", "0.00", "0.00", "0.00", "-", "-", "-"],
    ]
    for r_off, vals in enumerate(rows):
        r = 5 + r_off
        for (c1, c2), v in zip(money_cols, vals):
            if c1 != c2:
                ws.merge_cells(f"{c1}{r}:{c2}{r}")
            put(f"{c1}{r}", v, WRAP_L if (c1 == "B" and r_off) else WRAP)
    # goals: A9:A10 merged
    ws.merge_cells("A9:A10"); put("A9", "年度总体目标")
    ws.merge_cells("B9:H9"); put("B9", "总体目标")
    ws.merge_cells("I9:N9"); put("I9", "总体目标完成情况")
    # goal text sits at the top of its cell and the completion text at the bottom of
    # its cell, so that the two side-by-side cells do not share text lines in the PDF
    ws.merge_cells("B10:H10")
    put("B10", FK_GOAL_1 + "\n" + FK_GOAL_2,
        Alignment(wrap_text=True, vertical="top", horizontal="left"))
    ws.merge_cells("I10:N10")
    put("I10", FK_DONE, Alignment(wrap_text=True, vertical="bottom", horizontal="left"))
    ws.row_dimensions[10].height = 230
    # indicator header row in the middle of the form
    ws.merge_cells("A11:A12"); put("A11", "年度绩效指标完成情况")
    heads = ["一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值",
             "指标分值权重", "指标赋分规则", "佐证资料", "指标实际完成值", "完成率", "指标得分",
             "偏差原因分析及改进措施"]
    for i, h in enumerate(heads):
        put(f"{chr(66 + i)}11", h, bold=True)
    ws.row_dimensions[11].height = 45
    # the stored page stops at the first cell of the first indicator row
    put("B12", "产出指标")
    for row in ws.iter_rows(min_row=3, max_row=12, min_col=1, max_col=ncol):
        for c in row:
            c.border = BORDER
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind115 annotator"
    wb.properties.lastModifiedBy = "blind115 annotator"
    wb.properties.title = "项目支出绩效自评表(2023年度)"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalize_zip(path)


# --------------------------------------------------------------------------
# document 2: DOCX prose (临河区残联)
# --------------------------------------------------------------------------

def build_linhe(path: Path):
    doc = docx.Document()
    set_cjk_font(doc)
    para(doc, "中文版  |  蒙文版")
    para(doc, "当前位置:首页>公告公示")
    para(doc, "日期:2024-06-06 10:51  来源:巴彦淖尔市临河区残疾人联会会   录入:web")
    para(doc, LH_TITLE, bold=True, center=True, size=14)
    para(doc, "一、 项目基本情况", bold=True)
    para(doc, "(一)项目基本情况简介。")
    para(doc, LH_INTRO)
    para(doc, LH_GOAL)
    para(doc, "二、 综合评价结论", bold=True)
    para(doc, "(一) 产出指标完成情况")
    para(doc, "1、数量指标")
    para(doc, LH_IND)
    fix_docx_props(doc, LH_TITLE)
    doc.save(path)
    normalize_zip(path)


# --------------------------------------------------------------------------
# document 3: DOCX prose report with cover and TOC (寻甸县档案馆)
# --------------------------------------------------------------------------

def build_xundian(path: Path):
    doc = docx.Document()
    set_cjk_font(doc)
    para(doc, "县档案馆2024年部门整体支出绩效自评报告", bold=True, center=True, size=12)
    para(doc, XD_UNIT + "2024年部门整体支出绩效自评报告", bold=True, center=True, size=16)
    para(doc, "项目名称: " + XD_UNIT + "整体支出")
    para(doc, "部门名称:" + XD_UNIT)
    para(doc, "评价机构:" + XD_UNIT + "整体支出绩效评价小组")
    para(doc, "2025年5月", center=True)
    para(doc, "目录", bold=True, center=True)
    toc = [
        "一、部门概况", "(一)部门机构设置、编制", "(二)部门职能", "(三)部门工作完成情况",
        "(四)部门管理制度", "(五)部门资金来源及使用情况", "(六)政府采购情况", "(七)固定资产情况",
        "二、绩效目标", "三、评价思路和过程", "(一)评价思路", "(二)评价目的", "(三)评价依据",
        "(四)评价对象及评价时段", "四、评价结论", "五、主要经验做法", "六、存在的问题",
        "七、改进措施及建议", "附件1 成本费用分析报告", "附件2 部门职能分解及2024年工作完成情况",
        "附件3评价指标体系", "附件4问卷调查报告", "附件5工作底稿",
        "附件6 中共" + XD_UNIT + "2024年项目预算、决算明细表(单位:万元)",
    ]
    for t in toc:
        para(doc, t)
    doc.add_page_break()
    para(doc, XD_UNIT, bold=True, center=True, size=14)
    para(doc, "2024年度部门整体支出绩效评价报告", bold=True, center=True, size=14)
    para(doc, "一、部门概况", bold=True)
    para(doc, "(一)部门机构设置、编制。")
    para(doc, "1、机构设置情况:")
    para(doc, XD_ORG_1)
    para(doc, "2.编制情况")
    para(doc, XD_ORG_2)
    para(doc, XD_ORG_3)
    para(doc, "寻甸回族彝族")
    fix_docx_props(doc, XD_UNIT + "2024年部门整体支出绩效自评报告")
    doc.save(path)
    normalize_zip(path)


BUILDERS = {
    "xinjiang-fukang-tongji-diaochaduijingfei-zipingbiao.xlsx": build_fukang,
    "neimenggu-linhe-canlian-caipiaogongyijin-zipingbaogao.docx": build_linhe,
    "yunnan-xundian-danganguan-zhengtizhichu-zipingbaogao.docx": build_xundian,
}


def write_gold(name: str):
    ANN.mkdir(exist_ok=True)
    g = GOLD[name]
    pdf = Path(name).with_suffix(".pdf").name
    for src in (name, pdf):
        rec = {"source": src}
        rec.update(g)
        (ANN / f"{src}.json").write_text(
            json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def to_pdf(path: Path):
    tmp = HERE / "_pdf_tmp"
    tmp.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = tmp / path.with_suffix(".pdf").name
    shutil.move(str(out), str(HERE / out.name))
    shutil.rmtree(tmp, ignore_errors=True)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_pdf(name: str):
    pdf = HERE / Path(name).with_suffix(".pdf").name
    text = squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                 text=True, check=True).stdout)
    g = GOLD[name]
    items = []
    for ind in g["indicators"]:
        items += [ind["name"], ind["target_text"]]
    items += [x["text"] for x in g["goals"]]
    items += [f["item"] for f in g["findings"]]
    missing = [i for i in items if squash(i) not in text]
    return missing


def main():
    # 1) gold first
    for name in GOLD:
        write_gold(name)
    # 2) documents and PDFs
    ok = True
    for name, build in BUILDERS.items():
        path = HERE / name
        build(path)
        to_pdf(path)
        missing = check_pdf(name)
        if missing:
            ok = False
            print(f"[{name}] NOT FOUND in PDF text:", *missing, sep="\n  ")
        else:
            print(f"[{name}] all gold strings found in PDF text")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
