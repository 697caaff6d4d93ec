"""Build the blind275 layouts: five documents reproduced from four stored pages.

The gold (GOLD below) is written first; the builders only lay the documents out.
Run: /tmp/wvenv/bin/python make_blind275_layouts.py
Writes the DOCX/XLSX and their PDFs beside annotations/, one JSON per file,
checks the PDFs with pdftotext and prints md5 sums.
"""

import hashlib
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
from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind275"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

URL_A = "https://mdjjksjc.com/html/2016/1221/75357036.shtm"
URL_B = "https://www.mdjjksjc.com/html/2017/0922/134709309.shtm"
URL_D = "https://360docs.net/doc/232980300.html"
URL_E = "https://m.taowenge.com/p-72206661.html"
URL_F = "http://www.fymate.net/html/text/lar/169299/16929963_3.html"

# ---------------------------------------------------------------------------
# Texts shared by the gold and the builders (goal texts are my own wording).
# ---------------------------------------------------------------------------
D_GOAL = (
    "建设XXXXXX 污水处理厂,是要从根本上扭转XX 城区的污水排放状况,治理水污染,"
    "保护海岸线及湛江湾海域景观:使XX区的生活污水收集处理率达80%,"
    "为XXX确保完成“ ^一五”规划85%的市区污水处理率目标打下坚实的基础,"
    "并为争创国家卫生城市、国家环保模范城市创造条件。"
)


