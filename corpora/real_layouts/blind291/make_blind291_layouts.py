"""Build the blind291 test documents (health sector), their PDFs and gold annotations.

The gold below is written before any file is built or read.  Run:
    /tmp/wvenv/bin/python make_blind291_layouts.py
"""
import copy
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind291"
FIXED_DT = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (1980, 1, 1, 0, 0, 0)
CJK = "Noto Sans CJK SC"

URL_TL = "https://wsjkw.tl.gov.cn/2012/2016/jjkkqxd/202301/t20230109_2136089.html"
URL_YQ = "https://m.wenke99.com/p-5198777.html"
URL_XC = "http://www.xuecheng.gov.cn/zwgk/qjbm/qczj/202205/t20220524_1437755.html"
URL_SN = "https://m.macharness.com/gongkai/show/a96b8b0adc424accaa248a9c1c12c281.html"


# ---------------------------------------------------------------- gold ----
def ind(name, op=None, value=None, unit=None, target_text=None, level1=None,
        level2=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op,
            "value": value, "unit": unit,
            "target_text": target_text if target_text is not None else name,
            "actual": actual, "weight": weight, "score": score}


# 铜陵 健康口腔行动: four blocks of numbered targets, one per (unnamed) unit.
T_ZHENGZHI = "开展不规范口腔诊疗行为专项整治"
T_YINFA = "印发健康口腔行动科普宣传方案"
T_KOUQIANGKE = "100%比例二级综合医院(含中医院)单独设置口腔科"
T_BANGFU = "基本健全口腔专科医院、三级医院口腔科对口帮扶机制"
T_JINXIAO = "启动健康口腔进校园活动"
T_PEIXUN = "组织开展基层口腔医护人员专业培训15人"
T_JISHU7 = "推广适宜技术项目不少于7项"
T_JISHU4 = "推广适宜技术项目不少于4项"
T_YISHI = "20%比例社区卫生服务中心、服务人口超过2万的乡镇卫生院配备专职口腔医师"
T_YISHI_B = ("社区卫生服务中心、20%比例社区卫生服务中心、服务人口超过2万的乡镇卫生院"
             "配备专职口腔医师")
T_TUFU = "完成8%比例3-6岁儿童局部涂氟"
T_FENGBI = "完成8%比例6-9岁儿童第一恒磨牙窝沟封闭"
T_YAYI4 = "二级及以上综合医院( 含中医院)新增牙椅共4张"
T_YAYI1 = "二级及以上综合医院( 含中医院)新增牙椅共1张"

TL_BLOCKS = [
    [T_ZHENGZHI, T_YINFA, T_KOUQIANGKE, T_BANGFU, T_JINXIAO, T_PEIXUN, T_JISHU7,
     T_YISHI, T_TUFU, T_FENGBI, T_YAYI4],
    [T_YINFA, T_KOUQIANGKE, T_JINXIAO, T_JISHU4, T_YISHI_B, T_TUFU, T_FENGBI, T_YAYI1],
    [T_YINFA, T_JINXIAO, T_JISHU4, T_YISHI, T_TUFU, T_FENGBI],
    [T_YINFA, T_KOUQIANGKE, T_JINXIAO, T_JISHU4, T_YISHI, T_TUFU],
]
TL_PROGRESS = ["1.已开展口腔诊疗行为专项整治工作;", "1.已印发健康口腔行动科普宣传方案;",
               "1.印发健康口腔行动科普宣传方案;", ""]
TL_TAIL = "7.完成8%"  # the stored page stops here, inside the fourth block

TL_VALUES = {
    T_KOUQIANGKE: ("=", 100, "%"), T_PEIXUN: ("=", 15, "人"), T_JISHU7: (">=", 7, "项"),
    T_JISHU4: (">=", 4, "项"), T_YISHI: ("=", 20, "%"), T_YISHI_B: ("=", 20, "%"),
    T_TUFU: ("=", 8, "%"), T_FENGBI: ("=", 8, "%"), T_YAYI4: ("=", 4, "张"),
    T_YAYI1: ("=", 1, "张"),
}


def tl_indicators():
    rows = []
    for block in TL_BLOCKS:
        for item in block:
            op, val, unit = TL_VALUES.get(item, (None, None, None))
            rows.append(ind(item, op, val, unit))
    return rows


