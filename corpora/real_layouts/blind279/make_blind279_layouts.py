"""Build the blind279 corpus part: gold first, then DOCX/XLSX, PDFs, annotations.

Angle: the east (上海, 福建, 山东). The gold below is written before any file is read.
Run: /tmp/wvenv/bin/python make_blind279_layouts.py
"""

import hashlib
import io
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
LO_PROFILE = "file:///tmp/lo_blind279"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_TONGZHOU = "https://360docs.net/doc/145716245.html"
URL_FZ2018 = "http://www.fjtc.com.cn/2019-08/29/content_31561621.htm"
URL_FZ2020 = "http://news.fjsen.com/wap/2021-07/09/content_30781094.htm"
URL_KEWEI = "http://www.caprane.cn/zixun_detail/444505.html"
URL_YUTAI = "https://pdf.chddh.cn/archives/r9pk6xl4g0q3nldjgq3y.html"


def ind(name, target_text, operator=None, value=None, unit=None, level1=None, level2=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


def fsum(metric, total, parts, unit="万元"):
    return {"metric": metric, "kind": "sum", "total": total, "parts": parts, "unit": unit}


# ---------------------------------------------------------------- gold (written first)
GOLD = {
    "blind279_shanghai_tongzhou_2019_shenbaobiao": {
        "source_urls": [URL_TONGZHOU],
        "province": "上海市",
        "doc_kind": "上海市财政支出项目绩效目标申报表（表头与项目概况部分）",
        "patterns": [8],
        "indicators": [
            ind("全年服务", "预计全年服务1715人次", "=", 1715, "人次"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "360docs 上的文档预览，正文是上海市同舟服务中心2019年“党外人才专项服务工作经费”的申报表。"
            "存储的页面只到“保证项目实施的制度、措施”一栏的半句（“党外人才服务部根据名单去安”）为止，"
            "年度绩效目标和指标表都不在存储文本中，所以不标注任何 coverage/goal 类问题。"
            "唯一的目标数字“预计全年服务1715人次”写在项目概况里，按一个指标行记录；“预计”给出的是确切计划数，"
            "故运算符记为“=”（也可理解为无运算符）。项目类型、资金用途的复选框（□/√）照原样保留。"
            "长句按原意改写，文号、单位名称、日期和数字保持原样。网站下载须知不属于文档，未收录。"
        ),
    },
    "blind279_fuzhou_ticai_2018_gonggao": {
        "source_urls": [URL_FZ2018],
        "province": "福建省",
        "doc_kind": "体育彩票公益金分配使用情况公告（市本级，2018年度）",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            fsum("本级分配使用彩票公益金", 9520.17, [6139.06, 3381.11]),
            fsum("群众体育", 6139.06, [2854.78, 3136.18, 104.5, 43.60]),
            fsum("群众体育 其中补助地方", 1917, [323, 20, 879.50, 590, 104.50]),
            fsum("资助或组织开展全民健身活动", 2854.78, [1829.86, 217.72, 464.20, 323, 20]),
            fsum("援建与维护公共体育场地、设施和捐赠体育健身器材", 3136.18,
                 [1521.32, 145.36, 879.50, 590]),
            fsum("组织开展全民健身科学研究与宣传", 43.60, [13.60, 30]),
            fsum("竞技体育", 3381.11, [409.06, 600, 254.88, 412.15, 1078.41, 174, 452.61]),
            fsum("竞技体育 其中补助地方", 600, [600, 412.15]),
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "竞技体育",
             "why": "标题写“其中补助地方600万元”，但分项补助地方为600+412.15=1012.15万元；"
                    "3381.11万元的合计正是按1012.15万元补助算出的。"},
        ],
        "notes": (
            "福建体彩网上的公告，无标题行，正文以段落和编号清单列出金额。标题为本件整理时按正文补写。"
            "页面顶部的累计销量数字（451.41亿元、12.29亿元）和页脚购彩提示属于网站栏目，不是公告内容，未收录。"
            "金额口径：大项合计包含补助地方，分项把本级金额和“补助地方”分开写，"
            "例如(一)2854.78=1829.86+217.72+464.20+323+20。各合计均能复核，"
            "只有竞技体育标题中的“其中补助地方600万元”漏算了(三)后备人才培养的补助412.15万元。"
            "没有绩效目标或指标，本件只测金额与合计。“骄人体育新闻宣传”照原文保留。页面完整，未截断。"
        ),
    },
    "blind279_fuzhou_ticai_2020_gonggao": {
        "source_urls": [URL_FZ2020],
        "province": "福建省",
        "doc_kind": "体育彩票公益金筹集、使用情况公告（市本级，2020年度）",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            fsum("本级分配使用彩票公益金", 7375.29, [4348.97, 2307.91, 718.41]),
            fsum("群众体育", 4348.97, [1433.1, 2605.37, 297.5, 13]),
            fsum("群众体育 其中补助地方", 2327.1, [249.41, 1767.19, 297.5, 13]),
            fsum("资助或组织开展全民健身活动", 1433.1, [654.17, 559.52, 219.41]),
            fsum("援建与维护公共体育场地、设施和捐赠体育健身器材", 2605.37,
                 [849.7, 803.5, 68.59, 883.58]),
            fsum("援建与维护公共体育场地、设施和捐赠体育健身器材 其中补助地方", 1767.19,
                 [849.7, 803.5, 68.59, 45.4]),
            fsum("竞技体育", 2307.91, [993.64, 135.14, 770.24, 79.76, 329.13]),
            fsum("竞技体育 其中补助地方", 993.7, [896.2, 68.2, 29.3]),
        ],
        "findings": [],
        "notes": (
            "东南网转载的2020年福州市体育彩票公益金公告（页尾重复出现发布日期2021-07-09，只保留一次）。"
            "“二、本级体育彩票公益金使用情况”之下又从“一、群众体育”重新编号，照原样保留这种重复编号。"
            "所有合计都能复核，是一份“干净”的对照件；"
            "(一)的“其中补助地方249.41万元”在分项中只写明了30万元（群众性综合运动会），"
            "其余219.41万元恰为“其他活动”的金额但原文未标为补助，属于口径未写明，不算加总错误，故不标注。"
            "没有绩效目标或指标。页面在“特此公告”和日期后结束。"
        ),
    },
    "blind279_shanghai_kewei_2025_zhibiao": {
        "source_urls": [URL_KEWEI],
        "province": "上海市",
        "doc_kind": "上海市2025年部门预算绩效目标述评（正文中的量化目标）",
        "patterns": [],
        "indicators": [
            ind("項目完成率", "項目完成率≥90%", ">=", 90, "%"),
            ind("考核指標達成率", "考核指標達成率≥90%", ">=", 90, "%"),
            ind("研究目標", "≥1100項研究目標", ">=", 1100, "項"),
            ind("有效跟蹤率", "有效跟蹤率≥95%", ">=", 95, "%"),
            ind("科技信貸年授信規模", "科技信貸年授信規模目標超55億元", ">", 55, "億元"),
            ind("上市培育庫企業走訪", "≥300家次", ">=", 300, "家次"),
            ind("公共飲水水質在線監測數據采集及時率", "公共飲水水質在線監測數據采集及時率≥95%",
                ">=", 95, "%"),
            ind("突發污染事件處置率", "突發污染事件處置率達100%", "=", 100, "%"),
            ind("衛生監督執法人員數字化培訓", "≥100人次", ">=", 100, "人次"),
            ind("審批檔案數字化率", "審批檔案數字化率100%", "=", 100, "%"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "一篇繁体字的述评文章（转述上海市科委、市科技创业中心、市卫生健康技术评价中心的2025年预算绩效目标），"
            "目标全部写在正文句子里，没有表格。镜像站在部分汉字后插入了拼音注音（如“指標(biāo)”），"
            "这是镜像的转码噪声，不是文章内容，整理时去掉；其余指标名称和数字照原文。"
            "“[[1]]”“[[3]]”引用标记照原样保留。存储的页面在“服務對象滿意”处截断，"
            "满意度目标的数值不可见，所以不记该行，也不据此标注缺项。"
            "“達100%”和“數字化率100%”记为“=”；“超55億元”记为“>”。句子均按原意改写，数字保持不变。"
        ),
    },
    "blind279_yutai_czj_2023_bumenyusuan": {
        "source_urls": [URL_YUTAI],
        "province": "山东省",
        "doc_kind": "县级部门预算公开文本（目录与部门职责部分）",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "鱼台县财政局2023年部门预算公开PDF在文库站的文本。存储的页面只到目录和“一、主要职责”第（四）条的半句"
            "（“管理本县公共支出；制定行”）为止，十二张预算表和第三部分的情况说明都看不到，"
            "因此没有目标、指标或金额可记，也不标注任何问题。本件用来检验读取器不会在没有指标表的预算文本中"
            "凭空造出指标。页码标记“—1—”“—2—”照原样保留；职责条目按原意改写。"
        ),
    },
}


