"""Blind part 77 of the real-layout corpus (code-blind annotation).

Each document reproduces one stored public page (see SOURCES.md): layout, facts and defects as found,
longer sentences re-worded with the same numbers.  The gold in DOCS was written by hand from the pages
before anything ran on the files.

Run:  /tmp/venv/bin/python make_blind77_layouts.py [--no-pdf]
Writes the DOCX/XLSX files and their PDFs next to this script and annotations/<file>.json.
"""
import copy
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- helpers
def _font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "SimSun")


def para(doc, text, size=11, bold=False, center=False, indent=True):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    _font(p.add_run(text), size, bold)
    return p


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return doc


def pin_docx_props(doc, title):
    cp = doc.core_properties
    cp.author = "blind77"
    cp.last_modified_by = "blind77"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1


def pin_xlsx_props(wb, title):
    cp = wb.properties
    cp.creator = "blind77"
    cp.lastModifiedBy = "blind77"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED


def rezip(path):
    """Rewrite every zip entry with a fixed date in a fixed order (byte-stable output)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    first = [n for n, _ in items if n == "[Content_Types].xml"]
    rest = sorted(n for n, _ in items if n != "[Content_Types].xml")
    data = dict(items)
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in first + rest:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data[name])
    os.replace(tmp, path)


def meta_table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            _font(cell.paragraphs[0].add_run(val), 9)
    return t


# ---------------------------------------------------------------- document 1
def build_nx_xingqing(path):
    """宁夏 银川 兴庆区住建局 — 滨河家园垃圾转运站提升改造项目 绩效自评报告 (prose, goal list missing)."""
    doc = new_doc()
    meta_table(doc, [
        ["索 引 号", "11640102MB0U40499C/2022-00043", "文  号", "", "生成日期", "2022-10-25"],
        ["发布机构", "兴庆区住房和城乡建设局", "责任部门", "兴庆区住房和城乡建设局", "关 键 字", "滨河家园垃圾转运站"],
        ["公开方式", "主动公开", "公开时限", "长期公开", "是否有效", "有效"],
    ])
    para(doc, "")
    para(doc, "银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告", 15, True, center=True)
    para(doc, "一、绩效目标分解下达情况", 12, True, indent=False)
    para(doc, "依据《兴庆区2022年度第一批财政衔接推进乡村振兴补助资金使用分配计划》(银兴党农发〔2022〕1号),"
              "中共银川市兴庆区委农村工作领导小组于2022年下达乡村振兴衔接资金100万元,资金重点投向移民重点村的"
              "产业发展。兴庆区按资金的使用方向把绩效目标要求逐项分解下达,绩效目标如下:")
    para(doc, "二、绩效目标完成情况分析", 12, True, indent=False)
    para(doc, "(一)资金投入情况分析。", 11, True, indent=False)
    para(doc, "1.项目资金到位情况分析。", 11, False)
    para(doc, "2022年中共银川市兴庆区委农村工作领导小组下达的第一批乡村振兴衔接资金100万元,已全数安排到兴庆区"
              "月牙湖乡滨河家园垃圾转运站提升改造项目,资金到位率100%。")
    para(doc, "2.项目资金执行情况分析。", 11, False)
    para(doc, "项目已建成并验收。购置到位的有生活垃圾压缩对换车1辆、配套转运箱2个以及生活垃圾分类垃圾桶等。")
    para(doc, "3.项目资金管理情况分析。", 11, False)
    para(doc, "项目资金已全部支付完毕。兴庆区住建局依照《宁夏回族自治区财政衔接推进乡村振兴补助资金管理办法》"
              "(宁财(农)发〔2021〕268 号)管理和使用衔接资金,逐个项目整理档案,做到档案齐全、规范。")
    para(doc, "(二)总体绩效目标完成情况分析", 11, True, indent=False)
    para(doc, "项目为月牙湖乡滨河家园垃圾转运站配置垃圾压缩车辆1辆、配套压缩箱2个;为推动农村生活垃圾分类,"
              "另配垃圾分类垃圾桶243个,验收合格率100%。资金预算100万元,支付率100%。辐射带")
    pin_docx_props(doc, "银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告")
    doc.save(path)
    rezip(path)


# ---------------------------------------------------------------- document 2
def build_nm_wuliji(path):
    """内蒙古 阿拉善左旗 乌力吉苏木 — 2023 中央对地方转移支付 绩效自评结果综述 (prose, amounts masked '*')."""
    doc = new_doc()
    para(doc, "根据《阿拉善左旗财政局关于开展2023年度中央对地方转移支付预算执行情况绩效自评工作的通知》"
              "(阿左财发〔2024〕56号)的要求,阿拉善左旗乌力吉苏木人民政府对本部门承担的中央对地方转移支付"
              "预算执行情况做了绩效自评,共涉及2023年度中央对地方转移支付项目3个,各项目自评结果概述如下:")
    para(doc, "项目一:阿财农〔2023〕387号乌力吉苏木沙日扎嘎查集体经济项目,项目全年预算数*元,执行数*元,"
              "完成预算的100%。该项中央补助专项资金发放工作的自评结果已按要求公开公示,可为下一年度同类资金的"
              "使用提供示范和推动;苏木将借本次自评,把上级各项部署和嘎查集体经济项目政策落到实处,继续提高"
              "嘎查集体经济项目的工作水平,保障牧民群众生活,丰富其业余生活,推动社会发展。")
    para(doc, "项目二:阿财农〔2023〕387号中央财政衔接推进乡村振兴补助资金-沙日扎嘎查特色产品加工车间二期建设"
              "项目资金,项目全年预算数*,执行数*元,完成预算的100%。衔接资金已及时足额拨付并按要求公开公示,"
              "为嘎查特色产业的有序发展提供了保障;项目改善了牧民生活条件,使牧民满意度达到95%以上,有利于社会"
              "和谐。我苏木嘎查村级特色产业专项资金足额发放率达到100%,政策落实率达到100%,资金发放标准按规定"
              "执行率达到100%。")
    para(doc, "项目三:阿财预〔2023〕510号2023年边境地区转移支付中央一线边民补助,项目全年预算数78.*元,"
              "执行数78.*元,完成预算的100%。受益人群三个嘎查261人,确保边民补助发放合法合规,目")
    pin_docx_props(doc, "乌力吉苏木2023年度中央对地方转移支付绩效自评结果")
    doc.save(path)
    rezip(path)


# ---------------------------------------------------------------- gold
def ind(level1, level2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


DOCS = [
    {
        "file": "nx-xingqing-transfer-station-selfreport.docx",
        "build": build_nx_xingqing,
        "gold": {
            "source_urls": ["http://xqq.gov.cn/zwgk/bmxxgkml/xqqzfhcxjsj/fdzdgknr_44766/zdgz_9109/202211/t20221102_3827749.html"],
            "province": "宁夏",
            "doc_kind": "自评报告 (乡村振兴衔接资金项目绩效自评报告, 叙述体)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "乡村振兴衔接资金到位", "kind": "budget", "planned": 100, "actual": 100,
                 "stated_rate": 100, "unit": "万元"},
                {"metric": "资金预算支付", "kind": "budget", "planned": 100, "actual": 100,
                 "stated_rate": 100, "unit": "万元"},
            ],
            "findings": [],
            "notes": (
                "银川市兴庆区住房和城乡建设局, 银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告 "
                "(生成日期 2022-10-25). The stored page opens with the 政务公开 metadata block (kept as a small "
                "table: 索引号, 发布机构, 关键字 …; the colour/font widget of the page is dropped) and ends mid-word "
                "at '辐射带' in (二)总体绩效目标完成情况分析; the document stops there. Defect kept as found: section "
                "一 ends with '绩效目标如下:' and nothing follows (the page gives no target list or table; the next "
                "line is 二、), so there are no goal texts and no indicator rows to record; this is noted here rather "
                "than flagged, because none of the allowed rule ids names an absent target list and the report is "
                "cut before its indicator analysis, so no coverage finding either. Also kept: the equipment is "
                "named twice with different words (压缩对换车1辆/转运箱2个 in 资金执行, 垃圾压缩车辆1辆/压缩箱2个 in "
                "总体目标完成), and 243 垃圾分类垃圾桶 appears only in the second place. Judgement calls: "
                "'验收合格率100%' in the completion paragraph is a result statement, not an indicator row, so it "
                "is not counted as an indicator. Facts: 100万元 arrived and 100% 到位率, and 资金预算100万元 with "
                "'已全额支付' and 支付率100%, both recorded as budget facts (consistent, no finding). The stated use "
                "of the money (移民重点村产业发展) versus a waste-transfer station is not a rule of the list."
            ),
        },
    },
    {
        "file": "nm-alashan-wuliji-transfer-selfreport.docx",
        "build": build_nm_wuliji,
        "gold": {
            "source_urls": ["https://ixbang.com/bid/detail/43B7A5A63182C3C6E9CBFA6309C75217.html"],
            "province": "内蒙古",
            "doc_kind": "自评报告 (苏木 中央对地方转移支付 绩效自评结果综述, 三个项目, 叙述体)",
            "patterns": [6, 10],
            "indicators": [
                ind(None, None, "牧民满意度", ">=", 95, "%", "达到95%以上"),
                ind(None, None, "嘎查村级特色产业专项资金足额发放率", "=", 100, "%", "达到100%"),
                ind(None, None, "政策落实率", "=", 100, "%", "达到100%"),
                ind(None, None, "资金发放标准按规定执行率", "=", 100, "%", "达到100%"),
                ind(None, None, "受益人群", None, 261, "人", "三个嘎查261人"),
            ],
            "goals": [],
            "facts": [
                {"metric": "乌力吉苏木沙日扎嘎查集体经济项目", "kind": "budget", "planned": None,
                 "actual": None, "stated_rate": 100, "unit": "元"},
                {"metric": "沙日扎嘎查特色产品加工车间二期建设项目资金", "kind": "budget", "planned": None,
                 "actual": None, "stated_rate": 100, "unit": "元"},
                {"metric": "2023年边境地区转移支付中央一线边民补助", "kind": "budget", "planned": None,
                 "actual": None, "stated_rate": 100, "unit": "元"},
            ],
            "findings": [
                {"rule": "target.placeholder", "item": "乌力吉苏木沙日扎嘎查集体经济项目",
                 "why": "全年预算数 and 执行数 are written as '*元'; the amounts are masked, so the stated 100% cannot be checked"},
                {"rule": "target.placeholder", "item": "沙日扎嘎查特色产品加工车间二期建设项目资金",
                 "why": "全年预算数 is '*' (not even a unit) and 执行数 '*元'; the 100% rests on hidden amounts"},
                {"rule": "target.placeholder", "item": "2023年边境地区转移支付中央一线边民补助",
                 "why": "预算数 and 执行数 are '78.*元': the figure is partly masked (and 78 元 cannot be the size of a 边民补助 for 261 people), so the amount is unknown"},
            ],
            "notes": (
                "阿拉善左旗乌力吉苏木人民政府 (阿拉善盟, 内蒙古), summary of the 2023 中央对地方转移支付 self-evaluation "
                "made under 阿左财发〔2024〕56号, as carried by a bidding aggregator: no title, the text starts with "
                "'根据《…》', three projects as paragraphs (项目一/二/三), every money amount masked with '*' (项目二's "
                "预算数 is a bare '*' without 元; 项目三 shows '78.*元'), and it ends mid-word at '发放合法合规,目' in "
                "项目三; the document keeps that shape and stops there. Judgement calls: the labelled results in 项目二 "
                "(牧民满意度达到95%以上; 足额发放率, 政策落实率, 资金发放标准按规定执行率 each 达到100%) and 项目三's "
                "'受益人群三个嘎查261人' are recorded as indicator rows with no 一级/二级 (the text names none); they are "
                "stated as reached levels, not as targets with separate actuals, so 'actual' stays null and the value "
                "is the number written ('以上' → >=, a bare '达到100%' → =). The three '完成预算的100%' statements are "
                "budget facts with unknown amounts (planned/actual null) and are flagged as placeholders because the "
                "'*' leaves the figure unreadable; the masking is most likely the aggregator's, but the document as it "
                "stands carries it. No coverage finding: there is no indicator table, only prose. The two projects "
                "that share the document number 阿财农〔2023〕387号 are kept as found."
            ),
        },
    },
]


def export_pdf(src):
    outdir = tempfile.mkdtemp(prefix="b77pdf")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
        shutil.move(os.path.join(outdir, base), os.path.join(HERE, base))
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def write_gold(name, gold):
    rec = {"source": name}
    rec.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")


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
