# -*- coding: utf-8 -*-
"""blind193: law & market-regulation layouts (court / 司法行政 / 公安 / 食品药品).

Gold first (plain Python data), then the builders (python-docx / openpyxl),
PDF export with LibreOffice (own profile), annotations, and a pdftotext check.
Run: /tmp/venv/bin/python make_blind193_layouts.py
"""
import io
import json
import os
import re
import subprocess
import sys
import zipfile
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind193"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


L1_XY = "司法所规范化建设和日常工作"
GOLD = {}

GOLD["hunan-xiangyin-sifasuo-jixiao-kaohe-banfa.docx"] = {
    "source_urls": ["https://xiangyin.gov.cn/31185/32018/32020/32035/32324/content_1152856.html"],
    "province": "湖南省",
    "doc_kind": "绩效考核实施办法(评分框架)",
    "patterns": [5, 10],
    "indicators": [
        ind(L1_XY, None, "司法所室内环境整洁,各项标牌、制度悬挂有序"),
        ind(L1_XY, None, "文书档案整理规范,要求有专人专柜保管"),
        ind(L1_XY, None, "司法所年初应有工作规划、半年有工作小结、年终有工作总结"),
        ind(L1_XY, None, "司法所应按要求完成县局安排、交办的各项工作任务"),
        ind(L1_XY, None, "网络报表、资料报送工作应按局基层股要求上报"),
    ],
    "goals": [],
    "facts": [
        {"metric": "考核基础分值", "kind": "sum", "total": 100, "parts": [20, 22, 38, 20], "unit": "分"},
        {"metric": "上下半年度记分比例", "kind": "percent_sum", "total": 100, "parts": [40, 60], "unit": "%"},
    ],
    "findings": [
        {"rule": "target.vague_wording", "item": "司法所应按要求完成县局安排、交办的各项工作任务",
         "why": "'按要求完成' names no task count, deadline or measure; only a per-time deduction (扣2分) is given"},
    ],
    "notes": ("Scoring framework (司法所 annual assessment), not a spending form: used because the stored pages "
              "with spending indicator tables in this angle were already used. Rows = numbered items under "
              "(一)司法所规范化建设和日常工作(20分); the items carry deduction rules (扣1分/扣0.5分/扣2分) but "
              "no own points, so weight/score are null and target_text null (the requirement is the row name). "
              "The four 一级 blocks (20/22/38/20分) are stated in a sentence and as a heading, kept as level1 "
              "labels and as a sum fact. The page's broken numbering '…所有评先评优 / 3、资格。' is kept. "
              "The stored page stops inside item 5 ('…按局基层股要求上报,'); item 5 is a cut row."),
}

L1_NM = "办案任务指标"
GOLD["neimenggu-fayuan-shenzhi-kaohe-zhibiao-2022.docx"] = {
    "source_urls": ["http://wlhtfy.nmgfy.gov.cn/article/detail/2022/10/id/6962580.shtml"],
    "province": "内蒙古自治区",
    "doc_kind": "审判质效考核指标说明(指标体系)",
    "patterns": [5, 6],
    "indicators": [
        ind(L1_NM, None, "人均审执结案数(审判+执行)", target_text="结案数由多到少排序。"),
        ind(L1_NM, None, "审执结案进度(审判+执行)",
            target_text=("月结案率不得出现以下情形:三月<18%;四月<29%;五月<42%;六月<55%;七月<63%;"
                         "八月<70%;九月<76%;十月<82%;十一月<88%;十二月<93%。")),
        ind(L1_NM, None, "诉讼服务中心实质性化解纠纷率", operator=">=", value=60, unit="%",
            target_text="化解纠纷率由高到低排序,线上化解纠纷率不低于50%,化解纠纷率不低于60%。"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "人均审执结案数(审判+执行)",
         "why": "the 2022 target is only a ranking (结案数由多到少排序), no target number"},
    ],
    "notes": ("Court case-quality assessment indicators (●2022年目标 / ●统计口径 / ●提升方式 per indicator), "
              "not a spending form; used as a scoring framework of last resort. The stored page starts at "
              "'一、办案任务指标' (no court name; the subdomain wlhtfy suggests a 旗 court in Inner Mongolia, "
              "unverified) and stops inside the 统计口径 of indicator 3. Indicator 2's target is a monthly "
              "schedule of floors (value per sub-unit): operator/value left null. Indicator 3 states two floors "
              "(线上 ≥50%, overall ≥60%); gold takes the overall 60."),
}

