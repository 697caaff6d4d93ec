"""Build the blind277 test documents (Hebei / Shaanxi budget-performance pages).

The gold for every document is written in GOLD below, before any file is read back.
Run: /tmp/wvenv/bin/python make_blind277_layouts.py
It writes the DOCX files and their PDFs beside annotations/, one JSON per file, checks with
pdftotext that every indicator name, target text, goal text and finding item is in the PDF,
and makes the files deterministic (fixed core properties, sorted zip entries, fixed zip
timestamps, fixed PDF dates and IDs).
"""

import copy
import datetime as dt
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

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
LO_DIR = "/tmp/lo_blind277"
LO_PROFILE = "file://" + LO_DIR
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

# ---------------------------------------------------------------------------
# Gold (written before anything is built or read back)
# ---------------------------------------------------------------------------

URL_MOF = ("http://www.mof.gov.cn/zhengwuxinxi/xinwenlianbo/hebeicaizhengxinxilianbo/"
           "202205/t20220524_3812558.htm")
URL_YULIN = "http://www.hszf.gov.cn/zwgk/qlyhgk/hzsyxsb/15090.htm"
URL_CANGXIAN = "http://m.beimly.com/sf_34D7AC42C9794AD98385689D33B94F8B_209_060482F1403.html"
URL_SHANGNAN = ("http://www.shangnan.gov.cn/info/egovinfo/1001/xxgk2/xxgkinfo/czj-04_A/"
                "2023-0111005.htm")


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


GOLD = {
    "blind277_hebei_xianjie_news.docx": {
        "source_urls": [URL_MOF],
        "province": "河北省",
        "doc_kind": "财政新闻(省级衔接资金投入及使用要求)",
        "patterns": [],
        "indicators": [
            ind(None, None, "用于产业发展的中央衔接资金规模占比", ">=", 55, "%",
                "不得低于到市县衔接资金总规模的55%"),
        ],
        "goals": [],
        "facts": [
            {"metric": "省以上财政衔接推进乡村振兴补助资金", "kind": "sum", "total": 113.12,
             "parts": [42.76, 70.36], "unit": "亿元"},
        ],
        "findings": [
            {"rule": "target.input_or_process", "item": "用于产业发展的中央衔接资金规模占比",
             "why": "the target is a share of money allocated (an input), not an output or effect"},
        ],
        "notes": ("财政部网站河北财政新闻联播栏目的一篇短讯(2022年05月24日)。只有一个带数值的要求:"
                  "产业发展占比原则上不低于55%,同句还要求不低于2021年的占比,但没有给出2021年的数值,"
                  "故不单列为指标行。113.12=42.76+70.36 成立。页面存储文本完整(至“发布日期”止),"
                  "附件下载与相关文章为空。目标只在正文中(第一份纯文字目标文档)。"),
    },
    "blind277_yulin_xianjie_notice_2021.docx": {
        "source_urls": [URL_YULIN],
        "province": "陕西省",
        "doc_kind": "资金下达通知(市级,转载于区政府网站)",
        "patterns": [],
        "indicators": [
            ind(None, None, "用于产业发展的资金规模占比", ">=", 50, "%", "原则上不低于总规模50%"),
        ],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.input_or_process", "item": "用于产业发展的资金规模占比",
             "why": "the target is a share of money allocated (an input), not an output or effect"},
        ],
        "notes": ("榆林市财政局下达2021年衔接资金的通知,登在横山区政府网站。数字 1100231、2130505、"
                  "51301 是收支科目编码,8个脱贫县 是对象数,均不是金额或目标。原文有笔误:文件名"
                  "“关于下达2021中央和省级…”缺“年”字,“按照接资金管理”缺“衔”字,“财农【2021】22号”"
                  "括号不规范,均照录。“不得低于2020年用于产业发展的资金占比”无数值,不单列。页面存储"
                  "文本止于第三条“确需通过一个指标文件”(句子未完),附件1未见。目标只在正文中"
                  "(第二份纯文字目标文档)。"),
    },
    "blind277_cangxian_hongzao_pingjia.docx": {
        "source_urls": [URL_CANGXIAN],
        "province": "河北省",
        "doc_kind": "绩效评价新闻报道(县级林业项目,繁体转载页)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("转载站上的繁体报道,讲河北省林草局组织专家对沧县2023年度红枣产业建设项目做绩效"
                  "评价。存储文本里夹有拼音残留(如“林業(yè)”“鄉(xiāng)鎮(zhèn)”),项目名前后不一"
                  "(“2023年度”与“2023年”),均照录。总投资150万元、建设总面积2637亩是项目概况,"
                  "亩增收850元/2000元是实现的结果,文中没有写出任何目标值或评分等级,因此不设指标行,"
                  "也不据此判定。页面存储文本止于“帶動了群眾穩定就業增”(句子未完)。"),
    },
    "blind277_shangnan_xianjie_notice_2023.docx": {
        "source_urls": [URL_SHANGNAN],
        "province": "陕西省",
        "doc_kind": "资金下达通知(县级)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("商南县财政局提前下达2023年衔接资金的通知,只有一个金额(专项资金2880万元)和使用"
                  "要求,没有绩效目标或指标。标题写“省级财政衔接推进乡村振兴补助资金”,正文依据的却是"
                  "商洛市财政局下达“中央财政衔接推进乡村振兴补助资金”的文件并标注“01中央直达资金”,"
                  "前后不一,照录(无对应规则编号,不列为发现)。“成文日期”为空照录。页面存储文本止于"
                  "第三条“落实绩效管”(句子未完)。"),
    },
}

