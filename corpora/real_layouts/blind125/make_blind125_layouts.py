#!/usr/bin/env python3
"""Blind part blind125 of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code. Each document
reproduces the stored beginning of one public web page (evaluation index
systems / scoring tables and evaluation reports, 2023-2025). The gold answers
(annotations/*.json) are written first, before any file is generated.

Run:  /tmp/venv/bin/python make_blind125_layouts.py
Needs python-docx and LibreOffice (soffice) for the PDFs.
"""
import copy
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DATE = dt.datetime(2025, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"


# ----------------------------------------------------------------------------
# Document 1: 辽宁省基本公共卫生服务项目绩效评价实施方案 (page copy, mid-document)
# ----------------------------------------------------------------------------
D1 = "liaoning-shengji-jibengonggongweisheng-pingjiashishifangan.docx"
D1_URL = "http://m.dybbs8.com/doc/820151.html"
D1_TITLE = "遼寧省基本公共衛生服務項目實施方案(編輯修改稿)"
D1_HEAD = ["一級 指標", "分值", "二級指標", "分值", "三級指標", "分值", "指標解釋", "評價標準"]
# rows: (lvl1, w1, lvl2, w2, lvl3, w3, explanation, standard)
D1_ROWS_A = [
    ("", "", "", "", "", "", "", "項目有明確的受益對象( 2 分)"),  # cut row carried over from the previous page
    ("項目管理", "26", "資金分配情況", "4", "分配方法", "2",
     "是否根據需要制定相關資金管理辦法,并在管理辦法中明確資金分配方法",
     "有明確的資金管理辦法( 2 分)"),
    (None, None, None, None, "分配結果", "2",
     "資金分配是否符合相關管理辦法;分配結果是否合理",
     "是否存在將項目資金安排用于與基本公共衛生服務無關用途。分配結果合理( 2 分)、不合理分配比例≥ 5%( 0 分)"),
    (None, None, "資金落實情況", "4", "資金到位率", "2",
     "考核項目資金到達實際項目執行單位數額的狀況:實際到位 /計劃到位 *100%",
     "到位率 100%( 2分),80%99%( 1分),低于 80%得 0 分"),
    (None, None, None, None, "資金到位及時性", "2",
     "考核項目資金到達實際項目執行單位的時間情況",
     "指標文日期一個月內到賬 2 分, 12月內到賬 1 分, 2 個月以上 0分。"),
]
D1_PAGE_HEADER = "遼寧省基本公共衛生服務 項目績效評價 實施方案        北京金開資產評估有限公司遼寧分公司        15"
D1_ROWS_B = [
    ("", "", "資金管理情況", "10", "資金使用情況", "7",
     "考核項目資金是否存在支出依據不合規、虛列項目支出的情況;", ""),
]


def ind(level1, level2, name, weight, operator=None, value=None, unit=None,
        target_text=None, actual=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


G1 = {
    "source_urls": [D1_URL],
    "province": "辽宁",
    "doc_kind": "绩效评价实施方案(评价指标体系及评价标准表,节选)",
    "patterns": [1, 5],
    "indicators": [
        ind("項目管理", "資金分配情況", "分配方法", 2),
        ind("項目管理", "資金分配情況", "分配結果", 2),
        ind("項目管理", "資金落實情況", "資金到位率", 2),
        ind("項目管理", "資金落實情況", "資金到位及時性", 2),
        ind("項目管理", "資金管理情況", "資金使用情況", 7),
    ],
    "goals": [],
    "facts": [
        {"metric": "資金分配情況 分值", "kind": "sum", "total": 4, "parts": [2, 2], "unit": "分"},
        {"metric": "資金落實情況 分值", "kind": "sum", "total": 4, "parts": [2, 2], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "The stored page is a '文章內容簡介' excerpt of a longer 实施方案 (by 北京金開資產評估有限公司遼寧分公司), "
        "page header dated 2025-01-10; the site shows the text in traditional characters with pinyin glosses "
        "after many characters (e.g. 衛(wèi)). I kept the traditional characters as shown and dropped the pinyin "
        "glosses (a rendering artefact of the site, not of the document); the site's spam header is not reproduced. "
        "The excerpt starts mid-table: the first row holds only the end of a 評價標準 cell ('項目有明確的受益對象( 2 分)') "
        "whose indicator name is on the previous page, so it is not a gold row. A running page header/footer line "
        "('遼寧省基本公共衛生服務 項目績效評價 實施方案 北京金開資產評估有限公司遼寧分公司 15') and the repeated table "
        "header sit in the middle, then one row of 資金管理情況/資金使用情況 whose 評價標準 is cut: the stored page stops "
        "after '虛列項目支出的情況;'. Judgement calls: the continued table on the new page leaves the 一級指標 cell empty; "
        "I gave that row level1 項目管理 because the table continues (項目管理 26 = 4 + 4 + 10 + rows not shown). "
        "The table has no target value column and no 得分 column, so operator/value/unit/target_text/actual/score are null; "
        "the 評價標準 cells are scoring rules, not targets. Typos kept as found: '80%99%' (missing dash), "
        "'12月內到賬' (for 1-2月), '指標文日期'. Facts: only the 二級 subtotals whose parts are all visible; "
        "項目管理 26 and 資金管理情況 10 have parts beyond the cut, so they are not listed as facts. "
        "No finding: the rows are scoring rules of an evaluation framework, and the only defects (range typos) have no rule id."
    ),
}

# ----------------------------------------------------------------------------
# Document 2: 国家农业标准化示范项目绩效考核指标评分表 (template, page copy)
# ----------------------------------------------------------------------------
D2 = "quanguo-guojia-nongyebiaozhunhuashifan-pingfenbiao.docx"
D2_URL = "https://m.zixin.com.cn/doc/10109555.html"
D2_HEAD = ["一级\n指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分", "指标解释", "评价标准"]
D2_ROWS = [
    ("项目\n决策", "20", "项目目标", "4", "目标内容", "4", "",
     "目标是否明确、细化、量化", "目标明确(1分),目标细化(1.5分),目标量化(1.5 分)"),
    (None, None, "决策过程", "8", "项目服务对象", "2", "",
     "服务对象是否明确", "服务对象是农业、农村、农民(2分),其他(0-1分)"),
    (None, None, None, None, "项目考核体系", "2", "",
     "考核体系是否符合经济社会发展规划和各地、部门年度工作计划",
     "符合经济社会发展规划(1分),符合各地、各部门年度工作计划(1分)"),
    (None, None, None, None, "项目实施计划", "4", "",
     "项目是否符合申报条件;申报、批复程序是非符合相关管理办法;项目调整是否履行相应手续",
     "项目符合申报条件(1.5分);申报、批复程序符合相关管理办法(1.5分);项目实施调整履行相应手续(1分)"),
    (None, None, "资金分配", "8", "项目预算安排", "2", "",
     "是否根据需要制定相关资金管理办法,并在管理办法中明确资金分配办法;资金分配因素是否全面、合理",
     "办法健全、规范(1分),因素选择全面、合理(1分)"),
    (None, None, None, None, "项目分配结果", "6", "",
     "资金分配是否符合相关管理办法;分配结果是否合理",
     "资金分配符合相关分配办法(2分),资金分配合理(4 分)"),
    ("项目\n管理", "30", "资金到位", "5", "到位率", "3", "",
     "实际到位/计划到位x1%", "根据项目实际到位资金占计划的比重计算得分(3分)"),
    (None, None, None, None, "到位时效", "2", "",
     "资金是否及时到位;若未及时到位,是否影响项目进度",
     "及时到位(2分),未及时到位但未影响项目进"),
]
G2 = {
    "source_urls": [D2_URL],
    "province": None,
    "doc_kind": "绩效考核指标评分表(评价指标体系模板)",
    "patterns": [1, 5, 8],
    "indicators": [
        ind("项目决策", "项目目标", "目标内容", 4),
        ind("项目决策", "决策过程", "项目服务对象", 2),
        ind("项目决策", "决策过程", "项目考核体系", 2),
        ind("项目决策", "决策过程", "项目实施计划", 4),
        ind("项目决策", "资金分配", "项目预算安排", 2),
        ind("项目决策", "资金分配", "项目分配结果", 6),
        ind("项目管理", "资金到位", "到位率", 3),
        ind("项目管理", "资金到位", "到位时效", 2),
    ],
    "goals": [],
    "facts": [
        {"metric": "项目决策 分值", "kind": "sum", "total": 20, "parts": [4, 8, 8], "unit": "分"},
        {"metric": "决策过程 分值", "kind": "sum", "total": 8, "parts": [2, 2, 4], "unit": "分"},
        {"metric": "资金分配 分值", "kind": "sum", "total": 8, "parts": [2, 6], "unit": "分"},
        {"metric": "资金到位 分值", "kind": "sum", "total": 5, "parts": [3, 2], "unit": "分"},
        {"metric": "目标内容 评价标准分项", "kind": "sum", "total": 4, "parts": [1, 1.5, 1.5], "unit": "分"},
        {"metric": "项目实施计划 评价标准分项", "kind": "sum", "total": 4, "parts": [1.5, 1.5, 1], "unit": "分"},
        {"metric": "项目分配结果 评价标准分项", "kind": "sum", "total": 6, "parts": [2, 4], "unit": "分"},
    ],
    "findings": [],
    "notes": (
        "Stored page: a document-sharing site's preview (上传时间 2025-04-22) of '国家农业标准化示范项目绩效考核指标评分表.docx', "
        "an 附件 to a national (not provincial) scheme; no province or year is printed, so province is null. "
        "The preview text runs the table together; I rebuilt it as one table with the header words as found "
        "(一级指标 │分值│二级指标│分值│三级指标│分值│得分│指标解释│评价标准), 一级 labels '项目 决策'/'项目 管理' merged down their blocks, "
        "二级 labels merged down theirs. The 得分 column is empty (blank template). The stored page stops inside the "
        "评价标准 of 到位时效 ('及时到位(2分),未及时到位但未影响项目进'); 项目管理 30 therefore shows only 资金到位 5, and "
        "项目管理 is not a fact. Kept as found: '是非符合' (for 是否符合) and the formula '实际到位/计划到位x1%' (for ×100%). "
        "Judgement: rows are scoring criteria without target values, so operator/value/unit/target_text/actual/score are null. "
        "No finding: the formula typo x1% has no rule id in design.md §5 (it is not a stated rate to recompute); "
        "all visible subtotals add up."
    ),
}

# ----------------------------------------------------------------------------
# Document 3: 南陵县交通运输局 2023 公交补贴 重点项目支出绩效评价报告 (prose)
# ----------------------------------------------------------------------------
D3 = "anhui-nanling-gongjiaobutie-pingjiabaogao.docx"
D3_URL = "https://www.nlx.gov.cn/openness/public/6605211/39277064.html"
D3_TEMPLATE_TEXT = "应根据项目行业发展规划、实施方案等对项目未来一段时间内预期实现的产出、效益、效果等内容进行描述。"
D3_GOAL = ("面向全县居民提供绿色、安全、舒适、便捷的公交出行服务,建成与经济社会发展相适应的公交服务体系;"
           "年度内完成乡镇、建制村通客车,公交服务质量逐步提高,公交企业实现可持续运营等任务。")
D3_PARAS = [
    ("title", "2023年度南陵县交通运输局部门公交补贴重点项目支出绩效评价报告"),
    ("p", "为加强预算绩效管理、提高财政资源配置和使用效益,按照《南陵县财政局关于开展2023年度县级预算支出绩效单位自评和部门评价工作的通知》"
          "(财预〔2024〕8号)的要求,南陵县交通运输局成立绩效评价工作组,对2023年度重点项目支出开展财政绩效评价。现将评价情况报告如下:"),
    ("h1", "一、项目基本情况"),
    ("h2", "(一)项目概况"),
    ("p", "项目背景:"),
    ("p", "公交属于公益事业。按照“政府主导、市场运作、行业监管、质量考核”的原则实施公交亏损补贴,逐步形成政府负担得起、群众承受得了、"
          "发展可持续的政府补贴公交服务机制,为群众提供优质高效的公共交通服务,增强居民出行的获得感、幸福感和安全感。"),
    ("p", "主要内容及实施情况:"),
    ("p", "保障公交企业正常运营,完成镇、建制村通公交任务。2023年度我局共向南陵运山公交有限责任公司拨付2924.27万元用于公交补贴项目,"
          "补贴资金用于公交公司日常运营和公交车辆购置补贴。"),
    ("p", "资金投入和使用情况:"),
    ("p", "2023年初我局申请预算资金2000万元,年底追加预算资金1000万元用于公交补贴项目,截至2023年底已使用资金2924.27万元。"),
    ("h2", "(二)部门重点项目绩效目标"),
    ("p", "1.项目绩效总体目标"),
    ("p", D3_TEMPLATE_TEXT),
    ("p", D3_GOAL),
    ("p", "2.年度绩效目标(阶段性目标)"),
    ("p", "项目预期产出、效益指标及指标值"),
    ("p", "(1)数量指标"),
    ("p", "指标:乡镇、建制村通公交完成率100%。"),
    ("p", "(2)质量指标"),
    ("p", "指标:"),
]
G3 = {
    "source_urls": [D3_URL],
    "province": "安徽",
    "doc_kind": "重点项目支出绩效评价报告(部门评价)",
    "patterns": [6, 8, 10],
    "indicators": [
        ind(None, "数量指标", "乡镇、建制村通公交完成率", None, operator=None, value=100, unit="%",
            target_text="乡镇、建制村通公交完成率100%"),
    ],
    "goals": [
        {"kind": "总体目标", "text": D3_GOAL},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": D3_GOAL,
         "why": "总体目标 states 公交服务质量逐步提高 and 可持续运营 with no number, baseline or date."},
        {"rule": "target.placeholder", "item": D3_TEMPLATE_TEXT,
         "why": "The template's instruction sentence was left in the 总体目标 section of the finished report."},
    ],
    "notes": (
        "Stored page (南陵县人民政府 openness page, Anhui, 2024) stops right after '(2)质量指标 指标:' — the 质量指标 "
        "line has no indicator yet, so it is not a gold row, and the rest of the report (scores, conclusion) is not stored. "
        "Background and narrative sentences are in my own words with all numbers kept (2924.27万元, 2000万元, 1000万元, "
        "财预〔2024〕8号, 南陵运山公交有限责任公司). The 总体目标 paragraph is reworded but keeps its vague wording "
        "(逐步提高) on purpose. The template instruction '应根据项目行业发展规划…进行描述。' is kept verbatim as found "
        "(pattern 8). The single indicator is written in prose with its value glued to its name (pattern 6); "
        "level1 is null because the document gives only '(1)数量指标'; operator null because 100% has no operator; "
        "target_text is the indicator clause as written. Facts: the report gives 2000 + 1000 万元 budget and 2924.27 万元 "
        "used but states no total, so no sum fact is listed (a reader may compute 3000 万元 and 97.48% execution; "
        "the document does not state them). Not flagged because the page is cut: missing 质量/效益/满意度 indicators "
        "(coverage) and goal items without indicators (goal.unmeasured)."
    ),
}

# ----------------------------------------------------------------------------
# Document 4: 昆明市文化和旅游局2024年度部门整体支出绩效评价报告(摘要) (prose)
# ----------------------------------------------------------------------------
D4 = "yunnan-kunming-wenhualvyou-bumenzhengti-pingjiabaogao.docx"
D4_URL = "http://m.whhlyj.km.gov.cn/c/2025-08-20/5029017.shtml"
D4_PARAS = [
    ("title", "昆明市文化和旅游局2024年度部门整体支出绩效评价报告(摘 要)"),
    ("p", "2025/08/20"),
    ("h1", "一、预算批复及资金基本情况"),
    ("p", "市文旅局2024年收入预算23,264.53万元,其中:一般公共预算收入19,885.53万元,政府性基金预算收入3,379.00万元。"
          "支出预算23,264.53万元,其中:基本支出14,741.53万元;项目支出8,523.00万元。"),
    ("p", "市文旅局2024年收入决算数为35,820.29万元(含部分上级资金,不含县市区转移性支出),其中,一般公共预算财政拨款收入18,879.06万元,"
          "政府性基金预算收入16,812.20万元,其他收入129.03万元;年初结转结余41.34万元。总支出决算数为35,837.94万元。"
          "其中:基本支出13,819.134万元,项目支出22,018.81万元;年末结转结余23.68万元。"),
    ("h1", "二、绩效评价结论"),
    ("p", "昆明市文化和旅游局2024年部门整体支出绩效评价等级为“良好”。"),
    ("p", "2024年市文旅局落实《昆明市“十四五”文化和旅游发展规划》和部门重点工作任务,开展旅游市场和文化市场秩序整治、旅游资源开发和对外宣传,"
          "推动文化和旅游高质量发展,提升了昆明旅游形象;同时也存在预算编制不够严谨、资金紧张时支付执行率偏低,管理效益和服务效能有待提升,"
          "业务管理规范性不足、内控制度有待完善等问题。"),
    ("h1", "三、主要存在的问题"),
    ("h2", "(一)预算编制不够严严谨,支付执行率未达到预期"),
    ("p", "一是预算编制不够严谨。部分项目经费预算只是在往年费用基础上简单压缩,没有结合成效评估、项目规模与目标以及省外同类项目的成本水平测算,"
          "预算与实际需求存在一定差距。二是部分支付资金总体执行率偏低,主要原因是资金下达时间偏晚、项目推进节奏较慢,以及部分资金用途与地区具体办法不一致。"),
    ("h2", "(二)管理效益需进一步加强,服务效能需进一步提升"),
    ("p", "一"),
]
G4 = {
    "source_urls": [D4_URL],
    "province": "云南",
    "doc_kind": "部门整体支出绩效评价报告(摘要)",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2024年收入预算", "kind": "sum", "total": 23264.53, "parts": [19885.53, 3379.00], "unit": "万元"},
        {"metric": "2024年支出预算", "kind": "sum", "total": 23264.53, "parts": [14741.53, 8523.00], "unit": "万元"},
        {"metric": "2024年收入决算数", "kind": "sum", "total": 35820.29, "parts": [18879.06, 16812.20, 129.03], "unit": "万元"},
        {"metric": "2024年总支出决算数", "kind": "sum", "total": 35837.94, "parts": [13819.134, 22018.81], "unit": "万元"},
    ],
    "findings": [],
    "notes": (
        "Stored page (mobile site of 昆明市文化和旅游局, dated 2025/08/20) is the summary of the 2024 部门整体支出 evaluation; "
        "it stops at '(二)管理效益需进一步加强,服务效能需进一步提升' followed by '一' — I kept that lone '一' as the last line. "
        "Prose only: no indicator table, no goal statement, so indicators and goals are empty (the grade 良好 is given "
        "without a score, so consistency.grade cannot be checked). All amounts are kept exactly, including the odd three "
        "decimals of '13,819.134万元' and the typo '严严谨' in the heading; the narrative paragraphs are in my own words. "
        "All four stated totals add up (35,837.94 vs 13,819.134 + 22,018.81 = 35,837.944, equal at the stated decimals); "
        "收入决算 35,820.29 + 年初结转结余 41.34 = 35,861.63 vs 支出决算 35,837.94 + 年末结转结余 23.68 = 35,861.62 differs "
        "by 0.01 (rounding), not stated as a total in the text, so not a fact and not a finding. "
        "'支付执行率偏低' gives no rate, so no rate fact."
    ),
}

DOCS = [(D1, G1), (D2, G2), (D3, G3), (D4, G4)]


# ----------------------------------------------------------------------------
# gold first
# ----------------------------------------------------------------------------
def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for name, gold in DOCS:
        for fname in (name, os.path.splitext(name)[0] + ".pdf"):
            g = {"source": fname}
            g.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=2)
                f.write("\n")


