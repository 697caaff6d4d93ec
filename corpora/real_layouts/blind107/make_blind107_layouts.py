#!/usr/bin/env python3
"""Make the blind107 part of the real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document
reproduces the layout of one stored public web page (see SOURCES.md); facts as
written, longer sentences reworded, and every document stops where the stored
page copy stops.

Run with /tmp/venv/bin/python. The gold JSON files are written first, before any
document exists; then DOCX/XLSX, then PDF via LibreOffice, then a check that all
gold strings occur in the PDF text.
"""
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

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 6, 1, 9, 0, 0)
FIXED_ZIP = (2025, 6, 1, 9, 0, 0)

URL_SUINING = "https://hnsn.gov.cn/hnsn/gbxzfbwj/202505/4323f71d7b6b4e03b90996da14b58dd1.shtml"
URL_LISHAN = "http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html"
URL_YUYANG = "http://www.yuyang.gov.cn/zwgk/jcxxgk/zfwj/qzffw/1692000103917273090.html"
URL_CSXCDC = "https://datauseful.com/bidding/detail/1050195278118810173"
URL_CSZK = "https://www.qianlima.com/bid-574348930.html"

F_SUINING = "hunan-suining-renjunyuqishouming-mubiaoqingdan"
F_LISHAN = "liaoning-lishan-2023zhongdiangongzuo-fengongfangan"
F_YUYANG = "shaanxi-yuyang-jiankangxingdong-shishiyijian"
F_CSXCDC = "hunan-changshaxian-jikongwuye-caigouhetong"
F_CSZK = "hunan-changsha-zhaokaowuye-caigouhetong"

# ---------------------------------------------------------------------------
# Text of the documents (facts as found; long sentences reworded)
# ---------------------------------------------------------------------------

SUINING_LEAD_UNITS = ("县文旅广体局、县烟草局、市生态环境局绥宁分局、县农业农村局、县住建局、县城管局、"
                      "县市场监管局、县发改局、县医保局、县民政局、县教育局、县应急局、县交警大队等单位,各乡镇人民政府")
SUINING_HEADER = ["序号", "指标名称", "单位", "2022年", "2025年", "2027年", "牵头单位", "责任单位"]
SUINING_ROWS = [
    ["1", "人均预期寿命", "岁", "78.2(2021年)", "≥79.2", "≥80", "县卫健局", SUINING_LEAD_UNITS],
    ["2", "城乡居民达到《国民体质测定标准》合格以上的人数比例", "%", "95.52", "≥91.3", "≥91.7", "县文旅广体局",
     "各乡镇人民政府"],
    ["3", "居民健康素养水平", "%", "21.6", "≥31.5", "≥33", "县卫健局", "县疾控中心,各乡镇人民政府"],
    ["4", "总体癌症5年生存率", "%", "35(邵阳市)", "≥38", "≥40", "县卫健局", "县疾控中心、县人民医院,各乡镇人民政府"],
    ["5", "30-70岁重大慢性病过早死亡率", "%", "0.17", "≤12.7", "≤12.5", "县卫健局", "县疾控中心,各乡镇人民政府"],
    ["6", "孕产妇死亡率", "/10万", "0", "持续改善", "持续改善", "县卫健局", "县妇计中心,各乡镇人民政府"],
    ["7", "婴儿死亡率", "%", "3.64", "持续改善", "持续改善", "县卫健局", "县妇计中心,各乡镇人民政府"],
    # the page repeats the header row here (page break of the original)
    None,
    ["8", "5岁以下儿童死亡率", "‰", "6.07", "持续改善", "持续改善", "县卫健局", "县妇计中心,各乡镇人民政府"],
]

LISHAN_TARGETS = [
    ("1.努力实现地区生产总值增长6.2%左右。", "区发改局", "立山经济开发区,全区经济运行各专班"),
    ("2.规模上工业增加值增长5%左右。", "区工信局", "立山经济开发区"),
    ("3.固定资产投资增长15%左右。", "区发改局", "立山经济开发区,各街道、区直各部门"),
    ("4.社会消费品零售总额增长9%左右。", "区商务局", "各街道,区市场局"),
    ("5.一般公共预算收入增长8%左右。", "区财政局", "立山经济开发区,各街道,税务局"),
    ("6.居民收入增长与经济增长基本同步。", "区发改局", "各街道,各相关单位"),
    ("7.其他主要经济指标不低于全市平均水平。", None, None),  # the stored page stops here
]

