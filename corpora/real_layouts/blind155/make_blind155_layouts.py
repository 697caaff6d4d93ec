# -*- coding: utf-8 -*-
"""blind155: real-layout documents (civil air defence / meteorology / government offices
administration / human resources and social security angle).

The gold comes first (plain Python data, written from the stored pages before any file was
built); the builders follow; then the PDFs are exported with LibreOffice, the annotations are
written and every indicator name, target text, goal text and finding item is checked against
the pdftotext output of the PDF (whitespace ignored).

Run with: /tmp/venv/bin/python make_blind155_layouts.py
"""
import copy
import datetime
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind155"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------------------------

U_SUINING = "https://dyxrmt.cn/article-111578-9.html"
U_QXJ = "http://www.fsou.net/html/text/chl/1358/135877.html"
U_YANCHENG = "https://gwyoo.com/article/shuzhibaogao/jhgh/200602/31550.html"
U_YANGQUAN = "https://czj.yq.gov.cn/yjsgk/ysjx/202412/t20241224_1999189.html"
U_YIYANG = "http://www.yiyang.gov.cn/rsj/4509/4519/content_1574975.html"


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


GOLD = {}

# A. Sichuan (遂宁, county 机关事务服务中心): tail of a 职工食堂 evaluation table + start of 附件5
GOLD["sichuan-suining-jiguanshiwu-pingjiabaogao"] = {
    "source_urls": [U_SUINING],
    "province": "四川省",
    "doc_kind": "绩效评价报告",
    "patterns": [1, 5, 10],
    "indicators": [
        ind("项目效益", "经济效益指标", "降低成本做好保障", None, 98, None, "98"),
        ind("项目效益", "社会效益指标", "做好保障", None, None, None, "达到预期目标"),
        ind("项目效益", "生态效益指标", "科学合理利用食材,杜绝食材浪费,提高食材利用效率,达到节约资源的目的",
            None, None, None, ""),
        ind("项目效益", "可持续效益指标", "", None, 100, None, "100"),
        ind("项目效益", "服务对象满意度指标", "让就餐职工满意", None, 98, None, "98"),
    ],
    "goals": [
        {"kind": "绩效目标", "text": "切实做好2020年节能宣传工作。"},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.missing_unit", "item": "降低成本做好保障",
         "why": "指标值只写“98”，没有计量单位，也看不出是比率还是金额"},
        {"rule": "target.misfiled_dimension", "item": "降低成本做好保障",
         "why": "讲的是降低成本，却填在经济效益指标下（成本类内容）"},
        {"rule": "target.qualitative_no_scale", "item": "做好保障",
         "why": "指标值“达到预期目标”是定性表述，没有分级或可衡量标准"},
        {"rule": "target.missing_value", "item": "科学合理利用食材,杜绝食材浪费,提高食材利用效率,达到节约资源的目的",
         "why": "生态效益指标一行只有指标名称，指标值和实施进度都空着"},
        {"rule": "target.vague_wording", "item": "科学合理利用食材,杜绝食材浪费,提高食材利用效率,达到节约资源的目的",
         "why": "“提高食材利用效率”没有数值或基线"},
        {"rule": "target.missing_name", "item": "可持续效益指标",
         "why": "可持续效益指标一行三级指标名称为空，只填了指标值100"},
        {"rule": "target.missing_unit", "item": "可持续效益指标",
         "why": "无名称的一行指标值“100”没有单位"},
        {"rule": "target.missing_unit", "item": "让就餐职工满意",
         "why": "满意度指标值只写“98”，缺少%单位，也没有调查对象和方法"},
        {"rule": "consistency.rate", "item": "让就餐职工满意",
         "why": "满意度指标值98、实施进度“已完成100%”，但评价结论写职工就餐满意度达到90%，两处不一致"},
        {"rule": "coverage.missing_dimension", "item": "产出指标",
         "why": "文档中的指标表只有项目效益各行，没有产出指标（存储页从表格中部开始）"},
        {"rule": "goal.unquantified", "item": "切实做好2020年节能宣传工作。",
         "why": "目标只说“切实做好”节能宣传，没有场次、人次等数量"},
    ],
    "notes": ("存储页从一张职工食堂项目评价表的中部开始（前面的产出指标行和表头以外部分不在页内），"
              "表头行“绩效指标|一级指标|二级指标|三级指标|指标值|实施进度”中“绩效指标”一格纵向合并，"
              "“项目效益”一格合并五行。实施进度列（已完成100%）不是实际完成值，actual 记为 null；"
              "评价结论中的“满意度达到90%”只记入 findings。附件5公共机构节能管理维护项目绩效评价报告在"
              "“项目经费用于节能宣”处中断，按原样截断。县名未出现，依遂机管函与网站推断为遂宁市所辖县。"
              "“县财政共下达我中心。公共机构节能管理维护费9万元”中的多余句号照录。较长句子已改写，数字与文号保留。"),
}

