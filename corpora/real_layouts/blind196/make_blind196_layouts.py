#!/usr/bin/env python3
"""blind196: ex-ante (事前) assessment / review layouts, rebuilt from stored public pages.

Gold first (Python data), then builders (python-docx / openpyxl), PDF export with
LibreOffice (own profile), annotations/<file>.json for source and PDF, and a check
that every indicator name, target text, goal text and finding item is in pdftotext.
"""
import json, os, re, subprocess, sys, zipfile, io, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind196"
FIXED_TS = "2024-01-01T00:00:00Z"

# ----------------------------------------------------------------------------------
# GOLD
# ----------------------------------------------------------------------------------

def ind(level1, level2, name, target_text=None, weight=None, operator=None, value=None,
        unit=None, actual=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}

# --- doc 1: 辽宁 朝阳县 实施细则 (prose) --------------------------------------------
D1_TEXT = [
    ("title", "朝阳县县级预算政策和项目事前绩效评估管理实施细则"),
    ("h", "第一章 总则"),
    ("p", "第一条 为落实《中共朝阳县委 朝阳县人民政府关于印发<朝阳县全面实施预算绩效管理的工作方案>的通知》(朝委发〔2020〕2号)的要求，结合本县情况，制定本细则。"),
    ("p", "第二条 本细则所说的县级预算政策和项目事前绩效评估(以下简称“事前评估”)，指县直各部门、县直各单位、各园景区管委会(以下统称县直部门)依据本部门和本园景区的事业发展规划和项目申报理由，采用科学、合理的方法，就政策和项目实施的必要性与可行性、预期绩效能否实现和持续、预算是否合理、投入是否经济、筹资是否合规等作出客观、公正的评估。"),
    ("p", "第三条 县直部门新出台的财政政策、财政预算安排的新增项目，以及执行到期后拟继续安排县级财政性资金的政策和项目(以下统称“项目”)，均按本细则开展事前评估。"),
    ("p", "第四条 事前评估遵循下列原则："),
    ("p", "(一)客观公正，依据充分。评估以相关法律、法规、规章和国家、省市和县的有关要求为依据，坚持“公开、公平、公正”，评估中收集相关文件和资料，使评估结论有据可查。"),
    ("p", "(二)重点突出，科学规范。评估重点放在财政政策和项目实施的必要性、可行性，预期绩效的可实现性、可持续性以及投入的经济性上，按规范程序进行，定性与定量方法结合使用。"),
    ("p", "(三)精准及时，有效应用。县直部门组织形成的事前绩效评估报告是向县财政局申请预算时必须提交的材料，应在预算编制启动以前完成；没有按要求开展事前绩效评估，或者评估结果未通过的，不安排预算。"),
    ("p", "第五条 事前评估的主要依据："),
    ("p", "(一)相关法律、法规和规章等"),
]
D1 = {
    "file": "liaoning-chaoyangxian-shiqianpinggu-shishixize",
    "fmt": "docx",
    "source_urls": ["https://cyx.gov.cn/html/CYXZF/202006/0163659671720459.html"],
    "province": "辽宁省",
    "doc_kind": "事前绩效评估管理实施细则",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("县级(朝阳县)事前评估制度文本，无指标表、无绩效目标。存储页停在第五条“(一)相关法律、法规和规章等”，"
              "文档在此截止。条文长句已改写为自己的话，文号、机构名、原则小标题照录。"),
}

