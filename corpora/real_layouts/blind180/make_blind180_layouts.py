# -*- coding: utf-8 -*-
"""Part blind180: North / North-East China budget-performance layouts.

Gold first (plain Python data), then the builders (python-docx), the PDF export
(LibreOffice, own profile) and the pdftotext check.  Run with /tmp/venv/bin/python.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind180"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

GOAL_A = ("落实党中央、国务院关于新冠肺炎疫情防控工作决策部署,加大新冠疫苗保障力度,"
          "对新冠疫苗生产企业实施优惠贷款贴息政策")

GOLD = {
    "tianjin-binhai-yimiaotiexi-mubiaobiao.docx": {
        "source_urls": ["https://ncp.pkulaw.com/epidemiclar/ba3e79439a2fb7291d6c60b35f1d1d08bdfb.html"],
        "province": "天津市",
        "doc_kind": "项目支出绩效目标表",
        "patterns": [1, 6, 10],
        "indicators": [
            {"level1": "产出指标", "level2": "数量指标", "name": "支持企业数量", "operator": None,
             "value": 1, "unit": "个", "target_text": "1个。", "actual": None, "weight": None, "score": None},
            {"level1": "产出指标", "level2": "成本指标", "name": "补贴金额", "operator": None,
             "value": 280, "unit": "万元", "target_text": "280万元。", "actual": None, "weight": None, "score": None},
            {"level1": "产出指标", "level2": "质量指标", "name": "按政策给予贴息支持", "operator": None,
             "value": None, "unit": None, "target_text": "按政策给予贴息支持。", "actual": None, "weight": None,
             "score": None},
            {"level1": "产出指标", "level2": "实效指标", "name": "及时拨付资金", "operator": None,
             "value": None, "unit": None, "target_text": "2023年底前。", "actual": None, "weight": None,
             "score": None},
            {"level1": "效益指标", "level2": "社会效益指标", "name": "加大新冠病毒疫苗保障力度", "operator": None,
             "value": None, "unit": None, "target_text": "通过贴息政策支持,加大新冠疫苗保障力度。", "actual": None,
             "weight": None, "score": None},
        ],
        "goals": [{"kind": "年度总体绩效目标", "text": GOAL_A}],
        "facts": [{"metric": "新冠病毒疫苗生产优惠贷款贴息资金", "kind": "equal", "total": 280,
                   "parts": [280, 280], "unit": "万元"}],
        "findings": [
            {"rule": "target.cost_restates_budget", "item": "补贴金额",
             "why": "成本指标只重复补助金额280万元,不是单位成本"},
            {"rule": "target.qualitative_no_scale", "item": "按政策给予贴息支持",
             "why": "指标值照抄指标名称,无可衡量的等级或比率"},
            {"rule": "target.input_or_process", "item": "及时拨付资金",
             "why": "衡量的是资金拨付(过程),不是产出"},
            {"rule": "target.vague_wording", "item": "加大新冠病毒疫苗保障力度",
             "why": "“加大……力度”无数值、无基线"},
            {"rule": "goal.unquantified", "item": GOAL_A,
             "why": "年度总体绩效目标没有任何数量或时限"},
        ],
        "notes": ("通知正文两段为转述(保留文号、金额、科目、项目代码、日期);附件表格按原样重建:"
                  "“绩 效 指 标”标签列纵向合并,“产出指标”纵向合并四行,值与单位同格且带句号(“1个。”),"
                  "二级指标原文写作“实效指标”(照录,未改成时效)。存储页在“满意度指标 | 服务”处截断:"
                  "该行照录为残行(一级=满意度指标,二级=“服务”),因无三级名称和指标值,未计入indicators。"
                  "facts:通知金额280万元=表中补助金额280万元=成本指标补贴金额280万元。"),
    },
    "neimenggu-zizhiqu-renshe-zipingbaogao.docx": {
        "source_urls": ["http://rst.nmg.gov.cn/zfxxgk/fdzdgknr/yusuanjuesuan/202201/t20220124_1999013.html"],
        "province": "内蒙古自治区",
        "doc_kind": "部门整体支出绩效自评报告",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [{"metric": "所属事业单位数", "kind": "sum", "total": 15, "parts": [3, 10, 2], "unit": "个"}],
        "findings": [],
        "notes": ("纯文字报告,存储页只到目录、导言、部门概述和职能第1条(在“拟订和”处截断),"
                  "未到绩效目标、指标和评分部分。导言与概述为转述,数字照录;照录原文的怪处:"
                  "发布时间2021-02-26而自评时间2021年12月,“内财监〔20191343号”缺右括号,"
                  "目录“(三)预算资金情况9”带游离页码,目录缺“二、”,导言“现将价情况报告如下”漏字。"
                  "facts:事业单位15个=3+10+2(一致)。编制与在职(103/89、320/288)未列为facts。"),
    },
    "hebei-chengde-minzheng-jixiaowenben.docx": {
        "source_urls": ["https://m.taowenge.com/p-14528931.html"],
        "province": "河北省",
        "doc_kind": "部门预算绩效文本",
        "patterns": [],
        "indicators": [],
        "goals": [{"kind": "总体绩效目标", "text": "(一)、建立和维护县民政系"}],
        "facts": [],
        "findings": [],
        "notes": ("文库站转载的Word文本(原43页),存储页只有封面、目录和第一部分开头,"
                  "在“(一)、建立和维护县民政系”处截断;该残句作为唯一目标照录,不据此下结论。"
                  "目录23个项目绩效目标表的标题连同金额照录(如“临时救助85.4”无单位、"
                  "“冀财社2021152号”无括号,均为原样),页码从粘连文字中拆出;目录末尾游离的“39”照录。"
                  "网站广告与会员说明未复制。"),
    },
    "tianjin-wuqing-kejiguan-xiadatongzhi.docx": {
        "source_urls": ["http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202206/t20220618_5909591.html"],
        "province": "天津市",
        "doc_kind": "资金下达通知(附绩效目标表)",
        "patterns": [10],
        "indicators": [],
        "goals": [],
        "facts": [{"metric": "2022年科技馆免费开放中央补助资金", "kind": "sum", "total": 681,
                   "parts": [661, 20], "unit": "万元"}],
        "findings": [],
        "notes": ("天津市财政局网站镜像上的下达通知;附件“绩效目标表”只有标题,存储页不含表格。"
                  "两段正文为转述,文号、金额、项目代码、科目、日期照录。facts:681=661+20(一致)。"),
    },
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, size=None, center=False, indent=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(21)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def set_cell(cell, text, bold=False, size=9.5):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def save_deterministic(doc, path):
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            data = zin.read(name)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.remove(tmp)


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------


def build_a(path):
    doc = new_doc()
    para(doc, "【法宝引证码】CLI.1.304262")
    para(doc, "【时效性】尚未施行")
    title = "天津市财政局关于提前下达中央财政2023年新冠病毒疫苗生产企业优惠贷款贴息资金(中央直达资金)预算的通知"
    para(doc, title, bold=True, size=12, center=True)
    para(doc, title, bold=True, size=12, center=True)
    para(doc, "(津财防控指〔2022〕17号)", center=True)
    para(doc, "滨海新区财政局:")
    para(doc, "依据财政部《关于提前下达2023年普惠金融发展专项资金预算的通知》(财金〔2022〕113号),"
              "现将康希诺生物股份公司2023年新冠病毒疫苗生产优惠贷款贴息资金预算280万元提前下达你区。"
              "该笔资金属中央直达资金,标识为“01中央直达资金”,支出功能分类科目列“2179902重点企业贷款贴息”,"
              "项目代码:12000023S005803000014。", indent=True)
    para(doc, "请你区依照直达资金管理要求,将资金及时拨付至项目单位并做好监管;同时加强预算绩效管理,"
              "在预算执行中对照绩效目标开展绩效监控,保证年度绩效目标按期实现,提高财政资金使用效益。",
         indent=True)
    para(doc, "附件:项目支出绩效目标表", indent=True)
    p = para(doc, "2022年11月30日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "附件")
    para(doc, "项目支出绩效目标表(2023年度)", bold=True, size=12, center=True)

    rows = 10
    t = doc.add_table(rows=rows, cols=6)
    t.style = "Table Grid"
    widths = [Cm(1.3), Cm(2.2), Cm(2.4), Cm(4.2), Cm(5.2), Cm(1.7)]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    top = [("项目名称", "新冠病毒疫苗生产企业优惠贷款贴息"),
           ("补助金额", "280万元"),
           ("年度总体绩效目标", GOAL_A)]
    for r, (lab, val) in enumerate(top):
        set_cell(t.cell(r, 0), lab)
        m = t.cell(r, 1).merge(t.cell(r, 5))
        set_cell(m, val)
    lab = t.cell(3, 0).merge(t.cell(9, 0))
    set_cell(lab, "绩 效 指 标")
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", ""], start=1):
        set_cell(t.cell(3, c), h)
    chan = t.cell(4, 1).merge(t.cell(7, 1))
    set_cell(chan, "产出指标")
    body = [
        (4, "数量指标", "支持企业数量", "1个。"),
        (5, "成本指标", "补贴金额", "280万元。"),
        (6, "质量指标", "按政策给予贴息支持", "按政策给予贴息支持。"),
        (7, "实效指标", "及时拨付资金", "2023年底前。"),
    ]
    for r, l2, name, val in body:
        set_cell(t.cell(r, 2), l2)
        set_cell(t.cell(r, 3), name)
        set_cell(t.cell(r, 4), val)
    set_cell(t.cell(8, 1), "效益指标")
    set_cell(t.cell(8, 2), "社会效益指标")
    set_cell(t.cell(8, 3), "加大新冠病毒疫苗保障力度")
    set_cell(t.cell(8, 4), "通过贴息政策支持,加大新冠疫苗保障力度。")
    # the stored page stops inside this row
    set_cell(t.cell(9, 1), "满意度指标")
    set_cell(t.cell(9, 2), "服务")
    save_deterministic(doc, path)


def build_b(path):
    doc = new_doc()
    para(doc, "内蒙古自治区人力资源和社会保障厅2020年部门预算绩效自评公开报告", bold=True, size=13, center=True)
    para(doc, "发布时间:2021-02-26 13:05   来源:内蒙古自治区人力资源和社会保障厅", center=True)
    para(doc, "")
    para(doc, "2020年度部门整体支出", bold=True, size=16, center=True)
    para(doc, "绩效自评报告", bold=True, size=16, center=True)
    para(doc, "")
    para(doc, "自评单位:内蒙古自治区人力资源和社会保障厅", center=True)
    para(doc, "自评时间:2021年12月", center=True)
    para(doc, "")
    toc = ["一、部门概述", "(一)部门职能", "(二)机构设置", "(三)预算资金情况9",
           "(四)绩效目标设定及指标完成情况", "评价工作简述", "(一)评价目的", "(二)评价原则和评价方法",
           "(三)评价依据指标体系、评价等级", "三、绩效评价分析", "(一)投入评价分析", "(二)过程评价分析",
           "(三)产出评价分析", "(四)效果评价分析", "四、项目综合评价结论", "五、存在问题及原因分析"]
    for line in toc:
        para(doc, line)
    doc.add_page_break()
    para(doc, "内蒙古自治区人力资源和社会保障厅", bold=True, size=13, center=True)
    para(doc, "2020年度部门整体支出绩效评价报告", bold=True, size=13, center=True)
    para(doc, "依据《内蒙古自治区关于全面实施预算绩效管理的实施意见》(内财监〔20191343号)和"
              "《内蒙古自治区本级财政支出绩效监控管理办法》内财监规〔2021〕4号等规定,本着“科学公正、统筹兼顾、"
              "激励约束、公开透明”的原则,内蒙古自治区人力资源和社会保障厅(以下简称“内蒙古人社厅”)"
              "对本厅2020年度部门整体支出开展了绩效自评。现将价情况报告如下:", indent=True)
    para(doc, "一、部门概述", bold=True)
    para(doc, "内蒙古人社厅为自治区人民政府组成部门。截至2020年12月,厅内设处室20个,核定行政编制103人,"
              "在职89人;所属事业单位15个,其中参照公务员法管理的3个、公益一类10个、公益二类2个,"
              "核定编制320人,在职288人。", indent=True)
    para(doc, "(一)部门职能", bold=True)
    para(doc, "内蒙古人社厅主要履行以下职能:", indent=True)
    para(doc, "1.贯彻落实国家人力资源和社会保障事业发展规划及政策;组织起草本领域地方性法规、规章草案。拟订和",
         indent=True)
    save_deterministic(doc, path)


TOC_C = [
    ("1.2022年村务公开工作经费4.5万绩效目标表", "5"),
    ("2.2022年民政专项工作经费20万绩效目标表", "6"),
    ("3.2022年残疾人员两项补贴绩效目标表", "7"),
    ("4.2022年福彩助学绩效目标表", "8"),
    ("5.2022年高龄补贴、40%精简及社会救济绩效目标表", "9"),
    ("6.2022年高龄失能老人服务补贴绩效目标表", "10"),
    ("7.2022年高龄失能老人养老服务补贴绩效目标表", "12"),
    ("8.2022年孤儿生活费补助绩效目标表", "14"),
    ("9.2022年救助信息系统购置绩效目标表", "16"),
    ("10.2022年困难群众救助绩效目标表", "18"),
    ("11.2022年临时救助85.4绩效目标表", "19"),
    ("12.2022年弃婴工作经费绩效目标表", "20"),
    ("13.2022年社区居家养老服务体系设施建设绩效目标表", "21"),
    ("14.2022年网络维护及云视频服务费绩效目标表", "23"),
    ("15.2022年严重精神障碍患者监护人看护补贴绩效目标表", "24"),
    ("16.2022年养老机构运营(护理)补贴绩效目标表", "25"),
    ("17.2022年养老机构责任险绩效目标表", "26"),
    ("18.2022年中央财政困难群众救助补助资金7423万冀财社2021152号绩效目标表", "27"),
    ("19.2022年殡葬专项公用经费27万绩效目标表", "28"),
    ("20.2022年惠民殡葬、无名尸管理10.5万绩效目标表", "29"),
    ("21.2022年下板城敬老院老人护理费25万元绩效目标表", "30"),
    ("22.2022年救助专项经费8万绩效目标表", "31"),
    ("23.2022年三沟敬老院住院老人护理费25万绩效目标表", "32"),
]


def build_c(path):
    doc = new_doc()
    for _ in range(3):
        para(doc, "")
    para(doc, "承德县民政局2022年部门预算绩效文本", bold=True, size=18, center=True)
    for _ in range(4):
        para(doc, "")
    para(doc, "承德县民政局编制", size=14, center=True)
    para(doc, "承德县财政局审核", size=14, center=True)
    doc.add_page_break()
    para(doc, "目  录", bold=True, size=14, center=True)
    para(doc, "第一部分  部门整体绩效目标", bold=True)
    for txt, pg in [("一、总体绩效目标", "1"), ("二、分项绩效目标", "2"), ("三、工作保障措施", "3")]:
        para(doc, "{}……{}".format(txt, pg))
    para(doc, "第二部分  预算项目绩效目标", bold=True)
    for txt, pg in TOC_C:
        para(doc, "{}……{}".format(txt, pg))
    para(doc, "39", center=True)
    doc.add_page_break()
    para(doc, "第一部分  部门整体绩效目标", bold=True, size=13, center=True)
    para(doc, "一、总体绩效目标", bold=True)
    para(doc, "承德县民政局部门总体绩效目标", indent=True)
    para(doc, "(一)、建立和维护县民政系", indent=True)
    save_deterministic(doc, path)


def build_d(path):
    doc = new_doc()
    para(doc, "津财教指〔2021〕119号", center=True)
    para(doc, "市科技馆、武清区财政局:")
    para(doc, "根据市科协《关于申请提前下达2022年科技馆免费开放补助资金的函》。依照《财政部关于提前下达2022年"
              "科技馆免费开放补助资金预算的通知》(财教〔2021〕220号)的要求和市科协拟定的补助资金分配方案,"
              "现提前下达2022年科技馆免费开放中央补助资金681万元,其中:天津科学技术馆661万元"
              "(项目代码:12000022P70000310001W)、武清区科技馆20万元(项目代码:12000022P71000110002B),"
              "专项用于科技馆免费开放项目。市科技馆部分纳入下一年度部门预算;武清区部分由武清区财政局将本次"
              "提前告知的转移支付指标全额编入下一年度年初预算。", indent=True)
    para(doc, "请按照全面实施预算绩效管理的有关要求,加强补助资金和绩效目标管理,结合实际及时将绩效目标对下分解,"
              "做好绩效监控和绩效评价,保证专款专用、年度绩效目标如期实现,提高资金使用效益。"
              "此款列“2060705科技馆站”预算支出科目。", indent=True)
    para(doc, "附件:2022年科技馆免费开放中央补助资金绩效目标表", indent=True)
    p = para(doc, "2021年12月6日")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "(此件主动公开)", indent=True)
    save_deterministic(doc, path)


BUILDERS = {
    "tianjin-binhai-yimiaotiexi-mubiaobiao.docx": build_a,
    "neimenggu-zizhiqu-renshe-zipingbaogao.docx": build_b,
    "hebei-chengde-minzheng-jixiaowenben.docx": build_c,
    "tianjin-wuqing-kejiguan-xiadatongzhi.docx": build_d,
}

# ---------------------------------------------------------------------------
# export, annotations, check
# ---------------------------------------------------------------------------


def to_pdf(path):
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless",
           "--convert-to", "pdf", "--outdir", HERE, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    items = []
    for ind in gold["indicators"]:
        items += [ind["name"], ind["target_text"]]
    items += [g["text"] for g in gold["goals"]]
    items += [f["item"] for f in gold["findings"]]
    for it in items:
        if it and squash(it) not in txt:
            missing.append(it)
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for name, build in BUILDERS.items():
        src = os.path.join(HERE, name)
        build(src)
        pdf = to_pdf(src)
        gold = GOLD[name]
        for fname in (name, os.path.basename(pdf)):
            rec = {"source": fname}
            rec.update(gold)
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check(pdf, gold)
        print("{:50s} rows={} goals={} findings={} facts={} missing={}".format(
            name, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"]), miss))
        bad += len(miss)
    shutil.rmtree("/tmp/lo_" + PART, ignore_errors=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
