# -*- coding: utf-8 -*-
"""blind206: county/town project publicity tables and notices (扶贫 / 衔接 / 水利 / 农业项目).

Gold first (Python data), then builders for DOCX/XLSX, PDF export with LibreOffice,
annotations, and a pdftotext presence check.  Run with /tmp/venv/bin/python.
"""
import copy
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind206"
FIXED_DT = datetime(2026, 1, 1, 0, 0, 0)
ZIP_DT = (2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------
GOLD = {}

# 1 新疆 温泉县 塔秀乡 环保建设项目公示 ----------------------------------------
GOLD["xinjiang-wenquan-huanbao-xiangmu-gongshi.docx"] = {
    "source_urls": ["https://www.xjwq.gov.cn/info/1654/41013.htm"],
    "province": "新疆维吾尔自治区",
    "doc_kind": "扶贫项目公示",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": None, "name": "购置垃圾箱", "operator": None, "value": 90, "unit": "个",
         "target_text": "90个", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "受益贫困户", "operator": None, "value": 110, "unit": "户",
         "target_text": "110户", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "受益贫困户", "operator": None, "value": 275, "unit": "人",
         "target_text": "275人", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "绩效目标", "text": "购置垃圾箱90个,受益贫困户110户275人。"}],
    "facts": [
        {"metric": "环保建设项目资金", "kind": "sum", "total": 45, "parts": [10, 10, 10, 15], "unit": "万元"},
        {"metric": "购置垃圾箱", "kind": "sum", "total": 90, "parts": [20, 20, 20, 30], "unit": "个"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "绩效目标只写产出(垃圾箱个数)和受益户数,没有任何满意度目标"},
        {"rule": "coverage.missing_dimension", "item": "质量指标",
         "why": "没有质量/时效类目标(验收合格率、完成时间等),只有数量"},
    ],
    "notes": ("Stored page begins with the body text (no title in the stored copy) and ends at the signature/date, "
              "so the whole notice is rebuilt. Item 8 (带贫减贫机制) is rewritten in my own words, keeping '3个村'. "
              "Odd spot kept: 实施地点 names three villages, but 建设内容 lists a fourth (奎屯布勒格村, 30个/15万元); "
              "the goal '受益贫困户110户275人' is one phrase split into two rows (户 and 人). "
              "Money: 10+10+10+15=45 万元 and boxes 20+20+20+30=90 both hold; 20×5000元=10万元."),
}

# 2 湖南 华容县 水利局 为民办实事项目完成情况公示 --------------------------------
GOLD["hunan-huarong-shuili-wanchengqingkuang-gongshi.docx"] = {
    "source_urls": ["https://huarong.gov.cn/33159/37006/37008/37038/37268/content_1769882.html"],
    "province": "湖南省",
    "doc_kind": "项目完成情况公示",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": None, "name": "巩固和新增农村通自来水人口", "operator": None, "value": 12100,
         "unit": "人", "target_text": "12100人", "actual": 15339, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": "集中供水工程", "operator": None, "value": 5, "unit": "处",
         "target_text": "5处", "actual": None, "weight": None, "score": None},
    ],
    "goals": [{"kind": "年度目标", "text": "巩固和新增农村通自来水人口12100人"}],
    "facts": [
        {"metric": "完成投资", "kind": "sum", "total": 1923.78, "parts": [39, 1884.78], "unit": "万元"},
        {"metric": "集中供水工程", "kind": "sum", "total": 5, "parts": [2, 3], "unit": "处"},
        {"metric": "完成率", "kind": "rate", "stated": 126.77, "numerator": 15339, "denominator": 12100,
         "unit": "%"},
    ],
    "findings": [
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "为民办实事任务只给出通水人口和工程处数,没有群众满意度目标或结果"},
    ],
    "notes": ("Whole stored page rebuilt (metadata list, title, body, signature). The long body paragraph is "
              "reworded, keeping every name of the five water works and all numbers. 集中供水工程 5处 has no stated "
              "actual count (the page says all were finished and supply water), so actual is null. "
              "15339/12100 = 126.77% checks. Target below actual by 26.77%, under the 150% too_low threshold."),
}

