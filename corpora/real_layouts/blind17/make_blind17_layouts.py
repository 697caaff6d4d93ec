"""Write blind part 17 of the real-layout corpus (documents + gold) - deterministic.

Each form below reproduces one public page (address in SOURCES.md and in the gold): the layout of its tables
(header rows, merged cells, column order, empty cells) and its facts (names, values, units, amounts, scores) as the
stored copy of the page shows them; longer sentences (notices, goals, narrative) are written in our own words with
the same numbers. Where the stored page stops, the document stops; the gold judges the document as it stands.
Written without reading the toolkit's code and without running it; the gold is hand-set from the DATA below.

    python corpora/real_layouts/blind17/make_blind17_layouts.py [--no-pdf]
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "annotations"
FIXED_TIME = dt.datetime(2025, 3, 1, 9, 0, 0)


# ---------------------------------------------------------------------------------------------------------------
# small helpers for the gold
# ---------------------------------------------------------------------------------------------------------------
def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None) -> dict:
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


def goal(kind, text) -> dict:
    return {"kind": kind, "text": text}


def finding(rule, item, why) -> dict:
    return {"rule": rule, "item": item, "why": why}


def sum_fact(metric, total, parts, unit="万元") -> dict:
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


def budget_fact(metric, planned, actual, stated_rate, unit="万元") -> dict:
    return {"metric": metric, "kind": "budget", "planned": planned, "actual": actual, "stated_rate": stated_rate,
            "unit": unit}


def missing_all_dimensions(why) -> list:
    return [finding("coverage.missing_dimension", d, why) for d in ("产出指标", "效益指标", "满意度指标")]


# ---------------------------------------------------------------------------------------------------------------
# document model: a list of blocks; ("title", text), ("p", text), ("table", Table)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Table:
    rows: list                      # list of lists of str ("" = empty cell); merged areas hold their text top-left
    merges: list = field(default_factory=list)   # (r1, c1, r2, c2), 0-based, inclusive
    widths: list | None = None      # column widths (xlsx characters / docx cm)


def T(rows, merges=(), widths=None) -> Table:
    width = max(len(r) for r in rows)
    rows = [list(r) + [""] * (width - len(r)) for r in rows]
    return Table(rows, list(merges), widths)


# ---------------------------------------------------------------------------------------------------------------
# 1. 重庆 忠县 — 生猪(牛羊)调出大县奖励资金 区域绩效目标表 (notice + regional target table, page cut at 时效指标)
# ---------------------------------------------------------------------------------------------------------------
ZX_URL = "http://wap2hd.com/zwgk_156/zfxxgkml/czzjzdjc/gzjz/202203/t20220316_10514456.html"
ZX_GOAL = ("到2022年底，生猪生产稳定有序发展，能繁母猪保有量、规模养殖场保有量完成市政府既定目标，"
           "推进畜牧业高质量发展。")
ZX_INDICATORS = [  # (一级, 二级, 三级, 单位, 指标值 as written) + gold
    (("产出指标", "数量指标", "猪肉产量稳定率", "%", "≥95%"),
     ind("产出指标", "数量指标", "猪肉产量稳定率", ">=", 95, "%", "≥95%")),
    (("", "", "能繁母猪稳定率", "%", "90%"),
     ind("产出指标", "数量指标", "能繁母猪稳定率", None, 90, "%", "90%")),
]


def zx_blocks():
    notice = [
        ("p", "县农业农村委："),
        ("p", "依据重庆市财政局提前下达2022年中央生猪(牛羊)调出大县奖励资金预算指标的通知(渝财农〔2021〕111号)，"
              "现将2022年生猪调出大县奖励资金397万元下达给你单位，专门用于扶持生猪产业发展。"),
        ("p", "这笔资金属于2022年中央直达资金(标识为“01中央直达资金”)，资金分配、拨付和使用各环节都保留该标识。"
              "按照《中央对地方专项转移支付绩效目标管理暂行办法》(财预〔2015〕153号)的要求，随资金一并下达年度绩效目标；"
              "请依照《生猪(牛羊)调出大县奖励资金管理办法》(财建〔2015〕778号)完善使用方案，抓好预算执行和绩效目标管理，"
              "确保专款专用。"),
        ("p", "年终决算列报功能科目“农业农村(21301)”，经济科目按实际支出内容列报。"),
        ("p", "附件：生猪(牛羊)调出大县奖励资金区域绩效目标表"),
        ("p", "忠县财政局"),
        ("p", "2022年1月18日"),
        ("p", "附件"),
    ]
    rows = [
        ["生猪(牛羊)调出大县奖励资金区域绩效目标表", "", "", "", "", ""],
        ["资金名称", "生猪(牛羊)调出大县奖励资金", "", "", "", ""],
        ["中央主管部门", "财政部、农业农村部", "", "", "", ""],
        ["省级财政部门", "重庆市财政局", "", "", "", ""],
        ["省级主管部门", "重庆市农业农村委员会", "", "", "", ""],
        ["区县财政部门", "忠县财政局", "", "", "", ""],
        ["区县主管部门", "忠县农业农村委员会", "", "", "", ""],
        ["资金情况", "年度金额(万元)：", "", "397", "", ""],
        ["", "其中：中央补助(万元)", "", "397", "", ""],
        ["", "地方资金(万元)", "", "", "", ""],
        ["年度目标", ZX_GOAL, "", "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "单位", "指标值"],
    ]
    first = len(rows)
    for cells, _ in ZX_INDICATORS:
        rows.append([""] + list(cells))
    last = len(rows) - 1
    merges = [(0, 0, 0, 5)] + [(r, 1, r, 5) for r in range(1, 7)] + [(7, 0, 9, 0)]
    merges += [(r, 1, r, 2) for r in (7, 8, 9)] + [(r, 3, r, 5) for r in (7, 8, 9)] + [(10, 1, 10, 5)]
    merges += [(11, 0, last, 0), (first, 1, last, 1), (first, 2, last, 2)]
    rows[first][1], rows[first][2] = "产出指标", "数量指标"
    return notice + [("table", T(rows, merges, [16, 16, 14, 22, 8, 12]))]


# ---------------------------------------------------------------------------------------------------------------
# 2. 四川 南江县 — 省级财政林业草原专项资金: notice, 分配表(任务清单), 区域绩效目标表 (page cut in 总体目标)
# ---------------------------------------------------------------------------------------------------------------
NJ_URL = "https://www.chacewang.com/newsdetail/news600558.html"
NJ_GOAL = "加强森林资源管护，林业草原有害生物无公害防治成效"


def nj_blocks():
    notice = [
        ("p", "县林业局："),
        ("p", "按照省财政厅、省林业和草原局《关于下达2024年省级财政林业草原专项资金预算(第一批)的通知》"
              "(川财资环〔2024〕26号)，现将2024年省级财政林业草原专项资金(第一批)下达你单位(金额见附表)，"
              "资金主要用在自然保护地体系建设、天然林保护和林业草原支撑保障体系建设等方面。有关事项通知如下："),
        ("p", "一、支出列入2024年政府收支分类功能科目“21104节能环保支出-自然生态保护”和“21302农林水支出-林业和草原”"
              "下的相关项级科目。省级自然保护区补助专项用于光雾山省级自然保护区和大小兰沟省级自然保护区的能力提升建设，"
              "请按《文旅新区双重管理机构林业项目资金划转办法》办理。"),
        ("p", "三、请严格执行专项资金管理的有关规定，加强项目资金管理和预算绩效管理。"),
        ("p", "附件：1.2024年省级财政林业草原专项资金(第一批)分配表(任务清单)"),
        ("p", "2.2023年省级财政林业草原专项资金(第一批)区域绩效目标表"),
        ("p", "南江县财政局"),
        ("p", "2024年6月7日"),
        ("p", "附件1"),
        ("title", "2023年省级财政林业草原专项资金(第一批)分配表(任务清单)"),
        ("p", "金额单位：万元"),
    ]
    alloc = T([
        ["预算单位", "合计", "自然保护地体系建设(省级自然保护区补助)", "", "天然林保护(非国有省级公益林生态效益补偿)", "",
         "林业草原支撑保障体系建设(林业有害生物防治)", "", "备注"],
        ["政府收支分类功能科目代码", "", "小计", "2110406", "小计", "2130209", "小计", "2130234", ""],
        ["南江县林业局", "357.18", "199", "光雾山省级自然保护区、大小兰沟省级自然保护区能力提升建设补助", "134.18",
         "103245亩非国有省级公益林生态效益补偿", "24", "林业有害生物防治补助", ""],
    ], [(0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7), (0, 1, 1, 1), (0, 8, 1, 8)], [3.0, 1.6, 1.4, 3.2, 1.4, 3.0, 1.4, 2.6, 1.2])
    target = T([
        ["2023年省级财政林业草原专项资金(第一批)区域绩效目标表", ""],
        ["资金名称", "省级财政林业草原专项资金(天然林保护、林业草原支撑保障体系建设)"],
        ["主管部门", "南江县林业局"],
        ["中央补助年度金额(万元)", "158.18"],
        ["总体目标", NJ_GOAL],
    ], [(0, 0, 0, 1)], [5.0, 12.0])
    return notice + [("table", alloc), ("p", "附件2"), ("table", target)]


# ---------------------------------------------------------------------------------------------------------------
# 3. 重庆 巴南区接龙镇 — 松材线虫病除治 项目支出绩效目标表 (page cut inside 当年绩效目标, before the indicators)
# ---------------------------------------------------------------------------------------------------------------
BN_URL = "http://cqbn.gov.cn/bmjz/jz/jlz/zwgk_89345/fdzdgknr_89347/ysjs_89130/ys/202106/t20210621_9409865.html"
BN_VILLAGES = ("荷花村、新槐村、桥边村、桂兴村、中山村、碑垭村、塘边村、铁矿村、石磅村、柴坝村、自力村、关塘村、"
               "青山村、春龙村、河咀村、马路村、新湾村")
BN_GOAL = (f"2021年，对{BN_VILLAGES}等17个村居内凡有松树的林地山头(图班)上的死亡松树(包括病死、枯死、"
           "疑似感病木、衰弱木、")


def bn_blocks():
    rows = [
        ["附件1", "", "", "", "", "", "", ""],
        ["项目支出绩效目标表", "", "", "", "", "", "", ""],
        ["( 2021 年度)", "", "", "", "", "", "", ""],
        ["绩效编制单位：", "", "重庆市巴南区接龙镇人民政府", "", "", "", "", ""],
        ["项目名称", "重庆市巴南区接龙镇2020-2021年度松材线虫病除治", "", "", "项目负责人及电话", "", "吕泽18323869586", ""],
        ["主管部门", "区林业局", "", "", "实施单位", "", "接龙镇农业服务中心", ""],
        ["归口业务科室", "森防站", "", "", "是否政府采购", "", "是", ""],
        ["开始日期", "2021.1", "", "", "结束日期", "", "2021.12", ""],
        ["资金情况 (单位：万元)", "年度资金总额：", "", "179.9", "", "", "", ""],
        ["", "其中：财政拨款", "", "179.9", "", "", "", ""],
        ["", "其他资金", "", "0", "", "", "", ""],
        ["项目概况", "2021年，为保障森林资源安全，计划对接龙镇" + BN_VILLAGES + "共17个村内凡有松树的林地山头(图班)上的"
         "死亡松树(含病死、枯死、疑似感病木、衰弱木、雪压木、风折木、地质滑坡木、火烧木、雷击木、旱死木、未腐烂伐桩"
         "以及往年除治焚烧不彻底的各类疫木)全部除治并焚烧碳化。", "", "", "", "", "", ""],
        ["立项依据", "巴南重林防指办〔2020〕11号关于开展秋普和编制实施方案的通知", "", "", "", "", "", ""],
        ["当年绩效目标", BN_GOAL, "", "", "", "", "", ""],
    ]
    merges = [(0, 0, 0, 7), (1, 0, 1, 7), (2, 0, 2, 7), (3, 0, 3, 1), (3, 2, 3, 7)]
    for r in (4, 5, 6, 7):
        merges += [(r, 1, r, 3), (r, 4, r, 5), (r, 6, r, 7)]
    merges += [(8, 0, 10, 0)] + [(r, 1, r, 2) for r in (8, 9, 10)] + [(r, 3, r, 7) for r in (8, 9, 10)]
    merges += [(r, 1, r, 7) for r in (11, 12, 13)]
    return [("table", T(rows, merges, [14, 10, 10, 10, 12, 6, 12, 10]))]


# ---------------------------------------------------------------------------------------------------------------
# 4. 海南 省财政厅/省商务厅 — 会展项目奖励资金: notice, 分配表, 项目绩效目标表 (page cut after the first indicator)
# ---------------------------------------------------------------------------------------------------------------
HE_URL = "https://www.chacewang.com/newsdetail/news131288.html"
HE_GOALS = ["目标1：全年实现会展业综合收入不低于280亿元", "目标2：培育一批具有影响力的品牌会展项目",
            "目标3：会展业对关联行业的带动作用明显"]
HE_ALLOC = [  # 序号, 单位名称 (None = merged with the row above), 会展项目名称, 分配金额(万元)
    ("1", "省卫生健康委", "2021第五届海南国际健康产业博览会", 500),
    ("2", "省贸促会", "2021第十二届中国国际创意设计推广周", 54.3),
    ("3", None, "2021中国(海南)国际海洋产业博览会", 225.6),
    ("4", "省林业局", "2021年中国林草经济发展博鳌大会", 287.9),
    ("5", "省旅游和文化广电体育厅", "2021年(第六届)海南世界休闲旅游博览会", 329.8),
    ("6", None, "2021年(第七届)海南国际旅游美食博览会", 394.7),
    ("7", None, "2021年(第二届)海南国际旅游装备博览会", 638),
]
HE_TOTAL = 2430.3
HE_INDICATORS = [  # 一级*, 二级*, 三级*, 性质*, 值*, 单位, 权重*, 方向性*
    (("产出指标", "数量指标", "全年实现会展业综合收入", "≥", "280", "亿元", "30%", "正向指标"),
     ind("产出指标", "数量指标", "全年实现会展业综合收入", ">=", 280, "亿元", "≥280亿元", weight=30)),
]


def _num(x) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def he_blocks():
    notice = [
        ("p", "省卫生健康委员会、省旅游和文化广电体育厅、省林业局、省贸促会："),
        ("p", "为扶持我省会展业发展，经省政府同意，现将2021年第四季度省级会展项目奖励资金下达给你们(项目和金额见附件)。"
              "该资金列政府支出功能分类科目“2011308招商引资”和政府支出经济分类科目“50799-其他对企业的补助”。"
              "请依照《海南省支持会展业发展资金管理办法》(琼财旅规〔2020〕11号)等规定尽快把资金拨付给申报单位，"
              "并对照绩效目标(见附件2)开展绩效监控和绩效评价，保证年度绩效目标按期实现。"
              "该资金实行直达资金管理，纳入直达资金监控系统，直达资金标识为“01中央直达资金”，请按直达资金的有关规定执行。"),
        ("p", "附件：1.项目奖励资金分配表"),
        ("p", "2.项目绩效目标表"),
        ("p", "海南省财政厅"),
        ("p", "2022年6月29日"),
        ("p", "(此件主动公开)"),
        ("p", "附件1"),
        ("title", "项目奖励资金分配表"),
    ]
    rows = [["序号", "单位名称", "会展项目名称", "分配金额(万元)"]]
    merges = []
    for i, (no, unit, name, amount) in enumerate(HE_ALLOC, start=1):
        rows.append([no, unit or "", name, _num(amount)])
        if unit is None:
            top = i - 1
            while rows[top][1] == "":
                top -= 1
            merges = [m for m in merges if not (m[1] == 1 and m[0] == top)]
            merges.append((top, 1, i, 1))
    rows.append(["合计", "", "", _num(HE_TOTAL)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    alloc = T(rows, merges, [1.5, 4.5, 8.0, 3.0])
    trows = [
        ["主管部门：", "省商务厅", "", "", "资金总额：", "2430.30", "", ""],
        ["项目负责人电话：", "65239479", "", "", "财政拨款：", "2430.30", "", ""],
        ["预算执行率权重：", "10%", "", "", "其他资金：", "", "", ""],
        ["总体目标", "\n".join(HE_GOALS), "", "", "", "", "", ""],
        ["一级指标*", "二级指标*", "三级指标*", "绩效指标性质*", "绩效指标值*", "绩效度量单位", "权重*", "指标方向性*"],
    ]
    for cells, _ in HE_INDICATORS:
        trows.append(list(cells))
    tmerges = [(r, 1, r, 3) for r in (0, 1, 2)] + [(r, 5, r, 7) for r in (0, 1, 2)] + [(3, 1, 3, 7)]
    target = T(trows, tmerges, [2.4, 2.2, 4.2, 1.8, 1.8, 1.8, 1.4, 2.0])
    return notice + [("table", alloc), ("p", "附件2"), ("title", "项目绩效目标表"), ("table", target)]


# ---------------------------------------------------------------------------------------------------------------
# 5. 海南 省商务厅 — 服务贸易项目绩效自评表 (evaluation score sheet; page cut at 项目效益 → 经济)
# ---------------------------------------------------------------------------------------------------------------
ST_URL = "https://m.bdocx.com/doc/30238812.html"
ST_SCORES = [  # 一级, 分值, 二级, 分值, 三级, 分值, 得分 (一级/二级 None: merged with the row above)
    ("项目决策", 20, "项目目标", 4, "目标内容", 4, 4),
    (None, None, "决策过程", 8, "决策依据", 3, 3),
    (None, None, None, None, "决策程序", 5, 5),
    (None, None, "资金分配", 8, "分配办法", 2, 2),
    (None, None, None, None, "分配结果", 6, 6),
    ("项目管理", 25, "资金到位", 5, "到位率", 3, 3),
    (None, None, None, None, "到位时效", 2, 2),
    (None, None, "资金管理", 10, "资金使用", 7, 7),
    (None, None, None, None, "财务管理", 3, 3),
    (None, None, "组织实施", 10, "组织机构", 1, 1),
    (None, None, None, None, "管理制度", 9, 9),
    ("项目绩效", 55, "项目产出", 15, "产出数量", 5, 5),
    (None, None, None, None, "产出质量", 4, 4),
    (None, None, None, None, "产出时效", 3, 3),
    (None, None, None, None, "产出成本", 3, 3),
    (None, None, "项目效益", 40, "经济", None, None),
]
ST_LEVEL1 = {"项目产出": "产出指标", "项目效益": "效益指标"}  # 二级 of this sheet that are a framework 一级


def st_gold_indicators():
    out, l2 = [], None
    for _l1, _w1, two, _w2, name, weight, score in ST_SCORES:
        l2 = two or l2
        out.append(ind(ST_LEVEL1.get(l2), None, name, None, None, None, None, weight=weight, score=score))
    return out


def st_blocks():
    head = [
        ("title", "服务贸易项目绩效自评表"),
        ("p", "一、项目基本情况"),
    ]
    basic = T([
        ["项目实施单位", "省商务厅服务贸易和商贸服务业处", "", "主管部门", "省商务厅", ""],
        ["项目负责人", "李鹏", "", "联系电话", "", ""],
        ["地址", "海口市国兴大道省政府办公楼2楼", "", "邮编", "570204", ""],
        ["项目类型", "经常性项目(√)一次性项目()", "", "", "", ""],
        ["计划投资额\n(万元)", "570", "实际到位资金\n(万元)", "398.88", "实际使用情况(万元)", "395.86"],
        ["其中：", "", "其中：", "", "", ""],
        ["中央财政", "0", "中央财政", "0", "", ""],
        ["省财政", "570", "省财政", "398.88", "", ""],
        ["市县财政", "0", "市县财政", "0", "", ""],
        ["其他", "0", "其他", "0", "", ""],
    ], [(0, 1, 0, 2), (0, 4, 0, 5), (1, 1, 1, 2), (1, 4, 1, 5), (2, 1, 2, 2), (2, 4, 2, 5), (3, 1, 3, 5),
        (5, 0, 5, 1), (5, 2, 5, 3), (5, 4, 9, 5)], [3.0, 3.0, 3.0, 2.6, 3.2, 2.4])
    rows = [["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]]
    merges, top1, top2 = [], None, None
    for i, (l1, w1, l2, w2, name, w3, score) in enumerate(ST_SCORES, start=1):
        rows.append([l1 or "", _num(w1) if w1 is not None else "", l2 or "", _num(w2) if w2 is not None else "",
                     name, _num(w3) if w3 is not None else "", _num(score) if score is not None else ""])
        if l1:
            top1 = i
        if l2:
            top2 = i
        for top, cols in ((top1, (0, 1)), (top2, (2, 3))):
            for c in cols:
                merges = [m for m in merges if not (m[0] == top and m[1] == c)]
                if i > top:
                    merges.append((top, c, i, c))
    return head + [("table", basic), ("p", "二、绩效评价指标评分"), ("table", T(rows, merges, [2.6, 1.4, 2.6, 1.4, 3.0, 1.4, 1.4]))]


# ---------------------------------------------------------------------------------------------------------------
# 6. 四川 (德阳/大邑 media mirror) — 部门预算项目支出绩效自评表, tail only: the stored page starts inside the indicators
# ---------------------------------------------------------------------------------------------------------------
SW_URL = "https://dyrmt.com/article-132779-22.html"
SW_INDICATORS = [  # 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 未完成原因分析
    (("产出指标", "数量指标", "足额保障率", "=", "100", "%", "", "22.5", "", ""),
     ind("产出指标", "数量指标", "足额保障率", "=", 100, "%", "=100%", weight=22.5)),
    (("", "", "科目调整次数", "≤", "10", "次", "", "22.5", "", ""),
     ind("产出指标", "数量指标", "科目调整次数", "<=", 10, "次", "≤10次", weight=22.5)),
    (("", "时效指标", "按时发放率", "=", "100", "%", "", "22.5", "", ""),
     ind("产出指标", "时效指标", "按时发放率", "=", 100, "%", "=100%", weight=22.5)),
    (("效益指标", "经济效益指标", "结余率(计算方法为：结余数/预算数)", "≤", "5", "%", "", "22.5", "", ""),
     ind("效益指标", "经济效益指标", "结余率(计算方法为：结余数/预算数)", "<=", 5, "%", "≤5%", weight=22.5)),
]


def sw_blocks():
    rows = [list(cells) for cells, _ in SW_INDICATORS]
    rows.append(["合计", "", "", "", "", "", "", "100", "", ""])
    rows.append(["评价结论", "及时、足额缴纳。", "", "", "", "", "", "", "", ""])
    rows.append(["存在问题", "暂无", "", "", "", "", "", "", "", ""])
    rows.append(["改进措施", "暂无", "", "", "", "", "", "", "", ""])
    rows.append(["项目负责人：", "", "", "", "", "财务负责人：", "", "", "", ""])
    merges = [(0, 0, 2, 0), (0, 1, 1, 1), (4, 0, 4, 6), (4, 8, 4, 9)]
    merges += [(r, 1, r, 9) for r in (5, 6, 7)] + [(8, 0, 8, 4), (8, 5, 8, 9)]
    return [("table", T(rows, merges, [10, 12, 24, 8, 8, 8, 8, 8, 8, 14]))]


# ---------------------------------------------------------------------------------------------------------------
# 7. 湖南 省发改委 — 2020年度湘西地区开发产业发展专项资金 项目支出绩效自评表 (page cut inside 年度总体目标)
# ---------------------------------------------------------------------------------------------------------------
XX_URL = "http://bubsandbeans.com/paper/230038275.html"
XX_GOAL = ("扶持文化生态旅游精品线路建设，补齐基础设施，建成一批旅游精品景区，以旅游带动扶贫，推动文化生态旅游产业和相关"
           "产业融合发展；扶持重大产业项目和中药材、楠竹产业链建设，培育壮大一批龙头企业；扶持易地扶贫搬迁后续产业和就业"
           "帮扶项目，力争实现“搬得出、稳得住、逐步能致富”；扶持茶叶公共品牌建设")
XX_MONEY = [  # label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分
    ("年度资金总额", "35550", "35550", "35550", "10", "82.12%", "8.5"),
    ("其中：当年财政拨款", "35550", "35550", "", "—", "", "—"),
    ("上年结转资金", "", "", "", "—", "", "—"),
    ("其他资金", "", "", "", "—", "", "—"),
]


def xx_blocks():
    rows = [
        ["附件", "", "", "", "", "", "", ""],
        ["2020年度湘西地区开发产业发展专项资金项目支出绩效自评表", "", "", "", "", "", "", ""],
        ["项目支出名称", "", "湘西地区开发产业发展专项资金", "", "", "", "", ""],
        ["主管部门", "", "湖南省发展和改革委员会", "", "实施单位", "", "相关项目建设单位", ""],
        ["项目资金\n(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ]
    for label, *vals in XX_MONEY:
        rows.append(["", label] + list(vals))
    g = len(rows)
    rows.append(["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""])
    rows.append(["", XX_GOAL, "", "", "", "", "", ""])
    merges = [(0, 0, 0, 7), (1, 0, 1, 7), (2, 0, 2, 1), (2, 2, 2, 7), (3, 0, 3, 1), (3, 2, 3, 3), (3, 4, 3, 5),
              (3, 6, 3, 7), (4, 0, 8, 0), (g, 0, g + 1, 0), (g, 1, g, 3), (g, 4, g, 7),
              (g + 1, 1, g + 1, 3), (g + 1, 4, g + 1, 7)]
    return [("table", T(rows, merges, [10, 18, 11, 11, 11, 8, 9, 8]))]


# ---------------------------------------------------------------------------------------------------------------
# 8. 湖南 隆回县 — 人居环境指挥部乡村振兴项目资金绩效评价报告 (prose; page cut in 一、（一）)
# ---------------------------------------------------------------------------------------------------------------
LH_URL = "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml"


def lh_blocks():
    return [
        ("title", "隆回县人居环境指挥部乡村振兴项目资金绩效评价报告"),
        ("p", "上会湘报字(2022)第0001号"),
        ("p", "为规范乡村振兴资金的管理、提高资金使用效益、加强财政支出管理，依据《中共中央国务院关于全面落实预算绩效管理的意见》"
              "(中发〔2018〕34号)、《中华人民共和国预算法实施条例》、《财政部关于印发<项目支出绩效评价管理办法>的通知》"
              "(财预〔2020〕10号)、《中共湖南省委办公厅湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见》"
              "(湘办发〔2019〕10号)、《湖南省人民政府办公厅关于进一步规范财政管理硬化预算约束的通知》(湘政办发[2020]12号)、"
              "国办发〔2018〕35号转发的扶贫项目资金绩效管理办法，以及湖南省财政专项扶贫资金绩效评价办法(湘财农〔2017〕83号)"
              "和贫困县统筹整合使用财政涉农资金绩效考核办法(湘财农〔2017〕86号)等文件，并按中共隆回县委实施乡村振兴战略指挥部"
              "《关于开展2021年度乡村振兴项目资金重点绩效评价工作的通知》(隆委乡振指[2022]15号)的要求，我所受隆回县财政局委托，"
              "组成绩效评价工作组，对隆回县人居环境指挥部的乡村振兴项目开展了绩效评价。评价工作已经完成，现报告如下："),
        ("p", "一、基本情况"),
        ("p", "（一）项目实施单位基本情况"),
        ("p", "2018年3月，以原生态秀县“三创”项目建设指挥部为主体，组建城乡环境整治重点"),
    ]


# ---------------------------------------------------------------------------------------------------------------
# 9. 湖南 会同县 — 竹笋产业基地建设项目绩效评价报告 (prose, cover and opening only; page cut in the preamble)
# ---------------------------------------------------------------------------------------------------------------
HT_URL = "http://www.huitong.gov.cn/huitong/c117742/202312/5a6a61720dde40f1b6bf390fe81cff54.shtml"


def ht_blocks():
    return [
        ("p", "发布时间：2023-10-27 09:11 信息来源：会同县财政局"),
        ("title", "2022年省巩固拓展产业扶贫重点项目会同县湖南绿地高新竹笋产业基地建设项目绩效评价报告"),
        ("p", "项目名称：2022年省巩固拓展产业扶贫重点项目会同县湖南绿地高新竹笋产业基地建设项目"),
        ("p", "项目实施单位：会同县农业农村局  组织单位：会同县财政局"),
        ("p", "评价机构：湖南泰信会计师事务所有限公司"),
        ("p", "二○二三年九月二十八日"),
        ("p", "目 录"),
        ("p", "湖南泰信〔2023〕绩评第38号"),
        ("title", "2022年省巩固拓展产业扶贫重点项目会同县湖南绿地高新竹笋产业基地建设项目绩效评价报告"),
        ("p", "为加强财政支出管理、提高财政资金使用效益，依据《预算法》、《中共中央 国务院关于全面实施预算绩效管理的意见》"
              "(中发〔2018〕34号)、《中共湖南省委办公厅 湖南省人民政府办公厅 关于全面实施预算绩效管理的实施意见》"
              "(湘办发〔2019〕10号)、《财政部关于印发项目支出绩效评价管理办法的通知》(财预〔2020〕10号)、"
              "《湖南省预算支出绩效评价管理办法》(湘财绩〔2020〕7号)、《会同县人民政府办公室关于印发〈会同县预算绩效管理实施办法〉"
              "的通知》(会政办发〔2022〕10号)和《会同县财政局关于开展2023年度财政重点绩效评价工作的通知》(会财绩〔2023〕23号)，"
              "湖南泰信会计师事务所有限公司受会同县财政局委托，对该项目开展绩效评价。项目实施单位对所提供评价资料的真实性和完整性负责；"
              "我们的责任是依据政策文件和项目单位提供的资料，从决策、过程、产出和效益几个方面评价项目绩效并出具报告。"
              "评价过程中，我们结合单位实际情况，实施了检查会计记录、询问、实地"),
    ]


# ---------------------------------------------------------------------------------------------------------------
# the forms and their gold (hand-set from the data above)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Form:
    file: str
    province: str
    kind: str
    patterns: list
    urls: list
    blocks: object
    indicators: list
    goals: list
    facts: list
    findings: list
    notes: str


FORMS = [
    Form("cq-zhongxian-pig-region-targets.xlsx", "重庆", "申报表", [1, 5, 6, 8], [ZX_URL], zx_blocks,
         [g for _, g in ZX_INDICATORS],
         [goal("年度目标", ZX_GOAL)],
         [sum_fact("年度金额", 397, [397])],
         [finding("coverage.missing_dimension", "效益指标", "the table as it stands ends in the 产出 rows: no 效益 indicator"),
          finding("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the document")],
         "忠县财政局 notice and its 区域绩效目标表 (mirror of the 忠县 government site; the mirror's injected advertising "
         "words inside the notice's first sentence are left out). The stored page stops right after the second 数量 row "
         "(the next row starts '时…'), so the document ends there: no 时效/成本/效益/满意度 rows. The 单位 column repeats "
         "the unit that the value cell also carries (% │ ≥95%); the second row has no operator (90%). The year goal has "
         "a deadline (到2022年底) and refers to the city government's set targets, so no goal finding. 397 = 397 + empty "
         "地方资金."),
    Form("sc-nanjiang-forest-region-targets.docx", "四川", "申报表", [8, 9, 10], [NJ_URL], nj_blocks,
         [],
         [goal("总体目标", NJ_GOAL)],
         [sum_fact("分配表合计", 357.18, [199, 134.18, 24])],
         missing_all_dimensions("a 区域绩效目标表 whose document holds no indicator (page cut inside 总体目标)")
         + [finding("goal.unquantified", NJ_GOAL[:15], "management work and an effect word (防治成效) with no number, rate or date")],
         "南江县财政局 notice (aggregator copy; its numbering jumps from 一 to 三 as on the page), 附件1 分配表(任务清单) "
         "and 附件2 区域绩效目标表. The annex titles say 2023 while the notice says 2024 (kept). The stored page stops "
         "inside the 总体目标 sentence, before any indicator row: the 目标表 as it stands has no 产出/效益/满意度 "
         "indicator. 357.18 = 199 + 134.18 + 24 adds up; 中央补助年度金额 158.18 equals 134.18 + 24 but the document "
         "does not state that as a sum."),
    Form("cq-banan-pinewilt-targets.xlsx", "重庆", "申报表", [8, 10], [BN_URL], bn_blocks,
         [],
         [goal("年度目标", BN_GOAL)],
         [sum_fact("年度资金总额", 179.9, [179.9, 0])],
         missing_all_dimensions("a 项目支出绩效目标表 cut before its indicator table: no indicator in the file"),
         "巴南区接龙镇 项目支出绩效目标表 (2021). The stored page stops inside 当年绩效目标, in the list of kinds of dead "
         "pine trees, before the indicator table; the document ends there. The goal as it stands names its scope by a "
         "count (17个村居) and a year, so it is not flagged as unquantified (a careful reader may disagree: the number "
         "of trees to remove is never given). 179.9 = 179.9 + 0."),
    Form("hi-expo-award-targets.docx", "海南", "申报表", [5, 6, 8, 9, 10], [HE_URL], he_blocks,
         [g for _, g in HE_INDICATORS],
         [goal("总体目标", t.split("：", 1)[1]) for t in HE_GOALS],
         [sum_fact("分配金额合计", HE_TOTAL, [a for *_, a in HE_ALLOC])],
         [finding("goal.unquantified", HE_GOALS[1].split("：", 1)[1][:15], "一批 brand projects: no number"),
          finding("goal.unquantified", HE_GOALS[2].split("：", 1)[1][:15], "带动作用明显: a bare judgement, no number or scale"),
          finding("coverage.missing_dimension", "效益指标", "the table as it stands stops after one 产出 row"),
          finding("coverage.missing_dimension", "满意度指标", "no 满意度 indicator in the document")],
         "海南省财政厅 notice (琼财建〔2022〕429号 on the official site; this is the aggregator copy, which keeps the "
         "first indicator row) with 附件1 分配表 and 附件2 项目绩效目标表. Header cells carry the template's * marks; "
         "operator, value and unit sit in their own columns, weight as 30%, plus a 指标方向性 column. The stored page "
         "stops after the first indicator row. 分配表: 500 + 54.3 + 225.6 + 287.9 + 329.8 + 394.7 + 638 = 2430.3, agrees "
         "(the 单位名称 cells of 省贸促会 and 省旅游和文化广电体育厅 are merged over their projects). 目标1 is quantified "
         "(不低于280亿元). Gold goal texts leave out the list labels 目标1：/目标2：/目标3： that open each line of the cell."),
    Form("hi-service-trade-selfeval.docx", "海南", "自评表", [5, 9], [ST_URL], st_blocks,
         st_gold_indicators(),
         [],
         [sum_fact("计划投资额", 570, [0, 570, 0, 0]), sum_fact("实际到位资金", 398.88, [0, 398.88, 0, 0]),
          {"metric": "项目效益", "kind": "score_total", "total": 40, "parts": [], "unit": "分"}],
         [finding("coverage.missing_dimension", "满意度指标",
                  "the score sheet as it stands ends at 项目效益 → 经济: no satisfaction row"),
          finding("consistency.score_total", "项目效益",
                  "项目效益 states 40 points but the only row under it (经济) carries no 分值: its rows do not reach 40")],
         "海南省商务厅 服务贸易项目绩效自评表 (aggregator copy of a DOCX): a basic-information block with planned / "
         "received / used money (570 / 398.88 / 395.86 万元, 其中 by source) and a 10号-style score sheet "
         "(一级 分值 │ 二级 分值 │ 三级 分值 │ 得分; 决策/管理/绩效). The stored page stops at the 项目效益 (40) row whose "
         "三级 cell reads only '经济' (the page is cut inside '经济效益'); that row has no 分值 or 得分. The score rows "
         "have no target values by design (an evaluation score sheet), so no target finding is expected. Only the "
         "项目产出/项目效益 rows map to a framework 一级 (产出/效益); 决策 and 管理 rows have level1 null. Partial sums all "
         "agree (20 = 4+8+8, 25 = 5+10+10, 15 = 5+4+3+3, 15+40 = 55, 20+25+55 = 100); no total score is stated. As the file "
         "stands, 项目效益 (40) has one row under it with no 分值, a stated total its rows do not reach."),
    Form("sc-wage-tail-selfeval.xlsx", "四川", "自评表", [8], [SW_URL], sw_blocks,
         [g for _, g in SW_INDICATORS],
         [],
         [],
         [finding("coverage.missing_dimension", "满意度指标", "the indicator rows hold 产出 and 效益 only")],
         "Tail of a Sichuan 部门预算项目支出绩效自评表 (the provincial 510000 layout: 指标性质 │ 指标值 │ 度量单位 │ "
         "完成值 │ 权重 │ 得分 │ 未完成原因分析) as kept on a county media site (dyrmt.com, a 四川 county rong-media "
         "mirror; which county is not shown). The stored page starts inside the indicator block, without the header row "
         "or the money block, and the document starts there too. 完成值 and 得分 are empty, 权重 22.5 each; 合计 100 "
         "includes the 10 points of the money block that the file does not show (the 分值 short of 100 belong to the "
         "missing 满意度 dimension, so no score_total finding)."),
    Form("hn-xiangxi-devfund-selfeval.xlsx", "湖南", "自评表", [9, 10], [XX_URL], xx_blocks,
         [],
         [goal("年度目标", XX_GOAL)],
         [budget_fact("预算执行率", 35550, 35550, 82.12)],
         missing_all_dimensions("a 项目支出绩效自评表 cut inside 年度总体目标: no indicator in the file")
         + [finding("consistency.rate", "预算执行率", "35550 executed of 35550 is 100%, the form states 82.12%"),
            finding("goal.unquantified", XX_GOAL[:15], "supported outputs and effects with no number, rate or date")],
         "湖南省发改委 2020年度湘西地区开发产业发展专项资金 项目支出绩效自评表 (traditional-script aggregator copy; "
         "written here in simplified characters). The money row reads 35550 │ 35550 │ 35550 │ 10 │ 82.12% │ 8.5 as on the "
         "page: the stated rate does not follow from the amounts (kept). The 其中 row has no 执行数. The stored page "
         "stops inside the 预期目标 sentence; 实际完成情况 is empty and there is no indicator table."),
    Form("hn-longhui-village-evalreport.docx", "湖南", "评价报告", [10], [LH_URL], lh_blocks,
         [], [], [], [],
         "隆回县 乡村振兴项目资金绩效评价报告 by an accounting firm (上会湘报字(2022)第0001号). The stored page holds the "
         "site's empty metadata table (left out), the title, the preamble citing the rules and the first words of 一、"
         "（一）; it stops in the middle of a sentence. Nothing to measure: no goal, indicator, fact or finding."),
    Form("hn-huitong-bamboo-evalreport.docx", "湖南", "评价报告", [10], [HT_URL], ht_blocks,
         [], [], [], [],
         "会同县 竹笋产业基地建设项目绩效评价报告 (湖南泰信〔2023〕绩评第38号): cover lines, 目录 label and the opening "
         "paragraph; the stored page stops inside the opening paragraph. No goal, indicator, fact or finding."),
]


# ---------------------------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------------------------
def _cell_value(text: str):
    """Plain numbers are typed as numbers (as in the real spreadsheets); everything else stays text."""
    if re.fullmatch(r"-?(0|[1-9]\d*)(\.\d+)?", text):
        return int(text) if "." not in text else float(text)
    return text


def _row_heights(ws) -> None:
    """Rows tall enough for their wrapped text (merged cells do not grow by themselves)."""
    from openpyxl.utils import get_column_letter

    def col_width(c):
        w = ws.column_dimensions[get_column_letter(c)].width
        return w if w else 8.43

    spans = {(m.min_row, m.min_col): (m.max_col, m.max_row - m.min_row + 1) for m in ws.merged_cells.ranges}
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if cell.value is None or not isinstance(cell.value, str):
                continue
            last, nrows = spans.get((cell.row, cell.column), (cell.column, 1))
            width = sum(col_width(c) for c in range(cell.column, last + 1))
            need = sum(max(1, -(-int(len(part) * 2.1) // max(int(width), 1))) for part in cell.value.split("\n"))
            lines = max(lines, -(-need // nrows))
        ws.row_dimensions[row[0].row].height = 15 * lines


def write_xlsx(path: Path, blocks) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    width = max([len(b[1].rows[0]) for b in blocks if b[0] == "table"] + [1])
    thin = Side(style="thin")
    r = 1
    for block in blocks:
        if block[0] in ("p", "title"):
            ws.cell(r, 1, block[1]).alignment = Alignment(wrap_text=True, vertical="center")
            if block[0] == "title":
                ws.cell(r, 1).font = Font(bold=True, size=14)
            if width > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
            r += 1
            continue
        table = block[1]
        for i, row in enumerate(table.rows):
            for j, text in enumerate(row):
                cell = ws.cell(r + i, j + 1)
                if text != "":
                    cell.value = _cell_value(text)
                    if text.startswith("="):
                        cell.data_type = "s"
                cell.alignment = Alignment(wrap_text=True, vertical="center")
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for r1, c1, r2, c2 in table.merges:
            ws.merge_cells(start_row=r + r1, start_column=c1 + 1, end_row=r + r2, end_column=c2 + 1)
        if table.widths:
            from openpyxl.utils import get_column_letter
            for j, w in enumerate(table.widths):
                ws.column_dimensions[get_column_letter(j + 1)].width = w
        r += len(table.rows)
    _row_heights(ws)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def write_docx(path: Path, blocks) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    for block in blocks:
        if block[0] == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(block[1])
            run.bold = True
            run.font.size = Pt(15)
            continue
        if block[0] == "p":
            doc.add_paragraph(block[1])
            continue
        table = block[1]
        t = doc.add_table(rows=len(table.rows), cols=len(table.rows[0]))
        t.style = "Table Grid"
        covered = set()
        for r1, c1, r2, c2 in table.merges:
            cell = t.cell(r1, c1).merge(t.cell(r2, c2))
            cell.text = table.rows[r1][c1]
            covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for i, row in enumerate(table.rows):
            for j, text in enumerate(row):
                if (i, j) not in covered:
                    t.cell(i, j).text = text
        if table.widths:
            for j, w in enumerate(table.widths):
                for cell in t.columns[j].cells:
                    cell.width = Cm(w)
        doc.add_paragraph("")
    doc.core_properties.author = "jixiao blind17"
    doc.core_properties.created = FIXED_TIME
    doc.core_properties.modified = FIXED_TIME
    doc.core_properties.last_modified_by = "jixiao blind17"
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Same entries with fixed timestamps (and fixed dates in docProps/core.xml), so reruns give equal bytes."""
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


def to_pdf(path: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found; run with --no-pdf")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(path.parent), str(path)], check=True, capture_output=True, timeout=180)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice made no PDF for {path.name}")
    return pdf


def gold_for(form: Form, source: str) -> dict:
    return {"source": source, "source_urls": form.urls, "province": form.province, "doc_kind": form.kind,
            "patterns": form.patterns, "indicators": form.indicators, "goals": form.goals, "facts": form.facts,
            "findings": form.findings, "notes": form.notes}


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(exist_ok=True)
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{gold['source']}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX/XLSX and gold only")
    args = ap.parse_args(argv)
    for form in FORMS:
        path = HERE / form.file
        blocks = form.blocks()
        (write_xlsx if path.suffix == ".xlsx" else write_docx)(path, blocks)
        write_gold(gold_for(form, form.file))
        made = [form.file]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(gold_for(form, pdf.name))
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(form.indicators)} indicators, {len(form.goals)} goals, "
              f"{len(form.facts)} facts, {len(form.findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
