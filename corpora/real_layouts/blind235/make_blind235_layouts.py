"""blind235: policy plans / task lists with quantified targets (code-blind corpus part).

The gold (GOLD below) is written before any file is built or read back.
Run: /tmp/wvenv/bin/python make_blind235_layouts.py
"""

import datetime
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind235"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# Document texts (long sentences paraphrased; names, figures, units, dates kept)
# ---------------------------------------------------------------------------

XQ_TITLE = "新邱区2022年全面推进乡村振兴重点 工作目标任务"
XQ_META = "日期: 2022-05-30浏览量:186来源:新邱区农业农村局责任编辑:马新文字大小:"
XQ_S1 = "粮食播种面积不低于4.11万亩；在正常年景下，全区粮食产量达到0.24亿斤。"
XQ_S2 = ("抓好农产品生产和保供，肉类总产量不低于3000吨，能繁母猪正常保有量达到2000头。"
         "新建设施农业200亩，设施农业恢复重建100亩。蔬菜种植面积达到1500亩以上，蔬菜产量不低于4400吨。")
XQ_S3 = ("严格执行“四个不摘”要求，把巩固拓展脱贫攻坚成果摆在突出位置；进一步健全完善防止返贫动态监测和帮扶机制，"
         "做到易返贫致贫人口早发现、早干预、早帮扶，应纳尽纳、应扶尽扶、动态清零，坚决防止出现整乡镇规模性返贫致贫；"
         "拓宽脱贫群众增收门路，确保脱贫人口与当地农民的收入比例不断提高；扎实抓好乡村发展、乡村建设、乡村治理各项重点工作。")
XQ_S4 = "全区耕地保有量不低于4.362万亩，永久基本农田保护面积不低于1.587万亩(最终以新一轮国土空间规划下达的保护任务为准)。"
XQ_S5 = ("9月底前，完成农村问题户厕的整改和验收，户厕运维体系覆盖率达到100%。建立农民参与农村户厕改造的机制，杜绝“零费用”改厕。"
         "对照“十四五”目标，在充分尊重农民意愿的前提下，科学合理、扎实有序地推进农村户厕新建，每个未改厕村建设3-5户“试点厕”。"
         "建立农村垃圾治理领导包片责任制和村庄环境长效管护机制，保洁员工资按规定足额及时发放，农村生活垃圾收运处置体系覆盖率达到100%。"
         "制订“十四五”农村生活垃圾处置设施建设规划。建成农村生活污水处理设施工程项目2个。")

XQ_BLOCKS = [
    ("title", XQ_TITLE), ("meta", XQ_META),
    ("h", "一、全力确保粮食安全"), ("p", XQ_S1),
    ("h", "二、全力做好“菜篮子”稳产保供"), ("p", XQ_S2),
    ("h", "三、坚决守住不发生规模性返贫底线"), ("p", XQ_S3),
    ("h", "四、切实加强耕地保护"), ("p", XQ_S4),
    ("h", "五、扎实推进人居环境整治提升"), ("p", XQ_S5),
    ("sign", "新邱区农业农村局"), ("sign", "2022年5月30日"),
]

HY_TITLE = "农业农村局2023年11月承担政府重点工作完成情况"
HY_META = "发布时间:2023-12-14 11:30 来源: 怀远县农业农村局 浏览量: 【字号:   打印"
HY_WIDTHS = [1.0, 4.6, 2.2, 1.8, 5.6, 1.8]
HY_HEADER = ["序号", "目标任务", "牵头责任单位", "计划完成时间", "目前完成情况", "是否达到序时进度"]
HY_ROWS = [
    ["6", "农村常住居民人均可支配收入与经济增长同步。", "经管站\n2", "2023年底",
     "前三季度绝对数16285元，增幅7.4%", ""],
    ["52", "建成高标准农田8.3万亩，确保粮食总产稳定在120万吨以上。", "农田建设管理股、农业股", "2023年底",
     ("8.3万亩高标准农田在建，整体进度约70%，正抢抓工期，计划12月底前完成主体工程。2023年全县小麦总产69.6514万吨，"
     "比上年增加0.84%。秋粮长势良好，玉米已全部收获，调查队上报单产450.03公斤/亩，较上年增长2.1%；水稻收获接近尾声，"
     "调查队上报单产616.65公斤斤/亩，较上年增产0.13%。"), ""],
    ["53", "加快推动农业规模化经营，完成“一村一块田”改革试验20万亩，全县土地流转率达60%。", "经管站", "2023年底",
     "“一村一块田”改革试验累计完成31.7万亩；全县土地流转面积138.133万亩，占“三调”面积的63.08%。", ""],
    ["54", "加强农产品品牌建设，创建优质专用粮食生产基地62万亩，完成“三品一标”认证10个，建成长三角绿色农产品生产加工供应基地6个。",
     "农业股\n乡村产业发展股", "2023年底",
     "完成“三品一标”认证10个，建成长三角绿色农产品生产加工供应基地3优质专用粮食生产基地喜获丰收。", ""],
    ["55", "持续开展农资打假专项治理行动，以最严举措打击假种子、假化肥等违法行为。", "农业执法大队\n ", "2023年底",
     ("1、查处违法行为31起，立案31起，结案18起，其余13起正在调查处理。2、对全县18个乡镇的农资市场开展检查。"
     "3、与乡镇政府及行业监管部门联合开展农资打假宣传。4、已开展种子抽样，其中水稻抽样25组、玉米16组。"), ""],
    ["56", "加快绿色食品产", "", "", "", ""],
]

