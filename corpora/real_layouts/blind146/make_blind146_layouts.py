#!/usr/bin/env python3
"""Build the blind146 part of jixiao's real-layout corpus.

Four documents, each reproducing the stored beginning of one public web page
(addresses in SOURCES.md and in each gold file).  Every document is written as
DOCX with python-docx and exported to PDF with LibreOffice.  The gold answers
are written first, from the page text alone, by an annotator who never read the
toolkit's code.

Run:  /tmp/venv/bin/python make_blind146_layouts.py
"""
import datetime
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# Texts that appear both in the documents and in the gold (kept in one place
# so the gold quotes exactly what the document says).
# ---------------------------------------------------------------------------

# doc 1 -- 乐亭县市场监督管理局 项目支出绩效自评表 (two forms, first one cut)
LT_GOAL2 = ("年度报告公示期结束后，委托会计师事务所、税务师事务 所、律师事务所等专业机构，"
            "对企业经企业信用信息公 示系统公示的信息开展审计 、验资、咨询等相关工作。")
LT_DONE2 = ("全年开展抽查95批次，检查监管对像1590户，抽查结果全部公示，13户企业列入经营异常名录，"
            "22户个体工商户被标记为经营异常状态。%、%、%，未按规定公示年报信息的500户企业、"
            "166户农民专业合作社和6741户个体工商户被列入经营异常名录或标记为经营异常状态。"
            "经申请审查合格，共有103户企业和农民专业合作社移出经营异常名录。"
            "共排查投资类企业40户次，列入经营异常名录4户，列")

# doc 3 -- 宿州市审计局 政府投资审计及市县交叉审计 项目支出预算绩效目标表
SZ_GOAL = ("加强对政府投资审计项目的审计监督，全过程保障政府财政资金有效使用，"
           "实现“审计全覆盖”过程监督，持续强化政府固定资产投资审计工作；"
           "完成年度审计计划安排的县（区）交叉审计项目任务。")

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


DOCS = {}

DOCS["hebei-leting-shangpinjiance-zipingbiao"] = {
    "source_urls": ["https://m.taodocs.com/p-726199079.html"],
    "province": "河北省",
    "doc_kind": "项目支出绩效自评表",
    "patterns": [10],
    "indicators": [
        # form 1 (商品质量检测经费): the preview lost the rows between the funds
        # header and this row; only the label "年度资金总" is left in front of it.
        ind(None, None, None, ">=", 90, "%", "≥90%", 95, 10, 10),
        ind(None, "可持续影响指标", "可持续", None, None, None, "可持续", None, 10, 9),
        ind("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", 90, "%", "≥90%", 100, 10, 10),
    ],
    "goals": [
        {"kind": "年度目标", "text": LT_GOAL2},
    ],
    "facts": [
        {"metric": "双随机抽查委托审计费 年度资金总额（年初预算数）", "kind": "sum", "total": 30,
         "parts": [30], "unit": "万元"},
        {"metric": "双随机抽查委托审计费 年度资金总额（调整预算数）", "kind": "sum", "total": 30,
         "parts": [30], "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.missing_name", "item": "年度资金总",
         "why": "商品质量检测经费表中一行只剩残缺标签“年度资金总”，后接≥90% / 95% / 10 / 10，"
                "没有三级指标名称，无法知道这一指标衡量什么。"},
        {"rule": "target.placeholder", "item": "可持续",
         "why": "可持续影响指标一行的三级指标、指标值、实际完成值都只写“可持续”，是模板占位词，"
                "既无指标名称也无可衡量的值，却打了9分。"},
        {"rule": "consistency.score_exceeds_weight", "item": "年度资金总额",
         "why": "双随机抽查委托审计费的资金行分值10，执行率100%，得分栏却填99。"},
        {"rule": "goal.unquantified", "item": LT_GOAL2,
         "why": "预期目标只写委托专业机构开展审计、验资、咨询工作，没有抽查户数、批次等任何数量。"},
    ],
    "notes": (
        "来源是 taodocs 文档介绍（docx 预览文本）。存储页在第二张表“实际完成情况”一格中的“列入经营异常名录4户，列”处截断，"
        "文档也在此结束；第二张表的绩效指标部分与总分不在存储页内。第一张表（商品质量检测经费）预览缺了中间几行："
        "资金表头之后直接是“年度资金总≥90% 95% 10 10”，我把它排成一行：首格“年度资金总”，三级指标格空，"
        "其后≥90%、95%、10、10；可持续影响指标一行的一级指标格（应为效益指标，合并单元格的上部不在页内）留空。"
        "因此第一张表的分值/得分之和（可见 30/29）与总分 100/99 不比对，不记 consistency.score_total。"
        "主管部门两表均空，照录。第二张表资金行的数值顺序按预览排：年初30、调整30、全年执行数空、分值10、执行率100%、得分99；"
        "“其中:当年财政拨款”行 30、30、空、空、100%、空。全年执行数为空而执行率写100%，无法复算，未记 consistency.rate。"
        "“对像”“%、%、%”“税务师事务 所”“信用信息公 示系统”“审计 、验资”等错字、残留符号与空格照录。"
        "实际完成情况中的户数（13、22、500、166、6741、103、40、4）没有写总数，不记 facts。"
        "满意度100%无调查对象与方法，属 SATISFACTION_WEAK 类（design 未给固定 id），不记。"
        "目标句与完成情况句按自己的话轻度改写，数字保留。"
    ),
}

