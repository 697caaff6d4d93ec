"""Blind part 83 of the real-layout corpus: party and state organs (宣传部, 人大, 统战部, 政协).

Each document reproduces the beginning of one stored public page (see SOURCES.md): layout, empty cells,
odd wording and defects as found; facts as written; longer sentences re-worded with the same numbers.
The gold (DOCS[*]["gold"]) was written by hand from the pages before anything ran on the files.

Usage: /tmp/venv/bin/python make_blind83_layouts.py [--no-pdf]
"""
import io
import json
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    cp = d.core_properties
    cp.author = "blind83"
    cp.last_modified_by = "blind83"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
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


def cell_text(cell, text):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


def fixed_zip(path):
    """Rewrite the OOXML zip with fixed dates, a fixed entry order and pinned core dates."""
    raw = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(raw))
    names = sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            data = zin.read(n)
            if n == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", s)
                s = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>2025-01-01T00:00:00Z\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(n, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())


# ----------------------------------------------------------------------------------------------
# 1. 岳阳县委宣传部 部门整体支出 自评报告 (mirror copy, starts at the cover fields)
# ----------------------------------------------------------------------------------------------
YY_TASKS = [
    "任务1:坚持以党的领导统领宣传思想工作的各个环节。",
    "任务2:围绕决战决胜唱响时代主旋律。",
    "任务3:汇聚全民抗击疫情的强大合力。",
    "任务4:回应人民群众的新期待。",
]


def build_yueyangxian(path):
    d = new_doc()
    para(d, "部门(单位)名称 岳阳县委宣传部")
    para(d, "预算编码 YYX011")
    para(d, "评价方式:单位绩效自评")
    para(d, "评价机构:岳阳县委宣传部评价组")
    para(d, "报告日期: 2021年8月13日")
    t = d.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    h = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(h, "一、部门(单位)基本概况")
    for c, v in enumerate(["联系人", "王媛平", "联络电话", "13974046368"]):
        cell_text(t.cell(1, c), v)
    for c, v in enumerate(["人员编制", "24", "实有人数", "32"]):
        cell_text(t.cell(2, c), v)
    cell_text(t.cell(3, 0), "职能职责概述")
    cell_text(
        t.cell(3, 1).merge(t.cell(3, 3)),
        "县委宣传部是县委主管意识形态和宣传思想工作的正科级综合职能部门，承担全县意识形态、新闻舆论宣传、"
        "精神文明创建、理论教育及中心组学习、网络管理、文化产业发展与建设、新闻出版(版权)和扫黄打非等工作；"
        "内设办公室、文明实践办、理教办、网信工作办、文管办、新闻办、版权办7个股室，下属县新闻中心、"
        "县网络信息服务中心、县新时代文明实践服务中心3个二级事业单位。",
    )
    cell_text(t.cell(4, 0), "年度主要工作内容")
    cell_text(t.cell(4, 1).merge(t.cell(4, 3)), "\n".join(YY_TASKS))
    cell_text(t.cell(5, 0), "年度部门(单位)总体运行情况及取得的成绩")
    cell_text(
        t.cell(5, 1).merge(t.cell(5, 3)),
        "1、全年资金运行安全平稳，使用合理，收支平衡。\n"
        "2、落实意识形态工作责任制，意识形态领域态势向上向好；县委中心组全年集中学习12次，组织千名书记讲党课，"
        "讲党课200多场，开展各类主题宣讲1000多场，推出专题专栏82个，编发新闻稿件8400 多条(篇)。"
        "建成县新时代文明实践中心1个，在试点乡镇、村(社区)建成新时代文明实践所、站36个，并扎实抓好全",
    )
    d.save(path)


