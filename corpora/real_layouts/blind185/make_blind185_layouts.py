#!/usr/bin/env python
"""blind185: code-blind real-layout documents (urban services / housing / transport).

Gold first (as Python data), then the builders (python-docx), the LibreOffice PDF
export, the annotation files and the pdftotext check.

Run: /tmp/venv/bin/python make_blind185_layouts.py
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

PART = "blind185"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FONT = "Noto Serif CJK SC"

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages, before anything reads the built files)
# ---------------------------------------------------------------------------

GOLD = {}

# 1. 山西 阳泉 市政设施养护费项目 重点绩效评价报告 (stored page stops inside the 产出 table)
GOLD["shanxi-yangquan-shizhengsheshi-pingjiabaogao"] = {
    "source_urls": ["https://bjhyqtwl.com/czj/tzgg/202302/t20230202_1435322"],
    "province": "山西省",
    "doc_kind": "绩效评价报告",
    "patterns": [1, 5, 6],
    "indicators": [
        {"level1": "产出", "level2": "产出数量", "name": "市政道路设施管护",
         "operator": None, "value": 83, "unit": "条",
         "target_text": "城市道路83条,其中主干路12条,次干路17条,支路54条,道路总长度为89. 44km,总面积为199万平米,车行道面积为140.5万平米,人行道面积为58.5万平米。",
         "actual": None, "weight": None, "score": None},
        {"level1": "产出", "level2": "产出数量", "name": "市政桥梁、涵洞设施管护",
         "operator": None, "value": 24, "unit": "座",
         "target_text": "城市桥梁24座,其中行车桥梁22座,行人桥梁2座,总面积为87573平米以及通道9座,总长度为493m,总面积为3909平米;涵洞3座,总面积为449平米;隧道2座, 总面枳为3777平米。",
         "actual": None, "weight": None, "score": None},
        {"level1": "产出", "level2": "产出数量", "name": "市政排水设",
         "operator": None, "value": None, "unit": None, "target_text": None,
         "actual": None, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "总体目标",
         "text": "为贯彻国家、省、市第十四个五年规划相关精神,加强城市基础设施建设,增强城市综合承载能力,保障城市运行安全。为促进我市城市经济发展、提升公共服务提供重要支撑。"},
    ],
    "facts": [
        {"metric": "城市道路条数", "kind": "sum", "total": 83, "parts": [12, 17, 54], "unit": "条"},
        {"metric": "城市道路面积", "kind": "sum", "total": 199, "parts": [140.5, 58.5], "unit": "万平米"},
        {"metric": "城市桥梁座数", "kind": "sum", "total": 24, "parts": [22, 2], "unit": "座"},
    ],
    "findings": [
        {"rule": "goal.unquantified",
         "item": "为贯彻国家、省、市第十四个五年规划相关精神,加强城市基础设施建设,增强城市综合承载能力,保障城市运行安全。为促进我市城市经济发展、提升公共服务提供重要支撑。",
         "why": "总体目标只有加强/增强/保障/提升等方向词,没有任何数量、比率或期限"},
        {"rule": "target.missing_value", "item": "市政排水设",
         "why": "第三行只剩被截断的指标名,指标数值单元格为空(存储页在此截止)"},
    ],
    "notes": ("Stored page stops in the third 三级 cell ('市政排水设'); I built the table up to there and left "
              "the cut row with an empty 指标数值 cell. The stored text shows the 一级 label as '产出 产出' "
              "(two lines); I read it as one vertically merged cell '产出' and merged it over the three rows, "
              "likewise '产出数量' merged down. The 指标数值 cells are inventories with several quantities; value/unit "
              "take the first headline count (83条, 24座). Typos kept: '89. 44km', '总面枳'. Background paragraphs "
              "rewritten in my own words, numbers and document numbers kept. Only 产出数量 rows exist before the "
              "cut, so I did not flag coverage."),
}

# 2. 福建 永安 城市新能源公交车运营补贴资金自评报告(2021年度) (traditional characters on the stored page)
GOLD["fujian-yongan-xinnengyuangongjiao-zipingbaogao"] = {
    "source_urls": ["https://0477ly.com/newsdetail/news399673.html"],
    "province": "福建省",
    "doc_kind": "绩效自评报告",
    "patterns": [8, 10],
    "indicators": [
        {"level1": "地方財政投入情況", "level2": None, "name": "城市公交成本規制財政補貼兌現率",
         "operator": None, "value": None, "unit": None, "target_text": None,
         "actual": 0, "weight": None, "score": None},
        {"level1": "新能源公交車推廣應用情況", "level2": None, "name": "新能源車占比",
         "operator": None, "value": None, "unit": "%", "target_text": None,
         "actual": 100, "weight": None, "score": None},
        {"level1": "新能源公交車數量情況", "level2": None, "name": "新能源公交車標臺合計數",
         "operator": None, "value": None, "unit": "標臺", "target_text": None,
         "actual": 200, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "轄區城市公交車輛總數", "kind": "sum", "total": 194, "parts": [194, 0], "unit": "輛"},
        {"metric": "新能源車占比", "kind": "rate", "stated": 100, "numerator": 194, "denominator": 194, "unit": "%"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "城市公交成本規制財政補貼兌現率",
         "why": "只報告實際值0,沒有任何目標值;且0無單位"},
        {"rule": "target.missing_value", "item": "新能源車占比",
         "why": "只報告實際值100%,報告中沒有年度目標值可比較"},
        {"rule": "target.missing_value", "item": "新能源公交車標臺合計數",
         "why": "只報告200標臺,沒有目標值"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "自評報告只列投入與數量情況,沒有任何乘客/服務對象滿意度內容"},
    ],
    "notes": ("The stored page is a mirror in traditional characters with pinyin glosses inserted after many "
              "characters (e.g. '據(jù)'); I dropped the glosses and kept the traditional characters. Numbering "
              "jumps from '一、' to '2.', '3.', '4.' as on the page; stray doubled commas kept in two places. "
              "The three reported metrics are read as an indicator list with actual values only (no targets). "
              "The page ends with the signature/date line; the two 附件 tables are only named. The notice "
              "sentence at the top is rewritten in my own words, dates and phone number kept."),
}

# 3. 湖南 株洲 渌口区 城镇老旧小区改造及配套工程 自评报告 (prose; stored page stops inside item ④)
GOLD["hunan-lukou-laojiuxiaoqu-zipingbaogao"] = {
    "source_urls": ["http://www.lukou.gov.cn/c18753/20210908/i1766836.html"],
    "province": "湖南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "区级专项资金用途", "kind": "sum", "total": 200, "parts": [43.96, 105.04, 45, 6], "unit": "万元"},
        {"metric": "资金拨付进度", "kind": "rate", "stated": 100, "numerator": 66.86, "denominator": 200, "unit": "%"},
    ],
    "findings": [
        {"rule": "consistency.rate", "item": "资金拨付进度",
         "why": "报告称资金拨付进度100%,但200万元中只拨付66.86万元,66.86/200=33.43%"},
    ],
    "notes": ("Prose-only self-evaluation report; no indicator table before the page stops (it stops at "
              "'④梅苑路老旧小区改造项目缺口资金6万'). Headings kept as found, including the missing '(一)' "
              "before 资金投入情况分析 and the space before '%'. Longer sentences rewritten in my own words, every "
              "amount, count, date and document number kept."),
}

# 4. 云南 红河 泸西县 租赁补贴 绩效评价自评报告 (prose; stored page stops in 二、1.前期准备)
GOLD["yunnan-luxi-zulinbutie-zipingbaogao"] = {
    "source_urls": ["https://www.hhlx.gov.cn/info/3041/287031.htm"],
    "province": "云南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "总体目标", "text": "2020年租赁补贴计划发放300户,实际发放366户,超额66户。"},
        {"kind": "阶段性目标",
         "text": "1、以2019年11月至12月已享受廉租住房租赁补贴的83户家庭为基础,经入户调查、初审、一榜公示和复审等核实工作,将其纳入2020年廉租住房租赁补贴发放对象;发放标准沿用原廉租住房租赁补贴标准:保障建筑面积15平方米/人,人均9.50元/平方米/月。"},
        {"kind": "阶段性目标",
         "text": "2、将经2020年县保障性住房建设工作领导小组会议审批通过、处于轮侯状态并自愿进行了公租房租赁补贴申请工作的户保障性住房申请家庭283户,纳入2020年公租房租赁补贴发放对象;发放标准为42元/户˙月。"},
    ],
    "facts": [
        {"metric": "租赁补贴发放户数", "kind": "sum", "total": 366, "parts": [300, 66], "unit": "户"},
        {"metric": "租赁补贴发放对象户数", "kind": "sum", "total": 366, "parts": [83, 283], "unit": "户"},
    ],
    "findings": [
        {"rule": "goal.process_only",
         "item": "1、以2019年11月至12月已享受廉租住房租赁补贴的83户家庭为基础,经入户调查、初审、一榜公示和复审等核实工作,将其纳入2020年廉租住房租赁补贴发放对象;发放标准沿用原廉租住房租赁补贴标准:保障建筑面积15平方米/人,人均9.50元/平方米/月。",
         "why": "阶段性目标只描述核实程序和发放标准,没有说明要达到的结果"},
        {"rule": "goal.unmeasured", "item": "2020年租赁补贴计划发放300户,实际发放366户,超额66户。",
         "why": "总目标里写的是完成情况而非目标;报告在截止前没有任何指标表支撑"},
    ],
    "notes": ("Prose-only report; the stored page stops at '制定切实可行的工'. The 83 + 283 = 366 sum is implied "
              "by the two 阶段性目标 (not stated as a total). Odd symbol '˙' in '42元/户˙月' and the doubled "
              "'...申请工作的户保障性住房申请家庭283户' wording (a stray '户') kept. 项目概况 paragraph rewritten; its two document numbers kept."),
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    r.font.size = Pt(9)


def save_deterministic(d, path):
    tmp = path + ".tmp"
    d.save(tmp)
    with zipfile.ZipFile(tmp) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    items.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_yangquan(path):
    g = GOLD["shanxi-yangquan-shizhengsheshi-pingjiabaogao"]
    d = new_doc()
    para(d, "按照《阳泉市财政局关于开展2022年度重点绩效评价工作的通知》(阳财绩〔2022〕6号)的安排,阳泉市财政局委托"
            "阳泉市财政预算评审中心,对阳泉市城市管理局市政设施养护费项目支出3666.26万元开展绩效评价。")
    para(d, "一、概述要素", bold=True)
    para(d, "(一)项目概况", bold=True)
    para(d, "市民出行离不开道路及市政道路设施的日常维护,这项工作也是城市正常运转的重要保障。依据2020年5月8日"
            "《阳泉市财政局 阳泉市人力资源和社会保障局 中共阳泉市委机构编制委员会办公室关于2020年市直公益二类事业单位"
            "实施政府购买服务改革工作有关事项的通知》(阳财综〔2020〕23号)以及2020年11月16日《中共阳泉市委机构编制"
            "委员会办公室关于印发阳泉市城市管理局所属事业单位机构职能编制规定的通知》(阳编办字〔2020〕70号),"
            "市政设施养护项目由阳泉市城市管理局委托阳泉市市政工程管理处具体实施。")
    para(d, "本次评价的对象和范围是2021年度财政预算资金3666.26万元的市政设施管护费项目支出绩效情况。")
    para(d, "(二)项目绩效目标", bold=True)
    para(d, "项目总体目标:" + g["goals"][0]["text"])
    para(d, "项目具体目标:")
    para(d, "1.产出指标")
    rows = g["indicators"]
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标数值"]):
        set_cell(t.cell(0, j), h, bold=True)
    for i, ind in enumerate(rows, start=1):
        set_cell(t.cell(i, 2), ind["name"])
        set_cell(t.cell(i, 3), ind["target_text"] or "")
    from docx.shared import Cm
    t.autofit = False
    for j, w in enumerate([Cm(1.8), Cm(2.2), Cm(4.2), Cm(8.3)]):
        t.columns[j].width = w
        for row in t.rows:
            row.cells[j].width = w
    a = t.cell(1, 0).merge(t.cell(len(rows), 0))
    set_cell(a, "产出")
    b = t.cell(1, 1).merge(t.cell(len(rows), 1))
    set_cell(b, "产出数量")
    save_deterministic(d, path)


def build_yongan(path):
    d = new_doc()
    para(d, "依照《福建省財政廳、福建省交通運輸廳關於印發<福建省農村道路客運和城市交通發展獎勵漲價補貼資金管理辦法>的通知》"
            "(閩財規〔2023〕8號)的規定,現對《2021年度城市新能源公交車運營補貼資金自評報告》進行公示,,公示期自"
            "2023年8月14日起至2023年8月18日止(五個工作日內),,聯系人:吳常勝 聯系電話:0598-3633959")
    para(d, "永安市交通運輸局")
    para(d, "2023年8月11日")
    para(d, "永安市城市新能源公交車運營補貼資金自評報告(2021年度)", bold=True, center=True, size=13)
    para(d, "一、地方財政投入情況", bold=True)
    para(d, "1、永安市暫未出臺城市公交成本規制財政補貼政策的")
    para(d, "2、永安市暫未開展城市公交企業成本評估測算")
    para(d, "3、永安市上年度城市公交成本規制財政補貼兌現率為0,因暫未出臺城市公交成本規制")
    para(d, "2.新能源公交車推廣應用情況", bold=True)
    para(d, "永安市推廣應用新能源公交車,轄區城市公交車輛總數194輛,其中新能源汽車194輛,傳統能源車0輛,新能源車占比100%")
    para(d, "3.國家示範工程創建城市情況", bold=True)
    para(d, "永安市尚未開展國家公交都市建設示範城市或綠色出行城市的創建工作")
    para(d, "4.新能源公交車數量情況", bold=True)
    para(d, "永安市2021年度新能源公交車標臺合計數為:200標臺")
    para(d, "附件:1、2021年度城市新能源公交車運營補貼資金考核評分表")
    para(d, "2、城市公交車輛信息明細表(永安2021年度)")
    para(d, "永安市交通運輸局")
    para(d, "2023年8月7日")
    save_deterministic(d, path)


def build_lukou(path):
    d = new_doc()
    para(d, "一、绩效自评工作开展情况", bold=True)
    para(d, "按照区财政局《关于做好2020年预算绩效管理工作的通知》(渌财通[2020]23号)的要求,我中心组织开展了2020年"
            "预算绩效管理重点项目的绩效评价,围绕城镇老旧小区改造及配套工程项目的资金投入和绩效目标完成等情况进行自评,"
            "自评报告如下:")
    para(d, "二、绩效目标自评完成情况分析", bold=True)
    para(d, "资金投入情况分析。")
    para(d, "1.项目资金到位情况分析。")
    para(d, "为确保老旧小区改造按期完成,区级财政在年初预算中安排专项资金200万元,用来补足保障性住房建设、老旧小区改造"
            "及配套工程项目的资金缺口。")
    para(d, "2.项目资金执行情况分析。")
    para(d, "对区级年初预算的200万元专项资金,已按合同约定和施工进度拨付资金66.86万元,资金拨付进度100% 。")
    para(d, "3.项目资金管理情况分析。")
    para(d, "我中心按区财政部门的要求按时编报了《2020年项目支出绩效目标表》并开展绩效评价,专项资金严格按财政、审计"
            "部门的要求使用,没有截留和挪用。")
    para(d, "(二)绩效目标完成情况分析。", bold=True)
    para(d, "产出指标完成情况分析。")
    para(d, "区级年初预算的200万元专项资金用于以下支付:①大石围小区提质改造项目工程尾款43.96万元,项目改造小区数1个、"
            "改造户数550户,已于2020年9月完成竣工结算,工程款全部付清;②渌口区老旧小区提质改造第二批次项目缺口资金"
            "105.04万元,项目改造小区数21个、改造户数733户,预计2021年2月完工,目前工程进度款已由上级专项资金支付,"
            "这105.04万元待工程竣工验收后视资金缺口情况支付;③渌口区杨家山片区老旧小区改造配套基础设施项目前期费用45万元,"
            "可研、立项、预算编制、设计等前期工作已经完成,现已进入招投标程序,预计2021年12月前完工,前期费用余款将在"
            "2021年4月前付清;④梅苑路老旧小区改造项目缺口资金6万")
    save_deterministic(d, path)


def build_luxi(path):
    g = GOLD["yunnan-luxi-zulinbutie-zipingbaogao"]
    d = new_doc()
    para(d, "索引号000014348/2021-02384    发布机构泸西县财政局    发布日期2021-08-24    时效性有效")
    para(d, "泸西县住房保障与物业管理站2020年预算项目支出(租赁补贴)绩效评价自评报告", bold=True, center=True, size=13)
    para(d, "一、项目基本情况", bold=True)
    para(d, "(一)项目概况。")
    para(d, "为规范、合理发放我县保障性住房租赁补贴,使更多符合条件的住房困难家庭通过实物配租和货币补贴两种方式做到"
            "“应保尽保”,我站依据《云南省住房和城乡建设厅 云南省财政厅转发住房城乡建设部 财政部关于做好城镇住房保障家庭"
            "租赁补贴工作指导意见的通知》(云建保﹝2017﹞305号)和《住房城乡建设部 财政部关于做好城镇住房保障家庭租赁补贴"
            "工作的指导意见》(建保〔2016〕281号),结合泸西实际核定补贴发放对象和发放标准,并据此按季度完成保障性安居工程"
            "租赁补贴的发放。")
    para(d, "(二)项目绩效目标。")
    para(d, "1.项目绩效总目标。")
    para(d, g["goals"][0]["text"])
    para(d, "2. 项目绩效阶段性目标。")
    para(d, g["goals"][1]["text"])
    para(d, g["goals"][2]["text"])
    para(d, "二、绩效评价工作情况", bold=True)
    para(d, "1.前期准备。")
    para(d, "首先,全面收集资料,明确项目重点,制定切实可行的工")
    save_deterministic(d, path)


BUILDERS = {
    "shanxi-yangquan-shizhengsheshi-pingjiabaogao": build_yangquan,
    "fujian-yongan-xinnengyuangongjiao-zipingbaogao": build_yongan,
    "hunan-lukou-laojiuxiaoqu-zipingbaogao": build_lukou,
    "yunnan-luxi-zulinbutie-zipingbaogao": build_luxi,
}

# ---------------------------------------------------------------------------
# export, annotations, check
# ---------------------------------------------------------------------------


def to_pdf(src):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(src)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(base, pdf):
    g = GOLD[base]
    txt = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    need = []
    for ind in g["indicators"]:
        need.append(("indicator", ind["name"]))
        if ind.get("target_text"):
            need.append(("target_text", ind["target_text"]))
    for go in g["goals"]:
        need.append(("goal", go["text"]))
    for f in g["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the missing dimension is, by definition, not in the document
        need.append(("finding", f["item"]))
    bad = [(k, v) for k, v in need if norm(v) not in txt]
    return bad


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = 0
    for base, builder in BUILDERS.items():
        src = os.path.join(HERE, base + ".docx")
        builder(src)
        pdf = to_pdf(src)
        for f in (src, pdf):
            ann = {"source": os.path.basename(f)}
            ann.update(copy.deepcopy(GOLD[base]))
            with open(os.path.join(ANN, os.path.basename(f) + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
        bad = check(base, pdf)
        if bad:
            problems += len(bad)
            for k, v in bad:
                print("MISSING in %s: %s: %s" % (os.path.basename(pdf), k, v))
        else:
            print("ok", os.path.basename(pdf))
    totals = {k: sum(len(g[k]) for g in GOLD.values()) for k in ("indicators", "goals", "findings", "facts")}
    print("totals", totals)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
