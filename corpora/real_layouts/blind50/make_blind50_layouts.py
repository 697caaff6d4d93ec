#!/usr/bin/env python3
"""Build blind part 50 of the real-layout corpus (department-wide and unit-wide documents).

Each entry of DOCS reproduces one stored public page (address in SOURCES.md): layout and facts as the page
has them, longer sentences in our own words with the same numbers.  The script writes the XLSX/DOCX, exports
each to PDF with LibreOffice (skip with --no-pdf) and writes one gold JSON per document into annotations/.
Document timestamps and zip entry times are fixed, so the XLSX/DOCX bytes do not change between runs.
"""
import argparse
import copy
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
CJK_FONT = "Droid Sans Fallback"

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


# ---------------------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------------------
def normalise_zip(path):
    """Rewrite an OOXML zip with fixed entry times and a stable order, so the bytes are reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    fixed = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    items = [(name, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + fixed + rb"\g<2>", data)
              if name == "docProps/core.xml" else data) for name, data in items]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def ind(level1, level2, name, operator, value, unit, target_text, actual, weight, score):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# ---------------------------------------------------------------------------------------------------------
# 1. 安徽 桐城 塘湖镇 部门整体支出 自评表 (XLSX)
# ---------------------------------------------------------------------------------------------------------
def build_tanghu(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    widths = {"A": 16, "B": 11, "C": 12, "D": 14, "E": 12, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    def put(ref, value, merge_to=None, align=center, border=True, bold=False):
        ws[ref] = value
        ws[ref].alignment = align
        if bold:
            ws[ref].font = Font(bold=True)
        if merge_to:
            ws.merge_cells(f"{ref}:{merge_to}")
        if border:
            rng = ws[f"{ref}:{merge_to}"] if merge_to else [[ws[ref]]]
            for row in rng:
                for c in row:
                    c.border = BOX

    # line above the table (no border)
    put("A1", "单位名称:塘湖镇政府", "E1", align=left, border=False)
    put("F1", "填报日期:2021.5.18", "J1", align=left, border=False)
    put("A2", "单位名称")
    put("B2", "塘湖镇人民政府", "J2")
    put("A3", "基本支出总额")
    put("B3", "864.2万", "D3")
    put("E3", "项目支出总额", "F3")
    put("G3", "0", "J3")
    put("A4", "预算执行情况(万元)\n(20分)")
    put("B4", "预算数(A)", "C4")
    put("D4", "执行数(B)", "E4")
    put("F4", "执行率(B/A)", "G4")
    put("H4", "得分\n(20分*执行率)", "J4")
    put("A5", "部门整体支出总额")
    put("B5", 864.2, "E5")          # one amount spanning 预算数 and 执行数, as on the page
    put("F5", "100%", "G5")
    put("H5", 20, "J5")
    put("A6", "年度目标1:(80分)")
    put("B6", "增强政府工作效率、改善乡镇居住环境", "J6", align=left)
    put("A7", "年度绩效指标", "A13")
    put("B7", "一级指标")
    put("C7", "二级指标")
    put("D7", "三级指标", "E7")
    put("F7", "年初目标值(A)", "G7")
    put("H7", "实际完成值(B)", "I7")
    put("J7", "得分")
    rows = [
        ("数量指标", "办结信访案件", "168起", "168起", 10),
        ("数量指标", "拆除活人墓、豪华墓", "32座", "32座", 20),
        ("日效性指标", "解决群众问题时间", "2天以内", "2天以内", 10),
        ("社会效益指标", "改善人居环境", "有效改善", "有效改善", 10),
        ("社会效益指标", "提升出行效率", "有效提升", "有效提升", 10),
        ("群众满意度\n指标", "群众对政府工作满意度", "≧90%", "95%", 20),
    ]
    put("B8", "产出指标", "B10")
    put("B11", "效益指标", "B12")
    put("B13", "满意度指标")
    for i, (l2, name, tgt, act, score) in enumerate(rows):
        r = 8 + i
        put(f"C{r}", l2)
        put(f"D{r}", name, f"E{r}")
        put(f"F{r}", tgt, f"G{r}")
        put(f"H{r}", act, f"I{r}")
        put(f"J{r}", score)
    put("A14", "总分")
    put("B14", "100分", "J14")
    put("A15", "偏差大或\n目标未完成\n原因分析")
    put("B15", "无", "J15", align=left)
    put("A16", "改进措施及\n结果应用方案")
    put("B16", "无", "J16", align=left)
    notes = [
        "备注:",
        "1.预算执行情况口径:预算数指调整后的财政资金总额(含上年结余结转),执行数指资金使用单位实际支出的财政资金。",
        "2.定量指标:完成数先汇总(绝对值直接相加,相对值按资金额度加权平均),再计分;正向指标(目标值为≥X)得分=权重*B/A,"
        "反向指标(目标值为≤X)得分=权重*A/B,得分以权重为上限。",
        "3.定性指标:按达成预期指标、部分达成并有一定效果、未达成且效果较差三档,分别在该指标分值的100-80%(含80%)、"
        "80-50%(含50%)、50-0%区间内确定得分;汇总时按资金额度加权平均。",
        "4.基于经济性",
    ]
    for i, text in enumerate(notes):
        r = 17 + i
        put(f"A{r}", text, f"J{r}", align=left, border=False)
        if i in (2, 3):
            ws.row_dimensions[r].height = 42
    for r in (4, 15, 16):
        ws.row_dimensions[r].height = 44
    ws.row_dimensions[13].height = 30
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.properties.creator = "塘湖镇政府"
    wb.properties.lastModifiedBy = "塘湖镇政府"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------------------------------------
# DOCX reports
# ---------------------------------------------------------------------------------------------------------
def new_docx(author):
    d = docx.Document()
    st = d.styles["Normal"]
    # the only CJK font LibreOffice has here; naming it avoids glyph fallback gaps in the PDF export
    st.font.name = CJK_FONT
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return d


def title(d, text):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(15)
    r.font.name = CJK_FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)


def para(d, text, bold=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = CJK_FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), CJK_FONT)
    return p


def build_shidian(path):
    d = new_docx("施甸县图书馆")
    title(d, "施甸县图书馆2023年部门整体支出绩效自评报告")
    para(d, "一、部门基本情况", bold=True)
    para(d, "(一)部门概况", bold=True)
    para(d, "1.主要职能。图书馆面向公众全部免费开放,负责图书资料的收藏与借阅、文化信息资源的共建共享,"
            "并对基层文化站开展业务指导。")
    para(d, "2.机构情况:图书馆机构数1个,编制数7人,实有人数7人。")
    para(d, "3.人员情况:在职职工7人,其中副研究图书资料馆员1人,图书资料馆4员人,助理馆员2人;"
            "本馆为财政全额拨款的事业单位。")
    para(d, "(二)部门绩效目标的设立情况", bold=True)
    para(d, "本馆整体目标的设立依据充分,与国家法规和部门中长期规划相符,有助于公共文化公益事业的发展;"
            "所定绩效指标清楚、细化,并与部门预算资金相对应。")
    para(d, "(三)部门整体收支情况", bold=True)
    para(d, "2023年收入1451077.73元,其中:财政拨款收入1431036.77元,其他收入20040.96元。")
    para(d, "1、基本支出")
    para(d, "基本支989312.11元,其中工资福利支出958359.61元;商品和服务支出30952.50元,"
            "主要是办公费等保障单位正常运转、完成日常工作的支出。")
    para(d, "2、项目支出")
    para(d, "(1)免费开放项目支出251384.66元,其中商品和服务支出中的办公费34000.00元、维修(护)费61200.00元,"
            "对个人和家庭补助中的生活补助116184.66元(用于志愿者补助),其他资本性支出40000.00元(用于购买图书)。")
    para(d, "(2)2023年地方公共文化服务体系建设专项资金项目180200.00元,其中办公费16128.00元,维修(护)费103872.00元,"
            "其他商品和服务支出15340.20元(用于疫情防控),其他资本性支出44859.80元(用于购买图书)。")
    para(d, "(3)其他就业补助支出10140.00元,用于公益性岗位人员补助。")
    para(d, "(四)部门预算管理制度建设情况", bold=True)
    para(d, "本馆加强预算管理以提高资金使用效率,加强对资金使用的控制,积极运用预算系统,既提高了工作效率,也为工")
    d.save(path)
    normalise_zip(path)


def build_heshan(path):
    d = new_docx("赫山区城市管理和综合执法局")
    title(d, "益阳市赫山区城市管理和综合执法局")
    title(d, "2019年部门整体支出绩效评价报告")
    para(d, "依据《益阳市赫山区人民政府关于全面推进预算绩效管理的实施意见》(益赫政发201612号)、"
            "《中共湖南省委办公厅 湖南省人民政府办公厅关于全面实施预算绩效管理的实施意见》(湘政发〔201910号)"
            "以及《湖南省财政厅关于印发〈湖南省预算支出绩效评价管理办法〉的通知》(湘财绩〔20207号)等文件要求,"
            "我局本着客观、公正评价预算支出经济性、效率性和效益性的原则,组织开展了2019年度本单位整体支出绩效自评,"
            "现将评价情况报告如下:")
    para(d, "一、基本情况", bold=True)
    para(d, "1.机构设置")
    para(d, "①局机关内设股室7")
    para(d, "内设股室:办公室、督查考核股、法制股、市政公用设施管理股、财务股、人事股、城市管理指挥中心。")
    para(d, "局下辖“17个大队、4个中队、1个服务中心”")
    para(d, "③区级办公室2")
    para(d, "区城市管理委员会办公室、区查违办")
    para(d, "2.")
    para(d, "人员编制")
    para(d, "区城管执法局现有人员1894人,其中局本级187人(在职在编139人、退休人员8人、协管员40人),"
            "环卫处1707人(在职在编132人、退休人员148人、临聘人员272人、3个市场化公司聘用人员1155人)。")
    para(d, "3.职责职能")
    para(d, "1.")
    para(d, "执行城市管理和综合执法方面的方针政策与法律法规;推进城市管理综合行政执法体制改革,加强行政执法体系建设。")
    para(d, "2.负责指导、协调、监督和考核全区城市管理和综合执法工作。")
    para(d, "3.负责职责")
    d.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------------------------------------
# DOCS: one entry per source; gold written by hand
# ---------------------------------------------------------------------------------------------------------
DOCS = [
    {
        "file": "ah-tongcheng-tanghu-dept-selfeval.xlsx",
        "build": build_tanghu,
        "gold": {
            "source_urls": ["http://www.zgtc.gov.cn/xxgk/dfbmptlj/xzxxgkpt/thz/fdzdgknr_22529/czzj_22533/202108/t20210825_2381407.shtml"],
            "province": "安徽",
            "doc_kind": "部门整体自评表",
            "patterns": [1, 2, 5, 6, 7, 8, 10],
            "indicators": [
                ind("产出指标", "数量指标", "办结信访案件", None, 168, "起", "168起", 168, None, 10),
                ind("产出指标", "数量指标", "拆除活人墓、豪华墓", None, 32, "座", "32座", 32, None, 20),
                ind("产出指标", "时效指标", "解决群众问题时间", "<=", 2, "天", "2天以内", 2, None, 10),
                ind("效益指标", "社会效益指标", "改善人居环境", None, None, None, "有效改善", None, None, 10),
                ind("效益指标", "社会效益指标", "提升出行效率", None, None, None, "有效提升", None, None, 10),
                ind("满意度指标", "服务对象满意度指标", "群众对政府工作满意度", ">=", 90, "%", "≧90%", 95, None, 20),
            ],
            "goals": [
                {"kind": "年度目标", "text": "增强政府工作效率、改善乡镇居住环境"},
            ],
            "facts": [
                {"metric": "部门整体支出总额", "kind": "budget", "planned": 864.2, "actual": 864.2,
                 "stated_rate": 100, "unit": "万元"},
                {"metric": "部门整体支出总额", "kind": "sum", "total": 864.2, "parts": [864.2, 0], "unit": "万元"},
                {"metric": "总分", "kind": "score_total", "total": 100, "parts": [20, 10, 20, 10, 10, 10, 20]},
            ],
            "findings": [
                {"rule": "goal.unquantified", "item": "增强政府工作效率",
                 "why": "the only year goal (增强…效率、改善…环境) names no number, level or deadline"},
                {"rule": "target.vague_wording", "item": "改善人居环境",
                 "why": "target and actual are both '有效改善': a vague verb phrase with no number or baseline"},
                {"rule": "target.vague_wording", "item": "提升出行效率",
                 "why": "target and actual are both '有效提升': a vague verb phrase with no number or baseline"},
            ],
            "notes": (
                "桐城市塘湖镇人民政府 (安庆, 安徽) 部门整体支出绩效自评表, 填报日期 2021.5.18 (so the 2020 year; the page "
                "states no year). Town site page (乡镇信息公开 平台 塘湖镇 财政资金). Whole form reproduced: header lines, 基本支出总额 "
                "864.2万 / 项目支出总额 0, the 20-point 预算执行 block, 年度目标1 (80分), six indicator rows, 总分 100分, 偏差/改进 "
                "rows ('无'); the stored page stops inside 备注 at '4.基于经济性', so the file ends there (备注 1-3 reworded with the same "
                "figures). Judgement calls: the page gives one amount 864.2 for 预算数(A)/执行数(B) with an extra empty cell in the row; it is "
                "reproduced as one merged cell across both columns, and the gold takes 864.2 as both planned and actual (100% stated, "
                "consistent). The form has no 分值 column: the 得分 numbers are scores, weights null. '日效性指标' (typo for 时效指标) and "
                "'群众满意度 指标' are kept in the file and mapped to 时效指标 / 服务对象满意度指标. '2天以内' is read as <= 2 天 with actual 2 "
                "('2天以内' again). Score check: 20 + 10+20+10+10+10+20 = 100 = 总分 (and the rows give the 80 points of 年度目标1). "
                "No 成本 row (not a required dimension here). 有效改善/有效提升 are flagged as vague wording only (the 备注 3 three-band rule "
                "is a scoring rule, so no separate qualitative_no_scale finding)."
            ),
        },
    },
    {
        "file": "yn-shidian-library-dept-selfreport.docx",
        "build": build_shidian,
        "gold": {
            "source_urls": ["https://shidian.gov.cn/info/4162/3580773.htm"],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2023年收入", "kind": "sum", "total": 1451077.73, "parts": [1431036.77, 20040.96], "unit": "元"},
                {"metric": "基本支出", "kind": "sum", "total": 989312.11, "parts": [958359.61, 30952.50], "unit": "元"},
                {"metric": "免费开放项目支出", "kind": "sum", "total": 251384.66,
                 "parts": [34000.00, 61200.00, 116184.66, 40000.00], "unit": "元"},
                {"metric": "2023年地方公共文化服务体系建设专项资金项目", "kind": "sum", "total": 180200.00,
                 "parts": [16128.00, 103872.00, 15340.20, 44859.80], "unit": "元"},
                {"metric": "在职职工", "kind": "sum", "total": 7, "parts": [1, 4, 2], "unit": "人"},
            ],
            "findings": [],
            "notes": (
                "施甸县图书馆 (保山, 云南) 2023年部门整体支出绩效自评报告, published by 施甸县财政局 on 2024-03-25 (the site's index "
                "table is page furniture and is left out). Prose only, in our own words with the same figures; the stored page stops inside "
                "(四)部门预算管理制度建设情况 in the middle of a word ('还为工'), and the document stops there too: no results, no score, "
                "no grade, no indicator. (二) only asserts that the unit's targets are well founded and detailed; it states no goal, so "
                "goals is empty. Every stated total adds up (1431036.77+20040.96; 958359.61+30952.50; four items of 免费开放; four items "
                "of the 公共文化 project; 1+4+2 staff), so no finding. Not stated as a total, but 989312.11+251384.66+180200.00+10140.00 = "
                "1431036.77 (= 财政拨款收入). Defects kept: '基本支989312.11元' and '图书资料馆4员人'."
            ),
        },
    },
    {
        "file": "hn-heshan-urban-mgmt-dept-evalreport.docx",
        "build": build_heshan,
        "gold": {
            "source_urls": ["http://www.hnhs.gov.cn/23247/23297/23780/content_1219000.html"],
            "province": "湖南",
            "doc_kind": "评价报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "区城管执法局现有人员", "kind": "sum", "total": 1894, "parts": [187, 1707], "unit": "人"},
                {"metric": "局本级", "kind": "sum", "total": 187, "parts": [139, 8, 40], "unit": "人"},
                {"metric": "环卫处", "kind": "sum", "total": 1707, "parts": [132, 148, 272, 1155], "unit": "人"},
            ],
            "findings": [],
            "notes": (
                "益阳市赫山区城市管理和综合执法局 (湖南) 2019年部门整体支出绩效评价报告 (a self-evaluation written as a report), "
                "district site, 2020-07-27. Prose only; the opening paragraph and the duty sentence are reworded, the organisation and staff "
                "lines are kept as written. The stored page stops in 一、3.职责职能 at '3.负责职责', so the document ends there: no goal, "
                "no indicator, no money figure, no score. Staff figures add up at both levels (139+8+40 = 187; 132+148+272+1155 = 1707; "
                "187+1707 = 1894), so no finding. Defects kept: the numbering jumps from ① to ③ (no ②), '2.' stands alone before "
                "'人员编制', and the cited document numbers are garbled as on the page (益赫政发201612号, 湘政发〔201910号, 湘财绩〔20207号). In the PDF the "
                "〈〉 around the cited 办法 title render as empty boxes (the export font has no glyph) but stay in the text layer."
            ),
        },
    },
]


def export_pdf(src, outdir):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", outdir, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def write_gold(name, gold):
    g = {"source": name}
    g.update(copy.deepcopy(gold))
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args()
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        doc["build"](path)
        write_gold(doc["file"], doc["gold"])
        pdf_name = os.path.splitext(doc["file"])[0] + ".pdf"
        if not args.no_pdf:
            if shutil.which("soffice") is None:
                sys.exit("soffice not found (use --no-pdf)")
            export_pdf(path, HERE)
        write_gold(pdf_name, doc["gold"])
        print("wrote", doc["file"], "and", pdf_name if not args.no_pdf else "(pdf gold only)")


if __name__ == "__main__":
    main()
