#!/usr/bin/env python3
"""Build the blind120 part of jixiao's real-layout corpus.

Five documents reproduced from stored public web pages (unit-wide and
follow-up performance documents). Each is written as DOCX or XLSX and exported
to PDF with LibreOffice. The gold annotations are defined first in this script
and written before any document file is built.

Written by an annotator who has not read the toolkit's code.

Run:  /tmp/venv/bin/python make_blind120_layouts.py
"""
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)
FIXED_ZIP_DT = (2024, 1, 1, 0, 0, 0)
AUTHOR = "jixiao corpus blind120"

# ---------------------------------------------------------------------------
# Text that appears both in the documents and in the gold (kept in one place
# so that gold and document agree character for character).
# ---------------------------------------------------------------------------

# 1 Hunan, Yongzhou Lingling district CDC: 部门整体支出绩效自评表 (2021)
LL_GOALS = [
    "1:适龄儿童国家免疫规划疫苗接种率≥90%。",
    "2:减少艾滋病新发感染,降低艾滋病病死率,暗娼、男性同性性行为人群艾滋病检测比例70%。",
    "3:加强传染病疫情监测、流行病学调查和疫情分析研判,及时处置暴发疫情,逐步降低重点传染病危害,完成率≥80%。",
    "4:进一步减少结核病感染",  # the stored page stops here
]

# 2 Hubei, Xianning ecology and environment bureau: 转移支付区域(项目)绩效目标自评表 (2021)
XN_GOAL = ("运用技术领先的监测设备和监控平台,高密度网格化布设监控点位,全面监控市城区及周边乡镇的污染排放,"
           "掌握实时环境质量,对突发污染事件做到及时预警和精准溯源,建立完备的预警处置机制,实现精细化监管,"
           "从根本上提升城市环境监管能力和环境执法水平,助力城市环境空气质量监测提档升级和便民惠民。")
XN_ACTUAL = "正在进行招标意向公示,预计三月中旬开展公开招标"
XN_IND = "建设环境空气质量自动监测子站"
XN_REASON = ("原计划建设内容在准备开工时发现与现状不相适应。经咨询生态环境部和省生态环境厅,可结合工作实际"
             "对建设内容作适当调整。2021年8月起,按生态环境部及省生态环境厅相关规定按程序申报调整建设内容,"
             "11月10日经生态环境部审核同意,12月底取得项目初步设计审批文件。\n改进措施:")

# 3 Hunan, Lixian ecology and environment sub-bureau: 预算项目绩效目标申报表 (2021)
LX_BASIS = ("财政部《关于印发<中央对地方重点生态功能区转移支付办法>的通知》(财预[2019]94号);"
            "环保部、财政部下发的《关于加强“十三五”国家重点生态功能区县域生态环境质量监测评价与考核工作的通知》"
            "(环办监测函[2017]279号);国家环保部、财政部联合印发的《国家重点生态功能区县域生态环境质量考核办法》"
            "(环发(2011)18号);国家环保部办公厅文件《关于印发<国家重点生态功能区生态环境质量监测评价与考核指标体系"
            "实施细则(试行)>的通知》(环办(2014)96号);环境保护部办公厅文件《关于印发<2016年国家重点生态功能区"
            "县域生态环境质量监测评价与考核工作实施方案>的通知》(环办﹝2015﹞77号)。")
LX_LONG = [
    "1、强化生态环境保护,保障群众生产生活的环境安全。",
    "2、加强环境监察、监测能力建设,进一步提高监察、监测水平。",
    "3、开展大气环境、水环境、土壤环境治理战役,推动生态环境质量进一步好转,环境质量总体稳定,污染治理见到实效,人居生活环境明显改善。",
    "4、加大环境监测监管执法力度,从源头上预防和控制环境污染与生态破坏。",
]
LX_YEAR = "通过该项目实施,落实水污染防治工作要求,进一步改善我县集中式饮用水水源地水环境"  # cut

