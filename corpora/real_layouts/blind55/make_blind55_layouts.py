#!/usr/bin/env python3
"""Blind part 55 of the real-layout corpus: documents and hand-written gold.

Every document reproduces one stored public page (address in its DOCS entry): layout, facts (names, values,
amounts, dates) as written; longer sentences in our own words with the same numbers. Each page is stored only
from its beginning, so each document stops where the stored page stops.

Usage: python make_blind55_layouts.py [--no-pdf]
Writes <name>.docx (+ <name>.pdf via LibreOffice) and annotations/<file>.json for each document.
DOCX bytes are deterministic: core properties pinned, zip entries re-written in a fixed order with a fixed date.
"""
import copy
import datetime
import io
import json
import os
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)


def ind(l1, l2, name, op, value, unit, text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------------------------------------
# Content blocks: ("title", text) centred bold; ("h", text) bold paragraph; ("p", text); ("right", text);
# ("table", {"rows": [[...]], "merges": [(r1, c1, r2, c2)], "widths": [...]}).
# ---------------------------------------------------------------------------------------------------------

JINGDONG_TABLE = {
    "rows": [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "实际完成值"],
        ["产出指标", "数量指标", "农村低保发放人数", ">=", "24500人", "未完成"],
        ["产出指标", "质量指标", "补助人群精准率", ">=", "95.00%", "已完成"],
        ["产出指标", "质量指标", "农村低保覆盖率", ">=", "95.00%", "未完成"],
        ["产出指标", "质量指标", "获补人员条件达标率", "=", "100.00%", "未完成"],
        ["产出指标", "时效指标", "救助资金发放及时率", ">=", "95.00%", "已完成"],
        ["产出指标", "时效指标", "农村低保发放及时率", ">=", "95.00%", "已完成"],
        ["产出指标", "成本指标", "农村低保资金", "<=", "4758万元", "已完成"],
        ["产出指标", "成本指标", "农村低保资金", "<=", "9849万元", "未完成"],
        ["效益指标", "社会效益指标", "救助对象生活水平", "=", "提高", "已完成"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", ">=", "95.00%", "已完成"],
    ],
    "merges": [(1, 0, 8, 0), (2, 1, 4, 1), (5, 1, 6, 1), (7, 1, 8, 1)],
    "widths": [2.0, 3.4, 4.4, 1.9, 2.2, 2.1],
}

DOCS = [
    # 1 ------------------------------------------------------------------------------------------------
    {
        "file": "yn-jingdong-dibao-reeval.docx",
        "urls": ["https://www.chacewang.com/newsdetail/news672170.html"],
        "province": "云南",
        "doc_kind": "评价报告 (财政再评价结果公告, 含指标完成表)",
        "patterns": [1, 5, 6, 10],
        "blocks": [
            ("p", "……委托云南泛正会计师事务所(普通合伙)对“2022年农村最低生活保障专项资金项目”开展了绩效评价。"
                  "该项目下达景东县民政局的资金为:农村低保资金4,758.00万元,省级农村低保资金485.00万元,"
                  "农村低保资金592.00万元,农村低保资金1,500.00万元。"),
            ("h", "二、绩效再评价结论"),
            ("h", "(一)绩效再评价综合评分情况"),
            ("p", "再评价从决策、过程、产出、效果四个方面考察了农村最低生活保障专项资金项目的整体情况。项目实施后,"
                  "低保对象的基本生活得到了保障;同时发现绩效目标设定不合理、施保不精准、项目档案资料未归集整理三个问题。"),
            ("h", "(二)绩效目标实现情况"),
            ("p", "再评价认定,农村最低生活保障专项资金项目有部分绩效目标没有完成,逐项情况见下表:"),
            ("table", JINGDONG_TABLE),
            ("h", "(三)绩效自评与再评价差异"),
            ("p", "农村最低生活保障专项资金项目自评分为97.40分,"),
            ("h", "三、存在问题"),
            ("h", "(一)存在绩效目标设定不合理的情况"),
            ("p", "部分绩效目标的指标值定得不够合理,需要改进,"),
            ("h", "(二)存在施保不精准的情况"),
            ("p", "对农村低保工作抽查时发现,例如11月申请发放的农村低保金额为606.39万元,"),
            ("p", "附件:农村最低生活保障专项资金项目绩效再评价报告"),
            ("right", "景东彝族自治县财政局"),
            ("right", "2023年12月12日"),
            ("p", "(此件公开发布)"),
        ],
        "indicators": [
            ind("产出指标", "数量指标", "农村低保发放人数", ">=", 24500, "人", "24500人"),
            ind("产出指标", "质量指标", "补助人群精准率", ">=", 95, "%", "95.00%"),
            ind("产出指标", "质量指标", "农村低保覆盖率", ">=", 95, "%", "95.00%"),
            ind("产出指标", "质量指标", "获补人员条件达标率", "=", 100, "%", "100.00%"),
            ind("产出指标", "时效指标", "救助资金发放及时率", ">=", 95, "%", "95.00%"),
            ind("产出指标", "时效指标", "农村低保发放及时率", ">=", 95, "%", "95.00%"),
            ind("产出指标", "成本指标", "农村低保资金", "<=", 4758, "万元", "4758万元"),
            ind("产出指标", "成本指标", "农村低保资金", "<=", 9849, "万元", "9849万元"),
            ind("效益指标", "社会效益指标", "救助对象生活水平", "=", None, None, "提高"),
            ind("满意度指标", "服务对象满意度指标", "救助对象满意度", ">=", 95, "%", "95.00%"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.vague_wording", "item": "救助对象生活水平",
             "why": "target is the bare word 提高 (with '='), no number, baseline or scale"},
            {"rule": "consistency.deviation_reason_missing", "item": "农村低保发放人数",
             "why": "marked 未完成 against >=24500人; the table gives no reason for the shortfall"},
            {"rule": "consistency.deviation_reason_missing", "item": "农村低保覆盖率",
             "why": "marked 未完成 against >=95.00%; no reason given for this row"},
            {"rule": "consistency.deviation_reason_missing", "item": "获补人员条件达标率",
             "why": "marked 未完成 against =100.00%; no reason given for this row"},
            {"rule": "consistency.deviation_reason_missing", "item": "农村低保资金",
             "why": "the second 农村低保资金 row (<=9849万元) is marked 未完成 with no reason"},
        ],
        "notes": "景东彝族自治县财政局 (普洱, 云南) notice of 2023-12-12 on the 财政再评价 of the 2022 农村最低生活保障专项资金项目 "
                 "(third party 云南泛正会计师事务所). The stored page is an aggregator (chacewang) condensation: it starts in the "
                 "middle of a sentence ('委托…'), has no title, and runs several sentences together with commas; the document "
                 "keeps that shape (leading '……', sentences ending in commas, the 自评分 sentence and the 施保不精准 example cut "
                 "where the page cuts them) and does not invent a title. The results table is laid out as the page gives it: "
                 "一级/二级/三级/指标性质/指标值/实际完成值, with the operator in the 指标性质 column (>=, =, <=) and the actual as the "
                 "words 已完成/未完成 (so every gold actual is null). 一级 and 二级 labels are merged down their rows. Kept as "
                 "found: two rows both named 农村低保资金 (<=4758万元 and <=9849万元; the first equals the 4,758.00万元 allocation, the "
                 "second is 未完成), the four allocations (4758 + 485 + 592 + 1500 = 7335万元) with no stated total, so no sum "
                 "fact. 自评分 97.40 is given without a grade or parts, so no fact is recorded. Judgement calls: the four 未完成 "
                 "rows are flagged for missing deviation reasons because the table has no reason column and the prose only "
                 "names general problems (目标设定不合理, 施保不精准), not row reasons; 救助对象生活水平 '= 提高' is flagged as vague "
                 "wording (it could equally be read as qualitative_no_scale). The page has 产出/效益/满意度 rows, so no coverage "
                 "finding.",
    },
    # 2 ------------------------------------------------------------------------------------------------
    {
        "file": "hi-ybj-vaccine-subsidy-selfreport.docx",
        "urls": ["https://ybj.hainan.gov.cn/xxgk/czgk/202306/t20230626_3441901.html"],
        "province": "海南",
        "doc_kind": "自评报告 (indicators as a numbered list in prose)",
        "patterns": [6, 10],
        "blocks": [
            ("title", "海南省医疗保障局2022年疫苗接种专项补助资金项目支出绩效自评报告"),
            ("h", "一、项目概况"),
            ("h", "(一)项目基本情况:立项情况、实施主体项目、资金及主要内容"),
            ("p", "1.立项情况:疫苗接种专项补助资金,属于部门项目。"),
            ("p", "2.实施主体项目:本项目是省医疗保障局的本级项目,主管部门同为省医疗保障局。"),
            ("p", "3.资金及主要内容:这笔专项补助资金用来保障新冠肺炎疫苗及其接种费用。2022年年初预算为7183万元,"
                  "全年预算为7183万元。"),
            ("h", "(二)项目年度预算绩效目标和绩效指标设定情况"),
            ("p", "1.年度总体绩效目标:做好新冠肺炎疫苗和接种费用的保障,帮助尽快形成免疫屏障,让生产生活秩序保持正常,"
                  "尽力维护人民群众的根本利益。"),
            ("p", "2.绩效指标设定情况"),
            ("p", "(1)各年龄段人群接种率≥90%;"),
            ("p", "(2)全省已完成2剂次灭活疫苗接种的人群数≥116万人;"),
            ("p", "(3)医保部门及时结算医保基金应支付疫苗接种费用≤5日;"),
            ("p", "(4)全省接种点数量≥400个。"),
            ("h", "二、项目决策及资金使用管理情况"),
            ("h", "(一)项目决策情况"),
            ("p", "按照国家部署,医保基金先行垫付的疫苗接种费用由财政给予专项补助。自2020年1月起,本省医保基金实行统收统支,"
                  "财政补助资金由省级直接拨入医保基金财政专户。"),
            ("h", "(二)项目资金"),
            ("p", "财政资金-年初预算数7183万元,财政资金-全年预算数7183万元。"),
            ("h", "(三)项目资金(主要是指财政资金)实际使用情况"),
            ("p", "财政资金-全年执行数0元,财政资金-执行率0.00%。"),
            ("h", "(四)项目资金管理情况"),
            ("p", "各项制度均已落实,从预算批复、预算执行到收支管理,都按照局机关《财务暂行规定》办理。"),
            ("h", "三、"),
        ],
        "indicators": [
            ind(None, None, "各年龄段人群接种率", ">=", 90, "%", "≥90%"),
            ind(None, None, "全省已完成2剂次灭活疫苗接种的人群数", ">=", 116, "万人", "≥116万人"),
            ind(None, None, "医保部门及时结算医保基金应支付疫苗接种费用", "<=", 5, "日", "≤5日"),
            ind(None, None, "全省接种点数量", ">=", 400, "个", "≥400个"),
        ],
        "goals": [
            {"kind": "年度目标",
             "text": "做好新冠肺炎疫苗和接种费用的保障,帮助尽快形成免疫屏障,让生产生活秩序保持正常,尽力维护人民群众的根本利益。"},
        ],
        "facts": [
            {"metric": "财政资金", "kind": "budget", "planned": 7183, "actual": 0, "stated_rate": 0.0, "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "做好新冠肺炎疫苗和接种费用的保障",
             "why": "the annual goal states intentions (保障, 免疫屏障, 秩序, 根本利益) with no number, amount or date"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "the complete list of four indicators has coverage, count, settlement time and site count; no effect indicator"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "no satisfaction indicator among the four set indicators"},
        ],
        "notes": "海南省医疗保障局 2022 self-evaluation report of the 疫苗接种专项补助资金 (7183万元 budget, 全年执行数0元, 执行率0.00%: "
                 "0/7183 = 0.00%, consistent, so no rate finding; the actual is written in 元 and is 0 either way). The stored page "
                 "stops at the heading '三、', i.e. before any results; the document ends there. The indicator list is complete "
                 "(items (1)-(4) followed by section 二), written as labelled prose with no 一级/二级 labels, so level1/level2 are null; "
                 "units kept as written (万人, 日, 个). Judgement calls: 各年龄段人群接种率 is read as an output (coverage) measure, "
                 "so the set is judged to lack an 效益 indicator as well as a 满意度 one; a reader who counts 接种率 as 效益 would drop "
                 "that finding. '≤5日' is a time limit with a number, so no time_no_deadline finding. The annual goal is "
                 "paraphrased; its meaning (no numbers) is kept.",
    },
    # 3 ------------------------------------------------------------------------------------------------
    {
        "file": "gd-futian-relief-fund-usage-report.docx",
        "urls": ["http://www.szft.gov.cn/bmxx/qmzj/tzgg/content/post_10506497.html"],
        "province": "广东",
        "doc_kind": "自评报告 (资金管理使用情况, indicator results as labelled prose)",
        "patterns": [6, 10],
        "blocks": [
            ("p", "首页 > 区部门网站 > 区民政局 > 通知公告"),
            ("title", "深圳市福田区民政局关于“2021年中央财政困难群众救助补助资金”管理使用情况"),
            ("p", "信息提供日期 : 2023-03-27 16:25来源 : 福田区民政局"),
            ("p", "按照相关文件的规定,现将上级转移支付资金的使用情况报告如下:"),
            ("h", "一、资金基本情况"),
            ("p", "2021年中央财政困难群众救助补助资金下达我区111万元(福财直〔2020〕67号),其中低保、特困和临时救助资金100万元,"
                  "孤儿基本生活保障金11万元;后调减40万元(福财直〔2021〕29号),全年实际下达71万元。资金已全部划转各街道,"
                  "纳入年度预算并发放,发放率100%。这笔资金须专款专用、据实列支。"),
            ("h", "二、资金使用范围"),
            ("p", "资金须专款专用、据实列支,只用于发放低保、特困、临时救助金和孤儿保障金。"),
            ("h", "三、资金分配及使用情况"),
            ("p", "“2021年中央财政困难群众救助补助资金”到位及时,各街道已准确、足额纳入预算,并全部按要求用于低保、特困、"
                  "临时救助金和孤儿保障金的发放,完成情况100%,保障了低保对象、特困人员、临时救助对象等困难群体的基本生活,"
                  "有利于社会和谐稳定。"),
            ("h", "四、资金绩效评价结果"),
            ("p", "1.产出指标完成情况分析"),
            ("p", "(1)数量指标"),
            ("p", "100%及时、足额发放在册低保、特困、申请临时救助人员和孤儿救助资金,做到应保尽保、应救尽救。"),
            ("p", "(2)质量指标"),
            ("p", "救助资金发放准确率100%。救助资金按规定准确、及时发放;2021年最低生活保障标准为1300元/人/月,按综合评估后的"
                  "收入差额发放;临时救助按申请人家庭困难程度,一次性发放2-12个月的最低生活保障标准。"),
            ("p", "(3)时效指标"),
            ("p", "救助资金发放及时率100%,救助资金均按规定及时发放。"),
            ("p", "(4)成本指标"),
            ("p", "社会化发放率100%。困难群众救"),
        ],
        "indicators": [
            ind("产出指标", "数量指标", "及时、足额发放在册低保、特困、申请临时救助人员和孤儿救助资金", None, None, "%", None,
                actual=100),
            ind("产出指标", "质量指标", "救助资金发放准确率", None, None, "%", None, actual=100),
            ind("产出指标", "时效指标", "救助资金发放及时率", None, None, "%", None, actual=100),
            ind("产出指标", "成本指标", "社会化发放率", None, None, "%", None, actual=100),
        ],
        "goals": [],
        "facts": [
            {"metric": "困难群众救助补助资金", "kind": "sum", "total": 111, "parts": [100, 11], "unit": "万元"},
            {"metric": "困难群众救助补助资金(调减后)", "kind": "sum", "total": 111, "parts": [71, 40], "unit": "万元"},
            {"metric": "困难群众救助补助资金", "kind": "budget", "planned": 71, "actual": None, "stated_rate": 100,
             "unit": "万元"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "the stored report stops inside the 成本 paragraph of 产出; no 效益 result as the file stands"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "no 满意度 result in the report as it stands"},
        ],
        "notes": "福田区民政局 (深圳, 广东) report of 2023-03-27 on the use of the 2021 中央财政困难群众救助补助资金. The page starts "
                 "with its breadcrumb (kept) and stops mid-word at '困难群众救' in the 成本指标 paragraph; the document stops there. "
                 "Money: 111 = 100 + 11 and 111 − 40 = 71 (both consistent); 发放率100% of the 71万元 actually allocated (no "
                 "amount spent is written, so actual is null). Section 四 lists results only, under 产出 二级 labels: the gold "
                 "records each stated 100% as the actual (value/target_text null) because the report restates no targets; "
                 "no missing_value finding is raised for that reason (judgement call). The 数量指标 has no indicator name: the "
                 "sentence after '100%' is taken as its name. Kept as found: 社会化发放率 under 成本指标 (not a cost measure). "
                 "1300元/人/月 and 2-12个月 are policy standards, not indicators.",
    },
    # 4 ------------------------------------------------------------------------------------------------
    {
        "file": "ah-jixi-special-edu-selfreport.docx",
        "urls": ["http://www.cnjx.gov.cn/OpennessContent/show/3262894.html"],
        "province": "安徽",
        "doc_kind": "自评报告 (prose)",
        "patterns": [10],
        "blocks": [
            ("p", "索引号: 113417310032630336/202404-00057    组配分类: 特殊教育"),
            ("p", "发布机构: 绩溪县教育体育局    主题分类: 科技、教育"),
            ("p", "名称: 绩溪县特殊教育经费补助转移支付2023年度绩效自评报告    文号:"),
            ("p", "生成日期: 2024-04-17    发布日期: 2024-04-17"),
            ("title", "绩溪县特殊教育经费补助转移支付2023年度绩效自评报告"),
            ("p", "发布时间:2024-04-17 11:47 来源:绩溪县教育体育局"),
            ("h", "一、绩效目标分解下达情况"),
            ("p", "2023年绩溪县特殊教育经费补助转移支付下达预算7万元,用于建设长安学校特殊教育资源教室。资金的使用增加了全县"
                  "特殊教育教学资源,提高了全县特殊教育水平,保障了残疾儿童接受义务教育的权利。"),
            ("h", "二、绩效目标完成情况分析"),
            ("h", "(一)资金投入情况分析"),
            ("p", "2023年,我县使用省级特殊教育专项资金,在绩溪县长安镇长安学校建成特殊教育资源教室一间,总投资7万元。"
                  "其中场所装修4800元,设备设施采购29套,合计7万元。"),
            ("h", "(二)总体绩效目标完成情况分析"),
            ("p", "2023年,绩溪县长安镇长安学校特殊教育资源教室总投资69390元。教室由学校原有办公室改造而成,环境布置温馨,"
                  "符合《普通学校特殊教育资源教室建设指南》的要求;采购了蒙台梭利教具、福䘵贝尔教具、儿童状认知板、"
                  "心理素质自助服务系统等29台套实训设备,总建设面积45平方米。资源教室建成后将有效提升了长安镇长安学校的"
                  "特殊教育教学,保障残疾儿童接"),
        ],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "特殊教育经费补助转移支付", "kind": "budget", "planned": 7, "actual": 6.939, "stated_rate": None,
             "unit": "万元"},
        ],
        "findings": [],
        "notes": "绩溪县教育体育局 (宣城, 安徽) 2023 self-evaluation report of the 特殊教育经费补助转移支付 (one 资源教室 at 长安学校). "
                 "Prose only (one of the two prose-only sources of this part). The page begins with its metadata block "
                 "(kept) and stops mid-sentence at '保障残疾儿童接', before any indicator analysis; the document stops there, and "
                 "so no coverage finding is given. Kept as found: the total investment is written as 7万元 twice in (一) "
                 "('总投资7万元', '合计7万元') but as 69390元 in (二); the budget fact records 7万元 planned and 69390元 = "
                 "6.939万元 as the amount actually invested (no rate is stated). The breakdown 4800元 + 设备设施采购29套 gives no "
                 "amount for the equipment, so no sum fact. 29套 / 29台套, the odd characters 福䘵贝尔 and 儿童状认知板, and the "
                 "tense slip '将有效提升了' are kept as written.",
    },
    # 5 ------------------------------------------------------------------------------------------------
    {
        "file": "zj-jinyun-kindergarten-bond-eval.docx",
        "urls": ["https://www.jinyun.gov.cn/art/2025/6/4/art_1229368706_5525708.html"],
        "province": "浙江",
        "doc_kind": "评价报告 (专项债券项目, prose)",
        "patterns": [10],
        "blocks": [
            ("h", "一、基本情况"),
            ("h", "(一)项目概况。"),
            ("p", "1.项目基本情况:"),
            ("p", "学前教育是我县教育体系中的薄弱环节,也是各级教育中普及率最低的阶段,提高学前教育普及率是我县学前教育发展"
                  "的重要目标。项目通过建设设施完善、理念先进的公办幼儿园,缓解缙云县幼儿教育资源不足,改善办学条件,"
                  "推动缙云县教育事业发展。新碧街道幼儿园等幼儿园项目包括以下三所幼儿园:"),
            ("p", "(一)新碧街道幼儿园建设规模12个班,幼儿360人,总用地面积13亩,总建筑面积5600平方米,其中地上建筑面积5480平方米,"
                  "地下建筑面积120平方米。"),
            ("p", "(二)仙都街道幼儿园建设规模3个班,幼儿90人,扩建面积 1086平方米。"),
            ("p", "(三)东方镇幼儿园建设规模6个班,幼儿180人,装修面积821平方米,利用原综合楼面积1844平方米,共计2665平方米。"),
            ("p", "该项目估算总投资3988万元。项目的立项与管理使用单位、实施建设单位都是缙云县教育局。"),
            ("p", "2.债券发行年度:2024年,2000万, 债券名为:2024年浙江省其他项目收益专项债券(十四期)--2024年浙江省政府专项债券(十七期)"),
            ("p", "3.债券资金使用情况:债券资金到位时间:第二职业高中项目债券2024年3月发行2000万元,全部已到位,全部已使用。"),
            ("p", "(二)项目绩效目标。债券发行目标为:为及时服务教育,三所幼儿园建设项目已按要求于2024年8月完工投入使用。"),
            ("h", "二、绩效评价工作开展情况"),
            ("p", "为发挥好债券资金的使用效益,按照有关部门的要求对本项目开展绩效评价,对债券资金的管理和使用、项目进度、"
                  "资产管理等作了全面评估。"),
            ("p", "三、对该项目的评价:项目立项合法,各项程序符合要求;债券项目管理符合规定;项目投资按时完成,资金管理规范,"
                  "建设项目按时完工并已投入使用。"),
            ("h", "四、绩效评价指标分析"),
            ("p", "(一)项目"),
        ],
        "indicators": [],
        "goals": [
            {"kind": "目标", "text": "为及时服务教育,三所幼儿园建设项目已按要求于2024年8月完工投入使用。"},
        ],
        "facts": [
            {"metric": "新碧街道幼儿园总建筑面积", "kind": "sum", "total": 5600, "parts": [5480, 120], "unit": "平方米"},
            {"metric": "东方镇幼儿园面积", "kind": "sum", "total": 2665, "parts": [821, 1844], "unit": "平方米"},
            {"metric": "专项债券资金", "kind": "budget", "planned": 2000, "actual": 2000, "stated_rate": None, "unit": "万元"},
        ],
        "findings": [],
        "notes": "缙云县 (丽水, 浙江) 2025 evaluation report of the 2024 专项债券 used for three kindergartens (新碧街道, 仙都街道, 东方镇). "
                 "Prose only (the second prose-only source of this part). The stored page has no title: it starts at '一、基本情况' "
                 "and stops at '四、绩效评价指标分析 (一)项目', just before the indicator analysis; the document keeps both ends, "
                 "and no coverage finding is given for a report cut before its indicators. Sums as written: 5480 + 120 = 5600 "
                 "and 821 + 1844 = 2665 (both consistent); classes 12 + 3 + 6 and children 360 + 90 + 180 have no stated total. "
                 "Bond: 2000万元 issued, '全部已到位,全部已使用' (actual taken as 2000, no rate written); 估算总投资3988万元 is kept. "
                 "Kept as found: the copy slip '第二职业高中项目债券' in a kindergarten report, '2000万' without 元, the double "
                 "numbering (一)(二)(三) reused inside 1. The goal sentence reports completion by 2024年8月 (an output with a "
                 "date), so it is not flagged as unquantified or process-only (judgement call).",
    },
]


