# -*- coding: utf-8 -*-
"""blind181: North-West / plateau layouts (西藏, 新疆, 宁夏).

Gold first (as Python data), then the builders. Run with /tmp/venv/bin/python.
Every document reproduces the beginning of one stored public page, up to where
the stored page stops. Longer sentences are re-worded; names, numbers, units,
dates, document numbers and organisations are kept as written.
"""
import datetime
import io
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

PART = "blind181"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

# -- Doc A: 西藏自治区文物局 中央转移支付2020年度绩效自评报告 -----------------
A_INTRO = ("按照《关于开展2020年度中央对地方转移支付预算执行情况绩效自评工作的通知》"
           "(藏财监﹝2021﹞5号)的要求,我局对2020年度中央对地方转移支付项目进行了梳理,"
           "并已将该《通知》及时转发至相关单位。现将汇总后的2020年度中央对地方转移支付"
           "项目绩效自评情况报告如下:")
A_FUNDS = ("2020年度,自治区财政厅共分解下达中央转移支付全区文物保护专项资金22171万元,"
           "其中下达地市9397万元,下达区直文博系统12774.00万元。区直文博系统的项目包括:"
           "其一,布达拉宫管理处下达预算资金9378万元,具体为布达拉宫雪城修缮展示工程项目3005万元、"
           "布达拉宫二期结构检测工程项目1235万元、布达拉宫古籍文献保护数字化与编目二期项目255万元、"
           "布达拉宫古籍文献保护预防性保护二期项目429万元、布达拉宫古籍文献保护抢救性保护二期项目1228万元、"
           "布达拉宫消防提升工程项目1613万元;其二,西藏博物馆下达预算资金5009万元,"
           "用于西藏博物馆新馆展陈环境可移动文物预防保护项目。")
A_GOALS = ("2020年度中央转移支付项目绩效目标的分解下达分两种情况:一是布达拉宫管理处年初预算内"
           "项目资金6152万元,其绩效目标按预算申报时的绩效核定,没有另行分解下达;二是提前下达给"
           "布达拉宫管理处和西藏博物馆的项目资金6622万元,其绩效目标依照2020年度国家文物保护资金"
           "申报汇总的绩效目标下达。")
A_CUT = "一是2020年度中央转移支付项目资"

DOC_A = {
    "stem": "xizang-zizhiqu-wenwuju-zhongyangzhuanyi-zipingbaogao",
    "source_urls": ["http://www.xizang.gov.cn/zwgk/xxgk_424/zxxxgk/202103/t20210315_196191.html"],
    "province": "西藏自治区",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "中央转移支付全区文物保护专项资金", "kind": "sum", "total": 22171,
         "parts": [9397, 12774.00], "unit": "万元"},
        {"metric": "区直文博系统", "kind": "sum", "total": 12774.00,
         "parts": [9378, 5009], "unit": "万元",
         "note": "stated parts add to 14387, not 12774.00"},
        {"metric": "布达拉宫管理处下达预算资金", "kind": "sum", "total": 9378,
         "parts": [3005, 1235, 255, 429, 1228, 1613], "unit": "万元",
         "note": "listed projects add to 7765, not 9378"},
        {"metric": "区直文博系统(年初预算内+提前下达)", "kind": "sum", "total": 12774.00,
         "parts": [6152, 6622], "unit": "万元",
         "note": "consistent; 6152 = first five 布达拉宫 projects, 6622 = 1613 + 5009"},
    ],
    "findings": [
        {"rule": "consistency.sum", "item": "布达拉宫管理处下达预算资金",
         "why": "总额写9378万元,但列出的六个子项目3005+1235+255+429+1228+1613=7765万元,相差1613万元(正好是消防提升工程的金额)"},
        {"rule": "consistency.sum", "item": "区直文博系统",
         "why": "区直文博系统写12774.00万元,而两个单位布达拉宫管理处9378万元+西藏博物馆5009万元=14387万元;按子项目计算7765+5009=12774,错在9378"},
    ],
    "notes": ("Prose self-evaluation report of a central transfer, no indicator table in the stored part. "
              "The stored page stops mid-sentence in 三、(一)资金投入情况 ('一是2020年度中央转移支付项目资'); "
              "the fragment is kept. Header fields (标题/索引号/文号/发布机构/发布日期) rebuilt as the small "
              "table the page shows; 文号 is empty on the page. The two consistency.sum findings come from one "
              "slip (9378 should be 7765); a tool may report either or both."),
}

