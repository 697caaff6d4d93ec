#!/usr/bin/env python3
"""blind151: real-layout documents on lottery public-welfare funds (彩票公益金).

Gold first (as Python data, written from the stored pages), then the builders
(python-docx / openpyxl), the LibreOffice PDF export, the annotation files and a
check that every indicator name, target text, goal text and finding item can be
found in the pdftotext output of each PDF (whitespace ignored).

Run:  /tmp/venv/bin/python make_blind151_layouts.py
"""
import copy
import datetime as _dt
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
PART = "blind151"
LO_PROFILE = "file:///tmp/lo_%s" % PART
FIXED_DT = _dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (one dict per document; "source" is filled in per file)
# ---------------------------------------------------------------------------

URL_FZJA = "https://www.fzja.gov.cn/xjwz/zwgk/zfwj/xzjwj/202506/t20250620_5036550.htm"
URL_ZHOUZHI = "https://www.zhouzhi.gov.cn/xwzx/gsgg/1991769179528704001.html"
URL_HUOSHAN = "https://www.ahhuoshan.gov.cn/public/6598151/36798267.html"
URL_MINLE = "http://www.gsml.gov.cn/zfxxgk/zfwj_5942/zcls/aztfl_9482/mzfpjz/202402/t20240220_1187452.html"
URL_NANXUN = "https://www.chacewang.com/newsdetail/news86431.html"

# social-benefit sentence of the 周至 report, rewritten in our own words (used in the doc and in the gold)
ZZ_SOCIAL = ("养老机构基础设施服务体系得到完善,敬老院老人居住条件得到改善,护理员护理技能有所提高,"
             "孝亲敬老传统美德得到弘扬,尊老敬老助老的社会氛围逐步形成,老年人精神文化生活更加丰富,"
             "民政事业稳步发展。")

P_YF = "2024年居家养老服务站和居家社区养老服务照料中心运营补助"
P_YF3 = "2024年长者食堂市级奖补"

