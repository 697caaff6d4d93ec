"""Build the blind261 part: four documents about mass organisations (共青团, 红十字会, 科协, 工会).

The gold is written first (annotations/*.json), then the DOCX/XLSX files are built,
exported to PDF with LibreOffice, made deterministic, and checked with pdftotext.
"""

import copy
import datetime
import hashlib
import json
import math
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind261"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)

URL_HUANGPI = "http://www.whyouth.org.cn/tqdd/jctx/2017-06-18/4236.html"
URL_SDHSZH = "http://czt.shandong.gov.cn/art/2022/12/30/art_10604_10311866.html"
URL_SHIYAN = "https://m.daumloan.com/p-341953759.html"
URL_DAYING = "https://dyrmt.com/article-118510-6.html"


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {
        "level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
        "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score,
    }


# ---------------------------------------------------------------------------
# Gold (written before any file is built or read)
# ---------------------------------------------------------------------------

SD_GOAL = ("按“十四五”时期的规划,山东省红十字事业发展的主要目标有六项:(1)应急救援能力显著增强;"
           "(2)应急救护能力大幅提升;(3)人道救助能力明显提高;(4)基层组织体系更加健全;"
           "(5)体制机制更加高效规范;(6)在对外开放中作用更加彰显。")

SY_TARGETS = ("2016年发展农村专业技术协会10个、农村科普示范基地10个、农村科普带头人10名、"
              "科普示范社区10个、科普示范学校10所、科普示范企业5个。")

