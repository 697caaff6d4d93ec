# -*- coding: utf-8 -*-
"""blind226: infrastructure / construction performance documents (交通, 水利, 市政, 老旧小区, 海绵城市).

Gold first (as Python data), then the builders.  Every document is rebuilt from the stored
beginning of a public page (see SOURCES.md); the document stops where the stored page stops.
Run with /tmp/venv/bin/python (python-docx only).
"""
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

PART = "blind226"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD
# ---------------------------------------------------------------------------

def ind(name, target_text, value=None, unit=None, operator=None, actual=None,
        level1=None, level2=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator,
            "value": value, "unit": unit, "target_text": target_text, "actual": actual,
            "weight": weight, "score": score}


# ---- 1. national: 海绵城市建设绩效评价与考核指标(试行) (stored mirror page, traditional characters)
HM_ROWS = [
    # (类别, 项, 指标, 要求, 方法, 性质)
    ("一、水生態", "1", "年徑流總量控制率",
     "本地降雨產生的徑流總量須滿足海綿城市建設技術指南所定的年徑流總量控制要求;降雨量未超過該控制率對應的降雨量時,建設區域內不應有雨水外排。",
     "視實際情況在地塊雨水排放口、關鍵管網節點設置觀測計量及雨量監測裝置,連續監測不少于一年、頻率不低于15分鐘/次;再結合氣象部門降雨數據、設計圖紙、現場勘測、設施規模及銜接關係加以分析,必要時以模型模擬計算。",
     "定量(約束性)"),
    ("一、水生態", "2", "生態岸線恢復",
     "在不影響防洪安全的前提下,對城市河湖水系岸線及加裝蓋板的天然河渠實施生態修復,使其達到藍線控制要求並恢復生態功能。",
     "查看相關設計圖紙、規劃,現場檢查等。",
     "定量(約束性)"),
    ("一、水生態", "3", "地下水位",
     "年均地下水潛水位保持穩定,或下降趨勢得到明顯遏制,平均降幅低于歷史同期;年均降雨量超過1000mm的地區不評價本項。",
     "查看地下水潛水水位監測數據。",
     "定量(約束性,分類指導)"),
    ("一、水生態", "4", "城市熱島效應",
     "熱島強度得到緩解:建設區域夏季(按6-9月)日平均氣溫不高于同期其他區域日均氣溫,或較同區域歷史同期(扣除自然氣溫變化影響)呈下降趨勢。",
     "查閱氣象資料,可通過紅外遙感監測評價。",
     "定量(鼓勵性)"),
    ("二、水環境", "5", "水環境質量",
     "不得出現黑臭現象。建設區域內河湖水系水質不低于地表水環境質量標準IV類標準,且優于建設前水質。當城市內河水系存在上游來水時,下游斷面主要指標不",
     "", ""),
]

GOLD = {}

GOLD["quanguo-haimianchengshi-kaohezhibiao-biao"] = {
    "source_urls": ["http://bhygbaby.com/paper/201374977.html"],
    "province": "全国",
    "doc_kind": "绩效评价与考核指标表",
    "patterns": [1, 5],
    "indicators": [ind(r[2], r[3], level1=r[0]) for r in HM_ROWS],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.missing_value", "item": "年徑流總量控制率",
         "why": "性质写定量(约束性),要求栏却没有任何控制率数值,只引用技术指南"},
        {"rule": "target.missing_value", "item": "生態岸線恢復",
         "why": "性质写定量(约束性),要求栏没有恢复长度或比例等数值"},
    ],
    "notes": ("Stored mirror page (traditional characters, with the site banner '精選優質文檔-傾情為你奉上') of the national "
              "海绵城市建设绩效评价与考核指标(试行). Kept in traditional characters as found. 要求/方法 cells rewritten in my own "
              "words keeping every number (15分鐘/次, 1000mm, 6-9月, IV類). The page stops inside row 5 (水環境質量), in the middle "
              "of its 要求 cell: 方法 and 性質 of row 5 are left empty. 類別 merged down rows 1-4. target_text = the 要求 cell. "
              "No row carries a single numeric target, so operator/value/unit are null throughout; 地下水位 and 城市熱島效應 "
              "are relative to a baseline (歷史同期), so they are not flagged as vague."),
}

