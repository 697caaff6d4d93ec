# -*- coding: utf-8 -*-
"""blind211: layouts of real public pages with the year's targets of counties, towns and districts
(政府工作计划 / 民生实事 / 计划执行情况), rebuilt as DOCX + PDF with gold annotations.

The gold comes first (as Python data, written from the stored pages), then the builders.
Run: /tmp/venv/bin/python make_blind211_layouts.py
"""
import copy
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

PART = "blind211"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")


def ind(name, value, unit, target_text, operator=None, actual=None, level1=None, level2=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# =====================================================================================
# GOLD + CONTENT
# =====================================================================================

# ---------- A. 湖南 通道县 菁芜洲镇 2024年度政府工作计划 ----------
A_TOTAL = ("2024年镇政府工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，贯彻习近平总书记关于湖南工作的"
           "重要讲话和指示批示精神，对标省委“三高四新”美好蓝图，主动融入市委“五新四城”发展战略，把高质量发展作为"
           "主旋律、把全面推进乡村振兴作为目标，坚持“生态立镇、文化兴镇、产业强镇”，持续推进转型提速、环境提质、"
           "文化提升、治理提效、党建提标，推动菁芜洲经济社会各项事业接续实现高质量发展。")
A_TARGETS = ("经济社会发展的主要预期目标是：地区生产总值增长6%以上，全社会固定资产投资增长8%以上，"
             "城镇和农村居民人均可支配收入分别增长6%、9%以上。")
A_OTHER = "其他各项目标任务均达到县委、县政府要求。"
A_K1 = "（一）加快招商引资步伐，打造特色品牌。"
A_K2 = "（二）增进民生福祉，提高生活品质。"
DOC_A = {
    "file": "hunan-tongdao-jingwuzhou-zhengfugongzuojihua",
    "url": "http://www.tongdao.gov.cn/tongdao/c103907/202411/90d5058765fe4dd3b81fc112d34cfbe6.shtml",
    "province": "湖南省",
    "doc_kind": "政府工作计划(乡镇)",
    "patterns": [6, 10],
    "blocks": [
        ("p", "首页 > 政务公开 > 政府信息公开目录 > 乡镇信息公开目录 > 菁芜洲镇 > 文件通知"),
        ("title", "菁芜洲镇2024年度政府工作计划"),
        ("pc", "发布时间：2024-01-18 15:22    信息来源：通道县菁芜洲镇"),
        ("p", "2024年恰逢中华人民共和国成立75周年，是推进“十四五”规划落地的关键年份，也是通道侗族自治县成立70周年。"
              "今年的政府工作意义重、责任大，全镇要继续加压奋进、抓实落地，奋力赶超、力求突破，加快跑出菁芜洲高质量发展、"
              "高水平开放的“加速度”。"),
        ("p", A_TOTAL),
        ("p", A_TARGETS + A_OTHER),
        ("p", "为此，我们将集中力量做好以下几个方面的工作："),
        ("p", A_K1 + "依托本地优势资源加大招商引资力度，做好项目包装策划，力争按时完成全年固投任务；持续举办“迎老乡、"
              "回故乡、建家乡”系列活动，突出“以情招商”“以商招商”；盘活红色旅游资源，提质改造老王脚、江口、曹家冲"
              "“红色码头”以及“红军路”“红军桥”，宣传打造有本地特色的红色旅游品牌。"),
        ("p", A_K2 + "深化民生服务与社会兜底，做好脱贫攻坚成果与乡村振兴"),
    ],
    "indicators": [
        ind("地区生产总值", 6, "%", "增长6%以上", ">="),
        ind("全社会固定资产投资", 8, "%", "增长8%以上", ">="),
        ind("城镇和农村居民人均可支配收入", 6, "%", "分别增长6%、9%以上", ">="),
        ind("城镇和农村居民人均可支配收入", 9, "%", "分别增长6%、9%以上", ">="),
    ],
    "goals": [
        {"kind": "总体目标", "text": A_TOTAL},
        {"kind": "年度目标", "text": A_TARGETS},
        {"kind": "年度目标", "text": A_OTHER},
        {"kind": "重点工作", "text": A_K1},
        {"kind": "重点工作", "text": A_K2},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": A_OTHER,
         "why": "no figure: the other targets are only referred to the county's requirements"},
        {"rule": "goal.unquantified", "item": A_K1,
         "why": "the task block gives no figure; '力争按时完成全年固投任务' names no amount or date"},
    ],
    "notes": ("Town-level annual work plan (菁芜洲镇, 通道侗族自治县, 怀化市). The targets sentence is verbatim; the "
              "background and 总体要求 paragraphs and the (一) block are reworded, keeping every number. "
              "'城镇和农村居民人均可支配收入分别增长6%、9%以上' is one value per sub-unit: row 3 is 城镇 (6%), row 4 is "
              "农村 (9%); both rows carry the name as written. The stored page stops inside (二) at "
              "'做好脱贫攻坚成果与乡村振兴', and the document stops there."),
}

