# -*- coding: utf-8 -*-
"""blind175: real-layout documents (education and health), written code-blind.

Gold first (Python data, written from the stored pages before any file exists),
then builders (python-docx), LibreOffice PDF export, annotations/*.json and a
pdftotext presence check.  Run with /tmp/venv/bin/python.
"""
import copy
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
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

PART = "blind175"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

GOLD = {}

# 1 -- Hainan, Wenchang: evaluation report cover + start of 项目绩效目标表 (page stops in row 1)
WENCHANG_ROW_NAME = "中小学教育信息化建设和配备中小学教学设备及仪器项目实施情况"
GOLD["hainan-wenchang-jiaoyuxinxihua-pingjiabaogao"] = {
    "source_urls": ["https://m.deliwenku.com/p-30527865.html"],
    "province": "海南省",
    "doc_kind": "绩效评价报告",
    "patterns": [5, 8],
    "indicators": [
        {"level1": "产出指标", "level2": None, "name": WENCHANG_ROW_NAME,
         "operator": None, "value": None, "unit": None,
         "target_text": "全市中小学配备多媒体教学", "actual": None,
         "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": WENCHANG_ROW_NAME,
         "why": "绩效目标只有文字(全市中小学配备多媒体教学),没有数量;本表专设的绩效标准 优/良/中/差 四栏全空,无分级规则"},
        {"rule": "target.input_or_process", "item": WENCHANG_ROW_NAME,
         "why": "指标名称为“……项目实施情况”,衡量的是实施过程而非产出"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "表中只有一行产出指标,没有效益指标(原页在第一行处中断)"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "表中没有满意度指标(原页在第一行处中断)"},
        {"rule": "coverage.too_few_indicators", "item": "项目绩效目标表",
         "why": "目标表只有1个三级指标,少于3个"},
    ],
    "notes": ("Stored page = a mirror (得力文库) of a 15-page PDF report of 文昌市教育局 (2016). Page 1 is the cover "
              "(评价类型/项目名称/项目单位/主管部门/评价时间/组织方式/评价机构/评价单位(盖章)/上报时间), page 2 starts "
              "the 项目绩效目标表 with header 指标类型|绩效指标|绩效目标|绩效标准(优 良 中 差). The stored page stops inside the "
              "first data row after '全市中小学配备多媒体教学', so the row is cut there and the 绩效标准 cells are empty. "
              "The mirror's running lines ('此文档仅供收集于网络…', '名师资料总结…第 1 页,共 15 页') are kept as page header/footer. "
              "The cover's option words (实施过程评价 完成结果评价, 财政部门 主管部门 项目单位 …) are written without tick boxes, as found."),
}

# 2 -- Yunnan, Baoshan 卫生健康委: self-evaluation report (prose, numbered indicator results)
GOLD["yunnan-baoshan-chunjieweiwen-zipingbaogao"] = {
    "source_urls": ["https://www.baoshan.gov.cn/info/5714/9451464.htm"],
    "province": "云南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [
        {"level1": "产出指标", "level2": None, "name": "慰问对象", "operator": None, "value": 120,
         "unit": "人", "target_text": "120人", "actual": 120, "weight": None, "score": None},
        {"level1": "产出指标", "level2": None, "name": "慰问标准", "operator": None, "value": 300,
         "unit": "/人", "target_text": "300/人", "actual": 300, "weight": None, "score": None},
        {"level1": "满意度指标", "level2": None, "name": "群众满意度", "operator": None, "value": 90,
         "unit": "%", "target_text": "90%", "actual": 90, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "春节慰问经费", "kind": "product", "total": 3.6, "parts": [120, 300], "unit": "元",
         "note": "120人 × 300元/人 = 36000元 = 3.6万元; the text writes 市级资金配套3.6元"},
        {"metric": "自评得分", "kind": "grade", "total": 100, "parts": [], "unit": "分",
         "note": "绩效评分100分,自评为优 (consistent with 优 ≥ 90)"},
    ],
    "findings": [
        {"rule": "target.missing_unit", "item": "慰问标准",
         "why": "“300/人”缺少货币单位(应为300元/人)"},
        {"rule": "consistency.sum", "item": "春节慰问经费",
         "why": "120人×300元/人=36000元即3.6万元,正文写“市级资金配套3.6元”,单位错写(万元写成元)"},
        {"rule": "target.satisfaction_weak", "item": "群众满意度",
         "why": "满意度只写90%,未说明调查对象和方法(info级)"},
    ],
    "notes": ("Stored page = the 保山市卫生健康委员会 web article (2023-04-17). The three numbered results under "
              "(二)绩效目标完成情况 are the only indicator statements; the page gives them as completed values, so value and "
              "actual are the same number. The 效益 line (2.) names no measure and is not counted as an indicator. "
              "No goal is stated. Page stops after '项目各项绩效目标完成情况良好'. Sentences of 效益/项目基本情况/自评工作 "
              "are rewritten in my own words; the 3.6元 typo and '300/人' are kept as written."),
}

