"""Build the blind282 part: four DOCX documents (central China), their PDFs and gold JSON.

The gold is written first (GOLD below), before any file is built or read.
Run: /tmp/wvenv/bin/python make_blind282_layouts.py
"""

import datetime
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind282"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

URL_QMJS = "http://www.huangshi.gov.cn/ztjj/2023sjss/ncglxg/my6/202305/t20230530_1018268.html"
URL_NEWS = "http://hubei.baitongwang.com/jingdian/2023/0802/28309.html"
URL_XUNYANG = (
    "http://www.xunyang.gov.cn/zwgk/zfxxgkzl/bmxxgk/czj/fdzdgknr_171192/"
    "czjzdlyxxgk/zxzj_151631/202601/t20260106_7142006.html"
)
URL_NANXIAN = "http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html"


def ind(name, operator, value, unit, target_text, actual=None, level1=None, level2=None,
        weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---------------------------------------------------------------------------
# GOLD (written before anything is built or read)
# ---------------------------------------------------------------------------
GOLD = {
    "blind282_huangshi_qmjs_1_3yue.docx": {
        "source_urls": [URL_QMJS],
        "province": "湖北省",
        "doc_kind": "市级民生实事项目月度进展通报(全民健身示范工程1-3月份进展)",
        "patterns": [],
        "indicators": [
            ind("全民健身示范工程", "=", 10, "个", "10个全民健身示范工程", actual=7),
        ],
        "goals": [
            {"kind": "月度计划", "text": "加快未开工项目尽快开工"},
        ],
        "facts": [
            {"metric": "全民健身示范工程开工率", "kind": "rate", "total": 10, "parts": [8],
             "unit": "%", "stated": 80},
            {"metric": "全民健身示范工程完工率", "kind": "rate", "total": 10, "parts": [7],
             "unit": "%", "stated": 70},
            {"metric": "已完工全民健身示范工程", "kind": "sum", "total": 7, "parts": [5, 1, 1],
             "unit": "个"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "加快未开工项目尽快开工",
             "why": "4月份计划只写加快、尽快,没有要开工的个数,也没有日期"},
        ],
        "notes": (
            "黄石市重点民生实事项目建设指挥部办公室“每月完成情况”栏目里的一条短通报,"
            "存储页面完整(正文两段)。目标只在行文里:年度任务10个全民健身示范工程;"
            "8/10=80%、7/10=70%与所写开工率、完工率一致,5+1+1=7也一致,所以不记 consistency 问题。"
            "“完成投资248万元、占年度计划的80%”没有写年度计划金额(约310万元只能反推),"
            "未作为 fact。actual 取已完工数7(一季度进度,不是年末值)。正文长句已改写,数字保留。"
        ),
    },
    "blind282_huangshi_shijian_xinwen.docx": {
        "source_urls": [URL_NEWS],
        "province": "湖北省",
        "doc_kind": "市政府“十件实事”落实情况新闻通报(转载)",
        "patterns": [],
        "indicators": [
            ind("分项", "=", 17, "个", "17个分项", actual=17),
            ind("子项", "=", 1739, "个", "1739个子项"),
            ind("省级美丽乡村建设试点村项目", "=", 10, "个", "10个省级美丽乡村建设试点村项目",
                actual=10),
            ind("建制村农村环境综合整治项目", "=", 20, "个", "20个建制村农村环境综合整治项目",
                actual=15),
        ],
        "goals": [
            {"kind": "总体目标", "text": "把实事办好、好事办实"},
        ],
        "facts": [
            {"metric": "“十件实事”子项开工率", "kind": "rate", "total": 1739, "parts": [1457],
             "unit": "%", "stated": 83.8},
            {"metric": "“十件实事”子项完工率", "kind": "rate", "total": 1739, "parts": [1248],
             "unit": "%", "stated": 71.8},
            {"metric": "建制村农村环境综合整治完成全年目标任务比例", "kind": "rate", "total": 20,
             "parts": [15], "unit": "%", "stated": 75},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": "把实事办好、好事办实",
             "why": "承诺只是口号,没有数量、完成时间或验收口径"},
        ],
        "notes": (
            "转载自腾讯网/极目新闻的新闻稿,存储页面在“大泉路快速化改造、迎宾大道交通设”处截断,"
            "文档也停在那里(句子不完整,照原样保留)。目标只在行文里。"
            "1457/1739=83.78%≈83.8%、1248/1739=71.77%≈71.8%、15/20=75%,与所写一致,不记 consistency。"
            "“完成投资34.1亿元、占年度计划的71.6%”没有年度计划金额,未作 fact。"
            "子项的 actual 留空:原文同时给开工1457个和完工1248个,放在 facts 里。"
            "堤防8.8公里、主干渠8.8公里、灌溉面积10万亩是完成量,没有对应目标,不作指标。"
            "开工率、完工率数字在原文出现两次,文档保留两处。长句已改写,数字和名称保留。"
        ),
    },
    "blind282_xunyang_fgw_2024_zhengti.docx": {
        "source_urls": [URL_XUNYANG],
        "province": "江西省",
        "doc_kind": "区级部门整体支出绩效评价报告(第三方,开头部分)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "九江市浔阳区(市辖区)发改委2024年度部门整体支出绩效评价报告,由第三方中介机构出具。"
            "存储页面只到“一、部门概况”下职责第(5)条“拟订全社会固定资产投资总规模和投资结构”"
            "为止,文档也停在该处;评分表、绩效目标和指标都在页面之外,所以不记任何指标或问题"
            "(不能因页面截断而记 coverage)。页首是信息公开元数据;文号“浔诚会绩评字[2025]**号”"
            "带占位符**,照原样保留(不是指标,不记 target.placeholder)。“赣发〔2019〕8 号”中的空格照原样。"
            "读取器应当给出零个指标、零个目标。"
        ),
    },
    "blind282_nanxian_zjj_2018_zhengti.docx": {
        "source_urls": [URL_NANXIAN],
        "province": "湖南省",
        "doc_kind": "县级部门整体支出绩效评价(自评)报告(开头部分)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "益阳市南县住房和城乡建设局2018年度整体支出绩效评价报告(县级,不是市级:本角度的市级页面"
            "在语料里已被用完)。存储页面在“行政事业总编制为249个,其中行政编13个、全额事业编45个、差额”"
            "处截断,文档也停在那里;编制的分项不全,所以不记 sum fact,也不记 consistency.sum。"
            "标题中“整体支出 绩效评价报告”的空格、文号里的【】括号照原样保留。"
            "21个股室和直属单位、8个二级单位是机构数,不是预算数字。没有指标或目标出现在存储文本中。"
        ),
    },
}


