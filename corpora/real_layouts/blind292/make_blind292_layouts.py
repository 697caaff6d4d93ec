"""Build the blind292 documents (culture / sports / media angle) and their gold.

The gold (GOLD below) is written before any file is built or read.  The script
then builds the XLSX/DOCX files, exports each to PDF with LibreOffice, makes
all outputs byte-deterministic, writes annotations/<file>.json for every file
and checks with pdftotext that the gold strings appear in each PDF.

Usage:  /tmp/wvenv/bin/python make_blind292_layouts.py
"""

import json
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind292"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ZIP_DT = (1980, 1, 1, 0, 0, 0)
CJK_FONT = "Noto Serif CJK SC"

URL_YANGLING = "https://yangling.gov.cn/zwgk/zdlyxxgk/mbkh/1427954589876977666.html"
URL_JIADING = "https://m.wenke99.com/p-12124341.html"
URL_FENGHUA = "http://www.fh.gov.cn/art/2023/1/10/art_1229037584_4166978.html"
URL_SHIDIAN = "https://www.shidian.gov.cn/info/4352/3685943.htm"


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    """One gold indicator row."""
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written first)
# ---------------------------------------------------------------------------

YL_XW = "新闻宣传"
YL_YL = "舆论引导"
YL_DN = "对农宣传"
YL_JY = "经营收入"

GOLD = {}

