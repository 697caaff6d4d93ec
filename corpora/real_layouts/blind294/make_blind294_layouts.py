"""Build the blind294 part of the test corpus.

Politics-and-law / emergency-management budget-performance documents,
rebuilt from stored public pages (see SOURCES.md).  The gold for every file is
written in GOLD below, before any file is built or read.  The script builds
DOCX/XLSX files, exports PDFs with LibreOffice, writes one annotation JSON per
file, checks with pdftotext that every gold string appears in its PDF and
keeps all outputs byte-deterministic (fixed dates, sorted zip entries, fixed
PDF metadata).
"""

import datetime
import hashlib
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
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind294"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

URL_XIANGYIN = "http://www.xiangyin.gov.cn/31185/62150/62202/content_2139262.html"
URL_HUNAN = "http://yjt.hunan.gov.cn./yjt/xxgk/czxx/202408/t20240801_33418894.html"
URL_PINGBIAN = ("http://www.hhpb.gov.cn/zfxxgk/fdzdgkxx/zdlyxxgk/czxxgkzl/ysjxgl/"
                "202303/t20230322_634673.html")
URL_SHANDONG = "http://czt.shandong.gov.cn/art/2020/12/22/art_250963_10310591.html"
URL_WEICHANG = "https://cdwcfy.hebeicourt.gov.cn/article/detail/2024/02/id/7814230.shtml"

# ---------------------------------------------------------------------------
# Texts shared by the documents and the gold (goals are written in my own
# words; figures, names, document numbers and defects are kept as stored).
# ---------------------------------------------------------------------------
XY_G1 = "抓好机关党建、工作绩效、文明创建、档案达标升级和党风廉政建设,提高执法队伍建设水平和人员素质。"
XY_G2 = "履行好县安办承担的各项工作职责。"
XY_G3 = "组织开展执法检查和安全生产工作督查,对各类事故及时查处。"
XY_G4 = "及时排查事故隐患,重大隐患实行挂牌督办,确保隐患整改率达100%"

PB_G1 = "保障全县道路交通安全形势总体平稳,为经济社会发展营造良好的道路交通安全环境。"
PB_G2 = "提高工作效率,推进文明畅通提升行动,着力缓解道路交通拥堵。"

SD_G1 = ("提升安全生产监控防范治理能力、自然灾害防治能力和应急指挥及抢险救援能力,"
         "为全省经济社会稳定发展提供安全保障")


