#!/usr/bin/env python
"""Blind part blind119: real layouts of non-general-budget performance documents.

Writes four documents (DOCX / XLSX) reproducing stored public pages, their gold
annotations (annotations/<file>.json, written first), then PDFs via LibreOffice,
then checks that every gold string is present in the PDF text.

Written by an annotator who has not read the toolkit's code.
Run:  /tmp/venv/bin/python make_blind119_layouts.py
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"


# --------------------------------------------------------------------------- helpers
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = "blind119"
    cp.last_modified_by = "blind119"
    cp.created = FIXED
    cp.modified = FIXED
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


def doc_table(doc, rows, merges=(), widths=None):
    """rows: list of lists of strings (None = part of a merge). merges: (r1,c1,r2,c2)."""
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell = t.cell(i, j)
            cell.text = val
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
                    r.font.name = FONT
                    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return t


def write_gold(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    g = dict(gold)
    g["source"] = fname
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps and order, for byte-stable output."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2025-01-01T00:00:00Z<", data)
                data = re.sub(rb"<dcterms:created([^>]*)>[^<]*<", rb"<dcterms:created\1>2025-01-01T00:00:00Z<", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def check(pdf, gold):
    text = pdf_text(pdf)
    missing = []
    need = []
    for i in gold["indicators"]:
        need.append(i["name"])
        if i["target_text"]:
            need.append(i["target_text"])
    for g in gold["goals"]:
        need.append(g["text"])
    for f in gold["findings"]:
        need.append(f["item"])
    for s in need:
        if re.sub(r"\s+", "", s) not in text:
            missing.append(s)
    return missing


# --------------------------------------------------------------------------- doc 1
# 湖南 湘潭 工伤保险基金 2023年项目支出绩效目标表 (XLSX)
URL1 = "http://xtrs.xiangtan.gov.cn/4778/4785/content_1213468.html"
F1 = "hunan-xiangtan-gongshangbaoxianjijin-mubiaobiao.xlsx"

G1_GOALS = [
    ("实施期绩效目标", "1、为因工受伤或罹患职业病的职工提供医疗救治与经济补偿,推动工伤预防和职业康复,分担用人单位的工伤风险。"),
    ("实施期绩效目标", "2、承担工伤保险的具体经办事务。"),
    ("年度目标", "1、保证新、老工伤人员各项待遇按时、足额支付。"),
    ("年度目标", "2、工伤预防取得明显成效。"),
    ("绩效目标", "绩效目标1:确保新老工伤各项待遇及时、足额支付"),
    ("绩效目标", "绩效目标2:工伤预防成效显著"),
]

G1 = {
    "source_urls": [URL1],
    "province": "湖南",
    "doc_kind": "项目支出绩效目标表(社会保险基金:工伤保险基金)",
    "patterns": [1, 5, 6, 10],
    "indicators": [
        ind("产出指标", "数量指标", "全市待遇发放额", None, 28600, "万", "28600万"),
        ind("产出指标", "质量指标", "工伤保险基金安全完整率", None, 100, "%", "100%"),
        ind("产出指标", "成本指标", "全年工伤保险基金支出", None, 29300, "万", "29300万"),
        ind("产出指标", "时效指标", "待遇及时发放率", None, 100, "%", "100%"),
        ind("效益指标", "可持续影响指标", "各项待遇持续发放率", None, 100, "%", "100%"),
        ind("效益指标", "社会公众或服务对象满意度", "服务对象满意度", None, None, None, "满意"),
        ind("产出指标", "数量指标", "全年工伤预防培训场次", ">=", 1, "场", "≥1场"),
        ind("产出指标", "质量指标", "项目参训人员考核通过率", ">=", 90, "%", "≥90%"),
        ind("产出指标", "成本指标", "工伤预防宣传费", "<=", 505, "万", "≤505万"),
        ind("产出指标", "时效指标", "开展工伤预防培训", None, None, None, "2023年 年底前"),
        ind("效益指标", "社会效率指标", "参训单位因安全生产责任事故造成职工重度伤残比率", "<=", 10, "%", "≤10%"),
    ],
    "goals": [{"kind": k, "text": t} for k, t in G1_GOALS],
    "facts": [],
    "findings": [
        {"rule": "target.missing_unit", "item": "全市待遇发放额",
         "why": "值写作“28600万”,单位只有“万”,缺“元”"},
        {"rule": "target.input_or_process", "item": "全市待遇发放额",
         "why": "数量指标用待遇发放金额(资金投入)充当产出,且与年度本级预算金额28600万相同"},
        {"rule": "target.missing_unit", "item": "全年工伤保险基金支出",
         "why": "“29300万”单位不完整(缺“元”)"},
        {"rule": "target.cost_restates_budget", "item": "全年工伤保险基金支出",
         "why": "成本指标只是全年基金支出总额,没有单位成本含义;且29300万与本级28600万+省级562万=29162万均不一致"},
        {"rule": "target.qualitative_no_scale", "item": "服务对象满意度",
         "why": "指标值仅写“满意”,无百分比或分级标准"},
        {"rule": "target.impossible_value", "item": "全年工伤预防培训场次",
         "why": "≥1场 目标过低/近乎无意义"},
        {"rule": "target.missing_unit", "item": "工伤预防宣传费",
         "why": "“≤505万”单位不完整(缺“元”)"},
        {"rule": "goal.process_only", "item": "2、承担工伤保险的具体经办事务。",
         "why": "实施期目标只描述经办工作,没有产出或效果"},
        {"rule": "goal.unquantified", "item": "2、工伤预防取得明显成效。",
         "why": "年度目标只有“明显成效”的定性说法,无数字"},
    ],
    "notes": ("Stored page (text rendering) stops inside the last visible indicator row: "
              "'参训单位因安全生产责任事故造成职工重度伤残比率 ≤10% 计划标' — the 绩效标准 cell is cut as '计划标' and the "
              "备注 cell of that row is missing; the document stops there. Kept as found: units '万' without 元 "
              "(28600万, 29300万, ≤505万), the odd start date 2023年1月31日, the header '部门整体支出年度绩效指标' on a "
              "project table, the 二级 typo '社会效率指标', satisfaction row placed under 效益指标 with 二级 "
              "'社会公众或服务对象满意度' (no separate 满意度 一级), and the 备注 column holding 定量指标/定性指标. Goal "
              "paragraphs are paraphrased; the short goal labels in the 绩效目标 column are kept as written. "
              "Judgement calls: percent targets without a symbol are operator null; '2023年 年底前' is a deadline, "
              "operator and value null; level1 of the satisfaction row taken as 效益指标 because the 一级 column is "
              "merged down from 可持续影响指标. No sum facts: the page gives 本级28600万 and 省级562万 but no total. "
              "Pattern 4 (labels shifted) arguably applies to the satisfaction row; not listed.")
}


def build_xiangtan(path):
    wb = Workbook()
    wb.properties.creator = "blind119"
    wb.properties.lastModifiedBy = "blind119"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [14, 22, 10, 16, 30, 14, 10, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    rows = [
        ["2023年项目支出绩效目标表"] + [None] * 7,
        ["填报单位:湘潭市工伤保险服务中心", None, None, None, None, "单位:万元", None, None],
        ["项目支出名称", "湘潭市工伤保险基金", None, None, "预算部门", "湘潭市工伤保险服务中心", None, None],
        ["年度本级预算金额", "28600万", None, None, "该项目支出上级资金", "省级562万", None, None],
        ["项目支出实施期", "2023年1月31日---2023年12月31日"] + [None] * 6,
        ["实施期绩效目标", G1_GOALS[0][1] + "\n" + G1_GOALS[1][1]] + [None] * 6,
        ["本年度绩效目标", G1_GOALS[2][1] + "\n" + G1_GOALS[3][1]] + [None] * 6,
        ["部门整体支出年度绩效指标", "绩效目标", "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准", "备注"],
        [None, G1_GOALS[4][1], "产出指标", "数量指标", "全市待遇发放额", "28600万", "计划标准", "定量指标"],
        [None, None, None, "质量指标", "工伤保险基金安全完整率", "100%", "历史标准", "定量指标"],
        [None, None, None, "成本指标", "全年工伤保险基金支出", "29300万", "计划标准", "定量指标"],
        [None, None, None, "时效指标", "待遇及时发放率", "100%", "历史标准", "定量指标"],
        [None, None, "效益指标", "可持续影响指标", "各项待遇持续发放率", "100%", "历史标准", "定量指标"],
        [None, None, None, "社会公众或服务对象满意度", "服务对象满意度", "满意", "历史标准", "定性指标"],
        [None, G1_GOALS[5][1], "产出指标", "数量指标", "全年工伤预防培训场次", "≥1场", "计划标准", "定量指标"],
        [None, None, None, "质量指标", "项目参训人员考核通过率", "≥90%", "计划标准", "定量指标"],
        [None, None, None, "成本指标", "工伤预防宣传费", "≤505万", "计划标准", "定量指标"],
        [None, None, None, "时效指标", "开展工伤预防培训", "2023年 年底前", "计划标准", "定量指标"],
        [None, None, "效益指标", "社会效率指标", "参训单位因安全生产责任事故造成职工重度伤残比率", "≤10%", "计划标", None],
    ]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if v is not None:
                cell.value = v
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r == 1 else "left")
            cell.font = Font(name=FONT, size=14 if r == 1 else 9, bold=(r == 1))
            if r >= 3:
                cell.border = border
    merges = ["A1:H1", "A2:E2", "F2:H2", "B3:D3", "F3:H3", "B4:D4", "F4:H4", "B5:H5", "B6:H6", "B7:H7",
              "A8:A19", "B9:B14", "C9:C12", "C13:C14", "B15:B19", "C15:C18"]
    for m in merges:
        ws.merge_cells(m)
    ws.row_dimensions[6].height = 42
    ws.row_dimensions[7].height = 30
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


# --------------------------------------------------------------------------- doc 2
# 安徽 池州 城乡居保市级补贴 2022年度 财政绩效评价 (DOCX, prose only)
URL2 = "https://czsrsj.chizhou.gov.cn/OpennessContent/show/1441109.html"
F2 = "anhui-chizhou-chengxiangjubao-pingjiabaogao.docx"

G2 = {
    "source_urls": [URL2],
    "province": "安徽",
    "doc_kind": "绩效评价报告(城乡居民基本养老保险市级补贴,prose)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "各县区申请市级补贴", "kind": "sum", "total": 1904, "parts": [155.46, 1748.54], "unit": "万元"},
        {"metric": "贵池区市级承担基础养老金发放额(申请额+超出预算额)", "kind": "sum", "total": 1045.28,
         "parts": [945.72, 99.56], "unit": "万元"},
        {"metric": "贵池区缴费补贴金额(申请额+超出预算额)", "kind": "sum", "total": 154.89,
         "parts": [46.36, 108.53], "unit": "万元"},
        {"metric": "青阳县基础养老金实际支出(申请额+超出预算额)", "kind": "sum", "total": 239.53,
         "parts": [238.34, 1.19], "unit": "万元"},
        {"metric": "青阳县实际需要市级缴费补贴(申请额+超出预算额)", "kind": "sum", "total": 82.82,
         "parts": [17.17, 65.65], "unit": "万元"},
        {"metric": "石台县市级基础养老金发放额(申请额+超出预算额)", "kind": "sum", "total": 93.34,
         "parts": [90, 3.34], "unit": "万元"},
        {"metric": "石台县缴费补贴(申请额+超出预算额)", "kind": "sum", "total": 19.71,
         "parts": [9.65, 10.06], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("Stored page stops inside the 东至县 paragraph at '实际需要市级缴费补贴1' (the number is cut); the "
              "document stops there with the cut kept. Prose only, no indicator table, no stated targets, so no "
              "indicator rows and no goals. Narrative paraphrased; every number kept (1904, 155.46, 1748.54, 277990, "
              "4.99亿元, 144814, 394.86, county figures, file numbers 池政【2015】25号 and 池人社发【2019】46号 with "
              "their 【】 brackets as found). Judgement calls: the county parts shown (4 counties) do not add up to "
              "the city totals (基础养老金 1735.82 vs 1748.54; 缴费补贴 153.78 vs 155.46; 领取待遇 275176 vs 277990) but "
              "the page is cut and other units may follow, so these are not recorded as facts or findings. The "
              "'超出预算金额' statements are recorded as sum facts (actual = budget + excess); all of them add up. "
              "No finding rule applies to what is shown.")
}


def build_chizhou(path):
    doc = new_doc()
    para(doc, "池州市2022年度城乡居保市级补贴财政绩效评价报告", bold=True, center=True, size=14)
    para(doc, "为加强预算绩效管理、提升财政资源配置效率和资金使用效益,池州市人社局对2022年度城乡居民"
              "养老保险市级补贴资金的使用情况开展了财政绩效评价,现将评价情况报告如下:")
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)总体情况", bold=True)
    para(doc, "2022年,依据《池州市人民政府关于进一步完善城乡居民基本养老保险制度的实施意见》(池政【2015】25号)"
              "以及《关于转发省人社厅财政厅〈关于建立城乡居民养老保险待遇确定和基础养老金正常调整机制的实施意见〉的通知》"
              "(池人社发【2019】46号)的规定,各县区合计申请市级补贴1904万元,其中缴费补贴155.46万元,"
              "基础养老金1748.54万元。截至2022年底,全市领取待遇人数277990人,基础养老金实际支出4.99亿元;"
              "实际享受市级缴费补贴的人数为144814人,实际需要的市级缴费补贴为394.86万元。")
    para(doc, "(二)各县区情况", bold=True)
    para(doc, "贵池区申请基础养老金补贴945.72万元、缴费补贴46.36万元;2022年底实际领取待遇10.76万人,"
              "发放市级承担的基础养老金1045.28万元,超出预算99.56万元;实际缴费人数56294人,补贴金额154.89万元,"
              "超出预算108.53万元。")
    para(doc, "青阳县申请基础养老金补贴238.34万元、缴费补贴17.17万元;2022年底实际领取待遇51268人,"
              "基础养老金实际支出239.53万元,超出预算1.19万元;实际享受市级缴费补贴35885人,"
              "实际需要市级缴费补贴82.82万元,超出预算65.65万元。")
    para(doc, "石台县申请基础养老金补贴90万元、缴费补贴9.65万元;2022年底实际领取待遇20154人,"
              "全年发放市级基础养老金93.34万元,超出预算3.34万元;享受市级缴费补贴5035人,"
              "缴费补贴19.71万元,超出预算10.06万元。")
    para(doc, "东至县申请基础养老金补贴461.76万元、缴费补贴80.6万元;2022年底实际领取待遇96154人,"
              "基础养老金实际支出446.98万元;实际享受市级缴费补贴46652人,实际需要市级缴费补贴1")
    doc.save(path)


# --------------------------------------------------------------------------- doc 3
# 福建 德化 2025年老年助餐省级补助资金(中央专项彩票公益金) 下达通知 + 分配表 + 区域绩效目标表(截断) (DOCX)
URL3 = "http://dehua.gov.cn/ztzl/jczwgkbzhgfh/sdlybzzy/ylfw/202512/t20251218_3243154.htm"
F3 = "fujian-dehua-caipiaogongyijin-laonianzhucan-mubiaobiao.docx"
G3_GOAL = "支持老年助餐机构按需购置或更新助餐设"

G3 = {
    "source_urls": [URL3],
    "province": "福建",
    "doc_kind": "资金下达通知及专项转移支付区域绩效目标表(政府性基金:彩票公益金)",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": G3_GOAL}],
    "facts": [
        {"metric": "2025年老年助餐省级补助资金分配(龙浔镇)", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "万元"},
        {"metric": "资金总额", "kind": "sum", "total": 10, "parts": [10, 0], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("Stored page stops inside the 总体目标 cell of 附件2 at '支持老年助餐机构根据需要购置或更新助餐设'; the "
              "goal text (paraphrased, cut kept at the same place: '…助餐设') is the last thing in the document, so no "
              "indicator rows are on the page. Kept as found: the file number '泉财社指〔2025122' (closing 〕 and 号 "
              "missing), the missing punctuation '10万元详见附件1', the signature date '20251216', the attachment "
              "title '2025年度)' with its opening bracket missing, the notice listing 附件2 as '中央对地方转移支付区域"
              "绩效目标表' while the attachment itself is titled '专项转移支付区域绩效目标表', and the empty 部门预算编码. "
              "Budget: 政府性基金预算 (彩票公益金, 科目2296002). Judgement calls: the cut goal is not flagged "
              "goal.unquantified because its end is missing; no coverage finding because the indicator part of the "
              "table is not on the stored page. Facts: 5+5=10 (分配表 合计) and 资金总额 10 = 财政拨款10 + 其他资金0.")
}


def build_dehua(path):
    doc = new_doc()
    para(doc, "德化县民政局关于下达2025年老年助餐省级补助资金的通知", bold=True, center=True, size=14)
    para(doc, "发布时间: 2025-12-16 15:03:00")
    para(doc, "龙浔镇人民政府:")
    para(doc, "为推动养老服务事业发展,依据《泉州市财政局 泉州市民政局关于下达2025年老年助餐省级补助资金的通知》"
              "泉财社指〔2025122,现将2025年中央专项彩票公益金支持居家和社区基本养老服务提升行动项目资金"
              "老年助餐省级补助资金10万元详见附件1下达给你镇。")
    para(doc, "一、该项专项资金主要用于扶持乡镇一级已形成一定服务规模、运营较为稳定成熟的老年助餐点购置或更新"
              "相关设施设备。")
    para(doc, "二、该项目收入列入2025年政府性基金预算收支科目第1100499项“其他收入”,支出列入第2296002项"
              "“用于社会福利的彩票公益金支出”。")
    para(doc, "三、为全面实施预算绩效管理,现将预算绩效目标(见附件2)一并下达,请在组织预算执行时对照区域绩效目标"
              "做好绩效跟踪管理,切实提高财政资金使用效益。")
    para(doc, "附件1.2025年老年助餐省级补助资金分配表")
    para(doc, "2.中央对地方转移支付区域绩效目标表")
    p = para(doc, "德化县民政局")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(doc, "20251216")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_page_break()
    para(doc, "附件1")
    para(doc, "2025年老年助餐省级补助资金分配表", bold=True, center=True, size=12)
    p = para(doc, "单位:万元")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc_table(doc, [
        ["序号", "乡镇", "(社区)", "补助对象", "补助金额"],
        ["1", "龙浔镇", "英山村", "英山村长者食堂", "5"],
        [None, None, "德新社区", "德新社区长者食堂", "5"],
        ["合计", None, None, None, "10"],
    ], merges=[(1, 0, 2, 0), (1, 1, 2, 1), (3, 0, 3, 3)])
    doc.add_page_break()
    para(doc, "附件2")
    para(doc, "专项转移支付区域绩效目标表", bold=True, center=True, size=12)
    para(doc, "2025年度)", center=True)
    doc_table(doc, [
        ["项目名称", "中央专项彩票公益金支持居家和社区基本养老服务提升行动项目(老年助餐省级补助)", None, None],
        ["主管部门(单位)名称及部门预算编码", "德化县民政局", None, ""],
        ["资金情况(万元)", "资金总额", "10", None],
        [None, "其中:财政拨款", "10", None],
        [None, "其他资金", "0", None],
        ["总体目标", G3_GOAL, None, None],
    ], merges=[(0, 1, 0, 3), (1, 1, 1, 2), (2, 0, 4, 0), (2, 2, 2, 3), (3, 2, 3, 3), (4, 2, 4, 3), (5, 1, 5, 3)])
    doc.save(path)


# --------------------------------------------------------------------------- doc 4
# 湖北 潜江 2024年度 开发区失地农民长效生活补助 项目绩效评价报告 (DOCX, score table)
URL4 = "https://www.hbqj.gov.cn/sczj/xwzx/gsgg/202512/t20251210_5831422.html"
F4 = "hubei-qianjiang-shidinongmin-shenghuobuzhu-pingjiabaogao.docx"
G4_GOAL = "建立并完善失地农民长效生活保障机制,不断提高失地农民生活水平,帮助其融入社会发展。"

G4 = {
    "source_urls": [URL4],
    "province": "湖北",
    "doc_kind": "项目绩效评价报告(失地农民长效生活补助)",
    "patterns": [6, 10],
    "indicators": [
        ind(None, None, "成本控制率", "<=", 100, "%", "成本控制率≤100%"),
        ind(None, None, "失地农民生活补助发放人数", "<=", 1815, "人", "汉南村≤1815人"),
        ind(None, None, "失地农民生活补助发放人数", "<=", 216, "人", "沙岭村≤216人"),
        ind(None, None, "失地农民生活补助发放人数", "<=", 726, "人", "彭鲁村≤726人"),
        ind(None, None, "失地农民资格审核准确率", None, 100, "%", "失地农民资格审核准确率100%"),
        ind(None, None, "补助资金发放准确率", None, 100, "%", "补助资金发放准确率100%"),
        ind(None, None, "决策", None, None, None, None, weight=14, score=10.5),
        ind(None, None, "过程", None, None, None, None, weight=19, score=15),
        ind(None, None, "产出", None, None, None, None, weight=35, score=21),
        ind(None, None, "效果", None, None, None, None, weight=32, score=28.96),
    ],
    "goals": [{"kind": "年度目标", "text": G4_GOAL}],
    "facts": [
        {"metric": "综合得分", "kind": "sum", "total": 75.46, "parts": [10.5, 15, 21, 28.96], "unit": "分"},
        {"metric": "权重合计", "kind": "sum", "total": 100, "parts": [14, 19, 35, 32], "unit": "分"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": G4_GOAL,
         "why": "年度绩效目标只有“建立完善/不断提高/帮助融入”的定性表述,没有数字"},
        {"rule": "target.cost_restates_budget", "item": "成本控制率",
         "why": "“成本控制率≤100%”只等于“不超预算”,没有单位成本含义"},
        {"rule": "coverage.missing_dimension", "item": "项目绩效目标核心指标",
         "why": "列出的核心指标只有成本、数量、质量,没有效益或满意度指标"},
    ],
    "notes": ("Stored page stops in section 三(二)项目过程 at '资金符合预算规定的'; the document stops there. "
              "Narrative paraphrased, numbers kept (255.39万元, 100%, 75.46, 14/10.5, 19/15, 35/21, 32/28.96). "
              "Kept as found: the text says '投入、过程、产出、效果四个维度' while the table and the preceding sentence "
              "say 决策; the 合计 row has 100 | 75.46 in the 权重/得分 columns with an empty trailing cell; the "
              "core indicators are given in prose with the value in the sentence (pattern 6). Judgement calls: the "
              "three village counts are three indicator rows with the same name 失地农民生活补助发放人数 and target_text "
              "'<村名>≤N人'; the score table rows (决策/过程/产出/效果) are indicator rows with weight and score and "
              "no levels (they are 一级 rows, the finest level the table has); '≤' on a headcount is odd (a cap, "
              "not a target) but not flagged; the sums (75.46, 100) and grade 中 for 75.46 are consistent, so no "
              "consistency finding; 资金到位率/预算执行率 100% = 255.39/255.39 consistent. coverage.missing_dimension "
              "is a judgement call: the page only lists the 'core' indicators.")
}


def build_qianjiang(path):
    doc = new_doc()
    para(doc, "2024年度潜江市“开发区失地农民长效生活补助”项目", bold=True, center=True, size=14)
    para(doc, "绩效评价报告", bold=True, center=True, size=14)
    para(doc, "一、基本情况", bold=True)
    para(doc, "2024年度“潜江开发区失地农民长效生活补助”项目由潜江经济开发区财政局实施。项目年初预算资金"
              "255.39万元,实际到位255.39万元,资金到位率100%;实际执行255.39万元,预算执行率100%。")
    para(doc, "项目年度绩效目标为:" + G4_GOAL)
    para(doc, "项目绩效目标核心指标为:1.成本控制率≤100%;2.失地农民生活补助发放人数汉南村≤1815人、"
              "沙岭村≤216人、彭鲁村≤726人;3.失地农民资格审核准确率100%;补助资金发放准确率100%。")
    para(doc, "二、绩效评价分数与等级", bold=True)
    para(doc, "本次评价从决策、过程、产出和效果四个维度对项目进行综合分析,综合得分75.46分,绩效评价等级为“中”。"
              "投入、过程、产出、效果四个维度的评价得分见下表:")
    para(doc, "项目绩效得分情况表", bold=True, center=True)
    doc_table(doc, [
        ["序号", "评价指标", "权重", "得分"],
        ["1", "决策", "14", "10.5"],
        ["2", "过程", "19", "15"],
        ["3", "产出", "35", "21"],
        ["4", "效果", "32", "28.96"],
        ["合计", "100", "75.46", ""],
    ])
    para(doc, "三、绩效评价指标情况", bold=True)
    para(doc, "(一)项目决策。", bold=True)
    para(doc, "决策指标标准分14分,评价得分10.5分。项目立项依据充分、程序规范,符合国家政策和部门职责,"
              "资金额度分配有据。扣分的主要原因是:绩效目标设置偏笼统,未按目标细化出清晰的绩效指标值;年初未做资金预算"
              "测算,资金使用缺少整体规划,影响了资源配置效率。")
    para(doc, "(二)项目过程。", bold=True)
    para(doc, "过程指标标准分19分,评价得分15分。本项目预算批复资金255.39万元,年底到位资金255.39万元,资金到位率100%,"
              "实际支付255.39万元,预算执行率100%。项目资金拨付审批程序和手续完整,资金符合预算规定的")
    doc.save(path)


# --------------------------------------------------------------------------- main
DOCS = [
    (F1, G1, build_xiangtan),
    (F2, G2, build_chizhou),
    (F3, G3, build_dehua),
    (F4, G4, build_qianjiang),
]


def main():
    os.makedirs(ANN, exist_ok=True)
    # 1. gold first
    for fname, gold, _ in DOCS:
        pdfname = os.path.splitext(fname)[0] + ".pdf"
        write_gold(fname, gold)
        write_gold(pdfname, gold)
    # 2. documents, 3. PDFs
    for fname, gold, build in DOCS:
        path = os.path.join(HERE, fname)
        build(path)
        normalize_zip(path)
        to_pdf(path)
    # 4. check gold strings against PDF text
    bad = 0
    for fname, gold, _ in DOCS:
        pdf = os.path.join(HERE, os.path.splitext(fname)[0] + ".pdf")
        miss = check(pdf, gold)
        n_ind, n_find = len(gold["indicators"]), len(gold["findings"])
        print(f"{fname}: {n_ind} indicators, {n_find} findings, missing in PDF: {miss}")
        bad += len(miss)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