L1_HN = "诉源治理多元解纷"
L2_HN = "建机制"
GOLD["henan-fayuan-suyuan-zhili-zhibiao-renwu.xlsx"] = {
    "source_urls": ["https://jyzy.hncourt.gov.cn/public/detail.php?id=2283"],
    "province": "河南省",
    "doc_kind": "诉源治理指标任务分解表",
    "patterns": [1, 2, 5],
    "indicators": [
        ind(L1_HN, L2_HN, "党委领导下的多元解纷机制(保留)", target_text="有/无,2020年累计至数据统计之日"),
        ind(L1_HN, L2_HN, "党委领导下的诉源治理机制(新增)", target_text="有/无,2021年1月1日至数据统计之日"),
        ind(L1_HN, L2_HN, "法院主导的诉前联动纠纷解决机制(优化)", target_text="有/无,2021年1月1日至数据统计之日"),
        ind(L1_HN, L2_HN, "政府支持下的财政保障机制(优化)", target_text="有/无,2021年1月1日至数据统计之日"),
        ind(L1_HN, L2_HN, "万人成讼率考评机制和结果(优化)", target_text="有/无,2021年1月1日至数据统计之日"),
        ind(L1_HN, L2_HN, "建立基层法院(人民法庭)与基层组织对接机制(新增)",
            target_text="有/无,2021年1月1日至数据统计之日"),
        ind(L1_HN, L2_HN, "建立调解平台“三"),
    ],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Court task-breakdown table (指标名称 / 指标计算口径 / 工作任务 / 推进措施 / 责任部门), not a "
              "spending form. 业务模块 and 业务环节 are merged down rows 1-4 and written again (merged 5-7) "
              "where the page repeats them after a break; 业务环节 is written '建\\n机\\n制' in the first block and "
              "'建机制' in the second (kept). The only value-like cell is 指标计算口径 ('有/无,…'), taken as "
              "target_text with no operator/value. Long 工作任务 cells were reworded. The page shows no court "
              "name (subdomain jyzy suggests 济源中院, unverified). The stored page stops at row 7's name "
              "'建立调解平台“三'; the rest of row 7 is left empty."),
}

GOLD["shandong-gonglu-zhineng-jiaotong-anquan-buzhu-pingjia-baogao.docx"] = {
    "source_urls": ["http://czt.shandong.gov.cn/art/2019/2/20/art_250963_10310517.html"],
    "province": "山东省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "实施目的", "text": "全面提升山东省道路交通管理水平,实现保畅通、保安全、保民生、促发展的目标"},
    ],
    "facts": [
        {"metric": "2016年度全省公路智能交通安全系统建设落实投资额", "kind": "sum", "total": 115396.11,
         "parts": [28663.85, 86732.26], "unit": "万元"},
        {"metric": "2017年省级补助资金下达", "kind": "sum", "total": 30000.00,
         "parts": [9000.00, 21000.00], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": "全面提升山东省道路交通管理水平,实现保畅通、保安全、保民生、促发展的目标",
         "why": "the purpose names four slogans (保畅通/保安全/保民生/促发展) with no measurable target"},
    ],
    "notes": ("Provincial evaluation report (公安 traffic-management subsidy), prose only. Background and "
              "content sentences reworded; amounts kept as written (115,396.11 / 28,663.85 / 86,732.26 / "
              "30000.00 / 30,000.00 / 9,000.00 / 21,000.00 万元). Both sums hold. The stored page stops in "
              "(四)项目组织管理 at '…各地市交通警察支队及各县、'."),
}

