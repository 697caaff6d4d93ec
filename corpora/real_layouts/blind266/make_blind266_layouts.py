"""Build the blind266 test documents (north-eastern provinces) and their gold.

The gold below is written before any built file is read.  The script then
builds one DOCX per source document, exports its PDF with LibreOffice,
writes annotations/<file>.json for the DOCX and for the PDF, checks with
pdftotext that every indicator name, target text, goal text and finding
item appears in the PDF, and finally rebuilds everything in a scratch
folder to check that the md5 sums are identical.

Usage: /tmp/wvenv/bin/python make_blind266_layouts.py
"""

import datetime
import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
LO_PROFILE = "file:///tmp/lo_blind266"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# Document 1: 辽宁 — 辽政办发〔2012〕53号 (numbered list of 约束性指标)
# ---------------------------------------------------------------------------
LN_INTRO = (
    "国家发展改革委印发的《东北振兴“十二五”规划》(以下简称《规划》)中有多项任务涉及我省。"
    "为把这些任务落到实处,省政府决定把《规划》确定的主要目标和任务,按各自职责分解到各市和省直各部门。"
    "现将有关事项通知如下:"
)
LN_PARAS = [
    ("center_bold", "辽政办发〔2012〕53号"),
    ("title", "辽宁省人民政府办公厅关于落实\n东北振兴“十二五”规划任务分工的通知"),
    ("plain", "各市人民政府,省政府各厅委、各直属机构:"),
    ("body", LN_INTRO),
    ("body", "一、主要目标和任务分工"),
    ("body", "(一)“十二五”时期主要规划指标。"),
    ("body", "1.约束性指标。"),
    ("body", "⑴九年义务教育巩固率达到97%。"),
    ("body", "责任单位:省教育厅。"),
    ("body", "⑵耕地保有量保持在6120万亩。"),
    ("body", "责任单位:省国土资源厅。"),
    ("body", "⑶森林覆盖率提高到42%,森林蓄积量达到3.2亿立方米。"),
    ("body", "责任单位:省林业厅。"),
    ("body", "⑷单位地区生产总值能耗降低17%(系国家分解指标)。"),
    ("body", "牵头单位:省发展改革委。"),
    ("body", "责任单位:省发展改革委、省经济和信息化委、省统计局、省电力公司等。"),
    ("body", "⑸单位地区生产总值二氧化碳排放降低18%(系国家分解指标)。"),
    ("body", "牵头单位:省发展改革委。"),
    ("body", "责任单位:省发展改革委、省直相关部门。"),
    ("body", "⑹化学需氧量、二氧化硫、氨氮、氮氧化物排放分别减少9.2%、10.7%、11%、13.7%(系国家分解指标)。"),
    ("body", "责任单位:省环保厅。"),
    ("body", "⑺单位工业增加值用水量降低24.8%(系国家分解指标)。"),
    ("body", "牵头单位:省经济和信息化委。"),
    ("body", "责任单位:省经济和信息化委、省水利厅。"),
    ("body", "⑻城镇基本养老保险覆盖人数1708万人。"),
    ("body", "责任单位:省人力资源社会保障厅。"),
    ("body", "⑼城乡三项基本医疗保险参保率95%。"),
    ("body", "牵头单位:省人力资源社会保障厅。"),
    ("body", "责任单位:省人力资源社会保障厅、省卫生厅等。"),
    ("body", "⑽城镇保障性安居工程建设(系国家分解指标)。"),
    ("body", "责任单位:省住房城乡建设厅。"),
    ("body", "耕地保有量、单位地区生"),
]

L1_LN = "“十二五”时期主要规划指标"
L2_LN = "约束性指标"


