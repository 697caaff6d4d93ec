# -*- coding: utf-8 -*-
"""Build part blind150: real-layout documents (street offices, townships, villages, city services).

Gold first (Python data), then DOCX/XLSX builders, PDF export, annotations, pdftotext check.
Run: /tmp/venv/bin/python make_blind150_layouts.py
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind150"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

def ind(level1, level2, name, target_text=None, operator=None, value=None, unit=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---- doc 1: 铜陵市郊区 2021年度农村公益事业财政奖补项目绩效评价自评表 (XLSX) ----
TLJQ_ROWS = [
    # 序号, 一级, 二级, 三级, 指标说明, 分值, 县级评分, 市级评分
    ("1", "决策(10)", "项目立项", "民主议事", "民主议事记录完整,得2分;不完整的每个项目扣1分", 2, 2, None),
    ("2", "决策(10)", "项目立项", "申报审批", "村级申报表,乡镇审核记录,县级项目审批文件齐全,得2分;审核程序缺失,每个项目扣1分", 2, 2, None),
    ("3", "决策(10)", "资金投入", "预算安排", "县级财政按照乡村人口人均不低于5元标准安排奖补资金,得4分;县级财政按照农业人口人均不低于10元标准安排奖补资金的,加1分,达到20元,加2分;市财政对县安排补助资金,加1分", 4, 4, None),
    ("4", "决策(10)", "资金投入", "资金整合", "整合其他涉农财政资金支持农村公益事业财政奖补工作的,得2分", 2, 0, None),
    ("5", "过程(30)", "资金管理", "管理制度", "资金管理制度健全规范,得2分", 2, 2, None),
    ("6", "过程(30)", "资金管理", "监督考核", "监督考核制度健全规范,得2分", 2, 2, None),
    ("7", "过程(30)", "资金管理", "账务管理", "村民筹资、村集体投入、社会捐赠等财政奖补项目资金纳入所在乡镇账户管理,得2分", 2, 2, None),
    ("", "过程(30)", "资金管理", "账务管理", "财政奖补资金实行专账核算,得1分", 1, 1, None),
    ("8", "过程(30)", "资金管理", "资金拨付", "实行国库集中支付的,得2分", 2, 2, None),
    ("9", "过程(30)", "组织实施", "工作安排", "纳入县级重点工作部署,得1分;党政领导对财政奖补工作有正面批示的,一个加1分,最多加2分", 1, 2, None),
    ("10", "过程(30)", "组织实施", "工作保障", "有专门从事财政奖补工作人员,安排必要工作经费的,得1分", 1, 1, None),
    ("11", "过程(30)", "组织实施", "项目管理", "项目管理制度健全规范,得2分", 2, 2, None),
    ("12", "过程(30)", "组织实施", "项目管护", "项目管护制度健全规范,得2分", 2, 2, None),
    ("13", "过程(30)", "组织实施", "项目库建设", "制定农村公益事业财政奖补项目三年规划的,得2分;建立财政奖补项目库的,得3分", 5, 5, None),
    ("14", "过程(30)", "组织实施", "项目实施", "施工合同规范,资料齐全,得2分;合同不规范、资料", None, None, None),
]

GOLD_TLJQ = {
    "source": "anhui-tongling-nongcungongyi-zipingbiao.xlsx",
    "source_urls": ["https://tljq.gov.cn/openness/OpennessContent/show/580793.html"],
    "province": "安徽省",
    "doc_kind": "绩效评价自评表",
    "patterns": [1, 5, 8],
    "indicators": [ind(r[1], r[2], r[3], weight=r[5], score=r[6]) for r in TLJQ_ROWS],
    "goals": [],
    "facts": [
        {"metric": "决策(10)", "kind": "sum", "total": 10, "parts": [2, 2, 4, 2], "unit": "分"},
    ],
    "findings": [
        {"rule": "consistency.score_exceeds_weight", "item": "工作安排",
         "why": "指标分值1分,县级评分2分,评分高于分值(指标说明允许加分,但表内分值未体现)"},
    ],
    "notes": ("Score table of a district finance bureau (填报单位:郊区财政局; province from the site, "
              "铜陵市郊区, the page itself names only 郊区财政局). Header is two rows: 指标/分值, 县级/评分, "
              "市级/评分; 指标说明 is a scoring-rule column, not a target, so target_text/operator/value are null. "
              "weight = 指标分值, score = 县级评分; the 市级评分 column is empty on the page. Row 7 has a second, "
              "un-numbered 账务管理 row (序号 and 三级 merged). The stored page stops inside row 14 (项目实施): its "
              "指标说明 is cut after '资料' and its 分值/评分 are missing (null). 过程(30) cannot be summed because of the cut."),
}

# ---- doc 2: 沿江景观亮化和小区道路路灯电费项目支出绩效评价报告 (DOCX) ----
GOLD_LUDENG = {
    "source": "weizhi-xqu-ludengdianfei-pingjiabaogao.docx",
    "source_urls": ["http://www.mswk.cn/Article/ShowArticle.asp?ArticleID=130660"],
    "province": None,
    "doc_kind": "绩效评价报告",
    "patterns": [1, 5, 10],
    "indicators": [
        ind("项目决策(25分)", "绩效目标(6分)", "目标内容", weight=2, score=2),
        ind("项目决策(25分)", "绩效目标(6分)", "进度计划", weight=2, score=2),
        ind("项目决策(25分)", "绩效目标(6分)", "目标匹配", weight=2, score=2),
    ],
    "goals": [],
    "facts": [
        {"metric": "绩效目标(6分)", "kind": "sum", "total": 6, "parts": [2, 2, 2], "unit": "分"},
    ],
    "findings": [],
    "notes": ("Place names are masked on the page (xxx市x区, x钢), so province is null. The score table header reads "
              "'一级指标 二级指标 三级指标 价值 得分' — '价值' stands where 分值 is expected; kept as written. "
              "The stored page (a member-preview) stops after the row '决策依据(10分) …………'; that row has no 三级 "
              "name or numbers and is not counted as an indicator. Narrative paragraphs are rewritten in my words, "
              "numbers kept."),
}

# ---- doc 3: 县级单位整体支出绩效评价报告 (环卫, DOCX) ----
HUANWEI_PLAN = ("保障县城区环境卫生管理所用25辆洒水车、吸污车、垃圾清运用车等的正常行驶与维护:驾驶员与车辆管理科及时对接,"
                "车辆科按时办理燃料充值、维修、保养、保险与监控,确保城,区清扫保洁工作正常开展;全年县城区生活垃圾运输量达到6.04万吨,"
                "洒水车每日按时洒水除尘,并不定期增加作业量。")
HUANWEI_ACTUAL = "车辆管理科负责人组织管理车辆的运行维护,车辆驾驶员负责各自驾驶的车辆,根据车辆使用情况上"
GOLD_HUANWEI = {
    "source": "weizhi-xian-huanwei-zhengtizhichu-pingjiabaogao.docx",
    "source_urls": ["https://taowenge.com/p-72790586.html"],
    "province": None,
    "doc_kind": "部门整体支出绩效评价报告",
    "patterns": [1, 5, 10],
    "indicators": [
        ind(None, None, "业务车辆运行费用", target_text=HUANWEI_PLAN),
    ],
    "goals": [],
    "facts": [
        {"metric": "内设科室", "kind": "count", "total": 6,
         "parts": ["办公室", "财务科", "车辆管理科", "保洁管理科", "综合科", "垃圾填埋场"], "unit": "个"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "业务车辆运行费用",
         "why": "“本年度提供的公共产品或服务”一栏填的是车辆运行费用(燃料、维修、保养、保险),是投入而不是产出"},
    ],
    "notes": ("A county-level sanitation unit (环卫) whole-unit evaluation report uploaded to a document site; no place "
              "is named, so province is null. The only table visible is '本年度提供的公共产品或服务' with columns "
              "服务名称/计划/实际, a label merged down the left; its single row is counted as an indicator row whose "
              "target is the 计划 text (no operator/value: the cell is prose holding 25辆 and 6.04万吨). Whether the "
              "6.04万吨 sentence belongs to 计划 or 实际 is not certain on the page; I kept the page's order. The stored "
              "page stops inside the 实际 cell ('…根据车辆使用情况上'). The stray comma in '城,区' is kept. "
              "Duty list items 4-5 and the table cells are rewritten in my words, numbers kept."),
}

# ---- doc 4: 草市街道2018年环卫工作项目绩效自评报告 (DOCX) ----
CAOSHI_GOAL = "按市、区城管部门要求,辖区内实行24小时全域清扫保洁,做到街道干净整洁、无暴桶、无积存垃圾,并降低扬尘。"
GOLD_CAOSHI = {
    "source": "sichuan-caoshijie-huanwei-zipingbaogao.docx",
    "source_urls": ["https://m.taowenge.com/p-2508916.html"],
    "province": "四川省",
    "doc_kind": "项目支出绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "项目目标", "text": CAOSHI_GOAL},
    ],
    "facts": [
        {"metric": "环境卫生作业服务费全年实际支出", "kind": "sum", "total": 7290235.03,
         "parts": [5600000, 1690235.03], "unit": "元"},
        {"metric": "总人口", "kind": "sum", "total": 5.1, "parts": [3.3, 1.8], "unit": "万人"},
    ],
    "findings": [],
    "notes": ("Street-office (草市街街道办事处) self-evaluation report, 附件2. Province: the page names 青羊区政府采购中心 "
              "and 草市街 but not the province; 四川省 (成都市青羊区) is my inference. Budget 560万元 + 追加 1,690,235.03元 "
              "= 7,290,235.03元 (the sum fact is normalised to 元). Monthly base 656,242.68元 less penalties, 12 months "
              "paid 6,973,070.51元; the rest of the 7,290,235.03元 is explained in text cut off ('另由于新增'), where "
              "the stored page stops. No indicator table is visible. Paragraphs rewritten in my words, numbers kept."),
}

# ---- doc 5: 莒南县 数字化城市管理运行项目 (DOCX) ----
JUNAN_GOAL = ("推动县级数字化城市管理平台与省厅联网,实现省、市、县三级联网运行和全城区覆盖、全过程监控、全方位服务;"
              "通过建设高空瞭望可视化平台,及时发现游商、违法建设、车辆乱停乱放等城市管理问题,提高发现、处置、解决问题的能力"
              "和公共管理效能,建立城市管理长效机制,让城市居民生活更安全、更舒适、更放心。")
JUNAN_TABLE = [
    ("1", "办公费", "80", "办公耗材、水电暖等费用"),
    ("2", "劳务费", "120", "专职采集员工资,每人每月3000元(含五险、交通补贴),33人"),
    ("3", "其他交通工具运行维护费", "13", "车辆租赁费及燃油维修费"),
    ("4", "专用设备购置", "50", "视频监控设备及专线租用费"),
    ("5", "信息网络购建", "30", "数字化平台维护及地理普查数据维护支出"),
]
GOLD_JUNAN = {
    "source": "shandong-junan-shuzichengguan-baogao.docx",
    "source_urls": ["http://junan.gov.cn/info/1086/72929.htm"],
    "province": "山东省",
    "doc_kind": "项目绩效报告(标题未存)",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标", "text": JUNAN_GOAL},
    ],
    "facts": [
        {"metric": "2019年预算指标金额", "kind": "sum", "total": 293, "parts": [80, 120, 13, 50, 30], "unit": "万元"},
        {"metric": "劳务费", "kind": "product", "total": 120, "parts": [0.3, 33, 12], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": JUNAN_GOAL,
         "why": "目标只写联网、覆盖、提高能力和效能,没有数量、比率或期限"},
        {"rule": "consistency.sum", "item": "劳务费",
         "why": "备注为每人每月3000元、33人,按12个月计为118.8万元,与金额栏120万元不符"},
    ],
    "notes": ("莒南县 (山东省) county portal page on the 2019 数字化城市管理运行 project; the stored page starts with the "
              "site banner and has no visible title, so doc_kind says the title is not stored. Goals are told in prose "
              "(one paragraph, kept as one goal). 表1 budget: 80+120+13+50+30 = 293 ✓. The 劳务费 check assumes 12 months "
              "(the page gives 每人每月). The stored page stops mid-sentence after the table ('…根据山政东省委、省府'; the "
              "garbled '山政东省委' is kept). The banner line is not reproduced. Paragraphs rewritten, document names and "
              "numbers kept."),
}

GOLDS = [GOLD_TLJQ, GOLD_LUDENG, GOLD_HUANWEI, GOLD_CAOSHI, GOLD_JUNAN]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
FIXED_DT = "2024-01-01T00:00:00Z"
ZIP_DT = (2024, 1, 1, 0, 0, 0)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_DT, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_DT, txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---- DOCX helpers ----
def new_doc(title):
    import datetime
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = title
    cp.revision = 1
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.last_printed = datetime.datetime(2024, 1, 1)
    return doc


def para(doc, text, bold=False, center=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False, center=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_ludeng(path):
    doc = new_doc("关于沿江景观亮化和小区道路路灯电费项目支出绩效评价报告")
    para(doc, "关于沿江景观亮化和小区道路路灯电费项目支出绩效评价报告", bold=True, center=True, size=15)
    para(doc, "按照《xxx市x区财政局关于开展2018年财政绩效评价工作的通知》(xx财﹝2018﹞96号)的要求,评价小组以x区城市管理局的自评为基础,"
              "对该局2017年度部门预算支出开展了绩效评价,现将有关情况报告如下:")
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "x区城管局承担两项工作:一是x钢文体楼至密地桥沿江两岸103栋楼共45295套洗墙灯、轮廓灯、点光源等灯饰的夜间景观亮化,"
              "总功率1660.69kw(详见附件1、2);二是x区辖区小区道路市政用电路灯1884盏(不含608盏太阳能路灯)的日常管护及电费缴纳,"
              "总功率333.08kw。")
    para(doc, "二、评价工作开展情况", bold=True)
    para(doc, "(一)现场评价抽样选点情况。")
    para(doc, "本次绩效评价抽样选取的是沿江景观亮化和小区道路路灯电费项目。")
    para(doc, "(二)项目总体评价(包括项目评价得分表)。")
    para(doc, "项目资金保障了小区道路1884盏路灯和沿江45295套景观灯饰的电费支付与日常运行,对城区居民的生活、出行和城市夜景十分重要;"
              "资金还用于辖区路灯的不定期维修维护,对群众反映存在安全隐患的路灯及时维修或更换,排除了部分隐患,保障了市民夜间出行安全。")
    para(doc, "沿江景观亮化和小区道路路灯电费项目绩效评价得分表", bold=True, center=True)
    t = doc.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "价值", "得分"]):
        set_cell(t.cell(0, j), h, bold=True)
    a = t.cell(1, 0).merge(t.cell(4, 0))
    set_cell(a, "项目决策(25分)")
    b = t.cell(1, 1).merge(t.cell(3, 1))
    set_cell(b, "绩效目标(6分)")
    for i, n in enumerate(["目标内容", "进度计划", "目标匹配"], start=1):
        set_cell(t.cell(i, 2), n)
        set_cell(t.cell(i, 3), "2")
        set_cell(t.cell(i, 4), "2")
    set_cell(t.cell(4, 1), "决策依据(10分)")
    set_cell(t.cell(4, 2), "…………")
    doc.save(path)
    normalize_zip(path)


def build_huanwei(path):
    doc = new_doc("县级单位整体支出绩效评价报告")
    para(doc, "县级单位整体支出绩效评价报告", bold=True, center=True, size=15)
    para(doc, "一、单位基本概况", bold=True)
    para(doc, "1、单位职能")
    for s in [
        "1.拟订城区环境卫生管理的总体规划、实施计划和环卫事业改革发展的政策措施。",
        "2.负责相关法律,卫生管理政策的宣传工作。",
        "3.承担城乡环境卫生作业规范指导工作。",
        "4.承担环卫部门直管区域内作业考核和生活垃圾处置的事务性工作,以及直管环卫设施维护与监督管理的辅助工作;牵头做好直管区域以外作业考核与监督管理的辅助工作。",
        "5.承担全县生活垃圾中转清运、末端处置等监督管理的辅助工作,负责垃圾处理的计量和统计。",
        "6.承担城区内环卫政策性收费辅助工作。",
        "7.配合相关部门做好环卫设施项目工程及建设工程环卫配套项目的建设工作。",
    ]:
        para(doc, s)
    para(doc, "2、人员结构情况")
    para(doc, "本单位内设6个科室,分别是:办公室、财务科、车辆管理科、保洁管理科、综合科,垃圾填埋场。人员编制共14名,均为全额事业编制。"
              "2020年末实际在职编制人员13名。")
    para(doc, "3、年度财政收支情况")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    lab = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(lab, "本年度提供的公共产品或服务")
    for j, h in enumerate(["服务名称", "计划", "实际"], start=1):
        set_cell(t.cell(0, j), h, bold=True)
    set_cell(t.cell(1, 1), "业务车辆运行费用")
    set_cell(t.cell(1, 2), HUANWEI_PLAN, center=False)
    set_cell(t.cell(1, 3), HUANWEI_ACTUAL, center=False)
    doc.save(path)
    normalize_zip(path)


def build_caoshi(path):
    doc = new_doc("草市街道2018年环卫工作项目绩效自评报告")
    para(doc, "附件2")
    para(doc, "草市街道2018年环卫工作项目绩效自评报告", bold=True, center=True, size=15)
    para(doc, "(评价年度:2018年)", center=True)
    para(doc, "一、项目概况", bold=True)
    para(doc, "草市街街道办事处辖区面积1.36平方公里,有街、路、巷48条,下辖3个社区居委会;总人口5.1万多人,其中常住人口3.3万多人、"
              "流动人口1.8万多人。")
    para(doc, CAOSHI_GOAL)
    para(doc, "项目设立的依据是中华人民共和国政府采购法、政府采购货物和服务招投标管理暂行办法和中华人民共和国合同法的规定,"
              "服务单位在青羊区政府采购中心组织的公开招标中中标。")
    para(doc, "环境卫生作业服务费年初预算560万元,执行中追加预算1,690,235.03元,全年实际支出7,290,235.03元,项目收支平衡,年终无结余。")
    para(doc, "二、项目实施及管理情况", bold=True)
    para(doc, "(一)资金管理情况。")
    para(doc, "1、项目全额纳入单位预算和收支管理,实施中严格执行草市街办事处财务管理制度、草市街道采购管理办法、进一步加强街道财务报销管理的办法"
              "等规定的审核流程;财务室负责资金拨付、会计核算和账务处理,报销前凭证齐全、审批合规,报销后及时规范入账。")
    para(doc, "2、资金使用情况。截至评价时点,项目资金实际支出7,290,235.03元。按合同约定,以每月656,242.68元为基数,结合街道办月度环境卫生"
              "监督管理的评价结果扣减罚金后与服务单位月结,全年12个月份共支付6,973,070.51元;另由于新增")
    doc.save(path)
    normalize_zip(path)


def build_junan(path):
    doc = new_doc("莒南县2019年度数字化城市管理运行项目")
    para(doc, "依据《中共中央国务院关于深入推进城市执法体制改革改进城市管理工作的指导意见》(中发〔2015〕37号)、"
              "《中共山东省委省人民政府关于印发<山东省深化城市管理执法体制改革实施方案>的通知》(鲁发[2016]26号)和"
              "《山东省数字化城市管理系统建设与运行管理导则(试行)》(鲁建[2014]19号)的部署,山东省委、省政府在山东省新型城镇化规划"
              "(2014-2020年)中要求全省数字化城管在2020年前与省建设厅联网,实现省、市、县三级联网。")
    para(doc, JUNAN_GOAL)
    para(doc, "2019年预算指标金额共293万元,项目预算指标明细详见表1:")
    para(doc, "表1:2019年度数字化城市管理运行项目县级财政资金经费预算表", bold=True, center=True)
    t = doc.add_table(rows=2 + len(JUNAN_TABLE), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["序号", "项目", "金额(万元)", "备注"]):
        set_cell(t.cell(0, j), h, bold=True)
    for i, row in enumerate(JUNAN_TABLE, start=1):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, center=(j != 3))
    last = len(JUNAN_TABLE) + 1
    m = t.cell(last, 0).merge(t.cell(last, 1))
    set_cell(m, "合计")
    set_cell(t.cell(last, 2), "293")
    set_cell(t.cell(last, 3), "")
    para(doc, "2019年度数字化城市管理运行项目根据山政东省委、省府")
    doc.save(path)
    normalize_zip(path)


def build_tljq(path):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ws.merge_cells("A1:H1")
    ws["A1"] = "2021年度农村公益事业财政奖补项目绩效评价自评表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = center
    ws.merge_cells("A2:H2")
    ws["A2"] = "填报单位:郊区财政局"
    ws["A2"].alignment = left
    heads = ["序号", "一级指标", "二级指标", "三级指标", "指标说明", "指标", "县级", "市级"]
    for j, h in enumerate(heads, start=1):
        ws.cell(row=3, column=j, value=h)
    for j, h in zip((6, 7, 8), ("分值", "评分", "评分")):
        ws.cell(row=4, column=j, value=h)
    for col in "ABCDE":
        ws.merge_cells("%s3:%s4" % (col, col))
    first = 5
    for i, r in enumerate(TLJQ_ROWS):
        row = first + i
        seq, l1, l2, l3, expl, w, s, cs = r
        if seq:
            ws.cell(row=row, column=1, value=int(seq))
        ws.cell(row=row, column=4, value=l3)
        ws.cell(row=row, column=5, value=expl)
        if w is not None:
            ws.cell(row=row, column=6, value=w)
        if s is not None:
            ws.cell(row=row, column=7, value=s)
    # merges: 一级 / 二级 / 序号+三级 of the 账务管理 pair
    ws["B5"] = "决策(10)"
    ws.merge_cells("B5:B8")
    ws["C5"] = "项目立项"
    ws.merge_cells("C5:C6")
    ws["C7"] = "资金投入"
    ws.merge_cells("C7:C8")
    ws["B9"] = "过程(30)"
    ws.merge_cells("B9:B19")
    ws["C9"] = "资金管理"
    ws.merge_cells("C9:C13")
    ws["C14"] = "组织实施"
    ws.merge_cells("C14:C19")
    ws.merge_cells("A11:A12")
    ws.merge_cells("D11:D12")
    for row in ws.iter_rows(min_row=3, max_row=19, min_col=1, max_col=8):
        for c in row:
            c.border = border
            c.alignment = left if c.column == 5 and c.row >= 5 else center
    for row in (3, 4):
        for c in ws[row]:
            c.font = Font(bold=True)
    for i, r in enumerate(TLJQ_ROWS):
        lines = max(1, -(-len(r[4]) // 28))
        ws.row_dimensions[first + i].height = 15 * lines + 2
    widths = {"A": 6, "B": 10, "C": 11, "D": 12, "E": 62, "F": 7, "G": 7, "H": 7}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save(path)
    normalize_zip(path)


BUILDERS = {
    GOLD_TLJQ["source"]: build_tljq,
    GOLD_LUDENG["source"]: build_ludeng,
    GOLD_HUANWEI["source"]: build_huanwei,
    GOLD_CAOSHI["source"]: build_caoshi,
    GOLD_JUNAN["source"]: build_junan,
}

# ---------------------------------------------------------------------------
# PDF + annotations + check
# ---------------------------------------------------------------------------

def to_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=%s" % prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF not produced for %s" % path)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check(gold, pdf):
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    want = []
    for i in gold["indicators"]:
        want.append(("indicator", i["name"]))
        if i["target_text"]:
            want.append(("target", i["target_text"]))
    for g in gold["goals"]:
        want.append(("goal", g["text"]))
    for f in gold["findings"]:
        want.append(("finding", f["item"]))
    missing = [(k, v) for k, v in want if squash(v) not in txt]
    return len(want), missing


def write_ann(gold, fname):
    g = dict(gold)
    g["source"] = fname
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for gold in GOLDS:
        src = os.path.join(HERE, gold["source"])
        BUILDERS[gold["source"]](src)
        pdf = to_pdf(src)
        write_ann(gold, gold["source"])
        write_ann(gold, os.path.basename(pdf))
        n, missing = check(gold, pdf)
        status = "ok" if not missing else "MISSING %r" % missing
        print("%-58s checked %2d strings: %s" % (gold["source"], n, status))
        bad += len(missing)
    tot = {k: sum(len(g[k]) for g in GOLDS) for k in ("indicators", "goals", "findings", "facts")}
    print("gold totals (per document, source files only):", tot)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