# --- doc 2: 内蒙古 兴安盟 管理办法 (prose) -------------------------------------------
D2_META = [
    ["标题:", "关于印发《兴安盟本级财政支出事前绩效评估管理办法》的通知", None, None],
    ["索引号:", "01152200/2022-00027", "发文字号:", "兴财监规[2021]1号"],
    ["发文机构:", "", "信息分类:", ""],
    ["概述:", "兴安盟本级财政支出事前绩效 评估管理办法 第一章 总 则 第一条 为全面实施预算绩效管理。办法要求对财政支出重大项目(政策)的绩效目标合理性、项目预算科学性、设立必要性、实施方案可行性、筹资合规性等作客观、公正的评估；评估分财政部门组织、预算部门组织和其他部门组织三类开展；重点看政策、项目是否必要，预算是否准确，项目有无明确的绩效目标。", None, None],
    ["成文日期:", "2021-11-25", "有效性:", "1"],
]
D2_TEXT = [
    ("title", "关于印发《兴安盟本级财政支出事前绩效评估管理办法》的通知"),
    ("p", "来源:绩效管理和监督局 时间:2021-11-25 16:35:23 点击量:"),
    ("p", "1"),
    ("title2", "兴安盟本级财政支出事前绩效评估管理办法"),
    ("h", "第一章  总  则"),
    ("p", "第一条 为全面实施预算绩效管理、优化财政资源配置，从源头上防止财政资源配置低效无效，提高行政决策的科学性，推动预算和绩效管理一体化，依据《中华人民共和国预算法》、《中共中央 国务院关于全面实施预算绩效管理的意见》(中发[2018]34号)《内蒙古自治区本级财政支出事前绩效评估管理办法》(内财监规[2021]6号)《兴安盟行政公署关于全面实施预算绩效管理的实施意见》(兴署发[2021]30号)等法律、法规及文件，制定本办法。"),
    ("p", "第二条 本办法所称事前绩效评估，是指盟本级部门、单位在预算编审、项目审批等工作中，对拟新增的重大项目、拟新出台的重大政策，采用科学合理的评估方法，围绕财政支出重大项目(政策)的绩效目标合理性、项目预算科学性、设立必要性、实施方案可行性、筹资合规性等作出客观、公正的"),
]
D2 = {
    "file": "neimenggu-xinganmeng-shiqianpinggu-guanlibanfa",
    "fmt": "docx",
    "source_urls": ["http://czj.xam.gov.cn/czj/zfxxgk18/fdzdgknr66/xzgfxwj93/5166306/index.html"],
    "province": "内蒙古自治区",
    "doc_kind": "事前绩效评估管理办法(印发通知)",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("盟级(兴安盟)事前绩效评估办法的印发页：页头元数据表(标题/索引号/发文字号/发文机构/信息分类/概述/成文日期/有效性)照页面排列重建，"
              "空的“发文机构”“信息分类”留空。存储页停在第二条“…作出客观、公正的”(原句“进行客观、公正的”后断)，文档在此截止。"
              "概述与条文长句改写，文号、日期、机构照录。无指标、无目标。"),
}

# --- doc 3: 全国 评价指标评分表 (indicator rows, scoring) -----------------------------
D3_ROWS = [
    # (section label, merged rows, indicator cell, 指标说明, 评分标准, gold name, weight)
    ("(一)\n项\n目\n前\n期\n工\n作\n(7分)", 1, [
        ("1.可行性研究报告(项目申报书)", "按规定编制项目可行性研究报告(项目申报书)的情况。",
         "可行性研究报告(项目申报书)编制符合要求的得7分,不符合要求的视具体情况扣分,扣完7分为止。",
         "可行性研究报告(项目申报书)", 7)]),
    ("(二)\n项\n目\n组\n织\n(8分)", 2, [
        ("2.组织管理\n(6分)", "项目单位对项目的管理情况。",
         "项目实施组织管理到位的得6分;实行不力的酌情扣分,扣完6分为止。", "组织管理", 6),
        ("3.项目档案\n(2分)", "项目单位建立项目档案的情况。",
         "项目档案资料齐全的得2分,不齐全的扣2分。", "项目档案", 2)]),
    ("(三)\n项\n目\n实\n施\n(20分)", 1, [
        ("4.建设内容完成量", "项目计划建设内容完成情况。",
         "计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完20分为止。", "建设内容完成量", 20)]),
    ("(四)\n资\n金\n使\n用\n(30分)", 3, [
        ("5.资金落实(10分)", "项目计划投资完成情况。",
         "项目计划投资完成100%的得10分,每减少1个百分点扣1分,扣完10分为止。", "资金落实", 10),
        ("6.实际支出(10分)", "项目的实际支出与批复计划的相符性以及实际支出的合规性。",
         "项目的实际支出与批复计划相符的得10分,基本相符的得6分,调整较大的扣10分。存在支出不符合专项资金管理办法的,酌情扣分。",
         "实际支出", 10),
        ("7.财务管理制度执行(10分)", "财务管理制度的执行情况。",
         "财务会计制度健全的得10分,基本健全的得6分,不健全的扣10分。", "财务管理制度执行", 10)]),
    ("(五)\n实\n施\n效\n果\n(35分)", 2, [
        ("8.经济效益(20分)", "主要包括项目单位通过实施项目年新增销售收入、利税等情况。",
         "由各省自行制定", "经济效益", 20),
        ("9.社会效益(15分)", "主要包括带动农民增收、促进农民就业、辐射周边农户及促进区域主导产业形成等情况。",
         "由各省自行制定", "社会效益", 15)]),
]
D3_INDICATORS = []
for label, _n, rows in D3_ROWS:
    l1 = label.replace("\n", "")
    for (_cell, _expl, _std, name, w) in rows:
        D3_INDICATORS.append(ind(l1, None, name, None, w))
