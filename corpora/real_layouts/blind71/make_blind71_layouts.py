#!/usr/bin/env python3
"""Blind part 71 of the real-layout corpus.

Each document reproduces the stored beginning of one public web page (addresses in SOURCES.md and in the
gold files).  Layout, header rows, merged cells, empty cells, odd wording and defects follow the page; facts
(names, numbers, units, dates, document numbers) are as written there; longer sentences are reworded.  The gold
(annotations/<file>.json) was written by hand below, from the pages, before anything was run on the files.

    /tmp/venv/bin/python make_blind71_layouts.py            # DOCX/XLSX + PDF + gold
    /tmp/venv/bin/python make_blind71_layouts.py --no-pdf   # skip the LibreOffice export

DOCX/XLSX files are deterministic: core properties pinned to 2025-01-01 and every zip entry rewritten with a
fixed date in a fixed order.
"""
import copy
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
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------- helpers
def _normalise_zip(path):
    """Rewrite a DOCX/XLSX zip: fixed timestamps in core.xml, fixed entry dates, fixed entry order."""
    with zipfile.ZipFile(path) as zin:
        entries = {n: zin.read(n) for n in zin.namelist()}
    core = "docProps/core.xml"
    if core in entries:
        text = entries[core].decode("utf-8")
        text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", text)
        text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", text)
        entries[core] = text.encode("utf-8")
    order = sorted(entries, key=lambda n: (n != "[Content_Types].xml", not n.startswith("_rels/"), n))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, entries[name])
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def _new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
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