def row(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


LN_GOLD = {
    "source_urls": [
        ("http://www.ln.gov.cn/web/zwgkx/zfwj/szfbgtwj/zfwj2011_1/"
        "4BE8B17D3ECC493D81774CA8A6CE4F3D/index.shtml")
    ],
    "province": "辽宁省",
    "doc_kind": "省政府办公厅任务分工通知(规划约束性指标清单)",
    "patterns": [6],
    "indicators": [
        row(L1_LN, L2_LN, "九年义务教育巩固率", ">=", 97, "%", "达到97%"),
        row(L1_LN, L2_LN, "耕地保有量", "=", 6120, "万亩", "保持在6120万亩"),
        row(L1_LN, L2_LN, "森林覆盖率", ">=", 42, "%", "提高到42%"),
        row(L1_LN, L2_LN, "森林蓄积量", ">=", 3.2, "亿立方米", "达到3.2亿立方米"),
        row(L1_LN, L2_LN, "单位地区生产总值能耗", ">=", 17, "%",
            "降低17%(系国家分解指标)"),
        row(L1_LN, L2_LN, "单位地区生产总值二氧化碳排放", ">=", 18, "%",
            "降低18%(系国家分解指标)"),
        row(L1_LN, L2_LN, "化学需氧量", ">=", 9.2, "%",
            "分别减少9.2%、10.7%、11%、13.7%(系国家分解指标)"),
        row(L1_LN, L2_LN, "二氧化硫", ">=", 10.7, "%",
            "分别减少9.2%、10.7%、11%、13.7%(系国家分解指标)"),
        row(L1_LN, L2_LN, "氨氮", ">=", 11, "%",
            "分别减少9.2%、10.7%、11%、13.7%(系国家分解指标)"),
        row(L1_LN, L2_LN, "氮氧化物", ">=", 13.7, "%",
            "分别减少9.2%、10.7%、11%、13.7%(系国家分解指标)"),
        row(L1_LN, L2_LN, "单位工业增加值用水量", ">=", 24.8, "%",
            "降低24.8%(系国家分解指标)"),
        row(L1_LN, L2_LN, "城镇基本养老保险覆盖人数", None, 1708, "万人", "1708万人"),
        row(L1_LN, L2_LN, "城乡三项基本医疗保险参保率", None, 95, "%", "95%"),
        row(L1_LN, L2_LN, "城镇保障性安居工程建设", None, None, None, None),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "城镇保障性安居工程建设",
         "why": "约束性指标⑽只写了“系国家分解指标”,没有任何数值、单位或完成标准,无法考核"},
    ],
    "notes": (
        "Stored page (ln.gov.cn, 辽政办发〔2012〕53号) is a notice whose targets are a numbered list "
        "(⑴–⑽), each followed by 牵头单位/责任单位 lines; no table. Reproduced the list exactly and "
        "rewrote only the introductory paragraph in my own words. The stored page stops mid-sentence at "
        "“耕地保有量、单位地区生” (it goes on to 预期性指标 and the task division, which are not visible); the "
        "document ends there. Decisions: reductions (降低17%, 分别减少9.2%…) are read as ‘at least this "
        "much reduction’ (>=) with the reduction in %; “保持在6120万亩” is coded '=' because the text states "
        "an exact level to keep (a reader might also read it as a floor, >=); bare figures (1708万人, 95%) have "
        "no operator word and get null. ⑹ packs four pollutants and four values into one line; one row each, "
        "named by the pollutant as written (the word 排放 follows only the last one). Figures have no "
        "baseline year written (implied 2010 base of the 十二五 plan); not flagged."
    ),
}

