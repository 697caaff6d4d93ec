"""Build the blind243 part: gold first, then DOCX/XLSX, PDFs, annotations, checks.

Angle: agriculture and rural-revitalisation funds (targets, completion tables,
evaluation indicator tables). Four documents from four stored pages.
Run: /tmp/wvenv/bin/python make_blind243_layouts.py
"""

import copy
import datetime
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind243"
FIXED_W3C = "2024-01-01T00:00:00Z"
FIXED_PDF_DATE = b"D:20240101000000"

URL_CHANGZHI = ("https://changzhi.gov.cn/xxgkml/zfxxgkml/szfgzbm/snywyh/czsrmzf/"
                "ndjh_3413/202304/t20230403_2730931.shtml")
URL_BAOSHAN = "https://baoshan.gov.cn/info/6936/4264294.htm"
URL_FSOU = "http://www.fsou.net.cn/html/text/lar/173386/17338640_1.html"
URL_ISHARE = "http://ishare.iask.sina.com.cn/f/j24qzJQC2X.html"

F_CHANGZHI = "blind243_changzhi_nongye_2022zhibiao.docx"
F_BAOSHAN = "blind243_baoshan_nongye_2019zhengti_ziping.docx"
F_FSOU = "blind243_nongye_mubiao_wancheng_biao.xlsx"
F_ISHARE = "blind243_zhinong_xiaoyi_zhibiao.xlsx"


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# Texts (long sentences are rewritten in my own words; figures kept)
# ---------------------------------------------------------------------------

CZ_INTRO = ("今年以来,我局认真落实中央和省委、市委农村工作会议部署,围绕“十稳十提”各项任务,"
            "坚持稳中求进工作总基调,按照全方位推动高质量发展的目标要求和工作矩阵,着力推进稳粮保供、"
            "农村环境整治、农村改革等乡村振兴重点工作,全市“三农”工作保持稳中有进、向好发展的态势。")
CZ_LINES = [
    "(一)全市农村居民人均可支配收入:全市农村居民人均收入达到19437元,增长7.5%,增幅列全省第1位。",
    "(二)一产增加值:全市一产增加值达到97.1亿元,增长5.2%,增速列全省第2位。",
    "(三)一产固投:一产固定资产投资完成54.4亿元,增长10.1%,增速列全省第6位。",
    "(四)农产品加工销售收入:全市农产品加工企业实现销售收入581.74亿元,同比增长36.62%,综合排名全省第1位。",
    "(五)高标准农田建设:2022年考核指标23.1万亩,完成28.69万亩,完成率124.2%,全省排名第3。",
    "(六)农村改厕:改厕任务38283座,完成38649座,完成率101%。",
]
CZ_H1 = "(一)大豆玉米带状复合种植实现一季双收。"
CZ_P1 = ("全市落实大豆玉米带状复合种植政策,推广这一种植模式并组织技术培训,同时试点大豆种植和带状复合种植"
         "收入保险,“收入险为大豆种植保‘价’护航”的做法在全省得到推广。2022年,全市大豆玉米带状复合种植"
         "收获面积约11.6万亩,任务完成率129%;测产结果显示,平均每亩收获玉米约580公斤、大豆约80公斤,"
         "基本做到“玉米基本不减产,多收一季大豆”。")
CZ_H2 = "(二)生物降解渗水地膜覆盖冬播谷子开启旱作农业新模式。"
CZ_P2 = ("开展生物降解渗水地膜冬播谷子试验示范,是我市落实粮食安全党政同责、发展有机旱作农业的一项重要举措。"
         "2021年12月,我市在屯留区、潞城区和武乡县共设置7个试验点,冬播谷子历经播种、越冬、出苗、抽穗等"
         "关键环节,植株健壮、长势良好。8月31日,在潞城区")

BS_P1 = ("保山市农业农村局是保山市人民政府的工作部门,机构规格为正处级,属一级预算单位。全市农业农村系统共有"
         "17家单位,其中:全额拨款单位15个(含行政单位1个,参公管理事业单位1个)、差额拨款事业单位1个、"
         "自收自支事业单位1个。系统人员编制326名(不含自收自支事业单位),其中:行政编制43名,参照公务员法"
         "管理编制7名,事业编制276名。2019年末实有在职人数326人,实有公务用车21辆。")
