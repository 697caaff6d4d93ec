# -*- coding: utf-8 -*-
"""blind222: project lists (乡村振兴 衔接资金 项目库 / 项目计划) with a performance-target column.

Gold first (as Python data), then the builders (openpyxl / python-docx), the LibreOffice PDF export,
the annotation files and a pdftotext check.  Run with /tmp/venv/bin/python.
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "blind222"
FIXED_DT = datetime.datetime(2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------------------------

WENFENG = "henan-anyang-wenfeng-xianjie-xiangmujihua-tongjibiao"
BANAN = "chongqing-banan-xiangmuku-huizongmingxibiao"
LONGHU = "jiangxi-yingtan-longhushan-xiangmuku-niruku-qingdan"
BAYU = "liaoning-yingkou-bayuquan-kufang-xiangmu-ruku-gonggao"

GOLD = {}

# ---- 1. 河南 安阳 文峰区 2026 衔接资金项目计划 (XLSX) ----------------------------------------
WF_GOAL1 = "通过项目实施,完成8000米道路建设任务,解决群众2200人出行问题。"
WF_GOAL2 = "通过项目实施,完成550米道路建设任务,解决群众出行问题。"
WF_GOAL3 = "通过项目实施,完成3000米道路建设任务,解决群众1200人出行问题。"
GOLD[WENFENG] = {
    "ext": "xlsx",
    "source_urls": ["https://www.wfqzf.gov.cn/2025/12-30/3587485.html"],
    "province": "河南省",
    "doc_kind": "衔接资金项目计划表(预期绩效目标列)",
    "patterns": [5, 7, 10],
    "indicators": [
        {"level1": None, "level2": None, "name": "道路建设任务", "operator": None, "value": 8000, "unit": "米",
         "target_text": "完成8000米道路建设任务", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "出行问题", "operator": None, "value": 2200, "unit": "人",
         "target_text": "解决群众2200人出行问题", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "道路建设任务", "operator": None, "value": 550, "unit": "米",
         "target_text": "完成550米道路建设任务", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "道路建设任务", "operator": None, "value": 3000, "unit": "米",
         "target_text": "完成3000米道路建设任务", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "出行问题", "operator": None, "value": 1200, "unit": "人",
         "target_text": "解决群众1200人出行问题", "actual": None, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "预期绩效目标", "text": WF_GOAL1},
        {"kind": "预期绩效目标", "text": WF_GOAL2},
        {"kind": "预期绩效目标", "text": WF_GOAL3},
    ],
    "facts": [],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "预期绩效目标列只写道路长度和受益人数,没有任何项目写满意度目标(联农带农机制列只写“切实提高群众满意度和获得感”,无数值)"},
        {"rule": "coverage.too_few_indicators", "item": "文峰区2026年宝莲寺镇何官屯村道路修缮项目",
         "why": "该项目的预期绩效目标只有一个带数字的目标(550米),受益人数一句没有数字"},
    ],
    "notes": (
        "Stored page stops inside row 4 (cell '乡村建设行'); the table announces 18 projects / 1673.886 万元 but only rows 1-3 are "
        "complete, so no sum fact is recorded (the parts are cut). Indicators come only from the 预期绩效目标 cells (running text); "
        "the 建设内容 cells (铺设道路长度8000米…) are construction content and are not counted. Row 2: 建设内容 says 18条道路、面积30079平方、"
        "宽度4.5--6米 (about 5,000-6,700 m of road) while its goal says 550米 — a content/goal mismatch a reviewer would query; no "
        "rule id of design.md §5 names it, so it is left here. The 合计 row is written as 'A:B 文峰区合计 | C 18个 | H 1673.886' "
        "(the page's text rendering gives only '文峰区合计 | 18个 | 1673.886' followed by empty cells; the column placement of "
        "18个 and 1673.886 is my reading). The web breadcrumb line is kept as the first line."
    ),
}

# ---- 2. 重庆 巴南区 2026 项目库汇总明细表 (XLSX) ---------------------------------------------
BN_GOAL1 = ("按时完成采购7台(套)加工设备。该项目建成后,进一步提升我村谷物生产加工水平,增加村集体经济收入7万元/年,"
            "受益群众2442人,其中脱贫户64人。")
GOLD[BANAN] = {
    "ext": "xlsx",
    "source_urls": ["http://www.cqbn.gov.cn/bmjz/bm/nyncw/zwgk_88849/gkml/jczwgk/spsxczx/xjzjjxm/xmkjs/202511/t20251111_15155443.html"],
    "province": "重庆市",
    "doc_kind": "巩固拓展脱贫攻坚成果和乡村振兴项目库汇总明细表(绩效目标列)",
    "patterns": [5, 7, 10],
    "indicators": [
        {"level1": None, "level2": None, "name": "加工设备", "operator": None, "value": 7, "unit": "台(套)",
         "target_text": "按时完成采购7台(套)加工设备", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "村集体经济收入", "operator": None, "value": 7, "unit": "万元/年",
         "target_text": "增加村集体经济收入7万元/年", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "受益群众", "operator": None, "value": 2442, "unit": "人",
         "target_text": "受益群众2442人", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "脱贫户", "operator": None, "value": 64, "unit": "人",
         "target_text": "其中脱贫户64人", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "绩效目标", "text": BN_GOAL1}],
    "facts": [
        {"metric": "项目库资金合计", "kind": "sum", "total": 12141.47, "parts": [8921.47, 3220], "unit": "万元"},
        {"metric": "2026年巴南区天星寺镇芙蓉村购置加工设备项目 资金小计", "kind": "sum", "total": 230, "parts": [230, 0],
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "绩效目标只写设备数量、村集体增收和受益人数,没有满意度目标"},
    ],
    "notes": (
        "Stored page stops in row 2 (序号 2, project name cut after '202'). The page text gives the header as one row of 13 "
        "cells and a total row with only three figures under 小计/衔接资金/自筹资金 and no label; reproduced as found (no 合计 "
        "label). The intro says '涉及资金12141.47' without a unit (the table says 单位:万元): kept. 7台(套) agrees with the "
        "construction content (2+1+1+2+1). '进一步提升我村谷物生产加工水平' is a vague clause inside a goal that otherwise has "
        "figures; not flagged. Intro paragraphs are reworded, all numbers kept."
    ),
}

# ---- 3. 江西 鹰潭 龙虎山景区 2022 项目库拟入库项目清单 (XLSX) -------------------------------
LH_GOAL1 = "符合条件的中职、高职学生每人每学期获得1500元补助"
GOLD[LONGHU] = {
    "ext": "xlsx",
    "source_urls": ["https://m.bidcenter.com.cn/newsrili-1-267046170.html"],
    "province": "江西省",
    "doc_kind": "巩固拓展脱贫攻坚成果和乡村振兴项目库拟入库项目清单(绩效目标分组列)",
    "patterns": [5, 6, 7, 10],
    "indicators": [
        {"level1": None, "level2": None, "name": "补助标准", "operator": None, "value": 1500, "unit": "元",
         "target_text": "每人每学期补助1500元。财政专项资金12万元", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "受益对象满意度", "operator": ">=", "value": 95, "unit": "%",
         "target_text": "95%以上", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "项目效益", "text": LH_GOAL1}],
    "facts": [
        {"metric": "拟入库项目计划总投资", "kind": "sum", "total": 5991, "parts": [4815, 1176], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.budget_text", "item": LH_GOAL1,
         "why": "项目效益一栏只是把补助标准(每人每学期1500元)换个说法,没有写受助人数或教育结果"},
        {"rule": "target.cost_restates_budget", "item": "补助标准",
         "why": "补助标准单元格同时写入“财政专项资金12万元”,即项目资金规模12万元本身"},
    ],
    "notes": (
        "Mirror page of the 龙虎山景区 公示 (bidcenter). Stored page stops in row 2 (小额信款贴息 — '信款' typo kept — "
        "implementation place cut at '龙虎'). The page text lists the header cells in the order 序号…筹资方式, 绩效目标, "
        "责任单位, 建设任务, 补助标准(元), 时间进度, 项目效益, 贫困对象参与和减贫带贫机制, 受益对象满意度, but row 1 puts "
        "责任单位 last; I read it as a two-row header where 绩效目标 spans six sub-columns and 责任单位 spans both header rows "
        "at the end (rebuilt with merged cells). Row 1 has no value for 是否脱贫村 (left empty). The 减贫带贫机制 cell "
        "'提高脱贫户和监测户的教育水平,脱贫质量提升' has no figure and is not an indicator; it is not a goal column either. "
        "Intro reworded (the typo 入库程度 kept), numbers kept; the masked phone 159*****665 kept as found."
    ),
}

# ---- 4. 辽宁 营口 鲅鱼圈 库房建设项目入库公告 (DOCX, prose) -----------------------------------
BY_GOAL = "资金支付到位,工程验收合格,项目村集体经济收入增加,农户满意,基层干部满意。"
GOLD[BAYU] = {
    "ext": "docx",
    "source_urls": ["http://www.ykdz.gov.cn/003/003006/20250428/f468dc84-4d17-45fc-8798-945d889cd2eb.html"],
    "province": "辽宁省",
    "doc_kind": "衔接资金项目入库公告(绩效目标、联农带农机制条目)",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "绩效目标", "text": BY_GOAL}],
    "facts": [
        {"metric": "项目总投资", "kind": "sum", "total": 200, "parts": [100, 100], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": BY_GOAL,
         "why": "绩效目标只有“到位、合格、增加、满意”等定性说法,村集体增收额、受益户数、满意度都没有数值"},
    ],
    "notes": (
        "Prose announcement, numbered 一 to 十二; the stored page stops inside item 十二 ('主管部门:鲅'). Its 绩效目标 item "
        "has no figures, so the document has no indicator rows; the figures in 建设任务 (库房1个, 约10亩, 约5万块网具, 约2800"
        "平方米, 约3200平方米) and 受益对象 (约725户/2475人, 约420户/1321人) describe the task and the beneficiaries, not "
        "targets, and are not counted as indicators (judgement call). '收益户数/收益人数' (for 受益) kept as written. "
        "Items 三, 九 and 十 are reworded, numbers kept; short items kept verbatim."
    ),
}

# ---------------------------------------------------------------------------------------------
# Page texts (what the builders lay out)
# ---------------------------------------------------------------------------------------------

WF_HEAD = ["序号", "县(市、区)", "项目名称", "项目类型", "建设性质", "实施地点", "建设内容", "投资概算(万元)",
           "预期绩效目标", "联农带农机制", "实施期限", "责任单位"]
WF_LNDN = "改善全村群众出行条件,切实提高群众满意度和获得感。"
WF_ROWS = [
    ["1", "文峰区", "文峰区2026年宝莲寺镇小营村道路修缮项目", "乡村建设行动", "新建", "宝莲寺镇小营村",
     "铺设道路长度8000米,宽度3-4米,沥青混凝土厚度5公分。", 235, WF_GOAL1, WF_LNDN, "2026年", "宝莲寺镇"],
    ["2", "文峰区", "文峰区2026年宝莲寺镇何官屯村道路修缮项目", "乡村建设行动", "新建", "宝莲寺镇何官屯",
     "铺设18条道路,面积30079平方,宽度4.5--6米,沥青混凝土厚度5公分", 195, WF_GOAL2, WF_LNDN, "2026年", "宝莲寺镇"],
    ["3", "文峰区", "文峰区2026年宝莲寺镇东风村道路修缮项目", "乡村建设行动", "新建", "宝莲寺镇东风村",
     "铺设3条道路,面积13500平方,宽度4--4.5米,沥青混凝土厚度5公分", 90, WF_GOAL3, WF_LNDN, "2026年", "宝莲寺镇"],
    ["4", "文峰区", "文峰区2026年宝莲寺镇黎官屯村道路修缮项目", "乡村建设行", "", "", "", None, "", "", "", ""],
]

BN_HEAD = ["序号", "项目名称", "项目类型", "建设任务", "绩效目标", "主管部门", "业主单位", "实施年月", "完工年月",
           "小计", "衔接资金", "自筹资金", "备注"]
BN_ROWS = [
    ["", "", "", "", "", "", "", "", "", 12141.47, 8921.47, 3220, ""],
    ["1", "2026年巴南区天星寺镇芙蓉村购置加工设备项目", "产业发展",
     "购置150T原粮初清及仓储系统2套,车间粮食输送设备1套,谷物壳类及油糠分离风控设备1套(含大米加工主机设备),叉车2台,烘干机1套。",
     BN_GOAL1, "天星寺镇人民政府", "天星寺镇芙蓉村经济联合社", "202601", "202612", 230, 230, 0, ""],
    ["2", "202", "", "", "", "", "", "", "", None, None, None, ""],
]

LH_ROW1 = ["1", "巩固“三保障”成果", "雨露计划职业教育补助", "龙虎山镇、上清镇", "", 12, "财政扶持",
           "脱贫户和监测户雨露计划职业教育补助", "每人每学期补助1500元。财政专项资金12万元", "2022年1月—2022年12月",
           LH_GOAL1, "提高脱贫户和监测户的教育水平,脱贫质量提升", "95%以上", "景区乡村振兴局、上清镇、龙虎山镇"]
LH_ROW2 = ["2", "巩固“三保障”成果", "小额信款贴息", "龙虎", "", None, "", "", "", "", "", "", "", ""]


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------

def normalise_zip(path):
    """Rewrite a zip (xlsx/docx) with fixed timestamps and a stable entry order."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the save time
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2026-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def fix_wb_props(wb, title):
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.title = title


