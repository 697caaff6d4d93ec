"""Build the blind267 part: four DOCX source documents (and their PDFs) from
public pages about 宁夏, 甘肃 and 新疆, with the gold annotations.

The gold (GOLD below) is written before anything reads the built files.
Run: /tmp/wvenv/bin/python make_blind267_layouts.py
"""

import datetime
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind267"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

URL_SPT = "https://www.spt.gov.cn/xxgk/zfxxgkml/shgysy/fpkf/202212/t20221202_3870254.html"
URL_FSOU = "http://fsou.com/html/text/lar/172703/17270365_2.html"
URL_MAIJI = "http://www.maiji.gov.cn/info/5661/308411.htm"
URL_TSQ = "http://www.xjtsq.gov.cn/info/3643/149212.htm"


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# Document texts. Each entry: (style, text). Styles: title, h, p, meta, right.
# Longer sentences are my own wording; names, figures, units, document
# numbers and defects (扶贫扶贫, 2950千米, the odd line break before D40) are
# kept as the stored pages show them.
# ---------------------------------------------------------------------------

SPT_PARAS = [
    ("p", ("为使财政专项扶贫资金的使用更加规范,资金投放更精准、效益更高,让专项扶贫资金"
          "的“造血”作用得到最大发挥,依据《自治区财政厅关于提前下达2021年中央财政专项"
          "扶贫资金预算指标的通知》(宁财农指标〔2020〕624号)以及扶贫扶贫资金管理使用"
          "办法,并结合沙坡头区的工作实际,制定资金使用计划如下。")),
    ("h", "一、资金总额"),
    ("p", "2021年我部收到少数民族发展项目资金总计598万元。"),
    ("h", "二、资金安排"),
    ("h", "(一)兴仁镇川裕村渠道改造项目"),
    ("p", ("项目在兴仁镇川裕村实施,砌护渠道共计7.59千米,配套建设渠道构筑物741座,"
          "铺设4米宽硬化路2条共计2.5千米,另修建过水路面1处等。")),
    ("p", "资金规模:206.7万元。"),
    ("p", "资金来源:少数民族发展项目资金173万元。"),
    ("h", "(二)香山乡米粮川村水利配套设施项目"),
    ("p", ("项目在米粮川村砌护渠道48条,长11.27千米,其中U40型农渠46条长8.85千米;"
          "U50-1型斗渠2条长2.42千米;配套渠道建筑物1964座,其中生产桥1座,D500*3米"
          "管涵17座,D400*6米管涵19座,D400*4管涵42座,D50简易闸23座,")),
    ("p", "D40简易农口43座,跌水1座,畦田口(开敞式)1818座。"),
    ("p", "资金规模:154.16万元。"),
    ("p", "资金来源:少数民族发展项目资金150万元。"),
    ("h", "(三)香山乡红圈子村三合队2021年基础设施建设项目"),
    ("p", ("项目内容为:红圈子村更换管道1.86千米,配套建筑物5座;巷道硬化0.93千米,"
          "其中5米宽巷道0.19千米,4米宽巷道0.74千米;安装排水管道2.66千米,配套建筑物"
          "88座,其中排水阀井21座、雨篦子66座、管道穿路1处。")),
    ("p", "资金规模:141.77万元。"),
    ("p", "资金来源:少数民族发展项目资金125万元。"),
    ("h", "(四)香山乡黄泉村黄泉至跑水道路硬化项目"),
    ("p", "项目在香山硬化道路长2950千米,路面宽4米。"),
    ("p", "资金规模:173.84万元。"),
    ("p", "资金来源:少数民族发展项目资金150万元。"),
    ("h", "三、公示期限"),
    ("p", "2021年7月28日至2021年8月10日(共10个工作日)"),
    ("h", "四、监督电话"),
    ("p", "0955-8806039"),
    ("h", "五、通讯地址"),
    ("p", "宁夏中卫市"),
]

L_CY = "兴仁镇川裕村渠道改造项目"
L_ML = "香山乡米粮川村水利配套设施项目"
L_HQ = "香山乡红圈子村三合队2021年基础设施建设项目"
L_HQ2 = "香山乡黄泉村黄泉至跑水道路硬化项目"

