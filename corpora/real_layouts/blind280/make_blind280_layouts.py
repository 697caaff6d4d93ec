"""Build the blind280 layouts: gold first, then DOCX/XLSX, PDFs, annotations, checks.

Run with /tmp/wvenv/bin/python make_blind280_layouts.py (from any directory).
"""

import copy
import hashlib
import json
import re
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
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind280"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

URL_SIXIAN = "https://www.sixian.gov.cn/public/25072/150539341.html"
URL_GANGU = "http://www.gangu.gov.cn/info/1531/606772.htm"
URL_FYMATE = "http://www.fymate.com/html/text/chl/1645/164503_2.html"
URL_FSOU = "http://fsou.com/html/text/chl/1793/179310_3.html"

F_SIXIAN = "blind280_sixian_penggai_pinggu_2020.docx"
F_GANGU = "blind280_gangu_anjugongcheng_pingjia_2023.docx"
F_FYMATE = "blind280_penggai_chaiqian_jihua_wancheng_biao.xlsx"
F_FSOU = "blind280_lianzu_zhuanxiang_shouzhi_biao.xlsx"


# ---------------------------------------------------------------------------
# GOLD (written before anything reads the built files)
# ---------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text, actual,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# 泗县: plan list (name, target text, value) and the completed figures
SX_NEW = [
    ("赵位新城一期续建", "200套", 200, 317),
    ("运河南苑", "500套", 500, 536),
    ("漕运人家二期", "280套", 280, 304),
    ("御河景苑二期", "300套", 300, 100),
    ("雪枫家园三期(北郊庄园)", "360套", 360, 684),
    ("雪枫家园四期", "260套", 260, 368),
    ("柳岸人家二期", "1220套", 1220, 1231),
    ("帝景名都", "616套", 616, 640),
    ("南柳景苑", "1094套", 1094, 1094),
    ("城市之光三期(博雅庄园)", None, None, 1109),
    ("赵位新城二期", "(1070套)", 1070, 1070),
]
SX_BUILT = [
    ("白庙安置区(锦绣山庄一期)", "528套", 528, 528),
    ("南柳花园二期", "602套", 602, 602),
    ("汴水人家", "582套", 582, 582),
    ("虹运家园", "1870套", 1870, 1870),
    ("永济花园", "754套", 754, 754),
    ("城市之光二期", "828套", 828, 828),
    ("虹盛东方名城", "1200套", 1200, 1200),
]
G_NEW = "新开工棚改安置房项目"
G_BUILT = "基本建成安置房项目"

SIXIAN_INDICATORS = (
    [ind(None, G_NEW, "城镇保障性安居工程新开工建设任务", "=", 6900, "套",
         "6900套", 7453)]
    + [ind(None, G_NEW, n, "=" if v is not None else None, v,
           "套" if v is not None else None, t, a) for n, t, v, a in SX_NEW]
    + [ind(None, G_BUILT, "城镇保障性安居工程项目基本建成任务", "=", 6364, "套",
           "6364套", 6364)]
    + [ind(None, G_BUILT, n, "=", v, "套", t, a) for n, t, v, a in SX_BUILT]
)

GOLD = {}

