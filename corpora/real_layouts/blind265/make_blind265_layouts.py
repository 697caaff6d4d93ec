"""Build the blind265 layouts: gold first, then DOCX/XLSX, PDFs, annotations, checks.

Run with /tmp/wvenv/bin/python make_blind265_layouts.py (from any folder).
Sources (stored pages, search corpus "pages"):
  - http://zwfwzx.ezhou.gov.cn/spfw/202008/t20200805_348064.html
  - http://cnzheou.com/37584/38154/38157/38160/38224/38225/40251/content_1785778.html
  - http://www.nanxian.gov.cn/14890/36191/36239/36251/content_1751448.html
  - http://ladyspots.com/gkmlpt/content/0/143/post_143919.html
"""

import copy
import datetime
import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind265"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)

URL_EZHOU = "http://zwfwzx.ezhou.gov.cn/spfw/202008/t20200805_348064.html"
URL_YUEYANG = "http://cnzheou.com/37584/38154/38157/38160/38224/38225/40251/content_1785778.html"
URL_NANXIAN = "http://www.nanxian.gov.cn/14890/36191/36239/36251/content_1751448.html"
URL_GD = "http://ladyspots.com/gkmlpt/content/0/143/post_143919.html"

F_EZHOU = "blind265_ezhou_ywtb_kaohe_zhibiao.xlsx"
F_YUEYANG = "blind265_yueyangxian_bdc_shujuhua_pingjia.docx"
F_NANXIAN = "blind265_nanxian_bdc_zhengti_2022.docx"
F_GD = "blind265_guangdong_wsbsdt_2015_fangan.docx"

# ---------------------------------------------------------------------------
# Texts that appear in the documents (the gold below quotes them).
# ---------------------------------------------------------------------------

# 鄂州: notice + attachment table (row 1 complete, row 2 only its number).
EZ_TITLE = "关于印发《鄂州市政务服务“一网通办”考核指标》的通知"
EZ_DATE = "日期:2020-07-24"
EZ_TO = " 区、葛店开发区、临空经济区,市直各部门"
EZ_BODY1 = (
    "为落实省委、省政府加快数字政府建设、深化“放管服”改革的部署,促进全市政务服务"
    "“一网通办”提质提效,经研究,自2020年8月起依据《鄂州市政务服务“一网通办”考核指标》"
    "对全市“一网通办”工作开展考核并通报结果。"
)
EZ_BODY2 = "现将考核指标及其解读一并印发,请抓好落实。"
EZ_ATTACH = [
    "附件:1.区级政务服务“一网通办”考核指标",
    "2.区级政务服务“一网通办”考核指标解读",
    "3.市直部门政务服务“一网通办”考核指标",
    "4.市直部门政务服务“一网通办”考核指标解读",
]
EZ_SIGN = "鄂州市数字政府建设领导小组办公室"
EZ_SIGN_DATE = "2020年7月24日"
EZ_ANNEX = "附件1"
EZ_TABLE_TITLE = "区级政务服务“一网通办”考核指标"
EZ_HEADER = ["序号", "一级指标", "二级指标", "指标分类", "评估内容", "权重", "评估方法", "计分方法",
             "对应数据类型说明"]
EZ_ROW1 = [
    "1",
    "事项管理",
    "事项梳理认领",
    "",
    "评估县、乡、村政务服务事项认领情况(区县事项认领2分,乡镇街道事项认领2分,村社区事项认领1分)",
    "5",
    "评估地方事项“应领\n尽领”情况。",
    ("1.县级事项认领应认领事项的95%得1分,99%以上得1.5分,全部认领应认领事项得2分;"
     "2.当地乡镇事项认领平均数达到指导目录的60%得1分,达到70%得1.5分,达到80%得2分;"
     "3.当地村社区事项认领平均数达到指导目录的50%得0.5分,达到70%得1分"),
    ("N2…NX:该市各所辖区县认领事项数\nN3:当地乡镇、街道认领事项平均数\n"
     "N4:当地村、社区认领事项平均数\nM2…MX:该市各所辖区县应认领事项数\n"
     "M3:全省乡镇认领事项指导目录数\nM4:全省村社区事项指导目录数"),
]
EZ_ROW2 = ["2", "", "", "", "", "", "", "", ""]

