"""Build the blind270 part: contracts and target-responsibility documents with assessment tables.

The gold (GOLD below) is written first; the builders only read it.
Run: /tmp/wvenv/bin/python make_blind270_layouts.py
"""

import copy
import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PROFILE = "file:///tmp/lo_blind270"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None, **extra):
    row = {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
           "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}
    row.update(extra)
    return row


# ---------------------------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------------------------

# 1. 衡山县东湖镇 村级综合目标管理考核计分表 (湖南省)
HS_G1 = "班子和党风廉建设(20分)"
HS_G2 = "计划生育(30分)"
HS_G3 = "综治和维护社会稳定(20分)"
HS_ROWS = [
    # (group, content cell, 标准分 cell)
    (HS_G1, ("1、全面贯彻落实党的“十八大”精神,切实加强基层组织建设。创先争优各项活动按规定标准落实到位,"
            "班子成员勤政廉政计6分。村级班子成员有不廉洁现象扣2分。换届选举工作和创先争优活动不能按要求落实到位各扣2分。"), "6分"),
    (HS_G1, "2、村支两委班子团结、战斗力强、无内耗计4分。班子不团结、不协调、战斗力不强、工作效率不高各扣1分。", "4分"),
    (HS_G1, "3、建立规范的党员活动室、党支部组织生活记录本记录齐全,各项规章制度执行好计4分。", "4分"),
    (HS_G1, "4、能积极做好党员发展工作,年内发展1名以上新党员计2分。按时按标准收缴党费计2分(本项共计4分)。", "4分"),
    (HS_G1, "5、年内能为民办实事和兴办公益事业2件以上计2分。", "2分"),
    (HS_G2, "1、符合政策生育率达87%以上计7分,每低3个百分点扣0.5分。", "7分"),
    (HS_G2, "2、100%完成全年四项手术任务计7分,每少完成10个百分点扣2分,每超额完成一例引产手术奖一分。", "7分"),
    (HS_G2, "3、“三查”到位率95%以上计2分,每少10个百分点扣1分。", "2分"),
    (HS_G2, "4、村民自治村计2分,合格村计1分。", "2分"),
    (HS_G2, ("5、征收社会抚养费计8分。本年度无违法生育或违法生育全部结案计满分。达标结案1例加1分,"
            "征收社会抚养费到位率每低10个百分点扣0.5分。"), "8分"),
    (HS_G2, "6、村、支两委主干积极落实计划生育各项工作计2分,工作不力扣2分。", "2分"),
    (HS_G2, "7、村专干按时参加例会上报数据计2分,每缺席一次扣0.5分,每错漏报数据一例扣0.5分。", "2分"),
    (HS_G3, "1、村、支两委重视,有班子,有牌子,有机构,有资料,档案", ""),
]
GOLD_HS = {
    "stem": "blind270_hengshan_donghu_village_target_score",
    "kind": "xlsx",
    "source_urls": ["https://www.hengshan.gov.cn/xzxxgk/dhz/fdzdgknr/zcwjjtz/20200601/i2042015.html"],
    "province": "湖南省",
    "doc_kind": "镇对村年度综合目标管理考核计分表(目标责任考核)",
    "patterns": [1, 5, 8],
    "indicators": [
        ind(HS_G1, None, "创先争优各项活动", None, None, None, "按规定标准落实到位", weight=6),
        ind(HS_G1, None, "村支两委班子团结", None, None, None, "团结、战斗力强、无内耗", weight=4),
        ind(HS_G1, None, "规范的党员活动室、党支部组织生活记录本", None, None, None, "记录齐全,各项规章制度执行好", weight=4),
        ind(HS_G1, None, "新党员", ">=", 1, "名", "1名以上", weight=2),
        ind(HS_G1, None, "党费", None, None, None, "按时按标准收缴", weight=2),
        ind(HS_G1, None, "为民办实事和兴办公益事业", ">=", 2, "件", "2件以上", weight=2),
        ind(HS_G2, None, "符合政策生育率", ">=", 87, "%", "87%以上", weight=7),
        ind(HS_G2, None, "全年四项手术任务", "=", 100, "%", "100%完成", weight=7),
        ind(HS_G2, None, "“三查”到位率", ">=", 95, "%", "95%以上", weight=2),
        ind(HS_G2, None, "村民自治村", None, None, None, "村民自治村计2分,合格村计1分", weight=2),
        ind(HS_G2, None, "征收社会抚养费", None, None, None, "无违法生育或违法生育全部结案计满分", weight=8),
        ind(HS_G2, None, "计划生育各项工作", None, None, None, "积极落实", weight=2),
        ind(HS_G2, None, "村专干按时参加例会上报数据", None, None, None, "按时参加例会上报数据", weight=2),
        ind(HS_G3, None, "村、支两委重视,有班子,有牌子,有机构,有资料,档案", None, None, None, None),
    ],
    "goals": [],
    "facts": [
        {"metric": "班子和党风廉建设 标准分", "kind": "sum", "total": 20, "parts": [6, 4, 4, 4, 2], "unit": "分"},
        {"metric": "计划生育 标准分", "kind": "sum", "total": 30, "parts": [7, 7, 2, 2, 8, 2, 2], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "创先争优各项活动",
         "why": "“按规定标准落实到位”只是合规表述，没有可衡量的数值或分级"},
        {"rule": "target.qualitative_no_scale", "item": "村支两委班子团结",
         "why": "“团结、战斗力强、无内耗”为定性描述，没有评判尺度，扣分项同样无法量化"},
        {"rule": "target.input_or_process", "item": "规范的党员活动室、党支部组织生活记录本",
         "why": "考核的是场所、台账和制度执行(管理过程)，不是工作结果"},
        {"rule": "target.time_no_deadline", "item": "党费",
         "why": "“按时按标准收缴”没有写明缴纳时限或到位率"},
        {"rule": "target.missing_value", "item": "征收社会抚养费",
         "why": "“征收社会抚养费到位率每低10个百分点扣0.5分”未给出到位率的目标值，扣分无基准"},
        {"rule": "target.vague_wording", "item": "计划生育各项工作",
         "why": "“积极落实”“工作不力”无数量或基准"},
        {"rule": "target.input_or_process", "item": "村专干按时参加例会上报数据",
         "why": "考核参会与报数(过程)，属于管理性要求"},
    ],
    "notes": ("湖南衡山县政府网公开的东湖镇2013年村级目标考核计分表。考核项目一列竖排并带分值(如“班子和党风廉建设(20分)”)，"
              "向下合并；标准分写成“6分”(单位在格内)；自评分、考核分两列全空(模板)。表头上方“村名: 考核日期:2013年 月 日”留空。"
              "第4项一个格里有两个目标(发展新党员2分、收缴党费2分，本项共计4分)，按两个指标行记，各2分。"
              "存储页在“综治和维护社会稳定(20分)”第1项“……有资料,档案”处截断，该行标准分未见；此行只记名称，不作判断，"
              "也不检查该组合计。存储文本把全角标点规范成半角(逗号、括号)，照存储文本保留。两组已见分值之和与标签相符(20、30)。"),
}

# 2. 衢州 村镇建设目标考核表 (浙江省): one target column per county
QZ_COUNTIES = ["柯城区", "衢江区", "龙游县", "江山市", "常山县", "开化县"]
QZ_ROWS = [
    # (序号, 考核指标, [six county cells], 基本分, 评分标准)
    ("1", "近期建设用地范围内控规编制率(98%)",
     ["各建制镇", "各建制镇", "县城、省级中心镇", "县城、省级中心镇", "县城、省级中心镇", "县城、省级中心镇"], "5",
     "完成得基本分;大于目标值的,每增加1%加1分,最高加2分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止。"),
    ("2", "中心村规划编制率", ["90%"] * 6, "5",
     "完成得基本分;大于目标值的,每增加1%加0.5分,加分至基本分值为止;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止。"),
    ("3", "保留村规划编制率", ["85%"] * 6, "5",
     "完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止。"),
    ("4", "对村镇规划编制资金投入(万元)", ["100"] * 6, "5",
     "完成得基本分,大于目标值的,每增加10万元加0.5分, 加分至基本分值封顶;少于目标值的,每少10万元扣1分,扣分至基本分值扣完为止。"),
    ("5", "建设镇级污水处理设施(座)", ["1", "6", "1", "6", "3", "已建设施运行负荷率达60以上"], "10",
     "完成得基本分,未完成的不得分。"),
    ("6", "新增公共绿化面积(公顷)", ["1", "2", "3", "16", "6", "5"], "10",
     "完成得基本分,超额完成的,每增加1公顷加2分,加分至基本分值封顶;未完成的,每少完成目标值10%扣1分,扣分至基本分值扣完为止。"),
    ("7", "新增供水覆盖农村受益人口(万人)", ["0.5", "1.2", "1.2", "2", "1.2", "0.5"], "5",
     "完成得基本分,超额完成的,每增加0.1万人,加0.5分,加分至基本分值封顶;未完成的,每少目标值4%扣1分,扣分至基本分值扣完为止。"),
    ("8", "廉租住房保障(户)",
     ["/", "/", "新增175户、其中实物配租85户,租赁补贴90户", "新增200户、其中实物配租100户,租赁补贴100户", "新增175", ""],
     "", ""),
]


def _qz_indicators():
    rows = []
    for _no, name, cells, base, _rule in QZ_ROWS:
        weight = int(base) if base else None
        for county, cell in zip(QZ_COUNTIES, cells):
            if cell in ("/", ""):
                continue
            if name.startswith("近期建设用地"):
                rows.append(ind(None, None, name, None, 98, "%", "98%", weight=weight, subunit=county, scope=cell))
            elif cell.endswith("%"):
                rows.append(ind(None, None, name, None, float(cell[:-1]), "%", cell, weight=weight, subunit=county))
            elif name.startswith("廉租住房"):
                rows.append(ind(None, None, name, None, float(re.search(r"新增(\d+)", cell).group(1)), "户", cell,
                                weight=weight, subunit=county))
            elif cell.startswith("已建设施"):
                rows.append(ind(None, None, name, ">=", 60, None, cell, weight=weight, subunit=county))
            else:
                unit = re.search(r"\(([^()]+)\)$", name).group(1)
                rows.append(ind(None, None, name, None, float(cell), unit, cell, weight=weight, subunit=county))
    for r in rows:
        if isinstance(r["value"], float) and r["value"].is_integer():
            r["value"] = int(r["value"])
    return rows


GOLD_QZ = {
    "stem": "blind270_quzhou_village_planning_target_table",
    "kind": "xlsx",
    "source_urls": ["http://www.holdmm.net/html/text/lar/173362/17336259_2.html"],
    "province": "浙江省",
    "doc_kind": "市对县(市、区)村镇建设年度目标责任考核表(分县目标值)",
    "patterns": [5, 6],
    "indicators": _qz_indicators(),
    "goals": [],
    "facts": [
        {"metric": "龙游县 廉租住房保障 新增户数", "kind": "sum", "total": 175, "parts": [85, 90], "unit": "户"},
        {"metric": "江山市 廉租住房保障 新增户数", "kind": "sum", "total": 200, "parts": [100, 100], "unit": "户"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "对村镇规划编制资金投入(万元)",
         "why": "把资金投入额(每县100万元)当作考核目标，是投入不是产出"},
        {"rule": "target.missing_unit", "item": "建设镇级污水处理设施(座)",
         "why": "开化县一格写“已建设施运行负荷率达60以上”，60没有%，且与指标单位“座”不一致"},
    ],
    "notes": ("存储页是一份衢州市对所辖六县(市、区)考核表的第2页，从表头“序号 考核指标 考 核 目 标 基本分 评 分 标 准”开始，"
              "没有标题，故文件也不加标题。“考核目标”下分六列(柯城区…开化县)，每县一个目标值，单位写在指标名里(万元、座、公顷、万人、户)，"
              "第1行目标值写在名称里“(98%)”，县列只写适用范围(各建制镇/县城、省级中心镇)。表头中的字间空格照录。"
              "金标按县拆行(字段 subunit；第1行另记 scope)，共45行；数值没有运算符的记 null(评分规则对超额加分，实际是下限)。"
              "第8行“廉租住房保障(户)”前两县为“/”(不考核，不记行)；存储页在常山县“新增175”处截断，开化县、基本分和评分标准都没有，"
              "常山县按“新增175”记值，不作判断。第5行开化县的目标换成了另一个量(运行负荷率)，按写法记 >=60、无单位。"),
}

# 3. 金华 新农村建设考核表 (浙江省)
JH_G2 = "二、实施“生活宽裕富民行动”(16分)"
JH_I14 = "14、实施“农村新五保”工程"
JH_C14 = ("完善农民最低生活保障制度,在动态管理中实现应保尽保;完善失地农民基本生活保障制度,全市失地农民参保人数净增1.9万人"
          "(指标分解见附件4);完善农村新型合作医疗制度,参合率和参合农民健康体检率分别达80%和50%以上;完善孤寡老人集中供养和"
          "贫困农户子女免费入学制度,实施“乡镇中心幼儿园建设”工程,每个乡镇按金华市乡镇中心幼儿园标准建设好一所中心幼儿园,"
          "各县(市、区)乡镇中心幼儿园建园率达70%-80%(指标分解见附件4)。")
JH_G3 = "三、实施“乡风文明示范行动”(10分)"
JH_I15 = "15、开展“新农村建设服务年”活动"
JH_C15A = "建立新农村建设的“三联系一指导”制度,发挥领导带头、部门共建、企业支持、指导员指导作用,合力推进新农村建设。"
JH_C15B = ("开展“建设农村送项目”活动。做好省送项目的争取对接工作,各县(市、区)得到的省送项目数、资金数占全省的比重,"
           "比各县(市、区)农村户籍人口数在全省的比重(")
GOLD_JH = {
    "stem": "blind270_jinhua_new_countryside_assessment",
    "kind": "docx",
    "source_urls": ["http://www.fymate.net/html/text/lar/169375/16937533_1.html"],
    "province": "浙江省",
    "doc_kind": "市对县(市、区)新农村建设目标责任制考核表(考核内容与评分依据)",
    "patterns": [1, 4],
    "indicators": [
        ind(JH_G2, JH_I14, "农民最低生活保障", None, None, None, "在动态管理中实现应保尽保", weight=5),
        ind(JH_G2, JH_I14, "失地农民参保人数", None, 1.9, "万人", "净增1.9万人", weight=5),
        ind(JH_G2, JH_I14, "参合率", ">=", 80, "%", "分别达80%和50%以上", weight=5),
        ind(JH_G2, JH_I14, "参合农民健康体检率", ">=", 50, "%", "分别达80%和50%以上", weight=5),
        ind(JH_G2, JH_I14, "孤寡老人集中供养和贫困农户子女免费入学制度", None, None, None, "完善孤寡老人集中供养和贫困农户子女免费入学制度",
            weight=5),
        ind(JH_G2, JH_I14, "乡镇中心幼儿园", "=", 1, "所", "每个乡镇按金华市乡镇中心幼儿园标准建设好一所中心幼儿园", weight=5),
        ind(JH_G2, JH_I14, "乡镇中心幼儿园建园率", None, None, "%", "70%-80%", weight=5),
        ind(JH_G3, JH_I15, "“三联系一指导”制度", None, None, None, "建立新农村建设的“三联系一指导”制度", weight=2),
        ind(JH_G3, JH_I15, "省送项目数、资金数占全省的比重", None, None, None, None, weight=2),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "农民最低生活保障",
         "why": "“在动态管理中实现应保尽保”没有覆盖率数值或评判等级"},
        {"rule": "target.input_or_process", "item": "孤寡老人集中供养和贫困农户子女免费入学制度",
         "why": "“完善……制度”是制度建设(过程)，没有结果量"},
        {"rule": "target.input_or_process", "item": "“三联系一指导”制度",
         "why": "建立联系指导制度属于管理措施，不是产出或效果"},
    ],
    "notes": ("存储页是一份金华市新农村建设考核表的片段(文本框线表)，从表头“考核项目 │ 考核内容与评分依据 │ 分值 │ 得分”开始，"
              "直接进入“二、实施“生活宽裕富民行动”(16分)”的第14项，前面的项目不在存储页里。考核项目分两列(大项带分值、小项带序号)，"
              "大项与第15项向下合并；“分值”“得分”在原表中竖排成两行。第14项一个格里有多个目标，按目标拆行，每行记该项分值5(共用)；"
              "“建园率达70%-80%”是区间，金标运算符记 null、值记 null。存储页在第15项第二行“……在全省的比重(”处截断，该行不判断；"
              "因只见到各大项的一部分，大项分值(16分、10分)与小项之和无法核对，不报 score_total。得分列全空。"),
}

