"""Build the blind287 documents (angle: early performance budgeting, 2013-2018).

The gold (GOLD below) is written before any file is built or read back.
Run:  /tmp/wvenv/bin/python make_blind287_layouts.py
It writes the DOCX files and their PDFs beside annotations/, one JSON per file,
checks every gold string against pdftotext, and prints md5 sums.
"""

import copy
import datetime
import hashlib
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
LO_PROFILE = "file:///tmp/lo_blind287"
FIXED_DT = datetime.datetime(2018, 1, 1, 0, 0, 0)
ZIP_DT = (1980, 1, 1, 0, 0, 0)
FONT = "Noto Serif CJK SC"

# ---------------------------------------------------------------------------
# Gold, written first.
# ---------------------------------------------------------------------------

URL_HAINAN = "http://kundeju.com/news/19110.html"
URL_HLJ = "http://m.xalxdy.cn/DongTaiXinWen/539317.html"
URL_HUNAN = "http://www.hyx.gov.cn/hyxwsjkj/xxgk/ywgz/20200214/i1114362.html"
URL_YYLQ = "http://honglinkj.com/yylq/21487/21535/21748/21762/22015/content_1862437.html"


def ind(level1, level2, name, operator=None, value=None, unit=None,
        target_text=None, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name,
            "operator": operator, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


HAINAN_GOAL_2017 = "今年,全省计划改造农村危房2.5万户,其中建档立卡贫困户危房2.3万户。"
HAINAN_GOAL_2018 = ("到2018年,海南力争全面完成建档立卡贫困户、低保户、农村分散供养特困人员、"
                    "贫困残疾人家庭4类人员的危房改造任务。")

GOLD_HAINAN = {
    "province": "海南省",
    "doc_kind": "绩效评估结果通报的新闻稿(2016年度农村危房改造)",
    "patterns": [],
    "indicators": [
        ind(None, None, "农村危房改造任务", "=", 2.61, "万户",
            "2016年国家下达海南农村危房改造任务2.61万户"),
        ind(None, None, "自定计划", "=", 3.5, "万户", "全省结合实际自定计划3.5万户"),
        ind(None, None, "计划改造农村危房", "=", 2.5, "万户", "计划改造农村危房2.5万户"),
        ind(None, None, "建档立卡贫困户危房", "=", 2.3, "万户", "其中建档立卡贫困户危房2.3万户"),
    ],
    "goals": [
        {"kind": "年度目标", "text": HAINAN_GOAL_2017},
        {"kind": "中期目标", "text": HAINAN_GOAL_2018},
    ],
    "facts": [
        {"metric": "开工率", "kind": "rate", "total": 2.61, "parts": [4.1], "unit": "%",
         "stated": 157, "note": "实际开工4.1万户 / 国家任务2.61万户 = 157.1%,与所写157%相符"},
        {"metric": "竣工率", "kind": "rate", "total": 2.61, "parts": [3.57], "unit": "%",
         "stated": 136, "note": "竣工3.57万户 / 任务2.61万户 = 136.8%,取整应为137%,文中写136%"},
    ],
    "findings": [
        {"rule": "consistency.rate", "item": "竣工率",
         "why": "3.57万户÷2.61万户=136.8%,按所写的整数位应为137%,文中写136%(截断而非四舍五入)"},
    ],
    "notes": ("Stored page is a 2017-05-15 news item (南海网 via 坤德居) on the 2016 national 农村危房改造 "
              "绩效评估: 88.7分, 全国第四. Targets stand only in running text: the national task 2.61万户, "
              "the province's own plan 3.5万户, the 2017 plan 2.5万户 (其中建档立卡 2.3万户) and a 2018 "
              "goal without a count. Results 开工4.1万户/157% and 竣工3.57万户/136% are given as rates "
              "on the national task; both exceed it (超额完成), the province's own plan (3.5万户) is "
              "beaten by 开工 but not by 竣工. Bare counts of a task are coded operator '='. Not flagged: "
              "target.too_low (竣工 is 136.8% of the task, below the 150% line; 开工 157% is starts, not "
              "results). The 88.7分 is a ranking score with no grade band, so consistency.grade is not "
              "applicable. The stored page goes on with the host site's advertisement (坤德居服务…), "
              "which is not reproduced; the document ends after the 2018 sentence."),
}

HLJ_TASK = ("2015年,國家給我省下達農村危房改造任務110000戶(含節能示範戶54000戶)。其中,"
            "貧困地區危房改造40000戶;其它地區危房改造70000戶(含抗震設防烈度8度及以上的地震"
            "高烈度設防地區農房抗震改造5600戶)。110000戶農村危房改造須在10月底前全部竣工並入住。")

GOLD_HLJ = {
    "province": "黑龙江省",
    "doc_kind": "转发通知及实施方案(2015年农村危房改造,改造任务段)",
    "patterns": [8],
    "indicators": [
        ind("改造任務", None, "農村危房改造任務", "=", 110000, "戶", "農村危房改造任務110000戶"),
        ind("改造任務", None, "節能示範戶", "=", 54000, "戶", "含節能示範戶54000戶"),
        ind("改造任務", None, "貧困地區危房改造", "=", 40000, "戶", "貧困地區危房改造40000戶"),
        ind("改造任務", None, "其它地區危房改造", "=", 70000, "戶", "其它地區危房改造70000戶"),
        ind("改造任務", None, "農房抗震改造", "=", 5600, "戶", "農房抗震改造5600戶"),
        ind("改造任務", None, "竣工並入住", None, None, None, "須在10月底前全部竣工並入住"),
    ],
    "goals": [
        {"kind": "年度目标", "text": HLJ_TASK},
    ],
    "facts": [
        {"metric": "農村危房改造任務", "kind": "sum", "total": 110000, "parts": [40000, 70000],
         "unit": "戶", "note": "貧困地區40000 + 其它地區70000 = 110000,相符;節能示範戶54000與抗震改造5600為"
                               "其中數,不參與加總"},
    ],
    "findings": [],
    "notes": ("Stored page is a spam-site copy (大風車考試網, headline about 新農村建設, dated 2024-05-24) of "
              "the 2015-07-28 notice by 黑龍江省住房和城鄉建設廳/發展和改革委員會/財政廳 with its attached "
              "《黑龍江省2015年農村危房改造實施方案》. The stored text is in traditional characters (site "
              "conversion); kept as stored. An obscene spam line above the headline is not reproduced. "
              "Targets stand only in running text (一、改造任務): counts per area and a deadline "
              "'10月底前' without a year in the same sentence (year 2015 from context) — not flagged as "
              "time_no_deadline because the month is stated. The page stops inside 二、范圍和對象 at "
              "'優先安'; the document ends with the last complete sentence before it. Quality, effect and "
              "satisfaction requirements may follow in the part not stored, so coverage.missing_dimension "
              "is not flagged."),
}

GOLD_HUNAN = {
    "province": "湖南省",
    "doc_kind": "年度工作考评计分办法(指标分值与计分规则)",
    "patterns": [],
    "indicators": [
        ind("重要指标(32分)", "责任指标完成情况(6分)", "符合政策生育率责任指标完成情况", weight=3),
        ind("重要指标(32分)", "责任指标完成情况(6分)", "出生人口性别比责任指标完成情况", weight=3),
        ind("重要指标(32分)", None, "违法生育多孩率", weight=7),
        ind("重要指标(32分)", "违法生育多孩率(7分)", "符合政策生育率水平情况"),
        ind("重要指标(32分)", "违法生育多孩率(7分)", "符合政策生育率进步情况"),
        ind("重要指标(32分)", None, "出生人口性别比", weight=3),
        ind("重要指标(32分)", "出生人口性别比(3分)", "出生人口性别比水平情况", "<=", 107, None,
            "出生人口性别比在107及以下的计满分"),
    ],
    "goals": [],
    "facts": [
        {"metric": "责任指标完成情况", "kind": "sum", "total": 6, "parts": [3, 3], "unit": "分",
         "note": "两个责任指标各3分,合计6分,相符"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": "符合政策生育率责任指标完成情况",
         "why": "按“省下达的责任指标”扣分,但办法中没有写出该责任指标的数值"},
        {"rule": "target.missing_value", "item": "出生人口性别比责任指标完成情况",
         "why": "按“省下达的责任指标”扣分,但办法中没有写出该责任指标的数值"},
    ],
    "notes": ("Stored page (衡阳县卫健局 site, archived 2020-02-14) holds the 2017 Hunan 计划生育工作考评 "
              "市州计分办法. It is a points framework written as a numbered list, not a table: headings carry "
              "the points ((32分), (6分), (3分), (7分)); sub-items 1./2. under (二) and (三) carry no points "
              "of their own (split 7:3 or 3:7 by level vs progress). Formulas (违法生育多孩率=100%—符合政策生育率 "
              "etc.) are definitions, not targets, and the ratios 7:3/3:7 and 0.1/0.3 are scoring numbers, "
              "not targets. The only stated target value is 出生人口性别比 ≤107 for full points (a ratio index, "
              "no unit written; not flagged as missing_unit). The page stops at '2' right after "
              "1.出生人口性别比水平情况, so the rest of 重要指标(32分) is missing: the 32-point subtotal cannot "
              "be checked (6+7+3=16 so far) and is not flagged."),
}

GOLD_YYLQ = {
    "province": "湖南省",
    "doc_kind": "部门整体支出绩效评价自评报告(封面及基本概况表,未到指标部分)",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Outside the 2013-2018 angle (2020 report, dated 2021-06-25); used because the search budget "
              "ran out before a further early-year form could be found. Stored page is a mirror "
              "(honglinkj.com/yylq/…) of a 岳阳楼区 page: cover fields (部门名称, 预算编码 601001, 评价方式, "
              "评价机构, 报告日期, 岳阳楼区财政局(制)) and the first table 一、部门(单位)基本概况 with 联系人, "
              "联络电话, 人员编制 48, 实有人数 50 and a long 职能职责概述 cell merged across the row. The mirror "
              "injected a spam phrase ('买足球的软件') into duty (一); it is not reproduced. The page stops "
              "inside duty (八) ('推行全民健身计划,指导并开展'), before 年度主要工作内容, the money tables and "
              "the score table, so there are no goals, indicators or facts to extract; a reader should "
              "return none and should not report table_not_understood for a plain label/value form."),
}

