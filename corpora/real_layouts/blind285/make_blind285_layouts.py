"""Build the blind285 test documents (DOCX + PDF) and their gold annotations.

The gold below is written first; the builders only lay out the text it names.
Run: /tmp/wvenv/bin/python make_blind285_layouts.py
"""

import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_PROFILE = "file:///tmp/lo_blind285"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TS = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# Text of the documents (long sentences reworded; names, figures, numbers kept)
# ---------------------------------------------------------------------------

A_TITLE = ("乐至县2023年中央财政农业防灾减灾和水利救灾资金(动物防疫补助)和省级财政农业高质量"
           "发展共同财政事权转移支付资金(动物疫病防控)使用实施方案")
A_META = "发布时间:2023-11-01   录入:乐至县农业农村局"
A_P1 = ("依据《四川省财政厅 四川省农业农村厅关于提前下达2023年中央财政动物防疫等补助经费的通知》"
        "(川财农〔2022167号)、《四川省财政厅 四川省农业农村厅关于下达2023年省级财政农业高质量发展"
        "共同财政事权转移支付资金的通知》(川财农〔202344号)和《四川省财政厅 四川省农业农村厅关于下达"
        "2023年中央财政农业防灾减灾和水利救灾资金(动物防疫补助)的通知》(川财农〔202388号),"
        "对照本县情况,制定本实施方案。")
A_H1 = "一、总体要求"
A_GOAL = ("依照《四川省2023年动物疫病强制免疫计划实施方案》并结合本县情况,高致病性禽流感、口蹄疫、"
          "小反刍兽疫等重大动物疫病实行强制免疫,山羊痘、狂犬病、猪链球菌病等动物疫病实行计划免疫;"
          "散养畜禽以春秋两季集中免疫加定期补免为主,规模养殖场按程序免疫;同时做好养殖环节生猪无害化"
          "处理,落实养殖环节无害化处理补助")
A_H2 = "二、资金保障"
A_P2 = ("2023年动物强制免疫及病死动物无害化处理所需经费由中央和省级财政负担。川财农2022167提前下达的"
        "中央财政动物防疫等补助经费共389.78万元,其中强制免疫326.29万元,养殖环节无害化处理经费63.49万元"
        "川财农〔202344号下达省级财政农业高质量发展共同财政事权转移支付资金动物疫病防控99.47万元"
        "川财农〔202388下达中央财政农业防灾减灾和水利救灾资金(动物防疫补助,含无害化补助)98.09万元其中")

B_TO = "各县(市、区)人民政府,达州高新区管委会,达州东部经开区管委会,市级有关部门(单位):"
B_P0 = "《达州市地质灾害全域综合整治五年行动计划(2021—2025年)》经市政府同意,现予印发,请抓好贯彻落实。"
B_SIGN = ["达州市人民政府办公室", "2022年1月29日"]
B_TITLE = ["达州市地质灾害全域综合整治五年", "行动计划(2021—2025年)"]
B_P1 = ("达州地处四川东北部、大巴山弧心构造带,地质灾害多发易发、生态环境脆弱,属全省地质灾害最严重的"
        "区域之一。为加快形成与本市高质量发展相适应的地质灾害全域整治模式、科学防控体系和分级防治格局,"
        "全面提升综合防范能力,保障群众生命财产安全,依据《四川省人民政府办公厅关于印发四川省地质灾害"
        "全域综合整治三年行动计划(2021—2023年)的通知》(川办发〔2021〕29号),结合本市情况,"
        "制定本行动计划。")
B_H1 = "一、总体要求"
B_P2 = ("(一)指导思想。以习近平新时代中国特色社会主义思想为指导,落实习近平总书记关于防灾减灾救灾的"
        "系列重要指示批示精神,坚持“人民至上、生命至上”和“防范胜于救灾”,贯彻省委省政府、市委市政府"
        "统筹发展和安全的部署;坚持以防为主、主动防控、综合施策,健全调查评价、监测预警、搬迁治理"
        "全覆盖的全域整治模式,依靠科技引领、专业支撑和装备提升完善人防技防并重的科学防控体系,"
        "通过压实主体责任、创新投入机制、完善政策支持构建权责清晰、保障有力的分级防治格局,"
        "整体提高全社会抵御地质灾害风险的能力。")
