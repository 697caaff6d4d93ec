#!/usr/bin/env python3
"""blind218: real-layout documents (performance evaluation indicator tables / evaluation reports).

Gold first (Python data), then the builders (python-docx / openpyxl), the PDF export with
LibreOffice (own profile), the annotation files and the pdftotext check.
Run with /tmp/venv/bin/python make_blind218_layouts.py
"""
import copy
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
ANN = os.path.join(HERE, "annotations")
PART = "blind218"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
FIXED_W3C = "2024-01-01T00:00:00Z"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

def ind(level1, level2, name, weight=None, unit=None, score=None, target_text=None,
        operator=None, value=None, actual=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# --- doc 1: 县就业服务中心财政专项资金绩效评价共性指标表 (mswk.cn) -----------------
D1 = "weizhi-xian-jiuyezhuanxiang-gongxingzhibiaobiao"
GOLD1 = {
    "source": D1 + ".docx",
    "source_urls": ["http://mswk.cn/Article/ShowArticle.asp?ArticleID=153628"],
    "province": None,
    "doc_kind": "绩效评价指标体系(财政专项资金绩效评价共性指标表)",
    "patterns": [1, 5, 8],
    "indicators": [
        ind("投入(20分)", "项目立项(12分)", "项目立项规范性", weight=4),
        ind("投入(20分)", "项目立项(12分)", "绩效目标合理性", weight=4),
        ind("投入(20分)", "项目立项(12分)", "绩效指标明确性", weight=3),
        ind("投入(20分)", "资金落实(8分)", "资金到位率"),
    ],
    "goals": [],
    "facts": [
        {"metric": "项目立项", "kind": "sum", "total": 12, "parts": [4, 4, 3], "unit": "分"},
        {"metric": "投入", "kind": "sum", "total": 20, "parts": [12, 8], "unit": "分"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "项目立项",
         "why": "二级指标“项目立项(12分)”下三个三级指标的分值为4+4+3=11分，与标注的12分不符（页面在资金落实处截断，但项目立项块已完整）。"},
    ],
    "notes": ("Stored page is a members-only preview of a county 就业服务中心 common-indicator table; province not stated. "
              "Header is two rows (一级/二级/三级 over 指标, 指标解释, 指标说明, 得分). The numbers 4/4/3 stand in the column "
              "headed 得分 but are the points allotted by the framework, so they are recorded as weight (score null). "
              "指标解释 and 评价要点 sentences are paraphrased; the typos 依椐 (×2), 顸期 and 任务教 are kept. "
              "The page stops inside the 资金到位率 row (指标解释 cut at '实际到位资金与计划投…………'); the rest of the "
              "table (过程/产出/效果) is not on the stored page, so no coverage finding is given. The site text "
              "'全文共2435字,仅供站内会员学习参考' is reproduced (pattern 8)."),
}

# --- doc 2: 农村生活垃圾治理 评估指标体系评分细则 表1 (docx.baby) --------------------
D2 = "weizhi-nongcun-shenghuolaji-pingguzhibiao-quanzhongbiao"
S1 = "一、农村生活垃圾治理工作现状评估指标"
S2 = "二、农村生活垃圾治理成效主观评估指标"
S3 = "三、农村生活垃圾收运处理公众参与调查评估指标"
# rows: (序号, 一级, 一级权重, 二级, 二级权重, 三级, 三级权重); None = merged/continued cell
D2_ROWS = [
    (S1,),
    (1, "农村生活垃圾管理工作", 46, "环卫规划", 2, "规划文件的完整性、科学性", 2),
    (2, None, None, "法制建设、监督管理", 4, "垃圾管理条例宣传教育", 2),
    (3, None, None, None, None, "制度执行\\奖惩措施实施情况", 2),
    (4, None, None, "资金保障", 14, "设施建设、运营资金保障", 6),
    (5, None, None, None, None, "垃圾分类工作的资金保障", 2),
    (6, None, None, None, None, "农村保洁员资金保障", 3),
    (7, None, None, None, None, "城区镇区垃圾收费实施情况", 3),
    (8, None, None, "村庄保洁", 4, "保洁工作监督管理", 2),
    (9, None, None, None, None, "村庄保洁覆盖率", 2),
    (10, None, None, "收运处理普及率", 3, "垃圾无害化处理率", 3),
    (11, None, None, "分类收集与处置", 4, "垃圾分类体系的建立", 2),
    (12, None, None, None, None, "分类减量与资源化率", 2),
    (13, None, None, "处理场、转运站建设及设施配套", 15, "无害化处理设施建设", 8),
    (14, None, None, None, None, "转运站建设", 4),
    (15, None, None, None, None, "运输车辆配置", 3),
    (S2,),
    (16, "设施运行维护及保洁效果", 36, "设施设备配置的合理性和垃圾分类的执行", 4, "农村收集点配置的数量", 2),
    (17, None, None, None, None, "分类收集设备配置", 1),
    (18, None, None, None, None, "垃圾分类投放、分类收集实施", 1),
    (19, None, None, "环卫设施运行管理", 13, "处理设施运行管理", 6),
    (20, None, None, None, None, "转运站运行管理", 3),
    (21, None, None, None, None, "收集点运行管理", 2),
    (22, None, None, None, None, "镇转运车辆运行管理", 1),
    (23, None, None, None, None, "村收集车辆运行管理", 1),
    (24, None, None, "农村保洁员队伍", 4, "农村保洁员队伍配备", 4),
    (25, None, None, "村镇内环境洁净度", 8, "街道洁净度", 2),
    (26, None, None, None, None, "村内公共环境洁净度", 3),
    (27, None, None, None, None, "村民居住环境洁净度", 3),
    (28, None, None, "村镇周边环境洁净度", 7, "公路两侧洁净度", 2),
    (29, None, None, None, None, "河道及河边洁净度", 2),
    (30, None, None, None, None, "田边洁净度", 1),
    (31, None, None, None, None, "村边洁净度", 2),
    (S3,),
    (32, "公众参与", 8, "环卫工作群众满意度调查", 4, "环卫工作群众参与度", 2),
    (33, None, None, None, None, "环卫工作群众满意度", 2),
    (34, None, None, "垃圾分类的积极性和满意度调查", 4, "垃圾分类工作群众参与度", 2),
    (35, None, None, None, None, "分类投放、收集、运输覆盖率", None),
]


def _d2_indicators():
    out, l1, l2 = [], None, None
    for r in D2_ROWS:
        if len(r) == 1:
            continue
        _, a, _, b, _, c, w = r
        l1 = a if a is not None else l1
        l2 = b if b is not None else l2
        out.append(ind(l1, l2, c, weight=w))
    return out


GOLD2 = {
    "source": D2 + ".docx",
    "source_urls": ["https://docx.baby/p/20790300199237.html"],
    "province": None,
    "doc_kind": "评估(评价)指标体系评分细则 表1 评估指标和权重表",
    "patterns": [1, 8, 9],
    "indicators": _d2_indicators(),
    "goals": [],
    "facts": [
        {"metric": "农村生活垃圾管理工作", "kind": "sum", "total": 46, "parts": [2, 4, 14, 4, 3, 4, 15], "unit": None},
        {"metric": "资金保障", "kind": "sum", "total": 14, "parts": [6, 2, 3, 3], "unit": None},
        {"metric": "处理场、转运站建设及设施配套", "kind": "sum", "total": 15, "parts": [8, 4, 3], "unit": None},
        {"metric": "设施运行维护及保洁效果", "kind": "sum", "total": 36, "parts": [4, 13, 4, 8, 7], "unit": None},
        {"metric": "设施设备配置的合理性和垃圾分类的执行", "kind": "sum", "total": 4, "parts": [2, 1, 1], "unit": None},
        {"metric": "环卫设施运行管理", "kind": "sum", "total": 13, "parts": [6, 3, 2, 1, 1], "unit": None},
        {"metric": "村镇内环境洁净度", "kind": "sum", "total": 8, "parts": [2, 3, 3], "unit": None},
        {"metric": "村镇周边环境洁净度", "kind": "sum", "total": 7, "parts": [2, 2, 1, 2], "unit": None},
        {"metric": "公众参与", "kind": "sum", "total": 8, "parts": [4, 4], "unit": None},
    ],
    "findings": [],
    "notes": ("Download-site preview of 附件1 评估指标体系评分细则 (农村生活垃圾治理评估); province and issuing body not "
              "given on the stored page. Table 表1 has an unlabelled first column holding row numbers 1-35 (pattern 9) and "
              "three level/weight pairs (一级指标 权重 二级指标 权重 三级指标 权重). Section rows 一、二、三 span the table "
              "above the 一级 labels; level1 in the gold is the 一级指标 column, not the section row. All level weights "
              "add up where a block is complete (46, 36; 二级 blocks). The stored page stops at row 35 "
              "分类投放、收集、运输覆盖率, whose weight cell is empty (cut), so 公众参与 8 = 4 + 4 is checked only through "
              "the 二级 weights and the three 一级 weights reach 90 of presumably 100. No indicator has a target value: "
              "this is a weight table, the 评分细则 tables that follow are not on the page. "
              "The backslash in 制度执行\\奖惩措施实施情况 is as on the page."),
}

# --- doc 3: 高标准农田建设项目绩效评价指标体系 (journal table, English) -----------------
D3 = "weizhi-gaobiaozhunnongtian-jianshe-jixiaopingjia-zhibiaotixi"
D3_ROWS = [
    # criteria, factor, project(name as in cell), weight
    ("Decision (10.8%)", "Project establishment (15.4%)", "Degree of project necessity (points)", 0.9),
    ("Decision (10.8%)", "Project establishment (15.4%)", "Degree of procedural compliance (points)", 0.7),
    ("Decision (10.8%)", "Performance appraisal (33.5%)", "Degree of fitness for performance objectives (points)", 2.1),
    ("Decision (10.8%)", "Performance appraisal (33.5%)", "Degree of project necessity (points)", 1.5),
    ("Decision (10.8%)", "Capital inputs (51.1%)", "Capital availability rate (%)", 2.2),
    ("Decision (10.8%)", "Capital inputs (51.1%)", "Unit area investment amount (yuan/hm−2)", 3.3),
    ("Process (18.7%)", "Construction specifications (44.6%)", "Task completion rate (%)", 3.2),
    ("Process (18.7%)", "Construction specifications (44.6%)", "The soundness of management system (points)", 5.1),
    ("Process (18.7%)", "Project quality (32.9%)", "Clarity of quality standards (points)", 2.0),
    ("Process (18.7%)", "Project quality (32.9%)", "Effectiveness of control measures (points)", 4.2),
    ("Process (18.7%)", "Financial monitoring (22.5%)", "Deviation rate of fund expenditure (%)", 2.9),
    ("Process (18.7%)", "Financial monitoring (22.5%)", "Normality of expenditure (points)", 1.3),
    ("Output (29.3%)", "Construction effectiveness (75.2%)", "Completion rate of well-facilitated farmland (%)", 8.6),
    ("Output (29.3%)", "Construction effectiveness (75.2%)", "Road accessibility rate (%)", 3.9),
    ("Output (29.3%)", "Construction effectiveness (75.2%)", "Irrigation coverage rate (%)", 6.2),
    ("Output (29.3%)", "Construction effectiveness (75.2%)", "Land leveling rate (%)", 3.3),
    ("Output (29.3%)", "Project quality (24.8%)", "Acceptance pass rate (%)", 7.3),
    ("Benefit (41.2%)", "Economic benefits (46.3%)", "Increase in grain production per mu (kg·hm−2)", 7.9),
    ("Benefit (41.2%)", "Economic benefits (46.3%)", "Increase in annual income per capita (yuan·hm−2)", 11.2),
    ("Benefit (41.2%)", "Ecological benefits (21.6%)", "Water-saving rate of the project (%)", 5.5),
    ("Benefit (41.2%)", "Ecological benefits (21.6%)", "Degree of ecological improvement (points)", 3.4),
    ("Benefit (41.2%)", "Social benefits (32.1%)", "Public satisfaction (%)", 9.9),
    ("Benefit (41.2%)", "Social benefits (32.1%)", "Beneficiaries’ compliance rate (%)", 3.3),
]
D3_GOAL = "Well-facilitated farmland project construction performance"


def _split_name(cell):
    m = re.match(r"^(.*?) \(([^()]*)\)$", cell)
    return (m.group(1), m.group(2)) if m else (cell, None)


def _d3_indicators():
    out = []
    for crit, fac, cell, w in D3_ROWS:
        name, unit = _split_name(cell)
        out.append(ind(crit, fac, name, weight=w, unit=unit))
    return out


GOLD3 = {
    "source": D3 + ".xlsx",
    "source_urls": ["https://preview.hindawi.com/journals/jeph/2022/5117986/tab2"],
    "province": None,
    "doc_kind": "绩效评价指标体系(高标准农田建设项目，期刊论文表格，英文)",
    "patterns": [1, 5, 6],
    "indicators": _d3_indicators(),
    "goals": [],
    "facts": [
        {"metric": "Decision", "kind": "sum", "total": 10.8, "parts": [0.9, 0.7, 2.1, 1.5, 2.2, 3.3], "unit": "%"},
        {"metric": "Process", "kind": "sum", "total": 18.7, "parts": [3.2, 5.1, 2.0, 4.2, 2.9, 1.3], "unit": "%"},
        {"metric": "Output", "kind": "sum", "total": 29.3, "parts": [8.6, 3.9, 6.2, 3.3, 7.3], "unit": "%"},
        {"metric": "Benefit", "kind": "sum", "total": 41.2, "parts": [7.9, 11.2, 5.5, 3.4, 9.9, 3.3], "unit": "%"},
        {"metric": "Criteria weights", "kind": "percent_sum", "total": 100, "parts": [10.8, 18.7, 29.3, 41.2], "unit": "%"},
        {"metric": "Decision factor weights", "kind": "percent_sum", "total": 100, "parts": [15.4, 33.5, 51.1], "unit": "%"},
        {"metric": "Process factor weights", "kind": "percent_sum", "total": 100, "parts": [44.6, 32.9, 22.5], "unit": "%"},
        {"metric": "Output factor weights", "kind": "percent_sum", "total": 100, "parts": [75.2, 24.8], "unit": "%"},
        {"metric": "Benefit factor weights", "kind": "percent_sum", "total": 100, "parts": [46.3, 21.6, 32.1], "unit": "%"},
    ],
    "findings": [
        {"rule": "target.duplicate", "item": "Degree of project necessity",
         "why": "The same indicator 'Degree of project necessity (points)' is listed twice under Decision, once under Project establishment (0.9) and again under Performance appraisal (1.5)."},
        {"rule": "target.unit_mismatch", "item": "Increase in annual income per capita",
         "why": "A per-capita income indicator carries an area unit (yuan·hm−2)."},
        {"rule": "target.missing_unit", "item": "Unit area investment amount",
         "why": "Odd unit 'yuan/hm−2' (yuan per inverse hectare); yuan·hm−2 or yuan/hm2 is meant."},
    ],
    "notes": ("English table (Table 2) of a 2022 journal article on the performance evaluation of well-facilitated "
              "farmland (高标准农田) construction projects in China; no province on the stored page. Columns Goal / "
              "Criteria / Evaluation factor / Project / Weight (%); the Goal cell is merged over all rows, Criteria and "
              "factors are merged over their rows and carry their own weights in parentheses (pattern 5). The Project "
              "cells hold name and unit together, e.g. 'Task completion rate (%)' (pattern 6): the gold splits them "
              "into name and unit. Weight (%) is the global weight of each indicator; there are no targets, actuals "
              "or scores. The Decision rows add up to 10.7, not 10.8: the stated weights are products of rounded "
              "local weights, so this is read as rounding and not flagged; all other blocks add up exactly. level1/"
              "level2 are the Criteria and Evaluation factor cells as written, percentages included. The goal cell "
              "names the evaluation object, not a performance goal, so goals is empty."),
}

# --- doc 4: 津市市学前教育专项资金绩效评价报告 (Hunan, prose) ------------------------
D4 = "hunan-changde-jinshi-xueqianjiaoyu-jixiaopingjiabaogao"
D4_TITLE = "关于2015—2018年度津市市学前教育专项资金的绩效评价报告"
D4_PARAS = [
    ("meta", "发布时间:2019-12-13     访问次数:414     信息来源:"),
    ("p", "为强化政府预算绩效管理，推动财政资金使用更加科学、合理、精细，依据中共湖南省委办公厅、湖南省人民政府办公厅"
          "《关于全面实施预算绩效管理的意见》(湘办发[2019]10号)等文件，湖南源涛联合会计师事务所(以下简称“我所”)"
          "接受津市市财政局委托，于2019年9月9日至30日对2015—2018年度津市市学前教育专项资金(以下简称“学前教育专项”)"
          "开展了绩效评价，现将评价结果报告如下。"),
    ("h1", "一、项目基本情况"),
    ("h2", "(一)项目概况"),
    ("h3", "1、基本情况"),
    ("p", "津市市学前教育发展专项资金(以下简称“学前教育专项”)是津市市人民政府安排、专门用于全市学前教育事业发展的资金，"
          "来源于市本级财政预算。设立这项专项，是为了让全市教育事业持续、稳定、健康发展，资金投向扩大学前教育资源(校舍改扩建)、"
          "鼓励社会力量参与并以多渠道多形式举办幼儿园(奖补)、幼师培训和幼儿资助等项目。项目由津市市教育局"
          "(以下简称“市教育局”)组织实施。"),
    ("h3", "2、立项依据"),
    ("p", "本项目立项的主要依据包括:"),
    ("p", "1)《国家中长期教育改革和发展规划纲要(2010—2020年)》;"),
    ("p", "2)《国务院关于当前发展学前教育的若干意见》(国发〔2010〕41号);"),
    ("p", "3)《教育部等四部门关于实施第三期学前教育行动计划的方案》(教基[2017]3号);"),
    ("p", "4)《湖南省建设教育强省规划纲要(2010—2020)》;"),
    ("p", "5)湖南省教育厅等四部门《关于印发<湖南省实施第三期学前教育行动计划(2018—2010)>的通知》(湘教发[2018]26号)。"),
    ("h3", "3、资金安排及实施单位"),
    ("p", "2015——2018年,市财政根据省级资金计划,全额安排学前教育专项资金1,356.00万元项目实施单位为"),
]
GOLD4 = {
    "source": D4 + ".docx",
    "source_urls": ["http://cc.6681917.com/Web/Article/3b3c4316-ab30-4d2d-8172-2e9e575954cb"],
    "province": "湖南省",
    "doc_kind": "绩效评价报告(第三方，会计师事务所受财政局委托)",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "学前教育专项资金", "kind": "amount", "total": 1356.00, "parts": [], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("Prose only. Third-party evaluation report (湖南源涛联合会计师事务所 for 津市市财政局), mirrored on a "
              "non-government host. The stored page stops in 一、项目基本情况 at '3、资金安排及实施单位', mid-sentence "
              "('…1,356.00万元项目实施单位为'); the 绩效目标, 评价指标体系 and score table are not on the page. "
              "The two long paragraphs are paraphrased with every number kept; the list of 立项依据 titles is kept "
              "verbatim as facts, including the year typo '(2018—2010)' and the mixed brackets. No indicator, goal "
              "or finding can be taken from what is stored."),
}

# --- doc 5: 水污染防治专项资金绩效评价办法 news (national, prose) ---------------------
D5 = "quanguo-shuiwuranfangzhi-zhuanxiangzijin-jixiaopingjia-xinwen"
D5_PARAS = [
    ("p", "新华社北京4月19日电(记者胡璐、高敬)为加强水污染防治专项资金管理，让资金使用更加规范、安全、有效，"
          "支持并引导《水污染防治行动计划》目标任务落地，财政部、环境保护部近日联合印发《水污染防治专项资金绩效评价办法》。"),
    ("p", "办法明确，专项资金绩效评价围绕资金管理、项目管理、产出和效益三个方面展开，共设3个一级指标、10个二级指标。"
          "其中产出和效益是评价的重点，主要看年度绩效目标和任务的完成情况。评价的主要依据有《水污染防治专项资金管理办法》、"
          "水污染防治目标责任书、专项资金绩效目标，以及地方环境保护主管部门会同财政主管部门编制的年度实施方案等。"
          "评价结果最终量化为百分制综合评分，按分数划分为“优秀”“良好”“合格”“不合格”四个等级。办法还明确了工作程序，"
          "强调资金要与目标任务相匹配。"),
    ("p", "办法要求绩效评价分级实施：各级财政、环境保护部门按要求和职责分工组织评价，省级财政和环保部门将评价结果报送"
          "财政部、环保部，两部对各省上报的绩效评价报告进行审核和抽查，并据此“奖优惩劣”。对预算执行中的绩效监控，"
          "办法就资金管理及使用、年度实施方案与水污染防治中央储备库的衔接、项目建设等提出了管理要求，督促绩效目标实现。"),
    ("p", "近期，各省财政部门、环境保护部门将依据办法开展2016年度水污染防治专项资金绩效评价工作，环保部、财政部将根据"
          "评价结果分析专项的进展和成效，优化专项管理，提高专项资金使用效益，推动水污染防治行动计划目标实现。"),
]
GOLD5 = {
    "source": D5 + ".docx",
    "source_urls": ["https://www1.cs.com.cn/xwzx/201704/t20170419_5249529.html"],
    "province": "全国",
    "doc_kind": "新闻报道(绩效评价办法：指标框架与等级)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Prose only: a Xinhua news item (中国证券网 copy) on the national 《水污染防治专项资金绩效评价办法》 (2017). "
              "It describes the evaluation frame in running text: 3 一级指标 (资金管理、项目管理、产出和效益), 10 二级指标, "
              "a 100-point score and four grades (优秀/良好/合格/不合格) without thresholds (pattern 10). None of these is "
              "an indicator with a figure, so indicators is empty. The stored text carries no headline, so the "
              "built document has none either and starts with the dateline. All paragraphs are "
              "paraphrased, keeping every number (4月19日, 3个, 10个, 百分制, 四个等级, 2016年度)."),
}