GOLD["blind292_yangling_tv_2014_mbzrs.xlsx"] = {
    "source_urls": [URL_YANGLING],
    "province": "陕西省",
    "doc_kind": "部门(单位)年度分季目标责任书(电视台,带分值)",
    "patterns": [1, 5, 6],
    "indicators": [
        # 全年 row (类别 = 核心指标, 工作任务 = 对外宣传和经营创收)
        ind("核心指标", "对外宣传和经营创收", "省级以上媒体送播报道", "=", 110, "条",
            "全年在省级以上媒体送播报道110条"),
        ind("核心指标", "对外宣传和经营创收", "中央电视台播发", ">=", 2, "条",
            "其中中央电视台播发2条以上"),
        ind("核心指标", "对外宣传和经营创收", "陕西电视台新闻联播头条", ">=", 2, "条",
            "陕西电视台新闻联播头条2条以上"),
        ind("核心指标", "对外宣传和经营创收", "经营收入", "=", 280, "万元",
            "全年经营收入280万元"),
        # block 1
        ind(None, YL_XW, "省级以上媒体送播杨凌报道", "=", 20, "条",
            "在省级以上媒体送播杨凌报道20条", weight=15),
        ind(None, YL_XW, "重点挂牌栏目", "=", 4, "个", "开办重点挂牌栏目4个", weight=10),
        ind(None, YL_XW, "系列专题报道", "=", 30, "条", "制作播发系列专题报道30条",
            weight=10),
        ind(None, YL_YL, "舆论监督报道", "=", 15, "条", "播发舆论监督报道15条", weight=5),
        ind(None, YL_YL, "正能量报道", "=", 25, "条", "播发正能量报道25条", weight=10),
        ind(None, YL_DN, "农业科技类专题节目", "=", 20, "期",
            "制作播发农业科技类专题节目20期", weight=10),
        ind(None, YL_JY, "经营收入", "=", 65, "万元", "完成经营收入65万元", weight=30),
        # block 2
        ind(None, YL_XW, "省级以上媒体送播杨凌报道", "=", 30, "条",
            "在省级以上媒体送播杨凌报道30条", weight=15),
        ind(None, YL_XW, "陕西电视台新闻联播播发", "=", 1, "条",
            "其中陕西电视台新闻联播播发1条"),
        ind(None, YL_XW, "招商引资、产业发展、西洽会等主题报道", "=", 25, "条",
            "制作播发招商引资、产业发展、西洽会等主题报道25条", weight=10),
        ind(None, YL_XW, "重点挂牌栏目", "=", 4, "个", "开办重点挂牌栏目4个", weight=10),
        ind(None, YL_YL, "舆论监督报道", ">=", 20, "条",
            "围绕园林杨凌和城市建设、社会民生工程制作播发舆论监督报道不少于20条",
            weight=5),
        ind(None, YL_YL, "正能量报道", "=", 25, "条", "播发正能量报道25条", weight=10),
        ind(None, YL_DN, "农业科技类专题节目", "=", 20, "期",
            "制作播发农业科技类专题节目20期", weight=10),
        ind(None, YL_JY, "经营收入", "=", 75, "万元", "完成经营收入75万元", weight=30),
        # block 3
        ind(None, YL_XW, "省级以上媒体送播杨凌报道", "=", 30, "条",
            "在省级以上媒体送播杨凌报道30条", weight=15),
        ind(None, YL_XW, "重点挂牌栏目", "=", 4, "个", "开办重点挂牌栏目4个", weight=10),
        ind(None, YL_XW, "主题报道", "=", 85, "条", "制作播发主题报道85条", weight=10),
        ind(None, YL_YL, "舆论监督报道", "=", 15, "条", "播发舆论监督报道15条", weight=5),
        ind(None, YL_YL, "正能量报道", "=", 25, "条", "播发正能量报道25条", weight=10),
        ind(None, YL_DN, "农业科技类专题节目", "=", 20, "期",
            "制作播发农业科技类专题节目20期", weight=10),
        ind(None, YL_JY, "经营收入", "=", 65, "万元", "完成经营收入65万元", weight=30),
        # block 4 (the stored page stops inside its first cell)
        ind(None, YL_XW, "省级以上媒体送播杨凌报道", "=", 30, "条",
            "在省级以上媒体送播杨凌报道30条", weight=10),
        ind(None, YL_XW, "中央电视台播发新闻", "=", 2, "条", "其中中央电视台播发新闻2条"),
        ind(None, YL_XW, "陕西电视台新闻联播播发", "=", 1, "条",
            "陕西电视台新闻联播播发1条"),
        ind(None, YL_XW, "《盛会聚焦》栏目", None, None, None, "开办《盛会聚焦》栏目"),
    ],
    "goals": [],
    "facts": [
        {"metric": "省级以上媒体送播报道(全年 = 四个分季块之和)", "kind": "sum",
         "total": 110, "parts": [20, 30, 30, 30], "unit": "条"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "全部目标都是稿件条数、栏目数和经营收入,没有观众/服务对象满意度或收视效果目标"},
        {"rule": "coverage.missing_dimension", "item": "质量指标",
         "why": "表头写“目标及质量要求”,但每个单元格只有数量和收入,没有任何质量标准(如获奖、差错率、收视率)"},
    ],
    "notes": (
        "Stored page: an HTML table flattened to one cell per line.  The 时限 and 类别 cells of "
        "the four quarterly blocks do not appear in the stored text (only the 全年 row has "
        "时限 '全年' and 类别 '核心指标'), so the quarter labels are left empty; I merged the "
        "empty 时限 and 类别 cells down each block (four 4-row blocks; the last block has one "
        "row because the page stops).  The blocks are read as quarters 1-4 because the title "
        "says 分季; this reading is confirmed by 20+30+30+30 = 110 条 in the 全年 row.  Points "
        "are written in the 工作任务 cells (新闻宣传(35分)) and after each target in the "
        "目标 cell ((15分)); level2 in the gold drops the '(35分)' suffix, weight carries the "
        "per-target points, sub-targets introduced by 其中 share the points of their clause "
        "(weight null).  Bare numbers such as '20条' are coded operator '='.  Block sums are "
        "35+15+10+30 = 90 and block 4 opens with 新闻宣传(40分); the page states no total, so "
        "no score-total finding.  Income: 65+75+65 = 205 of the 280 万元 annual target; the "
        "fourth block's income target lies beyond where the page stops, so no sum check.  "
        "The stored page stops inside block 4's first cell at '营造盛会'; reproduced up to there."
    ),
}