QX_SALUTE = "县示范区管委会,各乡、镇人民政府,县直各有关单位:"
QX_P0 = ("经县政府同意，现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》《县政府重点工作任务分解》"
         "印发你们，请各单位逐项对照、迅速行动、抓好落实。")
QX_P1 = ("一、责任到人，闭环管理。《2025年县<政府工作报告>任务分解》列出133项具体任务，涉及34个牵头单位；"
         "《2025年十五件民盼实事任务分解》细化为15项具体任务，涉及10个责任单位；《2025年县政府重点工作任务分解》列出40项具体任务，"
         "涉及21个责任单位。各责任单位要对照任务清单逐项细化职责、制定实施方案，明确责任人和工作标准，"
         "形成从分解任务到验收成果的全流程责任链条。")
QX_P2 = ("二、节点管控，动态调度。各单位要盯住目标任务、关键指标和序时进度，加强调度和分析研判，及时解决困难问题。"
         "实行“月度盘点+季度研判”动态监管，县政府领导定期召开专题会议听取落实情况。")
QX_P3 = ("三、协同破题，联动增效。跨单位任务由牵头单位统筹协调、协同单位积极配合：牵头单位负责制定攻坚方案、统筹资源配置，"
         "协同单位主动对接需求、做好支撑保障，形成工作合力，提升工作质效，确保按期兑现承诺。")
QX_ATT = ["附件:1.2025年县《政府工作报告》任务清单", "2.2025年十五件民盼实事任务分解", "3.2025年县政府重点工作备忘录任务分解"]
QX_I1 = "1.投资3000万元建设南美白对虾工厂化循环水养殖基地。"
QX_I2 = "2.打造食用菌酵素生产基地。"
QX_I3 = "3.建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产,培育服装加工产业园,推动天欣纸业环保包装等项目达产达效。"
QX_I4 = "4.加强示范区与主城区基础设施"
QX_BLOCKS = [
    ("p0", QX_SALUTE), ("p", QX_P0), ("p", QX_P1), ("p", QX_P2), ("p", QX_P3),
    ("p0", QX_ATT[0]), ("p0", QX_ATT[1]), ("p0", QX_ATT[2]),
    ("sign", "沁县人民政府办公室"), ("sign", "2025年5月18日"), ("p", "(此件公开发布)"),
    ("p0", "附件1"), ("title", "2025年县政府工作报告任务清单"),
    ("h", "一、县示范区管委会牵头工作(8项)"),
    ("p", QX_I1), ("p", QX_I2), ("p", QX_I3), ("p", QX_I4),
]

