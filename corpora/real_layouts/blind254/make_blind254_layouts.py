"""Build the blind254 part: 2 XLSX forms and 2 DOCX reports (employment / social
security angle), their PDFs, and the gold annotations.

The gold is written below, before any file is built or read back.
Run: /tmp/wvenv/bin/python make_blind254_layouts.py
"""

import datetime
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind254"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
FIXED_ISO = "2024-01-01T00:00:00Z"
ZIP_TS = (1980, 1, 1, 0, 0, 0)

URL_A = "http://996site.com/gongwenfanwen/2021/1023/24325.html"
URL_B = "http://facezit.com/p-5029952.html"
URL_C = "http://www.nanxian.gov.cn/14366/14516/14797/14828/14517/14464/content_1645606.html"
URL_D = "http://nxjw.nanxian.gov.cn/14890/36191/36261/38624/content_2046557.html"

FILE_A = "blind254_xizang_shuangchuang_zipingbiao.xlsx"
FILE_B = "blind254_yongzhou_fuliyuan_pingjiabiao.xlsx"
FILE_C = "blind254_nanxian_jiuye_2020_zipingbaogao.docx"
FILE_D = "blind254_nanxian_jiuye_2024_zipingbaogao.docx"


def ind(level1, level2, name, operator=None, value=None, unit=None,
        target_text=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# Gold A: 西藏 自治区"双创"载体建设扶持资金使用绩效目标自评表 (blank template)
# ---------------------------------------------------------------------------
A_BLOCKS = [
    ("产出指标", "数量指标", [
        "入驻企业数量",
        "吸纳就业总人员数量",
        "其中:西藏户籍的人员数量",
        "其中:吸纳大学生创业就业数量",
        "管理人员数量",
        "创业导师数量",
        "培训从事创新创业服务人员",
        "培训和指导企业从业人员",
        "提供技术咨询/技术服务等",
        "开展创业辅导活动",
    ]),
    ("产出指标", "质量指标", [
        "地方科研基础能力",
        "专业性技术创新平台研发支撑作用",
        "科技创新创业服务机构服务水平",
    ]),
    ("产出指标", "时效指标", [
        "预算资金执行率",
        "资金拨付及时率",
    ]),
    ("产出指标", "成本指标", [
        "企业技术创新检验检测成本",
    ]),
    ("效益指标", "经济效益指标", [
        "技术合同成交额",
        "新增在孵企业数理",
        "毕业企业数量",
        "实现技术服务收入",
        "培养高新技术企业(国家文创企业)",
        "培养科技型中小企业(自治区文创企业)",
        "促进科技投融资金额",
        "入驻企业研发投入",
        "入驻企业产值",
        "入驻企业上缴税收",
    ]),
    ("效益指标", "社会效益指标", [
        "开放共享仪器设备数",
        "科研仪器设备使用率",
        "科研仪器设备对外服务率",
        "带动脱贫人数",
        "获得技术研发服务企业/机构",
        "培养创新高级专业人才",
    ]),
    ("效益指标", "生态效益指标", [
        "环境资源利用率",
        "降低农业面源污染能力",
    ]),
    ("效益指标", "可持续影响指标", [
        "科技与经济结合程度",
        "地方落实中央、地方科技规划、法规、政策能力",
        "对区域科技创新能力的提升",
        "基层创新创业人才",
    ]),
    ("满意度指标", "服务对象满意度指标", [
        "被服务企业满意度",
    ]),
]
A_TISHENG = {"地方科研基础能力", "专业性技术创新平台研发支撑作用",
             "科技创新创业服务机构服务水平"}

A_INDICATORS = []
A_FINDINGS = []
for _l1, _l2, _names in A_BLOCKS:
    for _n in _names:
        if _n in A_TISHENG:
            A_INDICATORS.append(ind(_l1, _l2, _n, target_text="提升"))
            A_FINDINGS.append({
                "rule": "target.vague_wording", "item": _n,
                "why": "目标值只写“提升”,没有数值、基线或分级标准,无法衡量"})
        else:
            A_INDICATORS.append(ind(_l1, _l2, _n))
            A_FINDINGS.append({
                "rule": "target.missing_value", "item": _n,
                "why": "三级指标只有名称,指标值栏为空"})
for _n in ("预算资金执行率", "资金拨付及时率"):
    A_FINDINGS.append({
        "rule": "target.input_or_process", "item": _n,
        "why": "资金执行/拨付是过程管理指标,放在产出(时效)指标下不反映产出"})

GOLD_A = {
    "source": FILE_A,
    "source_urls": [URL_A],
    "province": "西藏自治区",
    "doc_kind": "专项资金绩效目标自评表(空白模板)",
    "patterns": [1, 5, 8],
    "indicators": A_INDICATORS,
    "goals": [],
    "facts": [],
    "findings": A_FINDINGS,
    "notes": (
        "The stored page (a 公文范文 site) holds the blank self-evaluation form for the "
        "Tibet 双创 carrier support fund, for the period (2019 年 月——2020 年 月) with the "
        "months left empty. Money block, 总体目标 (设定目标/实际完成情况) and almost all "
        "指标值/完成值 cells are empty. Only the three 质量指标 rows carry text: 指标值 "
        "'提升', 完成值 '提升' and a trailing '100%' which the flattened text puts after "
        "the two values; we placed '100%' in the last column (打分) as the page order "
        "suggests, and we do not read it as points (score null). Header uses 打分 (not "
        "得分) and 未完成原因和改进措施. Typo 新增在孵企业数理 kept. Level cells were "
        "printed with spaces (产 出 指 标); we kept the spacing in the cells. The "
        "stored page stops after 被服务企业满意度, so nothing after it is built and no "
        "total is flagged. No goal text exists, so no goal rule is raised. The fund is "
        "run by 财政厅/科技厅, not 人社: it is on the employment side of the angle only "
        "through 吸纳就业/创业 indicators."),
}

# ---------------------------------------------------------------------------
# Gold B: 永州市社会福利院2016年度市级财政专项(项目)资金绩效评价指标表
# ---------------------------------------------------------------------------
GOLD_B = {
    "source": FILE_B,
    "source_urls": [URL_B],
    "province": "湖南省",
    "doc_kind": "专项资金绩效评价指标表(评分表)",
    "patterns": [1, 2, 5, 8],
    "indicators": [
        ind("投入(20分)", "项目立项(12分)", "项目立项规范性", weight=4, score=4),
        ind("投入(20分)", "项目立项(12分)", "绩效目标合理性", weight=4),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.placeholder", "item": "项目立项规范性",
         "why": "评分说明栏里留着模板提示“(以下与此相同,请修改)”,表格未清理就公开"},
    ],
    "notes": (
        "Document-to-text page of a Word attachment (附件1 of the 2016 self-evaluation "
        "report of 永州市社会福利中心建设项目). Only the top of the evaluation table is "
        "stored: header 一级/二级/三级指标, 指标解释, 评分说明, 得分; level cells "
        "投入(20分) and 项目立项(12分); rows 项目立项规范性(4分) scored 4 and "
        "绩效目标合理性(4分) whose 评分说明 breaks off at '③项目为促进事业发展所必需'. "
        "The text then repeats the header (page 2) and stops at '三级指'; we rebuilt "
        "the repeated header after a page break and stopped there. A stray '行143' "
        "(page furniture) after the second row is dropped. Names are given without the "
        "'(4分)' suffix; the points go to weight. The 12-point 二级 block cannot be "
        "summed because the page stops, so no score_total finding. Its 评分说明 for "
        "绩效目标合理性 reads like 立项依据 criteria, but that is a framework matter, "
        "not a rule id. Angle: social welfare (民政) rather than 人社."),
}

