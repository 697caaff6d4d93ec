"""Build the blind236 test documents, their PDFs and the gold annotations.

The gold (GOLD below) is written before any file is built or read back.
Run: /tmp/wvenv/bin/python make_blind236_layouts.py
"""

import json
import re
import shutil
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
PROFILE = "file:///tmp/lo_blind236"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

URL_A = "https://m.taodocs.com/p-523061501.html"
URL_B = "http://www.sunntoy.com/news_show.php?id=324"
URL_C = "https://52xueshu.com/w/dochbd3ejke8.html"
URL_D = "https://max.book118.com/html/2023/1120/5004133143011012.shtm"

# ---------------------------------------------------------------- texts
A_TITLE = "60周岁以上农村籍士兵老年生活补助绩效评价指标评价综合得分表"
A_E4 = "反映资金使用申请和项目设立过程是否符合相关要求,用于考核项目立项的规范程度"
A_F4 = ("评价要点:\n①项目实施是否符合军人抚恤优待条例的规范要求;\n"
        "②项目是否与湖北省军人抚恤优持实施办法相适应;\n"
        "③所实施的项目是否适应优抚服务军人的需要;\n"
        "④项目是否与部门基本职能和工作计划相适应。")
A_E5 = ("考察项目是否设定绩效目标和绩效指标、所设目标和指标是否切合实际,"
        "用于考核绩效目标与项目实施的相符程度")
A_F5 = ("评价要点:\n①是否设定长期目标、年度目标和绩效指标;\n"
        "②目标和指标的设计是否符合目标管理规范;\n"
        "③对比绩效目标与完成情况,考核目标设立是否合理;\n"
        "④绩效目标是否可测。")
A_E6 = "实际到位资金占计划投入资金的比例,用于考核资金落实对项目实施的总体保障程度"
A_F6 = ("评价要点:\n财政专项资金到位率%;\n"
        "资金到位率=(实际到位资金/计划投入资金)×100%。\n"
        "实际到位资金:一定时期(本年度或项目期)内实际落实到具体项目的资金。\n"
        "计划投入资金:一定时期(本年度或项目期)内计划")

B_UNIT = "pg电子福运象财神"
B_GOAL = ("为在校一、二、三年级学生减免学费;发放率100%,减免率100%,"
          "社会满意度达:98%,学生满意度达:90%。")
B_PARAS = [
    ("h", f"{B_UNIT}: {B_UNIT}2016年学生资助专项项目绩效评价报告"),
    ("p", f"发布时间:2017-07-21 发布者:{B_UNIT} 浏览次数:1597"),
    ("c", B_UNIT),
    ("c", "2016年学生资助专项项目绩效评价报告"),
    ("p", ("依照省财政厅《关于开展2017年预算绩效管理工作的通知》(琼财绩〔2017〕460号)"
          "和省卫生和计划生育委员会办公室《关于开展2017年预算绩效评价工作的通知》"
          f"(琼卫财务发〔2017〕8号)的要求,{B_UNIT}对列入绩效目标管理的预算项目进行了"
          "绩效自评,目的是增强资金透明度、提升资金使用效率。评价情况报告如下:")),
    ("p", "一、项目概况"),
    ("p", "(一)项目基本性质、用途和主要内容、涉及范围"),
    ("p", ("本项目的性质是为学生减免学费,减轻其家庭经济压力,鼓励学生努力学习,"
          "帮助学生顺利完成学业。")),
    ("p", "(二)项目绩效目标"),
    ("p", "1. 项目绩效总目标:" + B_GOAL),
    ("p", "二、项目资金使用及管理情况"),
    ("p", "(一)项目资金到位情况分析(包括财政资金、自筹资金等)"),
    ("p", "项目批复资金350万已全部到位,资金由省财政下拨。"),
    ("p", "(二)项目资金使用情况分析"),
    ("p", ("资金全部用于减免在校一、二、三年级学生的学费;由于目前已执行免学费政策,"
          "本项目资金实行统筹使用,其中人员费用207.33万元,公用支出142.67万元,"
          "未发现截流、挪用项目资金的情况。")),
    ("p", "(三)项目资金管理情况分析(包括管理制度、办法的制订 及执行情况等)"),
    ("p", ("资金管理制度完善并得到严格执行;结合学校实际分步统筹使用资金,"
          "保证资金在当年内顺利用完。")),
    ("p", "三、项目组织实施情况"),
    ("p", ("项目管理情况分析(包括项目管理制度建设、日常检查监督管理等情况):"
          "学生资助补助经费统筹安排使用,已建立较完善的管理制度,保障项目顺利推进。")),
    ("p", "四"),
]

