#!/usr/bin/env python3
"""Blind part 74 of the real-layout corpus.

Six documents reproduced from stored public pages (see SOURCES.md), written by an annotator who did not
read the toolkit's code. Each document keeps the page's layout, header rows, merged cells, empty cells and
slips as found; facts (names, values, units, amounts, dates, document numbers) are as written, longer
sentences are re-worded with the same numbers. Each document stops where the stored page stops.

Gold lives in DOCS below (written by hand before anything ran on the files) and is written to
annotations/<file>.json, one for the DOCX/XLSX and one for its PDF (identical except `source`).

Usage: make_blind74_layouts.py [--no-pdf]
DOCX/XLSX are deterministic: core properties pinned to 2025-01-01 and every zip entry re-dated
2025-01-01 00:00:00 in the original entry order.
"""
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime(2025, 1, 1, 0, 0, 0)
CJK_FONT = "SimSun"


# --------------------------------------------------------------------------------------------------
# deterministic output
# --------------------------------------------------------------------------------------------------
def pin_zip(path):
    """Rewrite a zip (docx/xlsx): fixed core dates, fixed entry dates, original entry order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", text)
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", text)
            data = text.encode("utf-8")
        out.append((name, data))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = CJK_FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def put(table, r, c, text, bold=False):
    cell = table.cell(r, c)
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(9)
    return cell


def merge(table, r1, c1, r2, c2, text=None):
    a = table.cell(r1, c1)
    b = table.cell(r2, c2)
    m = a.merge(b)
    if text is not None:
        m.text = ""
        run = m.paragraphs[0].add_run(text)
        run.font.size = Pt(9)
    return m


def set_widths(table, cms):
    """Set the grid (what LibreOffice uses) and every cell's tcW from its grid span."""
    table.autofit = False
    tw = [int(Cm(c).twips) for c in cms]
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(tw[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = tcPr.makeelement(qn("w:tcW"), {})
                tcPr.insert(0, tcW)
            tcW.set(qn("w:type"), "dxa")
            tcW.set(qn("w:w"), str(w))
            col += span


YIYANG_W = [1.0, 1.7, 2.4, 4.2, 1.6, 1.6, 1.1, 1.1, 2.3]


def save_docx(doc, path):
    doc.save(path)
    pin_zip(path)


def new_wb():
    wb = Workbook()
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def xput(ws, ref, text, bold=False, wrap=True):
    ws[ref] = text
    ws[ref].alignment = Alignment(wrap_text=wrap, vertical="center")
    ws[ref].font = Font(name=CJK_FONT, size=10, bold=bold)


def fit_sheet(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def row_height(ws, row, text, width_units):
    """Explicit height for a wrapped (often merged) cell: LibreOffice does not grow merged rows by itself."""
    per_line = max(1, int(width_units / 2.1))
    lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
    ws.row_dimensions[row].height = max(15, 14 * lines + 4)


def save_xlsx(wb, path):
    for ws in wb.worksheets:
        fit_sheet(ws)
    wb.save(path)
    pin_zip(path)


# --------------------------------------------------------------------------------------------------
# 1. 新疆 昌吉职业技术学院 国家助学金 项目情况公示 (traditional-character mirror; prose list of indicators)
# --------------------------------------------------------------------------------------------------
def build_changji(path):
    doc = new_doc()
    para(doc, "昌吉職業技術學院項目情況公告公示", bold=True, size=14, center=True)
    para(doc, "根據昌吉州財政局下達2019年自治區高校資助專項經費的通知(昌州財教【2018】123號、昌州財教【2019】19號、"
              "36號、63號)及其所附分配資金,2019年高等職業院校國家助學金資助補助資金項目已由昌吉職業技術學院組織實施,"
              "資金共895.8萬元。現將項目情況公示如下:")
    para(doc, "一、實施地點")
    para(doc, "昌吉職業技術學院")
    para(doc, "二、建設內容")
    para(doc, "學院6140人次家庭經濟困難學生獲得國家助學金合計895.8萬元,資金按學期評定後直接發放至學生本人銀行卡。")
    para(doc, "三、補助標準")
    para(doc, "2019年高等職業院校國家助學金平均每生每年3300元。")
    para(doc, "四、資金來源及規模")
    para(doc, "財政資金895.8萬元。")
    para(doc, "五、實施期限")
    para(doc, "2019.01.01--2019.12.31")
    para(doc, "六、實施單位及責任人")
    para(doc, "昌吉職業技術學院 莊業強")
    para(doc, "七、績效目標")
    para(doc, "總體目標:以2019年高等職業院校國家助學金平均每生每年3300元為標準,分春、秋兩季評選發放,覆蓋6140人次困難學生。")
    para(doc, "(一)產出指標")
    para(doc, "1、數量指標:資助建檔立卡貧困子女1966人。")
    para(doc, "2、質量指標:資助標準100%達標。")
    para(doc, "3、時效指標:資助經費發放率100%達標,資助經費到位率100%達標。")
    para(doc, "4、成本指標:享受國家助學金平均每生每年3300元。")
    para(doc, "(二)效益指標")
    para(doc, "社會效益指標")
    save_docx(doc, path)


# --------------------------------------------------------------------------------------------------
# 2. 湖南 益阳高级技工学校 2021年中职免学费市级配套资金 项目支出绩效自评表 (docx, label repeated after page break)
# --------------------------------------------------------------------------------------------------
def build_yiyang(path):
    doc = new_doc()
    para(doc, "2021年度项目支出绩效自评表", bold=True, size=14, center=True)
    t = doc.add_table(rows=17, cols=9)
    t.style = "Table Grid"
    merge(t, 0, 0, 0, 1, "项目名称")
    merge(t, 0, 2, 0, 8, "2021年中职免学费市级配套资金")
    merge(t, 1, 0, 1, 1, "主管部门")
    merge(t, 1, 2, 1, 4, "益阳市教育局")
    put(t, 1, 5, "实施单位")
    merge(t, 1, 6, 1, 8, "益阳高级技工学校")
    merge(t, 2, 0, 6, 1, "项目资金\n(万元)")
    for c, h in zip(range(3, 9), ["年初\n预算数", "全年\n预算数", "全年\n执行数", "分值", "执行率", "得分"]):
        put(t, 2, c, h)
    rows = [
        ("年度资金总额", ["593.27", "593.27", "448.64", "10", "76%", "10"]),
        ("其中:当年财政拨款", ["593.27", "593.27", "448.64", "", "", ""]),
        ("上年结转资金", ["", "", "", "", "", ""]),
        ("其他资金", ["", "", "", "", "", ""]),
    ]
    for i, (lab, vals) in enumerate(rows):
        put(t, 3 + i, 2, lab)
        for j, v in enumerate(vals):
            put(t, 3 + i, 3 + j, v)
    merge(t, 7, 0, 8, 1, "年度总体\n目标")
    merge(t, 7, 2, 7, 5, "预期目标")
    merge(t, 7, 6, 7, 8, "实际完成情况")
    merge(t, 8, 2, 8, 5, "弥补学校运转经费缺口")
    merge(t, 8, 6, 8, 8, "全部用于学校运转经费")
    merge(t, 9, 0, 16, 0, "绩\n效\n指\n标")
    for c, h in zip(range(1, 9), ["一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分",
                                 "偏差原因分析\n及改进措施"]):
        put(t, 9, c, h)
    merge(t, 10, 1, 13, 1, "产出指标\n(50 分)")
    merge(t, 14, 1, 16, 1, "效益指标\n(30 分)")
    merge(t, 10, 6, 13, 6, "50")
    merge(t, 14, 6, 16, 6, "30")
    ind = [
        (10, "数量指标", "资助学生人数", "3018", "3018"),
        (11, "质量指标", "职业技术能力鉴定达标率", "98%", "98%"),
        (12, "时效指标", "预算执行率", "100%", "100%"),
        (13, "成本指标", "严格成本控制", "100%", "100%"),
        (14, "经济效\n益指标", "中职帮扶常态化", "100%", "100%"),
        (15, "社会效\n益指标", "M轻学生家庭经济负担", "1%", "100%"),
        (16, "生态效\n益指标", "所有开支句环保无公害", "100%", "100%"),
    ]
    for r, l2, name, tv, av in ind:
        put(t, r, 2, l2)
        put(t, r, 3, name)
        put(t, r, 4, tv)
        put(t, r, 5, av)
    set_widths(t, YIYANG_W)
    # the stored page goes on to the next page of the form and stops after the word 满意
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    t2 = doc.add_table(rows=1, cols=9)
    t2.style = "Table Grid"
    put(t2, 0, 0, "绩\n效\n指\n标")
    put(t2, 0, 2, "可持续影\n响指标")
    put(t2, 0, 3, "满意")
    set_widths(t2, YIYANG_W)
    save_docx(doc, path)


# --------------------------------------------------------------------------------------------------
# 3. 广东省教育厅 教育发展专项资金 支持粤东粤西粤北地区新建高校 绩效目标表 (xlsx; labels lost as found)
# --------------------------------------------------------------------------------------------------
def build_gd_newcampus(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "绩效目标表"
    for col, w in zip("ABCD", [16, 44, 18, 30]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:D1")
    xput(ws, "A1", "绩效目标表", bold=True)
    xput(ws, "A2", "资金名称")
    xput(ws, "B2", "教育发展专项资金")
    xput(ws, "C2", "省级业务主管部门")
    xput(ws, "D2", "广东省教育厅")
    xput(ws, "A3", "资金类型")
    xput(ws, "B3", "专项资金")
    xput(ws, "C3", "实施周期")
    xput(ws, "D3", "2020年-2022年")
    xput(ws, "A4", "战略领域")
    xput(ws, "B4", "高等教育“冲一流、补短板、强特色”")
    xput(ws, "C4", "财政事权")
    xput(ws, "A5", "政策任务")
    ws.merge_cells("B5:D5")
    xput(ws, "B5", "支持粤东粤西粤北地区新建高校")
    xput(ws, "A6", "资金需求(万元)")
    xput(ws, "B6", "一般公共预算安排77300万元")
    xput(ws, "C6", "2021年金额")
    xput(ws, "A7", "用途范围")
    ws.merge_cells("B7:D7")
    xput(ws, "B7", "新建广东汕头幼儿师范高等专科学校(筹)、广东梅州职业技术学院(筹)、广东潮州卫生健康职业学院(筹)、"
                   "广东云浮中医药职业学院(筹)、华南师范大学汕尾校区、广东工业大学揭阳校区、广东海洋大学阳江校区。")
    ws.merge_cells("B8:D8")
    xput(ws, "B8", "《广东省教育厅 广东省发展和改革委 广东省财政厅关于印发〈加快推进粤东粤西粤北地区新建迁建高校建设行动计划〉"
                   "的通知》(粤教规函〔2019〕144号)")
    ws.merge_cells("B9:D9")
    xput(ws, "B9", "2021年内,实现广东汕头幼儿师范高等专科学校(筹)、广东梅州职业技术学院(筹)、广东潮州卫生健康职业学院(筹)、"
                   "广东云浮中医药职业学院(筹)、华南师范大学汕尾校区、广东工业大学揭阳校区、广东海洋大学阳江校区正式开始招生。")
    ws.merge_cells("B10:D10")
    xput(ws, "B10", "缩小粤东粤西粤北地区在教育上的差距,推进当地高等教育改革发展,提升全省高等教育毛入学率,增加优质学位,"
                    "调整高等教育布局结构,改善民生福祉;确保广东汕头幼儿师范高等专科学校(筹)、广东梅州职业技术学院(筹)、"
                    "广东潮州卫生健康职业学院(筹)、广东云浮中医药职业学院(筹)、华南师范大学汕尾校区、广东工业大学揭阳校区、"
                    "广东海洋大学阳江校区等于2021年秋季正式招生。")
    for r in (7, 8, 9, 10):
        row_height(ws, r, ws["B%d" % r].value, 92)
    xput(ws, "B11", "三级指标", bold=True)
    xput(ws, "C11", "年度目标值", bold=True)
    xput(ws, "D11", "实施周期目标值", bold=True)
    rows = [
        ("新建高校(校区)", "7", "7"),
        ("工程质量达标率(%)", "100%", "100%"),
        ("开工率(%)", "100%", "100%"),
        (None, None, "不断提升"),
        (None, None, "弥补我省高等教育不平衡"),
        (None, None, "持续"),
    ]
    for i, (n, y, p) in enumerate(rows):
        r = 12 + i
        if n is not None:
            xput(ws, "B%d" % r, n)
        if y is not None:
            xput(ws, "C%d" % r, y)
        if p is not None:
            xput(ws, "D%d" % r, p)
    save_xlsx(wb, path)


# --------------------------------------------------------------------------------------------------
# 4. 广东工贸职业技术学院 部门整体支出绩效自评 (xlsx; goal cells with results in prose; page stops in 目标二)
# --------------------------------------------------------------------------------------------------
GDGM_DONE = (
    "2022年,围绕“第一议题”学习召开党委会33次、校长办公会26次,党委理论学习中心组会议12次,全校宣讲42场次;"
    "基层组织书记和党务骨干专题培训2次,各级组织通过“三会一课”、集中研讨等方式学习52场次;发展党员380人,"
    "其中高知2人、学生375人;举办发展对象培训班2个、培训学员380人,入党积极分子培训班2个、培训学员2023人,"
    "另有各类培训覆盖教职工680人次、学生党员375人;新增“全国党建工作样板支部”建设1个,通过“全国党建样板支部”验收1个,"
    "“全省党建标杆院系”在建1个,培育校级党建“双创”建设单位3个;“党史进校园”典型案例获省级二等奖1项、三等奖2项;"
    "2022年第七届网络媒体展示节获省级一等奖1项、二等奖2项、三等奖5项,并有团队入选全国大中专学生暑期社会实践志愿服务活动;"
    "培育思想政治课教学创新团队3支,建设思想政治课示范课堂12个,思政课专职教师和辅导员队伍配齐配强;认定校级课程思政课程454门、"
    "校级课程思政示范课程115门,开展“一院一品”、中华传统文化、“劳模工匠”等品牌活动;立项2022年度教育部人文社会科学研究专项"
    "(高校辅导员研究)1项、广东省教育科学项目4项、省级党建及思政课题9项,职业生涯咨询特色工作室1个;获高职院校党建和思政工作"
    "研究会优秀学术论文一等奖1项、二等奖2项,优秀典型案例二等奖2项、三等奖1项。"
)


def build_gdgm(path):
    wb = new_wb()
    ws = wb.active
    ws.title = "整体支出绩效自评表"
    for col, w in zip("ABCDEF", [12, 26, 40, 14, 60, 16]):
        ws.column_dimensions[col].width = w
    xput(ws, "A1", "年度:")
    xput(ws, "B1", "2023")
    ws.merge_cells("A2:F2")
    xput(ws, "A2", "单位基本情况", bold=True)
    xput(ws, "A3", "单位名称")
    xput(ws, "B3", "广东工贸职业技术学院")
    xput(ws, "C3", "财供人数(编制总数)合计: 734 行政(参公)编制数小计:0 公益一类编制数小计: 0 公益二类编制数小计:734")
    xput(ws, "D3", "财政事权数量:")
    xput(ws, "E3", "0")
    xput(ws, "F3", "下属单位数量:0")
    ws.merge_cells("A4:A5")
    xput(ws, "A4", "年度\n总目标")
    xput(ws, "B4", "目标一:深化党建引领,做好经费保障")
    xput(ws, "C4", "完成\n情况")
    ws.merge_cells("D4:F4")
    xput(ws, "D4", GDGM_DONE)
    row_height(ws, 4, GDGM_DONE, 90)
    row_height(ws, 3, ws["C3"].value, 40)
    xput(ws, "B5", "目标二:集中财力办大")
    save_xlsx(wb, path)


# --------------------------------------------------------------------------------------------------
# 5. 教育部 现代职业教育质量提升计划资金 2022年度绩效自评报告 (prose, mirrored; stops in 资金情况)
# --------------------------------------------------------------------------------------------------
def build_moe(path):
    doc = new_doc()
    para(doc, "现代职业教育质量提升计划资2022年度绩效自评报告", bold=True, size=14, center=True)
    para(doc, "来源:教育部    更新日期:2024.01.15", center=True)
    para(doc, "为落实《中共中央 国务院关于全面实施预算绩效管理的意见》(中发〔2018〕34号)和《教育部关于全面实施预算绩效管理的意见》"
              "(教财〔2019〕6号),按照《财政部关于开展2022年度中央对地方转移支付预算执行情况绩效自评工作的通知》(财监〔2023〕1号),"
              "教育部于2023年3—6月审核了各地报送的年度绩效自评材料,并在此基础上完成了2022年度现代职业教育质量提升计划资金项目的"
              "绩效自评。有关情况报告如下:")
    para(doc, "一、基本情况", bold=True)
    para(doc, "1.政策背景")
    para(doc, "按照《国务院办公厅关于印发教育领域中央与地方财政事权和支出责任划分改革方案的通知》(国办发〔2019〕27号),职业教育经费"
              "以政府投入为主、受教育者合理分担、多渠道筹措;总体上属于中央与地方共同财政事权,补助经费主要按隶属关系由中央和地方财政"
              "分别负担,中央财政以转移支付方式给予支持。")
    para(doc, "目前中央财政以“现代职业教育质量提升计划资金”支持和引导地方发展现代职业教育,资金主要用于:推动高等职业学校高水平发展,"
              "巩固完善高等职业学校生均拨款制度;提升中等职业学校办学水平,保障其办学条件;开展“双师型”专任教师和“1 x”师资培养培训,"
              "提高教师教育教学水平;深化产教融合,支持有条件的地方探索政府和社会资本合作等。")
    para(doc, "2.资金情况")
    para(doc, "2022年度,现代职业教育质量提升计划资金共计投入588.73亿元,其中中央资金302.57亿元,地方投入261.93亿元,其他投入24.23亿元")
    save_docx(doc, path)


# --------------------------------------------------------------------------------------------------
# 6. “双高计划”学校 总体实现程度概述 (book chapter on a 双高 college, school not named; stops at 表2)
# --------------------------------------------------------------------------------------------------
def build_shuanggao(path):
    doc = new_doc()
    para(doc, "总体实现程度概述", bold=True, size=14)
    para(doc, "(一)总体目标的实现程度及效果概述", bold=True)
    para(doc, "1.高质量完成中期目标,产出指标、效益指标达成度均超100%")
    para(doc, "学校以军工文化固本、以特色党建强基、以制度建设求稳、以科技协同求新、以智慧职教增效、以专业深耕提质、以引培并举蓄力、"
              "以多元共建致远,把绩效理念贯穿建设全过程,扎实推进十大建设任务,推动“双高计划”创新实施。截至2021年年底,“双高计划”"
              "学校层面数量指标134项、质量指标87项,专业群层面数量指标87项、质量指标51项,年度任务全部完成,中期绩效指标完成度100.62%。")
    para(doc, "2.标志性成果突出,学校核心竞争力显著提升")
    para(doc, "三年建设期间,军工特色文化育人成效明显,党建示范引领作用突出,协同创新居省内前列,专业群协同发展机制初步形成,综合实力、"
              "教学团队、产教融合与校企合作、社会服务、智慧校园、学校治理和国际影响力均有提升,办学影响力持续扩大。"
              "2019—2021年标志性成果见表1。")
    para(doc, "表1 2019—2021年标志性成果一览表", center=True)
    para(doc, "续表", center=True)
    para(doc, "(二)项目经费到位和执行情况概述", bold=True)
    para(doc, "1.项目经费足额到位(https://www.daowen.com)")
    para(doc, "学校层面:2019—2021年预算资金合计18 189万元,包括中央财政投入资金2 100万元、地方财政投入资金2 100万元、行业企业支持资金"
              "1 860万元、学校自筹资金12 129万元。三年实际到位资金18 398.31万元,项目经费到位率101.15%。")
    para(doc, "专业群层面:2019—2021年度预算资金7 895万元,包括中央财政投入资金2 100万元、地方财政投入资金2 100万元、行业企业支持资金"
              "1 060万元、学校自筹资金2 635万元。专业群资金到位7 895万元,项目经费到位率为100.00%。")
    para(doc, "2.项目经费执行率高")
    para(doc, "学校层面:2019—2021年资金支出18 313.12万元,资金执行率为99.54%(见表2)。")
    para(doc, "表2 学校层面", center=True)
    save_docx(doc, path)


# --------------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------------
def ind(l1, l2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


DOCS = {}

DOCS["xj-changji-vocational-grant-notice.docx"] = dict(
    build=build_changji,
    gold={
        "source_urls": ["http://www.olshare.net/p118/2019nfpzjgk/20200526/185693.html"],
        "province": "新疆",
        "doc_kind": "项目情况公示 (高职院校国家助学金; 绩效目标 as a numbered prose list)",
        "patterns": [6, 10],
        "indicators": [
            ind("產出指標", "數量指標", "資助建檔立卡貧困子女", None, 1966, "人", "1966人"),
            ind("產出指標", "質量指標", "資助標準", None, 100, "%", "100%達標"),
            ind("產出指標", "時效指標", "資助經費發放率", None, 100, "%", "100%達標"),
            ind("產出指標", "時效指標", "資助經費到位率", None, 100, "%", "100%達標"),
            ind("產出指標", "成本指標", "享受國家助學金平均每生每年", None, 3300, "元", "3300元"),
        ],
        "goals": [
            {"kind": "总体目标",
             "text": "以2019年高等職業院校國家助學金平均每生每年3300元為標準,分春、秋兩季評選發放,覆蓋6140人次困難學生。"},
        ],
        "facts": [],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "效益指標",
             "why": "the 效益指標 section has only its heading and the sub-heading 社會效益指標, with no indicator under it "
                    "(the stored page stops there); as the document stands there is no benefit indicator"},
            {"rule": "coverage.missing_dimension", "item": "滿意度指標",
             "why": "no satisfaction indicator anywhere in the document as it stands (page cut inside 效益指標)"},
        ],
        "notes": "Traditional-character mirror (olshare.net) of a 昌吉州 notice on the 2019 高等職業院校國家助學金 project of "
                 "昌吉職業技術學院 (895.8萬元, 6140人次, 平均每生每年3300元). The mirror inserts pinyin after many characters "
                 "(項(xiàng)目) and garbles a few (享受?chē)?guó)家); the document keeps the traditional characters but drops the "
                 "pinyin and the garbling, because they are artefacts of the HTML mirror, not of the notice. The stored page "
                 "stops at '社會效益指標(bi'; the document ends with the heading 社會效益指標 and nothing under it. "
                 "Indicators are written as a prose list '1、數量指標:資助建檔立卡貧困子女1966人。' - the value sits in the same "
                 "sentence as the name (pattern 6); the 時效 line carries two indicators (發放率, 到位率), counted as two rows. "
                 "No operator words (達標 means 'meets the standard', not an operator), so every operator is null. "
                 "Goal kind: the line is labelled 總體目標 (written here in the gold as 总体目标). "
                 "Not flagged (no rule in the list): the 數量 indicator counts 1966 建檔立卡 students while the goal speaks of "
                 "6140人次; 6140人次 at the stated average 3300元 per student-year (1650元 a semester) would cost 1013.1萬元, "
                 "not the 895.8萬元 paid - the average is only 'average', so this is left to notes.",
    },
)

DOCS["hn-yiyang-techschool-tuition-selfeval.docx"] = dict(
    build=build_yiyang,
    gold={
        "source_urls": ["https://m.yzwku.com/doc/284020.html"],
        "province": "湖南",
        "doc_kind": "项目支出绩效自评表 (2021年度, 中职免学费市级配套资金, 益阳高级技工学校)",
        "patterns": [1, 2, 5, 10],
        "indicators": [
            ind("产出指标", "数量指标", "资助学生人数", None, 3018, None, "3018", 3018),
            ind("产出指标", "质量指标", "职业技术能力鉴定达标率", None, 98, "%", "98%", 98),
            ind("产出指标", "时效指标", "预算执行率", None, 100, "%", "100%", 100),
            ind("产出指标", "成本指标", "严格成本控制", None, 100, "%", "100%", 100),
            ind("效益指标", "经济效益指标", "中职帮扶常态化", None, 100, "%", "100%", 100),
            ind("效益指标", "社会效益指标", "M轻学生家庭经济负担", None, 1, "%", "1%", 100),
            ind("效益指标", "生态效益指标", "所有开支句环保无公害", None, 100, "%", "100%", 100),
        ],
        "goals": [
            {"kind": "年度目标", "text": "弥补学校运转经费缺口"},
        ],
        "facts": [
            {"metric": "年度资金总额", "kind": "budget", "planned": 593.27, "actual": 448.64, "stated_rate": 76,
             "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.rate", "item": "预算执行率",
             "why": "the 时效 row reports 预算执行率 实际完成值 100%, but the money block of the same form gives "
                    "448.64/593.27 = 75.62% (stated 76%)"},
            {"rule": "consistency.deviation_reason_missing", "item": "年度资金总额",
             "why": "only 448.64 of 593.27万元 spent (76%); 144.63万元 unspent and the form gives no reason anywhere"},
            {"rule": "target.missing_unit", "item": "资助学生人数",
             "why": "target and actual are the bare number 3018 with no unit (人/人次)"},
            {"rule": "goal.unquantified", "item": "弥补学校运转经费缺口",
             "why": "the only goal has no number, scale or measurable result"},
            {"rule": "goal.budget_text", "item": "弥补学校运转经费缺口",
             "why": "the goal only says what the money is used for (filling the school's operating-cost gap); the "
                    "completion cell repeats it (全部用于学校运转经费)"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "no satisfaction indicator in the document as it stands; the stored page stops at the word 满意 on the "
                    "second page of the form"},
        ],
        "notes": "Document-sharing mirror (优知文库 m.yzwku.com) of '2021年度项目支出绩效自评表.docx'; the text is run together "
                 "and the layout is rebuilt from it: 项目资金 block (年初预算数/全年预算数/全年执行数/分值/执行率/得分; "
                 "593.27/593.27/448.64/10/76%/10), 年度总体目标 (预期目标 | 实际完成情况), then 绩效指标 with the usual "
                 "一级/二级/三级/年度指标值/实际完成值/分值/得分/偏差原因分析及改进措施 columns. Kept as found: the OCR-style slips "
                 "'M轻学生家庭经济负担' (for 减轻) and '所有开支句环保无公害' (for 均), the 一级 labels '产出指标(50 分)' and "
                 "'效益指标(30 分)', and a single number per block in the run-together text (50 after the first 产出 row, 30 after "
                 "the first 效益 row) - read here as the 分值 column merged down each block, with the 得分 column empty; so every "
                 "gold weight and score is null. The page breaks after 生态效益指标: the 绩效指标 label is repeated on the next page "
                 "(pattern 2) with 可持续影响指标 and the word '满意', where the stored page stops; that fragment is not counted as "
                 "an indicator. Not flagged (no rule in the list): the execution-rate score 10 although 76% x 10 = 7.6; "
                 "预算执行率 and 严格成本控制 are process/input measures placed under 产出; 中职帮扶常态化 and 所有开支均环保无公害 "
                 "are qualitative states forced into 100%; the social-benefit row targets 1% and reports 100%.",
    },
)

DOCS["gd-jiaoyuting-newcampus-targets.xlsx"] = dict(
    build=build_gd_newcampus,
    gold={
        "source_urls": ["https://www.dy1993.cn/O0nx.html"],
        "province": "广东",
        "doc_kind": "绩效目标表 (省级专项资金: 教育发展专项资金 - 支持粤东粤西粤北地区新建高校)",
        "patterns": [5, 6, 10],
        "indicators": [
            ind(None, None, "新建高校(校区)", None, 7, None, "7"),
            ind(None, None, "工程质量达标率(%)", None, 100, "%", "100%"),
            ind(None, None, "开工率(%)", None, 100, "%", "100%"),
            ind(None, None, None, None, None, None, "不断提升"),
            ind(None, None, None, None, None, None, "弥补我省高等教育不平衡"),
        ],
        "goals": [
            {"kind": "目标",
             "text": "2021年内,实现广东汕头幼儿师范高等专科学校(筹)、广东梅州职业技术学院(筹)、广东潮州卫生健康职业学院(筹)、"
                     "广东云浮中医药职业学院(筹)、华南师范大学汕尾校区、广东工业大学揭阳校区、广东海洋大学阳江校区正式开始招生。"},
            {"kind": "目标",
             "text": "缩小粤东粤西粤北地区在教育上的差距,推进当地高等教育改革发展,提升全省高等教育毛入学率,增加优质学位,"
                     "调整高等教育布局结构,改善民生福祉;确保广东汕头幼儿师范高等专科学校(筹)、广东梅州职业技术学院(筹)、"
                     "广东潮州卫生健康职业学院(筹)、广东云浮中医药职业学院(筹)、华南师范大学汕尾校区、广东工业大学揭阳校区、"
                     "广东海洋大学阳江校区等于2021年秋季正式招生。"},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.missing_unit", "item": "新建高校(校区)",
             "why": "the count target is the bare number 7 (所/个 missing), in both value columns"},
            {"rule": "target.missing_name", "item": "不断提升",
             "why": "a target value in the 实施周期目标值 column on a row with no 三级指标 name (and no 年度目标值)"},
            {"rule": "target.missing_name", "item": "弥补我省高等教育不平衡",
             "why": "a target value on a row with no indicator name (and no 年度目标值)"},
            {"rule": "target.vague_wording", "item": "不断提升",
             "why": "the target is only the words 不断提升, no number, baseline or scale"},
            {"rule": "target.qualitative_no_scale", "item": "弥补我省高等教育不平衡",
             "why": "qualitative statement used as a target value with no grading scale or measure"},
        ],
        "notes": "Document-site copy (第一文档网 dy1993.cn, titled there '绩效目标表【模板】', but the content is a filled Guangdong "
                 "form) of a 广东省教育厅 绩效目标表 for the 2020-2022 专项资金 supporting seven new colleges/campuses in "
                 "粤东粤西粤北. The page text is run together; the layout is rebuilt from it. Kept as found: 财政事权 and the "
                 "2021年金额 have labels but no values; the policy-basis row (粤教规函〔2019〕144号) and both goal rows appear "
                 "without their labels (the stored text gives none, so the label cells stay empty and the gold calls both goals "
                 "'目标'; by position the first is the 2021 annual goal, the second the period goal); the indicator table has no "
                 "一级/二级 columns, only 三级指标 | 年度目标值 | 实施周期目标值, so level1/level2 are null. Units sit in the names "
                 "('工程质量达标率(%)', '开工率(%)') while the values repeat '100%'. After the three named rows the text gives three "
                 "more values for the 实施周期 column only, with no names: 不断提升, 弥补我省高等教育不平衡 (a line break inside it "
                 "in the page) and '持续', where the stored page stops; the first two are kept as nameless indicator rows, "
                 "'持续' is cut mid-cell and not counted. target_text for the named rows is the 年度目标值 (equal to the period "
                 "value). No coverage finding: the table has no dimension labels and is cut. 一般公共预算安排77300万元 is given "
                 "without any execution figure, so no fact.",
    },
)

DOCS["gd-gdgm-college-dept-selfeval.xlsx"] = dict(
    build=build_gdgm,
    gold={
        "source_urls": ["https://www.gdgm.edu.cn/xxgk/2023/0516/c4048a50530/page.htm"],
        "province": "广东",
        "doc_kind": "部门整体支出绩效自评表 (高职院校, 年度总目标与完成情况)",
        "patterns": [7, 10],
        "indicators": [],
        "goals": [
            {"kind": "目标", "text": "目标一:深化党建引领,做好经费保障"},
            {"kind": "目标", "text": "目标二:集中财力办大"},
        ],
        "facts": [
            {"metric": "财供人数(编制总数)合计", "kind": "sum", "total": 734, "parts": [0, 0, 734], "unit": "人"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "目标一:深化党建引领,做好经费保障",
             "why": "the goal has no number, date or measurable statement"},
            {"rule": "goal.process_only", "item": "目标一:深化党建引领,做好经费保障",
             "why": "it only names work to be done (deepen party-building, secure funding), no result"},
        ],
        "notes": "广东工贸职业技术学院 information-disclosure page (2023-05-16) opening with a 部门整体支出 self-evaluation form: "
                 "年度 2023 (as written, although the completion text reports 2022 work), 单位基本情况 (财供人数 734 = 行政0 + "
                 "公益一类0 + 公益二类734; 财政事权数量 0; 下属单位数量 0), then 年度总目标 rows each with a 完成情况 cell. "
                 "The completion text of 目标一 is a long list of counts, re-worded here with every number kept. The stored "
                 "page stops inside the second goal ('目标二:集中财力办大'), before any indicator table, so there are no "
                 "indicator rows and no coverage finding; 目标二 is kept as a (cut) goal and not judged. Not flagged: "
                 "'发展党员380人, 其中高知2人、学生375人' - 2 + 375 = 377, but a 其中 list need not be exhaustive.",
    },
)

DOCS["cn-moe-vocational-fund-selfreport.docx"] = dict(
    build=build_moe,
    gold={
        "source_urls": ["https://037033.com/a264992"],
        "province": "全国 (中央部门: 教育部)",
        "doc_kind": "绩效自评报告 (中央对地方转移支付, 现代职业教育质量提升计划资金 2022年度; prose)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "现代职业教育质量提升计划资金投入", "kind": "sum", "total": 588.73,
             "parts": [302.57, 261.93, 24.23], "unit": "亿元"},
        ],
        "findings": [],
        "notes": "教育部 self-evaluation report on the 2022 现代职业教育质量提升计划资金 (central-to-local transfer), as mirrored "
                 "on a spam-injected site (037033.com, site header naming 国家药品监督管理局高级研修学院 and "
                 "全国药品职业教育教学指导委员会, not reproduced; '来源:教育部', '更新日期:2024.01.15' kept). Kept as found: the "
                 "title slip '计划资2022年度' (金 missing) and '“1 x”师资' (the + of 1+X lost). The stored page stops inside "
                 "'2.资金情况' after '其他投入24.23亿元' (no full stop), before any goal or indicator, so no coverage finding. "
                 "588.73 = 302.57 + 261.93 + 24.23 checks.",
    },
)

DOCS["xx-shuanggao-college-midterm-report.docx"] = dict(
    build=build_shuanggao,
    gold={
        "source_urls": ["https://www.daowen.com/book/content/242444001/5100286.html"],
        "province": None,
        "doc_kind": "绩效评价/自评报告 (双高计划 中期, 总体实现程度概述; prose)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "学校层面预算总资金", "kind": "sum", "total": 18189, "parts": [2100, 2100, 1860, 12129],
             "unit": "万元"},
            {"metric": "专业群层面预算资金", "kind": "sum", "total": 7895, "parts": [2100, 2100, 1060, 2635],
             "unit": "万元"},
            {"metric": "学校层面项目经费到位率", "kind": "budget", "planned": 18189, "actual": 18398.31,
             "stated_rate": 101.15, "unit": "万元"},
            {"metric": "专业群层面项目经费到位率", "kind": "budget", "planned": 7895, "actual": 7895,
             "stated_rate": 100.00, "unit": "万元"},
            {"metric": "学校层面资金执行率", "kind": "budget", "planned": 18398.31, "actual": 18313.12,
             "stated_rate": 99.54, "unit": "万元"},
        ],
        "findings": [],
        "notes": "A chapter of a book (daowen.com reader) reporting a 双高计划 (中国特色高水平高职学校和专业建设计划) college's "
                 "mid-term results, 2019-2021; the college is not named in the stored part (a 军工-tradition 高职), so province "
                 "is null. Kept as found: amounts written with a thin space as thousands separator ('18 189万元', '2 100万元'), "
                 "the site watermark inside a heading ('1.项目经费足额到位(https://www.daowen.com)'), the table captions "
                 "'表1 2019—2021年标志性成果一览表' and '续表' with no table (images in the page). The stored page stops at the "
                 "caption '表2 学校层面'. Checks: 2100+2100+1860+12129 = 18189; 2100+2100+1060+2635 = 7895; 18398.31/18189 = "
                 "101.15%; 7895/7895 = 100.00%; the 执行率 99.54% = 18313.12/18398.31 (spending over funds received, the 10号 "
                 "definition), so the fact uses the received amount as 'planned'; over the budget 18189 it would be 100.68%. "
                 "The counts of indicators (134, 87, 87, 51 项) and 中期绩效指标完成度100.62% have no base to check. No findings.",
    },
)


