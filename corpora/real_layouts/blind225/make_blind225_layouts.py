# -*- coding: utf-8 -*-
"""blind225: layouts of recent (2025/2026 budget) public disclosures, rebuilt from stored pages.

Gold first (plain Python data), then builders (python-docx), PDF export with LibreOffice,
annotations/<file>.json, and a pdftotext check. Run with /tmp/venv/bin/python.
"""
import copy
import datetime
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

PART = "blind225"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages before anything reads the files)
# ---------------------------------------------------------------------------

JJ_URL = "https://www.jjq.gov.cn/openness/public/6606061/39854785.html"
FX_URL = "http://www.obzhengren.com/col3272/col3274/202601/t20260112_1239462.html"
HN_URL = "http://mof.hainan.gov.cn/sczt/0503/202506/898e1d7710d241a3bb4b2dab1fe5b064.shtml?ddtab=true"
YC_URL = "http://qibingfushi.com/doc/2024/11/22/490662.shtml"

JJ_ANNUAL_GOAL = ("一、项目概况 2013  10  18 日，经国家发改委和财政部批复，安徽省战略性新兴产业区域集聚发展试点"
                  "实施方案获准实施，安徽省由此获支持在全国率先发展机器人产业")

GOLD = {
    "anhui-wuhu-jiujiang-chanyefazhanzijin-mubiaobiao": {
        "source_urls": [JJ_URL],
        "province": "安徽省",
        "doc_kind": "项目支出绩效目标表",
        "patterns": [1, 6, 10],
        "indicators": [
            {"level1": None, "level2": None, "name": "机器人产业产值", "operator": None, "value": 150,
             "unit": "亿元", "target_text": "150 亿元", "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "税收", "operator": None, "value": 5,
             "unit": "亿元", "target_text": "5 亿元", "actual": None, "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "固定资产投资", "operator": None, "value": 20,
             "unit": "亿元", "target_text": "20 亿元", "actual": None, "weight": None, "score": None},
        ],
        "goals": [
            {"kind": "绩效目标", "text": "目标 1:机器人产业预计实现产值 150 亿元"},
            {"kind": "绩效目标", "text": "目标 2:税收 5 亿元"},
            {"kind": "绩效目标", "text": "目标 3:固定资产投资 20 亿元"},
            {"kind": "年度目标", "text": JJ_ANNUAL_GOAL},
        ],
        "facts": [
            {"metric": "年度资金总额", "kind": "sum", "total": 3000, "parts": [3000, 0, 0], "unit": "万元"},
            {"metric": "年度预算安排", "kind": "value", "value": 3000, "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": JJ_ANNUAL_GOAL,
             "why": "the 年度目标 cell of the form holds project background (approval dates of the pilot), "
                    "not a measurable annual target"},
            {"rule": "coverage.missing_dimension", "item": "产出指标",
             "why": "the three stated targets (产值150亿元, 税收5亿元, 固定资产投资20亿元) are industry-wide "
                    "outcomes; nothing says what the 3000万元 itself delivers (firms or projects supported)"},
        ],
        "notes": ("Article page of 鸠江区发改委 (published 2025-03-11): prose list 1)-7) with three numbered targets, "
                  "then the 项目支出绩效目标表 whose stored copy stops inside the 年度目标 cell, before any indicator "
                  "row. The three targets are running-text indicator rows (name without 预计实现). Dates keep the "
                  "page's lost 年/月 characters ('2013  10  18 日', '2025  1 -2025  12'), '全省第一  14 个' and "
                  "the truncated label '项目' (for 项目期) and '2025 年度)' without opening bracket, as on the page. "
                  "项目概述 and the 年度目标 cell text are rewritten in my words, numbers kept. An empty table row "
                  "stands for the run of blank cells on the page."),
    },
    "shaanxi-baoji-fengxiang-yusuanpingshen-baogao": {
        "source_urls": [FX_URL],
        "province": "陕西省",
        "doc_kind": "预算评审工作情况(2026年部门预算)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2025年完成项目评审数", "kind": "value", "value": 47, "unit": "个"},
            {"metric": "2025年评审涉及金额", "kind": "value", "value": 5976, "unit": "万元"},
            {"metric": "2025年评审审减金额", "kind": "value", "value": 1030, "unit": "万元"},
            {"metric": "2026年部门预算申报项目评审数", "kind": "value", "value": 840, "unit": "个"},
            {"metric": "2026年部门预算报审金额", "kind": "value", "value": 21228, "unit": "万元"},
            {"metric": "2026年部门预算审减金额", "kind": "value", "value": 11676, "unit": "万元"},
            {"metric": "取消低效无效项目", "kind": "value", "value": 136, "unit": "个"},
            {"metric": "预算评审服务供应商", "kind": "value", "value": 37, "unit": "家"},
        ],
        "findings": [],
        "notes": ("Prose news item of 凤翔区财政局 (宝鸡市, 2026-01-12) on budget review for the 2026 部门预算. "
                  "No title is stored; the page starts with the body. Three headed sections (headings kept "
                  "verbatim, they are short); the stored page stops inside section 三. Body rewritten in my "
                  "words, every number kept. No targets or indicators: a prose-only document."),
    },
    "hainan-shengji-jiuyebuzhu-xiadatongzhi": {
        "source_urls": [HN_URL],
        "province": "海南省",
        "doc_kind": "资金下达通知(附分配表、绩效目标表)",
        "patterns": [1, 8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "省人力资源社会保障厅 就业补助资金", "kind": "value", "value": 40, "unit": "万元"},
            {"metric": "省人力资源开发局 求职和创业补贴", "kind": "value", "value": 2274, "unit": "万元"},
            {"metric": "省人力资源开发局 就业创业服务补助(信息网络及软件购置更新)", "kind": "value",
             "value": 200, "unit": "万元"},
            {"metric": "省人力资源开发局 就业创业服务补助(第三行, 截断)", "kind": "value", "value": 398,
             "unit": "万元"},
        ],
        "findings": [],
        "notes": ("琼财社〔2025〕369号 notice (成文日期 2025-05-19 in the header, 2025年5月16日 under the signature, "
                  "both kept). The page announces 附件2 2025年就业补助资金绩效目标表 but the stored copy stops in the "
                  "third row of 附件1's allocation table (398 / 2080701-就业创业...), so no indicator row and no "
                  "total are available. Notice paragraphs rewritten in my words; addressees, file names, amounts "
                  "and subject codes kept as written. 单位 and 序号 cells of 省人力资源开发局 merged down 3 rows."),
    },
    "shanxi-yuncheng-shengtaixiufu-touzijihua-qingshi": {
        "source_urls": [YC_URL],
        "province": "山西省",
        "doc_kind": "投资计划申报请示(附需求申请表、绩效目标表)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "总投资", "kind": "sum", "total": 22207.07, "parts": [6160, 6000, 10047.07], "unit": "万元"},
            {"metric": "申请中央预算内投资", "kind": "sum", "total": 8400, "parts": [400, 3000, 5000], "unit": "万元"},
        ],
        "findings": [],
        "notes": ("运发改农经字〔2024〕198号 request (2024-11-15) for 2025 中央预算内 生态保护修复专项 projects of "
                  "永济市/新绛县/万荣县. The stored copy is a mirror that replaced the place name (运城市) and the "
                  "word 关于 with a spam string ('bwin登录注册', 'bwin'); kept as written because organisation "
                  "names and file titles are facts of the page. The page lists 附件2 绩效目标表 but stops in the "
                  "header row of 附件1 (需求申请表), at the column '项目(法人)'; the table is rebuilt with that "
                  "header only. Request text rewritten in my words, all amounts kept."),
    },
}

# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = "SimSun"
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, merges=(), font=9):
    """rows: list of lists of str (same width). merges: (r1, c1, r2, c2) inclusive; text of top-left kept."""
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(txt)
            run.font.size = Pt(font)
            run.font.name = "SimSun"
            run._element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    for (r1, c1, r2, c2) in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        # merge() concatenates paragraphs; reset to the top-left text only
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        run = m.paragraphs[0].add_run(keep)
        run.font.size = Pt(font)
        run.font.name = "SimSun"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    return t


def save_deterministic(doc, path, title):
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    names = src.namelist()
    first = [n for n in names if n == "[Content_Types].xml"]
    rest = sorted(n for n in names if n != "[Content_Types].xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for n in first + rest:
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(n))


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_jiujiang(path):
    doc = new_doc()
    para(doc, "2025年鸠江区发改委部门项目立项依据、实施主体、预算安排、绩效目标", bold=True, center=True, size=14)
    para(doc, "发布时间:2025-03-11 11:39信息来源: 鸠江区发展和改革委员会阅读次数:编辑:陈虹 字体:【  ", size=9)
    para(doc, "(一)项目及绩效目标情况。")
    para(doc, "1.“产业发展资金 ”项目。")
    para(doc, "1)项目概述。2013  10  18 日，国家发改委与财政部批准了安徽省战略性新兴产业区域集聚发展试点的实施方案，"
              "支持安徽省在全国率先发展机器人产业；2015  9  18 日，省委省政府在合肥召开全省加快调结构转方式促升级动员大会，"
              "芜湖机器人产业集聚发展基地被列入全省第一  14 个战略性新兴产业集聚发展基地。鸠江区是机器人基地的核心区，"
              "为扶持机器人产业发展申请本项目资金。")
    para(doc, "2)立项依据。《鸠江区支持机器人及智能装备发展 政策规定》、《芜湖市支持战略性新兴产业发展专项政策》 等政策文件。")
    para(doc, "3)实施主体。芜湖市鸠江区发展和改革委员会。")
    para(doc, "4)起止时间。2025  1 月至 2025  12 ")
    para(doc, "5)项目内容。支持鸠江区机器人智能装备企业发展。")
    para(doc, "6)年度预算安排。3000 万元。")
    para(doc, "7)绩效目标。")
    for g in GOLD["anhui-wuhu-jiujiang-chanyefazhanzijin-mubiaobiao"]["goals"][:3]:
        para(doc, g["text"])
    para(doc, "")
    para(doc, "项目支出绩效目标表", bold=True, center=True, size=13)
    para(doc, "2025 年度)", center=True)
    rows = [
        ["项目名称", "产业发展资金", "", ""],
        ["主管部门   及代码", "鸠江区发展和改革委员会 016001", "实施\n单位", "鸠江发展和改革委员会"],
        ["项目来源", "同级财政资金", "项目 ", "2025  1 -2025  12 "],
        ["项目资金\n(万元)", "年度资金总额:", "3000 万元", ""],
        ["", "其中:财政拨款", "3000 万元", ""],
        ["", "上年结转", "0", ""],
        ["", "其他资金", "0", ""],
        ["", "", "", ""],
        ["年度\n目标", JJ_ANNUAL_GOAL, "", ""],
    ]
    merges = [(0, 1, 0, 3), (3, 0, 6, 0), (3, 2, 3, 3), (4, 2, 4, 3), (5, 2, 5, 3), (6, 2, 6, 3),
              (8, 1, 8, 3)]
    table(doc, rows, merges)
    save_deterministic(doc, path, "鸠江区发改委2025年项目绩效目标")