# ---- 2. Shandong 2017 老旧住宅小区整治改造补助资金 评价报告
SD_BG = ("2015年7月以来,山东省相继印发《关于推进全省老旧住宅小区整治改造和物业管理的意见》(鲁建发〔2015〕5号)、"
         "《关于认真做好全省老旧住宅小区专业经营设施设备改造升级及相关工作的通知》(鲁建发〔2016〕4号)和《山东省城镇和困难工矿区"
         "老旧住宅小区综合整治改造补助资金管理办法》(鲁财综〔2017〕15号)等文件,确定了老旧住宅小区改造的思路与方向,并要求各市、区"
         "财政部门统一管理综合整治改造资金,提升资金使用效益。")
SD_INPUT = ("2017年度山东省城镇和困难工矿区老旧住宅小区整治改造补助资金预算总额为59000万元,由山东省财政厅和山东省住房和城乡建设厅"
            "按职责分工共同管理,在16个地级市(不含青岛)和14个直管县之间分配。2017年实际支出47317.66万元,结余资金11682.34万元。")
SD_GOAL_TOTAL = ("依据山东省住房城乡建设厅等十一部门印发的《关于推进全省老旧住宅小区整治改造和物业管理的意见》(鲁建发〔2015〕5号),"
                 "老旧小区按五年规划推进整治改造和物业管理:2015年开展试点,2016年起整体推开,到2020年基本完成1995年前建成的老旧小区"
                 "(建成年限可适当放宽至2000年)整治改造。")
SD_GOAL_YEAR = ("2017年度绩效目标即完成享受省级财政补助资金的16个地市(不含青岛)、107个县市区、1623个项目点的整治改造,"
                "建筑面积为4505.80万平方米,涉及居民546387户,通过整治改造彻底改变老旧小区脏乱差的面貌。")
SD_OBJ = "评价对象为使用2017年老旧小区整治改造专项资金的项目。"
SD_IDEA = "该项目的绩效评价,首先是项目执行单位进行自评,然后以第三方非现"

GOLD["shandong-shengji-laojiuxiaoqu-pingjiabaogao"] = {
    "source_urls": ["http://czt.shandong.gov.cn/art/2019/2/21/art_10604_4656788.html"],
    "province": "山东省",
    "doc_kind": "绩效评价报告",
    "patterns": [10],
    "indicators": [
        ind("地市", "16个", value=16, unit="个"),
        ind("县市区", "107个", value=107, unit="个"),
        ind("项目点", "1623个", value=1623, unit="个"),
        ind("建筑面积", "4505.80万平方米", value=4505.80, unit="万平方米"),
        ind("涉及居民", "546387户", value=546387, unit="户"),
    ],
    "goals": [
        {"kind": "总体目标", "text": SD_GOAL_TOTAL},
        {"kind": "年度目标", "text": SD_GOAL_YEAR},
    ],
    "facts": [
        {"metric": "老旧住宅小区整治改造补助资金预算总额", "kind": "sum", "total": 59000,
         "parts": [47317.66, 11682.34], "unit": "万元",
         "text": "预算总额59000万元 = 实际支出47317.66万元 + 结余资金11682.34万元"},
    ],
    "findings": [
        {"rule": "goal.unmeasured", "item": SD_GOAL_YEAR,
         "why": "年度目标中的效果“彻底改变老旧小区脏乱差的面貌”没有任何效益或满意度指标支撑,只有数量"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "所述年度目标只有地市、县市区、项目点、面积、户数等数量,没有居民满意度"},
    ],
    "notes": ("Stored page starts at 一、项目基本情况 (no title in the stored text) and stops inside 三(一)评价思路 "
              "('…然后以第三方非现'). Background and the 总体目标 are rewritten in my own words keeping every number and document "
              "number; the 2017 年度目标 sentence is kept close to the page. Indicator rows come from the running-text 年度目标: "
              "'完成…' gives no operator (null). Names are the words the page uses for what is counted (地市, 县市区, 项目点, 建筑面积, "
              "涉及居民). Sum fact checks: 47317.66 + 11682.34 = 59000.00."),
}