D3 = {
    "file": "quanguo-xiangmu-jixiaopingjia-zhibiao-pingfenbiao",
    "fmt": "docx",
    "source_urls": ["http://fsou.com/html/text/chl/1670/167082_7.html"],
    "province": "全国",
    "doc_kind": "项目绩效评价指标及评分标准表(含项目前期工作)",
    "patterns": [1, 5],
    "indicators": D3_INDICATORS,
    "goals": [],
    "facts": [
        {"metric": "(二)项目组织(8分)", "kind": "sum", "total": 8, "parts": [6, 2], "unit": "分"},
        {"metric": "(四)资金使用(30分)", "kind": "sum", "total": 30, "parts": [10, 10, 10], "unit": "分"},
        {"metric": "(五)实施效果(35分)", "kind": "sum", "total": 35, "parts": [20, 15], "unit": "分"},
        {"metric": "五部分分值合计", "kind": "sum", "total": 100, "parts": [7, 8, 20, 30, 35], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "经济效益",
         "why": "20分的效益指标评分标准只写“由各省自行制定”，表内没有任何计分或分档规则"},
        {"rule": "target.qualitative_no_scale", "item": "社会效益",
         "why": "15分的效益指标评分标准只写“由各省自行制定”，表内没有计分或分档规则"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "实施效果(35分)只有经济效益、社会效益两行，没有服务对象满意度"},
    ],
    "notes": ("法规库页面第7页(chl 1670/167082_7)，页面从表头“评价内容|评价指标(分值)|指标说明|评分标准”开始，"
              "前文标题不在存储页内，故不虚构标题。五个评价内容标签竖排(每字一行)并向下合并。"
              "指标名去掉序号“N.”和括号分值，分值记入weight；第1、4行指标格未写分值，按所在部分(7分、20分)记。"
              "表内无目标值，target_text记null。“100”合计页面未写出，作为可核算的事实记录。"
              "存储页在“9.社会效益…由各省自行制定”后停止，文档在此截止。评价内容指“项目前期工作”等，属事后评价表，"
              "因本角度(事前)可用页面已被用尽而收录，见SOURCES.md。"),
}

# --- doc 4: 项目论证意见表 (review form, criteria rows with 4-level scale) -------------
D4_GROUPS = [
    ("是否符合 国家产业 政策", [("咼新技术含量", "1、很咼口2、咼口3、较咼口4、一般口"),
                          ("行业发展前景", "1、重点发展口2、鼓励发展口3、引导发展口4、一般口")]),
    ("项目材料及 法定手续", [("完备性", "1、很完备口2、较完备口3、一般口4、不完备口")]),
    ("预期目标", [("合理性", "1、很合理口2、合理口3、较合理口4、不合理口"),
              ("可行性", "1、很可行口2、可行口3、较可行口4、一般口"),
              ("", "组分□3、较充分口4、不充分口")]),
    ("技术水平", [("创新性", "1、首创口2、重大改进口3、较大改进口4、一般口"),
              ("先进性", "1、国际领先口2、国际先进口3、国内领先口4、国内先进"),
              ("可靠性", "1、很可靠口2、可靠口3、较可靠口4、一般口"),
              ("成熟度", "1、很成熟 口2、成熟3、较成熟口4、不成熟口")]),
    ("效益水平", [("经济效益", "1、巨大口2、很大口3、较大口4、一般口"),
              ("社会效益", "1、巨大口2、很大口3、较大口4、一般口")]),
    ("市场评价", [("市场前景", "1、很好口2、好口3、较好口4、一般口"),
              ("风险", "1、很小口2、较小口3、一般口4、较大口"),
              ("竞争力", "1、很强口2、较强口3、一般口4、弱口")]),
    ("资金筹措及 投资合理性", [("投资额", "1、很咼口2、咼口3、较咼口4、一般口"),
                          ("合理性", "1、很合理口2、合理口3、较合理口4、不合理口"),
                          ("投资效益", "1、很高口2、高口3、较高口4、一般口")]),
]
D4_INDICATORS = []
for g, rows in D4_GROUPS:
    for name, opts in rows:
        D4_INDICATORS.append(ind(g, None, name if name else None, opts))
