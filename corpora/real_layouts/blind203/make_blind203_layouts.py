# -*- coding: utf-8 -*-
"""blind203: real-layout documents (prose performance reports) with gold annotations.

Gold first (as Python data), then the builders. Every document reproduces the
beginning of one stored public page, up to where that stored page stops.
Longer sentences are rewritten in our own words; names, numbers, units, dates,
document numbers and organisations are kept as written.

Run: /tmp/venv/bin/python make_blind203_layouts.py
"""
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind203"
FONT = "Noto Serif CJK SC"

# ---------------------------------------------------------------------------
# GOLD + CONTENT
# block kinds: ("title", text) centred bold; ("h", text) bold heading line;
# ("p", text) body paragraph; ("small", text) small grey-ish meta line;
# ("table", rows, merges)  rows = list of lists of str, merges = list of
# (r0, c0, r1, c1) inclusive ranges to merge (text of the top-left cell kept).
# ---------------------------------------------------------------------------

DOCS = []

# 1 -------------------------------------------------------------------------
DOCS.append({
    "stem": "anhui-jixi-songxijinwancun-nianduzongjie",
    "source_urls": ["http://www.cnjx.gov.cn/OpennessContent/show/2307575.html"],
    "province": "安徽省",
    "doc_kind": "情况说明(年度总结)",
    "patterns": [10],
    "page_stop": "第二条举措“二是规范招标程序”句中(“确保政府购买服务规”)",
    "blocks": [
        ("small", "您现在所在的位置: 网站首页> 政府信息公开首页 > 绩溪县人民政府(办公室)> 社会公益事业及重点民生领域> 公共文化体育> 政府购买文化体育服务体系"),
        ("table", [
            ["索引号:", "11341731358579117C/202112-00021", "组配分类:", "政府购买文化体育服务体系"],
            ["发布机构:", "文化和旅游局", "主题分类:", "综合政务"],
            ["名称:", "绩溪县“送戏进万村”情况说明", "文号:", ""],
            ["生成日期:", "2021-12-31", "发布日期:", "2021-12-31"],
        ], []),
        ("title", "绩溪县“送戏进万村”情况说明"),
        ("small", "发布时间:2021-12-31 09:13 来源:文化和旅游局 浏览次数: 字体:[ ]"),
        ("title", "绩溪县“送戏进万村”年度总结"),
        ("p", "2021年,绩溪县文旅局以群众文化需求为导向,以群众满意为目标,认真组织实施“送戏进万村”这项民生工程。"
              "全县辖11个乡镇、76个行政村,今年我县全年的“送戏进万村”年度任务为76场。"
              "截止到2021年11月已全部完成演出任务,完成率达100%。观众人数达2万人次,"
              "演出覆盖行政村76个,完成率100%,群众反映普遍较好。"),
        ("h", "一、主要做法和具体举措。"),
        ("p", "一是明确工作要求。召开2021“送戏进万村”工作部署会并制定实施方案,围绕充实节目内容、严格审查剧团资质、"
              "加强招标管理、讲求演出时效等环节提出具体措施,把全年目标任务定清楚。工作中坚持以人民为中心,"
              "始终坚守“文化惠民、文化亲民、文化乐民”宗旨,弘扬社会主义核心价值观,传承和发展中华优秀传统文化,"
              "保证“送戏进万村”工作顺利完成。"),
        ("p", "二是规范招标程序。加强招标管理,确保政府购买服务规"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "“送戏进万村”年度任务", "operator": None, "value": 76,
         "unit": "场", "target_text": "76场", "actual": 76, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "观众人数", "operator": None, "value": None,
         "unit": "万人次", "target_text": None, "actual": 2, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "覆盖行政村", "operator": None, "value": 76,
         "unit": "个", "target_text": "76个", "actual": 76, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "总体目标", "text": "以群众文化需求为导向,以群众满意为目标"},
        {"kind": "年度目标", "text": "今年我县全年的“送戏进万村”年度任务为76场"},
    ],
    "facts": [
        {"metric": "“送戏进万村”演出任务完成率", "kind": "rate", "planned": 76, "actual": 76,
         "stated_rate": 100, "unit": "场"},
        {"metric": "覆盖行政村完成率", "kind": "rate", "planned": 76, "actual": 76,
         "stated_rate": 100, "unit": "个"},
    ],
    "findings": [
        {"rule": "goal.unmeasured", "item": "以群众文化需求为导向,以群众满意为目标",
         "why": "群众满意 is the stated aim, but no satisfaction figure or survey backs it; the text only says 群众反映普遍较好"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no satisfaction indicator with a value anywhere on the page"},
        {"rule": "target.missing_value", "item": "观众人数",
         "why": "an achieved figure (达2万人次) is reported with no target to compare against"},
    ],
    "notes": "Prose-only summary; indicator rows read from running text. 观众人数达2万人次 is an achievement, not a target: "
             "value null, actual 2 (unit 万人次). 覆盖行政村: the county has 76 行政村 and 完成率100% is stated, so target 76 = actual 76 "
             "(target implied, not a separate target sentence). The original sentence 范围覆盖了我县76个行政村 was reworded "
             "to 演出覆盖行政村76个 (same figures). Page metadata table kept as on the page. Stored page stops mid-sentence "
             "in 二是规范招标程序; the cut is reproduced.",
})

# 2 -------------------------------------------------------------------------
DOCS.append({
    "stem": "anhui-shi-liangaishaicha-pingjiabaogao",
    "source_urls": ["https://renrendoc.com/paper/218767169.html"],
    "province": "安徽省",
    "doc_kind": "绩效评价报告(第三方)",
    "patterns": [6, 10],
    "page_stop": "绩效目标第2条开头(“2、不断扩大”)",
    "blocks": [
        ("title", "市2022农村适龄妇女“两癌”免费筛查绩效评价报告"),
        ("p", "受*市卫生健康委员会委托,评价组按照“科学性、规范性、客观性和公正性”的原则,对市卫健委组织实施的"
              "*市202*年农村适龄妇女“两癌”免费筛查项目开展绩效评价,以客观、公正地反映项目资金的使用效率和综合效果。"
              "现将评价情况报告如下:"),
        ("h", "一、项目基本情况"),
        ("h", "(一)项目立项概况"),
        ("p", "为落实*精神和新时期卫生与健康工作方针,对接“健康中国”战略和“健康安徽2030”规划纲要,依据安徽省*关于202*年"
              "实施33项民生工程的通知和市*关于202*年实施33项民生工程的通知,市卫健委会同市财政局下发*市202*年农村适龄妇女"
              "“两癌”免费筛查实施方案,在当*县、*县、*组织开展农村适龄妇女“两癌”免费筛查工作。项目意在提高本市农村适龄妇女"
              "宫颈癌和乳腺癌(以下简称“两癌”)的早诊早治率,提升农村妇女健康水平,并逐步形成*领导、部门合作、行业支持、"
              "社会参与的“两癌”防治模式和协作机制。"),
        ("h", "(二)项目绩效目标"),
        ("p", "1、202*年完成15000人35-64岁农村妇女宫颈癌检查;完成*人乳腺癌检查。其中,当*县、*县、*各完成*人宫颈癌检查和*人乳腺癌检查。"),
        ("p", "2、不断扩大"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "35-64岁农村妇女宫颈癌检查", "operator": None, "value": 15000,
         "unit": "人", "target_text": "15000人", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "乳腺癌检查", "operator": None, "value": None,
         "unit": "人", "target_text": "*人", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "宫颈癌检查", "operator": None, "value": None,
         "unit": "人", "target_text": "*人", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "乳腺癌检查", "operator": None, "value": None,
         "unit": "人", "target_text": "*人", "actual": None, "weight": None, "score": None},
    ],
    "goals": [
        {"kind": "绩效目标", "text": "1、202*年完成15000人35-64岁农村妇女宫颈癌检查;完成*人乳腺癌检查。其中,当*县、*县、*各完成*人宫颈癌检查和*人乳腺癌检查。"},
        {"kind": "绩效目标", "text": "2、不断扩大"},
    ],
    "facts": [],
    "findings": [
        {"rule": "target.placeholder", "item": "乳腺癌检查",
         "why": "the city-wide breast-cancer screening target is written as *人 (masked / placeholder), also in the per-county split"},
        {"rule": "target.placeholder", "item": "宫颈癌检查",
         "why": "the per-county cervical screening target (当*县、*县、*各完成*人) is a placeholder, so the 15000人 total cannot be checked against its parts"},
    ],
    "notes": "Third-party evaluation report as hosted on a document-sharing site; the site masks names and figures with * "
             "(*市, 202*年, *人) and these are kept as written. Only the report body is reproduced, not the site chrome "
             "(page thumbnails, download box). Rows 3-4 are the per-county targets (当*县、*县、*各完成 …): value per sub-unit "
             "(pattern 6), named with the document's own words 宫颈癌检查 / 乳腺癌检查. Goal 2 is cut after 不断扩大 where the stored "
             "page stops; it is kept as a (truncated) goal with no finding because its end is not visible.",
})

# 3 -------------------------------------------------------------------------
DOCS.append({
    "stem": "chongqing-dazu-tumenzhongxinxiaoxue-xiangmu-zipingbaogao",
    "source_urls": ["http://www.dazu.gov.cn/qzfbm/qjw/zwgk_53321/zfxxgkml/jxgl/202204/t20220415_10625204.html"],
    "province": "重庆市",
    "doc_kind": "项目支出绩效自评报告",
    "patterns": [10],
    "page_stop": "“2.项目组”小标题处",
    "blocks": [
        ("small", "您当前位置: 首页>区政府部门>教育委员会>政务公开>政府信息公开目录>绩效管理"),
        ("title", "重庆市大足区土门中心小学2021项目资金 绩效自评报告"),
        ("small", "日期:2022-04-15"),
        ("h", "一、基本情况"),
        ("h", "(一)项目基本情况"),
        ("h", "1.预算项目情况分析"),
        ("p", "2021年年初预算项目5个,全年共计5个项目完成"),
        ("p", "-渝财教[2019]251号,(大足教财[2021]4号)-提前下达2020年城乡义务教育经费保障机制中央和市级资金-校舍维修9.8万元;"),
        ("p", "渝财教[2020]209号-(大足教财[2021]94号)(大足财预[2021]1号)从教委调剂至珠溪镇土门中心小学--厕所改造工程-"
              "关于提前下达2021年城乡义务教育经费保障机制中央和市级资金预算的通知(校舍维修)-中央3.07万元,渝财教[2021]29号,"
              "(大足教财[2021]96号)(大足财教[2021]15号)从教委调剂至珠溪镇土门中心小学--厕所改造工程-下达2021年城乡义务教保障"
              "机制中央和市级资金--中央资金--校舍维修3.23万元;"),
        ("p", "渝财教[2020]209号-(大足教财[2021]94号)(大足财预[2021]1号)从教委调剂至珠溪镇土门中心小学--功能室改造工程-"
              "关于提前下达2021年城乡义务教育经费保障机制中央和市级资金预算的通知(校舍维修)-中央10万元;"),
        ("p", "渝财教[2020]209号-(大足教财[2021]94号)(大足财预[2021]1号)从教委调剂至珠溪镇土门中心小学--教学楼外墙瓷砖脱落改造工程-"
              "关于提前下达2021年城乡义务教育经费保障机制中央和市级资金预算的通知(校舍维修)-中央10万元;"),
        ("p", "渝财教[2020]209号-(大足教财[2021]94号)(大足财预[2021]1号)从教委调剂至珠溪镇土门中心小学--校门改造工程-"
              "关于提前下达2021年城乡义务教育经费保障机制中央和市级资金预算的通知(校舍维修)-中央10万元。"),
        ("h", "2.项目组"),
    ],
    "indicators": [
        {"level1": None, "level2": None, "name": "年初预算项目", "operator": None, "value": 5,
         "unit": "个", "target_text": "5个", "actual": 5, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "预算项目完成数", "kind": "rate", "planned": 5, "actual": 5, "stated_rate": None, "unit": "个"},
        {"metric": "厕所改造工程 中央资金", "kind": "parts", "total": None, "parts": [3.07, 3.23], "unit": "万元"},
    ],
    "findings": [
        {"rule": "target.input_or_process", "item": "年初预算项目",
         "why": "counts budget lines carried out (5个预算项目完成), a process measure; no output such as 维修面积 or 验收合格率 is given"},
    ],
    "notes": "School self-evaluation report in running text. The funding lines are long strings of document numbers and "
             "amounts; as facts they are kept as written (including 城乡义务教保障 without 育, and the leading dash on the first "
             "line). Five projects are named (校舍维修, 厕所改造 with two funding lines 3.07+3.23, 功能室, 外墙瓷砖, 校门), which matches "
             "年初预算项目5个. The first line cites 2020 funds (提前下达2020年…) in a 2021 report: noted, not flagged. "
             "Stored page stops at the sub-heading 2.项目组.",
})

# 4 -------------------------------------------------------------------------
DOCS.append({
    "stem": "yunnan-honghe-sifazhuanxiangjingfei-pingjiabaogao",
    "source_urls": ["https://www.hh.gov.cn/info/11481/673232.htm"],
    "province": "云南省",
    "doc_kind": "项目支出绩效评价报告",
    "patterns": [10],
    "page_stop": "“(1)普法宣传经费项目”一段句中(“国家工作人员运用法治方式和法治思维”)",
    "blocks": [
        ("small", "预算绩效管理"),
        ("table", [
            ["索引号:", "20240913-202713-201"],
            ["发布机构:", "红河州司法局"],
            ["文号:", ""],
            ["发布日期:", "2021-02-20"],
            ["时效性:", "有效"],
        ], []),
        ("title", "红河州司法局2020年司法专项经费项目支出绩效评价报告"),
        ("p", "依据《财政部关于印发< 财政支出绩效评价管理暂行办法>的通知》(财预〔2011〕285号)、《财政部关于推进预算绩效管理的指导意见》"
              "(财预〔2011〕416号)、《云南省人民政府办公厅关于印发云南省省级财政支出绩效评价暂行办法》(云政办发〔2006〕181号)以及"
              "《红河州财政局关于开展2021年度州级部门整体支出和项目支出绩效自评和财政评价工作的通知》(红财绩发〔2021〕1号)等文件,"
              "我局成立绩效评价领导小组,由局党委书记、局长任组长,局党委班子成员任副组长,相关科室负责人为成员,对2020年度使用州级"
              "财政专项资金的司法专项经费项目开展绩效评价。评价情况报告如下:"),
        ("h", "一、基本情况"),
        ("h", "(一)项目概况。"),
        ("h", "1.项目背景。"),
        ("p", "2020年,我局紧扣州委、州政府中心工作,发挥重组后司法局“一个统筹、四项职能”的作用,推动司法行政各项工作落到实处,"
              "为建设新时代团结进步美丽红河提供法治保障。"),
        ("h", "2.项目的主要内容及实施情况。"),
        ("p", "2020年度我局财政支出项目涉及普法宣传经费、法律援助经费、社区矫正经费、人民调解经费、人民监督员履职经费、行政复议经费"
              "及依法治州经费等七个项目。"),
        ("p", "(1)普法宣传经费项目。依托普法骨干培训、法律知识讲座、“12·4”宪法宣传日活动、送法下乡、法律六进等活动,法治宣传教育"
              "机制进一步完善,各类教育阵地进一步巩固、法治文化进一步繁荣;国家工作人员运用法治方式和法治思维"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2020年度财政支出项目数", "kind": "sum", "total": 7, "parts": [1, 1, 1, 1, 1, 1, 1], "unit": "个"},
    ],
    "findings": [],
    "notes": "Prose only (one of the two allowed). The stored page stops inside the first of the seven sub-project "
             "descriptions, before any goal, indicator or score is stated. The seven projects named match 七个项目. "
             "The results sentence of (1) uses 进一步完善/巩固/繁荣 with no figures; it is description, not a goal or indicator, "
             "so no finding is recorded.",
})

# 5 -------------------------------------------------------------------------
DOCS.append({
    "stem": "yunnan-xundian-yidizaolinbuzhu-zipingbaogao",
    "source_urls": ["http://www.kmxd.gov.cn/c/2025-06-04/7015332.shtml"],
    "province": "云南省",
    "doc_kind": "项目支出绩效自评报告(封面、评价小组、目录)",
    "patterns": [8],
    "page_stop": "目录之后正文第一句(“根据《寻甸回族彝族自治县财政支出绩效评价管理办法》、《寻甸”)",
    "blocks": [
        ("title", "寻甸县林业和草原局2023年异地造林补助资金项目支出绩效自评报告"),
        ("title", "(2024年度)"),
        ("p", "部门名称(公章):寻甸回族彝族自治县林业和草原局"),
        ("p", "项目单位:寻甸回族彝族自治县林业和草原局资源管理科"),
        ("p", "主管部门: 寻甸回族彝族自治县林业和草原局"),
        ("p", "项目名称: 2023年异地造林补助资金项目支出"),
        ("title", "绩效自评报告"),
        ("p", "绩效自评日期: 2025年5月"),
        ("p", "评价小组成员:"),
        ("table", [
            ["评价小组 机构职位", "姓名", "职务/职称", "所属单位/处室", "签字"],
            ["组长", "陶善宝", "党组书记、局长", "寻甸县林业和草原局", ""],
            ["副组长", "周天华", "党组成员、副局长", "寻甸县林业和草原局", ""],
            ["成员", "姜志勇", "资源管理科科长", "寻甸县林业和草原局", ""],
            ["成员", "李友根", "资源管理科成员", "寻甸县林业和草原局", ""],
            ["成员", "任正升", "财务室负责人", "寻甸县林业和草原局", ""],
            ["报告撰写人(签字):\n年 月 日", "", "", "", ""],
            ["评价工作负责人(签字):\n年 月 日", "", "", "", ""],
        ], [(6, 0, 6, 4), (7, 0, 7, 4)]),
        ("title", "目录"),
        ("p", "摘要"),
        ("p", "一、 项目基本情况"),
        ("p", "(一)项目立项背景"),
        ("p", "(二)项目立项依据"),
        ("p", "(三)项目实施内容"),
        ("p", "(四)项目实施计划及完成情况"),
        ("p", "(五)项目的组织及管理"),
        ("p", "(六)项目绩效目标"),
        ("p", "二、绩效评价工作情况"),
        ("p", "(一)评价的目的和依据"),
        ("p", "(二)绩效评价工作方案制定过程"),
        ("p", "(三)绩效评价原则、评价方法等"),
        ("p", "(四)绩效评价实施过程"),
        ("p", "(五)绩效评价的局限性"),
        ("p", "三、评价结论及绩效分析"),
        ("p", "(一)评价结论"),
        ("p", "(二)绩效分析"),
        ("p", "四、项目主要经验及做法、存在的问题和建议"),
        ("p", "(一)主要经验及做法"),
        ("p", "(二)存在的问题"),
        ("p", "(三)建议和改进措施"),
        ("p", "五、附件"),
        ("p", "附件1.成本效益分析报告"),
        ("p", "附件2.项目支出绩效评价共性指标体系框架"),
        ("p", "附件3.工作底稿"),
        ("p", "附件4.项目支出绩效评价调查问卷(受益人群)"),
        ("p", "附件5.项目支出决算表"),
        ("p", "根据《寻甸回族彝族自治县财政支出绩效评价管理办法》、《寻甸"),
    ],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": "Prose/template only (the second allowed): cover page, evaluation-team signature table (empty 签字 column, "
             "signature rows merged across the table as on the page), and the table of contents. The stored page stops in "
             "the first sentence of the body. The cover says 2023年 project with (2024年度) and a self-evaluation date of "
             "2025年5月: kept as written. No goal, indicator or figure-bearing statement is visible.",
})

# ---------------------------------------------------------------------------
# BUILD
# ---------------------------------------------------------------------------
FIXED_DT = datetime(2024, 1, 1, 0, 0, 0)


def _font(run, size=None, bold=False):
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), FONT)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def add_par(doc, text, kind):
    p = doc.add_paragraph()
    if kind == "title":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(text), 15, True)
    elif kind == "h":
        _font(p.add_run(text), 11.5, True)
    elif kind == "small":
        _font(p.add_run(text), 9)
    else:
        p.paragraph_format.first_line_indent = Pt(21)
        _font(p.add_run(text), 11)
    return p