def ind(name, operator, value, unit, target_text, level1=None, level2=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {
    "blind294_hunan_xiangyin_yjj_2022.docx": {
        "source_urls": [URL_XIANGYIN],
        "province": "湖南省",
        "doc_kind": "部门整体支出绩效评价自评报告(封面+部门基本概况表,湖南县级表式)",
        "patterns": [8, 10],
        "indicators": [
            ind("隐患整改率", "=", 100, "%", "确保隐患整改率达100%"),
        ],
        "goals": [
            {"kind": "年度目标", "text": XY_G1},
            {"kind": "年度目标", "text": XY_G2},
            {"kind": "年度目标", "text": XY_G3},
            {"kind": "年度目标", "text": XY_G4},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": XY_G1[:20],
             "why": "目标1列出五项工作并要求“提高”队伍建设水平和人员素质,没有任何数值、等级或时限"},
            {"rule": "goal.process_only", "item": XY_G2[:20],
             "why": "目标2只是复述县安办的职责,没有说明要达到的产出或结果"},
            {"rule": "goal.process_only", "item": XY_G3[:20],
             "why": "目标3只写开展执法检查和督查等活动,没有检查次数、查处率等产出量"},
        ],
        "notes": (
            "湘阴县应急管理局2022年度部门整体支出绩效自评报告,湖南“财政局(制)”表式:封面(部门名称、"
            "预算编码604001、评价方式、评价机构、报告日期写作20230310、湘阴县财政局(制))加“一、部门(单位)"
            "基本概况”表。目标写在“年度主要工作内容”单元格中,原文在句中硬换行(“提高/执法队伍”“执法检查和/"
            "安全生产”“实行/挂牌督办”),我在相近位置保留换行。只有目标4带数字(隐患整改率达100%),作为唯一"
            "指标行,运算符记“=”;它没有一级/二级标签。联络电话原页已打码(137****5745),照录。职责概述、目标和"
            "成绩均用自己的话改写,奖项名称与数字照录。存储页面在“二、部门(单位)收支情况/年度收入情况(”处截止,"
            "收支表、指标评分表均未存储,因此不标 coverage 等依赖后文的问题。"),
    },
    "blind294_hunan_yjt_2023_aqsc_zxzj.docx": {
        "source_urls": [URL_HUNAN],
        "province": "湖南省",
        "doc_kind": "省级专项资金绩效自评报告(叙述+资金分配表)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "专项资金金额", "kind": "sum", "total": 23880.75,
             "parts": [2608.00, 1245.00, 12927.75, 7100.00], "unit": "万元"},
            {"metric": "项目数量", "kind": "sum", "total": 667,
             "parts": [23, 13, 571, 60], "unit": "个"},
            {"metric": "资金到位率", "kind": "rate", "total": 11218.75,
             "parts": [9979.55], "unit": "万元", "stated_rate": 88.95},
            {"metric": "资金执行率", "kind": "rate", "total": 9979.55,
             "parts": [6542.63], "unit": "万元", "stated_rate": 65.56},
        ],
        "findings": [],
        "notes": (
            "湖南省应急管理厅2023年度安全生产预防及应急专项资金绩效自评报告。存储文本中文号和日期缺字符"
            "(湘办发〔201910号、湘财绩〔20207号、湘财绩〔20241号、湘财企〔202049号、截至20231231日、"
            "截至202441日),按事实照录。资金分配表合计与分项一致(2,608.00+1,245.00+12,927.75+7,100.00="
            "23,880.75;23+13+571+60=667);到位率88.95%=9,979.55/11,218.75,执行率65.56%=6,542.63/9,979.55"
            "(以到位数为分母,10号口径),均核对无误,所以没有 findings。叙述句用自己的话改写。存储页面在"
            "“截至202441日,现”处截止,绩效指标部分未存储,故无指标行、无目标。"),
    },
    "blind294_yunnan_pingbian_jiaojing_2022.docx": {
        "source_urls": [URL_PINGBIAN],
        "province": "云南省",
        "doc_kind": "项目支出绩效评价报告(交警大队,叙述)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "项目目标", "text": PB_G1},
            {"kind": "项目目标", "text": PB_G2},
        ],
        "facts": [
            {"metric": "预算执行率", "kind": "rate", "total": 73.19, "parts": [43.73],
             "unit": "万元", "stated_rate": 59.75},
            {"metric": "项目个数", "kind": "sum", "total": 4, "parts": [1, 1, 1, 1, 1],
             "unit": "个"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": PB_G1[:20],
             "why": "“保障…总体平稳、营造良好环境”没有事故起数、死亡人数等可衡量目标值"},
            {"rule": "goal.unquantified", "item": PB_G2[:20],
             "why": "“提高效率、推进行动、缓解拥堵”均为方向性表述,没有数值或基线"},
            {"rule": "consistency.sum", "item": "共开展4个项目",
             "why": "正文称共开展4个项目,随后列出5个项目名称(若末两项实为一个项目则相符,读者无法确认)"},
        ],
        "notes": (
            "屏边县公安局交通警察大队2022年度项目支出绩效评价报告,纯叙述。“(1)项目背景中”原文如此,照录。"
            "第1个项目的检查、约谈、排查、直播、宣传等数字是实施情况(实际完成数),文中没有对应的目标值,"
            "所以不作指标行。执行率59.75%=43.73/73.19核对无误。59.75%偏低,但偏差原因可能在页面截止后的"
            "分析部分,不标 deviation_reason_missing。存储页面在第2个项目“(2)主要内容及实施情况”一句后截止。"
            "叙述句用自己的话改写,项目名称和数字照录。"),
    },
    "blind294_shandong_aqsc_yjgl_2019.docx": {
        "source_urls": [URL_SHANDONG],
        "province": "山东省",
        "doc_kind": "省级专项资金绩效评价报告(叙述)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": SD_G1},
        ],
        "facts": [
            {"metric": "安全生产和应急管理专项资金", "kind": "sum", "total": 22894,
             "parts": [14527, 8367], "unit": "万元"},
            {"metric": "项目大类", "kind": "sum", "total": 15, "parts": [5, 10], "unit": "大类"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": SD_G1[:20],
             "why": "资金设立目的只写“提升…能力、提供安全保障”,没有任何可考核的数值"},
        ],
        "notes": (
            "山东省财政厅公开的2019年度安全生产和应急管理资金绩效评价报告(第三方口吻)。22894=14527+8367,"
            "15大类=安全生产5类+应急管理10类,列出的名称数也分别是5和10,均一致。背景叙述用自己的话改写,"
            "15类项目名称照录(含“利奇马”“大快严”引号)。存储页面在“截至2019年12月31日,实际执行9359.05万元,"
            "预算”处截止,执行率未写出,我不替文档计算;绩效目标表和评分部分未存储。"),
    },
    "blind294_hebei_weichang_fy_2024_yusuan.xlsx": {
        "source_urls": [URL_WEICHANG],
        "province": "河北省",
        "doc_kind": "单位预算公开表(目录+收支总表,法院)",
        "patterns": [9],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "围场满族蒙古族自治县人民法院2024年单位预算公开表。目录页码照录;收支总表保留“栏次 1 2 3 4”"
            "行和“序号”列(不是金额的数字行,pattern 9 的近似情形),保留“二、 政府性基金…”等项目名中的"
            "多余空格,空单元格留空。目录写明“五、单位整体绩效目标 17”“七、单位项目预算安排情况及绩效目标 22”,"
            "但存储页面在收支总表第17行“十”处截止,绩效目标未存储;支出合计行也未存储,所以不记 facts"
            "(2664.35+258.74+57.14 只是部分支出)。本文件用于检验工具不在预算表中臆造指标。"),
    },
}


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def set_run_font(run, size=11, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)