D4 = {
    "file": "quanguo-xiangmu-lunzheng-yijianbiao",
    "fmt": "docx",
    "source_urls": ["http://biz.doczj.com/doc/2c10391806.html"],
    "province": "全国",
    "doc_kind": "项目论证意见表(立项前专家论证/评审表)",
    "patterns": [1, 5, 8],
    "indicators": D4_INDICATORS,
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_name", "item": "组分□3、较充分口4、不充分口",
         "why": "“预期目标”下第三行只剩半截分档文字，评价项名称缺失(页面文本已残缺)"},
    ],
    "notes": ("文库页(项目评审表格式)，存储文本顺序被打乱：先是意见表后半(竞争力…论证专家组…论证日期)，"
              "再是“项目论证报告”封面和意见表前半(论证项目编号…技术水平/创新性、先进性)。按表格逻辑顺序重建："
              "封面→意见表(分组标签向下合并)→个人建议→项目论证总体结论→论证专家组名单→签字。"
              "可靠性、成熟度接在技术水平下，竞争力接在市场评价下(存储文本中它们位于分页处)。"
              "每行是一个论证评价项，带四档勾选(口/□混用照录)，无分值、无目标值：target_text记分档文字，weight/score为null。"
              "错字照录：咼(高)、专豕(专家)、“1、很成熟 口2、成熟3、…”缺框；竖排“论证意见”标签中的乱码“-、、八”照录。"
              "“组分□3、较充分口4、不充分口”一行名称缺失，name记null。省份不明，记“全国”。"),
}