# ---------------------------------------------------------------- helpers
def set_cjk_font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Noto Sans CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")


def para(doc, text, size=11, bold=False, center=False):
    p = doc.add_paragraph()
    set_cjk_font(p.add_run(text), size=size, bold=bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def new_doc(title):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind279"
    cp.last_modified_by = "blind279"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def normalize_zip(path):
    """Rewrite a zip with sorted entries, a fixed timestamp and fixed core dates."""
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    core = items.get("docProps/core.xml")
    if core is not None:
        text = core.decode("utf-8")
        text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                      r"\g<1>2024-01-01T00:00:00Z\g<2>", text)
        text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                      r"\g<1>2024-01-01T00:00:00Z\g<2>", text)
        items["docProps/core.xml"] = text.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(items):
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[name])
    path.write_bytes(buf.getvalue())


def to_pdf(path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    data = pdf.read_bytes()

    def same_len(m, repl_char):
        return m.group(1) + re.sub(rb"[0-9A-Fa-f]", repl_char, m.group(2)) + m.group(3)

    def fixed_date(m):
        rest = re.sub(rb"[0-9]", b"0", m.group(2)[14:])
        return m.group(1) + b"20240101000000" + rest + m.group(3)

    data = re.sub(rb"(/CreationDate\s*\(D:)([^)]*)(\))", fixed_date, data)
    data = re.sub(rb"(/ModDate\s*\(D:)([^)]*)(\))", fixed_date, data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(>\s*<)([0-9A-Fa-f]{32})(>\s*\])", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)(\s)", lambda m: same_len(m, b"0"), data)
    pdf.write_bytes(data)
    return pdf


