"""Build the blind248 corpus part: water / river-lake / eco-environment documents.

The gold (GOLD below) is written first; the builders only read from it or from
the layout tables next to it.  Run:  /tmp/wvenv/bin/python make_blind248_layouts.py
Outputs: the DOCX/XLSX files, their PDFs (LibreOffice), annotations/<file>.json,
and a pdftotext check that every gold string appears in the PDF.
"""

import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind248"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"
ZIP_TS = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# Layout tables (facts copied from the stored pages; pinyin ruby artefacts of
# the ezsto mirror removed, see notes)
# ---------------------------------------------------------------------------

XIANYANG_TITLE = "咸陽市河長制工作考核評分細則"
XIANYANG_HEAD = ["考核項目", "考核要求", "分值", "評分細則"]
XIANYANG_GROUP = "基礎工作(50分)"
XIANYANG_ROWS = [
    ("實施方案按時出臺;黨政主要領導擔任總河長,縣級領導擔任河長主要河流河長;實現河長制辦公室機構、人員、經費三落實。", 5, "每缺一項扣0.5分。"),
    ("實現本行政區域河長全覆蓋,實現縣級、鎮街級河道河長全覆蓋,管護責任體系明確、完整,更新及時。", 2, "未實現河長全覆蓋,缺一條扣0.5分;未及時更新,發現一條扣0.5分。"),
    ("縣、鎮級河長公示牌設立規范,干凈整潔,聯系方式有效。", 3, "河長公示牌設立不規范,每個扣0.5分;不干凈整潔,每個扣0.5分;聯系方式不通的每處扣0.5分。"),
    ("黑臭河、垃圾河都應制定規范、完整的“一河一策”治理方案和年度計劃。", 6, "未制定“一河一策”的,少1條扣1分,最高扣4分;未制定年度計劃的,每少1條扣1分,最高扣4分。"),
    ("河湖庫渠治理工程按期完成計劃任務,質量高,效果明顯。", 10, "工程未達到進度要求的扣2分;質量有缺陷的每處扣1分。"),
    ("完善臺賬,包括組織領導、日常管理、一河一檔、工作計劃及工作成效、報表、季度工作情況、制度落實、會議紀要、文件和信息報道、“河長”工作日志記錄情況。", 8, "臺賬不全、不規范的,視臺賬規范情況酌情扣分。"),
    ("各縣每周向市河長制辦公室報送一次河長制工作的動態,重要活動即時報送。", 6, "每周工作信息"),
]

HHZ_TITLE = "2019年河湖长制工作考核项目(综合)"
HHZ_HEAD = ["序号", "考核项目", "各项分值", "负责考核单位"]
SEC1 = ("一", "河湖长制基础工作", 16)
SEC2 = ("二", "鄱阳湖生态环境专项整治及清河行动专项整治", 70)
HHZ_ITEMS_1 = [
    (1, "完善组织体系", 1, "市河长办"),
    (2, "强化督察督办", 3, "市河长办"),
    (3, "贯彻落实有关法规", 2, "市河长办"),
    (4, "全面推行自然资源资产离任审计", 2, "市审计局"),
    (5, "完善基础工作", 1, "市河长办"),
    (6, "强化宣传教育", 4, "市委宣传部、市教体局、团市委、市河长办"),
    (7, "鄱阳湖生态环境专项整治日常工作", 3, "市河长办"),
]
HHZ_ITEMS_2A = [
    (8, "持续推进城乡生活污水治理", 4, "市综合行政执法局、市住建局"),
    (9, "持续推进城乡垃圾治理", 4, "市综合行政执法局"),
    (10, "开展工业污染集中整治", 4, "市生态环境局、市工信局"),
    (11, "强化重点企业排污监管", 4, "市生态环境局"),
    (12, "深入推进化工污染整治", 4, "市生态环境局"),
    (13, "持续推进畜禽养殖污染治理", 4, "市生态环境局"),
    (14, "持续推进农药化肥零增长行动", 4, "市农业农村局"),
]
HHZ_ITEMS_2B = [
    (15, "持续推进船舶港口污染防治", 4, "市交通运输局"),
    (16, "持续加强非法码头整治", 4, "市发改委、市交通运输局、市水利局"),
    (17, "持续开展非法采砂整治", 4, "市水利局"),
    (18, "持续开展侵占河湖水域及岸线整治", 4, "市水利局"),
    (19, "继续推进劣V类水和V类水治理", 4, "市河长办、市生态环境局"),
    (20, "持续开展入河湖排污口整治", 4, "市生态环境局"),
    (21, "持续开展保护渔业资源专项整治", 4, "市农业农村局"),
    (22, "持续推进保护饮用水水源地整治", 2, "市生态环境局"),
    (23, "持续推进城市黑臭水体治理", 4, "市综合行政执法局"),
    (24, "持续推进破坏湿地和野生动物资源整治", 4, "市林业局"),
    (25, "持续加大河湖水域治安整", 4, "市公安局"),
]
# section 三: weight and departments visible, names cut off on the stored page
HHZ_SEC3_TOTAL = 14
HHZ_SEC3_ROWS = [(4, "市水利局、市自然资源局"), (2, "市水利局"), (2, "市水利局"), (4, "市水利局"), (2, "市水利局")]