# ----------------------------------------------------------------------------
# DOCX helpers
# ----------------------------------------------------------------------------
def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for s in ("Heading 1", "Heading 2", "Title"):
        hs = doc.styles[s]
        hs.font.name = FONT
        rpr = hs.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
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
    cp.author = "blind125"
    cp.last_modified_by = "blind125"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    return doc


def para(doc, text, kind="p"):
    if kind == "title":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(15)
        return p
    if kind == "h1":
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)
        return p
    if kind == "h2":
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        return p
    p = doc.add_paragraph(text)
    if kind == "p" and len(text) > 20:
        p.paragraph_format.first_line_indent = Pt(21)
    return p


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def grid_table(doc, head, rows, widths, merge_cols):
    """rows: tuples; None in a merge column means 'merged with the cell above'."""
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    for j, h in enumerate(head):
        set_cell(t.cell(0, j), h, bold=True)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is not None:
                set_cell(t.cell(i, j), v)
    # merges
    for j in merge_cols:
        i = 1
        while i <= len(rows):
            k = i
            while k + 1 <= len(rows) and rows[k][j] is None:
                k += 1
            if k > i:
                t.cell(i, j).merge(t.cell(k, j))
                # merging concatenates paragraphs; keep only the top text
                set_cell(t.cell(i, j), rows[i - 1][j])
            i = k + 1
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for j, w in enumerate(widths):
        for r in t.rows:
            r.cells[j].width = Cm(w)
    return t