GOLD = {
    "hainan_2016_weifang_pinggu_tongbao.docx": (URL_HAINAN, GOLD_HAINAN),
    "heilongjiang_2015_weifang_shishi_fangan.docx": (URL_HLJ, GOLD_HLJ),
    "hunan_2017_jisheng_kaoping_jifen_banfa.docx": (URL_HUNAN, GOLD_HUNAN),
    "yueyanglouqu_2020_bumen_zhengti_ziping_baogao.docx": (URL_YYLQ, GOLD_YYLQ),
}

# ---------------------------------------------------------------------------
# Document contents (long sentences rewritten in my own words; figures kept).
# Block kinds: title, meta, h, p, list, sign, table.
# ---------------------------------------------------------------------------

DOC_HAINAN = [
    ("title", "海南2016年农村危房改造绩效评估排名全国第四"),
    ("meta", "来源:南海网 编辑:yangdejian 发布日期:2017年05月15日"),
    ("p", ("国家住房和城乡建设部、财政部近日就全国31个省级行政区域2016年农村危房改造工作的绩效评估情况"
          "发出通报,海南得88.7分,位列全国第四。2014年、2015年海南在这项考评中分别排在全国第五和全国第三,"
          "已连续三年处于全国前列。")),
    ("p", ("在国务院办公厅关于对2016年落实有关重大政策措施真抓实干成效明显地方予以表扬激励的通报中,海南"
          "也因棚户区改造和农村危房改造工作主动、见效明显而获得表扬。")),
    ("p", ("海南省委、省政府把农村危房改造列为“2016年为民办实事”十大事项之一。2016年国家下达海南农村危房"
          "改造任务2.61万户,全省结合实际自定计划3.5万户;截至12月底,实际开工4.1万户,开工率157%,"
          "竣工3.57万户,竣工率136%,两项都超过了国家下达的任务。")),
    ("p", ("工作中,省住建厅、发改委、财政厅、扶贫办、残联等部门分工负责、相互配合,落实组织、责任和资金。"
          "全省制定精准扶贫方案,为建档立卡贫困户等重点对象建立危房改造档案台账,按“改造一户、销号一户”"
          "推进精准帮扶;对自身无力改造的农户,各市县分类施策、加大帮扶,保证贫困户危房改造按时完成。")),
    ("p", HAINAN_GOAL_2017),
    ("p", HAINAN_GOAL_2018),
]