GOLD = {
    # 1 ---------------------------------------------------------------- 福建
    "fujian-fuzhou-yuefeng-fucai-gongshi": {
        "format": "docx",
        "source_urls": [URL_FZJA],
        "province": "福建省",
        "doc_kind": "福利彩票公益金分配使用情况公示(含主要绩效目标及完成情况)",
        "patterns": [6, 10],
        "indicators": [
            {"level1": None, "level2": "数量指标", "name": "慰问人数", "operator": "=", "value": 9, "unit": "人",
             "target_text": "=9人", "actual": 9, "weight": None, "score": None},
            {"level1": None, "level2": "质量指标", "name": "慰问对象年龄", "operator": ">=", "value": 100, "unit": "岁",
             "target_text": "均≥100岁", "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": "时效指标", "name": "百岁及以上老年人慰问款及时发放率", "operator": "=",
             "value": 100, "unit": "%", "target_text": "=100%", "actual": 100, "weight": None, "score": None},
            {"level1": None, "level2": "社会效益指标", "name": "政策群众知晓率", "operator": ">=", "value": 90,
             "unit": "%", "target_text": "≥90%", "actual": 100, "weight": None, "score": None},
            {"level1": None, "level2": "服务对象满意度指标", "name": "慰问对象满意度", "operator": None, "value": None,
             "unit": "%", "target_text": None, "actual": 90, "weight": None, "score": None},
        ],
        "goals": [],
        "facts": [
            {"metric": "市级福利彩票公益金", "kind": "sum", "total": 61.35, "parts": [1.35, 45, 15], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "慰问对象满意度",
             "why": "只写了完成90%,没有写目标值(指标值),无法判断是否达成"},
            {"rule": "coverage.too_few_indicators", "item": P_YF,
             "why": "45万元的运营补助项目只写了用途和联系人,没有列出任何绩效指标"},
            {"rule": "coverage.too_few_indicators", "item": P_YF3,
             "why": "15万元的长者食堂奖补项目只写了用途和联系人,没有列出任何绩效指标"},
        ],
        "notes": ("Stored page = the whole notice (it ends with 来源/附件下载). Indicators are written as a prose list "
                  "'二级:名称 运算符值单位,当年实际完成X' under (2)主要绩效目标及完成情况; no 一级 is given (level1 null). "
                  "'慰问对象年龄均≥100岁' has no actual; '慰问对象满意度完成90%' has an actual but no target. "
                  "The typo '、市级福利彩票公益金…' (number 一 missing before 、) and '已于…已拨付' are kept. "
                  "The opening paragraph is reworded; all figures kept. No goal sentence is stated (only uses)."),
    },
    # 2 ---------------------------------------------------------------- 陕西
    "shaanxi-zhouzhi-fucai-shiyong": {
        "format": "docx",
        "source_urls": [URL_ZHOUZHI],
        "province": "陕西省",
        "doc_kind": "县级福彩公益金使用情况(绩效目标完成情况分析)",
        "patterns": [6, 10],
        "indicators": [
            {"level1": None, "level2": "数量指标", "name": "敬老院提升改造项目", "operator": None, "value": None,
             "unit": "个", "target_text": None, "actual": 3, "weight": None, "score": None},
            {"level1": None, "level2": "数量指标", "name": "救助站改造项目", "operator": None, "value": None,
             "unit": "个", "target_text": None, "actual": 1, "weight": None, "score": None},
            {"level1": None, "level2": "数量指标", "name": "护理员参赛人数", "operator": None, "value": None,
             "unit": "人", "target_text": None, "actual": 15, "weight": None, "score": None},
            {"level1": None, "level2": "质量指标", "name": "资金使用合规率", "operator": None, "value": None,
             "unit": "%", "target_text": None, "actual": 100, "weight": None, "score": None},
            {"level1": None, "level2": "时效指标", "name": "资金拨付时间及时", "operator": None, "value": None,
             "unit": "%", "target_text": None, "actual": 100, "weight": None, "score": None},
            {"level1": None, "level2": "成本指标", "name": "县级福彩金总计支出", "operator": None, "value": None,
             "unit": "万元", "target_text": None, "actual": 96.9576, "weight": None, "score": None},
            {"level1": None, "level2": "社会效益指标", "name": ZZ_SOCIAL, "operator": None, "value": None,
             "unit": None, "target_text": None, "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": "服务对象满意度指标", "name": "接受服务老人满意度", "operator": None,
             "value": None, "unit": "%", "target_text": None, "actual": 90, "weight": None, "score": None},
        ],
        "goals": [
            {"kind": "绩效目标", "text": "按照福利彩票“扶老、助残、救孤、济困”的发行宗旨。"},
        ],
        "facts": [
            {"metric": "三所敬老院适老化改造提升支出", "kind": "sum", "total": 69.9776,
             "parts": [29.9938, 19.9855, 19.9983], "unit": "万元"},
            {"metric": "县级福彩金总计支出", "kind": "sum", "total": 96.9576,
             "parts": [69.9776, 10.98, 13.3, 2.7], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "按照福利彩票“扶老、助残、救孤、济困”的发行宗旨。",
             "why": "“绩效目标情况”只复述了发行宗旨,没有任何可衡量的目标"},
            {"rule": "target.missing_value", "item": "敬老院提升改造项目", "why": "只报完成数3个,未列目标值"},
            {"rule": "target.missing_value", "item": "救助站改造项目", "why": "只报完成数1个,未列目标值"},
            {"rule": "target.missing_value", "item": "护理员参赛人数", "why": "只报完成数15人,未列目标值"},
            {"rule": "target.missing_value", "item": "资金使用合规率", "why": "只报完成值100%,未列目标值"},
            {"rule": "target.missing_value", "item": "资金拨付时间及时", "why": "只报完成值100%,未列目标值"},
            {"rule": "target.missing_value", "item": "县级福彩金总计支出", "why": "只报支出额,未列成本目标"},
            {"rule": "target.missing_value", "item": "接受服务老人满意度", "why": "只报完成值90%,未列目标值"},
            {"rule": "target.input_or_process", "item": "资金使用合规率",
             "why": "质量指标衡量的是资金管理合规,属于过程管理而非产出质量"},
            {"rule": "target.input_or_process", "item": "资金拨付时间及时",
             "why": "时效指标衡量的是资金拨付,属于过程管理而非产出时效"},
            {"rule": "target.cost_restates_budget", "item": "县级福彩金总计支出",
             "why": "成本指标就是总支出额96.9576万元,没有单位成本含义"},
            {"rule": "target.vague_wording", "item": ZZ_SOCIAL,
             "why": "社会效益只有“完善、改善、提高、促进”等描述,没有数值或基线"},
        ],
        "notes": ("Stored page stops inside 三、下一步改进措施 ('…推动' cut). The indicators are a numbered prose list of "
                  "achieved values only (no targets anywhere), so operator/value/target_text are null and the number "
                  "is the actual. '敬老院提升改造项目3个、救助站改造项目1个、护理员参赛人数15人' is one 数量指标 line split "
                  "into three rows (value in the name, pattern 6). The social-benefit line and the fund paragraph are "
                  "reworded in our own words; all figures kept. Site navigation line omitted. 下达322.14万元 vs total "
                  "spending 96.9576万元: no rate is stated, so no consistency finding."),
    },
    # 3 ---------------------------------------------------------------- 安徽
    "anhui-huoshan-canlian-caipiao-pingjiabaogao": {
        "format": "docx",
        "source_urls": [URL_HUOSHAN],
        "province": "安徽省",
        "doc_kind": "绩效评价报告(附项目支出绩效自评表)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "年度资金总额", "kind": "sum", "total": 93.61, "parts": [0, 0, 0], "unit": "万元"},
            {"metric": "执行率", "kind": "rate", "planned": 93.61, "actual": 93.61, "stated_rate": 100.0,
             "unit": "万元"},
            {"metric": "执行率得分", "kind": "score", "weight": 10, "score": 10.0},
            {"metric": "综合得分", "kind": "grade", "total": 100, "grade": "优秀"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "年度资金总额",
             "why": "年度资金总额93.61万元,但其中本年财政拨款、上年结转资金、其他资金均填0,分项合计0≠93.61"},
        ],
        "notes": ("Stored page stops in the self-evaluation table right after the 年度总体目标 header row: the 预期目标 "
                  "cell holds only '完成年' (cut) and no indicator row is reached, so indicators = [] and the cut "
                  "fragment is not recorded as a goal. The table title line '2022年度)' misses its opening bracket "
                  "(kept). The page repeats the label '项目资金(万元)' (a merged cell written twice); we merged it down "
                  "the money block once. Report paragraphs reworded; 93.61万元, 100分, 优秀 kept. 100分/优秀 is "
                  "consistent with the grade bands."),
    },
    # 4 ---------------------------------------------------------------- 甘肃
    "gansu-minle-caipiao-zipingbaogao": {
        "format": "docx",
        "source_urls": [URL_MINLE],
        "province": "甘肃省",
        "doc_kind": "绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标",
             "text": "2023年下达省级福彩公益金113万元,其中养老机构运营补贴项目48万元、社会工作服务站项目建设资金15万元、村级互助幸福院项目建设资金50万元。"},
        ],
        "facts": [
            {"metric": "省级福彩公益金", "kind": "sum", "total": 113, "parts": [48, 15, 50], "unit": "万元"},
            {"metric": "养老机构运营补贴项目", "kind": "sum", "total": 48, "parts": [19, 17, 12], "unit": "万元"},
            {"metric": "支付省级福利彩票公益金", "kind": "sum", "total": 113, "parts": [48, 15, 50], "unit": "万元"},
            {"metric": "养老机构运营补贴项目资金到位率", "kind": "rate", "planned": 48, "actual": 48,
             "stated_rate": 100, "unit": "万元"},
            {"metric": "社会工作服务站项目资金到位率", "kind": "rate", "planned": 15, "actual": 15,
             "stated_rate": 100, "unit": "万元"},
            {"metric": "村级互助幸福院项目资金到位率", "kind": "rate", "planned": 50, "actual": 50,
             "stated_rate": 100, "unit": "万元"},
            {"metric": "执行率", "kind": "rate", "planned": 113, "actual": 113, "stated_rate": 100, "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.budget_text",
             "item": "2023年下达省级福彩公益金113万元,其中养老机构运营补贴项目48万元、社会工作服务站项目建设资金15万元、村级互助幸福院项目建设资金50万元。",
             "why": "“绩效目标分解下达情况”一节只写资金怎么分,没有产出或效果目标"},
        ],
        "notes": ("Stored page stops in 二(二)资金管理情况分析 ('…申请拨付使' cut), before any indicator. Prose only. "
                  "The info-disclosure header block (索引号/发布机构/生成日期…) is kept as a small table. The opening "
                  "paragraph is reworded; all amounts and rates kept, including '养老机构运营补贴48万' without 元. "
                  "All sums and rates check out."),
    },
    # 5 ---------------------------------------------------------------- 浙江
    "zhejiang-nanxun-fucai-mingxibiao": {
        "format": "xlsx",
        "source_urls": [URL_NANXUN],
        "province": "浙江省",
        "doc_kind": "福彩公益金资助项目情况明细表(支出情况公示)",
        "patterns": [5, 7],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标", "text": "为生活困难老人开展家庭适老化改造"},
        ],
        "facts": [
            {"metric": "养老服务及照料中心改造提升设施设备添置", "kind": "sum", "total": 97.96,
             "parts": [16.9, 35.46], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "为生活困难老人开展家庭适老化改造",
             "why": "绩效目标栏只写做什么,没有户数、完成率等可衡量值(330户写在主要内容栏)"},
            {"rule": "consistency.sum", "item": "养老服务及照料中心改造提升设施设备添置",
             "why": "资金支出97.96万元,实施情况列出的两笔经费16.9万元+35.46万元=52.36万元,对不上"},
        ],
        "notes": ("Source is a third-party copy (chacewang) of a 南浔镇 (湖州市南浔区, 浙江) notice; the copy flattens "
                  "the three tables into one text run, so cell boundaries are our reconstruction: after the two money "
                  "cells, comma-separated pieces were put in 主要内容 / 绩效目标 / 项目实施情况 in order; where the copy "
                  "gives fewer pieces the last cells stay empty. Only one row has a recognisable 绩效目标 cell. "
                  "'结转下年' stands in the 资金支出 column (text in a money column). The stored page stops in the first "
                  "row of table 三 ('以前年度结' cut). No indicator table. Province inferred from 南浔镇."),
    },
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _norm(s):
    return re.sub(r"\s+", "", s or "")