# ---- 3. Hubei Huangshi 市公路局 2020 公路养护类项目 自评结果
HS_SCORE = "对照年初部门预算中项目支出绩效目标批复设定的各项指标值进行打分,自评得分100分。"
HS_RATE = "2020年度养护类项目预算数为1132万元,执行数为1132万元,预算执行率100%。"
HS_GOAL = ("完成了市直养护里程1180.5公里,完成了市直桥梁养护67座,完成了市直隧道养护2个,延长了公路使用寿命,"
           "保障群众正常出行,服务社会经济发展。")
HS_DONE = "年度绩效目标已全部完成,具体为:" + HS_GOAL
HS_P1 = ("一是公路养护类项目中的小修保养预算按湖北省公路养护工程预算定额测算,从实际执行看,该定额明显低于市场水平;"
         "社会经济发展带来更高的出行需求,加上物价上涨,公路日常维护成本随之增加。")
HS_P2 = "二是养护人员经费缺口大,当地财政年度部门预算安排的公路养护类项目小修经费大部分被用于人员工资福利支出。"
HS_M1 = ("一是严格执行批复的年度预算,规范操作流程,项目支出分别核算、专款专用,未列预算或未经批复的支出一律不得开支,"
         "提高预算执行的准确率和严肃性。")
HS_M2 = ("二是强化预算绩效管理,坚持“花钱必问效,无效必问责”,逐步形成目标、监控、评价、反馈、应用相衔接的全过程预算绩效管理机制,"
         "改变重安排、轻效益的倾向。")

GOLD["hubei-huangshi-gongluyanghu-zipingjieguo"] = {
    "source_urls": ["http://jtj.huangshi.gov.cn/zwgk/fdzdgknr/zjxx/glzd/202106/t20210608_803252.html"],
    "province": "湖北省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [
        ind("市直养护里程", "1180.5公里", value=1180.5, unit="公里", actual=1180.5),
        ind("市直桥梁养护", "67座", value=67, unit="座", actual=67),
        ind("市直隧道养护", "2个", value=2, unit="个", actual=2),
    ],
    "goals": [{"kind": "年度目标", "text": HS_GOAL}],
    "facts": [
        {"metric": "预算执行率", "kind": "rate", "planned": 1132, "actual": 1132, "stated_rate": 100,
         "unit": "万元", "text": HS_RATE},
    ],
    "findings": [
        {"rule": "goal.unmeasured", "item": HS_GOAL,
         "why": "“延长了公路使用寿命,保障群众正常出行”没有路况、优良路率或通行类指标支撑"},
        {"rule": "coverage.missing_dimension", "item": "质量指标",
         "why": "养护项目只报里程、座数、个数,没有养护质量(如优良路率、路面技术状况)"},
        {"rule": "coverage.missing_dimension", "item": "满意度指标",
         "why": "自评结论中没有服务对象满意度"},
    ],
    "notes": ("Stored page stops at 二、佐证材料 (一)1. ('按照《中华人民共和国公路'); the attached 自评表 is not in the stored text. "
              "The three indicator rows come from '完成的绩效目标' in running text; the page states them as completed goals, "
              "so value and actual both take the figure (judgement call). Problems and measures rewritten in my own words; "
              "the slogan '花钱必问效,无效必问责' kept. Rate fact: 1132/1132 = 100%."),
}

# ---- 4. Yunnan Baoshan 大保高速老营至板桥段改线工程 前期工作经费 自评报告
BS_P1 = ("大保高速老营至板桥段改线工程起点位于隆阳区瓦窑镇老营村北侧,与G56杭瑞高速顺接;通过老营互通连接既有杭瑞高速老营至板桥段"
         "和老营村片区,途经大蒿村、阿家坝、施家庄等地,终点在板桥镇清白庄,以枢纽互通连接保山东南过境绕城高速,路线全长16.031公里。"
         "项目拟按双向四车道高速公路标准建设,设计速度80公里/小时,路基宽度25.50米,估算投资400,600.00万元,全线设老营、清白2处互通式立交。")
