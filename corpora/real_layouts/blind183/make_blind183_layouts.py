# -*- coding: utf-8 -*-
"""blind183: real-layout part (culture, sports, tourism, media).

Gold first (plain Python data), then the builders.  Run with /tmp/venv/bin/python.
Builds DOCX files, exports PDFs with LibreOffice (own profile), writes
annotations/<file>.json for each DOCX and each PDF, and checks that every
indicator name, target text, goal text and finding item (except the names of
missing dimensions, which by nature are absent) appears in the pdftotext output.
"""
import io
import json
import os
import re
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
PART = "blind183"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text, actual=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {}

# 1. national: news copy of the 2024 旅游发展基金 整体绩效目标 -------------------
GOLD["guojia-caizhengbu-lvyoufazhanjijin-jixiaomubiao"] = {
    "source_urls": ["http://115.28.173.233/articles/68265"],
    "province": "全国",
    "doc_kind": "绩效目标表(新闻转述)",
    "patterns": [6],
    "indicators": [
        ind("产出指标", None, "旅游公共服务水平提升的A级旅游景区个数", ">=", 300, "个", "≥300个"),
        ind("产出指标", None, "宣传推广旅游景区、旅游度假区、旅游休闲城市和街区个数", ">=", 90, "个", "≥90个"),
        ind("产出指标", None, "宣传品制作数量", ">=", 10, "万件(册)", "≥10万件(册)"),
        ind("产出指标", None, "支持旅游业转型升级融合发展和旅游业产品创新的项目个数", ">=", 15, "个", "≥15个"),
        ind("产出指标", None, "举办旅游消费促进活动场次", ">=", 130, "场", "≥130场"),
        ind(None, None, "A级旅游景区数据监测覆盖率", ">=", 90, "%", "≥90%"),
        ind(None, None, "全国大中城市旅游集散中心覆盖率", ">=", 95, "%", "≥95%"),
        ind(None, None, "景区公共信息服务、引导标识服务覆盖率", ">=", 95, "%", "≥95%"),
    ],
    "goals": [
        {"kind": "总体目标",
         "text": "支持地方提升旅游公共服务水平,加强旅游宣传推广,推进旅游业转型升级融合发展,促进文化和旅游消费,推动旅游业高质量发展"},
    ],
    "facts": [
        {"metric": "2024年旅游发展基金补助地方项目资金", "kind": "amount", "total": 96729,
         "parts": [], "unit": "万元"},
        {"metric": "四川项目资金预算额度", "kind": "amount", "total": 7683, "parts": [], "unit": "万元"},
        {"metric": "广西项目资金预算额度", "kind": "amount", "total": 6101, "parts": [], "unit": "万元"},
        {"metric": "山东(不含青岛)项目资金预算额度", "kind": "amount", "total": 5030, "parts": [], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified",
         "item": "支持地方提升旅游公共服务水平,加强旅游宣传推广,推进旅游业转型升级融合发展,促进文化和旅游消费,推动旅游业高质量发展",
         "why": "the purpose/goal sentence is a chain of 提升/加强/推进/促进/推动 with no number or baseline (the numbers sit only in the indicator list)"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "the text reports only 产出-side requirements (counts and coverage rates); no 效益 indicator is given"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no 满意度 indicator (e.g. 游客满意度) is given"},
    ],
    "notes": ("News article (人民日报 via 中国政府采购报 site) summarising the 整体绩效目标表 of the 2024 旅游发展基金补助地方项目资金. "
              "Indicators are written in running text with name and target fused ('…个数≥300个'); split at the operator. "
              "The first five are introduced by '在产出指标方面' so level1=产出指标; the three coverage rates follow in a new "
              "sentence ('同时要求…') with no level named, so level1=null (they are probably 产出/质量, a judgement left open). "
              "Long sentences reworded; all numbers kept. Stored page ends inside the newspaper's subscription blurb "
              "(rebuilt as a cut fragment)."),
}

# 2. Anhui 固镇: evaluation self-report with scored rows in headings -------------
GOLD["anhui-bengbu-guzhen-wenhuaminshenggongcheng-zipingbaogao"] = {
    "source_urls": ["https://www.guzhen.gov.cn/gzdt/tzgg/81008921.html"],
    "province": "安徽省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [
        ind(None, None, "投入", None, None, None, None, None, 25, 25),
        ind("投入", None, "保障机制", None, None, None, None, None, 17, None),
        ind("投入", "保障机制", "规划编制", None, None, None, None, None, 4, None),
        ind("投入", "保障机制", "组织协调", None, None, None, None, None, 4, None),
    ],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("民生工程 self-evaluation written against the Anhui 公共文化场馆免费开放 / 农村文化建设专项补助 evaluation "
              "indicator frames. The score rows are headings in prose: '(一)投入(25分,自评得分25分)', "
              "'(1)保障机制(17分)', '1、规划编制(4分)', '2、组织协调(4分)'; they are recorded as indicator rows with weight "
              "(and score where stated). The nesting 投入 > 保障机制 > 规划编制 is mapped to level1/level2 as a judgement. "
              "Only 投入 carries a self-score. The stored page stops inside the 组织协调 paragraph (cut word '建' kept), "
              "so the remaining 投入 items, 过程/产出/效果 and the 农村文化建设 part are missing; no goal statement and "
              "no finding are recorded for the part present."),
}