def ind(name, target_text, level1=None, level2=None, operator=None, value=None,
        unit=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


GOLD = {
    "blind275_gonggongwenhua_zipingbiao.xlsx": {
        "source_urls": [URL_A],
        "province": None,
        "doc_kind": "省级公共文化服务体系示范区创建自查评分表(附件,空白待填)",
        "patterns": [5, 8],
        "indicators": [
            ind("总体评价", None, weight=90),
        ],
        "goals": [],
        "facts": [
            {"metric": "总分", "kind": "sum", "total": 1000,
             "parts": [90, 210, 300, 95, 180, 100, 25], "unit": "分"},
            {"metric": "项数", "kind": "sum", "total": 28,
             "parts": [3, 5, 8, 6, 4, 1, 1], "unit": "项"},
            {"metric": "指标数", "kind": "sum", "total": 72,
             "parts": [3, 14, 27, 8, 10, 5, 5], "unit": "个"},
        ],
        "findings": [],
        "notes": (
            "Stored page (a book118 mirror of a 21-page .doc) shows the cover lines, the "
            "seven-part classification with points and item/indicator counts, the table header "
            "序号│指标│指标评定│自评分│指标说明│验收细则, the part row 一│总体评价│90 and then stops "
            "inside the next cell ('1 (1) 贯彻中'). I kept that truncated cell as the last row. "
            "The 90 sits in the 指标评定 column, which here carries the points; 自评分 is empty "
            "(blank template). Only the table row 总体评价 is an indicator row (weight 90); the "
            "seven parts in the classification paragraph are recorded as facts: 90+210+300+95+"
            "180+100+25=1000, 3+5+8+6+4+1+1=28 items, 3+14+27+8+10+5+5=72 indicators, all "
            "consistent, so no consistency finding. Province is not stated (only 设区市文广新局/"
            "设区市财政局), left null. No target findings: no three-level indicator is visible "
            "before the page stops. The one-line classification intro is reworded; the "
            "seven part lines are kept as written."
        ),
    },
    "blind275_jiangsu_jixiao_baogaobiao.xlsx": {
        "source_urls": [URL_B],
        "province": "江苏省",
        "doc_kind": "省级财政支出项目绩效报告表(实施单位)空白表样,含评价机构栏",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page shows the cover of 江苏省财政厅's 省级财政支出项目绩效报告表 (实施单位 "
            "version: 项目名称/项目类别/项目实施单位(盖章)/项目主管部门/评价机构/负责人签名/年 月 日/"
            "江苏省财政厅 制) and the start of 绩评基表-1 '一、项目基本情况' with 项目名称, 项目实施单位, "
            "联系人, 电话, 手机, 地址, 邮编 and the label 评价时段内项目概况及绩效目标; it stops inside "
            "the label '项目 起止时'. Reproduced as one sheet, cover then the form; all value cells "
            "are empty as on the page. The title appears twice on the page (page header + cover); "
            "kept twice. Nothing to extract: no indicator, goal or amount; a reader should return "
            "empty lists, not invent rows. Placeholders are the template's own blanks, not flagged."
        ),
    },
    "blind275_wushuichang_zipingbaogao.docx": {
        "source_urls": [URL_D],
        "province": "广东省",
        "doc_kind": "污水处理厂及管网配套工程项目绩效自评报告(开头,名称被XXX遮盖)",
        "patterns": [],
        "indicators": [
            ind("生活污水收集处理率", "使XX区的生活污水收集处理率达80%",
                operator=">=", value=80, unit="%"),
            ind("市区污水处理率", "85%的市区污水处理率目标",
                operator=None, value=85, unit="%"),
        ],
        "goals": [
            {"kind": "项目建设目标", "text": D_GOAL},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.placeholder", "item": "生活污水收集处理率",
             "why": "目标适用区域写作“XX区”,占位符未替换,无法核对该80%目标指向哪个区"},
        ],
        "notes": (
            "Stored page (360docs, '污水处理厂项目绩效评价报告 合集下载') holds a self-evaluation "
            "report whose place and company names are masked as XXX/XXXXXX/XX; 湛江湾 and "
            "'中国大陆最南端、广东省西南部' place it in 湛江, 广东省. The page stops inside "
            "'(一)项目单位基本情况' ('…负责XX污水处理厂工程项目建设资金的筹措和厂内工程的建设'). "
            "Both targets stand in running text: '达80%' read as >=; the 85% plan target has no "
            "operator word, so operator null. The garbled '“ ^一五”' (for 十一五) is kept as on the "
            "page. Narrative reworded in my own words; target phrases, names, honours and figures "
            "kept. No indicator table or funds before the stop, so no coverage or sum checks."
        ),
    },
    "blind275_litang_chanyelu_pingjiabaogao.docx": {
        "source_urls": [URL_E],
        "province": "四川省",
        "doc_kind": "第三方(会计师事务所)产业路建设项目绩效评价报告(开头)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page (taowenge preview of a .docx) gives the letterhead of 四川中和会计师事务所 "
            "(OCR'd as 'JII中和会计师事务所有限公司'), the title, the number '川中和会咨询字2022第250号' "
            "(brackets lost), the addressee 理塘县财政局, the evaluation window 2022年9月1日至2022年9月26日 "
            "and the project background; it stops at '2 .项目实施的内容 本项目严格按照相关规范设计,'. "
            "Kept the defects: 'JII', '浑查二村' in the title vs '浑扎二村' in the background, "
            "'1 .'/'2 .' spacing. The '总体目标' mentioned is the county road-network plan (4 层次), "
            "not this project's goal, so no goal row; no target, score or amount appears before "
            "the stop, so all lists are empty and no finding is made (the 评价结论/评分表 lie beyond "
            "the stored text). Narrative reworded; names, dates and numbers kept."
        ),
    },
    "blind275_shaoguan_lvhua_fufen.docx": {
        "source_urls": [URL_F],
        "province": "广东省",
        "doc_kind": "绿化先进单位评比赋分细则(附件2,分项分值及达标线)",
        "patterns": [6],
        "indicators": [
            ind("绿地率", "绿化用地面积占单位用地总面积的25%(含25%)以上",
                operator=">=", value=25, unit="%", weight=20),
            ind("绿化覆盖率", "绿化覆盖率25%(含25%)以上",
                operator=">=", value=25, unit="%", weight=20),
            ind("绿化率", "绿化率90%(含90%)以上",
                operator=">=", value=90, unit="%", weight=20),
        ],
        "goals": [],
        "facts": [
            {"metric": "组织领导分值", "kind": "sum", "total": 8,
             "parts": [1, 2, 1.5, 2, 1, 0.5], "unit": "分"},
            {"metric": "绿化管理分值", "kind": "sum", "total": 10,
             "parts": [3, 2, 1, 1, 2, 1], "unit": "分"},
        ],
        "findings": [],
        "notes": (
            "Stored page (fymate mirror) shows 附件2 韶关市绿化先进单位评比赋分细则: parts 一 to 六 "
            "with points in the headings; it stops inside 六、园林艺术(12分) after item 3, so part "
            "六 shows only 10 of its 12 points and any part 七 is missing: no sum finding for "
            "六 or the grand total. Targets stand in running text with the value written in the "
            "criterion ('25%(含25%)以上' = >=); the three rate thresholds are the indicator rows "
            "(weight 20 each). The yes/no criteria (机构, 人员, 规划, 长势, 景观…) carry points but no "
            "measurable value; I did not enter them as indicator rows and did not flag them, since "
            "they are award criteria scored full/zero, not budget targets. Sums checked: 组织领导 "
            "1+2+1.5+2+1+0.5=8, 绿化管理 3+2+1+1+2+1=10, both consistent. Criteria lines are kept "
            "as written (they are the scoring rules, short and factual)."
        ),
    },
}


