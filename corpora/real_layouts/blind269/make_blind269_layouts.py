"""Build the blind269 layouts: gold first, then DOCX/XLSX, PDFs, annotations, checks.

Usage:
    /tmp/wvenv/bin/python make_blind269_layouts.py          # build once and check
    /tmp/wvenv/bin/python make_blind269_layouts.py --twice  # build twice, compare md5 sums

Every longer sentence below is written in our own words; names, figures, units,
amounts, dates and document numbers are kept exactly as the stored pages show them.
"""

import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
OUT = HERE  # the documents beside annotations/, as the corpus keeps them (moved from files/ at the merge)
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind269"
FIXED_DT = datetime(2025, 1, 1, 0, 0, 0)
CJK_FONT = "Noto Sans CJK SC"

URL_NINGDE = "https://nd.fjsen.com/wap/2025-08/22/content_32023249.htm"
URL_LVYOU = "http://98rf7.a899.cn/html/46e999077.html"
URL_YONGCHUN = "https://www.fjyc.gov.cn/zwgk/zfxxgkzl/xzbm/lyj/ml/202504/t20250401_3154277.htm"
URL_FUZHOU = "http://fzly.fuzhou.gov.cn/zwgk/tzgg/202408/t20240814_4875504.htm"


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written before any file is built or read)
# ---------------------------------------------------------------------------

NINGDE_GOAL = ("今年全市移民扶持工作确定的主要绩效目标有:后期扶持受益移民人口143676人;"
               "建设移民美丽家园建设项目60个、产业扶持项目10个;就业创业能力培训1643人次;"
               "建成美丽移民村2个,等等。")

LVYOU_GOAL = ("支持地方提升旅游公共服务水平、加强旅游宣传推广、推进旅游业转型升级融合发展、"
              "促进文化和旅游消费、推动旅游业高质量发展")