# 3 -- province not given: 高血压/糖尿病 management indicators with formulas (fragment)
DUO_NAMES = ["高血压患者健康管理率", "高血压患者规范管理率", "管理人群血压控制率",
             "糖尿病患者健康管理率", "糖尿病患者规范管理率", "管理人群血糖控制率"]
DUO_VALUES = [30, 80, 50, 30, 80, 50]
GOLD["buxiang-buxiang-manbingguanli-zhibiaobiao"] = {
    "source_urls": ["https://m.docduoduo.com/p-2754636.html"],
    "province": None,
    "doc_kind": "绩效指标表(片段)",
    "patterns": [5, 6],
    "indicators": [
        {"level1": None, "level2": None, "name": n, "operator": None, "value": v, "unit": "%",
         "target_text": "%d%%" % v, "actual": None, "weight": None, "score": None}
        for n, v in zip(DUO_NAMES, DUO_VALUES)
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "只有管理率/控制率六项,没有服务对象满意度指标"},
    ],
    "notes": ("Stored page (文档多多 mirror) begins mid-document with the label 计算公式 and stops after the 指标值 list; no "
              "title, no unit, no place, so province is null. Rebuilt as a two-column table: 计算公式 | three formulas "
              "(高血压), 计算公式 | three formulas (糖尿病), 指标值: | six 'name:value' lines. Values carry no operator "
              "(bare '30%'), so operator is null. The formulas are the 指标解释 (pattern 5); value written inside the "
              "name line (pattern 6). Spaces as found ('高血压 人数', '控制率: 50%')."),
}

# 4 -- Jiangxi, Guixi: evaluation report (prose; goals as numbered list)
GX_GOALS = [
    ("总体目标", "提高普通高中教育经费保障能力、提升高中运转水平、确保学校各项教育教学工作顺利开展"),
    ("阶段性目标", "资金使用率达到100%"),
    ("阶段性目标", "教师培训得有效开展"),
    ("阶段性目标", "教学实验有效开展"),
    ("阶段性目标", "定期或不定期组织文体活动,提升教职工、学生的精神凝聚力、强化身心健康"),
    ("阶段性目标", "校舍进行定期或不定期检查、维护,校舍毁损得以及时维修"),
    ("阶段性目标", "保障学校的正常运转"),
]
GOLD["jiangxi-guixi-shengjunjingfei-pingjiabaogao"] = {
    "source_urls": ["http://www.cnbabyedu.com/baogao/6605507.html"],
    "province": "江西省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": k, "text": t} for k, t in GX_GOALS],
    "facts": [
        {"metric": "全年普通高中生均经费补助", "kind": "product", "total": 253.1, "parts": [2351, 1000],
         "unit": "万元", "note": "2351人 × 1000元/人 = 235.1万元, stated 253.1万元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "全年普通高中生均经费补助",
         "why": "生均1000元/人 × 学生2351人 = 235.1万元,文中写253.1万元(疑似数字颠倒)"},
        {"rule": "goal.unquantified", "item": GX_GOALS[0][1],
         "why": "提高/提升/确保,无数量和基期"},
        {"rule": "goal.process_only", "item": GX_GOALS[1][1],
         "why": "资金使用率是资金管理过程指标,不是产出或效果"},
        {"rule": "goal.unquantified", "item": GX_GOALS[2][1], "why": "“有效开展”无培训人次或合格率"},
        {"rule": "goal.unquantified", "item": GX_GOALS[3][1], "why": "“有效开展”无实验开出率等数值"},
        {"rule": "goal.unquantified", "item": GX_GOALS[4][1], "why": "活动次数、参与人数均未量化"},
        {"rule": "goal.unquantified", "item": GX_GOALS[5][1], "why": "检查频次、维修及时率未量化"},
        {"rule": "goal.unquantified", "item": GX_GOALS[6][1], "why": "“正常运转”无可衡量标准"},
    ],
    "notes": ("Stored page = a 范文 site (page converted to traditional characters by the mirror) reproducing a real "
              "report of 贵溪市实验中学 (2020 普通高中生均经费); the site title says 设备购置 although the text is about 生均经费. "
              "Rebuilt in simplified characters. Background paragraph rewritten in my own words with every number and "
              "document number kept; the goal lists are verbatim. Page stops inside '(3)项目预期目标完成情况' item 2 "
              "('2.教师培训得有效'). No indicator table reached, so indicators is empty and goal.unmeasured is not "
              "flagged per goal. The typo '资金使用的.管理' is kept."),
}

