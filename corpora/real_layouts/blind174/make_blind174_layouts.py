# -*- coding: utf-8 -*-
"""blind174: layouts of real public documents that approve (批复/下达) or change (调整)
budget-performance targets.

Gold first (plain Python data, written from the stored pages before any file is built),
then the DOCX builders, the LibreOffice PDF export, the annotation files and the
pdftotext check.  Run with /tmp/venv/bin/python.
"""
import copy
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind174"
LO_PROFILE = "file:///tmp/lo_%s" % PART

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

# A. 重庆 奉节: 调整下达资金预算的通知 (attachments: 绩效目标调整审批表 / 绩效目标审批表)
A_P1 = ("根据《奉节县农业农村委员会关于商请下达调整2025年奉节县1000万只肉兔全产业链建设项目(第二批)资金的函》"
        "(奉节农函〔2025〕237号)文件及县政府批示意见,奉节财农〔2025〕81号已下达2025年1000万只肉兔全产业链项目"
        "(第二批)资金预算1100万。现从中调整下达奉节县生态工业园区2025年兔肉食品加工项目资金预算390万元;"
        "县畜牧业发展中心原2025年1000万只肉兔全产业链项目(第二批)资金预算相应调整为710万元。")
A_P2 = "此项资金支出功能分类科目列“21305-巩固脱贫攻坚成果衔接乡村振兴”。"
A_P3 = ("按照绩效管理的相关规定,项目绩效目标随本通知一并批复各单位。请各单位以绩效目标审批表为依据执行预算,"
        "做好绩效运行监控,项目完工后及时开展绩效评价,对发现的问题及时整改,保证目标按期实现、资金使用取得实效。"
        "依据《关于推进地方盘活财政存量资金有关事项的通知》(财预〔2015〕15号),结转超过两年的资金由县财政收回统筹使用,"
        "请在规定期限内完成资金拨付。资金须按规定管理使用,加强监管,做到专款专用。")
A_ATT1 = "附件:1.县畜牧业发展中心2025年1000万只肉兔全产业链项目(第二批)绩效目标调整审批表"
A_ATT2 = "2.2025年生态工业园区兔肉食品加工项目绩效目标审批表"

GOLD_A = {
    "file": "chongqing-fengjie-rountu-tiaozheng-tongzhi",
    "source_urls": ["https://www.cqfj.gov.cn/index/bm_168/czj/zwxx_61576/gsgg_107031/202509/t20250926_15047179.html"],
    "province": "重庆市",
    "doc_kind": "资金预算调整下达通知(附绩效目标调整审批表)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2025年1000万只肉兔全产业链项目(第二批)资金预算", "kind": "sum", "total": 1100,
         "parts": [390, 710], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("Prose only. The notice re-splits 1100万 already issued (奉节财农〔2025〕81号) into 390万元 for the "
              "生态工业园区 兔肉食品加工项目 and 710万元 left with 县畜牧业发展中心; 1100 = 390 + 710 holds. "
              "The two attachments (绩效目标调整审批表 / 绩效目标审批表) are named only: the stored page stops after the "
              "attachment list, no form rows, signature or date are stored. '1100万' is written without 元 (kept). "
              "The long third paragraph is rewritten in my own words with every number kept."),
}

# B. 湖南 邵阳 北塔区: 绩效目标批复的通知 (document-library page of a .docx)
B_LIB1 = "关于下达2023年第一批财政衔接推进乡村振兴补助资金项目绩效目标的通知.docx"
B_LIB2 = "当前文档共25页 73.393 KB 下载后继续阅读"
B_HEAD = "邵阳市北塔区财政局文件"
B_NO = "邵北财农绩﹝2023﹞1 号"
B_T1 = "关于下达 2023 年第一批财政衔接推进乡村"
B_T2 = "振兴补助资金绩效目标批复的通知"
B_TO = "各镇(街道)、各区直有关单位:"
B_P0 = ("依据《财政专项扶贫资金绩效管理操作指南(试行)》(财办农〔2019〕68 号)等文件,经审核通过的 2023 年第一批"
        "财政衔接推进乡村振兴补助资金项目绩效目标现批复给你单位,有关事项通知如下。")
B_P1 = ("一、本次批复的绩效目标是开展绩效运行监控、绩效自评、绩效自评抽查和重点绩效评价的重要依据。目标一经批复,"
        "原则上不再调整;预算执行中确因特殊原因需要调整的,须按规定程序报批。")