XA_TITLE = "2023年区《政府工作报告》确定的重点工作任务责任分解方案"
XA_ITEMS = [
    ("地区生产总值增长8%以上。", "杜新国", "区发改局"),
    ("固定资产投资增长16%以上。", "杜新国", "区发改局"),
    ("规上工业增加值增长10%以上。", "洪声耀", "区科经局"),
    ("社会消费品零售总额增长11%以上。", "陈浩", "区商务局"),
    ("进出口总额增长15%以上。", "陈浩", "区商务局"),
    ("一般公共预算收入增长12%以上。", "杜新国", "区财政局、区税务局"),
    ("城乡居民收入增长与经济增长基本同步。", "杜新国、丁玲", "区发改局、区农业农村局"),
    ("城镇登记失业率控制在4.5%以内。", "杜新国", "区人社局"),
    ("粮食产量稳定在23万吨。", "丁玲", "区农业农村局"),
    ("完成省、市下达的节能减排考核目标任务。", "杜新国", "区发改局"),
    ("完成省、市下达的环境保护考核目标任务。", "刘伍寿、陈浩", "市生态环境局咸安分局"),
]
XA_12 = ("12.开工建设南外环高速公路和全域公交项目，推进s356横沟至黄沙铺改扩建二期、s319咸赵线陈家沟段达标提质改造工程，"
         "抓好g351双溪至横沟段改扩建项目的前期工作，确保107国道咸安绕城段、s361星星竹海至大竹山段公路建成通车。"
         "(责任领导:洪声耀;牵头单位:区交通运输局;责任单位:区发改局、区自然资源和规划局、区林业局,区经发集团,相关乡镇办)")
XA_13 = "13.加快落实流域综合治理统筹发展规划，加快推进淦河二期系统治理、汀泗河系统治理项目，启动"
XA_BLOCKS = [("title", XA_TITLE), ("h", "一、2023年全区经济社会发展主要预期目标")]
for _i, (_t, _lead, _unit) in enumerate(XA_ITEMS, 1):
    XA_BLOCKS.append(("p", f"{_i}.{_t}(责任领导:{_lead};牵头单位:{_unit})"))
XA_BLOCKS += [("h", "二、2023年七个方面主要工作安排"), ("h", "(一)坚定不移做强增长引擎"),
              ("p0", "加强基础设施建设"), ("p", XA_12), ("p", XA_13)]

YN_T1 = "云南省城镇污水处理提质增效三年行动"
YN_T2 = "实施方案(2019—2021年)"
YN_P0 = ("为推动城市高质量发展、改善人居环境，部署开展城镇污水处理提质增效三年行动，加快补齐城镇污水收集和处理设施短板，"
         "打好城市黑臭水体攻坚战，依据《住房和城乡建设部生态环境部 发展改革委关于印发城镇污水处理提质增效三年行动方案"
         "(2019—2021年)的通知》(建城〔2019〕52号)和《中共云南省委云南省人民政府关于全面加强生态环境保护坚决打好污染防治攻坚战的实施意见》"
         "(云发〔2018〕16号)，结合云南省实际，制定本实施方案。")
YN_P1 = ("以习近平新时代中国特色社会主义思想为指导，全面落实党的十九大以来打好污染防治攻坚战的一系列重大决策部署。"
         "优先解决民生领域的生态环境问题，以改善水环境质量为核心，以长江生态环境系统性修复保护和九大高原湖泊保护治理为重点，"
         "把系统提升城市生活污水收集效能作为主要目标任务，着力补齐城中村、老旧城区和城乡结合部的污水管网等设施短板，"
         "为尽快实现污水管网全覆盖、全收集、全处理打下坚实基础。")
YN_P2 = ("2019年至2021年，全省每年新建及改造修复市政污水管网600公里以上，同时持续推进污水处理设施建设和提标改造，"
         "加快城市黑臭水体治理。到2019年底，省会城市昆明市黑臭水体全面消除；到2020年底，全省地级及以上城市建成区黑臭水体基本消除，"
         "长江干支流沿线和九大高原湖泊等重点敏感区域城市(县城)完成城镇污水处理设施提标改造；到2021年底，"
         "全省地级及以上城市建成区基本消除生活污水直排口，基本消除城中村、老旧城区和城乡结合部生活污水收集处理设施空白区，"
         "基本完成市政雨污错接混接治理及破旧管网修复改造，进一步建")
YN_BLOCKS = [("title", YN_T1), ("title", YN_T2), ("p", YN_P0), ("h", "一、总体要求"), ("h", "(一)指导思想"),
             ("p", YN_P1), ("h", "(二)主要目标"), ("p", YN_P2)]

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

