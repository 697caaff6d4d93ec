#!/usr/bin/env python3
"""Build the blind116 part of the real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document reproduces the layout of one
stored public web page (address in GOLD[...]["source_urls"]); the gold answers are written below, before any
file is built. Run with /tmp/venv/bin/python; needs python-docx, openpyxl and LibreOffice (soffice).
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------------------
# GOLD (written first)
# ---------------------------------------------------------------------------------------------------------

def ind(name, target_text, value=None, unit=None, operator=None, actual=None, level1=None, level2=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


GOLD = {}

# 1. 四川 大竹县 2016 民生实事目标任务分解表 (notice + attached table), DOCX
DAZHU_TASKS = [
    ("1", "启动建设东柳河城区段综合治理工程和东湖湿地公园。", "县水务局\n县住建局\n县护城河指挥部", "12月底前"),
    ("2", "新建2座人行天桥。", "县住建局", "9月投入使用"),
    ("3", "启动县图书馆新馆建设。", "县文体广新局\n县代建中心", "12月底前"),
    ("4", "建成县残疾人综合服务中心。", "县残联", "5月底前动工"),
    ("5", "开工建设县老年养护楼。", "县民政局", "5月底前动工"),
    ("", "开工建设老年大学。", None, "12月底前"),       # 序号 and 责任单位 merged down from row 5
    ("6", "迁建县政务服务中心。", "县政务服务中心\n县代建中心", "12月底前"),
    ("7", "加快推进土地滩水库建设。", "县水务局", "12月底前"),
    ("8", "启动大竹县第十二小学建设,新建中心幼儿园2所。", "县教科局\n县代建中心", "12月底前"),
    ("9", "完成棚户区改造2836户。", "县住建局", "12月底前"),
    ("10", "城区再新建1个农贸市场。", "县商务局", "12月底前"),
]
GOLD["sichuan-dazhu-minshengshishi-fenjiebiao"] = {
    "source_urls": ["http://www.dazhu.gov.cn/xxgk-show-947.html"],
    "province": "四川省",
    "doc_kind": "民生实事目标任务分解表(政府办公室督办通知附件)",
    "patterns": [7, 8, 10],
    "indicators": [
        ind("人行天桥", "新建2座人行天桥。", 2, "座"),
        ind("中心幼儿园", "新建中心幼儿园2所", 2, "所"),
        ind("棚户区改造", "完成棚户区改造2836户。", 2836, "户"),
        ind("农贸市场", "城区再新建1个农贸市场。", 1, "个"),
    ],
    "goals": [{"kind": "目标任务", "text": t[1]} for t in DAZHU_TASKS],
    "facts": [],
    "findings": [
        {"rule": "goal.process_only", "item": "加快推进土地滩水库建设。",
         "why": "只写“加快推进”,没有到12月底前要达到的形象进度或完成量,无法判断是否完成"},
    ],
    "notes": ("存储页完整(到“分享到:”为止),通知正文改写为自己的话,文号、日期、420室、电话6239325、每季度末月20日前照录。"
              "表只有 序号│民生实事│责任单位│完成时限 四列,没有单独的指标列:每条民生实事记为一个goal(kind=目标任务),"
              "其中写有数量的(2座、2所、2836户、1个)另记为indicator,name取对象名词,target_text取单元格或分句原文。"
              "第5项两行(老年养护楼/老年大学)共用序号5和责任单位“县民政局”(纵向合并),完成时限各自一格,照原页。"
              "多个责任单位在同一格内分行,照录。"
              "判断:第4项写“建成县残疾人综合服务中心”而完成时限写“5月底前动工”,任务与时限不一致(建成无时限),"
              "没有合适的规则id,只记在这里,不列为finding。“启动…”“开工建设…”“迁建…”类任务有完成时限,视为可考核的里程碑,"
              "不标goal.unquantified;只把“加快推进土地滩水库建设”标为goal.process_only。网页上的“点击数:人次”(缺数字)照录。"),
}

# 2. 四川 眉山 2019 十大民生工程项目完成情况表, XLSX
MS_BLOCK1_METRICS = [("城镇新增就业(人)", "城镇新增就业", "人"),
                     ("城镇失业人员再就业(人)", "城镇失业人员再就业", "人"),
                     ("就业困难人员就业(人)", "就业困难人员就业", "人"),
                     ("城镇登记失业率低于(%)", "城镇登记失业率", "%"),
                     ("下岗失业人员再就业(人)", "下岗失业人员再就业", "人")]
MS_BLOCK1_ROWS = [
    ("全市", [27800, 52242, 187.9, 4400, 5358, 121.8, 2000, 2464, 123.2, 4.3, 3.57, None, 400, 1089, 272.3]),
    ("市本级", [None] * 12 + [60, 577, 961.7]),
    ("眉山天府新区", [None] * 15),
    ("东坡区", [8000, 22921, 286.5, 1200, 1444, 120.3, 500, 616, 123.2, 4.3, 3.48, None, 80, 160, 200]),
    ("彭山区", [3800, 6138, 161.5, 660, 709, 107.4, 300, 346, 115.3, 4.3, 3.54, None, 80, 121, 151.3]),
    ("仁寿县", [8600, 12244, 142.4, 1200, 1442, 120.2, 500, 607, 121.4, 4.3, 3.67, None, 60, 70, 116.7]),
    ("洪雅县", [3600, 3889, 108, 620, 807, 130.2, 300, 369, 123, 4.3, 3.8, None, 60, 100, 166.7]),
    ("丹棱县", [1900, 3029, 159.4, 360, 516, 143.3, 200, 293, 146.5, 4.3, 3.7, None, 30, 31, 103.3]),
    ("青神县", [1900, 4021, 211.6, 360, 440, 122.2, 200, 233, 116.5, 4.3, 3.5, None, 30, 30, 100]),
]
MS_BLOCK2_METRICS = [("劳务品牌培训(人)", "劳务品牌培训", "人"),
                     ("青年劳动者技能培训(人)", "青年劳动者技能培训", "人"),
                     ("妇女居家灵活就业培训(人)", "妇女居家灵活就业培训", "人"),
                     ("开展农村青年技能培训(人)", "开展农村青年技能培训", "人"),
                     ("开展现代农业科技培训\n(人次)", "开展现代农业科技培训", "人次")]
MS_BLOCK2_ROWS = [("全市", [1100, 1140, 103.64, 3000, 3314, 110])]   # the stored page stops after "110"


def _ms_facts():
    facts = []
    regions = [r for r in MS_BLOCK1_ROWS if r[0] not in ("全市",)]
    for k, (_, name, unit) in enumerate(MS_BLOCK1_METRICS):
        if unit == "%":
            continue
        for j, label in ((0, "目标任务"), (1, "进度")):
            total = MS_BLOCK1_ROWS[0][1][3 * k + j]
            parts = [r[1][3 * k + j] for r in regions if r[1][3 * k + j] is not None]
            facts.append({"metric": f"{name}{label}(全市=各地区之和)", "kind": "sum", "total": total,
                          "parts": parts, "unit": unit})
    return facts


GOLD["sichuan-meishan-shidaminshenggongcheng-wanchengqingkuangbiao"] = {
    "source_urls": ["https://www.ms.gov.cn/info/5565/1083570.htm"],
    "province": "四川省",
    "doc_kind": "十大民生工程项目完成情况表(分地区 目标任务/进度/完成比例)",
    "patterns": [2, 5, 6],
    "indicators": [
        ind("城镇新增就业", "27800", 27800, "人", actual=52242, level1="就业促进工程", level2="促进城乡劳动者就业创业"),
        ind("城镇失业人员再就业", "4400", 4400, "人", actual=5358, level1="就业促进工程", level2="促进城乡劳动者就业创业"),
        ind("就业困难人员就业", "2000", 2000, "人", actual=2464, level1="就业促进工程", level2="促进城乡劳动者就业创业"),
        ind("城镇登记失业率", "4.3", 4.3, "%", operator="<", actual=3.57, level1="就业促进工程",
            level2="促进城乡劳动者就业创业"),
        ind("下岗失业人员再就业", "400", 400, "人", actual=1089, level1="就业促进工程", level2="促进城乡劳动者就业创业"),
        ind("劳务品牌培训", "1100", 1100, "人", actual=1140, level1="就业促进工程", level2="加大就业技能培训"),
        ind("青年劳动者技能培训", "3000", 3000, "人", actual=3314, level1="就业促进工程", level2="加大就业技能培训"),
        ind("妇女居家灵活就业培训", None, None, "人", level1="就业促进工程", level2="加大就业技能培训"),
        ind("开展农村青年技能培训", None, None, "人", level1="就业促进工程", level2="加大就业技能培训"),
        ind("开展现代农业科技培训", None, None, "人次", level1="就业促进工程", level2="加大就业技能培训"),
    ],
    "goals": [],
    "facts": _ms_facts(),
    "findings": [
        {"rule": "target.too_low", "item": "城镇新增就业",
         "why": "全市目标任务27800人,进度52242人,完成比例187.9%(东坡区286.5%、青神县211.6%),远超150%,目标定得过低"},
        {"rule": "target.too_low", "item": "下岗失业人员再就业",
         "why": "全市目标任务400人,进度1089人,完成比例272.3%(市本级961.7%),远超150%,目标定得过低"},
    ],
    "notes": ("存储页在第二个表块“加大就业技能培训”的全市行“青年劳动者技能培训”完成比例“110”处中断(3314/3000=110.47,"
              "可能被截断),文件到此为止;第二块其余三个指标(妇女居家灵活就业培训、开展农村青年技能培训、开展现代农业科技培训)"
              "只有表头没有数,gold中记为value=null,不作为finding(是截断造成的)。"
              "表头“目标任务/进度/完成比例(%)”每个指标三列;“进度”视为实际完成值(年终完成情况表)。indicator取“全市”行的目标任务"
              "与进度;各地区的数作为facts(全市=各地区之和,目标与进度均核对相加无误)。完成比例全部按 进度/目标任务 复核,"
              "四舍五入到所写小数位都相符,故无consistency.rate。“城镇登记失业率低于(%)”:运算符在表头名称中(低于→\"<\"),"
              "完成比例一栏各行都空着,照录。“市本级”行只有下岗失业人员再就业(市总工会)一组数,“眉山天府新区”整行为空,照录。"
              "level1/level2取表头的工程名和子类(就业促进工程/促进城乡劳动者就业创业/加大就业技能培训),不是绩效框架的一级二级。"
              "target.too_low只取全市完成比例>150%的两个指标;其余指标全市在103%–124%之间。"),
}

# 3. 浙江 江山 2023 市政府民生实事项目实施计划表 (notice + attached table), DOCX
JS_ROWS = [
    ("1", "城市用气\n提升工程",
     "对听涛山庄、雅林西苑、雅林东苑、西城华庭等28个小区进行“液改气”改造,安装燃气安全装置13000套,"
     "对30个小区燃气调压设施进行安全提升,使更多市民用上清洁、安全、实惠的天然气。",
     "2023.01-2023.12", "1200", "1200", "完工投用", "国企投资", "城投集团"),
    ("2", "山塘水库综合整治工程",
     "完成峡口镇大坑等6座小型水库加固改造及石门镇江郎山村后垄等10座山塘综合整治工程,消除安全隐患,提升蓄水灌溉能力。",
     "2023.01-2023.12", "4600", "4600", "基本完工", "政府投资", "水利局"),
    ("3", "生命守护\n工程",
     "开展应急救护普及培训,新增应急救护持证人员6800人,在公共场所配置20台急救设施设备(AED),新建红十",
     "", "", "", "", "", ""),
]
GOLD["zhejiang-jiangshan-minshengshishi-shishijihuabiao"] = {
    "source_urls": ["http://www.jiangshan.gov.cn/art/2023/2/13/art_1229077371_1623952.html"],
    "province": "浙江省",
    "doc_kind": "民生实事项目实施计划表(市政府通知附件)",
    "patterns": [6, 7, 8, 10],
    "indicators": [
        ind("“液改气”改造", "对听涛山庄、雅林西苑、雅林东苑、西城华庭等28个小区进行“液改气”改造", 28, "个"),
        ind("燃气安全装置", "安装燃气安全装置13000套", 13000, "套"),
        ind("燃气调压设施", "对30个小区燃气调压设施进行安全提升", 30, "个"),
        ind("小型水库加固改造", "完成峡口镇大坑等6座小型水库加固改造", 6, "座"),
        ind("山塘综合整治", "石门镇江郎山村后垄等10座山塘综合整治工程", 10, "座"),
        ind("应急救护持证人员", "新增应急救护持证人员6800人", 6800, "人"),
        ind("急救设施设备(AED)", "在公共场所配置20台急救设施设备(AED)", 20, "台"),
    ],
    "goals": [{"kind": "建设内容", "text": r[2]} for r in JS_ROWS] + [
        {"kind": "年度计划", "text": "完工投用"}, {"kind": "年度计划", "text": "基本完工"}],
    "facts": [],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "基本完工",
         "why": "山塘水库综合整治工程的2023年度计划只写“基本完工”,没有说明6座水库、10座山塘各完成多少算“基本”"},
        {"rule": "target.vague_wording", "item": "提升蓄水灌溉能力",
         "why": "效果只写“提升”,没有蓄水量或灌溉面积等数字和基线"},
    ],
    "notes": ("存储页在附件表第3行“生命守护工程”的建设内容“…新建红十”处中断,该行其余各格为空,文件到此为止。"
              "通知正文改写为自己的话,文号江政发〔2023〕1号、索引号、日期2023年2月8日/2023-02-13照录;表头单元格内的换行"
              "(建设起/止年限、总投资/(万元)、2023年度/计划、资金/来源、责任/单位)和项目名称中的换行照原页。"
              "表没有指标列:每格“项目建设规模及内容”记为goal(kind=建设内容),其中的数量分句记为indicator(值写在名称里),"
              "“2023年度计划”一栏的“完工投用/基本完工”记为goal(kind=年度计划)。总投资=当年投资(1200、4600万元)两行都一致,"
              "没有合计行,facts为空。第1行末句(让更多市民…)改写为“使更多市民…”。"),
}

# 4. 江苏 常州市钟楼区 2021年重大民生实事项目目标任务责任分解表, DOCX
ZL_HEADER = ["序号", "项目名称", "主要内容", "区政府分管领导", "牵头单位", "配合单位"]
ZL_G1 = ("实施新建、改扩建学校重点建设项目12个,计划竣工3个,其中幼儿园7个、小学4个、初中1个;"
         "增加学位5000个,其中幼儿园420个,中小学4580个。")
ZL_G2 = ("落实就业优先战略。全区城镇新增就业15000人,失业人员再就业5800人,新增参保大学生5400人,"
         "城乡“零就业家庭”动态清零,城镇登记失业率控制在3%以内;支持成功自主创业2000人,支持大学生创业240人;"
         "开展职业技能补贴培训10000人次。")
ZL_G3A = "完成瞿秋白纪念馆整体提升工程对外开放,完成常州盛宣怀故居(本体)修缮展陈。"
ZL_G3B = "推进大庙弄核心区改造、瞿秋白纪念馆周边立面整治及三堡街、西横街、民元里、邮电路、北大街等老城厢道路整治。"
ZL_G4A = "为全区23000名老年人提供居家上门服务。"
ZL_G4B = "提升改造8家城乡社区居家养老服务中心(站)。"
ZL_G4C = "对300户困难老人家庭进行居家适老化改造。"
ZL_G4D = "提升康复辅具社区租赁服务点建设水平,为IO(X)人提供康复辅具社区租赁服务。"
ZL_G5 = "新建2家“秋白书苑”,开展“幸福钟楼”、文旅惠民月等文旅惠民活动,组"
GOLD["jiangsu-changzhou-zhonglou-zhongdaminshengshishi-fenjiebiao"] = {
    "source_urls": ["https://1wenmi.com/doc/507125.html"],
    "province": "江苏省",
    "doc_kind": "重大民生实事项目目标任务责任分解表",
    "patterns": [2, 6, 7, 10],
    "indicators": [
        ind("学校重点建设项目", "实施新建、改扩建学校重点建设项目12个", 12, "个"),
        ind("计划竣工", "计划竣工3个", 3, "个"),
        ind("增加学位", "增加学位5000个", 5000, "个"),
        ind("城镇新增就业", "全区城镇新增就业15000人", 15000, "人"),
        ind("失业人员再就业", "失业人员再就业5800人", 5800, "人"),
        ind("新增参保大学生", "新增参保大学生5400人", 5400, "人"),
        ind("城乡“零就业家庭”", "城乡“零就业家庭”动态清零", None, None),
        ind("城镇登记失业率", "城镇登记失业率控制在3%以内", 3, "%", operator="<="),
        ind("支持成功自主创业", "支持成功自主创业2000人", 2000, "人"),
        ind("支持大学生创业", "支持大学生创业240人", 240, "人"),
        ind("职业技能补贴培训", "开展职业技能补贴培训10000人次", 10000, "人次"),
        ind("居家上门服务", "为全区23000名老年人提供居家上门服务", 23000, "名"),
        ind("城乡社区居家养老服务中心(站)", "提升改造8家城乡社区居家养老服务中心(站)", 8, "家"),
        ind("居家适老化改造", "对300户困难老人家庭进行居家适老化改造", 300, "户"),
        ind("康复辅具社区租赁服务", "为IO(X)人提供康复辅具社区租赁服务", None, "人"),
        ind("“秋白书苑”", "新建2家“秋白书苑”", 2, "家"),
    ],
    "goals": [{"kind": "目标任务", "text": t} for t in
              (ZL_G1, ZL_G2, ZL_G3A, ZL_G3B, ZL_G4A, ZL_G4B, ZL_G4C, ZL_G4D, ZL_G5)],
    "facts": [
        {"metric": "学校重点建设项目", "kind": "sum", "total": 12, "parts": [7, 4, 1], "unit": "个"},
        {"metric": "增加学位", "kind": "sum", "total": 5000, "parts": [420, 4580], "unit": "个"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "康复辅具社区租赁服务",
         "why": "人数写作“IO(X)”,不是可读的数字(疑为1000的识别错误),该目标没有可用的值"},
        {"rule": "goal.process_only", "item": ZL_G3B,
         "why": "只写“推进…改造/整治”,没有年底要完成的量或节点"},
    ],
    "notes": ("来源是文库页对原docx的文字转录(4页),页首的网站说明、“1、2、3、”分页号不属文件,未收。存储页在第5项"
              "“文体惠民行动”主要内容“…等文旅惠民活动,组”处中断,该行分管领导/牵头/配合单位为空,文件到此为止。"
              "原文在第4项之后重复了一次表头(序号 项目名称 主要内容 区政府分管领导 牵头单位 配合单位),是跨页重复的表头,"
              "照原页作为表中一行保留。第3项有两段内容,各有自己的分管领导和牵头/配合单位;第4项四段内容共用一组"
              "分管领导/牵头/配合单位(纵向合并,按转录文字的顺序判断)。“IO(X)”照录(疑为1000)。"
              "表没有指标列:每段主要内容记为goal(kind=目标任务),其中的数量分句记为indicator(值在名称里);"
              "“其中幼儿园7个、小学4个、初中1个”和“其中幼儿园420个,中小学4580个”作为facts的parts,不另记indicator,"
              "两组相加都对(12、5000)。“零就业家庭动态清零”是定性表述,value=null,不标finding。"
              "“控制在3%以内”→\"<=\"。23000名的单位照写“名”。"),
}

# 5. 陕西 咸阳 2023 国民经济和社会发展计划 (prose: 印发通知 + 总体要求 + 主要预期目标), DOCX
XY_GOAL_OVERALL = ("2023年全市经济社会发展的总体要求是:以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神和"
                   "习近平总书记来陕考察重要讲话重要指示,全面落实中央、省委经济工作会议部署,坚持稳中求进工作总基调,"
                   "完整准确全面贯彻新发展理念,统筹疫情防控和经济社会发展、统筹发展和安全,以全省“三个年”活动为抓手,"
                   "围绕全市高质量发展创新提升目标,深入推进西安—咸阳一体化发展,加快打造秦创原科技成果转化先行区,"
                   "深化改革开放,提振市场信心,着力稳增长、稳就业、稳物价,推动县域经济与乡村振兴、国有经济与民营经济"
                   "相互促进,有效防范化解重大风险,实现经济质的有效提升和量的合理增长,加快建设现代化“西部名市丝路名都”。")
XY_GOAL_TARGETS = ("主要预期目标是:生产总值增长6%左右,规模以上工业增加值增长7%左右,全社会固定资产投资增长8%左右,"
                   "社会消费品零售总额增长9%左右,一般公共预算收入增长4%左右,城乡居民人均可支配收入分别增长7%、8%左右;"
                   "居民消费价格涨幅3%左右;粮食产量保持在180万吨以上。")
GOLD["shaanxi-xianyang-guominjingjijihua-zhuyaoyuqimubiao"] = {
    "source_urls": ["http://m.86917.com/baoji/4214.html"],
    "province": "陕西省",
    "doc_kind": "国民经济和社会发展计划(印发通知,主要预期目标,散文)",
    "patterns": [8, 10],
    "indicators": [
        ind("生产总值", "生产总值增长6%左右", 6, "%"),
        ind("规模以上工业增加值", "规模以上工业增加值增长7%左右", 7, "%"),
        ind("全社会固定资产投资", "全社会固定资产投资增长8%左右", 8, "%"),
        ind("社会消费品零售总额", "社会消费品零售总额增长9%左右", 9, "%"),
        ind("一般公共预算收入", "一般公共预算收入增长4%左右", 4, "%"),
        ind("城乡居民人均可支配收入", "城乡居民人均可支配收入分别增长7%、8%左右", 7, "%"),
        ind("城乡居民人均可支配收入", "城乡居民人均可支配收入分别增长7%、8%左右", 8, "%"),
        ind("居民消费价格涨幅", "居民消费价格涨幅3%左右", 3, "%"),
        ind("粮食产量", "粮食产量保持在180万吨以上", 180, "万吨", operator=">="),
    ],
    "goals": [{"kind": "总体目标", "text": XY_GOAL_OVERALL}, {"kind": "年度目标", "text": XY_GOAL_TARGETS}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": XY_GOAL_OVERALL,
         "why": "总体要求全是方向性表述(稳增长、提振信心、质的有效提升和量的合理增长),没有一个数字;数字只在下一段主要预期目标里"},
    ],
    "notes": ("来源是转载站页面(发布时间2023-12-10),正文为咸政发〔2023〕8号通知及所附计划。存储页在“重点工作任务:”下第一个"
              "小标题“(一)抓住用好中省政策机遇,推动经济运行平稳向好”处结束,文件到此为止。通知和总体要求改写为自己的话,"
              "保留文号、日期2023年2月21日、“市九届人大三次会议”和各专名;主要预期目标一句照录数字和“左右/以上”。"
              "“增长6%左右”等按约数处理:operator=null,value取数字;“保持在180万吨以上”→\">=\"。"
              "“城乡居民人均可支配收入分别增长7%、8%左右”拆成两条indicator(城镇7%、农村8%),名称只能用原文的"
              "“城乡居民人均可支配收入”,两条同名。没有表格(散文文件)。"),
}

# 6. 四川 巴中 2017 市自选“十件民生实事”1—9月进度公示 (prose), DOCX
BZ_SLOW = "城区公办幼儿园建设、乡镇污水处理站建设、乡镇加油站建设"
BZ_P2 = ("截至9月底,已提前完成或超额完成年度目标任务的有3项,占目标任务的30%;正常推进的有4项,占目标任务的40%;"
         f"推进缓慢的有3({BZ_SLOW}),占目标任务的30%。其中:巴州区有3({BZ_SLOW})推进缓慢;"
         "恩阳区有1(乡镇污水处理站建设)推进缓慢;南江县有2(城区停车泊位建设、乡镇污水处理站建设)推进缓慢;"
         f"通江县有3({BZ_SLOW})推进缓慢;平昌县有3({BZ_SLOW})推进缓慢。")
GOLD["sichuan-bazhong-shijianminshengshishi-jindugongshi"] = {
    "source_urls": ["https://sthjj.cnbz.gov.cn/ztzl/msgc/14460961.html"],
    "province": "四川省",
    "doc_kind": "民生实事进度公示(散文)",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "十件民生实事按进度分类(提前或超额完成/正常推进/推进缓慢)", "kind": "sum", "total": 10,
         "parts": [3, 4, 3], "unit": "项"},
        {"metric": "十件民生实事按进度分类所占比例", "kind": "sum", "total": 100, "parts": [30, 40, 30], "unit": "%"},
    ],
    "findings": [],
    "notes": ("存储页完整,到落款“巴中市人民政府民生工作办公室 20171011”为止。第一段和第三段改写为自己的话;进度段"
              "(3项30%、4项40%、3项30%及各县区推进缓慢的项目)照录,原文的缺字照留:“有3(…)”缺“项”字,正文写“19月”"
              "(标题是“1—9月”),落款日期写“20171011”。总数10来自标题“十件民生实事”,3+4+3=10,30%+40%+30%=100%,"
              "3/10=30%、4/10=40%都对,所以没有consistency类finding。没有目标值、没有指标表,indicators和goals为空;"
              "这是一个不应报数字错误的反例。联系电话、517室、7日之内照录。"),
}

# ---------------------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Side, Font  # noqa: E402


def new_doc(title, landscape=False):
    d = Document()
    cp = d.core_properties
    cp.author = "blind116"
    cp.last_modified_by = "blind116"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    return d


def para(d, text, bold=False, center=False, right=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(d, rows, widths=None, header_rows=(0,)):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            set_cell(t.cell(i, j), v, bold=i in header_rows, center=i in header_rows)
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
            trPr = row._tr.get_or_add_trPr()   # keep each row on one page
            cs = trPr.makeelement(qn("w:cantSplit"), {})
            trPr.append(cs)
    return t


def build_dazhu(path):
    d = new_doc("大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知")
    para(d, "大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知", bold=True, center=True, size=14)
    para(d, "来源:信息公开办    发布日期:2016-03-01    点击数:人次", center=True, size=9)
    para(d, "竹府办〔2016〕20号", center=True)
    para(d, "各乡镇人民政府、街道办事处,县级各部门:")
    para(d, "    为使人民群众生活更有保障、更加幸福,按照《2016年政府工作报告》的部署,现将2016年“民生实事”目标任务"
            "分解下达。各责任领导、责任单位要认真研究、压实责任、细化措施,确保全年目标任务如期完成。县政府督查室将全年"
            "跟踪,适时督查。请各责任单位于每季度末月20日前将“民生实事”完成情况书面报送县政府督查室420室"
            "(联系电话:6239325)。")
    para(d, "    附件:2016年民生实事目标任务分解表")
    para(d, "")
    para(d, "大竹县人民政府办公室", right=True)
    para(d, "2016年2月26日", right=True)
    d.add_page_break()
    para(d, "附件", bold=True)
    para(d, "2016年民生实事目标任务分解表", bold=True, center=True, size=14)
    rows = [["序号", "民生实事", "责任单位", "完成时限"]]
    for n, task, unit, when in DAZHU_TASKS:
        rows.append([n, task, unit, when])
    t = table(d, rows, widths=[1.5, 8.5, 4.0, 3.0])
    # 第5项:序号和责任单位纵向合并
    i5 = [k for k, r in enumerate(rows) if r[0] == "5"][0]
    a = t.cell(i5, 0).merge(t.cell(i5 + 1, 0))
    set_cell(a, "5")
    b = t.cell(i5, 2).merge(t.cell(i5 + 1, 2))
    set_cell(b, "县民政局")
    para(d, "")
    para(d, "分享到:", size=9)
    d.save(path)


def build_jiangshan(path):
    d = new_doc("江山市人民政府关于公布2023年市政府民生实事项目实施计划的通知", landscape=True)
    para(d, "索引号: 11330881002630081E/2023-127872    主题分类: 其他", size=9)
    para(d, "发文机关: 市政府办公室    成文日期: 2023-02-13", size=9)
    para(d, "发文字号: 江政发〔2023〕1号", size=9)
    para(d, "江山市人民政府关于公布2023年市政府民生实事项目实施计划的通知", bold=True, center=True, size=14)
    para(d, "发布日期:2023-02-13    浏览次数:    信息来源:市政府办公室", center=True, size=9)
    para(d, "各乡、镇人民政府,街道办事处,市政府各部门:")
    para(d, "    2023年市政府民生实事项目已由市十七届人大二次会议投票表决确定,现予公布。各责任单位要把民生实事项目建设"
            "列入重要议事日程,严格按照建设时限要求倒排工期,抓紧制定具体实施方案,加快推进项目建设;各级各有关部门要"
            "高度重视,明确分工,协同配合,全力保障资金、土地等要素,确保每件民生实事办好办实,不断增强群众的幸福感、"
            "获得感。")
    para(d, "    附件:2023年市政府民生实事项目实施计划表")
    para(d, "江山市人民政府", right=True)
    para(d, "2023年2月8日", right=True)
    para(d, "(此件公开发布)")
    d.add_page_break()
    para(d, "附件", bold=True)
    para(d, "2023年市政府民生实事项目实施计划表", bold=True, center=True, size=14)
    head = ["序号", "项目名称", "项目建设规模及内容", "建设起\n止年限", "总投资\n(万元)", "当年投资\n(万元)",
            "2023年度\n计划", "资金\n来源", "责任\n单位"]
    rows = [head] + [list(r) for r in JS_ROWS]
    table(d, rows, widths=[1.2, 2.5, 9.5, 2.6, 1.8, 1.8, 1.9, 1.8, 1.8])
    d.save(path)


def build_zhonglou(path):
    d = new_doc("2021年重大民生实事项目目标任务责任分解表", landscape=True)
    para(d, "2021年重大民生实事项目目标任务责任分解表", bold=True, center=True, size=14)
    rows = [ZL_HEADER,
            ["1", "增加教育资源供给", ZL_G1, "何海平", "教育局", "经开区\n高新园(邹区镇)\n各街道\n市国有公司"],
            ["2", "促进就业稳定增长", ZL_G2, "何海平", "人社局", "高新园(邹区镇)\n各街道"],
            ["3", "老城厢复兴发展", ZL_G3A, "何海平", "文体旅局", "晋陵公司\n轨道公司"],
            [None, None, ZL_G3B, "芮春祥", "住建局", "五星街道\n南大街街道\n荷花池街道"],
            ["4", "优化养老服务", ZL_G4A, "张菁", "民政局", "高新园(邹区镇)\n各街道"],
            [None, None, ZL_G4B, None, None, None],
            [None, None, ZL_G4C, None, None, None],
            [None, None, ZL_G4D, None, None, None],
            list(ZL_HEADER),
            ["5", "文体惠民行动", ZL_G5, "", "", ""]]
    t = table(d, rows, widths=[1.2, 3.0, 12.0, 2.4, 2.2, 4.0], header_rows=(0, 9))
    for c in (0, 1):
        m = t.cell(3, c).merge(t.cell(4, c))
        set_cell(m, rows[3][c])
    for c in (0, 1, 3, 4, 5):
        m = t.cell(5, c).merge(t.cell(8, c))
        set_cell(m, rows[5][c])
    d.save(path)


def build_xianyang(path):
    d = new_doc("咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知")
    para(d, "咸阳市人民政府关于印发《咸阳市2023年国民经济和社会发展计划》的通知", bold=True, center=True, size=14)
    para(d, "文章正文    发布时间:2023-12-10 06:53", center=True, size=9)
    para(d, "咸政发〔2023〕8号", center=True)
    para(d, "县市区人民政府,市人民政府各工作部门、派出机构、直属事业机构:")
    para(d, "    《咸阳市2023年国民经济和社会发展计划》已经市九届人大三次会议审议通过,现印发给你们,请认真抓好落实。")
    para(d, "咸阳市人民政府", right=True)
    para(d, "2023年2月21日", right=True)
    para(d, "")
    para(d, "咸阳市2023年国民经济和社会发展计划", bold=True, center=True, size=14)
    para(d, "    " + XY_GOAL_OVERALL)
    para(d, "    " + XY_GOAL_TARGETS)
    para(d, "    重点工作任务:")
    para(d, "    (一)抓住用好中省政策机遇,推动经济运行平稳向好", bold=True)
    d.save(path)


def build_meishan(path):
    wb = openpyxl.Workbook()
    wb.properties.creator = "blind116"
    wb.properties.lastModifiedBy = "blind116"
    wb.properties.title = "2019年十大民生工程及20件民生大事项目完成情况表"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "十大民生工程"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws["A1"] = "2019年十大民生工程及20件民生大事项目完成情况表"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:P1")
    ws["A2"] = "2020-01-22 16:06  市民生办"
    ws.merge_cells("A2:P2")
    ws["A3"] = "2019年十大民生工程项目完成情况表"
    ws["A3"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:P3")
    ws["A1"].alignment = ws["A2"].alignment = ws["A3"].alignment = Alignment(horizontal="center")

    def block(top, sub, metrics, depts, data):
        # top..top+4 header rows, data after
        ws.cell(top, 1, "地区")
        ws.merge_cells(start_row=top, start_column=1, end_row=top + 4, end_column=1)
        ws.cell(top, 2, "就业促进工程")
        ws.merge_cells(start_row=top, start_column=2, end_row=top, end_column=16)
        ws.cell(top + 1, 2, sub)
        ws.merge_cells(start_row=top + 1, start_column=2, end_row=top + 1, end_column=16)
        for k, (label, _, _) in enumerate(metrics):
            c = 2 + 3 * k
            ws.cell(top + 2, c, label)
            ws.merge_cells(start_row=top + 2, start_column=c, end_row=top + 2, end_column=c + 2)
        for label, c0, c1 in depts:
            ws.cell(top + 3, c0, label)
            ws.merge_cells(start_row=top + 3, start_column=c0, end_row=top + 3, end_column=c1)
        for k in range(5):
            for j, h in enumerate(("目标\n任务", "进度", "完成比例(%)")):
                ws.cell(top + 4, 2 + 3 * k + j, h)
        for hr in (top + 2, top + 4):
            ws.row_dimensions[hr].height = 30
        r = top + 5
        for region, vals in data:
            ws.cell(r, 1, region)
            for j, v in enumerate(vals):
                if v is not None:
                    ws.cell(r, 2 + j, v)
            r += 1
        last = r - 1
        for row in ws.iter_rows(min_row=top, max_row=last, min_col=1, max_col=16):
            for cell in row:
                cell.border = border
                cell.alignment = wrap
        return r

    nxt = block(4, "促进城乡劳动者就业创业", MS_BLOCK1_METRICS,
                [("市人力资源社会保障局", 2, 13), ("市总工会", 14, 16)], MS_BLOCK1_ROWS)
    # second block: the stored page stops inside its first data row
    block(nxt + 1, "加大就业技能培训", MS_BLOCK2_METRICS,
          [("市人力资源社会保障局", 2, 7), ("市妇联", 8, 10), ("团市委", 11, 13), ("市农业农村局", 14, 16)],
          MS_BLOCK2_ROWS)
    ws.column_dimensions["A"].width = 13
    for col in range(2, 17):
        ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = 8.5
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


def build_bazhong(path):
    d = new_doc("巴中市2017年市自选“十件民生实事”1—9月进度公示")
    para(d, "民生工程", size=9)
    para(d, "巴中市2017年市自选“十件民生实事”1—9月进度公示", bold=True, center=True, size=14)
    para(d, "发布时间:2017-10-12 14:54  来源:巴中市人民政府民生工作办公室  阅读:", center=True, size=9)
    para(d, "    为让广大群众对我市实施的重大民生事项享有更充分的知情权、参与权和监督权,督促各地各部门抓好市自选"
            "“十件民生实事”,按照市委、市政府的要求,现将我市2017年市自选“十件民生实事”19月进展情况公示如下。")
    para(d, "    " + BZ_P2)
    para(d, "    请各地各有关部门高度重视,增加措施,加大推进力度,确保全部项目顺利实施、如期完成目标任务。")
    para(d, "    对公示情况如有异议,请在7日之内以书面形式向巴中市人民政府民生工作办公室反映。联系地址:市政中心517室,"
            "联系人:赵海,联系电话:5286660")
    para(d, "")
    para(d, "巴中市人民政府民生工作办公室", right=True)
    para(d, "20171011", right=True)
    d.save(path)


DOCS = [
    ("sichuan-dazhu-minshengshishi-fenjiebiao", "docx", build_dazhu),
    ("sichuan-meishan-shidaminshenggongcheng-wanchengqingkuangbiao", "xlsx", build_meishan),
    ("zhejiang-jiangshan-minshengshishi-shishijihuabiao", "docx", build_jiangshan),
    ("jiangsu-changzhou-zhonglou-zhongdaminshengshishi-fenjiebiao", "docx", build_zhonglou),
    ("shaanxi-xianyang-guominjingjijihua-zhuyaoyuqimubiao", "docx", build_xianyang),
    ("sichuan-bazhong-shijianminshengshishi-jindugongshi", "docx", build_bazhong),
]


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted-stable order so output is byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":   # openpyxl stamps "modified" with the time of saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for base, ext, _ in DOCS:
        g = GOLD[base]
        for e in (ext, "pdf"):
            name = f"{base}.{e}"
            out = {"source": name, **g}
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(out, f, ensure_ascii=False, indent=1)
                f.write("\n")


def to_pdf(path):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def check_pdf_text():
    bad = 0
    for base, ext, _ in DOCS:
        pdf = os.path.join(HERE, base + ".pdf")
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        flat = "".join(text.split())
        g = GOLD[base]
        wanted = [i["name"] for i in g["indicators"]] + [i["target_text"] for i in g["indicators"] if i["target_text"]]
        wanted += [x["text"] for x in g["goals"]] + [x["item"] for x in g["findings"]]
        for w in wanted:
            if "".join(w.split()) not in flat:
                bad += 1
                print(f"NOT IN PDF TEXT [{base}]: {w}", file=sys.stderr)
    return bad


def main():
    write_gold()          # gold first, before any file exists
    for base, ext, build in DOCS:
        path = os.path.join(HERE, f"{base}.{ext}")
        build(path)
        normalize_zip(path)
        to_pdf(path)
    bad = check_pdf_text()
    print("missing strings:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
