"""Build the blind233 part: three prose documents (DOCX + PDF) with their gold.

The gold below is written before any file is built or read back.  Run:
    /tmp/wvenv/bin/python make_blind233_layouts.py
"""

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PROFILE = "file:///tmp/lo_blind233"
FIXED_DT = (2024, 1, 1, 0, 0, 0)


def ind(level1, level2, name, operator, value, unit, target_text,
        actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------- gold
SX_URL = "https://www.cqn.com.cn/fangchan/content/2024-01/09/content_9017912.htm"
LN_URL = "https://www.shenyang.gov.cn/zwgk/zwdt/zwyw/202201/t20220123_2663734.html"
SC_URL = "http://niudev.com/html/2023/news/12/370610.html"

SX_GOAL_2023 = "摸清底数,夯实基础,梳理经验,为县域商业三年行动提供支撑"
SX_GOAL_ALL = "建立完善县域统筹、以县城为中心、乡镇为重点、村为基础的农村商业体系"

GOLD = {}

GOLD["blind233_shanxi_xianyu_shangye"] = {
    "source_urls": [SX_URL],
    "province": "山西省",
    "doc_kind": "新闻稿转述县域商业三年行动实施方案的目标(县域商业建设行动资金)",
    "patterns": [],
    "indicators": [
        ind(None, None, "国家级县域商业建设行动试点县", ">=", 60, "个",
            "60个以上县(市、区)"),
        ind(None, None, "全国县域商业“领跑县”", ">=", 10, "个", "10个以上"),
        ind("阶段目标任务", "2024年", "县域商业建设“基本型以下”达到“基本型”目标",
            ">=", 70, "%", "70%以上"),
        ind("阶段目标任务", "2024年", "县域商业迈入“增强型”方阵", ">=", 30, "%",
            "30%以上"),
        ind("阶段目标任务", "2025年", "县域商业建设“基本型以下”达到“基本型”目标",
            "=", 100, "%", "100%"),
        ind("阶段目标任务", "2025年", "县域商业迈入“增强型”方阵", ">=", 60, "%",
            "60%以上"),
        ind("商业网点", "基本型", "综合商贸服务中心", ">=", 5000, "m",
            "面积达到 5000m及以上"),
        ind("商业网点", "基本型", "乡镇有基本型及以上商贸中心", ">=", 90, "%",
            "90%以上(含)"),
        ind("商业网点", "基本型", "行政村有基本型及以上的便民商店", ">=", 90, "%",
            "90%以上(含)"),
        ind("商业网点", "增强型", "综合商贸服务中心", ">=", 8000, "m",
            "面积达到8000 m及以上"),
        ind("商业网点", "增强型", "乡镇有基本型及以上商贸中心", ">=", 90, "%",
            "90%以上(含)"),
        ind("商业网点", "增强型", "行政村有基本型及以上便民商店", ">=", 90, "%",
            "90%以上(含)"),
    ],
    "goals": [
        {"kind": "总体目标", "text": SX_GOAL_ALL},
        {"kind": "阶段目标(2023年)", "text": SX_GOAL_2023},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": SX_GOAL_2023[:20],
         "why": "2023年阶段目标只写摸底、夯实、梳理经验,没有任何数量或完成标准"},
        {"rule": "goal.process_only", "item": SX_GOAL_2023[:20],
         "why": "2023年目标描述的是工作过程(摸清底数、梳理经验),不是产出或效果"},
        {"rule": "target.missing_unit", "item": "综合商贸服务中心",
         "why": "面积门槛写作“5000m”“8000 m”,面积用了长度单位m,应为平方米"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "所列目标全是网点覆盖和达标比例,没有农民增收、农村消费等效益或满意度目标"},
    ],
    "notes": (
        "载体是新闻网站对省级实施方案的转述稿,目标全在正文里,没有表格。"
        "“以上”“以上(含)”记为>=;2025年“100%……达到基本型”记为=100%。"
        "面积门槛原文写“5000m”和“8000 m”(缺平方),按原样保留单位m并记为单位问题。"
        "存储页在增强型指标“常住人口 10000人以上的乡镇 50%以上(”处截断,"
        "这一句的被衡量对象看不到,故不作指标行,文档照原样在此处结束;"
        "提升型的具体指标也在截断之后,不能据此判定缺失。"
        "“(图源:山西省商务厅网站)”的图片未复现。"
    ),
}