# ---------------------------------------------------------------------------
# Document 2: 黑龙江 — 2021年秸稈綜合利用工作實施方案 (news report, traditional script)
# ---------------------------------------------------------------------------
HLJ_GOAL = (
    "按照《方案》,2021年全省秸稈綜合利用率達到91%以上,秸稈還田率達到66%以上。"
    "分地區看,哈爾濱市、綏化市、肇州縣、肇源縣的秸稈綜合利用率要穩定在95%以上,"
    "秸稈還田利用率要穩定在65%以上;北大荒農墾集團的秸稈綜合利用率要穩定在95%以上,"
    "秸稈還田利用率要實現90%以上;其他地區的秸稈綜合利用率要達到90%以上,"
    "秸稈還田利用率要達到60%以上。其中,20個國家秸稈綜合利用重點縣和2個補償制度試點縣的"
    "秸稈綜合利用率達到90%或比上年增加5個百分點以上。"
)
HLJ_PARAS = [
    ("small", "您當前的位置: 黑龍江經濟網 > 經濟要聞 > 龍江新聞"),
    ("title", "今年秸稈綜合利用補貼政策公布"),
    ("small_center", "來源:黑龍江日報   編輯:劉艷玲   2021-10-29 10:43:40"),
    ("body", ("黑龍江日報訊(黑龍江日報全媒體見習記者梁金池)省政府辦公廳日前印發了"
             "《2021年黑龍江省秸稈綜合利用工作實施方案》(下稱《方案》),"
             "對我省2021年秸稈綜合利用要完成的目標任務和配套的扶持政策作出了安排。")),
    ("body", HLJ_GOAL),
    ("body", ("龍江森工集團、伊春森工集團、省監獄管理局、中國融通公司等中直、省直單位所屬農場"
             "按屬地原則管理,承擔與所在地方相同的任務和責任,由地方與其簽訂秸稈綜合利用任務書。")),
    ("body", ("《方案》提出,要堅持“還田利用為主、離田利用為輔、政府引導扶持、農民等主體共擔”的原則,"
             "在秸稈還田、離田等環節進一步加大政策扶持,發放秸稈還田作業補貼、秸稈離田補貼和"
             "農村秸稈替代散煤補貼這三類補貼。")),
    ("body", ("秸稈還田作業補貼共有7種。達到補貼發放標準以後,玉米秸稈翻埋還田作業補貼和"
             "玉米秸稈松耙碎混還田作業補貼按省級每畝補貼40元的標準發放;玉米秸稈聯合整地碎混還田作業補貼、"
             "水稻秸稈翻埋還田作業補貼、水稻秸稈旋耕還田作業補貼、")),
]

G_ALL = "全省"
G_HRB = "哈爾濱市、綏化市、肇州縣、肇源縣"
G_BDH = "北大荒農墾集團"
G_OTH = "其他地區"
G_KEY = "20個國家秸稈綜合利用重點縣和2個補償制度試點縣"

HLJ_GOLD = {
    "source_urls": ["http://m.084376.com/content/2021-10/29/content_569669.html"],
    "province": "黑龙江省",
    "doc_kind": "省级实施方案的新闻报道(目标任务写在正文中)",
    "patterns": [6],
    "indicators": [
        row(None, G_ALL, "秸稈綜合利用率", ">=", 91, "%", "達到91%以上"),
        row(None, G_ALL, "秸稈還田率", ">=", 66, "%", "達到66%以上"),
        row(None, G_HRB, "秸稈綜合利用率", ">=", 95, "%", "穩定在95%以上"),
        row(None, G_HRB, "秸稈還田利用率", ">=", 65, "%", "穩定在65%以上"),
        row(None, G_BDH, "秸稈綜合利用率", ">=", 95, "%", "穩定在95%以上"),
        row(None, G_BDH, "秸稈還田利用率", ">=", 90, "%", "實現90%以上"),
        row(None, G_OTH, "秸稈綜合利用率", ">=", 90, "%", "達到90%以上"),
        row(None, G_OTH, "秸稈還田利用率", ">=", 60, "%", "達到60%以上"),
        row(None, G_KEY, "秸稈綜合利用率", ">=", 90, "%",
            "達到90%或比上年增加5個百分點以上"),
    ],
    "goals": [{"kind": "目標任務", "text": HLJ_GOAL}],
    "facts": [],
    "findings": [],
    "notes": (
        "Stored page is a traditional-script mirror (m.084376.com) of a 黑龍江日報 article on the "
        "《2021年黑龍江省秸稈綜合利用工作實施方案》; the mirror prepends an unrelated spam line, which I left "
        "out; the breadcrumb, title and by-line are kept. Kept the traditional script of the stored text. "
        "All targets stand in running text, one value per sub-unit (全省, 哈爾濱市等四地, 北大荒農墾集團, "
        "其他地區, 20+2 key counties); level2 carries that group as written, level1 is null. The document "
        "writes the same measure two ways (秸稈還田率 for the province, 秸稈還田利用率 for the groups); kept "
        "as written. The key-county target is an either/or (90% or +5 percentage points on last year; "
        "last year's value is not given); coded >= 90. “其中” after the 其他地區 sentence is ambiguous "
        "(of 其他地區 or of the province) and is kept ambiguous. Subsidy rates (每畝補貼40元) are policy "
        "standards, not targets, and are not rows. No finding: every target has a value, unit, operator "
        "and the 2021 horizon. The stored page stops mid-list at “水稻秸稈旋耕還田作業補貼、”; the rest of "
        "the subsidy list and any monitoring rules are not visible."
    ),
}

