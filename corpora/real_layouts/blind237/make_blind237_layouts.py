"""Build the blind237 part: gold first, then DOCX/XLSX, PDFs, annotations, checks.

Sources (stored public pages, read through the `search` tool only):
  D1 taoyuan.gov.cn content_139233   (湖南省 桃源县路灯管理站 2022 整体支出绩效自评报告)
  D2 xiangyin.gov.cn content_1930400 (湖南省 湘阴县老干部活动中心 2021 整体支出自评报告 封面+基本概况)
  D3/D4 m.deliwenku.com p-69027787   (_县市场监督管理局 食品安全抽样检测经费 自评报告 附件清单/工作小组 + 自评表表头)
Longer sentences are rewritten in my own words; names, figures, units and dates are kept.
"""

import datetime
import hashlib
import io
import json
import re
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
LO_PROFILE = "file:///tmp/lo_blind237"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

URL_TAOYUAN = "https://taoyuan.gov.cn/zwdt/szzl/dqzt/bjyjs/bmczxx/bmysjxglgk/content_139233"
URL_XIANGYIN = "http://xiangyin.gov.cn/31185/62150/62842/content_1930400.html"
URL_DELI = "https://m.deliwenku.com/p-69027787.html"

# ----------------------------------------------------------------------------
# GOLD (written before any file is built or read)
# ----------------------------------------------------------------------------

D1 = "blind237_taoyuan_ludeng_2022_zhengti_ziping.docx"
D2 = "blind237_xiangyin_laoganbu_2021_zhengti_zipingbiao.docx"
D3 = "blind237_shipin_choujian_ziping_fujian.docx"
D4 = "blind237_shipin_choujian_zipingbiao.xlsx"

GOAL_D1 = "保障城区道路照明和城市亮化设施正常运行,便利市民夜间出行,美化亮化城市夜景。"
GOAL_D2 = "任务1:人员经费 147.08 万元 用于在职"


def ind(level2, name, op, value, unit, text, level1=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": text, "actual": None, "weight": None, "score": None}


GOLD = {
    D1: {
        "source_urls": [URL_TAOYUAN],
        "province": "湖南省",
        "doc_kind": "部门(单位)整体支出绩效自评报告(叙述体)",
        "patterns": [],
        "indicators": [
            ind("数量指标", "路灯及其配套设施", "=", 6920, "盏",
                "城区6920盏路灯及其配套设施(171千米供电线路、20台专用变压器、87个控制箱)进行维护维修"),
            ind("数量指标", "景观照明", "=", 86, "处",
                "城区86处986.7KW的景观照明(沅水西岸风光带、城区高层楼宇亮化、大桥)进行维护维修"),
            ind("数量指标", "路灯每天运行时长", ">=", 10, "小时", "路灯每天运行时长10小时以上"),
            ind("数量指标", "景观亮化每天运行时长", ">=", 5, "小时", "景观亮化每天运行时长5小时以上"),
            ind("数量指标", "租用仓库", ">=", 350, "平方米", "租用仓库350平方米以上"),
        ],
        "goals": [{"kind": "总体目标", "text": GOAL_D1}],
        "facts": [
            {"metric": "年初预算支出", "kind": "sum", "total": 1020.31, "parts": [162.31, 858], "unit": "万元"},
            {"metric": "部门决算支出", "kind": "sum", "total": 860.92, "parts": [126.61, 734.31], "unit": "万元"},
            {"metric": "全年可执行预算(年初预算收入+年内调整预算数)", "kind": "sum", "total": 860.92,
             "parts": [1020.31, -159.39], "unit": "万元"},
            {"metric": "资产总额(负债+净资产)", "kind": "sum", "total": 682.01, "parts": [8.27, 673.74],
             "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": GOAL_D1[:20],
             "why": "总目标只写保障运行、方便出行、美化夜景,没有亮灯率、故障修复时限等可衡量的值"},
            {"rule": "target.input_or_process", "item": "租用仓库",
             "why": "租用仓库面积是投入条件(物力),不是产出或效果,不宜作绩效目标"},
        ],
        "notes": ("存储页面为桃源县路灯管理站2022年度整体支出绩效自评报告正文开头,在“(1)数量指标”一段的"
                  "“租用仓库350平方米以上,用于存放路灯”处截止;质量、时效、成本、效益等指标和自评结果都不在存储文本内,"
                  "所以不判 coverage.missing_dimension。目标只在叙述中出现,按文中词语命名指标,"
                  "6920盏、86处按“精确数量”记为“=”。机构、收支段落改写为自己的话,数字全部保留;"
                  "收支数字自洽:162.31+858=1020.31,126.61+734.31=860.92,1020.31-159.39=860.92,8.27+673.74=682.01。"),
    },
    D2: {
        "source_urls": [URL_XIANGYIN],
        "province": "湖南省",
        "doc_kind": "部门(单位)整体支出绩效评价自评报告(湖南表式:封面+基本概况表)",
        "patterns": [8],
        "indicators": [],
        "goals": [{"kind": "年度主要工作内容", "text": GOAL_D2}],
        "facts": [],
        "findings": [
            {"rule": "goal.budget_text", "item": "任务1:人员经费 147.08 万元",
             "why": "年度主要工作内容按经费科目和金额列示(人员经费147.08万元),说的是钱怎么用,不是产出或效果"},
        ],
        "notes": ("湖南县级“部门(单位)整体支出绩效评价自评报告”表式:封面(附件1-1、部门名称、预算编码、评价方式、"
                  "评价机构、报告日期、湘阴县财政局(制))加“一、部门(单位)基本概况”表。存储页面在"
                  "“年度主要工作内容”格“任务1:人员经费 147.08 万元 用于在职”处中断,后面的任务、"
                  "绩效指标和评分表都看不到,所以没有指标行,也不判覆盖类问题。职能职责十条改写为自己的话。"
                  "“职能职责概述”“年度主要工作内容”标签格在左列,内容格向右合并三列。"),
    },
    D3: {
        "source_urls": [URL_DELI],
        "province": None,
        "doc_kind": "项目绩效自评报告附件(附件清单、自评工作小组通知)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("文库页面(得力文库)收录的“_县市场监督管理局食品安全抽样检测工作经费项目绩效自评报告(一)”,"
                  "县名、年份和人名都已被抹成“_”“20_”,因此省份无法确定(记 null)。本文件只重现页面前半:"
                  "附件清单和自评工作小组;页面后半的自评表表头单独做成 "
                  + D4 + "。没有目标或指标,占位符出在单位名和年份而不是指标上,所以不判 target.placeholder。"),
    },
    D4: {
        "source_urls": [URL_DELI],
        "province": None,
        "doc_kind": "项目支出绩效自评表(表头与资金块,指标部分未存储)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "年度资金总额执行率(全年执行数/全年预算数)", "kind": "rate", "total": 100,
             "parts": [130, 130], "unit": "%"},
        ],
        "findings": [],
        "notes": ("同一文库页面的附件4“项目支出绩效自评表(20_ 年度)”。存储文本在资金块“其他”处截止"
                  "(原应为“其他资金”一行),年度总体目标、绩效指标表都没有存下来,所以没有指标、目标和问题。"
                  "执行率写作“100”不带%;“其中:当年财政拨款”一行全年执行数空着,分值、得分写“-”,照原样保留。"
                  "“项目资金 (万元)”纵向合并四行。"),
    },
}

# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------


def set_run_font(run, size=10.5, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), FONT)


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(text), size=size, bold=bold)
    return p


def cell_text(cell, text, bold=False, size=10):
    cell.text = ""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    set_run_font(first.add_run(lines[0]), size=size, bold=bold)
    for line in lines[1:]:
        p = cell.add_paragraph()
        set_run_font(p.add_run(line), size=size, bold=bold)


def new_doc(title):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind237"
    cp.last_modified_by = "blind237"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return doc


def normalize_zip(path):
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    fixed = "2024-01-01T00:00:00Z"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            body = src.read(name)
            if name == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + fixed + r"\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + fixed + r"\2", text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    path.write_bytes(out.getvalue())


def normalize_pdf(path):
    data = path.read_bytes()

    def same_len_date(m):
        inner = m.group(2)
        fixed = b"D:20240101000000"
        rep = (fixed + b"0" * len(inner))[: len(inner)] if len(inner) >= len(fixed) else fixed[: len(inner)]
        return m.group(1) + rep + m.group(3)

    data = re.sub(rb"(/CreationDate\s*\()([^)]*)(\))", same_len_date, data)
    data = re.sub(rb"(/ModDate\s*\()([^)]*)(\))", same_len_date, data)

    def zero_hex(m):
        return m.group(1) + b"0" * len(m.group(2)) + m.group(3)

    data = re.sub(rb"(<)([0-9A-Fa-f]{32})(>)", zero_hex, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)(\s)", zero_hex, data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(HERE), str(path)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    normalize_pdf(pdf)
    return pdf


# ----------------------------------------------------------------------------
# D1 桃源县路灯管理站 (narrative report)
# ----------------------------------------------------------------------------


