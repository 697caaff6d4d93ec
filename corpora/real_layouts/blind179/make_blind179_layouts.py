# -*- coding: utf-8 -*-
"""blind179: performance-monitoring (绩效运行监控) layouts rebuilt from stored public pages.

Gold first (plain data), then builders (python-docx / openpyxl), PDF export with
LibreOffice, annotations, and a pdftotext presence check.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind179"

# ---------------------------------------------------------------- gold data
DG_PERIOD_GOAL = ("东莞展览馆为“十一五”时期我市投资兴建的标志性文化场馆,用来展示本市五千年的历史、改革开放的成就"
                  "和未来规划,归东莞市文化广电旅游体育局管理,属财政全额拨款事业单位,地址在东莞市中心广场鸿福路97号。"
                  "场馆建筑面积2.6万平方米、展示面积约1万平方米,每年需维护保养;物业管理费经公开招标确定,"
                  "保证场馆正常开放运转,使场馆环境舒适优美、观众参观更舒适,服务品质不断提升。")
DG_YEAR_GOAL = ("东莞展览馆为“十一五”时期我市投资兴建的标志性文化场馆,用来展示本市五千年的历史、改革开放的成就和未来规划。"
                "2022年为保障建筑面积2.6万平方米、展示面积约1万平方米的场馆正常运转,物业管理合同于2021年7月到期后"
                "已重新公开招标,中标金额282.92万元,用于场馆正常开放运转配套,使场馆环境舒适优美、观众参观更舒适,服务品质不断提升。")

DG_ROWS = [  # (二级, 三级, 实施周期指标值, 二级, 三级, 当年度指标值)
    ("数量指标", "物管服务面积", "建筑面积2.6万平方米,展示面积1万平方米",
     "数量指标", "物管服务面积", "建筑面积2.6万平方米,展示面积1万平方米"),
    ("质量指标", "物业管理保障工作合格率", "100%", "质量指标", "物业管理保障工作合格率", "100%"),
    ("", "物业管理各项任务完成达标率", "100%", "", "物业管理各项任务完成达标率", "100%"),
    ("", "维修施工验收合格率", "", "", "", ""),
]


def _ind(l1, l2, name, op, val, unit, tt, actual=None, weight=None, score=None):
    return {"level1": l1, "level2": l2, "name": name, "operator": op, "value": val, "unit": unit,
            "target_text": tt, "actual": actual, "weight": weight, "score": score}


DG_IND = []
for half in ("实施周期", "当年度"):
    DG_IND += [
        _ind("产出指标", "数量指标", "物管服务面积", None, None, None, "建筑面积2.6万平方米,展示面积1万平方米"),
        _ind("产出指标", "质量指标", "物业管理保障工作合格率", None, 100, "%", "100%"),
        _ind("产出指标", "质量指标", "物业管理各项任务完成达标率", None, 100, "%", "100%"),
    ]
    if half == "实施周期":
        DG_IND.append(_ind("产出指标", "质量指标", "维修施工验收合格率", None, None, None, None))

GOLD = {}

GOLD["guangdong-dongguan-zhanlanguan-wuye-mubiaobiao.xlsx"] = {
    "source_urls": ["http://www.dgec.org.cn/news_show/1361"],
    "province": "广东省",
    "doc_kind": "项目支出绩效目标表",
    "patterns": [1, 3, 5, 6, 10],
    "indicators": DG_IND,
    "goals": [{"kind": "实施周期总目标", "text": DG_PERIOD_GOAL}, {"kind": "年度目标", "text": DG_YEAR_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "target.duplicate", "item": "物管服务面积",
         "why": "实施周期指标值与当年度指标值逐字相同(长期=年度照抄)"},
        {"rule": "target.duplicate", "item": "物业管理保障工作合格率",
         "why": "实施周期与当年度两半的值均为100%,照抄"},
        {"rule": "target.duplicate", "item": "物业管理各项任务完成达标率",
         "why": "实施周期与当年度两半的值均为100%,照抄"},
        {"rule": "target.missing_value", "item": "维修施工验收合格率",
         "why": "行只有三级指标名称,指标值为空(存档页面在此截断,右半当年度一侧整行空)"},
        {"rule": "goal.budget_text", "item": DG_YEAR_GOAL,
         "why": "年度目标主要复述场馆背景和中标金额282.92万元的用途,没有可考核的产出/效果"},
    ],
    "notes": ("东莞市财政项目支出绩效目标表(2022年度),东莞展览馆 物业管理费支出,本年度申请282.92万元。"
              "表为左右两半:左 实施周期(2022年--2024年)指标值,右 当年度指标值,二级/三级指标列在右半重复一次。"
              "indicators 先列左半(实施周期)4行,再列右半(当年度)3行;右半第4行在存档中为空,未计入。"
              "物管服务面积的值在一个单元格里写了两个面积(2.6万平方米/1万平方米),operator与value记为null。"
              "存档页面停在左半“维修施工验收合格率”这一格,之后的效益、满意度指标都不在存档中,故不判 coverage。"
              "两段总体目标是长句,已用自己的话改写,数字保留。"),
}

LD_P = [
    ("h", "部门项目绩效运行监控报告"),
    ("h2", "一、绩效监控工作组织实施情况"),
    ("p", "为深入推进预算绩效管理、提高财政资金配置效率和使用效益,我局依据泸定县财政局《关于开展20xx年预算绩效运行监控工作的通知》"
          "(泸财[20xx]37号)的要求,及时组织各部门对23个年初预算申报项目开展绩效监控。这些项目年初预算资金 7163.8万元,"
          "1-8月到位资金3675.02万。"),
    ("p", "监控过程中,我局要求各项目负责人在预算执行时严格依照年初批复的绩效目标使用资金,严格遵守各项经费管理办法,"
          "不得随意调整或改变资金用途、不得挪作他用,做到专款专用,确保资金使用不偏离绩效目标。"),
    ("h2", "二、预算执行进度和绩效目标运行情况"),
    ("h3", "(一)预算执行进度情况及趋势分析"),
    ("p", "我局20xx年具体实施的部门预算项目有23个,预算指标"),
]
GOLD["sichuan-luding-bumenxiangmu-jixiaojiankong-baogao.docx"] = {
    "source_urls": ["http://crossfitfinalpush.com/baogao/6603974.html"],
    "province": "四川省",
    "doc_kind": "绩效运行监控报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "年初预算资金与1-8月到位资金", "kind": "rate", "planned": 7163.8, "actual": 3675.02,
         "stated_rate": None, "unit": "万元"},
    ],
    "findings": [],
    "notes": ("范文网站转载的泸定县某局部门项目绩效运行监控报告(第1篇);网站自身的标题、时间、“小编”导语未复制。"
              "23个项目,年初预算7163.8万元,1-8月到位3675.02万(原文“万”后无“元”,照录)。"
              "存档页面停在“(一)预算执行进度情况及趋势分析”下第一句“预算指标”处,文档也停在那里。"
              "没有指标行、没有目标句;长句已改写,数字、文号照录。"),
}

ZZ_P = [
    ("h", "绩效运行监控报告"),
    ("h2", "一、项目支出基本情况"),
    ("p", "20xx年本单位项目支出预算19.3万元,1-6月实际支出3.12万元,预算执行率为16.17%。这些支出是单位为完成行政工作任务、"
          "按职能职责和发展目标发生的。公用经费年初45.76万元,1-6月执行27.13万元,完成率59.29%。项目支出主要用在招投标业务工作经费、"
          "办公设备购置和办公楼运行经费上。办公楼运行经费预算1.1万元,主要是办公用水支出,截止6月30日止,已执行0.72万元,完成率65.45%;"
          "保密档案办公设备购置费预算2.9万元,用于采购一台便携式笔记本电脑和2台台式电脑,执行0元,完成率0%。"
          "招投标办案工作经费预算15.3万元,已执行2.4万元,完成率15.69%。"),
    ("h2", "二、绩效运行监控工作开展情况"),
    ("p", "专项支出明确由分管领导负责,并指定科室具体实施:一是批复后的预算必须严格执行,各科室是预算执行主体,"
          "对本科室的预算执行及其结果负责,按收支平衡原则安排资金,不得超预算支出。二是预算执行中原则上不作调整;"
          "因政策或客观情况变化确需追加的,经财经领导小组和中心领导集体研究同意后按程序申报。"
          "三是综合一科按照相关规定对预算执行情况进行绩效评价。"),
    ("h2", "三、绩效运行监控情况"),
    ("h3", "(一)项目支出预算执行情况"),
    ("p", "公用经费年初45.76万元,1-6月执行27.13万元,完成率59.29%。"),
    ("p", "20xx年项目支出19.3万元,共三个专项1-6月执行3.12万元,预算完成率为16.17%。"),
    ("p", "1、招投标办案工作经费预算15.3万元,执行2.4万元。1-6月完成率为15.69%。"),
    ("p", "2、办公楼运行经费预算1.1万"),
]
GOLD["weizhi-zhaotoubiao-zhongxin-jixiaojiankong-baogao.docx"] = {
    "source_urls": ["http://m.zzjyg.cn/yule/66474.html"],
    "province": None,
    "doc_kind": "绩效运行监控报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "项目支出1-6月预算执行率", "kind": "rate", "planned": 19.3, "actual": 3.12,
         "stated_rate": 16.17, "unit": "万元"},
        {"metric": "公用经费1-6月完成率", "kind": "rate", "planned": 45.76, "actual": 27.13,
         "stated_rate": 59.29, "unit": "万元"},
        {"metric": "办公楼运行经费完成率", "kind": "rate", "planned": 1.1, "actual": 0.72,
         "stated_rate": 65.45, "unit": "万元"},
        {"metric": "保密档案办公设备购置费完成率", "kind": "rate", "planned": 2.9, "actual": 0,
         "stated_rate": 0, "unit": "万元"},
        {"metric": "招投标办案工作经费完成率", "kind": "rate", "planned": 15.3, "actual": 2.4,
         "stated_rate": 15.69, "unit": "万元"},
        {"metric": "项目支出预算", "kind": "sum", "total": 19.3, "parts": [1.1, 2.9, 15.3], "unit": "万元"},
        {"metric": "项目支出1-6月执行", "kind": "sum", "total": 3.12, "parts": [0.72, 0, 2.4], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("范文网站转载的某招投标(公共资源交易)中心绩效运行监控报告(第1篇),页面未写省份,province 记 null。"
              "所有执行率与预算/执行数相符(16.17、59.29、65.45、0、15.69),三个专项预算之和19.3、执行之和3.12也相符:"
              "这是一份不应触发 consistency 规则的文档。“执行0元”原文如此(其余为万元),照录。"
              "存档页面停在“2、办公楼运行经费预算1.1万”处;长句已改写,数字保留。"),
}

QM_GOALS = [
    "建设完善的森林火灾责任、信息、救灾三个体系,年度森林火灾受害率控制在0.4‰以下",
    "加强天然林、公益林、自然保护区、森林公园的保护管理,构建“不失火、少失火”的长效机制",
    "加快建立信息采集、信息处理、决策支持、应急处置系统,组织开展宣传教育、防火巡护、火源管理、监测预警、督促检查、防火基础设施建设",
    "传统防火和科学防火有机结合,促进森林防火长效机制基本形成,森林火灾防控能",
]
QM_P = [
    ("h", "2024年项目绩效监控报告"),
    ("h2", "一、项目基本情况"),
    ("p", "(一)项目概况。包括项目背景、主要内容及实施情况、资金投入和使用情况等。"),
    ("p", "全县国土总面积2257平方公里,林业用地面积305.6万亩,其中有林地面积273.8万亩,活立木蓄积量1175.2万立方米,"
          "森林覆盖率高达88.64%;公益林面积110.7万亩,商品林面积162.6万亩。做好森林防火、实行科学防火和综合防治、"
          "尽量减少森林火灾危害,既是保护森林资源和生态建设成果的迫切需要,也是保障经济社会可持续发展、促进人与自然和谐相处的必然要求。"
          "《森林防火条例》第八条和《安徽省森林防火办法》第六条都规定:县级以上人民政府应当将森林防火基础设施建设纳入国民经济和社会发展规划,"
          "将森林防火经费纳入本级财政预算。20xx年度项目预算投入50万元,资金使用50万元。按照县委、县政府建设美丽祁门和“四个严格”"
          "(严格巡查制度、严格督查制度、严格应急管理、严格执法问责)的要求,"
          + QM_GOALS[0] + ";" + QM_GOALS[1] + ";" + QM_GOALS[2] + ";" + QM_GOALS[3]),
]
GOLD["anhui-qimen-senlinfanghuo-jixiaojiankong-baogao.docx"] = {
    "source_urls": ["http://www.duwenku.com/fanwen/gongzuobaogao/856/856348.html"],
    "province": "安徽省",
    "doc_kind": "项目绩效监控报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "绩效目标", "text": g} for g in QM_GOALS],
    "facts": [
        {"metric": "项目预算投入与资金使用", "kind": "rate", "planned": 50, "actual": 50, "stated_rate": None,
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": QM_GOALS[1], "why": "“加强…保护管理”“构建长效机制”无数量、无期限"},
        {"rule": "goal.process_only", "item": QM_GOALS[2], "why": "只列要建的系统和要开展的工作,是过程/活动,不是结果"},
        {"rule": "goal.unquantified", "item": QM_GOALS[3], "why": "“有机结合”“促进…基本形成”无可衡量的值(句子在存档处截断)"},
        {"rule": "goal.unmeasured", "item": QM_GOALS[0],
         "why": "受害率≤0.4‰是报告里唯一的量化目标,存档部分没有任何指标行支撑它"},
    ],
    "notes": ("范文网站转载的祁门县(安徽黄山)森林防火项目绩效监控报告(第1篇),网站导语未复制。"
              "绩效目标写在项目概况段落末尾,按分号拆成4条,基本照录(短目标句);背景长句已改写,数字与法规条号保留。"
              "存档页面停在“森林火灾防控能”处,文档也停在那里。无指标表。"
              "公益林110.7+商品林162.6=273.3万亩,与有林地273.8万亩不等,但两者口径不同(按林地分类),不判 consistency.sum。"),
}

# ---------------------------------------------------------------- builders
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)


def _normalize_zip(path):
    """Rewrite a zip with fixed timestamps and sorted entries (byte-deterministic)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the save time
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                          rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
        fixed.append((name, data))
    items = fixed
    items.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def build_dongguan(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    left = Alignment(wrap_text=True, vertical="top", horizontal="left")
    ncol = 9  # A..I
    for c, w in zip("ABCDEFGHI", (8, 10, 10, 22, 24, 10, 22, 24, 6)):
        ws.column_dimensions[c].width = w
    ws.merge_cells("A1:I1")
    ws["A1"] = "东莞市财政项目支出绩效目标表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = wrap
    ws.merge_cells("A2:I2")
    ws["A2"] = "( 2022 年度)"
    ws["A2"].alignment = wrap
    ws.merge_cells("A3:I3")
    ws["A3"] = "预算单位:东莞展览馆"
    ws["A3"].alignment = Alignment(horizontal="left")
    # row 4: project
    ws["A4"] = "项目 名称"
    ws.merge_cells("B4:D4")
    ws["B4"] = "物业管理费支出"
    ws.merge_cells("E4:G4")
    ws["E4"] = "本年度申请市财政预算资金(万元)"
    ws.merge_cells("H4:I4")
    ws["H4"] = 282.92
    # rows 5-6: goals
    ws.merge_cells("A5:A6")
    ws["A5"] = "总体目标"
    ws.merge_cells("B5:E5")
    ws["B5"] = "实施周期总目标(2022年--2024年)"
    ws.merge_cells("F5:I5")
    ws["F5"] = "年度目标"
    ws.merge_cells("B6:E6")
    ws["B6"] = DG_PERIOD_GOAL
    ws.merge_cells("F6:I6")
    ws["F6"] = DG_YEAR_GOAL
    ws.row_dimensions[6].height = 150
    # row 7: indicator header
    hdr = ["一级 指标", "二级 指标", "三级 指标", "实施周期指标值", "二级 指标", "三级 指标", "当年度指标值", ""]
    for i, h in enumerate(hdr):
        ws.cell(row=7, column=2 + i, value=h if h else None)
    first = 8
    last = first + len(DG_ROWS) - 1
    ws.merge_cells(start_row=7, start_column=1, end_row=last, end_column=1)
    ws["A7"] = "绩效指标"
    ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    ws.cell(row=first, column=2, value="产出指标")
    for r, row in enumerate(DG_ROWS):
        rr = first + r
        vals = list(row)
        for j, v in enumerate(vals):
            ws.cell(row=rr, column=3 + j, value=v if v else None)
    # merge 质量指标 labels (rows 9-11, left C and right F)
    ws.merge_cells(start_row=first + 1, start_column=3, end_row=first + 3, end_column=3)
    ws.merge_cells(start_row=first + 1, start_column=6, end_row=first + 2, end_column=6)
    for row in ws.iter_rows(min_row=4, max_row=last, min_col=1, max_col=ncol):
        for cell in row:
            cell.border = box
            if cell.alignment is None or not cell.alignment.wrap_text:
                cell.alignment = wrap
    ws["B6"].alignment = left
    ws["F6"].alignment = left
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    cp = wb.properties
    cp.creator = PART
    cp.lastModifiedBy = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.title = "东莞市财政项目支出绩效目标表"
    wb.save(path)
    _normalize_zip(path)


def build_docx(path, paras, title):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    for kind, text in paras:
        if kind == "h":
            p = doc.add_heading(text, level=1)
        elif kind == "h2":
            p = doc.add_heading(text, level=2)
        elif kind == "h3":
            p = doc.add_heading(text, level=3)
        else:
            p = doc.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(24)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.title = title
    cp.revision = 1
    doc.save(path)
    _normalize_zip(path)


BUILDERS = {
    "guangdong-dongguan-zhanlanguan-wuye-mubiaobiao.xlsx": build_dongguan,
    "sichuan-luding-bumenxiangmu-jixiaojiankong-baogao.docx":
        lambda p: build_docx(p, LD_P, "部门项目绩效运行监控报告"),
    "weizhi-zhaotoubiao-zhongxin-jixiaojiankong-baogao.docx":
        lambda p: build_docx(p, ZZ_P, "绩效运行监控报告"),
    "anhui-qimen-senlinfanghuo-jixiaojiankong-baogao.docx":
        lambda p: build_docx(p, QM_P, "2024年项目绩效监控报告"),
}


def export_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    outdir = tempfile.mkdtemp(prefix="lo_out_")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    dest = os.path.splitext(path)[0] + ".pdf"
    shutil.move(pdf, dest)
    shutil.rmtree(outdir, ignore_errors=True)
    return dest


def _norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    # default reading order first; -raw (content-stream order) as a second view, because
    # side-by-side wrapped cells (pattern 3) interleave line by line in the default view.
    texts = [_norm(subprocess.run(["pdftotext"] + mode + [pdf, "-"], capture_output=True, text=True).stdout)
             for mode in ([], ["-raw"])]
    missing = []
    items = []
    for ind in gold["indicators"]:
        items += [ind["name"], ind["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for it in items:
        if it and not any(_norm(it) in t for t in texts):
            missing.append(it)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, gold in GOLD.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        pdf = export_pdf(path)
        miss = check_pdf(pdf, gold)
        if miss:
            bad += 1
            print("MISSING in", os.path.basename(pdf), ":", [m[:30] for m in miss])
        for src in (fname, os.path.basename(pdf)):
            ann = {"source": src}
            ann.update(gold)
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
        print("built", fname, "indicators", len(gold["indicators"]), "goals", len(gold["goals"]),
              "findings", len(gold["findings"]), "facts", len(gold["facts"]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
