"""Build the blind246 corpus part: 4 source documents (XLSX/DOCX + PDF) with gold JSON.

The gold is written first (module-level constants), before anything reads the files.
Run: /tmp/wvenv/bin/python make_blind246_layouts.py
"""

import copy
import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind246"
FIXED_DT = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (1980, 1, 1, 0, 0, 0)

URL_HZ = "https://lcsits.com/html/.zwgkjxgljxgs201806t20180629_155294.html"
URL_NJ = "http://bubsandbeans.com/paper/200155593.html"
URL_SC = "http://www.km699.com/news/10596.html"
URL_GY = "https://m.xiaozhentang.com/wenku/haev/0ANb56gNA8"

# ---------------------------------------------------------------------------
# Document texts (facts kept; longer sentences reworded)
# ---------------------------------------------------------------------------

HZ_ROWS = [
    # (类别, 分项指标, 目标名称, 考核内容及指标, 指标属性, 完成时限(月))
    ("绩效指标", "关键指标", "主要发展指标",
     "旅游外汇收入增长8.1%;入境旅游人次增长4.5%。", "预期性", 12),
    ("", "", "",
     "旅游休闲业增加值增长13%,旅游总收入增长14%。", "预期性", 12),
    ("", "职能指标", "旅游行业监管",
     ("围绕一日游、境内游、出境游、全域旅游、旅游购物商场等五个方面开展专项整治,"
     "检查旅游企业370家次,检查团队1030个次。依托“市民暗访团”等力量开展旅游市场暗访检查55批次。"
     "把“不合理低价游”、非法经营、虚假宣传、强迫消费等乱象作为整治重点,"
     "确保涉嫌不合理低价游、虚假宣传广告举报数下降7%以上。"), "预期性", 12),
    ("", "", "",
     "游客及市民投诉案件按时处理率为100%,旅游投诉案件办结率为100%。", "预期性", 12),
    ("", "", "",
     ("抓好全市旅游行业安全生产监管,旅游安全检查≥6次;抽查旅游企业(含区、县、市)≥50%;"
     "各种应急演练≥3次,全年各类事故指标不突破市政府下达的控制数。"), "预期性", 12),
    ("", "", "旅游目的地管理",
     ("针对“野导”聚集、尾随拉客以及旅游购物商场虚假宣传、假冒伪劣、无证经营等问题,"
     "在春节期间开展旅游目的地环境秩序专项整治,在春秋两季旅游旺季开展集中整治,"
     "每月组织联合执法行动不少于8次。"), None, None),
]

NJ_TEXT = {
    "attach": "附件1:",
    "title": "2018年度市級專項資金績效目標申報表",
    "unit": "單位:南京市交通運輸局                              金額單位:萬元",
    "basis": "市政府關于推進港口物流快速健康發展的若干指導意見(寧政發2015144號)",
    "need": ("為抓住國家依托黃金水道推動長江經濟帶發展這一戰略機遇,加快推進南京港口物流快速健康發展,"
             "建設南京長江航運物流中心,打造航運(空)與綜合樞紐名城,南京市人民政府于2015年出臺了"
             "市政府關于推進港口物流快速健康發展的……"),
}

SC_PARAS = [
    ("title", "廳公路局通報我省普通國省干線公路省政府民生工程目標路面使用性能指數完成情況"),
    ("meta", "發布時間:2017.03.13"),
    ("p", ("按照省政府民生工程的部署,我局已完成全省普通國省干線公路路況檢測評定,"
          "現將各市(州)2016年度省政府民生工程普通國省干線公路路面使用性能指數(簡稱PQI)"
          "目標完成情況排名通報如下。")),
    ("p", ("檢測評定結果顯示,2016年度全省普通國省干線公路路面使用性能指數達到87.5,"
          "比省政府下達目標(81)高出6.5,全省國省干線路況總體處於良等水平。")),
    ("p", ("全省干線公路中,優良等路12664.298公里,占檢測評定里程的85.6%,比2015年度增加1475.109公里,"
          "在路網中的占比提高3.1%;次差等路1020.698公里,占檢測評定里程的6.9%,"
          "比2015年減少53.438公里,在路網中的占比下降1%。")),
    ("p", ("路況達到優等(PQI高于90)的市州共9個,按PQI由高到低依次為:成都市、德陽市、巴中市、"
          "內江市、資陽市、眉山市、宜賓市、遂寧市、廣元市;其餘市(州)路況均達到良等。"
          "全省21個市(州)都完成了省政府下達的2016年度民生工程PQI分解目標。"
          "(各市(州)2016年度PQI目標完成及排名情況詳見附件1。)")),
    ("p", "與2015年度相比,2016年度PQI指標進步較大的市(州)有南充市、廣元市、攀枝花市、眉山市、涼山州。"),
]