GOLD = {
    "blind269_ningde_yimin_2025.docx": {
        "source_urls": [URL_NINGDE],
        "province": "福建省",
        "doc_kind": "新闻稿:2025年中央水库移民扶持基金下达及主要绩效目标(文字表述)",
        "patterns": [],
        "indicators": [
            ind(None, None, "后期扶持受益移民人口", "=", 143676, "人", "后期扶持受益移民人口143676人"),
            ind(None, None, "移民美丽家园建设项目", "=", 60, "个", "建设移民美丽家园建设项目60个"),
            ind(None, None, "产业扶持项目", "=", 10, "个", "产业扶持项目10个"),
            ind(None, None, "就业创业能力培训", "=", 1643, "人次", "就业创业能力培训1643人次"),
            ind(None, None, "美丽移民村", "=", 2, "个", "建成美丽移民村2个"),
        ],
        "goals": [{"kind": "年度目标", "text": NINGDE_GOAL}],
        "facts": [
            {"metric": "2025年第二批中央水库移民扶持基金(宁德市)", "kind": "sum", "total": 8532.56,
             "parts": [3.96, 4377, 1151.6, 3000], "unit": "万元"},
            {"metric": "本年度中央水库移民扶持基金", "kind": "sum", "total": 26189.27,
             "parts": [4733.94, 21455.33], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Stored page is a short news item (闽东日报 via 东南网 nd.fjsen.com), 2025. Targets stand only in "
            "running text: one sentence lists five targets, none with an operator; we wrote operator '=' "
            "because each is stated as an exact figure (no 以上/不低于). Two sums are stated and both add up "
            "(3.96+4377+1151.6+3000=8532.56; 4733.94+21455.33=26189.27). The target list ends with 等, so "
            "the full target table is not on the page; we flag no missing dimension for that reason. "
            "The 60433万元 provincial batch total has no parts on the page. Built up to the end of the "
            "article and the first two footer licence lines; the rest of the site footer is left out."),
    },
    "blind269_lvyou_jijin_2024.docx": {
        "source_urls": [URL_LVYOU],
        "province": "全国(财政部下达各省)",
        "doc_kind": "新闻稿:2024年旅游发展基金补助地方项目资金预算及整体绩效目标(文字表述)",
        "patterns": [],
        "indicators": [
            ind("产出指标", None, "旅游公共服务水平提升的A级旅游景区个数", ">=", 300, "个",
                "旅游公共服务水平提升的A级旅游景区个数≥300个"),
            ind("产出指标", None, "宣传推广旅游景区、旅游度假区、旅游休闲城市和街区个数", ">=", 90, "个",
                "宣传推广旅游景区、旅游度假区、旅游休闲城市和街区个数≥90个"),
            ind("产出指标", None, "宣传品制作数量", ">=", 10, "万件(册)", "宣传品制作数量≥10万件(册)"),
            ind("产出指标", None, "支持旅游业转型升级融合发展和旅游业产品创新的项目个数", ">=", 15, "个",
                "支持旅游业转型升级融合发展和旅游业产品创新的项目个数≥15个"),
            ind("产出指标", None, "举办旅游消费促进活动场次", ">=", 130, "场", "举办旅游消费促进活动场次≥130场"),
            ind(None, None, "A级旅游景区数据监测覆盖率", ">=", 90, "%", "A级旅游景区数据监测覆盖率≥90%"),
            ind(None, None, "全国大中城市旅游集散中心覆盖率", ">=", 95, "%", "全国大中城市旅游集散中心覆盖率≥95%"),
            ind(None, None, "景区公共信息服务、引导标识服务覆盖率", ">=", 95, "%",
                "景区公共信息服务、引导标识服务覆盖率≥95%"),
        ],
        "goals": [{"kind": "总体目标", "text": LVYOU_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": LVYOU_GOAL[:20],
             "why": "资金用途目标只有提升/加强/推进/促进/推动等动词,没有数值或基线;数值只出现在后面的指标句中"},
        ],
        "notes": (
            "Stored page is a spam mirror (a899.cn) of a 人民日报 news item on the 财政部 2024 travel fund. The "
            "mirror injects title fragments (部下补助, 达年地方, 旅游, 发展, 基金, 项目, 资金, 财政) and a gambling "
            "brand into the sentences; we kept a few of the title fragments as noise in the second paragraph "
            "(outside every gold string) and left the gambling brand out. The first five targets are introduced "
            "by 在产出指标方面 (level1 产出指标); the last three follow in a separate sentence without a level, so "
            "level1 is null. The three province amounts (7683/6101/5030万元) are the top three, not parts of "
            "96729万元, so no sum fact. The article reports only output targets; the full 整体绩效目标表 is not on "
            "the page, so no coverage finding. Built up to the reporter credit; the unrelated link list that "
            "follows on the mirror is left out."),
    },
    "blind269_yongchun_linye_2024.xlsx": {
        "source_urls": [URL_YONGCHUN],
        "province": "福建省",
        "doc_kind": "资金下拨通知及项目补助资金一览表(截断,无绩效指标)",
        "patterns": [1],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Notice of 永春县林业局/永春县财政局 (永林计财〔2025〕2号, dated 2025年1月8日, posted 2025-01-14) paying "
            "out 2024 city funds of 60万元, followed by 附表1 一览表. The stored page stops after row 4 of 附表1 "
            "(no 合计 row) and before 附表2 绩效表, so there is no indicator table and the 60万元 total cannot be "
            "checked against its parts (four rows of 5万元 are visible). The 建设内容 cells carry quantities "
            "(153.9亩, 150亩, 25亩, 20亩) that are accepted work, not targets: a reader should extract no "
            "indicator rows here. 项目类型 and 资金文件 are merged down over rows 1-2 and 3-4 as on the page."),
    },
    "blind269_fuzhou_linye_2024.docx": {
        "source_urls": [URL_FUZHOU],
        "province": "福建省",
        "doc_kind": "专项资金分配方案公示(文字表述,含分项金额,无绩效指标)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "林下经济发展专项资金", "kind": "sum", "total": 202,
             "parts": [120, 37, 30, 15], "unit": "万元"},
            {"metric": "补助林下种植示范项目", "kind": "sum", "total": 14,
             "parts": [8, 3, 2, 1], "unit": "个"},
            {"metric": "林业产业发展专项资金合计", "kind": "sum", "total": 254.46,
             "parts": [202, 30, 20, 2.46], "unit": "万元"},
        ],
        "findings": [],
        "notes": (
            "Public notice (公示) of 福州市林业局, 2024年8月14日, splitting 254.46万元 of 2024 city forestry funds. "
            "The stored text begins with the body (no page title is stored), so the document starts there too. "
            "All three stated sums add up (120+37+30+15=202; 8+3+2+1=14; 202+30+20+2.46=254.46). The figures "
            "are allocations, not performance targets: a reader should extract no indicators. The odd space in "
            "'30 万元' is kept. Built up to '扫一扫在手机上', where the stored page stops."),
    },
}


