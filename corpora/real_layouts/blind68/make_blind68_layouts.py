#!/usr/bin/env python3
"""Blind part 68 of the real-layout corpus.

Each document reproduces the stored beginning of one public page (see SOURCES.md): layout, merged cells,
empty cells and defects as the page has them; facts (names, numbers, units, document numbers) as written;
longer sentences re-worded. The gold in DOCS was written by hand from the documents before anything ran on
them. Writes DOCX/XLSX (deterministic: core properties pinned to 2025-01-01, zip entries re-written with a
fixed date in a fixed order), one PDF per file via LibreOffice, and annotations/<file>.json for both.

usage: python make_blind68_layouts.py [--no-pdf]
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

import openpyxl
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = _dt.datetime(2025, 1, 1, 0, 0, 0)
FONT = "SimSun"


# ----------------------------------------------------------------------------------------------- helpers
def _normalise_zip(path: Path) -> None:
    """Rewrite a DOCX/XLSX so that its bytes do not depend on the clock or on the writer's entry order."""
    with zipfile.ZipFile(path) as zin:
        entries = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    if "docProps/core.xml" in entries:  # openpyxl stamps dcterms:modified with the clock at save time
        core = entries["docProps/core.xml"].decode("utf-8")
        core = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2025-01-01T00:00:00Z\g<3>", core)
        entries["docProps/core.xml"] = core.encode("utf-8")
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in entries]
    order = first + sorted(n for n in entries if n not in first)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, entries[name])
    path.write_bytes(buf.getvalue())


def _new_docx() -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = "blind68"
    cp.last_modified_by = "blind68"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    return doc