GOLD = {
    "blind261_huangpi_gqt_2006.xlsx": {
        "source_urls": [URL_HUANGPI],
        "province": "湖北省",
        "doc_kind": "共青团区委年度绩效考核目标分解表(达标值/争取值,直属团组织分解)",
        "patterns": [5, 6],
        "indicators": [
            ind(None, None, "非公单位团组织新增数", None, 5, "个", "非公单位团组织增加5个/10个"),
            ind(None, None, "社区团组织覆盖率", ">=", 30, "%", "社区团组织覆盖率达30%/40%"),
            ind(None, None, "创业、技能培训的次数", None, 1000, "人次",
                "为青年提供创业指导、技能培训1000人次/1500人次"),
            ind(None, None, "扶持创业转移就业人次", None, 200, "人", "帮助城乡青年转移就业200人/300人"),
            ind(None, None, "青年中心建设", None, 3, "个", "新建青年中心3个/4个"),
            ind(None, None, "选树市级以上青年典型人次", None, 5, "人次", "推荐获评市级以上青年典型5人次/8人次"),
            ind(None, None, "活动次数以及参与者/基层团组织对活动效果评估", None, 8, "次",
                "完成区级大型教育实践活动8次/10次"),
            ind(None, None, "筹集资金数", None, 1, "万元", "筹集资金1万元/2万元"),
            ind(None, None, "助学、助困人次", None, 100, "人", "助学助困青少年100人"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "创业、技能培训的次数及满意度",
             "why": "考核指标写了培训满意度,指标值栏只给人次,满意度没有任何目标值"},
            {"rule": "target.missing_value", "item": "活动次数以及参与者/基层团组织对活动效果评估",
             "why": "参与者人数和活动效果评估没有目标值,只定了活动次数8次/10次"},
            {"rule": "target.input_or_process", "item": "筹集资金数",
             "why": "筹集资金1万元/2万元衡量的是资金投入,不是产出或效果"},
        ],
        "notes": (
            "2006年黄陂区团委的考核目标分解表(不是财政绩效表)。指标值一格写两个数:达标值/争取值;gold 的 value 取达标值,"
            "争取值只留在 target_text 里(10个、40%、1500人次、300人、4个、8人次、10次、2万元)。'增加''完成''新建'这类写法"
            "没有运算符,operator 记 null;'达30%'记 >=。第5列“直属团组织指标值”把区级任务按单位分解(如劳动局500、教育局500、"
            "各街乡镇场50;新建青年中心前川1、天河1、姚集1、罗汉1),这些分解值没有单列为指标行,也没记成 facts,因为'各街乡镇场50'"
            "是每个单位的数,无法求和。表头“责任部定”是原页面的错字(应为责任部室),照录。'扶持创业转移就业人次'的目标用'人'而不是"
            "'人次','助学、助困人次'的目标也用'人',单位与名称略有出入,未单独记 finding。第1行考核指标格里原有一个空段落,保留为空行。"
            "存储页面在第5行“1、筹集资金1万元/2万元,助学助困青少年100人”之后中断:青年维权中心受理率、问题青少年帮扶教育成功转化率"
            "的目标值看不到,因此不记 missing_value。页面的导航文字未复制,只保留标题和“来源/更新时间”一行。"
        ),
    },
    "blind261_shandong_hszh_2021.docx": {
        "source_urls": [URL_SDHSZH],
        "province": "山东省",
        "doc_kind": "省红十字会部门整体绩效评价报告(部门概况、预决算、整体绩效目标及职责目标表)",
        "patterns": [],
        "indicators": [
            ind("应急救援", None, "省红十字会备灾救护中心备灾仓库物资完好率", "=", 100, "%", "100%"),
            ind("应急救护", None, "应急救护师资培训合格人数", ">=", 300, "人", "≥300人"),
            ind("救助能力", None, "捐赠款物执行率", ">=", 80, "%", "≥80%"),
        ],
        "goals": [{"kind": "中期目标", "text": SD_GOAL}],
        "facts": [
            {"metric": "资产总额", "kind": "sum", "total": 6590.02, "parts": [373.64, 6216.38], "unit": "万元"},
            {"metric": "固定资产原值(净值+累计折旧)", "kind": "sum", "total": 6606.25, "parts": [6216.38, 389.87],
             "unit": "万元"},
            {"metric": "部门整体预算执行率", "kind": "rate", "total": 1824.15, "parts": [1711.15], "unit": "%",
             "stated_rate": 93.81},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": SD_GOAL[:20],
             "why": "六项“十四五”目标只写显著增强、大幅提升、明显提高、更加健全等,没有数值或基期"},
            {"rule": "target.input_or_process", "item": "捐赠款物执行率",
             "why": "衡量捐赠款物的拨付执行进度(资金过程),不是救助的产出或效果"},
        ],
        "notes": (
            "存储文本从“一、部门基本情况”开始,没有报告标题,所以文件也不加标题。叙述句已改写,数字照录。资产总额6590.02="
            "373.64+6216.38,固定资产原值6606.25=净值6216.38+折旧389.87,执行率1711.15/1824.15=93.81%,三处都核对无误。"
            "收入预算(1116.20→1449.54万元)与支出预算1824.15万元口径不同,页面没解释,未记 finding。职责目标表按“指标分类”分组,"
            "没有产出/效益层级,level1 记分类名。存储页面在表格第4行的“造血”二字处中断(应是造血干细胞相关指标),文件只做到前三行;"
            "表后可能还有更多指标和评价内容,因此不记 coverage.missing_dimension。"
        ),
    },
    "blind261_shiyan_kx_kpjf.docx": {
        "source_urls": [URL_SHIYAN],
        "province": "湖北省",
        "doc_kind": "市科协科普经费项目申报书(项目基础信息、申请理由、测算依据)",
        "patterns": [8],
        "indicators": [
            ind(None, None, "农村专业技术协会", None, 10, "个", "农村专业技术协会10个"),
            ind(None, None, "农村科普示范基地", None, 10, "个", "农村科普示范基地10个"),
            ind(None, None, "农村科普带头人", None, 10, "名", "农村科普带头人10名"),
            ind(None, None, "科普示范社区", None, 10, "个", "科普示范社区10个"),
            ind(None, None, "科普示范学校", None, 10, "所", "科普示范学校10所"),
            ind(None, None, "科普示范企业", None, 5, "个", "科普示范企业5个"),
        ],
        "goals": [{"kind": "年度目标", "text": SY_TARGETS}],
        "facts": [],
        "findings": [],
        "notes": (
            "十堰市科协(邮编442000、鄂政发[2011]25号)科普经费的项目申报书,存储文本是把表格压平后的一长串。表格按字段/值重排,"
            "“、:、其他资金3、上年结余结转”这段乱码照录在单独一行,“办室”(办公室)错字照录,测算公式“280*30人=。。”没有结果也照录。"
            "这份文件的目标只出现在测算依据的正文里(“2016年发展农村专业技术协会10个……科普示范企业5个”),按正文目标记为6个指标行,"
            "名称去掉动词“发展”,没有运算符。申请理由和必要性、可行性是论证文字,没记成目标。存储页面在“经费支出主要用于支持每个创建单位"
            "加强科普设施”处中断,后面的测算项目、资金来源和绩效目标部分都看不到,所以不记目标覆盖或量化方面的 finding;"
            "会议费测算缺结果也因为没有对应规则而只写在这里。"
        ),
    },
    "blind261_daying_zgh_2020.xlsx": {
        "source_urls": [URL_DAYING],
        "province": "四川省",
        "doc_kind": "县总工会部门决算附表:部门整体支出绩效评价自评评分表",
        "patterns": [1, 5],
        "indicators": [
            ind("部门预算管理80分)", "预算编制(30分)", "目标制定", None, None, None, None, weight=10, score=9),
            ind("部门预算管理80分)", "预算编制(30分)", "目标实现", None, None, None, None, weight=10, score=8),
            ind("部门预算管理80分)", "预算编制(30分)", "编制准确", None, None, None, None, weight=10, score=9.8),
        ],
        "goals": [],
        "facts": [
            {"metric": "预算编制(30分)分值", "kind": "sum", "total": 30, "parts": [10, 10, 10], "unit": "分"},
        ],
        "findings": [],
        "notes": (
            "大英县总工会2020年度部门决算页面上的绩效评分表(两行表头:“绩效指标”横跨一级/二级/三级指标,其余列为指标分值、指标解释、"
            "计分标准、自评得分、备注)。一级指标格原文是“部门预/算管理/80分)”,缺左括号,照录;一级、二级格向下合并。评价类指标没有"
            "目标值,target_text 和 value 为 null,只记分值和得分。计分标准改写了叙述,公式照录,包括“编制准确”公式里不配对的括号"
            "“…/年初部门预算数))*指标分值”;“目标实现”的公式只给比值而没乘指标分值,与10分的分值不一致,没有对应规则,只写在这里。"
            "预算编制30分=10+10+10。存储页面在第三个三级指标“编制准确”之后中断,80分下的其他二级指标和总分都看不到,"
            "因此不核对 score_total 和等级。页面摘要里附件名“四川省遂宁市大英县总工会附表.XLS”只写在标题下一行。"
        ),
    },
}