# 3. Yunnan 怒江: budget note with 西新工程 output targets -------------------------
GOLD["yunnan-nujiang-guangbodianshitai-zhongdianxiangmu-jixiaomubiao"] = {
    "source_urls": ["https://www.nujiang.gov.cn/xxgk/015279120/info/2019-01521.html"],
    "province": "云南省",
    "doc_kind": "重点项目预算绩效目标说明",
    "patterns": [6],
    "indicators": [
        ind(None, None, "采制和翻译播出《傈僳语怒广新闻》", None, 1800, "条", "1800条"),
        ind(None, None, "《傈僳语央广新闻》", None, 800, "条", "800条"),
        ind(None, None, "翻译播出《傈僳语怒江新闻》", None, 1800, "条", "1800条"),
    ],
    "goals": [
        {"kind": "绩效目标", "text": "给当地的少数民族群众带来更好的视听享受"},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": "给当地的少数民族群众带来更好的视听享受",
         "why": "purpose stated with 更好 and no measurable level; the counts that follow are outputs, not the effect"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "only output counts (条) are listed in the document as built; the stored page stops mid-list, so the source may go on"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no satisfaction target in the document as built (same caveat: page stops mid-list)"},
    ],
    "notes": ("怒江州广播电视台 supplementary note to its 2018 budget disclosure: 名词解释 (7 definitions, reworded) and "
              "'重点项目预算绩效目标评价' for the 西新工程 少数民族语言节目译制. Targets are a ';'-separated list in one "
              "sentence, name and value fused, bare numbers (no operator) with unit 条. The second item carries no verb "
              "of its own (it inherits '采制和翻译播出' from the first); name kept as written. The stored page stops "
              "after the third item ('…1800条;'). The metadata block (索引号/发文机构/公开目录/主题分类/文号/发文日期) "
              "is rebuilt as a small table with its empty cells."),
}

# 4. Hunan 永兴: media cooperation self-report (prose) ---------------------------
GOLD["hunan-chenzhou-yongxing-zhuliumeiti-zhanluehezuo-zipingbaogao"] = {
    "source_urls": ["http://yxx.gov.cn/gzdt/rdzt/53916/53921/54423/54441/54445/content_3037108.html"],
    "province": "湖南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "总体目标",
         "text": "通过开展战略合作,在主流媒体刊发我县经济社会发展的新闻稿件,提高永兴的知名度与美誉度。"},
        {"kind": "阶段性目标",
         "text": "全年在中央、省、市主流媒体上稿超过120篇,且上稿量较去年增加20%,在中央、省、市媒体发出永兴声音,展示永兴形象。"},
    ],
    "facts": [
        {"metric": "战略合作经费", "kind": "sum", "total": 163.69,
         "parts": [33.69, 40, 40, 15, 15, 15], "unit": "万"},
        {"metric": "计划到位资金", "kind": "amount", "total": 163.69, "parts": [], "unit": "万元"},
        {"metric": "实际到位资金", "kind": "amount", "total": 143.69, "parts": [], "unit": "万元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "战略合作经费",
         "why": "163.69万 stated as the total, but the listed partners add up to 33.69+40+40+15+15+15 = 158.69万 (5万 short)"},
        {"rule": "goal.unquantified",
         "item": "通过开展战略合作,在主流媒体刊发我县经济社会发展的新闻稿件,提高永兴的知名度与美誉度。",
         "why": "总目标 says 提高…知名度与美誉度 with no measure or baseline"},
        {"rule": "goal.unmeasured",
         "item": "全年在中央、省、市主流媒体上稿超过120篇,且上稿量较去年增加20%,在中央、省、市媒体发出永兴声音,展示永兴形象。",
         "why": "the quantified stage goal (>120篇, +20%) has no indicator row in the document as built; the 附表 the text refers to is beyond the stored page"},
    ],
    "notes": ("县委宣传部 self-evaluation of 2018 payments to mainstream media (郴州电视台, 湖南日报, 郴州日报, 中新社, 新华社, "
              "华声在线). Title keeps the stray '8' ('战略合作8资金'). Funds and goals in prose; no indicator table in the "
              "stored part. Planned 163.69万元 vs received 143.69万元 is recorded as facts (no rate stated). Page stops in "
              "'二是公正公开原则…依法公开'. Evaluation-purpose and principle paragraphs reworded."),
}