# 3 云南 牟定县 民宗局 少数民族发展资金项目公示 (mirror page with ruby glosses) -------
M_ROW1 = "擴(kuò)修及硬化小利黑至米魯?shù)卮宓缆"
M_ROW2 = "擴(kuò)修及硬化臘灣村委會(huì)外灣至小村進(jìn)村公路"
M_ROW3 = "擴(kuò)修鳳咀子及外灣道路"
GOLD["yunnan-mouding-minzu-xiangmu-gongshi.docx"] = {
    "source_urls": ["https://tuwife.com/info/1603/32315.htm"],
    "province": "云南省",
    "doc_kind": "项目实施公示",
    "patterns": [10],
    "indicators": [
        {"level1": None, "level2": None, "name": M_ROW1, "operator": None, "value": None, "unit": "公里",
         "target_text": "?.2公里", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": M_ROW2, "operator": None, "value": 1.4, "unit": "公里",
         "target_text": "1.4公里等", "actual": None, "weight": None, "score": None},
        {"level1": None, "level2": None, "name": M_ROW3, "operator": None, "value": 1.3, "unit": "公里",
         "target_text": "1.3公里等", "actual": None, "weight": None, "score": None},
    ],
    "goals": [],
    "facts": [
        {"metric": "少數(shù)民族發(fā)展資金", "kind": "sum", "total": 200, "parts": [115, 62, 23],
         "unit": "萬(wàn)元"},
    ],
    "findings": [
        {"rule": "target.missing_value", "item": M_ROW1,
         "why": "road length of project 1 is garbled on the page ('?.2公里'): the figure cannot be read"},
        {"rule": "coverage.missing_dimension", "item": "效益指标",
         "why": "three road projects list only lengths; no beneficiaries, income or other effect"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "no satisfaction target for a 少数民族聚居村 project"},
    ],
    "notes": ("Stored copy is a mirror (tuwife.com) of a 牟定县民族宗教事务局 notice, in traditional characters with "
              "pinyin glosses after many characters (e.g. 財(cái)) and mojibake in project 1 (迷魯?shù)匦±诖宓缆酚不こ探ㄔO(shè)); "
              "these are kept as written because names and figures must stay as found. Long sentences (the opening "
              "and the closing paragraph) are reworded in my own words, keeping names, document number and figures. "
              "No 绩效目标 wording: the three road lengths (主要用于…N公里) are the stated outputs, taken as rows. "
              "The stored page ends with the site's '上一條:' link, kept as the last line. 115+62+23=200 holds."),
}

# 4 广东 中山市 高标准蔬菜生产基地创建项目安排表 (mirror with glosses) -------------
ZS_GOAL = "完成高標(biāo)準(zhǔn)蔬菜生產(chǎn)基地創(chuàng)建"
GOLD["guangdong-zhongshan-shucai-anpaibiao.xlsx"] = {
    "source_urls": ["https://0477ly.com/newsdetail/news681700.html"],
    "province": "广东省",
    "doc_kind": "项目资金安排表",
    "patterns": [7, 10],
    "indicators": [],
    "goals": [{"kind": "绩效目标", "text": ZS_GOAL}],
    "facts": [
        {"metric": "項目實施面積(畝)", "kind": "sum", "total": 240, "parts": [240], "unit": "畝"},
        {"metric": "補助資金", "kind": "sum", "total": 12, "parts": [12], "unit": "萬元"},
        {"metric": "第一批下?lián)苜Y金", "kind": "sum", "total": 9.854, "parts": [9.854], "unit": "萬元"},
    ],
    "findings": [
        {"rule": "goal.unquantified", "item": ZS_GOAL,
         "why": "the only 绩效目标 cell restates the task (完成…創建) with no figure, date or standard"},
        {"rule": "goal.unmeasured", "item": ZS_GOAL,
         "why": "no indicator backs the goal; 240畝 is the project area column, not a target"},
    ],
    "notes": ("Stored page (0477ly.com, a mirror of a 中山市农业农村局 notice) runs the notice and its 附件 安排表 "
              "together as one line of text with pinyin glosses (鎮(zhèn)) and mojibake (下?lián)苜Y金 for 下拨资金); "
              "the table cells are rebuilt as found, header words and glosses included. Cell split of "
              "'240129.854' read as 240 | 12 | 9.854 (area, subsidy, first instalment), matching 9.854萬元 in the "
              "notice text. The notice itself is reworded in my own words, keeping the document number, amounts, "
              "date, contact. The stray ',。' after 合計 is kept in its own cell. One project row, 绩效目标 column "
              "per project (pattern 7)."),
}