# ---------- B. 甘肃 甘谷县 2020 15件大事和民生实事 ----------
B_ITEMS = [
    "加快建设总投资7.58亿元的县医院迁建项目。",
    "开工新建西环路，改造提升新城路、像山路、渭川路、康庄东路。",
    "完成新安大道一期工程。",
    "加快建成土桥子脊兽产业园。",
    "完成柳湖片区黑臭水体治理。",
    "开工建设西城区九年制学校。",
    "确保六中新校区、三中初中部、新兴小学、第五幼儿园、第六幼儿园秋季投入使用。",
    "新建行政村公共厕所120座、旅游厕所8座，农村户用厕所14500座。",
    "建成农村生活垃圾处理站5个，农村生活污水处理站5个。",
    "城区新建便民市场5处。",
    "“一事一议”硬化村内巷道37.5万平方米。",
    "建成“一村一场”体育惠民工程15个、乡镇健身中心2处。",
    "积极引导1000名以上高校毕业生到基层、到企业就业，开发公益性岗位不少于740个。",
    "城区新建生态停车场2处，新增停车位400个以上。",
    "为62户贫困残疾人家庭实施家居无障碍改造工程，为5000名适龄农村妇女免费进行“两癌”检查，为全县60岁以上老年人免费体检。",
]
B_GOAL = "县政府将继续优先保障民生投入，重点抓好15件大事和民生实事。"
B_BODY = ("5月10日上午，甘谷县第十七届人民代表大会第五次会议隆重开幕，县长吴健向大会作《政府工作报告》。 《报告》指出，"
          + B_GOAL + "分别是： " + " ".join("(%d)%s" % (i + 1, t) for i, t in enumerate(B_ITEMS)))
DOC_B = {
    "file": "gansu-gangu-minshengshishi-xinwen",
    "url": "http://www.gangu.gov.cn/info/1481/326551.htm",
    "province": "甘肃省",
    "doc_kind": "政府工作报告·民生实事(新闻稿)",
    "patterns": [8, 10],
    "blocks": [
        ("cell", B_BODY),
        ("p", "政府信息公开"),
        ("title", "【直击两会】甘谷县政府2020年将为民办好15件大事和民生实事"),
        ("pc", "索引号：20230425-095005-528    时间：2020-05-11    来源：甘谷县融媒体中心"),
        ("pc", "甘公网安备62052302000005号"),
    ],
    "indicators": [
        ind("行政村公共厕所", 120, "座", "120座"),
        ind("旅游厕所", 8, "座", "8座"),
        ind("农村户用厕所", 14500, "座", "14500座"),
        ind("农村生活垃圾处理站", 5, "个", "5个"),
        ind("农村生活污水处理站", 5, "个", "5个"),
        ind("便民市场", 5, "处", "5处"),
        ind("村内巷道", 37.5, "万平方米", "37.5万平方米"),
        ind("“一村一场”体育惠民工程", 15, "个", "15个"),
        ind("乡镇健身中心", 2, "处", "2处"),
        ind("高校毕业生到基层、到企业就业", 1000, "名", "1000名以上", ">="),
        ind("公益性岗位", 740, "个", "不少于740个", ">="),
        ind("生态停车场", 2, "处", "2处"),
        ind("停车位", 400, "个", "400个以上", ">="),
        ind("贫困残疾人家庭实施家居无障碍改造工程", 62, "户", "62户"),
        ind("适龄农村妇女免费进行“两癌”检查", 5000, "名", "5000名"),
    ],
    "goals": [{"kind": "总体目标", "text": B_GOAL}]
    + [{"kind": "民生实事", "text": t} for t in B_ITEMS[:7]]
    + [{"kind": "民生实事", "text": "为全县60岁以上老年人免费体检"}],
    "facts": [
        {"metric": "县医院迁建项目总投资", "kind": "amount", "total": 7.58, "parts": [], "unit": "亿元"},
        {"metric": "大事和民生实事件数", "kind": "count", "total": 15, "parts": [1] * 15, "unit": "件"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": B_ITEMS[0],
         "why": "only the investment (7.58亿元) is given; what the project must reach in 2020 is not stated"},
        {"rule": "goal.unquantified", "item": "为全县60岁以上老年人免费体检",
         "why": "no number of people or coverage rate; '60岁以上' is an age limit, not a target"},
    ],
    "notes": ("News item on the county site reporting the 2020 政府工作报告's list of 15 大事和民生实事. As stored, the "
              "page puts the body in one table cell first and the page furniture (政府信息公开, title, 索引号/时间/来源, "
              "公安备案号) after it; that order is kept. Items are inline '(n)…' in one paragraph, as on the page. "
              "Items (1)-(7) carry no target figure and are goals, not rows ((1)'s 7.58亿元 is an investment, recorded "
              "as a fact). '为全县60岁以上老年人免费体检' is no row: 60岁 is an age limit. The page is short and is "
              "reproduced whole."),
}