def build_fengxiang(path):
    doc = new_doc()
    para(doc, "凤翔区财政局围绕加强预算绩效管理、压实预算支出责任，不断扩大预算评审业务的覆盖面，研究建立评审工作管理机制，"
              "规范评审行为，推动评审工作按程序化、规范化、标准化运行。2025年，区财政预算评审中心共完成47个项目评审，"
              "涉及金额5976万元，审减1030万元；对2026年部门预算申报的840个项目开展评审，报审金额21228万元，审减11676万元，"
              "取消低效无效项目136个。纳入财政评审的项目个数和金额逐年增加，财政资源配置效率和使用效益更加合理，"
              "为凤翔区项目建设高质量发展提供了财政保障。")
    para(doc, "一、聚焦重点，严控支出，确保财政资金用在“刀刃上”。", bold=True)
    para(doc, "评审中紧扣“过紧日子”的要求，坚持从严从紧、精打细算，对各类项目支出逐项细审。一方面，把重大民生工程、"
              "重点产业项目等核心领域放在优先位置，保证资金供给投向发展的关键环节；另一方面，对非刚性、非必要的支出严格审核、"
              "坚决压减，从源头上避免资金错配和浪费，并搭建“评审—问效—问责”的闭环管理机制。")
    para(doc, "二、精简流程，强化支撑，打通评审提速“快车道”。", bold=True)
    para(doc, "以流程优化为抓手，建立“受理—评审—反馈—归档”一体化工作链条；全面推行清单式审核，细化各类项目的评审要点，"
              "明确每个环节的时限；按领域和项目特点分类制定评审规范，解决标准单一、匹配度不高的问题。首次以框架协议采购方式"
              "征集预算评审服务供应商37家，规范第三方中介机构的服务管理，增强评审的专业技术支撑。")
    para(doc, "三、蓄才赋能，夯实根基，锻造评审工作“主力军”。", bold=True)
    para(doc, "针对队伍中青年干部比例较高的特点，推行“理论充电+实战练兵”双轮驱动")
    save_deterministic(doc, path, "凤翔区财政局预算评审")


