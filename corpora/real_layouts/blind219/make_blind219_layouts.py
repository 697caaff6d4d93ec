# -*- coding: utf-8 -*-
"""blind219: real-layout documents (code-blind part).

Gold first (as Python data), then the builders: DOCX with python-docx, PDF via
LibreOffice (own profile), annotations/<file>.json for source and PDF, and a
pdftotext check that every indicator name, target text, goal text and finding
item appears in the PDF text (whitespace ignored).

Run: /tmp/venv/bin/python make_blind219_layouts.py
"""
import copy
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

PART = "blind219"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages before anything reads the files)
# Each doc: file stem, gold, and "blocks" = the layout as found, in order.
# block kinds: ("p", text) paragraph, ("h", text) heading, ("small", text).
# ---------------------------------------------------------------------------


def ind(name, operator, value, unit, target_text, actual=None, weight=None,
        score=None, level1=None, level2=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


DOCS = []

# 1. Heilongjiang: "十四五" black-soil protection plan, news digest ------------
DOCS.append({
    "stem": "heilongjiang-sheng-heitudi-baohu-guihua-xinwen",
    "blocks": [
        ("h", "“十四五”黑土地保护规划:到2025年,全省粮食综合生产能力将达到1600亿斤。"),
        ("p", "黑龙江省政府办公厅已印发本省“十四五”黑土地保护规划。"
              "根据规划,到2025年,黑土地保护技术将全面覆盖永久基本农田和划定的“两区”,"
              "黑土农田保护利用示范区面积将达到1亿亩。"
              "到2030年,黑土地保护利用示范区面积达到1.48亿亩,基本覆盖典型黑土区耕地。"
              "规划提出以加强黑土地保护来提升综合生产能力、推动粮食产量稳步增长。"
              "到2025年,全省粮食综合生产能力将达到1600亿斤。"),
    ],
    "gold": {
        "source_urls": ["https://qyjkw.cn/posts/1126"],
        "province": "黑龙江省",
        "doc_kind": "规划摘要(新闻)",
        "patterns": [10],
        "indicators": [
            ind("黑土农田保护利用示范区面积", ">=", 1, "亿亩", "将达到1亿亩"),
            ind("黑土地保护利用示范区面积", ">=", 1.48, "亿亩", "达到1.48亿亩"),
            ind("全省粮食综合生产能力", ">=", 1600, "亿斤", "将达到1600亿斤"),
        ],
        "goals": [
            {"kind": "规划目标", "text": "黑土地保护技术将全面覆盖永久基本农田和划定的“两区”"},
            {"kind": "规划目标", "text": "基本覆盖典型黑土区耕地"},
            {"kind": "规划目标", "text": "规划提出以加强黑土地保护来提升综合生产能力、推动粮食产量稳步增长"},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified",
             "item": "黑土地保护技术将全面覆盖永久基本农田和划定的“两区”",
             "why": "coverage goal with no area or coverage rate"},
            {"rule": "goal.unquantified", "item": "基本覆盖典型黑土区耕地",
             "why": "'基本覆盖' has no coverage rate or area"},
        ],
        "notes": "Whole stored page (a short digest). The title repeats the 1600亿斤 target of the last "
                 "sentence: listed once (the body sentence). 达到 read as >=. The first body sentence and the "
                 "goal sentence about 综合生产能力 are in my own words; target clauses kept as on the page. "
                 "The two 示范区 rows use different names on the page (黑土农田… 2025 / 黑土地… 2030): kept.",
    },
})

