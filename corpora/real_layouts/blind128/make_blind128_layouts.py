#!/usr/bin/env python3
"""blind128: code-blind real-layout documents for jixiao (mass organisations / social bodies).

Written by an annotator who has not read the toolkit's code.  Each document reproduces the
beginning of one stored public web page (the stored copy stops where the document stops).
The gold annotations are defined in this file, above the document builders, and are written
before any document is generated.

Run:  /tmp/venv/bin/python make_blind128_layouts.py
Outputs (next to this script): *.docx / *.xlsx, their PDFs (LibreOffice), annotations/*.json
"""
import datetime as _dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = _dt.datetime(2024, 1, 1, 0, 0, 0)
AUTHOR = "blind128 annotator"

# ---------------------------------------------------------------------------
# File names
# ---------------------------------------------------------------------------
F1 = "hunan-datonghu-chizheng-canjiren-diaocha-zipingjifenbiao"
F2 = "hubei-ezhou-kejiguan-kepu-zhanjiao-shenbaobiao"
F3 = "yunnan-xishan-boai-jiayuan-zhixing-baogao"

URL1 = "http://dth.yiyang.gov.cn/30176/30223/content_1487589.html"
URL2 = "http://www.proxypass.net/archive/1450.html"
URL3 = "https://www.ynredcross.cn/xsq/article.jsp?id=13581&itemId=205"