JD_CJ = "创建工作"
GOLD["blind292_jiading_wenguang_kaohe_2018.docx"] = {
    "source_urls": [URL_JIADING],
    "province": "上海市",
    "doc_kind": "区对街镇文广工作年度考核指标说明(评分细则)",
    "patterns": [5, 8],
    "indicators": [
        ind(JD_CJ, "社区文化活动中心建设", "公益性服务面积", ">=", 3500, "平方米",
            "公益性服务面积不低于3500平方米"),
        ind(JD_CJ, "社区文化活动中心建设", "公益性服务项目", ">=", 8, "个",
            "不低于8个公益性服务项目"),
        ind(JD_CJ, "社区文化活动中心建设", "示范区创建宣传推广", None, None, None,
            "在示范区创建宣传推广方面工作积极,当地居民知晓率得到提升", weight=2),
        ind(JD_CJ, "街镇图书馆建设", "年增新书册数", None, None, None,
            "达到示范区创建“任务书”所定年度指标"),
        ind(JD_CJ, "街镇图书馆建设", "年到馆读者数", None, None, None,
            "达到示范区创建“任务书”所定年度指标"),
        ind(JD_CJ, "街镇图书馆建设", "藏书年借还数", None, None, None,
            "达到示范区创建“任务书”所定年度指标"),
        ind(JD_CJ, "文化馆总分馆建设", "上派文化专员", "=", 1, "人", "上派文化专员1人"),
        ind(JD_CJ, "文化馆总分馆建设", "派驻时间", ">=", 90, "天", "全年派驻时间不少于90天"),
        ind(JD_CJ, "文化馆总分馆建设", "集中培训", ">=", 3, "次", "集中培训不少于3次",
            weight=0.5),
        ind(JD_CJ, "文化馆总分馆建设", "服务点管理制度", None, None, None,
            "形成服务点管理制度", weight=0.5),
    ],
    "goals": [],
    "facts": [
        {"metric": "社区文化活动中心建设分值", "kind": "sum", "total": 5, "parts": [3, 2],
         "unit": "分"},
    ],
    "findings": [
        {"rule": "target.vague_wording", "item": "示范区创建宣传推广",
         "why": "只要求“知晓率得到提升”,没有知晓率目标值、基线或调查方法,2分无法客观评定"},
        {"rule": "target.missing_value", "item": "年增新书册数",
         "why": "指标值只写“达到任务书所定年度指标”,本文件没有给出册数"},
        {"rule": "target.missing_value", "item": "年到馆读者数",
         "why": "指标值引用外部任务书,本文件没有给出人次"},
        {"rule": "target.missing_value", "item": "藏书年借还数",
         "why": "指标值引用外部任务书,本文件没有给出册次"},
        {"rule": "target.input_or_process", "item": "服务点管理制度",
         "why": "“形成管理制度”是管理过程/制度建设,不是服务产出,却单独计0.5分"},
    ],
    "notes": (
        "Stored page is a document-sharing copy (wenke99) of a 20-page .doc; its 资源描述 "
        "holds the first part of the text as one run-on block.  The site chrome (uploader, "
        "page thumbnails, '精选优质文档-倾情为你奉上') is left out.  Headings keep their points "
        "as written (一、创建工作:50分, (一)...:5分).  The clause text is rewritten in my own "
        "words with every figure kept; the short target phrases are kept.  Shared points: the "
        "3 基础分 of (一) cover area + service items together and the 1 基础分 of (三) covers "
        "1人 + 90天 together, so those rows carry weight null; the 5 分 of (二) covers three "
        "indicators with 1.5 分 deducted per miss (rows weight null).  Only (一) can be "
        "summed (3+2 = 5).  The stored page stops mid-sentence in (三) at "
        "'全年组织开展服务点从业人员及本地文化志愿者'; reproduced up to there, so the 3 分 "
        "of (三) and the 50 分 of 一 cannot be checked.  Targets stand in scoring clauses, "
        "not in a table."
    ),
}

GOLD["blind292_fenghua_tycp_ziping_2022.docx"] = {
    "source_urls": [URL_FENGHUA],
    "province": "浙江省",
    "doc_kind": "体彩公益金(体育馆运行经费)使用绩效自评报告(叙述)",
    "patterns": [],
    "indicators": [
        ind(None, None, "承办各类赛事活动", None, None, "次", None, actual=10),
        ind(None, None, "省级大型赛事活动", None, None, "次", None, actual=2),
    ],
    "goals": [],
    "facts": [
        {"metric": "体育馆运行经费", "kind": "sum", "total": 190,
         "parts": [86.0085, 103.9915], "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "承办各类赛事活动",
         "why": "报告只写完成“10余次”,没有年初目标值,完成率无从计算,且实际值本身不精确"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "场馆运行经费的自评没有任何健身群众/使用者满意度内容"},
        {"rule": "target.input_or_process", "item": "体育馆各项管理制度",
         "why": "把完善管理制度列为资金绩效,属管理过程而非产出或效益"},
        {"rule": "target.vague_wording", "item": "节水节电工作",
         "why": "只说开展节水节电工作,没有节约量或节约率"},
    ],
    "notes": (
        "Short self-evaluation page of 宁波市奉化区文广旅体局 (index 11330283002980874G/"
        "2023-136011).  The page states no 绩效目标, no 指标值, no 执行数/执行率 and no score; "
        "only money (190 万元 = 86.0085 + 103.9915, the second amount written '103.9915万' "
        "without 元 - kept) and five numbered results.  Results with numbers are kept as "
        "indicator rows with actual only (10余次 coded actual 10).  The index block is a small "
        "table; the report text is rewritten in my own words with all figures, dates and "
        "names kept ('量入而出' and '九月' kept as written).  The stored page ends after item 5 "
        "(the whole page is reproduced)."
    ),
}

