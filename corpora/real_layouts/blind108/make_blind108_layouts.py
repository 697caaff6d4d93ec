"""Build the blind108 part of the real-layout corpus.

Written by an annotator who has not read the toolkit's code. Gold answers are
written first (GOLD below, saved to annotations/), then the DOCX/XLSX files are
built and exported to PDF with LibreOffice. Output is deterministic: fixed core
properties and fixed zip timestamps.

Run: /tmp/venv/bin/python make_blind108_layouts.py
"""
import datetime as dt
import json
import os
import re
import shutil
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
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)

URL_TJ = "https://www.tjbd.gov.cn/sy/ztzl/ztzl1/czjjzdjc/202109/t20210902_5576119.html"
URL_XJ = "https://www.xjbl.gov.cn/info/1058/61179.htm"
URL_ZJ1 = "https://www.zjtt.gov.cn/art/2023/6/29/art_1229806087_3958668.html"
URL_ZJ2 = "http://www.yj.gov.cn/art/2024/7/23/art_1229248275_4247418.html"

# ---------------------------------------------------------------- gold first
GOLD = {
    "tianjin-baodi-heating-selfeval": {
        "exts": ["docx"],
        "source_urls": [URL_TJ],
        "province": "天津市",
        "doc_kind": "抗疫特别国债项目(打捆项目)绩效目标自评表(前附两份资金下达/收回通知)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "供热补贴项目抗疫特别国债中央直达资金指标", "kind": "sum",
             "total": 3400, "parts": [1640, 1760], "unit": "万元",
             "note": "7月22日下达3400万元;10月10日收回1640万元,剩余1760万元继续用于该项目"},
        ],
        "findings": [],
        "notes": ("Stored page stops inside the 自评表 money block, in the row label '地方资' (地方资金 row cut); "
                  "the indicator part of the 自评表 is not on the stored page, so no indicator rows and no goals. "
                  "Kept as found: the two notices addressed to '城管委:', doc numbers with mixed brackets "
                  "(津财预指[2020]31号, 津财预【2020】56号, 宝财预指[2020] 21号 with a space), '资金情况 (万元)' label "
                  "merged down the money block, 1760/1760/100% rows. Notice sentences reworded, numbers kept. "
                  "Judgement: 年度资金总额 1760 = 中央财政资金 1760 + 地方资金 (cut) not recorded as a fact because the "
                  "地方 part is cut; 执行率 100% = 1760/1760 is consistent. No findings: nothing the stored page "
                  "supports (missing indicators are due to the cut, not the document)."),
    },
    "xinjiang-bole-bond-selfreport": {
        "exts": ["docx"],
        "source_urls": [URL_XJ],
        "province": "新疆维吾尔自治区",
        "doc_kind": "抗疫特别国债执行情况绩效自评报告(市级汇总)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "项目绩效目标", "text": "安排资金7000万元,主要用于新建调节池总容积766万m³及泵房管网等配套设施。"},
            {"kind": "项目绩效目标", "text": "安排资金5000万元,主要用于建设地下排水管网29公里、580个雨水口、雨水篦等附属配套。"},
            {"kind": "项目绩效目标", "text": "安排资金2000万元,主要用于建设供热管网DN300-DN500管长2725×2米及周边附属配套等。"},
            {"kind": "项目绩效目标", "text": "安排资金4000万元,主要用于建设DN500-DN1000排水管网长13公里及附属配套等工程。"},
            {"kind": "项目绩效目标", "text": "安排资金3000万元,主要用于建设城市主管网DN300-DN500长11.3公里及减压阀,94个消防栓等附属配套等。"},
            {"kind": "项目绩效目标", "text": "安排资金7860万元,主要用于建设换热站70座,建设DN200-500供热管网84000米及检查井等附属设施。"},
            {"kind": "项目绩效目标", "text": "安排资金2090万元,主要用于全市师生及校园的消杀,防护用品购置,全市学生中午在校用餐、送餐及相关卫生安全。"},
        ],
        "facts": [
            {"metric": "自治州下达博乐市抗疫特别国债资金", "kind": "sum", "total": 4.54,
             "parts": [2.886, 0.209, 0.245, 1.2], "unit": "亿元"},
            {"metric": "抗疫特别国债项目个数", "kind": "sum", "total": 9, "parts": [6, 1, 1, 1], "unit": "个"},
            {"metric": "市住建局6个项目资金", "kind": "sum", "total": 28860,
             "parts": [7000, 5000, 2000, 4000, 3000, 7860], "unit": "万元",
             "total_as_written": "2.886亿元"},
        ],
        "findings": [
            {"rule": "goal.budget_text",
             "item": "安排资金2090万元,主要用于全市师生及校园的消杀,防护用品购置,全市学生中午在校用餐、送餐及相关卫生安全。",
             "why": "the stated target of the 就餐 project only says what the 2090万元 pays for; no output or effect is set"},
            {"rule": "goal.unquantified",
             "item": "安排资金2090万元,主要用于全市师生及校园的消杀,防护用品购置,全市学生中午在校用餐、送餐及相关卫生安全。",
             "why": "no number of pupils, meals or schools; only the money amount is numeric"},
        ],
        "notes": ("Prose only. Stored page stops at '㈧博乐市医疗' (the 8th project of 绩效目标设定情况 is cut; the 9th is "
                  "not on the page). Kept as found: '供9个项目' (typo for 共), circled numerals ㈠–㈧, amounts in 亿元 in "
                  "the split and in 万元 per project, '766万m³'. Intro sentence reworded, numbers kept; project lines kept "
                  "as written. Judgement: the six 住建局 lines are counted as the parts of 2.886亿元 (=28860万元) because "
                  "the page says 市住建局6个 and lists six construction projects first; ㈦ (2090万元 = 0.209亿元) matches 市教育局. "
                  "Goals ㈠–㈥ carry physical quantities so they are not flagged; only ㈦ is flagged. No effect or "
                  "satisfaction targets appear, but the page is cut before any indicator section, so no coverage finding."),
    },
    "zhejiang-tiantai-pingqiao-bond-eval": {
        "exts": ["xlsx"],
        "source_urls": [URL_ZJ1],
        "province": "浙江省",
        "doc_kind": "地方政府专项债券项目资金绩效评价结果公示(评价情况表,一项目一行)",
        "patterns": [7],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "consistency.grade", "item": "天台县花前工业园区四期核心区",
             "why": "评价得分 92 but the 评价结果 cell is empty; 92 falls in 优 (≥90)"},
            {"rule": "consistency.grade", "item": "天台县平桥镇蓝天科创产业园工程",
             "why": "评价得分 83 but the 评价结果 cell is empty; 83 falls in 良 (80–90)"},
        ],
        "notes": ("Whole table is on the stored page (2 project rows); page stops after the second row. Kept as found: "
                  "the 评价结果 column is present in the header but empty in both rows; 备注 says 项目单位自评 / "
                  "主管部门委托第三方评价; 发行金额 0.7 and 0.1 (亿元). Project rows are evaluation results, not "
                  "indicators, so indicators is empty. Judgement: the empty grade is recorded as consistency.grade "
                  "(grade does not match the score because it is missing). No total is stated, so no facts."),
    },
    "zhejiang-yongjia-xunzhai-bond-eval": {
        "exts": ["xlsx"],
        "source_urls": [URL_ZJ2],
        "province": "浙江省",
        "doc_kind": "专项债券项目资金绩效评价结果公开(评价情况表,一项目一行)",
        "patterns": [7],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Whole page is short and fully stored; it stops after the single table row. Kept as found: no "
                  "评价得分 column at all (only 评价结果 '优'), 发行金额 0.05 (亿元), 备注 '主管部门评价结果'. "
                  "Judgement: a grade without a score cannot be checked, so no consistency.grade finding."),
    },
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for stem, g in GOLD.items():
        for ext in g["exts"] + ["pdf"]:
            name = f"{stem}.{ext}"
            rec = {"source": name}
            rec.update({k: v for k, v in g.items() if k != "exts"})
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=2)
                f.write("\n")


