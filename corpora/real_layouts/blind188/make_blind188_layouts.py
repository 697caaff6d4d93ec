# -*- coding: utf-8 -*-
"""blind188: real-layout documents (civil affairs / social security angle) with gold.

Gold first (as Python data), then builders (python-docx / openpyxl), PDF export with
LibreOffice (own profile), annotations, and a pdftotext containment check.
Run with /tmp/venv/bin/python.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Alignment, Border, Side, Font

PART = "blind188"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = "2024-01-01T00:00:00Z"

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages, before anything reads the files)
# ---------------------------------------------------------------------------
SHUCHENG_GOAL = ("全镇60-90周岁老年人11266人，2020年全镇老年人的参保率确保达到90%以上，"
                 "必须完成10139人的参保任务（含生活困难的低保老人、五保老人和县退役军人事务局"
                 "管理的老年重点优抚对象1653人，实际需完成自缴费人数8486人）。")

GOLD = {
    "anhui-shucheng-ganchahe-yinlingankang-shishibanfa.docx": {
        "source_urls": ["https://www.shucheng.gov.cn/public/6599331/26608891.html"],
        "province": "安徽省",
        "doc_kind": "实施方案",
        "patterns": [6, 10],
        "indicators": [
            {"level1": None, "level2": None, "name": "全镇老年人的参保率", "operator": ">=", "value": 90,
             "unit": "%", "target_text": "确保达到90%以上", "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "参保任务", "operator": None, "value": 10139,
             "unit": "人", "target_text": "必须完成10139人的参保任务", "actual": None, "weight": None,
             "score": None},
            {"level1": None, "level2": None, "name": "自缴费人数", "operator": None, "value": 8486,
             "unit": "人", "target_text": "实际需完成自缴费人数8486人", "actual": None, "weight": None,
             "score": None},
        ],
        "goals": [{"kind": "目标任务", "text": SHUCHENG_GOAL}],
        "facts": [
            {"metric": "参保任务", "kind": "sum", "total": 10139, "parts": [1653, 8486], "unit": "人"},
            {"metric": "参保率", "kind": "rate", "numerator": 10139, "denominator": 11266,
             "stated_rate": 90, "computed_rate": 89.997, "unit": "%"},
        ],
        "findings": [],
        "notes": ("Township (干汊河镇, 舒城县) implementation rules for the 2020 '银龄安康行动' elderly accident "
                  "insurance. Targets are written in prose under 一、目标任务 and are recorded as indicator rows "
                  "without levels. '必须完成10139人' and '需完成…8486人' carry no operator word from the lexicon, "
                  "so operator is null (a reader may argue >=). 10139/11266 = 89.997%, which rounds to the "
                  "stated integer 90%, so no consistency.rate finding under the 'decimals stated' rule. The "
                  "broken document numbers '〔201632号' and '〔201774号' are kept as found. The stored page stops "
                  "inside 二、参保方案 item 4 ('4、参保办'); the document stops there. Preamble and scheme items "
                  "are rewritten in my own words with every number kept; the goal sentence is verbatim."),
    },
    "guangdong-sheng-jiuye-mubiaozerenzhi-pingfenbiao.xlsx": {
        "source_urls": ["http://hnjhck.cn/article/1001001664/1001001645/681/0.html"],
        "province": "广东省",
        "doc_kind": "考评评分表",
        "patterns": [1, 5],
        "indicators": [
            {"level1": "一、落實就業政策和任務情況(45分)", "level2": None, "name": "落實稅費減免政策",
             "operator": None, "value": None, "unit": None, "target_text": None, "actual": None,
             "weight": 4, "score": None},
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("广东省2008年就业工作目标责任制评分表 as stored on a mirror site that converts pages to traditional "
                  "characters; the characters are kept as found. Columns: 項目 (two cells: a narrow vertical "
                  "label whose wrapped text lacks 況, and the full label) | 考評內容 | 分值 | 自評分 | "
                  "省考評小組評分 | 省就業辦評分 | 計分方法 | 考評方法 | 備註. The stored page stops inside the first "
                  "scoring row (in the 特別說明 sentence of 考評方法), so only one row exists; the section label "
                  "says 45分 while the visible row has 4分 - that is the cut, not a document error, so no "
                  "score_total finding. The self-score columns are empty as on the page. The long 考評方法 text "
                  "is rewritten in my own words (traditional characters), keeping 10-15, 8-10, 3-4 and 3."),
    },
    "yunnan-baoshan-guanxinxiayidai-zipingbaogao.docx": {
        "source_urls": ["https://baoshan.gov.cn/info/6643/4250064.htm"],
        "province": "云南省",
        "doc_kind": "绩效自评报告",
        "patterns": [6, 10],
        "indicators": [
            {"level1": "产出指标", "level2": None, "name": "产出指标完成情况", "operator": None, "value": None,
             "unit": "%", "target_text": None, "actual": 100, "weight": None, "score": None},
            {"level1": "效益指标", "level2": None, "name": "效益指标完成情况", "operator": None, "value": None,
             "unit": "%", "target_text": None, "actual": 100, "weight": None, "score": None},
            {"level1": "满意度指标", "level2": None, "name": "满意度指标完成情况", "operator": None,
             "value": None, "unit": "%", "target_text": None, "actual": 100, "weight": None, "score": None},
        ],
        "goals": [],
        "facts": [
            {"metric": "财政预算项目资金", "kind": "planned_actual", "planned": 16, "actual": 16, "unit": "万元"},
            {"metric": "项目资金", "kind": "sum", "total": 16, "parts": [4.2, 4.8, 4.2], "unit": "万元",
             "derived": "140人×300元/年, 96人×500元/年, 42人×1000元/年 (not stated as amounts in the document)"},
            {"metric": "自评分", "kind": "score", "total": 100, "unit": "分"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "产出指标完成情况",
             "why": "only a completion percentage is reported; no target value for any output indicator"},
            {"rule": "target.missing_value", "item": "效益指标完成情况",
             "why": "only a completion percentage is reported; no target value for any benefit indicator"},
            {"rule": "target.missing_value", "item": "满意度指标完成情况",
             "why": "only a completion percentage is reported; no target value, respondent group or method"},
            {"rule": "consistency.sum", "item": "项目资金",
             "why": "140×300 + 96×500 + 42×1000 = 132000元 = 13.2万元, but 16万元 is reported as paid"},
        ],
        "notes": ("Self-evaluation report of 中共保山市委办公室 (关心下一代 aid for pupils from poor families, 2017), "
                  "dated 2018年6月5日. The whole stored page is built. The three '完成情况：100%' lines are the "
                  "only indicator list; they are recorded with actual=100 and no target. No goal is stated "
                  "as a goal, so goals is empty. The typo '高学生' is kept. Section 三(一)3 and 五 are rewritten "
                  "in my own words with numbers kept."),
    },
    "hunan-yueyang-nanhu-dibao-zipingbaogao.docx": {
        "source_urls": ["https://yynanhu.yueyang.gov.cn/55456/55458/55498/55503/content_1345671.html"],
        "province": "湖南省",
        "doc_kind": "绩效自评报告",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "计划安排资金", "kind": "sum", "total": 1208.75, "parts": [1125, 33.75, 50], "unit": "万元"},
            {"metric": "实际到位资金", "kind": "sum", "total": 1208.75, "parts": [1125, 33.75, 50], "unit": "万元"},
            {"metric": "实际支出", "kind": "sum", "total": 991.51, "parts": [907.76, 33.75, 50], "unit": "万元"},
            {"metric": "结余", "kind": "difference", "total": 217.24, "minuend": 1208.75, "subtrahend": 991.51,
             "unit": "万元"},
        ],
        "findings": [],
        "notes": ("岳阳市南湖新区 财政支出项目绩效评价自评报告 (附件3-2 template) for 低保专项 2016, 南湖新区民政局. "
                  "Cover block with □/■ check boxes and '(制)' line, then the form table: 一、项目基本概况 (money "
                  "block with four 其中 columns) and 二、项目支出明细情况. The stored page stops after the row "
                  "'2016年7月城乡低保 | 67.4 | 7月31日31、32号凭证', before 三、项目绩效自评情况, so there are no "
                  "indicator rows. All money identities hold. The first expense row is dated 2015年12月 although "
                  "the project period is 2016年1月-12月 (noted, no rule id). The empty 其中:中央财政 and 其它 cells "
                  "are kept empty."),
    },
    "hunan-zhuzhou-lukou-canbaojin-pingjiabaogao.docx": {
        "source_urls": ["http://www.lukou.gov.cn/c18458/20241106/i2261390.html"],
        "province": "湖南省",
        "doc_kind": "绩效评价报告",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "综合评价得分", "kind": "grade", "total": 80.10, "grade": "良", "unit": "分"},
        ],
        "findings": [],
        "notes": ("The stored page holds only the conclusion of the 株洲市渌口区2023年度残保金专项项目绩效评价 "
                  "(two paragraphs). Score 80.10 with grade 良 is consistent (80-90). The first sentence is kept "
                  "close to the page; the second paragraph is rewritten in my own words, keeping the phrase "
                  "'开阔了眼果' with its typo. No heading is invented."),
    },
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = d.core_properties
    import datetime
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    cp.title = ""
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(t, r, c, text, bold=False):
    cell = t.cell(r, c)
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    return cell


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and fixed core dates."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            data = zin.read(name)
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_DT + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_DT + r"\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_shucheng(path):
    d = new_doc()
    para(d, "【其他文件】关于2020年度“银龄安康行动”实施办法", bold=True, center=True, size=14)
    para(d, "发布时间：2020-05-19 09:04  信息来源：舒城县干汊河镇")
    para(d, "干办[2020]39号 2020年干汊河镇“银龄安康行动”的实施意见.pdf")
    para(d, "干办[2020]39", center=True)
    para(d, "关于2020年度“银龄安康行动”", bold=True, center=True, size=16)
    para(d, "实 施 办 法", bold=True, center=True, size=16)
    para(d, "各村(街)：")
    para(d, "为建立老年人意外风险保障制度、完成“十三五”老龄事业发展目标，依照全国老龄办、民政部、财政部、"
            "中国保险监督管理委员会《关于开展老年人意外伤害保险工作的指导意见》（全国老龄办发〔201632号文件）"
            "和《安徽省人民政府办公厅关于加快发展商业养老保险的实施意见》（皖政办〔201774号文件）的要求，"
            "现对2020年全镇开展“银龄安康行动”作如下安排。")
    para(d, "一、目标任务", bold=True)
    para(d, SHUCHENG_GOAL)
    para(d, "二、参保方案", bold=True)
    para(d, "1、参保人群：60周岁(含)至90周岁(含)的城乡老年人均可参保；不满60岁的可改投农村小额人身保险。")
    para(d, "2、保费缴纳标准：每份保费50元，每人至多两份。低保老人、五保老人和县退役军人事务局管理的老年重点"
            "优抚对象中生活困难者，由政府出资代为购买，每份40元。")
    para(d, "3、保险期限和保险责任：保期一年。承保期内，每份保险意外医疗最高报销6000元，意外伤残最高赔付"
            "15000元，意外身故赔付15000元。")
    para(d, "4、参保办")
    d.save(path)
    fix_zip(path)


def build_guangdong(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "評分表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap_left = Alignment(wrap_text=True, vertical="top", horizontal="left")
    ws.merge_cells("A1:J1")
    ws["A1"] = "廣東省2008年就業工作目標責任制評分表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    headers = ["項目", None, "考評內容", "分值", "自評分", "省考評\n小組評分", "省就業辦\n評分", "計分方法", "考評方法",
               "備  注"]
    for i, h in enumerate(headers):
        c = ws.cell(row=2, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.alignment = wrap
    ws.merge_cells("A2:B2")
    kaoping = ("1.考評方式：\n"
               "(1)電話訪問：從持《再就業優惠證》自謀個體經營的下崗失業人員中隨機抽10-15名電話詢問稅費減免落實情況，"
               "每次訪問都詳細記錄。\n"
               "(2)召開座談會：\n"
               "①請10-15名已再就業的下崗失業人員座談，稅務、工商、財政、勞動保障、物價、銀行等單位列席，"
               "逐項了解稅費減免、社保補貼、崗位補貼、免費職業介紹、小額擔保貸款等政策是否享受，未享受的查明原因。\n"
               "②請8-10個企業和3-4個培訓機構座談，了解稅費減免、社保補貼、崗位補貼和培訓補貼政策是否享受，"
               "未享受的查明原因。\n"
               "2.核實辦法：\n"
               "個人或企業稱符合條件卻未享受政策的，與有關部門當場逐一核實；當場核實不了的，有關部門須在3個工作日內"
               "提供核定情況；雙方說法不一時由個人和企業舉證、部門出具意見，確屬符合條件而未享受的按未兌現計。\n"
               "特別說明：凡享受稅收、收費、小額擔保貸款、社保補貼和崗位補貼政策總人數低于領取《再就業優惠證》人員總數")
    row = ["一、\n落實\n就業\n政策\n和任\n務情\n(45分)", "一、落實就業政策和任務情況(45分)", "落實稅費減免政策", "4分",
           None, None, None, "每核實一人未兌現即扣1分,扣完為止", kaoping, None]
    for i, v in enumerate(row):
        c = ws.cell(row=3, column=i + 1, value=v)
        c.alignment = wrap_left if i in (7, 8) else wrap
    for r in range(2, 4):
        for col in range(1, 11):
            ws.cell(row=r, column=col).border = border
    widths = [6, 14, 14, 6, 7, 9, 9, 16, 60, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.row_dimensions[3].height = 330
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    import datetime
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    wb.save(path)
    fix_zip(path)


def build_baoshan(path):
    d = new_doc()
    para(d, "关心下一代专项资金项目自评报告", bold=True, center=True, size=15)
    para(d, "一、项目基本情况", bold=True)
    para(d, "保山市关心下一代工作委员会省对下专项转移支付项目，分别转移至隆阳区、腾冲市、施甸县、昌宁县、龙陵县，"
            "重点用于资助困难家庭高学生、初中生、小学生，帮助他们解决学习和生活问题。")
    para(d, "二、项目绩效自评工作开展情况", bold=True)
    para(d, "隆阳区、施甸县、龙陵县、昌宁县、腾冲市共计救助小学生140人；初中生96人；高中生42人。"
            "小学生300元/年、初中生500元/年、高中生1000元/年；被救助困难家庭学生的满意度达100%。")
    para(d, "三、项目绩效实现情况", bold=True)
    para(d, "（一）项目资金情况")
    para(d, "1.项目资金到位情况：该项目年初预算资金为16万元，全部为市级财政资金，2017年度资金全部到位。")
    para(d, "2.项目资金执行情况：2017年，财政预算项目资金16万元，支付16万元。")
    para(d, "3.项目资金管理情况：资金收支由办公室依照《中华人民共和国会计法》《中华人民共和国预算法》"
            "《行政单位财务规则》等法律法规和制度规范核算、管理。")
    para(d, "（二）项目绩效指标完成情况")
    para(d, "1.产出指标完成情况：100%。")
    para(d, "2.效益指标完成情况：100%。")
    para(d, "3.满意度指标完成情况：100%。")
    para(d, "四、绩效目标未完成原因和下一步改进措施", bold=True)
    para(d, "无")
    para(d, "五、绩效自评结果", bold=True)
    para(d, "为加强财政支出管理、落实支出责任、提高财政资金使用效益，依据《中华人民共和国预算法》等规定，"
            "对绩效目标设定、资金投入和使用等情况进行了评价，自评分为100分。")
    para(d, "六、结果公开情况和应用打算", bold=True)
    para(d, "待市财政局及相关部门审核后在政府门户网站上进行公开。")
    para(d, "七、绩效自评工作的经验、问题和建议", bold=True)
    para(d, "保证项目资金专款专用，在以后工作中加强规范管理")
    para(d, "八、其他需说明的问题", bold=True)
    para(d, "无")
    p = para(d, "中共保山市委办公室")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(d, "2018年6月5日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(path)
    fix_zip(path)


def build_nanhu(path):
    d = new_doc()
    para(d, "附件3-2")
    para(d, "岳阳市南湖新区财政支出项目绩效评价自评报告", bold=True, center=True, size=16)
    para(d, "评价类型：项目实施过程评价□ 项目完成结果评价■", center=True)
    para(d, "项目名称 低保专项")
    para(d, "项目单位 南湖新区民政局")
    para(d, "主管部门")
    para(d, "评价方式：部门(单位)绩效自评")
    para(d, "评价机构：部门(单位)评价组")
    para(d, "报告日期：2017年 7月 15日")
    para(d, "岳阳市南湖新区财政局(制)", center=True)
    d.add_page_break()
    t = d.add_table(rows=9, cols=8)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(0, 7))
    set_cell(t, 0, 0, "一、项 目 基 本 概 况", bold=True)
    set_cell(t, 1, 0, "项目负责人")
    t.cell(1, 1).merge(t.cell(1, 3))
    set_cell(t, 1, 1, "胡 军")
    set_cell(t, 1, 4, "联系电话")
    t.cell(1, 5).merge(t.cell(1, 7))
    set_cell(t, 1, 5, "13575009550")
    set_cell(t, 2, 0, "项目地址")
    t.cell(2, 1).merge(t.cell(2, 3))
    set_cell(t, 2, 1, "南湖新区民政局")
    set_cell(t, 2, 4, "邮 编")
    t.cell(2, 5).merge(t.cell(2, 7))
    set_cell(t, 2, 5, "414000")
    set_cell(t, 3, 0, "项目起止时间")
    t.cell(3, 1).merge(t.cell(3, 7))
    set_cell(t, 3, 1, "2016 年 1 月起至 2016 年 12 月止")
    money = [
        ["计划安排资金 (万元)", "1208.75", "实际到位资金 (万元)", "1208.75", "实际支出 (万元)", "991.51", "结余(万元)",
         "217.24"],
        ["其中：中央财政", "", "其中：中央财政", "", "其中：中央财政", "", "其中：中央财政", ""],
        ["省财政", "1125", "省财政", "1125", "省财政", "907.76", "省财政", "217.24"],
        ["市财政", "33.75", "市财政", "33.75", "市财政", "33.75", "市财政", ""],
        ["区财政", "50", "区财政", "50", "区财政", "50", "区财政", ""],
    ]
    for i, r in enumerate(money):
        for j, v in enumerate(r):
            set_cell(t, 4 + i, j, v)
    # 其它 row
    row = t.add_row()
    for j, v in enumerate(["其它", "", "其它", "", "其它", "", "其它", ""]):
        row.cells[j].text = v
    para(d, "")
    t2 = d.add_table(rows=10, cols=4)
    t2.style = "Table Grid"
    t2.cell(0, 0).merge(t2.cell(0, 3))
    set_cell(t2, 0, 0, "二、项目支出明细情况", bold=True)
    for j, v in enumerate(["支出内容", "实际支出数", "会计凭证号", "备注"]):
        set_cell(t2, 1, j, v, bold=True)
    rows = [
        ("2015年12月城乡低保", "70.1", "1月31日9号凭证"),
        ("2016年1月城乡低保", "70.2", "1月31日42、43号凭证"),
        ("2016年2月城乡低保", "69.3", "1月31日5、6号凭证"),
        ("2016年3月城乡低保", "66.9", "4月30日3、4号凭证"),
        ("2016年4月城乡低保", "67.1", "5月31日14、15号凭证"),
        ("2016年5月城乡低保", "67.1", "5月31日39、40号凭证"),
        ("2016年6月城乡低保", "67.4", "6月30日35、36号凭证"),
        ("2016年7月城乡低保", "67.4", "7月31日31、32号凭证"),
    ]
    for i, (a1, b1, c1) in enumerate(rows):
        set_cell(t2, 2 + i, 0, a1)
        set_cell(t2, 2 + i, 1, b1)
        set_cell(t2, 2 + i, 2, c1)
        set_cell(t2, 2 + i, 3, "")
    d.save(path)
    fix_zip(path)


def build_lukou(path):
    d = new_doc()
    para(d, "本次绩效评价对2023年度残保金专项项目的投入、过程、产出与效益等方面进行了总体分析评价，"
            "株洲市渌口区2023年度残保金专项项目绩效评价综合评价得分80.10分，评价等次为“良”。")
    para(d, "渌口区残疾人联合会实施的残保金专项，用于保障残疾人权益、维护社会稳定，是需要长期坚持的民生工程。"
            "托养服务帮助残疾人跨越社会能力障碍、走向社会，提高了生活自理能力；职业技能培训和创新创业培训"
            "拓宽了他们的知识面、增强了就业能力，“开阔了眼果”；集体生活和学习让他们更有荣誉感、幸福感和成就感，"
            "精神面貌随之好转。")
    d.save(path)
    fix_zip(path)


BUILDERS = {
    "anhui-shucheng-ganchahe-yinlingankang-shishibanfa.docx": build_shucheng,
    "guangdong-sheng-jiuye-mubiaozerenzhi-pingfenbiao.xlsx": build_guangdong,
    "yunnan-baoshan-guanxinxiayidai-zipingbaogao.docx": build_baoshan,
    "hunan-yueyang-nanhu-dibao-zipingbaogao.docx": build_nanhu,
    "hunan-zhuzhou-lukou-canbaojin-pingjiabaogao.docx": build_lukou,
}


def to_pdf(path):
    outdir = os.path.dirname(path)
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless", "--convert-to", "pdf",
           "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.splitext(path)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    flat = norm(txt)
    missing = []
    items = []
    for ind in gold["indicators"]:
        items.append(ind["name"])
        if ind["target_text"]:
            items.append(ind["target_text"])
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for it in items:
        if norm(it) not in flat:
            missing.append(it)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, builder in BUILDERS.items():
        path = os.path.join(HERE, fname)
        builder(path)
        pdf = to_pdf(path)
        g = GOLD[fname]
        for src in (fname, os.path.basename(pdf)):
            rec = {"source": src}
            rec.update(g)
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check_pdf(pdf, g)
        status = "OK" if not miss else "MISSING " + json.dumps(miss, ensure_ascii=False)
        if miss:
            bad += 1
        print(fname, status)
    tot = {"indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for g in GOLD.values():
        for k in tot:
            tot[k] += len(g[k])
    print("totals per source document:", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