SPT_GOLD = {
    "source_urls": [URL_SPT],
    "province": "宁夏回族自治区",
    "doc_kind": "区级少数民族发展项目资金使用计划(公示)",
    "patterns": [6, 8],
    "indicators": [
        ind(L_CY, None, "砌护渠道", "=", 7.59, "千米", "砌护渠道共计7.59千米"),
        ind(L_CY, None, "配套建设渠道构筑物", "=", 741, "座", "配套建设渠道构筑物741座"),
        ind(L_CY, None, "铺设4米宽硬化路", "=", 2, "条", "铺设4米宽硬化路2条"),
        ind(L_CY, None, "铺设4米宽硬化路", "=", 2.5, "千米", "共计2.5千米"),
        ind(L_CY, None, "修建过水路面", "=", 1, "处", "修建过水路面1处"),
        ind(L_ML, None, "砌护渠道", "=", 48, "条", "砌护渠道48条"),
        ind(L_ML, None, "砌护渠道", "=", 11.27, "千米", "长11.27千米"),
        ind(L_ML, None, "配套渠道建筑物", "=", 1964, "座", "配套渠道建筑物1964座"),
        ind(L_HQ, None, "更换管道", "=", 1.86, "千米", "更换管道1.86千米"),
        ind(L_HQ, None, "配套建筑物", "=", 5, "座", "配套建筑物5座"),
        ind(L_HQ, None, "巷道硬化", "=", 0.93, "千米", "巷道硬化0.93千米"),
        ind(L_HQ, None, "安装排水管道", "=", 2.66, "千米", "安装排水管道2.66千米"),
        ind(L_HQ, None, "配套建筑物", "=", 88, "座", "配套建筑物88座"),
        ind(L_HQ2, None, "硬化道路长", "=", 2950, "千米", "硬化道路长2950千米"),
        ind(L_HQ2, None, "路面宽", "=", 4, "米", "路面宽4米"),
    ],
    "goals": [],
    "facts": [
        {"metric": "少数民族发展项目资金", "kind": "sum", "total": 598,
         "parts": [173, 150, 125, 150], "unit": "万元"},
        {"metric": "米粮川村砌护渠道长度", "kind": "sum", "total": 11.27,
         "parts": [8.85, 2.42], "unit": "千米"},
        {"metric": "米粮川村砌护渠道条数", "kind": "sum", "total": 48,
         "parts": [46, 2], "unit": "条"},
        {"metric": "米粮川村配套渠道建筑物", "kind": "sum", "total": 1964,
         "parts": [1, 17, 19, 42, 23, 43, 1, 1818], "unit": "座"},
        {"metric": "红圈子村巷道硬化", "kind": "sum", "total": 0.93,
         "parts": [0.19, 0.74], "unit": "千米"},
        {"metric": "红圈子村排水管道配套建筑物", "kind": "sum", "total": 88,
         "parts": [21, 66, 1], "unit": "座"},
    ],
    "findings": [
        {"rule": "target.impossible_value", "item": "硬化道路长",
         "why": "2950千米 of village road for 173.84万元 cannot be right; the unit is almost surely 米 (2.95千米)"},
        {"rule": "coverage.missing_dimension", "item": "资金安排",
         "why": "the plan (section 二、资金安排) states only quantities and money; no quality, deadline, benefit or satisfaction target for any of the four projects"},
    ],
    "notes": ("Stored page is the body of a 2021 资金使用计划 notice (no title in the stored text; "
              "I added none). Targets are planned quantities in running text, grouped by project; "
              "level1 = the project heading without its list number. Exact planned quantities are "
              "given operator '='. Defects kept: '扶贫扶贫资金管理使用办法', '2950千米' (almost surely 米), "
              "the line break inside the 米粮川 list before 'D40简易农口'. Per-project 资金规模 "
              "(206.7/154.16/141.77/173.84) exceed the 资金来源 amounts; the other sources are not "
              "named, so no sum finding. The four 资金来源 add up to 598 (checked). Sub-item lists "
              "(渠道 types, 管涵, 阀井) are kept as facts, not as indicator rows. The stored page stops "
              "at '五、通讯地址 宁夏中卫市'; so does the document."),
}

FSOU_TITLE = "甘肃省人民政府办公厅关于印发2011年省级整合财政支农资金支持重点农业项目实施方案的通知"
FSOU_G1 = ("依照《甘肃省人民政府办公厅关于印发甘肃省加快发展中药材产业扶持办法和甘肃省农业产业化"
           "龙头企业培育扶持办法的通知》(甘政办发〔2009〕49号),资金主要以奖代补方式,支持马铃薯、"
           "草食畜、苹果、中药材、蔬菜等大宗优势产业龙头企业建设加工和储藏设施、开展GMP(良好作业"
           "规范)认证。")
FSOU_G2 = ("结合河西及沿黄主要灌区高效农田节水技术推广项目的实施情况,支持高效农田节水技术推广,"
           "保证2011年350万亩推广任务落到实处。")