HBMB_HEAD_TOP = ["序号", "考核项目", "考核目标", "", "", "分值", "计分办法", "备注"]
HBMB_YEARS = ["2005年", "2006年", "2007年"]
HBMB_ROWS = [
    ("1", "城区空气质量优良天数", "340天", 7, "每低于目标值1天,扣0.2分", "最高分为7分,低于目标值35天为0分"),
    ("2", "与下游城市地表水交接断面水质达标率", "100%", 7, "得分=70×实际达标率-63粪大肠菌群不计入考核", "最高分为7分,低于90%为0分"),
    ("3", "环保政策措施制定落实情况", "1、开征城市污水处理费;2、开征生活垃圾处理费;3、出台医疗废物集中处理收费政策;4、依法征收排污费", 6, "每项措施各1.5分,完成计满分,没有完成计0分", ""),
]

# Running-text documents: paragraphs (style, text). Longer sentences are
# written in our own words; names, figures, dates and numbers are kept.
JILIN_GOALS = [
    "到2020年,全省水環境質量整體有所改善,用水效率明顯提高,生態流量基本得到保障,嚴重汙染水體大幅減少,飲用水安全保障水平進一步提升,全省水生態環境轉好。",
    "到2030年,力爭全省水環境質量明顯改善,水生態系統功能初步恢復。",
    "到本世紀中葉,全省水生態環境質量全面改善,水生態系統步入良性循環。",
]
JILIN_PARAS = [
    ("plain", "吉政辦發〔2015〕72號"),
    ("plain", "為貫徹國務院《水汙染防治行動計劃》,加快改善全省水環境質量,守護水生態系統健康,保障群眾用水安全,推動經濟社會綠色發展,特制定本工作方案。"),
    ("head", "一、總體要求"),
    ("plain", "以黨的十八大和十八屆二中、三中、四中、五中全會精神為指導,落實《中華人民共和國環境保護法》,推進生態文明建設。工作以保障群眾身體健康為出發點、以改善水環境質量為核心,遵循「節水優先、空間均衡、系統治理、兩手發力」原則,堅持預防為主、標本兼治,分流域、分區域、分階段統籌治理,把水汙染防治、水資源管理與水生態保護協同起來,逐步形成政府統領、企業施治、市場驅動、公眾參與的治理機制,兼顧環境、經濟與社會效益,為建設「美麗吉林」提供保障。"),
    ("head", "二、主要目標"),
    ("plain", "(一)工作目標。" + "".join(JILIN_GOALS)),
    ("plain", "(二)具體指標。"),
    ("plain", "到2020年,松花江、遼河流域水質優良(達到或優於Ⅲ類)比例分別達到69.4%和50%以上,松花江流域水質消滅劣Ⅴ類,遼河流域喪失使用功能的水體(劣於Ⅴ類)斷面比例控制在8.33%。完成國家規定的城市建成區黑臭水體治理目標,地級及以上城市集中式飲用水水源水質全部達到或優於Ⅲ類,地下水質量考核點位水質級別保持穩定。"),
    ("plain", "到2030年,全省主要流域水質優良比例達到75%以上。"),
]

