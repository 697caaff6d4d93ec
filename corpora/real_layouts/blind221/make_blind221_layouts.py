# -*- coding: utf-8 -*-
"""blind221: layouts of public lottery-fund (福彩/体彩公益金) performance notices and reports.

Gold first (as Python data), then the builder: DOCX via python-docx, PDF via LibreOffice,
annotations/<file>.json for the source file and its PDF, and a pdftotext check.
Longer sentences are rewritten in my own words; every number, name, unit, date and
organisation is kept as the stored page writes it.
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

PART = "blind221"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD + CONTENT
# block kinds: ("title", text) ("meta", text) ("h", text) ("p", text) ("sign", text)
# ---------------------------------------------------------------------------

DOCS = []

# 1 ---------------------------------------------------------------- national
DOCS.append({
    "stem": "quanguo-zhongyang-shaoniangong-gongyijin-baodao",
    "source_urls": ["https://henan.china.com/nanyang/ticai/2023/0209/2530347526.html"],
    "province": "全国",
    "doc_kind": "新闻报道(彩票公益金项目绩效完成情况)",
    "patterns": [10],
    "blocks": [
        ("p", "乡村学校少年宫项目一直由中央专项彩票公益金长期资助。最近五年里,财政部为支持乡村学校少年宫建设,"
              "累计投入中央专项彩票公益金34.84亿元。"),
        ("p", "中央专项彩票公益金支持乡村学校少年宫项目由中央文明办牵头组织实施,资金主要用来给脱贫县新建的乡村学校少年宫"
              "提供修缮装备补助,并给予运转补助。少年宫坚持公益性,在课余时间和节假日面向项目学校及周边中小学的农村学生"
              "常态化免费开放。活动以社会主义核心价值观为引领,围绕农村孩子德智体美劳全面发展来设计,内容有文体娱乐、"
              "技能培训、体育劳动等,部分地方还做出了特色品牌活动;农村学生可以自己选项目,并定期轮换参加。长期来看,"
              "项目切实提高了农村学生的综合素质和实践能力。"),
        ("p", "根据中央文明办发布的《2021年度中央专项彩票公益金支持乡村学校少年宫项目资金分配使用情况公告》,2021年,"
              "中央专项彩票公益金支持脱贫县新建1000所乡村学校少年宫(修缮装备补助每所15万元,共计15000万元),"
              "并为脱贫县已建成的8868所乡村学校少年宫提供运转补助(平均每所1.5万元,运转补助共计13302万元)。"),
        ("p", "项目让更多农村未成年人受益:一方面,脱贫县已建的8848所乡村少年宫继续为项目学校及周边学校的农村学生服务;"
              "另一方面,新建的1000所乡村少年宫惠及农村未成年人超过55万,受益的未成年人又多了一批。"),
        ("p", "从项目绩效目标完成情况来看,据统计,2021年度项目投入使用率为100%,项目学校平均招募校内外辅导员5人,"
              "平均活动数7.2个,活动室修缮合格率、活动器材使用合格率均大于97%,高质量完成各项产出指标。"),
        ("p", "乡村学校少年宫项目人均投入少、受益人数多,项目绩效高、社会效益好,得到了"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "项目投入使用率", "operator": None, "value": 100, "unit": "%",
         "target_text": "100%", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "校内外辅导员", "operator": None, "value": 5, "unit": "人",
         "target_text": "5人", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "平均活动数", "operator": None, "value": 7.2, "unit": "个",
         "target_text": "7.2个", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "活动室修缮合格率", "operator": ">", "value": 97, "unit": "%",
         "target_text": "大于97%", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "活动器材使用合格率", "operator": ">", "value": 97, "unit": "%",
         "target_text": "大于97%", "actual": None, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "新建乡村学校少年宫修缮装备补助", "kind": "product", "total": 15000, "parts": [1000, 15],
         "unit": "万元", "note": "1000所 × 每所15万元 = 15000万元"},
        {"metric": "已建成乡村学校少年宫运转补助", "kind": "product", "total": 13302, "parts": [8868, 1.5],
         "unit": "万元", "note": "8868所 × 平均每所1.5万元 = 13302万元"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "完成情况只报了产出类数字(使用率、辅导员、活动数、合格率),没有满意度;效益只有定性说法"},
        {"rule": "target.qualitative_no_scale", "item": "项目绩效高、社会效益好",
         "why": "效益只用'绩效高、社会效益好'概括,没有可衡量的指标或分级"},
    ],
    "notes": ("A news article (Henan regional site, 南阳 lottery channel) on the national 乡村学校少年宫 project; "
              "no title stored, the text starts directly. The 2021 completion figures are running-text rows, "
              "recorded as value (the brief's convention for running text), actual null. The page stops in "
              "mid-sentence after '得到了'. Number clash kept as written: 8868所 receive 运转补助 but the next "
              "paragraph says 已建的8848所 — not a rule id, so left in notes. '校内外辅导员' is the per-school average "
              "('项目学校平均招募校内外辅导员5人'); '项目绩效高、社会效益好' is a finding item from the closing sentence."),
})

# 2 ---------------------------------------------------------------- Sichuan
DOCS.append({
    "stem": "sichuan-leshan-fucai-gongyijin-zipingbaogao",
    "source_urls": ["http://jnruibo.com/smzj/gsgg/202506/2ce1727ba395492196d9b248363d13db.shtml"],
    "province": "四川省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "blocks": [
        ("title", "乐山市民政局2024年度中央财政福彩公益金转移支付绩效自评报告"),
        ("meta", "信息来源:市民政局 发布时间:2025-06-27"),
        ("h", "一、绩效目标分解下达情况"),
        ("p", "2024年,依据《四川省财政厅四川省民政厅关于下达2024年中央财政福彩公益金支持社会福利事业资金的通知》"
              "(川财社〔2024〕107号)和《四川省财政厅四川省民政厅关于下达2024年中央集中彩票公益金支持社会福利事业资金预算"
              "(第二批)的通知》(川财社〔2024〕79号),我市共获下达中央福彩公益金870.2万元,"
              "其中老年人福利类675.2万元,用于提档升级农村公办养老机构床位护理能力项目;残疾人福利类90万元,"
              "用于精神障碍社区康复服务人员培训项目和精神障碍社区康复服务发展项目;儿童福利类105万元,"
              "用于孤儿医疗康复“明天计划”、“福彩圆梦·孤儿助学”项目。"),
        ("h", "二、绩效情况分析"),
        ("h", "(一)资金投入情况分析。"),
        ("p", "2024年我市共投入中央福彩公益金870.2万元支持社会福利事业发展,资金主要用在以下三个方面:"),
        ("p", "1.老年福利类资金675.2万元,已使用288.2万元;没有用完,主要是部分项目还在建设中,资金尚未支付。"),
        ("p", "2.残疾人福利类资金90万元,已使用6.81万元;没有用完,主要是部分项目还在实施中,尚未到付款节点。"),
        ("p", "3.儿童福利类资金105万元,已使用65.02万元;没有用完,是因为孤儿资金实行动态管理,按实际人数发放。"),
        ("h", "(二)资金管理情况分析。"),
        ("p", "一是根据民政厅制定的《四川省民政厅福利彩票公益金使用管理办法》和《四川省民政厅福利彩票公益金使用管"),
    ],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标(分解下达)",
         "text": "2024年,依据《四川省财政厅四川省民政厅关于下达2024年中央财政福彩公益金支持社会福利事业资金的通知》"
                 "(川财社〔2024〕107号)和《四川省财政厅四川省民政厅关于下达2024年中央集中彩票公益金支持社会福利事业资金预算"
                 "(第二批)的通知》(川财社〔2024〕79号),我市共获下达中央福彩公益金870.2万元,"
                 "其中老年人福利类675.2万元,用于提档升级农村公办养老机构床位护理能力项目;残疾人福利类90万元,"
                 "用于精神障碍社区康复服务人员培训项目和精神障碍社区康复服务发展项目;儿童福利类105万元,"
                 "用于孤儿医疗康复“明天计划”、“福彩圆梦·孤儿助学”项目。"},
    ],
    "facts": [
        {"metric": "中央福彩公益金下达", "kind": "sum", "total": 870.2, "parts": [675.2, 90, 105], "unit": "万元"},
        {"metric": "老年福利类资金", "kind": "planned_actual", "planned": 675.2, "actual": 288.2, "unit": "万元"},
        {"metric": "残疾人福利类资金", "kind": "planned_actual", "planned": 90, "actual": 6.81, "unit": "万元"},
        {"metric": "儿童福利类资金", "kind": "planned_actual", "planned": 105, "actual": 65.02, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.budget_text",
         "item": "2024年,依据《四川省财政厅四川省民政厅关于下达2024年中央财政福彩公益金支持社会福利事业资金的通知》"
                 "(川财社〔2024〕107号)和《四川省财政厅四川省民政厅关于下达2024年中央集中彩票公益金支持社会福利事业资金预算"
                 "(第二批)的通知》(川财社〔2024〕79号),我市共获下达中央福彩公益金870.2万元,"
                 "其中老年人福利类675.2万元,用于提档升级农村公办养老机构床位护理能力项目;残疾人福利类90万元,"
                 "用于精神障碍社区康复服务人员培训项目和精神障碍社区康复服务发展项目;儿童福利类105万元,"
                 "用于孤儿医疗康复“明天计划”、“福彩圆梦·孤儿助学”项目。",
         "why": "'绩效目标分解下达情况'只写资金怎么分,没有产出或效果目标"},
    ],
    "notes": ("Stored on a hijacked mirror domain (jnruibo.com) of the 乐山 government site. The mirror injected "
              "gambling spam ('365体育网址,皇冠足球体育') into the title and into both document titles in place of "
              "'关于'; I dropped the spam and wrote '关于' back — the only non-verbatim fact edit. The stored page stops "
              "inside 二(二) 资金管理情况分析, before any indicator section, so no indicator rows and no coverage finding "
              "(the rest of the report is unseen). Spending 288.2+6.81+65.02=360.03 is not stated in the document, "
              "so no rate or total is recorded. Prose only."),
})

# 3 ---------------------------------------------------------------- Guangdong
DOCS.append({
    "stem": "guangdong-guangzhou-guerzhuxue-fucai-gonggao",
    "source_urls": ["http://www.sugarmusicstudio.com/thdt/tzgg/qtgg/content/post_10334455.html"],
    "province": "广东省",
    "doc_kind": "福利彩票公益金资助项目信息公告",
    "patterns": [8, 10],
    "blocks": [
        ("p", "为方便社会各界及时了解福利彩票公益金的用途和去向,体现福利彩票“扶老、助残、救孤、济困”的发行宗旨,"
              "接受社会监督,推动福利彩票事业持续健康发展,按照《广州市彩票公益金使用管理办法》《广州市民政局办公室转发"
              "广东省民政厅办公室关于进一步加强彩票公益金使用管理信息公开》的有关要求,现将我单位2024年福利彩票公益金"
              "资助项目信息公告如下:"),
        ("h", "一、项目信息"),
        ("h", "(一)项目名称"),
        ("p", "穗财保〔2022〕129号提前下达中央财政中央集中彩票公益金支持社会福利事业专项资金"),
        ("h", "(二)项目主要内容"),
        ("p", "对年满18周岁后在中华人民共和国境内普通高中、中等职业学校、普通高校连续就读的全日制在校生,以及普通高校中"
              "纳入全国研究生招生计划、连续就读的全日制硕士研究生给予助学资助。"),
        ("h", "(三)项目周期"),
        ("p", "2024年3月-2024年6月"),
        ("h", "(四)资金额度"),
        ("p", "2024年项目结余为1.8万元,实际转移支付1.5万元,结余额度0.3万元,结转至下一年度使用。"),
        ("h", "(五)项目负责人及联系方式"),
        ("p", "项目负责人:陈淑珍,联系电话:020-37127125"),
        ("h", "二、项目成果"),
        ("h", "(一)项目完成情况"),
        ("p", "项目完成情况达到100%。"),
        ("h", "(二)实际效果"),
        ("p", "孤儿助学工程项目帮助我区孤儿完成学业,保证孤儿能持续接受教育,增强了孤儿的就业能力。"),
        ("h", "(三)绩效目标完成情况"),
        ("p", "绩效目标情况:对我区3名已被认定为孤儿身份、年满18岁后在普通全日制本科、普通全日制专科、高等职业学校等"
              "高等院校和中等职业学校就读的中专、大专、本科学生和硕士研究生予以补助。"),
        ("p", "绩效指标完成情况:已按上级文件要求,完成3名符合条件的孤儿助学金补助。"),
        ("h", "三、存在问题及改进措施"),
        ("p", "无。"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "孤儿助学金补助", "operator": None, "value": 3, "unit": "名",
         "target_text": "3名", "actual": 3, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "项目完成情况", "operator": None, "value": None, "unit": "%",
         "target_text": None, "actual": 100, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "绩效目标",
         "text": "对我区3名已被认定为孤儿身份、年满18岁后在普通全日制本科、普通全日制专科、高等职业学校等"
                 "高等院校和中等职业学校就读的中专、大专、本科学生和硕士研究生予以补助。"},
    ],
    "facts": [
        {"metric": "2024年项目结余", "kind": "sum", "total": 1.8, "parts": [1.5, 0.3], "unit": "万元"},
    ],
    "findings": [
        {"rule": "coverage.too_few_indicators", "item": "绩效指标完成情况",
         "why": "只有一个数量类指标(3名孤儿助学金补助),另有一句'完成情况达到100%',不足3个三级指标"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "没有受助孤儿满意度;效果只用文字描述"},
    ],
    "notes": ("Stored on a mirror domain (sugarmusicstudio.com) whose path 'thdt' suggests a 广州 district site "
              "(probably 天河区, not stated in the text: the notice says only '我区'). Whole page stored (ends after "
              "'三、存在问题及改进措施 无。'). '孤儿助学金补助': target 3名 from 绩效目标情况, actual 3 from 绩效指标完成情况. "
              "'项目完成情况达到100%' is a completion figure with no target, recorded as actual. Contact name and phone "
              "kept as written (official contact in a public notice)."),
})

# 4 ---------------------------------------------------------------- Henan
DOCS.append({
    "stem": "henan-suixian-guerzhuxue-fucai-gonggao",
    "source_urls": ["http://www.suixianwang.net/news1/minzheng/zhengwu/2025-06-19/53448.html"],
    "province": "河南省",
    "doc_kind": "福利彩票公益金项目资金使用情况公告",
    "patterns": [8, 10],
    "blocks": [
        ("p", "2024年睢县孤儿助学项目项目由省级福利彩票公益金支持实施。依据《民政部彩票公益金使用管理办法》"
              "(民办发〔2019〕34号)等有关规定,现将项目资金使用情况公告如下:"),
        ("h", "一、项目名称"),
        ("p", "2024年睢县孤儿助学项目。"),
        ("h", "二、项目主要内容"),
        ("p", "项目用于支持“福彩圆梦•孤儿助学工程”,为我县年满18周岁、考入普通全日制本科、专科等学校的13名孤儿发放助学金,"
              "资助孤儿完成学业。"),
        ("h", "三、项目周期"),
        ("p", "1年"),
        ("h", "四、资金额度"),
        ("p", "6万元。"),
        ("h", "五、项目联系人及联系方式"),
        ("p", "徐海涛:0370-8181269"),
        ("h", "六、项目完成情况"),
        ("p", "已完成年度项目任务。"),
        ("h", "七、项目绩效目标及完成情况"),
        ("p", "绩效目标是根据《民政部彩票公益金使用管理办法》《民政部关于进一步加强彩票公益金使用管理的通知》和省财政厅"
              "有关文件规定,按照绩效评价指标体系和绩效评价标准,通过电话回访、现场调研等方式,对“关于调整提前下达2024年"
              "中央集中彩票公益金支持社会福利事业专项资金预算的通知-儿童福利类项目-孤儿助学项目(豫财综〔2023〕221号 "
              "商财预〔2024〕278号)”开展客观评价。"),
        ("p", "项目实施后,13名考上普通全日制本科、专科学校的孤儿得到帮助完成了学业,孤儿的知识技能有所提升,"
              "社会福利事业也得到了促进。"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "资助孤儿", "operator": None, "value": 13, "unit": "名",
         "target_text": "13名", "actual": 13, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "绩效目标",
         "text": "绩效目标是根据《民政部彩票公益金使用管理办法》《民政部关于进一步加强彩票公益金使用管理的通知》和省财政厅"
                 "有关文件规定,按照绩效评价指标体系和绩效评价标准,通过电话回访、现场调研等方式,对“关于调整提前下达2024年"
                 "中央集中彩票公益金支持社会福利事业专项资金预算的通知-儿童福利类项目-孤儿助学项目(豫财综〔2023〕221号 "
                 "商财预〔2024〕278号)”开展客观评价。"},
    ],
    "facts": [
        {"metric": "资金额度", "kind": "amount", "total": 6, "parts": [], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.process_only",
         "item": "绩效目标是根据《民政部彩票公益金使用管理办法》《民政部关于进一步加强彩票公益金使用管理的通知》和省财政厅"
                 "有关文件规定,按照绩效评价指标体系和绩效评价标准,通过电话回访、现场调研等方式,对“关于调整提前下达2024年"
                 "中央集中彩票公益金支持社会福利事业专项资金预算的通知-儿童福利类项目-孤儿助学项目(豫财综〔2023〕221号 "
                 "商财预〔2024〕278号)”开展客观评价。",
         "why": "'绩效目标'一句只讲依据和评价方式(电话回访、现场调研),没有说要达到什么"},
        {"rule": "coverage.too_few_indicators", "item": "资助孤儿",
         "why": "唯一可量化的指标是13名孤儿;无质量、时效、满意度指标"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "做了电话回访却没有报满意度"},
    ],
    "notes": ("Local news portal (睢县网) reprinting the 民政局 notice. Stored page ends after 七 (a table cell "
              "separator '|' follows). Doubled '项目项目' in the first sentence kept as written. The notice says the "
              "project is funded by 省级福利彩票公益金 but the evaluated budget document is a 中央集中彩票公益金 notice "
              "(豫财综〔2023〕221号) — kept, mentioned here, no rule id fits. '资助孤儿': target 13名 from 二 项目主要内容, "
              "actual 13 from 七. The indicator name is the document's own phrase '资助孤儿完成学业' without the rest."),
})

# 5 ---------------------------------------------------------------- Jiangsu
DOCS.append({
    "stem": "jiangsu-liyang-ticai-gongyijin-gonggao",
    "source_urls": ["https://www.liyang.gov.cn/html/czly/2023/AQAFAJIK_0627/31276.html"],
    "province": "江苏省",
    "doc_kind": "体育彩票公益金使用情况公告",
    "patterns": [8, 10],
    "blocks": [
        ("p", "为加强体育彩票公益金管理、促进体育事业发展,依据《彩票管理条例》和《彩票公益金管理办法》有关规定,"
              "现将我市2022年体育彩票公益金使用情况公告如下:"),
        ("h", "一、2022年度体育彩票公益金总收支情况"),
        ("p", "2022年,我市体育彩票公益金预算安排 996.8182万元,总支出996.8182万元。"),
        ("h", "二、2022年体育彩票公益金总支出情况"),
        ("p", "(一)资助或组织开展全民健身活动136.00万元:主要用于28个全市群众性比赛活动类项目的公共体育服务购买。"),
        ("p", "(二)援建和维护公共体育场地、设施支出603.4470万元:主要用于:2022年度政府重点工程项目全市城乡12片笼式篮球场地"
              "建设302.10万元、全市各镇(区、街道)健身路径器材采购229.854万元、全市原有健身场地设施设备维修维护62.157万元"
              "以及上沛体育公园标识标牌制作安装9.336万元。"),
        ("p", "(三)办赛补贴 191.3712万元:主要用于2022中国国际标准舞(体育舞蹈)锦标赛191.3712万元。"),
        ("p", "(四)组织开展全民健身科学研究与宣传51.00万元:主要用于对我市所有乡镇、街道全民健身场地设施的全面普查以及"
              "国民体质监测站向市民实行免费开放的体质监测。"),
        ("p", "(五)资助群众体育社团组织和队伍建设发展15.00万元:主要资助市老年体协配套工作经费。"),
        ("p", "我局严格按照《彩票公益金管理办法》等规定使用资金,在公益金使用范围内做到合理安排、专款专用,体现体育彩票公益金"
              "“取之于民,用之于民”的公益性,为我市体育事业健康、稳定、持续发展发挥了积极作用。"),
        ("sign", "溧阳市文体广电和旅游局"),
        ("sign", "2023年6月27日"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "群众性比赛活动类项目", "operator": None, "value": 28, "unit": "个",
         "target_text": "28个", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "笼式篮球场地", "operator": None, "value": 12, "unit": "片",
         "target_text": "12片", "actual": None, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "2022年体育彩票公益金总支出", "kind": "sum", "total": 996.8182,
         "parts": [136.00, 603.4470, 191.3712, 51.00, 15.00], "unit": "万元"},
        {"metric": "援建和维护公共体育场地、设施支出", "kind": "sum", "total": 603.4470,
         "parts": [302.10, 229.854, 62.157, 9.336], "unit": "万元"},
        {"metric": "体育彩票公益金预算安排与总支出", "kind": "planned_actual", "planned": 996.8182, "actual": 996.8182,
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "公告只列支出用途和数量(28个项目、12片场地),没有效果或满意度,末段只有定性表态"},
    ],
    "notes": ("County-level city government site, whole notice stored (ends with 落款 and date). Items (一)–(五) kept "
              "close to verbatim because they are amounts; the closing paragraph rewritten. The two counts in running "
              "text (28个群众性比赛活动类项目, 12片笼式篮球场地) are indicator rows by the brief's running-text rule "
              "(value = figure, no operator). Both sums check: 136+603.447+191.3712+51+15 = 996.8182; "
              "302.10+229.854+62.157+9.336 = 603.447. The closing paragraph cites 《彩票公益金管理办法》 as the stored page does."),
})

# 6 ---------------------------------------------------------------- Hubei
DOCS.append({
    "stem": "hubei-guangshui-ticai-gongyijin-gonggao",
    "source_urls": ["http://www.guangshui.gov.cn/jcxxgkpt/bmxxgk/swhhlyj_16323/fdzdgknr_15747/czzj_21550/czzxzj_21552/"
                    "202507/t20250709_1346832.shtml"],
    "province": "湖北省",
    "doc_kind": "体育彩票公益金筹集使用情况公告",
    "patterns": [8, 10],
    "blocks": [
        ("p", "为落实《彩票管理条例》,按照《彩票管理条例实施细则》和《彩票公益金管理办法》的要求,现将2024年本级体育彩票"
              "公益金筹集、使用情况公告如下:"),
        ("h", "一、彩票公益金分配情况"),
        ("p", "2024年本级体育彩票公益金总收入221万元,2024年体育彩公益金总支出221万元。"),
        ("h", "二、本级体育彩票公益金使用情况"),
        ("p", "(一)本级体育彩票公益金用于全民健身支出198万元,占总数的89.59%。其中:"),
        ("p", "1.用于建设和维护公共体育场地和设施(捐赠体育健身器材)151万元;"),
        ("p", "2.用于资助或组织开展全民健身活动9万元;"),
        ("p", "3.用于资助群众体育组织和队伍建设38万元。"),
        ("p", "(二)用于支持竞技体育资助项目23万元,占总数的10.41%。其中:"),
        ("p", "1.用于体育赛事组织20万元;"),
        ("p", "2.用于支持赛事参赛3万元。"),
        ("p", "特此公告。"),
        ("sign", "广水市文化和旅游局"),
        ("sign", "2025年6月20日"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2024年本级体育彩票公益金总支出", "kind": "sum", "total": 221, "parts": [198, 23], "unit": "万元"},
        {"metric": "全民健身支出", "kind": "sum", "total": 198, "parts": [151, 9, 38], "unit": "万元"},
        {"metric": "竞技体育资助项目", "kind": "sum", "total": 23, "parts": [20, 3], "unit": "万元"},
        {"metric": "支出占比", "kind": "percent_sum", "total": 100, "parts": [89.59, 10.41], "unit": "%"},
        {"metric": "全民健身支出占总数", "kind": "rate", "numerator": 198, "denominator": 221, "stated_rate": 89.59,
         "unit": "%"},
        {"metric": "竞技体育资助项目占总数", "kind": "rate", "numerator": 23, "denominator": 221, "stated_rate": 10.41,
         "unit": "%"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "产出指标",
         "why": "公告只有金额和占比,没有任何产出数量或效果"},
    ],
    "notes": ("Whole notice stored (ends with 落款; the site's leave-page prompt after it is not part of the notice). "
              "Typo '体育彩公益金' kept. All sums and both stated shares check (198/221 = 89.59%, 23/221 = 10.41%). "
              "Prose only, no indicator rows, no goals."),
})

# ---------------------------------------------------------------------------
# BUILDER
# ---------------------------------------------------------------------------

FONT = "Noto Serif CJK SC"


def _set_font(run, size=None, bold=None):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def build_docx(doc_spec, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for kind, text in doc_spec["blocks"]:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = 1
            _set_font(p.add_run(text), 16, True)
        elif kind == "meta":
            p = d.add_paragraph()
            p.alignment = 1
            _set_font(p.add_run(text), 9)
        elif kind == "h":
            p = d.add_paragraph()
            _set_font(p.add_run(text), 12, True)
        elif kind == "sign":
            p = d.add_paragraph()
            p.alignment = 2
            _set_font(p.add_run(text), 11)
        else:
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(22)
            _set_font(p.add_run(text), 11)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = doc_spec["stem"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    _deterministic_zip(buf.getvalue(), path)


def _deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(doc_spec, pdf):
    txt = norm(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout)
    missing = []
    items = []
    for ind in doc_spec["indicators"]:
        items.append(("indicator.name", ind["name"]))
        if ind["target_text"]:
            items.append(("indicator.target_text", ind["target_text"]))
    for g in doc_spec["goals"]:
        items.append(("goal", g["text"]))
    for f in doc_spec["findings"]:
        # a missing dimension is by definition absent from the text
        if f["rule"] == "coverage.missing_dimension":
            continue
        items.append(("finding.item", f["item"]))
    for what, s in items:
        if norm(s) not in txt:
            missing.append((what, s))
    return missing


def gold(doc_spec, source):
    return {
        "source": source,
        "source_urls": doc_spec["source_urls"],
        "province": doc_spec["province"],
        "doc_kind": doc_spec["doc_kind"],
        "patterns": doc_spec["patterns"],
        "indicators": doc_spec["indicators"],
        "goals": doc_spec["goals"],
        "facts": doc_spec["facts"],
        "findings": doc_spec["findings"],
        "notes": doc_spec["notes"],
    }


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for spec in DOCS:
        docx_name = spec["stem"] + ".docx"
        pdf_name = spec["stem"] + ".pdf"
        docx_path = os.path.join(HERE, docx_name)
        build_docx(spec, docx_path)
        export_pdf(docx_path)
        for src in (docx_name, pdf_name):
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold(spec, src), f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check_pdf(spec, os.path.join(HERE, pdf_name))
        status = "ok" if not miss else "MISSING %r" % miss
        bad += bool(miss)
        print("%-55s rows=%d goals=%d facts=%d findings=%d %s" % (
            spec["stem"], len(spec["indicators"]), len(spec["goals"]), len(spec["facts"]),
            len(spec["findings"]), status))

    def tot(k):
        return sum(len(s[k]) for s in DOCS)

    print("TOTAL docs=%d rows=%d goals=%d facts=%d findings=%d" % (
        len(DOCS), tot("indicators"), tot("goals"), tot("facts"), tot("findings")))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