# 4 Guangdong, Xuwen county Xiaqiao town: 2024年度绩效自评报告 (prose)
XQ_TASKS = ("以高质量发展为主线,以“百千万工程”为抓手深化乡村振兴;巩固脱贫攻坚成果,保障脱贫户和监测对象"
            "“两不愁三保障”;推动产业提质,优化农业结构;加强基层党建和干部队伍建设,提升履职能力;优化便民服务,"
            "推进“五型”政府建设;强化社会治安和安全生产监管,守牢安全防线。")
XQ_CORE = ("资金支出率≥98%、支出及时率≥97%、工作质量达标率≥98%,圆满完成年度重点任务,提升群众满意度。")

# 5 Yunnan, Kunming Chenggong: 云大附中呈贡中学 2023部门整体支出绩效评价报告 (prose)
CG_GOAL = ("推进学校晋级升等,软硬件设施提升达标;保障教师待遇,保持教师队伍稳定;做好保运转工作,确保学校教育教学"
           "正常有序开展;统筹推进学校软硬件改造提升,保持学校良好发展势头。")

# ---------------------------------------------------------------------------
# Gold (written before anything else looks at the files)
# ---------------------------------------------------------------------------

def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


DOCS = {}

DOCS["hunan-lingling-jikong-zhengtizipingbiao.docx"] = {
    "source_urls": ["https://m.yzwku.com/doc/292440.html"],
    "province": "湖南",
    "doc_kind": "部门整体支出绩效自评表",
    "patterns": [3, 10],
    "indicators": [],
    "goals": [{"kind": "年度目标", "text": g} for g in LL_GOALS],
    "facts": [
        {"metric": "年度资金总额(按支出性质分)", "kind": "sum", "total": 2456.18, "parts": [2299.98, 156.2], "unit": "万元"},
        {"metric": "年度资金总额(按收入性质分)", "kind": "sum", "total": 2456.18, "parts": [2456.18], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": LL_GOALS[3],
         "why": "目标只写“进一步减少结核病感染”,没有数值或基线(存储页在此截断,按现状判断)"},
        {"rule": "goal.unquantified", "item": LL_GOALS[1],
         "why": "“减少艾滋病新发感染、降低病死率”没有数值或基线,只有检测比例70%有数"},
    ],
    "notes": ("Stored page = doc-sharing preview (优知文库) of the DOCX, text flattened by OCR. It stops inside the "
              "年度总体目标 预期目标 cell at “4:进一步减少结核病感染”; the 实际完成情况 cell and the whole indicator "
              "block are beyond the stored page, so the document has no indicator rows and the 实际完成情况 cell is "
              "left empty. Judgement calls: the OCR text reads “接种率290%” and “完成率280%”; I read the leading “2” as "
              "a mis-recognised “≥” (common OCR confusion) and wrote ≥90% / ≥80%; “70%o” read as “70%。” (no operator "
              "kept, as in the text). The money block is a side-by-side two-halves layout (按收入性质分 | 按支出性质分). "
              "Execution rate 100% = 2456.18/2456.18 and score 10 = 10×100% are consistent (no finding). Goal 3 "
              "(“完成率≥80%” without saying of what) was not flagged. Unit name 区级预算单位名称 kept as found.")
}

DOCS["hubei-xianning-daqiwuran-zipingbiao.xlsx"] = {
    "source_urls": ["http://sthjj.xianning.gov.cn/xxgk/fdzdgknr/czzj/czzxzj/202204/t20220402_2580092.shtml"],
    "province": "湖北",
    "doc_kind": "转移支付区域(项目)绩效目标自评表",
    "patterns": [2, 10],
    "indicators": [
        ind("产出指标", "数量指标", XN_IND, None, 11, "个", "11个", actual=0),
    ],
    "goals": [{"kind": "年度目标", "text": XN_GOAL}],
    "facts": [
        {"metric": "年度资金总额(全年预算数)", "kind": "sum", "total": 2380.91, "parts": [871, 0, 1509.91, 0], "unit": "万元"},
        {"metric": "年度资金总额(全年执行数)", "kind": "sum", "total": 0, "parts": [0, 0, 0, 0], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": XN_GOAL,
         "why": "年初设定目标全是定性表述(全面监控、从根本上提升能力和水平),没有任何数值,连子站数量11个也没写进目标"},
    ],
    "notes": ("Stored page stops inside the 未完成原因和改进措施 cell right after “改进措施:”, so only the first "
              "indicator row exists; the improvement-measures text and all further rows are beyond the stored page. "
              "Kept as found: the 全年完成值 column holds two cells, the indicator name repeated and the value 0; "
              "execution 0 of 2380.91 with rate 0 (consistent). The shortfall (0 of 11) has a reason, so no "
              "deviation_reason_missing. I did not add coverage findings (one row only, no 效益/满意度) because the "
              "table visibly breaks off; a reviewer would see the cut. The person's mobile number is masked "
              "(133****4226); the name is kept. Budget 871 (中央) + 1509.91 (地方) = 2380.91 checks.")
}

