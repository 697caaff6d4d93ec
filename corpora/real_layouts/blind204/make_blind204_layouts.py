#!/usr/bin/env python3
"""blind204: budget publications / fund notices / guides that state performance targets.

Gold first (Python data), then builders (python-docx / openpyxl), LibreOffice PDF export,
annotations/<file>.json for source file and PDF, and a pdftotext presence check.
Run with /tmp/venv/bin/python.
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "blind204"
ANN = os.path.join(HERE, "annotations")

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

def ind(level1, level2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}

# A. Anhui Huoshan: project table with 绩效目标 columns per project
HS_OUT1 = ("庙岗集村农业机械化服务设备设备采购项目,农用拖拉机2台(含开沟机、播种机),收割机1台,"
           "自走式高速插秧机一台,农用T40无人机1台(含电池)等其他机械设备。")
HS_OUT3 = "三尖铺村农业作业服务队购买旋耕机1台,化肥喷洒无人机1台。"
HS_LINK1 = ("资产归村集体所有,发展农业产业化托管业务预计村集体年收益不低于5万元。"
            "且与脱贫户建立二种以上利益联结关系。促进特色产业发展,带动脱贫群众增收")
HS_LINK2 = ("资产属村集体所有,通过村级自主经营和提供社会化服务取得收益,预计村集体年收益不低于4.15万元,"
            "且与脱贫户建立二种以上利益联结关系。促进特色产业发展,带动脱贫群众增收")
HS_LINK3 = "资产属村集体所有,通过出租取得收益,预计村集体年收益不低于1.5万元,且与脱贫户建立"

def hs_equipment():
    return [
        ind("产出指标", None, "农用拖拉机", None, 2, "台", "农用拖拉机2台(含开沟机、播种机)"),
        ind("产出指标", None, "收割机", None, 1, "台", "收割机1台"),
        ind("产出指标", None, "自走式高速插秧机", None, 1, "台", "自走式高速插秧机一台"),
        ind("产出指标", None, "农用T40无人机", None, 1, "台", "农用T40无人机1台(含电池)"),
    ]

HS_IND = (
    hs_equipment() + [
        ind("效益指标", None, "受益户数", ">=", 200, "户", "受益户数≥200户"),
        ind("效益指标", None, "受益脱贫户数", ">=", 15, "户", "受益脱贫户数≥15户"),
        ind("满意度指标", None, "脱贫人口满意度", ">=", 90, "%", "脱贫人口满意度≥90%"),
        ind(None, None, "村集体年收益", ">=", 5, "万元", "预计村集体年收益不低于5万元"),
    ] + hs_equipment() + [
        ind("效益指标", None, "受益户数", ">=", 300, "户", "受益户数≥300户"),
        ind("效益指标", None, "受益脱贫户数", ">=", 20, "户", "受益脱贫户数≥20户"),
        ind("满意度指标", None, "脱贫人口满意度", ">=", 90, "%", "脱贫人口满意度≥90%"),
        ind(None, None, "村集体年收益", ">=", 4.15, "万元", "预计村集体年收益不低于4.15万元"),
    ] + [
        ind("产出指标", None, "旋耕机", None, 1, "台", "旋耕机1台"),
        ind("产出指标", None, "化肥喷洒无人机", None, 1, "台", "化肥喷洒无人机1台"),
        ind("效益指标", None, "受益户数", ">=", 220, "户", "受益户数≥220户"),
        ind("效益指标", None, "受益脱贫户数", ">=", 20, "户", "受益脱贫户数≥20户"),
        ind("满意度指标", None, "脱贫人口满意度", ">=", 90, "%", "脱贫人口满意度≥90%"),
        ind(None, None, "村集体年收益", ">=", 1.5, "万元", "预计村集体年收益不低于1.5万元"),
    ])

GOLD_HS = {
    "source_urls": ["https://www.ahhuoshan.gov.cn/public/6618091/36414345.html"],
    "province": "安徽省",
    "doc_kind": "项目实施情况表(含绩效目标)",
    "patterns": [5, 6, 7],
    "indicators": HS_IND,
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.duplicate", "item": "农用拖拉机",
         "why": "项目2(庙岗集村农业机械化服务项目,83万元)的产出指标单元格与项目1(100万元)逐字相同,"
                "四项设备数量(拖拉机2台、收割机1台、插秧机一台、无人机1台)被两个不同资金规模的项目重复使用"},
        {"rule": "target.satisfaction_weak", "item": "脱贫人口满意度",
         "why": "三个项目的满意度目标均为同一句“脱贫人口满意度≥90%”,未写调查对象范围或方法(信息级)"},
    ],
    "notes": ("Page title line, then one table: 序号/项目名称/实施期限(月)/实施单位及责任人/资金来源及规模(资金来源,资金规模(万元))/"
              "绩效目标(产出指标,效益指标,满意度指标)/受益对象和联农带农机制, header in two rows with merged group cells. "
              "产出 cells hold several targets with the value in the phrase (拖拉机2台, 插秧机一台 = Chinese numeral); each item is one "
              "indicator row with operator null. The expected 村集体年收益 in the 联农带农 column is a running-text target (level1 null). "
              "Typos kept: 项目项目实施情况表, 设备设备采购项目. The stored page stops inside row 3's last cell (…且与脱贫户建立); "
              "the table is cut there. No total of 资金规模 is shown, so no sum fact."),
}

# B. Yunnan Changning: project notice, targets in prose
YN_GOAL1 = ("项目把乡村振兴与扶持新型经营主体结合起来,优先落实良种良法配套、农机农艺融合、绿色防控技术和品牌建设,"
            "推广集耕地质量提升、化肥农药减量、节本增效和绿色生产于一体的杂交稻旱种绿色高质高效种植技术。")
YN_TARGET_SENT = ("创建杂交稻旱种绿色高质高效示范样板2000亩,其中省级样板1000亩,示范区良种覆盖率达100%,"
                  "范基地平均亩单产350公斤以上,省级示范基地平均")
YN_IND = [
    ind(None, None, "旱地优质稻种植示范基地", None, 2000, "亩", "建设旱地优质稻种植示范基地2000亩"),
    ind(None, None, "杂交稻旱种绿色高质高效示范样板", None, 2000, "亩", "创建杂交稻旱种绿色高质高效示范样板2000亩"),
    ind(None, None, "省级样板", None, 1000, "亩", "其中省级样板1000亩"),
    ind(None, None, "示范区良种覆盖率", ">=", 100, "%", "示范区良种覆盖率达100%"),
    ind(None, None, "范基地平均亩单产", ">=", 350, "公斤", "范基地平均亩单产350公斤以上"),
]
GOLD_YN = {
    "source_urls": ["https://www.yncn.gov.cn/info/4421/9043970.htm"],
    "province": "云南省",
    "doc_kind": "项目公示(含建设目标)",
    "patterns": [10],
    "indicators": YN_IND,
    "goals": [{"kind": "项目建设目标", "text": YN_GOAL1},
              {"kind": "项目建设目标", "text": YN_TARGET_SENT}],
    "facts": [{"metric": "旱地优质稻种植示范基地面积", "kind": "sum", "total": 2000, "parts": [1800, 200], "unit": "亩"}],
    "findings": [],
    "notes": ("County project notice published after a provincial fund allocation (云财农〔2024〕25号). Targets are in prose under "
              "三、项目建设目标; each figure with a name is one indicator row (level1/level2 null). '达100%' read as >=. "
              "The name typo 范基地平均亩单产 (示 missing) is kept. The stored page stops mid-sentence at '省级示范基地平均', so the "
              "second yield target has no value and is not a row; no satisfaction or cost wording is reachable, so no coverage "
              "finding is claimed. The long background and the first goal sentence are reworded; figures and names kept."),
}

# C. Hunan Shaoyang: notice that hands down a spending target
SY_IND = [
    ind(None, None, "人均公共文化财政支出目标任务数", None, None, "万元", "万元"),
    ind(None, None, "人均公共文化财政支出", ">=", 185, "元", "按人均达到185元计算"),
]
GOLD_SY = {
    "source_urls": ["https://www.shaoyang.gov.cn/shaoyang/shijizxzj/201804/253c17b86b6d471e95eb6e1b762b7b1d.shtml"],
    "province": "湖南省",
    "doc_kind": "目标任务下达通知",
    "patterns": [10],
    "indicators": SY_IND,
    "goals": [{"kind": "年度目标", "text": "确保今年目标任务顺利完成"}],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "人均公共文化财政支出目标任务数",
         "why": "正文写“目标任务数 万元”,金额处为空,只给了计算口径(人均185元)"},
        {"rule": "target.input_or_process", "item": "人均公共文化财政支出",
         "why": "下达并用于绩效考核的目标是财政投入额(人均支出),不是产出或效果"},
    ],
    "notes": ("Short 财政局 notice (邵财教〔2018〕3号) with the odd spacing of the page kept (〔 2018 〕 3 号, 目 标任务数). "
              "The amount before 万元 is blank on the page (probably in a per-county attachment that is not stored); kept blank. "
              "The stored page ends with the 印发 line."),
}

# D. Guizhou: provincial project application guide with a 绩效目标 section (prose only)
GOLD_GZ = {
    "source_urls": ["http://www.nmwwt.org/plus/view.php?aid=159157"],
    "province": "贵州省",
    "doc_kind": "项目申报指南",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Guide of 贵州省农业农村厅 (2020-08-18) for 2021 省级水果项目. Its 四、绩效目标 section only instructs applicants to fill a "
              "target table with quantified 三级指标; it states no target value itself. '种植规模1万亩以上' is an eligibility condition "
              "and '实施时间(≤1年)' a form requirement, so neither is an indicator row. The stored page stops at '六、相关要'. "
              "Prose-only document (no indicator rows)."),
}

# E. Chongqing Fengjie: fund notice, targets only in an attachment that is not stored (prose only)
GOLD_CQ = {
    "source_urls": ["http://www.cqfj.gov.cn/bm_168/czj/zwxx_61576/gsgg_107031/202511/t20251127_15194491.html"],
    "province": "重庆市",
    "doc_kind": "资金下达通知(绩效目标批复)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("奉节财农〔2025〕40号: hands down 60万元 and 'approves' the project performance targets, which sit in the attachment "
              "绩效目标审批表; the stored page holds no attachment content. Dates kept as found (signed 2025年4月1日, page dated "
              "2025-11-27). The long obligations paragraph is reworded; document numbers and figures kept. Prose-only document."),
}

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
FIXED_DT = (2024, 1, 1, 0, 0, 0)

def fix_zip(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            ni = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o600 << 16
            zout.writestr(ni, data)
    os.replace(tmp, path)

def set_core(props, title):
    import datetime
    d = datetime.datetime(2024, 1, 1, 0, 0, 0)
    if hasattr(props, "creator"):
        props.creator = PART
    else:
        props.author = PART
    props.title = title
    props.created = d
    props.modified = d
    props.last_modified_by = PART
    props.revision = 1

def new_doc():
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Sans CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")
    return doc

def para(doc, text, bold=False, center=False, size=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def build_hs(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "实施情况表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrapl = Alignment(wrap_text=True, vertical="center", horizontal="left")
    ws["A1"] = "【实施前情况】霍山县下符桥镇2023年扶贫项目实施情况表"
    ws.merge_cells("A1:J1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "下符桥镇2023年扶贫项目项目实施情况表"
    ws.merge_cells("A2:J2")
    ws["A2"].alignment = wrap
    ws["A3"] = "扶贫项目实施前情况"
    ws.merge_cells("A3:J3")
    ws["A3"].alignment = wrap
    top = ["序号", "项目名称", "实施期限(月)", "实施单位及责任人", "资金来源及规模", None, "绩效目标", None, None, "受益对象和联农带农机制"]
    for i, v in enumerate(top, start=1):
        if v is not None:
            ws.cell(row=4, column=i, value=v)
    sub = {5: "资金来源", 6: "资金规模(万元)", 7: "产出\n指标", 8: "效益\n指标", 9: "满意度\n指标"}
    for c, v in sub.items():
        ws.cell(row=5, column=c, value=v)
    for col in "ABCDJ":
        ws.merge_cells(f"{col}4:{col}5")
    ws.merge_cells("E4:F4")
    ws.merge_cells("G4:I4")
    rows = [
        [1, "庙岗集村农机专业化合作社项目", 10, "下符桥镇金宏伟", "市级", 100, HS_OUT1,
         "受益户数≥200户,受益脱贫户数≥15户", "脱贫人口满意度≥90%", HS_LINK1],
        [2, "庙岗集村农业机械化服务项目", 10, "下符桥镇金宏伟", "市级", 83, HS_OUT1,
         "受益户数≥300户,受益脱贫户数≥20户", "脱贫人口满意度≥90%", HS_LINK2],
        [3, "三尖铺村农机作业服务队项目", 10, "下符桥镇金宏伟", "市级", 30, HS_OUT3,
         "受益户数≥220户,受益脱贫户数≥20户", "脱贫人口满意度≥90%", HS_LINK3],
    ]
    for r, row in enumerate(rows, start=6):
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
    widths = {"A": 5, "B": 16, "C": 8, "D": 10, "E": 7, "F": 9, "G": 40, "H": 18, "I": 14, "J": 40}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    for r in range(2, 9):
        for c in range(1, 11):
            cell = ws.cell(row=r, column=c)
            cell.border = border
            cell.alignment = wrapl if (r >= 6 and c in (7, 10)) else wrap
    for r in range(6, 9):
        ws.row_dimensions[r].height = 96
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    set_core(wb.properties, "霍山县下符桥镇2023年扶贫项目实施情况表")
    wb.save(path)

def build_yn(path):
    doc = new_doc()
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    cells = [["索引号", "01526401-7/20240420-00002", "发布机构", "昌宁县农业农村局"],
             ["公开目录", "通知公告", "发布日期", "2024-04-20"],
             ["文号", "", "浏览量", ""]]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    para(doc, "")
    para(doc, "昌宁县2024年旱地优质稻种植示范基地建设项目公示", bold=True, center=True, size=14)
    para(doc, "现对昌宁县2024年旱地优质稻种植示范基地建设项目的基本情况予以公示,欢迎群众监督项目实施,"
              "使项目发挥应有效益、项目资金安全使用。")
    para(doc, "一、项目摘要", bold=True)
    for s in ["(一)项目名称:昌宁县2024年旱地优质稻种植示范基地建设项目",
              "(二)项目类别:产业发展(种植业项目)",
              "(三)项目主管部门:昌宁县农业农村局",
              "(四)项目实施单位:昌宁县农业农村局",
              "(五)项目建设地点:田园镇、卡斯镇",
              "(六)建设内容及规模:建设旱地优质稻种植示范基地2000亩,其中田园镇1800亩,1000亩为省级示范基地;卡斯镇200亩。",
              "(七)投资规模及资金筹措:项目计划总投资55万元,主要用于购买肥料、豆种、农药和制作基地标识牌。"
              "全部申请云南省2024年农业发展粮食生产专项资金。",
              "(八)建设期限",
              "2024年4月至2024年11月。"]:
        para(doc, s)
    para(doc, "二、项目立项背景", bold=True)
    para(doc, "依据《云南省财政厅关于下达省级农业发展专项资金(第二批)的通知》(云财农〔2024〕25号)、《保山市农业农村局关于2024年"
              "省级农业发展专项资金分配的函》和《保山市财政局关于下达省级农业发展专项资金(第二批)的通知》,保山市农业农村局"
              "向昌宁县下达旱地优质稻种植示范基地建设任务2000亩,其中省级示范基地1000亩。")
    para(doc, "三、项目建设目标", bold=True)
    para(doc, YN_GOAL1 + YN_TARGET_SENT)
    set_core(doc.core_properties, "昌宁县2024年旱地优质稻种植示范基地建设项目公示")
    doc.save(path)

def build_sy(path):
    doc = new_doc()
    para(doc, "邵阳市财政局文件", bold=True, center=True, size=18)
    para(doc, "邵财教〔 2018 〕 3 号", center=True)
    para(doc, "邵阳市财政局关于下达 2018 年邵阳市人均", bold=True, center=True, size=14)
    para(doc, "公共文化财政支出目标任务数的通知", bold=True, center=True, size=14)
    para(doc, "根据省绩效考核工作要求, 经研究并报市政府同意, 现将 2018 年人均公共文化财政支出目 标任务数 万元"
              "(按人均达到 185 元计算) 下达给你们, 并作为市对县(市、 区)绩效考核的重要指标。 请加大财政投入力度, "
              "确保今年目标任务顺利完成。")
    para(doc, "")
    para(doc, "邵阳市财政局办公室 2018 年 4 月 22 日印发")
    set_core(doc.core_properties, "邵财教〔2018〕3号")
    doc.save(path)

def build_gz(path):
    doc = new_doc()
    para(doc, "省农业农村厅关于印发2021年度省级水果项目申报指南的", bold=True, center=True, size=14)
    para(doc, "通知", bold=True, center=True, size=14)
    para(doc, "各市(州)农业农村局:")
    para(doc, "按照《省财政厅关于编制省级部门2021-2023年支出规划和2021年省级预算的通知》(黔财编〔2020〕15号)和《省财政厅关于"
              "编报2021年预算绩效目标的通知》(黔财绩〔2020〕17号)的要求,我厅编制了2021年度省级水果项目申报指南,现印发给你们,"
              "请结合本地实际组织好项目申报。")
    para(doc, "联系人及电话:张雯娟18286047355")
    para(doc, "林海波13765080774")
    para(doc, "电子邮箱:gzssgzb@163.com")
    para(doc, "通讯地址:贵阳市云岩区延安中路62号省农业农村厅")
    para(doc, "附件:2021年度省级水果项目申报指南")
    para(doc, "贵州省农业农村厅")
    para(doc, "2020年8月18日")
    para(doc, "附件", bold=True)
    para(doc, "2021年度省级水果项目申报指南", bold=True, center=True, size=14)
    para(doc, "为落实省委十二届七次全会纵深推进农村产业革命、发展现代山地特色高效农业的部署,补齐短板、加强弱项,"
              "2021年度省级水果项目安排水果苗木基地和优势特色品种示范基地建设。")
    para(doc, "一、项目方向", bold=True)
    para(doc, "百香果育苗基地建设;猕猴桃花粉基地建设;火龙果(燕窝果、水晶果)示范基地建设。")
    para(doc, "二、申报条件", bold=True)
    para(doc, "1.申报单位:百香果或火龙果或猕猴桃种植规模1万亩以上的县级农业行政主管部门。")
    para(doc, "2.使用除草剂和其他禁限农药的果园一律不予以支持。")
    para(doc, "三、项目内容", bold=True)
    para(doc, "申报单位应围绕项目方向和本地产业实际申报,写明项目名称、建设地点、建设规模、建设内容、实施时间(≤1年)、"
              "项目总投资、申请省级财政资金、育苗数量和质量等内容。")
    para(doc, "四、绩效目标", bold=True)
    para(doc, "申报单位应按项目实施内容填报项目绩效目标表,编制三级指标,并把指标值具体量化、细化"
              "(已明确三级指标和指标值不予以调整)。")
    para(doc, "五、申报程序", bold=True)
    para(doc, "由市州农业农村部门组织辖区县级农业农村部门进行项目申报、初审、汇总排序后报省农业农村厅(省水果专班)。")
    para(doc, "六、相关要", bold=True)
    set_core(doc.core_properties, "2021年度省级水果项目申报指南")
    doc.save(path)

def build_cq(path):
    doc = new_doc()
    para(doc, "奉节财农〔2025〕40号 奉节县财政局关于下达奉节县食品及农产品加工产业推广项目资金预算的通知", bold=True)
    para(doc, "日期:2025-11-27")
    para(doc, "奉节县财政局", bold=True, center=True, size=16)
    para(doc, "关于下达奉节县食品及农产品加工产业推广项目资金预算的通知", bold=True, center=True, size=14)
    para(doc, "奉节财农〔2025〕40号", center=True)
    para(doc, "重庆夔门生态产业发展集团:")
    para(doc, "根据《奉节县脐橙产业发展中心 奉节县农业农村委员会关于下达奉节县食品及农产品加工产业提升推广项目建设任务的通知》"
              "(奉节脐橙发〔2025〕12号)文件,现下达你单位奉节县食品及农产品加工产业推广项目资金预算60万元。")
    para(doc, "该项目资金支出功能分类科目列“2130505生产发展”。")
    para(doc, "按照绩效管理有关文件要求,现将项目绩效目标批复给你单位。请你单位对照绩效目标审批表执行预算,做好绩效运行监控,"
              "项目完工后及时组织绩效评价,发现问题及时整改,确保项目按期实现目标、提高资金使用绩效。依照《关于推进地方盘活财政"
              "存量资金有关事项的通知》(财预〔2015〕15号),结转两年以上的资金由县财政收回统筹使用,请在规定时间内及时拨付资金。"
              "你单位应严格按规定管理和使用资金,做好资金监管,确保专款专用,提高资金使用效益。")
    para(doc, "附件:绩效目标审批表")
    para(doc, "奉节县财政局")
    para(doc, "2025年4月1日")
    para(doc, "抄送:县脐橙产业中心。")
    para(doc, "监督方式:主管部门监督电话:56565051;县纪委监委监督电话:12388;政务服务便民热线:12345。")
    set_core(doc.core_properties, "奉节财农〔2025〕40号")
    doc.save(path)

DOCS = [
    ("anhui-huoshan-xiafuqiao-fupinxiangmu-shishibiao.xlsx", build_hs, GOLD_HS),
    ("yunnan-changning-handiyouzhidao-xiangmugongshi.docx", build_yn, GOLD_YN),
    ("hunan-shaoyang-gonggongwenhua-mubiaoxiada.docx", build_sy, GOLD_SY),
    ("guizhou-sheng-shuiguoxiangmu-shenbaozhinan.docx", build_gz, GOLD_GZ),
    ("chongqing-fengjie-nongchanpinjiagong-zijinxiada.docx", build_cq, GOLD_CQ),
]

def export_pdf(src):
    prof = f"file:///tmp/lo_{PART}"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(src)[0] + ".pdf"

def squash(s):
    return re.sub(r"\s+", "", s or "")

def pdf_texts(pdf):
    outs = []
    for mode in ([], ["-raw"]):
        r = subprocess.run(["pdftotext"] + mode + [pdf, "-"], capture_output=True, text=True, check=True)
        outs.append(squash(r.stdout))
    return outs

def check(pdf, gold):
    texts = pdf_texts(pdf)
    want = []
    for i in gold["indicators"]:
        want += [i["name"], i["target_text"]]
    want += [g["text"] for g in gold["goals"]]
    want += [f["item"] for f in gold["findings"]]
    missing = []
    for w in want:
        sw = squash(w)
        if sw and not any(sw in t for t in texts):
            missing.append(w)
    return missing

def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, builder, gold in DOCS:
        path = os.path.join(HERE, fname)
        builder(path)
        fix_zip(path)
        pdf = export_pdf(path)
        for f in (fname, os.path.basename(pdf)):
            g = {"source": f}
            g.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, f + ".json"), "w", encoding="utf-8") as fh:
                json.dump(g, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check(pdf, gold)
        print(f"{fname}: rows={len(gold['indicators'])} goals={len(gold['goals'])} "
              f"findings={len(gold['findings'])} facts={len(gold['facts'])} missing={miss}")
        bad += len(miss)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
