#!/usr/bin/env python3
"""Build the blind117 part of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code.  The gold
annotations are written first (write_gold), then the DOCX/XLSX files, then
their PDFs via LibreOffice.  Run with /tmp/venv/bin/python.
"""
import datetime as _dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

F1 = "shandong-wucheng-wushuichuli-shiqianpinggu.docx"
F2 = "sichuan-buming-xiangmu-bumenzhengti-defenbiao.xlsx"
F3 = "hunan-yongxing-lvhuayanghu-zipingbaogao.docx"
F4 = "jiangxi-longnan-yuanlinlvhua-pingjiabaogao.docx"

U1 = "http://www.wucheng.gov.cn/n37855206/n38016159/n38016302/n51227122/c58118053/content.html"
U2 = "https://wanglu.net/thread/t12-491155-4.html"
U3 = "http://yxx.gov.cn/gzdt/rdzt/53916/53921/57439/57501/57536/content_3658039.html"
U4 = "https://www.1wenmi.com/docdown/74067.html"

# ---------------------------------------------------------------- texts
# Document 1 (Shandong, 武城县): the summary of a third-party 事前绩效评估 report.
D1_TITLE = ["德州市武城县污水处理特许经营项目", "事前绩效评估报告"]
D1_FIELDS = [
    "项目名称:德州市武城县污水处理特许经营项目",
    "单位名称:武城县水发环保有限公司",
    "主管部门:德州市武城县住房和城乡建设局",
    "委托单位:德州市武城县财政局",
    "评估机构:山东政友信息咨询有限公司",
    "评估方式:财政事前评估",
    "评估日期:2020年9月",
]
D1_P1 = ("评估组采用数据采集、实地调研和现场访谈相结合的方式开展工作，在对所获数据和资料"
         "深入分析的基础上形成了武城县污水处理特许经营项目事前绩效评估报告，最终评分结果见下表。")
D1_CAPTION = ["武城县污水处理特许经营项目事前绩效评估", "得分情况表"]
D1_TABLE = [
    ["一级指标", "分值", "得分", "得分率"],
    ["A立项必要性", "20", "20", "100%"],
    ["B投入经济性", "20", "20", "100%"],
    ["C绩效目标合理性", "20", "11.5", "57.5%"],
    ["D实施方案有效性", "20", "19", "95%"],
    ["E筹资合规性", "20", "20", "100%"],
    ["小计", "100", "90.5", "90.5%"],
]
D1_P2 = "综合评定，武城县污水处理特许经营项目总得分为90.5分，评估等级为“建议予以支持”。"
D1_P3 = ("评估组认为，该项目立项必要性充分，实施方案可行性较强，计划目标明确合理，预期投入产出比较高；"
         "项目实施后可提高城市水资源利用水平，改善城市生态环境，为城市可持续发展增添动力。")
D1_TAIL = [
    ("h", "二、评估意见"),
    ("p", "(一)部门单位对预算绩效管理认识不充分。"),
    ("p", "(二)主管部门监管工作有待进一步规范。"),
    ("h", "三、改进建议"),
    ("p", "(一)强化宣传培训,筑牢预算绩效管理理念。"),
    ("p", "(二)优化项目执行监管程序。"),
    ("p", "详见正文。"),
    ("t", "前 言"),
    ("p", "为深入落实《中共中央 国务院关于全面实施预算绩效管理的意见》(中发〔2018〕34号)、"
          "《中共山东省委 山东省人民政府关于全面推进预算绩效管理的实施意见》(鲁发〔2019〕2号)以及"
          "《中共武城县委 武城县人民政府关于全面落实预算绩效管理的实施意见》对项目预算绩效管理提出的要求，"
          "把绩效管理关口前移，与事中绩效运行监控和"),
]

