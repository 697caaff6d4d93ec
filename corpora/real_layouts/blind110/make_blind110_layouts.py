#!/usr/bin/env python
"""Code-blind part blind110 of the real-layout corpus.

Six documents rebuilt from stored public web pages (service / PPP / river-upkeep
scoring sheets and assessment rules).  The gold answers are written first, in
this script, before any file is generated; the files are then written as DOCX
or XLSX and exported to PDF with LibreOffice.

Run:  /tmp/venv/bin/python make_blind110_layouts.py
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
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)


def ind(name, level1=None, level2=None, operator=None, value=None, unit=None,
        target_text=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# Document 1 - Jiangsu, 中山陵园管理局 河长制工作考核评分表 (XLSX)
# ---------------------------------------------------------------------------
D1_TITLE = "中山陵园管理局河长制工作考核评分表"
D1_HEADER = ["考核类别", "考核内容", "分值", "备注"]
D1_BLOCKS = [
    ("一、政策制度(20分)", "政策制度", [
        ("(1)", "各部门要将“河长制”工作纳入重要议事日程,实现“河长制”全覆盖。", 10),
        ("(2)", "建立河湖水库长效管理机制并组织实施,根据“河长制”工作制定相应的奖惩制度。", 5),
        ("(3)", "设立河长公示牌,信息公开,河道联系人24小时开机。", 5),
    ]),
    ("二、水资源保护(10分)", "水资源保护", [
        ("(1)", "按要求编制河湖水库保护计划,并将水环境保护纳入景区总体规划、土地利用规划和经济社会发展规划。", 2),
        ("(2)", "完成水环境功能区达标率年度计划。", 4),
        ("(3)", "做好景区水资源保护工作。", 4),
    ]),
    ("三、岸线保护和防汛安全(20分)", "岸线保护和防汛安全", [
        ("(1)", "建立防汛排涝工作责任体系,将防汛排涝责任落实到各单位,做到防汛排涝责任全覆盖。", 5),
        ("(2)", "各类水利工程、防洪排洪排涝设施、在建涉水项目、低洼易积淹水点、应急抢险设备、防汛物资等度汛措施落实,确保安全度汛。", 10),
        ("(3)", "堤防岸坡及穿堤建筑物达标准;无违章建筑,无违法采砂,无河道阻水物,无封堵防汛排涝入河口,保障河湖水库正常行洪,确保防汛安全。", 5),
    ]),
    ("四、水环境整治(30分)", "水环境整治", [
        ("(1)", "科学组织实施控源截污、清淤疏浚、引流补水、生态景观等整治工程。", 10),
        ("(2)", "确保达到水质量目标,河湖水库执行江苏省地表水环境功能区划水质标准,以水质持续改善达到要求为考核目标;每条河流单独评价,有多个监测点的按均值评价;定期开展河长包干河道水质通报。", 10),
        # the stored page stops inside this row: its points cell never appears
        ("(3)", "河道保洁全覆盖,严禁垃圾等污染物入河,无违规种植、养殖,无影响水生态的水草,水面无漂浮物,无动物尸体,无成堆生活垃圾和建", None),
    ]),
]

D1_GOLD = {
    "source_urls": ["https://001doc.com/doc/263998.html"],
    "province": "江苏省",
    "doc_kind": "考核评分表",
    "patterns": [1],
    "indicators": [ind(text, level1=l1, weight=pts)
                   for _, l1, rows in D1_BLOCKS for _, text, pts in rows],
    "goals": [],
    "facts": [
        {"metric": "政策制度", "kind": "sum", "total": 20, "parts": [10, 5, 5], "unit": "分"},
        {"metric": "水资源保护", "kind": "sum", "total": 10, "parts": [2, 4, 4], "unit": "分"},
        {"metric": "岸线保护和防汛安全", "kind": "sum", "total": 20, "parts": [5, 10, 5], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "完成水环境功能区达标率年度计划。",
         "why": "names a 达标率 but states no rate value; the yearly plan figure is not given"},
        {"rule": "target.vague_wording", "item": "做好景区水资源保护工作。",
         "why": "'做好…工作' with no number, level or checkable standard"},
        {"rule": "target.vague_wording",
         "item": "确保达到水质量目标,河湖水库执行江苏省地表水环境功能区划水质标准,以水质持续改善达到要求为考核目标;每条河流单独评价,有多个监测点的按均值评价;定期开展河长包干河道水质通报。",
         "why": "the assessed target is '水质持续改善达到要求' with no baseline, class or number"},
    ],
    "notes": ("Stored page (a document-sharing copy of a 3-page DOCX) is flattened text; the table was rebuilt as "
              "考核类别 | 考核内容 | 分值 | 备注 with the category label merged down its block (pattern 1). "
              "The page stops inside row 四(3) ('…无成堆生活垃圾和建'): that row is kept cut, with an empty 分值; "
              "its weight is null in the gold. Section 四 says 30分 but only 10+10 are visible, so no sum fact is "
              "given for it (the third part is cut). 备注 is empty on every row as found. No 得分 column and no "
              "scoring rule column exist. Indicator names are the 考核内容 cells without the '(1)' numbering. "
              "Judgement calls: the '达标率' row is flagged missing_value; two rows flagged vague_wording. "
              "Rows such as '河道联系人24小时开机' were not flagged. The 4 visible category totals (20/10/20/30) "
              "add to 80; the rest of the 100 is beyond the cut, so no total is asserted."),
}

# ---------------------------------------------------------------------------
# Document 2 - Guangdong, 评估指标和权重表 (农村生活垃圾治理) (XLSX)
# ---------------------------------------------------------------------------
D2_SECTIONS = [
    ("一、农村生活垃圾治理工作现状评估指标", [
        ("农村生活垃圾管理工作", 46, [
            ("环卫规划", 2, [("规划文件的完整性、科学性", 2)]),
            ("法制建设、监督管理", 4, [("垃圾管理条例宣传教育", 2), ("制度执行奖惩措施实施情况", 2)]),
            ("资金保障", 14, [("设施建设、运营资金保障", 6), ("垃圾分类工作的资金保障", 2),
                          ("农村保洁员资金保障", 3), ("城区镇区垃圾收费实施情况", 3)]),
            ("村庄保洁", 4, [("保洁工作监督管理", 2), ("村庄保洁覆盖率", 2)]),
            ("收运处理普及率", 3, [("垃圾无害化处理率", 3)]),
            ("分类收集与处置", 4, [("垃圾分类体系的建立", 2), ("分类减量与资源化率", 2)]),
            ("处理场、转运站建设及设施配套", 15, [("无害化处理设施建设", 8), ("转运站建设", 4), ("运输车辆配置", 3)]),
        ]),
    ]),
    ("二、农村生活垃圾治理成效主观评估指标", [
        ("设施运行维护及保洁效果", 36, [
            ("设施设备配置的合理性和垃圾分类的执行", 4, [("农村收集点配置的数量", 2), ("分类收集设备配置", 1),
                                       ("垃圾分类投放、分类收集实施", 1)]),
            ("环卫设施运行管理", 13, [("处理设施运行管理", 6), ("转运站运行管理", 3), ("收集点运行管理", 2),
                               ("镇转运车辆运行管理", 1), ("村收集车辆运行管理", 1)]),
            ("农村保洁员队伍", 4, [("农村保洁员队伍配备", 4)]),
            ("村镇内环境洁净度", 8, [("街道洁净度", 2), ("村内公共环境洁净度", 3), ("村民居住环境洁净度", 3)]),
            ("村镇周边环境洁净度", 7, [("公路两侧洁净度", 2), ("河道及河边洁净度", 2), ("田边洁净度", 1), ("村边洁净度", 2)]),
        ]),
    ]),
]
D2_CUT_SECTION = "三、农村生活垃圾收运"


def _d2_indicators():
    out = []
    for _, l1s in D2_SECTIONS:
        for l1, _, l2s in l1s:
            for l2, _, l3s in l2s:
                for l3, w in l3s:
                    out.append(ind(l3, level1=l1, level2=l2, weight=w))
    return out


def _d2_facts():
    out = []
    for _, l1s in D2_SECTIONS:
        for l1, w1, l2s in l1s:
            out.append({"metric": l1, "kind": "sum", "total": w1, "parts": [w for _, w, _ in l2s], "unit": None})
            for l2, w2, l3s in l2s:
                if len(l3s) > 1:
                    out.append({"metric": l2, "kind": "sum", "total": w2, "parts": [w for _, w in l3s], "unit": None})
    return out


D2_GOLD = {
    "source_urls": ["https://renrendoc.com/paper/215958790.html"],
    "province": "广东省",
    "doc_kind": "评估指标和权重表",
    "patterns": [1],
    "indicators": _d2_indicators(),
    "goals": [],
    "facts": _d2_facts(),
    "findings": [
        {"rule": "target.missing_value", "item": "村庄保洁覆盖率",
         "why": "a rate indicator with a weight only: no target value or formula in the document as it stands"},
        {"rule": "target.missing_value", "item": "垃圾无害化处理率",
         "why": "a rate indicator with a weight only: no target value or formula in the document as it stands"},
        {"rule": "target.missing_value", "item": "分类减量与资源化率",
         "why": "a rate indicator with a weight only: no target value or formula in the document as it stands"},
    ],
    "notes": ("Stored page is a document-sharing copy ('PAGE 19', header 广东省环境保护工程研究设计院, 附件1 "
              "评估指标体系评分细则, 表1 评估指标和权重表), flattened text. Rebuilt as 编号 | 一级指标 | 权重 | 二级指标 | "
              "权重 | 三级指标 | 权重 with 一级 and 二级 cells merged down (pattern 1) and section rows "
              "('一、…现状评估指标', '二、…成效主观评估指标') spanning the table. The page stops at the section row "
              "'三、农村生活垃圾收运' (kept as a cut section row with nothing under it). All weights as found; every "
              "二级 weight equals the sum of its 三级 weights and both 一级 weights (46, 36) equal their 二级 sums, so "
              "no consistency finding. Facts: one per 一级 and one per 二级 with more than one 三级 (weights, unit "
              "null because the table gives none). Judgement calls: the table is a weights table, its 评分细则 "
              "would follow after the cut; the three named rates are still flagged missing_value because the "
              "document as it stands gives them no value. Odd pairing kept: 二级 '收运处理普及率' holds only "
              "'垃圾无害化处理率' (not flagged). The page also shows the site header and 'PAGE 19' fragment, "
              "kept as a small header line."),
}

# ---------------------------------------------------------------------------
# Document 3 - Guangdong, 佛冈县 PPP 运营绩效考核办法 (DOCX, prose)
# ---------------------------------------------------------------------------
D3_HEAD = "附件6"
D3_TITLE = "佛冈县城市综合公共建筑及交通基础设施PPP项目运营绩效考核办法"
D3_PARAS = [
    "本项目绩效考核由项目实施机构牵头组织，被考核对象为项目公司。考核采用日常考核、定期考核与抽检抽查相互结合的方式，"
    "主要包括三项内容：一是建设质量的监督检查考核；二是公司规章制度和管理措施执行考核；三是项目设施维护的监督检查考核。"
    "考核结果与政府每年向项目公司支付的可用性服务费及运营维护服务费用直接挂钩。",
    "项目公司须保证所提供的各项服务均达到相应的质量标准。本项目涉及的各行业主管部门会同有关职能部门，依据相关技术规范和标准，"
    "对项目公司的运营服务质量、运营维护情况进行考核和评估，项目公司应全力配合。",
    "本项目将制定具体的绩效考核标准，实行打分制并设定及格线为75分。若项目公",
]
D3_GOLD = {
    "source_urls": ["https://max.book118.com/html/2018/1101/5203303102001324.shtm"],
    "province": "广东省",
    "doc_kind": "PPP项目运营绩效考核办法",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Prose only. Stored page is a document-sharing copy of '附件6-运营绩效考核办法.doc' (10 pages); only its "
              "first paragraphs are stored and the page stops mid-word at '若项目公', kept cut as found. Sentences are "
              "in my own words; facts kept: the project name, the three assessment contents (一是/二是/三是), the "
              "link to 可用性服务费 and 运营维护服务费 (pattern 10: payment tied to results in prose), and '实行打分制并设定"
              "及格线为75分'. No indicator table, no goal, no total with parts in the stored part. No findings: the "
              "assessment standard is announced ('将制定具体的绩效考核标准') and the text is cut before it, so a "
              "too-few-indicators finding was judged unfair to the stored part."),
}

# ---------------------------------------------------------------------------
# Document 4 - Shanghai, 崇明区向化镇 镇村级河道考核办法 (DOCX, prose)
# ---------------------------------------------------------------------------
D4_META = [
    ("索引号", "SY0024799081202300049"),
    ("主题分类", "农业、林业、水利-水利"),
    ("公开主体", "上海市崇明区向化镇人民政府"),
    ("发文字号", "沪崇向府〔2023〕48号"),
    ("成文日期", "2023-10-16"),
    ("发布日期", "2023-10-17"),
]
D4_TITLE = "向化镇镇村级河道考核办法"
D4_GOAL = "实现本镇河道“河畅、水清、岸绿、景美”的发展目标"
D4_BODY = [
    ("p", "各有关部门、养护公司："),
    ("p", "为进一步提升我镇镇村级河湖长效管理养护水平，完善长效管理养护机制，客观公正地评价镇村级河道养护单位的"
          "管理养护成效，依据市水利管理部门的河湖考核要求，结合《崇明区镇(乡)村级河道长效管理养护工作实施办法》"
          "(沪崇水务〔2022〕230号)和《崇明区镇(乡)村级河湖长效管理养护工作考核评分细则》(沪崇水务〔2023〕69号)，"
          "为" + D4_GOAL + "，特制定本考核办法。"),
    ("h", "一、考核原则"),
    ("p", "考核工作坚持客观公平、科学合理、求真务实的原则。"),
    ("h", "二、考核对象"),
    ("p", "向化镇镇村级河道市场化养护单位。"),
    ("h", "三、考核办法"),
    ("h2", "1、日常巡检"),
    ("p", "由镇河长办、镇水务所等以不定期抽查方式开展日常巡检。发现问题后下发养护单位，养护单位应在收到巡检整改通知单后"
          "五个工作日内完成整改，整改不到位的列入月度考核扣分。"),
    ("h2", "2、月度考核"),
    ("p", "由镇农发办、镇河长办、镇水务所每月组成考核小组实施考核，以听取养护汇报、查阅台账、查看现场养护和保洁情况为主。"
          "月度考核情况以通报形式告知各相关职能、管理部门。"),
    ("h2", "3、年终考核"),
    ("p", "由镇农发办、镇河长办、水务所邀请部分镇人大代表及纪委监察人员组成考核小组实施考核。"),
    ("h", "四、考核内容"),
    ("h2", "(一)基础建设"),
    ("h2", "1、养护配置"),
    ("p", "养护设施设备种类、数量及性能满足维修养护要求,养护设施设备更新、保养制度健全。"),
    ("h2", "2、"),
]
D4_GOLD = {
    "source_urls": ["https://www.shcm.gov.cn/govxxgk/xhz/2023-10-17/6d3fb0d6-5b04-4275-8769-f4febb3fc000.html"],
    "province": "上海市",
    "doc_kind": "考核办法",
    "patterns": [8],
    "indicators": [
        ind("养护配置", level1="基础建设",
            target_text="养护设施设备种类、数量及性能满足维修养护要求,养护设施设备更新、保养制度健全。"),
    ],
    "goals": [{"kind": "总体目标", "text": D4_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": D4_GOAL,
         "why": "the aim '河畅、水清、岸绿、景美' carries no number, level or date"},
        {"rule": "target.qualitative_no_scale", "item": "养护配置",
         "why": "'满足维修养护要求' and '保养制度健全' with no grading or points shown"},
    ],
    "notes": ("Prose with one assessment item, no table of indicators. Government page (公开主体 上海市崇明区向化镇人民政府, "
              "沪崇向府〔2023〕48号); the page's metadata fields are kept as a two-column field table and the addressee "
              "line as found (pattern 8: form/instruction text). Sentences in my own words; kept: both cited documents "
              "with numbers, the goal phrase, the five-working-day rectification period, the three kinds of assessment "
              "and who runs them. The stored page stops after '(一)基础建设 1、养护配置' and the heading '2、' (kept "
              "empty, cut). Goal kind: the document calls it 发展目标; recorded as 总体目标. The 养护配置 item is given "
              "as the only indicator row (level1 基础建设, its requirement as target_text, no points in the stored part). "
              "Judgement calls: goal.unquantified on the goal phrase; qualitative_no_scale on 养护配置. No points or "
              "scores appear, so no consistency checks."),
}

# ---------------------------------------------------------------------------
# Document 5 - unknown province, XX镇 卫生保洁考核办法 + 环卫保洁考核评分表 (DOCX)
# ---------------------------------------------------------------------------
D5_TITLE = "2022年XX镇卫生保洁及人居环境整治考核办法"
D5_PAGE_MARK = "第 1 页 共"
D5_FRAGMENT = "镇乡村振兴办牵头，各村(居)委会对相应的考核内容进行考核。"
D5_RESULTS = [
    "七、结果运用",
    "(一)镇月考核中发现保洁不到位或散落垃圾较多的地方，每发觉一处扣发保洁服务费 101 元，发觉一处积存垃圾或卫生死角"
    "扣 200 元；保洁考核得分低于 73 分扣除当月保洁费用。",
    "(二)人居环境整治月考核得分按比例计入村(居)年终目标管理考核，年终依据各村(居)人居环境整治的实际举措和投入，"
    "以以奖代补方式予以奖励。",
    "附件：1、XX 镇环卫保洁考核评分表",
    "2、XX 镇人居环境整治评分表",
]
D5_TABLE_TITLE = "附件1 XX 镇环卫保洁考核评分表"
D5_HEADER = ["序号", "考核内容", "评分标准", "分值", "得分"]
D5_ROWS = [
    ("1", "村庄、道路及村庄湖岸清扫保洁,卫生死角清理",
     "村庄小巷、道路清扫不到位,每发觉一处垃圾、砖瓦石块、污泥、路边树木有树挂垃圾扣 分,每发觉一处湖岸坡垃圾拾捡不到位扣 ;"
     "每发觉一处卫生死角(积存垃圾堆、大面积散落垃圾)扣 2 分。", "30", ""),
    ("2", "垃圾清运、日产日清、刚好清理村庄周边及道路旁建筑垃圾",
     "每发觉一处垃圾桶池外溢、垃圾桶摆放处散落垃圾、暴露垃圾、垃圾桶未清洗、转运车辆未覆盖、经营门店前暴露垃圾、建筑垃圾扣1 分;"
     "日产日清不到位导致形成垃圾堆或发生焚烧垃圾、区域内发觉大批量建筑垃圾扣2分", "", ""),
]
D5_GOLD = {
    "source_urls": ["https://m.taodocs.com/p-631406464.html"],
    "province": None,
    "doc_kind": "考核办法及考核评分表",
    "patterns": [8, 10],
    "indicators": [
        ind("村庄、道路及村庄湖岸清扫保洁,卫生死角清理", weight=30),
        ind("垃圾清运、日产日清、刚好清理村庄周边及道路旁建筑垃圾"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "村庄、道路及村庄湖岸清扫保洁,卫生死角清理",
         "why": "the scoring standard leaves the deduction blank twice ('扣 分', '扣 ;'): no points per fault stated"},
    ],
    "notes": ("Province unknown: the stored page (document-sharing copy of '2022年XX镇卫生保洁及人居环境整治考核办法.docx') "
              "anonymises the town as 'XX镇'; province null. The stored text begins mid-document after a page marker "
              "('第 1 页 共' kept) with the tail of a sentence about 镇乡村振兴办, then 七、结果运用, the attachment list and "
              "附件1 XX 镇环卫保洁考核评分表 (序号 | 考核内容 | 评分标准 | 分值 | 得分). The page stops inside row 2 before its "
              "分值: row 2 is kept with empty 分值 and 得分 (weight null). Kept as found: '101 元' and '73 分' (odd figures), "
              "'刚好清理' (reads like a typo for 及时清理), the blank deduction amounts '扣 分' and '扣 ;', '发觉' for 发现, "
              "the empty 得分 column (blank form, pattern 8) and fee deductions tied to the score in prose (pattern 10). "
              "The 结果运用 sentences are in my own words with their numbers. Indicator names are the 考核内容 cells; the "
              "评分标准 cells are deduction rules, not targets, so target_text is null. Judgement call: the blank "
              "deduction amounts are flagged as target.missing_value on row 1."),
}

# ---------------------------------------------------------------------------
# Document 6 - unknown province, PPP 建设期、运营期绩效考核标准 (DOCX)
# ---------------------------------------------------------------------------
D6_HEAD = "件一:建设期、运营期绩效考核标准"
D6_SUB = "建设期绩效考核标准"
D6_HEADER = ["评分内容", "考核检查内容", "评分说明", "评分", "备注"]
D6_ROWS = [
    ("合同签订(10分)",
     "履约保函到位情况。社会资本方应当在PPP项目合同签订前,按投标承诺的额度向项目甲方提交履约保函。",
     "①未在规定时间内提供履约保函或未提交投标承诺足额的履约保函的,视为弄虚作假,扣10分;"
     "②PPP项目合同签订后,检查发现履约保函提前撤回的,扣10分,从发现之日起,社会资本方记为严重违约不良行为,并纳入其信用档案。"),
    ("合同签订(10分)",
     "落实PPP项目合同管理制。严格按招标文件和投标文件要求和承诺签订PPP项目合同。",
     "①无正当理由拒绝签订PPP项目合同或提出附加条款,扣10分,从处罚之日起,社会资本方记为严重违法不良行为,并纳入其信用档案。"
     "②社会资本违规分包的、转让PPP项目的,扣10分,从发现之日起,社会资本方记为严重违法、违约不良行为。"),
    ("人员配置(10分)",
     "PPP项目合同签订后社会资本方应当按照投标承诺成立项目管理团队,落实人员职责。",
     "检查现场、查阅资料(团队成立配备资料、签到情况、在岗情况、各人员履职情况)。"
     "①未按投标承诺配备团队人员,从发现之日起,每缺少一人扣2分,扣完10分后扣项目考核总分。"
     "②因社会资本负责人或现场管理人员履职水平过低而只能撤换的,每撤换一人扣4分,扣完10分后扣项目考核总分。"
     "③检查现场时,发现团队人员未正常履职的,每人次扣1分,扣完10分后扣项目考核总分。"),
    ("开工准备(15分)",
     "社会资本应当依据PPP项目合同范围和法定程序,履行把关职责,按时完成开工前的准备工作,确保概算不超估算、预算不超概算。",
     "查看资料、检查现场和征询行政主管部门记录等方式。"
     "①因手续不全、违规开工,社会资本收到停工整改通知书的,项目考核总分扣10分;②因社会资本原因,导致前期工"),
]
D6_GOLD = {
    "source_urls": ["https://m.777doc.com/doc-4859631.html"],
    "province": None,
    "doc_kind": "PPP项目绩效考核标准",
    "patterns": [1, 5],
    "indicators": [
        ind("合同签订", weight=10),
        ind("人员配置", weight=10),
        ind("开工准备", weight=15),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.time_no_deadline", "item": "开工准备",
         "why": "requires '按时完成开工前的准备工作' with no date or period"},
    ],
    "notes": ("Province unknown: the stored page (document-sharing copy of a PPP project's 附件一) names no place; "
              "province null. The heading begins '件一:' (the '附' is missing on the page) and is kept so. Table rebuilt as "
              "评分内容 | 考核检查内容 | 评分说明 | 评分 | 备注 (header words beyond the usual, pattern 5); '合同签订(10分)' is "
              "merged down its two check items (pattern 1). The check-method sentences ('检查现场、查阅资料(…)', '查看资料、"
              "检查现场和征询行政主管部门记录等方式') are placed at the head of the 评分说明 cell; their column is a judgement "
              "call because the page is flattened. The page stops inside 开工准备 at '导致前期工' (kept cut). 评分 and "
              "备注 are empty as found. Indicator rows are the three 评分内容 items (the finest level carrying points; the "
              "two 合同签订 check items carry no separate points), names without '(10分)'. Deduction rules that can "
              "exceed the item points ('扣完10分后扣项目考核总分') are kept and not flagged: no scores are given. "
              "Judgement call: time_no_deadline on 开工准备."),
}

DOCS = [
    ("js-zhongshanling-river-scoresheet.xlsx", D1_GOLD),
    ("gd-provincial-ruralwaste-weights.xlsx", D2_GOLD),
    ("gd-fogang-ppp-assessment-rules.docx", D3_GOLD),
    ("sh-xianghua-river-assessment-rules.docx", D4_GOLD),
    ("xx-xxzhen-cleaning-scoresheet.docx", D5_GOLD),
    ("xx-ppp-construction-scoresheet.docx", D6_GOLD),
]


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for fname, gold in DOCS:
        base = os.path.splitext(fname)[0]
        for ext in (os.path.splitext(fname)[1], ".pdf"):
            rec = {"source": base + ext}
            rec.update(gold)
            with open(os.path.join(ANN, base + ext + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")


# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------
def normalise_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                # openpyxl stamps 'modified' with the current time on save: pin it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def _docx_new(title):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind110"
    cp.last_modified_by = "blind110"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    return d


def _para(d, text, bold=False, center=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _save_docx(d, path):
    d.save(path)
    normalise_zip(path)


def build_d3(path):
    d = _docx_new(D3_TITLE)
    _para(d, D3_HEAD)
    _para(d, D3_TITLE, bold=True, center=True, size=14)
    for t in D3_PARAS:
        _para(d, t)
    _save_docx(d, path)


def build_d4(path):
    d = _docx_new(D4_TITLE)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in D4_META:
        cells = t.add_row().cells
        cells[0].text = k + ":"
        cells[1].text = v
    _para(d, "")
    _para(d, D4_TITLE, bold=True, center=True, size=14)
    for kind, text in D4_BODY:
        _para(d, text, bold=(kind in ("h", "h2")))
    _save_docx(d, path)


def build_d5(path):
    d = _docx_new(D5_TITLE)
    _para(d, D5_TITLE, bold=True, center=True, size=14)
    _para(d, D5_PAGE_MARK + " " + D5_FRAGMENT)
    for i, t in enumerate(D5_RESULTS):
        _para(d, t, bold=(i == 0))
    _para(d, D5_TABLE_TITLE, bold=True)
    t = d.add_table(rows=1, cols=len(D5_HEADER))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, D5_HEADER):
        c.text = h
    for row in D5_ROWS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    _save_docx(d, path)


def build_d6(path):
    d = _docx_new(D6_SUB)
    _para(d, D6_HEAD, bold=True)
    _para(d, D6_SUB, bold=True, center=True)
    t = d.add_table(rows=1, cols=len(D6_HEADER))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, D6_HEADER):
        c.text = h
    start = {}
    for i, (lab, chk, rule) in enumerate(D6_ROWS, start=1):
        cells = t.add_row().cells
        cells[1].text = chk
        cells[2].text = rule
        if lab not in start:
            cells[0].text = lab
            start[lab] = i
        else:
            a = t.cell(start[lab], 0)
            a.merge(t.cell(i, 0))
    _save_docx(d, path)


def _xlsx_new(title):
    import openpyxl
    wb = openpyxl.Workbook()
    p = wb.properties
    p.creator = "blind110"
    p.lastModifiedBy = "blind110"
    p.title = title
    p.created = FIXED_DT
    p.modified = FIXED_DT
    return wb


def _style_ws(ws, widths):
    from openpyxl.styles import Alignment, Border, Font, Side
    thin = Side(style="thin")
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.font = Font(name="Noto Serif CJK SC", size=10)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return thin, Border


def _borders(ws, first_row, last_row, ncols):
    from openpyxl.styles import Border, Side
    thin = Side(style="thin")
    for r in range(first_row, last_row + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)


def build_d1(path):
    wb = _xlsx_new(D1_TITLE)
    ws = wb.active
    ws.title = "考核评分表"
    ws.append([D1_TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws.append(D1_HEADER)
    r = 3
    for label, _, rows in D1_BLOCKS:
        first = r
        for num, text, pts in rows:
            ws.append([label if r == first else None, num + text, pts])
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    _style_ws(ws, {"A": 16, "B": 70, "C": 8, "D": 10})
    _borders(ws, 2, r - 1, 4)
    from openpyxl.styles import Alignment, Font
    ws["A1"].font = Font(name="Noto Serif CJK SC", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    wb.save(path)
    normalise_zip(path)


def build_d2(path):
    from openpyxl.styles import Alignment, Font
    wb = _xlsx_new("评估指标和权重表")
    ws = wb.active
    ws.title = "表1"
    ws.append(["PAGE 19 广东省环境保护工程研究设计院"])
    ws.append(["附件1 评估指标体系评分细则"])
    ws.append(["表1 评估指标和权重表"])
    ws.append(["编号", "一级指标", "权重", "二级指标", "权重", "三级指标", "权重"])
    r = 5
    num = 1
    for sec, l1s in D2_SECTIONS:
        ws.append([sec])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for l1, w1, l2s in l1s:
            l1_first = r
            for l2, w2, l3s in l2s:
                l2_first = r
                for l3, w3 in l3s:
                    ws.append([num,
                               l1 if r == l1_first else None, w1 if r == l1_first else None,
                               l2 if r == l2_first else None, w2 if r == l2_first else None,
                               l3, w3])
                    num += 1
                    r += 1
                if r - 1 > l2_first:
                    for col in (4, 5):
                        ws.merge_cells(start_row=l2_first, start_column=col, end_row=r - 1, end_column=col)
            for col in (2, 3):
                ws.merge_cells(start_row=l1_first, start_column=col, end_row=r - 1, end_column=col)
    ws.append([D2_CUT_SECTION])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    _style_ws(ws, {"A": 6, "B": 18, "C": 6, "D": 26, "E": 6, "F": 28, "G": 6})
    _borders(ws, 4, r, 7)
    ws["B3"].font = Font(name="Noto Serif CJK SC", size=10)
    for cell in ("A1", "A2", "A3"):
        ws[cell].alignment = Alignment(wrap_text=False)
    ws["A3"].font = Font(name="Noto Serif CJK SC", size=12, bold=True)
    wb.save(path)
    normalise_zip(path)


BUILDERS = {
    "js-zhongshanling-river-scoresheet.xlsx": build_d1,
    "gd-provincial-ruralwaste-weights.xlsx": build_d2,
    "gd-fogang-ppp-assessment-rules.docx": build_d3,
    "sh-xianghua-river-assessment-rules.docx": build_d4,
    "xx-xxzhen-cleaning-scoresheet.docx": build_d5,
    "xx-ppp-construction-scoresheet.docx": build_d6,
}


def to_pdf(path):
    profile = tempfile.mkdtemp(prefix="lo_blind110_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    write_gold()  # gold first, before any document exists
    for fname, _ in DOCS:
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        if "--no-pdf" not in sys.argv:
            to_pdf(path)
    print("wrote", len(DOCS), "documents")


if __name__ == "__main__":
    main()
