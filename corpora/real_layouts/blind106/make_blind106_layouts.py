#!/usr/bin/env python3
"""Build the blind106 part of the real-layout corpus (code-blind annotator).

Three documents reproduced from stored public web pages (see SOURCES.md):
  1. fujian-dehua-fupin-jixiaomubiao.xlsx   (德化县, 2020 市级财政专项扶贫资金 第二批; 安排表/任务清单/绩效目标表)
  2. qinghai-zeku-xianjie-fenpei-gonggao.docx (泽库县, 2023 第二批中央财政衔接资金 分配计划公告; prose)
  3. hubei-guangjitang-yigongdaizhen-gongshi.docx (**县 高**镇广济堂村 以工代赈项目 计划公告公示; prose)

Gold is written first (write_gold), then the files, then the PDFs via LibreOffice.
Run:  /tmp/venv/bin/python make_blind106_layouts.py
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)
AUTHOR = "blind106 annotator"

DOC1 = "fujian-dehua-fupin-jixiaomubiao"
DOC2 = "qinghai-zeku-xianjie-fenpei-gonggao"
DOC3 = "hubei-guangjitang-yigongdaizhen-gongshi"

URL1 = "http://cidudehua.net/plus/view.php?aid=4306"
URL2 = "http://www.zeku.gov.cn/contents/show/1370"
URL3 = "https://www.qianlima.com/bid-565204550.html"


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- gold
DOC3_GOAL_PURPOSE = "资金主要投向农村公益性基础设施建设,目的是带动当地群众在家门口务工增收。"
DOC3_GOAL_BENEFIT = ("预计可吸纳当地低收入群众117人参与务工(其中:返乡农民工60人,脱贫人口、防止返贫监测对象55人,"
                     "家庭经济困难高校毕业生1人,退役军人1人);预计发放劳务报酬总额186万元,劳务报酬占中央资金比例为50.27%;"
                     "计划开展岗前技能培训117人;项目建成后增设公益性管护岗位3个。")

GOLD = {
    DOC1: {
        "source_urls": [URL1],
        "province": "福建省",
        "doc_kind": "资金下达通知(附安排表、任务清单、分单位绩效目标表)",
        "patterns": [7, 8],
        "indicators": [
            ind("产出指标", "质量指标", "资金投向合规率"),
            ind("产出指标", "数量指标", "扶持村数"),
            ind("产出指标", "时效指标", "资金使用率"),
            ind("效益指标", "社会效益指标", "改善村人居环境、改善基础设施"),
            ind("效益指标", "社会效益指标", "资金使用重大违规违纪问题"),
        ],
        "goals": [],
        "facts": [
            {"metric": "2020年市级财政专项扶贫资金(第二批扶贫开发项目)安排表 金额", "kind": "sum",
             "total": 12, "parts": [4, 4, 4], "unit": "万元"},
            {"metric": "2020年市级财政专项扶贫资金(第二批扶贫开发项目)安排表 补助金额", "kind": "sum",
             "total": 12, "parts": [4, 4, 4], "unit": "万元"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "资金投向合规率",
             "why": "绩效目标表只有指标名称表头,唯一的单位行(龙门…)没有任何指标值"},
            {"rule": "target.missing_value", "item": "扶持村数",
             "why": "绩效目标表中没有扶持村数的目标值(任务清单另写扶持2个村/1个村,但目标表本身为空)"},
            {"rule": "target.missing_value", "item": "资金使用率",
             "why": "绩效目标表中没有指标值"},
            {"rule": "target.missing_value", "item": "改善村人居环境、改善基础设施",
             "why": "绩效目标表中没有指标值"},
            {"rule": "target.missing_value", "item": "资金使用重大违规违纪问题",
             "why": "绩效目标表中没有指标值"},
            {"rule": "target.input_or_process", "item": "资金投向合规率",
             "why": "资金合规是过程/管理指标,放在产出质量指标下,不反映工程产出质量"},
            {"rule": "target.input_or_process", "item": "资金使用率",
             "why": "资金使用(支出)率是预算执行指标,不是产出"},
            {"rule": "target.misfiled_dimension", "item": "资金使用率",
             "why": "放在时效指标下,但既无时间也无完成时限,含义与时效不符"},
            {"rule": "target.input_or_process", "item": "资金使用重大违规违纪问题",
             "why": "违规违纪问题属资金管理合规,被当作社会效益指标"},
            {"rule": "target.vague_wording", "item": "改善村人居环境、改善基础设施",
             "why": "只有'改善'的方向性表述,没有可计量的数值或基线"},
            {"rule": "coverage.missing_dimension",
             "item": "2020年市级财政专项扶贫资金(第二批扶贫开发项目)绩效目标表",
             "why": "表头只有产出指标和效益指标两类,没有满意度指标(也没有成本指标)"},
        ],
        "notes": ("Stored page (first, longer copy of the address) stops inside 附件3 绩效目标表 right after the first "
                  "cell of the first data row, '龙门'; the document stops there too: the row keeps only '龙门' and the "
                  "other cells are empty. 附件1 合计 row reads '合计 | 12 | 12 |' on the page; I put 12 under 金额 and "
                  "12 under 补助金额 and left 建设项目 empty (judgement). The page's table carries an empty trailing "
                  "column in 附件1 (kept as a blank header cell). 绩效目标表 header: '项目单位' merged down three header "
                  "rows, '产 出 指 标' (spaced letters, kept) over 质量/数量/时效, '效 益 指 标' over 社会效益指标, which "
                  "spans the two 指标1/指标2 columns. Indicator names in gold drop the '指标1:'/'指标2:' labels "
                  "(numbering, like levels). All five indicators have no value because the only unit row is cut; I "
                  "still flag target.missing_value because the document as it stands has none (judgement; a reader "
                  "could call this a cut, not a defect). 任务清单 (扶持2个村 / 扶持1个村) is a task list, not an "
                  "indicator table: no indicator rows from it. The notice body is paraphrased with every number, "
                  "date and document number kept. This is 2020 市级财政专项扶贫资金, the predecessor of 衔接资金 "
                  "(款列2130599其他扶贫支出). No goal text in the document.")
    },
    DOC2: {
        "source_urls": [URL2],
        "province": "青海省",
        "doc_kind": "衔接资金分配计划公告(prose)",
        "patterns": [8, 10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "项目总投资", "kind": "sum", "total": 1259, "parts": [938, 307, 14], "unit": "万元"},
            {"metric": "基础设施建设项目总资金", "kind": "sum", "total": 938, "parts": [500, 230, 208], "unit": "万元"},
            {"metric": "产业发展项目总资金", "kind": "sum", "total": 307, "parts": [140, 167], "unit": "万元"},
            {"metric": "项目个数", "kind": "sum", "total": 6, "parts": [3, 2, 1], "unit": "个"},
        ],
        "findings": [],
        "notes": ("Prose-only announcement (公告) of six projects with amounts and implementing units. Stored page "
                  "stops in the signature line '县委农村牧区工作领导小组 (乡村振兴领'; the document stops there. All sums "
                  "agree (500+230+208=938; 140+167=307; 938+307+14=1259; 3+2+1=6 项目), so no consistency finding. "
                  "Project 5's amount carries '(少数民族发展资金)' inside the 投资 line; kept as written. The "
                  "sentence on what the fund supports (产业增收/改善生产生活条件) is a statement of use, not a "
                  "performance goal, so goals is empty (judgement); the document states no 绩效目标 at all (they are "
                  "said to be in an attachment that the page does not hold), so I flag nothing about targets. "
                  "Opening paragraph paraphrased with both document numbers kept.")
    },
    DOC3: {
        "source_urls": [URL3],
        "province": "湖北省",
        "doc_kind": "以工代赈项目投资计划公告公示(prose)",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": DOC3_GOAL_PURPOSE},
            {"kind": "预期效益", "text": DOC3_GOAL_BENEFIT},
        ],
        "facts": [
            {"metric": "总投资", "kind": "sum", "total": 398, "parts": [370, 28], "unit": "万元"},
            {"metric": "带动当地低收入群众参与务工人数", "kind": "sum", "total": 117, "parts": [60, 55, 1, 1],
             "unit": "人"},
        ],
        "findings": [],
        "notes": ("Page copied from a tender-notice aggregator (qianlima) that masks names with '*': '**县', "
                  "'高**镇', '****发改委', '项目业主单位:****', '**排水管涵', '**小型水闸' are kept exactly as masked. "
                  "Province from the document number 鄂发改投资〔2025〕307号 (Hubei). Fund is 以工代赈中央预算内投资 "
                  "(not 衔接资金), kept because it is a county rural project announcement with 预期效益. Stored page "
                  "stops in section 三 item 2 '严格落实劳务'; the document stops there. Checks: 370+28=398; "
                  "60+55+1+1=117; stated 劳务报酬占中央资金比例 50.27% = 186/370 = 50.27% (agrees; not a sum so not "
                  "in facts). No indicator table, so no indicator rows. Goals: the purpose line of section 一 (no "
                  "number; not flagged because the 预期效益 paragraph quantifies it - judgement) and the 预期效益 "
                  "paragraph (quantified). Sentences paraphrased, numbers kept.")
    },
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    exts = {DOC1: "xlsx", DOC2: "docx", DOC3: "docx"}
    for stem, g in GOLD.items():
        for ext in (exts[stem], "pdf"):
            name = f"{stem}.{ext}"
            rec = {"source": name}
            rec.update(g)
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")


# ---------------------------------------------------------------- helpers
def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted-as-written entries."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- doc 1 (XLSX)
def build_doc1():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "通知及附件"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for col, w in zip("ABCDEF", (16, 12, 30, 14, 36, 36)):
        ws.column_dimensions[col].width = w

    r = 1

    def line(text, bold=False, height=None, align=wrap):
        nonlocal r
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        c = ws.cell(row=r, column=1)
        c.alignment = align
        if bold:
            c.font = Font(bold=True, size=13)
        if height:
            ws.row_dimensions[r].height = height
        r += 1

    def table_row(values, heights=None):
        nonlocal r
        for j, v in enumerate(values, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = box
            c.alignment = wrap
        if heights:
            ws.row_dimensions[r].height = heights
        r += 1

    line("关于下达2020年度市级财政扶贫专项资金(第二批扶贫开发项目)的通知", bold=True, height=36, align=centre)
    line("发布日期:2020-11-04   来源:   浏览次数:0")
    line("各有关乡镇财政所、农业服务中心:")
    line("依据《泉州市财政局 泉州市农业农村局关于下达2020年市级财政专项扶贫资金(第二批扶贫开发项目)的通知》"
         "(泉财农〔2020〕268号),现将市级财政专项扶贫资金12万元拨给你们(见附件1),列“2130599其他扶贫支出”科目,"
         "任务清单和绩效目标一并下达(见附件2、3)。资金须按《泉州市财政局 泉州市农业农村局关于印发<泉州市市级财政"
         "专项扶贫资金管理暂行规定>的通知》(泉财农〔2019〕149号)管理,专款专用。", height=96)
    line("附件:1. 2020年市级财政专项扶贫资金(第二批扶贫开发项目)安排表")
    line("2. 2020年市级财政专项扶贫资金(第二批扶贫开发项目)任务清单")
    line("3. 2020年市级财政专项扶贫资金(第二批扶贫开发项目)绩效目标表")
    line("德化县财政局 德化县农业农村局")
    line("2020年10月13日")
    r += 1
    # 附件1
    line("附件1")
    line("2020年市级财政专项扶贫资金(第二批扶贫开发项目)安排表", bold=True, align=centre)
    table_row(["乡镇、村", "金额", "建设项目", "补助金额", ""])
    table_row(["龙门滩镇霞山村", 4, "修复农田水利设施,修复拦水坝3座,水圳350米。", 4, ""], 36)
    table_row(["龙门滩镇磻坑村", 4, "新建蓄水池及修复自来水管道,确保饮水安全。", 4, ""], 36)
    table_row(["葛坑镇邱村村", 4, "后洋至后洋下角长约1公里,宽3.5米的道路硬化。", 4, ""], 36)
    table_row(["合计", 12, "", 12, ""])
    r += 1
    # 附件2
    line("附件2")
    line("2020年市级财政专项扶贫资金(第二批扶贫开发项目)任务清单", bold=True, align=centre)
    table_row(["项目单位", "约束性任务", "备注"])
    table_row(["龙门滩镇", "扶持2个村", ""])
    table_row(["葛坑镇", "扶持1个村", ""])
    r += 1
    # 附件3 (page break before it so the header block stays on one page)
    from openpyxl.worksheet.pagebreak import Break
    ws.row_breaks.append(Break(id=r - 1))
    line("附件3")
    line("2020年市级财政专项扶贫资金(第二批扶贫开发项目)绩效目标表", bold=True, align=centre)
    top = r
    for rr in range(top, top + 4):
        for cc in range(1, 7):
            ws.cell(row=rr, column=cc).border = box
            ws.cell(row=rr, column=cc).alignment = centre
    ws.cell(row=top, column=1, value="项目单位")
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 2, end_column=1)
    ws.cell(row=top, column=2, value="产 出 指 标")
    ws.merge_cells(start_row=top, start_column=2, end_row=top, end_column=4)
    ws.cell(row=top, column=5, value="效 益 指 标")
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=6)
    for j, v in enumerate(["质量指标", "数量指标", "时效指标"], start=2):
        ws.cell(row=top + 1, column=j, value=v)
    ws.cell(row=top + 1, column=5, value="社会效益指标")
    ws.merge_cells(start_row=top + 1, start_column=5, end_row=top + 1, end_column=6)
    for j, v in enumerate(["资金投向合规率", "扶持村数", "资金使用率",
                           "指标1:改善村人居环境、改善基础设施", "指标2:资金使用重大违规违纪问题"], start=2):
        ws.cell(row=top + 2, column=j, value=v)
    ws.row_dimensions[top + 2].height = 48
    ws.cell(row=top + 3, column=1, value="龙门")
    r = top + 4

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    p = wb.properties
    p.creator = AUTHOR
    p.lastModifiedBy = AUTHOR
    p.title = "德化县2020年市级财政专项扶贫资金(第二批)"
    p.created = FIXED_DT
    p.modified = FIXED_DT
    path = os.path.join(HERE, DOC1 + ".xlsx")
    wb.save(path)
    normalise_zip(path)
    return path


# ---------------------------------------------------------------- docx helpers
def new_docx(title):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return d


def heading(d, text, size=15):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return p


def right(d, text):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph(text)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


# ---------------------------------------------------------------- doc 2 (DOCX, prose)
def build_doc2():
    d = new_docx("泽库县2023年第二批中央财政衔接推进乡村振兴补助资金分配计划的公告")
    heading(d, "关于泽库县2023年第二批中央财政衔接推进乡村振兴补助资金分配计划的公告")
    d.add_paragraph("社会各界广大人民群众:")
    d.add_paragraph(
        "依据青海省财政厅《关于下达2023年中央财政衔接推进乡村振兴补助资金的通知》(青财农字〔2023〕505号)和"
        "《关于继续支持脱贫县统筹整合使用财政涉农资金的通知》(青财农字〔2021〕1790号),乡村振兴衔接补助资金"
        "重点投向乡村产业发展和村内必要基础设施短板,用于帮助农牧民发展产业、增加收入、改善生产生活条件的项目。")
    d.add_paragraph(
        "按资金下达规模,共安排了6个项目,项目总投资为1259万元,其中:基础设施建设项目3项,总资金938万元;"
        "产业发展项目2项,总资金307万元;项目管理1项,投资14万元。资金分配计划具体如下:")
    items = [
        ("1.西卜沙乡三个村游牧民定居点人饮巩固提升工程", "投资:500万元 实施单位:泽库县农牧水利和科技局"),
        ("2.泽库县和日镇司玛村人畜饮水安全工程", "投资:230万元 实施单位:泽库县农牧水利和科技局"),
        ("3.泽库县农村牧区小口机井工程(二期)", "投资:208万元 实施单位:泽库县农牧水利和科技局"),
        ("4.泽库县2个村发展新型农村集体经济项目", "投资:140万元 实施单位:泽库县农牧水利和科技局"),
        ("5.王家乡叶金木村饲料加工基地扩建项目", "投资:167万元(少数民族发展资金)实施单位:王家乡人民政府"),
        ("6.中央第二批资金项目管理费(泽库县2个村发展新型农村集体经济项目管理费)",
         "投资:14万元 实施单位:泽库县农牧水利和科技局"),
    ]
    for a, b in items:
        d.add_paragraph(a)
        d.add_paragraph(b)
    d.add_paragraph(
        "上述计划已经县委农村牧区工作领导小组(乡村振兴领导小组)会议审议通过,现将泽库县2023年度县级巩固拓展脱贫"
        "攻坚成果与乡村振兴衔接项目中央第二批资金分配计划予以公告,接受社会监督,具体内容详见附件。")
    d.add_paragraph("监督电话:12317")
    d.add_paragraph("0973-8752868")
    d.add_paragraph("公告期:2023年6月9日—6月19日")
    right(d, "县委农村牧区工作领导小组")
    right(d, "(乡村振兴领")
    path = os.path.join(HERE, DOC2 + ".docx")
    d.save(path)
    normalise_zip(path)
    return path


# ---------------------------------------------------------------- doc 3 (DOCX, prose)
def build_doc3():
    d = new_docx("**县2025年第四批以工代赈中央预算内投资计划公告公示")
    heading(d, "**县2025年第四批以工代赈中央预算内投资计划公告公示")
    d.add_paragraph(
        "根据****发改委《关于下达2025年以工代赈中央预算内投资计划的通知》(鄂发改投资〔2025〕307号),"
        "现将下达我县的2025年第四批以工代赈项目资金计划公告如下:")
    d.add_paragraph("一、项目安排总体情况")
    d.add_paragraph("本次下达我县以工代赈项目共1个,安排中央预算内投资370万元。" + DOC3_GOAL_PURPOSE)
    d.add_paragraph("二、具体项目计划")
    d.add_paragraph("1.项目名称:**县高**镇广济堂村2026年村庄整治提升以工代赈项目")
    d.add_paragraph("总投资及资金筹措:398万元,资金来源申请以工代赈中央投资370万元,地方配套资金28万元。")
    d.add_paragraph("建设地点:高**镇广济堂村")
    d.add_paragraph(
        "主要建设内容:硬化3.5米宽生产道路1.7公里,硬化4.5米宽连接路1.2公里,破除重建4.5米宽连接路0.4公里,"
        "排灌沟渠整治4.2公里,**排水管涵0.1公里,**小型水闸2座。")
    d.add_paragraph("预期效益:" + DOC3_GOAL_BENEFIT)
    d.add_paragraph("项目业主单位:****")
    d.add_paragraph("项目工期:2025年12月-2026年11月")
    d.add_paragraph("项目是否招投标:不招标")
    d.add_paragraph("承接主体:项目理事会")
    d.add_paragraph("三、项目实施与监管要求")
    d.add_paragraph(
        "1.加强项目组织实施。项目按“村民自建”模式实施,优先由村集体经济组织等组织当地施工队伍承建;优先吸纳外资外贸"
        "相关企业失业人员、返乡农民工、家庭经济困难高校毕业生、未就业退役军人、脱贫人口(含易地搬迁脱贫人口)和"
        "防止返贫致贫监测对象等重点群体参与建设。在确保工程质量的前提下,能用人工的尽量不用机械,尽量组织当地群众务工。")
    d.add_paragraph("2.严格落实劳务")
    path = os.path.join(HERE, DOC3 + ".docx")
    d.save(path)
    normalise_zip(path)
    return path


def main():
    write_gold()
    paths = [build_doc1(), build_doc2(), build_doc3()]
    if shutil.which("soffice") is None:
        sys.exit("soffice not found: PDFs not made")
    for p in paths:
        to_pdf(p)
    print("\n".join(sorted(os.listdir(HERE))))


if __name__ == "__main__":
    main()