BS_P2 = ("(1)前期准备:依据《保山市财政局关于2020年市级部门整体支出和项目支出绩效自评及财政绩效评价有关事项的通知》"
         "(保财预〔2021〕66号),核实2020年项目支出的准确性和真实性,并印发《保山市交通运输局关于做好2020年绩效自评和财政评价有关"
         "事项的通知》(保交财便〔2021〕4号),明确评价范围、评价主体和工作要求。")
BS_P3 = "(2)组织过程:按通知要求,结合评价对象实际,收集、统计并整理绩效评价资料,对资料进行审查核实,综合分析后形成评价结论。"
BS_F1 = ("根据《保山市财政局关于下达2020年市级财政预算内项目前期工作经费的通知》(保财建〔2020〕84号),"
         "市财政局于2020年7月20日下达我局项目前期工作经费200.00万元。")
BS_F2 = "实际支出项目资金200.00万元,资金执行率100.00%。"
BS_F3 = ("项目资金收支按照《中华人民共和国会计法》《中华人民共和国预算法》《行政单位财务规则》等法律法规和制度要求进行规范核算管理。")
BS_O1 = "大保高速老营至板桥段改线工程工可报告已于2020年7月编制完成。2020年05月11"

GOLD["yunnan-baoshan-dabaogaosu-zipingbaogao"] = {
    "source_urls": ["https://baoshan.gov.cn/info/7819/3701104.htm"],
    "province": "云南省",
    "doc_kind": "绩效自评报告",
    "patterns": [10],
    "indicators": [],
    "goals": [],
    "facts": [
        {"metric": "资金执行率", "kind": "rate", "planned": 200.00, "actual": 200.00, "stated_rate": 100.00,
         "unit": "万元", "text": BS_F2},
    ],
    "findings": [],
    "notes": ("Prose only. Stored page starts at 一、项目基本情况 (no title) and stops in 三(二)1.产出指标完成情况 at "
              "'2020年05月11'. Project description and the 自评 process rewritten in my own words keeping every number, place "
              "and document number. The project is a 前期工作经费 (feasibility-study money) of 200.00万元; 16.031公里/80公里/小时/"
              "25.50米/400,600.00万元 describe the planned motorway, not targets of this spending, so they are not indicator rows."),
}

# ---- 5. Shanghai Baoshan 以奖代补 项目分配和绩效目标备案表 (form; page stops before the indicators)
SH_BODY = ("按照《交通运输领域专项资金管理办法》和《上海市普通公路中央奖补资金使用实施细则》要求,经与区财政部门共同研究,"
           "我区拟将33万元专项资金安排用于南陈路-南秀路(环镇北路-环镇南路)拓宽改建工程,该计划已征询市交通建管中心同意。")

GOLD["shanghai-baoshan-gonglu-beianbiao"] = {
    "source_urls": ["http://xxgk.shbsq.gov.cn/article.html?infoid=846bee5d-7c1b-4c48-a67b-ec233602ef0c"],
    "province": "上海市",
    "doc_kind": "项目分配和绩效目标备案表",
    "patterns": [8],
    "indicators": [],
    "goals": [],
    "facts": [],
    "findings": [],
    "notes": ("Form only, no indicator rows: the stored page stops in the 项目基本情况 block at '宝发改[2015]157号、宝发改[2016', "
              "before any 绩效目标 section. Kept as found: the unclosed bracket after 'BS2025JS01', the dates written '2025928' "
              "and '20259' (年月日 characters missing), and the label '建成后)公路技术等级' with its missing opening bracket. "
              "The report body is rewritten in my own words keeping 33万元 and all names."),
}

# ---- 6. Yunnan Kunming 经开区 新建、改造公厕项目 (project statement; page stops at the 目标表 title)
KM_UNIT = ("该局由昆明经济技术开发区管理委员会管理,为公益一类事业单位,主要承担辖区城市管理综合行政执法工作;设下设机构1个(正科级):"
           "环境卫生管理局;设内设机构4个(副科级):综合办公室(加挂“行政执法监督办公室”牌子)、城市管理监察大队、城市建设监察大队、"
           "城市规划监察大队;昆明市网格化指挥中心经开区分中心暂由该局代管。")
