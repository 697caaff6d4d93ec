#!/usr/bin/env python3
"""Blind part blind114: layouts of real public budget-performance pages.

Written by an annotator who has not read the toolkit's code. Each document
reproduces the layout of one stored public page (see SOURCES.md); facts are
kept as written, longer sentences are re-worded with their numbers kept.
The gold JSON for every file is written here, before any tool sees the files.

Run:  /tmp/venv/bin/python make_blind114_layouts.py
"""
import datetime
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
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"


# ---------------------------------------------------------------- helpers
def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and order (deterministic)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def new_doc(title):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for sec in d.sections:
        sec.left_margin = Cm(2.0)
        sec.right_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = "blind114"
    cp.last_modified_by = "blind114"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, ncols, merges=(), bold_rows=(), widths=None):
    """rows: list of lists (len ncols, None = empty). merges: (r0,c0,r1,c1).
    widths: column widths in cm."""
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    if widths:
        t.autofit = False
        for c in range(ncols):
            t.columns[c].width = Cm(widths[c])
        for r in range(len(rows)):
            for c in range(ncols):
                t.cell(r, c).width = Cm(widths[c])
    for r, row in enumerate(rows):
        for c in range(ncols):
            v = row[c] if c < len(row) else None
            if v is not None:
                cell = t.cell(r, c)
                cell.text = str(v)
                if r in bold_rows:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        # merging concatenates texts of empty cells too; keep the first text only
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = keep
    return t


def save_docx(d, name):
    path = os.path.join(HERE, name)
    d.save(path)
    normalize_zip(path)
    return path


def to_pdf(path):
    outdir = os.path.dirname(path)
    prof = tempfile.mkdtemp(prefix="lo_blind114_")
    try:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
             "--convert-to", "pdf", "--outdir", outdir, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.splitext(path)[0] + ".pdf"