BS_P2 = ("部门主要职责:主管全市农业和农村经济,综合管理全市种植业、畜牧业、渔业、乡镇企业、农业产业化经营、"
         "生物产业、农业机械化和生态农业等工作。")
BS_GOAL = ("以党的十九大精神为指引,树立“五大发展”理念,把握习近平新时代“三农”工作思想,以乡村振兴战略为"
           "总抓手、农业供给侧结构性改革为主线、打造“绿色食品牌”为方向、农业农村改革为动力,突出农业发展"
           "规模,推进种养、加工、销售规模化,培育农业“接二连三”新业态新模式,加快一二三产业融合,推动农业"
           "由规模化迈向现代化,使保山农业实现新跨越,为全市经济社会跨越发展提供支撑。")
BS_LIST_INTRO = "农业主要目标任务为:"
BS_LIST = [
    "1.农业总产值299亿元以上,增6%以上;",
    "2.农业增加值183亿元以上,增6%以上;",
    "3.农产品加工总产值318亿元,增20%以上;",
    "4.农村居民人均可支配收入12500元,增10%以上;",
    "5.粮食总产量146万吨以上,保持稳定;",
    "6.肉类总产50万吨以上,增1.6%以上;",
    "7.渔业总产5.45万吨以上,增0.9%以上;",
    "8.农机总动力178.8万千瓦以上,增1.98%以上;",
    "9.主要农作物耕种收综合机械化率51.3%以上,增加0.3个",
]

FS_NOTE = ("备注:三类目标每项分为优秀、良好、合格、不合格4档,优秀加5分,良好加4分,合格加3分,不合格扣5分。"
           "四类目标实行加分制:获党中央、国务院先进集体奖励的每项加5分;获农业部和省委、省政府先进集体或"
           "业务单项一等奖的每项加3分;获厅(司、局)级先进集体奖励的每项加1分;独创性工作经验被国家有关部门"
           "推广的每项加5分。")
FS_GROUPS = [
    ("一、加快发展现代农业", [
        "冬绿肥示范基地", "秸秆还田面积", "应免动物免疫密度", "生猪定点屠宰检疫到位率", "柑桔黄龙病防除面",
        "加拿大一枝黄花防除面", "救灾种子储备", "粮食播种面积", "粮食总产", "*发展和改造桑园", "*改造茶园",
        "*改造茶厂", "*改造桔园", "高效生态农业示范园区", "畜牧生态养殖小区", "农副产品出口增长率",
        "农业增加值增长率", "农民人均纯收入增长率"]),
    ("二、加强农业科技教育", [
        "全面完成农技推广和畜牧兽医体制改革", "责任农技推广试点县建设", "省级示范性乡镇农技推广综合服务站",
        "完成种子管理体制改革", "推广水稻主导品种", "推广单季晚稻“五改技术”", "单季晚稻亩产",
        "水稻重大病虫害综合防治面积", "植保社会化服务组织", "重大病虫害损失率"]),
]

IS_BLOCKS = [
    ("技术推广类", "1、科技兴农与服务(30分)", [
        ("1", "良种推广率(6分)", "良种推广率=(良种推广面积/当年种植面积)×100%"),
        ("2", "示范推广率(6分)", "示范推广率=(示范辐射面积/区域相对总面积)×100%"),
        ("3", "标准应用率(6分)", "标准应用率=(实际应用标准数/应用标准数)×100%"),
        ("4", "农民增收额(6分)", "农民增收额=本年农民收入-上年农民收入(元)"),
        ("5", "产量增长率(6分)", "产量增长率=(本年产量比上年产量增加额/上年产量增加额)×100%"),
    ]),
    ("支持现代农业发展类", "2、产业结构调整(30)", [
        ("1", "受益农户数(15)", "按实际受益农户数填写(户)"),
        ("2", "受益农户比例(15)", "受益农户比例=受益农户数/总农户数×100%"),
    ]),
]

# ---------------------------------------------------------------------------
# Gold (written before any file is built or read)
# ---------------------------------------------------------------------------