# 5 -- Anhui, Suzhou: self-evaluation report (prose; dimension scores in one sentence)
SZ_GOAL = "到2020年底,以贫困地区农村义务教育小规模学校(教学点)为重点,实现贫困地区义务教育小规模学校(教学点)智慧学校建设全覆盖"
GOLD["anhui-suzhou-zhihuixuexiao-zipingbaogao"] = {
    "source_urls": ["https://jiaotiju.ahsz.gov.cn/bmgz/jymsgc/191208671.html"],
    "province": "安徽省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": SZ_GOAL}],
    "facts": [
        {"metric": "综合得分", "kind": "sum", "total": 100, "parts": [50, 30, 10, 10], "unit": "分",
         "note": "产出50 + 效益30 + 满意度10 + 预算资金执行率10"},
    ],
    "findings": [
        {"rule": "goal.unmeasured", "item": SZ_GOAL,
         "why": "全覆盖目标没有任何指标(应建学校数、建成数、覆盖率)支撑,报告只给出各维度满分"},
    ],
    "notes": ("Stored page = 宿州市教育和体育局 web article. Scores are given in one prose sentence (no score table), so "
              "indicators is empty and the four scores are a sum fact. Page stops inside 四、2. ('下半年配合省政'). "
              "Intro, 二 and 四 are rewritten in my own words; the goal sentence and the score sentence keep their wording."),
}

# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
EA_FONT = "宋体"


def new_doc(landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), EA_FONT)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = ""
    cp.comments = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return d