# B. National: 中国气象局 target-assessment (目标考核) table, stored page starts mid-table
QX1 = "做好灾害性、关键性、转折性天气及重要气象次生衍生灾害易发区的预报会商以及灾害性天气过程跟踪监测预报"
QX2 = "做好气象灾害预警信息发布工作"
QX3 = "及时做好防汛抗旱决策服务和突发公共事件的应急气象保障服务"
GOLD["guojia-qixiang-mubiaokaohe-pingfenbiao"] = {
    "source_urls": [U_QXJ],
    "province": "国家",
    "doc_kind": "目标考核评分表",
    "patterns": [1, 5, 6],
    "indicators": [
        ind(QX1, None, "提高监测预报的准确率", None, None, None, None, weight=6),
        ind(QX1, None, "开展常态化的灾害性天气预报技术总结", None, None, None, None, weight=2),
        ind(QX1, None, "提高天气会商质量", None, None, None, None, weight=1),
        ind(QX2, None, "及时准确发布预警信息,重大天气预警信号不漏报", None, None, None, None, weight=3),
        ind(QX3, None, "及时为地方党委、政府和相关部门提供决策气象服务", None, None, None, None, weight=4),
    ],
    "goals": [],
    "facts": [
        {"metric": QX1 + "(分值)", "kind": "sum", "total": 9, "parts": [6, 2, 1], "unit": "分"},
        {"metric": "提高监测预报的准确率(评分标准分值)", "kind": "sum", "total": 6, "parts": [1, 1, 1, 1, 2],
         "unit": "分"},
    ],
    "findings": [
        {"rule": "target.vague_wording", "item": "提高监测预报的准确率",
         "why": "指标本身只写“提高”，没有目标值，数值要求只散在评分标准里（相对中央台指导预报的订正技巧）"},
        {"rule": "target.vague_wording", "item": "提高天气会商质量",
         "why": "“提高…质量”没有数值或基线，评分标准只按故障、通报次数扣分"},
    ],
    "notes": ("存储页从考核表第一条数据行开始，没有表头，也没有标题，照此复现（五列：考核内容、考核指标、"
              "评分标准、完成时限、责任单位，列名是推断，文档中不出现）。考核内容“1. …(9分)”合并七行，"
              "考核指标“提高监测预报的准确率。(6分)”合并五行，完成时限“12月20日”合并六行，“预报司”合并七行。"
              "指标名称取考核指标格去掉句号和“(n分)”后的文字，分值记为 weight；level1 取考核内容去掉序号和分值。"
              "评分标准各句是得分规则不是指标值，所以 operator/value/target_text 为 null；评分标准子项（1+1+1+1+2分）"
              "不另记为指标，只记为 facts。第3条在“全年决策气象服务”处中断。评分标准句子已改写，数字保留。"
              "这是中国气象局对省级局的目标考核表，不是预算绩效表；年份未出现。"),
}