def write_gold():
    ANN.mkdir(exist_ok=True)
    for name, g in GOLD.items():
        pdf = Path(name).with_suffix(".pdf").name
        for src in (name, pdf):
            data = {"source": src}
            data.update(copy.deepcopy(g))
            (ANN / f"{src}.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_C = Alignment(wrap_text=True, vertical="center", horizontal="center")


def fix_workbook_props(wb):
    wb.properties.creator = "blind261"
    wb.properties.lastModifiedBy = "blind261"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def text_units(text):
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def fit_row_heights(ws, first_row, last_row, line_pt=15):
    """Set row heights from the wrapped line count (LibreOffice does not grow them on load)."""
    merged_tops = {}
    for rng in ws.merged_cells.ranges:
        merged_tops[(rng.min_row, rng.min_col)] = rng
    for r in range(first_row, last_row + 1):
        lines_needed = 1
        for cell in ws[r]:
            if cell.value is None:
                continue
            rng = merged_tops.get((cell.row, cell.column))
            cols = range(cell.column, (rng.max_col if rng else cell.column) + 1)
            nrows = (rng.max_row - rng.min_row + 1) if rng else 1
            width = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in cols) - 1
            n = 0
            for line in str(cell.value).split("\n"):
                n += max(1, math.ceil(text_units(line) / width))
            lines_needed = max(lines_needed, math.ceil(n / nrows))
        ws.row_dimensions[r].height = lines_needed * line_pt + 4


