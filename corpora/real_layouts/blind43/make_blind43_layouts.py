#!/usr/bin/env python3
"""Build blind part 43 of the real-layout corpus: six reports reproduced from stored public pages.

Each entry of DOCS holds the document body (paragraphs, headings, small tables) and the hand-written gold.
Facts (names, values, units, amounts, dates) are kept as the page wrote them; longer sentences are our own
words with the same numbers. Every page is stored only up to some point; each document stops there too.

Usage: python make_blind43_layouts.py [--no-pdf]
Writes <file>.docx (+ .pdf via LibreOffice) beside this script and annotations/<file>.json for each.
"""
import argparse
import datetime as dt
import io
import json
import os
import shutil
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
FIXED = dt.datetime(2026, 1, 15, 9, 0, 0)
ZIP_DATE = (2026, 1, 15, 9, 0, 0)


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None, actual=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# Body items: ("title", text) centred bold; ("h", text) bold heading line; ("p", text) paragraph;
# ("meta", text) small line; ("table", [[cells...], ...]) plain grid table.
DOCS = [
    # ------------------------------------------------------------------ 1
    {
        "file": "yn-mouding-road-safety-selfreport",
        "body": [
            ("meta", "牟定县人民政府  首页 >> 部门信息公开 >> 牟定县交通运输局 >> 正文"),
            ("title", "牟定县2020年第一批公路安全生命防护工程绩效自评报告"),
            ("meta", "日期:2021年03月24日   作者:   来源:    点击:[]"),
            ("h", "一、绩效目标分解下达情况"),
            ("p", "本项目依据楚雄州交通运输局转下达2020年第一批安全生命防护和为桥改造工程建设计划的通知"
                  "(楚交路〔2020〕1号)安排,建设里程8公里,下达车购税补助56万元。项目经邀请招标,"
                  "2020年5月20日开工,2020年6月20日完工,涉及核桃树河至小利黑、小利黑至竹箐河两条线路,"
                  "共完成波型护栏1820米、标志标牌18块。下达资金56万元,实际完成投资54.6万元。"),
            ("h", "二、绩效目标完成情况分析"),
            ("p", "(一)资金投入情况分析。下达资金56万元,实际完成投资54.6万元。"),
            ("p", "(二)总体绩效目标完成情况分析。项目覆盖核桃树河至小利黑、小利黑至竹箐河两条线路,"
                  "完成波型护栏1820米、标志标牌18块。"),
            ("p", "(三)绩效指标完成情况分析。"),
            ("p", "1.数量指标。该项目处治里程8公里,完成工程量波型护栏1820米,标志标牌18块。"),
            ("p", "2.质量指标。项目于2020年6月20日完工;2020年9月29日由县交通运输局、应急管理局和县交警大队"
                  "三部门组成的验收组验收,评定为“合格工程”,项目(工程)验收合格率为100%。"),
            ("p", "3.时效指标。项目于2020年5月20日开工建设,2020年6月20日完工。"),
            ("p", "4.成本指标。项目投资56万元,实际决算金额54.6万元。"),
            ("p", "5.社会效益目标。项目处治路线2条,覆盖乡镇1个。"),
            ("p", "6.可持续影响指标。降低交通事故损失,提升公路交通安全保障水平≥95%。"),
            ("p", "7.服务对象满意度指标。项目区群众满意度≥95%。"),
            ("h", "三、偏离绩效目标的原因和下一步改进措施"),
            ("p", "该项目下达资金56万元,实际完成投"),
        ],
        "gold": {
            "source_urls": ["http://mdx.gov.cn/info/1262/17963.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind("产出指标", "数量指标", "处治里程", None, 8, "公里", "该项目处治里程8公里"),
                ind("产出指标", "数量指标", "波型护栏", None, None, "米", "完成工程量波型护栏1820米", 1820),
                ind("产出指标", "数量指标", "标志标牌", None, None, "块", "标志标牌18块", 18),
                ind("产出指标", "质量指标", "项目(工程)验收合格率", None, None, "%",
                    "项目(工程)验收合格率为100%", 100),
                ind("产出指标", "时效指标", "开工建设及完工时间", None, None, None,
                    "项目于2020年5月20日开工建设,2020年6月20日完工。"),
                ind("产出指标", "成本指标", "项目投资", None, 56, "万元",
                    "项目投资56万元,实际决算金额54.6万元。", 54.6),
                ind("效益指标", "社会效益指标", "项目处治路线", None, 2, "条", "项目处治路线2条"),
                ind("效益指标", "社会效益指标", "覆盖乡镇", None, 1, "个", "覆盖乡镇1个"),
                ind("效益指标", "可持续影响指标", "提升公路交通安全保障水平", ">=", 95, "%",
                    "降低交通事故损失,提升公路交通安全保障水平≥95%"),
                ind("满意度指标", "服务对象满意度指标", "项目区群众满意度", ">=", 95, "%",
                    "项目区群众满意度≥95%"),
            ],
            "goals": [],
            "facts": [
                {"metric": "车购税补助(项目资金)", "kind": "budget", "planned": 56, "actual": 54.6,
                 "stated_rate": None, "unit": "万元"},
            ],
            "findings": [],
            "notes": "牟定县交通运输局 2020年第一批公路安全生命防护工程 绩效自评报告 (云南 楚雄州), published "
                     "2021-03-24. Indicators as seven numbered labelled paragraphs under (三) (数量/质量/时效/成本/"
                     "社会效益目标/可持续影响/服务对象满意度); the 数量 and 社会效益 paragraphs name several "
                     "quantities each, taken one row per quantity (10 rows). The page stops inside 三、 at '实际完成投' "
                     "and so does the document. Judgement calls: in a completion report the numbers are results; "
                     "a number is read as the value where the text states the planned quantity or a ≥ target "
                     "(处治里程 8 公里 is the 建设里程 of 一、; 项目投资 56 万元 vs 实际决算 54.6), as actual where the "
                     "text says 完成/为 (护栏 1820, 标牌 18, 合格率 100%); 处治路线 2 条 and 覆盖乡镇 1 个 are read as "
                     "stated values. '社会效益目标' read as 社会效益指标. The cited notice's '为桥改造' (for 危桥) kept as written. '≥95%' for '提升…保障水平' and 满意度 are "
                     "stated without a measured result. No goal sentence (一、 describes the allocation). 56 → 54.6 "
                     "has no stated rate; the deviation section is cut right where it starts, so no "
                     "deviation-reason finding. No finding: every dimension is present and the targets have values.",
        },
    },
    # ------------------------------------------------------------------ 2
    {
        "file": "yn-baoshan-forest-fire-selfreport",
        "body": [
            ("title", "保山市林业和草原局2021年度\n项目绩效自评报告"),
            ("title", "(市级森林防火“三三制”补助经费项目)"),
            ("h", "一、项目基本情况"),
            ("p", "保山市林业和草原局负责全市森林防火工作的监督管理。全市林地面积145.29万公顷,森林面积"
                  "133.14万公顷,森林覆盖率达69.83%,森林蓄积1.26亿立方米。按照云南省林业厅、云南省发展和"
                  "改革委员会印发的《云南省森林防火规划(2016-2025年)》,保山市五县(市、区)全部列为国家"
                  "森林火灾高危区,防火任务重、形势严峻。"),
            ("h", "二、项目绩效自评工作开展情况"),
            ("p", "为做好2021年度森林防火工作,保护人民生命财产和森林资源安全,我局依据财政部门下达的绩效目标"
                  "成立自评工作组,分工负责、督促指导,对照产出、效益和满意度三类指标逐项自查自评,分析原因、"
                  "提出建议,形成本报告。"),
            ("h", "三、项目绩效实现情况"),
            ("p", "(一)项目资金情况"),
            ("p", "1.项目资金到位情况。保山市财政局下达我局森林防火三三制经费75.96万元,全部到位。"),
            ("p", "2.项目资金执行情况。2021年度森林防火“三三制”经费执行率为100%。"),
            ("p", "3.项目资金管理情况。资金按财政支农资金管理规定操作,程序完备,专款专用,资金落实到位。"),
            ("p", "(二)项目绩效指标完成情况"),
            ("p", "1.产出指标完成情况。该项指标完成100%。2021年森林防火期,我市共发生森林火灾3起,低于市财政"
                  "批复下达的控制指标82起;火案查处率100%;市级森林防火物资储备112万元,高于控制指标32万元;"
                  "未发生重特大森林火灾,未发生人员伤亡事故。"),
            ("p", "2.效益指标完成情况。该项指标完成100%。森林受害面积93.24公顷,低于控制指标1169.76公顷;"
                  "森林受害率0.0738‰,低于控制指标0.8262个千分点。最大限度降低了森林火灾所造成的损失,"
                  "为筑牢国家西南"),
        ],
        "gold": {
            "source_urls": ["https://baoshan.gov.cn/info/4166/4109044.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind("产出指标", None, "森林火灾", None, None, "起",
                    "我市共发生森林火灾3起,低于市财政批复下达的控制指标82起", 3),
                ind("产出指标", None, "火案查处率", None, None, "%", "火案查处率100%", 100),
                ind("产出指标", None, "市级森林防火物资储备", None, None, "万元",
                    "市级森林防火物资储备112万元,高于控制指标32万元", 112),
                ind("产出指标", None, "重特大森林火灾", None, None, None, "未发生重特大森林火灾"),
                ind("产出指标", None, "人员伤亡事故", None, None, None, "未发生人员伤亡事故"),
                ind("效益指标", None, "森林受害面积", None, None, "公顷",
                    "森林受害面积93.24公顷,低于控制指标1169.76公顷", 93.24),
                ind("效益指标", None, "森林受害率", None, None, "‰",
                    "森林受害率0.0738‰,低于控制指标0.8262个千分点", 0.0738),
            ],
            "goals": [],
            "facts": [
                {"metric": "森林防火三三制经费", "kind": "budget", "planned": 75.96, "actual": None,
                 "stated_rate": 100, "unit": "万元"},
            ],
            "findings": [
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the page stops inside the 效益 paragraph ('为筑牢国家西南'): the file holds no satisfaction "
                        "indicator although 二、 names three kinds of indicators"},
            ],
            "notes": "保山市林业和草原局 2021年度 市级森林防火“三三制”补助经费 项目绩效自评报告 (云南 保山). Results "
                     "listed as clauses under the labelled paragraphs 1.产出指标完成情况 and 2.效益指标完成情况 (no 二级 "
                     "names: level2 null); seven rows, 未发生 clauses kept as rows with no number. The page stops in "
                     "the middle of the 效益 paragraph ('为筑牢国家西南') and so does the document. Judgement call on "
                     "the control values: '低于控制指标0.8262个千分点' is plainly a margin (0.0738 + 0.8262 = 0.9‰), and "
                     "by the same wording 82 起, 32 万元 and 1169.76 公顷 are read as margins too (3 + 82 = 85, "
                     "112 − 32 = 80, 93.24 + 1169.76 = 1263), so no target value is taken (value null, the clause "
                     "kept in target_text, the result in actual); a reader taking 82 起 as the control would be "
                     "defensible but is not what the parallel wording says. 75.96 万元 全部到位 with 执行率 100% "
                     "gives no spent amount: budget fact with actual null. Land/forest areas in 一、 are context, "
                     "not indicators.",
        },
    },
    # ------------------------------------------------------------------ 3
    {
        "file": "yn-changning-jifei-housing-selfreport",
        "body": [
            ("table", [["索引号", "1153302501526456X4-/2023-0308001", "发布机构", "昌宁县鸡飞镇"],
                       ["公开目录", "农村危房改造信息", "发布日期", "2023-03-08"],
                       ["文号", "", "浏览量", ""],
                       ["主题词", "", "", ""]]),
            ("title", "鸡飞镇2022年农村危房改造项目自评报告"),
            ("p", "为发挥财政资金在住房保障中的作用,我镇压实责任、加强宣传、改进方法、精准实施,帮助群众住上"
                  "安全稳固的住房,实现住有所居。按要求,我镇对农村危房改造及抗震改造项目开展了自评,报告如下:"),
            ("h", "一、项目基本情况"),
            ("p", "鸡飞镇2022年度农村危房改造及抗震改造项目绩效目标14户,实际完成14户,实际完成数占年度目标"
                  "任务的100%。当年开工率、完成率、改造验收合格率、改造后房屋满足基本居住功能需要比例、改造后"
                  "房屋在相当于本地区抗震设防烈度地震中无严重毁损的比例、改造后房屋人畜分离、卫生厕所等基本卫生"
                  "条件有基本保障的比例、改造后入住率均达100%。达到年度目标任务标准。"),
            ("h", "二、项目绩效自评工作开展情况"),
            ("p", "一是领导重视,召集项目办、财政所等科室部署自评,组织学习文件和项目支出绩效目标样表,借鉴上年"
                  "经验,保证自评按质按量完成。"),
            ("p", "二是按文件要求组织人员梳理本镇2022年度农村危房改造及抗震改造项目情况,对照项目绩效目标自评表"
                  "逐项核实,保证自评真实完整。"),
            ("p", "三是评价结果运用。通过开展绩效评价,我们对财政预算资金管理规范、资金效益和预算绩效有了更深的"
                  "认识,今后的绩效评价将更加规范、有序。"),
        ],
        "gold": {
            "source_urls": ["https://yncn.gov.cn/info/3908/5977830.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind(None, None, "农村危房改造及抗震改造户数", None, 14, "户",
                    "绩效目标14户,实际完成14户", 14),
                ind(None, None, "当年开工率", None, None, "%", "均达100%", 100),
                ind(None, None, "完成率", None, None, "%", "均达100%", 100),
                ind(None, None, "改造验收合格率", None, None, "%", "均达100%", 100),
                ind(None, None, "改造后房屋满足基本居住功能需要比例", None, None, "%", "均达100%", 100),
                ind(None, None, "改造后房屋在相当于本地区抗震设防烈度地震中无严重毁损的比例", None, None, "%",
                    "均达100%", 100),
                ind(None, None, "改造后房屋人畜分离、卫生厕所等基本卫生条件有基本保障的比例", None, None, "%",
                    "均达100%", 100),
                ind(None, None, "改造后入住率", None, None, "%", "均达100%", 100),
            ],
            "goals": [],
            "facts": [
                {"metric": "农村危房改造及抗震改造户数", "kind": "completion", "planned": 14, "actual": 14,
                 "stated_rate": 100, "unit": "户"},
            ],
            "findings": [
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the report's list of results (14户 and seven rates) holds no satisfaction measure"},
            ],
            "notes": "昌宁县鸡飞镇 2022年农村危房改造项目自评报告 (云南 保山 昌宁县), published 2023-03-08; the page's "
                     "index block (索引号/发布机构/公开目录/发布日期/文号/浏览量/主题词) is kept as a 4-column grid, "
                     "empty cells empty. Indicators: one target with its result (绩效目标14户,实际完成14户, 100%) and "
                     "seven rates named in one run-on list closed by '均达100%' — each read as a row with actual 100 "
                     "and no target (level1/level2 null: the report labels none). 14/14 = 100% is right. The stored "
                     "page ends after 二、's third point ('有序开展。'), the document too; it holds no 三、 section. "
                     "Judgement calls: whether the run-on list is eight indicators or a sentence (read as "
                     "indicators, the names exactly as written, one name keeping its two conjoined items "
                     "'人畜分离、卫生厕所等'); the missing satisfaction dimension is judged on the results the report "
                     "gives, not on its cut end (the list is complete in 一、). No 产出/效益 labels, so no "
                     "dimension other than 满意度 is claimed missing.",
        },
    },
    # ------------------------------------------------------------------ 4
    {
        "file": "hi-baisha-bangxi-ranger-evalreport",
        "body": [
            ("meta", "首页 > 信息公开专栏"),
            ("meta", "标题:2024年度林业草原生态保护恢复资金项目支出绩效评价报告"),
            ("meta", "索引号:8261993/2025-00027  分  类:财政、金融、审计  发文机关:白沙黎族自治县邦溪镇  "
                     "成文日期:2025年04月10日  文  号:  发布日期:2025年04月10日  主题词:"),
            ("title", "2024年度林业草原生态保护恢复资金项目支出绩效评价报告"),
            ("p", "按照白沙黎族自治县财政局《关于开展2024年度项目支出绩效自评工作的通知》(白财〔2025〕19号)的"
                  "要求,为推进预算绩效管理、提高财政资金使用效益,本单位对2024年度“林业草原生态保护恢复资金”"
                  "项目进行了绩效自评,情况报告如下:"),
            ("h", "一、项目基本情况"),
            ("p", "(一)项目概况"),
            ("p", "林业草原生态保护恢复资金为经常性项目,列入本单位2024年预算,用于支付2024年度邦溪镇生态护林员"
                  "每月补贴、购买人生意外险以及2023年度考核奖励金,保证护林员待遇按时发放、巡林工作正常进行。"),
            ("p", "(二)项目绩效目标"),
            ("p", "项目年度目标:完成2024年度护林员补贴的发放,确保巡林工作正常开展;"),
            ("p", "数量指标:林业草原生态保护恢复资金项目资金支付进度率≥95%;"),
            ("p", "质量指标:保障巡林工作的顺利开展,护林员的待遇正常发放;"),
            ("p", "时效指标:2024年度内完成支付;"),
            ("p", "成本指标:项目产出成本控制在预算内≤100%;"),
            ("p", "服务对象满意度指标:生态护林员满意度≥90%。"),
            ("h", "二、绩效评价工作情况"),
            ("p", "前期准备一是项目对接。评价小组与项目相关人员对接,了解资金和绩效情况。二是资料收集。评价小组"
                  "收集本次评价所需资料,包括项目绩效自评材料及佐证资料。"),
            ("p", "组织实施评价小组整理汇总收集到的基础数据,结合现场核查对项目绩效全面分析,形成初步评价意见,"
                  "并完成报告初稿的撰写。评"),
        ],
        "gold": {
            "source_urls": ["https://baisha.hainan.gov.cn/baisha/zfxxgkzl/xgxzzfxxgk/bsxbxz/gkml/202504/"
                            "t20250410_3847011.html"],
            "province": "海南",
            "doc_kind": "评价报告",
            "patterns": [6, 10],
            "indicators": [
                ind("产出指标", "数量指标", "林业草原生态保护恢复资金项目资金支付进度率", ">=", 95, "%",
                    "林业草原生态保护恢复资金项目资金支付进度率≥95%"),
                ind("产出指标", "质量指标", "保障巡林工作的顺利开展,护林员的待遇正常发放", None, None, None,
                    "保障巡林工作的顺利开展,护林员的待遇正常发放"),
                ind("产出指标", "时效指标", "2024年度内完成支付", None, None, None, "2024年度内完成支付"),
                ind("产出指标", "成本指标", "项目产出成本控制在预算内", "<=", 100, "%",
                    "项目产出成本控制在预算内≤100%"),
                ind("满意度指标", "服务对象满意度指标", "生态护林员满意度", ">=", 90, "%", "生态护林员满意度≥90%"),
            ],
            "goals": [
                {"kind": "年度目标", "text": "完成2024年度护林员补贴的发放,确保巡林工作正常开展"},
            ],
            "facts": [],
            "findings": [
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "the target list (数量/质量/时效/成本/服务对象满意度) is complete and has no 效益 indicator"},
                {"rule": "target.input_or_process", "item": "林业草原生态保护恢复资金项目资金支付进度率",
                 "why": "the 数量 indicator measures payment progress of the money, not an output"},
                {"rule": "target.qualitative_no_scale", "item": "保障巡林工作的顺利开展,护林员的待遇正常发放",
                 "why": "the 质量 indicator is a statement with no value or grading"},
                {"rule": "target.cost_restates_budget", "item": "项目产出成本控制在预算内",
                 "why": "'控制在预算内≤100%' restates the budget, no unit cost"},
                {"rule": "goal.unquantified", "item": "完成2024年度护林员补贴的发放",
                 "why": "the annual goal has no number (how many rangers, what amount)"},
                {"rule": "goal.process_only", "item": "完成2024年度护林员补贴的发放",
                 "why": "the goal is paying out the subsidy and keeping patrols going: an activity, not a result"},
            ],
            "notes": "白沙黎族自治县邦溪镇 2024年度林业草原生态保护恢复资金 (生态护林员补贴) 项目支出绩效评价报告 "
                     "(self-evaluation under 白财〔2025〕19号), published 2025-04-10. Targets as five labelled lines "
                     "under (二)项目绩效目标; the page header (标题/索引号/分类/发文机关/日期) kept as lines. "
                     "'人生意外险' (for 人身意外险) kept as written. '前期准备一是…' and '组织实施评价小组…' run "
                     "together on the page (lost headings) and are kept so. The page stops at '评' after the 初稿 "
                     "sentence and so does the document: no results, no scores. Judgement calls: the 质量 and 时效 "
                     "lines have no separate indicator name, so the line is both name and target_text; "
                     "'2024年度内完成支付' is taken as giving its deadline (the year), no time finding; "
                     "'≤100%' on the cost line is read as a value of 100 with unit %; five rows is one below the "
                     "brief's six, taken because the list is the report's complete target set.",
        },
    },
    # ------------------------------------------------------------------ 5
    {
        "file": "yn-baoshan-blood-aids-selfreport",
        "body": [
            ("meta", "索引号 09130195-9-/2020-0629042   发布机构 保山市卫生健康委员会   公开目录 绩效评价   "
                     "发布日期 2020-06-29   文号   浏览量   主题词"),
            ("title", "保山市中心血站2019年度项目绩效自评报告(市级艾滋病防治工作补助资金)"),
            ("title", "保山市中心血站2019年度项目绩效\n自评报告\n(市级艾滋病防治工作补助资金)"),
            ("h", "一、 项目基本情况"),
            ("p", "为巩固和扩大防治成果、提高防治成效,确保完成省政府与市政府签订的2019年防治艾滋病责任目标以及"
                  "我市第四轮防艾人民战争各项指标,依据保财社201976号文件,市级财政安排保山市中心血站2019年防治"
                  "艾滋病专项工作经费4万元,与中央、省级资金配合使用,围绕“两降一升”总目标,贯彻国务院及云南省"
                  "《艾滋病防治条例》和《国务院关于进一步加强艾滋病防治工作的通知》,落实国家“四免一关怀”政策和"
                  "各项防治措施,完成我市第四轮防治艾滋病工作既定目标和市政府2019年防治艾滋病工作目标。"),
            ("h", "二、项目绩效自评工作开展情况"),
            ("p", "建立健全项目管理规章制度,实施有计划、抓落实,项目结束有总结。"),
            ("h", "三、项目绩效实现情况"),
            ("p", "(一)项目资金情况"),
            ("p", "1.项目资金到位情况。"),
            ("p", "2019年预算资金拨款4万元,补助资金全部到位。"),
            ("p", "2.项目资金执行情况。"),
            ("p", "项目资金用于艾滋检测试剂费4万元,完成艾滋试剂检测1818人次;同时加强无偿献血健康教育和禁毒防艾"
                  "宣传,全年举办无偿献血、健康教育、禁毒防艾、反歧视等知识讲座12场次,增强基层群众的健康保健"
                  "意识。"),
            ("p", "3.项目资金管理情况。"),
            ("p", "项目资金坚持专款专用,没有挪用或用于无关事项。"),
            ("p", "(二)项目绩效指标完成情况"),
            ("p", "1.产出指标完成情况。"),
            ("p", "全年艾滋检测人数占献血员比例100%;自愿无偿献血率100%;酶免检测覆盖"),
        ],
        "gold": {
            "source_urls": ["https://www.baoshan.gov.cn/info/5714/2656204.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind("产出指标", None, "艾滋检测人数占献血员比例", None, None, "%",
                    "全年艾滋检测人数占献血员比例100%", 100),
                ind("产出指标", None, "自愿无偿献血率", None, None, "%", "自愿无偿献血率100%", 100),
                ind("产出指标", None, "酶免检测覆盖", None, None, None, None),
            ],
            "goals": [
                {"kind": "目标", "text": "围绕“两降一升”总目标,完成我市第四轮防治艾滋病工作既定目标和市政府2019年"
                                         "防治艾滋病工作目标"},
            ],
            "facts": [
                {"metric": "防治艾滋病专项工作经费", "kind": "budget", "planned": 4, "actual": 4,
                 "stated_rate": None, "unit": "万元"},
            ],
            "findings": [
                {"rule": "target.missing_value", "item": "酶免检测覆盖",
                 "why": "the row is cut after its name ('酶免检测覆盖'): no value"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "the page stops inside 1.产出指标完成情况: no benefit indicator in the file"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the page stops inside 1.产出指标完成情况: no satisfaction indicator in the file"},
                {"rule": "goal.unquantified", "item": "围绕“两降一升”总目标",
                 "why": "the goal refers to '两降一升' and to 既定目标 without any figure"},
            ],
            "notes": "保山市中心血站 2019年度 项目绩效自评报告 (市级艾滋病防治工作补助资金 4万元), posted by 保山市卫生"
                     "健康委员会 2020-06-29. The page repeats its title (web title, then the document's own three-line "
                     "title), kept. '保财社201976号' (brackets of 〔2019〕 lost) kept as written. The page stops in the "
                     "third clause of 1.产出指标完成情况 ('酶免检测覆盖') and so does the document: three rows, the "
                     "third a name with no value. 1818人次 and 12场次 stand in the 资金执行 paragraph as what the money "
                     "bought, not under the indicator heading: read as context, not indicators (judgement call). "
                     "4万元 拨款 spent on 试剂 4万元: budget fact 4/4, no stated rate. The goal sentence is the last "
                     "clause of 一、 (our wording keeps '两降一升' and the two 目标 phrases).",
        },
    },
    # ------------------------------------------------------------------ 6
    {
        "file": "jx-quannan-geohazard-evalreport",
        "body": [
            ("meta", "附件3:项目资金绩效评价报告.doc"),
            ("title", "关于 2021 年度地质灾害群测群防项目资金绩效评价 报告"),
            ("h", "一、项目基本情况"),
            ("p", "(一)地质灾害群测群防项目概况:2021 年,根据 1/5 万地质灾害调查单位和各乡(镇、场、公司)及相关"
                  "单位开展的地质灾害隐患巡查、排查、核查,我县地质灾害隐患点共 571 处,其中:崩塌 76 处、滑坡 487 "
                  "处、塌陷 6 处、泥石流 2 处,威胁总户数 793 户 3411 人、威胁财产 6671 万元。"),
            ("p", "(二)绩效目标 依据《全南县人民政府 2020 年地质灾害防治方案》的工作和职责要求,对全县有关人员开展"
                  "培训;对全部地质灾害隐患点进行筛查,重点隐患区重点管理、责任落实到人;组织常态化巡查;做好全县"
                  "地质灾害防治,避免和减轻地质灾害造成的损失。"),
            ("h", "二、项目执行情况"),
            ("p", "(一)2021 年 12 月 31 日项目目标完成情况"),
            ("p", "1.截止到 2021 年 12 月 31 日,地质灾害重点村全部配备群测群防员 95 名,主汛期和非主汛期均安排现场"
                  "巡查,组织人员 596 人次、1256 点次对隐患点实地排查。我局会同县防汛办、应急管理局对各乡镇开展"
                  "防汛(地质灾害)工作大检查 2 次。今年以来共发放避灾明白卡 1286 余份,发放宣传资料 1000 余份。"),
            ("p", "(2)及时调整县、乡地质灾害防灾责任人,健全县、乡、村、组四级群测群防网络,落实地质灾害防治群测"
                  "群防员 99 人。坚持“雨前排查、雨中巡查、雨后复查”,做好临灾转移群众工作,今年以来临灾转移群众 "
                  "30 户 106 人,未发生因灾人员伤亡事故。"),
            ("p", "(3)为协同应对地质灾害,我局主动对接相关部门,健全完善防汛、水利、自然资源、应急管理、气象、水文"
                  "等部门防汛会商机制。今年以来共发布地质灾害预警报告 1 期,发"),
        ],
        "gold": {
            "source_urls": ["https://doc.chddh.cn/archives/48n5zg2zkk0q327q6rjv.html"],
            "province": "江西",
            "doc_kind": "评价报告",
            "patterns": [10],
            "indicators": [],
            "goals": [
                {"kind": "目标", "text": "对全县有关人员开展培训;对全部地质灾害隐患点进行筛查,重点隐患区重点管理、"
                                         "责任落实到人;组织常态化巡查;做好全县地质灾害防治,避免和减轻地质灾害"
                                         "造成的损失"},
            ],
            "facts": [
                {"metric": "地质灾害隐患点", "kind": "sum", "total": 571, "parts": [76, 487, 6, 2]},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": "对全县有关人员开展培训",
                 "why": "the 绩效目标 lists training, screening, patrols and loss reduction with no number "
                        "(how many people, points, patrols, what loss level)"},
            ],
            "notes": "全南县 (江西 赣州; the issuing 局 is not named on the stored page) 2021年度 地质灾害群测群防项目资金绩效评价报告, document-mirror copy of "
                     "'附件3:项目资金绩效评价报告.doc' (the mirror's spaced digits '2021 年', '571 处' and the "
                     "broken title line '绩效评价 报告' kept). Prose only; the county is named through the "
                     "《全南县人民政府 2020 年地质灾害防治方案》 cited in (二) (a 2021 report resting on the 2020 方案, "
                     "kept). Numbering defect kept: '1.' followed by '(2)' and '(3)'. The page stops at '发布地质灾害"
                     "预警报告 1 期,发' and the document too. 571 = 76 + 487 + 6 + 2 (right). 群测群防员 95 名 "
                     "(配备, paragraph 1) against 99 人 (落实, paragraph 2) is left as it stands: two clauses, not a "
                     "stated total, no finding (judgement call). No indicator: the results are activity counts in "
                     "prose without targets; no coverage finding for a prose report. The goal is not judged "
                     "process-only because it closes on an outcome (减轻损失).",
        },
    },
]