# ---------- C. 安徽 萧县 9月份民生工程进展情况 ----------
C_NORM = ["提升城乡公益性公墓管理维护水平", "深入推进餐饮油烟、噪声及恶臭异味扰民问题整治行动", "便民停车行动"]
C_P1 = ("2025年全县30项民生实事中，有3项不设年度目标任务、按常态化推进（" + "；".join(C_NORM) + "），其余27项截至9月底"
        "已完成19项。剩余8项中，2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%)，126条农村黑臭水体"
        "治理已完成120条(95%)，263场送戏进万村已送230场(87%)，4个公共文化空间建设已完成2个(50%)，皖北地区群众喝上引调水"
        "工程正在施工中(93%)、农村供水保障提升工程正在施工中(75%)，这5项预计10月底前全部完成；1170件困难群体法律援助已完成"
        "948件(81%)，为七至九年级适龄女生提供国产二价人乳头瘤病毒(HPV)疫苗免费接种服务(自愿接种)已完成4769人(51.2%)，"
        "6个老旧小区改造正在施工中(90%)这3项预计11月底前全部完成。")
C_P2 = ("其中已超额完成任务的有10项：实体零工驿站建设完成2个，完成率200%；为困难残疾人提供康复救助2539名，完成率100.27%；"
        "开展就业年龄段智力、精神和重度肢体残疾人托养服务242人，完成率102%；安心托幼行动新增托位540个，千人口托位数达到3.88个，"
        "完成率260%；新生儿遗传代谢病筛查率和新生儿听力障碍筛查率均达到100%；健康口腔行动已为7516-9岁学龄儿童开展免费第一恒磨牙"
        "窝沟封闭服务，完成率107.29%；已建成11家全国、省、市最美工会驿站，完成率110%。已帮扶困难退役军人和军属烈属431人，完成率"
        "147.6%。资助家庭经济困难学生18710名，完成率115%。住宅小区新增电动自行车充电端口630个，完成率286%，屋面渗漏和外墙脱落"
        "维修1012平方米，完成率122%")


def _rate(metric, planned, actual, rate, unit):
    return {"metric": metric, "kind": "rate", "planned": planned, "actual": actual, "stated_rate": rate,
            "unit": unit, "rate_unit": "%"}