GOLD["hunan-yueyang-jiliang-qiangjian-jingfei-zipingbaogao.docx"] = {
    "source_urls": ["http://www.yueyang.gov.cn/amr/55704/56001/content_1563190.html"],
    "province": "湖南省",
    "doc_kind": "绩效评价自评报告(表格式)",
    "patterns": [8],
    "indicators": [],
    "goals": [
        {"kind": "预期目标", "text": "对岳阳市范围强制检定申报的计量器具,实施"},
    ],
    "facts": [
        {"metric": "项目支出明细 支出合计", "kind": "sum", "total": 1800000,
         "parts": [1441486.4, 55000, 73073, 119873, 110567.6], "unit": "元"},
        {"metric": "实际支出(万元) 与 支出合计(元)", "kind": "equal", "total": 180,
         "parts": [1800000], "unit": "万元 / 元",
         "note": "180 万元 in the funds block equals the 1800000 元 total of the expense table"},
    ],
    "findings": [],
    "notes": ("Yueyang (岳阳市) 2018 self-evaluation report form for 计量器具强制检定经费 (market regulation). "
              "Cover with template text (评价类型 …□ …□, 岳阳市财政局(制)); 一、项目基本概况 as a 4×2 "
              "label/value funds grid (计划安排/实际到位/实际支出/结余, each with 其中:中央财政/省财政/市财政/"
              "县市区财政/其它; only 市财政 filled, 结余 left empty as on the page); 二、项目支出明细情况 in 元 "
              "(sum holds: 1800000). In the 工资 and 差旅费 rows the period text sits in the cell after the "
              "amount, where the other rows carry voucher numbers (kept in that order). The stored page stops in "
              "三、项目绩效自评情况 inside the first 预期目标 cell ('…计量器具,实施'); the goal is a cut goal and no "
              "indicator table was reached."),
}

# ---------------------------------------------------------------------------
# helpers: determinism
# ---------------------------------------------------------------------------

CORE_DATE = "2024-01-01T00:00:00Z"


def fix_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % CORE_DATE, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % CORE_DATE, txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def new_docx():
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return d