def add_table(doc, rows, merges):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            cell = t.cell(i, j)
            lines = txt.split("\n")
            par = cell.paragraphs[0]
            _font(par.add_run(lines[0]), 10)
            for ln in lines[1:]:
                _font(cell.add_paragraph().add_run(ln), 10)
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        # keep only the top-left text: clear the others before merging
        for i in range(r0, r1 + 1):
            for j in range(c0, c1 + 1):
                if (i, j) != (r0, c0):
                    for par in t.cell(i, j).paragraphs:
                        for run in par.runs:
                            run.text = ""
        m = a.merge(b)
        # drop empty paragraphs python-docx appends when merging
        pars = m.paragraphs
        for par in pars[1:]:
            if not par.text:
                par._element.getparent().remove(par._element)
    doc.add_paragraph()
    return t


def deterministic_save(doc, path):
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_docx(d):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), FONT)
    for b in d["blocks"]:
        if b[0] == "table":
            add_table(doc, b[1], b[2])
        else:
            add_par(doc, b[1], b[0])
    path = os.path.join(HERE, d["stem"] + ".docx")
    deterministic_save(doc, path)
    return path


def to_pdf(path):
    prof = "file:///tmp/lo_%s" % PART
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    assert os.path.exists(pdf), pdf
    return pdf