DOC_HLJ = [
    ("title", "黑龍江新農村建設政策規定,黑龍江新農村建設規劃方案"),
    ("meta", "2024-05-24 07:07:42 大風車考試網"),
    ("p", ("農村危房改造政策性、專業性都很強,是一項必須落到實處、辦好辦實的民生工程。依據住建部、國家發改委、"
          "財政部《关于做好2015年農村危房改造工作的通知》(建村[2015]40號)的要求,結合我省實際,制定了"
          "《黑龍江省2015年農村危房改造實施方案》,現印發給你們,請各地認真貫徹執行。")),
    ("p", "附件:"),
    ("list", "1.黑龍江省2015年農村危房改造實施方案"),
    ("list", "2.住建部國家發改委財政部《关于做好2015年農村危房改造工作的通知》(建村[2015]40號)"),
    ("sign", "黑龍江省住房和城鄉建設廳 黑龍江省發展和改革委員會 黑龍江省財政廳"),
    ("sign", "2015年7月28日"),
    ("title", "黑龍江省2015年農村危房改造實施方案"),
    ("p", ("為保證全省農村危房改造工作順利推進,依據住房和城鄉建設部、國家發展改革委、財政部《关于做好"
          "2015年農村危房改造工作的通知》(建村[2015]40號)的要求,結合我省情況,制定本實施方案:")),
    ("h", "一、改造任務"),
    ("p", HLJ_TASK),
    ("h", "二、范圍和對象"),
    ("p", ("改造范圍為全省所有縣(市、區)。改造對象是按《農村危險房屋鑒定技術導則(試行)》鑒定為整棟危房"
          "(D級)或局部危房(C級)並居住其中的農村分散供養五保戶、低保戶、貧困殘疾人家庭和其他貧困戶。")),
]