C_GOAL = ("确保放流苗种质量安全,推动增殖放流工作科学、有序开展。放流水生生物不少于350万尾,"
          "重要经济物种增殖放流资源贡献率≥2%,增殖放流区域内抽样调查满意度≥80%。")
C_PARAS = [
    ("p", "1.增殖放流实施方案 篇一"),
    ("c", "2021年XX县渔业增殖放流工作实施方案"),
    ("p", "(一)实施内容"),
    ("p", ("选取对恢复资源、修复水域生态有重要作用的水生生物物种,在芡河、涡河等渔业资源衰退的"
          "重点公共水域开展增殖放流,以恢复渔业资源、改善水域生态环境。")),
    ("p", "(二)实施条件"),
    ("p", ("1.放流苗种。放流品种选取对资源恢复和水域生态修复有重要作用的水生动物,主要是鲢、鳙、"
          "草、鳜、虾、蟹等。经济物种应为本地种的原种或子一代,禁止投放外来种、杂交种和转基因种。"
          "苗种必须经检验、检疫,保证放流苗种质量。经济鱼类苗种以小规格为主,规格在3厘米以上,"
          "蟹为扣蟹以上。")),
    ("p", "2.实施水域。芡河、涡河、北淝河等符合国家渔业水质标准的公共水域。"),
    ("p", ("3.放流程序。严格依照农业部《水生生物增殖放流管理规定》、《水生生物增殖放流技术规程》"
          "(SC/T9401-2010)等规定,规范苗种采购,加强工作指导,健全监督机制,"
          "推动增殖放流活动规范化、科学化。")),
    ("p", "4.绩效目标。" + C_GOAL),
    ("p", "(三)补助对象"),
    ("p", "承担开展放流活动的XX县畜牧兽医水产发展中心"),
    ("p", "(四)补助标准"),
    ("p", ("结合增殖放流苗种补助资金申报情况和中央下拨专项资金总量,综合考虑当年与上放流水域、"
          "数量、品种、规格等因素,给予补助40万元。")),
    ("p", "(五)实施要求"),
    ("p", ("严格执行农业部《水生生物增殖放流管理规定》、《水生生物增殖放流技术规程》"
          "(SC/T9401-2010)、《农业部关于进一步规范水生生物增殖放流活动的通知》"
          "(农渔发〔2013〕6号)和《XX省水生动物增殖放流技术规范》(DB34/T1005-2009")),
]

D_PARAS = [
    ("r", "T/GZBC—2023"),
    ("c", "附 录 A"),
    ("c", "(规范性)"),
    ("c", "在建工程项目事中绩效监控指标体系"),
    ("p", "表A.1规定了在建工程项目事中绩效监控指标体系。"),
    ("c", "表 A.1 在建工程项目事中绩效监控指标体系"),
]
D_HEADER = ["一级指标\n名称", "二级指标\n名称", "三级指标\n名称", "四级指标\n名称",
            "权重\n(%)", "评分标准"]


