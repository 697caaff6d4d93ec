"""Build part blind234: four evaluation / self-evaluation reports (DOCX + PDF) with gold.

Angle: 绩效评价报告 / 绩效自评报告 from counties and cities of 新疆, 云南, 甘肃, 黑龙江.
The gold (indicators, goals, facts, findings) is defined first and written to
annotations/ before any built file is read.  Then the DOCX files are built with
python-docx, exported to PDF with LibreOffice, normalised for determinism and
checked with pdftotext.

Run:  /tmp/wvenv/bin/python make_blind234_layouts.py
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind234"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)
CJK_FONT = "Noto Serif CJK SC"


def ind(name, value=None, unit=None, target_text=None, operator=None, actual=None,
        level1=None, level2=None, weight=None, score=None, **extra):
    row = {"level1": level1, "level2": level2, "name": name, "operator": operator,
           "value": value, "unit": unit, "target_text": target_text, "actual": actual,
           "weight": weight, "score": score}
    row.update(extra)
    return row


# ---------------------------------------------------------------------------
# Document 1: 新疆 塔城地区 裕民县, 10 key-project evaluation results (page stops in project 4)
# ---------------------------------------------------------------------------
P1 = "哈拉布拉乡南哈拉布拉村农田道路建设项目"
P2 = "哈拉布拉乡北哈拉布拉村旅游扶贫交易市场建设项目"
P3 = "哈拉布拉乡北哈拉布拉村村内干道,巷道路面硬化建设项目"
P4 = "哈拉布拉乡南哈拉布拉村大棚建设项目"

DOC1 = {
    "stem": "blind234_yumin_zhongdian_pingjia",
    "url": "http://xjym.gov.cn/czgk/25280.html",
    "province": "新疆维吾尔自治区",
    "doc_kind": "县级重点项目绩效评价结果公开(多项目评价报告摘要)",
    "patterns": [],
    "blocks": [
        ("small", "2024年03月19日 星期二 |"),
        ("title", "裕民县2021年10个重点项目绩效评价报告公开"),
        ("center", "来源:裕民县财政局 日期:2023-04-12 17:16:42"),
        ("p", ("依据《裕民县贯彻落实<自治区党委 自治区人民政府关于全面实施预算绩效管理的实施意见>的实施方案》"
              "(裕党办[2018]81号、《关于印发<关于进一步做好自治区全面实施预算绩效管理的工作措施>的通知》"
              "(新财预[2019]126号)等文件的要求,我县从2021年县级项目中选定10个重点项目,委托北京用友政务软件"
              "股份有限公司实施重点项目绩效评价;评价结果已经县人民政府审定、县人大常委会审议批复,现按规定向社会公开如下:")),
        ("p", ("1、" + P1 + ",建设内容为铺建砂石路11公里、修建4个桥涵以及配套设施、新建林间道路450平方米及相关配套实施。"
              "该项目2021年获下达财政专项扶贫资金197万元,截止到2021年12月31日实际已支付186.98万元,"
              "支付完成率为94.91%。经第三方机构评价,最终绩效评价总得分为91.8分,评价等级为优秀。")),
        ("p", ("2、" + P2 + ",新建30平方米管理用房一座,场地硬化3000平方米。2021年度下达财政专项扶贫资金108万元,"
              "截至2021年12月31日实际已支付101.59万元,支付完成率为94.06%。第三方机构给出的最终绩效评价总得分为"
              "90.76分,评价等级为优秀。")),
        ("p", ("3、" + P3 + ",哈拉布拉乡人民政府已修建北哈拉布拉村村组道路5.7公里及相关配套附属设施。"
              "2021年下达中央财政衔接推进乡村振兴衔接资金以工代赈资金300万元,截至2021年12月31日实际已支付"
              "289.14万元,支付完成率为96.38%。第三方机构最终绩效评价总得分为90.36分,评价等级为优秀。")),
        ("p", "4、" + P4 + ",:建设4座标准化大棚(每座占地面积790 平方米)、1 座育苗大棚(占地710 平方米),50 平"),
    ],
    "indicators": [
        ind("砂石路", 11, "公里", "铺建砂石路11公里", project=P1),
        ind("桥涵", 4, "个", "修建4个桥涵", project=P1),
        ind("林间道路", 450, "平方米", "新建林间道路450平方米", project=P1),
        ind("管理用房", 30, "平方米", "新建30平方米管理用房一座", project=P2),
        ind("场地硬化", 3000, "平方米", "场地硬化3000平方米", project=P2),
        ind("村组道路", None, "公里", None, actual=5.7, project=P3,
            actual_text="已修建北哈拉布拉村村组道路5.7公里"),
        ind("标准化大棚", 4, "座", "建设4座标准化大棚", project=P4),
        ind("育苗大棚", 1, "座", "1 座育苗大棚", project=P4),
    ],
    "goals": [],
    "facts": [
        {"metric": P1 + " 支付完成率", "kind": "rate", "total": 197, "parts": [186.98], "unit": "万元",
         "stated_rate": 94.91, "rate_unit": "%"},
        {"metric": P2 + " 支付完成率", "kind": "rate", "total": 108, "parts": [101.59], "unit": "万元",
         "stated_rate": 94.06, "rate_unit": "%"},
        {"metric": P3 + " 支付完成率", "kind": "rate", "total": 300, "parts": [289.14], "unit": "万元",
         "stated_rate": 96.38, "rate_unit": "%"},
    ],
    "scores": [
        {"item": P1, "score": 91.8, "grade": "优秀"},
        {"item": P2, "score": 90.76, "grade": "优秀"},
        {"item": P3, "score": 90.36, "grade": "优秀"},
    ],
    "findings": [],
    "notes": ("County finance bureau notice publishing third-party evaluation results for 10 key projects; "
              "running text only, one paragraph per project with content, funds, paid amount, 支付完成率, score "
              "and grade. The stored page stops inside project 4 (after '50 平'), so projects 4-10 and their "
              "funds/scores are not reproduced. All three stated rates recompute exactly (186.98/197=94.91%, "
              "101.59/108=94.06%, 289.14/300=96.38%) and all three grades fit the bands (≥90 → 优秀): a clean "
              "negative case, no findings. The project contents (砂石路11公里 etc.) are written as indicator rows "
              "with the figure as value and operator null, because the report states quantities without a "
              "comparison word and gives no per-item completed value; only project 3 states a result "
              "(已修建…5.7公里), recorded as actual with no target. Defects kept: the unclosed parenthesis after "
              "裕党办[2018]81号, '配套实施' (for 设施), ',:' and the spaces in '790 平方米' / '1 座'. "
              "First line is the site date banner. Extra keys: 'project' on rows, 'scores' per project."),
}

# ---------------------------------------------------------------------------
# Document 2: 云南 昆明 嵩明县, 2017 poverty-alleviation fund evaluation summary
# ---------------------------------------------------------------------------
L_ENE = "生态能源建设"
L_INF = "基础设施建设"
L_PUB = "公共服务体系建设"
CONTENT = ("建设内容为生态能源建设:新建公厕15个,垃圾房20个,路灯196盏;基础设施建设:硬化村庄道路30.2178千米,"
           "111718.6平方米;铺设饮水管网16.093千米、取水口、蓄水池760立方米;公共服务体系建设:活动室1891平方米,"
           "活动场所6033平方米;牲畜厩、养殖鸡舍建设13580平方米,改造牲畜厩5个;人工菌种植40亩80个大棚;"
           "项目公告碑39个,贷款贴息30万元。")

DOC2 = {
    "stem": "blind234_songming_fupin_pingjia",
    "url": "https://m.zixin.com.cn/doc/3679990.html",
    "province": "云南省",
    "doc_kind": "财政专项扶贫资金项目支出绩效评价报告(摘要)",
    "patterns": [],
    "blocks": [
        ("title", "嵩明县2017年度财政专项资金扶贫项目支出绩效评价报告"),
        ("center", "项目摘要"),
        ("h", "一、项目概况:"),
        ("p", ("2017年度我县投入财政专线扶贫资金1845万元,其中:第一批中央财政专项扶贫资金1078万元、第一批省级财政"
              "专项扶贫资金224万元、市级财政专项扶贫资金282万元,县级配套资金261万元。资金投向36个自然村,共开展42个"
              "扶贫开发项目(其中中央资金用于24个扶贫开发项目,省级资金用于5个扶贫开发项目,市级资金用于8个扶贫开发项目,"
              "县级资金用于5个扶贫开发项目)。")),
        ("p", CONTENT + "以上建设任务均已按省、市要求全部完成。"),
        ("h", "二、评价结论"),
        ("p", ("嵩明县扶贫项目总体实施情况良好。经样数据分析,各地项目资金到位及时,项目管理规范,受扶持贫困户的脱贫率"
              "达到预期要求,项目的经济效益、社会效益和生态效益基本实现,贫困户对项目实施较为满意。对各镇、街道的评价"
              "得分进行加权平均后,全县综合得分为93.22分,评价等级为优。")),
        ("h", "三、经验、问题和建议"),
        ("h2", "(一)主要经验及做法"),
        ("p", ("1.高位推动抓脱贫。一是严格执行党政主要领导负总责的“双组长”扶贫开发工作责任制,2017年共召开全县动员"
              "部署和推进会4次、研究脱贫工作的专题会议23次,县扶贫开发领导小组召开会议4次。二是设立“脱贫攻坚指挥部”"
              "及13个脱贫攻坚分指挥部。三是定期召开脱贫攻坚推进会议。")),
        ("p", "2.规划引领抓脱贫。县级层面,印发关于举全县之力打赢扶贫开发攻坚战的实施意见、嵩明县精准脱贫"),
    ],
    "indicators": [
        ind("公厕", 15, "个", "新建公厕15个", level1=L_ENE),
        ind("垃圾房", 20, "个", "垃圾房20个", level1=L_ENE),
        ind("路灯", 196, "盏", "路灯196盏", level1=L_ENE),
        ind("硬化村庄道路", 30.2178, "千米", "硬化村庄道路30.2178千米,111718.6平方米", level1=L_INF,
            value2=111718.6, unit2="平方米"),
        ind("饮水管网", 16.093, "千米", "铺设饮水管网16.093千米", level1=L_INF),
        ind("蓄水池", 760, "立方米", "蓄水池760立方米", level1=L_INF),
        ind("活动室", 1891, "平方米", "活动室1891平方米", level1=L_PUB),
        ind("活动场所", 6033, "平方米", "活动场所6033平方米", level1=L_PUB),
        ind("牲畜厩、养殖鸡舍", 13580, "平方米", "牲畜厩、养殖鸡舍建设13580平方米"),
        ind("改造牲畜厩", 5, "个", "改造牲畜厩5个"),
        ind("人工菌种植", 40, "亩", "人工菌种植40亩80个大棚", value2=80, unit2="个大棚"),
        ind("项目公告碑", 39, "个", "项目公告碑39个"),
        ind("贷款贴息", 30, "万元", "贷款贴息30万元"),
    ],
    "goals": [],
    "facts": [
        {"metric": "2017年度财政专项扶贫资金", "kind": "sum", "total": 1845, "parts": [1078, 224, 282, 261],
         "unit": "万元"},
        {"metric": "扶贫开发项目个数", "kind": "sum", "total": 42, "parts": [24, 5, 8, 5], "unit": "个"},
    ],
    "scores": [{"item": "全县综合得分", "score": 93.22, "grade": "优"}],
    "findings": [
        {"rule": "target.input_or_process", "item": "贷款贴息",
         "why": "贷款贴息30万元 is money spent (an input) listed among the construction outputs; inputs are not performance targets"},
    ],
    "notes": ("Summary of a county evaluation report stored on a document-sharing site; running text only. "
              "The site inserts page-chunk markers ('1、', '2、', '3、') inside sentences; they are dropped and the "
              "sentences joined (e.g. '16.093千米、取水口'). The stored page stops in 三(一)2 after '嵩明县精准脱贫'. "
              "Both sums hold (1078+224+282+261=1845 万元; 24+5+8+5=42 projects) and 93.22 fits 优: no consistency "
              "finding. The construction content is written as indicator rows (value = the stated quantity, operator "
              "null, actual null: the report only says all tasks were completed, with no per-item completed values). "
              "level1 uses the report's own group labels 生态能源建设 / 基础设施建设 / 公共服务体系建设; the items after "
              "the next semicolons (牲畜厩…, 人工菌…, 公告碑, 贴息) are left with level1 null because the label's reach "
              "is ambiguous. 取水口 has no figure and gets no row. Rows with two quantities carry value2/unit2. "
              "Typos kept: '专线扶贫资金' (for 专项), '经样数据分析' (for 经抽样). Meeting counts (4次, 23次) are work "
              "facts, not targets."),
}

# ---------------------------------------------------------------------------
# Document 3: 甘肃 庆阳 庆城县 玄马镇, toilet-revolution self-evaluation report
# ---------------------------------------------------------------------------
GOAL3 = "按照年初既定目标完成农村改厕任务,改善了卫生条件"

DOC3 = {
    "stem": "blind234_xuanma_gaice_zipin",
    "url": "https://www.chinaqingcheng.gov.cn/zwgk/zfbmxxgk/xz/52xmz/fdzdgknr3/gsgg6/content_13072",
    "province": "甘肃省",
    "doc_kind": "乡镇项目绩效自评报告(衔接资金,农村改厕)",
    "patterns": [],
    "meta_table": [
        ["索引号:", "621021/2023-00023", "发布机构:", ""],
        ["生效日期:", "2023-02-09", "废止日期:", ""],
        ["文 号:", "", "所属主题:", "公示公告"],
    ],
    "blocks": [
        ("meta", None),
        ("title", "玄马镇关于农村厕所革命建设项目的绩效自评报告"),
        ("center", "来源: 发布时间:2023-02-09"),
        ("p", ("为加强衔接资金的使用管理,切实提升资金使用效益,充分发挥资金的保障作用,按照县财政局的要求,我高度重视,"
              "认真部署并开展了玄马镇玄马村乡村振兴示范村建设项目的绩效评价自评工作。现将有关情况报告如下。")),
        ("h", "一、项目概况"),
        ("h2", "(一)项目基本情况"),
        ("p", "厕所革命资金用于农村改厕的设备购置等。"),
        ("h2", "(二)项目绩效目标"),
        ("p", GOAL3),
        ("h2", "(三)项目自评步骤及方法"),
        ("p", ("本项目以自评方式开展,成立了项目自评小组,结合评价内容制定计划、作出安排,扎实推进自评。自评小组依照上级"
              "下达的项目支出绩效评价指标体系,从申报内容、实施情况、资金兑现、财务管理、社会效益等方面进行自我评价,"
              "并认真听取村、组群众的意见建议。")),
        ("h", "二、项目资金申报及使用情况"),
        ("h2", "(一)资金计划、到位及使用情况。"),
        ("p", "1、资金计划。玄马镇玄马村乡村振兴示范村建设项目预算资金13.971129万并且全部到位。"),
        ("p", "2、资金使用。截至2022年9月底,农村改厕建设项目支出13.971129万元,主要用于:改厕设备的购置。"),
        ("h2", ")项目财务管理情况。"),
        ("p", ("农村改厕建设项目资金以直接支付方式拨付,由玄马镇按项目资金管理办法进行计划申请、划拨和使用,并及时、"
              "规范地进行账务处理和会计核算。")),
        ("h", "三、项目实施及管理情"),
        ("h2", "(一)项目管理情况。"),
        ("p", "本项目实行政府一把手负责制,镇政府各部门协同配合。分管领导负责协调相关工作,项"),
    ],
    "indicators": [],
    "goals": [{"kind": "项目绩效目标", "text": GOAL3}],
    "facts": [
        {"metric": "项目预算资金/到位/支出", "kind": "rate", "total": 13.971129, "parts": [13.971129],
         "unit": "万元", "stated_rate": None,
         "text": "预算资金13.971129万并且全部到位;截至2022年9月底支出13.971129万元"},
    ],
    "scores": [],
    "findings": [
        {"rule": "goal.unquantified", "item": GOAL3,
         "why": "the only stated goal names no number of toilets, households or villages and no measurable sanitation result"},
    ],
    "notes": ("Township self-evaluation report, running text only; no indicator table and no score in the stored "
              "text, which stops in 三(一) after '分管领导负责协调相关工作,项'. The header block (索引号 / 生效日期 / "
              "文号 …) is rendered as a small metadata table. Odd points kept: the title speaks of 农村厕所革命建设项目 "
              "but the intro and 资金计划 name 玄马镇玄马村乡村振兴示范村建设项目 (no rule id covers a project-name "
              "clash, so it is only noted); '我高度重视' (subject 镇 missing); '13.971129万' without 元; the heading "
              "')项目财务管理情况' lost its '(二'; '三、项目实施及管理情' lost '况'. Funds: budget = arrived = spent "
              "= 13.971129 万元, but no rate is stated, so the fact has stated_rate null (planned vs actual only). "
              "The goal is short and kept as written. Spending is reported only to the end of September 2022; "
              "not flagged because the year-end figure may follow after the stored page stops."),
}

# ---------------------------------------------------------------------------
# Document 4: 黑龙江 牡丹江 海林市, 2024 衔接资金 evaluation self-report (mirror site)
# ---------------------------------------------------------------------------
DOC4 = {
    "stem": "blind234_hailin_xianjie_zipin",
    "url": "http://xatcxxkj.com/mdjhlsrmzf/fupinzijinwentizhenggai/202503/c03_996233.shtml",
    "province": "黑龙江省",
    "doc_kind": "县级衔接推进乡村振兴补助资金绩效评价自评报告",
    "patterns": [],
    "blocks": [
        ("small", "• 海林市2024年度财政衔接推进乡村振兴补助资金绩效评价工作自评报告"),
        ("center", "海林市2024年度财政衔接推进乡村振兴补助资金绩效评价工作自评报告"),
        ("center", "日期:2025-03-03 来源:海林市财政局"),
        ("small", "字号:"),
        ("center", "海农联呈〔20252"),
        ("title", "海林市2024年度财政衔接推进"),
        ("title", "乡村振兴补助资金绩效评价工作自评报告"),
        ("pl", "农业农村厅、省财政厅、省民宗委:"),
        ("p", ("为规范和加强衔接推进乡村振兴补助资金的管理、提高资金使用效益,支持巩固拓展脱贫攻坚成果和全面推进乡村振兴,"
              "海林市依据黑龙江省财政厅等五部门《球迷网印发<黑龙江省衔接推进乡村振兴补助资金绩效评价及考核办法>的通知》"
              "(黑财农[2024]152号)以及预算资金绩效管理的有关要求,对衔接推进乡村振兴补助资金的使用管理过程和效果开展了"
              "综合考核与评价。现将评价情况报告如下:")),
        ("h", "一、资金保障方面,指标评价得分12"),
        ("h2", "(一)县级履行支出责任情况"),
        ("p", "县本级预算安排的衔接资金,2023年度为64万元,2024年度为76万元,指标评价得分7分。"),
        ("h2", "(二)到县衔接资金安排使用的合理性、规范性情况"),
        ("p", ("海林市财政局、海林市乡村振兴局、海林市民族宗教事务局、海林市农业农村局、海林市林业和草原局依照《黑龙江省"
              "财政衔接推进乡村振兴补助资金管理办法》的有关要求,联合制定了《海林市财政衔接推进乡村振兴补助资金实施细则》,"
              "并以《球迷网印发<海林市财政衔接推进乡村振兴补助资金实施细则>的通知》(海财联发[2024]2号)印发,要求本行政"
              "区域内各镇、市直有关部门遵照执行。2024年度共安排财政衔接资金2110万元,其中中央资金1413万元、省级资金621万元、"
              "县级资金76万元,用于建设13个项目,每个项目的资金均严格按照《海林市财政衔接推进乡村振兴补助资金实施细则》"
              "的要求,合理")),
    ],
    "indicators": [
        ind("县级履行支出责任情况", level1="资金保障方面", score=7),
    ],
    "goals": [],
    "facts": [
        {"metric": "2024年度财政衔接资金", "kind": "sum", "total": 2110, "parts": [1413, 621, 76], "unit": "万元"},
    ],
    "scores": [{"item": "资金保障方面", "score": 12, "grade": None},
               {"item": "县级履行支出责任情况", "score": 7, "grade": None}],
    "findings": [],
    "notes": ("Self-report to the provincial departments under the 黑财农[2024]152号 evaluation scheme, stored on a "
              "mirror site of the 海林市 government that replaced '关于' by the spam word '球迷网' in both document "
              "titles; kept as a fact-level defect. Also kept: '海农联呈〔20252' (closing bracket and 号 lost), "
              "'指标评价得分12' without 分. Scored dimensions are written as prose headings; the one scored item "
              "whose score is visible (县级履行支出责任情况, 7分) is an indicator row with score 7 and no weight or "
              "target (the scheme's points are not stated). The stored page stops inside (二) after '合理', before "
              "the score of item (二), so the 资金保障方面 subtotal (12 = 7 + ?) cannot be checked and is not "
              "flagged. The sum 1413+621+76 = 2110 holds, and 县级资金76万元 agrees with the 2024 county budget 76万元 "
              "stated in (一): no finding."),
}

DOCS = [DOC1, DOC2, DOC3, DOC4]


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------
def gold_for(doc, source):
    return {
        "source": source,
        "source_urls": [doc["url"]],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": doc["indicators"],
        "goals": doc["goals"],
        "facts": doc["facts"],
        "scores": doc["scores"],
        "findings": doc["findings"],
        "notes": doc["notes"],
    }


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        for ext in ("docx", "pdf"):
            name = doc["stem"] + "." + ext
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold_for(doc, name), fh, ensure_ascii=False, indent=1)
                fh.write("\n")


# ---------------------------------------------------------------------------
# DOCX building
# ---------------------------------------------------------------------------
def set_run_font(run, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = CJK_FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), CJK_FONT)


def add_par(document, kind, text):
    par = document.add_paragraph()
    size, bold = 12, False
    if kind == "title":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        size, bold = 16, True
    elif kind == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        size = 11
    elif kind == "small":
        size = 9
    elif kind == "h":
        bold = True
    elif kind in ("h2", "p"):
        par.paragraph_format.first_line_indent = Pt(24)
    run = par.add_run(text)
    set_run_font(run, size, bold)
    return par


def add_meta_table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            set_run_font(run, 10)


def build_docx(doc, path):
    document = Document()
    cp = document.core_properties
    cp.author = "blind234"
    cp.last_modified_by = "blind234"
    cp.title = doc["stem"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    for kind, text in doc["blocks"]:
        if kind == "meta":
            add_meta_table(document, doc["meta_table"])
            continue
        add_par(document, kind, text)
    document.save(path)
    normalise_zip(path)


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = sorted((i.filename, zin.read(i.filename)) for i in zin.infolist())
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# PDF export and normalisation
# ---------------------------------------------------------------------------
def export_pdf(docx_path, outdir):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
           "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _same_len(match, filler):
    body = match.group(2)
    return match.group(1) + filler * len(body) + match.group(3)


def normalise_pdf(path):
    with open(path, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"(/CreationDate\s*\(D:)([^)]*)(\))", lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"(/ModDate\s*\(D:)([^)]*)(\))", lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>)", lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"(>\s*<)([0-9A-Fa-f]+)(>\s*\])", lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)(\s)", lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"(<xmp:CreateDate>)([^<]*)(</xmp:CreateDate>)", lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"(<xmp:ModifyDate>)([^<]*)(</xmp:ModifyDate>)", lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"(<xmp:MetadataDate>)([^<]*)(</xmp:MetadataDate>)", lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"(<xmpMM:DocumentID>)([^<]*)(</xmpMM:DocumentID>)", lambda m: _same_len(m, b"0"), data)
    data = re.sub(rb"(<xmpMM:InstanceID>)([^<]*)(</xmpMM:InstanceID>)", lambda m: _same_len(m, b"0"), data)
    with open(path, "wb") as fh:
        fh.write(data)


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
def squash(text):
    return re.sub(r"\s+", "", text)


def pdf_text(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True, capture_output=True)
    return squash(out.stdout.decode("utf-8"))


def check_doc(doc, pdf_path):
    text = pdf_text(pdf_path)
    missing = []
    wanted = []
    for row in doc["indicators"]:
        wanted.append(row["name"])
        if row.get("target_text"):
            wanted.append(row["target_text"])
        if row.get("actual_text"):
            wanted.append(row["actual_text"])
    for goal in doc["goals"]:
        wanted.append(goal["text"])
    for finding in doc["findings"]:
        wanted.append(finding["item"])
    for item in wanted:
        if squash(item) not in text:
            missing.append(item)
    return missing


def check_arithmetic(doc):
    problems = []
    for fact in doc["facts"]:
        if fact["kind"] == "sum":
            total = round(sum(fact["parts"]), 6)
            if abs(total - fact["total"]) > 1e-6:
                problems.append(f"sum differs (expected a finding): {fact['metric']} {total} != {fact['total']}")
        elif fact["kind"] == "rate" and fact.get("stated_rate") is not None:
            rate = round(fact["parts"][0] / fact["total"] * 100, 2)
            if abs(rate - fact["stated_rate"]) > 0.005:
                problems.append(f"rate differs (expected a finding): {fact['metric']} {rate} != {fact['stated_rate']}")
    return problems


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def build_all():
    outputs = []
    for doc in DOCS:
        docx_path = os.path.join(HERE, doc["stem"] + ".docx")
        build_docx(doc, docx_path)
        export_pdf(docx_path, HERE)
        pdf_path = os.path.join(HERE, doc["stem"] + ".pdf")
        normalise_pdf(pdf_path)
        outputs += [docx_path, pdf_path]
    return outputs


def main():
    write_gold()
    outputs = build_all()
    first = {p: md5(p) for p in outputs}
    ok = True
    for doc in DOCS:
        missing = check_doc(doc, os.path.join(HERE, doc["stem"] + ".pdf"))
        if missing:
            ok = False
            print("MISSING in", doc["stem"], missing)
        rule_ids = {f["rule"] for f in doc["findings"]}
        for problem in check_arithmetic(doc):
            if "consistency.sum" not in rule_ids and "consistency.rate" not in rule_ids:
                ok = False
                print("ARITH", doc["stem"], problem)
    # second run for determinism
    outputs2 = build_all()
    for p in outputs2:
        if md5(p) != first[p]:
            ok = False
            print("NOT DETERMINISTIC:", os.path.basename(p))
    for p in outputs:
        print(first[p], os.path.basename(p))
    n_ind = sum(len(d["indicators"]) for d in DOCS)
    n_goal = sum(len(d["goals"]) for d in DOCS)
    n_fact = sum(len(d["facts"]) for d in DOCS)
    n_find = sum(len(d["findings"]) for d in DOCS)
    print(f"indicators={n_ind} goals={n_goal} facts={n_fact} findings={n_find}")
    if os.path.isdir(os.path.join(HERE, "__pycache__")):
        shutil.rmtree(os.path.join(HERE, "__pycache__"))
    print("OK" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