XIANGSHAN_GOALS = [
    "保障防汛指挥体系高速运转;确保防汛物料储备充足;避免洪涝旱灾可能造成的人员死亡。",
    "项目绩效目标为保障防汛指挥系统高效运转、防汛物料充足、各类防汛险情得到及时处置,避免或减少洪涝旱灾可能造成的人员死亡和财产损失",
]
XIANGSHAN_PARAS = [
    ("title", "防汛抗旱项目支出绩效评价报告"),
    ("plain", "为满足本区防汛抗旱工作需要,区财政局依据相区发【2019】2号机构改革实施意见和2021年防汛抗旱预算,向区应急局下达2021年防汛抗旱经费65万元,资金主要投向区级防汛抗旱指挥系统建设、防汛物料储备、应急除险加固和防汛抗旱日常工作。项目由区应急局负责实施。"),
    ("plain", XIANGSHAN_GOALS[0]),
    ("plain", "本次评价旨在掌握区应急局2021年防汛抗旱经费的使用和效益情况,为提升财政预算绩效管理水平、安排下一年度预算提供依据。"),
    ("plain", "评价遵循科学规范、公开公正、分级分类、绩效相关的原则,综合运用比较法、因素法、成本法、公众评判法等方法。"),
    ("plain", "1、前期准备。下发通知并由单位自评;财政部门委托第三方中介机构独立评价,组建绩效评价小组,拟定评价方案。2、组织实施。收集整理资料,细化项目绩效目标,设计评价指标体系,查阅财务会计资料,并通过座谈了解项目实施情况。3.分析评价.分析项目管理与资金效益,据此作出综合评价并提出建议。"),
    ("plain", "从评价情况看,该项目对保障安全度汛、避免或减少洪涝旱灾可能带来的人员死亡和财产损失具有重要作用。评价小组按照评价指标体系进行量化考核,项目评价得分为100分(具体情况见附件) 。"),
    ("plain", "1.绩效目标分析。" + XIANGSHAN_GOALS[1] + ",目标明确;开展防汛队伍培训演练,修订防汛抗旱预案和方案,保障防汛值班通讯设备、应急车辆正常运转,提升防汛指挥系统设备和管理水平,目标较为细化,但未对抗旱工作作出安排;按照定额要求增加防汛物资储备。"),
]

def _ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
         actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


def _xianyang_indicators():
    return [_ind(XIANYANG_GROUP, None, req, target_text=req, weight=w) for req, w, _ in XIANYANG_ROWS]


def _hhz_indicators():
    out = []
    for _, name, w, _d in HHZ_ITEMS_1:
        out.append(_ind(SEC1[1], None, name, weight=w))
    for _, name, w, _d in HHZ_ITEMS_2A + HHZ_ITEMS_2B:
        out.append(_ind(SEC2[1], None, name, weight=w))
    return out


# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

X = XIANYANG_ROWS
HHZ_ALL = HHZ_ITEMS_1 + HHZ_ITEMS_2A + HHZ_ITEMS_2B
JG = JILIN_GOALS
XG = XIANGSHAN_GOALS