def build_hainan(path):
    doc = new_doc()
    rows = [
        ["索引号:", "00817386-2/2025-65325", "分  类:", ""],
        ["发文机关:", "省财政厅", "成文日期:", "2025-05-19 09:11"],
        ["文 号:", "琼财社〔2025〕369号", "发布日期:", "2025-05-22 09:11"],
        ["标题:", "海南省财政厅关于下达2025年就业补助资金预算的通知", "", ""],
    ]
    table(doc, rows, [(3, 1, 3, 3)], font=8)
    para(doc, "")
    para(doc, "省人力资源社会保障厅、省人力资源开发局、省三亚技师学院:")
    para(doc, "依据《财政部 人力资源社会保障部关于下达2025年就业补助资金预算的通知》(财社〔2025〕40号)，经研究，"
              "现将你单位2025年就业补助资金预算予以下达(详见附件1)。有关事项通知如下:")
    para(doc, "一、本次下达的就业补助资金，主要用于求职创业补贴、就业创业服务补助、高技能人才培养补助等方面的支出，"
              "以及经省政府批准的其他支出项目。")
    para(doc, "二、请按照规定的范围、标准和程序使用资金，切实提高资金使用的规范性、安全性和有效性。为进一步加强预算绩效管理，"
              "请在预算执行过程中对照绩效目标(见附件2)开展绩效运行监控，确保绩效目标按期实现。")
    para(doc, "附件:1.2025年就业补助资金分配表(省本级)")
    para(doc, "      2.2025年就业补助资金绩效目标表")
    para(doc, "海南省财政厅")
    para(doc, "2025年5月16日")
    para(doc, "")
    para(doc, "附件1")
    para(doc, "2025年就业补助资金分配表(省本级)", bold=True, center=True, size=12)
    rows = [
        ["序号", "单位", "金额(万元)", "支出功能分类科目", "部门支出经济分类科目", "政府支出经济分类"],
        ["1", "省人力资源社会保障厅", "40", "2080701-就业创业服务补助", "30227-委托业务费", "50205-委托业务费"],
        ["2", "省人力资源开发局", "2274", "2080713-求职和创业补贴", "30399-其他对个人和家庭\n的补助(其他)",
         "50999-其他对个人\n和家庭的补助"],
        ["", "", "200", "2080701-就业创业服务补助", "31007-信息网络及软件购置更新", "50306-设备购置"],
        ["", "", "398", "2080701-就业创业", "", ""],
    ]
    table(doc, rows, [(2, 0, 4, 0), (2, 1, 4, 1)])
    save_deterministic(doc, path, "海南省2025年就业补助资金下达通知")