GY_GOAL = "计划纳入“四好农村公路”建设工程提质的路线15条、提质里程87.062km,投入174万元"
GY_PARAS = [
    ("p", ("为落实党中央、国务院关于全面实施预算绩效管理的部署,深化财税体制改革、优化财政资源配置、"
          "提高公共服务质量,加快建成全方位、全过程、全覆盖的预算绩效管理体系,县财政在20xx年预算中为"
          "“四好农村公路”建设工程安排174万元,用于全县农村公路建设工程提质。按照《桂阳县财政局关于开展"
          "20xx年度财政资金部门整体支出和项目支出绩效评价工作的通知》(桂财绩〔20xx〕7号)的要求,"
          "现将20xx年预算绩效评价“四好农村公路”建设工程的绩效自评情况报告如下:")),
    ("h", "一、专项资金基本情况"),
    ("h", "(一)专项资金概况"),
    ("p", ("为加强财政支出管理、提高财政资金使用效益,依据《中共湖南省委办公厅湖南省人民政府办公厅关于全面"
          "实施预算绩效管理的实施意见》(湘办发〔20xx〕10号)、《湖南省预算支出绩效评价管理办法》"
          "(湘财绩〔20xx〕7号)等文件,并结合我县20xx年财政绩效评价工作计划,年初预算为我公路建设养护中心"
          "安排20xx年预算绩效评价“四好农村公路”建设工程项目174万元,实际实施并下达预算指标173.65万元。")),
    ("h", "(二)专项资金预期目标完成程度"),
    ("p", "(1)项目单位基本情况:农村公路养护线路有S345等26条路线314.861公里,共有25个养护工班;"
          + GY_GOAL + "。"),
    ("p", ("(2)项目年度专项资金的预期目标和绩效指标设定的目标均已达到。经绩效考核评价,每公里建设资金有所节约,"
          "节约的资金用于年报外的通组公路及扶贫公路;专项资金全部投入后,全县农村公路路况得到大幅度提高,"
          "财政资金使用效率较高。")),
    ("h", "(三)专项资金使用管理情况"),
    ("p", "(1)资金计划、到位及使用情况"),
    ("p", "该项目资金来源为财政本级预算174万元,已全部到位并于当年用于“四好农村公路”建设工程,使用率100%。"),
    ("p", "(2)项目资……"),
]

# ---------------------------------------------------------------------------
# Gold (written before any file is built or read)
# ---------------------------------------------------------------------------


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