GOLD[F_SIXIAN] = {
    "source_urls": [URL_SIXIAN],
    "province": "安徽省",
    "doc_kind": "棚户区改造项目绩效评估(叙述体,计划与完成清单)",
    "patterns": [],
    "indicators": SIXIAN_INDICATORS,
    "goals": [
        {"kind": "年度目标", "text": "城镇保障性安居工程新开工建设任务计划数为6900套"},
        {"kind": "年度目标", "text": "城镇保障性安居工程项目基本建成任务计划数为6364套"},
    ],
    "facts": [
        {"metric": "新开工棚改安置房(已上报)", "kind": "sum", "total": 7453,
         "parts": [a for _, _, _, a in SX_NEW], "unit": "套"},
        {"metric": "基本建成任务计划数", "kind": "sum", "total": 6364,
         "parts": [v for _, _, v, _ in SX_BUILT], "unit": "套"},
        {"metric": "基本建成棚改安置房(已上报)", "kind": "sum", "total": 6364,
         "parts": [a for _, _, _, a in SX_BUILT], "unit": "套"},
        {"metric": "新开工完成全年计划比例", "kind": "rate", "total": 108.01,
         "parts": [7453, 6900], "unit": "%"},
        {"metric": "基本建成完成年度计划比例", "kind": "rate", "total": 100,
         "parts": [6364, 6364], "unit": "%"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "城市之光三期(博雅庄园)",
         "why": "计划清单中该小区没有套数,而它计入6900套;其余10个小区合计只有5900套"},
        {"rule": "target.too_low", "item": "雪枫家园三期(北郊庄园)",
         "why": "计划360套,已上报684套,完成190%,计划值明显偏低"},
        {"rule": "target.too_low", "item": "赵位新城一期续建",
         "why": "计划200套,已上报317套,完成158.5%,超过150%"},
    ],
    "notes": (
        "Running-text assessment (no indicator table on the stored page): plan list and completion list of "
        "the same 11 new-start and 7 basic-completion resettlement estates. Each estate is one target row "
        "(plan 套数 vs reported 套数); level2 holds the document's own group label. Operator '=' because "
        "the plan states exact counts. Oddities kept: 城市之光三期(博雅庄园) has no planned figure (the 10 "
        "listed plans sum to 5900, not 6900, so no plan sum fact is recorded); 赵位新城二期 plan written "
        "'(1070套)'; names drift between lists (帝景名都 -> 帝景名都(三湾景苑), 南柳景苑 -> 南柳景苑(御河景苑), "
        "南柳花园二期 -> 南柳二期); '汴水人家582套,' comma and '7虹盛东方名城' without 、 kept; the two cut-off "
        "dates differ (9月30日 vs 8月23日). 御河景苑二期 reached 100 of 300 套 but the stored page stops at "
        "section 三 (财政资金), before any problem/deviation section, so no deviation-reason finding. Rate facts "
        "use parts [numerator, denominator]. Stored page stops inside 三、财政资金计划、到位情况 at "
        "'《安徽省财政厅 安徽省住房和城乡'."
    ),
}

GANGU_GOAL_1 = "完成实施姚庄片区棚户区改造项目二期120户，改造面积约2.46万平方米"
GANGU_GOAL_2 = ("2021年，我县共落实棚户区改造资金258.8556万元，目前已全部支出，资金使用率为100%，"
                "其中中央财政资金224.8556万元、棚改省级配套资金34万元均已支出完毕")
GANGU_GOAL_3 = ("通过本项目的实施，有效提升城市面貌和城市品位，合理利用城市土地，优化城市空间布局，"
                "落实城市规划，改善人民群众的生活环境")

GOLD[F_GANGU] = {
    "source_urls": [URL_GANGU],
    "province": "甘肃省",
    "doc_kind": "城镇保障性安居工程项目支出绩效评价报告(叙述体)",
    "patterns": [],
    "indicators": [
        ind(None, None, "姚庄片区棚户区改造项目二期", "=", 120, "户", "120户", None),
        ind(None, None, "改造面积", None, 2.46, "万平方米", "约2.46万平方米", None),
    ],
    "goals": [
        {"kind": "绩效目标", "text": GANGU_GOAL_1},
        {"kind": "绩效目标", "text": GANGU_GOAL_2},
        {"kind": "绩效目标", "text": GANGU_GOAL_3},
    ],
    "facts": [
        {"metric": "棚户区改造资金", "kind": "sum", "total": 258.8556,
         "parts": [224.8556, 34], "unit": "万元"},
        {"metric": "已支出", "kind": "sum", "total": 258.8556,
         "parts": [224.8556, 34], "unit": "万元"},
        {"metric": "资金使用率", "kind": "rate", "total": 100,
         "parts": [258.8556, 258.8556], "unit": "%"},
    ],
    "findings": [
        {"rule": "goal.budget_text", "item": GANGU_GOAL_2[:20],
         "why": "“项目绩效目标”一节大半在复述资金落实、支出和使用率,不是产出或效果"},
        {"rule": "goal.unquantified", "item": GANGU_GOAL_3[:20],
         "why": "效果目标只有提升城市面貌、优化布局等说法,没有任何可衡量的数值或标准"},
    ],
    "notes": (
        "Evaluation report whose stored text is prose only. Title says 2023年度 on the cover but 2023年 on the "
        "inner title; the project and funds described are 2021 (姚庄片区棚户区改造项目二期). The 绩效目标 "
        "section mixes one output target (120户, 约2.46万平方米) with money execution text; I split it into three "
        "goal texts. 120户 also appears as '已签订征收协议120户' in section 一, which is signing, not completion, so "
        "actual is null. 开工率100% and 总投资约1.65亿元 are stated without targets (not indicator rows). 改造面积 "
        "operator null because the value is '约'. The page stops mid-sentence in section 二 "
        "('改善人民群众的生活环境'), before any indicator/score table, so no coverage or score findings."
    ),
}