# C. Jiangsu (盐城, inferred from the county names): 2005年全市各县(市)气象局工作目标
GOLD["jiangsu-yancheng-qixiang-gongzuomubiao"] = {
    "source_urls": [U_YANCHENG],
    "province": "江苏省",
    "doc_kind": "工作目标考核细则",
    "patterns": [6, 9],
    "indicators": [
        ind("基本业务质量", "地面测报业务质量", "地面测报总错比", "<=", 0.4, "‰", "≤0.4‰", weight=2),
        ind("基本业务质量", "地面测报业务质量", "地面测报报表审核错情", "<=", 3, "条", "≤3条", weight=1),
        ind("基本业务质量", "地面测报业务质量", "地面测报综合评定", None, None, None, "达甲等", weight=1),
        ind("基本业务质量", "地面测报业务质量", "自动气象站业务质量", None, None, None, None, weight=3),
        ind("基本业务质量", "地面测报业务质量", "气象探测环境保护", None, None, None, "探测环境未受到破坏", weight=1),
        ind("基本业务质量", "农业气象测报质量", "农业气象测报总错比", "<=", 0.6, "‰", "≤0.6‰", weight=2),
        ind("基本业务质量", "农业气象测报质量", "农业气象测报综合评定", None, None, None, "达甲等", weight=1),
        ind("基本业务质量", "农业气象测报质量", "按规定及时测定土湿,传递农情资料", None, None, None, None, weight=1),
    ],
    "goals": [],
    "facts": [
        {"metric": "地面测报业务质量(分值)", "kind": "sum", "total": 8, "parts": [2, 1, 1, 3, 1], "unit": "分"},
        {"metric": "农业气象测报质量(分值)", "kind": "sum", "total": 4, "parts": [2, 1, 1], "unit": "分"},
    ],
    "findings": [
        {"rule": "target.time_no_deadline", "item": "按规定及时测定土湿,传递农情资料",
         "why": "只写“及时”，没有时限或及时率"},
    ],
    "notes": ("条目式考核细则（不是表格），每条“(n)名称。评分规则…(n分)”，分值写在条末（pattern 6）。"
              "“(一)基本业务质量(36分)”下面先列九个县（市、区）的得分（东台27.5分…响水23分），这些数字不是资金，"
              "也不是指标（pattern 9），不记入 indicators。“自动气象站业务质量”(3分)含三条子要求（不发生人为因素缺测、"
              "有人站上传到报率≥95.0%、加密站≥85.0%），整条记为一个指标，target_text 为 null。"
              "地面测报总错比一条的第二个分档“0.4‰<错比≤0.8‰得1分”另起一行，照录。存储页在“3”处中断。"
              "省份由县名（东台、大丰、盐都、亭湖、建湖、射阳、阜宁、滨海、响水）推断为江苏省盐城市。网站导语等页面附加文字未复现。"),
}

# D. Shanxi (阳泉): third-party 绩效评价报告 on 公务用车服务费, prose only
GOLD["shanxi-yangquan-gongwuyongche-pingjiabaogao"] = {
    "source_urls": [U_YANGQUAN],
    "province": "山西省",
    "doc_kind": "绩效评价报告",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("纯文字：封面（委托单位、项目主管部门、评价机构、日期）、引言和“一、基本情况（一）立项背景”，"
              "存储页在《阳泉市市级公务用车平台建设运行实施方案处中断（书名号未闭合，照录）。"
              "背景中的“以降低成本、保障公务、提高效率、促进廉政为目的”是省级改革方案的目的，不是本项目的绩效目标，"
              "不记为 goal。句子已改写，文号、日期、机构名保留。"),
}

# E. Hunan (益阳): 就业资金 self-evaluation report, prose only
GOLD["hunan-yiyang-jiuyezijin-zipingbaogao"] = {
    "source_urls": [U_YIYANG],
    "province": "湖南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("纯文字：项目概况、自评工作开展情况、综合评价结论；存储页在“自评结论为“优秀”处中断（引号未闭合，照录）。"
              "自评得分98分、结论“优秀”，与优≥90的等级一致，不记 finding。项目概况只讲资金来源和支出范围，"
              "没有写成绩效目标，不记 goal。长句已改写，数字与文件名保留。"),
}

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------


