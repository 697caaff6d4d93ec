# -*- coding: utf-8 -*-
"""blind208: policy plans (实施方案 / 实施计划 / 行动计划 / 工作任务 / 民生实事任务分解表)
whose target sections state quantified targets, from 江西, 湖北, 广西, 河北, 山东.

Gold first (Python data), then the builders (python-docx / openpyxl), the LibreOffice PDF export,
annotations/<file>.json for the source file and its PDF, and a pdftotext check.
Run: /tmp/venv/bin/python make_blind208_layouts.py
"""
import copy
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind208"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------------------------

def ind(name, op, value, unit, target_text, actual=None, level1=None, level2=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# --- A. 江西 吉水县 10件民生实事任务分解表 (table, cut in row 4) -------------------------------
A_TASKS = [
    ("1",
     "推动义务教育基本均衡向优质均衡发展,完成吉水二中迁建项目和城北学校主体建设,城南二小实现秋季开学,"
     "增加义务教育学位5000个,启动城西教育网点规划布局,做好城西高中建设开工前期工作。",
     "毛晓青", "县教体局 各相关乡镇政府",
     "吉水二中、城南二小项目均已建成并于秋季开学,新增义务教育学位5500个;城西高中前期工作已启动。"),
    ("2",
     "推进省级县域综合医改试点、国家级紧密型医共体建设试点工作,完成县妇幼保健院主体工程建设,"
     "7个乡镇卫生院完成搬迁或改扩建,实现县域内就诊率91%以上。",
     "毛晓青", "县卫健委 各相关乡镇政府",
     "县妇保院第一期基础部分已通过验收,门诊综合保健大楼已封顶;枫江、黄桥、金滩、尚贤4所卫生院改扩建项目"
     "和盘谷、双村、水南、阜田4所卫生院迁续建项目主体工程基本完工,目前正在内外装修。"),
    ("3",
     "提升幼教服务水平,启动中心幼儿园改扩建,扩充公办幼儿园学位至1800个,全县公办幼儿园在园人数占比达到50%。",
     "毛晓青", "县教体局 各相关乡镇政府",
     "县中心幼儿园扩建前期工作已启动;凤凰城小区、东山中央城、金色海岸等8所小区配套幼儿园已完成治理,"
     "新增学位1290个,全县公办幼儿园在园人数占比达32.5%。"),
    ("4",
     "扎实推进城乡供水一体化建设,年内启动尚贤、冠山等6个乡镇供水管网设施建设,提升城区及工业园区供水能力。",
     "张学伟", "县住建局 各相关乡镇政府",
     "金滩水厂基本建成,预计年底投产;龙华大道DN500管道改造工程(1698米)、黄桥中学管网工程(2233米)、"
     "乌江养猪厂管网工程(3441米)、金滩镇高新人才小区管网(585米)均已竣工通水;白沙水厂设计等前期工作已完成;县"),
]

DOC_A = {
    "file": "jiangxi-jishui-minshengshishi-renwufenjiebiao.xlsx",
    "source_urls": ["http://www.jishui.gov.cn/news-show-129764.html"],
    "province": "江西省",
    "doc_kind": "民生实事任务分解表",
    "patterns": [5, 6, 10],
    "indicators": [
        ind("义务教育学位", None, 5000, "个", "增加义务教育学位5000个", actual=5500),
        ind("乡镇卫生院完成搬迁或改扩建", None, 7, "个", "7个乡镇卫生院完成搬迁或改扩建"),
        ind("县域内就诊率", ">=", 91, "%", "实现县域内就诊率91%以上"),
        ind("公办幼儿园学位", None, 1800, "个", "扩充公办幼儿园学位至1800个"),
        ind("公办幼儿园在园人数占比", ">=", 50, "%", "全县公办幼儿园在园人数占比达到50%", actual=32.5),
        ind("乡镇供水管网设施建设", None, 6, "个", "启动尚贤、冠山等6个乡镇供水管网设施建设"),
    ],
    "goals": [{"kind": "年度目标", "text": t[1]} for t in A_TASKS],
    "facts": [],
    "findings": [
        {"rule": "consistency.deviation_reason_missing", "item": "公办幼儿园在园人数占比",
         "why": "目标占比达到50%,落实情况仅32.5%,表中未说明未完成原因及改进措施"},
        {"rule": "goal.unquantified", "item": A_TASKS[3][1],
         "why": "任务后半句“提升城区及工业园区供水能力”无数值、无基线,只有启动6个乡镇管网建设可衡量"},
    ],
    "notes": ("网页只存了表的开头:标题“一、10件民生实事任务分解表”、表头和第1-4行,第4行“落实情况”在“县”字处截断,"
              "第5-10件缺失,表照原样止于截断处。任务栏(目标)照录;落实情况栏为长句,已用自己的话改写,保留全部名称和数字。"
              "判断:指标取自任务栏里带数字的目标;“扩充…至1800个”“增加…5000个”没有运算符词,operator 记 null。"
              "落实情况“新增学位1290个”与目标“学位至1800个”口径不同(新增 vs 总量),actual 记 null;"
              "县域内就诊率、7个卫生院两项落实情况未给完成值(卫生院栏列出4+4所、主体基本完工),actual 记 null。"
              "年份页面未给出,未补。"),
}

# --- B. 湖北 十堰市全民健身实施计划(2011-2015年) (prose, cut in 目标任务 (四)) ---------------------
B_GOALS = [
    "(一)经常参加体育锻炼人数进一步增加,体育人口比例达到45%;",
    "(二)城乡居民身体素质进一步提高,体质合格比例达到90%;",
    "(三)全民健身组织网络更加健全,遍布城乡、规范有序、富有活力的全民健身社会化组织网络逐步形成;",
    "(四)全民健身活动内容及形式更加丰富多样,打造并形成具有鲜明",
]
DOC_B = {
    "file": "hubei-shiyan-quanminjianshen-shishijihua.docx",
    "source_urls": ["http://fsou.com/html/text/lar/174085/17408530.html"],
    "province": "湖北省",
    "doc_kind": "实施计划",
    "patterns": [8],
    "indicators": [
        ind("体育人口比例", ">=", 45, "%", "达到45%"),
        ind("体质合格比例", ">=", 90, "%", "达到90%"),
    ],
    "goals": [{"kind": "目标任务", "text": g} for g in B_GOALS[:3]],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": B_GOALS[2],
         "why": "“更加健全”“逐步形成”没有数量、比例或完成时点,无法考核"},
    ],
    "notes": ("存档页(法规库转载的十政发〔2012〕23号)止于“二、目标任务”第(四)项“打造并形成具有鲜明”,文档照此截断。"
              "通知部分照录;前言和“一、指导思想”为长句,已改写,保留全部文号和名称;目标任务各项为短目标句,照录。"
              "第(四)项被截断,不计为目标、也不作评判。两项比例指标页面未给出口径(分子分母),未标 rate_no_formula。"
              "页面不是政府网站本身,而是法规数据库的转载。"),
}