YY_GOLD = {
    "province": "湖南",
    "doc_kind": "部门整体支出绩效自评报告 (封面字段 + 基本概况表, 镜像站副本)",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [{"kind": "年度目标", "text": t} for t in YY_TASKS],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": YY_TASKS[0],
         "why": "annual task is a slogan (党的领导贯穿宣传思想工作); no number, scale or measurable result"},
        {"rule": "goal.unquantified", "item": YY_TASKS[1],
         "why": "唱响主旋律 names no output, count or standard"},
        {"rule": "goal.unquantified", "item": YY_TASKS[2],
         "why": "汇聚合力 is not measurable; no figure or result named"},
        {"rule": "goal.unquantified", "item": YY_TASKS[3],
         "why": "回应新期待 gives no measurable statement; the figures (12次, 200多场, 82个 …) appear only in the results cell, not in any task"},
    ],
    "notes": (
        "岳阳县委宣传部 部门整体支出绩效自评报告 (year not printed on the stored copy; the tasks (决战决胜, 全民战疫) and the "
        "报告日期 2021年8月13日 point to the 2020 budget year). The stored page is a spam-mirror copy in traditional characters "
        "of a 岳阳县 (yyx.gov.cn) page; the document is written in simplified characters, the script of the original; no "
        "name or number changes. The page opens with the cover fields (no title line): 部门(单位)名称, 预算编码 'YYX011', "
        "评价方式, 评价机构, 报告日期; then the grid '一、部门(单位)基本概况' (联系人/联络电话, 人员编制 24 vs 实有人数 32, "
        "职能职责概述, 年度主要工作内容 with 任务1–4 in one cell, 总体运行情况及取得的成绩). The page stops inside the "
        "results cell ('扎实抓好全'); the document stops there too, before any 资金 or indicator part, so no indicator, "
        "fact or coverage finding. The four tasks are the goal cell (one paragraph each, re-worded); each is flagged "
        "goal.unquantified (goal.process_only would also fit). 实有人数 32 > 人员编制 24 is noted but no listed rule covers it. "
        "The results sentence '8400 多条(篇)' keeps the page's stray space."
    ),
}


# ----------------------------------------------------------------------------------------------
# 2. 梓潼县人大常委会办公室 人大代表之家建设 项目自评报告 + 附件1 自评表 (cut)
# ----------------------------------------------------------------------------------------------
ZT_GOAL = "新建县级人大代表之家8个，并保证其正常运转。"


def build_zitong(path):
    d = new_doc()
    lines = [
        ("一、项目基本情况", True),
        ("(一)绩效目标情况", False),
        (ZT_GOAL, False),
        ("(二)资金安排情况", False),
        ("年初财政预算安排40万元，年初已下达资金指标40万元。", False),
        ("二、绩效目标完成情况分析", True),
        ("(一)预算执行进度情况分析", False),
        ("预算执行遵循梓潼县人大机关财务管理制度，支出严格限定在资金使用范围内。2023年该项目预算40万元，实际支出40万元。", False),
        ("(二)总体绩效目标完成情况分析", False),
        ("8个代表之家已全部建成，为代表履职搭建了平台，保障代表依法履职。", False),
        ("(三)绩效指标完成情况分析", False),
        ("年度内8个代表之家均完成标准化建设，运行情况良好。", False),
        ("(四)项目效益分析", False),
        ("依托代表之家，代表公开身份、承诺和履职计划，与选民的联系更加紧密，群众找得到代表、反映得了问题、"
         "事情办得成。代表满意度达90%以上，人民群众满意度达90%以上。", False),
        ("三、偏离绩效目标的原因和下一步改进措施", True),
        ("总体绩效目标和各项绩效指标均已完成。", False),
        ("四、绩效自评结果拟应用和公开情况", True),
        ("自评结果将作为调整预算安排方式、增减预算规模和优化支出结构的依据，并用于改进业务管理和财务管理；"
         "自评结果随决算一并公开。建议2024年度安排预算资金40万元。", False),
        ("五、其他需要说明的问题", True),
        ("无", False),
        ("附件:1.人大代表之家建设项目绩效目标自评表", False),
        ("2.2023年度人大代表之家建设项目支出绩效评价得分表", False),
        ("附件1", False),
    ]
    for text, bold in lines:
        para(d, text, bold=bold)
    t = d.add_table(rows=11, cols=5)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0).merge(t.cell(0, 4)), "人大代表之家建设项目绩效目标自评表")
    cell_text(t.cell(1, 0).merge(t.cell(1, 4)), "(2023年度)")
    cell_text(t.cell(2, 0), "政策(项目)名称")
    cell_text(t.cell(2, 1).merge(t.cell(2, 4)), "人大代表之家建设")
    cell_text(t.cell(3, 0), "项目主管部门")
    cell_text(t.cell(3, 1), "梓潼县人大常委会办公室")
    cell_text(t.cell(3, 2), "资金使用单位")
    cell_text(t.cell(3, 3).merge(t.cell(3, 4)), "梓潼县人大常委会办公室")
    money = t.cell(4, 0).merge(t.cell(9, 0))
    cell_text(money, "项目资金")
    rows = [
        ("", "全年预算数", "全年执行数", "预算执行率"),
        ("年度资金总额:", "40", "40", "100%"),
        ("其中:中央、省补助", "", "", ""),
        ("市级财政资金", "", "", ""),
        ("县级财政资金", "40", "40", "100%"),
        ("其他资金", "", "", ""),
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(4 + i, 1 + j), v)
    cell_text(t.cell(10, 0), "总体")
    d.save(path)