LN_GOAL = "构建以县城为中心、乡镇为重点、村为基础的县域商业体系"

GOLD["blind233_liaoning_nongcun_shangye"] = {
    "source_urls": [LN_URL],
    "province": "辽宁省",
    "doc_kind": "政府网站转载的会议报道,含农村商业建设到2025年的目标",
    "patterns": [],
    "indicators": [
        ind(None, None, "县县有连锁商超和物流配送中心", None, None, None, "基本实现"),
        ind(None, None, "乡乡有商贸中心", None, None, None, "基本实现"),
        ind(None, None, "村村通快递", None, None, None, "基本实现"),
        ind(None, None, "年均新增农村网商(店)", ">=", 2, "万家", "2万家以上"),
        ind(None, None, "经营农产品的公益性市场地市级覆盖率", ">=", 60, "%",
            "达到60%"),
    ],
    "goals": [
        {"kind": "总体目标", "text": LN_GOAL},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.qualitative_no_scale", "item": "县县有连锁商超和物流配送中心",
         "why": "只说“在具备条件的地区基本实现”,没有覆盖率或县数,无法衡量"},
        {"rule": "target.qualitative_no_scale", "item": "乡乡有商贸中心",
         "why": "“基本实现”没有比例或数量,且“具备条件的地区”范围未界定"},
        {"rule": "target.qualitative_no_scale", "item": "村村通快递",
         "why": "“基本实现”没有通达率数值"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "目标只有设施覆盖和网商数量,没有效益或服务对象满意度目标"},
    ],
    "notes": (
        "载体是市政府网站转载的《沈阳日报》会议报道,目标是一句话里的并列短语。"
        "“达到60%”按领域规则记为>=;“2万家以上”记为>=2万家,单位照写“万家”。"
        "三个“基本实现……”短语没有数值,作为无值指标行并记定性无标度。"
        "存储页到记者署名“(沈阳日报、沈报全媒体记者王晓婷)”为止,已是全文。"
    ),
}

SC_GOAL = "工業品下鄉、農產品進城雙向流通渠道進一步暢通,農民增收和消費提質實現良性循環"

GOLD["blind233_sichuan_xianyu_shangye"] = {
    "source_urls": [SC_URL],
    "province": "四川省",
    "doc_kind": "繁体转载的新闻稿,转述县域商业建设三年行动实施方案目标",
    "patterns": [],
    "indicators": [
        ind(None, None, "全國縣域商業“領跑縣”", ">=", 30, "個", "不少于30個"),
        ind(None, None, "縣域商業建設行動激勵縣", "=", 30, "個", "評選30個"),
        ind(None, None, "涉農縣(市、區)", "=", 176, "個",
            "176個涉農縣(市、區)力爭全部達到“基本型”及以上商業功能"),
    ],
    "goals": [
        {"kind": "總體目標", "text": SC_GOAL},
    ],
    "facts": [],
    "findings": [
        {"rule": "goal.unquantified", "item": SC_GOAL[:20],
         "why": "流通渠道“進一步暢通”、增收與消費“良性循環”都沒有數值或基線"},
        {"rule": "target.vague_wording", "item": SC_GOAL[:20],
         "why": "用“進一步”描述目標,沒有可核對的程度"},
        {"rule": "coverage.missing_dimension", "item": "效益指標",
         "why": "量化目標只有縣的個數,沒有效益或滿意度目標;現狀覆蓋率也未轉成2025年目標值"},
    ],
    "notes": (
        "存储页是繁体转载,原文带有镜像站的注音残留(如“發(fā)”“業(yè)”),"
        "这些残留不是中文原文的一部分,复现时去掉,名称和数字照原文保留(含“不少于”的“于”)。"
        "“不少于30個”记>=30;“評選30個”记=30;176个涉农县“力爭全部達到”基本型,"
        "按县数记=176個。段中现状数(縣城商貿中心455個、覆蓋率88.5%等)是基线,"
        "没有分母,不作为sum/rate事实。存储页到“編輯:譚鵬”为止,已是全文。"
    ),
}


