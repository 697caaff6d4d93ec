"""Build the blind231 layouts: gold first, then DOCX/XLSX, PDFs, annotations and checks.

Run: /tmp/wvenv/bin/python make_blind231_layouts.py
"""

import copy
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind231"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# Texts (facts kept; longer sentences rewritten in my own words)
# ---------------------------------------------------------------------------

TJ_CRIT_1 = (
    "1、已制定县级农田水利规划的,得2分。\n"
    "2、县级农田水利规划经本区(县)人民政府或人大批准的,得2分。\n"
    "3、已建立组织领导和工作协调机制的,得2分。"
)
TJ_CRIT_2 = "1、统计报表按要求及时报送的,得2分;未按要求及时报送的,不得分。\n2、按要求及时报送总"

SH_ROWS = [
    # (level1 label in merged col, indicator cell, criteria, basis)
    (
        None,
        "7、管护机制建设\n(6分)",
        ("1、已落实管护主体并建立运行管护制度的项目比例超过80%、70%和60%,且运行管护效果良好的,"
        "分别得6分、4分和2分。\n"
        "2、上述比例不足60%,或运行管护效果较差的,不得分。"),
        "以管护组织建立的相关制度和随机抽查情况为依据。",
    ),
    (
        "(三)\n资\n金\n管\n理\n(30分)",
        "8、县级资金投入\n(6分)",
        ("1、区(县)级财政安排了小型农田水利投入的,得4分。\n"
        "2、区(县)级财政对小型农田水利的投入达到中央和省级投入10%以上的,得2分。"),
        "以各级财政拨款文件为依据。",
    ),
    (
        None,
        "9、县级资金整合\n(14分)",
        ("1、重点县资金整合计划全部落实的,得8分。\n"
        "2、重点县整合资金规模占年度总投资30%以上、20%以上和10%以上的,分别得6分、4分和2分。\n"
        "3、资金整合计划未全部落实的,本项指标不得分。"),
        "以县级农田水利规划、项目申报文件、县级财政拨款文件为依据。",
    ),
    (
        None,
        "10、资金监管\n(10分)",
        "重点县建设资金使用规范、未发现任何违规违纪行为的,得10分;否则不得分。",
        "以检查报告等相关材料为依据。",
    ),
    (
        "(四)\n实\n施\n效\n果\n(20分)",
        "11、改善农业生产条件\n(10分)",
        ("考查改善农业生产条件的5项预期效益指标完成情况,按实现程度计分:提高灌溉水利用系数2分、"
        "新增和改善节水灌溉面积2分、新增和改善高效节水灌溉面积2分、提高圩区防洪除涝能力2分、"
        "建立完善小型农田水利设施运行管理维护机制2分;每完成1项得该项分数,未完成的不得分。"),
        "以经批准的重点县年度建设方案的预期效益指标为依据。",
    ),
    (
        None,
        "12、增加农业生产能力\n(10分)",
        ("考查增加农业生产能力的2项预期效益指标完成情况,按实现程度计分:年新增粮食生产能力5分、"
        "年新增经济作物产值5分;每完成1项得该项分数,未完成项不"),
        "",
    ),
]

KL_NOTE_1 = (
    "注:①本表的具体指标、评价标准、分值、指标数值或定性说明、指标数值计算依据及附件编号,均由评价机构填写。"
    "具体指标属定量指标的,在“指标数值或定性说明”栏填写该指标的具体数值,在“指标数值计算依据及附件编号”栏"
    "填写其计算依据所在附件的编号,并把附件内容交给专家打分时参考;具体指标属定性指标的,在“指标数值或定性说明”"
    "栏填写定性说明,在“指标数值计算依据及附件编号”栏填写相关附件的编号,并把主要附件内容交给专家打分时参考。"
)
KL_NOTE_2 = "②专家评分和专家综合意见两栏由专家本人填写。"
KL_HEADER = ["具体指标", "分值", "专家1", "专家2", "专家3", "专家4", "专家5", "……", "评价得分=(专家1+专家2+…)/专家人数"]

