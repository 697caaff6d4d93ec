"""Build the blind257 corpus part: gold first, then DOCX/XLSX, PDFs, annotations, checks.

Run: /tmp/wvenv/bin/python make_blind257_layouts.py
"""

import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind257"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_ZS = "https://cnzsr.com/e/DoPrint/?classid=23&id=5569"
URL_SX = "http://ask.fsou.com/html/text/lar/171325/17132575_1.html"
URL_SW = "https://m.wenke99.com/p-3478037.html"
URL_YL = "http://www.lawyee.com.cn/html/text/lar/170863/17086313_2.html"
URL_HB = "http://wap.hebei.com.cn/system/2014/12/31/014651520.shtml"


def ind(name, level1=None, level2=None, operator=None, value=None, unit=None,
        target_text=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written before any file is built or read)
# ---------------------------------------------------------------------------

# 1. 产业专班招商引资绩效评价指标及评分细则(季度) -- XLSX
ZS_RULES = [
    ("1", "牵头产业新引进省外亿元项目数量", "30分",
     ("按时序目标进度完成情况得分。县双招双引领导小组办公室每季度认定各专班牵头产业经省平台通过的项目数,"
     "完成时序目标任务的给满分,未完成的按比例计分。得分=(新引进项目个数/时序目标任务)×分值")),
    ("2", "牵头产业项目当年实际到位资金", "20分",
     "按进度完成比例计分。得分=(实际到位资金额/时序目标任务)×分值"),
    ("3", "牵头产业项目产业契合度", "20分",
     "产业契合度=新引进产业项目个数/新引进项目数;得分=产业契合度×分值"),
    ("4", "捆绑载体单位打分", "15分",
     ("由所捆绑的载体单位每季度给产业专班打分,主要看产业专班研究主导产业的深度(5分)、"
     "提供产业链招商信息的有效性(5分)、与载体单位协调抓招商的有效性(5分);"
     "园区和乡镇的结果分别按70%、30%的比例计入")),
    ("5", "捆绑招商工作队打分", "15分",
     ("由所捆绑的招商工作队每季度给产业专班打分,主要看产业专班研究主导产业的深度(5分)、"
     "提供产业链招商信息的有效性(5分)、与工作队协调抓招商的有效性(5分);结果取平均值")),
]
ZS_BONUS = [
    "提请县领导走访外地企业,每提请1个企业加0.5分,最高不超过3分",
    "牵头举办外地招商推介会,每举办1次加3分;在县级或县级以上招商活动中,每提供1个有效招商项目信息加0.5分",
    "每超目标任务引进1个省外亿元项目(经省平台认定)加2分,最高不超过6分",
    ("新增总投资10亿元以上且当年固定资产投资(由县统计局核定)不低于总投资5%的重大招商项目,"
    "每引进1个10亿元以上项目加4分;每引进1个50亿元以上项目加8分,同一项目不重复加分"),
    "新增中国企业500强及中国民营企业500强企业投资,每引进1个加10",
]
GOLD_ZS = {
    "source_urls": [URL_ZS],
    "province": None,
    "doc_kind": "招商引资绩效评价指标及评分细则(考核附件表)",
    "patterns": [1, 5],
    "indicators": [
        ind("牵头产业新引进省外亿元项目数量", weight=30),
        ind("牵头产业项目当年实际到位资金", weight=20),
        ind("牵头产业项目产业契合度", weight=20),
        ind("捆绑载体单位打分", weight=15),
        ind("捆绑招商工作队打分", weight=15),
    ],
    "goals": [],
    "facts": [
        {"metric": "指标分值合计", "kind": "sum", "total": 100,
         "parts": [30, 20, 20, 15, 15], "unit": "分"},
        {"metric": "捆绑载体单位打分分项", "kind": "sum", "total": 15,
         "parts": [5, 5, 5], "unit": "分"},
        {"metric": "捆绑招商工作队打分分项", "kind": "sum", "total": 15,
         "parts": [5, 5, 5], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "牵头产业新引进省外亿元项目数量",
         "why": "得分以'时序目标任务'为分母,但表中没有写出目标项目数"},
        {"rule": "target.missing_value", "item": "牵头产业项目当年实际到位资金",
         "why": "以'时序目标任务'计分,表中没有到位资金的目标额和单位"},
        {"rule": "target.qualitative_no_scale", "item": "捆绑载体单位打分",
         "why": "按'深度''有效性'打分,只给分项分值,没有分级评分标准"},
        {"rule": "target.qualitative_no_scale", "item": "捆绑招商工作队打分",
         "why": "同上:主观打分没有等级或评分尺度"},
    ],
    "notes": ("打印页(DoPrint)只有附件三一张表:序号/指标/分值/评分细则四列,5个计分指标合计100分,"
              "另有'加分项'一格合并下跨5行,加分细则写在分值和评分细则两列的合并格中。"
              "加分项不是考核目标,未列入indicators。页面没有写省份、县名('县双招双引领导小组办公室'),"
              "province 填 null。评分细则长句已改写,公式与数字照录。存储页止于最后一条加分项"
              "'每引进1个加10'(句子不完整,照留)。"),
}