# 岳阳县: evaluation report, funds table cut after seven rows.
YY_TITLE = ("2019年自然資源局不動(dòng)產(chǎn)數(shù)據(jù)化建設(shè)項(xiàng)目績(jì)效評(píng)價(jià)報(bào)告")
YY_SOURCE = "來源:縣財(cái)政局   2020-12-09 20:23"
YY_VIEWS = "瀏覽量:1 | | | |"
YY_H1 = "一、項(xiàng)目基本概況"
YY_P1 = (
    "為推動不動產登記工作走向規範化、標準化和現代化管理,依據《不動(dòng)產(chǎn)登記暫行條例》"
    "(國(guó)務(wù)院令656號(hào))、《關(guān)于加強(qiáng)不動(dòng)產(chǎn)登記檔案管理工作的通知》"
    "(湘國(guó)土資〔2017〕30號(hào))以及《關(guān)于做好不動(dòng)產(chǎn)登記存量數(shù)據(jù)整合和"
    "統(tǒng)計(jì)分析工作的通知》(湘國(guó)土資〔2017〕213號(hào))等文件要求,不動產登記中心"
    "從2017年起開展不動產信息化建設專項工作,涉及歷史檔案數字化加工整理、存量數據整合與"
    "共享平臺建設等內容。2019年經縣政府批准,岳陽(yáng)縣不動(dòng)產(chǎn)登記中心開展信息化建設"
    "二期工作,累計投入資金456.62萬(wàn)元。"
)
YY_H2 = "二、項(xiàng)目資金使用及管理情況"
YY_H3 = "(一)項(xiàng)目資金使用情況"
YY_HEADER = ["項(xiàng)目名稱", "預(yù)算支出(萬(wàn)元)", "實(shí)際支出(萬(wàn)元)"]
YY_ROWS = [
    ["房產(chǎn)抵押、查封、預(yù)抵押、預(yù)告期權(quán)檔案錄入", "12", "12"],
    ["土地登記卡掃描、錄入", "15", "15"],
    ["房產(chǎn)網(wǎng)絡(luò)版電子登記數(shù)據(jù)、國(guó)土檔案數(shù)據(jù)與登記數(shù)據(jù)比對(duì)", "76.68326", "76.68326"],
    ["新增不動(dòng)產(chǎn)登記檔案整理、掃描、錄入", "22.5", "22.5"],
    ["解除抵押檔案整理", "3", "3"],
    ["檔案數(shù)據(jù)、電子掃描件、登記數(shù)據(jù)關(guān)聯(lián)", "34.6518", "34.6518"],
    ["不動(dòng)產(chǎn)檔案數(shù)據(jù)建庫(kù)", "8", "8"],
    ["不動(dòng)產(c", "", ""],
]

