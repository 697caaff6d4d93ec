"""Build the blind273 layouts: five documents reproduced from stored public pages.

The gold for every document is written first (GOLD below), before any file is
built or read.  The script then builds each DOCX with python-docx, makes it
deterministic (fixed core properties, sorted zip entries, fixed timestamps),
exports a PDF with LibreOffice, normalises the PDF's dates and /ID, writes one
annotation JSON per file and checks with pdftotext that every indicator name,
target text, goal text and finding item appears in the PDF.

Run:  /tmp/wvenv/bin/python make_blind273_layouts.py
"""

import datetime
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
LO_PROFILE = "file:///tmp/lo_blind273"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FONT = "Noto Sans CJK SC"

# ---------------------------------------------------------------------------
# Document texts.  Names, figures, document numbers and defects are kept as the
# stored pages show them; longer sentences are re-worded.
# ---------------------------------------------------------------------------

# 1. Hunan, 住房城乡建设引导资金 1-7月 绩效运行监控报告 (template site, traditional script)
HN_FUNDS = (
    "20xx年住房城鄉建設引導專項資金共13352萬元,其中:市縣項目8010萬元、省直項目1542萬元、"
    "支援類項目300萬元(援藏援疆各50萬元、扶貧200萬元);另由省財政廳切塊支持洞庭湖生態環境專項整治"
    "20xx萬元、淺層地熱能建筑規;瘧迷圏c1000萬元、南山國家公園體制試點500萬元。"
)
HN_BATCHES = (
    "20xx年12月,省財政廳提前下達20xx年住房城鄉建設引導專項資金7950萬元;20xx年7月,"
    "又下達20xx年住房城鄉建設引導專項資金(第二批)260萬元,資金已全部下達到位。"
    "資金按9個支持方向安排:縣以上城市污水處理提質增效及城市生活垃圾分類示範、"
    "“多桿合一智慧燈桿”建設和城市二次供水設施建設改造試點、"
    "美好環境與幸福生活共同締造和傳統村落數字博物館建設示範、建筑領域綠色發展方向示範、"
    "歷史文化名城(鎮、村)保護規劃、CIM平臺、智慧住建和智慧城市試點、支援類及省本級基礎指導性項目、"
    "洞庭湖環境專項整治及南山國家公園體制試點(切塊)、淺層地熱能示範(切塊)。"
)

# 3. Yunnan, 昌宁县殡葬服务中心 2024 整体支出自评 (page stops inside the goal)
CN_GOAL = (
    "确保部门正常履职,年内县内遗体接运、火化等四项基本服务正常开展,认真完成遗体接运、"
    "遗体火化和骨灰运送工作,增强服务意识,提升服务质量;满足客户需要,积极开展虚心、专"
)

# ---------------------------------------------------------------------------
# GOLD (written before anything is built or read)
# ---------------------------------------------------------------------------

