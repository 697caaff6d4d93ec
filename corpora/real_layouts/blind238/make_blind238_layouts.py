"""Build the blind238 test documents (targets attached to fund allocations).

The gold (GOLD below) is written first; the script then builds the DOCX/XLSX
files, exports each to PDF with LibreOffice, writes annotations/<file>.json for
every file and checks with pdftotext that every indicator name, target text,
goal text and finding item appears in its PDF (whitespace ignored).
Files are made deterministic (fixed core properties, sorted zip entries with a
fixed timestamp, fixed PDF dates and IDs).
"""

import copy
import datetime
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind238"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_GD = "https://hfren.cc/thread-7670-1-1.html"
URL_LP = "http://www.luoping.gov.cn/public/description/562053.html"
URL_DZ = ("http://www.dazu.gov.cn/qzfbm/qzfcxjw/zwgk_53321/zfxxgkml/hmhnzj/btff/"
          "202212/t20221209_11370871.html")
URL_PT = "https://czj.putian.gov.cn/zwgk/ggzjsyyjd/zxjf/202408/t20240822_1938362.htm"


def ind(name, operator, value, unit, target_text, level1=None, level2=None, **extra):
    row = {"level1": level1, "level2": level2, "name": name, "operator": operator,
           "value": value, "unit": unit, "target_text": target_text,
           "actual": None, "weight": None, "score": None}
    row.update(extra)
    return row


# ---------------------------------------------------------------- gold ----
DZ_ROWS = [
    # 镇街, 年度任务 小计/C/D/无房, 第一批已拨付 C/D/无房, 本次 小计/C/D/无房, 备注
    ("棠香街道", 8, 1, 7, 0, 0.75, 0, 0, 24.5, 0, 24.5, 0,
     ("追减“50011122T000002075487-2022年农村危房改造补助资金”22.55万元,"
      "追减“50011122T000002627282大足区2022年农村低收入群体等重点对象危房改造”1.95万元。")),
    ("龙岗街道", 5, 0, 5, 0, 0, 7, 0, 10.5, 0, 10.5, 0,
     "追减“50011122T000002075487-2022年农村危房改造补助资金”"),
    ("智凤街道", 2, 0, 1, 1, 0, 3.5, 0, 3.5, 0, 3.5, 0,
     "追减“50011122T000002075487-2022年农村危房改造补助资金”"),
    ("龙水镇", 5, 3, 1, 1, 2.25, 3.5, 0, 3.5, 0, 0, 3.5,
     "追减“50011122T000002075487-2022年农村危房改造补助资金”"),
    ("万古镇", 1, 1, 0, 0, 0.75, 0, 0, 0, 0, 0, 0, None),
    ("邮亭镇", 6, 2, 3, 1, 1.5, 7, 3.5, 3.5, 0, 3.5, 0,
     "追减“50011122T000002075487-2022年农村危房改造补助资金”"),
    ("宝顶镇", 9, 5, 4, 0, 2.25, 14, 0, 1.5, 1.5, 0, 0,
     "追减“50011122T000002075487-2022年农村危房改造补助资金”"),
    ("珠溪镇", 8, 0, 8, 0, 0, 17.5, 0, 10.5, 0, 10.5, 0,
     "追减“50011122T000002075487-2022年农村危房改造补助资金”"),
    ("中敖镇", 24, 10, 11, 3, 6, 14, 0, 36.5, 1.5, 24.5, 10.5,
     "追减“50011122T000002075487-2022年农村危房改造补助资金”"),
    ("三驱镇", 22, 6, 9, 7, 2.25, 10.5, 17.5, 30.25, 2.25, 21, 7,
     "追减“50011122T000002627282大足区2022年农村低收入群体等重点对象危房改造”"),
    ("雍溪镇", 5, 2, 3, 0, 0.75, 3.5, 0, 7.75, 0.75, 7, 0,
     "追减“50011122T000002627282大足区2022年农村"),
]

DZ_FACTS = []
for r in DZ_ROWS:
    DZ_FACTS.append({"metric": f"{r[0]}年度任务(户)小计", "kind": "sum", "total": r[1],
                     "parts": [r[2], r[3], r[4]], "unit": "户"})
for r in DZ_ROWS:
    DZ_FACTS.append({"metric": f"{r[0]}本次应拨付补助资金小计", "kind": "sum", "total": r[8],
                     "parts": [r[9], r[10], r[11]], "unit": "万元"})
