#!/usr/bin/env python
"""blind172: real-layout documents of mass organisations / united-front bodies.

Gold first (plain Python data), then the builders (python-docx), the PDF export
(LibreOffice, own profile), the annotation files and a text check against the
pdftotext output of every PDF.

Run with /tmp/venv/bin/python from any directory.
"""
import copy
import datetime as _dt
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind172"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

GOLD = {}

# 1 ------------------------------------------------------------------------
F1 = "weizhi-weizhi-kepuxuanchuan-zipingbaogao"
GOLD[F1] = {
    "source_urls": ["http://m.cornels-photography.com/paper/204845145.html"],
    "province": None,
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [
        {"level1": "投入", "level2": "時效目標", "name": "績效目標完成率",
         "operator": None, "value": None, "unit": "%", "target_text": None,
         "actual": 69.23, "weight": None, "score": None},
        {"level1": "投入", "level2": "成本目標", "name": "預算執行率",
         "operator": None, "value": None, "unit": "%", "target_text": None,
         "actual": 7.14, "weight": None, "score": None},
        {"level1": "產出", "level2": "數 H H 目標", "name": "臨時人員人數",
         "operator": None, "value": None, "unit": None, "target_text": None,
         "actual": None, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "績效目標完成率", "kind": "rate", "numerator": 9, "denominator": 13,
         "stated": 69.23, "unit": "%"},
        {"metric": "預算執行率", "kind": "rate", "numerator": 36.94, "denominator": 70,
         "stated": 7.14, "unit": "%"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "績效目標完成率",
         "why": "only the actual (69.23%) is reported; no target value is stated for the row"},
        {"rule": "target.missing_value", "item": "預算執行率",
         "why": "only the actual (7.14%) is reported; no target value is stated for the row"},
        {"rule": "target.missing_value", "item": "臨時人員人數",
         "why": "row has a name but neither target nor actual (the document stops inside the row)"},
        {"rule": "target.input_or_process", "item": "績效目標完成率",
         "why": "share of targets met is a management/process measure, not an output or effect"},
        {"rule": "target.input_or_process", "item": "預算執行率",
         "why": "budget execution rate used as a performance indicator (input side, scored separately in 10号 forms)"},
        {"rule": "target.misfiled_dimension", "item": "績效目標完成率",
         "why": "filed under 時效目標 although it says nothing about timeliness"},
        {"rule": "consistency.rate", "item": "預算執行率",
         "why": "spent 36.94 of a budget of 70 (万元) is 52.77% (34.69% of the 106.5 received); the stated rate is 7.14%"},
    ],
    "notes": (
        "Stored page is a traditional-script mirror of a doc-sharing page; the script is kept. "
        "The mirror doubles most numerals and list markers ('7070', '106.5106.5', '(1)(1)', '1 1、'); "
        "the doubling is extraction stutter and was written once (70, 106.5, 36.94, 13, 9, 69.23, 7.14). "
        "The page number '2' inside '豐2富' and the garbled third row label '產出一數 H H 目標一臨時人員人數' "
        "are kept as found. The reporting unit and province are not named in the stored text "
        "(科普 funds are normally a 科协 budget line); province is null. The stored page stops inside row (3) "
        "('…實際完成情'), which is where the document stops. Funds received (106.5) exceed the approved "
        "budget (70); no rule id covers this, so it is only noted here."
    ),
}

