"""Blind part 84 of the real-layout corpus: enterprise and technology funds.

Each document reproduces one stored public page (see SOURCES.md): layout, merged cells, empty cells and
odd wording as found; facts (names, operators, values, units, amounts, dates) as written; longer sentences
in our own words with the same numbers. The gold in DOCS was written by hand from the pages, before
anything ran on the files.

Run:  /tmp/venv/bin/python make_blind84_layouts.py [--no-pdf]
Writes the DOCX/XLSX files and their PDFs next to this script and annotations/<file>.json for each.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = _dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)
FONT = "Droid Sans Fallback"


# ----------------------------------------------------------------------------------------------
# table spec: {"rows": [[cell, ...], ...], "merges": [(r1, c1, r2, c2), ...]} (0-based, inclusive)
# a cell covered by a merge (other than its top-left) is written as None
# ----------------------------------------------------------------------------------------------

def _grid(rows, ncols):
    out = []
    for r in rows:
        r = list(r) + [""] * (ncols - len(r))
        out.append(r[:ncols])
    return out


def _set_cell_font(cell, size=9):
    for p in cell.paragraphs:
        for run in p.runs:
            run.font.size = Pt(size)
            run.font.name = FONT
            run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def _docx_para(d, text, bold=False, size=10.5, center=False):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _docx_table(d, spec, ncols, size=9, widths=None):
    rows = _grid(spec["rows"], ncols)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for r1, c1, r2, c2 in spec.get("merges", []):
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell = t.cell(i, j)
            cell.text = str(val)
            _set_cell_font(cell, size)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
            for i in range(len(rows)):
                t.cell(i, j).width = Cm(w)
    return t


def build_docx(path: Path, blocks, landscape=False):
    d = docx.Document()
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    for kind, *args in blocks:
        if kind == "title":
            _docx_para(d, args[0], bold=True, size=14, center=True)
        elif kind == "center":
            _docx_para(d, args[0], size=10.5, center=True)
        elif kind == "para":
            _docx_para(d, args[0])
        elif kind == "table":
            spec, ncols = args[0], args[1]
            widths = args[2] if len(args) > 2 else None
            _docx_table(d, spec, ncols, widths=widths)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = "blind84"
    cp.last_modified_by = "blind84"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def build_xlsx(path: Path, sheet_title, items, ncols, widths=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_title
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    r0 = 1
    for kind, *args in items:
        if kind in ("title", "center", "para"):
            ws.cell(row=r0, column=1, value=args[0])
            ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=ncols)
            c = ws.cell(row=r0, column=1)
            c.font = Font(name=FONT, size=14 if kind == "title" else 10, bold=(kind == "title"))
            c.alignment = Alignment(horizontal="center" if kind != "para" else "left",
                                    vertical="center", wrap_text=True)
            r0 += 1
        elif kind == "table":
            spec = args[0]
            rows = _grid(spec["rows"], ncols)
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = ws.cell(row=r0 + i, column=j + 1)
                    if val not in (None, ""):
                        c.value = val
                    c.border = border
                    c.font = Font(name=FONT, size=9)
                    c.alignment = Alignment(vertical="center", wrap_text=True)
            for r1, c1, r2, c2 in spec.get("merges", []):
                ws.merge_cells(start_row=r0 + r1, start_column=c1 + 1, end_row=r0 + r2, end_column=c2 + 1)
            for i, h in spec.get("heights", {}).items():
                ws.row_dimensions[r0 + i].height = h
            r0 += len(rows)
        else:
            raise ValueError(kind)
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind84"
    wb.properties.lastModifiedBy = "blind84"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data: bytes, path: Path):
    src = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            blob = src.read(n)
            if n == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    path.write_bytes(out.getvalue())


def to_pdf(path: Path):
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(HERE), str(path)], check=True, capture_output=True, timeout=300)


# ----------------------------------------------------------------------------------------------
# helpers for the gold
# ----------------------------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


DOCS = []

# ==============================================================================================
# 1. 湖北 武汉 青山区科学技术和经济信息化局: 2021 科学技术研究与开发资金 部门专项(绩效目标)申报表
# ==============================================================================================
QS_MID = "推进科技事业发展"
QS_YEAR = ("用好专项资金，鼓励企业加大科技创新投入，改善创新软环境，扩大高新技术企业群体；"
           "全年新增高新技术企业15家。")
qs_info = {
    "rows": [
        ["项目名称", "科学技术研究与开发资金", None, None, None],
        ["主管部门及编码", "区科经局", None, "实施单位", "区科经局"],
        ["项目属性", "延续性项目", None, "项目起止时间", "2021.1-2021.12"],
        ["项目资金", "资金总额", "936", "当年资金总额:", "936"],
        [None, "其中:财政拨款", "936", "其中:当年财政拨款", "936"],
        [None, "其他资金", "", "当年其他资金", ""],
        ["总体目标", "中期目标", None, "年度目标", None],
        [None, QS_MID, None, QS_YEAR, None],
    ],
    "merges": [(0, 1, 0, 4), (1, 1, 1, 2), (2, 1, 2, 2), (3, 0, 5, 0), (6, 0, 7, 0),
               (6, 1, 6, 2), (6, 3, 6, 4), (7, 1, 7, 2), (7, 3, 7, 4)],
}
qs_ind = {
    "rows": [
        ["一级指标", "二级指标", "指标内容", "指标值", "备 注"],
        ["产出指标", "数量指标", "新增高新技术企业", "15", ""],
        [None, "质量指标", "扶持标准达标率", "100%", ""],
        [None, "时效指标", "高企资格有效", "3年", ""],
        ["效益指标", "经济效益指标", "减税降费", "企业所得税减按15%征收", ""],
        [None, "社会效益指标", "企业竞争力", "增强", ""],
        [None, "环境效益指标", "优化创新创业环境", "优化", ""],
        [None, "可持续影响指标", "长效管理机制健全性", "健全", ""],
        [None, "社会公众或服务对象满意度指标", "政策满意度", "≥90%", ""],
    ],
    "merges": [(1, 0, 3, 0), (4, 0, 8, 0)],
}
DOCS.append({
    "file": "hb-qingshan-keji-rd-targets.docx",
    "blocks": [
        ("title", "青山区部门预算部门专项(绩效目标)申报表2021年度"),
        ("para", "申 报 项 目 名 称:科学技术研究与开发资金"),
        ("para", "编报单位(印章) :武汉市青山区科学技术和经济信息化局"),
        ("para", "部门负责人(签字):"),
        ("para", "编   报   时   间    :  2021年1月28日"),
        ("center", "项目基本信息"),
        ("center", "(2021年度)"),
        ("table", qs_info, 5),
        ("center", "绩效项目指标表"),
        ("table", qs_ind, 5),
        ("para", "附件:"),
    ],
    "gold": {
        "source_urls": ["http://www.qingshan.gov.cn/qzfbm/zfgzbm/kjj/czxx/zjxx/202102/t20210208_1632210.shtml"],
        "province": "湖北",
        "doc_kind": "项目绩效目标申报表 (部门专项, 2021年度)",
        "patterns": [1, 5, 6, 8, 10],
        "indicators": [
            ind("产出指标", "数量指标", "新增高新技术企业", None, 15, None, "15"),
            ind("产出指标", "质量指标", "扶持标准达标率", None, 100, "%", "100%"),
            ind("产出指标", "时效指标", "高企资格有效", None, 3, "年", "3年"),
            ind("效益指标", "经济效益指标", "减税降费", None, 15, "%", "企业所得税减按15%征收"),
            ind("效益指标", "社会效益指标", "企业竞争力", None, None, None, "增强"),
            ind("效益指标", "环境效益指标", "优化创新创业环境", None, None, None, "优化"),
            ind("效益指标", "可持续影响指标", "长效管理机制健全性", None, None, None, "健全"),
            ind("效益指标", "社会公众或服务对象满意度指标", "政策满意度", ">=", 90, "%", "≥90%"),
        ],
        "goals": [
            {"kind": "总体目标", "text": QS_MID},
            {"kind": "年度目标", "text": QS_YEAR},
        ],
        "facts": [
            {"metric": "资金总额", "kind": "sum", "total": 936, "parts": [936], "unit": None},
        ],
        "findings": [
            finding("target.missing_unit", "新增高新技术企业",
                    "count target written as the bare number 15 with no unit (家) in the 指标值 cell"),
            finding("target.vague_wording", "企业竞争力",
                    "target is the single word 增强 with no number, baseline or scale"),
            finding("target.vague_wording", "优化创新创业环境",
                    "target is the single word 优化 (the name already says 优化), nothing measurable"),
            finding("target.qualitative_no_scale", "长效管理机制健全性",
                    "qualitative target 健全 with no grading rule or evidence standard"),
            finding("goal.unquantified", QS_MID,
                    "the 中期目标 cell is a slogan with no number, scope or measurable statement"),
        ],
        "notes": (
            "武汉市青山区科学技术和经济信息化局 (区科经局), 部门专项 申报表 for 2021 (编报 2021年1月28日), project "
            "科学技术研究与开发资金, 936 (no unit written anywhere on the page; 万元 is the usual unit, gold unit left "
            "null). The stored page is complete: cover lines, 项目基本信息 table, 绩效项目指标表, then '附件:' and the "
            "site's footer (footer not reproduced; the site header lines 索引号/发布机构 are not reproduced either). "
            "The indicator table has no 三级 column: its header is 一级指标/二级指标/指标内容/指标值/备注, so the names "
            "come from 指标内容; 一级 labels are merged down (产出 over 3 rows, 效益 over 5). As in the old 88号 form, "
            "the satisfaction row sits under 效益指标 with 二级 '社会公众或服务对象满意度指标' (the page wraps that label "
            "round the row); no separate 满意度 一级, so no coverage finding. 备注 column empty throughout. "
            "Judgement calls: 100% and 3年 written bare are read as operator null; '企业所得税减按15%征收' is read as "
            "value 15 % with no operator and not flagged (it restates the tax rate a 高企 gets; a reviewer could call "
            "it an input, not a result); '高企资格有效 3年' is a validity period, not flagged as time_no_deadline; "
            "'增强' and '优化' flagged as vague wording, '健全' as qualitative without scale. The 年度目标 carries the "
            "number (15家) and is not flagged; the 中期目标 '推进科技事业发展' is. The 资金总额 sum fact has one part "
            "(财政拨款 936, 其他资金 empty)."
        ),
    },
})

# ==============================================================================================
# 2. 湖南 常德 桃源县科学技术局: 2022年 部门整体支出绩效目标申报表
# ==============================================================================================
TY_DUTY = ("落实国家科技发展战略以及科技促进经济社会发展的方针政策和法规；研究全县科技促进经济社会发展中的"
           "重大问题，确定全县科技发展的总体布局和优先方向；推进全县科技创新体系建设，增强全县科技创新能力。")
TY_GOAL = ("以创建创新型城市为主线，坚持问题导向和需求导向，着重抓科技型企业、科技平台和科技人才队伍建设，"
           "带动全社会加大研发投入，培育指导高新技术企业，培养科技创新人才，支持产学研合作项目，确保完成小康监测、"
           "绩效评估和真抓实干中的科技创新指标任务，提升全县科研创新水平，普及群众科普知识。")
ty_table = {
    "rows": [
        ["部门名称", "桃源县科学技术局", None, None, None, None, None, None],
        ["年度预算申请\n(万元)", "资金总额", "按收入性质分", None, None, None, "按支出性质分", None],
        [None, None, "公共财政拨款", "政府性\n基金拨款", "纳入专户的非税收入拨款", "其他资金", "基本支出", "项目支出"],
        [None, "1,403.07", "256.09", "", "", "1,146.98", "297.55", "1,105.52"],
        ["部门职能职责描述", TY_DUTY, None, None, None, None, None, None],
        ["整体绩效目标", TY_GOAL, None, None, None, None, None, None],
        ["部门整体\n支出年度\n绩效目标", "一级指标", "二级指标", "三级指标", "指标内容", "指标值及单位", None, None],
        [None, "产出指标", "数量指标", "高新技术企业新增数量", "高新技术企业新增申报成功数", "≥6家", None, None],
        [None, None, None, "培育指导高新技术企业数量", "培育指导高新技术企业数量", "≥10家", None, None],
        [None, None, None, "产学研合作项目数量", "全年开展产学研合作项目数量", "≥10项", None, None],
        [None, None, None, "技术交易项目数量", "全年开展技术交易项目数量", "≥10项", None, None],
        [None, None, None, "科技成果转化项目数量", "科技成果转化项目数量", "≥8项", None, None],
        [None, None, None, "科技活动周举办次数", "科技活动周举办次数", "1次", None, None],
        [None, None, None, "科普宣传活动次数", "科普宣传活动次数", "3次", None, None],
    ],
    "merges": [(0, 1, 0, 7), (1, 0, 3, 0), (1, 1, 2, 1), (1, 2, 1, 5), (1, 6, 1, 7),
               (4, 1, 4, 7), (5, 1, 5, 7), (6, 0, 13, 0), (7, 1, 13, 1), (7, 2, 13, 2)]
              + [(r, 5, r, 7) for r in range(6, 14)],
    "heights": {0: 16, 1: 16, 2: 28, 3: 16, 4: 42, 5: 56, 6: 16},
}
DOCS.append({
    "file": "hn-taoyuan-keji-dept-targets.xlsx",
    "sheet": "部门整体支出绩效目标申报表",
    "ncols": 8,
    "widths": [12, 14, 16, 22, 24, 12, 12, 12],
    "items": [
        ("title", "桃源县科学技术局2022年部门整体支出绩效目标申报表"),
        ("center", "部门整体支出绩效目标申报表"),
        ("center", "(2022年度)"),
        ("para", "填报单位(盖章):桃源县科学技术局"),
        ("table", ty_table),
    ],
    "gold": {
        "source_urls": ["https://www.taoyuan.gov.cn/zwdt/szzl/dqzt/bjyjs/bmczxx/bmysjxglgk/content_132638"],
        "province": "湖南",
        "doc_kind": "部门整体支出绩效目标申报表 (2022年度)",
        "patterns": [1, 2, 5, 6, 10],
        "indicators": [
            ind("产出指标", "数量指标", "高新技术企业新增数量", ">=", 6, "家", "≥6家"),
            ind("产出指标", "数量指标", "培育指导高新技术企业数量", ">=", 10, "家", "≥10家"),
            ind("产出指标", "数量指标", "产学研合作项目数量", ">=", 10, "项", "≥10项"),
            ind("产出指标", "数量指标", "技术交易项目数量", ">=", 10, "项", "≥10项"),
            ind("产出指标", "数量指标", "科技成果转化项目数量", ">=", 8, "项", "≥8项"),
            ind("产出指标", "数量指标", "科技活动周举办次数", None, 1, "次", "1次"),
            ind("产出指标", "数量指标", "科普宣传活动次数", None, 3, "次", "3次"),
        ],
        "goals": [
            {"kind": "目标", "text": TY_GOAL},
        ],
        "facts": [
            {"metric": "年度预算申请(按收入性质分)", "kind": "sum", "total": 1403.07, "parts": [256.09, 1146.98],
             "unit": "万元"},
            {"metric": "年度预算申请(按支出性质分)", "kind": "sum", "total": 1403.07, "parts": [297.55, 1105.52],
             "unit": "万元"},
        ],
        "findings": [
            finding("goal.unquantified", TY_GOAL,
                    "整体绩效目标 lists focus areas and aims (提升科研创新水平, 普及科普知识) with no number, "
                    "target level or deadline"),
            finding("coverage.missing_dimension", "效益指标",
                    "the indicator block as it stands has only 产出指标/数量指标 rows: no 效益 row"),
            finding("coverage.missing_dimension", "满意度指标",
                    "the indicator block as it stands has no 满意度 row"),
        ],
        "notes": (
            "桃源县科学技术局 (常德, 湖南) 部门整体支出绩效目标申报表 (2022年度), published 2022-02-15. One big form "
            "table: 部门名称; 年度预算申请(万元) with 资金总额 and the split 按收入性质分 (公共财政拨款/政府性基金拨款/"
            "纳入专户的非税收入拨款/其他资金) and 按支出性质分 (基本支出/项目支出); 部门职能职责描述; 整体绩效目标; then the "
            "indicator header row (一级/二级/三级/指标内容/指标值及单位) inside the same table under a label cell "
            "'部门整体支出年度绩效目标' merged down the block. The stored page ends after the row '科普宣传活动次数 3次' "
            "(7 rows, all 产出指标/数量指标); the document stops there. Judgement calls: the page's money row reads "
            "'1,403.07 256.09 [blank] 1,146.98 297.55 1,105.52'; 256.09 is put under 公共财政拨款 and 1,146.98 under "
            "其他资金 with the two middle income columns empty (the page does not show which income column holds "
            "1,146.98; the gold sum does not depend on it). Both splits add up (256.09 + 1,146.98 = 297.55 + 1,105.52 = "
            "1,403.07), so no consistency finding. '1次' and '3次' have no operator word and are read as operator null. "
            "Coverage is judged on the document as it stands (cut by the stored page inside the 数量指标 block): no "
            "效益 or 满意度 rows, flagged; a reader of the full page would probably find them further down. No 质量/"
            "时效 二级 either (not flagged separately). The 整体绩效目标 has no numbers at all (the 2021 form of the "
            "same bureau, not used here, listed numbers) and is flagged goal.unquantified."
        ),
    },
})

# ==============================================================================================
# 3. 工业和信息化部: 2018年 重点工作关键业绩指标 (mirror page)
# ==============================================================================================
MIIT_INTRO = ("党的十九届三中全会要求严格绩效管理和行政问责。近年来工业和信息化部以习近平新时代中国特色社会主义思想为"
              "指导推进政府绩效管理，提高公信力和执行力；为公开信息、接受监督，我部自2016年起每年公开部分重点工作的"
              "关键业绩指标并定期公布完成情况。2018年继续制定并公开这些指标，听取意见建议，改进工作。")
MIIT_NOTE = ("注:约束性指标指依照年度工作计划确定、必须按期完成的重点任务目标；预期性指标指依照国家规划和年度工作安排，"
             "主要依靠市场主体自主行为、调动政府和社会各方力量争取实现的目标。")
miit_table = {
    "rows": [
        ["序号", "指标名称", "预期效果", "完成时限", "指标\n属性", "牵头负责司局", "备注"],
        ["1", "创建“中国制造2025”国家级示范区", "确定首批示范区创建名单", "6月", "预期性", "规划司", ""],
        ["2", "遴选公告中小企业公共服务示范平台和创业创新示范基地数量", "各80个", "12月", "约束性", "中小企业局", ""],
        ["3", "绿色制造示范典型发布数量", "400项", "10月", "预期性", "节能与综合\n利用司", ""],
        ["4", "钢铁去产能规模", "3000万吨左右", "12月", "约束性", "原材料工业司", ""],
        ["5", "智能制造工程试点示范项目遴选数量", "100个左右", "12月", "预期性", "装备工业司", ""],
        ["6", "小品种药(短缺药)稳定生产供应新增数量", "10个", "12月", "预期性", "消费品工业司", ""],
        ["7", "制造业与互联网融合发展试点示范项目遴选数量", "120个", "12月", "约束性", "信息化和软件\n服务业司", ""],
        ["8", "通光纤行政村比例", "98%", "12月", "预期性", "信息通信发展司", "“十三五”规划预期2020年行政村通光纤比例达到98%。"],
        ["9", "移动宽带用户普及率", "85%", "12月", "预期性", None, "“十三五”规划预期2020年移动宽带用户普及率达到85%。"],
    ],
    "merges": [(8, 5, 9, 5)],
}
DOCS.append({
    "file": "cn-miit-kpi-targets.docx",
    "landscape": True,
    "blocks": [
        ("para", MIIT_INTRO),
        ("table", miit_table, 7, [1.2, 6.5, 3.6, 1.8, 1.5, 3.0, 6.0]),
        ("para", MIIT_NOTE),
    ],
    "gold": {
        "source_urls": ["http://hljny.net/news_info.aspx?id=350"],
        "province": "中央",
        "doc_kind": "部门重点工作关键业绩指标表 (工业和信息化部, 2018年)",
        "patterns": [5, 6],
        "indicators": [
            ind(None, None, "创建“中国制造2025”国家级示范区", None, None, None, "确定首批示范区创建名单"),
            ind(None, None, "遴选公告中小企业公共服务示范平台和创业创新示范基地数量", None, 80, "个", "各80个"),
            ind(None, None, "绿色制造示范典型发布数量", None, 400, "项", "400项"),
            ind(None, None, "钢铁去产能规模", None, 3000, "万吨", "3000万吨左右"),
            ind(None, None, "智能制造工程试点示范项目遴选数量", None, 100, "个", "100个左右"),
            ind(None, None, "小品种药(短缺药)稳定生产供应新增数量", None, 10, "个", "10个"),
            ind(None, None, "制造业与互联网融合发展试点示范项目遴选数量", None, 120, "个", "120个"),
            ind(None, None, "通光纤行政村比例", None, 98, "%", "98%"),
            ind(None, None, "移动宽带用户普及率", None, 85, "%", "85%"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "工业和信息化部 2018 key performance indicators (关键业绩指标) for its main tasks, as carried by a mirror "
            "page (hljny.net); the stored page holds the whole item: an opening paragraph, a 9-row table "
            "序号/指标名称/预期效果/完成时限/指标属性/牵头负责司局/备注, and a closing note on 约束性/预期性. The opening "
            "paragraph and the note are in our own words. Layout kept: the target sits in the column 预期效果 with "
            "value and unit in one cell ('各80个', '3000万吨左右', '100个左右'); 完成时限 as bare months ('6月', "
            "'12月'); the 牵头负责司局 cell '信息通信发展司' covers rows 8 and 9 (row 9 has no own cell on the page); "
            "two 司局 names wrap inside their cell. There is no 一级/二级 classification, so level1/level2 are null. "
            "Judgement calls: no operator word anywhere ('各' = each, '左右' = about), so every operator is null; "
            "row 1's target is a milestone (确定首批示范区创建名单 by 6月), kept as target_text with value null and not "
            "flagged (it is checkable: done or not by the month); 'X左右' is approximate but numeric and is not "
            "flagged as vague. No coverage finding: this is a ministry KPI list, not a budget indicator table with "
            "产出/效益/满意度 dimensions, and rows 8-9 are outcome rates. Province given as 中央 (a central ministry)."
        ),
    },
})


# ==============================================================================================
# 4. 科技部: 中央引导地方科技发展资金 2021年度绩效自评情况 (mirror page, prose, cut early)
# ==============================================================================================
MOST_GOAL = ("依照中央科技发展规划的部署，兼顾东、中、西部的科技水平和发展特点，调动地方的积极性和主动性，"
             "支持和引导地方政府落实国家创新驱动发展战略与科技改革发展政策，改善区域科技创新环境，"
             "增强区域科技创新能力。")
DOCS.append({
    "file": "cn-most-guidefund-selfreport.docx",
    "blocks": [
        ("title", "中央引导地方科技发展资金2021年度绩效自评情况"),
        ("center", "时间:2022-07-29"),
        ("para", "一、转移支付基本情况"),
        ("para", "中央引导地方科技发展资金(以下简称“引导资金”)是中央财政安排的共同财政事权转移支付资金，用于支持和"
                 "引导地方政府落实国家创新驱动发展战略和科技改革发展政策，改善区域科技创新环境，增强区域科技创新能力。"
                 "按照《财政部 科技部关于印发〈中央引导地方科技发展资金管理办法〉的通知》(财教〔2021〕204号)，引导资金"
                 "用于自由探索类基础研究、科技创新基地建设、科技成果转移转化、区域创新体系建设四个方面。"),
        ("para", "2021年度引导资金预算总规模26亿元，全部按因素法分配。"),
        ("para", "二、绩效自评目标实现情况"),
        ("para", "(一)整体绩效目标设定情况"),
        ("para", "2021年度引导资金整体目标为:" + MOST_GOAL + "具体绩效指标"),
    ],
    "gold": {
        "source_urls": ["http://www.sdycxedu.com/3784.html"],
        "province": "中央",
        "doc_kind": "转移支付绩效自评情况 (科技部, 中央引导地方科技发展资金, 2021年度; prose)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": MOST_GOAL},
        ],
        "facts": [
            {"metric": "引导资金预算总规模", "kind": "budget", "planned": 26, "actual": None, "stated_rate": None,
             "unit": "亿元"},
        ],
        "findings": [
            finding("goal.unquantified", MOST_GOAL,
                    "the 2021 整体目标 only names directions (落实战略/改善环境/增强能力) with no number, level or "
                    "deadline"),
        ],
        "notes": (
            "科技部's public 2021 self-evaluation of the 中央引导地方科技发展资金 transfer (dated 2022-07-29), as carried "
            "by a spam mirror (sdycxedu.com) that adds an unrelated junk title line and site navigation, and shows the "
            "text in traditional characters; the document keeps only the article, in simplified characters, with the "
            "prose in our own words (facts kept: 财教〔2021〕204号, the four support areas, 26亿元, 因素法, the date). "
            "The stored page ends right after the goal sentence at the words '具体绩效指标' (where the indicator list "
            "would begin); the document stops there, so it has no indicator rows and no coverage finding. The only "
            "money fact is the 26亿元 budget scale (no execution figure on the page). The 整体目标 sentence is flagged "
            "goal.unquantified; it could also be read as process-only (support and guide), not flagged twice."
        ),
    },
})

# ==============================================================================================
# 5. 湖南 岳阳县 岳阳高新技术产业园区管理委员会: 2021年度部门整体支出绩效评价自评报告 (form start)
# ==============================================================================================
YY_DUTY = ("1.编制园区总体规划和发展计划，制定园区行政管理制度，依规审批或报批园区建设和投资项目，代表县政府作为"
           "园区招商引进合同的签约主体。\n2.承担园区项目的招商、筹资、融资和协调。\n3.承担园区征地拆迁和基础设施"
           "配套建设，打造县域工业发展平台。\n4.为入园投资企业提供环境保护、工作服务、行政监督、合同履行等服务。\n"
           "5.承担园区规划区内项目策划、工程建设、劳动就业、综合统计、国资管理、社会保障、环境保护和社会治安等"
           "综合行政工作。")
YY_G1 = ("目标1:依托招商项目库精准对接、上门招商，确保全年新引进亿元项目20个以上，5亿元以上项目5个以上，"
         "10亿元项目1个以上。")
YY_G2 = "目标2:加快六期、七期扩园土地的征拆和报批，确保新征用地1000亩以上，报批土地1000亩以上。加"
yy_table = {
    "rows": [
        ["联系人", "黄  梅", "联络电话", ""],
        ["人员编制", "33", "实有人数", "33"],
        ["职能职责概述", YY_DUTY, None, None],
        ["年度主要\n工作内容", YY_G1 + "\n" + YY_G2, None, None],
    ],
    "merges": [(2, 1, 2, 3), (3, 1, 3, 3)],
}
DOCS.append({
    "file": "hn-yueyangxian-gaoxinqu-dept-selfreport.docx",
    "blocks": [
        ("title", "岳阳高新技术产业园管理委员会2021年度部门整体支出绩效评价自评报告"),
        ("center", "来源:岳阳高新技术产业园区管委会   2022-07-15 10:42"),
        ("para", "部门(单位)名称:岳阳高新技术产业园区管理委员会"),
        ("para", "预  算  编  码: yyx342"),
        ("para", "评价方式:部门(单位)绩效自评"),
        ("para", "评价机构:部门(单位)评价组"),
        ("para", "报告日期:2022年 07月12日"),
        ("para", "一、部门(单位)基本概况"),
        ("table", yy_table, 4, [3.0, 6.0, 3.0, 5.0]),
    ],
    "gold": {
        "source_urls": ["http://dibdj.com/37584/38146/38305/content_1984798.html"],
        "province": "湖南",
        "doc_kind": "部门整体支出绩效评价自评报告 (岳阳 form, cut in 基本概况)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "年度目标", "text": YY_G1},
            {"kind": "年度目标", "text": YY_G2},
        ],
        "facts": [],
        "findings": [],
        "notes": (
            "岳阳高新技术产业园区管理委员会 (岳阳县, 预算编码 yyx342), 2021 部门整体支出 self-evaluation report in the "
            "岳阳市 form (cover fields, then 一、部门(单位)基本概况 as a label/value table), carried by a spam mirror "
            "(dibdj.com) that shows it in traditional characters with stray pronunciation marks; reproduced in "
            "simplified characters without the mirror's junk. Kept as found: the title says '产业园管理委员会' while "
            "the body says '产业园区管理委员会'; 联络电话 empty; 人员编制 33 = 实有人数 33. The stored page ends inside "
            "'年度主要工作内容' after 目标2, on the first character of the next sentence ('加'); the document ends "
            "there too, keeping that fragment in the goal cell. Goals are in our own words with the page's numbers "
            "(亿元项目20个以上, 5亿元以上项目5个以上, 10亿元项目1个以上; 新征用地1000亩以上, 报批土地1000亩以上). No "
            "indicator table is reached, so no indicator rows and no coverage finding; both goals are quantified, so "
            "no goal finding. 职能职责概述 is duty text, not a goal."
        ),
    },
})


# ----------------------------------------------------------------------------------------------

def main(argv):
    make_pdf = "--no-pdf" not in argv
    ANN.mkdir(exist_ok=True)
    for doc in DOCS:
        path = HERE / doc["file"]
        if path.suffix == ".docx":
            build_docx(path, doc["blocks"], landscape=doc.get("landscape", False))
        else:
            build_xlsx(path, doc["sheet"], doc["items"], doc["ncols"], doc.get("widths"))
        if make_pdf:
            to_pdf(path)
        pdf_name = path.with_suffix(".pdf").name
        for name in (path.name, pdf_name):
            gold = {"source": name}
            gold.update(doc["gold"])
            (ANN / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", path.name, "+", pdf_name)


if __name__ == "__main__":
    main(sys.argv[1:])