# -- Doc B: 西藏自治区发展和改革委员会 2020年度预算绩效管理考核自评报告 -----------
B_INTRO = ("按照《西藏自治区财政厅关于开展2020年度预算绩效管理考核工作的通知》(藏财绩〔2021〕1号)"
           "的要求,我委高度重视并组建专班,认真开展绩效自评工作。自评结果为我委得分98分,"
           "现将我委2020年度部门预算绩效考核自评情况报告如下:")
B_P1 = ("2020年,我委坚持以实现绩效目标为导向,认真落实《中共中央 国务院关于全面实施预算绩效管理的意见》"
        "精神,树牢绩效理念,做好绩效目标编制,强化预算监督管理,提升财政资金使用效益,"
        "为全区发展改革事业提供有力保障。")
B_P2 = ("建立全方位、全过程、全覆盖的预算绩效管理体系,是党中央、国务院和区党委、政府部署的一项重要工作。"
        "我委充分认识全面实施预算绩效管理的重要意义,结合预算绩效管理需要,"
        "2020年从以下四个方面开展了绩效基础工作:")
B_P3 = ("一是强化组织保障。委党组召开专题会议研究全面实施预算绩效管理的具体措施,及时成立预算绩效管理"
        "领导小组及其办公室,形成委主要领导和分管领导亲自抓、委办公室具体抓、相关处室密切配合的工作机制,"
        "推动预算绩效管理工作有力有序开展。")
B_P4 = ("二是完善制度建设。为提高预算绩效管理水平,规范我委预算绩效管理的内部工作关系、明确职责分工,"
        "制定了《区发展改革委预算绩效管理工作协调机制》和《区发展改革委预算绩效管理工作操作细则》。"
        "在制度上规定")

DOC_B = {
    "stem": "xizang-zizhiqu-fagaiwei-jixiaokaohe-zipingbaogao",
    "source_urls": ["http://www.xizang.gov.cn/zwgk/xxgk_424/zxxxgk/202104/t20210420_200073.html"],
    "province": "西藏自治区",
    "doc_kind": "预算绩效管理考核自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "预算绩效管理考核自评得分", "kind": "score", "total": 98, "parts": [], "unit": "分",
         "note": "no grade (优/良/中/差) is written in the stored part"},
    ],
    "findings": [],
    "notes": ("Prose self-assessment of a department's performance-management work (not of a project). "
              "No indicator table, no goals with targets, no arithmetic to check in the stored part: a "
              "'nothing to flag' document. The stored page stops mid-sentence after the two 细则 titles "
              "('在制度上规定'); kept as a fragment."),
}

# -- Doc C: 塔城市2025年财政衔接结余资金(第三批)项目公告公示 -----------------------
C_P1 = ("2025年11月14日,塔城市安排2025年财政衔接结余资金(第三批)合计50.2万元。依据《关于<关于编制上报"
        "2025年财政衔接结余资金(第三批)项目计划的报告>的批复》(塔市农领办字〔2025〕21号),"
        "现将该资金的安排使用情况公示如下∶")
C_P2 = "塔城市安排的2025年财政衔接结余资金为50.2万元,其中中共中央结余资金为48.895579万元,自治区结余资金为1.304421万元。"
C_P3 = ("塔城市严格依照《新疆维吾尔自治区财政衔接推进乡村振兴补助资金(巩固拓展脱贫攻坚成果和乡村振兴有任务)"
        "项目管理办法(暂行)通知》(新乡振【2021】32号)、《新疆维吾尔自治区财政衔接推进乡村振兴补助资金管理办法》"
        "(新财规【2021】11号)等文件规定,经市委农村工作领导小组研究确定,并结合项目准备情况,按下列原则安排使用资金。")
