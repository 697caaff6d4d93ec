"""Build the blind262 part: 5 source documents (DOCX/XLSX) + PDFs + gold annotations.

The gold (GOLD below) is written before any file is built or read back.
Run: /tmp/wvenv/bin/python make_blind262_layouts.py
"""

import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind262"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

URL_A = "http://cn.chinagate.cn/education/2008-09/22/content_16513214.htm"
URL_B = "https://www.54sdr.cn/wap/view?id=61ee1639ed121bbafe259afa"
URL_C = "https://fx361.cc/page/2022/1019/10651529.shtml"
URL_D = "http://cn.zyw.xizang.gov.cn/bmfw/ggl/202308/t20230824_372228.html"
URL_G = "https://www.kunmingchi.com/archives/8r9pk6xl4dqnnldjgq3y.html"


def ind(level1, level2, name, operator=None, value=None, unit=None, target_text=None,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- gold: A
# 中小学体育工作督导评估指标体系(试行): indicator framework with formula column.
A_ROWS = [
    # level1, level2, code+name, formula, note
    ("A1 教育管理", "B1 建立联席会议制度", "C1", "是否建立联席会议制度", "是/否", ""),
    ("A1 教育管理", "B2 纳入地方经济社会发展规划", "C2", "是否制定下发学校体育卫生\n工作发展规划", "是/否", ""),
    ("A1 教育管理", "B3落实一小时体育锻炼时间", "C3", "体育课开足率",
     "实际开设的体育课时数/国家规定应开设的体育课时数", ""),
    ("A1 教育管理", "B3落实一小时体育锻炼时间", "C4", "一小时课外活动落实率",
     "实际组织开展的一小时课外活动次数/国家规定应组织开展的一小时课外活动次数", ""),
    ("A1 教育管理", "B3落实一小时体育锻炼时间", "C5", "大课间活动落实率", "大课间活动安排次数/教学天数", ""),
    ("A1 教育管理", "B3落实一小时体育锻炼时间", "C6", "寄宿制学校建立每天做早操制度", "是/否", ""),
    ("A1 教育管理", "B3落实一小时体育锻炼时间", "C7", "建立高中阶段学生军训制度", "是/否", ""),
    ("A1 教育管理", "B3落实一小时体育锻炼时间", "C8", "是否定期进行巡查", "是/否", ""),
    ("A1 教育管理", "B4 建立定期组织综合性或专项性的学生体育运动会制度", "C9",
     "是否建立定期组织综合性或专项性的学生体育运动会制度", "是/否", ""),
    ("A1 教育管理", "B4 建立定期组织综合性或专项性的学生体育运动会制度", "C10", "运动会召开率",
     "年度召开运动会次数/2", ""),
    ("A2 条件保障", "B5 体育、卫生师资配备与培训", "C11", "体育教师配备率", "实际体育教师数/应配体育教师数",
     "参照《国家学校体育卫生条件基本标准》 中对体育教师的配备标准"),
    ("A2 条件保障", "B5 体育、卫生师资配备与培训", "C12", "体育教师接受体育教学岗位培训,并取得培训证书的比例",
     "接受体育教学岗位培训并取得培训证书教师数/体育教师总数", ""),
    ("A2 条件保障", "B5 体育、卫生师资配备与培训", "C13", "寄宿制学校及600人以上非寄宿制学校卫生专业人员配备率",
     "有专职卫生专业人员寄宿制学校数/寄宿制学校总数", "专职卫生专业人员指:专职校医"),
    ("A2 条件保障", "B5 体育、卫生师资配备与培训", "C14", "卫生保健人员定期接受专业培训率",
     "定期接受学校卫生专业培训并取得培训证书的卫生保健人员数/卫生保健人员总数",
     "卫生保健人员指:校医及专(兼)职保健教师"),
]
A_C13_EXTRA = ("有专职卫生专业人员非寄宿制学校数/非寄宿制学校总数", "同上")
A_RATE_CODES = ["C3", "C4", "C5", "C10", "C11", "C12", "C13", "C14"]

GOLD_A = {
    "source_urls": [URL_A],
    "province": None,
    "doc_kind": "督导评估指标体系表(一级/二级/三级指标+计算公式+备注)",
    "patterns": [1, 5],
    "indicators": [ind(r[0], r[1], r[3].replace("\n", ""), target_text=r[4]) for r in A_ROWS],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": r[3],
         "why": "比率型三级指标只给出计算公式,没有设定应达到的目标值(如≥某%)"}
        for r in A_ROWS if r[2] in A_RATE_CODES and r[2] != "C10"
    ] + [
        {"rule": "target.missing_value", "item": "运动会召开率",
         "why": "只写了公式'年度召开运动会次数/2',未写应达到的召开率"},
    ],
    "notes": ("全国性文件(2008年发布于中国网),无省份,province 为 null。表为督导评估指标体系:三级指标后一列是"
              "'计算公式',不是目标值;gold 的 target_text 记录该列原文(是/否 或公式),operator/value/unit 均为 null。"
              "级别列保留原文编号(A1/B1…),三级指标名去掉 C 编号。C2 名称在原页中有换行,照排。C13 占两行公式"
              "(寄宿制/非寄宿制),按一个指标计,target_text 取第一行。存储页止于'B6 体育卫生设施设备 | C15',"
              "文件复现到该处(C15 行只留编号),因此不判断是否缺少其他维度。比率指标无目标值按 target.missing_value 标记;"
              "是/否 类制度指标属定性判别,不标记。"),
}