def make_deterministic(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        body = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = body.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
            body = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zi.create_system = 0
        zout.writestr(zi, body)
    zout.close()
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ---------------------------- DOCX helpers ---------------------------------
from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    for s in doc.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
    return doc


def para(doc, text, bold=False, center=False, size=None, indent=True):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(22)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def set_cell(cell, text, bold=False, center=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def save_docx(doc, path):
    doc.save(path)
    make_deterministic(path)


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------


def build_fujian(path):
    doc = new_doc()
    para(doc, "2024年度中央、省级、市级下达福利彩票公益金分配使用情况公示", bold=True, center=True, size=15)
    para(doc, "时间:2025-06-01 16:34", center=True, size=9)
    para(doc, "2024年度,中央、省级、市级共向岳峰镇下达用于社会福利的彩票公益金61.35万元。资金遵循福利彩票"
              "“扶老、助残、救孤、济困”的发行宗旨,本年度主要投向老年人福利,现将分配使用情况公告如下:")
    para(doc, "、市级福利彩票公益金61.35万元(均用于老年人福利类)")
    para(doc, "1、2024年百岁老人慰问费1.35万元;")
    para(doc, "(1)主要用于重阳节慰问百岁及以上老年人。已于2024年11月20日已拨付村居老人1.35万元。")
    para(doc, "项目联系人:江健筠,联系电话:0591-83923660。")
    para(doc, "(2)主要绩效目标及完成情况:")
    para(doc, "数量指标:慰问人数=9人,当年实际完成9人。")
    para(doc, "质量指标:慰问对象年龄均≥100岁。")
    para(doc, "时效指标:百岁及以上老年人慰问款及时发放率=100%,当年实际完成100%。")
    para(doc, "社会效益指标:政策群众知晓率≥90%,当年实际完成100%。")
    para(doc, "服务对象满意度指标:慰问对象满意度完成90%。")
    para(doc, "2、" + P_YF + "45万元;")
    para(doc, "(1)将用于发放2024年居家服务站和居家社区养老服务照料中心运营补助。")
    para(doc, "项目联系人:江健筠,联系电话:0591-83923660。")
    para(doc, "3、" + P_YF3 + "15万元;")
    para(doc, "(1)将用于长者食堂持续运营。")
    para(doc, "项目联系人:江健筠,联系电话:0591-83923660。")
    para(doc, "来源:晋安区岳峰镇", indent=False)
    para(doc, "附件下载", indent=False)
    save_docx(doc, path)


def build_zhouzhi(path):
    doc = new_doc()
    para(doc, "周至县民政局2024年县级福彩公益金的使用情况", bold=True, center=True, size=15)
    para(doc, "一、2024年县级福彩公益金分解下达情况", bold=True)
    para(doc, "2024年县级下达福彩公益金322.14万元,用于敬老院提升改造、重阳节活动、救助站改造项目、养老机构护理员大赛等项目。")
    para(doc, "绩效目标情况:按照福利彩票“扶老、助残、救孤、济困”的发行宗旨。")
    para(doc, "二、2024年县级福彩公益金目标完成情况分析", bold=True)
    para(doc, "(一)资金投入情况分析", bold=True)
    para(doc, "2024年对三所敬老院实施适老化改造提升:社会福利院墙裙改造项目支出29.9938万元,广济敬老院墙裙改造项目支出"
              "19.9855万元,终南敬老院改造提升支出19.9983万元,改造内容涉及老人餐厅顶部和公寓楼老人房间吊顶、院内人行道"
              "硬化、男女浴室花洒及部分老人房间坐便器更换、破损严重床头柜更换等,三项合计支出69.9776万元;另有救助管理站"
              "消防系统建设项目10.98万元,2024年重阳节活动13.3万元,护理员大赛2.7万元。")
    para(doc, "(二)2024年福彩公益金指标完成情况分析", bold=True)
    para(doc, "1.数量指标:敬老院提升改造项目3个、救助站改造项目1个、护理员参赛人数15人。")
    para(doc, "2.质量指标:资金使用合规率100%。")
    para(doc, "3.时效指标:资金拨付时间及时100%。")
    para(doc, "4.成本指标:县级福彩金总计支出96.9576万元;")
    para(doc, "5.社会效益指标:" + ZZ_SOCIAL)
    para(doc, "6.服务对象满意度指标:接受服务老人满意度90%。")
    para(doc, "三、下一步改进措施", bold=True)
    para(doc, "今后我单位将持续健全财务规章制度,严格资金管理程序,提高福彩资金使用的透明度,从制度层面保障福彩公益金"
              "规范使用,推动")
    save_docx(doc, path)


def build_huoshan(path):
    doc = new_doc()
    title = "霍山县残联2022年度中央专项彩票公益金项目绩效评价报告"
    para(doc, title, bold=True, center=True, size=15)
    para(doc, "发表时间:2023-09-28 10:56 信息来源:霍山县残联", center=True, size=9)
    para(doc, title, bold=True, center=True, size=13)
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "2022年度,霍山县获下达中央专项彩票公益金支持残疾人事业发展补助资金共93.61万元,统筹安排于残疾儿童康复"
              "救助及早期干预试点、困难重度残疾人家庭无障碍改造、残疾人文化服务,以及困难智力精神和重度残疾人残疾评定补贴。")
    para(doc, "二、绩效评价工作开展情况", bold=True)
    para(doc, "(一)绩效评价目的", bold=True)
    para(doc, "借助绩效评价总结经验、加强资金监管,保证专项资金使用安全、规范、高效,并进一步提升残疾人工作的服务质量。")
    para(doc, "(二)绩效评价原则标准", bold=True)
    para(doc, "本次评价遵循科学规范、公正公开、绩效相关的基本原则,采用计划标准作为评价标准,即以事先制定的目标、计划、"
              "预算、定额等作为衡量依据。")
    para(doc, "三、综合评价情况及评价结论", bold=True)
    para(doc, "霍山县残联对2022年度“中央专项彩票公益金”项目开展绩效评价,综合得分为100分,等级为“优秀”,既定各项绩效目标均已完成")
    para(doc, "项目支出绩效自评表", bold=True, center=True, size=13)
    para(doc, "2022年度)", center=True)

    t = doc.add_table(rows=9, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell
    # row 0: 项目名称
    set_cell(c(0, 0), "项目名称", center=True)
    m = c(0, 1).merge(c(0, 7))
    set_cell(m, "中央专项彩票公益金", center=True)
    # row 1: 主管部门 / 实施单位
    set_cell(c(1, 0), "主管部门", center=True)
    m = c(1, 1).merge(c(1, 3))
    set_cell(m, "046-霍山县残疾人联合会", center=True)
    set_cell(c(1, 4), "实施\n单位", center=True)
    m = c(1, 5).merge(c(1, 7))
    set_cell(m, "046001-霍山县残疾人联合会", center=True)
    # rows 2-6: money block, label merged down
    lab = c(2, 0).merge(c(6, 0))
    set_cell(lab, "项目资金\n(万元)", center=True)
    hdr = ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    for j, h in enumerate(hdr):
        set_cell(c(2, j + 1), h, center=True)
    rows = [
        ["年度资金总额:", "93.61", "93.61", "93.61", "10", "100.00%", "10.00"],
        ["其中:本年财政拨款", "0", "0", "0", "", "", ""],
        ["上年结转资金", "0", "0", "0", "", "", ""],
        ["   其他资金", "0", "0", "0", "", "", ""],
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            set_cell(c(3 + i, j + 1), v, center=(j > 0))
    # rows 7-8: 年度总体目标
    g = c(7, 0).merge(c(8, 0))
    set_cell(g, "年度总体目标", center=True)
    m = c(7, 1).merge(c(7, 4))
    set_cell(m, "预期目标", center=True)
    m = c(7, 5).merge(c(7, 7))
    set_cell(m, "实际完成情况", center=True)
    m = c(8, 1).merge(c(8, 4))
    set_cell(m, "完成年")
    m = c(8, 5).merge(c(8, 7))
    set_cell(m, "")
    save_docx(doc, path)


def build_minle(path):
    doc = new_doc()
    para(doc, "民乐县省级彩票公益金转移支付2023年度绩效自评报告", bold=True, center=True, size=15)
    meta = [
        ["索引号", "620722051/2024-00080", "发文字号", ""],
        ["关键词", "", "发布机构", "民乐县民政局"],
        ["公开形式", "主动公开", "责任部门", "民乐县民政局"],
        ["生成日期", "2024-02-20 16:41:19", "是否有效", ""],
    ]
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(meta):
        for j, v in enumerate(r):
            set_cell(t.cell(i, j), v, size=9)
    para(doc, "")
    para(doc, "为落实习近平总书记关于彩票资金管理的重要指示批示精神,推动民政部门规范管理彩票公益金、提高使用效率,更好地"
              "服务和保障各类民政对象,促进全县民政事业健康发展,我局围绕本部门职责和行业发展规划,把年初设定的绩效目标与"
              "预算执行结合起来,对2023年度省级彩票公益金使用情况开展了绩效自评,现报告如下:")
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, GOLD["gansu-minle-caipiao-zipingbaogao"]["goals"][0]["text"])
    para(doc, "二、绩效目标完成情况分析", bold=True)
    para(doc, "(一)资金投入情况分析", bold=True)
    para(doc, "1.养老机构运营补贴项目:2023年下达省级福彩公益金48万元,其中:第一中心敬老院运营补贴19万元,第二中心敬老院"
              "运营补贴17万元,老年福利服务中心运营补贴12万元,到位资金48万元,资金到位率100%。")
    para(doc, "2.社会工作服务站项目:2023年下达省级福彩公益金15万元,到位资金15万元,资金到位率100%。")
    para(doc, "3.村级互助幸福院项目:2023年下达省级福彩公益金50万元,到位资金50万元,资金到位率100%。")
    para(doc, "(二)资金管理情况分析", bold=True)
    para(doc, "2023年共支付省级福利彩票公益金113万元,其中支付养老机构运营补贴48万、社会工作服务站建设15万元、村级互助"
              "幸福院50万元。执行率达100%。")
    para(doc, "上述资金实行专款专用、单独核算。我局根据项目计划和进度申请拨付使")
    save_docx(doc, path)


def build_nanxun(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "公示"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap_l = Alignment(wrap_text=True, vertical="center", horizontal="left")
    widths = {"A": 10, "B": 18, "C": 11, "D": 13, "E": 10, "F": 10, "G": 26, "H": 22, "I": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    row = 1
    ws.cell(row=row, column=1, value="现将具体支出情况公示如下:").alignment = Alignment(horizontal="left")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
    row += 1

    def header(r0):
        heads = {1: "项目类别", 2: "项目名称", 3: "预算安排资金性质", 4: "资金补助年度(以下达补助文件为准)",
                 7: "主要内容", 8: "绩效目标", 9: "项目实施情况"}
        for col, txt in heads.items():
            ws.cell(row=r0, column=col, value=txt)
            ws.merge_cells(start_row=r0, start_column=col, end_row=r0 + 1, end_column=col)
        ws.cell(row=r0, column=5, value="公益金使用情况")
        ws.merge_cells(start_row=r0, start_column=5, end_row=r0, end_column=6)
        ws.cell(row=r0 + 1, column=5, value="补助资金(万元)")
        ws.cell(row=r0 + 1, column=6, value="资金支出(万元)")
        for rr in (r0, r0 + 1):
            for col in range(1, 10):
                cc = ws.cell(row=rr, column=col)
                cc.border = border
                cc.alignment = wrap
                cc.font = Font(bold=True, size=10)
        return r0 + 2

    def data_row(r0, vals):
        for col, v in enumerate(vals, start=1):
            cc = ws.cell(row=r0, column=col)
            if v is not None and v != "":
                cc.value = v
            if isinstance(v, float):
                cc.number_format = "0.00"
            cc.border = border
            cc.alignment = wrap_l if col >= 7 else wrap
            cc.font = Font(size=10)
        return r0 + 1

    def title(r0, txt):
        ws.cell(row=r0, column=1, value=txt).font = Font(bold=True, size=11)
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=9)
        ws.cell(row=r0, column=1).alignment = Alignment(horizontal="center")
        return r0 + 1

    row = title(row, "一、2021年度中央福彩公益金资助项目情况明细表")
    row = header(row)
    row = data_row(row, ["老年人福利类", "认知症照护专区建设项目", "本年预算收入", 2021, 17.00, 17.00,
                         "南浔镇社会福利中心扩建认知障碍照护专区", "", ""])
    row += 1
    row = title(row, "二、2021年度省级福彩公益金资助项目情况明细表")
    row = header(row)
    row = data_row(row, ["老年人福利类", "养老机构改造提升", "本年预算收入", 2021, 31.40, "结转下年", "", "", ""])
    row = data_row(row, ["老年人福利类", "养老服务及照料中心改造提升设施设备添置", "以前年度结转结余", 2020, 97.96, 97.96,
                         "养老服务机构改造提升及添置设施设备", "",
                         "南浔镇城乡社区居家养老服务照料中心改造提升经费16.9万元,南浔镇社会福利中心改造提升与设施设备添置经费35.46万元"])
    row = data_row(row, ["老年人福利类", "现代养老服务体系(2019年省级福彩)", "以前年度结转结余", 2019, 374.78, 373.30,
                         "养老服务机构改造提升、添置设施设备及智慧化建设", "", ""])
    row = data_row(row, ["老年人福利类", "智慧养老工程", "本年预算收入", 2021, 71.20, "结转下年", "", "", ""])
    row = data_row(row, ["老年人福利类", "家庭适老化改造", "以前年度结转结余", 2020, 103.04, 103.04,
                         "开展困难老年人家庭适老化改造330户", "为生活困难老人开展家庭适老化改造",
                         "2021年支付困难老年人家庭适老化改造尾款103.04万元"])
    row = data_row(row, ["社会公益类", "乡镇(街道)社工站建设", "本年预算收入", 2021, 12.00, "结转下年", "", "", ""])
    row += 1
    row = title(row, "三、2021年度市级福彩公益金资助项目情况明细表")
    row = header(row)
    row = data_row(row, ["老年人福利类", "养老机构改造提升", "以前年度结", "", "", "", "", "", ""])

    # LibreOffice does not grow row heights for wrapped text written by openpyxl: set them from the content
    import math
    from openpyxl.utils import get_column_letter
    for r in range(1, ws.max_row + 1):
        lines = 1
        for col in range(1, 10):
            v = ws.cell(row=r, column=col).value
            if v is None:
                continue
            letter = get_column_letter(col)
            w = widths[letter]
            for mr in ws.merged_cells.ranges:
                if mr.min_row <= r <= mr.max_row and mr.min_col == col:
                    if mr.max_row > mr.min_row:
                        w = None  # vertical merges span two header rows; handled by the pair
                    else:
                        w = sum(widths[get_column_letter(k)] for k in range(mr.min_col, mr.max_col + 1))
                    break
            if w is None:
                continue
            units = sum(2 if ord(ch) > 255 else 1 for ch in str(v))
            lines = max(lines, math.ceil(units / max(w - 1, 1)))
        ws.row_dimensions[r].height = 15 * lines + 2
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    p = wb.properties
    p.creator = ""
    p.lastModifiedBy = ""
    p.created = FIXED_DT
    p.modified = FIXED_DT
    wb.save(path)
    make_deterministic(path)


BUILDERS = {
    "fujian-fuzhou-yuefeng-fucai-gongshi": build_fujian,
    "shaanxi-zhouzhi-fucai-shiyong": build_zhouzhi,
    "anhui-huoshan-canlian-caipiao-pingjiabaogao": build_huoshan,
    "gansu-minle-caipiao-zipingbaogao": build_minle,
    "zhejiang-nanxun-fucai-mingxibiao": build_nanxun,
}

# ---------------------------------------------------------------------------
# export, annotate, check
# ---------------------------------------------------------------------------


def to_pdf(path):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
           "--outdir", HERE, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for %s" % path)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8", "replace")
    raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], check=True, capture_output=True).stdout.decode(
        "utf-8", "replace")
    return _norm(out), _norm(raw)


