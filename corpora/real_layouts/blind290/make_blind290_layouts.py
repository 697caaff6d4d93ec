"""Build the blind290 test documents (assessment tables of PPP / purchased-service projects).

The gold (GOLD below) is written before any file is built or read back.
Run: /tmp/wvenv/bin/python make_blind290_layouts.py
"""

import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind290"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

F_GS = "blind290_guangshan_laji_kaohe.xlsx"
F_CZC = "blind290_chengzhongcun_laji_kaohe.xlsx"
F_WH = "blind290_weihai_lvhua_kaohe.docx"
F_WX = "blind290_wuxi_zhaoming_kaohe.docx"
F_PPP = "blind290_ppp_zhaoming_yanghu.docx"

URL_GS = "http://m.boteman.cn/paper/358364583.html"
URL_CZC = "https://www.xiaomilidoc.com/p-14757320.html"
URL_WH = "https://www.mdjjksjc.com/html/2019/0502/5102040234002032.shtm"
URL_WX = "https://www.renrendoc.com/paper/201440328.html"
URL_PPP = "https://m.jinchutou.com/p-118950594.html"


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------- texts shared by gold and builders
# 1 光山县 (stored page is in traditional script; kept as stored)
GS_ROW1_CONTENT = "嚴格按照甲方擬出的要求落實各項規定"
GS_ROW2_CONTENT = "信息報送準確、及時、真實"
GS_ROW3_CONTENT = "宣傳氛圍濃郁,登記率達到85%以上,知曉率達到95%以上。"

# 2 城中村
CZC_ITEMS = [
    ("设置垃圾分类宣传栏",
     "设置垃圾分类宣传栏,宣传垃圾分类工作,宣传内容正确并根据推动情况及工作重点不定期进行更新:是 否"),
    ("设置责任管理公示表或生活垃圾分类公示牌",
     ("设置责任管理公示表或生活垃圾分类公示牌,公示本单位开展生活垃圾分类情况,包括各类生活垃圾投放地点、方式等要求;"
     "分类投放、收集各环节负责人和保洁人员等信息:是否")),
    ("建立管理制度和操作法律规范等日常管理制度",
     "建立管理制度和操作法律规范等日常管理制度,并张贴上墙,内容及时更新:是否"),
    ("按分类投放模式配置分类收集容器",
     "按分类投放模式配置分类收集容器,分类收集容器完好、干净、容器颜色、标识法律规范清楚,并结合实际设置投放指引牌:是 否"),
    ("有独立的垃圾收集点或临时存放点", "有独立的垃圾收集点或临时存放点,垃圾分类收集运输:是否"),
    ("是否分类投放", "是否分类投放:是 否"),
    ("是否签订厨余垃圾收运协议", "是否签订厨余垃圾收运协议:是 否"),
    ("是否建立生活垃圾排放台账", "是否建立生活垃圾排放台账:是 否"),
    ("厨余垃圾是否交付有合法资质的单位收运",
     "厨余垃圾是否交付有合法资质的单位收运(与街道环卫所或取得生活垃圾收运资质的企业签协议,均视为具有合法资质):是否"),
    ("厨余垃圾是否上门收运", "厨余垃圾是否上门收运:是 否"),
]
CZC_DUBAN_CONTENT = "市、区第三方每月考评督办案件"
CZC_FLL_RULE = "当日分类率低于区要求每宗次扣 0.5 分,当月分类率未达区要求该项不得分"

# 3 威海
WH_ITEM1 = "每月对树木死亡情况进行统计,并分析原因得2分。"

# 4 无锡 (own wording for narrative; indicator phrases as written)
WX_GOAL = "为把新区城市照明设施的管养考核工作全面推开、抓实,提升新区城市照明设施的管理水平,特制定本办法。"

# 5 xxxPPP 照明
PPP_GOAL = "为强化我市城市道路照明管理、改善城市照明环境、提升城市整体形象,依据国家相关标准和规范,结合本市实际,制定本标准。"
PPP_T1 = "1. 城市快速路、主干路亮灯率达到98%以上;次干路亮灯率达到96%以上;支路亮灯率达到95%以上。"
PPP_T2 = "2.城市道路照明设施完好率达到95%以上,有责事故率不高于0.5。"
PPP_T3 = ("3路灯杆体竖向直顺,纵向成线, 灯杆偏斜度不大于5度或不偏离1个灯杆直径,灯杆横向位置偏移应不大于杆根直径的一半;"
          "杆体整洁干净,无污染、锈蚀或面漆剥落;杆体间距均匀,无缺档断空;灯杆检修口无缺失。")
