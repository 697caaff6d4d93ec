"""blind195: real-layout documents for local-government special bonds (专项债券), with gold.

Gold first (as Python data), then the builders. Run with /tmp/venv/bin/python.
Every document stops where the stored public page stops.
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
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)
LO_PROFILE = "file:///tmp/lo_blind195"

# ---------------------------------------------------------------------------
# Document texts (layout as found; long sentences rewritten, numbers kept)
# ---------------------------------------------------------------------------

JIANGYAN_TITLE = "江苏省泰州市姜堰区二人医开发区医院、妇幼保健院专项债券项目绩效自评价报告"
JIANGYAN_META = "信息来源:姜堰区财政局 发布日期:2023-06-29 11:01 浏览次数: 字体:[ ]"
JIANGYAN_GOAL_TOTAL = ("二人医开发区医院、妇幼保健院建成后,将有助于提升城市品位、改善医疗环境、"
                       "增进居民身心健康,满足群众不同层次的医疗保健服务需求。该项目属于德政工程和民心工程,"
                       "对姜堰区经济发展和人民生活水平的提高将发挥积极的推动作用。")
JIANGYAN_GOAL_STAGE = "2021年底主体工程已封顶,2022年二次结构、精装修进场施工。"
JIANGYAN_BODY = [
    ("h1", "一、项目情况"),
    ("h2", "(一)项目概况"),
    ("p", "为改善就医环境、满足群众就医需要,依据《区2020年政府投资项目计划》建设二人医开发区医院、"
          "妇幼保健院。项目符合姜堰区卫生事业发展规划,可同时填补省级姜堰经济开发区综合性医院和县级"
          "妇幼保健机构专业临床两项空白,使企业、居民和社会共同受益;它有助于加强服务区域内妇女、儿童"
          "及广大群众的就医保障,完善农村卫生服务体系,既是建设社会主义新农村的重要内容,也是向更高水平"
          "全面小康和基本现代化迈进、构建和谐社会的迫切要求。"),
    ("p", "本项目建设地点位于泰州市姜堰区三水街道陈庄路南侧、老通扬运河北侧、双登大道东侧。"),
    ("p", "总用地面积约 100亩,总建筑面积约 86403.5 平方米。其中:地上建筑面积约 57497.67 平方米,"
          "地下约 28905.83 平米(其中人防建筑面积约 5247.87 平方米),建设期限为34个月。"),
    ("p", "项目立项总投资约5.884亿元,EPC中标合同价4.97086亿元。2021年3月开工建设,计划2024年8月基本完工。"
          "2022年专项债1.22亿元已到位,并已支付。"),
    ("h2", "(二)绩效目标"),
    ("goal", ("项目总体目标:", JIANGYAN_GOAL_TOTAL)),
    ("goal", ("项目阶段性目标:", JIANGYAN_GOAL_STAGE)),
    ("h1", "二、评价情况"),
    ("h2", "(一)项目特点分析"),
    ("p", "项目实施后,我区医疗资源得到进一步完善,医疗条件有所改善。在建设过程"),
]

XINGNING_META = "瀏覽次數:-作者: 興寧市衛生健康局 信息來源: 轉自本網 發布時間:2023-06-30 09:45:05 |"
XINGNING_TITLE = "2022年興寧市人民醫院專項債券項目資金績效評價報告"
XINGNING_BODY = [
    ("h1", "一、項目概要"),
    ("h2", "(一)項目概況。包括項目基本信息,行業相關政策,項目建設內容等。"),
    ("h3", "1、項目立項背景"),
    ("p", "興寧市人民醫院創建於1938年3月,是由政府舉辦的二級甲等綜合性公立醫院,曾獲國家衛計委授予"
          "“愛嬰醫院”稱號,承擔興寧市醫療、急救、預防、保健、醫教、醫研中心的職能,同時是高等醫學院校"
          "教學醫院,並與梅州市人民醫院、中山大學孫逸仙紀念醫院、廣州市第一人民醫院開展技術合作。"
          "醫院多次獲廣東省、梅州、興寧市政府授予文明單位、文明醫院、行風建設先進集體等稱號,目前正在"
          "創建三級甲等綜合性醫院(新院已動工建設)。"),
    ("p", "醫院占地總面積約3.28萬平方米,建築面積約5.2萬平方米,編制總床位800張,實際開放床位722張。"
          "2019年門診48.8萬人次,住院3.5萬人次,業務總收入3.96億元。"),
    ("h3", "2、行業相關政策"),
    ("p", "新建興寧市人民醫院選址於福興街道新聯村,按三級甲等綜合醫院標準建設,是興寧市完善醫療衛生"
          "服務體系、打造“一城一廊一帶”發展新格局的重要舉措;建成後可緩解該地區群眾看病難的問題,"
          "提升全市醫療衛生服務水平,並為梅州市推行分級診療打下基礎。"),
    ("h3", "3 、建設內容"),
    ("p", "項目規劃建設用地約200畝,總建築面積約140"),
]

# ---------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------

GOLD = {
    "jiangsu-taizhou-jiangyan-yiyuan-zhuanxiangzhai-zipingbaogao": {
        "source_urls": ["https://www.jiangyan.gov.cn/zfxxgk/fdzdgknr/zhxx/art/2023/art_6aa8f2d8b94149b98c9599a1af48da6f.html"],
        "province": "江苏省",
        "doc_kind": "专项债券项目绩效自评价报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": JIANGYAN_GOAL_TOTAL},
            {"kind": "阶段性目标", "text": JIANGYAN_GOAL_STAGE},
        ],
        "facts": [
            {"metric": "总建筑面积", "kind": "sum", "total": 86403.5,
             "parts": [57497.67, 28905.83], "unit": "平方米"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": JIANGYAN_GOAL_TOTAL,
             "why": "总体目标只写“有助于提升城市品位、改善医疗环境……积极的推动作用”,没有数量、床位、服务人次或期限。"},
            {"rule": "goal.process_only", "item": JIANGYAN_GOAL_STAGE,
             "why": "阶段性目标只写施工进度节点(主体封顶、二次结构和精装修进场),不写产出或效益;且以“已封顶”的完成时写成目标。"},
        ],
        "notes": ("Prose only (no indicator table in the stored part). The stored page stops in 二、评价情况(一)项目特点分析 "
                  "mid-sentence (“在建设过程”). Facts kept as written, including the unit switch 平方米/平米; "
                  "57497.67 + 28905.83 = 86403.50 matches 86403.5 (no consistency finding). Other amounts "
                  "(总投资约5.884亿元, EPC中标合同价4.97086亿元, 2022年专项债1.22亿元, 人防5247.87平方米) are single values, "
                  "not sums. Background and the 总体目标 were rewritten in my own words; the short 阶段性目标 is verbatim. "
                  "No goal.unmeasured finding: the page stops before any indicator section, so absence cannot be judged."),
    },
    "guangdong-meizhou-xingning-renminyiyuan-zhuanxiangzhai-pingjiabaogao": {
        "source_urls": ["https://yqtmeqm.cn/zfjg/xnswsjkj/xwzx/tzgg/content/post_2511223.html"],
        "province": "广东省",
        "doc_kind": "专项债券项目资金绩效评价报告",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Prose only. The stored page is a mirror (yqtmeqm.cn) of a 興寧市衛生健康局 notice, in traditional "
                  "characters with pinyin/ruby noise after many characters (e.g. 項(xiàng)目); I kept the traditional script "
                  "and dropped the ruby noise. The heading “(一)項目概況。包括項目基本信息,行業相關政策,項目建設內容等。” keeps "
                  "the template instruction (pattern 8). The typo/space “3 、建設內容” is kept. The page stops at "
                  "“總建築面積約140” (cut number: no fact recorded for it). The goals section is not reached. "
                  "Hospital figures (3.28萬平方米, 5.2萬平方米, 800張/722張 beds, 48.8萬人次, 3.5萬人次, 3.96億元, 200畝) are single "
                  "values and carry no checkable identity (722 open beds < 800 planned is not a sum)."),
    },
}

DOCS = {
    "jiangsu-taizhou-jiangyan-yiyuan-zhuanxiangzhai-zipingbaogao": (JIANGYAN_META, JIANGYAN_TITLE, JIANGYAN_BODY, "title_first"),
    "guangdong-meizhou-xingning-renminyiyuan-zhuanxiangzhai-pingjiabaogao": (XINGNING_META, XINGNING_TITLE, XINGNING_BODY, "meta_first"),
}

# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def _set_cjk(run, east="宋体", size=None, bold=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def build_docx(stem, meta, title, body, order):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    cp = d.core_properties
    cp.author = "blind195"
    cp.last_modified_by = "blind195"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1

    def para(text, size=11, bold=False, center=False, east="宋体", indent=False):
        p = d.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            from docx.shared import Pt
            p.paragraph_format.first_line_indent = Pt(size * 2)
        r = p.add_run(text)
        _set_cjk(r, east=east, size=size, bold=bold)
        return p

    def title_block():
        para(title, size=16, bold=True, center=True, east="黑体")

    def meta_block():
        para(meta, size=9, east="宋体")

    if order == "title_first":
        title_block()
        meta_block()
    else:
        meta_block()
        title_block()
    for kind, content in body:
        if kind == "h1":
            para(content, size=12, bold=True, east="黑体")
        elif kind == "h2":
            para(content, size=11, bold=True, east="楷体")
        elif kind == "h3":
            para(content, size=11, bold=False, east="宋体")
        elif kind == "goal":
            label, text = content
            p = d.add_paragraph()
            from docx.shared import Pt
            p.paragraph_format.first_line_indent = Pt(22)
            r1 = p.add_run(label)
            _set_cjk(r1, size=11, bold=True)
            r2 = p.add_run(text)
            _set_cjk(r2, size=11)
        else:
            para(content, size=11, indent=True)
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    normalise_zip(path)
    return path


def normalise_zip(path):
    """Rewrite an OOXML zip with sorted entries and fixed timestamps (byte-deterministic)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # keep [Content_Types].xml first, the rest sorted
    items.sort(key=lambda kv: (kv[0] != "[Content_Types].xml", kv[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    os.replace(tmp, path)


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise SystemExit("PDF export failed for " + path)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                                 text=True, check=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if ind.get(key) and squash(str(ind[key])) not in text:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in gold["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def write_ann(fname, stem):
    g = dict(GOLD[stem])
    out = {"source": fname}
    out.update(g)
    os.makedirs(ANN, exist_ok=True)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for stem, (meta, title, body, order) in DOCS.items():
        src = build_docx(stem, meta, title, body, order)
        pdf = export_pdf(src)
        for p in (src, pdf):
            write_ann(os.path.basename(p), stem)
        missing = check_pdf(pdf, GOLD[stem])
        if missing:
            bad += 1
            print("MISSING in", os.path.basename(pdf), missing)
        else:
            print("ok", os.path.basename(pdf))
    tot = {"docs": len(GOLD),
           "indicators": sum(len(g["indicators"]) for g in GOLD.values()),
           "goals": sum(len(g["goals"]) for g in GOLD.values()),
           "findings": sum(len(g["findings"]) for g in GOLD.values()),
           "facts": sum(len(g["facts"]) for g in GOLD.values())}
    print("totals", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
