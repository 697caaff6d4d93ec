"""Build the blind255 corpus part: 5 source documents (1 XLSX, 4 DOCX), their PDFs,
and one gold JSON per file.

The gold below is written by hand from the stored page text (see SOURCES.md) before
any built file is read. Longer sentences are re-worded; names, figures, units, dates
and document numbers are kept as the stored pages give them.

Run:  /tmp/wvenv/bin/python make_blind255_layouts.py
"""

import copy
import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind255"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# Source texts (re-worded where the sentence is long; facts kept exactly)
# ---------------------------------------------------------------------------

# 1. 广西 河池 基层应急管理工作考核评分表 (qiqiwenku) -------------------------
KAOHE_GROUPS = [
    # (label cell text, points label, [(no, content, base points or None)])
    ("工作部\n署情况", "10分", [
        ("1", "认真落实上级有关加强基层应急管理工作的文件和会议精神。", 5),
        ("2", "对应急管理工作高度重视,并采取措施作出部署。", 5),
    ]),
    ("应急管理\n体制建设", "15分", [
        ("3", "成立应急管理领导机构。", 5),
        ("4", "成立应急管理办事机构。", 5),
        ("5", "确定相关负责人员。", 3),
        ("6", "实行应急管理责任人、工作人员上墙公示制度。", 2),
    ]),
    ("预案体\n系建设", "25分", [
        ("7", "对应急预案体系作出合理规划,使其合理覆盖辖区内易发的公共事件。", 10),
        ("8", "完成突发公共事件总体应急预案和专项应急预案的编制。", 10),
        ("9", "加强应急预案演练,积极配合上级组织的各项演练活动。", 5),
    ]),
    ("突发事件\n风险评估和\n隐患排查", "15分", [
        ("10", "每年组织对各类突发事件风险隐患的排查。", 5),
        ("11", "建立健全风险隐患点分类、分级登记档案。", 5),
        ("12", "对辖区内主要自然灾害隐患点、安全生产隐患点的分布、整改措施、期限和责任人实行上墙公示制度。", 5),
    ]),
    ("应急保障\n能力建设", "15分", [
        ("13", "组建有专兼职应急队伍。", 7),
        ("14", "专兼职应急队伍的救援设施完备。", 5),
        ("15", "应急管理工作经费列入财政预算并拨付到位。", 3),
    ]),
    ("科普宣教\n和培训工作", "15分", [
        ("16", "制定应急知识宣传普及工作方案,以多种形式把应急知识宣传普及到企业,学校,农村,社区。", 5),
        ("17", "各级领导干部每年参加各类应急管理业务培训不少1次。", 5),
        ("18", "应急管理工作人员每年参加培训不少于2次。", 5),
    ]),
    ("日常工作\n材料报送", "5分", [
        ("19", "按时按质报送应急管理工作总结、计划。", 2),
        ("20", "及时报送较大以上突发公共事件的处置评估报告。", 3),
    ]),
    ("奖罚分", None, [
        ("21", "应急管理工作成效显著、被上级机关以现场会形式推广的,国家级加10分,自治区级加8分,市级加5分。", None),
        ("22", "应急管理工作中被自治区或河池市点名批评的;迟报、漏报突发公共事件引发严重后", None),
    ]),
]

# 2. 山东 产品质量省级监督抽查项目政府购买服务绩效评价报告 ------------------------
SD_GOAL_TOTAL = ("尽量多地发现不合格产品,不合格产品检出率≥10%;持续压低问题发现成本,"
                 "每批次不合格产品发现成本不高于2020年;对不合格企业实施信用监管和联合惩戒,"
                 "通过协同共治、强化监管保障安全生产,维护人民群众生命财产安全。")
SD_GOAL_YEAR = ("监督抽查批次≥12400批次,不合格企业后处理率100%,监督抽查结果公示率100%;"
                "加大涉及安全的产品和日常消费品的质量安全监管力度,维护消费者权益等。")