DOC_HUNAN = [
    ("title", "湖南省2017年度计划生育工作考评"),
    ("title", "市州计分办法"),
    ("p", ("依据《湖南省人口和计划生育领导小组关于印发〈湖南省2017年度计划生育工作考评方案〉的通知》"
          "(湘人口领发〔2017〕2号)的精神,制定本计分办法。")),
    ("h", "一、重要指标(32分)"),
    ("h", "(一)责任指标完成情况(6分)"),
    ("p", "1.符合政策生育率责任指标完成情况(3分)。"),
    ("p", "未达到省下达的责任指标时,每低0.1个百分点扣0.3分,扣完即止。"),
    ("p", "2.出生人口性别比责任指标完成情况(3分)。"),
    ("p", "未达到省下达的责任指标时,出生人口性别比与上年持平扣0.1分,在此基础上每高0.1个比点再扣0.1分。"),
    ("h", "(二)违法生育多孩率(7分)"),
    ("p", "违法生育多孩率=100%—符合政策生育率。"),
    ("p", "符合政策生育率=年度出生人口中符合现行生育政策人数/年度出生人数×100%。"),
    ("p", ("按违法生育控制的不同水平分类考核,对符合政策生育率的水平情况和进步情况分别给出计分权重:"
          "高于全省平均水平的按7:3计,低于全省平均水平的按3:7计。")),
    ("p", "1.符合政策生育率水平情况。以全省本年度符合政策生育率的平均值为基数,按比例分段计分。"),
    ("p", "2.符合政策生育率进步情况。以符合政策生育率的进步幅度为基数,按比例分段计分。"),
    ("p", "符合政策生育率进步幅度=本年度评估符合政策生育率—上年度评估符合政策生育率。"),
    ("p", "以上得分按人口规模和难度系数加权修正后计入,最高不超过本项目分。"),
    ("h", "(三)出生人口性别比(3分)"),
    ("p", "出生人口性别比=年度出生人口中男孩人数/年度出生人口中女孩人数×100。"),
    ("p", ("按出生人口性别比综合治理的不同水平分类考核,对水平情况和进步情况分别给出计分权重:"
          "高于全省平均水平的按3:7计,低于全省平均水平的按7:3计。")),
    ("p", "1.出生人口性别比水平情况。出生人口性别比在107及以下的计满分;高于107的,按幅度分段计分。"),
]