YUYANG_GOAL_LEAD = ("以习近平新时代中国特色社会主义思想和党的二十大精神为指导，落实《“健康中国行动2030”规划纲要》"
                    "和新时代卫生与健康工作方针，坚持人民至上、共建共享、统筹兼顾，逐步培育有利于健康的生活方式、"
                    "生态环境和社会环境，全方位、全周期保障群众健康。")
YUYANG_GOAL_2025 = ("到2025年，初步建立全民健康优先的政策体系，有效解决影响健康的突出问题，居民健康素养水平持续提高，"
                    "基本医疗卫生服务和基本体育健身服务更加完善，基本形成绿色安全的健康环境，健康生活方式加快推广，"
                    "重点人群健康状况显著改善，居民主要健康指标优于全市平均水平。")
YUYANG_GOAL_2030 = ("到2030年，建成与全区经济社会发展相协调的全民健康服务体系，全民健康素养全面提升，健康生活方式全面普及，"
                    "居民主要健康影响因素得到有效控制，重大慢性病过早死亡率全面下降，人均预期寿命达到78.5岁，"
                    "婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万，"
                    "人人享有高质量的健康服务和高水平的健康保障，健康榆阳行动各项目标任务全面实现。")


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# Gold (written before any document is made)
# ---------------------------------------------------------------------------