# --- doc 5: 专项债券项目事前绩效评估评分指标体系 (Spanish machine-translated page) ---
D5_INTRO = [
    "Un conjunto completo de plantillas para la gestión del rendimiento de fondos de proyectos de bonos especiales",
    "? 1. ¿Sistema de índice de evaluación del desempeño de proyectos de bonos especiales (referencia)",
    "? 2. ¿Informe de evaluación del desempeño del proyecto de bonos especiales (muestra de referencia)",
    "? 3. ¿Formulario de autoevaluación del desempeño del proyecto de bonos especiales",
    "? 4. ¿Lineamientos para la evaluación del desempeño de proyectos de bonos especiales",
    "? 5. ¿Sistema de índice de evaluación del desempeño de proyectos de bonos especiales (referencia)",
    "? 6. Informe de evaluación del desempeño del proyecto de bono especial (esquema)",
]
D5_TITLE = "Sistema de indicadores de puntuación de la evaluación temprana del desempeño del proyecto de bono especial (referencia)"
D5_HEADER = "Puntos de puntuación de la evaluación del indicador de demostración (puntos)"
D5_DIM2 = "Cumplimiento y Cumplimiento de la inversión en la construcción del proyecto y Cumplimiento y viabilidad de la inversión para la madurez del proyecto"
# (dimension label or None, criterion text, points cell text, subtotal cell text, gold weight)
D5_ROWS = [
    (None, "Si la necesidad, el bienestar público y la rentabilidad de la implementación del proyecto están relacionados con los acuerdos de toma de decisiones, las funciones departamentales y la planificación de los gobiernos central, provincial y provincial", "3", "25", 3),
    (None, "(1) Si la demanda es urgente", "5", "", 5),
    (None, "②Si existe sustituibilidad", "5", "", 5),
    (None, "¿Es el bienestar público un bienestar público", "6", "", 6),
    (None, "Si la eficiencia tiene beneficios económicos obvios", "6", "", 6),
    (D5_DIM2, "① Si las fuentes y canales de fondos cumplen con las regulaciones pertinentes y si los procedimientos de financiamiento son científicos y estandarizados", "2", "12.", 2),
    (D5_DIM2, "(2) Si los poderes administrativos, las responsabilidades de gasto y los recursos financieros coinciden", "2.", "", 2),
    (D5_DIM2, "La fecha de vencimiento del proyecto ① Si se puede formar la carga de trabajo física del año en que se utilizan los fondos del bono", "6 6", "", 6),
    (D5_DIM2, "② Si las condiciones de infraestructura relevantes se pueden garantizar de manera efectiva", "2 .", "", 2),
    (None, "Fuentes de fondos del proyecto y viabilidad. Raci", "", "", None),
]
D5_INDICATORS = [ind(d, None, c, None, w) for (d, c, _p, _s, w) in D5_ROWS]
D5 = {
    "file": "quanguo-zhuanxiangzhai-shiqianpinggu-pingfenzhibiao-xibanyawen",
    "fmt": "xlsx",
    "source_urls": ["https://falvjieda.com/qiyexinxi/ilzdskje86.html"],
    "province": "全国",
    "doc_kind": "专项债券项目事前绩效评估评分指标体系(参考)——西班牙文机器翻译转载页",
    "patterns": [1],
    "indicators": D5_INDICATORS,
    "goals": [],
    "facts": [
        {"metric": "第一部分(必要性、公益性和收益性)小计", "kind": "sum", "total": 25, "parts": [3, 5, 5, 6, 6], "unit": "puntos"},
        {"metric": "第二部分(投资合规性与成熟度)小计", "kind": "sum", "total": 12, "parts": [2, 2, 6, 2], "unit": "puntos"},
    ],
    "findings": [],
    "notes": ("页面是中文《专项债券项目事前绩效评价评分指标体系(参考)》的西班牙文机器翻译转载，文字照页面(西班牙文)录入，未回译。"
              "页面为平铺文本，分值紧贴句尾(“provincial325”“estandarizados212.”“bono 6 6”“efectiva 2 .”)；"
              "按中文原表结构拆为“评价要点|分值|小计”三列：325=3分+小计25，212.=2分+小计12.，两个小计与各行分值之和一致(25、12)。"
              "“6 6”原样放在分值格，gold按6分。第一部分的维度名与第一条要点在原句中连成一句，故整句作为指标名、level1为null；"
              "第二部分维度名单独成句，向下合并。末行“Fuentes de fondos del proyecto y viabilidad. Raci”被存储页截断，无分值，"
              "作为残行收录(weight为null)，文档在此截止。"),
}

DOCS = [D1, D2, D3, D4, D5]

# ----------------------------------------------------------------------------------
# BUILDERS
# ----------------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font, Border, Side  # noqa: E402

CJK = "Noto Serif CJK SC"


def set_cjk(run, size=None, bold=None):
    run.font.name = CJK
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), CJK)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def new_doc(landscape=False):
    d = Document()
    cp = d.core_properties
    import datetime
    cp.author = PART; cp.last_modified_by = PART; cp.title = ""; cp.comments = ""
    cp.created = datetime.datetime(2024, 1, 1); cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    st = d.styles["Normal"]; st.font.name = CJK; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), CJK)
    return d


def para(d, text, size=10.5, bold=False, center=False):
    p = d.add_paragraph()
    r = p.add_run(text); set_cjk(r, size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, size=10, bold=False, center=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln); set_cjk(r, size, bold)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def set_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    # tblGrid
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))


def build_d1(path):
    d = new_doc()
    for kind, text in D1_TEXT:
        if kind == "title":
            para(d, text, 16, True, True)
        elif kind == "h":
            para(d, text, 12, True, True)
        else:
            para(d, text)
    d.save(path)


def build_d2(path):
    d = new_doc()
    t = d.add_table(rows=len(D2_META), cols=4); t.style = "Table Grid"
    for i, row in enumerate(D2_META):
        if row[2] is None:
            m = t.cell(i, 1).merge(t.cell(i, 3))
            cell_text(t.cell(i, 0), row[0]); cell_text(m, row[1])
        else:
            for j, v in enumerate(row):
                cell_text(t.cell(i, j), v)
    set_widths(t, [2.2, 6.8, 2.2, 5.8])
    para(d, "")
    for kind, text in D2_TEXT:
        if kind == "title":
            para(d, text, 14, True, True)
        elif kind == "title2":
            para(d, text, 14, True, True)
        elif kind == "h":
            para(d, text, 12, True, True)
        else:
            para(d, text)
    d.save(path)