def para(d, text, bold=False, center=False, size=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def save_docx(d, name):
    path = os.path.join(HERE, name)
    d.save(path)
    fix_zip(path)
    return path

# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_xiangyin():
    name = "hunan-xiangyin-sifasuo-jixiao-kaohe-banfa.docx"
    d = new_docx()
    para(d, "基层司法所年度绩效考核实施办法", bold=True, center=True, size=15)
    para(d, "为加强对司法所工作的管理、强化司法所职能并提升司法助理员的业务水平,经局党组研究决定,"
            "对司法所实行年度绩效考核,考核内容如下:")
    para(d, "一、考核方式及标准", bold=True)
    para(d, "考核采用日常考核与年度考核相结合的办法,上半年度按40%、下半年度按60%记分。日常工作由局基层股负责考核,"
            "业务工作由各业务股室负责考核,年度考核由局党组确定的专门考核小组实施,考核结果经局党组会议审核后通报。")
    para(d, "考核基础分值为100分,分为四大项:司法所规范化建设和日常工作20分,人民调解工作22分,"
            "社区矫正和安置帮教工作38分,法制宣传教育工作20分。业务工作扣分以扣完该项工作分值为限,加减分计入年度考核总分。")
    para(d, "二、考核结果及运用", bold=True)
    para(d, "1、按考核实际得分补助工作经费。文星所、鹤龙湖所、湘滨所、南湖洲所、新泉所、岭北所考核每分值为50元,"
            "其他司法所考核每分值为30元。凡考核分不满60分的,一律取消其工作补贴。")
    para(d, "2、全年考核分排名前六位的为年度优秀、先进单位,考核排名在倒数第一的,取消该所和该所司法助理员的所有评先评优")
    para(d, "3、资格。")
    para(d, "三、考核细则", bold=True)
    para(d, "(一)司法所规范化建设和日常工作(20分)", bold=True)
    para(d, "1、司法所室内环境整洁,各项标牌、制度悬挂有序。室内环境不整洁的扣1分,标牌、制度不全的每缺一项扣1分。")
    para(d, "2、文书档案整理规范,要求有专人专柜保管。整理不规范的扣0.5分,无专人专柜保管扣0.5分。")
    para(d, "3、司法所年初应有工作规划、半年有工作小结、年终有工作总结,每缺一项扣1分,材料不具体、涉嫌抄袭的扣1分。")
    para(d, "4、司法所应按要求完成县局安排、交办的各项工作任务,未按要求完成或拒不完成、拖延完成的每次扣2分。")
    para(d, "5、网络报表、资料报送工作应按局基层股要求上报,")
    return save_docx(d, name)


def build_neimenggu():
    name = "neimenggu-fayuan-shenzhi-kaohe-zhibiao-2022.docx"
    d = new_docx()
    para(d, "一、办案任务指标", bold=True, size=13)
    # indicator 1
    para(d, "1.人均审执结案数(审判+执行)", bold=True)
    para(d, "●2022 年目标")
    para(d, "结案数由多到少排序。")
    para(d, "●统计口径")
    para(d, "人均审执结案数=【结案数】/【员额法官人数】")
    para(d, "分子:【结案数】为统计期内审结的案件数,不计司法确认、出具调解书、恢复执行、财产保全执行案件,"
            "即“诉前调确”、“诉前调书”、“执保”、“执恢”字号案件;")
    para(d, "分母:统计期内单位的员额法官人数。")
    para(d, "●提升方式")
    para(d, "加大审执结案件力度,提高人均审执结案件数。")
    # indicator 2
    para(d, "2.审执结案进度(审判+执行)", bold=True)
    para(d, "●2022 年目标")
    para(d, "月结案率不得出现以下情形:三月<18%;四月<29%;五月<42%;六月<55%;七月<63%;八月<70%;"
            "九月<76%;十月<82%;十一月<88%;十二月<93%。")
    para(d, "●统计口径")
    para(d, "审执结案进度=【结案数】/【受理案件数】*100%;")
    para(d, "分子:【结案数】按自然年统计,结案数不计司法确认、出具调解书、恢复执行、财产保全执行案件;")
    para(d, "分母:【受理案件数】统计周期为上一年度12 月至今年11 月受理的案件,即【上年度11 月底未结】+"
            "【上年度12 月新收】+【今年1-11 月新收】,同样不计司法确认、出具调解书、恢复执行、财产保全执行案件;")
    para(d, "●提升方式")
    para(d, "①加快办案速度,增加结案数量;")
    para(d, "②加大诉前调解力度,在诉前化解一部分案件;")
    para(d, "③立案部门立案时尽量标注“案件涉及”信息项,便于发现和合并审理系列案件;")
    para(d, "④强化均衡结案理念,按月分解结案任务,定期通报审执结情况;")
    para(d, "⑤落实分调裁审机制,提高速裁、快审案件的适用比例,做到繁简分流、简案快审、繁案精审。")
    # indicator 3
    para(d, "3.诉讼服务中心实质性化解纠纷率", bold=True)
    para(d, "●2022 年目标")
    para(d, "化解纠纷率由高到低排序,线上化解纠纷率不低于50%,化解纠纷率不低于60%。")
    para(d, "●统计口径")
    para(d, "诉讼服务中心实质性化解纠纷率=(【调解平台诉前调解成功数】+【司法确认数】+【一审民商事新收")
    return save_docx(d, name)


HN_HEADER = ["序号", "业务\n模块", "业务\n环节", "指标名称", "指标计算口径", "工作任务", "推进措施", "责任\n部门"]
HN_ROWS = [
    ["1", "诉源治理\n多元\n解纷", "建\n机\n制", "党委领导下的多元解纷机制(保留)",
     "有/无,2020年累计至数据统计之日", "上传党委政府制定的多元解纷机制类文件。",
     "上传相关文件,如有新要求,积极向党工委、政法委汇报。", "立案庭"],
    ["2", None, None, "党委领导下的诉源治理机制(新增)",
     "有/无,2021年1月1日至数据统计之日", "上传党委政府制定的诉源治理文件。", "上传相关文件", "立案庭"],
    ["3", None, None, "法院主导的诉前联动纠纷解决机制(优化)",
     "有/无,2021年1月1日至数据统计之日",
     "上传法院与当地总工会、侨联、银保监会、发改委价格认证中心、知识产权局、人民银行、证监会、工商联等部门和机构"
     "共同建立诉前调解联动纠纷解决机制的文件。",
     "上传相关文件,积极对接相关机构。", "民一庭\n民二庭\n民三庭\n行政庭\n刑一庭"],
    ["4", None, None, "政府支持下的财政保障机制(优化)",
     "有/无,2021年1月1日至数据统计之日",
     "上传上一年度政府出台的财政保障机制类文件,以及上一年度的经费支付凭证。", "上传相关文件", "立案庭"],
    ["5", "诉源治理\n多元\n解纷", "建机制", "万人成讼率考评机制和结果(优化)",
     "有/无,2021年1月1日至数据统计之日",
     "上传万人成讼率考评机制类文件和上一年度的万人成讼率考评结果文件。", "制定机制并上传相应文件", "立案庭"],
    ["6", None, None, "建立基层法院(人民法庭)与基层组织对接机制(新增)",
     "有/无,2021年1月1日至数据统计之日",
     "制定并上传基层法院(人民法庭)与村委会、居委会等基层组织的对接机制文件,写明每个人民法庭对应的基层组织;"
     "辖区内所有基层组织都要与人民法庭对接。",
     "制定并上传相关文件", "立案庭"],
    ["7", None, None, "建立调解平台“三", None, None, None, None],
]


def build_henan():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    name = "henan-fayuan-suyuan-zhili-zhibiao-renwu.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "指标任务"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    al = Alignment(wrap_text=True, vertical="center", horizontal="center")
    al_left = Alignment(wrap_text=True, vertical="center", horizontal="left")
    ws.append(HN_HEADER)
    for row in HN_ROWS:
        ws.append(row)
    widths = [6, 9, 6, 46, 34, 40, 28, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    # merges: first block rows 2-5 (data rows 1-4), second block rows 6-8 (data rows 5-7)
    ws.merge_cells("B2:B5")
    ws.merge_cells("C2:C5")
    ws.merge_cells("B6:B8")
    ws.merge_cells("C6:C8")
    for r in ws.iter_rows(min_row=1, max_row=1 + len(HN_ROWS), min_col=1, max_col=8):
        for c in r:
            c.border = border
            c.alignment = al_left if c.column in (4, 5, 6, 7) and c.row > 1 else al
            if c.row == 1:
                c.font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = os.path.join(HERE, name)
    wb.save(path)
    fix_zip(path)
    return path


def build_shandong():
    name = "shandong-gonglu-zhineng-jiaotong-anquan-buzhu-pingjia-baogao.docx"
    d = new_docx()
    para(d, "2016-2017年度全省公路智能交通安全系统建设省级补助资金绩效评价报告", bold=True, center=True, size=14)
    para(d, "一、项目基本情况", bold=True)
    para(d, "(一)项目立项背景及实施目的", bold=True)
    para(d, "随着经济社会发展水平不断提高,全省机动车和机动车驾驶人保有量逐年上升,道路交通流量和交通安全隐患也在持续增加。"
            "为全面提升山东省道路交通管理水平,实现保畅通、保安全、保民生、促发展的目标,省里决定在全省高速公路、国省道及重点县乡道"
            "建设智能交通安全系统;为加快建设进度,自2015年度起安排补助资金,对建设规范、实施进度快的单位给予奖励补助。")
    para(d, "(二)项目内容和预算支出情况", bold=True)
    para(d, "项目建设资金以同级财政投入为主,各市按照建设方案先行建设。省财政厅根据当年筹集的省级补助资金规模,会同省公安厅"
            "确定省级绩效奖励补助以及财政困难县、省财政直管县的补助份额。")
    para(d, "2016年度全省公路智能交通安全系统建设项目落实投资额共计115,396.11万元,其中高速公路落实投资额28,663.85万元;"
            "国省道及重点县乡道路落实投资额86,732.26万元。")
    para(d, "2017年省级补助资金下达共计30000.00万元,实际到位30,000.00万元,其中高速公路省级补助资金9,000.00万元,"
            "国省道及重点县乡道路省级补助资金21,000.00万元。")
    para(d, "(三)项目计划实施内容", bold=True)
    para(d, "项目由省公安厅主持实施,建设范围为全省5000余公里高速公路和2.5万余公里国省道、重点县乡道,内容包括视频监控、"
            "路况信息管理、车辆速度控制诱导、机动车违法信息采集、违法抓拍查处、缉查布控、指挥调度、重大事件应急处置、"
            "卡口信息管理、重点机动车动态监管和社会化服务等系统。")
    para(d, "(四)项目组织管理", bold=True)
    para(d, "该项目直接管理机构为省公安厅,项目实施单位为各地市交通警察支队及各县、")
    return save_docx(d, name)


def _cell(c, text, bold=False):
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = bold


def build_yueyang():
    from docx.shared import Pt
    name = "hunan-yueyang-jiliang-qiangjian-jingfei-zipingbaogao.docx"
    d = new_docx()
    para(d, "岳阳市质监局2018年计量器具强制检定经费项目绩效评价自评报告", bold=True, center=True, size=13)
    para(d, "来源:市市场监管局 发布时间:2019-07-15 08:39", center=True, size=9)
    para(d, "岳阳市财政支出项目绩效评价自评报告", bold=True, center=True, size=16)
    para(d, "评价类型:项目实施过程评价□   项目完成结果评价□")
    para(d, "项目名称:     计量器具强制检定经费")
    para(d, "项目单位:     岳阳市计量测试检定所")
    para(d, "主管部门:     岳阳市市场监督管理局")
    para(d, "评价方式:部门(单位)绩效自评")
    para(d, "评价机构:部门(单位)评价组")
    para(d, "报告日期:2019年 6月 26日")
    para(d, "岳阳市财政局(制)", center=True)
    para(d, "一、项 目 基 本 概 况", bold=True)
    t = d.add_table(rows=9, cols=8)
    t.style = "Table Grid"
    _cell(t.cell(0, 0), "项目负责人"); _cell(t.cell(0, 2), "彭晓星")
    t.cell(0, 0).merge(t.cell(0, 1)); t.cell(0, 2).merge(t.cell(0, 3))
    _cell(t.cell(0, 4), "联系电话"); _cell(t.cell(0, 6), "0730-8726611")
    t.cell(0, 4).merge(t.cell(0, 5)); t.cell(0, 6).merge(t.cell(0, 7))
    _cell(t.cell(1, 0), "项目地址"); _cell(t.cell(1, 2), "岳阳市巴陵东路362号")
    t.cell(1, 0).merge(t.cell(1, 1)); t.cell(1, 2).merge(t.cell(1, 3))
    _cell(t.cell(1, 4), "邮  编"); _cell(t.cell(1, 6), "414000")
    t.cell(1, 4).merge(t.cell(1, 5)); t.cell(1, 6).merge(t.cell(1, 7))
    _cell(t.cell(2, 0), "项目起止时间"); _cell(t.cell(2, 2), "2018年  01  月起至   2018  年   12  月止")
    t.cell(2, 0).merge(t.cell(2, 1)); t.cell(2, 2).merge(t.cell(2, 7))
    heads = ["计划安排资金\n(万元)", "实际到位资金\n(万元)", "实际支出\n(万元)", "结余\n(万元)"]
    tops = ["180", "180", "180", ""]
    for g in range(4):
        _cell(t.cell(3, 2 * g), heads[g]); _cell(t.cell(3, 2 * g + 1), tops[g])
    subs = ["其中:中央财政", "省财政", "市财政", "县市区财政", "其它"]
    for i, lab in enumerate(subs):
        for g in range(4):
            _cell(t.cell(4 + i, 2 * g), lab)
            _cell(t.cell(4 + i, 2 * g + 1), "180" if (lab == "市财政" and g < 3) else "")
    para(d, "二、项目支出明细情况", bold=True)
    rows = [
        ("支出内容", "实际支出数", "会计凭证号", "备注"),
        ("临聘人员工资", "1441486.4", "2018年1月-12月工资", ""),
        ("燃料费", "55000", "18-01-4 、18-01-17、\n18-02-19 、18-03-38、\n18-04-26 、18-05-31、\n18-06-15 、18-07-30、"
                           "18-08-23、 18-09-27、18-10-26 、18-11-33、18-12-77;", ""),
        ("印刷费", "73073", "18-08-44 、18-12-80", ""),
        ("维修费", "119873", "18-02-20 、18-03-05、\n18-08-39 、18-09-39、\n18-12-82;", ""),
        ("差旅费", "110567.6", "2018年1月-12月差旅费", ""),
        ("支出合计", "1800000", "", ""),
    ]
    t2 = d.add_table(rows=len(rows), cols=4)
    t2.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            _cell(t2.cell(i, j), v, bold=(i == 0))
    para(d, "三、项目绩效自评情况", bold=True)
    t3 = d.add_table(rows=3, cols=2)
    t3.style = "Table Grid"
    _cell(t3.cell(0, 0), "项目绩效定性目标及实施计划完成情况", bold=True)
    t3.cell(0, 0).merge(t3.cell(0, 1))
    _cell(t3.cell(1, 0), "预  期 目 标"); _cell(t3.cell(1, 1), "实际完成")
    _cell(t3.cell(2, 0), "对岳阳市范围强制检定申报的计量器具,实\n施"); _cell(t3.cell(2, 1), "")
    return save_docx(d, name)


BUILDERS = [build_xiangyin, build_neimenggu, build_henan, build_shandong, build_yueyang]

# ---------------------------------------------------------------------------
# PDF, annotations, check
# ---------------------------------------------------------------------------

def to_pdf(path):
    outdir = HERE
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("no pdf for %s" % path)
    return pdf


def write_ann(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    g = {"source": fname}
    g.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)


def norm(s):
    return re.sub(r"\s+", "", s)


def check(pdf, gold):
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    for i in gold["indicators"]:
        for k in ("name", "target_text"):
            if i.get(k) and norm(i[k]) not in txt:
                missing.append((k, i[k]))
    for g in gold["goals"]:
        if norm(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if norm(f["item"]) not in txt:
            missing.append(("finding", f["item"]))
    return missing


def main():
    bad = 0
    for b in BUILDERS:
        src = b()
        fname = os.path.basename(src)
        gold = GOLD[fname]
        pdf = to_pdf(src)
        write_ann(fname, gold)
        write_ann(os.path.basename(pdf), gold)
        miss = check(pdf, gold)
        print(fname, "rows=%d goals=%d findings=%d facts=%d" % (
            len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"])),
            "OK" if not miss else "MISSING %r" % miss)
        bad += bool(miss)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