# ---------------------------------------------------------------- texts
def sx_paragraphs():
    return [
        ("small", "您好,欢迎来到中国质量新闻网房产资讯!"),
        ("small", "您当前位置: 房产资讯>>山西>>深度>>"),
        ("title", "山西:到2025年打造10个以上全国县域商业“领跑县”"),
        ("small", "2024-01-09 15:28:36 中国质量新闻网"),
        ("body", "中国质量新闻网讯(顾爱龙)山西省商务厅等10部门日前联合发布了"
                 "《山西省县域商业三年行动实施方案(2023-2025年)》。方案确定的方向是"
                 + SX_GOAL_ALL + "。"),
        ("body", ("按照方案安排,到2025年,全省争取60个以上县(市、区)纳入"
                 "国家级县域商业建设行动试点县,并打造10个以上全国县域商业“领跑县”。")),
        ("small", "(图源:山西省商务厅网站)"),
        ("body", ("方案把县域商业建设划为基本型、增强型、提升型三档,对商业网点、功能业态、"
                 "物流设施、物流配送、农产品流通、农村电商、市场主体等方面分别给出了具体指标。")),
        ("body", "阶段目标任务分三年排定。2023年:" + SX_GOAL_2023 + "。"
                 "2024年:70%以上县域商业建设“基本型以下”达到“基本型”目标,"
                 "其中30%以上县域商业迈入“增强型”方阵。"
                 "2025年:100%县域商业建设“基本型以下”达到“基本型”目标,"
                 "其中60%以上县域商业迈入“增强型”方阵。"),
        ("body", ("商业网点方面,基本型要求网点设施布局基本合理:县城至少有 1个面积达到 "
                 "5000m及以上综合商贸服务中心、90%以上(含)的乡镇有基本型及以上商贸中心、"
                 "90%以上(含)的行政村有基本型及以上的便民商店。")),
        ("body", ("增强型要求网点设施布局比较合理:县城至少有 1个面积达到8000 m及以上"
                 "综合商贸服务中心,90%以上(含)的乡镇有基本型及以上商贸中心、"
                 "90%以上(含)的行政村有基本型及以上便民商店; "
                 "常住人口 10000人以上的乡镇 50%以上(")),
    ]


def ln_paragraphs():
    return [
        ("small", "首页 -> 政务公开 -> 政务动态 -> 政务要闻"),
        ("title", "全省农村商业建设工作电视电话会议召开"),
        ("small", "时间:2021年09月03日来源:沈阳日报"),
        ("small", "[字体: ] 打印"),
        ("small", "沈阳日报 2021年09月03日"),
        ("body", ("9月2日,全省召开农村商业建设工作电视电话会议,各市均设分会场,"
                 "会上对全省农村商业建设工作作了部署。市委常委、副市长李松林在沈阳分会场参会。")),
        ("body", "据介绍,近几年各地围绕扩大农村社会消费推进商业建设,带动了县城综合商贸中心、"
                 "县级物流配送中心、乡镇商贸中心等设施的建设。以这次会议为起点,全省将"
                 + LN_GOAL + ",推动农村商业建设工作迈上新台阶。"),
        ("body", ("会议提出的目标是力争到2025年:在具备条件的地区,基本实现县县有连锁商超和"
                 "物流配送中心、乡乡有商贸中心、村村通快递;年均新增农村网商(店)2万家以上;"
                 "经营农产品的公益性市场地市级覆盖率达到60%。")),
        ("small", "(沈阳日报、沈报全媒体记者王晓婷)"),
    ]