# ---------------------------------------------------------------------------
# Document text (page layout as stored; long sentences reworded, figures kept)
# ---------------------------------------------------------------------------

MOF_TITLE = "河北省投入衔接推进乡村振兴补助资金113.12亿元"
MOF_HEAD = [
    "中华人民共和国财政部",
    "EN",
    "热门检索:财政收支积极财政政策减税降费",
    "您现在的位置:首页>新闻报道>全国财政新闻联播>河北财政新闻联播",
]
MOF_BODY = [
    ("今年以来,河北全省已累计投入省以上财政衔接推进乡村振兴补助资金113.12亿元,其中中央财政"
    "资金42.76亿元,省级财政资金70.36亿元。"),
    ("河北省财政厅等六部门日前联合发文,对资金使用提出要求:衔接资金要落实中央和省里关于更多依靠"
    "发展来巩固拓展脱贫攻坚成果的部署,把产业发展摆在优先位置。今年用于产业发展的中央衔接资金"
    "规模占比,原则上不得低于到市县衔接资金总规模的55%,同时不得低于2021年的资金占比。"),
    ("项目管理方面,要把项目库建立健全,把项目前期工作做扎实,并加强实施过程的管理。市县财政部门"
    "要加快衔接资金的下达和支出,落实绩效管理要求,加强跟踪督促,提高资金使用效益。"),
    ("直达资金管理方面,自今年起衔接资金纳入中央直达资金管理,2021年12月提前下达的衔接资金也在"
    "其内。市县财政部门接收预算指标时要保持中央直达资金标识不变,并贯穿资金分配、拨付、使用各个"
    "环节。"),
]
MOF_TAIL = ["附件下载:", "相关文章:", "发布日期:2022年05月24日"]

YULIN_TITLE = "榆林市财政局关于下达2021年中央和省级财政衔接推进乡村振兴补助资金的通知"
YULIN_META_LINE = "发布时间:2021-06-11 12:01 来源: 财政局"
YULIN_META = [
    ["索引号", "", "发布日期", "2021-06-11 12:01:22"],
    ["发布机构", "横山区信息化工作办公室", "标    题", YULIN_TITLE],
]
YULIN_BODY = [
    "各有关县区财政局:",
    ("依据陕西省财政厅《关于下达2021中央和省级财政衔接推进乡村振兴补助资金预算的通知》(陕财办农"
    "[2021]33号),现将2021年中央和省级财政衔接推进乡村振兴补助资金(以下简称“衔接资金”)下达给"
    "你们,分配情况见附件1。中央资金的收入科目列入2021年“1100231贫困地区转移支付收入”,支出功能"
    "科目列入“2130505生产发展”,经济科目列“51301上下级政府间转移性支出”;省级资金的功能科目列"
    "2021年“2130505生产发展”,经济科目列“51301上下级政府间转移性支出”。"),
    ("一、各县市区财政部门要会同有关部门认真落实党中央、国务院关于脱贫攻坚与乡村振兴战略有机衔接"
    "的精神,按照接资金管理相关制度要求管好用好衔接资金,落实绩效管理要求,加快拨付进度,发挥资金"
    "效益。资金安排重点用于巩固拓展脱贫攻坚成果,并积极衔接推进乡村产业振兴。安排给8个脱贫县的"
    "资金,依照《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》(财农【2021】22号)和过渡期"
    "脱贫县统筹整合使用财政涉农资金工作的有关规定执行。"),
    ("二、衔接资金的各项任务都要把产业发展作为支持重点,用于产业发展的资金规模占比原则上不低于"
    "总规模50%,并且不得低于2020年用于产业发展的资金占比。"),
    ("三、各县市区财政部门拨付衔接资金时,中央、省、市、县级资金应分别制发指标文件,确需通过一个"
    "指标文件"),
]