# 2 ------------------------------------------------------------------------
F2 = "hebei-zunhua-canlian-zhuanzhiweiyuan-pingjiabaogao"
GOLD[F2] = {
    "source_urls": ["https://www.kunmingchi.com/archives/p4q58rogpw8pmom7ewb9.html"],
    "province": "河北省",
    "doc_kind": "绩效评价报告",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "支出合计(计划支出数)", "kind": "sum", "total": 21.7, "parts": [21.7], "unit": "万元"},
        {"metric": "支出合计(实际支出数)", "kind": "sum", "total": 21.7, "parts": [21.7], "unit": "万元"},
        {"metric": "计划安排资金", "kind": "sum", "total": 21.7, "parts": [21.7], "unit": "万元"},
        {"metric": "实际到位资金", "kind": "sum", "total": 21.7, "parts": [21.7], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "Doc-sharing page of 遵化市残疾人联合会's 2019 self-evaluation of the 村专职委员工作补贴 project "
        "(file name says 项目绩效自评报告, cover says 部门整体支出绩效评价报告 - kept as found). "
        "The 基本情况 form arrives as scrambled text; the 21.7 万元 amounts were placed in the 市县财政 column "
        "of 计划安排资金 and 实际到位资金 and in 实际支出 (judgement call: five occurrences of 21.7 in the text). "
        "The box before 部门(单位)绩效自评 is missing in the source and left missing. The stored page stops in "
        "(一)项目基本情况 at '每年年底'; the 项目绩效目标自评表 listed in the 目录 (item 6) is not in the stored "
        "part, so the document holds no indicator rows. No finding: all amounts agree."
    ),
}

# 3 ------------------------------------------------------------------------
F3 = "sichuan-meishan-canlian-shiyefazhan-zipingbaogao"
G3_1 = "20xx年中、省下达残疾人事业发展补助资金合计1067.2万元"
G3_2 = ("开展残疾人基本康复服务年度工作,为残疾人适配辅助器具,为肢体、视力、精神、智力残疾人"
        "提供基本康复服务,努力提高受助残疾人的生活自理和社会参与能力")
G3_3 = "完成农村实用技术培训年度工作,提高残疾人劳动技能,提高残疾人教育水平"
GOLD[F3] = {
    "source_urls": ["http://meiwen.anslib.com/fanwenku/414301.html"],
    "province": "四川省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "年初总体目标", "text": G3_1},
        {"kind": "总体绩效目标", "text": G3_2},
        {"kind": "总体绩效目标", "text": G3_3},
    ],
    "facts": [
        {"metric": "中央资金", "kind": "sum", "total": 776.84, "parts": [323.97, 452.87], "unit": "万元"},
        {"metric": "省级资金", "kind": "sum", "total": 290.36, "parts": [270.36, 20], "unit": "万元"},
        {"metric": "中、省下达资金合计", "kind": "sum", "total": 1067.2, "parts": [776.84, 290.36], "unit": "万元"},
        {"metric": "中央资金预算执行率", "kind": "rate", "numerator": 636.75, "denominator": 776.84,
         "stated": 81.97, "unit": "%"},
        {"metric": "省级资金预算执行率", "kind": "rate", "numerator": 288.26, "denominator": 290.36,
         "stated": 99.28, "unit": "%"},
        {"metric": "地方资金预算执行率", "kind": "rate", "numerator": 877.99, "denominator": 877.99,
         "stated": 100, "unit": "%"},
        {"metric": "其他资金(上年结转)预算执行率", "kind": "rate", "numerator": 44.85, "denominator": 44.89,
         "stated": 99.91, "unit": "%"},
        {"metric": "投入资金", "kind": "sum", "total": 1987.08, "parts": [776.84, 290.36, 992.88], "unit": "万元"},
        {"metric": "全年执行资金", "kind": "sum", "total": 1847.85,
         "parts": [636.75, 288.26, 877.99, 44.85], "unit": "万元"},
        {"metric": "执行率", "kind": "rate", "numerator": 1847.85, "denominator": 1987.08,
         "stated": 92.9, "unit": "%"},
    ],
    "findings": [
        {"rule": "goal.budget_text", "item": G3_1,
         "why": "the 年初总体目标 only states how much money was allocated, no output or effect"},
        {"rule": "goal.unquantified", "item": G3_2,
         "why": "no number of persons served or devices fitted; '努力提高' has no baseline or target"},
        {"rule": "goal.unquantified", "item": G3_3,
         "why": "no number of trainees; '提高' twice without a value"},
        {"rule": "consistency.sum", "item": "投入资金",
         "why": "776.84 + 290.36 + 992.88 = 2060.08, not the stated 1987.08 万元"},
        {"rule": "consistency.sum", "item": "地方资金",
         "why": "section 一 gives 地方投入 877.99 万元 (plus 44.89 结转), section 二 gives 地方资金投入 992.88 万元"},
        {"rule": "consistency.rate", "item": "执行率",
         "why": "1847.85 / 1987.08 = 92.99%, which is 93.0% at one decimal, not 92.9%"},
    ],
    "notes": (
        "Stored page is a 范文 compilation ('残联项目绩效自评报告(精选6篇)'); only piece 1 (眉山市残联, "
        "a 残疾人事业发展补助资金 self-evaluation) is in the stored part and is reproduced. The site "
        "masks years as '20xx' - kept. '290.36万' (without 元) and '截止20xx年12月31日' kept as written. "
        "Long sentences re-worded, all numbers kept. The page stops at item '3.通' of "
        "(二)总体绩效目标完成情况分析, where the document stops. The executed parts (636.75 + 288.26 + "
        "877.99 + 44.85) do add up to 1847.85."
    ),
}