def _table(doc, rows, merges=(), widths=None):
    """rows: list of lists of str; merges: ((r1, c1, r2, c2), ...) merged cells keep the first text."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            t.cell(i, j).text = row[j] if j < len(row) else ""
    for (r1, c1, r2, c2) in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        m.text = keep
    return t


def _save_docx(doc, name):
    path = os.path.join(HERE, name)
    doc.save(path)
    _normalise_zip(path)
    return path


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _new_wb():
    wb = openpyxl.Workbook()
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def _save_xlsx(wb, name):
    path = os.path.join(HERE, name)
    wb.save(path)
    _normalise_zip(path)
    return path


# ----------------------------------------------------------------------------------------------- documents
def build_yanggao():
    """山西 大同 阳高县财政局: 2025年财政重点绩效评价结果公开 (page stops inside the first table row)."""
    doc = _new_doc()
    _para(doc, "阳高县财政局关于2025年财政重点绩效评价结果公开", bold=True, center=True, size=14)
    _para(doc, "为落实全面实施预算绩效管理、建立全面规范透明、标准科学、约束有力的预算制度的要求，进一步提高财政资源"
               "配置效率和资金使用效益，推动绩效管理提质增效，阳高县财政局委托第三方会计师事务所，对“阳高县2024年度"
               "部分财政重点支出项目”开展了绩效评价。")
    _para(doc, "本次项目支出绩效评价共涉及24个项目，类型包括政府基金预算项目、政策类项目、一般债务项目、一般公共预算"
               "项目、社会保险基金项目、PPP项目,高标准农田建设项目、转移支付项目等；被评价的预算单位为阳高县民政局、"
               "阳高县农业农村局、阳高县住房和城乡建设管理局、阳高县退役军人事务局、阳高县公用事业服务中心、阳高县交通"
               "运输局、阳高县公路发展中心、阳高县林业局、阳高县园林绿化中心、阳高县农业机械发展中心、阳高县畜牧兽医服务"
               "中心、阳高县现代农业发展中心、阳高县医疗集团、阳高县就业和人才服务中心、中国共产党阳高县委员会党校、阳高县"
               "体育运动中心、阳高县发展改革和科技局、阳高县社会保险中心、阳高县狮子屯乡人民政府等19家，预算资金总额"
               "55021.60万元。在这24个项目中，评价等级为“优”的有6个，为“良”的有18个。")
    _para(doc, "部门整体支出绩效评价涉及阳高县能源局和阳高县长城乡人民政府2个单位，预算资金总额5789.67万元，两个单位"
               "的评价等级均为“优”。具体结果见表1。")
    _para(doc, "表1:2025年财政重点项目绩效评价结果表", bold=True, center=True)
    rows = [
        ["序号", "项目名称", "实施单位", "预算资金(万元)", "评分情况", "评价等级"],
        ["一", "项目绩效评价", "", "", "", ""],
        ["1", "区域养老服务中心消防改造项目", "山西省阳高县民政局", "162.00", "89.72", ""],
    ]
    _table(doc, rows, merges=((1, 1, 1, 5),))
    return _save_docx(doc, "sx-yanggao-key-eval-results.docx")


def build_shuangluan():
    """河北 承德 双滦区 双塔山镇: 中营子村养殖场工程项目实施情况公告 (mirror page, cut inside 资金管理)."""
    doc = _new_doc()
    _para(doc, "中营子村达顺源肉牛奶牛综合养殖场工程项目实施情况公告", bold=True, center=True, size=14)
    _para(doc, "2021-11-1609时49分 浏览次数:")
    _para(doc, "中营子村达顺源肉牛奶牛综合养殖场工程项目实施情况公告", bold=True, center=True)
    _para(doc, "一、绩效目标分解下达情况", bold=True)
    _para(doc, "1、财政专项扶贫资金下达预算及项目情况")
    _para(doc, "双滦区双塔山镇中营子村达顺源肉牛奶牛综合养殖场工程预计投资约30万元，计划使用区财政衔接推进乡村振兴"
               "补助资金29.862588万元，主要建设毛石坝、混凝土路面等基础设施。此后中营子村股份经济合作社会追加投资20"
               "万元，并吸收股民入股。")
    _para(doc, "2、财政专项扶贫资金项目绩效目标设定情况")
    _para(doc, "产出目标为水泥路面22.53m³,毛石墙身213.75m³,毛石挡墙347.15m³,基础砌石172.6m³;工程合格率90%;"
               "工程完工率90%;成本控制率60%。效益目标为壮大中营子村集体经济,建设养殖场一座;中营子村3户脱贫户增收,"
               "中营子村脱贫户每人增设扶贫股1股(3户共9股);生态资源得到有效利用;中营子村3户脱贫户持续增收。"
               "满意度目标为中营子村脱贫户对达顺源肉牛奶牛综合养殖场工程的满意度。")
    _para(doc, "二、项目验收情况", bold=True)
    _para(doc, "2021年11月15日，双塔山镇人民政府组织对中营子达顺源肉牛奶牛养殖场项目进行了验收，验收结果为水泥路面"
               "22.53m³、毛石墙身213.75m³、毛石挡墙347.15m³、基础砌石172.6m³，验收合格。")
    _para(doc, "、绩效目标完成情况", bold=True)
    _para(doc, "(一)资金投入情况")
    _para(doc, "1.项目资金到位情况")
    _para(doc, "资金已到位。")
    _para(doc, "2.项目资金执行情况")
    _para(doc, "全部资金均已按时安排，并依照项目建设要求和进度落实到位。")
    _para(doc, "3.项目资金管理情况")
    _para(doc, "项目执行相应的业务管理制度，各项经费开支规范，符合国家财经法规、财务管理规定和专项资金管理办法；资金"
               "拨付的审批程序和手续齐全，没有截留、挤占、挪用或虚列支出的情况。保障会计核算准确、财务")
    return _save_docx(doc, "he-shuangluan-cattle-farm-notice.docx")


def build_xiping():
    """河南 驻马店 西平县: 2023年优质小麦种植补贴项目绩效评价 (page has no title; cut in 监督方式)."""
    doc = _new_doc()
    _para(doc, "一、项目基本情况", bold=True)
    _para(doc, "2023年共下达财政衔接资金280万元,用于2023年西平县优质小麦种植补贴项目。项目绩效目标为:对全县20个"
               "乡镇11681户脱贫户和监测对象户种植的西平优质小麦共28000亩给予补贴,补贴标准为财政按每人每亩100元发放。"
               "项目由西平县农业农村局负责组织实施。")
    _para(doc, "二、项目资金拨付情况及总体评价", bold=True)
    _para(doc, "截至评价时点,项目已拨付资金269.30万元,资金拨付率96%。实际完成情况与计划目标有差异,原因是各乡镇审核"
               "上报的对象为11200户26940人,执行中因死亡等原因减少4户10人,最终享受补贴的为11196户26930人,通过一卡"
               "通系统实际发放补贴资金269.3万元,结余资金已退回国库。总体看,项目规划合理、决策依据充分、资金到位及时、"
               "管理规范。")
    _para(doc, "三、项目效益情况", bold=True)
    _para(doc, "项目已经完成。产出质量、数量及成本等指标均按时按量完成。原定对全县20个乡镇的11196户脱贫户和监测户共"
               "26930人、优质小麦26930亩按每人每亩100元的标准发放补贴,现已全部发放到位。项目实施后,脱贫户和监测户"
               "的满意度为100%。")
    _para(doc, "四、项目绩效评价结论", bold=True)
    _para(doc, "项目的实施带动了县域优势产业的发展,增加了脱贫户和监测户的家庭收入。综合评价认为,2023年西平县优质小麦"
               "种植补贴项目实现了预期绩效目标。")
    _para(doc, "五、下步工作建议", bold=True)
    _para(doc, "评价表明,产业发展类项目对巩固脱贫成果、衔接推进乡村振兴作用明显,建议继续加大对产业的资金投入,带动"
               "农民就业增收。")
    _para(doc, "六、监督方式", bold=True)
    _para(doc, "国家乡村振兴局电话:12317 河南省乡村振兴局电话:0371-65919535")
    _para(doc, "驻马店市乡村振兴局电话:0396-2610268 西平县乡村振兴局")
    return _save_docx(doc, "ha-xiping-wheat-subsidy-eval.docx")


# The 东海 page is a traditional-character mirror that inserts a pinyin reading after some characters.
DONGHAI_ARTEFACTS = {
    "號": "號(hào)", "發": "發(fā)", "業": "業(yè)", "機": "機(jī)", "構": "構(gòu)", "標": "標(biāo)", "時": "時(shí)", "內": "內(nèi)",
    "據": "據(jù)", "質": "質(zhì)", "進": "進(jìn)", "農": "農(nóng)", "實": "實(shí)", "務": "務(wù)", "達": "達(dá)",
    "級": "級(jí)", "項": "項(xiàng)", "調": "調(diào)", "鄉": "鄉(xiāng)", "戰": "戰(zhàn)", "點": "點(diǎn)", "現": "現(xiàn)",
}


def _mirror(text):
    return "".join(DONGHAI_ARTEFACTS.get(ch, ch) for ch in text)


DONGHAI_GOAL1 = _mirror("2024年全縣農村戶廁改造目標任務為20100戶")
DONGHAI_GOAL2 = _mirror("加快推進我縣農村廁所革命工作，改善農民群眾生活品質，切實增強農民群眾的獲得感和幸福感")


def build_donghai():
    """江苏 连云港 东海县农业农村局: 2024年农村厕所改造项目及资金公示 (traditional mirror)."""
    doc = _new_doc()
    rows = [
        [_mirror("索 引 號"), "076/2024-00328", "", ""],
        [_mirror("發布機構"), _mirror("東海縣農業農村局"), _mirror("發文日期"), "2024-06-30"],
        [_mirror("標 題"), _mirror("關于2024年東海縣農村廁所改造項目及資金的公示"), "", ""],
        [_mirror("文 號"), _mirror("無號"), "主 題 詞", ""],
        [_mirror("內容概述"), "", "", ""],
        [_mirror("時 效"), "有效", "", ""],
    ]
    _table(doc, rows, merges=((0, 1, 0, 3), (2, 1, 2, 3), (4, 0, 4, 3), (5, 1, 5, 3)))
    body = ("依據《東海縣高質量推進“十四五”農村廁所革命實施意見》(東政辦發〔2022〕4號)的要求，"
            + "2024年全縣農村戶廁改造目標任務為20100戶" +
            "，其中新建改造戶廁19387戶、整改達標戶廁713戶；共使用上級專項資金3018萬元，包括省級第一批銜接資金"
            "1819萬元、中央土地跨省調劑資金509萬元和省級第二批銜接資金690萬元。我縣把農村廁所革命列為“十四五”"
            "時期實施鄉村振興戰略的重要任務，把整村推進農村廁所革命作為鄉村振興的重點工作，"
            + "加快推進我縣農村廁所革命工作，改善農民群眾生活品質，切實增強農民群眾的獲得感和幸福感" +
            "。現按照上級資金文件的要求，將我縣廁所革命工作及資金情況予以公示。")
    _para(doc, _mirror(body))
    _para(doc, _mirror("東海縣農業農村局"))
    _para(doc, "2024年6月30日")
    return _save_docx(doc, "js-donghai-toilet-fund-notice.docx")


def build_yancheng():
    """河南 漯河 郾城区文化旅游局: “阳光民生”项目公示 (三馆一站 免费开放 资金分配 + 项目实施情况表)."""
    wb = _new_wb()
    ws = wb.active
    ws.title = "公示"
    for col, w in zip("ABCDEFG", (22, 30, 16, 12, 8, 8, 8)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "郾城区文化旅游局“阳光民生”项目公示"
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "来源: 作者: 发布时间:2019年08月31日 浏览次数:"
    ws.merge_cells("A2:G2")
    ws["A4"] = "2019年“三馆一站”免费开放专项资金"
    ws.merge_cells("A4:B4")
    ws["A4"].alignment = Alignment(horizontal="center")
    ws["A5"] = "分配情况"
    ws.merge_cells("A5:B5")
    ws["A5"].alignment = Alignment(horizontal="center")
    alloc = [
        ("单  位", "资金分配额度(万元)"),
        ("郾城区图书馆", 10), ("郾城区文化馆", 10), ("郾城区美术馆", 10),
        ("郾城区城关镇综合文化站", 3), ("郾城区李集镇综合文化站", 3), ("郾城区龙城镇综合文化站", 3),
        ("郾城区孟庙镇综合文化站", 3), ("郾城区裴城镇综合文化站", 3), ("郾城区商桥镇综合文化站", 3),
        ("郾城区新店镇综合文化站", 3), ("郾城区沙北办事处文化站", 3),
        ("合计", 54),
    ]
    r0 = 6
    for i, (a, b) in enumerate(alloc):
        ws.cell(r0 + i, 1, a).border = BOX
        ws.cell(r0 + i, 2, b).border = BOX
    r = r0 + len(alloc) + 4          # the page leaves blank lines before the second table
    ws.cell(r, 1, "项目实施情况表").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    r += 1
    info = [
        (["项目名称", "2019年美术馆公共图书馆文化馆(站)免费开放专项资金"], [(2, 7)]),
        (["实施单位", "漯河市郾城区文化旅游局"], [(2, 7)]),
        (["批准文号", "漯财预指[2018]471号", "投资金额(万元)", "中央50", "4", "4", "42"], []),
        (["工期", "", "责任领导", ""], [(4, 7)]),
        (["责任股室", "办公室", "联系人", "周珈亦"], [(4, 7)]),
        (["联系电话", "6196020", "监督电话", "6196020"], [(4, 7)]),
        (["建设内容", "补助资金专门用于本单位公共图书馆、美术馆、文化馆和乡镇(街道)综合文化站免费开放后的正常运转及"
                      "提供基本公共文化服务所需支出。开展基本公共文化服务的经费由中央和地方财政共同负担,其中图书馆、"
                      "文化馆、美术馆的补助标准为每馆每年20万元,乡镇(街道)综合文化站的补助标准为每站每年5万元。"],
         [(2, 7)]),
        (["项目进度", "部分资金已拨付"], [(2, 7)]),
    ]
    for cells, merges in info:
        for j in range(7):
            c = ws.cell(r, j + 1, cells[j] if j < len(cells) else None)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
        for (c1, c2) in merges:
            ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
        if cells[0] == "建设内容":
            ws.row_dimensions[r].height = 75
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return _save_xlsx(wb, "ha-yancheng-free-open-fund-notice.xlsx")


# ----------------------------------------------------------------------------------------------- gold
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


DOCS = [
    {
        "build": build_yanggao,
        "source": "sx-yanggao-key-eval-results.docx",
        "source_urls": ["http://www.dtyg.gov.cn/ygxrmzfy/czxx/202507/6d2cb00974a74025ab9eff395fac7cda.shtml"],
        "province": "山西",
        "doc_kind": "评价结果公告 (财政重点绩效评价结果公开, 结果表只到第1行)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "项目支出绩效评价项目数(按等级)", "kind": "sum", "total": 24, "parts": [6, 18], "unit": "个"},
        ],
        "findings": [],
        "notes": ("阳高县财政局 (大同, 山西) notice of 2025-07 publishing the results of the third-party 2025 重点绩效评价 "
                  "of 2024 spending. The stored page holds the three introductory paragraphs and table 1 (2025年财政重点项目"
                  "绩效评价结果表: 序号/项目名称/实施单位/预算资金(万元)/评分情况/评价等级) up to the score of its first row: "
                  "section row '一 项目绩效评价' (merged across the table), row 1 区域养老服务中心消防改造项目, 山西省阳高县"
                  "民政局, 162.00, 89.72 — the 评价等级 cell of that row is where the page stops, so it is left empty and no "
                  "grade fact is recorded (89.72 would be 良). Prose facts kept: 24 projects, 19 budget units (all named), "
                  "55021.60万元, 6 优 + 18 良 = 24 (consistent, recorded as a sum fact); 部门整体 2 units (阳高县能源局, 阳高县"
                  "长城乡人民政府), 5789.67万元, both 优 (no scores given, so no grade fact). Judgement calls: no indicator "
                  "rows exist (the table is a results list, one row per project with a score), no goals, no findings; "
                  "the page gives no total for the 19 units' budgets beyond 55021.60万元, so no further sum. The purpose "
                  "paragraph is reworded; the list of project types keeps the page's mixed punctuation ('PPP项目,高标准农田')."),
    },
    {
        "build": build_shuangluan,
        "source": "he-shuangluan-cattle-farm-notice.docx",
        "source_urls": ["http://www.sergiomattos.net/art/2021/11/16/art_3878_869279.html"],
        "province": "河北",
        "doc_kind": "项目实施情况公告 (绩效目标与验收结果写在正文里)",
        "patterns": [6, 10],
        "indicators": [
            ind("产出目标", None, "水泥路面", None, 22.53, "m³", "22.53m³", actual=22.53),
            ind("产出目标", None, "毛石墙身", None, 213.75, "m³", "213.75m³", actual=213.75),
            ind("产出目标", None, "毛石挡墙", None, 347.15, "m³", "347.15m³", actual=347.15),
            ind("产出目标", None, "基础砌石", None, 172.6, "m³", "172.6m³", actual=172.6),
            ind("产出目标", None, "工程合格率", None, 90, "%", "90%"),
            ind("产出目标", None, "工程完工率", None, 90, "%", "90%"),
            ind("产出目标", None, "成本控制率", None, 60, "%", "60%"),
            ind("效益目标", None, "建设养殖场", None, 1, "座", "建设养殖场一座"),
            ind("效益目标", None, "脱贫户增收", None, 3, "户", "中营子村3户脱贫户增收"),
            ind("效益目标", None, "中营子村脱贫户每人增设扶贫股", None, 1, "股", "1股(3户共9股)"),
            ind("效益目标", None, "生态资源得到有效利用", None, None, None, "生态资源得到有效利用"),
            ind("效益目标", None, "脱贫户持续增收", None, 3, "户", "中营子村3户脱贫户持续增收"),
            ind("满意度目标", None, "中营子村脱贫户对达顺源肉牛奶牛综合养殖场工程的满意度", None, None, None, ""),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "中营子村脱贫户对达顺源肉牛奶牛综合养殖场工程的满意度",
             "why": "the 满意度目标 names the respondents and the object but gives no value, operator or scale"},
            {"rule": "target.vague_wording", "item": "生态资源得到有效利用",
             "why": "效益 target is only the words '得到有效利用', with no number, baseline or scale"},
        ],
        "notes": ("Notice of 2021-11-16 on the 双滦区双塔山镇中营子村达顺源肉牛奶牛综合养殖场 project (承德, 河北), paid from the "
                  "区财政衔接推进乡村振兴补助资金. The stored copy is on a mirror host (sergiomattos.net, the real site's "
                  "path art/2021/11/16/art_3878_869279.html); it opens with the title and a date line run together "
                  "('2021-11-1609时49分'), kept as found. The targets are a run-on paragraph (产出目标/效益目标/满意度目标) and "
                  "are reproduced as written because they are the indicators; the other sentences are reworded. Defects "
                  "kept: the third section heading has lost its numeral ('、绩效目标完成情况'), '股份经济合作社会追加投资' "
                  "(sic), the page stops mid-sentence at '保障会计核算准确、财务'. Gold: 13 rows read from the target "
                  "paragraph; level1 as written (产出目标/效益目标/满意度目标), no 二级 given so level2 null; no operator "
                  "words, so operator null throughout; the four volumes have actuals from the 验收 paragraph (equal to the "
                  "targets), the three rates only '验收合格' (actual null). Judgement calls: '壮大中营子村集体经济,建设养殖场"
                  "一座' is one row named 建设养殖场 (value 1 座; the 集体经济 clause has no measure of its own and is not a "
                  "separate row); the 扶贫股 row takes the per-person value 1 股 with '(3户共9股)' kept in target_text. "
                  "Not flagged: 成本控制率60% (odd but a number), the 30万元 estimate vs 29.862588万元 requested plus 20万元 "
                  "追加 (no total is claimed). 产出/效益/满意度 all present, so no coverage finding."),
    },
    {
        "build": build_xiping,
        "source": "ha-xiping-wheat-subsidy-eval.docx",
        "source_urls": ["http://xiping.gov.cn/portal/zwgk/zdgk/hjbh/tpgj/webinfo/2023/12/phone1711029141831998.htm"],
        "province": "河南",
        "doc_kind": "绩效评价报告 (衔接资金项目评价, 正文)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "目标", "text": "对全县20个乡镇11681户脱贫户和监测对象户种植的西平优质小麦共28000亩给予补贴,补贴标准为"
                                      "财政按每人每亩100元发放"},
        ],
        "facts": [
            {"metric": "财政衔接资金拨付", "kind": "budget", "planned": 280, "actual": 269.30, "stated_rate": 96,
             "unit": "万元"},
            {"metric": "上报户数", "kind": "sum", "total": 11200, "parts": [11196, 4], "unit": "户"},
            {"metric": "上报人数", "kind": "sum", "total": 26940, "parts": [26930, 10], "unit": "人"},
        ],
        "findings": [],
        "notes": ("西平县 (驻马店, 河南) evaluation of the 2023 优质小麦种植补贴 project (财政衔接资金 280万元). The stored page "
                  "has no title: it opens at '一、项目基本情况' and stops in '六、监督方式' after '西平县乡村振兴局'; the "
                  "document does the same. All sentences are reworded with the page's numbers. Checks: 269.30/280 = "
                  "96.18%, stated 96% (integer) — consistent; 11200 − 4 = 11196 户 and 26940 − 10 = 26930 人 — consistent "
                  "(recorded as sums); 26930 × 100元 = 269.3万元 matches the amount paid. The goal (11681户, 28000亩) is "
                  "not met (11196户, 26930亩) but the page states the reason (乡镇审核上报 fewer households, deaths), so no "
                  "deviation finding. Judgement calls: no indicator rows (the only measure besides the goal is "
                  "'满意度为100%', a result with no target); section 三 restates the plan with the actual numbers "
                  "('原定…11196户…26930亩'), which contradicts the goal's 11681户/28000亩 — noted, but no listed rule "
                  "covers it; the goal is quantified, so no goal finding."),
    },
    {
        "build": build_donghai,
        "source": "js-donghai-toilet-fund-notice.docx",
        "source_urls": ["http://www.suregao.com/dhxzf/fl5/content/44ba6896-6d50-4288-86ad-0e5d3271b11d.html"],
        "province": "江苏",
        "doc_kind": "项目及资金公示 (农村改厕, 繁体镜像页)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "目标", "text": DONGHAI_GOAL1},
            {"kind": "目标", "text": DONGHAI_GOAL2},
        ],
        "facts": [
            {"metric": "农村户厕改造任务", "kind": "sum", "total": 20100, "parts": [19387, 713], "unit": "户"},
            {"metric": "上级专项资金", "kind": "sum", "total": 3018, "parts": [1819, 509, 690], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": DONGHAI_GOAL2,
             "why": "the only outcome statement (改善生活品质, 增强获得感和幸福感) has no number, indicator or scale"},
        ],
        "notes": ("东海县农业农村局 (连云港, 江苏) 公示 of 2024-06-30 on the 2024 农村户厕改造 task and its funds. The stored "
                  "copy is a traditional-character mirror (suregao.com) that inserts a pinyin reading after some "
                  "characters ('號(hào)', '發(fā)', '農(nóng)' …); the document keeps the traditional script and applies the "
                  "same insertions, in the metadata table (索引號/發布機構/發文日期/標題/文號/主題詞/內容概述/時效, with the "
                  "page's empty cells) and in the body. The body is reworded; numbers as written: 20100 = 19387 + 713 户, "
                  "3018 = 1819 + 509 + 690 萬元 (both consistent, recorded as sums); document number 東政辦發〔2022〕4號; "
                  "索引號 076/2024-00328. Goals: the task sentence (quantified) and the closing outcome sentence "
                  "(unquantified → goal.unquantified). Judgement call: the second goal is prose in a 公示, not a goal "
                  "cell; a demanding reviewer would still note that the notice states no measurable result. No "
                  "indicator rows; the page ends with the signature and date."),
    },
    {
        "build": build_yancheng,
        "source": "ha-yancheng-free-open-fund-notice.xlsx",
        "source_urls": ["http://www.lhyc.gov.cn/Item/64759.aspx"],
        "province": "河南",
        "doc_kind": "项目公示 (资金分配表 + 项目实施情况表)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "“三馆一站”免费开放专项资金分配合计", "kind": "sum", "total": 54,
             "parts": [10, 10, 10, 3, 3, 3, 3, 3, 3, 3, 3], "unit": "万元"},
        ],
        "findings": [],
        "notes": ("郾城区文化旅游局 (漯河, 河南) '阳光民生' 项目公示 of 2019-08-31 on the 2019 三馆一站 免费开放专项资金. One "
                  "sheet: title, the source/date line, the allocation table (单位 / 资金分配额度(万元): 图书馆, 文化馆, "
                  "美术馆 10 each, seven 镇综合文化站 and 沙北办事处文化站 3 each, 合计 54 — consistent, recorded as a sum), "
                  "blank rows, then the 项目实施情况表. The page's second table is flattened text; it is laid out as a "
                  "label/value grid. Defects kept: the 投资金额(万元) row reads '中央50' followed by three unlabelled cells "
                  "'4', '4', '42' (the page gives no labels; 50 + 4 = 54 may be meant, the rest is unclear); 工期 and "
                  "责任领导 are empty; the page stops at 项目进度 '部分资金已拨付'. The 建设内容 cell is reworded; its "
                  "standards (20万元 per 馆 per year, 5万元 per 站 per year) are kept. Judgement calls: the allocations "
                  "(10万元 per 馆, 3万元 per 站) are below the stated standards, but that is not one of the listed rules "
                  "(the standards are shared central/local costs), so no finding; no indicators or goals on the page."),
    },
]


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for spec in DOCS:
        path = spec["build"]()
        gold = {k: v for k, v in spec.items() if k != "build"}
        with open(os.path.join(ANN, spec["source"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        if no_pdf:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                            "--convert-to", "pdf", "--outdir", tmp, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            pdf_name = os.path.splitext(spec["source"])[0] + ".pdf"
            shutil.copy(os.path.join(tmp, pdf_name), os.path.join(HERE, pdf_name))
        pdf_gold = copy.deepcopy(gold)
        pdf_gold["source"] = pdf_name
        with open(os.path.join(ANN, pdf_name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(pdf_gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", spec["source"], "and", pdf_name)


if __name__ == "__main__":
    main()
