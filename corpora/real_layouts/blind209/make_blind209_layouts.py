# -*- coding: utf-8 -*-
"""blind209: plans whose targets sit in a table (指标体系, 目标任务分解表, 十四五 主要指标表, 年度计划目标).

Gold first (as Python data), then the builders (python-docx / openpyxl), the LibreOffice PDF export,
the annotations and the pdftotext check.  Run with /tmp/venv/bin/python.
"""
import copy
import io
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind209"
FIXED_DT = "2024-01-01T00:00:00Z"

# ---------------------------------------------------------------------------------------------
# Helpers for gold rows
# ---------------------------------------------------------------------------------------------

def ind(name, target_text, operator=None, value=None, unit=None, level1=None, level2=None,
        actual=None, weight=None, score=None, **extra):
    row = {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
           "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}
    row.update(extra)
    return row


# =============================================================================================
# 1. 湖南 常德 (sthjj.changde.gov.cn): 湖南省生态文明建设示范县、市指标(试行) -> XLSX
# =============================================================================================
CD_FILE = "hunan-changde-shengtaiwenming-shifanxian-zhibiao.xlsx"
CD_URL = "https://sthjj.changde.gov.cn/zwgk//public/6617357/8274286.html"
CD_TITLE = "湖南省生态文明建设示范县、市指标(试行)"
CD_META = "2018-06-15 08:57 来源:市环保局    阅读次数:    字号:【"
CD_SUB = "(一)湖南省生态文明建设示范县指标"
CD_HEADER = ["领域", "任务", "序号", "指标名称", "", "单位", "省级指标值", "指标属性"]
# blocks: (领域, 任务, items); item: seq, name, subs, unit (str = merged / list = per sub), value (str|list), attr
CD_BLOCKS = [
    ("(一)", "制度与保障机制完善", [
        ("1", "生态文明建设规划", None, "-", "制定实施", "约束性"),
        ("2", "生态文明建设工作占党政实绩考核的比例", None, "%", "≥20", "约束性"),
        ("3", "自然资源资产负债表", None, "-", "开展", "参考性"),
        ("4", "自然资源资产离任审计", None, "-", "开展", "参考性"),
        ("5", "生态环境损害责任追究", None, "-", "开展", "参考性"),
        ("6", "河长制", None, "-", "全面推行", "约束性"),
        ("7", "固定源排污许可证核发", None, "-", "开展", "约束性"),
        ("8", "环境信息公开率", None, "%", "100", "参考性"),
    ]),
    ("(二)", "环境质量改善", [
        ("9", "环境空气质量", ["优良天数比例提高幅度", "重污染天数比例下降幅度"], "-",
         "高于上年和县市区平均水平基本消除", "约束性"),
        ("10", "地表水环境质量", ["达到或优于III类水质比例提高幅度", "劣V类水体比例下降幅度"], "",
         "地表水环境质量总体改善,考核断面水质逐步变好不能变差。不能出现劣v类水质。", "约束性"),
    ]),
    ("(三)", "生态系统保护", [
        ("11", "生态环境状况指数(EI)", None, "-", "≥55且不降低", "约束性"),
        ("12", "森林覆盖率", ["山区", "丘陵区", "平原地区", "高寒区或草原区林草覆盖率"], "%",
         ["≥60", "≥40", "≥18", "≥70"], "参考性"),
        ("13", "生物物种资源保护", ["重点保护物种受到严格保护", "外来物种入侵"], ["-", "-"],
         ["执行", "不明显"], "参考性"),
    ]),
    ("(四)", "环境风险防范", [
        ("14", "危险废物安全处置率", None, "%", "100", "约束性"),
        ("15", "污染场地环境监管体系", None, "-", "建立", "参考性"),
        ("16", "重、特大突发环境事件", None, "-", "未发生", "约束性"),
    ]),
    ("(五)", "空间格局优化", [
        ("17", "生态保护红线划定占国土面积比例:", ["非湖区县(市)", "湖区县(市)", "城区"], "%",
         ["20%以上", "15%以上", "应划尽划"], "约束性"),
        ("18", "永久基本农田", None, "-", "遵守", "约束性"),
        # the stored page stops inside this row ("平" of 平原地区)
        ("19", "受保护地区占国土面积比例", ["山区", "丘陵地区", "平"], "", "", ""),
    ]),
]

CD_INDICATORS = [
    ind("生态文明建设规划", "制定实施", level1="制度与保障机制完善"),
    ind("生态文明建设工作占党政实绩考核的比例", "≥20", ">=", 20, "%", level1="制度与保障机制完善"),
    ind("自然资源资产负债表", "开展", level1="制度与保障机制完善"),
    ind("自然资源资产离任审计", "开展", level1="制度与保障机制完善"),
    ind("生态环境损害责任追究", "开展", level1="制度与保障机制完善"),
    ind("河长制", "全面推行", level1="制度与保障机制完善"),
    ind("固定源排污许可证核发", "开展", level1="制度与保障机制完善"),
    ind("环境信息公开率", "100", None, 100, "%", level1="制度与保障机制完善"),
    ind("环境空气质量", "高于上年和县市区平均水平", ">", None, None, level1="环境质量改善",
        subitem="优良天数比例提高幅度"),
    ind("环境空气质量", "基本消除", None, None, None, level1="环境质量改善",
        subitem="重污染天数比例下降幅度"),
    ind("地表水环境质量", "地表水环境质量总体改善,考核断面水质逐步变好不能变差。不能出现劣v类水质。",
        level1="环境质量改善", subitem="达到或优于III类水质比例提高幅度"),
    ind("地表水环境质量", "地表水环境质量总体改善,考核断面水质逐步变好不能变差。不能出现劣v类水质。",
        level1="环境质量改善", subitem="劣V类水体比例下降幅度"),
    ind("生态环境状况指数(EI)", "≥55且不降低", ">=", 55, None, level1="生态系统保护"),
    ind("森林覆盖率", "≥60", ">=", 60, "%", level1="生态系统保护", subitem="山区"),
    ind("森林覆盖率", "≥40", ">=", 40, "%", level1="生态系统保护", subitem="丘陵区"),
    ind("森林覆盖率", "≥18", ">=", 18, "%", level1="生态系统保护", subitem="平原地区"),
    ind("森林覆盖率", "≥70", ">=", 70, "%", level1="生态系统保护", subitem="高寒区或草原区林草覆盖率"),
    ind("生物物种资源保护", "执行", level1="生态系统保护", subitem="重点保护物种受到严格保护"),
    ind("生物物种资源保护", "不明显", level1="生态系统保护", subitem="外来物种入侵"),
    ind("危险废物安全处置率", "100", None, 100, "%", level1="环境风险防范"),
    ind("污染场地环境监管体系", "建立", level1="环境风险防范"),
    ind("重、特大突发环境事件", "未发生", level1="环境风险防范"),
    ind("生态保护红线划定占国土面积比例", "20%以上", ">=", 20, "%", level1="空间格局优化",
        subitem="非湖区县(市)"),
    ind("生态保护红线划定占国土面积比例", "15%以上", ">=", 15, "%", level1="空间格局优化",
        subitem="湖区县(市)"),
    ind("生态保护红线划定占国土面积比例", "应划尽划", None, None, "%", level1="空间格局优化",
        subitem="城区"),
    ind("永久基本农田", "遵守", level1="空间格局优化"),
    ind("受保护地区占国土面积比例", None, level1="空间格局优化", subitem="山区/丘陵地区/平(截断)"),
]

CD_GOLD = {
    "source_urls": [CD_URL],
    "province": "湖南省",
    "doc_kind": "示范创建指标体系(生态文明建设示范县指标)",
    "patterns": [1, 5, 6],
    "indicators": CD_INDICATORS,
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.vague_wording", "item": "地表水环境质量",
         "why": "target cell says 总体改善 / 逐步变好不能变差 with no figure for either sub-item (提高幅度, 下降幅度)"},
        {"rule": "target.qualitative_no_scale", "item": "生物物种资源保护",
         "why": "外来物种入侵 │ 不明显: qualitative value with no grading rule"},
        {"rule": "target.qualitative_no_scale", "item": "生态保护红线划定占国土面积比例",
         "why": "城区 │ 应划尽划 under unit % : no figure, no scale"},
        {"rule": "target.missing_value", "item": "受保护地区占国土面积比例",
         "why": "row 19 has sub-items 山区/丘陵地区/平… but no unit, value or attribute: the stored page stops inside the row"},
    ],
    "notes": ("Web page of 常德市生态环境局 reproducing the Hunan provincial indicator list for 示范县 (table 一). "
              "领域 column holds only the numbers (一)…(五), 任务 the block names; both merged down each block. "
              "指标名称 spans two columns: main name merged down, sub-items to its right. Row 9 keeps the page's single "
              "value cell '高于上年和县市区平均水平基本消除' merged over its two sub-rows (gold splits it into the two sub-item targets). "
              "Row 10 unit cell is blank on the page; its long target text is merged over both sub-rows; '劣v' lower-case typo kept. "
              "The stored page stops inside row 19 after '平'; the row is built with its three visible sub-items and empty cells. "
              "Qualitative targets like 开展/遵守/建立 are binary states, not flagged. level1 = the 任务 name."),
}