CANGXIAN_BODY = [
    ("6月19日,河北省林業(yè)和草原局組織河北省林業(yè)和草原科學研究院經濟林研究所、"
    "河北省林業(yè)和草原技術推廣總站、河北省林草種苗與經濟林花卉中心、邯鄲市林業(yè)局科技處、"
    "辛集市自然資源和規(guī)劃局等單位的專家組成績效評價組,對《滄縣2023年度紅棗產業(yè)建設(shè)項目》"
    "進行績效評價考核,滄州市林業(yè)技術推廣站配合專家組做好對接工作。"),
    ("該項目屬於省級林業(yè)改革發(fā)展資金補助項目,由滄縣自然資源和規(guī)劃局承建,總投資150萬元,"
    "建設總面積2637畝,分佈在滄縣紅棗核心種植區(qū)的崔爾莊、高川、杜生、張官屯和李天木5個"
    "鄉(xiāng)鎮(zhèn)9個示范區(qū)。項目區(qū)生產中嚴格執行DB13/T5680-2023和GB/T32714-2016技術規程,"
    "在落實綜合配套技術的同時,著重推廣水肥一體化節水滲灌、古棗樹復壯保護、樹體結構改造提升、"
    "有機菌肥、生物農藥、塗抹粘蟲膠、懸掛物理滅蛾器等標準化生產技術,增強了樹體抗災和抗病蟲能力,"
    "用藥次數減少,棗果品質提高,實現金絲小棗畝增收850元、冬棗畝增收2000元。"),
    ("專家組按照項目績效評價的標準和要求,採用聽取匯報、查閱檔案、實地核查、調研走訪等辦法,從項目"
    "方案編制、績效目標、組織實施、資金管理、項目產出及效益指標等6個方面進行評價,並給予充分肯定。"
    "專家組一致認為,《滄縣2023年紅棗產業(yè)建設(shè)項目》高質量完成了合同規定的建設任務和經濟技術"
    "指標,經濟、生態和社會效益明顯;項目建設提升了基地建設水平,起到了科技示範、良種示範和栽培"
    "示範的作用,帶動了群眾穩定就業增"),
]

SHANGNAN_TITLE = "商南县财政局关于提前下达2023年省级财政衔接推进乡村振兴补助资金的通知"
SHANGNAN_META = [
    ["索 引  号:", "czj-04_A/2023-0111005", "主题分类:", "财政、金融、审计/财政", "发布机构:", "财政局"],
    ["标      题:", SHANGNAN_TITLE, "", "", "", ""],
    ["成文日期:", "", "公开目录:", "乡村振兴", "发布日期:", "2022年12月26日"],
    ["发文字号:", "商南财办农〔2022〕87号", "公文时效:", "有效", "", ""],
]
SHANGNAN_BODY = [
    "乡村振兴局:",
    ("依据商洛市财政局《关于提前下达2023年中央财政衔接推进乡村振兴补助资金的通知》(商财办农"
    "〔2022〕138号),现向你单位下达专项资金2880万元,用于巩固拓展脱贫攻坚成果和乡村振兴方面的"
    "支出。资金使用管理的有关要求如下:"),
    ("一、该笔资金纳入直达资金管理,标识为“01中央直达资金”,请按直达资金管理办法使用,做到数据"
    "真实、账目清楚、流向明确。"),
    ("二、突出衔接资金支持重点。认真落实党的二十大精神和《中共中央国务院关于实现巩固拓展脱贫攻坚"
    "成果同乡村振兴有效衔接的意见》,按《陕西省财政厅等六部门关于加强财政衔接推进乡村振兴补助资金"
    "使用管理的通知》(陕财办农〔2022〕68号)、《过渡期脱贫县统筹整合使用财政涉农资金工作实施细则》"
    "(陕财办农〔2021〕38号)的规定执行。督促有关部门抓好项目谋划等前期工作,优先支持联农带农富农"
    "产业发展,巩固拓展脱贫攻坚成果,增强脱贫地区和脱贫群众的内生发展动力。"),
    ("三、强化资金项目管理。要严格按照管理办法规定的用途安排资金,坚决不得用于负面清单事项;尽快"
    "把资金落实到具体项目,加强项目实施的跟踪调度,督促项目加快完工,落实绩效管"),
]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def set_font(run, size=11, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    rfonts.set(qn("w:ascii"), FONT)
    rfonts.set(qn("w:hAnsi"), FONT)


def para(doc, text, size=11, bold=False, center=False, indent=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    set_font(p.add_run(text), size=size, bold=bold)
    return p


def table(doc, rows, merges=()):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncols):
            cell = t.cell(i, j)
            cell.text = ""
            txt = r[j] if j < len(r) else ""
            set_font(cell.paragraphs[0].add_run(txt), size=10)
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    return t


def new_doc():
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind277"
    cp.last_modified_by = "blind277"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return doc


def normalize_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(n, zin.read(n)) for n in sorted(zin.namelist())]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def fix_pdf(path):
    with open(path, "rb") as f:
        data = f.read()

    def same_len_date(m):
        inner = m.group(2)
        fixed = (b"D:20240101000000" + b"0" * len(inner))[:len(inner)]
        return m.group(1) + b"(" + fixed + b")"

    data = re.sub(rb"(/CreationDate|/ModDate)\(([^)]*)\)", same_len_date, data)

    def same_len_id(m):
        return b"<" + b"0" * len(m.group(1)) + b">"

    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: re.sub(rb"<([0-9A-Fa-f]+)>", same_len_id, m.group(0)), data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)",
                  lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    with open(path, "wb") as f:
        f.write(data)