# Document 2 (page of a shared PDF, Sichuan-style template; place not stated):
# the tail of a project score table, a self-evaluation paragraph and the head of a
# 部门整体支出绩效评价得分表.  The stored page starts inside the first table.
D2_PROJECT = [
    # (level1 cell, level2 cell, level3, 分值, 得分)
    ("项目决策\n(20分)", "科学决策\n(10分)", "必要性\n(政策依据)", 5, 5),
    (None, None, "可行性\n(政策完善)", 5, 5),
    (None, "绩效目标\n(10)", "明确性", 5, 5),
    (None, None, "合理性", 5, 5),
    ("项目管理\n(10分)", "资金管理(7分)", "资金分配", 3, 3),
    (None, None, "资金使用", 4, 4),
    (None, "项目执行\n(3分)", "执行规范", 3, 2),
    ("项目绩效\n(特性指标70分)", "项目完成\n(20)", "完成数量", 5, 5),
    (None, None, "完成质量", 5, 4),
    (None, None, "完成时效", 5, 5),
    (None, None, "完成成本", 5, 5),
    (None, "项目效益\n(50分)", "经济效益(可选项)", 40, None),
    (None, None, "社会效益(可选项)", None, 40),
    (None, None, "生态效益(可选项)", None, None),
    (None, None, "可持续效益(可选项)", None, None),
    (None, None, "公平效率(可选项)", None, None),
    (None, None, "使用效率(可选项)", None, None),
    (None, None, "服务对象满意度", 10, 10),
]
# merges in the project block (row numbers are 1-based sheet rows)
D2_PROJECT_MERGES = ["A1:A4", "B1:B2", "B3:B4", "A5:A7", "B5:B6", "A8:A18", "B8:B11", "B12:B18"]
D2_SELF_HEAD = "3.部门整体支出绩效自评开展情况."
D2_SELF_TEXT = ("根据预算绩效管理的要求，本部门对2017年整体支出开展了绩效自评，自评得分90分。"
                "存在的问题:一是年初编制项目资金预算时对补助对象摸底不够准确，导致预算资金偏大；"
                "二是专项资金申报不够及时。下一步改进措施:一是年初编制预算时对项目实施对象进行准确摸底，"
                "保证预算安排准确；二是按要求开展专项工作，按进度申报资金计划，及时拨付资金。")
D2_DEPT_TITLE = "2017年部门整体支出绩效评价得分表"
D2_DEPT = [
    ("部门决策(25分)", "目标任务(15分)", "相关性(5分)", 5),
    (None, None, "明确性(5分)", 5),
    (None, None, "合理性(5分)", 5),
    (None, "预算编制(10分)", "测算依据(5分)", 2),
    (None, None, "目标管理(5分)", 4),
    ("综合管理(30分)", "专项资金分配时限(2分)", "省级财力专项预算分配时限(1分)", 1),
    (None, None, "中央专款分配合规........", None),
]

# Document 3 (Hunan, 永兴县): 自评报告, prose.
D3_META = ["归档时间:2022-10-01", "永兴县2022年度县城区绿化养护项目支出绩效自评报告",
           "发布时间:2023-11-02 15:39 来源:县城管执法局"]
D3_GOAL_TOTAL = ("城区公共绿地全年保持无杂草、无垃圾，病虫害防治及时，修枝造型合理，树木正常生长，"
                 "公共绿地整洁美观。对城区绿地的维护管理完成得较好，人们的生活质量有所提高。")
D3_GOAL_STAGE = ("2022年度城区公共绿地养护时间为1月至12月，其中修枝2-11月、除草1-12月、施肥3月、9月、12月3次、"
                 "病虫害防治3、4、5、9、12月共5次、抗旱7-10月,共4个月、树干刷白11-12月。"
                 "按照永兴县园林绿化服务中心内部管理制度进行考核，确保城区绿化、美化效果达到优良。")
D3_BODY = [
    ("h", "一、项目支出基本情况"),
    ("p", "按照《永兴县财政局关于做好2022年度财政支出绩效自评工作的通知》(永财绩函〔2023〕7号)的要求，"
          "我单位对本单位2022年度县城区绿化养护项目的绩效开展了全面综合评价，2022年度专项资金绩效目标"
          "自评得分 95分，有关情况报告如下:"),
    ("h", "(一)项目支出概况"),
    ("p", "截至2022年12月31日，永兴县城区绿化养护项目管护的城区绿化面积为59.87万㎡，行道树(乔木)59803株，"
          "灌木101219株，另有人民公园约400亩。本项目2022年财政拨款为人民币324.11万元/年，专项款由财政通过"
          "银行转账方式拨付到单位。"),
    ("h", "(二)项目支出预期目标完成程度。"),
    ("p", "项目绩效总目标:" + D3_GOAL_TOTAL),
    ("p", "阶段性目标:" + D3_GOAL_STAGE),
    ("h", "(三)项目资金管理使用情况。"),
    ("p", "2022年城区公共绿地养护项目经费为人民币324.11万元，按工作进度按季拨款，2022年1-12月计划到位资金"
          "324.11万元，实际到位资金324.11万元。管护工名额按人社审批配置，并根据县城区公共绿地养护的实际需要"
          "配齐城区管护人员；资金全部实行专账管理、专款专用、严格把关，财政专项拨款到位后即及时开展项目、投入资金。"),
    ("h", "二、"),
]

