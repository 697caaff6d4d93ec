"""Blind part 78 of the real-layout corpus (culture, tourism and sport).

Each document reproduces the stored beginning of one public page (see SOURCES.md): layout, merged cells,
empty cells, odd wording and defects as found; facts (names, operators, values, units, amounts, dates, document
numbers) as written; longer sentences in our own words with the same numbers.  The gold in DOCS was written by
hand from the pages before anything else looked at the files.

Run:  /tmp/venv/bin/python make_blind78_layouts.py [--no-pdf]
Writes the DOCX/XLSX files, their PDF export (LibreOffice) and annotations/<file>.json (one per file, the PDF's
gold identical except `source`).  DOCX/XLSX are deterministic: core properties pinned to 2025-01-01 and every zip
entry rewritten with a fixed date in a fixed order.
"""
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PINNED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "SimSun"


# --------------------------------------------------------------------------- determinism helpers

def _rewrite_zip(path):
    with zipfile.ZipFile(path) as z:
        entries = {n: z.read(n) for n in z.namelist()}
    order = sorted(entries, key=lambda n: (n != "[Content_Types].xml", not n.startswith("_rels/"), n))
    for name in list(entries):
        if name == "docProps/core.xml":
            xml = entries[name].decode("utf-8")
            xml = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", xml)
            xml = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", xml)
            xml = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", xml)
            entries[name] = xml.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, entries[name])
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    cp = doc.core_properties
    cp.author = "jixiao corpus"
    cp.last_modified_by = "jixiao corpus"
    cp.created = PINNED
    cp.modified = PINNED
    cp.last_printed = PINNED
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, merges=(), widths=None, size=9):
    """rows: list of lists of strings (None = part of a merge, left empty). merges: (r0, c0, r1, c1)."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            if val is None:
                continue
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            r.font.name = FONT
            r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        # merged cells concatenate paragraphs; keep only the first cell's text
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        if m.text != keep:
            m.paragraphs[0].text = keep
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if j < len(widths):
                gc.set(qn("w:w"), str(int(Cm(widths[j]).twips)))
        for j, w in enumerate(widths):
            for cell in t.columns[j].cells:
                cell.width = Cm(w)
    return t


def save_doc(doc, name):
    path = os.path.join(HERE, name)
    doc.save(path)
    _rewrite_zip(path)
    return path


# --------------------------------------------------------------------------- documents

def build_hi_wuzhishan():
    doc = new_doc()
    para(doc, "省高级体育运动技术学校财政支出项目绩效评价报告", bold=True, center=True, size=15)
    for line in [
        "评价类型:□实施过程评价 R完成结果评价",
        "项目名称:五指山体育训练基地建设费",
        "项目单位: 海南省高级体育运动技术学校",
        "主管部门: 海南省文化广电出版体育厅",
        "评价时间: 2015 年5 月18日至 2015 年5 月 27日",
        "组织方式:□财政部门 □主管部门 R项目单位",
        "评价机构:□中介机构 □专家组 R项目单位评价组",
        "评价单位(盖章):海南省高级体育运动技术学校",
        "上报时间:2015年5月28日",
    ]:
        para(doc, line)
    para(doc, "附件4-2")
    para(doc, "项目绩效目标表", bold=True, center=True, size=13)
    para(doc, "项目名称:五指山训练基地建设费")
    pct = ["90%以上", "80%-89%", "70%-79%", "70%以下"]
    rows = [
        ["指标类型", "指标名称", "绩效目标", "绩效标准", None, None, None],
        [None, None, None, "优", "良", "中", "差"],
        ["产出指标", "1.奥林匹克训练馆建设面积4218平方米", "实现率100%", "完成100%", "完成80%", "完成70%", "完成60%"],
        [None, "2运动员公寓楼建设面积17764平方米", "实现率100%", "完成100%", "完成80%", "完成70%", "完成60%"],
        ["成效指标", "1.培养优秀运动员", "一级以上优秀运动员20名以上", "20名", "18名", "16名", "14名"],
        [None, "2.提高我省竞技体育成绩", "实现率90以上"] + pct,
        [None, "3.运动员在全运、奥运赛场夺取奖牌,为省争光,为国争光目的达成率", "实现率90%以上"] + pct,
        [None, "4.扶持和带动海南体育竞技水平的提高和发展率", "实现率90%以上"] + pct,
        [None, "5.建成国内优质的冬训基地的效率", "实现率90%以上"] + pct,
        [None, "6.满足运动队的训练人数", "150人以上", "150人以上", "120-149人", "100-119人", "100人以下"],
        ["效率指标", "1.项目资金使用率", "实现率90%以上"] + pct,
        [None, "2.项目完成时效", "2014年10月", "2014年9月", "2014年10月", "2014年11月", "2014年12月"],
    ]
    merges = [(0, 3, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (2, 0, 3, 0), (4, 0, 9, 0), (10, 0, 11, 0)]
    table(doc, rows, merges, widths=[1.8, 5.6, 3.2, 1.9, 1.9, 1.9, 1.9])
    para(doc, "")
    para(doc, "附件4-3")
    para(doc, "项目基本信息", bold=True, center=True, size=13)
    table(doc, [["一、项目基本情况", None], ["项目实施单位", "省高级"]], [(0, 0, 0, 1)], widths=[4, 12])
    return save_doc(doc, "hi-wuzhishan-training-base-eval.docx")


GANZI_GOALS = [
    "1.宣传营销方面。一是借助微信、微博、抖音等新媒体平台推广甘孜旅游,建设新媒体矩阵,制作形象宣传片和宣传软文,"
    "并借主流媒体、行业网站和网络名人扩大传播;二是在高速路户外广告牌、高铁地铁LED屏、楼宇广告等传统媒体投放甘孜旅游广告;"
    "三是组织旅游踩线活动和旅游推介会,参加重要展会。",
    "2.产业开展方面。紧扣“南亚丝绸之路”,打造“丝路甘孜 川西秘境”(北路8县)特色文化旅游品牌,围绕该品牌开展研究挖掘和宣传营销。",
    "3.品牌创立方面。一是用于国家全域旅游示范区、天府旅游",
]


def build_sc_ganzi():
    doc = new_doc()
    para(doc, "项目支出绩效评价自评报告", bold=True, center=True, size=14)
    para(doc, "2021年工程支出绩效评价自评报告(2021年州级文化和旅游开展专项资金)", bold=True, center=True, size=12)
    para(doc, "一、工程概况", bold=True)
    para(doc, "(一)工程资金申报及批复情况")
    para(doc, "为推动文化和旅游业开展,我局向州政府申请资金1000万元,主要投向旅游宣传营销、产业开展和品牌创立等方面,"
              "该资金已在十二届甘孜州人民政府第66次常务会议上审定通过。")
    para(doc, "(二)工程绩效目标")
    para(doc, "2021年州级文化和旅游开展专项资金主要投向以下三个方面。")
    for g in GANZI_GOALS:
        para(doc, g)
    para(doc, "注:工程支出绩效目标自评表在工程执行完毕后填报,预期指标值在系统中自动生成,部门")
    rows = [
        ["一级指标", "二级指标", "三级指标", "预期指标值", "实际完成指标值"],
        ["", "时效指标", "完成时间", "2021年12月", "2021年12月"],
        ["工程效果指标", "经济效益指标", "全年接待游客", "3500万人次", "3577.95万人次"],
        [None, None, "全年旅游综合收入", "385亿元", "392.40亿元"],
        [None, "社会效益指标", "提升甘孜文旅形象和知名度", "甘孜文游的形象得到进一步提升,甘孜旅游知名度和美誉度得到提升。",
         "形成“丝路甘孜"],
    ]
    table(doc, rows, [(2, 0, 4, 0), (2, 1, 3, 1)], widths=[2.6, 2.6, 3.6, 4.4, 3.6])
    return save_doc(doc, "sc-ganzi-tourism-fund-selfreport.docx")


FUZHOU_ITEMS_T = [
    "1、投入-实效目标-目标完成率100%",
    "2、投入-成本目标-预算执行率100%;",
    "3、产出-数量目标-补助4家训练单位;",
    "4、产出-可持续影响目标-参加28个项目省级比赛;",
    "5、效益-社会效益-训练单位组织寄训、外训项目10个",
]
FUZHOU_ITEMS_A = [
    "1、投入-实效目标-目标完成率100%,已完成",
    "2、投入-成本目标-预算执行率73.67%,未完成;",
    "3、产出-数量目标-补助4家训练单位,已完成;",
    "4、产出-可持续影响目标-参加33个项目省级比赛,已完成;",
    "5、效益-社会效益-训练单位组织寄训、外训项目14个以上,已完成。",
]


def build_fj_fuzhou():
    doc = new_doc()
    para(doc, "竞训处财政支出项目绩效评价自评报告", bold=True, center=True, size=14)
    para(doc, "日期:2019-09-19 11:08 来源:体育局")
    para(doc, "财政支出项目绩效评价自评报告", bold=True, center=True, size=13)
    para(doc, "竞训处", center=True)
    para(doc, "一、部门预决算情况", bold=True)
    para(doc, "依据我局的年度工作安排和实际工作情况,2017年运动队训练经费共计300万元,其中:")
    para(doc, "市体校5万元、少体校0元、市体工队221万元,市水上中心47万元(含上年结余8万元),市体育局本级25万元,"
              "结余77万元、未划拨经费2万元。")
    para(doc, "二、整体支出绩效评价分析", bold=True)
    para(doc, "(一)绩效评价结论")
    para(doc, "项目绩效评价得分97.36分,等级为优秀。")
    para(doc, "本项目年初共制定6个绩效目标,分别为:")
    for it in FUZHOU_ITEMS_T:
        para(doc, it)
    para(doc, "2017年的产出目标和效益目标全部完成,投入类的成本目标(预算执行率)没有完成。具体为:")
    for it in FUZHOU_ITEMS_A:
        para(doc, it)
    para(doc, "(三)年度预算执行中的问题和建议")
    para(doc, "1、存在问题:体育传统校的教练员队伍亟需加强。目前全市体育传统校的教练都由体育教师兼任,多数人专项水平不高,"
              "师资配置也不够合理。")
    para(doc, "2、改建建议:建议加大人才引进的投入并提高薪资待遇。一是从系统内抽调专项水平较高的教练员充实传统校;"
              "二是招收一批优秀退役运动员到传统校任教,提高传统校的训练水平。此外,把体育教师带队训练计入工作量,"
              "并在绩效考核和工资奖金中体现出来,以调动积极性。")
    para(doc, "三、其他需要说明的", bold=True)
    return save_doc(doc, "fj-fuzhou-sports-training-selfreport.docx")


HUANGSHAN_TARGET = "以市区、县城为基本单元建设14个城市阅读空间,初步形成“15分钟阅读圈”,搭建全民阅读服务体系。"
HUANGSHAN_COUNTY = [
    "/",
    "5家书店、书吧均已报告完工",
    "已建成投用;11月黄山区图书馆到馆2690人,阅览借阅日总的借阅册次6768册次、借阅人次1428人次。",
    "建筑面积3745.96平方米,使用面积1873平方米;馆藏图书8.6万余册(含分馆藏书);2022年累计到馆读者21322人次,"
    "新增持证读者508人(持证读者合计5527人),文献流通25311册次,常态化阅读活动13场次,读者满意度99.7%,"
    "已达到城市阅读空间“五有”基本标准。",
    "三个阅读空间的硬件建设均已完成,下一步将按上级要求争取主管部门对项目整体验收。",
    "休宁县图书馆建设全部完工",
    "活动室设备已全部采购安装,阅读区开裂的玻璃已更换,与超星公司合作的活动已办12场。",
    "已全部建成,近期筹划相关阅读活动。",
    "/",
]
HUANGSHAN_INVEST = ["0.00", "150.00", "20.00", "17.00", "30.70", "28.75", "22.00", "35.00", "0.00"]
COUNTIES = ["市直", "屯溪区", "黄山区", "徽州区", "歙县", "休宁县", "黟县", "祁门县", "开发区"]


def build_ah_huangshan():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = 2 + 3 + 9 + 3 + 9 + 1  # 27
    ws.cell(1, 1, "“15分钟阅读圈”1-11月工作进度")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).font = Font(name=FONT, bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    head = ["责任部门", "项目名称", "全市目标任务", "全市任务 完成合计", "全市任务完成比例", "分区县任务完成情况"] + [None] * 8 + \
           ["计划投资", "全市完成投资总额", "投资完成率", "分区县投资完成情况"] + [None] * 8 + ["备注"]
    for j, v in enumerate(head, start=1):
        if v is not None:
            ws.cell(2, j, v)
    for j, v in enumerate(COUNTIES, start=6):
        ws.cell(3, j, v)
    for j, v in enumerate(COUNTIES, start=18):
        ws.cell(3, j, v)
    for c in (1, 2, 3, 4, 5, 15, 16, 17, 27):
        ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
    ws.merge_cells(start_row=2, start_column=6, end_row=2, end_column=14)
    ws.merge_cells(start_row=2, start_column=18, end_row=2, end_column=26)
    data = ["市文旅局", "15分钟阅读圈建设", HUANGSHAN_TARGET, "完工14个", "完工率100%"] + HUANGSHAN_COUNTY + \
           ["281.60", "303.45", "107.76%"] + HUANGSHAN_INVEST + ["全市14家已完成建设。市直、开发区2022年度无建设项目。"]
    for j, v in enumerate(data, start=1):
        ws.cell(4, j, v)
    for r in range(2, 5):
        for c in range(1, ncol + 1):
            cell = ws.cell(r, c)
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if r < 4 else "left")
            cell.font = Font(name=FONT, size=9, bold=(r < 4))
    widths = [7, 18, 96, 9, 10] + [6, 9, 16, 20, 14, 9, 14, 10, 6] + [7, 8, 7] + [6] * 9 + [14]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.row_dimensions[4].height = 170
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "jixiao corpus"
    wb.properties.lastModifiedBy = "jixiao corpus"
    wb.properties.created = PINNED
    wb.properties.modified = PINNED
    path = os.path.join(HERE, "ah-huangshan-reading-circle-progress.xlsx")
    wb.save(path)
    _rewrite_zip(path)
    return path


YANBIAN_GOALS = [
    "1.保障171个公共文化服务站点正常运转。",
    "2.为164个农家书屋和7个社区书屋更新图书1920册。",
    "3.举办重大节庆文化活动和文化下乡共17场。",
    "4.维护12个乡镇164个村的应急广播村村响和地面数字电视设备,保证群众正常收听广播、收看电视。",
]


def build_sc_yanbian():
    doc = new_doc()
    para(doc, "公共文化服务体系建设资金绩效自评报告(精选10篇)", bold=True, center=True, size=14)
    para(doc, "公共文化服务体系建设资金绩效自评报告 篇1", bold=True)
    para(doc, "按照《四川省财政厅关于转发的通知》(川财绩〔2022〕3号)的要求,现将盐边县2021年度中央财政补助公共文化服务体系"
              "建设专项资金的绩效自评情况报告如下:")
    para(doc, "一、基本情况", bold=True)
    para(doc, "2021年中央下达的公共文化服务体系建设专项资金预算为189.28万元,绩效目标如下:")
    for g in YANBIAN_GOALS:
        para(doc, g)
    para(doc, "二、综合评价结论", bold=True)
    para(doc, "整体绩效情况:我县依照2021年中央下达公共文化服务体系建设补助资金区域绩效目标表分配资金,2021年中央下达的"
              "公共文化服务体系建设专项资金执行率为96%,绩效自评得分为93分。")
    para(doc, "三、绩效目标完成情况分析", bold=True)
    para(doc, "(一)资金投入情况分析。")
    para(doc, "1.资金到位情况分析。")
    para(doc, "(1)省财政厅等部门以川财教〔2021〕40号下达我县2021年中央级补助公共文化服务体系建设专项资金412.85万元,"
              "其中一般项目375.65万元、绩效奖励37.2万元。我县2021年中央公共文化服务体系建设专项资金223.57万元。")
    para(doc, "(2)省财政厅等部门以川财教〔2021〕132号追减我县2021年中央公共文化服务体系建设专项资金223.57万元。")
    para(doc, "追减后,我县2021年中央级补助公共文化服务体系建设专项资金为189.28万元,其中一般项目151.8万元、绩效奖励37.48万元。")
    para(doc, "2.项目资金执行情况分析。")
    para(doc, "(1)2021年公共文化服务专项资金共支出182.564万元,其中支付农村公益电影放映补助经费19.536万元,"
              "乡镇文化活动及公共文化服务体系建84.5万元,应急广播村村响及地面数字电视维护4.51万")
    return save_doc(doc, "sc-yanbian-public-culture-selfreport.docx")


WUHU_GOAL = "总体目标:继续擦亮“欢乐芜湖”城市文旅品牌形象,展现芜湖丰富多样的文旅"


def build_ah_wuhu():
    doc = new_doc()
    para(doc, "文化旅游对外合作交流及宣传推广经费绩效评价报告", bold=True, center=True, size=14)
    para(doc, "一、基本情况", bold=True)
    para(doc, "(一)项目概况")
    para(doc, "为吸引游客来皖来芜,项目组织了一系列推介活动:在北京举办“‘京’彩‘芜’限拾春光”2023芜湖数字创意产业暨春季文旅消费"
              "(北京)推介会;在杭州站、南京站、上海站举办“欢乐芜湖 夏日启‘杭’”“欢乐芜湖 向‘宁’而行”“欢乐芜湖 ‘沪’动一夏”"
              "2023芜湖夏季文旅资源推介会共3场。项目还举办了芜湖神山音乐节暨首届大学生乐队大赛和首届(安徽芜湖)长江文化艺术交流周,"
              "承办安徽省文化遗产日主场活动,组织“爱在鸠兹”芜湖文旅惠民消费季系列活动;拍摄芜湖文旅宣传片,印制全域旅游智慧地图等"
              "宣传品;成立芜湖自媒体联盟并开展四季采风;投放央视广告和过境短信等。南京高淳区、金华市、舟山市、舟山市嵊泗县、新疆和田地区"
              "等地来芜举办推介会时,项目同步开展“欢乐芜湖”城市推介。美食方面,举办“皖美好味道 百县名小吃”美食展暨第二届安徽地标美食"
              "文化节,参加省文旅厅相约安徽 向春而行“皖美好味道 百县名小吃”美食展,并结合2023年“大地欢歌”春之韵、夏之风、秋之实3场"
              "芜湖市文旅惠民活动和2023年中国农民丰收节全国主场活动,开展“皖美好味道·百县名小吃”美食展示展销。项目还参加了"
              "第17届中国义乌文化和旅游产品交易博览会、“安徽人游安徽·欢乐沿江”宣传推广活动、常州文商旅融合发展大会、第八届中国西部"
              "旅游产业博览会、南京长江文化旅游节、2023海峡两岸(安徽)旅行商大会、2023年中国(郑州)国际旅游城市市长论坛、第十三届"
              "中国旅游产业博览会、中国国际旅游交易会等活动。年度项目总预算310.8万元,支出304.27万元。")
    para(doc, "(二)项目绩效目标")
    para(doc, WUHU_GOAL)
    return save_doc(doc, "ah-wuhu-tourism-promotion-eval.docx")


# --------------------------------------------------------------------------- gold

def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


PCT90 = "实现率90%以上"

DOCS = [
    {
        "file": "hi-wuzhishan-training-base-eval.docx",
        "build": build_hi_wuzhishan,
        "gold": {
            "source_urls": ["https://haikou.baogaosu.com/xinwen/%E4%BD%93%E8%82%B2%E8%BF%90%E5%8A%A8%E6%8A%80%E6%9C%AF%E5%AD%A6%E6%A0%A1%E8%B4%A2%E6%94%BF%E6%94%AF%E5%87%BA%E9%A1%B9%E7%9B%AE/35436140"],
            "province": "海南",
            "doc_kind": "评价报告 (封面 + 附件4-2 项目绩效目标表, 含绩效标准 优/良/中/差)",
            "patterns": [1, 5, 6, 8],
            "indicators": [
                ind("产出指标", None, "奥林匹克训练馆建设面积4218平方米", None, 100, "%", "实现率100%"),
                ind("产出指标", None, "运动员公寓楼建设面积17764平方米", None, 100, "%", "实现率100%"),
                ind("成效指标", None, "培养优秀运动员", ">=", 20, "名", "一级以上优秀运动员20名以上"),
                ind("成效指标", None, "提高我省竞技体育成绩", ">=", 90, None, "实现率90以上"),
                ind("成效指标", None, "运动员在全运、奥运赛场夺取奖牌,为省争光,为国争光目的达成率", ">=", 90, "%", PCT90),
                ind("成效指标", None, "扶持和带动海南体育竞技水平的提高和发展率", ">=", 90, "%", PCT90),
                ind("成效指标", None, "建成国内优质的冬训基地的效率", ">=", 90, "%", PCT90),
                ind("成效指标", None, "满足运动队的训练人数", ">=", 150, "人", "150人以上"),
                ind("效率指标", None, "项目资金使用率", ">=", 90, "%", PCT90),
                ind("效率指标", None, "项目完成时效", None, None, None, "2014年10月"),
            ],
            "goals": [],
            "facts": [],
            "findings": [
                {"rule": "target.missing_unit", "item": "提高我省竞技体育成绩",
                 "why": "target '实现率90以上' gives a number with no unit, while every other rate target and this row's own grading scale (90%以上 …) carry %"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the complete target table has only 产出/成效/效率 rows; no satisfaction (服务对象满意度) indicator at all"},
            ],
            "notes": (
                "Aggregator copy (baogaosu) of 海南省高级体育运动技术学校's self-run 财政支出项目绩效评价报告 on the 五指山体育训练基地建设费 "
                "(主管部门 海南省文化广电出版体育厅, evaluated 2015-05-18 to 2015-05-27, reported 2015-05-28). The stored page opens with the "
                "report's cover block (checkbox lines where the ticked box is rendered as the letter 'R', kept as found), then 附件4-2 项目绩效目标表 "
                "(columns 指标类型 | 指标名称 | 绩效目标 | 绩效标准 split into 优/良/中/差), then 附件4-3 项目基本信息, and stops inside that table at "
                "'项目实施单位 | 省高级'; the document stops there too. The target table itself is complete (10 rows, all shown). Layout: 指标类型 "
                "merged down its rows; the table uses the old 产出/成效/效率 frame, no 二级 column, so level2 is null everywhere. Names in the "
                "document keep their list numbers as on the page ('1.', and '2运动员…' without the full stop); the gold names drop the ordinal. "
                "Judgement calls: the two 产出 rows write the quantity in the name (4218平方米, 17764平方米) and a completion rate as target "
                "('实现率100%'); the gold takes the target cell (100 %, operator null because no operator word) and leaves the area in the name. "
                "'以上' → '>='. '项目完成时效 2014年10月' is a date, so value/unit null; its own 绩效标准 puts 2014年9月 at 优 and 2014年10月 at 良 "
                "(target set at the 良 level) — no listed rule, noted only. Several 成效 rows are self-defined '实现率/达成率/效率' with no formula; "
                "not flagged (no listed rule). No goals, funds or scores on the stored part, so goals/facts are empty."
            ),
        },
    },
    {
        "file": "sc-ganzi-tourism-fund-selfreport.docx",
        "build": build_sc_ganzi,
        "gold": {
            "source_urls": ["https://taowenge.com/p-86409885.html"],
            "province": "四川",
            "doc_kind": "自评报告 (项目概况 + 绩效目标 prose, then a fragment of the 项目支出绩效目标自评表)",
            "patterns": [8, 10],
            "indicators": [
                ind(None, "时效指标", "完成时间", None, None, None, "2021年12月"),
                ind("工程效果指标", "经济效益指标", "全年接待游客", None, 3500, "万人次", "3500万人次", actual=3577.95),
                ind("工程效果指标", "经济效益指标", "全年旅游综合收入", None, 385, "亿元", "385亿元", actual=392.40),
                ind("工程效果指标", "社会效益指标", "提升甘孜文旅形象和知名度", None, None, None,
                    "甘孜文游的形象得到进一步提升,甘孜旅游知名度和美誉度得到提升。"),
            ],
            "goals": [{"kind": "目标", "text": g} for g in GANZI_GOALS],
            "facts": [],
            "findings": [
                {"rule": "target.vague_wording", "item": "提升甘孜文旅形象和知名度",
                 "why": "the expected value only says the image 'gets further raised' and fame 'gets raised' (进一步提升/得到提升) — no number, baseline or scale"},
                {"rule": "goal.process_only", "item": GANZI_GOALS[0],
                 "why": "lists publicity activities (new media, ads, fairs) only; no reach, visitor or revenue result is set"},
                {"rule": "goal.process_only", "item": GANZI_GOALS[1],
                 "why": "describes building a brand and doing research/marketing; no measurable result"},
            ],
            "notes": (
                "Document-sharing copy (taowenge) of a 甘孜州 (四川) 2021 self-evaluation of the 州级文化和旅游发展专项资金 (1000万元, approved at the "
                "66th executive meeting of the 12th 甘孜州 government). The copy is machine-reworded: 项目→工程, 发展→开展, 创建→创立, 宣传营销方面→"
                "宣传营销方, 文旅→文游; these are kept as found in titles, labels and table cells (the prose is in our own words). The site chrome "
                "('由会员分享…') and the copy's page markers '1、2、3、' are left out. The page runs the prose straight into the self-evaluation "
                "table: goal 3 breaks off at '一是用于国家全域旅游示范区、天府旅游', then the table's footnote ('注:…部门') and a fragment of the "
                "indicator table follow; the stored page ends in the last row's actual cell at '形成“丝路甘孜', where the document ends. Column "
                "heads of the table are not on the page (our reconstruction: 一级/二级/三级/预期指标值/实际完成指标值); the 一级 of the 时效 row is not "
                "shown (null), the other rows sit under '工程效果指标' as written. Values are bare numbers with units → operator null; '3577. 95' "
                "and '392. 40' are read as 3577.95 and 392.40. For the social row the page order is name, target sentence, then '形成“丝路甘孜' "
                "read as the start of the actual (words only → actual null). Judgement calls: goals 1 and 2 flagged process_only; goal 3 is cut "
                "after its first words and is not flagged. No coverage finding because the table is a fragment. The 1000万元 has no execution "
                "figure on the stored part, so no budget fact."
            ),
        },
    },
    {
        "file": "fj-fuzhou-sports-training-selfreport.docx",
        "build": build_fj_fuzhou,
        "gold": {
            "source_urls": ["https://www.fuzhou.gov.cn/zgfzzt/ggwhty/czzjtrhsy/201909/t20190919_3042028.htm"],
            "province": "福建",
            "doc_kind": "自评报告 (竞训处 运动队训练经费; targets and results as two numbered lists in prose)",
            "patterns": [6, 10],
            "indicators": [
                ind("投入", "实效目标", "目标完成率", None, 100, "%", "目标完成率100%", actual=100),
                ind("投入", "成本目标", "预算执行率", None, 100, "%", "预算执行率100%", actual=73.67),
                ind("产出", "数量目标", "补助4家训练单位", None, 4, "家", "补助4家训练单位", actual=4),
                ind("产出", "可持续影响目标", "参加28个项目省级比赛", None, 28, "个", "参加28个项目省级比赛", actual=33),
                ind("效益", "社会效益", "训练单位组织寄训、外训项目", None, 10, "个", "训练单位组织寄训、外训项目10个", actual=14),
            ],
            "goals": [],
            "facts": [
                {"metric": "2017年运动队训练经费", "kind": "sum", "total": 300, "parts": [5, 0, 221, 47, 25, 2], "unit": "万元"},
                {"metric": "项目绩效评价得分", "kind": "grade", "score": 97.36, "grade": "优秀"},
            ],
            "findings": [
                {"rule": "consistency.deviation_reason_missing", "item": "预算执行率",
                 "why": "target 100%, result 73.67% '未完成'; the report gives no reason for the shortfall (its 问题和建议 section only discusses coaching staff)"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the listed target set covers 投入/产出/效益 only; no satisfaction target for the trained units or athletes"},
            ],
            "notes": (
                "福州市体育局 page (2019-09-19) with the 竞训处 self-evaluation of the 2017 运动队训练经费. Prose report; the targets are a numbered "
                "list '一级-二级-target' and the results a second list with 已完成/未完成, both reproduced as written. The stored page stops at the "
                "heading '三、其他需要说明的', where the document stops. Kept as found: the report says 6 targets were set but lists 5; section "
                "(二) is missing (from (一) straight to (三)); '改建建议' (for 改进). Judgement calls: indicator names keep the number where the page "
                "writes it inside the phrase ('补助4家训练单位', '参加28个项目省级比赛'; pattern 6), but split it off where it trails "
                "('目标完成率100%', '…外训项目10个'); no operator words → operator null; result '14个以上' read as actual 14. The money sentence "
                "lists 市体校5 + 少体校0 + 市体工队221 + 市水上中心47 (含上年结余8) + 本级25 + 未划拨2 = 300万元, recorded as the sum fact; '结余77万元' "
                "is a balance, not an allocation, and is left out of the parts (5+0+221+47+25+2 = 300 holds, so no finding). The stated 73.67% "
                "equals (300 − 77 − 2)/300, but the page never states the spent amount, so no budget fact is recorded. 97.36分 '优秀' matches the "
                "优 band (≥90). The 6-vs-5 target count has no listed rule; noted only. input-type targets (目标完成率, 预算执行率) are not flagged "
                "(target.input_or_process is not among the allowed ids)."
            ),
        },
    },
    {
        "file": "ah-huangshan-reading-circle-progress.xlsx",
        "build": build_ah_huangshan,
        "gold": {
            "source_urls": ["https://wlj.huangshan.gov.cn/msgc/gsgg/9076752.html"],
            "province": "安徽",
            "doc_kind": "民生工程进度表 (15分钟阅读圈 1-11月, one value column per 区县 for tasks and for investment)",
            "patterns": [6],
            "indicators": [
                ind(None, None, "15分钟阅读圈建设", None, 14, "个", HUANGSHAN_TARGET, actual=14),
            ],
            "goals": [],
            "facts": [
                {"metric": "投资完成率", "kind": "budget", "planned": 281.60, "actual": 303.45, "stated_rate": 107.76, "unit": None},
                {"metric": "全市完成投资总额", "kind": "sum", "total": 303.45,
                 "parts": [0.00, 150.00, 20.00, 17.00, 30.70, 28.75, 22.00, 35.00, 0.00], "unit": None},
            ],
            "findings": [],
            "notes": (
                "黄山市文化和旅游局 (安徽) progress table of the 2022 民生工程 '15分钟阅读圈' for January–November: one data row under a two-row "
                "header; 分区县任务完成情况 and 分区县投资完成情况 each split into nine columns (市直, 屯溪区, 黄山区, 徽州区, 歙县, 休宁县, 黟县, "
                "祁门县, 开发区). The whole table is on the stored page. The progress cells per county are in our own words with every number kept "
                "(黄山区 2690人, 6768册次, 1428人次; 徽州区 3745.96/1873平方米, 8.6万余册, 21322人次, 508人, 5527人, 25311册次, 13场次, 99.7%; 黟县 12场); "
                "'/' cells kept. Money columns carry no unit on the page (presumably 万元), so fact units are null. Checks: 0+150+20+17+30.70+28.75+"
                "22+35+0 = 303.45 and 303.45/281.60 = 107.76%, both consistent → no finding; completion 14/14 = 完工率100% also consistent "
                "(not recorded as a money fact). Judgement calls: the one target (全市目标任务 '建设14个城市阅读空间…') is recorded as the single "
                "indicator under the 项目名称, value 14 个 with no operator, actual 完工14个; it is not repeated as a goal. Investment overrun "
                "(107.76%) is explained only by '全市14家已完成建设' — no listed rule applies. No 产出/效益/满意度 frame, so no coverage finding."
            ),
        },
    },
    {
        "file": "sc-yanbian-public-culture-selfreport.docx",
        "build": build_sc_yanbian,
        "gold": {
            "source_urls": ["https://nnzhiyuan.cn/article/82224.html"],
            "province": "四川",
            "doc_kind": "自评报告 (中央补助公共文化服务体系建设专项资金, prose)",
            "patterns": [10],
            "indicators": [],
            "goals": [{"kind": "目标", "text": g} for g in YANBIAN_GOALS],
            "facts": [
                {"metric": "川财教〔2021〕40号下达资金", "kind": "sum", "total": 412.85, "parts": [375.65, 37.2], "unit": "万元"},
                {"metric": "追减后专项资金", "kind": "sum", "total": 189.28, "parts": [151.8, 37.48], "unit": "万元"},
                {"metric": "专项资金执行率", "kind": "budget", "planned": 189.28, "actual": 182.564, "stated_rate": 96, "unit": "万元"},
            ],
            "findings": [],
            "notes": (
                "Essay-aggregator page (知远网, '精选10篇') whose first item (篇1) is 盐边县 (攀枝花, 四川) 2021 self-evaluation of the 中央财政补助"
                "公共文化服务体系建设专项资金. Prose only (one of this part's two prose-only documents); the stored page stops inside the spending "
                "breakdown at '…地面数字电视维护4.51万', where the document stops. Kept as found: the notice title with its subject missing "
                "('《四川省财政厅关于转发的通知》'), the stray sentence '我县2021年中央公共文化服务体系建设专项资金223.57万元。', and "
                "'公共文化服务体系建84.5万元' (character dropped). Checks: 375.65 + 37.2 = 412.85; 151.8 + 37.48 = 189.28; 412.85 − 223.57 = 189.28 "
                "(a reduction, not recorded as a sum); 182.564/189.28 = 96.45% → '96%' at whole-percent precision — all consistent, so no "
                "consistency finding. The spending parts (19.536 + 84.5 + 4.51 + …) are cut, so no sum for 182.564. 自评 93分 with no grade word, "
                "so no grade fact. The four numbered 绩效目标 all carry numbers (171个, 164+7个书屋 1920册, 17场, 12个乡镇164个村), so no goal "
                "finding. Cut before any indicator results, so no coverage finding."
            ),
        },
    },
    {
        "file": "ah-wuhu-tourism-promotion-eval.docx",
        "build": build_ah_wuhu,
        "gold": {
            "source_urls": ["https://ct.wuhu.gov.cn/openness/public/6596641/39548600.html"],
            "province": "安徽",
            "doc_kind": "评价报告 (文化旅游对外合作交流及宣传推广经费, prose)",
            "patterns": [10],
            "indicators": [],
            "goals": [{"kind": "总体目标", "text": WUHU_GOAL}],
            "facts": [
                {"metric": "年度项目预算支出", "kind": "budget", "planned": 310.8, "actual": 304.27, "stated_rate": None, "unit": "万元"},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": WUHU_GOAL,
                 "why": "the 总体目标 only speaks of further polishing the city brand image and showing the city's culture and tourism — no number or measurable result in the visible text"},
            ],
            "notes": (
                "芜湖市文化和旅游局 (安徽) 2023 evaluation report on the 文化旅游对外合作交流及宣传推广经费. Prose only (the second prose-only "
                "document). The stored page covers (一)项目概况 — a long list of promotion events, kept with every event name, place and count as "
                "written (推介会3场, 3场惠民活动, 第17届义乌博览会, 第八届西部旅游产业博览会, 第十三届中国旅游产业博览会 …) but re-worded — and stops "
                "inside the 总体目标 sentence of (二)项目绩效目标 at '展示芜湖丰富多样的文旅'; the document stops at the same point. Funds: "
                "310.8万元 budget, 304.27万元 spent, no stated rate → budget fact with stated_rate null (97.90% if computed), no finding. "
                "Judgement call: the cut 总体目标 is flagged goal.unquantified on what is visible (进一步提升 … 品牌形象 with no number); if the "
                "sentence went on with numbers the flag would not hold. No indicator results on the stored part, so no coverage finding."
            ),
        },
    },
]


def export_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = d["build"]()
        base = os.path.splitext(d["file"])[0]
        gold = {"source": d["file"]}
        gold.update(d["gold"])
        with open(os.path.join(ANN, d["file"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        pdf_gold = dict(gold)
        pdf_gold["source"] = base + ".pdf"
        with open(os.path.join(ANN, base + ".pdf.json"), "w", encoding="utf-8") as f:
            json.dump(pdf_gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        if not no_pdf:
            export_pdf(path)
        print("wrote", d["file"])


if __name__ == "__main__":
    main()
