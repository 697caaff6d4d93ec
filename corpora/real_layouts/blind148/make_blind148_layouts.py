# -*- coding: utf-8 -*-
"""blind148: code-blind real-layout part (central-department / affiliated-institution angle).

The gold comes first (plain Python data, written from the stored pages before any file was built).
Then the DOCX files are built with python-docx, exported to PDF with LibreOffice, the annotation
JSON files are written, and every indicator name, target text, goal text and finding item is
checked against `pdftotext` output of the PDF (whitespace ignored).

Run: /tmp/venv/bin/python make_blind148_layouts.py
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

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind148"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------------------------
# GOLD (written from the stored pages; the documents below are built to match it)
# ---------------------------------------------------------------------------------------------
GOLD = {
    # 1 ---------------------------------------------------------------------------------------
    "hainan-shengji-yingyongjishu-pingjiabaogao": {
        "source_urls": ["https://m.zhuangpeitu.com/article/125507828.html"],
        "province": "海南省",
        "doc_kind": "绩效评价报告",
        "patterns": [1, 5, 8],
        "indicators": [
            ind("产出指标", None, "指标：支持应用研究项目", None, 10010, "个", "10010个"),
            ind("成效指标", None, "指标1：热带生物资源开发利用研究的项目", None, 46, "项", "46项"),
            ind("成效指标", None, "指标2：民生领域研究的项目", None, 1, "项", "1项"),
            ind("成效指标", None, "指标3：新材料研制方面项目", None, 14, "项", "14项"),
            ind("成效指标", None, "指标4：电子信息技术开发与应用方向项目", None, 8, "项", "8项"),
            ind("成效指标", None, "指标5：软科学研究项目", None, None, "项", "项"),
            ind("成效指标", None, "指标：中西部专项项目", None, 8, "项", "8项"),
            ind("效率指标", None, "指标1：", None, None, None, ""),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "指标5：软科学研究项目",
             "why": "年初绩效目标只写了单位“项”，没有数字。"},
            {"rule": "target.too_low", "item": "指标2：民生领域研究的项目",
             "why": "年初目标1项，低于同一行“差”档（9项以下），而“优”档为15项以上，目标与评价标准不一致。"},
            {"rule": "target.placeholder", "item": "指标1：",
             "why": "效率指标一行只有“指标1：”标签，指标名称、目标和标准全部空白。"},
            {"rule": "coverage.missing_dimension", "item": "满意度指标",
             "why": "目标表只有产出、成效、效率三类，没有服务对象满意度指标。"},
        ],
        "notes": ("Stored page is a doc-sharing preview (zhuangpeitu) of a 12-page DOC; text extraction on that page "
                  "lost many digits and separators (e.g. '35-4项', '2534项', '1011项', '91项', '项以上'). The cells are "
                  "reproduced as the stored text shows them, split into the template columns (年初目标 | 调整后 | 优 | 良 | 中 | 差) "
                  "by the pattern visible in the complete rows. Row 1 shows only four tokens ('10010个', '10个以上', '9个-8个', "
                  "'8个以下'); they were placed in 年初/优/良/中 and 差 left empty - the 10010 is kept as written although it is "
                  "probably a garble of '10个'. Cover typos kept: '2014年4月5日至年5月6日', '上报时间：214年5月', header '优（年初调整后）' "
                  "without slash. Page stops inside 项目基本信息 at '项目类型'. Indicators have no 实际完成值/分值 in this table.")
    },
    # 2 ---------------------------------------------------------------------------------------
    "weizhi-qushi-changjiangjinbu-zipingbiao": {
        "source_urls": ["https://1wenmi.com/doc/330418.html"],
        "province": None,
        "doc_kind": "绩效自评表",
        "patterns": [1, 5, 8],
        "indicators": [
            ind("产出指标", "数量指标", "补贴渔船数", None, 6, None, "6", actual=6, score=20),
            ind("产出指标", "质量指标", "渔船补贴发放率", None, 100, "%", "100%", actual=100, score=10),
            ind("产出指标", "时效指标", "12月底之前完成", None, 100, "%", "100%", actual=100, score=10),
            ind("效益指标", "满意度指标", "退捕渔民抽样调查满意度", None, 90, "%", "90%", actual=90, score=40),
        ],
        "goals": [],
        "facts": [
            {"metric": "总分", "kind": "sum", "total": 100, "parts": [20, 20, 10, 10, 40], "unit": "分"},
        ],
        "findings": [
            {"rule": "target.missing_unit", "item": "补贴渔船数",
             "why": "年初目标值“6”、实际完成值“6”都没有计量单位（艘/条）。"},
            {"rule": "target.input_or_process", "item": "渔船补贴发放率",
             "why": "质量指标衡量的是补贴资金发放，属于过程/资金管理，不是产出质量。"},
            {"rule": "target.satisfaction_weak", "item": "退捕渔民抽样调查满意度",
             "why": "效益指标下只有这一条满意度，且权重40分占绩效目标的一半；实际完成值只写“≥90%”而非实测值。"},
            {"rule": "coverage.missing_dimension", "item": "效益指标",
             "why": "没有经济、社会或生态效益的三级指标，效益一栏只放了满意度。"},
        ],
        "notes": ("Stored page is a 第壹文秘 preview of a 2-page DOCX whose text was OCR'd: rotated merged labels came out as "
                  "garble ('度效标O0B年绩目1分EB' = 年度绩效目标1(80分), '益标效指意指斥满度' = 效益指标/满意度指标), check boxes as '0'/'口', "
                  "'≥' as '2' and '≤' as 'W'. Rebuilt: ☑ for '0', □ for '口'; ≥/≤ restored in the 备注 paraphrase. 执行率 cell "
                  "kept as the page shows it ('1'), 得分 20. The satisfaction row's 二级 cell carries two lines (满意度指标 / "
                  "服务对象满意度); gold level2 = 满意度指标. Actual of the satisfaction row is written '≥90%' (gold actual 90). "
                  "Province and city are not stated anywhere on the page (主管部门 '区市场监督管理局', 单位 '农业工作科'); the form is "
                  "the Hubei-style 市直 self-evaluation template but the province is left null. The 备注 is paraphrased and stops "
                  "where the stored page stops ('汇总时，以资金额度为…').")
    },
    # 3 ---------------------------------------------------------------------------------------
    "weizhi-xxshi-yuyezengzhi-pingjiabaogao": {
        "source_urls": ["https://m.bdocx.com/doc/20250924.html"],
        "province": None,
        "doc_kind": "绩效评价报告",
        "patterns": [6, 10],
        "indicators": [
            ind("产出指标", "数量指标", "渔业增殖放流规模", None, 150, "万尾", "150万尾"),
            ind("产出指标", "质量指标", "放流苗种规格", ">=", 3, "cm", "≥3cm"),
            ind("产出指标", "质量指标", "检验检疫", ">=", 90, "%", "≥90%"),
            ind("产出指标", "质量指标", "放流品种原种、良种率", None, 100, "%", "100%"),
            ind("产出指标", "时效指标", "农业生态与资源保护补助资金年度支出率", ">=", 90, "%", "≥90%"),
            ind("产出指标", "成本指标", "支出控制在批复预算范围内", ">=", 100, "%", "（≥100%）"),
            ind("效益指标", "经济效益指标", "重要经济物种放流资源贡献率", ">=", 2, "%", "≥2%"),
            ind("效益指标", "社会效益指标", "资金使用无重大违规违纪问题", None, None, None, ""),
            ind("效益指标", "可持续影响", "改善和增殖鱼类种群结构，维护生物多样性，增加资源总量，补充水生生物",
                None, None, None, ""),
        ],
        "goals": [],
        "facts": [
            {"metric": "计划放流总量", "kind": "sum", "total": 150, "parts": [30, 70, 20, 20, 10], "unit": "万尾"},
        ],
        "findings": [
            {"rule": "target.input_or_process", "item": "农业生态与资源保护补助资金年度支出率",
             "why": "时效指标用资金支出率代替放流完成时间，衡量的是资金执行而非产出。"},
            {"rule": "target.cost_restates_budget", "item": "支出控制在批复预算范围内",
             "why": "成本指标只是重复“不超预算”，没有单位放流成本（元/万尾）。"},
            {"rule": "target.impossible_value", "item": "支出控制在批复预算范围内",
             "why": "“控制在预算范围内”却写成“≥100%”，方向与含义矛盾。"},
            {"rule": "target.input_or_process", "item": "资金使用无重大违规违纪问题",
             "why": "社会效益指标写的是资金合规，属于管理过程，不是社会效益。"},
            {"rule": "target.qualitative_no_scale", "item": "改善和增殖鱼类种群结构，维护生物多样性，增加资源总量，补充水生生物",
             "why": "可持续影响只有定性描述，没有可衡量的标准或分级。"},
        ],
        "notes": ("Stored page is a 冰豆网 preview; it begins inside the outline ('2、效益指标 3、满意度指标 三、项目实施情况 …') "
                  "and stops inside the 可持续影响 sentence ('…补充水生生物'). City is masked as 'XX市' and the 项目预算 sentence "
                  "starts with '………'; no province appears anywhere, so province is null. Indicators are written in prose, one "
                  "line per 二级 (pattern 10), value glued to the name ('放流苗种规格≥3cm', pattern 6). '优质健康' in the 质量 line is "
                  "treated as a qualifier of 放流苗种规格, not a separate indicator. The last indicator name is cut by the page end. "
                  "Background paragraphs are paraphrased; the fish numbers (30+70+20+20+10=150万尾) and 30万元 are kept.")
    },
    # 4 ---------------------------------------------------------------------------------------
    "chongqing-shiji-shuichanyanjiusuo-juesuan": {
        "source_urls": ["http://cqfsri.net/article/1421.html"],
        "province": "重庆市",
        "doc_kind": "部门决算情况说明",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2019年度收入合计", "kind": "sum", "total": 2320.51,
             "parts": [1015.31, 765.83, 433.86, 105.51], "unit": "万元"},
            {"metric": "收入合计较上年增加", "kind": "sum", "total": 941.42,
             "parts": [687.73, 365.16, -7.33, -104.14], "unit": "万元"},
            {"metric": "收支总计较上年减少", "kind": "sum", "total": 306.3,
             "parts": [7.33, 104.14, 1247.72, -687.73, -365.16], "unit": "万元"},
            {"metric": "收入构成占比", "kind": "percent_sum", "total": 100,
             "parts": [43.8, 33.0, 18.7, 4.5], "unit": "%"},
        ],
        "findings": [],
        "notes": ("Prose only (决算情况说明 of 重庆市水产科学研究所, a research institute under the municipal agriculture "
                  "commission). All stated sums and shares recompute: 1015.31+765.83+433.86+105.51=2320.51; change factors net "
                  "to -306.3 and +941.42; shares 43.8/33.0/18.7/4.5 sum to 100 and match the amounts; 306.3/2770.04=11.1% and "
                  "941.42/1379.09=68.3%. 收入总计 2,463.74 vs 收入合计+年初结转 = 2,463.73: the text says 收入总计 also includes "
                  "用事业基金弥补收支差额, so no finding. Page stops at '3.支出情况。2019年度支出合计2,299.93万元，较上年决算数减少'. "
                  "职能 sentences are paraphrased; amounts kept.")
    },
    # 5 ---------------------------------------------------------------------------------------
    "shandong-laixi-jianyanjiance-pingjiabaogao": {
        "source_urls": ["https://m.bdocx.com/doc/8268160.html"],
        "province": "山东省",
        "doc_kind": "绩效评价报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "绩效目标",
             "text": "确保2018年政府采购72台（件）实验室设备，投入正常使用，质保期满支付余款，服务对象满意度100%。"},
            {"kind": "绩效目标",
             "text": "每月30日前发放实验室派遣7人工资、保险、公积金，职工满意度100%。"},
            {"kind": "绩效目标",
             "text": "全年完成2625批次检验检测计划；完成287台（件）设备计量检定，具备持续检测能力；完成20人次业务培训计划"},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.process_only",
             "item": "每月30日前发放实验室派遣7人工资、保险、公积金，职工满意度100%。",
             "why": "目标只描述按月发放派遣人员工资保险，是资金/人员投入，不是产出或效果。"},
            {"rule": "goal.budget_text",
             "item": "确保2018年政府采购72台（件）实验室设备，投入正常使用，质保期满支付余款，服务对象满意度100%。",
             "why": "目标的核心是质保期满支付设备余款，即说明资金用途。"},
        ],
        "notes": ("莱西市 (Qingdao, Shandong) 检验检测中心: an institution under the city market-regulation bureau. Stored page is a "
                  "冰豆网 preview of a 13-page DOCX; it stops inside the third goal ('完成20人次业务培训计划'). Three project goals "
                  "(one per special fund) are given in prose; no indicator table is reached. Background sentences are "
                  "paraphrased (256个 资质认定项目, 20403个 参数, 3个 项目, 198.10万元 kept); goal sentences kept verbatim.")
    },
}


# ---------------------------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------------------------
def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, merges=(), widths=None, size=9):
    """rows: list of lists of strings (same length). merges: (r1, c1, r2, c2) inclusive."""
    ncols = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.autofit = False
    for i, row in enumerate(rows):
        assert len(row) == ncols, (i, row)
        for j, txt in enumerate(row):
            cell = t.cell(i, j)
            lines = txt.split("\n") if txt else [""]
            cell.paragraphs[0].text = ""
            run = cell.paragraphs[0].add_run(lines[0])
            run.font.size = Pt(size)
            for ln in lines[1:]:
                p = cell.add_paragraph()
                rr = p.add_run(ln)
                rr.font.size = Pt(size)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        # keep the text of the top-left cell only
        for i in range(r1, r2 + 1):
            for j in range(c1, c2 + 1):
                if (i, j) != (r1, c1):
                    for p in t.cell(i, j).paragraphs:
                        for r in p.runs:
                            r.text = ""
        m = a.merge(b)
        # drop empty paragraphs produced by merge
        ps = m.paragraphs
        if len(ps) > 1:
            for p in ps[1:]:
                if not p.text:
                    p._element.getparent().remove(p._element)
    if widths:
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, tc in enumerate(row._tr.findall(qn("w:tc"))):
                span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
                n = int(span.get(qn("w:val"))) if span is not None else 1
                start = sum(int(x.tcPr.find(qn("w:gridSpan")).get(qn("w:val")))
                            if x.tcPr is not None and x.tcPr.find(qn("w:gridSpan")) is not None else 1
                            for x in row._tr.findall(qn("w:tc"))[:j])
                w = sum(widths[start:start + n])
                tcW = tc.get_or_add_tcPr().get_or_add_tcW()
                tcW.type = "dxa"
                tcW.w = int(w * 567)
    return t


def save_deterministic(doc, path):
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


# ---------------------------------------------------------------------------------------------
# Builders (one per document)
# ---------------------------------------------------------------------------------------------
def build_hainan(path):
    doc = new_doc(landscape=True)
    para(doc, "财政支出项目绩效评价报告", bold=True, size=18, center=True)
    for line in ["评价类型：实施过程评价　完成结果评价",
                 "项目名称：海南省应用技术研究与开发专项",
                 "项目单位：海南省科技厅",
                 "主管部门：海南省科技厅",
                 "评价时间：2014年4月5日至年5月6日",
                 "组织方式：财政部门　主管部门　项目单位",
                 "评价机构：中介机构　专家组　项目单位评价组",
                 "评价单位（盖章）：海南省科技厅",
                 "上报时间：214年5月"]:
        para(doc, line, size=12)
    doc.add_page_break()
    para(doc, "项目绩效目标表", bold=True, size=14, center=True)
    para(doc, "项目名称：海南省应用技术研究与开发专项")
    rows = [
        ["指标类型", "绩效指标", "年初绩效目标", "调整后绩效目标（如有）", "绩效标准", "", "", ""],
        ["", "", "", "", "优（年初调整后）", "良（年初/调整后）", "中（年初/调整后）", "差（年初/调整后）"],
        ["产出指标", "指标：支持应用研究项目", "10010个", "", "10个以上", "9个-8个", "8个以下", ""],
        ["成效指标", "指标1：热带生物资源开发利用研究的项目", "46项", "", "46项以上", "35-4项", "2534项", "24项以下"],
        ["", "指标2：民生领域研究的项目", "1项", "", "15项以上", "12-14项", "1011项", "9项以下"],
        ["", "指标3：新材料研制方面项目", "14项", "", "1项以上", "11-项", "91项", "8项以下"],
        ["", "指标4：电子信息技术开发与应用方向项目", "8项", "", "8项以上", "7项", "56项", "4项以下"],
        ["", "指标5：软科学研究项目", "项", "", "5项以上", "4项", "项", "2项以下"],
        ["", "指标：中西部专项项目", "8项", "", "项以上", "7项", "56项", "项以下"],
        ["效率指标", "指标1：", "", "", "", "", "", ""],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 7), (3, 0, 8, 0)]
    table(doc, rows, merges, widths=[2.2, 7.6, 2.6, 2.8, 2.9, 2.9, 2.9, 2.9], size=9.5)
    para(doc, "注：“年初”目标指编制预算时（或绩效分析调整）申报的目标，“调整后”目标按项目自评情况填报。", size=9)
    para(doc, "")
    para(doc, "项目基本信息", bold=True, size=14, center=True)
    rows2 = [
        ["一、项目基本情况", "", "", ""],
        ["项目实施单位", "省科技厅", "主管部门", "省科技厅"],
        ["项目负责人", "邓海闻", "联系电话", "6316"],
        ["地址", "海口市海府路89号", "邮编", "570203"],
        ["项目类型", "", "", ""],
    ]
    table(doc, rows2, [(0, 0, 0, 3), (4, 1, 4, 3)], widths=[4.5, 8, 4.5, 8], size=10)
    save_deterministic(doc, path)


def build_changjiang(path):
    doc = new_doc(landscape=False)
    para(doc, "2020年度长江禁捕项目自评表", bold=True, size=15, center=True)
    para(doc, "单位名称：农业工作科　　　　　　　　　　　填报日期：", size=10.5)
    rows = [
        ["项目名称", "渔业成品油价格改革补贴", "", "", "", "", ""],
        ["主管部门", "区市场监督管理局", "", "", "项目实施单位", "农业科", ""],
        ["项目类别", "1、部门预算项目☑　2、市直专项□　3、市对下转移支付项目□", "", "", "", "", ""],
        ["项目属性", "1、持续性项目　2、新增性项目☑", "", "", "", "", ""],
        ["项目类型", "1、常年性项目　2、延续性项目□　3、一次性项目☑", "", "", "", "", ""],
        ["预算执行情况（万元）（20分）", "", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）", ""],
        ["年度财政资金总额", "", "1.56", "1.56", "1", "20", ""],
        ["年度绩效目标1（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分"],
        ["", "产出指标", "数量指标", "补贴渔船数", "6", "6", "20"],
        ["", "", "质量指标", "渔船补贴发放率", "100%", "100%", "10"],
        ["", "", "时效指标", "12月底之前完成", "100%", "100%", "10"],
        ["", "效益指标", "满意度指标\n服务对象满意度", "退捕渔民抽样调查满意度", "90%", "≥90%", "40"],
        ["总分", "", "", "", "", "", "100"],
        ["偏差大或目标未完成原因分析", "", "无", "", "", "", ""],
        ["改进措施及结果应用方案", "", "无", "", "", "", ""],
    ]
    merges = [(0, 1, 0, 6), (1, 1, 1, 3), (1, 5, 1, 6), (2, 1, 2, 6), (3, 1, 3, 6), (4, 1, 4, 6),
              (5, 0, 5, 1), (5, 5, 5, 6), (6, 0, 6, 1), (6, 5, 6, 6),
              (7, 0, 11, 0), (8, 1, 10, 1), (12, 0, 12, 5), (13, 0, 13, 1), (13, 2, 13, 6),
              (14, 0, 14, 1), (14, 2, 14, 6)]
    table(doc, rows, merges, widths=[2.4, 1.8, 2.4, 4.8, 2.2, 2.4, 1.4], size=9.5)
    para(doc, "备注：1．预算执行情况的口径：预算数按调整后的财政资金总额填列（含上年结余结转），执行数为资金使用单位"
              "财政资金的实际支出数。2．定量指标完成数的汇总：绝对值直接相加，相对值按资金额度加权平均。定量指标计分："
              "正向指标（目标值为≥X）得分=权重×B/A，反向指标（目标值为≤X）得分=权重×A/B，得分不超过权重；先汇总完成数，"
              "再计算得分。3．定性指标按达成预期、部分达成、未达成三档，分别在该指标分值的100%-80%（≥80%）、"
              "80%-50%（50%，80%）、50%-0%（<50%）区间内确定分值。汇总时，以资金额度为……", size=8.5)
    save_deterministic(doc, path)


def build_yuye(path):
    doc = new_doc(landscape=False)
    para(doc, "XX市渔业增殖放流项目绩效评价报告", bold=True, size=15, center=True)
    for line in ["2、效益指标", "3、满意度指标", "三、项目实施情况", "（一）《实施方案》的确定",
                 "（二）增殖放流项目完成情况", "（三）绩效目标完成情况", "1、项目资金情况分析",
                 "2、绩效目标完成情况分析", "四、项目主要经验及做法", "五、存在的问题及原因分析存在问题",
                 "六、绩效自评结果拟应用和公开情况", "七、意见建议"]:
        para(doc, line, size=10)
    para(doc, "绩效评价报告", bold=True, size=13, center=True)
    para(doc, "近年来，渔业水域环境不断变差，江河渔业资源随着开发强度加大而持续衰退，对渔业生产和可持续发展十分不利。")
    para(doc, "在这种情况下，抓好渔业资源增殖放流具有现实意义。")
    para(doc, "为推动本市县渔业资源增殖和生态环境养护，保证本市2019年度增殖放流工作顺利开展，推进增殖放流事业高质量发展，开展本次评价。")
    para(doc, "（二）项目预算", bold=True)
    para(doc, "………，下达我市水生生物增殖放流补助资金30万元。")
    para(doc, "（三）项目计划实施内容", bold=True)
    para(doc, "计划投放子一代体长6-20cm的鲢鱼30万尾、鳙鱼70万尾、草鱼20万尾，3-15cm长春鳊20万尾、团头鲂10万尾，总计150万尾。")
    para(doc, "1、产出指标。")
    para(doc, "（1）数量指标：")
    para(doc, "渔业增殖放流规模150万尾；")
    para(doc, "（2）质量指标：")
    para(doc, "放流苗种规格≥3cm，优质健康，检验检疫≥90%，放流品种原种、良种率100%；")
    para(doc, "（3）时效指标：")
    para(doc, "农业生态与资源保护补助资金年度支出率≥90%；")
    para(doc, "（4）成本指标：")
    para(doc, "支出控制在批复预算范围内（≥100%）。")
    para(doc, "2、效益指标。")
    para(doc, "（1）经济效益指标：")
    para(doc, "重要经济物种放流资源贡献率≥2%；")
    para(doc, "（2）社会效益指标：")
    para(doc, "资金使用无重大违规违纪问题；")
    para(doc, "（3）可持续影响。")
    para(doc, "改善和增殖鱼类种群结构，维护生物多样性，增加资源总量，补充水生生物")
    save_deterministic(doc, path)


def build_chongqing(path):
    doc = new_doc(landscape=False)
    para(doc, "信息公开", size=10)
    para(doc, "重庆市水产科学研究所 2019年度部门决算情况说明", bold=True, size=15, center=True)
    para(doc, "来源：　　发布时间：2020-08-24", size=9, center=True)
    para(doc, "一、部门基本情况", bold=True)
    para(doc, "（一）职能职责。本所为农业发展提供科研和技术检测服务，开展水产科研、技术推广、服务与培训，从事水产养殖"
              "与病害研究防治、淡水鱼良种繁育引种和新产品开发、水产品质量安全研究，开展渔业资源调查研究评估，承担长江"
              "中上游濒危水生动物的研究与保护抢救利用，并依资质开展农产品质量安全检验检测、无公害农产品产地环境检测和"
              "“三品一标”环境与产品检测。")
    para(doc, "（二）机构设置。我所下设办公室、财务科、科技科、中心实验室和科研示范基地五个部门。")
    para(doc, "二、部门决算情况说明", bold=True)
    para(doc, "（一）收入支出决算总体情况说明。")
    para(doc, "1.总体情况。2019年度收入总计2,463.74万元，支出总计2,463.74万元。收支较上年决算数减少306.3万元、"
              "下降11.1%，主要原因是：一是财政拨款收入减少7.33万元；二是其他收入减少104.14万元；三是年初结转和结余"
              "减少1,247.72万元；四是事业收入增加687.73万元；五是经营收入增加365.16万元。")
    para(doc, "收入总计由收入合计、用事业基金弥补收支差额、年初结转和结余构成；支出总计由本年支出合计、结余分配、"
              "年末结转和结余构成。")
    para(doc, "2.收入情况。2019年度收入合计2,320.51万元，较上年决算数增加941.42万元，增长68.3%，主要原因是：事业收入"
              "增加687.73万元；经营收入增加365.16万元；财政拨款收入减少7.33万元；其他收入减少104.14万元；")
    para(doc, "其中：财政拨款收入1,015.31万元，占43.8%；事业收入765.83万元，占33.0%；经营收入433.86万元，占18.7%；"
              "其他收入105.51万元，占4.5%；此外，年初结转和结余143.22万元。")
    para(doc, "3.支出情况。2019年度支出合计2,299.93万元，较上年决算数减少")
    save_deterministic(doc, path)


def build_laixi(path):
    doc = new_doc(landscape=False)
    para(doc, "莱西市检验检测中心", bold=True, size=16, center=True)
    para(doc, "2019年度项目支出绩效评价报告", bold=True, size=15, center=True)
    para(doc, "一、单位基本情况", bold=True)
    para(doc, "市检验检测中心负责全市食品、药品、化妆品、保健品及其他产（商）品的抽查检验、委托检验和复核，承担计划"
              "抽验和评价性抽样。")
    para(doc, "中心现已取得检验检测实验室资质认定项目256个、检验检测参数20403个。")
    para(doc, "（一）项目概况", bold=True)
    para(doc, "2019年，中心围绕服务全市经济高质量发展，厉行节约、提高资金使用效益，尽量增加检验检测数量，较好完成了"
              "年初确定的任务目标。")
    para(doc, "全年安排专项资金项目3个，涉及资金198.10万元。")
    para(doc, "（二）项目绩效目标", bold=True)
    para(doc, "1、实验室设备质保金。")
    para(doc, "确保2018年政府采购72台（件）实验室设备，投入正常使用，质保期满支付余款，服务对象满意度100%。")
    para(doc, "2、实验室劳务派遣人员经费。")
    para(doc, "每月30日前发放实验室派遣7人工资、保险、公积金，职工满意度100%。")
    para(doc, "3、检验检测经费。")
    para(doc, "全年完成2625批次检验检测计划；完成287台（件）设备计量检定，具备持续检测能力；完成20人次业务培训计划")
    save_deterministic(doc, path)


BUILDERS = {
    "hainan-shengji-yingyongjishu-pingjiabaogao": build_hainan,
    "weizhi-qushi-changjiangjinbu-zipingbiao": build_changjiang,
    "weizhi-xxshi-yuyezengzhi-pingjiabaogao": build_yuye,
    "chongqing-shiji-shuichanyanjiusuo-juesuan": build_chongqing,
    "shandong-laixi-jianyanjiance-pingjiabaogao": build_laixi,
}


# ---------------------------------------------------------------------------------------------
def export_pdf(src):
    prof = "file:///tmp/lo_%s" % PART
    outdir = tempfile.mkdtemp(prefix="pdf_%s_" % PART)
    subprocess.run(["soffice", "-env:UserInstallation=%s" % prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    name = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(outdir, name), os.path.join(HERE, name))
    shutil.rmtree(outdir, ignore_errors=True)
    return os.path.join(HERE, name)


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(base, pdf):
    txt = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    g = GOLD[base]
    missing = []
    for i in g["indicators"]:
        for key in ("name", "target_text"):
            if i[key] and norm(i[key]) not in txt:
                missing.append((key, i[key]))
    for goal in g["goals"]:
        if norm(goal["text"]) not in txt:
            missing.append(("goal", goal["text"]))
    for f in g["findings"]:
        if f["rule"].startswith("coverage."):
            continue  # the item names a dimension that is absent by definition
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for base, builder in BUILDERS.items():
        src = os.path.join(HERE, base + ".docx")
        builder(src)
        pdf = export_pdf(src)
        for fn in (os.path.basename(src), os.path.basename(pdf)):
            g = dict(GOLD[base])
            out = {"source": fn}
            out.update(g)
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as fh:
                json.dump(out, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check(base, pdf)
        status = "ok" if not miss else "MISSING %s" % miss
        bad += bool(miss)
        print(base, len(GOLD[base]["indicators"]), "ind", len(GOLD[base]["goals"]), "goals",
              len(GOLD[base]["findings"]), "findings", len(GOLD[base]["facts"]), "facts:", status)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