SD_GOAL = ("加强文化遗产保护与传承,提高公共文化服务水平,丰富群众文化生活;推动文化旅游产业升级,"
           "打造特色文化旅游品牌,促进地方经济增长;强化文化旅游市场监管,营造健康有序的")
GOLD["blind292_shidian_wlj_2024_zhengti_ziping.docx"] = {
    "source_urls": [URL_SHIDIAN],
    "province": "云南省",
    "doc_kind": "县文化和旅游局部门整体支出绩效自评报告(叙述,前段)",
    "patterns": [],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": SD_GOAL}],
    "facts": [
        {"metric": "支出合计", "kind": "sum", "total": 7686456.33,
         "parts": [5967100.39, 1719355.94], "unit": "元"},
        {"metric": "执行率(支出合计/收入合计)", "kind": "rate", "total": 9570171.39,
         "parts": [7686456.33], "unit": "元", "stated": 80.32},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": SD_GOAL[:20],
         "why": "总体目标全是“加强/提高/丰富/推动/打造/促进/强化”,没有任何数量、比率或期限"},
    ],
    "notes": (
        "Page of 施甸县文化和旅游局 (保山市), published 2025-04-27.  Reproduced: the index "
        "block, 一、部门概况 (一)(二) and 二、(一)部门总体目标; the stored page stops "
        "mid-sentence in the goal at '营造健康有序的', so the goal text ends there and the "
        "indicator table that probably follows is not visible (no coverage findings).  "
        "Figures kept exactly: 收入合计9570171.39元, 支出合计7686456.33元 (= 5967100.39 + "
        "1719355.94), 执行率80.32% (= 支出/收入, recomputes to 80.317%), 基本支出执行率100.00%, "
        "项目支出执行率47.72% (their denominators are not stated, so not recomputable).  The "
        "execution rate is taken on income, not on budget.  Typos kept: '3二级单位', "
        "'基本支出就'.  Narrative rewritten in my own words; the goal's short phrases kept."
    ),
}


# ---------------------------------------------------------------------------
# determinism helpers
# ---------------------------------------------------------------------------

CORE_DATE_RE = re.compile(
    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(created|modified)>)")


def normalize_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    if "docProps/core.xml" in items:
        items["docProps/core.xml"] = CORE_DATE_RE.sub(
            rb"\g<1>2024-01-01T00:00:00Z\g<3>", items["docProps/core.xml"])
    names = sorted(items)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])


def _same_len(match, fill):
    old = match.group(0)
    new = fill(old)
    assert len(new) == len(old), (old, new)
    return new


def fix_pdf(path):
    """Replace PDF dates and IDs by fixed values of the same length (xref stays valid)."""
    data = path.read_bytes()

    def date_fill(old):
        head = old[: old.index(b"(") + 1]
        body = old[len(head):-1]
        fixed = b"D:20240101000000+00'00'"[: len(body)].ljust(len(body), b"0")
        return head + fixed + b")"

    data = re.sub(rb"/(CreationDate|ModDate)\s*\([^)]*\)",
                  lambda m: _same_len(m, date_fill), data)

    def id_fill(old):
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">",
                      old)

    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: _same_len(m, id_fill), data)

    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+", lambda m: _same_len(
        m, lambda o: re.sub(rb"/[0-9A-Fa-f]+$", lambda h: b"/" + b"0" * (len(h.group(0)) - 1),
                            o)), data)

    def xmp_fill(old):
        return re.sub(rb"\d", b"0", old)

    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\w+>",
                  lambda m: _same_len(m, xmp_fill), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: _same_len(
        m, lambda o: b"uuid:" + re.sub(rb"[0-9a-fA-F]", b"0", o[5:])), data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    fix_pdf(pdf)
    return pdf


