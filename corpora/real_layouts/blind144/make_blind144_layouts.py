#!/usr/bin/env python3
"""Build the blind144 part of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code.  Each document
reproduces the beginning of one stored public web page (see SOURCES.md); the
gold for each file is written here, before any tool looks at the files.

Run:  /tmp/venv/bin/python make_blind144_layouts.py
Writes the DOCX files, their PDFs (LibreOffice), and annotations/*.json.
"""
import datetime as _dt
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2026, 3, 1, 9, 0, 0)
ZIP_DATE = (2026, 3, 1, 9, 0, 0)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def _new_doc(title):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = doc.core_properties
    cp.author = "blind144"
    cp.last_modified_by = "blind144"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return doc


def _para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    return t


def _save_docx(doc, path):
    """Save, then rewrite the zip with fixed member dates (deterministic)."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def _to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _write_gold(gold, fname):
    os.makedirs(ANN, exist_ok=True)
    base, _ = os.path.splitext(fname)
    for src in (fname, base + ".pdf"):
        g = dict(gold)
        g["source"] = src
        with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# --------------------------------------------------------------------------
# 1. Yunnan, 红河州交通运输综合行政执法支队, 2024年度项目支出绩效自评报告 (prose)
# --------------------------------------------------------------------------
YN_FILE = "yunnan-honghezhou-jiaotongzhifa2024-zipingbaogao.docx"
YN_URL = "https://www.hh.gov.cn/info/43861/1194582.htm"
YN_GOAL1 = "优化工作流程,使职工个税每月按时申报缴纳。"
YN_GOAL2 = ("通过开展从业资格考试检查核查工作,持续推进改革、强化监管,增强执法能力和水平,"
            "进一步提高执法权威、公信力、社会认可度和群众满意度。")


def build_yunnan():
    doc = _new_doc("红河州交通运输综合行政执法支队2024年度项目支出绩效自评报告(页面开头部分)")
    # The stored page starts directly with 一、基本情况 (no title line kept).
    _para(doc, "一、基本情况", bold=True)
    # template instruction text left in by the writer
    _para(doc, "(一)项目概况。包括项目背景、主要内容及实施情况、资金投入和使用情况等。")
    _para(doc, "红河州交通运输综合行政执法支队在编制2024年部门预算时,共列项目支出预算4个、"
               "合计金额18.93万元,均为年中预算调整时追加的单位自有资金指标,各项目名称及预算金额如下:")
    _para(doc, "(1)项目名称:单位自有资金,用于开展职工个税申报,理顺流程、提高申报效率。"
               "实施主体:红河州交通运输综合执法支队弥勒大队,州级预算数0.01万元。项目绩效目标为:"
               + YN_GOAL1)
    _para(doc, "绩效指标设置5个,分别为:申报缴纳个税职工人数25人,职工个税全年申报缴纳完成率大于等于90%,"
               "完成预算执行支出进度11月30日前≧95%,职工个税正常申报缴纳,职工对个税办理工作的满意程度≧90%。")
    _para(doc, "预算0.01万元,实际下达0.01万元,实际支出金额0.01万元,无结转下年,支出进度100%。")
    _para(doc, "(2)项目名称:从业资格考试工作经费单位自有资金,用于从业资格考试相关的检查核查工作。"
               "实施主体:红河州交通运输综合执法支队泸西大队,州级预算数1.00万元。项目绩效目标为:"
               + YN_GOAL2
               + "从数量指标、时效指标、质量指标、社会效益指标和满意度指标5个方面设置指标5个。"
                 "分别是:从业资格考试工作检查核查人数≥12人,检查(核查)任务完成率≥99%,"
                 "检查(核查)任务及时完成率≥98%,检查(核查)结果公开率≥100%,"
                 "检查(核查)人员被投诉次数≤5次。")
    _para(doc, "预算支出1.00万元,实际下达1.00万元,实际支出金额1.00万元,无结转下年金额,支出进度100%。")
    # the stored page stops in the middle of item (3)
    _para(doc, "(3)项目名称:单位自有资金,主要用于开展辖区")
    path = os.path.join(HERE, YN_FILE)
    _save_docx(doc, path)
    _to_pdf(path)

    gold = {
        "source": YN_FILE,
        "source_urls": [YN_URL],
        "province": "云南省",
        "doc_kind": "自评报告",
        "patterns": [8, 10],
        "indicators": [
            ind(None, None, "申报缴纳个税职工人数", None, 25, "人", "25人"),
            ind(None, None, "职工个税全年申报缴纳完成率", ">=", 90, "%", "大于等于90%"),
            ind(None, None, "完成预算执行支出进度", ">=", 95, "%", "11月30日前≧95%"),
            ind(None, None, "职工个税正常申报缴纳", None, None, None, None),
            ind(None, None, "职工对个税办理工作的满意程度", ">=", 90, "%", "≧90%"),
            ind(None, None, "从业资格考试工作检查核查人数", ">=", 12, "人", "≥12人"),
            ind(None, None, "检查(核查)任务完成率", ">=", 99, "%", "≥99%"),
            ind(None, None, "检查(核查)任务及时完成率", ">=", 98, "%", "≥98%"),
            ind(None, None, "检查(核查)结果公开率", ">=", 100, "%", "≥100%"),
            ind(None, None, "检查(核查)人员被投诉次数", "<=", 5, "次", "≤5次"),
        ],
        "goals": [
            {"kind": "绩效目标", "text": YN_GOAL1},
            {"kind": "绩效目标", "text": YN_GOAL2},
        ],
        "facts": [
            {"metric": "项目支出预算合计", "kind": "sum", "total": 18.93,
             "parts": [0.01, 1.00], "unit": "万元", "complete": False},
        ],
        "findings": [
            {"rule": "target.impossible_value", "item": "检查(核查)结果公开率",
             "why": "≥100%:一个比率不可能超过100%,实际等于要求=100%"},
            {"rule": "target.input_or_process", "item": "完成预算执行支出进度",
             "why": "预算执行/支出进度是资金管理过程指标,不是产出或效益"},
            {"rule": "target.missing_value", "item": "职工个税正常申报缴纳",
             "why": "列为5个绩效指标之一,但没有指标值"},
            {"rule": "goal.unquantified", "item": YN_GOAL1,
             "why": "目标只写“优化工作流程”“每月按时”,没有数量或比例"},
            {"rule": "goal.unquantified", "item": YN_GOAL2,
             "why": "“持续推进”“进一步提高”等表述,无任何数值或基准"},
        ],
        "notes": (
            "Source page: 红河州交通运输综合行政执法支队 2024年度项目支出绩效自评报告 (hh.gov.cn). "
            "The stored page copy begins at 一、基本情况 (no title line) and stops in the middle of item (3) "
            "'(3)项目名称:单位自有资金,主要用于开展辖区'; the document stops there too. Prose only, no "
            "indicator table. Kept as found: the template instruction '包括项目背景、主要内容及实施情况、资金投入和使用情况等。', "
            "the mixed operator characters ≧ (U+2267) and ≥, '大于等于90%' in words, '≥100%'. "
            "Indicator rows are taken from the two sentences listing the 5+5 indicators; the text gives no "
            "一级/二级 per indicator (project (2) lists five dimensions but not which indicator belongs to which), "
            "so level1/level2 are null. '申报缴纳个税职工人数25人' has no operator (value only) -> operator null. "
            "'职工个税正常申报缴纳' has no value -> value/unit/target_text null. Goals rewritten in my own words "
            "keeping every number (there are none) and the vague wording (优化, 进一步提高). "
            "Fact: 4 projects total 18.93万元, but only projects (1) 0.01 and (2) 1.00 are visible before the page "
            "stops, so the parts are incomplete ('complete': false) and no consistency.sum finding is raised. "
            "Per-project 支出进度100% (0.01/0.01, 1.00/1.00) is consistent; not a finding. "
            "Not flagged (judgement): satisfaction rows without respondent method (info level only); "
            "no 成本 dimension in project (2) (local forms commonly omit it)."
        ),
    }
    _write_gold(gold, YN_FILE)
    return gold


# --------------------------------------------------------------------------
# 2. Chongqing, 丰都县交通运输综合行政执法支队 2024年度项目绩效目标自评报告 (prose)
# --------------------------------------------------------------------------
CQ_FILE = "chongqing-fengdu-jiaotongzhifa2024-zipingbaogao.docx"
CQ_URL = "https://www.cqfd.gov.cn/bm/jtj/zwgk_36090/fdzdgknr_36093/gggs/202504/t20250428_14565801.html"
CQ_G1 = "建成普通公路非现场治超点1处,借助智能设备对超限车辆实行24小时动态监管"
CQ_G2 = "完成丰都县治超站资产处置任务,确保国有资产保值增值"
CQ_G3 = "全面覆盖公路路产路权维护,增设安全防护设施,消除隐患路段"
CQ_G4 = "强化执法队伍专业化建设,开展执法人员培训,提升案件查处效率"
CQ_G5 = "保障编外人员工资按时足额发放,维护执法队伍稳定性"


def build_chongqing():
    doc = _new_doc("丰都县交通运输综合行政执法支队2024年度项目绩效目标自评报告(页面开头部分)")
    _para(doc, "您当前所在位置:首页>丰都县交通运输委员会>政务公开>法定主动公开内容>其他法定信息")
    # page metadata, first as a 4-column table ...
    _table(doc, [
        ["[ 索引号 ]", "11500230008686350N/2025-00238", "[ 发文字号 ]", ""],
        ["[ 主题分类 ]", "交通", "[ 体裁分类 ]", "财政"],
        ["[ 发布机构 ]", "丰都县交通运输委员会", "", ""],
        ["[ 成文日期 ]", "2025-04-28", "[ 发布日期 ]", "2025-04-28"],
    ])
    # ... then repeated as a 2-column block (the page shows it twice)
    _table(doc, [
        ["[ 索引号 ]", "11500230008686350N/2025-00238"],
        ["[ 发文字号 ]", ""],
        ["[ 主题分类 ]", "交通"],
        ["[ 体裁分类 ]", "财政"],
        ["[ 发布机构 ]", "丰都县交通运输委员会"],
        ["[ 有效性 ]", ""],
        ["[ 成文日期 ]", "2025-04-28"],
        ["[ 发布日期 ]", "2025-04-28"],
    ])
    _para(doc, "丰都县交通运输综合行政执法支队2024年度项目绩效目标自评报告", bold=True, center=True, size=14)
    _para(doc, "一、绩效目标分解下达情况", bold=True)
    _para(doc, "按照上级部门和县交通运输委的统筹安排,2024年度下达我单位的财政资金预算总额为925.16万元。"
               "我单位围绕“提升执法效能、保障路网安全、优化民生服务”这一核心任务,共分解细化完成10个项目,"
               "按“精准投向、规范管理”的思路,把资金重点投向非现场治超点建设、公路路产路权维护、执法能力提升等领域,"
               "并明确各项目绩效目标:一是" + CQ_G1 + ";二是" + CQ_G2 + ";三是" + CQ_G3 + ";四是" + CQ_G4
               + ";五是" + CQ_G5 + "。各项目均经县财政专项会议审议,责任分工逐项细化,资金用途严格审核,"
                 "使预算执行与绩效目标紧密衔接,为年度执法任务的推进提供保障。")
    _para(doc, "二、绩效情况分析", bold=True)
    _para(doc, "(一)资金投入情况分析")
    # the stored page stops mid-word here
    _para(doc, "2024年度财政预算资金总额为925.16万元,资金重点支持非现场治超点建设、公路路产路权维护、执法能力提升等关键领")
    path = os.path.join(HERE, CQ_FILE)
    _save_docx(doc, path)
    _to_pdf(path)

    gold = {
        "source": CQ_FILE,
        "source_urls": [CQ_URL],
        "province": "重庆市",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "年度目标", "text": CQ_G1},
            {"kind": "年度目标", "text": CQ_G2},
            {"kind": "年度目标", "text": CQ_G3},
            {"kind": "年度目标", "text": CQ_G4},
            {"kind": "年度目标", "text": CQ_G5},
        ],
        "facts": [
            {"metric": "财政预算资金总额", "kind": "sum", "total": 925.16, "parts": [],
             "unit": "万元", "complete": False},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": CQ_G2,
             "why": "“确保国有资产保值增值”,无处置数量、金额或期限"},
            {"rule": "goal.unquantified", "item": CQ_G3,
             "why": "“全面覆盖”“消除隐患路段”,无里程、设施数量或比例"},
            {"rule": "goal.unquantified", "item": CQ_G4,
             "why": "“强化”“提升案件查处效率”,培训人次和效率都没有数值"},
            {"rule": "goal.unquantified", "item": CQ_G5,
             "why": "只写按时足额发放,无人数、金额或发放率"},
            {"rule": "goal.process_only", "item": CQ_G5,
             "why": "发放编外人员工资是投入/保障事项,不是产出或效果"},
        ],
        "notes": (
            "Source page: 丰都县交通运输综合行政执法支队2024年度项目绩效目标自评报告 (cqfd.gov.cn, 发布 2025-04-28). "
            "The stored page copy holds the breadcrumb, the page metadata block (shown twice on the page: once as a "
            "4-column table without 有效性, once as a list with 有效性), the title, part 一 and the first sentence of "
            "二(一), cut mid-word at '关键领'; the document stops there. Prose only; no indicator table is reached, "
            "so indicators is empty. The five '一是…五是…' goals are listed as 年度目标 (they are the projects' "
            "performance goals for 2024); the surrounding narrative is rewritten in my own words, the goal clauses are "
            "kept close to the page with all numbers (925.16万元, 10个项目, 1处, 24小时). Goal 1 is quantified (1处), not "
            "flagged. goal.unmeasured is NOT raised: the page stops before any indicator table, so absence of "
            "indicators is a cut, not a defect. Fact: 925.16万元 is stated twice and agrees; no parts are given "
            "(10 projects not itemised before the cut). Not flagged: '共分解细化完成10个项目' vs five goals listed "
            "(goals group the projects; not a contradiction)."
        ),
    }
    _write_gold(gold, CQ_FILE)
    return gold


# --------------------------------------------------------------------------
def _check_presence(gold, pdf):
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(txt.split())
    missing = []
    items = []
    for i in gold["indicators"]:
        items.append(i["name"])
        if i["target_text"]:
            items.append(i["target_text"])
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for s in items:
        if "".join(s.split()) not in flat:
            missing.append(s)
    return missing


def main():
    if not shutil.which("soffice"):
        sys.exit("soffice not found")
    golds = [build_yunnan(), build_chongqing()]
    ok = True
    for g in golds:
        pdf = os.path.join(HERE, os.path.splitext(g["source"])[0] + ".pdf")
        miss = _check_presence(g, pdf)
        print(g["source"], "indicators", len(g["indicators"]), "findings", len(g["findings"]),
              "missing-in-pdf", miss)
        ok = ok and not miss
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