DOCS["hunan-lixian-shengtaihuanjing-shenbaobiao.docx"] = {
    "source_urls": ["https://www.li-xian.gov.cn/zwgk/public/6616363/1168566731.html"],
    "province": "湖南",
    "doc_kind": "预算项目绩效目标申报表",
    "patterns": [8, 10],
    "indicators": [],
    "goals": [{"kind": "长期目标", "text": g} for g in LX_LONG] + [{"kind": "年度目标", "text": LX_YEAR}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": LX_LONG[0], "why": "只有“强化/保障”,无数值"},
        {"rule": "goal.unquantified", "item": LX_LONG[1], "why": "“进一步提高”监察监测水平,无数值或基线"},
        {"rule": "goal.unquantified", "item": LX_LONG[2], "why": "“进一步好转”“明显改善”,无数值"},
        {"rule": "goal.unquantified", "item": LX_LONG[3], "why": "“加大力度”,无数值"},
        {"rule": "goal.unquantified", "item": LX_YEAR,
         "why": "年度目标“进一步改善”水源地水环境,无数值(存储页在此截断);实施内容中的“10处水源地”未进入年度目标"},
    ],
    "notes": ("Stored page stops inside the 专项年度绩效目标 cell (“…集中式饮用水水源地水环境”); the indicator table "
              "of this form is beyond the stored page, so no indicator rows. It is a project form of an environment "
              "unit, not a unit-wide form. Kept as found: header line 填报单位(公章) and 金额:100 万元 above the table; "
              "project name 县域生态环境质量考核工作经费 while the only implementation item is 10处水源地规范化建设项目 "
              "(mismatch noted, no rule for it); the dates 2021/1/1–2021/12/31; the basis documents and their numbers "
              "(mixed brackets [ ] ( ) ﹝﹞ as found). The filler's mobile number is masked. goal.unmeasured for "
              "“10处水源地” was not flagged because the indicator table is cut off. 100万元 is a single amount (no sum fact).")
}