C_TABLE_TITLE = "塔城市2025年财政衔接结余资金(第三批)项目计划表"
C_ROWS = [
    ["项目序号", "项目名称", "建设地点", "建设任务", "责任单位", "责任人", "资金规模(万元)", "", "", ""],
    ["", "", "", "", "", "", "小计", "中央衔接资金", "自治区衔接资金", "备注(其他资金名称)"],
    ["塔城市合计2个", "", "", "", "", "", "50.2", "48.895579", "1.304421", "0"],
    ["1", "塔城市博孜达克镇路南社区速冻库改造项目", "塔城市农产品集聚区(塔城市冠元牧业公司",
     "改造速冻库一间,安装压缩机、冷凝机、冷风机等附属设施", "博孜达克镇人民政府", "包智康",
     "49", "48.891626", "0.108374", "2025年结余资金"],
    ["2", "2025年雨露计划补助项目(第三次追加)", "阿不都拉乡、阿西尔乡",
     "为塔城市的脱贫户、三类户中就读中职、高职的在校生发放补", "", "", "", "", "", ""],
]
C_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5),
            (0, 6, 0, 9), (2, 0, 2, 5)]

DOC_C = {
    "stem": "xinjiang-tacheng-xianjiejieyuzijin-xiangmugongshi",
    "source_urls": ["https://www.xjtcsh.gov.cn/zfxxgk/fdzdgknr/zdly/snbt/content_55557"],
    "province": "新疆维吾尔自治区",
    "doc_kind": "衔接资金项目公告公示(项目计划表)",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2025年财政衔接结余资金(第三批)", "kind": "sum", "total": 50.2,
         "parts": [48.895579, 1.304421], "unit": "万元"},
        {"metric": "塔城市合计2个", "kind": "sum", "total": 50.2,
         "parts": [48.895579, 1.304421, 0], "unit": "万元"},
        {"metric": "塔城市博孜达克镇路南社区速冻库改造项目", "kind": "sum", "total": 49,
         "parts": [48.891626, 0.108374], "unit": "万元"},
    ],
    "findings": [],
    "notes": ("A fund-use disclosure with a project plan table (money columns, no performance indicators): "
              "a table that is NOT an indicator table, so the gold has no indicator rows and no "
              "table_not_understood. Header: first six columns merged over two header rows, "
              "'资金规模(万元)' merged over four sub-columns including 备注. The page writes '中共中央结余资金' "
              "and leaves the parenthesis in '(塔城市冠元牧业公司' unclosed; both kept. The stored page stops "
              "inside row 2's 建设任务 cell ('…在校生发放补'); the rest of row 2 is left empty, so the column "
              "sums of the 合计 row cannot be checked against row 2."),
}

# -- Doc D: 宁夏贺兰山东麓葡萄酒产业园区管委会 2021年项目支出绩效评价等次为优 ------
D_P1 = ("自2022年3月起,贺兰山东麓园区管委会依照《自治区财政厅关于开展2021年度转移支付预算执行情况绩效自评和"
        "项目支出绩效评价工作的通知》(宁财〔绩〕发〔2022〕68号)的要求,高度重视,成立组织机构并制定工作方案,"
        "结合产业发展实际科学建立指标体系,委托第三方机构有序开展2021年葡萄酒产业发展项目支出绩效评价。"
        "评价中多次与西夏区等7个市、县(区)葡萄酒产业主管部门以及宁夏农垦集团等单位沟通,开展数据采集、"
        "实地核查和资料确认,对照年初绩效目标,从数量指标、质量指标、效益指标、满意度指标等方面,"
        "对2021年葡萄酒产业发展项目14500万元资金的使用情况进行了客观公正的评价,"
        "评定结果得分为90.15分,评定等次为“优”。")