# ---------------------------------------------------------------- gold
def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {
    "blind236_hb_shibing_defen.xlsx": {
        "source_urls": [URL_A],
        "province": "湖北省",
        "doc_kind": "项目绩效评价指标评价综合得分表(评分表,部分)",
        "patterns": [1, 5, 6],
        "indicators": [
            ind("投 入(14分)", "项目立项", "项目立项规范性", None, None, None, None,
                weight=4, score=4),
            ind("投 入(14分)", "项目立项", "绩效目标合理性", None, None, None, None,
                weight=4, score=None),
            ind("投 入(14分)", "资金落实", "资金到位率", None, None, None, None,
                weight=3, score=3),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "资金到位率",
             "why": "评价标准只写“财政专项资金到位率%”,百分号前没有标准值,也没有把到位率折成3分的档次"},
        ],
        "notes": ("Stored page is a doc-sharing site page (taodocs) for 项目绩效评价指标评价评分表.xls, "
                  "uploaded 2021/8/21; its text starts at 文档介绍:附件2 and stops in the 指标评价标准 cell of "
                  "资金到位率, mid-sentence (计划投入资金:一定时期(本年度或项目期)内计划). I rebuilt only that part: "
                  "一级 label 投 入(14分) merged over three rows, 二级 项目立项 merged over two, points as 4分/3分 "
                  "in the 分值 cell. The stored text shows 评价得分 4 and 3 for the first and third rows and nothing "
                  "for 绩效目标合理性, so that cell is empty (score null). The visible weights (4+4+3=11) do not reach "
                  "投入(14分) because the page stops; not flagged. 湖北省军人抚恤优持实施办法 keeps the page's typo "
                  "(优持 for 优待). Explanations and 评价要点 are reworded. These are evaluation indicators with no "
                  "target values, so operator/value/unit/target_text are null. Province from the 湖北省 rule cited "
                  "in the table.")
    },
    "blind236_hn_xuesheng_pingjia.docx": {
        "source_urls": [URL_B],
        "province": "海南省",
        "doc_kind": "项目绩效评价(自评)报告,目标只在正文",
        "patterns": [],
        "indicators": [
            ind(None, None, "发放率", "=", 100, "%", "发放率100%"),
            ind(None, None, "减免率", "=", 100, "%", "减免率100%"),
            ind(None, None, "社会满意度", ">=", 98, "%", "社会满意度达:98%"),
            ind(None, None, "学生满意度", ">=", 90, "%", "学生满意度达:90%"),
        ],
        "goals": [{"kind": "总体目标", "text": B_GOAL}],
        "facts": [
            {"metric": "项目资金使用(人员费用+公用支出)", "kind": "sum", "total": 350,
             "parts": [207.33, 142.67], "unit": "万元"},
        ],
        "findings": [
            {"rule": "coverage.missing_dimension", "item": "数量/时效/成本",
             "why": "总目标只给发放率、减免率和两项满意度,没有受助学生人数、发放时限或成本指标"},
        ],
        "notes": ("Stored page is a hijacked school site: the unit name is replaced everywhere by the spam string "
                  "pg电子福运象财神, kept as written (names are facts). Hainan per 琼财绩〔2017〕460号 and "
                  "琼卫财务发〔2017〕8号. Targets stand only in running text (项目绩效总目标 line). 达 read as >= "
                  "(达到), bare 100% as =. The page stops at the heading 四 before any actual values, so no "
                  "actuals and no deviation check. 350万 = 207.33 + 142.67 holds. Note the aid money is reported "
                  "as 人员费用/公用支出 rather than fee waivers, which a reviewer would question, but no rule id "
                  "fits. 截流 (for 截留) typo kept. Narrative reworded, figures kept.")
    },
    "blind236_ah_zengzhi_fangan.docx": {
        "source_urls": [URL_C],
        "province": "安徽省",
        "doc_kind": "实施方案(县级渔业增殖放流),目标只在正文",
        "patterns": [],
        "indicators": [
            ind(None, None, "放流水生生物", ">=", 350, "万尾", "放流水生生物不少于350万尾"),
            ind(None, None, "重要经济物种增殖放流资源贡献率", ">=", 2, "%",
                "重要经济物种增殖放流资源贡献率≥2%"),
            ind(None, None, "增殖放流区域内抽样调查满意度", ">=", 80, "%",
                "增殖放流区域内抽样调查满意度≥80%"),
        ],
        "goals": [{"kind": "绩效目标", "text": C_GOAL}],
        "facts": [],
        "findings": [
            {"rule": "target.vague_wording", "item": "推动增殖放流工作科学、有序开展",
             "why": "绩效目标首句只说推动、科学有序,没有可衡量的数或基准"},
            {"rule": "coverage.missing_dimension", "item": "时效/成本",
             "why": "40万元补助对应的目标里没有放流完成时间,也没有单位苗种成本"},
        ],
        "notes": ("Stored page is an essay-collection page (增殖放流实施方案(精选7篇)); I rebuilt 篇一 only, "
                  "from its heading to where the stored text stops, mid-citation at (DB34/T1005-2009. County "
                  "is anonymised as XX县 on the page; province inferred as 安徽 from the DB34 standard number "
                  "and the rivers 芡河、涡河、北淝河. Typo 当年与上放流水域 kept. The 3厘米以上 size rule sits "
                  "under 实施条件 as a supply condition, not under 绩效目标, so it is not a gold row. "
                  "不少于 read as >=. Narrative reworded, figures kept.")
    },
    "blind236_gz_jiankong_tixi.docx": {
        "source_urls": [URL_D],
        "province": None,
        "doc_kind": "团体标准附录:在建工程项目事中绩效监控指标体系(表头后即截断)",
        "patterns": [5],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Stored page (book118 preview of a T/GZBC—2023 group standard) shows the appendix heading, one "
                  "sentence, the table caption, the header of 表A.1 (一级/二级/三级/四级指标名称, 权重(%), "
                  "评分标准) and then stops after the first two characters of the first body cell (项目立). I "
                  "reproduced exactly that: header row plus one row holding only 项目立. No indicator, weight or "
                  "scoring rule is visible, so the gold is empty; a reader should report the table as having no "
                  "rows rather than invent them. I did not treat it as table_not_understood because the header is "
                  "clear. Province left null: GZ in T/GZBC suggests 贵州 but the page does not say so. The site's "
                  "VIP/copyright boilerplate before the standard text is left out.")
    },
}