DOCS["guangdong-xuwen-xiaqiaozhen-zipingbaogao.docx"] = {
    "source_urls": ["http://www.xuwen.gov.cn/jxzpgkqkl/content/post_2124380.html"],
    "province": "广东",
    "doc_kind": "绩效自评报告(单位整体)",
    "patterns": [10],
    "indicators": [
        ind(None, None, "资金支出率", ">=", 98, "%", "≥98%"),
        ind(None, None, "支出及时率", ">=", 97, "%", "≥97%"),
        ind(None, None, "工作质量达标率", ">=", 98, "%", "≥98%"),
    ],
    "goals": [
        {"kind": "年度目标", "text": XQ_TASKS},
        {"kind": "绩效目标", "text": XQ_CORE},
    ],
    "facts": [
        {"metric": "财政拨款收入合计", "kind": "sum", "total": 2024.05, "parts": [2024.05], "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "资金支出率", "why": "衡量资金支出(投入/过程),不是产出或效果"},
        {"rule": "target.input_or_process", "item": "支出及时率", "why": "衡量支出进度(过程),不是产出或效果"},
        {"rule": "goal.process_only", "item": XQ_CORE,
         "why": "核心绩效目标的数值全部是资金支出率、支出及时率这类过程指标,产出和效果只有“圆满完成”“提升群众满意度”"},
        {"rule": "goal.unquantified", "item": XQ_TASKS,
         "why": "年度重点工作全是“深化/推动/优化/加强/强化”,没有数值"},
        {"rule": "coverage.missing_dimension", "item": XQ_CORE,
         "why": "陈述的指标没有数量指标、效益指标,满意度只写“提升”没有指标值"},
    ],
    "notes": ("Prose only. Stored page stops in 二、(二)评价依据与方法 at “…镇年度预决算资料、财务凭证” (no full stop). "
              "Judgement calls: the three rates of 核心绩效目标 are taken as indicator rows with no level1/level2 "
              "(prose, no table). actual left null: the report gives 预算执行率100% but not the 资金支出率 itself. "
              "Income 2024.05 万元 all 一般公共预算 = expenditure 2024.05 万元, execution 100% (consistent). "
              "工作质量达标率 has no definition of 工作质量 (not flagged: no §5 rule id for a missing formula).")
}

DOCS["yunnan-chenggong-zhongxue-pingjiabaogao.docx"] = {
    "source_urls": ["http://www.kmcg.gov.cn/c/2024-09-26/6908586.shtml"],
    "province": "云南",
    "doc_kind": "部门整体支出绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "绩效目标", "text": CG_GOAL}],
    "facts": [
        {"metric": "2023年收到财政资金", "kind": "sum", "total": 57511795.36, "parts": [759897.87, 56751897.49], "unit": "元"},
        {"metric": "2023年当期支出", "kind": "sum", "total": 56916443.49, "parts": [50167398.51, 6749044.98], "unit": "元"},
        {"metric": "2023年资金(支出+年末结余)", "kind": "sum", "total": 57511795.36, "parts": [56916443.49, 595351.87], "unit": "元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": CG_GOAL,
         "why": "部门整体绩效目标四项都是定性表述(推进、保障、做好、保持),没有一个数值"},
    ],
    "notes": ("Prose only. Stored page stops in 一、(三) at “2023全年预算资金57511795.36元,完成预算项”. All three "
              "money identities add up (759897.87+56751897.49=57511795.36; 50167398.51+6749044.98=56916443.49; "
              "56916443.49+595351.87=57511795.36), so no consistency.sum finding. Kept as found: the title without "
              "“年” (“2023部门整体支出绩效评价报告”), 附件3-2, the odd wording that the 财政资金 total includes 自有资金 and "
              "that the 结余自有资金 is described as a 中央直达资金 carry-over (a classification contradiction a reader "
              "would notice, but no §5 rule fits, so not flagged). The claim 达到了既定的部门绩效目标 rests on one "
              "qualitative achievement (通过晋级升等市级评审).")
}


def write_gold():
    os.makedirs(ANN, exist_ok=True)
    for fname, g in DOCS.items():
        for out in (fname, os.path.splitext(fname)[0] + ".pdf"):
            rec = {"source": out}
            rec.update(g)
            with open(os.path.join(ANN, out + ".json"), "w", encoding="utf-8") as f:
                json.dump(rec, f, ensure_ascii=False, indent=2)
                f.write("\n")


# ---------------------------------------------------------------------------
# Helpers for DOCX
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402


def new_doc(title, landscape=False):
    d = Document()
    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
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


def table(d, nrows, ncols, widths=None):
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def put(t, r, c, text, r2=None, c2=None, bold=False, center=False):
    cell = t.cell(r, c)
    if r2 is not None or c2 is not None:
        cell = cell.merge(t.cell(r2 if r2 is not None else r, c2 if c2 is not None else c))
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return cell


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and sorted, stable entries."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps the save time here
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(<)", rb"\g<1>2024-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 1 Lingling CDC
# ---------------------------------------------------------------------------

def build_lingling(path):
    d = new_doc("部门整体支出绩效自评表(2021年度)")
    para(d, "部门整体支出绩效自评表", bold=True, center=True, size=16)
    para(d, "(2021年度)", center=True)
    t = table(d, 10, 8, widths=[2.4, 3.2, 1.9, 1.9, 1.9, 1.5, 1.6, 1.5])
    put(t, 0, 0, "区级预算单位名称", c2=1)
    put(t, 0, 2, "永州市零陵区疾病预防控制中心", c2=7)
    put(t, 1, 0, "年度预算申请(万元)", r2=7)
    for c, h in zip(range(2, 8), ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        put(t, 1, c, h, center=True)
    put(t, 2, 1, "年度资金总额")
    for c, v in zip(range(2, 8), ["2456.18", "2456.18", "2456.18", "10", "100%", "10"]):
        put(t, 2, c, v, center=True)
    left = ["按收入性质分:2456.18", "其中:一般公共预算:2456.18", "政府性基金拨款:",
            "纳入专户管理的非税收入拨款:", "其他资金:"]
    right = ["按支出性质分:2456.18", "其中:基本支出:2299.98", "项目支出:156.2", "", ""]
    for i, (a, b) in enumerate(zip(left, right)):
        put(t, 3 + i, 1, a, c2=3)
        put(t, 3 + i, 4, b, c2=7)
    put(t, 8, 0, "年度总体目标", r2=9)
    put(t, 8, 1, "预期目标", c2=4, center=True)
    put(t, 8, 5, "实际完成情况", c2=7, center=True)
    put(t, 9, 1, "\n".join(LL_GOALS), c2=4)
    put(t, 9, 5, "", c2=7)
    d.save(path)


# ---------------------------------------------------------------------------
# 3 Lixian
# ---------------------------------------------------------------------------

def build_lixian(path):
    d = new_doc("预算项目绩效目标申报表(2021年度)")
    para(d, "预算项目绩效目标申报表", bold=True, center=True, size=16)
    para(d, "( 2021 年度)", center=True)
    para(d, "填报单位(公章):常德市生态环境局澧县分局                    金额:100 万元")
    t = table(d, 8, 4, widths=[3.2, 4.4, 3.6, 6.2])
    put(t, 0, 0, "项目名称")
    put(t, 0, 1, "环保局县域生态环境质量考核工作经费", c2=3)
    put(t, 1, 0, "项目填报人")
    put(t, 1, 1, "雷文剑")
    put(t, 1, 2, "填报人联系电话")
    put(t, 1, 3, "138****6735")
    put(t, 2, 0, "业务股室")
    put(t, 2, 1, "经建股", c2=3)
    put(t, 3, 0, "专项立项依据")
    put(t, 3, 1, LX_BASIS, c2=3)
    put(t, 4, 0, "实施计划", r2=5)
    put(t, 4, 1, "实施开始时间", center=True)
    put(t, 4, 2, "实施结束时间", center=True)
    put(t, 4, 3, "实施内容", center=True)
    put(t, 5, 1, "2021/1/1", center=True)
    put(t, 5, 2, "2021/12/31", center=True)
    put(t, 5, 3, "1、10处水源地规范化建设项目")
    put(t, 6, 0, "专项长期绩效目标")
    put(t, 6, 1, "\n".join(LX_LONG), c2=3)
    put(t, 7, 0, "专项年度绩效目标")
    put(t, 7, 1, LX_YEAR, c2=3)
    d.save(path)


# ---------------------------------------------------------------------------
# 4 Xiaqiao town (prose)
# ---------------------------------------------------------------------------

def build_xiaqiao(path):
    d = new_doc("下桥镇人民政府2024年度绩效自评报告")
    para(d, "下桥镇人民政府2024年度绩效自评报告", bold=True, center=True, size=16)
    para(d, "按照上级财政部门关于开展年度绩效自评工作的通知要求,我镇及时组建自评工作小组,明确分工、核查资料、"
            "分析成效,全面开展绩效自评。现将2024年度绩效情况报告如下:")
    para(d, "一、单位基本情况", bold=True)
    para(d, "(一)机构与职能", bold=True)
    para(d, "下桥镇人民政府为县级政府下属行政单位,执行政府会计准则制度,机构核定编制107人,无下属二级预算单位。"
            "主要职能包括:贯彻落实党和国家方针政策,统筹辖区经济、政治、文化、社会和生态建设;推进乡村振兴和城乡"
            "融合发展,指导农村经济;落实就业、社保、民政、卫健等公共服务;统筹综合治理和应急管理,维护社会稳定;"
            "承担财政预决算编制与执行、基层党建、综合执法等职责,完成上级交办的任务。")
    para(d, "(二)年度重点工作", bold=True)
    para(d, XQ_TASKS)
    para(d, "(三)收支与绩效目标", bold=True)
    para(d, "2024年度财政拨款收入合计2024.05万元(均为一般公共预算收入),财政拨款支出合计2024.05万元,预算执行率"
            "100%。核心绩效目标:" + XQ_CORE)
    para(d, "二、自评工作开展情况", bold=True)
    para(d, "(一)自评组织", bold=True)
    para(d, "成立由镇长任组长、分管领导任副组长,党政办、财政所及各办主任为组员的自评小组,明确职责分工,制定自评"
            "方案,确保工作规范有序。")
    para(d, "(二)评价依据与方法", bold=True)
    para(d, "1. 依据:《预算法》《财政支出绩效评价管理暂行办法》及上级绩效工作通知、镇年度预决算资料、财务凭证")
    d.save(path)


# ---------------------------------------------------------------------------
# 5 Chenggong middle school (prose)
# ---------------------------------------------------------------------------

def build_chenggong(path):
    d = new_doc("昆明市呈贡区云大附中呈贡中学2023部门整体支出绩效评价报告")
    para(d, "附件3-2")
    para(d, "昆明市呈贡区云大附中呈贡中学", bold=True, center=True, size=16)
    para(d, "2023部门整体支出绩效评价报告", bold=True, center=True, size=16)
    para(d, "一、基本情况", bold=True)
    para(d, "(一)部门整体支出概况", bold=True)
    para(d, "2023年学校共收到财政资金57511795.36元。其中,收到2022年底结转至2023年的自有资金759897.87元,2023年"
            "当期取得收入56751897.49元;2023年当期发生支出56916443.49元。其中,基本支出为50167398.51元,用于保障"
            "教师待遇和学校正常运转,包括发放教师工资,为教师缴纳社会保险和住房公积金,以及办公、维修、教师培训、"
            "物业管理、绿化管养等;项目支出为6749044.98元,用于添置学校硬件和软件、改善办学条件或发放学生奖助学金"
            "等特定方面的支出。2023年年末结余自有资金595351.87元。结余资金为2023年初结转的2022年城乡义务教育补助"
            "经费综合奖补中央直达资金。")
    para(d, "(二)部门整体支出绩效目标", bold=True)
    para(d, "学校整体的绩效目标为:" + CG_GOAL + "2023年,在全体教职工的共同努力下,学校顺利通过了晋级升等的市级"
            "评审,达到了既定的部门绩效目标。")
    para(d, "(三)部门整体支出或项目实施情况分析", bold=True)
    para(d, "2023全年预算资金57511795.36元,完成预算项")
    d.save(path)


# ---------------------------------------------------------------------------
# 2 Xianning (XLSX)
# ---------------------------------------------------------------------------

def build_xianning(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.title = "转移支付区域(项目)绩效目标自评表 (2021)"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    widths = {"A": 12, "B": 12, "C": 30, "D": 10, "E": 30, "F": 8, "G": 48}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    font = Font(name="Noto Serif CJK SC", size=10)

    def w(cell, value, merge=None, bold=False, center=False, valign="top"):
        ws[cell] = value
        c = ws[cell]
        c.font = Font(name="Noto Serif CJK SC", size=10, bold=bold)
        c.alignment = Alignment(wrap_text=True, vertical=valign, horizontal="center" if center else None)
        if merge:
            ws.merge_cells(cell + ":" + merge)

    w("A1", "转移支付区域(项目)绩效目标自评表", "G1", bold=True, center=True)
    ws["A1"].font = Font(name="Noto Serif CJK SC", size=14, bold=True)
    w("A2", "(2021)", "G2", center=True)
    w("A3", "转移支付(项目)名称", "B3")
    w("C3", "2021年第一批中央大气污染防治资金", "G3")
    w("A4", "负责人及电话", "B4")
    w("C4", "潘志明133****4226", "G4")
    w("A5", "地方主管部门", "B5")
    w("C5", "咸宁市生态环境局", "D5")
    w("E5", "实施单位")
    w("F5", "大气环境科", "G5")
    w("A6", "项目资金(万元)", "A11", center=True)
    w("B6", "", "C6")
    w("D6", "全年预算数(A)", center=True)
    w("E6", "全年执行数(B)", "F6", center=True)
    w("G6", "执行率(B/A)", center=True)
    money = [("年度资金总额:", 2380.91, 0, 0), ("其中:中央资金", 871, 0, 0), ("省级资金", 0, 0, 0),
             ("地方资金", 1509.91, 0, 0), ("其他资金", 0, 0, 0)]
    for i, (lab, a, b, r) in enumerate(money):
        row = 7 + i
        w("B%d" % row, lab, "C%d" % row)
        w("D%d" % row, a, center=True)
        w("E%d" % row, b, "F%d" % row, center=True)
        w("G%d" % row, r, center=True)
    w("A12", "年度总体目标", "A13", center=True)
    w("B12", "年初设定目标", "E12", center=True)
    w("F12", "全年实际完成情况", "G12", center=True)
    w("B13", XN_GOAL, "E13")
    w("F13", XN_ACTUAL, "G13", valign="bottom")  # bottom: keeps the goal lines together in text order
    for col, h in zip("ABCDE", ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值"]):
        w("%s14" % col, h, center=True)
    ws.merge_cells("E14:F14")
    w("G14", "未完成原因和改进措施", center=True)
    w("A15", "产出指标", center=True)
    w("B15", "数量指标", center=True)
    w("C15", XN_IND)
    w("D15", "11个", center=True)
    w("E15", XN_IND)
    w("F15", 0, center=True)
    w("G15", XN_REASON)
    for row in ws.iter_rows(min_row=3, max_row=15, min_col=1, max_col=7):
        for c in row:
            c.border = border
    # LibreOffice does not grow rows for wrapped text on import: fixed heights
    ws.row_dimensions[13].height = 96
    ws.row_dimensions[15].height = 170
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


# ---------------------------------------------------------------------------
# PDF export and checks
# ---------------------------------------------------------------------------

def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        env = dict(os.environ, SOURCE_DATE_EPOCH="1704067200")
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=env)
    pdf = os.path.splitext(path)[0] + ".pdf"
    data = open(pdf, "rb").read()
    # fixed dates and document id so that reruns give the same bytes
    data = re.sub(rb"/CreationDate\s*\(D:[^)]*\)", b"/CreationDate(D:20240101000000Z)", data)
    data = re.sub(rb"/ModDate\s*\(D:[^)]*\)", b"/ModDate(D:20240101000000Z)", data)
    data = re.sub(rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>", b"<xmp:CreateDate>2024-01-01T00:00:00Z</xmp:CreateDate>", data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: b"/ID [ <" + b"0" * 32 + b"> <" + b"0" * 32 + b"> ]", data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    open(pdf, "wb").write(data)
    return pdf


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def check(pdf, gold):
    text = pdf_text(pdf)
    missing = []

    def need(s):
        if s is None:
            return
        if re.sub(r"\s+", "", s) not in text:
            missing.append(s)

    for i in gold["indicators"]:
        need(i["name"])
        need(i["target_text"])
    for g in gold["goals"]:
        need(g["text"])
    for f in gold["findings"]:
        need(f["item"])
    return missing


BUILDERS = {
    "hunan-lingling-jikong-zhengtizipingbiao.docx": build_lingling,
    "hubei-xianning-daqiwuran-zipingbiao.xlsx": build_xianning,
    "hunan-lixian-shengtaihuanjing-shenbaobiao.docx": build_lixian,
    "guangdong-xuwen-xiaqiaozhen-zipingbaogao.docx": build_xiaqiao,
    "yunnan-chenggong-zhongxue-pingjiabaogao.docx": build_chenggong,
}


def main():
    write_gold()  # gold first
    bad = 0
    for fname, builder in BUILDERS.items():
        path = os.path.join(HERE, fname)
        builder(path)
        normalise_zip(path)
        pdf = to_pdf(path)
        missing = check(pdf, DOCS[fname])
        if missing:
            bad += 1
            print("MISSING in %s:" % os.path.basename(pdf))
            for m in missing:
                print("   ", m)
        else:
            print("ok", fname)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