DOC_D = {
    "stem": "ningxia-helanshandonglu-putaojiu-jixiaopingjia-jieguo",
    "source_urls": ["http://nxputao.org.cn/zwgk/cwgk/202206/t20220613_4921583.html"],
    "province": "宁夏回族自治区",
    "doc_kind": "绩效评价结果公告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "2021年葡萄酒产业发展项目资金", "kind": "amount", "total": 14500, "parts": [], "unit": "万元"},
        {"metric": "评定结果得分", "kind": "grade", "total": 90.15, "parts": [], "unit": "分",
         "grade": "优", "note": "90.15 >= 90 -> 优, consistent"},
    ],
    "findings": [],
    "notes": ("Short result notice of a third-party evaluation, one paragraph; the whole stored page is "
              "reproduced. Score and grade agree (90.15 → 优), so no consistency.grade finding. The "
              "dimensions named (数量/质量/效益/满意度) are prose, not indicator rows."),
}

# -- Doc E: 中共西藏自治区委员会政法委员会2024年度部门决算公开报告 ------------------
E_TITLE = "中共西藏自治区委员会政法委员会2024年度部门决算公开报告"
E_STAFF = ("区党委政法委为一级预算单位,没有下属二级预算单位。我委内设13个机构,另有1个纪检派驻机构。"
           "2024年人员编制数为93人,其中行政编制64人、事业编制29人;截至2024年12月,实有人数107人。")
E_SCOPE = ("纳入本委2024年度部门决算编制范围的仅有中共西藏自治区委员会政法委员会机关本级"
           "(不含区党委政法委铁路护路联防办公室)。")
E_TOTAL = ("2024年度收入总计7562.45万元,支出总计6632.48万元。与2023年度相比,收入总计、支出总计分别增加"
           "1412.7万元和2062.79万元,分别增长15.74%和23.72%。主要原因:一是2024年度基本支出新增退休人员职业年金、"
           "因公未休假补助、医疗费补助等预算;二是2024年项目新增机关办公楼维修经费、区党委政法委机关智能文件"
           "跟踪交换系统、机关物业管理费等预算,并按合同约定支出。")
E_CUT = "本年收入7477.5万元;年初结转结余84.95万元(主要构成是年初结转资金和2024年年中追"

DOC_E = {
    "stem": "xizang-zizhiqu-zhengfawei-2024juesuan-baogao",
    "source_urls": ["https://zfw.xzdw.gov.cn/yw/202510/t20251025_617382.html"],
    "province": "西藏自治区",
    "doc_kind": "部门决算公开报告",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "收入总计", "kind": "sum", "total": 7562.45, "parts": [7477.5, 84.95], "unit": "万元"},
        {"metric": "人员编制数", "kind": "sum", "total": 93, "parts": [64, 29], "unit": "人"},
        {"metric": "收入总计", "kind": "rate", "stated_rate": 15.74, "unit": "%",
         "numerator": 1412.7, "denominator": 6149.75, "computed_rate": 22.97,
         "note": "2023 收入总计 = 7562.45 - 1412.7 = 6149.75"},
        {"metric": "支出总计", "kind": "rate", "stated_rate": 23.72, "unit": "%",
         "numerator": 2062.79, "denominator": 4569.69, "computed_rate": 45.14,
         "note": "2023 支出总计 = 6632.48 - 2062.79 = 4569.69"},
    ],
    "findings": [
        {"rule": "consistency.rate", "item": "收入总计",
         "why": "增加1412.7万元,2024年7562.45万元,则2023年为6149.75万元,增长率应为22.97%,文中写15.74%"},
        {"rule": "consistency.rate", "item": "支出总计",
         "why": "增加2062.79万元,2024年6632.48万元,则2023年为4569.69万元,增长率应为45.14%,文中写23.72%"},
    ],
    "notes": ("A department final-accounts (决算) report, not a performance form: included as the budget "
              "report of the angle that carries checkable numbers. The stored page shows only part of the "
              "table of contents (七、八、十一 — the 预算绩效情况说明 chapter is not in the stored part); the "
              "fragmentary TOC is reproduced as found. Stops mid-sentence in 三(一)收入总计主要构成 "
              "('…2024年年中追'). Rates recomputed with base = 2024 total − stated increase; neither stated "
              "rate matches any obvious base, so both are flagged."),
}