# =============================================================================================
# 2. 江西 景德镇 昌江区 (jdzcjq.gov.cn): 征求高标准农田建设规划任务意见的函 -> DOCX
# =============================================================================================
JD_FILE = "jiangxi-jingdezhen-changjiang-gaobiaozhunnongtian-renwu-han.docx"
JD_URL = "http://www.jdzcjq.gov.cn/qnyncslj/fdzdgknr_1666/myzjjjgfk3/t815499.shtml"
JD_TITLE = "关于征求2021-2030年高标准农田建设规划任务意见的函"
JD_TO = "鲇鱼山镇、丽阳镇、荷塘乡人民政府:"
JD_BODY = ("为落实《江西省高标准农田建设规划(2021-2030年)》以及省委省政府、市委市政府、区委区政府的决策部署，"
           "认真谋划我区新一轮高标准农田建设，并按照省、市推进高标准农田建设的部署和要求，我们初步拟定了全区"
           "2021-2030年高标准农田建设规划任务面积。现将拟下达给你乡(镇)的规划任务面积送你们征求意见，请于"
           "2022年4月15日下班前将意见以书面形式反馈到昌江区高标准农田建设办公室。")
JD_DATE = "2022年4月12日"
JD_COLS = ["累计建成高标准农田面积", "累计改造提升高标准农田面积", "累计新增高效节水灌溉面积"]
JD_ROWS = [
    ("全区", ["5.56", "0.80", "", "5.56", "0.80", ""]),
    ("鲇鱼山镇", ["2.70", "0.40", "", "2.70", "0.40", ""]),
    ("丽阳镇", ["2.76", "0.40", "", "2.76", "0.40", ""]),
    ("荷塘乡", ["0.20", "", "", "0.20", "", ""]),
]