# 5. Chongqing 丰都: 融媒体中心 project-wide self-report (prose) -------------------
GOLD["chongqing-fengdu-rongmeitizhongxin-xiangmuzhengti-zipingbaogao"] = {
    "source_urls": ["https://www.cqfd.gov.cn/zwgk_200/fdzdgknr/czyjs/xzyjs/202306/t20230620_12081213.html"],
    "province": "重庆市",
    "doc_kind": "项目整体绩效自评报告",
    "patterns": [],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标",
         "text": "2022年主要绩效目标是扎实开展新闻宣传,凝聚奋斗“十四五”、奋进新征程的强大力量。"},
        {"kind": "绩效目标", "text": "突出主题宣传"},
    ],
    "facts": [
        {"metric": "2022年年初项目预算", "kind": "amount", "total": 899.7, "parts": [], "unit": "万元"},
        {"metric": "实际到账支付", "kind": "amount", "total": 462.4, "parts": [], "unit": "万元"},
        {"metric": "以前年度项目结转资金到账支付", "kind": "amount", "total": 243.49, "parts": [], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified",
         "item": "2022年主要绩效目标是扎实开展新闻宣传,凝聚奋斗“十四五”、奋进新征程的强大力量。",
         "why": "the annual goal names an activity and a slogan; no quantity, deadline or measurable result"},
        {"rule": "goal.unquantified", "item": "突出主题宣传",
         "why": "sub-goal lists columns and series to be run but sets no count or reach"},
    ],
    "notes": ("丰都县融媒体中心 2022 自评报告 as published by 丰都县财政局. The page shows the metadata block twice "
              "(desktop table with [ ] labels, then a one-column mobile list including an empty [ 有效性 ]); both kept. "
              "Layout slip kept: the word '意义,' displaced from '“两个确立”的决定性意义' to the next heading "
              "'(二)项目资金情况。意义,'. Funds: 899.7万元 budget, 462.4万元 paid, 243.49万元 carry-over paid (no rate "
              "stated, so no rate fact). Column and series names kept verbatim. Stored page stops inside the list of "
              "columns after '决战脱贫攻坚”'."),
}

ORDER = [
    "guojia-caizhengbu-lvyoufazhanjijin-jixiaomubiao",
    "anhui-bengbu-guzhen-wenhuaminshenggongcheng-zipingbaogao",
    "yunnan-nujiang-guangbodianshitai-zhongdianxiangmu-jixiaomubiao",
    "hunan-chenzhou-yongxing-zhuliumeiti-zhanluehezuo-zipingbaogao",
    "chongqing-fengdu-rongmeitizhongxin-xiangmuzhengti-zipingbaogao",
]

# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)


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


def title(d, text):
    return para(d, text, bold=True, center=True, size=14)


def table(d, rows, merges=()):
    ncols = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncols):
            v = r[j] if j < len(r) else ""
            if v is not None:
                t.cell(i, j).text = v
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        m.text = keep
    return t