# ---------------------------------------------------------------- helpers
def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted order."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        rest = sorted(n for n in names if n != "[Content_Types].xml")
        for n in first + rest:
            info = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = zin.read(n)
            if n == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zout.writestr(info, data)
    os.replace(tmp, path)


def new_doc(title):
    d = Document()
    cp = d.core_properties
    cp.author = "blind108"
    cp.last_modified_by = "blind108"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
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


def cell(t, r, c, text, bold=False, center=False):
    ce = t.cell(r, c)
    ce.text = ""
    p = ce.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return ce


# ---------------------------------------------------------------- doc 1
def build_tianjin(out):
    d = new_doc("宝坻区供热补贴项目抗疫特别国债资金通知及绩效目标自评表")
    notice_tail = ("本次下达的中央直达资金标识为“01004抗疫特别国债”,在资金分配、拨付、使用的整个环节中保持不变。"
                   "请你单位及时把本次中央直达资金支付到最终收款方,并建立实名台账,确保精准下达。")
    para(d, "城管委:")
    para(d, "为贯彻落实《天津市财政局关于下达2020年抗疫特别国债额度的通知》(津财预指[2020]31号)有关规定,"
            "经研究并结合资金拨付和使用情况,现向你单位下达2020年抗疫特别国债中央直达资金3400万元,用于供热补贴项目,"
            "列2340204“抗疫特别国债安排的支出-抗疫相关支出-援企稳岗补贴”支出科目。")
    para(d, notice_tail)
    para(d, "特此通知。")
    para(d, "2020年7月22日")
    para(d, "城管委:")
    para(d, "为贯彻落实《天津市财政局关于下达2020年抗疫特别国债额度的通知》(津财预指[2020]31号)有关规定,"
            "结合资金拨付使用情况,并根据《天津市财政局关于各区抗疫特别国债资金项目调整方案备案审核的意见》"
            "(津财预【2020】56号),现收回你单位《关于下达抗疫特别国债中央直达资金指标的通知》(宝财预指[2020] 21号)"
            "中供热补贴指标1640万元,剩余指标1760万元继续用于该项目。")
    para(d, notice_tail)
    para(d, "特此通知。")
    para(d, "2020年10月10日")

    t = d.add_table(rows=10, cols=6)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(0, 5)); cell(t, 0, 0, "附件2")
    t.cell(1, 0).merge(t.cell(1, 5)); cell(t, 1, 0, "抗疫特别国债项目(打捆项目)绩效目标自评表", bold=True, center=True)
    t.cell(2, 0).merge(t.cell(2, 5)); cell(t, 2, 0, "(2020年度)", center=True)
    t.cell(3, 0).merge(t.cell(3, 1)); cell(t, 3, 0, "转移支付(项目)名称")
    t.cell(3, 2).merge(t.cell(3, 5)); cell(t, 3, 2, "宝坻区2019-2020年度供热补贴项目")
    t.cell(4, 0).merge(t.cell(4, 1)); cell(t, 4, 0, "中央主管部门")
    t.cell(4, 2).merge(t.cell(4, 5)); cell(t, 4, 2, "财政部")
    t.cell(5, 0).merge(t.cell(5, 1)); cell(t, 5, 0, "地方主管部门")
    cell(t, 5, 2, "天津市宝坻区财政局")
    cell(t, 5, 3, "资金使用单位")
    t.cell(5, 4).merge(t.cell(5, 5)); cell(t, 5, 4, "天津市宝坻区城管委")
    t.cell(6, 0).merge(t.cell(9, 0)); cell(t, 6, 0, "资金情况 (万元)")
    for r in range(6, 10):
        t.cell(r, 1).merge(t.cell(r, 2))
    cell(t, 6, 3, "全年预算数(A)"); cell(t, 6, 4, "全年执行数(B)"); cell(t, 6, 5, "预算执行率(B/A)")
    cell(t, 7, 1, "年度资金总额:"); cell(t, 7, 3, "1760"); cell(t, 7, 4, "1760"); cell(t, 7, 5, "100%")
    cell(t, 8, 1, "其中:中央财政资金"); cell(t, 8, 3, "1760"); cell(t, 8, 4, "1760"); cell(t, 8, 5, "100%")
    cell(t, 9, 1, "地方资")
    d.save(out)


