#!/usr/bin/env python3
"""Build blind part 47 of the real-layout corpus.

Six stored public pages (see SOURCES.md) reproduced as DOCX reports/notices, each with a
LibreOffice PDF export, and one hand-written gold JSON per document.  Facts (indicator names,
values, units, amounts, dates, defects) are kept as the page has them; longer sentences are
re-worded.  Every DOCX is byte-identical between runs (pinned core properties, every zip
entry dated 2025-01-01, fixed entry order).

usage: make_blind47_layouts.py [--no-pdf]
"""
import copy
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


def ind(l1, l2, name, op, value, unit, target, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": target, "actual": actual, "weight": weight,
            "score": score}


# ---------------------------------------------------------------------------------------
# DOCS: blocks are ("title", text) | ("sub", text) | ("h", text) | ("p", text)
#       | ("table", rows)  -- rows: list of list of str; None = merge with cell to the left
# ---------------------------------------------------------------------------------------
DOCS = [
    # 1 ------------------------------------------------------------------------------
    {
        "file": "yn-mile-mine-restoration-selfreport.docx",
        "blocks": [
            ("table", [["索引号", "20240930-111605-211"],
                       ["发布机构", ""],
                       ["文号", ""],
                       ["发布日期", "2023-04-23"],
                       ["有效性", "有效"]]),
            ("title", "弥勒市自然资源局2022年度项目支出绩效单位自评报告"),
            ("sub", "2022年度项目支出绩效单位自评报告——(弥财农指〔2022〕26号弥勒市2022年重点生态区历史遗留矿山生态修复治理项目经费)"),
            ("h", "一、基本情况"),
            ("h", "(一)项目概况。"),
            ("p", "按照《红河州财政局 红河州自然资源和规划局关于下达2022年重点生态区历史遗留矿山修复治理任务补助资金的通知》(红财资环发〔2022〕75号),"
                  "本市于2022年7月4日收到上级下达的补助资金590万元,专门用于完成2022年重点生态区历史遗留矿山的修复治理任务。"
                  "纳入本年度治理的历史遗留矿山有白砂坡、虹其、习岗哨砂场,以及西三镇宝银厂建筑石料用灰岩矿和麟马新寨饰面用石灰岩矿。"),
            ("h", "(二)项目绩效目标。"),
            ("p", "1.总体目标:该项目主要涉及产出指标、效益指标、满意度指标。"),
            ("p", "2.阶段性目标:数量指标-修复历史遗留矿山面积大于等于610亩;质量指标-修复后的地质环境稳定程度提升;"
                  "时效指标-2022年完成《2022年重点生态区历史遗留矿山修复治理项目实施方案》编制工作;"
                  "社会效益指标-实施区域矿山地质灾害隐患下降、实施区域群众生命财产安全保障提升;"
                  "生态效益指标-实施区域矿山生态状况改善、实施区域矿山露天矿山扬尘下降;"
                  "服务对象满意度指标-实施区域受益人群满意度大于等于80%。"),
            ("h", "(三)项目组织管理情况。"),
            ("p", "1.弥勒县竹园镇白砂坡砂厂、弥勒县竹园镇虹其采砂场、弥勒县习岗哨砂场管理情况。"),
            ("p", "三处砂场的《生态修复实施方案》已经编好,2022年11月16日取得《红河州自然资源和规划局关于弥勒市2022年度重点生态区历史遗留矿山"
                  "(白砂坡、虹其、习岗哨砂场)生态修复实施方案的批复》(红自然资修〔2022〕69号),并在同日于“云南省公共资源交易中心(红河州)"),
        ],
        "gold": {
            "source_urls": ["https://www.hhml.gov.cn/info/138472/567852.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [6, 8, 10],
            "indicators": [
                ind("产出指标", "数量指标", "修复历史遗留矿山面积", ">=", 610, "亩", "大于等于610亩"),
                ind("产出指标", "质量指标", "修复后的地质环境稳定程度", None, None, None, "提升"),
                ind("产出指标", "时效指标", "《2022年重点生态区历史遗留矿山修复治理项目实施方案》编制工作", None, None, None, "2022年完成"),
                ind("效益指标", "社会效益指标", "实施区域矿山地质灾害隐患", None, None, None, "下降"),
                ind("效益指标", "社会效益指标", "实施区域群众生命财产安全保障", None, None, None, "提升"),
                ind("效益指标", "生态效益指标", "实施区域矿山生态状况", None, None, None, "改善"),
                ind("效益指标", "生态效益指标", "实施区域矿山露天矿山扬尘", None, None, None, "下降"),
                ind("满意度指标", "服务对象满意度指标", "实施区域受益人群满意度", ">=", 80, "%", "大于等于80%"),
            ],
            "goals": [
                {"kind": "总体目标", "text": "该项目主要涉及产出指标、效益指标、满意度指标。"},
                {"kind": "目标", "text": "阶段性目标:修复历史遗留矿山面积大于等于610亩;修复后的地质环境稳定程度提升;2022年完成实施方案编制;地质灾害隐患下降、生命财产安全保障提升;矿山生态状况改善、露天矿山扬尘下降;受益人群满意度大于等于80%。"},
            ],
            "facts": [
                {"metric": "2022年重点生态区历史遗留矿山修复治理任务补助资金", "kind": "budget", "planned": 590, "actual": None, "stated_rate": None, "unit": "万元"},
            ],
            "findings": [
                {"rule": "target.vague_wording", "item": "修复后的地质环境稳定程度", "why": "质量指标 target is only '提升', no value or baseline"},
                {"rule": "target.vague_wording", "item": "实施区域矿山地质灾害隐患", "why": "社会效益 target is only '下降', no count of hazard points or baseline"},
                {"rule": "target.vague_wording", "item": "实施区域群众生命财产安全保障", "why": "社会效益 target is only '提升'"},
                {"rule": "target.vague_wording", "item": "实施区域矿山生态状况", "why": "生态效益 target is only '改善', no measurable value"},
                {"rule": "target.vague_wording", "item": "实施区域矿山露天矿山扬尘", "why": "生态效益 target is only '下降', no dust value or baseline"},
                {"rule": "goal.unquantified", "item": "该项目主要涉及产出指标、效益指标、满意度指标", "why": "the 总体目标 only names the three indicator classes; it states no output, quantity or effect"},
            ],
            "notes": "弥勒市自然资源局 2022 self-evaluation of the 历史遗留矿山生态修复 funds (590万元, 红财资环发〔2022〕75号). The page gives the 阶段性目标 as one run of labelled targets '二级-名称+目标' (8 indicators, levels taken from the labels); kept verbatim, split into name and target by us. "
                     "The stored page stops inside (三) 项目组织管理情况, in the sentence about the 公共资源交易中心 ('云南省公共资源交易中心(红河州)'); no results, no 得分. "
                     "Judgement calls: the 时效 row names a year ('2022年完成') as its deadline: not flagged as time_no_deadline; it also measures a process (编制方案), noted only. "
                     "The 阶段性目标 paragraph is kept as a second goal (kind 目标) besides being the indicator list. Index block (索引号/发布机构/文号/发布日期/有效性) kept as a small table with two empty cells; '弥勒县' (old name) kept in the 组织管理 heading. "
                     "Both coverage dimensions are present (产出, 效益, 满意度), so no coverage finding.",
        },
    },
    # 2 ------------------------------------------------------------------------------
    {
        "file": "jx-zhanggong-forest-pest-targets.docx",
        "blocks": [
            ("p", "您当前所在位置: 首页>部门信息公开目录>市林业局章贡分局>财经信息"),
            ("title", "章贡区2019年林业有害生防治项目立项依据、实施主体、预算安排及绩效目标情况公示"),
            ("p", "访问量:"),
            ("h", "一、立项依据"),
            ("p", "《章贡区2019-2020年度松材线虫病防治实施方案》、《赣州市松材线虫病防控歼灭战行动方案的通知》"),
            ("h", "二、实施主体"),
            ("p", "由赣州市林业局章贡分局牵头组织,各镇负责具体实施。"),
            ("h", "三、预算安排"),
            ("p", "按照财政预算安排,本项目全年预算数为 362万元,执行数为362万元。"),
            ("h", "四、绩效目标"),
            ("p", "全区主要森林病虫害发生面积2.06万亩,发生率8.06%;防治作业面积19.699万亩,无公害防治面积19.699亩, 无公害防治率100%;"
                  "全区林业有害生物成灾面积1124亩,成灾率4‰;林业有害生物调查累计监测面积约111.45万亩,监测覆盖率100%,"
                  "去年预测发生面积1.88万亩,测报准确率91%;实施产地检疫种苗面积398亩,种苗产地检疫率100%;检疫复检率100%。"),
            ("p", "全区林业有害生物防治“四率”目标全部达到,全年除治松材线虫病8万多株,防控责任目标任务全部完成。"
                  "2019年度共清理病枯死亡松林19.699万亩,伐除枯死、病死松树8万余株。"),
        ],
        "gold": {
            "source_urls": ["http://www.zgq.gov.cn/zgqxxgk/c114310/202105/3793ce55f7f14b7883b99c0fa3389ada.shtml"],
            "province": "江西",
            "doc_kind": "绩效目标公示",
            "patterns": [6, 8, 10],
            "indicators": [
                ind(None, None, "主要森林病虫害发生面积", None, 2.06, "万亩", "2.06万亩"),
                ind(None, None, "发生率", None, 8.06, "%", "8.06%"),
                ind(None, None, "防治作业面积", None, 19.699, "万亩", "19.699万亩"),
                ind(None, None, "无公害防治面积", None, 19.699, "亩", "19.699亩"),
                ind(None, None, "无公害防治率", None, 100, "%", "100%"),
                ind(None, None, "林业有害生物成灾面积", None, 1124, "亩", "1124亩"),
                ind(None, None, "成灾率", None, 4, "‰", "4‰"),
                ind(None, None, "林业有害生物调查累计监测面积", None, 111.45, "万亩", "约111.45万亩"),
                ind(None, None, "监测覆盖率", None, 100, "%", "100%"),
                ind(None, None, "测报准确率", None, 91, "%", "91%"),
                ind(None, None, "实施产地检疫种苗面积", None, 398, "亩", "398亩"),
                ind(None, None, "种苗产地检疫率", None, 100, "%", "100%"),
                ind(None, None, "检疫复检率", None, 100, "%", "100%"),
                ind(None, None, "年度松材线虫病除治", ">", 8, "万株", "8万多株"),
            ],
            "goals": [
                {"kind": "目标", "text": "全区林业有害生物防治“四率”目标全部达到,全年除治松材线虫病8万多株,防控责任目标任务全部完成。"},
            ],
            "facts": [
                {"metric": "2019年林业有害生物防治项目", "kind": "budget", "planned": 362, "actual": 362, "stated_rate": None, "unit": "万元"},
            ],
            "findings": [
                {"rule": "target.unit_mismatch", "item": "无公害防治面积", "why": "19.699 written with 亩 while 防治作业面积 is 19.699万亩 and 无公害防治率 is 100%: the unit should be 万亩"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标", "why": "the published 绩效目标 lists areas and rates only; no satisfaction target at all"},
            ],
            "notes": "赣州 章贡区 (市林业局章贡分局) 公示 of the 2019 林业有害生物防治 project: 立项依据, 实施主体, 362万元 budget (executed 362), and the 绩效目标 as one run-on list of named figures with no 一级/二级 levels (levels null; 14 indicators, operators only where a word gives one: '8万多株' read as >). "
                     "The page is whole (it ends after the 2019 results sentence). Title typo '林业有害生防治' (missing 物) and the stray space in '362万元' kept. "
                     "Judgement calls: '去年预测发生面积1.88万亩' is the basis of 测报准确率, not a target: not an indicator. '约111.45万亩' kept with operator null. The list mixes targets and what was done (the section is headed 绩效目标, actual left null). "
                     "The '19.699亩' unit slip is filed under target.unit_mismatch (closest rule id). Coverage: rates such as 成灾率 are read as effects, so only 满意度 is flagged missing.",
        },
    },
    # 3 ------------------------------------------------------------------------------
    {
        "file": "tj-baodi-forest-pest-evalreport.docx",
        "blocks": [
            ("title", "宝延区2019年林业改革发展资金支出绩效评价报告"),
            ("p", "依据天津市财政局关于下达中央财政2019年林业改 革发展资金预算的通知(津财综指【2019】6号)的要求,结合我区实际,这笔资金主要用来购买防治药剂和防治药械,"
                  "以及支付雇用除害防治队的费用等。我委将加强资金管理,保证专款专用,提高资金的使用效益。"),
            ("h", "一、基本情况"),
            ("h", "(-)项目概况"),
            ("p", "宝垠区现有林地面积54. 96万亩,树种以杨、柳为主,比较单一。辖区内主要林木病虫害有:春尺蟆、美国白 蛾、杨小舟蛾、杨扇舟蛾、国槐尺蟆、光肩星天牛、杨树溃 疡病和杨树烂皮病。"),
            ("p", "全年累计防治面积98. 33万亩,美国白蛾累计防治作业 面积78. 49万亩,其中飞机防治16万亩;春尺蟾累计防治 面积10.5万亩,其中飞机防治8万亩;其它病虫害发生较 轻,累计防治面积9.34万亩。"
                  "全区共组建防治队118个,动用防治器械118台,出动9900人次,使用农药50余吨。"),
            ("p", "防治后,林业有害生物成灾率低于2.2%。,无公害防治率高于 95%;同时加强美国白蛾防治,控制危害程度、压缩发生范围,防治后实现平均寄主叶片保存率不低于85%O"),
            ("h", "(-)项目绩效目标"),
            ("p", "宝诋区2019年林业有害生物防治工作通过市规划和自 然资源局检查验收,林业有害生物防治率达到上级下达的指 标;林业改革发展资金30万元,资金已经到位。"),
            ("h", "二、绩效评价工作开展情况"),
            ("p", "开展绩效评价,是为了给完成工作增添动力,也为了更清楚地划定工作内容及其应达到的标准。绩效评价对象是宝垠区 农业农村委"),
        ],
        "gold": {
            "source_urls": ["https://m.taowenge.com/p-72855839.html"],
            "province": "天津",
            "doc_kind": "评价报告",
            "patterns": [6, 10],
            "indicators": [
                ind(None, None, "林业有害生物成灾率", "<", 2.2, "%", "低于2.2%。"),
                ind(None, None, "无公害防治率", ">", 95, "%", "高于 95%"),
                ind(None, None, "平均寄主叶片保存率", ">=", 85, "%", "不低于85%O"),
                ind(None, None, "林业有害生物防治率", None, None, None, "达到上级下达的指 标"),
            ],
            "goals": [
                {"kind": "目标", "text": "宝诋区2019年林业有害生物防治工作通过市规划和自然资源局检查验收,林业有害生物防治率达到上级下达的指标"},
            ],
            "facts": [
                {"metric": "全年累计防治面积", "kind": "sum", "total": 98.33, "parts": [78.49, 10.5, 9.34]},
                {"metric": "林业改革发展资金", "kind": "budget", "planned": 30, "actual": None, "stated_rate": None, "unit": "万元"},
            ],
            "findings": [
                {"rule": "target.missing_value", "item": "林业有害生物防治率", "why": "the 项目绩效目标 only says the rate must reach '上级下达的指标', no figure"},
                {"rule": "goal.unquantified", "item": "宝诋区2019年林业有害生物防治工作通过市规划和自然资源局检查验收", "why": "the only stated goal is passing the inspection and reaching an unnamed upper-level rate"},
            ],
            "notes": "天津 宝坻区 农业农村委, 2019 中央林业改革发展资金 (30万元) evaluation report, from a document mirror's text layer: the mirror's OCR damage is kept (district name as 宝延区 / 宝垠区 / 宝诋区, 春尺蟆 / 春尺蟾, '(-)' for (一), spaces inside numbers '54. 96' '98. 33' '78. 49', '2.2%。' where ‰ was probably meant, '85%O', broken words '林业改 革', '白 蛾', '指 标'). "
                     "The stored page stops in 二、绩效评价工作开展情况 at '绩效评价对象是宝垠区 农业农村委'. Sum 98.33 = 78.49 + 10.5 + 9.34 holds. "
                     "Judgement calls: the three rates stated after '防治后' read as targets reached, kept as indicators with actual null (no separate result figure is given); 成灾率 'below 2.2%' would be absurdly high for a ‰ measure, but the unit is kept as written and not flagged. "
                     "No coverage finding: the report is cut before its indicator analysis and lists its targets only in passing. Mirror header chrome ('由会员分享…') left out.",
        },
    },
    # 4 ------------------------------------------------------------------------------
    {
        "file": "ah-jiuhuashan-air-monitoring-selfreport.docx",
        "blocks": [
            ("p", "根据风景区财政局《关于开展2021年度预算绩效目标完成情况单位自评、部门评价工作的通知》(九财字[2021]65号)的要求,"
                  "我单位对环境监测站2021年度百岁宫大气监测专项项目的资金使用和管理情况进行了自评,现将自评情况报告如下:"),
            ("h", "一、基本情况"),
            ("h", "(一)项目概况"),
            ("h", "1.项目立项背景及目的"),
            ("p", "为落实习近平生态文明思想、做好生态环境质量监测,给风景区环境管理和群众环境权益保障提供技术支持,预算中安排了九华山百岁宫大气监管项目专项资金。"
                  "本次评价依照风景区财政局的绩效评价规定,由单位自行对项目立项、资金使用和项目成果进行综合评价。"),
            ("h", "2.预算资金来源及使用情况"),
            ("p", "(1)预算安排情况"),
            ("p", "百岁宫大气监测专项经费预算数为16万元,其中百岁宫大气自动监测站委托第三方运行维护经费10万元,"
                  "百岁宫大气自动站电费、专线网络费、高级纸带及易损零配件费用6万元,用于百岁宫站点空气质量自动监测系统的日常运行维护(包括日常运维常规耗材)。"),
            ("p", "(2)资金使用情况"),
            ("p", "2021年度百岁宫大气监测专项项目经费实际执行数为10.01万元,预算执行率为63%。"),
            ("h", "(二)项目绩效指标"),
            ("p", "做好百岁宫站点空气质量自动监测系统的日常运行维护,持续在九华山管委会网站和池州市政务协同办公平台发布风景区空气质量日报,"
                  "使社会各界掌握风景区空气质量状况,保障群众的生态环境权益。全年有效监测数据获取率应大于或等于90%,确保风景区空气质量优良率达到90%以上,为风景区生态环境管理提供技术支撑。"),
            ("h", "二、绩效评价工作开展情况"),
            ("h", "(一)绩效评价目的"),
            ("p", "掌握百岁宫大气监测专项经费的使用和效益情况,为预算绩效管理"),
        ],
        "gold": {
            "source_urls": ["https://www.jiuhuashan.gov.cn/OpennessContent/show/1329943.html"],
            "province": "安徽",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind(None, None, "有效监测数据获取率", ">=", 90, "%", "大于或等于90%"),
                ind(None, None, "风景区空气质量优良率", ">=", 90, "%", "达到90%以上"),
            ],
            "goals": [
                {"kind": "目标", "text": "做好百岁宫站点空气质量自动监测系统的日常运行维护,持续发布风景区空气质量日报;全年有效监测数据获取率应大于或等于90%,空气质量优良率达到90%以上。"},
            ],
            "facts": [
                {"metric": "百岁宫大气监测专项经费", "kind": "budget", "planned": 16, "actual": 10.01, "stated_rate": 63, "unit": "万元"},
                {"metric": "百岁宫大气监测专项经费预算数", "kind": "sum", "total": 16, "parts": [10, 6]},
            ],
            "findings": [
                {"rule": "coverage.missing_dimension", "item": "满意度指标", "why": "the section 项目绩效指标 gives two rates only; no satisfaction indicator"},
            ],
            "notes": "池州 九华山风景区 环境监测站, 2021 self-evaluation of the 百岁宫大气监测 special funds. 10.01/16 = 62.56%, stated 63% (right at 0 decimals); 16 = 10 + 6 holds. "
                     "The 项目绩效指标 section is prose with two measurable targets ('大于或等于90%', '90%以上' read as >=). The page stops in 二、(一)绩效评价目的 at '为预算绩效管理'. "
                     "Defect kept: the project is called '百岁宫大气监管项目' once and '大气监测' elsewhere. "
                     "Judgement calls: the 项目绩效指标 paragraph is also taken as the goal (it is quantified, no goal finding); coverage: 获取率 counts as 产出 (质量), 优良率 as 效益, so only 满意度 is flagged missing. "
                     "The 63% execution would under 10号 lose points, but no rule id covers a low rate by itself.",
        },
    },
    # 5 ------------------------------------------------------------------------------
    {
        "file": "yn-xichou-forest-tending-selfreport.docx",
        "blocks": [
            ("title", "西畴县2021年森林抚育项目支出绩效自评报告"),
            ("p", "发布时间:2022-11-29 来源:西畴县人民政府办公室"),
            ("h", "一、绩效目标完成情况分析"),
            ("h", "(一)项目资金投入情况分析"),
            ("h", "1.项目资金到位情况分析"),
            ("p", "2021年森林抚育任务1万亩。西畴县财政局于2021年9月2日以(西财整合〔2021〕19号)文件拨付资金200万元,其中直接补助费197万元(每亩197元),"
                  "项目设计、监督、检查、验收等间接费用3万亩元(每亩3元)。资金到位后,我局马上召集涉及的乡镇和两个国有林场召开启动会,"
                  "两个国有林场的8789亩统一公开招标,涉及农户的部分由所在乡镇督促完成。项目于2022年5月完工并通过检查验收,已按施工合同支付项目资金196.56055万元。"),
            ("h", "2.项目资金执行情况分析"),
            ("p", "我局依照森林抚育项目管理规定,及时安排技术人员对全县2021年1万亩森林抚育项目做规划设计,编制了《西畴县2021年森林抚育项目实施方案》,"
                  "并请县发改局、财政局、乡村振兴局和县林草局共7名专家组成专家组审查方案。按方案要求,西洒镇和蚌谷乡涉及农户的1211亩森林抚育由乡镇指导农户自行实施,"
                  "完工后经县级验收合格再兑现资金;两个国有林场的8789亩依照《中华人民共和国政府采购法》及其实施条例等规定纳入县级政府采购,公开招标,"
                  "由云南一耘建设工程有限公司中标,中标价1727038.50元。"),
            ("h", "3.项目资金管理情况分析"),
            ("p", "项目资金专款专用,严禁挤占挪用,如有发现将依照财经纪律追究有关人员责任。项目严格依照实施方案和技术要求,对1万亩用材林幼林进行抚育。县林草局领导高度重视,主要领导亲自安排,分"),
        ],
        "gold": {
            "source_urls": ["https://xczw.gov.cn/zfxxgk/fdzdgknr/czzjzdjc/content_32708"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2021年森林抚育资金", "kind": "sum", "total": 200, "parts": [197, 3]},
                {"metric": "森林抚育面积", "kind": "sum", "total": 10000, "parts": [1211, 8789]},
                {"metric": "2021年森林抚育资金", "kind": "budget", "planned": 200, "actual": 196.56055, "stated_rate": None, "unit": "万元"},
            ],
            "findings": [],
            "notes": "文山 西畴县 林草局, 2021 森林抚育 (1万亩, 200万元) self-evaluation: prose only (one of the two prose-only sources of this part). "
                     "200 = 197 + 3 万元 and 1万亩 = 1211 + 8789 亩 hold; 197万元 for 1万亩 = 197元/亩 agrees with '每亩197元'. Paid 196.56055万元 by contract; 中标价 1727038.50元 is for the 8789亩 of the two 林场 only. "
                     "Defect kept: the 间接费用 written '3万亩元' (a unit slip for 3万元); no rule id covers it, so no finding. "
                     "The stored page stops in 3.项目资金管理情况分析 at '主要领导亲自安排,分'. The report starts at 一、绩效目标完成情况分析; no indicator or goal section is reached, so no coverage or goal finding.",
        },
    },
    # 6 ------------------------------------------------------------------------------
    {
        "file": "yn-tengchong-forestry-dept-selfreport.docx",
        "blocks": [
            ("table", [["索引号", "01526035-8/20250418-00001", "发布机构", "腾冲市林业和草原局"],
                       ["公开目录", "财政预决算", "发布日期", "2025-04-18 14:58:56"],
                       ["文号", "", "浏览量", ""]]),
            ("h", "一、自评结论"),
            ("h", "(一)部门整体绩效自评得分"),
            ("p", "2024年度腾冲市林业和草原局部门整体支出绩效自评项目总数为143个,其中:腾冲市林草局本级48个项目、腾冲市来凤山管理所4个项目、"
                  "腾冲市林业和草原技术推广站8个项目、腾冲市沙坝国有林场21个项目、腾冲市明光国有林场14个项目、腾冲市大河国有林场12个项目、"
                  "腾冲市古永国有林场16个项目、腾冲市苏江国有林场20个项目。"),
            ("p", "通过这次自评,各项目和部门都形成了自评报告。多数项目实际完成的绩效值达到了预期指标,实施效果较好,资金使用效益有所提高,少数项目的绩效指标还需改进。"),
            ("p", "总体上,市林业和草原局2024年支出绩效完成情况自评分97分,综合评价等级为“优”,其中:腾冲市林草局本级48个项目评价等级为“优”有37个、评价等级为“中”有5个、评价等级为“良”有6个;"
                  "腾冲市来凤山管理所4个项目评价等级为“优”;腾冲市林业和草原技术推广站8个项目评价等级为“优”;腾冲市沙坝国有林场21个项目评价等级为“优”;"
                  "腾冲市明光国有林场14个项目评价等级为“优”有12个、评价等级为“良”有1个、评价等级为“差”有1个;腾冲市大河国有林场12个项目评价等级为“优”;"
                  "腾冲市古永国有林场16个项目评价等级为“优”;腾冲市苏江国有林场20个项目评价等级为“优”有18个、评价等级为“良”有1个、评价等级为“差”有1个。"),
            ("h", "(二)部门整体绩效目标完成情况"),
            ("p", "1.执行率情况。"),
            ("p", "部门整体支出总额预算数88,799,814.14元,执行"),
        ],
        "gold": {
            "source_urls": ["https://www.dhap.com.cn/info/8978/5637503.htm"],
            "province": "云南",
            "doc_kind": "部门整体自评报告",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "部门整体支出绩效自评项目总数", "kind": "sum", "total": 143, "parts": [48, 4, 8, 21, 14, 12, 16, 20]},
                {"metric": "腾冲市林草局本级项目评价等级", "kind": "sum", "total": 48, "parts": [37, 5, 6]},
                {"metric": "腾冲市明光国有林场项目评价等级", "kind": "sum", "total": 14, "parts": [12, 1, 1]},
                {"metric": "腾冲市苏江国有林场项目评价等级", "kind": "sum", "total": 20, "parts": [18, 1, 1]},
                {"metric": "市林业和草原局2024年支出绩效自评", "kind": "grade", "score": 97, "grade": "优"},
            ],
            "findings": [],
            "notes": "保山 腾冲市林业和草原局, 2024 部门整体支出 self-evaluation, from a mirror (dhap.com.cn) that shows the 腾冲 government page in traditional characters: written back as simplified (沙壩→沙坝, 來鳳山→来凤山). Prose only (one of the two prose-only sources). "
                     "143 = 48+4+8+21+14+12+16+20, 48 = 37+5+6, 14 = 12+1+1, 20 = 18+1+1 all hold; 97分 = 优 holds. The index block is kept as a 3×4 table with empty 文号/浏览量 values. "
                     "The stored page stops in (二)1.执行率情况 at '部门整体支出总额预算数88,799,814.14元,执行' (no executed figure, so no budget fact). No indicator table is reached: no coverage finding.",
        },
    },
]