KM_EFFECT = ("项目前期的设计图编制、环境影响评价报告、可行性研究报告、测绘工程、地质勘察、拦标价编制和招投标等工作均已完成;"
             "目前在建的14座公厕已进入后期施工阶段(完成设计主体施工的90%),正按计划推进。")
KM_TABLE_TITLE = "新建、改造公厕项目支出绩效目标申报表"

GOLD["yunnan-kunming-gongce-xiangmushuoming"] = {
    "source_urls": ["http://jkq.kunming.cn/c/2020-05-29/4312664.shtml"],
    "province": "云南省",
    "doc_kind": "项目支出绩效目标申报(项目说明)",
    "patterns": [8, 10],
    "indicators": [
        ind("水冲式公厕", "16座", value=16, unit="座"),
        ind("新建水冲式公厕总建筑面积", "1873.12㎡", value=1873.12, unit="㎡"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "table_not_understood", "item": KM_TABLE_TITLE,
         "why": "第九部分的绩效目标申报表只剩标题行,存档页面在此截止,表内没有可读的指标行,文件应标为 partial"},
    ],
    "notes": ("Stored page stops right after the title row of the 绩效目标申报表 (section 九), so the only indicator rows are the "
              "running-text targets of sections 四/五 (新建16座水冲式公厕, 总建筑面积1873.12㎡). The unit overview and the 实施成效 "
              "paragraph are rewritten in my own words keeping every number. 在建14座 and 90% are progress, not targets. "
              "The 目标表 is rebuilt as a 3-column table with its title row only (as the page shows '… | ||')."),
}

# ---------------------------------------------------------------------------
# BUILDERS
# ---------------------------------------------------------------------------

FONT = "Noto Serif CJK SC"


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), FONT)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    cp = d.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    return d


def para(d, text, bold=False, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def table(d, nrows, ncols, widths=None):
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def save_docx(d, path):
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def build_haimian(path):
    d = new_doc()
    para(d, "精選優質文檔-傾情為你奉上", size=8)
    para(d, "海綿城市建設績效評價與考核指標(試行)", bold=True, center=True, size=14)
    t = table(d, 1 + len(HM_ROWS), 6, widths=[1.6, 0.9, 2.2, 5.6, 5.2, 1.9])
    for i, h in enumerate(["類別", "項", "指標", "要求", "方法", "性質"]):
        set_cell(t.cell(0, i), h, bold=True)
    for r, row in enumerate(HM_ROWS, start=1):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v)
    # merge 類別 down rows 1-4
    a = t.cell(1, 0).merge(t.cell(4, 0))
    set_cell(a, "一、水生態")
    save_docx(d, path)


def build_shandong(path):
    d = new_doc()
    para(d, "一、项目基本情况", bold=True)
    para(d, "(一)项目立项背景及实施目的", bold=True)
    para(d, SD_BG)
    para(d, "(二)项目投入情况", bold=True)
    para(d, SD_INPUT)
    para(d, "二、项目绩效目标", bold=True)
    para(d, "(一)总体绩效目标", bold=True)
    para(d, SD_GOAL_TOTAL)
    para(d, "(二)2017年度绩效目标", bold=True)
    para(d, SD_GOAL_YEAR)
    para(d, "三、评价基本情况", bold=True)
    para(d, SD_OBJ)
    para(d, "(一)评价思路", bold=True)
    para(d, SD_IDEA)
    save_docx(d, path)