B_GOAL = "到2023年,完成全市8个地质灾害易发县(市、区)(除达州东部经"
B_P3 = "(二)总体目标。" + B_GOAL

C_P0 = ("依據《彩票管理條例》《彩票管理條例實施細則》和《彩票公益金管理辦法》的規定,現將天長市2022年"
        "體育彩票公益金的籌集和使用情況公告如下。")
C_LINES = [
    ("h", "一、體育彩票公益金分配情況"),
    ("p", "2022年本級留用861.00萬元。"),
    ("h", "二、本級體育彩票公益金使用情況"),
    ("p", "用于群眾體育支出861.00萬元,占總數的100.0%。其中:"),
    ("p", "(一)用于援建公共體育場地和設施543.10萬元;"),
    ("p", "1.公共體育場館、全民健身活動中心等場地建設、維護193.8萬元;"),
    ("p", "2.全民健身路徑工程236.3萬元;"),
    ("p", "3.青少年體育發展場地設施建設113萬元;"),
    ("p", "(二)用于資助群眾體育組織和隊伍建設6.50萬元;"),
    ("p", "1.社會體育指導員6.5萬元;"),
    ("p", "(三)用于資助或組織開展全民健身活動294.20萬元;"),
    ("p", "1.示范性全民健身活動199.4萬元;"),
    ("p", "2.青少年陽光體育活動94.8萬元;"),
    ("p", "(四)用于組織開展全民健身科學研究與宣傳17.20萬元。"),
    ("p", "1.群眾體育調查研究5.8萬元;"),
    ("p", "2.群眾體育新聞宣傳11.4萬元。"),
    ("p", "注:以上公告數據不包含上級補助支出。"),
    ("p", "特此公告。"),
    ("r", "天長市教育體育局"),
    ("r", "2023年06月30日"),
]

D_NO = "甬财社〔2021〕429号"
D_TO = "各区县(市)财政局、医疗保障局,相关功能园区财政、医疗保障部门:"
D_P1 = ("依据《财政部 国家医保局关于下达2021年医疗服务与保障能力提升补助资金(医疗保障服务能力提升部分)"
        "预算的通知》(财社〔2021〕30号),经研究,现将各区县(市)2021年中央财政医疗服务与保障能力提升"
        "补助资金(医疗保障服务能力提升部分,项目代码:Z155080000004,附件1)预算指标予以明确,"
        "有关事项通知如下:")
D_ITEMS = [
    ("一、该项收入列入2021年政府收支分类科目“1100249医疗卫生共同财政事权转移支付收入”,"
     "支出列入“21015医疗保障管理事务”相关科目。"),
    "二、该资金纳入直达资金管理,标识为“01中央直达资金”,在资金分配、拨付和使用全过程中保持不变。",
    ("三、资金主要用于医保信息化、基金监管和支付方式改革等工作。各地应强化资金管理,加快使用进度,"
     "提高使用效益,进一步提升医疗保障经办和服务能力。"),
    ("四、各地要依照《中共中央 国务院关于全面实施预算绩效管理的意见》,完善绩效目标管理,在预算执行中"
     "对照我市2021年度医疗服务与保障能力提升补助资金(医疗保障服务能力提升部分)区域绩效目标表(附件2)"
     "开展绩效监控和绩效评价,保障财政资金安全有效。各地绩效目标完成情况将与下一年度资金安排挂钩。"),
]
D_ATT = [
    "附件:1.2021年中央财政医疗服务与保障能力提升补助资金(医疗保障服务能力提升部分)分配表",
    "2.2021年度医疗服务与保障能力提升补助资金(医疗保障服务能力提升部分)区域绩效目标表",
]
D_SIGN = ["宁波市财政局 宁波市医疗保障局", "2021年5月24日"]
D_T_LABEL = "附件1"
D_T_TITLE = "2021年中央财政医疗服务与保障能力提升补助资金(医疗保障服务能力提升部分)分配表"
D_T_UNIT = "单位:万元"

