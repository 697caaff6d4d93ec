"""Build the blind26 real-layout documents and their hand-written gold.

Every document reproduces one stored public page (addresses in SOURCES.md and in each gold file). Layout, facts and
defects follow the page; longer sentences are our own words with the same numbers. One DOCS table drives both the
documents and the gold files.

Usage: python make_blind26_layouts.py [--no-pdf]
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)


def ind(l1, l2, name, op, value, unit, target_text, actual, weight, score):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def find(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


# ---------------------------------------------------------------------------------------------------------------
# DOCS: one entry per source. "layout" describes the file; "gold" is written by hand from the page and the rules.
# xlsx layout: rows = list of (row values), merges = list of "A1:B2", widths = {col: width}
# docx layout: blocks = list of ("p", text) / ("h", text) / ("t", rows, merges[(r1,c1,r2,c2)])
# ---------------------------------------------------------------------------------------------------------------

DOCS = []

# 1. 黄石市图书馆 共享工程 2022 自评表 (湖北) ------------------------------------------------------------------
DOCS.append({
    "stem": "hb-huangshi-library-share-selfeval",
    "fmt": "xlsx",
    "layout": {
        "title": "自评表",
        "widths": {"A": 14, "B": 14, "C": 12, "D": 26, "E": 22, "F": 22, "G": 8},
        "rows": [
            ["附表2", None, None, None, None, None, None],
            ["2022年度共享工程项目自评表", None, None, None, None, None, None],
            ["项目单位(盖章):黄石市图书馆", None, None, "主要领导签字:", None, None, None],
            ["填报日期:2023.6.28", None, None, None, None, None, None],
            ["项目名称", "共享工程", None, None, None, None, None],
            ["主管部门", "黄石市文化和旅游局", None, None, "项目实施单位", "黄石市图书馆", None],
            ["项目类别", "1、部门预算项目 ☑  2、市直专项", None, None, None, None, None],
            ["项目属性", "1、持续性项目 ☑  2、新增性项目 □", None, None, None, None, None],
            ["项目类型", "1、常年性项目 ☑  2、延续性项目 □  3、一次性项目 □", None, None, None, None, None],
            ["预算执行情况(万元)\n(20分)", None, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)", None],
            [None, "年度财政资金总额", 5, 5, "100%", 20, None],
            ["年度绩效目标1\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
            [None, "产出指标(40分)", "数量指标", "一个存储备份器", "25TB", "25TB", 10],
            [None, None, None, "WIFI布点全覆盖", "100%覆盖", "100%覆盖", None],
            [None, None, "质量指标", "以最新资源面市", "资源采购期以当年为主", "资源采购期以当年为主", 10],
            [None, None, "时效指标", "可保证读者使用时长", "全天候可用", "全天候", 10],
            [None, None, None, "2022年全年", "≥360天", "≥360天", None],
            [None, None, "成本指标", "以低价位高质量为采购原则", "5万", "5万", 10],
            [None, "效益指标(30分)", "经济效益", "社会公益服务无经济效益", "公益性事业", "公益性事业", 10],
            [None, None, "社会效益", "使读者更方便快捷查找检阅", "独有数据资源查询,查询范围可扩展到省图",
             "独有数据资源查询,查询范围可扩展到省图", None],
            [None, None, None, "促进黄石文化经济发展,丰富市民文化活动", None, None, None],
            [None, None, "环境效益", "数字图书馆环境优良无污染", "良好", "良好", 10],
            [None, None, None, "WIFI全覆盖,绿色环保", "良好", "良好", None],
            [None, None, "可持续影响指标", "≥360天服务读者", "≥360天", "≥360天", 10],
            [None, "满意度指标(10分)", "读者", "在网络上设置读者满意度调查", None, None, None],
        ],
        "merges": ["A1:G1", "A2:G2", "A3:C3", "D3:G3", "A4:G4", "B5:G5", "B6:D6", "F6:G6", "B7:G7", "B8:G8",
                   "B9:G9", "A10:A11", "F10:G10", "F11:G11",
                   "A12:A25", "B13:B18", "C13:C14", "G13:G14", "C16:C17", "G16:G17", "B19:B24", "C20:C21",
                   "G19:G21", "C22:C23", "G22:G23"],
    },
    "gold": {
        "source_urls": ["https://www.hsslib.org.cn/info/72903.jspx"],
        "province": "湖北",
        "doc_kind": "自评表",
        "patterns": [1, 2, 5, 6, 8],
        "indicators": [
            ind("产出指标", "数量指标", "一个存储备份器", None, 25, "TB", "25TB", 25, None, 10),
            ind("产出指标", "数量指标", "WIFI布点全覆盖", None, 100, "%", "100%覆盖", 100, None, None),
            ind("产出指标", "质量指标", "以最新资源面市", None, None, None, "资源采购期以当年为主", None, None, 10),
            ind("产出指标", "时效指标", "可保证读者使用时长", None, None, None, "全天候可用", None, None, 10),
            ind("产出指标", "时效指标", "2022年全年", ">=", 360, "天", "≥360天", 360, None, None),
            ind("产出指标", "成本指标", "以低价位高质量为采购原则", None, 5, "万", "5万", 5, None, 10),
            ind("效益指标", "经济效益指标", "社会公益服务无经济效益", None, None, None, "公益性事业", None, None, 10),
            ind("效益指标", "社会效益指标", "使读者更方便快捷查找检阅", None, None, None,
                "独有数据资源查询,查询范围可扩展到省图", None, None, None),
            ind("效益指标", "社会效益指标", "促进黄石文化经济发展,丰富市民文化活动", None, None, None, None, None, None,
                None),
            ind("效益指标", "生态效益指标", "数字图书馆环境优良无污染", None, None, None, "良好", None, None, 10),
            ind("效益指标", "生态效益指标", "WIFI全覆盖,绿色环保", None, None, None, "良好", None, None, None),
            ind("效益指标", "可持续影响指标", "≥360天服务读者", ">=", 360, "天", "≥360天", 360, None, 10),
            ind("满意度指标", "服务对象满意度指标", "在网络上设置读者满意度调查", None, None, None, None, None, None, None),
        ],
        "goals": [],
        "facts": [
            {"metric": "年度财政资金总额", "kind": "budget", "planned": 5, "actual": 5, "stated_rate": 100,
             "unit": "万元"},
        ],
        "findings": [
            find("target.qualitative_no_scale", "以最新资源面市", "target '资源采购期以当年为主' is a description with no measurable level"),
            find("target.qualitative_no_scale", "可保证读者使用时长", "a 时长 row with the value '全天候可用' and no hours or rate"),
            find("target.missing_unit", "以低价位高质量为采购原则", "cost value '5万' has no currency (万 without 元)"),
            find("target.qualitative_no_scale", "社会公益服务无经济效益", "'公益性事业' is no measurable value"),
            find("target.qualitative_no_scale", "使读者更方便快捷查找检阅", "target is a description of a service, no level or number"),
            find("target.missing_value", "促进黄石文化经济发展,丰富市民文化活动", "row with a name and empty target and actual cells"),
            find("target.qualitative_no_scale", "数字图书馆环境优良无污染", "'良好' with no grading rule"),
            find("target.qualitative_no_scale", "WIFI全覆盖,绿色环保", "'良好' with no grading rule"),
            find("target.missing_value", "在网络上设置读者满意度调查", "the page stops in this satisfaction row: no value, no actual, no score"),
        ],
        "notes": "黄石市图书馆 (湖北) 2022年度共享工程项目自评表 (附表2), published on the library site 2023-08-14. Old 湖北 "
                 "layout: budget block worth 20 points (预算数 5, 执行数 5, 100%, 得分 20) and an 80-point indicator block "
                 "with 年初目标值(A) | 实际完成值(B) | 得分 and no 分值 column (weight null everywhere). 得分 cells span "
                 "the rows of one 二级 group (10 per group); the score is put on the first row of the group and the "
                 "other rows get null. The page's 经济效益 score 10 is read as covering the 经济 and 社会效益 rows "
                 "(效益 30 = 10 + 10 + 10) - a judgement call. '环境效益' mapped to 生态效益指标. Defects kept: value in "
                 "the name ('一个存储备份器', '≥360天服务读者'), a period as name ('2022年全年'), '5万' without 元, "
                 "'项目类别' text ends after '2、市直专项' as on the page. The stored page stops in the first 满意度 row "
                 "('读者' | '在网络上设置读者满意度调查'); '读者' is the 二级 cell, mapped to 服务对象满意度指标. No 总分 "
                 "row in the file.",
    },
})

# 2. 大英县文化广播电视和旅游局 2022 (四川): tail of the library form + head of the uniform form -----------------------
DOCS.append({
    "stem": "sc-daying-culture-library-tail-selfeval",
    "fmt": "xlsx",
    "layout": {
        "title": "自评表",
        "widths": {"A": 12, "B": 14, "C": 22, "D": 8, "E": 10, "F": 8, "G": 10, "H": 8, "I": 8, "J": 14},
        "rows": [
            [None, None, "公益性讲座知晓率", "=", 100, "%", 100, 5, 5, None],
            [None, "可持续影响指标", "图书馆管理机制健全性", "定性", "好坏", None, "好坏", 5, 5, None],
            ["满意度指标", "服务对象满意度指标", "活动参与人员满意度", "≥", 95, "%", 95, 5, 5, None],
            [None, None, "聘用人员满意度", "≥", 95, "%", 95, 5, 5, None],
            ["合计", None, None, None, None, None, None, 100, 100, None],
            ["评价结论", "免费开放让更多市民走进图书馆,图书馆的公共服务作用得到更好发挥,读者普遍认可。", None, None, None,
             None, None, None, None, None],
            ["存在问题", "免费开放资金每年不在1月到位,上年资金已按民生工程要求全部支付、没有结余,年初开展工作无钱可用,"
                         "也影响单位设定资金绩效目标的准确性。", None, None, None, None, None, None, None, None],
            ["改进措施", "及时补足图书馆运营经费,支持县图书馆事业持续发展。", None, None, None, None, None, None, None,
             None],
            ["项目负责人:", None, None, None, None, "财务负责人:", None, None, None, None],
            [None, None, None, None, None, None, None, None, None, None],
            ["部门预算项目支出绩效自评表(2022年度)", None, None, None, None, None, None, None, None, None],
            ["项目名称", "51092322T000000436802-文化市场综合行政执法人员制式服装预算经费", None, None, None, None, None,
             None, None, None],
            ["主管部门", "大英县文化广播电视和旅游局部门", None, None, None, "实施单位\n(盖章)", "大英县文化广播电视和旅游局",
             None, None, None],
            ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, None, "年度目标完成情况", None, None,
             None],
            [None, None, "2022年内用财政资金3.75万元(执法服装每人单价0.4163万元),为执法队9名工作人员配备制式服装,"
                         "推动执法规范文明。", None, None, None, "执法队配备购置服装数量9套,配备制式服装的人员数量9人。",
             None, None, None],
            [None, "2.项目实施内容及过程概述", "由县文化市场综合行政执法大队实施,执行请示汇报制度:分管领导牵头拟定购置方案,"
                                          "按实际需要匹配资金,经局党组会议研究通过。", None, None, None, None, None,
             None, None],
            ["预算执行情况(10分)", None, None, None, None, None, None, None, None, None],
        ],
        "merges": ["A3:A4", "B3:B4", "A5:G5", "B6:J6", "B7:J7", "B8:J8", "A9:E9", "F9:J9", "A11:J11", "B12:J12",
                   "B13:E13", "G13:J13", "A14:A16", "B14:B15", "C14:F14", "G14:J14", "C15:F15", "G15:J15", "C16:J16",
                   "A17:J17"],
    },
    "gold": {
        "source_urls": ["https://dyrmt.com/article-133619-29.html"],
        "province": "四川",
        "doc_kind": "自评表",
        "patterns": [2, 5, 6, 8, 10],
        "indicators": [
            ind(None, None, "公益性讲座知晓率", "=", 100, "%", "100", 100, 5, 5),
            ind("效益指标", "可持续影响指标", "图书馆管理机制健全性", None, None, None, "好坏", None, 5, 5),
            ind("满意度指标", "服务对象满意度指标", "活动参与人员满意度", ">=", 95, "%", "95", 95, 5, 5),
            ind("满意度指标", "服务对象满意度指标", "聘用人员满意度", ">=", 95, "%", "95", 95, 5, 5),
        ],
        "goals": [
            {"kind": "年度目标", "text": "2022年内用财政资金3.75万元(执法服装每人单价0.4163万元),为执法队9名工作人员配备制式服装,推动执法规范文明。"},
        ],
        "facts": [
            {"metric": "合计", "kind": "score_total", "total": 100, "parts": [5, 5, 5, 5]},
        ],
        "findings": [
            find("target.qualitative_no_scale", "图书馆管理机制健全性", "定性 row with the value '好坏' and no grading rule"),
            find("consistency.score_total", "合计", "合计 得分 100 against 20 from the four rows in the file (the page starts inside the table)"),
            find("coverage.missing_dimension", "产出指标", "neither form in the file has an 产出 row (first form starts in its 效益 rows, second form stops before its table)"),
            find("coverage.missing_dimension", "效益指标", "the second form (执法人员制式服装) stops at 预算执行情况: no 效益 rows"),
            find("coverage.missing_dimension", "满意度指标", "the second form (执法人员制式服装) stops at 预算执行情况: no 满意度 rows"),
        ],
        "notes": "大英县文化广播电视和旅游局 2022 部门决算, page 29 of the county media site (dyrmt.com) text. The stored "
                 "page starts inside the indicator table of a library form (图书馆免费开放, judging by its 评价结论): its "
                 "first row '公益性讲座知晓率' has no 一级/二级 on the page (levels null; probably 社会效益 above); 可持续影响 "
                 "row mapped to 效益指标. Columns as the page gives them: 三级 | 指标性质/符号 | 指标值 | 度量单位 | 完成值 | "
                 "分值 | 得分 | (偏差, empty). The 定性 row has '定性' in the operator column and '好坏' as value (operator "
                 "null). 合计 100 | 100 kept; judged as the file stands (only 20 points visible). Then the head of the next "
                 "form (文化市场综合行政执法人员制式服装预算经费, project code in the name cell kept) with goal and completion "
                 "text; the page stops at '预算执行情况(10分)'. 3.75 vs 9 × 0.4163 = 3.7467 万元 agrees after rounding: no "
                 "finding. The goal names an output (9 staff) besides the money, so no goal.budget_text. Prose cells "
                 "(评价结论, 存在问题, 改进措施, 实施过程) in our own words.",
    },
})

# 3. 保山市图书馆 免费开放 2022 自评报告 (云南) ------------------------------------------------------------------------
DOCS.append({
    "stem": "yn-baoshan-library-freeopen-selfreport",
    "fmt": "docx",
    "layout": {"blocks": [
        ("h", "保山市图书馆2022年度项目支出绩效自评报告(2022年公共图书馆文化馆(站)免费开放市级补助经费)"),
        ("p", "一、自评结论"),
        ("p", "(一)自评得分"),
        ("p", "100分。"),
        ("p", "(二)绩效目标完成情况"),
        ("p", "1.产出指标完成情况"),
        ("p", "数量指标:年度免费开放服务天360天,指标完成率100%;年度免费开放服务25万人次,指标完成率100%。"),
        ("p", "2.效益指标完成情况"),
        ("p", "服务市民阅读需求有效提高,指标完成率100%。"),
        ("p", "3.满意度指标完成情况"),
        ("p", "读者满意度调查好评率90%,指标完成率99.14%。"),
        ("p", "(三)存在的问题和原因分析"),
        ("p", "资金偏少,按现有金额难以向群众提供更多、更好的服务。"),
        ("p", "(四)下一步拟改进措施及有关建议"),
        ("p", "1.措施:加强对各部门项目申报的指导,让项目编制更贴合绩效评价要求;重视绩效评价,树牢绩效管理意识。"),
        ("p", "2.建议:加大公共图书馆免费开放资金投入,抓好人才队伍建设。"),
        ("p", "二、佐证材料"),
        ("p", "(一)项目基本情况"),
        ("p", "保山市图书馆按要求开展多种群众文化辅导,坚持免费开放:读者无障碍、零门槛进馆,公共空间、设施和场地全部免费开放,"
              "馆藏书籍和基本服务项目全部免费提供。"),
        ("p", "(二)自评工作开展情况"),
        ("p", "按保山市财政局保财绩〔2023〕2号文件要求,为强化绩效理念、规范资金管理、提高资金使用效益,单位指定专人负责本项目"
              "经费的绩效评价。"),
        ("p", "(三)绩效评价指标分析"),
        ("p", "1.预算执行情况分析(包括完成情况和偏差原因等)。"),
        ("p", "预算执行率100%、设施设备及场地免"),
    ]},
    "gold": {
        "source_urls": ["https://baoshan.gov.cn/info/5746/9450644.htm"],
        "province": "云南",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [
            ind("产出指标", "数量指标", "年度免费开放服务天", None, 360, "天", "360天", 360, None, None),
            ind("产出指标", "数量指标", "年度免费开放服务", None, 25, "万人次", "25万人次", 25, None, None),
            ind("效益指标", None, "服务市民阅读需求", None, None, None, "有效提高", None, None, None),
            ind("满意度指标", None, "读者满意度调查好评率", None, 90, "%", "90%", None, None, None),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            find("target.vague_wording", "服务市民阅读需求", "'有效提高' with no number or baseline"),
            find("consistency.deviation_reason_missing", "读者满意度调查好评率", "指标完成率 99.14% (below target) and no reason given; the report still gives 自评得分 100"),
        ],
        "notes": "保山市图书馆 (云南) 2022 自评报告 for the 免费开放 市级补助经费, published by 保山市文化和旅游局 2023-04-27. "
                 "Indicators are labelled prose in 一(二). Judgement calls: for the two 数量 rows the number written is read "
                 "as the target and, with 指标完成率100%, also as the actual; for 好评率 90% the number is read as the "
                 "target and the actual is left null (completion 99.14% would put it near 89.2%, not written). 效益 and "
                 "满意度 have no 二级 in the text (level2 null). 自评得分 100 stated; no grade, no amounts (only "
                 "'预算执行率100%'), so no budget fact. Prose parts in our own words; the stored page stops inside 三(三)1 "
                 "('设施设备及场地免').",
    },
})

# 4. 随州市司法局 专项事业费 2017 自评报告 (湖北) ----------------------------------------------------------------------
DOCS.append({
    "stem": "hb-suizhou-justice-2017-selfreport",
    "fmt": "docx",
    "layout": {"blocks": [
        ("h", "随州市司法局专项事业费(项目)2017年度绩效自评报告"),
        ("p", "发布日期:2019-04-15    信息来源:市司法局"),
        ("p", "一、基本情况"),
        ("p", "我单位2017年专项事业费预算金额54.41万元,预算下达54万元,预算执行率99.25%。"),
        ("p", "二、绩效自评工作开展情况"),
        ("p", "按随州市财政局随财发[2018]16号通知要求,我单位召集财务和业务科室人员开专题会议,制订自评工作方案,保证自评按时、"
              "按质完成。"),
        ("p", "三、综合评价结论"),
        ("p", "全力维护社会和谐稳定,提升服务能力,健全公共法律服务体系。"),
        ("p", "四、绩效目标实现情况分析"),
        ("p", "(一)项目资金情况分析。"),
        ("p", "1.项目资金到位情况分析:该项目资金2017年预算金额54.41万元,实际预算下达54万。"),
        ("p", "2.项目资金执行情况分析:该项目资金实际执行43.65万元,尚余10.35万元未支付。"),
        ("p", "3.项目资金管理情况分析:资金用于特殊人群管控、未成年人社区矫正、公共法律服务网络建设、基层司法业务和信访维稳,"
              "按项目资金规定的用途使用。"),
        ("p", "(二)项目绩效指标完成情况分析。"),
        ("p", "1.产出指标完成情况分析:社区矫正方面全市1057名社区服刑人员管控率达100%。公共法律服务网络方面巩固了普遍建立法律顾问"
              "制度的成果,1987家行政企事业单位聘用了法律顾问,覆盖率达85%以上。2017年,全"),
    ]},
    "gold": {
        "source_urls": ["http://www.suizhou.gov.cn/zwgk/xxgk/czzj/czyjs/bmjs/2017_6031/202001/t20200112_721729.shtml"],
        "province": "湖北",
        "doc_kind": "自评报告",
        "patterns": [10],
        "indicators": [
            ind("产出指标", None, "社区服刑人员管控率", None, None, "%", None, 100, None, None),
            ind("产出指标", None, "聘用法律顾问的行政企事业单位", None, None, "家", None, 1987, None, None),
            ind("产出指标", None, "法律顾问覆盖率", None, None, "%", None, 85, None, None),
        ],
        "goals": [],
        "facts": [
            {"metric": "专项事业费预算执行率", "kind": "budget", "planned": 54.41, "actual": 43.65, "stated_rate": 99.25,
             "unit": "万元"},
            {"metric": "预算下达", "kind": "sum", "total": 54, "parts": [43.65, 10.35]},
        ],
        "findings": [
            find("consistency.rate", "专项事业费预算执行率", "stated 预算执行率 99.25% is 下达 54 / 预算 54.41 (a 到位率); spending 43.65 gives 80.22% of 54.41 (80.83% of 54)"),
            find("coverage.missing_dimension", "效益指标", "the report stops inside its 产出 analysis: no 效益 results in the file"),
            find("coverage.missing_dimension", "满意度指标", "the report stops inside its 产出 analysis: no 满意度 results in the file"),
        ],
        "notes": "随州市司法局 (湖北) 专项事业费 2017 自评报告, published 2019-04-15 on the 随州 government site. Prose "
                 "report; indicators are results written in prose (actuals only, no targets: value/target_text null, "
                 "'85%以上' read as actual 85, operator null). Key numbers kept: 预算 54.41, 下达 54, stated 执行率 "
                 "99.25%, 执行 43.65, 未支付 10.35 (54 - 43.65 = 10.35 agrees). Judgement call: the stated 99.25% "
                 "matches 54/54.41 (到位率), not spending, so the budget fact pairs 54.41 with the 43.65 spent and a "
                 "consistency.rate finding is given. '三、综合评价结论' is a one-line slogan, not a goal (goals empty). "
                 "The stored page stops at '2017年,全' inside 产出; the two coverage findings judge the file as it stands "
                 "(a judgement call for a cut prose report).",
    },
})

# 5. 昌宁县司法局 2020 部门整体支出绩效自评表 (云南), cut in 部门职责 -------------------------------------------------
DOCS.append({
    "stem": "yn-changning-justice-dept-selfeval",
    "fmt": "xlsx",
    "layout": {
        "title": "部门整体自评表",
        "widths": {"A": 14, "B": 14, "C": 90},
        "heights": {4: 200},
        "rows": [
            ["2020年度部门整体支出绩效自评表", None, None],
            ["部门名称", "昌宁县司法局", None],
            ["内容", "说明", None],
            ["部门总体目标", "部门职责",
             "一是研究全面依法治县的重大问题,提出中长期规划建议,督察重大决策部署的落实。 二是统筹推进法治政府建设,指导、监督县政府"
             "各部门和各乡镇依法行政,综合协调行政执法,办理县政府行政复议、应诉、赔偿、补偿案件。 三是统筹法治社会建设,制定并实施"
             "全县普法规划,指导人民调解、基层法律服务和司法所工作,负责人民监督员、人民陪审员的有关工作。 四是拟订全县公共法律服务"
             "体系规划,管理律师、法律援助、司法鉴定、公证工作。 五是组织实施全县社区矫正执法,对社区服刑人员监督管理、教育帮扶。 "
             "六是规划、协调法治人才队伍建设,指导全县司法行政系统队伍建设。 七是负责全县司法行政系统后勤物资装"],
        ],
        "merges": ["A1:C1", "B2:C2", "B3:C3"],
    },
    "gold": {
        "source_urls": ["https://yncn.gov.cn/info/4182/5989210.htm"],
        "province": "云南",
        "doc_kind": "部门整体自评表",
        "patterns": [7, 10],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [
            find("coverage.missing_dimension", "产出指标", "the form stops in its 部门职责 cell, before the indicator table"),
            find("coverage.missing_dimension", "效益指标", "the form stops in its 部门职责 cell, before the indicator table"),
            find("coverage.missing_dimension", "满意度指标", "the form stops in its 部门职责 cell, before the indicator table"),
        ],
        "notes": "昌宁县司法局 (云南 保山) 2020年度部门整体支出绩效自评表, published 2021-06-30. The stored page holds the "
                 "header and the first cell of the 部门总体目标 block (部门职责, seven duties written as 一是…七是, in our "
                 "own words) and stops inside the seventh ('后勤物资装'). 部门职责 lists duties, not goals: goals empty "
                 "(judgement call). Judged as a form cut before its indicator table.",
    },
})


# ---------------------------------------------------------------------------------------------------------------
thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)


def fix_zip(path):
    """Rewrite a zip container with fixed timestamps and order so the bytes are deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def build_xlsx(path, lay):
    wb = Workbook()
    ws = wb.active
    ws.title = lay["title"]
    for r, row in enumerate(lay["rows"], 1):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            cell.font = Font(name="SimSun", size=10)
            cell.border = BORDER
    for m in lay["merges"]:
        ws.merge_cells(m)
    for r, h in lay.get("heights", {}).items():
        ws.row_dimensions[r].height = h
    for col, w in lay["widths"].items():
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "blind26"
    wb.save(path)
    fix_zip(path)


def build_docx(path, lay):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    for b in lay["blocks"]:
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            rows, merges = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    if v is not None:
                        t.cell(i, j).text = str(v)
            for r1, c1, r2, c2 in merges:
                t.cell(r1, c1).merge(t.cell(r2, c2))
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "blind26"
    cp.last_modified_by = "blind26"
    cp.revision = 1
    d.save(path)
    fix_zip(path)


def to_pdf(path):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        name = doc["stem"] + "." + doc["fmt"]
        path = os.path.join(HERE, name)
        (build_xlsx if doc["fmt"] == "xlsx" else build_docx)(path, doc["layout"])
        targets = [name] if no_pdf else [name, doc["stem"] + ".pdf"]
        if not no_pdf:
            to_pdf(path)
        for t in targets:
            gold = {"source": t}
            gold.update(doc["gold"])
            with open(os.path.join(ANN, t + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
    print("wrote", len(DOCS), "sources")


if __name__ == "__main__":
    main()