# 4. 镇2010年度安全生产目标责任书 (running text)
SF_TITLE = "镇2010年度安全生产目标责任书"
SF_PREAMBLE = ("依据《中华人民共和国安全生产法》、劳动部《关于认真落实安全生产的意见》的通知,以及省、市、县关于安全生产的工作要点和会议要求,"
               "为抓好2010年度安全生产工作,经镇党委、政府研究,订立本年度安全生产目标责任书如下:")
SF_ITEMS = [
    "1、按时完成县政府下达的各项安全生产任务;",
    ("2、加强安全宣传和培训,提高全员安全意识:每季度定期召开一次“三主一员”安全专题培训会议,“三对主一员”(车主、船主、业主、驾驶员)"
    "的培训教育面达100。各村(居)委会每月至少召开一次村民和场镇居民安全生产专题会,每星期召开一次广播会,对村(居)民安全教育培训面达到90以上。"),
    "3、依照《安全生产法》,及时排查整改辖内的各种安全隐患;",
    "4、行政辖区内,乡镇企业生产性事故重伤死亡数为零;",
    "5、本镇籍汽车(客运、货运车辆)、拖拉机、摩托车、农用机动三轮车交通事故重伤死亡数为零;",
    ("6、本镇籍船舶事故死亡人数为零。本籍区内无“三无”船舶和非法造船窝点,每月对所辖区域的客运船、渔船、作f业船只及渡口安全进行一次检查,"
    "查出的隐患落实到人、限期整改;"),
    "7、杜绝千元以上火灾事故,死亡人数为零;",
    "8、水利工程、村道公路、房屋建筑等施工工伤事故,死亡、重伤人数为零;",
    "9、农村用电事故,死亡重伤人数为零;",
    "10、本辖区内的治安事故、民事纠纷调解率100,发生治安案件处理率100;",
    "11、易燃易爆、剧毒事故死亡、重伤为零,意外事故为零,枪支、子弹为零;镇辖区内无生产烟花火炮的私人作坊;",
    "12、房屋、危岩、学校、桥梁、隧洞、交通道路、村道公路经济损失和死亡、重伤人数为零;",
    "13、中、小学校无安全事故发生。",
]
GOLD_SF = {
    "stem": "blind270_town_safety_target_responsibility_2010",
    "kind": "docx",
    "source_urls": ["http://www.qq94.com/fjx/lbTe11.html"],
    "province": None,
    "doc_kind": "镇对村(居)和单位年度安全生产目标责任书(目标以条文列出)",
    "patterns": [],
    "indicators": [
        ind(None, None, "“三主一员”安全专题培训会议", "=", 1, "次", "每季度定期召开一次"),
        ind(None, None, "“三对主一员”(车主、船主、业主、驾驶员)的培训教育面", ">=", 100, None, "达100"),
        ind(None, None, "村民和场镇居民安全生产专题会", ">=", 1, "次", "每月至少召开一次"),
        ind(None, None, "广播会", "=", 1, "次", "每星期召开一次"),
        ind(None, None, "村(居)民安全教育培训面", ">=", 90, None, "达到90以上"),
        ind(None, None, "辖内的各种安全隐患", None, None, None, "及时排查整改"),
        ind(None, None, "乡镇企业生产性事故重伤死亡数", "=", 0, None, "为零"),
        ind(None, None, "交通事故重伤死亡数", "=", 0, None, "为零"),
        ind(None, None, "本镇籍船舶事故死亡人数", "=", 0, None, "为零"),
        ind(None, None, "“三无”船舶和非法造船窝点", None, None, None, "无“三无”船舶和非法造船窝点"),
        ind(None, None, "客运船、渔船、作f业船只及渡口安全", "=", 1, "次", "每月对所辖区域的客运船、渔船、作f业船只及渡口安全进行一次检查"),
        ind(None, None, "千元以上火灾事故", None, None, None, "杜绝千元以上火灾事故"),
        ind(None, None, "死亡人数", "=", 0, None, "死亡人数为零"),
        ind(None, None, "施工工伤事故", "=", 0, None, "死亡、重伤人数为零"),
        ind(None, None, "农村用电事故", "=", 0, None, "死亡重伤人数为零"),
        ind(None, None, "治安事故、民事纠纷调解率", "=", 100, None, "调解率100"),
        ind(None, None, "治安案件处理率", "=", 100, None, "处理率100"),
        ind(None, None, "易燃易爆、剧毒事故死亡、重伤", "=", 0, None, "为零"),
        ind(None, None, "意外事故", "=", 0, None, "意外事故为零"),
        ind(None, None, "枪支、子弹", "=", 0, None, "枪支、子弹为零"),
        ind(None, None, "生产烟花火炮的私人作坊", None, None, None, "镇辖区内无生产烟花火炮的私人作坊"),
        ind(None, None, "房屋、危岩、学校、桥梁、隧洞、交通道路、村道公路经济损失和死亡、重伤人数", "=", 0, None, "为零"),
        ind(None, None, "中、小学校", None, None, None, "无安全事故发生"),
    ],
    "goals": [{"kind": "年度目标", "text": "按时完成县政府下达的各项安全生产任务"}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": "按时完成县政府下达的各项安全生产任务",
         "why": "第1条只说按时完成上级任务，没有任何数量、时限或指标"},
        {"rule": "target.input_or_process", "item": "“三主一员”安全专题培训会议",
         "why": "以开会次数为目标，是过程不是结果"},
        {"rule": "target.input_or_process", "item": "村民和场镇居民安全生产专题会",
         "why": "以开会次数为目标，是过程不是结果"},
        {"rule": "target.input_or_process", "item": "广播会", "why": "以开会次数为目标，是过程不是结果"},
        {"rule": "target.missing_unit", "item": "“三对主一员”(车主、船主、业主、驾驶员)的培训教育面",
         "why": "“达100”没有单位(应为%)"},
        {"rule": "target.missing_unit", "item": "村(居)民安全教育培训面", "why": "“达到90以上”没有单位(应为%)"},
        {"rule": "target.time_no_deadline", "item": "辖内的各种安全隐患", "why": "“及时排查整改”没有时限或整改率"},
        {"rule": "target.missing_unit", "item": "治安事故、民事纠纷调解率", "why": "“调解率100”缺%"},
        {"rule": "target.missing_unit", "item": "治安案件处理率", "why": "“处理率100”缺%"},
    ],
    "notes": ("存储页是一篇范文站转载的乡镇安全生产目标责任书，镇名缺失(标题就是“镇2010年度安全生产目标责任书”)，未写省份；"
              "“场镇”“三主一员”等用语多见于四川、重庆，但文内没有写，province 记 null。目标全部写在条文里(一、目标 1—13条)。"
              "原文的缺陷照录：“三对主一员”(应为三主一员)、“作f业船只”(存储文本在“作”后换行并多出 f)、“达100”“90以上”“调解率100”"
              "“处理率100”都缺%。前言和第2、6条的叙述部分用自己的话改写，目标短语与数字照原文。存储页在“二、责任人的职责 1、安全生产坚持属”"
              "处截断，文件保留到该处。“为零”记 =0；只写“无”“杜绝”的记 null。第1条作为年度目标记入 goals，不另记指标行。"),
}