# ---------------------------------------------------------------- builders
def build_tongzhou(stem):
    wb = Workbook()
    ws = wb.active
    ws.title = "申报表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 30

    ws["A1"] = "上海市财政支出项目绩效目标申报表"
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "申报单位名称:上海市同舟服务中心"
    ws.merge_cells("A2:D2")

    rows = [
        ("项目名称", "党外人才专项服务工作经费", 18),
        ("项目类型", ("市委市政府已确定的新增项目□ 结转项目□ 其他一次性项目□\n"
                    "经常性专项业务费√ 其他经常性项目□"), 36),
        ("资金用途", ("基本建设工程类□ 信息化建设类□ 政策补贴类□政府购买服务□ 资产购置类□ "
                    "其他事业专业类√"), 36),
    ]
    r = 3
    for label, value, height in rows:
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.row_dimensions[r].height = height
        r += 1
    ws.cell(r, 1, "开始时间")
    ws.cell(r, 2, "2019/1/1")
    ws.cell(r, 3, "结束时间")
    ws.cell(r, 4, "2019/12/31")
    r += 1
    long_rows = [
        ("项目概况",
         ("依据上海市同舟服务中心2019年财政预算专题汇报会纪要，结合中心职能，本部门立项开展"
         "党外代表人士体检服务、主旋律精品文化演出票推送和党外代表人士理论书籍推送三项工作，"
         "面向知联会、海联会、新联会等统战社团的党外代表人士提供提升文化素养的专项服务，"
         "预计全年服务1715人次。"), 96),
        ("立项依据",
         ("依据沪编[2015]581号《关于同意调整上海市委统战部所属部分事业单位机构编制的批复》，"
         "并结合实际工作需要。"), 48),
        ("项目设立的必要性",
         ("配合部机关相关职能处室做好三个统战社团的服务工作；借助提升文化素养、丰富文化生活等项目，"
         "增强党外人才对统战工作的认同和归属，并通过联络联谊，引导党外人才为上海经济社会发展多作贡献。"), 80),
        ("保证项目实施的制度、措施",
         ("体检、演出票发放和理论书籍推送的对象名单，均由相关处室和中心领导确定。"
         "党外人才服务部根据名单去安"), 64),
    ]
    for label, value, height in long_rows:
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.row_dimensions[r].height = height
        r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, min_col=1, max_col=4):
        for c in row:
            c.border = border
            c.alignment = wrap
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind279"
    wb.properties.lastModifiedBy = "blind279"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = HERE / f"{stem}.xlsx"
    wb.save(path)
    normalize_zip(path)
    return path


