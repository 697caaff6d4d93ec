#!/usr/bin/env python3
"""Blind part 61 of the real-layout corpus (code-blind annotation).

Each document reproduces one stored public page (see SOURCES.md): layout, labels, values, defects as the
page has them; longer prose re-worded with the same numbers.  The gold for every file is written by hand in
DOCS below, before anything ran on the files.

    /tmp/venv/bin/python make_blind61_layouts.py [--no-pdf]

DOCX/XLSX are deterministic: core properties pinned to 2025-01-01 and every zip entry rewritten with a fixed
date in a fixed (sorted, [Content_Types].xml first) order.
"""
import copy
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime(2025, 1, 1, 0, 0, 0)
ZIPDATE = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------- helpers
def _pin_core(xml: str) -> str:
    xml = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", xml)
    xml = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", xml)
    xml = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", xml)
    return xml


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    names = sorted(items, key=lambda n: (n != "[Content_Types].xml", n))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            data = items[n]
            if n == "docProps/core.xml":
                data = _pin_core(data.decode("utf-8")).encode("utf-8")
            info = zipfile.ZipInfo(n, date_time=ZIPDATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def new_doc():
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind61"
    cp.last_modified_by = "blind61"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(2)
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


def table(d, rows, ncols, merges=(), widths=None, bold_rows=()):
    """rows: list of lists (len ncols, None = empty).  merges: (r1, c1, r2, c2) inclusive; text of the top-left."""
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    covered = set()
    for (r1, c1, r2, c2) in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in covered or v is None:
                continue
            cell = t.cell(i, j)
            cell.text = str(v)
            if i in bold_rows:
                for p in cell.paragraphs:
                    for r in p.runs:
                        r.bold = True
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def save_doc(d, name):
    path = os.path.join(HERE, name)
    d.save(path)
    normalise_zip(path)
    return path


# ----------------------------------------------------------------------------- documents
def build_shizuishan():
    """宁夏 石嘴山市疾病预防控制中心 2020 项目绩效目标批复表 (XLSX; tree in one column, leading spaces)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "批复表"
    wb.properties.creator = "blind61"
    wb.properties.lastModifiedBy = "blind61"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.column_dimensions["A"].width = 78
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 14
    ws["A1"] = "关于石嘴山市疾病预防控制中心2020年项目支出预算绩效目标公开情况的说明"
    ws["A1"].font = Font(bold=True)
    ws.merge_cells("A1:C1")
    ws["A2"] = ("2020年,石嘴山市疾病预防控制中心设置的项目支出预算绩效目标共1个,即狂犬、乙肝、流感等疫苗及"
                "美沙酮药物项目,所涉财政拨款资金为300万元。")
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A2:C2")
    ws.row_dimensions[2].height = 32
    ws["A4"] = "石嘴山市疾病预防控制中心2020年项目绩效目标批复表"
    ws["A4"].font = Font(bold=True, size=13)
    ws["A4"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A4:C4")
    ws["C5"] = "单位:元"
    ws["C5"].alignment = Alignment(horizontal="right")
    rows = [
        ("项目", "指标值", "绩效金额"),
        (" 石嘴山市疾病预防控制中心", None, None),
        ("  狂犬、乙肝、流感等疫苗及美沙酮药物", None, 3000000),
        ("   产出指标", None, None),
        ("    成本指标(必填硬性指标)", None, None),
        ("     按照辖区内社区卫生服务机构计划进行采购后,以采购价提供给各社区卫生服务机构", "100%", None),
        ("     按照物价部门定价标准采购", "100%", None),
        ("    时效指标(必填)", None, None),
        ("     疫苗提供及时率", "100%", None),
        ("     对美沙酮维持患者及时给予治疗", "100%", None),
        ("    数量指标(必填硬性指标)", None, None),
        ("     疫苗使用率", "100%", None),
        ("     满足海洛因成瘾患者维持治疗需求", "100%", None),
        ("    质量指标(必填)", None, None),
        ("     质量符合国家标准,有国家颁发的批签发等相关证明文件", "100%", None),
        ("     美沙酮药物治疗符合国家相关标准", "100%", None),
        ("   满意度指标", None, None),
        ("    服务对象满意度指标(必填)", None, None),
        ("     服务对象满意度", "100%", None),
        ("   效益指标", None, None),
        ("    可持续影响指标(必填)", None, None),
        ("     通过注射疫苗,可以有效降低疫苗针对传染病的发生", "40%", None),
        ("     通过美沙酮药物维持治疗可以有效地降低艾滋病在吸毒人群中传播,减少毒品的使用", "90%", None),
        ("    社会效益指标(必填)", None, None),
        ("     满足辖区居民对常用疫苗的需求", "100%", None),
        ("     满足海洛因成瘾患者维持治疗需求", "100%", None),
    ]
    r0 = 6
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ws.cell(row=r0 + i, column=j + 1, value=v)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="center",
                                    horizontal="center" if (i == 0 or j > 0) else "left")
            if i == 0:
                c.font = Font(bold=True)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    name = "nx-shizuishan-cdc-vaccine-targets.xlsx"
    path = os.path.join(HERE, name)
    wb.save(path)
    normalise_zip(path)
    return path


def build_heping():
    """广东 河源 和平县 2020 抗疫特别国债 绩效自评报告, as stored on a mirror site: traditional characters with
    pinyin left in brackets by the mirror's conversion; table 绩效指标|一级|二级|三级|周期指标值|本年度指标值."""
    d = new_doc()
    para(d, "廣東省河源市和平縣2020年度抗疫特別國債資金績效自評報告", bold=True, center=True, size=15)
    para(d, "發(fā)布時間:2021-03-17", center=True, size=9)
    para(d, "一、績效目標(biāo)分解下達(dá)情況", bold=True)
    para(d, "(一)中央下達(dá)抗疫特別國債資金情況", bold=True)
    para(d, "2020年,依據(jù)《財政部關(guān)于下達(dá)2020年抗疫特別國債支出預(yù)算的通知》(財預(yù)[2020]63號),"
            "中央向我縣撥付抗疫特別國債資金11600萬元,投向和平縣陽明鎮(zhèn)星星中學(xué)的校舍、"
            "室外市政附屬工程及設(shè)施設(shè)備采購。")
    para(d, "(二)績效目標(biāo)情況", bold=True)
    para(d, "結(jié)合項目建設(shè)實際,設(shè)定績效目標(biāo)如下:")
    L = "績效指標(biāo)"
    rows = [
        [L, "一級指標(biāo)", "二級指標(biāo)", "三級指標(biāo)", "周期指標(biāo)值", "本年度指標(biāo)值"],
        [L, "產(chǎn)出指標(biāo)", "數(shù)量指標(biāo)", "總建筑面積(平方米)", "44979.8", "44979.8"],
        [L, None, None, "新增學(xué)位數(shù)量(個)", "3000", "1200"],
        [L, None, None, "新增學(xué)生住宿床位數(shù)量(個)", "2000", "1200"],
        [L, None, None, "新增教學(xué)用房及教學(xué)輔助用房面積(平方米)", "15204.15", "15204.15"],
        [L, None, None, "新增室內(nèi)活動場館(平方米)", "1148.1", "1148.1"],
        [L, None, None, "室外市政附屬工程",
         "全部完成(包括運動場、足球場、跑道、道路、廣場、廣場臺階、圍墻、擋土墻、室外給水、室外污水、"
         "室外雨水、室外燈及廣播電氣、停車場、綠化等)", "完成90%"],
        [L, None, None, "設(shè)施設(shè)備采購", "全部完成", "全部完成"],
        [L, None, "質(zhì)量指標(biāo)", "工程竣工驗收合格率", "100%", "100%"],
        [L, None, "時效指標(biāo)", "工程完成時間", "2021.6", None],
        [L, "效益指標(biāo)", "經(jīng)濟效益指標(biāo)", "提高縣城初中學(xué)生就學(xué)率", "27.3%", "10.9%"],
        [L, None, "社會效益指標(biāo)", "改善辦學(xué)", None, None],
    ]
    merges = [(0, 0, 11, 0), (1, 1, 9, 1), (1, 2, 7, 2), (10, 1, 11, 1)]
    table(d, rows, 6, merges=merges, widths=[1.4, 2.0, 2.2, 4.6, 4.2, 2.6], bold_rows=(0,))
    return save_doc(d, "gd-heping-kangyi-school-selfreport.docx")


def build_xilingol():
    """内蒙古 锡林郭勒盟 城乡居民基本养老保险补助资金 2022 绩效自评报告 (prose; cut in 质量指标)."""
    d = new_doc()
    meta = [
        ["标题:锡林郭勒盟城乡居民基本养老保险补助资金2022年度绩效自评报告", None, None, None],
        ["索引号:57063245-6/2023-00020", None, "发文字号:", None],
        ["发文机构:人力资源和社会保障局", None, "信息分类:", None],
        ["概述:锡林郭勒盟城乡居民基本养老保险补助资金2022年度绩效自评报告", None, None, None],
        ["成文日期:2023-04-27 14:20:36", "公开日期:2023-04-27 14:20:36", "废止日期:———", "有 效 性:有效"],
    ]
    table(d, meta, 4, merges=[(0, 0, 0, 3), (1, 0, 1, 1), (1, 2, 1, 3), (2, 0, 2, 1), (2, 2, 2, 3),
                              (3, 0, 3, 3)])
    para(d, "")
    para(d, "一、绩效目标分解下达情况", bold=True)
    para(d, "(一)城乡居民基本养老保险补助资金各级财政预算安排情况、分解下达预算情况。2022年全盟城乡居民"
            "基本养老保险补助经费预算数为30075万元,由以下几部分构成:中央补助资金11375万元,自治区财政补助资金"
            "3953万元,盟市财政补助资金3261万元,旗县级财政资金10935万元,其他资金(含结转结余资金和利息收入)"
            "551万元。")
    para(d, "(二)制定、下达城乡居民基本养老保险补助资金绩效目标情况。依照自治区下发的工作方案,结合本地业务"
            "实际确定绩效目标。")
    para(d, "二、绩效情况分析", bold=True)
    para(d, "(一)资金投入情况分析。2022年全盟城乡居民养老保险资金共执行29675万元,预算执行率98.67%。")
    para(d, "(二)资金管理情况分析。资金分配科学;下达总体及时,但中央财政补贴资金第二批指标下达偏晚,"
            "各旗县已完成年终结账,资金未能当年到位,出现跨年到位,建议中央财政补贴资金提前下达。拨付合规,"
            "使用规范,执行准确,预算绩效管理较为合理,支出责任按时间节点履行。")
    para(d, "(三)总体绩效目标完成情况分析。各级补贴资金已足额拨入专户,待遇按时足额发放,困难群体做到应代尽代。")
    para(d, "(四)绩效指标完成情况分析。")
    para(d, "1.产出指标。")
    para(d, "数量指标。养老金领取人数全年平均数年初任务数101974人,全年完成值103119人;全年缴费人数年初任务数"
            "216786人,全年完成值201201人。")
    para(d, "质量指标。符合条件的城乡老年居民养老金")
    return save_doc(d, "nm-xilingol-pension-selfreport.docx")


def build_dali():
    """云南 大理州中医医院 中医药部门公共卫生中央补助资金 绩效自评 (prose; no title on the stored page)."""
    d = new_doc()
    para(d, "一、绩效目标分解下达情况", bold=True)
    para(d, "(一)中央下达中医药部门公共卫生中央补助专项转移支付预算和绩效目标情况。")
    para(d, "1.中央专项转移支付预算")
    para(d, "中央财政共下达专项转移支付资金200万元。")
    para(d, "2.绩效目标")
    para(d, "加强重点中医医院重症学科建设。")
    para(d, "(二)省内分解下达预算和绩效目标情况。")
    para(d, "1.下达预算")
    para(d, "州财政已将200万元全额下达至大理州中医医院,依据为2018年中医药部门公共卫生中央补助资金的通知"
            "(大财社〔2018〕4号)。")
    para(d, "2.绩效目标")
    para(d, "加强重点中医医院重症学科建设。依规配齐重症医学科设备,按程序报批采购并把好设备质量关,"
            "按期维护保养和检测检定,使设备正常运转、临床业务正常开展;同时分批选派人员赴省级医院进修,"
            "培养ICU人才。借助本项目推动我院重症医学科建设,增强诊疗能力、拓展业务范围、提升医疗服务能力,"
            "守护本地区群众健康。")
    para(d, "二、绩效目标完成情况", bold=True)
    para(d, "(一)资金投入情况分析。")
    para(d, "1.项目资金到位情况分析。")
    para(d, "州财政已将200万元全额下达大理州中医医院,医院另行自筹配套资金201.7万元。")
    para(d, "2.项目资金执行情况分析。")
    para(d, "项目资金用于购置ICU设备:血液净化设备35万元、有创呼吸机34万元、无创呼吸机18万元、数字遥测23.5万元"
            "除颤监护仪20万元、软管可视喉镜8万元、六道输注泵7.5万元、四道输注泵6万元、升降温设备6万元、"
            "营养输注泵4.5万元、振动排痰仪4万元、多功能抢救床3万元、床单位消毒机2.2万元、"
            "移动式数字摄影X线系统120万元、便携式彩色多普勒超声系统110万元,共计401.7万元。")
    para(d, "3.项目资金管理情况分析。")
    para(d, "资金管理方面压实责任,健全管理制度,落实配套资金,定期调度拨付进度,提高预算执行效率和资金使用效益,"
            "保障财政资金使用安全")
    return save_doc(d, "yn-dali-tcm-icu-selfreport.docx")


def build_yueyanglou():
    """湖南 岳阳楼区公共服务和网格化中心 2021 部门(单位)整体支出绩效评价自评报告 (form; cut in 收支情况)."""
    d = new_doc()
    para(d, "附件2-1")
    para(d, "岳阳楼区2021年度部门(单位)整体支出", bold=True, center=True, size=16)
    para(d, "绩效评价自评报告", bold=True, center=True, size=16)
    para(d, "")
    para(d, "部门(单位)名称: 岳阳市岳阳楼区公共服务和网格化中心")
    para(d, "预 算 编 码: 102008")
    para(d, "评价方式:部门(单位)绩效自评")
    para(d, "评价机构:部门(单位)评价组")
    para(d, "报告日期:   2022年 5 月 9 日")
    para(d, "岳阳楼区财政局(制)", center=True)
    para(d, "一、部门(单位)基本概况", bold=True)
    duty = ("(一)落实中央、省、市有关社会治理创新的方针政策和法律法规;拟订全区社区治理和服务创新的发展战略与"
            "规划,全面推进公共服务、网格管理和居民自治“三合一”工作。\n"
            "(二)管理“岳阳楼区社区治理和服务创新工作平台”。\n"
            "(三)会同有关部门整合信息资源、对接部门数据和平台,推动该平台与各部门信息互通共享。")
    tasks = ("任务1:扎实推进城市运行“一网统管”建设;\n"
             "任务2:“党建+网格化微治理”落实落细;\n"
             "任务3:发挥社区绩效考评指挥棒的作用。")
    result = ("1.区直各部门以“网格化+”为基础,主动接入三合一平台,实现系统融合和数据资源共享;\n"
              "2.主动对接有关部门,按“一网统管”建设工作方案的要求稳步推进;\n"
              "3.社区(村)绩效考评工作稳步开展,社区工作积极性得到提升。")
    rows = [
        ["联系人", "管泽丽", "联络电话", "195XXXX1325"],
        ["人员编制", "12", "实有人数", "9"],
        ["职能职责概述", duty, None, None],
        ["年度主要\n工作内容", tasks, None, None],
        ["年度部门(单位)总体运行情况及取得的成绩", result, None, None],
    ]
    table(d, rows, 4, merges=[(2, 1, 2, 3), (3, 1, 3, 3), (4, 1, 4, 3)], widths=[3.5, 5.5, 3.0, 5.0])
    para(d, "")
    para(d, "二、部门(单位)收支情况", bold=True)
    para(d, "年度收入情况(万元)")
    inc = [
        ["机构名称", "收入合计", "其中:", None, None, None, None],
        [None, None, "上年结转", "公共财\n政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他\n收入"],
        ["岳阳市岳阳楼区公共服务和网格化中心", "297.79", "0", "266.31", "31.47", None, None],
    ]
    table(d, inc, 7, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6)], bold_rows=(0, 1))
    para(d, "")
    para(d, "部门(单位)年度支出和")
    return save_doc(d, "hn-yueyanglou-grid-dept-selfreport.docx")