# ---------------------------------------------------------------------------------------------------------

def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def build_docx(doc_def, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "Noto Sans CJK SC"
    for block in doc_def["blocks"]:
        kind, content = block
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(content)
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(content)
            r.bold = True
        elif kind == "right":
            p = d.add_paragraph(content)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "table":
            rows = content["rows"]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncol):
                    set_cell(t.cell(i, j), row[j] if j < len(row) else "", bold=(i == 0))
            widths = content.get("widths")
            if widths:
                t.autofit = False
                grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
                for j, w in enumerate(widths):
                    grid[j].set(qn("w:w"), str(int(Cm(w).twips)))
                    for cell in t.columns[j].cells:
                        cell.width = Cm(w)
            for (r1, c1, r2, c2) in content.get("merges", []):
                keep = rows[r1][c1]
                merged = t.cell(r1, c1).merge(t.cell(r2, c2))
                set_cell(merged, keep)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    names = sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(n))


def gold(doc_def, source):
    return {
        "source": source,
        "source_urls": doc_def["urls"],
        "province": doc_def["province"],
        "doc_kind": doc_def["doc_kind"],
        "patterns": doc_def["patterns"],
        "indicators": doc_def["indicators"],
        "goals": doc_def["goals"],
        "facts": doc_def["facts"],
        "findings": doc_def["findings"],
        "notes": doc_def["notes"],
    }


def write_json(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    os.makedirs(ANN, exist_ok=True)
    for doc_def in DOCS:
        name = doc_def["file"]
        path = os.path.join(HERE, name)
        build_docx(doc_def, path)
        write_json(gold(doc_def, name), os.path.join(ANN, name + ".json"))
        pdf = os.path.splitext(name)[0] + ".pdf"
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        write_json(gold(copy.deepcopy(doc_def), pdf), os.path.join(ANN, pdf + ".json"))
    print("wrote %d documents" % len(DOCS))


if __name__ == "__main__":
    main()