# ----------------------------------------------------------------------------
# builders
# ----------------------------------------------------------------------------
def build_d1(path):
    doc = new_doc(landscape=True)
    para(doc, D1_TITLE, "title")
    para(doc, "【文章內容簡介】", "plain")
    widths = [2.0, 1.1, 2.6, 1.1, 2.8, 1.1, 8.0, 7.4]
    grid_table(doc, D1_HEAD, D1_ROWS_A, widths, merge_cols=[0, 1, 2, 3])
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    hp = doc.add_paragraph()
    r = hp.add_run(D1_PAGE_HEADER)
    r.font.size = Pt(8)
    grid_table(doc, D1_HEAD, D1_ROWS_B, widths, merge_cols=[])
    doc.save(path)


def build_d2(path):
    doc = new_doc(landscape=True)
    para(doc, "附件", "plain")
    para(doc, "国家农业标准化示范项目绩效考核指标评分表", "title")
    widths = [1.4, 1.1, 2.2, 1.1, 2.6, 1.1, 1.2, 7.6, 8.0]
    grid_table(doc, D2_HEAD, D2_ROWS, widths, merge_cols=[0, 1, 2, 3])
    doc.save(path)


def build_prose(path, paras):
    doc = new_doc()
    for kind, text in paras:
        para(doc, text, kind)
    doc.save(path)