# 南县: whole-department evaluation report (prose).
NX_PAGE_TITLE = "南县不动产登记中心2022年部门整体支出绩效评价报告"
NX_META = "发布时间:2023-04-17 08:14 信息来源:南县自然资源局 作者: 浏览量:"
NX_FONT = "字体:"
NX_UNIT = "南县不动产登记中心"
NX_TITLE = "2022年部门整体支出绩效评价报告"
NX_H1 = "一、基本情况"
NX_H11 = "(一)部门整体支出概况。"
NX_P11 = (
    "全年收入合计437.89万元,其中一般公共财政拨款收入432.88万元、其他收入拨款5.01万元。"
    "支出合计436.90万元,其中基本支出366.90万元,项目支出70万元(均为行政事业类项目支出)。"
    "按经济分类:工资福利支出347.21万元,商品和服务支出88.53万元,对个人和家庭的补助0.98万元, "
    "资本性支出0.18万元。"
)
NX_H12 = "(二)部门整体支出绩效目标"
NX_GOAL = (
    "部门总目标:把预算编制做细做实;强化财务管理和财务审核;持续控制“三公经费”,"
    "保障不动产登记业务平稳开展。"
)
NX_G1 = "1、预决算公开情况:按规定在财政局门户网站预决算公开统一平台公开本单位预决算。"
NX_G2 = (
    "2、资产管理情况:公共财产物资统一管理、统一调配,建立资产实物登记台账;新购固定资产按"
    "既定采购流程办理,达到政府采购标准的按财政部门规定的政府采购流程申购,自主采购的按单位"
    "内部流程申报、审核、批准后采购;年终对财产物资清查盘点、核对处理,取得资产及时入账核算。"
)
NX_G3 = "3、严控“三公经费”:2022年“三公经费”1万元,各项支出均按“三公经费”管理办法执行。"
NX_G4 = (
    "4、内部管理制度建设:完善财务、“三公经费”、资产等管理制度,管好用好资金和物资;建立内部"
    "监督检查制度,抓好窗口党风廉政建设,加强对制度执行的监督。"
)
NX_G5 = "5、项目绩效总目标:承担全县范围内不动产登记事务工作,为全县不动产"

# 广东: notice + work plan (prose targets), stored page in traditional script with
# pinyin glosses inserted by the mirror site.
GD_TOP = ["無(wú)障礙    長(cháng)者助手 我的收藏   收藏", "政府信息公開(kāi) 規章庫",
          "廣東省人民政府辦公廳政府信息公開(kāi)"]
GD_META = [
    ["索引號:", "006939748/2015-00331", "分類(lèi):", "綜合政務(wù)、通知"],
    ["發(fā)布機構:", "廣東省人民政府辦公廳", "成文日期:", "2015-04-29"],
    ["名稱(chēng):", "廣東省人民政府辦公廳關(guān)于印發(fā)2015年省網(wǎng)上辦事大廳建設工作方案的通知", "", ""],
    ["文號:", "粵辦函〔2015〕208號", "發(fā)布日期:", "2015-05-06"],
    ["主題詞:", "", "", ""],
]
GD_PRINT = "【打印】 【字體:"
GD_TITLE = "廣東省人民政府辦公廳關(guān)于印發(fā)2015年省網(wǎng)上辦事大廳建設工作方案的通知"
GD_PUB = "發(fā)布日期:2015-05-06  瀏覽次數:-"
GD_DOCNO = "粵辦函〔2015〕208號"
GD_TITLE2 = ["廣東省人民政府辦公廳關(guān)于印發(fā)2015年", "省網(wǎng)上辦事大廳建設工作方案的通知"]
GD_TO = "各地級以上市人民政府,各縣(市、區)人民政府,省政府各部門(mén)、各直屬機構:"
GD_BODY = (
    "《2015年省網(wǎng)上辦事大廳建設工作方案》經省人民政府同意,現印發給你們,請結合實際抓好落實。"
    "落實中遇到問題,請直接向省經(jīng)濟和信息化委反映。"
)
GD_SIGN = "省府辦公廳"
GD_SIGN_DATE = "2015年4月29日"
GD_PLAN = "2015年省網(wǎng)上辦事大廳建設工作方案"
GD_H1 = "一、工作目標"
GD_GOAL = (
    "總體目標:2015年底前,全省行政審批事項網(wǎng)上全流程辦理率達30%以上,網(wǎng)上辦結率達30%以上;"
    "鼓勵涉及民生的社會(huì )事務(wù)服務(wù)事項實現網上全流程辦理;所有網(wǎng)上申辦事項到現場(chǎng)辦理次數"
    "不超過(guò)2次,其中70%以上網(wǎng)上申辦事項到現場(chǎng)辦理次數不超過(guò)1次。加緊拓展移動應用業務,"
    "正式發(fā)布省網(wǎng)上辦事大廳手機版?;窘ǔ扇〗y一的電子證照系統,並逐步在省直部門(mén)和"
    "珠三角九市(含順德區,下同)推廣應"
)

