#!/usr/bin/env python3
"""Build blind part 44 of the real-layout corpus (code-blind annotator).

Each document reproduces one stored public page (see SOURCES.md): layout, headings, numbers and defects as the
page has them, longer sentences in our own words with the same numbers.  Gold is written by hand in DOCS below,
one JSON per document (the XLSX/DOCX and its PDF export).

    python make_blind44_layouts.py            # documents + PDF + gold
    python make_blind44_layouts.py --no-pdf   # skip the LibreOffice export

Core-property timestamps and zip entry dates are fixed, so XLSX/DOCX bytes do not change between runs.
"""
import copy
import datetime as _dt
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------- helpers
def _normalise_zip(path):
    """Rewrite a zip container with fixed entry dates (deterministic bytes)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # openpyxl stamps dcterms:modified with the clock at save time: pin it
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                        rb"\g<1>2024-01-01T00:00:00Z\g<2>", d) if n == "docProps/core.xml" else d)
             for n, d in items]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _xlsx_grid(ws, rows, merges, widths, boxed_from=1, boxed_to=None):
    for r, row in enumerate(rows, start=1):
        for c, val in enumerate(row, start=1):
            if val is None:
                continue
            cell = ws.cell(row=r, column=c, value=val)
            cell.alignment = WRAP
    for rng in merges:
        ws.merge_cells(rng)
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ncols = max(len(r) for r in rows)
    last = boxed_to or len(rows)
    for r in range(boxed_from, last + 1):
        for c in range(1, ncols + 1):
            ws.cell(row=r, column=c).border = BOX


def _save_xlsx(wb, path):
    wb.properties.creator = "blind44"
    wb.properties.lastModifiedBy = "blind44"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    _normalise_zip(path)


def _new_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    return doc


def _save_docx(doc, path):
    cp = doc.core_properties
    cp.author = "blind44"
    cp.last_modified_by = "blind44"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    doc.save(path)
    _normalise_zip(path)


def _title(doc, text, size=15):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    return p


def _paras(doc, lines):
    for line in lines:
        doc.add_paragraph(line)


# ----------------------------------------------------------------------------------------------- documents
def build_baoshan_veterans(path):
    """保山市退役军人事务局 2022年度项目支出绩效自评表 (春节走访慰问经费)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    qty_name = ("慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;"
                "烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。")
    rows = [
        ["附件1"],
        ["2022年度项目支出绩效自评表"],
        ["单位名称:保山市退役军人事务局", None, None, None, "填报日期:2023年4月6日"],
        ["项目名称", "春节走访慰问经费"],
        ["主管部门", "保山市退役军人事务局", None, None, "项目实施单位", "保山市退役军人事务局"],
        ["项目类别", "1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □"],
        ["项目属性", "1、持续性项目 R 2、新增性项目 □"],
        ["预算执行情况(万元)\n(20分)", None, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分\n(20分*执行率)"],
        [None, "年度财政资金总额", 34.64, 34.64, "100%", 20],
        ["年度绩效目标\n(80分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
        [None, "产出指标(60分)", "数量指标", qty_name, "100%", "100%", 20],
        [None, None, "质量指标", "补助经费足额拨付率", "100%", "100%", 20],
        [None, None, "时效指标", "春节前完成走访慰问", "按时限完成", "100%", 20],
        [None, None, None, None, None, None, None],
        [None, "效益指标(10分)", "社会效益指标", "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生",
         "小于5次", "无上访", 10],
        [None, None, None, None, None, None, None],
        [None, "满意度指标(10分)", "服务对象满意度指标", "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率",
         "100%", "100%", 10],
        [None, None, None, None, None, None, None],
        ["总分(100分)", None, None, 100, "自评等级", "优"],
        ["偏差大或\n目标未完成\n原因分析", "无"],
        ["改进措施及\n结果应用方案", "无"],
        ["备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。"],
        ["2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权"],
    ]
    merges = [
        "A1:G1", "A2:G2", "A3:D3", "E3:G3",
        "B4:G4", "B5:D5", "F5:G5", "B6:G6", "B7:G7",
        "A8:B8", "F8:G8", "A9:A9", "F9:G9",
        "A10:A18", "B11:B14", "B15:B16", "B17:B18",
        "A19:C19", "F19:G19", "B20:G20", "B21:G21", "A22:G22", "A23:G23",
    ]
    # the page lays the budget row under a label merged down two rows
    merges.remove("A8:B8")
    merges.remove("A9:A9")
    merges.append("A8:A9")
    widths = {"A": 13, "B": 15, "C": 14, "D": 46, "E": 13, "F": 13, "G": 9}
    _xlsx_grid(ws, rows, merges, widths, boxed_from=4, boxed_to=21)
    for ref in ("A2",):
        ws[ref].font = Font(bold=True, size=14)
        ws[ref].alignment = CENTER
    for r in range(4, 22):
        ws.row_dimensions[r].height = 30
    ws.row_dimensions[11].height = 62
    ws.row_dimensions[15].height = 44
    ws.row_dimensions[17].height = 44
    ws.row_dimensions[20].height = 48
    ws.row_dimensions[21].height = 36
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    _save_xlsx(wb, path)


def build_yunnan_grain_fund(path):
    """云南省 2022年度粮食风险基金绩效自评 (省粮食和物资储备局 page), cut in 二、(一)1."""
    doc = _new_docx()
    _title(doc, "2022年度粮食风险基金绩效自评报告")
    _paras(doc, [
        "省委、省政府一贯把粮食安全保障放在重要位置,按中央粮食风险基金政策要求加强基金管理,并把基金的管理情况"
        "列入云南省粮食安全行政首长责任制考核,督促配套、拨付和使用,做到专款专用。我省认真组织本年度绩效自评,"
        "排定计划、压实责任,已完成2022年度粮食风险基金绩效自评。自评情况报告如下:",
        "一、绩效目标分解下达情况",
        "(一)中央下达粮食风险基金专项转移支付预算和绩效目标情况",
        "中央核定我省粮食风险基金规模为36121.00万元(不含粮食直补),其中:中央补助15150.00万元,地方自筹20971.00万元。"
        "2022年,收到中央补助资金15150.00万元,全部补助到各级政府,其中省级支出安排489.00万元,各州市安排14661.00万元,"
        "执行率为100%。粮食风险基金在促进粮食生产、维护流通秩序、稳定市场、加强宏观调控和保障粮食安全方面持续发挥作用。",
        "(二)省内分解下达预算和绩效目标情况",
        "2022年我省粮食风险基金地方应配套20971.00万元,实际配套到位资金104880.14万元,超规模配套83909.14万元,"
        "执行率为400.12%。按有关绩效目标要求,我省确定了省内绩效目标,内容为资金的配套和下达、保障各级储备粮利费和"
        "政策性挂账支出、支持地方粮食工作、维护国家和区域粮食安全以及服务对象满意度等分项绩效指标;基金到位和使用管理"
        "情况同时列入州(市)党委政府耕地保护和粮食安全责任制考核。",
        "二、绩效目标完成情况分析",
        "(一)资金投入情况分析",
        "1.项目资金到位情况分析。项目资金及时、足额拨付到位。2022年,我省粮食风险基金应到位36121.00万元,"
        "实际配套到位资金120030.14万元,超",
    ])
    _save_docx(doc, path)


def build_baoshan_ecommerce(path):
    """保山市商务局 2019年度项目绩效自评报告 (电子商务进农村示范项目资金), cut in 二、(二)1."""
    doc = _new_docx()
    _paras(doc, [
        "索引号 01525522-5-/2020-0628009    发布机构 保山市商务局",
        "公开目录 自评报告    发布日期 2020-06-28",
        "文号    浏览量",
        "主题词",
    ])
    _title(doc, "2019年度项目绩效自评报告(电子商务进农村示范项目资金)", size=14)
    _paras(doc, [
        "一、项目基本情况",
        "2017年我市被确定为全国电子商务进农村综合示范项目整体推进州市。此后,我市围绕农业供给侧结构性改革和脱贫攻坚的"
        "部署,按照综合示范“三个统筹”的工作要求,加强领导、整合资源、严格资金管理,推进全市电商进农村综合示范工作。"
        "保山市电子商务进农村综合示范项目建设预计总投资7450万元,其中中央财政资金6000万元,县(市、区)财政配套资金1450万元。"
        "市级统筹中央财政资金1000万元用于项目建设,其中250万元用于市级电子商务公共服务中心改造提升项目。"
        "该改造提升项目于2018年2月9日发布招标公告,同年3月1日开标,由云南建川古建园林工程有限公司中标,中标价为2472551.80元,"
        "其中:服务中心改造提升建安工程费1783575.80元,工程建设其他费38976.00元(监理费用33408.00元,造价咨询费5568.00元);"
        "支付市电商服务中心2018年、2019年场地补助经费50万元,保山特色产品体验馆展品购置经费15万元。项目建设期限为"
        "2018年3月至2018年5月,内容为市级电子商务公共服务中心户外整体改造及室内一楼、二楼改造提升,已于2018年8月30日通过验收。",
        "二、项目绩效自评工作开展情况",
        "(一)前期准备",
        "市委、市政府重视农村电子商务发展。2017年5月,市人民政府成立保山市推进电子商务进农村综合示范工作领导小组,"
        "分管副市长任组长,市商务局、市财政局局长和市扶贫办主任任副组长,市直有关单位为成员;领导小组办公室设在市商务局,"
        "统筹协调全市农村电子商务工作。",
        "(二)组织过程",
        "1.为加",
    ])
    _save_docx(doc, path)


def build_wuwei_housing(path):
    """无为市危房改造转移支付2022年度绩效自评报告 (襄安镇 page), cut in 2、质量指标."""
    doc = _new_docx()
    _paras(doc, [
        "信息分类: 农村危房改造相关文件",
        "发布机构: 无为市襄安镇    成文日期:",
        "文  号:    有效性: 有效",
        "发布日期: 2023-07-03    废止时间: 暂无",
        "名  称: 无为市危房改造转移支付2022年度绩效自评报告",
    ])
    _title(doc, "无为市危房改造转移支付2022年度绩效自评报告", size=14)
    _paras(doc, [
        "发布时间:2023-07-03 09:50  信息来源: 无为市襄安镇",
        "一、绩效目标情况",
        "按照省、市住建部门的要求,我市2022年农村危房改造任务数为115户,实际完成农村危房改造264户,发放补助资金278.8万元。",
        "二、绩效目标完成情况分析",
        "(一)资金投入情况:我市坚持应改尽改,符合危房改造条件的均可申报,实际完成农村危房改造264户,发放补助资金为278.8万元。",
        "(二)总体绩效目标完咸情况:",
        "从实施情况看,我市危房改造项目符合国家危房改造政策要求。市委、市政府按要求对农村低收入群体住房实行动态监管,"
        "发现一户、改造一户,动态清零、不留死角,农村贫困人口住房安全有保障的目标全面实现。因改造户房屋年代久远,"
        "又受小型自然灾害、火灾等原因影响,我市实际改造数超任务43%,",
        "(三)绩效指标完成情况:",
        "1、数量指标",
        "2022年初农村危房改造资金预算安排300.7万元 ,用于农村低收入群体房屋安全,计划补助115户。住建局规范操作,"
        "坚持“户申请、村评议、镇审核、市级审批”的原则,所有改造户均经比对审核;改造户在本地是否唯一住房由所在村负责认定,"
        "镇级抽查核实;改造户的基本信息、审核结果和补助金额在村务公开栏公示、镇级公告栏公告,时间不少于7天。"
        "最终确定农村危房改造264户,发放补助资金278.8万元。",
        "2、质量指标",
        "农村危房改造补",
    ])
    _save_docx(doc, path)


def build_gushi_chrysanthemum(path):
    """固始县段集镇乐道冲村药用野菊花深加工项目 2025 绩效目标自评报告, cut in 产出指标."""
    doc = _new_docx()
    _title(doc, "2025年固始县段集镇乐道冲村药用野菊花深加工项目绩效目标自评报告", size=14)
    _paras(doc, [
        "固始县财政局:",
        "按照《国务院办公厅关于转发财政部、国务院扶贫办、国家发展改革委扶贫项目资金绩效管理办法的通知》国办文[2018]35号"
        "文件精神,为提高财政扶贫项目资金使用效益、落实资金监管责任,现将2025年固始县段集镇乐道冲村药用野菊花深加工项目"
        "绩效目标自评情况报告如下:",
        "一、绩效目标分解下达情况",
        "乐道冲村集体申报项目资金采购菊花生产线加工设备(包括主要包括自动上料提升机、全自动野菊花杀青机、菊花脱花机、"
        "风选分机机震动筛选机、热风炉等机械设)。此后乐道村以机械设备作为实物出资,县投资集团以厂房和收储、运营资金出资,"
        "合资组建专门公司并明确利益分配,共同经营药用野菊花的收储和加工,以带动药用野菊花产业发展,持续壮大村集体经济。",
        "二、绩效目标自评工作开展情况",
        "对本项目开展自评,内容包括建设内容是否按计划完成、项目质量是否达标、资金是否发放到位等。",
        "三、绩效目标自评完成情况分析",
        "(一)资金投入情况分析",
        "下达2025年固始县段集镇乐道冲村药用野菊花深加工项目资金50万元,全部用于购买药用野菊花深加工设备。",
        "(二)绩效目标完成情况分析",
        "产出指标:药用野菊花每年按花、杆、叶分2季采收,生产线每年平均运转工作时间在100天左右。自动生产线按每天8小时计算,"
        "可加工全株湿菊花约3.5吨左右。按2025年段集镇推广种植3000亩、镇域外其他乡镇推广种植2000亩测算,全年全县药用野菊花"
        "种植总亩数可达5000亩,全年药用野菊花产量可达7000000斤(3500吨)左右。因此,该药用野菊花加工生产线基本可满足生",
    ])
    _save_docx(doc, path)


# ----------------------------------------------------------------------------------------------- gold
def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


VET_QTY = ("慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;"
           "烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。")

DOCS = [
    {
        "stem": "yn-baoshan-veterans-spring-selfeval",
        "ext": "xlsx",
        "build": build_baoshan_veterans,
        "gold": {
            "source_urls": ["https://alkalih2o.com/info/7798/9446904.htm"],
            "province": "云南",
            "doc_kind": "自评表",
            "patterns": [1, 2, 5, 6, 8, 9],
            "indicators": [
                ind("产出指标", "数量指标", VET_QTY, None, 100, "%", "100%", 100, None, 20),
                ind("产出指标", "质量指标", "补助经费足额拨付率", None, 100, "%", "100%", 100, None, 20),
                ind("产出指标", "时效指标", "春节前完成走访慰问", None, None, None, "按时限完成", 100, None, 20),
                ind("效益指标", "社会效益指标", "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生",
                    "<", 5, "次", "小于5次", None, None, 10),
                ind("满意度指标", "服务对象满意度指标", "重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率",
                    None, 100, "%", "100%", 100, None, 10),
            ],
            "goals": [],
            "facts": [
                {"metric": "年度财政资金总额", "kind": "budget", "planned": 34.64, "actual": 34.64,
                 "stated_rate": 100, "unit": "万元"},
                {"metric": "总分", "kind": "score_total", "total": 100, "parts": [20, 20, 20, 20, 10, 10]},
                {"metric": "自评等级", "kind": "grade", "score": 100, "grade": "优"},
            ],
            "findings": [
                {"rule": "target.unit_mismatch", "item": VET_QTY,
                 "why": "the 三级 cell lists head counts (50人, 6户, 8家, 320人) but its target and result are 100%"},
            ],
            "notes": ("保山市退役军人事务局 2022年度项目支出绩效自评表 (春节走访慰问经费), page of the 保山 government site on the "
                      "alkalih2o.com mirror. The whole form is on the page: 5 indicator rows, all three dimensions, a total, a "
                      "grade; only the second 备注 line is cut ('相对值按照资金额度加权' ends the page). Judgement call: taken "
                      "although it has 5 indicator rows (fewer than 6) because no row is missing. The mirror renders the ticked "
                      "boxes as 'R' (kept). The form has no 分值 column: weights are only in the 一级 labels (产出 60分 for three "
                      "rows, 效益 10分, 满意度 10分) and in '预算执行情况(20分)', so weight is null and score is the 得分 cell; "
                      "20 + 20 + 20 + 20 + 10 + 10 = 100 = 总分, grade 优 fits. Blank spacer rows after 时效, 效益 and 满意度 "
                      "kept. The 数量 row carries all the counts inside its name and a target of 100% (unit_mismatch). 时效 "
                      "target '按时限完成' with the deadline (春节前) in the name: no time finding; its result '100%' is not a "
                      "number against a number (actual recorded as 100). The 效益 row names '无群体性事件' yet sets '小于5次' "
                      "and answers '无上访' (actual null, text result); no rule fits, left as a note. No 偏差 needed (all met)."),
        },
    },
    {
        "stem": "yn-grain-risk-fund-selfreport",
        "ext": "docx",
        "build": build_yunnan_grain_fund,
        "gold": {
            "source_urls": ["https://lswz.yn.gov.cn/zfxxgk_cn/fdzdgknr/jchys/202304/20230403_4507.html"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [
                {"kind": "目标",
                 "text": "省内绩效目标:资金的配套和下达、保障各级储备粮利费和政策性挂账支出、支持地方粮食工作、维护国家和区域粮食安全以及服务对象满意度等分项绩效指标。"},
            ],
            "facts": [
                {"metric": "粮食风险基金规模", "kind": "sum", "total": 36121.00, "parts": [15150.00, 20971.00]},
                {"metric": "中央补助资金分配", "kind": "sum", "total": 15150.00, "parts": [489.00, 14661.00]},
                {"metric": "中央补助资金", "kind": "budget", "planned": 15150.00, "actual": 15150.00,
                 "stated_rate": 100, "unit": "万元"},
                {"metric": "地方配套资金", "kind": "budget", "planned": 20971.00, "actual": 104880.14,
                 "stated_rate": 400.12, "unit": "万元"},
                {"metric": "地方实际配套到位资金", "kind": "sum", "total": 104880.14, "parts": [20971.00, 83909.14]},
                {"metric": "粮食风险基金实际到位资金", "kind": "sum", "total": 120030.14, "parts": [15150.00, 104880.14]},
            ],
            "findings": [
                {"rule": "consistency.rate", "item": "地方配套资金",
                 "why": "执行率 stated 400.12%, but 104880.14 / 20971.00 = 500.12%; 400.12% is the excess 83909.14 / 20971.00"},
                {"rule": "goal.unquantified", "item": "省内绩效目标",
                 "why": "the 省内绩效目标 lists areas (配套下达, 利费支出, 粮食安全, 满意度) with no number, level or date"},
            ],
            "notes": ("云南省 2022年度粮食风险基金 绩效自评报告 on the 云南省粮食和物资储备局 site. The stored page starts with the "
                      "opening paragraph (no title line visible): the heading '2022年度粮食风险基金绩效自评报告' is ours. Prose "
                      "only (within the cap of two); it stops in 二、(一)1. at '实际配套到位资金120030.14万元,超', before any "
                      "indicator, so no coverage finding. Sums: 36121.00 = 15150.00 + 20971.00, 15150.00 = 489.00 + 14661.00, "
                      "104880.14 = 20971.00 + 83909.14 (超规模配套), 120030.14 = 15150.00 + 104880.14 (the 实际到位 figure of "
                      "二、(一) adds the central money; judgement call to record it as a sum) — all hold. The 地方配套 执行率 "
                      "400.12% is the over-match ratio, not actual/planned (500.12%). The 中央补助 执行率 100% holds."),
        },
    },
    {
        "stem": "yn-baoshan-ecommerce-selfreport",
        "ext": "docx",
        "build": build_baoshan_ecommerce,
        "gold": {
            "source_urls": ["https://alkalih2o.com/info/4782/4169304.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "电子商务进农村综合示范项目预计总投资", "kind": "sum", "total": 7450, "parts": [6000, 1450]},
                {"metric": "市级电子商务公共服务中心改造提升项目中标价(元)", "kind": "sum", "total": 2472551.80,
                 "parts": [1783575.80, 38976.00, 500000, 150000]},
                {"metric": "工程建设其他费(元)", "kind": "sum", "total": 38976.00, "parts": [33408.00, 5568.00]},
            ],
            "findings": [],
            "notes": ("保山市商务局 2019年度项目绩效自评报告(电子商务进农村示范项目资金), 保山 government page on the "
                      "alkalih2o.com mirror, with its index block. Prose only (within the cap of two): it stops in 二、(二) "
                      "at '1.为加', before any indicator or result, so no coverage finding and no goal. Sums hold: 7450 = 6000 "
                      "+ 1450 (万元); 38976.00 = 33408.00 + 5568.00 (元); the 中标价 2472551.80元 equals 1783575.80 + 38976.00 "
                      "+ 50万元 + 15万元 only when the two 万元 payments (场地补助, 展品购置) are turned into 元 — judgement call: "
                      "the parts are recorded in 元 (500000, 150000), mixed units on the page. 1000万元 市级统筹 and the 250万元 "
                      "share are stated without parts. No finding."),
        },
    },
    {
        "stem": "ah-wuwei-xiangan-housing-selfreport",
        "ext": "docx",
        "build": build_wuwei_housing,
        "gold": {
            "source_urls": ["https://www.ww.gov.cn/openness/grassroots/6603971/38480580.html"],
            "province": "安徽",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind("产出指标", "数量指标", "农村危房改造户数", None, 115, "户", "计划补助115户", 264, None, None),
            ],
            "goals": [
                {"kind": "年度目标", "text": "2022年全市农村危房改造任务数为115户。"},
            ],
            "facts": [
                {"metric": "农村危房改造户数", "kind": "budget", "planned": 115, "actual": 264,
                 "stated_rate": 143, "unit": "户"},
                {"metric": "农村危房改造资金", "kind": "budget", "planned": 300.7, "actual": 278.8,
                 "stated_rate": None, "unit": "万元"},
            ],
            "findings": [
                {"rule": "consistency.rate", "item": "农村危房改造户数",
                 "why": "'实际改造数超任务43%', but 264 against 115 is 229.6% of the task (超129.6%); 43% is 115/264"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "the report stops in 2、质量指标: no 效益 result in the file"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the report stops in 2、质量指标: no 满意度 result in the file"},
            ],
            "notes": ("无为市危房改造转移支付2022年度绩效自评报告, published by 无为市襄安镇 (芜湖 无为市) with its index block. "
                      "Results as labelled prose under (三)绩效指标完成情况: only '1、数量指标' has content (115户 planned, 264户 "
                      "done, 300.7万元 budget, 278.8万元 paid); the page stops at '2、质量指标 / 农村危房改造补', which is not an "
                      "indicator. Judgement calls: the indicator name '农村危房改造户数' is ours (the paragraph gives no name); "
                      "'超任务43%' is recorded as stated_rate 143 (143% of the task), recomputed 229.6%. The money has no stated "
                      "rate (278.8 / 300.7 = 92.7%), no finding. Defects kept: '完咸' for 完成, the space before the comma in "
                      "'300.7万元 ,', the sentence in (二) ending on a comma."),
        },
    },
    {
        "stem": "ha-gushi-chrysanthemum-selfreport",
        "ext": "docx",
        "build": build_gushi_chrysanthemum,
        "gold": {
            "source_urls": ["https://www.gushi.gov.cn/2026/01-03/765945.html"],
            "province": "河南",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind("产出指标", None, "药用野菊花采收季数", None, 2, "季", "每年按花、杆、叶分2季采收", None, None, None),
                ind("产出指标", None, "生产线每年平均运转工作时间", None, 100, "天", "100天左右", None, None, None),
                ind("产出指标", None, "自动生产线日加工全株湿菊花量", None, 3.5, "吨", "约3.5吨左右", None, None, None),
                ind("产出指标", None, "全年全县药用野菊花种植总亩数", None, 5000, "亩", "可达5000亩", None, None, None),
                ind("产出指标", None, "全年药用野菊花产量", None, 7000000, "斤", "7000000斤(3500吨)左右", None, None, None),
            ],
            "goals": [
                {"kind": "目标",
                 "text": "共同经营药用野菊花的收储和加工,以带动药用野菊花产业发展,持续壮大村集体经济。"},
            ],
            "facts": [
                {"metric": "药用野菊花种植总亩数", "kind": "sum", "total": 5000, "parts": [3000, 2000]},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": "共同经营药用野菊花的收储和加工",
                 "why": "the purpose (带动产业发展, 壮大村集体经济) has no number, level or date"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "the report stops inside its 产出指标 paragraph: no 效益 result in the file"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the report stops inside its 产出指标 paragraph: no 满意度 result in the file"},
            ],
            "notes": ("2025年固始县段集镇乐道冲村药用野菊花深加工项目绩效目标自评报告 (信阳 固始县), addressed to 固始县财政局, "
                      "published 2026-01. The page stops inside the 产出指标 paragraph at '基本可满足生'. The '产出指标:' "
                      "paragraph is read as five labelled results (names ours, values and wording as written); they are "
                      "capacity estimates with '左右'/'可达', no target against result, so actual is null. Judgement call: no "
                      "finding for '左右' (no rule for approximations). 5000 = 3000 + 2000 亩 holds; 7000000斤 = 3500吨 holds. "
                      "A reviewer would note that 3.5吨 a day for about 100 days is about 350吨, far from the 3500吨 crop the "
                      "line is said to handle; no rule id covers it (note only). Defects kept: '国办文[2018]35号' (for 国办发), "
                      "'包括主要包括', '风选分机机震动筛选机', the word cut in '机械设)'. 资金 50万元 all spent on equipment, no "
                      "stated rate."),
        },
    },
]


def write_gold(stem, ext, gold):
    os.makedirs(ANN, exist_ok=True)
    for name in (f"{stem}.{ext}", f"{stem}.pdf"):
        data = {"source": name}
        data.update(copy.deepcopy(gold))
        with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


def export_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv):
    no_pdf = "--no-pdf" in argv
    for d in DOCS:
        path = os.path.join(HERE, f"{d['stem']}.{d['ext']}")
        d["build"](path)
        write_gold(d["stem"], d["ext"], d["gold"])
        if not no_pdf:
            export_pdf(path)
    print(f"built {len(DOCS)} sources ({'no PDF' if no_pdf else 'with PDF'})")


if __name__ == "__main__":
    main(sys.argv[1:])