DG_PARAS = [
    ("依据《项目支出绩效评价管理办法》(财预〔2020〕10 号)、《关于全面实施预算绩效管理的意见》(东府办〔2019〕51号)"
    "和《东莞市市级财政预算绩效目标管理办法(试行)》(东财〔2019〕217号)的要求,本次纳入绩效自评范围的基建项目共72个,"
    "自评审核由5个科室分工承担,项目类别包括轨道交通工程、建筑工程、道路工程、市政工程、公园、水务工程等,"
    "调整后预算金额合计136976.4万元。"),
    ("市财政局从中抽取41个项目的自评结果进行审核,涉及调整后预算金额110790.58万元,抽审项目包括虎门中学增建二期学生宿舍工程、"
    "东莞中国科学院云计算产业技术创新与育成中心工程、东莞市商业学校东校区新建学生宿舍和饭堂工程、市妇女儿童活动中心(新校址)工程等。"),
    ("按市财政局的审核结果,41个抽审项目的审核等级分布为:评为优的1个,占评定项目的2.44%;评为良的3个,占评定项目的7.32%;"
    "评为中的35个,占评定项目的85.36%;评为差的2个,占评定项目的4.88%。"),
]

LS_TITLE = "涼山州小型農田水利重點縣建設項目績效評價常態化"
LS_PARAS = [
    ("近日,涼山州水務局和州財政局受省財政廳、省水利廳委託組成評價組,對2015年度中央財政小型農田水利重點縣德昌縣、"
    "寧南縣、西昌市、會理縣、鹽源縣、甘洛縣,以及2015年度省級財政小型農田水利重點縣冕寧縣、越西縣的工程項目,"
    "開展了建設資金績效評價。"),
    ("2015年全州投入小型農田水利建設的財政資金合計1.85億元,其中中央資金9000萬元、省級財政資金4900萬元、"
    "州級補助資金300萬元、縣級財政資金4575萬元;此外整合項目資金2.86億元。"),
    ("考評組逐項研究評價指標體系中11項指標的具體評價內容,尤其關注“工程建設、資金投入及管理”2個指標中與往年不同的評價規定。"
    "考評組嚴格核查了各項目縣項目村單項“五小水利”工程的質量、外觀形象和工程效益,走訪受益群眾,了解民辦公助機制的推行情況;"
    "同時全面查閱工程建設、資金及財務管理等內業資料,並與縣水務局、縣財政局座談,交換意見。"),
    ("涼山州從2010年開始實施小農水建設項目,此後每年都對項目開展績效評價,評價得分逐年提高;評價結果經省財政廳平衡後,"
    "作為下一年預算安排和資金分配的重要依據,項目建設也因此逐年規範。小農水建設項目的績效評價已經常態化,貫穿農財工作全過程。"),
    "如涉及版權問題,請及時與站長聯系刪除。涼山州網-涼山彝族自治州新聞媒體平臺(www.tokensetting.com)",
    "源涼山新聞網/圖百度圖庫",
]


def ind(level1, level2, name, target_text, weight, **kw):
    row = {
        "level1": level1, "level2": level2, "name": name, "operator": None, "value": None,
        "unit": None, "target_text": target_text, "actual": None, "weight": weight, "score": None,
    }
    row.update(kw)
    return row


# ---------------------------------------------------------------------------
# Gold (written before any file is built or read)
# ---------------------------------------------------------------------------