# 2. Xinjiang 2018 grassland subsidy plan, news page ---------------------------
DOCS.append({
    "stem": "xinjiang-quanqu-caoyuan-buzhu-2018-xinwen",
    "blocks": [
        ("small", "您好,欢迎来到派智库! 手机版|微博|设为首页|加入收藏"),
        ("small", "派智库"),
        ("small", "今天是:"),
        ("small", "主页 > 战略 > 环境战略 > 新疆今年草原生态保护补助奖励资金超24亿元"),
        ("h", "新疆今年草原生态保护补助奖励资金超24亿元"),
        ("small", "发布时间:2018-09-20 作者:派智库 来源:都市消费晨报 浏览:【字体:"),
        ("p", "都市消费晨报讯(记者张冬梅)2018年新疆实施禁牧和草畜平衡总面积6.91亿亩,补助奖励总资金24亿7725万元。"),
        ("p", "9月17日记者从自治区畜牧厅获悉,自治区人民政府日前已批复2018年落实草原生态保护补助奖励政策实施方案。"
              "方案要求,2018年新疆实施禁牧和草畜平衡总面积6.91亿亩,补助奖励总资金24亿7725万元。"
              "其中,禁牧草原15010万亩,一般性禁牧14500万亩,水源涵养区草原禁牧510万亩,"
              "实施草畜平衡化管理54090万亩。 内容来自dedecms"),
    ],
    "gold": {
        "source_urls": ["http://www.piffle365.com/html/zhanlue/huanjingzhanlue/201809/125434.html"],
        "province": "新疆维吾尔自治区",
        "doc_kind": "实施方案(新闻报道)",
        "patterns": [10],
        "indicators": [
            ind("禁牧和草畜平衡总面积", None, 6.91, "亿亩", "6.91亿亩"),
            ind("禁牧草原", None, 15010, "万亩", "15010万亩"),
            ind("一般性禁牧", None, 14500, "万亩", "14500万亩"),
            ind("水源涵养区草原禁牧", None, 510, "万亩", "510万亩"),
            ind("草畜平衡化管理", None, 54090, "万亩", "54090万亩"),
        ],
        "goals": [],
        "facts": [
            {"metric": "禁牧草原", "kind": "sum", "total": 15010, "parts": [14500, 510], "unit": "万亩"},
            {"metric": "禁牧和草畜平衡总面积", "kind": "sum", "total": 69100, "parts": [15010, 54090],
             "unit": "万亩", "note": "total written 6.91亿亩 (= 69100万亩); parts in 万亩"},
            {"metric": "补助奖励总资金", "kind": "amount", "total": 247725, "parts": [], "unit": "万元",
             "note": "written 24亿7725万元 (mixed 亿/万); headline says 超24亿元"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "the plan's requirements as reported are area figures only; no effect or satisfaction target"},
        ],
        "notes": "Stored page stops after '内容来自dedecms' (site watermark kept). The lead paragraph repeats the "
                 "total area and money of the 方案要求 sentence: the area row is listed once (the 方案要求 one). "
                 "Rows are bare figures (operator null). The 9月17日 sentence is in my own words.",
    },
})

# 3. Xinjiang 2019 subsidy news brief (journal digest) -------------------------
DOCS.append({
    "stem": "xinjiang-quanqu-caoyuan-buzhu-2019-jianxun",
    "blocks": [
        ("h", "◆新疆:启动实施农牧民补助奖励政策"),
        ("small", "2019-01-14"),
        ("small", "江苏农村经济 2019年9期"),
        ("p", "2019年,新疆落实草原补助奖励总面积6.91亿亩,发放补助奖励资金24.7725亿元,"
              "全区受益农牧民近30万户,户均享受补助奖励资金8000元以上。"
              "据介绍,2019年新疆的农牧民补助奖励政策已覆盖全区全部可利用草原。"
              "禁牧的1.501亿亩草原中,重要水源涵养地和草地类自然保护区禁牧510万亩,补助标准50元/亩,"
              "退化较为严重的温性荒漠、高寒荒漠和高寒草原禁牧1.45亿亩,补助标准6元/亩。"
              "同时,全区对禁牧区以外的5.409亿亩草原实施草畜平衡管理,并按草原承载能力核定载畜量。□"),
    ],
    "gold": {
        "source_urls": ["https://m.fx361.cc/news/2019/0114/14874413.html"],
        "province": "新疆维吾尔自治区",
        "doc_kind": "政策实施情况(期刊简讯)",
        "patterns": [10],
        "indicators": [
            ind("草原补助奖励总面积", None, 6.91, "亿亩", "6.91亿亩"),
            ind("受益农牧民", None, 30, "万户", "近30万户"),
            ind("户均享受补助奖励资金", ">=", 8000, "元", "8000元以上"),
            ind("重要水源涵养地和草地类自然保护区禁牧", None, 510, "万亩", "510万亩"),
            ind("补助标准", None, 50, "元/亩", "50元/亩"),
            ind("温性荒漠、高寒荒漠和高寒草原禁牧", None, 1.45, "亿亩", "1.45亿亩"),
            ind("补助标准", None, 6, "元/亩", "6元/亩"),
            ind("草畜平衡管理", None, 5.409, "亿亩", "5.409亿亩"),
        ],
        "goals": [],
        "facts": [
            {"metric": "禁牧草原", "kind": "sum", "total": 15010, "parts": [510, 14500], "unit": "万亩",
             "note": "written 1.501亿亩 = 510万亩 + 1.45亿亩 (mixed units)"},
            {"metric": "草原补助奖励总面积", "kind": "sum", "total": 69100, "parts": [15010, 54090], "unit": "万亩",
             "note": "written 6.91亿亩 = 1.501亿亩 + 5.409亿亩"},
            {"metric": "发放补助奖励资金", "kind": "amount", "total": 24.7725, "parts": [], "unit": "亿元"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "no satisfaction figure among the stated targets/results"},
        ],
        "notes": "Whole stored page (a journal brief ending with □). '近30万户' is approximate: operator null. "
                 "The two 补助标准 rows share one name and differ in value (50 vs 6 元/亩). "
                 "In 'the 5.409亿亩草原实施草畜平衡管理' the value stands before the name. "
                 "Sentences rephrased by me: the beneficiaries clause (figure kept), the 全覆盖 sentence, "
                 "the 载畜量 clause.",
    },
})