PPP_T4 = "4路灯灯具完好清洁、无破碎、污染和锈蚀,灯罩内的反光器保持光亮,。"
PPP_T5 = "5.路灯光源保持完好,照度和亮度达到国家标准要求,主干街路、重点区域的维持照度不低于30LX,次干道15LX,支路12LX。"
PPP_T6 = "6.道路照明的维修系数不低于0.70。"
PPP_T7 = "7.配电箱(柜)保"

# ---------------------------------------------------------------- GOLD (written before anything is built)
GOLD = {
    F_GS: {
        "source_urls": [URL_GS],
        "province": "河南省",
        "doc_kind": "政府购买垃圾分类服务考核评分细则(甲方对承接方的考核表)",
        "patterns": [1, 5, 6],
        "indicators": [
            ind(None, "項目運行情況", "項目運行情況", None, None, None, GS_ROW1_CONTENT, weight=60, score=60),
            ind(None, "信息報送", "信息報送", None, None, None, GS_ROW2_CONTENT, weight=10, score=8),
            ind(None, "社區宣傳", "宣傳氛圍", None, None, None, "宣傳氛圍濃郁"),
            ind(None, "社區宣傳", "登記率", ">=", 85, "%", "登記率達到85%以上"),
            ind(None, "社區宣傳", "知曉率", ">=", 95, "%", "知曉率達到95%以上"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "項目運行情況",
             "why": "目标只写“严格按照甲方拟出的要求落实各项规定”,是合规表述,没有可衡量的产出或质量标准"},
            {"rule": "target.time_no_deadline", "item": "信息報送",
             "why": "“及时”报送没有给出周报、月报的报送时限"},
            {"rule": "target.qualitative_no_scale", "item": "宣傳氛圍",
             "why": "“宣传氛围浓郁”没有分级或量化口径,评分标准只数缺少的标语"},
        ],
        "notes": ("存储页为繁体转换的镜像文本(原件为简体PDF),按存储的繁体字照录;PDF抽取把各列交错,按 序號/類別/考核內容/分值/評分標準/打分 "
                  "六列还原,評分標準按条分行,其余列向下合并。第1行打分“60”、第2行打分“8(附1)”照录。页面在第3行(社區宣傳)"
                  "評分標準第3条“第二個月”处截断,该行打分、后续各行及总分均不可见,故不核对总分。社區宣傳的10分属整组,"
                  "拆成三个目标行后不分摊分值。評分標準各条为本人改写,数字照录。"),
    },
    F_CZC: {
        "source_urls": [URL_CZC],
        "province": None,
        "doc_kind": "城中村社区生活垃圾分类考核细则表",
        "patterns": [1, 5],
        "indicators": (
            [ind(None, "责任单位(40分)", n, None, None, None, t) for n, t in CZC_ITEMS]
            + [ind(None, None, "市区督办", None, None, None, CZC_DUBAN_CONTENT, weight=40),
               ind(None, None, "分类率", None, None, None, CZC_FLL_RULE, weight=20)]
        ),
        "goals": [],
        "facts": [
            {"metric": "责任单位分值", "kind": "sum", "total": 40, "parts": [5, 5, 5], "unit": "分"},
        ],
        "findings": [
            {"rule": "consistency.score_total", "item": "责任单位",
             "why": "抽查3个社区、每个社区占5分,合计15分,与该项标注的40分不符"},
            {"rule": "target.missing_value", "item": "市区督办",
             "why": "允许的市考评案件宗数只写“区要求”,没有具体数值"},
            {"rule": "target.missing_value", "item": "分类率",
             "why": "分类率的达标线只写“区要求”,没有给出百分比"},
        ],
        "notes": ("存储文本无标题,直接从表头“项目内容细则备注”开始,按 项目/内容/细则/备注 四列还原;“责任单位(40分)”“市区督办(40分)”"
                  "“分类率(20分)”分值写在项目格内。细则中“操作法律规范”“标识法律规范”“去系统”等疑似网站替换或笔误照录。"
                  "省份无法从页面确定(城中村、市区两级督办、街道环卫所),写null。页面在“减分项”第2条“主流媒体曝光投”处截断,"
                  "减分项为扣分规则不作目标行。内容、细则中较长的句子为本人改写,数字照录。"),
    },
    F_WH: {
        "source_urls": [URL_WH],
        "province": "山东省",
        "doc_kind": "城市绿化养护管理考核评分标准(附件表)",
        "patterns": [5, 6],
        "indicators": [
            ind(None, "乔灌木养护管理", "树木死亡情况", None, None, None, WH_ITEM1, weight=2),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.input_or_process", "item": "树木死亡情况",
             "why": "每月统计并分析死亡原因是管理动作,不是养护结果(如成活率、保存率)"},
        ],
        "notes": ("文档名为《威海中心市区城市绿化养护管理考核细则》,存储文本只显示附件表的表头和第1行:序号1、“乔灌木 养护管理 20”"
                  "(名称和分值同在一格)、评分细则第1条和第2条开头“根据树木生长情况及周边环境要求,定期对”,此后截断。"
                  "第2条不完整,不作目标行;乔灌木养护管理的20分属整组。页眉域代码“PAGE 2”未复制。"),
    },
    F_WX: {
        "source_urls": [URL_WX],
        "province": "江苏省",
        "doc_kind": "道路照明设施养护(中标管护单位)考核办法",
        "patterns": [],
        "indicators": [
            ind(None, None, "亮灯率", None, 99, "%", "功能照明99%"),
            ind(None, None, "设施完好率", None, 95, "%", "设施完好率95%"),
            ind(None, None, "运行故障率", None, 0.5, "%", "运行故障率0.5%"),
            ind(None, None, "报修限时处理率", "=", 100, "%", "报修限时处理率100%"),
            ind(None, None, "补盗、补损、迁移及零星施工任务等交办事项办理及时率", "=", 100, "%",
                "补盗、补损、迁移及零星施工任务等交办事项办理及时率100%"),
            ind(None, None, "重大责任安全事故", None, None, None, "无重大责任安全事故"),
        ],
        "goals": [{"kind": "制定目的", "text": WX_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": WX_GOAL[:20],
             "why": "“提升管理水平”没有数值或基线"},
            {"rule": "coverage.missing_dimension", "item": "满意度",
             "why": "六项考核指标全是设施运行和办理时效,没有服务对象满意度或效益指标"},
        ],
        "notes": ("管护服务由中标管护单位承担(政府购买服务),考核指标以连续正文列出,无表格;99%、95%、0.5%未写方向,运算符记null,"
                  "100%记“=”。页面在“四、考核方式”末句“提出管护整改要”处截断,各单项考核评分标准不可见,故“报修限时处理率”"
                  "的时限不作为缺陷。开头与考核方式部分为本人改写,数字、文号照录;页面广告语“精选优质文档-倾情为你奉上”未复制。"),
    },
    F_PPP: {
        "source_urls": [URL_PPP],
        "province": None,
        "doc_kind": "PPP项目照明设施维修养护标准及考核办法",
        "patterns": [],
        "indicators": [
            ind(None, None, "城市快速路、主干路亮灯率", ">=", 98, "%", "城市快速路、主干路亮灯率达到98%以上"),
            ind(None, None, "次干路亮灯率", ">=", 96, "%", "次干路亮灯率达到96%以上"),
            ind(None, None, "支路亮灯率", ">=", 95, "%", "支路亮灯率达到95%以上"),
            ind(None, None, "城市道路照明设施完好率", ">=", 95, "%", "城市道路照明设施完好率达到95%以上"),
            ind(None, None, "有责事故率", "<=", 0.5, None, "有责事故率不高于0.5"),
            ind(None, None, "灯杆偏斜度", "<=", 5, "度", "灯杆偏斜度不大于5度或不偏离1个灯杆直径"),
            ind(None, None, "灯杆横向位置偏移", "<=", None, None, "灯杆横向位置偏移应不大于杆根直径的一半"),
            ind(None, None, "杆体", None, None, None, "杆体整洁干净,无污染、锈蚀或面漆剥落"),
            ind(None, None, "路灯灯具", None, None, None, "路灯灯具完好清洁、无破碎、污染和锈蚀"),
            ind(None, None, "主干街路、重点区域的维持照度", ">=", 30, "LX", "主干街路、重点区域的维持照度不低于30LX"),
            ind(None, None, "次干道", ">=", 15, "LX", "次干道15LX"),
            ind(None, None, "支路", ">=", 12, "LX", "支路12LX"),
            ind(None, None, "维修系数", ">=", 0.7, None, "道路照明的维修系数不低于0.70"),
        ],
        "goals": [{"kind": "制定目的", "text": PPP_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "target.missing_unit", "item": "有责事故率",
             "why": "“不高于0.5”没有单位,无法判断是%还是‰"},
            {"rule": "goal.unquantified", "item": PPP_GOAL[:20],
             "why": "强化管理、改善环境、提升形象均无数值或基线"},
        ],
        "notes": ("项目名称在文中为占位符“xxxPPP项目”,所在城市只写“我市”,省份写null;站点标题误作“标准教(学)案考核办法”,正文标题照录。"
                  "目标在“一、维修养护目标”下以连续正文列出;“次干道15LX,支路12LX”沿用前句“不低于”,记“>=”,名称按原文写“次干道”“支路”。"
                  "维修系数为无量纲系数,不记缺单位。第3、4条序号后缺点号、第4条末“,。”照录。页面在第7条“配电箱(柜)保”处截断,"
                  "考核办法(评分部分)不可见。开头目的句为本人改写。"),
    },
}


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")