# ---------------------------------------------------------------------------
# document content (stored layout; long sentences reworded, figures kept)
# ---------------------------------------------------------------------------
def para(kind, text):
    return (kind, text)


CONTENT = {
    "blind282_huangshi_qmjs_1_3yue.docx": [
        para("p", "当前栏目:每月完成情况"),
        para("title", "1-3月份进展"),
        para("p", "来源:黄石市重点民生实事项目建设指挥部办公室    时间:2023-04-04"),
        para("p", "分享:"),
        para("body", "1-3月份项目进展:10个全民健身示范工程中已有8个开工、开工率80%,"
                     "其中7个已经完工、完工率70%,完工的是5个文体广场、1个智慧共享健身中心"
                     "和1个运动健身中心;累计完成投资248万元、占年度计划的80%。"),
        para("body", "4月份计划:加快未开工项目尽快开工。"),
    ],
    "blind282_huangshi_shijian_xinwen.docx": [
        para("title", "黄石晒出“十件实事”清单,乡村面貌日新月异"),
        para("p", "时间:2023-08-02 03:59:48来源:腾讯网"),
        para("title", "黄石晒出“十件实事”清单,乡村面貌日新月异"),
        para("p", "极目新闻记者 梁传松"),
        para("p", "通讯员 戴鼎程贞贞"),
        para("p", "(资料图)"),
        para("body", "7月31日,湖北省黄石市政府举行新闻发布会,通报年初确定的“十件实事”推进情况。"
                     "记者了解到,到目前为止,“十件实事”的17个分项已全部开工;1739个子项中"
                     "已开工1457个、开工率83.8%,完工子项1248个、完工率71.8%;"
                     "累计完成投资34.1亿元、占年度计划的71.6%。"),
        para("body", "黄石市发展和改革委员会一位负责人介绍,市委、市政府一直坚持以人民为中心的发展思想,"
                     "把群众身边的“小事”当成头等大事,每年都坚持办好十件实事。从去年年底起,"
                     "该市广泛征集、逐项梳理,在教育、民政、卫生、城建、农业农村等领域选出一批民生实事项目,"
                     "汇成2023年市政府“十件实事”,提请市第十五届人民代表大会第二次会议审定后及时向社会公开,"
                     "郑重承诺把实事办好、好事办实。"),
        para("body", "全市上下经过半年多的共同努力,目前“十件实事”的17个分项已全部开工,"
                     "1739个子项已开工1457个、开工率83.8%,完工子项1248个、完工率71.8%,"
                     "完成投资34.1亿元、占年度计划的71.6%。这些项目落地后,城乡宜居宜业水平明显提升。"),
        para("p", "发布会现场 极目新闻记者梁传松摄"),
        para("body", "乡村面貌日新月异。10个省级美丽乡村建设试点村项目已全部完工,并通过了市州交叉验收。"
                     "20个建制村农村环境综合整治项目已完工15个,完成全年目标任务的75%。"
                     "水利补短板工作加快推进,已建成中小河流堤防8.8公里、改造灌区主干渠8.8公里,"
                     "改善灌溉面积10万亩。"),
        para("body", "交通出行更为便捷。S203黄石段(沿江大道)项目正在冲刺全线贯通,"
                     "大泉路快速化改造、迎宾大道交通设"),
    ],
    "blind282_xunyang_fgw_2024_zhengti.docx": [
        para("p", "- 信息类别: 财政专项资金"),
        para("p", "- 公开方式: 主动公开"),
        para("p", "- 生成日期:2026-01-06"),
        para("p", "- 公开时限: 常年公开"),
        para("p", "- 公开范围: 面向全社会"),
        para("p", "- 信息索取号:000014349/2026-00041"),
        para("title", "2024年九江市浔阳区发改委部门整体支出报告"),
        para("p", "关联导读:"),
        para("title", "2024年度部门整体支出绩效评价报告"),
        para("center", "浔诚会绩评字[2025]**号"),
        para("body", "为贯彻落实《中共中央 国务院关于全面实施预算绩效管理的意见》(中发〔2018〕34号)、"
                     "《中共江西省委 江西省人民政府关于全面实施预算绩效管理的实施意见》(赣发〔2019〕8 号)"
                     "和《浔阳区财政局关于开展2025年度预算绩效管理评价工作的通知》(浔财绩〔2025〕2号)的要求,"
                     "建立科学、合理的预算绩效评价管理体系,提高财政资源配置和使用效率,九江市浔阳区财政局"
                     "组织开展了2025年财政重点绩效评价工作。我们作为第三方绩效评价中介机构,承担九江市浔阳区"
                     "发展和改革委员会(以下简称“区发改委”)2024年度部门整体支出的绩效评价工作;区发改委对所提供"
                     "的部门整体支出绩效评价相关资料的真实性、合法性、完整性负责,我们负责对区发改委2024年度"
                     "部门整体支出发表绩效评价意见。评价经过前期调研、方案制定、现场调研取数、绩效分析等环节,"
                     "从部门决策、部门管理、部门产出、效益四个方面展开,现将结果报告如下:"),
        para("h", "一、部门概况"),
        para("h", "(一)部门主要职责职能、组织架构、人员及资产等基本情况"),
        para("h", "1.部门主要职责职能"),
        para("body", "九江市浔阳区发展和改革委员会具体职责如下:"),
        para("body", "(1)拟订全区国民经济和社会发展战略、中长期规划和年度计划,并组织实施。"),
        para("body", "(2)负责监测全区宏观经济和社会发展态势。"),
        para("body", "(3)承担经济体制改革的指导推进和综合协调有关工作。"),
        para("body", "(4)承担全区重大建设项目和生产力布局规划的有关工作。"),
        para("body", "(5)拟订全社会固定资产投资总规模和投资结构"),
    ],
    "blind282_nanxian_zjj_2018_zhengti.docx": [
        para("p", "归档时间:2023-06-15"),
        para("p", "当前位置: 首页 > 公开领域 > 城乡规划"),
        para("title", "南县住房和城乡建设局2018年度整体支出 绩效评价报告"),
        para("p", "详细信息"),
        para("p", "公开具体内容"),
        para("title", "南县住房和城乡建设局2018年度整体支出"),
        para("title", "绩效评价报告"),
        para("body", "为检验预算编制是否科学、合理、规范,提升我局预算编制、执行、监督和绩效管理能力,"
                     "压实预算支出责任,管好用好财政资金、保证资金使用效益,并为今后年度的预算安排和"
                     "绩效考核提供参考,我局依据《中华人民共和国预算法》、《湖南省人民政府关于全面推进"
                     "预算绩效管理的意见》(湘政发【2012】33号)、《预算管理绩效管理工作考核办法》"
                     "(湘财绩【2015】15号)、《南县人民政府关于全面推进预算绩效管理的意见》(南政发【2014】7号)、"
                     "《南县财政局关于做好2018年度预算绩效自评工作的通知》(南财绩【2019】7号)等文件规定,"
                     "对2018年度预算绩效开展了自我评价。现将具体情况报告如下:"),
        para("h", "一、部门概况"),
        para("body", "1、组织机构设置及人员情况:南县住房和城乡建设局是正科级行政单位,内设办公室、人事股、"
                     "财计股、法规股、联合工会、政务服务股、房改股、城建档案馆、城市建设股、村镇建设股、"
                     "规划技术股、规划管理股、建筑管理股、公用事业股、建设工程管理站、燃气办、质安监站、"
                     "建筑材料检测中心、城乡规划建设服务中心、规划勘测设计院、信息中心21个股室和直属单位,"
                     "另按规定设有机关党支部和纪检监察室;下辖自来水公司、环境卫生管理处、公用事业设施管理站、"
                     "德昌公园管理处、路灯管理所、建筑勘察设计院、园林绿化管理处、建筑工程公司8个二级单位。"
                     "全局现有在职人员246人,离退休人员85人。行政事业总编制为249个,其中行政编13个、"
                     "全额事业编45个、差额"),
    ],
}


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
def set_run_font(run, size=11, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)