# ---------------------------------------------------------------- gold: B
B_TABLE = [
    # 序号, 省份/项目, 一般补助资金, 重点项目资金, 提前下达预算合计
    ("合计", "", "51577", "71367", "122944"),
    ("1", "北京", "1649", "", "1649"),
    ("2", "天津", "732", "1376", "2108"),
    ("", "蓟州国际冬季运动专项训练基地新建大道速滑馆工程", "", "1376", "1376"),
    ("3", "河北", "1821", "38009", "39830"),
    ("", "涞源国家跳台滑雪训练科研基地三期项目", "", "7511", "7511"),
    ("", "国家河北承德体育训", "", "", ""),
]
GOLD_B = {
    "source_urls": [URL_B],
    "province": None,
    "doc_kind": "转移支付预算提前下达通知及分省分配表(彩票公益金支持体育事业)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "提前下达预算合计", "kind": "sum", "total": 122944, "parts": [51577, 71367], "unit": "万元"},
        {"metric": "天津 提前下达预算合计", "kind": "sum", "total": 2108, "parts": [732, 1376], "unit": "万元"},
        {"metric": "河北 提前下达预算合计", "kind": "sum", "total": 39830, "parts": [1821, 38009], "unit": "万元"},
        {"metric": "北京 提前下达预算合计", "kind": "sum", "total": 1649, "parts": [1649], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("财政部对各省的下达通知(2022年预算),转载于 54sdr.cn,全国性,无省份。存储页没有标题行,文件标题是按正文补的描述性标题。"
              "通知正文用自己的话改写,项目代码、科目编码、文号照录;'点击下载'一行是转载页的附件链接文字,照录(模式 8)。"
              "存储页把表格压成一行:'1 | 北京 | 1649 | 1649 |',判断北京只有一般补助资金 1649,重点项目资金为空,"
              "合计 1649。项目子行(蓟州…速滑馆工程、涞源…三期项目)只填重点项目资金与合计。存储页止于河北第二个项目名"
              "'国家河北承德体育训',文件照样截断;附件2《项目绩效目标表》未出现在存储页,故本文件无指标、无目标。"
              "已列出各行加总(均相符),无发现项;河北各项目子行未列全,不能核对其合计。"),
}

# ---------------------------------------------------------------- gold: C (running text)
C_GOAL_OVERALL = ("通过示范创建,各示范点要在铸牢中华民族共同体意识上见到成效、在推动高质量发展上取得突破、"
                  "在促进民族团结进步上有所创新,让各族群众的获得感和幸福感更充实;培育出一批特色鲜明、类型多样、"
                  "可作标杆的示范典型,发挥示范引领作用,巩固以点串线、以线连片、以片带面、覆盖全省的示范区建设格局。")
C_GOAL_TASK = ("2022—2024 年在全省范围内建设不低于:14 个民族团结进步示范县;129 个民族团结进步示范乡镇(街道);"
               "1200 个民族团结进步示范村(含200 个示范社区);10000 户民族团结进步示范户。")
C_FUND = ("计划投入资金19.15 亿元,具体标准为:每个示范县1500 万元,每个示范乡镇(街道)500 万元,"
          "每个示范村100 万元,每个示范社区30 万元。")
C_COUNTY = ("——示范县要围绕铸牢中华民族共同体意识这条主线,在党对民族宗教工作的全面领导、中华民族共有精神家园建设、"
            "各族群众共同迈向现代化、各民族交往交流交融、民族宗教事务治理能力和水平等方面作出示范,"
            "并在其中2—3 个方面取得可复制、可推广经验。")
GOLD_C = {
    "source_urls": [URL_C],
    "province": "云南省",
    "doc_kind": "示范创建实施方案节录(目标任务与资金标准,正文)",
    "patterns": [],
    "indicators": [
        ind(None, None, "民族团结进步示范县", ">=", 14, "个", "不低于:14 个民族团结进步示范县"),
        ind(None, None, "民族团结进步示范乡镇(街道)", ">=", 129, "个", "129 个民族团结进步示范乡镇(街道)"),
        ind(None, None, "民族团结进步示范村", ">=", 1200, "个", "1200 个民族团结进步示范村(含200 个示范社区)"),
        ind(None, None, "示范社区", ">=", 200, "个", "含200 个示范社区"),
        ind(None, None, "民族团结进步示范户", ">=", 10000, "户", "10000 户民族团结进步示范户"),
        ind(None, None, "可复制、可推广经验", None, None, "个", "在其中2—3 个方面取得可复制、可推广经验"),
    ],
    "goals": [
        {"kind": "总体目标", "text": C_GOAL_OVERALL},
        {"kind": "实施期目标", "text": C_GOAL_TASK},
    ],
    "facts": [
        {"metric": "计划投入资金", "kind": "sum", "total": 19.15,
         "parts": [2.1, 6.45, 10.0, 0.6], "unit": "亿元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": C_GOAL_OVERALL[:20],
         "why": "总体目标只写'见到成效、取得突破、有所创新',没有任何数值或衡量口径"},
        {"rule": "target.vague_wording", "item": "可复制、可推广经验",
         "why": "'2—3 个方面取得可复制、可推广经验'未说明由谁、按什么标准认定经验可复制"},
    ],
    "notes": ("存储页是期刊网站转载的云南省民族团结进步示范区建设方案正文片段,页面开头即从指导思想起,原标题未见于存储页;"
              "文件标题用描述性文字并注明'节录'。目标全部在正文中(不是表格)。'不低于'统领四类数量,示范社区"
              "(含在1200个示范村内)也按 >= 记。'2—3 个方面'是区间,gold 的 operator 只能取 null。资金事实:"
              "19.15 亿元 = 14×1500 万 + 129×500 万 + 1000×100 万(1200 个示范村扣除 200 个社区) + 200×30 万 = "
              "191500 万元,分项由文中标准推算,文件本身未写分项金额。存储页止于'——示范乡镇、示范村要紧扣…',"
              "文件复现到示范县一段并在示范乡镇一句处截断。长句均已改写,数字照录。"),
}

# ---------------------------------------------------------------- gold: D (running text)
D_GOAL = ("对照《西藏自治区学习、使用和发展藏语文的规定》,服务全区经济社会高质量发展和长治久安,"
          "具体做两件事:一是推进藏语文规范化标准化信息化工作;二是开展藏语文资源建设经典译丛工作。")
GOLD_D = {
    "source_urls": [URL_D],
    "province": "西藏自治区",
    "doc_kind": "项目支出绩效评价报告(科研经费,正文)",
    "patterns": [],
    "indicators": [],
    "goals": [{"kind": "绩效目标", "text": D_GOAL}],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": D_GOAL[:20],
         "why": "绩效目标只列两项工作方向,没有字库、系统、译著等产出的数量或完成标准"},
        {"rule": "goal.process_only", "item": D_GOAL[:20],
         "why": "'推进…工作''开展…工作'描述的是过程,没有说明要达到的结果"},
    ],
    "notes": ("自治区编译局(区藏语委办)2023-08-24 公布的《2021年科研经费绩效评价报告》。存储页止于'(三)绩效评价工作过程。"
              "1.前期准备…2.',后面的《项目支出绩效评价表》未出现,所以报告称的'3项一级指标,5项二级指标,10项三级指标'"
              "无法核对,也不记指标行。预算 39.2 万元只写'严格按照预算完成支出',未给执行数或执行率,不记 facts。"
              "项目概况列了《道德经》《物种起源》两部译著,评价目的只提《道德经》,属表述不一致,但不属于规则清单,仅在此说明。"
              "长句均改写,书名、法规名、金额照录。"),
}