# 4 ------------------------------------------------------------------------
F4 = "jiangxi-nanchang-gongrenwenhuagong-zhengti-zipingbaogao"
G4_1 = ("秉持为职工服务、为工运事业服务的宗旨,以广泛开展职工文化活动、提高职工素质为主要目标,"
        "面向基层和全市职工群众举办形式多样、群众喜爱的公益性文化、体育、文艺和教育活动,"
        "努力满足全市职工群众的精神文化需求")
G4_T = [
    "一是积极开展公益性文体活动",
    "二是开展“为群众办实事夏送清凉”为主题的送清凉活动",
    "三是持续加强综合治理工作",
    "四是积极承办市总其他文体活动",
]
G4_6 = "着力做好优化对职工精神文化服务这篇文章,坚持为职工服务、为工运事业服务"
GOLD[F4] = {
    "source_urls": ["https://12351.ncszgh.gov.cn/article/22380"],
    "province": "江西省",
    "doc_kind": "绩效自评报告",
    "patterns": [8, 10],
    "indicators": [],
    "goals": ([{"kind": "部门履职总体目标", "text": G4_1}]
              + [{"kind": "年度工作任务", "text": t} for t in G4_T]
              + [{"kind": "年度整体支出绩效目标", "text": G4_6}]),
    "facts": [
        {"metric": "内设职能部门", "kind": "count", "total": 7,
         "parts": ["办公室", "财务科", "经营科", "宣教科", "物业科", "保卫科", "文体科"], "unit": "个"},
    ],
    "findings": (
        [{"rule": "goal.unquantified", "item": G4_1,
          "why": "no number of activities, participants or target groups; '努力满足' cannot be measured"}]
        + [{"rule": "goal.unquantified", "item": t,
            "why": "task stated without any quantity, date or standard"} for t in G4_T]
        + [{"rule": "goal.unquantified", "item": G4_6,
            "why": "整体支出绩效目标 worded as a slogan, no measurable result"}]
    ),
    "notes": (
        "Attachment 7 of 南昌市总工会's 2021 self-evaluation package: the 整体支出绩效自评报告 of the "
        "工人文化宫 (a 总工会 unit). Long paragraphs re-worded, facts kept (1954年6月15日, 八一大道361号, "
        "2009年10月, 编制82人, 在职49人, 7 departments). '作好' kept as written. The stored page stops inside "
        "(三)当年部门年度整体支出绩效目标, after '…为工运事业服务'; no indicator table is reached."
    ),
}

ORDER = [F1, F2, F3, F4]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

FIXED_DT = _dt.datetime(2024, 1, 1, 0, 0, 0)