def ind(level1, level2, name, weight, score):
    """Evaluation-frame row: no target value, no actual; weight from '(n分)', score from 自评分."""
    return {"level1": level1, "level2": level2, "name": name, "operator": None, "value": None,
            "unit": None, "target_text": None, "actual": None, "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written first)
# ---------------------------------------------------------------------------
GOLD = {
    F1: {
        "source_urls": [URL1],
        "province": "湖南",
        "doc_kind": "项目支出绩效自评指标计分表",
        "patterns": [1, 5],
        "indicators": [
            ind("项目决策", "决策过程", "决策依据", 4, 4),
            ind("项目决策", "决策过程", "决策程序", 4, 4),
            ind("项目决策", "资金分配", "分配办法", 3, 3),
            ind("项目决策", "资金分配", "分配结果", 4, 4),
            ind("项目管理", "资金到位", "到位率", 3, 3),
            ind("项目管理", "资金到位", "到位时效", 2, 2),
            ind("项目管理", "资金管理", "资金使用", 7, 7),
            ind("项目管理", "资金管理", "财务管理", 3, 3),
        ],
        "goals": [],
        "facts": [
            {"metric": "项目决策分值", "kind": "sum", "total": 15, "parts": [8, 7], "unit": "分"},
            {"metric": "决策过程分值", "kind": "sum", "total": 8, "parts": [4, 4], "unit": "分"},
            {"metric": "资金分配分值", "kind": "sum", "total": 7, "parts": [3, 4], "unit": "分"},
            {"metric": "资金到位分值", "kind": "sum", "total": 5, "parts": [3, 2], "unit": "分"},
            {"metric": "资金管理分值", "kind": "sum", "total": 10, "parts": [7, 3], "unit": "分"},
            {"metric": "决策依据评价标准分值", "kind": "sum", "total": 4, "parts": [1, 1, 1, 1], "unit": "分"},
            {"metric": "决策程序评价标准分值", "kind": "sum", "total": 4, "parts": [2, 1, 1], "unit": "分"},
            {"metric": "分配办法评价标准分值", "kind": "sum", "total": 3, "parts": [1, 1, 1], "unit": "分"},
            {"metric": "分配结果评价标准分值", "kind": "sum", "total": 4, "parts": [2, 2], "unit": "分"},
        ],
        "findings": [],
        "notes": (
            "Stored page (dth.yiyang.gov.cn = 益阳市大通湖区 site) holds only the beginning of 附件7: the "
            "10号-style evaluation scoring table (项目决策 / 项目管理 …). It stops inside the 财务管理 row: "
            "its 评价标准 cell reads only '财务' and its 得分 cell is absent; everything after (rest of 项目管理 "
            "worth 25分, and any 产出/效益 block) is missing. Kept as found: page title says '2021年预算绩效自评' "
            "while the table title says '2020年项目支出绩效自评指标计分表'; labels written with spaces "
            "('项 目 决 策 (15分)', '决策 依据 (4分)'); the scores stand in a column headed '自评分' while the "
            "last column '得分' is empty on every row; blank spacer rows between the 二级 groups. "
            "Judgement calls: this is an evaluation frame, not a target table, so rows carry no target value: "
            "operator/value/unit/target_text/actual are null (the '具体指标' cell is a definition or formula, "
            "the '评价标准' cell a scoring rule); weight = the '(n分)' in the 三级 label, score = 自评分. "
            "The 财务管理 row is kept as an indicator (its label, weight 3 and 自评分 3 are present). "
            "Facts: the 一级/二级 point labels add up (15=8+7, 8=4+4, 7=3+4, 5=3+2, 10=7+3) and each row's "
            "评价标准 sub-points add up to its weight where the criteria give points; 项目管理(25分) is not a fact "
            "because its rows are cut (visible 5+10=15 is not a defect). 到位时效's criteria are alternative "
            "levels (2/1/0.5), not parts. No findings: nothing checkable is wrong in what is stored; the "
            "organisation (presumably the district 残联) is not named in the stored text."
        ),
    },
    F2: {
        "source_urls": [URL2],
        "province": "湖北",
        "doc_kind": "项目支出绩效目标申报表",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page is a mirror (proxypass.net) of a 鄂州市科学技术馆 form, converted by the mirror to "
            "traditional characters with pinyin glosses inserted (e.g. '延續(xù)性'). Judgement call: the "
            "document is written back in simplified characters and the mirror's pinyin glosses are dropped; "
            "nothing else changed. The stored copy stops inside the 立项依据 cell ('依托“中国空'), before any "
            "goal or indicator block, so indicators/goals/facts are empty (项目预算 63 万元 has no parts). "
            "Kept as found: header line '申报单位:…' with '金额单位:万元' at the right; 项目类型 and 资金性质 "
            "offered as checkbox lists with no box ticked; the en-dash '2021-2025年' in one plan title and the "
            "em-dash '2021—2025年' in the other. The long quoted plan passages are paraphrased, keeping the "
            "document numbers (科协发普字〔2021〕52号, 〔2021〕56号), section and article numbers. Year of the form is "
            "not stated in the stored text (it cites 2021–2025 plans). No findings: the indicator part is "
            "missing because the page copy stops, which is not a defect of the document."
        ),
    },
    F3: {
        "source_urls": [URL3],
        "province": "云南",
        "doc_kind": "项目执行情况报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "博爱家园项目预算总金额", "kind": "sum", "total": 10, "parts": [10, 0.05], "unit": "万元"},
            {"metric": "博爱家园项目实际支出金额", "kind": "sum", "total": 9.04, "parts": [9.04], "unit": "万元"},
            {"metric": "合计支出", "kind": "sum", "total": 9.04, "parts": [9.04], "unit": "万元"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "博爱家园项目预算总金额",
             "why": "总金额10万元, but its parts 硬件建设10万元 + 项目执行费0.05万元 = 10.05万元"},
        ],
        "notes": (
            "Stored page (云南省红十字会 site, 西山区 column 'xsq') is a 博爱家园 project report of 永兴路社区 "
            "under 昆明市西山区红十字会, year 2022 (dates in text). The stored copy starts at '一、项目概述' (no "
            "title is stored, so none is invented) and stops in '2.项目督导情况' at '确保项目按计'. Kept as "
            "found: headings '( 一 ) 项目预算资金' with inner spaces; '9.04万元 。' with a space before the stop; "
            "the date typo '2022年月6日' (month missing); '人道、博爱 、奉献' spacing; 项目执行费 given once as "
            "0.05万元 and once as 500元 (consistent after unit conversion, so no finding). Narrative sentences "
            "paraphrased, money sentences kept verbatim. Judgement calls: no goal or indicator is stated in the "
            "stored part (项目概述 lists activities, not targets), so goals/indicators are empty; the budget "
            "sentence is the only checkable defect (parts exceed the total). Under-spending (9.04 of 10万元) is "
            "not flagged as a missing deviation reason because the page stops before any assessment section."
        ),
    },
}

# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and a stable member order."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        ordered = [n for n in names if n == "[Content_Types].xml"] + [n for n in names if n != "[Content_Types].xml"]
        for n in ordered:
            data = zin.read(n)
            if n == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(n, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def normalise_pdf(path):
    """Same-length replacement of dates and document ids so xref offsets stay valid."""
    with open(path, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"D:\d{14}", b"D:20240101000000", data)
    data = re.sub(rb"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)", b"2024-01-01T00:00:00", data)

    def zero_hex(m):
        return b"<" + b"0" * (len(m.group(1))) + b">"
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: b"/ID [<" + b"0" * len(m.group(1)) + b"><" + b"0" * len(m.group(2)) + b">]", data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    with open(path, "wb") as fh:
        fh.write(data)


def to_pdf(path):
    outdir = os.path.dirname(path)
    profile = tempfile.mkdtemp(prefix="lo_blind128_")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1704067200", TZ="UTC")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    shutil.rmtree(profile, ignore_errors=True)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalise_pdf(pdf)
    return pdf


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    exts = {F1: ["docx"], F2: ["xlsx"], F3: ["docx"]}
    for base, g in GOLD.items():
        for ext in exts[base] + ["pdf"]:
            rec = {"source": f"{base}.{ext}"}
            rec.update(g)
            with open(os.path.join(ANN, f"{base}.{ext}.json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=2)
                fh.write("\n")


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
from docx import Document                      # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.enum.section import WD_ORIENT        # noqa: E402
from docx.oxml.ns import qn                    # noqa: E402
from docx.shared import Pt, Cm                 # noqa: E402


def new_doc(title, landscape=False):
    d = Document()
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
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


def cell_text(cell, text, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# Document 1: 湖南 益阳市大通湖区 — 持证残疾人基本状况调查 自评指标计分表 (DOCX)
# ---------------------------------------------------------------------------

def build_doc1():
    d = new_doc("持证残疾人基本状况调查2021年预算绩效自评", landscape=True)
    para(d, "持证残疾人基本状况调查2021年预算绩效自评", bold=True, center=True, size=14)
    para(d, "附件7")
    para(d, "2020年项目支出绩效自评指标计分表", bold=True, center=True, size=13)
    header = ["一级 指标", "二级 指标", "三级 指标", "自评分", "具体指标", "评价标准", "得分"]
    # rows: (l1, l2, l3, self_score, spec, standard, score); None = blank spacer row
    rows = [
        ("项 目 决 策 (15分)", "决策 过程 (8分)", "决策 依据 (4分)", "4",
         "有关法律法规的明确规定;某一经济社会发展规划;某部门年度工作计划;某一实际问题和需求",
         "符合法律法规(1分) 符合经济社会发展规划(1分) 部门年度工作计划(1分) 针对某一实际问题和需求(1分)", ""),
        ("", "", "决策 程序 (4分)", "4",
         "项目符合申报条件;申报、批复程序符合相关管理办法;项目调整履行了相应手续",
         "符合申报条件(2分) 项目申报、批复程序符合管理办法(1分) 项目调整履行了相应手续(1分)", ""),
        None,
        ("", "资金 分配 (7分)", "分配 办法 (3分)", "3",
         "根据需要制定的相关资金管理办法;管理办法中有明确资金分配办法;资金分配因素全面、合理",
         "有相应的资金管理办法(1分) 办法健全、规范(1分) 因素全面合理(1分)", ""),
        ("", "", "分配 结果 (4分)", "4",
         "资金分配符合相关管理办法;分配结果公平合理",
         "符合分配办法(2分) 分配公平合理(2分)", ""),
        None,
        ("项 目 管 理 (25分)", "资金 到位 (5分)", "到位率 (3分)", "3",
         "实际到位/计划到位*100%", "根据项目资金的实际到位率计算得分", ""),
        ("", "", "到位 时效 (2分)", "2",
         "资金及时到位;若未及时到位,是否影响项目进度",
         "到位及时(2分) 不及时但未影响项目进度(1分) 不及时并影响项目进度(0.5分)", ""),
        None,
        ("", "资金 管理 (10分)", "资金 使用 (7分)", "7",
         "支出依据合规,无虚列项目支出情况;无截留挤占挪用情况;无超标准开支情况;无超预算情况",
         "虚列套取扣4-7分 依据不合规扣2分 截留、挤占、挪用扣3-6分 超标准开支扣2-5分 超预算扣2-5分", ""),
        ("", "", "财务 管理 (3分)", "3",
         "资金管理、费用支出等制度健全;制度执行严格;会计核算规范",
         "财务", ""),   # stored page stops here
    ]
    t = d.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    widths = [Cm(2.2), Cm(2.4), Cm(2.6), Cm(1.4), Cm(7.6), Cm(8.0), Cm(1.6)]
    for i, h in enumerate(header):
        cell_text(t.cell(0, i), h)
    for ri, row in enumerate(rows, start=1):
        if row is None:
            continue
        for ci, v in enumerate(row):
            if v:
                cell_text(t.cell(ri, ci), v)
    t.autofit = False
    for ci, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[ci].twips)))
    for r in t.rows:
        for ci, w in enumerate(widths):
            r.cells[ci].width = w
    # merges: 一级 blocks (rows 1-6, 7-11); 二级 pairs
    t.cell(1, 0).merge(t.cell(6, 0))
    t.cell(7, 0).merge(t.cell(11, 0))
    for a, b in [(1, 2), (4, 5), (7, 8), (10, 11)]:
        t.cell(a, 1).merge(t.cell(b, 1))
    out = os.path.join(HERE, F1 + ".docx")
    d.save(out)
    normalise_zip(out)
    return out


# ---------------------------------------------------------------------------
# Document 2: 湖北 鄂州市科学技术馆 — 项目支出绩效目标申报表 (XLSX)
# ---------------------------------------------------------------------------

def build_doc2():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "申报表"
    p = wb.properties
    p.creator = AUTHOR
    p.lastModifiedBy = AUTHOR
    p.title = "项目支出绩效目标申报表"
    p.created = FIXED_DT
    p.modified = FIXED_DT
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFG", [12, 14, 12, 16, 16, 16, 16]):
        ws.column_dimensions[col].width = w

    basis = (
        "1.《中国科协科普发展规划(2021-2025年)》科协发普字〔2021〕52号:①第三节、重点工程——第2条科普基础设施工程——"
        "发挥科技馆在科普服务资源、队伍和平台方面的优势,以实体科技馆为依托,统筹流动科技馆、科普大篷车、农村中学科技馆和"
        "数字科技馆协同发展,提升展览与体验服务质量,组织科技志愿服务。②第三节、重点工程——第4条.基层科普服务能力提升工程——"
        "广泛开展群众性示范科普活动,持续打造全国科普日活动平台,动员全国学会、地方科协和社会各界开展科技活动周、防灾减灾日、"
        "食品安全宣传周、全国低碳日等主题活动,增进公众对科技发展的了解和支持,营造崇尚创新和科学理性的社会氛围。 "
        "2.《现代科技馆体系发展“十四五”规划(2021—2025年)》科协发普字〔2021〕56号:①第一节、序言——针对我国科技馆发展"
        "不平衡不充分的问题,提出建设现代科技馆体系;面向“十四五”,现代科技馆体系(简称科技馆体系)以实体科技馆为依托,统筹"
        "流动科技馆、科普大篷车、农村中学科技馆、数字科技馆等协同发展②第三节、重点任务——(二)强化全国科技馆联动共享——"
        "开展活动连接。依托“中国空"
    )
    cells = [
        ("A1", "项目支出绩效目标申报表", "A1:G1"),
        ("A2", "申报单位:鄂州市科学技术馆", "A2:E2"),
        ("F2", "金额单位:万元", "F2:G2"),
        ("A3", "项目名称", None),
        ("B3", "科普展教及运营维护", "B3:G3"),
        ("A4", "项目预算", None),
        ("B4", 63, None),
        ("C4", "项目类型", None),
        ("D4", "□ 常年性项目 □ 延续性项目 □ 一次性项目", "D4:G4"),
        ("A5", "资金性质", None),
        ("B5", "□ 经费拨款 □ 非税收入 □ 政府性基金 □ 国有资本经营收入 □ 社会保险基金", "B5:G5"),
        ("A6", "立项依据", None),
        ("B6", basis, "B6:G6"),
    ]
    for ref, val, rng in cells:
        ws[ref] = val
        if rng:
            ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=1, max_row=6, min_col=1, max_col=7):
        for c in row:
            c.alignment = wrap
            c.font = Font(name="Noto Serif CJK SC", size=10)
            if c.row >= 3:
                c.border = box
    ws["A1"].font = Font(name="Noto Serif CJK SC", size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws["F2"].alignment = Alignment(horizontal="right", vertical="center")
    ws.row_dimensions[1].height = 28
    ws.row_dimensions[6].height = 170
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    out = os.path.join(HERE, F2 + ".xlsx")
    wb.save(out)
    normalise_zip(out)
    return out


# ---------------------------------------------------------------------------
# Document 3: 云南 昆明市西山区红十字会 — 永兴路社区博爱家园项目 (DOCX, prose)
# ---------------------------------------------------------------------------

def build_doc3():
    d = new_doc("博爱家园项目执行情况")
    lines = [
        ("h", "一、项目概述"),
        ("p", "永兴路社区秉持“人道、博爱、奉献”的红十字精神,借助专题讲座、宣传栏、布标横幅、LED大屏和微信公众号等宣传方式,"
              "并不定期组织红十字志愿者服务活动,为辖区居民提供医疗保健咨询和定向人道服务,普及献血捐髓、遗体捐献以及卫生救护、"
              "健康保健等知识;假期里还为青少年开办救护技能培训,帮助未成年人掌握自救互救技能。"),
        ("h", "二、项目资金概述"),
        ("h2", "( 一 ) 项目预算资金"),
        ("p", "博爱家园项目预算总金额10万元,其中硬件建设10万元,项目执行费0.05万元。"),
        ("h2", "( 二 ) 项目资金实际支出"),
        ("p", "博爱家园项目实际支出金额9.04万元,其中硬件建设9.04万元 。"),
        ("h2", "( 三 ) 项目执行费收支情况"),
        ("p", "收到项目执行费500元,已支出500元。"),
        ("h", "三、项目执行情况"),
        ("h2", "(一)组织保障"),
        ("p", "为保证项目顺利推进,组建了项目领导小组:西山区红十字会常务副会长任组长,永兴路社区书记任副组长,其余工作人员"
              "为成员,并明确了职责分工,为博爱家园项目的实施提供组织保障。"),
        ("h2", "(二)项目实施周期"),
        ("p", "硬件建设于2022年月6日启动建设,于2022年11月竣工。"),
        ("h2", "(三) 项目执行及督导"),
        ("p", "1.项目执行情况"),
        ("p", "合计支出9.04万元:硬件建设结算,实际支出9.04万元。"),
        ("p", "(1)开展应急救护、卫生健康、防灾减灾等知识培训。"),
        ("p", "(2)组织发展。建设红十字救护站, 组建红十字志愿服务队,开展志愿服务和志愿者培训等。"),
        ("p", "(3)项目宣传及展示:制作红十字会运动基本知识、卫生健康、常见意外伤害、创伤急救等户外宣传专栏和红十字文化墙,"
              "公开展示并宣传红十字“人道、博爱 、奉献”精神;"),
        ("p", "2.项目督导情况"),
        ("p", "向昆明市红十字会报告项目进度以及实施中遇到的困难和问题。昆明市红十字会不定期对项目进度和工程质量开展监督、检查,"
              "确保项目按计"),
    ]
    for kind, text in lines:
        if kind == "h":
            para(d, text, bold=True, size=12)
        elif kind == "h2":
            para(d, text, bold=True)
        else:
            p = para(d, text)
            p.paragraph_format.first_line_indent = Pt(21)
    out = os.path.join(HERE, F3 + ".docx")
    d.save(out)
    normalise_zip(out)
    return out


# ---------------------------------------------------------------------------
# Check: gold strings present in the PDF text (whitespace ignored)
# ---------------------------------------------------------------------------

def check_pdf(base, pdf):
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", txt)
    g = GOLD[base]
    wanted = []
    for i in g["indicators"]:
        wanted += [i["name"]] + ([i["target_text"]] if i["target_text"] else [])
        wanted += [x for x in (i["level1"], i["level2"]) if x]
    wanted += [x["text"] for x in g["goals"]]
    wanted += [x["item"] for x in g["findings"]]
    missing = [w for w in wanted if re.sub(r"\s+", "", w) not in flat]
    if missing:
        # pdftotext may interleave table columns; retry without -layout
        txt2 = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        flat2 = re.sub(r"\s+", "", txt2)
        missing = [w for w in missing if re.sub(r"\s+", "", w) not in flat2]
    return missing


def main():
    write_gold()                       # gold first
    outs = {F1: build_doc1(), F2: build_doc2(), F3: build_doc3()}
    bad = False
    for base, path in outs.items():
        pdf = to_pdf(path)
        miss = check_pdf(base, pdf)
        print(f"{os.path.basename(path)} -> {os.path.basename(pdf)}; gold strings missing in PDF: {miss or 'none'}")
        bad |= bool(miss)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