def build_docx(path, blocks):
    doc = Document()
    cp = doc.core_properties
    cp.author = "blind282"
    cp.last_modified_by = "blind282"
    cp.title = path.stem
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    for kind, text in blocks:
        p = doc.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(run, 15, True)
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(run, 11)
        elif kind == "h":
            set_run_font(run, 12, True)
        elif kind == "body":
            p.paragraph_format.first_line_indent = Pt(22)
            set_run_font(run, 11)
        else:
            set_run_font(run, 10.5)
    tmp = path.with_suffix(".tmp.docx")
    doc.save(tmp)
    normalise_zip(tmp, path)
    tmp.unlink()


def normalise_zip(src, dst):
    with zipfile.ZipFile(src) as zin:
        items = sorted((i.filename, zin.read(i.filename)) for i in zin.infolist())
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def fix_pdf(path):
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}[^)>]*", lambda m: _same_len_bytes(m.group(0), b"D:20240101000000"),
                  data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2)
                                   + b">", m.group(0)),
                  data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+",
                  lambda m: re.sub(rb"/[0-9A-Fa-f]+$", lambda h: b"/" + b"0" * (len(h.group(0)) - 1),
                                   m.group(0)),
                  data)
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\1>",
                  lambda m: _fix_xmp(m.group(0)), data)
    path.write_bytes(data)


