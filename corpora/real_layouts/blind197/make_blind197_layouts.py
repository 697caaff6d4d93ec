# -*- coding: utf-8 -*-
"""Part blind197: government purchase of services / PPP performance assessment layouts.

Gold first (as Python data), then the builders: DOCX via python-docx, PDF via LibreOffice,
annotations/<file>.json for the DOCX and its PDF, and a pdftotext presence check.
Run with /tmp/venv/bin/python.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind197"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD + LAYOUT DATA
# ---------------------------------------------------------------------------

# Doc A -- 社会福利院PPP项目绩效考核管理办法 (stored page starts inside the score table, stops in the
# 资金监管 row). Place not named on the page.
A_T_SHIGONG = ("开工日:\n以监理工程师的开工令为准。\n竣工验收日:\n自前述实际开工时间起不超过24个月。\n"
               "工程延期或工期延误由哪一方造成,即由该方按约定的违约金比率承担违约金,具体金额由双方协商确定。")
A_T_JINDU = "建设进度完成率:\n项目公司须确保工程按时完工,同时相关部门须尽力配合。"
A_T_ANQUAN = "符合安全生产文明施工符合相关标准的要求。"
A_T_YINGJI = ("依照PPP经营协议和工程承包合同中关于应急处置的约定,以及相关法律法规和项目实施机构的要求,"
              "及时组织应急救援,处置和应对项目工程范围内发生的突发事件。")
A_T_ZAOJIA = "项目建设成本在预算控制价内。"
A_T_RONGZI = "参照同期中国人民银行五年期以上贷款基准利率,对项目公司的融资水平进行考核。"
A_T_ZIJIN = ("1、资金按建设进度及时到位;\n2、建立健全财务制度,记录资金的使用情况、项目进展和资金支付等;\n"
             "3、台账记录详细如实;\n4、建立专款专用,按时")
A_T_CHANCHU = "项目产出符合设计方案,符合产出说明要求。"

DOC_A = {
    "stem": "buxiang-buxiang-shehuifuliyuan-ppp-kaohebanfa",
    "source_urls": ["https://m.bdocx.com/doc/16735073.html"],
    "province": None,
    "doc_kind": "PPP项目绩效考核管理办法(考核评分表)",
    "patterns": [1, 5, 6],
    "blocks": [
        ("title", "社会福利院PPP项目绩效考核管理办法"),
        ("table", {
            "cols": [2.6, 2.6, 6.2, 5.0],
            "rows": [
                ["产出说明(15分)", "", A_T_CHANCHU, "每发现一处不符合产出说明,扣5分,最多扣15分。"],
                ["工期进度(20分)", "施工期\n(10分)", A_T_SHIGONG,
                 "非项目公司原因造成,不扣分;\n项目公司原因造成扣分,延期一个月内扣5分,超过一个月扣10分。"],
                ["", "建设进度完成率", A_T_JINDU, "项目公司原因造成扣分,对应施工计划每延期一次,扣2分,直至扣完。"],
                ["安全生产(20分)", "安全标准(10分)", A_T_ANQUAN, "最多扣10分。"],
                ["", "应急处置(10分)", A_T_YINGJI, "每项每次不合格扣2分;"],
                ["成本控制(30分)", "工程造价(15分)", A_T_ZAOJIA,
                 "超过预算控制价10%内扣5分;\n超过10%-15%内扣10分,超出15%外扣15分。"],
                ["", "融资水平(6分)", A_T_RONGZI, "上浮15%以内不扣分,此后每增加1%,扣1分,最多扣6分。"],
                ["", "资金监管(9分)", A_T_ZIJIN, ""],
            ],
            "merges": [(0, 0, 0, 1), (1, 0, 2, 0), (3, 0, 4, 0), (5, 0, 7, 0)],
            "header_rows": 0,
        }),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "产出说明", "operator": None, "value": None, "unit": None,
         "target_text": A_T_CHANCHU, "actual": None, "weight": 15, "score": None},
        {"level1": "工期进度", "level2": None, "name": "施工期", "operator": "<=", "value": 24, "unit": "个月",
         "target_text": A_T_SHIGONG, "actual": None, "weight": 10, "score": None},
        {"level1": "工期进度", "level2": None, "name": "建设进度完成率", "operator": None, "value": None,
         "unit": None, "target_text": A_T_JINDU, "actual": None, "weight": None, "score": None},
        {"level1": "安全生产", "level2": None, "name": "安全标准", "operator": None, "value": None, "unit": None,
         "target_text": A_T_ANQUAN, "actual": None, "weight": 10, "score": None},
        {"level1": "安全生产", "level2": None, "name": "应急处置", "operator": None, "value": None, "unit": None,
         "target_text": A_T_YINGJI, "actual": None, "weight": 10, "score": None},
        {"level1": "成本控制", "level2": None, "name": "工程造价", "operator": "<=", "value": None, "unit": None,
         "target_text": A_T_ZAOJIA, "actual": None, "weight": 15, "score": None},
        {"level1": "成本控制", "level2": None, "name": "融资水平", "operator": None, "value": None, "unit": None,
         "target_text": A_T_RONGZI, "actual": None, "weight": 6, "score": None},
        {"level1": "成本控制", "level2": None, "name": "资金监管", "operator": None, "value": None, "unit": None,
         "target_text": A_T_ZIJIN, "actual": None, "weight": 9, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "安全生产分值", "kind": "sum", "total": 20, "parts": [10, 10], "unit": "分"},
        {"metric": "成本控制分值", "kind": "sum", "total": 30, "parts": [15, 6, 9], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "建设进度完成率",
         "why": "a 率 indicator with no rate value and no points; only '按时完工' is asked"},
        {"rule": "target.qualitative_no_scale", "item": "安全标准",
         "why": "'符合…相关标准的要求' with only '最多扣10分': no rule for how many points a breach costs"},
        {"rule": "target.time_no_deadline", "item": "应急处置",
         "why": "'及时组织应急救援' without a response time"},
        {"rule": "target.cost_restates_budget", "item": "工程造价",
         "why": "cost target is just '在预算控制价内', no unit-cost meaning"},
        {"rule": "target.input_or_process", "item": "融资水平",
         "why": "financing rate of the project company is an input/financing condition, not an output"},
        {"rule": "target.input_or_process", "item": "资金监管",
         "why": "funds arriving and financial rules/ledgers are management/process items"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "the score table as built (stored page) has no service-user satisfaction item for a welfare home PPP"},
    ],
    "notes": ("Stored page (bdocx preview) begins inside the score table at '产出说明(15分)' with no header row, "
              "and stops in the 资金监管 row at '4、建立专款专用,按时'; the 评分标准 cell of that row is empty "
              "because the page stops. Column 0 labels (工期进度/安全生产/成本控制 with points) are merged down; "
              "'产出说明(15分)' spans columns 0-1. level1 is the column-0 label without its '(N分)'; names drop the "
              "'(N分)' that the name cells carry (weight taken from it). 建设进度完成率 has no points on the page, so "
              "工期进度 20 = 10 + ? cannot be checked (no fact recorded). The page names no place: province null. "
              "The long 施工期 and 应急处置 sentences are reworded; every number kept; typo '符合…符合' kept."),
}

# Doc B -- 乡镇生活污水治理提升县入围评选标准 (1wenmi preview of a DOCX, OCR text). Place not named.
B_T_SHICHANG = ("县域市场化主体应落实市场化方案;县级每年均按方案安排建设计划任务,运维资金有所保障,"
                "并已由专业运维团队负责设施维护的,得25分;否则不得分。")
B_T_SHUIPING = ("县域内各乡镇生活污水处理设施平均进水COD浓度达到75mg/L(山区县65mg/L)的,得5分,否则不得分;"
                "没有负荷率低于50%的乡镇生活污水处理设施(或镇区生活污水已应收尽收)的,得5分,否则不得分;"
                "平均生活污水处理率达到75%且设施设备完好的,得5分,否则不得分。")
B_T_HETONG = ("市场化合同签订双方均无不良履约行为,甲方依约按时付款、第三方主体依约规范运营的,得5分,否则不得分。")
B_T_JIZHI = ("建立由县级政府分管领导直接抓,住建(城管)、农业农村、生态环境、财政、自然资源等相关部门(单位)"
             "和乡镇政府参加的工作机制的,得5分;相关内容不明晰的,按缺项情况相应扣分。")

DOC_B = {
    "stem": "buxiang-buxiang-wushuizhili-tishengxian-pingxuanbiaozhun",
    "source_urls": ["https://1wenmi.com/doc/1197790.html"],
    "province": None,
    "doc_kind": "评选评分标准(市场化运维县域评分表)",
    "patterns": [5, 6, 8],
    "blocks": [
        ("title", "乡镇生活污水治理提升县入围评选标准"),
        ("para", "县(区)名将:"),
        ("table", {
            "cols": [3.2, 8.0, 1.8, 4.4],
            "rows": [
                ["评价内容", "评分要素", "最高限分", "佐证材料"],
                ["一、基珀条件(45分)", "", "", ""],
                ["1.县域市场化", B_T_SHICHANG, "25",
                 "1.符合该条件的书面情况说明\n2.县域市场化方案或合同明确的分年度建设任务\n3.县级列入年度建设任务的证明文件\n"
                 "4.县级落实资金保障的佐证材料\n5.已由专业运维团队维护的佐证材料"],
                ["2.乡镇生活污水治理水平", B_T_SHUIPING, "15", "1.符合该条件的书面情况说明\n2.达到各项指标的佐证材料"],
                ["3.市场化合同履行", B_T_HETONG, "5", "符合该条件的书面情况说明"],
                ["二、创建初步方案(30分)", "", "", ""],
                ["1.工作机制", B_T_JIZHI, "5", "申报提升县的县级政府拟出台的创建初步方案(应经"],
            ],
            "merges": [(1, 0, 1, 3), (5, 0, 5, 3)],
            "header_rows": 1,
        }),
    ],
    "indicators": [
        {"level1": "基珀条件", "level2": None, "name": "县域市场化", "operator": None, "value": None, "unit": None,
         "target_text": B_T_SHICHANG, "actual": None, "weight": 25, "score": None},
        {"level1": "基珀条件", "level2": None, "name": "乡镇生活污水治理水平", "operator": ">=", "value": 75,
         "unit": "mg/L", "target_text": B_T_SHUIPING, "actual": None, "weight": 15, "score": None},
        {"level1": "基珀条件", "level2": None, "name": "市场化合同履行", "operator": None, "value": None,
         "unit": None, "target_text": B_T_HETONG, "actual": None, "weight": 5, "score": None},
        {"level1": "创建初步方案", "level2": None, "name": "工作机制", "operator": None, "value": None, "unit": None,
         "target_text": B_T_JIZHI, "actual": None, "weight": 5, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "基珀条件分值", "kind": "sum", "total": 45, "parts": [25, 15, 5], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.vague_wording", "item": "县域市场化",
         "why": "'运维资金有所保障' - 有所 with no amount or rate"},
        {"rule": "target.input_or_process", "item": "县域市场化",
         "why": "scores a plan, yearly task arrangement and funding (inputs/arrangements), not an outcome"},
        {"rule": "target.input_or_process", "item": "市场化合同履行",
         "why": "contract compliance and on-time payment are process items"},
        {"rule": "target.input_or_process", "item": "工作机制",
         "why": "a working mechanism (organisation) is an input/management item"},
    ],
    "notes": ("Stored page is an OCR preview: it stops in the 工作机制 row's 佐证材料 cell at '(应经'. The 二、创建初步"
              "方案(30分) section shows only 5 of its 30 points (cut), so no sum fact for it. Header typos kept as "
              "found ('县(区)名将', '基珀条件'); the long 评分要素 cells are reworded, which drops OCR noise "
              "(枇/运设/叫几/迂立/叁加); all numbers kept (75mg/L, 65mg/L, 50%, 75%, 25/15/5/5). Row 3's name was "
              "unreadable in the OCR ('不的为疣屐行市场化合同…'); '市场化合同履行' is my reading of it. Row 2 carries "
              "three targets in one cell (COD 75mg/L, 负荷率 50%, 处理率 75%); gold keeps the first (达到 -> >=). "
              "level1 drops '一、' and '(45分)'; names drop the '1.' numbering. Place not named: province null. "
              "Angle fit: county-wide market-based (third-party) O&M of township sewage plants."),
}

# Doc C -- 宿迁市区环卫保洁市场化PPP项目 (E20 case, mirror site in traditional script, page 2 of the article).
C_T_SHEHUI = ("服務單位嚴重違反生產運行管理要求、發生嚴重環境污染事件並造成惡劣影響,或出現重大失誤(如領導批示、"
              "相關部門通報、媒體點名曝光、居民反映強烈等)的,每次扣2分;同一月度內類似事件累計記分,扣滿10分為止。")
C_T_ZHONGDA = "服務單位在重大活動保障中出現重大失誤並造成惡劣影響的,每次扣5分,扣滿10分為止。"

DOC_C = {
    "stem": "jiangsu-suqian-huanwei-ppp-kaohefufei",
    "source_urls": ["http://www.xjxbtdc.com/news/300353_2.html"],
    "province": "江苏省",
    "doc_kind": "PPP项目绩效考核及付费机制(案例摘录)",
    "patterns": [10],
    "blocks": [
        ("title", "【項目案例】北京環(huán)境宿遷市區(qū)環(huán)衛(wèi)保潔市場化PPP項目"),
        ("para", "時間:2019-12-17 09:35"),
        ("para", "來源:E20 圈層"),
        ("h2", "4.2月小結"),
        ("para", "(1)小結周期:以自然月為一個周期,對日檢查結果匯總進行月小結。"),
        ("para", "(2)小結計分:檢查考核內容采用百分制按權重計分。"),
        ("para", "(3)小結通報:各區環衛主管部門每月審核小結後報送市城管局;小結寫明項目名稱、具體地點、存在問題"
                 "(附照片)、扣分明細、得分及工作建議等。"),
        ("h2", "4.3社會監督"),
        ("para", C_T_SHEHUI),
        ("h2", "4.4重大活動保障"),
        ("para", C_T_ZHONGDA),
        ("h2", "4.5年終考評總結"),
        ("para", "全年的檢查考核與評價結果由區環衛考核部門匯總,分別形成報告報市城管局審核。"),
        ("h1", "項目回報機制及付費條件設置內容"),
        ("h2", "1付費方式"),
        ("para", "本項目環衛服務費按月考核、核算和撥付,按年結算;甲方在每月15個工作日內支付上月的環衛服務費。"),
        ("h2", "2調價機制"),
        ("h3", "2.1因服務範圍變動的調整"),
        ("para", "特許經營期內服務範圍發生變動的,由甲方根據乙方實際提供服務的情況,在下月應付費用中調整。"),
        ("h3", "2.2因考核標準降低的調整"),
        ("para", "特許經營期內甲方降低相應道路考核標準的,甲乙雙方協商調減環衛服務費。"),
        ("h3", "2.3因物價變動的調整"),
        ("para", "當項目距上次調價周期達到"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "社會監督", "operator": None, "value": None, "unit": None,
         "target_text": C_T_SHEHUI, "actual": None, "weight": 10, "score": None},
        {"level1": None, "level2": None, "name": "重大活動保障", "operator": None, "value": None, "unit": None,
         "target_text": C_T_ZHONGDA, "actual": None, "weight": 10, "score": None},
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "coverage.too_few_indicators", "item": "社會監督",
         "why": "the stored part lists only two scored items (社會監督, 重大活動保障), both deduction-only caps; "
                "no quantity/quality target of the cleaning service itself is visible"},
    ],
    "notes": ("Stored page is page 2 of an E20 case article re-published by a mirror site that converts to "
              "traditional script and inserts pinyin after some characters; it starts at '4.2月小結' and stops in "
              "2.3 at '當項目距上次調價周期達到'. The title keeps the mirror's pinyin artefacts as found; the longer "
              "sentences are reworded in traditional script without them (numbers kept: 百分制, 2分, 10分, 5分, "
              "15個工作日). The two scored items are a list in prose (weight = the cap '10分扣完為止'). Spam header "
              "of the mirror left out. Payment schedule in prose -> pattern 10."),
}

# Doc D -- 济源 PPP 运营期绩效评价结果公示 (prose).
DOC_D = {
    "stem": "henan-jiyuan-shizhengguanwang-ppp-jieguogongshi",
    "source_urls": ["http://zjj.jiyuan.gov.cn/gggs/t991918.html"],
    "province": "河南省",
    "doc_kind": "PPP项目运营期绩效评价结果公示",
    "patterns": [10],
    "blocks": [
        ("title", "济源市市政管网建设PPP项目运营期绩效评价结果公示"),
        ("para", "发布时间:2025-11-28  来源:住房和城乡建设局"),
        ("para", "济源产城融合示范区住房和城乡建设局于2025年9月下旬组织开展《济源市市政管网建设PPP项目》"
                 "(2022年-2024年)运营期绩效评价工作。"),
        ("para", "评价小组由城建、项目管理、咨询、经济、法律、监理等方面的七位专家组成,坚持公开、公正、客观,"
                 "采取实地踏勘项目公司运营作业现场、核查服务质量、系统查阅运营台账及佐证资料、综合研判项目投入使用后"
                 "的社会效益等方式,按年度开展全面综合的绩效评价。现将绩效评价结果公示如下:"),
        ("para_b", "济源市市政管网建设PPP项目运营期(2022年-2024年)"),
        ("para", "评价时段:2021年12月30日-2024年12月29日"),
        ("para", "评价得分:92.24分"),
        ("para", "依据《济源市市政管网建设PPP项目合同》的约定,运营期绩效评价分值≥90为合格;本次评价中2022年、"
                 "2023年、2024年三个运营年度的评价均为合格。"),
        ("para_r", "20251124"),
        ("para", "主办单位:济源产城融合示范区住房和城乡建设局"),
        ("para", "单位地址:河南省济源市二区9号楼"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Whole notice is short; stored page ends with the site footer (phone/ICP lines left out). Prose only: "
              "one score (92.24分) for the 2022-2024 operating period and the contract pass line (≥90). No "
              "indicator rows, no goals. Evaluation result in prose -> pattern 10. Note the period label "
              "(2022年-2024年) vs 评价时段 starting 2021年12月30日 - kept as written, not a rule finding."),
}

# Doc E -- 牟定县教育园区PPP 可行性缺口补助资金绩效评价报告 (prose, cut in 项目概况).
DOC_E = {
    "stem": "yunnan-mouding-jiaoyuyuanqu-ppp-pingjiabaogao",
    "source_urls": ["http://mdx.gov.cn/info/2190/48771.htm", "https://www.renrendoc.com/paper/433903560.html"],
    "province": "云南省",
    "doc_kind": "绩效评价报告(PPP可行性缺口补助)",
    "patterns": [],
    "blocks": [
        ("title", "牟定县教育园区PPP项目转运营后政府可行性缺口补助资金绩效评价报告"),
        ("para", "日期:2024年08月21日   作者:教育体育局   来源:教育体育局"),
        ("para", "依据财政部《项目支出绩效评价管理办法》(财预〔2020〕10号)和《楚雄州人民政府关于全面实施预算绩效"
                 "管理的实施意见》(楚政发〔2020〕5号),并结合《牟定县财政局关于提请2023年财政预算支出项目进行绩效"
                 "评价的通知》,云南昆审会计师事务所接受牟定县财政局委托,于2024年5月7日至2024年6月20日对牟定县"
                 "教育园区PPP项目转运营后政府可行性缺口补助资金项目支出开展了绩效评价。评价情况报告如下:"),
        ("h1", "一、基本情况"),
        ("h2", "(一)项目概况"),
        ("para", "随着城镇化推进,农村人口持续向城区转移,县城人口规模扩大,城区小学在校学生严重超员,办学压力很大。"
                 "牟定县城现有茅阳一小、茅阳二小两所小学,均难以扩建;随着城市发展和左脚舞山城人口的聚集,小学适龄"
                 "儿童不断增加且更加集中,改建、扩建小学势在必行。牟定县教研师训中心位于老城区,场地狭小、设施陈旧、"
                 "功能落后,难以满足现代化教师培训的需要,并将随老城区棚户区改造面临规划调整。为满足小学适龄儿童"
                 "义务教育需求、保障青少年课外活动安全、提高青少年课外活动服务质量、改善现代化教师培训条件,牟定县"
                 "政府启动教育园区建设政府和社会资本合作(PPP)项目,采用建设—运营—移交(BOT)模式,包括牟定县实验"
                 "小学和青少年活动中心(含教研师训中心)、牟定县教育园区道路建设项目三个子项目。该项目可研估算静态"
                 "总投资16,778.50万元(不含建设期贷款利息和铺底流动资金),其中牟定县实验小学建设项目总投资10,6"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("The county page (mdx.gov.cn) stored text stops at '…道路建设项目三'; the renrendoc copy of the same "
              "report (place names replaced by XX) runs a little further, to '总投资10,6'. The document follows the "
              "county text and ends where the renrendoc copy stops, with 牟定 restored. Prose only, cut inside "
              "(一)项目概况: no indicators, no score, no amounts besides 16,778.50万元 (its parts are cut, so no "
              "sum fact). The purpose clause '为满足…改善现代化教师培训条件' explains why the PPP was started; it is "
              "not stated as a 绩效目标, so no goal is recorded."),
}

DOCS = [DOC_A, DOC_B, DOC_C, DOC_D, DOC_E]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------


def _font(run, size=10.5, bold=False, tc=False):
    run.font.size = Pt(size)
    run.bold = bold
    name = "Noto Serif CJK TC" if tc else "SimSun"
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _set_cell(cell, text, bold=False, tc=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        _font(r, 9, bold, tc)


def build_docx(doc, path):
    tc = doc["province"] == "江苏省"  # traditional-script mirror text
    d = Document()
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = doc["blocks"][0][1]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    for kind, payload in doc["blocks"]:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(payload), 15, True, tc)
        elif kind in ("h1", "h2", "h3"):
            p = d.add_paragraph()
            _font(p.add_run(payload), {"h1": 12, "h2": 11, "h3": 10.5}[kind], True, tc)
        elif kind in ("para", "para_b", "para_r"):
            p = d.add_paragraph()
            if kind == "para_r":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(payload), 10.5, kind == "para_b", tc)
        elif kind == "table":
            rows = payload["rows"]
            ncol = len(rows[0])
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            merged_away = set()
            for (r1, c1, r2, c2) in payload["merges"]:
                for r in range(r1, r2 + 1):
                    for c in range(c1, c2 + 1):
                        if (r, c) != (r1, c1):
                            merged_away.add((r, c))
            for (r1, c1, r2, c2) in payload["merges"]:
                t.cell(r1, c1).merge(t.cell(r2, c2))
            for ri, row in enumerate(rows):
                for ci, text in enumerate(row):
                    if (ri, ci) in merged_away:
                        continue
                    _set_cell(t.cell(ri, ci), text, bold=ri < payload["header_rows"], tc=tc)
            from docx.shared import Cm
            t.autofit = False
            grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
            for ci, w in enumerate(payload["cols"]):
                grid[ci].set(qn("w:w"), str(int(Cm(w).twips)))
                for ri in range(len(rows)):
                    t.cell(ri, ci).width = Cm(w)
    buf = io.BytesIO()
    d.save(buf)
    _deterministic_zip(buf.getvalue(), path)


def _deterministic_zip(data, path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def gold(doc, source):
    return {
        "source": source,
        "source_urls": doc["source_urls"],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": doc["indicators"],
        "goals": doc["goals"],
        "facts": doc["facts"],
        "findings": doc["findings"],
        "notes": doc["notes"],
    }


def _squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(doc, pdf):
    txt = _squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    need = []
    for ind in doc["indicators"]:
        need += [ind["name"], ind["target_text"]]
    need += [g["text"] for g in doc["goals"]]
    need += [f["item"] for f in doc["findings"] if not f["rule"].startswith("coverage.missing_dimension")]
    missing = [n for n in need if _squash(n) not in txt]
    if missing:
        # table cells wrap: retry against the text without layout, line by line joined
        raw = _squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
        missing = [n for n in missing if _squash(n) not in raw]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"files": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for doc in DOCS:
        src = os.path.join(HERE, doc["stem"] + ".docx")
        build_docx(doc, src)
        pdf = to_pdf(src)
        for f in (src, pdf):
            name = os.path.basename(f)
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold(doc, name), fh, ensure_ascii=False, indent=1)
        miss = check_pdf(doc, pdf)
        if miss:
            bad += 1
            print("MISSING in", os.path.basename(pdf), ":", miss)
        totals["files"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(doc[k])
    print("totals per document set:", totals)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
