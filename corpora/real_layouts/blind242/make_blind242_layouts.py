"""Build the blind242 corpus part: gold first, then DOCX/XLSX, PDFs, annotations, checks.

Run:  /tmp/wvenv/bin/python make_blind242_layouts.py
"""

import copy
import datetime
import hashlib
import io
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
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind242"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

URL_FACEZIT = "http://facezit.com/p-5953255.html"
URL_FSOU = "http://www.fsou.net/html/text/lar/169725/16972546_5.html"
URL_NEWSXC = "http://newsxc.com/news/folder507/folder510/2012-12-10/106981.html"
URL_LONGYOU = "http://www.longyou.gov.cn/art/2024/6/26/art_1514523_59216471.html"

# ---------------------------------------------------------------------------
# Text of the documents (facts kept, longer sentences reworded).
# ---------------------------------------------------------------------------

# A. 供热计量改革专项检查评分表 (traditional characters and conversion artefacts kept)
GR_TITLE1 = "附件17:省、自治區(qū)供熱計量改革專項檢查評分表"
GR_TITLE2 = "省、自治區(qū)供熱計量改革專項檢查評分表"
GR_FILL = "?。ㄗ灾螀^(qū))"
GR_HEAD = ["檢查項目", "具體內容", "滿分值", "檢查方式", "評分標準", "得分"]
GR_G1 = "供熱計量改革管理體制建設情況(8分)"
GR_G2 = "供熱計量改革政策制定情況(11分)"
GR_ROWS = [
    # (group label or None, name, points, check method, criteria)
    (GR_G1, "管理體制", 2, "查閱文件",
     "設立供熱計量改革領導小組、由?。ㄗ灾螀^(qū))政府主要領導擔任組長的,得1分;部門職責分工明確的,得1分。"),
    (GR_G1, "日常管理", 2, "查閱文件",
     "明確專門機構承擔供熱計量改革日常管理並配有專職人員、專職經費的,得1分;日常工作正常運轉、資料上報及時準確的,得1分。"),
    (GR_G1, "協(xié)調機制", 2, "查閱文件會議紀要",
     "建立有多個部門參與的供熱計量改革協(xié)調機制的,得1分;按期召開聯(lián)席會議、對改革工作作出具體指導和部署的,得1分。"),
    (GR_G1, "考核評價", 2, "查閱文件",
     ("把供熱計量改革列入供熱主管部門和供熱企業(yè)負責人業(yè)績考核以及建設系統(tǒng)獎項考核的,得1分;"
      "把供熱計量改革列入政府考核評價、向下級政府下達供熱計量收費完成指標的,得1分。")),
    (GR_G2, "地方法規(guī)", 4, "查閱文件",
     "已出臺民用建筑節(jié)能條例或供熱管理條例並寫明供熱計量改革要求的,得4分;以政府令形式明確供熱計量改革要求的,得2分。兩項分值不得累加。"),
    (GR_G2, "收費管理", 9, "查閱文件現(xiàn)場查看",
     ("多數(shù)用戶實現(xiàn)節(jié)能節(jié)費的,得2分;供熱計量技術路線規範的,得2分;供熱企業(yè)按期向用戶告知用熱量和熱費的,得5分,"
      "檢查中每發(fā)現(xiàn)一個供熱企業(yè)未告知扣1分,累計扣減,扣完為止。")),
    (None, "供熱系統(tǒng)節能管理", 2, "查閱文件現(xiàn)場查", None),
]

# B. 城镇建设考核评分表 (fragment, 第5页)
CZ_HEAD = ["序号", "项目", "分项", "考核内容", "", "评分标准及考核办法", "分值", "得分"]
CZ_NO = "2"
CZ_ITEM = "城镇建设︵650分︶"
CZ_SUB = "镇容生态环境︵300分︶"
CZ_CNO = "2"
CZ_CNAME = "环境卫生"
CZ_ROWS = [
    (("(1)设有环卫管理机构并配备清扫保洁队伍的,得10分;镇区主街道保洁时间在14小时以上的,得10分,视实际情况评分"
      "(查阅资料,实地查看)"), 20),
    (("(2)中心镇镇区公共厕所按1座/2500人、其它镇镇区按1座/3000人建成的,得10分,达不到标准的不得分;"
      "建成1座生态公厕的,得10分,每多建一座加5分(实地查看)"), 20),
    (("(3)垃圾箱布设合理、垃圾日产日清并有1座以上垃圾中转站的,得10分;有1座以上压缩式垃圾中转站的,得10分,"
      "没有中转站的不得分(实地查看)"), 20),
    ("(4)路面干净整洁、没有裸露的垃圾和污水的,得10分;每发现一处扣2分,扣完为止(实地查看)", 10),
]