GOLD = {
    "blind291_tongling_kouqiang_2022.xlsx": {
        "source_urls": [URL_TL],
        "province": "安徽省",
        "doc_kind": "健康口腔行动 目标任务与进展情况表(卫健委网站,按单位分行)",
        "patterns": [6, 7],
        "indicators": tl_indicators(),
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.input_or_process", "item": T_ZHENGZHI,
             "why": "an activity to carry out, with no measurable result or level"},
            {"rule": "target.input_or_process", "item": T_YINFA,
             "why": "issuing a publicity plan is a process step, not an output or effect"},
            {"rule": "target.input_or_process", "item": T_JINXIAO,
             "why": "launching a campaign is a process step with no quantity or coverage"},
            {"rule": "target.qualitative_no_scale", "item": T_BANGFU,
             "why": "'基本健全' has no scale or criterion for judging completion"},
            {"rule": "coverage.missing_dimension", "item": "效益指标/满意度指标",
             "why": "all target lists are outputs; no effect (e.g. 龋患率) or satisfaction target"},
        ],
        "notes": (
            "Stored page is a bare two-column table (目标任务 | 进展情况) under the line "
            "'来源: 发布时间:2023-01-06 09:43'; no title and no unit names are stored, so the rows "
            "are reproduced without a unit column (the four rows are presumably four "
            "districts/counties or levels of 铜陵). Each numbered item in a 目标任务 cell is one "
            "indicator row; the figure sits inside the item text (100%比例…, …15人, 不少于7项, "
            "完成8%比例…, 共4张). Operators: '不少于' -> >=; a bare stated figure -> '='. Item "
            "'社区卫生服务中心、20%比例社区卫生服务中心、…' in row 2 repeats words as on the page; "
            "the space in '( 含中医院)' is kept. 进展情况 cells report only item 1 of each row, so "
            "no numeric actuals are given. The stored page stops inside row 4 at '7.完成8%' (kept as "
            "text, not counted as an indicator); row 4's progress cell is therefore empty. Row 3 "
            "and 4 repeat most of row 2's list; not flagged as duplicates because they belong to "
            "different units."),
    },
    "blind291_xxzhen_yunqian_2020.docx": {
        "source_urls": [URL_YQ],
        "province": None,
        "doc_kind": "孕前优生健康检查项目实施方案(乡镇,年度目标为正文编号条目)",
        "patterns": [],
        "indicators": [
            ind("孕前检查目标人群覆盖率", ">=", 90, "%", "孕前检查目标人群覆盖率达到90%以上"),
            ind("目标人群优生科学知识知晓率及满意率", ">=", 90, "%",
                "目标人群优生科学知识知晓率及满意率达90%以上"),
            ind("孕前检查早孕随访率", ">=", 80, "%", "孕前检查早孕随访率80%以上"),
            ind("妊娠结局随访率", ">=", 55, "%", "妊娠结局随访率55%以上"),
        ],
        "goals": [
            {"kind": "年度目标",
             "text": ("1、孕前检查目标人群覆盖率达到90%以上。2、目标人群优生科学知识知晓率及满意率"
                      "达90%以上。3、孕前检查早孕随访率80%以上;妊娠结局随访率55%以上。")},
        ],
        "facts": [],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "时效/成本",
             "why": "targets are rates only; no deadline/timeliness or cost (per-couple) target"},
        ],
        "notes": (
            "Plan text from a document-sharing site; the town name is the placeholder 'XX镇' in "
            "the stored text (kept), so the province is unknown (null). Targets stand in running "
            "text under 一、年度目标; '达到…以上'/'…以上' -> >=. The second target joins two rates "
            "(知晓率及满意率) under one figure; kept as one row with the document's own name. "
            "Sections 二–四 are rewritten in my own words with their facts kept. The stored "
            "page stops inside 四(一) at '各村(' ; the rest of the plan is not built."),
    },
    "blind291_xuecheng_jiyao_2022.docx": {
        "source_urls": [URL_XC],
        "province": "山东省",
        "doc_kind": "区财政局资金细化方案通知 + 基本药物制度项目绩效目标表(表头部分)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "年度金额", "kind": "sum", "total": 694, "parts": [260, 302],
             "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Government notice (metadata block, salutation, three paragraphs rewritten in my own "
            "words with document numbers, subject code and 694万元 kept) followed by 附件1 "
            "基本药物制度项目绩效目标表(2022年度). The stored page stops inside the funds block "
            "right after '省级资金 | 302', at the label '市' (市级资金), so the 年度目标 and all "
            "indicator rows are missing: zero indicators is the correct reading. The fact's parts "
            "are incomplete (市级/区级 amounts not stored); do not flag 260+302≠694, the page "
            "stops before the remaining parts."),
    },
    "blind291_suining_zhongyiyao_2022.docx": {
        "source_urls": [URL_SN],
        "province": "四川省",
        "doc_kind": "市财政局/卫健委资金下达通知 + 分配表 + 区域绩效目标表(表头部分)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "遂宁市中医院 合计", "kind": "sum", "total": 338.1, "parts": [300, 38.1],
             "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Notice to 市中医院 (paragraphs rewritten in my own words, document numbers kept), "
            "附件1 allocation table with two empty columns (中医药产业发展, 中医药治理能力提升) and "
            "合计 338.1 = 300 + 38.1 (consistent), then 附件2 区域绩效目标表(2022年度) whose stored "
            "text stops in the header at '市(州)财政部门 | 遂宁市财政'. No 年度目标 or indicator "
            "rows are stored; zero indicators is the correct reading. Page copy is on a mirror "
            "host (m.macharness.com) of a 遂宁 government notice."),
    },
}