# Document 4 (Jiangxi, 龙南市): 绩效评价报告, prose.
D4_TITLE = "龙南市园林绿化养护经费及城区行道树养护经费绩效评价报告"
D4_GOAL_TOTAL = "绿化养护技术措施完善,管理得当植物配置科学合理。提供供氧气,提升城市生态环境。"
D4_GOAL_STAGE = "按照园林绿化标准,在预算范围内对全市绿化及行道树进行养护。"
D4_BODY = [
    ("h", "一、项目概况"),
    ("p", "为推动城市园林绿化和林荫路建设，改善生态环境，改善市民工作和生活环境，市财政根据龙补办下达的7号批复，"
          "于2020年下达园林绿化经费:514.56万元，行道树养护费:30.58万元，用于全市绿化及行道树养护，具体包括修剪、"
          "松土、除杂、涂白、施肥、防风、抗寒和病虫害防治等工作。"),
    ("h", "二、绩效目标"),
    ("p", "项目总体目标:" + D4_GOAL_TOTAL),
    ("p", "阶段性目标:" + D4_GOAL_STAGE),
    ("h", "三、自评的目的"),
    ("p", "掌握龙南市园林绿化养护及行道树经费的使用情况和效益情况，为提高绩效管理水平及下年度预算安排提供重要依据。"),
    ("h", "四、自评的对象及范围"),
    ("p", "自评对象为龙南市园林绿化养护经费及行道树养护经费，范围覆盖全市城区绿化面积及公园、行道树。"),
    ("h", "五、绩效评价的原则"),
    ("p", "按照科学范畴原则,分区公开原则,分级分类原则线效相关原则。"),
    ("h", "六、绩效评价方法"),
    ("p", "绩效评价方法:根据评价"),
]