DOCS = [DOC_A, DOC_B, DOC_C, DOC_D, DOC_E]

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------


def _font(run, size=11, bold=False):
    run.font.size = Pt(size)
    run.bold = bold
    run.font.name = "Noto Serif CJK SC"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def para(doc, text, size=11, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run(text), size=size, bold=bold)
    return p


def table(doc, rows, merges=(), size=9):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            cell = t.cell(i, j)
            cell.text = ""
            if txt:
                _font(cell.paragraphs[0].add_run(txt), size=size)
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        b = t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        # merging concatenates paragraphs of merged cells; keep the first text only
        for p in list(m.paragraphs)[1:]:
            p._element.getparent().remove(p._element)
        if not m.paragraphs:
            m.add_paragraph()
        if m.paragraphs[0].text != keep:
            m.paragraphs[0].text = ""
            _font(m.paragraphs[0].add_run(keep), size=size)
    return t


def header_table(doc, title, index_no, org, date):
    rows = [["标      题", title, "", ""],
            ["索引号", index_no, "文      号", ""],
            ["发布机构", org, "发布日期", date]]
    table(doc, rows, merges=[(0, 1, 0, 3)], size=9)


def new_doc():
    d = Document()
    cp = d.core_properties
    cp.author = PART
    cp.title = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.last_modified_by = PART
    return d


def build_a(d):
    header_table(d, "西藏自治区文物局中央转移支付2020年度绩效自评报告", "000014349/2021-00003",
                 "自治区政府办公厅", "2021-03-15 17:55:56")
    para(d, "时间: 2021-03-15 17:55:56 来源: 西藏自治区文物局", size=9)
    para(d, "背景色:", size=9)
    para(d, "西藏自治区文物局中央转移支付2020年度绩效自评报告", size=15, bold=True, center=True)
    para(d, A_INTRO)
    para(d, "一、项目资金分解下达情况", bold=True)
    para(d, A_FUNDS)
    para(d, "二、绩效目标分解下达情况", bold=True)
    para(d, A_GOALS)
    para(d, "三、绩效目标完成情况", bold=True)
    para(d, "(一)资金投入情况", bold=True)
    para(d, A_CUT)


def build_b(d):
    header_table(d, "西藏自治区发展和改革委员会2020年度预算绩效管理考核自评报告", "000014349/2021-00107",
                 "自治区政府办公厅", "2021-04-20 10:04:04")
    para(d, "时间: 2021-04-20 10:04:04 来源: 自治区发改委", size=9)
    para(d, "背景色:", size=9)
    para(d, "西藏自治区发展和改革委员会2020年度预算绩效管理考核自评报告", size=15, bold=True, center=True)
    para(d, B_INTRO)
    para(d, "一、预算绩效管理工作开展情况", bold=True)
    para(d, B_P1)
    para(d, "(一)加强绩效基础工作", bold=True)
    para(d, B_P2)
    para(d, B_P3)
    para(d, B_P4)


def build_c(d):
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    para(d, "塔城市2025年财政衔接结余资金(第三批)项目公告公示", size=15, bold=True, center=True)
    para(d, C_P1)
    para(d, "一、资金来源", bold=True)
    para(d, C_P2)
    para(d, "二、资金安排使用原则", bold=True)
    para(d, C_P3)
    para(d, "一是按照“两上两下”相互对应的原则;")
    para(d, "二是按照“谁分配、谁使用、谁公开”的原则")
    para(d, "三是村申请、乡审核、县审定的程序。")
    para(d, "三、资金安排使用情况", bold=True)
    para(d, C_TABLE_TITLE, bold=True, center=True)
    t = table(d, C_ROWS, merges=C_MERGES, size=8)
    widths = [1.4, 3.6, 3.2, 4.2, 2.6, 1.6, 1.6, 2.4, 2.4, 3.2]
    t.autofit = False
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(widths[j])