B_P2 = "二、绩效目标批复后 20 个工作日内,请将绩效目标表在政府门户网站公开(乡镇、村在相应公开栏公开)。"
B_P3 = "三、预算执行中,你单位应建立项目绩效目标运行监控机制,定期跟踪分析预算和绩效目标的执行情况,"

GOLD_B = {
    "file": "hunan-shaoyang-beita-xianjie-pifu-tongzhi",
    "source_urls": ["https://doc.chddh.cn/archives/769xb3le5kv34lmzpngj.html"],
    "province": "湖南省",
    "doc_kind": "绩效目标批复通知",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Prose only. A document-library page holding the first page of a 25-page .docx: 北塔区财政局 approves "
              "(批复) the targets of the 2023 first batch of 衔接资金 projects, says approved targets are in principle "
              "not adjusted (adjustment only by the set procedure) and must be published within 20 working days. "
              "The library header (file name, 25页 73.393 KB) is kept as two lines. The stored page stops in the "
              "middle of item 三 (kept ending with a comma); none of the approved target tables is stored. "
              "Odd symbols kept: ﹝2023﹞, the spaces in '1 号', '2023 年', '68 号', and the title broken after 乡村."),
}

# C. 陕西 宝鸡 陈仓区: 下达资金 + 绩效目标表 (cut after 总体目标)
C_TO = "区林业局:"
C_P1 = ("根据市财政局《关于下达2024年省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)预算的通知》"
        "(宝市财办资环[2024]56号),现将2024年省级财政衔接推进乡村振兴资金120万元下达你单位,专项用于冯家河欠发达国有"
        "林场巩固提升项目,列入“2130599-其他乡村振兴支出”一般公共预算支出科目。")
C_P2 = ("请你单位贯彻各级党委、政府《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的(实施)意见》的精神,依照"
        "《财政衔接推进乡村振兴补助资金管理办法》,抓紧制定并落实项目实施方案,加强资金管理,提升资金使用效益。")
C_ATT = "附件:陈仓区2024年省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)绩效目标表"
C_CONTACT = ["公告时间:长期公开", "单位地址:陈仓区机关集中安置中心1号楼619室", "邮箱:ccqncg@163.com",
             "监督电话:0917-6231011", "12317", "受理人:范丹妮"]
C_TITLE = "陈仓区2024年省级财政衔接推进乡村振兴补助资金(欠发达国有"
C_FUNDNAME = "省级财政衔接推进乡村振兴补助资金(欠发达国有林场巩固提升任务)"
C_GOAL = ("加强陈仓区冯家河国有林场基础设施建设并补齐必要的配套设施,提高欠发达林场职工的生产生活水平;推动林场特色"
          "优势产业发展,逐步培育现代林业园区,建设森林康养、森林体验、自然教育等特色旅游基地,带动林场职工和周边群众增收;"
          "依托林地优势,通过场内外造林、林业专业合作社等方式培育珍贵树种和优良乡土树种,建设大径林木基地,带动周边村"
          "集体经济发展。")

GOLD_C = {
    "file": "shaanxi-baoji-chencang-linchang-xiada-mubiaobiao",
    "source_urls": ["http://www.chencang.gov.cn/col8173/col8180/col16406/202408/t20240809_130804.html"],
    "province": "陕西省",
    "doc_kind": "资金下达通知及绩效目标表",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [
        {"kind": "总体目标", "text": C_GOAL},
    ],
    "facts": [
        {"metric": "资金金额(万元)", "kind": "sum", "total": 120, "parts": [120], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": C_GOAL,
         "why": "总体目标 names no number, baseline or deadline: 提高/推动/逐步/带动…增收 without any amount, area, "
                "count of trees or bases, or income figure."},
    ],
    "notes": ("A 区财政局 notice issuing 120万元 with the 绩效目标表 as its attachment (the approved target table). "
              "Kept as found: the page shows no title before the addressee; the contact block sits between the "
              "notice and the table; the table title is cut in its cell ('(欠发达国有'); the funds label "
              "'资金金额(万元)' is merged down three rows; '年底金额(万元)' (sic, for 年度金额) and an empty 其他 row. "
              "The stored page stops right after the 总体目标 cell, before the 绩效指标 block, so the document has no "
              "indicator rows; I did not invent any. Funds: 120 = 省级补助 120 + 其他 (empty). The 总体目标 is "
              "rewritten in my own words (the original has no numbers); goal.unmeasured cannot be judged because "
              "the indicator block is not stored."),
}