# ---------------------------------------------------------------------------
# XLSX: 杨凌电视台 2014 目标责任书
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build_yangling(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标责任书"
    font = Font(name=CJK_FONT, size=10)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    widths = {"A": 7, "B": 9, "C": 16, "D": 70, "E": 8}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    ws.merge_cells("A1:E1")
    ws["A1"] = "杨凌电视台2014年度(分季)目标责任书"
    ws["A1"].font = Font(name=CJK_FONT, size=14, bold=True)
    ws["A1"].alignment = center
    ws.merge_cells("A2:E2")
    ws["A2"] = "党工委、管委会部门(单位)2014年度(分季)目标责任书"
    ws["A2"].font = Font(name=CJK_FONT, size=12, bold=True)
    ws["A2"].alignment = center
    ws.merge_cells("A3:E3")
    ws["A3"] = "部门(单位):杨凌电视台 分管领导:郭建树 责任人:白宏伟"
    ws["A3"].font = font
    ws["A3"].alignment = Alignment(vertical="center")

    rows = [["时限", "类别", "工作任务", "目标及质量要求", "备注"],
            ["全年", "核心指标", "对外宣传和\n经营创收",
             ("全年在省级以上媒体送播报道110条,其中中央电视台播发2条以上,陕西电视台新闻联播"
             "头条2条以上;全年经营收入280万元。"), None]]
    blocks = [
        [("新闻宣传(35分)", ("在省级以上媒体送播杨凌报道20条(15分);开办重点挂牌栏目4个(10分);"
          "制作播发系列专题报道30条(10分)。")),
         ("舆论引导(15分)", "播发舆论监督报道15条(5分);播发正能量报道25条(10分)。"),
         ("对农宣传(10分)", "制作播发农业科技类专题节目20期(10分)。"),
         ("经营收入(30分)", "完成经营收入65万元(30分)。")],
        [("新闻宣传(35分)", ("在省级以上媒体送播杨凌报道30条,其中陕西电视台新闻联播播发1条(15分);"
          "制作播发招商引资、产业发展、西洽会等主题报道25条(10分);开办重点挂牌栏目4个(10分)。")),
         ("舆论引导(15分)", ("围绕园林杨凌和城市建设、社会民生工程制作播发舆论监督报道不少于20条"
          "(5分);播发正能量报道25条(10分)。")),
         ("对农宣传(10分)", "制作播发农业科技类专题节目20期(10分)。"),
         ("经营收入(30分)", "完成经营收入75万元(30分)。")],
        [("新闻宣传(35分)", ("在省级以上媒体送播杨凌报道30条(15分);开办重点挂牌栏目4个(10分);"
          "制作播发主题报道85条(10分)。")),
         ("舆论引导(15分)", "播发舆论监督报道15条(5分);播发正能量报道25条(10分)。"),
         ("对农宣传(10分)", "制作播发农业科技类专题节目20期(10分)。"),
         ("经营收入(30分)", "完成经营收入65万元(30分)。")],
        [("新闻宣传(40分)", ("在省级以上媒体送播杨凌报道30条,其中中央电视台播发新闻2条,陕西电视台"
          "新闻联播播发1条(10分);开办《盛会聚焦》栏目,举办“鉴宝农高会”活动,营造盛会"))],
    ]
    r0 = 4
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = ws.cell(row=r0 + i, column=j + 1, value=val)
            c.font = Font(name=CJK_FONT, size=10, bold=(i == 0))
            c.alignment = center if (i == 0 or j < 3) else wrap
            c.border = BORDER
    r = r0 + len(rows)
    for block in blocks:
        start = r
        for task, target in block:
            for j, val in enumerate([None, None, task, target, None]):
                c = ws.cell(row=r, column=j + 1, value=val)
                c.font = font
                c.alignment = center if j < 3 else wrap
                c.border = BORDER
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    for row in ws.iter_rows(min_row=r0, max_row=r - 1):
        longest = max(len(str(c.value or "")) for c in row[3:4])
        lines = max(1 + longest // 33, 2 if row[2].value and "\n" in row[2].value else 1)
        ws.row_dimensions[row[0].row].height = 15 * lines + 3
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "4:4"
    props = wb.properties
    props.creator = "blind292"
    props.lastModifiedBy = "blind292"
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.title = "杨凌电视台2014年度(分季)目标责任书"
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def new_doc(title):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = CJK_FONT
    style.font.size = Pt(11)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), CJK_FONT)
    cp = doc.core_properties
    cp.author = "blind292"
    cp.last_modified_by = "blind292"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = title
    return doc