YYLQ_DUTIES = (
    "(一)贯彻执行国家和省、市关于文化、体育、旅游工作的方针政策和法律法规,研究拟订全区文化、体育、旅游"
    "工作的政策和规划,并组织实施、监督检查。"
    "(二)拟订全区文化、体育、旅游事业发展战略规划并组织实施,推进全区文化、体育、旅游领域体制机制改革。"
    "(三)指导、管理全区文学艺术事业,指导艺术创作与生产,扶持有代表性、示范性、实验性的文化艺术品种,"
    "组织、管理和指导全区性重大文化艺术活动;收藏美术精品,组织文化艺术学术研究,开展群众审美教育。"
    "(四)统筹规划全区文化、体育、旅游市场发展,负责全区文化、体育、文物行政许可,负责区域内文物、体育"
    "市场的行政执法。"
    "(五)拟订全区文化旅游产业规划和政策,指导、协调文化旅游事业发展,统筹安排文化、体育、旅游、文物事业"
    "经费,规划和指导全区重点文化设施建设。"
    "(六)指导、管理全区社会文化事业,指导图书馆(室)、文化馆(站)、社区书屋事业和基层文化建设;拟订全区"
    "非物质文化遗产保护规划,组织非物质文化遗产保护和优秀民族文化传承普及。"
    "(七)归口管理全区文物事业,拟订并组织实施全区文物事业发展规划和政策,承担文物保护的宣传教育和执法。"
    "(八)推行全民健身计划。"
)

DOC_YYLQ = [
    ("title", "岳阳楼区2020年度部门(单位)整体支出"),
    ("title", "绩效评价自评报告"),
    ("meta", "部门(单位)名称: 岳阳楼区文化旅游广电体育局"),
    ("meta", "预 算 编 码: 601001"),
    ("meta", "评价方式:部门(单位)绩效自评"),
    ("meta", "评价机构:部门(单位)评价组"),
    ("meta", "报告日期: 2021 年 6 月 25 日"),
    ("sign", "岳阳楼区财政局(制)"),
    ("h", "一、部门(单位)基本概况"),
    ("table", [
        ["联系人", "孙静", "联络电话", "0730-8699916"],
        ["人员编制", "48", "实有人数", "50"],
        ["职能职责概述", YYLQ_DUTIES, "", ""],
    ], [(2, 1, 2, 3)]),
]