def annotation(stem, fname):
    g = copy.deepcopy(GOLD[stem])
    g.pop("format")
    ann = {"source": fname}
    ann.update(g)
    return ann


def check(stem, pdf):
    default, raw = pdf_text(pdf)
    g = GOLD[stem]
    wanted = []
    for ind in g["indicators"]:
        wanted.append(("indicator name", ind["name"]))
        if ind.get("target_text"):
            wanted.append(("target_text", ind["target_text"]))
    for goal in g["goals"]:
        wanted.append(("goal", goal["text"]))
    for f in g["findings"]:
        wanted.append(("finding item", f["item"]))
    missing = []
    for kind, s in wanted:
        n = _norm(s)
        if n not in default and n not in raw:
            missing.append((kind, s))
    return len(wanted), missing


def main():
    os.makedirs(ANN, exist_ok=True)
    failures = 0
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for stem, builder in BUILDERS.items():
        fmt = GOLD[stem]["format"]
        src = os.path.join(HERE, "%s.%s" % (stem, fmt))
        builder(src)
        pdf = to_pdf(src)
        for f in (src, pdf):
            fname = os.path.basename(f)
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(annotation(stem, fname), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        n, missing = check(stem, pdf)
        g = GOLD[stem]
        totals["docs"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(g[k])
        status = "ok" if not missing else "MISSING %d" % len(missing)
        print("%-48s %s checked=%d %s" % (stem, fmt, n, status))
        for kind, s in missing:
            print("    missing %s: %s" % (kind, s))
        failures += len(missing)
    print("totals:", json.dumps(totals, ensure_ascii=False))
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