DOC_C = {
    "file": "anhui-xiaoxian-minshenggongcheng-jinzhan",
    "url": "https://www.ahxx.gov.cn/xxdt/ztzl/xxmsgc/gggs/163042521.html",
    "province": "安徽省",
    "doc_kind": "民生实事进展情况通报",
    "patterns": [6, 8, 10],
    "blocks": [
        ("title", "萧县9月份民生工程进展情况"),
        ("pc", "发表时间：2025-10-09 14:34 信息来源：民生办 作者：民生办 初审：鲁伟 复审：朱林 终审： 李博 阅读人次： "
               "字体：[    ] 保护视力色："),
        ("p", C_P1),
        ("p", C_P2),
    ],
    "indicators": [
        ind("嵌入式养老机构建设", 2, "个", "2个", actual=1),
        ind("农村幸福院建设", 15, "个", "15个", actual=8),
        ind("农村黑臭水体治理", 126, "条", "126条", actual=120),
        ind("送戏进万村", 263, "场", "263场", actual=230),
        ind("公共文化空间建设", 4, "个", "4个", actual=2),
        ind("皖北地区群众喝上引调水工程", None, None, None),
        ind("农村供水保障提升工程", None, None, None),
        ind("困难群体法律援助", 1170, "件", "1170件", actual=948),
        ind("国产二价人乳头瘤病毒(HPV)疫苗免费接种服务", None, "人", None, actual=4769),
        ind("老旧小区改造", 6, "个", "6个"),
        ind("实体零工驿站建设", None, "个", None, actual=2),
        ind("为困难残疾人提供康复救助", None, "名", None, actual=2539),
        ind("就业年龄段智力、精神和重度肢体残疾人托养服务", None, "人", None, actual=242),
        ind("安心托幼行动新增托位", None, "个", None, actual=540),
        ind("千人口托位数", None, "个", None, actual=3.88),
        ind("新生儿遗传代谢病筛查率", None, "%", None, actual=100),
        ind("新生儿听力障碍筛查率", None, "%", None, actual=100),
        ind("免费第一恒磨牙窝沟封闭服务", None, None, None),
        ind("最美工会驿站", None, "家", None, actual=11),
        ind("帮扶困难退役军人和军属烈属", None, "人", None, actual=431),
        ind("资助家庭经济困难学生", None, "名", None, actual=18710),
        ind("住宅小区新增电动自行车充电端口", None, "个", None, actual=630),
        ind("屋面渗漏和外墙脱落维修", None, "平方米", None, actual=1012),
    ],
    "goals": [{"kind": "民生实事(不设年度目标)", "text": t} for t in C_NORM],
    "facts": [
        {"metric": "民生实事项目数", "kind": "sum", "total": 30, "parts": [3, 27], "unit": "项"},
        {"metric": "设年度目标的民生实事项目数", "kind": "sum", "total": 27, "parts": [19, 8], "unit": "项"},
        {"metric": "剩余项目数", "kind": "sum", "total": 8, "parts": [5, 3], "unit": "项",
         "listed_parts": [7, 3]},
        _rate("嵌入式养老机构建设", 2, 1, 50, "个"),
        _rate("农村幸福院建设", 15, 8, 53, "个"),
        _rate("农村黑臭水体治理", 126, 120, 95, "条"),
        _rate("送戏进万村", 263, 230, 87, "场"),
        _rate("公共文化空间建设", 4, 2, 50, "个"),
        _rate("困难群体法律援助", 1170, 948, 81, "件"),
        _rate("国产二价人乳头瘤病毒(HPV)疫苗免费接种服务", None, 4769, 51.2, "人"),
        _rate("实体零工驿站建设", None, 2, 200, "个"),
        _rate("为困难残疾人提供康复救助", None, 2539, 100.27, "名"),
        _rate("就业年龄段智力、精神和重度肢体残疾人托养服务", None, 242, 102, "人"),
        _rate("安心托幼行动新增托位", None, 540, 260, "个"),
        _rate("免费第一恒磨牙窝沟封闭服务", None, None, 107.29, None),
        _rate("最美工会驿站", None, 11, 110, "家"),
        _rate("帮扶困难退役军人和军属烈属", None, 431, 147.6, "人"),
        _rate("资助家庭经济困难学生", None, 18710, 115, "名"),
        _rate("住宅小区新增电动自行车充电端口", None, 630, 286, "个"),
        _rate("屋面渗漏和外墙脱落维修", None, 1012, 122, "平方米"),
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "剩余项目数",
         "why": "剩余8项 are said to be 5 (due end of October) + 3 (due end of November), but seven projects are listed "
                "before '这5项' and three before '这3项': 7 + 3 = 10 ≠ 8"},
        {"rule": "target.too_low", "item": "实体零工驿站建设", "why": "completion 200% by September"},
        {"rule": "target.too_low", "item": "安心托幼行动新增托位", "why": "completion 260% by September"},
        {"rule": "target.too_low", "item": "住宅小区新增电动自行车充电端口", "why": "completion 286% by September"},
        {"rule": "target.missing_value", "item": "皖北地区群众喝上引调水工程",
         "why": "only construction progress (93%) is given; no annual target figure"},
        {"rule": "target.missing_value", "item": "农村供水保障提升工程",
         "why": "only construction progress (75%) is given; no annual target figure"},
        {"rule": "goal.unquantified", "item": C_NORM[0], "why": "explicitly carries no annual target (常态化开展)"},
        {"rule": "goal.unquantified", "item": C_NORM[1], "why": "explicitly carries no annual target (常态化开展)"},
        {"rule": "goal.unquantified", "item": C_NORM[2], "why": "explicitly carries no annual target (常态化开展)"},
    ],
    "notes": ("Monthly progress note of the county 民生办 on the 2025 民生实事. Sentences listing the projects are kept close "
              "to the page (they are the target texts); connective wording of the opening sentence is reworded. Rows 1-10 "
              "give the annual target where stated (value) and the completed amount (actual); rows 11-23 state only the "
              "completed amount and a completion rate (kept as rate facts; targets implied, e.g. 实体零工驿站 2/200% = 1). "
              "For '正在施工中(93%)/(75%)/(90%)' the percentage is construction progress, not a completed amount in the "
              "target's unit, so actual is null. '已为7516-9岁学龄儿童' is garbled on the page (count and age range run "
              "together) and kept as written; actual left null. '均达到100%' gives one value for two 筛查率 rows. The "
              "header '超额完成任务的已有10项' counts ten rows besides the two 100% screening rates. The stored page stops "
              "after '完成率122%' (no final full stop), and so does the document."),
}