# ---------------------------------------------------------------------------
# Gold C: 南县就业服务中心2020绩效自评报告 (narrative)
# ---------------------------------------------------------------------------
GOLD_C = {
    "source": FILE_C,
    "source_urls": [URL_C],
    "province": "湖南省",
    "doc_kind": "部门整体支出绩效自评报告",
    "patterns": [],
    "indicators": [
        ind("共性目标", None, "预决算公开情况"),
        ind("共性目标", None, "绩效管理开展情况"),
        ind("共性目标", None, "制度建设情况"),
        ind("共性目标", None, "“三公”经费控制情况"),
    ],
    "goals": [],
    "facts": [
        {"metric": "总收入", "kind": "sum", "total": 1587.38,
         "parts": [165.16, 1422.22], "unit": "万元"},
        {"metric": "年度总支出", "kind": "sum", "total": 1542.14,
         "parts": [247.28, 1294.86], "unit": "万元"},
        {"metric": "一般公共财政拨款预算支出", "kind": "sum", "total": 165.16,
         "parts": [156.88, 8.28], "unit": "万元"},
        {"metric": "年末结转结余", "kind": "sum", "total": 407.38,
         "parts": [362.14, 1587.38, -1542.14], "unit": "万元"},
        {"metric": "基本支出占单位总支出比例", "kind": "rate", "total": 16.04,
         "parts": [247.28, 1542.14], "unit": "%"},
        {"metric": "项目支出占单位总支出比例", "kind": "rate", "total": 83.96,
         "parts": [1294.86, 1542.14], "unit": "%"},
        {"metric": "一般公共财政拨款预算支出完成率", "kind": "rate", "total": 100,
         "parts": [165.16, 165.16], "unit": "%"},
    ],
    "findings": [
        {"rule": "consistency.rate", "item": "基本支出",
         "why": "247.28/1542.14=16.03%,文中写16.04%"},
        {"rule": "consistency.rate", "item": "项目支出",
         "why": "1294.86/1542.14=83.97%,文中写83.96%(两者被凑成100%)"},
        {"rule": "target.qualitative_no_scale", "item": "“三公”经费控制情况",
         "why": "只写“取得了良好的效果”,没有控制数、降幅或分级标准"},
    ],
    "notes": (
        "Narrative report; targets stand only in running text. The stored page stops "
        "inside (4)“三公”经费控制情况, right after '取得了良好的效果,2020年', before any "
        "个性目标 or indicator table, so no coverage finding is raised. The four 共性目标 "
        "items are kept as indicator rows under the document's own label 共性目标; none "
        "states a target value. Facts: income and spending splits add up; the year-end "
        "balance identity 362.14+1587.38-1542.14=407.38 holds (given as a sum with a "
        "negative part); the two stated shares 16.04%/83.96% are each 0.01 off the "
        "recomputed 16.03%/83.97%. The 100% 完成率 is checked against 165.16 income = "
        "165.16 spending (our reading; the page gives no other denominator). The typo "
        "'县创业孵化基招商' (missing 地) is kept."),
}