def new_doc(landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(d, rows, widths_cm, merges=(), font_size=9):
    """rows: list of lists of str (None for a cell swallowed by a merge); merges: (r0,c0,r1,c1)."""
    nrows, ncols = len(rows), len(widths_cm)
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.autofit = False
    for c, col in enumerate(t.columns):
        col.width = Cm(widths_cm[c])
    for r in range(nrows):
        for c in range(ncols):
            t.cell(r, c).width = Cm(widths_cm[c])
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            if val is None:
                continue
            cell = t.cell(r, c)
            cell.paragraphs[0].text = ""
            run = cell.paragraphs[0].add_run(val)
            run.font.size = Pt(font_size)
    return t


def save_docx(d, path):
    cp = d.core_properties
    cp.author = "blind155"
    cp.last_modified_by = "blind155"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    d.save(path)
    normalise_zip(path)


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------------


def build_suining(path):
    d = new_doc()
    rows = [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "实施进度"],
        [None, "项目效益", "经济效益指标", "降低成本做好保障", "98", "已完成100%"],
        [None, None, "社会效益指标", "做好保障", "达到预期目标", "已完成100%"],
        [None, None, "生态效益指标", "科学合理利用食材,杜绝食材浪费,提高食材利用效率,达到节约资源的目的", "", ""],
        [None, None, "可持续效益指标", "", "100", ""],
        [None, None, "服务对象满意度指标", "让就餐职工满意", "98", "已完成100%"],
    ]
    table(d, rows, [1.6, 2.0, 3.2, 5.6, 2.4, 2.2], merges=[(0, 0, 5, 0), (1, 1, 5, 1)])
    para(d, "五、评价结论及建议")
    para(d, "(一)评价结论")
    para(d, "职工就餐满意度达到90%")
    para(d, "(二)存在的问题")
    para(d, "菜品种类偏少，口味仍有改进空间。")
    para(d, "附件5")
    para(d, "公共机构节能管理维护项目绩效评价报告", bold=True, center=True, size=14)
    para(d, "一、项目概况")
    para(d, "(一)项目基本情况")
    para(d, "2020年，县财政共下达我中心。公共机构节能管理维护费9万元，用于节能宣传、资料印制、会议培训和节能改造服务。")
    para(d, "1.项目立项、资金申报的依据。遂机管函〔2019〕16号关于做好2019-2020年省级节约型公共机构示范单位创建工作的通知。")
    para(d, "2.资金管理办法制定情况,资金支持具体项目的条件、范围与支持方式概况。资金使用执行国家机关事务管理局的经费管理使用办法，"
            "专款专用，全部投向节能宣传、资料印制、会议培训和节能改造服务。")
    para(d, "3.资金分配的原则及考虑因素。资金按规范、合理、及时的原则分配使用，保障节能宣传等工作落到实处。")
    para(d, "(二)项目绩效目标")
    para(d, "1.项目主要内容。切实做好2020年节能宣传工作。项目经费用于节能宣")
    save_docx(d, path)


def build_qixiang(path):
    d = new_doc(landscape=True)
    c1 = "1. " + QX1 + "(9分)"
    rows = [
        [c1, "提高监测预报的准确率。(6分)",
         "各省上传的地级以上城市24小时晴雨预报TS评分较中央气象台指导预报正订正技巧达5%以上的得1分，正技巧在5%以下得0.5分，负技巧不得分。",
         "12月20日", "预报司"],
        [None, None,
         "各省上传的地级以上城市24小时大雨(雪)以上降水预报准确率较中央气象台指导预报有正订正技巧的得1分，负技巧不得分。",
         None, None],
        [None, None,
         "各省上传的地级以上城市24小时最高温度较中央气象台指导预报正订正技巧达5%以上的得1分，正技巧在5%以下的得0.5分，负技巧不得分。",
         None, None],
        [None, None,
         "各省上传的地级以上城市24小时最低温度较中央气象台指导预报正订正技巧达5%以上的得1分，正技巧在5%以下的得0.5分，负技巧不得分。",
         None, None],
        [None, None,
         "年度月温度、降水气候预测综合评分达到60分得2分，综合评分每少1分扣0.5分，扣完为止。",
         None, None],
        [None, "开展常态化的灾害性天气预报技术总结。(2分)",
         "全年开展5次以上重要天气过程预报技术总结并向预报司提交总结报告得2分，少开展一次或报告质量不合要求一次扣1分，扣完为止。",
         None, None],
        [None, "提高天气会商质量。(1分)",
         "完成全年全国天气会商且会商中无故障、无差错得1分，在全国会商检查通报中被通报三次的不得分。",
         "12月31日", None],
        ["2. " + QX2 + "(3分)", "及时准确发布预警信息,重大天气预警信号不漏报。(3分)",
         "全年预警信号均及时发布、重大天气预警信号无漏报得3分；重大天气预警信号每漏报1次扣1分，扣完为止。",
         "12月20日", "预报司"],
        ["3. " + QX3 + "(16分)", "及时为地方党委、政府和相关部门提供决策气象服务。(4分)",
         "全年决策气象服务", "", ""],
    ]
    merges = [(0, 0, 6, 0), (0, 1, 4, 1), (0, 3, 5, 3), (0, 4, 6, 4)]
    table(d, rows, [5.2, 5.0, 11.5, 2.2, 1.8], merges=merges)
    save_docx(d, path)


