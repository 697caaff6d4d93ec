#!/usr/bin/env python
"""Build the blind169 part: East China budget-performance layouts with gold annotations.

Gold first (plain Python data, written from the stored pages before any file exists),
then the DOCX/XLSX builders, the LibreOffice PDF export, the annotation writer and the
pdftotext check.  Run with /tmp/venv/bin/python from any directory.
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind169"
FIXED_TIME = "2024-01-01T00:00:00Z"
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# 1. GOLD
# ---------------------------------------------------------------------------

HUAIYUAN = "anhui-huaiyuan-xianjiezijin-zipingbaogao.docx"
SHANDONG = "shandong-shengji-laonianrenbutie-pingjiabaogao.docx"
ANQING = "anhui-anqing-ranqisheshi-zipingbaogao.docx"
JIUTING = "shanghai-songjiang-jiuting-zipingbiao.xlsx"


def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


JIUTING_GOAL = ("提升九亭镇整体形象,提高道路通行效率,保障居民出行安全,消除黑臭河道、改善水环境质量,"
                "改善居民生活环境,促进九亭镇经济发展。")

ANQING_G1 = ("为践行以人民为中心的发展思想、全力保障群众生命财产安全,依据皖发改投资〔2024〕382号文件,"
             "我司获下达中央预算内投资资金10856万元,用于实施安庆市城区危旧燃气设施升级改造及山口配套工程;"
             "安庆市燃气集团有限公司(原安庆市煤气公司)配套资金10892.92万元。")
ANQING_G2 = "(1)居民楼栋老旧燃气立管改造约450公里;"
ANQING_G3 = "①居民户内燃气胶管改造约10万户;"
ANQING_G4 = ("②居民户内燃气安全装置工程,为市区内35万户居民用户户内增设燃气泄漏监测报警装置、"
             "紧急切断阀和抢险预警联动系统。")
ANQING_G5 = ("(3)山口片区高压燃气输配工程:起点为高新区环湖西路,终点为高新区山口片U13地块附近,全长3.3公里。"
             "燃气管道设计压力为4.0MPa,管径为DN300,管道末端接计量撬1座(无人值守),用地面积约480平方米(约0.72亩);"
             "输送能力最大小时流量为2.5万Nm3/h,年供气规模为1.14亿Nm3。")

SD_GOAL_ALL = "通过对符合条件的老年人发放经济困难老年人补贴,对其在改善生活、护理方面提供有效帮助。"
SD_GOAL_YEAR = "落实好经济困难老年人省级补助资金,切实加强资金监管,保证补贴资金及时、准确、足额发放。"

GOLD = {
    HUAIYUAN: {
        "source": HUAIYUAN,
        "source_urls": ["https://www.ahhy.gov.cn/zfxxgk/public/24561/49759878.html"],
        "province": "安徽省",
        "doc_kind": "绩效自评报告",
        "patterns": [10],
        "indicators": [
            ind(None, None, "资金保障情况", None, None, None, None, None, 10, 10),
            ind("资金保障情况", None, "县级预算安排衔接资金情况", None, None, None, None, None, 5, 5),
            ind("资金保障情况", None, "资金匹配项目进度", None, None, None, None, None, 5, 5),
        ],
        "goals": [],
        "facts": [
            {"metric": "2021年县本级预算安排衔接资金(较2020年县本级专项扶贫资金增加额)", "kind": "sum",
             "total": 7700, "parts": [7650, 50], "unit": "万元"},
            {"metric": "资金保障情况分值", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
            {"metric": "资金保障情况自评得分", "kind": "sum", "total": 10, "parts": [5, 5], "unit": "分"},
        ],
        "findings": [
            {"rule": "consistency.score_total", "item": "自评得分",
             "why": "自评总分写为102.964分,超过百分制满分100分;在页面可见部分看不到加分项或满分口径的说明。"},
        ],
        "notes": ("怀远县乡村振兴局/财政局的衔接资金自评报告,评分以段落列出(分值/自评分),按“评价本身的得分行”记为3行指标,"
                  "只有分值和得分,无指标值。存储页面在“2、资金匹配项目进度”正文“在收到上级衔接资”处截断,文档照此截断。"
                  "较长叙述(开展情况等)为改写,数字、文号、机构名照录。7700=7650+50记为求和事实(上年数+增加额)。"),
    },
    SHANDONG: {
        "source": SHANDONG,
        "source_urls": ["http://czt.shandong.gov.cn/art/2021/12/31/art_250963_10310615.html"],
        "province": "山东省",
        "doc_kind": "绩效评价报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": SD_GOAL_ALL},
            {"kind": "年度目标", "text": SD_GOAL_YEAR},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": SD_GOAL_ALL,
             "why": "总体目标只说“提供有效帮助”,没有覆盖人数、补贴标准或发放率等可衡量的数值。"},
            {"rule": "goal.process_only", "item": SD_GOAL_YEAR,
             "why": "年度目标只讲资金落实、监管和按时足额发放,都是管理过程,没有写对老年人生活或护理的结果。"},
            {"rule": "goal.unquantified", "item": SD_GOAL_YEAR,
             "why": "“及时、准确、足额”没有给出时限或比例。"},
        ],
        "notes": ("山东省财政厅网站发布的全周期绩效评价报告,纯文字。页面标题在正文前重复一次,照样保留。"
                  "存储页面在“二、(一)2.评价目的”句中“客观、公正的”处截断。背景和预算段落为改写,"
                  "文号、比例(40%、30%、20%;50%、45%、40%)、71800万元照录;两条目标为短句,原文照录。"
                  "分档比例不是构成关系,未记为求和事实。"),
    },
    ANQING: {
        "source": ANQING,
        "source_urls": ["http://driftwatches.com/show.php?Id=3423"],
        "province": "安徽省",
        "doc_kind": "绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标", "text": ANQING_G1},
            {"kind": "绩效目标", "text": ANQING_G2},
            {"kind": "绩效目标", "text": ANQING_G3},
            {"kind": "绩效目标", "text": ANQING_G4},
            {"kind": "绩效目标", "text": ANQING_G5},
        ],
        "facts": [
            {"metric": "项目总投资", "kind": "sum", "total": 21748.92, "parts": [10856, 10892.92], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.budget_text", "item": ANQING_G1,
             "why": "“绩效目标分解下达情况”一节首段只交代下达文件和资金数额,没有说明要达到的绩效。"},
        ],
        "notes": ("安庆市燃气集团中央预算内投资项目绩效自评(转载页,繁体字并夹注拼音,为镜像站转码所致;"
                  "本文件按简体正文重建,拼音夹注未复制)。页面从“一、绩效目标分解下达情况”开始,无标题,照样不加标题。"
                  "存储页面在“(二)资金管理情况分析”句中“突出规划的科学性、严”处截断。"
                  "“主要建设内容”各项放在绩效目标一节下,按目标(量化产出)记录,不是指标行;页面没有指标表。"
                  "首段与资金管理段为改写,数值、文号、单位照录。"),
    },
    JIUTING: {
        "source": JIUTING,
        "source_urls": ["https://m.bidcenter.com.cn/newsrili-4-129169458.html"],
        "province": "上海市",
        "doc_kind": "绩效自评表",
        "patterns": [1, 4, 5, 10],
        "indicators": [
            ind("产出指标", "数量指标", "项目计划完成率", None, 100, "%", "100%", 100, 15, 15),
            ind("产出指标", "数量指标", "资金到位率", None, 100, "%", "100%", 100, 10, 10),
            ind("产出指标", "质量指标", "项目一次验收合格率", None, 100, "%", "100%", 80, 11, 11),
            ind("产出指标", "时效指标", "项目完成及时性", None, None, None, "及时", None, 7, 7),
            ind("效益指标", "经济效益指标", "项目管理覆盖面", None, 100, "%", "100%", 90, 9, 9),
            ind("效益指标", "生态效益指标", "文明施工程度", None, None, None, "达标", None, 3, 3),
            ind("满意度指标", "服务对象满意度指标", "小区居民满意度", ">", 80, "%", ">80%", 70, 3, 3),
            ind("满意度指标", "服务对象满意度指标", "群众满意度", ">=", 90, "%", "≧90%", 80, 7, 7),
            ind(None, "长效管理指标", "长效管理制度健全情况", None, None, None, "健全", None, 3, 3),
            ind(None, "长效管理指标", "档案管理有效性", None, None, None, "有效", None, 5, 5),
        ],
        "goals": [
            {"kind": "年度总体目标", "text": JIUTING_GOAL},
        ],
        "facts": [
            {"metric": "城镇建设管理 年度资金总额(年初预算数)", "kind": "sum", "total": 145000000.00,
             "parts": [145000000.00], "unit": "万元"},
            {"metric": "城镇建设管理 执行率", "kind": "rate", "total": 100.0,
             "parts": [145000000.00, 145000000.00], "unit": "%"},
            {"metric": "城镇建设管理 总分", "kind": "sum", "total": 83,
             "parts": [10, 15, 10, 11, 7, 9, 3, 3, 7, 3, 5], "unit": "分"},
            {"metric": "动迁安置 年度资金总额(年初预算数)", "kind": "sum", "total": 40067273.32,
             "parts": [0.00, 0.00, 0.00], "unit": "万元"},
            {"metric": "动迁安置 执行率", "kind": "rate", "total": 100.0,
             "parts": [40067273.32, 40067273.32], "unit": "%"},
        ],
        "findings": [
            {"rule": "target.input_or_process", "item": "资金到位率",
             "why": "资金到位是投入/过程,放在产出数量指标里不反映产出。"},
            {"rule": "target.time_no_deadline", "item": "项目完成及时性",
             "why": "时效指标只写“及时”,没有完成期限。"},
            {"rule": "target.qualitative_no_scale", "item": "文明施工程度",
             "why": "“达标”没有说明依据的标准或分级。"},
            {"rule": "target.qualitative_no_scale", "item": "长效管理制度健全情况",
             "why": "“健全”无评判尺度,实际值“较健全”也无法与目标比较。"},
            {"rule": "target.qualitative_no_scale", "item": "档案管理有效性",
             "why": "“有效”无评判尺度。"},
            {"rule": "target.misfiled_dimension", "item": "项目管理覆盖面",
             "why": "管理覆盖面是管理/产出范围,不是经济效益。"},
            {"rule": "consistency.score_total", "item": "总分",
             "why": ("总分83等于各行满分之和(资金10分+指标73分),但验收合格率80%(目标100%)、覆盖面90%(目标100%)、"
                     "两项满意度均低于目标,仍各得满分;且指标分值合计只有73分,不是通常的90分。")},
            {"rule": "consistency.sum", "item": "年度资金总额",
             "why": "第二张表(动迁安置)年度资金总额40067273.32,而当年财政拨款、上年结转资金、其他资金均为0.00,合计不符。"},
            {"rule": "goal.unquantified", "item": JIUTING_GOAL,
             "why": "年度总体目标只列方向(提升形象、改善环境等),没有任何数量或期限。"},
        ],
        "notes": ("松江区九亭镇“2021年预算绩效评价结果公开”中的2020年度财政项目支出绩效自评表(招标网转载页)。"
                  "第一张表(城镇建设管理)完整;第二张表(动迁安置)只到资金行,存储页面在“年度”二字处截断,文件照此截断。"
                  "表头“项目资金(万元)”而金额写成145000000.00等,数量级是元,单位与数值不符(保留原样,事实单位照表头写万元)。"
                  "“长效管理指标”两行前没有一级指标,作为二级标签放在二级指标列,一级指标格留空(模式4)。"
                  "实际值“>70%”“≧80%”带符号,按数值70、80记实际值;“≧”原样保留。"
                  "资金行(分值10/得分10)不算指标行。rate事实的parts为[执行数, 预算数]。"
                  "年度总体目标句为轻度改写。"),
    },
}

# ---------------------------------------------------------------------------
# 2. BUILDERS
# ---------------------------------------------------------------------------


def _docx_base():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    return doc


def _para(doc, text, bold=False, size=None, center=False, indent=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(22)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def _fix_core(doc, title):
    import datetime
    cp = doc.core_properties
    t = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.author = "blind169"
    cp.last_modified_by = "blind169"
    cp.title = title
    cp.created = t
    cp.modified = t
    cp.revision = 1


def build_huaiyuan(path):
    doc = _docx_base()
    _para(doc, "怀远县2021年度财政衔接资金绩效自评报告", bold=True, size=16, center=True)
    _para(doc, "依据《安徽省衔接推进乡村振兴补助资金绩效评价及考核办法》(皖财农〔2021〕1408 号)的规定,"
               "并按12月15日培训的要求,我县以评价真实、数据准确、资料齐全为原则,组织开展了2021年度财政衔接资金"
               "绩效自评,现将自评结果报告如下:", indent=True)
    _para(doc, "一、绩效自评工作开展情况", bold=True)
    _para(doc, "我县对财政衔接资金绩效评价工作十分重视。省里部署后,县财政局与县乡村振兴局共同向县委、县政府主要领导"
               "作了专题汇报,组建了由县委副书记和县政府常务副县长牵头、县乡村振兴局和县财政局具体负责的工作专班,"
               "依照皖财农〔2021〕1408 号文件和调整后的财政衔接资金绩效评价指标,结合本县实际全面开展自评。"
               "自评完成后,市财政局、市乡村振兴局对我县自评材料进行了联合审核。在县乡村振兴局、县财政局、"
               "相关行业部门和各乡镇协同配合下,全县2021年财政衔接资金绩效自评工作按时完成。", indent=True)
    _para(doc, "二、根据财政衔接资金绩效自评指标自评情况", bold=True)
    _para(doc, "县乡村振兴局、县财政局对照2021年财政衔接资金绩效自评得分表,结合我县2021年财政衔接资金使用管理的"
               "实际情况开展自评,自评得分102.964分,具体得分情况如下:", indent=True)
    _para(doc, "(一)资金保障情况(分值10分),自评10分。", bold=True, indent=True)
    _para(doc, "1、县级预算安排衔接资金情况(分值5分),自评5分。", indent=True)
    _para(doc, "(1)我县2021年县本级预算安排衔接资金7700万元,2020年县本级专项扶贫资金7650万元,比去年增加50万元。",
          indent=True)
    _para(doc, "2、资金匹配项目进度(分值5分),自评5分。", indent=True)
    _para(doc, "我县财政专项扶贫资金和衔接资金的分配、使用均严格遵照中央、省、市、县各级资金管理办法和资金分配程序,"
               "在收到上级衔接资", indent=True)
    _fix_core(doc, "怀远县2021年度财政衔接资金绩效自评报告")
    doc.save(path)


def build_shandong(path):
    doc = _docx_base()
    _para(doc, "山东省困难老年人补贴资金全周期绩效评价报告", bold=True, size=12)
    _para(doc, "山东省困难老年人补贴资金全周期绩效评价报告", bold=True, size=16, center=True)
    _para(doc, "一、项目基本情况", bold=True)
    _para(doc, "(一)项目立项背景及实施目的", bold=True)
    _para(doc, "山东省经济困难老年人补贴的主要内容,是向60-99周岁的低保老年人发放生活补贴,并对其中失能老人另行增发"
               "护理补贴。在尊重老年人意愿的前提下,各县区可统筹使用该项资金,为老年人购买生活、护理等服务。"
               "省民政厅、省财政厅印发《关于完善经济困难老年人补贴制度的通知》(鲁民〔2018〕99号),对补贴对象、"
               "补贴标准、申办程序和发放方式作出规定,全省统一的经济困难老年人补贴制度由此建立。2020年,两部门"
               "调整优化申办程序,印发《关于进一步完善经济困难老年人补贴制度的通知》(鲁民〔2020〕49号),"
               "鲁民〔2018〕99号文件同时废止。", indent=True)
    _para(doc, "(二)项目预算安排和支出情况", bold=True)
    _para(doc, "省民政厅依据上年度实际发放人数和补贴标准申报资金预算。省级预算经省人代会批准后,由省民政厅会同省财政厅"
               "对各市和省财政直管县实行分档补助:15个市(不含青岛,下同)分别按40%、30%、20%补助,41个省财政直管县"
               "分别按50%、45%、40%补助。2019-2021年,省级累计下达经济困难老年人补贴资金71800万元。", indent=True)
    _para(doc, "(三)项目绩效目标", bold=True)
    _para(doc, "1.总体绩效目标。" + SD_GOAL_ALL, indent=True)
    _para(doc, "2.年度绩效目标。" + SD_GOAL_YEAR, indent=True)
    _para(doc, "二、绩效评价工作开展情况", bold=True)
    _para(doc, "(一)评价的范围和目的", bold=True)
    _para(doc, "1.评价范围。2019-2021年下达的用于发放全省经济困难老年人补贴的省级补助资金71800万元。", indent=True)
    _para(doc, "2.评价目的。从决策、过程、产出和效果四个方面对项目作客观、公正的", indent=True)
    _fix_core(doc, "山东省困难老年人补贴资金全周期绩效评价报告")
    doc.save(path)


def build_anqing(path):
    doc = _docx_base()
    _para(doc, "一、绩效目标分解下达情况", bold=True)
    _para(doc, ANQING_G1, indent=True)
    _para(doc, "主要建设内容为:", indent=True)
    _para(doc, ANQING_G2, indent=True)
    _para(doc, "(2)居民户内燃气设施升级改造工程:", indent=True)
    _para(doc, ANQING_G3, indent=True)
    _para(doc, ANQING_G4, indent=True)
    _para(doc, ANQING_G5, indent=True)
    _para(doc, "二、绩效情况分析", bold=True)
    _para(doc, "(一)资金投入情况分析。本项目总投资21748.92万元,其中中央预算内投资10856万元,"
               "安庆市燃气集团有限公司配套资金10892.92万元。", indent=True)
    _para(doc, "(二)资金管理情况分析。为管好用好资金、发挥最大效益,安庆市燃气集团有限公司明确责任目标,"
               "加强衔接争取和统筹协调,依照国家和省、市、区有关配套政策,结合资源条件统筹做好项目规划,"
               "突出规划的科学性、严", indent=True)
    _fix_core(doc, "安庆市城区危旧燃气设施升级改造及山口配套工程绩效自评")
    doc.save(path)


def build_jiuting(path):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = {"A": 10, "B": 12, "C": 18, "D": 24, "E": 12, "F": 12, "G": 8, "H": 9, "I": 24}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    cols = "ABCDEFGHI"

    def put(r, c, v, bold=False, merge_to=None, border=True, wrap=True, center=True):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name="Noto Sans CJK SC", size=9, bold=bold)
        cell.alignment = Alignment(wrap_text=wrap, vertical="center",
                                   horizontal="center" if center else "left")
        if merge_to:
            r2, c2 = merge_to
            ws.merge_cells(start_row=r, start_column=c, end_row=r2, end_column=c2)
            if border:
                for rr in range(r, r2 + 1):
                    for cc in range(c, c2 + 1):
                        ws.cell(row=rr, column=cc).border = box
        elif border:
            cell.border = box
        return cell

    def frame(r1, r2):
        for rr in range(r1, r2 + 1):
            for cc in range(1, 10):
                ws.cell(row=rr, column=cc).border = box

    r = 1
    put(r, 1, "九亭镇2021年预算绩效评价结果公开", bold=True, merge_to=(r, 9), border=False)
    r += 2

    def head(r, name, dept, unit):
        put(r, 1, "财政项目支出绩效自评表", bold=True, merge_to=(r, 9), border=False)
        put(r + 1, 1, "2020年度", merge_to=(r + 1, 9), border=False)
        put(r + 2, 1, "项目名称")
        put(r + 2, 2, name, merge_to=(r + 2, 9))
        put(r + 3, 1, "主管部门")
        put(r + 3, 2, dept, merge_to=(r + 3, 4))
        put(r + 3, 5, "实施单位", merge_to=(r + 3, 6))
        put(r + 3, 7, unit, merge_to=(r + 3, 9))
        return r + 4

    def funds(r, rows):
        put(r, 1, "项目资金(万元)", merge_to=(r + 4, 1))
        put(r, 2, "", merge_to=(r, 3))
        for i, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
            put(r, 4 + i, h)
        for k, row in enumerate(rows):
            rr = r + 1 + k
            put(rr, 2, row[0], merge_to=(rr, 3))
            for i, v in enumerate(row[1:]):
                put(rr, 4 + i, v)
        frame(r, r + 4)
        return r + 5

    # table 1: 城镇建设管理
    r = head(r, "城镇建设管理", "松江区九亭镇人民政府", "松江区九亭镇人民政府(本部)")
    r = funds(r, [
        ["年度资金总额", "145000000.00", "145000000.00", "145000000.00", "10", "100.0%", "10"],
        ["其中:当年财政拨款", "", "", "", "-", "0.0%", "-"],
        ["上年结转资金", "", "", "", "-", "0.0%", "-"],
        ["其他资金", "145000000.00", "145000000.00", "", "-", "0.0%", "-"],
    ])
    put(r, 1, "年度总体目标", merge_to=(r + 1, 1))
    put(r, 2, "预期目标", merge_to=(r, 6))
    put(r, 7, "实际完成情况", merge_to=(r, 9))
    put(r + 1, 2, JIUTING_GOAL, merge_to=(r + 1, 6), center=False)
    put(r + 1, 7, "全年完成情况较好", merge_to=(r + 1, 9))
    ws.row_dimensions[r + 1].height = 36
    frame(r, r + 1)
    r += 2
    top = r
    rows = [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "项目计划完成率", "100%", "100%", "15", "15", ""],
        [None, None, "资金到位率", "100%", "100%", "10", "10", ""],
        [None, "质量指标", "项目一次验收合格率", "100%", "80%", "11", "11", "管理不够到位"],
        [None, "时效指标", "项目完成及时性", "及时", "较及时", "7", "7", "受进度影响拖延"],
        ["效益指标", "经济效益指标", "项目管理覆盖面", "100%", "90%", "9", "9", "管理不够到位"],
        [None, "生态效益指标", "文明施工程度", "达标", "基本达标", "3", "3", "文明宣传施工不够到位"],
        ["满意度指标", "服务对象满意度指标", "小区居民满意度", ">80%", ">70%", "3", "3", "宣传指导不到位"],
        [None, None, "群众满意度", "≧90%", "≧80%", "7", "7", "宣传指导不到位"],
        ["", "长效管理指标", "长效管理制度健全情况", "健全", "较健全", "3", "3", "管理制度不够完善"],
        ["", None, "档案管理有效性", "有效", "有效", "5", "5", ""],
    ]
    for k, row in enumerate(rows):
        for i, v in enumerate(row):
            if v is not None:
                put(top + k, 2 + i, v, bold=(k == 0))
    # merged label column and merged level cells
    put(top, 1, "绩效指标", merge_to=(top + len(rows) - 1, 1))
    ws.merge_cells(start_row=top + 1, start_column=2, end_row=top + 4, end_column=2)   # 产出指标
    ws.merge_cells(start_row=top + 1, start_column=3, end_row=top + 2, end_column=3)   # 数量指标
    ws.merge_cells(start_row=top + 5, start_column=2, end_row=top + 6, end_column=2)   # 效益指标
    ws.merge_cells(start_row=top + 7, start_column=2, end_row=top + 8, end_column=2)   # 满意度指标
    ws.merge_cells(start_row=top + 7, start_column=3, end_row=top + 8, end_column=3)   # 服务对象满意度指标
    ws.merge_cells(start_row=top + 9, start_column=3, end_row=top + 10, end_column=3)  # 长效管理指标
    frame(top, top + len(rows) - 1)
    r = top + len(rows)
    put(r, 1, "总分:83", merge_to=(r, 9), center=False)
    r += 2

    # table 2: 动迁安置 (stored page stops after the funds rows)
    r = head(r, "动迁安置", "松江区九亭镇人民政府", "九亭镇人民政府动拆迁办公室")
    r = funds(r, [
        ["年度资金总额", "40067273.32", "40067273.32", "40067273.32", "10", "100.0%", "10"],
        ["其中:当年财政拨款", "0.00", "0.00", "", "-", "0.0%", "-"],
        ["上年结转资金", "0.00", "0.00", "", "-", "0.0%", "-"],
        ["其他资金", "0.00", "0.00", "", "-", "0.0%", "-"],
    ])
    put(r, 1, "年度")

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    t = datetime.datetime(2024, 1, 1, 0, 0, 0)
    wb.properties.creator = "blind169"
    wb.properties.lastModifiedBy = "blind169"
    wb.properties.title = "九亭镇2020年度财政项目支出绩效自评表"
    wb.properties.created = t
    wb.properties.modified = t
    wb.save(path)


BUILDERS = {HUAIYUAN: build_huaiyuan, SHANDONG: build_shandong, ANQING: build_anqing, JIUTING: build_jiuting}

# ---------------------------------------------------------------------------
# 3. DETERMINISM, PDF, ANNOTATIONS, CHECK
# ---------------------------------------------------------------------------

CORE_RE = [
    (re.compile(rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>"),
     rb"<dcterms:created\1>" + FIXED_TIME.encode() + rb"</dcterms:created>"),
    (re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>"),
     rb"<dcterms:modified\1>" + FIXED_TIME.encode() + rb"</dcterms:modified>"),
]


def normalise_zip(path):
    """Rewrite the OOXML zip with fixed timestamps, sorted-stable order and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                for rx, rep in CORE_RE:
                    data = rx.sub(rep, data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    os.replace(tmp, path)


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for " + path)
    return pdf


def write_annotations(fname, pdfname):
    os.makedirs(ANN, exist_ok=True)
    for name in (fname, pdfname):
        g = copy.deepcopy(GOLD[fname])
        g["source"] = name
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(fname, pdf):
    text = squash(subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True,
                                 text=True).stdout)
    g = GOLD[fname]
    wanted = []
    for i in g["indicators"]:
        wanted.append(("indicator", i["name"]))
        if i["target_text"]:
            wanted.append(("target", i["target_text"]))
    for x in g["goals"]:
        wanted.append(("goal", x["text"]))
    for f in g["findings"]:
        wanted.append(("finding", f["item"]))
    missing = [(k, w) for k, w in wanted if squash(w) not in text]
    return len(wanted), missing


def main():
    bad = 0
    for fname, build in BUILDERS.items():
        path = os.path.join(HERE, fname)
        build(path)
        normalise_zip(path)
        pdf = export_pdf(path)
        write_annotations(fname, os.path.basename(pdf))
        n, missing = check_pdf(fname, pdf)
        status = "OK" if not missing else "MISSING %d" % len(missing)
        print("%-55s checked %3d strings: %s" % (fname, n, status))
        for k, w in missing:
            print("    missing %s: %s" % (k, w))
        bad += len(missing)
    tot = {"indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for g in GOLD.values():
        for k in tot:
            tot[k] += len(g[k])
    print("gold totals per source file:", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