def new_doc(font_east="Noto Serif CJK SC"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font_east)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
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


def grid(d, nrows, ncols):
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def put(t, r, c, text, r2=None, c2=None, bold=False):
    cell = t.cell(r, c)
    if r2 is not None or c2 is not None:
        cell = cell.merge(t.cell(r2 if r2 is not None else r, c2 if c2 is not None else c))
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    return cell


def build_f1(path):
    d = new_doc("Noto Serif CJK TC")
    d.core_properties.title = "2018年度科普宣傳經費項目績效評價自評報告"
    para(d, "2018年度科普宣傳經費項目績效評價自評報告", bold=True, center=True, size=15)
    para(d, "一、項目總體情況", bold=True)
    para(d, "科普宣傳經費主要用於開展各類科普活動、維持科技場館運轉以及基層科普設施建設等。"
            "本項目申報金額 70 萬元,預算批復 70 萬元,當年實際到位 106.5 萬元,支出 36.94 萬元。"
            "項目依照各項文件要求規範管理和使用資金,廣泛開展各類科普活動,力求以合理的財政投入"
            "取得盡可能大的社會效益。")
    para(d, "二、項目績效評價結論", bold=True)
    para(d, "(一) 項目績效目標完成情況及項目績效自評等級")
    para(d, "1、設置績效目標數 13 個、績效目標完成數 9 個,績效目標完成率69.23%。")
    para(d, "2、項目績效自評等級為良。")
    para(d, "(二) 項目實施過程中存在的問題和改進建議")
    para(d, "1、存在問題")
    para(d, "(1) 宣傳範圍不夠廣。")
    para(d, "(2) 宣傳氛圍不夠濃厚。")
    para(d, "2、改進建議")
    para(d, "(1) 增加進社區、進鄉村、進學校、進單位、進企業的次數,擴大宣傳氛圍。")
    para(d, "(2) 加大經費投入,線上與線下相結合,突出宣傳重點,豐2富宣傳手段,提升科普宣傳的影響力和吸引力。")
    para(d, "(三)績效自評指標完成情況具體分析")
    para(d, "本項目共設置績效目標 13 個,實際完成 9 個,具體完成情況如下:")
    para(d, "(1) 投入-時效目標-績效目標完成率實際完成情況:實際完成 69.23%,未完成目標的原因是預算執行率未完成預計目標。")
    para(d, "(2) 投入-成本目標-預算執行率實際完成情況: 實際完成 7.14%,未完成目標的原因是優先使用上年度結轉資金。")
    para(d, "(3) 產出一數 H H 目標一臨時人員人數實際完成情")
    d.save(path)