# ---------------------------------------------------------------------------
# Gold (written before any file is built or read).
# ---------------------------------------------------------------------------


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


GOLD = {
    F_EZHOU: {
        "source_urls": [URL_EZHOU],
        "province": "湖北省",
        "doc_kind": "考核指标通知及附件考核指标表(政务服务一网通办)",
        "patterns": [5, 8],
        "indicators": [
            ind("事项管理", None, "事项梳理认领", None, None, None, None, weight=5),
        ],
        "goals": [],
        "facts": [
            {"metric": "事项梳理认领权重", "kind": "sum", "total": 5, "parts": [2, 2, 1], "unit": "分"},
        ],
        "findings": [],
        "notes": (
            "Stored page: a notice of 鄂州市数字政府建设领导小组办公室 (2020-07-24) with attachment 1, a "
            "nine-column assessment table (序号/一级指标/二级指标/指标分类/评估内容/权重/评估方法/计分方法/"
            "对应数据类型说明). Only row 1 is complete; the page stops right after the number 2 of row 2, so "
            "row 2 is built with its number only and everything after it is absent. Row 1 gives eight values "
            "for nine headers; I read 指标分类 as the empty cell because the next text is plainly the 评估内容. "
            "The row has no target value of its own: 计分方法 gives stepped scoring bands (95%/99%/全部; 60/70/80%; "
            "50/70%), which I keep as scoring rules, not as targets, so operator/value/target_text are null. "
            "The weight 5 equals the sub-points 2+2+1 written in 评估内容 (recorded as a sum fact, consistent). "
            "The addressee line starts with a space and lacks 各 and a colon, as stored. No finding: this is an "
            "assessment scheme rather than a budget target table, and the page stops before any other row. "
            "The notice sentences are reworded; names, dates, figures and codes are kept."
        ),
    },
    F_YUEYANG: {
        "source_urls": [URL_YUEYANG],
        "province": "湖南省",
        "doc_kind": "项目绩效评价报告(不动产数据化建设),资金使用表",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Stored page is a mirror of a 岳阳县 page whose text carries inserted pinyin glosses in traditional "
            "script (e.g. 不動(dòng)產(chǎn)); these defects are kept in names, headings and document titles. The "
            "opening paragraph is reworded in my own words (figures 2017, 2019, 456.62萬元 and the doc numbers "
            "國務院令656號, 湘國土資〔2017〕30號, 〔2017〕213號 kept). The funds table (項目名稱 | 預算支出 | 實際支出) "
            "stops after seven rows plus the fragment '不動(dòng)產(c'; no total row is visible, so the stated 456.62萬元 "
            "cannot be compared with the parts (the seven visible rows add to 171.83506) and no sum fact is "
            "recorded. The page stops before any target, indicator or finding, so indicators/goals are empty: "
            "a reader should not invent indicators from a funds table."
        ),
    },
    F_NANXIAN: {
        "source_urls": [URL_NANXIAN],
        "province": "湖南省",
        "doc_kind": "部门整体支出绩效评价报告(不动产登记中心)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "部门总目标", "text": NX_GOAL},
            {"kind": "部门整体支出绩效目标", "text": NX_G1},
            {"kind": "部门整体支出绩效目标", "text": NX_G2},
            {"kind": "部门整体支出绩效目标", "text": NX_G3},
            {"kind": "部门整体支出绩效目标", "text": NX_G4},
            {"kind": "项目绩效总目标", "text": NX_G5},
        ],
        "facts": [
            {"metric": "全年收入合计", "kind": "sum", "total": 437.89, "parts": [432.88, 5.01], "unit": "万元"},
            {"metric": "支出合计", "kind": "sum", "total": 436.90, "parts": [366.90, 70], "unit": "万元"},
            {"metric": "支出合计(经济分类)", "kind": "sum", "total": 436.90,
             "parts": [347.21, 88.53, 0.98, 0.18], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.process_only", "item": NX_GOAL[:20],
             "why": "部门总目标 lists budgeting, financial review and 三公 control, i.e. management process, not outputs or effects"},
            {"rule": "goal.unquantified", "item": NX_GOAL[:20],
             "why": "部门总目标 carries no number, date or level that could be checked at year end"},
            {"rule": "goal.process_only", "item": NX_G1[:20],
             "why": "publishing budgets and accounts is a compliance step, not a result of the spending"},
            {"rule": "goal.process_only", "item": NX_G2[:20],
             "why": "asset registers, purchase procedure and stock-taking are management process"},
            {"rule": "goal.budget_text", "item": NX_G3[:20],
             "why": "the target restates the amount spent on 三公经费 (1万元) instead of an output or effect"},
            {"rule": "goal.process_only", "item": NX_G4[:20],
             "why": "building internal rules and supervision is process; no measurable result is named"},
        ],
        "notes": (
            "Prose report, no table in the stored text; targets stand only in running text. The page stops "
            "inside item 5 ('为全县不动产'), before any indicator table or self-evaluation score, so coverage and "
            "score checks cannot be made. All three sums hold (432.88+5.01=437.89; 366.90+70=436.90; "
            "347.21+88.53+0.98+0.18=436.90). The odd space before 资本性支出 is kept. Sentences reworded, "
            "figures kept."
        ),
    },
    F_GD: {
        "source_urls": [URL_GD],
        "province": "广东省",
        "doc_kind": "工作方案印发通知(省网上办事大厅建设,目标在正文)",
        "patterns": [8],
        "indicators": [
            ind(None, None, "全省行政審批事項網(wǎng)上全流程辦理率", ">=", 30, "%", "達30%以上"),
            ind(None, None, "網(wǎng)上辦結率", ">=", 30, "%", "達30%以上"),
            ind(None, None, "涉及民生的社會(huì )事務(wù)服務(wù)事項", None, None, None,
                "鼓勵涉及民生的社會(huì )事務(wù)服務(wù)事項實現網上全流程辦理"),
            ind(None, None, "網(wǎng)上申辦事項到現場(chǎng)辦理次數", "<=", 2, "次", "不超過(guò)2次"),
            ind(None, None, "網(wǎng)上申辦事項到現場(chǎng)辦理次數不超過(guò)1次", ">=", 70, "%",
                "70%以上網(wǎng)上申辦事項到現場(chǎng)辦理次數不超過(guò)1次"),
            ind(None, None, "省網(wǎng)上辦事大廳手機版", None, None, None, "正式發(fā)布省網(wǎng)上辦事大廳手機版"),
        ],
        "goals": [
            {"kind": "總體目標", "text": GD_GOAL},
        ],
        "facts": [],
        "findings": [
            {"rule": "target.missing_value", "item": "涉及民生的社會(huì )事務(wù)服務(wù)事項",
             "why": "only '鼓勵…實現網上全流程辦理' with no share, count or date of its own"},
        ],
        "notes": (
            "Stored page is a mirror of the 廣東省人民政府辦公廳 notice 粵辦函〔2015〕208號 in traditional script "
            "with pinyin glosses inserted after some characters (網(wǎng), 發(fā)…) and stray '?' lines; these defects "
            "are kept in names, titles and the metadata block, and the mojibake '?;窘ǔ扇〗y一' (the page's garbling "
            "of a phrase about building a unified e-licence system) is kept as stored. The notice sentence and "
            "the goal paragraph are reworded around the kept names and figures. Targets stand only in the prose "
            "總體目標 (2015年底: 網上全流程辦理率 and 網上辦結率 ≥30%, 到現場次數 ≤2次, 70%以上 ≤1次). The "
            "'電子證照系統' target is garbled and cut by the page end ('推廣應'), so it is not an indicator row. "
            "The page stops inside the first paragraph of section 一, before any further targets; no coverage "
            "finding is made because the rest of the plan is not visible."
        ),
    },
}

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def set_cell_font(run, size=10, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Noto Sans CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")


def para(doc, text, size=10.5, bold=False, align=None):
    p = doc.add_paragraph()
    if text:
        set_cell_font(p.add_run(text), size=size, bold=bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def fill_cell(cell, text, size=9, bold=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            set_cell_font(p.add_run(line), size=size, bold=bold)


def new_doc():
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind265"
    cp.last_modified_by = "blind265"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def build_yueyang(path):
    doc = new_doc()
    para(doc, YY_TITLE, size=14, bold=True, align="center")
    para(doc, YY_SOURCE, size=9)
    para(doc, YY_VIEWS, size=9)
    para(doc, YY_H1, bold=True)
    para(doc, YY_P1)
    para(doc, YY_H2, bold=True)
    para(doc, YY_H3)
    table = doc.add_table(rows=1 + len(YY_ROWS), cols=3)
    table.style = "Table Grid"
    for j, h in enumerate(YY_HEADER):
        fill_cell(table.cell(0, j), h, bold=True)
    for i, row in enumerate(YY_ROWS, start=1):
        for j, v in enumerate(row):
            fill_cell(table.cell(i, j), v)
    doc.save(path)


def build_nanxian(path):
    doc = new_doc()
    para(doc, NX_PAGE_TITLE, size=13, bold=True, align="center")
    para(doc, NX_META, size=9)
    para(doc, NX_FONT, size=9)
    para(doc, NX_UNIT, size=14, bold=True, align="center")
    para(doc, NX_TITLE, size=14, bold=True, align="center")
    para(doc, NX_H1, bold=True)
    para(doc, NX_H11)
    para(doc, NX_P11)
    para(doc, NX_H12)
    for text in (NX_GOAL, NX_G1, NX_G2, NX_G3, NX_G4, NX_G5):
        para(doc, text)
    doc.save(path)


def build_gd(path):
    doc = new_doc()
    for t in GD_TOP:
        para(doc, t, size=9)
    table = doc.add_table(rows=len(GD_META), cols=4)
    table.style = "Table Grid"
    for i, row in enumerate(GD_META):
        if row[2] == "" and row[3] == "" and row[1]:
            merged = table.cell(i, 1).merge(table.cell(i, 3))
            fill_cell(table.cell(i, 0), row[0])
            fill_cell(merged, row[1])
            continue
        for j, v in enumerate(row):
            fill_cell(table.cell(i, j), v)
    para(doc, GD_PRINT, size=9)
    para(doc, GD_TITLE, size=13, bold=True, align="center")
    para(doc, GD_PUB, size=9, align="center")
    para(doc, GD_DOCNO, align="center")
    para(doc, "?")
    for t in GD_TITLE2:
        para(doc, t, size=15, bold=True, align="center")
    para(doc, GD_TO)
    para(doc, GD_BODY)
    para(doc, "?")
    para(doc, "?")
    para(doc, GD_SIGN, align="right")
    para(doc, GD_SIGN_DATE, align="right")
    para(doc, "?")
    para(doc, "?")
    para(doc, GD_PLAN, size=14, bold=True, align="center")
    para(doc, "?")
    para(doc, GD_H1, bold=True)
    para(doc, GD_GOAL)
    doc.save(path)


def build_ezhou(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ncol = len(EZ_HEADER)
    r = 1

    def line(text, bold=False, size=10, align="left", height=None):
        nonlocal r
        if height:
            ws.row_dimensions[r].height = height
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = ws.cell(row=r, column=1)
        c.font = Font(name="Noto Sans CJK SC", bold=bold, size=size)
        c.alignment = Alignment(wrap_text=True, horizontal=align, vertical="center")
        r += 1

    line(EZ_TITLE, bold=True, size=13, align="center")
    line(EZ_DATE)
    line(EZ_TO)
    line(EZ_BODY1, height=30)
    line(EZ_BODY2)
    for t in EZ_ATTACH:
        line(t)
    line(EZ_SIGN, align="right")
    line(EZ_SIGN_DATE, align="right")
    line(EZ_ANNEX, bold=True)
    line(EZ_TABLE_TITLE, bold=True, size=12, align="center")
    for rowvals, bold, height in ((EZ_HEADER, True, 28), (EZ_ROW1, False, 150), (EZ_ROW2, False, 16)):
        ws.row_dimensions[r].height = height
        for j, v in enumerate(rowvals, start=1):
            c = ws.cell(row=r, column=j, value=(int(v) if v.isdigit() else v) if v else None)
            c.font = Font(name="Noto Sans CJK SC", bold=bold, size=9)
            c.alignment = wrap
            c.border = border
        r += 1
    widths = [6, 10, 12, 8, 28, 6, 16, 40, 30]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind265"
    wb.properties.lastModifiedBy = "blind265"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

CORE_DATE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = {n: zin.read(n) for n in zin.namelist()}
    if "docProps/core.xml" in items:
        items["docProps/core.xml"] = CORE_DATE_RE.sub(rb"\g<1>2024-01-01T00:00:00Z\g<3>",
                                                     items["docProps/core.xml"])
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        names = sorted(items)
        if "[Content_Types].xml" in names:
            names.remove("[Content_Types].xml")
            names.insert(0, "[Content_Types].xml")
        for n in names:
            info = zipfile.ZipInfo(n, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, items[n])
    tmp.replace(path)


def normalise_pdf(path):
    data = path.read_bytes()

    def fix_date(m):
        s = m.group(2)
        new = b"20240101000000" + b"Z" * max(0, len(s) - 14)
        return m.group(1) + new[: len(s)] + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)(\))", fix_date, data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>\s*\])",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4))
                  + m.group(5), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + (b"2024-01-01T00:00:00Z" + b" " * 64)[: len(m.group(2))]
                  + m.group(3), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"0" * 36, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    path.write_bytes(data)


