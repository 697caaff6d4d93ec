#!/usr/bin/env python3
"""Blind part 87: five real public pages (emergency and safety topics) rebuilt as DOCX/XLSX + PDF, with gold.

Written blind (no toolkit code, tests, lexicons, rules or other generators read). Facts are as on the stored
pages; longer sentences are reworded with the same numbers. Each document stops where the stored page stops.
Run: /tmp/venv/bin/python make_blind87_layouts.py [--no-pdf]
"""
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime(2025, 1, 1, 0, 0, 0)
FIXED_ZIP = (2025, 1, 1, 0, 0, 0)


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


def para(doc, text, size=11, bold=False, center=False):
    p = doc.add_paragraph()
    _font(p.add_run(text), size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, bold_first=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            _font(cell.paragraphs[0].add_run(val), 10, bold_first and i == 0)
    return t


def new_doc():
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "blind87"
    cp.last_modified_by = "blind87"
    cp.revision = 1
    return doc


CORE_RE = [
    (re.compile(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>"),
     rb"<dcterms:created\1>2025-01-01T00:00:00Z</dcterms:created>"),
    (re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>"),
     rb"<dcterms:modified\1>2025-01-01T00:00:00Z</dcterms:modified>"),
]


def normalise_zip(path):
    """Rewrite every zip entry with a fixed date, in a fixed order, core dates pinned."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    for name in list(items):
        if name == "docProps/core.xml":
            data = items[name]
            for rx, rep in CORE_RE:
                data = rx.sub(rep, data)
            items[name] = data
    order = sorted(items, key=lambda n: (n != "[Content_Types].xml", n))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            zi = zipfile.ZipInfo(name, FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, items[name])
    os.replace(tmp, path)


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------- doc 1: 云南 航空消防 自评报告
def build_yn(path):
    doc = new_doc()
    para(doc, "云南省2020年度中央自然灾害救灾资金绩效自评报告", 16, True, True)
    para(doc, "发布时间:2021-04-21 00:00:00", 9, center=True)
    para(doc, "一、中央自然灾害森林草原航空消防补助)救灾资金", 12, True)
    para(doc, "(一绩效目标分解下达情况", 11, True)
    para(doc, "2020年10月,财政部以《财政部关于下达2020年中央自然灾害救灾资金森林草原航空消防补助资金)预算的通知》"
              "财资环〔2020〕83号)安排补助救灾资金2513万元,全部用于承担森林草原航空灭火救援及其他抢险救援任务。")
    para(doc, "绩效年度目标:云南省森林火灾发生率控制在6.5次/10万公顷以下,年森林火灾受灾率控制在1‰以内。")
    para(doc, "二)绩效目标完成情况", 11, True)
    para(doc, "1.资金投入情况")
    para(doc, "1)项目资金到位情况。2020年飞行经费预算合计7952万元,财政部实际下达2513万元,资金到位率为31%。")
    para(doc, "2)项目资金执行情况。实际执行2513万元,执行率100%。")
    para(doc, "3)项目资金管理情况。按《中央自然灾害救灾资金管理暂行办法》财建〔2020〕45号)的规定,下拨资金全部用于"
              "租赁航空应急救援飞机,并均按合同约定付款。")
    para(doc, "2.总体绩效目标完成情况")
    para(doc, "2020年全省租用7架航空应急救援直升机承担森林航空消防任务。防期内共发生火灾54起,森林火灾发生率约为"
              "0.2次/10万公顷,受害森林面积995.26公顷,受害率为0.038‰。航空消防经费的投入明显提高了森林火灾的扑救"
              "效率,年度目标总体实现。")
    para(doc, "3.绩效指标完成情况")
    para(doc, "1)产出指标")
    para(doc, "数量指标:租机数量8架,实际租机7架,未完成指标")
    para(doc, "2)效益指标")
    para(doc, "生态效益指标:年森林火灾发生率需控制在6.5次/10万公顷,实际森林火灾发生率为0.2次/10万公顷;"
              "森林火灾受害率需控制在1‰以内,实际森林火灾受害率为0.038‰。")
    para(doc, "3)满意度指标")
    para(doc, "基层群众对森林草原航空消防项目的满意度需达到80%以上,实际满意度为90%。")
    para(doc, "三)偏离绩效目标的原因和下一步改进措施", 11, True)
    para(doc, "总体看,森林草原航空消防补助资金")
    doc.save(path)


YN = {
    "file": "yn-yjt-aviation-fire-selfreport.docx",
    "build": build_yn,
    "gold": {
        "source_urls": ["http://yjglt.yn.gov.cn/html/2021/ysgk_0421/25860.html"],
        "province": "云南",
        "doc_kind": "自评报告 (省应急管理厅, 中央自然灾害救灾资金 森林草原航空消防补助, 指标完成情况写在正文中)",
        "patterns": [10],
        "indicators": [
            ind("产出指标", "数量指标", "租机数量", None, 8, "架", "8架", actual=7),
            ind("效益指标", "生态效益指标", "年森林火灾发生率", "<=", 6.5, "次/10万公顷", "需控制在6.5次/10万公顷",
                actual=0.2),
            ind("效益指标", "生态效益指标", "森林火灾受害率", "<=", 1, "‰", "需控制在1‰以内", actual=0.038),
            ind("满意度指标", None, "基层群众对森林草原航空消防项目的满意度", ">=", 80, "%", "需达到80%以上",
                actual=90),
        ],
        "goals": [
            {"kind": "年度目标",
             "text": "云南省森林火灾发生率控制在6.5次/10万公顷以下,年森林火灾受灾率控制在1‰以内。"},
        ],
        "facts": [
            {"metric": "资金到位率", "kind": "budget", "planned": 7952, "actual": 2513, "stated_rate": 31,
             "unit": "万元"},
            {"metric": "执行率", "kind": "budget", "planned": 2513, "actual": 2513, "stated_rate": 100,
             "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "资金到位率",
             "why": "2513/7952 = 31.60%, which rounds to 32% at the integer precision written; the report states 31% "
                    "(truncated, not rounded)"},
            {"rule": "consistency.deviation_reason_missing", "item": "租机数量",
             "why": "target 8架, actual 7架, marked 未完成指标; the section meant for deviation reasons "
                    "(三)偏离绩效目标的原因…) breaks off after its first words, so the document gives no reason"},
        ],
        "notes": "云南省应急管理厅 page of 2021-04-21 (first section only: 森林草原航空消防补助). The stored text has lost "
                 "most opening brackets ('森林草原航空消防补助)救灾资金', '(一绩效目标', '二)', '1)', '财资环〔2020〕83号)'); "
                 "kept as found. Kept as written: 财建〔2020〕45号 (the usual number of this 办法 is 245号, not corrected); "
                 "the goal says 受灾率 while the indicator says 受害率. The page ends inside section 三 at "
                 "'总体看,森林草原航空消防补助资金'; the document stops there. Indicators are sentences, not a table: "
                 "租机数量 '8架' is a bare number (operator null); '需控制在…' read as <=, '以内' <=, '以上' >=. "
                 "满意度 has no 二级 label (level2 null). 发生率 target 6.5 vs actual 0.2 and 受害率 1‰ vs 0.038‰ are "
                 "targets set far above performance (a too_low case), not a rule in this brief, so not flagged. "
                 "Rate fact 资金到位率 31% vs 31.6% flagged; 执行率 100% is right. Coverage: 产出/效益/满意度 all present."
    },
}


# ---------------------------------------------------------------- doc 2: 湖南 安全生产预防及应急专项资金 自评报告
def build_hn(path):
    doc = new_doc()
    para(doc, "2022年度湖南省安全生产预防及应急专项资金绩效自评报告", 15, True, True)
    para(doc, "湖南省应急管理厅 时间:2023-06-28 09:06", 9)
    for line in ["- 索引号:430S00/2023-065119", "- 题裁分类:", "- 发布机构:", "- 发文日期: 2023-06-28 09:08 17:13",
                 "- 主题分类:", "- 主题词:", "- 名称: 2022年度湖南省安全生产预防及应急专项资金绩效自评报告"]:
        para(doc, line, 9)
    para(doc, "为规范和加强专项资金管理、提高财政资金使用效益,依据《中共湖南省委办公厅湖南省人民政府办公厅关于全面实施"
              "预算绩效管理的实施意见》(湘办发〔2019〕10号)、《湖南省预算支出绩效评价管理办法》(湘财绩〔2020〕7号)等"
              "规定,并按《湖南省财政厅关于开展2022年度部门整体支出绩效自评和省级专项资金部门评价工作的通知》(湘财绩"
              "〔2023〕1号)的要求,我厅对2022年度湖南省安全生产预防及应急专项资金(以下简称“专项资金”)开展了绩效评价,"
              "现将有关情况报告如下:")
    para(doc, "一、专项资金基本情况", 12, True)
    para(doc, "(一)专项资金分配及下达情况", 11, True)
    para(doc, "按照《湖南省安全生产预防及应急专项资金管理办法》(湘财企〔2020〕49号),专项资金重点投向风险识别与管控、"
              "宣传教育培训、应急能力建设、自然灾害救灾四个方向。2022年度共安排专项资金23,834万元,支持项目709个"
              "(详见下表)。")
    table(doc, [["项目大类", "金额", "数量"],
                ["风险识别与管控", "3,410.00", "11"],
                ["宣传教育培训", "2,222.00", "14"],
                ["应急能力建设", "12,102.00", "504"],
                ["自然灾害救灾", "6,100.00", "180"]])
    para(doc, "(二)现场评价专项资金基本情况", 11, True)
    para(doc, "1、现场评价资金拨付到位情况")
    para(doc, "本次现场评价共涉及项目215个,评价金额9,653.00万元。截至2022年12月31日,专项资金到位8,084.06万元,"
              "到位率83.75%;截至2023年4月10日,专项资金到位8,525.06万元,到位率88.32%。")
    para(doc, "2、现场评价资金支出结构性分析")
    para(doc, "截至2023年4月10日,项目资金累计支出5,995.28万元,结余资金2,529.78万元,资金执行率为70.33%")
    doc.save(path)


HN = {
    "file": "hn-yjt-safety-fund-selfreport.docx",
    "build": build_hn,
    "gold": {
        "source_urls": ["https://luisarome.com/yjt/xxgk/czxx/202306/t20230628_29386092.html"],
        "province": "湖南",
        "doc_kind": "自评报告 (省应急管理厅, 省级专项资金 部门评价; 资金分配表 + 到位/执行情况, 无指标)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "专项资金金额", "kind": "sum", "total": 23834, "parts": [3410, 2222, 12102, 6100],
             "unit": "万元"},
            {"metric": "支持项目数量", "kind": "sum", "total": 709, "parts": [11, 14, 504, 180], "unit": "个"},
            {"metric": "到位率(截至2022年12月31日)", "kind": "budget", "planned": 9653, "actual": 8084.06,
             "stated_rate": 83.75, "unit": "万元"},
            {"metric": "到位率(截至2023年4月10日)", "kind": "budget", "planned": 9653, "actual": 8525.06,
             "stated_rate": 88.32, "unit": "万元"},
            {"metric": "资金执行率", "kind": "budget", "planned": 8525.06, "actual": 5995.28, "stated_rate": 70.33,
             "unit": "万元"},
            {"metric": "到位资金(截至2023年4月10日)", "kind": "sum", "total": 8525.06, "parts": [5995.28, 2529.78],
             "unit": "万元"},
        ],
        "findings": [],
        "notes": "A copy of the 湖南省应急管理厅 page of 2023-06-28 on a mirror host (luisarome.com, path /yjt/xxgk/czxx/…). "
                 "Kept as found: the header block with empty fields (题裁分类 [sic], 发布机构, 主题分类, 主题词) and the odd "
                 "发文日期 '2023-06-28 09:08 17:13'. The allocation table has no total row; its amount column carries no unit "
                 "(the text says 万元). The page ends at '资金执行率为70.33%' (no full stop) inside 一(二)2; the document stops "
                 "there. All numbers check: 3410+2222+12102+6100 = 23834, 11+14+504+180 = 709, 8084.06/9653 = 83.75%, "
                 "8525.06/9653 = 88.32%, 5995.28/8525.06 = 70.33%, 5995.28+2529.78 = 8525.06, so no finding. The 执行率 "
                 "denominator is the 到位 amount (8525.06), not the 评价金额 9653. No indicators and no goal text in the "
                 "stored part, so no coverage or goal finding (the report is cut before its indicator analysis)."
    },
}


# ---------------------------------------------------------------- doc 3: 江西 珠山区 冬春救助 下达通知 + 分配表
def build_zs(path):
    doc = new_doc()
    para(doc, "公开方式: 主动公开 有效期: 长期有效 公开时限: 长期公开 公开范围: 面向全社会 信息索取号: 014554178/2021-62221", 8)
    para(doc, "关于下达2020年中央和省级自然灾害 救灾资金预算的通知", 9)
    para(doc, "来源:珠山区应急管理局 发布时间:2021-01-19 18:55 访问量:", 8)
    para(doc, "关于下达2020年中央和省级自然灾害", 15, True, True)
    para(doc, "救灾资金预算的通知", 15, True, True)
    para(doc, "竟成镇人民政府、各街道办事处、经开区:")
    para(doc, "依据《江西省财政厅关于下达2020年中央和省级自然灾害救灾资金预算的通知》(赣财资环指〔202049),并报经区政府"
              "同意,现将2020年中央和省级自然灾害救灾资金下达你单位(详见附表1),专门用于冬春临时生活困难救助。该笔资金的"
              "收入列2020年政府收支分类科目“1100260灾害防治及应急管理共同财政事权转移支付收入”,支出列功能科目“22407"
              "自然灾害救灾及恢复重建支出”。项目代码为Z135080000019")
    para(doc, "为进-步规范专项转移支付的绩效目标管理、提高财政资金使用效率,请你单位收到本通知后30天内细化填写本单位《绩效"
              "目标申报表》并报区应急管理局。预算执行中请对照我省区域绩效目标开展绩效监控,保证年度绩效目标按期实现。预算"
              "执行完毕后请及时开展绩效自评,并于2020531日前将绩效自评报告报区应急管理局。")
    para(doc, "附件: 1.2020-2021年中央和省级冬春救助资金分配表")
    para(doc, "2.2020-2021年中央和省级冬春救助资金绩效目标申报表")
    p = para(doc, "珠山区应急管理局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(doc, "2021119")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_page_break()
    para(doc, "附件1")
    para(doc, "2020-2021年中央和省级冬春救助资金分配表", 14, True, True)
    p = para(doc, "单位:万元", 10)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rows = [["单位名称", "分配金额", "政府经济分类科目", "备注"]]
    for name, amt in [("竟成镇", "55"), ("珠山街道", "18"), ("里村街道", "20"), ("新村街道", "32"),
                      ("石狮埠街道", "50"), ("新厂街道", "50"), ("昌江街道", "15"), ("周路口街道", "7"),
                      ("昌河街道", "8"), ("太白园街道", "20"), ("经开区", "10")]:
        rows.append([name, amt, "51301", ""])
    rows.append(["总计", "285", "", ""])
    table(doc, rows)
    doc.save(path)


ZS = {
    "file": "jx-zhushan-winter-relief-alloc.docx",
    "build": build_zs,
    "gold": {
        "source_urls": ["https://www.jdzzsq.gov.cn/zwgk/zfxxgkzl/zfxxgkml/zdly/shgysy/zhsgjy/t786674.shtml"],
        "province": "江西",
        "doc_kind": "资金下达通知 + 分配表 (区应急管理局, 冬春救助; 绩效目标申报表 附件未在存页中)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "冬春救助资金分配金额", "kind": "sum", "total": 285,
             "parts": [55, 18, 20, 32, 50, 50, 15, 7, 8, 20, 10], "unit": "万元"},
        ],
        "findings": [],
        "notes": "景德镇市珠山区应急管理局 notice of 2021-01-19 passing on 2020 中央和省级自然灾害救灾资金 (冬春救助) with its "
                 "附件1 分配表. Kept as found: the run-together dates and numbers of the stored text ('赣财资环指〔202049' with "
                 "no closing bracket or 号, '2020531日前', signature date '2021119'), '进-步', the sentence ending "
                 "'Z135080000019' with no full stop, and the notice title written twice (once with a stray space). The "
                 "report deadline '2020531日前' (31 May 2020?) lies before the notice's own date; no rule of this brief "
                 "covers it, so it is noted, not flagged. 分配表: every row carries 51301, 备注 empty; 55+18+20+32+50+50+15+"
                 "7+8+20+10 = 285 = 总计, so no sum finding. The page ends after the 总计 row; 附件2 (绩效目标申报表) is "
                 "named but not in the stored page, so no indicators, goals or coverage finding. The page break before "
                 "附件1 is our layout choice (an annex on its own page). Pattern 8: instruction text around the table."
    },
}


# ---------------------------------------------------------------- doc 4: 东莞 企石 基础信息情况表 (XLSX)
def build_qs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "基础信息情况表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for col, w in zip("ABCD", (22, 34, 24, 30)):
        ws.column_dimensions[col].width = w

    def put(cell, val, bold=False, align=wrap, border=True, size=10):
        ws[cell] = val
        ws[cell].font = Font(name="SimSun", bold=bold, size=size)
        ws[cell].alignment = align
        if border:
            ws[cell].border = box

    put("A1", "附件2:", border=False)
    ws.merge_cells("A2:D2")
    put("A2", "企石镇财政项目支出基础信息情况表", bold=True, align=center, border=False, size=14)
    ws.merge_cells("A3:D3")
    put("A3", "(适用绩效目标及部门一般性项目预算申报)", align=center, border=False)
    ws.merge_cells("A4:D4")
    put("A4", "填报单位:东莞市应急管理局企石分局", border=False)
    put("A5", "项目名称")
    ws.merge_cells("B5:D5")
    put("B5", "执法监察标准化复评专项经费")
    put("A6", "主管部门"); put("B6", "镇人民政府"); put("C6", "预算代码"); put("D6", None)
    put("A7", "项目负责人及联系电话"); put("B7", "姚沛棠82632821")
    put("C7", "评价小组联系人及联系电话"); put("D7", "姚沛棠82632821")
    ws.merge_cells("A8:A9")
    put("A8", "项目类别")
    ws.merge_cells("B8:D8")
    put("B8", "(一)功能性分类\n1.基本建设类□ 其中:新建□ 改扩建□\n2.运转性支出类□\n"
              "3.事业发展性支出类□ 其中:专项资金□ 普惠性支出□ 一次性补助□ 其他□√\n4.上级补助支出类 □")
    ws.merge_cells("B9:D9")
    put("B9", "(二)是否新设立项目分类\n1.新设立项目 □√\n2.延续性项目 □\n3.变更项目")
    put("A10", "项目性质")
    ws.merge_cells("B10:D10")
    put("B10", "1.政府已研究确定项目 □√\n2.部门经常性业务项目 □\n3.跨年度支出项目 □\n4.其他支出项目 □")
    put("A11", "项目启动时间"); put("B11", "计划:20191")
    put("C11", "项目计划完工(验收)时间"); put("D11", "计划:201912")
    put("A12", "项目设立依据(文件)")
    ws.merge_cells("B12:D12")
    put("B12", "关于印发《东莞市安全生产执法监察标准化建设工作方案》的通知(东安办〔2017〕45号)")
    put("A13", "项目申请理由\n(背景及原因)")
    ws.merge_cells("B13:D13")
    put("B13", "依照市里对安全生产执法监察标准化建设的工作要求,已通过标准化建设的镇街须每2年进行一次复评。")
    put("A14", "项目受")
    for r, h in ((8, 80), (9, 52), (10, 66), (13, 34)):
        ws.row_dimensions[r].height = h
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind87"
    wb.properties.lastModifiedBy = "blind87"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


QS = {
    "file": "gd-qishi-enforcement-baseinfo.xlsx",
    "build": build_qs,
    "gold": {
        "source_urls": ["http://www.dg.gov.cn/zwgk/zfxxgkml/qsz/zdlyxxgk/shgysyjsly/zhsgjyly/content/post_2402350.html"],
        "province": "广东",
        "doc_kind": "项目支出基础信息情况表 (绩效目标申报前置表, 镇级应急管理分局; 存页在指标之前截断)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "东莞市 企石镇 page of 2019-12-12 titled '东莞市安全生产监督管理局企石分局-执法监察标准化复评专项经费绩效目标表' "
                 "(the web title uses the old 安全生产监督管理局 name while the form's 填报单位 is 东莞市应急管理局企石分局; the "
                 "XLSX reproduces the attachment only, so the web title is not in it). The form is the 附件2 '企石镇财政项目支出"
                 "基础信息情况表': header fields, checkbox lists (□ / □√ as written, '3.变更项目' without a box), empty 预算代码, "
                 "dates written '计划:20191' and '计划:201912', the same person and phone for 负责人 and 评价小组联系人. The "
                 "stored page ends at the label fragment '项目受' (probably 项目受益对象); the sheet ends with that fragment "
                 "in A14. Nothing reaches the goal or indicator part, so the gold has no indicators, goals, facts or "
                 "findings; no coverage finding because no indicator table is present at all. Noted, not flagged (no rule): "
                 "the project is ticked 新设立项目 although its reason says the 复评 recurs every 2 years. Pattern 8: "
                 "template and instruction text (checkboxes, '适用…申报')."
    },
}


# ---------------------------------------------------------------- doc 5: 安徽 宣州区 干旱灾害救灾补助 自评报告
def build_xz(path):
    doc = new_doc()
    para(doc, "宣城市宣州区应急管理局(中央自然灾害救灾资金—干旱灾害救灾补助)转移支付 2022年度绩效自评报告及自评表",
         14, True, True)
    para(doc, "发布时间:2023-04-10 08:45", 9)
    para(doc, "来源:宣州区应急管理局", 9)
    para(doc, "浏览次数:", 9)
    para(doc, "字体:[大 中 小]", 9)
    para(doc, "宣城市宣州区应急管理局(中央自然灾害救灾资金—干旱灾害救灾补助)转移支付 2022年度绩效自评报告", 13, True, True)
    para(doc, "一、绩效目标分解下达情况", 12, True)
    para(doc, "按《安徽省财政厅关于拨付2022年中央自然灾害救灾资金(干旱灾害救灾补助)的通知》(皖财环〔2022〕912号)的规定,"
              "补助金额为70万元,用于缓解城乡居民用水困难,包括购置或租用应急储水、净水、供水设备,以及组织人力采取应急抗旱"
              "措施、保障城乡居民生活用水等方面的支出。")
    para(doc, "二、绩效情况分析", 12, True)
    para(doc, "(一)资金投入情况分析。", 11, True)
    para(doc, "截止2022年12月31日,此专项经费预算数70万元,全年执行数70万元,实际执行率100%。9月6日已向周王、新田、黄渡、"
              "洪林、杨柳、寒亭、孙埠、水东、狸桥和向阳共十个乡镇各下拨补助资金7万元。")
    para(doc, "(二)资金管理情况分析。", 11, True)
    para(doc, "依据《安徽省财政厅关于预拨2022年中央自然灾害救灾资金(干旱灾害救灾补助)的通知》皖财环〔2022〕912补助资金"
              "主要用于解决城乡用水困难,购置、租赁储水、净水、供水设备,以及组织人员采取应急抗旱措施保障城乡居民用水等。"
              "区应急局根据7-8月各乡镇的干旱受灾情况,为充分发挥救灾资金的救助作用,于2022年8月31日召开党委会会议研究"
              "70万元的分配方案:周王、新田、黄渡、洪林、杨柳、寒亭、孙埠、水东、狸桥和向阳十个乡镇各补助7万元,并于9月6日"
              "完成资金下拨工作。")
    para(doc, "有关乡镇积极采取行动,黄渡乡")
    doc.save(path)


XZ = {
    "file": "ah-xuanzhou-drought-relief-selfreport.docx",
    "build": build_xz,
    "gold": {
        "source_urls": ["http://m.6lm99.com/OpennessContent/show/2721777.html"],
        "province": "安徽",
        "doc_kind": "自评报告 (区应急管理局, 中央自然灾害救灾资金 干旱灾害救灾补助; 自评表未在存页中)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "目标",
             "text": "按《安徽省财政厅关于拨付2022年中央自然灾害救灾资金(干旱灾害救灾补助)的通知》(皖财环〔2022〕912号)"
                     "的规定,补助金额为70万元,用于缓解城乡居民用水困难,包括购置或租用应急储水、净水、供水设备,以及组织人力"
                     "采取应急抗旱措施、保障城乡居民生活用水等方面的支出。"},
        ],
        "facts": [
            {"metric": "执行率", "kind": "budget", "planned": 70, "actual": 70, "stated_rate": 100, "unit": "万元"},
            {"metric": "乡镇补助资金", "kind": "sum", "total": 70, "parts": [7, 7, 7, 7, 7, 7, 7, 7, 7, 7],
             "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.budget_text", "item": "按《安徽省财政厅关于拨付2022年中央自然灾害救灾资金(干旱灾害救灾补助)的通知》(皖财环〔2022〕912号)的规定,补助金额为70万元,用于缓解城乡居民用水困难,包括购置或租用应急储水、净水、供水设备,以及组织人力采取应急抗旱措施、保障城乡居民生活用水等方面的支出。",
             "why": "the only text under 一、绩效目标分解下达情况 states the grant (70万元) and lists what it may be spent "
                    "on; it sets no output or result to reach (no number of people, towns or days of water supply)"},
        ],
        "notes": "宣城市宣州区应急管理局 page of 2023-04-10, stored on a traditional-character mirror (m.6lm99.com) of the "
                 "宣城 government site; written back in simplified characters. The title promises '自评报告及自评表' but the "
                 "stored page ends inside 二(二) at '有关乡镇积极采取行动,黄渡乡', before any 自评表; the document stops there, "
                 "so there are no indicator rows. Kept as found: the 通知 is called 拨付 in section 一 and 预拨 in section 二 "
                 "with the same number; '皖财环〔2022〕912补助资金' without 号 and without brackets round the number; "
                 "'截止' for 截至. Facts: 70/70 = 100% and ten towns x 7万元 = 70万元 (the ten names counted: 周王、新田、"
                 "黄渡、洪林、杨柳、寒亭、孙埠、水东、狸桥、向阳) - both consistent, no finding. Judgement call: the goal "
                 "paragraph is flagged goal.budget_text (grant amount plus permitted uses); it is equally unquantified as a "
                 "result, but one finding is recorded for it. No coverage finding: the stored part has no indicator table."
    },
}

DOCS = [YN, HN, ZS, QS, XZ]


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        normalise_zip(path)
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src in (d["file"], pdf):
            gold = {"source": src}
            gold.update(d["gold"])
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
        print("wrote", d["file"], "+", pdf)


if __name__ == "__main__":
    main()