SD_PARAS = [
    ("crumb", "首页\n> 专题专栏 > 预算绩效信息公开"),
    ("title", "产品质量省级监督抽查项目政府购买服务绩效评价报告"),
    ("meta", "发布日期:2023-12-29 16:27 浏览次数:"),
    ("h1", "一、项目基本情况"),
    ("h2", "(一)项目立项背景及实施目的"),
    ("p", ("我省工业产品的生产、流通和消费规模都很大。《中华人民共和国产品质量法》第十五条确立了"
          "以抽查为主要方式的产品质量监督检查制度,抽查重点是可能危及人体健康和人身、财产安全的产品,"
          "影响国计民生的重要工业产品,以及消费者、有关组织反映有质量问题的产品。2022年,"
          "省市场监督管理局(以下简称省市场监管局)围绕日用及纺织品、轻工产品、农业生产资料、"
          "建筑和装饰装修材料、机械及安全防护产品、电工及材料、电子电器及食品相关产品等"
          "8大类177种(类)重点工业产品组织了省级监督抽查。")),
    ("h2", "(二)项目预算安排及支出情况"),
    ("p", ("2022年,省市场监管局产品质量省级监督抽查项目获批预算资金4020万元,当年项目支出"
          "3992.74万元,政府采购结余27.26万元已于年底由财政收回,预算执行率100%。")),
    ("h2", "(三)项目绩效目标"),
    ("p", "1.总体绩效目标。" + SD_GOAL_TOTAL),
    ("p", "2.年度绩效目标。" + SD_GOAL_YEAR),
    ("h1", "二、绩效评价工作开展情况"),
    ("h2", "(一)评价的范围和目的"),
    ("p", "评价范围:省市场监管局;省质检院和省标准化研究院2家省属事业单位;29家社会第三方机构。"),
    ("p", "评价目的:本次绩效评价所称的政府购买服务,是指各级国家机关把属于自身职责范"),
]

# 3. 山东 济宁市任城区创建国家农产品质量安全区实施方案 ------------------------------
RC_GOAL = ("2022年8底前,全部创建指标达到《国家农产品质量安全县创建标准》的要求,"
           "评价总分值在90分(含90分)以上,所有关键项均达标。")
RC_SUBGOAL = "农产品质量安全水平明显提高。"
RC_PARAS = [
    ("title", "济宁市任城区人民政府关于印发《济宁市任城区创建国家农产品质量安全区实施方案》的通知"),
    ("meta", "政策"),
    ("meta", "发布部门:济宁市任城区人民政府"),
    ("meta", "发布时间:2021年08月28日"),
    ("meta", "政策文号:济任政字〔2021〕28号"),
    ("meta", "有效性:有效"),
    ("p", ("为全面提升农产品质量安全水平、守护人民群众舌尖上的安全,依据《农业农村部办公厅关于确定"
          "第三批国家农产品质量安全县(市)创建单位的通知》(农办质〔2021〕5号)和济宁市人民政府"
          "关于印发《济宁市创建国家农产品质量安全市实施方案的通知》(济政字〔2021〕41号)的要求,"
          "结合本区实际,制定本方案。")),
    ("h1", "一、指导思想"),
    ("p", ("以习近平新时代中国特色社会主义思想为指导,深入实施食品安全战略,落实习近平总书记"
          "“四个最严”“三个导向”的要求。以维护人民群众根本利益为出发点,把农产品质量安全作为"
          "转变农业发展方式、推进乡村振兴的关键环节;以落实地方政府属地管理责任为重点,以健全"
          "农产品质量安全体系为核心,以提升农产品质量安全水平和监管能力为目标。坚持“产出来”和"
          "“管出来”两手抓两手硬,全面推进生产标准化、发展绿色化、经营规模化、产品品牌化、"
          "监管法制化,全力创建农产品质量安全区,确保广大人民群众“舌尖上的安全”。")),
    ("h1", "二、创建目标"),
    ("p", RC_GOAL),
    ("p", "(一)" + RC_SUBGOAL + "食用农产品抽检合格率达到98%以上,不合格食用农产品处置率达到100%。"
          "种植业产品(蔬菜、水果、茶叶等)中的禁用农药,畜产品中的“瘦肉精”,水产品中的孔雀石绿、"
          "硝基呋喃等禁用药物,禁用药物监测合格率均达到100%。全面推行食用农产品合格证制度,"
          "农产品质量可追溯全面实现,确保不发生重大农产"),
]