# --- C. 广西 南宁市兴宁区 2020年优化营商环境实施方案 (prose, cut in (一)) ------------------------
C_GOAL1 = "2020年底,城区开办企业、获得电力、登记财产、纳税、获得用水、获得用气、政务环境等特色指标力争进入市内前列。"
C_GOAL2 = "力争城区营商环境总体水平进入全市先进行列。"
C_GOAL0 = "努力实现“争创全市一流”目标。"
DOC_C = {
    "file": "guangxi-nanning-xingning-yingshanghuanjing-shishifangan.docx",
    "source_urls": ["http://nnxn.gov.cn/zwdt/ztzl/fgfzl/t4549538.html"],
    "province": "广西壮族自治区",
    "doc_kind": "实施方案",
    "patterns": [8],
    "indicators": [
        ind("开办企业", "<=", 0.5, "个工作日", "0.5个工作日内完成"),
    ],
    "goals": [
        {"kind": "总体目标", "text": C_GOAL0},
        {"kind": "目标任务", "text": C_GOAL1},
        {"kind": "目标任务", "text": C_GOAL2},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": C_GOAL0, "why": "“争创全市一流”没有可考核的指标或排名界线"},
        {"rule": "goal.unquantified", "item": C_GOAL1,
         "why": "只说七项特色指标“力争进入市内前列”,未给名次或数值"},
        {"rule": "goal.unquantified", "item": C_GOAL2, "why": "“进入全市先进行列”无名次、无分值"},
    ],
    "notes": ("政府网站原页;存档止于“(一)开办企业”段末“提升”二字,文档照此截断。页面上的错漏照录:"
              "文号“南兴府办函〔202058”、落款日期“202091”、书名号缺前半“2020年兴宁区优化营商环境实施方案》”、"
              "“认真组织实施”后无句号。前言、总体要求为长句,已改写(保留“争创全市一流”原话);目标任务两句和开办企业目标照录。"
              "“力争实现开办企业“零成本””未计为指标(“零”为数字,但无被测量对象的独立名称,作判断记录于此)。"
              "其余六项特色指标(获得电力等)的具体目标在截断处之后,未作 goal.unmeasured 评判。"),
}