def build_huangshi(path):
    d = new_doc()
    para(d, "市公路局2020年度公路养护类项目", bold=True, center=True, size=14)
    para(d, "自评结果", bold=True, center=True, size=14)
    para(d, "一、自评结论", bold=True)
    para(d, "(一)自评得分", bold=True)
    para(d, HS_SCORE)
    para(d, "(二)绩效目标完成情况", bold=True)
    para(d, "1.执行率情况。")
    para(d, HS_RATE)
    para(d, "2.完成的绩效目标。")
    para(d, HS_DONE)
    para(d, "3.未完成的绩效目标。")
    para(d, "无。")
    para(d, "(三)存在的问题和原因", bold=True)
    para(d, HS_P1)
    para(d, HS_P2)
    para(d, "(四)下一步拟改进措施", bold=True)
    para(d, HS_M1)
    para(d, HS_M2)
    para(d, "附件:2020年度养护类项目自评表(附后)")
    para(d, "二、佐证材料", bold=True)
    para(d, "(一)基本情况", bold=True)
    para(d, "1.简要概述项目立项目的和年度绩效目标。")
    para(d, "按照《中华人民共和国公路")
    save_docx(d, path)


def build_baoshan(path):
    d = new_doc()
    para(d, "一、项目基本情况", bold=True)
    para(d, BS_P1)
    para(d, "二、项目绩效自评工作开展情况", bold=True)
    para(d, BS_P2)
    para(d, BS_P3)
    para(d, "三、项目绩效实现情况", bold=True)
    para(d, "(一)项目资金情况", bold=True)
    para(d, "1.项目资金到位情况")
    para(d, BS_F1)
    para(d, "2.项目资金执行情况")
    para(d, BS_F2)
    para(d, "3.项目资金管理情况")
    para(d, BS_F3)
    para(d, "(二)项目绩效指标完成情况", bold=True)
    para(d, "1.产出指标完成情况")
    para(d, BS_O1)
    save_docx(d, path)


def build_shanghai(path):
    d = new_doc()
    para(d, "关于2025交通运输领域专项资金(第一批)分配项目备案的报告", bold=True, center=True, size=14)
    para(d, "宝交〔2025〕10号", center=True)
    para(d, "上海市交通委员会:")
    para(d, SH_BODY)
    para(d, "特此报告")
    para(d, "附件:2025年普通省道和农村公路“以奖代补”资金分配项目备案表(备案编号:BS2025JS01")
    p = para(d, "上海市宝山区交通委员会")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(d, "2025928")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "附件")
    para(d, "2025年普通省道和农村公路“以奖代补”", bold=True, center=True, size=13)
    para(d, "项目分配和绩效目标备案表", bold=True, center=True, size=13)
    p = para(d, "备案编号:BS2025JS01")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "备案单位(盖章):")
    para(d, "备案时间:")
    para(d, "20259")
    t = table(d, 7, 4, widths=[4.2, 5.0, 4.2, 3.6])
    a = t.cell(0, 0).merge(t.cell(0, 3))
    set_cell(a, "项目基本情况", bold=True)
    set_cell(t.cell(1, 0), "中央奖补资金种类")
    set_cell(t.cell(1, 1), "交通运输领域专项资金")
    set_cell(t.cell(1, 2), "项目类型")
    set_cell(t.cell(1, 3), "新改建")
    set_cell(t.cell(2, 0), "资金下达文件文号")
    set_cell(t.cell(2, 1), "沪财建[2025]79号\n沪交财[2025]536")
    set_cell(t.cell(2, 2), "项目中央奖补资金分配金额(万元)")
    set_cell(t.cell(2, 3), "33")
    set_cell(t.cell(3, 0), "项目名称")
    a = t.cell(3, 1).merge(t.cell(3, 3))
    set_cell(a, "南陈路-南秀路(环镇北路-环镇南路)拓宽改建工程")
    set_cell(t.cell(4, 0), "项目(法人)单位")
    a = t.cell(4, 1).merge(t.cell(4, 3))
    set_cell(a, "宝山区交通建设管理中心")
    set_cell(t.cell(5, 0), "(建成后)公路行政级别")
    set_cell(t.cell(5, 1), "县道")
    set_cell(t.cell(5, 2), "建成后)公路技术等级")
    set_cell(t.cell(5, 3), "二级")
    set_cell(t.cell(6, 0), "项目批复文件文号")
    a = t.cell(6, 1).merge(t.cell(6, 3))
    set_cell(a, "宝发改[2015]157号、宝发改[2016")
    save_docx(d, path)