def _jd_indicators():
    out = []
    for unit_name, cells in JD_ROWS:
        for i, cell in enumerate(cells):
            period = "到2025年规划指标(万亩)" if i < 3 else "到2030年规划指标(万亩)"
            col = JD_COLS[i % 3]
            out.append(ind(unit_name, cell or None, None, float(cell) if cell else None, "万亩",
                           level1=None, level2=None, column=col, period=period))
    return out


JD_GOLD = {
    "source_urls": [JD_URL],
    "province": "江西省",
    "doc_kind": "目标任务分解表(征求意见函)",
    "patterns": [3, 6],
    "indicators": _jd_indicators(),
    "goals": [],
    "facts": [
        {"metric": "累计建成高标准农田面积(到2025年)", "kind": "sum", "total": 5.56, "parts": [2.70, 2.76, 0.20], "unit": "万亩"},
        {"metric": "累计改造提升高标准农田面积(到2025年)", "kind": "sum", "total": 0.80, "parts": [0.40, 0.40], "unit": "万亩"},
        {"metric": "累计建成高标准农田面积(到2030年)", "kind": "sum", "total": 5.56, "parts": [2.70, 2.76, 0.20], "unit": "万亩"},
        {"metric": "累计改造提升高标准农田面积(到2030年)", "kind": "sum", "total": 0.80, "parts": [0.40, 0.40], "unit": "万亩"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "累计建成高标准农田面积",
         "why": "到2025年: 全区 5.56 but 鲇鱼山镇 2.70 + 丽阳镇 2.76 + 荷塘乡 0.20 = 5.66 (same in the 2030 half)"},
        {"rule": "target.missing_value", "item": "全区",
         "why": "累计新增高效节水灌溉面积 is blank for 全区 (and every town) in both the 2025 and the 2030 half"},
        {"rule": "target.duplicate", "item": "全区",
         "why": "the 到2030年 half repeats the 到2025年 cumulative figures cell for cell (5.56 / 0.80; towns likewise): no increase planned 2026-2030 or a copied block"},
    ],
    "notes": ("Short letter of 昌江区 (景德镇) asking three towns for comments on their share of the 2021-2030 high-standard "
              "farmland task. Two-row header: 单位 merged down; 到2025年规划指标(万亩) and 到2030年规划指标(万亩) each merged over "
              "three columns. The page's flattened table lists empty cells at the row end, so which cells are blank is a "
              "judgement: 高效节水 taken as blank everywhere, 荷塘乡's 0.20 placed under 累计建成 (改造提升 0.40+0.40=0.80 matches "
              "the 全区 figure only without it). Either placement leaves 累计建成 inconsistent. Indicator rows: one per unit and "
              "column (name = unit as written; extra keys column/period). No signer on the stored page; it ends with the date."),
}