def build_f2(path):
    d = new_doc()
    d.core_properties.title = "遵化市残疾人联合会部门整体支出绩效评价报告"
    para(d, "遵化市残疾人联合会部门整体支出绩效评价报告", bold=True, center=True, size=16)
    para(d, "遵化市残疾人联合会", center=True)
    para(d, "遵化市残疾人联合会编制", center=True)
    para(d, "遵化市残疾人联合会审核", center=True)
    para(d, "目 录", bold=True, center=True)
    for line in ["1、项目基本概括", "2、项目支出明细表", "3、项目考评情况", "4、考评人员",
                 "5、主管部门项目绩效自评报告", "6、项目绩效目标自评表", "7、附件",
                 "附件 1:年初预算项目申请表", "附件 2:项目照片", "附件 3:项目实施依据",
                 "附件 4:三定方案", "附件 5:组织机构代码证", "附件 6:财政局批复", "附件 7:单位付款凭证"]:
        para(d, line)
    para(d, "遵化市预算支出项目绩效评价报告", bold=True, center=True, size=14)
    t = grid(d, 6, 2)
    rows = [("项目名称", "村专职委员工作补贴"),
            ("项目单位", "遵化市残疾人联合会"),
            ("主管部门", "遵化市残疾人联合会"),
            ("考评类型", "事前考评□    事中考评□    事后考评☑"),
            ("考评方式", "部门(单位)绩效自评    财政部门组织考评□"),
            ("考评机构", "中介机构□    部门(单位)考评组☑    财政考评组□")]
    for i, (a, b) in enumerate(rows):
        put(t, i, 0, a)
        put(t, i, 1, b)
    para(d, "2019 年 11 月 20 日", center=True)
    para(d, "遵化市财政局(制)", center=True)

    para(d, "一、项目基本情况", bold=True)
    t = grid(d, 8, 6)
    put(t, 0, 0, "项目负责人")
    put(t, 0, 1, "亢兰兰", c2=2)
    put(t, 0, 3, "联系电话")
    put(t, 0, 4, "6613535", c2=5)
    put(t, 1, 0, "地    址")
    put(t, 1, 1, "通华东街 86 号", c2=2)
    put(t, 1, 3, "邮编")
    put(t, 1, 4, "064200", c2=5)
    put(t, 2, 0, "项目起止时间")
    put(t, 2, 1, "2019.1.1-2019.12.30", c2=5)
    for top, label in ((3, "计划安排资金(万元)"), (5, "实际到位资金(万元)")):
        put(t, top, 0, label, r2=top + 1)
        put(t, top, 1, "21.7", r2=top + 1)
        put(t, top, 2, "其中:中央财政")
        put(t, top, 3, "省财政")
        put(t, top, 4, "市县财政")
        put(t, top, 5, "其它")
        put(t, top + 1, 2, "")
        put(t, top + 1, 3, "")
        put(t, top + 1, 4, "21.7")
        put(t, top + 1, 5, "")
    put(t, 7, 0, "实际支出(万元)")
    put(t, 7, 1, "21.7", c2=5)

    para(d, "二、项目支出明细情况", bold=True)
    t = grid(d, 3, 3)
    for i, row in enumerate([("支出内容\n(经济科目)", "计划支出数", "实际支出数"),
                             ("30399 村专职委员工作补贴", "21.7", "21.7"),
                             ("支出合计", "21.7", "21.7")]):
        for j, v in enumerate(row):
            put(t, i, j, v, bold=(i == 0))

    para(d, "三、项目考评情况", bold=True)
    para(d, "(一)项目基本情况")
    para(d, "经遵化市政府办公会(2011.3 号)研究通过,每个村选聘 1 名残疾人专职委员承担残疾人相关工作,"
            "以健全基层残疾人组织、加强对本市残疾人的服务管理,便于残疾人就近办理各项事务,缓解残疾人"
            "出行难、行动不便等困难。每名残疾人专职委员每年工作补贴为 500 元,每年年底")
    d.save(path)


def build_f3(path):
    d = new_doc()
    d.core_properties.title = "残联项目绩效自评报告"
    para(d, "残联项目绩效自评报告(精选6篇)1", bold=True, center=True, size=15)
    para(d, "一、绩效目标分解下达情况", bold=True)
    para(d, "项目年初总体目标为:" + G3_1 + "。其中中央资金776.84万元(一般公共预算323.97万元,"
            "彩票公益金452.87万元);省级资金290.36万(一般公共预算270.36万元,彩票公益金20万元)。"
            "此外,20xx年地方投入残疾人事业发展补助资金877.99万元,20xx年结转资金44.89万元。")
    para(d, "实际完成情况为:截止20xx年12月31日,眉山市中央资金完成636.75万元,预算执行率81.97%;"
            "省级资金完成288.26万元,预算执行率99.28%;地方资金完成877.99万元,预算执行率100%;"
            "其他资金(上年结转)完成44.85万元,预算执行率99.91%。")
    para(d, "二、绩效目标完成情况分析", bold=True)
    para(d, "(一)资金投入情况分析。")
    para(d, "20xx年眉山市残疾人事业发展补助资金(一般公共预算)与中央专项彩票公益金支持残疾人事业发展"
            "补助合计投入资金1987.08万元,其中中央资金投入776.84万元,省级资金投入290.36万元,"
            "地方资金投入992.88万元。全年执行资金1847.85万元,执行率92.9%。")
    para(d, "(二)总体绩效目标完成情况分析。")
    para(d, "1." + G3_2 + "。")
    para(d, "2." + G3_3 + "。")
    para(d, "3.通")
    d.save(path)