CONTENT = {
    "hainan_2016_weifang_pinggu_tongbao.docx": DOC_HAINAN,
    "heilongjiang_2015_weifang_shishi_fangan.docx": DOC_HLJ,
    "hunan_2017_jisheng_kaoping_jifen_banfa.docx": DOC_HUNAN,
    "yueyanglouqu_2020_bumen_zhengti_ziping_baogao.docx": DOC_YYLQ,
}

# ---------------------------------------------------------------------------
# Builders
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
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)


def add_par(doc, text, size=11, bold=False, align=None):
    par = doc.add_paragraph()
    if align is not None:
        par.alignment = align
    set_font(par.add_run(text), size, bold)
    return par


def build_docx(path, blocks, title):
    doc = Document()
    for kind, *rest in blocks:
        if kind == "title":
            add_par(doc, rest[0], 16, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "meta":
            add_par(doc, rest[0], 10, False, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "h":
            add_par(doc, rest[0], 12, True)
        elif kind == "p" or kind == "list":
            add_par(doc, rest[0], 11)
        elif kind == "sign":
            add_par(doc, rest[0], 11, False, WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "table":
            rows, merges = rest
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = ""
                    if text:
                        set_font(cell.paragraphs[0].add_run(text), 10)
            for r1, c1, r2, c2 in merges:
                table.cell(r1, c1).merge(table.cell(r2, c2))
    props = doc.core_properties
    props.title = title
    props.author = "blind287"
    props.last_modified_by = "blind287"
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.revision = 1
    doc.save(path)
    normalise_zip(path)


def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        items = [(name, zin.read(name)) for name in sorted(zin.namelist())]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def export_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(path)[0] + ".pdf"
    fix_pdf(pdf)
    return pdf


def fix_pdf(pdf):
    """Pin the dates and the document ID so two runs give identical bytes (same lengths)."""
    with open(pdf, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"D:\d{14}[^)>]*", lambda m: b"D:20180101000000Z"[: len(m.group(0))].ljust(
        len(m.group(0)), b"0"), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^<\"]*", lambda m: b"2018-01-01T00:00:00Z"[
        : len(m.group(0))].ljust(len(m.group(0)), b"0"), data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + b"0" * 36, data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", lambda m: b"/DocChecksum /" + b"0" * 32, data)
    with open(pdf, "wb") as fh:
        fh.write(data)


def pdf_text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", out)


def gold_strings(gold):
    strings = []
    for row in gold["indicators"]:
        strings.append(row["name"])
        if row["target_text"]:
            strings.append(row["target_text"])
    for goal in gold["goals"]:
        strings.append(goal["text"])
    for finding in gold["findings"]:
        strings.append(finding["item"])
    return strings


def write_json(name, url, gold):
    record = {"source": name, "source_urls": [url]}
    record.update(copy.deepcopy(gold))
    ordered = {k: record[k] for k in ("source", "source_urls", "province", "doc_kind", "patterns",
                                      "indicators", "goals", "facts", "findings", "notes")}
    with open(os.path.join(ANN, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(ordered, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def main():
    os.makedirs(ANN, exist_ok=True)
    problems = []
    sums = {}
    for name, (url, gold) in GOLD.items():
        path = os.path.join(HERE, name)
        build_docx(path, CONTENT[name], os.path.splitext(name)[0])
        pdf = export_pdf(path)
        text = pdf_text(pdf)
        for s in gold_strings(gold):
            if re.sub(r"\s+", "", s) not in text:
                problems.append(f"{os.path.basename(pdf)}: missing {s!r}")
        write_json(name, url, gold)
        write_json(os.path.basename(pdf), url, gold)
        sums[name] = md5(path)
        sums[os.path.basename(pdf)] = md5(pdf)
    for fname in sorted(sums):
        print(sums[fname], fname)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all gold strings found in the PDFs")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--clean":
        shutil.rmtree(ANN, ignore_errors=True)
    main()