# 5 新疆 巩留县 2021年巩固拓展脱贫攻坚成果项目计划公示 (prose) ----------------------
GOLD["xinjiang-gongliu-xiangmu-jihua-gongshi.docx"] = {
    "source_urls": ["http://www.xjgl.gov.cn/xjgl/c114161/202011/f0d4cf1f97eb43d8b10709520f435ba9.shtml"],
    "province": "新疆维吾尔自治区",
    "doc_kind": "项目计划公示",
    "patterns": [],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "专项资金项目投资", "kind": "sum", "total": 11701, "parts": [8041, 2600, 600, 150, 200, 110],
         "unit": "万元"},
        {"metric": "专项资金项目个数", "kind": "sum", "total": 13, "parts": [8, 1, 1, 1, 1, 1], "unit": "个"},
        {"metric": "项目计划总投资", "kind": "sum", "total": 18576, "parts": [11701, 6875], "unit": "万元"},
        {"metric": "项目计划个数", "kind": "sum", "total": 15, "parts": [13, 2], "unit": "个"},
    ],
    "findings": [],
    "notes": ("Prose only: a project-plan notice that lists project counts and money by type; it states no "
              "performance target (the 备案表 with the projects is an attachment that the stored page does not "
              "hold). The opening paragraph is reworded; the list items are kept as written. All four sums hold. "
              "Counts of planned projects and money are inputs, so no indicator rows."),
}

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402

FONT = "Noto Serif CJK SC"


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def build_wenquan(path):
    d = new_doc()
    para(d, "经县扶贫开发领导小组研究同意,2019年扶贫发展资金环保建设项目1个,由塔秀乡具体实施,涉及资金45万元。"
            "现将项目有关情况公示如下:")
    para(d, "扶贫发展资金 环保建设项目45万元", bold=True)
    para(d, "1.实施地点:塔秀乡楚布勒达村、冬都布勒格村定居点和饲料组、扎很布勒格村")
    para(d, "2.建设内容:①楚布勒达村购置垃圾箱20个,每个5000元,小计10万元;②冬都布勒格村定居点和饲料组购置垃圾箱20个,"
            "每个5000元,小计10万元;③扎很布勒格村垃圾箱20个,每个5000元,小计10万元;④奎屯布勒格村购置垃圾箱30个,"
            "每个5000元,小计15万元;共计45万元。")
    para(d, "3.补助标准:5000元/每个")
    para(d, "4.资金来源及规模:财政专项扶贫资金45万元")
    para(d, "5.实施期限:2019年")
    para(d, "6.实施单位及责任人:塔秀乡人民政府昂青夫")
    para(d, "7.绩效目标:购置垃圾箱90个,受益贫困户110户275人。")
    para(d, "8.带贫减贫机制:一是本项目使用财政专项扶贫资金,坚持精准扶贫,把资金使用和脱贫巩固成效挂起钩来,"
            "重点投向贫困村、贫困户以及有贫困人口的非贫困村。二是环保设施关系当地经济发展,垃圾随处丢放既污染周边"
            "环境,也给群众健康埋下隐患。三是项目公开透明,落实资金项目公告公示制度,接受群众和社会监督。四是项目"
            "建成后可改善3个村的人居环境,为新农村建设打好基础。")
    para(d, "监督电话:0909-8222953")
    para(d, "温泉县扶贫开发领导小组办公室")
    para(d, "2020年5月27日")
    d.save(path)