# 4. 安徽 宣州区 宣城高新化工园区重大安全风险防控项目 转移支付2023年度绩效自评报告 ------
XZ_INFO = [
    ("索引号:", "11341703777391290Y/202404-00030", "组配分类:", "中央自然灾害生活补助资金管理和使用情况"),
    ("发布机构:", "宣州区应急管理局", "主题分类:", "财政、金融、审计"),
    ("名称:", "安徽省宣城市转移支付2023年度绩效自评报告", "文号:", ""),
    ("生成日期:", "2024-04-09", "发布日期:", "2024-04-09"),
]
XZ_PARAS = [
    ("crumb", ("您现在所在的位置: 网站首页> 政府信息公开首页 > 区政府> 财政资金(财政资金直达基层)> "
              "财政专项资金> 中央自然灾害生活补助资金管理和使用情况")),
    ("infotable", None),
    ("title", "安徽省宣城市转移支付2023年度绩效自评报告"),
    ("meta", "发布时间:2024-04-09 15:09 来源:宣州区应急管理局 浏览次数: 字体:[ ]"),
    ("h1", "一、绩效目标分解下达情况"),
    ("p", ("宣城高新化工园区重大安全风险防控项目获中央拨付财政资金1800万元,宣城市财政局已将这笔资金"
          "全额拨至宣城市宣州区财政局;宣城市宣州区财政局向园区拨付项目专项资金1200万元,"
          "其余600万元尚未拨付。")),
    ("h1", "二、绩效情况分析"),
    ("h2", "(一)资金投入情况分析"),
    ("p", ("宣城高新化工园区重大安全风险防控项目资金尚未全部到位,已投入的资金均按专款专用要求"
          "用于项目建设。年度资金总额全年预算数5372.5833万元,全年执行数4772.58万元,当前预算执行率"
          "88.83%。其中中央财政资金全年预算数1800万元,全年执行数1200万元,当前预算执行率66.67%;"
          "地方财政资金全年预算数2192.58万元,全年执行数2192.58万元,当前预算执行率100%;"
          "其他资金全年预算数1380万元,全年执行数1380万元,当前预算执行率100%。")),
    ("h2", "(二)资金管理情况分析"),
    ("p", "宣城高新化工园区重大安全"),
]

# 5. 云南 寻甸县应急管理局 2023年部门整体支出绩效自评报告 (封面、评价小组、目录) --------
XD_MEMBERS = [
    ("评价小组 机构职位", "姓名", "职务/职称", "所属 单位/处室", "签字"),
    ("组长", "马明泽", "局长", "寻甸县应急管理局", ""),
    ("副组长", "马怀伟", "副局长", "寻甸县应急管理局", ""),
    ("副组长", "马秋萍", "办公室主任", "寻甸县应急管理局", ""),
    ("成员", "朱昆", "会计", "寻甸县应急管理局", ""),
    ("成员", "李琼惠", "出纳", "寻甸县应急管理局", ""),
]
XD_TOC = [
    "目录", "一、摘要", "二、部门概况", "(一)部门机构设置、编制", "(二)部门职能",
    "(三)部门工作完成情况", "(四)部门管理制度", "(五)部门资金来源及使用情况",
    "(六)政府采购情况", "(七)固定资产情况", "三、绩效目标", "四、评价思路和过程",
    "(一)评价思路", "(二)评价目的", "(三)评价依据", "(四)评价对象及评价时段",
    "五、评价结论和绩效分析", "(一)评价结论", "(二)具体绩效分析", "六、主要经验做法",
    "七、存在的问题", "八、改进措施及建议", "附件1 成本效益分析报告",
    "附件2 部门职能分解及2023年工作完成情况表", "附件3部门整体支出绩效评价共性指标体系框架",
    "附件4问卷调查报告", "附件5工作底稿",
    "附件6 寻甸县应急管理局部门2023年项目预算、决算明细表(单位:元)",
]

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


def kaohe_indicators():
    rows = []
    for label, _pts, items in KAOHE_GROUPS:
        if label == "奖罚分":
            continue  # bonus / penalty rules, not targets
        level1 = label.replace("\n", "")
        for _no, text, base in items:
            name = text.rstrip("。")
            if _no == "17":
                rows.append(ind(level1, None, "各级领导干部每年参加各类应急管理业务培训",
                                ">=", 1, "次", "不少1次", weight=base))
            elif _no == "18":
                rows.append(ind(level1, None, "应急管理工作人员每年参加培训",
                                ">=", 2, "次", "不少于2次", weight=base))
            else:
                rows.append(ind(level1, None, name, None, None, None, None, weight=base))
    return rows