def para(doc, text, bold=False, size=None, center=False, indent=True):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(22)
    return p


def meta_table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            table.cell(i, j).text = val
    return table


def save_doc(doc, path):
    doc.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------------------
# DOCX: 嘉定区 2018 街镇文广工作考核指标说明
# ---------------------------------------------------------------------------

def build_jiading(path):
    doc = new_doc("嘉定区2018年度街镇文广工作考核指标说明")
    para(doc, "嘉定区2018年度街镇文广工作考核指标说明", bold=True, size=16, center=True)
    para(doc, "一、创建工作:50分", bold=True, indent=False)
    para(doc, "(一)社区文化活动中心建设:5分", bold=True, indent=False)
    para(doc, "社区文化活动中心经验收达到上海市标准化社区文化活动中心要求的(即公益性服务面积不低于"
              "3500平方米,场馆功能完善,能开展不低于8个公益性服务项目),得基础分3分。未达到上述"
              "标准,或中心被挤占、挪作他用的,视实际情况酌情减分。在示范区创建宣传推广方面工作积极,"
              "当地居民知晓率得到提升的,得基础分2分。")
    para(doc, "(二)街镇图书馆建设:5分", bold=True, indent=False)
    para(doc, "按照示范区创建要求,街镇级图书馆的年增新书册数、年到馆读者数、藏书年借还数三项均"
              "达到示范区创建“任务书”所定年度指标的,得基础分5分;每有一项未达标,减1.5分。")
    para(doc, "(三)文化馆总分馆建设:3分", bold=True, indent=False)
    para(doc, "分馆须接受总馆业务骨干的指导,向总馆上派文化专员1人且全年派驻时间不少于90天的,"
              "得基础分1分;参加市级、区级单位及总馆组织开展的集中培训不少于3次的,得基础分0.5分"
              "(每少一次扣0.2分);按总馆要求全面指导下属服务点各项工作,形成服务点管理制度的,"
              "得0.5分;全年组织开展服务点从业人员及本地文化志愿者")
    save_doc(doc, path)


# ---------------------------------------------------------------------------
# DOCX: 奉化区 2022 区本级体彩公益金绩效使用自评报告
# ---------------------------------------------------------------------------

def build_fenghua(path):
    doc = new_doc("2022年区本级体彩公益金绩效使用自评报告")
    meta_table(doc, [
        ["索引号", "11330283002980874G/2023-136011", "组配分类", "专项经费", "主题分类", "体育"],
        ["公开方式", "主动公开", "公开范围", "面向全社会", "", ""],
        ["发布机构", "区文广旅体局", "发文日期", "2023-01-10", "", ""],
    ])
    para(doc, "")
    para(doc, "2022年区本级体彩公益金绩效使用自评报告", bold=True, size=16, center=True)
    para(doc, "2022年,区财政下拨体育馆运行经费190万元,主要用于物业管理承包服务费、场馆维修、"
              "水电费、电信网络运行维护和公众责任险等方面。其中,体育馆物业管理承包服务费86.0085万元,"
              "水电、维修费、保洁、虫害防治、消防、疫情防控等日常支出103.9915万。这笔资金保障了体育馆"
              "各项工作的正常开展,具体体现在以下几个方面:")
    para(doc, "1.2022年全年体育馆承办各类赛事活动10余次,其中省级大型赛事活动2次,各项赛事活动的"
              "场地准备和保障工作均圆满完成。")
    para(doc, "2.响应区政府号召,做好奉化区体育馆疫苗接种点的各项保障工作;同时配合区防办,完成移动"
              "核酸检测车的水电对接和核酸检测医务人员的后勤服务。")
    para(doc, "3.主动联系卫计部门,成功创建奉化区体育馆“四星级”母婴工作室。")
    para(doc, "4.坚持开源节流、量入而出,完善体育馆各项管理制度,开展节水节电工作。")
    para(doc, "5.围绕中心工作重点,有序推进省公共体育场馆服务大提升工作,九月已顺利通过省局考核验收。")
    save_doc(doc, path)


# ---------------------------------------------------------------------------
# DOCX: 施甸县文化和旅游局 2024 整体支出绩效自评报告
# ---------------------------------------------------------------------------

