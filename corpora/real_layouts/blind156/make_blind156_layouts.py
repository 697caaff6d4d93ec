# -*- coding: utf-8 -*-
"""blind156: real-layout documents (universities / colleges, housing provident fund).

Gold first (written from the stored pages), then the builders (python-docx), the PDF export
(LibreOffice, own profile), the annotation files and a pdftotext check.

Run: /tmp/venv/bin/python make_blind156_layouts.py
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
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind156"

# ---------------------------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------------------------

URL_NANTONG = "https://www.renrendoc.com/p-82439953.html"
URL_SHAOYANG = "https://syzyedu.com/xinxi/xynew/6456.html?cid=336"
URL_HBOU = "https://cwc.hbou.edu.cn/info/1010/1363.htm"
URL_HUAIHUA = "https://www.huaihua.gov.cn/gjj/c108775/202506/6b075429142e4f588cacdfc025ca92de.shtml"


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


GOLD = {}

# --- 1. Jiangsu, 南通农业职业技术学院 园艺实训基地 (2009) ------------------------------------
_BIZ = "商业评估指示器"
_FIN = "财务评估指示器"
GOLD["jiangsu-nantong-yuanyi-shixunjidi-jixiaobaogao"] = {
    "source_urls": [URL_NANTONG],
    "province": "江苏省",
    "doc_kind": "项目绩效报告(项目成果和效果报告,评价指标和分数表)",
    "patterns": [2, 10],
    "indicators": [
        ind(_BIZ, None, "项目启动目标的完成程度和质量", weight=30, score=29),
        ind(_BIZ, None, "项目目标的合理性", weight=10, score=9),
        ind(_BIZ, None, "项目组织和管理水平", weight=20, score=19),
        ind(_BIZ, None, "项目的好处", weight=40, score=39),
        ind(_FIN, None, "资金的落实", weight=40, score=40),
        ind(_FIN, None, "资本支出", weight=40, score=40),
        ind(_FIN, None, "财务信息质量", weight=10, score=10),
        ind(_FIN, None, "财务管理状况", weight=10, score=10),
    ],
    "goals": [],
    "facts": [
        {"metric": "总业务评估分数", "kind": "sum", "total": 96, "parts": [29, 9, 19, 39], "unit": "分"},
        {"metric": "财务评价总分", "kind": "sum", "total": 100, "parts": [40, 40, 10, 10], "unit": "分"},
        {"metric": "投资总额", "kind": "amount", "total": 1050, "parts": [400], "unit": "万元",
         "text": "投资总额1050万元,其中专项资金400万元(页面写作“其中33,360项为专项资金。400万元”)"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "评价指标和分数表只有业务(目标完成、目标合理性、组织管理、项目的好处)和财务四项,"
                "没有任何服务对象(学生、教师)满意度的评价行"},
        {"rule": "target.qualitative_no_scale", "item": "项目的好处",
         "why": "占40分的效益行只写“项目的好处”,没有任何可计量的效益指标或分级标准,得39分无从核对"},
    ],
    "notes": "存储页是人人文档上一份机器回译过的江苏省财政厅/教育厅绩效报告表:“商业评估指示器”(=业务考评指标)、"
             "“系统性能和效果表”、“其中33,360项为专项资金。400万元”、“开始时间:02007.04”、“总裁负责”等怪字照录。"
             "页面把两块评分表(业务/财务)前后排列,故做成一张表,中间再出现一次表头(pattern 2)。指标行无目标值,"
             "只有分数值(weight)和得分(score);level1 用表头原词。页面停在第一节正文“对人和财产给”处,正文改写、"
             "保留全部数字,最后半句照页面截断。",
}

# --- 2. Hunan, 邵阳职业技术学院(据域名 syzyedu.com 判断) 特色一流专业群 -----------------------
_Q = ("产出指标", "数量指标")
GOLD["hunan-shaoyang-zhuanyequn-zipingbaogao"] = {
    "source_urls": [URL_SHAOYANG],
    "province": "湖南省",
    "doc_kind": "专项资金绩效自评报告(特色一流专业群项目)",
    "patterns": [10],
    "indicators": [
        ind(*_Q, "专业建设调研", unit="次", actual=18),
        ind(*_Q, "建设课程思政课程", unit="门", actual=6),
        ind(*_Q, "专业课程制作了课程视频", unit="门", actual=14),
        ind(*_Q, "开发专业群内精品在线开放课程", unit="门", actual=6),
        ind(*_Q, "开展师资培训", unit="人次", actual=28),
        ind(*_Q, "开展院级学生电梯技能比赛", unit="次", actual=1),
    ],
    "goals": [
        {"kind": "绩效目标",
         "text": "全年总预算金额为102.8万元,主要用于专业群的专业建设、课程建设、师资培训、实训条件改善、各类竞赛等。"},
    ],
    "facts": [
        {"metric": "分解下达预算合计", "kind": "sum", "total": 1028000,
         "parts": [18000, 50000, 80000, 850000, 30000], "unit": "元"},
        {"metric": "资金使用率", "kind": "rate", "numerator": 76296, "denominator": 1028000,
         "stated_rate": 7.42, "unit": "%"},
        {"metric": "全年总预算金额", "kind": "equal", "total": 102.8, "unit": "万元",
         "text": "102.8万元 = 合计1028000元"},
    ],
    "findings": [
        {"rule": "goal.budget_text",
         "item": "全年总预算金额为102.8万元,主要用于专业群的专业建设、课程建设、师资培训、实训条件改善、各类竞赛等。",
         "why": "“下达预算和绩效目标情况”一节的目标只复述预算总额和资金用途,没有产出或效果"},
    ] + [
        {"rule": "target.missing_value", "item": n,
         "why": "报告称“根据年初绩效目标及指标逐项分析”,但只给出完成数,没有写年初目标值,无法判断是否完成"}
        for n in ["专业建设调研", "建设课程思政课程", "专业课程制作了课程视频",
                  "开发专业群内精品在线开放课程", "开展师资培训", "开展院级学生电梯技能比赛"]
    ],
    "notes": "页面未写学校名和省份;省份由域名 syzyedu.com(邵阳职业技术学院)推断,是判断。分解预算表照录(合计行整行合并)。"
             "“(1)数量指标”下是一串完成数,按列表处理为6个指标行(只有 actual,无目标值);句子重排过,"
             "指标短语照录。“确保项目实现预期目标目标与效益”的重字照录。页面在“开展院级学生电梯技能比赛1次,组织”处截断,"
             "文档也停在“组织”。",
}

# --- 3. Hubei, 湖北开放大学(据域名 hbou.edu.cn) 2022年度专项资金绩效评价通知 ----------------
GOLD["hubei-wuhan-zhuanxiangzijin-pingjiatongzhi"] = {
    "source_urls": [URL_HBOU],
    "province": "湖北省",
    "doc_kind": "专项资金绩效评价工作通知(附项目预算执行明细表)",
    "patterns": [1],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "合计预算执行率", "kind": "rate", "numerator": 14520.34, "denominator": 17758.87,
         "stated_rate": 81.76, "unit": "%"},
        {"metric": "高校学生资助专项预算执行率", "kind": "rate", "numerator": 1116.19, "denominator": 1548.447,
         "stated_rate": 72.08, "unit": "%"},
        {"metric": "高校学生资助专项预算数", "kind": "sum", "total": 1548.447, "parts": [1537.45, 11], "unit": "万元"},
        {"metric": "高校学生资助专项执行数", "kind": "sum", "total": 1116.19, "parts": [1528.47, 0], "unit": "万元"},
        {"metric": "学生资助专项-高职预算执行率", "kind": "rate", "numerator": 1528.47, "denominator": 1537.45,
         "stated_rate": 99.42, "unit": "%"},
        {"metric": "高校还本付息专项预算执行率", "kind": "rate", "numerator": 768.47, "denominator": 800.5,
         "stated_rate": 96.00, "unit": "%"},
        {"metric": "关山校区综合实训楼及图书馆建设项目预算执行率", "kind": "rate", "numerator": 1820.18,
         "denominator": 2532.46, "stated_rate": 71.87, "unit": "%"},
        {"metric": "高等教育发展专项预算执行率", "kind": "rate", "numerator": 4298.48, "denominator": 5569.46,
         "stated_rate": 77.18, "unit": "%"},
        {"metric": "高等教育发展专项预算数", "kind": "sum", "total": 5569.46, "parts": [4739.80, 829.66], "unit": "万元"},
        {"metric": "高等教育发展专项执行数", "kind": "sum", "total": 4298.48, "parts": [3500.41, 798.07], "unit": "万元"},
        {"metric": "开大教育专项预算数", "kind": "sum", "total": 4739.80,
         "parts": [4599.80, 45, 40, 10, 30, 15], "unit": "万元"},
        {"metric": "开大教育专项执行数", "kind": "sum", "total": 3500.41,
         "parts": [3416.47, 44.89, 0, 9.8, 29.25, 0], "unit": "万元"},
        {"metric": "开大教育专项预算执行率", "kind": "rate", "numerator": 3500.41, "denominator": 4739.80,
         "stated_rate": 73.85, "unit": "%"},
        {"metric": "上交国开管理费专项预算执行率", "kind": "rate", "numerator": 3416.47, "denominator": 4599.80,
         "stated_rate": 74.27, "unit": "%"},
        {"metric": "高职提质培优及双高行动计划专项预算执行率", "kind": "rate", "numerator": 798.07,
         "denominator": 829.66, "stated_rate": 96.19, "unit": "%"},
        {"metric": "监控及消防项目质保金、尾款预算执行率", "kind": "rate", "numerator": 8.6, "denominator": 8.64,
         "stated_rate": 99.54, "unit": "%"},
        {"metric": "全景演播室预算执行率", "kind": "rate", "numerator": 83.19, "denominator": 90,
         "stated_rate": 92.43, "unit": "%"},
        {"metric": "数据中心机房环控系统预算执行率", "kind": "rate", "numerator": 13.88, "denominator": 15,
         "stated_rate": 92.53, "unit": "%"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "高校学生资助专项执行数",
         "why": "小计行执行数1116.19万元,而其下两行执行数为1528.47+0=1528.47万元;预算数1,548.447与1537.45+11=1548.45只差舍入"},
    ],
    "notes": "页面未写省名,湖北由域名 hbou.edu.cn(湖北开放大学,关山校区)推断。表格照录:责任部门列向下合并"
             "(教务处3行、导学中心3行、教育技术中心4行;页面上这些行缺部门格),“合计”“(一)”“(二)”行左侧合并。"
             "预算数写法不一(1,548.447 三位小数、11、4,739.80、1116.19 无千分位)照录。页面停在第12行“图书信息中心”,"
             "文档最后一行也只到这一格;因此合计17,758.87与已列各大项之和不符是截断所致,不算发现。"
             "所有行的执行率按页面数字复算都对得上(含1116.19/1548.447=72.08%)。无指标行、无目标。",
}

# --- 4. Hunan, 怀化市住房公积金管理中心 2024年度项目支出绩效自评报告 -------------------------
GOLD["hunan-huaihua-gongjijin-zipingbaogao"] = {
    "source_urls": [URL_HUAIHUA],
    "province": "湖南省",
    "doc_kind": "项目支出绩效自评报告(住房公积金管理中心)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "项目个数", "kind": "count", "total": 28, "unit": "个",
         "text": "2024年,我单位全年共28个项目"},
    ],
    "findings": [],
    "notes": "纯文字页:封面(“单位名称:(盖章)”“(此页为封面)”)、正文标题写“项目支出绩效评价报告”而封面写“自评报告”,照录。"
             "文号缺括号(“怀财绩202532”“建金202282”“国发〔202214号”“湘建金函202081”)照录。"
             "页面停在第3个项目依据“提升政务服务标”处;文档改写了说明句、保留全部文件名与数字,最后半句照页面截断。"
             "页面内没有指标、目标或金额,故无发现。",
}

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
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


def table(d, rows, ncols):
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            v = row[j] if j < len(row) else ""
            t.cell(i, j).text = "" if v is None else str(v)
    return t


def merge(t, r1, c1, r2, c2, text=None):
    a = t.cell(r1, c1)
    b = t.cell(r2, c2)
    m = a.merge(b)
    if text is not None:
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = text
    return m


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            data = zin.read(name)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------------

def build_nantong(path):
    d = new_doc()
    para(d, "项目成果和效果报告", bold=True, center=True, size=16)
    para(d, "评估类型:实施过程项目评估-项目评估完成结果")
    para(d, "项目名称:园艺培训基地")
    para(d, "项目单位:南通农业职业技术学院(公章)")
    para(d, "江苏省教育主管部门")
    para(d, "报告时间:2009年10月15日")
    para(d, "江苏省财政厅 江苏省教育厅", center=True)
    para(d, "系统性能和效果表", bold=True, center=True, size=12)
    rows = [
        ["规划指导者", "沈建忠", "联系号码", "0513-"],
        ["性", "男性的", "工作职责", "基地主任"],
        ["单位地址", "南通市青年东路148号", "邮政编码", ""],
        ["项目的开始和结束时间", "开始时间:02007.04", "截止日期:09.04", ""],
        ["投资总额", "1050万元", "其中33,360项为专项资金。", "400万元"],
        ["实际支付金额", "1050万元", "其中33,360项为专项资金。", "400万元"],
        ["实际支出额", "1050万元", "其中33,360项为专项资金。", "400万元"],
    ]
    t = table(d, rows, 4)
    merge(t, 3, 2, 3, 3, "截止日期:09.04")
    para(d, "")
    para(d, "评价指标和分数", bold=True)
    rows = [
        ["商业评估指示器", "分数值", "得分"],
        ["1.项目启动目标的完成程度和质量", "30", "29"],
        ["2、项目目标的合理性", "10", "9"],
        ["3.项目组织和管理水平", "20", "19"],
        ["4.项目的好处", "40", "39"],
        ["总业务评估分数", "96", ""],
        ["财务评估指示器", "分数值", "得分"],
        ["1.资金的落实", "40", "40"],
        ["2、资本支出", "40", "40"],
        ["3.财务信息质量", "10", "10"],
        ["4.财务管理状况", "10", "10"],
        ["财务评价总分", "100", ""],
    ]
    t = table(d, rows, 3)
    merge(t, 5, 1, 5, 2, "96")
    merge(t, 11, 1, 11, 2, "100")
    para(d, "")
    para(d, "一、项目设定目标完成的进度和质量", bold=True)
    para(d, "1.园艺实训基地建设进展及完成情况", bold=True)
    para(d, "我院园艺实训基地于2007年6月在雪瑶校区动工,建设目的是推动教学改革、提高高技能人才的培养质量,"
            "形成“教、学、研相结合”的新型教学模式。同年,学校把该项目申报为省级高等职业培训基地资助项目。"
            "立项获批后,学校对基地建设十分重视,组建了专门的领导小组和工作小组,并订出详细的基地建设计划。"
            "项目管理上,由总裁负责专项资金的落实,招投标程序从严执行,过程监督和内部审计也从严开展。对人和财产给")
    save_deterministic(d, path)


def build_shaoyang(path):
    d = new_doc()
    para(d, "一、绩效目标分解下达情况", bold=True)
    para(d, "(一)下达特色一流专业群项目专项转移支付预算和绩效目标情况", bold=True)
    para(d, "全年总预算金额为102.8万元,主要用于专业群的专业建设、课程建设、师资培训、实训条件改善、各类竞赛等。")
    para(d, "(二)分解下达预算和绩效目标情况", bold=True)
    rows = [
        ["序号", "建设内容", "主要项目", "金额(元)"],
        ["1", "专业建设", "视频拍摄制作、论文发表版面费", "18000"],
        ["2", "课程建设", "《单片机原理及应用》和《电子技术》在线开放课程资源建设", "50000"],
        ["3", "师资培训", "参加国培、专项研修、虚拟仿真基地建设、信息技术应用能力提升、骨干教师技能等培训差旅费", "80000"],
        ["4", "实训条件改善", "实训设备拆装、网卡网管更换、设备搬运、机房维护费用", "850000"],
        ["5", "各类竞赛", "参加教学能力比赛决赛、全国职业院校技能大赛差旅费、技能竞赛耗材费用", "30000"],
        ["合计:1028000元", "", "", ""],
    ]
    t = table(d, rows, 4)
    merge(t, 6, 0, 6, 3, "合计:1028000元")
    para(d, "二、绩效目标完成情况分析", bold=True)
    para(d, "(一)资金投入情况分析", bold=True)
    para(d, "1.项目资金到位情况分析")
    para(d, "项目所需资金已全部安排到位;受疫情影响,项目未能按时实施,资金也就没能按预算执行。")
    para(d, "2.项目资金执行情况分析")
    para(d, "受疫情影响,项目资金未能按预算执行到位,实际仅支付76296元,资金使用率7.42%。")
    para(d, "3.项目资金管理情况分析")
    para(d, "项目经费按专款专用原则规范管理,注重效益,加强项目监管,确保项目实现预期目标目标与效益。")
    para(d, "(二)绩效目标完成情况分析(根据年初绩效目标及指标逐项分析)", bold=True)
    para(d, "1.产出指标完成情况分析")
    para(d, "(1)数量指标")
    para(d, "围绕一流专业群内专业人才培养方案制定、专业核心课程教学改革、教学成果奖和虚拟仿真实训基地等重点项目申报,"
            "进行专业建设调研18次;建设课程思政课程6门;14门专业课程制作了课程视频;开发专业群内精品在线开放课程6门;"
            "开展师资培训28人次;开展院级学生电梯技能比赛1次;组织")
    save_deterministic(d, path)


HBOU_ROWS = [
    ["序号", "责任部门", "项目名称", "预算数", "执行数", "预算执行率"],
    ["合计", "", "", "17,758.87", "14,520.34", "81.76%"],
    ["一", "相关部门", "高校学生资助专项", "1,548.447", "1116.19", "72.08%"],
    ["1", "学工处", "学生资助专项-高职", "1,537.45", "1528.47", "99.42%"],
    ["2", "教务处", "学生资助专项-电大", "11", "0", "0.00%"],
    ["二", "财务处", "高校还本付息专项", "800.5", "768.47", "96.00%"],
    ["三", "基建处", "高校基本建设专项-关山校区综合实训楼及图书馆建设项目", "2,532.46", "1,820.18", "71.87%"],
    ["四", "财务处", "不可预见费", "791", "0", "0.00%"],
    ["五", "相关部门", "高等教育发展专项", "5,569.46", "4,298.48", "77.18%"],
    ["(一)", "开大教育(终身、开放、成人、社区教育)专项", "", "4,739.80", "3,500.41", "73.85%"],
    ["1", "教务处", "上交国开管理费专项", "4,599.80", "3,416.47", "74.27%"],
    ["2", "", "办学评估系统", "45", "44.89", "99.76%"],
    ["3", "", "智能阅卷系统", "40", "0", "0.00%"],
    ["4", "导学中心", "开放教育工商管理模拟实验软件(网络版)", "10", "9.8", "98.00%"],
    ["5", "", "开放教育课程资源建设", "30", "29.25", "97.50%"],
    ["6", "", "直播课程平台服务", "15", "0", "0.00%"],
    ["(二)", "高职提质培优及双高行动计划专项", "", "829.66", "798.07", "96.19%"],
    ["7", "保卫处", "监控及消防项目质保金、尾款", "8.64", "8.6", "99.54%"],
    ["8", "教育技术中心", "财政电子票据系统", "39", "36", "92.31%"],
    ["9", "", "全景演播室", "90", "83.19", "92.43%"],
    ["10", "", "数据交换与共享能力提升项目", "60", "59", "98.33%"],
    ["11", "", "数据中心机房环控系统", "15", "13.88", "92.53%"],
    ["12", "图书信息中心", "", "", "", ""],
]


def build_hbou(path):
    d = new_doc()
    para(d, "关于开展2022年度专项资金绩效评价工作的紧急通知", bold=True, center=True, size=14)
    para(d, "各相关部门:")
    para(d, "省教育厅已就项目绩效自评发出紧急通知,要求开展2022年度专项资金绩效评价工作。现将有关事项通知如下:")
    para(d, "一、评价范围", bold=True)
    para(d, "1、2022年学生资助补助经费专项;")
    para(d, "2、2022年现代职业教育质量提升计划资金专项;")
    para(d, "3、学校2022年预算安排的全部项目支出。")
    para(d, "明细如下:")
    para(d, "单位:万元")
    t = table(d, HBOU_ROWS, 6)
    merge(t, 1, 0, 1, 2, "合计")
    merge(t, 9, 1, 9, 2, "开大教育(终身、开放、成人、社区教育)专项")
    merge(t, 16, 1, 16, 2, "高职提质培优及双高行动计划专项")
    merge(t, 10, 1, 12, 1, "教务处")
    merge(t, 13, 1, 15, 1, "导学中心")
    merge(t, 18, 1, 21, 1, "教育技术中心")
    save_deterministic(d, path)


def build_huaihua(path):
    d = new_doc()
    para(d, "2024年度怀化市住房公积金管理", bold=True, center=True, size=16)
    para(d, "中心项目支出绩效自评报告", bold=True, center=True, size=16)
    para(d, "")
    para(d, "单位名称:(盖章)")
    para(d, "")
    para(d, "(此页为封面)", center=True)
    d.add_page_break()
    para(d, "2024年度怀化市住房公积金管理中心", bold=True, center=True, size=14)
    para(d, "项目支出绩效评价报告", bold=True, center=True, size=14)
    para(d, "按照《怀化市财政局关于开展2024年度市级预算部门绩效自评和部门评价的通知》(怀财绩202532)的要求,"
            "为进一步规范财政资金管理、强化绩效和责任意识、提高财政资金使用效益,我单位组织开展了2024年度专项资金绩效自评,"
            "现将自评情况报告如下:")
    para(d, "一、项目概况", bold=True)
    para(d, "(一)项目基本情况", bold=True)
    para(d, "1、项目立项、资金申报的依据")
    para(d, "2024年,我单位全年共28个项目,项目立项、资金申报依据如下:")
    para(d, "1短信费用项目。实施依据:《关于加快签订12329热线坐席合同的通知》《关于推进12329热线归并管理工作的通知怀化)》"
            "《住房和城乡建设部关于加快住房公积金数字化发展的指导意见》建金202282和"
            "《住建厅关于加快推进全省住房公积金综合服务平台运营工作的通知》湘建金函202081")
    para(d, "2手机公积金APP及微信公众号渠道改造实施依据:《国务院关于加强数字政府建设的指导意见》(国发〔202214号)"
            "提出加快数字政府建设、提升数字化政务服务水平,推动线上线下融合,让更多政务服务事项做到网上办、掌上办、"
            "就近办、一次办。手机公积金APP和微信公众号是住房公积金线上服务的重要渠道,对其改造正是落实这一要求、"
            "增强住房公积金数字化服务能力的举措。")
    para(d, "3政务一件事一次办对接实施依据:依据《国务院办公厅关于加快推进一件事一次办打造政务服务升级版的指导意见》"
            "的要求,打造政务服务升级版,提升政务服务标")
    save_deterministic(d, path)


BUILDERS = {
    "jiangsu-nantong-yuanyi-shixunjidi-jixiaobaogao": build_nantong,
    "hunan-shaoyang-zhuanyequn-zipingbaogao": build_shaoyang,
    "hubei-wuhan-zhuanxiangzijin-pingjiatongzhi": build_hbou,
    "hunan-huaihua-gongjijin-zipingbaogao": build_huaihua,
}

# ---------------------------------------------------------------------------------------------
# export, annotations, check
# ---------------------------------------------------------------------------------------------

def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(stem, gold):
    pdf = os.path.join(HERE, stem + ".pdf")
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    raw = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    hay = norm(txt) + "\n" + norm(raw)
    missing = []
    for i in gold["indicators"]:
        for k in ("name", "target_text"):
            if i.get(k) and norm(i[k]) not in hay:
                missing.append((k, i[k]))
    for g in gold["goals"]:
        if norm(g["text"]) not in hay:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        item = f["item"]
        # coverage items name a missing dimension; consistency items name a metric
        if f["rule"].startswith("coverage.") or f["rule"].startswith("consistency."):
            continue
        if norm(item) not in hay:
            missing.append(("finding", item))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = False
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for stem, gold in GOLD.items():
        src = os.path.join(HERE, stem + ".docx")
        BUILDERS[stem](src)
        export_pdf(src)
        for fn in (stem + ".docx", stem + ".pdf"):
            rec = {"source": fn}
            rec.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=1)
        miss = check_pdf(stem, gold)
        if miss:
            bad = True
            print("MISSING in", stem, miss)
        totals["docs"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(gold[k])
    print(json.dumps(totals, ensure_ascii=False))
    if bad:
        sys.exit(1)
    print("all gold strings found in pdftotext output")


if __name__ == "__main__":
    main()
