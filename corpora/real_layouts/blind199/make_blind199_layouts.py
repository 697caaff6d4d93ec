# -*- coding: utf-8 -*-
"""blind199: layouts of real departmental budget disclosures (部门预算公开 / 单位预算说明).

Gold first (as data), then builders (python-docx / openpyxl), LibreOffice PDF export,
annotations/<file>.json for each file, and a pdftotext check.
Run with /tmp/venv/bin/python make_blind199_layouts.py
"""
import json
import os
import re
import shutil
import subprocess
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind199"
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages, before any file is built)
# ---------------------------------------------------------------------------
GOLD = {
    "chongqing-rongchang-wanlingzhen-yusuan-shuoming": {
        "source_urls": ["http://rongchang.gov.cn/jz/wlz/zwgk_70755/fdzdgknr_70758/ysjs/ysgk/202502/t20250210_14289407.html"],
        "province": "重庆市",
        "doc_kind": "单位预算情况说明",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "2025年收入合计", "kind": "sum", "total": 2817.75, "parts": [1486.65, 1331.11], "unit": "万元"},
            {"metric": "本年收入", "kind": "sum", "total": 1486.65, "parts": [1479.2, 7.45, 0, 0, 0, 0], "unit": "万元"},
            {"metric": "上年结转收入", "kind": "sum", "total": 1331.11, "parts": [522.05, 809.06, 0, 0, 0, 0], "unit": "万元"},
            {"metric": "2025年支出合计", "kind": "sum", "total": 2817.75,
             "parts": [772.04, 14.49, 3.96, 6.75, 187.44, 59.79, 27.26, 1222.06, 300.51, 90.31, 54.64, 78.5], "unit": "万元"},
        ],
        "findings": [],
        "notes": ("Prose-only budget explanation of a town (本级单位), 2025. No indicator table or goal sentence in the stored part. "
                  "收入合计 2817.75 vs 本年收入1486.65+上年结转1331.11=2817.76: a 0.01 rounding gap, not flagged. "
                  "支出 parts sum exactly to 2817.75. The '收入较去年增加120.49万元,主要是…增加531.76万元…减少368.56万元' sentence "
                  "gives reasons ('主要是'), not parts, so no sum fact. Kept as written: '文化旅游体育与传媒支出6.75,' without 万元; "
                  "'纳入本部门2024年度决算编制' inside a 2025 budget text (copy slip). Duty items reworded. "
                  "Stored page stops at '项目支出增'."),
    },
    "chongqing-dazu-chengguanju-yusuan-biao": {
        "source_urls": ["http://www.dazu.gov.cn/zwgk_175/fdzdgknr/czyjs/qzfzcbm/qcgj_68868/ys/202303/t20230309_11730795.html"],
        "province": "重庆市",
        "doc_kind": "部门预算表",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "本年支出合计", "kind": "sum", "total": 24268.22,
             "parts": [638.87, 204.97, 208.20, 22408.46, 136.23, 300.00, 227.99, 143.50], "unit": "万元"},
            {"metric": "一般公共预算支出", "kind": "sum", "total": 24216.22,
             "parts": [638.87, 204.97, 208.20, 22408.46, 84.23, 300.00, 227.99, 143.50], "unit": "万元"},
            {"metric": "本年收入", "kind": "sum", "total": 24268.22, "parts": [24216.22, 52.00], "unit": "万元"},
            {"metric": "农林水支出", "kind": "sum", "total": 136.23, "parts": [84.23, 52.00], "unit": "万元"},
        ],
        "findings": [],
        "notes": ("表一 财政拨款收支总表 of a district bureau's 2023 department budget, side-by-side 收入│支出 blocks, "
                  "empty 上年结转/结转下年 rows. No indicator table in the stored part; all sums check. "
                  "Stored page stops inside 表二's header ('科目'); 表二 header rows rebuilt up to there."),
    },
    "liaoning-panjin-weijianwei-bumenyusuan-mulu": {
        "source_urls": ["https://wjw.panjin.gov.cn/2022_02/08_10/content-361248.html"],
        "province": "辽宁省",
        "doc_kind": "部门预算公开(目录及部门概况)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("2022 department budget of a city health commission: table of contents naming "
                  "'2021年度部门(单位)整体绩效目标表(2021年度部门预算项目(政策)绩效目标情况表)' and '项目预算绩效目标情况说明', "
                  "then duties. The table list says 2021年度 inside the 2022 budget (kept as written). The tables themselves are "
                  "not in the stored part: titles only, so no indicator rows and no table_not_understood. Duty text reworded. "
                  "Stored page stops at '推进管'."),
    },
    "yunnan-gejiu-minzhengju-bumenyusuan-mulu": {
        "source_urls": ["https://www.hhgj.gov.cn/info/12521/297001.htm"],
        "province": "云南省",
        "doc_kind": "部门预算公开(目录及编制说明)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("County-level city civil-affairs bureau, 2022 department budget: page fields (索引号, 发布机构 …), "
                  "监督索引号, table of contents listing 项目支出绩效目标表(本级下达)/(另文下达), 对下转移支付绩效目标表, "
                  "部门整体支出绩效目标表; section '八、重点项目预算绩效目标情况' is listed but not reached. "
                  "Titles only: no indicator rows. Stored page stops at '并组织实施和监督检查'."),
    },
    "hubei-guangshui-chenxiangzhen-bumenyusuan-mulu": {
        "source_urls": ["http://www.guangshui.gov.cn/zwgk/xxgkml/czzj/czyjs/czyjsxb/2024yjs/gsscxzrmzf/ys2024/202401/t20240123_1189655.shtml"],
        "province": "湖北省",
        "doc_kind": "部门预算公开(目录及单位概况)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Town government 2024 department budget: table of contents with '第四部分 预算绩效情况 一、部门整体绩效目标编制情况 "
                  "二、重点项目绩效目标编制情况' (headings only), then duties. The page repeats the lead-in "
                  "'广水市陈巷镇人民政府主要职责如下:' twice with two numbering styles (kept). Duty items reworded. "
                  "Stored page stops at '管好财政资金,增'."),
    },
}

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def normalize_zip(path):
    """Rewrite a zip with fixed timestamps so the file is byte-deterministic."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-01-01T00:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def fix_docx_props(doc):
    cp = doc.core_properties
    cp.author = "blind199"
    cp.last_modified_by = "blind199"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""


def set_cjk(run, size=None, bold=False):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = "Noto Serif CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=10.5, bold=False, center=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_cjk(r, size, bold)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def new_doc():
    from docx import Document
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    from docx.oxml.ns import qn
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    return doc


def save_docx(doc, name):
    fix_docx_props(doc)
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    normalize_zip(path)
    return path


def table_rows(doc, rows, widths=None, merges=()):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(v)
            set_cjk(run, 9)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        run = m.paragraphs[0].add_run(keep)
        set_cjk(run, 9)
    return t


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def build_wanling():
    name = "chongqing-rongchang-wanlingzhen-yusuan-shuoming"
    doc = new_doc()
    para(doc, "重庆市荣昌区万灵镇人民政府(本级)", 16, True, True)
    para(doc, "2025年情况说明", 16, True, True)
    para(doc, "一、单位基本情况", 12, True)
    para(doc, "(一)职能职责。")
    para(doc, "(1)拟订并实施本镇经济、科技和社会发展计划,指导各行业生产,做好本镇与外地的经济交流合作,抓好招商引资。")
    para(doc, "(2)拟订村镇规划,安排重点工程、地方道路、公共设施、水利设施以及土地、林木等方面的建设和管理。")
    para(doc, "(3)负责辖区内民政、计划生育、文化教育、卫生体育等社会公益事业的综合工作。")
    para(doc, "(4)组织本级财政税收和财政收入,完成国家计划,增强财政实力。")
    para(doc, "(5)完成上级政府交办其他事项。")
    para(doc, "(二)单位构成。")
    para(doc, "从预算单位构成看,纳入本部门2024年度决算编制的二级预算单位主要包括万灵镇人民政府本级。")
    para(doc, "二、单位收支总体情况", 12, True)
    para(doc, "(一)收入预算:2025年收入合计2817.75万元,其中:本年收入1486.65万元,主要是一般公共预算拨款1479.2万元,"
              "政府性基金预算拨款7.45万元,国有资本经营预算收入0万元,财政专户管理资金收入0万元,事业收入0万元,其他收入0万元;"
              "上年结转收入1331.11万元,主要是一般公共预算拨款522.05万元,政府性基金预算拨款809.06万元,国有资本经营预算收入0万元,"
              "财政专户管理资金收入0万元,事业收入0万元,其他收入0万元。收入较去年增加120.49万元,主要是城乡社区支出增加531.76万元,"
              "一般公共服务支出减少368.56万元。")
    para(doc, "(二)支出预算:2025年支出合计2817.75万元,其中:一般公共服务支出772.04万元,公共安全支出14.49万元,教育支出3.96万元,"
              "文化旅游体育与传媒支出6.75,社会保障和就业支出187.44万元,卫生健康支出59.79万元,节能环保支出27.26万元,"
              "城乡社区支出1222.06万元,农林水支出300.51万元,交通运输支出90.31万元,住房保障支出54.64万元,"
              "灾害防治及应急管理支出78.5万元;支出较去年增加120.49万元,主要是基本支出减少51.07 万元,项目支出增")
    return save_docx(doc, name)


def build_dazu():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    name = "chongqing-dazu-chengguanju-yusuan-biao"
    wb = Workbook()
    ws = wb.active
    ws.title = "表一"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    rows = [
        ["重庆市大足区城市管理局2023 年部门预算情况说明", "", "", "", "", "", ""],
        ["表一", "", "", "", "", "", ""],
        ["财政拨款收支总表", "", "", "", "", "", ""],
        ["单位:重庆市大足区城市管理局", "", "", "", "", "单位:万元", ""],
        ["收入", "", "支出", "", "", "", ""],
        ["项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"],
        ["一、本年收入", "24,268.22", "一、本年支出", "24,268.22", "24,216.22", "52.00", ""],
        ["一般公共预算资金", "24,216.22", "社会保障和就业支出", "638.87", "638.87", "", ""],
        ["政府性基金预算资金", "52.00", "卫生健康支出", "204.97", "204.97", "", ""],
        ["国有资本经营预算资金", "", "节能环保支出", "208.20", "208.20", "", ""],
        ["", "", "城乡社区支出", "22,408.46", "22,408.46", "", ""],
        ["", "", "农林水支出", "136.23", "84.23", "52.00", ""],
        ["", "", "交通运输支出", "300.00", "300.00", "", ""],
        ["", "", "住房保障支出", "227.99", "227.99", "", ""],
        ["", "", "灾害防治及应急管理支出", "143.50", "143.50", "", ""],
        ["二、上年结转", "", "二、结转下年", "", "", "", ""],
        ["一般公共预算拨款", "", "", "", "", "", ""],
        ["政府性基金预算拨款", "", "", "", "", "", ""],
        ["国有资本经营收入", "", "", "", "", "", ""],
        ["收入合计", "24,268.22", "支出合计", "24,268.22", "24,216.22", "52.00", ""],
        ["", "", "", "", "", "", ""],
        ["表二", "", "", "", "", "", ""],
        ["一般公共预算财政拨款支出预算表", "", "", "", "", "", ""],
        ["单位:重庆市大足区城市管理局", "", "", "", "单位:万元", "", ""],
        ["功能分类科目", "", "2023年预算数", "", "", "", ""],
        ["科目", "", "", "", "", "", ""],
    ]
    for r in rows:
        ws.append(r)
    merges = ["A1:G1", "A2:G2", "A3:G3", "A4:E4", "F4:G4", "A5:B5", "C5:G5",
              "A22:E22", "A23:E23", "A24:D24", "E24:E24", "A25:B25", "C25:E25"]
    for m in merges:
        if ":" in m and m.split(":")[0] != m.split(":")[1]:
            ws.merge_cells(m)
    for row in ws.iter_rows(min_row=5, max_row=20):
        for c in row:
            c.border = border
            c.alignment = Alignment(vertical="center", wrap_text=True)
    for row in ws.iter_rows(min_row=25, max_row=26, max_col=5):
        for c in row:
            c.border = border
    for addr in ("A1", "A3", "A23"):
        ws[addr].font = Font(bold=True, size=14)
        ws[addr].alignment = Alignment(horizontal="center")
    widths = {"A": 22, "B": 12, "C": 24, "D": 12, "E": 14, "F": 16, "G": 18}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "blind199"
    wb.properties.lastModifiedBy = "blind199"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    path = os.path.join(HERE, name + ".xlsx")
    wb.save(path)
    normalize_zip(path)
    return path


def build_panjin():
    name = "liaoning-panjin-weijianwei-bumenyusuan-mulu"
    doc = new_doc()
    para(doc, "盘锦市卫生健康委2022年度部门预算", 16, True, True)
    para(doc, "发布时间:2022-02-08 浏览次数:285", 9, False, True)
    para(doc, "盘锦市卫生健康委2022年度部门预算", 14, True, True)
    para(doc, "目    录", 12, True, True)
    toc = [
        "第一部分  盘锦市卫生健康委部门概况",
        "一、主要职责",
        "二、机构设置",
        "第二部分  盘锦市卫生健康委2022年度部门预算公开表",
        "一、2021年度部门收支总体情况表",
        "二、2021年度部门收入总体情况表",
        "三、2021年度部门支出总体情况表",
        "四、2021年度财政拨款收支总体情况表",
        "五、2021年度一般公共预算支出情况表",
        "六、2021年度一般公共预算基本支出情况表",
        "七、2021年度一般公共预算“三公”经费支出情况表",
        "八、2021年度政府性基金预算支出情况表",
        "九、2021年度综合预算项目支出表",
        "十、2021年度部门(单位)整体绩效目标表(2021年度部门预算项目(政策)绩效目标情况表)",
        "第三部分  盘锦市卫生健康委2022年度部门预算情况说明",
        "一、收支预算的总体情况说明",
        "二、“三公”经费预算安排使用情况说明",
        "三、机关运行经费预算安排使用情况说明",
        "四、政府采购安排情况说明",
        "五、国有资产占用情况说明",
        "六、项目预算绩效目标情况说明",
        "第四部分  名词解释",
    ]
    for t in toc:
        para(doc, t)
    para(doc, "第一部分  盘锦市卫生健康委部门概况", 12, True)
    para(doc, "一、 主要职责", 12, True)
    para(doc, "(一)落实国家和省关于国民健康的政策以及卫生健康、中医药事业发展的法律法规、政策和规划,拟订盘锦市相关政策、"
              "规划并组织实施,起草有关地方性法规、标准和市政府规章草案;统筹规划卫生健康资源配置,指导区域卫生健康规划的编制和实施;"
              "拟定并组织实施推进卫生健康基本公共服务均等化、普惠化、便捷化和公共资源向基层延伸的政策措施。")
    para(doc, "(二)协调推进深化医药卫生体制改革,研究提出深化改革的政策、措施建议。组织深化公立医院综合改革,推进管")
    return save_docx(doc, name)


def build_gejiu():
    name = "yunnan-gejiu-minzhengju-bumenyusuan-mulu"
    doc = new_doc()
    rows = [["索引号", "20240913-200428-283"],
            ["发布机构", "个旧市人民政府办公室"],
            ["文号", ""],
            ["发布日期", "2022-02-19"],
            ["时效性", "有效"]]
    table_rows(doc, rows)
    para(doc, "个旧市民政局(本级)2022年部门预算", 16, True, True)
    para(doc, "监督索引号53250100331400600000", 9)
    para(doc, "个旧市民政局(本级)2022年部门预算", 14, True, True)
    para(doc, "个旧市民政局2022年预算公开目录", 12, True, True)
    toc = [
        "第一部分 个旧市民政局2022年部门预算编制说明",
        "一、基本职能及主要工作",
        "二、预算单位基本情况",
        "三、预算单位收入情况",
        "四、预算单位支出情况",
        "五、对下专项转移支付情况",
        "六、政府采购预算情况",
        "七、部门“三公”经费增减变化情况及原因说明",
        "八、重点项目预算绩效目标情况",
        "九、其他公开信息",
        "第二部分 个旧市民政局2022年部门预算表",
        "一、财务收支预算总表",
        "二、部门收入预算表",
        "三、部门支出预算表",
        "四、财政拨款收支预算总表",
        "五、一般公共预算支出预算表(按功能科目分类)",
        "六、一般公共预算“三公”经费支出预算表",
        "七、基本支出预算表(人员类、运转类公用经费项目)",
        "八、项目支出预算表(其他运转类、特定目标类项目)",
        "九、项目支出绩效目标表(本级下达)",
        "十、项目支出绩效目标表(另文下达)",
        "十一、政府性基金预算支出预算表",
        "十二、部门政府采购预算表",
        "十三、政府购买服务预算表",
        "十四、对下转移支付预算表",
        "十五、对下转移支付绩效目标表",
        "十六、新增资产配置表",
        "十七、财政拨款支出明细表(按经济科目分类)",
        "十八、部门整体支出绩效目标表",
        "十九、部门上年结余结转支出预算表",
    ]
    for t in toc:
        para(doc, t)
    para(doc, "第一部分 个旧市民政局2022年预算编制说明", 12, True)
    para(doc, "一、基本职能及主要工作", 12, True)
    para(doc, "(一)部门主要职责")
    para(doc, "1.执行党和国家有关民政工作的方针、政策和法律、法规,依据国民经济和社会发展规划拟订个旧市民政事业发展规划和政策,"
              "起草有关地方性法规和政府规章草案,制定部门规范性文件,并组织实施和监督检查")
    return save_docx(doc, name)


def build_chenxiang():
    name = "hubei-guangshui-chenxiangzhen-bumenyusuan-mulu"
    doc = new_doc()
    para(doc, "目 录", 14, True, True)
    toc = [
        "第一部分 单位概况", "一、主要职责", "二、机构设置", "三、部门预算单位构成及人员情况",
        "第二部分 部门预算表", "一、部门收支预算总表", "二、部门收入预算总表", "三、部门支出预算总表",
        "四、财政拨款收支总表", "五、一般公共预算支出总表", "六、一般公共预算基本支出表",
        "七、一般公共预算“三公”经费支出表", "八、政府性基金预算支出表", "九、项目支出预算明细表",
        "十、政府采购预算表", "十一、政府购买服务预算表", "十二、新增资产配置预算表", "十三、非税征收计划表",
        "第三部分 部门预算情况说明", "一、收支预算总体情况说明", "二、财政拨款收支预算总体情况说明",
        "三、一般公共预算支出情况说明", "四、一般公共预算基本支出情况说明", "五、一般公共预算“三公”经费情况说明",
        "六、政府性基金预算支出情况说明", "七、国有资本经营预算情况说明", "八、机关运行经费支出情况说明",
        "九、政府采购支出情况说明", "十、国有资产占用使用情况说明", "十一、其他事项说明",
        "第四部分 预算绩效情况", "一、部门整体绩效目标编制情况", "二、重点项目绩效目标编制情况",
        "第五部分 名词解释",
    ]
    for t in toc:
        para(doc, t)
    para(doc, "第一部分 单位概况", 12, True)
    para(doc, "一、主要职责", 12, True)
    para(doc, "广水市陈巷镇人民政府主要职责如下:")
    para(doc, "1.广水市陈巷镇人民政府主要职责如下:")
    para(doc, "1. 组织农业生产和各行业安全生产,抓紧扶贫工作,做好招商引资,推动经济发展;")
    para(doc, "2. 实施村镇建设规划,安排重点工程和地方道路建设,管理公共设施和水利设施,保护土地、林木、水等自然资源和生态环境,做好护林防火;")
    para(doc, "3. 负责镇内民政、计划生育、文化教育、卫生等社会公益事业的综合工作,调处各类纠纷,维护社会稳定;")
    para(doc, "4. 按计划组织本级财政收入和地方税的征收,完成国家财政计划,不断培植税源,管好财政资金,增")
    return save_docx(doc, name)


BUILDERS = [build_wanling, build_dazu, build_panjin, build_gejiu, build_chenxiang]

# strings (besides gold items) that must survive into the PDF text
EXTRA_CHECKS = {
    "chongqing-rongchang-wanlingzhen-yusuan-shuoming": ["2817.75", "1331.11", "文化旅游体育与传媒支出6.75,", "项目支出增"],
    "chongqing-dazu-chengguanju-yusuan-biao": ["24,268.22", "24,216.22", "22,408.46", "财政拨款收支总表"],
    "liaoning-panjin-weijianwei-bumenyusuan-mulu": ["整体绩效目标表", "项目预算绩效目标情况说明", "推进管"],
    "yunnan-gejiu-minzhengju-bumenyusuan-mulu": ["项目支出绩效目标表(本级下达)", "部门整体支出绩效目标表", "并组织实施和监督检查"],
    "hubei-guangshui-chenxiangzhen-bumenyusuan-mulu": ["重点项目绩效目标编制情况", "管好财政资金,增"],
}


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def check(name, pdf):
    text = pdf_text(pdf)
    g = GOLD[name]
    items = []
    for ind in g["indicators"]:
        items += [ind["name"], ind.get("target_text") or ""]
    items += [x["text"] for x in g["goals"]]
    items += [f["item"] for f in g["findings"]]
    items += EXTRA_CHECKS.get(name, [])
    missing = [s for s in items if s and re.sub(r"\s+", "", s) not in text]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    ok = True
    for build in BUILDERS:
        src = build()
        name = os.path.splitext(os.path.basename(src))[0]
        pdf = export_pdf(src)
        for f in (src, pdf):
            g = dict(GOLD[name])
            rec = {"source": os.path.basename(f)}
            rec.update(g)
            with open(os.path.join(ANN, os.path.basename(f) + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
        miss = check(name, pdf)
        print(name, "OK" if not miss else "MISSING %r" % miss)
        ok = ok and not miss
    tot = {"rows": 0, "goals": 0, "findings": 0, "facts": 0}
    for g in GOLD.values():
        tot["rows"] += len(g["indicators"])
        tot["goals"] += len(g["goals"])
        tot["findings"] += len(g["findings"])
        tot["facts"] += len(g["facts"])
    print("gold totals (per source document):", tot)
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