# ---------------------------------------------------------------------------
# Document 3: 吉林 — 人参产业高质量发展实施意见 (发展目标 in running text)
# ---------------------------------------------------------------------------
JL_GOAL_2025 = (
    "到2025年,人参产业总产值达到800亿元;人参新品种选育、高效种植、精深加工等关键技术实现新突破,"
    "人参种植、加工、仓储流通等方面关键短板基本补齐。林下参与非林地种参协调发展,"
    "园参标准化种植基地占比达75%,林下参标准化种植基地占比达50%,鲜参优质率达到85%以上。"
    "通过推进标准化生产和规模化经营,人参种植大户加入长白山人参种植联盟达80%以上。"
    "按全链条开发的思路,稳住一产、提升二产、加快三产,一产产值占比达7%,二产产值占比达50%,"
    "三产产值占比达43%。"
)
JL_GOAL_2030 = (
    "展望2030年,人参产业要步入高质量发展快车道,总产值力争突破1000亿元,成为全省农业的新兴支柱产业。"
)
JL_PARAS = [
    ("plain", ("各市(州)人民政府,长白山管委会,长春新区、中韩(长春)国际合作示范区管委会,"
              "各县(市)人民政府,省政府各厅委办、各直属机构,驻吉中直有关部门、单位:")),
    ("body", ("人参相关食品资讯人参是吉林省独有的特色优势资源,人参产业已成为我省农业的新兴支柱产业。"
             "为深入贯彻落实习近平总书记视察吉林重要讲话重要指示精神,深入实施乡村振兴战略,"
             "推动我省人参产业加快走上高质量发展道路,经省政府同意,现提出以下实施意见。")),
    ("heading", "一、指导思想"),
    ("body", ("以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的十九大和十九届历次全会精神,"
             "把高质量发展作为目标,沿着政府扶持、企业主体、农民参与、科技驱动、效益优先的路子,"
             "在种植上求规范、生产上求标准、经营上求产业化、运作上求市场化、发展上求品牌化,"
             "做大人参龙头企业和产业联盟,打造人参产业集群,推动产业向高级化、产品向高端化、"
             "品牌向驰名化迈进,努力把人参产业建成千亿级优势产业,为新时代吉林全面振兴全方位振兴"
             "提供有力支撑。")),
    ("heading", "二、发展目标"),
    ("body", JL_GOAL_2025),
    ("body", JL_GOAL_2030),
    ("heading", "三、重点措施"),
    ("body", "(一)实施人参种业振兴工程。"),
    ("body", "1.加强人参种质资源保护"),
]

