"""Blind part 58: reproduce two stored public pages (新疆兵团, 西藏) as DOCX + PDF, with hand-written gold.

Written code-blind: the gold in DOCS was written from the stored pages before anything ran on these files.
Usage: /tmp/venv/bin/python make_blind58_layouts.py [--no-pdf]
"""
import datetime
import json
import os
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)


def _font(doc):
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")


def _para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _pin(doc):
    cp = doc.core_properties
    cp.author = "blind58"
    cp.last_modified_by = "blind58"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def _rezip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda t: (t[0] != "[Content_Types].xml", t[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------- document 1
def build_alaer(path):
    doc = Document()
    _font(doc)
    _para(doc, "您的位置:首页 >新闻中心>部门动态>详细内容")
    _para(doc, "关于再次公示《关于下达财政衔接推进乡村振兴补助资金文件及绩效目标表》的通知", bold=True, center=True, size=14)
    _para(doc, "来源: 发布时间:2025-09-19 17:30:48 浏览次数:")
    _para(doc, "关于公示《2025年财政衔接推进乡村振兴补助资金文件及绩效目标表的通知", bold=True, center=True, size=13)
    _para(doc, "为加强衔接推进乡村振兴资金的管理、落实资金项目各环节公示公开的要求并接受群众和社会的监督,"
               "现将原预下达十二团、十六团的2025年中央财政衔接推进乡村振兴补助资金(巩固拓展脱贫攻坚成果和乡村振兴任务)"
               "1921万元,以及原预下达七团、十六团、库沙新拜产业园的2025年兵团本级财政衔接推进乡村振兴补助资金3743万元的"
               "文件和绩效目标表再次公示。")
    _para(doc, "公示期为2025919日至2025929日。公示期内如发现问题,请及时联系:第一师阿拉尔市财政局,联系人蒋娟,"
               "联系电话0997-4612552;国家扶贫监督举报电话12317")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, v in enumerate(["序号", "文件号", "文件标题"]):
        t.cell(0, i).text = v
    for i, v in enumerate(["1", "师市财农发[2025]55", "关于下达财政衔接推进乡村振兴补助资金的通知"]):
        t.cell(1, i).text = v
    _para(doc, "")
    _para(doc, "关于下达财政衔接推进乡村振兴补助资金的通知", bold=True, center=True, size=13)
    _para(doc, "七团、十二团、十六团、库沙新拜产业园:")
    _para(doc, "按照《关于下达2025年第二批中央财政衔接推进乡村振兴补助资金(巩固拓展脱贫攻坚成果和乡村振兴任务)预算的通知》"
               "(兵财农202520号)和《关于下达2025年兵团本级财政衔接推进乡村振兴补助资金的通知》(兵财农202542号)的要求,"
               "关于第一师阿拉尔市2025年财政衔接推进乡村振兴补助资金拟实施项目的请示》已由2025年第13次行政常务会议审议通过。"
               "现向你单位下达2025年财政衔接推进乡村振兴补助资金5664万元(详见附件1),其中中央财政衔接推进乡村振兴补助资金"
               "1921万元,兵团本级财政衔接推进乡村振兴补助资金3743万元。以上")
    _pin(doc)
    doc.save(path)
    _rezip(path)


# ---------------------------------------------------------------- document 2
TOC = [
    ("一、部门(单位)概况", "1"), ("(一)部门(单位)职能职责", "1"), ("(二)部门组织架构", "1"),
    ("(三) 部门(单位)重点工作任务概述", "3"), ("二、预算编制及执行情况", "3"), ("(一)预算编制情况", "4"),
    ("(二)预算执行情况", "7"), ("三、绩效评价工作情况", "5"), ("(一)绩效评价目的", "8"),
    ("(二)绩效评价原则、评价指标体系、评价方法", "8"), ("(三)绩效评价工作过程", "8"), ("四、绩效评价分析情况", "9"),
    ("(一)绩效管理", "9"), ("(二)预算配置", "10"), ("(三)预算执行", "11"), ("(四)预算管理", "13"),
    ("(五)资产管理", "15"), ("(六)职责履行情况", "16"), ("(七)履职成果", "17"), ("五、绩效综合评价及结论", "18"),
    ("六、主要问题及具体建议", "19"), ("(一)存在的问题", "19"), ("(二)下一步改进工作的意见和建议", "19"),
]


def build_changdu(path):
    doc = Document()
    _font(doc)
    _para(doc, "西藏昌都市宗教事务局2022年1-9月", bold=True, center=True, size=16)
    _para(doc, "部门整体支出绩效评价报告", bold=True, center=True, size=16)
    for line in ["项目名称:2022年1-9月部门整体支出绩效评价", "实施单位:西藏昌都市宗教事务局", "委托单位:昌都市财政局",
                 "评价机构:西藏楚源会计师事务所(普通合伙)"]:
        _para(doc, line, center=True)
    _para(doc, "2022年11月", center=True)
    _para(doc, "目 录", bold=True, center=True, size=13)
    t = doc.add_table(rows=len(TOC), cols=2)
    for i, (head, page) in enumerate(TOC):
        t.cell(i, 0).text = head
        t.cell(i, 1).text = page
    _para(doc, "")
    _para(doc, "西藏昌都市宗教事务局2022年1-9月部门整体支出绩效评价报告", bold=True, center=True, size=13)
    _para(doc, "藏源财绩【2022】第186号", center=True)
    _para(doc, "依据西藏自治区《西藏自治区财政支出预算绩效评价管理暂行办法》(藏财预字〔2017〕89号)、《项目支出绩效评价管理办法》"
               "(财预〔2020〕10号)和《<昌都市本级全面实施预算绩效管理的实施方案>的通知》(昌党发〔2020〕4号),我们受昌都市财政局"
               "(简称“市财政局”)委托,于2022年11月10日至2022年11月27日对西藏昌都市宗教事务局(简称“市宗教局”)2022年1-9月的"
               "部门整体支出进行了绩效评价。评价中结合本项目实际,采用了查阅资料、实地察看、社会调查、检查、函证、询问、计算、"
               "分析性复核等程序,现将评价情况报告如下:")
    _para(doc, "一、部门(单位)概况", bold=True)
    _para(doc, "(一)部门(单位)职能职责", bold=True)
    _para(doc, "市宗教局主要职责是:")
    _para(doc, "1.贯彻执行党中央、国务院和自治区关于宗教工作的")
    _pin(doc)
    doc.save(path)
    _rezip(path)


# ---------------------------------------------------------------- gold
DOCS = [
    {
        "file": "xj-alaer-xiangcun-fund-notice.docx",
        "build": build_alaer,
        "gold": {
            "source_urls": ["http://www.ale.gov.cn/xwzx/bmdt/content_109651"],
            "province": "新疆",
            "doc_kind": "公示 + 资金下达通知 (绩效目标表 announced, page cut before it)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2025年财政衔接推进乡村振兴补助资金", "kind": "sum", "total": 5664,
                 "parts": [1921, 3743], "unit": "万元"}
            ],
            "findings": [],
            "notes": (
                "新疆生产建设兵团第一师阿拉尔市财政局, 2025-09-19 repeat 公示 of the 2025 财政衔接推进乡村振兴补助资金 "
                "document and its 绩效目标表 (sister page of the already used content_109653). The stored page holds the 公示 "
                "text, the one-row 文件 list (师市财农发[2025]55) and the start of the 下达 notice; it stops at '以上' in the "
                "middle of the notice, before 附件1 and before any 绩效目标表, so the document stops there too and has no "
                "indicator rows and no goal cells. Kept as found: the dates run together without 年/月 ('2025919日至2025929日'), "
                "the document numbers without brackets ('兵财农202520号', '兵财农202542号'), the unbalanced '》' after the "
                "请示 title, the inner title with an opening '《' and no closing one, the empty '来源:' field. Amounts are in prose "
                "(pattern 10): 5664万元 = 1921万元 (中央) + 3743万元 (兵团本级), which checks out, so the sum fact carries no "
                "finding; the 公示 paragraph repeats 1921 and 3743 with their recipient units. Judgement calls: no coverage "
                "finding because the page is cut before the 绩效目标表 (as blind55 did for reports cut before their "
                "indicators); DOCX chosen because the page is an article page with one small table."
            ),
        },
    },
    {
        "file": "xz-changdu-religion-dept-eval.docx",
        "build": build_changdu,
        "gold": {
            "source_urls": ["https://zjsw.changdu.gov.cn/cdsmzzj/c102701/202301/af3ddc0d3b1a4683a5208b0dfebd9130.shtml"],
            "province": "西藏",
            "doc_kind": "评价报告 (third-party 部门整体支出绩效评价, cover + 目录 + opening)",
            "patterns": [],
            "indicators": [],
            "goals": [],
            "facts": [],
            "findings": [],
            "notes": (
                "昌都市宗教事务局 2022年1-9月 部门整体支出绩效评价报告 by 西藏楚源会计师事务所(普通合伙), commissioned by "
                "昌都市财政局, 2022年11月, report number 藏源财绩【2022】第186号, field work 2022-11-10 to 2022-11-27. The stored "
                "page holds the cover block, the 目录 and the opening paragraph, and stops inside the first duty item "
                "('1.贯彻执行党中央、国务院和自治区关于宗教工作的'); the document stops there. Kept as found: the 目录 page numbers "
                "are out of order (二、(二)预算执行情况 7 but 三、绩效评价工作情况 5; 二、 on page 3 but its (一) on page 4), "
                "'(三) 部门' with a space, the cover title split over two lines. The 目录 is laid out as a borderless two-column "
                "table (heading, page). There are no indicators, goals, amounts, scores or grades before the cut, so the gold "
                "has none and no finding: the 目录 announces 绩效管理/预算配置/…/履职成果 and 绩效综合评价及结论, but none of "
                "their content is on the page, and a report cut before its results gets no coverage finding. Patterns: none of "
                "the issue-14 layouts appear in the part that is present (prose-only document, the second of the two allowed)."
            ),
        },
    },
]


def main():
    no_pdf = "--no-pdf" in sys.argv
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        gold = {"source": d["file"]}
        gold.update(d["gold"])
        outs = [(d["file"], gold)]
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        g2 = dict(gold)
        g2["source"] = pdf
        outs.append((pdf, g2))
        for name, g in outs:
            with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")


if __name__ == "__main__":
    main()