GOLD = {
    "blind235_xinqiu_xiangcun_mubiao.docx": {
        "source_urls": ["https://scizap.com/content/2022/740848.html"],
        "province": "辽宁省",
        "doc_kind": "区农业农村局年度重点工作目标任务(乡村振兴)",
        "patterns": [8],
        "indicators": [
            ind("一、全力确保粮食安全", None, "粮食播种面积", ">=", 4.11, "万亩", "不低于4.11万亩"),
            ind("一、全力确保粮食安全", None, "粮食产量", ">=", 0.24, "亿斤", "达到0.24亿斤"),
            ind("二、全力做好“菜篮子”稳产保供", None, "肉类总产量", ">=", 3000, "吨", "不低于3000吨"),
            ind("二、全力做好“菜篮子”稳产保供", None, "能繁母猪正常保有量", ">=", 2000, "头", "达到2000头"),
            ind("二、全力做好“菜篮子”稳产保供", None, "设施农业", "=", 200, "亩", "新建设施农业200亩"),
            ind("二、全力做好“菜篮子”稳产保供", None, "设施农业恢复重建", "=", 100, "亩", "恢复重建100亩"),
            ind("二、全力做好“菜篮子”稳产保供", None, "蔬菜种植面积", ">=", 1500, "亩", "达到1500亩以上"),
            ind("二、全力做好“菜篮子”稳产保供", None, "蔬菜产量", ">=", 4400, "吨", "不低于4400吨"),
            ind("三、坚决守住不发生规模性返贫底线", None, "脱贫人口与当地农民的收入比例", None, None, None, "不断提高"),
            ind("四、切实加强耕地保护", None, "耕地保有量", ">=", 4.362, "万亩", "不低于4.362万亩"),
            ind("四、切实加强耕地保护", None, "永久基本农田保护面积", ">=", 1.587, "万亩", "不低于1.587万亩"),
            ind("五、扎实推进人居环境整治提升", None, "农村问题户厕的整改和验收", None, None, None,
                "9月底前，完成农村问题户厕的整改和验收"),
            ind("五、扎实推进人居环境整治提升", None, "户厕运维体系覆盖率", "=", 100, "%", "达到100%"),
            ind("五、扎实推进人居环境整治提升", None, "试点厕", None, None, "户", "每个未改厕村建设3-5户“试点厕”"),
            ind("五、扎实推进人居环境整治提升", None, "农村生活垃圾收运处置体系覆盖率", "=", 100, "%", "达到100%"),
            ind("五、扎实推进人居环境整治提升", None, "“十四五”农村生活垃圾处置设施建设规划", None, None, None,
                "制订“十四五”农村生活垃圾处置设施建设规划"),
            ind("五、扎实推进人居环境整治提升", None, "农村生活污水处理设施工程项目", "=", 2, "个",
                "建成农村生活污水处理设施工程项目2个"),
        ],
        "goals": [
            {"kind": "年度目标", "text": XQ_S1},
            {"kind": "年度目标", "text": XQ_S2},
            {"kind": "年度目标", "text": XQ_S3},
            {"kind": "年度目标", "text": XQ_S4},
            {"kind": "年度目标", "text": XQ_S5},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": XQ_S3[:20],
             "why": "第三项目标只有“进一步健全”“不断提高”“坚决防止”等表述，没有任何数值或可衡量标准"},
            {"rule": "target.vague_wording", "item": "脱贫人口与当地农民的收入比例",
             "why": "“不断提高”没有基期值和目标值，无法判断是否完成"},
            {"rule": "target.time_no_deadline", "item": "“十四五”农村生活垃圾处置设施建设规划",
             "why": "规划编制任务没有完成时间，其余同段任务有“9月底前”"},
        ],
        "notes": ("辽宁阜新新邱区农业农村局的年度目标任务，全文为五段文字，无表格；存储页面完整，止于落款“新邱区农业农村局 2022年5月30日”。"
                  "标题中“重点 工作”之间的空格照原样保留，页面头部的日期/浏览量/来源/责任编辑一行照录。"
                  "“新建设施农业200亩”“建成…项目2个”等写明确数的任务记为“=”；“达到…”记为“>=”，“达到100%”记为“=”。"
                  "“每个未改厕村建设3-5户”为区间，黄金格式不允许 range，故运算符和数值记为 null，单位记“户”。"
                  "粮食产量以“正常年景”为前提，永久基本农田面积以新一轮国土空间规划为准，两者均为有条件的目标，未单独标记。"),
    },
    "blind235_huaiyuan_nongye_zhongdian.docx": {
        "source_urls": ["https://www.ahhy.gov.cn/zfxxgk/public/24661/51230677.html"],
        "province": "安徽省",
        "doc_kind": "县农业农村局承担政府重点工作月度完成情况表",
        "patterns": [5, 10],
        "indicators": [
            ind(None, None, "农村常住居民人均可支配收入", None, None, None, "与经济增长同步"),
            ind(None, None, "高标准农田", "=", 8.3, "万亩", "建成高标准农田8.3万亩"),
            ind(None, None, "粮食总产", ">=", 120, "万吨", "稳定在120万吨以上"),
            ind(None, None, "“一村一块田”改革试验", "=", 20, "万亩", "完成“一村一块田”改革试验20万亩", actual=31.7),
            ind(None, None, "土地流转率", ">=", 60, "%", "全县土地流转率达60%", actual=63.08),
            ind(None, None, "优质专用粮食生产基地", "=", 62, "万亩", "创建优质专用粮食生产基地62万亩"),
            ind(None, None, "“三品一标”认证", "=", 10, "个", "完成“三品一标”认证10个", actual=10),
            ind(None, None, "长三角绿色农产品生产加工供应基地", "=", 6, "个", "建成长三角绿色农产品生产加工供应基地6个",
                actual=3),
            ind(None, None, "农资打假专项治理行动", None, None, None, "以最严举措打击假种子、假化肥等违法行为"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "农村常住居民人均可支配收入",
             "why": "“与经济增长同步”没有给出增幅数值，完成值7.4%无法直接比对"},
            {"rule": "target.too_low", "item": "“一村一块田”改革试验",
             "why": "目标20万亩，已完成31.7万亩(158.5%)，目标明显偏低"},
            {"rule": "consistency.deviation_reason_missing", "item": "长三角绿色农产品生产加工供应基地",
             "why": "目标6个仅建成3个，完成情况栏未说明原因，“是否达到序时进度”栏空白"},
            {"rule": "target.qualitative_no_scale", "item": "农资打假专项治理行动",
             "why": "“以最严举措打击”没有数量或比率，完成情况只能罗列工作量"},
        ],
        "notes": ("安徽蚌埠怀远县政府信息公开页，一张六列表格(序号/目标任务/牵头责任单位/计划完成时间/目前完成情况/是否达到序时进度)，"
                  "序号不连续(6、52–56)，是从县政府重点工作总表中摘出的本局任务。第6行在“经管站”后有一个来历不明的“2”，照录在牵头单位格内第二段；"
                  "第55行牵头单位格多一个空段；“是否达到序时进度”一列全部为空。第54行完成情况原文“供应基地3优质专用…”缺“个”和标点，照录；"
                  "第52行“公斤斤/亩”照录。存储页面止于第56行“加快绿色食品产”，该行只复现到此，不出指标。"
                  "目标任务格原样照录(它们就是目标)，完成情况格改写但保留全部数字。第52行高标准农田在建、粮食总产只给小麦数，"
                  "实际值记 null；优质专用粮食生产基地完成情况只写“喜获丰收”，没有面积，实际值记 null。土地流转率63.08%按“三调”面积计，照记。"
                  "本表没有单独的目标段落，goals 为空。"),
    },
    "blind235_qinxian_renwu_fenjie.docx": {
        "source_urls": ["https://m.ltwz.net/news/DPweP9gqoV.html"],
        "province": "山西省",
        "doc_kind": "县政府办公室印发政府工作报告任务分解的通知及任务清单",
        "patterns": [6, 8],
        "indicators": [
            ind("一、县示范区管委会牵头工作(8项)", None, "南美白对虾工厂化循环水养殖基地", "=", 3000, "万元", "投资3000万元"),
            ind("一、县示范区管委会牵头工作(8项)", None, "食用菌酵素生产基地", None, None, None, "打造食用菌酵素生产基地"),
            ind("一、县示范区管委会牵头工作(8项)", None, "劳动密集型产业园", "=", 3, "个", "建设3个劳动密集型产业园"),
            ind("一、县示范区管委会牵头工作(8项)", None, "潞讯精密电子30条生产线", "=", 30, "条",
                "推动潞讯精密电子30条生产线投产"),
            ind("一、县示范区管委会牵头工作(8项)", None, "服装加工产业园", None, None, None, "培育服装加工产业园"),
            ind("一、县示范区管委会牵头工作(8项)", None, "天欣纸业环保包装等项目", None, None, None, "达产达效"),
        ],
        "goals": [
            {"kind": "年度目标", "text": QX_I1[2:]},
            {"kind": "年度目标", "text": QX_I2[2:]},
            {"kind": "年度目标", "text": QX_I3[2:]},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.input_or_process", "item": "南美白对虾工厂化循环水养殖基地",
             "why": "只写投资额3000万元，没有养殖规模、产能或建成时间等产出"},
            {"rule": "target.missing_value", "item": "食用菌酵素生产基地",
             "why": "“打造”基地没有规模、产量或完成节点"},
            {"rule": "target.missing_value", "item": "服装加工产业园",
             "why": "“培育”产业园没有入驻企业数、产值等数值"},
            {"rule": "target.qualitative_no_scale", "item": "天欣纸业环保包装等项目",
             "why": "“达产达效”没有产能利用率或产值标准，且“等项目”范围不明"},
        ],
        "notes": ("山西长治沁县人民政府办公室2025年5月18日的通知及附件1任务清单(转载页)。存储页面没有标题，直接从主送机关开始，"
                  "县名在正文中被去掉(“2025年县<政府工作报告>”“县示范区管委会”)，照录。正文称《县政府重点工作任务分解》，"
                  "附件3却叫“2025年县政府重点工作备忘录任务分解”，附件1标题与附件目录也不完全一致，照录不改。"
                  "通知正文三段要求改写，任务数(133项/34个、15项/10个、40项/21个)保留；清单条目为目标原文，照录。"
                  "存储页面止于附件1第4条“加强示范区与主城区基础设施”，“(8项)”中只有前3条完整，第4条不出指标。"
                  "“潞讯精密电子30条生产线”把数值写在名称里(模式6)。目标取清单第1–3条。"),
    },
    "blind235_xianan_zhengfu_fenjie.docx": {
        "source_urls": ["https://by6714.com/t/huazhong/7692.html"],
        "province": "湖北省",
        "doc_kind": "区政府工作报告重点任务责任分解方案(主要预期目标)",
        "patterns": [8],
        "indicators": [
            ind("一、2023年全区经济社会发展主要预期目标", None, "地区生产总值", ">=", 8, "%", "增长8%以上"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "固定资产投资", ">=", 16, "%", "增长16%以上"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "规上工业增加值", ">=", 10, "%", "增长10%以上"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "社会消费品零售总额", ">=", 11, "%", "增长11%以上"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "进出口总额", ">=", 15, "%", "增长15%以上"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "一般公共预算收入", ">=", 12, "%", "增长12%以上"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "城乡居民收入", None, None, None, "增长与经济增长基本同步"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "城镇登记失业率", "<=", 4.5, "%", "控制在4.5%以内"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "粮食产量", "=", 23, "万吨", "稳定在23万吨"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "节能减排考核目标任务", None, None, None,
                "完成省、市下达的节能减排考核目标任务"),
            ind("一、2023年全区经济社会发展主要预期目标", None, "环境保护考核目标任务", None, None, None,
                "完成省、市下达的环境保护考核目标任务"),
        ],
        "goals": [{"kind": "年度目标", "text": t} for t, _a, _b in XA_ITEMS],
        "facts": [],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "城乡居民收入",
             "why": "“与经济增长基本同步”没有增幅数值，“基本”也无允许偏差"},
            {"rule": "target.missing_value", "item": "节能减排考核目标任务",
             "why": "只写“完成省、市下达的”任务，方案内没有具体数值"},
            {"rule": "target.missing_value", "item": "环境保护考核目标任务",
             "why": "只写“完成省、市下达的”任务，方案内没有具体数值"},
        ],
        "notes": ("湖北咸宁咸安区(由“市生态环境局咸安分局”“淦河”“汀泗河”判断)2023年政府工作报告任务分解方案的转载页，"
                  "无发文字号和落款。第一部分11项主要预期目标每项后括注责任领导和牵头单位，照录；目标条目本身就是目标，原样保留。"
                  "第12项改写但保留路名、路段和单位，第13项止于“启动”，存储页面到此为止。"
                  "“增长…%以上”记为“>=”，单位记“%”(增速)，名称取被衡量的量(地区生产总值等)。"
                  "“稳定在23万吨”没有“以上/左右”，记为“=”。第12项是工程进度安排，不单列指标。"),
    },
    "blind235_yunnan_wushui_sannian.docx": {
        "source_urls": ["http://www.kmedri.com/arcnews.aspx?id=549"],
        "province": "云南省",
        "doc_kind": "省城镇污水处理提质增效三年行动实施方案",
        "patterns": [],
        "indicators": [
            ind("(二)主要目标", None, "市政污水管网", ">=", 600, "公里", "每年新建及改造修复市政污水管网600公里以上"),
            ind("(二)主要目标", None, "昆明市黑臭水体", None, None, None, "省会城市昆明市黑臭水体全面消除"),
            ind("(二)主要目标", None, "地级及以上城市建成区黑臭水体", None, None, None,
                "全省地级及以上城市建成区黑臭水体基本消除"),
            ind("(二)主要目标", None, "城镇污水处理设施提标改造", None, None, None, "完成城镇污水处理设施提标改造"),
            ind("(二)主要目标", None, "生活污水直排口", None, None, None, "基本消除生活污水直排口"),
            ind("(二)主要目标", None, "生活污水收集处理设施空白区", None, None, None,
                "基本消除城中村、老旧城区和城乡结合部生活污水收集处理设施空白区"),
            ind("(二)主要目标", None, "市政雨污错接混接治理及破旧管网修复改造", None, None, None,
                "基本完成市政雨污错接混接治理及破旧管网修复改造"),
        ],
        "goals": [
            {"kind": "总体目标", "text": YN_P1},
            {"kind": "中期目标", "text": YN_P2},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": YN_P1[:20],
             "why": "指导思想把“系统提升城市生活污水收集效能”作为主要目标，没有收集率等数值"},
            {"rule": "target.qualitative_no_scale", "item": "地级及以上城市建成区黑臭水体",
             "why": "“基本消除”没有消除比例或剩余数量的标准"},
            {"rule": "target.qualitative_no_scale", "item": "生活污水直排口",
             "why": "“基本消除”没有量化口径"},
            {"rule": "target.qualitative_no_scale", "item": "市政雨污错接混接治理及破旧管网修复改造",
             "why": "“基本完成”没有完成比例或管网长度"},
        ],
        "notes": ("云南省三年行动实施方案(2019—2021年)的转载页(设计院网站)，标题分两行照录。前言和指导思想改写，"
                  "主要目标段按时间节点(2019年底/2020年底/2021年底)给出目标，目标短语照录。存储页面在主要目标段中途“进一步建”处截断，"
                  "只复现到此，其后的指标不得而知，不因截断标记。原文“昆明市全面消除黑臭水体”“建成区基本消除黑臭水体”在改写中调成“…黑臭水体全面消除/基本消除”的语序，使指标名称连续出现，含义不变。只有管网长度一项有数值；“全面消除”(昆明)和"
                  "“完成提标改造”范围明确，不标记；“基本消除/基本完成”各项标为定性无标准。"
                  "本页为省级方案，不是市县方案，取它是因为目标段落按年份分层，且“基本”类表述集中。"),
    },
}


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------