def build_shidian(path):
    doc = new_doc("施甸县文化和旅游局2024年整体支出绩效自评报告")
    meta_table(doc, [
        ["索引号", "11533022015259234k/20250427-00001", "发布机构", "施甸县文化和旅游局"],
        ["公开目录", "绩效评价", "发布日期", "2025-04-27"],
        ["文号", "", "浏览量", "13"],
        ["主题词", "文化", "", ""],
    ])
    para(doc, "")
    para(doc, "施甸县文化和旅游局2024年整体支出绩效自评报告", bold=True, size=16, center=True)
    para(doc, "一、部门概况", bold=True, indent=False)
    para(doc, "(一)部门基本情况", bold=True, indent=False)
    para(doc, "施甸县文化和旅游局是负责全县文化和旅游事业发展的职能部门,负责贯彻国家、省、市有关"
              "文化和旅游的方针政策和法律法规,统筹规划全县文化事业、文化产业和旅游业发展,管理全县"
              "重大文化活动,指导重点文化设施建设,组织文化遗产保护和研究,并对文化和旅游市场实施"
              "监管。局机关设有若干科室,下属包括文化馆、图书馆、文管所3二级单位,共同组成覆盖全县的"
              "文化旅游服务网络。")
    para(doc, "(二)部门整体支出规模、使用方向和主要内容、涉及范围", bold=True, indent=False)
    para(doc, "2024年度施甸县文化和旅游局收入合计9570171.39元,支出合计7686456.33元,执行率为80.32%。"
              "其中:基本支出就5967100.39元,执行率达100.00%;项目支出1719355.94元,执行率达47.72%。"
              "项目经费主要用于非遗传承人补助发放以及文化馆、图书馆免费开放服务,涉及全县文化遗产保护、"
              "公共文化服务、文化旅游产业发展等多个领域,用以满足群众精神文化需求、推动全县文化旅游"
              "事业发展。")
    para(doc, "二、绩效目标设定情况", bold=True, indent=False)
    para(doc, "(一)部门总体目标", bold=True, indent=False)
    para(doc, "为提升全县文化软实力、促进文旅产业融合发展,施甸县文化和旅游局确定的2024年总体目标"
              "是:" + SD_GOAL)
    save_doc(doc, path)


# ---------------------------------------------------------------------------
# annotations and checks
# ---------------------------------------------------------------------------

BUILDERS = {
    "blind292_yangling_tv_2014_mbzrs.xlsx": build_yangling,
    "blind292_jiading_wenguang_kaohe_2018.docx": build_jiading,
    "blind292_fenghua_tycp_ziping_2022.docx": build_fenghua,
    "blind292_shidian_wlj_2024_zhengti_ziping.docx": build_shidian,
}


def write_annotation(fname, gold):
    record = {"source": fname}
    record.update(gold)
    out = ANN / (Path(fname).name + ".json")
    out.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def squash(text):
    return re.sub(r"\s+", "", text)


def pdf_text(pdf):
    texts = []
    for mode in ([], ["-raw"]):
        res = subprocess.run(["pdftotext", *mode, str(pdf), "-"], check=True,
                             capture_output=True, text=True)
        texts.append(squash(res.stdout))
    return texts


def check_pdf(pdf, gold):
    """Every indicator name, target text, goal text and finding item must be in the PDF.

    Findings of rule coverage.* name a dimension that is absent by definition; they are
    skipped.
    """
    texts = pdf_text(pdf)
    wanted = []
    for row in gold["indicators"]:
        wanted += [row["name"], row["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"] if not f["rule"].startswith("coverage.")]
    missing = [w for w in wanted if w and not any(squash(w) in t for t in texts)]
    return missing


def main():
    ANN.mkdir(exist_ok=True)
    problems = []
    for fname, builder in BUILDERS.items():
        path = HERE / fname
        builder(path)
        pdf = to_pdf(path)
        write_annotation(fname, GOLD[fname])
        write_annotation(pdf.name, GOLD[fname])
        missing = check_pdf(pdf, GOLD[fname])
        if missing:
            problems.append((pdf.name, missing))
        n = GOLD[fname]
        print(f"{fname}: {len(n['indicators'])} indicators, {len(n['goals'])} goals, "
              f"{len(n['findings'])} findings; pdf check "
              f"{'OK' if not missing else 'MISSING ' + repr(missing)}")
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