def gold_changzhi():
    g1 = "主要指标完成情况"
    inds = [
        ind(g1, None, "全市农村居民人均可支配收入", unit="元", actual=19437),
        ind(g1, None, "一产增加值", unit="亿元", actual=97.1),
        ind(g1, None, "一产固投", unit="亿元", actual=54.4),
        ind(g1, None, "农产品加工销售收入", unit="亿元", actual=581.74),
        ind(g1, None, "高标准农田建设", None, 23.1, "万亩", "考核指标23.1万亩", 28.69),
        ind(g1, None, "农村改厕", None, 38283, "座", "改厕任务38283座", 38649),
        ind("全市三农工作亮点", None, "大豆玉米带状复合种植收获面积", unit="万亩", actual=11.6),
    ]
    facts = [
        {"metric": "高标准农田建设完成率", "kind": "rate", "total": 23.1, "parts": [28.69],
         "unit": "万亩", "stated": 124.2},
        {"metric": "农村改厕完成率", "kind": "rate", "total": 38283, "parts": [38649],
         "unit": "座", "stated": 101},
    ]
    why_nt = "只写“完成”的数值,未写年度目标值,无法判断完成程度"
    findings = [
        {"rule": "target.missing_value", "item": "全市农村居民人均可支配收入", "why": why_nt},
        {"rule": "target.missing_value", "item": "一产增加值", "why": why_nt},
        {"rule": "target.missing_value", "item": "一产固投", "why": why_nt},
        {"rule": "target.missing_value", "item": "农产品加工销售收入", "why": why_nt},
        {"rule": "target.missing_value", "item": "大豆玉米带状复合种植收获面积",
         "why": "称任务完成率129%却未给出任务面积,完成率无法复核"},
    ]
    notes = ("长治市农业农村局年度计划栏目下的工作总结(2023-04发布,写2022年数据);页面无标题,文档也不加标题。"
             "目标只出现在两行:高标准农田“考核指标23.1万亩”、农村改厕“任务38283座”,其余“主要指标”只有完成值"
             "(增幅7.5%等也只作为完成情况,不单列指标行)。两处完成率可复核:28.69/23.1=124.2%,38649/38283≈101%,"
             "均一致,不记 consistency.rate。操作符:原文未写以上/不低于,operator 记 null。长句已改写,数字保留。"
             "存储页止于“二、全市三农工作亮点(二)”段末“8月31日,在潞城区”,文档也止于此。")
    return {"source": F_CHANGZHI, "source_urls": [URL_CHANGZHI], "province": "山西省",
            "doc_kind": "市农业农村局年度工作总结(主要指标完成情况,文字)", "patterns": [],
            "indicators": inds, "goals": [], "facts": facts, "findings": findings, "notes": notes}


def gold_baoshan():
    rows = [
        ("农业总产值", (">=", 299, "亿元", "299亿元以上"), (">=", 6, "%", "增6%以上")),
        ("农业增加值", (">=", 183, "亿元", "183亿元以上"), (">=", 6, "%", "增6%以上")),
        ("农产品加工总产值", (None, 318, "亿元", "318亿元"), (">=", 20, "%", "增20%以上")),
        ("农村居民人均可支配收入", (None, 12500, "元", "12500元"), (">=", 10, "%", "增10%以上")),
        ("粮食总产量", (">=", 146, "万吨", "146万吨以上"), (None, None, None, "保持稳定")),
        ("肉类总产", (">=", 50, "万吨", "50万吨以上"), (">=", 1.6, "%", "增1.6%以上")),
        ("渔业总产", (">=", 5.45, "万吨", "5.45万吨以上"), (">=", 0.9, "%", "增0.9%以上")),
        ("农机总动力", (">=", 178.8, "万千瓦", "178.8万千瓦以上"), (">=", 1.98, "%", "增1.98%以上")),
        ("主要农作物耕种收综合机械化率", (">=", 51.3, "%", "51.3%以上"), (None, 0.3, "个", "增加0.3个")),
    ]
    inds = []
    for name, a, b in rows:
        for op, val, unit, tt in (a, b):
            inds.append(ind(None, None, name, op, val, unit, tt))
    facts = [
        {"metric": "农业农村系统单位数", "kind": "sum", "total": 17, "parts": [15, 1, 1], "unit": "家"},
        {"metric": "人员编制", "kind": "sum", "total": 326, "parts": [43, 7, 276], "unit": "名"},
    ]
    findings = [
        {"rule": "target.qualitative_no_scale", "item": "粮食总产量",
         "why": "第二个目标“保持稳定”没有数值、基数或分档,无法衡量"},
    ]
    notes = ("云南保山市农业农村局2019年度部门整体支出绩效自评报告(附件3)。目标以编号清单写在正文里,每项含"
             "总量和增幅两个目标,各拆成一行,名称都用文件自己的说法(增幅行与总量行同名,以 target_text 区分)。"
             "“318亿元”“12500元”未写“以上”,operator 记 null。部门绩效目标段全是方向性表述,但紧接着列出量化"
             "任务,故不记 goal.unquantified。单位数17=15+1+1、编制326=43+7+276 均一致。存储页止于第9项"
             "“增加0.3个”(应为“个百分点”,被截断),文档也止于此;因截断不记该行的单位问题,也无法判断是否缺"
             "满意度等维度。概况与目标段已用自己的话改写,数字保留。")
    return {"source": F_BAOSHAN, "source_urls": [URL_BAOSHAN], "province": "云南省",
            "doc_kind": "部门整体支出绩效自评报告(农业农村局,目标清单)", "patterns": [],
            "indicators": inds, "goals": [{"kind": "部门绩效目标", "text": BS_GOAL}],
            "facts": facts, "findings": findings, "notes": notes}