def build_d1():
    doc = new_doc("桃源县路灯管理站2022年度整体支出绩效自评报告")
    para(doc, "桃源县路灯管理站2022年度整体支出绩效自评报告", size=15, bold=True, center=True)
    para(doc, "一、部门(单位)基本情况", bold=True)
    para(doc, "(一)机构、人员构成", bold=True)
    para(doc, "桃源县路灯管理站属财政预算全额拨款单位,统一社会信用代码12430725G01602675X,单位负责人为方海洲。"
              "站内设有办公室和维修班,不设二级机构。县委编办为本单位核定编制11人,全部为本级编制。"
              "2022年在编在岗人员9人,均在本级;此外有离退休人员5人、临聘或劳务派遣人员1人。")
    para(doc, "(二)单位主要职责", bold=True)
    para(doc, "承担县城路灯管理方面的服务工作,具体包括县城范围内路灯的设计、安装、亮化以及维护、维修和管理。")
    para(doc, "(三)部门财务情况", bold=True)
    para(doc, "1. 资产负债及净资产情况")
    para(doc, "截至2022年12月31日,单位资产总额682.01万元,负债总额8.27万元,净资产总额673.74万元。")
    para(doc, "2. 部门整体收支情况")
    para(doc, "2022年部门年初预算收入(含所属二级预算单位)为1020.31万元,年内调整预算数-159.39万元,"
              "决算收入860.92万元;按来源分,一般公共预算860.92万元,政府性基金预算0万元,国有资本经营预算0万元,"
              "事业收入0万元。上年结转0万元,全年可执行预算合计860.92万元。")
    para(doc, "支出方面,2022年部门年初预算支出1020.31万元,其中基本支出162.31万元、项目支出858万元;"
              "部门决算支出860.92万元,其中基本支出126.61万元、项目支出734.31万元。")
    para(doc, "年末结转结余0万元,其中基本支出结转0万元,项目支出结转结余0万元。")
    para(doc, "(四)部门绩效目标", bold=True)
    para(doc, "1. 部门绩效总目标")
    para(doc, GOAL_D1)
    para(doc, "2. 部门2022年度绩效目标")
    t = GOLD[D1]["indicators"]
    para(doc, "(1)数量指标。对" + t[0]["target_text"] + "。对" + t[1]["target_text"] + "。确保"
         + t[2]["target_text"] + "," + t[3]["target_text"] + "。" + t[4]["target_text"] + ",用于存放路灯")
    out = HERE / D1
    doc.save(out)
    normalize_zip(out)
    return out


# ----------------------------------------------------------------------------
# D2 湘阴县老干部活动中心 (Hunan form: cover + 基本概况 table)
# ----------------------------------------------------------------------------

DUTIES_D2 = [
    "1.贯彻落实党中央、国务院和省委、省政府、市委、市政府有关老干部工作的方针、政策和规定;向上级报告全县老干部工作情况并提出意见建议;协助县委、县政府制定和完善本县老干部工作的政策规定;",
    "2.指导全县各单位落实老干部工作方针、政策和规定,并督促检查执行情况;",
    "3.调查研究老干部政治待遇、生活待遇落实中遇到的问题,协调有关部门提出解决办法;",
    "4.指导老干部党支部建设,做好老干部思想政治工作;",
    "5.宣传老干部的历史功绩、现实作用、先进事迹和老干部工作的意义,引导老干部在新形势下发挥作用,总结工作经验,表彰优秀老干部及老干部工作先进机构和个人;",
    "6.组织、指导老干部开展文化健身、健康休养和参观湘阴建设成就等活动;",
    "7.处理老干部来信来访,报送老干部工作信息,做好异地安置老干部的服务管理;",
    "8.加强全县老干部工作队伍自身建设;",
    "9.做好老干部服务管理工作,按规定接待外地来访老干部及有关人员;",
    "10.完成上级及有关部门交办的其他事项。",
]


def build_d2():
    doc = new_doc("湘阴县2021年度部门(单位)整体支出绩效评价自评报告")
    para(doc, "附件1-1")
    para(doc, "湘阴县2021年度部门(单位)整体支出绩效评价自评报告", size=15, bold=True, center=True)
    para(doc, "部门(单位)名称  湘阴县老干部活动中心")
    para(doc, "预算编码    119")
    para(doc, "评价方式:部门(单位)绩效自评")
    para(doc, "评价机构:部门(单位)评价组")
    para(doc, "报告日期:2022年03月28日")
    para(doc, "湘阴县财政局(制)", center=True)
    para(doc, "一、部门(单位)基本概况", bold=True)
    table = doc.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    cell_text(table.cell(0, 0), "联系人")
    cell_text(table.cell(0, 1), "胡迎玺")
    cell_text(table.cell(0, 2), "联络电话")
    cell_text(table.cell(0, 3), "0730-2223429")
    cell_text(table.cell(1, 0), "人员编制")
    cell_text(table.cell(1, 1), "18")
    cell_text(table.cell(1, 2), "实有人数")
    cell_text(table.cell(1, 3), "18")
    cell_text(table.cell(2, 0), "职能职责概述")
    merged = table.cell(2, 1).merge(table.cell(2, 3))
    cell_text(merged, "\n".join(DUTIES_D2))
    cell_text(table.cell(3, 0), "年度主要\n工作内容")
    merged = table.cell(3, 1).merge(table.cell(3, 3))
    cell_text(merged, GOAL_D2)
    out = HERE / D2
    doc.save(out)
    normalize_zip(out)
    return out