def build_d3(path):
    d = new_doc()
    nrows = 1 + sum(n for _l, n, _r in D3_ROWS)
    t = d.add_table(rows=nrows, cols=4); t.style = "Table Grid"
    for j, h in enumerate(["评价\n内容", "评价指标\n(分值)", "指标说明", "评分标准"]):
        cell_text(t.cell(0, j), h, 10, True, True)
    r = 1
    for label, n, rows in D3_ROWS:
        top = t.cell(r, 0)
        if n > 1:
            top = top.merge(t.cell(r + n - 1, 0))
        cell_text(top, label, 10, False, True)
        for k, (icell, expl, std, _name, _w) in enumerate(rows):
            cell_text(t.cell(r + k, 1), icell)
            cell_text(t.cell(r + k, 2), expl)
            cell_text(t.cell(r + k, 3), std)
        r += n
    set_widths(t, [1.6, 5.2, 4.6, 5.6])
    d.save(path)


def build_d4(path):
    d = new_doc()
    para(d, "项目评审表格式", 12, True, True)
    para(d, "")
    para(d, "项目论证报告", 18, True, True)
    para(d, "项目名称:")
    para(d, "项目单位:")
    para(d, "论证日期:年_月_日")
    para(d, "")
    para(d, "项目论证意见表", 14, True, True)
    para(d, "论证项目编号:")
    n_crit = sum(len(r) for _g, r in D4_GROUPS)
    nrows = 2 + n_crit + 1 + 1 + 4  # name, experts, criteria, 个人建议, 总体结论 header, 论证意见/总体建议 block
    t = d.add_table(rows=nrows, cols=3); t.style = "Table Grid"
    cell_text(t.cell(0, 0), "项目名称"); t.cell(0, 1).merge(t.cell(0, 2))
    cell_text(t.cell(1, 0), "评估专家")
    m = t.cell(1, 1).merge(t.cell(1, 2)); cell_text(m, "行业技术专豕()经济管理专豕()其他专豕()")
    r = 2
    for g, rows in D4_GROUPS:
        top = t.cell(r, 0)
        if len(rows) > 1:
            top = top.merge(t.cell(r + len(rows) - 1, 0))
        cell_text(top, g, 10, False, True)
        for k, (name, opts) in enumerate(rows):
            cell_text(t.cell(r + k, 1), name)
            cell_text(t.cell(r + k, 2), opts)
        r += len(rows)
    cell_text(t.cell(r, 0), "个人建议")
    m = t.cell(r, 1).merge(t.cell(r, 2)); cell_text(m, "1.优先选择口2.可选择口3.慎重选择口4.暂缓选择口")
    r += 1
    m = t.cell(r, 0).merge(t.cell(r, 2)); cell_text(m, "项目论证总体结论", 10, True, True)
    r += 1
    lab = t.cell(r, 0).merge(t.cell(r + 3, 0))
    cell_text(lab, "论\n证\n-、、八\n意\n□\n\n见", 10, False, True)
    blank = t.cell(r, 1).merge(t.cell(r, 2)); cell_text(blank, "")
    hdr = t.cell(r + 1, 1).merge(t.cell(r + 3, 1)); cell_text(hdr, "总 体 建 议", 10, False, True)
    opts = t.cell(r + 1, 2).merge(t.cell(r + 3, 2))
    cell_text(opts, "1.优先选择□\n2.可选择 口\n3.慎重选择□\n4.暂缓选择□")
    set_widths(t, [3.0, 3.6, 10.4])
    para(d, "")
    t2 = d.add_table(rows=8, cols=5); t2.style = "Table Grid"
    m = t2.cell(0, 0).merge(t2.cell(0, 4)); cell_text(m, "论 证 专 家 组", 10, True, True)
    m = t2.cell(1, 0).merge(t2.cell(1, 4)); cell_text(m, "论证专家组名单", 10, False, True)
    for j, h in enumerate(["编号", "姓名", "单位", "职称/职务", "签名"]):
        cell_text(t2.cell(2, j), h, 10, False, True)
    for i in range(5):
        cell_text(t2.cell(3 + i, 0), str(i + 1), 10, False, True)
    set_widths(t2, [1.6, 3.0, 6.0, 3.4, 3.0])
    para(d, "论证专家组组长(签字):")
    para(d, "论证日期:年月日")
    d.save(path)