# ---------------------------------------------------------------------------
# Gold (one entry per source document; DOCX and PDF share it)
# ---------------------------------------------------------------------------

GOLD = {
    "blind285_lezhi_dongwu_fangyi_fangan": {
        "source_urls": ["http://gk.ziyang.gov.cn/details.aspx?id=109123"],
        "province": "四川省",
        "doc_kind": "县级转移支付资金使用实施方案(动物防疫)",
        "patterns": [],
        "indicators": [],
        "goals": [{"kind": "总体要求", "text": A_GOAL}],
        "facts": [
            {"metric": "中央财政动物防疫等补助经费", "kind": "sum", "total": 389.78,
             "parts": [326.29, 63.49], "unit": "万元"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": A_GOAL[:20],
             "why": "总体要求只列病种和免疫方式,没有免疫密度、免疫合格率或无害化处理量等任何数值"},
            {"rule": "goal.process_only", "item": A_GOAL[:20],
             "why": "总体要求描述怎样免疫、怎样处理(工作安排),没有写出要达到的结果"},
        ],
        "notes": ("Stored page stops at '98.09万元其中' inside 二、资金保障; no 工作目标/绩效指标 section is "
                  "visible, so no indicator rows and no coverage finding. Document numbers keep their "
                  "defects as stored (川财农〔2022167号, 川财农〔202344号, 川财农〔202388, 川财农2022167 "
                  "without 〕 or year brackets). The run-on money sentence (no punctuation between "
                  "'63.49万元' and '川财农〔202344号', and before '其中') is kept. Sum 326.29+63.49=389.78 "
                  "holds; the parts of 98.09万元 are cut off by the page end, so no fact for it."),
    },
    "blind285_dazhou_dizhi_zaihai_xingdong": {
        "source_urls": ["http://www.dazhou.gov.cn/news-show-232583.html"],
        "province": "四川省",
        "doc_kind": "市政府办公室印发的五年行动计划(目标在正文中)",
        "patterns": [8],
        "indicators": [
            {"level1": None, "level2": None, "name": "地质灾害易发县(市、区)",
             "operator": "=", "value": 8, "unit": "个",
             "target_text": "到2023年,完成全市8个地质灾害易发县(市、区)",
             "actual": None, "weight": None, "score": None},
        ],
        "goals": [{"kind": "总体目标", "text": B_GOAL}],
        "facts": [],
        "findings": [],
        "notes": ("Stored page stops in the middle of (二)总体目标 after '(除达州东部经'; what is to be "
                  "completed in the 8 counties is cut off, so the only indicator row is the count of 8 "
                  "易发县 by 2023 and no finding is raised (the rest of the targets cannot be seen). "
                  "The stored text shows no document title line before the addressees, so none is added. "
                  "指导思想 is guidance, not a target, and is not listed as a goal."),
    },
    "blind285_tianchang_ticai_gongyijin_gonggao": {
        "source_urls": ["http://efficientheatingandacrepaircavecreek.com/2023/0704/474212.shtml"],
        "province": "安徽省",
        "doc_kind": "体育彩票公益金筹集使用情况公告(县级市)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "本級體育彩票公益金使用(群眾體育支出)", "kind": "sum", "total": 861.00,
             "parts": [543.10, 6.50, 294.20, 17.20], "unit": "萬元"},
            {"metric": "援建公共體育場地和設施", "kind": "sum", "total": 543.10,
             "parts": [193.8, 236.3, 113], "unit": "萬元"},
            {"metric": "資助群眾體育組織和隊伍建設", "kind": "sum", "total": 6.50,
             "parts": [6.5], "unit": "萬元"},
            {"metric": "資助或組織開展全民健身活動", "kind": "sum", "total": 294.20,
             "parts": [199.4, 94.8], "unit": "萬元"},
            {"metric": "組織開展全民健身科學研究與宣傳", "kind": "sum", "total": 17.20,
             "parts": [5.8, 11.4], "unit": "萬元"},
            {"metric": "群眾體育支出占總數", "kind": "rate", "total": 861.00,
             "parts": [861.00], "unit": "%", "stated": 100.0},
        ],
        "findings": [],
        "notes": ("The stored copy is a mirror page in traditional characters (the original notice is a "
                  "simplified-Chinese 天长市教育体育局 notice); the characters are kept as stored. All sums "
                  "and the 100.0% share check out, so the gold has no finding: a negative control for "
                  "consistency.sum / consistency.rate. No performance targets at all (a use-of-funds "
                  "disclosure); the page ends with the signature and date, so it is complete."),
    },
    "blind285_ningbo_yibao_nengli_tisheng_xiada": {
        "source_urls": ["http://yaochangyun.com/ypYiBao/Itemefcfbe1f9cea523a.html"],
        "province": "浙江省",
        "doc_kind": "市财政局下达中央转移支付资金的通知(附分配表、区域绩效目标表)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("Stored page stops right after the two-row header of 附件1 分配表 (序号│地区│2021年补助资金: "
                  "应下达/已提前下达/此次下达); no region rows and no 附件2 区域绩效目标表 are visible, so "
                  "no indicators, facts or findings. The header table is reproduced with its merged cells "
                  "and no data rows; it is an allocation table, not an indicator table, so "
                  "table_not_understood does not apply. Item 三 ('进一步提升医疗保障经办和服务能力') is a "
                  "funds-use instruction, not a stated target, and is not listed as a goal."),
    },
}


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def _font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Noto Serif CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def _para(doc, text, size=11, bold=False, align=None):
    p = doc.add_paragraph()
    _font(p.add_run(text), size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def _new_doc(title):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind285"
    cp.last_modified_by = "blind285"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    return doc


def build_a(path):
    doc = _new_doc("乐至县动物防疫资金使用实施方案")
    _para(doc, A_TITLE, 14, True, "c")
    _para(doc, A_META, 10, False, "c")
    _para(doc, A_P1)
    _para(doc, A_H1, 12, True)
    _para(doc, A_GOAL)
    _para(doc, A_H2, 12, True)
    _para(doc, A_P2)
    doc.save(path)


def build_b(path):
    doc = _new_doc("达州市地质灾害全域综合整治五年行动计划")
    _para(doc, B_TO)
    _para(doc, B_P0)
    for s in B_SIGN:
        _para(doc, s, align="r")
    for t in B_TITLE:
        _para(doc, t, 14, True, "c")
    _para(doc, B_P1)
    _para(doc, B_H1, 12, True)
    _para(doc, B_P2)
    _para(doc, B_P3)
    doc.save(path)


def build_c(path):
    doc = _new_doc("天長市2022年體育彩票公益金公告")
    _para(doc, C_P0)
    for kind, text in C_LINES:
        if kind == "h":
            _para(doc, text, 12, True)
        elif kind == "r":
            _para(doc, text, align="r")
        else:
            _para(doc, text)
    doc.save(path)


def build_d(path):
    doc = _new_doc("宁波市医疗保障服务能力提升补助资金下达通知")
    _para(doc, D_NO, align="c")
    _para(doc, D_TO)
    _para(doc, D_P1)
    for it in D_ITEMS:
        _para(doc, it)
    for a in D_ATT:
        _para(doc, a)
    for s in D_SIGN:
        _para(doc, s, align="r")
    _para(doc, D_T_LABEL, 11, True)
    _para(doc, D_T_TITLE, 13, True, "c")
    _para(doc, D_T_UNIT, 10, False, "r")
    table = doc.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    top = ["序号", "地区", "2021年补助资金", "", ""]
    sub = ["", "", "应下达", "已提前下达", "此次下达"]
    for i, t in enumerate(top):
        if t:
            _font(table.cell(0, i).paragraphs[0].add_run(t), 10, True)
    for i, t in enumerate(sub):
        if t:
            _font(table.cell(1, i).paragraphs[0].add_run(t), 10, True)
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 2).merge(table.cell(0, 4))
    doc.save(path)


