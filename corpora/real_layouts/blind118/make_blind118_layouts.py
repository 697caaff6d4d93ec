#!/usr/bin/env python3
"""Blind part blind118 of jixiao's real-layout corpus.

Written by an annotator who has not read the toolkit's code.  Each document
reproduces the layout of one stored public web page (address in GOLD below);
the gold answers are written here first, then the DOCX/XLSX files and their
LibreOffice PDFs are generated.

Run:  /tmp/venv/bin/python make_blind118_layouts.py
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 9, 0, 0)
AUTHOR = "blind118 annotator"

# ---------------------------------------------------------------------------
# Document 1: 四川 民生工程 "二十、实施89个大型公共体育场馆免费或低收费开放"
# progress / money table, one row per city (page stops inside the 凉山 row).
# ---------------------------------------------------------------------------
SC_URL = "https://m.pouringspot.com/tyj/sctyj/msgc/2021/5/12/ba7ffb616daf44f193e60a6e52bb6300.shtml"
SC_NAME = "sichuan-quansheng-tiyuchangguan-minshenggongcheng-jiankongbiao"
SC_TITLE = "二十、实施89个大型公共体育场馆免费或低收费开放"
# 地区, 目标任务, 完成情况, 完成比例, 年初预算安排数, 资金预算下达数, 下达比例, 资金拨付数, 拨付比例
SC_PROVINCE_ROW = ("全 省", 89, 89, "100%", "9820.00", "9732.30", "99.11%", "3882.97", "39.54%")
SC_ROWS = [
    ("成 都", 5, "5.00", "100.00%", "780", "912.70", "117.01%", "33.75", "4.33%"),
    ("自 贡", 3, "3.00", "100.00%", "330", "330.00", "100.00%", "143.95", "43.62%"),
    ("攀枝花", 2, "2.00", "100.00%", "230", "200.10", "87.00%", "200.10", "87.00%"),
    ("泸 州", 3, "3.00", "100.00%", "330", "300.10", "90.94%", "96.82", "29.34%"),
    ("德 阳", 5, "5.00", "100.00%", "530", "520.00", "98.11%", "164.45", "31.03%"),
    ("绵 阳", 5, "5.00", "100.00%", "530", "504.10", "95.11%", "239.20", "45.13%"),
    ("广 元", 7, "7.00", "100.00%", "810", "810.00", "100.00%", "342.00", "42.22%"),
    ("遂 宁", 7, "7.00", "100.00%", "780", "730.60", "93.67%", "448.32", "57.48%"),
    ("内 江", 1, "1.00", "100.00%", "100", "100.00", "100.00%", "51.60", "51.60%"),
    ("乐 山", 4, "4.00", "100.00%", "480", "480.60", "100.13%", "200.08", "41.68%"),
    ("南 充", 6, "6.00", "100.00%", "630", "607.10", "96.37%", "275.37", "43.71%"),
    ("宜 宾", 6, "6.00", "100.00%", "650", "650.00", "100.00%", "265.34", "40.82%"),
    ("广 安", 2, "2.00", "100.00%", "200", "200.00", "100.00%", "83.60", "41.80%"),
    ("达 州", 6, "6.00", "100.00%", "630", "630.00", "100.00%", "278.91", "44.27%"),
    ("巴 中", 2, "2.00", "100.00%", "200", "190.00", "95.00%", "80.00", "40.00%"),
    ("雅 安", 7, "7.00", "100.00%", "700", "677.00", "96.71%", "307.17", "43.88%"),
    ("眉 山", 4, "4.00", "100.00%", "430", "430.00", "100.00%", "320.00", "74.42%"),
    ("资 阳", 1, "1.00", "100.00%", "100", "100.00", "100.00%", "40.96", "40.96%"),
    ("阿 坝", 9, "9.00", "100.00%", "950", "930.00", "97.89%", "132.81", "13.98%"),
    ("甘 孜", 1, "1.00", "100.00%", "100", "100.00", "100.00%", "46.38", "46.38%"),
    # the stored page stops here: 资金拨付比例 and 说明 of 凉山 are not in the copy
    ("凉 山", 3, "3.00", "100.00%", "330", "330.00", "100.00%", "132.16", None),
]


def _col(i):
    return [r[i] for r in SC_ROWS]


def _num(x):
    return float(x) if isinstance(x, str) else x


SC_GOLD = {
    "source_urls": [SC_URL],
    "province": "四川省",
    "doc_kind": "民生工程项目推进及资金拨付情况表(按市州,监控进度表)",
    "patterns": [5, 6, 7],
    "indicators": [
        {"level1": None, "level2": None,
         "name": "实施89个大型公共体育场馆免费或低收费开放",
         "operator": None, "value": 89, "unit": "个", "target_text": "89",
         "actual": 89, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "目标任务", "kind": "sum", "total": 89,
         "parts": [_num(x) for x in _col(1)], "unit": "个"},
        {"metric": "完成情况", "kind": "sum", "total": 89,
         "parts": [_num(x) for x in _col(2)], "unit": "个"},
        {"metric": "年初预算安排数", "kind": "sum", "total": 9820.00,
         "parts": [_num(x) for x in _col(4)], "unit": "万元"},
        {"metric": "资金预算下达数", "kind": "sum", "total": 9732.30,
         "parts": [_num(x) for x in _col(5)], "unit": "万元"},
        {"metric": "资金拨付数", "kind": "sum", "total": 3882.97,
         "parts": [_num(x) for x in _col(7)], "unit": "万元"},
    ],
    "findings": [
        {"rule": "consistency.deviation_reason_missing", "item": "成都",
         "why": "成都 资金拨付比例 4.33%(33.75/780 万元),远低于全省 39.54% 和任何合理的序时进度,"
                "但「未达到序时进度说明」一栏为空。"},
        {"rule": "consistency.deviation_reason_missing", "item": "阿坝",
         "why": "阿坝 资金拨付比例 13.98%(132.81/950 万元),明显落后于序时进度,"
                "「未达到序时进度说明」一栏为空。"},
    ],
    "notes": (
        "Stored page = the table only (no title, date or unit line above it); it stops inside the last row: "
        "凉山 ends after 资金拨付数 132.16, so its 资金拨付比例 and 说明 cells are left empty here (cut row, kept as found). "
        "Header reproduced with merged cells: 地区 merged over the three header rows, the item title "
        "'二十、实施89个大型公共体育场馆免费或低收费开放' merged across the data columns, then the two groups "
        "项目推进情况(个) / 资金拨付情况(万元、%). Place names keep the page's inner space (成 都, 全 省). "
        "Numbers are stored as numbers with the displayed decimals of the page (5.00, 912.70, 100.00%); the 全省 "
        "完成比例 is shown as 100% as on the page. "
        "Judgement calls: (1) the table is one indicator (target 89 个, done 89) broken down by 21 市州; I give one "
        "indicator row for the province line and treat the 21 city rows as parts of sum facts, not as separate indicators; "
        "(2) all five column totals add up exactly (89, 89, 9820.00, 9732.30, 3882.97) and every stated rate recomputes "
        "(下达比例 = 下达数/年初预算, 拨付比例 = 拨付数/年初预算; 乐山 480.60/480 = 100.125% shown 100.13%, half-up), so no "
        "sum/rate findings; (3) 成都 资金预算下达比例 117.01% (>100%) is correct arithmetic, not flagged; (4) the page's "
        "reporting date is not in the stored copy (site path date 2021-05-12); I flag only 成都 and 阿坝, whose 拨付比例 "
        "is below even a one-quarter 序时进度; 泸州 29.34% and 德阳 31.03% are borderline (below 33.3% if the cut-off is "
        "end-April) and are not flagged; (5) 凉山's missing 拨付比例 is page truncation, not flagged."
    ),
}

# ---------------------------------------------------------------------------
# Document 2: 安徽 黄山市 民生工程 上半年进展 (news report, prose)
# ---------------------------------------------------------------------------
AH_URL = "https://m.yybnet.net/huangshan/qimen/201307/755749.html"
AH_NAME = "anhui-huangshan-minshenggongcheng-shangbannian-jiankongbaogao"
AH_TITLE = "全市民生工程建设大提速上半年完成投资19.62亿元,超序时进度24.9%"
AH_PARAS = [
    "本报讯 民生工程关系群众的幸福指数,一直受到社会关注。上半年进展如何?市民生办最新统计显示:"
    "全市37项民生工程上半年共完成投资额19.62亿元,占年度计划的74.9%,超序时进度24.9%,"
    "整体超额实现了“时间过半、任务过半”目标。其中,省定33项民生工程全部超序时进度,"
    "贫困重度残疾人生活救助等3项工程已完成全年目标任务。",
    "据悉,黄山市今年在省定33项民生工程之外,自行加码安排4项市定民生工程,合计实施37项民生工程,"
    "计划总投入超26亿元。全市把群众最关心、最直接、最现实的民生问题摆在突出位置,在确保工程质量和安全的"
    "前提下加快实施进度、及时足额拨付资金、提升实施效果,民生工程整体超额实现了“时间过半、任务过半”目标。",
    "项目投资实施进展方面,1至6月份,全市37项民生工程共完成投资额19.62亿元,完成年度计划的74.9%,"
    "超序时进度24.9个百分点。其中:16项工程类项目全部开工,完成投资10.22亿元,完成年度计划的65.6%;"
    "15项发放补助类项目发放补助资金2.66亿元,完成年度计划的72.3%;4个保险类项目完成筹资6.65亿元,"
    "完成年度计划的97.4%;2个培训类项目发放培训补贴849万元,完成年度计划的73.5%。",
    "投资完成率方面,有35个项目超过序时进度,其中省定33项民生工程全部超过序时进度;贫困重度残疾人生活救助、"
    "公共文化服务信息化建设、农村沼气建设工程等3项已完成全年任务。",
    # the stored page stops mid-sentence here
    "资金拨付方面,全市37项民生工程1至6月份累计拨付资金21.27亿元,资金拨付率达80.8%,其中:"
    "省定33项民生工程资金拨付资金20亿元,资金拨付率达83%,超过省定6月底拨付率70%的",
]
AH_GOLD = {
    "source_urls": [AH_URL],
    "province": "安徽省",
    "doc_kind": "民生工程上半年实施进度通报(新闻稿,监控情况)",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": None, "name": "6月底拨付率", "operator": None, "value": 70,
         "unit": "%", "target_text": "70%", "actual": 83, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "阶段目标", "text": "时间过半、任务过半"},
    ],
    "facts": [
        {"metric": "民生工程项目数", "kind": "sum", "total": 37, "parts": [33, 4], "unit": "项"},
        {"metric": "民生工程项目数(按类别)", "kind": "sum", "total": 37, "parts": [16, 15, 4, 2], "unit": "项"},
        {"metric": "上半年完成投资额", "kind": "sum", "total": 19.62,
         "parts": [10.22, 2.66, 6.65, 0.0849], "unit": "亿元"},
    ],
    "findings": [
        {"rule": "consistency.deviation_reason_missing", "item": "有35个项目超过序时进度",
         "why": "37项中35项超过序时进度,即有2项未达序时进度,文中既未点名也未说明原因(就存档页面所见)。"},
    ],
    "notes": (
        "Stored page: headline plus five paragraphs; it stops mid-sentence after '超过省定6月底拨付率70%的' and the "
        "document stops there too. Paragraphs 1-2 are reworded (numbers kept); paragraphs 3-5 keep the figures and "
        "their wording. Odd wording kept: '省定33项民生工程资金拨付资金20亿元'. Units mix: 培训补贴 is written "
        "'849万元' while the other parts are 亿元; in the investment sum fact the part is given as 0.0849 亿元. "
        "Judgement calls: (1) 10.22+2.66+6.65+0.0849 = 19.6149, which rounds to 19.61 not 19.62; the parts are themselves "
        "rounded to 0.01 亿元, so the gap (0.005) is within rounding and is NOT flagged; (2) 74.9% − 50% (end of June) = "
        "24.9 points, consistent; (3) the percentages of 年度计划 cannot be recomputed because the plan is only given as "
        "'超26亿元'; (4) the only indicator-like target with a number is the province's 6月底拨付率 70% (省定 projects "
        "reached 83%); (5) the 2 projects behind schedule (37 − 35) get no name or reason in the text as stored, flagged "
        "as deviation_reason_missing; the rest of the article is not in the stored copy. Counts are written both as "
        "'项' and '个' (4个保险类项目); unit '项' used in the facts."
    ),
}

# ---------------------------------------------------------------------------
# Document 3: 甘肃 张掖市 衔接推进乡村振兴补助资金 到位与支出进度 (short notice, prose)
# ---------------------------------------------------------------------------
GS_URL = "https://www.zhangye.gov.cn/zyszfxxgk/fdzdgknr_5657/xczx/202305/t20230524_1050703.html"
GS_NAME = "gansu-zhangye-xianjiezijin-zhichujindu-jiankongtongbao"
GS_HEAD = [
    "首页 > 政务公开 > 法定主动公开内容 > 乡村振兴",
    "发布时间:2023-05-22 16:26 来源:市乡村振兴局",
]
GS_PARAS = [
    "近日,省财政下达我市2023年第二批中央省级财政衔接推进乡村振兴补助资金15763万元,2023年我市已累计到位"
    "中央、省级衔接资金66185万元,较上年同期增加3893万元,增长6.25%,超全省平均增长率3.91个百分点。",
    "今年以来,市乡村振兴局围绕创建全省乡村振兴示范区目标任务,一手抓资金争取,一手抓项目管理,为巩固拓展"
    "脱贫攻坚成果、全面推进乡村振兴提供保障。至4月底,全市第一批中央、省级财政衔接资金已支出21185.83万元,"
    "支出率42.02%,超序时进度8.68个百分点。",
]
GS_GOLD = {
    "source_urls": [GS_URL],
    "province": "甘肃省",
    "doc_kind": "衔接推进乡村振兴补助资金到位及支出进度信息(政务公开短讯,监控情况)",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "工作目标", "text": "创建全省乡村振兴示范区"},
    ],
    "facts": [],
    "findings": [],
    "notes": (
        "Stored page: breadcrumb, date/source line and two paragraphs (no title text in the copy); the document "
        "reproduces the breadcrumb and metadata lines as found and rewords the second paragraph's narrative, keeping "
        "every number. No indicator table and no stated total-with-parts: 66185 万元 累计到位 includes the second batch "
        "15763 万元 but the other batches are not stated, so no sum fact. Checks done by hand, none flagged: "
        "3893/(66185−3893) = 6.25% (consistent); first-batch amount is not stated (66185−15763 = 50422 would give "
        "21185.83/50422 = 42.02%, consistent); 序时进度 is not stated: at end-April 4/12 = 33.33% gives 42.02−33.33 = "
        "8.69 points vs the stated 8.68 (a 33.34% 序时 gives 8.68) — too ambiguous to flag. The goal '创建全省乡村振兴示范区' "
        "is a qualitative status goal with no number; not flagged as goal.unquantified because it is an outcome that is "
        "either reached or not. This file is mainly a control document: the gold expects no indicators, no facts and no "
        "findings."
    ),
}


# ---------------------------------------------------------------------------
def write_gold(name, ext, gold):
    os.makedirs(ANN, exist_ok=True)
    for e in (ext, "pdf"):
        g = {"source": f"{name}.{e}"}
        g.update(gold)
        with open(os.path.join(ANN, f"{name}.{e}.json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


def build_sc_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws["A1"] = "地区"
    ws.merge_cells("A1:A3")
    ws["B1"] = SC_TITLE
    ws.merge_cells("B1:J1")
    ws["B2"] = "项目推进情况(个)"
    ws.merge_cells("B2:D2")
    ws["E2"] = "资金拨付情况(万元、%)"
    ws.merge_cells("E2:J2")
    heads = ["目标任务", "完成情况", "完成比例", "年初预\n算安排数", "资金预算\n下达数", "资金预算\n下达比例",
             "资金\n拨付数", "资金拨\n付比例", "未达到序时\n进度说明"]
    for i, h in enumerate(heads):
        ws.cell(row=3, column=2 + i, value=h)

    def put(r, row):
        area, tgt, done, rate, bud, dl, dlr, pay, payr = row
        ws.cell(row=r, column=1, value=area)
        c = ws.cell(row=r, column=2, value=tgt)
        c.number_format = "0"
        c = ws.cell(row=r, column=3, value=float(done) if isinstance(done, str) else done)
        c.number_format = "0.00" if isinstance(done, str) else "0"
        c = ws.cell(row=r, column=4, value=float(rate.rstrip("%")) / 100)
        c.number_format = "0.00%" if "." in rate else "0%"
        c = ws.cell(row=r, column=5, value=float(bud))
        c.number_format = "0.00" if "." in bud else "0"
        c = ws.cell(row=r, column=6, value=float(dl))
        c.number_format = "0.00"
        c = ws.cell(row=r, column=7, value=float(dlr.rstrip("%")) / 100)
        c.number_format = "0.00%"
        c = ws.cell(row=r, column=8, value=float(pay))
        c.number_format = "0.00"
        if payr is not None:
            c = ws.cell(row=r, column=9, value=float(payr.rstrip("%")) / 100)
            c.number_format = "0.00%"

    put(4, SC_PROVINCE_ROW)
    for i, row in enumerate(SC_ROWS):
        put(5 + i, row)
    last = 4 + len(SC_ROWS)
    for row in ws.iter_rows(min_row=1, max_row=last, min_col=1, max_col=10):
        for c in row:
            c.border = border
            c.alignment = center
            c.font = Font(name="宋体", size=10, bold=c.row <= 3)
    widths = [8, 8, 8, 9, 10, 10, 10, 10, 10, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.row_dimensions[1].height = 24
    ws.row_dimensions[3].height = 32
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = AUTHOR
    wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.title = SC_NAME
    wb.save(path)


def _docx_base():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def build_ah_docx(path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = _docx_base()
    doc.core_properties.title = AH_NAME
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(AH_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    for p in AH_PARAS:
        para = doc.add_paragraph(p)
        para.paragraph_format.first_line_indent = Pt(24)
    doc.save(path)


def build_gs_docx(path):
    from docx.shared import Pt

    doc = _docx_base()
    doc.core_properties.title = GS_NAME
    for line in GS_HEAD:
        p = doc.add_paragraph(line)
        for r in p.runs:
            r.font.size = Pt(10)
    for p in GS_PARAS:
        para = doc.add_paragraph(p)
        para.paragraph_format.first_line_indent = Pt(24)
    doc.save(path)


def normalise_zip(path):
    """Rewrite an OOXML package with fixed entry dates so the file is byte-identical on every run."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        entries = [(i, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-01-01T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    outdir = os.path.dirname(path)
    profile = tempfile.mkdtemp(prefix="lo_blind118_")
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", outdir, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    docs = [
        (SC_NAME, "xlsx", SC_GOLD, build_sc_xlsx),
        (AH_NAME, "docx", AH_GOLD, build_ah_docx),
        (GS_NAME, "docx", GS_GOLD, build_gs_docx),
    ]
    # gold first
    for name, ext, gold, _ in docs:
        write_gold(name, ext, gold)
    for name, ext, _, build in docs:
        path = os.path.join(HERE, f"{name}.{ext}")
        build(path)
        normalise_zip(path)
        to_pdf(path)
    print("written:", ", ".join(f"{n}.{e}" for n, e, _, _ in docs))


if __name__ == "__main__":
    sys.exit(main())