# --- D. 河北 推进深度贫困地区…提升工程行动计划 (news report of the plan, cut in 通信) ----------------
D_GOAL = ("确保到2020年,206个深度贫困村生产生活条件和村容村貌显著改善,基本公共服务指标达到或超过全省平均水平。")
D_SECT = [
    ("水利。", "农村饮水安全全面巩固提升。",
     "到2020年,农村自来水普及率达到85%,集中供水率达到88%,供水保证率达到90%以上,确保所有村民吃上干净水。"),
    ("交通。", "着力完成深度贫困村村道连乡连户和通自然村硬化路建设。",
     "到2020年,完成农村公路建设1523公里。每个深度贫困村通一条通村连村硬化路并连接到户。"),
    ("电力。", "提升深度贫困村供电质量。",
     "到2020年,完成10个深度贫困县深度贫困村农网改造升级,供电可靠率不低于99.8%,综合电压合格率不低于99.6%。"),
    ("通信。", "推进深度贫困村通信建设向进村入户倾斜。", "到2017年底,深度贫困村全"),
]
DOC_D = {
    "file": "hebei-quansheng-shendupinkuncun-xingdongjihua.docx",
    "source_urls": ["http://fangtan.org.cn/rolls/content_148668.html"],
    "province": "河北省",
    "doc_kind": "行动计划",
    "patterns": [6],
    "indicators": [
        ind("农村自来水普及率", ">=", 85, "%", "达到85%"),
        ind("集中供水率", ">=", 88, "%", "达到88%"),
        ind("供水保证率", ">=", 90, "%", "达到90%以上"),
        ind("农村公路建设", None, 1523, "公里", "1523公里"),
        ind("通村连村硬化路", None, 1, "条", "每个深度贫困村通一条通村连村硬化路并连接到户"),
        ind("深度贫困村农网改造升级", None, 10, "个", "完成10个深度贫困县深度贫困村农网改造升级"),
        ind("供电可靠率", ">=", 99.8, "%", "不低于99.8%"),
        ind("综合电压合格率", ">=", 99.6, "%", "不低于99.6%"),
    ],
    "goals": [{"kind": "总体目标", "text": D_GOAL}] + [{"kind": "主要目标", "text": s[1]} for s in D_SECT],
    "facts": [
        {"metric": "深度贫困县", "kind": "sum", "total": 10, "parts": [6, 4], "unit": "个"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": D_GOAL,
         "why": "206个只是范围;“显著改善”无数值,“达到或超过全省平均水平”未给出平均值和具体指标"},
    ],
    "notes": ("未找到政府网站原文,用的是新闻转载(中国访谈网转河北日报,2018-01-23)。页面先有一段在“206个”处截断的导语,"
              "随后正文重复该段,文档照此保留两段;正文止于“通信”段“到2017年底,深度贫困村全”,照此截断。"
              "导语/正文首段和县名段为长句,已改写(县名、206、10个照录);各领域目标句照录。"
              "“每个深度贫困村通一条…”按每村1条记为指标(值按子单位);“完成10个深度贫困县…农网改造升级”值为县数10。"
              "“行动计划提出了11个主要目标”但页面只存了4个;facts: 坝上6县+深山区4县=10个深度贫困县(一致)。"
              "水利/交通/电力等为领域标签,不是一级/二级指标名,level1/level2 记 null。"),
}