DOCS["shanghai-pudong-shenjiyewu-pingjiabaogao"] = {
    "source_urls": ["http://www.baogao8.com/d-126646.html"],
    "province": "上海市",
    "doc_kind": "绩效评价报告",
    "patterns": [5, 10],
    "indicators": [
        ind(None, None, "项目决策指标", None, None, None, None, None, 10, 9),
        ind(None, None, "项目管理指标", None, None, None, None, None, 24, 23),
        ind(None, None, "项目绩效指标", None, None, None, None, None, 66, 59.80),
    ],
    "goals": [],
    "facts": [
        {"metric": "综合绩效得分", "kind": "sum", "total": 91.80, "parts": [9, 23, 59.80], "unit": "分"},
        {"metric": "指标权重", "kind": "sum", "total": 100, "parts": [10, 24, 66], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "来源是 baogao8 对一份 docx 评价报告的文本预览（第三方评价机构上海文会会计师事务所有限公司）。"
        "存储页在摘要“总体来看,本项目取得”处截断，文档也停在这半句。封面日期“二一九年六月”漏了“〇”，照录。"
        "目录按页面原样保留页码。摘要中的得分表在页面上是连写的一串（指标项目权重得分率得分…总计10091.80），"
        "我还原成四列表格（指标项目 | 权重 | 得分率 | 得分），总计行得分率格为空，照页面。"
        "只有这一级（决策/管理/绩效三类）的得分，故按“最细一级”记为三行指标，没有目标值与实际值。"
        "核对：9/10=90%，23/24=95.83%，59.80/66=90.61%，9+23+59.80=91.80，权重合计100，"
        "91.80 属“优”，298.70/300.00=99.57%——全部一致，因此本文件没有 findings（用作无问题的对照）。"
        "“本项目的目的是为解决政府审计项目审计力量的不足……”是项目目的说明而非绩效目标段落，未记入 goals；"
        "报告的“(二)绩效目标”一节不在存储页内。专项资金300.00万元与实际支出298.70万元不是总额与分项关系，未记 facts。"
        "长句（概述、评价方法）按自己的话改写，数字保留。"
    ),
}

DOCS["anhui-suzhou-zhengfutouzishenji-mubiaobiao"] = {
    "source_urls": ["http://sjj.scbtmhb.com/public/2655615/194705671.html"],
    "province": "安徽省",
    "doc_kind": "项目支出绩效目标表",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标", "text": SZ_GOAL},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": SZ_GOAL,
         "why": "绩效目标只用“加强”“全过程保障”“持续强化”“完成……任务”等说法，没有审计项目个数、"
                "审减率、覆盖率或任何数值。"},
    ],
    "notes": (
        "存储页是宿州市审计局信息公开页的一个镜像（sjj.scbtmhb.com）。页面在“项目支出绩效目标表（2024年度）”表头下的"
        "“项目名称”一格处截断：文档保留该表的标题和只剩“项目名称”一行的残表，没有任何指标行，属“仅文字”文档。"
        "镜像把立项依据里文件名中的“关于”替换成了“中国竞彩网”（《国务院中国竞彩网加强审计工作的意见》等），"
        "按“缺陷照录”原样保留，它不是原件内容。年度预算安排给出两笔：聘请协审机构业务费用280万元、"
        "市县（区）交叉审计业务费用200万元；文中没有写合计，所以不记 facts。"
        "绩效目标是否也属 goal.process_only（只讲工作过程）可以讨论，我只记 goal.unquantified。"
        "因指标表不在页内，不记 goal.unmeasured 和 coverage 类问题。(1)(5)(7) 等长句按自己的话改写，数字与文号保留。"
    ),
}