# =============================================================================================
# 3. 内蒙古 巴彦淖尔 临河区 (mirror dsxcorner.com): 2023年小麦生产任务分解表 -> DOCX
# =============================================================================================
LH_FILE = "neimenggu-bayannaoer-linhe-xiaomai-renwu-fenjiebiao.docx"
LH_URL = "http://dsxcorner.com/html/78/25842.html"
LH_META = [
    ["索 引 號", "11152801011749789X/2022-0005", "主題分類", "農(nóng)牧業(yè)、林業(yè)、水利"],
    ["發(fā)布機構(gòu)", "臨河區(qū)人民政府辦公室", "文 號", "臨政辦發(fā)〔2022〕68號"],
    ["成文日期", "2022-10-19", "公文時效", "失效"],
]
LH_TO = "各鄉(xiāng)鎮(zhèn)人民政府,臨農(nóng)農(nóng)牧業(yè)發(fā)展有限公司、狼山農(nóng)場農(nóng)牧業(yè)發(fā)展有限公司,區(qū)直各有關(guān)單位:"
LH_BODY = ("為貫徹黨中央、國務院以及市委、市政府對糧食安全生產的部署，壓實黨政同責、扛牢糧食安全政治責任，"
           "確保全面完成我區2023年小麥播種任務，現把《2023年臨河區小麥生產任務分解表》印發給你們。這項工作列為"
           "年度實績考核、鄉村振興考核、“五面紅旗”鄉鎮(農場)黨委創建和鄉鎮(農場)黨委書記“鄉村振興擂臺比武”的"
           "重要考核指標。請各鄉鎮(農場)和相關部門提高認識、抓緊落實，切實做好小麥生產，保證小麥生產目標按期完成。")
LH_ATT = "附件:《2023年臨河區(qū)小麥生產(chǎn)任務(wù)分解表》"
LH_SIGN = "臨河區(qū)人民政府辦公室"
LH_DATE = "2022年10月19日"
LH_T_TITLE = "附件: 2023年臨河區(qū)小麥種植任務(wù)分解表"
LH_T_UNIT = "面積:萬畝"
LH_HEADER = ["鄉(xiāng)鎮(zhèn)(農(nóng)場)", "可種植面積", "2023年小麥任務(wù)面積", "備注"]
LH_ROWS = [
    ("八一鄉(xiāng)", "8.44", "0.91"),
    ("白腦包鎮(zhèn)", "32.01", "3.89"),
    ("城關(guān)鎮(zhèn)", "6.73", "0.72"),
    ("干召廟鎮(zhèn)", "33.75", "4.10"),
    ("狼山農(nóng)場", "7.97", "0.97"),
    ("狼山鎮(zhèn)", "27.77", "3.37"),
    ("臨河農(nóng)場", "2.75", "0.30"),
    ("曙光鄉(xiāng)", "1.47", "0.16"),
    ("雙河鎮(zhèn)", "11.72", "1.26"),
    ("烏蘭圖克鎮(zhèn)", "26.01", "3.16"),
    ("新華鎮(zhèn)", "50.79", "6.17"),
]
LH_TOTAL = ("合計", "209.43")  # the stored page stops after this cell


def _lh_indicators():
    out = [ind(n, t, None, float(t), "萬畝", column="2023年小麥任務(wù)面積", baseline=float(b),
               baseline_column="可種植面積") for n, b, t in LH_ROWS]
    out.append(ind("合計", None, None, None, "萬畝", column="2023年小麥任務(wù)面積",
                   baseline=209.43, baseline_column="可種植面積"))
    return out