DZ_FACTS.append({"metric": "棠香街道备注追减合计", "kind": "sum", "total": 24.5,
                 "parts": [22.55, 1.95], "unit": "万元"})

GOLD = {
    "blind238_guangdong_weigai_gongshi.docx": {
        "source_urls": [URL_GD],
        "province": "广东省",
        "doc_kind": "转移支付提前下达分配方案和绩效目标公示(转帖,正文叙述)",
        "patterns": [],
        "indicators": [
            ind("农房抗震改造任务数", "=", 84, "户", "共84户"),
            ind("农村危房改造国家任务数", "=", 0, None, "为0"),
            ind("农房抗震改造任务数", "=", 3209, "户", "3,209户"),
            ind("补助标准", "=", 0.77, "万元/户", "0.77万元/户"),
        ],
        "goals": [],
        "facts": [
            {"metric": "2020年中央财政农村危房改造补助资金", "kind": "sum", "total": 2471,
             "parts": [2470.93, 0.07], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Forum repost (海丰 local forum) of the 广东省住房和城乡建设厅 公示, with a short local "
            "preface. Targets stand only in running text: the two task counts (84户 for 我市 in the "
            "preface, 3,209户 province-wide), the 国家任务数 of 0 and the unit standard 0.77万元/户. "
            "Both task-count rows carry the same name as written; the first is the city figure "
            "from the preface. The document also states 3209户×0.77万元/户=2470.93万元 (checked: "
            "exact) and 2,471 − 2,470.93 = 0.07万元 to 湛江市 (recorded as a sum fact). The stored "
            "page stops inside the closing sentence ('…以书面形式向省住房城'), before the 绩效目标 "
            "the title announces, so no coverage or goal finding is raised: the missing dimensions "
            "may sit in the part the page does not show. Sentences are paraphrased; figures, "
            "names and the document number 财社〔2019〕193号 are kept."
        ),
    },
    "blind238_luoping_zhongyaocai_pifu.docx": {
        "source_urls": [URL_LP],
        "province": "云南省",
        "doc_kind": "县政府项目批复(下达衔接资金,建设内容即产出目标,正文叙述)",
        "patterns": [],
        "indicators": [
            ind("药材晾晒场", "=", 500, "㎡", "500㎡"),
            ind("药材储存仓库", "=", 200, "㎡", "200㎡"),
            ind("田间生产便道", "=", 3, "公里", "3公里"),
            ind("河道挡墙", "=", 500, "米", "500米"),
            ind("蓄水池", "=", 300, "m³", "300m³"),
            ind("三面光灌溉水渠", "=", 1600, "米", "1600米"),
        ],
        "goals": [],
        "facts": [
            {"metric": "批复资金", "kind": "sum", "total": 290, "parts": [100, 190],
             "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "A 批复 that approves a project and assigns 290万元 of 2025年第一批省级财政衔接推进乡村振兴"
            "补助资金 to it. The only targets are the construction quantities in the 建设内容 "
            "sentence (six output rows, no levels written). The source keeps the typo "
            "'(曲财农〔2024153号)' (closing bracket missing) — kept. 100 + 190 = 290 holds. The "
            "stored page stops at the heading '四', so any later section (possibly on 绩效) is "
            "not shown; for that reason no coverage.missing_dimension or time finding is raised "
            "although sections 一–三 name no time, quality or benefit target. Sentences of "
            "sections 二 and 三 are paraphrased."
        ),
    },
    "blind238_dazu_weigai_fenpeibiao.xlsx": {
        "source_urls": [URL_DZ],
        "province": "重庆市",
        "doc_kind": "补助资金调整通知附件:分配表(各镇街年度任务户数与拨付金额)",
        "patterns": [5, 6],
        "indicators": [
            ind("年度任务", "=", r[1], "户", str(r[1]), subunit=r[0]) for r in DZ_ROWS
        ],
        "goals": [],
        "facts": DZ_FACTS,
        "findings": [],
        "notes": (
            "Attachment 1 of 关于调整2022年农村危房改造市级补助资金指标的通知 (大足区): one row per "
            "镇街, the task target in the column group '年度任务(户)' (unit only in the merged "
            "header, split 小计/C级/D级/无房), then money columns 第一批已拨付(万元) and 本次应拨付"
            "补助资金(万元) and a 备注 column. One gold row per 镇街 for the 年度任务 小计 (name as "
            "the header writes it, unit from the header, the 镇街 in the extra key 'subunit'); "
            "the C级/D级/无房 split is recorded as sum facts rather than extra rows. All 小计 "
            "cells add up (checked), and the 棠香街道 remark 22.55 + 1.95 = 24.5 matches its 本次 "
            "小计. The stored page stops inside the 雍溪镇 备注 ('…大足区2022年农村'), so later "
            "镇街 and any 合计 row are missing; the truncated remark is kept. No findings: the "
            "table is an allocation table, not a full target form."
        ),
    },
    "blind238_putian_huanwei_xiada.docx": {
        "source_urls": [URL_PT],
        "province": "福建省",
        "doc_kind": "专项资金下达通知(绩效目标表为附件,页面未载)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "环境卫生治理专项资金", "kind": "sum", "total": 236.38,
             "parts": [50, 186.38], "unit": "万元"},
            {"metric": "下达县区农村人居环境治理资金", "kind": "sum", "total": 186.38,
             "parts": [22.54, 66.22, 71.13, 5.35, 16.82, 0.7, 3.62], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Fund-release notice of 莆田市财政局 and 莆田市城市管理局 (2024-08-12). It names its "
            "attachment 环境卫生治理专项资金(转移县区)项目绩效目标表, but the stored page ends with "
            "the date: the attachment's table is not in it. The notice itself states no target, "
            "so the gold has no indicator rows; a reader should return none rather than treat "
            "the amounts as targets. The stored page starts with the addressee line (no title "
            "shown) — kept that way. Both money identities hold (50 + 186.38 = 236.38; the seven "
            "county amounts add to 186.38). Sentences are paraphrased; amounts, 科目 codes and "
            "document numbers are kept."
        ),
    },
}

# ------------------------------------------------------------ builders ----


def set_cjk(run, size=12, bold=False):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = "Noto Serif CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def para(doc, text, size=12, bold=False, align=None, indent=True):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_cjk(p.add_run(text), size=size, bold=bold)
    return p


def fixed_core(props, title):
    props.author = "blind238"
    props.last_modified_by = "blind238"
    props.title = title
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.last_printed = FIXED_DT
    props.revision = 1


def build_gd(path):
    doc = Document()
    fixed_core(doc.core_properties, "广东省2020年农村危房改造补助资金提前下达分配方案和绩效目标公示")
    para(doc, "中央近期向我省拨付了2020年农村危房改造补助资金,合计2471万元,专门用于地震高烈度设防"
              "地区的农房抗震改造;分到海丰的改造补助为33.11万元,我市2020年农房抗震改造任务数预计"
              "共84户。公示原文如下:")
    para(doc, "广东省住房和城乡建设厅关于2020年中央财政农村危房改造补助资金预算提前下达分配方案和"
              "绩效目标的公示", size=14, bold=True, align="center", indent=False)
    para(doc, "依据《财政部 住房城乡建设部关于提前下达2020年中央财政农村危房改造补助资金预算的通知》"
              "(财社〔2019〕193号),财政部、住房城乡建设部已提前向我省下达2020年中央财政农村危房"
              "改造补助资金2,471万元。")
    para(doc, "一、资金情况说明", bold=True)
    para(doc, "本次提前下达的2020年农村危房改造补助资金2,471万元,可安排在地震高烈度设防地区实施"
              "农房抗震改造。鉴于全省农村危房改造已基本完成,本次提前下达的2020年农村危房改造国家"
              "任务数预计为0;中央还没有下达我省2020年农房抗震改造任务数,按2019年中央补助标准约"
              "0.77万元/户测算,本次提前下达对应的2020年农房抗震改造任务数预计为3,209户。")
    para(doc, "二、提前下达方案", bold=True)
    para(doc, "2019年中央财政已向我省安排3,618万元,用于抗震设防烈度8度及以上地区(汕头市濠江区、"
              "龙湖区、金平区、澄海区、潮阳区、南澳县,湛江市徐闻县,潮州市潮安区、湘桥区等9个县"
              "(区))的农房抗震改造,因此本次资金只在抗震设防烈度7度地区(不含8度及以上的9个县"
              "(区))内分配,分配依据为省委农办提供的2018年度当地农业户数比例。为便于计算,全省"
              "统一按0.77万元/户补助,合计2,470.93万元(3209户×0.77万元/户=2470.93万元),余下的"
              "0.07万元分给农业户数最多的湛江市。")
    para(doc, "依照财政部有关规定,现对补助资金提前下达分配方案及绩效目标进行公示,如有异议,请在"
              "公示期内以书面形式向省住房城")
    doc.save(path)


def build_lp(path):
    doc = Document()
    fixed_core(doc.core_properties, "罗平县人民政府关于大水井乡红箐村续断等中药材种植产业发展项目的批复")
    para(doc, "罗平县人民政府关于大水井乡红箐村续断等中药材种植产业发展项目的批复", size=15,
         bold=True, align="center", indent=False)
    para(doc, "罗平县农业农村局", size=10, align="center", indent=False)
    para(doc, "罗政复〔2025〕139号", size=10, align="center", indent=False)
    para(doc, "2025-09-19 11:52", size=10, align="center", indent=False)
    para(doc, "大水井乡人民政府:", indent=False)
    para(doc, "你乡报来的《大水井乡人民政府关于大水井乡红箐村续断等中药材种植产业发展项目的请示》"
              "(政请字〔2025〕25号)已收悉。经研究,批复如下:")
    para(doc, "一、批复意见", bold=True)
    para(doc, "原则同意你乡规划上报的大水井乡红箐村续断等中药材种植产业发展项目。具体建设内容为:"
              "新建药材晾晒场500㎡及相关配套设备,预计投资100万元;新建药材储存仓库200㎡及相关配套"
              "设备,建设田间生产便道3公里及河道挡墙500米,新建蓄水池300m³及三面光灌溉水渠1600米,"
              "预计投资190万元;两项合计290万元。")
    para(doc, "批复资金290万元,在(曲财农〔2024153号)2025年第一批省级财政衔接推进乡村振兴补助资金中"
              "列支,这笔资金原批复给云南罗平产业园区管理委员会高端食品厂房及产业孵化中心建设项目,"
              "共1000万元。")
    para(doc, "二、组织实施,强化管理", bold=True)
    para(doc, "项目须严格按批复的地点、建设内容和规模实施,不得自行扩大、缩小或变更;确需变更的,"
              "应按程序报县人民政府同意后方可调整,否则财政不予报账。")
    para(doc, "三、加强监督,狠抓落实", bold=True)
    para(doc, "要高度重视项目建设和资金监管,落实党政一把手负责制,加强领导、精心组织,建立健全责任制,"
              "做到目标任务明确、责任考核具体。项目建设实行公示公告制度,在实施前后分别对实施计划、"
              "建设内容、建设过程和资金使用等情况进行公示,广泛听取群众意见,主动接受群众监督。资金"
              "须严格按照《云南省财政衔接推进乡村振兴补助资金管理办法》管理使用,专款专用,严禁挤占、"
              "挪用或改变用途。")
    para(doc, "四", bold=True)
    doc.save(path)


def build_pt(path):
    doc = Document()
    fixed_core(doc.core_properties, "莆田市环境卫生治理专项资金下达通知")
    para(doc, "市城管局、各县(区、管委会)财政局(财金局):", indent=False)
    para(doc, "依据《莆田市财政局 莆田市城市管理局关于印发<莆田市环境卫生治理专项资金管理办法>的通知》"
              "(莆财建〔2024〕67号)和《莆田市财政局关于批复2024年市城市管理局预算和绩效目标的通知》"
              "(莆财建〔2024〕9号),现下达环境卫生治理专项资金236.38万元(其中下达县区的农村人居"
              "环境治理资金186.38万元),分配如下:市城市管理局50万元、仙游县22.54万元、荔城区66.22"
              "万元、城厢区71.13万元、涵江区5.35万元、秀屿区16.82万元、湄洲岛管委会0.7万元、北岸"
              "管委会3.62万元。市本级支出功能分类科目为2120816-农业农村生态环境支出,政府预算支出"
              "经济分类科目为50205-委托业务费;转移支付补助县区的支出功能分类科目为2290401-其他政府性"
              "基金安排的支出,政府预算支出经济分类科目为51301-上下级政府间转移性支出。")
    para(doc, "请加强资金管理,确保专款专用。")
    para(doc, "附件:环境卫生治理专项资金(转移县区)项目绩效目标表")
    para(doc, "莆田市财政局 莆田市城市管理局", align="right", indent=False)
    para(doc, "2024年8月12日", align="right", indent=False)
    doc.save(path)


def build_dz(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "附件1"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    font = Font(name="Noto Serif CJK SC", size=9)
    ws["A1"] = "关于调整2022年农村危房改造市级补助资金指标的通知"
    ws.merge_cells("A1:M1")
    ws["A2"] = "日期:2022-12-09"
    ws.merge_cells("A2:M2")
    ws["A3"] = "附件1"
    ws["A4"] = "2022年农村危房改造第二批补助资金分配表"
    ws.merge_cells("A4:M4")
    ws["A1"].font = Font(name="Noto Serif CJK SC", size=12, bold=True)
    ws["A4"].font = Font(name="Noto Serif CJK SC", size=12, bold=True)
    for c in ("A1", "A4"):
        ws[c].alignment = center
    ws["A2"].font = font
    ws["A3"].font = font
    # two header rows
    ws["A5"] = "镇街"
    ws.merge_cells("A5:A6")
    ws["B5"] = "年度任务(户)"
    ws.merge_cells("B5:E5")
    ws["F5"] = "第一批已拨付(万元)"
    ws.merge_cells("F5:H5")
    ws["I5"] = "本次应拨付补助资金(万元)"
    ws.merge_cells("I5:L5")
    ws["M5"] = "备注"
    ws.merge_cells("M5:M6")
    sub = ["小计", "C级", "D级", "无房", "C级", "D级", "无房", "小计", "C级", "D级", "无房"]
    for i, s in enumerate(sub):
        ws.cell(row=6, column=2 + i, value=s)
    for row in ws.iter_rows(min_row=5, max_row=6, min_col=1, max_col=13):
        for cell in row:
            cell.border = box
            cell.alignment = center
            cell.font = Font(name="Noto Serif CJK SC", size=9, bold=True)
    for k, r in enumerate(DZ_ROWS):
        rr = 7 + k
        ws.cell(row=rr, column=1, value=r[0])
        for j in range(11):
            ws.cell(row=rr, column=2 + j, value=r[1 + j])
        ws.cell(row=rr, column=13, value=r[12])
        for col in range(1, 14):
            cell = ws.cell(row=rr, column=col)
            cell.border = box
            cell.font = font
            cell.alignment = left if col == 13 else center
    widths = {"A": 10}
    for col in "BCDEFGHIJKL":
        widths[col] = 6.5
    widths["M"] = 46
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind238"
    wb.properties.lastModifiedBy = "blind238"
    wb.properties.title = "2022年农村危房改造第二批补助资金分配表"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


# ------------------------------------------------------- determinism ------


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in sorted(z.namelist())]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:",
                          rb"<dcterms:\1\2>2024-01-01T00:00:00Z</dcterms:", data)
        fixed.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def normalize_pdf(path):
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([0-9]+)",
                  lambda m: m.group(1) + b"2" + b"0" * (len(m.group(2)) - 1), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: (m.group(1) + b"0" * len(m.group(2)) + m.group(3)
                             + b"0" * len(m.group(4)) + m.group(5)), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)",
                  lambda m: m.group(1) + b"2024-01-01T00:00:00" + m.group(2), data)
    data = re.sub(rb"(uuid:)[0-9a-fA-F-]{36}", lambda m: m.group(1) + b"0" * 36, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    out = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalize_pdf(pdf)
    return pdf


# ------------------------------------------------------------- checks -----


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    flat = squash(text)
    missing = []
    needles = []
    for row in gold["indicators"]:
        needles += [row["name"], row["target_text"]]
        if row.get("subunit"):
            needles.append(row["subunit"])
    for g in gold["goals"]:
        needles.append(g["text"])
    for f in gold["findings"]:
        needles.append(f["item"])
    for n in needles:
        if n and squash(n) not in flat:
            missing.append(n)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    builders = {
        "blind238_guangdong_weigai_gongshi.docx": build_gd,
        "blind238_luoping_zhongyaocai_pifu.docx": build_lp,
        "blind238_dazu_weigai_fenpeibiao.xlsx": build_dz,
        "blind238_putian_huanwei_xiada.docx": build_pt,
    }
    problems = []
    for fname, builder in builders.items():
        path = os.path.join(HERE, fname)
        builder(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        gold = GOLD[fname]
        for src in (fname, os.path.basename(pdf)):
            ann = {"source": src}
            ann.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(ann, f, ensure_ascii=False, indent=2, sort_keys=False)
                f.write("\n")
        miss = check_pdf(pdf, gold)
        if miss:
            problems.append((os.path.basename(pdf), miss))
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    print("files:", len(builders) * 2, "indicator rows:", n_ind)
    if problems:
        for name, miss in problems:
            print("MISSING in", name, ":", miss)
        sys.exit(1)
    print("pdftotext check: all items found")


if __name__ == "__main__":
    main()
