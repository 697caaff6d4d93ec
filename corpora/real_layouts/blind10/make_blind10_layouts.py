"""Blind part 10 of the real-layout corpus: documents and their gold (corpora/real_layouts/blind10/).

Written by an annotator who did not read the toolkit's code and did not run jixiao on these files. Each form
reproduces the table layout and the facts of one public page (addresses in SOURCES.md and in each gold file);
longer sentences (goals, narrative, notes) are reworded. The gold of each document is written by hand from the
same data below, never from a program's output.

Grids: each form is a list of rows of equal length; a cell "<<" joins the cell to its left, "^^" joins the cell
above (merged ranges are the rectangles so formed). DOCX/XLSX are byte-deterministic (fixed dates, fixed zip
timestamps); PDFs come from LibreOffice (``--no-pdf`` skips them).

    python corpora/real_layouts/blind10/make_blind10_layouts.py [--no-pdf]
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
FIXED_TIME = dt.datetime(2026, 12, 3, 9, 0, 0)
L, U = "<<", "^^"


def ind(l1, l2, name, op, value, unit, text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": text, "actual": actual, "weight": weight, "score": score}


def finding(rule, item, why):
    return {"rule": rule, "item": item, "why": why}


P, E, S = "产出指标", "效益指标", "满意度指标"

# =================================================================================================================
# A. 六安市金安区体育局 项目支出绩效目标表 (2025): 网球公开赛, qualitative 效益 values, a "不适用" 生态 row
# =================================================================================================================
A_GOAL = "以金安国际网球公开赛为龙头打造系列品牌赛事，提高六安城市的知名度和美誉度。"
A_GRID = [
    ["项目支出绩效目标表", L, L, L, L],
    ["（2025年度）", L, L, L, L],
    ["项目责任人：", L, "单位（盖章）：", L, L],
    ["项目名称", "2025金安国际网球公开赛（国际系列赛事）", L, L, L],
    ["主管部门及代码", "[042]六安市金安区体育局", "实施单位", "六安市金安区体育局", L],
    ["项目来源", "本级申报项目", "项目期", "3年", L],
    ["项目资金\n（万元）", "年度资金总额：", L, "1000.00", L],
    [U, "其中：财政拨款", L, "1000.00", L],
    [U, "其他资金", L, "0.00", L],
    ["年度\n目标", A_GOAL, L, L, L],
    ["绩\n效\n指\n标", "一级\n指标", "二级指标", "三级指标", "指标值"],
    [U, "产出指标", "数量指标", "开展运动种类", "1种"],
    [U, U, U, "打造品牌赛事种类", "1种"],
    [U, U, "质量指标", "经费支出合规率", "100%"],
    [U, U, U, "赛事完成率", "100%"],
    [U, U, "时效指标", "完成时间", "2025年年底前"],
    [U, U, "成本指标", "项目总成本", "≤1000万元"],
    [U, "效益指标", "经济效益指标", "提升六安城市知名度和美誉度，推动体育消费、“网球+”产业深度融合", "经济效益良好"],
    [U, U, "社会效益指标", "打造金安国际网球公开赛等系列品牌赛事，提升六安城市的知名度和美誉度。", "效果良好"],
    [U, U, "生态效益指标", "本项目不适用此指标", "无"],
    [U, U, "可持续影响指标", "打造金安国际网球\n公开赛等系列品牌赛事", "影响可持续"],
    [U, "满意度指标", "满意度指标", "群众满意度", "≥95%"],
]
A_GOLD = {
    "source_urls": ["https://www.ja.gov.cn/public/6602051/25929172.html"],
    "province": "安徽", "doc_kind": "申报表", "patterns": [1, 2, 6, 8],
    "indicators": [
        ind(P, "数量指标", "开展运动种类", None, 1, "种", "1种"),
        ind(P, "数量指标", "打造品牌赛事种类", None, 1, "种", "1种"),
        ind(P, "质量指标", "经费支出合规率", None, 100, "%", "100%"),
        ind(P, "质量指标", "赛事完成率", None, 100, "%", "100%"),
        ind(P, "时效指标", "完成时间", None, None, None, "2025年年底前"),
        ind(P, "成本指标", "项目总成本", "<=", 1000, "万元", "≤1000万元"),
        ind(E, "经济效益指标", "提升六安城市知名度和美誉度，推动体育消费、“网球+”产业深度融合", None, None, None, "经济效益良好"),
        ind(E, "社会效益指标", "打造金安国际网球公开赛等系列品牌赛事，提升六安城市的知名度和美誉度。", None, None, None, "效果良好"),
        ind(E, "可持续影响指标", "打造金安国际网球公开赛等系列品牌赛事", None, None, None, "影响可持续"),
        ind(S, "服务对象满意度指标", "群众满意度", ">=", 95, "%", "≥95%"),
    ],
    "goals": [{"kind": "年度目标", "text": A_GOAL}],
    "facts": [{"metric": "年度资金总额", "kind": "sum", "total": 1000.0, "parts": [1000.0, 0.0], "unit": "万元"}],
    "findings": [
        finding("target.qualitative_no_scale", "提升六安城市知名度和美誉度，推动体育消费、“网球+”产业深度融合", "经济效益良好: a bare level, no scale"),
        finding("target.qualitative_no_scale", "打造金安国际网球公开赛等系列品牌赛事，提升六安城市的知名度和美誉度。", "效果良好: a bare level, no scale"),
        finding("target.qualitative_no_scale", "打造金安国际网球公开赛等系列品牌赛事", "影响可持续: a bare judgement, no scale"),
        finding("goal.unquantified", A_GOAL[:15], "names effects (知名度, 美誉度) with no number, rate or deadline"),
    ],
    "notes": "First of several forms on the page (the page goes on with a cut 安徽省常规赛费用 form, not reproduced). "
             "效益 rows carry whole sentences as 三级 names and bare judgements as values. The 生态效益 row says "
             "本项目不适用此指标 │ 无: a not-applicable row, not counted as an indicator and no finding expected. "
             "满意度 row has 二级 written 满意度指标 (gold: 服务对象满意度指标). The 可持续 name has a line break in the "
             "cell (gold name without it). 完成时间 │ 2025年年底前 is a dated deadline (no value/unit).",
}

# =================================================================================================================
# B. 六安市农业农村局 项目支出绩效目标申报表 (2024): 中期 │ 年度 halves side by side; page cut after 时效
# =================================================================================================================
B_GOAL = ("项目实施后开展农产品质量安全监测和“三品一标”工作，农产品质量安全水平得到提升，检测批次达到2批次/千人，"
          "“两强一增”认证总数有所增加。")
B_ROWS = [  # (二级, 三级, 指标值)
    ("数量指标", "鉴定校准实验室仪器", "≥57个"),
    (U, "购买标准试剂", "≥100个"),
    (U, "监督抽检批次", "≥100组"),
    ("质量指标", "农产品例行监测合格率", "≥98%"),
    (U, "农产品监督抽样合格率", "≥98%"),
    (U, "实验室仪器维修维护", "≥4次"),
    ("时效指标", "检测及时率", "≤7工作日"),
]
B_GRID = [
    ["项目支出绩效目标申报表", L, L, L, L, L, L, L],
    ["（ 2024 年度）", L, L, L, L, L, L, L],
    ["项目责任人（签字）：", L, L, L, "单位（盖章）：", L, L, L],
    ["项目名称", "发展建设类-农产品质检体系建设和“三品一标”发展项目", L, L, L, L, L, L],
    ["主管部门及代码", "[066]六安市农业农村局", L, L, "实施单位", "六安市农业农村局", L, L],
    ["项目属性", "常年项目", L, L, "项目期", "3年", L, L],
    ["项目资金\n（万元）", "中期资金总额：", L, "68.50", "年度资金总额：", L, "51.35", L],
    [U, "其中：财政拨款", L, "68.50", "其中：财政拨款", L, "51.35", L],
    [U, "其他资金", L, "0.00", "其他资金", L, "0.00", L],
    ["总\n体\n目\n标", "中期目标（2024年—2026年）", L, L, "年度目标", L, L, L],
    [U, B_GOAL, L, L, B_GOAL, L, L, L],
    ["绩\n效\n指\n标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
] + [[U, "产出指标" if i == 0 else U, l2, name, val, l2, name, val] for i, (l2, name, val) in enumerate(B_ROWS)]
B_GOLD = {
    "source_urls": ["https://nyncj.luan.gov.cn/public/6608321/10480730.html"],
    "province": "安徽", "doc_kind": "申报表", "patterns": [1, 2, 3, 6, 8],
    "indicators": [
        ind(P, "数量指标", "鉴定校准实验室仪器", ">=", 57, "个", "≥57个"),
        ind(P, "数量指标", "购买标准试剂", ">=", 100, "个", "≥100个"),
        ind(P, "数量指标", "监督抽检批次", ">=", 100, "组", "≥100组"),
        ind(P, "质量指标", "农产品例行监测合格率", ">=", 98, "%", "≥98%"),
        ind(P, "质量指标", "农产品监督抽样合格率", ">=", 98, "%", "≥98%"),
        ind(P, "质量指标", "实验室仪器维修维护", ">=", 4, "次", "≥4次"),
        ind(P, "时效指标", "检测及时率", "<=", 7, "工作日", "≤7工作日"),
    ],
    "goals": [{"kind": "中期目标", "text": B_GOAL}, {"kind": "年度目标", "text": B_GOAL}],
    "facts": [
        {"metric": "中期资金总额", "kind": "sum", "total": 68.5, "parts": [68.5, 0.0], "unit": "万元"},
        {"metric": "年度资金总额", "kind": "sum", "total": 51.35, "parts": [51.35, 0.0], "unit": "万元"},
    ],
    "findings": [
        finding("target.unit_mismatch", "检测及时率", "a rate (及时率) given in 工作日"),
        finding("coverage.missing_dimension", "效益指标", "the table as written ends after 时效; no 效益 row"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written ends after 时效; no 满意度 row"),
    ],
    "notes": "Two periods side by side (中期 left, 年度 right) with identical rows; gold gives the 年度 half. The stored "
             "page is cut after the first 时效 row (the next row begins 开展质…); the document reproduces only what is "
             "there, so it has no 效益 or 满意度 rows. Both goals carry a number (2批次/千人). 实验室仪器维修维护 (≥4次) "
             "filed under 质量 as on the page.",
}

# =================================================================================================================
# C. 澧县食用菌研究所 部门整体支出项目绩效目标申报表 (2021): 指标解释 │ 指标说明及公式 columns; page cut in 质量
# =================================================================================================================
C_GOAL = ("1、围绕全县农业特色产业发展要求，培育壮大食用菌和中药材产业，夯实产业基础。2、在局党组领导下，配合做好局里各项"
          "中心工作，以服务强根本。3、保障干部职工生活待遇，保证日常工作正常运转。")
C_DUTY = ("县食用菌研究所是县农业农村局所属副科级公益类事业单位，负责为全县食用菌生产和科研提供服务，引进新品种、推广"
          "食用菌新技术，推动食用菌和中药材产业健康发展，优化食用菌品种结构，提高秸秆基料化利用水平。")
C_ROWS = [  # (二级, 三级, 指标解释, 值)
    ("数量指标", "研究培育食用菌品种数量", "研究培育食用菌品种数量", "2种"),
    (U, "培育中药材品种数量", "培育中药材品种数量", "4种"),
    (U, "创建食用菌生产基地", "创建食用菌生产基地", "2个"),
    (U, "推广食用菌品种数量", "推广食用菌品种数量", "3种"),
    (U, "消化利用农作物秸秆数量", "建立秸秆综合利用点", "5个"),
    (U, "技术指导服务数量", "对生产种植企业技术指导服务数量", "10家"),
    ("质量指标", "机关事务正常运转率", "机关事务正常运转率", "100%"),
    (U, "党建任务完成率", "上级党组织要求完成党建工作任务完成率", "100%"),
]
C_GRID = [
    ["部门整体支出项目绩效目标申报表", L, L, L, L, L, L],
    ["（    2021     年度）", L, L, L, L, L, L],
    ["填报单位（公章）：  澧县食用菌研究所", L, L, L, L, L, L],
    ["部门（单位）名称", "澧县食用菌研究所", L, L, L, L, L],
    ["资金类别", "部门（单位）整体支出", L, L, "业务股室", "农业股", L],
    ["年度预算申请\n（万元）", "资金总额", L, "222.45", L, L, L],
    [U, "按收入性质分：", L, L, "按支出性质分：", L, L],
    [U, "公共财政拨款", L, "222.45", "基本支出", L, "220.45"],
    [U, "政府性基金拨款", L, "", "项目支出", L, "2"],
    [U, "纳入专户管理的非税收入拨款", L, "", "", L, ""],
    [U, "其他资金", L, "", "", L, ""],
    ["部门职能职责概述", C_DUTY, L, L, L, L, L],
    ["整体绩效目标", C_GOAL, L, L, L, L, L],
    ["绩效目标", "一级指标", "二级指标", "三级指标", "指标解释", "指标说明及公式", "预期达到目标"],
] + [[U, "产出指标" if i == 0 else U, l2, name, expl, "", val] for i, (l2, name, expl, val) in enumerate(C_ROWS)]
C_GOLD = {
    "source_urls": ["https://www.li-xian.gov.cn/zwgk/public/6616363/1168565791.html"],
    "province": "湖南", "doc_kind": "部门整体目标表", "patterns": [1, 2, 5, 7, 8],
    "indicators": [
        ind(P, "数量指标", "研究培育食用菌品种数量", None, 2, "种", "2种"),
        ind(P, "数量指标", "培育中药材品种数量", None, 4, "种", "4种"),
        ind(P, "数量指标", "创建食用菌生产基地", None, 2, "个", "2个"),
        ind(P, "数量指标", "推广食用菌品种数量", None, 3, "种", "3种"),
        ind(P, "数量指标", "消化利用农作物秸秆数量", None, 5, "个", "5个"),
        ind(P, "数量指标", "技术指导服务数量", None, 10, "家", "10家"),
        ind(P, "质量指标", "机关事务正常运转率", None, 100, "%", "100%"),
        ind(P, "质量指标", "党建任务完成率", None, 100, "%", "100%"),
    ],
    "goals": [{"kind": "总体目标", "text": C_GOAL}],
    "facts": [{"metric": "资金总额", "kind": "sum", "total": 222.45, "parts": [220.45, 2.0], "unit": "万元"}],
    "findings": [
        finding("goal.unquantified", C_GOAL[:15], "names outputs/effects (培育产业, 正常运转) but no number, rate or deadline"),
        finding("coverage.missing_dimension", "效益指标", "the table as written ends inside 质量; no 效益 row"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written ends inside 质量; no 满意度 row"),
    ],
    "notes": "部门整体 form with 按收入性质/按支出性质 money split (222.45 = 220.45 + 2). The indicator block has "
             "指标解释 and 指标说明及公式 columns; the page fills one of them (put under 指标解释), the other is empty. "
             "The stored page is cut inside the third 质量 row (培育推广成功率, value not shown); that half row is left "
             "out, so the document ends after 党建任务完成率 with no 效益 or 满意度 rows. Values are bare numbers "
             "with units and no operator.",
}

# =================================================================================================================
# D. 阆中市交通运输局 车购税补助(普通省道)绩效目标自评表 (2021): 一级 cells blank for 产出/效益, 指标值 cells hold
#    bare numbers (20/10) with no unit, target glued into one name
# =================================================================================================================
D_GOAL = "按计划完成本年度普通省道建设任务，建成普通省道二级公路32.1公里，保障道路安全畅通。"
D_ROWS = [  # (一级, 二级, 三级, 指标值, 实际)
    ("", "数量指标", "建设普通省道二级公路32.1公里", "20", "20"),
    ("", "质量指标", "建设符合验收要求", "20", "20"),
    ("", "时效指标", "按期完成投资", "10", "10"),
    ("", "成本指标", "", "", ""),
    ("", "……", "", "", ""),
    ("", "经济效益\n指标", "对经济发展的促进作用", "10", "10"),
    ("", "社会效益\n指标", "基本公共服务水平", "10", "10"),
    ("", "生态效益\n指标", "交通建设符合环评审批要求", "10", "10"),
    ("", "可持续影响指标", "", "", ""),
    ("", "……", "", "", ""),
    ("满意度指标", "服务对象\n满意度指标", "改善通行服务水平群众满意度", "20", "20"),
    (U, "……", "", "", ""),
]
D_NOTE = ("说明：1.资金使用单位按项目填报，主管部门和财政部门汇总时按区域填报绩效目标。2.其他资金指与中央、地方财政资金"
          "共同投入同一项目的自有资金、社会资金及以前年度结转结余资金等。")
D_GRID = [
    ["车辆购置税收入补助地方资金（普通省道公路建设）绩效目标自评表", L, L, L, L, L, L],
    ["（2021年度）", L, L, L, L, L, L],
    ["转移支付（项目）名称", "车辆购置税收入补助地方资金（普通省道公路建设）", L, L, L, L, L],
    ["中央主管部门", "财政部", L, L, L, L, L],
    ["地方主管部门", "阆中市交通运输局", L, "资金使用单位", "阆中市交通运输局", L, L],
    ["项目资金\n（万元）", "", L, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）", L],
    [U, "年度资金总额：", L, "4000", "4000", "100%", L],
    [U, " 其中：中央补助", L, "4000", "4000", "100%", L],
    [U, "地方资金", L, "", "", "", L],
    [U, " 其他资金", L, "", "", "", L],
    ["总体目标完成情况", "总体目标", L, L, "全年实际完成情况", L, L],
    [U, D_GOAL, L, L, "", L, L],
    ["绩效指标", "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因和改进措施"],
] + [[U, l1, l2, name, val, act, ""] for (l1, l2, name, val, act) in D_ROWS] + [
    [D_NOTE, L, L, L, L, L, L],
]
D_GOLD = {
    "source_urls": ["http://langzhong.gov.cn/zwgk/zdlygk/zxzj/202208/t20220817_1715346.html"],
    "province": "四川", "doc_kind": "自评表", "patterns": [1, 2, 6, 8],
    "indicators": [
        ind(P, "数量指标", "建设普通省道二级公路32.1公里", None, 20, None, "20", actual=20),
        ind(P, "质量指标", "建设符合验收要求", None, 20, None, "20", actual=20),
        ind(P, "时效指标", "按期完成投资", None, 10, None, "10", actual=10),
        ind(E, "经济效益指标", "对经济发展的促进作用", None, 10, None, "10", actual=10),
        ind(E, "社会效益指标", "基本公共服务水平", None, 10, None, "10", actual=10),
        ind(E, "生态效益指标", "交通建设符合环评审批要求", None, 10, None, "10", actual=10),
        ind(S, "服务对象满意度指标", "改善通行服务水平群众满意度", None, 20, None, "20", actual=20),
    ],
    "goals": [{"kind": "总体目标", "text": D_GOAL}],
    "facts": [
        {"metric": "预算执行率", "kind": "budget", "planned": 4000.0, "actual": 4000.0, "stated_rate": 100.0, "unit": "万元"},
    ],
    "findings": [
        finding("target.missing_unit", "建设普通省道二级公路32.1公里", "指标值 20 with no unit"),
        finding("target.missing_unit", "建设符合验收要求", "指标值 20 with no unit"),
        finding("target.missing_unit", "按期完成投资", "指标值 10 with no unit"),
        finding("target.missing_unit", "对经济发展的促进作用", "指标值 10 with no unit"),
        finding("target.missing_unit", "基本公共服务水平", "指标值 10 with no unit"),
        finding("target.missing_unit", "交通建设符合环评审批要求", "指标值 10 with no unit"),
        finding("target.missing_unit", "改善通行服务水平群众满意度", "指标值 20 with no unit"),
    ],
    "notes": "As on the page: the 一级 cells of the 产出 and 效益 rows are blank (only 满意度指标 is written); gold "
             "gives the 一级 implied by the 二级 taxonomy name. The 指标值 and 全年实际完成值 columns hold bare numbers "
             "(20, 10 — they look like points, the form has no 分值 column); gold takes them as written, no unit. "
             "The first name carries 32.1公里 inside it but its 指标值 cell is 20, so the name is kept whole. Empty "
             "成本/可持续 rows and …… rows are template rows. 全年实际完成情况 cell empty as on the page. Rows match "
             "their targets, so no deviation reason is asked.",
}

# =================================================================================================================
# E. 宜兴市 基本公共卫生服务 绩效目标设置/完成情况 score table (2016): 投入/管理/产出 target groups, cut in 产出
# =================================================================================================================
E_GRID = [
    ["绩效目标设置情况", L, L, L, "绩效目标完成情况", L, L, L, L],
    ["目标名称", "目标值", "评价指标", "标准值", "目标完成值", "评价指标值", "权重分值", "评分规则", "得分"],
    ["一、投入目标", "", "", "", "", "", "", "", ""],
    ["1.预算投入资金", "6475", "预算完成率", "100%", "6475", "100%", "1", "预算完成率超出正负10%不得分", "1"],
    ["2.实际到位资金", "6475", "资金到位率", "100%", "6475", "100%", "1", "实际到位资金/预算投入资金≠100%则不得分", "1"],
    ["3.实际支出", "6475", "实际支出率", "100%", "6475", "100%", "1", "实际支出率≠100%则不得分", "1"],
    ["4.专款专用资金", "6475", "专款专用率", "100%", "6475", "100%", "1", "专款专用率≠100%则不得分", "1"],
    ["二、管理目标", "", "", "", "", "", "", "", ""],
    ["1.资金管理情况", "专账核算", "项目资金管理要求", "", "专账核算", "项目资金管理要求", "2",
     "专账核算资金/实际投入资金*100%≠100%则不得分", "2"],
    ["2.财务管理", "支出符合财务管理制度规定", "财务管理规范度", "100%", "符合财务管理制度规定", "财务管理规范度", "2",
     "支出手续不完备酌情扣分，支出不符合项目要求不得分", "1.5"],
    ["3.项目管理情况", "（1）成立管理组织；（2）季度督导、半年度考核、年度考核；（3）季度通报", "组织管理规范度", "100%",
     "有组织制度、考核制度、通报", "有", "2", "查阅资料", "2"],
    ["三、产出目标", "", "", "", "", "", "", "", ""],
    ["1.数量目标", "", "", "", "", "", "", "", ""],
    ["居民电子健康档案建档数", "941250份", "居民电子健康档案建档率=建立电子健康档案人数/辖区内常住居民数*100%", "≥75%",
     "1024410", "81.74%", "5", "查阅资料，根据评价指标得分，≥70%得3分，≥65%得1分，<65%不得分", "5"],
    ["0-6岁儿童健康管理数", "56950人", "儿童健康管理率=年度辖区内接受1次及以上随访的0-6岁儿童数/年度辖区内应管理的0-6岁儿童数*100%",
     "≥90%", "68890", "99.83%", "5", "查阅资料，根据评价指标得分，≥85%得3分，≥80%得1分，<80%不得分", "5"],
]
E_GOLD = {
    "source_urls": ["http://yixing.gov.cn/doc/2017/04/20/657601.shtml"],
    "province": "江苏", "doc_kind": "自评表", "patterns": [5, 9],
    "indicators": [
        ind(None, None, "预算完成率", None, 100, "%", "100%", actual=100, weight=1, score=1),
        ind(None, None, "资金到位率", None, 100, "%", "100%", actual=100, weight=1, score=1),
        ind(None, None, "实际支出率", None, 100, "%", "100%", actual=100, weight=1, score=1),
        ind(None, None, "专款专用率", None, 100, "%", "100%", actual=100, weight=1, score=1),
        ind(None, None, "项目资金管理要求", None, None, None, "", actual=None, weight=2, score=2),
        ind(None, None, "财务管理规范度", None, 100, "%", "100%", actual=None, weight=2, score=1.5),
        ind(None, None, "组织管理规范度", None, 100, "%", "100%", actual=None, weight=2, score=2),
        ind(P, "数量指标", "居民电子健康档案建档率", ">=", 75, "%", "≥75%", actual=81.74, weight=5, score=5),
        ind(P, "数量指标", "儿童健康管理率", ">=", 90, "%", "≥90%", actual=99.83, weight=5, score=5),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        finding("target.missing_value", "项目资金管理要求", "标准值 cell empty"),
        finding("coverage.missing_dimension", "效益指标", "the table as written ends inside 产出; no 效益 row"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written ends inside 产出; no 满意度 row"),
    ],
    "notes": "A two-block score table: 绩效目标设置情况 (目标名称 │ 目标值 │ 评价指标 │ 标准值) and 绩效目标完成情况 "
             "(目标完成值 │ 评价指标值 │ 权重分值 │ 评分规则 │ 得分), grouped 投入目标/管理目标/产出目标. Gold takes the "
             "scored pair 评价指标 │ 标准值 │ 评价指标值 as indicator, target and actual (the 得分 follows them); 投入/管理 "
             "rows have no canonical level; the 评价指标 cell of the 产出 rows holds a formula after '=', gold name is "
             "the part before it. The stored page is cut at the third 数量 row (孕产妇健康管理…), left out; there is no "
             "title, no 效益/满意度 group and no total. 资金管理情况 has no 标准值. Weights sum to 20 with no stated "
             "total; the shortfall is the missing dimensions' (no separate score_total expectation).",
}

# =================================================================================================================
# F. 昌宁县第一示范小学 2023年度项目支出绩效自评报告 (教育专项工作经费): prose only
# =================================================================================================================
F_GOAL = "教育专项工作经费用于缴纳学校残疾人就业保障金，一方面保障学校教育教学工作正常开展，另一方面促进残疾人就业。"
F_PARAS = [
    ("h", "昌宁县第一示范小学2023年度项目支出绩效自评报告"),
    ("c", "（教育专项工作经费）"),
    ("h2", "一、自评结论"),
    ("p", "（一）自评得分"),
    ("p", "经项目绩效自评小组全面评价，我校教育专项工作经费项目自评得分100分，自评结果为“优秀”。"),
    ("p", "（二）绩效目标完成情况"),
    ("p", "1.执行率情况。2023年度我校教育专项工作经费项目财政资金总额16.20万元，全部为县级配套资金，拨付使用16.20万元，"
          "预算执行率100%。"),
    ("p", "2.完成的绩效目标。"),
    ("p", "（1）产出指标"),
    ("p", "①数量指标：2023年，我校收到教育专项工作经费资金16.20万元。"),
    ("p", "②时效指标：教育专项工作经费资金到位率为100%。"),
    ("p", "（2）效益指标"),
    ("p", "①经济效益指标：教育专项工作经费资金保障了学校的正常运转。"),
    ("p", "②可持续影响：教育专项工作经费促进残疾人就业率。"),
    ("p", "（3）满意度指标（服务对象满意度指标）：学校满意度大于年度指标值≥95%。"),
    ("p", "3.未完成的绩效目标。"),
    ("p", "无。"),
    ("p", "（三）存在的问题和原因分析"),
    ("p", "无。"),
    ("p", "（四）下一步拟改进措施及有关建议"),
    ("p", "继续加强教育专项工作经费的使用管理，提高资金使用效益。"),
    ("h2", "二、佐证材料"),
    ("p", "（一）项目基本情况"),
    ("p", "1.项目立项目的和年度绩效目标"),
    ("p", F_GOAL),
    ("p", "2.项目资金情况。2023年度我校教育专项工作经费项目财政资金总额16.20万元，全部为县级配套资金，拨付使用16.20万元，"
          "预算执行率100%。"),
    ("p", "（二）自评工作开展情况"),
    ("p", "为做好绩效自评，学校成立了以校长为组长，副校长、会计、出纳为成员的自评小组，对教育专项工作经费的拨付、使用和"
          "效益等情况进行了分析。"),
]
F_GOLD = {
    "source_urls": ["https://yncn.gov.cn/info/4112/9026410.htm"],
    "province": "云南", "doc_kind": "自评报告", "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "年度目标", "text": F_GOAL}],
    "facts": [
        {"metric": "预算执行率", "kind": "budget", "planned": 16.2, "actual": 16.2, "stated_rate": 100.0, "unit": "万元"},
        {"metric": "自评得分", "kind": "score_total", "total": 100.0, "parts": []},
        {"metric": "自评结果", "kind": "grade", "score": 100.0, "grade": "优秀"},
    ],
    "findings": [
        finding("goal.unquantified", F_GOAL[:15], "names effects (正常开展, 促进残疾人就业) with no number, rate or deadline"),
    ],
    "notes": "Prose-only self-evaluation report; the stored page has no table and is cut inside 二、佐证材料 (自评工作开展"
             "情况), reproduced up to there in own words. Indicator results are sentences of actuals, not a target table "
             "(gold lists no indicator rows). 执行率 16.20/16.20 = 100% and 100分 → 优秀 are consistent. The goal is "
             "the 立项目的和年度绩效目标 paragraph.",
}

# =================================================================================================================
# G. 淮南市田家庵区 就业补助资金绩效自评表 (2024): money block + 资金管理情况 block; page cut at indicator header
# =================================================================================================================
G_GOAL = ("落实就业创业各项扶持政策，做好就业各项工作，加强公共就业创业服务机构服务能力建设。就业补助资金主要用于基层特岗"
          "人员工资社保、就业见习补贴、公益性岗位补贴、职业培训补贴、社会保险补贴等。")
G_ACT = ("各项就业创业工作指标均按要求完成，基层特岗人员工资社保按时发放，就业见习、乡村公益性岗位开发、职业培训等工作"
         "顺利开展，补贴发放严格规范。")
G_GRID = [
    ["就业补助资金绩效自评表", L, L, L, L, L],
    ["（2024年度）", L, L, L, L, L],
    ["转移支付（项目）名称", "就业补助资金", L, L, L, L],
    ["中央主管部门", "人力资源社会保障部", L, L, L, L],
    ["地方主管部门", "安徽省人力资源和社会保障厅 淮南市人力资源和社会保障局", L, L, L, L],
    ["资金使用单位", "淮南市田家庵区人力资源和社会保障局", L, L, L, L],
    ["资金投入情况\n（万元）", "", L, "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A×100%）"],
    [U, "年度资金总额：", L, "808.1", "692.98", "86%"],
    [U, "其中：中央财政资金", L, "808.1", "692.98", "86%"],
    [U, "地方财政资金", L, "", "", ""],
    [U, "其他资金", L, "", "", ""],
    ["资金管理情况", "", L, "情况说明", L, "存在问题和改进措施"],
    [U, "分配科学性", L, "合理分配，优先保障工资社保。", L, ""],
    [U, "下达及时性", L, "", L, ""],
    [U, "拨付合规性", L, "严格按国库集中支付制度有关规定支付资金，未发现违规问题。", L, ""],
    [U, "使用规范性", L, "严格按下达预算的科目和项目执行，未发现截留、挤占、挪用或擅自调整等问题。", L, ""],
    [U, "执行准确性", L, "按上级下达的金额执行，执行数未明显偏离预算数。", L, ""],
    [U, "预算绩效管理情况", L, "有关资金已纳入本级预算绩效管理，开展了绩效监控和绩效评价。", L, ""],
    [U, "支出责任履行情况", L, "", L, ""],
    ["总体目标完成情况", "总体目标", L, L, "全年实际完成情况", L],
    [U, G_GOAL, L, L, G_ACT, L],
    ["绩效指标", "一级\n指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
]
G_GOLD = {
    "source_urls": ["https://www.tja.gov.cn/public/118323190/1260578519.html"],
    "province": "安徽", "doc_kind": "自评表", "patterns": [1, 2, 8],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": G_GOAL}],
    "facts": [
        {"metric": "预算执行率", "kind": "budget", "planned": 808.1, "actual": 692.98, "stated_rate": 86.0, "unit": "万元"},
    ],
    "findings": [
        finding("goal.process_only", G_GOAL[:15], "only policy steps, management work and money uses; no output or effect"),
        finding("coverage.missing_dimension", "产出指标", "the table as written ends at the indicator header; no 产出 row"),
        finding("coverage.missing_dimension", "效益指标", "the table as written ends at the indicator header; no 效益 row"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written ends at the indicator header; no 满意度 row"),
    ],
    "notes": "Transfer-payment self-evaluation layout (资金投入情况 + 资金管理情况 blocks). The stored page is cut right "
             "after the indicator header row (… 指标值 │ 全年实际完成值), so the document has no indicator rows at all; "
             "it expects every 一级 as missing. 692.98/808.1 = 85.75% → 86% stated with no decimals is consistent. "
             "The 全年实际完成情况 text is an actual, not a goal.",
}


# =================================================================================================================
# H. 甘孜州市场监督管理局机关 绩效目标表 (xlsx export): flat rows with 一级/二级 repeated on every row, order
#    mixed (成本 first), 指标性质/度量单位/权重(%) columns, 定性 rows valued "高中低", costs in 人/天
# =================================================================================================================
H_GOAL = ("组织协调推进全州食品安全重点工作；承办州食品安全委员会会议及中央相关活动；组织协调食品安全宣传和培训；承担州"
          "政府食品安全委员会日常工作；组织开展食品安全重大整顿治理和联合检查；考核评议州级相关部门和各县市落实食品安全"
          "党政同责目标的情况。")
H_ROWS = [  # (一级, 二级, 三级, 指标性质, 指标值, 度量单位, 权重)
    ("产出指标", "成本指标", "检查差旅费", "", "470", "人/天", "2"),
    ("产出指标", "成本指标", "培训费", "", "320", "人/天", "3"),
    ("产出指标", "时效指标", "完成时限", "", "1", "", "5"),
    ("产出指标", "数量指标", "召开食品安委会全体会议", "", "2", "", "15"),
    ("产出指标", "质量指标", "食安委成员单位食品安全工作齐抓共管", "", "100", "%", "10"),
    ("产出指标", "数量指标", "开展食品安全专项整治", "", "2", "", "10"),
    ("产出指标", "数量指标", "组织州县食安委成员单位人员培训", "", "1", "", "15"),
    ("产出指标", "数量指标", "开展食品安全宣传周活动", "", "1", "", "10"),
    ("效益指标", "社会效益指标", "食品安全整体状况", "定性", "高中低", "", "10"),
    ("效益指标", "可持续影响指标", "进一步提高食品安全工作科学化、规范化", "定性", "高中低", "", "5"),
    ("满意度指标", "服务对象满意度指标", "公众对食品安全满意度", "定性", "高中低", "", "5"),
]
H_GRID = [
    ["绩效目标表", L, L, L, L, L, L],
    ["单位信息：", "324001-甘孜藏族自治州市场监督管理局机关", L, "项目名称：", "", L, L],
    ["主管部门：", "324-甘孜州市场监督管理部门", L, "项目经办人：", "", L, L],
    ["预算执行率权重(%)：", "", L, "项目经办人电话：", "", L, L],
    ["整体目标：", H_GOAL, L, L, L, L, L],
    ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重(%)"],
] + [list(r) for r in H_ROWS]
H_GOLD = {
    "source_urls": ["http://gzz.gov.cn/preview-service/file_2023120414310206xlsx.html"],
    "province": "四川", "doc_kind": "部门整体目标表", "patterns": [5, 6, 7, 8],
    "indicators": [
        ind(P, "成本指标", "检查差旅费", None, 470, "人/天", "470人/天", weight=2),
        ind(P, "成本指标", "培训费", None, 320, "人/天", "320人/天", weight=3),
        ind(P, "时效指标", "完成时限", None, 1, None, "1", weight=5),
        ind(P, "数量指标", "召开食品安委会全体会议", None, 2, None, "2", weight=15),
        ind(P, "质量指标", "食安委成员单位食品安全工作齐抓共管", None, 100, "%", "100%", weight=10),
        ind(P, "数量指标", "开展食品安全专项整治", None, 2, None, "2", weight=10),
        ind(P, "数量指标", "组织州县食安委成员单位人员培训", None, 1, None, "1", weight=15),
        ind(P, "数量指标", "开展食品安全宣传周活动", None, 1, None, "1", weight=10),
        ind(E, "社会效益指标", "食品安全整体状况", None, None, None, "高中低", weight=10),
        ind(E, "可持续影响指标", "进一步提高食品安全工作科学化、规范化", None, None, None, "高中低", weight=5),
        ind(S, "服务对象满意度指标", "公众对食品安全满意度", None, None, None, "高中低", weight=5),
    ],
    "goals": [{"kind": "总体目标", "text": H_GOAL}],
    "facts": [],
    "findings": [
        finding("target.unit_mismatch", "检查差旅费", "a cost (费) given in 人/天, no money unit"),
        finding("target.unit_mismatch", "培训费", "a cost (费) given in 人/天, no money unit"),
        finding("target.missing_unit", "完成时限", "value 1 with no unit"),
        finding("target.missing_unit", "召开食品安委会全体会议", "value 2 with no unit"),
        finding("target.missing_unit", "开展食品安全专项整治", "value 2 with no unit"),
        finding("target.missing_unit", "组织州县食安委成员单位人员培训", "value 1 with no unit"),
        finding("target.missing_unit", "开展食品安全宣传周活动", "value 1 with no unit"),
        finding("target.missing_value", "食品安全整体状况", "高中低 lists the bands but sets no target level"),
        finding("target.missing_value", "进一步提高食品安全工作科学化、规范化", "高中低 lists the bands but sets no target level"),
        finding("target.missing_value", "公众对食品安全满意度", "高中低 lists the bands but sets no target level"),
        finding("goal.process_only", H_GOAL[:15], "only coordination, meetings, campaigns and appraisal work; no output or effect"),
    ],
    "notes": "Exported-system layout (the page is an xlsx preview): info lines 单位信息/项目名称/主管部门/项目经办人/预算执行率"
             "权重(%) with empty values, then a flat table whose 一级/二级 are repeated on every row and come in mixed order "
             "(成本 first). 指标性质 is blank for the quantitative rows and 定性 for the three last rows, whose 指标值 is "
             "the band list 高中低 (no level chosen). The two cost rows give 人/天 as unit. 权重 sums to 90 with the "
             "预算执行率权重 cell empty (90 indicator points + 10 for 执行率 is the usual split, so no weight finding). "
             "The whole stored table is reproduced (it ends with the 满意度 row).",
}

# =================================================================================================================
# I. 遂宁经开区 市场监管分局 2021年中央对地方专项转移支付区域绩效目标自评表: 填报类型 ticks, 一级 cells blank,
#    "指标N." prefixes, bare numbers, empty value cells; page cut at the first 效益 row
# =================================================================================================================
I_GOAL = "目标1：完成“两品一械”抽检工作；目标2：加强“两品一械”企业监管；目标3：加强培训，提高监管人员专业水平；目标4：加强“两品一械”科普宣传。"
I_ACT = "目标1：配合完成抽检148批次；目标2：加强了“两品一械”企业监管；目标3：监管人员专业水平得到提高，培训率达100%；目标4：多次开展“两品一械”科普宣传活动。"
I_ROWS = [  # (二级, 三级 as written, 指标值, 完成值)
    ("数量指标", "指标1.药品抽验品种", "≥3", "4"),
    (U, "指标2.化妆品抽验批次", "≥3", "7"),
    (U, "指标3.医疗器械抽验批次", "≥2", "3"),
    (U, "指标4.药品监管企业数", "≥124", "253"),
    (U, "指标5.化妆品监管企业数", "≥290", "311"),
    (U, "指标6.医疗器械监管企业数", "≥21", "85"),
    (U, "指标7.药品监管人员人均培训学时", "≥90", "96"),
    ("质量指标", "指标1.药品抽检完成率", "100%", "100%"),
    (U, "指标2.化妆品抽验完成率", "100%", "100%"),
    (U, "指标3.医疗器械抽验完成率", "100%", "100%"),
    (U, "指标4.不合格产品处置率", "", ""),
    (U, "指标5：药品不良反应每百万人口报告数", "≥150", "150"),
    (U, "指标6.化妆品不良反应每百万人口报告数", "≥10", "10"),
    (U, "指标7.医疗器械不良应每百万人口报告数", "≥30", "30"),
    (U, "指标8.培训人员覆盖率", "100%", "100%"),
    ("时效指标", "任务完成时间", "2021年底", "2021年底"),
    ("成本指标", "指标1.培训成本", "400元/人、天", "180元/人、天"),
    (U, "指标2.药品抽验平均标准", "", ""),
    (U, "指标3.化妆品抽验平均标准", "", ""),
]
I_GRID = [
    ["2021年中央对地方专项转移支付区域绩效目标自评表", L, L, L, L],
    ["填报类型：整体□  区域√  项目□", L, L, L, L],
    ["单位名称", "遂宁市市场监督管理局经开区分局", "联系人及电话", "田苗苗，158****3688", L],
    ["预算\n执行\n情况\n（万元）", "转移支付预算数（A）", "5.8万", "预算执行率（B/A）", "100%"],
    [U, "转移支付执行数（B）", "5.8万", U, U],
    ["年度\n目标\n完成\n情况", "预期目标", L, "目标实际完成情况", L],
    [U, I_GOAL, L, I_ACT, L],
    ["一级\n指标", "二级指标", "三级指标", "指标值", "完成值"],
] + [["", l2, name, val, act] for (l2, name, val, act) in I_ROWS]


def _i(l2, name, op, value, unit, text, actual):
    return ind(P, l2, re.sub(r"^指标\d+[.：]", "", name), op, value, unit, text, actual=actual)


I_GOLD = {
    "source_urls": ["https://snjkq.suining.gov.cn/xinwen/show/10f49cb24dea41a5bf7520b914ece25f.html"],
    "province": "四川", "doc_kind": "自评表", "patterns": [6, 8],
    "indicators": [
        _i("数量指标", "指标1.药品抽验品种", ">=", 3, None, "≥3", 4),
        _i("数量指标", "指标2.化妆品抽验批次", ">=", 3, None, "≥3", 7),
        _i("数量指标", "指标3.医疗器械抽验批次", ">=", 2, None, "≥2", 3),
        _i("数量指标", "指标4.药品监管企业数", ">=", 124, None, "≥124", 253),
        _i("数量指标", "指标5.化妆品监管企业数", ">=", 290, None, "≥290", 311),
        _i("数量指标", "指标6.医疗器械监管企业数", ">=", 21, None, "≥21", 85),
        _i("数量指标", "指标7.药品监管人员人均培训学时", ">=", 90, None, "≥90", 96),
        _i("质量指标", "指标1.药品抽检完成率", None, 100, "%", "100%", 100),
        _i("质量指标", "指标2.化妆品抽验完成率", None, 100, "%", "100%", 100),
        _i("质量指标", "指标3.医疗器械抽验完成率", None, 100, "%", "100%", 100),
        _i("质量指标", "指标4.不合格产品处置率", None, None, None, "", None),
        _i("质量指标", "指标5：药品不良反应每百万人口报告数", ">=", 150, None, "≥150", 150),
        _i("质量指标", "指标6.化妆品不良反应每百万人口报告数", ">=", 10, None, "≥10", 10),
        _i("质量指标", "指标7.医疗器械不良应每百万人口报告数", ">=", 30, None, "≥30", 30),
        _i("质量指标", "指标8.培训人员覆盖率", None, 100, "%", "100%", 100),
        _i("时效指标", "任务完成时间", None, None, None, "2021年底", None),
        _i("成本指标", "指标1.培训成本", None, 400, "元/人、天", "400元/人、天", 180),
        _i("成本指标", "指标2.药品抽验平均标准", None, None, None, "", None),
        _i("成本指标", "指标3.化妆品抽验平均标准", None, None, None, "", None),
    ],
    "goals": [{"kind": "年度目标", "text": I_GOAL}],
    "facts": [
        {"metric": "预算执行率", "kind": "budget", "planned": 5.8, "actual": 5.8, "stated_rate": 100.0, "unit": "万元"},
    ],
    "findings": [
        finding("target.missing_unit", n, "bare number, no unit") for n in (
            "药品抽验品种", "化妆品抽验批次", "医疗器械抽验批次", "药品监管企业数", "化妆品监管企业数",
            "医疗器械监管企业数", "药品监管人员人均培训学时", "药品不良反应每百万人口报告数",
            "化妆品不良反应每百万人口报告数", "医疗器械不良应每百万人口报告数")
    ] + [
        finding("target.missing_value", "不合格产品处置率", "指标值 cell empty"),
        finding("target.missing_value", "药品抽验平均标准", "指标值 cell empty"),
        finding("target.missing_value", "化妆品抽验平均标准", "指标值 cell empty"),
        finding("goal.unquantified", I_GOAL[:15], "sampling, supervision, training and publicity work plus 提高专业水平, no number"),
        finding("coverage.missing_dimension", "效益指标", "the table as written ends after 成本; no 效益 row"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written ends after 成本; no 满意度 row"),
    ],
    "notes": "Regional transfer-payment self-evaluation (填报类型 ticks 区域). The 一级 cells of the indicator rows are blank; "
             "三级 names carry 指标N./指标N： prefixes (gold names without them). Most targets are bare numbers with ≥ and "
             "no unit (the unit is only implied by names such as 批次/企业数/学时). Three rows have empty 指标值 and 完成值. "
             "The stored page is cut at the first 效益 row (社会效益 指标1.“两品一械”总体安全…, value not shown), left "
             "out, so the document has no 效益 or 满意度 rows. The four goals sit in one 预期目标 cell (one gold goal). "
             "Phone number masked.",
}

# =================================================================================================================
# J. 遂宁市安居区 食品监管补助资金区域绩效目标自评表 (2021): 自评得分 column with block points (20/20/50), goals
#    one per row, 已完成 targets, page cut in 可持续影响
# =================================================================================================================
J_GOALS = ["目标1：深入开展食品风险隐患排查整治。", "目标2：加大违法行为打击力度。",
           "目标3：加强基层监管人员监管业务培训。", "目标4：加大食品安全宣传力度。"]
J_ROWS = [  # (一级, 二级, 三级, 年度指标值, 实际完成指标值, 得分)
    ("产出指标", "质量指标", "指标1：食品安全监管人员培训", "已完成", "已完成", "5"),
    (U, U, "指标2：违法案件查办率", "100%", "100%", "4"),
    (U, U, "指标3：食品经营环节风险分级", "100%", "100%", "5"),
    (U, U, "指标4：开展食品安全宣传周等科普宣传活", "已完成", "已完成", "3"),
    (U, U, "指标5：进口冷链食品新冠肺炎疫情应急处置示范演练", "已完成", "已完成", "3"),
    (U, U, "指标6：食品安全投诉举报处置率", "100%", "100%", "3"),
    (U, "时效指标", "指标1：食品监管专项工作整体完成时间", "2021年12月31日", "2021年12月31日", "5"),
    ("效益指标", "社会效益指标", "指标1：辖区内与补助资金相关的重大食品安全监管责任事故发生数", "0次", "0次", "3"),
    (U, U, "指标2：辖区内公众食品安全科普知识素养", "逐步提高", "逐步提高", "3"),
]
J_GRID = [
    ["食品监管补助资金区域绩效目标自评表", L, L, L, L, L, L],
    ["专项名称", "食品监管补助资金", L, L, L, L, L],
    ["中央主管部门", "市场监管总局", L, L, L, L, "自评得分"],
    ["省级财政部门", "四川省财政厅", L, "省级主管部门", "四川省市场监管局", L, "100"],
    ["预算执行情况", "预算数：", "2.38", L, "执行数：", "2.38", "20"],
    [U, "其中：中央补助", "2.38  万元", L, "其中：中央补助", "2.38万元", ""],
    [U, "地方资金/其他", "万元", L, "地方资金/其他", "万元", ""],
    ["年度目标完成情况", "预期目标", L, L, "目标实际完成情况", L, "20"],
] + [[U, g, L, L, g, L, ""] for g in J_GOALS] + [
    ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50"],
] + [[U, l1, l2, name, val, act, sc] for (l1, l2, name, val, act, sc) in J_ROWS]


def _j(l1, l2, name, text, value, unit, actual, score):
    return ind(l1, l2, re.sub(r"^指标\d+：", "", name), None, value, unit, text, actual=actual, score=score)


J_GOLD = {
    "source_urls": ["https://www.scanju.gov.cn/gongkai/show/1e8c35c4e0ae4aaf81ef392897c56b63.html"],
    "province": "四川", "doc_kind": "自评表", "patterns": [2, 5, 6, 9],
    "indicators": [
        _j(P, "质量指标", "指标1：食品安全监管人员培训", "已完成", None, None, None, 5),
        _j(P, "质量指标", "指标2：违法案件查办率", "100%", 100, "%", 100, 4),
        _j(P, "质量指标", "指标3：食品经营环节风险分级", "100%", 100, "%", 100, 5),
        _j(P, "质量指标", "指标4：开展食品安全宣传周等科普宣传活", "已完成", None, None, None, 3),
        _j(P, "质量指标", "指标5：进口冷链食品新冠肺炎疫情应急处置示范演练", "已完成", None, None, None, 3),
        _j(P, "质量指标", "指标6：食品安全投诉举报处置率", "100%", 100, "%", 100, 3),
        _j(P, "时效指标", "指标1：食品监管专项工作整体完成时间", "2021年12月31日", None, None, None, 5),
        _j(E, "社会效益指标", "指标1：辖区内与补助资金相关的重大食品安全监管责任事故发生数", "0次", 0, "次", 0, 3),
        _j(E, "社会效益指标", "指标2：辖区内公众食品安全科普知识素养", "逐步提高", None, None, None, 3),
    ],
    "goals": [{"kind": "年度目标", "text": g} for g in J_GOALS],
    "facts": [
        {"metric": "预算执行率", "kind": "budget", "planned": 2.38, "actual": 2.38, "stated_rate": None, "unit": "万元"},
        {"metric": "自评得分", "kind": "score_total", "total": 100.0, "parts": [20.0, 20.0, 5, 4, 5, 3, 3, 3, 5, 3, 3]},
    ],
    "findings": [
        finding("target.vague_wording", "辖区内公众食品安全科普知识素养", "逐步提高: a change phrase with no number"),
    ] + [finding("goal.process_only", g[:15], "only work steps (排查整治, 打击, 培训, 宣传), no output or effect")
         for g in J_GOALS] + [
        finding("consistency.score_total", "自评得分", "stated 100, the document's scores reach 20+20+34 = 74"),
        finding("coverage.missing_dimension", "满意度指标", "the table as written ends inside 效益; no 满意度 row"),
    ],
    "notes": "Regional self-evaluation of a central food-safety subsidy. A 自评得分 column on the right holds block points "
             "(20 for 预算执行, 20 for 年度目标, 50 at the indicator header) and the row scores; the form has no 分值 "
             "column. Four goals, one per row, repeated verbatim as 目标实际完成情况. 已完成 targets are pass/fail "
             "completions (no finding); 0次 is a zero target for an accident count. The stored page is cut at 可持续影响 "
             "(指标1：技…, left out), so the document has no 满意度 rows and its scores (20+20+34) do not reach the "
             "stated 自评得分 100. One name is truncated on the page (…科普宣传活). 指标N： prefixes dropped in gold names.",
}

# =================================================================================================================
# writers
# =================================================================================================================
def _ranges(grid):
    """Owner cell of every cell, then the merged rectangles (r1, c1, r2, c2) and the owner texts."""
    n, m = len(grid), len(grid[0])
    own = [[None] * m for _ in range(n)]
    for r in range(n):
        assert len(grid[r]) == m, (r, grid[r])
        for c in range(m):
            v = grid[r][c]
            own[r][c] = own[r][c - 1] if v == L else own[r - 1][c] if v == U else (r, c)
    boxes = {}
    for r in range(n):
        for c in range(m):
            o = own[r][c]
            r1, c1, r2, c2 = boxes.get(o, (r, c, r, c))
            boxes[o] = (min(r1, r), min(c1, c), max(r2, r), max(c2, c))
    return [(box, grid[o[0]][o[1]]) for o, box in sorted(boxes.items())]


def write_xlsx(path, grid, sheet="Sheet1"):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    thin = Side(style="thin")
    for (r1, c1, r2, c2), text in _ranges(grid):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(r + 1, c + 1).border = Border(left=thin, right=thin, top=thin, bottom=thin)
        cell = ws.cell(r1 + 1, c1 + 1, text if text != "" else None)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if len(text) < 12 else "left")
        if (r1, c1) != (r2, c2):
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    for c in range(len(grid[0])):
        ws.column_dimensions[chr(65 + c)].width = 16
    lines = [1] * len(grid)  # row heights from the wrapped text (about 7 CJK characters per column)
    for (r1, c1, r2, c2), text in _ranges(grid):
        need = sum(-(-len(part) // (7 * (c2 - c1 + 1))) or 1 for part in text.split("\n"))
        per_row = -(-need // (r2 - r1 + 1))
        for r in range(r1, r2 + 1):
            lines[r] = max(lines[r], per_row)
    for r, n in enumerate(lines):
        ws.row_dimensions[r + 1].height = 15 * n
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _docx():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    return doc


def write_docx(path, grid=None, paras=()):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = _docx()
    for kind, text in paras:
        if kind in ("h", "h2"):
            doc.add_heading(text, level=1 if kind == "h" else 2)
        else:
            p = doc.add_paragraph(text)
            if kind == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if grid:
        table = doc.add_table(rows=len(grid), cols=len(grid[0]))
        table.style = "Table Grid"
        for (r1, c1, r2, c2), text in _ranges(grid):
            cell = table.cell(r1, c1)
            if (r1, c1) != (r2, c2):
                cell = cell.merge(table.cell(r2, c2))
            cell.text = text
    doc.core_properties.author = "jixiao blind10"
    doc.core_properties.last_modified_by = "jixiao blind10"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", lambda m: m.group(1) + stamp.encode(), body)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6]), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def to_pdf(path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found; run with --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=180)
    if not path.with_suffix(".pdf").exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")


DOCS = [
    # (file, writer, gold)
    ("ah-jinan-tennis-targets.docx", lambda p: write_docx(p, A_GRID), A_GOLD),
    ("ah-luan-agriqc-targets.xlsx", lambda p: write_xlsx(p, B_GRID, "绩效目标申报表"), B_GOLD),
    ("hn-lixian-mushroom-dept-targets.docx", lambda p: write_docx(p, C_GRID), C_GOLD),
    ("sc-langzhong-provroad-selfeval.xlsx", lambda p: write_xlsx(p, D_GRID, "省道"), D_GOLD),
    ("js-yixing-phs-scoretable.xlsx", lambda p: write_xlsx(p, E_GRID, "绩效目标完成情况"), E_GOLD),
    ("yn-changning-school-selfreport.docx", lambda p: write_docx(p, None, F_PARAS), F_GOLD),
    ("ah-tianjiaan-employment-selfeval.docx", lambda p: write_docx(p, G_GRID), G_GOLD),
    ("sc-ganzi-foodsafety-dept-targets.xlsx", lambda p: write_xlsx(p, H_GRID, "绩效目标表"), H_GOLD),
    ("sc-suining-drugsupervision-selfeval.docx", lambda p: write_docx(p, I_GRID), I_GOLD),
    ("sc-anju-foodsubsidy-selfeval.xlsx", lambda p: write_xlsx(p, J_GRID, "自评表"), J_GOLD),
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args(argv)
    ANNOTATIONS.mkdir(exist_ok=True)
    for file, write, gold in DOCS:
        path = HERE / file
        write(path)
        outs = [path]
        if not args.no_pdf:
            to_pdf(path)
            outs.append(path.with_suffix(".pdf"))
        for out in outs:
            g = {"source": out.name, **gold}
            (ANNOTATIONS / f"{out.name}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
        print("wrote", ", ".join(o.name for o in outs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