def _font(run, size=None, bold=False):
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), EA_FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(d, text, size=None, bold=False, align=None, indent=False):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    r = p.add_run(text)
    _font(r, size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        _font(r, size, bold)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(d, rows, widths, merges=(), bold_rows=(), size=9, center_rows=()):
    """rows: list of lists of strings (None = part of a merge, left empty). merges: (r1,c1,r2,c2)."""
    ncols = len(widths)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for ri, row in enumerate(rows):
        for ci in range(ncols):
            val = row[ci] if ci < len(row) else ""
            if val is None:
                continue
            set_cell(t.cell(ri, ci), val, bold=ri in bold_rows, size=size,
                     align="center" if ri in center_rows else None)
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for ri in range(len(rows)):
        for ci, w in enumerate(widths):
            t.cell(ri, ci).width = Cm(w)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        keep = a.text
        m = a.merge(t.cell(r2, c2))
        set_cell(m, keep, bold=r1 in bold_rows, size=size, align="center" if r1 in center_rows else None)
    return t


def header_footer(d, head=None, foot=None):
    sec = d.sections[0]
    if head:
        p = sec.header.paragraphs[0]
        p.text = ""
        _font(p.add_run(head), 8)
    if foot:
        p = sec.footer.paragraphs[0]
        p.text = ""
        _font(p.add_run(foot), 8)


def save_deterministic(d, path):
    tmp = path + ".tmp"
    d.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------

def build_wenchang(path):
    d = new_doc()
    header_footer(d, head="此文档仅供收集于网络,如有侵权请联系网站删除            只供学习与交流",
                  foot="名师资料总结 - - -精品资料欢迎下载 - - - - - - - - - - - - - - - - - - 名师精心整理 - - - - - - -")
    para(d, "")
    para(d, "财政支出项目绩效评价报告", size=22, bold=True, align="center")
    para(d, "")
    for line in ["评价类型:实施过程评价        完成结果评价",
                 "项目名称:中小学教育信息化建设和配备中小学教学设备及仪器",
                 "项目单位:文昌市教育局",
                 "主管部门:文昌市教育局",
                 "评价时间: 2016 年 5 月 3 日至 5 月 10 日",
                 "组织方式:财政部门        主管部门        项目单位",
                 "评价机构 : 中介机构        专家组        项目单位评价组",
                 "评价单位(盖章):",
                 "上报时间: 2016 年 5 月 10 日"]:
        para(d, line, size=14)
    page_break(d)
    para(d, "项目绩效目标表", size=16, bold=True, align="center")
    rows = [
        ["项目名称:文昌市中小学教育信息化建设和配备中小学教学设备及仪器", None, None, None, None, None, None],
        ["指标类型", "绩效指标", "绩效目标", "绩效标准", None, None, None],
        [None, None, None, "优", "良", "中", "差"],
        ["产出指标", WENCHANG_ROW_NAME, "全市中小学配备多媒体教学", "", "", "", ""],
    ]
    table(d, rows, widths=[1.8, 6.4, 4.2, 1.15, 1.15, 1.15, 1.15],
          merges=[(0, 0, 0, 6), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 6)],
          bold_rows=(1, 2), center_rows=(1, 2), size=10)
    save_deterministic(d, path)


def build_baoshan(path):
    d = new_doc()
    meta = [["索引号", "09130195-9-/2023-0417015", "发布机构", "保山市卫生健康委员会"],
            ["公开目录", "绩效评价", "发布日期", "2023-04-17"],
            ["文号", "", "浏览量", ""],
            ["主题词", "", "", ""]]
    table(d, meta, widths=[2.2, 5.3, 2.2, 5.3], merges=[(3, 1, 3, 3)], size=9)
    para(d, "")
    para(d, "保山市卫生健康委员会2022年度项目绩效自评报告(春节慰问经费项目)", size=15, bold=True, align="center")
    para(d, "")
    para(d, "保山市卫生健康委员会2022项目绩效自评报告", size=14, bold=True, align="center")
    para(d, "(春节慰问经费项目)", size=14, align="center")
    para(d, "一、自评结论", bold=True)
    para(d, "(一)自评得分", bold=True)
    para(d, "项目严格依照实施方案执行,绩效评分100分,自评为优。", indent=True)
    para(d, "(二)绩效目标完成情况", bold=True)
    para(d, "1.产出指标全部完成,慰问对象120人,慰问标准300/人。", indent=True)
    para(d, "2.效益指标全部完成,项目实施后,社会上形成了尊重医务人员、共享健康的氛围,医务工作者投身医学事业的"
            "主动性和创造性得到激发,也为他们发挥才干、守护人民健康和生命安全提供了更大空间。", indent=True)
    para(d, "3.满意度指标全部完成,全面完成指标任务,群众满意度90%", indent=True)
    para(d, "(三)存在的问题和原因分析", bold=True)
    para(d, "无。", indent=True)
    para(d, "(四)下一步拟改进措施及有关建议", bold=True)
    para(d, "无。", indent=True)
    para(d, "二、佐证材料", bold=True)
    para(d, "(一)项目基本情况", bold=True)
    para(d, "依据市委市政府印发的慰问方案,春节期间向全市一线医务工作者致以慰问,以弘扬尊医重卫、共享健康的社会风尚,"
            "鼓励医务工作者主动创新、施展才华,守护人民健康和生命安全。经费的申请和慰问费的兑付由委办公室负责。", indent=True)
    para(d, "(二)自评工作开展情况", bold=True)
    para(d, "为加强项目绩效目标管理、提高财政资金使用效益,委领导对财政支出绩效自评十分重视,及时作出部署,"
            "并指定专人负责,力求自评结果真实、准确、客观。", indent=True)
    para(d, "(三)绩效评价指标分析", bold=True)
    para(d, "1.预算执行情况分析", bold=True)
    para(d, "春节慰问经费项目市级资金配套3.6元,全部到位并使用完毕,执行率100%", indent=True)
    para(d, "2.绩效目标完成情况分析", bold=True)
    para(d, "项目各项绩效目标完成情况良好", indent=True)
    save_deterministic(d, path)