def build_fz2018(stem):
    title = "2018年度福州市体育部门本级体育彩票公益金分配使用情况公告"
    doc = new_doc(title)
    para(doc, title, size=15, bold=True, center=True)
    para(doc, "2018年度，福州市体育部门按照财政局批复的预算，本级共分配使用彩票公益金9520.17万元，"
              "用于开展群众体育工作、资助竞技体育工作。资金安排坚持体育彩票“来之于民、用之于民”的宗旨，"
              "面向基层和大众，统筹规划、突出重点、讲求实效，审批按程序公开、公正、透明进行。"
              "依据《彩票管理条例》《彩票管理条例实施细则》的规定，现将本级体育彩票公益金分配使用情况公告如下：")
    lines = [
        ("一、群众体育6139.06万元(其中补助地方1917万元)", True),
        ("(一)资助或组织开展全民健身活动2854.78万元;", False),
        ("1、群众性综合运动会1829.86万元,补助地方323万元;", False),
        ("2、示范性全民健身活动217.72万元,补助地方20万元;", False),
        ("3、其他活动464.20万元.", False),
        ("(二)援建与维护公共体育场地、设施和捐赠体育健身器材3136.18万元;", False),
        ("1、公共体育场馆建设与维护1521.32万元,补助地方879.50万元;", False),
        ("2、全民健身路径工程145.36万元,补助地方590万元;", False),
        ("(三)资助群众体育组织和队伍建设104.5万元", False),
        ("1、体育传统项目学校,补助地方104.50万元.", False),
        ("(四)组织开展全民健身科学研究与宣传43.60万元", False),
        ("1、群众体育调查研究13.60万元;", False),
        ("2、骄人体育新闻宣传30万元.", False),
        ("二、竞技体育3381.11万元(其中补助地方600万元)", True),
        ("(一)举办或承办区县级以上体育赛事409.06万元, 补助地方600万元;", False),
        ("(二)改善训练比赛场地设施条件254.88万元;", False),
        ("(三)资助体育后备人才培养,补助地方412.15万元;", False),
        ("(四)支持运动队参加国际国内运动会1078.41万元;", False),
        ("(五)补充运动员保障支出174万元;", False),
        ("(六)其他452.61万元.", False),
    ]
    for text, bold in lines:
        para(doc, text, bold=bold)
    para(doc, "特此公告。")
    p = para(doc, "2019年7月25日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = HERE / f"{stem}.docx"
    doc.save(path)
    normalize_zip(path)
    return path


def build_fz2020(stem):
    title = "2020年福州市体育彩票公益金筹集、使用情况公告"
    doc = new_doc(title)
    para(doc, title, size=15, bold=True, center=True)
    para(doc, "根据《彩票管理条例》《彩票管理条例实施细则》和《彩票公益金管理办法》的有关要求，"
              "现就2020年福州市体育彩票公益金的筹集和使用情况公告如下。")
    para(doc, "一、体育彩票销售情况", bold=True)
    para(doc, "全市2020年体育彩票销售额为153,627.5352万元。")
    para(doc, "二、本级体育彩票公益金使用情况", bold=True)
    para(doc, "2020年度，福州市体育部门本级分配使用彩票公益金7375.29万元，具体如下。")
    lines = [
        ("一、群众体育4348.97万元(其中补助地方2327.1万元)", True),
        ("(一)资助或组织开展全民健身活动1433.1万元,其中补助地方249.41万元。", False),
        ("1、群众性综合运动会654.17万元,其中补助地方30万元;", False),
        ("2、示范性全民健身活动559.52万元;", False),
        ("3、其他活动219.41万元。", False),
        ("(二)援建与维护公共体育场地、设施和捐赠体育健身器材2605.37万元;其中补助地方1767.19万元。",
         False),
        ("1、公共体育场馆建设与维护补助地方849.7万元;", False),
        ("2、全民健身路径工程补助地方803.5万元;", False),
        ("3、全民健身活动中心补助地方68.59万元;", False),
        ("4、其他开支883.58万元,其中补助地方45.4万元。", False),
        ("(三)资助群众体育组织和队伍建设297.5万元, 其中补助地方297.5万元。", False),
        ("1、体育传统项目学校补助地方297.5万元。", False),
        ("(四)组织开展全民健身科学研究与宣传13万元。", False),
        ("1、群众体育调查研究补助地方13万元;", False),
        ("二、竞技体育2307.91万元(其中补助地方993.7万元)", True),
        ("(一)举办或承办区县级以上体育赛事993.64万元, 其中补助地方896.2万元。", False),
        ("(二)资助体育后备人才培养135.14万元,其中补助地方68.2万元。", False),
        ("(三)支持运动队参加国际国内运动会770.24万元。", False),
        ("(四)补充运动员保障支出79.76万元。", False),
        ("(五)其他支出329.13万元,其中补助地方29.3万元。", False),
        ("三、其他支出718.41万元(其中补助地方697.27万元)", True),
    ]
    for text, bold in lines:
        para(doc, text, bold=bold)
    para(doc, "特此公告。")
    p = para(doc, "2021-07-09")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = HERE / f"{stem}.docx"
    doc.save(path)
    normalize_zip(path)
    return path


def build_kewei(stem):
    doc = new_doc("上海市2025年預算績效目標述評")
    para(doc, "2025年，上海市科學技術委員會安排的科技創新計劃專項資金達458.168億元，投向關鍵技術研發、"
              "基礎研究、成果轉化等九大領域[[1]]。績效方面，既要求項目完成率≥90%，也要求考核指標達成率≥90%，"
              "以此檢驗科研的實際成效。在關鍵核心技術領域，計劃設立≥1100項研究目標，"
              "推動“卡脖子”技術攻關與產業需求對接[[1]]。")
    para(doc, "創新生態同樣設有量化要求。上海市科技創業中心在科技成果轉化服務中，"
              "對高轉項目實施動態跟蹤，有效跟蹤率≥95%，並負責編制技術交易分析報告、發放創新券等[[1]]。"
              "在科技金融一側，科技信貸年授信規模目標超55億元，同時建立上市培育庫企業走訪機制（≥300家次），"
              "把研發、轉化、融資三個環節連起來[[1]]。這些安排一方面提高科研產出的經濟價值，"
              "另一方面讓政策服務覆蓋更多企業，減輕創新成本。")
    para(doc, "公共服務升級:數字化賦能與民生需求精準響應", bold=True)
    para(doc, "公共衛生方面的指標以智慧監管和風險防控為主。上海市衛生健康技術評價中心的“智慧衛監”項目，"
              "要求公共飲水水質在線監測數據采集及時率≥95%，突發污染事件處置率達100%[[3]]。"
              "項目還安排衛生監督執法人員數字化培訓（≥100人次），升級行政審批平臺，"
              "審批檔案數字化率100%，服務對象滿意")
    path = HERE / f"{stem}.docx"
    doc.save(path)
    normalize_zip(path)
    return path


def build_yutai(stem):
    title = "2023年鱼台县财政局部门预算"
    doc = new_doc(title)
    para(doc, title, size=15, bold=True, center=True)
    para(doc, "目 录", size=13, bold=True, center=True)
    toc = [
        "第一部分 部门概况",
        "一、主要职责",
        "二、机构设置情况",
        "第二部分 2023年部门预算表",
        "一、收支总体情况表",
        "二、收入总体情况表",
        "三、支出总体情况表",
        "四、财政拨款收支总体情况表",
        "五、一般公共预算支出情况表",
        "六、一般公共预算基本支出情况表",
        "七、一般公共预算“三公”经费支出情况表",
        "八、政府性基金预算支出情况表",
        "九、国有资本经营预算支出情况表",
        "十、基本支出预算情况表",
        "十一、项目支出预算情况表",
        "十二、政府采购预算情况表",
        "第三部分 2023年部门预算情况和重要事项说明",
        "第四部分 名词解释",
    ]
    for t in toc:
        para(doc, t)
    para(doc, "—1—", center=True)
    para(doc, "第一部分 部门概况", size=13, bold=True, center=True)
    para(doc, "—2—", center=True)
    para(doc, "一、主要职责", bold=True)
    para(doc, "(一)落实国家和省、市关于财政、税收、国有资产管理的方针政策和法律法规，研究起草全县财政、"
              "税收管理方面的规范性文件和财务会计规章制度，并组织实施。")
    para(doc, "(二)编制全县年度预决算草案并组织执行；受县政府委托，向县人民代表大会报告本县预算及其执行情况，"
              "向县人大常委会报告决算；管理全县各项财政收入、预算外资金和财政专户，管理有关政府性基金，"
              "确定全县财政税收收入计划。")
    para(doc, "(三)依照国家政策规定，做好全县财政非经营性国有资产、财务和会计的管理与监督。")
    para(doc, "(四)管理本县公共支出；制定行")
    path = HERE / f"{stem}.docx"
    doc.save(path)
    normalize_zip(path)
    return path


BUILDERS = {
    "blind279_shanghai_tongzhou_2019_shenbaobiao": build_tongzhou,
    "blind279_fuzhou_ticai_2018_gonggao": build_fz2018,
    "blind279_fuzhou_ticai_2020_gonggao": build_fz2020,
    "blind279_shanghai_kewei_2025_zhibiao": build_kewei,
    "blind279_yutai_czj_2023_bumenyusuan": build_yutai,
}


# ---------------------------------------------------------------- checks
def squash(text):
    return re.sub(r"\s+", "", text)


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                         check=True, capture_output=True)
    return squash(out.stdout.decode("utf-8"))