def xl_cell(ws, ref, value, left=False, bold=False, size=10):
    c = ws[ref]
    c.value = value
    c.alignment = WRAP_L if left else WRAP
    c.border = BORDER
    c.font = Font(name="Noto Sans CJK SC", bold=bold, size=size)
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def fit_row(ws, row, cols):
    """Explicit row height: LibreOffice does not re-measure wrapped rows written by openpyxl."""
    lines = 1
    for col in cols:
        val = ws[f"{col}{row}"].value
        if not val:
            continue
        per = max(int(ws.column_dimensions[col].width / 2), 1)
        n = sum(len(part) // per + 1 for part in str(val).split("\n"))
        lines = max(lines, n)
    ws.row_dimensions[row].height = 15 * lines + 5


def xl_setup(wb):
    wb.properties.creator = "blind290"
    wb.properties.lastModifiedBy = "blind290"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def page_landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def doc_setup(doc):
    cp = doc.core_properties
    cp.author = "blind290"
    cp.last_modified_by = "blind290"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in sorted(z.namelist())]
    fixed = []
    for n, data in items:
        if n == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
        fixed.append((n, data))
    items = fixed
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    with open(pdf, "rb") as f:
        data = f.read()

    def fix_date(m):
        head, inner = m.group(1), m.group(2)
        rest = re.sub(rb"[0-9]", b"0", inner[16:])
        return head + b"(D:20240101000000" + rest + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*)\((D:[^)]*)\)", fix_date, data)

    def zero_hex(m):
        return m.group(1) + re.sub(rb"[0-9A-Fa-f]", b"0", m.group(2))

    data = re.sub(rb"(/ID\s*\[)([^\]]*)", zero_hex, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", zero_hex, data)
    with open(pdf, "wb") as f:
        f.write(data)
    return pdf


# ---------------------------------------------------------------- builders
def build_guangshan(path):
    wb = Workbook()
    xl_setup(wb)
    ws = wb.active
    ws.title = "評分細則"
    for col, w in zip("ABCDEF", [6, 12, 22, 8, 100, 10]):
        ws.column_dimensions[col].width = w
    ws["A1"].value = "評分細則"
    ws["A1"].font = Font(name="Noto Sans CJK SC", size=10)
    ws.merge_cells("A2:F2")
    xl_cell(ws, "A2", "光山縣城區垃圾分類考核評分細則", bold=True, size=14)
    for col, h in zip("ABCDEF", ["序號", "類別", "考核內容", "分值", "評分標準", "打分"]):
        xl_cell(ws, f"{col}3", h, bold=True)
    rows = [
        ("1", "項目運行情況", GS_ROW1_CONTENT, "60分", [
            "1.發現一個小區投放設備沒有正常運行的,扣5分。",
            "2.各小區每月須至少開展一次宣傳活動及資源回收日,每缺一次扣3分,本項最多扣10分。",
            "3.發現1個小區未按要求執行垃圾分類,或分類標準與縣政府文件不一致的,扣10分,扣完為止。",
        ], "60"),
        ("2", "信息報送", GS_ROW2_CONTENT, "10分", [
            "1.周報、月報、日常信息未及時報送,每次扣1分。",
            "2.未按要求報送,每次扣1分。",
            "3.報送信息應詳細、內容豐富;內容過于簡單、敷衍了事的,每次扣1分。",
        ], "8(附1)"),
        ("3", "社區宣傳", GS_ROW3_CONTENT, "10分", [
            "1.小區主要出入口、樓棟單元門等位置缺少宣傳標語和提示的,每發現1處扣1分。",
            ("2.查閱小區住戶登記冊,登記戶數不足該小區實際總戶數85%的(按時間節點測算:第一個月達到30%,第二個月達到60%,"
            "第三個月達到85%),每低一個百分點扣0.5分。"),
            "3.在小區隨機抽查20戶居民,知曉率低于95%的(按時間節點測算:第一個月達到30%,第二個月",
        ], None),
    ]
    r = 4
    for no, cat, content, pts, rules, got in rows:
        start = r
        for rule in rules:
            xl_cell(ws, f"E{r}", rule, left=True)
            fit_row(ws, r, "E")
            r += 1
        end = r - 1
        for col, val in zip("ABCDF", [no, cat, content, pts, got]):
            ws.merge_cells(f"{col}{start}:{col}{end}")
            xl_cell(ws, f"{col}{start}", val, left=(col == "C"))
            box(ws, f"{col}{start}:{col}{end}")
    page_landscape(ws)
    wb.save(path)


def build_chengzhongcun(path):
    wb = Workbook()
    xl_setup(wb)
    ws = wb.active
    ws.title = "Sheet1"
    for col, w in zip("ABCD", [14, 40, 92, 16]):
        ws.column_dimensions[col].width = w
    for col, h in zip("ABCD", ["项目", "内容", "细则", "备注"]):
        xl_cell(ws, f"{col}1", h, bold=True)
    n = len(CZC_ITEMS)
    for i, (_, t) in enumerate(CZC_ITEMS, 1):
        xl_cell(ws, f"C{i + 1}", f"{i}.{t}", left=True)
        fit_row(ws, i + 1, "C")
    for col, val in [("A", "责任单位(40分)"),
                     ("B", ("随机抽取 3 个城中村社区,每个社区随机抽取 10 个单位(临街小餐饮店 6个、2 方以上餐饮店2 个、"
                           "有厨余产生的超市 1 个、住宿单位 1 个)。每个社区计 5 分,单位不达标的,每个单位每项扣 0.5 分,"
                           "扣完为止。")),
                     ("D", None)]:
        ws.merge_cells(f"{col}2:{col}{n + 1}")
        xl_cell(ws, f"{col}2", val, left=(col == "B"))
        box(ws, f"{col}2:{col}{n + 1}")
    rows = [
        ("市区督办(40分)", CZC_DUBAN_CONTENT,
         ("市考评案件宗数低于区要求的不扣分,超出部分按每宗次 1 分扣减,重点督办问题每宗次扣 5 分;区考评案件宗数低于区对市考评"
         "案件宗数的不扣分,超出部分每宗次扣 0.5 分,重点督办问题每宗次扣 1 分"), None),
        ("分类率(20分)", "市终端量+去系统显示就地量", CZC_FLL_RULE, "每日分类成效表"),
        ("减分项", "问题督导、负面舆情或应急事件处置",
         "1.同一单位、同一问题被市区督办 2 次以上的,每次扣 1 分;\n2.主流媒体曝光投", None),
    ]
    for i, (a, b, c, d) in enumerate(rows, n + 2):
        xl_cell(ws, f"A{i}", a)
        xl_cell(ws, f"B{i}", b, left=True)
        xl_cell(ws, f"C{i}", c, left=True)
        xl_cell(ws, f"D{i}", d)
        fit_row(ws, i, "BC")
    page_landscape(ws)
    wb.save(path)


def set_col_widths(table, widths):
    table.autofit = False
    for idx, w in enumerate(widths):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = Cm(w)


def build_weihai(path):
    doc = Document()
    doc_setup(doc)
    para(doc, "附件")
    para(doc, "威海市区绿化养护管理考核评分标准", bold=True, center=True, size=15)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    hdr = ["序号", "考核内容\n及分值", "评 分 细 则", "实际\n得分"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    t.rows[1].cells[0].text = "1"
    t.rows[1].cells[1].text = "乔灌木\n养护管理\n20"
    t.rows[1].cells[2].text = "1." + WH_ITEM1 + "\n2.根据树木生长情况及周边环境要求,定期对"
    t.rows[1].cells[3].text = ""
    set_col_widths(t, [1.2, 2.6, 10.5, 1.6])
    doc.save(path)


def build_wuxi(path):
    doc = Document()
    doc_setup(doc)
    para(doc, "无锡市新区道路照明设施养护考核办法(试行)", bold=True, center=True, size=15)
    para(doc, WX_GOAL)
    para(doc, "一、考核办法制定依据")
    para(doc, "1、城市照明管理规定(建设部第4号令)")
    para(doc, "2、无锡市城市公共照明设施管理办法(无锡市人民政府第71号令)")
    para(doc, "二、城市照明设施维护考核指标为:")
    for line in ["1、亮灯率:功能照明99%", "2、设施完好率95%", "3、运行故障率0.5%", "4、报修限时处理率100%",
                 "5、补盗、补损、迁移及零星施工任务等交办事项办理及时率100%。", "6、无重大责任安全事故"]:
        para(doc, line)
    para(doc, "三、考核类别:")
    para(doc, "1、月度考核")
    para(doc, "当月考核实绩:当月各次考核实绩相加/当月考核次数")
    para(doc, "2、年度考核")
    para(doc, "当年考核实绩=当年各月考核实绩相加/12")
    para(doc, "四、考核方式:")
    para(doc, "中标管护单位先行自查:每月25日前,依照招标文件的规定完成当月管护自查评分,并把书面自查评分报告连同下月管护工作"
              "计划报送我中心。中心的考核分为定期考核和随时抽查两种。")
    para(doc, "一是定期考核:每月至少一次,在中标管护单位报送自查报告后3个工作日内进行,由中心有关人员组成考核评分组,到现场实地"
              "检查并查阅记录档案资料,依照各单项考核评分标准打分。")
    para(doc, "二是随时抽查:中心相关人员每月不定时抽查,发现的问题由管理人员登记在案,并依照各单项考核评分标准扣分。")
    para(doc, "每月最后一日,无锡市新区照明管理中心将上述两项得分汇总,先算出各单项考核的当月得分,再按各单项考核评分在考核总分中"
              "所占比例折算合计,作为中标管护单位当月的实际得分。次月初,中心向中标管护单位通报上月考核得分情况并提出管护整改要")
    doc.save(path)


def build_ppp(path):
    doc = Document()
    doc_setup(doc)
    para(doc, "xxxPPP项目照明设施维修养护标准及考核办法", bold=True, center=True, size=15)
    para(doc, "照明设施维修养护标准", bold=True, center=True, size=13)
    para(doc, PPP_GOAL)
    para(doc, "一、维修养护目标")
    for line in [PPP_T1, PPP_T2, PPP_T3, PPP_T4, PPP_T5, PPP_T6, PPP_T7]:
        para(doc, line)
    doc.save(path)


BUILDERS = [(F_GS, build_guangshan), (F_CZC, build_chengzhongcun), (F_WH, build_weihai),
            (F_WX, build_wuxi), (F_PPP, build_ppp)]


# ---------------------------------------------------------------- annotations and checks
def write_json(name, src):
    g = GOLD[src]
    obj = {"source": name, "source_urls": g["source_urls"], "province": g["province"], "doc_kind": g["doc_kind"],
           "patterns": g["patterns"], "indicators": g["indicators"], "goals": g["goals"], "facts": g["facts"],
           "findings": g["findings"], "notes": g["notes"]}
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, src):
    text = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    g = GOLD[src]
    want = []
    for i in g["indicators"]:
        want += [i["name"], i["target_text"]]
    want += [x["text"] for x in g["goals"]]
    want += [x["item"] for x in g["findings"] if not x["rule"].startswith("coverage.")]
    missing = [w for w in want if w and squash(w) not in text]
    return missing


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def build_all():
    os.makedirs(ANN, exist_ok=True)
    sums = {}
    bad = False
    for name, builder in BUILDERS:
        path = os.path.join(HERE, name)
        builder(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        pdf_name = os.path.basename(pdf)
        write_json(name, name)
        write_json(pdf_name, name)
        missing = check_pdf(pdf, name)
        if missing:
            bad = True
            print("MISSING in", pdf_name, missing)
        sums[name] = md5(path)
        sums[pdf_name] = md5(pdf)
    return sums, bad


def main():
    sums1, bad = build_all()
    sums2, bad2 = build_all()
    same = sums1 == sums2
    for k in sorted(sums1):
        print(k, sums1[k], "same" if sums1[k] == sums2.get(k) else "DIFFERENT")
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    print("indicator rows (per source):", n_ind, "deterministic:", same)
    if bad or bad2 or not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