def gold(d, fname):
    return {
        "source": fname,
        "source_urls": d["source_urls"],
        "province": d["province"],
        "doc_kind": d["doc_kind"],
        "patterns": d["patterns"],
        "indicators": d["indicators"],
        "goals": d["goals"],
        "facts": d["facts"],
        "findings": d["findings"],
        "notes": d["notes"],
    }


def norm(s):
    return re.sub(r"\s+", "", s or "")


def check(d, pdf):
    txt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True).stdout
    flat = norm(txt)
    missing = []
    for ind in d["indicators"]:
        for k in ("name", "target_text"):
            if ind.get(k) and norm(ind[k]) not in flat:
                missing.append((k, ind[k]))
    for g in d["goals"]:
        if norm(g["text"]) not in flat:
            missing.append(("goal", g["text"]))
    for f in d["findings"]:
        item = f["item"]
        # coverage.missing_dimension items name an absent dimension: not expected in the text
        if f["rule"].startswith("coverage."):
            continue
        if norm(item) not in flat:
            missing.append(("finding", item))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    tot = {"docs": 0, "rows": 0, "goals": 0, "findings": 0, "facts": 0}
    for d in DOCS:
        docx_path = build_docx(d)
        pdf_path = to_pdf(docx_path)
        for p in (docx_path, pdf_path):
            fn = os.path.basename(p)
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold(d, fn), f, ensure_ascii=False, indent=1)
        miss = check(d, pdf_path)
        tot["docs"] += 1
        tot["rows"] += len(d["indicators"])
        tot["goals"] += len(d["goals"])
        tot["findings"] += len(d["findings"])
        tot["facts"] += len(d["facts"])
        print("%-60s rows=%d goals=%d findings=%d facts=%d %s" % (
            d["stem"], len(d["indicators"]), len(d["goals"]), len(d["findings"]), len(d["facts"]),
            "OK" if not miss else "MISSING %r" % miss))
        bad += bool(miss)
    print("TOTAL", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