# ---------- D. 云南 昆明市官渡区 2023年上半年计划执行情况 ----------
D_P3 = ("2023年上半年，全区实现地区生产总值806亿元，同比增长3.2%，塌目标1.8个百分点；规模以上工业增加值同比增长10.1%，"
        "高于目标2.1个百分点；一般公共预算收入完成21.91亿元，同比增长1.3%，塌目标18.7个百分点；固定资产投资同比下降37.8%，"
        "塌目标47.8个百分点；社会消费品零售总额400.07亿元，同比增长13.8%，高于目标5.8个百分点。城镇和农村常住居民人均可支配"
        "收入完成29092元、17191元，分别增长3%、6.4%。")


def _gap(metric, actual, gap, implied):
    return {"metric": metric, "kind": "gap", "actual": actual, "gap": gap, "implied_target": implied,
            "unit": "%", "gap_unit": "个百分点"}


DOC_D = {
    "file": "yunnan-kunming-guandu-jihuazhixing-baogao",
    "url": "http://www.kmgd.gov.cn/c/2023-10-25/6719680.shtml",
    "province": "云南省",
    "doc_kind": "国民经济和社会发展计划执行情况报告",
    "patterns": [6, 10],
    "blocks": [
        ("title", "昆明市官渡区人民政府关于官渡区2023年上半年国民经济和社会发展计划执行情况的报告"),
        ("pc", "——2023年8月31日在区第十七届人大常委会第十五次会议上"),
        ("pc", "官渡区人民政府副区长（提名人选） 吴小军"),
        ("p0", "尊敬的赵主任、各位副主任、各位委员："),
        ("p", "受李德鸿区长委托，我代表区人民政府向本次会议报告官渡区2023年上半年国民经济和社会发展计划的执行情况，请予审议。"),
        ("h", "一、2023年上半年国民经济和社会发展计划执行情况"),
        ("p", "2023年以来，区政府认真落实党中央、省委省政府、市委市政府和区委的各项决策部署，以“时时放心不下”的责任感和"
              "“开局就是决战、起步就是冲刺”的精神状态奋力实干，全区经济社会发展取得积极成效。"),
        ("h", "（一）主要目标完成情况"),
        ("p", D_P3),
        ("p", "上半年地区生产总值增速没有达到预期目标，原因主要在于：受宏观政策调控影响，全区经济恢复不均衡，对增长支撑较大的"
              "建筑业明显回落，部分服务业行业下行压力较大。固定资产投资增速没有达到预期目标，原因主要在于：房地产投资在全区投资中"
              "占比较大，受房地产调控政策影响大幅下滑，加之项目与产业匹配度不高，项目谋划、包装、开工、推进和转化仍有差距，缺少"
              "重点项目支撑。一般公共预算收入增速未达到预期目标，主要是因为财"),
    ],
    "indicators": [
        ind("地区生产总值", None, "%", None, actual=3.2),
        ind("规模以上工业增加值", None, "%", None, actual=10.1),
        ind("一般公共预算收入", None, "%", None, actual=1.3),
        ind("固定资产投资", None, "%", None, actual=-37.8),
        ind("社会消费品零售总额", None, "%", None, actual=13.8),
        ind("城镇和农村常住居民人均可支配收入", None, "%", None, actual=3),
        ind("城镇和农村常住居民人均可支配收入", None, "%", None, actual=6.4),
    ],
    "goals": [],
    "facts": [
        _gap("地区生产总值增速", 3.2, -1.8, 5.0),
        _gap("规模以上工业增加值增速", 10.1, 2.1, 8.0),
        _gap("一般公共预算收入增速", 1.3, -18.7, 20.0),
        _gap("固定资产投资增速", -37.8, -47.8, 10.0),
        _gap("社会消费品零售总额增速", 13.8, 5.8, 8.0),
        {"metric": "地区生产总值", "kind": "amount", "total": 806, "parts": [], "unit": "亿元"},
        {"metric": "一般公共预算收入", "kind": "amount", "total": 21.91, "parts": [], "unit": "亿元"},
        {"metric": "社会消费品零售总额", "kind": "amount", "total": 400.07, "parts": [], "unit": "亿元"},
        {"metric": "城镇常住居民人均可支配收入", "kind": "amount", "total": 29092, "parts": [], "unit": "元"},
        {"metric": "农村常住居民人均可支配收入", "kind": "amount", "total": 17191, "parts": [], "unit": "元"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "城镇和农村常住居民人均可支配收入",
         "why": "growth 3% / 6.4% reported with neither the target nor the gap to it"},
    ],
    "notes": ("Mid-year plan-execution report of a district (官渡区, 昆明). The targets are not written: each main indicator "
              "gives the half-year growth (actual) and its gap to the target ('塌目标1.8个百分点' = below target, "
              "'高于目标2.1个百分点' = above); value is null and the implied targets (5/8/20/10/8%) are kept as gap facts. "
              "'塌目标' is the page's own wording, kept. actual for 固定资产投资 is -37.8 ('同比下降37.8%'). The income "
              "sentence gives one name for two values (城镇 3%, 农村 6.4%): rows 6 and 7. The introduction and the reasons "
              "paragraph are reworded, numbers kept. The stored page stops at '主要是因为财', and so does the document."),
}