ZT_GOLD = {
    "province": "四川",
    "doc_kind": "项目支出绩效自评报告 (正文 + 附件1 自评表开头)",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "目标", "text": ZT_GOAL}],
    "facts": [
        {"metric": "年度资金总额", "kind": "budget", "planned": 40, "actual": 40, "stated_rate": 100, "unit": "万元"},
        {"metric": "县级财政资金", "kind": "budget", "planned": 40, "actual": 40, "stated_rate": 100, "unit": "万元"},
        {"metric": "年度资金总额(全年预算数)", "kind": "sum", "total": 40, "parts": [40], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "梓潼县 (绵阳) 人大常委会办公室, 2023 人大代表之家建设 项目 self-evaluation. The stored page has no title line: it "
        "opens at '一、项目基本情况' and runs through the five numbered prose sections (goal: build 8 县级人大代表之家; 40万元 "
        "budget, 40万元 spent; 8 built; 代表/群众满意度 90%以上; all targets met; 建议2024年度安排40万元) and the 附件 list, then "
        "the start of 附件1 '人大代表之家建设项目绩效目标自评表 (2023年度)': 政策(项目)名称, 项目主管部门/资金使用单位 (both "
        "梓潼县人大常委会办公室), and the money block with 项目资金 merged down its rows (columns 全年预算数/全年执行数/预算执行率; "
        "'年度资金总额:' with its colon, 40/40/100%; 中央、省补助 and 市级 empty; 县级财政资金 40/40/100%; 其他资金 empty). The "
        "page stops at the label '总体' of the next row (总体目标), so the document ends with a row holding only '总体'; no "
        "indicator row is reached, hence no indicators and no coverage finding. Facts: both budget rows recompute to 100% "
        "(consistent); the total 40 equals its only filled part (县级 40). The goal states a number (8个) and is met, so no "
        "goal finding. The satisfaction figures are prose, not table rows, so they are not recorded as indicators. Pattern 10: "
        "goal and results in prose."
    ),
}