# ---------------------------------------------------------------------------
# helpers: fonts, deterministic zips and PDFs
# ---------------------------------------------------------------------------

def set_docx_fonts(doc):
    style = doc.styles["Normal"]
    style.font.name = CJK_FONT
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), CJK_FONT)


def fix_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = "blind269"
    cp.last_modified_by = "blind269"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


CORE_DATE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    if "docProps/core.xml" in items:
        items["docProps/core.xml"] = CORE_DATE_RE.sub(
            rb"\g<1>2025-01-01T00:00:00Z\g<3>", items["docProps/core.xml"])
    buf = io.BytesIO()
    order = sorted(items)
    if "[Content_Types].xml" in order:
        order.remove("[Content_Types].xml")
        order.insert(0, "[Content_Types].xml")
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    path.write_bytes(buf.getvalue())


def _same_len(match, fill):
    return fill * len(match.group(0))


PDF_PATTERNS = [
    (re.compile(rb"D:\d{14}[^)]*"), None),
    (re.compile(rb"<[0-9A-Fa-f]{32}>"), None),
    (re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?"), None),
    (re.compile(rb"uuid:[0-9a-fA-F-]{36}"), None),
]


def normalize_pdf(path):
    """Blank dates, IDs and UUIDs with same-length strings so xref offsets stay valid."""
    data = path.read_bytes()

    def fix_date(m):
        s = m.group(0)
        return (b"D:20250101000000" + b" " * (len(s) - 16))[:len(s)] if len(s) >= 16 else s

    def fix_id(m):
        return b"<" + b"0" * (len(m.group(0)) - 2) + b">"

    def fix_iso(m):
        s = m.group(0)
        base = b"2025-01-01T00:00:00"
        return (base + b"Z" * (len(s) - len(base)))[:len(s)]

    def fix_uuid(m):
        s = m.group(0)
        return b"uuid:" + b"0" * (len(s) - 5)

    data = PDF_PATTERNS[0][0].sub(fix_date, data)
    data = PDF_PATTERNS[1][0].sub(fix_id, data)
    data = PDF_PATTERNS[2][0].sub(fix_iso, data)
    data = PDF_PATTERNS[3][0].sub(fix_uuid, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+",
                  lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), data)
    path.write_bytes(data)