def build_huarong(path):
    d = new_doc()
    for line in ["- 索引号:446279798D/2020-1769882", "- 发布机构:县水利局", "- 公开范围:全部公开",
                 "- 生成日期:2020-11-26", "- 公开日期:2020-11-26", "- 公开方式:政府网站"]:
        para(d, line, size=9)
    para(d, "华容县水利局承办2020年为民办实事项目完成情况公示", bold=True, center=True, size=14)
    para(d, "我局承办2020年为民办实事项目指标任务为:巩固和新增农村通自来水人口12100人,截至11月25日,已顺利完成年度"
            "目标任务。现公示如下:")
    para(d, "按年度计划,我县2020年兴建集中供水工程5处(其中改扩建2处、管网延伸3处),分别为操军镇东港水厂改扩建、"
            "治河渡镇自来水厂改扩建、东山镇顺星水厂管网延伸、插旗镇自来水厂管网延伸和县城关二水厂管网延伸(田家湖"
            "生态新区普圣堂社区普圣堂片区、章华镇万圣村华光片区)。各项目于9月下旬陆续开工,到11月25日已全部完工并"
            "通水,共完成投资1923.78万元(其中中央投资39万元、县级配套及群众自筹1884.78万元),实际完成巩固和新增"
            "农村通自来水人口15339人,完成率126.77%。")
    para(d, "请广大干部群众参与监督;公示内容如有不实,可向上级有关部门反映或举报。举报电话0730-3207233,受理举报时间"
            "为2020年11月26日至12月2日。")
    para(d, "华容县水利局")
    para(d, "2020年11月26日")
    d.save(path)


def build_mouding(path):
    d = new_doc()
    para(d, "|")
    para(d, "按照《楚雄州財(cái)政局楚雄州民宗委關(guān)于提前下達(dá)2018年度中央財(cái)政專項(xiàng)扶貧資金少數(shù)民族"
            "發(fā)展資金的通知》(楚財(cái)農(nóng)〔2017〕263號(hào))的要求,縣民宗局、縣財(cái)政局結(jié)合全縣"
            "脫貧攻堅(jiān)和民族團(tuán)結(jié)進(jìn)步示範區建設推進情況,於2018年2月報經縣人民政府同意,把2018年度"
            "少數(shù)民族發(fā)展資金200萬(wàn)元下達給鳳屯鎮(zhèn)人民政府,主要用在臘灣村委會(huì)少數民族聚居村"
            "補短板的脫貧攻堅(jiān)建設項目上。其中:")
    para(d, "1.牟定縣鳳屯鎮(zhèn)臘灣村委會(huì)迷魯?shù)匦±诖宓缆酚不こ探ㄔO(shè)項(xiàng)目115萬(wàn)元,"
            "主要用于擴(kuò)修及硬化小利黑至米魯?shù)卮宓缆?.2公里。")
    para(d, "2.牟定縣鳳屯鎮(zhèn)臘灣村委外灣及小村道路硬化工程建設(shè)項(xiàng)目62萬(wàn)元,主要用于"
            "擴(kuò)修及硬化臘灣村委會(huì)外灣至小村進(jìn)村公路1.4公里等。")
    para(d, "3.牟定縣鳳屯鎮(zhèn)臘灣村委鳳咀子道路修護(hù)保通工程建設(shè)項(xiàng)目23萬(wàn)元,主要用于"
            "擴(kuò)修鳳咀子及外灣道路1.3公里等。")
    para(d, "上述項目由鳳屯鎮(zhèn)人民政府組織實施,2018年2月開工,6月底完工,12月13日通過鳳屯鎮(zhèn)和縣級(jí)"
            "驗(yàn)收。歡迎干部群眾監督項目建設和驗收情況。意見受理聯(lián)系方式:0878—5215920;通訊地址:牟定縣"
            "共和鎮(zhèn)萬(wàn)壽路南段縣民宗局;郵政編碼:675500,郵箱:[email protected]。公 示 時(shí) 間 :"
            "2018年12月14日至2019年1月14日")
    para(d, "牟定縣民族宗教事務(wù)局")
    para(d, "2018年12月14日")
    para(d, "|")
    para(d, "上一條:關(guān)于2018年度")
    d.save(path)