# ---------- E. 陕西 洋县 2024年十大民生实事项目清单 ----------
E_HEAD = ["序号", "项目名称", "建设地点", "建设时间", "2024年建设内容", "年度投资金额 （万元）", "责任单位"]
E_ROWS = [
    ["1", "洋县中小学幼儿园基础设施提升改造项目", "相关镇 （街道）", "2024",
     "对马畅中小、湑水中小、茅坪学校等学校运动场地进行改造。", "300", "教体局"],
    ["2", "城北小学门前道路建设项目", "纸坊街道", "2024", "建成唐塔北路延伸段(城北小学门前)道路。", "300", "住建局"],
    ["3", "洋县2024年老旧小区改造项目", "洋州街道", "2024",
     "实施西苑小区、金鑫二小区、宏昌小区三所老旧小区房屋功能改善和周边配套基础设施。", "1360", "住建局"],
    ["4", "2024年农村公路生命安全防护工程", "槐树关镇龙亭镇", "2024",
     "在龙亭镇实施农村公路生命防护工程31.656公里、在槐树关镇实施农村公路生命防护工程87.2公里，基本实现镇域主干道相关"
     "路段、邻水临崖危险路段安防工程全覆盖。", "3000", "交通局"],
    ["5", "高标准农田建设项目", "谢村镇", "2024",
     "实施田块整治500亩，修复堰塘1座、建设机电井7座、农桥5座、灌溉渠道50公里；新建田间道路38公里、农田林网241公里，"
     "种植桂花、紫薇等苗木8000株；实施土壤培肥、田间监测3万亩，布设耕地质量监测点30处。", "4930", "农业农村局"],
    ["6", "职教中心小江分校区建设项目", "磨子桥镇", "2024", "改造小江初中现有教学楼和学生宿舍等，", "", ""],
]
E_G4 = "基本实现镇域主干道相关路段、邻水临崖危险路段安防工程全覆盖"
DOC_E = {
    "file": "shaanxi-yangxian-minshengshishi-qingdan",
    "url": "http://www.jzzrppj.com.cn/yxzf/yxzwgk/zfwj/xzfwj/202404/24ac3dc04d75462894bca43c3c2ec4f1.shtml",
    "province": "陕西省",
    "doc_kind": "民生实事项目清单(县政府通知附件)",
    "patterns": [5, 6, 8],
    "blocks": [
        ("pc", "洋政发〔2024〕8号"),
        ("title", "洋县人民政府"),
        ("title", "关于印发洋县2024年十大民生实事项目的通知"),
        ("p0", "各镇人民政府、街道办事处，县政府各工作部门、直属事业单位，市管单位："),
        ("p", "《洋县2024年十大民生实事项目》已经洋县第十八届人民代表大会第三次会议投票表决通过，现印发给你们，请相关单位"
              "精心组织实施，确保按时完成。"),
        ("p", "附件：洋县2024年十大民生实事项目清单"),
        ("pr", "洋县人民政府"),
        ("pr", "2024年4月2日"),
        ("p0", "附件："),
        ("table", {"title": "洋县2024年十大民生实事项目清单", "head": E_HEAD, "rows": E_ROWS,
                   "widths": [1.1, 3.0, 2.0, 1.5, 6.2, 1.8, 1.8]}),
    ],
    "indicators": [
        ind("老旧小区", 3, "所", "三所"),
        ind("农村公路生命防护工程", 31.656, "公里", "31.656公里"),
        ind("农村公路生命防护工程", 87.2, "公里", "87.2公里"),
        ind("田块整治", 500, "亩", "500亩"),
        ind("堰塘", 1, "座", "1座"),
        ind("机电井", 7, "座", "7座"),
        ind("农桥", 5, "座", "5座"),
        ind("灌溉渠道", 50, "公里", "50公里"),
        ind("田间道路", 38, "公里", "38公里"),
        ind("农田林网", 241, "公里", "241公里"),
        ind("苗木", 8000, "株", "8000株"),
        ind("土壤培肥、田间监测", 3, "万亩", "3万亩"),
        ind("耕地质量监测点", 30, "处", "30处"),
    ],
    "goals": [
        {"kind": "年度建设内容", "text": E_ROWS[0][4]},
        {"kind": "年度建设内容", "text": E_ROWS[1][4]},
        {"kind": "年度建设内容", "text": E_G4},
    ],
    "facts": [
        {"metric": "年度投资金额(%s)" % r[1], "kind": "amount", "total": float(r[5]), "parts": [], "unit": "万元"}
        for r in E_ROWS if r[5]
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": E_ROWS[0][4],
         "why": "'等学校' leaves the number of schools open; no area or count of sports grounds"},
        {"rule": "goal.unquantified", "item": E_G4, "why": "'基本实现…全覆盖' gives no coverage rate"},
    ],
    "notes": ("County notice 洋政发〔2024〕8号 with its attachment table. The stored copy is on a mirror host "
              "(jzzrppj.com.cn) under the path of the 洋县人民政府 site and is converted to traditional characters; the "
              "document restores simplified characters (the wording of the notice and every cell are otherwise as on the "
              "copy). Title row merged across the 7 columns; the header keeps the space in '年度投资金额 （万元）'. Row 6 "
              "is cut inside its 建设内容 cell where the stored page stops; its amount and 责任单位 cells stay empty, and "
              "rows 7-10 are not there. Indicator rows come from the figures inside the 2024年建设内容 cells (row 3: "
              "'三所' Chinese numeral; row 4: one value per town, 龙亭镇 31.656 then 槐树关镇 87.2). The amounts are "
              "money, kept as facts, not rows. '建设时间 2024' is a year column, not a value."),
}

