# -*- coding: utf-8 -*-
"""blind176: code-blind real-layout part (infrastructure: rural roads, water works,
old-community renovation, black-odorous water / sewage).

Gold first (pure Python data), then the builders (python-docx), the PDF export
(LibreOffice, own profile), the annotation writer and the pdftotext check.
Run with /tmp/venv/bin/python make_blind176_layouts.py
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "blind176"

# ---------------------------------------------------------------------------
# GOLD + LAYOUT (written from the stored pages, before any file is read back)
# ---------------------------------------------------------------------------
# Block kinds: ("title", text) ("h", text) ("p", text) ("center", text)
#              ("table", {"rows": [[...]], "merges": [(r1,c1,r2,c2)], "widths": [cm], "pt": 9})

DOCS = []

# D1 ------------------------------------------------------------------------
DOCS.append({
    "file": "national-nongcungonglu-jixiaokaohe-zhibiao.docx",
    "source_urls": ["https://1wenmi.com/doc/81751.html"],
    "province": "全国",
    "doc_kind": "绩效考核评价指标(文章,含考核指标及评分标准表)",
    "patterns": [1, 5, 6],
    "landscape": False,
    "blocks": [
        ("title", "农村公路绩效管理考核与评价指标的选择"),
        ("p", "绩效管理考核同第三方机构做的绩效评价,目的不同,考核的程序和对象也不同。比如《农村公路绩效管理考核工作实施方案(暂行)》,"
              "用于对各省、自治区、直辖市人民政府和新疆生产建设兵团(以下统称各省级人民政府)农村公路绩效管理工作开展年度考核,"
              "考核对象是各省级人民政府。开展绩效评价、挑选绩效评价指标体系时,可以把绩效考核指标体系当作依据,但不能原样照抄照搬。"),
        ("h", "一、绩效管理考核内容分为基础类指标和特色类指标。"),
        ("h", "(一)基础类指标"),
        ("p", "基础类指标包括路况水平、运行机制、资金保障、服务效益等。"),
        ("p", "1 .路况水平包括列养率、硬化路率、年均养护工程实施比例、重大事故发生率、危桥和危隧占比;"),
        ("p", "2 .运行机制包括路长制运行、乡级专职人员设置、路产路权队伍建立、公益性岗位设置、农村公路纳入考核等情况;"),
        ("p", "3 .资金保障包括成品油税费改革转移支付资金落实情况、省市县三级财政对养护工程和日常养护经费的保障情况、县级财政对机构运行及人员经费的保障情况;"),
        ("p", "4 .服务效益包括具备条件的乡镇和建制村通客车率、路况满意度、农村物流满意度。"),
        ("p", "(二)特色类指标包括开展交通强国试点、农村公路管理养护体制改革试点、灾毁保险、信息化应用、信用评价体系建设等情况。"),
        ("table", {
            "rows": [
                ["考核内容", "", "考核指标及评分标准", "", "分值"],
                ["基础类指标", "路况水平(30分)", "列养率(5分)", "列养率=IO0%", "5"],
                ["", "", "", "95%W列养率100%", "3"],
                ["", "", "", "列养率95%", "0"],
                ["", "", "中等及以上农村公路占比(5分)", "中等及以上农村公", ""],
            ],
            "merges": [(0, 0, 0, 1), (0, 2, 0, 3), (1, 0, 4, 0), (1, 1, 4, 1), (1, 2, 3, 2)],
            "widths": [2.4, 2.8, 5.6, 4.2, 1.4],
            "pt": 9,
        }),
    ],
    "indicators": [
        {"level1": "基础类指标", "level2": "路况水平(30分)", "name": "列养率(5分)", "operator": None, "value": None,
         "unit": None, "target_text": None, "actual": None, "weight": 5, "score": None},
        {"level1": "基础类指标", "level2": "路况水平(30分)", "name": "中等及以上农村公路占比(5分)", "operator": None,
         "value": None, "unit": None, "target_text": None, "actual": None, "weight": 5, "score": None},
    ],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Stored page (a document-sharing site) holds the article text and the first rows of the 考核指标及评分标准 table; "
              "it stops inside the second indicator's scoring text ('中等及以上农村公'). Site chrome (share blurb, '1、'/'2、' chunk "
              "markers that split '运行机制包|括') removed and the split word rejoined. The header '考核内容 考核指标及评分标准 分值' was "
              "rebuilt as a 5-column table (考核内容 over two label columns, 考核指标及评分标准 over name + scoring band). OCR-looking "
              "scoring bands kept as found: '列养率=IO0%' (5), '95%W列养率100%' (3), '列养率95%' (0, operator lost). The weight sits "
              "in the indicator name ('列养率(5分)'); names are given as written, weight 5 taken from the name. Scoring bands are "
              "评分标准, not targets: target_text/operator/value left null. The prose lists of indicator names (路况水平包括列养率、"
              "硬化路率…) are not counted as indicator rows (no values)."),
})

# D2 ------------------------------------------------------------------------
D2_TOTAL = ("川渝幸福河湖(幸福指数按通用指标、特色指标和差异指标三类得分相加计算,满分为100分:通用指标65分;特色指标10分;"
            "差异指标25分,差异指标至少选5个,按“已选指标平均分”计分)")
DOCS.append({
    "file": "sichuan-chongqing-xingfuhehu-pingjiazhibiao.docx",
    "source_urls": ["https://max.book118.com/html/2025/1017/7142055045011000.shtm"],
    "province": "四川省、重庆市",
    "doc_kind": "评价指标体系(幸福河湖评价指标及计分方式)",
    "patterns": [1, 5, 8],
    "landscape": True,
    "blocks": [
        ("title", "川渝跨界幸福河湖评价指标体系(试行)"),
        ("table", {
            "rows": [
                ["总目标", "目标层", "指标层", "", "", "", "", "评价方法", "计分方式", "备注"],
                ["", "", "序号", "指标", "属性", "权重", "指标含义", "评价方法", "", ""],
                [D2_TOTAL, "安澜(15分+)", "1", "防洪联防联调程度", "特色", "(5分)", "评价联防联调共同保障防洪安全程度",
                 "一、评价联防联调机制。\n二、评价信息共享机制。\n三、评价共同调度保障防洪安全成效。",
                 "一、建立联防联调合作机制得10%分,机制运行良好得10%。\n二、建立防洪“四预”信息共享机制得10%分,信息共享及时通畅得10%。\n"
                 "三、实现防洪共同调度机制得20%分,评价期实现共同调度确保防洪安全得40%分。", ""],
                ["", "", "2", "防洪涝安全保障率", "差异", "", "评价防洪涝安全保障程度",
                 "评价河流流经行政区域评价期防洪涝安全保障率。",
                 "防洪涝安全保障率为100%的得100%分,防洪涝安全保障率小于或等于90%的得0分,其余按线性内插赋分。",
                 "防洪涝安全保障率=1-洪涝灾害损失占流经区域GDP百分比。"],
                ["", "", "3", "防洪达标率", "通用", "(5分)", "评价河流防洪达标情况",
                 "一、评价河流(河段)防洪达标率。\n二、评价河流(河段)病险水库、水闸、堤防等水利工程安全状况。",
                 "一、防洪达标率达到100%的,得100%分;小于等于75%的得0分;介于75-100%之间按线性内插赋分。\n"
                 "二、病险水库、水闸、堤防等水利工程未按要求除险加固存在严重质量缺陷或安全隐患的,此项不得分。",
                 "防洪达标率=防洪达标河流(河段"],
            ],
            "merges": [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6), (0, 8, 1, 8), (0, 9, 1, 9),
                       (2, 0, 4, 0), (2, 1, 4, 1)],
            "widths": [3.6, 1.8, 0.9, 3.4, 1.0, 1.2, 3.0, 4.2, 5.0, 3.2],
            "pt": 8,
        }),
    ],
    "indicators": [
        {"level1": "安澜(15分+)", "level2": None, "name": "防洪联防联调程度", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 5, "score": None},
        {"level1": "安澜(15分+)", "level2": None, "name": "防洪涝安全保障率", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": None, "score": None},
        {"level1": "安澜(15分+)", "level2": None, "name": "防洪达标率", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 5, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "幸福指数满分", "kind": "sum", "total": 100, "parts": [65, 10, 25], "unit": "分"},
    ],
    "findings": [],
    "notes": ("Stored page (document-sharing site, .docx preview) holds the title and the first three rows of the 安澜 block; "
              "it stops inside the 备注 of row 3 ('防洪达标率=防洪达标河流(河段'). Site chrome (VIP banner, page count, 'PAGE PAGE1' "
              "field codes) removed. The linear text gives two header rows ('总目标 目标层 指标层 评价方法 计分方式 备注' and "
              "'序号 指标 属性 权重 指标含义 评价方法'); rebuilt with 指标层 over five columns and 评价方法 in both header rows as found. "
              "The 总目标 cell (scoring instruction for the whole index) is merged down the data rows and was reworded, numbers kept "
              "(65+10+25=100). 目标层 '安澜(15分+)' used as level1. Weights written '(5分)'; the 差异 indicator has no weight (scored by "
              "the average of chosen 差异 indicators), so weight null. Scoring rules are 计分方式 (not targets): target_text null. "
              "No finding: an evaluation indicator system without targets is normal."),
})

# D3 ------------------------------------------------------------------------
DOCS.append({
    "file": "national-jianghehupo-shengtaibaohu-pingjiabaogaotigang.docx",
    "source_urls": ["https://m.wenku365.com/p-35378175.html"],
    "province": "全国",
    "doc_kind": "绩效评价报告提纲(模板)",
    "patterns": [8, 10],
    "landscape": False,
    "blocks": [
        ("p", "附件2"),
        ("title", "江河湖泊生态环境保护项目资金绩效评价报告提纲"),
        ("p", "按照有关要求,XX年XX月,省级财政部门和环境保护部门联合对XX江河湖泊生态环境保护项目资金开展绩效评价。依据XX江河湖泊生态环境保护"
              "实施方案(以下简称总体方案),实施期为XX年-XX年,本次评价期为XX年(总体方案起始年份)-XX年(绩效评价年份),评价结果为XX分。"),
        ("h", "一、生态环境效益评价(得分XX)"),
        ("h", "(一)评价结果"),
        ("h", "1.湖体水质类别(得分XX)"),
        ("p", "按照总体方案和年度方案,到XX年(实施方案期末年份)湖体水质目标为XX类;到XX年(绩效评价年份),湖体水质类别年度目标为XX类。"
              "经评价,湖体水质实际为XX类。根据省级政府关于饮用水水源保护区划定(包括地表水环境功能区或水功能区)的相关批复文件,XX湖泊/水库"
              "具有饮用水水源功能。经评价,饮用水水源水质XX(是/否)达标。"),
        ("h", "2•入湖(库)河流水质类别(得分XX)"),
        ("p", "按照总体方案,到XX年(实施方案期末年份),入湖库河流断面总数共XX个,其中:国控断面XX个,XX断面水质为XX类,XX断面水质为XX类,"
              "XX断面水质为XX类,……;非国控断面XX个,XX断面水质为XX类,XX断面水质为XX类,XX断面水"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "生态环境效益评价", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": None, "score": None},
        {"level1": "生态环境效益评价", "level2": None, "name": "湖体水质类别", "operator": None, "value": None, "unit": "类",
         "target_text": "XX类", "actual": None, "weight": None, "score": None},
        {"level1": "生态环境效益评价", "level2": None, "name": "入湖(库)河流水质类别", "operator": None, "value": None,
         "unit": None, "target_text": None, "actual": None, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.placeholder", "item": "湖体水质类别",
         "why": "template row: score '得分XX', target '湖体水质目标为XX类' and actual 'XX类' are placeholders"},
        {"rule": "target.placeholder", "item": "入湖(库)河流水质类别",
         "why": "template row: score '得分XX' and every section count / class is 'XX'"},
        {"rule": "target.placeholder", "item": "生态环境效益评价",
         "why": "first-level score written '得分XX' (placeholder)"},
    ],
    "notes": ("Stored page (wenku365 preview) holds the outline's opening and its first two scored items; it stops inside the "
              "入湖(库)河流 paragraph ('XX断面水'). Site chrome (size, page thumbnails, '1、'/'2、' chunk markers, which split '湖|体') "
              "removed and the word rejoined. The outline scores items in prose headings '(得分XX)': counted as indicator rows "
              "(level1 = 生态环境效益评价, itself a scored row). '2•' kept as found. The two 湖体水质 targets are both 'XX类'; "
              "target_text 'XX类' taken from the year target. Placeholders flagged as target.placeholder."),
})

# D4 ------------------------------------------------------------------------
DOCS.append({
    "file": "anhui-xiaoxian-laojiuxiaoqu-zipingbaogao.docx",
    "source_urls": ["https://m.stra.cn/dongshi/rvhbs/zJApknW2ov"],
    "province": "安徽省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "landscape": False,
    "blocks": [
        ("p", "按照宿州市住建局关于20xx年度城市老旧小区整治改造民生工程绩效评价的要求,我县对20xx年城市老旧小区整治改造开展了绩效自评,"
              "现将评价情况报告如下:"),
        ("h", "一、整治改造小区基本情况"),
        ("p", "20xx年,萧县把萧县中学家属院南区列为老旧小区改造民生工程实施项目。本次改造预计投资173万元,占地面积1.76万m2,"
              "总建筑面积2.36万m2,关系到176户居民生活品质的提升。工程3月15日挂网,4月10日开工,截至6月24日全部完工,7月3日通过竣工验收。"),
        ("p", "萧县中学家属院(南区)位于龙城镇教育路中段南侧、萧县中学北侧,1985年1月至20xx年陆续建成,已有30多年。由于年代久远,"
              "房屋主体和公共配套设施老化严重:屋面破损漏雨、墙皮脱落,下水道多年未疏通、堵塞严重,雨天积水严重,小区垃圾不能及时清运,"
              "还缺少现代小区必需的消防、防盗、安全等设施,严重影响居民正常生活,也影响市容市貌。为落实省、市关于老旧小区整治改造的要求,"
              "我县高度重视,项目资金及时到位,工程质量和进度有保证;改造后小区设施齐全、面貌焕然一新,社会效益明显,群众十分满意。"),
        ("h", "二、自评基本结论(满分100分,实得98分)"),
        ("h", "(一)投入(满分15分,实得15分)"),
        ("h", "1.项目申报(满分5分,实得5分)"),
        ("p", "我局对城区认真摸排后确定改造小区,制定了中长期工作计划、项目年度计划和实施方案《萧县老旧小区整治改造工作实施方案》。"
              "通过张贴通告、发放《致广大居民的一封信》等形式向改造小区居民宣传城市老旧小区改造政策,并通过召开居民座谈会、发放"
              "整治改造小区居民改造征求意见表,广泛征求居民意见建议。"),
        ("h", "2.资金管理(满分10分,实得10分)"),
        ("p", "根据《宿州市城市老旧小"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "投入", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 15, "score": 15},
        {"level1": "投入", "level2": None, "name": "项目申报", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 5, "score": 5},
        {"level1": "投入", "level2": None, "name": "资金管理", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": 10, "score": 10},
    ],
    "goals": [],
    "facts": [
        {"metric": "投入得分", "kind": "sum", "total": 15, "parts": [5, 10], "unit": "分"},
        {"metric": "投入分值", "kind": "sum", "total": 15, "parts": [5, 10], "unit": "分"},
    ],
    "findings": [],
    "notes": ("Stored page (a template/essay site) starts at the report body (no title stored) and stops inside the 资金管理 "
              "paragraph ('根据《宿州市城市老旧小'). Years are anonymised by the site as '20xx' (kept). The self-evaluation scores "
              "its items in headings '(满分N分,实得M分)': counted as indicator rows, the group '投入' included as a scored row "
              "(level1 null). Overall '满分100分,实得98分' cannot be checked (page cut after 投入). Narrative paragraphs reworded, "
              "every number kept."),
})

# D5 ------------------------------------------------------------------------
D5_ROWS = [
    ["项目支出绩效自评表"] + [""] * 10,
    ["(2023年度)"] + [""] * 10,
    [""] * 11,
    ["项目名称", "怀远县农村黑臭水体治理试点项目"] + [""] * 9,
    ["主管部门", "062-蚌埠市怀远县生态环境分局", "", "", "", "实施单位", "062001-蚌埠市怀远县生态环境分局", "", "", "", ""],
    ["项目资金 (万元)", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "", ""],
    ["", "年度资金总额:", "", "4000", "4000", "4000", "10", "100.00%", "10.00", "", ""],
    ["", "其中:本年财政拨款", "", "4000", "4000", "4000", "—", "", "", "", ""],
    ["", "上年结转资金", "", "0", "0", "0", "—", "", "", "", ""],
    ["", "其他资金", "", "0", "0", "0", "", "", "", "", ""],
]
DOCS.append({
    "file": "anhui-huaiyuan-heichoushuiti-zipingjieguo.docx",
    "source_urls": ["https://www.ahhy.gov.cn/zfxxgk/public/24551/52212760.html"],
    "province": "安徽省",
    "doc_kind": "项目绩效自评结果(自评综述+项目支出绩效自评表)",
    "patterns": [10],
    "landscape": True,
    "blocks": [
        ("title", "蚌埠市怀远县生态环境分局2023年部门决算中项目绩效自评结果"),
        ("center", "蚌埠市怀远县生态环境分局"),
        ("center", "2023年部门决算中项目绩效自评结果"),
        ("p", "我局在2023年度部门决算中反映怀远县农村黑臭水体治理试点项目绩效自评综述和所有项目支出绩效自评表。"),
        ("p", "怀远县农村黑臭水体治理试点项目绩效自评综述:对照年初设定的绩效目标,项目绩效自评得分100分。全年预算数4000万元,"
              "执行数4000万元,预算完成100%。项目绩效目标完成情况:完成白莲坡镇、常坟镇、荆山镇、榴城镇4个乡镇境内9条农村黑臭水体的治理,"
              "改善了区域水环境;资金重点支持群众反映强烈、污染较重、污染源可以追溯、区域代表性较好、有一定治理基础的农村黑臭水体,"
              "推动全县农村黑臭水体治理,进一步提升农村人居环境质量,助力乡村生态振兴。发现的主要问题及原因:一是项目统筹编制预算不够细;"
              "二是项目实施过程中监督力度不够。下一步改进措施:一是编制预算时把项目明晰细化;二是合理设置绩效目标;三是加强项目全过程监管;"
              "四是进一步加强绩效目标管理,取得更好的环境效益和社会效益。"),
        ("p", "怀远县农村黑臭水体治理试点项目的《项目支出绩效自评表》。"),
        ("table", {
            "rows": D5_ROWS,
            "merges": [(0, 0, 0, 10), (1, 0, 1, 10), (3, 1, 3, 10), (4, 1, 4, 4), (4, 6, 4, 10),
                       (5, 0, 9, 0), (5, 1, 5, 2), (6, 1, 6, 2), (7, 1, 7, 2), (8, 1, 8, 2), (9, 1, 9, 2)],
            "widths": [2.2, 2.2, 1.4, 2.0, 2.0, 2.0, 1.4, 1.8, 1.6, 1.6, 3.6],
            "pt": 9,
        }),
    ],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "年度资金总额(全年预算数)", "kind": "sum", "total": 4000, "parts": [4000, 0, 0], "unit": "万元"},
        {"metric": "执行率", "kind": "rate", "stated": 100.0, "numerator": 4000, "denominator": 4000, "unit": "%"},
    ],
    "findings": [],
    "notes": ("Stored page (county government site) holds the title, the 自评综述 and the head of the 项目支出绩效自评表; it "
              "stops after the '其他资金 0 0 0' row, before 年度总体目标 and the indicator block: no indicator rows, no goal text "
              "(the 综述 gives only the completion statement, not the target). Table rebuilt with 11 columns as the pipe layout "
              "shows (title rows, an empty spacer row, 项目资金(万元) label merged down the fund rows). 综述 reworded, numbers kept. "
              "Facts: 4000=4000+0+0; 执行率 100.00% = 4000/4000 (also stated in the 综述)."),
})

# D6 ------------------------------------------------------------------------
D6_GOAL = ("规划治理水土流失面积19.69 km², 建设内容包括坡改梯21.5 hm2,整修梯田76.99 hm2,封禁治理1763.56 hm2,保土耕作107.52 hm2,"
           "修建沟渠9489.83m,生产道路8325.31m,沉沙池31座,蓄水池2口,山坪塘整治9口,人居环境整治39户,科普宣传设施1处,"
           "库周截污整治工程1处(百花溪水库饮用水源地),沟道综合治理长度1004m。项目概算总投资3150万元。")
DOCS.append({
    "file": "sichuan-bazhong-baihuaxi-xiaoliuyu-pingjiabaogao.docx",
    "source_urls": ["http://bzqzf.gov.cn/public/6596941/11657073.html"],
    "province": "四川省",
    "doc_kind": "项目支出绩效评价报告",
    "patterns": [10],
    "landscape": False,
    "blocks": [
        ("title", "区百花溪小流域综合治理提质增效项目支出绩效评价报告"),
        ("h", "一、项目概况"),
        ("h", "(一)项目基本情况"),
        ("p", "巴中市巴州区位于四川省东北部、米仓山南麓,全区幅员面积1320平方公里,其中水土流失面积631.63km2,属嘉陵江及沱江中下游"
              "国家级水土流失重点治理区。2023年,巴州区申报实施百花溪小流域综合治理提质增效项目,项目被水利部纳入“我为群众办实事”实践活动,"
              "争取到中省水利发展资金2000万元。实施过程中,巴州区着力提升水土治理质效和水保项目的带动作用,把水保与文旅、农旅、产业新业态"
              "结合起来,形成群众全过程参与规划、建设、管理和后续发展的推进模式,把水土流失治理同群众增收、后续发展、和美乡村建设结合,"
              "项目区由水土流失严重区转变为“生态美、产业兴、群众富”的生态典范区,为推进“千万工程”和宜居宜业和美乡村建设打下了底子,"
              "群众的获得感、幸福感、安全感不断增强。"),
        ("h", "(二)项目绩效目标"),
        ("p", D6_GOAL),
        ("p", "项目整体绩效目标的设立依据充分,符合国家相关法律法规和国民经济发展规划。工程建成后可解决当地水土流失和农业灌溉问题,"
              "改善农业生产条件,带动地方和乡镇企业发展、促进国民生产总值增长,改善农村产业结构,申报目标合理可行。"),
        ("h", "二、项目资金申报及使用情况"),
        ("h", "(一)项目资金申报及批复情况"),
        ("p", "2023年6月26日,巴中市水利局组织专家对《巴中市巴州区百花溪"),
    ],
    "indicators": [],
    "goals": [{"kind": "绩效目标", "text": D6_GOAL}],
    "facts": [
        {"metric": "治理水土流失面积", "kind": "sum", "total": 19.69, "parts": [0.215, 0.7699, 17.6356, 1.0752],
         "unit": "km²",
         "note": "parts written in hm2 (21.5, 76.99, 1763.56, 107.52 hm2), converted at 1 hm2 = 0.01 km2; sum 19.6957 km2 = "
                 "1969.57 hm2; the stated 19.69 is the truncated value, not a mismatch"},
    ],
    "findings": [],
    "notes": ("Stored page (district government site) starts at the title as stored ('区百花溪…', the district name before 区 is "
              "not in the stored text; kept as found) and stops inside the first sentence of 二(一) ('…《巴中市巴州区百花溪'). "
              "Goal paragraph kept verbatim (a list of quantities); background and the appraisal paragraph reworded, numbers kept. "
              "No indicator table in the stored part; the goal's outputs are not flagged goal.unmeasured because the report is cut "
              "before its indicator section. Area fact: 21.5+76.99+1763.56+107.52 hm2 = 1969.57 hm2 ≈ 19.69 km2."),
})

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"


def _font(run, pt=None, bold=False):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    if pt:
        run.font.size = Pt(pt)
    run.bold = bold


def _para(doc_or_cell, text, pt=10.5, bold=False, align=None):
    p = doc_or_cell.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        _font(r, pt, bold)
        if i < len(lines) - 1:
            r.add_break()
    if align is not None:
        p.alignment = align
    return p


def _table(doc, spec):
    rows, pt = spec["rows"], spec.get("pt", 9)
    ncol = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.autofit = False
    covered = set()
    for (r1, c1, r2, c2) in spec.get("merges", []):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for r, row in enumerate(rows):
        assert len(row) == ncol, (r, len(row), ncol)
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = Cm(spec["widths"][c])
            if (r, c) in covered:
                assert text == "", ("text in covered cell", r, c, text)
                continue
            cell.paragraphs[0].text = ""
            lines = text.split("\n")
            par = cell.paragraphs[0]
            for i, line in enumerate(lines):
                run = par.add_run(line)
                _font(run, pt)
                if i < len(lines) - 1:
                    run.add_break()
    grid = t._tbl.tblGrid
    for c, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(spec["widths"][c] * 567)))
    for (r1, c1, r2, c2) in spec.get("merges", []):
        t.cell(r1, c1).merge(t.cell(r2, c2))
    return t


def build_docx(d, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    if d.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.6))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    for kind, val in d["blocks"]:
        if kind == "title":
            _para(doc, val, 15, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "center":
            _para(doc, val, 12, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "h":
            _para(doc, val, 11, True)
        elif kind == "p":
            _para(doc, val, 10.5)
        elif kind == "table":
            _table(doc, val)
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = d["file"]
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _deterministic_zip(buf.getvalue(), path)


def _deterministic_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def export_pdf(path):
    outdir = os.path.dirname(path)
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    assert os.path.exists(pdf), pdf
    return pdf


def write_annotations(d, fname):
    gold = {
        "source": fname,
        "source_urls": d["source_urls"],
        "province": d["province"],
        "doc_kind": d["doc_kind"],
        "patterns": d["patterns"],
        "indicators": d["indicators"],
        "goals": d["goals"],
        "facts": d["facts"],
        "findings": d["findings"],
        "notes": d["notes"],
    }
    with open(os.path.join(HERE, "annotations", fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def _squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(d, pdf):
    txt = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    flat = _squash(txt)
    wanted = []
    for ind in d["indicators"]:
        wanted.append(("indicator", ind["name"]))
        if ind.get("target_text"):
            wanted.append(("target", ind["target_text"]))
    for g in d["goals"]:
        wanted.append(("goal", g["text"]))
    for fd in d["findings"]:
        wanted.append(("finding", fd["item"]))
    missing = [(k, w) for k, w in wanted if _squash(w) not in flat]
    return wanted, missing


def main():
    total = {"docs": 0, "with_rows": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    bad = []
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        build_docx(d, path)
        pdf = export_pdf(path)
        for fname in (os.path.basename(path), os.path.basename(pdf)):
            write_annotations(d, fname)
        wanted, missing = check_pdf(d, pdf)
        print("%-62s rows=%d goals=%d facts=%d findings=%d checked=%d missing=%d" % (
            d["file"], len(d["indicators"]), len(d["goals"]), len(d["facts"]), len(d["findings"]),
            len(wanted), len(missing)))
        for m in missing:
            print("   MISSING", m)
        bad += missing
        total["docs"] += 1
        total["with_rows"] += 1 if d["indicators"] else 0
        total["indicators"] += len(d["indicators"])
        total["goals"] += len(d["goals"])
        total["findings"] += len(d["findings"])
        total["facts"] += len(d["facts"])
    print("TOTAL", json.dumps(total, ensure_ascii=False))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