# 5. 清洁质量评分表 (保洁服务考核附表)
CL_HEAD = ["序号", "检查项目", "质量标准", "项目分数", "检查评定分数", "评分标准"]
CL_SUB = ["", "(一)", "(二)", "(三)", "(四)", ""]
CL_ROWS = [
    ("1", "院区、绿化带", "干净、无纸屑\n垃圾", "3", "", "每发现一处扣0.3分"),
    ("2", "外墙、玻璃", "干净(2米以下)", "2", "", "每发现一处扣0.2分"),
    ("3", "标牌、指示牌", "洁净、无污迹", "1", "", "每发现一处扣0.1分"),
    ("4", "停车处", "干净、无垃圾", "2", "", "每发现一处扣0.2分"),
    ("5", "照明灯", "无灰尘、无污迹", "2", "", "每发现一处扣0"),
]
GOLD_CL = {
    "stem": "blind270_cleaning_service_quality_score_sheet",
    "kind": "docx",
    "source_urls": ["https://max.book118.com/html/2015/0726/22040273.shtm"],
    "province": None,
    "doc_kind": "保洁服务考核附表(第二项 清洁质量评分表)",
    "patterns": [5],
    "indicators": [
        ind(None, None, "院区、绿化带", None, None, None, "干净、无纸屑垃圾", weight=3),
        ind(None, None, "外墙、玻璃", None, None, None, "干净(2米以下)", weight=2),
        ind(None, None, "标牌、指示牌", None, None, None, "洁净、无污迹", weight=1),
        ind(None, None, "停车处", None, None, None, "干净、无垃圾", weight=2),
        ind(None, None, "照明灯", None, None, None, "无灰尘、无污迹", weight=2),
    ],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("文库站预览里的一张保洁考核附表(“第二项 清洁质量评分表”)，看不出单位和省份。表头下有一行列序号“(一) (二) (三) (四)”，"
              "存储文本没有显示它们对应哪几列，按四个中间列(检查项目至检查评定分数)放置。“检查评定分数”列全空。"
              "第1行质量标准在“无纸屑”后换行，照录。各项都是定性标准，但每项都有按处扣分的评分标准和分数，可以衡量，不报 qualitative_no_scale。"
              "存储页在第5行评分标准“每发现一处扣0”处截断，文件到此为止；因只见到前5项，不判断维度缺失或总分。本文件有意作为无发现的对照。"),
}

