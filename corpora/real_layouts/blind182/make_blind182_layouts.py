#!/usr/bin/env python3
"""blind182: code-blind real-layout part (agriculture / forestry niches).

Gold first (as Python data), then the builders (python-docx / openpyxl), the
LibreOffice PDF export, the annotation files and a pdftotext check.
Run with /tmp/venv/bin/python.
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind182"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages before any file is built)
# ---------------------------------------------------------------------------

GOLD = {}

# 1. Guangdong, Suixi county: forestry target-responsibility self-check report
#    (traditional characters as on the stored mirror page; the mirror's
#    pinyin glosses "(hù)" are dropped).
GOLD["guangdong-suixi-linye-zichabaogao"] = {
    "source_urls": ["http://8787sf.com/zwgk/gfwj/content/post_58968.html"],
    "province": "广东省",
    "doc_kind": "目标责任制自查报告",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": None, "name": "造林任務面積", "operator": None,
         "value": 9000, "unit": "畝", "target_text": "9000畝", "actual": 9000,
         "weight": 2, "score": 2},
        {"level1": None, "level2": None, "name": "撫育任務", "operator": None,
         "value": 15000, "unit": "畝", "target_text": "15000畝", "actual": 15000,
         "weight": 2, "score": 2},
        {"level1": None, "level2": None, "name": "義務植樹盡責率", "operator": None,
         "value": None, "unit": "%", "target_text": None, "actual": 98,
         "weight": 2, "score": 2},
        {"level1": None, "level2": None, "name": "重點工程種苗自給率", "operator": None,
         "value": None, "unit": None, "target_text": None, "actual": None,
         "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "造林任務完成率", "kind": "rate", "numerator": 9000,
         "denominator": 9000, "stated": 100, "unit": "%"},
        {"metric": "撫育任務完成率", "kind": "rate", "numerator": 15000,
         "denominator": 15000, "stated": 100, "unit": "%"},
        {"metric": "義務植樹盡責率", "kind": "rate", "numerator": 39,
         "denominator": 40, "stated": 98, "unit": "%",
         "note": "39/40 = 97.5%, stated 98% (whole-number rounding; consistent)"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "義務植樹盡責率",
         "why": "only the base (40萬人 obliged) and the result (98%) are given; "
                "no target rate is stated, so completion cannot be judged"},
    ],
    "notes": "Self-check report on the 2013 森林资源保护和发展目标责任制 (a performance "
             "target-responsibility check, not a budget form; scored items with 满分/自评). "
             "Indicator rows are sentences: item 1 造林撫育任務完成率 has two scored "
             "sub-items, kept as two rows named by their task (造林任務面積, 撫育任務). "
             "Grouping heading (一)造林綠化總體情況 is not a 一级指标, so level1/level2 are null. "
             "The page stops inside item 3 (…需苗量120萬株,實), so row 4 has a name only; "
             "no finding is made on it. The garbled '總?cè)藬?shù)' on the mirror was rebuilt "
             "as 總人數. Site chrome (無障礙閱讀, 作者/來源/時間 line) left out. The opening "
             "paragraph is rewritten in my own words with every number kept.",
}

# 2. Fujian, Sanming: forest-pest target-management score standard table.
GOLD["fujian-sanming-linyeyouhaishengwu-pingfenbiao"] = {
    "source_urls": ["https://max.book118.com/html/2017/0206/88690558.shtm"],
    "province": "福建省",
    "doc_kind": "考核评分标准表",
    "patterns": [5],
    "indicators": [
        {"level1": None, "level2": None, "name": "成灾率", "operator": None,
         "value": None, "unit": None, "target_text": None, "actual": None,
         "weight": 2, "score": None},
        {"level1": None, "level2": None, "name": "测报准确率", "operator": None,
         "value": None, "unit": None, "target_text": None, "actual": None,
         "weight": 27, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "成灾率 标准分", "kind": "sum", "total": 2, "parts": [1, 1],
         "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "成灾率",
         "why": "scoring says 成灾率达标 but no threshold (‰) is written anywhere in "
                "the table; the target value is missing"},
    ],
    "notes": "Score-standard table of the 2008 林业有害生物防治目标管理责任制 (forest pest "
             "control target management): columns 项目 / 标准分 / 赋分标准. The 赋分标准 "
             "column is scoring rules, not target values (pattern 5). The book118 page "
             "shows the title twice, the second time followed by a stray '?'; both kept "
             "(title paragraph + caption line). The stored page stops inside the 测报准确率 "
             "rule (…完); that row keeps its cut text. book118 download boilerplate left out.",
}

# 3. Hubei, Longganhu: farm-machinery purchase subsidy self-evaluation (prose
#    list of indicator results).
GOAL_LGH = "2023年度省级拨付我区农机购置补贴资金62万元,中央拨付16万元.上年度结余的资金6.47万元,共计84.47万元。"
GOLD["hubei-longganhu-nongjibutie-zipingbaogao"] = {
    "source_urls": ["http://nyt.hubei.gov.cn/bmdt/ztzl/wqzt/njgjbtzl/hgs/lghq/202411/t20241127_5429938.shtml"],
    "province": "湖北省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": None, "name": "补贴购机农户", "operator": None,
         "value": None, "unit": "户", "target_text": None, "actual": 5,
         "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "机具", "operator": None,
         "value": None, "unit": "台套", "target_text": None, "actual": 5,
         "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "资金补贴完成率", "operator": None,
         "value": None, "unit": "%", "target_text": None, "actual": 17,
         "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "主要农作物耕种收机械化率", "operator": None,
         "value": None, "unit": "%", "target_text": None, "actual": 94.8,
         "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "办证牌证率", "operator": None,
         "value": None, "unit": "%", "target_text": None, "actual": 100,
         "weight": None, "score": None},
        {"level1": None, "level2": "实效指标", "name": "农机购置补贴资金兑付率", "operator": None,
         "value": None, "unit": "%", "target_text": None, "actual": 100,
         "weight": None, "score": None},
        {"level1": "效益指标", "level2": "社会效益", "name": "直接受益户", "operator": None,
         "value": None, "unit": "户", "target_text": None, "actual": 5,
         "weight": None, "score": None},
        {"level1": "效益指标", "level2": "社会效益", "name": "作业面积及受益面积", "operator": None,
         "value": None, "unit": "亩", "target_text": None, "actual": 5000,
         "weight": None, "score": None},
        {"level1": "效益指标", "level2": "社会效益", "name": "间接受益户", "operator": None,
         "value": None, "unit": "户", "target_text": None, "actual": 320,
         "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "绩效目标", "text": GOAL_LGH},
    ],
    "facts": [
        {"metric": "农机购置补贴资金", "kind": "sum", "total": 84.47,
         "parts": [62, 16, 6.47], "unit": "万元"},
        {"metric": "补贴购机农户", "kind": "sum", "total": 5, "parts": [3, 1, 1],
         "unit": "户"},
        {"metric": "补贴机具", "kind": "sum", "total": 5, "parts": [3, 1, 1],
         "unit": "台套"},
        {"metric": "资金补贴完成率", "kind": "rate", "numerator": 13.6,
         "denominator": 84.47, "stated": 17, "unit": "%",
         "note": "13.6/84.47 = 16.10%; 13.6/78 (new money only) = 17.44%"},
    ],
    "findings": [
        {"rule": "goal.budget_text", "item": GOAL_LGH,
         "why": "under 绩效目标分解下达情况 the only content is how much money came from "
                "where; no output or effect target is set"},
        {"rule": "consistency.rate", "item": "资金补贴完成率",
         "why": "stated 17%, but 13.6 used of 84.47 available is 16.10%; 17% only fits "
                "if the 6.47 carried over is left out of the base (13.6/78 = 17.44%), "
                "which the text does not say"},
    ],
    "notes": "Prose self-evaluation; the indicator results are written as sentences "
             "(actual values only, no targets), so each named result with a number is a "
             "row with actual filled and target fields null. Headings are as on the page: "
             "the (1)/(2) sub-headings before '(3)实效指标' [sic, for 时效] and the "
             "'1.产出…' heading are missing, and two headings run on after a full stop "
             "('…84.47万元。绩效目标完成情况分析', '…兑付率100%。2.效益指标完成情况分析'); "
             "kept. '5000余亩' recorded as actual 5000. The page stops mid-sentence "
             "(通过探讨农机新型机具的…). I did not flag missing targets row by row because "
             "a target table may follow after the cut. Long sentences rewritten in my own "
             "words, numbers kept.",
}

# 4. Hunan, Nanxian: fishery law-enforcement funds evaluation report (prose).
GOAL_NX = "为加强渔政监管执法,确保水生生物多样性,有效养护水生生物资源。"
GOLD["hunan-nanxian-yuzhengzhifa-pingjiabaogao"] = {
    "source_urls": ["https://doc.chddh.cn/archives/x687rvl9wne4qo4jd93q.html"],
    "province": "湖南省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "项目目标", "text": GOAL_NX},
    ],
    "facts": [
        {"metric": "渔政执法经费使用", "kind": "sum", "total": 48000,
         "parts": [35800, 12200], "unit": "元"},
        {"metric": "渔政执法经费", "kind": "equal", "values": [4.8, 48000],
         "units": ["万元", "元"], "note": "4.8万元 = 48000元 (consistent)"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": GOAL_NX,
         "why": "the only stated aim has no number, deadline or measurable level "
                "(加强/确保/有效养护)"},
    ],
    "notes": "Prose evaluation report; the stored page stops in 二、(一)绩效评价的目的 "
             "(…强化). No indicator table is reached. The purpose sentence in 项目背景 is "
             "kept verbatim as the goal; the other long sentences are rewritten in my own "
             "words with all numbers (2019年5月, 38人, 4.8万元, 35800/12200/48000元, "
             "湘办发〔2019〕10号, 2022年2月23日). The text says 设备购置手续齐全 while the money "
             "went to boat repair and office costs; noted, not a rule.",
}

# 5. Shaanxi, Hanbin district: tea industry project plan (notice + table).
GOAL_HB = "亩产值增长3%以上,带动20户脱贫户户均年增收1000元"
GOLD["shaanxi-hanbin-chaye-xiangmujihuabiao"] = {
    "source_urls": ["https://www.chacewang.com/newsdetail/news123943.html"],
    "province": "陕西省",
    "doc_kind": "项目计划表(含绩效目标)",
    "patterns": [7, 8, 10],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标", "text": GOAL_HB},
    ],
    "facts": [
        {"metric": "项目资金", "kind": "amount", "total": 230, "unit": "万"},
    ],
    "findings": [
        {"rule": "goal.unmeasured", "item": GOAL_HB,
         "why": "the plan gives the goal only as a cell; no indicator row backs the "
                "亩产值 growth or the 20 households' income, and the outputs listed under "
                "建设任务 (580亩, 100亩, 500亩 …) have no indicators either"},
    ],
    "notes": "Public notice with a one-row project plan table whose columns include "
             "绩效目标 and 带贫减贫机制 (goal per project, pattern 7/10); the notice "
             "repeats the required-contents instruction (pattern 8). The page text runs "
             "the cells together; I split them by the header order: 补助标准 holds '230万' "
             "(an amount, bare 万), 绩效目标 ends at '1000元', 带贫减贫机制 is "
             "'脱贫户及边缘户园区务工。'. The 建设任务 list skips item 3 (1,2,4,5,6,7) and "
             "the 举报电话 reads '123170915--3333050'; both kept. No indicator rows.",
}

# ---------------------------------------------------------------------------
# determinism helpers
# ---------------------------------------------------------------------------

def fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def save_docx(doc, path):
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = os.path.splitext(os.path.basename(path))[0]
    bio = io.BytesIO()
    doc.save(bio)
    with open(path, "wb") as f:
        f.write(fix_zip(bio.getvalue()))


def save_xlsx(wb, path):
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.title = os.path.splitext(os.path.basename(path))[0]
    bio = io.BytesIO()
    wb.save(bio)
    with open(path, "wb") as f:
        f.write(fix_zip(bio.getvalue()))


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def para(doc, text, bold=False, center=False, size=None, indent=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(22)
    return p


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_suixi(path):
    doc = new_doc()
    para(doc, "遂府〔2014〕2號")
    para(doc, "")
    para(doc, "關于遂溪縣2013年度森林資源保護", bold=True, center=True, size=16)
    para(doc, "和發展目標責任制自查的報告", bold=True, center=True, size=16)
    para(doc, "")
    para(doc, "湛江市人民政府:")
    para(doc, "2013年,在縣委、縣政府領導和上級林業主管部門指導下,經全縣上下共同努力,"
              "我縣森林資源保護和發展工作成績明顯。按照廣東省林業廳《關于印發實施廣東省森林資源"
              "保護和發展目標責任制考核辦法的通知》(粵林[2013]168號)的要求,我縣從2013年12月22日"
              "起組織有關單位,逐項自查了2013年度全縣森林資源保護和發展目標責任制的各項指標。"
              "自查情況報告如下:", indent=True)
    para(doc, "一、自查結果", bold=True, indent=True)
    para(doc, "(一)造林綠化總體情況。", indent=True)
    para(doc, "1、造林撫育任務完成率。(1)2013年市下達我縣造林任務面積9000畝,完成造林合格面積"
              "9000畝,完成率100%。此項指標滿分2分,自評2分。(2)市下達我縣撫育任務15000畝,"
              "實際完成撫育合格面積15000畝,撫育任務完成率100%。該項指標滿分2分,自評2分。",
         indent=True)
    para(doc, "2、義務植樹盡責率。全縣應履行植樹義務的適齡公民總人數40萬人,實際參加義務植樹"
              "人數39萬人,盡責率98%。該項指標滿分2分,自評2分。", indent=True)
    para(doc, "3、重點工程種苗自給率。(1)全縣重點工程建設需苗量120萬株,實", indent=True)
    save_docx(doc, path)


def build_sanming(path):
    doc = new_doc()
    para(doc, "三明市2008年林业有害生物防治目标管理责任制综合考核评分标准表", bold=True,
         center=True, size=14)
    para(doc, "三明市2008年林业有害生物防治目标管理责任制综合考核评分标准表?")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    widths = [Cm(3.0), Cm(2.2), Cm(11.5)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    set_cell(t.cell(0, 0), "项目", bold=True, center=True)
    set_cell(t.cell(0, 1), "标准分", bold=True, center=True)
    set_cell(t.cell(0, 2), "赋 分 标 准", bold=True, center=True)
    set_cell(t.cell(1, 0), "成灾率")
    set_cell(t.cell(1, 1), "2分", center=True)
    set_cell(t.cell(1, 2), "成灾率达标(1分);实际成灾面积准确,连片达1亩以上的有文字记录(1分);"
                           "隐瞒不报不给分,单病虫突破指标每一项扣1分。")
    set_cell(t.cell(2, 0), "测报准确率")
    set_cell(t.cell(2, 1), "27分", center=True)
    set_cell(t.cell(2, 2), "按国家、省、市测报工作有关规定,完")
    save_docx(doc, path)


def build_longganhu(path):
    doc = new_doc()
    para(doc, "龙感湖管理区专项转移支付2023年度农机购置补贴实施情况", bold=True, center=True,
         size=15)
    para(doc, "绩效目标分解下达情况", bold=True)
    para(doc, GOAL_LGH + "绩效目标完成情况分析", indent=True)
    para(doc, "(一)资金投入情况分析", bold=True)
    para(doc, "1.项目资金到位情况分析")
    para(doc, GOAL_LGH, indent=True)
    para(doc, "项目资金执行情况分析")
    para(doc, "2023年实际使用补贴资金13.6万元,已全部结算到位。具体使用情况为:补贴购机农户5户,"
              "机具5台套(芦柴湖办事处3户、3台套,沙湖办事处1户、1台套,塞湖办事处1户、1台套,"
              "补贴金额13.6万元,资金补贴完成率17%,使用补贴资金13.6万元。", indent=True)
    para(doc, "2023年度主要农作物耕种收机械化率达到94.8%,同上一年提升1%。", indent=True)
    para(doc, "执行购置补贴政策时,按《龙感湖管理区2023年农机购置补贴政策信息公开工作实施方案》"
              "及时公开信息,全省组织的第三方信息公开专栏抽查结果为合格。", indent=True)
    para(doc, "为拖拉机、收割机办理购机补贴时,同步免费办理牌证和入户,先在网上办行驶证,"
              "再录入补贴信息。当年办证牌证率达到了100%。", indent=True)
    para(doc, "(3)实效指标")
    para(doc, "依照《关于做好2023年度农机购置补贴实施工作的通知》,对购机户做到录入核查多少、"
              "结算多少,及时结算兑付,当年农机购置补贴资金兑付率100%。2.效益指标完成情况分析",
         indent=True)
    para(doc, "(1)经济效益")
    para(doc, "农机化水平继续提高,农机化发展由数量增长转向数量与质量并重,农民种田成本下降、"
              "种田效益上升。", indent=True)
    para(doc, "(2)社会效益")
    para(doc, "2023年通过农机购置补贴政策直接受益户5户,作业面积及受益面积达到5000余亩,"
              "间接受益户达到320户。通过探讨农机新型机具的", indent=True)
    save_docx(doc, path)


def build_nanxian(path):
    doc = new_doc()
    para(doc, "南县 2021 年渔政执法经费", bold=True, center=True, size=16)
    para(doc, "支出绩效评价报告", bold=True, center=True, size=16)
    para(doc, "南县农业综合行政执法大队", center=True)
    para(doc, "(2022 年 2 月 23 日)", center=True)
    para(doc, "为使全县渔业渔政执法健康有序开展,完善农业行政综合执法体系、提升渔政执法能力,"
              "依据县财政局 2021 年部门预算单位经费安排实施本项目。", indent=True)
    para(doc, "一、专项基本情况", bold=True, indent=True)
    para(doc, "(一)项目概况", indent=True)
    para(doc, "1、项目背景。南县农业综合行政执法大队于 2019 年 5 月组建,现有农业综合执法人员 "
              "38 人,承担全县农资打假、农产品质量安全、耕地质量管理、动物防疫、生猪屠宰、渔政、"
              "农机等综合执法。南县地处洞庭湖腹地,沟渠纵横、渔业资源丰富,有“鱼米之乡”之称。"
              + GOAL_NX, indent=True)
    para(doc, "2.项目内容:根据部门预算内容,项目支持方向为:渔政执法经费。", indent=True)
    para(doc, "3、资金安排。渔政执法经费共计 4.8 万元。", indent=True)
    para(doc, "(二)专项实施情况", indent=True)
    para(doc, "1、专项资金的组织实施。县财政局与农业农村局按项目要求组成资金管理和绩效评价领导"
              "小组,资金及时到位,监督与核算得到加强,项目工作正常运行。", indent=True)
    para(doc, "2、专项资金的管理。县农业农村局与财政局按专项文件共同管理资金使用,规范支付审核"
              "审批程序;县财政局拨付,县农业综合行政执法大队具体实施,设备购置手续齐全、票据"
              "齐全、项目落地。", indent=True)
    para(doc, "3、专项资金的使用。公务船艇维修 35800 元,渔政执法办公经费 12200 元,共计 48000 元;",
         indent=True)
    para(doc, "二、绩效评价工作开展情况", bold=True, indent=True)
    para(doc, "(一)绩效评价的目的", indent=True)
    para(doc, "根据《中共湖南省委办公厅 湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见》"
              "(湘办发〔2019〕10 号)要求,为进一步规范财政资金管理,强化", indent=True)
    save_docx(doc, path)


def build_hanbin(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "项目计划表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    wrapc = Alignment(wrap_text=True, vertical="center", horizontal="center")
    widths = [5, 12, 10, 46, 8, 22, 11, 14, 52, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    notice = ("现将区蚕茶果技术中心茶叶优势主导产业项目计划予以公告(详见下表),本公告长期有效。"
              "公告单位:汉滨区蚕茶果技术中心 监督电话:0915-3212622 举报电话:123170915--3333050 "
              "通讯地址:汉滨区教场南路19号")
    ws.merge_cells("A1:J1")
    ws["A1"] = notice
    ws["A1"].alignment = wrap
    ws.row_dimensions[1].height = 36
    ws.merge_cells("A2:J2")
    ws["A2"] = ("附:项目计划表(必须包含项目名称、实施地点、建设任务、补助标准、资金来源及规模、"
                "实施期限、实施单位及责任人和绩效目标、带贫减贫机制等)")
    ws["A2"].alignment = wrap
    ws.row_dimensions[2].height = 30
    ws.merge_cells("A3:J3")
    ws["A3"] = "汉滨区蚕茶果技术中心"
    ws["A3"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A4:J4")
    ws["A4"] = "2022年7月15日"
    ws["A4"].alignment = Alignment(horizontal="right")

    ws.merge_cells("A6:J6")
    ws["A6"] = "汉滨区2022年度茶叶优势主导产业项目计划表"
    ws["A6"].font = Font(bold=True, size=14)
    ws["A6"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[6].height = 24

    header = ["序号", "项目名称", "实施地点", "建设任务", "补助标准", "资金来源", "实施期限",
              "实施单位及责任人", "绩效目标", "带贫减贫机制"]
    for i, h in enumerate(header):
        c = ws.cell(row=7, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.alignment = wrapc
        c.border = border
    task = ("1.建设绿色高效示范茶园,其中低效茶园改造提升580亩、节水灌溉100亩、生态防控260亩、"
            "土地改良5亩,2.培育“陕茶1号”茶树良种母穗园100亩,“陕茶1号”无性系茶苗繁育圃100亩,"
            "4.“陕茶1号”育苗、建园、加工3个地方标准编制及评审,5.机采茶园培育500亩,"
            "6.推广使用茶树修剪机和便携式采茶机,7.建立汉滨区茶叶品鉴、比对、审评等技术服务"
            "与交流平台,配置相关审评用具,")
    row = [1, "茶叶优势主导产业项目", "相关镇办相关村", task, "230万",
           "汉滨区财政局关于下达2022年财政涉农整合资金预算的通知(汉区财整[2022]47号)",
           "2022年5月-12月", "汉滨区蚕茶果技术中心/陈恒", GOAL_HB + ",",
           "脱贫户及边缘户园区务工。"]
    for i, v in enumerate(row):
        c = ws.cell(row=8, column=i + 1, value=v)
        c.alignment = wrapc if i in (0, 4, 6) else wrap
        c.border = border
    ws.row_dimensions[8].height = 170

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_area = "A1:J8"
    save_xlsx(wb, path)


BUILDERS = {
    "guangdong-suixi-linye-zichabaogao": ("docx", build_suixi),
    "fujian-sanming-linyeyouhaishengwu-pingfenbiao": ("docx", build_sanming),
    "hubei-longganhu-nongjibutie-zipingbaogao": ("docx", build_longganhu),
    "hunan-nanxian-yuzhengzhifa-pingjiabaogao": ("docx", build_nanxian),
    "shaanxi-hanbin-chaye-xiangmujihuabiao": ("xlsx", build_hanbin),
}

# ---------------------------------------------------------------------------
# export, annotations, checks
# ---------------------------------------------------------------------------

def export_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for " + path)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout
    return re.sub(r"\s+", "", out.decode("utf-8"))


def nows(s):
    return re.sub(r"\s+", "", s)


def required_strings(gold):
    req = []
    for ind in gold["indicators"]:
        req.append(("name", ind["name"]))
        if ind.get("target_text"):
            req.append(("target_text", ind["target_text"]))
    for g in gold["goals"]:
        req.append(("goal", g["text"]))
    for f in gold["findings"]:
        req.append(("finding", f["item"]))
    return req


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    totals = {"files": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for stem, (ext, builder) in BUILDERS.items():
        gold = GOLD[stem]
        src = os.path.join(HERE, stem + "." + ext)
        builder(src)
        pdf = export_pdf(src)
        text = pdf_text(pdf)
        for kind, s in required_strings(gold):
            if nows(s) not in text:
                problems.append("%s: %s not in PDF text: %s" % (stem, kind, s))
        for fname in (os.path.basename(src), os.path.basename(pdf)):
            ann = {"source": fname}
            ann.update({k: gold[k] for k in ("source_urls", "province", "doc_kind",
                                              "patterns", "indicators", "goals",
                                              "facts", "findings", "notes")})
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                json.dump(ann, f, ensure_ascii=False, indent=1)
                f.write("\n")
        totals["files"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(gold[k])
    print(json.dumps(totals, ensure_ascii=False))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
