#!/usr/bin/env python3
"""blind201: township / sub-district level documents (乡镇, 街道) rebuilt from stored public pages.

Gold first (as Python data), then the builder: DOCX with python-docx, PDF with LibreOffice,
annotations/<file>.json for the source file and its PDF, and a pdftotext check that every
indicator name, target text, goal text and finding item is present in the PDF text.

Every stored page stops early (the stored copy holds only the beginning of the page); each
document stops where its stored page stops.  No page found for this part held indicator rows
that was not already used by earlier rounds, so all four documents are prose / header tables
(see SOURCES.md, shortfalls).

Run: /tmp/venv/bin/python make_blind201_layouts.py
"""
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

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

PART = "blind201"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages before anything reads the built files)
# ---------------------------------------------------------------------------
# Content blocks: ("title", text) | ("h", text) | ("p", text) | ("table", rows, merges)
# merges: list of (row0, col0, row1, col1) inclusive.

DOCS = []

# 1 ── 湖南 沅陵县 火场土家族乡 2024 部门整体支出绩效自评报告 ─────────────────────────
DOCS.append({
    "stem": "hunan-yuanling-huochangxiang-zhengtizhichu-zipingbaogao",
    "source_urls": ["http://www.yuanling.gov.cn/yuanling/c108887/202508/25c4b7ca70e14ed0b3759b21f0455d66.shtml"],
    "province": "湖南省",
    "doc_kind": "部门整体支出绩效自评报告",
    "patterns": [10],
    "content": [
        ("title", "沅陵县火场土家族乡人民政府2024年部门整体支出绩效自评报告"),
        ("p", "沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间:2025-06-30 17:35"),
        ("h", "一、部门、单位基本情况"),
        ("h", "(一)机构设置情况"),
        ("p", "火场土家族乡人民政府内设机构:党政办公室、党建办公室、平安法治和应急管理办公室、"
              "经济和生态办公室。事业单位:农业综合服务中心、社会事务综合服务中心、退役军人服务站、"
              "综合行政执法大队。"),
        ("h", "(二)人员编制情况"),
        ("p", "本单位内设8个机构。截至2024年12月31日,经县编委核定,本单位编制人数为65人"
              "(其中行政编制30人,事业编制35人);年末实有人数41人(行政编制20人,事业编制21人)。"),
        ("h", "(三)主要职能职责"),
        ("p", "(1)拟定并推动实施全乡经济和社会发展计划,调整资源开发与产业结构,指导各业生产和商品流通,"
              "加强与外地的经济往来,做好招商引资、人才和项目引进,培育市场、组织经济运行;"
              "(2)编制并实施村镇建设规划,安排重点工程、地方道路、公共设施和水利设施的建设与管理,"
              "保护土地、林木、水等自然资源和生态环境,做好护林防火;"
              "(3)统筹本乡民政、计划生育、文化教育、卫生、体育等社会公益事业,维护各经济单位和个人的"
              "正当权益,取缔非法经营,调解民事纠纷,打击刑事犯罪,维护社会稳定;"
              "(4)依计划组织本级财政收入和地方税征收,完成财政计划,培植税源,管好用好财政资金;"
              "(5)开展精神文明建设,丰富群众文化生活,倡导移风易俗,破除封建迷信和陈规陋习;"
              "(6)完成上级政府交办的其它事项。"),
        ("h", "(四)绩效目标设定情况"),
        ("p", "2024年共支出1211.89万元。其中,基本支出573.36万元,项目支出638.53万元。2"),
    ],
    "indicators": [],
    "goals": [
        {"kind": "绩效目标", "text": "2024年共支出1211.89万元。其中,基本支出573.36万元,项目支出638.53万元。"},
    ],
    "facts": [
        {"metric": "编制人数", "kind": "sum", "total": 65, "parts": [30, 35], "unit": "人"},
        {"metric": "年末实有人数", "kind": "sum", "total": 41, "parts": [20, 21], "unit": "人"},
        {"metric": "2024年共支出", "kind": "sum", "total": 1211.89, "parts": [573.36, 638.53], "unit": "万元"},
    ],
    "findings": [
        {"rule": "goal.budget_text",
         "item": "2024年共支出1211.89万元。其中,基本支出573.36万元,项目支出638.53万元。",
         "why": "The section headed 绩效目标设定情况 only restates total spending and its split into "
                "basic and project spending; it names no output or effect."},
    ],
    "notes": "Stored page stops inside section (四) right after '项目支出638.53万元。' with a stray '2' "
             "(the start of the next sentence); the '2' is kept as the cut. No indicator table is reached. "
             "Job list (1)-(6) rewritten in my own words; names, counts and amounts kept. "
             "Treating the (四) sentence as a goal is a judgement call: it sits under the 绩效目标设定情况 heading. "
             "'截止' of the page written as '截至' in my paraphrase.",
})