# ---------------------------------------------------------------- builders
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build_xlsx_a(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "综合得分表"
    font = Font(name="Noto Sans CJK SC", size=10)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    ws["A1"] = "附件2"
    ws["A1"].font = font
    ws.merge_cells("A2:G2")
    ws["A2"] = A_TITLE
    ws["A2"].font = Font(name="Noto Sans CJK SC", size=13, bold=True)
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    header = ["一级\n指标", "二级\n指标", "三级指标", "分值", "指标解释", "指标评价标准", "评价得分"]
    rows = [
        ["投 入(14分)", "项目\n立项", "项目立项规范性", "4分", A_E4, A_F4, 4],
        [None, None, "绩效目标合理性", "4分", A_E5, A_F5, None],
        [None, "资金落实", "资金到位率", "3分", A_E6, A_F6, 3],
    ]
    for c, text in enumerate(header, start=1):
        cell = ws.cell(row=3, column=c, value=text)
        cell.font = Font(name="Noto Sans CJK SC", size=10, bold=True)
        cell.alignment = wrap
    for r, row in enumerate(rows, start=4):
        for c, val in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=val)
            cell.font = font
            cell.alignment = left if c in (5, 6) else wrap
    ws.merge_cells("A4:A6")
    ws.merge_cells("B4:B5")
    for r in range(3, 7):
        for c in range(1, 8):
            ws.cell(row=r, column=c).border = BORDER
    widths = {"A": 9, "B": 8, "C": 16, "D": 7, "E": 30, "F": 52, "G": 8}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.row_dimensions[2].height = 24
    ws.row_dimensions[3].height = 30
    for r in (4, 5):
        ws.row_dimensions[r].height = 96
    ws.row_dimensions[6].height = 110
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    props = wb.properties
    props.creator = "blind236"
    props.lastModifiedBy = "blind236"
    props.title = A_TITLE
    props.created = FIXED_DT
    props.modified = FIXED_DT
    wb.save(path)