def _para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def _table(doc, rows, merges=(), widths=None):
    """rows: list of lists of str; merges: (r0, c0, r1, c1) inclusive; text of a merged block = top-left cell."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            run.font.size = Pt(9)
            run.font.name = FONT
            run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for r0, c0, r1, c1 in merges:
        keep = t.cell(r0, c0).text
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        # merging concatenates the texts of the merged cells; the blocks here hold text only in the top-left
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        if m.text != keep:
            raise ValueError(f"merge {r0},{c0} lost text: {m.text!r} != {keep!r}")
    if widths:
        from docx.shared import Cm

        t.autofit = False
        grid = t._tbl.tblGrid
        for j, (gc, w) in enumerate(zip(grid.findall(qn("w:gridCol")), widths)):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def _save_docx(doc, name: str) -> Path:
    path = HERE / name
    doc.save(path)
    _normalise_zip(path)
    return path


def _new_xlsx():
    wb = openpyxl.Workbook()
    wb.properties.creator = "blind68"
    wb.properties.lastModifiedBy = "blind68"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def _save_xlsx(wb, name: str) -> Path:
    path = HERE / name
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    _normalise_zip(path)
    return path


# -------------------------------------------------------------------------------------------- documents
def build_na_edu360_preschool_targets() -> Path:
    """wenku365 doc-sharing page: 部门职责-工作活动绩效目标, department code 360 教育局 (place not named)."""
    wb = _new_xlsx()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    rows = [
        ["部门职责-工作活动绩效目标"] + [""] * 9,
        ["360", "教育局"] + [""] * 8,
        ["职责", "活动", "年度预算数", "内容描述", "绩效目标", "绩效指标", "评价标准", "", "", ""],
        ["", "", "", "", "", "", "优", "良", "中", "差"],
        ["学前教育", "", "651.00",
         "落实学前教育重点项目,引导和支持学前教育资源扩充,化解目前“入园难”“入园贵”的矛盾。",
         "完善财政扶持政策并使资金配置更加科学,提高幼儿园入园率、扩大在园幼儿规模,切实缓解“入园难”“入园贵”等问题。",
         "", "", "", "", ""],
        ["", "扩大教育资源", "611.00",
         "采取闲置农村校舍改建幼儿园、在农村小学附设幼儿园、试点学前教育巡回支教、对民办幼儿园实行综合奖补等办法,"
         "扩大农村学前教育资源;对经济困难家庭儿童和残疾儿童给予资助。",
         "扩充学前教育资源,确保园舍安全,配齐必需的玩教具及保教、生活设施设备,为偏远地区适龄儿童及家长提供多种形式的"
         "巡回指导;帮助经济困难家庭儿童、孤儿和残疾儿童接受普惠性学前教育。",
         "实施学前教育三年行动计划(2014—2016年)重点项目,扩充学前教育资源、增加学位,缓解“入园难”“入园贵”,提高幼儿入园率。",
         "96.65%以上", "92.5%以上", "85%以上", "85%以下"],
        ["", "实施民办幼儿园综合奖补", "",
         "根据学前教育工作开展情况给予适度奖励性补助,用于支促使民办幼儿园提供普惠性服务、推动其自主发展,幼儿毛入园率96.",
         "", "", "", "", "", ""],
    ]
    for r, row in enumerate(rows, start=1):
        for c, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=val if val != "" else None)
            cell.alignment = wrap
            cell.font = Font(name=FONT, size=10, bold=(r in (1, 3, 4)))
            if r >= 3:
                cell.border = box
    ws.merge_cells("A1:J1")
    ws.merge_cells("B2:J2")
    for col in "ABCDEF":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("G3:J3")
    ws.merge_cells("A5:A7")
    widths = {"A": 8, "B": 12, "C": 9, "D": 34, "E": 34, "F": 30, "G": 9, "H": 9, "I": 8, "J": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    for r in (5, 6, 7):
        ws.row_dimensions[r].height = 96
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return _save_xlsx(wb, "na-edu360-preschool-targets.xlsx")


def build_hb_province_culture_eval() -> Path:
    """bdocx doc-sharing page: 湖北省公共文化服务 evaluation score table, stored from the middle of the table."""
    doc = _new_docx()
    _para(doc, "湖北省公共文化服务", bold=True, size=14, center=True)
    rows = [
        ["", "", "", "", "", "6.46", ""],
        ["", "", "", "村级广播系统终端建设完成率", "3.61", "", ""],
        ["", "", "观赏电影", "公益电影放映场次完成率", "", "", ""],
        ["", "", "文体活动", "文化馆、站提供文化服务次数增长率", "", "", ""],
        ["", "", "", "文化馆、站服务惠及人次增长率", "", "", ""],
        ["", "", "", "博物馆文化服务次数增长率", "", "", ""],
        ["", "", "公共数字服务", "公共电子阅览室面积增长率", "", "", ""],
        ["", "", "", "公共数字文化资源访问增长率", "", "", ""],
        ["", "", "", "公共数字文化资源免费共享增长率", "", "", ""],
        ["", "", "人才培养", "文化站从业人员增长率", "1", "2.6", ""],
        ["", "", "", "文化馆从业人员增长率", "0.6", "", ""],
        ["", "", "", "文化馆志愿者服务队伍增长率", "", "", ""],
        ["效果", "30", "社会效益", "公共文化设施或场所参与度和知晓率", "2.47", "3.55", "16.48"],
        ["", "", "", "公共数字文化资源参与度和知晓率", "1.08", "", ""],
        ["", "", "服务对象满意度", "公共文化阵地满意度", "3.42", "12.93", ""],
        ["", "", "", "公共文化队伍满意度", "3.33", "", ""],
        ["", "", "", "公共文化服务内容满意度", "3.18", "", ""],
        ["", "", "", "公共文化服务水平满意度", "", "", ""],
        ["总分", "100", "", "", "", "", "82.08"],
    ]
    merges = [
        (0, 0, 11, 0), (0, 1, 11, 1),            # 一级 label and its points continue from the page before
        (0, 2, 1, 2),                            # 二级 label of the group cut by the page start
        (3, 2, 5, 2), (6, 2, 8, 2), (9, 2, 11, 2), (9, 5, 11, 5),
        (12, 0, 17, 0), (12, 1, 17, 1), (12, 6, 17, 6),
        (12, 2, 13, 2), (12, 5, 13, 5), (14, 2, 17, 2), (14, 5, 17, 5),
        (18, 2, 18, 5),
    ]
    _table(doc, rows, merges, widths=[1.4, 1.2, 2.4, 6.2, 1.4, 1.4, 1.4])
    _para(doc, "评分结果:")
    _para(doc, "优()良(√)中()差()")
    _para(doc, "注:")
    _para(doc, "绩效等级按照综合绩效评价得分的分值分为:")
    _para(doc, "优(90≤S≤100);")
    _para(doc, "良(80≤S<90);")
    _para(doc, "中(60≤S<80);")
    _para(doc, "差(S<60)四个等级")
    _para(doc, "(一)全省整体绩效情况")
    _para(doc, "1.项目投入")
    _para(doc, "(1)")
    return _save_docx(doc, "hb-province-culture-eval.docx")


def build_hn_huarong_library_selfreport() -> Path:
    """lovfp essay-collection page: 项目实施绩效自评报告 篇14 (县图书馆总分馆, towns of 华容县, 岳阳)."""
    doc = _new_docx()
    _para(doc, "项目实施绩效自评报告 篇14", bold=True, size=14, center=True)
    _para(doc, "一、项目基本情况", bold=True)
    _para(doc, "按照构建国家公共文化服务体系的部署,我县推行图书馆总分馆模式。依据省文化主管部门和岳市文体改[20xx]2号"
               "《关于20xx年度文化体制改革任务落实和动态监测的通知》的要求,我县应以县图书馆为总馆,以北景港镇、三封寺镇、"
               "梅田湖镇、禹山镇、东山镇等5个单位为分馆,搭建总分馆服务平台。")
    _para(doc, "二、项目资金使用及管理情况", bold=True)
    _para(doc, "评审中心按国家有关法律法规和文件,对工程量计算核实后定出控制价199.69万元;采购由采购办依程序办理,"
               "县财政在20xx年预算中列支179万元。")
    _para(doc, "三、项目组织实施情况", bold=True)
    _para(doc, "项目先报县纪委备案,委托湖南省湘咨工程咨询有限责任公司代理,划为四个包,在岳阳市公共资源交易中心公开招标。")
    _para(doc, "四、综合评价情况及评价结论", bold=True)
    _para(doc, "县级图书馆总分馆制建立后,总馆在县域公共文化建设中起到枢纽作用,优质公共文化服务延伸到农村基层,"
               "公共文化产品和服务供给增加,群众的基本文化需求得到更好满足。综合总分馆建设成效和专项资金使用情况,"
               "自评绩效等级为“优”,分数为97分。")
    _para(doc, "五、项目主要绩效情况分析", bold=True)
    _para(doc, "经实地考核,各分馆都成立了工作领导小组,出台了后续工作方案并制定了各项管理制度,以“三个统筹、五个统一”"
               "为抓手推进基层公共文化服务设施集约管理,基层文化服务效能有所提升,已见初步成效。")
    _para(doc, "六、建议", bold=True)
    _para(doc, "继续开展图书馆评估定级和“基层文化馆站效能提升计划”,引导各乡镇建立健全基层公共文化服务设施的管理和使用"
               "制度,切实提升基层公共文化设施的服务效能。")
    return _save_docx(doc, "hn-huarong-library-selfreport.docx")


def build_sc_dazhou_fitness_selfreport() -> Path:
    """qyclass essay-collection page (traditional characters, mirror artefacts such as 項(xiàng)): 达州 全民健身补短板 自评."""
    doc = _new_docx()
    _para(doc, "工程項(xiàng)目績效評價報(bào)告1", bold=True, size=14, center=True)
    _para(doc, "依照四川省財(cái)政廳《關(guān)于開展20xx年度中央對地方轉(zhuǎn)移支付預(yù)算執(zhí)行情況績效自評工作的通知》"
               "(川財(cái)績〔20xx〕3號)的要求,現就本市20xx年度中央補助地方公共文化服務體系建設--全民健身補短板工程"
               "項(xiàng)目的自評情況報告如下:")
    _para(doc, "一、績效目標(biāo)分解下達情況", bold=True)
    _para(doc, "《財政廳省委宣傳部文化和旅遊廳省廣電局省體育省文物局關於下達20xx年中央支持地方公共文化服務體系建設補助資金"
               "預算的通知》(川財教〔20xx〕132號)向我市下達全民健身場地器材補短工程資金160萬元,核定標準為每個街道(鄉鎮)"
               "20萬元。我局與達州市財政局商定後,向宣漢縣和萬源市各下達80萬元,下達文件為《達州市財政局達州市委宣傳部"
               "達州市文化體育和旅遊局關於下達20xx年中央支持地方公共文化服務體系建設補助資金預算的通知》(達市財教〔20xx〕"
               "46號),並明確宣漢縣建成樊噲鎮多功能運動場、桃花鎮多功能運動場、黃金鎮多功能運動場和黃")
    return _save_docx(doc, "sc-dazhou-fitness-selfreport.docx")


# ------------------------------------------------------------------------------------------------- gold
def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None, actual=None, weight=None,
        score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def culture_rows():
    r = []
    for name, l2, sc in [
        ("村级广播系统终端建设完成率", None, 3.61),
        ("公益电影放映场次完成率", "观赏电影", None),
        ("文化馆、站提供文化服务次数增长率", "文体活动", None),
        ("文化馆、站服务惠及人次增长率", "文体活动", None),
        ("博物馆文化服务次数增长率", "文体活动", None),
        ("公共电子阅览室面积增长率", "公共数字服务", None),
        ("公共数字文化资源访问增长率", "公共数字服务", None),
        ("公共数字文化资源免费共享增长率", "公共数字服务", None),
        ("文化站从业人员增长率", "人才培养", 1),
        ("文化馆从业人员增长率", "人才培养", 0.6),
        ("文化馆志愿者服务队伍增长率", "人才培养", None),
    ]:
        r.append(ind(None, l2, name, score=sc))
    for name, l2, sc in [
        ("公共文化设施或场所参与度和知晓率", "社会效益", 2.47),
        ("公共数字文化资源参与度和知晓率", "社会效益", 1.08),
        ("公共文化阵地满意度", "服务对象满意度", 3.42),
        ("公共文化队伍满意度", "服务对象满意度", 3.33),
        ("公共文化服务内容满意度", "服务对象满意度", 3.18),
        ("公共文化服务水平满意度", "服务对象满意度", None),
    ]:
        r.append(ind("效果", l2, name, score=sc))
    return r


DOCS = [
    {
        "build": build_na_edu360_preschool_targets,
        "source": "na-edu360-preschool-targets.xlsx",
        "source_urls": ["https://www.wenku365.com/p-7815939.html"],
        "province": None,
        "doc_kind": "部门职责-工作活动绩效目标表 (教育局, 学前教育; 评价标准 优/良/中/差)",
        "patterns": [5, 7],
        "indicators": [
            ind(None, None,
                "实施学前教育三年行动计划(2014—2016年)重点项目,扩充学前教育资源、增加学位,缓解“入园难”“入园贵”,提高幼儿入园率。",
                ">=", 96.65, "%", "96.65%以上"),
        ],
        "goals": [
            {"kind": "目标",
             "text": "完善财政扶持政策并使资金配置更加科学,提高幼儿园入园率、扩大在园幼儿规模,切实缓解“入园难”“入园贵”等问题。"},
            {"kind": "目标",
             "text": "扩充学前教育资源,确保园舍安全,配齐必需的玩教具及保教、生活设施设备,为偏远地区适龄儿童及家长提供多种形式的"
                     "巡回指导;帮助经济困难家庭儿童、孤儿和残疾儿童接受普惠性学前教育。"},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified",
             "item": "完善财政扶持政策并使资金配置更加科学,提高幼儿园入园率、扩大在园幼儿规模,切实缓解“入园难”“入园贵”等问题。",
             "why": "the 绩效目标 of the 职责 学前教育 only says 提高/扩大/切实缓解 with no number, baseline or date"},
            {"rule": "goal.unquantified",
             "item": "扩充学前教育资源,确保园舍安全,配齐必需的玩教具及保教、生活设施设备,为偏远地区适龄儿童及家长提供多种形式的"
                     "巡回指导;帮助经济困难家庭儿童、孤儿和残疾儿童接受普惠性学前教育。",
             "why": "the 绩效目标 of the 活动 扩大教育资源 lists actions (扩充/确保/配齐/提供/帮助) with no count, rate or date"},
        ],
        "notes": (
            "wenku365 (天天文库) preview of a 6-page document '部门职责-工作活动绩效目标' uploaded 2018-02-27. The preview "
            "text starts with the title, then '360教育局' (a department code and name; no place, year or province is "
            "given), then the header 职责 | 活动 | 年度预算数 | 内容描述 | 绩效目标 | 绩效指标 | 评价标准 (优 良 中 差), "
            "one 职责 row (学前教育, 651.00, description, goal, empty 绩效指标 and 评价标准) and two 活动 rows. The stored "
            "text stops inside the third row's description at '幼儿毛入园率96.' and the document stops there (mid-cell). "
            "Site chrome (ID, size, page thumbnails, '由会员上传分享', the '1、2、3、' preview-page markers) is left out; "
            "the table is laid out as the text reads, which is the department-wide 职责→活动 layout with a graded 评价标准 "
            "(pattern 7 and 5). Province: the layout (职责-工作活动, 优良中差 bands, 2014—2016 学前教育三年行动计划) looks "
            "like a Hebei 部门预算 text, but the page names no place, so province is null and the file name uses 'na'. "
            "Judgement calls: the only indicator row is the 绩效指标 cell of 扩大教育资源; it is a sentence, kept as the "
            "name; its target is read from the 优 band '96.65%以上' (>= 96.65 %), the other bands (92.5%以上 / 85%以上 / "
            "85%以下) are the grading scale, so no qualitative_no_scale finding. The 职责 row's empty 绩效指标/评价标准 "
            "cells are the parent-row convention of this layout and are not flagged. The 活动 budgets shown (611.00 "
            "and an empty cell for 实施民办幼儿园综合奖补) do not reach the 职责 total 651.00, but the list of 活动 is cut "
            "by the page, so no sum fact or finding. The typo '用于支促使' is kept as found. No coverage finding: a "
            "职责/活动 target table has no 产出/效益/满意度 dimensions to be missing, and it is cut."),
    },
    {
        "build": build_hb_province_culture_eval,
        "source": "hb-province-culture-eval.docx",
        "source_urls": ["https://m.bdocx.com/doc/20803435.html"],
        "province": "湖北",
        "doc_kind": "评价报告 (全省公共文化服务绩效评价, 评分表片段: 三级指标得分、二级/一级小计、总分、等级)",
        "patterns": [1, 8, 10],
        "indicators": culture_rows(),
        "goals": [],
        "facts": [
            {"metric": "社会效益得分", "kind": "score_total", "total": 3.55, "parts": [2.47, 1.08]},
            {"metric": "效果得分", "kind": "score_total", "total": 16.48, "parts": [3.55, 12.93]},
            {"metric": "服务对象满意度得分", "kind": "score_total", "total": 12.93, "parts": [3.42, 3.33, 3.18]},
            {"metric": "人才培养得分", "kind": "score_total", "total": 2.6, "parts": [1, 0.6]},
            {"metric": "总分", "kind": "grade", "score": 82.08, "grade": "良"},
        ],
        "findings": [
            {"rule": "consistency.score_total", "item": "服务对象满意度",
             "why": "the 二级 subtotal reads 12.93 but the row scores shown are 3.42 + 3.33 + 3.18 = 9.93; the fourth row "
                    "(公共文化服务水平满意度) has an empty score cell"},
            {"rule": "consistency.score_total", "item": "人才培养",
             "why": "the 二级 subtotal reads 2.6 but the row scores shown are 1 + 0.6 = 1.6; 文化馆志愿者服务队伍增长率 has "
                    "an empty score cell"},
        ],
        "notes": (
            "冰豆网 (bdocx) preview of a 23-page DOCX '湖北省公共文化服务', a province-wide performance evaluation of public "
            "cultural services. The stored text starts in the middle of the score table (first token '6.46'), so no "
            "header row, no 一级 label for the first rows and no weights other than 效果 30 and 总分 100 are visible; "
            "the document starts the table where the page does and adds no header. Column order was read from the "
            "order the page gives the cells: 一级 | 一级分值 | 二级 | 三级 | 三级得分 | 二级得分 | 一级得分 (e.g. "
            "'效果 30 社会效益 公共文化设施…知晓率 2.47 3.55 16.48'); the first 一级 block is an empty merged cell "
            "continuing from the previous page, and '6.46' is the trailing cell of a row cut by the page start. The "
            "text then gives the 评分结果 line '优()良(√)中()差()', the note with the grade bands, and stops at "
            "'(一)全省整体绩效情况 1.项目投入 (1)'; the document stops there. Many 三级 rows (观赏电影, 文体活动, "
            "公共数字服务 groups) show no score at all; they are kept empty as found (score null). The two subtotal "
            "mismatches are flagged as found; they may come from cells the site dropped when it turned the table into "
            "text, but the document as it stands does not add up. Checks that hold: 3.55 = 2.47 + 1.08, 16.48 = 3.55 + "
            "12.93, 82.08 -> 良 (80≤S<90). No score_total fact for 总分 82.08: most of its parts are above the page "
            "start. Findings use consistency.score_total for score subtotals. Not a 区县 document: the share had no "
            "unused county page with a culture score table."),
    },
    {
        "build": build_hn_huarong_library_selfreport,
        "source": "hn-huarong-library-selfreport.docx",
        "source_urls": ["https://m.lovfp.com/dongshi/rgabr/nZKwo6MNZJ"],
        "province": "湖南",
        "doc_kind": "自评报告 (县图书馆总分馆建设, prose; 控制价199.69万元, 列支179万元, 自评“优”97分)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "自评结果", "kind": "grade", "score": 97, "grade": "优"},
        ],
        "findings": [],
        "notes": (
            "Essay-collection page (lovfp, '项目实施绩效自评报告 篇14', 2024-07-17) carrying a county library "
            "总分馆 self-evaluation; the county is not named, the five branch towns (北景港镇、三封寺镇、梅田湖镇、禹山镇、"
            "东山镇) and '岳市文体改[20xx]2号' place it in 华容县, 岳阳, 湖南 (inferred). The stored page holds the whole "
            "short report (sections 一 to 六) and ends with the site's '显示全文' link, which is left out. Prose only "
            "(one of the two prose documents of this part). Years and the document number are masked '20xx' by the "
            "site and kept so. Judgement calls: no goal section (一、项目基本情况 describes the task, not a target), so "
            "no goals; 控制价 199.69万元 against 列支 179万元 is a price ceiling and a budget line, not a budget/"
            "execution pair with a rate, so no budget fact; the grade 97 -> 优 is consistent (优 ≥ 90). No findings: "
            "there is no indicator table or stated target to check; the claim of '优' rests on prose only, which no "
            "rule id covers."),
    },
    {
        "build": build_sc_dazhou_fitness_selfreport,
        "source": "sc-dazhou-fitness-selfreport.docx",
        "source_urls": ["http://qyclass.com/baogao/8315662.html"],
        "province": "四川",
        "doc_kind": "自评报告 (中央补助 全民健身补短板工程, 达州市文化体育和旅游局; prose, traditional characters)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "全民健身场地器材补短工程资金", "kind": "sum", "total": 160, "parts": [80, 80], "unit": "萬元"},
        ],
        "findings": [],
        "notes": (
            "Spam-mirror essay page (qyclass, '工程項目績效評價報告[熱門]', 2024-10-13) in traditional characters whose "
            "text carries mirror artefacts (項(xiàng), 報(bào), 財(cái), 關(guān) …); item 1 is the 达州市 (四川) culture-sport "
            "bureau's self-evaluation of the 20xx 中央补助 全民健身补短板工程. The site's own preamble is left out; "
            "the document keeps the item title and the artefacts in the title, the notice name and a few words, and "
            "keeps the masked '20xx' years and document numbers (川財(cái)績〔20xx〕3號, 川財教〔20xx〕132號, 達市財教"
            "〔20xx〕46號) as written. The stored page stops inside section 一 at '黃金鎮多功能運動場和黃' and the "
            "document stops there. Prose only (the second prose document of this part). Facts: 160萬元 = 80 + 80 "
            "(宣漢縣, 萬源市) holds; at 20萬元 per 街道(鄉鎮) 160萬元 means 8 sites and 宣漢縣's 80萬元 four, which "
            "matches the four sites the text starts to list. No goals or indicators are reached before the cut, so no "
            "findings."),
    },
]


# ------------------------------------------------------------------------------------------------ main
def _pdf(path: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                        "pdf", "--outdir", tmp, str(path)], check=True, capture_output=True)
        out = Path(tmp) / (path.stem + ".pdf")
        dest = HERE / out.name
        shutil.copyfile(out, dest)
    return dest


def _gold(d: dict, source: str) -> dict:
    keys = ["source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"]
    g = {"source": source}
    g.update({k: d[k] for k in keys})
    return g


def _check_pdf(pdf: Path, d: dict) -> list[str]:
    # -raw keeps LibreOffice's per-cell drawing order; curly quotes are drawn by a fallback font and land out of
    # order, so quotes and white space are ignored on both sides of the comparison
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    drop = str.maketrans("", "", "“”‘’\"'")
    flat = "".join(text.split()).translate(drop)
    missing = []
    wanted = [i["name"] for i in d["indicators"]] + [i["target_text"] for i in d["indicators"] if i["target_text"]]
    wanted += [f["item"] for f in d["findings"]] + [g["text"] for g in d["goals"]]
    for w in wanted:
        if "".join(w.split()).translate(drop) not in flat:
            missing.append(w)
    return missing


def main(argv: list[str]) -> int:
    make_pdf = "--no-pdf" not in argv
    ANN.mkdir(exist_ok=True)
    problems = 0
    for d in DOCS:
        path = d["build"]()
        assert path.name == d["source"], (path.name, d["source"])
        (ANN / f"{path.name}.json").write_text(json.dumps(_gold(d, path.name), ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
        if make_pdf:
            pdf = _pdf(path)
            (ANN / f"{pdf.name}.json").write_text(json.dumps(_gold(d, pdf.name), ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
            miss = _check_pdf(pdf, d)
            if miss:
                problems += 1
                print(f"{pdf.name}: not found in PDF text: {miss}")
            else:
                print(f"{pdf.name}: ok ({len(d['indicators'])} indicators)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