GOLD[F_FYMATE] = {
    "source_urls": [URL_FYMATE],
    "province": None,
    "doc_kind": "棚户区改造拆迁计划和完成情况表(空白填报模板,附件3)",
    "patterns": [5, 8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": (
        "National blank reporting template (财政部-style annex; the stored page is page 2 of a legal-text mirror, "
        "so the issuer and year of the circular are not on it; province null). The page opens with notes 1-3 "
        "that belong to the preceding 收支 table (note 3 states 上年结余+本年收入-本年支出=年末结余, with no figures, "
        "so no fact). Then 附件3 城市棚户区改造项目拆迁计划和完成情况表: three header rows, merged group cells, "
        "计划/完成/差额 sub-columns, '--' in the 开工/竣工 cells of the total rows, empty value cells, '···' row "
        "and signature/stamp row. Column order differs between the 2011 block (户数 then 面积) and the 2012 "
        "block (面积 then 户数); kept. No indicator rows: a reader should return none, not a failed table. "
        "Stored page stops in the stamp row at '省(自治区、直'."
    ),
}

GOLD[F_FSOU] = {
    "source_urls": [URL_FSOU],
    "province": None,
    "doc_kind": "中央补助廉租住房保障专项资金收支情况表(空白填报模板,附表2)",
    "patterns": [5, 8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": (
        "Blank national template (page 3 of a mirrored 财政部 circular; province null). The page opens with the "
        "three stamp lines closing the previous 附表1 and its notes 1-5 (计划/实施/差额 definitions, "
        "'差额'='实施'-'计划'), then 附表2 年度中央补助廉租住房保障专项资金收支情况表 with 单位:万元, a two-level header "
        "(本年支出 split into 合计, 用于廉租住房保障支出 and 用于公共租赁住房支出, each with 小计 and four uses), "
        "one 合计 row, four empty rows and a stamp row. The year is left blank in the title ('年度…'). "
        "No values, so no indicators, facts or findings. The stored page ends with the stamp row."
    ),
}

ORDER = [F_SIXIAN, F_GANGU, F_FYMATE, F_FSOU]

# extra strings each PDF must contain (layout words of the templates)
EXTRA_CHECK = {
    F_FYMATE: ["城市棚户区改造项目拆迁计划和完成情况表", "拆迁项目核准情况(填写批准文号)",
               "上年结余+本年收入-本年支出=年末结余", "建筑工程施工许可证"],
    F_FSOU: ["年度中央补助廉租住房保障专项资金收支情况表", "用于公共租赁住房支出",
             "“差额”=“实施”-“计划”", "财政监察专员办事处印章"],
}


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def set_doc_font(doc):
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "blind280"
    cp.last_modified_by = "blind280"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


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


def build_sixian(path):
    doc = Document()
    set_doc_font(doc)
    fix_core(doc, "关于泗县2020年度棚户区改造项目绩效评估")
    para(doc, "【项目绩效评估】关于泗县2020年度棚户区改造项目绩效评估", bold=True, center=True, size=15)
    para(doc, "一、项目计划批复情况", bold=True)
    para(doc, "泗县2020年度城镇保障性安居工程新开工建设任务计划数为6900套，共涉及新建、续建的棚改安置小区11个。"
              "具体项目：1、赵位新城一期续建200套; 2、运河南苑500套; 3、漕运人家二期280套; 4、御河景苑二期300套; "
              "5、雪枫家园三期(北郊庄园)360套;6、雪枫家园四期260套; 7、柳岸人家二期1220套; 8、帝景名都616套; "
              "9、南柳景苑1094套; 10、城市之光三期(博雅庄园);11、赵位新城二期(1070套)。")
    para(doc, "同年度城镇保障性安居工程项目基本建成任务计划数为6364套，涉及的棚改安置小区共7个，具体如下："
              "1、白庙安置区(锦绣山庄一期)528套; 2、南柳花园二期602套; 3、汴水人家582套, 4、虹运家园1870套; "
              "5、永济花园754套; 6、城市之光二期828套; 7虹盛东方名城1200套。")
    para(doc, "二、项目完成情况", bold=True)
    para(doc, "1、新开工棚改安置房项目：")
    para(doc, "至9月30日，已上报的新开工棚改安置小区为11个，安置房合计7453套，达到全年计划的108.01%。"
              "具体项目：1、赵位新城一期续建317套; 2、运河南苑536套; 3、漕运人家二期304套; 4、御河景苑二期100套; "
              "5、雪枫家园三期(北郊庄园)684套; 6、雪枫家园四期368套; 7、柳岸人家二期1231套; 8、帝景名都(三湾景苑)640套; "
              "9、南柳景苑(御河景苑)1094套; 10、城市之光三期1109套; 11、赵位新城二期1070套。")
    para(doc, "2、基本建成安置房项目：")
    para(doc, "至8月23日，已上报基本建成的棚改安置房为6364套，占年度计划的100%，共涉及安置小区7个，具体如下："
              "1、白庙安置区(锦绣山庄一期)528套;2、南柳二期602套;3、汴水人家582套; 4、虹运家园1870套; "
              "5、永济花园754套; 6、城市之光二期828套;7、虹盛东方名城1200套。")
    para(doc, "三、财政资金计划、到位情况", bold=True)
    para(doc, "省财政厅、住房和城乡建设厅分别以《安徽省财政厅 安徽省住房和城乡")
    doc.save(path)