LH_GOLD = {
    "source_urls": [LH_URL],
    "province": "内蒙古自治区",
    "doc_kind": "目标任务分解表(通知附件)",
    "patterns": [5, 6, 8],
    "indicators": _lh_indicators(),
    "goals": [],
    "facts": [
        {"metric": "可種植面積", "kind": "sum", "total": 209.43,
         "parts": [float(b) for _, b, _ in LH_ROWS], "unit": "萬畝"},
        {"metric": "2023年小麥任務(wù)面積", "kind": "sum", "total": None,
         "parts": [float(t) for _, _, t in LH_ROWS], "unit": "萬畝"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "可種植面積",
         "why": "合計 209.43 but the eleven rows add up to 209.41 (difference 0.02, probably rounding)"},
        {"rule": "target.missing_value", "item": "合計",
         "why": "the 合計 row has no 2023年小麥任務面積 (the rows sum to 25.01): the stored page stops after 209.43"},
    ],
    "notes": ("Mirror page (dsxcorner.com) of a 臨河區 notice 臨政辦發〔2022〕68號, converted to traditional characters with "
              "inline pinyin glosses such as 鄉(xiāng), 農(nóng); header words, names and table cells keep these glosses as found. "
              "The notice title says 小麥生產任務分解表, the attachment caption 小麥種植任務分解表 (kept). 可種植面積 is a base, "
              "not a target: gold keeps it as baseline. 備注 column empty. The page stops after the 合計 cell 209.43; "
              "the row is built with its remaining cells empty. Body paragraph rewritten in my own words (traditional, no glosses)."),
}

# =============================================================================================
# 4. 四川 达州 (meilidazhou.isenlin.cn): “十四五”林业发展主要目标指标表 -> DOCX
# =============================================================================================
DZ_FILE = "sichuan-dazhou-linye-shisiwu-zhuyaomubiao-zhibiao.docx"
DZ_URL = "http://meilidazhou.isenlin.cn"
DZ_P1 = ("进入“十四五”，达州林业自觉服从并服务于全市改革发展的大局，立足新发展阶段、贯彻新发展理念、"
         "融入新发展格局，力争为新时代林业事业高质量发展开好局、起好步。")
DZ_H = "指导思想"
DZ_GOAL = "协同打造践行“两山论”样板地、共建全国绿色发展示范区"
DZ_P2 = ("以习近平新时代中国特色社会主义思想为指导，坚持生态优先、绿色发展，把“林长制”作为总抓手，"
         "用好成渝地区双城经济圈、川陕革命老区振兴发展、万达开川渝统筹发展示范区和乡村振兴等发展机遇，"
         "紧扣" + DZ_GOAL + "的目标，抓好天然林保护、国家储备林建设项目、“两岸青山·千里林带”工程、"
         "万达开森林城市群建设、明月山绿色发展示范带建设、渠江生态廊道和环城森林带建设等重大工程、重大行动和重大举措；"
         "探索生态产品价值实现的路径与转化模式，推动林业由“资源优势”转为“经济优势”，走生态保护与资源开发利用融合、"
         "共赢的绿色发展之路，写好新时代达州林业高质量发展的新篇章。")
DZ_CAPTION = "“十四五”林业发展主要目标指标表"
DZ_HEADER = ["类别", "序号", "指标名称", "2020年", "2025年", "属性"]
DZ_ROWS = [
    ["生态建设", "1", "森林覆盖率(%)", "45.31", "46.3", "约束性"],
    ["", "2", "森林蓄积量(万立方米)", "4606.24", "5000", "约"],  # page stops inside the 属性 cell
]
DZ_GOLD = {
    "source_urls": [DZ_URL],
    "province": "四川省",
    "doc_kind": "十四五专项规划主要指标表(林业发展)",
    "patterns": [1, 5, 6],
    "indicators": [
        ind("森林覆盖率(%)", "46.3", None, 46.3, "%", level1="生态建设", baseline=45.31,
            baseline_column="2020年", attribute="约束性"),
        ind("森林蓄积量(万立方米)", "5000", None, 5000, "万立方米", level1="生态建设", baseline=4606.24,
            baseline_column="2020年", attribute="约(截断)"),
    ],
    "goals": [{"kind": "总体目标", "text": DZ_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": DZ_GOAL,
         "why": "the guiding goal (样板地, 示范区) carries no figure; only two table rows quantify anything"},
        {"rule": "coverage.too_few_indicators", "item": "生态建设",
         "why": "类别 生态建设 is merged over four rows in the source (rowspan=4) but the document holds only two rows before it stops"},
    ],
    "notes": ("Page (达州 林业 site, HTML) with an intro, 指导思想 and the table caption “十四五”林业发展主要目标指标表. "
              "类别 生态建设 has rowspan=4 in the page's HTML, but the stored page stops inside row 2 (属性 cell reads '约'); "
              "the built table merges 生态建设 over the two rows present and keeps '约'. Units sit in the names "
              "(森林覆盖率(%), 森林蓄积量(万立方米)); values are bare numbers, so operator null. Prose rewritten in my own words, "
              "names of programmes kept."),
}