GOLD = {
    "blind248_xianyang_hezhang_kaohe.xlsx": {
        "source_urls": ["http://ezsto.com/p-35136751.html"],
        "province": "陕西省",
        "doc_kind": "河长制工作考核评分细则表(考核要求/分值/评分细则)",
        "patterns": [1, 5],
        "indicators": _xianyang_indicators(),
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.time_no_deadline", "item": X[0][0], "why": "“按時出臺”没有给出出台期限或日期"},
            {"rule": "target.input_or_process", "item": X[0][0], "why": "考核机构、人员、经费“三落實”,是投入与组织保障而非产出或效果"},
            {"rule": "target.input_or_process", "item": X[3][0], "why": "考核的是制定方案和年度计划这一过程,不是治理结果"},
            {"rule": "target.qualitative_no_scale", "item": X[4][0], "why": "“質量高,效果明顯”没有分级标准或数值,评分细则也只对进度和缺陷扣分"},
            {"rule": "target.time_no_deadline", "item": X[4][0], "why": "“按期完成計劃任務”未写明期限或按期完成率"},
            {"rule": "target.input_or_process", "item": X[5][0], "why": "台账完善是内部管理过程,不是河湖治理产出"},
            {"rule": "target.qualitative_no_scale", "item": X[5][0], "why": "评分细则为“酌情扣分”,没有可衡量的扣分标准"},
            {"rule": "target.input_or_process", "item": X[6][0], "why": "每周报送工作动态是过程性工作,不是结果"},
        ],
        "notes": (
            "Stored page is a traditional-character mirror (ezsto) of a 3-page DOC; its text carries pinyin ruby "
            "artefacts such as 區(qū)、鎮(zhèn)、規(guī)范 and a stray '?' after the title: removed as mirror artefacts, "
            "the mixed forms the page shows (規范, 干凈, 聯系, 每周) are kept. The 考核項目 cell 基礎工作(50分) is merged down "
            "the block. The page stops inside row 7's 評分細則 ('每周工作信息'), so only 40 of the 50 points of 基礎工作 are "
            "visible: not flagged as consistency.sum because the rest is cut off. Row 4 allows up to 4+4=8 points of "
            "deductions on a 6-point item (no rule id for that; noted only). The 考核要求 cell is both the indicator name "
            "and its target text; no row states an operator or numeric target, so operator/value/unit are null."
        ),
    },
    "blind248_jiangxi_hehuzhang_kaohe2019.xlsx": {
        "source_urls": ["https://www.howto1234.com/wenku/rrbgs/WgG43DpEe8"],
        "province": "江西省",
        "doc_kind": "河湖长制年度工作考核项目及分值表(市级,含负责考核单位)",
        "patterns": [2, 5],
        "indicators": _hhz_indicators(),
        "goals": [],
        "facts": [
            {"metric": "总分", "kind": "sum", "total": 100, "parts": [SEC1[2], SEC2[2], HHZ_SEC3_TOTAL], "unit": "分"},
            {"metric": SEC1[1], "kind": "sum", "total": SEC1[2], "parts": [w for _, _, w, _ in HHZ_ITEMS_1], "unit": "分"},
            {"metric": SEC2[1], "kind": "sum", "total": SEC2[2], "parts": [w for _, _, w, _ in HHZ_ITEMS_2A + HHZ_ITEMS_2B], "unit": "分"},
            {"metric": "三(名称未显示)", "kind": "sum", "total": HHZ_SEC3_TOTAL, "parts": [w for w, _ in HHZ_SEC3_ROWS], "unit": "分"},
        ],
        "findings": (
            [{"rule": "target.missing_value", "item": name, "why": "考核项目只有分值,没有目标值或完成标准"} for _, name, _, _ in HHZ_ALL]
            + [{"rule": "target.input_or_process", "item": name, "why": "组织、督办、法规落实、审计、宣传等属于管理过程,不是治理产出或效果"}
               for _, name, _, _ in HHZ_ITEMS_1[:6]]
        ),
        "notes": (
            "Stored page (howto1234 mirror of a PDF) flattens a 4-column table: 序号/考核项目/各项分值/负责考核单位. "
            "Rows were re-aligned by counting: section 一 = 1+3+2+2+1+4+3 = 16 only if item 7 (鄱阳湖生态环境专项整治日常工作, 3) "
            "belongs to 一, which also matches its department 市河长办; section 二 = 70 = items 8-25; 总分 100 = 16+70+14. "
            "The page footer '— 1 —' and the repeated header on page 2 are kept (pattern 2). The page stops inside item 25 "
            "('持续加大河湖水域治安整', kept truncated) and shows for section 三 only its weight 14, the five item weights "
            "4/2/2/4/2 and their departments, not the names: those rows are reproduced with empty names and are not gold "
            "indicators (no target.missing_name finding, the names are cut off by the page). City not named on the page "
            "(市河长办, 鄱阳湖 → 江西). Nearly every item is worded as an activity (持续推进…/强化…), so "
            "target.vague_wording would also apply; we record one target.missing_value per row instead of doubling."
        ),
    },
    "blind248_huanbao_mubiao_kaohe.xlsx": {
        "source_urls": ["http://www.fymate.net/html/text/lar/168412/16841231_4.html"],
        "province": None,
        "doc_kind": "环境保护目标责任考核表(2005-2007年考核目标、分值、计分办法)",
        "patterns": [5, 6],
        "indicators": [
            _ind(None, None, HBMB_ROWS[0][1], None, 340, "天", "340天", weight=7),
            _ind(None, None, HBMB_ROWS[1][1], "=", 100, "%", "100%", weight=7),
            _ind(None, None, HBMB_ROWS[2][1], None, None, None, HBMB_ROWS[2][2], weight=6),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.input_or_process", "item": HBMB_ROWS[2][1], "why": "开征收费、出台政策属于政策措施与管理过程,不是环境质量结果"},
        ],
        "notes": (
            "Stored page is page 4 of a law-database mirror (fymate) that shows only an ASCII-box table, no title, no "
            "issuing body: province unknown (null). Header: 考核目标 spans three year columns 2005年/2006年/2007年, and each "
            "row's target sits in one cell merged across the three years (reproduced as merged cells). The page stops at "
            "row 4 ('特大环境污染事故和…'); we stop after row 3. Row 2's 计分办法 runs a formula into a note with no "
            "punctuation ('…-63粪大肠菌群不计入考核'): kept. Row 1 gives '340天' with a shortfall deduction (0.2分/天, 35天 → 0) "
            "but writes no operator, so operator is null; row 2's 100% is an exact target ('='). Scoring is consistent: "
            "35×0.2=7, 70×100%-63=7, 70×90%-63=0, 4×1.5=6."
        ),
    },
    "blind248_jilin_shuiwuran_fangan.docx": {
        "source_urls": ["https://ppfocus.com/0/cua75a4ad.html"],
        "province": "吉林省",
        "doc_kind": "省水污染防治工作方案(目标在正文)",
        "patterns": [],
        "indicators": [
            _ind(None, None, "松花江、遼河流域水質優良(達到或優於Ⅲ類)比例", ">=", 69.4, "%", "分別達到69.4%和50%以上"),
            _ind(None, None, "松花江、遼河流域水質優良(達到或優於Ⅲ類)比例", ">=", 50, "%", "分別達到69.4%和50%以上"),
            _ind(None, None, "松花江流域水質", None, None, None, "消滅劣Ⅴ類"),
            _ind(None, None, "遼河流域喪失使用功能的水體(劣於Ⅴ類)斷面比例", "<=", 8.33, "%", "控制在8.33%"),
            _ind(None, None, "城市建成區黑臭水體治理目標", None, None, None, "完成國家規定的城市建成區黑臭水體治理目標"),
            _ind(None, None, "地級及以上城市集中式飲用水水源水質", None, None, None, "全部達到或優於Ⅲ類"),
            _ind(None, None, "地下水質量考核點位水質級別", None, None, None, "保持穩定"),
            _ind(None, None, "全省主要流域水質優良比例", ">=", 75, "%", "達到75%以上"),
        ],
        "goals": [{"kind": "工作目標", "text": t} for t in JG],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": JG[0][:20], "why": "2020年工作目標只有“改善、明顯提高、大幅減少”等定性表述,數值僅部分見於具體指標"},
            {"rule": "goal.unquantified", "item": JG[1][:20], "why": "2030年目標只寫“明顯改善、初步恢復”,無數值"},
            {"rule": "goal.unquantified", "item": JG[2][:20], "why": "本世紀中葉目標完全定性,無時點以外的可衡量內容"},
            {"rule": "target.missing_value", "item": "城市建成區黑臭水體治理目標", "why": "只引用“國家規定”的目標,沒有寫出比例或數量"},
            {"rule": "target.qualitative_no_scale", "item": "地下水質量考核點位水質級別", "why": "“保持穩定”沒有基準年級別或判定標準"},
        ],
        "notes": (
            "Stored page is a traditional-character mirror (ppfocus) of 吉政辦發〔2015〕72號; it starts with the document "
            "number (no title visible), uses 「」 quotes and the variant 汙. Kept in traditional script; the 總體要求 and the "
            "three 工作目標 sentences are reworded, the 具體指標 sentences keep their wording and figures. The page stops "
            "inside the 2030 indicators ('重汙染支流水質全部消滅劣Ⅴ…'); we stop after '全省主要流域水質優良比例達到75%以上'. "
            "'分別達到69.4%和50%以上' gives two targets for one shared name (first row 松花江 69.4, second 遼河 50). "
            "'消滅劣Ⅴ類' and '全部達到或優於Ⅲ類' state no figure, so value is null (a reader may normalise them to 0 / 100%). "
            "'控制在8.33%' is read as <=. The 2020 targets have the year as deadline."
        ),
    },
    "blind248_xiangshan_fangxun_pingjia.docx": {
        "source_urls": ["https://www.hbxs.gov.cn/zwgk/public/149/62708151.html"],
        "province": "安徽省",
        "doc_kind": "区级防汛抗旱项目支出绩效评价报告(正文,评分表在附件)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "项目目标", "text": XG[0]},
            {"kind": "绩效目标", "text": XG[1]},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": XG[0][:20], "why": "目标只有“高速运转、充足”等定性表述,没有数量或标准"},
            {"rule": "goal.unquantified", "item": XG[1][:20], "why": "绩效目标没有物资储备量、处置时限等任何数值"},
        ],
        "notes": (
            "Stored page (相山区, 淮北市) is the body of an evaluation report without visible section headings; the "
            "indicator system and scores are in an annex ('具体情况见附件') that the page does not show, so there are no "
            "indicator rows and no score-table checks. Sentences are reworded; facts kept: 相区发【2019】2号, 2021, 65万元, "
            "区应急局, 100分, the mixed numbering '1、 2、 3.' and '1.绩效目标分析'. The page stops mid-sentence in the goal "
            "analysis ('按照水利工程定额标准…'); we end that paragraph at the preceding clause. The evaluators note the "
            "goals make no arrangement for drought work yet the project scores 100: worth a reviewer's question, but no "
            "rule id fits and no grade is stated, so it is not a finding."
        ),
    },
}


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_C = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _cell(ws, row, col, value, bold=False, center=False):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP_C if center else WRAP
    c.border = BORDER
    c.font = Font(name="Noto Sans CJK SC", size=10, bold=bold)
    return c