# C. 保障性安居工程 news item
AJ_TITLE = "截至11月底,全市保障性住房目标任务完成率达110.59%"
AJ_META = "来源: 作者: 发表时间:12-10 18:49"
AJ_P1 = ("2012年,省里给我市下达的保障性安居工程目标总任务为14622套,分别是廉租住房1852套、公共租赁住房7900套、"
         "棚户区改造4870套;另有新增租赁补贴300户;并要求年内基本建成5000套,其中竣工3000套。")
AJ_P2 = ("截止目前,全市各类保障性安居工程已开工建设16170套,开工率达110.59%(其中,廉租住房开工2164套,开工率达116.85%;"
         "公共租赁住房开工8240套,开工率达104.3%;城市棚户区改造住房开工5496套,开工率达119.48%;"
         "国有工矿棚户区开工270套、开工率100%;基本建成7298套(含历年结转项目),建成率达145.96%;"
         "竣工4986套,竣工率达166.2%;已分配入住3045套;租赁补贴实际发放8922户,完成率100.42%。"
         "我市各类保障性安居工程的建设进度排在全省前列。")
AJ_P3 = "【责任编辑:】"

# D. 龙游县 幼儿园 债券资金绩效评价报告
LY_TITLE = "2022-2025龙游县农村幼儿园提升改造项目地方债券项目资金绩效评价报告"
LY_META = "发布时间: 2024- 06- 26 10: 21 浏览次数:"
LY_H1 = "2022-2025龙游县农村幼儿园提升改造"
LY_H2 = "资金绩效评价报告"
LY_S1 = "一、基本情况"
LY_P1 = ("2022-2025龙游县农村幼儿园提升改造项目由小南海中心幼儿园扩建工程、詹家中心幼儿园迁建项目等组成,"
         "2023年的债券资金主要投向小南海中心幼儿园扩建工程。龙游县小南海中心幼儿园地处小南海镇茶圩里村,"
         "现有用地面积2514平方米,建筑面积平方米,开设9个教学班,在园幼儿300余名,其中4个班临时借用小南海小学"
         "原教研室的二层用房。为落实县政府学前教育补短提质的要求、争创省一级幼儿园,需要补强硬件设施,"
         "满足日益增长的学前教育资源需求,缓解“二孩”、“三孩”政策带来的学前教育资源供需矛盾。"
         "项目已于2023年4月完成立项,计划拆除原有的资规站建筑,新建一栋教学用房,总建筑面积约为2300平方米。")
LY_P2 = ("龙游县小南海中心幼儿园扩建项目工程总投资约988万,建设内容是新建一栋教学用房,"
         "并配套建设门卫室以及教学、生活设备等。")
LY_P3 = "项目依实际情况分步推进,目前小南海教学用房改造的主体建设已基本完工,附属工程、门卫和生活设备仍在继续完善,"
LY_P4 = ("2023年共下达专项债资金600万元,已于2024年2月1日全部支出,主要用于工程进度款、民工工资、监理费、勘探费、"
         "交评、设计费等。")
LY_GOAL_ALL = "改善小南海中心幼儿园的教学条件和教学环境,为龙游县教育事业发展作出贡献。"
LY_GOAL_STAGE = ("小南海中心幼儿园面向小南海辖区片区及外来务工人员子女开放招生,办出幼儿园特色,"
                 "让家长享受良好地教育福音,提升当地教育质量及信誉。")
LY_P5 = "项目总体目标:" + LY_GOAL_ALL
LY_P6 = "项目阶段性目标:" + LY_GOAL_STAGE
LY_S2 = "二、绩效评价工作开展情况"
LY_P7 = "绩效评价目的主要"

# ---------------------------------------------------------------------------
# GOLD (written before any file is built or read)
# ---------------------------------------------------------------------------


def _ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def _gr_level(label):
    return None if label is None else label.split("(")[0]


