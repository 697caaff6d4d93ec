#!/usr/bin/env python3
"""Blind part 54 of the real-layout corpus: documents and hand-written gold.

Every document reproduces one stored public page (see SOURCES.md).  Facts (names,
values, units, amounts, scores, dates, document numbers) are kept as the page
writes them; longer sentences (duties, narrative, goals) are our own wording with
the same numbers.  Each document stops where the stored page stops.

Usage: python make_blind54_layouts.py [--no-pdf]
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE = (2025, 1, 1, 0, 0, 0)


def ind(name, op, value, unit, target_text, actual=None, weight=None, score=None,
        level1=None, level2=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op,
            "value": value, "unit": unit, "target_text": target_text,
            "actual": actual, "weight": weight, "score": score}


# --------------------------------------------------------------------------
# DOCS: one entry per source; "blocks" drive the writer, "gold" is the answer.
# --------------------------------------------------------------------------
DOCS = [
    {
        "file": "yn-gengga-animal-epidemic-selfreport.docx",
        "blocks": [
            ("title", "2021年中央动物防疫等补助经费项目支出绩效自评报告"),
            ("center", "(2021年中央动物防疫等补助经费项目)"),
            ("h", "一、自评结论"),
            ("h", "(一)自评得分"),
            ("p", "项目实施后,全乡重大动物群体免疫密度达到90%以上,抗体合格率常年稳定在70%以上,"
                  "病死猪专业无害化处理率不断提高。2021年中央动物防疫等补助经费9.55万元在全乡范围内使用。"),
            ("p", "因此评价分100分,自评等级为优秀。"),
            ("h", "(二)绩效目标完成情况"),
            ("p", "1.重大动物强制免疫病种群体免疫密度,年初目标值≥90%,实际完成值≥90%,自评得分20分;"),
            ("p", "2.除布病外其他病种的免疫抗体合格率,年初目标值≥70%,实际完成值≥70%,自评得分20分;"),
            ("p", "3.养殖环节病死猪无害化处理补助经费发放率,年初目标值=100%,实际完成值=100%,自评得分20分;"),
            ("p", "4.大规模随意抛弃病死猪事件,年初目标值=0件,实际完成值=0件,自评得分20分;"),
            ("p", "5.补助对象对项目满意率,初目标值≥90%,实际完成值≥90%,自评得分20分;"),
            ("h", "二、佐证材料"),
            ("h", "(一)项目基本情况"),
            ("h", "(一)项目概况"),
            ("p", "项目名称:2021年中央动物防疫等补助经费项目。"),
            ("p", "项目主管部门:昌宁县农业农村局。"),
            ("p", "项目实施单位:更戛乡人民政府。"),
            ("p", "项目实施地点:11个村。"),
            ("p", "项目建设目标:通过项目实施,使重大动物群体免疫密度达到90%以上、抗体合格率常年保持在70%以上,"
                  "病死猪专业无害化处理率不断提高。"),
            ("h", "(二)自评工作开展情况"),
            ("p", "一是加强组织领导。项目由副乡长梁荣富分管,农业中心业务人员杨学磊具体负责。"),
            ("p", "二是严格执行方案。实施中按方案履行规范程序,执行政策补助标准,不得虚报、骗取或套取财政扶贫资金,"
                  "一经发现违规行为,财政所将按资金"),
        ],
        "gold": {
            "source_urls": [],
            "province": "云南",
            "doc_kind": "自评报告",
            "patterns": [6, 10],
            "indicators": [
                ind("重大动物强制免疫病种群体免疫密度", ">=", 90, "%", "≥90%", 90, None, 20),
                ind("除布病外其他病种的免疫抗体合格率", ">=", 70, "%", "≥70%", 70, None, 20),
                ind("养殖环节病死猪无害化处理补助经费发放率", "=", 100, "%", "=100%", 100, None, 20),
                ind("大规模随意抛弃病死猪事件", "=", 0, "件", "=0件", 0, None, 20),
                ind("补助对象对项目满意率", ">=", 90, "%", "≥90%", 90, None, 20),
            ],
            "goals": [
                {"kind": "目标",
                 "text": "通过项目实施,使重大动物群体免疫密度达到90%以上、抗体合格率常年保持在70%以上,病死猪专业无害化处理率不断提高。"},
            ],
            "facts": [
                {"metric": "自评得分", "kind": "score_total", "total": 100, "parts": [20, 20, 20, 20, 20]},
                {"metric": "自评等级", "kind": "grade", "score": 100, "grade": "优秀"},
                {"metric": "2021年中央动物防疫等补助经费", "kind": "budget", "planned": 9.55,
                 "actual": None, "stated_rate": None, "unit": "万元"},
            ],
            "findings": [],
            "notes": (
                "昌宁县更戛乡人民政府 (保山, 云南), 2021年中央动物防疫等补助经费 项目支出绩效自评报告, published 2023-04-17 "
                "(索引号 11533025015264615A-/2023-0417013). The stored copy carries no address (the page came back without a URL; "
                "blind48 saw it and left it out for that reason only; it is in no SOURCES.md table). The page's metadata grid "
                "(索引号/发布机构/日期) is site chrome and is left out. The stored page stops inside 二、(二) at '财政所将按资金'; the "
                "document stops there. The five scored targets are labelled prose (年初目标值/实际完成值/自评得分), no level names and no "
                "分值 column: level1/level2 and weight are null; score 20 each; 5 x 20 = 100 = the stated 评价分 and 100 -> 优秀 is "
                "consistent. Actuals are written with the operator ('实际完成值≥90%'): the gold actual is the number (90, 70, 100, 0, "
                "90) - a reviewer may object that an actual should not be a bound, but no rule id of the brief fits, so no finding. "
                "Defects kept: '初目标值' (年 missing) in row 5, the repeated '(一)' numbering under 二、佐证材料. 补助经费发放率 is an "
                "input/process row and the goal's third clause ('不断提高') has no number; neither is flagged (not in the brief's rule "
                "list / the goal as a whole is quantified). The five rows cover 产出, 效益 (抛弃事件) and 满意度, so no coverage finding."),
        },
    },
    {
        "file": "ah-xuancheng-epidemic-selfeval.xlsx",
        "gold": {
            "source_urls": ["http://www.996630.com/OpennessContent/download/3259760.html"],
            "province": "安徽",
            "doc_kind": "自评表",
            "patterns": [1, 5, 9],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "年度资金总额", "kind": "budget", "planned": 148, "actual": 46,
                 "stated_rate": 31.00, "unit": "万元"},
                {"metric": "中央财政资金", "kind": "budget", "planned": 102, "actual": 0,
                 "stated_rate": 0, "unit": "万元"},
                {"metric": "地方资金", "kind": "budget", "planned": 46, "actual": 46,
                 "stated_rate": 100, "unit": "万元"},
                {"metric": "年度资金总额(全年预算数)", "kind": "sum", "total": 148, "parts": [102, 46], "unit": "万元"},
                {"metric": "年度资金总额(全年执行数)", "kind": "sum", "total": 46, "parts": [0, 46], "unit": "万元"},
            ],
            "findings": [
                {"rule": "consistency.rate", "item": "年度资金总额",
                 "why": "46 / 148 = 31.08%, the form states 31.00% (two decimals written, so the stated rate is off)"},
                {"rule": "coverage.missing_dimension", "item": "产出指标",
                 "why": "the stored page stops in the 资金管理情况 block: the form as it stands has no indicator rows"},
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "no 效益 indicator in the form as it stands"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "no 满意度 indicator in the form as it stands"},
            ],
            "notes": (
                "宣城市农业农村局 2023年 转移支付区域(项目)绩效目标自评表 for 中央农业防灾减灾(动物防疫补助) together with 省级农业高质量发展"
                "(“两强一增”行动), published 2024-04-15 (索引号 11341700003244895T/202404-00022). The stored copy is a spam-named mirror "
                "(996630.com) of the city site in traditional characters with pinyin glosses; written back as simplified. The page's "
                "metadata grid is site chrome and left out. The form text is taken from the page's 内容概述 field (the rendered table starts "
                "again below it and is cut at its title); the page stops in the 执行准确性 row at '因使用了往年结余资金采', so the file "
                "ends there, before 年度总体目标 and the indicator block. The flattened numbers '1484631.00%', '10200%', '4646100%' are read "
                "as 148 | 46 | 31.00%, 102 | 0 | 0%, 46 | 46 | 100% (the only split where 102 + 46 = 148 and 0 + 46 = 46). 31.00% vs "
                "46/148 = 31.08% is flagged. The 2024 sibling (996630.com .../3513858.html) is used by an earlier part; this 2023 page is not."),
        },
    },
    {
        "file": "hn-yueyangxian-livestock-dept-selfreport.docx",
        "blocks": [
            ("center", "岳阳县2021年度部门整体支出"),
            ("title", "绩效评价自评报告"),
            ("p", "部门(单位)名称:岳阳县畜牧水产发展服务中心"),
            ("p", "算编码:           077"),
            ("p", "评价方式:  岳阳县畜牧水产发展服务中心绩效自评"),
            ("p", "评价机构:岳阳县畜牧水产发展服务中心绩效评价小组"),
            ("p", "报告日期:2022624"),
            ("pagebreak", None),
            ("h", "一、部门(单位)基本概况"),
            ("table", {
                "rows": [
                    ["联系人", "谢芳芳", "联络电话", "7652528"],
                    ["人员编制", "57", "实有人数", "111"],
                    ["职能职责概述",
                     "制订并组织实施全县畜牧水产养殖业发展规划和计划,开展畜牧水产发展情况调查研究,引导产业结构和资源配置调整;"
                     "指导全县畜牧水产技术推广体系建设;负责全县兽医医政和曾药药政的监督管理;制订并组织实施动物防疫计划,实施强制防疫,"
                     "承担动物防疫监督、监测、疫情预报发布以及动物和动物产品检疫;负责动物及动物产品食品安全生产的监督管理;"
                     "负责东洞庭湖以外水域的渔业行政执法监督管理;负责全县乡镇农技推广中心的行业管理和技术指导。", "", ""],
                    ["年度主要\n工作内容",
                     "任务1:发展标准化规模养殖\n落实畜禽养殖业发展规划,加强部门协调,划定全县规模养殖禁养区、限养区和适养区;"
                     "提高养业产业化水平,引导养殖业有序发展;加强养殖废弃物综合利用的指民和服务;建设标准化养殖示范场,"
                     "指导创建水产健康养殖示范场1-2个,引导杨林、中洲、麻塘等乡镇肉牛养殖小区发展,创建畜禽标准化示范场2家。\n"
                     "任务2:提升动物疫病防控水平\n突出抓好重大动物", "", ""],
                ],
                "merge": [(2, 1, 2, 3), (3, 1, 3, 3)],
                "widths": [3.0, 5.0, 3.0, 5.0],
            }),
        ],
        "gold": {
            "source_urls": ["https://yyx.gov.cn/37584/38146/38302/content_1968861.html"],
            "province": "湖南",
            "doc_kind": "自评报告",
            "patterns": [7, 8, 10],
            "indicators": [],
            "goals": [
                {"kind": "目标",
                 "text": "任务1:发展标准化规模养殖 落实畜禽养殖业发展规划,加强部门协调,划定全县规模养殖禁养区、限养区和适养区;提高养业产业化水平,引导养殖业有序发展;加强养殖废弃物综合利用的指民和服务;建设标准化养殖示范场,指导创建水产健康养殖示范场1-2个,引导杨林、中洲、麻塘等乡镇肉牛养殖小区发展,创建畜禽标准化示范场2家。"},
                {"kind": "目标", "text": "任务2:提升动物疫病防控水平 突出抓好重大动物"},
            ],
            "facts": [],
            "findings": [
                {"rule": "goal.unquantified", "item": "任务2:提升动物疫病防控水平",
                 "why": "the second annual task names only a direction (提升…水平) with no number; the page stops after '突出抓好重大动物'"},
            ],
            "notes": (
                "岳阳县畜牧水产发展服务中心 (岳阳, 湖南) 2021年度部门整体支出绩效评价自评报告, on the county site (column 38146/38302, "
                "2022-07-14). The county's own form: a cover block and a grid 一、部门(单位)基本概况. The page's title line and "
                "'来源/浏览量' line are site chrome and left out. The stored page stops in 年度主要工作内容 at '任务2:提升动物疫病防控水平 "
                "突出抓好重大动物'; the document stops there, before 二、部门(单位)收支情况 and before any indicator, so no coverage finding "
                "(a report cut before its indicator part). Defects kept: '算编码' (预 missing), '报告日期:2022624' (no separators), "
                "'曾药药政' (for 兽药), '养业', '指民'. 人员编制 57 vs 实有人数 111 is not a rule. 任务1 is partly quantified (1-2个, 2家) "
                "and not flagged; 任务2 as it stands has no number and is flagged (judgement call: the text is cut mid-sentence)."),
        },
    },
    {
        "file": "zj-fenghua-traffic-corridor-selfreport.docx",
        "blocks": [
            ("title", "2021年美丽经济交通走廊项目专项资金绩效自评报告"),
            ("p", "为规范和加强财政专项资金管理、提高资金使用效益,按照有关办法和宁波市奉化区财政专项资金“三公开”的要求,"
                  "现将2021年度美丽经济交通走廊项目的绩效情况报告如下:"),
            ("h", "一、项目基本情况"),
            ("p", "依据《关于下达全省万里美丽经济走廊创建目标任务的通知》(浙交[2017]139号),本项目2021年的主要内容是提升溪南线路况,"
                  "建设里程全长22.33公里。改造内容包括:土路肩硬化;破损沥青路面修复补强;水泥路面白改黑;沿线交通安全设施更新完善;"
                  "沿线排水、防护设施修复完善;沿线结构物修复等。此外还对部分线路的路域环境进行了提升。"),
            ("h", "二、资金使用情况"),
            ("p", "2021年预算安排2700万元,全年实际支出1723.62万元,其中溪南线提升改造工程支出1078.81万元,其他路域环境提升工程支支出"
                  "644.81万元,均按项目合同约定支付。余款结转下年待付。"),
            ("h", "三、项目实施成效"),
            ("p", "项目实施后,溪南线全长22.33公里完成改造提升,相关路线的路域环境也得到提升,为奉化打造自然风景、科创产业、生态富民、"
                  "历史人文和港口经济五条走廊贡献了交通方面的力量。"),
            ("right", "宁波市奉化区交通运输局"),
            ("right", "2022年08月01日"),
        ],
        "gold": {
            "source_urls": ["http://www.fh.gov.cn/art/2022/8/5/art_1229037584_4018949.html"],
            "province": "浙江",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "2021年美丽经济交通走廊项目资金", "kind": "budget", "planned": 2700, "actual": 1723.62,
                 "stated_rate": None, "unit": "万元"},
                {"metric": "全年实际支出", "kind": "sum", "total": 1723.62, "parts": [1078.81, 644.81], "unit": "万元"},
            ],
            "findings": [
                {"rule": "coverage.missing_dimension", "item": "效益指标",
                 "why": "the complete self-evaluation report gives its effect only as a slogan (five corridors) with no measured benefit"},
                {"rule": "coverage.missing_dimension", "item": "满意度指标",
                 "why": "the complete self-evaluation report reports no satisfaction result at all"},
            ],
            "notes": (
                "宁波市奉化区交通运输局 (浙江) 2021年美丽经济交通走廊项目专项资金绩效自评报告, dated 2022-08-01, published 2022-08-05 "
                "(索引号 113302830029805918/2022-131998; the metadata grid is site chrome and left out). The stored page holds the whole "
                "report (it ends with the signature), prose only, no indicator table. Facts kept: 浙交[2017]139号, 溪南线 22.33公里, "
                "2700 / 1723.62 万元, 1078.81 + 644.81 = 1723.62 (consistent), '支支出' typo kept; no execution rate is stated "
                "(1723.62 / 2700 = 63.84%) so no rate finding; the unspent part is said to be carried over. Judgement calls: the report is "
                "complete and should report indicator results, so the missing 效益 and 满意度 dimensions are flagged; 产出 is not flagged "
                "because the output (22.33公里 completed) is reported as a quantified result in prose. The report states no target of its "
                "own (the task sentence describes the works), so goals is empty."),
        },
    },
    {
        "file": "hn-yanling-goose-breed-selfreport.docx",
        "blocks": [
            ("title", "炎陵县农业农村局2019年鄱县白鹅资源保种经费的绩效自评报告"),
            ("h", "一、项目概况"),
            ("p", "(一)项目单位基本情况。"),
            ("p", "1.主要职能。(1)执行国家关于种植业、畜牧业、渔业、农业机械化、农产品加工业和农垦等农业产业发展的方针政策。"
                  "(2)承担全县农业和农村工作的综合协调。(3)指导扶持农业社会化服务体系、农村合作经济组织、农民专业合作社和"
                  "农产品行业协会的建设发展。(4)依法监督管理农业生产,组织落实农机惠农政策,负责农作物重大病虫害防治。"),
            ("p", "2.机构情况。2019年机构改革后,我单位所属事业单位分为两类,其中公益一类8个和公益二类1个。公益一类:(1)畜牧水产事务中心、"
                  "(2)农机事务中心、(3)农业综合服务中心、(4)农业技术推广中心、(5)湖南省农业广播电视学校炎陵县分校、"
                  "(6)农产品质量安全检测中心、(7)炎陵黄桃产业发展中心、(8)炎陵县农业综合行政执法大队。公益二类:农业技术服务中心。"),
            ("p", "3.人员情况。截止2019年12月底,人员编制144人(行政编10人、机关后勤编2人、全额事业编132人),年末实有266人,"
                  "其中在职人员143人,离休1人,退休122人。"),
            ("p", "(二)项目基本情况简介。"),
            ("p", "鄱县白鹅于1986年被国家农业部列入地方畜禽优质品种资源,2006年农业部第662号公告将其列入国家畜禽遗传基因保护名录,"
                  "2008年鄱县白鹅种鹅场首批经国家农业部第1058号公告批准为国家级资源保种场,2009年农业部"),
        ],
        "gold": {
            "source_urls": ["https://m.taowenge.com/p-72235704.html"],
            "province": "湖南",
            "doc_kind": "自评报告",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": [
                {"metric": "人员编制", "kind": "sum", "total": 144, "parts": [10, 2, 132], "unit": "人"},
                {"metric": "年末实有人数", "kind": "sum", "total": 266, "parts": [143, 1, 122], "unit": "人"},
                {"metric": "所属事业单位", "kind": "sum", "total": 9, "parts": [8, 1], "unit": "个"},
            ],
            "findings": [],
            "notes": (
                "炎陵县农业农村局 (株洲, 湖南) 2019年 酃县白鹅资源保种经费 绩效自评报告, a DOCX on the taowenge mirror (9 pages); the "
                "mirror's share/preview text is left out. The body text (OCR of the file) writes the breed as '鄱县白鹅' while the mirror's "
                "file name has '酃县'; the document keeps the body's '鄱县' (OCR slip, kept as found). The stored page stops in 一、(二) at "
                "'2009年农业部'; the document stops there, before the project's goals, money and results: a prose report cut before its "
                "indicator part, so no coverage finding and no goal. Facts kept: 8 + 1 units (names), 144 = 10 + 2 + 132 编制, 266 = 143 + "
                "1 + 122 实有 (both consistent), 1986 / 2006 第662号 / 2008 第1058号. Duties are in our own words."),
        },
    },
]


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------
def set_font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(docx.oxml.ns.qn("w:rFonts"))
    if rfonts is None:
        rfonts = docx.oxml.OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(docx.oxml.ns.qn("w:eastAsia"), "SimSun")


def write_docx(path, blocks):
    d = docx.Document()
    for kind, content in blocks:
        if kind == "pagebreak":
            d.add_page_break()
            continue
        if kind == "table":
            rows = content["rows"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = t.cell(r, c)
                    cell.text = ""
                    lines = val.split("\n")
                    p = cell.paragraphs[0]
                    for i, line in enumerate(lines):
                        if i:
                            p = cell.add_paragraph()
                        set_font(p.add_run(line), 10)
            for (r1, c1, r2, c2) in content.get("merge", []):
                a = t.cell(r1, c1)
                b = t.cell(r2, c2)
                keep = [p for p in a.paragraphs]
                a.merge(b)
                # python-docx appends the emptied paragraphs of merged cells: drop empty ones
                cell = t.cell(r1, c1)
                for p in list(cell.paragraphs)[len(keep):]:
                    if not p.text:
                        p._element.getparent().remove(p._element)
            continue
        p = d.add_paragraph()
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(content), 16, True)
        elif kind == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(content), 12)
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            set_font(p.add_run(content), 11)
        elif kind == "h":
            set_font(p.add_run(content), 12, True)
        else:
            set_font(p.add_run(content), 11)
    cp = d.core_properties
    cp.author = "blind54"
    cp.last_modified_by = "blind54"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    d.save(path)


def write_xuancheng(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    cells = {}

    def put(ref, val, bold=False, align=center):
        cells[ref] = (val, bold, align)

    put("A1", "宣城市转移支付区域(项目)绩效目标自评表", True)
    put("A2", "(2023年度)")
    put("A3", "转移支付(项目)名称")
    put("B3", "中央农业防灾减灾(动物防疫补助)及省级农业高质量发展(“两强一增”行动)", align=left)
    put("A4", "中央主管部门")
    put("B4", "农业农村部", align=left)
    put("A5", "地方主管部门")
    put("B5", "省农业农村厅", align=left)
    put("E5", "资金使用单位")
    put("F5", "宣城市农业农村局", align=left)
    put("A6", "资金投入情况(万元)")
    put("D6", "全年预算数(A)")
    put("E6", "全年执行数(B)")
    put("F6", "预算执行率(B/A×100%)")
    put("B7", "年度资金总额:", align=left)
    put("D7", 148)
    put("E7", 46)
    put("F7", "31.00%")
    put("B8", "其中:中央财政资金", align=left)
    put("D8", 102)
    put("E8", 0)
    put("F8", "0%")
    put("B9", "地方资金", align=left)
    put("D9", 46)
    put("E9", 46)
    put("F9", "100%")
    put("B10", "其他资金", align=left)
    put("A11", "资金管理情况")
    put("D11", "情况说明")
    put("F11", "存在问题和改进措施")
    rows = [("分配科学性", "分配科学", "无"), ("下达及时性", "下达及时", "无"),
            ("拨付合规性", "拨付合规", "无"), ("使用规范性", "使用规范", "无"),
            ("执行准确性", "执行准确", "因使用了往年结余资金采")]
    for i, (a, b, c) in enumerate(rows):
        r = 12 + i
        put("B%d" % r, a)
        put("D%d" % r, b)
        put("F%d" % r, c, align=left)
    for r in range(1, 17):
        for col in "ABCDEFGH":
            ref = "%s%d" % (col, r)
            cell = ws[ref]
            if ref in cells:
                val, bold, align = cells[ref]
                cell.value = val
                cell.font = Font(name="SimSun", size=14 if r == 1 else 10, bold=bold)
                cell.alignment = align
            if r >= 3:
                cell.border = border
    merges = ["A1:H1", "A2:H2", "B3:H3", "B4:H4", "B5:D5", "F5:H5",
              "A6:A10", "B6:C6", "F6:H6",
              "B7:C7", "F7:H7", "B8:C8", "F8:H8", "B9:C9", "F9:H9", "B10:C10", "F10:H10",
              "A11:A16", "B11:C11", "D11:E11", "F11:H11"]
    for r in range(12, 17):
        merges += ["B%d:C%d" % (r, r), "D%d:E%d" % (r, r), "F%d:H%d" % (r, r)]
    for m in merges:
        ws.merge_cells(m)
    for col, w in zip("ABCDEFGH", [14, 10, 10, 13, 13, 10, 10, 10]):
        ws.column_dimensions[col].width = w
    for r in range(1, 17):
        ws.row_dimensions[r].height = 28 if r != 3 else 36
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "blind54"
    wb.properties.lastModifiedBy = "blind54"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)


def pin_zip(path):
    """Rewrite the OOXML zip with fixed entry dates so runs are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = pin_core(data)
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    os.replace(tmp, path)


def pin_core(data):
    import re
    text = data.decode("utf-8")
    text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\2", text)
    text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\2", text)
    return text.encode("utf-8")


def export_pdf(path):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_gold(fname, gold):
    out = {"source": fname}
    out.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv[1:]
    os.makedirs(ANN, exist_ok=True)
    for doc in DOCS:
        path = os.path.join(HERE, doc["file"])
        if doc["file"].endswith(".xlsx"):
            write_xuancheng(path)
        else:
            write_docx(path, doc["blocks"])
        pin_zip(path)
        write_gold(doc["file"], doc["gold"])
        pdf = os.path.splitext(doc["file"])[0] + ".pdf"
        if not no_pdf:
            export_pdf(path)
        write_gold(pdf, doc["gold"])
        print("wrote", doc["file"], "(+ pdf)" if not no_pdf else "")


if __name__ == "__main__":
    main()