# D. 福建 泉州: 下达资金(现代农业产业园) + 分配表 (cut in the first row)
D_TITLE = "泉州市财政局 泉州市农业农村局关于下达2026年市级财政衔接推进乡村振兴补助资金(现代农业产业园)的通知"
D_META = "2026-01-30 浏览量:"
D_NO = "泉财202624"
D_TO = "有关县(市、区)财政局、农业农村主管部门:"
D_P1 = ("为进一步发展特色现代农业、促进农业增产增效,现下达2026年市级财政衔接推进乡村振兴补助资金(现代农业产业园)"
        "150万元,用于产业园主导产业提升,款列2130599-其他巩固拓展脱贫攻坚成果衔接乡村振兴支出”科目。该资金从晋江"
        "洛阳江上游水资源保护补偿专项资金中安排,任务清单、绩效目标同步下达(见附件12)。")
D_P2 = ("请按《泉州市财政局泉州市农业农村局关于印发〈泉州市市级特色现代农业发展专项资金管理规定〉等3个专项资金管理"
        "规定的通知》(泉财规2024〕7号)的要求加强资金监管,尽快分解下达并拨付资金,专款专用,任何部门和单位不得截留、"
        "挤占、挪用;资金支付执行财政国库管理制度的有关规定,并做好绩效跟踪管理,提高财政资金使用效益。")
D_ATT1 = "附件:1.2026年市级财政衔接推进乡村振兴补助资金(现代农业产业园)分配表及任务清单"
D_ATT2 = "2.2026年市级财政衔接推进乡村振兴补助资金(现代农业产业园)绩效目标表"
D_SIGN = "泉州市财政局               泉州市农业农村局"
D_DATE = "2026123"
D_PUB = "此件主动公开"
D_A1 = "附件1"
D_A1T1 = "2026年市级财政衔接推进乡村振兴补助资金"
D_A1T2 = "(现代农业产业园)分配表及任务清单"
D_UNIT = "单位:万元"
D_ROWS = [["县(市、区)", "补助金额", "任务清单"], ["安溪县", "50", "提升1"]]

GOLD_D = {
    "file": "fujian-quanzhou-chanyeyuan-xiada-tongzhi",
    "source_urls": ["https://nyncj.quanzhou.gov.cn/xxgk/czzj/zjfpgk/202601/t20260130_3263061.htm"],
    "province": "福建省",
    "doc_kind": "资金下达通知(同步下达任务清单和绩效目标)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("市财政局 and 市农业农村局 issue 150万元 together with a task list and 绩效目标 (附件2, the approved target "
              "table). The stored page stops in the first row of 附件1 (分配表及任务清单): '安溪县 | 50 | 提升1', so the "
              "绩效目标表 itself is not stored and no indicator rows exist; the 150万元 split cannot be checked (only "
              "安溪县 50 is stored), so no sum fact is recorded. Typos and lost symbols kept as written: '泉财202624' "
              "(文号 without 〔〕号), the unmatched ” after 支出, '见附件12', '泉财规2024〕7号', date '2026123'. "
              "The purpose clause '进一步发展特色现代农业,促进农业增产增效' is the reason for the money, not a stated "
              "performance goal, so goals is empty. Long sentences rewritten in my own words with every number kept."),
}

GOLDS = [GOLD_A, GOLD_B, GOLD_C, GOLD_D]

# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
FONT = "Noto Serif CJK SC"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), FONT)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = ""
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold


def save_deterministic(doc, path):
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_a(path):
    doc = new_doc()
    para(doc, "奉节县财政局", bold=True, center=True, size=16)
    para(doc, "关于调整下达2025年1000万只肉兔全产业链项目(第二批)资金预算", bold=True, center=True, size=14)
    para(doc, "的通知", bold=True, center=True, size=14)
    para(doc, "奉节财农〔2025〕141号", center=True)
    para(doc, "奉节县畜牧业发展中心、奉节县生态工业园区:")
    para(doc, A_P1)
    para(doc, A_P2)
    para(doc, A_P3)
    para(doc, A_ATT1)
    para(doc, A_ATT2)
    save_deterministic(doc, path)


def build_b(path):
    doc = new_doc()
    para(doc, B_LIB1, size=9)
    para(doc, B_LIB2, size=9)
    para(doc, B_HEAD, bold=True, center=True, size=20)
    para(doc, B_NO, center=True)
    para(doc, B_T1, bold=True, center=True, size=14)
    para(doc, B_T2, bold=True, center=True, size=14)
    para(doc, B_TO)
    para(doc, B_P0)
    para(doc, B_P1)
    para(doc, B_P2)
    para(doc, B_P3)
    save_deterministic(doc, path)


