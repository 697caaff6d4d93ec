#!/usr/bin/env python
"""Part blind159: real-layout documents of western China (code-blind writer).

Gold first (as Python data), then the builders, then PDF export, annotations and a
pdftotext check.  Run with /tmp/venv/bin/python.
"""
import datetime
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
PART = "blind159"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

QH_FILE = "qinghai-haibei-caoyuanbujiang-shishifangan.docx"
SX_FILE = "shaanxi-hanyin-nongjianquan-mubiaobiao.docx"

GOLD = {
    QH_FILE: {
        "source_urls": ["https://bjscup.com/html/5751/286801"],
        "province": "青海省",
        "doc_kind": "实施方案",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "补奖资金", "kind": "sum", "total": 20511, "parts": [14514, 5997], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Prose only: 海北州2018年落实草原生态保护补助奖励机制政策实施方案 as mirrored on bjscup.com. "
            "The stored page stops inside 第二节 编制依据, item 二 ('财政部 农业部关于印发《中央'); the document stops there too. "
            "The mirror replaced one county name in the list of 实施范围 by injected gambling-site text; "
            "the document writes '（页面此处为无关插入文字）' in its place. "
            "No labelled 绩效目标/年度目标 appears before the cut, so goals is empty (the scale sentence "
            "'全州实施禁牧面积1180万亩,草畜平衡奖励面积2398.8万亩' is kept as a fact-like statement, not as a goal). "
            "Fund split 14514 + 5997 = 20511 万元 is consistent (no finding). "
            "Background and the 2017 report are paraphrased; all numbers kept (1180, 2398.8, 4040.75 千克/公顷, 63.58%, 0.1%)."
        ),
    },
    SX_FILE: {
        "source_urls": ["https://www.hanyin.gov.cn/Content-2121892.html"],
        "province": "陕西省",
        "doc_kind": "绩效目标表",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "产出指标",
             "why": "the 绩效目标表 holds header rows only; no 产出 indicator is given (the stored page stops at the row label '项目')"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "no 效益 indicator in the table as it stands"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "no 满意度 indicator in the table as it stands"},
        ],
        "notes": (
            "汉阴县财政局 fund-release notice (汉财农2020〕28 号, typo with the opening bracket missing, kept) with its attached "
            "绩效目标表( 2020年度). The stored page stops at the first cell '项目' of the funds/goal block, so the table "
            "has only the name/department rows and an empty last row; no indicator rows, no goal text. "
            "The notice body is paraphrased; numbers, document numbers (安财农〔2019〕130号), 3万元, 科目 2130122, "
            "phone numbers and names are kept. Findings are judgement calls: a reviewer reading this document sees "
            "a 绩效目标表 with no indicator of any dimension; the cause is the cut page, not necessarily the original."
        ),
    },
}

# ---------------------------------------------------------------------------
# Document content
# ---------------------------------------------------------------------------

QH_PARAS = [
    ("title", "海北州2018年落实草原生态保护补助奖励机制政策"),
    ("title", "实施方案"),
    ("p", "为落实国务院关于建立草原生态保护补助奖励机制的政策，巩固已有补奖成果并形成长效机制，"
          "本州结合实际情况编制本实施方案。"),
    ("h1", "第一章 概述"),
    ("h2", "第一节 概要"),
    ("p", "一、名 称: 海北州2018年落实草原生态保护补助"),
    ("p", "奖励机制政策"),
    ("p", "二、主管单位:青海省农牧厅、财政厅"),
    ("p", "三、实施单位:海北州人民政府"),
    ("p", "四、实施地点:海北州"),
    ("p", "五、实施规模和主要内容:实施范围包括门源县、（页面此处为无关插入文字）、海晏县、刚察县和青海湖农场、"
          "三角城种羊场、门源种马场。全州实施禁牧面积1180万亩,草畜平衡奖励面积2398.8万亩"),
    ("p", "六、补奖资金与兑现:补奖资金合计20511万元,其中:禁牧补助14514万元、草畜平衡奖励5997万元。"
          "两项资金均通过“一卡通”直接发放到牧户。"),
    ("p", "七、实施年限:2018年度"),
    ("p", "八、2017年实施情况: 2017年全州完成禁牧1180万亩、草畜平衡奖励2398.8万亩，补奖系统中的牧户信息"
          "已录入并审核；补奖资金发放已与生态保护责任和保护效果挂钩，实行绩效管理。天然草原总体实现草畜平衡，"
          "植被恢复明显，牧民收入有所增加。监测数据显示，2017年全州天然草原可食鲜草产量为4040.75千克/公顷，"
          "植被盖度为63.58%，总产量较上年同期增加0.1%。同时仍有禁牧落实不到位、监管不够有力、补奖兑现与"
          "禁牧减畜脱节、后续产业发展不足等问题。"),
    ("h2", "第二节 编制依据"),
    ("p", "一、农业部 财政部《关于2011年草原生态保护补助奖励机制政策实施的指导意见》[2011]85号"),
    ("p", "二、财政部 农业部关于印发《中央"),
]