L1_JL = "发展目标"
JL_GOLD = {
    "source_urls": ["https://foodso.com.cn/news/show-3022.html"],
    "province": "吉林省",
    "doc_kind": "省政府实施意见(产业发展目标写在正文中)",
    "patterns": [],
    "indicators": [
        row(L1_JL, "到2025年", "人参产业总产值", ">=", 800, "亿元", "达到800亿元"),
        row(L1_JL, "到2025年", "人参新品种选育、高效种植、精深加工等关键技术", None, None, None,
            "实现新突破"),
        row(L1_JL, "到2025年", "人参种植、加工、仓储流通等方面关键短板", None, None, None,
            "基本补齐"),
        row(L1_JL, "到2025年", "林下参与非林地种参", None, None, None, "协调发展"),
        row(L1_JL, "到2025年", "园参标准化种植基地占比", ">=", 75, "%", "达75%"),
        row(L1_JL, "到2025年", "林下参标准化种植基地占比", ">=", 50, "%", "达50%"),
        row(L1_JL, "到2025年", "鲜参优质率", ">=", 85, "%", "达到85%以上"),
        row(L1_JL, "到2025年", "人参种植大户加入长白山人参种植联盟", ">=", 80, "%", "达80%以上"),
        row(L1_JL, "到2025年", "一产产值占比", ">=", 7, "%", "达7%"),
        row(L1_JL, "到2025年", "二产产值占比", ">=", 50, "%", "达50%"),
        row(L1_JL, "到2025年", "三产产值占比", ">=", 43, "%", "达43%"),
        row(L1_JL, "到2030年", "总产值", ">", 1000, "亿元", "力争突破1000亿元"),
    ],
    "goals": [
        {"kind": "发展目标", "text": JL_GOAL_2025},
        {"kind": "发展目标", "text": JL_GOAL_2030},
    ],
    "facts": [
        {"metric": "一二三产业产值占比", "kind": "sum", "total": 100, "parts": [7, 50, 43],
         "unit": "%"},
    ],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "人参新品种选育、高效种植、精深加工等关键技术",
         "why": "“实现新突破”没有数量或分级标准,无法判断是否达成"},
        {"rule": "target.qualitative_no_scale", "item": "人参种植、加工、仓储流通等方面关键短板",
         "why": "“基本补齐”没有说明补齐哪些短板、以什么标准衡量"},
        {"rule": "target.qualitative_no_scale", "item": "林下参与非林地种参",
         "why": "“协调发展”是定性表述,没有可衡量的比例或面积"},
    ],
    "notes": (
        "Stored page (foodso.com.cn) reproduces a 吉林省人民政府 implementing opinion on the 人参 industry; "
        "it starts with the addressee line (no title or document number visible) and the site has injected "
        "the link text “人参相关食品资讯” directly before “人参是吉林省…”; that defect is kept. All targets "
        "stand in running text (二、发展目标). I rewrote the sentences in my own words, keeping every figure; "
        "in doing so the two ‘分别达75%和50%’ / ‘分别达7%、50%、43%’ packings were spelled out one target per "
        "clause so each name is written in full. “达/达到…以上” coded >=; “力争突破1000亿元” coded > "
        "(‘突破’ = exceed). The three shares (7+50+43) add up to 100 %: recorded as a sum fact with the total "
        "implied, not stated. The stored page stops at “1.加强人参种质资源保护” (start of the measures); "
        "nothing after it is reproduced."
    ),
}

# ---------------------------------------------------------------------------
# Document 4: 吉林 — 农机深松整地项目实施方案 (news report, traditional script)
# ---------------------------------------------------------------------------
SS_GOAL = "2021年度全省農機深松整地項目績效目標為1500萬畝。"
SS_PARAS = [
    ("title", "農機深松整地最高補貼每畝25元,吉林省下發2021年中央財政農業生產發展項目實施方案"),
    ("small_center", "2021-06-29 15:58:17 來源:農機網整理發布 閱讀量:22825 評論"),
    ("body", ("【農機網 地方農機】 吉林省農業農村廳和吉林省財政廳近日聯合印發《關於下發2021年中央財政"
             "農業生產發展項目實施方案(指南)的通知》,對全省2021年中央財政農業生產發展項目的實施工作"
             "作出部署。")),
    ("body", "隨通知一併下發的《2021年中央財政農業生產發展資金(農機深松整地)項目實施方案(指南)》提出,"
             "依據《農業農村部財政部關於做好2021年農業生產發展等項目實施工作的通知》的要求," + SS_GOAL
             + "項目任務主要放在中西部糧食主產區以及部分山區半山區的適宜區域,具體由20個縣(市、區)承擔。"),
    ("body", "文件明確了技術要求:2021年全省農機深松整地項目分春季、苗期和秋季三個時段實施。"),
    ("body", "(1)春季和苗期深松整地作業深度≥25厘米的,計入任務完成面積,但不發放作業補助。"),
    ("body", ("(2)秋季深松整地作業深度≥30厘米的,發放作業補助;25厘米≤作業深度≤30厘米的,"
             "計入任務完成面積,不發放作業補助。")),
    ("body", ("(3)正常作業時因機具入土出土、避讓障礙物等造成的深度不足面積,按作業面積合格認定"
             "(深松深度合格率須≥90%)。")),
    ("body", ("作業機具應是已通過相關部門推廣鑒定的產品,相鄰兩個深松工作部件的間距要配置合理,"
             "符合當地農藝要求。鼓勵深松機具加裝碎土、彌平部件,逐步淘汰無翼鏟的純鑿式深松機,以提高農機深松")),
]