# ---------------------------------------------------------------------------
# Gold D: 南县就业服务中心2024年绩效自评报告 (narrative)
# ---------------------------------------------------------------------------
D_GOAL = ("以实现高质量充分就业为目标,确保资金及时拨付到位,综合施策、精准发力,打好"
          "“稳就业、保就业、促就业”组合拳,按目标任务要求扎实推进各项工作,任务已圆满完成。")
GOLD_D = {
    "source": FILE_D,
    "source_urls": [URL_D],
    "province": "湖南省",
    "doc_kind": "项目支出绩效自评报告",
    "patterns": [],
    "indicators": [
        ind("项目资金", None, "支付率", unit="%", actual=100),
        ind("项目资金", "档案整理费", "资金支付率", unit="%", actual=100),
        ind("项目资金", "失业保险及城乡就业稽查核查费用", "资金支付率", unit="%",
            actual=100),
        ind("项目资金", "门面税金", "资金支付率", unit="%", actual=100),
    ],
    "goals": [
        {"kind": "绩效目标", "text": D_GOAL},
    ],
    "facts": [
        {"metric": "项目支出", "kind": "sum", "total": 14.97,
         "parts": [5, 8, 1.97], "unit": "万元"},
        {"metric": "实际已支付", "kind": "sum", "total": 14.97,
         "parts": [5, 8, 1.97], "unit": "万元"},
        {"metric": "支付率", "kind": "rate", "total": 100,
         "parts": [14.97, 14.97], "unit": "%"},
        {"metric": "档案整理费资金支付率", "kind": "rate", "total": 100,
         "parts": [5, 5], "unit": "%"},
        {"metric": "失业保险及城乡就业稽查核查费用资金支付率", "kind": "rate",
         "total": 100, "parts": [8, 8], "unit": "%"},
        {"metric": "门面税金资金支付率", "kind": "rate", "total": 100,
         "parts": [1.97, 1.97], "unit": "%"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": D_GOAL[:20],
         "why": "目标只有口号式表述,没有任何数量、比率或期限"},
        {"rule": "goal.process_only", "item": D_GOAL[:20],
         "why": "可衡量的部分只有“资金及时拨付到位”,属于过程要求而非产出效果"},
        {"rule": "coverage.missing_dimension", "item": "绩效目标设定及指标完成情况",
         "why": "该节没有列出任何产出、效益或满意度指标及其目标值,只称任务已圆满完成"},
        {"rule": "target.input_or_process", "item": "资金支付率",
         "why": "唯一给出数值的指标是资金支付率,衡量的是资金拨付,不是产出"},
        {"rule": "target.input_or_process", "item": "支付率",
         "why": "项目资金整体支付率同样只是资金执行情况"},
    ],
    "notes": (
        "Narrative report; the only figures are amounts and payment rates, all stated "
        "as results (100%), so the indicator rows have no target value and carry only "
        "actual=100. Levels use the document's own labels: section (二)项目资金 and the "
        "numbered project names. The goal paragraph under (二)绩效目标设定及指标完成情况 "
        "mixes goal and result ('任务已圆满完成'); we kept it as one goal text. The "
        "stored page stops in 2、项目实施 at '收集该项目相关政策制度文件、', so the "
        "report's conclusion and any score are not built. Sums and rates all check. "
        "Oddity: 门面税金 (tax on a rented shopfront) is one of the three evaluated "
        "'projects'."),
}