def build_duoduo(path):
    d = new_doc()
    rows = [
        ["计算公式",
         "高血压患者健康管理率=年内已管理高血压人数/ 年内辖区内高血压患者总人数*100%\n"
         "高血压患者规范管理率=按要求规范管理的高血压 人数/年内管理的高血压患者人数*100%\n"
         "管理人群血压控制率=最近一次随访血压达标人数/年内管理的高血压患者人数*100%"],
        ["计算公式",
         "糖尿病患者健康管理率=年内已管理糖尿病患者人数/年内辖区内糖尿病患者总人数*100%\n"
         "糖尿病患者规范管理率=按要求规范管理的糖尿病人数/年内管理的糖尿病患者人数*100%\n"
         "管理人群血糖控制率=最近一次随访血糖达标人数/年内管理的糖尿病患者人数*100%"],
        ["指标值:",
         "高血压患者健康管理率:30%\n高血压患者规范管理率:80%\n管理人群血压控制率: 50%\n"
         "糖尿病患者健康管理率:30%\n糖尿病患者规范管理率:80%\n管理人群血糖控制率: 50%"],
    ]
    table(d, rows, widths=[2.4, 14.6], size=10)
    save_deterministic(d, path)


def build_guixi(path):
    d = new_doc()
    para(d, "中学设备购置绩效评价报告范文(精选11篇)", size=15, bold=True)
    para(d, "报告在日常工作中用得越来越多,也有不少人觉得难写。下面整理了几篇中学设备购置绩效评价报告范文,供参考。",
         size=9)
    para(d, "中学设备购置绩效评价报告 1", size=13, bold=True)
    para(d, "一、项目基本情况", bold=True)
    para(d, "项目概况", bold=True)
    para(d, "按照党的十七大“优化发展教育,建设人力资源强国”的部署,落实《国家中长期教育改革和发展规划纲要"
            "(2010-2020年)》(中发〔2010〕12号)中“高中教育以财政投入为主、逐步提高学校生均经费基本标准”的要求,"
            "并依据《江西省中长期教育改革和发展规划纲要(2010-2020年)》和《江西省教育事业发展“十三五”规划》,"
            "江西省以赣财教[2018]19号文件《关于制定普通高中生均公用经费的通知》同步制定了普通高中生均经费标准:"
            "普通高中生均公用经费按不低于1000元/年安排,自2018年起执行,由各级财政统筹,目的是提高普通高中经费"
            "保障水平,推动高中教育持续健康发展。", indent=True)
    para(d, "贵溪市政府确定的普通高中生均经费标准为1000元/人,2020年贵溪市实验中学普通高中学生数为2351人,"
            "全年普通高中生均经费补助253.1万元。", indent=True)
    para(d, "项目预期目标", bold=True)
    para(d, "项目预期总目标:")
    para(d, GX_GOALS[0][1] + ".", indent=True)
    para(d, "项目预期阶段性目标:")
    ends = [";", ";", ";", ";", ";", "。"]
    for i, (_, g) in enumerate(GX_GOALS[1:]):
        para(d, "%d.%s%s" % (i + 1, g, ends[i]), indent=True)
    para(d, "(3)项目预期目标完成情况")
    para(d, "1.资金使用率达到100%,加强对资金使用的.管理;", indent=True)
    para(d, "2.教师培训得有效", indent=True)
    save_deterministic(d, path)


