"""Build the blind252 test documents (forestry / natural resources angle).

The gold for every file is written below as plain data, before any file is
built or read. The script then builds DOCX/XLSX files, exports PDFs with
LibreOffice, writes annotations/<file>.json for every file, checks with
pdftotext that the gold strings appear in each PDF, and checks that a second
build gives identical md5 sums.
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

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.properties import PageSetupProperties

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_blind252"
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"
CJK_SERIF = "Noto Serif CJK SC"
CJK_SANS = "Noto Sans CJK SC"

F_JIXIAN = "blind252_tj_jixian_senlin_zerenzhi.docx"
F_GUANGSHUI = "blind252_hb_guangshui_linye_mubiao.docx"
F_KAOHE = "blind252_qu_zrzy_kaohe_pingfen.xlsx"
F_NANCHANG = "blind252_jx_nanchang_senlin_kaohe.xlsx"
F_TIANSHUI = "blind252_gs_tianshui_xiepo_pingjia.docx"

URL_JIXIAN = "https://tj.010b.com/policy/detail/91078.html"
URL_GUANGSHUI = ("http://www.guangshui.gov.cn/zwgk/xxgkml/ghjh/ghjhzlm_zggsw/"
                 "202205/t20220525_996227.shtml")
URL_KAOHE = "https://yzwku.com/doc/856039.html"
URL_NANCHANG = "http://www.fymate.com/html/text/lar/171691/17169152_3.html"
URL_TIANSHUI = "http://www.tianshui.gov.cn/zrzy/info/2632/505392.htm"


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- texts ----
# Longer sentences are written in my own words; names, figures, units,
# dates and document numbers are kept as the stored pages give them.

JX_GOAL_1 = ("(一)森林资源总量。全县林地保有量达到120.52万亩,森林覆盖率达到50%,"
             "林木绿化率达到53.5%;森林蓄积量达到并保持在506万立方米。其中:山区有林地"
             "面积达到97.62万亩,林木绿化率达到82.1%,森林蓄积量达到292万立方米;平原有"
             "林地面积达到22.9万亩,林木绿化率达到26.2%,森林蓄积量达到214万立方米;城区"
             "绿化覆盖率达到48.5%,绿地率达到43.2%,人均公共绿地面积达到16.5平方米。")
JX_GOAL_2 = ("(二)森林防火。把北部山区作为火灾防控的重点区域,防控面积为90万亩,"
             "火灾扑救率达到100%,在责任期内不发生重特大火灾。")
JX_GOAL_3 = "(三)有害生物防治。防控面积为100万亩,主要病虫害除治率达到国"

GS_T2 = ("完成植树造林0.74万亩,其中村庄绿化0.12万亩;完成封山育林1.1万亩,"
         "完成油茶示范项目0.3万亩、油茶低效林改造0.36万亩。")
GS_T4 = ("完成林业育苗面积260亩,出圃各类合格造林苗木200万株;"
         "申报中央财政林木良种培育补助项目80万元。")
GS_T5 = ("完成美国白蛾有效防治面积0.6万亩,松材线虫病有效防治面积5.8万亩,"
         "其他有害生物防治面积2万亩,防治率90%以上,损失率控制在0.5‰以下,"
         "成灾率控制在0.2‰以下。")
GS_T7 = ("抓紧抓实森林防火工作,确保全年无重大森林火灾、无人员伤亡事故发生,"
         "森林火灾受灾率控制在0.9‰以内。")
GS_T8 = ("组织开展打击非法占用林地,收购、运输、加工非法来源林木,"
         "乱捕滥猎野生动物、偷砍盗伐林木及野生动植物非法贸易等专项行动,依法惩处破坏"
         "森林资源和生态环境的违法犯罪,确保破坏森林资源问题立案查处率达到95%以上。")
GS_ITEMS = [
    ("绿色发展目标", "1.", "森林覆盖率增速0.15%,森林蓄积量增速0.20%,全面落实林长制。"),
    ("绿色发展目标", "2.", GS_T2),
    ("绿色发展目标", "3.", "申报省级森林城市建设,建设2个省级森林乡村。"),
    ("绿色发展目标", "4.", GS_T4),
    ("森林质量建设目标", "5.", GS_T5),
    ("森林质量建设目标", "6.", "完成年度森林督查工作及整改任务。"),
    ("森林质量建设目标", "7.", GS_T7),
    ("资源管理目标", "8.", GS_T8),
    ("资源管理目标", "9.", "落实全市范围内81.44万亩天然林和公益林的管护主体责任。"),
    ("社会治理建设目标", "10.", "全面推进法治政府建设,继续抓好林业行业安全生产专项整治三年行动。"),
    ("社会治理建设目标", "11.", "落实生态环境保护工作任务。"),
    ("社会治理建设目标", "12.", "完成课题调研任务,按要求更新政务网站信息。"),
]
GS_HEADS = {"绿色发展目标": "一、绿色发展目标", "森林质量建设目标": "二、森林质量建设目标",
            "资源管理目标": "三、资源管理目标", "社会治理建设目标": "四、社会治理建设目标"}

KH_CRIT_1 = (
    "1、未完成上级下达的耕地保护目标任务和永久基本农田保护面积,且耕地“进出平衡”未落实的,扣5分。\n"
    "2、“两违一非”管控制度未建立、“两违”执法队伍未组建或日报制度未落实的,有一项扣5分。\n"
    "3、镇(开发区)政府领导未在“巡查日报上签明处理意见的,有一宗扣3分。\n"
    "4、对“非农化皿非粮化”已明确要求拆除、整改,却未在规定时间内组织拆除或整改到位的,"
    "有一宗扣5分;未按国土资源联合执法工作领导小组办公室告知函要求落实拆除的,有一宗扣10分。\n"
    "5、设施农业用地、临时用地未按程序履行审批、报备,或监管不到位的,有一宗扣5分。\n"
    "6、违法用地案件立案查处后,应追究的相关责任人未被追究或问责未落实的,有一起扣5分。\n"
    "7、隐报、瞒报或为违法用地行为袒护、说情;拒不配合联合执法行动,或未经有批准权限的部门"
    "批准擅自同意建设的,该项不得分。\n"
    "8、违法用地占用永久基本农田而未在规定时间内组织拆除复垦,或处罚后未在规定时间内恢复原状、"
    "取得合法手续的,该项不得分。\n"
    "上述扣分以该项分值扣完为止。"
)
KH_CRIT_2 = (
    "1、发生盗砍滥伐、非法占用林地、滥捕乱猎野生动物、森林火灾等破坏森林资源情形的,有一宗扣3分。\n"
    "2、隐报、瞒报或为违法行为袒护、说情,拒不配合执法行动的,该项不得分。\n"
    "3、违法占用林地,处"
)

NC_CRIT_3 = ("重点(精品)工程完成率达到100%,得10分,低于100%的,得分=任务完成率×10分;"
             "造林成活率达95%,得10分,低于95%的,得分=造林成活率×10分。")
NC_ROWS = [
    ("1、造林绿化任务完成情况", 30,
     "在造林绿化任务完成率达到100%的前提下,取所辖各乡镇得分的造林绿化任务加权平均数。"),
    ("2、综合造林成活率", 20, "取所辖各乡镇得分的造林绿化任务加权平均数。"),
    ("3、重点造林绿化类型(精品工程)绿化情况", 20, NC_CRIT_3),
    ("4、资金落实情况", 15, "取所辖各乡镇加分的算术平均数。"),
    ("5、经营管护情况", 15, "取所辖各乡镇加分的算术平均数。"),
]

TS_BACKGROUND = ("社棠镇不稳定斜坡地处麦积区社棠镇西侧、渭河干流北岸一级支流牛头河东侧的临边部位。"
                 "坡面地形陡峭,构成斜坡的黄土土体破碎,垂直裂缝发育;坡脚是渭河与支流牛头河交汇的"
                 "平坦河谷区,各类建筑设施及社棠镇、俊林村民房分 布密集,社会资产集中。该斜坡沿庙山"
                 "延伸长度约790m,坡高40-85m, 平均坡度为50°,狭长坡体上变形迹象明显,已发育滑坡、"
                 "崩塌等地质灾害,构成一处影响范围大、潜在经济损失严重、社会影响深远的带状特大型")

# ----------------------------------------------------------------- gold ----
GOLD = {
    F_JIXIAN: {
        "source_urls": [URL_JIXIAN],
        "province": "天津市",
        "doc_kind": "县政府办公室通知:保护发展森林资源目标责任制(目标在正文中)",
        "patterns": [],
        "indicators": [
            ind("森林资源总量", None, "林地保有量", ">=", 120.52, "万亩", "林地保有量达到120.52万亩"),
            ind("森林资源总量", None, "森林覆盖率", ">=", 50, "%", "森林覆盖率达到50%"),
            ind("森林资源总量", None, "林木绿化率", ">=", 53.5, "%", "林木绿化率达到53.5%"),
            ind("森林资源总量", None, "森林蓄积量", ">=", 506, "万立方米", "森林蓄积量达到并保持在506万立方米"),
            ind("森林资源总量", "山区", "有林地面积", ">=", 97.62, "万亩", "山区有林地面积达到97.62万亩"),
            ind("森林资源总量", "山区", "林木绿化率", ">=", 82.1, "%", "林木绿化率达到82.1%"),
            ind("森林资源总量", "山区", "森林蓄积量", ">=", 292, "万立方米", "森林蓄积量达到292万立方米"),
            ind("森林资源总量", "平原", "有林地面积", ">=", 22.9, "万亩", "平原有林地面积达到22.9万亩"),
            ind("森林资源总量", "平原", "林木绿化率", ">=", 26.2, "%", "林木绿化率达到26.2%"),
            ind("森林资源总量", "平原", "森林蓄积量", ">=", 214, "万立方米", "森林蓄积量达到214万立方米"),
            ind("森林资源总量", "城区", "绿化覆盖率", ">=", 48.5, "%", "城区绿化覆盖率达到48.5%"),
            ind("森林资源总量", "城区", "绿地率", ">=", 43.2, "%", "绿地率达到43.2%"),
            ind("森林资源总量", "城区", "人均公共绿地面积", ">=", 16.5, "平方米", "人均公共绿地面积达到16.5平方米"),
            ind("森林防火", None, "防控面积", "=", 90, "万亩", "防控面积为90万亩"),
            ind("森林防火", None, "火灾扑救率", "=", 100, "%", "火灾扑救率达到100%"),
            ind("森林防火", None, "重特大火灾", "=", 0, None, "在责任期内不发生重特大火灾"),
            ind("有害生物防治", None, "防控面积", "=", 100, "万亩", "防控面积为100万亩"),
            ind("有害生物防治", None, "主要病虫害除治率", ">=", None, None, "主要病虫害除治率达到国"),
        ],
        "goals": [
            {"kind": "责任目标", "text": JX_GOAL_1},
            {"kind": "责任目标", "text": JX_GOAL_2},
            {"kind": "责任目标", "text": JX_GOAL_3},
        ],
        "facts": [
            {"metric": "森林蓄积量", "kind": "sum", "total": 506, "parts": [292, 214], "unit": "万立方米"},
            {"metric": "林地保有量(其中山区、平原有林地面积)", "kind": "sum", "total": 120.52,
             "parts": [97.62, 22.9], "unit": "万亩"},
        ],
        "findings": [],
        "notes": ("Stored page (a policy-aggregator copy of the 2013 notice) stops in the middle of "
                  "(三)有害生物防治 at '主要病虫害除治率达到国', so the last indicator has no value; it is not "
                  "flagged because the cut is the page's, not the document's. Targets stand only in running "
                  "text (one of my two running-text documents). '达到' read as >=; '达到100%' and '为N万亩' "
                  "read as exact targets (=). '不发生重特大火灾' recorded as = 0 with no unit. The 其中 "
                  "breakdown gives two sums that check: 292+214=506 and 97.62+22.9=120.52 (the total is "
                  "林地保有量 while the parts are 有林地面积; the figures still agree). Site navigation above "
                  "the notice is left out; the header lines 政策/发布部门/发布时间/有效性 are kept. The "
                  "introduction and the fire paragraph are reworded; the target phrases are kept."),
    },
    F_GUANGSHUI: {
        "source_urls": [URL_GUANGSHUI],
        "province": "湖北省",
        "doc_kind": "市林业局年度工作目标清单(目标在正文中)",
        "patterns": [],
        "indicators": [
            ind("绿色发展目标", None, "森林覆盖率增速", "=", 0.15, "%", "森林覆盖率增速0.15%"),
            ind("绿色发展目标", None, "森林蓄积量增速", "=", 0.2, "%", "森林蓄积量增速0.20%"),
            ind("绿色发展目标", None, "植树造林", "=", 0.74, "万亩", "完成植树造林0.74万亩"),
            ind("绿色发展目标", None, "村庄绿化", "=", 0.12, "万亩", "其中村庄绿化0.12万亩"),
            ind("绿色发展目标", None, "封山育林", "=", 1.1, "万亩", "完成封山育林1.1万亩"),
            ind("绿色发展目标", None, "油茶示范项目", "=", 0.3, "万亩", "完成油茶示范项目0.3万亩"),
            ind("绿色发展目标", None, "油茶低效林改造", "=", 0.36, "万亩", "油茶低效林改造0.36万亩"),
            ind("绿色发展目标", None, "省级森林乡村", "=", 2, "个", "建设2个省级森林乡村"),
            ind("绿色发展目标", None, "林业育苗面积", "=", 260, "亩", "完成林业育苗面积260亩"),
            ind("绿色发展目标", None, "出圃各类合格造林苗木", "=", 200, "万株", "出圃各类合格造林苗木200万株"),
            ind("绿色发展目标", None, "中央财政林木良种培育补助项目", "=", 80, "万元",
                "申报中央财政林木良种培育补助项目80万元"),
            ind("森林质量建设目标", None, "美国白蛾有效防治面积", "=", 0.6, "万亩", "完成美国白蛾有效防治面积0.6万亩"),
            ind("森林质量建设目标", None, "松材线虫病有效防治面积", "=", 5.8, "万亩", "松材线虫病有效防治面积5.8万亩"),
            ind("森林质量建设目标", None, "其他有害生物防治面积", "=", 2, "万亩", "其他有害生物防治面积2万亩"),
            ind("森林质量建设目标", None, "防治率", ">=", 90, "%", "防治率90%以上"),
            ind("森林质量建设目标", None, "损失率", "<=", 0.5, "‰", "损失率控制在0.5‰以下"),
            ind("森林质量建设目标", None, "成灾率", "<=", 0.2, "‰", "成灾率控制在0.2‰以下"),
            ind("森林质量建设目标", None, "重大森林火灾", "=", 0, None, "确保全年无重大森林火灾"),
            ind("森林质量建设目标", None, "人员伤亡事故", "=", 0, None, "无人员伤亡事故发生"),
            ind("森林质量建设目标", None, "森林火灾受灾率", "<=", 0.9, "‰", "森林火灾受灾率控制在0.9‰以内"),
            ind("资源管理目标", None, "破坏森林资源问题立案查处率", ">=", 95, "%",
                "破坏森林资源问题立案查处率达到95%以上"),
            ind("资源管理目标", None, "天然林和公益林的管护主体责任", "=", 81.44, "万亩",
                "落实全市范围内81.44万亩天然林和公益林的管护主体责任"),
        ],
        "goals": [{"kind": head, "text": text} for head, _num, text in GS_ITEMS],
        "facts": [],
        "findings": [
            {"rule": "target.input_or_process", "item": "中央财政林木良种培育补助项目",
             "why": "80万元 of subsidy to be applied for is money in, not an output or effect"},
            {"rule": "target.vague_wording", "item": "全面落实林长制",
             "why": "'全面落实' with no measure, count or deadline"},
            {"rule": "goal.unquantified", "item": "完成年度森林督查工作及整改任务。",
             "why": "no number of cases, 图斑 or rectification rate"},
            {"rule": "goal.unquantified", "item": "全面推进法治政府建设,继续抓好林业行业安全生产",
             "why": "process wording only, nothing measurable"},
            {"rule": "goal.unquantified", "item": "落实生态环境保护工作任务。",
             "why": "no task count, figure or standard"},
            {"rule": "goal.unquantified", "item": "完成课题调研任务,按要求更新政务网站信息。",
             "why": "no number of studies or updates"},
        ],
        "notes": ("Stored page starts directly with '一、绿色发展目标' (no title in the stored text, so none "
                  "is invented) and ends after item 12; the trailing QR-code/exit-link lines are site chrome "
                  "and left out. Targets stand only in a numbered list (my second running-text document). "
                  "Plain figures after 完成/增速/建设 are read as exact targets (=); '以上' as >=, "
                  "'以下/以内' as <=. '无重大森林火灾' and '无人员伤亡事故' recorded as = 0 without unit. "
                  "村庄绿化 is given as 其中 of 植树造林 but the other parts are not stated, so no sum fact. "
                  "Items 7, 8 and 10 are reworded; the target phrases and figures are kept."),
    },
    F_KAOHE: {
        "source_urls": [URL_KAOHE],
        "province": None,
        "doc_kind": "区自然资源和规划高质量发展考核评分表",
        "patterns": [1, 4, 5],
        "indicators": [
            ind("自然资源保护和利用", "资源保护", "耕地保护及违法用地查处", None, None, None, None, weight=20),
            ind("自然资源保护和利用", "资源保护", "林政管理", None, None, None, None, weight=10),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Stored page is a doc-sharing site's text of a 3-page DOCX; it stops inside the third "
                  "deduction rule of 林政管理 ('3、违法占用林地,处' / '罚后'). Province is not stated anywhere "
                  "in the stored text (a 区 with 镇(开发区)), so province is null. The chunk markers "
                  "'2、' and '3、' that the site inserts at its page joins are dropped. 类别 is two columns: "
                  "'自然资源保护和利用(100分)' and '资源保护(40分)', both merged down; points are written "
                  "inside the name cells. The scoring rules are reworded (deduction points kept), defects kept: "
                  "'非农化皿非粮化' and the unclosed quote in '“巡查日报上'. No finding: the items are "
                  "deduction rules by design, and 40 分 vs the visible 20+10 cannot be checked because the "
                  "page stops before the rest of 资源保护. The 得分 column is empty in the stored text."),
    },
    F_NANCHANG: {
        "source_urls": [URL_NANCHANG],
        "province": "江西省",
        "doc_kind": "市政府考核办法附件:森林城乡建设考核评分标准表",
        "patterns": [5],
        "indicators": [
            ind(None, None, "造林绿化任务完成情况", "=", 100, "%", "造林绿化任务完成率达到100%", weight=30),
            ind(None, None, "综合造林成活率", None, None, None, None, weight=20),
            ind(None, None, "重点造林绿化类型(精品工程)绿化情况", "=", 100, "%",
                "重点(精品)工程完成率达到100%", weight=20),
            ind(None, None, "资金落实情况", None, None, None, None, weight=15),
            ind(None, None, "经营管护情况", None, None, None, None, weight=15),
        ],
        "goals": [],
        "facts": [
            {"metric": "分值", "kind": "sum", "total": 100, "parts": [30, 20, 20, 15, 15], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "综合造林成活率",
             "why": "a rate scored 20 分 with no target rate; only an averaging rule"},
            {"rule": "target.missing_value", "item": "资金落实情况",
             "why": "no target value, only 'average of township bonus points'"},
            {"rule": "target.missing_value", "item": "经营管护情况",
             "why": "no target value, only 'average of township bonus points'"},
            {"rule": "target.input_or_process", "item": "资金落实情况",
             "why": "funds in place is an input, weighted 15 of 100"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "only completion, survival, funds and upkeep are scored; no benefit or satisfaction item"},
        ],
        "notes": ("Stored page is page 3 of 5 of a law-database copy of the 2009 南昌 notice; it holds "
                  "附件2 complete (5 rows + 合 计 100). The site menu in broken encoding above the table "
                  "and the pager/‘查看全文’ line below it are site chrome and left out; '合 计' keeps its "
                  "space. Row 3 holds two targets in one cell: 重点(精品)工程完成率 100% (10分) and "
                  "造林成活率 95% (10分); the gold keeps one row per table row and records the first target, "
                  "the second is in the same cell. Weights sum to 100 as stated. The scoring rules are "
                  "reworded with all figures and formulas kept. The coverage finding names a dimension that "
                  "by nature is absent from the PDF."),
    },
    F_TIANSHUI: {
        "source_urls": [URL_TIANSHUI],
        "province": "甘肃省",
        "doc_kind": "项目支出绩效评价报告(封面、目录、正文开头)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Stored page stops in the first paragraph of 报告正文 ('...带状特大型'); the section "
                  "二、项目绩效目标 / (一)总体绩效目标 appears only in the table of contents, so the gold has "
                  "no indicators, goals or findings: a reader should extract nothing here (790m, 40-85m and "
                  "50° are site facts, not targets). Kept: odd spacing in the title '(二期) 治理工程…' and "
                  "'分 布', the empty 成文日期/发文字号 fields. The background paragraph is reworded."),
    },
}

PDF_CHECK_SKIP_RULES = {"coverage.missing_dimension"}


# -------------------------------------------------------------- helpers ----
def set_docx_fonts(doc, size=11):
    style = doc.styles["Normal"]
    style.font.name = CJK_SERIF
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), CJK_SERIF)


def fix_docx_props(doc, title):
    import datetime
    cp = doc.core_properties
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.author = "blind252"
    cp.last_modified_by = "blind252"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = title


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def normalize_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed times and fixed dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                          r"\g<1>" + FIXED_ISO + r"\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                          r"\g<1>" + FIXED_ISO + r"\g<2>", text)
            data = text.encode("utf-8")
        out.append((name, data))
    out.sort(key=lambda x: x[0])
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def normalize_pdf(path):
    """Replace dates and IDs in a LibreOffice PDF with same-length constants."""
    with open(path, "rb") as fh:
        data = fh.read()

    def same_len_date(m):
        inner = m.group(2)
        fixed = b"D:20240101000000Z"
        fixed = (fixed + b"0" * len(inner))[:len(inner)] if len(fixed) < len(inner) else fixed[:len(inner)]
        return m.group(1) + fixed + m.group(3)

    data = re.sub(rb"(/CreationDate\s*\()([^)]*)(\))", same_len_date, data)
    data = re.sub(rb"(/ModDate\s*\()([^)]*)(\))", same_len_date, data)

    def zero_hex(m):
        return b"<" + b"0" * (len(m.group(0)) - 2) + b">"

    def fix_id(m):
        return re.sub(rb"<[0-9A-Fa-f]+>", zero_hex, m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", fix_id, data)

    def zero_sum(m):
        return m.group(1) + b"0" * len(m.group(2))

    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", zero_sum, data)

    def xmp_date(m):
        return m.group(1) + b"2024-01-01T00:00:00"[:len(m.group(2))].ljust(len(m.group(2)), b"0") + m.group(3)

    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", xmp_date, data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    with open(path, "wb") as fh:
        fh.write(data)


def thin_border():
    side = Side(style="thin", color="000000")
    return Border(left=side, right=side, top=side, bottom=side)


def style_cells(ws, cell_range, bold=False, center=False, size=10):
    for row in ws[cell_range]:
        for cell in row:
            cell.font = Font(name=CJK_SANS, size=size, bold=bold)
            cell.border = thin_border()
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if center else "left")


def fix_xlsx_props(wb, title):
    import datetime
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    wb.properties.creator = "blind252"
    wb.properties.lastModifiedBy = "blind252"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.title = title


def fit_page(ws, landscape=False):
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"


# ------------------------------------------------------------- builders ----
def build_jixian(path):
    doc = Document()
    set_docx_fonts(doc)
    fix_docx_props(doc, "蓟县人民政府办公室关于实行保护发展森林资源目标责任制的通知")
    para(doc, "蓟县人民政府办公室关于实行保护发展森林资源目标责任制的通知", bold=True, center=True, size=15)
    para(doc, "政策")
    para(doc, "发布部门:天津市蓟州区人民政府办公室")
    para(doc, "发布时间:2013年02月26日")
    para(doc, "有效性:有效")
    para(doc, "蓟县人民政府办公室关于实行保护发展森林资源目标责任制的通知", bold=True, center=True)
    para(doc, "各镇乡人民政府,各有关单位:")
    para(doc, "为保护好森林资源、改善生态环境,推动全县经济社会可持续发展,依照《天津市人民政府办公厅关于"
              "实行保护发展森林资源目标责任制的通知》(津政办发〔2012〕85号)的要求,我县决定实行保护发展"
              "森林资源目标责任制。经县人民政府同意,现就有关事项通知如下:")
    para(doc, "一、责任目标", bold=True)
    para(doc, "到2015年,全县林业工作责任目标如下:")
    para(doc, JX_GOAL_1)
    para(doc, JX_GOAL_2)
    para(doc, JX_GOAL_3)
    doc.save(path)


def build_guangshui(path):
    doc = Document()
    set_docx_fonts(doc)
    fix_docx_props(doc, "广水市林业局工作目标")
    last_head = None
    for head, num, text in GS_ITEMS:
        if head != last_head:
            para(doc, GS_HEADS[head], bold=True)
            last_head = head
        para(doc, num + text)
    doc.save(path)


def build_tianshui(path):
    doc = Document()
    set_docx_fonts(doc)
    fix_docx_props(doc, "麦积区社棠镇不稳定斜坡治理工程(二期)治理工程支出绩效评价报告")
    for line in ["索引号: tsszrzyj/2024-00121", "主题分类: 财政", "发文机关: 天水市自然资源局",
                 "成文日期:", "发文字号:", "发布时间: 2024-09-23"]:
        para(doc, line, size=9)
    para(doc, "麦积区社棠镇不稳定斜坡治理工程(二期) 治理工程支出绩效评价报告", bold=True, center=True, size=15)
    para(doc, "项目名称:麦积区社棠镇不稳定斜坡治理工程")
    para(doc, "(二期)治理工程")
    para(doc, "项目主管部门: 天水市自然资源局")
    para(doc, "评价实施部门: 天水市自然资源局麦积分局")
    para(doc, "评价机构名称: 天水市自然资源局麦积分局")
    para(doc, "2024年6月", center=True)
    doc.add_page_break()
    para(doc, "报告摘要", bold=True, center=True)
    toc = ["一、项目基本情况", "(一)项目立项背景及实施目的", "(二)项目预算安排和支出情况",
           "(三)项目主要内容和实施情况", "(四)项目组织管理", "二、项目绩效目标", "(一)总体绩效目标",
           "三、评价基本情况", "(一)绩效评价目的、对象和范围",
           "(二)绩效评价原则、评价指标体系(简要说明)、评价方法、评价标准等", "(三)绩效评价工作过程",
           "四、评价结论和绩效分析", "(一)综合评价结论", "(二)绩效分析", "五、存在问题及原因分析",
           "六、有关建议"]
    for line in toc:
        para(doc, line)
    doc.add_page_break()
    para(doc, "报告正文", bold=True, center=True)
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)项目立项背景及实施目的", bold=True)
    para(doc, TS_BACKGROUND)
    doc.save(path)


def build_kaohe(path):
    wb = Workbook()
    fix_xlsx_props(wb, "2024年区自然资源和规划高质量发展考核评分表")
    ws = wb.active
    ws.title = "考核评分表"
    ws["A1"] = "2024年区自然资源和规划高质量发展考核评分表"
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(name=CJK_SANS, size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws["A2"] = "类别"
    ws.merge_cells("A2:B2")
    ws["C2"] = "考核内容"
    ws["D2"] = "考核标准及评分方法"
    ws["E2"] = "得分"
    ws["A3"] = "自然资源保护和利用(100分)"
    ws.merge_cells("A3:A4")
    ws["B3"] = "资源保护(40分)"
    ws.merge_cells("B3:B4")
    ws["C3"] = "耕地保护及违法用地查处(20分)"
    ws["D3"] = KH_CRIT_1
    ws["C4"] = "林政管理(10分)"
    ws["D4"] = KH_CRIT_2
    style_cells(ws, "A2:E2", bold=True, center=True)
    style_cells(ws, "A3:E4")
    for col, width in zip("ABCDE", (14, 12, 28, 78, 8)):
        ws.column_dimensions[col].width = width
    ws.row_dimensions[1].height = 28
    ws.row_dimensions[3].height = 330
    ws.row_dimensions[4].height = 80
    fit_page(ws, landscape=True)
    wb.save(path)


def build_nanchang(path):
    wb = Workbook()
    fix_xlsx_props(wb, "县(区)、开发区(新区)“森林城乡、花园南昌”建设考核评分标准")
    ws = wb.active
    ws.title = "附件2"
    ws["A1"] = "南昌市人民政府关于印发“森林城乡、花园南昌”建设2009年度考核办法的通知"
    ws.merge_cells("A1:C1")
    ws["A1"].font = Font(name=CJK_SANS, size=11, bold=True)
    ws["A2"] = "附件2:"
    ws["A2"].font = Font(name=CJK_SANS, size=10)
    ws["A3"] = "县(区)、开发区(新区)“森林城乡、花园南昌”建设考核评分标准"
    ws.merge_cells("A3:C3")
    ws["A3"].font = Font(name=CJK_SANS, size=13, bold=True)
    ws["A3"].alignment = Alignment(horizontal="center", vertical="center")
    ws["A4"], ws["B4"], ws["C4"] = "考核内容", "分值", "评分标准"
    r = 5
    for name, weight, crit in NC_ROWS:
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=weight)
        ws.cell(row=r, column=3, value=crit)
        r += 1
    ws.cell(row=r, column=1, value="合 计")
    ws.cell(row=r, column=2, value=100)
    style_cells(ws, "A4:C4", bold=True, center=True)
    style_cells(ws, f"A5:C{r}")
    for row in ws[f"B5:B{r}"]:
        for cell in row:
            cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 8
    ws.column_dimensions["C"].width = 62
    for rr in range(5, r):
        ws.row_dimensions[rr].height = 48
    fit_page(ws, landscape=False)
    wb.save(path)


BUILDERS = [
    (F_JIXIAN, build_jixian),
    (F_GUANGSHUI, build_guangshui),
    (F_KAOHE, build_kaohe),
    (F_NANCHANG, build_nanchang),
    (F_TIANSHUI, build_tianshui),
]


def pdf_name(fname):
    return os.path.splitext(fname)[0] + ".pdf"


def build_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    paths = []
    for fname, builder in BUILDERS:
        path = os.path.join(outdir, fname)
        builder(path)
        normalize_zip(path)
        paths.append(path)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", "pdf", "--outdir", outdir] + paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for fname, _ in BUILDERS:
        normalize_pdf(os.path.join(outdir, pdf_name(fname)))


def write_annotations(outdir):
    adir = os.path.join(outdir, "annotations")
    os.makedirs(adir, exist_ok=True)
    for fname, _ in BUILDERS:
        for name in (fname, pdf_name(fname)):
            record = {"source": name}
            record.update(copy.deepcopy(GOLD[fname]))
            with open(os.path.join(adir, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False, indent=2, sort_keys=False)
                fh.write("\n")


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdfs(outdir):
    problems = []
    for fname, _ in BUILDERS:
        pdf = os.path.join(outdir, pdf_name(fname))
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
        flat = squash(text)
        gold = GOLD[fname]
        wanted = []
        for row in gold["indicators"]:
            wanted.append(("name", row["name"]))
            if row["target_text"]:
                wanted.append(("target_text", row["target_text"]))
        for goal in gold["goals"]:
            wanted.append(("goal", goal["text"]))
        for finding in gold["findings"]:
            if finding["rule"] not in PDF_CHECK_SKIP_RULES:
                wanted.append(("finding", finding["item"]))
        for kind, value in wanted:
            if squash(value) not in flat:
                problems.append(f"{pdf_name(fname)}: {kind} not found: {value}")
    return problems


def md5_map(outdir):
    result = {}
    for fname, _ in BUILDERS:
        for name in (fname, pdf_name(fname)):
            with open(os.path.join(outdir, name), "rb") as fh:
                result[name] = hashlib.md5(fh.read()).hexdigest()
    return result


def main():
    build_all(HERE)
    write_annotations(HERE)
    problems = check_pdfs(HERE)
    first = md5_map(HERE)
    second_dir = os.path.join(HERE, "_rebuild_check")
    build_all(second_dir)
    second = md5_map(second_dir)
    shutil.rmtree(second_dir)
    for name in sorted(first):
        same = "same" if first[name] == second[name] else "DIFFERENT"
        print(f"{first[name]}  {same}  {name}")
        if first[name] != second[name]:
            problems.append("md5 differs between two builds: " + name)
    counts = {f: (len(GOLD[f]["indicators"]), len(GOLD[f]["goals"]), len(GOLD[f]["findings"]))
              for f, _ in BUILDERS}
    for f, (n_ind, n_goal, n_find) in counts.items():
        print(f"{f}: {n_ind} indicators, {n_goal} goals, {n_find} findings")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