# =============================================================================================
# 5. 浙江 丽水 (mirror luntanhao.com): 2020年丽水市国民经济和社会发展计划 -> DOCX (targets in prose)
# =============================================================================================
LS_FILE = "zhejiang-lishui-2020-guominjingji-shehuifazhan-jihua.docx"
LS_URL = "http://www.luntanhao.com/art/2020/5/18/art_1229283449_2200564.html"
LS_CRUMB = "當前位置:首頁 >> 政務公開 >> 市政府信息公開 >> 政策文件 >> 其他文件 >> 市政府文件"
LS_META = [
    ["索引號", "113325000026455663/2020-28215", "文號", "麗政發〔2020〕9號"],
    ["組配分類", "市政府文件", "發布機構", "市政府"],
    ["成文日期", "2020-05-18", "公開方式", "主動公開"],
]
LS_TITLE = "麗水市人民政府關于下達2020年麗水市國民經濟和社會發展計劃的通知"
LS_PUB = "發布時間:2020-05-18 00:00    瀏覽次數:    信息來源: 市府辦"
LS_TO = "各縣(市、區)人民政府,市政府直屬各單位:"
LS_P1 = "市四屆人大五次會議已審議批准2020年麗水市國民經濟和社會發展計劃，現印發給你們，請抓好組織實施。"
LS_P2 = ("2020年既是“十三五”規劃的收官之年、與全省同步高水平全面建成小康社會的決勝之年，又逢“兩山”理念提出15周年、"
         "麗水撤地設市20周年，做好全年國民經濟和社會發展工作意義非常重大。2020年我市國民經濟和社會發展主要目標是:")
LS_T1 = ("——關于經濟發展類目標(13個)。地區生產總值力爭增長7.5%左右;規模以上工業增加值增長8%以上;服務業增加值增長8%;"
         "一般公共預算收入增長7.5%;固定資產投資增長10%以上,其中交通投資,生態環保、城市更新和水利設施投資,"
         "高新技術產業投資,民間項目投資均增長12%以上;社會消費品零售總額增長8.5%,其中網絡零售額增長15%;"
         "貨物出口總額保持適度增長,生產企業出口增長5%。")
LS_T2 = ("——關于質量效益類目標(12個)。研究與試驗發展經費投入強度達到2.0%;全員勞動生產率穩步提高;不良貸款率控制在1.3%以內;"
         "數字經濟核心產業增加值增長15%;文化產業、旅游產業、健康產業(含生物醫藥)、節能環保產業(含綠色能源)、時尚產業、"
         "金融產業和高端裝備制造業(含新材料)增加值增速均高于GDP增速;生態精品農業增加值增長2.5%以上。")
LS_T3 = "——關于生態文明類目標(8個)。單位生產總值綜合能耗、單位生產總值二氧化碳排"  # page stops here

E1 = "關于經濟發展類目標(13個)"
E2 = "關于質量效益類目標(12個)"
LS_GOLD = {
    "source_urls": [LS_URL],
    "province": "浙江省",
    "doc_kind": "年度國民經濟和社會發展計劃(下達通知,目標在正文)",
    "patterns": [8, 10],
    "indicators": [
        ind("地區生產總值", "力爭增長7.5%左右", None, 7.5, "%", level1=E1),
        ind("規模以上工業增加值", "增長8%以上", ">=", 8, "%", level1=E1),
        ind("服務業增加值", "增長8%", None, 8, "%", level1=E1),
        ind("一般公共預算收入", "增長7.5%", None, 7.5, "%", level1=E1),
        ind("固定資產投資", "增長10%以上", ">=", 10, "%", level1=E1),
        ind("交通投資", "均增長12%以上", ">=", 12, "%", level1=E1),
        ind("生態環保、城市更新和水利設施投資", "均增長12%以上", ">=", 12, "%", level1=E1),
        ind("高新技術產業投資", "均增長12%以上", ">=", 12, "%", level1=E1),
        ind("民間項目投資", "均增長12%以上", ">=", 12, "%", level1=E1),
        ind("社會消費品零售總額", "增長8.5%", None, 8.5, "%", level1=E1),
        ind("網絡零售額", "增長15%", None, 15, "%", level1=E1),
        ind("生產企業出口", "增長5%", None, 5, "%", level1=E1),
        ind("研究與試驗發展經費投入強度", "達到2.0%", ">=", 2.0, "%", level1=E2),
        ind("不良貸款率", "控制在1.3%以內", "<=", 1.3, "%", level1=E2),
        ind("數字經濟核心產業增加值", "增長15%", None, 15, "%", level1=E2),
        ind("生態精品農業增加值", "增長2.5%以上", ">=", 2.5, "%", level1=E2),
    ],
    "goals": [],
    "facts": [
        {"metric": "關于經濟發展類目標", "kind": "count", "total": 13, "listed": 13, "parts": None, "unit": "個"},
        {"metric": "關于質量效益類目標", "kind": "count", "total": 12, "listed": 12, "parts": None, "unit": "個"},
        {"metric": "關于生態文明類目標", "kind": "count", "total": 8, "listed": None, "parts": None, "unit": "個"},
    ],
    "findings": [
        {"rule": "target.vague_wording", "item": "貨物出口總額",
         "why": "保持適度增長: no figure, the only unquantified one of the 13 economic targets"},
        {"rule": "target.vague_wording", "item": "全員勞動生產率",
         "why": "穩步提高: no figure or baseline"},
    ],
    "notes": ("Mirror (luntanhao.com, traditional characters) of 麗政發〔2020〕9號. The targets sit in three dash paragraphs; "
              "the two complete ones are kept verbatim (short target texts), the framing sentences rewritten. 13 and 12 "
              "targets are counted: economic 13 = 12 figure rows + 貨物出口總額 (no figure); quality 12 = 5 figure rows + "
              "全員勞動生產率 (no figure) + seven industries whose 增加值增速 must exceed GDP growth (relative, no figure: no rows, "
              "not flagged). 地區生產總值 '力爭…左右' has no operator. The stored page stops inside the third paragraph "
              "(生態文明類, 8 targets announced, none readable)."),
}