# 4. Inner Mongolia, 乌拉特中旗: agricultural/pastoral policy news (mirror with pinyin glosses)
P4_A = ("今年烏拉特中旗把各項(xiàng)惠農(nóng)惠牧政策落到實(shí)處,草原畜牧業(yè)加快轉(zhuǎn)型,"
        "以草定畜及禁牧、休牧、輪牧制度全面推行。")
P4_B = ("截至目前,全旗共發(fā)放糧食直補(bǔ)、農(nóng)資綜合補(bǔ)貼、退牧還草補(bǔ)貼、牧民燃油補(bǔ)貼等資金6329萬元。"
        "全旗農(nóng)作物總播種面積達(dá)到120萬畝,比上年增加4萬多畝。"
        "2000畝設(shè)施農(nóng)業(yè)建設(shè)任務(wù)全部分解到位,已有680畝日光溫室和30畝塑料大棚開工建設(shè),"
        "制定出臺(tái)了獎(jiǎng)勵(lì)補(bǔ)助政策,每畝補(bǔ)貼1~2萬元。"
        "今年計(jì)劃投資 7222萬元,建設(shè)10個(gè)肉羊養(yǎng)殖園區(qū),目前已開工建設(shè)8個(gè),"
        "年底農(nóng)區(qū)肉羊養(yǎng)殖園區(qū)將達(dá)到17個(gè),標(biāo)準(zhǔn)化棚圈達(dá)到709套,年育肥出欄15.2萬只。"
        "水利、交通、電力、林業(yè)生態(tài)、農(nóng)田改造等項(xiàng)目已全面開工,基礎(chǔ)條件持續(xù)改善。")
DOCS.append({
    "stem": "neimenggu-bayannaoer-wulatezhongqi-huinong-xinwen",
    "blocks": [("p", P4_A), ("p", P4_B)],
    "gold": {
        "source_urls": ["http://changxiangtd.cn/41-35271-1.html"],
        "province": "内蒙古自治区",
        "doc_kind": "惠农惠牧政策落实情况(新闻)",
        "patterns": [10],
        "indicators": [
            ind("設(shè)施農(nóng)業(yè)建設(shè)任務(wù)", None, 2000, "畝", "2000畝"),
            ind("每畝補(bǔ)貼", None, None, "萬元", "1~2萬元"),
            ind("肉羊養(yǎng)殖園區(qū)", None, 10, "個(gè)", "10個(gè)", actual=8),
            ind("農(nóng)區(qū)肉羊養(yǎng)殖園區(qū)", ">=", 17, "個(gè)", "將達(dá)到17個(gè)"),
            ind("標(biāo)準(zhǔn)化棚圈", ">=", 709, "套", "達(dá)到709套"),
            ind("年育肥出欄", None, 15.2, "萬只", "15.2萬只"),
        ],
        "goals": [],
        "facts": [
            {"metric": "惠農惠牧補貼資金(已發放)", "kind": "amount", "total": 6329, "parts": [], "unit": "萬元"},
            {"metric": "計劃投資(肉羊養殖園區)", "kind": "amount", "total": 7222, "parts": [], "unit": "萬元"},
            {"metric": "設施農業已開工面積", "kind": "parts_only", "total": None, "parts": [680, 30], "unit": "畝",
             "note": "680畝日光溫室 + 30畝塑料大棚 started out of the 2000畝 task; no total written"},
        ],
        "findings": [],
        "notes": "The stored page is a mirror in traditional characters with pinyin glosses inserted after "
                 "characters (落實(shí), 個(gè) …); names and units are kept exactly with the glosses. The page shows "
                 "no site header; it starts with the body. First paragraph and the last sentence are in my own "
                 "words (same script). '每畝補(bǔ)貼1~2萬元' is a range: operator and value null. actual 8 for "
                 "肉羊養殖園區 is '已開工建設8個' (started, not finished). 農作物總播種面積120萬畝 is a status "
                 "figure, not a target: not a row.",
    },
})