SX_NOTICE = [
    ("title", "汉阴县财政局关于下达2020年省级农业专项(农机安全免费管理)补助经费预算的通知"),
    ("meta", "索引号:        发布日期: 2020-06-08 11:12"),
    ("meta", "来源:"),
    ("meta", "内容概述:"),
    ("meta", "分享:"),
    ("p", "现对省级农业专项(农机安全免费管理)补助经费的安排进行公告，公告期为长期，欢迎社会各界和干部群众"
          "监督(详见附件)。"),
    ("p", "监督电话:0915-5273521 12317"),
    ("p", "公告单位:汉阴县财政局"),
    ("p", "地址:汉阴县城关镇凤凰大道47号"),
    ("docno", "汉财农2020〕28 号"),
    ("title", "汉阴县财政局"),
    ("title", "关于下达2020年省级农业专项(农机安全免费管理)补助经费预算的通知"),
    ("p0", "县农业农村局:"),
    ("p", "依据安康市财政局《关于提前下达2020年省级农业专项资金预算的通知》(安财农〔2019〕130号)，"
          "现下达你局2020年农机安全免费管理补助经费3万元，年终在政府支出功能分类科目“2130122农业生产发展”"
          "中列支。有关事项通知如下:"),
    ("p", "一、请按已确定的绩效目标加强管理，及时督促项目实施，执行本县财政投资评审和政府采购的规定，"
          "管好用好资金；严禁项目实施单位虚报冒领、套取或骗取资金。"),
    ("p", "二、请落实资金信息公开和公告公示制度；收到资金文件后及时申请拨付，项目完工后按要求报账支付，"
          "开展绩效目标自评并上报绩效目标自评表。"),
    ("p", "附:绩效目标表"),
    ("sign", "汉阴县财政局"),
    ("sign", "2020年6月7日"),
]

# form table of the attached 绩效目标表: 4 columns; None = merged into the cell on its left
SX_TABLE = [
    ["专项(项目)名称", "现代农业机械化装备示范、农机公共服务能力建设和农机安全免费管理", "负责人及电话", "蒋孝军18909152188"],
    ["中央主管部门", "农业农村部", None, None],
    ["地方主管部门", "陕西省农业农村厅", "实施单位", "汉阴县农业农村局"],
    ["项目", "", "", ""],
]

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)


def _fix_core(doc, title):
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def _set_font(run, size=None, bold=False):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = "SimSun"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def _para(doc, kind, text):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    r = p.add_run(text)
    if kind == "title":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(r, 16, True)
    elif kind == "h1":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(r, 14, True)
    elif kind == "h2":
        _set_font(r, 12, True)
    elif kind in ("sign",):
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _set_font(r, 11)
    elif kind == "docno":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(r, 11)
    elif kind == "meta":
        _set_font(r, 9)
    else:
        _set_font(r, 11)
        if kind == "p":
            p.paragraph_format.first_line_indent = r.font.size * 2 if r.font.size else None
    return p


def _deterministic_zip(path):
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def build_qinghai(path):
    import docx
    doc = docx.Document()
    _fix_core(doc, "海北州2018年落实草原生态保护补助奖励机制政策实施方案")
    for kind, text in QH_PARAS:
        _para(doc, kind, text)
    doc.save(path)
    _deterministic_zip(path)


def build_shaanxi(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    _fix_core(doc, "汉阴县财政局关于下达2020年省级农业专项(农机安全免费管理)补助经费预算的通知")
    for kind, text in SX_NOTICE:
        _para(doc, kind, text)
    doc.add_page_break()
    _para(doc, "title", "绩效目标表( 2020年度)")
    tbl = doc.add_table(rows=len(SX_TABLE), cols=4)
    tbl.style = "Table Grid"
    for i, row in enumerate(SX_TABLE):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell = tbl.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            _set_font(r, 10)
        # merge None cells into the left neighbour
        j = 0
        while j < 4:
            if row[j] is not None:
                k = j + 1
                while k < 4 and row[k] is None:
                    k += 1
                if k - 1 > j:
                    tbl.cell(i, j).merge(tbl.cell(i, k - 1))
                j = k
            else:
                j += 1
    doc.save(path)
    _deterministic_zip(path)


BUILDERS = {QH_FILE: build_qinghai, SX_FILE: build_shaanxi}

# ---------------------------------------------------------------------------
# Export, annotations, check
# ---------------------------------------------------------------------------


def export_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for %s" % path)
    return pdf


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and norm(ind[key]) not in txt:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if norm(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if f["rule"].startswith("coverage."):
            continue  # the item names a dimension that is absent by definition
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def write_ann(fname, gold):
    rec = {"source": fname}
    rec.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, gold in GOLD.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        pdf = export_pdf(path)
        write_ann(fname, gold)
        write_ann(os.path.basename(pdf), gold)
        miss = check_pdf(pdf, gold)
        if miss:
            bad += 1
            print("MISSING in", os.path.basename(pdf), miss)
        else:
            print("ok", fname, os.path.basename(pdf))
    shutil.rmtree("/tmp/lo_%s" % PART, ignore_errors=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