DOCS = [
    (CD_FILE, CD_GOLD),
    (JD_FILE, JD_GOLD),
    (LH_FILE, LH_GOLD),
    (DZ_FILE, DZ_GOLD),
    (LS_FILE, LS_GOLD),
]

# =============================================================================================
# Builders
# =============================================================================================
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
import datetime  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402


def _docx_base():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    return doc


def _para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _table(doc, rows, ncols):
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                t.cell(i, j).text = val
    return t


def _widths(table, cms, size=None):
    from docx.shared import Cm
    table.autofit = False
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if j < len(cms):
            gc.set(qn("w:w"), str(int(Cm(cms[j]).twips)))
    for row in table.rows:
        for j, cell in enumerate(row.cells):
            if j < len(cms):
                cell.width = Cm(cms[j])
            if size:
                for para in cell.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(size)


def _landscape(doc):
    from docx.enum.section import WD_ORIENT
    sec = doc.sections[0]
    w, h = sec.page_width, sec.page_height
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = h, w


def build_changde(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "示范县指标"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.append([CD_TITLE])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append([CD_META])
    ws.merge_cells("A2:H2")
    ws.append([CD_SUB])
    ws.merge_cells("A3:H3")
    ws["A3"].font = Font(bold=True)
    ws.append(CD_HEADER)
    ws.merge_cells("D4:E4")
    r = 5
    for ling, renwu, items in CD_BLOCKS:
        block_start = r
        for seq, name, subs, unit, value, attr in items:
            n = len(subs) if subs else 1
            for k in range(n):
                row = r + k
                if k == 0:
                    ws.cell(row, 3, seq)
                    ws.cell(row, 4, name)
                    ws.cell(row, 8, attr)
                if subs:
                    ws.cell(row, 5, subs[k])
                if isinstance(unit, list):
                    ws.cell(row, 6, unit[k])
                elif k == 0:
                    ws.cell(row, 6, unit)
                if isinstance(value, list):
                    ws.cell(row, 7, value[k])
                elif k == 0:
                    ws.cell(row, 7, value)
            if subs and n > 1:
                for col in (3, 4, 8):
                    ws.merge_cells(start_row=r, start_column=col, end_row=r + n - 1, end_column=col)
                if not isinstance(unit, list):
                    ws.merge_cells(start_row=r, start_column=6, end_row=r + n - 1, end_column=6)
                if not isinstance(value, list):
                    ws.merge_cells(start_row=r, start_column=7, end_row=r + n - 1, end_column=7)
            else:
                ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
            if isinstance(value, str) and len(value) > 20:
                for k in range(n):
                    ws.row_dimensions[r + k].height = 40
            r += n
        ws.cell(block_start, 1, ling)
        ws.cell(block_start, 2, renwu)
        ws.merge_cells(start_row=block_start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=block_start, start_column=2, end_row=r - 1, end_column=2)
    for row in ws.iter_rows(min_row=4, max_row=r - 1, max_col=8):
        for c in row:
            c.border = border
            c.alignment = wrap
    for col, w in zip("ABCDEFGH", (7, 12, 6, 26, 20, 7, 26, 9)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.save(path)


def build_jd(path):
    doc = _docx_base()
    _landscape(doc)
    _para(doc, JD_TITLE, bold=True, center=True, size=15)
    _para(doc, JD_TO)
    _para(doc, JD_BODY)
    rows = [["单位", "到2025年规划指标(万亩)", "", "", "到2030年规划指标(万亩)", "", ""],
            ["", JD_COLS[0], JD_COLS[1], JD_COLS[2], JD_COLS[0], JD_COLS[1], JD_COLS[2]]]
    rows += [[u] + cells for u, cells in JD_ROWS]
    t = _table(doc, rows, 7)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 6))
    t.cell(0, 0).text = "单位"
    t.cell(0, 1).text = "到2025年规划指标(万亩)"
    t.cell(0, 4).text = "到2030年规划指标(万亩)"
    _widths(t, [2.2, 3.9, 3.9, 3.9, 3.9, 3.9, 3.9], size=9)
    p = _para(doc, JD_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


def build_lh(path):
    doc = _docx_base()
    _table(doc, LH_META, 4)
    _para(doc, "")
    _para(doc, LH_TO)
    _para(doc, LH_BODY)
    _para(doc, LH_ATT)
    p = _para(doc, LH_SIGN)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = _para(doc, LH_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rows = [[LH_T_TITLE, "", "", ""], [LH_T_UNIT, "", "", ""], list(LH_HEADER)]
    rows += [[n, b, t, ""] for n, b, t in LH_ROWS]
    rows.append([LH_TOTAL[0], LH_TOTAL[1], "", ""])
    t = _table(doc, rows, 4)
    t.cell(0, 0).merge(t.cell(0, 3))
    t.cell(0, 0).text = LH_T_TITLE
    t.cell(1, 0).merge(t.cell(1, 3))
    t.cell(1, 0).text = LH_T_UNIT
    _widths(t, [6.6, 2.6, 5.0, 1.8])
    doc.save(path)


def build_dz(path):
    doc = _docx_base()
    _para(doc, DZ_P1)
    _para(doc, DZ_H, bold=True, center=True, size=13)
    _para(doc, DZ_P2)
    _para(doc, "")
    _para(doc, DZ_CAPTION, center=True, bold=True)
    t = _table(doc, [DZ_HEADER] + DZ_ROWS, 6)
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(1, 0).text = "生态建设"
    _widths(t, [2.2, 1.3, 5.2, 2.4, 2.4, 2.0])
    doc.save(path)


def build_ls(path):
    doc = _docx_base()
    _para(doc, LS_CRUMB, size=9)
    _table(doc, LS_META, 4)
    _para(doc, LS_TITLE, bold=True, center=True, size=14)
    _para(doc, LS_PUB, center=True, size=9)
    _para(doc, "")
    _para(doc, LS_TO)
    _para(doc, LS_P1)
    _para(doc, LS_P2)
    _para(doc, LS_T1)
    _para(doc, LS_T2)
    _para(doc, LS_T3)
    doc.save(path)


BUILDERS = {CD_FILE: build_changde, JD_FILE: build_jd, LH_FILE: build_lh, DZ_FILE: build_dz, LS_FILE: build_ls}

# =============================================================================================
# Determinism, PDF export, annotations, check
# =============================================================================================

def make_deterministic(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_DT + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_DT + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    txt_raw = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    needles = []
    for r in gold["indicators"]:
        needles += [r["name"], r["target_text"]]
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"]]
    for n in needles:
        if not n:
            continue
        s = squash(n)
        if s not in txt and s not in txt_raw:
            missing.append(n)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    ok = True
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for fname, gold in DOCS:
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        make_deterministic(path)
        pdf = export_pdf(path)
        for src in (fname, os.path.basename(pdf)):
            g = {"source": src}
            g.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
        missing = check(pdf, gold)
        status = "OK" if not missing else "MISSING %s" % missing
        if missing:
            ok = False
        print("%-62s rows=%2d goals=%d findings=%d facts=%d  %s" % (
            fname, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"]), status))
        totals["docs"] += 1
        totals["indicators"] += len(gold["indicators"])
        totals["goals"] += len(gold["goals"])
        totals["findings"] += len(gold["findings"])
        totals["facts"] += len(gold["facts"])
    print("totals", totals)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