def kaohe_facts():
    facts = []
    for label, pts, items in KAOHE_GROUPS:
        if pts is None:
            continue
        facts.append({"metric": label.replace("\n", "") + " 基本分", "kind": "sum",
                      "total": int(pts.rstrip("分")), "parts": [b for _n, _t, b in items],
                      "unit": "分"})
    return facts


GOLD = {
    "blind255_hechi_yingji_kaohe.xlsx": {
        "source_urls": ["https://m.qiqiwenku.com/doc/537587.html"],
        "province": "广西壮族自治区",
        "doc_kind": "基层应急管理工作考核评分表(空白考核分栏)",
        "patterns": [1, 5, 8, 9],
        "indicators": kaohe_indicators(),
        "goals": [],
        "facts": kaohe_facts(),
        "findings": [
            {"rule": "target.vague_wording", "item": "对应急管理工作高度重视,并采取措施作出部署",
             "why": "“高度重视”“采取措施”无数量、无完成标准,考核人无法据此给分"},
            {"rule": "target.qualitative_no_scale",
             "item": "对应急预案体系作出合理规划,使其合理覆盖辖区内易发的公共事件",
             "why": "“合理规划”“合理覆盖”没有覆盖率或分档标准,10分的评分尺度不明"},
            {"rule": "target.vague_wording", "item": "加强应急预案演练,积极配合上级组织的各项演练活动",
             "why": "“加强”“积极配合”无演练次数或参与率"},
            {"rule": "target.input_or_process", "item": "应急管理工作经费列入财政预算并拨付到位",
             "why": "考的是经费投入,不是工作产出或效果"},
            {"rule": "target.vague_wording",
             "item": "制定应急知识宣传普及工作方案,以多种形式把应急知识宣传普及到企业,学校,农村,社区",
             "why": "“多种形式”“普及到”无场次、覆盖人数或知晓率"},
            {"rule": "coverage.missing_dimension", "item": "效益/满意度",
             "why": "全部考核项都是机构、制度、过程类,没有任何结果、效益或群众满意度项"},
        ],
        "notes": ("存储页从表头“基本分 考核分”开始,前面三列(考核项目、序号、考核内容)的表头没有出现,"
                  "故表头前三格留空照录;页面在第22项“…引发严重后”处中断,表也止于此。"
                  "考核分一栏全空,是空白评分表,故 score 全为 null。各分组标签和分值(如“工作部署情况 10分”)"
                  "放在左列合并单元格内;“应急保障能力建设”的“15分”在存储文本中出现在第13项之后,"
                  "可见标签单元格纵向居中,按合并单元格处理。第17项写作“不少1次”(漏“于”),照录。"
                  "第21、22项是奖罚规则(国家级加10分等),不是考核目标,未列为指标。"
                  "各组分值与组内基本分之和一致(10/15/25/15/15/15/5,合计100,总分未在页面出现)。"
                  "省份由“自治区级”“河池市”判断为广西。")
    },
    "blind255_shandong_zhiliang_choucha.docx": {
        "source_urls": ["http://czt.shandong.gov.cn/art/2023/12/29/art_10604_10317868.html"],
        "province": "山东省",
        "doc_kind": "项目政府购买服务绩效评价报告(开头部分,目标在正文)",
        "patterns": [],
        "indicators": [
            ind(None, None, "不合格产品检出率", ">=", 10, "%", "≥10%"),
            ind(None, None, "每批次不合格产品发现成本", "<=", None, None, "不高于2020年"),
            ind(None, None, "监督抽查批次", ">=", 12400, "批次", "≥12400批次"),
            ind(None, None, "不合格企业后处理率", "=", 100, "%", "100%"),
            ind(None, None, "监督抽查结果公示率", "=", 100, "%", "100%"),
        ],
        "goals": [
            {"kind": "总体目标", "text": SD_GOAL_TOTAL},
            {"kind": "年度目标", "text": SD_GOAL_YEAR},
        ],
        "facts": [
            {"metric": "项目预算资金", "kind": "sum", "total": 4020, "parts": [3992.74, 27.26],
             "unit": "万元"},
            {"metric": "预算执行率", "kind": "rate", "total": 4020, "parts": [3992.74],
             "unit": "%", "stated_rate": 100},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "预算执行率",
             "why": "写100%,但3992.74/4020=99.32%;只有把财政收回的27.26万元从分母中扣除才得100%,口径未说明"},
            {"rule": "target.missing_value", "item": "每批次不合格产品发现成本",
             "why": "“不高于2020年”只给了基期年份,没有写出2020年的成本数值,无法核对"},
            {"rule": "target.vague_wording", "item": "加大涉及安全的产品和日常消费品的质量安全监管力度",
             "why": "年度目标中的“加大…力度”没有数量或比较基数"},
            {"rule": "target.vague_wording", "item": "尽量多地发现不合格产品",
             "why": "“尽量多地”不可衡量(其后的≥10%才是可核对的目标)"},
        ],
        "notes": ("存储页为网页正文,只含报告开头:项目基本情况、预算、总体和年度绩效目标、评价范围,"
                  "在“评价目的:…自身职责范”处中断,文档也在此截止,评分表和结论不在页面内,不据此判定缺项。"
                  "目标都写在正文句子里,按句拆为5个指标,level1/level2 为 null。"
                  "“8大类”后面列举的类别按原文照录。")
    },
    "blind255_rencheng_nongchanpin_anquan.docx": {
        "source_urls": ["https://sd.010b.com/policy/detail/171633.html"],
        "province": "山东省",
        "doc_kind": "区政府印发的创建实施方案(目标在正文)",
        "patterns": [],
        "indicators": [
            ind(None, None, "评价总分值", ">=", 90, "分", "在90分(含90分)以上"),
            ind(None, None, "食用农产品抽检合格率", ">=", 98, "%", "达到98%以上"),
            ind(None, None, "不合格食用农产品处置率", "=", 100, "%", "达到100%"),
            ind(None, None, "禁用药物监测合格率", "=", 100, "%", "均达到100%"),
            ind(None, None, "农产品质量可追溯", None, None, None, "全面实现"),
        ],
        "goals": [
            {"kind": "总体目标", "text": RC_GOAL},
            {"kind": "分项目标", "text": RC_SUBGOAL},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "农产品质量可追溯",
             "why": "“可追溯全面实现”没有追溯覆盖率或主体数量,无法判定是否达到"},
            {"rule": "target.vague_wording", "item": RC_SUBGOAL[:20],
             "why": "分项目标标题“明显提高”本身没有数值(其后句子给出的合格率才可核对)"},
        ],
        "notes": ("存储页是政策库转载的通知正文,在“确保不发生重大农产”处中断,文档在同一处截止;"
                  "后面的创建目标分项与保障措施不在页面内。原文“2022年8底前”漏了“月”字,照录。"
                  "“禁用药物监测合格率”的句子按原意改写时保留了“监测合格率…达到100%”。"
                  "“达到100%”按brief写作“=”。")
    },
    "blind255_xuanzhou_huagong_zipingbaogao.docx": {
        "source_urls": ["http://www.xuanzhou.gov.cn/OpennessContent/show/3254556.html"],
        "province": "安徽省",
        "doc_kind": "转移支付年度绩效自评报告(开头部分,仅资金情况)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "年度资金总额全年预算数", "kind": "sum", "total": 5372.5833,
             "parts": [1800, 2192.58, 1380], "unit": "万元"},
            {"metric": "年度资金总额全年执行数", "kind": "sum", "total": 4772.58,
             "parts": [1200, 2192.58, 1380], "unit": "万元"},
            {"metric": "中央拨付财政资金", "kind": "sum", "total": 1800, "parts": [1200, 600],
             "unit": "万元"},
            {"metric": "当前预算执行率(年度资金总额)", "kind": "rate", "total": 5372.5833,
             "parts": [4772.58], "unit": "%", "stated_rate": 88.83},
            {"metric": "当前预算执行率(中央财政资金)", "kind": "rate", "total": 1800,
             "parts": [1200], "unit": "%", "stated_rate": 66.67},
            {"metric": "当前预算执行率(地方财政资金)", "kind": "rate", "total": 2192.58,
             "parts": [2192.58], "unit": "%", "stated_rate": 100},
            {"metric": "当前预算执行率(其他资金)", "kind": "rate", "total": 1380,
             "parts": [1380], "unit": "%", "stated_rate": 100},
        ],
        "findings": [],
        "notes": ("存储页在“(二)资金管理情况分析 宣城高新化工园区重大安全”处中断,文档同样截止,"
                  "绩效目标、指标完成情况和自评表都不在页面内,因此不记指标、目标,也不判定缺项。"
                  "预算数各部分相加为5372.58,总额写作5372.5833,差0.0033万元,是地方资金2192.58取两位小数"
                  "造成的,按所写精度相符,不记为 consistency.sum。各执行率按所写两位小数复算均相符"
                  "(4772.58/5372.5833=88.83%,1200/1800=66.67%)。页面头部的索引号等信息以表格形式照录。")
    },
    "blind255_xundian_yingji_zhengti_fengmian.docx": {
        "source_urls": ["http://www.kmxd.gov.cn/c/2024-05-22/6853113.shtml"],
        "province": "云南省",
        "doc_kind": "部门整体支出绩效自评报告(封面、评价小组签字表、目录)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("存储页只给出报告封面、评价小组成员签字表、“报告撰写人(签字)/评价工作负责人(签字)”"
                  "空白签字栏和目录,正文在“…管理、使用及效益情况进行了绩效”处中断。"
                  "页面中没有任何绩效目标或指标,gold 为空:读取工具不应从签字表或目录里读出指标"
                  "(目录中“三、绩效目标”“附件3…共性指标体系框架”只是标题)。")
    },
}