def check_pdf(stem, gold, pdf):
    text = pdf_text(pdf)
    missing = []
    for row in gold["indicators"]:
        for key in ("name", "target_text"):
            if row[key] and squash(row[key]) not in text:
                missing.append(f"{key}:{row[key]}")
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(f"goal:{g['text'][:20]}")
    for f in gold["findings"]:
        if squash(f["item"]) not in text:
            missing.append(f"finding:{f['item']}")
    return missing


def check_sums(stem, gold):
    bad = []
    for f in gold["facts"]:
        if f["kind"] == "sum":
            s = round(sum(f["parts"]), 4)
            if abs(s - f["total"]) > 0.005:
                bad.append(f"{f['metric']}: {f['total']} vs {s}")
    return bad


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


def main():
    ANN.mkdir(exist_ok=True)
    problems = []
    for stem, builder in BUILDERS.items():
        gold = GOLD[stem]
        src = builder(stem)
        pdf = to_pdf(src)
        for f in (src, pdf):
            rec = {"source": f.name}
            rec.update({k: gold[k] for k in ("source_urls", "province", "doc_kind", "patterns",
                                             "indicators", "goals", "facts", "findings", "notes")})
            (ANN / f"{f.name}.json").write_text(
                json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        miss = check_pdf(stem, gold, pdf)
        if miss:
            problems.append(f"{pdf.name}: missing {miss}")
        sums = check_sums(stem, gold)
        print(f"{stem}: pdf check {'ok' if not miss else 'MISSING'}; "
              f"unbalanced sums (expected only where flagged): {sums}")
    for f in sorted(HERE.iterdir()):
        if f.suffix in (".docx", ".xlsx", ".pdf"):
            print(md5(f), f.name)
    shutil.rmtree(HERE / "__pycache__", ignore_errors=True)
    if problems:
        print("\n".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