def build_yancheng(path):
    d = new_doc()
    para(d, "气象局工作目标", bold=True, center=True, size=14)
    para(d, "2005年全市各县(市)气象局工作目标", bold=True, center=True)
    lines = [
        "一、基本工作目标",
        "(一)基本业务质量(36分)",
        "东台:27.5分;大丰:30.5分;盐都:21.5分;亭湖:7分;建湖:26分;射阳:33分;阜宁:26分;滨海:29分;响水:23分",
        "1、地面测报业务质量(8分)",
        "(1)地面测报总错比。各县地面测报总错比≤0.4‰得2分;",
        "0.4‰<错比≤0.8‰得1分;错比>0.8‰不得分。发生伪造涂改、记录的,不得分。(2分)(亭湖除外)",
        "(2)地面测报报表审核错情。各县地面测报报表(数据文件)审核错情每年累计≤3条得1分,否则不得分(考核时段为上年10月至当年9月)。(1分)(亭湖除外)",
        "(3)地面测报综合评定。各县地面测报综合评定达甲等,质量考核报表无漏统计错情,报表数据文件和质量考核表按时上报,各项全部达到的得1分,否则不得分。(1分)",
        "(亭湖除外)",
        "(4)自动气象站业务质量。自动气象站全年定时(每天24个时次)无人为因素缺测,得1分;否则不得分。有人自动气象站(亭湖除外)资料上传到报率≥95.0%,得1分;",
        "否则不得分。加密自动站资料上传到报率≥85.0%,得1分;否则不得分。(3分)",
        "(5)气象探测环境保护。所属气象台站的探测环境未受到破坏,得1分;保护不力遭受破坏的不得分。(1分)(亭湖除外)",
        "2、农业气象测报质量(4分)",
        "(1)农业气象测报总错比。一、二级站(滨海、大丰、射阳)农气观测、发报、报表三项总错比≤0.6‰,得2分;否则不得分。发生伪造、涂改的,不得分。(2分)",
        "(2)农业气象测报综合评定。一、二级站综合评定达甲等,得1分;否则不得分。(1分)",
        "(3)按规定及时测定土湿,传递农情资料得1分;否则不得分。(1分)(亭湖除外)",
        "3",
    ]
    for ln in lines:
        para(d, ln)
    save_docx(d, path)


def build_yangquan(path):
    d = new_doc()
    para(d, "阳泉市2023年公务用车服务费项目支出 绩效评价报告", bold=True, center=True, size=16)
    para(d, "")
    para(d, "委托单位:阳泉市财政局")
    para(d, "项目主管部门:阳泉市机关事务管理局")
    para(d, "评价机构:山西汇华资产评估有限公司")
    para(d, "2024年10月", center=True)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(d, "阳泉市2023年公务用车服务费项目支出", bold=True, center=True, size=14)
    para(d, "绩效评价报告", bold=True, center=True, size=14)
    para(d, "依据《中共阳泉市委 阳泉市人民政府关于全面实施预算绩效管理的实施办法》(阳发〔2019〕19号)，按照《阳泉市财政局关于开展2024年"
            "重点绩效评价工作的通知》(阳财绩〔2024〕14号)的安排，为强化预算绩效管理、提升财政资金配置效率和使用效益，山西汇华资产评估"
            "有限公司接受阳泉市财政局委托，于2024年6月至10月对“阳泉市2023年公务用车服务费项目支出”实施了绩效评价，现将情况报告如下。")
    para(d, "一、基本情况")
    para(d, "(一)立项背景")
    para(d, "公务用车制度改革以前，公务用车普遍成本高、效率低，购置和维护缺少监督，公车私用时有发生。为规范公务用车运行管理、压降行政成本、"
            "推动党风廉政建设和节约型机关建设，中央相继出台《中共中央办公厅、国务院办公厅关于印发<全面推进公务用车制度改革指导意见>的通知》"
            "(中办发〔2014〕40号)、《中央和国家机关公务用车制度改革方案》、国家发展和改革委员会《关于进一步加强地方公务用车平台建设的通知》"
            "(发改电〔2016〕756号)以及中共中央办公厅 国务院办公厅《党政机关公务用车管理办法》(中办发〔2017〕71号)等文件。2015年11月，"
            "山西省制定《山西省公务用车制度总体改革方案》和《山西省省直公务用车制度改革实施方案》，以建设节约型、廉洁型机关为方向，"
            "以降低成本、保障公务、提高效率、促进廉政为目的，建立新型公务用车制度。阳泉市落实中央和省、市委厉行节约反对浪费的要求，"
            "于2019年9月出台《阳泉市市级公务用车平台建设运行实施方案")
    save_docx(d, path)