def sheet_setup(ws, ncols):
    from openpyxl.worksheet.properties import PageSetupProperties
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = False


def style_cells(ws, first_row, last_row, ncols):
    from openpyxl.styles import Alignment, Border, Side
    thin = Side(style="thin")
    for r in range(first_row, last_row + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")


def text_line(ws, row, text, ncols, bold=False, size=11, align="left"):
    from openpyxl.styles import Alignment, Font
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="center", horizontal=align)
    ws.cell(row=row, column=1).font = Font(bold=bold, size=size)
    # rough height so LibreOffice shows the whole wrapped line
    from openpyxl.utils import get_column_letter
    total = sum((ws.column_dimensions[get_column_letter(c)].width or 9) for c in range(1, ncols + 1))
    chars_per_line = max(20, int(total / 2.3 * (11.0 / size)))
    lines = max(1, -(-len(text) // chars_per_line))
    ws.row_dimensions[row].height = (size + 6) * lines + 2


def set_widths(ws, widths):
    from openpyxl.utils import get_column_letter
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def row_height_for(values, widths):
    lines = 1
    for v, w in zip(values, widths):
        if v is None:
            continue
        s = str(v)
        per = max(1, int(w / 2.1))  # CJK chars per line, roughly
        lines = max(lines, -(-len(s) // per))
    return 15 * lines + 4


# ---------------------------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------------------------

def build_wenfeng(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "统计表"
    n = len(WF_HEAD)
    widths = [6, 9, 30, 11, 8, 14, 30, 10, 34, 28, 9, 10]
    set_widths(ws, widths)
    r = 1
    for line, kw in [
        ("您当前所在位置: 首页 > 试点领域 > 脱贫攻坚(乡村振兴) > 扶贫资金项目", {}),
        ("为切实发挥衔接资金效益、进一步巩固拓展脱贫攻坚成果,2026年项目库经研究并履行公示公告程序后,"
         "现将文峰区制订的2026年度衔接资金项目计划情况予以公告:", {}),
        ("附表:文峰区2026年度衔接资金项目计划情况统计表", {}),
        ("监督电话:5100407 12317", {}),
        ("附件", {}),
        ("文峰区2026年度衔接资金项目计划情况统计表", {"bold": True, "size": 14, "align": "center"}),
    ]:
        text_line(ws, r, line, n, **kw)
        r += 1
    head_row = r
    for c, h in enumerate(WF_HEAD, start=1):
        ws.cell(row=r, column=c, value=h).font = Font(bold=True)
    ws.row_dimensions[r].height = 32
    r += 1
    # total row: 文峰区合计 over 序号+县(市、区), 18个 under 项目名称, 1673.886 under 投资概算
    ws.cell(row=r, column=1, value="文峰区合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(row=r, column=3, value="18个")
    ws.cell(row=r, column=8, value=1673.886)
    ws.row_dimensions[r].height = 20
    r += 1
    for row in WF_ROWS:
        for c, v in enumerate(row, start=1):
            if v is not None and v != "":
                ws.cell(row=r, column=c, value=v)
        ws.row_dimensions[r].height = row_height_for(row, widths)
        r += 1
    style_cells(ws, head_row, r - 1, n)
    sheet_setup(ws, n)
    fix_wb_props(wb, "文峰区2026年度衔接资金项目计划情况统计表")
    wb.save(path)
    normalise_zip(path)


def build_banan(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "项目库汇总明细表"
    n = len(BN_HEAD)
    widths = [6, 26, 9, 40, 44, 15, 17, 9, 9, 9, 9, 9, 7]
    set_widths(ws, widths)
    r = 1
    for line, kw in [
        ("关于巴南区2026年巩固拓展脱贫攻坚成果和乡村振兴项目库的公示", {"bold": True, "size": 14, "align": "center"}),
        ("根据市乡村振兴局有关巩固拓展脱贫攻坚成果和乡村振兴项目库建设管理的要求,我区组织开展了2026年巩固拓展脱贫攻坚成果和"
         "乡村振兴项目建设,经相关单位申报、区级部门审核,确定2026年巩固拓展脱贫攻坚成果和乡村振兴项目库共33个项目,"
         "涉及资金12141.47(见附件)。", {}),
        ("为充分发扬民主、广泛接受监督,依据《中共重庆市委农村工作暨实施乡村振兴战略领导小组办公室关于加强财政衔接推进乡村振兴"
         "补助资金项目公告公示的通知》要求,现对《巴南区2026年巩固拓展脱贫攻坚成果和乡村振兴项目库汇总明细表》进行公示。"
         "公示期为10个工作日,有异议的可向区农业农村委反映。", {}),
        ("区农业农村委电话:023-66210455", {}),
        ("区纪委、监委监督电话:023-66235722", {}),
        ("政务服务便民热线:12345", {}),
        ("附件:巴南区2026年巩固拓展脱贫攻坚成果和乡村振兴项目库汇总明细表", {}),
        ("重庆市巴南区农业农村委员会", {"align": "right"}),
        ("2025年11月10日", {"align": "right"}),
        ("附件", {}),
        ("巴南区2026年巩固拓展脱贫攻坚成果和乡村振兴项目库汇总明细表", {"bold": True, "size": 14, "align": "center"}),
        ("单位:万元", {"align": "right"}),
    ]:
        text_line(ws, r, line, n, **kw)
        r += 1
    head_row = r
    for c, h in enumerate(BN_HEAD, start=1):
        ws.cell(row=r, column=c, value=h).font = Font(bold=True)
    ws.row_dimensions[r].height = 24
    r += 1
    for row in BN_ROWS:
        for c, v in enumerate(row, start=1):
            if v is not None and v != "":
                ws.cell(row=r, column=c, value=v)
        ws.row_dimensions[r].height = row_height_for(row, widths)
        r += 1
    style_cells(ws, head_row, r - 1, n)
    sheet_setup(ws, n)
    fix_wb_props(wb, "巴南区2026年巩固拓展脱贫攻坚成果和乡村振兴项目库汇总明细表")
    wb.save(path)
    normalise_zip(path)


def build_longhu(path):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "拟入库项目清单"
    n = 14
    widths = [5, 13, 16, 12, 7, 8, 8, 20, 24, 13, 26, 24, 10, 18]
    set_widths(ws, widths)
    r = 1
    for line, kw in [
        ("龙虎山景区2022年度巩固脱贫攻坚成果和乡村振兴项目库拟入库项目的公示", {"bold": True}),
        ("龙虎山景区2022年度巩固脱贫攻坚成果", {"bold": True, "size": 14, "align": "center"}),
        ("和乡村振兴项目库拟入库项目的公示", {"bold": True, "size": 14, "align": "center"}),
        ("依照村申报、镇审核、区审批的入库程度,景区党委农村工作领导小组综合相关行业部门对各镇村申报的巩固衔接项目的论证审核"
         "意见,并结合全景区巩固衔接任务和年度相关资金规模,审定同意我区2022年度巩固脱贫攻坚成果和乡村振兴项目库拟入库项目38个,"
         "计划总投资5991万元,其中: 财政投入4815万元、其它投入1176万元。", {}),
        ("现对拟入库项目进行公示,公示时间为2021年10月19 日至2021年10月28日。公示期间如有异议,欢迎提出监督意见。", {}),
        ("意见收集人 : 王明娟 电 话 : 159*****665", {}),
        ("附件: 龙虎山景区2022年度区级巩固拓展脱贫攻坚成果和乡村振兴项目库拟入库项目清单", {}),
        ("龙虎山景区党委农村工作领导小组办公室", {"align": "right"}),
        ("2021年10月18日", {"align": "right"}),
        ("附件:", {}),
        ("龙虎山景区2022年度区级巩固拓展脱贫攻坚成果和乡村振兴项目库", {"bold": True, "size": 14, "align": "center"}),
        ("拟入库项目清单", {"bold": True, "size": 14, "align": "center"}),
    ]:
        text_line(ws, r, line, n, **kw)
        r += 1
    h1 = r
    h2 = r + 1
    top = ["序号", "项目类别", "项目名称", "实施\n地点", "是否脱贫村", "资金\n规模\n(万元)", "筹资\n方式", "绩效目标"]
    for c, h in enumerate(top, start=1):
        ws.cell(row=h1, column=c, value=h).font = Font(bold=True)
        if c <= 7:
            ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    ws.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=13)
    ws.cell(row=h1, column=14, value="责任单位").font = Font(bold=True)
    ws.merge_cells(start_row=h1, start_column=14, end_row=h2, end_column=14)
    sub = ["建设任务", "补助标准\n(元)", "时间进度", "项目效益", "贫困对象参与和减贫带贫机制", "受益对象满意度"]
    for i, h in enumerate(sub):
        ws.cell(row=h2, column=8 + i, value=h).font = Font(bold=True)
    ws.row_dimensions[h1].height = 22
    ws.row_dimensions[h2].height = 48
    r = h2 + 1
    for row in (LH_ROW1, LH_ROW2):
        for c, v in enumerate(row, start=1):
            if v is not None and v != "":
                ws.cell(row=r, column=c, value=v)
        ws.row_dimensions[r].height = row_height_for(row, widths)
        r += 1
    style_cells(ws, h1, r - 1, n)
    sheet_setup(ws, n)
    fix_wb_props(wb, "龙虎山景区2022年度区级巩固拓展脱贫攻坚成果和乡村振兴项目库拟入库项目清单")
    wb.save(path)
    normalise_zip(path)


def build_bayu(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(11)
    d.add_paragraph("当前位置:首页 > 要闻动态 > 通知公告")
    p = d.add_paragraph()
    run = p.add_run("望海街道农业村、芹菜洼村库房建设项目纳入全国防返贫监测和衔接推进乡村振兴信息系统库公告")
    run.bold = True
    run.font.size = Pt(15)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("来源:农业农村局    作者:    发布时间:2025-04-28")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("【字号:    分享:")
    d.add_paragraph("依照“村级申报、乡镇审核、行业论证、县区审定”的程序,望海街道农业村、芹菜洼村申报的库房建设项目已纳入全国防返贫"
                    "监测和衔接推进乡村振兴信息系统库,特此公告:")
    items = [
        "一、项目名称:望海街道农业村、芹菜洼村库房建设项目",
        "二、实施地点:望海街道办事处农业村",
        "三、建设任务:由农业村、芹菜洼村在农业村联合建设库房1个,占地约10亩,可满足约5万块网具的存放和织补需要;"
        "其中库房建设面积约2800平方米,场坪建设面积约3200平方米。",
        "四、资金来源及规模:总投资200万元,均为财政补助资金,每村100万元。",
        "五、实施期限:2025年3月—12月",
        "六、实施单位:农业村、芹菜洼村",
        "七、责任人:裴作良、滕征伟",
        "八、绩效目标:" + BY_GOAL,
        "九、联农带农机制(带贫减贫机制):项目建成后,望海办事处辖区渔民长期没有固定库房存放渔网的问题得到解决;渔民租用库房"
        "修补渔网等作业时雇用本村村民,村民可增加务工收入;村集体的出租收益依照集体经济组织章程分配,集体经济组织成员获得分红。",
        "十、投资占比及利益分配机制、运营模式:项目用地成本计入项目总成本;收益按两村投资成本所占比例分配;项目以出租方式经营,"
        "两村签订合作协议,由农业村负责总体建设管理。",
        "十一、受益对象:农业村、芹菜洼村两个村集体经济组织,以及农业村收益户数约725户、收益人数约2475人,芹菜洼村收益户数约"
        "420户、收益人数约1321人。",
        "十二、主管部门:鲅",
    ]
    for t in items:
        d.add_paragraph(t)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = "库房建设项目入库公告"
    d.save(path)
    normalise_zip(path)


BUILDERS = {WENFENG: build_wenfeng, BANAN: build_banan, LONGHU: build_longhu, BAYU: build_bayu}


# ---------------------------------------------------------------------------------------------
# export, annotations, check
# ---------------------------------------------------------------------------------------------

def to_pdf(src, outdir):
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless", "--convert-to", "pdf",
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def pdf_text(pdf):
    """Default reading-order text and -raw (content-stream order) text, whitespace removed, joined by '|'.

    Neighbouring wrapped cells of a wide table can interleave in pdftotext's default mode; -raw keeps each
    cell's lines together.  An item passes when it is found in either."""
    outs = []
    for extra in ([], ["-raw"]):
        out = subprocess.run(["pdftotext", "-enc", "UTF-8"] + extra + [pdf, "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
        outs.append(re.sub(r"\s+", "", out))
    return "|".join(outs)


def squash(s):
    return re.sub(r"\s+", "", s)


def check(doc, gold, text):
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and squash(ind[key]) not in text:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the item names what is absent
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(os.path.join(HERE, "annotations"), exist_ok=True)
    problems = 0
    totals = {"indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for doc, gold in GOLD.items():
        src = os.path.join(HERE, doc + "." + gold["ext"])
        BUILDERS[doc](src)
        to_pdf(src, HERE)
        pdf = os.path.join(HERE, doc + ".pdf")
        text = pdf_text(pdf)
        miss = check(doc, gold, text)
        if miss:
            problems += len(miss)
            for m in miss:
                print("MISSING in %s.pdf: %s %s" % (doc, m[0], m[1]))
        for fname in (os.path.basename(src), os.path.basename(pdf)):
            ann = {"source": fname}
            for k in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts", "findings",
                      "notes"):
                ann[k] = gold[k]
            with open(os.path.join(HERE, "annotations", fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        for k in totals:
            totals[k] += len(gold[k])
        print("%s: %d indicators, %d goals, %d findings, %d facts" % (
            doc, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"])))
    print("totals:", totals)
    if problems:
        print("CHECK FAILED: %d item(s) missing" % problems)
        sys.exit(1)
    print("check ok")


if __name__ == "__main__":
    main()
