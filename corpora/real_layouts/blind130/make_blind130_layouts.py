#!/usr/bin/env python3
"""Blind part blind130 of jixiao's real-layout corpus.

Writes three documents (DOCX/XLSX + their PDF exported with LibreOffice) that
reproduce the layout of stored public web pages, and one gold JSON per file in
annotations/.  The gold below was written by an annotator who has not read the
toolkit's code.  Facts (names, numbers, units, dates, document numbers,
organisations) are kept as the pages give them; longer narrative sentences are
reworded, keeping their numbers.  Every document stops where the stored page
copy stops.

Run:  /tmp/venv/bin/python make_blind130_layouts.py
"""
from __future__ import annotations

import datetime as _dt
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
FIXED_DT = _dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

# ---------------------------------------------------------------------------
# Gold.  Written first, from the page text, before any file is generated.
# ---------------------------------------------------------------------------

URL_A = "https://hljms.gov.cn/mss/c100499/202601/c06_352743.shtml"
URL_B = "http://www.linqu.gov.cn/lqdt/tzgg/202503/t20250328_817053.html"
URL_C = "http://www.fjql.gov.cn/zwgk/czzj/qtczzj/202408/t20240823_2053450.htm"


def _ind(name, actual, unit, level1=None, level2=None, operator=None, value=None,
         target_text=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {
    # -------------------------------------------------------------- A
    "heilongjiang-mishan-xianjie-shishi-gonggao.docx": {
        "source_urls": [URL_A],
        "province": "黑龙江省",
        "doc_kind": "项目实施情况公告(衔接资金·少数民族发展任务)",
        "patterns": [10],
        "indicators": [
            # 一、太平乡庄兴村双层温室大棚建设项目 (四)绩效目标实现情况
            _ind("项目当年开工率", 100, "%"),
            _ind("验收合格率", 100, "%"),
            _ind("受益脱贫户", 1, "户"),
            # 二、太平乡庄兴村双层温室大棚附属设施建设项目 (四)绩效目标实现情况
            _ind("项目当年开工率", 100, "%"),
            _ind("验收合格率", 100, "%"),
            _ind("受益脱贫户", 1, "户"),
        ],
        "goals": [],
        "facts": [
            {"metric": "太平乡庄兴村双层温室大棚建设项目 计划投资 = 结算价 + 管理费使用 + 项目结余",
             "kind": "sum", "total": 117.98, "parts": [112.92, 1, 4.07], "unit": "万元"},
            {"metric": "太平乡庄兴村双层温室大棚附属设施建设项目 计划投资 = 结算价 + 管理费使用 + 项目结余",
             "kind": "sum", "total": 36.36, "parts": [28.17, 0.36, 7.83], "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "计划投资117.98万元",
             "why": "结算价112.92 + 管理费1 + 结余4.07 = 117.99万元,与计划投资117.98万元差0.01万元;"
                    "第二个项目 28.17 + 0.36 + 7.83 = 36.36 相符。"},
            {"rule": "target.missing_value", "item": "项目当年开工率",
             "why": "公告只给出实现值(100%),没有写出原定的指标值,无法对照判断是否完成目标。"},
            {"rule": "target.missing_value", "item": "验收合格率",
             "why": "只有实现值100%,未写目标值。"},
            {"rule": "target.missing_value", "item": "受益脱贫户",
             "why": "只写实现值“1户1人”,未写目标值;1户1人对计划投资117.98万元/36.36万元的项目也值得复核。"},
            {"rule": "coverage.missing_dimension", "item": "绩效目标实现情况",
             "why": "每个项目只列开工率、验收合格率、受益脱贫户三项,没有满意度、成本或经济效益(如大棚收益)方面的指标。"},
        ],
        "notes": (
            "Stored page copy begins with the body sentence '按照密山市人民政府…' (no title in the copy, so none is added) "
            "and stops inside item 三、和平乡东兴村基础设施建设项目 at '(一)资金使用情况:计划投资60.64万元,结算价52.56万元,管理费'; "
            "the document stops there too, so project 3 has no parts-complete fact and no indicators. "
            "Judgement calls: the '(四)绩效目标实现情况' lines give achieved values only, so they are gold indicator rows with "
            "actual set and operator/value/target_text null; '受益脱贫户1户1人' is one row (actual 1, unit 户; the '1人' is kept in "
            "the text only). Rows repeat per project (projects 1 and 2) exactly as the page repeats them; level1/level2 are null "
            "because the page names no dimension. No goal text is stated, so goals is empty. The 0.01万元 gap in project 1 may be "
            "rounding, but the page writes it so; it is flagged. The long opening sentence is reworded; document numbers "
            "密政批〔2025〕7号 and 密政批〔2025〕33号, dates and amounts are as written."
        ),
    },
    # -------------------------------------------------------------- B
    "shandong-linqu-laoqu-caipiao-shishi-gonggao.docx": {
        "source_urls": [URL_B],
        "province": "山东省",
        "doc_kind": "项目实施情况公告(中央专项彩票公益金支持革命老区乡村振兴)",
        "patterns": [10],
        "indicators": [
            _ind("项目村群众满意度", 100, "%"),
        ],
        "goals": [],
        "facts": [
            {"metric": "组织实施项目个数 = 日光温室建设项目 + 生产路建设项目 + 幸福来临便民服务项目",
             "kind": "sum", "total": 6, "parts": [3, 2, 1], "unit": "个"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "项目村群众满意度",
             "why": "公告给出满意度实现值100%,但没有写出满意度目标值。"},
            {"rule": "target.satisfaction_weak", "item": "项目村群众满意度",
             "why": "满意度为100%,未说明调查对象、方法或样本量(info 级)。"},
            {"rule": "coverage.too_few_indicators", "item": "实现了年度绩效目标",
             "why": "称已实现年度绩效目标,但全文只有一个量化结果(满意度100%),没有列出任何带目标值的数量、质量、时效指标,"
                    "“质量合格”“提质增效”等都是定性表述。"},
        ],
        "notes": (
            "Stored page copy is complete (title, date line 时间:2025-03-28, two numbered sections, 特此公告, phone, issuer, date). "
            "Narrative sentences are reworded keeping 1570万元, 1522.9万元, 97%, 10个行政村, 6个项目 = 3+2+1, 100%. "
            "Checked, not flagged: 1522.9/1570 = 97.0%, matches the stated 97%; 3+2+1 = 6. "
            "Judgement calls: only '项目村群众满意度100%' is an explicit measured result, so it is the single indicator row "
            "(actual 100, no target). '已建成项目质量合格' is qualitative and not made a row. The statement '实现了年度绩效目标' is "
            "not a goal text (it names no goal), so goals is empty. 'target.satisfaction_weak' is an info-level rule id of my "
            "naming under target. as design.md §5 allows for SATISFACTION_WEAK. '幸福来临' is kept as written (local programme name)."
        ),
    },
    # -------------------------------------------------------------- C
    "fujian-qingliu-shifan-zijin-xiada-tongzhi.xlsx": {
        "source_urls": [URL_C],
        "province": "福建省",
        "doc_kind": "资金下达通知(附分配表、绩效目标表)",
        "patterns": [7, 8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "省级乡村振兴试点示范资金 合 计 = 各村金额",
             "kind": "sum", "total": 299.424, "parts": [50, 110, 89.424, 50], "unit": "万元"},
            {"metric": "沙芜乡铁石村 50万元 = 款列2110302 + 款列2160699",
             "kind": "sum", "total": 50, "parts": [39.046, 10.954], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Not a completion announcement but the adjacent kind (资金下达通知 with 分配表 and 绩效目标表): every table-bearing "
            "completion page the search returned was already in used_urls.txt. The stored page stops inside 附件2 right after "
            "'项目名称 | 省级乡村振兴试点示范' (first row of the 绩效目标表), so the target table has no indicator rows and the "
            "document stops there; indicators and goals are therefore empty, and a reader should not invent rows for it. "
            "Kept as found: the odd '其中39.046万款列2110302;10.954万元款列2160699;' (first amount without 元, trailing semicolon), "
            "'合 计' with a space, '清委振兴办(2021)1号' with ASCII-style brackets, empty 备注 cells, '附件:1、…' numbering. "
            "Both sums check (50+110+89.424+50 = 299.424; 39.046+10.954 = 50), so no finding. Body paragraphs are reworded; "
            "document numbers 清财(农)指〔2024〕17号, 闽财农〔2019〕51号, 闽财农〔2020〕4号, 清政办〔2023〕5号, 清政办规〔2023〕5号 as written. "
            "Laid out as XLSX: sheet 正文 (notice text), 附件1 (分配表), 附件2 (cut 绩效目标表)."
        ),
    },
}

# ---------------------------------------------------------------------------
# Document text.  Facts as written; longer sentences reworded.
# ---------------------------------------------------------------------------

A_BODY = [
    ("p", "根据密山市人民政府《关于2025年中央财政衔接推进乡村振兴补助资金(少数民族发展任务)和2024年度结余资金项目安排的批复》"
          "(密政批〔2025〕7号)和《关于2025年第二批衔接资金(少数民族发展任务)项目安排的批复》(密政批〔2025〕33号),经市政府研究同意,"
          "2025年第一批财政衔接推进乡村振兴补助资金(少数民族发展任务)安排用于太平乡庄兴村双层温室大棚建设项目,第二批财政衔接推进乡村振兴"
          "补助资金(少数民族发展任务)安排用于太平乡庄兴村双层温室大棚附属设施建设项目和和平乡东兴村基础设施建设项目。三个项目均以乡镇为"
          "实施主体,现将实施情况公告如下:"),
    ("h", "一、太平乡庄兴村双层温室大棚建设项目"),
    ("p", "(一)资金使用情况:计划投资117.98万元,结算价112.92万元,管理费使用1万元,项目结余4.07万元,结余资金财政已收回。"),
    ("p", "(二)项目实施结果:该项目2025年6月26日开标,6月28日签订合同,9月30日完成施工及验收工作。"),
    ("p", "(三)检查验收结果:建设长120米宽15米双层温室大棚1栋,验收合格并交付使用。"),
    ("p", "(四)绩效目标实现情况:项目当年开工率100%,验收合格率100%,受益脱贫户1户1人。"),
    ("h", "二、太平乡庄兴村双层温室大棚附属设施建设项目"),
    ("p", "(一)资金使用情况:计划投资36.36万元,结算价28.17万元,管理费使用0.36万元,项目结余7.83万元,结余资金财政已收回。"),
    ("p", "(二)项目实施结果:该项目2025年8月7日开标,8月9日签订合同,9月10日完成施工及验收工作。"),
    ("p", "(三)检查验收结果:建设排水沟、地面硬化、草莓种植架、栽培设备等附属设施,验收合格并交付使用。"),
    ("p", "(四)绩效目标实现情况:项目当年开工率100%,验收合格率100%,受益脱贫户1户1人。"),
    ("h", "三、和平乡东兴村基础设施建设项目"),
    ("p", "(一)资金使用情况:计划投资60.64万元,结算价52.56万元,管理费"),  # stored page stops here
]

B_TITLE = "临朐县2024年度中央专项彩票公益金支持革命老区乡村振兴项目实施情况公告"
B_BODY = [
    ("c", "时间:2025-03-28"),
    ("h", "一、项目资金使用情况"),
    ("p", "2024年,山东省财政厅向临朐县下达中央专项彩票公益金支持革命老区乡村振兴项目资金1570万元。临朐县按照该项资金管理的有关规定"
          "使用和管理专项资金,保障资金安全、高效使用。截至目前,临朐县支出1522.9万元,占97%。"),
    ("h", "二、项目实施情况"),
    ("p", "项目集中在柳山镇,覆盖柳山村等10个行政村。2024年投入中央彩票公益金1570万元,共组织实施6个项目,其中日光温室建设项目3个、"
          "生产路建设项目2个、幸福来临便民服务项目1个,目前已全部完工。"),
    ("p", "总体来看,项目资金使用符合管理办法有关规定,项目建设规范有序,已建成项目质量合格,实现了年度绩效目标。项目的实施带动乡村产业"
          "提质增效,改善了村庄基础设施条件,提升了农村基层组织的管理服务能力,老区红色资源得到保护利用,推动项目区乡村全面振兴,"
          "项目村群众满意度100%。"),
    ("p", "特此公告。"),
    ("p", "联系电话:0536-3162532"),
    ("r", "临朐县农业农村局"),
    ("r", "2025年3月28日"),
]

C_TITLE = "清流县财政局 清流县乡村振兴局关于下达省级乡村振兴试点示范资金的通知"
C_MAIN = [
    ("c", "清财(农)指〔2024〕17号"),
    ("t", C_TITLE),
    ("p", "各有关乡(镇):"),
    ("p", "依据《福建省财政厅 中共福建省委实施乡村振兴战略领导小组办公室关于全省乡村振兴试点示范资金筹措使用管理有关工作的通知》"
          "(闽财农〔2019〕51号)和《福建省乡村振兴试点示范专项资金管理办法》(闽财农〔2020〕4号),结合我县省级乡村振兴试点示范资金的"
          "安排情况和省级乡村振兴试点示范村项目建设进展,经研究,现下达省级乡村振兴试点示范资金299.424万元(分配明细和列支科目详见附件1)。"),
    ("p", "各有关乡(镇)要按照《清流县乡村振兴试点示范专项资金管理实施办法》(清委振兴办(2021)1号)的规定加强项目管理,按项目进展及时"
          "拨付资金,并做好资金使用的绩效评价。资金使用和项目实施须执行《关于进一步加强和规范财政资金管理的解读说明》(清政办〔2023〕5号)"
          "和《清流县政府性投资项目管理办法》(清政办规〔2023〕5号)的相关规定,确保专款专用,提高资金使用效益。"),
    ("p", "附件:1、省级乡村振兴试点示范专项资金分配表"),
    ("p", "2、省级乡村振兴试点示范专项资金绩效目标表"),
    ("r", "清流县财政局 清流县乡村振兴局"),
    ("r", "2024年8月16日"),
]
C_ALLOC_HEADER = ["村名", "金额", "列支科目", "备注"]
C_ALLOC_ROWS = [
    ["林畲镇林畲村", 50, "2110302-水体", None],
    ["林畲镇石下村", 110, "2110302-水体", None],
    ["李家乡鲜水村", 89.424, "2110302-水体", None],
    ["沙芜乡铁石村", 50, "其中39.046万款列2110302;10.954万元款列2160699;", None],
    ["合 计", 299.424, None, None],
]

# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------


def _set_cjk(run, size=12, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)


def _fixed_core(props, title):
    if hasattr(props, "author"):  # python-docx CoreProperties
        props.author = "blind130"
        props.last_modified_by = "blind130"
        props.revision = 1
    else:  # openpyxl DocumentProperties
        props.creator = "blind130"
        props.lastModifiedBy = "blind130"
    props.title = title
    props.created = FIXED_DT
    props.modified = FIXED_DT


def write_docx(path: Path, title: str | None, body) -> None:
    doc = Document()
    _fixed_core(doc.core_properties, title or path.stem)
    if title:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_cjk(p.add_run(title), size=16, bold=True)
    for kind, text in body:
        p = doc.add_paragraph()
        if kind == "h":
            _set_cjk(p.add_run(text), size=12, bold=True)
        elif kind == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _set_cjk(p.add_run(text), size=11)
        elif kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _set_cjk(p.add_run(text), size=12)
        else:
            p.paragraph_format.first_line_indent = Pt(24)
            _set_cjk(p.add_run(text), size=12)
    doc.save(path)


def write_xlsx_c(path: Path) -> None:
    wb = Workbook()
    _fixed_core(wb.properties, C_TITLE)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=FONT, size=11)
    bold = Font(name=FONT, size=11, bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws = wb.active
    ws.title = "正文"
    ws.column_dimensions["A"].width = 100
    for i, (kind, text) in enumerate(C_MAIN, start=1):
        c = ws.cell(row=i, column=1, value=text)
        c.font = bold if kind == "t" else font
        if kind in ("c", "t"):
            c.alignment = center
        elif kind == "r":
            c.alignment = Alignment(horizontal="right", vertical="center")
        else:
            c.alignment = wrap
        if kind == "p" and len(text) > 60:
            ws.row_dimensions[i].height = 15 * (len(text) // 55 + 1)

    ws1 = wb.create_sheet("附件1")
    ws1["A1"] = "附件1:"
    ws1["A1"].font = font
    ws1.merge_cells("A2:D2")
    ws1["A2"] = "省级乡村振兴试点示范专项资金分配表"
    ws1["A2"].font = bold
    ws1["A2"].alignment = center
    ws1["D3"] = "单位:万元"
    ws1["D3"].font = font
    for j, h in enumerate(C_ALLOC_HEADER, start=1):
        c = ws1.cell(row=4, column=j, value=h)
        c.font = bold
        c.alignment = center
        c.border = box
    for i, row in enumerate(C_ALLOC_ROWS, start=5):
        for j, v in enumerate(row, start=1):
            c = ws1.cell(row=i, column=j, value=v)
            c.font = font
            c.alignment = wrap if j == 3 else center
            c.border = box
    for col, w in zip("ABCD", (18, 12, 46, 10)):
        ws1.column_dimensions[col].width = w
    ws1.row_dimensions[8].height = 32

    ws2 = wb.create_sheet("附件2")
    ws2["A1"] = "附件2:"
    ws2["A1"].font = font
    ws2.merge_cells("A2:F2")
    ws2["A2"] = "省级乡村振兴试点示范专项资金绩效目标表"
    ws2["A2"].font = bold
    ws2["A2"].alignment = center
    ws2["A3"] = "项目名称"
    ws2.merge_cells("B3:F3")
    ws2["B3"] = "省级乡村振兴试点示范"  # stored page stops inside this cell
    for col in "ABCDEF":
        ws2[f"{col}3"].border = box
        ws2[f"{col}3"].font = font
    ws2["A3"].alignment = center
    ws2["B3"].alignment = wrap
    for col, w in zip("ABCDEF", (14, 14, 24, 16, 16, 16)):
        ws2.column_dimensions[col].width = w
    for sh in (ws, ws1, ws2):
        sh.page_setup.orientation = "landscape"
        sh.page_setup.fitToWidth = 1
        sh.sheet_properties.pageSetUpPr.fitToPage = True
        sh.page_setup.fitToHeight = 0
    wb.save(path)


def normalise_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed member timestamps and order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed_core = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          rb"\g<1>2025-01-01T00:00:00Z\g<2>", data)
        fixed_core.append((name, data))
    items = fixed_core
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    tmp.replace(path)


_PDF_DATE = re.compile(rb"D:\d{14}[^)]*")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_XMP_DATE = re.compile(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)")


def normalise_pdf(path: Path) -> None:
    """Replace dates and /ID with fixed values of the same length (xref stays valid)."""
    data = path.read_bytes()

    def fix_date(m):
        s = m.group(0)
        return b"D:20250101000000" + s[16:]

    data = _PDF_DATE.sub(fix_date, data)
    data = _PDF_ID.sub(lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1)))
                       .replace(m.group(2), b"0" * len(m.group(2))), data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", lambda m: re.sub(rb"[0-9A-Fa-f](?=[0-9A-Fa-f]*$)", b"0", m.group(0)), data)
    data = _XMP_DATE.sub(lambda m: m.group(1) + (b"2025-01-01T00:00:00" + b" " * 40)[: len(m.group(2))] + m.group(3), data)
    path.write_bytes(data)