# ---------------------------------------------------------------- gold: G (budget tables)
GOLD_G = {
    "source_urls": [URL_G],
    "province": "湖南省",
    "doc_kind": "单位预算公开附表(收支总表、收入表、支出表、财政拨款收支表)",
    "patterns": [9],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "本年支出合计", "kind": "sum", "total": 3863.45, "parts": [832.13, 3031.32], "unit": "万元"},
        {"metric": "本年收入合计", "kind": "sum", "total": 3863.45, "parts": [3863.45], "unit": "万元"},
        {"metric": "支出总体情况表 合计", "kind": "sum", "total": 3863.45, "parts": [832.13, 3031.32],
         "unit": "万元"},
    ],
    "findings": [],
    "notes": ("湖南革命陵园管理处(烈士纪念设施管理单位)2022年预算公开附表 xlsx,存储页为文库网站把表格压平的文字。"
              "按表头重建四张表:收支总体情况表、收入总体情况表、支出总体情况表、财政拨款收支总体情况表(只到'2、外交支出',"
              "存储页在'3、公'处中断)。收入表'其中:经费拨款(补助)'为 755.73,小于财政拨款 3,863.45,是'其中'项,"
              "不构成加总错误。收入表第 4—8 列在存储页为空。表中编号行(** ** ** 1 2 3…)照录,它们不是金额。"
              "没有绩效目标或指标,所以无指标、无发现。"),
}