def save_deterministic(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_guojia(path):
    d = new_doc()
    title(d, "财政部下达2024年旅游发展基金补助地方项目资金预算")
    para(d, "财政部下达2024年旅游发展基金补助地方项目资金预算", center=True)
    para(d, "人民日报")
    para(d, "财政部日前向各地下达2024年旅游发展基金补助地方项目资金96729万元,用于"
            "支持地方提升旅游公共服务水平,加强旅游宣传推广,推进旅游业转型升级融合发展,促进文化和旅游消费,推动旅游业高质量发展;"
            "与资金一并下发的还有项目资金整体绩效目标,对资金投向和绩效指标等作了明确要求。")
    para(d, "从预算安排看,四川、广西、山东(不含青岛)三省份获得的项目资金预算额度居前三位,依次为7683万元、6101万元、5030万元。")
    para(d, "按照旅游发展基金补助地方项目资金整体绩效目标表,在产出指标方面,要求旅游公共服务水平提升的A级旅游景区个数≥300个,"
            "宣传推广旅游景区、旅游度假区、旅游休闲城市和街区个数≥90个,宣传品制作数量≥10万件(册),"
            "支持旅游业转型升级融合发展和旅游业产品创新的项目个数≥15个,举办旅游消费促进活动场次≥130场。"
            "同时要求A级旅游景区数据监测覆盖率≥90%,全国大中城市旅游集散中心覆盖率≥95%,景区公共信息服务、引导标识服务覆盖率≥95%。")
    para(d, "财政部要求各地依照《中央对地方专项转移支付绩效目标管理暂行办法》的相关规定,对2024年旅游发展基金补助地方项目资金"
            "绩效目标开展绩效运行监控,保证年度绩效目标按期实现。")
    para(d, "(记者曲哲涵)")
    para(d, "责任编辑:LIZHENG")
    para(d, "点击排行", bold=True)
    para(d, "欢迎订阅中国政府采购报", bold=True)
    para(d, "作为我国政府采购领域第一份“中”字头的专业报纸,《中国政府采购报》于2010年5月7日正式创刊。")
    para(d, "《中国政府采购报")
    save_deterministic(d, path)


def build_guzhen(path):
    d = new_doc()
    title(d, "固镇县文化和旅游局2020年民生工程绩效评价自评报告")
    para(d, "今年以来,固镇县文化和旅游局按照蚌埠市文化和旅游局的工作要求和部署,在县委、县政府领导下,周密组织、科学调度、"
            "抓好落实,全力推进二项民生工程建设,在工作谋划、活动形式和服务提升上都有改进。依据《安徽省公共文化场馆免费开放绩效评价指标》、"
            "《安徽省农村文化建设专项补助评价指标》,现将固镇县民生工程项目绩效评价自评情况报告如下:")
    para(d, "一、公共文化场馆开放", bold=True)
    para(d, "(一)投入(25分,自评得分25分)", bold=True)
    para(d, "(1)保障机制(17分)")
    para(d, "1、规划编制(4分)")
    para(d, "《固镇县国民经济和社会发展第十三个五年规划纲要》贯彻了《中共中央关于制定国民经济和社会发展第十三个五年规划的建议》的精神。"
            "我县编制了《固镇县公共文化服务体系“十四五”建设规划》,以创建国家公共文化服务体系示范区、满足城乡居民精神文化需求为方向,"
            "坚持公益性、基本性、均等性、便利性,健全公共文化服务体系,扩大公共文化产品和服务供给。城南文化中心建设加快推进,"
            "图书馆、文化馆新馆已建成开放,博物馆新馆正在装修布展,县乡村三级公共文化设施网络得到完善,基本公共文化服务标准化、均等化持续推进。"
            "文化惠民工程全面实施,开展公共文化场馆免费开放、文化信息资源共享、送戏进万村、应急广播建设等四大工程,"
            "以文化场馆、文化站、社区等为中心,打造城区“十五分钟文化圈”和农村“一公里文化圈”。")
    para(d, "2、组织协调(4分)")
    para(d, "按照有关规定,固镇县委、县政府高度重视文化建设,将其摆在更加突出的位置,列入重要议事日程并纳入经济社会发展总体规划;"
            "建立健全文化建设的领导、组织、协调机制,及时解决相关问题,为文化建设提供有力的组织保障;建")
    save_deterministic(d, path)


def build_nujiang(path):
    d = new_doc()
    para(d, "怒江州人民政府", bold=True)
    title(d, "怒江傈僳族自治州广播电视台2018年度部门预算信息公开中专业性较强的名词解释和重点项目预算绩效目标评价补充说明")
    para(d, "浏览:0  来源:  作者:  语音阅读正文")
    table(d, [
        ["索引号", "015279120-2019-01521", "发文机构", "怒江州财政局"],
        ["公开目录", "2018年部门预算和项目绩效信息公开", "主题分类", ""],
        ["文      号", "", "发文日期", "2019-02-13 16:10:00"],
    ])
    title(d, "怒江傈僳族自治州广播电视台2018年度部门预算信息公开中专业性较强的名词解释和重点项目预算绩效目标评价补充说明")
    para(d, "本单位2018年度部门预算说明中,对专业性较强的名词未作解释,对重点项目预算绩效目标也未作评价。现补充说明如下,"
            "今后的预(决)算公开中将一并予以说明:")
    para(d, "一、名词解释", bold=True)
    for t in [
        "1、财政拨款收入:指市财政当年拨付的资金。",
        "2、基本支出:指为保证机构正常运转、完成日常工作任务而发生的人员支出与公用支出。",
        "3、项目支出:指基本支出以外,为完成特定任务和事业发展目标而发生的支出。",
        "4、机关运行经费:指用于保障行政单位(含参公管理事业单位)运行、购买货物和服务的各项资金。",
        "5、支出功能分类科目:反映政府活动的不同功能和政策目标,分设类、款、项三级。",
        "6、支出经济分类科目:按支出的经济性质和具体用途对政府支出所作的分类,分设类、款两级。",
        "7、三公经费:用财政拨款安排的出国(境)费、车辆购置及运行费、公务接待费三项经费。",
    ]:
        para(d, t)
    para(d, "二、重点项目预算绩效目标评价", bold=True)
    para(d, "2018年,为了给当地的少数民族群众带来更好的视听享受,西新工程中怒江广播电视台少数民族语言广播电视节目译制预算目标如下:"
            "采制和翻译播出《傈僳语怒广新闻》1800条;《傈僳语央广新闻》800条;翻译播出《傈僳语怒江新闻》1800条;")
    save_deterministic(d, path)


def build_yongxing(path):
    d = new_doc()
    para(d, "归档时间:2022-10-01")
    title(d, "永兴县委宣传部2018年度与部分主流媒体战略合作8资金支出绩效自评报告")
    para(d, "发布时间:2019-10-14 11:15 来源:县委宣传部 作者: 【字体:")
    para(d, "一、项目基本情况", bold=True)
    para(d, "(一)项目概况")
    para(d, "依据永兴县2018年度宣传思想文化工作要点,我部2018年与国内部分主流媒体开展战略合作,项目经费共计163.69万。"
            "其中:与郴州电视台合作,经费33.69万;与湖南日报、郴州日报合作,经费各40万;与中新社、新华社合作,经费各15万;"
            "与华声在线合作,经费15万。")
    para(d, "(二)项目绩效目标")
    para(d, "1、项目总目标")
    para(d, "通过开展战略合作,在主流媒体刊发我县经济社会发展的新闻稿件,提高永兴的知名度与美誉度。")
    para(d, "2、阶段性目标")
    para(d, "全年在中央、省、市主流媒体上稿超过120篇,且上稿量较去年增加20%,在中央、省、市媒体发出永兴声音,展示永兴形象。")
    para(d, "二、项目单位绩效报告情况", bold=True)
    para(d, "本专项2018年度安排战略合作经费共计163.69万,2018年1-12月计划到位资金163.69万元,实际到位资金143.69万元。")
    para(d, "三、绩效评价工作情况", bold=True)
    para(d, "(一)绩效评价目的")
    para(d, "开展财政支出项目绩效评价,是为了掌握项目进展、资金使用、制度建设和执行情况及取得的成效,总结经验、查找问题并提出整改意见和建议;"
            "同时借助评价完善制度、加强项目管理和监督,保证项目资金使用管理规范、安全、有效,为指导预算编制、申报绩效目标、"
            "优化财政支出结构、提高公共服务水平提供决策依据。")
    para(d, "(二)绩效评价原则、评价指标体系(附表说明)、评价方法")
    para(d, "1、绩效评价原则。一是科学规范原则。评价注重财政支出的经济性、效率性和有效性,严格按规定程序进行,采用定量与定性分析相结合的方法。"
            "二是公正公开原则。坚持客观公正,标准统一、资料可靠,依法公开")
    save_deterministic(d, path)


def build_fengdu(path):
    d = new_doc()
    table(d, [
        ["[ 索引号 ]", "11500230008686369K/2023-00100", "[ 发文字号 ]", "无"],
        ["[ 主题分类 ]", "财政", "[ 体裁分类 ]", "财政预算、决算"],
        ["[ 发布机构 ]", "丰都县财政局", "", ""],
        ["[ 成文日期 ]", "2023-06-20", "[ 发布日期 ]", "2023-06-20"],
    ], merges=[(2, 1, 2, 3)])
    para(d, "")
    table(d, [
        ["[ 索引号 ]", "11500230008686369K/2023-00100"],
        ["[ 发文字号 ]", "无"],
        ["[ 主题分类 ]", "财政"],
        ["[ 体裁分类 ]", "财政预算、决算"],
        ["[ 发布机构 ]", "丰都县财政局"],
        ["[ 有效性 ]", ""],
        ["[ 成文日期 ]", "2023-06-20"],
        ["[ 发布日期 ]", "2023-06-20"],
    ])
    title(d, "丰都县融媒体中心2022年度项目整体绩效自评报告")
    para(d, "一、基本情况", bold=True)
    para(d, "(一)项目背景、内容。")
    para(d, "2022年,丰都县融媒体中心以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和市委六届二次全会精神,"
            "深刻领悟“两个确立”的决定性增强“四个意识”、坚定“四个自信”,坚决做到“两个维护”,把新闻宣传舆论引导和媒体深度融合工作抓实抓好。")
    para(d, "(二)项目资金情况。意义,")
    para(d, "本单位为财政全额拨款单位,2022年年初项目预算总计899.7万元,实际到账支付462.4万元。2022年以前年度项目结转资金到账支付243.49万元。")
    para(d, "(三)绩效目标。")
    para(d, "2022年主要绩效目标是扎实开展新闻宣传,凝聚奋斗“十四五”、奋进新征程的强大力量。")
    para(d, "一是突出主题宣传。以深入贯彻落实习近平新时代中国特色社会主义思想为主线,开设“把习近平总书记的殷殷嘱托全面落实在重庆大地上.丰都篇”"
            "“推动重庆各项事业沿着习近平总书记指引的方向奋力前行”等大型专栏,推出“在行动”“看效果”“晒亮点”系列报道,"
            "对照中央重要会议、重要活动做好宣传报道的落地,并做好市委、市政府以及县委、县政府重要会议、重要活动的宣传报道。")
    para(d, "开设“奋斗百年路 启航新征程”“学党史、悟思想、办实事、开新局”“决胜全面小康、决战脱贫攻坚”")
    save_deterministic(d, path)


BUILDERS = {
    "guojia-caizhengbu-lvyoufazhanjijin-jixiaomubiao": build_guojia,
    "anhui-bengbu-guzhen-wenhuaminshenggongcheng-zipingbaogao": build_guzhen,
    "yunnan-nujiang-guangbodianshitai-zhongdianxiangmu-jixiaomubiao": build_nujiang,
    "hunan-chenzhou-yongxing-zhuliumeiti-zhanluehezuo-zipingbaogao": build_yongxing,
    "chongqing-fengdu-rongmeitizhongxin-xiangmuzhengti-zipingbaogao": build_fengdu,
}

# ---------------------------------------------------------------------------
# PDF, annotations, checks
# ---------------------------------------------------------------------------

def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(stem, pdf):
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                              text=True, check=True).stdout)
    g = GOLD[stem]
    missing = []
    for i in g["indicators"]:
        for key in ("name", "target_text"):
            if i[key] and norm(i[key]) not in txt:
                missing.append((key, i[key]))
    for go in g["goals"]:
        if norm(go["text"]) not in txt:
            missing.append(("goal", go["text"]))
    for f in g["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the name of a missing dimension is absent by nature
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"docs": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for stem in ORDER:
        g = GOLD[stem]
        docx_path = os.path.join(HERE, stem + ".docx")
        BUILDERS[stem](docx_path)
        pdf = to_pdf(docx_path)
        for fname in (stem + ".docx", stem + ".pdf"):
            rec = {"source": fname}
            rec.update(g)
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check(stem, pdf)
        totals["docs"] += 1
        for k in ("indicators", "goals", "findings", "facts"):
            totals[k] += len(g[k])
        if miss:
            bad += 1
            print("MISSING in", stem)
            for m in miss:
                print("   ", m)
        else:
            print("ok", stem, len(g["indicators"]), "rows")
    print("totals", totals)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