# ------------------------------------------------------------ helpers ----
def set_docx_fonts(doc):
    st = doc.styles["Normal"]
    st.font.name = CJK
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), CJK)


def fix_core_docx(doc):
    cp = doc.core_properties
    cp.author = "blind291"
    cp.last_modified_by = "blind291"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, ncols, merges=()):
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                t.cell(i, j).text = val
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        # merging concatenates paragraphs; keep only the first cell's text
        for p in list(m.paragraphs)[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = keep
    return t


def normalise_zip(path, core_name):
    """Rewrite a zip (docx/xlsx) with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    if core_name in items:
        core = items[core_name].decode("utf-8")
        core = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                      r"\g<1>2024-01-01T00:00:00Z\g<2>", core)
        items[core_name] = core.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, items[name])
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def normalise_pdf(path):
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"D:\d{14}", b"D:20240101000000", data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(path, "wb") as f:
        f.write(data)


# ------------------------------------------------------------ builders ----
def build_tongling(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=CJK, size=10)
    wrap = Alignment(wrap_text=True, vertical="top")
    bottom = Alignment(wrap_text=True, vertical="bottom")
    ws.column_dimensions["A"].width = 95
    ws.column_dimensions["B"].width = 38
    ws["A1"] = "来源: 发布时间:2023-01-06 09:43"
    ws.merge_cells("A1:B1")
    ws["A1"].font = font
    ws["A2"] = "目标任务"
    ws["B2"] = "进展情况"
    for c in ("A2", "B2"):
        ws[c].font = Font(name=CJK, size=10, bold=True)
        ws[c].alignment = Alignment(horizontal="center", vertical="center")
        ws[c].border = border
    for i, block in enumerate(TL_BLOCKS):
        items = [f"{k + 1}.{t}" for k, t in enumerate(block)]
        text = ";".join(items)
        if i == len(TL_BLOCKS) - 1:
            text += ";" + TL_TAIL
        r = 3 + i
        ws.cell(r, 1, text)
        ws.cell(r, 2, TL_PROGRESS[i] or None)
        for c in (1, 2):
            cell = ws.cell(r, c)
            cell.font = font
            # progress text sits at the bottom of its cell (keeps PDF text order readable)
            cell.alignment = wrap if c == 1 else bottom
            cell.border = border
        ws.row_dimensions[r].height = 15 * (len(text) // 46 + 2)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind291"
    wb.properties.lastModifiedBy = "blind291"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)
    normalise_zip(path, "docProps/core.xml")


def build_yunqian(path):
    doc = Document()
    set_docx_fonts(doc)
    para(doc, "XX镇2020年孕前优生健康检查项目实施方案", bold=True, center=True, size=15)
    para(doc, "为把免费孕前优生健康检查工作做得更规范,尽可能减少出生缺陷、提高出生人口素质,"
              "依据国家、省、市、县关于免费孕前优生健康检查工作的文件要求,并结合本镇情况,"
              "制定本方案。")
    para(doc, "一、年度目标", bold=True)
    para(doc, "1、孕前检查目标人群覆盖率达到90%以上。")
    para(doc, "2、目标人群优生科学知识知晓率及满意率达90%以上。")
    para(doc, "3、孕前检查早孕随访率80%以上;妊娠结局随访率55%以上。")
    para(doc, "二、孕前检查目标人群", bold=True)
    para(doc, "对象为符合生育政策(政策内一孩、政策内二孩、批准照顾再生育一孩)、近期打算怀孕的"
              "农业户籍夫妇,流动人口同样纳入。")
    para(doc, "三、服务原则", bold=True)
    para(doc, "孕前检查免费。符合条件的夫妇每一孩次可享受一次国家免费孕前优生健康检查;需要再查的,"
              "可在医生指导下自费接受孕前优生健康检查。符合条件的流动人口计划怀孕夫妇,原则上在现"
              "居住地接受免费检查并就地结算,与户籍人口享受同样的服务。")
    para(doc, "四、项目保障措施", bold=True)
    para(doc, "(一)加强组织领导。各村应结合自身实际,利用广播、宣传栏、宣传折页和网络等渠道,"
              "把免费孕检政策宣传到位。各村(")
    fix_core_docx(doc)
    doc.save(path)
    normalise_zip(path, "docProps/core.xml")


def build_xuecheng(path):
    doc = Document()
    set_docx_fonts(doc)
    for line in ["索 引 号:370403/2022-00062", "主题分类:方案文件", "发布机构:薛城区财政局",
                 "成文时间:2022年01月27日", "文 号:无", "发文时间:2022年01月27日",
                 "标 题:2022年基本药物制度补助资金的细化方案", "效力状态:有效"]:
        para(doc, line, size=9)
    para(doc, "2022年基本药物制度补助资金的细化方案", bold=True, center=True, size=15)
    para(doc, "区卫生健康局:")
    para(doc, "依据市财政局《关于下达2022年卫生健康(基本公共卫生服务 基本药物制度 计划生育转移支付 "
              "公立医院综合改革)补助资金预算指标的通知》(枣财社指〔2022〕11号),经研究,向你局下达"
              "2022年基本药物制度补助资金预算指标694万元(明细见附件),在2022年“2100399 其他基层"
              "医疗卫生机构支出”科目列支。")
    para(doc, "本次资金按直达资金管理,标识为“01中央直达资金”,纳入直达资金监控系统,覆盖分配、拨付和"
              "使用全过程。请你单位管好资金,建好直达资金台账,做到账目清楚、流向明确、数据真实;"
              "资金支付后,及时把惠企利民信息报区财政局录入直达资金监控系统。")
    para(doc, "请依照枣庄市人民政府办公室《关于印发枣庄市市级部门单位预算绩效管理办法和枣庄市市对下"
              "转移支付资金预算绩效管理办法的通知》(枣政办字〔2020〕12号)及本区绩效管理规定,管好"
              "资金、以绩效引导支出、加快预算执行,确保资金发挥效益;同时做好绩效运行监控和绩效评价,"
              "保障财政资金安全有效。")
    para(doc, "附件: 1.基本药物制度项目绩效目标表(2022年度)")
    p = para(doc, "2022年1月27日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "附件1:")
    para(doc, "基本药物制度项目绩效目标表", bold=True, center=True, size=13)
    para(doc, "(2022年度)", center=True)
    rows = [
        ["项目名称", "基本药物制度补助资金", None, None],
        ["市级主管部门", "市卫生健康委员会", "市级财政部门", "市财政局"],
        ["区级主管部门", "薛城区卫生健康局", "区级财政部门", "薛城区财政局"],
        ["资金情况(万元)", "年度金额:", "694", None],
        [None, "其中:中央补助", "260", None],
        [None, "省级资金", "302", None],
        [None, "市", None, None],
    ]
    table(doc, rows, 4, merges=[(0, 1, 0, 3), (3, 0, 6, 0), (3, 2, 3, 3), (4, 2, 4, 3),
                                (5, 2, 5, 3)])
    fix_core_docx(doc)
    doc.save(path)
    normalise_zip(path, "docProps/core.xml")


def build_suining(path):
    doc = Document()
    set_docx_fonts(doc)
    para(doc, "市中医院:")
    para(doc, "为推动中医药事业持续健康发展,依据财政厅、省卫生健康委《关于下达2022年省级财政中医药"
              "发展专项补助资金的通知》(川财社〔2022〕23号),现向你院下达2022年省级财政中医药发展"
              "专项补助资金(具体数额见附件)。有关事项通知如下。")
    para(doc, "一、此项资金请列入《2022年政府收支分类科目》“政府收支分类科目中医(民族医)药专项”科目。"
              "你院须按《四川省财政厅 四川省中医药管理局关于印发〈省级财政中医药发展补助资金管理办法〉"
              "的通知》(川财社〔2017〕4号)等要求管好资金、专款专用,切实提高资金使用绩效;涉及政府"
              "采购的,按《政府采购法》规定认真做好项目所需物资的招标采购。")
    para(doc, "二、为加强预算绩效管理、提高财政资金使用效益,请对照区域绩效目标开展绩效监控,确保年度"
              "绩效目标按期实现。主管部门将对各地绩效目标完成情况组织考核,考核结果与下一年度财政补助"
              "资金安排挂钩。")
    para(doc, "三、本项补助资金属直达资金,纳入直达资金监控系统反映,请按要求做好直达资金的管理和使用。")
    para(doc, "附件:1. 2022年省级财政中医药发展专项补助资金分配表")
    para(doc, "2. 绩效目标表")
    p = para(doc, "遂宁市财政局 遂宁市卫生健康委员会")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(doc, "2022年4月29日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "附件1")
    para(doc, "2022年省级财政中医药发展专项补助资金分配表", bold=True, center=True, size=13)
    p = para(doc, "单位:万元")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table(doc, [["单位", "中医药服务能力提升", "中医药“三个高地”建设", "中医药产业发展",
                 "中医药治理能力提升", "合计"],
                ["遂宁市中医院", "300", "38.1", None, None, "338.1"]], 6)
    para(doc, "附件2")
    table(doc, [["区域绩效目标表", None, None, None],
                ["(2022年度)", None, None, None],
                ["专项名称", "省级中医药发展专项补助资金", None, None],
                ["省级财政 部门", "四川省财政厅", "省级主管部门", "四川省中医药管理局"],
                ["市(州)财政部门", "遂宁市财政", None, None]], 4,
          merges=[(0, 0, 0, 3), (1, 0, 1, 3), (2, 1, 2, 3), (4, 1, 4, 3)])
    fix_core_docx(doc)
    doc.save(path)
    normalise_zip(path, "docProps/core.xml")


BUILDERS = {
    "blind291_tongling_kouqiang_2022.xlsx": build_tongling,
    "blind291_xxzhen_yunqian_2020.docx": build_yunqian,
    "blind291_xuecheng_jiyao_2022.docx": build_xuecheng,
    "blind291_suining_zhongyiyao_2022.docx": build_suining,
}


# ------------------------------------------------------------- export ----
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalise_pdf(pdf)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", pdf, "-"], check=True,
                                 capture_output=True).stdout.decode("utf-8"))
    missing = []
    for r in gold["indicators"]:
        for key in ("name", "target_text"):
            if squash(r[key]) not in text:
                missing.append((key, r[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if f["rule"].startswith("coverage."):
            continue  # a missing dimension cannot appear in the document
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    for fname, builder in BUILDERS.items():
        path = os.path.join(HERE, fname)
        builder(path)
        pdf = to_pdf(path)
        for src in (fname, os.path.basename(pdf)):
            g = copy.deepcopy(GOLD[fname])
            out = {"source": src}
            out.update(g)
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=False)
                f.write("\n")
        miss = check_pdf(pdf, GOLD[fname])
        if miss:
            problems.append((fname, miss))
    for fname in sorted(os.listdir(HERE)):
        if fname.endswith((".docx", ".xlsx", ".pdf")):
            with open(os.path.join(HERE, fname), "rb") as f:
                print(hashlib.md5(f.read()).hexdigest(), fname)
    for fname, g in GOLD.items():
        print(fname, f"indicators={len(g['indicators'])} goals={len(g['goals'])} "
              f"findings={len(g['findings'])}")
    if problems:
        for fname, miss in problems:
            print("MISSING in PDF of", fname, miss)
        sys.exit(1)
    print("pdf check ok")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--clean-profile":
        shutil.rmtree("/tmp/lo_blind291", ignore_errors=True)
    main()