def gold_fsou():
    inds = []
    findings = []
    for group, names in FS_GROUPS:
        level1 = group.split("、", 1)[1]
        for raw in names:
            name = raw.lstrip("*")
            inds.append(ind(level1, None, name))
            findings.append({"rule": "target.missing_value", "item": name,
                             "why": "“目标任务”栏为空,只有指标名称"})
    notes = ("法搜网转载的农业部门目标责任制考核材料:先是上一附件的备注(评分档次和加分规则,已改写),再是"
             "附件2《主要目标任务量化指标完成情况表》表一,列为 主要指标│目标任务│完成情况│完成比例,三列全空,"
             "像下发待填的空表。分组行“一、加快发展现代农业”“二、加强农业科技教育”作 level1(去掉序号)。"
             "名称前的“*”(桑园、茶园、茶厂、桔园)保留在表中,gold 名称去掉;“柑桔黄龙病防除面”等少字照录。"
             "省份原文未写(柑桔黄龙病、加拿大一枝黄花、单季晚稻“五改技术”等像浙江),province 记 null。"
             "每行目标都空,逐行记 target.missing_value。存储页止于“重大病虫害损失率”一行,表格后文未见。")
    return {"source": F_FSOU, "source_urls": [URL_FSOU], "province": None,
            "doc_kind": "农业目标任务量化指标完成情况表(空白考核表)", "patterns": [5, 8],
            "indicators": inds, "goals": [], "facts": [], "findings": findings, "notes": notes}


def gold_ishare():
    inds = []
    facts = []
    for level1, level2, rows in IS_BLOCKS:
        lv2 = level2.split("、", 1)[1]
        weights = []
        for _no, cell, _meaning in rows:
            m = re.match(r"(.+?)\((\d+)分?\)$", cell)
            name, w = m.group(1), int(m.group(2))
            weights.append(w)
            inds.append(ind(level1, lv2, name, weight=w))
        total = int(re.search(r"\((\d+)分?\)", level2).group(1))
        facts.append({"metric": lv2.split("(")[0] + "分值", "kind": "sum", "total": total,
                      "parts": weights, "unit": "分"})
    notes = ("爱问共享资料转存的《财政支农专项资金绩效评价使用效益分类指标表》(附件3),存储文本是乱序抽取"
             "(竖排的一级指标“技术推广类”“支持现代农业发展类”被拆散,夹有网站广告词),按意思还原为:一级指标"
             "│二级指标│三级指标(序号、指标名称、指标涵义)│评价结果,一级、二级标签向下合并。分值写在名称格里"
             "(“(6分)”、二级“(30分)”,受益农户两行写“(15)”无“分”字),gold 名称去掉分值、level2 去掉序号保留分值。"
             "这是评价框架,没有目标值,评价结果栏空,故不记 missing_value。5×6=30、15+15=30 一致。"
             "“产量增长率”公式分母写成“上年产量增加额”(应为上年产量),照录,现有规则无对应项,只在此说明。"
             "省份原文未写,province 记 null。存储页止于“受益农户比例”一行(其后为网站文字“本文档为【财…”)。")
    return {"source": F_ISHARE, "source_urls": [URL_ISHARE], "province": None,
            "doc_kind": "财政支农专项资金绩效评价指标表(附件,含指标涵义与分值)", "patterns": [1, 5],
            "indicators": inds, "goals": [], "facts": facts, "findings": [], "notes": notes}