GOLD = {
    "blind231_tianjin_xnsks_kaoping.docx": {
        "source_urls": ["http://fsou.com/html/text/lar/172727/17272708_2.html"],
        "province": "天津市",
        "doc_kind": "小型农田水利重点县建设资金绩效考评细则(后半部分)及区县级绩效考评量化指标表",
        "patterns": [1, 5, 8],
        "indicators": [
            ind("项目组织", None, "组织领导", TJ_CRIT_1, 6),
            ind("项目组织", None, "统计与总结", TJ_CRIT_2, 4),
        ],
        "goals": [],
        "facts": [
            {"metric": "考评总分权重系数(市级考评+区县级考评)", "kind": "sum", "total": 100,
             "parts": [70, 30], "unit": "%"},
            {"metric": "组织领导分值", "kind": "sum", "total": 6, "parts": [2, 2, 2], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.time_no_deadline", "item": "统计与总结",
             "why": "考评说明只写“按要求及时报送统计报表”,没有报送期限或日期,及时与否无法核对"},
        ],
        "notes": (
            "法规镜像站(fsou.com)第2页:页面从细则第十条的后半句开始(市级70%、区县级30%加权),经第十一至十六条,"
            "接附表《天津市小型农田水利重点县建设资金区县级绩效考评量化指标表》。表头为 考评内容│考评指标│考评说明│"
            "区县级自评│市级考评│中央抽查│备注,三个评分栏全部空白(空白模板),“区(县)”为待填项。考评内容列“(一)项目组织(16分)”"
            "竖排并向下合并。存储文本在第2行“考评说明”的“2、按要求及时报送总”处中断,因此只复现到这里;项目组织16分中页面"
            "只显示6+4=10分,其余指标在断点之后,不据此判定分值不符。等级划分为90以上优秀、76-89良好、60-75合格,与财预〔2020〕10号"
            "的80/60分界不同且在89-90、75-76之间留有空档,这是规则本身的写法,只在此说明,不作为发现。细则条文用自己的话改写,"
            "数字、日期、机构名保持原样。level1 去掉了序号“(一)”和分值“(16分)”,指标名去掉了“1、”和“(6分)”。"
            "导出的PDF里表头行落在第1页页脚,两行指标在第2页(行设为不跨页),第2页没有重复表头。"
        ),
    },
    "blind231_shanghai_xnsks_kaoping.xlsx": {
        "source_urls": ["http://www.holdmm.net/html/text/lar/171802/17180299_4.html"],
        "province": "上海市",
        "doc_kind": "小型农田水利重点县建设资金绩效考评暂行办法附表(考评指标及评分说明,续页)",
        "patterns": [1, 2, 5],
        "indicators": [
            ind(None, None, "管护机制建设", SH_ROWS[0][2], 6),
            ind("资金管理", None, "县级资金投入", SH_ROWS[1][2], 6),
            ind("资金管理", None, "县级资金整合", SH_ROWS[2][2], 14),
            ind("资金管理", None, "资金监管", SH_ROWS[3][2], 10),
            ind("实施效果", None, "改善农业生产条件", SH_ROWS[4][2], 10),
            ind("实施效果", None, "增加农业生产能力", SH_ROWS[5][2], 10),
        ],
        "goals": [],
        "facts": [
            {"metric": "资金管理分值", "kind": "sum", "total": 30, "parts": [6, 14, 10], "unit": "分"},
            {"metric": "实施效果分值", "kind": "sum", "total": 20, "parts": [10, 10], "unit": "分"},
            {"metric": "改善农业生产条件分值", "kind": "sum", "total": 10, "parts": [2, 2, 2, 2, 2], "unit": "分"},
            {"metric": "增加农业生产能力分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
            {"metric": "县级资金投入分值", "kind": "sum", "total": 6, "parts": [4, 2], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "管护机制建设",
             "why": "得分除比例外还取决于“运行管护效果良好/较差”,但没有说明良好、较差如何判定"},
        ],
        "notes": (
            "法规镜像站(法搜网)第4页,页首只有网站名和通知标题,接着直接是附表的续行:没有表头(表头在前一页),"
            "第一行“7、管护机制建设(6分)”属于前一考评内容(应为(二)),其标签不在本页,故 level1 为 null。"
            "存储文本的表格有六列:考评内容(竖排并向下合并)│考评指标│评分说明│两个空白评分栏│依据;空白栏的列名不在本页,"
            "不作编造。页面在“12、增加农业生产能力”的说明“…未完成项不”处中断,只复现到此,该行依据栏留空。"
            "分值自洽:(三)资金管理30=6+14+10,(四)实施效果20=10+10。评分说明用自己的话改写,百分比和分值保持原样。"
            "“县级资金整合”的8分与6分两档为并列加分项,上限14分与标注一致,不作为发现。"
        ),
    },
    "blind231_zhuanjia_pingfen_huizongbiao.xlsx": {
        "source_urls": ["http://www.kleyou.com/html/text/lar/173171/17317197_5.html"],
        "province": None,
        "doc_kind": "财政支出绩效评价办法附件:评价人员(专家)评分汇总表空白模板(含上一附表的填表说明)",
        "patterns": [5, 6, 8],
        "indicators": [
            ind("业务指标", None, "指标1", None, None),
            ind("业务指标", None, "指标2", None, None),
            ind("财务指标", None, "指标1", None, None),
            ind("财务指标", None, "指标2", None, None),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.placeholder", "item": "业务指标",
             "why": "业务指标下只有“指标1、指标2、……”占位行,分值和各专家评分栏全空或为“*”"},
            {"rule": "target.placeholder", "item": "财务指标",
             "why": "财务指标下同样只有“指标1、指标2、……”占位行,没有实际指标和分值"},
        ],
        "notes": (
            "法规镜像站第5页:页首是上一张表(附件4,专家评分表)的填表说明①②和“填写人/日期/复核人/日期”签字栏,"
            "随后是“附件5:评价人员(专家)评分汇总表”空白模板:被评价项目、索引号两个待填项,表头为 具体指标│分值│专家1…专家5│……│"
            "评价得分=(专家1+专家2+…)/专家人数,每位专家一栏;业务指标、财务指标两组的标题行各栏填“*”,组内只有“指标1、指标2、……”"
            "占位行,合计行的评价得分栏空白。页面到合计行为止。存储文本没有写出发文机关,故 province 为 null;业务指标/财务指标的分法"
            "属于财预〔2009〕76号时期的框架。占位行按指标行列入(名称照写“指标1/指标2”),并按 target.placeholder 在两组各记一次。"
            "填表说明用自己的话改写。"
        ),
    },
    "blind231_dongguan_jijian_zipingshenhe.docx": {
        "source_urls": ["http://dgcjj.dg.gov.cn/cjdt/tzgg/content/post_3425275.html"],
        "province": "广东省",
        "doc_kind": "市财政局基建项目绩效自评抽查审核结果通报(审核等级分布)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "抽审项目数(优+良+中+差)", "kind": "sum", "total": 41, "parts": [1, 3, 35, 2], "unit": "个"},
            {"metric": "评为优的项目占比", "kind": "rate", "total": 2.44, "parts": [1, 41], "unit": "%"},
            {"metric": "评为良的项目占比", "kind": "rate", "total": 7.32, "parts": [3, 41], "unit": "%"},
            {"metric": "评为中的项目占比", "kind": "rate", "total": 85.36, "parts": [35, 41], "unit": "%"},
            {"metric": "评为差的项目占比", "kind": "rate", "total": 4.88, "parts": [2, 41], "unit": "%"},
            {"metric": "各等级占比合计", "kind": "sum", "total": 100, "parts": [2.44, 7.32, 85.36, 4.88], "unit": "%"},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "评为中的35个",
             "why": "35/41=85.366%,按两位小数应为85.37%,文中写85.36%(似为凑足100%而调整)"},
        ],
        "notes": (
            "东莞市财政局网站通知正文:存储文本无标题,从“根据《项目支出绩效评价管理办法》…”开始,到小标题“抽查项目评价审核等级汇总”"
            "和“详情请查看附件。”为止;汇总表本身在附件里,页面没有,因此只复现正文。正文只有结果(项目数、预算金额、等级分布),"
            "没有绩效目标或指标,indicators 与 goals 为空。rate 类 facts 的 total 为文中所写百分比,parts 为[分子, 分母]。"
            "“财预〔2020〕10 号”中的空格照原文保留。41个抽审项目金额110790.58万元占72个项目136976.4万元的比例文中未写,不作为事实。"
            "正文句子用自己的话改写,数字、文号、项目名保持原样。"
        ),
    },
    "blind231_liangshan_xnsks_pingjia.docx": {
        "source_urls": ["http://tokensetting.com/news-id-231617.html"],
        "province": "四川省",
        "doc_kind": "州级小型农田水利重点县建设资金绩效评价工作报道(繁体镜像)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2015年全州小型農田水利建設財政資金(1.85億元,折合萬元)", "kind": "sum", "total": 18500,
             "parts": [9000, 4900, 300, 4575], "unit": "萬元"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "1.85億元",
             "why": "中央9000+省級4900+州級300+縣級4575=18775萬元,約1.88億元,與所寫合計1.85億元不符"},
        ],
        "notes": (
            "新闻镜像站页面,正文被转换成繁体字(涼山州、萬元、億元),标题在页面上出现两次,照样保留两次。"
            "报道的是凉山州对8个小农水重点县(德昌、宁南、西昌、会理、盐源、甘洛为中央财政,冕宁、越西为省级财政)的建设资金绩效评价,"
            "只有资金数字和评价做法,没有评价得分、目标或指标,故 indicators 与 goals 为空。合计以“億元”写、分项以“萬元”写,"
            "facts 中把1.85億元折成18500萬元。页面到“源涼山新聞網/圖百度圖庫”为止。正文用自己的话(繁体)改写,数字、地名照原样。"
            "页末版权声明保留意思并略作改写。"
        ),
    },
}

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def set_cell_font(cell, size=10, bold=False):
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.size = Pt(size)
            r.font.bold = bold
            r.font.name = "Noto Sans CJK SC"