BUILDERS = {
    "blind285_lezhi_dongwu_fangyi_fangan": build_a,
    "blind285_dazhou_dizhi_zaihai_xingdong": build_b,
    "blind285_tianchang_ticai_gongyijin_gonggao": build_c,
    "blind285_ningbo_yibao_nengli_tisheng_xiada": build_d,
}


# ---------------------------------------------------------------------------
# Determinism helpers
# ---------------------------------------------------------------------------

def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(n, zin.read(n)) for n in sorted(zin.namelist())]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TS)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def normalize_pdf(path):
    with open(path, "rb") as fh:
        data = fh.read()

    def fix_date(m):
        s = m.group(1)
        return b"(D:" + (b"20240101000000" + b"0" * len(s))[:len(s)] + b")"

    data = re.sub(rb"\(D:([0-9+\-Z']+)\)", fix_date, data)

    def fix_id(m):
        return b"<" + b"0" * len(m.group(1)) + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]{32})",
                  lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    with open(path, "wb") as fh:
        fh.write(data)


def export_pdf(src, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_text(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8", "replace")
    return re.sub(r"\s+", "", out)


def check_pdf(stem, pdf_path):
    text = pdf_text(pdf_path)
    g = GOLD[stem]
    needles = []
    for ind in g["indicators"]:
        needles += [ind["name"], ind["target_text"]]
    needles += [x["text"] for x in g["goals"]]
    needles += [f["item"] for f in g["findings"]]
    missing = [n for n in needles if re.sub(r"\s+", "", n) not in text]
    return missing


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def build_all(outdir):
    os.makedirs(os.path.join(outdir, "annotations"), exist_ok=True)
    problems = []
    for stem, builder in BUILDERS.items():
        docx_path = os.path.join(outdir, stem + ".docx")
        builder(docx_path)
        normalize_zip(docx_path)
        export_pdf(docx_path, outdir)
        pdf_path = os.path.join(outdir, stem + ".pdf")
        normalize_pdf(pdf_path)
        missing = check_pdf(stem, pdf_path)
        if missing:
            problems.append((stem, missing))
        for fname in (stem + ".docx", stem + ".pdf"):
            ann = {"source": fname}
            ann.update(GOLD[stem])
            with open(os.path.join(outdir, "annotations", fname + ".json"), "w",
                      encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=2, sort_keys=False)
                fh.write("\n")
    return problems


def digest(outdir):
    out = {}
    for root, _dirs, files in os.walk(outdir):
        for f in sorted(files):
            p = os.path.join(root, f)
            out[os.path.relpath(p, outdir)] = md5(p)
    return out


def main():
    problems = build_all(HERE)
    if problems:
        for stem, missing in problems:
            print("MISSING in PDF", stem, missing)
        sys.exit(1)
    first = digest(ANN)
    for stem in BUILDERS:
        for ext in (".docx", ".pdf"):
            first[stem + ext] = md5(os.path.join(HERE, stem + ext))
    tmpdir = tempfile.mkdtemp(prefix="blind285_rerun_", dir="/tmp")
    try:
        build_all(tmpdir)
        second = digest(os.path.join(tmpdir, "annotations"))
        for stem in BUILDERS:
            for ext in (".docx", ".pdf"):
                second[stem + ext] = md5(os.path.join(tmpdir, stem + ext))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    diff = sorted(k for k in first if first[k] != second.get(k))
    if diff:
        print("NOT deterministic:", diff)
        sys.exit(1)
    for k in sorted(first):
        print(first[k], k)
    print("ok: PDF text check passed, two runs identical")


if __name__ == "__main__":
    main()