def build_d5(path):
    wb = openpyxl.Workbook()
    import datetime
    wb.properties.creator = PART; wb.properties.lastModifiedBy = PART
    wb.properties.created = datetime.datetime(2024, 1, 1); wb.properties.modified = datetime.datetime(2024, 1, 1)
    ws = wb.active; ws.title = "Hoja1"
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    r = 1
    for line in D5_INTRO:
        ws.cell(r, 1, line); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        ws.cell(r, 1).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(r, 1, D5_TITLE).font = Font(bold=True, size=12)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True, horizontal="center"); ws.row_dimensions[r].height = 32
    r += 1
    ws.cell(r, 1, D5_HEADER); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    for c in range(1, 5):
        ws.cell(r, c).border = box
    r += 1
    first = r
    dim2_start = dim2_end = None
    for (dim, crit, pts, sub, _w) in D5_ROWS:
        if dim:
            if dim2_start is None:
                dim2_start = r; ws.cell(r, 1, dim)
            dim2_end = r
        ws.cell(r, 2, crit); ws.cell(r, 3, pts if pts else None); ws.cell(r, 4, sub if sub else None)
        for c in range(1, 5):
            ws.cell(r, c).border = box; ws.cell(r, c).alignment = wrap
        for c in (3, 4):  # numbers at the bottom line so they follow the wrapped text
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="bottom")
        n = max(1, len(crit) // 70 + 1)
        ws.row_dimensions[r].height = 15 * n + 4
        r += 1
    ws.merge_cells(start_row=dim2_start, start_column=1, end_row=dim2_end, end_column=1)
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 80
    ws.column_dimensions["C"].width = 8
    ws.column_dimensions["D"].width = 8
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    wb.save(path)

BUILD = {D1["file"]: build_d1, D2["file"]: build_d2, D3["file"]: build_d3,
         D4["file"]: build_d4, D5["file"]: build_d5}

# ----------------------------------------------------------------------------------
# determinism, PDF, annotations, checks
# ----------------------------------------------------------------------------------

def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(items, key=lambda x: (x[0] != "[Content_Types].xml", x[0])):
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_TS, s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_TS, s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def pdf_text(pdf):
    outs = []
    for args in ([], ["-layout"]):
        r = subprocess.run(["pdftotext"] + args + [pdf, "-"], capture_output=True, text=True, check=True)
        outs.append(re.sub(r"\s+", "", r.stdout))
    return outs


def gold_for(doc, source):
    keys = ["source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"]
    g = {"source": source}
    for k in keys:
        g[k] = doc[k]
    return g


def check(doc, pdf):
    texts = pdf_text(pdf)
    items = []
    for i in doc["indicators"]:
        if i["name"]:
            items.append(("name", i["name"]))
        if i["target_text"]:
            items.append(("target", i["target_text"]))
    for g in doc["goals"]:
        items.append(("goal", g["text"]))
    for f in doc["findings"]:
        items.append(("finding", f["item"]))
    bad = []
    for kind, it in items:
        if kind == "finding" and it in ("满意度指标", "产出指标", "效益指标", "成本指标"):
            continue  # missing-dimension items name what is absent
        s = re.sub(r"\s+", "", it)
        if not any(s in t for t in texts):
            bad.append((kind, it))
    return bad


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = 0
    for doc in DOCS:
        fn = doc["file"] + "." + doc["fmt"]
        path = os.path.join(HERE, fn)
        BUILD[doc["file"]](path)
        normalize_zip(path)
        pdf = to_pdf(path)
        for src in (fn, os.path.basename(pdf)):
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold_for(doc, src), f, ensure_ascii=False, indent=1)
        bad = check(doc, pdf)
        print("%-70s rows=%2d goals=%d findings=%d facts=%d missing=%d" % (
            fn, len(doc["indicators"]), len(doc["goals"]), len(doc["findings"]), len(doc["facts"]), len(bad)))
        for b in bad:
            print("   NOT IN PDF:", b); problems += 1
    def tot(k):
        return sum(len(d[k]) for d in DOCS)
    print("TOTAL docs=%d rows=%d goals=%d findings=%d facts=%d" % (len(DOCS), tot("indicators"), tot("goals"), tot("findings"), tot("facts")))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