GOLD = {
    "blind242_gongre_jiliang_pingfenbiao.xlsx": {
        "source_urls": [URL_FACEZIT],
        "province": None,
        "doc_kind": "供热计量改革专项检查评分表(省级考核模板,繁体转码页)",
        "patterns": [1, 5, 8],
        "indicators": [
            _ind(_gr_level(g), None, name, None, None, None, crit, None, pts, None)
            for g, name, pts, _m, crit in GR_ROWS
        ],
        "goals": [],
        "facts": [
            {"metric": "供熱計量改革管理體制建設情況分值", "kind": "sum", "total": 8, "parts": [2, 2, 2, 2], "unit": "分"},
            {"metric": "收費管理評分標準分值", "kind": "sum", "total": 9, "parts": [2, 2, 5], "unit": "分"},
            {"metric": "管理體制評分標準分值", "kind": "sum", "total": 2, "parts": [1, 1], "unit": "分"},
        ],
        "findings": [],
        "notes": (
            "存储页为文库预览的繁体转码文本,带“區(qū)”“協(xié)調”之类转码残留和“?。ㄗ灾螀^(qū))”乱码(原为‘省(自治区)’填写栏),"
            "名称与标题照录残留;评分标准句子已改写,保留分值与残留字。页面中‘1、2、3、’为文库分页号,未复制。"
            "分组标签在线性文本里出现在组的中部(合并单元格),据此把第一组(8分)合并在前四行,2+2+2+2=8相符;"
            "第二组(11分)标签出现在‘地方法規’之前,我把它合并在‘地方法規’‘收費管理’两行,但4+9=13≠11,"
            "因存储页在‘供熱系統節能管理 2 查閱文件現場查’处截断,看不到第二组的全部行和下一组标签,组成员无法核实,故不作为发现项,"
            "最后一行的分组栏留空、评分标准为空。表为评分表(满分值/评分标准/得分),得分栏为空的模板;"
            "指标名取‘具體內容’列,level1 取分组标签去掉分数后缀,权重取满分值。省份:住建部面向各省、自治区的模板,无具体省份,记为null。"
        ),
    },
    "blind242_chengzhen_kaohe_pingfen.xlsx": {
        "source_urls": [URL_FSOU],
        "province": None,
        "doc_kind": "城镇建设考核评分表(片段,第5页)",
        "patterns": [1, 5, 8],
        "indicators": [
            _ind("城镇建设", "镇容生态环境", CZ_CNAME, None, None, None, text, None, pts, None)
            for text, pts in CZ_ROWS
        ],
        "goals": [],
        "facts": [
            {"metric": "环境卫生(1)分值", "kind": "sum", "total": 20, "parts": [10, 10], "unit": "分"},
            {"metric": "环境卫生(2)分值", "kind": "sum", "total": 20, "parts": [10, 10], "unit": "分"},
            {"metric": "环境卫生(3)分值", "kind": "sum", "total": 20, "parts": [10, 10], "unit": "分"},
        ],
        "findings": [],
        "notes": (
            "存储页是法规库第5页,文本为字符画表格(┌─┬…),项目/分项竖排,分数写成竖排括号‘︵65 0分 ︶’即‘城镇建设︵650分︶’、"
            "‘镇容生态环境︵300分︶’,照录竖排括号字符;序号2、考核内容编号2和名称‘环境卫生’纵向合并。"
            "四条评分标准已改写,保留全部数字(10分、14小时、1座/2500人、1座/3000人、加5分、扣2分)。"
            "页面在第(4)条后截断,城镇建设650分、镇容生态环境300分的其余子项看不到,无法核对合计,故不报 score_total。"
            "四行的考核内容都是‘环境卫生’,指标名均记为‘环境卫生’,评分标准作 target_text,分值作 weight,得分栏空。"
            "第(2)条有‘每多建一座加5分’的加分项,可能使得分超过分值20,但不在本轮规则内,只在此说明。省份无法从页面确定,记为null。"
        ),
    },
    "blind242_anju_gongcheng_wancheng.docx": {
        "source_urls": [URL_NEWSXC],
        "province": None,
        "doc_kind": "保障性安居工程年度目标任务完成情况(新闻稿,目标与完成值在正文中)",
        "patterns": [],
        "indicators": [
            _ind(None, None, "保障性安居工程目标总任务", "=", 14622, "套", "目标总任务为14622套", 16170, None, None),
            _ind(None, None, "廉租住房", "=", 1852, "套", "廉租住房1852套", 2164, None, None),
            _ind(None, None, "公共租赁住房", "=", 7900, "套", "公共租赁住房7900套", 8240, None, None),
            _ind(None, None, "棚户区改造", "=", 4870, "套", "棚户区改造4870套", None, None, None),
            _ind(None, None, "新增租赁补贴", "=", 300, "户", "新增租赁补贴300户", 8922, None, None),
            _ind(None, None, "基本建成", "=", 5000, "套", "基本建成5000套", 7298, None, None),
            _ind(None, None, "竣工", "=", 3000, "套", "竣工3000套", 4986, None, None),
        ],
        "goals": [{"kind": "年度目标", "text": AJ_P1}],
        "facts": [
            {"metric": "保障性安居工程目标总任务", "kind": "sum", "total": 14622, "parts": [1852, 7900, 4870], "unit": "套"},
            {"metric": "开工建设", "kind": "sum", "total": 16170, "parts": [2164, 8240, 5496, 270], "unit": "套"},
            {"metric": "开工率", "kind": "rate", "total": 110.59, "parts": [16170, 14622], "unit": "%"},
            {"metric": "廉租住房开工率", "kind": "rate", "total": 116.85, "parts": [2164, 1852], "unit": "%"},
            {"metric": "公共租赁住房开工率", "kind": "rate", "total": 104.3, "parts": [8240, 7900], "unit": "%"},
            {"metric": "建成率", "kind": "rate", "total": 145.96, "parts": [7298, 5000], "unit": "%"},
            {"metric": "竣工率", "kind": "rate", "total": 166.2, "parts": [4986, 3000], "unit": "%"},
            {"metric": "租赁补贴完成率", "kind": "rate", "total": 100.42, "parts": [8922, 300], "unit": "%"},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "新增租赁补贴",
             "why": "目标为新增租赁补贴300户,实际发放8922户,8922/300≠100.42%,完成率的口径与文中目标不一致,无法复算"},
            {"rule": "target.too_low", "item": "竣工",
             "why": "竣工4986套为目标3000套的166.2%,超过150%,目标设得偏低"},
        ],
        "notes": (
            "新闻稿,目标和完成值都在正文中,无表格。目标段作为年度目标(改写,数字全保留)。"
            "rate 类 facts 的约定:total=文中所写比率(%),parts=[完成数, 目标数]。"
            "‘城市棚户区改造住房开工5496套,开工率119.48%’与‘国有工矿棚户区开工270套、开工率100%’两项的分母文中未写:"
            "5496/4870=112.85%,但若城市棚户区目标为4870-270=4600套则5496/4600=119.48%,可自洽,故不报;未把它们列为 facts。"
            "棚户区改造没有单独的完成总数,actual 记 null。‘基本建成7298套(含历年结转项目)’含结转,建成率145.96%可复算,未到150%,不报。"
            "原文‘截止目前’(应为截至)和‘(其中,’未闭合的括号照录。页面到‘【责任编辑:】’结束。城市名不可见,省份记为null。"
        ),
    },
    "blind242_longyou_youeryuan_zhaiquan.docx": {
        "source_urls": [URL_LONGYOU],
        "province": "浙江省",
        "doc_kind": "地方政府专项债券项目资金绩效评价报告(开头部分)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": LY_GOAL_ALL},
            {"kind": "阶段性目标", "text": LY_GOAL_STAGE},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": LY_GOAL_ALL[:20],
             "why": "总体目标只写改善教学条件和环境,没有学位数、面积或完工时间等可衡量的量"},
            {"rule": "goal.unquantified", "item": LY_GOAL_STAGE[:20],
             "why": "阶段性目标只写开放招生、办出特色、提升质量,没有任何数量、比率或时限"},
        ],
        "notes": (
            "专项债(地方债券)项目资金绩效评价报告,存储页在‘二、绩效评价工作开展情况’下的‘绩效评价目的主要’处截断,"
            "指标表和评分看不到,故 indicators 为空,不报 coverage 类发现。原文‘建筑面积平方米’缺数字、"
            "‘发布时间: 2024- 06- 26 10: 21’的怪空格、‘享受良好地教育福音’的错字、第三段以逗号结尾,均照录。"
            "正文中的规模与资金(2514平方米、2300平方米、约988万、专项债600万元、2024年2月1日支出完毕)只是事实陈述,"
            "不构成目标,也没有可核对的合计或比率。其余长句已改写。"
        ),
    },
}