def _same_len_bytes(s, fill):
    out = fill[: len(s)]
    return out + b"0" * (len(s) - len(out))


def _fix_xmp(s):
    head, rest = s.split(b">", 1)
    body, tail = rest.split(b"<", 1)
    new = (b"2024-01-01T00:00:00" + b"0" * 40)[: len(body)]
    return head + b">" + new + b"<" + tail


def to_pdf(docx_path):
    with tempfile.TemporaryDirectory(prefix="blind282_") as td:
        cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
               "--convert-to", "pdf", "--outdir", td, str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        out = Path(td) / (docx_path.stem + ".pdf")
        pdf = docx_path.with_suffix(".pdf")
        shutil.copyfile(out, pdf)
    fix_pdf(pdf)
    return pdf


def squash(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = squash(text)
    needles = []
    for i in gold["indicators"]:
        needles += [i["name"], i["target_text"]]
    needles += [g["text"] for g in gold["goals"]]
    needles += [f["item"] for f in gold["findings"]]
    missing = [n for n in needles if n and squash(n) not in flat]
    return missing


def write_json(name, gold):
    rec = {"source": name}
    for key in ("source_urls", "province", "doc_kind", "patterns", "indicators", "goals",
                "facts", "findings", "notes"):
        rec[key] = gold[key]
    (ANN / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n",
                                      encoding="utf-8")


def main():
    ANN.mkdir(exist_ok=True)
    problems = []
    sums = {}
    for name, gold in GOLD.items():
        docx_path = HERE / name
        build_docx(docx_path, CONTENT[name])
        pdf = to_pdf(docx_path)
        write_json(name, gold)
        write_json(pdf.name, gold)
        missing = check_pdf(pdf, gold)
        if missing:
            problems.append((pdf.name, missing))
        for p in (docx_path, pdf):
            sums[p.name] = hashlib.md5(p.read_bytes()).hexdigest()
    for k in sorted(sums):
        print(sums[k], k)
    if problems:
        for name, missing in problems:
            print("MISSING in", name, missing, file=sys.stderr)
        sys.exit(1)
    print("all gold strings found in PDFs")


if __name__ == "__main__":
    main()