def build_f4(path):
    d = new_doc()
    d.core_properties.title = "南昌市工人文化宫整体支出绩效自评报告"
    para(d, "附件7:")
    para(d, "南昌市工人文化宫整体支出绩效自评报告", bold=True, center=True, size=15)
    para(d, "(2021年度)", center=True)
    para(d, "部门(单位):南昌市工人文化宫(盖章)")
    para(d, "一、部门概况", bold=True)
    para(d, "(一)部门基本情况")
    para(d, "1.部门主要职责职能")
    for line in [
        "(1)以服务职工、服务社会、服务工运事业为宗旨,为广大职工和社会提供健全有益的活动场所,"
        "把工人文化宫办成职工的“学校和乐园”;",
        "(2)组织职工开展文体活动;",
        "(3)为基层工会开展文体活动提供指导服务;",
        "(4)送文化产品下基层;",
        "(5)作好工人文化宫资产保值增值;",
        "(6)围绕工人中心工作,完成市总工会交办的其他工作。",
    ]:
        para(d, line)
    para(d, "2.组织架构")
    para(d, "南昌市工人文化宫隶属于南昌市总工会,始建于1954年6月15日,为社团公益性文化事业单位,"
            "原址位于市中心八一大道361号。2009年10月,单位性质由自收自支、企业化管理的事业单位"
            "转为财政差额拨款事业单位,经费渠道不变。宫内设办公室、财务科、经营科、宣教科、物业科、"
            "保卫科、文体科七个职能部门,下辖南昌市工人艺术团和南昌职工艺文院。")
    para(d, "3.人员情况")
    para(d, "编制部门核定南昌市工人文化宫编制数为82人,2021年末实际在职49人。")
    para(d, "(二)当年部门履职总体目标和工作目标")
    para(d, "1.部门履职总体目标")
    para(d, G4_1 + "。")
    para(d, "2.年度工作任务")
    for t in G4_T:
        para(d, t + "。")
    para(d, "(三)当年部门年度整体支出绩效目标")
    para(d, G4_6)
    d.save(path)


BUILDERS = {F1: build_f1, F2: build_f2, F3: build_f3, F4: build_f4}

# ---------------------------------------------------------------------------
# DETERMINISM, EXPORT, ANNOTATIONS, CHECK
# ---------------------------------------------------------------------------


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and a stable member order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    first = [it for it in items if it[0] == "[Content_Types].xml"]
    rest = sorted(it for it in items if it[0] != "[Content_Types].xml")
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in first + rest:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def export_pdf(src):
    profile = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = os.path.splitext(src)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for %s" % src)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                                check=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            v = ind.get(key)
            if v and squash(v) not in txt:
                missing.append((key, v))
    for g in gold["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for stem in ORDER:
        src = os.path.join(HERE, stem + ".docx")
        BUILDERS[stem](src)
        normalise_zip(src)
        pdf = export_pdf(src)
        gold = GOLD[stem]
        for fname in (os.path.basename(src), os.path.basename(pdf)):
            ann = {"source": fname}
            ann.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check_pdf(pdf, gold)
        status = "ok" if not miss else "MISSING %s" % miss
        bad += bool(miss)
        print("%-60s ind=%d goals=%d findings=%d facts=%d  %s" % (
            stem, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]),
            len(gold["facts"]), status))
    tot = {k: sum(len(GOLD[s][k]) for s in ORDER) for k in ("indicators", "goals", "findings", "facts")}
    print("totals:", tot)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
