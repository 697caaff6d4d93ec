# -*- coding: utf-8 -*-
"""Build part blind189: ecology/environment documents reproduced from stored public pages.

Gold first (plain Python data), then the builders (python-docx / openpyxl), then PDF export
with LibreOffice, annotation files and a text check against pdftotext output.
Run with /tmp/venv/bin/python.
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

PART = "blind189"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

# Doc 1: 浙江 嵊州 林业局履行职能目标任务分解表 (m.wnwk.com)
D1_ITEMS = [
    # (level1, level2, number, name, points_text, weight, value, unit)
    ("重点工作目标(一类目标40分)", "定量工作", "1.",
     "制订茶叶品牌建设开展规划,茶叶、香榧等品牌建设取得突破性进展,做好省“十大名茶评比前期准备工作,“皇帝牌被评为“中国出口名牌。",
     "(2023分)", 2023, None, None),
    ("重点工作目标(一类目标40分)", "定量工作", "2.",
     "做好建设林地审批工作,全年征转建设用林地202300亩。",
     "(2023分)", 2023, 202300, "亩"),
    ("重点工作目标(一类目标40分)", "定性工作", "1.",
     "茶叶物流中心结顶,推进花木交易中心建设。",
     "(2023分)", 2023, None, None),
    ("重点工作目标(一类目标40分)", "定性工作", "2.",
     "实施东部山体覆绿工程,建成2个集中连片示范基地,建设省级阔叶林开展示范面积5000亩。",
     "(2023分)", 2023, None, None),
    ("日常工作目标(二类目标32分)", None, "1.",
     "开展特色基地1.5万亩,建设茶叶、花木、香榧、雷竹、毛竹、桃形李六个现代科技示范园区;新增茶叶加工中心2023个,培育青叶市场2个,新增通过qs认证的茶叶企业2家。",
     "(4分)", 4, None, None),
    ("日常工作目标(二类目标32分)", None, "2.",
     "完成造林300亩,迹地更新202223亩,封山育林2022亩,林木抚育5.5万亩,四旁植树30万株,建设生物防火林带20公里。",
     "(4分)", 4, None, None),
    ("日常工作目标(二类目标32分)", None, "3.",
     "深化林权制度改革,完善林权证发放工作,开展林权抵押登记工作。",
     "(4分)", 4, None, None),
    ("日常工作目标(二类目标32分)", None, "4.",
     "创立省、XX市绿化示范村各1个,省级兴林富民示范村5个、XX市级示范村4个。",
     "(4分)", 4, None, None),
    ("日常工作目标(二类目标32分)", None, "5.",
     "邀请省内外专家举办茶产业研讨会,分别成立中国茶叶进出口商会嵊州分会、中国茶文化研究会嵊州分会。",
     "(4分)", 4, None, None),
    ("日常工作目标(二类目标32分)", None, "6.",
     "举办首届嵊州龙井采摘大赛和第十届嵊州龙井炒制大赛,组织参加茶叶展示展销活动2次。",
     "(4分)", 4, None, None),
    ("日常工作目标(二类目标32分)", None, "7.",
     "加强松材线虫病的防治力度,完善长效防治机制。",
     "(4分)", 4, None, None),
    ("日常工作目标(二类目标32分)", None, "8.",
     "加强森林消防工作,确保不发生重特大森林火灾。",
     "(4分)", 4, None, None),
]


def d1_indicators():
    out = []
    for l1, l2, num, name, pts, w, val, unit in D1_ITEMS:
        out.append({"level1": l1, "level2": l2, "name": name, "operator": None, "value": val,
                    "unit": unit, "target_text": num + name + pts, "actual": None,
                    "weight": w, "score": None})
    return out


DOC1 = {
    "file": "zhejiang-shengzhou-linye-mubiaorenwu-fenjiebiao.xlsx",
    "source_urls": ["https://m.wnwk.com/doc/1873303.html"],
    "province": "浙江省",
    "doc_kind": "部门履行职能目标任务分解表",
    "patterns": [1, 6, 8],
    "indicators": d1_indicators(),
    "goals": [],
    "facts": [
        {"metric": "重点工作目标(一类目标)分值", "kind": "sum", "total": 40,
         "parts": [2023, 2023, 2023, 2023], "unit": "分"},
        {"metric": "日常工作目标(二类目标)分值", "kind": "sum", "total": 32,
         "parts": [4, 4, 4, 4, 4, 4, 4, 4], "unit": "分"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "重点工作目标(一类目标)分值",
         "why": "类别标明40分,但4个子项各写“(2023分)”,合计8092分,与40分不符(原页数字疑被替换)。"},
        {"rule": "target.vague_wording",
         "item": "制订茶叶品牌建设开展规划,茶叶、香榧等品牌建设取得突破性进展,做好省“十大名茶评比前期准备工作,“皇帝牌被评为“中国出口名牌。",
         "why": "“取得突破性进展”“做好…准备工作”无可衡量的数值或标准。"},
        {"rule": "target.vague_wording", "item": "茶叶物流中心结顶,推进花木交易中心建设。",
         "why": "“推进…建设”没有完成节点或数量。"},
        {"rule": "target.vague_wording", "item": "深化林权制度改革,完善林权证发放工作,开展林权抵押登记工作。",
         "why": "“深化”“完善”“开展”均无数量、比例或时限。"},
        {"rule": "target.placeholder",
         "item": "创立省、XX市绿化示范村各1个,省级兴林富民示范村5个、XX市级示范村4个。",
         "why": "目标文字中留有“XX”占位符(地名未填)。"},
        {"rule": "target.vague_wording", "item": "加强松材线虫病的防治力度,完善长效防治机制。",
         "why": "“加强”“完善”无防治面积、成灾率等量化值。"},
    ],
    "notes": ("文库页(第一文库网式页面)把表格单元格连成文本。表头只见“表格编号/填表日期/填表人/管理部门/审核人/批准人”"
              "与“自评分(理由及依据)”“考核得分”“备注”,前三列没有表头文字,照此留空。"
              "原页“(2023分)”在第1页末被截为“(20”与第2页“23分)”,此处合并为一个单元格内的“(2023分)”。"
              "“202223年度”“202300亩”“2023个”“202223亩”“2022亩”等疑为站点把数字替换成年份的错字,按原样保留。"
              "分值写在目标文字末尾括号内,未另设分值列;weight取括号内数字。页面止于“备注 第2页 共2页”。"
              "省份由“嵊州分会”“嵊州龙井”等判断为浙江省(绍兴市嵊州市)。"),
}

# Doc 2: 省级生态县 / 环保模范县 建设指标对照 (m.daumloan.com) - province not named
SPAM = ("of rural drinking water sources, protection of drinking water sources in rural areas by the end of the "
        "delimitation of the scope of protection, complete with warning signs, isolating network protection facilities")
D2_ROWS = [
    # (seq, left_name, unit, left_req, right_name, right_req, task)
    ("", "", "", "", "要工业污染物排放强度", "<全省平均水平,且近三年逐年下降", ""),
    (",", "二氧化硫〔SO2〕排放强度", "千克/万元〔GDP〕", "< 且完成上级下达的目标任务",
     "单位工业增加值主要工业污染物排放强度", "<全省平均水平,且近三年逐年下降", ""),
    ("7", "氨氮〔N-NH3〕排放强度", "千克/万元〔GDP〕", "< 且完成上级下达的目标任务",
     "单位工业增加值主要工业污染物排放强度", "<全省平均水平,且近三年逐年下降", ""),
    ("8", "氮氧化物〔NOX〕排放强度", "千克/万元〔GDP〕", "< 且完成上级下达的",
     "单位工业增加值主要工业污染物排放强度", "<全省平均水平,且近三年逐年下降", ""),
]
D2_ROWS_B = [
    ("9", "城市生活污水集中处理率", "%", "≥70", "城市生活污水集中处理率", "≥85%", ""),
    ("", "乡镇建成区生活污水集中处理率", "", "≥50", None, None, None),  # right side merged with row above
    ("10", "城镇生活垃圾无害化处理率", "%", "≥80", "生活垃圾无害化处理率", "≥90%", ""),
    ("11", "工业固体废物处置利用率", "%", "≥90 且无危险废物排放", "工业固体废物处置利用率", "≥90%", ""),
    ("12", "工业企业污染物排放稳定达标率", "%", "≥90", "重点工业企业污染物排放稳定达标率", "大于98%", ""),
    ("13", "应当实施清洁生产企", "", "", "", "", ""),
]
L1 = "省级生态县建设指标"
R1 = "省级环保模范县建设指标"


def _ind(l1, name, op, val, unit, tt):
    return {"level1": l1, "level2": None, "name": name, "operator": op, "value": val, "unit": unit,
            "target_text": tt, "actual": None, "weight": None, "score": None}


DOC2 = {
    "file": "weizhu-shengtaixian-mofanxian-jianshezhibiao.docx",
    "source_urls": ["https://m.daumloan.com/p-652583879.html"],
    "province": None,
    "doc_kind": "生态县/环保模范县建设指标对照表",
    "patterns": [2, 3, 6],
    "indicators": [
        _ind(R1, "要工业污染物排放强度", "<", None, None, "<全省平均水平,且近三年逐年下降"),
        _ind(L1, "二氧化硫〔SO2〕排放强度", "<", None, "千克/万元〔GDP〕", "< 且完成上级下达的目标任务"),
        _ind(R1, "单位工业增加值主要工业污染物排放强度", "<", None, None, "<全省平均水平,且近三年逐年下降"),
        _ind(L1, "氨氮〔N-NH3〕排放强度", "<", None, "千克/万元〔GDP〕", "< 且完成上级下达的目标任务"),
        _ind(R1, "单位工业增加值主要工业污染物排放强度", "<", None, None, "<全省平均水平,且近三年逐年下降"),
        _ind(L1, "氮氧化物〔NOX〕排放强度", "<", None, "千克/万元〔GDP〕", "< 且完成上级下达的"),
        _ind(R1, "单位工业增加值主要工业污染物排放强度", "<", None, None, "<全省平均水平,且近三年逐年下降"),
        _ind(L1, "城市生活污水集中处理率", ">=", 70, "%", "≥70"),
        _ind(R1, "城市生活污水集中处理率", ">=", 85, "%", "≥85%"),
        _ind(L1, "乡镇建成区生活污水集中处理率", ">=", 50, None, "≥50"),
        _ind(L1, "城镇生活垃圾无害化处理率", ">=", 80, "%", "≥80"),
        _ind(R1, "生活垃圾无害化处理率", ">=", 90, "%", "≥90%"),
        _ind(L1, "工业固体废物处置利用率", ">=", 90, "%", "≥90 且无危险废物排放"),
        _ind(R1, "工业固体废物处置利用率", ">=", 90, "%", "≥90%"),
        _ind(L1, "工业企业污染物排放稳定达标率", ">=", 90, "%", "≥90"),
        _ind(R1, "重点工业企业污染物排放稳定达标率", ">", 98, "%", "大于98%"),
        _ind(L1, "应当实施清洁生产企", None, None, None, None),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "二氧化硫〔SO2〕排放强度",
         "why": "指标要求只写“<”,没有数值(其后是“且完成上级下达的目标任务”)。"},
        {"rule": "target.missing_value", "item": "氨氮〔N-NH3〕排放强度",
         "why": "指标要求只有运算符“<”,数值缺失。"},
        {"rule": "target.missing_value", "item": "氮氧化物〔NOX〕排放强度",
         "why": "指标要求只有“<”,数值缺失,且“目标任务”字样也残缺。"},
        {"rule": "target.duplicate", "item": "单位工业增加值主要工业污染物排放强度",
         "why": "右半表连续三行同名同值(“<全省平均水平,且近三年逐年下降”),分不清各对应哪种污染物。"},
        {"rule": "target.missing_unit", "item": "乡镇建成区生活污水集中处理率",
         "why": "“≥50”所在行的单位格为空,未写%。"},
    ],
    "notes": ("文档分享站(daumloan)页面:表格单元格被压成文本,并夹着重复的英文垃圾段落,照页面保留为段落。"
              "页面从上一行的残段“要工业污染物排放强度 <全省平均水平,且近三年逐年下降”开始,故首行为截断行;"
              "二氧化硫一行的序号格在页面上只见“,”,照写。英文段落之后表头(两半:省级生态县建设指标│省级环保模范县建设指标,"
              "序号/指标名称/单位/指标要求/指标名称/指标要求/目标任务)再次出现,按“表头在表中间重复”处理。"
              "“乡镇建成区生活污水集中处理率 ≥50”视为9号的第二子行,右半格与上一行合并。"
              "页面止于“13 应当实施清洁生产企”。页面未写省份与文件名称,province留空。"
              "左右两半分别作为指标行,level1取两半的表头。“目标任务”列在页面上全为空。"),
}

# Doc 3: 生活垃圾分类实效综合考评细则 (m.1wenmi.com) - province not named
D3_GROUP1 = [
    ("居住区(含行政村)源头分类投放实效管理达标。", 40,
     "本项满分40分,按照居住区测评平均分进行折算。得分二平均分*40%。达标为90分,增设一票否决项。"),
    ("单位分类实效管理达标", 12,
     "单位和一般公共场所满分12分,按照单位测评平均分进行折算。得分二平均分*12%0达标为90分。"),
    ("沿街商铺和道路等公共场所分类实效管理达标。", 6,
     "本项满分6分,按照沿街商铺和市政道路等公共场所测评结果进行折算,得分二平均分*6%o"),
    ("可回收物中转站建设和管理达标", 2,
     "本项满分2分,按照中转站测评结果进行折算,得分二平均分*2%。"),
]
D3_L1A = "常效评分日实测60"
D3_L2A = "居住区、单位、沿街商铺分类实效和可回收物体系建设(中转站)"


def d3_indicators():
    out = []
    for name, w, _std in D3_GROUP1:
        out.append({"level1": D3_L1A, "level2": D3_L2A, "name": name, "operator": None, "value": None,
                    "unit": None, "target_text": None, "actual": None, "weight": w, "score": None})
    out.append({"level1": "社会评价10分", "level2": "人大代表与政协委员评价",
                "name": "各类主体对辖区内生活垃圾分类推进情况、基层社会治理作用发挥情况的评价。",
                "operator": None, "value": None, "unit": None, "target_text": None, "actual": None,
                "weight": 10, "score": None})
    out.append({"level1": "分联考核分区减办核30", "level2": "垃圾分类量指标完成情况14分",
                "name": "村居、单位实效达标率", "operator": None, "value": None, "unit": None,
                "target_text": None, "actual": None, "weight": 4, "score": None})
    return out


DOC3 = {
    "file": "weizhu-lajifenlei-shixiao-kaoping-xize.docx",
    "source_urls": ["https://m.1wenmi.com/doc/105942.html"],
    "province": None,
    "doc_kind": "考评细则(评分表)",
    "patterns": [1, 5],
    "indicators": d3_indicators(),
    "goals": [],
    "facts": [
        {"metric": "常效评分日实测分值", "kind": "sum", "total": 60, "parts": [40, 12, 6, 2], "unit": "分"},
    ],
    "findings": [],
    "notes": ("文库页(第壹文秘)把两页DOCX的表格压成文本;此处只重建文档正文,不含网站的上传人/文档编号等外框。"
              "表头:序号/考核项目/考核内容/考核分值/评分标准/考核方式;考核项目跨两列(“常效评分日实测60”与"
              "“居住区、单位、沿街商铺分类实效和可回收物体系建设(中转站)”)。“得分二平均分”“*12%0”“*6%o”是原页的错字/怪符,照抄。"
              "“随手拍”一句接在人大代表与政协委员评价的评分标准之后,未单列为行。第3项“分联考核分区减办核30”为原页乱序文字,照抄;"
              "页面止于“每低于达标率”。各行没有目标值,只有分值,target_text为null。页面未写省份,province留空"
              "(用语“街镇”“随手拍”近似上海,但不作断定)。"),
}

# Doc 4: 山东 环境监控系统运行维护资金绩效评价报告 (czt.shandong.gov.cn) - prose
DOC4 = {
    "file": "shandong-shengji-huanjingjiankong-yunwei-pingjiabaogao.docx",
    "source_urls": ["http://czt.shandong.gov.cn/art/2022/12/30/art_10604_10311852.html"],
    "province": "山东省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "环境监控系统运维项目预算", "kind": "sum", "total": 6247, "parts": [6153.65, 93.35],
         "unit": "万元"},
        {"metric": "预算执行率", "kind": "rate", "planned": 6247, "actual": 6153.65, "stated_rate": 98.5,
         "unit": "%"},
    ],
    "findings": [],
    "notes": ("省财政厅“预算绩效信息公开”栏目页面,报告正文叙述改写为自己的话,数字、文号、机构名照原文。"
              "页面止于表1的第4个支出子项(省控县级空气站运营服务费);文中说共7项内容、9个子项,但存页只到第4子项。"
              "6247=6153.65+93.35,6153.65/6247=98.5%,均自洽。"),
}

# Doc 5: 四川 泸县 生活垃圾填埋场抢险救灾工程经费 自评报告 - prose
D5_GOAL = ("泸县生活垃圾填埋场抢险救灾工程经费用于购买一套日处理能力为250t/d的STRO应急一体化设备、"
           "新增一座20000m³的应急池,配套建设道路、绿化及其附属配套设施设备。")
DOC5 = {
    "file": "sichuan-luxian-lajitianmaichang-zipingbaogao.docx",
    "source_urls": ["http://123.56.154.50:9104/zwgk/fdzdgknr/qtfdxx/czzj/czzjsy/content_291917"],
    "province": "四川省",
    "doc_kind": "项目支出绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "绩效目标", "text": D5_GOAL}],
    "facts": [
        {"metric": "项目资金到位", "kind": "rate", "planned": 1000, "actual": 1000, "stated_rate": None,
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.budget_text", "item": D5_GOAL,
         "why": "绩效目标只复述“经费用于购买/新建/配套”什么,没有处理量、达标率等产出或效果。"},
    ],
    "notes": ("泸县政府网站(IP地址访问)财政资金使用栏目页面;存页从“一、项目概况”开始,没有标题,止于"
              "“二(二)1.资金计划及时到位”一段。叙述改写为自己的话,数字与文号照原文;绩效目标句为短句,原样保留。"),
}

DOCS = [DOC1, DOC2, DOC3, DOC4, DOC5]

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
FIXED_DT = "2024-01-01T00:00:00Z"


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        buf = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = buf.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_DT, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_DT, txt)
            buf = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, buf)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# DOCX builders
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402
import datetime  # noqa: E402


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = "blind189"
    cp.last_modified_by = "blind189"
    cp.created = datetime.datetime(2024, 1, 1)
    cp.modified = datetime.datetime(2024, 1, 1)
    cp.revision = 1
    for s in d.sections:
        s.left_margin = Cm(2)
        s.right_margin = Cm(2)
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


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


D2_WIDTHS = [Cm(1.0), Cm(3.4), Cm(2.3), Cm(2.6), Cm(3.2), Cm(2.6), Cm(1.9)]


def set_widths(t, widths):
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w


def build_doc2(path):
    d = new_doc()
    para(d, "of rural drinking water sources, protection of drinking water sources in rural areas by th")
    t = d.add_table(rows=len(D2_ROWS), cols=7)
    t.style = "Table Grid"
    for i, row in enumerate(D2_ROWS):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v)
    set_widths(t, D2_WIDTHS)
    para(d, " ".join([SPAM] * 3))
    # header repeated in the middle of the table (new table block after the junk paragraph)
    nb = 2 + len(D2_ROWS_B)
    t2 = d.add_table(rows=nb, cols=7)
    t2.style = "Table Grid"
    a = t2.cell(0, 0).merge(t2.cell(0, 3))
    set_cell(a, L1, bold=True)
    b = t2.cell(0, 4).merge(t2.cell(0, 6))
    set_cell(b, R1, bold=True)
    for j, h in enumerate(["序号", "指标名称", "单位", "指标要求", "指标名称", "指标要求", "目标任务"]):
        set_cell(t2.cell(1, j), h, bold=True)
    for i, row in enumerate(D2_ROWS_B):
        r = i + 2
        for j, v in enumerate(row):
            if v is None:
                continue
            set_cell(t2.cell(r, j), v)
    # row "9" has a second sub-row: merge 序号 and the right half downwards
    r9 = 2
    m = t2.cell(r9, 0).merge(t2.cell(r9 + 1, 0))
    set_cell(m, "9")
    for j in (4, 5, 6):
        top_text = D2_ROWS_B[0][j]
        m = t2.cell(r9, j).merge(t2.cell(r9 + 1, j))
        set_cell(m, top_text)
    set_widths(t2, D2_WIDTHS)
    d.save(path)


def build_doc3(path):
    d = new_doc()
    para(d, "生活垃圾分类实效综合考评细则", bold=True, center=True, size=14)
    n = 1 + len(D3_GROUP1) + 2
    t = d.add_table(rows=n, cols=7)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "序号", bold=True)
    h = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(h, "考核项目", bold=True)
    for j, txt in ((3, "考核内容"), (4, "考核分值"), (5, "评分标准"), (6, "考核方式")):
        set_cell(t.cell(0, j), txt, bold=True)
    r0 = 1
    for i, (name, w, std) in enumerate(D3_GROUP1):
        set_cell(t.cell(r0 + i, 3), name)
        set_cell(t.cell(r0 + i, 4), str(w))
        set_cell(t.cell(r0 + i, 5), std)
    last = r0 + len(D3_GROUP1) - 1
    for j, txt in ((0, "1"), (1, D3_L1A), (2, D3_L2A), (6, "实地检查")):
        m = t.cell(r0, j).merge(t.cell(last, j))
        set_cell(m, txt)
    r = last + 1
    vals = ["2", "社会评价10分", "人大代表与政协委员评价",
            "各类主体对辖区内生活垃圾分类推进情况、基层社会治理作用发挥情况的评价。", "10",
            "本项满分10分,通过问卷调查评价得出相应街镇得分,不同评价主体的有效问卷权重相等,计入最终得分。"
            "通过市民“随手拍”平台的有效举报统计,按照街镇户数发生率划档评分。", "问卷及平台调查"]
    for j, v in enumerate(vals):
        set_cell(t.cell(r, j), v)
    r += 1
    vals = ["3", "分联考核分区减办核30", "垃圾分类量指标完成情况14分", "村居、单位实效达标率", "4", "每低于达标率", ""]
    for j, v in enumerate(vals):
        set_cell(t.cell(r, j), v)
    d.save(path)


def build_doc4(path):
    d = new_doc()
    para(d, "2021年环境监控系统运行维护资金绩效评价报告", bold=True, center=True, size=14)
    para(d, "发布日期:2022-12-30 15:14", center=True, size=9)
    para(d, "一、项目基本情况", bold=True)
    para(d, "(一)立项背景及实施目的", bold=True)
    para(d, "2007年,省生态环境厅(原山东省环保局)与省财政厅联合印发《山东省环境自动监测系统建设运营管理意见》"
            "(鲁环发〔2007〕94号),全省环境自动监控系统由此开始建设,全省生态环境质量监测由省生态环境监测中心承担。"
            "此后监控站点逐年增多、数据质量要求不断提高,监测中心自有人员已难以完成运维工作,需要委托专业的社会化运维机构。"
            "为此,省生态环境厅自2020年起设立环境监控系统运行维护预算项目,专门保障监测中心所承担的水、空气等监控系统的运维支出。")
    para(d, "(二)项目预算安排和预算支出情况", bold=True)
    para(d, "2021年,省财政厅为省生态环境厅批复环境监控系统运维项目预算6247万元;全年实际支出6153.65万元,"
            "预算执行率为98.5%;未用完的结余资金93.35万元已于当年由省财政厅收回。")
    para(d, "近几年经过调整整合,该运维项目目前共有7项内容、9个子项,具体见下表。")
    para(d, "表1:项目实施内容明细表", center=True)
    rows = [
        ("1.水质监控系统运维", "(1)水质自动监测站运维", "对29个水质自动监测站实施运维。"),
        (None, "(2)市级饮用水源地水质自动监测站运行补助", "对21个市级饮用水源地水质自动监测站给予运行费补助。"),
        ("2.空气监控系统运维", "(3)设区市城市空气自动测站TO模式运营服务费", "通过政府购买服务程序,向3家供应商购买空气质量监测数据。"),
        (None, "(4)省控县级空气站运营服务费", "通过政府购买服务程序,确定4家供应商对省控县级站实施运维。"),
    ]
    t = d.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    for j, hh in enumerate(["项目名称", "支出子项", "实施内容"]):
        set_cell(t.cell(0, j), hh, bold=True)
    for i, (a, b, c) in enumerate(rows):
        if a is not None:
            set_cell(t.cell(i + 1, 0), a)
        set_cell(t.cell(i + 1, 1), b)
        set_cell(t.cell(i + 1, 2), c)
    m = t.cell(1, 0).merge(t.cell(2, 0))
    set_cell(m, rows[0][0])
    m = t.cell(3, 0).merge(t.cell(4, 0))
    set_cell(m, rows[2][0])
    d.save(path)


def build_doc5(path):
    d = new_doc()
    para(d, "一、项目概况", bold=True)
    para(d, "(一)项目基本情况", bold=True)
    para(d, "泸县城市生活垃圾填埋场位于泸县得胜镇得胜村十一组,2007年7月建成投运,承担县城和大部分乡镇生活垃圾的填埋处理。"
            "近几年进场垃圾量偏大,渗滤液产生量持续上升,原有设备已无法把渗滤液量降下来;库区渗滤液液位长期偏高,"
            "1万方调节池容量也不够,渗滤液外泄的环境风险较高。2019年9月,省环保督查组现场检查时要求加快处理渗滤液、"
            "防止外泄。同年10月,县政府研究决定立即对填埋场实施临时封场,尽快降低调节池和库区液位,并采购一套日处理能力为"
            "250t/d的STRO应急一体化设备用于应急抢险,同时新建一座20000m³的应急池,配套建设道路、绿化及附属设施设备。"
            "目前该填埋场渗滤液日处理量约为300t/d。")
    para(d, "(二)项目绩效目标。", bold=True)
    para(d, D5_GOAL)
    para(d, "(三)项目自评步骤及方法", bold=True)
    para(d, "按照《泸县财政局关于开展2020年财政支出绩效评价工作的通知》泸县财监[2021]6号文件的要求,单位及时组建自评小组,"
            "按计划、有步骤地开展本次自评。自评小组对照项目支出绩效评价指标体系,对申报内容、实施情况、资金兑现、财务管理、"
            "社会效益等方面逐项进行考核评价。")
    para(d, "二、项目资金申报及使用情况", bold=True)
    para(d, "(一)项目资金申报及批复情况。", bold=True)
    para(d, "泸县生活垃圾填埋场抢险救灾工程经费共1000万元,资金已及时批复到位。")
    para(d, "(二)资金计划、到位及使用情况。", bold=True)
    para(d, "1.资金计划及时到位。该项目资金计划1000万元,截至2020年底实际到位1000万元,到位资金均为中央财政资金。")
    d.save(path)


# ---------------------------------------------------------------------------
# XLSX builder (doc 1)
# ---------------------------------------------------------------------------
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402


def build_doc1(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "林业局"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    widths = {"A": 14, "B": 8, "C": 60, "D": 16, "E": 9}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:E1")
    ws["A1"] = "林业局履行职能目标任务分解表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "表格编号:"
    ws["C2"] = "填表日期:"
    ws["D2"] = "填表人:"
    ws["A3"] = "管理部门:"
    ws["C3"] = "审核人:"
    ws["D3"] = "批准人:"
    ws.merge_cells("A4:E4")
    ws["A4"] = "202223年度各部门履行职能目标任务分解表(林业局)"
    ws["A4"].font = Font(bold=True, size=12)
    ws["A4"].alignment = Alignment(horizontal="center")
    ws["D5"] = "自评分(理由及依据)"
    ws["E5"] = "考核得分"
    r = 6
    for l1, l2, num, name, pts, w, val, unit in D1_ITEMS:
        ws.cell(row=r, column=3, value=num + name + pts)
        r += 1
    # label columns merged down
    ws.merge_cells("A6:A9")
    ws["A6"] = "重点工作目标(一类目标40分)"
    ws.merge_cells("B6:B7")
    ws["B6"] = "定量工作"
    ws.merge_cells("B8:B9")
    ws["B8"] = "定性工作"
    ws.merge_cells("A10:B17")
    ws["A10"] = "日常工作目标(二类目标32分)"
    ws["A18"] = "备注"
    ws.merge_cells("B18:E18")
    ws.merge_cells("A19:E19")
    ws["A19"] = "第2页 共2页"
    ws["A19"].alignment = Alignment(horizontal="center")
    for row in ws.iter_rows(min_row=5, max_row=18, min_col=1, max_col=5):
        for c in row:
            c.border = border
            c.alignment = wrap
    for rr in range(6, 18):
        ws.row_dimensions[rr].height = 45
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind189"
    wb.properties.lastModifiedBy = "blind189"
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    wb.save(path)


BUILDERS = {DOC1["file"]: build_doc1, DOC2["file"]: build_doc2, DOC3["file"]: build_doc3,
            DOC4["file"]: build_doc4, DOC5["file"]: build_doc5}


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def gold_for(doc, source):
    g = {k: doc[k] for k in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals",
                             "facts", "findings", "notes")}
    out = {"source": source}
    out.update(g)
    return out


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(doc, pdf):
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    txt2 = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    hay = [squash(txt), squash(txt2)]
    need = []
    for ind in doc["indicators"]:
        need.append(("name", ind["name"]))
        if ind["target_text"]:
            need.append(("target", ind["target_text"]))
    for g in doc["goals"]:
        need.append(("goal", g["text"]))
    for f in doc["findings"]:
        if f["rule"].startswith("consistency."):
            continue  # item is a metric name, not document text
        need.append(("finding", f["item"]))
    missing = [(k, v) for k, v in need if not any(squash(v) in h for h in hay)]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        BUILDERS[doc["file"]](path)
        normalize_zip(path)
        pdf = to_pdf(path)
        for src in (doc["file"], os.path.basename(pdf)):
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold_for(doc, src), f, ensure_ascii=False, indent=1)
        missing = check(doc, pdf)
        status = "ok" if not missing else "MISSING %d" % len(missing)
        print("%-60s %s" % (doc["file"], status))
        for k, v in missing:
            print("    missing", k, v)
        bad += len(missing)
    tot = {"docs": len(DOCS), "indicators": sum(len(d["indicators"]) for d in DOCS),
           "goals": sum(len(d["goals"]) for d in DOCS), "findings": sum(len(d["findings"]) for d in DOCS),
           "facts": sum(len(d["facts"]) for d in DOCS)}
    print("totals", json.dumps(tot, ensure_ascii=False))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
