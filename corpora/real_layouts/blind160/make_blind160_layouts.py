# -*- coding: utf-8 -*-
"""blind160: layouts of budget-stage performance-target pages (部门/单位预算公开 绩效目标).

Gold first (as Python data), then the builders. Run with /tmp/venv/bin/python.
Writes DOCX/XLSX, exports PDFs with LibreOffice (own profile), writes annotations/*.json
and checks that every indicator name, target text, goal text and finding item is in the
pdftotext output of each PDF (whitespace ignored).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind160"

# ----------------------------------------------------------------------------------------
# GOLD
# ----------------------------------------------------------------------------------------

F1 = "weizhi-xinzhengwufuzhongxin-yunweifei-pifubiaojiedu.docx"
F2 = "hunan-yueyanglouqu-liudongrenkou-shenbaobiao.xlsx"
F3 = "anhui-guangde-lucunxiang-zhongdianxiangmu.docx"

GOAL1 = ("项目对新政务服务中心大楼及其设施、信息系统、网络环境和安全设备开展日常运营与专业维护，"
         "使中心环境安全舒适、软硬件设施与系统平台稳定可靠、网络数据畅通安全，为办事群众和企业提供"
         "“一站式、高效率、不间断”的政务服务，支撑“放管服”改革深化与营商环境优化。")


def ind(l1, l2, name, op, value, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": tt, "actual": actual, "weight": weight, "score": score}


GOLD = {
    F1: {
        "source_urls": ["http://quwangpai.com/product/65.html"],
        "province": None,
        "doc_kind": "项目支出绩效目标批复表解读",
        "patterns": [6, 10],
        "indicators": [
            ind("产出指标", "数量指标", "中心所有对外服务窗口全年正常开放天数", ">=", 250, "个工作日", "不低于250个工作日"),
            ind("产出指标", "数量指标", "核心业务系统与网络平台可用性", ">=", 99.9, "%", "达到99.9%以上"),
            ind("产出指标", "数量指标", "完成所有计划内的设施设备预防性维护与巡检", None, None, None, None),
            ind("产出指标", "质量指标", "运维响应及时率", ">=", 95, "%", "达到95%以上"),
            ind("产出指标", "质量指标", "故障平均修复时间（MTTR）", "<=", 2, "小时", "控制在2小时以内"),
            ind("产出指标", "质量指标", "重大安全事件发生次数", "=", 0, None, "为0"),
            ind("产出指标", "时效指标", "运维服务请求受理后", "<=", 30, "分钟", "30分钟内响应"),
            ind("产出指标", "时效指标", "常规问题", "<=", 4, "小时", "4小时内解决"),
            ind("产出指标", "时效指标", "预算执行进度与时间进度", None, None, None, "基本同步"),
            ind("产出指标", "成本指标", "运维总费用", "<=", None, None, "在批复预算范围内"),
            ind("产出指标", "成本指标", "单位面积运维成本", None, None, None, "同比下降"),
            ind("效益指标", "社会效益", "保障政务服务不间断", None, None, None, None),
        ],
        "goals": [{"kind": "总体目标", "text": GOAL1}],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": GOAL1,
             "why": "总体目标只写“安全舒适、稳定可靠、畅通安全”等定性表述，没有一个数字"},
            {"rule": "target.misfiled_dimension", "item": "核心业务系统与网络平台可用性",
             "why": "可用性（%）是质量类指标，却列在数量指标下"},
            {"rule": "target.missing_value", "item": "完成所有计划内的设施设备预防性维护与巡检",
             "why": "只写任务，没有次数或完成率等指标值"},
            {"rule": "target.misfiled_dimension", "item": "运维响应及时率",
             "why": "“及时率”属时效类，列在质量指标下"},
            {"rule": "target.input_or_process", "item": "预算执行进度与时间进度",
             "why": "预算执行进度是过程/资金管理指标，不是产出；目标值“基本同步”也无刻度"},
            {"rule": "target.qualitative_no_scale", "item": "预算执行进度与时间进度",
             "why": "“基本同步”没有可衡量的标准"},
            {"rule": "target.cost_restates_budget", "item": "运维总费用",
             "why": "成本指标只说控制在批复预算范围内，没有单位成本含义"},
            {"rule": "target.missing_value", "item": "单位面积运维成本",
             "why": "“力争……同比下降”，没有下降幅度或目标值"},
            {"rule": "target.vague_wording", "item": "单位面积运维成本",
             "why": "“力争”“下降”无数字和基期"},
            {"rule": "target.missing_value", "item": "保障政务服务不间断",
             "why": "社会效益条目只有定性描述（页面在此截断），没有指标值"},
        ],
        "notes": ("网页为一篇“批复表解读”，指标以项目符号句子列出（指标名与目标值写在同一句里），"
                  "不是表格；原页两处编号都写作“1.”（产出指标、效益指标），照录。页面在“效益指标·社会效益："
                  "保障政务服务不间断，显著减少因系统或设”处截断，满意度部分未存，因此不标满意度缺失。"
                  "名称按句中名词短语切分：如“运维服务请求受理后，30分钟内响应”记名称“运维服务请求受理后”、"
                  "目标“30分钟内响应”。“重大安全事件发生次数为0”无单位，未标 missing_unit（0 次无歧义）。"
                  "页面未写省份与单位，province 为 null。引言和总体目标用自己的话重写，数字照录。"),
    },
    F2: {
        "source_urls": ["http://www.yylq.gov.cn/21487/21498/21516/42803/content_1246880.html"],
        "province": "湖南省",
        "doc_kind": "项目支出预算绩效目标申报表",
        "patterns": [1, 8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "项目资金申请·本年度申请资金", "kind": "sum", "total": 40, "parts": [40], "unit": "万元"},
            {"metric": "项目资金申请·上年度安排资金", "kind": "sum", "total": 40, "parts": [40], "unit": "万元"},
        ],
        "findings": [],
        "notes": ("岳阳市岳阳楼区财政局 2017 年预算公开栏目发布的区卫计局项目支出预算绩效目标申报表。"
                  "存储页在“单位已有的(或拟订的)保证项目实施的制度、措施”一栏中途（“目标管”）截断，"
                  "绩效目标与绩效指标部分未存，故无指标行、无目标，也不标维度缺失。"
                  "照录的不一致：标题写“流动人口管理经费”，表内项目名称写“流动人口公卫经费”；"
                  "立项依据引 2017 年方案，测算依据与保障措施引 2016 年方案（无对应规则 id，只记在此）。"
                  "支出明细预算只有“合 计 40 40”，明细行 1–4 空着。"),
    },
    F3: {
        "source_urls": ["http://www.guangde.gov.cn/Jczwgk/show/2590647.html"],
        "province": "安徽省",
        "doc_kind": "部门预算重点项目及绩效目标情况",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "水源地保护区总面积", "kind": "sum", "total": 142.31, "parts": [3.31, 139], "unit": "平方千米"},
        ],
        "findings": [],
        "notes": ("广德市卢村乡在“政府预算”分类下公开的 2022 年度重点项目及绩效目标情况（水源地保护项目）。"
                  "存储页在“(7)绩效目标和指标:”标题后即结束，绩效目标表未存，故无指标行、无目标，不标维度缺失。"
                  "项目概述、立项依据、实施主体、项目内容用自己的话重写，数字（142.31、3.31、139 平方千米，"
                  "13 个村社区，2021-2023，500 万元）照录。"),
    },
}

# ----------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)


def normalize_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and order for byte-determinism."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def fix_core_docx(doc, title):
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ----------------------------------------------------------------------------------------
# builders
# ----------------------------------------------------------------------------------------
def build_f1(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    doc.add_paragraph("当前位置: 首页 > 产品大全 > 2019年度新政务服务中心运行维护费项目支出绩效目标批复表解读")
    doc.add_heading("2019年度新政务服务中心运行维护费项目支出绩效目标批复表解读", level=1)
    doc.add_paragraph("2019年度新政务服务中心运行维护费项目支出绩效目标批复表解读")
    doc.add_paragraph("2019年度新政务服务中心运行维护费项目的支出绩效目标已经批复。批复表写明了本年度资金的用途、"
                      "要达到的目标和预期成效，既是全年运维工作的依据，也是衡量资金使用效益的主要文件。")
    doc.add_paragraph("一、 项目总体目标")
    doc.add_paragraph(GOAL1)
    doc.add_paragraph("二、 具体绩效指标与目标值")
    doc.add_paragraph("根据批复表，2019年度绩效目标主要围绕产出、效益和满意度三个维度设定：")
    doc.add_paragraph("  1. 产出指标")
    doc.add_paragraph("  • 数量指标：确保中心所有对外服务窗口全年正常开放天数不低于250个工作日；"
                      "核心业务系统与网络平台可用性达到99.9%以上；完成所有计划内的设施设备预防性维护与巡检。")
    doc.add_paragraph("  • 质量指标：运维响应及时率达到95%以上；故障平均修复时间（MTTR）控制在2小时以内；"
                      "重大安全事件发生次数为0。")
    doc.add_paragraph("  • 时效指标：运维服务请求受理后，30分钟内响应；常规问题4小时内解决；"
                      "预算执行进度与时间进度基本同步。")
    doc.add_paragraph("  • 成本指标：严格控制运维总费用在批复预算范围内；通过优化管理，力争单位面积运维成本同比下降。")
    doc.add_paragraph("  1. 效益指标")
    doc.add_paragraph("  • 社会效益：保障政务服务不间断，显著减少因系统或设")
    fix_core_docx(doc, "2019年度新政务服务中心运行维护费项目支出绩效目标批复表解读")
    doc.save(path)
    normalize_zip(path)


def build_f2(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "申报表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    widths = {"A": 10, "B": 16, "C": 22, "D": 16, "E": 18, "F": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    def put(cell, val, al=wrap):
        ws[cell] = val
        ws[cell].alignment = al

    put("A1", "2017年区卫计局流动人口管理经费项目支出预算绩效目标申报表", center)
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=12)
    put("A2", "来源:楼区财政局   2017-04-05 15:25")
    ws.merge_cells("A2:F2")
    put("A3", "项目支出预算绩效目标申报表", center)
    ws.merge_cells("A3:F3")
    ws["A3"].font = Font(bold=True, size=14)
    put("A4", "(20 17 年度)", center)
    ws.merge_cells("A4:F4")
    put("A5", " 填报单位(盖章)楼区卫计局")
    ws.merge_cells("A5:F5")
    # block: 项目基本情况 rows 6-11
    put("A6", "项目基本情况", center)
    ws.merge_cells("A6:A11")
    put("B6", "项目名称"); put("C6", "流动人口公卫经费"); ws.merge_cells("C6:F6")
    put("B7", "项目属性"); put("C7", "新增项目□                       延续项目√ "); ws.merge_cells("C7:F7")
    put("B8", " 主管部门"); put("C8", "楼区卫计局 "); put("D8", "项目起止时间"); put("E8", "2017年1月至2017年12月")
    ws.merge_cells("E8:F8")
    put("B9", "项目负责人"); put("C9", "郑文红 "); put("D9", " 联系电话"); put("E9", "13707306725")
    ws.merge_cells("E9:F9")
    put("B10", " 项目类型")
    put("C10", "1.基本建设类 □    其中:新建      扩建      改建 \n2.行政事业类 □    其中: 采购类□    修缮类□    奖励类□\n3.其他专项类 √ ")
    ws.merge_cells("C10:F10")
    put("B11", "项目概况")
    put("C11", "1.省、市专项调查     2.对全区1个乡和14个街道;12个村和95个社区进行流动人口专项调查     3.区域协作")
    ws.merge_cells("C11:F11")
    put("A12", "项目立项\n依据", center)
    ws.merge_cells("A12:B12")
    put("C12", "1.《湖南省2017年度计划生育工作考评方案》                     2.《岳阳市2017年度计划生育工作目标管理考核方案》"
               "             3.《岳阳楼区2017年度计划生育工作考核评估方案》        4.《岳阳楼区2017年度计划生育业务工作调查方案》"
               "5.《湖南省流动人口健康教育和健康促进行动实施方案(2016-2020)》6.《岳阳楼区流动人口基本公共卫生计生服务均等化工作实施方案》")
    ws.merge_cells("C12:F12")
    # funds block rows 13-25
    put("A13", "项目资金情况", center)
    ws.merge_cells("A13:A25")
    put("B13", "项目资金申请(万元)", center)
    ws.merge_cells("B13:B19")
    put("C13", "项 目 ", center); put("D13", "上年度安排资金", center); put("E13", "本年度申请资金", center)
    rows = [("合 计", 40, 40), ("区级资金", 40, 40), ("市级资金", None, None), ("省级资金", None, None),
            ("中央资金", None, None), ("自有资金", None, None)]
    r = 14
    for lab, a, b in rows:
        put("C%d" % r, lab, center)
        if a is not None:
            ws["D%d" % r] = a
            ws["E%d" % r] = b
        r += 1
    put("B20", "支出明细预算(万元)", center)
    ws.merge_cells("B20:B25")
    put("C20", "项 目", center); put("D20", "上年度安\n排资金", center); put("E20", " 本年度\n申请资金", center)
    put("F20", "测算依据\n及说明", center)
    put("C21", "合 计", center); ws["D21"] = 40; ws["E21"] = 40
    put("F21", "《湖南省2016年度计划生育工作考评方案》")
    for i, rr in enumerate(range(22, 26), start=1):
        put("C%d" % rr, str(i), center)
    put("A26", "单位已有的(或拟订的)保证项目实施的制度、措施", center)
    ws.merge_cells("A26:B26")
    put("C26", "1.《湖南省2016年度计划生育工作考评方案》                     2.《岳阳市2016年度计划生育工作目标管")
    ws.merge_cells("C26:F26")
    for row in ws.iter_rows(min_row=5, max_row=26, min_col=1, max_col=6):
        for c in row:
            c.border = border
    for rr in (10, 11, 12, 26):
        ws.row_dimensions[rr].height = 60
    ws.row_dimensions[12].height = 95
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    cp = wb.properties
    cp.creator = PART
    cp.lastModifiedBy = PART
    cp.title = "项目支出预算绩效目标申报表"
    cp.created = FIXED
    cp.modified = FIXED
    wb.save(path)
    normalize_zip(path)


def build_f3(path):
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph("欢迎访问广德市政府网站!")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    cells = [("索引号:", "11341723003254583L/202212-00005", "组配分类:", "政府预算"),
             ("发布机构:", "卢村乡", "主题分类:", "其他"),
             ("名称:", "2022年度重点项目及绩效目标情况", "文号:", ""),
             ("生成日期:", "2022-12-06", "发布日期:", "2022-12-06")]
    for i, row in enumerate(cells):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_heading("2022年度重点项目及绩效目标情况", level=1)
    doc.add_paragraph("发布时间:2022-12-06 16:47 来源:卢村乡 浏览:0")
    doc.add_paragraph("2022年度重点项目及绩效目标情况")
    doc.add_paragraph("1、“水源地保护”项目")
    doc.add_paragraph("(1)项目概述：广德市卢村水源地保护区总面积142.31平方千米，其中水域3.31平方千米、陆域139平方千米。"
                      "项目拟由农服中心、经发办、城管中队等多个部门协同推进，综合解决养殖污染管控、垃圾收集处理、"
                      "河滨湿地与污水管网建设、生态修复治理等问题，保证项目顺利实施。")
    doc.add_paragraph("(2)立项依据：卢村水库是广德市生产生活唯一的水源，也是全市建设生态文明城市、发展生态经济的重要依托。"
                      "保护水源地、保障饮水安全是首要义务，也是需要长期承担的责任。")
    doc.add_paragraph("(3)实施主体：卢村乡人民政府按行动方案分解职责，农服中心、水利站、创建办、财政所、城管中队等二级机构"
                      "和所辖13个村社区都把水源地保护列为中心工作之一，共同推进项目实施。")
    doc.add_paragraph("(4)起止时间:2021-2023")
    doc.add_paragraph("(5)项目内容：严防养殖污染——引导水库上游养殖企业关停或整改，规范养殖户限量养殖；卢湖垃圾清运——"
                      "全域市场化保洁，垃圾日产日清，定期打捞水面，形成长效保洁；生态修复治理——对水库流域生态破坏、"
                      "水土流失严重的区域实施生态修复工程，提高环境自净能力；污水管网建设——加大对沿湖企业和居民的整治力度，"
                      "确保污水“零排放”，同步推进入户管网建设。")
    doc.add_paragraph("(6)年度预算安排:500万元。")
    doc.add_paragraph("(7)绩效目标和指标:")
    fix_core_docx(doc, "2022年度重点项目及绩效目标情况")
    doc.save(path)
    normalize_zip(path)


BUILDERS = {F1: build_f1, F2: build_f2, F3: build_f3}

# ----------------------------------------------------------------------------------------
# export, annotate, check
# ----------------------------------------------------------------------------------------


def to_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    assert os.path.exists(pdf), pdf
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    txt_raw = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    items = []
    for i in gold["indicators"]:
        items += [i["name"], i["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for it in items:
        if it and squash(it) not in txt and squash(it) not in txt_raw:
            missing.append(it)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, gold in GOLD.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        pdf = to_pdf(path)
        for src in (fname, os.path.basename(pdf)):
            rec = {"source": src}
            rec.update(gold)
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
        miss = check(pdf, gold)
        print(fname, "indicators=%d goals=%d findings=%d facts=%d" % (
            len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"])),
            "MISSING:" if miss else "ok", miss if miss else "")
        bad += len(miss)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
