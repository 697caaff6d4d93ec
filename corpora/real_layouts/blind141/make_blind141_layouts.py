#!/usr/bin/env python3
"""Build part blind141 of jixiao's real-layout corpus (code-blind part).

Four documents reproduced from stored public web pages (see SOURCES.md):

  1. quanguo-zhongdigongjian-gaoxiaoshiyanshi-kaopingzhibiao.xlsx
       central/local co-built university laboratories: evaluation indicator table (weights)
  2. chongqing-shikewei-kejizhuanxiang-kaopingbaogao.docx
       Chongqing science commission: project performance evaluation report form (template,
       two halves side by side; page copy is in traditional characters)
  3. anhui-luan-nongjituiguang-mubiaoshenbaobiao.docx
       Lu'an (Anhui) agricultural technology extension: 项目支出绩效目标申报表 (page stops
       inside the 年度目标 cell, before the indicator block)
  4. fujian-yongding-tushuguan-zipingbaogao.docx
       Yongding district library (Longyan, Fujian): 图书、报刊购置项目绩效自评报告 (prose)

Each DOCX/XLSX is exported to PDF with LibreOffice.  The gold answers are written first
(annotations/<file>.json), by an annotator who has not read the toolkit's code.

Run:  /tmp/venv/bin/python make_blind141_layouts.py
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)
AUTHOR = "jixiao corpus blind141"

# --------------------------------------------------------------------------------------
# File names
# --------------------------------------------------------------------------------------
F_LAB = "quanguo-zhongdigongjian-gaoxiaoshiyanshi-kaopingzhibiao.xlsx"
F_CQ = "chongqing-shikewei-kejizhuanxiang-kaopingbaogao.docx"
F_LUAN = "anhui-luan-nongjituiguang-mubiaoshenbaobiao.docx"
F_LIB = "fujian-yongding-tushuguan-zipingbaogao.docx"

# --------------------------------------------------------------------------------------
# Text that appears in the documents (defined once; the gold below refers to it)
# --------------------------------------------------------------------------------------

# ---- 1. laboratory indicator table (kept as found; short criteria lists) -------------
LAB_TITLE = "中央与地方共建高校实验室专项资金绩效考评指标"
LAB_HEAD = ["一级指标", "二级指标", "分值", "三级指标", "分值", "三级指标简要说明", "分数"]
LAB_L1 = "业务指标\n权重:60%\n分值:100分"
# (二级, 二级分值, [(三级, 分值, 说明), ...])
LAB_ROWS = [
    ("立项目标完成程度", 40, [
        ("实验室建设内容", 20,
         "实验室建设的数量及其完成情况;新增仪器设备台件数及新增设备与实验室建设目标的相关性;"
         "新增设备性能价格比的经济合理性;实验室安装运行条件的完善程度(包括实验室面积、安装运行环境等)等。"),
        ("实验室建设质量", 20,
         "新增仪器设备的适用度;建设前后设备完好率提高幅度;建设前后满足教学程度的提高幅度;"
         "承担学生实验人数的增加能力;基础实验室水平档次:达标、省市级示范、国家级示范等;"
         "专业实验室档次:先进、一般等。"),
    ]),
    ("立项目标的合理性", 5, [
        ("实验室建设调整情况", 5, "调整内容、理由、报批程序、调整后的建设进展情况等。"),
    ]),
    ("项目组织管理水平", 10, [
        ("管理机构设置的健全性", 2, "省(市)、学校、院系、实验室相关机构设置的健全性。"),
        ("管理制度的健全性", 2, "省(市)、学校、院系、实验室相关管理制度的健全性和规范性。"),
        ("组织实施情况", 3, "省(市)、学校、院系、实验室实际执行情况。"),
        ("人员结构的合理性", 3,
         "省(市)、学校、院系、实验室建设有关方面负责人学术水平及组织管理能力,"
         "实验室职称结构、学历结构、年龄结构的改善状况。"),
    ]),
    ("项目的经济效益", 5, [
        ("教学科研经费提高情况", 2, "通过实验室的建设,直接新增教学科研项目经费数。"),
        ("教学科研成果转化所取得的经济效益", 2, "通过实验室的建设所取得的教学科研成果转化所产生的经济效益。"),
        ("实验室开放以及资源共享所取得的经济效益", 1, "通过实验室开放水平的提高以及资源共享,所取得的经济效益。"),
    ]),
    ("项目的社会效益", 40, [
        # the stored page stops inside this explanation ("实验项目数(包")
        ("对该校的教学科研的促进作用", 30,
         "服务涉及专业及硕士点增加数;实验开出率提高幅度;年实验人时数增加值;实验项目数(包"),
    ]),
]

# ---- 2. Chongqing evaluation report form (traditional characters, as found) ----------
CQ_COVER = [
    "項目名稱",
    "項目合同編號",
    "項目承擔單位",
    "主管部門(單位)",
    "考評方式:  專家組考評    中介機構考評",
    "考評時間   年  月  日至  年  月  日",
]
CQ_MAKER = "重慶市科學技術委員會 制"
CQ_TITLE = "科技專項資金項目績效考評報告"
CQ_L_NAME = "1、立項目標的合理性\n(1)目標一致性\n(2)技術創新性\n(3)經濟實用性\n(三項累加)"
CQ_L_VAL = "8\n2\n4\n2"
CQ_R_NAME = "5、項目的經濟效益\n(1)銷售收入目標完成情況\n(2)利稅目標完成"

# ---- 3. Lu'an target declaration form -------------------------------------------------
LUAN_PAGE_TITLE = "六安市农业农村局2024年六安市农业技术推广工作经费项目支出预算绩效目标表"
LUAN_META = "浏览次数:  信息来源:市农业农村局  发布时间:2024-02-07 09:33"
# goal texts: reworded by the annotator, numbers and list items kept
LUAN_GOAL_MID = (
    "依托本项目,负责全市农技推广体系的建设工作;组织主要农作物、经济作物和农业生产投入品的新品种、"
    "新技术、新成果的引进、试验、示范、推广与保护,并落实相关重大项目。承担土肥技术推广、病虫草害防治、"
    "农药监管、品种管理与种子市场质量监管、一村一品、农业信息、产业扶贫、农民教育培训及农村实用人才"
    "培养等相关工作。推动全市优势特色产业朝规模化、区域化、商品化、品牌化方向发展,提高农业种植技术水平,"
    "使农业生产节本、提质、增收、增效。"
)
# the annual goal is a verbatim copy of the mid-term goal; the stored page stops inside it
LUAN_GOAL_YEAR = LUAN_GOAL_MID.split("培养等相关工作")[0] + "培养等相"

# ---- 4. Yongding library self-evaluation report ---------------------------------------
LIB_UNIT = "龙岩市永定区图书馆"
LIB_TITLE = "永定区图书馆图书、报刊购置项目绩效自评报告"
LIB_GOAL_TOTAL = (
    "项目总体目标是面向全区公众常年提供图书报刊和电子文献的阅读服务,"
    "着力提高全区民众的思想道德素质和科学文化水平。"
)
LIB_GOAL_PERF = (
    "主要绩效目标为:采购正规出版图书1000册,订阅报刊120种;对所购文献及时分类加工后供读者阅览,"
    "满足读者阅读10000人次,读者满意率达90%"
)
LIB_P1 = (
    "永定区图书馆图书、报刊购置项目属于按年度预算安排的常年性专项业务经费。"
    + LIB_GOAL_TOTAL
    + "预算经费3万元,用于采集图书和订阅报刊。"
    + LIB_GOAL_PERF
)
LIB_P_ORG = (
    "永定区图书馆坚持“专款专用”原则,管好用好财政下拨的图书购置专项资金,及时采购各类图书,"
    "满足不同层次读者对各类文献的需要。"
)
LIB_P_FIN = "按照项目实施计划,财政下拨资金足额投入,2017年图书采购支出2万元、报刊支出1万元,资金使用合法合规。"
LIB_P_EVAL = (
    "根据本单位工作实际,本次选用业务评价指标和财务评价指标两类,按投入、过程、产出与效益等三个大项开展自评,"
    "采用成本效益分析法对各项评价指标评分,本项目综合得分为95分,评价等次为优秀。各指标得分情况分析如下:"
)
LIB_SCORES = [
    ("1. 投入(得30分)", None),
    ("(1)时效情况:项目实际实施月份等于计划月份。(得5分)", None),
    ("(2)项目立项:绩效目标合理、绩效指标明确、绩效指标完成率100%、项目立项规范。(得11分)", None),
    ("(3)资金落实:成本控制率100%、资金到位率100%、到位及时率100%、资金使用率100%、财政投入乘数达到预期。(得14分)", None),
    ("2. 过程(得26分)", None),
    ("(1)业务管理:管理制度健全、", None),  # the stored page stops here
]


# --------------------------------------------------------------------------------------
# GOLD (written before any file is built)
# --------------------------------------------------------------------------------------
def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


def gold_lab():
    inds = []
    for l2, _w2, rows in LAB_ROWS:
        for name, w, _desc in rows:
            inds.append(ind("业务指标", l2, name, weight=w))
    return {
        "source_urls": ["https://m.777doc.com/doc-4174459.html"],
        "province": "全国(中央与地方共建,页面未写省份)",
        "doc_kind": "专项资金绩效考评指标表(评价指标体系)",
        "patterns": [1, 5],
        "indicators": inds,
        "goals": [],
        "facts": [
            {"metric": "业务指标分值", "kind": "sum", "total": 100, "parts": [40, 5, 10, 5, 40], "unit": "分"},
            {"metric": "立项目标完成程度分值", "kind": "sum", "total": 40, "parts": [20, 20], "unit": "分"},
            {"metric": "项目组织管理水平分值", "kind": "sum", "total": 10, "parts": [2, 2, 3, 3], "unit": "分"},
            {"metric": "项目的经济效益分值", "kind": "sum", "total": 5, "parts": [2, 2, 1], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "管理机构设置的健全性",
             "why": "2分的定性考评项,说明只重复“健全性”,没有分档或评分标准"},
            {"rule": "target.qualitative_no_scale", "item": "管理制度的健全性",
             "why": "2分的定性考评项,只写“健全性和规范性”,没有分档或评分标准"},
            {"rule": "target.qualitative_no_scale", "item": "组织实施情况",
             "why": "3分的定性考评项,说明只写“实际执行情况”,没有分档或评分标准"},
        ],
        "notes": (
            "777doc page copy of a flat-text table; rebuilt as an XLSX with the 一级 label '业务指标 权重:60% 分值:100分' "
            "merged down the whole block and each 二级 label with its 分值 merged down its 三级 rows. The stored page stops "
            "inside the explanation of '对该校的教学科研的促进作用' ('实验项目数(包'); the remaining 10 points of "
            "'项目的社会效益(40)' and the 财务指标 part implied by '权重:60%' are not on the page, so the 社会效益 sum is not "
            "given as a fact. The table is an evaluation (scoring) frame: it has weights (分值) but no target values, and the "
            "'分数' column is empty on the page, so value/operator/unit/target_text/score are null for every row. level1 is "
            "the document's '业务指标' (not a 88号 category); level2 as written. No province is named on the page (the title "
            "says 中央与地方共建); recorded as 全国. Findings are limited to rows whose explanation gives no scale; "
            "sums 40+5+10+5+40=100, 20+20=40, 2+2+3+3=10, 2+2+1=5 all hold."
        ),
    }


def gold_cq():
    inds = [
        ind("業務考評", "立項目標的合理性", "目標一致性", weight=2),
        ind("業務考評", "立項目標的合理性", "技術創新性", weight=4),
        ind("業務考評", "立項目標的合理性", "經濟實用性", weight=2),
        ind("業務考評", "項目的經濟效益", "銷售收入目標完成情況"),
        ind("業務考評", "項目的經濟效益", "利稅目標完成"),
    ]
    return {
        "source_urls": ["http://p719.cn/29448393.html"],
        "province": "重庆",
        "doc_kind": "科技专项资金项目绩效考评报告(表式模板)",
        "patterns": [3, 8],
        "indicators": inds,
        "goals": [],
        "facts": [
            {"metric": "立項目標的合理性分值(三項累加)", "kind": "sum", "total": 8, "parts": [2, 4, 2], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.qualitative_no_scale", "item": "目標一致性",
             "why": "考评项只给分值2分,表上没有目标值或评分档次"},
            {"rule": "target.qualitative_no_scale", "item": "技術創新性",
             "why": "考评项只给分值4分,表上没有目标值或评分档次"},
            {"rule": "target.qualitative_no_scale", "item": "經濟實用性",
             "why": "考评项只给分值2分,表上没有目标值或评分档次"},
        ],
        "notes": (
            "The stored page (p719.cn, an essay site) shows the form in traditional characters, with pinyin glosses "
            "such as '項(xiàng)' inserted by the mirror; the glosses were dropped, the traditional characters kept as found "
            "(including '聯系電話'). The site's lead-in sentence and the word '范文' in its title were left out. The form is "
            "an empty template of 重慶市科學技術委員會 (cover fields, checkboxes, blank dates, empty money table whose rows "
            "run 總計 / 其中:市財政撥款 / 其他資金 / 地方財政撥款 as found). In '二、業務考評(60分)' the indicator table has "
            "two halves side by side (業務考評指標 | 該項分值 | 考評得分, twice). The left half holds all of item 1 in one "
            "cell with line breaks and its four points '8 2 4 2' stacked in one 分值 cell (8 = the 三項累加 total); the "
            "finest rows are 目標一致性 2, 技術創新性 4, 經濟實用性 2. The page stops inside the right half at "
            "'(2)利稅目標完成' (name cut, no points shown); 銷售收入目標完成情況 has no visible points. Items 2-4 of the "
            "left half and the 60-point sum are not on the page. 考評得分 is empty everywhere. level1 '業務考評' and "
            "level2 as written (traditional). Findings: only that the visible criteria carry points but no target or "
            "scale; 2+4+2=8 holds."
        ),
    }


def gold_luan():
    return {
        "source_urls": ["https://floridajudgementcollections.com/p6608321/10480765.html"],
        "province": "安徽",
        "doc_kind": "项目支出绩效目标申报表",
        "patterns": [3, 8, 10],
        "indicators": [],
        "goals": [
            {"kind": "中期目标", "text": LUAN_GOAL_MID},
            {"kind": "年度目标", "text": LUAN_GOAL_YEAR},
        ],
        "facts": [
            {"metric": "中期资金总额", "kind": "sum", "total": 39.96, "parts": [39.96, 0.00], "unit": "万元"},
            {"metric": "年度资金总额", "kind": "sum", "total": 21.22, "parts": [21.22, 0.00], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": LUAN_GOAL_MID,
             "why": "中期目标只列职责和方向(推动…发展、提高…水平),没有任何数量、比率或完成时间"},
            {"rule": "goal.process_only", "item": LUAN_GOAL_MID,
             "why": "目标主要描述要承担和组织的工作(承担…建设、组织…推广、承担…等相关工作),不是产出或效果"},
            {"rule": "target.duplicate", "item": LUAN_GOAL_YEAR,
             "why": "年度目标逐字照抄中期目标(页面可见部分完全相同),没有年度分解"},
            {"rule": "goal.unquantified", "item": LUAN_GOAL_YEAR,
             "why": "年度目标同样没有数量、比率或时限"},
        ],
        "notes": (
            "Stored page is a spam-domain mirror of the 六安市农业农村局 disclosure (title suffix '-欧洲杯网络平台' dropped). "
            "Reproduced: page title, publication line, the form heading, signature line (项目责任人(签字): 单位(盖章):), "
            "project fields, the money block with 中期 and 年度 columns side by side, and the 总体目标 block with "
            "中期目标(2024年—2026年) and 年度目标 side by side. The goal texts are reworded by the annotator with every "
            "item kept; the 年度目标 on the page is a verbatim copy of the 中期目标 and the stored page stops inside it "
            "('…农村实用人才培养等相'), so the document stops there too, before the 绩效指标 block: no indicator rows. "
            "Money identities hold (39.96=39.96+0.00; 21.22=21.22+0.00). Not flagged: the annual amount 21.22 is more than "
            "half of the three-year 39.96 (odd but no rule). Empty '浏览次数:' kept as found."
        ),
    }


def gold_lib():
    inds = [
        ind("投入", None, "时效情况", score=5),
        ind("投入", None, "项目立项", score=11),
        ind("投入", None, "资金落实", score=14),
        ind("过程", None, "业务管理"),
    ]
    return {
        "source_urls": ["https://renrendoc.com/paper/181396115.html"],
        "province": "福建",
        "doc_kind": "项目绩效自评报告",
        "patterns": [10],
        "indicators": inds,
        "goals": [
            {"kind": "总体目标", "text": LIB_GOAL_TOTAL},
            {"kind": "绩效目标", "text": LIB_GOAL_PERF},
        ],
        "facts": [
            {"metric": "项目支出(预算经费)", "kind": "sum", "total": 3, "parts": [2, 1], "unit": "万元"},
            {"metric": "投入得分", "kind": "sum", "total": 30, "parts": [5, 11, 14], "unit": "分"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": LIB_GOAL_TOTAL,
             "why": "总体目标只有“着力提高…素质和科学文化水平”,没有数量、比率或基线"},
        ],
        "notes": (
            "renrendoc preview of a DOCX; the site's chunk markers '1、2、3、' and its download boilerplate are not part of "
            "the document and were dropped. Narrative reworded by the annotator, numbers kept: 预算经费3万元, 1000册, 120种, "
            "10000人次, 90%, 2017年 图书采购支出2万元 + 报刊支出1万元 (=3万元), 综合得分95分 优秀. The 得分 lines are kept "
            "as written. The stored page stops at '(1)业务管理:管理制度健全、' under '2. 过程(得26分)', so the 过程 "
            "sub-scores, 产出/效益 and the total 95 cannot be checked (95 needs 39 more points after 30+26; not a finding). "
            "Indicator rows are the scored items the report states (时效情况 5, 项目立项 11, 资金落实 14, 业务管理 cut); "
            "no weights or targets are stated for them. Kept as found: the sentence lists 投入、过程、产出与效益 but calls "
            "them '三个大项' (four names); the 绩效目标 sentence ends without a full stop. Grade 95 → 优秀 is consistent. "
            "The 90% satisfaction goal names no survey method (an info-level weakness, not flagged with a contract id)."
        ),
    }


GOLD = {F_LAB: gold_lab(), F_CQ: gold_cq(), F_LUAN: gold_luan(), F_LIB: gold_lib()}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for fname, g in GOLD.items():
        pdf = os.path.splitext(fname)[0] + ".pdf"
        for src in (fname, pdf):
            rec = {"source": src}
            rec.update(g)
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def normalize_zip(path):
    """Rewrite a DOCX/XLSX zip with fixed timestamps and sorted-as-written members."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def set_core(doc, title):
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def new_doc(title, font="宋体", size=10.5):
    doc = Document()
    set_core(doc, title)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    return doc