def docx_base(landscape=False):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind231"
    cp.last_modified_by = "blind231"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Noto Sans CJK SC"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_tianjin(path):
    doc = docx_base(landscape=True)
    for t in [
        ("市级考评分数与其权重系数之积,加上全部重点县区县级考评分数的算术平均值与其权重系数之积,即为我市考评总分。"
        "市级考评的权重系数为70%,区县级考评的权重系数为30%。"),
        "考评结果按考评总分分为四个等级:考评总分在90分以上(含90分)为优秀;76-89分为良好;60-75分为合格;60分以下为不合格。",
        "第十一条 绩效考评结果综合反映重点县建设资金的管理工作,是下一年度分配重点县建设资金和名额的重要依据。",
        "第十二条 重点县财政、水务部门在自评中弄虚作假的,一经查实,本年度绩效考评按不合格处理。",
        "绩效考评中发现的违规违纪行为,重点县财政、水务部门须依照有关规定及时整改。",
        ("第十三条 重点县建设资金使用管理中因违规违纪被市级以上审计机关和财政部财政监察专员办事处检查处理或通报的,"
        "除依照有关规定处罚外,本年度绩效考评结果按不合格处理。"),
        "第十四条 区县财政、水务部门应依据绩效考评结果总结经验教训,健全资金使用管理制度,提升资金使用效益。",
    ]:
        para(doc, t)
    para(doc, "第四章 附 则", bold=True, center=True)
    para(doc, "第十五条 本细则由市财政局、市水务局负责解释。")
    para(doc, "第十六条 本细则自2011年5月1日起施行,至2016年4月30日废止。")
    para(doc, "附")
    para(doc, "天津市小型农田水利重点县建设资金", bold=True, center=True, size=14)
    para(doc, "区县级绩效考评量化指标表", bold=True, center=True, size=14)
    para(doc, "区(县)")
    table = doc.add_table(rows=3, cols=7)
    table.style = "Table Grid"
    header = ["考评\n内容", "考评\n指标", "考评说明", "区县级自评", "市级考评", "中央抽查", "备 注"]
    for i, h in enumerate(header):
        table.cell(0, i).text = h
        set_cell_font(table.cell(0, i), bold=True)
    rows = [
        ("(一)\n项\n目\n组\n织\n(16分)", "1、组织领导\n(6分)", TJ_CRIT_1, "以请示、文件、会议纪要等为依据。"),
        ("", "2、统计与总结\n(4分)", TJ_CRIT_2, ""),
    ]
    for ri, (lab, name, crit, note) in enumerate(rows, start=1):
        if lab:
            table.cell(ri, 0).text = lab
        table.cell(ri, 1).text = name
        table.cell(ri, 2).text = crit
        table.cell(ri, 6).text = note
    table.cell(1, 0).merge(table.cell(2, 0))
    widths = [Cm(1.8), Cm(3.2), Cm(10.5), Cm(2.2), Cm(2.2), Cm(2.2), Cm(3.6)]
    table.autofit = False
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for ri in range(1, 3):
        for ci in range(7):
            set_cell_font(table.cell(ri, ci))
    doc.save(path)