GOLDS = [GOLD1, GOLD2, GOLD3, GOLD4, GOLD5]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402

CJK_FONT = "Noto Serif CJK SC"


def _font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = CJK_FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), CJK_FONT)


def _para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    _font(p.add_run(text), size=size, bold=bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _cell(cell, text, size=9, bold=False, center=False):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        _font(p.add_run(line), size=size, bold=bold)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _new_doc(landscape=False):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def _widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def build_doc1(path):
    doc = _new_doc(landscape=True)
    _para(doc, "内容预览:")
    _para(doc, "县就业服务中心财政专项资金绩效评价共性指标表", size=14, bold=True, center=True)
    rows = [
        ("项目立项规范性",
         "考察项目的申请、设立过程是否符合有关规定,用以反映和考核项目立项是否规范。",
         "评价要点:\n①是否依照规定的程序申请设立项目;\n②所提交的文件、材料是否满足要求;\n"
         "③事前是否做过必要的可行性研究、专家论证、风险评估、集体决策等。",
         "4"),
        ("绩效目标合理性",
         "考察项目所定绩效目标是否依椐充分、是否切合客观实际,用以反映和考核绩效目标与项目实施是否相符。",
         "评价要点:\n①是否符合国家相关法律法规、国民经济发展规划和党委政府决策;\n②是否与项目实施单位或委托单位职责紧密相关;\n"
         "③项目是否为事业发展所必需;\n④项目顸期产出效益和效果是否达到正常的业绩水平。",
         "4"),
        ("绩效指标明确性",
         "考察依椐绩效目标设置的绩效指标是否清晰、细化、可衡量,用以反映和考核绩效目标的细化程度。",
         "评价要点:\n①是否把项目绩效目标分解为具体的绩效指标;\n②是否用清晰、可衡量的指标值来体现;\n"
         "③是否与项目年度任务教或计划数相对应;\n④是否与预先确定的项目投资额或资金量相匹配。",
         "3"),
        ("资金到位率", "实际到位资金与计划投…………", "", ""),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr0 = ["一级", "二级", "三级", "指标解释", "指标说明", "得分"]
    hdr1 = ["指标", "指标", "指标"]
    for i, h in enumerate(hdr0):
        _cell(t.cell(0, i), h, bold=True, center=True)
    for i, h in enumerate(hdr1):
        _cell(t.cell(1, i), h, bold=True, center=True)
    for i in (3, 4, 5):
        t.cell(0, i).merge(t.cell(1, i))
    for r, (name, expl, note, pts) in enumerate(rows, start=2):
        _cell(t.cell(r, 2), name)
        _cell(t.cell(r, 3), expl)
        _cell(t.cell(r, 4), note)
        _cell(t.cell(r, 5), pts, center=True)
    _cell(t.cell(2, 0), "投入\n(20分)", center=True)
    t.cell(2, 0).merge(t.cell(5, 0))
    _cell(t.cell(2, 0), "投入\n(20分)", center=True)
    t.cell(2, 1).merge(t.cell(4, 1))
    _cell(t.cell(2, 1), "项目立项\n(12分)", center=True)
    _cell(t.cell(5, 1), "资金落实\n(8分)", center=True)
    _widths(t, [2.0, 2.4, 3.6, 7.0, 9.0, 1.6])
    _para(doc, "全文共2435字,仅供站内会员学习参考(会员可打开排版规范的全部文档)")
    doc.save(path)


def build_doc2(path):
    doc = _new_doc(landscape=False)
    _para(doc, "附件1评估指标体系评分细则.doc")
    _para(doc, "文本预览下载声明")
    _para(doc, "附件1 评估指标体系评分细则", size=14, bold=True, center=True)
    _para(doc, "表1 评估指标和权重表", bold=True, center=True)
    n = 1 + len(D2_ROWS)
    t = doc.add_table(rows=n, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["", "一级指标", "权重", "二级指标", "权重", "三级指标", "权重"]):
        _cell(t.cell(0, i), h, bold=True, center=True)
    # write cells first, remember merge spans
    spans = {1: [], 3: []}  # column -> list of (start_row, end_row)
    open_ = {1: None, 3: None}
    for ri, r in enumerate(D2_ROWS, start=1):
        if len(r) == 1:
            for col in (1, 3):
                if open_[col] is not None:
                    spans[col].append((open_[col], ri - 1))
                    open_[col] = None
            continue
        no, a, aw, b, bw, c, cw = r
        _cell(t.cell(ri, 0), str(no), center=True)
        _cell(t.cell(ri, 5), c)
        _cell(t.cell(ri, 6), "" if cw is None else str(cw), center=True)
        for col, lab, w in ((1, a, aw), (3, b, bw)):
            if lab is not None:
                if open_[col] is not None:
                    spans[col].append((open_[col], ri - 1))
                open_[col] = ri
                _cell(t.cell(ri, col), lab)
                _cell(t.cell(ri, col + 1), str(w), center=True)
    for col in (1, 3):
        if open_[col] is not None:
            spans[col].append((open_[col], n - 1))
    _widths(t, [1.0, 3.2, 1.2, 4.2, 1.2, 5.6, 1.2])
    # merges (label and its weight column)
    for col in (1, 3):
        for s, e in spans[col]:
            if e > s:
                for cc in (col, col + 1):
                    txt = t.cell(s, cc).text
                    t.cell(s, cc).merge(t.cell(e, cc))
                    _cell(t.cell(s, cc), txt, center=(cc == col + 1))
    # section rows span the whole table
    for ri, r in enumerate(D2_ROWS, start=1):
        if len(r) == 1:
            t.cell(ri, 0).merge(t.cell(ri, 6))
            _cell(t.cell(ri, 0), r[0], bold=True)
    doc.save(path)


def build_doc3(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table 2"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr = ["Goal", "Criteria", "Evaluation factor", "Project", "Weight (%)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=1, column=i, value=h)
        c.font = Font(bold=True)
    first = 2
    last = first + len(D3_ROWS) - 1
    ws.cell(row=first, column=1, value=D3_GOAL)
    prev_c = prev_f = None
    c_start = f_start = first
    merges = []
    for k, (crit, fac, cell, w) in enumerate(D3_ROWS):
        r = first + k
        if crit != prev_c:
            if prev_c is not None:
                merges.append((2, c_start, r - 1))
            ws.cell(row=r, column=2, value=crit)
            c_start, prev_c = r, crit
            fac_new = True
        else:
            fac_new = fac != prev_f
        if fac_new:
            if prev_f is not None and f_start < r:
                merges.append((3, f_start, r - 1))
            ws.cell(row=r, column=3, value=fac)
            f_start, prev_f = r, fac
        ws.cell(row=r, column=4, value=cell)
        ws.cell(row=r, column=5, value=w)
        ws.cell(row=r, column=5).number_format = "0.0"
    merges.append((2, c_start, last))
    merges.append((3, f_start, last))
    merges.append((1, first, last))
    for row in ws.iter_rows(min_row=1, max_row=last, min_col=1, max_col=5):
        for c in row:
            c.border = border
            c.alignment = Alignment(vertical="center", wrap_text=(c.column in (1,)))
    for col, s, e in merges:
        if e > s:
            ws.merge_cells(start_row=s, start_column=col, end_row=e, end_column=col)
    for letter, w in zip("ABCDE", (22, 18, 32, 52, 11)):
        ws.column_dimensions[letter].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


def build_prose(path, title, paras):
    doc = _new_doc(landscape=False)
    if title:
        _para(doc, title, size=15, bold=True, center=True)
    for kind, text in paras:
        if kind == "h1":
            _para(doc, text, size=12, bold=True)
        elif kind in ("h2", "h3"):
            _para(doc, text, size=11, bold=True)
        elif kind == "meta":
            _para(doc, text, size=9, center=True)
        else:
            p = _para(doc, text)
            p.paragraph_format.first_line_indent = Pt(21)
    doc.save(path)


# ---------------------------------------------------------------------------
# DETERMINISM, PDF, ANNOTATIONS, CHECK
# ---------------------------------------------------------------------------

def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_W3C + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_W3C + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def to_pdf(path):
    prof = "file:///tmp/lo_" + PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", OUT, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("no pdf for " + path)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(gold, pdf):
    text = pdf_text(pdf)
    missing = []
    for i in gold["indicators"]:
        for k in ("name", "target_text"):
            if i.get(k) and squash(i[k]) not in text:
                missing.append((k, i[k]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    builds = [
        (GOLD1, lambda p: build_doc1(p)),
        (GOLD2, lambda p: build_doc2(p)),
        (GOLD3, lambda p: build_doc3(p)),
        (GOLD4, lambda p: build_prose(p, D4_TITLE, D4_PARAS)),
        (GOLD5, lambda p: build_prose(p, None, D5_PARAS)),
    ]
    bad = 0
    for gold, fn in builds:
        path = os.path.join(OUT, gold["source"])
        fn(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        for src in (gold["source"], os.path.basename(pdf)):
            g = copy.deepcopy(gold)
            g["source"] = src
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check(gold, pdf)
        status = "ok" if not miss else "MISSING %r" % miss
        bad += bool(miss)
        print("%-70s rows=%-3d goals=%d findings=%d facts=%d %s" % (
            gold["source"], len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]),
            len(gold["facts"]), status))

    def tot(k):
        return sum(len(g[k]) for g in GOLDS)

    print("TOTAL docs=%d rows=%d goals=%d findings=%d facts=%d" % (
        len(GOLDS), tot("indicators"), tot("goals"), tot("findings"), tot("facts")))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