# ----------------------------------------------------------------------------------------------
# 3. 中共丰都县委统战部 2022 部门整体绩效自评公开报告 (prose, cut in 资金情况)
# ----------------------------------------------------------------------------------------------
def build_fengdu(path):
    d = new_doc()
    meta = [
        ("[ 索引号 ]", "11500230008686369K/2023-00116", "[ 发文字号 ]", ""),
        ("[ 主题分类 ]", "财政", "[ 体裁分类 ]", "财政预算、决算"),
        ("[ 发布机构 ]", "丰都县财政局", "", ""),
        ("[ 成文日期 ]", "2023-06-25", "[ 发布日期 ]", "2023-06-25"),
    ]
    t = d.add_table(rows=len(meta), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(meta):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v)
    meta2 = [
        ("[ 索引号 ]", "11500230008686369K/2023-00116"),
        ("[ 发文字号 ]", ""),
        ("[ 主题分类 ]", "财政"),
        ("[ 体裁分类 ]", "财政预算、决算"),
        ("[ 发布机构 ]", "丰都县财政局"),
        ("[ 有效性 ]", ""),
        ("[ 成文日期 ]", "2023-06-25"),
        ("[ 发布日期 ]", "2023-06-25"),
    ]
    t2 = d.add_table(rows=len(meta2), cols=2)
    t2.style = "Table Grid"
    for i, row in enumerate(meta2):
        for j, v in enumerate(row):
            cell_text(t2.cell(i, j), v)
    para(d, "中共丰都县委统战部2022年度部门整体绩效自评公开报告", bold=True, center=True, size=14)
    para(d, "依据《丰都县财政局关于开展2022年预算绩效自评工作通知》(丰都财政发〔2023〕24号)的要求，本单位及时组织人员"
            "开展2022年度预算绩效自评。2022年本单位纳入预算绩效自评的项目17个，涉及资金461.85万元，已逐项完成自评。"
            "现将自评情况公开如下:")
    para(d, "一、基本情况", bold=True)
    para(d, "(一)项目背景及内容")
    para(d, "为落实《中国共产党统一战线工作条例》，加强和规范统一战线工作，巩固和发展爱国统一战线，围绕民主党派成员、"
            "无党派人士；党外知识分子；少数民族人士；宗教界人士；非公有制经济人士；新的社会阶层人士以及港澳台侨等重点对象，"
            "结合本县实际设立了相关统战项目，主要有:侨联工作项目、港澳台工作项目、商会发展及招商引资工作项目、"
            "党外代表人士慰问项目、新专联工作项目、宗教教职人员社保项目、信息化办公项目、民品民贸贷款贴息项目、"
            "统一战线专项项目、农工党工作项目、宗教团体工作项目、实践创新基地创建工作项目、知联会工作项目、"
            "统战工作服务项目、党外代表人士工作项目、驻村工作队补贴项目以及机关人员、公用开支等。")
    para(d, "(二)项目资金情况")
    para(d, "2022年预算资金449.69万元，项目调剂增加277.31万元，实际到位资金726.85万元，已支付461.85万")
    d.save(path)


FD_GOLD = {
    "province": "重庆",
    "doc_kind": "部门整体绩效自评公开报告 (正文, 截于资金情况)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "实际到位资金", "kind": "sum", "total": 726.85, "parts": [449.69, 277.31], "unit": "万元"},
        {"metric": "资金支付", "kind": "budget", "planned": 726.85, "actual": 461.85, "stated_rate": None, "unit": "万元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "实际到位资金",
         "why": "预算资金449.69万元 + 调剂增加277.31万元 = 727.00万元, but 实际到位资金 is given as 726.85万元 (0.15万元 short) with no explanation"},
    ],
    "notes": (
        "丰都县 (重庆) 县委统战部 2022 部门整体绩效自评公开报告, published by 丰都县财政局 on 2023-06-25. The page opens with "
        "the site's metadata block twice (a 4-column grid and a one-per-line list with the added [ 有效性 ] row); both are "
        "kept as two small tables. Then the title, the opening paragraph (17 projects in self-evaluation, 461.85万元, "
        "丰都财政发〔2023〕24号), 一、基本情况 (一) with the list of 16 named projects plus 机关人员、公用开支, and (二) 项目资金情况, "
        "which the page cuts at '已支付461.85万' (unit cut before 元); the document stops there. No goal or indicator is "
        "reached, so no coverage finding. Judgement calls: 449.69 + 277.31 = 727.00 ≠ 726.85 is flagged as consistency.sum "
        "(the report may have deducted something unstated, but it does not say so). The budget fact pairs 到位 726.85 with "
        "已支付 461.85 (≈63.5%); the page states no rate, so stated_rate is null and nothing is flagged. The 17 projects vs "
        "16 named ones is not flagged (机关人员、公用开支 may be the 17th)."
    ),
}