# --- E. 山东 建设绿色低碳高质量发展先行区2023年重点工作任务 (traditional script mirror, cut in item 4) --
E_HEADS = ["高質量建設嶗山實驗室。", "完善實驗室體系。", "加強創新平臺建設。", "培育創新創業共同體。"]
DOC_E = {
    "file": "shandong-quansheng-lvseditan-zhongdiangongzuorenwu.docx",
    "source_urls": ["http://xianleqipai.com/show-2224.html"],
    "province": "山东省",
    "doc_kind": "重点工作任务",
    "patterns": [6, 8],
    "indicators": [
        ind("全國重點實驗室", ">=", 25, "家", "達到25家以上"),
        ind("山東省實驗室", None, 10, "家", "10家左右"),
        ind("國家臨床醫學研究中心", None, None, "家", "1-2家"),
        ind("省制造業創新中心", None, 7, "家", "7家左右"),
        ind("省“一企一技術”研發中心", None, 100, "家", "100家左右"),
        ind("共同體", ">=", 30, "個", "30個以上"),
    ],
    "goals": [{"kind": "重点任务", "text": h} for h in E_HEADS],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": E_HEADS[0],
         "why": "嶗山實驗室一項只有“高質量入軌運行”等定性表述,無數量、時點或驗收標準"},
        {"rule": "target.missing_value", "item": "國家臨床醫學研究中心",
         "why": "只給區間“1-2家”,沒有單一目標值,考核時下限/上限不明"},
    ],
    "notes": ("存档页为繁体转码的镜像站(原件为鲁政办字〔2023〕5号,简体),文档照页面保留繁体字。页面以文号开头,无通知标题;"
              "止于第4项“新備案省”,照此截断。第1项任务说明和前言为长句,已改写(保留文件名、文号);第2-4项含目标的句子照录。"
              "“10家左右”“7家左右”“100家左右”无运算符词,operator 记 null;“1-2家”为区间,gold 只允许单值,value 记 null 并作 "
              "target.missing_value 处理(判断)。“30個以上”的名称取“共同體”。"),
}

DOCS = [DOC_A, DOC_B, DOC_C, DOC_D, DOC_E]

# ---------------------------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------------------------

def _docx_new():
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return d