def build_yuncheng(path):
    doc = new_doc()
    para(doc, "运发改农经字〔2024〕198号", center=True)
    para(doc, "bwin登录注册发展和改革委员会 bwin登录注册农业农村局", center=True)
    para(doc, "bwin申报bwin登录注册2025年中央预算内", bold=True, center=True, size=13)
    para(doc, "农业投资项目投资计划的请示", bold=True, center=True, size=13)
    para(doc, "省发展改革委、省农业农村厅:")
    para(doc, "按照《山西省发展和改革委员会 山西省农业农村厅bwin做好2025年中央预算内农业投资项目投资计划申报工作的通知》的要求，"
              "我们组织相关县(市)发展和改革局、农业农村局开展了2025年度中央预算内投资项目投资计划的申报。此次共申报农业建设项目"
              "3个，均属生态保护修复专项，总投资22207.07万元，申请中央预算内投资8400万元。其中，永济市畜禽粪污资源化利用整县推进"
              "项目为续建项目，总投资6160万元，申请中央预算内投资400万元；新绛县2025年畜禽粪污资源化利用整县推进项目为新建项目，"
              "总投资6000万元，申请中央预算内投资3000万元；万荣县黄河流域农业面源污染综合治理项目为新建项目，总投资10047.07万元，"
              "申请中央预算内投资5000万元(详见附件1)。")
    para(doc, "以上投资计划均已由相关县(市)认真审核，与当地县(市)财政承受能力和政府投资能力相符，不会形成地方政府隐性债务。")
    para(doc, "特此请示")
    para(doc, "附件:1.bwin登录注册生态保护修复专项2025年中央预算内投资需求申请表")
    para(doc, "2.bwin登录注册生态保护修复专项2025年中央预算内投资计划绩效目标表")
    para(doc, "bwin登录注册发展和改革委员会 bwin登录注册农业农村局")
    para(doc, "2024年11月15日")
    para(doc, "(此文主动公开)")
    para(doc, "附件1")
    para(doc, "bwin登录注册生态保护修复专项2025年中央预算内投资需求申请表", bold=True, center=True, size=12)
    hdr = ["序号", "项目\n名称", "建设\n性质", "建设\n规模", "建设\n内容", "建设\n地点", "拟开工年份", "拟建成\n年份",
           "投资类别", "总投资", "已下达\n投资", "累计完成投资", "本次申请投资", "投资安排方式", "项目(法人)"]
    rows = [["申报单位:"] + [""] * 4 + ["联系人及电话:"] + [""] * 4 + ["单位:万元"] + [""] * 4, hdr]
    table(doc, rows, [(0, 0, 0, 4), (0, 5, 0, 9), (0, 10, 0, 14)], font=7)
    save_deterministic(doc, path, "运城市2025年中央预算内农业投资项目请示")


BUILDERS = {
    "anhui-wuhu-jiujiang-chanyefazhanzijin-mubiaobiao": build_jiujiang,
    "shaanxi-baoji-fengxiang-yusuanpingshen-baogao": build_fengxiang,
    "hainan-shengji-jiuyebuzhu-xiadatongzhi": build_hainan,
    "shanxi-yuncheng-shengtaixiufu-touzijihua-qingshi": build_yuncheng,
}

# Indicator names contracted from running text: the string that must be found in the PDF instead.
NAME_EVIDENCE = {"机器人产业产值": "机器人产业预计实现产值"}

# ---------------------------------------------------------------------------


def to_pdf(path, outdir):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def squash(s):
    return re.sub(r"\s+", "", s)


def check(stem, pdf):
    # reading order differs between modes for wrapped text in merged cells: accept either
    txt = ""
    for mode in (["-layout"], []):
        txt += "\n" + squash(subprocess.run(["pdftotext"] + mode + [pdf, "-"], capture_output=True,
                                            text=True, check=True).stdout)
    g = GOLD[stem]
    missing = []
    for ind in g["indicators"]:
        for s in (NAME_EVIDENCE.get(ind["name"], ind["name"]), ind["target_text"]):
            if s and squash(s) not in txt:
                missing.append(s)
    for goal in g["goals"]:
        if squash(goal["text"]) not in txt:
            missing.append(goal["text"])
    for f in g["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the item names what is absent
        if squash(f["item"]) not in txt:
            missing.append(f["item"])
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for stem, build in BUILDERS.items():
        docx = os.path.join(HERE, stem + ".docx")
        build(docx)
        to_pdf(docx, HERE)
        pdf = os.path.join(HERE, stem + ".pdf")
        for fn in (stem + ".docx", stem + ".pdf"):
            rec = {"source": fn}
            rec.update(copy.deepcopy(GOLD[stem]))
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check(stem, pdf)
        print(("OK   " if not miss else "MISS ") + stem, miss if miss else "")
        bad += bool(miss)
    tot = {k: sum(len(GOLD[s][k]) for s in GOLD) for k in ("indicators", "goals", "findings", "facts")}
    print("totals", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
