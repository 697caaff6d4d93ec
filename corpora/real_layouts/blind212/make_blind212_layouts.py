# -*- coding: utf-8 -*-
"""blind212: 项目实施方案 / 资金使用方案 / 专项资金补贴办法 layouts (counties, towns).

Gold first (Python data), then builders for DOCX/XLSX, PDF export with LibreOffice,
annotations/<file>.json for source and PDF, and a pdftotext check.
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

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind212"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

def ind(name, op, value, unit, target_text, level1=None, level2=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---- Doc 1: 浙江 平湖 乍浦镇 水稻生态补贴项目建设计划 ---------------------------------
D1_FILE = "zhejiang-pinghu-zhapu-shuidao-butie-jihua"
D1_BODY = ("依据《浙江省财政厅浙江省农业厅关于提前下达2018年省现代农业发展专项资金的通知》(浙财农〔2017〕98号)、"
           "《浙江省农业厅 浙江省财政厅关于下达2018年省现代农业发展专项资金任务清单的通知》(浙农计发〔2018〕15号)"
           "以及你单位《关于申报2018年度平湖市乍浦镇粮食生产功能区水稻生态补贴项目的请示》(乍政〔2018〕52号),"
           "项目经申报、评审和公示,你单位报来的项目实施方案原则上予以同意。现将建设计划下达如下:")
D1_CONTENT = ("项目位于乍浦镇八字村,总面积850亩。主要建设内容:新建灌溉泵站2座,灌溉管道2.50km,渡槽1座,"
              "河道疏浚200m,机耕路3.33km 。")
D1_MONEY = "项目总投资224.92万元,其中:省财政补助190.1万元(浙财农〔2017〕98号),其余由镇财政解决。"
D1_TIME = "项目建设工期计划12个月。"
D1_CLOSE = "请按本计划抓紧组织实施,项目完成后一个月内将实施情况报送市农业经济局和市财政局。"
GOLD1 = {
    "source_urls": ["http://nbxinxi.com/a/pinghushi/20210601/149464.html"],
    "province": "浙江省",
    "doc_kind": "项目建设计划(实施方案批复)通知",
    "patterns": [8],
    "indicators": [
        ind("总面积", None, 850, "亩", "850亩"),
        ind("灌溉泵站", None, 2, "座", "2座"),
        ind("灌溉管道", None, 2.5, "km", "2.50km"),
        ind("渡槽", None, 1, "座", "1座"),
        ind("河道疏浚", None, 200, "m", "200m"),
        ind("机耕路", None, 3.33, "km", "3.33km"),
        ind("项目建设工期", None, 12, "个月", "12个月"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "只列建设内容和规模(泵站、管道、机耕路等),没有任何效益目标(灌溉面积、增产、受益户)"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "没有服务对象满意度目标"},
    ],
    "notes": ("浙江平湖市农业经济局、财政局下达乍浦镇水稻生态补贴项目建设计划的通知(平农经〔2018〕88号),"
              "原则同意镇报来的项目实施方案并列出建设内容、规模、投资和工期。存储页到落款两局名称为止(无日期)。"
              "建设内容一句照录(含'3.33km 。'前的空格);开头依据段改写,文号照录。建设内容写在一段文字里,"
              "按 running-text 规则逐项作指标行,名称去掉动词'新建'。资金:总投资224.92万元中省补190.1万元,"
              "其余由镇财政解决(未写金额,推算34.82万元),故不记 fact。文件头'平湖市农业经济局/文件/平湖市财政局'"
              "做成两行表格,'文件'纵向合并。"),
}


# ---- Doc 2: 云南 师宗 彩云镇 小型农田水利重点县建设 --------------------------------------
D2_FILE = "yunnan-shizong-caiyun-xiaonongshui-jianshe"
D2_META = "发布时间:2012-02-07 14:38 来源:师宗县人民政府 浏览次数:3095"
D2_TITLE = "彩云镇全面抓好中央财政小型农田水利工程重点县建设"
D2_P1 = ("彩云镇被列为2011中央财政小型农田水田水利工程重点县建设之一。镇里借这一契机,加强领导、"
         "加大宣传、压实责任,项目建设推进顺利。")
D2_P2 = "该工程建设任务涉及5个村委会4500余户,计划投入资金2441万元,计划新建设沟渠55条60余公里。"
D2_GOAL = "工程建成后,全镇农田水利设施面貌将发生根本性转变,小型农田水利设施严重滞后的局面将得到有效改变,效益明显。"
D2_P3 = "通过工程建设可新增农田灌溉面积2.15万亩,2.1万人受益。"
D2_SIGN = "(彩云镇 袁旭忠)"
GOLD2 = {
    "source_urls": ["http://gotaxigram.com/article/description/2259.html"],
    "province": "云南省",
    "doc_kind": "项目建设情况(乡镇信息,含建设任务与预期效益)",
    "patterns": [10],
    "indicators": [
        ind("沟渠", None, 55, "条", "55条"),
        ind("沟渠", ">=", 60, "公里", "60余公里"),
        ind("新增农田灌溉面积", None, 2.15, "万亩", "2.15万亩"),
        ind("受益", None, 2.1, "万人", "2.1万人"),
    ],
    "goals": [{"kind": "预期效益", "text": D2_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": D2_GOAL,
         "why": "预期效益只说'根本性转变''有效改变''效益明显',没有数字或基线"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "没有受益群众满意度目标"},
        {"rule": "coverage.missing_dimension", "item": "质量指标",
         "why": "产出只有数量(沟渠条数、公里数),没有验收合格率等质量目标,也没有完工时限"},
    ],
    "notes": ("师宗县人民政府网站转载的彩云镇小农水重点县建设信息(2012-02-07),存储页到署名'(彩云镇 袁旭忠)'为止,"
              "整页已收。原文'小型农田水田水利工程'的重字照录。长句改写,数字照录。'涉及5个村委会4500余户'"
              "是建设范围,不作目标行;'计划投入资金2441万元'是投入,不作指标行。'55条60余公里'拆为两行,"
              "'余'按≥处理。受益一行名称用原文的'受益'。"),
}


# ---- Doc 3: 河南 南阳 卧龙区 2026年衔接资金项目计划 ----------------------------------------
D3_FILE = "henan-nanyang-wolong-xianjie-zijin-jihua"
D3_BENEFIT = ("八、预期受益:受益对象为全区脱贫户、监测对象、脱贫村和非贫困村等。产业发展项目可增加村集体经济收入,"
              "带动周边农户务工就业并进行二次收益分配,增加困难群众收入;乡村建设行动项目可解决群众出行问题,"
              "改善生产生活条件;产业就业补助、雨露计划等到户类项目可激发困难群众内生动力,增强发展意愿。")
D3_GOAL = D3_BENEFIT[len("八、预期受益:"):]
GOLD3 = {
    "source_urls": ["https://www.wolong.gov.cn/2026/01-05/1368593.html"],
    "province": "河南省",
    "doc_kind": "年度资金项目计划公示(资金使用方案)",
    "patterns": [9],
    "indicators": [
        ind("产业发展项目", None, 81, "个", "81个"),
        ind("就业项目", None, 8, "个", "8个"),
        ind("乡村建设行动项目", None, 95, "个", "95个左右"),
    ],
    "goals": [{"kind": "预期效益", "text": D3_GOAL}],
    "facts": [
        {"metric": "计划总投资", "kind": "sum", "total": 25956.7773,
         "parts": [17177.1233, 2212, 6567.654], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": D3_GOAL,
         "why": "预期受益全为定性表述,没有受益户数、增收额或覆盖率"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "只有项目个数和金额,效益只在定性的预期受益段落里"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "没有满意度目标"},
        {"rule": "target.vague_wording", "item": "乡村建设行动项目",
         "why": "'95个左右'是约数,无法判断是否完成"},
    ],
    "notes": ("卧龙区农业农村局2025-12-29公示的2026年度财政衔接推进乡村振兴补助资金项目计划,九项编号清单,"
              "附表未收(页上只写'(见附表)')。存储页到落款与网站导航为止,导航文字不收。金额行是资金,作 fact:"
              "17177.1233+2212+6567.654=25956.7773,与总投资一致。项目个数作指标行;'95个左右'无运算符。"
              "预期受益一段改写,数字无。"),
}


# ---- Doc 4: 安徽 枞阳 文化惠民工程补助公开表 -----------------------------------------------
D4_FILE = "anhui-zongyang-wenhua-huimin-buzhu"
D4_HEADER = ["序号", "补助对象(机构)信息", "补助(报销)内容", "补助(报销)标准", "补助(报销)资金", "发放时间", "备注"]
D4_ISSUED = "2020年2月4日已下达《关于下达2020年文化惠民工程中央、省级补助资金的通知》(枞文旅【2020】6号)资金文件"
D4_ROWS = [
    ["1", "文化馆",
     "一般阅览室、少儿阅览室、多媒体(电子)阅览室、报告厅(培训室、综合活动室)、自修室等公共空间免费开放;"
     "文献借阅、检索咨询、公益讲座和展览、基层辅导、数字文化服务、流动服务等基本服务免费提供;"
     "办证、验证、存包等辅助服务一律免费。",
     "50000元", "50000元", D4_ISSUED, ""],
    ["2", "图书馆",
     "多功能厅、展览(陈列)厅、宣传廊、辅导培训教室、计算机与网络教室、舞蹈(综合)排练室、独立学习室(音乐、书法、"
     "美术、曲艺等)、娱乐活动室等公共空间免费开放;普及性文艺辅导培训、时政法制科普教育、公益性群众文化活动和展览、"
     "基层队伍与业余骨干培训、民间文化传承和群众文艺创作指导等基本服务免费提供;办证、存包等辅助服务全部免费。",
     "50000元", "50000元", D4_ISSUED, ""],
    ["3", "中标服务单位",
     "县里统筹,以政府采购方式购买专业院团、民营院团的专业演出,全县每年每个行政村送正规演出不少于1场,"
     "丰富农村群众文化生活。",
     "每场4400元", "836000元", "11月", ""],
    ["4", "全县190个行政村",
     "依托文化信息共享工程村级服务点(与农村党员远程教育服务点共建)的网络设施,做好宽带接入、运行维护,"
     "开展文化宣传讲座等活动,因地制宜购置歌曲、影视",
     "", "", "", ""],
]
GOLD4 = {
    "source_urls": ["https://zongyang.gov.cn/openness/OpennessContent/show/661103.html"],
    "province": "安徽省",
    "doc_kind": "专项补助资金发放公开表",
    "patterns": [5, 6],
    "indicators": [
        ind("文化馆", None, 50000, "元", "50000元"),
        ind("图书馆", None, 50000, "元", "50000元"),
        ind("每个行政村送正规演出", ">=", 1, "场", "不少于1场"),
        ind("中标服务单位", None, 4400, "元", "每场4400元"),
        ind("全县190个行政村", None, None, None, None),
    ],
    "goals": [],
    "facts": [
        {"metric": "中标服务单位补助(报销)资金", "kind": "product", "total": 836000,
         "parts": [4400, 190], "unit": "元"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "表只列补助标准和金额,唯一的目标是送演出场次,没有群众受益、参与人次等效益目标"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "没有满意度目标"},
    ],
    "notes": ("枞阳县文化惠民工程补助资金公开表(2020),存储页从表头开始,第4行(全县190个行政村)内容在"
              "'因地制宜购置歌曲、影视'处截断,标准、资金、时间未收:按 cut row 复制,该行指标值为空,"
              "但空值来自存储截断,不记 finding。'补助(报销)内容'长句改写,'不少于1场'照录,并按 running-text "
              "规则作一行。补助标准作指标值,'补助(报销)资金'不是完成值,actual 记空。"
              "核算:836000元=4400元/场×190场(190个行政村各1场)。另:第1行'文化馆'的内容描述的是图书馆服务"
              "(阅览室、文献借阅),第2行'图书馆'的内容描述的是文化馆服务(排练室、辅导培训),两行像是对调了,"
              "design.md 无对应规则,只记在此。"),
}


# ---- Doc 5: 山东 招远 公益演艺补贴办法(新闻) -----------------------------------------------
D5_FILE = "shandong-zhaoyuan-gongyi-yanyi-butie"
D5_PURPOSE = "切实解决农民看戏难、看电影难的问题"
D5_P1 = "为" + D5_PURPOSE + ",今年,招远市推出了公益演艺补贴办法,补贴金额高达100多万元。"
D5_GOAL2 = "2010年实现\"一村一月一场电影\""
D5_P2 = ("按照《招远市市直文化单位公益性演艺活动及\"2131工程\"电影放映活动财政补贴办法》,市吕剧团进行公益性演出,"
         "原则上每场补贴2000元;市电影公司开展公益性电影放映及赴基层农村电影放映,每场补贴200元。"
         "该市同时对剧目、影片及质量提出严格要求,由文化主管部门严格把关。工作目标上,规定吕剧团每年下乡及厂矿演出"
         "不得少于200场,市电影公司到基层农村放映场次不得少于3000场," + D5_GOAL2 + "。")
D5_P3 = ("为保证补贴准确到位,各参演单位在活动结束后一律填写《公益性演艺活动及\"2131工程\"电影放映活动验收表》,"
         "由接受演出单位和社会义务监督员签字验收,再报文化主管部门汇总、市财政审批经费。")
D5_P4 = "据了解,补贴办法实施以来,该市已先后为群众免费送戏下乡、送电影下乡60多场次,受益群众3万多人。"
D5_SIGN = "原桂平 李彦山 王义"
GOLD5 = {
    "source_urls": ["https://yantai.dzwww.com/xinwen/xwzt/sqdzt/zys/fc/200710/t20071022_2549136.htm"],
    "province": "山东省",
    "doc_kind": "专项资金补贴办法(新闻报道)",
    "patterns": [10],
    "indicators": [
        ind("每场补贴", None, 2000, "元", "2000元"),
        ind("每场补贴", None, 200, "元", "200元"),
        ind("吕剧团每年下乡及厂矿演出", ">=", 200, "场", "不得少于200场"),
        ind("市电影公司到基层农村放映场次", ">=", 3000, "场", "不得少于3000场"),
    ],
    "goals": [
        {"kind": "总体目标", "text": D5_PURPOSE},
        {"kind": "工作目标", "text": D5_GOAL2},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": D5_PURPOSE,
         "why": "办法目的只说解决看戏难、看电影难,无量化口径"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "办法只定补贴标准和场次下限,没有群众满意度目标"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "没有受益人次等效益目标;'受益群众3万多人'只是已实现情况的报道"},
    ],
    "notes": ("大众网烟台频道2007-10-22报道招远市公益演艺补贴办法。存储页从正文开始(无标题),到署名'原桂平 李彦山 王义'"
              "为止,整篇已收。长句改写,办法名称、补贴标准、场次和人数照录。两条'每场补贴'名称相同"
              "(吕剧团演出2000元、电影放映200元)。'60多场次''3万多人'是已实现情况,不是目标,不作指标行。"
              "'一村一月一场电影'含频次(每村每月1场)但无数字写法,记为目标不作指标行。"),
}

DOCS = [
    (D1_FILE, "docx", GOLD1),
    (D2_FILE, "docx", GOLD2),
    (D3_FILE, "docx", GOLD3),
    (D4_FILE, "xlsx", GOLD4),
    (D5_FILE, "docx", GOLD5),
]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
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


def build_d1(path):
    d = new_doc()
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "平湖市农业经济局"
    t.cell(1, 0).text = "平湖市财政局"
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.text = "文件"
    para(d, "平农经〔2018〕88号", center=True)
    para(d, "平湖市农业经济局 平湖市财政局", bold=True, center=True, size=14)
    para(d, "关于下达2018年平湖市粮食生产功能区", bold=True, center=True, size=14)
    para(d, "水稻生态补贴项目建设计划的通知", bold=True, center=True, size=14)
    para(d, "乍浦镇人民政府:")
    para(d, D1_BODY)
    para(d, "一、项目建设单位")
    para(d, "平湖市乍浦镇人民政府")
    para(d, "二、项目建设内容和规模")
    para(d, D1_CONTENT)
    para(d, "三、项目总投资及资金筹措")
    para(d, D1_MONEY)
    para(d, "四、项目进度安排")
    para(d, D1_TIME)
    para(d, D1_CLOSE)
    para(d, "平湖市农业经济局")
    para(d, "平湖市财政局")
    d.save(path)


def build_d2(path):
    d = new_doc()
    para(d, D2_META, size=9)
    para(d, D2_TITLE, bold=True, center=True, size=14)
    para(d, D2_P1)
    para(d, D2_P2)
    para(d, D2_GOAL + D2_P3)
    para(d, D2_SIGN)
    d.save(path)


def build_d3(path):
    d = new_doc()
    para(d, "一、名称:卧龙区2026年度财政衔接推进乡村振兴补助资金项目计划")
    para(d, "二、项目地点:卧龙区各镇(街道、景区)")
    para(d, "三、建设性质:新建")
    para(d, "四、主要内容:")
    para(d, "参考2025年度资金规模,2026年度计划产业发展项目81个,金额17177.1233万元;就业项目8个,金额2212万元;"
            "乡村建设行动项目95个左右,涉及金额6567.654万元。")
    para(d, "(见附表)")
    para(d, "五、实施时间:2026年度")
    para(d, "六、投资及资金来源:卧龙区2026年计划总投资25956.7773万元左右,计划总投资来源为中、省、市、区四级财政衔接资金。")
    para(d, "七、建设单位:各镇(街道、景区)及相关区直部门。")
    para(d, D3_BENEFIT)
    para(d, "九、监管单位:卧龙区财政局、卧龙区农业农村局")
    para(d, "卧龙区农业农村局")
    para(d, "2025年12月29日")
    d.save(path)


def build_d4(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "补助公开"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(D4_HEADER)
    for r in D4_ROWS:
        ws.append(r)
    widths = [6, 16, 60, 14, 14, 30, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=len(D4_HEADER)):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
            c.border = border
            c.font = Font(name="Noto Sans CJK SC", size=10, bold=(c.row == 1))
    heights = {1: 30, 2: 95, 3: 125, 4: 60, 5: 60}
    for r, h in heights.items():
        ws.row_dimensions[r].height = h
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


def build_d5(path):
    d = new_doc()
    para(d, D5_P1)
    para(d, D5_P2)
    para(d, D5_P3)
    para(d, D5_P4 + " " + D5_SIGN)
    d.save(path)


BUILDERS = {D1_FILE: build_d1, D2_FILE: build_d2, D3_FILE: build_d3, D4_FILE: build_d4, D5_FILE: build_d5}


def normalise_zip(path):
    """Rewrite the zip with fixed timestamps and sorted entries (byte-deterministic)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # keep [Content_Types].xml first, then sorted
    items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                              b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>', data)
                data = re.sub(rb"<dcterms:created[^>]*>[^<]*</dcterms:created>",
                              b'<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>', data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    for i in gold["indicators"]:
        for key in ("name", "target_text"):
            if i[key] and squash(i[key]) not in txt:
                missing.append((key, i[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if f["rule"].startswith("coverage."):
            continue  # the item names a dimension that is absent by definition
        if squash(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"rows": 0, "goals": 0, "findings": 0, "facts": 0}
    for base, ext, gold in DOCS:
        src = os.path.join(HERE, base + "." + ext)
        BUILDERS[base](src)
        normalise_zip(src)
        pdf = to_pdf(src)
        for fname in (os.path.basename(src), os.path.basename(pdf)):
            g = {"source": fname}
            g.update(gold)
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
        miss = check(pdf, gold)
        if miss:
            bad += 1
            print("MISSING in", os.path.basename(pdf), miss)
        else:
            print("ok", os.path.basename(pdf))
        totals["rows"] += len(gold["indicators"])
        totals["goals"] += len(gold["goals"])
        totals["findings"] += len(gold["findings"])
        totals["facts"] += len(gold["facts"])
    print("totals per document set:", totals)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