def write_gold(name, gold):
    base = {"source": name}
    base.update(gold)
    order = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings",
             "notes"]
    out = {k: base[k] for k in order}
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def pdf_text(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout


def check_pdf(pdf, gold):
    """Every indicator name, target text, goal text and finding item of the gold must be in the PDF text
    (whitespace and line breaks ignored). Names of missing dimensions are not expected to be there."""
    text = re.sub(r"\s+", "", pdf_text(pdf))
    want = []
    for i in gold["indicators"]:
        want += [i["name"], i["target_text"]]
    want += [g["text"] for g in gold["goals"]]
    want += [f["item"] for f in gold["findings"] if f["rule"] != "coverage.missing_dimension"]
    missing = [w for w in want if w and re.sub(r"\s+", "", w) not in text]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    no_pdf = "--no-pdf" in sys.argv
    bad = 0
    for name, d in DOCS.items():
        path = os.path.join(HERE, name)
        d["build"](path)
        write_gold(name, d["gold"])
        if no_pdf:
            continue
        pdf = to_pdf(path)
        pname = os.path.basename(pdf)
        write_gold(pname, d["gold"])
        miss = check_pdf(pdf, d["gold"])
        pages = len(re.findall(r"\f", pdf_text(pdf)))
        print("%-45s pdf pages=%d missing=%s" % (name, pages, miss))
        bad += bool(miss)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