# 2. 绍兴 工业经济转型升级评价指标 -- DOCX
SX_PARAS = [
    "(3)工业新增贷款占全部新增贷款比重,由人行绍兴市中心支行负责审核。",
    "(4)工业投入总量及结构优化,由市产业升级投资工作办公室依照《产业升级投资考核办法》审核。",
    "(5)工业转型升级组织实施工作和五大产业提升发展重点工作的完成情况,由市经贸委牵头审核。",
    "2.节能减排目标没有完成的,实行一票否决。",
    "3.本考核细则由市工业转型升级领导小组办公室负责解释并牵头实施,市级相关部门予以配合。",
    "附件:",
]
SX_ROWS = [
    # (分类 cell or None when merged), 指标, 权重, 基准值, 完成值, 分值
    ("规模指标(10)", "规模以上工业主营业务收入增长", "5", "", "", ""),
    (None, "工业投入总量及结构优化", "5", "-", "-", ""),
    ("效益指标(8)", "规模以上工业利税总额增长", "5", "", "", ""),
    (None, "规模以上工业销售利税率", "3", "", "", ""),
    ("创新指标(6)", "规模以上工业研发经费占主营业务收入比重提高数", "3", "", "", ""),
    (None, "能耗降低率", "3", "", "", ""),
    ("扶持指标(6)", "工业扶持资金占财政支出比重", "3", "", "", ""),
    (None, "工业新增贷款占全部新增贷款比重", "3", "", "", ""),
]
GOLD_SX = {
    "source_urls": [URL_SX],
    "province": "浙江省",
    "doc_kind": "工业转型升级考核办法附件:评价指标表(权重/基准值/完成值/分值)",
    "patterns": [1, 5],
    "indicators": [
        ind("规模以上工业主营业务收入增长", level1="规模指标", unit="%", weight=5),
        ind("工业投入总量及结构优化", level1="规模指标", target_text="-", weight=5),
        ind("规模以上工业利税总额增长", level1="效益指标", unit="%", weight=5),
        ind("规模以上工业销售利税率", level1="效益指标", unit="%", weight=3),
        ind("规模以上工业研发经费占主营业务收入比重提高数", level1="创新指标", unit="%", weight=3),
        ind("能耗降低率", level1="创新指标", unit="%", weight=3),
        ind("工业扶持资金占财政支出比重", level1="扶持指标", unit="%", weight=3),
        ind("工业新增贷款占全部新增贷款比重", level1="扶持指标", unit="%", weight=3),
    ],
    "goals": [],
    "facts": [
        {"metric": "指标完成分值", "kind": "sum", "total": 30, "parts": [10, 8, 6, 6], "unit": "分"},
        {"metric": "规模指标权重", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
        {"metric": "效益指标权重", "kind": "sum", "total": 8, "parts": [5, 3], "unit": "分"},
        {"metric": "创新指标权重", "kind": "sum", "total": 6, "parts": [3, 3], "unit": "分"},
        {"metric": "扶持指标权重", "kind": "sum", "total": 6, "parts": [3, 3], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "工业投入总量及结构优化",
         "why": "基准值与完成值都写'-',该行没有可衡量的目标值,只说另按考核办法审核"},
        {"rule": "target.input_or_process", "item": "工业扶持资金占财政支出比重",
         "why": "衡量的是财政投入(扶持资金占比),不是产出或效果"},
        {"rule": "target.input_or_process", "item": "工业新增贷款占全部新增贷款比重",
         "why": "衡量信贷资金投入,属于投入类而非结果类指标"},
    ],
    "notes": ("存储页是一份考核办法的第1页(_1.html),从'(3)工业新增贷款…由人行绍兴市中心支行审核'开始,"
              "止于'(一)指标完成(30分)'表的最后一行'工业新增贷款占全部新增贷款比重 | 3';"
              "40分中的其余10分不在页内,所以不核对40分合计。表头:分类/指标/权重/基准值(%)/完成值(%)/分值,"
              "分类列合并下跨两行,分类格带分数'规模指标(10)'。基准值、完成值、分值均为空(待填模板),"
              "因此 value/actual/score 为 null;空白是模板设计,不逐行判 missing_value,只判写了'-'的一行。"
              "level1 取分类列的组名(去掉括号分数),上级标题'一、工业提升发展指标(40分)/(一)指标完成(30分)'写在表外。"
              "unit 按表头'(%)'记;'-'行 unit 记 null。前面的条文短句已改写,机构名照录。"),
}

# 3. 首位产业龙头企业发展工作目标管理考评计分表 -- XLSX
SW_TITLE = "2018 年 度 全 市 首 位 产 业 龙 头 企 业 发 展 工 作目 标 管 理 考 评 计 分 表"
SW_HEAD = ["指 标", "分 值", "计 分 办 法", "考 评 部 门"]
SW_ROWS = [
    ("推进本地首位产业龙头企业发展的可操作细化政策出台情况", "5 分",
     "出台可操作细化政策的得 5 分,没有出台的不得分。", "市工信委"),
    ("当年财政用于支持首位产业企业的资金", "10 分", "用功效系数法打分。", "市工信委\n市财政局"),
    ("当年首位产业企业实际入库税收占本地当年实际入库税收的比重", "10 分", "采用功效系数法打分。",
     "市工信委\n市税务局"),
    ("当年首位产业主营业务收入及增速情况", "20 分",
     "其中主营业务收入 10 分,主营业务收入增速 10 分,两项都用功效系数法打分。", "市工信委\n市统计局"),
    ("当年首位产业新增规模以上企业数量", "10 分", "每新增 1 家得 1 分,没有新增不得分。", "市工信委"),
    ("当年首位产业新开工建设亿元以上项目个数", "10 分",
     ("每个项目计 2 分,没有不计分。新开工的亿元以上项目须列入市工信委系统项目库,"
     "考核时以厂房车间出正负零零线为准。"), "市工信委"),
    ("当年首位产业新竣工投产亿元以上项目个数", "10 分", "每个项目计 2 分,没有不计分。", "市工信委"),
    ("当年首位产业新增省级以上技术研发平台或荣誉称号,其它创新研发情况", "10 分",
     ("每新增 1 个省级技术研发平台或荣誉称号得 2 分,每新增 1 个国家级技术研发平台或荣誉称号得 4 分,"
     "无新增不得分;其他创新研发视情况得分。"), "市工信委\n市科技局\n市发改委\n市科协"),
    ("当年首位产业龙头企业主营业务收入占比情况", "5 分",
     "按首位产业龙头企业(主营超 5 亿元)主营业务收入占首位产业的比重,用功效系数法打分。",
     "市工信委\n市统计局"),
    ("当年财政安排属地工信部门产业对接专项工作经费情况", "5 分",
     "安排对接经费 20 万元的得满分,每少安排 1 万元减 0.5 分。", "市工信委\n市财政局"),
]
GOLD_SW = {
    "source_urls": [URL_SW],
    "province": None,
    "doc_kind": "首位产业龙头企业发展工作目标管理考评计分表",
    "patterns": [5],
    "indicators": [
        ind("推进本地首位产业龙头企业发展的可操作细化政策出台情况", weight=5),
        ind("当年财政用于支持首位产业企业的资金", weight=10),
        ind("当年首位产业企业实际入库税收占本地当年实际入库税收的比重", weight=10),
        ind("当年首位产业主营业务收入及增速情况", weight=20),
        ind("当年首位产业新增规模以上企业数量", weight=10),
        ind("当年首位产业新开工建设亿元以上项目个数", weight=10),
        ind("当年首位产业新竣工投产亿元以上项目个数", weight=10),
        ind("当年首位产业新增省级以上技术研发平台或荣誉称号,其它创新研发情况", weight=10),
        ind("当年首位产业龙头企业主营业务收入占比情况", weight=5),
        ind("当年财政安排属地工信部门产业对接专项工作经费情况", operator=">=", value=20,
            unit="万元", target_text="安排对接经费 20 万元的得满分", weight=5),
    ],
    "goals": [],
    "facts": [
        {"metric": "当年首位产业主营业务收入及增速情况分值", "kind": "sum", "total": 20,
         "parts": [10, 10], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "推进本地首位产业龙头企业发展的可操作细化政策出台情况",
         "why": "考核'是否出台政策',是过程/管理事项,不是产出或效果"},
        {"rule": "target.input_or_process", "item": "当年财政用于支持首位产业企业的资金",
         "why": "以财政投入资金多少计分,投入不能作为绩效目标"},
        {"rule": "target.input_or_process", "item": "当年财政安排属地工信部门产业对接专项工作经费情况",
         "why": "以安排工作经费(20万元)计分,属于投入"},
        {"rule": "target.qualitative_no_scale", "item": "当年首位产业新增省级以上技术研发平台或荣誉称号,其它创新研发情况",
         "why": "'其他创新研发视情况得分'没有评分尺度"},
        {"rule": "target.missing_value", "item": "当年首位产业主营业务收入及增速情况",
         "why": "只说按功效系数法相对排名,没有收入或增速的目标值"},
    ],
    "notes": ("存储页是文库预览,标题字间有空格('2018 年 度 全 市 首 位 产 业…工 作目 标…'),表头'指 标 / 分 值 / "
              "计 分 办 法 / 考 评 部 门'同样带空格,照录;分值写成'5 分'(数字与单位分开)。页面没有写市名和省份,"
              "province 填 null('首位产业'一词多见于江西,但页面未写明,不推定)。存储页止于第11行指标名的开头"
              "'当年首位产业调度、组织',该残行没有分值和办法,未复制也未入 gold;因此页内分值只合计到95分,"
              "不判 score_total。计分办法短句已改写,数字照录。只有'产业对接专项工作经费'一行写出了满分门槛"
              "(20万元),记为 >= 20 万元;其余行以功效系数法或'每个计2分'计分,没有目标值。"),
}

# 4. 玉林市招商引资项目大兑现 自评表 -- DOCX
YL_PARAS = [
    "上述奖励资金预算共40万,每年在市财政预算中安排专项奖励经费。",
    "八、考核组织",
    ("依据各县(市、区)人民政府及市直各开发园区管委、市招商促进局同市人民政府签订的责任状中明确的"
    "招商引资项目大兑现目标责任,年终由市招商引资项目大兑现工作领导小组办公室牵头,组织相关业务部门"
    "组成考核小组实施考核,在次年1月底前完成,并把奖惩建议方案报市人民政府审定。"),
    "九、本办法的解释工作由市招商引资项目大兑现工作领导小组办公室负责。",
    "十、本暂行办法自印发之日起实施。",
    "附件:1. 玉林市招商引资项目大兑现目标责任完成情况自评表",
    "2. 玉林市各县(市、区)招商引资项目大兑现工作目标责任完成情况考核表",
    "3. 玉林市开发园区招商引资项目大兑现工作目标责任完成情况考核表",
]
YL_GROUPS = [
    ("大兑现合同项目履约率\n(10分)", 4),
    ("大兑现合同项目开竣工率\n(20分)", 4),
    ("大兑现合同项目区外资金到位率 (35分)", 4),
    ("当年完成招商引资项目区外到位资金(含续建项目) (35分)", 3),
]
YL_SUB = [
    "2006年以来新签合同项目数(个)", "2006年以来履约项目数(个)", "履约率(%)", "得分",
    "2006年以来开工项目数(个)", "2006年以来竣工项目数(个)", "开竣工率(%)", "得分",
    "2006年以来到位资金总额(亿)", "2006年以来合同项目投资总额(亿)", "资金到位率(%)", "得分",
    "2008年到位资金总额(亿)", "2008年到位资金目标任务(亿)", "得分",
]
GOLD_YL = {
    "source_urls": [URL_YL],
    "province": "广西壮族自治区",
    "doc_kind": "招商引资项目大兑现目标责任完成情况自评表(考核办法附件,空白表样)",
    "patterns": [5, 8],
    "indicators": [
        ind("大兑现合同项目履约率", unit="%", weight=10),
        ind("大兑现合同项目开竣工率", unit="%", weight=20),
        ind("大兑现合同项目区外资金到位率", unit="%", weight=35),
        ind("当年完成招商引资项目区外到位资金(含续建项目)", unit="亿", weight=35),
    ],
    "goals": [],
    "facts": [
        {"metric": "考核分值合计", "kind": "sum", "total": 100, "parts": [10, 20, 35, 35], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "大兑现合同项目履约率",
         "why": "表中只有计算履约率的栏目,没有目标履约率或计分标准"},
        {"rule": "target.missing_value", "item": "大兑现合同项目开竣工率",
         "why": "没有目标开竣工率,20分如何得分无从核对"},
        {"rule": "target.missing_value", "item": "大兑现合同项目区外资金到位率",
         "why": "没有目标到位率"},
        {"rule": "target.missing_unit", "item": "当年完成招商引资项目区外到位资金(含续建项目)",
         "why": "金额单位写成'(亿)',缺'元',是不规范单位"},
    ],
    "notes": ("存储页是暂行办法全文的第2页,从'以上奖励资金预算共40万…'开始,经第八至十条和附件目录,"
              "到附件1自评表止于'考核总得分'一行(表内全空)。附件目录写'…大兑现目标责任完成情况自评表',"
              "表名写'…大兑现工作目标责任完成情况自评表',两处不一致,照录。表头两层:四个计分组带分值"
              "(10分)(20分)(35分)(35分),下层为项目数、率(%)、得分等15栏;金额栏单位只写'(亿)'。"
              "'被考核单位:(盖章) 考核日期: 年 月 日'是表样文字。'40万'缺'元',是条文中的预算数,不是指标,"
              "不入 indicators。附件2、3不在存储页内。条文长句已改写。"),
}

# 5. 河北 电子商务进农村综合示范 工作管理协议 -- DOCX (running text)
HB_P1_HEAD = ("为加强河北省电子商务进农村综合示范项目的管理、确保示范工作成效和资金使用效率,"
              "省商务厅12月25日同正定等7个电子商务进农村综合示范县签订了工作管理协议。")
HB_GOAL1 = ("按照协议,每个示范县(市)至少建设1个县级电商配送中心,每个行政村(500人以上)建设1个电子商务网点,"
            "示范县(市)电子商务交易额力争在现有基础上年均增长30%以上,占当地消费品零售额的比重明显上升。")
HB_GOAL2 = ("借助电子商务进农村综合示范,我省将搭建农村电商支撑服务体系和农村电子商务培训体系,"
            "扩大电子商务在农村的应用范围,改善农村电子商务的发展环境,"
            "并进一步完善农村物流配送体系,推动电子商务在农村发展。")
GOLD_HB = {
    "source_urls": [URL_HB],
    "province": "河北省",
    "doc_kind": "新闻稿:电子商务进农村综合示范县工作管理协议的目标(目标写在正文里)",
    "patterns": [],
    "indicators": [
        ind("县级电商配送中心", operator=">=", value=1, unit="个",
            target_text="至少建设1个县级电商配送中心"),
        ind("电子商务网点", operator="=", value=1, unit="个",
            target_text="每个行政村(500人以上)建设1个电子商务网点"),
        ind("电子商务交易额", operator=">=", value=30, unit="%",
            target_text="在现有基础上年均增长30%以上"),
        ind("占当地消费品零售额的比重", target_text="明显上升"),
    ],
    "goals": [
        {"kind": "总体目标", "text": HB_GOAL1},
        {"kind": "总体目标", "text": HB_GOAL2},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.vague_wording", "item": "占当地消费品零售额的比重",
         "why": "'明显上升'没有数值和基期"},
        {"rule": "goal.unquantified", "item": HB_GOAL2[:20],
         "why": "构建体系、扩大范围、改善环境等都没有数量或完成时间"},
    ],
    "notes": ("存储页只有两段正文,没有标题、日期行和文号(地址含2014/12/31,未写入文档)。目标全部写在正文里:"
              "每个示范县至少1个县级电商配送中心、每个500人以上行政村1个网点、电商交易额年均增长30%以上。"
              "'每个行政村(500人以上)建设1个'记为 = 1 个(按村计);'年均增长30%以上'记为 >= 30 %,"
              "指标名用正文中被衡量的'电子商务交易额'。两段正文都已改写,数字照录。页面到第二段末尾结束。"),
}