def build_suzhou(path):
    d = new_doc()
    para(d, "宿州市义务教育小规模(教学点)智慧学校建设项目绩效自评报告", size=15, bold=True, align="center")
    para(d, "宿州市义务教育小规模(教学点)智慧学校建设项目绩效自评报告", size=12, align="center")
    para(d, "按照《关于进一步做好2020年度民生工程绩效评价相关工作的通知》的要求,现将义务教育小规模学校(教学点)"
            "智慧学校建设的自评情况报告如下:", indent=True)
    para(d, "一、基本情况", bold=True)
    para(d, "依据《安徽省智慧学校建设总体规划(2018-2022年)》和《宿州市人民政府关于2020年实施33项民生工程的通知》"
            "(宿政发〔2020〕5号),本项目的目标是:" + SZ_GOAL + "。所需经费在2019年省级贫困地区义务教育小规模学校"
            "(教学点)智慧学校建设项目专项结余资金、2020年义务教育薄弱环节改善与能力提升补助资金以及自筹资金中"
            "统筹解决。", indent=True)
    para(d, "二、绩效自评工作开展情况", bold=True)
    para(d, "按照上述通知,我市对照绩效自评指标,对小规模学校(教学点)智慧学校建设资金开展了自评,自评工作已顺利完成。",
         indent=True)
    para(d, "三、综合评价结论", bold=True)
    para(d, "依据评价指标体系,产出指标自评得分50分、效益指标自评得分30分、满意度指标自评得分10分、"
            "预算资金执行率自评得分10分,综合得分100分。", indent=True)
    para(d, "四、工作开展情况", bold=True)
    para(d, "1.项目启动前,市教体局、各县(区)教体(育)局和中心校都成立了领导小组,指定专人负责,建立并落实相关制度,"
            "多次召开专题会议、组织培训,并派人参加省级建设意见征询会;同时摸清全市教学点信息化基础数据,"
            "第一手资料已上报省教育厅。", indent=True)
    para(d, "2.依照省政府重点工作安排,我市2020年计划建设智慧学校的贫困地区义务教育小规模学校(教学点)在上半年"
            "启动建设,项目技术及采购需求方案由省级制定,下半年配合省政", indent=True)
    save_deterministic(d, path)


BUILDERS = {
    "hainan-wenchang-jiaoyuxinxihua-pingjiabaogao": build_wenchang,
    "yunnan-baoshan-chunjieweiwen-zipingbaogao": build_baoshan,
    "buxiang-buxiang-manbingguanli-zhibiaobiao": build_duoduo,
    "jiangxi-guixi-shengjunjingfei-pingjiabaogao": build_guixi,
    "anhui-suzhou-zhihuixuexiao-zipingbaogao": build_suzhou,
}

# ---------------------------------------------------------------------------
# PDF, annotations, check
# ---------------------------------------------------------------------------


def to_pdf(path):
    out = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def pdf_text(pdf):
    """pdftotext default output and -raw output (content-stream order), whitespace removed.

    Wrapped table cells interleave line by line in the default mode; -raw keeps each cell together."""
    out = []
    for extra in ([], ["-raw"]):
        r = subprocess.run(["pdftotext"] + extra + [pdf, "-"], check=True, stdout=subprocess.PIPE)
        out.append(re.sub(r"\s+", "", r.stdout.decode("utf-8")))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(stem, gold, pdf):
    txt = pdf_text(pdf)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and norm(ind[key]) not in txt:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if norm(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        # a missing dimension is by definition absent from the document
        if f["rule"] == "coverage.missing_dimension":
            continue
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    failures = 0
    totals = {"indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for stem, gold in GOLD.items():
        docx_path = os.path.join(HERE, stem + ".docx")
        BUILDERS[stem](docx_path)
        pdf = to_pdf(docx_path)
        for fname in (stem + ".docx", stem + ".pdf"):
            ann = {"source": fname}
            ann.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check(stem, gold, pdf)
        for k in totals:
            totals[k] += len(gold[k])
        status = "ok" if not miss else "MISSING %r" % miss
        failures += bool(miss)
        print("%-50s rows=%d goals=%d findings=%d facts=%d  %s" % (
            stem, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"]), status))
    print("totals", totals)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