GOLD = {
    F_SUINING: {
        "exts": ["xlsx"],
        "source_urls": [URL_SUINING],
        "province": "湖南省",
        "doc_kind": "行动计划主要目标责任清单(县政府办公室印发通知+指标清单表)",
        "patterns": [5, 8, 9],
        "indicators": [
            ind(None, None, "人均预期寿命", ">=", 79.2, "岁", "≥79.2"),
            ind(None, None, "城乡居民达到《国民体质测定标准》合格以上的人数比例", ">=", 91.3, "%", "≥91.3"),
            ind(None, None, "居民健康素养水平", ">=", 31.5, "%", "≥31.5"),
            ind(None, None, "总体癌症5年生存率", ">=", 38, "%", "≥38"),
            ind(None, None, "30-70岁重大慢性病过早死亡率", "<=", 12.7, "%", "≤12.7"),
            ind(None, None, "孕产妇死亡率", None, None, "/10万", "持续改善"),
            ind(None, None, "婴儿死亡率", None, None, "%", "持续改善"),
            ind(None, None, "5岁以下儿童死亡率", None, None, "‰", "持续改善"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.too_low", "item": "城乡居民达到《国民体质测定标准》合格以上的人数比例",
             "why": "2022年基数95.52%，2025年目标≥91.3%、2027年≥91.7%，目标低于已达到的水平"},
            {"rule": "target.too_low", "item": "30-70岁重大慢性病过早死亡率",
             "why": "反向指标：2022年基数写0.17%，而目标为≤12.7%(2027年≤12.5%)，目标远宽于基数(或基数填错)，目标无约束力"},
            {"rule": "target.qualitative_no_scale", "item": "孕产妇死亡率",
             "why": "2025年、2027年目标均只写“持续改善”，无数值、无分级"},
            {"rule": "target.qualitative_no_scale", "item": "婴儿死亡率",
             "why": "2025年、2027年目标均只写“持续改善”，无数值、无分级"},
            {"rule": "target.qualitative_no_scale", "item": "5岁以下儿童死亡率",
             "why": "2025年、2027年目标均只写“持续改善”，无数值、无分级"},
            {"rule": "target.unit_mismatch", "item": "婴儿死亡率",
             "why": "单位写“%”，基数3.64；婴儿死亡率按千分比(‰)计，同表第8行5岁以下儿童死亡率用‰，3.64%不合常理，单位疑误"},
        ],
        "notes": ("存储页从页面元数据栏(文件名称/索引号/公开目录/公开责任部门/发文日期/公开形式/生效日期/有效期，值均为空)开始，"
                  "经绥政办函〔2025〕5号通知正文、落款，到《主要目标责任清单》第8行(5岁以下儿童死亡率)为止；"
                  "通知提到的《重点任务清单》不在存储页内，未复制。表中在第7行与第8行之间重复了一次表头(原件换页)，照样保留。"
                  "判断：表有2025年和2027年两个目标列，金标每个指标只记一行，取2025年列为目标值(value/target_text)；"
                  "2027年目标：人均预期寿命≥80、合格以上人数比例≥91.7、健康素养≥33、癌症5年生存率≥40、过早死亡率≤12.5、"
                  "其余三行“持续改善”。2022年列是基数，不是实际完成值，actual记null。无一级/二级指标，level1/level2为null。"
                  "基数列的“78.2(2021年)”“35(邵阳市)”照原样保留。第7行婴儿死亡率单位“%”照原样保留(疑为‰)。"
                  "无分值/得分/总体目标段落/合计数，goals、facts为空。")
    },
    F_LISHAN: {
        "exts": ["docx"],
        "source_urls": [URL_LISHAN],
        "province": "辽宁省",
        "doc_kind": "区政府年度重点工作任务分解和责任分工方案(印发通知，主要预期目标逐条列牵头/责任单位)",
        "patterns": [8, 9, 10],
        "indicators": [
            ind(None, None, "地区生产总值增长", None, 6.2, "%", "6.2%左右"),
            ind(None, None, "规模上工业增加值增长", None, 5, "%", "5%左右"),
            ind(None, None, "固定资产投资增长", None, 15, "%", "15%左右"),
            ind(None, None, "社会消费品零售总额增长", None, 9, "%", "9%左右"),
            ind(None, None, "一般公共预算收入增长", None, 8, "%", "8%左右"),
            ind(None, None, "居民收入增长", None, None, None, "与经济增长基本同步"),
            ind(None, None, "其他主要经济指标", ">=", None, None, "不低于全市平均水平"),
        ],
        "goals": [{"kind": "年度目标", "text": t[0]} for t in LISHAN_TARGETS],
        "facts": [],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "居民收入增长",
             "why": "目标只写“与经济增长基本同步”，没有数值，也没有“基本同步”的容差"},
            {"rule": "target.missing_value", "item": "其他主要经济指标",
             "why": "只有“不低于全市平均水平”这一相对方向，没有数值，且“其他主要经济指标”未列明具体指标"},
            {"rule": "goal.unquantified", "item": "6.居民收入增长与经济增长基本同步。",
             "why": "目标条目没有数字"},
            {"rule": "goal.unquantified", "item": "7.其他主要经济指标不低于全市平均水平。",
             "why": "目标条目没有数字"},
        ],
        "notes": ("存储页从“鞍山市立山区人民政府文件 鞍立政发〔2023〕2号”起，含印发通知、落款(2023年3月28日，此件公开发布)、"
                  "方案标题与导语，到“一、经济社会发展的主要预期目标”第7条“其他主要经济指标不低于全市平均水平。”为止；"
                  "第7条之后的牵头/责任单位不在存储页内，文档也不写。导语改写为自己的话。"
                  "第2条“规模上工业增加值”照原样保留(应为“规模以上”)。通知标题里“《立山区政府2023年重点工作任务分解 和责任分工方案》”"
                  "页面上有空格，文档按原样断在“任务分解”后换行。"
                  "判断：这是纯文字文件(无指标表)，每条预期目标既记为年度目标(goals)，也按其可度量部分记为指标行；"
                  "“X%左右”是约数，operator记null，value记X；第6条无数字，第7条“不低于”记为>=但无数值。"
                  "goal.unquantified与target.*对第6、7条各记一次：一次针对目标条目，一次针对指标行。无分值、得分、合计。")
    },
    F_YUYANG: {
        "exts": ["docx"],
        "source_urls": [URL_YUYANG],
        "province": "陕西省",
        "doc_kind": "区政府实施意见(健康行动，总体目标分2025年、2030年两段)",
        "patterns": [10],
        "indicators": [
            ind(None, None, "重大慢性病过早死亡率", None, None, None, "全面下降"),
            ind(None, None, "人均预期寿命", ">=", 78.5, "岁", "达到78.5岁"),
            ind(None, None, "婴儿死亡率", "<=", 4.0, "‰", "4.0‰"),
            ind(None, None, "5岁以下儿童死亡率", "<=", 4.5, "‰", "4.5‰"),
            ind(None, None, "孕产妇死亡率", "<=", 10, "/10万", "10/10万"),
        ],
        "goals": [
            {"kind": "总体目标", "text": YUYANG_GOAL_LEAD},
            {"kind": "阶段目标(2025年)", "text": YUYANG_GOAL_2025},
            {"kind": "阶段目标(2030年)", "text": YUYANG_GOAL_2030},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": YUYANG_GOAL_2025,
             "why": "2025年阶段目标全是“初步建立/有效解决/持续提高/显著改善/优于全市平均水平”之类的定性说法，没有一个数字"},
            {"rule": "goal.unquantified", "item": YUYANG_GOAL_LEAD,
             "why": "“总体目标”标题下第一段只有方向性表述，没有数字或期限"},
            {"rule": "target.vague_wording", "item": "重大慢性病过早死亡率",
             "why": "2030年目标只写“全面下降”，没有数值或基数"},
        ],
        "notes": ("存储页从标题“榆林市榆阳区人民政府 关于推进健康榆阳行动的实施意见”和“图解 |”一行起，含主送、导语、"
                  "“一、总体目标”三段，到“二、主要任务 (一)提升全民健”为止(标题被截断，照原样保留截断)。"
                  "导语和三段目标改写为自己的话，保留文号、年份和全部数字。纯文字文件(无指标表)。"
                  "判断：2030年一段中的可度量目标记为指标行：“达到78.5岁”记>=；“分别下降到4.0‰、4.5‰、10/10万”记<=。"
                  "“重大慢性病过早死亡率全面下降”也记一行(无数值)。2025年段的“居民主要健康指标优于全市平均水平”"
                  "未单列为指标，只在目标层面标记goal.unquantified。第一段在“一、总体目标”标题下，按总体目标记入。"
                  "无分值、得分、合计。")
    },
    F_CSXCDC: {
        "exts": ["docx"],
        "source_urls": [URL_CSXCDC],
        "province": "湖南省",
        "doc_kind": "政府采购合同(服务类，物业管理服务；合同公告页转载)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "合计金额", "kind": "sum", "total": 3588534.78, "parts": [3588534.78], "unit": "元"},
            {"metric": "物业综合管理服务 总价", "kind": "sum", "total": 101927.28,
             "parts": [33975.76, 33975.76, 33975.76], "unit": "元"},
        ],
        "findings": [],
        "notes": ("存储页是招投标信息网站上的合同公告：页头摘要(金额358.85万元、项目地址湖南省、发布时间2023/01/04、"
                  "项目编号“-”、中标公司)、合同编号、甲乙双方、导语、1.项目管理信息、2.合同标的及金额表、合计金额小写/大写、"
                  "合同标的及金额明细，到金额明细表第2行“环境卫生保洁服务 … 3”为止(单价、总价被截断，行留空)。"
                  "导语改写。标题里采购人名称重复两次(“长沙县疾病预防控制中心长沙县疾病预防控制中心…”)照原样保留；"
                  "标的表“数量单位”格为空、金额明细表“单位”格为空，照原样保留。"
                  "判断：合同没有考核指标表或绩效目标，indicators/goals为空。facts：标的表只有一行，合计=该行总价；"
                  "物业综合管理服务“数量3、单价33975.76、总价101927.28”按3年×年单价记为三份相加(33975.76×3=101927.28，相符)。"
                  "合计金额大写“叁佰伍拾捌万捌仟伍佰叁拾肆元柒角捌分”与小写3588534.78元相符；页头358.85万元是其四舍五入，"
                  "不作为问题。第一部分及全部分项的合计在存储页内看不到，无法核对。无问题可报。")
    },
    F_CSZK: {
        "exts": ["docx"],
        "source_urls": [URL_CSZK],
        "province": "湖南省",
        "doc_kind": "政府采购合同(服务类，物业管理；合同公告页转载，部分信息以****遮蔽)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("存储页从合同标题“市教育招考综合办公楼2026-2029****政府采购合同 (服务类)”起，含合同编号、采购方式、"
                  "合同类型、甲乙双方及地址(多处被网站用****遮蔽)、依据段、一、标的信息表、合计金额小写/大写、"
                  "合同标的及金额明细(1.物业情况表、2.项目概况、3.甲方提供的条件、4.合同明细)、二、服务要求，"
                  "到“(一)物业综合管理服务”下的服务标准表第1行“1 | 目标与”为止(该行被截断)。依据段改写，遮蔽符号照原样保留。"
                  "物业情况表第2行(室内)的物业地址格为空，照原样保留；“(1****考试院提供;”括号不配对照原样保留。"
                  "判断：合计金额小写被遮蔽为“****200.48”，大写为“壹佰叁拾陆万零贰佰元肆角捌分”(1360200.48元)，"
                  "可见的尾数200.48与大写相符，无法全额核对，不记问题，也不记facts。合同明细写“****200.48元/年，服务期三年，"
                  "合同一年一签”，与标的总价一致(一年的合同)，不作为问题。无考核指标表、无绩效目标，indicators/goals为空。")
    },
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for base, g in GOLD.items():
        for ext in g["exts"] + ["pdf"]:
            fname = f"{base}.{ext}"
            rec = {"source": fname, "source_urls": g["source_urls"], "province": g["province"],
                   "doc_kind": g["doc_kind"], "patterns": g["patterns"], "indicators": g["indicators"],
                   "goals": g["goals"], "facts": g["facts"], "findings": g["findings"], "notes": g["notes"]}
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=2)
                f.write("\n")


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted-stable order."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              lambda m: m.group(1) + b"2025-06-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(item.filename, FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def docx_setup(title):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = "blind107"
    cp.last_modified_by = "blind107"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def para(doc, text, bold=False, center=False, right=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(doc, rows, ncols, merges=(), bold_rows=()):
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            v = row[j] if j < len(row) else ""
            if v is None:
                continue
            cell = t.cell(i, j)
            cell.text = v
            if i in bold_rows:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        txt = rows[r0][c0]
        m = a.merge(b)
        m.text = txt
    return t


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

def make_suining(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "主要目标责任清单"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    widths = [6, 30, 8, 13, 10, 10, 11, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    r = 1
    # page metadata block, values empty as on the stored page
    meta = [("文件名称:", "", "索引号:", ""), ("公开目录:", "", "公开责任部门:", ""),
            ("发文日期:", "", "公开形式:", ""), ("生效日期 :", "", "有效期:", "")]
    for a, b, c, d in meta:
        ws.cell(r, 1, a)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, b)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        ws.cell(r, 5, c)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        ws.cell(r, 7, d)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
        for cc in range(1, 9):
            ws.cell(r, cc).border = box
        r += 1
    r += 1
    lines = [
        ("绥政办函〔2025〕5号", "center"),
        ("各乡镇人民政府,市属、县直各单位:", "left"),
        ("    现将《绥宁县人均预期寿命提升行动计划主要目标责任清单》《绥宁县人均预期寿命提升行动计划重点任务清单》"
         "印发给你们，两份清单已经县人民政府同意，请认真抓好落实。", "left"),
        ("绥宁县人民政府办公室", "right"),
        ("2025年4月25日", "right"),
    ]
    for text, al in lines:
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).alignment = Alignment(horizontal=al, wrap_text=True, vertical="center")
        if len(text) > 60:
            ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    ws.cell(r, 1, "绥宁县人均预期寿命提升行动计划主要目标责任清单")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1).font = Font(bold=True, size=14)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    r += 1
    for row in [SUINING_HEADER] + SUINING_ROWS:
        bold = row is None
        if row is None:
            row = SUINING_HEADER
        if row is SUINING_HEADER:
            bold = True
        for j, v in enumerate(row):
            c = ws.cell(r, j + 1, v)
            c.border = box
            c.alignment = wrap
            if bold:
                c.font = Font(bold=True)
        if len(row[7]) > 40:
            ws.row_dimensions[r].height = 75
        elif len(row[1]) > 14:
            ws.row_dimensions[r].height = 32
        r += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind107"
    wb.properties.lastModifiedBy = "blind107"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.title = "绥宁县人均预期寿命提升行动计划主要目标责任清单"
    wb.save(out)


def make_lishan(out):
    doc = docx_setup("立山区政府2023年重点工作任务分解和责任分工方案")
    para(doc, "鞍山市立山区人民政府文件", bold=True, center=True, size=18)
    para(doc, "鞍立政发〔2023〕2号", center=True)
    para(doc, "立山区人民政府关于印发 《立山区政府2023年重点工作任务分解", bold=True, center=True)
    para(doc, "和责任分工方案》的通知", bold=True, center=True)
    para(doc, "立山经济开发区,各街道办事处,各区直部门,各有关单位:")
    para(doc, "    《立山区政府2023年重点工作任务分解和责任分工方案》已经区政府同意，现印发给你们，请结合实际认真贯彻落实。")
    para(doc, "立山区人民政府", right=True)
    para(doc, "2023年3月28日", right=True)
    para(doc, "(此件公开发布)")
    para(doc, "立山区政府2023年重点工作", bold=True, center=True, size=14)
    para(doc, "任务分解和责任分工方案", bold=True, center=True, size=14)
    para(doc, "    为落实党的二十大精神以及中央和省、市工作会议、市委十三届五次全会、区委十五届四次全会的部署，"
              "对照国家、省、市对2023年重点工作的安排，围绕辽宁省全面振兴新突破三年行动和鞍山市“抓项目、进企业、"
              "解难题”专项行动，确保全区完成全年经济社会发展目标任务，现对2023年重点工作作出如下分工。")
    para(doc, "一、经济社会发展的主要预期目标", bold=True)
    for text, lead, resp in LISHAN_TARGETS:
        para(doc, text)
        if lead:
            para(doc, f"牵头单位:{lead}")
            para(doc, f"责任单位:{resp}")
    doc.save(out)


def make_yuyang(out):
    doc = docx_setup("关于推进健康榆阳行动的实施意见")
    para(doc, "榆林市榆阳区人民政府", bold=True, center=True, size=16)
    para(doc, "关于推进健康榆阳行动的实施意见", bold=True, center=True, size=16)
    para(doc, "图解 | 榆林市榆阳区人民政府推进健康榆阳行动的实施意见")
    para(doc, "各乡镇人民政府,各街道办事处,区政府各有关工作部门、直属机构:")
    para(doc, "    为深入实施健康中国战略，推动健康事业和健康产业高质量发展、提高全民健康水平，依据《国务院关于实施健康中国行动的意见》"
              "(国发〔2019〕13号)、《陕西省人民政府关于推进健康陕西行动的实施意见》(陕政发〔2020〕7号)、"
              "《榆林市人民政府关于推进健康榆林行动的实施意见》(榆政发〔2021〕1号)等文件，现就推进健康榆阳行动提出以下实施意见。")
    para(doc, "一、总体目标", bold=True)
    para(doc, "    " + YUYANG_GOAL_LEAD)
    para(doc, "    " + YUYANG_GOAL_2025)
    para(doc, "    " + YUYANG_GOAL_2030)
    para(doc, "二、主要任务", bold=True)
    para(doc, "(一)提升全民健")
    doc.save(out)


def make_csxcdc(out):
    from docx.shared import Pt
    doc = docx_setup("长沙县疾病预防控制中心物业招标采购项目合同公告")
    para(doc, "中标")
    para(doc, "长沙县疾病预防控制中心长沙县疾病预防控制中心物业招标采购项目合同公告", bold=True, size=14)
    table(doc, [["金额", "358.85万元"], ["项目地址", "湖南省"], ["发布时间", "2023/01/04"]], 2)
    para(doc, "公告摘要", bold=True)
    table(doc, [["项目编号", "-", "预算金额", "358.85万元"],
                ["招标联系人", "-", "中标公司", "湖南吉立物业管理有限公司358.85万元"],
                ["中标联系人", "-", "", ""]], 4)
    para(doc, "公告正文", bold=True)
    para(doc, "政府采购合同编号:XSCG-GK-202210310008-1", right=True)
    para(doc, "采购人(全称): 长沙县疾病预防控制中心 (甲方)")
    para(doc, "中标(成交)供应商(全称): 湖南吉立物业管理有限公司 (乙方)")
    para(doc, "    为保障甲、乙双方的合法权益，依据《中华人民共和国民法典》《中华人民共和国政府采购法》及其他有关法律、法规、规章，"
              "双方订立本合同协议书。采购人和中标(成交)供应商应按合同约定依法履行各自义务；本政府采购合同的履行、违约责任"
              "和争议解决办法等适用《中华人民共和国民法典》。")
    para(doc, "1.项目管理信息", bold=True)
    para(doc, "(1)采购方式:  公开招标")
    para(doc, "(2)项目名称:  长沙县疾病预防控制中心物业招标采购项目")
    para(doc, "(3)采购计划编号: XSCG-202210310008")
    para(doc, "2.合同标的及金额", bold=True)
    rows = [["序号", "标的名称", "政府采购品目", "型号规格", "数量单位", "数量", "总价(元)"],
            ["1", "长沙县疾病预防控制中心物业招标采购项目", "物业管理服务", "详见附件", "", "1", "3588534.78"],
            ["合计金额小写: 3588534.78 元", None, None, None, None, None, None],
            ["合计金额大写:叁佰伍拾捌万捌仟伍佰叁拾肆元柒角捌分", None, None, None, None, None, None]]
    table(doc, rows, 7, merges=[(2, 0, 2, 6), (3, 0, 3, 6)], bold_rows=(0,))
    para(doc, "合同标的及金额明细:")
    para(doc, "1、合同标的:3588534.78元(3年)")
    para(doc, "2、金额明细:")
    rows = [["序号", "分项名称", "单位", "规格型号", "品牌产地", "数量", "单价(元)", "总价(元)", "备注"],
            ["第一部分:常规物业管理服务费用", None, None, None, None, None, None, None, None],
            ["1", "物业综合管理服务", "", "/", "/", "3", "33975.76", "101927.28", ""],
            ["2", "环境卫生保洁服务", "", "/", "/", "3", "", "", ""]]
    t = table(doc, rows, 9, merges=[(1, 0, 1, 8)], bold_rows=(0,))
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
    doc.save(out)


def make_cszk(out):
    doc = docx_setup("市教育招考综合办公楼2026-2029政府采购合同(服务类)")
    para(doc, "市教育招考综合办公楼2026-2029****政府采购合同 (服务类)", bold=True, center=True, size=14)
    table(doc, [["政府采购合同编号:", "****"], ["采购方式:", "公开招标"], ["合同类型:", "服务类"],
                ["采购人(甲方):", "****"], ["采购人地址:", "**市**区茶子山中路320号"],
                ["供应商(乙方):", "****"], ["供应商地址:", "**省**市**区韶**路498号202房"]], 2)
    para(doc, "    依据《****政府采购法》《中华人民**国民法典》及与本项目有关的法律法规，并依据市教育招考综合办公楼2026-2029年"
              "物业管理的《采购文件》、乙方的《投标(响应)文件》和《中标(成交)通知书》，甲乙双方同意订立本合同。"
              "具体情况及要求如下:")
    para(doc, "一、标的信息", bold=True)
    rows = [["序号", "标的名称", "政府采购品目", "型号规格", "数量单位", "数量", "总价(元)"],
            ["1", "市教育招考综合办公楼2026-2029年 物业管理", "物业管理服务", "详见附件", "项", "1", "****200.48"],
            ["合计金额小写: ****200.48 元", None, None, None, None, None, None],
            ["合计金额大写:壹佰叁拾陆万零贰佰元肆角捌分", None, None, None, None, None, None]]
    table(doc, rows, 7, merges=[(2, 0, 2, 6), (3, 0, 3, 6)], bold_rows=(0,))
    para(doc, "合同标的及金额明细:")
    para(doc, "1.物业情况")
    table(doc, [["物业名称", "物业地址"],
                ["**市市教育招考综合办公大楼(室外)", "**茶子山路320号"],
                ["**市市教育招考综合办公大楼(室内)", ""]], 2, bold_rows=(0,))
    para(doc, "2.项目概况及主要数据")
    para(doc, "    **市市教育招考综合办公大楼位于**茶子山路320号，为独立院落；本次服务范围包括办公楼、绿化带、地下车库、广场、道路等。")
    para(doc, "3.甲方提供供应商使用的场地、设施、设备、材料等情况")
    para(doc, "(1****考试院提供;")
    para(doc, "(2)原则上不提供食宿;不含食宿的工作人员,乙方自理。")
    para(doc, "4.合同明细: ****200.48元/年,本项目服务期为三年,合同一年一签。具体详见附件《报价文件》。")
    para(doc, "二、服务要求", bold=True)
    para(doc, "1.服务要求")
    para(doc, "    本项目物业服务包括物业综合管理服务、卫生保洁服务、秩序维护及安防管理服务、绿化养护服务、公共设施维护服务、"
              "会务服务及其他约定事项等服务。")
    para(doc, "具体服务要求如下:")
    para(doc, "(一)物业综合管理服务;")
    table(doc, [["序号", "服务内容", "服务标准"], ["1", "目标与", ""]], 3, bold_rows=(0,))
    doc.save(out)


BUILDERS = {F_SUINING: make_suining, F_LISHAN: make_lishan, F_YUYANG: make_yuyang,
            F_CSXCDC: make_csxcdc, F_CSZK: make_cszk}


def to_pdf(path):
    outdir = os.path.dirname(path)
    prof = tempfile.mkdtemp(prefix="lo_blind107_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    pdf = os.path.splitext(path)[0] + ".pdf"
    # fix the dates LibreOffice writes (same length, so offsets stay valid)
    with open(pdf, "rb") as f:
        data = f.read()
    data = re.sub(rb"D:\d{14}([+\-Z])", lambda m: b"D:20250601090000" + m.group(1), data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]{19}",
                  lambda m: b"<xmp:" + m.group(1) + b">2025-06-01T09:00:00", data)
    fixed_id = hashlib.md5(os.path.basename(pdf).encode()).hexdigest().upper().encode()
    data = re.sub(rb"(/ID\s*\[\s*<)[0-9A-Fa-f]{32}(>\s*<)[0-9A-Fa-f]{32}(>)",
                  lambda m: m.group(1) + fixed_id + m.group(2) + fixed_id + m.group(3), data)
    data = re.sub(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}", lambda m: m.group(1) + fixed_id, data)
    with open(pdf, "wb") as f:
        f.write(data)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check(pdf, g):
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    items = []
    for i in g["indicators"]:
        items += [i["name"], i["target_text"]]
    items += [x["text"] for x in g["goals"]]
    items += [x["item"] for x in g["findings"]]
    for s in items:
        if s and squash(s) not in txt:
            missing.append(s)
    return missing


def main():
    write_gold()
    ok = True
    for base, g in GOLD.items():
        for ext in g["exts"]:
            path = os.path.join(HERE, f"{base}.{ext}")
            BUILDERS[base](path)
            normalize_zip(path)
            pdf = to_pdf(path)
            miss = check(pdf, g)
            print(f"{base}.{ext}: indicators={len(g['indicators'])} findings={len(g['findings'])} "
                  f"missing_in_pdf={len(miss)}")
            for m in miss:
                print("   MISSING:", m)
                ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