def build_gangu(path):
    doc = Document()
    set_doc_font(doc)
    fix_core(doc, "甘谷县2023年度城镇保障性安居工程项目支出绩效评价报告")
    para(doc, "甘谷县2023年度城镇保障性安居工程项目支出绩效评价报告", bold=True, center=True, size=16)
    para(doc, "索引号：ggxrmzf/2024-00558    时间：2024-09-20    来源：甘谷县住房建设事务服务中心")
    para(doc, "项目名称：甘谷县2023年度城镇保障性安居工程项目")
    para(doc, "项目主管部门：甘谷县住房建设事务服务中心")
    para(doc, "2024年8月", center=True)
    para(doc, "甘谷县2023年城镇保障性安居工程项目支出绩效评价报告", bold=True, center=True, size=14)
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "2023年，甘谷县以习近平新时代中国特色社会主义思想为指导，坚持以人民为中心，围绕群众需求，"
              "按照“美好环境与幸福生活共同缔造”的理念和方法推进民生改善，着力解决姚庄片区市政设施不完善、环境脏乱差、"
              "管理机制不健全等问题，推动城市治理重心和配套资源下沉到街道社区，提升姚庄片区居民的居住条件和生活品质。"
              "按照省、市要求，全县于2021年实施姚庄片区棚户区改造项目二期，采用新建住房安置方式，总投资约1.65亿元。"
              "截至目前，已签订征收协议120户，安置房主体已经完工，室外工程正在建设，开工率为100%，"
              "计划2024年9月全面建成并交付入住。")
    para(doc, "二、项目绩效目标", bold=True)
    para(doc, GANGU_GOAL_1 + "。" + GANGU_GOAL_2 + "。资金管理使用上，严格执行“专项管理、分账核算、专款专用、跟踪问效”"
              "的原则，资金及时足额支付到位，保证安全、规范、高效使用。")
    para(doc, GANGU_GOAL_3)
    doc.save(path)


THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def xfont(bold=False, size=10):
    return Font(name=FONT, bold=bold, size=size)


def fix_wb(wb, title):
    p = wb.properties
    p.creator = "blind280"
    p.lastModifiedBy = "blind280"
    p.title = title
    p.created = FIXED_DT
    p.modified = FIXED_DT