GOLDS = {FILE_A: GOLD_A, FILE_B: GOLD_B, FILE_C: GOLD_C, FILE_D: GOLD_D}


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")
FONT = Font(name="Noto Sans CJK SC", size=10)
FONT_B = Font(name="Noto Sans CJK SC", size=14, bold=True)


def put(ws, ref, text, align=WRAP, font=FONT):
    cell = ws[ref]
    cell.value = text
    cell.alignment = align
    cell.font = font
    return cell


def box(ws, first_row, last_row, first_col, last_col):
    for row in ws.iter_rows(min_row=first_row, max_row=last_row,
                            min_col=first_col, max_col=last_col):
        for cell in row:
            cell.border = BORDER


def landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def fix_core_xml(data):
    text = data.decode("utf-8")
    text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                  r"\g<1>" + FIXED_ISO + r"\g<2>", text)
    text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                  r"\g<1>" + FIXED_ISO + r"\g<2>", text)
    return text.encode("utf-8")


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in sorted(items):
            if name == "docProps/core.xml":
                data = fix_core_xml(data)
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


def fix_pdf(path):
    data = path.read_bytes()

    def same_len(match, fill):
        old = match.group(0)
        new = fill[:len(old)].ljust(len(old), b" ")
        return new

    data = re.sub(rb"/CreationDate\s*\(D:[^)]*\)",
                  lambda m: same_len(m, b"/CreationDate(D:20240101000000Z)"), data)
    data = re.sub(rb"/ModDate\s*\(D:[^)]*\)",
                  lambda m: same_len(m, b"/ModDate(D:20240101000000Z)"), data)

    def fix_id(m):
        inner = m.group(1)
        return b"/ID [" + re.sub(rb"[0-9A-Fa-f]", b"0", inner) + b"]"

    data = re.sub(rb"/ID\s*\[(\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*)\]", fix_id, data)
    data = re.sub(rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>",
                  lambda m: same_len(m, b"<xmp:CreateDate>2024-01-01T00:00:00Z</xmp:CreateDate>"),
                  data)
    data = re.sub(rb"<xmp:ModifyDate>[^<]*</xmp:ModifyDate>",
                  lambda m: same_len(m, b"<xmp:ModifyDate>2024-01-01T00:00:00Z</xmp:ModifyDate>"),
                  data)
    data = re.sub(rb"<xmp:MetadataDate>[^<]*</xmp:MetadataDate>",
                  lambda m: same_len(m, b"<xmp:MetadataDate>2024-01-01T00:00:00Z</xmp:MetadataDate>"),
                  data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+",
                  lambda m: re.sub(rb"/[0-9A-Fa-f]+$", lambda h: b"/" + b"0" * (len(h.group(0)) - 1),
                                   m.group(0)), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}",
                  lambda m: b"uuid:00000000-0000-0000-0000-000000000000", data)
    path.write_bytes(data)