FSOU_PARAS = [
    ("title", FSOU_TITLE),
    ("p", "(八)农业产业化龙头企业扶持培育项目。安排省农业产业化专项资金4500万元、马铃薯产业"
          "专项资金1000万元、农产品加工业发展资金2400万元,共计7900万元。" + FSOU_G1),
    ("p", "(九)节水农业项目。安排省财政预算资金2500万元、省农业综合开发办调剂资金1670万元、"
          "省水利厅其他水利建设专项资金80万元,共计4250万元。" + FSOU_G2
          + "资金主要用于垄膜沟灌、垄作沟灌、膜下滴灌技术推广及核心示范区建设所需地膜、起垄覆膜"
          "机具购置和作业费补贴,以及省级技术培训、指导、机具研发和督促检查等。"),
    ("p", ("(十)150万亩梯田建设项目。省财政预算安排梯田建设专项资金7500万元;省发展改革委整合"
          "巩固退耕还林基本口粮田建设、重点退耕还林地区基本口粮田建设以及黄土高原综合治理示范县"
          "项目资金2.57亿元;省国土资源厅安排土地开发整理项目资金8300万元;省扶贫办安排整村推进"
          "项目资金4300万元;省农业综合开发办整合农业综合开发土地治理项目资金5600万元;省水利厅"
          "整合农业综合开发陕甘宁梯田建设、国家水土保持重点建设工程、水土保持综合治理等项目资金"
          "1.35亿元,共计6.49亿元。省上继续")),
]

FSOU_GOLD = {
    "source_urls": [URL_FSOU],
    "province": "甘肃省",
    "doc_kind": "省级整合支农资金重点项目实施方案(节选,第2页)",
    "patterns": [6],
    "indicators": [
        ind("节水农业项目", None, "高效农田节水技术推广", "=", 350, "万亩",
            "2011年350万亩推广任务"),
        ind("150万亩梯田建设项目", None, "梯田建设", "=", 150, "万亩",
            "150万亩梯田建设项目"),
    ],
    "goals": [
        {"kind": "项目实施目标", "text": FSOU_G1},
        {"kind": "项目实施目标", "text": FSOU_G2},
    ],
    "facts": [
        {"metric": "农业产业化龙头企业扶持培育项目资金", "kind": "sum", "total": 7900,
         "parts": [4500, 1000, 2400], "unit": "万元"},
        {"metric": "节水农业项目资金", "kind": "sum", "total": 4250,
         "parts": [2500, 1670, 80], "unit": "万元"},
        {"metric": "150万亩梯田建设项目资金", "kind": "sum", "total": 6.49,
         "parts": [0.75, 2.57, 0.83, 0.43, 0.56, 1.35], "unit": "亿元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": FSOU_G1[:20],
         "why": "7900万元 for 龙头企业 support with no number of enterprises, facilities or certifications to reach"},
        {"rule": "coverage.missing_dimension", "item": "节水农业项目",
         "why": "only the 350万亩 quantity is set; no quality, deadline or effect (water saved, yield) target"},
    ],
    "notes": ("Stored page is page 2 of a 2011 provincial 实施方案 on a law-text site: it starts at (八) "
              "and stops mid-sentence in (十) at '省上继续'; the document does the same (the (十) goal "
              "sentence is cut, so no goal and no finding for (十)). Targets stand in running text: "
              "350万亩 in (九) and the 150万亩 written in the project name of (十) (pattern 6). "
              "The (十) total is in 亿元 while three parts are written in 万元 (7500/8300/4300/5600万元); "
              "the fact lists all parts converted to 亿元 (0.75/0.83/0.43/0.56) — they add up to 6.49. "
              "All three stated totals check. Site chrome ('法搜网--中国法律信息搜索网') left out."),
}