# ---------------------------------------------------------------- doc 2
def build_xinjiang(out):
    d = new_doc("关于抗疫特别国债执行情况绩效自评报告")
    para(d, "关于抗疫特别国债执行情况绩效自评报告", bold=True, center=True, size=16)
    para(d, "依照《预算法》《预算法实施条例》等法律法规的规定,为落实《中共中央国务院关于全面实施预算绩效管理的意见》,"
            "压实各部门单位的预算绩效主体责任、增强绩效意识,提高抗疫特别国债资金的使用效益,按照上级文件精神和要求,"
            "现将博乐市2020年抗疫特别国债项目支出绩效自评工作报告如下:")
    para(d, "一、绩效目标分解下达情况", bold=True)
    para(d, "1.资金分解下达情况")
    para(d, "2020年,自治州下达博乐市抗疫特别国债资金4.54亿元,涉及4个部门单位,供9个项目。其中:市住建局6个2.886亿元、"
            "市教育局1个0.209亿元、市卫健委1个0.245亿元、市人民医院1个1.2亿元。")
    para(d, "2.绩效目标设定情况")
    names = ["㈠博乐市南城区中水调节池工程项目。", "㈡博乐市排涝管渠建设项目。", "㈢博乐市南、北城供热管网连通工程项目。",
             "㈣老城区排水管网改造建设项目。", "㈤博乐市老城区供水管网改造项目。", "㈥博乐市城市供热基础设施及配套项目(一期)项目。",
             "㈦博乐市在校学生疫情防控期间就餐相关费用项目。"]
    goals = [g["text"] for g in GOLD["xinjiang-bole-bond-selfreport"]["goals"]]
    for n, g in zip(names, goals):
        para(d, n + g)
    para(d, "㈧博乐市医疗")
    d.save(out)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def new_wb(title):
    wb = Workbook()
    p = wb.properties
    p.creator = "blind108"
    p.lastModifiedBy = "blind108"
    p.title = title
    p.created = FIXED
    p.modified = FIXED
    return wb