def xlsx_base():
    wb = Workbook()
    wb.properties.creator = "blind231"
    wb.properties.lastModifiedBy = "blind231"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def page_setup(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def build_shanghai(path):
    wb = xlsx_base()
    ws = wb.active
    ws.title = "考评指标"
    ws["A1"] = "法搜网--中国法律信息搜索网"
    ws["A2"] = "上海市财政局、上海市水务局关于印发《上海市小型农田水利重点县建设资金绩效考评暂行办法》的通知"
    ws.merge_cells("A2:F2")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[2].height = 36
    wrap = Alignment(wrap_text=True, vertical="center")
    start = 4
    for i, (lab, name, crit, basis) in enumerate(SH_ROWS):
        r = start + i
        if lab:
            ws.cell(r, 1, lab)
        ws.cell(r, 2, name)
        ws.cell(r, 3, crit)
        if basis:
            ws.cell(r, 6, basis)
        for c in range(1, 7):
            cell = ws.cell(r, c)
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if c == 1 else None)
            cell.border = BORDER
        ws.row_dimensions[r].height = 30 + 15 * (len(crit) // 38)
    ws.merge_cells(start_row=start + 1, start_column=1, end_row=start + 3, end_column=1)
    ws.merge_cells(start_row=start + 4, start_column=1, end_row=start + 5, end_column=1)
    for col, w in zip("ABCDEF", [8, 20, 60, 9, 9, 28]):
        ws.column_dimensions[col].width = w
    ws["A1"].alignment = wrap
    page_setup(ws)
    wb.save(path)


def build_kleyou(path):
    wb = xlsx_base()
    ws = wb.active
    ws.title = "附件5"
    ws["A1"] = KL_NOTE_1
    ws.merge_cells("A1:I1")
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = 80
    ws["A2"] = KL_NOTE_2
    ws.merge_cells("A2:I2")
    ws["A3"] = "填写人"
    ws["C3"] = "日期"
    ws["E3"] = "复核人"
    ws["G3"] = "日期"
    ws["A5"] = "附件5:"
    ws["A6"] = "评价人员(专家)评分汇总表"
    ws.merge_cells("A6:I6")
    ws["A6"].font = Font(bold=True, size=13)
    ws["A6"].alignment = Alignment(horizontal="center")
    ws["A7"] = "被评价项目"
    ws.merge_cells("B7:I7")
    ws["A8"] = "索 引 号"
    ws.merge_cells("B8:I8")
    for c, h in enumerate(KL_HEADER, start=1):
        ws.cell(9, c, h).font = Font(bold=True)
    body = [
        ["业务指标"] + ["*"] * 8,
        ["指标1"], ["指标2"], ["……"],
        ["财务指标"] + ["*"] * 8,
        ["指标1"], ["指标2"], ["……"],
        ["合 计"] + ["*"] * 7,
    ]
    for i, vals in enumerate(body):
        for c, v in enumerate(vals, start=1):
            ws.cell(10 + i, c, v)
    for r in range(7, 19):
        for c in range(1, 10):
            cell = ws.cell(r, c)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="left" if c == 1 else "center")
    ws.row_dimensions[9].height = 45
    for col, w in zip("ABCDEFGHI", [14, 8, 8, 8, 8, 8, 8, 6, 22]):
        ws.column_dimensions[col].width = w
    page_setup(ws)
    wb.save(path)