FILES = list(GOLD.keys())

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build_kaohe_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    widths = {"A": 14, "B": 6, "C": 110, "D": 9, "E": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    font = Font(name="Noto Sans CJK SC", size=10)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    header = ["", "", "", "基本分", "考核分"]
    for c, v in enumerate(header, start=1):
        cell = ws.cell(row=1, column=c, value=v if v else None)
        cell.font = font
        cell.alignment = center
        cell.border = BORDER
    r = 2
    for label, pts, items in KAOHE_GROUPS:
        first = r
        for no, text, base in items:
            ws.cell(row=r, column=2, value=int(no))
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=base)
            ws.cell(row=r, column=5, value=None)
            for c in range(1, 6):
                cell = ws.cell(row=r, column=c)
                cell.font = font
                cell.border = BORDER
                cell.alignment = left if c == 3 else center
            r += 1
        lab = label if pts is None else label + "\n" + pts
        ws.cell(row=first, column=1, value=lab)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind255"
    wb.properties.lastModifiedBy = "blind255"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


def _set_cjk(doc):
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(11)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def _new_doc():
    doc = docx.Document()
    _set_cjk(doc)
    cp = doc.core_properties
    cp.author = "blind255"
    cp.last_modified_by = "blind255"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def _add_paras(doc, paras, hooks=None):
    hooks = hooks or {}
    for kind, text in paras:
        if kind in hooks:
            hooks[kind](doc)
            continue
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(15)
        elif kind == "h1":
            p = doc.add_paragraph()
            run = p.add_run(text)
            run.bold = True
        elif kind == "h2":
            p = doc.add_paragraph()
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(11)
        elif kind in ("meta", "crumb"):
            for line in text.split("\n"):
                p = doc.add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(9)
        else:
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(22)


