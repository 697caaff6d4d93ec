#!/usr/bin/env python
"""blind224: government-purchased services / 12345 hotline assessment layouts.

Gold first (Python data), then DOCX builders, PDF export with LibreOffice,
annotations/<file>.json for the source file and its PDF, and a pdftotext check.
Run with /tmp/venv/bin/python.
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind224"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- texts
# Doc 1: 连云港 12345 绩效考评通报 (2022年2月)
LYG_P1 = ("按照《连云港市12345在线平台绩效评估标准(试行)》(连12345发〔2021〕1号)的规定，"
          "市12345政府公共服务中心对市各成员单位2月份的12345工作作了综合评价，考评情况通报如下：")
LYG_S1 = ("1. 各县、赣榆区(共4家,满分为150分):2月份,灌云县考评得分为145.76分,赣榆区145.35分,"
          "东海县144.69分,灌南县144.42分。")
LYG_S2 = ("2.各区、功能板块(共5家,满分为100分):徐圩新区考评得分为100分,云台山景区97.57分,"
          "连云区94.65分,海州区94.16分,市开发区93.75分。")
LYG_S3 = ("3. 市各部门及单位(共67家,满分为100分):本月在市各成员单位中，考评得分99分以上的有"
          "市医保局、交通局、公积金中心等34家；10家单位没有群众诉求，2家单位没有应办结工单。")
LYG_S4 = ("本月排名靠后的是市碱业公司66.5分、市体育局75.5分、万联能源集团76.8分。"
          "市碱业公司按时办结率66.67%,得分为0分;回访满意率66.67%,得分为12.5分。"
          "市体育局及时签收率80%,得分为0分;回访满意率50%,得分为12.5分;存在答复不规范问题,得分为9分。"
          "万联能源集团及时签收率77.27%,得分为0分;回访满意率70.59%,得分为12.8分。"
          "上述三家单位应提高重视程度,进一步提升诉求办理质效")  # page stops here

# Doc 2: 杭州 "12345"电话接通率 (考评目标进度页)
HZ_NAME = '"12345"电话接通率'
HZ_TARGET = "确保“12345”电话接通率90%以上"
HZ_GOAL = "当好战疫“总客服”,确保“12345”电话接通率90%以上"
HZ_C2 = (HZ_GOAL + "。目标制定依据：疫情期间（春节后到三月下旬）国家、省、市、区暂停群众来访接待，"
         "“12345”电话受理成为信访的主要渠道；健康码和“亲清在线”平台上线后，电话受理量增加了3倍之多，"
         "单日来电量创下8.7万个的历史纪录，全市电话接通率不到60%，一度出现电话打不进的问题。")
HZ_C3a = "2020年二季度,市“12345”电话15秒接通率为90.26%。"
HZ_C3b = "第三季度,市“12345”电话15秒接通率为94.84%,接通率为88.94%。"
HZ_C4 = ("为助力市委市政府打赢抗击新冠疫情攻坚战（疫情期间电话成了群众反映问题的主要途径），"
         "市“12345”为提高电话接通率第一时间启动一级应急预案：组建应急突击队，重启水漾桥“第二职场”，"
         "开通居家坐席，成立疫情防控外语专席，上线“亲清在线”等8个智能客服机器人，实现7×24小时全天候服务。"
         "2020年,15秒接通率均值达到91.27%,直接答复率83.85%。")

# Doc 3: 句容 居家养老服务 通知
JR_TO = ("各镇(街道、管委会)政法和社会事业局民政部门、各村(社区)服务中心、各居家养老服务公司:")
JR_GOAL = "规范全市的居家养老服务、提高服务质量"
JR_P1 = ("为了" + JR_GOAL + "，依据《省政府关于进一步推进养老服务高质量发展的实施意见》(苏政发〔2019〕85号)、"
         "《江苏省养老服务条例》(江苏省常委会公告第93号)、《句容市“十四五”养老服务发展规划》(句政发〔2022〕47号)"
         "等文件，结合本市实际，现将进一步优化居家养老服务相关工作通知如下:")
JR_PRIN = "居家养老服务遵循政府引导、保障基本、社会参与、市场运作、自愿选择、就近便利的原则。"
JR_CLASSES = [
    ("一类对象", "具有句容市户籍的80周岁及以上高龄老人,", 1),
    ("二类对象", "具有句容市户籍的60周岁以上城乡低保、重点优抚对象、计生特扶老人中的半失能老人,", 6),
    ("三类对象", "具有句容市户籍的60周岁以上城乡低保、重点优抚对象、计生特扶老人中的失能老人,", 9),
    ("四类对象", "句容市城乡分散供养特困对象中的生活全自理人员,", 3),
    ("五类对象", "句容市城乡分散供养特困对象中的半失能人员,", 12),
    ("六类对象", "句容市城乡分散供养特困对象中的全失能人员,", 18),
    ("七类对象", "在市企业工作的A-E类人才父母,人才父母包括本人及配偶的父母,年满60周岁且在句容居住,"
                 "未领取过养老机构补贴(每位人才最多可享受2个名额),", 1),
    ("八类对象", "句容市户籍低保边缘家庭中的60周岁以上失独老人、失能或半失能老人,", 2),
]
JR_LAST = "同时符合上述几个条件的老人,按照就高原则,不重复享"  # page stops here

# Doc 4: 上海长宁 为老服务中心 社会化运营效能评估
CN_P1 = ("依据《上海市深化养老服务实施方案(2019-2022年)》(沪府规〔2019〕26号)、《关于加强社区综合为老服务中心"
         "建设的指导意见》(沪老龄办发〔2016〕5号)以及《长宁区深化养老服务实施方案(2020-2022年)》等文件，"
         "为提高长宁区社区综合为老服务中心的社会化运营效能，加强中心在社区嵌入式养老服务体系和15分钟社区养老"
         "服务圈中的枢纽作用，现印发《长宁区社区综合为老服务中心社会化运营效能评估的实施意见(试行)》，请参照执行。")
CN_GOAL = ("提升长宁区社区综合为老服务中心社会化运营水平，强化中心在社区嵌入式养老服务体系建设中的枢纽作用，"
           "持续推动老年宜居社区建设")
CN_P2 = ("为" + CN_GOAL + "，依据上述三个文件，结合长宁区实际，提出如下意见:")
CN_P3 = ("社区综合为老服务中心是社区嵌入式养老服务体系的重要枢纽和支撑。长宁区10个街镇的社区综合为老服务中心"
         "目前已全覆盖，各中心都采用社会化运营，由第三方专业机构参与运营。开展社会化运营效能评估，有助于提高中心"
         "运营水平和财政资金使用效能，发挥专业机构的运营优势，增强老年人的幸福感、获得感和满意度。")
CN_P4 = ("运营方要如实提供评估材料，保证其真实有效；街镇要保持客观中立，做好审核和监督；评估机构要发挥专业"
         "优势，通过事前走访、满意度调查、电话回访等方式取得评估辅助信息。")
CN_P5 = "效能评估应根据社区综合为老"  # page stops here

# Doc 5: 德清县社区矫正服务项目 (中国政府采购网 购买服务 经验交流)
DQ_GOAL = "解决社区矫正工作中“人手少、任务重、专业力量薄弱、矫治质量不高”等瓶颈问题"
DQ_P1 = ("2014年9月，德清县人民政府决定从2014年起选取部分领域试点政府购买服务改革，经前期调研，把县司法局"
         "组织的社区矫正服务定为试点项目。社区矫正是把符合条件的对象放在社区内，由专门国家机关在社会团体、"
         "民间组织和社会志愿者协助下矫正其犯罪心理和行为恶习、帮助其回归社会的非监禁刑罚执行活动，"
         "其基本特征是刑罚执行的社会化，社会组织参与是制度设计的应有之义。")
DQ_P2 = ("为" + DQ_GOAL + "，德清县按照“司法行政机关主导推动、社工组织自主运作、社会各方共同参与”的思路，"
         "以政府购买服务的形式把社工组织服务引入社区矫正工作。")
DQ_P3 = ("县司法局会同县财政、县民政出台《德清县政府购买社会组织社区矫正服务实施方案》，明确县司法行政机关是"
         "政府购买社区矫正服务的主体，负责组织实施和监督管理。")
DQ_P4 = ("社区矫正实施初期，按管理级别和犯罪类型梳理全县在册社区矫正人员信息，把管理级别低、危险性相对较小的"
         "社区矫正人员确定为")  # page stops here


def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------- gold
DOCS = [
    {
        "file": "jiangsu-lianyungang-12345-kaopingtongbao.docx",
        "gold": {
            "source_urls": ["http://www.lyg.gov.cn/zglygzfmhwz/fktj/content/f7176698-8c1e-4122-a0f0-74dd65af7f19.html"],
            "province": "江苏省",
            "doc_kind": "绩效考评情况通报",
            "patterns": [3, 10],
            "indicators": [
                ind(None, None, "按时办结率", None, None, "%", None, 66.67, None, 0),
                ind(None, None, "回访满意率", None, None, "%", None, 66.67, None, 12.5),
                ind(None, None, "及时签收率", None, None, "%", None, 80, None, 0),
                ind(None, None, "回访满意率", None, None, "%", None, 50, None, 12.5),
                ind(None, None, "答复不规范问题", None, None, None, None, None, None, 9),
                ind(None, None, "及时签收率", None, None, "%", None, 77.27, None, 0),
                ind(None, None, "回访满意率", None, None, "%", None, 70.59, None, 12.8),
            ],
            "goals": [],
            "facts": [],
            "findings": [
                {"rule": "target.missing_value", "item": "按时办结率",
                 "why": "通报只写实际值和得分(按时办结率66.67%得0分)，不写目标值或计分标准(在连12345发〔2021〕1号里)，读者无法核对得分"},
                {"rule": "target.qualitative_no_scale", "item": "答复不规范问题",
                 "why": "“存在答复不规范问题,得分为9分”：没有写满分、扣分档次或判定规则"},
            ],
            "notes": ("12345 热线承办单位月度考评通报(网页)。两张“承办工单数量、考评得分及排名表”每行左右各放一个单位"
                      "(单位│总工单数│得分│排名 重复两次)，表名在表内第一行并跨8列合并；第二张表最后一行右半空着。"
                      "单位得分表不是指标表，未记为 indicators；指标行取自第3段正文中写出实际值和得分的三家单位"
                      "(市碱业公司 2 行、市体育局 3 行、万联能源集团 3 行中的 2 行，按出现顺序)，名称重复时靠顺序区分单位。"
                      "通报没有目标值，operator/value/target_text 为 null；unit 取实际值的 %。"
                      "存储页止于“进一步提升诉求办理质效”(无句号)，文档到此为止。长句改写，数字照录。"),
        },
    },
    {
        "file": "zhejiang-hangzhou-12345-jietonglv-mubiaojindu.docx",
        "gold": {
            "source_urls": ["http://www.jxhz.gov.cn/jinduJxkh.jspx?id=100273144&year=2020&dwid=24258&zbid=100273144&xt="],
            "province": "浙江省",
            "doc_kind": "综合考评目标进度表",
            "patterns": [5, 10],
            "indicators": [
                ind(None, None, HZ_NAME, ">=", 90, "%", HZ_TARGET, 91.27, None, None),
            ],
            "goals": [{"kind": "年度目标", "text": HZ_GOAL}],
            "facts": [
                {"metric": "“12345”电话15秒接通率", "kind": "actual", "values": {"2020年二季度": 90.26, "第三季度": 94.84, "2020年均值": 91.27}, "unit": "%"},
                {"metric": "直接答复率", "kind": "actual", "value": 83.85, "unit": "%"},
            ],
            "findings": [
                {"rule": "target.rate_no_formula", "item": HZ_NAME,
                 "why": "目标写“接通率90%以上”，完成情况多用“15秒接通率”(90.26%、94.84%、均值91.27%)，唯一的“接通率”是第三季度88.94%(低于90%)；两种口径没有定义分子分母"},
            ],
            "notes": ("杭州市综合考评网站的目标进度页(jinduJxkh)。存储摘录只有一行四格：目标名称│目标内容及制定依据│"
                      "季度进展│全年完成情况，页面表头没有存下，文档里不加表头。actual 取全年“15秒接通率均值91.27%”"
                      "(判断：口径与目标“接通率”不同，见 finding)。“目标制定依据”一格不是数值(pattern 5)，目标写在格内(pattern 10)。"
                      "存储摘录止于第四格末尾的“|”，文档到此为止。长句改写，数字照录。"),
        },
    },
    {
        "file": "jiangsu-jurong-jujiayanglao-fuwubiaozhun-tongzhi.docx",
        "gold": {
            "source_urls": ["http://www.jurong.gov.cn/jurong/ylfw/202305/3ab2b14cd641471e9bb8deecd655ad0a.shtml"],
            "province": "江苏省",
            "doc_kind": "居家养老服务工作通知(购买服务标准)",
            "patterns": [6],
            "indicators": [
                ind(None, None, c, None, n, "个", "每人每月享受%d个服务基础工单" % n, None, None, None)
                for c, _d, n in JR_CLASSES
            ],
            "goals": [{"kind": "总体目标", "text": JR_GOAL}],
            "facts": [],
            "findings": [
                {"rule": "goal.unquantified", "item": JR_GOAL,
                 "why": "目的只写“规范…提高服务质量”，没有数字、基线或期限"},
            ],
            "notes": ("句容市民政部门就居家养老服务(由居家养老服务公司承接的政府购买服务)发的通知。存储页从抬头(各镇…各居家养老服务公司:)"
                      "开始，没有标题，文档也不加标题。八类服务对象各有“每人每月享受N个服务基础工单”的服务标准，"
                      "记为按人按月的指标行(pattern 6：值按子单位给出；unit 取“个”，计量对象是服务基础工单)，名称用文件里的“一类对象”…“八类对象”。"
                      "这些是待遇/服务量标准而不是绩效目标，属判断。存储页止于“不重复享”(句子被截断)，文档到此为止。"),
        },
    },
    {
        "file": "shanghai-changning-weilaofuwuzhongxin-yunyingxiaoneng-pinggu.docx",
        "gold": {
            "source_urls": ["https://zwgk.shcn.gov.cn/xxgk/zcwj-ylfw/2022/267/41784.html"],
            "province": "上海市",
            "doc_kind": "运营效能评估实施意见",
            "patterns": [8],
            "indicators": [],
            "goals": [{"kind": "总体目标", "text": CN_GOAL}],
            "facts": [
                {"metric": "社区综合为老服务中心覆盖街镇数", "kind": "count", "total": 10, "unit": "个"},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": CN_GOAL,
                 "why": "“提升…运营水平、强化…枢纽作用、持续推动…”没有数字、基线或期限"},
            ],
            "notes": ("长宁区民政局印发社区综合为老服务中心(第三方社会化运营，即购买服务)运营效能评估实施意见。"
                      "只有文字：印发语、落款(上海市长宁区民政局 2021年5月26日，pattern 8)、一、重要意义、二、评估原则。"
                      "“10个街镇…已经实现全覆盖”是现状不是目标，不记为指标行。存储页止于“效能评估应根据社区综合为老”，"
                      "评估指标与分值部分没有存下，文档到此为止。长句改写，数字与文件名照录。"),
        },
    },
    {
        "file": "zhejiang-deqing-shequjiaozheng-goumaifuwu-anli.docx",
        "gold": {
            "source_urls": ["http://www.ccgp.gov.cn/gpsr/jyjl/201710/t20171018_9004138.htm"],
            "province": "浙江省",
            "doc_kind": "政府购买服务案例(经验交流)",
            "patterns": [],
            "indicators": [],
            "goals": [{"kind": "总体目标", "text": DQ_GOAL}],
            "facts": [],
            "findings": [
                {"rule": "goal.unquantified", "item": DQ_GOAL,
                 "why": "目标只说要解决几类瓶颈问题，没有服务人数、矫治指标或期限"},
            ],
            "notes": ("中国政府采购网“购买服务 » 经验交流”栏目的德清县司法局案例。只有文字：一、项目背景；二、项目实施过程 "
                      "(一)购买主体的确定、(二)服务对象的确定。存储页止于“…社区矫正人员确定为”，后面的考核评估部分没有存下。"
                      "长句改写，日期、文件名、口号照录。"),
        },
    },
]


# ---------------------------------------------------------------- docx helpers
def _docx():
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return d


def _heading(d, text, size=15, center=True):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _para(d, text, bold=False, right=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def _table(d, rows, merges=()):
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                t.cell(i, j).text = str(val)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        txt = a.text
        m = a.merge(t.cell(r2, c2))
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = txt
    return t


def save_deterministic(d, path):
    tmp = path + ".tmp"
    d.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            data = zin.read(name)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


# ---------------------------------------------------------------- builders
def build_lyg(path):
    d = _docx()
    _heading(d, "2022年2月份市12345在线平台绩效考评情况通报")
    _para(d, LYG_P1)
    _para(d, "一、考评得分情况", bold=True)
    _para(d, LYG_S1)
    hdr = ["单位", "总工单数", "得分", "排名", "单位", "总工单数", "得分", "排名"]
    _table(d, [["各县、赣榆区承办工单数量、考评得分及排名表"] + [""] * 7, hdr,
               ["灌云县", "1115", "145.76", "1", "东海县", "1857", "144.69", "3"],
               ["赣榆区", "1955", "145.35", "2", "灌南县", "1268", "144.42", "4"]],
           merges=[(0, 0, 0, 7)])
    _para(d, LYG_S2)
    _table(d, [["各区(功能板块)承办工单数量、考评得分及排名表"] + [""] * 7, hdr,
               ["徐圩新区", "716", "100", "1", "海州区", "8500", "94.16", "4"],
               ["云台山景区", "191", "97.57", "2", "市开发区", "1068", "93.75", "5"],
               ["连云区", "2133", "94.65", "3", "", "", "", ""]],
           merges=[(0, 0, 0, 7)])
    _para(d, LYG_S3)
    _para(d, LYG_S4)
    save_deterministic(d, path)


def build_hz(path):
    d = _docx()
    c3 = HZ_C3a + "\n" + HZ_C3b
    _table(d, [[HZ_NAME, HZ_C2, c3, HZ_C4]])
    save_deterministic(d, path)


def build_jr(path):
    d = _docx()
    _para(d, JR_TO)
    _para(d, JR_P1)
    _para(d, "一、基本原则", bold=True)
    _para(d, JR_PRIN)
    _para(d, "二、服务对象及标准", bold=True)
    for c, desc, n in JR_CLASSES:
        _para(d, "%s:%s每人每月享受%d个服务基础工单。" % (c, desc, n))
    _para(d, JR_LAST)
    save_deterministic(d, path)


def build_cn(path):
    d = _docx()
    _para(d, CN_P1)
    _para(d, "上海市长宁区民政局", right=True)
    _para(d, "2021年5月26日", right=True)
    _para(d, CN_P2)
    _para(d, "一、重要意义", bold=True)
    _para(d, CN_P3)
    _para(d, "二、评估原则", bold=True)
    _para(d, "1.真实有效")
    _para(d, CN_P4)
    _para(d, "2.合理公正")
    _para(d, CN_P5)
    save_deterministic(d, path)


def build_dq(path):
    d = _docx()
    _para(d, "当前位置:首页 » 购买服务 » 经验交流")
    _heading(d, "浙江省德清县社区矫正服务项目")
    _para(d, "2017年10月18日 09:11 来源:德清县司法局")
    _para(d, "一、项目背景", bold=True)
    _para(d, DQ_P1)
    _para(d, DQ_P2)
    _para(d, "二、项目实施过程", bold=True)
    _para(d, "(一)购买主体的确定。" + DQ_P3)
    _para(d, "(二)服务对象的确定。" + DQ_P4)
    save_deterministic(d, path)


BUILDERS = {
    "jiangsu-lianyungang-12345-kaopingtongbao.docx": build_lyg,
    "zhejiang-hangzhou-12345-jietonglv-mubiaojindu.docx": build_hz,
    "jiangsu-jurong-jujiayanglao-fuwubiaozhun-tongzhi.docx": build_jr,
    "shanghai-changning-weilaofuwuzhongxin-yunyingxiaoneng-pinggu.docx": build_cn,
    "zhejiang-deqing-shequjiaozheng-goumaifuwu-anli.docx": build_dq,
}


def to_pdf(src):
    outdir = os.path.dirname(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.splitext(src)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf, gold):
    # raw reading order (table cells kept together) and -layout; a string counts if either holds it
    txt = "\n".join(norm(subprocess.run(["pdftotext"] + mode + [pdf, "-"], capture_output=True, text=True).stdout)
                     for mode in ([], ["-layout"]))
    missing = []
    for i in gold["indicators"]:
        for k in ("name", "target_text"):
            if i[k] and norm(i[k]) not in txt:
                missing.append((k, i[k]))
    for g in gold["goals"]:
        if norm(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    tot = {"rows": 0, "goals": 0, "findings": 0, "facts": 0}
    for doc in DOCS:
        fn = doc["file"]
        path = os.path.join(HERE, fn)
        BUILDERS[fn](path)
        pdf = to_pdf(path)
        for src in (fn, os.path.basename(pdf)):
            g = {"source": src}
            g.update(copy.deepcopy(doc["gold"]))
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
        miss = check(pdf, doc["gold"])
        if miss:
            bad += 1
            print("MISSING in", fn, miss)
        else:
            print("ok", fn, len(doc["gold"]["indicators"]), "rows")
        tot["rows"] += len(doc["gold"]["indicators"])
        tot["goals"] += len(doc["gold"]["goals"])
        tot["findings"] += len(doc["gold"]["findings"])
        tot["facts"] += len(doc["gold"]["facts"])
    print("totals", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