# 2 ── 云南 武定县 田心乡 2022 部门整体支出绩效自评报告 ─────────────────────────────
DOCS.append({
    "stem": "yunnan-wuding-tianxinxiang-zhengtizhichu-zipingbaogao",
    "source_urls": ["http://www.ynwd.gov.cn/info/egovinfo/1007/overt_centent/11532329015178442p-/2023-1019033.htm"],
    "province": "云南省",
    "doc_kind": "部门整体支出绩效自评报告",
    "patterns": [],
    "content": [
        ("p", "附件3"),
        ("title", "田心乡部门整体支出绩效自评报告"),
        ("title2", "(2022年度)"),
        ("h", "一、部门(单位)基本情况"),
        ("h", "(一)概况。"),
        ("h", "1.主要职能职责"),
        ("p", "田心乡人民政府主要职能职责:(1)宣传执行党和国家的路线、方针、政策及法律、法规。"
              "(2)编制本乡经济社会发展规划和年度计划并推动落实。(3)研究本乡经济社会发展中的问题,"
              "推动发展方式转变,带领群众脱贫致富。(4)管理本乡经济、教育、科学、文化、旅游、广播、电视、"
              "卫生健康、防疫、体育、统计、财政、民政、公安、司法行政等行政事务。(5)负责本乡乡村振兴、"
              "农田水利和村镇道路建设,以及国土、村镇规划、水土保持、退耕还林、荒山绿化、滑坡泥石流治理、"
              "人畜饮水等工作。(6)负责辖区护林防火和防汛抗旱。(7)负责辖区应急管理。(8)负责社会治安综合治理"
              "和维护稳定,受理群众来信来访,化解矛盾问题。(9)保障公民人身、民主等权利,保护国有和私有财产,"
              "维护各类经济组织合法权益,尊重少数民族风俗习惯。(10)加强乡政府自身建设,管理政府工作人员。"
              "(11)执行乡党委决定、乡党代会和乡人民代表大会决议以及上级行政机关的决定和命令,并在法律和政策"
              "允许的范围内发布本乡的决定和命令。(12)承办县委、县人民政府交办的其他事项。"),
        ("h", "2.基本情况"),
        ("p", "部门组织架构:楚雄州武定县田心乡2022年度部门决算的编报单位共10个,其中行政单位3个、"
              "事业单位7个,分别是:"),
        ("p", "(1)田心乡人民政府"),
        ("p", "(2)田心乡人大"),
        ("p", "(3)田心乡党委"),
        ("p", "(4)田心乡财政所"),
        ("p", "(5)田心乡文化和旅游广播电视体育服务中心"),
        ("p", "(6)田心乡国土和村镇规划建设服务中心"),
        ("p", "(7)田心乡农业农村服务中心"),
        ("p", "(8)田心乡林业和"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "部门决算编报的单位", "kind": "sum", "total": 10, "parts": [3, 7], "unit": "个"},
    ],
    "findings": [],
    "notes": "Stored page stops in the list of the 10 reporting units, at item (8) '田心乡林业和'. "
             "No goal, indicator or money figure is reached. The 12 duties are rewritten in my own words. "
             "Prose only: tests that nothing is extracted as an indicator from numbered duty lists.",
})