def set_cjk(run, size=11, bold=False):
    run.font.name = "Noto Serif CJK SC"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def new_doc(title):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind236"
    cp.last_modified_by = "blind236"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def add_paras(doc, paras):
    for kind, text in paras:
        p = doc.add_paragraph()
        if kind in ("c", "h"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = p.add_run(text)
        set_cjk(run, size=14 if kind == "h" else 11, bold=kind in ("h", "c"))


def build_docx_b(path):
    doc = new_doc("2016年学生资助专项项目绩效评价报告")
    add_paras(doc, B_PARAS)
    doc.save(path)


def build_docx_c(path):
    doc = new_doc("2021年XX县渔业增殖放流工作实施方案")
    add_paras(doc, C_PARAS)
    doc.save(path)


def build_docx_d(path):
    doc = new_doc("在建工程项目事中绩效监控指标体系")
    add_paras(doc, D_PARAS)
    table = doc.add_table(rows=2, cols=len(D_HEADER))
    table.style = "Table Grid"
    for i, text in enumerate(D_HEADER):
        cell = table.cell(0, i)
        cell.text = ""
        set_cjk(cell.paragraphs[0].add_run(text), size=10, bold=True)
    cell = table.cell(1, 0)
    cell.text = ""
    set_cjk(cell.paragraphs[0].add_run("项目立"), size=10)
    doc.save(path)


# ---------------------------------------------------------------- determinism
CORE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    if "docProps/core.xml" in items:
        items["docProps/core.xml"] = CORE_RE.sub(
            rb"\g<1>2024-01-01T00:00:00Z\g<3>", items["docProps/core.xml"])
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    tmp.replace(path)


def fixed_date(match):
    return b"D:" + b"20240101000000" + b"0" * (len(match.group(0)) - 16)


def fixed_id(match):
    return b"<" + b"0" * (len(match.group(0)) - 2) + b">"


def normalise_pdf(path):
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}[^)]*", fixed_date, data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", fixed_id, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(<)",
                  rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                   check=True, capture_output=True)
    pdf = path.with_suffix(".pdf")
    normalise_pdf(pdf)
    return pdf


# ---------------------------------------------------------------- annotations and checks
def write_annotations(name, pdf_name):
    for src in (name, pdf_name):
        gold = dict(GOLD[name])
        record = {"source": src}
        record.update(gold)
        (ANN / f"{src}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2, sort_keys=False) + "\n",
            encoding="utf-8")


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(name, pdf):
    plain = subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                            capture_output=True, text=True).stdout
    texts = (squash(plain), squash(layout))
    gold = GOLD[name]
    wanted = []
    for row in gold["indicators"]:
        wanted.append(row["name"])
        if row["target_text"]:
            wanted.append(row["target_text"])
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"] if "/" not in f["item"]]
    missing = [w for w in wanted if not any(squash(w) in t for t in texts)]
    if missing:
        print(f"MISSING in {pdf.name}: {missing}")
        return False
    print(f"ok {pdf.name}: {len(wanted)} strings found")
    return True


def main():
    ANN.mkdir(exist_ok=True)
    builders = {
        "blind236_hb_shibing_defen.xlsx": build_xlsx_a,
        "blind236_hn_xuesheng_pingjia.docx": build_docx_b,
        "blind236_ah_zengzhi_fangan.docx": build_docx_c,
        "blind236_gz_jiankong_tixi.docx": build_docx_d,
    }
    ok = True
    for name, build in builders.items():
        path = HERE / name
        build(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        write_annotations(name, pdf.name)
        ok = check_pdf(name, pdf) and ok
    shutil.rmtree(HERE / "__pycache__", ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