def build_gongliu(path):
    d = new_doc()
    para(d, "按照《新疆维吾尔自治区县级脱贫攻坚项目库建设管理暂行办法》(新扶领办发【2018】76号)的要求,巩留县执行项目"
            "“两上两下”程序,经县扶贫开发领导小组会议研究,编制了巩留县2021年巩固拓展脱贫攻坚成果项目库:库内编制项目"
            "35个148790万元。为使实施更精准,计划从项目库中选取15个项目编入项目计划,总投资18576万元,其中财政专项"
            "扶贫资金项目13个11701万元,地方政府债券资金项目2个,投资6875万元,具体情况如下:")
    para(d, "(一)计划实施专项资金项目13个11701万元。")
    for line in ["1.产业类项目:8个,8041万元;", "2.基础设施类项目1个,2600万元;", "3.生活条件改善类项目1个,600万元;",
                 "4.教育扶贫类1个150万元;", "5.就业扶贫类1个200万元;", "6.项目管理费1个110万元。"]:
        para(d, line)
    para(d, "(二)计划实施地债资金项目2个6875万元。")
    para(d, "监督电话:12317国家、自治区扶贫监督举报电话")
    para(d, "0999-5626159巩留县扶贫办监督电话")
    para(d, "附件:巩留县2021年巩固拓展脱贫攻坚成果项目计划备案表")
    para(d, "巩留县扶贫开发领导小组办公室")
    para(d, "2020年11月5日")
    d.save(path)