# 3 ── 重庆 荣昌区 龙集镇 2024 部门预算情况说明 ────────────────────────────────────
DOCS.append({
    "stem": "chongqing-rongchang-longjizhen-bumenyusuan-shuoming",
    "source_urls": ["http://rongchang.gov.cn/jz/ljz/zwgk_70755/fdzdgknr_70758/ysjs/ysgk/202402/t20240226_12960515.html"],
    "province": "重庆市",
    "doc_kind": "部门预算情况说明",
    "patterns": [],
    "content": [
        ("title", "重庆市荣昌区龙集镇人民政府2024年部门预算"),
        ("title", "情况说明"),
        ("h", "一、部门基本情况"),
        ("h", "(一)职能职责。"),
        ("p", "(1)拟定并组织实施经济、科技和社会发展计划,指导各行业生产,加强与外地的经济交流合作,"
              "抓好招商引资。(2)编制村镇规划,安排重点工程、地方道路、公共设施和水利设施建设,管理土地、林木等。"
              "(3)统筹本镇民政、计划生育、文化教育、卫生体育等社会公益事业。(4)组织本级财政税收和财政收入,"
              "完成国家计划,增强财政实力(5)完成上级政府交办的其他事项。"),
        ("h", "(二)部门构成。"),
        ("p", "镇党委、政府统一设置综合办事机构7个。分别为:党政办公室(挂党群工作办公室牌子)、"
              "经济发展办公室(挂统计办公室、农村经营管理办公室牌子)、民政和社会事务办公室(挂卫生健康办公室牌子)、"
              "平安建设办公室、规划建设管理环保办公室、财政办公室、应急管理办公室。人大办公室单独设置,"
              "组建综合行政执法办公室。"),
        ("p", "镇纪委、武装部依照有关规定设置;工会、团委、妇联等群团组织按各自章程设置,日常工作由党群工作办公室"
              "指定1至2名群团工作综合岗位人员承担。"),
        ("h", "二、部门收支总体情况"),
        ("p", "(一)收入预算:2024年收入合计2389.85万元。本年收入2054.84万元,由一般公共预算拨款2045.07万元、"
              "政府性基金预算拨款9.77万元和国有资本经营预算收入0万元构成;上年结转收入531.96万元,其中一般公共预算拨款"
              "531.96万元,政府性基金预算拨款0万元,国有资本经营预算收入0万元。收入较去年减少414.49万元,原因主要是"
              "一般公共预算资金减少214.51万元、政府性基金预算资金减少3.03万元、上年结转减少196.95万元。"),
        ("p", "(二)支出预算:2024年支出合计2389.85万元,其中:一般公共服务支出895.05万元,公共安全支出19.95万元,"
              "教育支出4.09万元,文化旅游体育与传媒支出6"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2024年收入合计", "kind": "sum", "total": 2389.85, "parts": [2054.84, 531.96], "unit": "万元"},
        {"metric": "本年收入", "kind": "sum", "total": 2054.84, "parts": [2045.07, 9.77, 0], "unit": "万元"},
        {"metric": "上年结转收入", "kind": "sum", "total": 531.96, "parts": [531.96, 0, 0], "unit": "万元"},
        {"metric": "收入较去年减少", "kind": "sum", "total": 414.49, "parts": [214.51, 3.03, 196.95], "unit": "万元"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "2024年收入合计",
         "why": "本年收入2054.84 + 上年结转收入531.96 = 2586.80万元, not the stated 2389.85万元 "
                "(the gap, 196.95万元, equals the stated drop in 上年结转; the carried-over figure looks wrong)."},
    ],
    "notes": "Stored page stops in 支出预算 at '文化旅游体育与传媒支出6' (cut number kept as found). "
             "Not a performance form but the town's own budget explanation; it is kept for its real "
             "sum error and as a negative case (money rows that are not indicators). "
             "Duty list, the 群团 sentence and the 收入预算 paragraph rewritten in my own words; the missing '。' before (5) "
             "kept as found; all figures kept; the cut 支出预算 sentence kept as found.",
})

# 4 ── 安徽 池州市贵池区 清风街道办事处 2022 部门预算 ───────────────────────────────
DOCS.append({
    "stem": "anhui-chizhou-qingfengjiedao-bumenyusuan",
    "source_urls": ["https://www.ahgc.gov.cn/Jczwgk/opennessShow/1183336.html"],
    "province": "安徽省",
    "doc_kind": "部门预算(含整体支出及项目支出绩效目标表目录)",
    "patterns": [],
    "content": [
        ("table",
         [["索引号:", "11341802556345493F /202201-00014", "组配分类:", "政府预算"],
          ["发布机构:", "贵池区清风街道办事处", "主题分类:", "财政、金融、审计"],
          ["名称:", "池州市贵池区清风街道办事处2022年部门预算", "文号:", "无"],
          ["成文日期:", "", "发布日期:", "2022-01-28"],
          ["生效日期:", "", "废止日期:", ""]],
         []),
        ("title", "池州市贵池区清风街道办事处2022年部门预算"),
        ("title2", "2022年1月"),
        ("h", "第一部分部门概况"),
        ("p", "主要职责"),
        ("p", "部门预算单位构成"),
        ("p", "2022年度主要工作任务"),
        ("h", "第二部分2022年部门预算情况说明"),
        ("p", "1.关于2022年财政拨款收支预算总体情况说明"),
        ("p", "2.关于2022年一般公共预算财政拨款情况说明"),
        ("p", "3.关于2022年一般公共预算基本支出情况说明"),
        ("p", "4.关于2022年政府性基金预算拨款情况说明"),
        ("p", "5.关于2022年收支预算总体情况说明"),
        ("p", "6.关于2022年收入预算情况说明"),
        ("p", "7.关于2022年支出预算情况说明"),
        ("p", "8.关于2022年国有资本经营预算拨款情况说明"),
        ("p", "9.批复绩效目标的项目及绩效目标设置情况说明"),
        ("p", "10.其他重要事项情况说明(含机关运行经费、政府采购预算、政府购买服务预算、国有资产占用情况等说明)"),
        ("h", "第三部分名词解释"),
        ("h", "第四部分2022年部门预算表(附表)"),
        ("p", "1.2022年部门财政拨款收支预算总表"),
        ("p", "2.2022年部门一般公共预算支出预算表"),
        ("p", "3.2022年部门一般公共预算基本支出预算表"),
        ("p", "4.2022年部门政府性基金预算支出预算表"),
        ("p", "5.2022年部门收支预算总表"),
        ("p", "6.2022年部门收入预算总表"),
        ("p", "7.2022年部门支出预算总表"),
        ("p", "8.2022年部门国有资本经营预算支出预算表"),
        ("p", "9.2022年部门政府采购预算表"),
        ("p", "10.2022年政府购买服务预算表"),
        ("p", "11.2022年部门(单位)整体支出绩效目标表"),
        ("p", "12.2022年项目支出绩效目标表"),
        ("title", "池州市贵池区清风街道办事处"),
        ("title2", "2022年部门预算情况"),
        ("h", "第一部分部门概况"),
        ("h", "一、主要职责"),
        ("p", "在贵池区委、区政府领导下,清风街道办事处设有党工委、办事处和人大工委机构,政协的有关工作;"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": "Stored page stops in 一、主要职责 after '政协的有关工作;'. The table of contents names "
             "'11.2022年部门(单位)整体支出绩效目标表' and '12.2022年项目支出绩效目标表', but the page stops "
             "long before them: the document has no indicator rows and a tool should report none (and should "
             "not treat the TOC lines or the header table as an indicator table). The header metadata table is "
             "rebuilt as a 5x4 table with its empty cells. The one body sentence is reworded; titles and TOC lines "
             "are kept as written (no space after 第一部分 etc., as on the page).",
})

# 5 ── 四川 成都东部新区 高明镇 2025 社区保障资金项目中期绩效评估(通讯) ─────────────
DOCS.append({
    "stem": "sichuan-chengdu-gaomingzhen-shequbaozhang-zhongqipinggu",
    "source_urls": ["https://www.cspcd.com/social/1137.html"],
    "province": "四川省",
    "doc_kind": "社区保障资金项目中期绩效评估情况(通讯稿)",
    "patterns": [10],
    "content": [
        ("title", "高明镇2025年社区保障资金项目中期绩效评估"),
        ("p", "为规范城乡社区发展治理保障资金的使用、提高项目执行质量和效率,2025年10月23日,在成都东部新区指导下,"
              "贾家街道社会工作支持中心(由成都公益组织服务园运营)与成都东部新区贾家街道社会治理办组成绩效评估小组,"
              "到成都东部新区高明镇开展2025年社区保障资金项目中期绩效评估。"),
        ("p", "评估小组由贾家街道社治办主任郑淋洁任组长,成员包括支持中心负责人、资金管理专员和村(社区)经办人员,共5人。"),
        ("p", "评估以《成都东部新区城乡社区发展治理保障资金绩效综合评价工作方案(征求意见稿)》为依据,查阅资料与座谈交流"
              "相结合,并按新区“分类评价”原则,把高明镇6个村、3个社区的63个项目分为硬件建设维护类、专业委托类、"
              "居民实施类三类。"),
        ("p", "评估组采用“两组并行、分类打分”的方式,对高明镇2025年社区保障资金项目逐一评估。"),
        ("p", "评估结果:高明镇63个项目中,84.2%已完成签约,14个项目完成率达80%以上,总体推进有序;同时存在资金支付进度滞后、"
              "过程材料不完整、居民参与度不足、部分项目可持续性较弱等问题。"),
        ("p", "评估中也看到一些特色做法,例如“保障资金+居民自筹”共建机制、“微网实格”治理模式深化、“产业+治理”融合发展路径。"
              "评估组建议高明镇在需求调研、过程规范、资金支付、成效提炼、成本效益等方面整改提升。"),
        ("p", "贾家街道将继续与各镇(街道)交流互鉴,共同推进社区发展治理工作。"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "已完成签约", "kind": "rate", "stated_rate": 84.2, "base": 63, "unit": "%",
         "note": "share of the 63 projects"},
        {"metric": "评估小组", "kind": "count", "total": 5, "unit": "人"},
    ],
    "findings": [
        {"rule": "consistency.rate", "item": "已完成签约",
         "why": "84.2% of 63 projects is 53.05 projects; no whole number of projects gives 84.2% "
                "(53/63 = 84.1%, 54/63 = 85.7%), so the rate or its base is wrong."},
    ],
    "notes": "Whole stored page rebuilt (a short news-style report of a mid-term evaluation; the stored copy appears "
             "complete). Every sentence is reworded; names (郑淋洁, 贾家街道, 高明镇, 成都东部新区), the document title "
             "and all numbers (2025年10月23日, 5人, 6个村, 3个社区, 63个项目, 84.2%, 14个项目, 80%) kept. "
             "The document title line is my own heading (the page has none in the stored copy). "
             "Evaluation results and problems are in prose (pattern 10); no indicator table. "
             "'14个项目完成率达80%以上' is a count of projects, not an indicator row.",
})


# ---------------------------------------------------------------------------
# BUILDER
# ---------------------------------------------------------------------------

def set_cjk_font(run, name="Noto Serif CJK SC", size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def build_docx(doc_spec, path):
    d = Document()
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.title = doc_spec["stem"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    for block in doc_spec["content"]:
        kind = block[0]
        if kind in ("title", "title2"):
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(block[1])
            set_cjk_font(r, size=16 if kind == "title" else 12, bold=(kind == "title"))
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(block[1])
            set_cjk_font(r, size=12, bold=True)
        elif kind == "p":
            p = d.add_paragraph()
            r = p.add_run(block[1])
            set_cjk_font(r, size=11)
        elif kind == "table":
            rows, merges = block[1], block[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j in range(ncol):
                    txt = row[j] if j < len(row) else ""
                    cell = t.cell(i, j)
                    cell.text = ""
                    if txt:
                        r = cell.paragraphs[0].add_run(txt)
                        set_cjk_font(r, size=10)
            for (r0, c0, r1, c1) in merges:
                t.cell(r0, c0).merge(t.cell(r1, c1))
        else:
            raise ValueError(kind)
    tmp = path + ".tmp"
    d.save(tmp)
    normalise_zip(tmp, path)
    os.remove(tmp)


def normalise_zip(src, dst):
    """Rewrite the OOXML zip with fixed timestamps and a fixed member order."""
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def export_pdf(src, outdir):
    profile = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True).stdout
    return out.decode("utf-8", "replace")


def squash(s):
    return re.sub(r"\s+", "", s or "")


def gold_for(doc_spec, source):
    keys = ["source_urls", "province", "doc_kind", "patterns", "indicators", "goals", "facts",
            "findings", "notes"]
    g = {"source": source}
    for k in keys:
        g[k] = copy.deepcopy(doc_spec[k])
    return g


def check(doc_spec, pdf):
    text = squash(pdf_text(pdf))
    missing = []
    for ind in doc_spec["indicators"]:
        for k in ("name", "target_text"):
            if ind.get(k) and squash(ind[k]) not in text:
                missing.append((k, ind[k]))
    for g in doc_spec["goals"]:
        if squash(g["text"]) not in text:
            missing.append(("goal", g["text"]))
    for f in doc_spec["findings"]:
        if squash(f["item"]) not in text:
            missing.append(("finding", f["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    failures = 0
    for spec in DOCS:
        docx_name = spec["stem"] + ".docx"
        pdf_name = spec["stem"] + ".pdf"
        docx_path = os.path.join(HERE, docx_name)
        build_docx(spec, docx_path)
        with tempfile.TemporaryDirectory() as td:
            export_pdf(docx_path, td)
            shutil.copy(os.path.join(td, pdf_name), os.path.join(HERE, pdf_name))
        for src in (docx_name, pdf_name):
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(gold_for(spec, src), fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        missing = check(spec, os.path.join(HERE, pdf_name))
        status = "ok" if not missing else "MISSING %r" % missing
        failures += bool(missing)
        print("%-60s rows=%d goals=%d facts=%d findings=%d  %s" % (
            spec["stem"], len(spec["indicators"]), len(spec["goals"]), len(spec["facts"]),
            len(spec["findings"]), status))
    def tot(k):
        return sum(len(s[k]) for s in DOCS)
    print("TOTAL docs=%d rows=%d goals=%d facts=%d findings=%d" % (
        len(DOCS), tot("indicators"), tot("goals"), tot("facts"), tot("findings")))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