def set_cjk(run, size=None, bold=False):
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), "SimSun")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def add_lines(doc, text, size, bold, align=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_cjk(r, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    return p


def build_docx(entry, path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind43"
    cp.title = entry["file"]
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    for kind, content in entry["body"]:
        if kind == "title":
            add_lines(doc, content, 15, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "h":
            add_lines(doc, content, 12, True)
        elif kind == "p":
            add_lines(doc, content, 11, False)
        elif kind == "meta":
            add_lines(doc, content, 9, False)
        elif kind == "table":
            ncols = max(len(r) for r in content)
            t = doc.add_table(rows=len(content), cols=ncols)
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j in range(ncols):
                    val = row[j] if j < len(row) else ""
                    cell = t.cell(i, j)
                    cell.text = ""
                    if val:
                        set_cjk(cell.paragraphs[0].add_run(val), 9)
            # 主题词 row: the value cell spans the three cells to its right, as on the page
            last = len(content) - 1
            if content[last][0] == "主题词":
                t.cell(last, 1).merge(t.cell(last, ncols - 1))
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data, path):
    """Rewrite the package with fixed entry dates so the bytes do not change between runs."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def export_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", outdir, path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def write_gold(entry, source):
    g = dict(entry["gold"])
    gold = {"source": source}
    for key in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings",
                "notes"):
        gold[key] = g[key]
    with open(os.path.join(ANN, source + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    for entry in DOCS:
        docx_path = os.path.join(HERE, entry["file"] + ".docx")
        build_docx(entry, docx_path)
        write_gold(entry, entry["file"] + ".docx")
        if not args.no_pdf:
            if shutil.which("soffice") is None:
                sys.exit("soffice not found (use --no-pdf)")
            export_pdf(docx_path)
        write_gold(entry, entry["file"] + ".pdf")
        print("wrote", entry["file"])


if __name__ == "__main__":
    main()
