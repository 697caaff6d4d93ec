#!/usr/bin/env python3
"""Build blind part 28 of the real-layout corpus (documents + hand-written gold).

Each entry of DOCS reproduces one stored public page (layout, merged cells, defects as found; facts as
written; longer sentences paraphrased). The gold for every document is written from the same DOCS entry.

    python make_blind28_layouts.py            # XLSX/DOCX + PDF (LibreOffice) + gold
    python make_blind28_layouts.py --no-pdf   # skip the LibreOffice export

XLSX/DOCX bytes are deterministic: fixed core-property timestamps and fixed zip entry times.
"""
import argparse
import copy
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")


# ---------------------------------------------------------------- helpers
def normalize_zip(path):
    """Rewrite a zip container with fixed entry times so that bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    fixed_items = []
    for name, data in items:
        if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the clock at save time
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>", data)
        fixed_items.append((name, data))
    items = fixed_items
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


class Sheet:
    """Small writer: put(row, col, text, span=(rows, cols)) with real merges and borders."""

    def __init__(self, ws, ncols):
        self.ws = ws
        self.ncols = ncols

    def put(self, r, c, value, rows=1, cols=1, left=False, bold=False, border=True):
        cell = self.ws.cell(row=r, column=c, value=value)
        cell.alignment = WRAP_L if left else WRAP
        if bold:
            cell.font = Font(bold=True)
        if rows > 1 or cols > 1:
            self.ws.merge_cells(start_row=r, start_column=c, end_row=r + rows - 1, end_column=c + cols - 1)
        if border:
            for rr in range(r, r + rows):
                for cc in range(c, c + cols):
                    self.ws.cell(row=rr, column=cc).border = BOX
        return cell


def new_workbook(title, widths, landscape=True):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind28"
    wb.properties.lastModifiedBy = "blind28"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb, ws


def save_workbook(wb, path):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalize_zip(path)


def new_document():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "blind28"
    cp.last_modified_by = "blind28"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def save_document(d, path):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    d.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- document 1: 济南 历城区文化馆 (山东)
def build_licheng(path):
    wb, ws = new_workbook("自评表", [12, 13, 30, 13, 13, 8, 8, 12, 20, 20])
    s = Sheet(ws, 10)
    s.put(1, 1, "区级部门预算项目支出绩效自评表", cols=10, bold=True, border=False)
    s.put(2, 1, "( 2019 年度)", cols=10, border=False)
    s.put(3, 1, "主管部门(盖章):", cols=6, left=True, border=False)
    s.put(3, 9, "单位:万元", cols=2, border=False)
    # header block
    s.put(4, 1, "项目名称")
    s.put(4, 2, "商品和服务支出", cols=3)
    s.put(4, 5, "主管部门")
    s.put(4, 6, "济南市历城区文化和旅游局", cols=5)
    s.put(5, 1, "项目实施单位")
    s.put(5, 2, "济南市历城区文化馆", cols=3)
    s.put(5, 5, "项目负责人")
    s.put(5, 6, "田延青", cols=2)
    s.put(5, 8, "联系电话")
    s.put(5, 9, "88894492", cols=2)
    s.put(6, 1, "年度总体目标", rows=2)
    s.put(6, 2, "年初设定目标", cols=3)
    s.put(6, 5, "年度总体目标完成情况综述", cols=6)
    s.put(7, 2, "历城区文化馆免费开放", cols=3)
    s.put(7, 5, "本项目资金保障了历城区文化馆全年免费开放,主要开支为合同聘用人员工资,"
                "本馆全年免费开放和群众文化活动均正常进行。", cols=6, left=True)
    # funds block
    s.put(8, 1, "项目预算\n执行情况\n(10分)", rows=4)
    s.put(8, 2, "")
    s.put(8, 3, "年初预算数(A)")
    s.put(8, 4, "全年执行数(B)")
    s.put(8, 5, "分值")
    s.put(8, 6, "执行率(B/A)")
    s.put(8, 7, "得分")
    s.put(8, 8, "得分计算方法", cols=3)
    s.put(9, 2, "年度资金总额")
    s.put(9, 3, 45)
    s.put(9, 4, 45)
    s.put(9, 5, 10)
    s.put(9, 6, "100%")
    s.put(9, 7, 10)
    s.put(9, 8, "执行率*该指标分值,最高不得超过分值上限。", cols=3, left=True)
    s.put(10, 2, "其中:财政拨款")
    s.put(10, 3, 45)
    s.put(10, 4, 45)
    s.put(10, 5, "-")
    s.put(10, 6, "-")
    s.put(10, 7, "-")
    s.put(10, 8, "", cols=3)
    s.put(11, 2, "      其他资金")
    s.put(11, 3, "")
    s.put(11, 4, "")
    s.put(11, 5, "-")
    s.put(11, 6, "-")
    s.put(11, 7, "-")
    s.put(11, 8, "", cols=3)
    # indicator block (header inside the same form)
    for c, h in enumerate(["一级\n指标", "二级\n指标", "三级指标", "预期指标值(A)", "实际完成指标值(B)",
                           "分值", "得分", "未完成原因"], start=1):
        s.put(12, c, h)
    s.put(12, 9, "得分计算方法", cols=2)
    rows = [
        # (二级 label or None, 三级, target, actual, weight, score)
        ("数量指标", "全年免费开放", "100%", "100%", 12.5, 12.5),
        (None, "-", "", "", "", ""),
        ("质量指标", "免费开放管理制度健全、执行有效性", "100%", "100%", 12.5, 12.5),
        (None, "-", "", "", "", ""),
        ("时效指标", "免费开放率", "100%", "100%", 12.5, 12.5),
        (None, "-", "", "", "", ""),
        ("成本指标", "实际成本与工作内容的匹配程度", "45万", "45万", 12.5, 12.5),
        (None, "-", "", "", "", ""),
        ("-", "-", "", "", "", ""),
        ("经济效益\n指标", "承担重要公益服务项目、助推民生事业发展", "100%", "100%", 10, 10),
        (None, "-", "", "", "", ""),
        ("社会效益\n指标", "促进基本公共文化服务标准化均等化,保障群众基本文化权益。满足广大人民群众接受素质教育、",
         "", "", "", ""),
    ]
    r0 = 13
    for i, (l2, name, tgt, act, w, sc) in enumerate(rows):
        r = r0 + i
        if l2 is not None:
            span = 2 if (i + 1 < len(rows) and rows[i + 1][0] is None) else 1
            s.put(r, 2, l2, rows=span)
        s.put(r, 3, name, left=(name != "-"))
        s.put(r, 4, tgt)
        s.put(r, 5, act)
        s.put(r, 6, w)
        s.put(r, 7, sc)
        s.put(r, 8, "")
    # 一级 labels: the page keeps only the points, the words are lost
    s.put(r0, 1, "\n\n\n\n(50分)", rows=9)
    s.put(r0 + 9, 1, "\n\n\n\n(30分)", rows=3)
    s.put(r0, 9, "定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n"
                 "定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。",
          rows=len(rows), cols=2, left=True)
    for r in range(1, r0 + len(rows)):
        ws.row_dimensions[r].height = 30
    ws.row_dimensions[7].height = 45
    ws.row_dimensions[r0 + len(rows) - 1].height = 45
    save_workbook(wb, path)


LICHENG_GOLD = {
    "source_urls": ["http://jnslcqwhg.cn/newsinf_id_308.html"],
    "province": "山东",
    "doc_kind": "自评表",
    "patterns": [1, 2, 5, 6, 8, 10],
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "全年免费开放", "operator": None, "value": 100,
         "unit": "%", "target_text": "100%", "actual": 100, "weight": 12.5, "score": 12.5},
        {"level1": "产出指标", "level2": "质量指标", "name": "免费开放管理制度健全、执行有效性", "operator": None,
         "value": 100, "unit": "%", "target_text": "100%", "actual": 100, "weight": 12.5, "score": 12.5},
        {"level1": "产出指标", "level2": "时效指标", "name": "免费开放率", "operator": None, "value": 100,
         "unit": "%", "target_text": "100%", "actual": 100, "weight": 12.5, "score": 12.5},
        {"level1": "产出指标", "level2": "成本指标", "name": "实际成本与工作内容的匹配程度", "operator": None,
         "value": 45, "unit": "万", "target_text": "45万", "actual": 45, "weight": 12.5, "score": 12.5},
        {"level1": "效益指标", "level2": "经济效益指标", "name": "承担重要公益服务项目、助推民生事业发展",
         "operator": None, "value": 100, "unit": "%", "target_text": "100%", "actual": 100, "weight": 10,
         "score": 10},
        {"level1": "效益指标", "level2": "社会效益指标",
         "name": "促进基本公共文化服务标准化均等化,保障群众基本文化权益。满足广大人民群众接受素质教育、",
         "operator": None, "value": None, "unit": None, "target_text": "", "actual": None, "weight": None,
         "score": None},
    ],
    "goals": [{"kind": "年度目标", "text": "历城区文化馆免费开放"}],
    "facts": [
        {"metric": "年度资金总额", "kind": "budget", "planned": 45, "actual": 45, "stated_rate": 100,
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": "历城区文化馆免费开放",
         "why": "年初设定目标 names the activity only: no number, date or checkable result"},
        {"rule": "target.vague_wording", "item": "承担重要公益服务项目、助推民生事业发展",
         "why": "slogan with 助推 as the indicator; '100%' has no base (100% of what)"},
        {"rule": "target.unit_mismatch", "item": "实际成本与工作内容的匹配程度",
         "why": "a 匹配程度 (degree) measured as an amount '45万'"},
        {"rule": "target.cost_restates_budget", "item": "实际成本与工作内容的匹配程度",
         "why": "cost target 45万 simply equals the 45万元 budget"},
        {"rule": "target.missing_value", "item": "促进基本公共文化服务标准化均等化,保障群众基本文化权益。满足广大人民群众接受素质教育、",
         "why": "the row is cut after its (sentence-long) name: no target, actual, points or score"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "form cut in its 社会效益 row: no satisfaction indicator in the file"},
    ],
    "notes": "济南市历城区文化馆 区级部门预算项目支出绩效自评表 2019 (项目 商品和服务支出, 主管 历城区文化和旅游局), "
             "page of the 文化馆 site (2020-04-27). Funds 45/45 = 100%, 10 points (holds). The 一级 cells show only "
             "'(50分)' and '(30分)' after blank lines: the words 产出指标/效益指标 are lost on the page (kept); read "
             "from the 二级 labels. Each indicator is followed by a '-' template row, and an extra '- -' row closes the "
             "产出 block: template rows, not indicators. The 得分计算方法 column holds scoring instructions, not values. "
             "No operators are written (levels 100%, 45万); '45万' keeps the bare 万 as its unit. "
             "免费开放管理制度健全、执行有效性 at 100% is a management/process item scored as output (no listed rule "
             "id used; judgement). 免费开放率 sits under 时效指标 with a rate, so no time_no_deadline. The stored page "
             "stops inside the 社会效益 name ('满足广大人民群众接受素质教育、'): no 满意度 rows, no 总分, so no "
             "score_total fact. Completion summary paraphrased; the short goal cell kept as written.",
}


# ---------------------------------------------------------------- document 2: 河源 紫金县司法局 (广东)
def build_zijin(path):
    d = new_document()
    para(d, "县司法局2020年度一村(社区)一法律顾问经费绩效自评报告", bold=True, center=True, size=14)
    para(d, "为落实《中共广东省委广东省人民政府关于全面实施预算绩效管理的若干意见》(粤发[2019]5号)和"
            "《紫金县县级全面实施预算绩效管理工作方案(2021--2022年)》(紫财办[2021]6号)的要求,紫金县司法局"
            "对本县一村(社区)一法律顾问经费开展了自评,情况报告如下:")
    para(d, "一、基本情况", bold=True)
    para(d, "1.项目基本情况")
    para(d, "2020年度县财政安排给紫金县司法局的一村(社区)一法律顾问经费,指标金额为110万元,实际拨付108万元。")
    para(d, "2.项目决策情况")
    para(d, "该项目按规定程序申请设立,设立前做过必要的可行性研究并经集体决策。")
    para(d, "3.绩效目标")
    para(d, "该经费与国家法律法规和司法局职能相符,是服务村民、增强村民法律意识所必需的,绩效目标设置合理。")
    para(d, "二、绩效自评工作组织情况", bold=True)
    para(d, "项目由司法局公律股按既定方案实施,分管领导和财政局绩效股跟踪监督,实施中参照《紫金县司法局项目管理办法》"
            "并遵守相关法律法规;经费委托县邮政储蓄银行代为发放,为村民提供法律咨询、重大决策法律意见、法律援助和"
            "法治宣传等服务。")
    para(d, "三、绩效自评结论", bold=True)
    para(d, "项目自评分:100分")
    para(d, "自评结论:一村(社区)一法律顾问工作已顺利完成目标任务。")
    para(d, "四、绩效指标分析", bold=True)
    para(d, "(一)决策分析")
    para(d, "1.项目立项情况。")
    para(d, "(1)论证决策。")
    para(d, "项目按规定程序申请设立,事前开展了必要的可行性研究并集体决策。")
    para(d, "(2)目标设置。")
    para(d, "组织律师进村,由律师担任村(社区)法律顾问,开展法律咨询、普法宣传、人民调解和法律援助,"
            "维护群众合法权益,化解矛盾纠纷。")
    para(d, "(3)保障措施。")
    para(d, "县司法局依照制定的方案督促管理,每季度督导一次、每半")
    save_document(d, path)


ZIJIN_GOLD = {
    "source_urls": ["http://www.zijin.gov.cn/zw/zdlyxxgk/czysjshsgjfgk/fpzcjzj/content/post_656928.html"],
    "province": "广东",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "目标",
         "text": "组织律师进村,由律师担任村(社区)法律顾问,开展法律咨询、普法宣传、人民调解和法律援助,"
                 "维护群众合法权益,化解矛盾纠纷。"},
    ],
    "facts": [
        {"metric": "一村(社区)一法律顾问经费", "kind": "budget", "planned": 110, "actual": 108,
         "stated_rate": None, "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": "组织律师进村,由律师担任村(社区)法律顾问",
         "why": "目标设置 lists activities and aims (维护/化解) with no number of villages, advisers, cases or date"},
    ],
    "notes": "紫金县司法局 (河源, 广东) 2020 一村(社区)一法律顾问经费 绩效自评报告, county site page. Prose only: the "
             "stored page stops in 四、(一)1.(3) 保障措施 at '每季度一督导、每半', before any 产出/效益 analysis, so "
             "no indicator rows and no coverage finding (nothing in the file lists indicators). 110万元 指标金额 vs "
             "108万元 实际拨付 (98.2%, no rate stated, so no consistency.rate). The report still gives 自评分 100 with "
             "2万元 not paid out; no grade word, no score parts, so no score/grade fact. '3.绩效目标' only says the goal "
             "is reasonable (not taken as a goal). The 紫财办[2021]6号 plan is dated 2021–2022 while the year assessed "
             "is 2020 (kept as written). Narrative paraphrased.",
}


# ---------------------------------------------------------------- document 3: 承德 平泉市人民检察院 (河北)
PINGQUAN_DUTIES = [
    "(1)以习近平新时代中国特色社会主义思想为指导,贯彻党的路线方针和决策部署,坚持党对检察工作的绝对领导,"
    "坚决维护习近平总书记的核心地位和党中央的权威及集中统一领导。",
    "(2)依法向市人民代表大会及其常务委员会提出议案。",
    "(3)落实检察工作方针和总体规划,研究制定本院检察工作计划并组织实施。",
    "(4)对依法由本院直接受理的刑事案件行使侦查权。",
    "(5)对管辖范围内的各类刑事案件依法审查批准逮捕、决定逮捕和提起公诉。",
    "(6)对由本院承办的刑事、民事、行政诉讼活动以及刑事、民事、行政裁决和裁定等生效法律文书的执行实行法律监督。",
    "(7)承办应由本院提起的公益诉讼。",
    "(8)依法受理核准追诉案件,审查是否上诉。",
    "(9)对看守所、社区矫正等执行活动中应由本院承办的部分实行法律监督。",
    "(10)受理向本院提出的控告和申诉。",
    "(11)研究检察工作中具体应用法律政策的问题,组织检察理论研究。",
    "(12)负责检察人员的思想政治教育和业务培训,按权限管理检察官及其他工作人员。",
    "(13)负责本院的检务监督工作。",
    "(14)负责本院的检务保障以及检察技术和信息化建设。",
    "(15)完成其他应由本院负责的工作。",
]


def build_pingquan(path):
    d = new_document()
    para(d, "部门整体支出绩效评价自评报告", bold=True, center=True, size=16)
    para(d, "(2023年度)", center=True)
    para(d, "评价类型: 项目实施过程评价 项目完成结果评价")
    para(d, "部门(单位)全称:平泉市人民检察院 (公章)")
    para(d, "主管部门审核意见:")
    para(d, "财政部门审核意见:")
    para(d, "填报日期 2024年 2月26日")
    para(d, "承德市财政局制", center=True)
    para(d, "部门整体支出绩效评价报告", bold=True, center=True, size=14)
    para(d, "(参考提纲)", center=True)
    para(d, "一、部门基本情况", bold=True)
    para(d, "(一)部门职能与机构设置")
    para(d, "1、部门职责")
    for t in PINGQUAN_DUTIES:
        para(d, t)
    para(d, "2、机构设置")
    para(d, "平泉市人民检察院内设 8个内设机构,即办公室、第一检察部、第二检察部、第三检察部、第四检察部、"
            "第五检察部、综合业务部、政治部、办公室")
    para(d, "- 人员情")
    save_document(d, path)


PINGQUAN_GOLD = {
    "source_urls": ["http://www.hepingquan.jcy.gov.cn/jwgk/bygk/202405/t20240517_6470261.shtml"],
    "province": "河北",
    "doc_kind": "自评报告 (部门整体)",
    "patterns": [7, 8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": "平泉市人民检察院 (承德, 河北) 部门整体支出绩效评价自评报告 2023, 承德市财政局 template (cover with blank "
             "审核意见 lines, '(公章)', the 评价类型 choice without its tick boxes, and the heading '(参考提纲)' left in). "
             "The stored page holds the cover and 一、(一) only: 15 numbered duties (部门职责, not goals: no goal taken) "
             "and 2、机构设置, which says 8 内设机构 but lists nine names with 办公室 twice (8 distinct; kept as written; "
             "no rule id for a count mismatch of names). It stops at '- 人员情' (人员情况): no budget figures, no "
             "indicators, no score. Prose only and nothing that lists indicators, so no coverage finding; the gold "
             "expects no findings. Duties paraphrased; names of the 内设机构 kept.",
}


DOCS = [
    {"file": "sd-licheng-culturalcenter-selfeval.xlsx", "build": build_licheng, "gold": LICHENG_GOLD},
    {"file": "gd-zijin-legal-adviser-selfreport.docx", "build": build_zijin, "gold": ZIJIN_GOLD},
    {"file": "he-pingquan-procuratorate-dept-selfreport.docx", "build": build_pingquan, "gold": PINGQUAN_GOLD},
]


def write_gold(fname, gold):
    out = {"source": fname}
    out.update(copy.deepcopy(gold))
    order = ["source", "source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts",
             "findings", "notes"]
    out = {k: out[k] for k in order}
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def export_pdf(path):
    with tempfile.TemporaryDirectory() as tmp:
        prof = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        shutil.copy(pdf, os.path.join(HERE, os.path.basename(pdf)))
        return os.path.basename(pdf)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args(argv)
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        doc["build"](path)
        write_gold(doc["file"], doc["gold"])
        pdf_name = os.path.splitext(doc["file"])[0] + ".pdf"
        if not args.no_pdf:
            export_pdf(path)
        # the PDF gold follows its source (identical unless the export changes something; see notes)
        write_gold(pdf_name, doc.get("pdf_gold", doc["gold"]))
        print("wrote", doc["file"], "(+ pdf)" if not args.no_pdf else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