def put(ws, ref, text, bold=False, box=False, wrap=True, center=False):
    c = ws[ref]
    c.value = text
    c.font = Font(name="Noto Sans CJK SC", bold=bold, size=11)
    c.alignment = Alignment(wrap_text=wrap, vertical="center", horizontal="center" if center else "left")
    if box:
        c.border = BOX
    return c


def setup_page(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


# ---------------------------------------------------------------- doc 3
def build_pingqiao(out):
    wb = new_wb("天台县平桥镇人民政府2022年度地方政府专项债券项目资金绩效评价结果公示")
    ws = wb.active
    ws.title = "评价情况表"
    widths = [6, 20, 26, 30, 14, 10, 10, 24]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.merge_cells("A1:H1")
    put(ws, "A1", "天台县平桥镇人民政府2022年度地方政府专项债券项目资金绩效评价结果公示", bold=True, center=True)
    ws.merge_cells("A2:H2")
    put(ws, "A2", "索引号: 11331023002683538T/2023-107514  发布机构: 平桥镇  发文日期: 2023-06-29  "
                  "公开方式: 主动公开  公开范围: 面向社会")
    ws.merge_cells("A3:H3")
    put(ws, "A3", "按照《浙江省地方政府专项债券项目资金绩效管理办法》(浙财债〔2022〕24号)、《浙江省财政厅关于开展2022年度"
                  "地方政府专项债券项目资金绩效评价工作的通知》(浙财债〔2023〕7号)等文件的要求,现对天台县平桥镇人民政府"
                  "2022年度专项债券项目资金绩效评价情况予以公示:")
    ws.row_dimensions[3].height = 48
    ws.merge_cells("A4:H4")
    put(ws, "A4", "天台县平桥镇人民政府2022年度专项债券项目资金绩效评价情况表", bold=True, center=True)
    hdr = ["序号", "主管部门", "项目单位", "项目名称", "发行金额(亿元)", "评价得分", "评价结果", "备注"]
    rows = [
        ["1", "天台县平桥镇人民政府", "天台易城环境工程有限公司", "天台县花前工业园区四期核心区", "0.7", "92", None, "项目单位自评"],
        ["2", "天台县平桥镇人民政府", "天台县新时代城镇建设开发有限公司", "天台县平桥镇蓝天科创产业园工程", "0.1", "83", None,
         "主管部门委托第三方评价"],
    ]
    for j, h in enumerate(hdr):
        put(ws, f"{'ABCDEFGH'[j]}5", h, bold=True, box=True, center=True)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = put(ws, f"{'ABCDEFGH'[j]}{6 + i}", v, box=True, center=j in (0, 4, 5, 6))
    setup_page(ws)
    wb.save(out)


# ---------------------------------------------------------------- doc 4
def build_xunzhai(out):
    wb = new_wb("2023年巽宅专项债券项目资金绩效评价公开")
    ws = wb.active
    ws.title = "Sheet1"
    widths = [6, 22, 30, 34, 14, 10, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws.merge_cells("A1:G1")
    put(ws, "A1", "2023年巽宅专项债券项目资金绩效评价公开", bold=True, center=True)
    ws.merge_cells("A2:G2")
    put(ws, "A2", "依据《浙江省财政厅关于开展2024年度地方政府专项债券项目资金绩效评价工作的通知》(浙财债[2024]5号)等文件要求,"
                  "现对永嘉县巽宅镇人民政府2023年度专项债券项目资金绩效评价情况公示如下:")
    ws.row_dimensions[2].height = 36
    hdr = ["序号", "主管部门", "项目单位", "项目名称", "发行金额(亿元)", "评价结果", "备注"]
    row = ["1", "永嘉县巽宅镇人民政府", "永嘉县巽宅镇新农村建设投资有限公司", "永嘉县巽宅镇山区共同富裕样板区建设项目", "0.05", "优",
           "主管部门评价结果"]
    for j, h in enumerate(hdr):
        put(ws, f"{'ABCDEFG'[j]}3", h, bold=True, box=True, center=True)
    for j, v in enumerate(row):
        put(ws, f"{'ABCDEFG'[j]}4", v, box=True, center=j in (0, 4, 5))
    setup_page(ws)
    wb.save(out)


BUILDERS = {
    "tianjin-baodi-heating-selfeval": build_tianjin,
    "xinjiang-bole-bond-selfreport": build_xinjiang,
    "zhejiang-tiantai-pingqiao-bond-eval": build_pingqiao,
    "zhejiang-yongjia-xunzhai-bond-eval": build_xunzhai,
}


def to_pdf(path):
    tmpdir = os.path.join(HERE, ".lo_tmp")
    os.makedirs(tmpdir, exist_ok=True)
    env = dict(os.environ, HOME=tmpdir)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpdir}/profile",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    shutil.rmtree(tmpdir, ignore_errors=True)


def main():
    write_gold()
    for stem, build in BUILDERS.items():
        ext = GOLD[stem]["exts"][0]
        out = os.path.join(HERE, f"{stem}.{ext}")
        build(out)
        fix_zip(out)
        if "--no-pdf" not in sys.argv:
            to_pdf(out)


if __name__ == "__main__":
    main()