def build_yiyang(path):
    d = new_doc()
    para(d, "2021年度市级就业资金配套项目资金绩效自评报告", bold=True, center=True, size=14)
    para(d, "发布时间:2022-04-29 14:59 来源:市人社", center=True, size=9)
    para(d, "一、项目概况")
    para(d, "就业专项资金由县级以上人民政府设立，本级财政部门会同人力资源社会保障部门管理，专门用于促进就业创业。资金来源有三项：一是财政"
            "预算安排，既有上级财政下拨的就业资金转移支付，也有本级财政按当地就业形势和就业工作目标在预算中安排的促进就业创业专项资金；"
            "二是就业资金存入银行取得的利息收入；三是社会各界为公益性就业服务提供的捐赠、资助等其他收入。按文件规定，县级以上人民政府应依据"
            "当地就业状况和就业工作目标，在本级财政预算中安排就业补助资金。就业资金支出分为三类：对个人和单位的补贴、公共就业服务能力建设"
            "补助和其他支出。对个人和单位的补贴用于职业培训补贴、职业技能鉴定补贴、社会保险补贴、公益性岗位补贴、创业补贴、就业见习补贴、"
            "求职创业补贴等；公共就业服务能力建设补助用于就业创业服务补助和高技能人才培养补助等；其他支出是上述两类以外、结合我省和我市实际"
            "并经省、市人民政府同意用于促进就业创业的支出。")
    para(d, "二、绩效自评工作开展情况")
    para(d, "按照《益阳市财政局关于开展2021年度部门绩效自评工作的通知》要求，我局组织项目主管科室，围绕绩效目标设定及完成情况、资金使用"
            "管理情况、资金绩效情况和政策环境适应情况等开展自评，力求自评结果客观真实。")
    para(d, "三、综合评价结论")
    para(d, "2021年度市级就业资金配套项目资金绩效自评得分为98分,自评结论为“优秀")
    save_docx(d, path)


BUILDERS = {
    "sichuan-suining-jiguanshiwu-pingjiabaogao": build_suining,
    "guojia-qixiang-mubiaokaohe-pingfenbiao": build_qixiang,
    "jiangsu-yancheng-qixiang-gongzuomubiao": build_yancheng,
    "shanxi-yangquan-gongwuyongche-pingjiabaogao": build_yangquan,
    "hunan-yiyang-jiuyezijin-zipingbaogao": build_yiyang,
}

# ---------------------------------------------------------------------------------------------
# export, annotate, check
# ---------------------------------------------------------------------------------------------


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s)


def check(stem, gold, pdf):
    text = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    needles = []
    for i in gold["indicators"]:
        needles += [i["name"], i["target_text"] or ""]
        if i["level1"]:
            needles.append(i["level1"])
        if i["level2"]:
            needles.append(i["level2"])
    needles += [g["text"] for g in gold["goals"]]
    # a missing dimension is by definition absent from the text
    needles += [f["item"] for f in gold["findings"] if f["rule"] != "coverage.missing_dimension"]
    for n in needles:
        if n and norm(n) not in text:
            missing.append(n)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for stem, builder in BUILDERS.items():
        gold = GOLD[stem]
        src = os.path.join(HERE, stem + ".docx")
        builder(src)
        pdf = to_pdf(src)
        for f in (src, pdf):
            ann = {"source": os.path.basename(f)}
            ann.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, os.path.basename(f) + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        missing = check(stem, gold, pdf)
        status = "ok" if not missing else "MISSING %r" % missing
        bad += bool(missing)
        print("%-48s ind=%d goals=%d findings=%d facts=%d  %s" % (
            stem, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"]), status))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