GOLD = {
    "blind273_hunan_zjyd_1-7yue_jiankong": {
        "source_urls": ["http://www.isfinland.com/article/4827224.htm"],
        "province": "湖南省",
        "doc_kind": "省级专项资金1-7月绩效运行监控报告(范文站转载,繁体)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "20xx年住房城鄉建設引導專項資金", "kind": "sum", "total": 13352,
             "parts": [8010, 1542, 300, None, 1000, 500], "unit": "萬元"},
            {"metric": "支援類項目", "kind": "sum", "total": 300,
             "parts": [50, 50, 200], "unit": "萬元"},
        ],
        "findings": [
            {"rule": "target.placeholder", "item": "洞庭湖生態環境專項整治",
             "why": "切塊金額寫作“20xx萬元”,數字被佔位符替代,13352萬元的構成無法核對(其餘各項推算應為2000萬元)"},
        ],
        "notes": (
            "Template site copy of a Hunan provincial department's 1-7月 monitoring report, converted to "
            "traditional script by the site. The site masks years as '20xx' and the mask also ate one "
            "amount (洞庭湖生態環境專項整治20xx萬元); the fact keeps that part as null. Garbles kept as "
            "defects: 'F將' (現將) and '淺層地熱能建筑規;瘧迷圏c' (規模化應用試點). 7950萬元 (提前下達) + "
            "260萬元 (第二批) = 8210萬元 is not claimed to be the 13352萬元 total, so no consistency.sum "
            "finding. The stored page stops at '(二)績效目標下達情況 1.縣以上城市', before any target, "
            "execution figure or deviation analysis; nothing of those is flagged."
        ),
    },
    "blind273_shunqing_jieduan_jiankong": {
        "source_urls": [
            "http://www.zhenyinparts.com/zwgk/fdzdgknr/cz/czzj/202410/t20241014_2025436.html"],
        "province": "四川省",
        "doc_kind": "区财政局绩效运行监控工作动态(政务公开短讯)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Mirror copy of a 顺庆区 (南充市) news item on the 1-8月 self-monitoring round. It carries "
            "counts and one amount (215个预算单位, 5146个项目, 536,376.05万元, 2个部门, 10个项目) but no "
            "target, no indicator and no stated sum or rate, so the gold is empty on purpose: a reader "
            "should not turn these counts into indicators. The amount is written with a thousands "
            "separator. The page ends with the site's QR-code line, kept."
        ),
    },
    "blind273_changning_binzang_2024_zizp": {
        "source_urls": ["https://www.yncn.gov.cn/info/4214/9194220.htm"],
        "province": "云南省",
        "doc_kind": "事业单位部门整体支出绩效自评报告(节选,页面截断)",
        "patterns": [],
        "indicators": [],
        "goals": [
            {"kind": "总体目标", "text": CN_GOAL},
        ],
        "facts": [
            {"metric": "在职人员编制", "kind": "sum", "total": 6, "parts": [6], "unit": "人"},
            {"metric": "在职实有", "kind": "sum", "total": 6, "parts": [6], "unit": "人"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": CN_GOAL[:20],
             "why": "部门总体目标只列服务事项和“提升服务质量”,除“四项基本服务”外没有数量、标准或时限"},
        ],
        "notes": (
            "County 殡葬服务中心 self-evaluation; the stored page stops in the middle of the 部门总体目标 "
            "sentence ('积极开展虚心、专'), so the goal is recorded truncated exactly where the page stops "
            "and no indicator table is reached. Odd spacing kept ('关于 2024 年', '39 号'); typo "
            "'破除封建明信' (迷信) kept. Vehicles: 编制9辆, 实有10辆, 超编使用民政局编制1辆 - a "
            "reader may see 10 = 9 + 1 but the page does not state it as a sum, so it is not a fact. "
            "The metadata box (索引号/发布机构/...) is reproduced as a small table with its empty cells."
        ),
    },
    "blind273_chenzhou_binzang_2016_zhengti": {
        "source_urls": [
            "http://218.76.156.215:8011/infogov/govInfo?id=2304&lib_num=1807&task_year=2018"],
        "province": "湖南省",
        "doc_kind": "部门整体支出绩效自评报告(节选,页面截断)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "市本级绩效管理预算资金", "kind": "sum", "total": 105.33,
             "parts": [85.33, 20], "unit": "万元"},
            {"metric": "实际到位资金", "kind": "sum", "total": 127.22,
             "parts": [85.33, 41.89], "unit": "万元"},
            {"metric": "基本支出", "kind": "sum", "total": 110.45,
             "parts": [82.71, 6.94, 20.80], "unit": "万元"},
            {"metric": "殡葬执法工作经费实际支出", "kind": "sum", "total": 51.77,
             "parts": [12.56, 11.91, 6.02, 1.28, 20], "unit": "万元"},
            {"metric": "实有人数", "kind": "sum", "total": 13, "parts": [10, 3], "unit": "人"},
        ],
        "findings": [],
        "notes": (
            "郴州市殡葬管理处 2016 department-wide self-evaluation on the city's info-disclosure system. "
            "All five sums hold (105.33 = 85.33 基本支出经费 + 20 项目资金; 127.22 = 85.33 + 41.89 年中追加; "
            "110.45 = 82.71 + 6.94 + 20.80; 51.77 = 12.56 + 11.91 + 6.02 + 1.28 + 20; 13 = 10 + 3). "
            "Odd but not a rule breach: the 殡葬执法工作经费 spends 51.77万元 against 20万元 of 项目资金, and "
            "the 项目组织实施 part talks about 森林防火 publicity. No targets or indicators before the page "
            "stops at '重点抓好风景旅游区、森林公园、自然保'. Note: another id under the same host/path "
            "(id=2740) is in used_urls; this id=2304 page is a different document."
        ),
    },
    "blind273_linli_shiqian_pinggu": {
        "source_urls": ["http://shcdff.com/baogao/8315861.html"],
        "province": "湖南省",
        "doc_kind": "“事前评估”标题下的专项资金绩效评价报告(范文站转载,繁体带拼音残留)",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": (
            "Template-site copy titled 預算績效事前評估報告, but the body is an ex-post third-party "
            "績效評價 of 臨澧縣 20xx年度農村危房改造專項資金 (commissioned to 湖南九澧咨詢服務有限公司) - "
            "the title and the document kind disagree; doc_kind says so. The site injects pinyin in "
            "brackets after some characters ('預(yù)算', '依據(jù)') and masks years as 20xx in every "
            "document number (湘財績〔20xx〕7號, 臨財發(fā)〔20xx〕4號, 湘建村〔20xx〕45號, "
            "常建通〔20xx〕24號); these are kept. The stored page stops at '下達(dá)了關(g' inside "
            "1.項目背景及立項依據(jù), before any goal, indicator or score, so the gold is empty."
        ),
    },
}


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