PDF_OF = {name: name.rsplit(".", 1)[0] + ".pdf" for name in GOLD}

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _cell(ws, ref, value, bold=False, align="left", size=10):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    return c


def _box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def _fit_rows(ws, first, last):
    """Set row heights from the text length (LibreOffice does not grow rows on load)."""
    for r in range(first, last + 1):
        lines = 1
        for c in ws[r]:
            if c.value is None:
                continue
            width = ws.column_dimensions[c.column_letter].width or 8.43
            n = len(str(c.value)) * 2.0 / max(width - 1, 1)
            lines = max(lines, int(n) + 1)
        ws.row_dimensions[r].height = 15 * lines + 4


def _page_setup(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _wb_props(wb):
    wb.properties.creator = "blind242"
    wb.properties.lastModifiedBy = "blind242"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def build_gongre(path):
    wb = Workbook()
    _wb_props(wb)
    ws = wb.active
    ws.title = "評分表"
    for col, width in zip("ABCDEF", [16, 16, 8, 14, 70, 8]):
        ws.column_dimensions[col].width = width
    ws.merge_cells("A1:F1")
    _cell(ws, "A1", GR_TITLE1)
    ws.merge_cells("A2:F2")
    _cell(ws, "A2", GR_TITLE2, bold=True, align="center", size=12)
    ws.merge_cells("A3:F3")
    _cell(ws, "A3", GR_FILL)
    for i, h in enumerate(GR_HEAD):
        _cell(ws, f"{'ABCDEF'[i]}4", h, bold=True, align="center")
    r = 5
    for g, name, pts, method, crit in GR_ROWS:
        if g is not None and ws[f"A{r}"].value is None:
            _cell(ws, f"A{r}", g, align="center")
        _cell(ws, f"B{r}", name, align="center")
        _cell(ws, f"C{r}", pts, align="center")
        _cell(ws, f"D{r}", method, align="center")
        _cell(ws, f"E{r}", crit)
        _cell(ws, f"F{r}", None, align="center")
        r += 1
    # group labels: rows 5-8 and 9-10 (the cell is written once, at the top of the merge)
    ws["A9"].value = GR_G2
    ws.merge_cells("A5:A8")
    ws.merge_cells("A9:A10")
    _box(ws, "A4:F11")
    _fit_rows(ws, 5, 11)
    _page_setup(ws)
    wb.save(path)


def build_chengzhen(path):
    wb = Workbook()
    _wb_props(wb)
    ws = wb.active
    ws.title = "第5页"
    for col, width in zip("ABCDEFGH", [6, 10, 12, 5, 10, 80, 7, 7]):
        ws.column_dimensions[col].width = width
    for i, h in enumerate(CZ_HEAD):
        if h:
            _cell(ws, f"{'ABCDEFGH'[i]}1", h, bold=True, align="center")
    ws.merge_cells("D1:E1")
    _cell(ws, "A2", CZ_NO, align="center")
    _cell(ws, "B2", CZ_ITEM, align="center")
    _cell(ws, "C2", CZ_SUB, align="center")
    _cell(ws, "D2", CZ_CNO, align="center")
    _cell(ws, "E2", CZ_CNAME, align="center")
    for k, (text, pts) in enumerate(CZ_ROWS):
        r = 2 + k
        _cell(ws, f"F{r}", text)
        _cell(ws, f"G{r}", pts, align="center")
        _cell(ws, f"H{r}", None, align="center")
    for col in "ABCDE":
        ws.merge_cells(f"{col}2:{col}5")
    _box(ws, "A1:H5")
    _fit_rows(ws, 2, 5)
    _page_setup(ws)
    wb.save(path)


def _docx_font(doc):
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(11)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = copy.deepcopy(rpr.makeelement(qn("w:rFonts"), {}))
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    rfonts.set(qn("w:ascii"), FONT)
    rfonts.set(qn("w:hAnsi"), FONT)


def _docx_props(doc):
    cp = doc.core_properties
    cp.author = "blind242"
    cp.last_modified_by = "blind242"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""


def _para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_anju(path):
    doc = Document()
    _docx_font(doc)
    _docx_props(doc)
    _para(doc, AJ_TITLE, bold=True, center=True, size=14)
    _para(doc, AJ_META, center=True)
    _para(doc, AJ_P1)
    _para(doc, AJ_P2)
    _para(doc, AJ_P3)
    doc.save(path)


def build_longyou(path):
    doc = Document()
    _docx_font(doc)
    _docx_props(doc)
    _para(doc, LY_TITLE, bold=True, center=True, size=14)
    _para(doc, LY_META, center=True)
    _para(doc, LY_H1, bold=True, center=True, size=13)
    _para(doc, LY_H2, bold=True, center=True, size=13)
    _para(doc, LY_S1, bold=True)
    for t in (LY_P1, LY_P2, LY_P3, LY_P4, LY_P5, LY_P6):
        _para(doc, t)
    _para(doc, LY_S2, bold=True)
    _para(doc, LY_P7)
    doc.save(path)


BUILDERS = {
    "blind242_gongre_jiliang_pingfenbiao.xlsx": build_gongre,
    "blind242_chengzhen_kaohe_pingfen.xlsx": build_chengzhen,
    "blind242_anju_gongcheng_wancheng.docx": build_anju,
    "blind242_longyou_youeryuan_zhaiquan.docx": build_longyou,
}

# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    if "docProps/core.xml" in items:
        items["docProps/core.xml"] = CORE_DATE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<2>", items["docProps/core.xml"])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    path.write_bytes(buf.getvalue())


PDF_DATE = re.compile(rb"D:\d{14}")
PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
PDF_SUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def _fixed_id(m):
    whole, a, b = m.group(0), m.group(1), m.group(2)
    return whole.replace(a, b"0" * len(a)).replace(b, b"0" * len(b))


def normalize_pdf(path):
    """Same-length replacements only, so the xref offsets stay valid."""
    data = path.read_bytes()
    data = PDF_DATE.sub(b"D:20240101000000", data)
    data = PDF_ID.sub(_fixed_id, data)
    data = PDF_SUM.sub(lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
         "--outdir", str(path.parent), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = path.with_suffix(".pdf")
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# Annotations and checks
# ---------------------------------------------------------------------------


def write_annotations():
    ANN.mkdir(exist_ok=True)
    for name, gold in GOLD.items():
        for fname in (name, PDF_OF[name]):
            rec = {"source": fname}
            rec.update(gold)
            (ANN / f"{fname}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _squash(s):
    return re.sub(r"\s+", "", s)


def pdf_text(pdf):
    outs = []
    for mode in (["-raw"], ["-layout"], []):
        r = subprocess.run(["pdftotext", *mode, str(pdf), "-"], capture_output=True, check=True)
        outs.append(_squash(r.stdout.decode("utf-8", "replace")))
    return outs


def check_pdf(name):
    pdf = HERE / PDF_OF[name]
    texts = pdf_text(pdf)
    gold = GOLD[name]
    wanted = []
    for ind in gold["indicators"]:
        wanted.append(ind["name"])
        if ind["target_text"]:
            wanted.append(ind["target_text"])
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if not any(_squash(w) in t for t in texts)]
    return missing


def md5s():
    return {p.name: hashlib.md5(p.read_bytes()).hexdigest()
            for p in sorted(HERE.iterdir()) if p.suffix in (".docx", ".xlsx", ".pdf")}


def build_all():
    write_annotations()
    for name, builder in BUILDERS.items():
        path = HERE / name
        builder(path)
        normalize_zip(path)
        to_pdf(path)


def main():
    build_all()
    first = md5s()
    build_all()
    second = md5s()
    ok = True
    for k in sorted(first):
        same = first[k] == second.get(k)
        ok &= same
        print(f"{'same' if same else 'DIFF'}  {first[k]}  {k}")
    for name in GOLD:
        miss = check_pdf(name)
        if miss:
            ok = False
            print(f"MISSING in {PDF_OF[name]}: {miss}")
        else:
            print(f"pdftotext ok: {PDF_OF[name]}")
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"indicators={n_ind} goals={n_goal} findings={n_find}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
