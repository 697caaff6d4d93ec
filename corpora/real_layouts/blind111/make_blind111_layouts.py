#!/usr/bin/env python3
"""Blind part blind111: real-layout documents rebuilt from stored public pages.

Written by an annotator who has not read the toolkit's code. The gold answers
(annotations/*.json) are written here, before any tool looks at the files.

Run:  /tmp/venv/bin/python make_blind111_layouts.py
Writes DOCX files, their PDFs (LibreOffice) and the gold JSON next to this script.
"""
import datetime
import io
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
ZIP_TIME = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- helpers
def new_doc(title):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    cp = doc.core_properties
    cp.author = "blind111"
    cp.last_modified_by = "blind111"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def heading(doc, text, size=14, center=True, bold=True):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(doc, text, bold=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    return p


def save_docx(doc, path):
    """Save, then rewrite the zip with fixed timestamps (deterministic bytes)."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    src = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, src.read(name))


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_gold(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    for ext_name in (fname, os.path.splitext(fname)[0] + ".pdf"):
        g = dict(gold)
        g["source"] = ext_name
        with open(os.path.join(ANN, ext_name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


# ======================================================================
# Document 1: 海南 儋州 兰洋镇 2023年度财政衔接资金项目绩效自评总结报告 (prose)
# ======================================================================
D1 = "hainan-lanyang-xianjie-selfreport.docx"
D1_GOAL = ("2023年度衔接资金项目绩效目标着眼于发展村集体经济、增加村集体经济收益、"
           "带动农户务工并提升其能力、按实际情况推进项目建设，以及有效改善村民生产生活条件。")
D1_FUNDS = ("2023年我镇获得财政衔接资金共1206.591万元，其中：中央专项衔接资金729.976万元，"
            "省级专项衔接资金306万元，市级资金170.615万元。")
D1_PROJECTS = ("结合本镇衔接资金建设需要，确定实施6个项目，分别为峨阳智能生态农场项目（兰洋镇）、"
               "（略）和排水沟建设工程、（略）建设项目、（略）建设项目、（略）建设项目、"
               "兰洋镇大塘村委会大塘村排水沟建设项目。")

GOLD1 = {
    "source": D1,
    "source_urls": ["https://gc-zb.com/read-423824640.html"],
    "province": "海南",
    "doc_kind": "自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标", "text": D1_GOAL},
    ],
    "facts": [
        {"metric": "财政衔接资金", "kind": "sum", "total": 1206.591,
         "parts": [729.976, 306, 170.615], "unit": "万元"},
        {"metric": "衔接资金建设项目个数", "kind": "sum", "total": 6,
         "parts": [1, 1, 1, 1, 1, 1], "unit": "个"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": D1_GOAL,
         "why": "绩效目标只列方向（发展村集体经济、增加收益、带动务工、改善生产生活条件），"
                "没有任何数量、比率或完成时限。"},
    ],
    "notes": (
        "Prose only (no indicator table in the stored copy). Source is an aggregator repost "
        "(gc-zb.com, 所属地区 海南-儋州, 发布日期 2024-01-09) of the town's self-evaluation summary. "
        "The stored page stops inside 三、(一)1.项目资金到位情况分析 right after the word '2023'; "
        "the document ends there with the fragment '2023'. Kept as found: the four '（略）' "
        "placeholders the aggregator put in place of project names, the funds sentence with its three "
        "parts (729.976+306+170.615=1206.591, they add up, so no consistency.sum finding), the project "
        "count 6 with six listed items (one of them '（略）和排水沟建设工程'), recorded as a count fact "
        "with six parts of 1 (judgement call). Longer sentences (intro, goal paragraph, self-evaluation "
        "work) are reworded; numbers, names and dates unchanged. No indicators are stated in the stored "
        "part, so no indicator rows and no coverage or goal.unmeasured findings (the indicators would come "
        "later in the report, beyond where the page stops). The '（略）' redactions are the aggregator's, "
        "not target placeholders, so no target.placeholder finding. Page chrome of the aggregator "
        "(menus, phone number) omitted; its region/date line kept as a small header line."
    ),
}


def build_doc1():
    doc = new_doc("兰洋镇人民政府2023年度财政衔接资金项目绩效自评总结报告")
    para(doc, "所属地区：海南 - 儋州　发布日期：2024-01-09")
    heading(doc, "兰洋镇人民政府2023年度财政衔接资金项目绩效自评总结报告", size=14)
    para(doc, "为规范财政专项衔接资金的绩效管理、压实部门责任并切实提高资金使用效益，"
              "现将本镇2023年度财政衔接资金项目绩效自评总结报告公开如下：")
    heading(doc, "兰洋镇人民政府 2023 年度财政衔接资金项目绩效自评总结报告", size=13)
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "（一）财政衔接资金下达预算及项目情况", bold=True)
    para(doc, D1_FUNDS)
    para(doc, D1_PROJECTS)
    para(doc, "（二）财政衔接资金项目绩效目标设定情况", bold=True)
    para(doc, "依据项目参考指标并结合本镇落地项目，" + D1_GOAL)
    para(doc, "二、绩效自评工作开展情况", bold=True)
    para(doc, "按照2023年项目实施情况，我镇组织镇振兴办和项目办下村入户调研项目，"
              "经研究讨论完成自评，保证自评工作落到实处。")
    para(doc, "三、绩效目标自评完成情况分析", bold=True)
    para(doc, "（一）项目资金情况分析", bold=True)
    para(doc, "1.项目资金到位情况分析。")
    para(doc, "2023")
    path = os.path.join(HERE, D1)
    save_docx(doc, path)
    return path


# ======================================================================
# Document 2: 宁夏 海原县 三河镇卫生院 2023年部门预算（单位概况） (prose)
# ======================================================================
D2 = "ningxia-sanhe-weishengyuan-budget.docx"
D2_STAFF = "全院现有职工71人，其中编制49人，实有编制44人，聘用16人。"
D2_GOAL = ("大力拓展业务发展。受疫情影响，我院近几年临床业务下滑、病人减少，"
           "我院将从中医药服务、口腔科、住院服务等")

GOLD2 = {
    "source": D2,
    "source_urls": ["http://www.hy.gov.cn/xxgk/zfxxgkml/czyjs/bmys_54781/2023/202302/t20230209_3950882.html"],
    "province": "宁夏",
    "doc_kind": "部门预算",
    "patterns": [],
    "indicators": [],
    "goals": [
        {"kind": "工作重点", "text": D2_GOAL},
    ],
    "facts": [
        {"metric": "全院现有职工", "kind": "sum", "total": 71, "parts": [44, 16], "unit": "人"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "全院现有职工",
         "why": "职工71人，其中实有编制44人、聘用16人，合计60人；即使按编制数49人加聘用16人也只有65人，"
                "与总数71人不符，文中未说明其余人员。"},
        {"rule": "goal.unquantified", "item": D2_GOAL,
         "why": "下一步工作重点只写“大力拓展业务发展”及拓展方向，没有业务量、门诊或住院人次等任何数值目标。"},
    ],
    "notes": (
        "Prose only (budget disclosure, 单位概况). The stored page copy holds the header metadata table "
        "(索引号 640522017/2023-00161, 生成日期 2023-01-16 17:38:00, 所属机构/责任部门 海原县卫生健康局), "
        "the table of contents and the start of 单位概况; it stops inside 下一步工作重点 item 1 at "
        "'住院服务等'. The budget tables, the 情况说明 and any 绩效目标表 lie beyond the stored part, so no "
        "indicator rows. Kept as found: all numbers (49710人, 6600平方米, 4455.13平方米, 71/49/44/16人, "
        "职称 8/13/25人, 村医33人 of whom 13 licensed, 标准化村卫生室17所, 非标准化8所, 70余年), the empty "
        "文号 cell, the TOC with its wording. Longer sentences reworded. Judgement calls: the staff fact is "
        "recorded with parts [44 实有编制, 16 聘用] (people actually on staff); 49 is the authorised quota. "
        "Either reading fails to reach 71, hence consistency.sum. 职称 counts (8+13+25=46) and the village "
        "clinic counts (17+8) have no stated total, so they are not facts to check. The 工作重点 text is cut "
        "mid-sentence by the page end; it is kept cut. It has a vague verb (大力拓展) and no number; flagged "
        "as goal.unquantified."
    ),
}


def build_doc2():
    doc = new_doc("海原县三河镇卫生院2023年部门预算")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    rows = [
        ["索引号", "640522017/2023-00161", "文号", "", "生成日期", "2023-01-16 17:38:00"],
        ["公开方式", "主动公开", "所属机构", "海原县卫生健康局", "责任部门", "海原县卫生健康局"],
    ]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    heading(doc, "目录", size=13)
    toc = [
        "第一部分 单位概况",
        "一、主要职能",
        "二、部门预算单位构成",
        "第二部分 2023年部门预算表",
        "一、财政拨款收支总表",
        "二、一般公共预算支出表",
        "三、一般公共预算基本支出表",
        "四、一般公共预算“三公”经费支出表",
        "五、政府性基金预算支出表",
        "六、部门收支总表",
        "七、部门收入总表",
        "八、部门支出总表",
        "第三部分 2023年部门预算情况说明",
        "第四部分 名词解释",
    ]
    for line in toc:
        para(doc, line)
    heading(doc, "海原县三河镇卫生院2023年部门预算——单位概况", size=13)
    para(doc, "一、 主要职能", bold=True)
    para(doc, "本单位是隶属海原县卫生健康局的公共卫生单位，属财政补助事业单位，执行政府会计制度。"
              "截至2022年12月31日，辖区服务人口49710人。医院占地面积6600平方米，建筑面积约4455.13平方米。"
              + D2_STAFF +
              "职称结构为高级职称8人、中级职称13人、初级职称25人；辖区聘用村医33人，"
              "其中持乡村全科医师助理执业证的13人；已建成标准化村卫生室17所，非标准化卫生室8所。")
    para(doc, "我院医疗与公共卫生并重，落实团队包片责任制，每月结合预防接种同步开展妇幼保健、"
              "健康教育和计生服务的督导指导；定期进村入户，开展以签约服务、健康扶贫、老年人保健、"
              "妇女保健、儿童保健和中医服务为内容的基本公共卫生服务，已见一定成效。建院70余年来，"
              "始终坚持“预防为主，中西医结合”的服务理念，为患者提供专业医疗服务，努力赢得患者信赖。")
    para(doc, "卫生院下一步工作重点有以下几个方面：1." + D2_GOAL)
    path = os.path.join(HERE, D2)
    save_docx(doc, path)
    return path


def main():
    # Gold first (written before anything looks at the documents).
    write_gold(D1, GOLD1)
    write_gold(D2, GOLD2)
    for build in (build_doc1, build_doc2):
        p = build()
        if "--no-pdf" not in sys.argv:
            to_pdf(p)


if __name__ == "__main__":
    main()