def set_font(run, size=10.5, bold=False):
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(key), FONT)


def para(doc, text, size=10.5, bold=False, center=False):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), size=size, bold=bold)
    return p


def cell_text(cell, text, bold=False):
    cell.text = ""
    set_font(cell.paragraphs[0].add_run(text), size=9, bold=bold)


def new_doc():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10.5)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = "blind273"
    cp.last_modified_by = "blind273"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    return doc


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_hunan(doc):
    para(doc, "• 項目運行績效監控報告", size=9)
    para(doc, "時間:2024-06-17 14:57:48 報告范文 我要投稿", size=9)
    para(doc, "(通用)項目運行績效監控報告", size=15, bold=True, center=True)
    para(doc, "報告如今用得越來越多,動筆時要把邏輯理順。什么樣的報告才算有用?下面是小編收集的"
              "項目運行績效監控報告,供大家參考。")
    para(doc, "(通用)項目運行績效監控報告", size=12, bold=True)
    para(doc, "項目運行績效監控報告1", size=12, bold=True)
    para(doc, "依據《湖南省財政廳關于做好20xx年省級預算支出績效運行監控工作的通知》的要求,本廳對20xx年"
              "住房城鄉建設引導資金項目支出開展了1-7月績效運行監控,F將有關情況報告如下:")
    para(doc, "一、項目支出基本情況", bold=True)
    para(doc, "(一)資金下達情況", bold=True)
    para(doc, HN_FUNDS)
    para(doc, HN_BATCHES)
    para(doc, "(二)績效目標下達情況", bold=True)
    para(doc, "1.縣以上城市")


def build_shunqing(doc):
    para(doc, "顺庆区完成项目阶段监控工作", size=15, bold=True, center=True)
    para(doc, "截至目前,顺庆区215个预算单位(含学校、卫生院)已完成对1-8月全部项目及9月新增项目的自行监控,"
              "共涉及项目5146个、资金总额536,376.05万元,预算单位和项目均实现监控全覆盖。对自行监控中暴露出的"
              "项目绩效目标设置不准确、执行进度滞后等问题,相关单位采取立行立改、动态纠偏、分类处置的办法,"
              "力保绩效目标按期、保质、保量实现。")
    para(doc, "结合自行监控结果,顺庆区财政局依据“预算执行进度滞后、资金量较大、社会关注度较高”的原则,"
              "选定区就业局、区保险局2个部门以及“公益广告经费”等10个项目,计划于10月开展线上线下相结合的重点监控。")
    para(doc, "各部门的绩效运行监控结果将作为预算绩效评价和预算绩效管理考核的重要依据,与预算安排及区委区政府"
              "绩效目标考核“双挂钩”,推动预算执行率和资金使用效益进一步提高。")
    para(doc, "扫一扫在手机打开当前页", size=9)