def build_d(d):
    para(d, "宁夏贺兰山东麓葡萄酒产业园区管委会", size=13, bold=True, center=True)
    para(d, "2021年葡萄酒产业发展项目支出绩效评价评定等次为优", size=15, bold=True, center=True)
    para(d, D_P1)


def build_e(d):
    para(d, E_TITLE, size=15, bold=True, center=True)
    para(d, E_TITLE, size=12, bold=True, center=True)
    para(d, "七、政府性基金预算财政拨款支出决算情况说明")
    para(d, "八、国有资本经营预算财政拨款支出决算情况说明")
    para(d, "十一、其他重要事项情况说明")
    para(d, "第一部分 基本情况", bold=True)
    para(d, "一、部门职责", bold=True)
    para(d, "中共西藏自治区委员会政法委员会部门职责属机密,不予以公开。")
    para(d, "(一)部门主要职责职能,组织架构、人员及资产等基本情况。" + E_STAFF)
    para(d, "(二)其它情况。" + E_SCOPE)
    para(d, "第二部分 2024年度部门决算公开报表", bold=True)
    for line in ["一、收入支出决算公开表", "四、财政拨款收入支出决算公开表",
                 "六、一般公共预算财政拨款基本支出决算公开表", "八、国有资本经营预算财政拨款收入支出决算公开表",
                 "以上报表见附件1。"]:
        para(d, line)
    para(d, "第三部分 2024年度部门决算情况说明", bold=True)
    para(d, "一、收入支出总体情况说明", bold=True)
    para(d, E_TOTAL)
    para(d, "(一)收入总计主要构成。", bold=True)
    para(d, E_CUT)


BUILDERS = {DOC_A["stem"]: build_a, DOC_B["stem"]: build_b, DOC_C["stem"]: build_c,
            DOC_D["stem"]: build_d, DOC_E["stem"]: build_e}

# ---------------------------------------------------------------------------
# output helpers
# ---------------------------------------------------------------------------


def deterministic_zip(path):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def export_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def norm(s):
    return re.sub(r"\s+", "", s)


def check_pdf(pdf, gold):
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    t = norm(txt)
    missing = []
    for ind in gold["indicators"]:
        for k in ("name", "target_text"):
            if ind.get(k) and norm(ind[k]) not in t:
                missing.append((k, ind[k]))
    for g in gold["goals"]:
        if norm(g["text"]) not in t:
            missing.append(("goal", g["text"]))
    for fd in gold["findings"]:
        if norm(fd["item"]) not in t:
            missing.append(("finding", fd["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for g in DOCS:
        stem = g["stem"]
        src = os.path.join(HERE, stem + ".docx")
        d = new_doc()
        BUILDERS[stem](d)
        d.save(src)
        deterministic_zip(src)
        export_pdf(src)
        pdf = os.path.join(HERE, stem + ".pdf")
        for fn in (stem + ".docx", stem + ".pdf"):
            ann = dict(g)
            ann = {"source": fn, "source_urls": g["source_urls"], "province": g["province"],
                   "doc_kind": g["doc_kind"], "patterns": g["patterns"], "indicators": g["indicators"],
                   "goals": g["goals"], "facts": g["facts"], "findings": g["findings"], "notes": g["notes"]}
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
                json.dump(ann, f, ensure_ascii=False, indent=1)
                f.write("\n")
        miss = check_pdf(pdf, g)
        print("%-60s indicators=%d goals=%d findings=%d facts=%d missing=%d"
              % (stem, len(g["indicators"]), len(g["goals"]), len(g["findings"]), len(g["facts"]), len(miss)))
        for m in miss:
            print("   MISSING", m)
        bad += len(miss)
    tot = {k: sum(len(g[k]) for g in DOCS) for k in ("indicators", "goals", "findings", "facts")}
    print("TOTALS", tot)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