def export_pdf(src):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", str(OUT), str(src)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=240)
    pdf = OUT / (src.stem + ".pdf")
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_ningde():
    doc = Document()
    set_docx_fonts(doc)
    fix_docx_props(doc, "宁德市获得中央水库移民扶持基金8532.56万元")
    para(doc, "宁德市获得中央水库移民扶持基金8532.56万元", bold=True, center=True, size=15)
    para(doc, "2025-08-22 10:21:57  作者:龚键荣   来源:闽东日报   责任编辑:王予捷", center=True, size=9)
    para(doc, "省财政厅与水利厅近期把2025年第二批中央水库移民扶持基金60433万元分配下去,"
              "宁德市拿到其中的8532.56万元。")
    para(doc, "按口径,中央水库移民扶持基金包括大中型水库移民后期扶持基金(含一般公共预算安排的大中型水库移民"
              "后期扶持资金)、跨省际大中型水库库区基金以及三峡水库库区基金。本批次我市所得资金分为四块:"
              "直补资金(扶持到村)3.96万元、项目资金4377万元、润泽库区造福移民项目1151.6万元、"
              "库区和移民安置区重点项目3000万元。")
    para(doc, "全年来看,我市中央水库移民扶持基金合计26189.27万元,其中直补资金发放4733.94万元、"
              "项目建设21455.33万元。" + NINGDE_GOAL + "(闽东日报记者 龚键荣)")
    para(doc, "网络出版服务许可证 (署)网出证(闽)字第018号", size=8)
    para(doc, "网络文化经营许可证 闽网文〔2019〕3630-217号", size=8)
    path = OUT / "blind269_ningde_yimin_2025.docx"
    doc.save(path)
    normalize_zip(path)
    return path


def build_lvyou():
    doc = Document()
    set_docx_fonts(doc)
    fix_docx_props(doc, "财政部下达2024年旅游发展基金补助地方项目资金预算")
    para(doc, "财政部下达2024年旅游发展基金补助地方项目资金预算", bold=True, center=True, size=15)
    para(doc, "据财政部消息,为" + LVYOU_GOAL + ",财政部近日向各地拨付2024年旅游发展基金补助地方项目资金"
              "96729万元,同时下发项目资金整体绩效目标,对资金投向和预算绩效指标都提出了明确要求。")
    para(doc, "按照预算安排,部下补助四川、达年地方广西、旅游山东(不含青岛)三省份所获项目资金额度排在前三,"
              "发展依次为7683万元、基金6101万元、5030万元。")
    para(doc, "项目资金整体绩效目标表在产出指标部分提出:旅游公共服务水平提升的A级旅游景区个数≥300个,"
              "宣传推广旅游景区、旅游度假区、旅游休闲城市和街区个数≥90个,宣传品制作数量≥10万件(册),"
              "支持旅游业转型升级融合发展和旅游业产品创新的项目个数≥15个,"
              "举办旅游消费促进活动场次≥130场。另外还要求A级旅游景区数据监测覆盖率≥90%,"
              "全国大中城市旅游集散中心覆盖率≥95%,景区公共信息服务、引导标识服务覆盖率≥95%。")
    para(doc, "财政部要求,各地应依照《中央对地方专项转移支付绩效目标管理暂行办法》的规定,对2024年旅游发展"
              "基金补助地方项目资金的绩效目标开展运行监控,保证年度目标按期达成。(记者曲哲涵)")
    path = OUT / "blind269_lvyou_jijin_2024.docx"
    doc.save(path)
    normalize_zip(path)
    return path