GOLD = {
    "blind246_hangzhou_lvwei_2018_kaohe_mubiao.xlsx": {
        "source_urls": [URL_HZ],
        "province": "浙江省",
        "doc_kind": "部门年度绩效考核目标(指标)公示表(旅游委)",
        "patterns": [1, 5, 6],
        "indicators": [
            ind("关键指标", "主要发展指标", "旅游外汇收入", "=", 8.1, "%", "旅游外汇收入增长8.1%"),
            ind("关键指标", "主要发展指标", "入境旅游人次", "=", 4.5, "%", "入境旅游人次增长4.5%"),
            ind("关键指标", "主要发展指标", "旅游休闲业增加值", "=", 13, "%", "旅游休闲业增加值增长13%"),
            ind("关键指标", "主要发展指标", "旅游总收入", "=", 14, "%", "旅游总收入增长14%"),
            ind("职能指标", "旅游行业监管", "检查旅游企业", "=", 370, "家次", "检查旅游企业370家次"),
            ind("职能指标", "旅游行业监管", "检查团队", "=", 1030, "个次", "检查团队1030个次"),
            ind("职能指标", "旅游行业监管", "旅游市场暗访检查", "=", 55, "批次", "旅游市场暗访检查55批次"),
            ind("职能指标", "旅游行业监管", "涉嫌不合理低价游、虚假宣传广告举报数", ">=", 7, "%",
                "涉嫌不合理低价游、虚假宣传广告举报数下降7%以上"),
            ind("职能指标", "旅游行业监管", "游客及市民投诉案件按时处理率", "=", 100, "%",
                "游客及市民投诉案件按时处理率为100%"),
            ind("职能指标", "旅游行业监管", "旅游投诉案件办结率", "=", 100, "%", "旅游投诉案件办结率为100%"),
            ind("职能指标", "旅游行业监管", "旅游安全检查", ">=", 6, "次", "旅游安全检查≥6次"),
            ind("职能指标", "旅游行业监管", "抽查旅游企业(含区、县、市)", ">=", 50, "%",
                "抽查旅游企业(含区、县、市)≥50%"),
            ind("职能指标", "旅游行业监管", "各种应急演练", ">=", 3, "次", "各种应急演练≥3次"),
            ind("职能指标", "旅游行业监管", "全年各类事故指标", "<=", None, None,
                "全年各类事故指标不突破市政府下达的控制数"),
            ind("职能指标", "旅游目的地管理", "联合执法行动", ">=", 8, "次", "每月组织联合执法行动不少于8次"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "全年各类事故指标",
             "why": "目标只写“不突破市政府下达的控制数”,控制数本身没有写出,无法核对。"},
            {"rule": "target.unit_mismatch", "item": "抽查旅游企业(含区、县、市)",
             "why": "名称是数量性的“抽查旅游企业”,指标值却是≥50%,没有写明是占哪类企业总数的比例。"},
        ],
        "notes": ("Web page of 杭州市旅游委员会 (2018-06-29) publishing its yearly performance targets as a six-column "
                  "table 类别│分项指标│目标名称│考核内容及指标│指标属性│完成时限(月); no 一级/二级/三级 tree, so level1 = "
                  "分项指标 (关键指标/职能指标) and level2 = 目标名称 (主要发展指标/旅游行业监管/旅游目的地管理). "
                  "Several targets share one cell, each target is a name + figure inside the sentence (pattern 6). "
                  "Bare figures such as 增长8.1% or 370家次 are coded operator '=' (exact value stated, no 以上/不少于); "
                  "下降7%以上 is '>=' on the size of the fall. The stored page stops after “每月组织联合执法行动不少于8次。”: the last "
                  "row's 指标属性/完成时限 cells stay empty and further rows (e.g. satisfaction) may exist, so no coverage "
                  "finding. No money, no actual values, no points. The portal header (索引号, 发布机构, 发文日期) is kept "
                  "above the table; long cell sentences are reworded with all figures kept."),
    },
    "blind246_nanjing_gangkou_wuliu_shenbaobiao.docx": {
        "source_urls": [URL_NJ],
        "province": "江苏省",
        "doc_kind": "市级专项资金绩效目标申报表(表头部分,港口物流)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Word form 附件1 2018年度市級專項資金績效目標申報表 of 南京市交通運輸局 for 南京市港口物流發展專項資金. The "
                  "stored page is a document-sharing mirror that shows the text in traditional characters with pinyin "
                  "readings inserted after some characters (e.g. 級(jí)); the pinyin is a mirror artefact and is dropped, "
                  "the traditional characters are kept. The stored text stops inside 二、必要性、可行性 (mid-sentence, "
                  "rendered as ……), before any 绩效目标 or indicator block, so the gold has no indicators, goals or facts "
                  "and no finding can be raised (nothing the page cannot show is flagged). Defects kept: 項目屬性 written "
                  "“新增,延續” (checkboxes lost) and the document number written 寧政發2015144號 without 〔〕. Site "
                  "chrome (第1頁…, 已閱讀5頁) is left out."),
    },
    "blind246_sichuan_pqi_tongbao_2016.docx": {
        "source_urls": [URL_SC],
        "province": "四川省",
        "doc_kind": "公路局通报(民生工程路况目标完成情况,正文)",
        "patterns": [],
        "indicators": [
            ind(None, None, "路面使用性能指數", "=", 81, None, "省政府下達目標(81)", actual=87.5),
        ],
        "goals": [],
        "facts": [
            {"metric": "路面使用性能指數超過目標", "kind": "sum", "total": 87.5, "parts": [81, 6.5], "unit": None},
        ],
        "findings": [],
        "notes": ("Repost (on a road-company site, traditional characters) of the 四川 provincial 公路局 notice on the 2016 "
                  "民生工程 PQI target. Targets stand only in running text: one target (PQI, 省政府下達目標 81, actual 87.5, "
                  "stated excess 6.5 = 87.5 − 81, consistent). Rates 85.6% / 6.9% of 檢測評定里程 are given without the "
                  "total length (they imply about 14 793–14 795 km, mutually consistent), so they are not facts here. "
                  "The per-city table (附件1) is not on the stored page. Site navigation, the company footer and "
                  "spam lines are left out; sentences are reworded, figures kept. No finding: target met, not far "
                  "above target (108%)."),
    },
    "blind246_guiyang_sihao_nongcun_gonglu_ziping.docx": {
        "source_urls": [URL_GY],
        "province": "湖南省",
        "doc_kind": "项目绩效自评报告(四好农村公路建设工程,正文)",
        "patterns": [],
        "indicators": [
            ind(None, None, "“四好农村公路”建设工程提质的路线", "=", 15, "条",
                "“四好农村公路”建设工程提质的路线15条"),
            ind(None, None, "提质里程", "=", 87.062, "km", "提质里程87.062km"),
        ],
        "goals": [
            {"kind": "年度目标", "text": GY_GOAL},
        ],
        "facts": [
            {"metric": "使用率", "kind": "rate", "total": 174, "parts": [174], "unit": "万元", "stated_rate": 100},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "使用率",
             "why": "称174万元全部到位、使用率100%,但同一报告写明实际实施并下达预算指标173.65万元(约99.8%)。"},
        ],
        "notes": ("Self-evaluation report of 桂阳县 公路建设养护中心 on the “四好农村公路” project; targets stand only in "
                  "running text (15 routes / 87.062 km to upgrade, 174万元). The year is left as the placeholder 20xx "
                  "everywhere, including the document numbers (桂财绩〔20xx〕7号 etc.) - kept as a defect; not raised "
                  "as target.placeholder because it is not inside a target. The stored page stops at “(2)项目资”, "
                  "before any indicator table, quality/time/satisfaction targets or results, so no coverage finding. "
                  "The goal sentence was reworded so that the measured things read as nouns; figures unchanged."),
    },
}

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build_hz(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公示"
    widths = {"A": 8, "B": 9, "C": 12, "D": 78, "E": 8, "F": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws["A1"] = "市旅委2018年度绩效考核目标(指标)公示"
    ws["A1"].font = Font(name="Noto Sans CJK SC", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A1:F1")
    ws["A2"] = "索 引 号:A006-2018- -        主题分类:绩效公示"
    ws.merge_cells("A2:F2")
    ws["A3"] = "发布机构:杭州市旅游委员会        发文日期: 2018-06-29"
    ws.merge_cells("A3:F3")
    header = ["类别", "分项指标", "目标名称", "考核内容及指标", "指标属性", "完成时限(月)"]
    for i, h in enumerate(header, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(name="Noto Sans CJK SC", bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = BORDER
    for r, row in enumerate(HZ_ROWS, start=5):
        for i, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=i, value=(v if v not in ("",) else None))
            c.alignment = Alignment(vertical="center", wrap_text=True,
                                    horizontal=("left" if i == 4 else "center"))
            c.border = BORDER
            c.font = Font(name="Noto Sans CJK SC", size=10)
    heights = {5: 22, 6: 22, 7: 80, 8: 22, 9: 50, 10: 66}
    for r, h in heights.items():
        ws.row_dimensions[r].height = h
    ws.merge_cells("A5:A10")
    ws.merge_cells("B5:B6")
    ws.merge_cells("B7:B10")
    ws.merge_cells("C5:C6")
    ws.merge_cells("C7:C9")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind246"
    wb.properties.lastModifiedBy = "blind246"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


def set_doc_fonts(doc, east="Noto Serif CJK SC"):
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(11)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east)


def fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "blind246"
    cp.last_modified_by = "blind246"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = title


def cell_text(cell, text, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_nj(path):
    doc = Document()
    set_doc_fonts(doc)
    fix_core(doc, "2018年度市級專項資金績效目標申報表")
    doc.add_paragraph(NJ_TEXT["attach"])
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(NJ_TEXT["title"])
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(NJ_TEXT["unit"])
    table = doc.add_table(rows=8, cols=6)
    table.style = "Table Grid"
    rows = table.rows
    # row 0: 項目名稱
    cell_text(rows[0].cells[0], "項目名稱")
    m = rows[0].cells[1].merge(rows[0].cells[5])
    cell_text(m, "南京市港口物流發展專項資金")
    # row 1: 預算功能科目 / 項目屬性
    cell_text(rows[1].cells[0], "預算功能科目")
    m = rows[1].cells[1].merge(rows[1].cells[2])
    cell_text(m, "其他公路水路運輸支出")
    cell_text(rows[1].cells[3], "項目屬性")
    m = rows[1].cells[4].merge(rows[1].cells[5])
    cell_text(m, "新增,延續")
    # row 2: people
    for i, v in enumerate(["單位負責人", "陳雷", "項目負責人", "繆瑋", "聯系電話", "83194299"]):
        cell_text(rows[2].cells[i], v)
    # row 3: dates
    for i, v in enumerate(["立項時間", "2015.6.23", "開始實施時間", "2015.10.31", "預計完成時間", "2020.12.31"]):
        cell_text(rows[3].cells[i], v)
    # rows 4-7: text blocks merged across
    blocks = [("一、立項依據", True), (NJ_TEXT["basis"], False),
              ("二、必要性、可行性", True), (NJ_TEXT["need"], False)]
    for k, (txt, bold) in enumerate(blocks):
        m = rows[4 + k].cells[0].merge(rows[4 + k].cells[5])
        cell_text(m, txt, bold=bold)
    doc.save(path)


def build_paras(path, paras, title):
    doc = Document()
    set_doc_fonts(doc)
    fix_core(doc, title)
    for kind, txt in paras:
        p = doc.add_paragraph()
        run = p.add_run(txt)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(15)
        elif kind == "meta":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size = Pt(9)
        elif kind == "h":
            run.bold = True
        else:
            p.paragraph_format.first_line_indent = Pt(22)
    doc.save(path)


# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

CORE_DATE = "2024-01-01T00:00:00Z"


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    for name in list(items):
        if name == "docProps/core.xml":
            xml = items[name].decode("utf-8")
            xml = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + CORE_DATE + r"\g<2>", xml)
            xml = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + CORE_DATE + r"\g<2>", xml)
            items[name] = xml.encode("utf-8")
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    tmp.replace(path)


def _same_len_date(m):
    s = m.group(0)
    return re.sub(r"\d", "0", s)


def _same_len_hex(m):
    return "<" + "0" * (len(m.group(0)) - 2) + ">"


def _same_len_zero(m):
    return "0" * len(m.group(0))


def normalize_pdf(path):
    data = path.read_bytes()
    text = data.decode("latin-1")
    text = re.sub(r"D:\d{14}[^)\]<>]*", _same_len_date, text)
    text = re.sub(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+\-Z0-9:]*", _same_len_date, text)
    text = re.sub(r"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(r"<[0-9A-Fa-f]+>", _same_len_hex, m.group(0)), text)
    text = re.sub(r"/DocChecksum\s*/[0-9A-Fa-f]+",
                  lambda m: re.sub(r"[0-9A-Fa-f]{8,}", _same_len_zero, m.group(0)), text)
    new = text.encode("latin-1")
    assert len(new) == len(data)
    path.write_bytes(new)


def to_pdf(path):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
           "--outdir", str(path.parent), str(path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    normalize_pdf(pdf)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                text=True).stdout)
    missing = []
    needles = []
    for i in gold["indicators"]:
        needles += [i["name"], i["target_text"]]
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"]]
    for n in needles:
        if n and squash(n) not in txt:
            missing.append(n)
    return missing


def write_ann(fname, gold):
    ANN.mkdir(exist_ok=True)
    rec = {"source": fname}
    rec.update(copy.deepcopy(gold))
    (ANN / (Path(fname).name + ".json")).write_text(
        json.dumps(rec, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def main():
    builders = {
        "blind246_hangzhou_lvwei_2018_kaohe_mubiao.xlsx": build_hz,
        "blind246_nanjing_gangkou_wuliu_shenbaobiao.docx": build_nj,
        "blind246_sichuan_pqi_tongbao_2016.docx":
            lambda p: build_paras(p, SC_PARAS, "廳公路局通報PQI完成情況"),
        "blind246_guiyang_sihao_nongcun_gonglu_ziping.docx":
            lambda p: build_paras(p, GY_PARAS, "四好农村公路建设工程绩效自评"),
    }
    if ANN.exists():
        shutil.rmtree(ANN)
    ok = True
    sums = {}
    for fname, build in builders.items():
        path = HERE / fname
        build(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        gold = GOLD[fname]
        write_ann(fname, gold)
        write_ann(pdf.name, gold)
        missing = check_pdf(pdf, gold)
        if missing:
            ok = False
            print(f"MISSING in {pdf.name}: {missing}", file=sys.stderr)
        for p in (path, pdf):
            sums[p.name] = hashlib.md5(p.read_bytes()).hexdigest()
    for p in sorted(ANN.iterdir()):
        sums["annotations/" + p.name] = hashlib.md5(p.read_bytes()).hexdigest()
    for k in sorted(sums):
        print(sums[k], k)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
