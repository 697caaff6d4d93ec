"""Blind part 77 of the real-layout corpus (code-blind annotation).

Each document reproduces one stored public page (see SOURCES.md): layout, facts and defects as found,
longer sentences re-worded with the same numbers.  The gold in DOCS was written by hand from the pages
before anything ran on the files.

Run:  /tmp/venv/bin/python make_blind77_layouts.py [--no-pdf]
Writes the DOCX/XLSX files and their PDFs next to this script and annotations/<file>.json.
"""
import copy
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- helpers
def _font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def para(doc, text, size=11, bold=False, center=False, indent=True):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _font(p.add_run(text), size, bold)
    return p


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return doc


def pin_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = "blind77"
    cp.last_modified_by = "blind77"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def pin_xlsx_props(wb, title):
    cp = wb.properties
    cp.creator = "blind77"
    cp.lastModifiedBy = "blind77"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED


def rezip(path):
    """Rewrite every zip entry with a fixed date in a fixed order (byte-stable output)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    first = [n for n, _ in items if n == "[Content_Types].xml"]
    rest = sorted(n for n, _ in items if n != "[Content_Types].xml")
    data = dict(items)
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in first + rest:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data[name])
    os.replace(tmp, path)


def meta_table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            _font(cell.paragraphs[0].add_run(val), 9)
    return t


# ---------------------------------------------------------------- document 2
def build_nm_wuliji(path):
    """内蒙古 阿拉善左旗 乌力吉苏木 — 2023 中央对地方转移支付 绩效自评结果综述 (prose, amounts masked '*')."""
    doc = new_doc()
    para(doc, "根据《阿拉善左旗财政局关于开展2023年度中央对地方转移支付预算执行情况绩效自评工作的通知》"
              "(阿左财发〔2024〕56号)的要求,阿拉善左旗乌力吉苏木人民政府对本部门承担的中央对地方转移支付"
              "预算执行情况做了绩效自评,共涉及2023年度中央对地方转移支付项目3个,各项目自评结果概述如下:")
    para(doc, "项目一:阿财农〔2023〕387号乌力吉苏木沙日扎嘎查集体经济项目,项目全年预算数*元,执行数*元,"
              "完成预算的100%。该项中央补助专项资金发放工作的自评结果已按要求公开公示,可为下一年度同类资金的"
              "使用提供示范和推动;苏木将借本次自评,把上级各项部署和嘎查集体经济项目政策落到实处,继续提高"
              "嘎查集体经济项目的工作水平,保障牧民群众生活,丰富其业余生活,推动社会发展。")
    para(doc, "项目二:阿财农〔2023〕387号中央财政衔接推进乡村振兴补助资金-沙日扎嘎查特色产品加工车间二期建设"
              "项目资金,项目全年预算数*,执行数*元,完成预算的100%。衔接资金已及时足额拨付并按要求公开公示,"
              "为嘎查特色产业的有序发展提供了保障;项目改善了牧民生活条件,使牧民满意度达到95%以上,有利于社会"
              "和谐。我苏木嘎查村级特色产业专项资金足额发放率达到100%,政策落实率达到100%,资金发放标准按规定"
              "执行率达到100%。")
    para(doc, "项目三:阿财预〔2023〕510号2023年边境地区转移支付中央一线边民补助,项目全年预算数78.*元,"
              "执行数78.*元,完成预算的100%。受益人群三个嘎查261人,确保边民补助发放合法合规,目")
    pin_docx_props(doc, "乌力吉苏木2023年度中央对地方转移支付绩效自评结果")
    doc.save(path)
    rezip(path)



# ---------------------------------------------------------------- document 3
def build_hi_yunlong(path):
    """海南 海口国家高新区 — 云龙产业园基础设施配套路网项目 财政支出项目绩效自评报告 (prose)."""
    doc = new_doc()
    para(doc, "海口市财政支出项目绩效自评报告(云龙产业园基础设施配套路网项目)", 14, True, center=True)
    para(doc, "作者: -   来源: 海口国家高新区 发布时间: 2023-07-24 16:47", 9, center=True)
    para(doc, "一、项目概况", 12, True, indent=False)
    para(doc, "(一)项目基本情况:", 11, True, indent=False)
    para(doc, "1.项目主要内容:项目覆盖云龙产业园区内的5条市政道路,合计长4335.943m,全部是规划支路,红线宽度14、"
              "20m不等。建设内容有道路、交通、桥涵、给排水、照明、电力管沟和绿化等工程;燃气等管线只预留管位,"
              "不做具体设计。")
    para(doc, "2.资金:2022年云龙产业园基础设施配套路网项目预算经费为3483万元,2022年支付3483万元。")
    para(doc, "预算单位海口国家高新区管委会(行政主管部门)的云龙产业园基础设施配套路网项目。")
    para(doc, "主管部门为海口国家高新区管委会(行政主管部门)")
    para(doc, "项目业主为海口国家高新区管委会")
    para(doc, "项目负责人为赵兴亮联系电话:15208981602。")
    para(doc, "项目概述如下:保障经费的支出,保障项目正常开展建设。")
    para(doc, "(二)项目年度预算绩效目标和绩效指标设定情况", 11, True, indent=False)
    para(doc, "总体目标:完成项目改造建设总量50%。")
    para(doc, "当年年度目标完成情况:2022年预算价为3483万元,2022年完成支付3483万元。")
    para(doc, "二、项目决策及资金使用管理情况", 12, True, indent=False)
    para(doc, "(一)项目决策情况:云龙产业园基础设施配套路网项目2022年列入部门预算的经费为3483万元,当年实际支付"
              "3483万元。")
    para(doc, "(二)项目资金安排落实、总投入等情况:项目资金3483万元已编入2022年部门预算,2022年已支付完毕3483万元。"
              "预算安排为:2022年度云龙产业园基础设施配套路网项目部门预算,金额3483万元。")
    para(doc, "(三)项目资金(主要是指财政资金)实际使用情况资金执行情况如下:2022年云龙产业园基础设施配套路网项目")
    pin_docx_props(doc, "海口市财政支出项目绩效自评报告(云龙产业园基础设施配套路网项目)")
    doc.save(path)
    rezip(path)


# ---------------------------------------------------------------- document 4
def _cell(t, r, c, text, size=9, bold=False, center=False):
    cell = t.cell(r, c)
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(text), size, bold)
    return cell


def build_hi_yanjiushi(path):
    """海南省人民政府研究室 — 2013 财政支出项目绩效评价报告: cover, 项目绩效目标表 with 优/良/中/差 bands,
    项目基本信息 table (cut inside the money block)."""
    doc = new_doc()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    para(doc, "财政支出项目绩效评价报告", 18, True, center=True)
    cover = [
        "评价类型:实施过程评价 □   完成结果评价 □",
        "项目名称: 海南宏观经济形势分析预测与经济动态监测预警项目",
        "项目单位: 海南省人民政府研究室",
        "主管部门: 海南省人民政府研究室",
        "评价时间: 2013年 2 月 10 日至 2013年 4月 25日",
        "组织方式:财政部门 □  主管部门 □  项目单位 □",
        "评价机构:中介机构 □  专家组 □  项目单位评价组 □",
        "评价单位(盖章):",
        "上报时间:2013年4月 25 日",
    ]
    for line in cover:
        para(doc, line, 11, indent=False)
    doc.add_page_break()
    para(doc, "项目绩效目标表", 14, True, center=True)
    para(doc, "项目名称:海南宏观经济形势分析预测与经济动态监测预警项目", 10, indent=False)
    t = doc.add_table(rows=7, cols=8)
    t.style = "Table Grid"
    # header: two rows, 绩效标准 spans four band columns
    for c, h in enumerate(["指标类型", "绩效指标", "年初绩效目标", "调整后绩效目标(如有)"]):
        _cell(t, 0, c, h, bold=True, center=True)
        t.cell(0, c).merge(t.cell(1, c))
    _cell(t, 0, 4, "绩效标准", bold=True, center=True)
    t.cell(0, 4).merge(t.cell(0, 7))
    for c, h in enumerate(["优(年初/调整后)", "良(年初/调整后)", "中(年初/调整后)", "差(年初/调整后)"]):
        _cell(t, 1, 4 + c, h, bold=True, center=True)
    rows = [
        ["产出指标", "指标1:海南宏观经济形势分析与预测半年报告、全年报告和11期景气报告", "全部完成", "无",
         "全部完成", "80%", "60%", "60%以下"],
        ["", "指标2:", "", "", "", "", "", ""],
        ["成效指标", "指标:以报告的进度衡量标准", "全部完成", "无", "全部完成", "80%", "60%", "60%以下"],
        ["效率指标", "指标:以资金的使用进度为衡量标准", "全部完成", "无", "全部完成", "80%", "60%", "60%以下"],
    ]
    for r, row in enumerate(rows, start=2):
        for c, v in enumerate(row):
            if v:
                _cell(t, r, c, v, center=(c != 1))
    t.cell(2, 0).merge(t.cell(3, 0))
    _cell(t, 6, 0, "注:“年初”目标指编制预算时(或绩效分析调整)申报的目标,“调整后”目标按项目自评情况填报")
    t.cell(6, 0).merge(t.cell(6, 7))
    t.autofit = False
    widths = [Cm(1.6), Cm(13.0), Cm(1.7), Cm(1.9), Cm(1.9), Cm(1.9), Cm(1.9), Cm(1.9)]
    for c, col in enumerate(t.columns):
        col.width = widths[c]
    for row in t.rows:
        for c, tc in enumerate(row._tr.tc_lst):
            span = tc.grid_span
            tc.width = sum(widths[c2] for c2 in range(c, min(c + span, 8))) if span > 1 else widths[min(c, 7)]
    para(doc, "")
    para(doc, "项目基本信息", 14, True, center=True)
    b = doc.add_table(rows=10, cols=4)
    b.style = "Table Grid"
    _cell(b, 0, 0, "一、项目基本情况", bold=True)
    b.cell(0, 0).merge(b.cell(0, 3))
    _cell(b, 1, 0, "项目实施单位"); _cell(b, 1, 1, "海南省人民政府研究室")
    _cell(b, 1, 2, "主管部门"); _cell(b, 1, 3, "")
    _cell(b, 2, 0, "项目负责人"); _cell(b, 2, 1, "张焕南")
    _cell(b, 2, 2, "联系电话"); _cell(b, 2, 3, "08986560316")
    _cell(b, 3, 0, "地址"); _cell(b, 3, 1, "海口市国兴大道9号")
    _cell(b, 3, 2, "邮编"); _cell(b, 3, 3, "570203")
    _cell(b, 4, 0, "项目类型"); _cell(b, 4, 1, "经常性项目( )     一次性项目( )")
    b.cell(4, 1).merge(b.cell(4, 3))
    _cell(b, 5, 0, "计划投资额(万元)"); _cell(b, 5, 1, "144")
    _cell(b, 5, 2, "实际到位资金(万元)"); _cell(b, 5, 3, "144")
    _cell(b, 6, 0, "实际使用情况(万元)"); _cell(b, 6, 1, "142")
    b.cell(6, 1).merge(b.cell(6, 3))
    _cell(b, 7, 0, "其中:中央财政"); _cell(b, 7, 1, "")
    _cell(b, 7, 2, "其中:中央财政"); _cell(b, 7, 3, "")
    _cell(b, 8, 0, "省财政"); _cell(b, 8, 1, "144")
    _cell(b, 8, 2, "省财政"); _cell(b, 8, 3, "144      142")
    _cell(b, 9, 0, "市县财政"); _cell(b, 9, 2, "市县财政")
    para(doc, "其他      其他", 9, indent=False)
    para(doc, "二、绩效", 11, True, indent=False)
    pin_docx_props(doc, "财政支出项目绩效评价报告(海南宏观经济形势分析预测与经济动态监测预警项目)")
    doc.save(path)
    rezip(path)


# ---------------------------------------------------------------- gold
def ind(level1, level2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


DOCS = [
    {
        "file": "nm-alashan-wuliji-transfer-selfreport.docx",
        "build": build_nm_wuliji,
        "gold": {
            "source_urls": ["https://ixbang.com/bid/detail/43B7A5A63182C3C6E9CBFA6309C75217.html"],
            "province": "内蒙古",
            "doc_kind": "自评报告 (苏木 中央对地方转移支付 绩效自评结果综述, 三个项目, 叙述体)",
            "patterns": [6, 10],
            "indicators": [
                ind(None, None, "牧民满意度", ">=", 95, "%", "达到95%以上"),
                ind(None, None, "嘎查村级特色产业专项资金足额发放率", "=", 100, "%", "达到100%"),
                ind(None, None, "政策落实率", "=", 100, "%", "达到100%"),
                ind(None, None, "资金发放标准按规定执行率", "=", 100, "%", "达到100%"),
                ind(None, None, "受益人群", None, 261, "人", "三个嘎查261人"),
            ],
            "goals": [],
            "facts": [
                {"metric": "乌力吉苏木沙日扎嘎查集体经济项目", "kind": "budget", "planned": None,
                 "actual": None, "stated_rate": 100, "unit": "元"},
                {"metric": "沙日扎嘎查特色产品加工车间二期建设项目资金", "kind": "budget", "planned": None,
                 "actual": None, "stated_rate": 100, "unit": "元"},
                {"metric": "2023年边境地区转移支付中央一线边民补助", "kind": "budget", "planned": None,
                 "actual": None, "stated_rate": 100, "unit": "元"},
            ],
            "findings": [
                {"rule": "target.placeholder", "item": "乌力吉苏木沙日扎嘎查集体经济项目",
                 "why": "全年预算数 and 执行数 are written as '*元'; the amounts are masked, so the stated 100% cannot be checked"},
                {"rule": "target.placeholder", "item": "沙日扎嘎查特色产品加工车间二期建设项目资金",
                 "why": "全年预算数 is '*' (not even a unit) and 执行数 '*元'; the 100% rests on hidden amounts"},
                {"rule": "target.placeholder", "item": "2023年边境地区转移支付中央一线边民补助",
                 "why": "预算数 and 执行数 are '78.*元': the figure is partly masked (and 78 元 cannot be the size of a 边民补助 for 261 people), so the amount is unknown"},
            ],
            "notes": (
                "阿拉善左旗乌力吉苏木人民政府 (阿拉善盟, 内蒙古), summary of the 2023 中央对地方转移支付 self-evaluation "
                "made under 阿左财发〔2024〕56号, as carried by a bidding aggregator: no title, the text starts with "
                "'根据《…》', three projects as paragraphs (项目一/二/三), every money amount masked with '*' (项目二's "
                "预算数 is a bare '*' without 元; 项目三 shows '78.*元'), and it ends mid-word at '发放合法合规,目' in "
                "项目三; the document keeps that shape and stops there. Judgement calls: the labelled results in 项目二 "
                "(牧民满意度达到95%以上; 足额发放率, 政策落实率, 资金发放标准按规定执行率 each 达到100%) and 项目三's "
                "'受益人群三个嘎查261人' are recorded as indicator rows with no 一级/二级 (the text names none); they are "
                "stated as reached levels, not as targets with separate actuals, so 'actual' stays null and the value "
                "is the number written ('以上' → >=, a bare '达到100%' → =). The three '完成预算的100%' statements are "
                "budget facts with unknown amounts (planned/actual null) and are flagged as placeholders because the "
                "'*' leaves the figure unreadable; the masking is most likely the aggregator's, but the document as it "
                "stands carries it. No coverage finding: there is no indicator table, only prose. The two projects "
                "that share the document number 阿财农〔2023〕387号 are kept as found."
            ),
        },
    },
    {
        "file": "hi-haikou-yunlong-road-selfreport.docx",
        "build": build_hi_yunlong,
        "gold": {
            "source_urls": ["http://gxq.haikou.gov.cn/xxgk/czxx/202306/t1288834.shtml"],
            "province": "海南",
            "doc_kind": "自评报告 (财政支出项目绩效自评报告, 叙述体, 基建路网)",
            "patterns": [10],
            "indicators": [],
            "goals": [
                {"kind": "总体目标", "text": "完成项目改造建设总量50%。"},
            ],
            "facts": [
                {"metric": "云龙产业园基础设施配套路网项目预算经费", "kind": "budget", "planned": 3483,
                 "actual": 3483, "stated_rate": None, "unit": "万元"},
            ],
            "findings": [
                {"rule": "goal.process_only", "item": "完成项目改造建设总量50%。",
                 "why": "the only goal is a share of construction work done (and '改造' for five new roads, '总量' undefined); it names no result or benefit of the roads"},
                {"rule": "coverage.missing_dimension", "item": "产出指标",
                 "why": "section (二) 项目年度预算绩效目标和绩效指标设定情况 is complete (section 二 follows) and sets no indicator at all; the 年度目标完成情况 answers only with money paid"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "the complete target-setting section has no 效益 indicator (no traffic, access or park-service effect)"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the complete target-setting section has no satisfaction indicator"},
            ],
            "notes": (
                "海口国家高新区管委会 (海口, 海南), 海口市财政支出项目绩效自评报告 on the 2022 云龙产业园基础设施配套路网项目, "
                "published 2023-07-24. The stored page opens with two stray 'X' characters and '财务公开' (site chrome, "
                "dropped) and ends mid-sentence in 二(三) after '2022年云龙产业园基础设施配套路网项目'; the document stops "
                "there. Kept as found: the short one-line statements of 预算单位/主管部门/项目业主/项目负责人 (with the phone "
                "number as published), '项目概述如下:保障经费的支出,保障项目正常开展建设。', the budget 3483万元 repeated "
                "four times, and '当年年度目标完成情况' answered only with money (预算价3483万元, 支付3483万元). Judgement "
                "calls: the goal is quantified (50%) so no goal.unquantified; it is flagged goal.process_only because it "
                "measures construction progress, not a result. The 年度目标完成情况 sentence restates the budget but is a "
                "completion statement, not a goal, so no goal.budget_text. '项目概述' is a description, not a goal cell. "
                "Coverage: section (二) is the complete target-and-indicator section and holds no indicators, so the three "
                "dimensions are flagged as missing; the report is cut later, in 二(三), after that section. Budget fact "
                "3483/3483 without a stated rate (consistent). 5条道路 / 4335.943m has no parts, so no sum fact."
            ),
        },
    },
    {
        "file": "hi-yanjiushi-econ-forecast-eval.docx",
        "build": build_hi_yanjiushi,
        "gold": {
            "source_urls": ["https://m.taowenge.com/p-3089252.html"],
            "province": "海南",
            "doc_kind": "评价报告 (财政支出项目绩效评价报告: 封面, 项目绩效目标表 含 优/良/中/差 绩效标准, 项目基本信息)",
            "patterns": [1, 5, 6, 8],
            "indicators": [
                ind("产出指标", None, "海南宏观经济形势分析与预测半年报告、全年报告和11期景气报告", None, None, None, "全部完成"),
                ind("成效指标", None, "以报告的进度衡量标准", None, None, None, "全部完成"),
                ind("效率指标", None, "以资金的使用进度为衡量标准", None, None, None, "全部完成"),
            ],
            "goals": [],
            "facts": [
                {"metric": "计划投资额/实际使用情况", "kind": "budget", "planned": 144, "actual": 142,
                 "stated_rate": None, "unit": "万元"},
                {"metric": "实际到位资金", "kind": "budget", "planned": 144, "actual": 144,
                 "stated_rate": None, "unit": "万元"},
            ],
            "findings": [
                {"rule": "target.placeholder", "item": "指标2",
                 "why": "the 产出指标 block keeps an empty template row '指标2:' with no name, target or standard"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the complete 项目绩效目标表 (closed by its 注) has only 产出/成效/效率 rows; no satisfaction indicator"},
            ],
            "notes": (
                "海南省人民政府研究室, 财政支出项目绩效评价报告 for the 海南宏观经济形势分析预测与经济动态监测预警项目, "
                "评价时间 2013-02-10 to 2013-04-25, 上报 2013-04-25, as carried by a document-sharing site whose title calls "
                "it a '范本' (the filled names and amounts show it is a real report). The stored text runs the cover page, "
                "the 项目绩效目标表 and the start of the 项目基本信息 table together; the site's chunk numbers ('1、', '2、', "
                "'3、') and a stray page number '10' are dropped, and the document stops where the text stops, at "
                "'二、绩效'. The cover keeps the checkbox choices (评价类型, 组织方式, 评价机构) and the empty 评价单位(盖章) "
                "(template/instruction text, pattern 8). The 目标表 keeps its two-row header with 绩效标准 spanning "
                "优/良/中/差 (each '年初/调整后'), the 产出指标 label merged over its two rows, the empty '指标2:' row, "
                "'无' in every 调整后 cell, and the 注. Judgement calls: indicator names are taken without their "
                "'指标1:'/'指标:' labels; the targets '全部完成' carry no number, so operator/value/unit are null; they are "
                "not flagged as vague or unscaled because the 绩效标准 columns give a graded scale (全部完成/80%/60%/60%以下). "
                "The 产出 row writes its count in the name ('11期景气报告', pattern 6). The 成效 and 效率 rows measure report "
                "progress and spending progress rather than effects; no rule id of the list covers that, so it is noted "
                "only. The 项目基本信息 money block is garbled at the cut ('省财政 144 | 省财政 144 142', '其他 其他' after the "
                "table) and is kept so; facts: 计划投资额144 vs 实际使用情况142 and 到位144, no stated rate, so nothing "
                "to check. 主管部门 is empty in the info table though the cover names it. No actuals, weights or scores "
                "appear before the cut."
            ),
        },
    },
]


def export_pdf(src):
    outdir = tempfile.mkdtemp(prefix="b77pdf")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
        shutil.move(os.path.join(outdir, base), os.path.join(HERE, base))
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def write_gold(name, gold):
    rec = {"source": name}
    rec.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        write_gold(d["file"], d["gold"])
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        write_gold(pdf, d["gold"])
        if not no_pdf:
            export_pdf(path)
        print("wrote", d["file"])


if __name__ == "__main__":
    main()