def _table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    return t


def build_sd_docx(path):
    doc = _new_doc()
    _add_paras(doc, SD_PARAS)
    doc.save(path)


def build_rc_docx(path):
    doc = _new_doc()
    _add_paras(doc, RC_PARAS)
    doc.save(path)


def build_xz_docx(path):
    doc = _new_doc()

    def info(d):
        _table(d, [list(r) for r in XZ_INFO])

    _add_paras(doc, XZ_PARAS, hooks={"infotable": info})
    doc.save(path)


def build_xd_docx(path):
    doc = _new_doc()
    _add_paras(doc, [
        ("title", "寻甸回族彝族自治县应急管理局2023年部门预算绩效自评报告"),
        ("title", "寻甸回族彝族自治县应急管理局\n2023年部门整体支出绩效自评报告"),
        ("p", "项目名称:寻甸县应急管理局部门整体支出"),
        ("p", "部门名称:寻甸县应急管理局(单位)"),
        ("p", "评价机构:寻甸县应急管理局(部门整体支出)自评小组"),
        ("meta", "2024年5月"),
        ("h1", "评价小组成员:"),
    ])
    t = _table(doc, [list(r) for r in XD_MEMBERS])
    sig = doc.add_table(rows=2, cols=5)
    sig.style = "Table Grid"
    a = sig.cell(0, 0).merge(sig.cell(0, 4))
    a.text = "报告撰写人(签字):\n年 月 日"
    b = sig.cell(1, 0).merge(sig.cell(1, 4))
    b.text = "评价工作负责人(签字):\n年 月 日"
    del t
    for line in XD_TOC:
        doc.add_paragraph(line)
    _add_paras(doc, [
        ("title", "寻甸县应急管理局2023年部门整体支出绩效自评报告"),
        ("p", "寻甸县财政局:"),
        ("p", ("依据《寻甸回族彝族自治县财政支出绩效评价管理办法》和《寻甸回族彝族自治县县本级财政预算"
              "绩效目标管理暂行办法》,我局对2023年度部门整体支出的管理、使用和效益情况开展了绩效")),
    ])
    doc.save(path)