def write_gold(base, ext, gold):
    os.makedirs(ANN, exist_ok=True)
    for e in (ext, "pdf"):
        g = dict(gold)
        g["source"] = f"{base}.{e}"
        with open(os.path.join(ANN, f"{base}.{e}.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


def ind(level1, level2, name, target_text, operator=None, value=None, unit=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


# ======================================================================
# 1. 国家林业局 样例: 项目支出绩效目标申报表 (attachment 3 of a template guide)
# ======================================================================
D1 = "zhongyang-guojialinyeju-linye-youhaishengwu-cebao-shenbaobiao-yangli"
D1_URL = "https://m.wenke99.com/p-1167617.html"
D1_GOAL = ("全面掌握全国林业有害生物年度发生与防控信息；编发全国林业有害生物年度和半年趋势预报；"
           "发布危险性、突发重大林业有害生物短期预警信息；维护国家林业有害生物信息管理系统，保障其正常运行；"
           "考核、指导各地测报工作及国家级中心测报点直报信息；推广应用监测、预报新技术；开展测报员岗位技术培训。")
D1_SOCIAL = "通过发布预警信息，使公众了解有害生物情况，减少恐慌情绪蔓延可能带来的不稳定因素。"
D1_ROWS = [
    ("产出指标", "年度、半年趋势报告次数", "各 1 次", None, 1, "次"),
    ("产出指标", "发生动态与短期预报报告次数", "2000 次", None, 2000, "次"),
    ("产出指标", "汇总突发事件季度报告次数", "4 次", None, 4, "次"),
    ("产出指标", "趋势会商会次数", "1 次", None, 1, "次"),
    ("产出指标", "测报员培训人次", "200 人次", None, 200, "人次"),
    ("产出指标", "上报发生情况月报数据的林业有害生物种次", "2000 种次", None, 2000, "种次"),
    ("产出指标", "汇总发生情况月报表次数", "12 次", None, 12, "次"),
    ("产出指标", "测报准确率", "85%", None, 85, "%"),
    ("产出指标", "年度、半年趋势报告及时率", "100%", None, 100, "%"),
    ("产出指标", "当地主要林业有害生物预报发布率", "85%", None, 85, "%"),
    ("效益指标", "森林资源生长因害损失量", "有效减少", None, None, None),
    ("效益指标", "对维护社会稳定的作用", D1_SOCIAL, None, None, None),
    ("效益指标", "对促进", None, None, None, None),
]


def build_d1():
    d = new_doc("项目支出绩效自评表填写样例")
    para(d, "附件3", bold=True)
    para(d, "项目支出绩效自评表填写样例", bold=True, center=True, size=14)
    para(d, "附件3：样例", bold=False)
    para(d, "项目支出绩效目标申报表", bold=True, center=True, size=13)
    # one form table, 4 columns: label | 指标 | 指标内容 | 指标值
    rows = [
        ["项 目 名 称", "国家森林病虫害预测预报补助经费", None, None],
        ["主管部门及代码", "169国家林业局", "实施单位", "造林司"],
        ["项目资金申请\n（万元）", "资金总额：", None, None],
        [None, "其中：当年财政拨款", None, None],
        [None, "其他资金", None, None],
        ["项目绩效目标", D1_GOAL, None, None],
        ["项目绩效指标", "指标", "指标内容", "指标值"],
    ]
    first_ind = len(rows)
    for (l1, name, val, *_rest) in D1_ROWS:
        rows.append([None, l1, name, val])
    last_ind = len(rows) - 1
    merges = [
        (0, 1, 0, 3),
        (2, 0, 4, 0), (2, 1, 2, 3), (3, 1, 3, 3), (4, 1, 4, 3),
        (5, 1, 5, 3),
        (6, 0, last_ind, 0),              # 项目绩效指标 label merged down
        (first_ind, 1, first_ind + 9, 1),  # 产出指标 over 10 rows
        (first_ind + 10, 1, last_ind, 1),  # 效益指标 over the rest (cut)
    ]
    table(d, rows, 4, merges=merges, widths=[2.2, 2.0, 8.4, 4.2])
    # the stored page stops inside the last row ("对促进"); nothing follows
    return save_docx(d, D1 + ".docx")


def gold_d1():
    inds = [ind(l1, None, n, tt, op, v, u) for (l1, n, tt, op, v, u) in D1_ROWS]
    return {
        "source_urls": [D1_URL],
        "province": "中央（国家林业局）",
        "doc_kind": "项目支出绩效目标申报表（填写样例）",
        "patterns": [1, 5, 6, 8, 10],
        "indicators": inds,
        "goals": [{"kind": "绩效目标", "text": D1_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "target.vague_wording", "item": "森林资源生长因害损失量",
             "why": "指标值只写“有效减少”，没有数值或基数，无法衡量"},
            {"rule": "target.qualitative_no_scale", "item": "对维护社会稳定的作用",
             "why": "指标值是一句描述，没有可衡量的等级或数值"},
            {"rule": "coverage.missing_dimension", "item": "项目绩效指标",
             "why": "表中只有产出指标和效益指标，没有服务对象满意度指标（存储页在效益指标中途截断，按现有内容判断）"},
            {"rule": "goal.unquantified", "item": D1_GOAL,
             "why": "绩效目标全部是工作事项的罗列，没有任何数量、比例或时限"},
            {"rule": "goal.unmeasured", "item": D1_GOAL,
             "why": "目标中的“推广应用监测、预报新技术”“维护信息管理系统正常运行”没有对应的指标"},
        ],
        "notes": (
            "源页是文库站点对一份“项目支出绩效自评表填写样例.DOC”的预览（第1—2块），标题写“自评表填写样例”，"
            "实际给出的是“项目支出绩效目标申报表”样例，按原样保留。存储页在效益指标第三行“对促进”处截断，"
            "文档也在此结束，该行保留为只有名称片段、没有指标值的截断行（金标中 target_text 为 null，不作发现）。"
            "站点插入的分块编号“1、”“2、”是预览站点的产物，不是原文内容，未保留；“发生动态”与“与短期预报报告次数”"
            "被分块号隔开，合并为一个指标名称。资金总额、当年财政拨款、其他资金三个格原页为空，保留为空。"
            "表中只有一级指标（产出指标/效益指标），没有二级指标列，level2 一律为 null。"
            "“各 1 次”按数值 1、单位“次”、无运算符记录；“85%”“100%”未写运算符，operator 为 null。"
            "绩效目标和“对维护社会稳定的作用”的指标值句子由标注者改写，事项与数字不变。"
            "未把“测报准确率”等缺少计算公式记为发现（属 info 级规则，不在 §5 的正式编号内）。"
            "省份：这是中央部门（国家林业局）的样例，不属于任何省。"),
    }


# ======================================================================
# 2. 中央引导地方科技发展资金绩效目标自评表 (provincial attachment 3, blank template)
# ======================================================================
D2 = "weizhusheng-zhongyang-yindao-difang-keji-fazhan-zijin-zipingbiao"
D2_URL = "https://m.jinchutou.com/shtml/view-209397929.html"
D2_NAMES = [
    "支持自由探索类基础研究项目数量",
    "支持省部共建国家重点实验室项目数量",
    "支持国家临床医学研究中心项目数量",
    "支持新型研发机构项目数量",
    "转化科技成果数量",
    "支持科技特派员项目数量",
    "支持国家高新技术产业开发区项目数量",
    "支持国家创新型城市项目数量",
    "支持国家创新型县(市)项目数量",
    "支持国家自主创新示范区项目数量",
    "支持国家科技成果转移转化示范区项目数量",
    "支持国家级科技企业孵化器、大学科技园、众创空间、双创示范基地、星创天地项目数量",
    "支持东西部科技合作及区域协同创新项",
]


def build_d2():
    wb = Workbook()
    ws = wb.active
    ws.title = "附件3"
    wb.properties.creator = "blind114"
    wb.properties.lastModifiedBy = "blind114"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ncol = 8  # A..H

    def put(r, c, v, bold=False):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = wrap
        if bold:
            cell.font = Font(bold=True)
        return cell

    put(1, 1, "附件3")
    put(2, 1, "中央引导地方科技发展资金绩效目标自评表", bold=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(row=2, column=1).alignment = Alignment(horizontal="center")
    put(3, 1, "项目类别：")
    put(3, 4, "项目名称：")
    put(4, 1, "承担单位：（盖章）")
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=3)
    put(4, 6, "（2021年度）")
    # form table starts at row 5
    r = 5
    put(r, 1, "转移支付（项目）名称"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    put(r, 3, "中央引导地方科技发展资金"); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
    r = 6
    put(r, 1, "中央主管部门"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    put(r, 3, "财政部、科技部"); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
    r = 7
    put(r, 1, "地方主管部门"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    put(r, 3, "省财政厅、省科技厅"); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
    r = 8
    put(r, 1, "实施单位"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
    # funds block rows 9-12
    put(9, 1, "项目资金\n（万元）"); ws.merge_cells(start_row=9, start_column=1, end_row=12, end_column=1)
    put(9, 2, None)
    put(9, 3, "全年预算数（A）"); ws.merge_cells(start_row=9, start_column=3, end_row=9, end_column=4)
    put(9, 5, "全年执行数（B）"); ws.merge_cells(start_row=9, start_column=5, end_row=9, end_column=6)
    put(9, 7, "预算执行率（B/A）"); ws.merge_cells(start_row=9, start_column=7, end_row=9, end_column=8)
    for rr, lab in ((10, "年度资金总额："), (11, "其中：中央补助地方资金"), (12, "其他资金")):
        put(rr, 2, lab)
        ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=4)
        ws.merge_cells(start_row=rr, start_column=5, end_row=rr, end_column=6)
        ws.merge_cells(start_row=rr, start_column=7, end_row=rr, end_column=8)
    # goals rows 13-14
    put(13, 1, "年度总体目标"); ws.merge_cells(start_row=13, start_column=1, end_row=14, end_column=1)
    put(13, 2, "年初设定目标"); ws.merge_cells(start_row=13, start_column=2, end_row=13, end_column=4)
    put(13, 5, "全年实际完成情况"); ws.merge_cells(start_row=13, start_column=5, end_row=13, end_column=ncol)
    ws.merge_cells(start_row=14, start_column=2, end_row=14, end_column=4)
    ws.merge_cells(start_row=14, start_column=5, end_row=14, end_column=ncol)
    ws.row_dimensions[14].height = 30
    # indicator header row in the middle of the form (row 15)
    hdr = ["绩效指标", "一级指标", "二级指标", "三级指标", None, "年度指标值", "全年完成值", "未完成原因和改进措施"]
    for c, v in enumerate(hdr, 1):
        put(15, c, v, bold=True)
    ws.merge_cells(start_row=15, start_column=4, end_row=15, end_column=5)
    first = 16
    for i, n in enumerate(D2_NAMES):
        rr = first + i
        put(rr, 4, n)
        ws.merge_cells(start_row=rr, start_column=4, end_row=rr, end_column=5)
    last = first + len(D2_NAMES) - 1
    put(first, 2, "产出指标")
    put(first, 3, "数量指标")
    ws.merge_cells(start_row=15, start_column=1, end_row=last, end_column=1)
    ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    ws.merge_cells(start_row=first, start_column=3, end_row=last, end_column=3)
    for row in ws.iter_rows(min_row=5, max_row=last, min_col=1, max_col=ncol):
        for cell in row:
            cell.border = border
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = wrap
    widths = [10, 14, 12, 26, 14, 12, 12, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    path = os.path.join(HERE, D2 + ".xlsx")
    wb.save(path)
    normalize_zip(path)
    return path


def gold_d2():
    inds = [ind("产出指标", "数量指标", n, None) for n in D2_NAMES]
    findings = [{"rule": "target.missing_value", "item": n,
                 "why": "三级指标只有名称，年度指标值为空，没有数值和单位"} for n in D2_NAMES]
    findings.append({"rule": "coverage.missing_dimension", "item": "绩效指标",
                     "why": "表中只有产出指标下的数量指标，没有质量、时效、成本指标，也没有效益和满意度指标（存储页在数量指标中途截断，按现有内容判断）"})
    return {
        "source_urls": [D2_URL],
        "province": "未注明（省级转发的附件，未写省名）",
        "doc_kind": "转移支付绩效目标自评表（空白模板，附件3）",
        "patterns": [1, 2, 8],
        "indicators": inds,
        "goals": [],
        "facts": [],
        "findings": findings,
        "notes": (
            "源页是文库站点对“中央引导地方科技发展资金绩效目标自评表”（附件3，2021年度）的预览。原表是空白模板："
            "实施单位、资金各格、年初设定目标、全年实际完成情况、年度指标值、全年完成值全部为空，按原样保留为空。"
            "地方主管部门写“省财政厅、省科技厅”，没有省名，故 province 记为未注明。存储页在第13个三级指标"
            "“支持东西部科技合作及区域协同创新项”处截断（名称不完整），文档在此结束；该截断行保留为指标行。"
            "站点的分块编号“1、”“2、”未保留，“支持科技特派员项目”与“数量”被分块号隔开，合并为一个名称。"
            "每个三级指标都记一条 target.missing_value（13条）；空的年度总体目标没有对应的 goal 规则，不记发现，"
            "goals 为空。原预览是连续文本，列的位置按通用自评表版式推断：绩效指标标签列纵向合并，一级/二级指标合并覆盖全部数量指标行；"
            "绩效指标表头行位于资金和目标行之后，同一张大表中间（版式2）。XLSX 与 PDF 金标相同。"),
    }


# ======================================================================
# 3. 福建 德化县 交通项目市级补助资金下达通知（附件1—3 资金表）
# ======================================================================
D3 = "fujian-dehua-jiaotong-shiji-buzhu-zijin-xiada-tongzhi"
D3_URL = "https://chacewang.com/newsdetail/news228215.html"
D3_SUMMARY = [
    # 序号, 单位, 公路养护专项, 通村组角落公路补助, 交通帮扶项目补助, 金额合计
    ("1", "龙门滩镇", None, "10", None, "10"),
    ("2", "南埕镇", None, "50", None, "50"),
    ("3", "美湖镇", None, "5", None, "5"),
    ("4", "赤水镇", None, "30", None, "30"),
    ("5", "春美乡", None, "10", None, "10"),
    ("6", "上涌镇", None, "30", None, "30"),
    ("7", "汤头乡", None, "10", None, "10"),
    ("8", "盖德镇", None, "5", None, "5"),
    ("9", "雷峰镇", None, "60", "20", "80"),
    ("10", "国宝乡", None, "20", None, "20"),
    ("11", "葛坑镇", None, "10", None, "10"),
    ("12", "桂阳乡", "22", None, None, "22"),
    ("13", "交通局本级", "17", None, None, "17"),
]


def build_d3():
    d = new_doc("德化县交通项目市级补助资金下达通知")
    para(d, "德化县财政局 德化县交通运输局关于下达2022年度第三批交通项目市级补助资金的通知",
         bold=True, center=True, size=13)
    para(d, "各有关乡镇人民政府，县直有关单位：")
    para(d, "根据《泉州市财政局 泉州市交通运输局关于下达2022年度第三批交通项目市级补助资金的通知》"
            "（泉财指标〔2022〕957号）文件，现将2022年度两批交通项目市级补助资金299万元下达给你们，"
            "款列“2140199-其他公路水路运输支出”。请尽快组织项目实施，及时把资金拨付给建设单位，"
            "加强资金使用监管；项目单位对资金使用的合规性、有效性负责，切实提高财政资金使用效益。")
    para(d, "附件：1.2022年度第三批交通项目市级资金补助汇总表")
    para(d, "2.2022年度第二批农村公路养护专项补助明细表")
    para(d, "3.2022年度第二批通村组（角落）公路建设补助明细表")
    para(d, "4.2022年第二批交通扶贫项目补助明细表")
    para(d, "5.2022年第三批交通项目市级补助资金绩效目标表")
    para(d, "德化县财政局 德化县交通运输局")
    para(d, "2022年11月23日")
    para(d, "（此件主动公开）")
    # 附件1
    para(d, "附件1", bold=True)
    para(d, "2022年度第三批交通项目市级资金补助汇总表", bold=True, center=True)
    para(d, "单位：万元")
    rows = [["序号", "项目单位", "公路养护专项", "通村组角落公路补助", "交通帮扶项目补助", "金额合计"]]
    rows += [list(r) for r in D3_SUMMARY]
    rows.append(["分项合计", None, "39", "240", "20", "299"])
    table(d, rows, 6, merges=[(len(rows) - 1, 0, len(rows) - 1, 1)], bold_rows=(0,))
    # 附件2
    para(d, "附件2", bold=True)
    para(d, "2022年度第二批农村公路养护专项补助明细表", bold=True, center=True)
    para(d, "单位：万元")
    rows2 = [
        ["序号", "项目单位", "项目名称", "路线编码", "里程", "本次下达金额", "备注"],
        ["1", "桂阳乡", "X329桂东线道路硬化梓溪村段", "X329350526", "2.2", "22", None],
        ["2", "交通局本级", "县道310杨葛线十字格至杨梅乡农村公路养护专项", "X310350526", "12.3", "17", None],
        ["合计", None, None, None, None, "39", None],
    ]
    table(d, rows2, 7, merges=[(3, 0, 3, 4)], bold_rows=(0,),
          widths=[1.1, 2.0, 5.6, 2.6, 1.2, 2.0, 1.4])
    # 附件3 (cut)
    para(d, "附件3", bold=True)
    para(d, "2022年第二批通村组（角落）公路建设补助明细表", bold=True, center=True)
    para(d, "单位：万元")
    rows3 = [
        ["序号", "项目单位", "项目名称", "补助金额", "备注"],
        ["1", "龙门滩镇", "硕儒村村内公路", "5", None],
        ["2", "龙门滩镇", "霞碧村长龙格至宫口坂公路", "5", None],
        ["3", "南埕镇", "高漈村至外洋公路", "10", None],
        ["4", "南埕镇", "望洋村", None, None],
    ]
    table(d, rows3, 5, bold_rows=(0,), widths=[1.2, 2.4, 7.0, 2.2, 2.2])
    return save_docx(d, D3 + ".docx")


def gold_d3():
    units = [(r[1], float(r[5])) for r in D3_SUMMARY]
    return {
        "source_urls": [D3_URL],
        "province": "福建",
        "doc_kind": "专项资金下达通知（附资金分配表，绩效目标表未在存储页内）",
        "patterns": [7, 8, 10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2022年度第三批交通项目市级补助资金（分项合计）", "kind": "sum", "total": 299,
             "parts": [39, 240, 20], "unit": "万元"},
            {"metric": "2022年度第三批交通项目市级补助资金（按项目单位）", "kind": "sum", "total": 299,
             "parts": [u[1] for u in units], "unit": "万元"},
            {"metric": "通村组角落公路补助", "kind": "sum", "total": 240,
             "parts": [10, 50, 5, 30, 10, 30, 10, 5, 60, 20, 10], "unit": "万元"},
            {"metric": "公路养护专项", "kind": "sum", "total": 39, "parts": [22, 17], "unit": "万元"},
            {"metric": "雷峰镇金额合计", "kind": "sum", "total": 80, "parts": [60, 20], "unit": "万元"},
            {"metric": "2022年度第二批农村公路养护专项补助（附件2合计）", "kind": "sum", "total": 39,
             "parts": [22, 17], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "源页是政策资讯站对德化县财政局、交通运输局2022年11月23日通知的转载，表格被压成连续文本；"
            "列位置按表头与合计反推：公路养护专项只有桂阳乡22、交通局本级17（与附件2一致，合计39），"
            "交通帮扶项目补助只有雷峰镇20，其余为通村组角落公路补助，三列与各行合计全部相符（39+240+20=299）。"
            "附件2“X3293505262.222梓溪村段”拆为路线编码X329350526、里程2.2、金额22，项目名称末尾“梓溪村段”并回名称。"
            "原文标题写“第三批”，正文写“两批交通项目市级补助资金299万元”，附件2、3标题又写“第二批”，按原样保留，"
            "这类批次用词不一致没有 §5 规则编号，不记发现。附件目录列出“5.绩效目标表”，但存储页在附件3第4行“南埕镇 望洋村”处截断"
            "（金额未出现），文档在此结束，所以没有指标行、没有目标；该截断行的补助金额格留空。"
            "附件3表头在附件目录中写“2022年度第二批通村组（角落）…”，在正文表题中写“2022年第二批…”，按原样各自保留。"
            "正文通知的叙述句由标注者改写，文号、金额、科目、日期照原样。所有合计都相符，故 findings 为空。"),
    }


# ======================================================================
# 4. 宁夏 青铜峡市 奶牛优势特色产业集群项目绩效考核实施方案（文字）
# ======================================================================
D4 = "ningxia-qingtongxia-nainiu-chanye-jiqun-jixiao-kaohe-shishi-fangan"
D4_URL = "https://m.001doc.com/doc/746591.html"


def build_d4():
    d = new_doc("青铜峡市2023年奶牛优势特色产业集群项目绩效考核实施方案")
    para(d, "青铜峡市2023年奶牛优势特色产业集群项目绩效考核实施方案", bold=True, center=True, size=14)
    para(d, "根据宁夏2023年黄河绿洲奶牛优势特色产业集群续建方案的要求，为做好青铜峡市奶牛优势特色产业集群"
            "建设项目的全过程绩效管理，制定本实施方案。")
    para(d, "一、基本原则", bold=True)
    para(d, "坚持科学规范、公开透明、客观公正，严格执行考核程序、内容、标准和方法，全面、准确、客观地衡量工作绩效；"
            "对考核中发现的问题及时整改，保证项目实施效果。")
    para(d, "二、考核对象", bold=True)
    para(d, "依据青铜峡市2023年奶牛优势特色产业集群项目实施方案，对项目实施主体开展绩效评价和考核，"
            "重点考核项目管理和项目绩效两个方面。结合实际，评价考核共设三级指标，其中一级指标3个，二级指标8个，"
            "三级指标12个。绩效考核满分为100分。")
    para(d, "三、考核依据", bold=True)
    para(d, "1.农业农村部办公厅 财政部办公厅关于做好2023年农业特色产")
    return save_docx(d, D4 + ".docx")


def gold_d4():
    return {
        "source_urls": [D4_URL],
        "province": "宁夏",
        "doc_kind": "项目绩效考核实施方案（文字，无指标表）",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "源页是文库站点对一份4页DOCX的预览，存储页在“三、考核依据 1.农业农村部办公厅财政部办公厅关于做好2023年农业特色产”处截断，"
            "文档在同一处结束（最后一句不完整，按原样保留）。原文只说明考核设三级指标（一级3个、二级8个、三级12个）、满分100分，"
            "没有列出任何指标，所以 indicators 为空；这些个数不是“合计=各部分之和”的关系，不记为 facts。"
            "站点在“三级指标1”与“2个”之间插入了分块编号“2、”，这是预览站点的产物，原文应为“三级指标12个”，按12个写入。"
            "“为做好……全过程绩效管理工作”是制定目的而不是绩效目标，不记为 goal。叙述句由标注者改写，数字不变。"
            "这是本部分两份无指标表文档之一（另一份是福建德化的资金下达通知）。"),
    }


# ---------------------------------------------------------------- main
BUILDS = [
    (D1, "docx", build_d1, gold_d1),
    (D2, "xlsx", build_d2, gold_d2),
    (D3, "docx", build_d3, gold_d3),
    (D4, "docx", build_d4, gold_d4),
]


def main():
    # gold first, before anything else looks at the files
    for base, ext, _b, g in BUILDS:
        write_gold(base, ext, g())
    for base, ext, b, _g in BUILDS:
        path = b()
        to_pdf(path)
        print("wrote", os.path.basename(path), "+ pdf")


if __name__ == "__main__":
    sys.exit(main())