def to_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    fix_pdf(pdf)
    return pdf


def set_wb_props(wb):
    wb.properties.creator = "blind254"
    wb.properties.lastModifiedBy = "blind254"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def set_doc_props(document):
    cp = document.core_properties
    cp.author = "blind254"
    cp.last_modified_by = "blind254"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
def build_a(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    widths = {"A": 12, "B": 8, "C": 12, "D": 44, "E": 10, "F": 10, "G": 22, "H": 8}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    put(ws, "A1", "自治区“双创”载体建设扶持资金使用绩效目标自评表", font=FONT_B)
    ws.merge_cells("A2:H2")
    put(ws, "A2", "(2019 年    月——2020 年    月)")
    # header block
    put(ws, "A3", "名称")
    ws.merge_cells("B3:D3")
    put(ws, "B3", "自治区“双创”载体建设扶持资金")
    put(ws, "E3", "自治区主管部门")
    ws.merge_cells("F3:H3")
    put(ws, "F3", "自治区财政厅、自治区科技厅")
    put(ws, "A4", "地(市)主管部门")
    ws.merge_cells("B4:D4")
    put(ws, "E4", "实 施 单位")
    ws.merge_cells("F4:H4")
    # money block
    ws.merge_cells("A5:A9")
    put(ws, "A5", "资金 情况 (万元)")
    ws.merge_cells("B5:D5")
    put(ws, "E5", "预算数 (A)")
    ws.merge_cells("F5:G5")
    put(ws, "F5", "执行数(B)")
    put(ws, "H5", "预算执行率(B/A)")
    for r, label in zip(range(6, 10), ["资金总额", "其中:自治区财政", "地市资金", "其他资金"]):
        ws.merge_cells(f"B{r}:D{r}")
        put(ws, f"B{r}", label)
        ws.merge_cells(f"F{r}:G{r}")
    # overall goal block
    ws.merge_cells("A10:A11")
    put(ws, "A10", "总体目标")
    ws.merge_cells("B10:E10")
    put(ws, "B10", "设定目标")
    ws.merge_cells("F10:H10")
    put(ws, "F10", "实际完成情况")
    ws.merge_cells("B11:E11")
    ws.merge_cells("F11:H11")
    ws.row_dimensions[11].height = 40
    for r in (3, 4, 5, 7):
        ws.row_dimensions[r].height = 30
    # indicator header
    start = 12
    heads = ["一级 指标", "二级指标", "三级指标", "指标值", "完成值", "未完成原因和改进措施", "打分"]
    for col, h in zip("BCDEFGH", heads):
        put(ws, f"{col}{start}", h)
    row = start + 1
    l1_spans = {}
    for l1, l2, names in A_BLOCKS:
        first = row
        for name in names:
            put(ws, f"D{row}", name, align=WRAP_L)
            if name in A_TISHENG:
                put(ws, f"E{row}", "提升")
                put(ws, f"F{row}", "提升")
                put(ws, f"H{row}", "100%")
            row += 1
        last = row - 1
        if last > first:
            ws.merge_cells(f"C{first}:C{last}")
        label2 = {"质量指标": "质量指 标", "经济效益指标": "经济效益 指标",
                  "社会效益指标": "社会效益 指标", "生态效益指标": "生态效益 指标",
                  "可持续影响指标": "可持续影响 指标"}.get(l2, l2)
        put(ws, f"C{first}", label2)
        span = l1_spans.setdefault(l1, [first, last])
        span[1] = last
    spaced = {"产出指标": "产 出 指 标", "效益指标": "效 益 指 标", "满意度指标": "满意度指标"}
    for l1, (first, last) in l1_spans.items():
        if last > first:
            ws.merge_cells(f"B{first}:B{last}")
        put(ws, f"B{first}", spaced[l1])
    end = row - 1
    ws.merge_cells(f"A{start}:A{end}")
    put(ws, f"A{start}", "绩 效 指 标")
    box(ws, 3, end, 1, 8)
    landscape(ws)
    ws.print_title_rows = f"{start}:{start}"
    set_wb_props(wb)
    wb.save(path)
    normalise_zip(path)


def build_b(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "附件1"
    for col, w in {"A": 10, "B": 12, "C": 18, "D": 36, "E": 44, "F": 8}.items():
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    put(ws, "A1", "永州市社会福利中心建设项目2016年度专项资金绩效自评报告附件", align=WRAP_L)
    ws.merge_cells("A2:F2")
    put(ws, "A2", "附件1:", align=WRAP_L)
    ws.merge_cells("A3:F3")
    put(ws, "A3", "永州市社会福利院2016年度市级财政专项(项目)资金绩效评价指标表", font=FONT_B)
    heads = ["一级\n指标", "二级\n指标", "三级指标", "指标解释", "评分说明", "得分"]
    for col, h in zip("ABCDEF", heads):
        put(ws, f"{col}4", h)
    ws.merge_cells("A5:A6")
    put(ws, "A5", "投入(20分)")
    ws.merge_cells("B5:B6")
    put(ws, "B5", "项目立项(12分)")
    put(ws, "C5", "项目立项规范性(4分)")
    put(ws, "D5", "考核项目的申请与设立过程是否符合相关要求,用来反映项目立项是否规范。",
        align=WRAP_L)
    put(ws, "E5",
        "①按规定程序申请设立项目的,得1分;②提交的文件和材料符合要求的,得1分;"
        "③事前做过必要的可行性研究、专家论证、风险评估并经集体决策的,得2分。"
        "(以下与此相同,请修改)", align=WRAP_L)
    put(ws, "F5", 4)
    put(ws, "C6", "绩效目标合理性(4分)")
    put(ws, "D6", "考核项目设定的绩效目标依据是否充分、是否切合客观实际,用来反映绩效目标与项目实施是否相符。",
        align=WRAP_L)
    put(ws, "E6",
        "①符合国家相关法律法规、国民经济发展规划和党委政府决策的,得1分;"
        "②与项目实施单位或委托单位职责密切相关的,得1分;③项目为促进事业发展所必需",
        align=WRAP_L)
    ws.row_dimensions[4].height = 30
    ws.row_dimensions[7].height = 30
    ws.row_dimensions[5].height = 110
    ws.row_dimensions[6].height = 90
    ws.row_breaks.append(Break(id=6))
    for col, h in zip("ABCDEF", heads):
        put(ws, f"{col}7", h)
    box(ws, 4, 7, 1, 6)
    landscape(ws)
    set_wb_props(wb)
    wb.save(path)
    normalise_zip(path)


def doc_base():
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(11)
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    set_doc_props(document)
    return document


def title(document, text):
    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(16)


def head(document, text):
    p = document.add_paragraph()
    run = p.add_run(text)
    run.bold = True


def para(document, text):
    p = document.add_paragraph(text)
    p.paragraph_format.first_line_indent = Pt(22)


def build_c(path):
    d = doc_base()
    title(d, "南县就业服务中心2020绩效自评报告")
    para(d, "为规范财政资金管理、树牢预算绩效理念、强化支出责任并提高财政资金使用效益,本单位依照法律法规"
            "和财政部门的有关要求,结合自身实际组织开展了2020年度部门预算绩效自评。现将本单位2020年度"
            "部门整体支出绩效评价情况报告如下:")
    head(d, "一、基本情况")
    para(d, "南县就业服务中心是县人力资源和社会保障局下属的副科级公益一类事业单位,主要承担全县事业、企业"
            "单位失业保险的征缴与发放,农村劳动力转移就业培训与下岗再就业培训,社会保险补贴,自主创业小额"
            "担保贷款补贴政策落实,以及县创业孵化基招商和管理等工作。")
    head(d, "(一)部门整体支出概况")
    para(d, "2020年本单位总收入为1587.38万元,其中一般公共财政拨款预算收入165.16万元,其他收入1422.22万元。"
            "年度总支出为1542.14万元(其中:基本支出247.28万元,占单位总支出的16.04%;项目支出1294.86万元,"
            "占单位总支出的83.96%);一般公共财政拨款预算支出为165.16万元(其中社会保障和就业支出156.88万元,"
            "卫生健康支出8.28万元),完成率为100%;年初结转结余362.14万元,年末结转结余407.38万元。"
            "2020年本单位编制人数36人,实际在职人数25人,退休人数11人,无公务用车。")
    head(d, "(二)部门整体支出绩效目标完成情况")
    para(d, "1、共性目标完成情况。")
    para(d, "(1)预决算公开情况。本单位已按要求在网上公开2020年度预算和决算,公开数据与财务数据相符。")
    para(d, "(2)绩效管理开展情况。编制部门预算时同步编制了绩效目标,并随部门预算一并申报;又按县财政局"
            "的要求开展了整体支出绩效自评。")
    para(d, "(3)制度建设情况。为规范管理,本单位制定了《财务管理制度》、《内部控制手册》等规章制度。")
    para(d, "(4)“三公” 经费控制情况。本单位加强了“三公”经费的支出管理,取得了良好的效果,2020年")
    d.save(path)
    normalise_zip(path)


def build_d(path):
    d = doc_base()
    title(d, "南县就业服务中心2024年绩效自评报告")
    para(d, "按照《南县财政局关于做好2024年度预算绩效自评工作的通知》(南财函〔2025〕25号)的要求,为规范"
            "项目支出管理、强化预算绩效理念、切实提高资金使用效益,本单位对2024年度项目支出资金的使用情况"
            "开展了绩效自评,形成本评价报告。")
    head(d, "一、项目基本情况")
    head(d, "(一)项目基本情况简介")
    para(d, "2024年本单位纳入绩效评价的项目共3个,项目支出14.97万元。具体如下:")
    para(d, "1、档案整理费5万元,主要用于档案整理工作;")
    para(d, "2、失业保险及城乡就业稽查核查费用8万元,主要用于失业保险及城乡就业的稽查核查;")
    para(d, "3、门面税金1.97万元,主要用于缴纳出租门面的税金。")
    head(d, "(二)绩效目标设定及指标完成情况")
    para(d, D_GOAL)
    head(d, "二、绩效评价工作情况")
    head(d, "(一)绩效评价目的")
    para(d, "本次评价旨在全面分析、综合评价本单位本级预算项目资金的使用和管理情况,为提高财政资金使用效益、"
            "强化预算支出责任和效率提供参考依据。")
    head(d, "(二)项目资金")
    para(d, "2024年项目资金为14.97万元,实际已支付14.97万元,支付率为100%。具体如下:")
    para(d, "1、档案整理费5万元,实际已支付5万元,资金支付率100%;")
    para(d, "2、失业保险及城乡就业稽查核查费用8万元,实际已支付8万元,资金支付率100%;")
    para(d, "3、门面税金1.97万元,实际已支付1.97万元,资金支付率100%。")
    head(d, "(三)项目组织情况分析")
    para(d, "1、前期准备")
    para(d, "由综合股牵头组建绩效评价工作小组,明确工作职责,制定评价方案并设计相关表格;经与相关部门和实施"
            "单位联系,确定了绩效评价的实施时间。")
    para(d, "2、项目实施")
    para(d, "一是收集、检查项目资料。收集该项目相关政策制度文件、")
    d.save(path)
    normalise_zip(path)


BUILDERS = {FILE_A: build_a, FILE_B: build_b, FILE_C: build_c, FILE_D: build_d}


# ---------------------------------------------------------------------------
# annotations and checks
# ---------------------------------------------------------------------------
def write_annotation(name, gold):
    ANN.mkdir(exist_ok=True)
    data = dict(gold)
    data["source"] = name
    out = ANN / (name + ".json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    flat = squash(text)
    wanted = []
    for row in gold["indicators"]:
        wanted.append(row["name"])
        if row["target_text"]:
            wanted.append(row["target_text"])
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if squash(w) not in flat]
    return missing


def main():
    problems = []
    for name, builder in BUILDERS.items():
        path = HERE / name
        builder(path)
        pdf = to_pdf(path)
        write_annotation(name, GOLDS[name])
        write_annotation(pdf.name, GOLDS[name])
        missing = check_pdf(pdf, GOLDS[name])
        if missing:
            problems.append((pdf.name, missing))
    for pdf_name, missing in problems:
        print(f"MISSING in {pdf_name}: {missing}", file=sys.stderr)
    counts = {n: (len(g["indicators"]), len(g["goals"]), len(g["findings"]))
              for n, g in GOLDS.items()}
    print(json.dumps(counts, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