def page_setup(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def box(ws, r1, c1, r2, c2, text=None, bold=False, align=CENTER):
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    cell = ws.cell(row=r1, column=c1)
    if text is not None:
        cell.value = text
    cell.font = xfont(bold)
    cell.alignment = align
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(row=r, column=c).border = BORDER


def build_fymate(path):
    wb = Workbook()
    fix_wb(wb, "城市棚户区改造项目拆迁计划和完成情况表")
    ws = wb.active
    ws.title = "附件3"
    ncol = 16
    notes = [
        "注：",
        "  1.本表由各省、自治区、直辖市按市、县分别填报，新疆兵团按师、团场填报。",
        ("  2.上年结余指相关地区截至2010年底结余的中央补助廉租住房保障专项资金；本年收入指相关地区2011年收到的"
         "中央补助廉租住房保障专项资金；本年支出指相关地区按规定用途使用中央补助资金形成的支出；年末结余指相关地区"
         "截至2011年底结余的中央补助资金。"),
        "  3.上年结余+本年收入-本年支出=年末结余",
    ]
    r = 1
    for t in notes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=t)
        c.font = xfont()
        c.alignment = LEFT
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="附件3").font = xfont(True)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    c = ws.cell(row=r, column=1, value="城市棚户区改造项目拆迁计划和完成情况表")
    c.font = xfont(True, 14)
    c.alignment = CENTER
    r += 1
    ws.cell(row=r, column=1, value="填报地区：").font = xfont()
    r += 1
    h1, h2, h3 = r, r + 1, r + 2
    box(ws, h1, 1, h1, 3, "基本信息", True)
    box(ws, h2, 1, h3, 1, "项目名称", True)
    box(ws, h2, 2, h2, 3, "拆迁项目开工和竣工时间", True)
    box(ws, h3, 2, h3, 2, "开工", True)
    box(ws, h3, 3, h3, 3, "竣工", True)
    box(ws, h1, 4, h1, 9, "2011年度拆迁计划完成情况", True)
    box(ws, h2, 4, h2, 6, "拆迁户数(户)", True)
    box(ws, h2, 7, h2, 9, "拆迁面积    (平方米)", True)
    for i, w in enumerate(["计划", "完成", "差额", "计划", "完成", "差额"]):
        box(ws, h3, 4 + i, h3, 4 + i, w, True)
    box(ws, h1, 10, h1, 11, "2012年度拆迁计划", True)
    box(ws, h2, 10, h3, 10, "拆迁面积(平方米)", True)
    box(ws, h2, 11, h3, 11, "拆迁户数(户)", True)
    box(ws, h1, 12, h1, 16, "拆迁项目核准情况(填写批准文号)", True)
    for i, w in enumerate(["拆迁许可证", "建设用地批准文件", "建设用地规划许可证",
                           "建设工程规划许可证", "建筑工程施工许可证"]):
        box(ws, h2, 12 + i, h3, 12 + i, w, True)
    r = h3 + 1
    labels = [("总计", True), ("市(地、州、盟、师)  合计", True), ("市(县、区、旗、团场)小计", True),
              ("项目名称", False), ("项目名称", False), ("···", False)]
    for lab, dash in labels:
        box(ws, r, 1, r, 1, lab, False, LEFT)
        for c in range(2, ncol + 1):
            box(ws, r, c, r, c, "--" if (dash and c in (2, 3)) else None)
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    c = ws.cell(row=r, column=1, value="省(自治区、直辖市、计划单列市、新疆兵团)                财政部门印章")
    c.font = xfont()
    c.alignment = LEFT
    ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=16)
    c = ws.cell(row=r, column=9, value="省(自治区、直")
    c.font = xfont()
    c.alignment = LEFT
    ws.row_dimensions[h2].height = 24
    ws.row_dimensions[h3].height = 24
    widths = [22, 8, 8, 7, 7, 7, 8, 8, 8, 10, 9, 12, 17, 19, 19, 19]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    page_setup(ws)
    wb.save(path)