def para(doc, text, bold=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold=False, center=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def grid(doc, rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def fix_pdf(path):
    """Make soffice's PDF stable: fixed dates and /ID, same byte lengths."""
    with open(path, "rb") as fh:
        data = fh.read()

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()D:\d{14}", lambda m: m.group(1) + b"D:20240101000000", data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]{19}",
                  lambda m: b"<xmp:" + m.group(1) + b">2024-01-01T00:00:00", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))),
                  data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]{32}", lambda m: m.group(0)[:-32] + b"0" * 32, data)
    data = re.sub(rb"(xmpMM:DocumentID>uuid:)[0-9a-f-]{36}", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    data = re.sub(rb"(xmpMM:InstanceID>uuid:)[0-9a-f-]{36}", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    with open(path, "wb") as fh:
        fh.write(data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
             "--outdir", outdir, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    fix_pdf(pdf)
    return pdf


# --------------------------------------------------------------------------------------
# 1. XLSX: laboratory evaluation indicator table
# --------------------------------------------------------------------------------------
def build_lab(path):
    wb = Workbook()
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.title = LAB_TITLE
    ws = wb.active
    ws.title = "考评指标"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")

    ws.merge_cells("A1:G1")
    ws["A1"] = LAB_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = center
    for j, h in enumerate(LAB_HEAD, start=1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = center
    r = 3
    first = r
    for l2, w2, rows in LAB_ROWS:
        start = r
        for name, w, desc in rows:
            ws.cell(row=r, column=4, value=name)
            ws.cell(row=r, column=5, value=w)
            ws.cell(row=r, column=6, value=desc)
            # 分数 column left empty, as on the page
            r += 1
        ws.cell(row=start, column=2, value=l2)
        ws.cell(row=start, column=3, value=w2)
        if r - 1 > start:
            ws.merge_cells(start_row=start, end_row=r - 1, start_column=2, end_column=2)
            ws.merge_cells(start_row=start, end_row=r - 1, start_column=3, end_column=3)
    ws.cell(row=first, column=1, value=LAB_L1)
    ws.merge_cells(start_row=first, end_row=r - 1, start_column=1, end_column=1)
    for row in ws.iter_rows(min_row=2, max_row=r - 1, min_col=1, max_col=7):
        for c in row:
            c.border = border
            if c.column in (1, 2, 3, 5, 7):
                c.alignment = center
            else:
                c.alignment = wrap
    widths = {"A": 12, "B": 18, "C": 6, "D": 38, "E": 6, "F": 60, "G": 6}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.row_dimensions[1].height = 24
    ws.row_dimensions[2].height = 18
    for rr in range(3, r):
        desc = ws.cell(row=rr, column=6).value or ""
        lines = max(1, -(-len(desc) // 27))
        ws.row_dimensions[rr].height = 15 * lines + 4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)
    normalize_zip(path)


# --------------------------------------------------------------------------------------
# 2. DOCX: Chongqing evaluation report form (traditional characters)
# --------------------------------------------------------------------------------------
def build_cq(path):
    doc = new_doc(CQ_TITLE, font="宋体")
    para(doc, CQ_TITLE, bold=True, size=16, align="center")
    for line in CQ_COVER:
        para(doc, line)
    para(doc, CQ_MAKER, align="center")
    para(doc, "一、項目基本情況", bold=True)

    t = grid(doc, 12, 4)
    rows = [
        ["項目名稱", "", "", ""],
        ["項目承擔單位", "", "主管部門(單位)", ""],
        ["項目負責人姓名:性別:職務:聯系電話:", None, None, None],
        ["預算科目類別", "1.應用技術研究與開發資金□ 2.自然科學基金□\n3.科學事業費□ 4.其他□", None, None],
        ["項目類別", "1.重大項目 □   2.重點項目 □  3.一般項目 □", None, None],
        ["項目起止時間", "開始時間年 月 日", "截止時間年 月 日", None],
        ["項目資金來源及運用情況", None, None, None],
        ["", "項目總投入金額(萬元)", "項目實際到位金額(萬元)", "項目實際支出金額(萬元)"],
        ["總 計", "", "", ""],
        ["其中:市財政撥款", "", "", ""],
        ["其他資金", "", "", ""],
        ["地方財政撥款", "", "", ""],
    ]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is not None:
                cell_text(t.cell(i, j), val)
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(2, 0).merge(t.cell(2, 3))
    t.cell(3, 1).merge(t.cell(3, 3))
    t.cell(4, 1).merge(t.cell(4, 3))
    t.cell(5, 2).merge(t.cell(5, 3))
    t.cell(6, 0).merge(t.cell(6, 3))

    t2 = grid(doc, 1, 2)
    cell_text(t2.cell(0, 0), "項目概況")
    t2.cell(0, 1).text = ""

    para(doc, "")
    para(doc, "二、業務考評(60分)", bold=True)
    t3 = grid(doc, 2, 6)
    head = ["業務考評指標", "該項分值", "考評得分", "業務考評指標", "該項分值", "考評得分"]
    for j, h in enumerate(head):
        cell_text(t3.cell(0, j), h, bold=True, center=True)
    cell_text(t3.cell(1, 0), CQ_L_NAME)
    cell_text(t3.cell(1, 1), CQ_L_VAL, center=True)
    cell_text(t3.cell(1, 2), "")
    cell_text(t3.cell(1, 3), CQ_R_NAME)
    cell_text(t3.cell(1, 4), "")
    cell_text(t3.cell(1, 5), "")
    t3.autofit = False
    ws_cm = [5.6, 1.8, 1.6, 5.6, 1.8, 1.6]
    for gc, w in zip(t3._tbl.tblGrid.findall(qn("w:gridCol")), ws_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for j, w in enumerate(ws_cm):
        for i in range(2):
            t3.cell(i, j).width = Cm(w)
    doc.save(path)
    normalize_zip(path)


# --------------------------------------------------------------------------------------
# 3. DOCX: Lu'an target declaration form
# --------------------------------------------------------------------------------------
def build_luan(path):
    doc = new_doc(LUAN_PAGE_TITLE)
    para(doc, LUAN_PAGE_TITLE, bold=True, size=13, align="center")
    para(doc, LUAN_META)
    para(doc, "字号:")
    para(doc, "项目支出绩效目标申报表", bold=True, size=15, align="center")
    para(doc, "(  2024  年度)", align="center")
    para(doc, "项目责任人(签字):                                  单位(盖章):")

    t = grid(doc, 9, 5)
    # row 0
    cell_text(t.cell(0, 0), "项目名称")
    cell_text(t.cell(0, 1), "保障运转类-六安市农业技术推广工作经费")
    # row 1
    cell_text(t.cell(1, 0), "主管部门及代码")
    cell_text(t.cell(1, 1), "[066]六安市农业农村局")
    cell_text(t.cell(1, 3), "实施单位")
    cell_text(t.cell(1, 4), "六安市农业农村局")
    # row 2
    cell_text(t.cell(2, 0), "项目属性")
    cell_text(t.cell(2, 1), "常年项目")
    cell_text(t.cell(2, 3), "项目期")
    cell_text(t.cell(2, 4), " 3年 ")
    # rows 3-5 money block, two halves side by side
    cell_text(t.cell(3, 0), "项目资金\n(万元)")
    cell_text(t.cell(3, 1), "中期资金总额:")
    cell_text(t.cell(3, 2), "39.96")
    cell_text(t.cell(3, 3), "年度资金总额:")
    cell_text(t.cell(3, 4), "21.22")
    cell_text(t.cell(4, 1), "其中:财政拨款")
    cell_text(t.cell(4, 2), "39.96")
    cell_text(t.cell(4, 3), "其中:财政拨款")
    cell_text(t.cell(4, 4), "21.22")
    cell_text(t.cell(5, 1), "其他资金")
    cell_text(t.cell(5, 2), "0.00")
    cell_text(t.cell(5, 3), "其他资金")
    cell_text(t.cell(5, 4), "0.00")
    # rows 6-7 goals
    cell_text(t.cell(6, 0), "总 体 目 标")
    cell_text(t.cell(6, 1), "中期目标(2024年—2026年)", center=True)
    cell_text(t.cell(6, 3), "年度目标", center=True)
    cell_text(t.cell(7, 1), LUAN_GOAL_MID)
    cell_text(t.cell(7, 3), LUAN_GOAL_YEAR)
    # row 8: the page stops here (nothing more is known)
    cell_text(t.cell(8, 0), "")
    # merges
    t.cell(0, 1).merge(t.cell(0, 4))
    t.cell(1, 1).merge(t.cell(1, 2))
    t.cell(2, 1).merge(t.cell(2, 2))
    t.cell(3, 0).merge(t.cell(5, 0))
    t.cell(6, 0).merge(t.cell(7, 0))
    t.cell(6, 1).merge(t.cell(6, 2))
    t.cell(6, 3).merge(t.cell(6, 4))
    t.cell(7, 1).merge(t.cell(7, 2))
    t.cell(7, 3).merge(t.cell(7, 4))
    t.cell(8, 0).merge(t.cell(8, 4))
    doc.save(path)
    normalize_zip(path)


# --------------------------------------------------------------------------------------
# 4. DOCX: Yongding library self-evaluation report (prose)
# --------------------------------------------------------------------------------------
def build_lib(path):
    doc = new_doc(LIB_TITLE, font="仿宋", size=12)
    para(doc, LIB_UNIT, align="center")
    para(doc, LIB_TITLE, bold=True, size=16, align="center")
    para(doc, "一、项目概况", bold=True)
    para(doc, LIB_P1)
    para(doc, "二、项目实施基本情况", bold=True)
    para(doc, "(一)项目组织管理情况")
    para(doc, LIB_P_ORG)
    para(doc, "(二)项目财务管理状况")
    para(doc, LIB_P_FIN)
    para(doc, "三、评价过程及绩效分析", bold=True)
    para(doc, LIB_P_EVAL)
    for line, _ in LIB_SCORES:
        para(doc, line)
    doc.save(path)
    normalize_zip(path)


# --------------------------------------------------------------------------------------
def check_gold_in_pdf():
    """Every indicator name, target text, goal text and finding item must be in the PDF text."""
    bad = []
    for fname in GOLD:
        pdf = os.path.join(HERE, os.path.splitext(fname)[0] + ".pdf")
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
        txt2 = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        txt3 = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
        hay = [re.sub(r"\s+", "", t) for t in (txt, txt2, txt3)]
        g = json.load(open(os.path.join(ANN, os.path.basename(pdf) + ".json"), encoding="utf-8"))
        needles = []
        for i in g["indicators"]:
            needles.append(i["name"])
            if i["target_text"]:
                needles.append(i["target_text"])
        needles += [x["text"] for x in g["goals"]]
        needles += [x["item"] for x in g["findings"]]
        for n in needles:
            nn = re.sub(r"\s+", "", n)
            if not any(nn in h for h in hay):
                bad.append((fname, n[:40]))
    return bad


def main():
    write_gold()  # gold first
    builders = {F_LAB: build_lab, F_CQ: build_cq, F_LUAN: build_luan, F_LIB: build_lib}
    for fname, fn in builders.items():
        path = os.path.join(HERE, fname)
        fn(path)
        to_pdf(path)
        print("built", fname)
    bad = check_gold_in_pdf()
    if bad:
        for b in bad:
            print("NOT IN PDF:", b)
        sys.exit(1)
    print("gold check: all indicator names, goal texts and finding items found in the PDFs")


if __name__ == "__main__":
    main()
