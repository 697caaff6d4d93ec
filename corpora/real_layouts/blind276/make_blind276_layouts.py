"""Build the blind276 documents (policy plans with targets in tables or text).

The gold for every document is written first (GOLD below); the script then
builds the DOCX/XLSX files, exports each to PDF with LibreOffice, normalises
the files so two runs give identical bytes, writes annotations/<file>.json for
every file, and checks with pdftotext that every gold string is in the PDF.
"""

import copy
import datetime
import hashlib
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
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PROFILE = "file:///tmp/lo_blind276"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)
CJK_FONT = "Noto Sans CJK SC"

URL_ECO = "https://icbw.com.cn/thread-64618-1-1.html"
URL_EDU = "http://www.yrdcpcn.org.cn/c187/20240912/i235159.phtml"
URL_SM = "http://zjj.sm.gov.cn/ztzl/smyjhjjsxd/xgwj/201807/t20180706_1173770.htm"
URL_SX = "http://sxjjb.cn/tbgz/sdjjxw34j/sdxx/news234156.htm"

F_ECO = "blind276_shisanwu_shengtai_zhibiao.xlsx"
F_EDU = "blind276_shouyu_nianxian_zhibiao.docx"
F_SM = "blind276_sanming_buduanban_fangan.docx"
F_SX = "blind276_shanxi_shisiwu_mubiao.docx"


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# Texts written in my own words (figures, names and target phrases kept).
# ---------------------------------------------------------------------------

SM_GOAL = (
    "2018年，全市城乡民生基础设施9大工程要全面、有序地向前推进，9大工程"
    "完成投资力争超过145亿元；农村人居环境整治方面完成投资25亿元，"
    "进一步改善我市城乡景观面貌。具体安排是：新增城市道路180公里、"
    "绿道130公里；新建、改建农村公路254公里；新改扩建各类城乡地下管网"
    "530公里；新增城乡公共停车泊位4226个；续建城市地下综合管廊1.8公里。"
    "新一轮“千村整治、百村示范”美丽乡村建设工程继续实施，全市整治村庄125个"
    "(包括63个省级补助村、62个市县级补助村)，树立美丽乡村示范村12个，"
    "改善提升历史文化名镇名村和传统村落2个；同时推进农村危房改造，"
    "公路沿线整治绿化也继续推进。“厕所革命”、生活垃圾分类、城乡污水垃圾"
    "处理设施、城市排水防涝、海绵城市建设和黑臭水体治理都要大力推进，"
    "县级以上集中式饮用水源保护区内居民生活污水和垃圾要基本实现收集处理，"
    "以此提高人民群众幸福感、获得感。"
)

SX_GOAL = (
    "山西“十四五”时期经济社会发展主要目标:以二○三五年远景目标为锚点，"
    "集中力量实现“转型出雏型”这一重要的阶段性战略目标，为“十五五”基本"
    "实现转型、“十六五”全面完成转型打下坚实基础。到2025年，全省经济总量"
    "大幅提升，经济增速高于全国平均水平；工业在经济发展中的主导作用显著增强；"
    "国家级重点实验室、技术创新中心、工程研究中心数量倍增；围绕“六新”领域"
    "设置指向性指标，战略性新兴产业增加值占GDP比重力争达到全国平均水平；"
    "约束性指标完成国家下达的目标任务；居民人均可支配收入力争达到或高于"
    "全国平均水平。"
)

# ---------------------------------------------------------------------------
# GOLD (written before anything reads the built files)
# ---------------------------------------------------------------------------