def build_zhongshan(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "安排表"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    cen = Alignment(wrap_text=True, vertical="center", horizontal="center")
    f = Font(name=FONT, size=10)
    fb = Font(name=FONT, size=12, bold=True)
    widths = [10, 22, 11, 11, 13, 26, 22, 30]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    notice = [
        "三鄉(xiāng)鎮(zhèn)農(nóng)業(yè)農(nóng)村局:",
        "依據《中山市農(nóng)業(yè)發(fā)展專項資金管理辦法(試行)》(中農(nóng)農(nóng)〔2022〕62號(hào))等規定,對2024年"
        "完成高標(biāo)準(zhǔn)蔬菜生產(chǎn)基地創(chuàng)建的農(nóng)業(yè)經(jīng)營主體給予市級財政專項資金補助,有關(guān)事項通知如下:",
        "一、本次下撥第一批補助資金9.854萬元(詳見附件),專門用於高標(biāo)準(zhǔn)蔬菜生產(chǎn)基地創(chuàng)建補助,由市"
        "農(nóng)業(yè)農(nóng)村局會同市財政局按國庫集中支付程序直接撥付項目單位;請通知項目單位查收,並加強補貼後的基地"
        "管理,使其發(fā)揮高產(chǎn)示範(fàn)作用。",
        "二、你局要切實加強資金管理,項目申報書、合同、發(fā)票、項目實施總結(jié)、驗收報告等與補貼有關(guān)的資料,均"
        "須在鎮(zhèn)街建檔保管,以備後續(xù)財務(wù)檢查或審計。",
        "附件:2024年農(nóng)業(yè)發(fā)展專項資金-高標(biāo)準(zhǔn)蔬菜生產(chǎn)基地創(chuàng)建項目(第一批)安排表",
        "中山市農(nóng)業(yè)農(nóng)村局 2024年10月21日(聯(lián)系人及電話:王琦,88221381)",
    ]
    r = 1
    for line in notice:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=line)
        c.font = f
        c.alignment = wrap
        ws.row_dimensions[r].height = 15 if len(line) < 60 else 15 * (len(line) // 60 + 1)
        r += 1
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    c = ws.cell(row=r, column=1, value="附件")
    c.font = f
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    c = ws.cell(row=r, column=1,
                value="2024年農(nóng)業(yè)發(fā)展專項資金-高標(biāo)準(zhǔn)蔬菜生產(chǎn)基地創(chuàng)建項目(第一批)安排表")
    c.font = fb
    c.alignment = cen
    ws.row_dimensions[r].height = 36
    r += 1
    head = ["鎮(zhèn)街", "項目實施主體", "項目實施面積(畝)", "補助資金(萬元)", "第一批下?lián)苜Y金(萬元)",
            "項目名稱", "功能類科目代碼及名稱", "績效目標(biāo)"]
    for j, h in enumerate(head, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(name=FONT, size=10, bold=True)
        c.alignment = cen
        c.border = box
    ws.row_dimensions[r].height = 42
    r += 1
    row = ["三鄉(xiāng)鎮(zhèn)", "中山市順迎蔬菜水果專業(yè)合作社", 240, 12, 9.854,
           "農(nóng)業(yè)產(chǎn)業(yè)發(fā)展--農(nóng)業(yè)發(fā)展專項資金", "[2130122]農(nóng)業(yè)生產(chǎn)發(fā)展", ZS_GOAL]
    for j, v in enumerate(row, 1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = f
        c.alignment = cen
        c.border = box
    ws.row_dimensions[r].height = 60
    r += 1
    tot = ["合計", None, 240, 12, 9.854, None, None, None]
    for j, v in enumerate(tot, 1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = f
        c.alignment = cen
        c.border = box
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=",。").font = f
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path)


BUILDERS = {
    "xinjiang-wenquan-huanbao-xiangmu-gongshi.docx": build_wenquan,
    "hunan-huarong-shuili-wanchengqingkuang-gongshi.docx": build_huarong,
    "yunnan-mouding-minzu-xiangmu-gongshi.docx": build_mouding,
    "guangdong-zhongshan-shucai-anpaibiao.xlsx": build_zhongshan,
    "xinjiang-gongliu-xiangmu-jihua-gongshi.docx": build_gongliu,
}


def normalise_zip(path):
    """Rewrite a zip with fixed timestamps and a fixed order; pin volatile XML dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>",
                              lambda m: b"<dcterms:" + m.group(1) + m.group(2) + b">2026-01-01T00:00:00Z</dcterms:"
                              + m.group(1) + b">", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def to_pdf(path):
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless", "--convert-to", "pdf",
           "--outdir", HERE, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check_pdf(pdf, gold):
    txt = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    missing = []
    for ind in gold["indicators"]:
        for key in ("name", "target_text"):
            if squash(ind[key]) not in txt:
                missing.append((key, ind[key]))
    for g in gold["goals"]:
        if squash(g["text"]) not in txt:
            missing.append(("goal", g["text"]))
    for fnd in gold["findings"]:
        if fnd["rule"].startswith("coverage.missing_dimension"):
            continue  # the item names what is absent
        if squash(fnd["item"]) not in txt:
            missing.append(("finding", fnd["item"]))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, gold in GOLD.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        normalise_zip(path)
        pdf = to_pdf(path)
        for src in (fname, os.path.basename(pdf)):
            rec = {"source": src}
            rec.update(copy.deepcopy(gold))
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
        miss = check_pdf(pdf, gold)
        status = "ok" if not miss else "MISSING %r" % miss
        bad += bool(miss)
        print("%-55s rows=%d goals=%d findings=%d facts=%d %s" % (
            fname, len(gold["indicators"]), len(gold["goals"]), len(gold["findings"]), len(gold["facts"]), status))
    tot = lambda k: sum(len(g[k]) for g in GOLD.values())  # noqa: E731
    print("TOTAL docs=%d rows=%d goals=%d findings=%d facts=%d" % (
        len(GOLD), tot("indicators"), tot("goals"), tot("findings"), tot("facts")))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
