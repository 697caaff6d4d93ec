# -*- coding: utf-8 -*-
"""blind210: real-layout part (performance self-evaluation / evaluation reports whose
indicator part is told in sentences).

Gold first (as Python data), then the builders.  Each document is written as DOCX with
python-docx, made byte-deterministic, exported to PDF with LibreOffice (own profile), and
checked against `pdftotext` output: every indicator name, target text, goal text and finding
item must appear in the PDF text (whitespace ignored).

Run:  /tmp/venv/bin/python make_blind210_layouts.py
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

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

PART = "blind210"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)
CJK_FONT = "Noto Serif CJK SC"


def ind(level1, level2, name, operator, value, unit, target_text, actual=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------------------
GOLD = {}

# A. Hunan, Yiyang (赫山区/资阳区/安化县): rural dilapidated-house renovation self-evaluation
GOLD["hunan-yiyang-weifanggaizao-zipingbaogao"] = {
    "source_urls": ["https://www.yjbys.com/hr/jixiaokaohe/3633041.html"],
    "province": "湖南省",
    "doc_kind": "绩效自评报告",
    "patterns": [8, 10],
    "indicators": [
        ind(None, None, "农村危改任务", None, 16971, "户", "16971户"),
        ind(None, None, "第一批任务", None, 8167, "户", "8167户"),
        ind(None, None, "第二批任务", None, 8804, "户", "8804户"),
        ind(None, None, "赫山区、资阳区任务", None, 1829, "户", "1829户"),
        ind(None, None, "补助标准", None, 2500, "元/户", "2500元/户"),
        ind(None, None, "重点民生实事任务", None, 9250, "户", "9250户", actual=9250),
        ind(None, None, "省下达任务", None, 7791, "户", "7791户", actual=7791),
        ind(None, None, "第一批任务", None, 3757, "户", "3757户", actual=3757),
    ],
    "goals": [],
    "facts": [
        {"metric": "农村危改任务", "kind": "sum", "total": 16971, "parts": [8167, 8804],
         "unit": "户"},
        {"metric": "补助标准", "kind": "sum", "total": 2500, "parts": [1000, 1500],
         "unit": "元/户"},
        {"metric": "市级配套资金", "kind": "product", "total": 182.9, "parts": [1829, 1000],
         "unit": "万元", "note": "1829户 × 1000元/户 = 182.9万元"},
        {"metric": "区级配套资金", "kind": "product", "total": 274.35, "parts": [1829, 1500],
         "unit": "万元", "note": "1829户 × 1500元/户 = 274.35万元"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "as built (the stored page stops at 「(三)工程建设进度」) the report states only "
                "household counts and a subsidy standard; no benefit indicator"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no satisfaction indicator in the text that was stored"},
    ],
    "notes": "Essay-site copy (yjbys) of a report whose place is not named; 赫山区、资阳区、安化县 "
             "are districts/county of 益阳市, so the province is 湖南省 (inferred). The page title "
             "says 事前绩效评估报告 but the text is a 绩效自评 of 农村危房改造. Targets are told in "
             "running text: each figure with what it counts is a row. 「第一批任务」 occurs twice "
             "(8167户 provincial first batch; 3757户 other districts' first batch) — kept as two "
             "rows with the document's words. Rows 9250/7791/3757 carry actual = value because "
             "the text says 此项工作已全面完成. 市级/区级配套资金 (182.9万元/274.35万元) are funds, "
             "kept as facts, not rows. The stored page stops at the heading 「(三)工程建设进度」; "
             "the document stops there. Site boilerplate at the top (time line, 我要投稿, "
             "intro) is kept in short form, the intro reworded.",
}

# B. Sichuan, Panzhihua, 仁和区同德镇: temporary-relief reserve fund self-evaluation
GOLD["sichuan-panzhihua-linshijiuzhu-zipingbaogao"] = {
    "source_urls": ["http://www.screnhe.gov.cn/zwgk/zdxxgk/czxx/bmyjs/xzjb/tdzrmzf/4187722.shtml"],
    "province": "四川省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [
        ind(None, None, "标准", "<=", 500, "/年", "每人不超过500/年"),
        ind(None, None, "标准", "<=", 500, "/年", "每人不超过500/年"),
        ind(None, None, "群众及残疾人满意度", None, None, "%", None, actual=98),
    ],
    "goals": [
        {"kind": "绩效目标",
         "text": "使困难群众因突发性急难情况后基本生活得到保障,能得到暂时过渡及救助"},
        {"kind": "绩效目标",
         "text": "20211231日之前使困难群众因突发性急难情况后基本生活得到保障,能得到暂时过渡及救助"},
    ],
    "facts": [
        {"metric": "临时救助资金", "kind": "equal", "total": 14280, "parts": [14280],
         "unit": "元", "note": "到位资金14280元 = 兑现救助资金14280元"},
    ],
    "findings": [
        {"rule": "target.missing_unit", "item": "标准",
         "why": "「每人不超过500/年」 gives no money unit (元) before /年"},
        {"rule": "target.duplicate", "item": "标准",
         "why": "the same standard is stated twice (项目基本情况 4 and 资金计划)"},
        {"rule": "target.missing_value", "item": "群众及残疾人满意度",
         "why": "only the achieved 98% is reported; no target value is given to compare"},
        {"rule": "goal.unquantified",
         "item": "使困难群众因突发性急难情况后基本生活得到保障,能得到暂时过渡及救助",
         "why": "no figure, no number of people helped"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "no benefit indicator; 项目绩效情况 gives only satisfaction"},
        {"rule": "coverage.too_few_indicators", "item": "2021年城乡临时救助备用金",
         "why": "one distinct target (a per-person standard) and one satisfaction figure; "
                "no quantity (people helped) indicator"},
    ],
    "notes": "Township self-evaluation report published on the district site. Oddities kept: "
             "list numbers glued to the text (「1使困难群众…」, 「220211231日之前…」 = item 2 + "
             "2021年12月31日 with 年/月 lost), 「2021年年1231日」, headings 「、项目绩效情况」 and "
             "「、评价结论及建议」 without their numerals, and 「500/年」 without 元. The standard "
             "appears twice, so it is two rows (and a duplicate finding). The page stops inside "
             "评价结论及建议 at 「政策宣传不到」; the document stops there. No score or grade is "
             "in the stored part.",
}

# C. Fujian, Zhangping: 2017 road-cleaning evaluation (stored in a Q&A page)
GOLD["fujian-zhangping-daoluqingsao-pingjiabaogao"] = {
    "source_urls": ["https://www.jxknma.com/thread/20201013/8879552.html"],
    "province": "福建省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [
        ind(None, None, "道路清扫保洁面积", None, 121, "万平方米", "约121万平方米"),
    ],
    "goals": [],
    "facts": [
        {"metric": "承包总金额", "kind": "product", "total": 4166.55, "parts": [69.44, 60],
         "unit": "万元",
         "note": "期限5年 = 60个月; 69.44万元 × 60 = 4166.4万元, 4166.55/60 = 69.4425 → "
                 "69.44 (agrees within the rounding of the monthly figure)"},
    ],
    "findings": [
        {"rule": "coverage.too_few_indicators", "item": "2017年度道路清扫保洁项目",
         "why": "only one measured output (清扫保洁面积) in the stored part; no quality, "
                "timeliness or satisfaction indicator"},
    ],
    "notes": "The stored page is a Q&A page titled 「市政道路清扫保洁承包方案,要详细点的」 whose "
             "answer is the 漳平市 2017年度道路清扫保洁项目 evaluation report. Kept as written: "
             "「(漳财〔2015146号)」 (closing bracket and 〕 lost), the dates with 年/月/日 lost "
             "(「20111026日」, 「201431日」, 「(201732)」, 「20177月」, 「20178月」), 「關于」, "
             "「菁城南、菁城北和桂林爿区」. The long background sentences are reworded, keeping "
             "every figure and name. The page stops at 「2017年我市道路清扫保洁项」; the document "
             "stops there. 承包金额 figures are contract facts, not indicators.",
}

# D. Sichuan, provincial market regulation bureau: third-party evaluation of 中央食品监管补助资金 2021
GOLD["sichuan-sheng-shipinjianguan-pingjiabaogao"] = {
    "source_urls": ["http://aqsczx.org.cn/show-23910.html"],
    "province": "四川省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [
        ind(None, None, "食品安全风险监测抽检", None, None, "万批次", None, actual=33.6),
        ind(None, None, "问题检出率", None, None, "%", None, actual=4.42),
        ind(None, None, "国家食品安全监督抽检、评价性抽检和安全风险检测抽检", None, None,
            "批次", None, actual=11909),
        ind(None, None, "食品种类", None, None, "个大类", None, actual=30),
        ind(None, None, "省级食品安全示范县(市、区)", None, None, "个", None, actual=30),
        ind(None, None, "学校食堂“明厨亮灶”", None, None, "万余家", None, actual=2.3),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "食品安全风险监测抽检",
         "why": "33.6万批次 reported as done; the target is not stated"},
        {"rule": "target.missing_value", "item": "问题检出率",
         "why": "4.42% reported; no target or reference value"},
        {"rule": "target.missing_value",
         "item": "国家食品安全监督抽检、评价性抽检和安全风险检测抽检",
         "why": "11909批次 reported; the target is not stated"},
        {"rule": "target.missing_value", "item": "省级食品安全示范县(市、区)",
         "why": "30个 created; no target given"},
        {"rule": "target.missing_value", "item": "抽检不合格食品核查处置率",
         "why": "said to 「达到目标要求」 with neither target nor achieved value"},
        {"rule": "target.missing_value", "item": "食品领域重大案件查办率",
         "why": "said to 「达到目标要求」 with neither target nor achieved value"},
        {"rule": "target.missing_value", "item": "普通食品抽检监测平均成本",
         "why": "said to 「达到目标要求」 with no figure"},
    ],
    "notes": "News item of the 四川省市场监督管理局 (reposted on 安全生产资讯网) reporting a "
             "third-party performance evaluation of the 2021 中央食品监管补助资金. Its "
             "「绩效目标实现情况」 is told as achieved figures only (actual), without targets, so "
             "value/target_text are null and actual holds the figure. Indicators named without a "
             "figure (核查处置率, 查办率, 平均成本, 完成时间 「均达到目标要求」) are not rows; three "
             "are flagged. 「2021度」 in the title kept as written. Score/grade not given. The "
             "page stops at 「省级食品检验」; the document stops there. The long sentences are "
             "reworded keeping every figure.",
}

# E. Henan, Tongxu: third-party evaluation of the 2023 rural dilapidated-house renovation project
GOLD["henan-tongxu-weifanggaizao-pingjiabaogao"] = {
    "source_urls": ["https://m.txzf.gov.cn/sys-nd/5312.html"],
    "province": "河南省",
    "doc_kind": "绩效评价报告",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": "Third-party report (中勤万信会计师事务所(特殊普通合伙)河南分所, for 通许县财政局). "
             "Cover lines (河南分所, 评价报告时间:2024年12月, 目 录) kept. The stored page stops in "
             "the background, inside the title of a 河南省 document 「《河南省住房和城乡建设厅河南省"
             "财政厅河南省民政厅河南省乡村振」; the document stops there, before any goal, indicator "
             "or score. Prose only: no rows, no goals; it tests that nothing is invented. Policy "
             "references (中发〔2020〕30号, 建村〔2021〕35号, 2009年) are kept, the sentences reworded.",
}

# F. Province not named: rural-revitalisation funds self-evaluation (essay-site copy)
GOLD["weizhi-weizhi-xiangcunzhenxing-zipingbaogao"] = {
    "source_urls": ["http://zuowen.c321.cn/baogao/6496317.html"],
    "province": None,
    "doc_kind": "绩效自评报告",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标",
         "text": "切实改善脱贫村和配贫困村群众的生产生活设施条件,补齐基础设施短板;持续落实小额信贷"
                 "贴息、雨露计划、公益性岗位、跨省就业交通补助、防返贫预警、资产收益和产业发展等政策,"
                 "巩固拓展脱贫攻坚成果,推进与乡村振兴的有效衔接。"},
    ],
    "facts": [
        {"metric": "安排资金", "kind": "sum", "total": 19204.096,
         "parts": [14059.11, 1299, 3845.986], "unit": "万元"},
        {"metric": "安排资金", "kind": "sum", "total": 19204.096, "parts": [18501.096, 703],
         "unit": "万元", "note": "支付 + 未支"},
        {"metric": "支付率", "kind": "rate", "stated": 95, "computed": 96.34,
         "numerator": 18501.096, "denominator": 19204.096, "unit": "%"},
    ],
    "findings": [
        {"rule": "consistency.rate", "item": "支付率",
         "why": "18501.096 / 19204.096 = 96.34%, the text says 支付率95%"},
        {"rule": "goal.unquantified",
         "item": "切实改善脱贫村和配贫困村群众的生产生活设施条件,补齐基础设施短板;持续落实小额信贷"
                 "贴息、雨露计划、公益性岗位、跨省就业交通补助、防返贫预警、资产收益和产业发展等政策,"
                 "巩固拓展脱贫攻坚成果,推进与乡村振兴的有效衔接。",
         "why": "a list of programmes with no figure, target count or beneficiary number"},
    ],
    "notes": "Essay-site copy (first of 「精选10篇」) of a county self-evaluation; no place is named "
             "(县人社局 only), so province is null. 「19204.096万」 (unit 元 missing) and "
             "「配贫困村」 kept as written. The goal paragraph was reworded (goal told at length); "
             "the gold holds the reworded text. No indicator row is in the stored part (it stops "
             "in the list of uses at 「公益岗位补助,用于开发农村」); the document stops there.",
}


# ---------------------------------------------------------------------------------------
# DOCUMENT TEXT (rebuilt from the stored pages; long sentences reworded, figures kept)
# Each entry: list of (style, text). style: title / meta / h / p / small
# ---------------------------------------------------------------------------------------
BODY = {}

BODY["hunan-yiyang-weifanggaizao-zipingbaogao"] = [
    ("title", "危房预算项目事前绩效评估报告"),
    ("meta", "时间:2023-02-01 15:18:07 绩效考核 我要投稿"),
    ("h", "危房预算项目事前绩效评估报告7篇"),
    ("small", "报告在工作中用得越来越多,写作时应避免篇幅过长。下面汇集了几篇危房预算项目事前绩效"
              "评估报告,供参考。"),
    ("h", "危房预算项目事前绩效评估报告1"),
    ("p", "按照贵局关于做好20xx年度预算绩效自评工作的通知要求,我局涉及的主要是农村危房改造项目的"
          "绩效自评,现将项目绩效评价情况报告如下:"),
    ("h", "一、项目概况"),
    ("p", "农村危房改造关系千家万户,是市委市政府确定的全市十大“重点民生实事”项目之一。中央和省级"
          "资金集中用于建档立卡贫困户、低保户、农村分散供养特困人员和贫困残疾人家庭等4类重点对象;"
          "市、县配套资金用于提高4类重点对象补助标准、适当支持其他贫困户实施农村危房改造,并解决已"
          "脱贫户仍住危房的问题。"),
    ("h", "二、绩效目标设定及指标完成情况"),
    ("p", "(一)省住建厅下达任务。20xx年,省住建厅分两批下达农村危改任务16971户,第一批任务8167户,"
          "第二批任务8804户,已到位中央和省级补助资金35411.6万元。赫山区、资阳区任务1829户,按2500"
          "元/户的标准,市级配套资金182.9万元(1000元/户),区级配套资金274.35万元(1500元/户)。"
          "这部分配套资金用于提高4类重点对象的补助水平、适当支持其他贫困户改造危房,以及解决已脱贫"
          "户住危房问题。"),
    ("p", "(二)民生实事任务。今年我市重点民生实事任务为9250户,今年安化县脱贫摘帽,省下达任务7791户"
          "须全部完成,其他区县(市)完成第一批任务3757户,此项工作已全面完成,并经市统计局和市重点"
          "民生实事办公室评估认定。"),
    ("p", "(三)工程建设进度"),
]

BODY["sichuan-panzhihua-linshijiuzhu-zipingbaogao"] = [
    ("meta", "当前位置:首页 > 政务公开 > 重点信息公开 > 财政信息 > 部门预决算 > 乡镇街办 > 同德镇"),
    ("title", "攀枝花市仁和区同德镇2021年度部门预算项目支出绩效自评报告 (2021年城乡临时救助备用金)"),
    ("meta", "来源:攀枝花市仁和区同德镇人民政府     发布时间:2022-05-19     选择阅读字号:[ ]     "
             "阅读次数: 0"),
    ("title", "攀枝花市仁和区同德镇2021年度部门预算项目支出绩效自评报告"),
    ("title2", "2021年城乡临时救助备用金"),
    ("h", "一、项目概况"),
    ("p", "(一)项目基本情况。"),
    ("p", "1使困难群众因突发性急难情况后基本生活得到保障,能得到暂时过渡及救助"),
    ("p", "2困难群众因突发性急难情况时基本生活造成困难后基本生活的过渡及救助"),
    ("p", "3覆盖全镇所有因突发性急难情况时基本生活造成困难的群众。"),
    ("p", "4采用每人不超过500/年标准进行救助。"),
    ("p", "(二)项目绩效目标。"),
    ("p", "1使困难群众因突发性急难情况后基本生活得到保障,能得到暂时过渡及救助"),
    ("p", "220211231日之前使困难群众因突发性急难情况后基本生活得到保障,能得到暂时过渡及救助"),
    ("p", "3此项项目申报内容与实际相符,申报目标合理可行。"),
    ("h", "二、项目资金申报及使用情况"),
    ("p", "(一)项目资金申报及批复情况。"),
    ("p", "项目资金的申报、批复和预算调整等程序均已完成。"),
    ("p", "(二)资金计划、到位及使用情况。"),
    ("p", "1.资金计划。"),
    ("p", "计划采用银行卡采用每人不超过500/年标准进行救助。"),
    ("p", "2.资金到位。"),
    ("p", "已在2021年年1231日之前使因突发性急难情况陷入困难的群众基本生活得到保障、得到暂时过渡"
          "及救助。到位资金14280元。"),
    ("p", "3.资金使用。"),
    ("p", "已向因突发性急难情况陷入困难的群众兑现基本生活救助资金14280元。"),
    ("p", "(三)项目财务管理情况。"),
    ("p", "财务管理制度健全并严格执行,账务处理及时,会计核算规范。"),
    ("h", "、项目绩效情况"),
    ("p", "群众及残疾人满意度98%。"),
    ("h", "、评价结论及建议"),
    ("p", "政策宣传不到"),
]

BODY["fujian-zhangping-daoluqingsao-pingjiabaogao"] = [
    ("title", "市政道路清扫保洁承包方案,要详细点的"),
    ("h", "2017年度道路清扫保洁项目"),
    ("p", "为加强和规范道路清扫保洁项目资金管理、提高财政资金使用绩效,我局依据《漳平市财政支出绩效"
          "评价管理办法》(漳财〔2015146号)和环卫处提供的项目评价资料,对2017年度道路清扫保洁项目"
          "资金开展了绩效评价,形成本报告如下:"),
    ("p", "城市道路清扫保洁是城市环境卫生管理的重要环节,既体现城市综合实力,也反映城市管理水平和"
          "文明程度;有效的清扫保洁模式能让城市干净卫生,是创建“卫生城市”、“生态城市”和“文明城市”"
          "的必要条件。依据20111026日市政府环卫专题工作会议及其纪要精神,自2012年元月起由环卫处"
          "统一负责市区主干道、主要街巷和居民区的环卫常规工作。经行政执法局党委及行政领导联席会议"
          "研究同意,在市区实行新的环卫用工和分片区管理方案,由漳平市家家乐物业管理有限公司、漳平市"
          "善勇清洁有限公司和漳平市明远物业服务有限公司分别负责菁城南、菁城北和桂林爿区的环卫清扫"
          "保洁、垃圾收集等工作;201431日起由漳平市明远物业服务有限公司负责城区、桂林垃圾清运工作。"),
    ("p", "根据漳平市人民政府《關于环卫保洁工作社会化专题会议的纪要》(201732)和漳平市城市执法局"
          "《关于审定环卫社会化招标文件专题会议纪要》要求,20177月漳平市环卫道路清扫保洁(垃圾收集)"
          "作业社会化服务项目经公开招标,由福建龙马环卫装备股份有限公司中标,自20178月起承包道路"
          "清扫保洁面积约121万平方米,作业范围包括漳平市城区主要街道、次要道路、公共场所及巷道的"
          "清扫保洁,以及片区内生活垃圾的收集并清运至垃圾中转场等;期限5年,承包总金额4166.55万元,"
          "月承包金额69.44万元。"),
    ("p", "2017年我市道路清扫保洁项"),
]

BODY["sichuan-sheng-shipinjianguan-pingjiabaogao"] = [
    ("meta", "欢迎访问安全生产资讯网!"),
    ("meta", "首页"),
    ("title", "省市场监管局财务处开展 中央食品监管补助资金2021度绩效评价"),
    ("meta", "时间:2022-05-31 来源:四川省市场监督管理局 作者:佚名"),
    ("p", "近期,省市场监管局财务处按照市场监管总局和财政部的有关要求,委托第三方专业咨询机构对2021"
          "年度中央食品监管补助资金开展了项目绩效评价。"),
    ("p", "评价采用现场重点评价与线上评价相结合的方式,对全省2021年度食品监管补助资金、区域绩效目标"
          "的分解下达以及预期绩效目标的实现情况进行了全面梳理和评价,考察了资金使用在产出、效益等"
          "方面的绩效目标实现情况,预期绩效目标全面完成。"),
    ("p", "2021年,我省全年共完成食品安全风险监测抽检33.6万批次,问题检出率4.42%;完成国家食品安全"
          "监督抽检、评价性抽检和安全风险检测抽检11909批次、覆盖辖区30个大类食品种类,成功创建第三批"
          "省级食品安全示范县(市、区)30个;抽检不合格食品核查处置率、食品领域重大案件查办率、普通食品"
          "抽检监测平均成本和完成时间等均达到目标要求。在2020-2021年度市场监管总局本级食品安全承检"
          "机构综合考核评价中,四川省食品检验研究院继2020年度之后再次排名全国第一。"),
    ("p", "我省严格落实疫情防控背景下的进口冷链食品监督抽检,深入推进学校食堂“明厨亮灶”等工作,基本"
          "实现全省2.3万余家学校食堂“明厨亮灶”全覆盖。辖区食品产业健康有序发展,为全省经济社会高"
          "质量发展的稳定起到了积极作用。通过食品安全宣传周、省级食品安全工作表彰宣传、保健食品"
          "“五进”科普宣传和食品安全突发事件应急演练等活动,公众食品安全科普得到深入开展,食品安全"
          "风险隐患进一步得到治理,监管水平和处置能力逐步提高,监管补助资金的经济效益和社会效益进一步"
          "发挥。省级食品检验"),
]

BODY["henan-tongxu-weifanggaizao-pingjiabaogao"] = [
    ("title", "通许县2023年农村危房改造项目"),
    ("title", "绩效评价报告"),
    ("meta", "河南分所"),
    ("meta", "评价报告时间:2024年12月"),
    ("h", "目 录"),
    ("h", "绩效评价报告"),
    ("p", "为落实全面推进预算绩效管理的要求,依据有关法律法规和各级政府的制度规定与指导意见,提高财政"
          "资金配置效率和使用效益,中勤万信会计师事务所(特殊普通合伙)河南分所受通许县财政局委托,于"
          "2024年11月-12月对通许县2023年农村危房改造项目开展预算绩效评价。我们坚持客观、公平、公正"
          "的原则,对评价对象的资金使用情况作了全面分析和综合评价,形成本报告。"),
    ("p", "农村危房改造是党中央、国务院解决农村困难群众住房安全问题的重大民生工程,自2009年起正式"
          "实施。随着乡村振兴工作受到重视,农村危房问题得到越来越多的关注和扶持。《中共中央 国务院"
          "关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》(中发〔2020〕30号)要求健全巩固"
          "拓展脱贫攻坚成果的长效机制,在保持政策稳定、延续的基础上调整优化,继续推进农村危房改造并"
          "扩大保障范围。《中共中央国务院关于全面推进乡村振兴加快农业农村现代化的意见》要求继续实施"
          "农村危房改造和地震高烈度设防地区农房抗震改造;《住房和城乡建设部财政部民政部国家乡村振兴局"
          "关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》(建村〔2021〕35号)提出,"
          "“十四五”期间按照“安全为本、因地制宜、农户主体、提升质量”的原则实施农村危房改造和农房"
          "抗震改造,逐步建立健全农村低收入群体住房安全保障长效机制。"),
    ("p", "《河南省住房和城乡建设厅河南省财政厅河南省民政厅河南省乡村振"),
]

BODY["weizhi-weizhi-xiangcunzhenxing-zipingbaogao"] = [
    ("title", "乡村振兴项目绩效自评报告"),
    ("meta", "时间:2024-05-06 08:19:53 雪桃 报告 我要投稿"),
    ("h", "乡村振兴项目绩效自评报告(精选10篇)"),
    ("small", "报告的用途越来越广,写作时要注意格式。下面收集了几篇乡村振兴项目绩效自评报告,仅供参考。"),
    ("h", "乡村振兴项目绩效自评报告(精选10篇)"),
    ("h", "乡村振兴项目绩效自评报告 1"),
    ("h", "一、项目基本情况"),
    ("p", "(一)绩效目标情况"),
    ("p", GOLD["weizhi-weizhi-xiangcunzhenxing-zipingbaogao"]["goals"][0]["text"]),
    ("p", "(二)资金安排情况"),
    ("p", "20xx年,用于巩固拓展脱贫攻坚成果和乡村振兴建设任务安排资金19204.096万。其中,央省14059.11"
          "万元、市级1299万元、县级3845.986万元,资金已全部到位。"),
    ("h", "二、绩效目标完成情况分析"),
    ("p", "(一)预算执行进度情况分析。"),
    ("p", "20xx年,巩固拓展脱贫攻坚成果和乡村振兴建设任务资金支付18501.096万元,未支703万元,支付率"
          "95%。未支付的部分是暂未审计项目的款项和预留的质保金,待审计结束、质保期满后再办理结算和"
          "支付。"),
    ("p", "(二)总体绩效目标完成情况分析。"),
    ("p", "20xx年巩固拓展脱贫攻坚成果和乡村振兴建设任务资金所安排的项目,实际完成任务量达到了绩效目标"
          "申报的任务量;资金用途均符合央、省衔接资金管理办法,未突破负面清单。"),
    ("p", "跨省交通就业:为跨省就业的脱贫劳动力(含监测对象)解决交通补助,由县人社局动态收集跨省务工"
          "脱贫户、监测户信息,对其务工产生的交通费用按政策给予补助,实报实销。"),
    ("p", "公益岗位补助,用于开发农村"),
]


# ---------------------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------------------
def set_cjk(run, size=None, bold=False):
    run.font.name = CJK_FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for k in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rfonts.set(qn(k), CJK_FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def build_docx(stem, path):
    doc = Document()
    for style, text in BODY[stem]:
        para = doc.add_paragraph()
        if style == "title":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_cjk(para.add_run(text), 16, True)
        elif style == "title2":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_cjk(para.add_run(text), 14, True)
        elif style == "meta":
            set_cjk(para.add_run(text), 9)
        elif style == "small":
            set_cjk(para.add_run(text), 10)
        elif style == "h":
            set_cjk(para.add_run(text), 12, True)
        else:
            para.paragraph_format.first_line_indent = Pt(24)
            set_cjk(para.add_run(text), 12)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = stem
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    deterministic_zip(buf.getvalue(), path)


def deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def to_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to",
                    "pdf", "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF not produced for " + path)
    return pdf


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(stem, pdf):
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                              capture_output=True, text=True).stdout)
    g = GOLD[stem]
    needles = []
    for r in g["indicators"]:
        needles.append(("indicator", r["name"]))
        if r["target_text"]:
            needles.append(("target", r["target_text"]))
    for goal in g["goals"]:
        needles.append(("goal", goal["text"]))
    for f in g["findings"]:
        # a missing dimension is, by definition, absent from the text: not checked
        if f["rule"] != "coverage.missing_dimension":
            needles.append(("finding", f["item"]))
    missing = [(k, n) for k, n in needles if norm(n) not in txt]
    return len(needles), missing


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = 0
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for stem in GOLD:
        docx_path = os.path.join(HERE, stem + ".docx")
        build_docx(stem, docx_path)
        pdf_path = to_pdf(docx_path)
        n, missing = check_pdf(stem, pdf_path)
        status = "ok" if not missing else "MISSING %s" % missing
        print("%-48s needles=%-3d %s" % (stem, n, status))
        problems += len(missing)
        for fname in (os.path.basename(docx_path), os.path.basename(pdf_path)):
            gold = copy.deepcopy(GOLD[stem])
            out = {"source": fname}
            out.update(gold)
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(out, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        totals["docs"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(GOLD[stem][k])
    print("totals:", json.dumps(totals, ensure_ascii=False))
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