# ----------------------------------------------------------------------------
# D3 附件清单 + 自评工作小组 ; D4 自评表表头 (XLSX)
# ----------------------------------------------------------------------------


def build_d3():
    doc = new_doc("_县市场监督管理局食品安全抽样检测工作经费项目绩效自评报告(一)")
    para(doc, "_县市场监督管理局食品安全抽样检测工作经费项目绩效自评报告(一)", size=14, bold=True, center=True)
    para(doc, "附 件 清 单", bold=True, center=True)
    for item in ["1、封面", "2、项目绩效自评工作领导小组", "3、项目支出绩效评价报告", "4、项目支出绩效自评表",
                 "5、大额支出凭证、票据复印件", "6、财务管理制度"]:
        para(doc, item)
    para(doc, "20_ 年项目绩效自评工作小组", bold=True, center=True)
    para(doc, "依据_县财政局关于开展 20_ 年财政项目支出绩效评价工作的通知,经_县市场监督管理局专题会议研究,"
              "决定成立食品安全抽样检测工作经费项目绩效自评工作小组,组成人员如下:")
    para(doc, "组 长:_县市场监督管理局党组书记、局长 _")
    para(doc, "副组长:_县市场监督管理局副局长 _")
    para(doc, "成 员:财务科 _")
    para(doc, "办公室 _")
    p = para(doc, "_县市场监督管理局 绩效自评小组")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(doc, "20_ 年 4 月 30 日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    out = HERE / D3
    doc.save(out)
    normalize_zip(out)
    return out


def build_d4():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    wb.properties.creator = "blind237"
    wb.properties.lastModifiedBy = "blind237"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=FONT, size=10)
    rows = [
        ["_县市场监督管理局", None, None, None, None, None, None, None],
        ["食品安全抽样检测工作经费项目支出绩效自评表", None, None, None, None, None, None, None],
        ["(20_ 年度)", None, None, None, None, None, None, None],
        ["项目名称", "食品安全抽样检测工作经费", None, None, None, None, None, None],
        ["主管部门", "_县市场监督管理局", None, None, "实施单位", "_县市场监督管理局", None, None],
        ["项目资金\n(万元)", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 130, 130, 130, 10, 100, 10],
        [None, "其中:当年财政拨款", 130, 130, None, "-", 100, "-"],
        [None, "上年结转资金", None, None, None, "-", None, "-"],
        [None, "其他", None, None, None, None, None, None],
    ]
    for r, row in enumerate(rows, start=1):
        for c, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=val)
            cell.font = font
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if r >= 4:
                cell.border = border
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws["A2"].font = Font(name=FONT, size=14, bold=True)
    ws.merge_cells("B4:H4")
    ws.merge_cells("B5:D5")
    ws.merge_cells("F5:H5")
    ws.merge_cells("A6:A10")
    widths = {"A": 11, "B": 20, "C": 11, "D": 11, "E": 11, "F": 8, "G": 8, "H": 8}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    out = HERE / D4
    wb.save(out)
    normalize_zip(out)
    return out


# ----------------------------------------------------------------------------
# annotations and checks
# ----------------------------------------------------------------------------


def write_annotations(name):
    gold = GOLD[name]
    pdf_name = Path(name).with_suffix(".pdf").name
    for src in (name, pdf_name):
        body = {"source": src}
        body.update(gold)
        (ANN / f"{src}.json").write_text(json.dumps(body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(name):
    pdf = HERE / Path(name).with_suffix(".pdf").name
    text = squash(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                 text=True).stdout)
    gold = GOLD[name]
    needles = []
    for row in gold["indicators"]:
        needles += [row["name"], row["target_text"]]
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"]]
    missing = [n for n in needles if squash(n) not in text]
    return missing


def main():
    ANN.mkdir(exist_ok=True)
    built = [build_d1(), build_d2(), build_d3(), build_d4()]
    bad = False
    for path in built:
        to_pdf(path)
        write_annotations(path.name)
        missing = check_pdf(path.name)
        if missing:
            bad = True
            print(f"MISSING in {path.name}: {missing}", file=sys.stderr)
    for path in sorted(HERE.glob("blind237_*")):
        print(hashlib.md5(path.read_bytes()).hexdigest(), path.name)
    if bad:
        sys.exit(1)
    print("all gold strings found in PDFs", file=sys.stderr)


if __name__ == "__main__":
    main()