DOCS = [DOC_A, DOC_B, DOC_C, DOC_D, DOC_E]

# =====================================================================================
# BUILDERS
# =====================================================================================
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)


def _set_font(run, size=None, bold=None):
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), "宋体")
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def _para(doc_or_cell, text, kind="p"):
    p = doc_or_cell.add_paragraph()
    if kind == "title":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(p.add_run(text), 15, True)
    elif kind == "pc":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_font(p.add_run(text), 10.5)
    elif kind == "pr":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _set_font(p.add_run(text), 12)
    elif kind == "h":
        _set_font(p.add_run(text), 12, True)
    elif kind == "p0":
        _set_font(p.add_run(text), 12)
    else:
        p.paragraph_format.first_line_indent = Pt(24)
        _set_font(p.add_run(text), 12)
    return p


def _cell_text(cell, text, bold=False, center=False, size=10.5):
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(p.add_run(text), size, bold)


def build_docx(d, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2)
    for kind, content in d["blocks"]:
        if kind == "cell":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            _cell_text(t.cell(0, 0), content, size=12)
        elif kind == "table":
            head, rows = content["head"], content["rows"]
            n = len(head)
            t = doc.add_table(rows=2 + len(rows), cols=n)
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, n - 1))
            _cell_text(m, content["title"], bold=True, center=True, size=12)
            for j, h in enumerate(head):
                _cell_text(t.cell(1, j), h, bold=True, center=True)
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    _cell_text(t.cell(2 + i, j), v, center=(j in (0, 3, 5)))
            widths = content.get("widths")
            if widths:
                t.autofit = False
                for j, col in enumerate(t.columns):
                    col.width = Cm(widths[j])
                for row in t.rows:
                    for j, c in enumerate(row.cells):
                        c.width = Cm(widths[j])
        else:
            _para(doc, content, kind)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = d["file"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _deterministic_zip(buf.getvalue(), path)


def _deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def _norm(s):
    return re.sub(r"\s+", "", s or "")


def gold_of(d, source):
    return {"source": source, "source_urls": [d["url"]], "province": d["province"], "doc_kind": d["doc_kind"],
            "patterns": d["patterns"], "indicators": d["indicators"], "goals": d["goals"], "facts": d["facts"],
            "findings": d["findings"], "notes": d["notes"]}


def check(d, pdf):
    txt = _norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    txt2 = _norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    items = []
    for r in d["indicators"]:
        items += [("name", r["name"]), ("target_text", r["target_text"])]
    items += [("goal", g["text"]) for g in d["goals"]]
    items += [("finding", f["item"]) for f in d["findings"] if not f["rule"].startswith("consistency.")]
    for kind, s in items:
        if s is None:
            continue
        if _norm(s) not in txt and _norm(s) not in txt2:
            missing.append((kind, s))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"docs": 0, "rows": 0, "goals": 0, "findings": 0, "facts": 0}
    for d in DOCS:
        path = os.path.join(HERE, d["file"] + ".docx")
        build_docx(d, path)
        pdf = to_pdf(path)
        for f in (path, pdf):
            name = os.path.basename(f)
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold_of(d, name), fh, ensure_ascii=False, indent=1)
        miss = check(d, pdf)
        status = "ok" if not miss else "MISSING %r" % miss
        bad += bool(miss)
        totals["docs"] += 1
        totals["rows"] += len(d["indicators"])
        totals["goals"] += len(d["goals"])
        totals["findings"] += len(d["findings"])
        totals["facts"] += len(d["facts"])
        print("%-48s rows=%2d goals=%2d findings=%2d facts=%2d %s" % (
            d["file"], len(d["indicators"]), len(d["goals"]), len(d["findings"]), len(d["facts"]), status))
    print("totals", totals)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