# ----------------------------------------------------------------------------------------------
# 4. 政协平凉市委员会办公室 2024 预算绩效部门评价报告 (prose, cut in 公用经费)
# ----------------------------------------------------------------------------------------------
def build_pingliang(path):
    d = new_doc()
    para(d, "政协平凉市委员会办公室2024年度预算绩效部门评价报告", bold=True)
    para(d, "来源:平凉市政协委员会")
    para(d, "日期:2025-09-26 12:24")
    para(d, "责任编辑:吕哲")
    para(d, "政协平凉市委员会办公室2024年度预算绩效部门评价报告", bold=True, center=True, size=14)
    para(d, "一、部门概况", bold=True)
    para(d, "(一)部门职责")
    para(d, "中国人民政治协商会议平凉市委员会是地方爱国统一战线组织，是中国共产党领导的多党合作和政治协商的重要机构，"
            "也是发扬社会主义民主的重要形式和国家治理体系的组成部分。政协平凉市委员会办公室是其办事机构，为市政协开展"
            "政治协商、民主监督、参政议政提供各项服务。")
    para(d, "(二)机构设置")
    para(d, "政协平凉市委员会办公室属市级一级预算单位，下无市级二级预算单位。机关设“一室七委”共8个内设机构，即办公室、"
            "委员工作委员会、提案和社会法制委员会、农业和农村委员会、经济和人口资源环境委员会、教科卫体委员会、"
            "文化文史资料和学习委员会、民族宗教与三胞联络委员会；办公室下设秘书科、宣传信息科、人事科、行政管理科4个科"
            "和理论研究中心1个事业单位，各委员会各设1个综合科。核定编制47名(其中行政编制30名，行政事业编制12名，"
            "事业编制5名)。")
    para(d, "二、部门整体支出管理及使用情况", bold=True)
    para(d, "(一)基本支出")
    para(d, "2024年度一般公共财政拨款基本支出1076.17万元。其中:")
    para(d, "人员经费896.34万元，包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职工基本医疗保险缴费、"
            "公务员医疗补助缴费、其他社会保障缴费、住房公积金、抚恤金和生活补助。")
    para(d, "公用经费179.83万元，包括办公费、印刷费、手续费、水费、电费、邮电费、取暖费、物业管理费、差旅费、"
            "维修(护)费、租赁费")
    d.save(path)


PL_GOLD = {
    "province": "甘肃",
    "doc_kind": "部门整体支出绩效评价报告 (正文, 截于基本支出)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "一般公共财政拨款基本支出", "kind": "sum", "total": 1076.17, "parts": [896.34, 179.83], "unit": "万元"},
        {"metric": "核定编制", "kind": "sum", "total": 47, "parts": [30, 12, 5], "unit": "名"},
    ],
    "findings": [],
    "notes": (
        "政协平凉市委员会办公室 (甘肃 平凉) 2024年度预算绩效部门评价报告, dated 2025-09-26. The stored page gives the title, "
        "the site lines (来源, 日期, 责任编辑), the title again, 一、部门概况 (职责; 机构设置: 一室七委 = 8 named bodies, 4 科 + "
        "理论研究中心, 编制 47 = 30 + 12 + 5) and 二、部门整体支出管理及使用情况 (一) 基本支出 1076.17万元 = 人员经费 896.34 + "
        "公用经费 179.83; the page stops inside the list of 公用经费 items ('租赁费'), and so does the document. Both sums are "
        "consistent, so there is no finding: the document is a negative case for consistency.sum. No goal, indicator or "
        "project part is reached, so no coverage finding. Prose-only (one of the two prose documents of this part)."
    ),
}


