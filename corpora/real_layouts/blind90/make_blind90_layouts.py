#!/usr/bin/env python3
"""Blind part 90 of the real-layout corpus (code-blind annotation).

Each document reproduces the beginning of one stored public page (重庆 区县 / 街道 bodies): layout, merged
cells, empty cells and defects as found; facts (names, amounts, dates, document numbers, phone numbers) as
written; longer sentences reworded with the same numbers.  The gold in DOCS was written by hand from the pages
before anything ran on these files.

Run:  /tmp/venv/bin/python make_blind90_layouts.py [--no-pdf]
"""
import copy
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- determinism
def _rezip(path):
    """Rewrite a zip package with a fixed date on every entry, in a fixed order."""
    with zipfile.ZipFile(path) as zin:
        items = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    if "docProps/core.xml" in items:  # openpyxl stamps 'modified' with the save time: pin it
        items["docProps/core.xml"] = re.sub(
            rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-01-01T00:00:00Z\g<2>",
            items["docProps/core.xml"])
    order = sorted(items, key=lambda n: (n != "[Content_Types].xml", not n.startswith("_rels/"), n))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, items[name])
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def _pin_docx(doc):
    cp = doc.core_properties
    cp.author = "blind90"
    cp.last_modified_by = "blind90"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""


def _pin_xlsx(wb):
    wb.properties.creator = "blind90"
    wb.properties.lastModifiedBy = "blind90"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _cjk(run, size=None, bold=False):
    run.font.name = "SimSun"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def _para(doc, text, size=11, bold=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    _cjk(r, size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


# ================================================================ document 1
# 重庆市江津区鼎山街道办事处 2021年重点项目绩效目标表 (stored page stops at the indicator header "绩效指标指标")
D1_OVERVIEW = (
    "本项目主要用于主要用于以下支出:老集镇维护1个,按5万元/年计;背街小巷市政设施维护80万元;"
    "黄桷树长廊占地补偿1908株,每株37元,另补上年未列入预算的38.01万元;一级环卫清扫保洁1344993㎡,"
    "每㎡10元,二级环卫清扫保洁367493㎡,每㎡7元;公厕34座,每座6.2万元;桥梁路面清扫保洁"
    "(1804㎡*7元/㎡=1.27万元),路面巡查维护(1804㎡*100元/㎡=18.04万元),护栏刷漆(440米*30元/米=1.32万元),"
    "护栏更换维修按护栏总量10%(44米*300元/米=1.32万元),自2020年1月起管护;按区财政局50000元/人.年的标准"
    "配备临时队员49人;市政执法车辆2台,按5.50万元/辆.年计。共计22430200元。"
)
D1_GOAL = (
    "年内维护老集镇1个,兑付黄桷树长廊占地补偿1908株,清扫保洁面积1712486㎡,管护背街小巷166315㎡,"
    "运行维护公厕34座,维护桥梁3座,并做好背街小巷市政设施维护;配足临时市政执法队员49人,"
    "保证2辆执法车正常运行;补齐上年预算缺口。"
)


def build_d1(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "重点项目绩效目标表"
    widths = {"A": 14, "B": 26, "C": 14, "D": 26, "E": 14, "F": 22}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    def put(ref, value, center=False, bold=False):
        c = ws[ref]
        c.value = value
        c.alignment = CENTER if center else WRAP
        c.font = Font(name="SimSun", size=10, bold=bold)

    ws.merge_cells("A1:F1")
    put("A1", "重庆市江津区鼎山街道办事处2021年重点项目绩效目标表", center=True, bold=True)
    ws["A1"].font = Font(name="SimSun", size=14, bold=True)
    ws.row_dimensions[1].height = 28
    rows = [
        ("预算单位", "重庆市江津区鼎山街道办事处", "项目主管部门", "重庆市江津区鼎山街道办事处", "项目名称", "市政日常维护经费"),
        ("项目预计开始时间", "1/1/2021", "预计完成时间", "12/31/2021", "项目申报金额\n(万元)", "2243.02"),
        ("项目属性", "延续", "项目分类", "常年性", "支出分类", "重点专项"),
    ]
    for i, vals in enumerate(rows, start=2):
        for col, v in zip("ABCDEF", vals):
            put(f"{col}{i}", v, center=(col in "ACE"))
        ws.row_dimensions[i].height = 30
    put("A5", "政策依据", center=True)
    ws.merge_cells("B5:F5")
    put("B5", "江津府发【2016】40号")
    ws.merge_cells("A6:A7")
    put("A6", "项目理由", center=True)
    put("B6", "项目概况", center=True)
    ws.merge_cells("C6:F6")
    put("C6", D1_OVERVIEW)
    ws.row_dimensions[6].height = 150
    put("B7", "项目支出明细", center=True)
    ws.merge_cells("C7:F7")
    put("C7", "维修(护)费19980200元;委托业务费2450000元")
    ws.merge_cells("A8:B8")
    put("A8", "项目\n实施进度计划", center=True)
    ws.merge_cells("C8:F8")
    put("C8", "2021年12月31日前完成")
    ws.merge_cells("A9:B9")
    put("A9", "项目中期规划绩效目标", center=True)
    ws.merge_cells("C9:F9")
    put("C9", None)
    ws.merge_cells("A10:B10")
    put("A10", "项目当年绩效目标", center=True)
    ws.merge_cells("C10:F10")
    put("C10", D1_GOAL)
    ws.row_dimensions[10].height = 80
    put("A11", "绩效指标", center=True)
    put("B11", "指标", center=True)
    for r in range(2, 12):
        for col in "ABCDEF":
            ws[f"{col}{r}"].border = BOX
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    _pin_xlsx(wb)
    wb.save(path)
    _rezip(path)


# ================================================================ document 2
# 重庆市巴南区农业农村委员会: 2026年提前批财政衔接推进乡村振兴补助资金项目计划 公示 (stops at "(一)产业")
def build_d2(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    _para(doc, "关于下达2026年提前批财政衔接推进乡村振兴补助资金项目计划的公示", 15, True, True)
    _para(doc, "按照《中共重庆市委农村工作暨实施乡村振兴战略领导小组办公室关于加强财政衔接推进乡村振兴补助资金"
               "项目公告公示的通知》(巴南委农办发〔2022〕1号)的规定,现对《关于下达2026年提前批财政衔接推进乡村振兴"
               "补助资金项目计划的通知》(巴南农业发〔2025〕42号)进行公示。")
    for line in ("区农业农村委电话:023-62336934", "区纪委、监委监督电话:023-66235722", "政务服务便民热线:12345",
                 "通讯地址:重庆市巴南区龙海大道6号行政中心1号楼805室",
                 "附件:《关于下达2026年提前批财政衔接推进乡村振兴补助资金项目计划的通知》(巴南农业发〔2025〕42号)"):
        _para(doc, line)
    p = _para(doc, "重庆市巴南区农业农村委员会")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = _para(doc, "2025年12月25日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _para(doc, "附件:")
    _para(doc, "重庆市巴南区农业农村委员会", 14, True, True)
    _para(doc, "关于下达2026年提前批财政衔接推进乡村", 14, True, True)
    _para(doc, "振兴补助资金项目计划的通知", 14, True, True)
    _para(doc, "相关项目实施单位:")
    _para(doc, "根据中央和市级关于2026年财政衔接推进乡村振兴补助资金的要求,结合我区2026年巩固拓展脱贫攻坚成果和"
               "乡村振兴项目库的储备情况,经区政府研究同意,现将2026年提前批财政衔接推进乡村振兴补助资金项目计划"
               "下达给你们,有关事项通知如下。")
    _para(doc, "一、项目安排计划", bold=True)
    _para(doc, "依据《关于提前下达2026年中央和市级财政衔接推进乡村振兴补助资金预算的通知》(渝财农〔2025〕120号),"
               "我区获下达2026年提前批中央和市级财政衔接推进乡村振兴补助资金1214万元,其中中央资金984万元"
               "(含发展新型农村集体经济70万元),市级资金230万元,用于巩固拓展脱贫攻坚成果和乡村振兴建设任务。"
               "本批共安排项目23个,涉及资金1214万元,其中:产业发展类项目16个,涉及资金827万元;乡村建设行动类"
               "项目5个,涉及资金225万元;就业类项目2个,涉及资金162万元(见附件1)。计划安排如下:")
    _para(doc, "(一)产业")
    _pin_docx(doc)
    doc.save(path)
    _rezip(path)


# ================================================================ gold
DOCS = [
    {
        "file": "cq-jiangjin-dingshan-municipal-targets.xlsx",
        "build": build_d1,
        "gold": {
            "source_urls": ["http://www.jiangjin.gov.cn/jz/dsjdbsc_69043/zwgk_81486/fdzdgknr_81488/czyjs/js/202109/t20210915_9720621.html"],
            "province": "重庆",
            "doc_kind": "项目支出绩效目标表 (街道重点项目, 页面止于指标表表头)",
            "patterns": [10],
            "indicators": [],
            "goals": [{"kind": "年度目标", "text": D1_GOAL}],
            "facts": [
                {"metric": "项目支出明细(维修(护)费+委托业务费)", "kind": "sum", "total": 22430200,
                 "parts": [19980200, 2450000], "unit": "元"},
                {"metric": "项目概况 共计22430200元", "kind": "sum", "total": 22430200,
                 "parts": [50000, 800000, 70596, 380100, 13449930, 2572451, 2108000, 12700, 180400, 13200, 13200,
                           2450000, 110000], "unit": "元"},
                {"metric": "清扫保洁面积", "kind": "sum", "total": 1712486, "parts": [1344993, 367493], "unit": "㎡"},
            ],
            "findings": [
                {"rule": "consistency.sum", "item": "共计22430200元",
                 "why": "the 项目概况 items, each costed from the quantities and unit rates it states (老集镇 1×5万=50000; "
                        "背街小巷 800000; 黄桷树 1908×37=70596; 补上年 380100; 一级保洁 1344993×10=13449930; 二级保洁 "
                        "367493×7=2572451; 公厕 34×6.2万=2108000; 桥梁保洁 12700 as written; 巡查 180400; 刷漆 13200; "
                        "护栏 13200; 临时队员 49×50000=2450000; 执法车 2×5.5万=110000), add up to 22210577元, not the "
                        "stated 共计22430200元 (219623元 unexplained); the 项目申报金额 2243.02万元 and the 支出明细 "
                        "19980200+2450000 repeat the larger figure"},
            ],
            "notes": (
                "重庆市江津区鼎山街道办事处, page of 2021-09-15 (filed under 决算公开) holding its 2021年重点项目绩效目标表 for "
                "市政日常维护经费. The stored page stops right after the label 绩效指标 and the first header word 指标; "
                "the document stops there too (row 11 holds only '绩效指标' and '指标'), so there are no indicator rows and "
                "no coverage finding (the table is cut before its first indicator). Layout as on the page: header pairs "
                "in three rows, 项目理由 merged over 项目概况 / 项目支出明细, dates written 1/1/2021 and 12/31/2021, 项目"
                "申报金额 2243.02 (万元). 项目中期规划绩效目标 has no text of its own on the page (the text that follows "
                "belongs to 项目当年绩效目标), so its cell is left empty. Kept defects: the doubled '主要用于主要用于'; "
                "the bridge item '(1804㎡*7元/㎡=1.27万元)' although 1804×7=12628元 (1.26万元) - a product slip, recorded "
                "only here because no rule id covers it (the finding uses 12700 as written). Judgement calls: the "
                "itemised 项目概况 is read as exhaustive because it ends with '共计22430200元', hence the consistency.sum "
                "finding; 1344993+367493=1712486㎡ matches the goal's 清扫保洁 area (sum fact, no finding); the goal is "
                "quantified throughout except the closing '补齐上年预算缺口' clause, judged not enough for a goal "
                "finding. Prose sentences are reworded; every number, unit and document number is as on the page."
            ),
        },
    },
    {
        "file": "cq-banan-linkage-fund-plan-notice.docx",
        "build": build_d2,
        "gold": {
            "source_urls": ["http://www.cqbn.gov.cn/bmjz/bm/nyncw/zwgk_88849/gkml/jczwgk/spsxczx/xjzjjxm/fpjg/202512/t20251226_15273756.html"],
            "province": "重庆",
            "doc_kind": "资金项目计划公示 (区农业农村委, 衔接资金, 正文为散文, 无指标表)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2026年提前批中央和市级财政衔接推进乡村振兴补助资金", "kind": "sum", "total": 1214,
                 "parts": [984, 230], "unit": "万元"},
                {"metric": "本批项目涉及资金(按类别)", "kind": "sum", "total": 1214, "parts": [827, 225, 162],
                 "unit": "万元"},
                {"metric": "本批安排项目个数", "kind": "sum", "total": 23, "parts": [16, 5, 2], "unit": "个"},
            ],
            "findings": [],
            "notes": (
                "重庆市巴南区农业农村委员会 公示 of 2025-12-25 publishing 巴南农业发〔2025〕42号 (2026年提前批财政衔接推进"
                "乡村振兴补助资金项目计划). Not a performance form: a prose notice about the money and the project count, "
                "taken as one of the two prose documents allowed, because it carries three checkable splits. The stored "
                "page stops at the heading '(一)产业' of the plan; the document stops there. The page shows an image "
                "placeholder after '附件:' (the letterhead); it is left out. All splits add up: 984+230=1214, "
                "827+225+162=1214, 16+5+2=23, so no finding; the 70万元 for 发展新型农村集体经济 is inside the 984万元 "
                "and is not an addend. No goals or indicators are stated before the cut, so none are recorded and no "
                "coverage finding is made. Phone numbers, address, dates and document numbers as on the page; sentences "
                "reworded."
            ),
        },
    },
]


def export_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_gold(fname, gold):
    base = {"source": fname}
    base.update(copy.deepcopy(gold))
    order = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts",
             "findings", "notes"]
    out = {k: base[k] for k in order}
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    os.makedirs(ANN, exist_ok=True)
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        write_gold(d["file"], d["gold"])
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        write_gold(pdf, d["gold"])
        if not no_pdf:
            export_pdf(path)
        print("wrote", d["file"])


if __name__ == "__main__":
    main()
