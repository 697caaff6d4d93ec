# -*- coding: utf-8 -*-
"""blind154: government purchase of services / cost budget performance layouts.

Gold first (as Python data), then builders (python-docx), PDF export with
LibreOffice, annotations and a pdftotext check.  Run with /tmp/venv/bin/python.
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind154"

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------
URL_DG = "https://pdfslide.net/documents/oeeece-czjdggovcnczjdggovcnattachment01717817.html"
URL_SG = "https://m.31ppt.com/p-7086187.html"
URL_DE = "https://m.desk33.com/p-131840.html"
URL_CB = "https://www.rcgz.com.cn/a/235842.html"

# --- doc 1: Dongguan, purchase of social-work posts, evaluation report (prose)
DG_FILE = "guangdong-dongguan-shegonggangwei-pingjiabaogao"
GOLD_DG = {
    "source_urls": [URL_DG],
    "province": "广东省",
    "doc_kind": "绩效评价报告",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "绩效评价得分", "kind": "grade", "total": 76.5, "grade": "中等",
         "unit": "分", "note": "76.5 lies in 中 (60-80): consistent"},
    ],
    "findings": [],
    "notes": ("Cover page of the Dongguan 2016-2018 团市委 购买社工岗位服务经费 evaluation report and the "
              "start of its 摘要; the stored page (pdfslide preview) stops inside the first 摘要 paragraph on "
              "outputs ('岗位'), so the sentence is left cut. Prose only: no indicator rows and no stated goal. "
              "The 摘要 paragraphs are rewritten in my own words keeping every number, document number and name; "
              "the grade sentence and the output sentence are kept verbatim. Blank 报告编号 and 盖章 lines kept."),
}

# --- doc 2: social-work service project evaluation index (score table)
SG_FILE = "weizhi-shegong-fuwu-pinggu-zhibiao"
SG_ROWS = [
    # (评估内容 text without points, points, 评估标准, 需提供材料)
    ("按服务开展需要配备服务设施,场地日常运作指引清晰,张贴并落实场地使用规则,场地布置能体现社工元素。", 2,
     "本项为组合分: 按服务开展需要配备服务设施,得0.5分; 场地日常运作指引清晰,得0.5分; 张贴场地使用规则并落实执行,得1分。",
     "场地使用规则、场室指引图等"),
    ("安全生产,场地配备符合标准的消防设施和器材(灭火筒、应急灯、逃生指引等),按要求开展消防演练和消防设施检测。", 1,
     "本项为组合分:场地配合符合标准的消防设施和器材(灭火筒、应急灯、逃生指引等),得0.5分;按要求开展消防演练和消防设施检测,得0.5分。",
     "消防演练记录、场室安全制度、消防器材等"),
    ("硬件设施保养及维护。", 1,
     "大部分功能器材及功能室有日常使用记录,坏损率不超过30%,得1分。",
     "功能室使用记录、固定资产登记表"),
    ("明确社工主要工作、服务对象、服务内容。", 4, "本项为程度分:社", ""),
]
GOLD_SG = {
    "source_urls": [URL_SG],
    "province": None,
    "doc_kind": "社工服务项目服务评估指标(评分表)",
    "patterns": [1, 5, 6, 8],
    "indicators": [
        {"level1": "运作模式(31)", "level2": "硬件设施(4分)", "name": SG_ROWS[0][0], "operator": None,
         "value": None, "unit": None, "target_text": None, "actual": None, "weight": 2, "score": None},
        {"level1": "运作模式(31)", "level2": "硬件设施(4分)", "name": SG_ROWS[1][0], "operator": None,
         "value": None, "unit": None, "target_text": None, "actual": None, "weight": 1, "score": None},
        {"level1": "运作模式(31)", "level2": "硬件设施(4分)", "name": SG_ROWS[2][0], "operator": None,
         "value": None, "unit": None, "target_text": None, "actual": None, "weight": 1, "score": None},
        {"level1": "运作模式(31)", "level2": "服务形式(10分)", "name": SG_ROWS[3][0], "operator": None,
         "value": None, "unit": None, "target_text": None, "actual": None, "weight": 4, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "硬件设施(4分)", "kind": "sum", "total": 4, "parts": [2, 1, 1], "unit": "分",
         "note": "consistent"},
    ],
    "findings": [],
    "notes": ("Evaluation index for a purchased social-work service project (政府购买社会工作服务 evaluation), a "
              "DOCX template shared on 31ppt; no province or organisation is named (the word 灭火筒 hints at "
              "Guangdong but that is not stated, so province is null). The stored page stops inside the scoring "
              "rule of the fourth row ('本项为程度分:社'), so only 4 criteria rows of 运作模式(31) exist; the "
              "31-point total of 运作模式 cannot be checked. The points sit inside the 评估内容 cell ('(2分)'), "
              "weight is taken from there; 评分 column is blank (template), so score is null. 评估标准 holds "
              "scoring rules, not target values: target_text null. Row 1's 评估内容 and 评估标准 are lightly "
              "reworded; the other cells are kept as written, including the slip '场地配合' in row 2."),
}

# --- doc 3: cost budget performance: expenditure quota standard table (Beijing template)
DE_FILE = "beijing-shiji-chengben-zhichu-dingebiaozhunbiao"
DE_ROWS = [
    # 序号, 分档, 原单位, 原值, 新单位, 新值
    ("1", "一线运动员", "元/人/年", "3xxxx.XX", "元/人/年", "3xxxx.XX"),
    ("2", "二线运动员", "元/人/年", "2xxxx.XX", "元/人/年", "2xxxx.XX"),
    ("3", "一线教练员", "元/人/在", "1XXXX.XX", "元/人/年", "1.xxxx.XX"),
    ("4", "二线教练员", "元/人/年", "1XXXX.XX", "元/人/年", "1.xxxx.XX"),
    ("5", "一般运动项目", "元/人/年", "3xxx.XX", "元/人/年", "3xxx.XX"),
    ("6", "高尔夫项目", "元/人/隼", "7xxx.XX", "元/人/任", "6xxx.XX"),
    ("7", "射击项目", "元/人/年", "4xxx.XX", "元/人/年", "5xxx.XX"),
]
GOLD_DE = {
    "source_urls": [URL_DE],
    "province": "北京市",
    "doc_kind": "成本预算绩效分析支出定额标准表",
    "patterns": [5, 6, 8],
    "indicators": [
        {"level1": None, "level2": None, "name": r[1], "operator": None, "value": None, "unit": r[4],
         "target_text": r[5], "actual": None, "weight": None, "score": None}
        for r in DE_ROWS
    ],
    "goals": [],
    "facts": [],
    "findings": (
        [{"rule": "target.placeholder", "item": r[1],
          "why": "新支出标准值 '%s' is a template placeholder, not a number" % r[5]} for r in DE_ROWS]
        + [{"rule": "target.missing_unit", "item": "高尔夫项目",
            "why": "unit written '元/人/任' (garbled 元/人/年) is not a standard unit"}]
    ),
    "notes": ("附件1 of a 成本预算绩效分析报告模板 (DOCX on desk33): the 市级预算部门 支出定额标准表 with its worked "
              "example ('例:'). Province inferred as 北京市: the anonymised example units are 先农坛/木樨园/什刹海/"
              "芦城 sports schools, all in Beijing; the page itself writes only '某市'. The stored text is a "
              "flattened table, so cell positions were rebuilt by reading the broken lines column by column: "
              "主管部门 '某市市体育局' and 预算单位 merged over rows 1-7, 领域名称 '训练比赛经费' over rows 1-4 (rows "
              "5-7 left empty: no text survives for them), 支出成本明细 '运动队伙食费' over rows 1-4 and "
              "'运动服装费' over rows 5-7. Each row is one unit-cost standard (元/人/年) per 分档; I record the "
              "分档 as the indicator name and the 新支出标准 as its target; values are 'xxxx.XX' placeholders. "
              "The odd units '元/人/在', '元/人/隼' (原支出标准) and '元/人/任' (新支出标准) are kept as found. The "
              "page stops inside 备注 item 2 ('并将相应')."),
}

# --- doc 4: cost budget performance analysis report template
CB_FILE = "weizhi-chengben-yusuan-jixiao-fenxi-baogao-moban"
CB_INDIC = [("产出", "产出数量"), ("产出", "产出质量"), ("产出", "产出时效"),
            ("效益", "经济效益"), ("效益", "社会效益"), ("效益", "生态效益"), ("效益", "满意度")]
GOLD_CB = {
    "source_urls": [URL_CB],
    "province": None,
    "doc_kind": "成本预算绩效分析报告(模版)",
    "patterns": [1, 5, 8],
    "indicators": [
        {"level1": l1, "level2": l2, "name": "……", "operator": None, "value": None, "unit": None,
         "target_text": None, "actual": None, "weight": None, "score": None}
        for l1, l2 in CB_INDIC
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.placeholder", "item": "……",
         "why": "绩效分析表 row %s/%s: 三级 name is the placeholder '……' and 标杆值/完成值 are empty" % (l1, l2)}
        for l1, l2 in CB_INDIC
    ],
    "notes": ("Outline of a 成本预算绩效分析报告模版 as posted on rcgz.com.cn (2024-03-13); no issuing finance "
              "bureau or province is named (the same family of templates is used by Beijing municipal "
              "成本预算绩效分析, but this page does not say so: province null). Holds three tables: 绩效分析表 "
              "(一级/二级/三级/标杆值/完成值; 产出 merged over 3 rows, 效益 merged over 4 rows including 满意度, "
              "three-level names are '……'), 成本核算分析表 (A/A1-A3, B/B1-B3: cost lines, not indicators) and the "
              "header of 支出标准建议表; the stored page stops inside that header ('计量单'). Instruction sentences "
              "are reworded in my own words; headings and table words kept."),
}

DOCS = [
    (DG_FILE, GOLD_DG),
    (SG_FILE, GOLD_SG),
    (DE_FILE, GOLD_DE),
    (CB_FILE, GOLD_CB),
]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
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


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def fill(table, rows):
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is not None:
                table.cell(i, j).text = v


def merge(table, r1, c1, r2, c2):
    a = table.cell(r1, c1)
    b = table.cell(r2, c2)
    text = a.text
    m = a.merge(b)
    # keep only the first cell's text (python-docx concatenates paragraphs)
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    m.paragraphs[0].text = text
    return m


def save_det(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_dg(path):
    d = new_doc()
    para(d, "东莞市财政支出绩效评价报告", bold=True, center=True, size=18)
    para(d, "")
    para(d, "项目名称:团市委 2016-2018 购买社工岗位服务经费项目绩效评估")
    para(d, "受委托单位:东莞理工学院城市学院")
    para(d, "绩效评价报告编号:")
    para(d, "提交绩效评价报告日期:2019年 7 月")
    para(d, "受委托机构盖章:")
    page_break(d)
    para(d, "1", center=True)
    para(d, "摘要", bold=True, center=True, size=14)
    para(d, "东莞市财政局按照财政部《财政支出绩效评价管理暂行办法》(财预〔2011〕285 号)、东莞市人民政府"
            "《印发关于全面推进预算绩效管理工作意见的通知》(东府办[2014]49 号)等文件的规定,委托东莞理工学院"
            "城市学院(项目负责人为该院财政管理服务与研究中心主任赵书山教授),对中国共产主义青年团东莞市委员会"
            "(以下简称团市委)2016-2018 购买社工岗位服务项目专项经费开展绩效评价。")
    para(d, "2019 年 5 月至 6 月,东莞理工学院城市学院组织专家,围绕相关性、效率性、效果性、公平性和可持续性"
            "五个方面对该项目进行了评价。")
    para(d, "评价结果为 76.5 分,绩效等级为中等等级。")
    para(d, "该项目的产出目标及绩效目标基本完成。")
    para(d, "产出目标方面:社工岗位服务产出率较高;岗位")
    save_det(d, path)


def build_sg(path):
    d = new_doc()
    para(d, "社工服务项目服务评估指标", bold=True, center=True, size=14)
    para(d, "日期:                              单位:")
    hdr = ["序号", "业务类别", "评估项目", "评估内容", "评估标准", "需提供材料", "评分"]
    t = d.add_table(rows=1 + len(SG_ROWS), cols=len(hdr))
    t.style = "Table Grid"
    rows = [hdr]
    for i, (txt, pts, std, mat) in enumerate(SG_ROWS):
        rows.append([
            "1" if i == 0 else "",
            "运作模式(31)" if i == 0 else "",
            "硬件设施(4分)" if i == 0 else ("服务形式(10分)" if i == 3 else ""),
            "%s(%d分)" % (txt, pts),
            std, mat, "",
        ])
    fill(t, rows)
    merge(t, 1, 0, 4, 0)
    merge(t, 1, 1, 4, 1)
    merge(t, 1, 2, 3, 2)
    save_det(d, path)


def build_de(path):
    d = new_doc()
    sec = d.sections[0]
    # landscape for the wide table
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, "成本预算绩效分析报告模板", bold=True, center=True, size=14)
    para(d, "附件1")
    para(d, "市级预算部门成本预算绩效分析支出定额标准表", bold=True, center=True, size=13)
    ncol = 13
    t = d.add_table(rows=3 + len(DE_ROWS), cols=ncol)
    t.style = "Table Grid"
    h1 = ["序号", "主管部门", "预算单位", "领域名称", "支出成本明细", "是否有国家基础标准",
          "原支出标准", "", "", "新支出标准", "", "", "备注"]
    h2 = ["", "", "", "", "", "", "分档", "计量单位", "标准值", "分档", "计量单位", "标准值", ""]
    ex = ["例:"] + [""] * (ncol - 1)
    rows = [h1, h2, ex]
    for k, (no, tier, u0, v0, u1, v1) in enumerate(DE_ROWS):
        rows.append([
            no,
            "某市市体育局" if k == 0 else "",
            ("某市市先农坛体育运动技术学校、某市市木樨园体育运动技术学校、某市市什刹海体育运动学校、"
             "某市市芦城体育运动技术学校、某市市射击运动技术学校") if k == 0 else "",
            "训练比赛经费" if k == 0 else "",
            "运动队伙食费" if k == 0 else ("运动服装费" if k == 4 else ""),
            "否", tier, u0, v0, tier, u1, v1, "",
        ])
    fill(t, rows)
    for c in list(range(0, 6)) + [12]:
        merge(t, 0, c, 1, c)
    merge(t, 0, 6, 0, 8)
    merge(t, 0, 9, 0, 11)
    merge(t, 2, 0, 2, ncol - 1)
    base = 3
    merge(t, base, 1, base + 6, 1)
    merge(t, base, 2, base + 6, 2)
    merge(t, base, 3, base + 3, 3)
    merge(t, base, 4, base + 3, 4)
    merge(t, base + 4, 4, base + 6, 4)
    para(d, "备注:1.“原支出标准”如没有的,请在“分档”一栏中填报“无”。")
    para(d, "2.如有国家基础标准的,请在备注中注明国家标准具体内容和标准值,并将相应")
    save_det(d, path)


def build_cb(path):
    d = new_doc()
    para(d, "成本预算绩效分析报告模版", bold=True, center=True, size=14)
    para(d, "一、基本情况", bold=True)
    para(d, "(一)政策导向。")
    para(d, "写明分析对象设立的背景和政策目标等。")
    para(d, "(二)实施内容。")
    para(d, "写明分析对象的主要实施内容和服务对象等。")
    para(d, "(三)资金安排。")
    para(d, "写明分析对象的资金安排、资金投入方式和资金来源等。")
    para(d, "(四)业务管理。")
    para(d, "写明分析对象的主要业务管理流程,以及各级管理主体和各自的主要职责等。")
    para(d, "(五)其他情况。")
    para(d, "基本情况中还需特别说明的其他事项(如有)。")
    para(d, "二、成本预算绩效分析", bold=True)
    para(d, "(一)绩效分析。")
    para(d, "选取与后面成本效益分析密切相关的产出指标和效益指标,按类别分析其实现情况,重点看效益是否实现、"
            "效益与产出是否匹配。")
    para(d, "绩效分析表", bold=True, center=True)
    t = d.add_table(rows=1 + len(CB_INDIC), cols=5)
    t.style = "Table Grid"
    rows = [["一级", "二级", "三级", "标杆值", "完成值"]]
    for k, (l1, l2) in enumerate(CB_INDIC):
        rows.append([l1 if k in (0, 3) else "", l2, "……", "", ""])
    fill(t, rows)
    merge(t, 1, 0, 3, 0)
    merge(t, 4, 0, 7, 0)
    para(d, "(二)成本核算分析。")
    para(d, "对照预算编制的规范和需求,说明成本包含的内容,分析成本由哪些部分构成、受哪些关键因素影响。")
    para(d, "成本核算分析表", bold=True, center=True)
    t2 = d.add_table(rows=8, cols=6)
    t2.style = "Table Grid"
    rows2 = [["实施内容", "费用明细", "单价", "数量", "计量单位", "总价"],
             ["A", "A1", "", "", "", ""], ["", "A2", "", "", "", ""], ["", "A3", "", "", "", ""],
             ["B", "B1", "", "", "", ""], ["", "B2", "", "", "", ""], ["", "B3", "", "", "", ""],
             ["……", "……", "", "", "", ""]]
    fill(t2, rows2)
    merge(t2, 1, 0, 3, 0)
    merge(t2, 4, 0, 6, 0)
    para(d, "注:实施内容对应预算编制二级构成;费用明细对应预算编制的三级明细。")
    para(d, "(三)成本效益分析。")
    para(d, "在绩效分析和成本核算分析的基础上,写明所用的成本效益分析方法、分析过程和分析结果;影响成本的关键"
            "因素可能有较大变化的,还要分析成本的变动趋势。")
    para(d, "(四)支出标准分析。")
    para(d, "能够形成支出标准规范的,分析相应的支出框架和定额标准。")
    para(d, "支出标准建议表", bold=True, center=True)
    t3 = d.add_table(rows=1, cols=5)
    t3.style = "Table Grid"
    fill(t3, [["实施内容", "费用明细", "分级分类", "支出标准 (元)", "计量单"]])
    save_det(d, path)


BUILDERS = {DG_FILE: build_dg, SG_FILE: build_sg, DE_FILE: build_de, CB_FILE: build_cb}

# ---------------------------------------------------------------------------
# EXPORT, ANNOTATE, CHECK
# ---------------------------------------------------------------------------


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    items = []
    for ind in gold["indicators"]:
        items += [ind["name"], ind["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for it in items:
        if it and norm(it) not in txt:
            missing.append(it)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for base, gold in DOCS:
        src = os.path.join(HERE, base + ".docx")
        BUILDERS[base](src)
        to_pdf(src)
        pdf = os.path.join(HERE, base + ".pdf")
        for fn in (base + ".docx", base + ".pdf"):
            g = {"source": fn}
            g.update(gold)
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
        miss = check(pdf, gold)
        print(base, "indicators=%d goals=%d findings=%d facts=%d" % (
            len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"])),
            "MISSING:" if miss else "ok", miss if miss else "")
        bad += len(miss)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
