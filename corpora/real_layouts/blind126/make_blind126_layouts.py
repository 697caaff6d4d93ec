#!/usr/bin/env python3
"""Blind part blind126 of the real-layout corpus.

Writes three documents reproduced from stored public web pages (see SOURCES.md),
each as DOCX plus a PDF exported with LibreOffice, and writes the gold JSON for
every file into annotations/ BEFORE anything else looks at the files.

The gold was written by an annotator who has not read the toolkit's code.

Run:  /tmp/venv/bin/python make_blind126_layouts.py
"""
import datetime as _dt
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = _dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def new_doc(landscape=False):
    d = Document()
    cp = d.core_properties
    cp.author = "blind126"
    cp.last_modified_by = "blind126"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
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


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def fill(table, r, c, text, size=8):
    cell = table.cell(r, c)
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.font.size = Pt(size)


def save_docx(d, path):
    """Save with fixed zip timestamps so the DOCX bytes are deterministic."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def to_pdf(path):
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def write_gold(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    g = dict(gold)
    g["source"] = fname
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


# --------------------------------------------------------------------------
# Document 1: 河北 石家庄市长安区医疗保障局 2023年度绩效自评 (published 2024-05-21)
# --------------------------------------------------------------------------
D1 = "hebei-shijiazhuang_changan-yibaoju-jixiaozipinghuizong"
D1_URL = "http://sjzca.gov.cn/columns/14826816-88ee-41f9-8934-753b4be458b3/202405/21/ab9c3907-41c5-44bd-8ed5-a575b7ccffc4.html"

# (序号, 项目名称, 中央, 省级, 市级, 区级, 执行数, 结余数, 结余交回财政数, 自评得分, 应用意见)
D1_ROWS = [
    ("1", "城乡居民基本医疗保险财政补贴专项资金", "", "", "", "3543.206", "3543.206", "0", "", "100", ""),
    ("2", "城乡居民、城镇职工医疗保险经办经费项目", "", "", "", "6", "6", "0", "", "100", ""),
    ("3", "翟东小区拆迁工作经费", "", "", "", "2", "2", "0", "", "100", ""),
    ("4", "23年度信息设备购置经费", "", "", "", "2.391", "2.391", "0", "", "100", ""),
    ("5", "提前下达2023中央财政医疗服务与保障能力提升补助资金", "28", "", "", "", "28", "0", "", "100", ""),
    ("6", "提前下达2023年中央、市级医疗救助补助资金项目", "191.8", "", "", "", "191.8", "0", "", "100", ""),
    ("7", "2021年国有企业退休人员社会化管理省级补助资金", "", "30.542", "", "", "30.542", "0", "", "100", ""),
    ("8", "2022年国有企业退休人员社会化管理中央、省级补助资金", "86.031", "", "", "", "62.106", "23.925", "", "91", ""),
    ("9", "提前下达2023年年国有企业退休人员社会化管理中央、省级财政补助资金", "86.031", "", "", "", "1.976", "84.055", "", "80", ""),
    ("10", "医疗救助补助资金项目", "", "", "", "20", "20", "0", "", "100", ""),
    ("11", "离休干部医药费项目", "", "", "", "348.064", "348.064", "0", "", "100", ""),
]


def build_d1():
    d = new_doc(landscape=True)
    para(d, "您当前位置:首页 >> 医保局")
    para(d, "长安区医疗保障局", bold=True, center=True, size=14)
    para(d, "2023年度绩效自评", bold=True, center=True, size=14)
    para(d, "发布时间:2024-05-21    来源:医疗保障局    发文字号:")
    para(d, "附件6")
    para(d, "部门绩效自评结果公开汇总表", bold=True, center=True, size=13)
    para(d, "主管部门:                                        单位:万元")
    heads = ["序号", "项目名称", "项目实施单位", "预算数(调整后)", None, None, None,
             "执行数(至2023年底)", "结余数", "结余交回财政数", "自评得分", "自评结果应用意见"]
    # columns: 0 序号,1 名称,2 单位,3-6 预算数(中央 省级 市级 区级),7 执行数,8 结余数,9 交回,10 得分,11 意见
    ncols = 12
    t = d.add_table(rows=2 + len(D1_ROWS), cols=ncols)
    set_borders(t)
    for c, h in enumerate(heads):
        if h is not None:
            fill(t, 0, c, h)
    for c, h in zip(range(3, 7), ["中央", "省级", "市级", "区级"]):
        fill(t, 1, c, h)
    for c in (0, 1, 2, 7, 8, 9, 10, 11):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 3).merge(t.cell(0, 6))
    fill(t, 0, 3, "预算数(调整后)")
    for i, row in enumerate(D1_ROWS):
        r = i + 2
        no, name, zy, sj, shi, qu, zx, jy, jh, df, yj = row
        vals = [no, name, "长安区医疗保障局", zy, sj, shi, qu, zx, jy, jh, df, yj]
        for c, v in enumerate(vals):
            fill(t, r, c, v)
    widths = [1.0, 6.5, 3.2, 1.6, 1.6, 1.6, 1.8, 2.2, 1.6, 2.0, 1.5, 2.2]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = Cm(w)
    para(d, " ")
    para(d, "附件3")
    para(d, "长安区医疗保障局", bold=True, center=True, size=14)
    para(d, "2023年度整体支出绩效自评报告", bold=True, center=True, size=14)
    # the stored page stops in the middle of this first sentence (document number cut as found)
    para(d, "贯彻落实市委市政府《关于全面落实预算绩效管理的实施意见》(石发﹝20198号文件精神")
    path = os.path.join(HERE, D1 + ".docx")
    save_docx(d, path)
    return path


def gold_d1():
    facts = []
    for no, name, zy, sj, shi, qu, zx, jy, jh, df, yj in D1_ROWS:
        budget = float(next(v for v in (zy, sj, shi, qu) if v))
        facts.append({
            "metric": name + " 预算数(调整后)",
            "kind": "sum",
            "total": budget,
            "parts": [float(zx), float(jy)],
            "unit": "万元",
        })
    return {
        "source_urls": [D1_URL],
        "province": "河北省",
        "doc_kind": "部门绩效自评结果公开汇总表(附件6) + 部门整体支出绩效自评报告开头(附件3)",
        "patterns": [7],
        "indicators": [],
        "goals": [],
        "facts": facts,
        "findings": [
            {
                "rule": "consistency.deviation_reason_missing",
                "item": "提前下达2023年年国有企业退休人员社会化管理中央、省级财政补助资金",
                "why": "预算数86.031万元只执行1.976万元(约2.3%),结余84.055万元,结余交回财政数和自评结果应用意见都空着,表内没有任何原因说明,自评得分却是80。",
            },
            {
                "rule": "consistency.deviation_reason_missing",
                "item": "2022年国有企业退休人员社会化管理中央、省级补助资金",
                "why": "预算数86.031万元执行62.106万元(约72.2%),结余23.925万元,表内无原因说明、应用意见空白,自评得分91。",
            },
        ],
        "notes": (
            "Stored page: sjzca.gov.cn 长安区医疗保障局 '2023年度绩效自评', published 2024-05-21 (data year 2023). "
            "The stored copy shows the site breadcrumb, the title block, 附件6 部门绩效自评结果公开汇总表 (11 project rows) and then "
            "附件3 2023年度整体支出绩效自评报告, and stops inside its first sentence after '(石发﹝20198号文件精神'; the document stops there too. "
            "Kept as found: '主管部门:' left blank, the document number written '石发﹝20198号' (bracket and number run together), "
            "the doubled '年' in '提前下达2023年年国有企业…', the empty 结余交回财政数 and 自评结果应用意见 columns, the same 中央 amount 86.031 in rows 8 and 9. "
            "Column placement of each amount under 中央/省级/市级/区级 was inferred from the spacing of the page text (row 5, 6, 8, 9 中央; row 7 省级; the rest 区级). "
            "The table lists projects, not performance indicators, so 'indicators' is empty (judgement call). "
            "facts: one per row, 预算数(调整后) = 执行数 + 结余数; all 11 rows add up (86.031-62.106=23.925, 86.031-1.976=84.055). "
            "Findings are judgement calls: rows 8 and 9 leave large unspent balances with no reason anywhere in the table; I used "
            "consistency.deviation_reason_missing for them. I did not flag the scores (91, 80) as a grade problem because the table states no grade. "
            "No goals are stated in the part of the report that the page keeps."
        ),
    }


# --------------------------------------------------------------------------
# Document 2: 广西 梧州市医疗保障局 2024年度部门决算 (two passages of the stored page)
# --------------------------------------------------------------------------
D2 = "guangxi-wuzhou-yibaoju-2024juesuan-jixiaoshuoming"
D2_URL = "http://117.141.250.58:10060/wzyjsgkpt/uploadFile/upload1194/upload20250923/2ADFC23F45B468075A988DD55A13E9E0.html"

D2_GOAL_NONE = None
D2_SAT = "参保人员对医保服务满意度达到99.99%。"


def build_d2():
    d = new_doc()
    toc = [
        "第一部分:梧州市医疗保障局概况",
        "一、本部门职责",
        "二、机构设置情况",
        "第二部分:梧州市医疗保障局 2024 年度部门决算报表",
        "表一:收入支出决算总表",
        "表二:收入决算表",
        "表三:支出决算表",
        "表四:财政拨款收入支出决算总表",
        "表五:一般公共预算财政拨款支出决算",
        "表六:一般公共预算财政拨款基本支出决算明细表",
        "表七:政府性基金预算财政拨款收入支出决算表",
        "表八:国有资本经营预算财政拨款支出决算表",
        "表九:财政拨款“三公”经费支出决算表",
        "第三部分:梧州市医疗保障局 2024 年度部门决算情况说明",
        "一、2024 年度收入支出决算总体情况。",
        "二、2024 年度一般公共预算财政拨款支出决算情况",
        "三、2024年度一般公共预算财政拨款基本支出决算情况说明。",
        "四、2024 年度政府性基金支出决算情况。",
        "五、2024年度国有资本经营预算支出决算情况",
        "六、财政拨款安排的“三公”经费支出决算情况说明。",
        "七、其他重要事项情况说明。",
        "八、预算绩效管理工作开展情况。",
        "第四部分:名词解",
    ]
    for line in toc:
        para(d, line)
    page_break(d)
    para(d, "第一部分:梧州市医疗保障局概况", bold=True)
    para(d, "一、本部门职责", bold=True)
    para(d, "市医疗保障局落实中央、自治区和市委有关医疗保障工作的方针政策和部署,在履职中坚持党对医疗保障工作的集中统一领导。主要职责是:")
    para(d, "(一)执行中央、自治区和梧州市有关医疗保障、医药价格和医疗救助的法律法规、政策和标准,组织起草有关地方性法规、规章草案,制定全市医疗保障事业的发展规则、政策和标准并组织实施、监督检查。")
    para(d, "(二)制定并实施全市医疗保障基金监督管理办法,建立健全医疗保障基金风险防控机制。")
    # the first passage of the stored page breaks off here, mid-word
    para(d, "(三)制定并实施全市医疗保障筹资和待遇政策,完善动态调整和区域调剂平衡机制,统筹城乡医疗保障待遇标准,建立健")
    page_break(d)
    para(d, "—23—", center=True)
    para(d, "7.满意度指标:" + D2_SAT)
    para(d, "(二)项目支出绩效自评结果。", bold=True)
    para(d, "1.项目绩效自评总体情况:2024年度我部门及所属二层单位共有项目21个,项目支出总额656.93万元。其中,本级项目8个,本级项目支出385.58万元;对下转移支付项目0个,对下转移支付0万元。敏感涉密项目0个,涉及资金0万元。")
    para(d, "全部项目都开展了绩效自评,非敏感涉密项目的自评结果是:21 个项目评为一等,涉及资金 656.93 万元,占项目总数比例 100%,占项目支出总额比例 100%;0 个项目评为二等,涉及资金 0 万元,占项目总数比例 0%,占项目支出总额比例 0%;0 个项目评为三等,涉及资金 0 万元,占项目总数比例 0%,占项目支出总额比例 0%;0 个项目评为四等,涉及资金 0 万元,占项目总数比例 0%,占项目支出总额比例 0%。")
    para(d, "自评发现的主要问题及原因:一是预算调整幅度大。2024 年部门年初预算 1022.89 万元,年中调整预算为 1781.86 万元,比年初预算增加 758.97 万元,全年执行数 1767.21 万元。主要原因:1.2024 年中央财政医疗服务与保障能力提升补助资金 286 万元由自治区在年中下达,未列入年初预算。2.2024 年市财政把原先拨入专户的部分预留总预算资金 346.87 万元统一计入我中心财政拨款收入,即建国初期退休人员医疗补助收入 11.60 万元和 2023 年公务员医疗补助 335.27 万元,未列入年初预算。下一步改进措施:我部门将加强与上级主管部门和本级财政部门的沟通协调,做细年初预算数据测算,使预算编制更全面合理,增强预算约束力和严")
    path = os.path.join(HERE, D2 + ".docx")
    save_docx(d, path)
    return path


def gold_d2():
    return {
        "source_urls": [D2_URL],
        "province": "广西壮族自治区",
        "doc_kind": "部门决算(预算绩效管理工作开展情况:部门整体支出与项目支出绩效自评结果,叙述)",
        "patterns": [10],
        "indicators": [
            {
                "level1": "满意度指标",
                "level2": None,
                "name": "参保人员对医保服务满意度",
                "operator": None,
                "value": None,
                "unit": "%",
                "target_text": D2_SAT,
                "actual": 99.99,
                "weight": None,
                "score": None,
            }
        ],
        "goals": [],
        "facts": [
            {"metric": "项目支出总额", "kind": "sum", "total": 656.93, "parts": [385.58, 0], "unit": "万元"},
            {"metric": "项目个数", "kind": "sum", "total": 21, "parts": [8, 0], "unit": "个"},
            {"metric": "自评结果涉及资金(一等/二等/三等/四等)", "kind": "sum", "total": 656.93, "parts": [656.93, 0, 0, 0], "unit": "万元"},
            {"metric": "自评结果项目个数(一等/二等/三等/四等)", "kind": "sum", "total": 21, "parts": [21, 0, 0, 0], "unit": "个"},
            {"metric": "年中调整预算", "kind": "sum", "total": 1781.86, "parts": [1022.89, 758.97], "unit": "万元"},
            {"metric": "预留总预算资金计入财政拨款收入", "kind": "sum", "total": 346.87, "parts": [11.60, 335.27], "unit": "万元"},
        ],
        "findings": [
            {
                "rule": "consistency.sum",
                "item": "项目支出总额",
                "why": "项目支出总额656.93万元,'其中'只列本级385.58万元和对下转移支付0万元,合计385.58万元,差271.35万元(所属二层单位的项目未列出)。",
            },
            {
                "rule": "consistency.sum",
                "item": "项目21个",
                "why": "项目个数:共21个项目,'其中'本级8个、对下转移支付0个,合计8个,差13个。",
            },
        ],
        "notes": (
            "Stored page: a PDF-to-HTML copy of 梧州市医疗保障局2024年度部门决算 (uploaded 2025-09-23). Search returned two passages of it: the "
            "beginning (contents list and 本部门职责 (一)-(三), breaking off mid-word at '建立健') and a passage from printed page 23 that starts "
            "with the last item of the 部门整体支出 self-evaluation list ('7.满意度指标:…99.99%') and breaks off mid-word at '增强预算约束力和严'. "
            "I reproduced both passages in order with a page break between them; nothing from printed pages 4-22 was retrievable, so indicator items 1-6 "
            "of the 部门整体支出 list are missing (not an omission of the document itself). Kept as found: '表五:一般公共预算财政拨款支出决算' "
            "(no 表), the truncated '第四部分:名词解', '二层单位'. Duty and narrative sentences are in my own words with all numbers kept. "
            "Indicator: '参保人员对医保服务满意度达到99.99%' sits in the self-evaluation results, so I read 99.99 as the achieved value (actual), "
            "operator/value null (judgement call; an extractor reading '达到' as >= 99.99 target would differ). "
            "Facts: 1781.86 = 1022.89 + 758.97 and 346.87 = 11.60 + 335.27 add up; the grade breakdown adds up. The increase 758.97 is explained "
            "by 'main reasons' 286 + 346.87 = 632.87; I did not record that as a sum fact because 主要原因 need not be exhaustive. "
            "Findings: in the Guangxi template 本级 + 对下转移支付 should make up the project total; here 385.58 + 0 != 656.93 and 8 + 0 != 21 "
            "(judgement call: the gap is probably the 二层单位 projects, but the text does not say so). Execution 1767.21/1781.86 = 99.18% is not stated, "
            "so no rate check. No goal text is stated in the passages kept."
        ),
    }


# --------------------------------------------------------------------------
# Document 3: 安徽 亳州市应急管理局 2023年智慧应急"中屏"项目支出绩效评价报告 (published 2024-11-11)
# --------------------------------------------------------------------------
D3 = "anhui-bozhou-yingjiju-zhihuiyingjizhongping-pingjiabaogao"
D3_URL = "https://yjj.bozhou.gov.cn/XxgkContent/show/2713637.html"

D3_GOAL = ("亳州市智慧应急“中屏”建设项目依托现代高新技术,引进和应用先进技术,从“全灾种、大安全、大应急”出发,"
           "建设全方位、立体化的应急指挥中心,打造综合应急管理体系,建立协同高效的应急管理和风险防控新模式,"
           "为打造“亳州市智慧应急”打下基础。")


def build_d3():
    d = new_doc()
    para(d, "当前位置: 网站首页 > 市应急局 > 部门项目")
    meta = [
        ("索引号:", "11341600731642621U/202411-00019", "组配分类:", "部门项目"),
        ("发布机构:", "亳州市应急管理局(亳州市地震局)", "主题分类:", "其他"),
        ("有效性:", "有效", "关键词:", ""),
        ("名称:", "亳州市2023年智慧应急“中屏”项目支出绩效评价报告", "文号:", ""),
        ("发文日期:", "2024-11-11", "发布日期:", "2024-11-11"),
    ]
    t = d.add_table(rows=len(meta), cols=4)
    set_borders(t)
    for r, row in enumerate(meta):
        for c, v in enumerate(row):
            fill(t, r, c, v, size=9)
    para(d, " ")
    para(d, "亳州市2023年智慧应急“中屏”项目支出绩效评价报告", bold=True, center=True, size=14)
    para(d, "发布时间:2024-11-11 10:50 信息来源:亳州市应急管理局(亳州市地震局) 浏览次数: 字体:[ ]", center=True)
    para(d, "一、项目基本情况", bold=True)
    para(d, "(一)项目概况。", bold=True)
    para(d, "根据《安徽省应急管理厅关于安徽省应急指挥协调能力提升项目市县(区)建设指南》的要求,以及安委办对市县应急指挥协调能力提升项目建设的考核任务,"
            "安徽省亳州市智慧应急“中屏”建设项目切合亳州市应急管理工作的实际和业务需要,有助于提升全市应急指挥的综合能力。项目建成后将为全市应急管理提供可靠的"
            "应急指挥业务系统,提升防范和处置能力,推进应急管理体系和能力现代化,为建设现代化美好亳州营造安全稳定的环境,项目建设意义重大、十分必要。")
    para(d, "(二)项目绩效目标。", bold=True)
    para(d, D3_GOAL)
    path = os.path.join(HERE, D3 + ".docx")
    save_docx(d, path)
    return path


def gold_d3():
    return {
        "source_urls": [D3_URL],
        "province": "安徽省",
        "doc_kind": "项目支出绩效评价报告(叙述,开头部分)",
        "patterns": [10],
        "indicators": [],
        "goals": [{"kind": "绩效目标", "text": D3_GOAL}],
        "facts": [],
        "findings": [
            {
                "rule": "goal.unquantified",
                "item": D3_GOAL,
                "why": "项目绩效目标只写'全方位、立体化的应急指挥中心''协同高效的新模式''打下基础',没有数量、时限或可衡量的结果。",
            }
        ],
        "notes": (
            "Stored page: 亳州市应急管理局 (亳州市地震局) '亳州市2023年智慧应急“中屏”项目支出绩效评价报告', published 2024-11-11. "
            "The stored copy shows the site breadcrumb, the 信息公开 metadata block (printed twice on the page; reproduced once as a 4-column table), "
            "the title line, and chapter 一 (一)项目概况 and (二)项目绩效目标; it stops at the end of the 绩效目标 paragraph, before any money, "
            "indicator or score content. Narrative in my own words, names and document titles as written. "
            "Prose-only document (one of at most two). No indicators, facts or scores are in the kept part. "
            "Finding: the only goal has no number (goal.unquantified). I did not add goal.unmeasured because the page stops before any "
            "indicator section, so I cannot tell whether indicators back the goal (judgement call). "
            "Published 2024 about a 2023 project; department 应急管理局 (city level, not county)."
        ),
    }


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
DOCS = [
    (D1, build_d1, gold_d1),
    (D2, build_d2, gold_d2),
    (D3, build_d3, gold_d3),
]


def norm(s):
    return re.sub(r"\s+", "", s)


def check_pdf_text(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and norm(ind[key]) not in txt:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if norm(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    # gold first, before anything looks at the generated files
    golds = {}
    for name, _build, gold_fn in DOCS:
        golds[name] = gold_fn()
        write_gold(name + ".docx", golds[name])
        write_gold(name + ".pdf", golds[name])
    ok = True
    for name, build, _gold_fn in DOCS:
        path = build()
        to_pdf(path)
        pdf = os.path.join(HERE, name + ".pdf")
        miss = check_pdf_text(pdf, golds[name])
        if miss:
            ok = False
            print("MISSING in", pdf, miss, file=sys.stderr)
        else:
            print("ok", name)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