def build_c(path):
    doc = new_doc()
    para(doc, C_TO)
    para(doc, C_P1)
    para(doc, C_P2)
    para(doc, C_ATT)
    for line in C_CONTACT:
        para(doc, line)
    para(doc, "附件", bold=True)
    t = doc.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # r0 title (cut in its cell), merged across
    m = t.cell(0, 0).merge(t.cell(0, 3))
    set_cell(m, C_TITLE, bold=True)
    # r1 资金名称
    set_cell(t.cell(1, 0), "资金名称")
    m = t.cell(1, 1).merge(t.cell(1, 3))
    set_cell(m, C_FUNDNAME)
    # r2 主管/实施
    set_cell(t.cell(2, 0), "区级主管单位")
    set_cell(t.cell(2, 1), "陈仓区林业局")
    set_cell(t.cell(2, 2), "实施单位")
    set_cell(t.cell(2, 3), "陈仓区冯家河林场")
    # r3-r5 funds, label merged down
    m = t.cell(3, 0).merge(t.cell(5, 0))
    set_cell(m, "资金金额(万元)")
    set_cell(t.cell(3, 1), "年底金额(万元)")
    m = t.cell(3, 2).merge(t.cell(3, 3))
    set_cell(m, "120")
    set_cell(t.cell(4, 1), "其中:省级补助")
    m = t.cell(4, 2).merge(t.cell(4, 3))
    set_cell(m, "120")
    set_cell(t.cell(5, 1), "其他")
    m = t.cell(5, 2).merge(t.cell(5, 3))
    set_cell(m, "")
    # r6 总体目标 (goal in a cell)
    set_cell(t.cell(6, 0), "总体目标")
    m = t.cell(6, 1).merge(t.cell(6, 3))
    set_cell(m, C_GOAL)
    save_deterministic(doc, path)


def build_d(path):
    doc = new_doc()
    para(doc, D_TITLE, bold=True, center=True, size=14)
    para(doc, D_META, size=9)
    para(doc, D_NO, center=True)
    para(doc, D_TO)
    para(doc, D_P1)
    para(doc, D_P2)
    para(doc, D_ATT1)
    para(doc, D_ATT2)
    para(doc, D_SIGN)
    para(doc, D_DATE)
    para(doc, D_PUB)
    para(doc, D_A1, bold=True)
    para(doc, D_A1T1, bold=True, center=True)
    para(doc, D_A1T2, bold=True, center=True)
    para(doc, D_UNIT)
    t = doc.add_table(rows=len(D_ROWS), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(D_ROWS):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
    save_deterministic(doc, path)


BUILDERS = {GOLD_A["file"]: build_a, GOLD_B["file"]: build_b,
            GOLD_C["file"]: build_c, GOLD_D["file"]: build_d}

# ---------------------------------------------------------------------------
# export, annotations, check
# ---------------------------------------------------------------------------

def to_pdf(src):
    outdir = os.path.dirname(src)
    subprocess.run(["soffice", "-env:UserInstallation=%s" % LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(src)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for %s" % src)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout
    return out.decode("utf-8")


def norm(s):
    return re.sub(r"\s+", "", s)


def gold_for(g, source):
    d = {k: copy.deepcopy(v) for k, v in g.items() if k != "file"}
    return {"source": source, **d}


def check(g, text):
    t = norm(text)
    items = []
    for ind in g["indicators"]:
        items.append(("indicator", ind["name"]))
        if ind.get("target_text"):
            items.append(("target", ind["target_text"]))
    for goal in g["goals"]:
        items.append(("goal", goal["text"]))
    for f in g["findings"]:
        items.append(("finding", f["item"]))
    for f in g["facts"]:
        for n in [f["total"]] + list(f["parts"]):
            items.append(("fact", ("%g" % n)))
    missing = [(k, v) for k, v in items if norm(v) not in t]
    return items, missing


def main():
    os.makedirs(ANN, exist_ok=True)
    ok = True
    for g in GOLDS:
        base = g["file"]
        docx_path = os.path.join(HERE, base + ".docx")
        BUILDERS[base](docx_path)
        pdf_path = to_pdf(docx_path)
        for p in (docx_path, pdf_path):
            name = os.path.basename(p)
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold_for(g, name), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        items, missing = check(g, pdf_text(pdf_path))
        status = "OK" if not missing else "MISSING %r" % missing
        print("%-52s items=%d %s" % (base, len(items), status))
        ok = ok and not missing
    shutil.rmtree("/tmp/lo_%s" % PART, ignore_errors=True)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