def to_pdf(src: Path) -> Path:
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", str(src.parent), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={"PATH": "/usr/bin:/bin", "HOME": prof, "SOURCE_DATE_EPOCH": "1735689600"})
    pdf = src.with_suffix(".pdf")
    normalise_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# Gold output and self-check
# ---------------------------------------------------------------------------

def write_gold() -> None:
    ANN.mkdir(exist_ok=True)
    for fname, g in GOLD.items():
        for name in (fname, str(Path(fname).with_suffix(".pdf"))):
            rec = {"source": name}
            rec.update(g)
            (ANN / f"{name}.json").write_text(
                json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_pdf_text() -> list[str]:
    problems = []
    for fname, g in GOLD.items():
        pdf = HERE / Path(fname).with_suffix(".pdf")
        text = _squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                      text=True, check=True).stdout)
        wanted = []
        for ind in g["indicators"]:
            wanted.append(ind["name"])
            if ind["target_text"]:
                wanted.append(ind["target_text"])
        wanted += [x["text"] for x in g["goals"]]
        wanted += [f["item"] for f in g["findings"]]
        for w in wanted:
            if _squash(w) not in text:
                problems.append(f"{pdf.name}: not in PDF text: {w}")
    return problems


def main() -> int:
    write_gold()  # gold first
    a = HERE / "heilongjiang-mishan-xianjie-shishi-gonggao.docx"
    b = HERE / "shandong-linqu-laoqu-caipiao-shishi-gonggao.docx"
    c = HERE / "fujian-qingliu-shifan-zijin-xiada-tongzhi.xlsx"
    write_docx(a, None, A_BODY)
    write_docx(b, B_TITLE, B_BODY)
    write_xlsx_c(c)
    for p in (a, b, c):
        normalise_zip(p)
        to_pdf(p)
    problems = check_pdf_text()
    for p in problems:
        print(p, file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    if shutil.which("soffice") is None:
        sys.exit("soffice not found")
    sys.exit(main())