def set_font(run, size=12, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Noto Serif CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def new_doc(title):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind235"
    cp.last_modified_by = "blind235"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def add_blocks(doc, blocks):
    for kind, text in blocks:
        p = doc.add_paragraph()
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(text), 16, True)
        elif kind == "meta":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(text), 9)
        elif kind == "h":
            p.paragraph_format.first_line_indent = Pt(24)
            set_font(p.add_run(text), 12, True)
        elif kind == "sign":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            set_font(p.add_run(text), 12)
        elif kind == "p0":
            set_font(p.add_run(text), 12)
        else:
            p.paragraph_format.first_line_indent = Pt(24)
            set_font(p.add_run(text), 12)


def fill_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    set_font(cell.paragraphs[0].add_run(parts[0]), 9, bold)
    for extra in parts[1:]:
        set_font(cell.add_paragraph().add_run(extra), 9, bold)


def build_xinqiu(path):
    doc = new_doc(XQ_TITLE)
    add_blocks(doc, XQ_BLOCKS)
    doc.save(path)


def build_huaiyuan(path):
    doc = new_doc(HY_TITLE)
    add_blocks(doc, [("title", HY_TITLE), ("meta", HY_META)])
    table = doc.add_table(rows=1 + len(HY_ROWS), cols=len(HY_HEADER))
    table.style = "Table Grid"
    for j, h in enumerate(HY_HEADER):
        fill_cell(table.cell(0, j), h, bold=True)
    for i, row in enumerate(HY_ROWS, 1):
        for j, val in enumerate(row):
            fill_cell(table.cell(i, j), val)
    table.autofit = False
    for j, width in enumerate(HY_WIDTHS):
        for cell in table.columns[j].cells:
            cell.width = Cm(width)
    grid = table._tbl.tblGrid
    for j, col in enumerate(grid.findall(qn("w:gridCol"))):
        col.set(qn("w:w"), str(int(Cm(HY_WIDTHS[j]).twips)))
    for tr in table._tbl.tr_lst:
        trpr = tr.get_or_add_trPr()
        trpr.append(trpr.makeelement(qn("w:cantSplit"), {}))
    doc.save(path)