# ----------------------------------------------------------------------------- gold
def ind(l1, l2, name, op, value, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": tt, "actual": actual, "weight": weight, "score": score}


SZS_URL = "http://www.shizuishan.gov.cn/zwgk/zfxxgkml/czyjsgk/bmys_45072/2020n/202012/t20201221_2532187.html"
HP_URL = "http://www.668kn.com/zwgk/gggs/content/post_447564.html"
XL_URL = "https://rsj.xlgl.gov.cn/rsj/zwgk/zfxxgk/fdzdgknr/tjxx/2023061414213527102/index.shtml"
DL_URL = "https://www.dlzzyyy.com/news/2428.cshtml"
YYL_URL = ("https://yylq.gov.cn/21487/21498/21516/42803/69145/69154/69237/69239/69243/"
           "content_2112714.html")

P = "产出指标"
SZS_IND = [
    ind(P, "成本指标", "按照辖区内社区卫生服务机构计划进行采购后,以采购价提供给各社区卫生服务机构", None, 100, "%", "100%"),
    ind(P, "成本指标", "按照物价部门定价标准采购", None, 100, "%", "100%"),
    ind(P, "时效指标", "疫苗提供及时率", None, 100, "%", "100%"),
    ind(P, "时效指标", "对美沙酮维持患者及时给予治疗", None, 100, "%", "100%"),
    ind(P, "数量指标", "疫苗使用率", None, 100, "%", "100%"),
    ind(P, "数量指标", "满足海洛因成瘾患者维持治疗需求", None, 100, "%", "100%"),
    ind(P, "质量指标", "质量符合国家标准,有国家颁发的批签发等相关证明文件", None, 100, "%", "100%"),
    ind(P, "质量指标", "美沙酮药物治疗符合国家相关标准", None, 100, "%", "100%"),
    ind("满意度指标", "服务对象满意度指标", "服务对象满意度", None, 100, "%", "100%"),
    ind("效益指标", "可持续影响指标", "通过注射疫苗,可以有效降低疫苗针对传染病的发生", None, 40, "%", "40%"),
    ind("效益指标", "可持续影响指标", "通过美沙酮药物维持治疗可以有效地降低艾滋病在吸毒人群中传播,减少毒品的使用",
        None, 90, "%", "90%"),
    ind("效益指标", "社会效益指标", "满足辖区居民对常用疫苗的需求", None, 100, "%", "100%"),
    ind("效益指标", "社会效益指标", "满足海洛因成瘾患者维持治疗需求", None, 100, "%", "100%"),
]

HP1, HPQ = "產(chǎn)出指標(biāo)", "數(shù)量指標(biāo)"
HP_IND = [
    ind(HP1, HPQ, "總建筑面積(平方米)", None, 44979.8, "平方米", "44979.8"),
    ind(HP1, HPQ, "新增學(xué)位數(shù)量(個)", None, 1200, "個", "1200"),
    ind(HP1, HPQ, "新增學(xué)生住宿床位數(shù)量(個)", None, 1200, "個", "1200"),
    ind(HP1, HPQ, "新增教學(xué)用房及教學(xué)輔助用房面積(平方米)", None, 15204.15, "平方米", "15204.15"),
    ind(HP1, HPQ, "新增室內(nèi)活動場館(平方米)", None, 1148.1, "平方米", "1148.1"),
    ind(HP1, HPQ, "室外市政附屬工程", None, 90, "%", "完成90%"),
    ind(HP1, HPQ, "設(shè)施設(shè)備采購", None, None, None, "全部完成"),
    ind(HP1, "質(zhì)量指標(biāo)", "工程竣工驗收合格率", None, 100, "%", "100%"),
    ind(HP1, "時效指標(biāo)", "工程完成時間", None, None, None, "2021.6"),
    ind("效益指標(biāo)", "經(jīng)濟效益指標(biāo)", "提高縣城初中學(xué)生就學(xué)率", None, 10.9, "%", "10.9%"),
    ind("效益指標(biāo)", "社會效益指標(biāo)", "改善辦學(xué)", None, None, None, None),
]

DL_GOAL2 = ("加强重点中医医院重症学科建设。依规配齐重症医学科设备,按程序报批采购并把好设备质量关,"
            "按期维护保养和检测检定,使设备正常运转、临床业务正常开展;同时分批选派人员赴省级医院进修,"
            "培养ICU人才。借助本项目推动我院重症医学科建设,增强诊疗能力、拓展业务范围、提升医疗服务能力,"
            "守护本地区群众健康。")
YYL_TASKS = ["任务1:扎实推进城市运行“一网统管”建设;", "任务2:“党建+网格化微治理”落实落细;",
             "任务3:发挥社区绩效考评指挥棒的作用。"]

DOCS = [
    {
        "source": "nx-shizuishan-cdc-vaccine-targets.xlsx", "build": build_shizuishan,
        "source_urls": [SZS_URL], "province": "宁夏",
        "doc_kind": "项目绩效目标批复表 (事业单位: 市疾病预防控制中心, 疫苗及美沙酮药物项目)",
        "patterns": [5, 8],
        "indicators": SZS_IND,
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.impossible_value", "item": "服务对象满意度",
             "why": "a satisfaction target of exactly 100% (bare '100%', so = 100%) can only be met if every "
                    "respondent is satisfied; a reviewer treats a 100% satisfaction target as unattainable/"
                    "meaningless and asks for a realistic value such as >=90%"},
        ],
        "notes": (
            "石嘴山市疾病预防控制中心 (宁夏) page of 2020-03-04 publishing the 2020 项目绩效目标批复表 of one project "
            "(狂犬、乙肝、流感等疫苗及美沙酮药物, 财政拨款300万元 = 绩效金额3000000元). The stored page is complete "
            "(it ends with 附件下载/扫一扫). The page shows the table as a tree in one 项目 column, each level indented "
            "with leading spaces (1 unit, 2 project, 3 一级, 4 二级, 5 三级) and two further columns 指标值 and "
            "绩效金额; the XLSX keeps the literal leading spaces and the column order; the explanatory sentence above "
            "the table is re-worded with the same facts; web chrome (breadcrumb, date, 打印) dropped. The 二级 labels "
            "carry template notes '(必填硬性指标)'/'(必填)' (pattern 8); gold level2 gives the label without the "
            "note. Every value is a bare percentage with no operator, so operator is null throughout. The order of "
            "二级 blocks is unusual (成本, 时效, 数量, 质量; then 满意度 before 效益) and kept. Judgement calls: "
            "(1) the 100% satisfaction target is flagged as target.impossible_value (could be argued as a weak "
            "satisfaction row instead); (2) not flagged, but noted: the same row '满足海洛因成瘾患者维持治疗需求 100%' "
            "appears twice (数量指标 and 社会效益指标); several 产出 rows are procurement rules rather than outputs "
            "(按照物价部门定价标准采购); '通过注射疫苗,可以有效降低疫苗针对传染病的发生 40%' does not say 40% of what; "
            "'对美沙酮维持患者及时给予治疗 100%' has no time limit but does carry a rate, so no time_no_deadline. "
            "No goal cell on the page, so goals is empty; 产出/效益/满意度 all present, so no coverage finding."),
    },
    {
        "source": "gd-heping-kangyi-school-selfreport.docx", "build": build_heping,
        "source_urls": [HP_URL], "province": "广东",
        "doc_kind": "自评报告 (抗疫特别国债 学校建设, 绩效目标表 周期/本年度; mirror copy in traditional characters)",
        "patterns": [1, 3, 5, 6],
        "indicators": HP_IND,
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "改善辦學(xué)",
             "why": "as the document stands the 社會效益指標 row has only a (cut) name and no 周期 or 本年度 value; "
                    "the stored page ends inside this row"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "as it stands the indicator table has 產出 and 效益 rows but no 滿意度 row; the stored page is "
                    "cut in 社會效益指標, so the satisfaction block may exist in the full original"},
        ],
        "notes": (
            "和平县 (河源, 广东) 2020年度抗疫特别国债资金绩效自评报告 (星星中学 校舍建设, 11600万元, 財預[2020]63號), "
            "published 2021-03-17. The stored page is a mirror (www.668kn.com) that prefixes an unrelated spam line "
            "and converts the text to traditional characters, leaving pinyin in brackets after many characters "
            "(指標(biāo), 數(shù)量, 學(xué)位 …). The document keeps the traditional characters and the bracketed pinyin "
            "exactly as the mirror shows them (labels, names, values), drops the spam line and breadcrumb, and "
            "re-words the two prose sentences with the same facts. Layout: a 績效指標 label column merged down the "
            "whole table (pattern 1), 一級/二級 merged down their rows, and two value columns 周期指標值 │ 本年度指標值 "
            "side by side (patterns 3, 5); units sit in the names, e.g. 總建筑面積(平方米), 新增學位數量(個) "
            "(pattern 6). Gold takes the 本年度 (annual) column as the target: 新增學位 3000 (周期) vs 1200 (本年度), "
            "床位 2000 vs 1200, 室外市政附屬工程 '全部完成(…)' vs '完成90%', 就學率 27.3% vs 10.9%. The 工程完成時間 "
            "row shows a single value 2021.6 on the page; it is placed in 周期指標值 with 本年度 left empty (a 2021 "
            "completion date cannot be a 2020 annual value), and gold uses 2021.6 as its target_text (no finding). "
            "The page ends in the 社會效益指標 row after the words '改善辦學(xué)'; the document stops there, so the "
            "table has no actuals, no 滿意度 rows and no scores. The report is judged as it stands: the cut row is "
            "flagged target.missing_value and the missing 滿意度 dimension is flagged (both caused by the cut; see "
            "why). Not flagged: '設施設備采購 全部完成' (a completion state, measurable), the 經濟效益 row named "
            "提高…就學率 (it carries 10.9%). No goal text on the page (the 11600萬元 sentence is a funding "
            "statement), so goals is empty."),
    },
    {
        "source": "nm-xilingol-pension-selfreport.docx", "build": build_xilingol,
        "source_urls": [XL_URL], "province": "内蒙古",
        "doc_kind": "自评报告 (社会保险: 城乡居民基本养老保险补助资金, prose)",
        "patterns": [10],
        "indicators": [
            ind(P, "数量指标", "养老金领取人数全年平均数", None, 101974, "人", "101974人", actual=103119),
            ind(P, "数量指标", "全年缴费人数", None, 216786, "人", "216786人", actual=201201),
        ],
        "goals": [],
        "facts": [
            {"metric": "城乡居民基本养老保险补助经费", "kind": "budget", "planned": 30075, "actual": 29675,
             "stated_rate": 98.67, "unit": "万元"},
            {"metric": "城乡居民基本养老保险补助经费预算数", "kind": "sum", "total": 30075,
             "parts": [11375, 3953, 3261, 10935, 551], "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.deviation_reason_missing", "item": "全年缴费人数",
             "why": "全年完成值 201201人 falls short of the 年初任务数 216786人 (about 92.8%); the report gives no "
                    "reason or remedy for the shortfall (the only reason given in the report concerns the late "
                    "second batch of central money)"},
        ],
        "notes": (
            "锡林郭勒盟人力资源和社会保障局 (内蒙古) 城乡居民基本养老保险补助资金2022年度绩效自评报告, 成文日期 "
            "2023-04-27. The page opens with a metadata table (标题/索引号/发文机构/概述/成文日期…), reproduced as a "
            "small table; the report itself is prose, re-worded with the same numbers. Checks: 11375 + 3953 + 3261 "
            "+ 10935 + 551 = 30075 万元 (sum holds); 29675 / 30075 = 98.67% (rate holds), so no consistency "
            "finding. The two 数量指标 appear only in prose ('年初任务数…人,全年完成值…人'); gold reads the 年初任务数 "
            "as the target with no operator. The stored page stops in the middle of the 质量指标 sentence "
            "('符合条件的城乡老年居民养老金'); that fragment has no value and is not counted as an indicator. "
            "Judgement calls: the 全年缴费人数 shortfall is flagged for a missing deviation reason; no coverage "
            "finding because the report is cut at the start of its indicator analysis (only 产出 reached); "
            "(三) 总体绩效目标完成情况 states results, not a goal, so goals is empty."),
    },
    {
        "source": "yn-dali-tcm-icu-selfreport.docx", "build": build_dali,
        "source_urls": [DL_URL], "province": "云南",
        "doc_kind": "自评报告 (医院: 中医药部门公共卫生中央补助资金 重症学科建设, prose)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "目标", "text": "加强重点中医医院重症学科建设。"},
            {"kind": "目标", "text": DL_GOAL2},
        ],
        "facts": [
            {"metric": "ICU设备购置", "kind": "sum", "total": 401.7,
             "parts": [35, 34, 18, 23.5, 20, 8, 7.5, 6, 6, 4.5, 4, 3, 2.2, 120, 110], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "加强重点中医医院重症学科建设。",
             "why": "the central goal is one sentence with the vague verb 加强 and no number, scale or deadline"},
            {"rule": "goal.unquantified", "item": DL_GOAL2,
             "why": "the provincial goal lists activities (配齐设备, 报批采购, 进修) and vague effects (增强诊疗能力, "
                    "提升医疗服务能力) but gives no number of devices, trainees, beds or any measurable result"},
        ],
        "notes": (
            "大理州中医医院 (云南) self-evaluation of the 2018 中医药部门公共卫生中央补助资金 (200万元 central, 大财社〔2018〕"
            "4号) for 重点中医医院重症学科建设. The stored page has no title and starts at '一、绩效目标分解下达情况'; the "
            "document does not invent one. Prose is re-worded with the same numbers; the short central goal "
            "sentence is kept. The equipment list keeps the page's missing separator '数字遥测23.5万元除颤监护仪20万元'. "
            "Check: 35+34+18+23.5+20+8+7.5+6+6+4.5+4+3+2.2+120+110 = 401.7 万元 = 共计401.7万元 (sum holds), and "
            "200 central + 201.7 自筹 = 401.7 (not stated as a total, so not recorded). The page stops inside "
            "'3.项目资金管理情况分析' (last sentence without a full stop); the document stops there, before any "
            "indicator results, so there are no indicator rows and no coverage finding. Judgement call: both goal "
            "texts are flagged goal.unquantified (the second could also be read as goal.process_only)."),
    },
    {
        "source": "hn-yueyanglou-grid-dept-selfreport.docx", "build": build_yueyanglou,
        "source_urls": [YYL_URL], "province": "湖南",
        "doc_kind": "部门整体支出绩效评价自评报告 (事业单位: 区公共服务和网格化中心, form; cut in 收支情况)",
        "patterns": [8],
        "indicators": [],
        "goals": [{"kind": "目标", "text": t} for t in YYL_TASKS],
        "facts": [
            {"metric": "年度收入", "kind": "sum", "total": 297.79, "parts": [0, 266.31, 31.47], "unit": "万元"},
        ],
        "findings": (
            [{"rule": "goal.process_only", "item": t,
              "why": "the 年度主要工作内容 entry only names work to be pushed forward (推进/落实落细/发挥作用), no result"}
             for t in YYL_TASKS]
            + [{"rule": "goal.unquantified", "item": t,
                "why": "no number, scale or deadline in the annual task"} for t in YYL_TASKS]
            + [{"rule": "consistency.sum", "item": "年度收入",
                "why": "收入合计 297.79万元, but its parts as written add to 0 + 266.31 + 31.47 = 297.78万元 "
                       "(0.01 short, most likely rounding, but the row does not add up as written)"}]
        ),
        "notes": (
            "岳阳市岳阳楼区公共服务和网格化中心 (湖南) 2021年度部门(单位)整体支出绩效评价自评报告, posted 2022-05-30 "
            "(附件2-1, cover block with 预算编码 102008, 报告日期 2022年5月9日, '岳阳楼区财政局(制)' — template/"
            "signature text, pattern 8). Section 一 is a form: 联系人/联络电话 (masked '195XXXX1325' kept), 人员编制 12 vs "
            "实有人数 9, 职能职责概述 and 总体运行情况 (re-worded), 年度主要工作内容 with three tasks (kept; one gold goal "
            "per task line). Section 二 starts the 年度收入情况 table: the page lists 297.79 / 0 / 266.31 / 31.47 and "
            "then nothing; empty cells vanish in the stored text, so 31.47 is placed in the next column "
            "(政府基金拨款) — it could belong to 其他收入; the sum check is the same either way. The page then cuts at "
            "the heading fragment '部门(单位)年度支出和', where the document stops; no indicator table is reached, so "
            "there are no indicator rows and no coverage finding. Judgement calls: each task is flagged both "
            "goal.process_only and goal.unquantified; the 0.01万元 gap between 收入合计 and its parts is flagged "
            "consistency.sum although it is probably rounding."),
    },
]


# ----------------------------------------------------------------------------- main
def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        path = doc["build"]()
        name = os.path.basename(path)
        gold = {k: copy.deepcopy(doc[k]) for k in ("source_urls", "province", "doc_kind", "patterns",
                                                    "indicators", "goals", "facts", "findings", "notes")}
        outs = [name]
        if not no_pdf:
            with tempfile.TemporaryDirectory() as prof:
                subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                                "--convert-to", "pdf", "--outdir", HERE, path],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            outs.append(os.path.splitext(name)[0] + ".pdf")
        for out in outs:
            g = {"source": out}
            g.update(gold)
            with open(os.path.join(ANN, out + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")
        print("wrote", ", ".join(outs))


if __name__ == "__main__":
    main()
