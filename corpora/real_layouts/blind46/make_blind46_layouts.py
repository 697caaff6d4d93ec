#!/usr/bin/env python3
"""Build blind part 46 of the real-layout corpus.

Each entry of DOCS reproduces one stored public page (see SOURCES.md): the layout
(header rows, merged cells, column order, empty cells, defects) and the facts
(names, values, units, amounts, scores) as the page has them; longer sentences
(goals, project descriptions, narrative, instructions) are written in our own
words with the same numbers.  The gold for every document is written by hand in
the same entry and saved to annotations/<file>.json (one for the XLSX/DOCX, one
for its PDF, identical except `source`).

Usage: python make_blind46_layouts.py [--no-pdf]

Deterministic: core-property timestamps are pinned and every zip entry is dated
2025-01-01, so the XLSX/DOCX bytes do not change between runs.
"""
import copy
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime(2025, 1, 1, 0, 0, 0)
FIXED_ISO = "2025-01-01T00:00:00Z"

# --------------------------------------------------------------------------
# helpers: DOCX


def _font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def new_doc(landscape=False):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = "blind46"
    cp.last_modified_by = "blind46"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return doc


def para(doc, text, size=10.5, bold=False, align=None):
    p = doc.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _font(p.add_run(text), size, bold)
    return p


def docx_table(doc, ncols, rows, merges, widths=None, size=9):
    """rows: list of lists (len ncols) of str/None; merges: (r0, c0, r1, c1)."""
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            if val is None or val == "":
                continue
            cell = t.cell(r, c)
            cell.text = ""
            _font(cell.paragraphs[0].add_run(str(val)), size)
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        # keep the text of the top-left cell only
        keep = a.text
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        if m.paragraphs and m.paragraphs[0].text != keep:
            m.paragraphs[0].text = ""
            _font(m.paragraphs[0].add_run(keep), size)
    if widths:
        for r in t.rows:
            for c, w in enumerate(widths):
                if c < len(r.cells):
                    r.cells[c].width = Cm(w)
    return t


# --------------------------------------------------------------------------
# helpers: XLSX

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xlsx_sheet(title, ncols, rows, merges, widths, boxed_rows, landscape=False,
               title_rows=()):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r, row in enumerate(rows, start=1):
        for c, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c)
            if val is not None and val != "":
                cell.value = val
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center" if r in title_rows else "left")
            cell.font = Font(name="SimSun", size=13 if r in title_rows else 10,
                             bold=r in title_rows)
            if r in boxed_rows:
                cell.border = BOX
    for (r0, c0, r1, c1) in merges:
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind46"
    wb.properties.lastModifiedBy = "blind46"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


# --------------------------------------------------------------------------
# determinism: pin core dates and zip entry dates


def pin_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# document builders