def build_qinxian(path):
    doc = new_doc("沁县政府工作报告任务分解")
    add_blocks(doc, QX_BLOCKS)
    doc.save(path)


def build_xianan(path):
    doc = new_doc(XA_TITLE)
    add_blocks(doc, XA_BLOCKS)
    doc.save(path)


def build_yunnan(path):
    doc = new_doc(YN_T1 + YN_T2)
    add_blocks(doc, YN_BLOCKS)
    doc.save(path)


BUILDERS = {
    "blind235_xinqiu_xiangcun_mubiao.docx": build_xinqiu,
    "blind235_huaiyuan_nongye_zhongdian.docx": build_huaiyuan,
    "blind235_qinxian_renwu_fenjie.docx": build_qinxian,
    "blind235_xianan_zhengfu_fenjie.docx": build_xianan,
    "blind235_yunnan_wushui_sannian.docx": build_yunnan,
}


def normalise_zip(path):
    """Rewrite a zip with sorted entries and a fixed timestamp."""
    with zipfile.ZipFile(path) as zin:
        items = sorted((info.filename, zin.read(info.filename)) for info in zin.infolist())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def fix_pdf(path):
    """Blank the creation date and document id (same byte length, xref stays valid)."""
    data = path.read_bytes()

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", rb"\g<1>20240101000000", data)

    def same_len_id(m):
        return b"<" + b"0" * (len(m.group(0)) - 2) + b">"

    data = re.sub(rb"<[0-9A-Fa-f]{32}>", same_len_id, data)
    data = re.sub(rb"(/DocChecksum\s*/)[0-9A-Fa-f]{32}", rb"\g<1>" + b"0" * 32, data)
    data = re.sub(rb"(<xmp:CreateDate>)([^<]*)(</xmp:CreateDate>)",
                  lambda m: m.group(1) + b"2" * len(m.group(2)) + m.group(3), data)
    path.write_bytes(data)