GOLD = {
    "blind262_A_school_sports_index.xlsx": GOLD_A,
    "blind262_B_lottery_sports_allocation.docx": GOLD_B,
    "blind262_C_yunnan_unity_plan.docx": GOLD_C,
    "blind262_D_xizang_translation_eval.docx": GOLD_D,
    "blind262_G_hunan_martyrs_park_budget.xlsx": GOLD_G,
}

# ---------------------------------------------------------------- helpers
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP_L = Alignment(wrap_text=True, vertical="center", horizontal="left")


def fix_core_xlsx(wb):
    p = wb.properties
    p.creator = "blind262"
    p.lastModifiedBy = "blind262"
    p.created = FIXED_DT
    p.modified = FIXED_DT
    p.title = None


def fix_core_docx(doc):
    p = doc.core_properties
    p.author = "blind262"
    p.last_modified_by = "blind262"
    p.created = FIXED_DT
    p.modified = FIXED_DT
    p.revision = 1


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in sorted(z.namelist())]
    # [Content_Types].xml first, then the rest sorted
    items.sort(key=lambda t: (t[0] != "[Content_Types].xml", t[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            data = re.sub(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>",
                          b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>',
                          data)
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def cell(ws, ref, value, align=WRAP, bold=False, border=True, size=10):
    c = ws[ref]
    c.value = value
    c.alignment = align
    c.font = Font(name="Noto Sans CJK SC", size=size, bold=bold)
    if border:
        c.border = BORDER
    return c


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BORDER


def page_setup(ws, landscape=True):
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4


def set_cjk(run, size=11, bold=False):
    run.font.name = "Noto Serif CJK SC"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=11, bold=False, center=False, indent=True):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    set_cjk(p.add_run(text), size, bold)
    return p


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.font.size = Pt(11)
    return doc


# ---------------------------------------------------------------- builders
def build_a(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标体系"
    ws.merge_cells("A1:E1")
    cell(ws, "A1", "中小学体育工作督导评估指标体系(试行)", bold=True, border=False, size=14)
    heads = ["一级指标 ", "二级指标\n", "三级指标\n", "计算公式\n", "备 注\n"]
    for i, h in enumerate(heads):
        cell(ws, f"{'ABCDE'[i]}2", h, bold=True)
    r = 3
    starts = {}
    for lv1, lv2, code, name, formula, note in A_ROWS:
        starts.setdefault(("1", lv1), r)
        starts.setdefault(("2", lv2), r)
        cell(ws, f"A{r}", lv1)
        cell(ws, f"B{r}", lv2)
        cell(ws, f"C{r}", f"{code} {name}", WRAP_L)
        cell(ws, f"D{r}", formula, WRAP_L)
        cell(ws, f"E{r}", note, WRAP_L)
        if code == "C13":
            r += 1
            cell(ws, f"A{r}", lv1)
            cell(ws, f"B{r}", lv2)
            cell(ws, f"C{r}", None, WRAP_L)
            cell(ws, f"D{r}", A_C13_EXTRA[0], WRAP_L)
            cell(ws, f"E{r}", A_C13_EXTRA[1], WRAP_L)
            ws.merge_cells(f"C{r - 1}:C{r}")
        r += 1
    # B6 row where the stored page stops
    cell(ws, f"A{r}", "A2 条件保障")
    cell(ws, f"B{r}", "B6 体育卫生设施设备")
    cell(ws, f"C{r}", "C15 ", WRAP_L)
    cell(ws, f"D{r}", None)
    cell(ws, f"E{r}", None)
    last = r
    # merge level columns down their blocks
    for col, key_idx in (("A", 0), ("B", 1)):
        groups = []
        cur, start = None, 3
        for rr in range(3, last + 1):
            v = ws[f"{col}{rr}"].value
            if v != cur:
                if cur is not None:
                    groups.append((start, rr - 1))
                cur, start = v, rr
        groups.append((start, last))
        for s, e in groups:
            if e > s:
                for rr in range(s + 1, e + 1):
                    ws[f"{col}{rr}"].value = None
                ws.merge_cells(f"{col}{s}:{col}{e}")
    for col, w in zip("ABCDE", (12, 26, 58, 76, 50)):
        ws.column_dimensions[col].width = w
    page_setup(ws)
    fix_core_xlsx(wb)
    wb.save(path)


def build_g(path):
    wb = openpyxl.Workbook()
    # sheet 1
    ws = wb.active
    ws.title = "收支总表"
    ws.merge_cells("A1:D1")
    cell(ws, "A1", "2022年部门收支总体情况表", bold=True, border=False, size=14)
    cell(ws, "A2", "部门名称:湖南革命陵园管理处", WRAP_L, border=False)
    cell(ws, "D2", "单位:万元", border=False)
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:D3")
    cell(ws, "A3", "收      入", bold=True)
    cell(ws, "C3", "支      出", bold=True)
    box(ws, "A3:D3")
    for i, h in enumerate(["项      目", "本年预算", "项      目", "本年预算"]):
        cell(ws, f"{'ABCD'[i]}4", h, bold=True)
    rows = [
        ("一、财政拨款(补助)", "3,863.45", "一、基本支出", "832.13"),
        ("二、财政专户管理事业收入", "", "二、项目支出", "3,031.32"),
        ("三、事业单位经营服务收入", "", "三、事业单位经营支出", ""),
        ("四、上级补助收入", "", "四、对附属单位补助支出", ""),
        ("五、其它收入", "", "五、上缴上级支出", ""),
        ("本 年 收 入 合 计", "3,863.45", "本 年 支 出 合 计", "3,863.45"),
        ("六、用事业基金弥补收支差额", "", "六、结余分配", ""),
        ("七、上年结转", "", "七、结转下年", ""),
        ("收 入 总 计", "3,863.45", "支 出 总 计", "3,863.45"),
    ]
    for k, row in enumerate(rows, start=5):
        for i, v in enumerate(row):
            cell(ws, f"{'ABCD'[i]}{k}", v or None, WRAP_L if i in (0, 2) else WRAP)
    for col, w in zip("ABCD", (30, 14, 30, 14)):
        ws.column_dimensions[col].width = w
    page_setup(ws, landscape=False)

    # sheet 2
    ws = wb.create_sheet("收入总表")
    ws.merge_cells("A1:M1")
    cell(ws, "A1", "2022年部门收入总体情况表", bold=True, border=False, size=14)
    cell(ws, "A2", "部门名称:湖南革命陵园管理处", WRAP_L, border=False)
    ws.merge_cells("A2:D2")
    cell(ws, "M2", "单位:万元", border=False)
    ws.merge_cells("A3:C3")
    cell(ws, "A3", "功能科目", bold=True)
    cell(ws, "D3", "功能科目", bold=True)
    cell(ws, "E3", "合计", bold=True)
    ws.merge_cells("F3:G3")
    cell(ws, "F3", "财政拨款", bold=True)
    heads3 = {"H": "财政专户管理\n事业收入", "I": "事业单位经营\n服务收入", "J": "上级补助\n收入",
              "K": "其它收入", "L": "用事业基\n金弥补收\n支差额", "M": "上年结转"}
    for c, t in heads3.items():
        cell(ws, f"{c}3", t, bold=True)
        ws.merge_cells(f"{c}3:{c}4")
    for c, t in zip("ABCDEFG", ["类", "款", "项", "", "", "金额", "其中:经费拨款\n(补助)"]):
        cell(ws, f"{c}4", t or None, bold=True)
    ws.merge_cells("D3:D4")
    ws.merge_cells("E3:E4")
    box(ws, "A3:M4")
    for c, t in zip("ABCDEFGHIJKLM", ["**", "**", "**", "**", "1", "2", "3", "4", "5", "6", "7", "8", "9"]):
        cell(ws, f"{c}5", t)
    data = [
        ("", "", "", "合计"),
        ("208", "", "", "社会保障和就业支出"),
        ("208", "08", "", "抚恤"),
        ("208", "08", "99", "其他优抚支出"),
    ]
    for k, (a, b, c3, d) in enumerate(data, start=6):
        for col, v in zip("ABCD", (a, b, c3, d)):
            cell(ws, f"{col}{k}", v or None, WRAP_L if col == "D" else WRAP)
        cell(ws, f"E{k}", "3,863.45")
        cell(ws, f"F{k}", "3,863.45")
        cell(ws, f"G{k}", "755.73")
        for col in "HIJKLM":
            cell(ws, f"{col}{k}", None)
    for col, w in zip("ABCDEFGHIJKLM", (6, 6, 6, 20, 11, 11, 13, 12, 12, 9, 9, 10, 9)):
        ws.column_dimensions[col].width = w
    page_setup(ws)

    # sheet 3
    ws = wb.create_sheet("支出总表")
    ws.merge_cells("A1:J1")
    cell(ws, "A1", "2022年部门支出总体情况表", bold=True, border=False, size=14)
    cell(ws, "A2", "部门名称:湖南革命陵园管理处", WRAP_L, border=False)
    ws.merge_cells("A2:D2")
    cell(ws, "J2", "单位:万元", border=False)
    ws.merge_cells("A3:C3")
    cell(ws, "A3", "科目编码", bold=True)
    heads = {"D": "功能科目", "E": "总      计", "F": "基本支出", "G": "项目支出", "H": "事业单位\n经营支出",
             "I": "对附属单\n位补助支\n出", "J": "上缴上级\n支出"}
    for c, t in heads.items():
        cell(ws, f"{c}3", t, bold=True)
        ws.merge_cells(f"{c}3:{c}4")
    for c, t in zip("ABC", ["类", "款", "项"]):
        cell(ws, f"{c}4", t, bold=True)
    box(ws, "A3:J4")
    for c, t in zip("ABCDEFGHIJ", ["**", "**", "**", "**", "", "1", "2", "3", "4", "5"]):
        cell(ws, f"{c}5", t or None)
    cell(ws, "E5", "1")
    for c, t in zip("FGHIJ", ["2", "3", "4", "5", "6"]):
        cell(ws, f"{c}5", t)
    for k, (a, b, c3, d) in enumerate(data, start=6):
        for col, v in zip("ABCD", (a, b, c3, d)):
            cell(ws, f"{col}{k}", v or None, WRAP_L if col == "D" else WRAP)
        cell(ws, f"E{k}", "3,863.45")
        cell(ws, f"F{k}", "832.13")
        cell(ws, f"G{k}", "3,031.32")
        for col in "HIJ":
            cell(ws, f"{col}{k}", None)
    for col, w in zip("ABCDEFGHIJ", (6, 6, 6, 22, 12, 12, 12, 11, 11, 11)):
        ws.column_dimensions[col].width = w
    page_setup(ws)

    # sheet 4 (stored page stops inside it)
    ws = wb.create_sheet("财政拨款收支总表")
    ws.merge_cells("A1:D1")
    cell(ws, "A1", "2022年财政拨款收支总体情况表", bold=True, border=False, size=14)
    cell(ws, "A2", "部门名称:湖南革命陵园管理处", WRAP_L, border=False)
    cell(ws, "D2", "单位:万元", border=False)
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:D3")
    cell(ws, "A3", "收      入", bold=True)
    cell(ws, "C3", "支      出", bold=True)
    box(ws, "A3:D3")
    for i, h in enumerate(["项目", "金      额", "项目", "金      额"]):
        cell(ws, f"{'ABCD'[i]}4", h, bold=True)
    rows4 = [
        ("一、本年收入", "3,863.45", "一、本年支出", "3,863.45"),
        ("1、一般公共预算拨款", "", "1、一般公共服务支出", ""),
        ("2、政府性基金预算拨款", "", "2、外交支出", ""),
        ("二、上年结转", "", "", ""),
    ]
    for k, row in enumerate(rows4, start=5):
        for i, v in enumerate(row):
            cell(ws, f"{'ABCD'[i]}{k}", v or None, WRAP_L if i in (0, 2) else WRAP)
    cell(ws, "A10", "(存储页在此处中断)", WRAP_L, border=False, size=9)
    for col, w in zip("ABCD", (30, 14, 30, 14)):
        ws.column_dimensions[col].width = w
    page_setup(ws, landscape=False)
    fix_core_xlsx(wb)
    wb.save(path)


def build_b(path):
    doc = new_doc()
    para(doc, "财政部关于提前下达2022年中央集中彩票公益金支持体育事业专项资金预算的通知", 15, True, center=True)
    para(doc, "有关省、自治区、直辖市、计划单列市财政厅(局):", indent=False)
    para(doc, "为使预算编得更完整、执行得更快,经研究,现将2022年中央集中彩票公益金支持体育事业专项资金预算提前下达"
              "(项目代码“z175050040002”,2022年政府收支分类科目“2296003用于体育事业的彩票公益金支出”),"
              "各项目和金额列在附件1。")
    para(doc, "请依照《国务院关于改革和完善中央对地方转移支付制度的意见》(国发〔2014〕71号)做好预算编制和指标安排,"
              "自收到本通知起30日内把这笔转移支付预算提前下达到本行政区域内县级以上各级财政部门。安排具体项目时,"
              "要与中央基建投资等其他财政资金安排的项目逐一核对,防止交叉重复。")
    para(doc, "请按照《中共中央国务院关于全面实施预算绩效管理的意见》加强绩效目标管理,做好绩效监控和绩效评价,"
              "提高资金使用效益。项目绩效目标见附件2;执行中要跟踪监控,保证年度绩效目标按期实现。省级财政部门会同体育"
              "行政部门汇总审核本省区域绩效目标,按规定报体育总局并抄送财政部当地监管局。")
    para(doc, "点击下载:1.提前下达2022年中央集中彩票公益金支持体育事业专项资金预算表2.项目绩效目标表", 10, indent=False)
    para(doc, "提前下达2022年中央集中彩票公益金支持体育事业专项资金预算表", 13, True, center=True)
    p = para(doc, "单位:万元", 10, indent=False)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_table(rows=1 + len(B_TABLE), cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "省份/项目", "一般补助资金", "重点项目资金", "提前下达预算合计"]):
        c = t.cell(0, i)
        c.text = ""
        set_cjk(c.paragraphs[0].add_run(h), 10, True)
    for r, row in enumerate(B_TABLE, start=1):
        for i, v in enumerate(row):
            c = t.cell(r, i)
            c.text = ""
            if v:
                set_cjk(c.paragraphs[0].add_run(v), 10)
    # 合计 row: 序号 and 省份 merged
    a = t.cell(1, 0).merge(t.cell(1, 1))
    a.text = ""
    set_cjk(a.paragraphs[0].add_run("合计"), 10, True)
    para(doc, "(存储页在此处中断)", 9, indent=False)
    fix_core_docx(doc)
    doc.save(path)


def build_c(path):
    doc = new_doc()
    para(doc, "云南省民族团结进步示范区建设示范创建方案(节录)", 15, True, center=True)
    para(doc, "一、指导思想", 12, True, indent=False)
    para(doc, "以习近平新时代中国特色社会主义思想为指导,贯彻党的十九大和十九届历次全会精神、中央民族工作会议精神和"
              "习近平总书记考察云南重要讲话精神,以铸牢中华民族共同体意识为主线,坚持“各民族都是一家人,一家人都要过上"
              "好日子”的信念,按照重点突破、以点带面、形成经验、示范全省的思路,结合乡村振兴战略,推动民族地区高质量发展,"
              "推动各族群众共同迈向现代化,使民族团结进步示范区建设不断取得新进展。")
    para(doc, "二、目标任务", 12, True, indent=False)
    para(doc, C_GOAL_OVERALL)
    para(doc, C_GOAL_TASK)
    para(doc, C_FUND)
    para(doc, "三、创建内容", 12, True, indent=False)
    para(doc, C_COUNTY)
    para(doc, "——示范乡镇、示范村要紧扣铸牢中华民族共同体意识这条主线,在抓党建促民族团结进步、深化民族团结进步教育、"
              "繁荣发展中华民族优秀文化、推动巩固拓展脱贫……")
    para(doc, "(存储页在此处中断)", 9, indent=False)
    fix_core_docx(doc)
    doc.save(path)


def build_d(path):
    doc = new_doc()
    para(doc, "自治区编译局2021年科研经费绩效评价报告", 15, True, center=True)
    para(doc, "来源:区藏语委办(编译局)    发布时间:2023-08-24", 10, center=True)
    para(doc, "一、基本情况", 12, True, indent=False)
    para(doc, "(一)项目概况。", 11, True, indent=False)
    para(doc, "该项目的主要政策依据是《西藏自治区学习、使用和发展藏语文的规定》,目的在于推进藏语文规范化标准化信息化工作"
              "和藏语文资源建设经典译丛工作。")
    para(doc, "项目主要内容及实施情况:研制藏文计算机字库;研发西藏藏语言文字网移动端,以及西藏自治区藏汉语文翻译职称业务"
              "考试线上报名及成绩查询系统;把经典名著《道德经》《物种起源》译成藏文。")
    para(doc, "资金投入和使用情况:科研经费财政预算资金39.2万元,支出严格按预算完成。")
    para(doc, "(二)项目绩效目标。", 11, True, indent=False)
    para(doc, D_GOAL)
    para(doc, "二、绩效评价工作开展情况", 12, True, indent=False)
    para(doc, "(一)绩效评价目的、对象和范围。", 11, True, indent=False)
    para(doc, "评价服务于全区学习、使用和发展藏语文工作,关注三件事:藏文计算机字库的研制和西藏藏语言文字网移动端的研发;"
              "藏语文资源建设经典译丛,即《道德经》的藏文翻译;科研经费使用是否合理。")
    para(doc, "(二)绩效评价原则、评价指标体系(附表说明)、评价方法、评价标准等。", 11, True, indent=False)
    para(doc, "1.绩效评价原则:客观评价、实事求是。2.评价依据:以已取得的成果为依据。3.评价指标体系:共分为4个指标分类,"
              "3项一级指标,5项二级指标,10项三级指标。(详见《项目支出绩效评价表》)")
    para(doc, "评价方法及标准:1、把完成的工作任务和取得的工作成绩加以比较研究。2.走访调查,向受益对象和社会公众做满意度调查。")
    para(doc, "(三)绩效评价工作过程。", 11, True, indent=False)
    para(doc, "1.前期准备:完善指标体系,整理已取得的成效。2.……")
    para(doc, "(存储页在此处中断)", 9, indent=False)
    fix_core_docx(doc)
    doc.save(path)


BUILDERS = {
    "blind262_A_school_sports_index.xlsx": build_a,
    "blind262_B_lottery_sports_allocation.docx": build_b,
    "blind262_C_yunnan_unity_plan.docx": build_c,
    "blind262_D_xizang_translation_eval.docx": build_d,
    "blind262_G_hunan_martyrs_park_budget.xlsx": build_g,
}


def fix_pdf(path):
    with open(path, "rb") as f:
        data = f.read()

    def same_len(m, fill):
        s = m.group(1)
        return m.group(0).replace(s, fill * len(s))

    data = re.sub(rb"/CreationDate\s*\(D:([^)]*)\)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"/ModDate\s*\(D:([^)]*)\)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: b"/ID [ <" + b"0" * len(m.group(1)) + b"> <" + b"0" * len(m.group(2)) + b"> ]",
                  data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: same_len(m, b"0"), data)
    data = re.sub(rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>", lambda m: b"0" * len(m.group(0)), data)
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", OUT, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    fix_pdf(pdf)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = ""
    for mode in (["-layout"], []):
        txt += "\n" + squash(subprocess.run(["pdftotext", *mode, pdf, "-"], capture_output=True, text=True,
                                            check=True).stdout)
    missing = []
    needles = []
    for i in gold["indicators"]:
        needles += [i["name"], i["target_text"]]
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"]]
    for n in needles:
        if n and squash(n) not in txt:
            missing.append(n)
    return missing


def write_annotations(name, gold):
    os.makedirs(ANN, exist_ok=True)
    for fn in (name, os.path.splitext(name)[0] + ".pdf"):
        rec = {"source": fn}
        rec.update(gold)
        with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")


def main():
    os.makedirs(ANN, exist_ok=True)
    # gold first, before any file is built or read
    for name, gold in GOLD.items():
        write_annotations(name, gold)
    problems = 0
    for name, build in BUILDERS.items():
        path = os.path.join(OUT, name)
        build(path)
        normalize_zip(path)
        pdf = to_pdf(path)
        miss = check_pdf(pdf, GOLD[name])
        if miss:
            problems += 1
            print(f"MISSING in {os.path.basename(pdf)}: {miss}")
    for name in sorted(os.listdir(OUT)):
        if name.endswith((".docx", ".xlsx", ".pdf")):
            with open(os.path.join(OUT, name), "rb") as f:
                print(hashlib.md5(f.read()).hexdigest(), name)
    shutil.rmtree("/tmp/lo_blind262/user/backups", ignore_errors=True)
    if problems:
        sys.exit(1)
    print("all needles found")


if __name__ == "__main__":
    main()