def fix_zip(path):
    """Rewrite the DOCX zip with fixed entry dates so the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def to_pdf(docx_path):
    outdir = os.path.dirname(docx_path)
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", outdir, docx_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def norm(s):
    return "".join(s.split())


def check_texts():
    """Every indicator name, target text, goal text and finding item must be in the PDF text."""
    ok = True
    for name, gold in DOCS:
        pdf = os.path.join(HERE, os.path.splitext(name)[0] + ".pdf")
        txt = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
        wanted = []
        for i in gold["indicators"]:
            wanted.append(i["name"])
            if i["target_text"]:
                wanted.append(i["target_text"])
        wanted += [g["text"] for g in gold["goals"]]
        wanted += [f["item"] for f in gold["findings"]]
        for w in wanted:
            if norm(w) not in txt:
                ok = False
                print(f"MISSING in {os.path.basename(pdf)}: {w}", file=sys.stderr)
    return ok


def main():
    write_gold()
    build_d1(os.path.join(HERE, D1))
    build_d2(os.path.join(HERE, D2))
    build_prose(os.path.join(HERE, D3), D3_PARAS)
    build_prose(os.path.join(HERE, D4), D4_PARAS)
    for name, _ in DOCS:
        fix_zip(os.path.join(HERE, name))
        to_pdf(os.path.join(HERE, name))
    ok = check_texts()
    print("text check:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