DOCS["hainan-wuzhishan-renkoupucha-zipingbaogao"] = {
    "source_urls": ["https://wzs.hainan.gov.cn/wzsstjj/0700/202109/d67a50938fa84d93921aafa7bec02252.shtml?ddtab=true"],
    "province": "海南省",
    "doc_kind": "绩效自评报告",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "人口普查经费资金项目2020年度资金预算", "kind": "sum", "total": 253.7,
         "parts": [253.66, 0.0404], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "存储页在“二、绩效自评工作开展情况（一）前期准备”下“根据市财政局《关于开展我市2020预算项目绩效自”处截断，"
        "文档也在此结束。没有指标表，也没有绩效目标的正文（“(二)分解下达资金预算和绩效目标情况”一节只写了资金），"
        "属“仅文字”文档。资金：预算253.7万元、支出253.66万元、余额404元、使用完成比率99.98 %。"
        "facts 把余额404元折成0.0404万元：253.66+0.0404=253.7004，与253.7在两位小数内一致；按万元两位小数算余额是0.04万元=400元，"
        "与404元的差在四舍五入范围内，不记 consistency.sum。253.66/253.7=99.98%，一致。"
        "标题“2020人口普查经费资金项目”漏“年”、“提供全性的基本统计数字”漏字、“99.98 %”中的空格，照录。"
        "标题说人口普查经费，正文却说本项目是“统计调查工作经费”，照录，不作为规则问题记录。"
        "评价小组名单（组长、副组长、成员）照页面保留，视为署名类文字（pattern 8）。长段落按自己的话改写，数字保留。"
    ),
}

# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def new_doc(landscape=False):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = "blind146 annotator"
    cp.last_modified_by = "blind146 annotator"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    return doc


def para(doc, text, bold=False, size=None, center=False, indent=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, rows, widths=None, merges=(), font=9):
    """rows: list of lists of str; merges: (r1, c1, r2, c2) inclusive; text of
    the top-left cell is kept, the other cells of a merge must be ''."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(ncols):
            txt = r[j] if j < len(r) else ""
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(txt)
            run.font.size = Pt(font)
    for (r1, c1, r2, c2) in merges:
        merged = t.cell(r1, c1).merge(t.cell(r2, c2))
        paras = merged.paragraphs
        for p in paras[1:]:
            if not p.text:
                p._element.getparent().remove(p._element)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def save_docx(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    normalise_zip(buf.getvalue(), path)


def normalise_zip(data, path):
    """Rewrite the OOXML zip with fixed timestamps and order (byte-stable)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(n))
    Path(path).write_bytes(out.getvalue())


def to_pdf(docx_path):
    outdir = docx_path.parent
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = docx_path.with_suffix(".pdf")
    fix_pdf_dates(pdf)
    return pdf