def build_fsou(path):
    wb = Workbook()
    fix_wb(wb, "年度中央补助廉租住房保障专项资金收支情况表")
    ws = wb.active
    ws.title = "附表2"
    ncol = 15
    stamps = ["省(自治区、直辖市、新疆兵团)财政部门印章",
              "省(自治区、直辖市、新疆兵团)廉租住房主管部门印章",
              "财政部驻相关省(自治区、直辖市) 财政监察专员办事处印章"]
    r = 1
    for t in stamps:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=t)
        c.font = xfont()
        c.alignment = LEFT
        r += 1
    notes = [
        "注：",
        "1.本表由各省(自治区、直辖市)按市、县分别填报，新疆兵团按师、团场填报。",
        "2.“廉租住房保障条件”与“廉租住房保障标准”中有关“合计”的数据，取各市的平均值。",
        "3.“计划”指相关地区保障性安居工程规划确定的廉租住房保障计划数。",
        "4.“实施”指实际发放租赁补贴的户数，加上已签订购买、改建、租赁合同的廉租住房套数。",
        "5.“差额”=“实施”-“计划”。结果为正数表示超额实施的计划数，为负数表示尚未实施的计划数。",
    ]
    for t in notes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1, value=t)
        c.font = xfont()
        c.alignment = LEFT
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="附表2").font = xfont(True)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    c = ws.cell(row=r, column=1, value="年度中央补助廉租住房保障专项资金收支情况表")
    c.font = xfont(True, 14)
    c.alignment = CENTER
    r += 1
    ws.cell(row=r, column=1, value="填报地区：").font = xfont()
    ws.cell(row=r, column=ncol, value="单位：万元").font = xfont()
    r += 1
    h1, h2, h3 = r, r + 1, r + 2
    box(ws, h1, 1, h3, 1, None, True)
    box(ws, h1, 2, h3, 2, "上年结余", True)
    box(ws, h1, 3, h3, 3, "本年收入", True)
    box(ws, h1, 4, h1, 14, "本年支出", True)
    box(ws, h2, 4, h3, 4, "合计", True)
    box(ws, h2, 5, h2, 9, "用于廉租住房保障支出", True)
    box(ws, h2, 10, h2, 14, "用于公共租赁住房支出", True)
    for i, w in enumerate(["小计", "租赁补贴", "购买廉租住房", "改建廉租住房", "租赁廉租住房"]):
        box(ws, h3, 5 + i, h3, 5 + i, w, True)
    for i, w in enumerate(["小计", "购买公共租赁住房", "新建公共租赁住房", "改建公共租赁住房", "租赁公共租赁住房"]):
        box(ws, h3, 10 + i, h3, 10 + i, w, True)
    box(ws, h1, 15, h3, 15, "年末结余", True)
    r = h3 + 1
    for lab in ["合计", None, None, None, None]:
        for c in range(1, ncol + 1):
            box(ws, r, c, r, c, lab if c == 1 else None, False, LEFT if c == 1 else CENTER)
        r += 1
    for c0, c1, t in [(1, 5, stamps[0]), (6, 10, "省(自治区、直辖市、新疆兵团)廉租住房主管部门印章"),
                      (11, 15, "财政部驻相关省(自治区、直辖市) 财政监察专员办事处印章")]:
        box(ws, r, c0, r, c1, t, False, CENTER)
    ws.row_dimensions[h3].height = 32
    widths = [10, 9, 9, 8, 7, 8, 11, 11, 11, 7, 15, 15, 15, 15, 9]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    page_setup(ws)
    wb.save(path)


# ---------------------------------------------------------------------------
# determinism helpers
# ---------------------------------------------------------------------------

CORE_DATE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    for n in list(items):
        if n == "docProps/core.xml":
            items[n] = CORE_DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<3>", items[n])
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(items):
            zi = zipfile.ZipInfo(n, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, items[n])
    tmp.replace(path)


def _pad(new, length):
    """Fixed bytes of exactly `length` bytes (keeps xref offsets valid)."""
    return (new + b"0" * length)[:length]


def normalize_pdf(path):
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))",
                  lambda m: m.group(1) + _pad(b"D:20240101000000", len(m.group(2))) + m.group(3), data)
    data = re.sub(rb"(/ID\s*\[\s*)<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                  lambda m: m.group(0).replace(m.group(2), b"0" * len(m.group(2)))
                  .replace(m.group(3), b"0" * len(m.group(3))), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)",
                  lambda m: m.group(1) + _pad(b"2024-01-01T00:00:00Z", len(m.group(2))) + m.group(3), data)
    path.write_bytes(data)


def to_pdf(src):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = src.with_suffix(".pdf")
    normalize_pdf(pdf)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return re.sub(r"\s+", "", out)


def check_pdf(fname, pdf):
    gold = GOLD[fname]
    text = pdf_text(pdf)
    need = []
    for i in gold["indicators"]:
        need.append(i["name"])
        if i["target_text"]:
            need.append(i["target_text"])
    need += [g["text"] for g in gold["goals"]]
    need += [f["item"] for f in gold["findings"]]
    need += EXTRA_CHECK.get(fname, [])
    missing = [s for s in need if re.sub(r"\s+", "", s) not in text]
    return missing


BUILDERS = {F_SIXIAN: build_sixian, F_GANGU: build_gangu,
            F_FYMATE: build_fymate, F_FSOU: build_fsou}


def write_annotations(fname, pdf_name):
    ANN.mkdir(exist_ok=True)
    for src in (fname, pdf_name):
        rec = {"source": src}
        rec.update(copy.deepcopy(GOLD[fname]))
        (ANN / f"{src}.json").write_text(
            json.dumps(rec, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")


def main():
    ok = True
    for fname in ORDER:
        path = HERE / fname
        BUILDERS[fname](path)
        normalize_zip(path)
        pdf = to_pdf(path)
        write_annotations(fname, pdf.name)
        missing = check_pdf(fname, pdf)
        if missing:
            ok = False
            print(f"MISSING in {pdf.name}: {missing}")
        else:
            print(f"ok {fname} -> {pdf.name}")
    for p in sorted(HERE.glob("blind280_*")):
        print(hashlib.md5(p.read_bytes()).hexdigest(), p.name)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