def export_pdf(src):
    outdir = os.path.join(LO_DIR, "out")
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", "pdf", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    name = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    dst = os.path.join(HERE, name)
    shutil.move(os.path.join(outdir, name), dst)
    shutil.rmtree(outdir, ignore_errors=True)
    fix_pdf(dst)
    return dst


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def build_mof(path):
    doc = new_doc()
    for line in MOF_HEAD:
        para(doc, line, size=9)
    para(doc, MOF_TITLE, size=16, bold=True, center=True)
    for text in MOF_BODY:
        para(doc, text, indent=True)
    for line in MOF_TAIL:
        para(doc, line, size=10)
    doc.save(path)


def build_yulin(path):
    doc = new_doc()
    para(doc, YULIN_TITLE, size=15, bold=True, center=True)
    para(doc, YULIN_META_LINE, size=9, center=True)
    table(doc, YULIN_META)
    para(doc, YULIN_TITLE, size=12, bold=True, center=True)
    para(doc, YULIN_BODY[0])
    for text in YULIN_BODY[1:]:
        para(doc, text, indent=True)
    doc.save(path)


def build_cangxian(path):
    doc = new_doc()
    for text in CANGXIAN_BODY:
        para(doc, text, indent=True)
    doc.save(path)


def build_shangnan(path):
    doc = new_doc()
    para(doc, "政府信息公开", size=10)
    para(doc, SHANGNAN_TITLE, size=14, bold=True, center=True)
    table(doc, SHANGNAN_META, merges=[(1, 1, 1, 5)])
    para(doc, "[字号: ]", size=9)
    para(doc, SHANGNAN_BODY[0])
    for text in SHANGNAN_BODY[1:]:
        para(doc, text, indent=True)
    doc.save(path)


BUILDERS = {
    "blind277_hebei_xianjie_news.docx": build_mof,
    "blind277_yulin_xianjie_notice_2021.docx": build_yulin,
    "blind277_cangxian_hongzao_pingjia.docx": build_cangxian,
    "blind277_shangnan_xianjie_notice_2023.docx": build_shangnan,
}

# ---------------------------------------------------------------------------
# Annotations and checks
# ---------------------------------------------------------------------------


def write_json(name, gold):
    rec = {"source": name}
    rec.update(copy.deepcopy(gold))
    out = os.path.join(ANN, name + ".json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2, sort_keys=False)
        f.write("\n")
    return out


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    txt = squash(txt)
    needles = []
    for row in gold["indicators"]:
        needles += [row["name"], row["target_text"]]
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"]]
    missing = [n for n in needles if n and squash(n) not in txt]
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    for name, builder in BUILDERS.items():
        path = os.path.join(HERE, name)
        builder(path)
        normalize_zip(path)
        pdf = export_pdf(path)
        gold = GOLD[name]
        write_json(name, gold)
        write_json(os.path.basename(pdf), gold)
        missing = check_pdf(pdf, gold)
        if missing:
            problems.append((name, missing))
        print(f"{name}: indicators={len(gold['indicators'])} goals={len(gold['goals'])} "
              f"facts={len(gold['facts'])} findings={len(gold['findings'])} "
              f"missing_in_pdf={missing}")
    if problems:
        print("CHECK FAILED", problems)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