GOLDS = [GOLD_HS, GOLD_QZ, GOLD_JH, GOLD_SF, GOLD_CL]


# ---------------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_C = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")
FONT = Font(name="Noto Sans CJK SC", size=10)


def _wb():
    wb = Workbook()
    wb.properties.creator = "blind270"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def _cell(ws, ref, value, align=WRAP_C, bold=False):
    c = ws[ref]
    c.value = value
    c.alignment = align
    c.font = Font(name=FONT.name, size=FONT.size, bold=bold)
    return c


def _border(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def _fit_rows(ws, first, last, line_pt=14.0):
    """Set row heights from the longest wrapped text in the row (openpyxl does not autofit)."""
    for r in range(first, last + 1):
        lines = 1
        for c in ws[r]:
            if c.value is None or c.coordinate in ws.merged_cells:
                continue
            width = ws.column_dimensions[c.column_letter].width or 8.43
            per_line = max(1, int(width / 2.1))
            n = sum(max(1, math.ceil(len(part) / per_line)) for part in str(c.value).split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[r].height = line_pt * lines + 4


def _landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def build_hs(path):
    wb = _wb()
    ws = wb.active
    ws.title = "计分表"
    ws.merge_cells("A1:E1")
    _cell(ws, "A1", "东湖镇2013年度村级综合目标管理考核计分表", bold=True)
    ws.merge_cells("A2:E2")
    _cell(ws, "A2", "村名:                              考核日期:2013年   月   日", WRAP_L)
    for col, h in zip("ABCDE", ["考核项目", "考核内容", "标准分", "自评分", "考核分"]):
        _cell(ws, f"{col}3", h, bold=True)
    r = 4
    start = {}
    for group, text, base in HS_ROWS:
        start.setdefault(group, r)
        _cell(ws, f"B{r}", text, WRAP_L)
        _cell(ws, f"C{r}", base)
        r += 1
    last = r - 1
    groups = list(start)
    for i, g in enumerate(groups):
        g0 = start[g]
        g1 = (start[groups[i + 1]] - 1) if i + 1 < len(groups) else last
        label = "\n".join(g.split("(")[0]) + "\n(" + g.split("(")[1]
        _cell(ws, f"A{g0}", label)
        if g1 > g0:
            ws.merge_cells(f"A{g0}:A{g1}")
    _border(ws, f"A3:E{last}")
    ws.column_dimensions["A"].width = 7
    ws.column_dimensions["B"].width = 70
    for col in "CDE":
        ws.column_dimensions[col].width = 8
    _fit_rows(ws, 4, last)
    for i, g in enumerate(groups):
        g0 = start[g]
        g1 = (start[groups[i + 1]] - 1) if i + 1 < len(groups) else last
        need = 14.0 * (len(g.split("(")[0]) + 1) + 4
        have = sum(ws.row_dimensions[x].height for x in range(g0, g1 + 1))
        if need > have:
            ws.row_dimensions[g1].height += need - have
    _landscape(ws)
    wb.save(path)


def build_qz(path):
    wb = _wb()
    ws = wb.active
    ws.title = "考核指标"
    heads = {"A": "序号", "B": "考核指标", "I": "基本分", "J": "评 分 标 准"}
    for col, h in heads.items():
        _cell(ws, f"{col}1", h, bold=True)
        ws.merge_cells(f"{col}1:{col}2")
    _cell(ws, "C1", "考 核 目 标", bold=True)
    ws.merge_cells("C1:H1")
    for col, county in zip("CDEFGH", QZ_COUNTIES):
        _cell(ws, f"{col}2", county, bold=True)
    r = 3
    for no, name, cells, base, rule in QZ_ROWS:
        _cell(ws, f"A{r}", no)
        _cell(ws, f"B{r}", name, WRAP_L)
        for col, v in zip("CDEFGH", cells):
            _cell(ws, f"{col}{r}", v if v else None)
        _cell(ws, f"I{r}", base if base else None)
        _cell(ws, f"J{r}", rule if rule else None, WRAP_L)
        r += 1
    _border(ws, f"A1:J{r - 1}")
    widths = {"A": 5, "B": 22, "C": 11, "D": 11, "E": 13, "F": 13, "G": 11, "H": 13, "I": 7, "J": 46}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    _fit_rows(ws, 2, r - 1)
    _landscape(ws)
    wb.save(path)


def _doc():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind270"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "blind270"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    return d


def _set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def _table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def _widths(table, cms):
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def build_jh(path):
    d = _doc()
    t = d.add_table(rows=4, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _table_borders(t)
    hdr = t.rows[0].cells
    a = hdr[0].merge(hdr[1])
    _set_cell(a, "考核项目", True)
    _set_cell(hdr[2], "考核内容与评分依据", True)
    _set_cell(hdr[3], "分值", True)
    _set_cell(hdr[4], "得分", True)
    r1 = t.rows[1].cells
    _set_cell(r1[0], JH_G2)
    _set_cell(r1[1], JH_I14)
    _set_cell(r1[2], JH_C14)
    _set_cell(r1[3], "5")
    r2, r3 = t.rows[2].cells, t.rows[3].cells
    g = r2[0].merge(r3[0])
    _set_cell(g, JH_G3)
    i15 = r2[1].merge(r3[1])
    _set_cell(i15, JH_I15)
    _set_cell(r2[2], JH_C15A)
    _set_cell(r2[3], "2")
    _set_cell(r3[2], JH_C15B)
    _set_cell(r3[3], "2")
    _widths(t, [2.2, 2.4, 10.0, 1.0, 1.0])
    d.save(path)


def build_sf(path):
    d = _doc()
    h = d.add_paragraph()
    run = h.add_run(SF_TITLE)
    run.bold = True
    run.font.size = Pt(15)
    h.alignment = 1
    d.add_paragraph(SF_PREAMBLE)
    d.add_paragraph("一、目标")
    for item in SF_ITEMS:
        d.add_paragraph(item)
    d.add_paragraph("二、责任人的职责")
    d.add_paragraph("1、安全生产坚持属")
    d.save(path)


def build_cl(path):
    d = _doc()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = d.add_paragraph()
    run = p.add_run("第二项 清洁质量评分表")
    run.bold = True
    t = d.add_table(rows=2 + len(CL_ROWS), cols=6)
    _table_borders(t)
    for cell, h in zip(t.rows[0].cells, CL_HEAD):
        _set_cell(cell, h, True)
    for cell, h in zip(t.rows[1].cells, CL_SUB):
        _set_cell(cell, h)
    for i, row in enumerate(CL_ROWS):
        for cell, v in zip(t.rows[2 + i].cells, row):
            _set_cell(cell, v)
    _widths(t, [1.2, 3.5, 4.5, 2.0, 2.5, 5.0])
    d.save(path)


BUILDERS = {GOLD_HS["stem"]: build_hs, GOLD_QZ["stem"]: build_qz, GOLD_JH["stem"]: build_jh,
            GOLD_SF["stem"]: build_sf, GOLD_CL["stem"]: build_cl}


# ---------------------------------------------------------------------------------------------
# determinism helpers
# ---------------------------------------------------------------------------------------------

def normalize_zip(path):
    """Rewrite an OOXML zip with sorted entries, a fixed timestamp and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    core = "docProps/core.xml"
    if core in items:
        txt = items[core].decode("utf-8")
        txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
        txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
        items[core] = txt.encode("utf-8")
    order = sorted(items, key=lambda n: (n != "[Content_Types].xml", n))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n in order:
            info = zipfile.ZipInfo(n, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, items[n])
    os.replace(tmp, path)


def blank_checksum(m):
    """Blank the DocChecksum (it hashes the original dates) with zeros of the same length."""
    head, _, hexpart = m.group(0).rpartition(b"/")
    return head + b"/" + b"0" * len(hexpart)


def fix_pdf(path):
    """Replace the dates and the /ID of a LibreOffice PDF by fixed values of the same length."""
    with open(path, "rb") as f:
        data = f.read()

    def date_sub(m):
        return m.group(1) + b"20240101000000" + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\(D:)(\d{14})([^)]*\))", date_sub, data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", blank_checksum, data)
    body = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", b"", data)
    digest = hashlib.md5(body).hexdigest().upper().encode()

    def id_sub(m):
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, digest[:len(a)].ljust(len(a), b"0")).replace(b, digest[:len(b)].ljust(len(b), b"0"))

    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", id_sub, data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    fix_pdf(pdf)
    return pdf


def pdf_text(pdf):
    out = []
    for args in ([], ["-raw"], ["-layout"]):
        res = subprocess.run(["pdftotext", *args, pdf, "-"], check=True, capture_output=True, text=True)
        out.append(re.sub(r"\s+", "", res.stdout))
    return out


def check_pdf(gold, pdf):
    texts = pdf_text(pdf)
    wanted = []
    for r in gold["indicators"]:
        wanted.append(("name", r["name"]))
        if r["target_text"]:
            wanted.append(("target_text", r["target_text"]))
    for g in gold["goals"]:
        wanted.append(("goal", g["text"]))
    for f in gold["findings"]:
        wanted.append(("finding", f["item"]))
    missing = []
    for kind, s in wanted:
        key = re.sub(r"\s+", "", s)
        if not any(key in t for t in texts):
            missing.append((kind, s))
    return missing


def annotation(gold, source):
    out = {"source": source}
    for k in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"):
        out[k] = copy.deepcopy(gold[k])
    return out


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    counts = []
    with tempfile.TemporaryDirectory(prefix="b270_", dir="/tmp/lo_blind270") as tmp:
        for gold in GOLDS:
            stem, kind = gold["stem"], gold["kind"]
            src = os.path.join(HERE, f"{stem}.{kind}")
            BUILDERS[stem](src)
            normalize_zip(src)
            pdf = to_pdf(src, tmp)
            final_pdf = os.path.join(HERE, f"{stem}.pdf")
            shutil.copyfile(pdf, final_pdf)
            for fname in (os.path.basename(src), os.path.basename(final_pdf)):
                with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                    json.dump(annotation(gold, fname), f, ensure_ascii=False, indent=2, sort_keys=False)
                    f.write("\n")
            miss = check_pdf(gold, final_pdf)
            for m in miss:
                problems.append(f"{stem}: not in PDF: {m}")
            counts.append((stem, kind, len(gold["indicators"]), len(gold["goals"]), len(gold["facts"]),
                           len(gold["findings"])))
    for c in counts:
        stem, kind, n_i, n_g, n_f, n_x = c
        print(f"{stem:<52} {kind:<4} indicators={n_i} goals={n_g} facts={n_f} findings={n_x}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("pdf check: all indicator names, target texts, goals and finding items found")


if __name__ == "__main__":
    main()