def build_changning(doc):
    table = doc.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [
        ["索引号", "01526407-6/20250423-00001", "发布机构", "昌宁县民政局"],
        ["公开目录", "自评报告", "发布日期", "2025-04-23"],
        ["文号", "", "浏览量", ""],
        ["主题词", "", "", ""],
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell_text(table.cell(r, c), value, bold=(c % 2 == 0 and value != ""))
    table.cell(3, 1).merge(table.cell(3, 3))
    para(doc, "")
    para(doc, "昌宁县殡葬服务中心2024年度整体支出绩效自评报告", size=15, bold=True, center=True)
    para(doc, "按照《昌宁县财政局关于 2024 年部门整体支出和项目支出绩效自评及财政绩效评价有关事项的通知》 "
              "(昌财发〔2025〕39 号)的要求,昌宁县殡葬服务中心结合实际组建绩效评价工作组,对2024年度部门预算"
              "开展绩效自评,现将本单位2024年度部门整体支出绩效评价情况报告如下:")
    para(doc, "一、部门的基本情况", bold=True)
    para(doc, "(一)部门概况", bold=True)
    para(doc, "1.部门主要职责")
    para(doc, "宣传并落实殡葬改革的方针、政策,讲清殡葬改革对社会主义物质文明和精神文明建设的意义;推行火葬、"
              "改革土葬,倡导文明节俭办丧事,破除封建明信,改革旧的丧葬习俗,树立社会主义新风尚;承办尸体接运、"
              "防腐、整容、火化、骨灰寄存、骨灰安葬以及为悼念活动提供场所等服务;做好殡仪馆和公墓环境的绿化、"
              "美化、净化,保持整洁、优美、庄严、肃穆;办理殡葬管理、改革方面的其他事项。")
    para(doc, "2.机构设置情况")
    para(doc, "昌宁县殡葬服务中心隶属昌宁县民政部门,为财政全额拨款事业单位,内设机构共4个:火化间、收费室、"
              "骨灰寄存室、综合办公室。")
    para(doc, "3.人员编制情况")
    para(doc, "截至2024年12月31日,在职人员编制6人,其中:事业编制6人;在职实有6人,其中:财政全额保障6人。")
    para(doc, "4.车辆编制情况")
    para(doc, "截至2024年12月31日,车辆编制9辆,实有车10辆,超编使用昌宁县民政局车辆编制1辆。")
    para(doc, "(二)部门绩效目标的设立情况", bold=True)
    para(doc, "1.部门总体目标")
    para(doc, CN_GOAL)


def build_chenzhou(doc):
    para(doc, "一、部门概况", bold=True)
    para(doc, "(一)单位基本情况", bold=True)
    para(doc, "郴州市殡葬管理处为市民政局下属的二级机构,是全额预算拨款的副处级参公事业单位。单位事业编制11个,"
              "实有人数13人,其中在职人员10人,退休人员3人。单位的职能职责是:贯彻落实党和国家殡葬管理改革的方针、"
              "政策、法规与地方规章;依法监督检查全市殡葬法规及规章的执行情况;负责市殡葬事务管理,协调处理市城区"
              "殡葬改革和管理中的矛盾和问题;指导县市区殡葬改革工作。")
    para(doc, "2016年,我处在市民政局党组领导下,坚持以人为本、开拓创新,殡葬工作取得良好成绩。全年共争取市本级"
              "绩效管理预算资金105.33万元,其中:市本级项目资金20万元。")
    para(doc, "(二)部门整体支出情况", bold=True)
    para(doc, "一是为加快完成石榴湾公园迁坟任务,开展了大量协调和宣传工作;二是狠抓行风建设,认真做好清明节期间"
              "各项工作;三是强化殡葬执法,扎实推进殡葬改革。")
    para(doc, "二、部门整体支出管理及使用情况", bold=True)
    para(doc, "(一)基本支出", bold=True)
    para(doc, "2016年安排我处基本支出经费85.33万元,实际到位资金127.22万元(其中:年中追加41.89万元),基本支出为"
              "110.45万元。我处社会福利事业资金全部用于人员工资福利支出82.71万元、商品和服务支出6.94万元、"
              "对个人和家庭补助支出20.80万元。")
    para(doc, "(二)项目支出", bold=True)
    para(doc, "我处殡葬执法工作经费全部用于人员工资福利支出12.56万元、商品和服务支出(如办公基本设备添新购置、"
              "清明节期间宣传费用及外出执法工作人员差旅费、车辆维修加油等业务开支)11.91万元、对个人和家庭补助支出"
              "6.02万元、其他资本性支出1.28万元和其他支出20万元,实际支出51.77万元。")
    para(doc, "(三)项目组织实施情况", bold=True)
    para(doc, "一是我处在清明节前期大力宣传森林防火法律法规政策,倡导移风易俗、文明祭祀;重点抓好风景旅游区、"
              "森林公园、自然保")


def build_linli(doc):
    para(doc, "預(yù)算績效事前評估報告", size=9)
    para(doc, "時間:2024-10-13 15:45:04 報告 我要投稿", size=9)
    para(doc, "預(yù)算績效事前評估報告", size=15, bold=True, center=True)
    para(doc, "報告已是日常生活中常用的東西,寫之前不妨先看看范文。下面是小編整理的預(yù)算績效事前評估報告,"
              "供大家參考。")
    para(doc, "預(yù)算績效事前評估報告 篇1", size=12, bold=True)
    para(doc, "為加強財政支出績效管理、提高財政資金使用效益,依據(jù)《湖南省財政廳關(guān)于印發(fā);湖南省預(yù)算"
              "支出績效評價管理辦法>的通知》(湘財績〔20xx〕7號)和臨澧縣財政局《關(guān)于開展20xx年第三方評價和"
              "運行監(jiān)控工作的通知》(臨財發(fā)〔20xx〕4號),臨澧縣財政局委托湖南九澧咨詢服務(wù)有限公司,"
              "對臨澧縣20xx年度農(nóng)村危房改造專項資金支出情況開展了績效評價,現(xiàn)將評價情況報告如下:")
    para(doc, "一、基本情況", bold=True)
    para(doc, "(一)項目概況", bold=True)
    para(doc, "1.項目背景及立項依據(jù)")
    para(doc, "臨澧縣脫貧攻堅大會戰(zhàn)指揮部依據(jù)湖南省住房和城鄉(xiāng)建設(shè)廳湖南省財政廳關(guān)于印發(fā)"
              "《湖南省20xx年農(nóng)村危房改造實施方案》的通知(湘建村〔20xx〕45號)和常德市住房和城鄉(xiāng)建設(shè)局"
              "常德市扶貧開發(fā)辦公室關(guān)于印發(fā)《常德市20xx年農(nóng)村危房改造“清零行動”工作方案》的通知"
              "(常建通〔20xx〕24號)等文件立項,並結(jié)合縣城實際情況,下達(dá)了關(g")


BUILDERS = {
    "blind273_hunan_zjyd_1-7yue_jiankong": build_hunan,
    "blind273_shunqing_jieduan_jiankong": build_shunqing,
    "blind273_changning_binzang_2024_zizp": build_changning,
    "blind273_chenzhou_binzang_2016_zhengti": build_chenzhou,
    "blind273_linli_shiqian_pinggu": build_linli,
}


# ---------------------------------------------------------------------------
# Determinism
# ---------------------------------------------------------------------------

def normalise_zip(path):
    with zipfile.ZipFile(path) as zin:
        entries = {name: zin.read(name) for name in zin.namelist()}
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w") as zout:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, entries[name])
    tmp.replace(path)


def normalise_pdf(path):
    data = path.read_bytes()

    def fix_date(match):
        text = match.group(1)
        fixed = b"20240101000000" + text[14:]
        return b"(D:" + fixed[: len(text)] + b")"

    data = re.sub(rb"\(D:([0-9]{14}[^)]*)\)", fix_date, data)

    def fix_id(match):
        return b"<" + b"0" * len(match.group(1)) + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)

    def fix_checksum(match):
        return b"/DocChecksum /" + b"0" * len(match.group(1))

    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", fix_checksum, data)
    path.write_bytes(data)