# ----------------------------------------------------------------------------------------------
# 5. 区政协 目标内容/分值 表 (XLSX; label column merged; cut in 公共目标)
# ----------------------------------------------------------------------------------------------
CT_ROWS = [
    # (block label or None, goal text, points)
    ("职能目标\n(340分)", "全委会、常委会、主席办公会等各项专题会议的筹备、协调\\服务工作抓实做细(50分),统战工作持续加强(50分)", 100),
    (None, "密切与相关部门的工作联系和对口协商(50分);履行民主监督职责,听取5个以上方面的工作通报(50分)。", 100),
    (None, "配合做好省、市政协在我区开展的视察、调研活动。", 40),
    (None, "规范机关管理,做好机关运行保障。", 100),
    ("重点目标\n(480分)", "统筹做好扶贫攻坚联系村、联系户工作。", 40),
    (None, "围绕全区中心工作,配合相关委室开展专题调研、工作视察和各类专题座谈活动。", 200),
    (None, "做好统一战线、民族宗教工作,按要求办理人大代表意见、建议和政协委员提案。", 50),
    (None, "强化机关财务和安全管理,全额缴纳职工养老、医疗、失业保险金和住房公积金,提升机关保障能力。", 50),
    (None, "抓好党员、干部队伍和人才队伍建设,深入开展“两学一做”学习教育。", 50),
    (None, "做好政府信息公开。加强网络管理,按要求完成区志编篡任务,做好党史和电子政务工作。推进低碳发展,抓好节能减排。", 30),
    (None, "逗硬执行“三项制度”,抓好干部作风和机关效能建设.", 30),
    (None, "强化社会治理,抓好依法治区,推进城乡环境综合治理。", 30),
    ("公共目标\n(180分)", "抓好党建、宣传思想、综治、维稳、禁毒、防邪、普法、信访、工会、文化建设、精神文明、", None),
]


def build_chaotian(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "目标"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(["项 目", "目    标    内    容", "分值"])
    for label, text, pts in CT_ROWS:
        ws.append([label, text, pts])
    # label column merged down each block
    ws.merge_cells("A2:A5")
    ws.merge_cells("A6:A13")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 110
    ws.column_dimensions["C"].width = 8
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=3):
        for c in row:
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind83"
    wb.properties.lastModifiedBy = "blind83"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def _g(i):
    return CT_ROWS[i][1]