def _p(d, text, bold=False, center=False, size=None, indent=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(24)
    return p


def build_B(path):
    d = _docx_new()
    _p(d, "十堰市人民政府关于印发十堰市全民健身实施计划(2011-2015年)的通知", bold=True, center=True, size=16)
    _p(d, "(十政发〔2012〕23号)", center=True)
    _p(d, "各县市区人民政府,十堰经济开发区、武当山旅游经济特区管委会,市政府各部门:")
    _p(d, "现将《十堰市全民健身实施计划(2011-2015年)》印发给你们,请认真贯彻执行。", indent=True)
    _p(d, "十堰市全民健身实施计划(2011-2015年)", bold=True, center=True, size=14)
    _p(d, "全民健身关系到综合国力和社会文明程度,也是精神文明建设和全面建设小康社会的组成部分。为推动全民健身事业发展,"
          "增强市民体质和健康水平,加快建设区域性体育中心城市,依据《国务院关于印发全民健身计划(2011-2015)》(国发〔2011〕5号)"
          "和《湖北省人民政府关于印发湖北省全民健身实施计划(2011-2015)的通知》(鄂政发〔2011〕75号)的要求,结合本市实际,"
          "制定本实施计划。", indent=True)
    _p(d, "一、指导思想", bold=True)
    _p(d, "以科学发展观为指导,围绕湖北省委、省政府“建设体育强省”的奋斗目标,坚持体育事业的公益属性,逐步建立符合市情、"
          "覆盖城乡、可持续的全民健身公共服务体系;依法保障公民参加体育健身的权益,广泛开展群众体育活动,推动全民健身与竞技体育"
          "协调发展,丰富群众精神文化生活,提高市民身体素质、健康水平和生活质量,形成政府主导、部门协同、社会共同参与的全民健身"
          "工作格局。", indent=True)
    _p(d, "二、目标任务", bold=True)
    for g in B_GOALS:
        _p(d, g, indent=True)
    d.save(path)


def build_C(path):
    d = _docx_new()
    _p(d, "当前位置:首页 > 政务动态 > 专题专栏 > 放管服专栏", size=9)
    _p(d, "南宁市兴宁区人民政府办公室关于印发2020年兴宁区优化营商环境实施方案的通知", bold=True, center=True, size=15)
    _p(d, "撰写时间:2020-09-16 10:20     来源:南宁市兴宁区人民政府办公室", center=True, size=9)
    _p(d, "南兴府办函〔202058", center=True)
    _p(d, "南宁市兴宁区人民政府办公室", bold=True, center=True, size=14)
    _p(d, "关于印发2020年兴宁区优化营商环境", bold=True, center=True, size=14)
    _p(d, "实施方案的通知", bold=True, center=True, size=14)
    _p(d, "各镇人民政府,各街道办事处,政府机关各部门,政府直属各事业单位,辖区各有关单位:")
    _p(d, "经兴宁区人民政府同意,现将2020年兴宁区优化营商环境实施方案》印发给你们,请结合实际,认真组织实施", indent=True)
    _p(d, "")
    _p(d, "南宁市兴宁区人民政府办公室").alignment = 2
    _p(d, "202091").alignment = 2
    _p(d, "")
    _p(d, "公开方式:主动公开")
    _p(d, "2020年兴宁区优化营商环境实施方案", bold=True, center=True, size=15)
    _p(d, "根据自治区党委、自治区政府和南宁市委、市政府关于2020年营商环境工作的部署,为全面完成城区优化营商环境大行动"
          "三年实施方案提出的目标任务,制定本方案。", indent=True)
    _p(d, "一、总体要求", bold=True)
    _p(d, "以习近平新时代中国特色社会主义思想为指导,围绕推进治理体系和治理能力现代化的要求,落实《优化营商环境条例》,"
          "坚持问题导向,对照国内先进水平和国家营商环境评价体系,放宽市场准入、加强公正监管、优化政务服务、创新体制机制、"
          "强化协同联动、完善法治保障," + C_GOAL0, indent=True)
    _p(d, "二、目标任务", bold=True)
    _p(d, C_GOAL1 + C_GOAL2, indent=True)
    _p(d, "(一)开办企业。开办企业0.5个工作日内完成。精简登记手续,配合自治区推行市场主体住所(经营场所)申报承诺制改革。"
          "把企业登记、印章刻制、发票申领合并为一个环节,并与银行开户联动办理。力争实现开办企业“零成本”。提升", indent=True)
    d.save(path)


def build_D(path):
    d = _docx_new()
    _p(d, "中国访谈网 中国经济报刊协会", size=9)
    _p(d, "滚动新闻", size=9)
    _p(d, "河北:显著改善深度贫困村生产生活条件", bold=True, center=True, size=16)
    _p(d, "发布时间:2018-01-23 00:28:24 来源:河北日报 责任编辑:未闻", center=True, size=9)
    lead = ("近日,河北省委办公厅、省政府办公厅印发《推进深度贫困地区农村基础设施和基本公共服务提升工程行动计划》,"
            "部署加快农村水、路、电、信、房、灶、厕等基础设施建设,加强教育、卫生、文化等基本公共服务和村容村貌改造提升,")
    _p(d, lead + "确保到2020年,206个", size=10)
    _p(d, lead + D_GOAL, indent=True)
    _p(d, "这些村分布在河北省坝上地区的康保、沽源、尚义、张北、丰宁、围场和深山区的阳原、阜平、涞源、隆化等10个深度贫困县,"
          "共206个深度贫困村;村集体经济底子薄,人均可支配收入偏低,基础设施和基本公共服务发展滞后。", indent=True)
    _p(d, "行动计划提出了11个主要目标。", indent=True)
    for label, goal, rest in D_SECT:
        _p(d, label + goal + rest, indent=True)
    d.save(path)


def build_E(path):
    d = _docx_new()
    _p(d, "魯政辦字〔2023〕5號", center=True)
    _p(d, "各市人民政府,各縣(市、區)人民政府,省政府各部門、各直屬機構:")
    _p(d, "《山東省建設綠色低碳高質量發展先行區2023年重點工作任務》已經省政府同意,現印發給你們,請結合實際,認真抓好落實。",
       indent=True)
    _p(d, "山東省人民政府辦公廳").alignment = 2
    _p(d, "2023年1月19日").alignment = 2
    _p(d, "(此件公開發布)", indent=True)
    _p(d, "山東省建設綠色低碳高質量發展先行區", bold=True, center=True, size=15)
    _p(d, "2023年重點工作任務", bold=True, center=True, size=15)
    _p(d, "為深入貫徹黨的二十大精神,全面落實《國務院關于支持山東深化新舊動能轉換推動綠色低碳高質量發展的意見》"
          "(國發〔2022〕18號),推動《山東省建設綠色低碳高質量發展先行區三年行動計劃(2023—2025年)》重點任務取得突破,"
          "現制定2023年重點工作任務如下:", indent=True)
    _p(d, "一、深入實施創新驅動發展戰略", bold=True)
    _p(d, "1." + E_HEADS[0] + "對實驗室建設運行情況開展全面調研分析,完善支持實驗室建設發展的政策體系,組建高端海洋科技人才隊伍,"
          "圍繞國家戰略科技任務持續開展前瞻性、引領性海洋科技攻關,推動嶗山實驗室高質量入軌運行。(牽頭單位:省科技廳)", indent=True)
    _p(d, "2." + E_HEADS[1] + "積極爭創全國重點實驗室,力爭2023年全國重點實驗室達到25家以上。實施山東省實驗室項目,"
          "高標準建設10家左右山東省實驗室。參照國家重點實驗室重組模式,啟動山東省重點實驗室重組工作。(牽頭單位:省科技廳)",
       indent=True)
    _p(d, "3." + E_HEADS[2] + "推動省級創新平臺爭創國字號創新平臺,積極爭取國家鹽堿地綜合利用技術創新中心落戶我省,"
          "創建1-2家國家臨床醫學研究中心。培育建設7家左右省制造業創新中心、100家左右省“一企一技術”研發中心。"
          "(牽頭單位:省科技廳、省工業和信息化廳)", indent=True)
    _p(d, "4." + E_HEADS[3] + "加強創新創業共同體指導督導和績效評價,提高共同體建設質量,重點打造30個以上共同體。"
          "圍繞重點產業和未來產業領域打造新型研發機構群,新備案省", indent=True)
    d.save(path)


def build_A(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws.merge_cells("A1:E1")
    ws["A1"] = "一、10件民生实事任务分解表"
    ws["A1"].font = Font(name="宋体", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="left", vertical="center")
    heads = ["序号", "具体工作任务和要求", "责任领导", "责任单位", "落实情况"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = Font(name="宋体", size=11, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = border
    for i, row in enumerate(A_TASKS, start=3):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.font = Font(name="宋体", size=10)
            c.alignment = wrap if j in (2, 4, 5) else Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = border
    for col, w in zip("ABCDE", (6, 46, 10, 14, 46)):
        ws.column_dimensions[col].width = w
    # explicit row heights (LibreOffice does not grow rows written without a height): about 20 CJK
    # characters a line in the 46-wide columns, 14 pt a line
    ws.row_dimensions[1].height = 24
    ws.row_dimensions[2].height = 20
    for i, row in enumerate(A_TASKS, start=3):
        lines = max(-(-len(row[1]) // 20), -(-len(row[4]) // 20), 2)
        ws.row_dimensions[i].height = lines * 14 + 8
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    p = wb.properties
    p.creator = PART
    p.lastModifiedBy = PART
    p.created = FIXED_DT
    p.modified = FIXED_DT
    wb.save(path)


BUILDERS = {DOC_A["file"]: build_A, DOC_B["file"]: build_B, DOC_C["file"]: build_C,
            DOC_D["file"]: build_D, DOC_E["file"]: build_E}

# ---------------------------------------------------------------------------------------------
# determinism, PDF, annotations, check
# ---------------------------------------------------------------------------------------------

CORE_TS = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                data = CORE_TS.sub(rb"\g<1>2024-01-01T00:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return os.path.splitext(path)[0] + ".pdf"


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def gold_for(doc, source):
    g = {"source": source}
    for k in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"):
        g[k] = copy.deepcopy(doc[k])
    return g


def check(doc, text):
    missing = []
    def nows(s):
        return re.sub(r"\s+", "", s)
    for i in doc["indicators"]:
        for k in ("name", "target_text"):
            if nows(i[k]) not in text:
                missing.append((k, i[k]))
    for g in doc["goals"]:
        if nows(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in doc["findings"]:
        if nows(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        BUILDERS[doc["file"]](path)
        normalise_zip(path)
        pdf = to_pdf(path)
        for src in (os.path.basename(path), os.path.basename(pdf)):
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold_for(doc, src), f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check(doc, pdf_text(pdf))
        status = "ok" if not miss else "MISSING %r" % miss
        bad += bool(miss)
        print("%-62s ind=%d goals=%d findings=%d facts=%d %s" % (
            doc["file"], len(doc["indicators"]), len(doc["goals"]), len(doc["findings"]), len(doc["facts"]), status))
    def tot(k):
        return sum(len(d[k]) for d in DOCS)
    print("TOTAL docs=%d indicators=%d goals=%d findings=%d facts=%d" % (
        len(DOCS), tot("indicators"), tot("goals"), tot("findings"), tot("facts")))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