# 5. Gansu, 定西市 grassland subsidy implementation plan (spun copy) -- prose only
DOCS.append({
    "stem": "gansu-dingxi-caoyuan-buzhu-shishifangan",
    "blocks": [
        ("h", "定西市落实草原生态保护补助奖励政策实施方案"),
        ("small", "奖励政策实施方案"),
        ("p", "为全面落实草原生态保护补助奖励政策、提升草原保护建设水平、推进生态文明建设和畜牧业开展方式转变,"
              "促进草原生态环境与牧区经济社会协调开展,依据农业部、财政部2023年草原生态保护补助奖励机制政策实施指导意见、"
              "XX省贯彻草原生态保护补助奖励政策的实施意见以及XX省2023年落实草原生态保护补助奖励政策实施方案,"
              "结合本市实际,制订本实施方案。"),
        ("h2", "一、根本情况"),
        ("p", "定西市位于黄河上游、甘肃中部,处在黄土高原西部边缘和西秦岭末端,介于东经20233o27'至20235o39',"
              "北纬34o2023'至36o02'之间;气候属南温带半湿润---中温带半干旱,年均气温5.5—7.5℃,无霜期20230—170天,"
              "海拔1420—3941m;年均降雨量400—600mm,蒸发量却高达1400mm以上,降雨多集中在夏秋两季,"
              "与农作物需水时段错位,形成季节性干旱。全市辖6县1区,总流域面积20330平方公里,有汉、回、藏等18个民族,"
              "总人口近300万人,其中农牧民63.74万户265.85万人。2023年畜牧业产值达17.4亿元,"
              "农牧民人均纯收入3780元,牧业纯收入630元。"),
        ("p", "(一)草原资源情况。根据1985年国家草原普查数据,我市有天然草原976.89万亩,可利用草原902.76万亩,其中:"
              "暖性灌草丛草原12.8万亩、可利用面积11.86万亩,温性草甸草原146.69万亩、可利用面积117.04万亩,"
              "温性草原458.94万亩、可利用面积428.31万亩,温性荒漠草原4.2万亩、可利用面积3.24万亩,"
              "高寒草甸37.93万亩、可利用面积34.27万亩,高寒灌丛草甸316.33万亩、可利用面积32023.04万亩。"
              "近年来,受气候干旱、超载过牧和鼠虫危害等影响,全市90%以上的草原出现不同程度退化,"
              "其中重度退化的占31.02%,中度退化的占"),
    ],
    "gold": {
        "source_urls": ["https://wnwk.com/doc/1382756.html"],
        "province": "甘肃省",
        "doc_kind": "实施方案",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "天然草原", "kind": "sum", "total": 976.89,
             "parts": [12.8, 146.69, 458.94, 4.2, 37.93, 316.33], "unit": "万亩"},
            {"metric": "可利用草原", "kind": "sum", "total": 902.76,
             "parts": [11.86, 117.04, 428.31, 3.24, 34.27, 32023.04], "unit": "万亩",
             "note": "parts sum to 32617.76; the 高寒灌丛草甸 part should be 308.04 for the total to hold"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "可利用草原",
             "why": "902.76万亩 stated, parts sum to 32617.76万亩 (高寒灌丛草甸 可利用面积 written 32023.04, "
                    "more than its 316.33万亩 total)"},
        ],
        "notes": "Prose only. The stored page is a spun copy of an older plan: '2023' has been injected into "
                 "numbers (东经20233o27', 无霜期20230—170天, 32023.04万亩) and words replaced (根本情况, 开展方式); "
                 "all kept as found. The page stops mid-sentence at '中度退化的占'. Intro and climate sentences "
                 "in my own words, every number kept. No goals or targets before the cut.",
    },
})