BUILDERS = {
    "blind255_hechi_yingji_kaohe.xlsx": build_kaohe_xlsx,
    "blind255_shandong_zhiliang_choucha.docx": build_sd_docx,
    "blind255_rencheng_nongchanpin_anquan.docx": build_rc_docx,
    "blind255_xuanzhou_huagong_zipingbaogao.docx": build_xz_docx,
    "blind255_xundian_yingji_zhengti_fengmian.docx": build_xd_docx,
}

# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in z.namelist()]
    items.sort(key=lambda x: x[0])
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>",
                              rb"<dcterms:\1\2>2024-01-01T00:00:00Z</dcterms:\1>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def _same_len(m, fill):
    s = m.group(0)
    return s[:m.start(1) - m.start(0)] + fill * (m.end(1) - m.start(1)) + s[m.end(1) - m.start(0):]


def normalize_pdf(path):
    with open(path, "rb") as fh:
        data = fh.read()
    # dates such as (D:20261207153000+00'00') -> same length, fixed digits
    data = re.sub(rb"\(D:(\d{14})", lambda m: b"(D:20240101000000", data)
    data = re.sub(rb"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>([^<]*)<",
                  lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1)))
                  .replace(m.group(2), b"0" * len(m.group(2))), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"0" * 36, data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: _same_len(m, b"0"), data)
    with open(path, "wb") as fh:
        fh.write(data)


def to_pdf(src, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    normalize_pdf(pdf)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out), re.sub(r"\s+", "", raw)


def check_pdf(pdf, gold):
    lay, raw = pdf_text(pdf)
    needles = []
    for i in gold["indicators"]:
        needles.append(i["name"])
        if i["target_text"]:
            needles.append(i["target_text"])
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"]]
    missing = []
    for n in needles:
        k = re.sub(r"\s+", "", n)
        if k in ("效益/满意度",):
            continue  # dimension name, not text of the document
        if k not in lay and k not in raw:
            missing.append(n)
    return missing


def write_gold(name, gold, source):
    rec = {"source": source}
    rec.update(copy.deepcopy(gold))
    path = os.path.join(ANN, source + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")


def build_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name in FILES:
        path = os.path.join(outdir, name)
        BUILDERS[name](path)
        normalize_zip(path)
        to_pdf(path, outdir)


def md5s(outdir):
    res = {}
    for name in FILES:
        for f in (name, os.path.splitext(name)[0] + ".pdf"):
            with open(os.path.join(outdir, f), "rb") as fh:
                res[f] = hashlib.md5(fh.read()).hexdigest()
    return res


def main():
    os.makedirs(ANN, exist_ok=True)
    # gold first
    for name, gold in GOLD.items():
        write_gold(name, gold, name)
        write_gold(name, gold, os.path.splitext(name)[0] + ".pdf")
    build_all(HERE)
    ok = True
    for name, gold in GOLD.items():
        pdf = os.path.join(HERE, os.path.splitext(name)[0] + ".pdf")
        missing = check_pdf(pdf, gold)
        if missing:
            ok = False
            print("MISSING in", pdf, missing)
    first = md5s(HERE)
    tmp = tempfile.mkdtemp(prefix="blind255_rerun_", dir="/tmp")
    try:
        build_all(tmp)
        second = md5s(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f, h in first.items():
        same = h == second[f]
        ok = ok and same
        print(f, h, "same" if same else "DIFFERENT")
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print("indicators", n_ind, "goals", n_goal, "findings", n_find)
    print("OK" if ok else "PROBLEMS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
