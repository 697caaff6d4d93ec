# -*- coding: utf-8 -*-
"""Part blind200: real-layout documents (final-accounts disclosures and self-evaluation texts).

Gold first (as Python data), then the DOCX/XLSX builders, PDF export with LibreOffice,
annotations and a pdftotext check.  Run with /tmp/venv/bin/python.
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
ANN = os.path.join(HERE, "annotations")
PART = "blind200"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

DOC1 = "hubei-xianning-daqiwuranfangzhi-zipingbiao.xlsx"
DOC2 = "buxiang-xian-senlinfanghuo-zipingbaogao.docx"
DOC3 = "sichuan-mianzhu-chengdongyoueryuan-juesuan.docx"

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages before any file is built)
# ---------------------------------------------------------------------------

# Doc 1 (咸宁市生态环境局, 转移支付区域(项目)绩效目标自评表 2021) -- the goal told at length, own words
D1_GOAL = ("采用先进的监测设备和监控平台，在市城区及周边乡镇高密度网格化布点，全面掌握污染排放和实时环境质量，"
           "对突发污染事件及时预警、精准溯源，建立完善的预警处置机制和精细化监管，从根本上提升城市环境监管能力"
           "和执法水平，助力城市环境空气质量监测提档升级和便民惠民。")
D1_ACTUAL = "正在进行招标意向公示,预计三月中旬开展公开招标"
D1_REASON = ("准备开工时发现原定建设内容与现状不符。经咨询生态环境部和省生态环境厅，可结合实际适当调整建设内容；"
             "2021年8月起按规定程序申报调整，11月10日获生态环境部审核同意，12月底取得项目初步设计审批文件\n\n改进措施:")

# Doc 2 (森林防火专项资金绩效自评报告 2018) -- goal texts as built
D2_GOAL_TOTAL = ("切实做好森林火灾的预防，编制应急预案，组织防火专业队伍进行演练；督促并指导各乡镇做好"
                 "森林火灾扑救和防火保障，抓实防控措施，确保不发生重特大森林火灾和群死群伤事故；"
                 "为此购买防火物资、维修防火设备、支付扑火队员工资并开展防火宣传。")
D2_GOAL_PERF = "有效预防森林火灾。"

GOLD = {
    DOC1: {
        "source": DOC1,
        "source_urls": ["http://sthjj.xianning.gov.cn/xxgk/fdzdgknr/czzj/czzxzj/202204/t20220402_2580092.shtml"],
        "province": "湖北省",
        "doc_kind": "绩效自评表",
        "patterns": [6, 10],
        "indicators": [
            {"level1": "产出指标", "level2": "数量指标", "name": "建设环境空气质量自动监测子站",
             "operator": None, "value": 11, "unit": "个", "target_text": "11个",
             "actual": 0, "weight": None, "score": None},
        ],
        "goals": [{"kind": "年度总体目标", "text": D1_GOAL}],
        "facts": [
            {"metric": "年度资金总额(全年预算数)", "kind": "sum", "total": 2380.91,
             "parts": [871, 0, 1509.91, 0], "unit": "万元"},
            {"metric": "执行率(B/A)", "kind": "rate", "total": 0, "parts": [0, 2380.91], "unit": None},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": D1_GOAL,
             "why": "年初设定目标只写'高密度网格化布点''从根本上提升监管能力'，没有站点数、期限或数值；"
                    "数值只出现在指标行(11个)。"},
        ],
        "notes": ("Stored page: 咸宁市生态环境局 '转移支付区域(项目)绩效目标自评表 (2021)' for 2021年第一批中央大气污染防治资金, "
                  "published 2022-04-02 (self-evaluation disclosed with the bureau's financial information). Page chrome "
                  "(索引号/主题分类/发布日期) left out; the form starts at its title. Money block: 年度资金总额 2380.91 = "
                  "中央资金 871 + 省级资金 0 + 地方资金 1509.91 + 其他资金 0; 全年执行数 0 and 执行率 0 on every line "
                  "(written '0', not '0%'). The page stops inside the first indicator row's reason cell ('改进措施:'), "
                  "so only one indicator row exists; no weight/score columns in this form. The data row has one cell more "
                  "than its header: after '11个' the page repeats the indicator name, then '0'. Rebuilt as a 全年完成值 "
                  "header merged over two cells (name | 0); gold actual = 0. The long goal and the long reason were "
                  "rewritten in my own words, dates kept (2021年8月, 11月10日, 12月底). '负责人及电话' kept as written on "
                  "the public page. No coverage/too-few finding because the page is cut after the first row."),
    },
    DOC2: {
        "source": DOC2,
        "source_urls": ["https://renrendoc.com/paper/215828959.html"],
        "province": None,
        "doc_kind": "项目支出绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": D2_GOAL_TOTAL},
            {"kind": "项目绩效目标", "text": D2_GOAL_PERF},
        ],
        "facts": [
            {"metric": "2018年累计支出（防火物资采购+宣传资料印刷+扑火队员开支）",
             "kind": "sum", "total": 48, "parts": [9.50, 7.75, 30.75], "unit": "万元"},
            {"metric": "资金到位率", "kind": "rate", "total": 100, "parts": [48, 48], "unit": "%"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": D2_GOAL_PERF,
             "why": "项目绩效目标只有'有效预防'，没有火灾次数、受害率或任何数值与基线。"},
        ],
        "notes": ("Stored page is a doc-sharing mirror of a county forestry bureau's 2018 forest-fire special-fund "
                  "self-evaluation report; it starts with the mirror's residue '1、PAGE 4PAGE 5' and stops in the "
                  "funds-management paragraph ('专款专用、节约高'). County and province are not named (only '全县', "
                  "'局计财科'), so province is null. The mirror cuts the text into numbered preview chunks; the cut "
                  "'2、项' | '2、目绩效目标' (chunk marker '2、' repeated) is kept as on the page. Fact 1: the three "
                  "spending items add to 48.00 = the 48万元 received (the page gives no explicit spending total). "
                  "Fact 2: 到位率100% = 48/48. The long 总目标 sentence was rewritten in my own words (gold holds the "
                  "text after '总目标：'); the 总目标 is not flagged (it names one outcome, no major fires). Typos kept "
                  "where text stays verbatim ('防火专项专项资金', '申报森林防火了专项资金'). Off-angle (not a 决算 "
                  "page) but in the brief's document types."),
    },
    DOC3: {
        "source": DOC3,
        "source_urls": ["https://www.mz.gov.cn/gk/zfxxgk/fdzdnr/ysjs/bmjs/2022nfjbmjsxxgk/clbmjs/1587472.htm"],
        "province": "四川省",
        "doc_kind": "单位决算公开",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Stored page: 绵竹市城东(第四)幼儿园 2022年度部门决算 (page lists it under 2022年度部门决算信息公开). It holds "
                  "the 目录 with dotted leaders and page numbers (第四部分附件 ... 一、部门预算项目支出绩效自评表 ... 13; "
                  "第五部分 附表 ... 25) and the start of 一、职能简介, and stops mid-sentence ('促进幼'). The TOC says "
                  "'一、基本职能' but the body heading is '一、职能简介' (kept). The self-evaluation table itself is beyond "
                  "the stored part, so the document has no goals or indicators: a reader must not take TOC page numbers "
                  "for values. The duties paragraph was rewritten in my own words; the garbled fragment "
                  "'为家长解除后顾之的人格尊严和基本权利' (text dropped on the page) is kept verbatim."),
    },
}

# ---------------------------------------------------------------------------
# Document contents (layout as found; long sentences in my own words)
# ---------------------------------------------------------------------------

DOC2_BLOCKS = [
    ("p", "1、PAGE 4PAGE 5"),
    ("title", "2018年森林防火专项资金绩效自评报告"),
    ("p", "项目基本情况"),
    ("p", "1、项目概况:森林防火指挥部的职责是在全县范围内组织、协调和指导森林防火，承担林火监测、"
          "信息网络管理以及火灾预测预报，并协调指挥重大森林火灾的扑救。我局在2018年部门预算中申报森林防火了专项资金48万元。"
          "2018年森林防火的总目标：" + D2_GOAL_TOTAL + "2、项"),
    ("p", "2、目绩效目标:" + D2_GOAL_PERF),
    ("p", "二、绩效评价指标分析情况"),
    ("p", "(一)项目资金情况分析"),
    ("p", "1.项目资金到位情况分析"),
    ("p", "2018年森林防火项目资金48万元全部拨款到位。该项目资金到位率100%。到位及时率100%。"),
    ("p", "2、项目资金使用情况分析"),
    ("p", "资金到位后，我局随即组织森林防火物资的采购与储备。2018年累计支出防火物资采购9.50万元，"
          "森林防火宣传资料印刷费用7.75万元，扑火队员开支30.75万元。防火专项专项资金到位后均由局计财科统一核算和记帐，"
          "采购的各类防火物资按资产管理办法的规定管理。"),
    ("p", "项目资金管理情况分析"),
    ("p", "按照“专款专用、节约高"),
]

DOC3_TOC = [
    ("第一部分单位概况", "1"),
    ("一、基本职能", "1"),
    ("二、机构设置", "1"),
    ("第二部分2022年度部门决算情况说明", "2"),
    ("一、收入支出决算总体情况说明", "2"),
    ("二、收入决算情况说明", "2"),
    ("三、支出决算情况说明", "3"),
    ("四、财政拨款收入支出决算总体情况说明", "4"),
    ("五、一般公共预算财政拨款支出决算情况说明", "5"),
    ("六、一般公共预算财政拨款基本支出决算情况说明", "7"),
    ("七、“三公”经费财政拨款支出决算情况说明", "7"),
    ("八、政府性基金预算支出决算情况说明", "8"),
    ("九、国有资本经营预算支出决算情况说明", "9"),
    ("十、其他重要事项的情况说明", "9"),
    ("第三部分名词解释", "10"),
    ("第四部分附件", "12"),
    ("一、部门预算项目支出绩效自评表", "13"),
    ("第五部分 附表", "25"),
]

DOC3_BLOCKS = [("title", "目录")] + [
    ("p", "%s%s%s" % (t, "……" * (3 if len(t) > 12 else 6), n)) for t, n in DOC3_TOC
] + [
    ("h", "一、职能简介"),
    ("p", "绵竹市城东(第四)幼儿园是绵竹市教育局举办的示范性公办幼儿园。它的主要职能是坚持保育与教育相结合，"
          "为学龄前儿童提供保育和教育服务，使儿童在体、智、德、美各方面全面发展、身心和谐成长，"
          "为家长解除后顾之的人格尊严和基本权利,遵循儿童身心发展的特点和规律，为儿童创设健康、丰富的生活和"
          "活动环境。合理安排幼儿一日生活和其他活动,促进幼"),
]


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def normalize_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data_ = src.read(name)
            if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the clock on save
                data_ = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                               rb"\g<1>2024-01-01T00:00:00Z\g<2>", data_)
            dst.writestr(info, data_)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_docx(path, blocks):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Noto Sans CJK SC"
    style.font.size = Pt(11)
    for kind, text in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(16)
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    normalize_zip(buf.getvalue(), path)


def build_xianning_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    rows = [
        # r1-r2 title
        ["转移支付区域(项目)绩效目标自评表", None, None, None, None, None, None],
        ["(2021)", None, None, None, None, None, None],
        # r3-r5 header fields
        ["转移支付(项目)名称", "2021年第一批中央大气污染防治资金", None, None, None, None, None],
        ["负责人及电话", "潘志明13329984226", None, None, None, None, None],
        ["地方主管部门", "咸宁市生态环境局", None, None, "实施单位", "大气环境科", None],
        # r6-r11 money block
        ["项目资金(万元)", None, None, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)", None],
        [None, "年度资金总额:", None, 2380.91, 0, 0, None],
        [None, "其中:中央资金", None, 871, 0, 0, None],
        [None, "省级资金", None, 0, 0, 0, None],
        [None, "地方资金  ", None, 1509.91, 0, 0, None],
        [None, "其他资金  ", None, 0, 0, 0, None],
        # r12-r13 goals
        ["年度总体目标", "年初设定目标", None, None, "全年实际完成情况", None, None],
        [None, D1_GOAL, None, None, D1_ACTUAL, None, None],
        # r14 indicator header, r15 the only row before the page stops
        ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", None, "未完成原因和改进措施"],
        ["产出指标", "数量指标", "建设环境空气质量自动监测子站", "11个", "建设环境空气质量自动监测子站", 0, D1_REASON],
    ]
    for r in rows:
        ws.append(r)
    merges = [
        "A1:G1", "A2:G2",
        "B3:G3", "B4:G4", "B5:D5", "F5:G5",
        "A6:A11", "B6:C6", "B7:C7", "B8:C8", "B9:C9", "B10:C10", "B11:C11",
        "A12:A13", "B12:D12", "E12:G12", "B13:D13", "E13:G13",
        "E14:F14",
    ]
    for rng in merges:
        ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=7):
        for c in row:
            c.border = border
            c.alignment = wrap
    for ref in ("B13", "E13", "G15"):
        ws[ref].alignment = left
    ws["A1"].font = Font(bold=True, size=14)
    widths = {"A": 14, "B": 16, "C": 22, "D": 14, "E": 22, "F": 10, "G": 40}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.row_dimensions[13].height = 120
    ws.row_dimensions[15].height = 150
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    normalize_zip(buf.getvalue(), path)


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                 text=True, check=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and squash(ind[key]) not in text:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


BUILDERS = {
    DOC1: build_xianning_xlsx,
    DOC2: lambda p: build_docx(p, DOC2_BLOCKS),
    DOC3: lambda p: build_docx(p, DOC3_BLOCKS),
}


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for name, builder in BUILDERS.items():
        path = os.path.join(OUT, name)
        builder(path)
        pdf = export_pdf(path)
        gold = GOLD[name]
        for src in (name, os.path.basename(pdf)):
            g = dict(gold)
            g["source"] = src
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
        missing = check_pdf(pdf, gold)
        print(name, "OK" if not missing else "MISSING %r" % missing)
        bad += len(missing)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