def build_service_trade(path):
    doc = new_doc()
    para(doc, "2020年市级服务贸易发展资金项目自评表", 15, True, "center")
    para(doc, "单位名称：区商务局                                  填报日期：2021年4月22日", 10.5)
    rows = [
        ["项目名称", "2020年市级服务贸易发展资金", "", "", "", "", "", ""],
        ["主管部门", "区商务局", "", "", "项目实施单位", "", "投资促进中心", ""],
        ["项目类别", "1、部门预算项目        2、区直专项", "", "", "", "", "", ""],
        ["项目属性", "1、持续性项目        2、新增性项目 □", "", "", "", "", "", ""],
        ["项目类型", "1、常年性项目        2、延续性项目 □        3、一次性项目 □", "", "", "", "", "", ""],
        ["预算执行情况（万元）（20分）", "", "", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）", ""],
        ["", "年度财政资金总额", "", "285.84", "285.84", "100%", "20", ""],
        ["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分", ""],
        ["", "产出指标（60分）", "数量指标", "服务外包在岸（万美元）", "20000", "23333.56", "10", ""],
        ["", "", "", "服务外包离岸（万美元）", "4500", "4557.51", "10", ""],
        ["", "", "", "支持服务贸易、服务外包企业数量", "3", "3", "10", ""],
        ["", "", "质量指标", "企业国际质量提升", "获得目的国（地区）受众欢迎", "受目的国受众欢迎显著", "10", ""],
        ["", "", "时效指标", "预算资金执行率", "90%", "100%", "10", ""],
        ["", "", "", "资金拨付及时性", "98%以上", "100%", "10", ""],
        ["", "效益指标（40分）", "社会效益指标", "企业把握政治导向和文化方向情况",
         "企业把握正确政治导向和文化方向情况的评价", "企业较好把握正确政治导向和文化方向情况的评价", "20", ""],
        ["", "", "可持续影响指标", "推动企业走出去方面发挥的作用", "是否利于企业走出去", "有利于推动企业走出去", "20", ""],
        ["", "总分", "", "", "", "", "100", ""],
        ["偏差大或目标未完成原因分析", "", "", "", "", "", "", ""],
        ["改进措施及结果应用方案", "", "", "", "", "", "", ""],
        ["单位主要负责人签批意见", "签名：                        年    月    日", "", "", "", "", "", ""],
    ]
    merges = [
        (0, 1, 0, 7), (1, 1, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7),
        (2, 1, 2, 7), (3, 1, 3, 7), (4, 1, 4, 7),
        (5, 0, 6, 0), (5, 1, 5, 2), (5, 6, 5, 7), (6, 1, 6, 2), (6, 6, 6, 7),
        (7, 0, 16, 0), (7, 6, 7, 7),
        (8, 1, 13, 1), (8, 2, 10, 2), (12, 2, 13, 2), (14, 1, 15, 1),
        (8, 6, 8, 7), (9, 6, 9, 7), (10, 6, 10, 7), (11, 6, 11, 7), (12, 6, 12, 7),
        (13, 6, 13, 7), (14, 6, 14, 7), (15, 6, 15, 7),
        (16, 1, 16, 5), (16, 6, 16, 7),
        (17, 1, 17, 7), (18, 1, 18, 7), (19, 1, 19, 7),
    ]
    docx_table(doc, 8, rows, merges, widths=[2.4, 2.0, 1.8, 3.0, 2.6, 2.6, 1.4, 1.2])
    para(doc, "备注：1.预算执行情况口径：预算数填调整后的财政资金总额（含上年结余结转），执行数填资金使用单位"
              "实际支出的财政资金。", 9)
    para(doc, "2.定量指标完成数汇总原则：绝对值直接累加，相对值按资金额度加权平均。定量指标计分原则：正", 9)
    para(doc, "—1—", 9, align="center")
    doc.save(path)


def build_shengdengshan(path):
    P = "王舜177****6998"
    rows = [
        ["项目支出绩效目标表", "", "", "", "", ""],
        ["（2022年度）", "", "", "", "", ""],
        ["绩效编制单位：圣灯山镇人民政府", "", "", "", "", ""],
        ["项目名称", "党支部书记补贴", "", "项目负责人及电话", P, ""],
        ["主管部门", "圣灯山镇人民政府", "", "实施单位", "党群办", ""],
        ["归口业务科室", "", "", "是否政府采购", "", ""],
        ["开始日期", "2022年1月1日", "", "结束日期", "2022年12月31日", ""],
        ["项目口径", "长期", "", "项目属性", "", ""],
        ["项目分类", "一般", "", "", "", ""],
        ["资金情况\n（单位：万元）", "年度资金总额：", "", "20", "", ""],
        ["", "其中：财政拨款", "", "20", "", ""],
        ["", "其他资金", "", "0", "", ""],
        ["项目概况", "向符合规定的村居下设党支部书记发放补贴，调动其为民办事的积极性", "", "", "", ""],
        ["立项依据", "巴南委组〔2021〕138号", "", "", "", ""],
        ["项目支出明细", "村支部书记44人（311元/人），社区4人（191元/人）", "", "", "", ""],
        ["当年绩效目标", "对符合规定的村居下设党支部书记完成补贴发放，激发其为民办事的热情。", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "", "", "指标值"],
        ["产出指标", "数量指标", "按照全镇党支部书记发放", "", "", "100%"],
        ["", "质量指标", "为民众办好事，办实事", "", "", "100%"],
        ["", "时效指标", "按时发放率", "", "", "100%"],
        ["", "成本指标", "20万元", "", "", "100%"],
        ["效益指标", "经济效益\n指标", "改善了农民生产生活条件", "", "", "100%"],
        ["", "社会效益\n指标", "激发为民办事的热情", "", "", "100%"],
        ["", "可持续影响\n指标", "为民众办好事，办实事", "", "", "100%"],
        ["满意度指标", "服务对象\n满意度指标", "满意度95%以上", "", "", "≧95%"],
        ["经办人及联系电话：" + P, "", "", "", "", ""],
        ["上报时间：  2021 年10  月 26日", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["项目支出绩效目标表", "", "", "", "", ""],
        ["（2022年度）", "", "", "", "", ""],
        ["绩效编制单位：圣灯山镇人民政府", "", "", "", "", ""],
        ["项目名称", "村级组织运转", "", "项目负责人及电话", P, ""],
        ["主管部门", "圣灯山镇人民政府", "", "实施单位", "党群办", ""],
        ["归口业务科室", "", "", "", "", ""],
    ]
    merges = [
        (1, 1, 1, 6), (2, 1, 2, 6), (3, 1, 3, 6),
        (4, 2, 4, 3), (4, 5, 4, 6), (5, 2, 5, 3), (5, 5, 5, 6), (6, 2, 6, 3), (6, 5, 6, 6),
        (7, 2, 7, 3), (7, 5, 7, 6), (8, 2, 8, 3), (8, 5, 8, 6), (9, 2, 9, 6),
        (10, 1, 12, 1), (10, 2, 10, 3), (10, 4, 10, 6), (11, 2, 11, 3), (11, 4, 11, 6),
        (12, 2, 12, 3), (12, 4, 12, 6),
        (13, 2, 13, 6), (14, 2, 14, 6), (15, 2, 15, 6), (16, 2, 16, 6),
        (17, 3, 17, 5),
        (18, 1, 21, 1), (18, 3, 18, 5), (19, 3, 19, 5), (20, 3, 20, 5), (21, 3, 21, 5),
        (22, 1, 24, 1), (22, 3, 22, 5), (23, 3, 23, 5), (24, 3, 24, 5), (25, 3, 25, 5),
        (26, 1, 26, 6), (27, 1, 27, 6),
        (29, 1, 29, 6), (30, 1, 30, 6), (31, 1, 31, 6),
        (32, 2, 32, 3), (32, 5, 32, 6), (33, 2, 33, 3), (33, 5, 33, 6), (34, 2, 34, 6),
    ]
    boxed = set(range(4, 26)) | {32, 33, 34}
    wb = xlsx_sheet("绩效目标表", 6, rows, merges, [14, 14, 16, 16, 12, 12], boxed,
                    title_rows={1, 29})
    wb.save(path)


def build_yipin(path):
    goal = ("2022年实现街道预算收支平衡；保障在编人员工资福利、退休人员医保和休养慰问等待遇及临聘人员劳务补助；"
            "保障各村居人员、办公和党建经费，加强基层组织；保障民政优抚对象和特困人员的救济与供养补助，改善其生活；"
            "组织村居安全巡逻，维护辖区治安稳定；做好场镇清扫保洁、绿化养护和市政设施维修；养护维修辖区125公里农村公路；"
            "落实春秋两季强制免疫，免疫密度100%、免疫有效抗体70%以上；推动一品街道经济社会健康有序发展。")
    rows = [
        ["2022年部门（单位）整体绩效目标表", "", "", "", "", ""],
        ["", "", "", "", "", "单位：万元"],
        ["部门（单位）名称", "重庆市巴南区人民政府一品街道办事处", "", "区级支出预算总量", "", 3724.39],
        ["当年整体绩效目标", goal, "", "", "", ""],
        ["绩效指标", "指标名称", "指标权重", "计量单位", "指标性质", "指标值"],
        ["", "预算执行率", 10, "%", "=", 100],
        ["", "预决算及时编制率", 10, "%", "=", 100],
        ["", "政府预决算公开率（除涉密信息外）", 10, "%", "=", 100],
        ["", "基层组织建设办公阵地和干部人才保障有效性", 10, "", "", "有效保障"],
        ["", "民政优抚及特困受助对象生活水平改善情况", 10, "", "", "有效改善"],
        ["", "民政优抚及特困补助发放及时率", 10, "%", "=", 100],
        ["", "农村公路养护里程", 10, "公里", "=", 125],
        ["", "开展各种文艺活动场次", 10, "", "", 20],
        ["", "森林受灾率", 10, "%", "", 1],
        ["", "饲养动物免疫率", 5, "%", "=", 100],
        ["", "服务对象满意度", 5, "%", "", 95],
        ["", "", "", "", "", ""],
        ["2022年区级一般性项目绩效目标表", "", "", "", "", ""],
        ["", "", "", "", "", "单位：万元"],
        ["单位信息：917001-重庆市巴南区人民政府一品街道办事处（本级）", "", "", "", "", ""],
    ]
    merges = [(1, 1, 1, 6), (3, 2, 3, 3), (3, 4, 3, 5), (4, 2, 4, 6), (5, 1, 16, 1),
              (18, 1, 18, 6), (20, 1, 20, 6)]
    boxed = set(range(3, 17))
    wb = xlsx_sheet("整体绩效目标表", 6, rows, merges, [12, 34, 10, 10, 10, 12], boxed,
                    title_rows={1, 18})
    ws = wb.active
    ws.row_dimensions[4].height = 120
    wb.save(path)


def build_daying_petition(path):
    doc = new_doc()
    paras = [
        "本部门已按要求对2021年部门整体支出开展绩效自评。从结果看，多数项目的产出、效益和满意度指标完成得较好，"
        "项目总体完成情况良好。",
        "1. 项目绩效目标完成情况。",
        "本部门在2021年度部门决算中反映了“信访补贴”“信访事务（宣传费）”“信访事务（印刷费）”“信访事务”"
        "“信访事务专项资金”共5个项目的绩效目标实际完成情况。",
        "（1）",
        "信访补贴项目绩效目标完成情况综述。项目全年预算数2.03万元，执行数为2.03万元，完成预算的100%。"
        "项目实施后，信访工作人员的津补贴按时发放到位。",
        "（2）信访事务（宣传费）项目绩效目标完成情况综述。项目全年预算数2万元，执行数为2万元，完成预算的100%。"
        "项目帮助信访问题和信访事件得到妥善解决，化解了社会矛盾，中、省、市下达的进京到省上访人数逐年减少。"
        "发现的主要问题：经费缺口大，稳控压力仍然很大。下一步改进措施：继续抓好信访稳控工作。",
        "（3）信访事务（印刷费）项目绩效目标完成情况综述。项目全年预算数5万元，执行数为5万元，完成预算的100%。"
        "项目保障了信访工作顺利开展，群众满意度有所提高。",
        "（4）信访事务项目绩效目标完成情况综述。项目全年预算数9万元，执行数为9万元，完成预算的100%。"
        "项目实施后，中省市书记信箱交办的案件全部办理完毕，群众满意度明显提高。发现的主要问题：随着网络普及，"
        "走访逐步转为网上信访，网络信访量逐年成倍增长，各级对网信案件质量要求也较高，办理难度加大，中省书记信箱"
        "案件逐年剧增。下一步改进措施：一是加强对网上信访的引导，减少群众逐级走访；二是提高网上信访的服务质量。",
        "（5）信访事务专项资金项目绩效目标完成",
    ]
    for t in paras:
        para(doc, t, 10.5)
    doc.save(path)


def build_baoshan_office(path):
    doc = new_doc()
    paras = [
        ("一、项目基本情况", True),
        ("市政府机关办公楼建于1989年4月，目前共有12个单位在楼内办公。市政府办公室负责市政府大院的安全保卫，"
         "以及办公楼和家属区的设备维护、绿化保洁等物业管理工作。本项目经费共35万元，主要用于保障办公大楼正常运转，"
         "使各单位工作有序开展。", False),
        ("二、项目绩效自评工作开展情况", True),
        ("市政府办公楼维护是办公室每年持续开展的项目。为把项目做好，房管科、保卫科、行政科对2018年度项目运行情况"
         "作了全面梳理，回顾总结了经费预算、执行及相关工作，并对项目开展情况进行了全面的绩效自评。年初，房管科、"
         "保卫科与相关厂家就本年度工作进行洽谈后提交了经费预算报告，并安排专人对项目实施进行日常监督管理，"
         "保证办公环境维护正常。", False),
        ("三、项目绩效实现情况", True),
        ("（一）项目资金情况", False),
        ("1.市政府办公楼维护项目经费35万元在年初预算审核通过后，于2018年3月全部到账。", False),
        ("2.厂家完成相关工作后，由财务科及时支付费用。", False),
        ("3.为管好项目资金，房管科、保卫科将相关资料提交办公室主任会议研究通过，再交财务科及时支付项目款项。"
         "办公室对本项目资金单独核算，不挤占、挪用。", False),
        ("（二）项目绩效指标完成情况", False),
        ("1.产出指标完成情况", False),
        ("按项目要求，保卫科建成了微型消防站，并对监控系统作了部分改造完善；房管科按计划对电梯进行了全面维修保养，"
         "并完成办公大院和生活区的绿化维护。项目于2018年11月前完成。", False),
        ("2.效益指标完成情况", False),
        ("相关科室按厉行节约的原则，一方面保障大楼相关设备正常安全运行，另一方面注意节约用电，把节约落实到各个细节。",
         False),
        ("3.满意度指标", False),
    ]
    for t, b in paras:
        para(doc, t, 10.5, b)
    doc.save(path)


# --------------------------------------------------------------------------
# DOCS: files, builders and hand-written gold


def ind(l1, l2, name, op, value, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": tt, "actual": actual, "weight": weight, "score": score}


DOCS = [
    {
        "file": "na-district-service-trade-selfeval.docx",
        "build": build_service_trade,
        "gold": {
            "source_urls": ["https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html"],
            "province": None,
            "doc_kind": "自评表",
            "patterns": [1, 2, 5, 6, 8, 9],
            "indicators": [
                ind("产出指标", "数量指标", "服务外包在岸", None, 20000, "万美元", "20000", 23333.56, None, 10),
                ind("产出指标", "数量指标", "服务外包离岸", None, 4500, "万美元", "4500", 4557.51, None, 10),
                ind("产出指标", "数量指标", "支持服务贸易、服务外包企业数量", None, 3, None, "3", 3, None, 10),
                ind("产出指标", "质量指标", "企业国际质量提升", None, None, None, "获得目的国（地区）受众欢迎",
                    None, None, 10),
                ind("产出指标", "时效指标", "预算资金执行率", None, 90, "%", "90%", 100, None, 10),
                ind("产出指标", "时效指标", "资金拨付及时性", ">=", 98, "%", "98%以上", 100, None, 10),
                ind("效益指标", "社会效益指标", "企业把握政治导向和文化方向情况", None, None, None,
                    "企业把握正确政治导向和文化方向情况的评价", None, None, 20),
                ind("效益指标", "可持续影响指标", "推动企业走出去方面发挥的作用", None, None, None,
                    "是否利于企业走出去", None, None, 20),
            ],
            "goals": [],
            "facts": [
                {"metric": "年度财政资金总额", "kind": "budget", "planned": 285.84, "actual": 285.84,
                 "stated_rate": 100, "unit": "万元"},
                {"metric": "总分", "kind": "score_total", "total": 100,
                 "parts": [20, 10, 10, 10, 10, 10, 10, 20, 20]},
                {"metric": "年度绩效目标分值", "kind": "sum", "total": 80, "parts": [60, 40], "unit": "分"},
            ],
            "findings": [
                {"rule": "target.missing_unit", "item": "支持服务贸易、服务外包企业数量",
                 "why": "count target 3 with no unit (家/个) in the cell or the name"},
                {"rule": "target.qualitative_no_scale", "item": "企业国际质量提升",
                 "why": "target 获得目的国（地区）受众欢迎: a qualitative wish with no grading rule"},
                {"rule": "target.missing_value", "item": "企业把握政治导向和文化方向情况",
                 "why": "the target cell only restates what is assessed (…情况的评价), no level or value"},
                {"rule": "target.qualitative_no_scale", "item": "推动企业走出去方面发挥的作用",
                 "why": "target is a yes/no question (是否利于企业走出去) with no criterion"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the form is complete up to 总分 and holds no satisfaction indicator"},
                {"rule": "consistency.score_total", "item": "总分",
                 "why": "stated 100, but 预算执行 20 + six 产出 rows 60 + two 效益 rows 40 = 120"},
                {"rule": "consistency.sum", "item": "年度绩效目标（80分）",
                 "why": "the block is headed 80分 while 产出指标（60分） + 效益指标（40分） = 100"},
            ],
            "notes": (
                "Document-mirror copy (kunmingchi.com, file '12---【市财政局、市商务局拨付2020年市级服务贸易发展资金的通知】"
                "项目自评表.doc') of a 区商务局 self-evaluation of the 2020 市级服务贸易发展资金 (285.84万元, all spent), filled "
                "2021-04-22, 实施单位 投资促进中心. No city or district is named anywhere on the page: province null "
                "(the layout — 项目类别 部门预算项目/区直专项, 预算执行 20分, 年初目标值(A)/实际完成值(B), 偏差大或目标未完成原因分析, "
                "单位主要负责人签批意见 — is the 湖北 form, so 湖北 is likely but not stated). The mirror gives the text of a "
                "PDF-like .doc with cells run together; the table is rebuilt from it: column order, the three box lines "
                "(ticked boxes lost on the page, kept as the page shows them: no box after the ticked option), the "
                "'—1—' page number and the 备注 cut at '定量指标计分原则：正' where the stored page stops. Two second-level "
                "labels float in the mirror text (质量指标, 时效指标); they are placed on the rows their scores fit "
                "(6 产出 rows × 10 = 60). The units of the two 服务外包 rows are in the names ('（万美元）'), so unit is "
                "taken from the name and the gold name drops the bracket; the value cells hold bare numbers. No 分值 "
                "column: weight null, score = 得分. 预算资金执行率 (a spending measure filed under 时效) and 资金拨付及时性 "
                "are input/process rows: described here, not flagged (rule list of this part). Both 效益 actuals are "
                "statements (企业较好把握…, 有利于推动企业走出去): actual null. Judgement calls: the 总分 100 against 120 of "
                "row scores and the 80分 header against 60+40 are two separate cell inconsistencies, both flagged; the "
                "社会效益 target is read as a missing value (it names the evaluation, not a level) and the 可持续 target as "
                "an ungraded yes/no; 20000→23333.56 (117%) is not flagged as a low target. The deviation and improvement "
                "rows are empty, but no target is missed."),
        },
    },
    {
        "file": "cq-banan-shengdengshan-secretary-targets.xlsx",
        "build": build_shengdengshan,
        "gold": {
            "source_urls": ["http://cqbn.gov.cn/bmjz/jz/sdsz/zwgk_89414/fdzdgknr_89416/ysjs_89130/ys/202201/"
                            "t20220130_10366826.html"],
            "province": "重庆",
            "doc_kind": "申报表",
            "patterns": [1, 2, 6, 8, 9, 10],
            "indicators": [
                ind("产出指标", "数量指标", "按照全镇党支部书记发放", None, 100, "%", "100%"),
                ind("产出指标", "质量指标", "为民众办好事，办实事", None, 100, "%", "100%"),
                ind("产出指标", "时效指标", "按时发放率", None, 100, "%", "100%"),
                ind("产出指标", "成本指标", "20万元", None, 100, "%", "100%"),
                ind("效益指标", "经济效益指标", "改善了农民生产生活条件", None, 100, "%", "100%"),
                ind("效益指标", "社会效益指标", "激发为民办事的热情", None, 100, "%", "100%"),
                ind("效益指标", "可持续影响指标", "为民众办好事，办实事", None, 100, "%", "100%"),
                ind("满意度指标", "服务对象满意度指标", "满意度95%以上", ">=", 95, "%", "≧95%"),
            ],
            "goals": [
                {"kind": "年度目标",
                 "text": "对符合规定的村居下设党支部书记完成补贴发放，激发其为民办事的热情。"},
            ],
            "facts": [
                {"metric": "年度资金总额", "kind": "sum", "total": 20, "parts": [20, 0], "unit": "万元"},
            ],
            "findings": [
                {"rule": "target.missing_name", "item": "20万元",
                 "why": "the 成本 row's name cell holds an amount (20万元) and its value is 100%: no cost metric is named"},
                {"rule": "goal.unquantified", "item": "对符合规定的村居下设党支部书记完成补贴发放",
                 "why": "the 当年绩效目标 gives no number (48 secretaries, 20万元 appear only in other cells)"},
            ],
            "notes": (
                "巴南区圣灯山镇 (重庆) page '2022年预算重点项目绩效目标公开' (2022-01-30): first 项目支出绩效目标表 "
                "(党支部书记补贴, 20万元, 巴南委组〔2021〕138号, 村支部书记44人×311元 + 社区4人×191元 per month "
                "as the page writes it), complete with 经办人 and 上报时间 (2021-10-26), then the second form "
                "(村级组织运转) which the stored page cuts after its 归口业务科室 label: the file stops there. The page "
                "heading is left out; the contact's mobile number is masked (177****6998) in both places — judgement "
                "call on privacy, not a fact the gold uses. 项目概况 and 当年绩效目标 are in our own words. Every "
                "indicator value is the string '100%' except satisfaction ('≧95%', kept with the page's ≧; operator "
                ">=, the name itself repeats 95%以上). Kept without findings (rule list of this part, noted here): "
                "the 数量 row is a statement with 100% instead of the 48 persons; 质量 and 可持续影响 carry the same "
                "slogan 为民众办好事，办实事 at 100% (duplicate, not measurable); the 经济/社会效益 rows are statements "
                "with 100%. The 成本 row is flagged once as a missing name (its name is the budget amount; it also "
                "restates the budget). The stub of the second form has no indicator: no coverage finding for it (the "
                "document's first form covers all three dimensions) — judgement call."),
        },
    },
    {
        "file": "cq-banan-yipin-street-dept-targets.xlsx",
        "build": build_yipin,
        "gold": {
            "source_urls": ["http://cqbn.gov.cn/bmjz/jz/ypjd/zwgk_89253/fdzdgknr_89255/ysjs_89130/ys/202201/"
                            "t20220130_10366377.html"],
            "province": "重庆",
            "doc_kind": "部门整体目标表",
            "patterns": [5, 6, 7, 10],
            "indicators": [
                ind(None, None, "预算执行率", "=", 100, "%", "100", weight=10),
                ind(None, None, "预决算及时编制率", "=", 100, "%", "100", weight=10),
                ind(None, None, "政府预决算公开率（除涉密信息外）", "=", 100, "%", "100", weight=10),
                ind(None, None, "基层组织建设办公阵地和干部人才保障有效性", None, None, None, "有效保障", weight=10),
                ind(None, None, "民政优抚及特困受助对象生活水平改善情况", None, None, None, "有效改善", weight=10),
                ind(None, None, "民政优抚及特困补助发放及时率", "=", 100, "%", "100", weight=10),
                ind(None, None, "农村公路养护里程", "=", 125, "公里", "125", weight=10),
                ind(None, None, "开展各种文艺活动场次", None, 20, None, "20", weight=10),
                ind(None, None, "森林受灾率", None, 1, "%", "1", weight=10),
                ind(None, None, "饲养动物免疫率", "=", 100, "%", "100", weight=5),
                ind(None, None, "服务对象满意度", None, 95, "%", "95", weight=5),
            ],
            "goals": [
                {"kind": "年度目标",
                 "text": ("2022年实现街道预算收支平衡；保障在编人员工资福利、退休人员医保和休养慰问等待遇及临聘人员劳务补助；"
                          "保障各村居人员、办公和党建经费，加强基层组织；保障民政优抚对象和特困人员的救济与供养补助，改善其生活；"
                          "组织村居安全巡逻，维护辖区治安稳定；做好场镇清扫保洁、绿化养护和市政设施维修；养护维修辖区125公里农村公路；"
                          "落实春秋两季强制免疫，免疫密度100%、免疫有效抗体70%以上；推动一品街道经济社会健康有序发展。")},
            ],
            "facts": [],
            "findings": [
                {"rule": "target.qualitative_no_scale", "item": "基层组织建设办公阵地和干部人才保障有效性",
                 "why": "value 有效保障: qualitative, no grading rule, no unit or 指标性质"},
                {"rule": "target.qualitative_no_scale", "item": "民政优抚及特困受助对象生活水平改善情况",
                 "why": "value 有效改善: qualitative, no grading rule"},
                {"rule": "target.missing_unit", "item": "开展各种文艺活动场次",
                 "why": "value 20 with the 计量单位 (and 指标性质) cells empty"},
            ],
            "notes": (
                "巴南区一品街道办事处 (重庆) page '2022年预算整体绩效和部分重点项目绩效公开' (2022-01-30): the "
                "2022年部门（单位）整体绩效目标表 (区级支出预算总量 3724.39万元, one long goal cell, 11 indicators with "
                "权重/计量单位/指标性质/指标值 columns, operators in the 指标性质 column), then the heading of the "
                "2022年区级一般性项目绩效目标表 with its 单位信息 line, where the stored page stops: the file stops there. "
                "The page runs the cells together ('预算执行率10%=100'); they are split by the header's column order "
                "(weight, unit, 指标性质, value); '开展各种文艺活动场次1020' is read as weight 10, value 20 with empty unit "
                "and 指标性质 (weights then sum to 100), '森林受灾率10%1' as weight 10, %, no operator, 1, and "
                "'服务对象满意度5%95' as weight 5, %, no operator, 95. No 一级/二级 levels: level1/level2 null and no "
                "coverage finding (a department-wide list). The goal is in our own words with the same numbers (125公里, "
                "100%, 70%); it holds numbers, so no goal finding. Noted, not flagged: 预算执行率/预决算及时编制率/公开率 "
                "are management inputs (30 of 100 points); 森林受灾率 1% and 满意度 95 have no direction written; 20 文艺 "
                "活动场次 are not backed by the goal."),
        },
    },
    {
        "file": "sc-daying-petition-projects-tail.docx",
        "build": build_daying_petition,
        "gold": {
            "source_urls": ["https://dyrmt.com/article-133074-6.html"],
            "province": "四川",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "信访补贴", "kind": "budget", "planned": 2.03, "actual": 2.03, "stated_rate": 100,
                 "unit": "万元"},
                {"metric": "信访事务（宣传费）", "kind": "budget", "planned": 2, "actual": 2, "stated_rate": 100,
                 "unit": "万元"},
                {"metric": "信访事务（印刷费）", "kind": "budget", "planned": 5, "actual": 5, "stated_rate": 100,
                 "unit": "万元"},
                {"metric": "信访事务", "kind": "budget", "planned": 9, "actual": 9, "stated_rate": 100,
                 "unit": "万元"},
            ],
            "findings": [],
            "notes": (
                "Page 6 of a paginated article on the 大英县 media mirror (dyrmt.com, article 133074): the 绩效自评 "
                "part of a 2021 部门决算 of the county's 信访 office (遂宁 大英县, 四川; the office is named only by its "
                "projects, the county by the mirror — both inferred). The page starts mid-section (end of the "
                "部门整体 self-evaluation sentence) and stops at '（5）信访事务专项资金项目绩效目标完成', so the document "
                "has no title and ends there; the stray '（1）' on its own line is kept. Text in our own words with the "
                "same figures: four projects 2.03/2.03, 2/2, 5/5, 9/9万元, each 'completed 100%' (all consistent). "
                "Results only, no targets and no indicator rows; the attached 自评表 are not on this page (no coverage "
                "finding for a prose report)."),
        },
    },
    {
        "file": "yn-baoshan-office-building-selfreport.docx",
        "build": build_baoshan_office,
        "gold": {
            "source_urls": ["https://baoshan.gov.cn/info/6643/4250404.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [],
            "findings": [],
            "notes": (
                "保山市人民政府办公室 (云南) 2018 self-evaluation report of the 市政府办公楼维护 project (35万元, all "
                "received in March 2018). The stored page starts at '一、项目基本情况' (no title on the page, none added) "
                "and stops right after the heading '3.满意度指标', so the document ends there. Text in our own words "
                "with the same figures (1989年4月, 12个单位, 35万元, 2018年3月, 2018年11月前). The 产出/效益 sections "
                "report results in prose (微型消防站, 监控改造, 电梯维保, 绿化) with no target and no number: no indicator "
                "rows. No amount spent is stated, so no budget fact; no goal is stated."),
        },
    },
]


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        for name in (d["file"], os.path.splitext(d["file"])[0] + ".pdf"):
            g = {"source": name}
            g.update(copy.deepcopy(d["gold"]))
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")


def export_pdf(path):
    out = tempfile.mkdtemp(prefix="b46pdf")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        pdf = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        shutil.move(pdf, os.path.join(HERE, os.path.basename(pdf)))
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        pin_zip(path)
        if not no_pdf:
            export_pdf(path)
    write_gold()


if __name__ == "__main__":
    main()