def sc_paragraphs():
    return [
        ("small", "川觀新聞記者 陳碧紅"),
        ("body", "近日,四川省商務廳等9部門印發《四川省縣域商業建設三年行動實施方案"
                 "(2023-2025年)》。按照方案,到2025年全省要爭創不少于30個全國縣域商業“領跑縣”,"
                 "評選30個縣域商業建設行動激勵縣,176個涉農縣(市、區)力爭全部達到“基本型”及以上"
                 "商業功能;同時要讓" + SC_GOAL + ",更好地回應鄉村產業振興和農村居民的生產生活需要。"),
        ("body", ("商務廳的統計顯示,四川近年持續推進縣域商業建設,目前全省共有縣城商貿中心455個,"
                 "覆蓋率達到88.5%;縣級物流配送中心270個,覆蓋率達90.16%;鄉鎮商貿中心3087個,"
                 "覆蓋率達79%;村級便民商店約11萬個,覆蓋率70%。不過,縣域區域發展不平衡、"
                 "鄉村商貿站點設施陳舊、快遞到村物流比例不高、農產品上行效率低等問題依然存在。")),
        ("body", ("為補齊農村商業設施短板、健全縣鄉村物流配送體系、引導商貿流通企業轉型升級,"
                 "方案安排了三項重點任務(完善縣域商業設施和業態、提升縣鄉村三級物流水平、"
                 "農產品上行能力提升行動),並部署三項重點工作(縣域商業體系達標驗收工作、"
                 "縣域商業“領跑縣”推薦工作、縣域商業建設行動激勵縣評選工作)。")),
        ("small", "編輯:譚鵬"),
    ]


DOCS = {
    "blind233_shanxi_xianyu_shangye": sx_paragraphs,
    "blind233_liaoning_nongcun_shangye": ln_paragraphs,
    "blind233_sichuan_xianyu_shangye": sc_paragraphs,
}


# ---------------------------------------------------------------- build
def set_font(run, size):
    run.font.size = Pt(size)
    run.font.name = "Noto Sans CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")


def build_docx(stem, paragraphs):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind233"
    cp.last_modified_by = "blind233"
    cp.title = stem
    cp.revision = 1
    cp.created = datetime(*FIXED_DT)
    cp.modified = datetime(*FIXED_DT)
    cp.last_printed = datetime(*FIXED_DT)
    for kind, text in paragraphs:
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(run, 16)
            run.bold = True
        elif kind == "small":
            set_font(run, 9)
        else:
            p.paragraph_format.first_line_indent = Pt(21)
            set_font(run, 11)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    normalise_zip(path)
    return path


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = sorted((i.filename, zin.read(i.filename)) for i in zin.infolist())
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=" + PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    normalise_pdf(pdf)
    return pdf


def fixed_date(match):
    return match.group(1) + b"20240101000000" + b"0" * (len(match.group(2)) - 14) + b")"


def fixed_id(match):
    return b"<" + b"0" * len(match.group(1)) + b">"


def normalise_pdf(pdf):
    with open(pdf, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)([^)]*)\)", fixed_date, data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fixed_id, data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]{32})", rb"\g<1>" + b"0" * 32, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(<)",
                  rb"\g<1>2024-01-01T00:00:00\g<2>", data)
    data = re.sub(rb"(uuid:)[0-9a-fA-F-]{36}", rb"\g<1>00000000-0000-0000-0000-000000000000",
                  data)
    with open(pdf, "wb") as fh:
        fh.write(data)


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(pdf, gold):
    text = squash(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"],
                                 check=True, capture_output=True, text=True).stdout)
    wanted = []
    for row in gold["indicators"]:
        wanted += [row["name"], row["target_text"]]
    wanted += [g["text"] for g in gold["goals"]]
    wanted += [f["item"] for f in gold["findings"]
               if not f["rule"].startswith("coverage.")]
    missing = [w for w in wanted if squash(w) not in text]
    return missing


def write_ann(stem, filename, gold):
    os.makedirs(ANN, exist_ok=True)
    out = {"source": filename}
    out.update(gold)
    with open(os.path.join(ANN, filename + ".json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1, sort_keys=False)
        fh.write("\n")


def main():
    # gold first: annotations are written before anything is built or read back
    for stem, gold in GOLD.items():
        write_ann(stem, stem + ".docx", gold)
        write_ann(stem, stem + ".pdf", gold)
    problems = []
    for stem, make in DOCS.items():
        path = build_docx(stem, make())
        pdf = to_pdf(path)
        missing = check_pdf(pdf, GOLD[stem])
        if missing:
            problems.append((stem, missing))
    shutil.rmtree(os.path.join(HERE, "__pycache__"), ignore_errors=True)
    total = sum(len(g["indicators"]) for g in GOLD.values())
    print("indicator rows:", total, "(per file, DOCX and PDF each carry them)")
    if problems:
        for stem, missing in problems:
            print("MISSING in", stem, missing)
        sys.exit(1)
    print("all gold strings found in the PDFs")


if __name__ == "__main__":
    main()