SS_GOLD = {
    "source_urls": ["http://m.azho.cn/news/detail/78829.html"],
    "province": "吉林省",
    "doc_kind": "项目实施方案(指南)的新闻报道(绩效目标与技术标准写在正文中)",
    "patterns": [6],
    "indicators": [
        row(None, None, "農機深松整地項目績效目標", "=", 1500, "萬畝", "為1500萬畝"),
        row(None, None, "春季和苗期深松整地作業深度", ">=", 25, "厘米", "≥25厘米"),
        row(None, None, "秋季深松整地作業深度", ">=", 30, "厘米", "≥30厘米"),
        row(None, None, "深松深度合格率", ">=", 90, "%", "須≥90%"),
        row(None, None, "農機深松整地最高補貼", "<=", 25, "元/畝", "每畝25元"),
    ],
    "goals": [{"kind": "績效目標", "text": SS_GOAL}],
    "facts": [],
    "findings": [],
    "notes": (
        "Stored page is a traditional-script mirror (m.azho.cn) of a 農機網 news item on 吉林's 2021 "
        "農機深松整地 implementation guide; the mirror prepends a line of adult spam, left out. Title, date "
        "line and the numbered technical rules (1)–(3) are kept; narrative sentences rewritten in my own "
        "words with all figures and operators (≥25厘米, ≥30厘米, 25厘米≤作業深度≤30厘米, 須≥90%) as written. "
        "The area target is written ‘績效目標為1500萬畝’ (coded '='); the subsidy cap appears only in the "
        "headline ‘最高補貼每畝25元’ (coded <=, unit normalised to 元/畝; the text writes 每畝…元). The band "
        "‘25厘米≤作業深度≤30厘米’ is a counting rule, not a target, and is not a row; note that it overlaps "
        "the ≥30厘米 subsidy rule at exactly 30 cm (a boundary defect of the source; no rule id fits, so no "
        "finding). ‘具體由20個縣(市、區)承擔’ is an allocation fact, not a target. The stored page stops "
        "mid-sentence at ‘以提高農機深松’; the subsidy and supervision sections are not visible, so the "
        "lack of 效益/满意度 targets is not flagged."
    ),
}

DOCS = [
    ("blind266_ln_shierwu_renwu_fengong.docx", LN_PARAS, LN_GOLD, "Noto Serif CJK SC"),
    ("blind266_hlj_jiegan_2021_fangan.docx", HLJ_PARAS, HLJ_GOLD, "Noto Serif CJK TC"),
    ("blind266_jl_renshen_shishi_yijian.docx", JL_PARAS, JL_GOLD, "Noto Serif CJK SC"),
    ("blind266_jl_shensong_2021_fangan.docx", SS_PARAS, SS_GOLD, "Noto Serif CJK TC"),
]


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------
def set_font(run, font_name, size):
    run.font.name = font_name
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font_name)
    rfonts.set(qn("w:ascii"), font_name)
    rfonts.set(qn("w:hAnsi"), font_name)