CT_GOLD = {
    "province": "四川",
    "doc_kind": "区政协机关 年度目标任务表 (目标内容/分值, 截于公共目标)",
    "patterns": [1, 10],
    "indicators": [],
    "goals": [{"kind": "目标", "text": r[1]} for r in CT_ROWS],
    "facts": [
        {"metric": "职能目标", "kind": "sum", "total": 340, "parts": [100, 100, 40, 100], "unit": "分"},
        {"metric": "重点目标", "kind": "sum", "total": 480, "parts": [40, 200, 50, 50, 50, 30, 30, 30], "unit": "分"},
        {"metric": "职能目标第1项", "kind": "sum", "total": 100, "parts": [50, 50], "unit": "分"},
        {"metric": "职能目标第2项", "kind": "sum", "total": 100, "parts": [50, 50], "unit": "分"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": _g(0),
         "why": "会议筹备服务 and 加强统战工作 carry only points (50分+50分); no count, standard or deadline"},
        {"rule": "goal.process_only", "item": _g(2),
         "why": "only says the office will help with inspections and surveys (配合做好…活动); no result or number"},
        {"rule": "goal.unquantified", "item": _g(3),
         "why": "规范管理/做好保障 with no measurable statement, although it carries 100 points"},
        {"rule": "goal.unquantified", "item": _g(4),
         "why": "poverty-alleviation contact work with no number of villages/households or result"},
        {"rule": "goal.process_only", "item": _g(5),
         "why": "the heaviest item (200分) only lists activities to hold (调研、视察、座谈), with no count or outcome"},
        {"rule": "goal.process_only", "item": _g(6),
         "why": "handling proposals 按要求 states the work, not a result (no 办结率 or count)"},
        {"rule": "goal.process_only", "item": _g(8),
         "why": "队伍建设 and 开展学习教育 describe activities only"},
        {"rule": "goal.unquantified", "item": _g(9),
         "why": "five tasks in one cell (信息公开, 网络管理, 区志, 党史/电子政务, 节能减排) without any number or deadline"},
        {"rule": "goal.unquantified", "item": _g(10),
         "why": "执行制度 and 抓好作风建设 give no measurable statement"},
        {"rule": "goal.unquantified", "item": _g(11),
         "why": "强化/抓好/推进 with no number, scale or deadline"},
    ],
    "notes": (
        "Annual 目标 table of a 区政协 office (the host gyct.com.cn is read as 广元市朝天区, 四川: 区政协, 依法治区, 区志 and the "
        "Sichuan word 逗硬 fit; the page itself names no place or year; 扶贫攻坚 and “两学一做” suggest about 2016–2017). The "
        "stored page opens directly with the table: 项 目 │ 目 标 内 容 │ 分值, label column merged down each block "
        "(职能目标(340分) over 4 rows, 重点目标(480分) over 8 rows), and stops inside the first 公共目标(180分) row, in a list "
        "that ends with '精神文明、'; that row has no 分值 and is kept as cut. XLSX chosen (a scored target sheet). The rows "
        "are target items with points, not 三级 indicators (no indicator value, no operator): they are recorded as goals "
        "(kind 目标) with the points as sum facts, and indicators stay empty. Sums: 100+100+40+100 = 340 and "
        "40+200+50+50+50+30+30+30 = 480, and the two 50+50 splits inside the first two rows, all consistent. Kept as found: "
        "the backslash in '协调\\服务', '编篡' (for 编纂), the ASCII full stop after '效能建设.', the spaced header words. "
        "Findings: the vague 加强/抓好/做好 items are goal.unquantified, the items that only list activities are "
        "goal.process_only (either rule would be defensible for most); not flagged: row 2 (听取5个以上方面的工作通报 is "
        "measurable), row 8 (全额缴纳 is a checkable yes/no result) and the cut 公共目标 row. No coverage finding: this is "
        "not an 产出/效益 indicator table."
    ),
}


DOCS = [
    {"file": "hn-yueyangxian-publicity-selfreport.docx", "build": build_yueyangxian, "gold": YY_GOLD,
     "url": "http://hong367.com/37584/38146/38324/content_1851078.html"},
    {"file": "sc-zitong-deputies-home-selfeval.docx", "build": build_zitong, "gold": ZT_GOLD,
     "url": "http://www.zitong.gov.cn/zwgk/zdgk/ysjx/xmjxbg/44116221.html"},
    {"file": "cq-fengdu-tongzhan-selfreport.docx", "build": build_fengdu, "gold": FD_GOLD,
     "url": "https://www.cqfd.gov.cn/zwgk_200/fdzdgknr/czyjs/xzyjs/202306/t20230625_12091447.html"},
    {"file": "gs-pingliang-cppcc-eval.docx", "build": build_pingliang, "gold": PL_GOLD,
     "url": "https://zx.pingliang.gov.cn/tzgg/art/2025/art_49b73ae331144f66b881046c0f8844f2.html"},
    {"file": "sc-chaotian-cppcc-targets.xlsx", "build": build_chaotian, "gold": CT_GOLD,
     "url": "https://www.gyct.com.cn/info/1685/43017.htm"},
]


def gold_json(doc, source):
    g = doc["gold"]
    out = {"source": source, "source_urls": [doc["url"]]}
    for k in ("province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings", "notes"):
        out[k] = g[k]
    return out


def main():
    want_pdf = "--no-pdf" not in sys.argv
    ANN.mkdir(exist_ok=True)
    for doc in DOCS:
        path = HERE / doc["file"]
        doc["build"](path)
        fixed_zip(path)
        (ANN / (doc["file"] + ".json")).write_text(
            json.dumps(gold_json(doc, doc["file"]), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pdf = path.with_suffix(".pdf")
        if want_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        (ANN / (pdf.name + ".json")).write_text(
            json.dumps(gold_json(doc, pdf.name), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", doc["file"])


if __name__ == "__main__":
    main()