def to_pdf(src):
    out = src.with_suffix(".pdf")
    if out.exists():
        out.unlink()
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
           "--outdir", str(src.parent), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    normalise_pdf(out)
    return out


def pdf_text(path):
    res = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True)
    return re.sub(r"\s+", "", res.stdout.decode("utf-8"))


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    text = pdf_text(pdf)
    missing = []
    for i in gold["indicators"]:
        for key in ("name", "target_text"):
            if i[key] and squash(i[key]) not in text:
                missing.append((key, i[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"][:30]))
    for f in gold["findings"]:
        if squash(f["item"])[:20] not in text:
            missing.append(("finding", f["item"]))
    return missing


def write_annotations(fname, gold):
    ANN.mkdir(exist_ok=True)
    for src in (fname, str(Path(fname).with_suffix(".pdf"))):
        rec = {"source": src}
        rec.update(copy.deepcopy(gold))
        (ANN / f"{src}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


def build_all():
    builders = {F_EZHOU: build_ezhou, F_YUEYANG: build_yueyang, F_NANXIAN: build_nanxian, F_GD: build_gd}
    problems = []
    for fname, builder in builders.items():
        path = HERE / fname
        builder(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        write_annotations(fname, GOLD[fname])
        miss = check_pdf(pdf, GOLD[fname])
        if miss:
            problems.append((fname, miss))
    return problems


def main():
    shutil.rmtree("/tmp/lo_blind265/user/temp", ignore_errors=True)
    problems = build_all()
    files = sorted(p for p in HERE.iterdir() if p.suffix in (".docx", ".xlsx", ".pdf"))
    first = {p.name: md5(p) for p in files}
    build_all()
    second = {p.name: md5(p) for p in files}
    diff = [n for n in first if first[n] != second[n]]
    for n in sorted(first):
        print(first[n], n)
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    print(f"indicators={n_ind} goals={n_goal} findings={n_find}")
    if problems:
        print("MISSING IN PDF:", json.dumps(problems, ensure_ascii=False, indent=1))
    if diff:
        print("NOT DETERMINISTIC:", diff)
    if problems or diff:
        sys.exit(1)
    print("ok: all gold strings found in PDFs; two runs identical")


if __name__ == "__main__":
    main()