GOLD = {F_CHANGZHI: gold_changzhi(), F_BAOSHAN: gold_baoshan(), F_FSOU: gold_fsou(),
        F_ISHARE: gold_ishare()}

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def _cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = ""
    cp.comments = ""
    cp.revision = 1


def _para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_changzhi(path):
    doc = Document()
    _cjk(doc)
    _para(doc, CZ_INTRO)
    _para(doc, "一、主要指标完成情况", bold=True)
    for line in CZ_LINES:
        _para(doc, line)
    _para(doc, "二、全市三农工作亮点", bold=True)
    _para(doc, CZ_H1, bold=True)
    _para(doc, CZ_P1)
    _para(doc, CZ_H2, bold=True)
    _para(doc, CZ_P2)
    doc.save(path)


def build_baoshan(path):
    doc = Document()
    _cjk(doc)
    _para(doc, "附件3")
    _para(doc, "保山市农业农村局", bold=True, center=True, size=16)
    _para(doc, "2019年度部门整体支出绩效自评报告", bold=True, center=True, size=16)
    _para(doc, "一、部门基本情况", bold=True)
    _para(doc, "(一)部门概况", bold=True)
    _para(doc, BS_P1)
    _para(doc, BS_P2)
    _para(doc, "(二)部门绩效目标的设立情况", bold=True)
    _para(doc, BS_GOAL + BS_LIST_INTRO)
    for line in BS_LIST:
        _para(doc, line)
    doc.save(path)


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAPC = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _wb_fixed():
    wb = Workbook()
    fixed = datetime.datetime(2024, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    return wb


def _page(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def build_fsou(path):
    wb = _wb_fixed()
    ws = wb.active
    ws.title = "附件2"
    for col, w in zip("ABCD", (44, 18, 18, 14)):
        ws.column_dimensions[col].width = w
    ws["A1"] = FS_NOTE
    ws.merge_cells("A1:D1")
    ws["A1"].alignment = WRAP
    ws.row_dimensions[1].height = 96
    ws["A3"] = "附件2:"
    ws["A4"] = "主要目标任务量化指标完成情况表"
    ws.merge_cells("A4:D4")
    ws["A4"].font = Font(bold=True, size=14)
    ws["A4"].alignment = WRAPC
    ws["A5"] = "(不包括农业“三项”安全)"
    ws.merge_cells("A5:D5")
    ws["A5"].alignment = WRAPC
    ws["A6"] = "表一:"
    r = 7
    for c, h in zip("ABCD", ("主要指标", "目标任务", "完成情况", "完成比例")):
        ws[f"{c}{r}"] = h
        ws[f"{c}{r}"].font = Font(bold=True)
        ws[f"{c}{r}"].alignment = WRAPC
        ws[f"{c}{r}"].border = BOX
    for group, names in FS_GROUPS:
        r += 1
        ws[f"A{r}"] = group
        ws[f"A{r}"].font = Font(bold=True)
        for c in "ABCD":
            ws[f"{c}{r}"].border = BOX
        for name in names:
            r += 1
            ws[f"A{r}"] = name
            ws[f"A{r}"].alignment = WRAP
            for c in "ABCD":
                ws[f"{c}{r}"].border = BOX
    _page(ws, landscape=False)
    wb.save(path)


def build_ishare(path):
    wb = _wb_fixed()
    ws = wb.active
    ws.title = "附件3"
    for col, w in zip("ABCDEF", (12, 16, 6, 18, 48, 12)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "附件3"
    ws["A2"] = "财政支农专项资金绩效评价使用效益分类指标表"
    ws.merge_cells("A2:F2")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A2"].alignment = WRAPC
    ws["A3"] = "一级指标"
    ws["B3"] = "二级指标"
    ws["C3"] = "三级指标"
    ws["F3"] = "评价结果"
    ws["D4"] = "指标名称"
    ws["E4"] = "指标涵义"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:E3")
    ws.merge_cells("F3:F4")
    for rr in (3, 4):
        for c in "ABCDEF":
            ws[f"{c}{rr}"].border = BOX
            ws[f"{c}{rr}"].alignment = WRAPC
            ws[f"{c}{rr}"].font = Font(bold=True)
    r = 5
    for level1, level2, rows in IS_BLOCKS:
        start = r
        for no, name, meaning in rows:
            ws[f"C{r}"] = no
            ws[f"D{r}"] = name
            ws[f"E{r}"] = meaning
            for c in "ABCDEF":
                ws[f"{c}{r}"].border = BOX
                ws[f"{c}{r}"].alignment = WRAP
            ws.row_dimensions[r].height = 32
            r += 1
        ws[f"A{start}"] = level1
        ws[f"B{start}"] = level2
        ws.merge_cells(f"A{start}:A{r - 1}")
        ws.merge_cells(f"B{start}:B{r - 1}")
        ws[f"A{start}"].alignment = WRAPC
        ws[f"B{start}"].alignment = WRAPC
    _page(ws, landscape=True)
    wb.save(path)


BUILDERS = {F_CHANGZHI: build_changzhi, F_BAOSHAN: build_baoshan, F_FSOU: build_fsou,
            F_ISHARE: build_ishare}

# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

CORE_DATE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    if "docProps/core.xml" in items:
        items["docProps/core.xml"] = CORE_DATE_RE.sub(
            lambda m: m.group(1) + FIXED_W3C.encode() + m.group(3), items["docProps/core.xml"])
    tmp = path.with_suffix(path.suffix + ".tmp")
    names = sorted(items)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, items[n])
    tmp.replace(path)


PDF_DATE_RE = re.compile(rb"D:\d{14}")
PDF_ID_RE = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
PDF_SUM_RE = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def normalise_pdf(path):
    data = path.read_bytes()
    data = PDF_DATE_RE.sub(FIXED_PDF_DATE, data)
    data = PDF_ID_RE.sub(lambda m: b"/ID [ <" + b"0" * len(m.group(1)) + b"> <"
                         + b"0" * len(m.group(2)) + b"> ]", data)
    data = PDF_SUM_RE.sub(lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    path.write_bytes(data)


def export_pdf(src):
    out = Path(tempfile.mkdtemp(prefix="b243_", dir=str(HERE)))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out), str(src)],
                       check=True, capture_output=True, timeout=180)
        pdf = out / (src.stem + ".pdf")
        target = HERE / pdf.name
        shutil.move(str(pdf), str(target))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    normalise_pdf(target)
    return target


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    flat = squash(text)
    needles = []
    for i in gold["indicators"]:
        needles.append(i["name"])
        if i["target_text"]:
            needles.append(i["target_text"])
    for g in gold["goals"]:
        needles.append(g["text"])
    for f in gold["findings"]:
        needles.append(f["item"])
    missing = [n for n in needles if squash(n) not in flat]
    return missing


def md5(p):
    return hashlib.md5(p.read_bytes()).hexdigest()


def main():
    ANN.mkdir(exist_ok=True)
    problems = []
    sums = {}
    for fname, gold in GOLD.items():
        src = HERE / fname
        BUILDERS[fname](src)
        normalise_zip(src)
        pdf = export_pdf(src)
        for p in (src, pdf):
            g = copy.deepcopy(gold)
            g["source"] = p.name
            (ANN / (p.name + ".json")).write_text(
                json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        miss = check_pdf(pdf, gold)
        if miss:
            problems.append((pdf.name, miss))
        sums[src.name] = md5(src)
        sums[pdf.name] = md5(pdf)
    for k in sorted(sums):
        print(sums[k], k)
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"indicators={n_ind} goals={n_goal} findings={n_find}")
    if problems:
        for name, miss in problems:
            print("MISSING in", name, miss)
        sys.exit(1)
    print("pdf text check: ok")


if __name__ == "__main__":
    main()