# ---------------------------------------------------------------------------
# Helpers: determinism
# ---------------------------------------------------------------------------
def normalise_zip(path):
    """Rewrite an OOXML zip with sorted entries, fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    core = "docProps/core.xml"
    if core in items:
        txt = items[core].decode("utf-8")
        txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                     r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
        txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                     r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
        items[core] = txt.encode("utf-8")
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    tmp.replace(path)


def _same_len(match, fixed):
    s = match.group(0)
    return fixed[: len(s)].ljust(len(s), b"0")


def normalise_pdf(path):
    """Replace dates, IDs and XMP uuids in a LibreOffice PDF with fixed same-length bytes."""
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}[^)]*", lambda m: _same_len(m, b"D:20240101000000Z00'00'"), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^<\"]*",
                  lambda m: _same_len(m, b"2024-01-01T00:00:00Z"), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", b"uuid:" + b"0" * 8 + b"-0000-0000-0000-" + b"0" * 12,
                  data)
    path.write_bytes(data)


def to_pdf(src):
    out = HERE / "_pdfout"
    out.mkdir(exist_ok=True)
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", str(out), str(src)],
            check=True, capture_output=True, timeout=240)
        produced = out / (src.stem + ".pdf")
        dest = src.with_suffix(".pdf")
        shutil.copyfile(produced, dest)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    normalise_pdf(dest)
    return dest


# ---------------------------------------------------------------------------
# Helpers: DOCX
# ---------------------------------------------------------------------------
def new_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = "blind275"
    cp.last_modified_by = "blind275"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, center=False, size=None, right=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def save_docx(doc, name):
    path = HERE / name
    doc.save(path)
    normalise_zip(path)
    return path


# ---------------------------------------------------------------------------
# Helpers: XLSX
# ---------------------------------------------------------------------------
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_C = Alignment(wrap_text=True, vertical="center", horizontal="center")


def new_wb(title):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "blind275"
    wb.properties.lastModifiedBy = "blind275"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    return wb, ws


def put(ws, ref, value, bold=False, box=False, center=False, size=11, merge=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, bold=bold, size=size)
    c.alignment = WRAP_C if center else WRAP
    if merge:
        ws.merge_cells(merge)
    if box:
        rng = ws[merge] if merge else ((c,),)
        for row in rng:
            for cell in row:
                cell.border = BOX
    return c


def save_xlsx(wb, name):
    path = HERE / name
    wb.save(path)
    normalise_zip(path)
    return path


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------
def build_a():
    name = "blind275_gonggongwenhua_zipingbiao.xlsx"
    wb, ws = new_wb("自查评分表")
    for col, w in zip("ABCDEF", (8, 30, 12, 10, 30, 30)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "附件")
    put(ws, "A2", "第三批省级公共文化服务体系示范区创建工作自查评分表", bold=True, center=True,
        size=14, merge="A2:F2")
    put(ws, "A3", "创建单位:____________________", merge="A3:F3")
    put(ws, "A4", "审核单位:设区市文广新局(盖章)        设区市财政局(盖章)", merge="A4:F4")
    c = put(ws, "A5", "二○一六年    月    日", merge="A5:F5")
    c.alignment = Alignment(horizontal="right", vertical="center")
    put(ws, "A7", "第三批省级公共文化服务体系示范区自查项目分类", bold=True, center=True,
        merge="A7:F7")
    put(ws, "A8", "本标准共七个部分,合计28项、72个指标,满分1000分,各部分如下:", merge="A8:F8")
    parts = [
        "一、总体评价(90分):3项、3个指标;",
        "二、公共文化设施网络建设(210分):5项、14个指标;",
        "三、公共文化服务供给(300分):8项、27个指标;",
        "四、公共文化组织支撑(95分):6项、8个指标;",
        "五、资金、人才和技术保障(180分):4项、10个指标;",
        "六、公共文化服务评估(100分):1项、5个指标;",
        "七、其它(25分):1项、5个指标。",
    ]
    for i, t in enumerate(parts):
        r = 9 + i
        put(ws, f"A{r}", t, merge=f"A{r}:F{r}")
    head = ("序号", "指标", "指标评定", "自评分", "指标说明", "验收细则")
    for col, h in zip("ABCDEF", head):
        put(ws, f"{col}17", h, bold=True, box=True, center=True)
    row18 = ("一", "总体评价", 90, None, None, None)
    row19 = (1, "(1) 贯彻中", None, None, None, None)
    for r, vals in ((18, row18), (19, row19)):
        for col, v in zip("ABCDEF", vals):
            put(ws, f"{col}{r}", v, box=True, center=col in "ACD", bold=(r == 18 and col == "B"))
    ws.row_dimensions[2].height = 26
    return save_xlsx(wb, name)


def build_b():
    name = "blind275_jiangsu_jixiao_baogaobiao.xlsx"
    wb, ws = new_wb("绩效报告表")
    ws.page_setup.orientation = "portrait"
    for col, w in zip("ABCDEFGH", (16, 18, 10, 14, 10, 14, 8, 14)):
        ws.column_dimensions[col].width = w
    put(ws, "A1", "省级财政支出项目绩效报告表", size=9, merge="A1:H1")
    put(ws, "A3", "省级财政支出项目绩效报告表", bold=True, center=True, size=18, merge="A3:H3")
    put(ws, "A4", "(实施单位)", center=True, size=12, merge="A4:H4")
    cover = [
        "项目名称:", "项目类别:", "项目实施单位:                    (盖章)", "项目主管部门:",
        "评价机构:", "项目实施单位负责人签名:",
    ]
    r = 6
    for t in cover:
        put(ws, f"B{r}", t, merge=f"B{r}:H{r}")
        ws.row_dimensions[r].height = 24
        r += 1
    c = put(ws, f"B{r + 1}", "年    月    日", merge=f"B{r + 1}:H{r + 1}")
    c.alignment = Alignment(horizontal="right", vertical="center")
    put(ws, f"A{r + 3}", "江苏省财政厅 制", center=True, merge=f"A{r + 3}:H{r + 3}")
    top = r + 5
    ws.row_breaks.append(Break(id=top - 1))
    put(ws, f"A{top}", "绩评基表-1", size=9)
    put(ws, f"A{top + 1}", "一、项目基本情况", bold=True, merge=f"A{top + 1}:H{top + 1}")
    t = top + 2
    put(ws, f"A{t}", "项目名称", box=True, center=True)
    put(ws, f"B{t}", None, box=True, merge=f"B{t}:H{t}")
    put(ws, f"A{t + 1}", "项目\n实施单位", box=True, center=True, merge=f"A{t + 1}:A{t + 2}")
    put(ws, f"B{t + 1}", None, box=True, merge=f"B{t + 1}:D{t + 2}")
    put(ws, f"E{t + 1}", "联系人", box=True, center=True)
    put(ws, f"F{t + 1}", None, box=True)
    put(ws, f"G{t + 1}", "电话", box=True, center=True)
    put(ws, f"H{t + 1}", None, box=True)
    put(ws, f"E{t + 2}", "手机", box=True, center=True)
    put(ws, f"F{t + 2}", None, box=True)
    put(ws, f"G{t + 2}", None, box=True)
    put(ws, f"H{t + 2}", None, box=True)
    put(ws, f"A{t + 3}", "地址", box=True, center=True)
    put(ws, f"B{t + 3}", None, box=True, merge=f"B{t + 3}:D{t + 3}")
    put(ws, f"E{t + 3}", "邮编", box=True, center=True)
    put(ws, f"F{t + 3}", None, box=True, merge=f"F{t + 3}:H{t + 3}")
    put(ws, f"A{t + 4}", "评价时段内项目概况及绩效目标", box=True, center=True)
    put(ws, f"B{t + 4}", "项目\n起止时", box=True, center=True)
    put(ws, f"C{t + 4}", None, box=True, merge=f"C{t + 4}:H{t + 4}")
    for rr in range(t, t + 5):
        ws.row_dimensions[rr].height = 30
    ws.row_dimensions[t + 4].height = 44
    return save_xlsx(wb, name)


def build_d():
    name = "blind275_wushuichang_zipingbaogao.docx"
    doc = new_docx()
    para(doc, "XXXXXX 污水处理厂及", bold=True, center=True, size=16)
    para(doc, "管网配套工程项目绩效自评报告", bold=True, center=True, size=16)
    para(doc, (
        "XXX 地处中国大陆最南端、广东省西南部,属我国首批对外开放沿海城市和国家一类大市,"
        "曾入选全国投资硬环境40 优城市,又是全国环境保护重点城市和国家级生态示范城市;"
        "先后获评“ 广东省卫生城市” 、“广东省文明城市”、“中国优秀旅游城市” 、"
        "“全国双拥模范城市” 、“全国绿化达标城市” 、“国家园林城市” 等称号,"
        "目前正在争创国家卫生城市和国家环保模范城市。"))
    para(doc, (
        "随着XXX 经济社会快速发展,污水排放量不断加大,部分生活污水和工业污水未经处理或"
        "处理不达标就排进城区河道和海湾,城区水体污染严重,周边工农业生产、居民健康和城市"
        "形象都受到影响。"))
    para(doc, D_GOAL)
    para(doc, "一、项目概况", bold=True)
    para(doc, "(一)项目单位基本情况", bold=True)
    para(doc, (
        "XXX 基础设施建设投资有限责任公司经XXX 人民政府批准、由市财政局负责组建,"
        "是具有独立法人地位的国有全资企业,受市政府委托承担XX污水处理厂工程项目建设资金的"
        "筹措和厂内工程的建设"))
    return save_docx(doc, name)


def build_e():
    name = "blind275_litang_chanyelu_pingjiabaogao.docx"
    doc = new_docx()
    para(doc, "JII中和会计师事务所有限公司", bold=True, size=12)
    para(doc, "Sichuan Zhonghe Certified Public Accountants Co., Ltd", size=9)
    para(doc, "理塘县曲登乡浑查二村(生格扎玛塘)产业路建设项目绩效评价报告", bold=True,
         center=True, size=15)
    para(doc, "川中和会咨询字2022第250号", center=True)
    para(doc, "理塘县财政局:")
    para(doc, (
        "受理塘县财政局委托,我们于2022年9月1日至2022年9月26日 对理塘县曲登乡浑查二村"
        "(生格扎玛塘)产业路建设项目实施了绩效评价,现将有关情况报告如下:"))
    para(doc, "一、项目基本情况", bold=True)
    para(doc, "(一)项目概况", bold=True)
    para(doc, "1 .项目背景")
    para(doc, (
        "按照理塘县交通运输局十三五规划,全县综合交通运输仍以公路运输为主。依据该规划确定的"
        "总体目标,县域公路网今后分国省干线公路、县乡公路、通村公路和专用公路4个层次进行规划、"
        "建设和管理,共同服务地方经济社会发展和藏区农牧民群众出行。"))
    para(doc, (
        "2019年12月28日,州委书记主持召开实施乡村振兴战略专题会议,审议甘孜州乡村振兴实施意见"
        "(送审稿),对全州农业农村工作作出安排,要求全州统一思想和行动、精心谋划、主动作为,"
        "在深入调研的基础上科学编制乡村振兴相关产业发展规划,把各项基础工作做扎实。"))
    para(doc, (
        "本项目是曲登乡浑扎二村的重要出行通道,也是沿规划道路形成的县域北部南北向城镇发展轴线"
        "之一;项目建成后路面行驶更安全、更舒适,路面噪音和道路维修维护成本下降,公路形象总体"
        "得到提升。"))
    para(doc, "2 .项目实施的内容")
    para(doc, "本项目严格按照相关规范设计,")
    return save_docx(doc, name)


def build_f():
    name = "blind275_shaoguan_lvhua_fufen.docx"
    doc = new_docx()
    para(doc, "附件2:")
    para(doc, "韶关市绿化先进单位评比赋分细则", bold=True, center=True, size=15)
    lines = [
        ("一、组织领导(8分)", True),
        ("1、领导重视,有园林绿化专门机构的给满分(1分),否则不给分;", False),
        ("2、有专职或兼职绿化管理人员的给满分(2分),否则不给分;", False),
        ("3、有绿化规划的给满分(1.5分),否则不给分;", False),
        ("4、有绿化投资的给满分(2分),否则不给分;", False),
        (("5、有绿化管理制度和检查评比制度的给满分(1分),没有的不给分;"
         "经常宣传国家绿化政策,普及绿化科学知识的给满分(0.5分)。"), False),
        ("二、绿地率(20分)", True),
        ("绿化用地面积占单位用地总面积的25%(含25%)以上的给满分(20分),未达到的不给分。", False),
        ("三、覆盖率(20分)", True),
        ("绿化覆盖率25%(含25%)以上的给满分(20分),未达到的不给分。", False),
        ("四、绿化率(20分)", True),
        ("绿化率90%(含90%)以上的给满分(20分),未达到的不给分。", False),
        ("五、绿化管理(10分)", True),
        ("1、绿化管护责任落实的给满分(3分),不落实的不给分;", False),
        (("2、树木花草长势旺盛的给满分(2分),长势差的不给分;绿篱、草坪修剪整齐的给满分(1分),"
         "修剪不整齐的给0.5分,没有修剪的不给分;"), False),
        (("3、环境整洁的给满分(1分),不整洁的不给分;园林设施完整的给满分(2分),"
         "有园林设施但不完整的给1分,没有园林设施的不给分;"), False),
        (("4、无草荒、无斑秃、无明显病虫害的给满分(1分),有一项未达到指标的扣0.3分,"
         "三项都未达到指标的不给分。"), False),
        ("六、园林艺术(12分)", True),
        ("1、绿化规划布局合理的给满分(3分),否则不给分;景观优雅的给满分(3分),否则不给分;", False),
        (("2、园林植物及园林设施配置合理的给满分(1分),否则不给分;层次分明、线条流畅的给满分(1分),"
         "否则不给分;"), False),
        ("3、垂直绿化充分的给满分(2分),有垂直绿化但不充分的给1分,没有垂直绿化的不给分;", False),
    ]
    for text, bold in lines:
        para(doc, text, bold=bold)
    return save_docx(doc, name)


BUILDERS = {
    "blind275_gonggongwenhua_zipingbiao.xlsx": build_a,
    "blind275_jiangsu_jixiao_baogaobiao.xlsx": build_b,
    "blind275_wushuichang_zipingbaogao.docx": build_d,
    "blind275_litang_chanyelu_pingjiabaogao.docx": build_e,
    "blind275_shaoguan_lvhua_fufen.docx": build_f,
}


# ---------------------------------------------------------------------------
# Annotations and checks
# ---------------------------------------------------------------------------
def write_annotation(fname, gold):
    ANN.mkdir(exist_ok=True)
    rec = {"source": fname}
    rec.update(gold)
    out = ANN / (fname + ".json")
    out.write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    txt = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    flat = squash(txt)
    wanted = []
    for i in gold["indicators"]:
        wanted.append(i["name"])
        if i["target_text"]:
            wanted.append(i["target_text"])
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if squash(w) not in flat]
    return missing


def main():
    problems = []
    for fname, builder in BUILDERS.items():
        src = builder()
        pdf = to_pdf(src)
        gold = GOLD[fname]
        write_annotation(fname, gold)
        write_annotation(pdf.name, gold)
        missing = check_pdf(pdf, gold)
        if missing:
            problems.append((pdf.name, missing))
    for fname in sorted(p.name for p in HERE.iterdir() if p.suffix in (".docx", ".xlsx", ".pdf")):
        digest = hashlib.md5((HERE / fname).read_bytes()).hexdigest()
        print(digest, fname)
    for name, missing in problems:
        print("MISSING in", name, missing)
    if problems:
        sys.exit(1)
    print("all PDF checks passed")


if __name__ == "__main__":
    main()