def export_pdfs(files):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
           "--outdir", str(HERE)] + [str(HERE / f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for f in files:
        fix_pdf(HERE / (Path(f).stem + ".pdf"))


def squash(text):
    return re.sub(r"\s+", "", text or "")


def check_pdf(name, gold):
    pdf = HERE / (Path(name).stem + ".pdf")
    hay = ""
    for mode in (["-layout"], []):
        out = subprocess.run(["pdftotext", *mode, str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        hay += "|" + squash(out)
    missing = []
    for row in gold["indicators"]:
        for key in ("name", "target_text"):
            if row[key] and squash(row[key]) not in hay:
                missing.append((key, row[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in hay:
            missing.append(("goal", g["text"][:30]))
    for f in gold["findings"]:
        if squash(f["item"]) not in hay:
            missing.append(("finding", f["item"]))
    return missing


def write_annotations(name, gold):
    for fname in (name, Path(name).stem + ".pdf"):
        rec = {"source": fname}
        rec.update(gold)
        (ANN / (Path(fname).name + ".json")).write_text(
            json.dumps(rec, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def md5s():
    out = {}
    for p in sorted(HERE.glob("blind235_*")):
        out[p.name] = hashlib.md5(p.read_bytes()).hexdigest()
    for p in sorted(ANN.glob("*.json")):
        out["annotations/" + p.name] = hashlib.md5(p.read_bytes()).hexdigest()
    return out


def build_all():
    ANN.mkdir(exist_ok=True)
    for name, builder in BUILDERS.items():
        path = HERE / name
        builder(path)
        normalise_zip(path)
    export_pdfs(list(BUILDERS))
    problems = {}
    for name, gold in GOLD.items():
        write_annotations(name, gold)
        miss = check_pdf(name, gold)
        if miss:
            problems[name] = miss
    return problems


def main():
    problems = build_all()
    first = md5s()
    problems2 = build_all()
    second = md5s()
    if problems or problems2:
        for name, miss in problems.items():
            print("MISSING in", name, miss)
        sys.exit(1)
    diff = [k for k in first if first[k] != second.get(k)]
    if diff:
        print("NOT DETERMINISTIC:", diff)
        sys.exit(1)
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"ok: {len(GOLD)} documents, {n_ind} indicators, {n_goal} goals, {n_find} findings; md5 stable")
    for k, v in second.items():
        print(v, k)


if __name__ == "__main__":
    main()
