#!/usr/bin/env python3
"""Blind part 85 of the real-layout corpus (public-health share).

Each document reproduces one stored public page (see SOURCES.md): layout, labels and
facts as the page has them; longer sentences re-worded with the same numbers.  The gold
in DOCS was written by hand from the pages before anything ran on the files.

Run:  /tmp/venv/bin/python make_blind85_layouts.py [--no-pdf]
"""
import io
import json
import re
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = datetime(2025, 1, 1, 0, 0, 0)
FIXED_ZIP = (2025, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------- helpers
def normalise_zip(path: Path) -> None:
    """Rewrite a DOCX/XLSX so that it is byte-identical between runs."""
    with zipfile.ZipFile(path) as zin:
        items = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    names = sorted(items)
    if "[Content_Types].xml" in names:
        names.remove("[Content_Types].xml")
        names.insert(0, "[Content_Types].xml")
    stamp = "2025-01-01T00:00:00Z"
    core = "docProps/core.xml"
    if core in items:
        txt = items[core].decode("utf-8")
        txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % stamp, txt)
        txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % stamp, txt)
        items[core] = txt.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=FIXED_ZIP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, items[n])
    path.write_bytes(buf.getvalue())


def new_docx():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
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


def pin_xlsx_props(wb):
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# --------------------------------------------------------------------------- documents
def build_qianjiang(path: Path) -> None:
    """湖北 潜江: 以奖代补 评价结果 (aggregator mirror, traditional characters), cut in 產出成本."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "績效評價結果"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for col, w in zip("ABCDE", (14, 16, 52, 10, 8)):
        ws.column_dimensions[col].width = w
    lines = [
        ("2022年度潛江市政法委員會嚴重精神障礙患者以獎代補項目績效評價結果", True),
        ("潛江市財政局 | 2023-10-16", False),
        ("一,、評價結論", False),
        ("(一)績效評價分數和等級", False),
        ("潛江市政法委員會2022年度嚴重精神障礙患者以獎代補項目綜合績效評價得分:89分,", False),
        ("附件:績效評價評分明細表", False),
    ]
    r = 1
    for text, bold in lines:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(bold=bold, size=13 if bold else 11)
        c.alignment = centre if bold else wrap
        r += 1
    header = ["一級指標", "二級指標", "三級指標", "標準分值", "得分"]
    for j, h in enumerate(header, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True)
        c.alignment = centre
        c.border = box
    r += 1
    blocks = [
        ("投入12分", [
            ("項目立項4分", [("立項依據充分性", 2, 2), ("立項程序規范性", 2, 2)]),
            ("績效目標4分", [("目標設立合理性", 2, 2), ("指標設立明確性", 2, 0)]),
            ("資金投入4分", [("預算編制科學性", 2, 2), ("資金分配合理性", 2, 2)]),
        ]),
        ("過程15分", [
            ("組織管理7分", [("管理制度健全性", 3, 3), ("項目實施合規性", 4, 3)]),
            ("資金管理8分", [("資金到位率", 2, 2), ("資金到位及時性", 2, 2), ("資金執行規范性", 4, 4)]),
        ]),
        ("產出44分", [
            ("產出數量18分", [
                ("組織《嚴重精神障礙患者監護人申領管理獎勵的暫行辦法》宣講次數", 6, 4),
                ("嚴重精神障礙息者肇事肇禍事件發生次數", 6, 6),
                ("預算執行率", 6, 6),
            ]),
            ("產出質量15分", [
                ("嚴重精神障礙患者管理規范率", 5, 5),
                ("全市救助嚴重精神障礙患者覆蓋率", 5, 5),
                ("資金使用合規率", 5, 5),
            ]),
            # the stored page stops here: "產出成本5分獎"
            ("產出成本5分", [("獎", None, None)]),
        ]),
    ]
    for l1, subs in blocks:
        start1 = r
        for l2, rows in subs:
            start2 = r
            for name, w, s in rows:
                ws.cell(row=r, column=3, value=name)
                ws.cell(row=r, column=4, value=w)
                ws.cell(row=r, column=5, value=s)
                r += 1
            ws.cell(row=start2, column=2, value=l2)
            if r - 1 > start2:
                ws.merge_cells(start_row=start2, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=start1, column=1, value=l1)
        ws.merge_cells(start_row=start1, start_column=1, end_row=r - 1, end_column=1)
    for row in ws.iter_rows(min_row=len(lines) + 2, max_row=r - 1, max_col=5):
        for c in row:
            c.border = box
            c.alignment = centre if c.column in (1, 2, 4, 5) else wrap
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    pin_xlsx_props(wb)
    wb.save(path)


def build_daoli(path: Path) -> None:
    """黑龙江 哈尔滨 道里区: 计划生育服务项目 自评报告, cut after 项目概况 paragraph."""
    d = new_docx()
    para(d, "2022年度道里区计划生育服务项目绩效自评报告", bold=True, center=True, size=15)
    para(d, "一、项目基本情况", bold=True)
    para(d, "(一)项目概况。道里区全面执行农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助两项制度,"
            "辖区内符合条件的扶助对象做到应纳尽纳、应享尽享,实现全覆盖。2022年度扶助对象情况为:"
            "农村部分计划生育奖励扶助对象7556人;计划生育特别扶助对象4378人(其中独生子女伤残扶助2104人,"
            "独生子女死亡扶助2274人);特别扶助其他人员(手术并发症)7人。")
    d.save(path)


def build_kangle(path: Path) -> None:
    """甘肃 临夏 康乐县: 严重精神障碍患者监护人 以奖代补 经费发放项目 公示."""
    d = new_docx()
    para(d, "康乐县委政法委关于2024年严重精神障碍患者监护人省级以奖代补经费发放项目的公示",
         bold=True, center=True, size=14)
    para(d, "一、项目名称:2024年严重精神障碍患者监护人省级以奖代补经费")
    para(d, "二、资金来源:严重精神障碍患者监护人省级以奖代补经费")
    para(d, "三、项目投资:3.42万元")
    para(d, "四、建设内容:依据《甘肃省实施严重精神障碍患者监护人以奖代补工作办法(试行)》第十五条,"
            "以奖代补经费每年集中审核、发放一次,每个监护年度的奖补金额不低于1800元(折合每月不低于150元);"
            "本年度发放对象19人,所需资金合计3.42万元,其中省级以奖代补经费3.3269万元,"
            "不足部分931元由县委政法委补足。")
    para(d, "五、建设年限:2024.1-2024.12")
    para(d, "六、项目成效:以社会治理创新为抓手,完善特殊人群服务管理机制,依法抓好严重精神障碍患者的救助救治,"
            "形成政府、社会、家庭“三位一体”的关怀帮扶格局;借助“以奖代补”督促监护人切实尽到监护责任、"
            "看护好居家患者,确保不发生因疏于救治管理引发的危害社会案(事)件。")
    para(d, "七、实施单位:中共康乐县委政法委员会")
    para(d, "八、公示时间:2024年10月24日——2024年10月28日")
    para(d, "九、监督电话:0930-4427132")
    p = para(d, "中共康乐县委政法委员会")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(d, "2024年10月24日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)


# --------------------------------------------------------------------------- gold
def ind(l1, l2, name, w, s):
    return {"level1": l1, "level2": l2, "name": name, "operator": None, "value": None, "unit": None,
            "target_text": None, "actual": None, "weight": w, "score": s}


QJ_ROWS = [
    ("投入", "項目立項", "立項依據充分性", 2, 2),
    ("投入", "項目立項", "立項程序規范性", 2, 2),
    ("投入", "績效目標", "目標設立合理性", 2, 2),
    ("投入", "績效目標", "指標設立明確性", 2, 0),
    ("投入", "資金投入", "預算編制科學性", 2, 2),
    ("投入", "資金投入", "資金分配合理性", 2, 2),
    ("過程", "組織管理", "管理制度健全性", 3, 3),
    ("過程", "組織管理", "項目實施合規性", 4, 3),
    ("過程", "資金管理", "資金到位率", 2, 2),
    ("過程", "資金管理", "資金到位及時性", 2, 2),
    ("過程", "資金管理", "資金執行規范性", 4, 4),
    ("產出", "產出數量", "組織《嚴重精神障礙患者監護人申領管理獎勵的暫行辦法》宣講次數", 6, 4),
    ("產出", "產出數量", "嚴重精神障礙息者肇事肇禍事件發生次數", 6, 6),
    ("產出", "產出數量", "預算執行率", 6, 6),
    ("產出", "產出質量", "嚴重精神障礙患者管理規范率", 5, 5),
    ("產出", "產出質量", "全市救助嚴重精神障礙患者覆蓋率", 5, 5),
    ("產出", "產出質量", "資金使用合規率", 5, 5),
]

DOCS = [
    {
        "file": "hb-qianjiang-mental-reward-eval.xlsx",
        "build": build_qianjiang,
        "gold": {
            "source_urls": ["https://0477ly.com/newsdetail/news442393.html"],
            "province": "湖北",
            "doc_kind": "评价报告 (财政局公布的绩效评价结果, 含评分明细表)",
            "patterns": [1, 10],
            "indicators": [ind(*r) for r in QJ_ROWS],
            "goals": [],
            "facts": [
                {"metric": "投入 標準分值", "kind": "sum", "total": 12, "parts": [4, 4, 4], "unit": "分"},
                {"metric": "項目立項 標準分值", "kind": "sum", "total": 4, "parts": [2, 2], "unit": "分"},
                {"metric": "績效目標 標準分值", "kind": "sum", "total": 4, "parts": [2, 2], "unit": "分"},
                {"metric": "資金投入 標準分值", "kind": "sum", "total": 4, "parts": [2, 2], "unit": "分"},
                {"metric": "過程 標準分值", "kind": "sum", "total": 15, "parts": [7, 8], "unit": "分"},
                {"metric": "組織管理 標準分值", "kind": "sum", "total": 7, "parts": [3, 4], "unit": "分"},
                {"metric": "資金管理 標準分值", "kind": "sum", "total": 8, "parts": [2, 2, 4], "unit": "分"},
                {"metric": "產出數量 標準分值", "kind": "sum", "total": 18, "parts": [6, 6, 6], "unit": "分"},
                {"metric": "產出質量 標準分值", "kind": "sum", "total": 15, "parts": [5, 5, 5], "unit": "分"},
            ],
            "findings": [
                {"rule": "consistency.deviation_reason_missing",
                 "item": "組織《嚴重精神障礙患者監護人申領管理獎勵的暫行辦法》宣講次數",
                 "why": "scored 4 of 6 points; the table has no reason column and the result text gives no "
                        "explanation for the shortfall"},
                {"rule": "consistency.deviation_reason_missing", "item": "指標設立明確性",
                 "why": "scored 0 of 2 points (the whole point lost) with no stated reason"},
                {"rule": "consistency.deviation_reason_missing", "item": "項目實施合規性",
                 "why": "scored 3 of 4 points with no stated reason"},
            ],
            "notes": (
                "潛江市財政局 notice of 2023-10-16 on the 財政 evaluation of the 潛江市政法委員會 2022 "
                "嚴重精神障礙患者以獎代補 project. The stored page is a spam-wrapped mirror (0477ly) of a 查策網 "
                "article, shown in traditional characters; it opens with spam text (not reproduced), then the title, "
                "the source line, the start of 一、評價結論 with the overall score 89分 and at once the attachment "
                "績效評價評分明細表, flattened into one run of text. The mirror inserts pinyin after many characters "
                "(產(chǎn)出) and garbles a few (肇禍?zhǔn)录l(fā)生); the document drops the pinyin and restores "
                "肇禍事件發生, keeps the traditional characters as shown (including 規范 with simplified 范), the "
                "odd '一,、' and the slip '息者' for 患者. The flattened run was split by its subtotal labels "
                "(投入12分 / 項目立項4分 …) and each row's two trailing digits read as 標準分值 then 得分; every "
                "pairing matches its subtotal (e.g. 組織管理7 = 3 + 4, 產出數量18 = 6 + 6 + 6). Laid out as an XLSX "
                "attachment: notice lines in merged rows above, 一級 and 二級 labels (with their points, as the "
                "page writes them) merged down their rows. The page stops at '產出成本5分獎': the last row keeps "
                "the 二級 label 產出成本5分 and the fragment 獎 with no numbers; it is a cut, not an indicator, "
                "and is not in the gold. So 17 indicator rows; gold level1/level2 drop the point suffixes. "
                "Evaluation rows carry no targets, so operator/value/unit/target_text are null, weight = 標準分值, "
                "score = 得分. 89分 is stated without a grade (so no grade fact) and the table is cut before "
                "產出成本/產出時效/效益, so no score_total fact and no coverage finding (the visible scores sum "
                "to 55). Sum facts are the 標準分值 subtotals, all consistent. Judgement calls: the three rows "
                "that lost points get deviation_reason_missing (no reason anywhere in the document); 預算執行率 "
                "and 資金使用合規率 sitting in 產出 are process measures, but that rule is not in this part's "
                "list, so no finding."
            ),
        },
    },
    {
        "file": "hl-daoli-family-planning-selfreport.docx",
        "build": build_daoli,
        "gold": {
            "source_urls": ["https://m.1wenmi.com/doc/902823.html"],
            "province": "黑龙江",
            "doc_kind": "自评报告 (计划生育服务项目, 开头部分)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "计划生育特别扶助对象", "kind": "sum", "total": 4378, "parts": [2104, 2274], "unit": "人"},
            ],
            "findings": [],
            "notes": (
                "哈尔滨 道里区 2022年度计划生育服务项目绩效自评报告, stored on a document-sharing site "
                "(第壹文秘, DOCX, 13 pages) whose stored text holds the site's preview frame and then only the "
                "title, 一、项目基本情况 and the (一)项目概况 paragraph; it stops at the '(' that opens the next "
                "item. The document is a DOCX (as the site lists it) with that beginning, re-worded with the same "
                "numbers: 7556人 奖励扶助, 4378人 特别扶助 (2104 伤残 + 2274 死亡 = 4378, consistent), 7人 手术并发症. "
                "Prose only; no goal section or indicator table is reached, so no goal or coverage finding. "
                "The three groups are not totalled in the text (7556 + 4378 + 7 = 11941 is not stated)."
            ),
        },
    },
    {
        "file": "gs-kangle-mental-guardian-notice.docx",
        "build": build_kangle,
        "gold": {
            "source_urls": ["https://gskanglexian.gov.cn/klx/zwdt/GSGG/art/2024/art_ae7ea3642bcb497694e607d78f4b51c0.html"],
            "province": "甘肃",
            "doc_kind": "项目公示 (严重精神障碍患者监护人以奖代补经费发放, 含项目成效)",
            "patterns": [8, 10],
            "indicators": [],
            "goals": [
                {"kind": "目标",
                 "text": "以社会治理创新为抓手,完善特殊人群服务管理机制,依法抓好严重精神障碍患者的救助救治,"
                         "形成政府、社会、家庭“三位一体”的关怀帮扶格局;借助“以奖代补”督促监护人切实尽到监护责任、"
                         "看护好居家患者,确保不发生因疏于救治管理引发的危害社会案(事)件。"},
            ],
            "facts": [
                {"metric": "项目投资 (以奖代补经费)", "kind": "sum", "total": 3.42, "parts": [3.3269, 0.0931],
                 "unit": "万元"},
            ],
            "findings": [
                {"rule": "goal.unquantified",
                 "item": "以社会治理创新为抓手,完善特殊人群服务管理机制,依法抓好严重精神障碍患者的救助救治,"
                         "形成政府、社会、家庭“三位一体”的关怀帮扶格局;借助“以奖代补”督促监护人切实尽到监护责任、"
                         "看护好居家患者,确保不发生因疏于救治管理引发的危害社会案(事)件。",
                 "why": "the 项目成效 section states only directions (推进/完善/抓好/形成/督促); it gives no number, "
                        "no coverage or payment target for the 19 guardians and no measure for the 'no incident' "
                        "assurance"},
            ],
            "notes": (
                "中共康乐县委政法委员会 (临夏州, 甘肃) notice of 2024-10-24 publishing the 2024 省级以奖代补 payment "
                "for guardians of patients with severe mental disorders; the stored page holds the whole notice. "
                "It uses the county's project-notice template (项目名称 / 资金来源 / 项目投资 / 建设内容 / 建设年限 / "
                "项目成效 / 实施单位 / 公示时间 / 监督电话), so a cash award carries 建设内容 and 建设年限; kept as found. "
                "Sentences of 建设内容 and 项目成效 are re-worded with the same facts. Arithmetic, all consistent: "
                "19人 × 1800元 = 34200元 = 3.42万元; 1800元 a year = 150元 a month × 12; 3.3269万元 + 931元 "
                "(= 0.0931万元) = 3.42万元 (the sum fact is recorded in 万元 after converting the 931元 part; the "
                "mixed units are the point of the check). No indicator table. Pattern 8 for the template labels and the "
                "closing signature block (issuer and date) with the 监督电话 line. Judgement: 项目成效 is taken as the "
                "notice's goal and flagged goal.unquantified (it could also be read as process_only; the one result "
                "it names, no incidents, has no count or baseline)."
            ),
        },
    },
]


def main() -> None:
    no_pdf = "--no-pdf" in sys.argv
    ANN.mkdir(exist_ok=True)
    for doc in DOCS:
        path = HERE / doc["file"]
        doc["build"](path)
        normalise_zip(path)
        pdf_name = path.with_suffix(".pdf").name
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for name in (doc["file"], pdf_name):
            gold = {"source": name}
            gold.update(doc["gold"])
            (ANN / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
        print("wrote", doc["file"], "and", pdf_name)


if __name__ == "__main__":
    main()