def build_docx(path, paras, font_name):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = font_name
    normal.element.get_or_add_rPr()
    for kind, text in paras:
        p = doc.add_paragraph()
        size, bold = 12, False
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            size, bold = 16, True
        elif kind == "center_bold":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            bold = True
        elif kind == "small":
            size = 9
        elif kind == "small_center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            size = 9
        elif kind == "heading":
            bold = True
        elif kind == "body":
            p.paragraph_format.first_line_indent = Pt(24)
        lines = text.split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)
            set_font(run, font_name, size)
            run.bold = bold
            if i < len(lines) - 1:
                run.add_break()
    cp = doc.core_properties
    cp.author = "blind266"
    cp.last_modified_by = "blind266"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    doc.save(path)
    normalise_zip(path)


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        entries = {name: zin.read(name) for name in zin.namelist()}
    tmp = Path(str(path) + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, entries[name])
    tmp.replace(path)


def export_pdf(src, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = Path(outdir) / (Path(src).stem + ".pdf")
    normalise_pdf(pdf)
    return pdf


def _fixed_date(match):
    text = match.group(0)
    fixed = b"(D:20240101000000Z"
    pad = len(text) - len(fixed) - 1
    if pad < 0:
        return text
    return fixed + b" " * pad + b")"


def normalise_pdf(pdf):
    """Fix the creation dates and document ids; keep every length so xref offsets stay valid."""
    data = pdf.read_bytes()
    data = re.sub(rb"\(D:\d{14}[^)]*\)", _fixed_date, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    pdf.write_bytes(data)


def build_all(outdir):
    outdir = Path(outdir)
    (outdir / "annotations").mkdir(parents=True, exist_ok=True)
    built = []
    for name, paras, gold, font in DOCS:
        docx_path = outdir / name
        build_docx(docx_path, paras, font)
        pdf_path = export_pdf(docx_path, outdir)
        for f in (docx_path, pdf_path):
            ann = {"source": f.name}
            ann.update(gold)
            (outdir / "annotations" / (f.name + ".json")).write_text(
                json.dumps(ann, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        built.append((docx_path, pdf_path, gold))
    return built


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf_path, gold):
    text = squash(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_path), "-"],
                                 check=True, capture_output=True, text=True).stdout)
    wanted = []
    for ind in gold["indicators"]:
        wanted.append(("name", ind["name"]))
        if ind["target_text"]:
            wanted.append(("target_text", ind["target_text"]))
    for goal in gold["goals"]:
        wanted.append(("goal", goal["text"]))
    for fnd in gold["findings"]:
        wanted.append(("finding", fnd["item"]))
    missing = [(k, v) for k, v in wanted if squash(v) not in text]
    return missing


def md5s(folder):
    folder = Path(folder)
    out = {}
    for f in sorted(folder.glob("*.docx")) + sorted(folder.glob("*.pdf")) + \
            sorted((folder / "annotations").glob("*.json")):
        out[f.relative_to(folder).as_posix()] = hashlib.md5(f.read_bytes()).hexdigest()
    return out


def main():
    built = build_all(HERE)
    ok = True
    for docx_path, pdf_path, gold in built:
        missing = check_pdf(pdf_path, gold)
        n = len(gold["indicators"])
        print(f"{docx_path.name}: {n} indicators, {len(gold['goals'])} goals, "
              f"{len(gold['facts'])} facts, {len(gold['findings'])} findings; "
              f"missing in PDF: {missing if missing else 'none'}")
        if missing:
            ok = False
    first = md5s(HERE)
    scratch = HERE / "_second_run"
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        build_all(scratch)
        second = md5s(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    same = first == second
    print("determinism (two runs, identical md5):", same)
    if not same:
        for key in sorted(set(first) | set(second)):
            if first.get(key) != second.get(key):
                print("  differs:", key)
        ok = False
    for key, value in first.items():
        print(value, key)
    shutil.rmtree(HERE / "__pycache__", ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
