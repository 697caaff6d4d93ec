#!/usr/bin/env python3
"""Build the blind133 part of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code.  Each document
reproduces the layout of one stored public web page (agriculture / rural funds,
2021-2025); facts are kept as written, longer narrative sentences are in our
own words with their numbers kept.  Gold answers are written below, in this
script, before anything else looks at the files.

Run:  /tmp/venv/bin/python make_blind133_layouts.py
Needs python-docx and LibreOffice (soffice) for the PDFs.
"""
import datetime
import io
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
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def new_doc(title):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = "blind133 annotator"
    cp.last_modified_by = "blind133 annotator"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    return t


def save_docx(doc, path):
    """Save, then rewrite the zip with fixed member dates (deterministic)."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
             "--convert-to", "pdf", "--outdir", outdir, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    # fixed dates and ID, same byte length so the xref table stays valid
    data = open(pdf, "rb").read()
    data = re.sub(rb"D:\d{14}", b"D:20250101000000", data)
    data = re.sub(rb"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})",
                  b"2025-01-01T00:00:00", data)

    def fix_id(m):
        return b"<" + b"0" * (len(m.group(1))) + b">"
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}",
                  b"/DocChecksum /" + b"0" * 32, data)
    open(pdf, "wb").write(data)
    return pdf


def write_gold(name, gold):
    os.makedirs(ANN, exist_ok=True)
    base = os.path.splitext(name)[0]
    for ext in (os.path.splitext(name)[1], ".pdf"):
        g = dict(gold)
        g["source"] = base + ext
        with open(os.path.join(ANN, base + ext + ".json"), "w",
                  encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ==========================================================================
# GOLD (written first)
# ==========================================================================
GOLD = {}

# 1 ----------------------------------------------------------------- Yunnan
F1 = "yunnan-shidian-tangliaozhe-liangzhong-zipingbaogao.docx"
G1_GOAL = "2020/2021年榨季推广糖料甘蔗脱毒、健康种苗1.8万亩，完成机械化深翻开沟1.17万亩。"
GOLD[F1] = {
    "source_urls": ["https://shidian.gov.cn/info/4312/182323.htm"],
    "province": "云南省",
    "doc_kind": "项目绩效自评报告（县级，上级转移支付项目）",
    "patterns": [10],
    "indicators": [
        ind("产出指标", "数量指标", "甘蔗良种推广", None, 1.8, "万亩", "1.8万亩"),
        ind("产出指标", "数量指标", "甘蔗机械化深翻开沟", None, 1.17, "万亩", "1.17万亩"),
        ind("产出指标", "质量指标", "糖料甘蔗脱毒、健康种苗覆盖率", ">=", 90, "%", "≥90%"),
        ind("产出指标", "质量指标", "机械化深翻开沟覆盖率", ">=", 95, "%", "≥95%"),
        ind("效益指标", None, "亩产提高", ">=", 10, "%", "≥10%"),
        ind("效益指标", None, "蔗糖分提高", ">=", 0.5, "%", "≥0.5%"),
        ind("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=", 80, "%", "≥80%"),
    ],
    "goals": [{"kind": "总体目标", "text": G1_GOAL}],
    "facts": [
        {"metric": "糖料蔗良种良法技术推广补助资金", "kind": "sum",
         "total": 787.45, "parts": [414.45, 373], "unit": "万元"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "具体绩效目标",
         "why": "下达的具体绩效目标只有数量、质量、效益和满意度指标，没有时效指标和成本指标。"},
    ],
    "notes": (
        "Stored page stops right after the heading '1.产出指标完成情况分析' (no completion figures, "
        "no scores, no indicator table); the document stops there too. Site navigation line "
        "('无障碍浏览 打开适老化模式 x 注册 登录 / 施甸县人民政府') left out; the page's metadata block "
        "(索引号 … 主题词) kept as a 4-column table. Both titles kept as found: the second lacks '年' "
        "('施甸县2021糖料蔗…'). Odd wording '技术推广时间补助' kept. Indicators are prose lines "
        "'数量指标：…；…' — level2 taken from the label before the colon, level1 from the heading "
        "'1.产出指标下达情况' etc.; the 效益 line is labelled only '效益指标' so level2 is null. "
        "'达≥90%' written with both 达 and ≥ — operator '>='. 1.8万亩/1.17万亩 have no operator -> null. "
        "'蔗糖分提高≥0.5%' is ambiguous (percentage points vs relative) — unit kept as written, not flagged. "
        "Execution 676.804801/787.45 = 85.949% matches the stated 85.95%: no consistency.rate finding. "
        "Execution below 100% but the stored part has no place for a deviation reason yet (page cut), "
        "so no deviation_reason_missing finding. Goal sentence paraphrased, numbers kept; it is backed by "
        "the two 数量 indicators (no goal.unmeasured). Info-level ideas (satisfaction without respondent "
        "method, rates without formula) deliberately not recorded as findings."),
}

# 2 ------------------------------------------------------- province unknown
F2 = "weizhi-xian-nongji-gouzhi-butie-2024-zipingbaogao.docx"
GOLD[F2] = {
    "source_urls": ["http://www.fogua.cn/public/6596321/37874090.html"],
    "province": "未写明",
    "doc_kind": "转移支付项目绩效自评报告（县级，农机购置补贴）",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2024年农机购置补贴项目预算资金", "kind": "sum",
         "total": 2089, "parts": [312, 1777], "unit": "万元"},
        {"metric": "年初预算合计", "kind": "sum",
         "total": 2389, "parts": [2077, 312], "unit": "万元"},
        {"metric": "项目资金全年预算数", "kind": "sum",
         "total": 2089, "parts": [1777, 312], "unit": "元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "2089元",
         "why": "全年预算数写成2089元，而其组成中央1777万元、省级312万元以万元计，"
                "合计应为2089万元，单位笔误导致总数与分项不符。"},
    ],
    "notes": (
        "Stored page (host fogua.cn, path in the pattern of Anhui county 政务公开 platforms, but the page "
        "itself names no place) begins with '一、绩效目标分解下达情况' and stops mid-sentence in "
        "'2.项目资金执行情况分析' ('…全年预算资金2089万元，全'); the document stops there. Province "
        "therefore recorded as 未写明; the county is unknown (file name uses weizhi-xian). The page "
        "repeats the same result sentence after both (一) and (二); I kept the repetition (in my own "
        "words, the same words both times). '年中调减中央财政资金300万' (bare 万) kept. Third fact records "
        "the total as written (2089元) with parts in 万元: the intended identity holds once the unit typo "
        "is fixed, so the finding is the unit slip (domain §4.6 '20元 where 20万元 is meant'). Shares "
        "85.06 % (note the space) and 14.94% match 1777/2089 and 312/2089: no rate finding. 2077-300=1777 "
        "is consistent (not recorded as a sum). The stated 绩效目标 paragraphs only describe outcomes "
        "in the past tense ('改善了…'), no goal text, no indicators in the stored part: goals and "
        "indicators empty; no coverage finding because the page is cut before any indicator section."),
}

# 3 ------------------------------------------------------------------ Gansu
F3 = "gansu-zhangye-nongji-gouzhi-butie-2022-shishiqingkuang.docx"
GOLD[F3] = {
    "source_urls": ["http://36.133.2.224:801/ZhangYeShi/details/6951.html"],
    "province": "甘肃省",
    "doc_kind": "农机购置补贴政策实施情况（市级信息公开页，叙述）",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "已使用资金", "kind": "sum",
         "total": 17384.56, "parts": [10736.44, 6642.26], "unit": "万元"},
        {"metric": "报废农机具", "kind": "sum",
         "total": 264, "parts": [208, 56], "unit": "台"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "超录6642.26万元",
         "why": "已使用资金17384.56万元减去实际可用资金10736.44万元为6648.12万元，"
                "与所写超录6642.26万元不符（差5.86万元）。"},
    ],
    "notes": (
        "The stored page holds two paragraphs and no title; the document has no title either "
        "(nothing invented). First paragraph (who may get the subsidy, the principles) in my own words; "
        "second paragraph keeps every figure. Checks done: 17384.56/10736.44 = 161.92% (matches); "
        "10504.3/10736.44 = 97.84% written as 98% (integer rounding, accepted); 208+56 = 264 (matches); "
        "'较2021年增加171台，增长率183%' implies 93 units in 2021 and 171/93 = 183.9% — written 183% "
        "(truncated rather than rounded); not flagged because the base year count is not written. "
        "10984 -> 10736.44 after deducting the 2021 overrun: the deducted amount is not written, not a "
        "fact. Not a target/self-evaluation form: no indicators, no goals."),
}

# 4 ------------------------------------------------------------------ Henan
F4 = "henan-fangcheng-dongwu-fangyi-2021-pingjiabaogao.docx"
GOLD[F4] = {
    "source_urls": ["https://oospecies.com/2022/05-11/633053.html"],
    "province": "河南省",
    "doc_kind": "财政绩效评价报告（县级，动物防疫专项经费）",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": (
        "Stored page (a copy on a non-government host) starts with the report's opening paragraph and "
        "stops mid-word in '(三)评价方法' ('…的评价方法实施绩'); the document stops at the same place, "
        "cut mid-word. 方城县 is a county of 南阳市, 河南省 (the page names 方城县 and 方财〔2020〕97号; "
        "the province is not written on the page — judgement call from the place name). Only one amount: "
        "动物防疫专项补助经费725.63万元 from 中央 and 省级 funds, parts not written, so no sum fact. "
        "Narrative (purpose, process, method) in my own words; document number and amount kept. "
        "No indicators or goals in the stored part; nothing a reviewer could flag yet — this file tests "
        "that nothing spurious is extracted from a cut evaluation report."),
}


# ==========================================================================
# DOCUMENTS
# ==========================================================================
def build_f1(path):
    doc = new_doc("施甸县2021年糖料蔗良种良法技术推广补助项目绩效自评报告")
    table(doc, [
        ["索引号", "01525910-3-/2022-0715007", "发布机构", "施甸县农业农村局"],
        ["公开目录", "绩效评价", "发布日期", "2022-07-15"],
        ["文号", "", "浏览量", "65"],
        ["主题词", "农业、畜牧业、渔业", "", ""],
    ])
    para(doc, "施甸县2021年糖料蔗良种良法技术推广补助项目绩效自评报告", bold=True, center=True, size=14)
    para(doc, "施甸县2021糖料蔗良种良法技术推广补助项目绩效自评报告", bold=True, center=True, size=13)
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "（一）总体目标")
    para(doc, G1_GOAL)
    para(doc, "（二）具体绩效目标")
    para(doc, "1.产出指标下达情况")
    para(doc, "数量指标：甘蔗良种推广1.8万亩；甘蔗机械化深翻开沟1.17万亩。")
    para(doc, "质量指标：糖料甘蔗脱毒、健康种苗覆盖率达≥90%；机械化深翻开沟覆盖率达≥95%。")
    para(doc, "2.效益指标下达情况")
    para(doc, "效益指标：亩产提高≥10%；蔗糖分提高≥0.5%。")
    para(doc, "3.满意度指标下达情况")
    para(doc, "服务对象满意度指标：服务对象满意度≥80%。")
    para(doc, "二、绩效目标完成情况分析", bold=True)
    para(doc, "（一）资金投入情况分析")
    para(doc, "1.项目资金到位情况分析")
    para(doc, "下达糖料蔗良种良法技术推广补助资金787.45万元，其中：中央资金414.45万元，"
              "省级资金373万元，已100%足额到位。")
    para(doc, "2.项目资金执行情况分析")
    para(doc, "糖料蔗良种良法技术推广时间补助，资金执行数676.804801万元，执行率为85.95%；"
              "项目资金已兑付到户。")
    para(doc, "3.项目资金管理情况分析")
    para(doc, "补贴资金按国家规定单独设账、专款专用，凭实际发生列支。发放时依照《云南省财政直接补贴"
              "农民资金“一折通”发放管理暂行办法》，由县财政局经惠农补贴“一卡（折）通”统一打到蔗农"
              "账户；其他种植主体的补贴按国库集中支付的规定拨付。")
    para(doc, "（二）绩效目标完成情况分析")
    para(doc, "1.产出指标完成情况分析")
    save_docx(doc, path)


def build_f2(path):
    doc = new_doc("2024年农机购置补贴项目绩效自评报告")
    result = ("项目实施后，当地农机装备结构有所改善，农机技术推广力度加大，农户购机能力增强，"
              "农业节本增效、农民增收，农业机械化水平进一步提高。")
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "（一）下达农机购置补贴项目转移支付预算和绩效目标情况。2024年农机购置补贴项目预算资金"
              "合计2089万元。其中省内安排农机购置与应用补贴资金312万元，中央安排农机购置补贴资金1777万元。"
              "全年预算执行数合计2089万元。 " + result)
    para(doc, "（二）资金安排、分解下达预算和绩效目标情况。2024年农机购置补贴中央年初下达资金合计2077万元，"
              "省内安排农机购置与应用补贴资金312万元，年初预算合计2389万元，年中调减中央财政资金300万，"
              "全年预算执行数合计2089万元。" + result)
    para(doc, "二、绩效目标完成情况分析", bold=True)
    para(doc, "（一）资金投入情况分析。")
    para(doc, "1.项目资金到位情况分析。2024年农机购置补贴项目资金全年预算数2089元：其中中央转移支付财政"
              "资金预算资金合计1777万元，占比85.06 %；省级配套农机购置补贴资金312万元，占比14.94%。")
    para(doc, "2.项目资金执行情况分析。2024年农机购置补贴项目资金调整后全年预算资金2089万元，全")
    save_docx(doc, path)


def build_f3(path):
    doc = new_doc("张掖市2022年农机购置补贴实施情况")
    para(doc, "农机购置补贴面向从事农业生产的个人和农业生产经营组织，后者包括农村集体经济组织、农民专业"
              "合作经济组织、农业企业及其他从事农业生产经营的组织。政策按照自主购机、定额补贴、先购后补、"
              "县级结算、直补到卡（户）的原则实施。")
    para(doc, "2022年中央财政下达我市农机购置补贴专项资金10984万元，扣除2021年超录部分后，实际可用资金为"
              "10736.44万元，已使用资金17384.56万元，超录6642.26万元，占比161.92%，已结算支付资金"
              "10504.3万元，占比98%。全年共补贴各类农机具20307台（含超录），受益13147户，拉动农户"
              "（农业生产组织）投入资金6.36亿元。")
    para(doc, "2022年，全市共计报废农机具264台，其中报废联合收割机208台、拖拉机56台，使用报废补贴资金"
              "263.1万元，受益农户150户；报废数量稳步上升，较2021年增加171台，增长率183%，为历年最多。")
    save_docx(doc, path)


def build_f4(path):
    doc = new_doc("方城县动物疫病预防控制中心动物防疫专项经费绩效评价报告")
    para(doc, "为支持动物防疫工作，2021年度中央财政农业相关转移支付资金和省级财政农业相关资金合计向我县"
              "下达动物防疫专项补助经费725.63万元。为管好用好这笔资金、提高财政资金使用效益，依据方城县"
              "财政局关于印发《方城县预算项目政策事前绩效评估管理办法》等5个办法的通知（方财〔2020〕97号）"
              "及专项资金管理办法的有关要求，我们对方城县动物疫病预防控制中心动物防疫专项经费开展了绩效"
              "评价，结果报告如下：")
    para(doc, "一、项目绩效评价工作情况", bold=True)
    para(doc, "（一）评价目的")
    para(doc, "跟踪“方城县动物疫病预防控制中心动物防疫专项经费”的支出过程和结果，掌握项目实施进展，"
              "梳理存在的主要问题；从专项资金管理角度考察资金使用的经济性、效率性和效益性，提出改进建议，"
              "压实支出责任，提高财政资源配置效率，并为以后年度的决策和预算安排提供依据。")
    para(doc, "（二）评价过程")
    para(doc, "按照我县财政支出绩效评价程序，县财政局组成绩效评价工作组并明确分工；拟定评价方案、选定"
              "评价方式、设立指标体系，在汇总分析项目单位自评报告等资料的基础上，实地抽查核实项目实施单位，"
              "查阅相关账簿凭证，并咨询有关专业人员后形成本报告。")
    para(doc, "（三）评价方法")
    para(doc, "依据方城县财政局关于印发《方城县预算项目政策事前绩效评估管理办法》等5个办法的通知"
              "（方财〔2020〕97号），结合专项资金特点，采用定量分析与定性分析相结合、全面考评与抽样分析"
              "相结合的评价方法实施绩")
    save_docx(doc, path)


BUILDERS = [(F1, build_f1), (F2, build_f2), (F3, build_f3), (F4, build_f4)]


def norm(s):
    return re.sub(r"\s+", "", s)


def check(name, gold):
    pdf = os.path.join(HERE, os.path.splitext(name)[0] + ".pdf")
    text = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                               text=True, check=True).stdout)
    bad = []
    for i in gold["indicators"]:
        for k in ("name", "target_text"):
            if i[k] and norm(i[k]) not in text:
                bad.append((k, i[k]))
    for g in gold["goals"]:
        if norm(g["text"]) not in text:
            bad.append(("goal", g["text"]))
    for f in gold["findings"]:
        if norm(f["item"]) not in text:
            bad.append(("finding", f["item"]))
    return bad


def main():
    ok = True
    for name, build in BUILDERS:
        path = os.path.join(HERE, name)
        build(path)
        to_pdf(path)
        write_gold(name, GOLD[name])
        bad = check(name, GOLD[name])
        if bad:
            ok = False
            print("MISSING in PDF text:", name, bad, file=sys.stderr)
        else:
            print("ok", name)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