MAIJI_TITLE = "天水市麦积区2021年统筹整合财政涉农资金安排使用情况"
MAIJI_PARAS = [
    ("title", MAIJI_TITLE),
    ("meta", "索引号: 20230321-170827-057"),
    ("meta", "主题分类:"),
    ("meta", "发文字号:"),
    ("meta", "标题: 天水市麦积区2021年统筹整合财政涉农资金安排使用情况"),
    ("p", ("依据财政部等11部委局《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》的要求,"
          "结合本区巩固拓展脱贫攻坚成果和乡村振兴的实际需要,我区延续执行往年财政涉农整合的各项"
          "政策,把中央规定的16项、省级规定的13项、市级16项、区级14项涉农资金全部纳入整合范围,"
          "坚持“应整尽整、因需而整”,着力实现“大类间打通”。")),
    ("p", ("2021年,全区到位统筹整合涉农资金总规模64458.18万元,其中纳入统筹涉农资金方案资金"
          "53043.61万元,占比82.29%。方案资金中,财政衔接推进乡村振兴补助资金39708.61万元,"
          "(中央资金18889万元,省级资金14684万元,市级资金1150.5万元,区级资金4985.11万元),"
          "其他各类资金13335万元。项目由区委农村工作领导小组分一、二批下达统筹整合使用财政涉农"
          "资金项目计划,交相关责任单位组织实施。")),
    ("p", ("整合资金主要投向农村基础设施建设和农业产业发展2个方面:产业发展方面安排26602万元,"
          "占比50.15%;基础设施建设安排26441.61万元,占比49.85%。")),
]

MAIJI_GOLD = {
    "source_urls": [URL_MAIJI],
    "province": "甘肃省",
    "doc_kind": "区级统筹整合财政涉农资金安排使用情况(公开)",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "纳入统筹涉农资金方案资金", "kind": "sum", "total": 53043.61,
         "parts": [39708.61, 13335], "unit": "万元"},
        {"metric": "财政衔接推进乡村振兴补助资金", "kind": "sum", "total": 39708.61,
         "parts": [18889, 14684, 1150.5, 4985.11], "unit": "万元"},
        {"metric": "纳入统筹涉农资金方案资金(按用途)", "kind": "sum", "total": 53043.61,
         "parts": [26602, 26441.61], "unit": "万元"},
        {"metric": "纳入方案资金占总规模比例", "kind": "rate", "total": 82.29,
         "parts": [53043.61, 64458.18], "unit": "%"},
        {"metric": "产业发展占比", "kind": "rate", "total": 50.15,
         "parts": [26602, 53043.61], "unit": "%"},
        {"metric": "基础设施建设占比", "kind": "rate", "total": 49.85,
         "parts": [26441.61, 53043.61], "unit": "%"},
    ],
    "findings": [],
    "notes": ("A short report of how integrated 涉农 funds were arranged; it states no targets, so the "
              "gold has no indicator rows, goals or findings — it tests that a reader extracts the sums "
              "and rates and does not invent targets. For rate facts, 'total' is the stated percentage and "
              "'parts' are [numerator, denominator]. All three sums and all three rates check "
              "(82.29, 50.15, 49.85 to two decimals). The 16/13/16/14 项 counts have no stated total. "
              "The stray comma before the bracket '39708.61万元,(中央资金…' is kept. Empty metadata "
              "lines of the page are kept; the stored page ends after the 49.85% sentence."),
}

TSQ_TITLE = "关于天山区2023年衔接资金项目计划公示公告"
TSQ_PARAS = [
    ("title", TSQ_TITLE),
    ("p", ("按照《关于做好2023年度中央财政衔接推进乡村振兴补助资金和项目安排的通知》的要求,天山区"
          "获得2023年中央财政第一批推进乡村振兴补助资金(少数民族发展资金)559万元。")),
    ("p", ("为推动巩固拓展脱贫攻坚成果与乡村振兴有效衔接,经区委农村工作领导小组暨乡村振兴领导小组"
          "研究决定,计划实施乡村振兴产业项目1个,即天山区乌拉泊村农机购置项目。项目总投资600万元,"
          "其中中央衔接资金559万元,多方筹措资金41万元。该项目属采购类项目,分三批购买2304型拖拉机"
          "1台、1504型拖拉机1台;配套农具:5铧翻转犁1台,4米动力驱动耙1台,播种机1台,打药机1台,"
          "割草机1台,打捆机1台,玉米联合收割机1台。现将该项目计划予以公示。")),
    ("p", "附件:天山区2023年巩固拓展脱贫攻坚成果和乡村振兴项目计划表"),
    ("right", "2023年2月24日"),
]

