# -*- coding: utf-8 -*-
"""Part blind184: code-blind real-layout documents (public safety / emergencies / justice).

Gold first (as Python data), then the builders (python-docx / openpyxl), LibreOffice PDF export,
annotation files and a pdftotext containment check.  Run with /tmp/venv/bin/python.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind184"
FIXED_ISO = "2024-01-01T00:00:00Z"
FIXED_ZIP = (2024, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------------------------
# GOLD
# --------------------------------------------------------------------------------------------

# 1. Fujian / Shishi (Quanzhou) – 公安局看守所 专项资金绩效自评表 (2022年度)
SHISHI_GOAL = ("用于监区水电、维修(护)、办公及勤杂人员基本工资、绩效工资和监区杂项等经费支出,"
               "保障食堂运行和人员稳定,确保监区业务活动有序开展、监区安全稳定")
GOLD_SHISHI = {
    "source_urls": ["http://www.shishi.gov.cn/zwgk/zfxxgkzl/bmzfxxgk/gaj/zfxxgkml/czzj/202311/t20231109_2963762.htm"],
    "province": "福建省",
    "doc_kind": "绩效自评表",
    "patterns": [1, 5, 10],
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "人员覆盖率", "operator": None, "value": 100,
         "unit": "%", "target_text": "100%", "actual": 100, "weight": 15, "score": 15},
        {"level1": "产出指标", "level2": "质量指标", "name": "管理制度健全性", "operator": None, "value": 100,
         "unit": "%", "target_text": "100%", "actual": 100, "weight": 15, "score": 15},
    ],
    "goals": [{"kind": "年度目标", "text": SHISHI_GOAL}],
    "facts": [
        {"metric": "年度资金总额(全年预算数)", "kind": "sum", "total": 32.00, "parts": [32.00, 0.00, 0.00],
         "unit": "万元"},
        {"metric": "年度资金总额执行率", "kind": "rate", "planned": 32.00, "actual": 32.00, "stated_rate": 100.00,
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "管理制度健全性",
         "why": "质量指标一行衡量的是管理制度是否健全(过程/管理),不是看守所业务的产出质量"},
        {"rule": "target.input_or_process", "item": "人员覆盖率",
         "why": "数量指标只说明经费覆盖了全部勤杂人员(21人),衡量的是投入去向而不是产出"},
        {"rule": "goal.budget_text", "item": SHISHI_GOAL,
         "why": "年度目标开头即列举经费用途(水电、维修、工资、杂项),主要在复述资金怎么花"},
    ],
    "notes": ("石狮市公安局看守所2022年专项资金绩效自评表。存储页在'质量指标 管理制度健全性'一行之后截断,"
              "时效/成本/效益/满意度各行及总分均不在存储文本中,因此不标 coverage 类发现,也没有总分可核。"
              "年初预算115.00万元、全年预算32.00万元、执行32.00万元、执行率100.00均按页面照录;"
              "实际完成值'100'不带%照录。'项目概况''主要成效'两栏的长句改写,保留'一年''21个人'。"
              "'绩效指标'标签纵向合并覆盖整个指标块,'产出指标'纵向合并两行。"),
}

# 2. Yunnan – 应急管理领域2023年度中央转移支付资金绩效自评报告 (mirror page)
YN_G1 = "及时下拨中央自然灾害救灾资金"
YN_G2 = ("及时补充森林草原防灭火物资,做好全省森林草原防灭火工作,提升扑救森林草原火灾的效率,"
         "保护森林草原资源和人民群众生命财产安全")
YN_G3 = "指导、帮助各地开展项目,坚决遏制重特大森林草原火灾发生,将火灾受害率控制在0.9‰以内"
GOLD_YN = {
    "source_urls": ["https://9757kk.com/h2/gsgg_0403/28412.html"],
    "province": "云南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "年度目标", "text": YN_G1},
        {"kind": "年度目标", "text": YN_G2},
        {"kind": "年度目标", "text": YN_G3},
    ],
    "facts": [
        {"metric": "第一批森林火灾救灾补助执行率", "kind": "rate", "planned": 1400, "actual": 1261.312,
         "stated_rate": 90.1, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.process_only", "item": YN_G1,
         "why": "只写资金下拨这一管理动作,没有产出或效果"},
        {"rule": "goal.unquantified", "item": YN_G2,
         "why": "'提升扑救效率''做好防灭火工作'没有数值、基线或时限"},
    ],
    "notes": ("云南省应急管理厅《云南省应急管理领域2023年度中央转移支付资金绩效自评报告》的转载页"
              "(镜像站标题尾部附带的站点广告词未照录)。存储页停在'3.总体绩效目标完成情况分析'下第一句"
              "'及时补充森林草原'处,绩效指标完成情况一节不在存储文本中,故无指标行。"
              "执行率:1261.312/1400=90.09%,按一位小数即90.1%,与所述一致(不标 consistency.rate)。"
              "目标三含0.9‰的量化值,不标。资金管理一段改写,保留文号。"),
}

# 3. Guangxi – 2023年度中央自然灾害救灾资金预算执行情况绩效自评
GX_G1 = ("推进森林草原航空消防救援能力建设,按租机方案及时开展租用,规范森林草原火灾应急处置预案和工作流程,"
         "开展综合性森林航空护林演练,提升应急能力。")
GX_G2 = ("及时发现并处置火灾,协调跨省调机任务,坚决遏制重特大森林火灾,有效保护森林草原资源和人民生命财产安全,"
         "减少灾害损失,为经济社会平稳发展创造良好环境。")
GX_G3 = "支持做好灾区受灾群众冬春期间口粮、衣被、取暖等基本生活救助,维护社会稳定。"
GX_G4 = "及时足额发放中央冬春救灾资金,确保冬春期间受灾群众基本生活和安全温暖过冬。"
GX_G5 = ("本次资金主要用于灾害防治及应急管理工作,重点做好搜救人员、排危除险等应急处置,购买、租赁、运输救灾装备物资"
         "和抢险备料,现场交通后勤通讯保障,应急监测等工作支出。")
GX_G6 = "本次资金统筹用于应急抢险及受灾群众救助工作,重点做好搜救转移安置受灾人员、排危除险等应急处置,开展"
GOLD_GX = {
    "source_urls": ["http://yjglt.gxzf.gov.cn/xxgk/xxgkml/czxx/czjs/t19112930.shtml"],
    "province": "广西壮族自治区",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "年度目标", "text": GX_G1},
        {"kind": "年度目标", "text": GX_G2},
        {"kind": "年度目标", "text": GX_G3},
        {"kind": "年度目标", "text": GX_G4},
        {"kind": "年度目标", "text": GX_G5},
        {"kind": "年度目标", "text": GX_G6},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": GX_G1, "why": "'推进''提升应急能力'均无数量、比率或时限(租机架数、演练次数都未写)"},
        {"rule": "goal.unquantified", "item": GX_G2, "why": "'坚决遏制''有效保护''减少损失'没有受害率等可衡量值"},
        {"rule": "goal.unquantified", "item": GX_G3, "why": "救助人数、标准都未给出"},
        {"rule": "goal.unquantified", "item": GX_G4, "why": "'及时足额'没有发放期限或发放率"},
        {"rule": "goal.budget_text", "item": GX_G5, "why": "以'本次资金主要用于…'开头,罗列开支方向,复述资金用途"},
        {"rule": "goal.budget_text", "item": GX_G6, "why": "以'本次资金统筹用于…'开头,复述资金用途(句子在存储页末尾截断)"},
    ],
    "notes": ("广西应急管理厅公开的2023年度中央自然灾害救灾资金绩效自评。存储页没有标题行,直接从导语开始,"
              "本文件也不加标题。三笔资金3431万元、17932万元、11500万元各自给出,页面未给合计,不建 sum 事实。"
              "存储页停在'洪涝灾害、地质灾害资金'目标2的'开展'处;绩效指标完成情况不在存储文本中。"
              "导语改写(保留中发〔2018〕34号、财监〔2024〕3号);六条目标仅作轻微改写,保留原有措辞中的"
              "'提升''有效''及时足额'等词。"),
}

# 4. Anhui / Guangde (Xuancheng) – 应急局2023年度中央自然灾害救灾资金(洪涝灾害抢险救援)绩效自评报告
#    stored page is a traditional-script mirror; the script is kept as stored.
AH_G1 = ("給予3個基層防汛抗旱應急能力標準化建設試點鄉鎮(街道)資金補助,主要用於防汛物資裝備購置、"
         "隱患排查整治、災害應急調查監測等")
GOLD_AH = {
    "source_urls": ["http://www.gu456.com/Jczwgk/show/3320125.html"],
    "province": "安徽省",
    "doc_kind": "绩效自评报告",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [{"kind": "绩效目标", "text": AH_G1}],
    "facts": [],
    "findings": [
        {"rule": "goal.budget_text", "item": AH_G1,
         "why": "'績效目標分解下達'一节只写资金补助对象和用途(30萬元用於物資購置、排查整治、調查監測),没有产出或效果目标"},
    ],
    "notes": ("广德市应急局(安徽宣城)2023年度中央自然灾害救灾资金(洪涝灾害抢险救援)绩效自评报告的繁体转换镜像页,"
              "繁体字形照录。页首的索引号/组配分类/发布机构等元数据做成表格。"
              "存储页停在'(二)資金管理情況'第一句'嚴'处。资金30萬元已到位,但执行情况只写'正在採購'的物资清单"
              "(12类,数量照录),无执行数,故不建 rate 事实;物资清单不是绩效指标,不记为指标行。"),
}

DOCS = [
    ("fujian-shishi-kanshousuo-zipingbiao", "xlsx", GOLD_SHISHI),
    ("yunnan-shengji-yingjiguanli-zipingbaogao", "docx", GOLD_YN),
    ("guangxi-zizhiqu-zaihaijiuzai-zipingbaogao", "docx", GOLD_GX),
    ("anhui-guangde-yingji-zipingbaogao", "docx", GOLD_AH),
]

# --------------------------------------------------------------------------------------------
# BUILDERS
# --------------------------------------------------------------------------------------------


def build_shishi(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    import datetime

    wb = Workbook()
    ws = wb.active
    ws.title = "专项资金绩效自评表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name="Noto Serif CJK SC", size=10)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    widths = {"A": 11, "B": 11, "C": 11, "D": 16, "E": 11, "F": 11, "G": 10, "H": 10, "I": 16}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    def put(cell, value, align=center, bold=False, fmt=None):
        c = ws[cell]
        c.value = value
        c.alignment = align
        c.font = Font(name="Noto Serif CJK SC", size=14 if bold else 10, bold=bold)
        if fmt:
            c.number_format = fmt

    put("A1", "专项资金绩效自评表", bold=True)
    ws.merge_cells("A1:I1")
    put("A2", "(2022年度)")
    ws.merge_cells("A2:I2")

    put("A3", "专项名称")
    put("B3", "基本业务费", left)
    ws.merge_cells("B3:I3")
    put("A4", "主管部门")
    put("B4", "公安局")
    ws.merge_cells("B4:D4")
    put("E4", "实施单位")
    put("F4", "石狮市看守所")
    ws.merge_cells("F4:I4")
    put("A5", "项目概况")
    put("B5", "本项目经费用于本所办公业务、监区水电和维修(护)、非在编辅警工资福利及伙食补助等专项支出,"
              "资金使用期限为一年。", left)
    ws.merge_cells("B5:I5")
    put("A6", "主要成效")
    put("B6", "资金覆盖本单位全部勤杂人员,共21个人。通过考核评价监所中心工作和各岗位业务水平,发挥绩效考评的"
              "激励约束作用,奖优罚劣,保障了食堂运行和人员稳定,监区业务有序开展、监区安全稳定。", left)
    ws.merge_cells("B6:I6")

    put("A7", "项目资金(万元)")
    ws.merge_cells("A7:B7")
    for col, txt in zip("CDEFGH", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"]):
        put(col + "7", txt)
    money_rows = [
        ("年度资金总额", [115.00, 32.00, 32.00, 10, 100.00, 10]),
        ("其中:当年财政拨款", [115.00, 32.00, 32.00, None, 100.00, None]),
        ("其他资金", [0.00, 0.00, 0.00, None, 0.00, None]),
        ("上年结转资金", [0.00, 0.00, 0.00, None, 0.00, None]),
    ]
    r = 8
    for label, vals in money_rows:
        put("A%d" % r, label, left)
        ws.merge_cells("A%d:B%d" % (r, r))
        for col, v in zip("CDEFGH", vals):
            if v is None:
                put("%s%d" % (col, r), None)
            elif col in "FH":
                put("%s%d" % (col, r), v, fmt="0")
            else:
                put("%s%d" % (col, r), v, fmt="0.00")
        r += 1
    # r == 12
    put("A12", "年度总体目标")
    ws.merge_cells("A12:A13")
    put("B12", "预期目标")
    ws.merge_cells("B12:E12")
    put("F12", "实际完成情况")
    ws.merge_cells("F12:I12")
    put("B13", SHISHI_GOAL, left)
    ws.merge_cells("B13:E13")
    put("F13", "项目实施已达到规划预期效果,保障了食堂运行和人员稳定。", left)
    ws.merge_cells("F13:I13")

    put("A14", "绩效\n\n指标")
    ws.merge_cells("A14:A16")
    for col, txt in zip("BCDEFGHI", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标分值",
                                      "自评得分", "偏差原因分析及改进措施"]):
        put(col + "14", txt)
    put("B15", "产出指标")
    ws.merge_cells("B15:B16")
    rows = [
        ("C15", "数量指标", "人员覆盖率", "100%", "100", 15, 15, "无偏差"),
        ("C16", "质量指标", "管理制度健全性", "100%", "100", 15, 15, None),
    ]
    for start, l2, name, tgt, act, w, s, dev in rows:
        rr = int(start[1:])
        put("C%d" % rr, l2)
        put("D%d" % rr, name)
        put("E%d" % rr, tgt)
        put("F%d" % rr, act)
        put("G%d" % rr, w, fmt="0")
        put("H%d" % rr, s, fmt="0")
        put("I%d" % rr, dev)

    for row in ws.iter_rows(min_row=3, max_row=16, min_col=1, max_col=9):
        for c in row:
            c.border = border
    for rr, h in {5: 34, 6: 48, 13: 62, 14: 30}.items():
        ws.row_dimensions[rr].height = h

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(path)


def _docx_base():
    import datetime
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    return doc


def _title(doc, text, size=16, align_center=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    if align_center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _para(doc, text, bold=False, indent=True):
    from docx.shared import Pt
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(22)
    run = p.add_run(text)
    run.bold = bold
    return p


def build_yn(path):
    doc = _docx_base()
    _title(doc, "云南省应急管理领域2023年度中央转移支付资金绩效自评报告")
    _para(doc, "2024-04-03 09:22:00     来源:云南省应急管理厅", indent=False)
    _para(doc, "一、中央自然灾害救灾资金(第一批森林火灾救灾补助)", bold=True)
    _para(doc, "(一)绩效目标分解下达情况", bold=True)
    _para(doc, "财政部以《财政部关于下达2023年中央自然灾害救灾资金预算(第一批森林火灾救灾补助)的通知》"
               "(财资环〔2023〕45号)下达第一批森林火灾救灾补助1400万元,专门用于补充森林草原防灭火物资、"
               "持续开展森林草原防灭火工作。")
    _para(doc, "年度绩效目标:一是" + YN_G1 + ";二是" + YN_G2 + ";三是" + YN_G3 + "。")
    _para(doc, "(二)绩效目标完成情况分析", bold=True)
    _para(doc, "1.资金投入情况分析", bold=True)
    _para(doc, "(1)项目资金投入情况。8月4日,《云南省财政厅 云南省应急管理厅关于下达2023年中央自然灾害救灾资金"
               "(第一批森林火灾救灾补助)通知》(云财资环〔2023〕101号)将1400万元中央转移支付资金全部下达至"
               "有关部门和州(市)。")
    _para(doc, "(2)项目资金执行情况。实际执行1261.312万元,项目执行率为90.1%。")
    _para(doc, "2.资金管理情况分析", bold=True)
    _para(doc, "资金按《中央自然灾害救灾资金管理暂行办法》(财建〔2020〕245号)管理,全部用于补助扑救森林草原火灾"
               "所需的开设防火隔离带、调动扑灭火队伍、租赁飞机等大型灭火装备及航站地面保障、租用灭火用汽车等"
               "交通运输工具、购置租用扑救装备和物资设备等支出,各资金使用单位均按要求实施项目。")
    _para(doc, "3.总体绩效目标完成情况分析", bold=True)
    _para(doc, "及时补充森林草原")
    doc.save(path)


def build_gx(path):
    doc = _docx_base()
    _para(doc, "为贯彻《中共中央 国务院关于全面实施预算绩效管理的意见》(中发〔2018〕34号)和预算法及其实施条例的"
               "要求,依据《财政部关于开展2023年度中央对地方转移支付预算执行情况绩效自评工作的通知》"
               "(财监〔2024〕3号)等文件,广西壮族自治区对2023年度中央自然灾害救灾资金预算执行情况开展了"
               "绩效自评,现将自评情况汇总报告如下:")
    _para(doc, "1.森林草原航空消防租机补助经费。财政部下达2023年中央自然灾害救灾资金(森林草原航空消防租机补助经费)"
               "3431万元。设定年度绩效目标为:")
    _para(doc, "目标1:" + GX_G1)
    _para(doc, "目标2:" + GX_G2)
    _para(doc, "2.冬春救助救灾资金。财政部下达我区2023-2024年冬春临时生活困难救助资金合计17932万元。设定年度绩效目标为:")
    _para(doc, "目标1:" + GX_G3)
    _para(doc, "目标2:" + GX_G4)
    _para(doc, "3.洪涝灾害、地质灾害资金。财政部下达我区中央自然灾害救灾资金合计11500万元。设定年度绩效目标为:")
    _para(doc, "目标1:" + GX_G5)
    _para(doc, "目标2:" + GX_G6)
    doc.save(path)


def build_ah(path):
    from docx.shared import Pt
    doc = _docx_base()
    for st in ("Normal",):
        from docx.oxml.ns import qn
        doc.styles[st].font.name = "Noto Serif CJK TC"
        doc.styles[st].element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK TC")
    meta = [
        ("索引號:", "11341723734968061J/202404-00136", "組配分類:", "財政資金信息"),
        ("發布機構:", "市應急局", "主題分類:", "財政、金融、審計"),
        ("名稱:", "廣德市應急局2023年度中央自然災害救災資金(洪澇災害搶險救援)績效自評報告", "文號:", "無"),
        ("生成日期:", "2024-04-09", "發布日期:", "2024-04-09"),
        ("關鍵詞:", "績效自評,部門項目", "有效性:", "有效"),
    ]
    table = doc.add_table(rows=len(meta), cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(meta):
        for j, txt in enumerate(row):
            cell = table.cell(i, j)
            cell.text = txt
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    _para(doc, "一、績效目標分解下達等情況", bold=True)
    _para(doc, "2023年,省財政廳、省應急廳下達我市中央自然災害救災資金30萬元," + AH_G1 + "。")
    _para(doc, "二、績效目標完成情況分析", bold=True)
    _para(doc, "(一)資金投入情況分析", bold=True)
    _para(doc, "1.資金到位情況")
    _para(doc, "2023年,省財政廳、省應急廳通過皖財資環〔2023〕1559號下達我市中央自然災害救災資金30萬元,資金已全部到位。")
    _para(doc, "2.資金執行情況")
    _para(doc, "目前,正在採購激流救生衣60件、防水防爆手電筒100個、便攜式應急燈5臺、鋼絲網兜100個、吸水膨脹袋400條、"
               "防汛應急包50個、皮劃艇2艘、救生拋投器2套、無人機2臺、橫渡繩索2套、水面攔截網5個、漂浮擔架4個等"
               "防汛物資裝備,配發新杭鎮、邱村鎮、祠山街道三個試點鄉鎮使用。")
    _para(doc, "(二)資金管理情況", bold=True)
    _para(doc, "嚴格執行《中央自然災害救災資金管理暫行辦法》等相關規定,嚴")
    doc.save(path)


BUILDERS = {
    "fujian-shishi-kanshousuo-zipingbiao": build_shishi,
    "yunnan-shengji-yingjiguanli-zipingbaogao": build_yn,
    "guangxi-zizhiqu-zaihaijiuzai-zipingbaogao": build_gx,
    "anhui-guangde-yingji-zipingbaogao": build_ah,
}

# --------------------------------------------------------------------------------------------
# determinism, export, annotations, checks
# --------------------------------------------------------------------------------------------


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def export_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for " + path)
    return pdf


def pdf_texts(pdf):
    """pdftotext output in its three reading modes (default, -layout, -raw), whitespace removed.

    A table cell whose wrapped lines share baselines with the next cell is interleaved by the
    default and -layout modes; -raw keeps the content-stream order, i.e. cell by cell."""
    texts = []
    for mode in ([], ["-layout"], ["-raw"]):
        out = subprocess.run(["pdftotext"] + mode + [pdf, "-"], check=True, stdout=subprocess.PIPE).stdout
        texts.append(re.sub(r"\s+", "", out.decode("utf-8")))
    return texts


def squash(s):
    return re.sub(r"\s+", "", s)


def check(pdf, gold):
    texts = pdf_texts(pdf)

    def found(item):
        return any(squash(item) in t for t in texts)

    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and not found(ind[key]):
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if not found(g["text"]):
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if not found(f["item"]):
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    totals = {"documents": 0, "indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for stem, ext, gold in DOCS:
        src = os.path.join(HERE, stem + "." + ext)
        BUILDERS[stem](src)
        normalise_zip(src)
        pdf = export_pdf(src)
        miss = check(pdf, gold)
        if miss:
            problems.append((stem, miss))
        for fname in (os.path.basename(src), os.path.basename(pdf)):
            ann = {"source": fname}
            ann.update({k: v for k, v in gold.items()})
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        totals["documents"] += 1
        totals["indicators"] += len(gold["indicators"])
        totals["goals"] += len(gold["goals"])
        totals["findings"] += len(gold["findings"])
        totals["facts"] += len(gold["facts"])
    print(json.dumps(totals, ensure_ascii=False))
    if problems:
        for stem, miss in problems:
            print("MISSING in", stem, miss)
        sys.exit(1)
    print("all gold items found in pdftotext output")


if __name__ == "__main__":
    main()