def box(ws, cell_range):
    for row in ws[cell_range]:
        for c in row:
            c.border = BORDER


def renormalise_zip(path):
    """Rewrite a zip (docx/xlsx) with sorted entries and a fixed timestamp."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda t: t[0])
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    tmp.replace(path)


def fix_core_xml_dates(path):
    """python-docx/openpyxl write dates into docProps/core.xml; force them to the fixed date."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            text = data.decode("utf-8")
            text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                          r"\g<1>2024-01-01T00:00:00Z\g<3>", text)
            data = text.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            z.writestr(zipfile.ZipInfo(name, date_time=ZIP_DT), data)
    renormalise_zip(path)


def set_cell_text(cell, text, bold=False, size=10.5, center=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def set_doc_font(doc):
    style = doc.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def fix_doc_props(doc):
    cp = doc.core_properties
    cp.author = "blind261"
    cp.last_modified_by = "blind261"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


# ---------------------------------------------------------------------------
# Document 1: 2006年度黄陂共青团绩效考核目标分解表 (XLSX)
# ---------------------------------------------------------------------------

def build_huangpi(path):
    wb = Workbook()
    fix_workbook_props(wb)
    ws = wb.active
    ws.title = "目标分解表"
    widths = {"A": 6, "B": 52, "C": 46, "D": 12, "E": 64, "F": 40}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    ws["A1"] = "2006年度黄陂共青团绩效考核目标分解表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = WRAP_C
    ws.merge_cells("A2:F2")
    ws["A2"] = "来源:黄陂区 更新时间:2006-09-26"
    ws["A2"].alignment = Alignment(horizontal="right")
    header = ["序号", "考核指标", "指标值(达标值/争取值)", "责任部定", "直属团组织指标值", "说明"]
    for i, h in enumerate(header):
        c = ws.cell(row=3, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.alignment = WRAP_C
    rows = [
        [1, "非公单位团组织新增数;\n社区团组织覆盖率\n",
         "1、非公单位团组织增加5个/10个;\n2、社区团组织覆盖率达30%/40%",
         "组宣部",
         ("新建非公经济组织团组织(个):武湖1、盘龙城开发区2、前川2、滠口1、李集2、蔡榨1、木兰2;\n"
         "新建社区团组织(个):各街乡镇场至少1个"),
         "须有成立文件、负责人、机构牌子和相关台帐"],
        [2, "创业、技能培训的次数及满意度;扶持创业转移就业人次;\n青年中心建设",
         ("1、为青年提供创业指导、技能培训1000人次/1500人次\n2、帮助城乡青年转移就业200人/300人\n"
         "3、新建青年中心3个/4个"),
         "战线工作部",
         ("创业指导、技能培训(人次):劳动局500、教育局(武湖职工、区职高)500、各街乡镇场50;\n"
         "帮助城乡青年转移就业(人):劳动局300、教育局(武湖职高、区职高)300、中百仓储50\n"
         "新建青年中心(个):前川1、天河1、姚集1、罗汉1"),
         "须建立详细台帐,记下姓名、年龄、培训内容、就业岗位、联系方式等"],
        [3, "选树市级以上青年典型人次", "推荐获评市级以上青年典型5人次/8人次", "机关各部室", None,
         "各直属团组织须配合机关各部室做好典型的申报推荐"],
        [4, "活动次数以及参与者/基层团组织对活动效果评估", "完成区级大型教育实践活动8次/10次", "机关各部室", None,
         "各直属团组织全年至少自行开展1次团的活动,并留存文字记录和图片"],
        [5, "助学、助困人次及筹集资金数;\n青年维权中心受理率;\n问题青少年帮扶教育成功转化率",
         "1、筹集资金1万元/2万元,助学助困青少年100人", None, None, None],
    ]
    for r, row in enumerate(rows, start=4):
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP_C if c in (1, 4) else WRAP
    box(ws, "A3:F8")
    fit_row_heights(ws, 3, 8)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


# ---------------------------------------------------------------------------
# Document 2: 山东省红十字会 部门整体绩效评价 (DOCX)
# ---------------------------------------------------------------------------

def build_shandong(path):
    doc = Document()
    set_doc_font(doc)
    fix_doc_props(doc)
    paras = [
        ("h", "一、部门基本情况"),
        ("h", "(一)部门概况"),
        ("p", ("山东省红十字会(下称“省红十字会”)始建于1911年,1957年改组重建,2001年6月理顺了管理体制,2017年10月"
              "会机关被纳入群团机关管理。它是党领导下开展人道主义工作的社会救助群众团体,也是中国红十字会在山东的省级分会,"
              "以弘扬人道、博爱、奉献精神,保护人的生命和健康,维护人的尊严,推动人类和平进步为宗旨,在人道领域充当党和政府的"
              "助手和联系群众的桥梁纽带。会机关有事业编制27人,参照公务员管理,现有人员24人,内设办公室(机关党委、监事会秘书处)、"
              "赈灾救护部、事业发展部3个部室;下属备灾救护中心、医学捐献服务中心2个公益一类正处级事业单位,各有编制12人,"
              "现有管理人员6人,专业技术人员3人,工勤技能人员1人。")),
        ("p", ("到2021年12月底,省红十字会机关及所属单位的资产总额为6590.02万元,其中流动资产373.64万元,固定资产净值"
              "6216.38万元(固定资产原值6606.25万元,累计折旧389.87万元)。")),
        ("h", "(二)部门预决算情况"),
        ("p", ("省红十字会2021年初的收入预算为1116.20万元,调整后全年预算安排收入1449.54万元。2021年度批复的支出预算为"
              "1824.15万元,实际执行支出预算1711.15万元,部门整体预算执行率为93.81%。")),
        ("h", "(三)部门整体绩效目标"),
        ("p", SD_GOAL),
        ("p", "2021年省红十字会的部门职责目标见下表:"),
    ]
    for kind, text in paras:
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind == "h":
            run.bold = True
        else:
            p.paragraph_format.first_line_indent = Pt(21)
    table = doc.add_table(rows=4, cols=3)
    table.style = "Table Grid"
    data = [
        ("指标分类", "指标", "目标值"),
        ("应急救援", "省红十字会备灾救护中心备灾仓库物资完好率", "100%"),
        ("应急救护", "应急救护师资培训合格人数", "≥300人"),
        ("救助能力", "捐赠款物执行率", "≥80%"),
    ]
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            set_cell_text(table.cell(r, c), v, bold=(r == 0), center=(c != 1))
    doc.save(path)


# ---------------------------------------------------------------------------
# Document 3: 十堰市科协 科普经费 项目申报书 (DOCX)
# ---------------------------------------------------------------------------

def build_shiyan(path):
    doc = Document()
    set_doc_font(doc)
    fix_doc_props(doc)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("项目申报书")
    r.bold = True
    r.font.size = Pt(16)
    reason = (
        "依据省政府鄂政发[2011]25号文件,本项目经费用来开展科普宣传、学术交流、送科技下乡、科普惠农以及科普示范学校、"
        "社区建设等活动。\n"
        "必要性:为落实《十堰市全民科学素质行动计划纲要十二五规划》提出的目标任务,需要借助科普宣传和示范活动大幅提高市民"
        "科学素养,推动科技进步和生态文明建设,服务区域性中心城市建设。\n"
        "可行性:党的十八大政治报告已把“普及科学知识,弘扬科学精神,提高全民科学素养”列为建设社会主义文化强国的重要内容。"
        "近几年市科协围绕《全民科学素质纲要》搭建工作平台和载体,组织科普进社区、进学校、进农村、进企业、进机关,推进科普示范"
        "体系建设,创建科普示范社区、农村产业科普示范基地和农村专业技术协会,培养农村科普示范带头人,夯实基层科普阵地,"
        "成效良好,科协服务全市工作大局的能力也随之增强。"
    )
    calc = (
        "一、科学素质工作领导小组办室工作经费2万元。用于开会和编印资料。会期1天30人,280*30人=。。\n"
        "二、全市科普示范体系和阵地创建经费3万元。" + SY_TARGETS + "这笔经费主要用来支持每个创建单位加强科普设施"
    )
    rows = [
        ("项目名称", "科普经费", "项目主管部门", "科协"),
        ("项目执行单位", "科协机关", "邮政编码", "442000"),
        ("项目负责人", "罗志增", "联系电话", "8117321"),
        ("支出功能分类", "【206】科学技术支出【20607】科学技术普及", None, None),
        ("项目类别", "持续性项目", "项目类型", "专项业务类支出项目"),
        ("项目属性", "持续性项目", "项目核拨方式", "专项管理类项目"),
        ("细化程度", "已细化项目", None, None),
        ("项目申请理由及主要内容", reason, None, None),
        ("", "、:、其他资金3、上年结余结转", None, None),
        ("项目基础信息", None, None, None),
        ("项目测算依据和说明", calc, None, None),
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for ri, row in enumerate(rows):
        a, b, c, d = row
        if b is None:
            merged = table.cell(ri, 0).merge(table.cell(ri, 3))
            set_cell_text(merged, a, bold=True, center=True)
            continue
        set_cell_text(table.cell(ri, 0), a, bold=True, center=True)
        if c is None:
            merged = table.cell(ri, 1).merge(table.cell(ri, 3))
            set_cell_text(merged, b)
        else:
            set_cell_text(table.cell(ri, 1), b)
            set_cell_text(table.cell(ri, 2), c, bold=True, center=True)
            set_cell_text(table.cell(ri, 3), d)
    doc.save(path)


# ---------------------------------------------------------------------------
# Document 4: 大英县总工会 部门整体支出绩效评价自评评分表 (XLSX)
# ---------------------------------------------------------------------------

def build_daying(path):
    wb = Workbook()
    fix_workbook_props(wb)
    ws = wb.active
    ws.title = "绩效评价表"
    widths = {"A": 12, "B": 14, "C": 12, "D": 8, "E": 30, "F": 70, "G": 8, "H": 8}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = "大英县总工会2020年度部门决算"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = WRAP_C
    ws.merge_cells("A2:H2")
    ws["A2"] = "附件:四川省遂宁市大英县总工会附表.XLS"
    ws.merge_cells("A3:C3")
    ws["A3"] = "绩效指标"
    for col, text in (("D", "指标分值"), ("E", "指标解释"), ("F", "计分标准"), ("G", "自评\n得分"), ("H", "备注")):
        ws.merge_cells(f"{col}3:{col}4")
        ws[f"{col}3"] = text
    ws["A4"] = "一级\n指标"
    ws["B4"] = "二级\n指标"
    ws["C4"] = "三级\n指标"
    for row in ws["A3:H4"]:
        for c in row:
            c.font = Font(bold=True)
            c.alignment = WRAP_C
    ws.merge_cells("A5:A7")
    ws["A5"] = "部门预\n算管理\n80分)"
    ws.merge_cells("B5:B7")
    ws["B5"] = "预算编制(30分)"
    rows = [
        ("目标制定", 10, "评价部门绩效目标是否要素完整、细化量化。",
         ("1.绩效目标编制要素齐全的得5分,不齐全的酌情扣分。\n2.绩效指标做到细化量化的得5分,否则酌情扣分。\n"
         "设有项目绩效目标的部门(单位)按项目绩效目标的编制质量打分;没有项目绩效目标的部门按部门整体支出绩效目标打分。"), 9),
        ("目标实现", 10, "评价部门绩效目标实际实现程度与预期目标的偏离度。",
         ("以项目完成数量为核心,比较项目实际完成情况与预期绩效目标的偏离程度;任一数量指标实际完成未达到预期,或超出预期30%"
         "以上的,均不计分。该项指标得分=达到预期值的数量指标个数/全部数量指标个数(即评价选取的项目绩效目标包含的所有数量指标)"),
         8),
        ("编制准确", 10, "评价部门年初预算编制是否科学准确。",
         ("指标得分=1-10×部门全年预算调剂金额/年初部门预算数))*指标分值。其中:若部门全年预算调剂金额/年初部门预算数>0.1,"
         "此项得0分。"), 9.8),
    ]
    for r, (name, weight, expl, rule, score) in enumerate(rows, start=5):
        ws.cell(row=r, column=3, value=name)
        ws.cell(row=r, column=4, value=weight)
        ws.cell(row=r, column=5, value=expl)
        ws.cell(row=r, column=6, value=rule)
        ws.cell(row=r, column=7, value=score)
        for c in range(1, 9):
            ws.cell(row=r, column=c).alignment = WRAP if c in (5, 6) else WRAP_C
    box(ws, "A3:H7")
    fit_row_heights(ws, 3, 7)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


# ---------------------------------------------------------------------------
# PDF export, determinism, checks
# ---------------------------------------------------------------------------

def export_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
         "--outdir", str(HERE), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    pdf = path.with_suffix(".pdf")
    data = pdf.read_bytes()

    def same_len_date(m):
        s = m.group(0)
        return b"D:20240101000000" + re.sub(rb"\d", b"0", s[16:])

    data = re.sub(rb"D:\d{14}[^)]{0,10}", same_len_date, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)?",
                  lambda m: re.sub(rb"\d", b"0", m.group(0)), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + b"0" * 36, data)
    pdf.write_bytes(data)
    return pdf


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                                 text=True).stdout)
    wanted = []
    for i in gold["indicators"]:
        wanted.append(i["name"])
        if i["target_text"]:
            wanted.append(i["target_text"])
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]]
    missing = [w for w in wanted if squash(w) not in text]
    return missing


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


BUILDERS = {
    "blind261_huangpi_gqt_2006.xlsx": build_huangpi,
    "blind261_shandong_hszh_2021.docx": build_shandong,
    "blind261_shiyan_kx_kpjf.docx": build_shiyan,
    "blind261_daying_zgh_2020.xlsx": build_daying,
}


def build_all():
    write_gold()
    problems = []
    sums = {}
    for name, builder in BUILDERS.items():
        path = HERE / name
        builder(path)
        fix_core_xml_dates(path)
        pdf = export_pdf(path)
        missing = check_pdf(pdf, GOLD[name])
        if missing:
            problems.append((pdf.name, missing))
        sums[name] = md5(path)
        sums[pdf.name] = md5(pdf)
    return sums, problems


def main():
    sums1, problems = build_all()
    if problems:
        for pdf, missing in problems:
            print(f"MISSING in {pdf}: {missing}")
        sys.exit(1)
    sums2, _ = build_all()
    for name in sorted(sums1):
        flag = "same" if sums1[name] == sums2[name] else "DIFFERENT"
        print(f"{sums1[name]}  {name}  ({flag})")
    if sums1 != sums2:
        sys.exit(2)
    print("all checks passed")


if __name__ == "__main__":
    main()