def build_kunming(path):
    d = new_doc()
    para(d, "昆明经济技术开发区城市管理综合行政执法局2020年昆明经济技术开发区2020年新建、改造公厕项目",
         bold=True, center=True, size=13)
    para(d, "一、 项目名称", bold=True)
    para(d, "新建、改造公厕")
    para(d, "二、 立项依据", bold=True)
    para(d, "《关于昆明经济技术开发区2018-2020年农村公厕建设项目立项的批复》昆经开经(2019)14号")
    para(d, "三、 项目实施单位", bold=True)
    para(d, "单位名称:昆明经济技术开发区城市管理综合行政执法局")
    para(d, "组织机构代码:125301164313642360")
    para(d, "地址:昆明市经济技术开发区信息产业基地春漫大道5号")
    para(d, "联系电话:0871-67263674")
    para(d, "法人代表:包明华")
    para(d, "经费来源:财政预算")
    para(d, "单位概况:" + KM_UNIT)
    para(d, "四、 项目基本概况", bold=True)
    para(d, "本项目计划在辖区范围内新建16座水冲式公厕")
    para(d, "五、 项目实施内容", bold=True)
    para(d, "本项目计划新建16座水冲式公厕,新建水冲式公厕总建筑面积为1873.12㎡。")
    para(d, "六、 资金安排情况", bold=True)
    para(d, "2020年年初财政预算资金544.30万元,已到位。")
    para(d, "七、 项目实施计划", bold=True)
    para(d, "本项目于2018年11月开始前期建设准备工作,2019年10月开始建设,预计2020年08月交付使用。")
    para(d, "八、 项目实施成效", bold=True)
    para(d, KM_EFFECT)
    para(d, "九、 项目绩效目标表", bold=True)
    t = table(d, 1, 3, widths=[11.0, 3.0, 3.0])
    set_cell(t.cell(0, 0), KM_TABLE_TITLE, bold=True)
    save_docx(d, path)


BUILDERS = {
    "quanguo-haimianchengshi-kaohezhibiao-biao": build_haimian,
    "shandong-shengji-laojiuxiaoqu-pingjiabaogao": build_shandong,
    "hubei-huangshi-gongluyanghu-zipingjieguo": build_huangshi,
    "yunnan-baoshan-dabaogaosu-zipingbaogao": build_baoshan,
    "shanghai-baoshan-gonglu-beianbiao": build_shanghai,
    "yunnan-kunming-gongce-xiangmushuoming": build_kunming,
}

# ---------------------------------------------------------------------------
# EXPORT, ANNOTATIONS, CHECK
# ---------------------------------------------------------------------------

def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def norm(s):
    return re.sub(r"\s+", "", s)


def check(stem, pdf):
    txt = norm(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                              text=True, check=True).stdout)
    g = GOLD[stem]
    missing = []
    items = []
    for i in g["indicators"]:
        items += [("name", i["name"]), ("target_text", i["target_text"])]
    for gl in g["goals"]:
        items.append(("goal", gl["text"]))
    for f in g["findings"]:
        if f["rule"] == "coverage.missing_dimension":
            continue  # the missing dimension is, by definition, absent from the text
        items.append(("finding", f["item"]))
    for kind, s in items:
        if s and norm(s) not in txt:
            missing.append((kind, s))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for stem, build in BUILDERS.items():
        docx_path = os.path.join(HERE, stem + ".docx")
        build(docx_path)
        pdf = to_pdf(docx_path)
        for fn in (stem + ".docx", stem + ".pdf"):
            g = dict(GOLD[stem])
            out = {"source": fn}
            out.update(g)
            with open(os.path.join(ANN, fn + ".json"), "w", encoding="utf-8") as f:
                json.dump(out, f, ensure_ascii=False, indent=1)
        miss = check(stem, pdf)
        status = "ok" if not miss else "MISSING %r" % miss
        bad += bool(miss)
        print(stem, status)
    tot = {k: sum(len(GOLD[s][k]) for s in GOLD) for k in ("indicators", "goals", "findings", "facts")}
    print("totals per document set:", tot)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
