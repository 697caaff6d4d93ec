"""Build the blind249 layouts (civil affairs / social security / employment angle).

The gold is written first (GOLD below), then the DOCX/XLSX files are built,
exported to PDF with LibreOffice, made deterministic, annotated and checked.

Run:  /tmp/wvenv/bin/python make_blind249_layouts.py
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

import docx
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
PROFILE = "file:///tmp/lo_blind249"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"
ZIP_TS = (1980, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

URL_A = "http://m.866tx.com/art/2021/8/23/art_1229471074_58991397.html"
URL_B = "http://www.linhe.gov.cn/html/59/24595.html"
URL_C = ("http://www.gsml.gov.cn/zfxxgk/fdzdgknr/jczwgkbzml/jycy_7661/"
         "202509/t20250909_1449984.html")
URL_D = "http://www.qudouyin365.cn/html/59/24578.html"

# ---------------------------------------------------------------------------
# Texts shared by the builders and the gold (long sentences are paraphrased;
# names, figures, units, dates and document numbers are kept as the page has
# them, defects included).
# ---------------------------------------------------------------------------

# A: 民生实事 progress table (traditional characters, as the stored mirror page)
A_HEADER = ["項目\n名稱", "內容", "牽頭單位", "進展情況\n(7月)", "進展情況\n(10月)",
            "進展情況\n(12月)"]
A_ROW = [
    "養老服務項目",
    "新增15家示范型居家養老服務照料中心,實施生活困難老年人家庭適老化改造260戶。",
    "區民政局",
    "已完成8家示范型居家養老服務照料中心,267戶適老化改造。",
    "已完成新增15家示范型居家養老服務照料中心\n已完成改造346戶,超額完成。",
    "新增示范型居家養老服務照料中心25家。\n完成生活困難老年人家庭適老化改造367戶。",
]

# B: 临河区 优抚对象医疗补助 self-evaluation report (running text)
B_META = "日期:2024-06-11 17:47  来源:临河区退役军人事务局"
B_TITLE = "优抚对象医疗补助经费转移支付2023年度绩效自评报告"
B_GOAL = ("为借助发放优抚对象医疗保障资金解决优抚对象看病吃药的难处,尽量在生活上给予优抚"
          "对象帮助2023年收到抚对象医疗保障资金中央下达30.4万元,自治区下达59万元,"
          "地方匹配133.51万元。")
B_FUNDS = ("2023年收到财政资金共222.91万元,其中:中央资金30.4万元,地方资金59万元,"
           "其他资金133.51万元2023年支出154.84万元,其中中央资金30万元,地方资金5.8万元,"
           "其他资金119.04万元")
B_PROCESS = ("依照年初规划和年度计划实施;项目资金及时拨付,资金保障到位;项目资金及时拨付,"
             "资金保障到位;项目资金及时拨付,资金保障到位。实施中没有改变资金用途,执行资金"
             "分配、拨付和审批等制度,专款专用,未发生挤占、挪用、截留。")
B_OVERALL = ("一是合理界定救助对象范围,把现行政策下符合医疗救助条件的城乡医疗救助对象全部"
             "纳入保障。依规资助城乡医疗救助对象参加医保,确保户籍人口基本医保参保率稳定在99%"
             "以上,使困难群众基本医疗有保障,不因罹患重特大疾病而影响基本生活。二是筑牢医疗"
             "救助兜底保障,持续开展重特大疾病医疗救助,重点救助对象政策范围内住院自付费用年度"
             "限额内救助比率≥80%")
B_IND = ("1)数量指标。享受医疗待遇优抚对象人数指标为大于等于728人,实际完值为保障人数728"
         "优抚对象医疗补助资金发放数指标为222.91万元,实际完值为发放为")

# C: 民乐县 普惠金融 (创业担保贷款) self-evaluation report (running text)
C_TITLE = "2024年普惠金融发展专项资金预算执行情况绩效自评报告"
C_META = [
    ["索引号", "620722033/2025-00367", "发文字号", ""],
    ["关键词", "", "发布机构", "民乐县人社局"],
    ["公开形式", "主动公开", "责任部门", "民乐县人社局"],
    ["生成日期", "2025-09-09 10:09:01", "是否有效", ""],
]
C_INTRO = ("为全面掌握2024年度普惠金融发展专项资金创业担保贷款的预算执行情况,保证资金用出"
           "效益、项目取得实效,我局依照上级绩效管理的有关要求,对该项资金2024年度预算执行情况"
           "开展了全面自查和绩效评估。自评情况报告如下:")
C_OUT = ("产出指标包括2个二级指标、4个三级指标,分值为40分;重点考察创业担保贷款发放额、"
         "创业担保贷款回收率、资金足额拨付率、地方配套资金到位率等方面。")
C_EFF = ("效益指标包括2个二级指标、2个三级指标,分值为20分;重点考察创业担保基金放大倍数、"
         "创业担保贷款覆盖率等方面。")
C_SAT = ("满意度指标包括1个二级指标、3个三级指标,分值30分;重点考察申报定向费用补贴的金融"
         "机构满意度、申报创业担保贷款贴息资金个人满意度、申报创业担保贷款贴息资金企业满意度。")
C_FUNDS = ("2024年,该项目中央、省级、县级预算合计安排546.23万元,其中:中央248.73万元"
           "(2023年结转95.43万元,2024年下达153.3万元),省级230.54万元(2023年结转9.54万元,"
           "2024年下达221万元),县级66.96万元(2023年结转16.96万元,2024年配套50万元);2024年"
           "应支付贴息资金444.86万元,实际支付355.16万元,其中:中央248.74万元、省级74.71万元、"
           "县级31.71万元,执行率65%。具体实施情况如下:")

# D: 临河区 医疗救助 self-evaluation report (traditional characters, running text)
D_OVERVIEW = ("依據<巴彥淖爾市人民政府辦公室關于印發《巴彥淖爾市城鄉醫療救助市級統籌實施方案》的"
              "通知>(巴政辦字[2020]111號)的要求,臨河區醫療保障局落實醫療救助制度,健全本局社會"
              "救助體系,提升困難群眾的醫療保障水平,滿足其基本醫療需求,切實幫助困難群眾解決看病"
              "問題。2023年,依據《關于提前下達2023年中央財政醫療救助補助資金預算的通知》"
              "(巴財社[2022]1218號)、《關于提前下達2023年自治區財政醫療救助補助資金預算的通知》"
              "(巴財社[2022]1219號)、《關于下達2023年城鄉醫療救助市級財政補助資金的通知》"
              "(巴財社[2023]166號),合計籌集城鄉醫療救助補助資金1384.06萬元,其中:中央財政醫療"
              "救助補助資金663萬,省級財政醫療救助補助資金65萬,市級財政醫療救助補助資金91萬,"
              "旗縣(區)本級醫療救助補助資金565.06萬元。")
D_GOAL = ("2023年度農村牧區特困人員、城鄉低保對象、納入鄉村振興防止返貧監測人口及穩定脫貧人口"
          "的參保率要達到100%;讓低收入人群和困難群眾就醫費用負擔大幅度減輕,使因病致貧、因病返貧"
          "得到有效解決,並能及時足額享受醫療保險待遇。依照醫療救助市級統籌的要求,統一救助標準,"
          "統一救助基金收支管理,穩步提高救助比例和年度救助限額,讓符合醫療救助標準的人群充分享受"
          "相關政策待遇,減輕看病就醫的經濟負擔,切實增強醫療救助托底保障功能。")
D_CONCL = ("我局對2023年醫療救助轉移支付資金進行了績效自評,依照文件內容基本完成了2023年醫療救助"
           "項目支出目標任務;把項目支出後的實際狀況同年初績效目標相比較,對照年度總體目標、全年實際"
           "完成情況、產出指標、效益指標和滿意度指標等績效目標,完成")


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


GOLD = {
    "blind249_a_yanglao_progress.xlsx": {
        "source_urls": [URL_A],
        "province": "浙江省",
        "doc_kind": "民生实事项目进展表(养老服务,区民政局)",
        "patterns": [5, 6],
        "indicators": [
            ind(None, None, "示范型居家養老服務照料中心", "=", 15, "家",
                "新增15家示范型居家養老服務照料中心", 25),
            ind(None, None, "生活困難老年人家庭適老化改造", "=", 260, "戶",
                "實施生活困難老年人家庭適老化改造260戶", 367),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.too_low", "item": "示范型居家養老服務照料中心",
             "why": "目标新增15家,12月实际新增25家,完成167%(>150%),目标定得偏低"},
            {"rule": "coverage.missing_dimension", "item": "效益/满意度",
             "why": "只有数量目标(家、户),没有质量、时效、效益或满意度目标"},
        ],
        "notes": ("镜像站页面为繁体字,照录繁体。页面只有一张表、一行数据(養老服務項目),表后只剩"
                  "“分享:”页脚,已完整复现。表头“項目名稱”“進展情況(7月)”等在原页中换行,单元格内"
                  "保留换行。目标数字写在“內容”句子里(pattern 6:值写在名称/句子里),一格两个目标,"
                  "拆成两行指标;进度按月分三列(pattern 5)。目标为裸数字“新增15家”“260戶”,未写方向,"
                  "按陈述的确切数取“=”,但10月列写“超額完成”,说明实为下限,读取为“>=”也可接受。"
                  "actual 取12月列(25家、367戶);7月即已完成267戶,超过260戶目标。URL 日期为"
                  "2021/8/23 但表中已填到12月,说明页面后来更新过。省份由镜像 URL 的 art_1229… 形式推断"
                  "为浙江,页面本身只写“區民政局”,不确定。coverage.missing_dimension 的 item 是缺失的"
                  "维度名,PDF 中自然不出现,检查时豁免。"),
    },
    "blind249_b_linhe_youfu_yiliao.docx": {
        "source_urls": [URL_B],
        "province": "内蒙古自治区",
        "doc_kind": "转移支付项目绩效自评报告(优抚对象医疗补助,退役军人事务局)",
        "patterns": [],
        "indicators": [
            ind("产出指标", "数量指标", "享受医疗待遇优抚对象人数", ">=", 728, "人",
                "大于等于728人", 728),
            ind("产出指标", "数量指标", "优抚对象医疗补助资金发放数", "=", 222.91, "万元",
                "222.91万元", None),
            ind(None, None, "户籍人口基本医保参保率", ">=", 99, "%", "稳定在99%以上", None),
            ind(None, None, "重点救助对象政策范围内住院自付费用年度限额内救助比率", ">=", 80, "%",
                "≥80%", None),
        ],
        "goals": [{"kind": "绩效目标(分解下达情况)", "text": B_GOAL}],
        "facts": [
            {"metric": "2023年收到财政资金", "kind": "sum", "total": 222.91,
             "parts": [30.4, 59, 133.51], "unit": "万元"},
            {"metric": "2023年支出", "kind": "sum", "total": 154.84,
             "parts": [30, 5.8, 119.04], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.input_or_process", "item": "优抚对象医疗补助资金发放数",
             "why": "把发放的资金额当作产出数量指标,且指标值222.91万元就是收到的资金总额"},
            {"rule": "goal.budget_text", "item": B_GOAL[:20],
             "why": "目标段除笼统目的外只列各级下达资金额,没有产出或效果的量化目标"},
        ],
        "notes": ("页面为连续文字的自评报告,没有表格;在“实际完值为发放为”处截断(原页即止于此),"
                  "第二个指标的实际值因此缺失,不据此判定未完成或偏差。保留原文缺陷:“抚对象”漏“优”字、"
                  "“完值”、小节编号缺失(“总体绩效情况分析”无编号,“)总体绩效目标完成情况分析”"
                  "“)绩效指标完成情况分析”只剩右括号)、资金句间缺标点、“及时拨付…”一句重复三次。"
                  "资金口径前后不一:第一段写“自治区下达59万元、地方匹配133.51万元”,资金段写“地方资金"
                  "59万元、其他资金133.51万元”,合计都为222.91万元;支出154.84万元=30+5.8+119.04,"
                  "未写执行率(约69.5%),不作 consistency.rate。“一是/二是”段讲的是城乡医疗救助对象的"
                  "参保率和救助比率,像是从医疗救助报告照搬,与优抚对象项目不对应;其中两个带数字的目标"
                  "按文字目标录为无层级指标行。“指标为222.91万元”为裸数字,取“=”。"),
    },
    "blind249_c_minle_puhui.docx": {
        "source_urls": [URL_C],
        "province": "甘肃省",
        "doc_kind": "专项资金绩效自评报告(普惠金融/创业担保贷款贴息,人社局)",
        "patterns": [],
        "indicators": [
            ind("产出指标", None, "创业担保贷款发放额"),
            ind("产出指标", None, "创业担保贷款回收率"),
            ind("产出指标", None, "资金足额拨付率"),
            ind("产出指标", None, "地方配套资金到位率"),
            ind("效益指标", None, "创业担保基金放大倍数"),
            ind("效益指标", None, "创业担保贷款覆盖率"),
            ind("满意度指标", None, "申报定向费用补贴的金融机构满意度"),
            ind("满意度指标", None, "申报创业担保贷款贴息资金个人满意度"),
            ind("满意度指标", None, "申报创业担保贷款贴息资金企业满意度"),
        ],
        "goals": [],
        "facts": [
            {"metric": "预算安排(中央、省级、县级)", "kind": "sum", "total": 546.23,
             "parts": [248.73, 230.54, 66.96], "unit": "万元"},
            {"metric": "中央预算", "kind": "sum", "total": 248.73, "parts": [95.43, 153.3],
             "unit": "万元"},
            {"metric": "省级预算", "kind": "sum", "total": 230.54, "parts": [9.54, 221],
             "unit": "万元"},
            {"metric": "县级预算", "kind": "sum", "total": 66.96, "parts": [16.96, 50],
             "unit": "万元"},
            {"metric": "实际支付贴息资金", "kind": "sum", "total": 355.16,
             "parts": [248.74, 74.71, 31.71], "unit": "万元"},
            {"metric": "执行率", "kind": "rate", "total": 65, "parts": [355.16, 546.23],
             "unit": "%"},
        ],
        "findings": [
            {"rule": "target.input_or_process", "item": "资金足额拨付率",
             "why": "资金拨付是过程/投入,不是产出,却列在产出指标里"},
            {"rule": "target.input_or_process", "item": "地方配套资金到位率",
             "why": "配套资金到位是投入/过程指标,不应算产出"},
        ],
        "notes": ("页面是文字报告,只写了指标体系的构成(产出40分、效益20分、满意度30分,各三级指标"
                  "名称),没有写指标值;在“2024年,该项目中央、省”处截断,后续的指标完成情况看不到,"
                  "因此不标 missing_value,也不判分数合计。九个三级指标按名称录入,level2 原文未给名称,"
                  "为 null;分值只按一级给出,不拆到行。资金全部能对上:546.23=248.73+230.54+66.96,"
                  "各级=结转+下达;实际支付355.16=248.74+74.71+31.71;执行率65%=355.16/546.23"
                  "(rate 的 parts 记为[分子, 分母]);以应支付444.86万元为分母则约79.8%。另注意中央实际支付"
                  "248.74万元比中央预算248.73万元多0.01万元,没有合适的规则编号,只在此说明。满意度30分"
                  "高于效益20分,比例不常见。开头元信息表照录(空格保留)。"),
    },
    "blind249_d_linhe_yiliaojiuzhu.docx": {
        "source_urls": [URL_D],
        "province": "内蒙古自治区",
        "doc_kind": "转移支付绩效自评报告(医疗救助,医疗保障局)",
        "patterns": [],
        "indicators": [
            ind(None, None, "參保率", "=", 100, "%", "達到100%", None),
        ],
        "goals": [{"kind": "整體績效目標", "text": D_GOAL}],
        "facts": [
            {"metric": "城鄉醫療救助補助資金", "kind": "sum", "total": 1384.06,
             "parts": [663, 65, 91, 565.06], "unit": "萬元"},
        ],
        "findings": [
            {"rule": "target.vague_wording", "item": "就醫費用負擔大幅度減輕",
             "why": "“大幅度減輕”“有效解決”“穩步提高”都没有基数或数值,无法衡量"},
        ],
        "notes": ("镜像站(qudouyin365.cn)页面,繁体字,内容为巴彦淖尔市临河区医疗保障局2023年医疗"
                  "救助转移支付绩效自评报告;镜像路径 /html/59/24578 与临河区政府网同构。存储文本从"
                  "“一、基本情況”开始(标题不在存储文本内),在“二、綜合評價結論”段末“完成”处截断,"
                  "后面的指标表看不到,因此不标覆盖维度或缺值。整体目标只有一个量化目标(参保率100%),"
                  "按文字目标录为一行指标,“達到100%”取“=”。资金:1384.06=663+65+91+565.06 对得上;"
                  "前三项单位只写“萬”,最后一项写“萬元”,照录。内蒙古文件里写“省級”而非“自治區級”,照录。"
                  "这是本部分第三个只有文字目标的文件,超出 brief 的上限两个,见 SOURCES.md。"),
    },
}


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def set_run_font(run, size=None, bold=None):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def new_document():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = "blind249"
    cp.last_modified_by = "blind249"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return d


def para(d, text, size=None, bold=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    set_run_font(r, size=size, bold=bold)
    if center:
        p.alignment = 1
    return p


def build_b(path):
    d = new_document()
    para(d, "当前位置:首页>公告公示")
    para(d, B_META)
    para(d, B_TITLE, size=14, bold=True, center=True)
    para(d, "一、绩效目标分解下达情况", bold=True)
    para(d, B_GOAL)
    para(d, "二、绩效目标完成情况分析", bold=True)
    para(d, "(一)资金投入情况分析", bold=True)
    para(d, B_FUNDS)
    para(d, "总体绩效情况分析", bold=True)
    para(d, B_PROCESS)
    para(d, ")总体绩效目标完成情况分析", bold=True)
    para(d, B_OVERALL)
    para(d, ")绩效指标完成情况分析", bold=True)
    para(d, "1. 产出指标完成情况分析。")
    para(d, B_IND)
    d.save(path)


def build_c(path):
    d = new_document()
    para(d, C_TITLE, size=14, bold=True, center=True)
    t = d.add_table(rows=len(C_META), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(C_META):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            set_run_font(r, size=9)
    para(d, "")
    para(d, C_INTRO)
    para(d, "一、绩效指标设定情况", bold=True)
    para(d, C_OUT)
    para(d, C_EFF)
    para(d, C_SAT)
    para(d, "二、自评情况", bold=True)
    para(d, C_FUNDS)
    para(d, "1.预算执行情况")
    para(d, "(1)项目资金到位情况")
    para(d, "2024年,该项目中央、省")
    d.save(path)


def build_d(path):
    d = new_document()
    para(d, "一、基本情況", bold=True)
    para(d, "(一)轉移支付概況。", bold=True)
    para(d, D_OVERVIEW)
    para(d, "(二)整體績效目標情況。", bold=True)
    para(d, D_GOAL)
    para(d, "二、綜合評價結論", bold=True)
    para(d, D_CONCL)
    d.save(path)


def build_a(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = [12, 92, 10, 48, 44, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    for r, row in enumerate([A_HEADER, A_ROW], start=1):
        for c, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=val)
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r == 1 else "left")
            cell.border = border
            cell.font = Font(name=FONT, size=10, bold=(r == 1))
    ws.row_dimensions[1].height = 32
    ws.row_dimensions[2].height = 80
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind249"
    wb.properties.lastModifiedBy = "blind249"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    core = "docProps/core.xml"
    if core in items:
        txt = items[core].decode("utf-8")
        txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_ISO + r"\2", txt)
        txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_ISO + r"\2", txt)
        txt = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_ISO + r"\2", txt)
        items[core] = txt.encode("utf-8")
    order = sorted(items)
    if "[Content_Types].xml" in order:
        order.remove("[Content_Types].xml")
        order.insert(0, "[Content_Types].xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, items[n])


def same_length(match, fill):
    s = match.group(0)
    head = match.group(1)
    body = match.group(2)
    tail = s[len(head) + len(body):]
    return head + (fill * len(body))[: len(body)] + tail


def normalise_pdf(path):
    data = path.read_bytes()
    data = re.sub(rb"(/CreationDate\s*\(D:)([^)]*)(\))",
                  lambda m: same_length(m, b"0"), data)
    data = re.sub(rb"(/ModDate\s*\(D:)([^)]*)(\))",
                  lambda m: same_length(m, b"0"), data)
    data = re.sub(rb"(<xmp:CreateDate>)([^<]*)(<)", lambda m: same_length(m, b"0"), data)
    data = re.sub(rb"(<xmp:ModifyDate>)([^<]*)(<)", lambda m: same_length(m, b"0"), data)
    data = re.sub(rb"(<xmp:MetadataDate>)([^<]*)(<)", lambda m: same_length(m, b"0"), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>)", lambda m: same_length(m, b"0"), data)
    data = re.sub(rb"(/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: same_length(m, b"0"), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()", lambda m: same_length(m, b"0"), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: same_length(m, b"0"), data)
    path.write_bytes(data)


def to_pdf(src):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = src.with_suffix(".pdf")
    normalise_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# Annotations and checks
# ---------------------------------------------------------------------------

def write_annotations(name):
    g = GOLD[name]
    base = {"source": name}
    base.update(copy.deepcopy(g))
    ANN.mkdir(exist_ok=True)
    (ANN / f"{name}.json").write_text(json.dumps(base, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")
    pdf_name = str(Path(name).with_suffix(".pdf"))
    other = copy.deepcopy(base)
    other["source"] = pdf_name
    (ANN / f"{pdf_name}.json").write_text(json.dumps(other, ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")


def squash(s):
    return re.sub(r"\s+", "", s)


EXEMPT_RULES = {"coverage.missing_dimension"}


def check_pdf(name):
    pdf = HERE / Path(name).with_suffix(".pdf")
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    flat = squash(txt)
    g = GOLD[name]
    wanted = []
    for i in g["indicators"]:
        wanted.append(("name", i["name"]))
        if i["target_text"]:
            wanted.append(("target", i["target_text"]))
    for goal in g["goals"]:
        wanted.append(("goal", goal["text"]))
    for f in g["findings"]:
        if f["rule"] not in EXEMPT_RULES:
            wanted.append(("finding", f["item"]))
    missing = [(k, v) for k, v in wanted if squash(v) not in flat]
    return missing


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


BUILDERS = {
    "blind249_a_yanglao_progress.xlsx": build_a,
    "blind249_b_linhe_youfu_yiliao.docx": build_b,
    "blind249_c_minle_puhui.docx": build_c,
    "blind249_d_linhe_yiliaojiuzhu.docx": build_d,
}


def build_all():
    sums = {}
    for name, builder in BUILDERS.items():
        path = HERE / name
        builder(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        write_annotations(name)
        sums[name] = md5(path)
        sums[pdf.name] = md5(pdf)
    for p in sorted(ANN.glob("*.json")):
        sums["annotations/" + p.name] = md5(p)
    return sums


def main():
    first = build_all()
    second = build_all()
    ok = True
    for k in sorted(first):
        if first[k] != second[k]:
            ok = False
            print(f"NOT DETERMINISTIC: {k}")
    for name in BUILDERS:
        missing = check_pdf(name)
        if missing:
            ok = False
            for kind, val in missing:
                print(f"MISSING in {name} PDF: {kind}: {val}")
    for k in sorted(second):
        print(second[k], k)
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