# 6. Inner Mongolia, 临河区: self-evaluation filing news -- prose only ----------
DOCS.append({
    "stem": "neimenggu-bayannaoer-linhe-zipingtianbao-xinwen",
    "blocks": [
        ("small", "巴彦淖尔市人民政府"),
        ("small", "首页>动态信息>旗县区动态"),
        ("h", "临河区开展预算项目单位绩效自评“一体化”系统填报"),
        ("small", "• 巴彦淖尔市政府门户网站 www.bynr.gov.cn"),
        ("small", "• 2023-04-25 10:58"),
        ("small", "• 保存  • 打印本页  • 分享到: 微信 qq 微博 空间"),
        ("p", "近日,临河区财政局依照《临河区项目支出绩效评价管理办法》,组织区直预算单位在“预算管理一体化”系统内"
              "开展2023年绩效评价填报,各项目单位按“谁支出、谁自评”的原则,对照预算批复的项目绩效目标逐项开展自我评价。"),
        ("p", "本次单位自评覆盖系统内2022年的全部预算项目支出,既有部门预算项目,也有专项资金项目。"
              "自评以绩效自评表和自评报告两种形式体现:自评表把定量评价与定性评价结合起来比较,总分由各项指标得分汇总;"
              "自评报告主要写明项目总体绩效目标、各项绩效指标完成情况和预算执行情况,"
              "对没有完成或明显偏离绩效目标的项目,要分析说明原因并提出改进措施。"),
        ("p", "截至4月中旬,各单位已上报项目绩效自评1355条;财政已审核通过1098条,审核中236条;"
              "主管部门审核中21条;单位填报232条。此项工作预计于4月底完成。"),
        ("small", "相关文档:"),
        ("small", "附件下载:"),
        ("small", "• 来源:巴彦淖尔日报    编辑:张蕊"),
        ("small", "扫一扫在手机打开当前页"),
        ("small", "巴彦淖尔市人民政府"),
    ],
    "gold": {
        "source_urls": ["https://www.bynr.gov.cn/dtxw/qqdt/202304/t20230425_509225.html"],
        "province": "内蒙古自治区",
        "doc_kind": "绩效自评工作(新闻)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "上报项目绩效自评", "kind": "sum", "total": 1355, "parts": [1098, 236, 21], "unit": "条",
             "note": "1098 (财政审核通过) + 236 (财政审核中) + 21 (主管部门审核中) = 1355; the 232 '单位填报' "
                     "records are read as not yet reported, so the sum holds (judgement call)"},
        ],
        "findings": [],
        "notes": "Prose only; whole stored page including the portal header and footer lines. A case where the "
                 "numbers are consistent (a checker should stay silent). The three body paragraphs are in my own "
                 "words with every number kept (2023年, 2022年, 1355/1098/236/21/232条, 4月中旬, 4月底).",
    },
})

# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------


def set_cjk_font(run, name="Noto Serif CJK SC", size=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if size:
        run.font.size = Pt(size)


def build_docx(doc, path):
    d = Document()
    for kind, text in doc["blocks"]:
        if kind == "h":
            p = d.add_heading(level=1)
            r = p.add_run(text)
            set_cjk_font(r, size=15)
        elif kind == "h2":
            p = d.add_heading(level=2)
            r = p.add_run(text)
            set_cjk_font(r, size=12)
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(text)
            set_cjk_font(r, size=9)
        else:
            p = d.add_paragraph()
            r = p.add_run(text)
            set_cjk_font(r, size=11)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = doc["stem"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    tmp = path + ".tmp"
    d.save(tmp)
    normalize_zip(tmp, path)
    os.remove(tmp)


def normalize_zip(src, dst):
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                text=True, check=True).stdout)
    missing = []
    for r in gold["indicators"]:
        for key in ("name", "target_text"):
            if squash(r[key]) not in txt:
                missing.append((key, r[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the item names what is absent from the document
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    ok = True
    for doc in DOCS:
        src = os.path.join(HERE, doc["stem"] + ".docx")
        build_docx(doc, src)
        pdf = to_pdf(src)
        for fname in (os.path.basename(src), os.path.basename(pdf)):
            g = {"source": fname}
            g.update(copy.deepcopy(doc["gold"]))
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check_pdf(pdf, doc["gold"])
        print(doc["stem"], "rows=%d goals=%d findings=%d facts=%d" % (
            len(doc["gold"]["indicators"]), len(doc["gold"]["goals"]),
            len(doc["gold"]["findings"]), len(doc["gold"]["facts"])),
              "OK" if not miss else "MISSING %r" % miss)
        ok = ok and not miss
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
