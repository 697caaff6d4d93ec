#!/usr/bin/env python3
"""Build the blind103 part of jixiao's real-layout corpus.

Four documents, each reproducing the layout of one stored public web page
(addresses in SOURCES.md and in each gold file).  Gold answers are written
here, by hand, by an annotator who has not read the toolkit's code.

Run:  /tmp/venv/bin/python make_blind103_layouts.py
Writes the DOCX/XLSX files, their PDFs (LibreOffice) and annotations/*.json
next to this script.  Output is deterministic: fixed core properties, fixed
zip timestamps, fixed PDF dates and ids.
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

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "blind103"
FONT = "Noto Serif CJK SC"


# ---------------------------------------------------------------- helpers
def _docx_base():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def _para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _table(d, nrows, ncols, cells, merges=(), widths_cm=None):
    """cells: dict (r, c) -> text; merges: (r1, c1, r2, c2) inclusive."""
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    if widths_cm:
        t.autofit = False
        for i, w in enumerate(widths_cm):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths_cm):
                row.cells[i].width = Cm(w)
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for (r, c), text in cells.items():
        cell = t.cell(r, c)
        cell.text = ""
        p = cell.paragraphs[0]
        lines = text.split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)
            run.font.name = FONT
            run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
            run.font.size = Pt(9)
            if i < len(lines) - 1:
                run.add_break()
    return t


def _normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted-stable order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<",
                              rb"<dcterms:\1\2>2024-01-01T00:00:00Z<", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def _to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
             "--convert-to", "pdf", "--outdir", outdir, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    data = open(pdf, "rb").read()

    # same-length replacements keep the xref offsets valid
    def fix_date(m):
        s = m.group(0)
        head = s[: s.index(b"(") + 1]
        body = s[len(head):-1]
        new = b"D:20240101000000" + b"Z"
        new = (new + b" " * len(body))[: len(body)] if len(new) <= len(body) else body
        return head + new + b")"

    data = re.sub(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)", fix_date, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*<",
                  lambda m: b"<xmp:" + m.group(1) + b">" + b"2024-01-01T00:00:00Z".ljust(
                      len(m.group(0)) - len(m.group(1)) - 7)[: len(m.group(0)) - len(m.group(1)) - 7] + b"<",
                  data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    open(pdf, "wb").write(data)
    return pdf


def _write_gold(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    base = os.path.splitext(fname)[0]
    for ext in (os.path.splitext(fname)[1], ".pdf"):
        g = dict(gold)
        g["source"] = base + ext
        with open(os.path.join(ANN, base + ext + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ============================================================ document 1
# 新疆 温泉县 城乡居民基本医疗保险财政补助资金 项目公示 + 部门预算项目支出绩效目标表
XJ = "xinjiang-wenquan-medinsurance-targets.docx"
XJ_URL = "https://www.xjwq.gov.cn/info/1087/54556.htm"
XJ_GOAL = ("建立覆盖全县、城乡统一、便民高效、公平可及的城乡居民基本医疗保险制度,"
           "满足群众基本医疗需求,进一步改善群众基本生活、保障居民身体健康、"
           "减轻家庭经济负担,使参保人员不因病致贫、不因病返贫。")


def build_xj():
    d = _docx_base()
    _para(d, "经县扶贫开发领导小组研究确定,2019年由县医疗保障局承担城乡居民基本医疗保险"
             "财政补助资金项目1个,资金共计203万元。现将该项目有关情况公示如下:")
    _para(d, "一、城乡居民基本医疗保险财政补助资金项目", bold=True)
    _para(d, "1、实施地点")
    _para(d, "温泉县")
    _para(d, "2、建设内容")
    _para(d, "全县城乡居民参加基本医疗保险43230人,户籍人口基本医保综合参保率大于95%,"
             "参保人员政策范围内住院费用报销比例大于68%,建档立卡贫困户参保率达到100%,"
             "以减轻参保群众看病负担、缓解社会矛盾。")
    _para(d, "3、补助标准")
    _table(d, 2, 5, {
        (0, 0): "中央", (0, 1): "自治区", (0, 2): "自治州", (0, 3): "县", (0, 4): "合计",
        (1, 0): "416元", (1, 1): "73元", (1, 2): "20元", (1, 3): "80元", (1, 4): "589元",
    })
    _para(d, "4、资金来源及规模(其中财政资金203万元)")
    _para(d, "5、实施期限")
    _para(d, "2019年1月1日-2019年12月31日")
    _para(d, "6、实施单位及责任人")
    _para(d, "实施单位:温泉县医疗保障局 责任人:马玉秀")
    _para(d, "7、绩效目标")
    # big form table: 5 columns
    rows = {}
    m = []
    r = 0
    rows[(r, 0)] = "部门预算项目支出绩效目标表"; m.append((r, 0, r, 4)); r += 1
    rows[(r, 0)] = "(2019年度)"; m.append((r, 0, r, 4)); r += 1
    rows[(r, 0)] = "项目名称"; rows[(r, 1)] = "城乡居民基本医疗保险财政补助资金"; m.append((r, 1, r, 4)); r += 1
    rows[(r, 0)] = "预算单位"; rows[(r, 1)] = "温泉县医疗保障局"; m.append((r, 1, r, 4)); r += 1
    rows[(r, 0)] = "项目资金 (万元)"; m.append((r, 0, r + 2, 0))
    rows[(r, 1)] = "年度资金总额:203"; m.append((r, 1, r, 4)); r += 1
    rows[(r, 1)] = "其中:财政拨款 203"; m.append((r, 1, r, 4)); r += 1
    rows[(r, 1)] = "其他资金"; m.append((r, 1, r, 4)); r += 1
    rows[(r, 0)] = "总 体 目 标"; m.append((r, 0, r + 1, 0))
    rows[(r, 1)] = "年度目标"; m.append((r, 1, r, 4)); r += 1
    rows[(r, 1)] = XJ_GOAL; m.append((r, 1, r, 4)); r += 1
    hdr = r
    rows[(r, 0)] = "绩 效 指 标"
    rows[(r, 1)] = "一级 指标"; rows[(r, 2)] = "二级指标"; rows[(r, 3)] = "三级指标"
    rows[(r, 4)] = "指标值(包含数字及文字描述)"; r += 1
    first = r
    data = [
        ("数量指标", "基本医疗保险参保人数", "43230人"),
        (None, "城乡居民基本医疗参保率", "≥95%"),
        (None, "贫困人员参保率", "100%"),
        (None, "基本医疗保险财政补助标准", "589元/人"),
        ("质量指标", "补助资金按时到期", "补助资金及时到位100%"),
        (None, "符合政策规定", "专项补助使用符合政策规定"),
        ("时效指标", "专项补助使用落实期限", "2019年1月-2019年12月"),
    ]
    rows[(first, 1)] = "项目完成"
    for i, (l2, name, val) in enumerate(data):
        if l2:
            rows[(first + i, 2)] = l2
        rows[(first + i, 3)] = name
        rows[(first + i, 4)] = val
    last = first + len(data) - 1
    m.append((hdr, 0, last, 0))
    m.append((first, 1, last, 1))
    m.append((first, 2, first + 3, 2))
    m.append((first + 4, 2, first + 5, 2))
    _table(d, last + 1, 5, rows, m, widths_cm=[2.4, 1.8, 2.0, 5.6, 4.6])
    out = os.path.join(HERE, XJ)
    d.save(out)
    _normalize_zip(out)
    _to_pdf(out)

    gold = {
        "source": XJ, "source_urls": [XJ_URL], "province": "新疆维吾尔自治区",
        "doc_kind": "项目公示及部门预算项目支出绩效目标表(医保财政补助)",
        "patterns": [1, 2, 5, 6, 10],
        "indicators": [
            ind("项目完成", "数量指标", "基本医疗保险参保人数", None, 43230, "人", "43230人"),
            ind("项目完成", "数量指标", "城乡居民基本医疗参保率", ">=", 95, "%", "≥95%"),
            ind("项目完成", "数量指标", "贫困人员参保率", None, 100, "%", "100%"),
            ind("项目完成", "数量指标", "基本医疗保险财政补助标准", None, 589, "元/人", "589元/人"),
            ind("项目完成", "质量指标", "补助资金按时到期", None, 100, "%", "补助资金及时到位100%"),
            ind("项目完成", "质量指标", "符合政策规定", None, None, None, "专项补助使用符合政策规定"),
            ind("项目完成", "时效指标", "专项补助使用落实期限", None, None, None, "2019年1月-2019年12月"),
        ],
        "goals": [{"kind": "年度目标", "text": XJ_GOAL}],
        "facts": [
            {"metric": "补助标准", "kind": "sum", "total": 589, "parts": [416, 73, 20, 80], "unit": "元"},
            {"metric": "年度资金总额", "kind": "sum", "total": 203, "parts": [203], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": XJ_GOAL,
             "why": "年度目标只有'进一步改善''保障''减轻'等表述,没有任何数字或期限;数字(43230人、95%、68%、100%)只出现在前面的'建设内容'里。"},
            {"rule": "target.misfiled_dimension", "item": "基本医疗保险财政补助标准",
             "why": "589元/人是补助(成本)标准,却填在数量指标下;表中没有成本指标。"},
            {"rule": "target.misfiled_dimension", "item": "补助资金按时到期",
             "why": "指标值'补助资金及时到位100%'讲的是资金到位是否及时,属于时效/过程,不是质量指标。"},
            {"rule": "target.input_or_process", "item": "补助资金按时到期",
             "why": "资金及时到位是资金管理(过程)指标,不是产出。"},
            {"rule": "target.input_or_process", "item": "符合政策规定",
             "why": "'专项补助使用符合政策规定'衡量资金使用合规性,属于过程管理,不是产出质量。"},
            {"rule": "target.qualitative_no_scale", "item": "符合政策规定",
             "why": "定性指标值'专项补助使用符合政策规定'没有数字,也没有分级标准。"},
        ],
        "notes": ("存储页面从公示正文开始,止于绩效目标表'时效指标 | 专项补助使用落实期限 | 2019年1月-2019年12月'一行;"
                  "效益指标、满意度指标不在存储页面里,所以文档也到此为止,未据此标 coverage.missing_dimension(是页面截断,不是原表缺项)。"
                  "一级指标列原文写作'项目完成'(不是'产出指标'),照录;level1 按原文填'项目完成'。"
                  "'补助资金按时到期'照录(疑为'到位'的笔误)。"
                  "'专项补助使用落实期限'的值是一个期间(2019年1月-2019年12月),operator/value 都记 null;它与项目实施期限相同,未单独标 time_no_deadline。"
                  "百分比目标未写'='的(100%)operator 记 null。"
                  "补助标准589元/人×43230人约合2546万元,远大于公示的203万元财政资金;原文没有说明203万元是哪一级的份额,未作为 consistency 发现,只在此记录。"
                  "'其他资金'一格为空,年度资金总额 203 = 财政拨款 203。建设内容、年度目标等长句用自己的话重写,数字保持不变。")
    }
    _write_gold(XJ, gold)


# ============================================================ document 2
# 广东 江门 新会区 垦造水田/现有耕地提质改造项目: 项目表(页首截断) + 附件2 申请表 + 附件4 绩效评价表
GD = "guangdong-xinhui-farmland-evalcriteria.xlsx"
GD_URL = "https://www.cwdbkk.com/html_2/chongwujiyang/30642/list/2.html"


def build_gd():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    font = Font(name=FONT, size=10)

    def put(r, c, v, border=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = wrap
        cell.font = font
        if border:
            cell.border = box
        return cell

    # --- project table: the stored page begins inside it (no title, no header,
    # the first row's 序号 is not on the page)
    proj = [
        (None, "新会区司前镇田边村现有耕地提质改造项目", 1024.42, 946.34, 7.02),
        (2, "新会区司前镇小坪村现有耕地提质改造项目", 904.63, 833.7, 6.65),
        (3, "新会区罗坑镇芦冲村、升平村现有耕地提质改造项目", 111.53, 102.91, 4.97),
        (4, "新会区睦洲镇莲子塘村现有耕地提质改造项目", 406.31, 375.32, 4.79),
        (5, "新会区双水镇基背村、沙路村垦造水田项", 423.04, 403.15, 5.89),
        (6, "新会区三江镇联和村、联合村垦造水田项目", 190.58, 177.83, 6.82),
        (7, "2018年度崖门镇横水村、明苹村垦造水田项目", 341.77, 319.91, 6.63),
        (8, "新会区“侨都锦田”土地综合整治项目一期", "1265.00", 661.66, 6.64),
        (9, "新会区“侨都锦田”土地综合整治项目二期", "1190.00", "900.00", None),
    ]
    r = 1
    for row in proj:
        for c, v in enumerate(row, start=1):
            put(r, c, v)
        r += 1
    put(r, 1, "合计"); put(r, 2, None); put(r, 3, 5857.28); put(r, 4, 4720.82); put(r, 5, None)
    r += 2

    # --- 附件2: application / evaluation form (template, signatures)
    put(r, 1, "附件2", border=False); r += 1
    f0 = r
    put(r, 1, "项目名称"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); put(r, 2, None); r += 1
    put(r, 1, "项目所在镇乡\n(街道)、村"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); put(r, 2, None); r += 1
    put(r, 1, "项目申请单位(或申请人)"); put(r, 2, None); put(r, 3, "固话:"); put(r, 4, "手机:"); put(r, 5, None); r += 1
    put(r, 1, "项目面积(亩)"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); put(r, 2, None); r += 1
    put(r, 1, "绩效评价\n(计划完成情况、培肥效果、基础设施维护、生产档案等情况)")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); put(r, 2, None); r += 1
    put(r, 1, "项目申请\n单位意见"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    put(r, 2, "签字(盖章)\n年月日"); r += 1
    put(r, 1, "所在村\n审核意见"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); put(r, 2, None); r += 1
    put(r, 1, "所在自然资源所审核意见"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); put(r, 2, None); r += 1
    put(r, 1, "所在镇(街)审核意见"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); put(r, 2, None); r += 1
    put(r, 1, "区级审核意见"); put(r, 2, "(区农业农村局)"); put(r, 3, "(区自然资源局)")
    put(r, 4, "(区财政局)"); put(r, 5, None); r += 2
    put(r, 1, "附件3", border=False); r += 2
    put(r, 1, "附件4", border=False); r += 1

    # --- 附件4: evaluation criteria table, 7 columns
    # A 一级 | B 二级 | C 三级 | D 分值 | E 评价标准 | F 乡镇自验 | G 区县考评
    h1 = r
    put(r, 1, "基本指标"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    put(r, 2, None); put(r, 3, None)
    put(r, 4, "分值"); ws.merge_cells(start_row=r, start_column=4, end_row=r + 1, end_column=4)
    put(r, 5, "评价标准"); ws.merge_cells(start_row=r, start_column=5, end_row=r + 1, end_column=5)
    put(r, 6, "乡镇\n自验"); ws.merge_cells(start_row=r, start_column=6, end_row=r + 1, end_column=6)
    put(r, 7, "区县\n考评"); ws.merge_cells(start_row=r, start_column=7, end_row=r + 1, end_column=7)
    r += 1
    put(r, 1, "一级指标"); put(r, 2, "二级指标"); put(r, 3, "三级指标")
    for c in (4, 5, 6, 7):
        put(r, c, None)
    r += 1
    crit = [
        # (一级, 二级, 三级, 分值, 评价标准)
        ("水稻种植情况(40分)", "种植面积\n(20分)", "——", 20,
         "种植面积达到可种面积(新增水田面积)的100%得20分,种植面积达到可种面积的90%得10分。"),
        (None, "生长情况", None, None, "有专人栽培管理,生长整齐、长势良好。"),
        ("提升耕地质量(35分)", "培育耕层\n(5分)", "增厚土层", None,
         "平整地表,深耕深翻土壤,加厚耕作层,促进生土熟化。"),
        (None, "培肥地力\n(30分)", "增施有机肥", 25,
         "年亩增施商品有机肥1000公斤以上,提供正式发票,每少于100公斤扣5分。"),
        (None, None, "秸秆还田\n冬绿肥种植", None,
         "实行秸秆等覆盖还田和冬种绿肥,增加土壤有机质,减少地表蒸发和水土流失。"),
        ("基础设施维护(15分)", "设施管护\n(15分)", "道路田坎", None, "道路田坎无倒塌无"),
    ]
    c0 = r
    for (l1, l2, l3, pts, std) in crit:
        put(r, 1, l1); put(r, 2, l2); put(r, 3, l3); put(r, 4, pts); put(r, 5, std)
        put(r, 6, None); put(r, 7, None)
        r += 1
    # merged label columns
    ws.merge_cells(start_row=c0, start_column=1, end_row=c0 + 1, end_column=1)
    ws.merge_cells(start_row=c0 + 2, start_column=1, end_row=c0 + 4, end_column=1)
    ws.merge_cells(start_row=c0 + 3, start_column=2, end_row=c0 + 4, end_column=2)

    widths = {"A": 18, "B": 40, "C": 14, "D": 12, "E": 44, "F": 8, "G": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    # row heights from the wrapped text (LibreOffice does not re-flow on load)
    merged_w = {}
    for rng in ws.merged_cells.ranges:
        w = sum(widths[chr(64 + c)] for c in range(rng.min_col, rng.max_col + 1))
        merged_w[(rng.min_row, rng.min_col)] = (w, rng.max_row - rng.min_row + 1)
    for row in ws.iter_rows():
        need = 1
        for cell in row:
            if cell.value is None:
                continue
            w, span = merged_w.get((cell.row, cell.column), (widths[cell.column_letter], 1))
            n = 0
            for line in str(cell.value).split("\n"):
                units = sum(2 if ord(ch) > 0x2000 else 1 for ch in line) * 1.1
                n += max(1, -(-int(units) // int(w)))
            need = max(need, -(-n // span))
        ws.row_dimensions[row[0].row].height = 15 * need
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    out = os.path.join(HERE, GD)
    wb.save(out)
    _normalize_zip(out)
    _to_pdf(out)

    gold = {
        "source": GD, "source_urls": [GD_URL], "province": "广东省",
        "doc_kind": "垦造水田/耕地提质改造项目表及绩效评价表(评分标准)",
        "patterns": [1, 5, 7, 8],
        "indicators": [
            ind("水稻种植情况", "种植面积", "种植面积", ">=", 100, "%",
                "种植面积达到可种面积(新增水田面积)的100%得20分,种植面积达到可种面积的90%得10分。",
                weight=20),
            ind("水稻种植情况", "生长情况", "生长情况", None, None, None,
                "有专人栽培管理,生长整齐、长势良好。"),
            ind("提升耕地质量", "培育耕层", "增厚土层", None, None, None,
                "平整地表,深耕深翻土壤,加厚耕作层,促进生土熟化。"),
            ind("提升耕地质量", "培肥地力", "增施有机肥", ">=", 1000, "公斤",
                "年亩增施商品有机肥1000公斤以上,提供正式发票,每少于100公斤扣5分。", weight=25),
            ind("提升耕地质量", "培肥地力", "秸秆还田 冬绿肥种植", None, None, None,
                "实行秸秆等覆盖还田和冬种绿肥,增加土壤有机质,减少地表蒸发和水土流失。"),
            ind("基础设施维护", "设施管护", "道路田坎", None, None, None, "道路田坎无倒塌无"),
        ],
        "goals": [],
        "facts": [
            {"metric": "项目表第1个数字列合计", "kind": "sum", "total": 5857.28,
             "parts": [1024.42, 904.63, 111.53, 406.31, 423.04, 190.58, 341.77, 1265.00, 1190.00], "unit": None},
            {"metric": "项目表第2个数字列合计", "kind": "sum", "total": 4720.82,
             "parts": [946.34, 833.7, 102.91, 375.32, 403.15, 177.83, 319.91, 661.66, 900.00], "unit": None},
            {"metric": "水稻种植情况分值", "kind": "sum", "total": 40, "parts": [20], "unit": "分"},
            {"metric": "提升耕地质量分值", "kind": "sum", "total": 35, "parts": [5, 30], "unit": "分"},
            {"metric": "培肥地力分值", "kind": "sum", "total": 30, "parts": [25], "unit": "分"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "水稻种植情况",
             "why": "一级标注40分,但只有'种植面积'写了20分,'生长情况'没有分值,写出的分值合计20≠40。"},
            {"rule": "consistency.sum", "item": "培肥地力",
             "why": "二级标注30分,三级只写了'增施有机肥'25分,'秸秆还田 冬绿肥种植'的分值空着,合计25≠30。"},
            {"rule": "target.qualitative_no_scale", "item": "生长情况",
             "why": "评价标准'有专人栽培管理,生长整齐、长势良好'是定性描述,没有分档扣分规则,也没有分值。"},
            {"rule": "target.qualitative_no_scale", "item": "增厚土层",
             "why": "评价标准只描述做法(平整地表、深耕深翻…),没有数量(土层厚度)或分档。"},
            {"rule": "target.qualitative_no_scale", "item": "秸秆还田 冬绿肥种植",
             "why": "'增加土壤有机质,减少地表蒸发和水土流失'没有数字,也没有评分档次。"},
        ],
        "notes": ("存储页面从项目表中间开始:没有表题和表头,第一行的序号'1'也不在页面上,所以项目表的三个数字列无法命名(第2列小于第1列,可能是新增水田面积,但原文未写),照录为无表头;"
                  "第5行项目名'新会区双水镇基背村、沙路村垦造水田项'少一个'目'字,照录;第9行第3个数字为空,照录;'1265.00''1190.00''900.00'按原文保留两位小数(以文本存)。"
                  "两列合计经核算一致(5857.28、4720.82)。附件2是空白申请/审核表(模板与签字栏),附件3在页面上只有标题。"
                  "附件4评价表止于'道路田坎无倒塌无'(句子被截断),文档也止于此;'道路田坎'行不作任何发现。"
                  "评价表是评分标准,没有目标值列:target_text 取'评价标准'单元格;'达到…100%'按'达到'=≥记 operator '>=' value 100 unit '%';'1000公斤以上'记 '>=' 1000 公斤。"
                  "三级为'——'的'种植面积'行,name 与 level2 都记'种植面积';'生长情况'没有三级,name 记二级名称。"
                  "weight 只记分值列里写出的数(20、25);培育耕层(5分)的唯一三级'增厚土层'分值列为空,weight 记 null(二级标注5分)。"
                  "分值列空白造成的合计不符按 consistency.sum 标出(一级/二级标注分值 vs 写出的分值)。乡镇自验、区县考评两列全空(未评分),score 全为 null。"
                  "该页面是一个转载站(cwdbkk.com)的副本,原发布机关不在页面上;省份按'新会区'(江门市)判为广东。")
    }
    _write_gold(GD, gold)


# ============================================================ document 3
# 广西 城乡居民基本养老保险补助资金转移支付 2022年度绩效自评报告 (prose)
GX = "guangxi-region-respension-selfreport.docx"
GX_URL = "http://rst.gxzf.gov.cn/xwdt/xwdtzxgg/t16691526.shtml"
GX_GOAL = "确保符合条件的城乡参保居民基础养老金按时足额发放"


def build_gx():
    d = _docx_base()
    _para(d, "广西城乡居民基本养老保险补助资金转移支付2022年度绩效自评报告", bold=True, center=True, size=14)
    _para(d, "发布时间:2023-06-20 19:05:00    来源:厅规划财务处", center=True)
    _para(d, "一、绩效目标分解下达情况", bold=True)
    _para(d, "(一)中央下达资金情况。")
    _para(d, "2022年度,中央财政对我区城乡居民基本养老保险给予有力支持,先后分两批下达城乡居民基本养老保险"
             "转移支付资金672385万元(其中,第一批653885万元,第二批18500万元),为全区城乡参保居民"
             "基础养老金按时足额发放提供了保障。")
    _para(d, "(二)地方财政安排情况。")
    _para(d, "为保证年满60周岁参保人员的基础养老金按时足额发放,按规定对参保缴费人员给予缴费补贴,"
             "并做好缴费困难群体的养老保险费代缴和丧葬补助金发放,我区各级财政共安排配套资金383794.62万元,"
             "其中自治区财政资金295348万元,市、县财政资金88446.62万元。")
    _para(d, "(三)绩效目标分解下达情况。")
    _para(d, "中央下达我区的转移支付区域(项目)绩效总体目标是" + GX_GOAL + "。截至2022年底,"
             "全区648.34万名符合条件的城乡老年居民基础养老金均已按时足额发放,年度绩效目标100%如期实现。"
             "在此基础上,自治区结合本地实际,另外设置了发放缴费补贴人数、代缴养老保险费人数、"
             "发放丧葬补助金人数等年度绩效目标,这些目标也都如期完成。")
    _para(d, "二、绩效目标完成情况分析", bold=True)
    _para(d, "(一)资金投入情况分析。")
    _para(d, "2022年,我区城乡居民基本养老保险全年预算数1080245.79万元,全区执行数1032849.44"
             "(含中央资金689139.31万元,地方资金332524.99万元,其他资金11185.14万元),总预算执行率95.61%。")
    _para(d, "全区各级人力资源社会保障、财政部门认真贯彻落实《财政部 人力资源社会保障部关于城乡居民基本养")
    out = os.path.join(HERE, GX)
    d.save(out)
    _normalize_zip(out)
    _to_pdf(out)

    gold = {
        "source": GX, "source_urls": [GX_URL], "province": "广西壮族自治区",
        "doc_kind": "转移支付绩效自评报告(社会保险:城乡居民基本养老保险)",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "总体目标", "text": GX_GOAL}],
        "facts": [
            {"metric": "中央下达城乡居民基本养老保险转移支付资金", "kind": "sum", "total": 672385,
             "parts": [653885, 18500], "unit": "万元"},
            {"metric": "地方财政配套资金", "kind": "sum", "total": 383794.62,
             "parts": [295348, 88446.62], "unit": "万元"},
            {"metric": "全区执行数", "kind": "sum", "total": 1032849.44,
             "parts": [689139.31, 332524.99, 11185.14], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": GX_GOAL,
             "why": "总体目标只写'按时足额发放',没有人数、金额或比率;648.34万名是完成情况,不是目标值。"},
        ],
        "notes": ("纯文字报告,无指标表。存储页面止于'二、(一)资金投入情况分析'第二段开头'…《财政部 人力资源社会保障部关于城乡居民基本养',文档照此截断。"
                  "三组合计经核算均一致;执行率 1032849.44/1080245.79=95.61%,与原文一致(facts 只收 sum,执行率在此记录)。"
                  "'全区执行数1032849.44'原文没有写单位,照录;facts 里按括号内各部分的'万元'记单位。"
                  "中央资金执行数689139.31万元大于当年中央下达数672385万元,原文未解释(可能含上年结转),页面截断处之前没有足够信息,不作发现。"
                  "自治区另设的'发放缴费补贴人数、代缴养老保险费人数、发放丧葬补助金人数'等年度目标原文没有给出数值,未列入 goals(只是目标名称),也未标发现。"
                  "叙述句用自己的话重写,全部数字、文件名保持原样。")
    }
    _write_gold(GX, gold)


# ============================================================ document 4
# 福建 安溪县 2025年中央财政动物疫病强制免疫补助资金下达通知 + 分配表 + 绩效目标表(页面截断)
FJ = "fujian-anxi-immunization-alloc.docx"
FJ_URL = "https://chacewang.com/newsdetail/news777317.html"
FJ_GOAL = "按照国家及我省动物疫病强制免疫计划"
FJ_ALLOC = [
    ("龙涓镇", "5"), ("长卿镇", "1.5"), ("龙门镇", "2"), ("蓬莱镇", "1.5"), ("湖头镇", "2"),
    ("官桥镇", "1.5"), ("城厢镇", "1.5"), ("西坪镇", "2"), ("蓝田镇", "1"), ("感德镇", "1.5"),
    ("祥华乡", "1.5"), ("虎邱镇", "1"), ("大坪乡", "1.5"), ("尚卿镇", "1"), ("魁斗镇", "1"),
    ("剑斗镇", "1"), ("金谷镇", "1.5"), ("湖上乡", "1"), ("参内镇", "1"), ("芦田镇", "1"),
    ("桃舟乡", "1"), ("白濑乡", "1"), ("福田乡", "1.5"), ("凤城镇", "0.5"),
]


def build_fj():
    d = _docx_base()
    _para(d, "各乡镇财政所、社会事务服务中心:")
    _para(d, "为切实做好我县动物疫病防控,严防非洲猪瘟、口蹄疫、禽流感等重大动物疫病疫情发生,依据"
             "《福建省财政厅福建省农业农村厅关于下达2025年中央财政动物疫病强制免疫补助资金的通知》"
             "(闽财农指〔2024〕104号)精神,现将2025年中央财政动物疫病强制免疫补助35万(附件1)下达给你们,"
             "收入列“1100252-农林水共同财政事权转移支付收入”。请各乡镇依据《财政部农业农村部水利部关于印发"
             "农业防灾减灾和水利救灾资金管理办法》的通知(财农﹝2023﹞13号)和绩效目标(附件2),组织做好2025年"
             "重大动物疫病强制免疫工作。这笔经费主要用于春、秋两季高致病性禽流感、口蹄疫、小反刍兽疫畜禽集中"
             "免疫期间的技术培训、动物防疫员补贴、购买防疫服务、消毒灭源和添置疫苗冷藏设施等;各乡镇要加强"
             "资金监管,保证财政资金安全、有效使用。")
    _para(d, "附件:1.2025年安溪县中央财政动物强制免疫补助资金分配表")
    _para(d, "2.2025年中央财政强制免疫补助资金绩效目标表")
    p = _para(d, "安溪县农业农村局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = _para(d, "2025年3月17日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _para(d, "附件1")
    _para(d, "2025年安溪县中央财政动物强制免疫补助资金分配表", bold=True, center=True)
    cells = {(0, 0): "乡镇", (0, 1): "补助经费(万元)", (0, 2): "备注"}
    for i, (town, amt) in enumerate(FJ_ALLOC, start=1):
        cells[(i, 0)] = town
        cells[(i, 1)] = amt
    n = len(FJ_ALLOC) + 1
    cells[(n, 0)] = "全县合计"
    cells[(n, 1)] = "35"
    _table(d, n + 1, 3, cells)
    _para(d, "注:根据村数结合(家禽、猪、牛羊)养殖量、以及完成省市免疫抗体抽查进行安排")
    _para(d, "附件2")
    _para(d, "中央财政强制免疫补助资金绩效目标表", bold=True, center=True)
    _para(d, "(2025年度)", center=True)
    rows = {
        (0, 0): "项目名称", (0, 1): "强制免疫补助",
        (1, 0): "主管部门(单位)名称及部门预算编码", (1, 1): "331省农业农村厅",
        (2, 0): "补助项目/区域项目", (2, 1): "相关乡镇",
        (3, 0): "资金情况\n(万元)", (3, 1): "资金总额:", (3, 2): "35",
        (4, 1): "其中:财政拨款", (4, 2): "35",
        (5, 1): "其他资金", (5, 2): "",
        (6, 0): "总体目标", (6, 1): FJ_GOAL,
    }
    merges = [(0, 1, 0, 3), (1, 1, 1, 3), (2, 1, 2, 3), (3, 0, 5, 0),
              (3, 2, 3, 3), (4, 2, 4, 3), (5, 2, 5, 3), (6, 1, 6, 3)]
    _table(d, 7, 4, rows, merges)
    out = os.path.join(HERE, FJ)
    d.save(out)
    _normalize_zip(out)
    _to_pdf(out)

    gold = {
        "source": FJ, "source_urls": [FJ_URL], "province": "福建省",
        "doc_kind": "资金下达通知(附分配表、绩效目标表,动物防疫强制免疫补助)",
        "patterns": [7, 8],
        "indicators": [],
        "goals": [{"kind": "总体目标", "text": FJ_GOAL}],
        "facts": [
            {"metric": "强制免疫补助资金分配 全县合计", "kind": "sum", "total": 35,
             "parts": [float(a) if "." in a else int(a) for _, a in FJ_ALLOC], "unit": "万元"},
            {"metric": "资金总额", "kind": "sum", "total": 35, "parts": [35], "unit": "万元"},
        ],
        "findings": [],
        "notes": ("存储页面是转载站(chacewang.com)对通知的摘录,表格被压平成一行文字;表格的行列由我按文字顺序还原(分配表三列:乡镇/补助经费(万元)/备注,备注全空)。"
                  "页面止于附件2绩效目标表'总体目标'一格的开头'按照国家及我省动物疫病强制免疫计划',之后的绩效指标不在页面上,所以本文档没有指标行(算作无指标表的文档)。"
                  "'补助项目/区域项目相关乡镇'拆为标签'补助项目/区域项目'和值'相关乡镇',是判断。"
                  "总体目标是被截断的半句,照录;因是截断而不是原文缺数字,未标 goal.unquantified。"
                  "24个乡镇分配数合计35,与'全县合计35'和正文'35万'一致,无发现。"
                  "'《财政部农业农村部水利部关于印发农业防灾减灾和水利救灾资金管理办法》的通知'书名号位置照录原样;正文长句用自己的话重写,数字、文号、科目保持原样。")
    }
    _write_gold(FJ, gold)


# ================================================================ checks
def _pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", out)


def check_all():
    ok = True
    for fn in os.listdir(ANN):
        if not fn.endswith(".pdf.json"):
            continue
        g = json.load(open(os.path.join(ANN, fn), encoding="utf-8"))
        text = _pdf_text(os.path.join(HERE, g["source"]))
        want = []
        for i in g["indicators"]:
            want += [i["name"], i["target_text"]]
        want += [x["text"] for x in g["goals"]]
        want += [x["item"] for x in g["findings"]]
        for w in want:
            if w and re.sub(r"\s+", "", w) not in text:
                ok = False
                print("MISSING in", g["source"], ":", w)
    print("check:", "ok" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    os.chdir(HERE)
    build_xj()
    build_gd()
    build_gx()
    build_fj()
    sys.exit(0 if check_all() else 1)