FILES = {
    "blind257_zhaoshang_zhuanban_pingfen.xlsx": GOLD_ZS,
    "blind257_shaoxing_gongye_zhuanxing_zhibiao.docx": GOLD_SX,
    "blind257_shouwei_chanye_kaoping.xlsx": GOLD_SW,
    "blind257_yulin_dadui_xian_ziping.docx": GOLD_YL,
    "blind257_hebei_dianshang_jinnongcun.docx": GOLD_HB,
}

# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
FONT = Font(name="Noto Sans CJK SC", size=10)
BOLD = Font(name="Noto Sans CJK SC", size=12, bold=True)


def set_cjk_font(doc):
    style = doc.styles["Normal"]
    style.font.name = "Noto Sans CJK SC"
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")


def fix_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = "blind257"
    cp.last_modified_by = "blind257"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


def fix_xlsx_props(wb, title):
    p = wb.properties
    p.creator = "blind257"
    p.lastModifiedBy = "blind257"
    p.title = title
    p.created = FIXED_DT
    p.modified = FIXED_DT


def normalize_zip(path):
    """Rewrite a zip (docx/xlsx) with sorted entries and a fixed timestamp."""
    with zipfile.ZipFile(path) as zin:
        items = [(n, zin.read(n)) for n in zin.namelist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in sorted(items):
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z'
                              b"</dcterms:modified>", data)
            zi = zipfile.ZipInfo(name, ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def cell_border(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    borders = tcpr.makeelement(qn("w:tcBorders"), {})
    for edge in ("top", "left", "bottom", "right"):
        el = borders.makeelement(qn("w:" + edge), {qn("w:val"): "single", qn("w:sz"): "4",
                                                   qn("w:color"): "000000"})
        borders.append(el)
    tcpr.append(borders)


def table_with_borders(doc, rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    for row in t.rows:
        for c in row.cells:
            cell_border(c)
    return t


def put(cell, text, bold=False, center=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def fit_rows(ws, first, last, widths):
    """Set row heights so wrapped CJK text does not overlap in the PDF export."""
    for r in range(first, last + 1):
        lines = 1
        for j, w in enumerate(widths, 1):
            v = ws.cell(row=r, column=j).value
            if not v:
                continue
            if j == 3 and ws.cell(row=r, column=4).value is None and w < 20:
                w = w + widths[3]
            per = max(1, int(w / 1.9))
            n = sum(max(1, -(-len(part) // per)) for part in str(v).split("\n"))
            lines = max(lines, n)
        ws.row_dimensions[r].height = 14 * lines + 4


def build_zs(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件三"
    ws["A1"] = "附件三"
    ws["A1"].font = FONT
    ws.merge_cells("A2:D2")
    ws["A2"] = "产业专班招商引资绩效评价指标及评分细则(季度)"
    ws["A2"].font = BOLD
    ws["A2"].alignment = CENTER
    head = ["序号", "指标", "分值", "评分细则"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = FONT
        c.alignment = CENTER
    r = 4
    for no, name, pts, rule in ZS_RULES:
        for j, v in enumerate([no, name, pts, rule], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = FONT
            c.alignment = CENTER if j in (1, 3) else WRAP
        r += 1
    first = r
    for text in ZS_BONUS:
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        c = ws.cell(row=r, column=3, value=text)
        c.font = FONT
        c.alignment = WRAP
        r += 1
    ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(row=first, column=1, value="6").alignment = CENTER
    ws.cell(row=first, column=2, value="加分项").alignment = CENTER
    ws.cell(row=first, column=1).font = FONT
    ws.cell(row=first, column=2).font = FONT
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=4):
        for c in row:
            c.border = BORDER
    for col, w in zip("ABCD", (6, 34, 8, 70)):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 3, r - 1, (6, 34, 8, 70))
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    fix_xlsx_props(wb, "产业专班招商引资绩效评价指标及评分细则(季度)")
    wb.save(path)


def build_sw(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考评计分表"
    ws.merge_cells("A1:D1")
    ws["A1"] = SW_TITLE
    ws["A1"].font = BOLD
    ws["A1"].alignment = CENTER
    for j, h in enumerate(SW_HEAD, 1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = FONT
        c.alignment = CENTER
    r = 3
    for name, pts, how, dept in SW_ROWS:
        for j, v in enumerate([name, pts, how, dept], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.font = FONT
            c.alignment = CENTER if j == 2 else WRAP
        r += 1
    for row in ws.iter_rows(min_row=2, max_row=r - 1, max_col=4):
        for c in row:
            c.border = BORDER
    for col, w in zip("ABCD", (40, 8, 62, 14)):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 2, r - 1, (40, 8, 62, 14))
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    fix_xlsx_props(wb, "2018年度全市首位产业龙头企业发展工作目标管理考评计分表")
    wb.save(path)


def build_sx(path):
    doc = Document()
    set_cjk_font(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    for t in SX_PARAS:
        doc.add_paragraph(t)
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h.add_run("工业经济转型升级评价指标")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph("一、工业提升发展指标(40分)")
    doc.add_paragraph("(一)指标完成(30分)")
    t = table_with_borders(doc, 1 + len(SX_ROWS), 6)
    for j, hd in enumerate(["分类", "指标", "权重", "基准值(%)", "完成值(%)", "分值"]):
        put(t.cell(0, j), hd, bold=True, center=True)
    for i, (grp, name, w, base, done, pts) in enumerate(SX_ROWS, 1):
        if grp is not None:
            put(t.cell(i, 0), grp, center=True)
        put(t.cell(i, 1), name)
        put(t.cell(i, 2), w, center=True)
        put(t.cell(i, 3), base, center=True)
        put(t.cell(i, 4), done, center=True)
        put(t.cell(i, 5), pts, center=True)
    for i in range(1, len(SX_ROWS), 2):
        a = t.cell(i, 0)
        b = t.cell(i + 1, 0)
        keep = a.text
        m = a.merge(b)
        put(m, keep, center=True)
    widths = (Cm(2.2), Cm(9.2), Cm(1.1), Cm(1.8), Cm(1.8), Cm(1.1))
    t.autofit = False
    for colobj, w in zip(t.columns, widths):
        colobj.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    fix_docx_props(doc, "工业经济转型升级评价指标")
    doc.save(path)


def build_yl(path):
    doc = Document()
    set_cjk_font(doc)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    for t in YL_PARAS:
        doc.add_paragraph(t)
    doc.add_paragraph("附件1")
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h.add_run("玉林市招商引资项目大兑现工作目标责任完成情况自评表")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph("被考核单位:(盖章)                                        考核日期:    年  月  日")
    t = table_with_borders(doc, 4, 15)
    col = 0
    for text, span in YL_GROUPS:
        a = t.cell(0, col)
        if span > 1:
            a = a.merge(t.cell(0, col + span - 1))
        put(a, text, bold=True, center=True, size=8)
        col += span
    for j, s in enumerate(YL_SUB):
        put(t.cell(1, j), s, center=True, size=7)
    for j in range(15):
        put(t.cell(2, j), "", size=7)
    m = t.cell(3, 0).merge(t.cell(3, 2))
    put(m, "考核总得分", bold=True, center=True, size=8)
    m2 = t.cell(3, 3).merge(t.cell(3, 14))
    put(m2, "", size=8)
    t.autofit = False
    for colobj in t.columns:
        colobj.width = Cm(1.75)
    for row in t.rows:
        for c in row.cells:
            c.width = Cm(1.75)
    fix_docx_props(doc, "玉林市招商引资项目大兑现工作目标责任完成情况自评表")
    doc.save(path)


def build_hb(path):
    doc = Document()
    set_cjk_font(doc)
    doc.add_paragraph(HB_P1_HEAD + HB_GOAL1)
    doc.add_paragraph(HB_GOAL2)
    fix_docx_props(doc, "电子商务进农村综合示范")
    doc.save(path)


BUILDERS = {
    "blind257_zhaoshang_zhuanban_pingfen.xlsx": build_zs,
    "blind257_shaoxing_gongye_zhuanxing_zhibiao.docx": build_sx,
    "blind257_shouwei_chanye_kaoping.xlsx": build_sw,
    "blind257_yulin_dadui_xian_ziping.docx": build_yl,
    "blind257_hebei_dianshang_jinnongcun.docx": build_hb,
}

# ---------------------------------------------------------------------------
# PDF export, determinism, annotations, checks
# ---------------------------------------------------------------------------


def fix_pdf(path):
    """Blank the dates and /ID in a LibreOffice PDF without changing byte offsets."""
    with open(path, "rb") as f:
        data = f.read()

    def same_len(m):
        s = m.group(0)
        return re.sub(rb"\d", b"0", s)

    data = re.sub(rb"/(CreationDate|ModDate)\s*\(D:[^)]*\)", same_len, data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\1>", same_len, data)

    def hexzero(m):
        return b"<" + b"0" * (len(m.group(0)) - 2) + b">"

    def id_fix(m):
        return re.sub(rb"<[0-9A-Fa-f]+>", hexzero, m.group(0))

    def tag_fix(m):
        return re.sub(rb">[^<]*<", lambda x: b">" + re.sub(rb"[0-9A-Fa-f]", b"0", x.group(0)[1:-1]) + b"<",
                      m.group(0))

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", id_fix, data)
    data = re.sub(rb"<xmpMM:(DocumentID|InstanceID)>[^<]*</xmpMM:\1>", tag_fix, data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+",
                  lambda m: m.group(0)[:-32] + b"0" * 32 if len(m.group(0)) > 32 else m.group(0), data)
    with open(path, "wb") as f:
        f.write(data)


def export_pdf(src):
    outdir = tempfile.mkdtemp(prefix="b257pdf_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, src],
                       check=True, capture_output=True, timeout=180)
        name = os.path.splitext(os.path.basename(src))[0] + ".pdf"
        dst = os.path.join(HERE, name)
        shutil.copyfile(os.path.join(outdir, name), dst)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
    fix_pdf(dst)
    return dst


def squash(s):
    return re.sub(r"\s+", "", s or "")


def pdf_text(path):
    out = subprocess.run(["pdftotext", path, "-"], check=True, capture_output=True).stdout
    return squash(out.decode("utf-8"))


def check_pdf(pdf, gold):
    text = pdf_text(pdf)
    missing = []
    for i in gold["indicators"]:
        for key in ("name", "target_text"):
            v = i.get(key)
            if v and squash(v) not in text:
                missing.append((key, v))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"][:30]))
    for f in gold["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def write_ann(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    rec = {"source": fname}
    rec.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main():
    ok = True
    sums = {}
    for fname, gold in FILES.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        normalize_zip(path)
        pdf = export_pdf(path)
        pdfname = os.path.basename(pdf)
        write_ann(fname, gold)
        write_ann(pdfname, gold)
        miss = check_pdf(pdf, gold)
        if miss:
            ok = False
            print("MISSING in", pdfname, miss)
        sums[fname] = md5(path)
        sums[pdfname] = md5(pdf)
    n_ind = sum(len(g["indicators"]) for g in FILES.values())
    n_goal = sum(len(g["goals"]) for g in FILES.values())
    n_find = sum(len(g["findings"]) for g in FILES.values())
    for k in sorted(sums):
        print(sums[k], k)
    print("indicators", n_ind, "goals", n_goal, "findings", n_find)
    print("CHECK", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