def para(doc, text, size=11, bold=False, center=False):
    p = doc.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_run_font(r, size, bold)
        if i < len(lines) - 1:
            r.add_break()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, size=10, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_run_font(r, size, bold)
        if i < len(lines) - 1:
            r.add_break()


def table(doc, rows, merges=(), widths=None, size=10):
    """rows: list of lists of str (None = empty); merges: (r1, c1, r2, c2)."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for ri, row in enumerate(rows):
        for ci in range(ncols):
            val = row[ci] if ci < len(row) else None
            if val:
                cell_text(t.cell(ri, ci), val, size)
    for r1, c1, r2, c2 in merges:
        keep = t.cell(r1, c1).text
        merged = t.cell(r1, c1).merge(t.cell(r2, c2))
        cell_text(merged, keep, size)
    return t


def new_doc(title):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind294"
    cp.last_modified_by = "blind294"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


# ---------------------------------------------------------------------------
# Document builders
# ---------------------------------------------------------------------------
def build_xiangyin(path):
    doc = new_doc("湘阴县财政支出项目绩效评价自评报告部门整体绩效自评表")
    para(doc, "湘阴县财政支出项目绩效评价自评报告部门整体绩效自评表", 14, True, True)
    para(doc, "来源: 湘阴县应急局    发布时间: 2023-03-13 09:02    浏览次数: 1")
    para(doc, " ")
    para(doc, "              部门(单位)名称        湘阴县应急管理局    ")
    para(doc, "              预算编码                604001                      ")
    para(doc, "                   评价方式:部门(单位)绩效自评")
    para(doc, "                    评价机构:部门(单位)评价组   ")
    para(doc, " ")
    para(doc, "         报告日期:   20230310")
    para(doc, "            湘阴县财政局(制)")
    para(doc, "一、部门(单位)基本概况", 12, True)
    duty = ("湘阴县应急局负责全县安全生产工作的综合管理,承担安全生产监督职能,依法行使综合监督管理"
            "职权;贯彻落实安全生产法律法规,组织和指导安全宣传教育,发布安全生产信息,并指导协调"
            "安全生产检测等工作。")
    goals = ("目标1:抓好机关党建、工作绩效、文明创建、档案达标升级和党风廉政建设,提高\n"
             "执法队伍建设水平和人员素质。目标2:履行好县安办承担的各项工作职责。目标3:组织开展执法检查和\n"
             "安全生产工作督查,对各类事故及时查处。目标4:及时排查事故隐患,重大隐患实行\n"
             "挂牌督办,确保隐患整改率达100%")
    results = ("1、2022年,我县获评全省安全生产和消防工作先进县、全省抗震减灾工作先进单位,并获得全省"
               "应急管理系统安全生产“打非治违”和自然灾害防灾减灾两项真抓实干激励奖2、严格落实安全生产"
               "法律法规,安全生产责任制全面压实;")
    rows = [
        ["联系人", "徐旭", "联络电话", "137****5745"],
        ["人员编制", "67", "实有人数", "67"],
        ["职能职责概述", duty, None, None],
        ["年度主要\n工作内容", goals, None, None],
        ["年度部门(单位)总体运行情况及取得的成绩", results, None, None],
    ]
    table(doc, rows, merges=[(2, 1, 2, 3), (3, 1, 3, 3), (4, 1, 4, 3)])
    para(doc, " ")
    para(doc, "二、部门(单位)收支情况", 12, True)
    para(doc, " ")
    para(doc, "年度收入情况(")
    doc.save(path)


def build_hunan(path):
    doc = new_doc("2023年度湖南省安全生产预防及应急专项资金绩效自评报告")
    para(doc, "2023年度湖南省安全生产预防及应急专项资金绩效自评报告", 14, True, True)
    para(doc, "湖南省应急管理厅  时间:2024-06-30 10:06")
    para(doc, "• 索引号:430S00/2024-105909\n• 题裁分类:\n• 发布机构:\n"
              "• 发文日期: 2024-06-30 10:09 17:13\n• 主题分类:\n• 主题词:\n"
              "• 名称: 2023年度湖南省安全生产预防及应急专项资金绩效自评报告")
    para(doc, "依据《中共湖南省委办公厅湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见》"
              "(湘办发〔201910号)、《湖南省预算支出绩效评价管理办法》(湘财绩〔20207号)等规定,"
              "并按《湖南省财政厅关于开展2023年度省级预算部门绩效自评和部门评价的通知》(湘财绩〔20241号)"
              "的部署,为规范专项资金管理、提高财政资金使用效益,我厅对2023年度湖南省安全生产预防及应急"
              "专项资金(下称专项资金)开展了绩效评价,有关情况报告如下:")
    para(doc, "一、专项资金基本情况", 12, True)
    para(doc, "(一)专项资金分配及下达情况", 11, True)
    para(doc, "按照《湖南省安全生产预防及应急专项资金管理办法》(湘财企〔202049号),专项资金投向"
              "风险识别与管控、宣传教育培训、应急能力建设、自然灾害救灾四个方向。2023年度共安排专项资金"
              "23,880.75万元(其中含为整改2022年度挤占挪用专项资金问题而收回、重新下达的46.75万元),"
              "支持项目667个,明细见下表。")
    rows = [
        ["项目大类", "金额(万元)", "项目数量(个)"],
        ["风险识别与管控", "2,608.00", "23"],
        ["宣传教育培训", "1,245.00", "13"],
        ["应急能力建设", "12,927.75", "571"],
        ["自然灾害救灾", "7,100.00", "60"],
        ["总计", "23,880.75", "667"],
    ]
    table(doc, rows)
    para(doc, "(二)现场评价专项资金基本情况", 11, True)
    para(doc, "1.现场评价资金拨付到位情况")
    para(doc, "本次现场评价共抽查229个项目,涉及金额11,218.75 万元。截至20231231日,现场评价专项资金"
              "已到位9,979.55 万元,资金到位率为88.95%;到位资金中已支出6,542.63 万元,资金执行率为65.56%。")
    para(doc, "截至202441日,现")
    doc.save(path)


def build_pingbian(path):
    doc = new_doc("屏边县公安局交通警察大队2022年度项目支出绩效评价报告")
    para(doc, "屏边县公安局交通警察大队2022年度项目支出绩效评价报告", 14, True, True)
    para(doc, "文章来源:屏边县公安局交通警察大队 发布日期:2023/03/22 10:30 字体:[]")
    para(doc, "  一、基本情况", 12, True)
    para(doc, "  (一)项目概况。")
    para(doc, "  屏边县公安局交通警察大队共开展4个项目,即中央和省级政法纪检监察转移支付项目、"
              "交通警察部门公安管理业务费项目、辅警待遇专项经费项目、交通事故预防项目、结合治理工作经费项目。")
    para(doc, "  1.中央和省级政法纪检监察转移支付项目", 11, True)
    para(doc, "  (1)项目背景中")
    para(doc, "  该转移支付是大队的经常性项目,主要为交通事故预防、安全事故查处和交通安全宣传等工作提供保障。")
    para(doc, "  (2)主要内容及实施情况")
    para(doc, "  该项目资金主要用于" + PB_G1 + "2022年共联合检查运输企业7次,约谈运输企业1家,"
              "排查农村突出路口路段隐患15处、交通安全隐患大排查大整治隐患14处;开展执法直播12次、"
              "媒体随警作战12次、集中宣传7次,深入重点企业、农村、学校开展交通安全宣讲7次,发放宣传资料"
              "4200余份,警示曝光各类交通违法268起,发送提示短信3200余条。")
    para(doc, "  (3)资金投入和使用情况")
    para(doc, "  中央和省级政法纪检监察转移支付全年预算经费73.19万元,其中上年结转15.19万元;全年支出"
              "合计43.73万元,预算执行率59.75%。")
    para(doc, "  2.交通警察部门公安管理业务费项目", 11, True)
    para(doc, "  (1)项目背景中")
    para(doc, "  该业务费同样是大队的经常性项目,主要承担大队网络监控设备的运行维护。")
    para(doc, "  (2)主要内容及实施情况")
    para(doc, "  交通警察部门公安管理业务费主要用于" + PB_G2)
    doc.save(path)


def build_shandong(path):
    doc = new_doc("2019年度安全生产和应急管理资金绩效评价报告")
    para(doc, "2019年度安全生产和应急管理资金绩效评价报告", 14, True, True)
    para(doc, "    发布日期:2020-12-22 15:53 浏览次数:")
    para(doc, "    一、项目基本情况", 12, True)
    para(doc, "    (一)项目立项政策背景及实施目的", 11, True)
    para(doc, "    山东省经济社会高速发展,工业化升级和城镇化快速推进,城市规模持续扩大,新技术、新业态、"
              "新模式大量涌现,安全生产风险点随之增多;部分传统高危行业、企业和劳动密集型制造业的安全隐患"
              "逐步显现,监督防控难度加大。加之近年来自然灾害多发,安全生产的不确定性上升,自然灾害防治"
              "能力建设亟待加强。为推动经济社会健康协调发展、保障国家财产和人民群众生命安全,2019年山东省"
              "整合设立省级安全生产和应急管理专项资金,用于" + SD_G1 + "。")
    para(doc, "    (二)项目内容和预算支出情况", 11, True)
    para(doc, "    2019年,山东省省级财政共安排安全生产和应急管理专项资金22894万元,其中省本级资金14527万元,"
              "对下转移支付资金8367万元。资金主要支持安全生产、应急管理两方面15大类项目:安全生产方面5大类,"
              "即安全生产基础保障建设、重点隐患治理、双重预防体系建设经费、省级安全生产工作先进单位奖励、"
              "安全生产责任保险资金省级补助;应急管理方面10大类,即应急救援体系建设、应急管理公益宣传、"
              "应急救援技术支撑服务、风险隐患“大快严”集中行动专项经费、省级专业应急救援中心建设、"
              "省级救援装备购置经费、“利奇马”台风抢险救援费用省级补助、省级应急救援演练补助资金、"
              "消防员招录省级补助、应急处置和安全生产培训体验中心建设。")
    para(doc, "    截至2019年12月31日,实际执行9359.05万元,预算")
    doc.save(path)


def build_weichang(path):
    wb = Workbook()
    wb.properties.creator = "blind294"
    wb.properties.lastModifiedBy = "blind294"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")

    ws = wb.active
    ws.title = "目录"
    toc = [
        ("单位预算公开表", None),
        ("单位预算收支总表", "1"),
        ("单位预算收入总表", "3"),
        ("单位预算支出总表", "5"),
        ("单位预算财政拨款收支总表", "6"),
        ("单位预算一般公共预算财政拨款支出表", "9"),
        ("单位预算一般公共预算财政拨款基本支出表", "10"),
        ("单位预算政府性基金预算财政拨款支出表", "12"),
        ("单位预算国有资本经营预算财政拨款支出表", "13"),
        ("单位预算财政拨款“ 三公” 经费支出表", "14"),
        ("单位预算信息公开情况说明", None),
        ("一、单位职责及机构设置情况", "15"),
        ("二、单位预算安排的总体情况", "16"),
        ("三、机关运行经费安排情况", "17"),
        ("四、财政拨款“ 三公”经费预算情况及增减变化原因", "17"),
        ("五、单位整体绩效目标", "17"),
        ("六、单位主管专项资金预算安排情况及绩效目标", "22"),
        ("七、单位项目预算安排情况及绩效目标", "22"),
        ("八、政府采购预算情况", "25"),
        ("九、国有资产信息", "27"),
        ("十、名词解释", "28"),
        ("十一、其他需要说明的事项", "29"),
    ]
    for i, (name, page) in enumerate(toc, start=1):
        ws.cell(row=i, column=1, value=name)
        if page is not None:
            ws.cell(row=i, column=2, value=page)
        if page is None:
            ws.cell(row=i, column=1).font = Font(bold=True, name=FONT)
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 8

    ws2 = wb.create_sheet("收支总表")
    ws2.cell(row=1, column=1, value="328001围场满族蒙古族自治县人民法院")
    ws2.cell(row=1, column=3, value="预算年度: 2024")
    ws2.cell(row=1, column=5, value="单位:万元")
    ws2.merge_cells("A1:B1")
    ws2.merge_cells("C1:D1")
    ws2.cell(row=2, column=1, value="序号")
    ws2.cell(row=2, column=2, value="收入")
    ws2.cell(row=2, column=4, value="支出")
    ws2.merge_cells("B2:C2")
    ws2.merge_cells("D2:E2")
    ws2.merge_cells("A2:A3")
    for col, val in ((2, "项 目"), (3, "预算数"), (4, "项 目"), (5, "预算数")):
        ws2.cell(row=3, column=col, value=val)
    for col, val in ((1, "栏次"), (2, "1"), (3, "2"), (4, "3"), (5, "4")):
        ws2.cell(row=4, column=col, value=val)
    body = [
        ("1", "一、一般公共预算拨款收入", "3013.76", "一、一般公共服务支出", None),
        ("2", "二、 政府性基金预算拨款收入", None, "二、 外交支出", None),
        ("3", "三、 国有资本经营预算拨款收入", None, "三、 国防支出", None),
        ("4", "四、 财政专户管理资金收入", None, "四、 公共安全支出", "2664.35"),
        ("5", "五、 单位资金", None, "五、 教育支出", None),
        ("6", None, None, "六、 科学技术支出", None),
        ("7", None, None, "七、 文化旅游体育与传媒支出", None),
        ("8", None, None, "八、 社会保障和就业支出", "258.74"),
        ("9", None, None, "九、 社会保险基金支出", None),
        ("10", None, None, "十、 卫生健康支出", "57.14"),
        ("11", None, None, "十一、节能环保支出", None),
        ("12", None, None, "十二、城乡社区支出", None),
        ("13", None, None, "十三、农林水支出", None),
        ("14", None, None, "十四、交通运输支出", None),
        ("15", None, None, "十五、资源勘探工业信息等支出", None),
        ("16", None, None, "十六、商业服务业等支出", None),
        ("17", None, None, "十", None),
    ]
    for ri, row in enumerate(body, start=5):
        for ci, val in enumerate(row, start=1):
            if val is None:
                continue
            if ci in (3, 5):
                ws2.cell(row=ri, column=ci, value=float(val)).number_format = "0.00"
            else:
                ws2.cell(row=ri, column=ci, value=val)
    for row in ws2.iter_rows(min_row=2, max_row=4 + len(body), min_col=1, max_col=5):
        for c in row:
            c.border = box
            c.alignment = wrap
    for col, w in (("A", 8), ("B", 34), ("C", 12), ("D", 34), ("E", 12)):
        ws2.column_dimensions[col].width = w
    for sh in (ws, ws2):
        sh.page_setup.orientation = "portrait"
        sh.page_setup.fitToWidth = 1
        sh.page_setup.fitToHeight = 0
        sh.sheet_properties.pageSetUpPr.fitToPage = True
        for row in sh.iter_rows():
            for c in row:
                f = c.font
                c.font = Font(name=FONT, bold=f.bold, size=10)
    wb.save(path)


BUILDERS = {
    "blind294_hunan_xiangyin_yjj_2022.docx": build_xiangyin,
    "blind294_hunan_yjt_2023_aqsc_zxzj.docx": build_hunan,
    "blind294_yunnan_pingbian_jiaojing_2022.docx": build_pingbian,
    "blind294_shandong_aqsc_yjgl_2019.docx": build_shandong,
    "blind294_hebei_weichang_fy_2024_yusuan.xlsx": build_weichang,
}


# ---------------------------------------------------------------------------
# Determinism
# ---------------------------------------------------------------------------
def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in z.namelist()]
    items.sort(key=lambda x: x[0])
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z",
                          b"2024-01-01T00:00:00Z", data) if name.startswith("docProps/") else data
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def _same_len_digits(m):
    return re.sub(rb"\d", b"0", m.group(0))


def _same_len_digits_hex(m):
    head, _, tail = m.group(0).rpartition(b"/")
    return head + b"/" + b"0" * len(tail)


def normalize_pdf(path):
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"D:\d{14}[^)]*", _same_len_digits, data)
    data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?",
                  _same_len_digits, data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"[0-9A-Fa-f](?=[0-9A-Fa-f]*>)", b"0", m.group(0)), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + b"0" * 36, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", _same_len_digits_hex, data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalize_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------
def squash(s):
    return re.sub(r"\s+", "", s)


def pdf_text(pdf):
    outs = []
    for mode in ([], ["-layout"], ["-raw"]):
        r = subprocess.run(["pdftotext", *mode, pdf, "-"], check=True, capture_output=True)
        outs.append(squash(r.stdout.decode("utf-8")))
    return outs


def check_pdf(name, gold, pdf):
    texts = pdf_text(pdf)
    wanted = []
    for i in gold["indicators"]:
        wanted += [i["name"], i["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if w and not any(squash(w) in t for t in texts)]
    if missing:
        print(f"MISSING in {os.path.basename(pdf)}: {missing}", file=sys.stderr)
        return False
    return True


def write_annotation(fname, gold):
    rec = {"source": fname}
    rec.update(gold)
    out = os.path.join(ANN, fname + ".json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main():
    os.makedirs(ANN, exist_ok=True)
    ok = True
    sums = {}
    for fname, gold in GOLD.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        normalize_zip(path)
        pdf = to_pdf(path)
        write_annotation(fname, gold)
        write_annotation(os.path.basename(pdf), gold)
        ok = check_pdf(fname, gold, pdf) and ok
        sums[fname] = md5(path)
        sums[os.path.basename(pdf)] = md5(pdf)
    with open(os.path.join(HERE, "md5sums.txt"), "w", encoding="utf-8") as f:
        f.writelines(f"{sums[k]}  {k}\n" for k in sorted(sums))
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    print(f"built {len(GOLD)} files (+PDFs), {n_ind} indicator rows; checks {'OK' if ok else 'FAILED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