def export_pdf(docx_path):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    pdf_path = docx_path.with_suffix(".pdf")
    normalise_pdf(pdf_path)
    return pdf_path


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

def squash(text):
    return re.sub(r"\s+", "", text)


def required_strings(gold):
    items = []
    for ind in gold["indicators"]:
        items.append(ind["name"])
        if ind.get("target_text"):
            items.append(ind["target_text"])
    items.extend(goal["text"] for goal in gold["goals"])
    items.extend(f["item"] for f in gold["findings"])
    return items


def check_pdf(pdf_path, gold):
    out = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    text = squash(out)
    missing = [s for s in required_strings(gold) if squash(s) not in text]
    return missing


def write_annotation(name, source_file, gold):
    record = {"source": source_file}
    record.update(gold)
    ANN.mkdir(exist_ok=True)
    (ANN / f"{source_file}.json").write_text(
        json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


def main():
    problems = []
    sums = []
    for name, builder in BUILDERS.items():
        gold = GOLD[name]
        doc = new_doc()
        builder(doc)
        docx_path = HERE / f"{name}.docx"
        doc.save(docx_path)
        normalise_zip(docx_path)
        pdf_path = export_pdf(docx_path)
        write_annotation(name, docx_path.name, gold)
        write_annotation(name, pdf_path.name, gold)
        missing = check_pdf(pdf_path, gold)
        if missing:
            problems.append((pdf_path.name, missing))
        for path in (docx_path, pdf_path):
            sums.append(f"{md5(path)}  {path.name}")
        print(f"{name}: indicators={len(gold['indicators'])} goals={len(gold['goals'])} "
              f"facts={len(gold['facts'])} findings={len(gold['findings'])} "
              f"pdf-check={'ok' if not missing else 'MISSING ' + str(missing)}")
    (HERE / "md5sums.txt").write_text("\n".join(sums) + "\n", encoding="utf-8")
    if problems:
        print("pdftotext check failed:", problems)
        sys.exit(1)


if __name__ == "__main__":
    main()