def build_yongchun():
    wb = Workbook()
    ws = wb.active
    ws.title = "通知及附表1"
    props = wb.properties
    props.creator = "blind269"
    props.lastModifiedBy = "blind269"
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.title = "永春县林业局永春县财政局关于下拨2024年市级财政现代林业经济项目补助资金的通知"
    font = Font(name=CJK_FONT, size=10)
    bold = Font(name=CJK_FONT, size=10, bold=True)
    title_font = Font(name=CJK_FONT, size=13, bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = {"A": 6, "B": 14, "C": 18, "D": 24, "E": 26, "F": 12, "G": 10}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    def line(row, text, fnt=font, align=wrap, height=None):
        ws.cell(row=row, column=1, value=text).font = fnt
        ws.cell(row=row, column=1).alignment = align
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        if height:
            ws.row_dimensions[row].height = height

    r = 1
    for text in ["索 引 号:QZ10106-0101-2025-00003", "备注/文号:永林计财〔2025〕2号",
                 "发布机构:永春县林业局", "公文生成日期:2025-01-08"]:
        line(r, "• " + text)
        r += 1
    line(r, "永春县林业局永春县财政局关于下拨2024年市级财政现代林业经济(林下经济、示范家庭林场)"
            "项目补助资金的通知", title_font, center, 36)
    r += 1
    line(r, "时间:2025-01-14 15:00")
    r += 1
    line(r, "各有关单位:")
    r += 1
    line(r, "  依据《泉州市财政局 泉州市林业局关于下达2024年市级财政现代林业经济专项资金(第一批)的通知》"
            "(泉财农指〔2024〕53号)和《泉州市财政局泉州市林业局关于下达2024年市级财政现代林业经济专项资金"
            "(第二批)的通知》(泉财农指〔2024〕101号),经研究决定,将2024年市级财政现代林业经济"
            "(林下经济、示范家庭林场)项目补助资金60万元(明细见附表)拨付给各单位,请严格资金管理,"
            "做到专款专用。", height=78)
    r += 1
    line(r, "  附表1:2024年市级财政现代林业经济(林下经济、示范家庭林场)项目补助资金一览表", height=30)
    r += 1
    line(r, "  附表2:2024年市级财政现代林业经济(林下经济、示范家庭林场)项目补助资金绩效表", height=30)
    r += 1
    line(r, "  永春县林业局    永春县财政局")
    r += 1
    line(r, "  2025年1月8日   ")
    r += 2
    line(r, "  附表1:")
    r += 1
    line(r, "2024年市级财政现代林业经济(林下经济、示范家庭林场)项目补助资金一览表", bold, center, 30)
    r += 1
    header = ["序号", "项目类型", "资金文件", "建设单位", "建设内容", "补助资金(万元)", "备注"]
    for c, h in enumerate(header, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = bold
        cell.alignment = center
        cell.border = box
    ws.row_dimensions[r].height = 30
    r += 1
    rows = [
        [1, "市级示范家庭林场", "泉财农指〔2024〕101号", "永春县华达农林场", "经营管理153.9亩毛竹林", 5, "验收合格"],
        [2, None, None, "永春县桂洋沁丰园家庭林场", "经营管理150亩用材林", 5, "验收合格"],
        [3, "市级林下经济项目", "泉财农指〔2024〕53号", "泉州市高亮农林专业合作社", "林下种植黄精,面积25亩", 5, "验收合格"],
        [4, None, None, "永春长贵农业综合开发有限公司", "林下种植黄杨,面积20亩", 5, "验收合格"],
    ]
    first = r
    for values in rows:
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = font
            cell.alignment = center
            cell.border = box
        ws.row_dimensions[r].height = 32
        r += 1
    for top in (first, first + 2):
        ws.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
        ws.merge_cells(start_row=top, start_column=3, end_row=top + 1, end_column=3)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    path = OUT / "blind269_yongchun_linye_2024.xlsx"
    wb.save(path)
    normalize_zip(path)
    return path


def build_fuzhou():
    doc = Document()
    set_docx_fonts(doc)
    fix_docx_props(doc, "福州市林业局2024年市级财政林业产业发展专项资金分配方案公示")
    para(doc, "根据2024年市级财政林业产业发展专项预算及年度工作任务,拟分配下达专项资金254.46万元,"
              "安排用于林下经济发展、品牌奖励以及承办闽东北林业协作会议。分配方案具体如下:")
    para(doc, "一、林下经济发展。结合各县(市)区的申报情况、申报项目的建设进度和上一年度绩效目标的完成情况,"
              "拟切块下达林下经济发展专项资金202万元,用于补助林下种植示范项目14个,其中:永泰县120万元"
              "(补助项目8个)、闽清县37万元(补助项目3个)、罗源县30万元(补助项目2个)、福清市15万元"
              "(补助项目1个)。")
    para(doc, "二、品牌奖励。依据《福州市人民政府办公厅关于印发系列惠企政策的通知》(榕政办〔2020〕114号),"
              "对新增福建省著名农业品牌、福州市知名农业品牌的创建主体分别给予30 万元、20万元奖励。按该政策,"
              "拟奖励“多芬名仕牌文心兰”品牌创建单位福州多芬园艺有限公司30万元、“YUNFEI牌竹木家居用品”"
              "品牌创建单位福州云飞家居有限公司20万元,资金按企业注册所在地下达。")
    para(doc, "三、承办闽东北林业协作会议。依据《2024年闽东北协同发展区、福州都市圈重点协作活动方案》"
              "(莆委办〔2024〕12号),我局定于8月29-31日承办闽东北协同发展区、福州都市圈林业系统协作会议,"
              "围绕林业产业发展等议题开展研讨。拟安排闽东北协同发展区、福州都市圈林业系统协作会议经费2.46万元。")
    para(doc, "上述林下经济发展、品牌奖励、承办闽东北林业协作会议三项专项资金合计254.46万元,在2024年度市级"
              "财政林业产业发展专项预算资金中列支。本方案已经局党组会研究通过,现予公示,公示时间:"
              "2024年8月14日--8月22日。如有异议,请向福州市林业局林业改革与发展处(电话:83311405)"
              "或市纪委驻农业局纪检组(83348409)反映。")
    para(doc, "福州市林业局")
    para(doc, "2024年8月14日")
    para(doc, "扫一扫在手机上", size=8)
    path = OUT / "blind269_fuzhou_linye_2024.docx"
    doc.save(path)
    normalize_zip(path)
    return path


BUILDERS = [build_ningde, build_lvyou, build_yongchun, build_fuzhou]


# ---------------------------------------------------------------------------
# annotations and checks
# ---------------------------------------------------------------------------

def write_annotations(src_name, pdf_name):
    ANN.mkdir(exist_ok=True)
    gold = GOLD[src_name]
    for name in (src_name, pdf_name):
        record = {"source": name}
        record.update(gold)
        (ANN / f"{name}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def squash(text):
    return re.sub(r"\s+", "", text)


def pdf_text(pdf):
    texts = []
    for extra in ([], ["-raw"]):
        res = subprocess.run(["pdftotext", *extra, str(pdf), "-"], check=True,
                             capture_output=True, text=True)
        texts.append(squash(res.stdout))
    return texts


def check_pdf(src_name, pdf):
    gold = GOLD[src_name]
    texts = pdf_text(pdf)
    wanted = []
    for row in gold["indicators"]:
        wanted += [row["name"], row["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if not any(squash(w) in t for t in texts)]
    return missing


def check_facts():
    problems = []
    for name, gold in GOLD.items():
        for fact in gold["facts"]:
            if fact["kind"] == "sum" and round(sum(fact["parts"]), 4) != round(fact["total"], 4):
                problems.append(f"{name}: {fact['metric']} parts do not add up")
    return problems


def build_all():
    for built in _built_files():
        built.unlink()
    problems = check_facts()
    for builder in BUILDERS:
        src = builder()
        pdf = export_pdf(src)
        write_annotations(src.name, pdf.name)
        missing = check_pdf(src.name, pdf)
        if missing:
            problems.append(f"{pdf.name}: missing {missing}")
    return problems


def _built_files():
    return sorted(p for p in OUT.glob("blind269_*") if p.suffix in (".docx", ".xlsx", ".pdf"))


def md5s():
    result = {}
    for path in _built_files():
        result[path.name] = hashlib.md5(path.read_bytes()).hexdigest()
    return result


def main():
    problems = build_all()
    first = md5s()
    if "--twice" in sys.argv:
        problems += build_all()
        second = md5s()
        for name, digest in first.items():
            if second.get(name) != digest:
                problems.append(f"{name}: md5 differs between runs")
    for name, digest in first.items():
        print(digest, name)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