def build_dongguan(path):
    doc = docx_base()
    for t in DG_PARAS:
        para(doc, t)
    para(doc, "抽查项目评价审核等级汇总", bold=True, center=True)
    para(doc, "详情请查看附件。")
    doc.save(path)


def build_liangshan(path):
    doc = docx_base()
    para(doc, LS_TITLE, size=9)
    para(doc, LS_TITLE, bold=True, center=True, size=15)
    for t in LS_PARAS:
        para(doc, t)
    doc.save(path)


BUILDERS = {
    "blind231_tianjin_xnsks_kaoping.docx": build_tianjin,
    "blind231_shanghai_xnsks_kaoping.xlsx": build_shanghai,
    "blind231_zhuanjia_pingfen_huizongbiao.xlsx": build_kleyou,
    "blind231_dongguan_jijian_zipingshenhe.docx": build_dongguan,
    "blind231_liangshan_xnsks_pingjia.docx": build_liangshan,
}

# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

CORE_DATE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(items):
            data = items[name]
            if name == "docProps/core.xml":
                data = CORE_DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<3>", data)
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())


def same_len(match, fixed):
    text = match.group(0)
    return fixed[: len(text)].ljust(len(text), b"0")


def normalise_pdf(path):
    data = path.read_bytes()
    data = re.sub(rb"\(D:[0-9+\-Z']+\)",
                  lambda m: b"(D:20240101000000" + b"Z" * (len(m.group(0)) - 18) + b")", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1)))
                  .replace(m.group(2), b"0" * len(m.group(2))), data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\1>",
                  lambda m: same_len(m, b"<xmp:X>2024-01-01T00:00:00Z"), data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
         "--outdir", str(path.parent), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = path.with_suffix(".pdf")
    normalise_pdf(pdf)
    return pdf