TSQ_GOLD = {
    "source_urls": [URL_TSQ],
    "province": "新疆维吾尔自治区",
    "doc_kind": "区级衔接资金项目计划公示公告",
    "patterns": [],
    "indicators": [
        ind(None, None, "乡村振兴产业项目", "=", 1, "个", "乡村振兴产业项目1个"),
        ind(None, None, "2304型拖拉机", "=", 1, "台", "2304型拖拉机1台"),
        ind(None, None, "1504型拖拉机", "=", 1, "台", "1504型拖拉机1台"),
        ind("配套农具", None, "5铧翻转犁", "=", 1, "台", "5铧翻转犁1台"),
        ind("配套农具", None, "4米动力驱动耙", "=", 1, "台", "4米动力驱动耙1台"),
        ind("配套农具", None, "播种机", "=", 1, "台", "播种机1台"),
        ind("配套农具", None, "打药机", "=", 1, "台", "打药机1台"),
        ind("配套农具", None, "割草机", "=", 1, "台", "割草机1台"),
        ind("配套农具", None, "打捆机", "=", 1, "台", "打捆机1台"),
        ind("配套农具", None, "玉米联合收割机", "=", 1, "台", "玉米联合收割机1台"),
    ],
    "goals": [],
    "facts": [
        {"metric": "乌拉泊村农机购置项目总投资", "kind": "sum", "total": 600,
         "parts": [559, 41], "unit": "万元"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "乌拉泊村农机购置项目",
         "why": "only purchase quantities are planned; '分三批' has no dates, and no benefit (受益户, 作业面积) or satisfaction target"},
    ],
    "notes": ("A one-paragraph public notice of a 2023 衔接资金 project; the planned purchases are the only "
              "targets, stated in running text; '配套农具' is the document's own group label (level1). "
              "600 = 559 + 41 checks. The attached 项目计划表 is not in the stored page (only its title "
              "line), so nothing from it is built or flagged; the stored page ends with the date."),
}

DOCS = [
    ("blind267_ningxia_shapotou_minzu_zijin_plan.docx", SPT_PARAS, SPT_GOLD),
    ("blind267_gansu_2011_zhinong_zhenghe_fangan_p2.docx", FSOU_PARAS, FSOU_GOLD),
    ("blind267_gansu_maiji_2021_shenong_zhenghe.docx", MAIJI_PARAS, MAIJI_GOLD),
    ("blind267_xinjiang_tianshan_2023_xianjie_gongshi.docx", TSQ_PARAS, TSQ_GOLD),
]


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def set_run_font(run, size=None, bold=False):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def build_docx(path, paras):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    for style, text in paras:
        par = doc.add_paragraph()
        run = par.add_run(text)
        if style == "title":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(run, 15, True)
        elif style == "h":
            set_run_font(run, 12, True)
        elif style == "meta":
            set_run_font(run, 9)
        elif style == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            set_run_font(run, 11)
        else:
            par.paragraph_format.first_line_indent = Pt(22)
            set_run_font(run, 11)
    cp = doc.core_properties
    cp.author = "blind267"
    cp.last_modified_by = "blind267"
    cp.title = path.stem
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    doc.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])


def export_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    data = pdf.read_bytes()

    def same_len(match):
        inner = match.group(1)
        fixed = (b"D:20240101000000" + b"0" * len(inner))[:len(inner)]
        return match.group(0).replace(inner, fixed)

    data = re.sub(rb"/CreationDate\((D:[^)]*)\)", same_len, data)
    data = re.sub(rb"/ModDate\((D:[^)]*)\)", same_len, data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>",
                  lambda m: b"<" + b"0" * len(m.group(1)) + b">", data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]{32})",
                  lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    pdf.write_bytes(data)
    return pdf


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                                 check=True, capture_output=True, text=True).stdout)
    missing = []
    for row in gold["indicators"]:
        for key in ("name", "target_text"):
            if row[key] and squash(row[key]) not in text:
                missing.append(f"{key}: {row[key]}")
    for goal in gold["goals"]:
        if squash(goal["text"]) not in text:
            missing.append(f"goal: {goal['text'][:30]}")
    for finding in gold["findings"]:
        if squash(finding["item"]) not in text:
            missing.append(f"finding item: {finding['item']}")
    return missing


def write_annotation(fname, gold):
    data = {"source": fname}
    data.update(gold)
    (ANN / f"{fname}.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


def main():
    ANN.mkdir(exist_ok=True)
    problems = []
    sums = {}
    for fname, paras, gold in DOCS:
        path = HERE / fname
        build_docx(path, paras)
        pdf = export_pdf(path)
        write_annotation(path.name, gold)
        write_annotation(pdf.name, gold)
        for miss in check_pdf(pdf, gold):
            problems.append(f"{pdf.name}: {miss}")
        sums[path.name] = md5(path)
        sums[pdf.name] = md5(pdf)
    for name in sorted(sums):
        print(sums[name], name)
    if problems:
        print("PDF CHECK FAILED:", *problems, sep="\n  ")
        sys.exit(1)
    print("pdf check ok")


if __name__ == "__main__":
    main()