# ---------------------------------------------------------------------------------------
def _font(run, size=None, bold=False):
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def build_docx(doc_spec, path):
    d = Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    for kind, *rest in doc_spec["blocks"]:
        if kind == "table":
            rows = rest[0]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v is None:
                        continue
                    cell = t.cell(i, j)
                    cell.text = ""
                    _font(cell.paragraphs[0].add_run(v), 10)
                # merges: None means "merge into the cell on the left"
                for j, v in enumerate(r):
                    if v is None:
                        t.cell(i, j - 1).merge(t.cell(i, j))
            d.add_paragraph()
        elif kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(rest[0]), 15, True)
        elif kind == "sub":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(rest[0]), 11, True)
        elif kind == "h":
            p = d.add_paragraph()
            _font(p.add_run(rest[0]), 11, True)
        elif kind == "p":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(22)
            _font(p.add_run(rest[0]), 11)
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed dates and a fixed order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            data = src.read(name)
            if name == "docProps/core.xml":
                data = data.replace(b"<cp:lastModifiedBy></cp:lastModifiedBy>", b"<cp:lastModifiedBy/>")
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def write_gold(doc_spec, fname):
    g = {"source": fname}
    g.update(copy.deepcopy(doc_spec["gold"]))
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def export_pdf(path):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    os.makedirs(ANN, exist_ok=True)
    for spec in DOCS:
        path = os.path.join(HERE, spec["file"])
        build_docx(spec, path)
        write_gold(spec, spec["file"])
        pdf = os.path.splitext(spec["file"])[0] + ".pdf"
        write_gold(spec, pdf)
        if not no_pdf:
            export_pdf(path)
        print("wrote", spec["file"], "" if no_pdf else "+ " + pdf)


if __name__ == "__main__":
    main()