def _text_units(text):
    """Approximate display width in Excel character units (CJK counts double)."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in str(text))


def _fit_rows(ws, first_row):
    """Set explicit row heights so wrapped cells show fully (LibreOffice keeps stored heights)."""
    widths = {}
    for rng in ws.merged_cells.ranges:
        if rng.min_row == rng.max_row:
            cols = range(rng.min_col, rng.max_col + 1)
            total = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in cols)
            widths[(rng.min_row, rng.min_col)] = total
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for c in row:
            if c.value is None or isinstance(c, MergedCell):
                continue
            width = widths.get((c.row, c.column), ws.column_dimensions[get_column_letter(c.column)].width or 8.43)
            need = -(-_text_units(c.value) // max(int(width) - 2, 1))
            lines = max(lines, need)
        ws.row_dimensions[row[0].row].height = 15 * lines + 3


def _page_setup(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _new_wb(title):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "blind248"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb, ws


def build_xianyang(path):
    wb, ws = _new_wb("評分細則")
    ws.merge_cells("A1:D1")
    t = ws.cell(row=1, column=1, value=XIANYANG_TITLE)
    t.font = Font(name="Noto Sans CJK SC", size=14, bold=True)
    t.alignment = Alignment(horizontal="center")
    for i, h in enumerate(XIANYANG_HEAD, start=1):
        _cell(ws, 2, i, h, bold=True, center=True)
    first = 3
    for k, (req, w, rule) in enumerate(XIANYANG_ROWS):
        r = first + k
        _cell(ws, r, 1, XIANYANG_GROUP if k == 0 else None, center=True)
        _cell(ws, r, 2, req)
        _cell(ws, r, 3, w, center=True)
        _cell(ws, r, 4, rule)
    ws.merge_cells(start_row=first, start_column=1, end_row=first + len(XIANYANG_ROWS) - 1, end_column=1)
    for col, width in zip("ABCD", (12, 60, 8, 50)):
        ws.column_dimensions[col].width = width
    _fit_rows(ws, 2)
    _page_setup(ws)
    wb.save(path)


def build_hhz(path):
    wb, ws = _new_wb("考核项目")
    ws.merge_cells("A1:D1")
    t = ws.cell(row=1, column=1, value=HHZ_TITLE)
    t.font = Font(name="Noto Sans CJK SC", size=14, bold=True)
    t.alignment = Alignment(horizontal="center")
    r = 2

    def header(row):
        for i, h in enumerate(HHZ_HEAD, start=1):
            _cell(ws, row, i, h, bold=True, center=True)

    def item(row, no, name, w, dept):
        _cell(ws, row, 1, no, center=True)
        _cell(ws, row, 2, name)
        _cell(ws, row, 3, w, center=True)
        _cell(ws, row, 4, dept)

    header(r)
    r += 1
    item(r, None, "总分", 100, None)
    r += 1
    item(r, SEC1[0], SEC1[1], SEC1[2], None)
    for no, name, w, dept in HHZ_ITEMS_1:
        r += 1
        item(r, no, name, w, dept)
    r += 1
    item(r, SEC2[0], SEC2[1], SEC2[2], None)
    for no, name, w, dept in HHZ_ITEMS_2A:
        r += 1
        item(r, no, name, w, dept)
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    pn = ws.cell(row=r, column=1, value="— 1 —")
    pn.alignment = Alignment(horizontal="center")
    ws.row_breaks.append(Break(id=r))
    r += 1
    header(r)
    for no, name, w, dept in HHZ_ITEMS_2B:
        r += 1
        item(r, no, name, w, dept)
    r += 1
    item(r, None, None, HHZ_SEC3_TOTAL, None)
    for w, dept in HHZ_SEC3_ROWS:
        r += 1
        item(r, None, None, w, dept)
    for col, width in zip("ABCD", (8, 44, 10, 40)):
        ws.column_dimensions[col].width = width
    _fit_rows(ws, 2)
    _page_setup(ws, landscape=False)
    wb.save(path)


def build_hbmb(path):
    wb, ws = _new_wb("Sheet1")
    for i, h in enumerate(HBMB_HEAD_TOP, start=1):
        _cell(ws, 1, i, h or None, bold=True, center=True)
        _cell(ws, 2, i, None, bold=True, center=True)
    for i, y in enumerate(HBMB_YEARS, start=3):
        _cell(ws, 2, i, y, bold=True, center=True)
    ws.merge_cells("C1:E1")
    for col in "ABFGH":
        ws.merge_cells(f"{col}1:{col}2")
    for k, (no, name, target, w, rule, note) in enumerate(HBMB_ROWS):
        r = 3 + k
        _cell(ws, r, 1, no, center=True)
        _cell(ws, r, 2, name)
        _cell(ws, r, 3, target)
        _cell(ws, r, 4, None)
        _cell(ws, r, 5, None)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        _cell(ws, r, 6, w, center=True)
        _cell(ws, r, 7, rule)
        _cell(ws, r, 8, note or None)
    for col, width in zip("ABCDEFGH", (6, 26, 16, 16, 16, 6, 30, 24)):
        ws.column_dimensions[col].width = width
    _fit_rows(ws, 3)
    _page_setup(ws)
    wb.save(path)


def _docx_base():
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind248"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    return doc


def _para(doc, text, bold=False, center=False, size=None, indent=True):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(22)
    return p


def build_running(path, paras):
    doc = _docx_base()
    for style, text in paras:
        if style == "title":
            _para(doc, text, bold=True, center=True, size=16)
        elif style == "head":
            _para(doc, text, bold=True, indent=False)
        else:
            _para(doc, text)
    doc.save(path)


def build_jilin(path):
    build_running(path, JILIN_PARAS)


def build_xiangshan(path):
    build_running(path, XIANGSHAN_PARAS)


BUILDERS = {
    "blind248_xianyang_hezhang_kaohe.xlsx": build_xianyang,
    "blind248_jiangxi_hehuzhang_kaohe2019.xlsx": build_hhz,
    "blind248_huanbao_mubiao_kaohe.xlsx": build_hbmb,
    "blind248_jilin_shuiwuran_fangan.docx": build_jilin,
    "blind248_xiangshan_fangxun_pingjia.docx": build_xiangshan,
}


# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

def normalize_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    core = items.get("docProps/core.xml")
    if core is not None:
        s = core.decode("utf-8")
        s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\g<2>", s)
        s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\g<2>", s)
        items["docProps/core.xml"] = s.encode("utf-8")
    names = sorted(items)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, items[n])
    os.replace(tmp, path)


def fix_checksum(m):
    return m.group(1) + b"0" * len(m.group(2))


def normalize_pdf(path):
    """Blank the volatile parts of a LibreOffice PDF in place (same byte length)."""
    with open(path, "rb") as f:
        data = f.read()

    def fix_date(m):
        inner = m.group(1).decode("latin-1")
        digits = iter("20240101000000")
        fixed = "".join(next(digits, "0") if ch.isdigit() else ch for ch in inner)
        return b"(" + fixed.encode("latin-1") + b")"

    data = re.sub(rb"\((D:[0-9Z+\-']+)\)", fix_date, data)

    def fix_id(m):
        return b"<" + b"0" * len(m.group(1)) + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]{32})", fix_checksum, data)

    def fix_xmp(m):
        return m.group(1) + b"2024-01-01T00:00:00"[: len(m.group(2))].ljust(len(m.group(2)), b"0") + m.group(3)

    data = re.sub(rb"(<xmp:\w+Date>)([0-9T:\-]+)(</xmp:\w+Date>)", fix_xmp, data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalize_pdf(pdf)
    return pdf


def pdf_text(pdf):
    """Whitespace-free text of the PDF in reading order and in layout order, joined by a separator."""
    parts = []
    for mode in ([], ["-layout"]):
        out = subprocess.run(["pdftotext", *mode, pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
        parts.append(re.sub(r"\s+", "", out))
    return "\u0000".join(parts)


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(fname, gold, pdf):
    text = pdf_text(pdf)
    missing = []
    wanted = []
    for ind in gold["indicators"]:
        wanted.append(ind["name"])
        if ind["target_text"]:
            wanted.append(ind["target_text"])
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    for w in wanted:
        if squash(w) not in text:
            missing.append(w)
    return missing


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main():
    os.makedirs(ANN, exist_ok=True)
    failures = []
    sums = {}
    for fname, gold in GOLD.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        normalize_zip(path)
        pdf = to_pdf(path)
        for target in (path, pdf):
            rec = {"source": os.path.basename(target)}
            rec.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, os.path.basename(target) + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=2, sort_keys=False)
                f.write("\n")
            sums[os.path.basename(target)] = md5(target)
        miss = check_pdf(fname, gold, pdf)
        if miss:
            failures.append((fname, miss))
    for k in sorted(sums):
        print(sums[k], k)
    if failures:
        for fname, miss in failures:
            print("MISSING in PDF of", fname, ":", miss, file=sys.stderr)
        sys.exit(1)
    print("pdftotext check: all gold strings found", file=sys.stderr)


if __name__ == "__main__":
    if shutil.which("soffice") is None:
        sys.exit("soffice not found")
    main()