def squash(text):
    return re.sub(r"\s+", "", text or "")


def check_pdf(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                check=True).stdout)
    missing = []
    for row in gold["indicators"]:
        for key in ("name", "target_text"):
            if row[key] and squash(row[key]) not in txt:
                missing.append((key, row[key][:40]))
    for g in gold["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"][:40]))
    for f in gold["findings"]:
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


def main():
    ANN.mkdir(exist_ok=True)
    problems = []
    sums = {}
    for name, builder in BUILDERS.items():
        src = HERE / name
        builder(src)
        normalise_zip(src)
        pdf = to_pdf(src)
        gold = GOLD[name]
        for fname in (name, pdf.name):
            ann = {"source": fname}
            ann.update(copy.deepcopy(gold))
            (ANN / f"{fname}.json").write_text(json.dumps(ann, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
        miss = check_pdf(pdf, gold)
        if miss:
            problems.append((pdf.name, miss))
        sums[name] = md5(src)
        sums[pdf.name] = md5(pdf)
    for k, v in sums.items():
        print(v, k)
    if problems:
        for p in problems:
            print("MISSING IN PDF:", p)
        sys.exit(1)
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"files={len(GOLD)} indicators={n_ind} goals={n_goal} findings={n_find} (per source file, PDFs double it)")


if __name__ == "__main__":
    main()