# ---------------------------------------------------------------- gold
def ind(level1, level2, name, weight, score, target_text=None, operator=None, value=None,
        unit=None, actual=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


def gold():
    g = {}
    g[F1] = {
        "source_urls": [U1], "province": "山东省", "doc_kind": "事前绩效评估报告(第三方，摘要及得分情况表)",
        "patterns": [],
        "indicators": [
            ind(None, None, "立项必要性", 20, 20),
            ind(None, None, "投入经济性", 20, 20),
            ind(None, None, "绩效目标合理性", 20, 11.5),
            ind(None, None, "实施方案有效性", 20, 19),
            ind(None, None, "筹资合规性", 20, 20),
        ],
        "goals": [],
        "facts": [
            {"metric": "事前绩效评估总得分", "kind": "sum", "total": 90.5,
             "parts": [20, 20, 11.5, 19, 20], "unit": "分"},
            {"metric": "一级指标分值合计", "kind": "sum", "total": 100,
             "parts": [20, 20, 20, 20, 20], "unit": "分"},
        ],
        "findings": [],
        "notes": ("The stored page holds the report's cover fields, 摘要 (评估结论 with the 得分情况表, 评估意见, 改进建议) and "
                  "the first sentence of 前言, which the page cuts mid-sentence ('与事中绩效运行监控和'); the document stops "
                  "there. Kept as found: the A–E letters glued to the indicator names, 小计 row, 得分率 column, the grade wording "
                  "“建议予以支持” (an 事前评估 verdict, not 优/良/中/差, so consistency.grade does not apply). Indicator names in the "
                  "gold drop the letter prefix (A立项必要性 → 立项必要性); the table has only one level, so level1/level2 are null "
                  "and there are no targets. All sums and rates check (90.5 = 20+20+11.5+19+20; 11.5/20 = 57.5%). Judgement call, "
                  "not a finding: the narrative calls the 计划目标 “明确合理” although 绩效目标合理性 scored only 11.5 of 20 "
                  "(57.5%); no rule id of design.md §5 covers a narrative-vs-score contradiction, so I left findings empty. "
                  "Patterns: none of 1–10 clearly applies (one-level score summary). The 前言 sentence and the conclusion "
                  "narrative are reworded; document numbers, names, scores and the grade sentence are as found."),
    }
    p = []
    for l1, l2, name, w, s in [
        ("项目决策", "科学决策", "必要性(政策依据)", 5, 5),
        ("项目决策", "科学决策", "可行性(政策完善)", 5, 5),
        ("项目决策", "绩效目标", "明确性", 5, 5),
        ("项目决策", "绩效目标", "合理性", 5, 5),
        ("项目管理", "资金管理", "资金分配", 3, 3),
        ("项目管理", "资金管理", "资金使用", 4, 4),
        ("项目管理", "项目执行", "执行规范", 3, 2),
        ("项目绩效", "项目完成", "完成数量", 5, 5),
        ("项目绩效", "项目完成", "完成质量", 5, 4),
        ("项目绩效", "项目完成", "完成时效", 5, 5),
        ("项目绩效", "项目完成", "完成成本", 5, 5),
        ("项目绩效", "项目效益", "经济效益(可选项)", 40, None),
        ("项目绩效", "项目效益", "社会效益(可选项)", None, 40),
        ("项目绩效", "项目效益", "生态效益(可选项)", None, None),
        ("项目绩效", "项目效益", "可持续效益(可选项)", None, None),
        ("项目绩效", "项目效益", "公平效率(可选项)", None, None),
        ("项目绩效", "项目效益", "使用效率(可选项)", None, None),
        ("项目绩效", "项目效益", "服务对象满意度", 10, 10),
        ("部门决策", "目标任务", "相关性", 5, 5),
        ("部门决策", "目标任务", "明确性", 5, 5),
        ("部门决策", "目标任务", "合理性", 5, 5),
        ("部门决策", "预算编制", "测算依据", 5, 2),
        ("部门决策", "预算编制", "目标管理", 5, 4),
        ("综合管理", "专项资金分配时限", "省级财力专项预算分配时限", 1, 1),
        ("综合管理", "专项资金分配时限", "中央专款分配合规", None, None),
    ]:
        p.append(ind(l1, l2, name, w, s))
    g[F2] = {
        "source_urls": [U2], "province": "四川省(推断，页面未写明地名)",
        "doc_kind": "项目支出绩效评价评分表 + 部门整体支出绩效自评情况 + 部门整体支出绩效评价得分表(残页)",
        "patterns": [1, 4, 6],
        "indicators": p,
        "goals": [],
        "facts": [
            {"metric": "项目决策分值", "kind": "sum", "total": 20, "parts": [5, 5, 5, 5], "unit": "分"},
            {"metric": "项目管理分值", "kind": "sum", "total": 10, "parts": [3, 4, 3], "unit": "分"},
            {"metric": "资金管理分值", "kind": "sum", "total": 7, "parts": [3, 4], "unit": "分"},
            {"metric": "项目绩效分值(特性指标)", "kind": "sum", "total": 70, "parts": [5, 5, 5, 5, 40, 10], "unit": "分"},
            {"metric": "项目效益分值", "kind": "sum", "total": 50, "parts": [40, 10], "unit": "分"},
            {"metric": "部门决策分值", "kind": "sum", "total": 25, "parts": [15, 10], "unit": "分"},
            {"metric": "目标任务分值", "kind": "sum", "total": 15, "parts": [5, 5, 5], "unit": "分"},
            {"metric": "预算编制分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
        ],
        "findings": [],
        "notes": ("Source is a stored text copy of a shared PDF (garbled extraction). The stored page starts inside the project "
                  "score table ('20 分)项目决策…'): its title, project name and header row are lost, so the first table has NO "
                  "header row in my XLSX, on purpose. It ends inside the 部门整体 得分表 at '中央专款分配合规........'; the "
                  "document stops there (that row has no score). Dropped: site chrome ('编辑: 飞鸟 | 2019-07-11') and the "
                  "stray page numbers 14 and 15. Layout judgement calls: (1) the extraction printed '(20 分)项目决策'; I wrote "
                  "the label cells as '项目决策\\n(20分)'; '绩效目标(10)' and '项目完成(20)' lack 分 as found. (2) '项目效益"
                  "(50分)' sits as a 二级 label under '项目绩效(特性指标70分)' (pattern 4, labels shifted). (3) The optional "
                  "效益 rows: the text gives one number after 经济效益(可选项) and one after 社会效益(可选项) (both 40); I read "
                  "the first as the 分值 of 经济效益 and the second as the 得分 of 社会效益, each in its own row, other optional "
                  "rows empty — so 经济效益 has weight 40/score null and 社会效益 weight null/score 40. (4) 总分 row is present "
                  "with both cells empty, as found. The 部门整体 table carries its points inside the name cells ('相关性(5分)', "
                  "pattern 6); gold names drop the '(5分)' and put 5 into weight. Province: not written; the 部门整体 "
                  "framework (部门决策25/综合管理30, '省级财力专项预算分配时限', '中央专款分配合规') matches Sichuan's template, "
                  "hence '四川省(推断)'. Not findings (no rule fits a missing total): the project table's row scores add to 98 "
                  "but its 总分 is blank; the 部门整体 自评得分 90分 cannot be checked because the table is cut. Weights of the "
                  "project table add to 100 with the 40-point optional pool. The self-evaluation paragraph is reworded, numbers "
                  "kept."),
    }
    g[F3] = {
        "source_urls": [U3], "province": "湖南省", "doc_kind": "项目支出绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": D3_GOAL_TOTAL},
            {"kind": "阶段性目标", "text": D3_GOAL_STAGE},
        ],
        "facts": [
            {"metric": "施肥次数", "kind": "sum", "total": 3, "parts": [1, 1, 1], "unit": "次"},
            {"metric": "病虫害防治次数", "kind": "sum", "total": 5, "parts": [1, 1, 1, 1, 1], "unit": "次"},
            {"metric": "抗旱月数(7-10月)", "kind": "sum", "total": 4, "parts": [1, 1, 1, 1], "unit": "个月"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": D3_GOAL_TOTAL,
             "why": "项目绩效总目标 has no number, deadline or measurable level (无杂草、整洁美观、较好、有所提高), and it "
                    "mixes a result statement into the goal."},
        ],
        "notes": ("The stored page (county government site) stops right after the heading '二、' (nothing follows); the "
                  "document stops there, so no indicator table is present — I did not flag missing indicators because the "
                  "cut, not the document, removes them. Kept as found: '归档时间:2022-10-01' above a 2022 full-year report "
                  "published 2023-11-02; the space in '自评得分 95分'; '324.11万元/年'; the run-on 阶段性目标 list "
                  "('抗旱7-10月,共4个月'). The author's personal name in the page header was left out. Facts: the 阶段性目标 "
                  "counts that the text totals itself (施肥 3月/9月/12月 = 3次; 病虫害防治 3、4、5、9、12月 = 5次; 抗旱 7-10月 = "
                  "4个月) are recorded as sums of one per listed month; all agree. 计划到位 324.11万元 = 实际到位 324.11万元 "
                  "(no rate stated). 阶段性目标 is quantified (months, counts) so not flagged. Pattern 10: results and "
                  "quarterly instalments (按季拨款) in prose. Narrative and goal sentences are reworded, numbers kept."),
    }
    g[F4] = {
        "source_urls": [U4], "province": "江西省", "doc_kind": "项目支出绩效评价报告(自评)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": D4_GOAL_TOTAL},
            {"kind": "阶段性目标", "text": D4_GOAL_STAGE},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": D4_GOAL_TOTAL,
             "why": "总体目标 states no number or measurable level (措施完善、科学合理、提升城市生态环境)."},
            {"rule": "goal.unquantified", "item": D4_GOAL_STAGE,
             "why": "阶段性目标 gives no quantity, area, count or deadline."},
            {"rule": "goal.process_only", "item": D4_GOAL_STAGE,
             "why": "阶段性目标 only describes carrying out maintenance within the budget, not an output or effect."},
        ],
        "notes": ("Source is a document-sharing page showing the start of a 3-page DOCX; its preview stops at "
                  "'绩效评价方法:根据评价' and so does my document. Site chrome (资源ID, download tips) left out. Kept as "
                  "found: the typos '提供供氧气', '科学范畴原则' (likely 规范), '线效相关原则' (likely 绩效), the missing "
                  "comma in '分级分类原则线效相关原则', '龙补办下达的7号批复', and the 自评 headings (三、自评的目的) inside a "
                  "report titled 绩效评价报告. The goals are kept nearly verbatim because they are short and carry the typos. "
                  "Facts: 园林绿化经费 514.56万元 and 行道树养护费 30.58万元 are stated but no total is written, so no sum fact. "
                  "No indicator table is in the stored part. Background and purpose sentences are reworded, numbers kept."),
    }
    return g


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for fname, body in gold().items():
        for ext_name in (fname, os.path.splitext(fname)[0] + ".pdf"):
            rec = {"source": ext_name}
            rec.update(body)
            path = os.path.join(ANN, ext_name + ".json")
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=2, sort_keys=False)
                fh.write("\n")