def fix_pdf_dates(pdf):
    """Replace LibreOffice's run-time dates and document ID with fixed values of
    the same length, so the xref offsets stay valid."""
    b = pdf.read_bytes()

    def same_len_date(m):
        inner = m.group(2)
        fixed = b"20240101000000"
        out, k = bytearray(), 0
        for ch in inner:
            if 48 <= ch <= 57:
                out.append(fixed[k] if k < len(fixed) else 48)
                k += 1
            else:
                out.append(ch)
        return m.group(1) + bytes(out) + b")"

    b = re.sub(rb"(/(?:CreationDate|ModDate)\()([^)]*)\)", same_len_date, b)
    b = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
               lambda m: re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">",
                                m.group(0)), b)
    b = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+",
               lambda m: re.sub(rb"/[0-9A-Fa-f]+$", lambda h: b"/" + b"0" * (len(h.group(0)) - 1), m.group(0)), b)
    b = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
               lambda m: m.group(1) + re.sub(rb"[0-9]", b"0", m.group(2)) + m.group(3), b)
    b = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})",
               lambda m: m.group(1) + re.sub(rb"[0-9a-fA-F]", b"0", m.group(2)), b)
    pdf.write_bytes(b)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

def build_leting(path):
    doc = new_doc()
    # ---- form 1: 商品质量检测经费 (the preview lost its middle rows)
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True)
    para(doc, "( 2021年度)", center=True)
    rows = [
        ["项目名称", "商品质量检测经费", "", "", "", "", ""],
        ["主管部门", "", "", "实施单位", "乐亭县市场监督管理局", "", ""],
        ["项目资金\n(万元)", "年初预算数", "调整预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总", "", "", "≥90%", "95%", "10", "10"],
        ["", "可持续影响指标", "可持续", "可持续", "可持续", "10", "9"],
        ["满意度\n指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "100%", "10", "10"],
        ["总分", "", "", "", "", "100", "99"],
    ]
    merges = [(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6), (6, 0, 6, 4)]
    table(doc, rows, widths=[2.4, 2.8, 3.0, 2.2, 2.4, 2.0, 2.0], merges=merges)
    page_break(doc)
    # ---- form 2: 双随机抽查委托审计费 (cut inside the 实际完成情况 cell)
    para(doc, "项目支出绩效自评表", bold=True, size=16, center=True)
    para(doc, "( 2021年度)", center=True)
    rows = [
        ["项目名称", "双随机抽查委托审计费", "", "", "", "", ""],
        ["主管部门", "", "", "实施单位", "乐亭县市场监督管理局", "", ""],
        ["项目资金\n(万元)", "年初预算数", "调整预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "30", "30", "", "10", "100%", "99"],
        ["其中:当年财政拨款", "30", "30", "", "", "100%", ""],
        ["上年结转资金", "", "", "", "", "", ""],
        ["其他资金", "", "", "", "", "", ""],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", ""],
        ["", LT_GOAL2, "", "", LT_DONE2, "", ""],
    ]
    merges = [(0, 1, 0, 6), (1, 1, 1, 2), (1, 4, 1, 6),
              (7, 0, 8, 0), (7, 1, 7, 3), (7, 4, 7, 6), (8, 1, 8, 3), (8, 4, 8, 6)]
    table(doc, rows, widths=[2.4, 2.8, 3.0, 2.2, 2.4, 2.0, 2.0], merges=merges)
    save_docx(doc, path)


def build_pudong(path):
    doc = new_doc()
    para(doc, "上海市浦东新区审计局财政支出项目绩效评价报告", bold=True, size=18, center=True)
    for _ in range(3):
        para(doc, "")
    for line in ["项目名称: 2018年度审计业务经费(购买)",
                 "项目单位:上海市浦东新区审计局",
                 "委托部门:上海市浦东新区审计局",
                 "评价机构:上海文会会计师事务所有限公司"]:
        para(doc, line, size=12)
    for _ in range(3):
        para(doc, "")
    para(doc, "二一九年六月", size=12, center=True)
    page_break(doc)
    para(doc, "目 录", bold=True, size=14, center=True)
    toc = ["摘要\t1", "概述\t1", "评价结论和绩效分析\t1", "经验教训和建议\t2", "前言\t4",
           "开展绩效评价的背景\t4", "评价方式\t4", "一、项目基本情况\t5", "(一)概况\t5",
           "(二)绩效目标\t6", "二、绩效评价工作情况\t7", "(一)绩效评价目的\t7",
           "(二)绩效评价工作方案制定过程\t7", "(三)绩效评价原则、评价方法等\t7",
           "(四)数据采集方法及过程\t8", "(五)绩效评价实施过程\t9", "(六)绩效评价的局限性\t9",
           "三、评价结论和绩效分析\t10", "(一)评价结论\t10", "(二)具体绩效分析\t11",
           "四、主要经验及做法、存在的问题和建议\t14", "(一)主要经验及做法\t14",
           "(二)存在的问题\t15", "(三)建议和改进措施\t15", "附件:\t15"]
    for line in toc:
        para(doc, line)
    page_break(doc)
    para(doc, "摘 要", bold=True, size=14, center=True)
    para(doc, "概述", bold=True)
    para(doc, "依据上海市浦东新区审计局2018年部门预算指标的通知，2018年度审计业务经费(购买)项目"
              "（以下简称本项目）由上海市浦东新区审计局（以下简称浦东新区审计局）负责实施，专项资金金额为"
              "300.00万元，项目实际支出298.70万元，预算执行率为99.57%。", indent=True)
    para(doc, "设立本项目，是为了弥补政府审计项目中审计力量的不足：通过聘请中介机构的专业技术人员参与编组审计，"
              "或委托中介机构实施审计，来完成审计业务。", indent=True)
    para(doc, "评价结论和绩效分析", bold=True)
    para(doc, "绩效评价小组采用自行设计的评价指标体系和评分标准，通过实地取证、数据分析、问卷调查等方法，"
              "对2018年度审计业务经费(购买)项目的财政资金绩效作了客观评价。本项目综合绩效得分为91.80分，"
              "绩效评级为“优”。其中各类指标得分情况如下：", indent=True)
    rows = [
        ["指标项目", "权重", "得分率", "得分"],
        ["项目决策指标", "10", "90%", "9"],
        ["项目管理指标", "24", "95.83%", "23"],
        ["项目绩效指标", "66", "90.61%", "59.80"],
        ["总计", "100", "", "91.80"],
    ]
    table(doc, rows, widths=[4.5, 3.0, 3.0, 3.0], font=10.5)
    para(doc, "总体来看,本项目取得", indent=True)
    save_docx(doc, path)


def build_suzhou(path):
    doc = new_doc()
    para(doc, "宿州市审计局2024年政府投资审计及市县交叉审计项目支出预算绩效目标表", bold=True, size=15, center=True)
    para(doc, "来源：宿州市审计局    发表时间：2024-04-12 11:39", center=True)
    para(doc, "（1）项目概述。为充分发挥审计监督作用、落实审计“全覆盖”要求，我局在政府投资审计（以跟踪审计项目为主）"
              "中聘请协审机构参与审计，并把这部分工作与市、县（区）交叉审计项目合并为一个整体项目实施。", indent=True)
    para(doc, "（2）立项依据。依据《中华人民共和国审计法》、《国务院中国竞彩网加强审计工作的意见》（国发〔2014〕48号）、"
              "《安徽省人民政府中国竞彩网加强审计工作的意见》（皖政〔2015〕34号）、"
              "《审计署办公厅中国竞彩网进一步规范聘请中介机构参与投资审计工作的通知》等文件安排。", indent=True)
    para(doc, "（3）实施主体。宿州市审计局", indent=True)
    para(doc, "（4）起止时间。2024年1月1日至2024年12月31日", indent=True)
    para(doc, "（5）项目内容。本项目主要是对政府投资审计项目开展全过程监督，审计中聘请协审机构，"
              "并安排市、县（区）交叉审计，以完成全年审计计划任务", indent=True)
    para(doc, "（6）年度预算安排。2024年安排政府投资审计项目聘请协审机构产生的业务费用预算280万元，"
              "市、县（区）交叉审计业务费用预算200万元。", indent=True)
    para(doc, "（7）绩效目标。" + SZ_GOAL, indent=True)
    para(doc, "项目支出绩效目标表", bold=True, size=14, center=True)
    para(doc, "（2024年度）", center=True)
    table(doc, [["项目名称", ""]], widths=[4.0, 13.0], font=10.5)
    save_docx(doc, path)


def build_wuzhishan(path):
    doc = new_doc()
    para(doc, "五指山市统计局", bold=True, size=18, center=True)
    para(doc, "2020人口普查经费资金项目绩效自评报告", bold=True, size=18, center=True)
    for _ in range(4):
        para(doc, "")
    para(doc, "评价小组", bold=True, size=12, center=True)
    para(doc, "组长:符宗亲", size=12, center=True)
    para(doc, "副组长:林勇、徐晓莹", size=12, center=True)
    para(doc, "成员:陈永杰、郭泽泉、黄珑怡", size=12, center=True)
    page_break(doc)
    para(doc, "五指山市统计局", bold=True, size=14, center=True)
    para(doc, "人口普查经费资金项目2020年度绩效自评报告", bold=True, size=14, center=True)
    para(doc, "一、基本情况", bold=True)
    para(doc, "(一)项目总体情况。", bold=True)
    para(doc, "多年来，五指山市统计局在市委市政府领导下，组织完成人口、工业、农业、第三产业和基本单位等重大国情国力"
              "普查与专项调查，搜集、整理并提供全市基本统计资料，对全市国民经济、社会发展和科技进步开展统计分析、"
              "统计预测和统计监督，向市委、市政府及有关部门提供统计信息和咨询建议，定期发布全市国民经济和社会发展"
              "统计信息，统一核定、管理和提供全性的基本统计数字，并开展信息咨询服务；同时推进统计信息自动化系统建设，"
              "健全统计数据库体系，执行统计数据库网络的基本标准和运行规则，推动统计计算手段和传输设备现代化。",
         indent=True)
    para(doc, "统计调查工作经费是保障我局统计常规业务工作的项目经费，包括调查人员劳务费、误餐费、差旅费等，"
              "资金来源于市财政2020年预算安排。", indent=True)
    para(doc, "(二)分解下达资金预算和绩效目标情况", bold=True)
    para(doc, "根据市财政局2020年预算安排，该项目2020年度资金预算253.7万元，支出253.66万元，余额404元，"
              "年度资金使用完成比率99.98 %。", indent=True)
    para(doc, "二、绩效自评工作开展情况", bold=True)
    para(doc, "(一)前期准备。", bold=True)
    para(doc, "根据市财政局《关于开展我市2020预算项目绩效自", indent=True)
    save_docx(doc, path)


BUILDERS = {
    "hebei-leting-shangpinjiance-zipingbiao": build_leting,
    "shanghai-pudong-shenjiyewu-pingjiabaogao": build_pudong,
    "anhui-suzhou-zhengfutouzishenji-mubiaobiao": build_suzhou,
    "hainan-wuzhishan-renkoupucha-zipingbaogao": build_wuzhishan,
}

# ---------------------------------------------------------------------------

def write_gold():
    ANN.mkdir(exist_ok=True)
    for stem, g in DOCS.items():
        for ext in ("docx", "pdf"):
            name = f"{stem}.{ext}"
            rec = {"source": name}
            rec.update({k: g[k] for k in ("source_urls", "province", "doc_kind", "patterns",
                                          "indicators", "goals", "facts", "findings", "notes")})
            (ANN / f"{name}.json").write_text(
                json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf_text(stem):
    pdf = HERE / f"{stem}.pdf"
    txt = norm(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout)
    g = DOCS[stem]
    want = []
    for i in g["indicators"]:
        want += [i["name"], i["target_text"]]
    want += [x["text"] for x in g["goals"]]
    want += [f["item"] for f in g["findings"]]
    missing = [w for w in want if w and norm(w) not in txt]
    return missing


def main():
    write_gold()                      # gold first, before any file exists
    bad = 0
    for stem, build in BUILDERS.items():
        path = HERE / f"{stem}.docx"
        build(path)
        to_pdf(path)
        miss = check_pdf_text(stem)
        if miss:
            bad += 1
            print(f"{stem}: NOT IN PDF TEXT: {miss}", file=sys.stderr)
        else:
            print(f"{stem}: ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