GOLD = {
    F_ECO: {
        "source_urls": [URL_ECO],
        "province": "全国",
        "doc_kind": "五年规划主要指标专栏表(十三五生态环境保护规划,论坛转载)",
        "patterns": [1, 5],
        "indicators": [
            ind("生态环境质量", "空气质量", "地级及以上城市2空气质量优良天数比率(%)",
                ">", 80, "%", ">80"),
            ind("生态环境质量", "空气质量", "细颗粒物未达标地级及以上城市浓度下降(%)",
                None, 18, "%", "〔18〕"),
            ind("生态环境质量", "空气质量", "地级及以上城市重度及以上污染天数比例下降(%)",
                None, 25, "%", "〔25〕"),
            ind("生态环境质量", "水环境质量", "地表水质量3达到或好于Ⅲ类水体比例(%)",
                ">", 70, "%", ">70"),
            ind("生态环境质量", "水环境质量", "地表水质量劣Ⅴ类水体比例(%)",
                "<", 5, "%", "<5"),
            ind("生态环境质量", "水环境质量", "重要江河湖泊水功能区水质达标率(%)",
                ">", 80, "%", ">80"),
            ind("生态环境质量", "水环境质量", "地下水质量极差比例(%)",
                None, 15, "%", "15左右"),
            ind("生态环境质量", "水环境质量", "近岸海域水质优良(一、二类)比例(%)",
                None, 70, "%", "70左右"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "论坛转载的国务院《“十三五”生态环境保护规划》专栏1。表头:指标(跨三列)│2015年│"
            "2020年│〔累计〕1│属性;A列“生态环境质量”、B列“1。空气质量/2。水环境质量”向下合并。"
            "小数点被写成全角句号(76。7、9。7、70。8、15。74、70。5),保留原样;这些是2015年"
            "基期值,不是完成值,故actual为空。名称中的上标脚注号“2”“3”和表头“〔累计〕1”的"
            "“1”随原文保留在单元格内(name也照写)。〔18〕〔25〕为五年累计下降目标,原文无运算符,"
            "operator记null;“15左右”“70左右”为约数,operator记null。重要江河湖泊水功能区水质"
            "达标率一行的〔累计〕单元格原文为空(其他行为“-”),照样留空。论坛页面在每个单元格后"
            "插入的随机防采集字符(如“! r& @# o/ D' y/ T”)不属于文件内容,未复制。存储页面在"
            "“3。土壤环境质量”分组标签处截断,表只做到该标签行,其余行(土壤、生态状况、污染物"
            "排放等)未见,故不据此判断覆盖面。审阅意见:近岸海域水质优良比例目标“70左右”低于"
            "2015年基期值70。5,属目标偏低的迹象(target.too_low 不在本轮清单内,仅记于此);"
            "其余各行有数值、单位在名称括号中,未列入findings。"
        ),
    },
    F_EDU: {
        "source_urls": [URL_EDU],
        "province": "江苏省",
        "doc_kind": "基本现代化指标解读(指标表一行+指标解释+分析解读)",
        "patterns": [5],
        "indicators": [
            ind("社会发展", None, "劳动年龄人口平均受教育年限", ">=", 12.2, "年", "12.2",
                weight=5),
        ],
        "goals": [],
        "facts": [
            {"metric": "劳动年龄人口平均受教育年限(2015年目标值)", "kind": "sum",
             "total": 12.2, "parts": [9.5, 2.7], "unit": "年"},
        ],
        "findings": [],
        "notes": (
            "页面以一张只有一行的指标表开头:类别│序号│指 标 名 称│单位│2015年 目标值│"
            "2010年 实现值│权重(表头文字中的空格照原样保留;目标值列排在实现值列之前)。"
            "表中目标值只写“12.2”,正文写“12.2年以上”,按正文记operator为>=,target_text取表格"
            "单元格。“2010年 实现值”9.5是基期实际值,不是2015年目标的完成值,actual留空。权重5"
            "记为weight,文件未给出得分。公式中“20—59岁”(长破折号)与“20–59岁”(短横)混用,"
            "照原样保留。正文说明要增长2.7年(12.2−9.5),记为一条sum事实。城市名称页面未写"
            "(只称“我市”,并提及江苏),province记江苏省。指标解释给出了计算公式,"
            "数值和单位齐全,未列findings;从9.5年在五年内升到12.2年以上跨度很大"
            "(文中自称要增长2.7年),可行性存疑,但不属于本轮规则清单,只记于此。"
            "存储页面到“实现路径”一段结束为止。"
        ),
    },
    F_SM: {
        "source_urls": [URL_SM],
        "province": "福建省",
        "doc_kind": "市政府办公室印发的年度实施方案(通知+方案正文,目标写在段落中)",
        "patterns": [8],
        "indicators": [
            ind(None, None, "9大工程完成投资", ">", 145, "亿元", "完成投资力争超过145亿元"),
            ind(None, None, "农村人居环境整治", "=", 25, "亿元", "完成投资25亿元"),
            ind(None, None, "城乡景观面貌", None, None, None, "进一步改善我市城乡景观面貌"),
            ind(None, None, "新增城市道路", "=", 180, "公里", "新增城市道路180公里"),
            ind(None, None, "绿道", "=", 130, "公里", "绿道130公里"),
            ind(None, None, "新建、改建农村公路", "=", 254, "公里", "新建、改建农村公路254公里"),
            ind(None, None, "新改扩建各类城乡地下管网", "=", 530, "公里",
                "新改扩建各类城乡地下管网530公里"),
            ind(None, None, "新增城乡公共停车泊位", "=", 4226, "个", "新增城乡公共停车泊位4226个"),
            ind(None, None, "续建城市地下综合管廊", "=", 1.8, "公里", "续建城市地下综合管廊1.8公里"),
            ind(None, None, "整治村庄", "=", 125, "个", "整治村庄125个"),
            ind(None, None, "美丽乡村示范村", "=", 12, "个", "树立美丽乡村示范村12个"),
            ind(None, None, "改善提升历史文化名镇名村和传统村落", "=", 2, "个",
                "改善提升历史文化名镇名村和传统村落2个"),
            ind(None, None, "农村危房改造", None, None, None, "推进农村危房改造"),
            ind(None, None, "公路沿线整治绿化", None, None, None, "公路沿线整治绿化也继续推进"),
            ind(None, None, "县级以上集中式饮用水源保护区内居民生活污水和垃圾",
                None, None, None, "基本实现收集处理"),
            ind(None, None, "人民群众幸福感、获得感", None, None, None,
                "提高人民群众幸福感、获得感"),
        ],
        "goals": [{"kind": "年度目标", "text": SM_GOAL}],
        "facts": [
            {"metric": "整治村庄", "kind": "sum", "total": 125, "parts": [63, 62], "unit": "个"},
        ],
        "findings": [
            {"rule": "target.input_or_process", "item": "9大工程完成投资",
             "why": "以投资额(力争超过145亿元)作目标,是投入不是产出或效果"},
            {"rule": "target.input_or_process", "item": "农村人居环境整治",
             "why": "以完成投资25亿元作目标,属投入指标"},
            {"rule": "target.vague_wording", "item": "城乡景观面貌",
             "why": "“进一步改善”没有数值或基线"},
            {"rule": "target.missing_value", "item": "农村危房改造",
             "why": "只写推进,未给改造户数或完成率"},
            {"rule": "target.missing_value", "item": "公路沿线整治绿化",
             "why": "只写继续推进,未给里程或数量"},
            {"rule": "target.qualitative_no_scale",
             "item": "县级以上集中式饮用水源保护区内居民生活污水和垃圾",
             "why": "“基本实现”无收集处理率或判定标准"},
            {"rule": "target.vague_wording", "item": "人民群众幸福感、获得感",
             "why": "“提高”幸福感、获得感,无测量方法和数值"},
        ],
        "notes": (
            "三明市人民政府办公室明政办〔2018〕57号通知及所附《2018年民生基础设施补短板实施"
            "方案》。通知部分保留文号、主送(原文用半角逗号、冒号)、署名、日期和“(此件主动"
            "公开)”。目标全部写在“一、主要目标”一段文字里,没有指标表;我用自己的话改写了"
            "句子,目标短语(数值、单位、动词)照原文保留。“完成投资力争超过145亿元”记为>;"
            "其余裸数值记为=。整治125个村庄=63个省级补助村+62个市县级补助村,记为sum事实"
            "(相符)。存储页面在“二、城乡民生基础设施建设(一)交通畅通工程1.城市道路建设”"
            "一段中途的“全”字处截断,文件也停在该处;后续各工程的具体任务未见,不据此判断"
            "目标是否有分项支撑。"
        ),
    },
    F_SX: {
        "source_urls": [URL_SX],
        "province": "山西省",
        "doc_kind": "十四五发展目标新闻稿(规划建议的主要目标,文字表述)",
        "patterns": [],
        "indicators": [
            ind(None, None, "经济总量", None, None, None, "大幅提升"),
            ind(None, None, "经济增速", ">", None, None, "高于全国平均水平"),
            ind(None, None, "工业在经济发展中的主导作用", None, None, None, "显著增强"),
            ind(None, None, "国家级重点实验室、技术创新中心、工程研究中心数量",
                None, None, None, "倍增"),
            ind(None, None, "战略性新兴产业增加值占GDP比重", ">=", None, None,
                "力争达到全国平均水平"),
            ind(None, None, "约束性指标", None, None, None, "完成国家下达的目标任务"),
            ind(None, None, "居民人均可支配收入", ">=", None, None,
                "力争达到或高于全国平均水平"),
        ],
        "goals": [{"kind": "总体目标", "text": SX_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": SX_GOAL[:20],
             "why": "五年目标段落除年份外没有任何数值,全是相对全国平均或定性表述"},
            {"rule": "target.vague_wording", "item": "经济总量",
             "why": "“大幅提升”无数值和基期"},
            {"rule": "target.vague_wording", "item": "工业在经济发展中的主导作用",
             "why": "“显著增强”无衡量口径和数值"},
            {"rule": "target.missing_value", "item": "约束性指标",
             "why": "只说完成国家下达任务,文件本身不给任何约束性指标值"},
        ],
        "notes": (
            "《山西经济报》“第34届(2020)山西十大经济新闻”之一,转述省委十一届十一次全会"
            "通过的“十四五”规划建议的主要目标。标题中的“二〇三五”(〇,U+3007)与正文"
            "“二○三五”(○,U+25CB)字符不同,照原样保留。目标全在一段文字中,无表;我改写了"
            "背景、目标和推荐理由的句子,目标短语照原文保留。“高于全国平均水平”“力争达到"
            "(或高于)全国平均水平”按方向记>或>=,但文件没有给出数值,value为空;这类以全国"
            "平均为基准的目标事后可核对,未单列findings。“倍增”相当于翻一番,但基期数量未给,"
            "value留空。存储页面到【推荐理由】一段结束。"
        ),
    },
}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def set_cjk(run, size=None, bold=False):
    run.font.name = CJK_FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), CJK_FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=12, bold=False, align=None, indent=False):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    r = p.add_run(text)
    set_cjk(r, size, bold)
    return p


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    style = doc.styles["Normal"]
    style.font.name = CJK_FONT
    style.element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    cp = doc.core_properties
    cp.author = "blind276"
    cp.last_modified_by = "blind276"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def cell_text(cell, text, bold=False, size=10.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    set_cjk(r, size, bold)


def normalise_zip(path):
    """Rewrite an OOXML zip with sorted entries and a fixed timestamp."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:created[^>]*>[^<]*</dcterms:created>",
                              b'<dcterms:created xsi:type="dcterms:W3CDTF">'
                              b"2024-01-01T00:00:00Z</dcterms:created>", data)
                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">'
                              b"2024-01-01T00:00:00Z</dcterms:modified>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def normalise_pdf(path):
    """Fix the volatile parts of a LibreOffice PDF (dates, /ID) in place."""
    with open(path, "rb") as fh:
        data = fh.read()

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", rb"\g<1>20240101000000", data)
    data = re.sub(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}", rb"\g<1>" + b"0" * 32, data)

    def fix_id(m):
        return b"<" + b"0" * len(m.group(1)) + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\1>",
                  lambda m: b"<xmp:" + m.group(1) + b">2024-01-01T00:00:00Z</xmp:"
                  + m.group(1) + b">", data)
    with open(path, "wb") as fh:
        fh.write(data)


def to_pdf(path):
    outdir = tempfile.mkdtemp(prefix="b276_")
    cmd = ["soffice", "-env:UserInstallation=" + PROFILE, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(path))[0] + ".pdf"
    target = os.path.join(HERE, base)
    shutil.move(os.path.join(outdir, base), target)
    shutil.rmtree(outdir, ignore_errors=True)
    normalise_pdf(target)
    return target


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_eco():
    wb = Workbook()
    ws = wb.active
    ws.title = "专栏1"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=CJK_FONT, size=10.5)
    bold = Font(name=CJK_FONT, size=12, bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=False)
    left = Alignment(horizontal="left", vertical="center", wrap_text=False)

    ws["A1"] = "专栏1“十三五”生态环境保护主要指标"
    ws.merge_cells("A1:G1")
    ws["A1"].font = bold
    ws["A1"].alignment = center

    header = ["指标", None, None, "2015年", "2020年", "〔累计〕1", "属性"]
    for col, val in enumerate(header, start=1):
        ws.cell(row=2, column=col, value=val)
    ws.merge_cells("A2:C2")

    rows = [
        ["地级及以上城市2空气质量优良天数比率(%)", "76。7", ">80", "-", "约束性"],
        ["细颗粒物未达标地级及以上城市浓度下降(%)", "-", "-", "〔18〕", "约束性"],
        ["地级及以上城市重度及以上污染天数比例下降(%)", "-", "-", "〔25〕", "预期性"],
        ["地表水质量3达到或好于Ⅲ类水体比例(%)", "66", ">70", "-", "约束性"],
        ["地表水质量劣Ⅴ类水体比例(%)", "9。7", "<5", "-", "约束性"],
        ["重要江河湖泊水功能区水质达标率(%)", "70。8", ">80", None, "预期性"],
        ["地下水质量极差比例(%)", "15。74", "15左右", "-", "预期性"],
        ["近岸海域水质优良(一、二类)比例(%)", "70。5", "70左右", "-", "预期性"],
    ]
    r0 = 3
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                ws.cell(row=r0 + i, column=3 + j, value=val)
    ws.cell(row=3, column=1, value="生态环境质量")
    ws.cell(row=3, column=2, value="1。空气质量")
    ws.cell(row=6, column=2, value="2。水环境质量")
    ws.cell(row=11, column=2, value="3。土壤环境质量")
    ws.merge_cells("A3:A11")
    ws.merge_cells("B3:B5")
    ws.merge_cells("B6:B10")

    for row in ws.iter_rows(min_row=2, max_row=11, min_col=1, max_col=7):
        for c in row:
            c.border = border
            c.font = font
            c.alignment = left if c.column == 3 else center
            c.number_format = "@"
    for c in ws[2]:
        c.font = Font(name=CJK_FONT, size=10.5, bold=True)
    widths = {"A": 14, "B": 16, "C": 50, "D": 10, "E": 10, "F": 11, "G": 9}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    for r in range(1, 12):
        ws.row_dimensions[r].height = 22
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind276"
    wb.properties.lastModifiedBy = "blind276"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = os.path.join(HERE, F_ECO)
    wb.save(path)
    normalise_zip(path)
    return path


def build_edu():
    doc = new_doc()
    table = doc.add_table(rows=2, cols=7)
    table.style = "Table Grid"
    head = ["类别", "序号", "指 标 名 称", "单位", "2015年 目标值", "2010年 实现值", "权重"]
    body = ["社会发展", "17", "劳动年龄人口平均受教育年限", "年", "12.2", "9.5", "5"]
    widths = [Cm(2.0), Cm(1.3), Cm(6.2), Cm(1.3), Cm(2.4), Cm(2.4), Cm(1.3)]
    table.autofit = False
    for j, col in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        col.set(qn("w:w"), str(int(widths[j].twips)))
    for j in range(7):
        cell_text(table.cell(0, j), head[j], bold=True)
        cell_text(table.cell(1, j), body[j])
        for i in range(2):
            table.cell(i, j).width = widths[j]
    para(doc, "")
    para(doc, "指标解释", bold=True)
    para(doc, "所谓“劳动年龄人口平均受教育年限”，指的是20—59岁这一人口群体人均接受过的"
              "学历教育年数，各类非学历培训不计在内。", indent=True)
    para(doc, "计算公式为:劳动年龄人口平均受教育年限=20—59岁人口群体中每个人的受教育年限"
              "之和/20–59岁人口总数。", indent=True)
    para(doc, "分析解读", bold=True)
    para(doc, "要基本实现现代化，既离不开人才支撑，也离不开劳动者素质的提高。劳动年龄人口"
              "平均受教育年限能够反映国民素质和文化水平，是国际上衡量一个国家和地区教育发展"
              "程度与人力资源开发状况的重要指标之一。在整个指标体系里，它的权重为5分，和"
              "“人均GDP”“居民收入水平”并列，是分量最重的几项指标之一。", indent=True)
    para(doc, "据2009年《人口与劳动绿皮书》，我国这一指标明显落后于美国、日本等发达国家："
              "2005年美国为13.63年，日本为12.9年，都比我国高出5年左右。《国家中长期教育"
              "改革和发展规划纲要(2010-2020年)》要求，到2020年我国主要劳动年龄人口平均"
              "受教育年限提高到11.2年。2010年江苏全省该指标为9.94年，我市为9.5年；我市把"
              "2015年目标值定为12.2年以上，与省里的目标值保持一致，也就是说全市人均受教育"
              "年限需要增长2.7年。", indent=True)
    para(doc, "市里有关部门分析认为，这一指标偏低，主要是因为接受高中及以上教育的人口比重"
              "不高，流动就业人员中尤其如此。", indent=True)
    para(doc, "实现路径", bold=True)
    para(doc, "有关负责人表示，实现这一目标的关键是提高流动就业人员及其子女的受教育年限。"
              "今后几年要加快构建学历教育与非学历教育协调发展、职业教育与普通教育互相衔接、"
              "职前教育与职后教育有效贯通的终身教育体系，为人才成长搭建“立交桥”，让每个人"
              "都能借助教育获得持续发展。", indent=True)
    path = os.path.join(HERE, F_EDU)
    doc.save(path)
    normalise_zip(path)
    return path


def build_sm():
    doc = new_doc()
    para(doc, "明政办〔2018〕57号", align="center")
    para(doc, "各县(市、区)人民政府,市直各单位:")
    para(doc, "《2018年民生基础设施补短板实施方案》已经市政府同意，现予印发，请认真抓好"
              "组织实施。", indent=True)
    para(doc, "三明市人民政府办公室", align="right")
    para(doc, "2018年6月28日", align="right")
    para(doc, "(此件主动公开)", indent=True)
    para(doc, "")
    para(doc, "2018年民生基础设施补短板实施方案", size=16, bold=True, align="center")
    para(doc, "为了尽快补上我市民生基础设施的短板，整治提升农村人居环境，增强城乡综合承载"
              "能力，持续增进人民福祉，确保如期全面建成小康社会，依据省委省政府《印发〈关于"
              "加快城乡民生基础设施建设的实施意见〉的通知》和市委市政府《印发〈关于加快城乡"
              "民生基础设施建设的实施意见〉的通知》，特制定本实施方案。", indent=True)
    para(doc, "一、主要目标", bold=True, indent=True)
    para(doc, SM_GOAL, indent=True)
    para(doc, "二、城乡民生基础设施建设", bold=True, indent=True)
    para(doc, "(一)交通畅通工程", bold=True, indent=True)
    para(doc, "1.城市道路建设。对城市路网的结构和功能进行优化，完善城市各组团之间的快速"
              "联系通道，加强主次干道、支路和街巷建设，打通“断头路”，加密建成区路网。全",
         indent=True)
    path = os.path.join(HERE, F_SM)
    doc.save(path)
    normalise_zip(path)
    return path


def build_sx():
    doc = new_doc()
    para(doc, "当前位置:首页 > 特别关注 > 第34届(2020)山西十大经济新闻 > 十大新闻十大新闻",
         size=9)
    para(doc, "“十四五”发展目标明确", size=16, bold=True, align="center")
    para(doc, "【新闻背景】", bold=True)
    para(doc, "2020年12月28日至30日，中国共产党山西省第十一届委员会第十一次全体会议暨省委"
              "经济工作会议在太原举行，会议审议并通过了《中共山西省委关于制定国民经济和社会"
              "发展第十四个五年规划和二〇三五年远景目标的建议》。", indent=True)
    para(doc, SX_GOAL, indent=True)
    para(doc, "【推荐理由】", bold=True)
    para(doc, "“十四五”时期正处在“两个一百年”奋斗目标的历史交汇点上。我省资源型经济正"
              "从成熟期走向衰退期，未来5—10年恰是转型发展的窗口期和关键期。迈入新发展阶段，"
              "全省上下要胸怀“两个大局”，准确识变、科学应变、主动求变，抓住新发展格局带来"
              "的机遇，深入推进系统性、深层次改革，全力推动高质量高速度发展。", indent=True)
    path = os.path.join(HERE, F_SX)
    doc.save(path)
    normalise_zip(path)
    return path


# ---------------------------------------------------------------------------
# Annotations and checks
# ---------------------------------------------------------------------------

def write_annotations(fname):
    os.makedirs(ANN, exist_ok=True)
    gold = GOLD[fname]
    pdfname = os.path.splitext(fname)[0] + ".pdf"
    for name in (fname, pdfname):
        record = {"source": name}
        record.update(copy.deepcopy(gold))
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(record, fh, ensure_ascii=False, indent=2, sort_keys=False)
            fh.write("\n")


def squash(text):
    return re.sub(r"\s+", "", text)


def pdf_text(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return squash(out), squash(raw)


def check_pdf(fname):
    gold = GOLD[fname]
    pdfpath = os.path.join(HERE, os.path.splitext(fname)[0] + ".pdf")
    texts = pdf_text(pdfpath)
    wanted = []
    for row in gold["indicators"]:
        wanted += [row["name"], row["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if w and not any(squash(w) in t for t in texts)]
    return missing


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def build_all():
    built = []
    for builder in (build_eco, build_edu, build_sm, build_sx):
        src = builder()
        pdf = to_pdf(src)
        built += [src, pdf]
    for fname in GOLD:
        write_annotations(fname)
    return built


def main():
    built = build_all()
    problems = 0
    for fname in GOLD:
        missing = check_pdf(fname)
        if missing:
            problems += 1
            print("MISSING in PDF of", fname, ":", missing)
    sums = {os.path.basename(p): md5(p) for p in built}
    if "--twice" in sys.argv:
        built2 = build_all()
        sums2 = {os.path.basename(p): md5(p) for p in built2}
        for k, first in sums.items():
            same = first == sums2[k]
            if not same:
                problems += 1
            print(("same " if same else "DIFF ") + first + "  " + k)
    for fname, gold in GOLD.items():
        print(fname, "indicators", len(gold["indicators"]), "goals", len(gold["goals"]),
              "facts", len(gold["facts"]), "findings", len(gold["findings"]))
    if problems:
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