# ---------------------------------------------------------------- writers
def _font(run, size=11, bold=False):
    run.font.name = "宋体"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "宋体")


def _para(doc, text, size=11, bold=False, center=False):
    p = doc.add_paragraph()
    _font(p.add_run(text), size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _new_doc(title):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind117"
    cp.last_modified_by = "blind117"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def _normalize_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and order for deterministic bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed_w3c = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    items = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + fixed_w3c + rb"\g<2>", d))
             if n == "docProps/core.xml" else (n, d) for n, d in items]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def _body(doc, items):
    for kind, text in items:
        if kind == "h":
            _para(doc, text, 12, True)
        elif kind == "t":
            _para(doc, text, 14, True, center=True)
        else:
            _para(doc, text)


def build_doc1(out):
    doc = _new_doc(D1_TITLE[1])
    for t in D1_TITLE:
        _para(doc, t, 16, True, center=True)
    for f in D1_FIELDS:
        _para(doc, f)
    _para(doc, "摘 要", 14, True, center=True)
    _para(doc, "一、评估结论", 12, True)
    _para(doc, D1_P1)
    for c in D1_CAPTION:
        _para(doc, c, 11, True, center=True)
    tbl = doc.add_table(rows=len(D1_TABLE), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(D1_TABLE):
        for c, val in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = ""
            _font(cell.paragraphs[0].add_run(val), 10.5, r == 0)
    _para(doc, D1_P2)
    _para(doc, D1_P3)
    _body(doc, D1_TAIL)
    doc.save(out)
    _normalize_zip(out)


def build_doc2(out):
    wb = Workbook()
    ws = wb.active
    ws.title = "得分表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="top", horizontal="left")
    for col, width in zip("ABCDE", (16, 16, 30, 8, 8)):
        ws.column_dimensions[col].width = width

    def put(r, c, v, bold=False, align=wrap, box=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="宋体", size=10, bold=bold)
        cell.alignment = align
        if box:
            cell.border = border
        return cell

    r = 1
    for l1, l2, l3, w, s in D2_PROJECT:
        put(r, 1, l1)
        put(r, 2, l2)
        put(r, 3, l3)
        put(r, 4, w)
        put(r, 5, s)
        ws.row_dimensions[r].height = 30 if ("\n" in l3 or r == 7) else 16
        r += 1
    for m in D2_PROJECT_MERGES:
        ws.merge_cells(m)
    put(r, 1, "总分")
    put(r, 2, None)
    put(r, 3, None)
    put(r, 4, None)
    put(r, 5, None)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 2
    put(r, 1, D2_SELF_HEAD, bold=True, align=left, box=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    r += 1
    put(r, 1, D2_SELF_TEXT, align=left, box=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.row_dimensions[r].height = 96
    r += 2
    put(r, 1, D2_DEPT_TITLE, bold=True, box=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 1
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "得分"], start=1):
        put(r, c, h, bold=True)
    r += 1
    top = r
    for l1, l2, l3, s in D2_DEPT:
        put(r, 1, l1)
        put(r, 2, l2)
        put(r, 3, l3)
        put(r, 4, s)
        r += 1
    # 部门决策 rows top..top+4, 目标任务 top..top+2, 预算编制 top+3..top+4, 综合管理 top+5..top+6
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 4, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=top + 2, end_column=2)
    ws.merge_cells(start_row=top + 3, start_column=2, end_row=top + 4, end_column=2)
    ws.merge_cells(start_row=top + 5, start_column=1, end_row=top + 6, end_column=1)
    ws.merge_cells(start_row=top + 5, start_column=2, end_row=top + 6, end_column=2)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind117"
    wb.properties.lastModifiedBy = "blind117"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(out)
    _normalize_zip(out)


def build_doc3(out):
    doc = _new_doc(D3_META[1])
    _para(doc, D3_META[0], 9)
    _para(doc, D3_META[1], 16, True, center=True)
    _para(doc, D3_META[2], 9, center=True)
    _body(doc, D3_BODY)
    doc.save(out)
    _normalize_zip(out)


def build_doc4(out):
    doc = _new_doc(D4_TITLE)
    _para(doc, D4_TITLE, 16, True, center=True)
    _body(doc, D4_BODY)
    doc.save(out)
    _normalize_zip(out)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    write_gold()  # gold first, before anything looks at the files
    builders = [(F1, build_doc1), (F2, build_doc2), (F3, build_doc3), (F4, build_doc4)]
    for fname, fn in builders:
        out = os.path.join(HERE, fname)
        fn(out)
        if "--no-pdf" not in sys.argv:
            to_pdf(out)
    print("wrote", len(builders), "documents")


if __name__ == "__main__":
    main()
