# -*- coding: utf-8 -*-
"""blind216: unit-wide / lowest-level budget documents rebuilt from stored public pages.

Gold first (GOLD), then the builders (DOCX/XLSX), the PDF export with LibreOffice,
the annotation files and the pdftotext check.  Run with /tmp/venv/bin/python.
"""
import copy
import datetime
import io
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
PART = "blind216"
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------------------
# Texts shared by the builders and the gold (so the gold is exactly what the file says)
# --------------------------------------------------------------------------------------

# D1  Hunan, 岳阳县委宣传部 2022 整体支出绩效自评报告 (stored on a mirror that renders the page in
# traditional characters with pinyin left in brackets: 聯(lián)系人 ...; kept as found)
D1_TASKS = [
    "堅決守好守好意識形態(tài)防線和網(wǎng)絡(luò)輿情防線",
    "始終突出理論武裝、新聞宣傳",
    "全力爭創(chuàng)全國文明城市,打造文化惠民品牌",
    "切實推進融媒體中心建設(shè),切實推進隊伍建設(shè)",
]
D1_DUTY = ("縣委宣傳部為縣委主管意識形態和宣傳思想工作的正科級綜合職能部門,承擔全縣意識形態、"
           "新聞輿論宣傳、精神文明創建、理論教育及中心組學習、網絡管理、文化產業發展與建設、"
           "新聞出版(版權)和掃黃打非等工作;內設股室7個(辦公室、文明實踐辦、理教辦、網信工作辦、"
           "文管辦、新聞辦、版權辦),下屬二級事業單位3個(縣新聞中心、縣網絡信息服務中心、"
           "縣新時代文明實踐服務中心)。")
D1_RESULT = "全年共完成中心組學(xué)習(xí)12次;創(chuàng)建省級示范點1個、市級示范點6個,成功破獲的“11·11”組織"

# D2  Chongqing, 渝中区南纪门街道办事处 2023 部门决算情况说明 (stored page begins at (一)职能职责)
D2_DUTIES = ("街道的主要职能是:1、履行辖区党的建设职责。2、履行辖区经济发展职责。3、履行辖区公共服务职责。"
             "4、履行辖区公共管理职责。5、履行辖区公共安全职责。6、完成区委、区政府交办的其他任务。7、有关职责分工。")
D2_ORG = ("南纪门街道办事处内设 10 个办公室:党政办公室、党建工作办公室、经济发展办公室(统计办公室)、"
          "民政和社会事务办公室(卫生健康办公室)、平安建设办公室、规划建设管理环保办公室(物业管理办公室)、"
          "财政办公室、应急管理办公室、人大工委办公室、综合行政执法办公室。下设6个二级单位:党群服务中心、"
          "社区事务服务中心、社区文化服务中心、社保所、综合行政执法大队、退役军人服务站。"
          "街道共有工作人员73人,其中行政编制25人、参公编制20人、事业编制26人。")
D2_UNITS = "本部门编制2023年度预算时,没有二级预算单位。"
D2_TOTAL = ("1.总体情况。2023年度收入、支出总计均为6567.06万元,比上年决算数少710.50万元,降幅9.76%,"
            "原因在于老旧小区改造提升项目以及老旧小区基础配套项目(二期)、(三期)等工程已在2023年度完工。")
D2_INCOME = ("2.收入情况。2023年度收入合计6567.06万元,比上年决算数少710.50万元,降幅9.76%,原因同样是上述"
             "老旧小区改造与基础配套工程完工。其中:财政拨款收入6567.06万元,占100.00%;事业收入0.00万元,"
             "占0.00%;经营收入0.00万元,占0.00%;其他收入0.00万元,占0.00%。另外,使用非财政拨款结余和"
             "专用结余0.00万元,年初结转和结余0.00万元。")
D2_SPEND_CUT = "3.支出情况。2023年度支出合计6567.06万元,较上年决算数减少710.50万元,下"

# D3  Chongqing, 大足区珠溪镇人民政府 2024年政府预算报告
D3_META = [
    ["[ 索引号 ]", "11500111778470425Q/2024-00005", "[ 发文字号 ]", ""],
    ["[ 主题分类 ]", "财政", "[ 体裁分类 ]", "财政预算、决算"],
    ["[ 发布机构 ]", "大足区珠溪镇", "[ 发布日期 ]", "2024-03-05"],
    ["[ 成文日期 ]", "2024-03-05", "[ 有效性 ]", ""],
]
D3_META_LINES = [
    "[ 索引号 ] | 11500111778470425Q/2024-00005 |", "[ 发文字号 ] | |", "[ 主题分类 ] | 财政 |",
    "[ 体裁分类 ] | 财政预算、决算 |", "[ 发布机构 ] | 大足区珠溪镇 |", "[ 发布日期 ] | 2024-03-05 |",
    "[ 成文日期 ] | 2024-03-05 |", "[ 有效性 ] |",
]
D3_TITLE = "重庆市大足区珠溪镇人民政府2024年政府预算报告"
D3_INTRO = ("2023年,珠溪镇财政工作在镇党委、镇政府领导和镇人大监督下,以习近平新时代中国特色社会主义思想为指导,"
            "深入学习贯彻党的二十大精神,接受区财政主管部门指导,坚持稳中求进,认真履职,扎实做好“三保”工作,"
            "推动全镇各项工作顺利开展,完成了镇第十九届人代会第一次会议确定的各项目标任务,"
            "促进全镇经济社会平稳健康发展。")
D3_REVENUE = ("2023年,一般公共预算财政拨款收入完成4220.18 万元,为年初预算的135.18 %,同比下降10.91%。"
              "政府性基金预算财政拨款收入完成4.5万元,为年初预算的100%,是上年同期的0.89%。"
              "其中:上级转移支付补助收入4041.68万元,同比下降21.11%;税收收入预计完成183万元,同比增长55.08%,"
              "其中:增值税90万元;企业所得税7万元;个人所得税11万元;城市维护税18万元;房产税5万元;印花税1万元;"
              "城镇土地使用税42万元;土地增值税4万元;环保税1万元;契税4万元。")
D3_SPEND_CUT = ("2023年,一般公共预算财政拨款支出完成4220.18万元,为年初预算的135.18%,同比下降10.91%,"
                "政府性基金预算财政拨款支出完成4.5万元,为年初预算的100%,是上年同期的0.89%。预算支出按经济")

# D4  Yunnan, 昭通市大关县天星镇中心卫生院 2021年部门决算公开表 (公开01表 收入支出决算总表)
D4_INCOME_ROWS = [
    ("一、一般公共预算财政拨款收入", 1, 11122315.04),
    ("二、政府性基金预算财政拨款收入", 2, None),
    ("三、国有资本经营预算财政拨款收入", 3, None),
    ("四、上级补助收入", 4, None),
    ("五、事业收入", 5, 13628965.89),
    ("六、经营收入", 6, None),
    ("七、附属单位上缴收入", 7, None),
    ("八、其他收入", 8, 1003618.46),
] + [("", n, None) for n in range(9, 27)] + [
    ("本年收入合计", 27, 25754899.39),
    ("使用非财政拨款结余", 28, None),
    ("年初结转和结余", 29, None),
    ("总计", 30, 25754899.39),
]
D4_SPEND_ROWS = [
    ("一、一般公共服务支出", 31, None),
    ("二、外交支出", 32, None),
    ("三、国防支出", 33, None),
    ("四、公共安全支出", 34, None),
    ("五、教育支出", 35, None),
    ("六、科学技术支出", 36, None),
    ("七、文化旅游体育与传媒支出", 37, None),
    ("八、社会保障和就业支出", 38, 697723.84),
    ("九、卫生健康支出", 39, 25037565.22),
    ("十、节能环保支出", 40, None),
]
D4_NOTE = "注:本表反映部门本年度的总收支和年初、年末结转结余情况。"

# --------------------------------------------------------------------------------------
# GOLD
# --------------------------------------------------------------------------------------
URL1 = "http://bustoursboston.com/37584/38146/38324/content_2083818.html"
URL2 = "https://www.cqyz.gov.cn/jz_229/njmjdbsc/zwgk_97157/fdzdgknr_97159/ysjs1/js/202410/t20241018_13718835.html"
URL3 = "http://www.dazu.gov.cn/zwgk_175/fdzdgknr/czyjs/jz/zxz_68905/ys/202403/t20240305_12996024.html"
URL4 = "https://wenku.minyifei.cn/archives/p7ymvq4zlrjv2x309rw5.html"


def ind(level1, level2, name, op, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": actual, "weight": weight, "score": score}


GOLD = {
    "hunan-yueyangxian-xuanchuanbu-zhengtizhichu-zipingbaogao": {
        "ext": "docx",
        "source_urls": [URL1],
        "province": "湖南省",
        "doc_kind": "部门整体支出绩效自评报告",
        "patterns": [8, 10],
        "indicators": [
            ind(None, None, "中心組學(xué)習(xí)", None, 12, "次", "12次"),
            ind(None, None, "省級示范點", None, 1, "個", "1個"),
            ind(None, None, "市級示范點", None, 6, "個", "6個"),
        ],
        "goals": [{"kind": "年度主要工作內容", "text": t} for t in D1_TASKS],
        "facts": [
            {"metric": "內設股室", "kind": "count", "total": 7,
             "parts": ["辦公室", "文明實踐辦", "理教辦", "網信工作辦", "文管辦", "新聞辦", "版權辦"], "unit": "個"},
            {"metric": "下屬二級事業單位", "kind": "count", "total": 3,
             "parts": ["縣新聞中心", "縣網絡信息服務中心", "縣新時代文明實踐服務中心"], "unit": "個"},
        ],
        "findings": [
            {"rule": "goal.unquantified", "item": D1_TASKS[0],
             "why": "年度任务只写守好防线,没有任何数量、比率或时间"},
            {"rule": "goal.unquantified", "item": D1_TASKS[1],
             "why": "突出理论武装、新闻宣传,无可衡量的目标值"},
            {"rule": "goal.unquantified", "item": D1_TASKS[2],
             "why": "争创全国文明城市、打造品牌,未给出数量或时限"},
            {"rule": "goal.unquantified", "item": D1_TASKS[3],
             "why": "推进融媒体中心和队伍建设,无量化目标"},
            {"rule": "goal.unmeasured", "item": D1_TASKS[0],
             "why": "在页面保存的部分里,没有任何数字对应意识形态/网络舆情防线这一任务"},
            {"rule": "goal.unmeasured", "item": D1_TASKS[3],
             "why": "在页面保存的部分里,融媒体中心建设和队伍建设没有对应的指标或数字"},
        ],
        "notes": ("Mirror of the 岳阳县 government page (yyx.gov.cn 37584/38146/38324/content_2083818). The mirror "
                  "renders the page in traditional characters and leaves pinyin in brackets after some characters "
                  "(聯(lián)系人, 預(yù)  碼); these are kept as found in labels, tasks and the result sentence. "
                  "A spam line the mirror puts above the article and the '瀏覽量:1' chrome are left out. "
                  "The 職能職責概述 cell is rewritten in my own words (all counts and names kept). "
                  "The stored page stops inside the 年度單位總體運行情況及取得的成績 cell ('成功破獲的“11·11”組織'), "
                  "so the later sections (收支情况, 评分表) are missing. Indicator rows come from running text "
                  "(完成…12次 / 創建…1個 / 6個), following the brief's '完成农村公路建设120公里' pattern: value = the "
                  "figure, operator null, actual null, level1/level2 null; names keep the mirror's pinyin residue. "
                  "Goals are the four 任務 lines without their '任務(wù)N:' label. Patterns: 8 (cover with 評價方式/"
                  "評價機構/報告日期/財政局(制)), 10 (tasks and results in form cells)."),
    },
    "chongqing-yuzhong-nanjimenjiedao-juesuan-shuoming": {
        "ext": "docx",
        "source_urls": [URL2],
        "province": "重庆市",
        "doc_kind": "部门决算情况说明",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "工作人员", "kind": "sum", "total": 73, "parts": [25, 20, 26], "unit": "人"},
            {"metric": "2023年度收入合计", "kind": "sum", "total": 6567.06,
             "parts": [6567.06, 0.00, 0.00, 0.00], "unit": "万元"},
            {"metric": "收入构成占比", "kind": "percent_sum", "total": 100,
             "parts": [100.00, 0.00, 0.00, 0.00], "unit": "%"},
            {"metric": "收支较上年决算数下降率", "kind": "rate", "stated": 9.76,
             "numerator": 710.50, "denominator": 7277.56, "unit": "%",
             "text": "比上年决算数少710.50万元,降幅9.76% (上年 = 6567.06 + 710.50)"},
            {"metric": "内设办公室", "kind": "count", "total": 10, "parts": [
                "党政办公室", "党建工作办公室", "经济发展办公室(统计办公室)", "民政和社会事务办公室(卫生健康办公室)",
                "平安建设办公室", "规划建设管理环保办公室(物业管理办公室)", "财政办公室", "应急管理办公室",
                "人大工委办公室", "综合行政执法办公室"], "unit": "个"},
            {"metric": "二级单位", "kind": "count", "total": 6, "parts": [
                "党群服务中心", "社区事务服务中心", "社区文化服务中心", "社保所", "综合行政执法大队",
                "退役军人服务站"], "unit": "个"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "工作人员",
             "why": "工作人员73人,但行政编制25人+参公编制20人+事业编制26人=71人,差2人且未说明"},
        ],
        "notes": ("Prose only (no indicator rows). The stored page begins at '(一)职能职责' (no title, no 一、部门基本"
                  "情况 heading) and stops in '3.支出情况' at '…减少710.50万元,下'. The reasons given for the decrease "
                  "and the 单位构成 sentence are rewritten in my own words; every amount, percentage and name kept. "
                  "The 9.76% checks: 710.50/(6567.06+710.50)=9.763%."),
    },
    "chongqing-dazu-zhuxizhen-yusuan-baogao": {
        "ext": "docx",
        "source_urls": [URL3],
        "province": "重庆市",
        "doc_kind": "乡镇政府预算报告",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "税收收入", "kind": "sum", "total": 183, "parts": [90, 7, 11, 18, 5, 1, 42, 4, 1, 4],
             "unit": "万元"},
            {"metric": "一般公共预算财政拨款收入", "kind": "sum", "total": 4220.18, "parts": [4041.68, 183],
             "unit": "万元",
             "text": "其中:上级转移支付补助收入4041.68万元 … 税收收入预计完成183万元"},
            {"metric": "一般公共预算财政拨款收入执行率", "kind": "rate", "stated": 135.18, "actual": 4220.18,
             "planned": None, "unit": "%"},
            {"metric": "政府性基金预算财政拨款收入执行率", "kind": "rate", "stated": 100, "actual": 4.5,
             "planned": None, "unit": "%"},
        ],
        "findings": [
            {"rule": "consistency.sum", "item": "一般公共预算财政拨款收入",
             "why": ("'其中'所列上级转移支付4041.68万元与税收收入183万元合计4224.68万元,既不等于一般公共预算收入"
                     "4220.18万元也不等于政府性基金4.5万元,而等于两者之和;分项挂错了总数或口径不清")},
        ],
        "notes": ("Prose only (no indicator rows). Reproduces the page's 信息公开 metadata twice (a 4-column table, "
                  "then the same fields as single lines, as the page shows them) and the title twice. The opening "
                  "sentence is rewritten in my own words; the revenue and spending paragraphs keep every figure and "
                  "the odd spacing ('4220.18 万元', '135.18 %'). The stored page stops at '预算支出按经济'. "
                  "The tax breakdown adds up (183); the '其中' breakdown of the 一般公共预算 revenue does not."),
    },
    "yunnan-daguan-tianxingzhen-weishengyuan-juesuan-gongkaibiao": {
        "ext": "xlsx",
        "source_urls": [URL4],
        "province": "云南省",
        "doc_kind": "部门决算公开表(收入支出决算总表)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [
            {"metric": "本年收入合计", "kind": "sum", "total": 25754899.39,
             "parts": [11122315.04, 13628965.89, 1003618.46], "unit": "元"},
            {"metric": "总计", "kind": "sum", "total": 25754899.39, "parts": [25754899.39, 0, 0], "unit": "元",
             "text": "总计 = 本年收入合计 + 使用非财政拨款结余(空) + 年初结转和结余(空)"},
        ],
        "findings": [],
        "notes": ("Funds table of a town central health centre (卫生院), no indicator rows. The stored page is the "
                  "text layer of the .xls: the income block (rows 1-30 and the 注) and then a second block headed "
                  "'入支出决算总表 公开01表 金额单位:元' (first character cut, kept as found) with the spending side; it "
                  "stops at row 40 '十、节能环保支出'. The flattened text prints the three income amounts together "
                  "after row 8, so their rows are a judgement call: I put 11,122,315.04 in row 1 (一般公共预算财政拨款), "
                  "13,628,965.89 in row 5 (事业收入) and 1,003,618.46 in row 8 (其他收入); their sum equals 本年收入合计 "
                  "25,754,899.39 either way. Rows 9-26 are empty rows with only their 行次, as found. Pattern 8: "
                  "the 注 line. Spending rows 41 onward are cut, so no sum is checked on the spending side."),
    },
}

# --------------------------------------------------------------------------------------
# helpers: determinism
# --------------------------------------------------------------------------------------
CORE_RE = [
    (re.compile(rb"<dcterms:created[^>]*>[^<]*</dcterms:created>"),
     b'<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'),
    (re.compile(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>"),
     b'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>'),
]


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                for rx, rep in CORE_RE:
                    body = rx.sub(rep, body)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


# --------------------------------------------------------------------------------------
# DOCX builders
# --------------------------------------------------------------------------------------
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def para(doc, text, bold=False, size=None, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def save_docx(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as fh:
        fh.write(normalise_zip(buf.getvalue()))


def build_d1(path):
    doc = new_doc()
    para(doc, "2022年度縣委宣傳部整體支出績效自評報告", bold=True, size=12)
    para(doc, "來源:縣委宣傳部   2023-06-26 09:00")
    para(doc, "岳陽縣2022年度整體支出績效", bold=True, size=16, center=True)
    para(doc, "自評報告", bold=True, size=16, center=True)
    para(doc, "")
    para(doc, "部門(單位)名稱:       中共岳陽縣委宣傳部")
    para(doc, "預(yù)  碼:     100501")
    para(doc, "評價方式:單位績效自評")
    para(doc, "評價機構(gòu):單位評價組")
    para(doc, "")
    para(doc, "報告日期: 2023    5  31")
    para(doc, "岳陽縣財政局(制)", center=True)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, "一、部門(單位)基本概況", bold=True)
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "聯(lián)系人")
    cell_text(t.cell(0, 1), "鐘雅靜")
    cell_text(t.cell(0, 2), "聯(lián)絡(luò)電話")
    cell_text(t.cell(0, 3), "7620656")
    cell_text(t.cell(1, 0), "人員編制")
    cell_text(t.cell(1, 1), "23")
    cell_text(t.cell(1, 2), "實有人數(shù)")
    cell_text(t.cell(1, 3), "22")
    labels = ["職能職責(zé)概述", "年度主要\n工作內(nèi)容", "年度單位總體運行情況及取得的成績"]
    bodies = [D1_DUTY, "\n".join("任務(wù)%d:%s" % (i + 1, x) for i, x in enumerate(D1_TASKS)), D1_RESULT]
    for k in range(3):
        row = 2 + k
        cell_text(t.cell(row, 0), labels[k])
        m = t.cell(row, 1).merge(t.cell(row, 3))
        cell_text(m, bodies[k])
    save_docx(doc, path)


def build_d2(path):
    doc = new_doc()
    para(doc, "(一)职能职责", bold=True)
    para(doc, D2_DUTIES)
    para(doc, "(二)机构设置", bold=True)
    para(doc, D2_ORG)
    para(doc, "(三)单位构成", bold=True)
    para(doc, D2_UNITS)
    para(doc, "二、部门决算情况说明", bold=True)
    para(doc, "(一)收入支出决算总体情况说明", bold=True)
    para(doc, D2_TOTAL)
    para(doc, D2_INCOME)
    para(doc, D2_SPEND_CUT)
    save_docx(doc, path)


def build_d3(path):
    doc = new_doc()
    t = doc.add_table(rows=len(D3_META), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(D3_META):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v)
    for line in D3_META_LINES:
        para(doc, line)
    para(doc, D3_TITLE, bold=True, size=14, center=True)
    para(doc, D3_TITLE, bold=True, size=14, center=True)
    para(doc, "一、2023年财政预算执行情况", bold=True)
    para(doc, D3_INTRO)
    para(doc, "(一)财政收入执行情况", bold=True)
    para(doc, D3_REVENUE)
    para(doc, "(二)财政支出完成情况", bold=True)
    para(doc, D3_SPEND_CUT)
    save_docx(doc, path)


# --------------------------------------------------------------------------------------
# XLSX builder
# --------------------------------------------------------------------------------------
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402


def build_d4(path):
    wb = Workbook()
    wb.properties.creator = PART
    wb.properties.lastModifiedBy = PART
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    ws.title = "收入支出决算总表"
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 8
    ws.column_dimensions["C"].width = 20
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fmt = "#,##0.00"
    r = 1
    ws.cell(r, 1, "收入支出决算总表").font = Font(bold=True, size=14)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    r += 1
    ws.cell(r, 1, "部门:昭通市大关县天星镇中心卫生院")
    r += 1
    ws.cell(r, 1, "收入")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    r += 1
    for j, v in enumerate(["项目", "行次", "金额"], 1):
        ws.cell(r, j, v).border = box
    r += 1
    for j, v in enumerate(["栏次", None, 1], 1):
        ws.cell(r, j, v).border = box
    r += 1
    for label, n, amt in D4_INCOME_ROWS:
        ws.cell(r, 1, label or None).border = box
        ws.cell(r, 2, n).border = box
        c = ws.cell(r, 3, amt)
        c.border = box
        c.number_format = fmt
        r += 1
    ws.cell(r, 1, D4_NOTE)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    r += 2
    ws.cell(r, 1, "入支出决算总表").font = Font(bold=True, size=14)
    ws.cell(r, 2, "公开01表")
    r += 1
    ws.cell(r, 3, "金额单位:元")
    r += 1
    ws.cell(r, 1, "支出")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1).alignment = Alignment(horizontal="center")
    r += 1
    for j, v in enumerate(["项目(按功能分类)", "行次", "金额"], 1):
        ws.cell(r, j, v).border = box
    r += 1
    for j, v in enumerate(["栏次", None, 2], 1):
        ws.cell(r, j, v).border = box
    r += 1
    for label, n, amt in D4_SPEND_ROWS:
        ws.cell(r, 1, label).border = box
        ws.cell(r, 2, n).border = box
        c = ws.cell(r, 3, amt)
        c.border = box
        c.number_format = fmt
        r += 1
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as fh:
        fh.write(normalise_zip(buf.getvalue()))


BUILDERS = {
    "hunan-yueyangxian-xuanchuanbu-zhengtizhichu-zipingbaogao": build_d1,
    "chongqing-yuzhong-nanjimenjiedao-juesuan-shuoming": build_d2,
    "chongqing-dazu-zhuxizhen-yusuan-baogao": build_d3,
    "yunnan-daguan-tianxingzhen-weishengyuan-juesuan-gongkaibiao": build_d4,
}


# --------------------------------------------------------------------------------------
# export, annotations, check
# --------------------------------------------------------------------------------------
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_%s" % PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s or "")


def check(base, gold, pdf):
    txt = squash(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                                check=True).stdout)
    txt_raw = squash(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                                    check=True).stdout)
    missing = []
    items = []
    for i in gold["indicators"]:
        items += [("indicator", i["name"]), ("target", i["target_text"])]
    for g in gold["goals"]:
        items.append(("goal", g["text"]))
    for f in gold["findings"]:
        items.append(("finding", f["item"]))
    for kind, s in items:
        if s and squash(s) not in txt and squash(s) not in txt_raw:
            missing.append((kind, s))
    return missing


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    totals = {"indicators": 0, "goals": 0, "findings": 0, "facts": 0}
    for base, gold in GOLD.items():
        src = os.path.join(HERE, "%s.%s" % (base, gold["ext"]))
        BUILDERS[base](src)
        pdf = to_pdf(src)
        body = {k: v for k, v in gold.items() if k != "ext"}
        for fname in (os.path.basename(src), os.path.basename(pdf)):
            ann = {"source": fname}
            ann.update(copy.deepcopy(body))
            with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as fh:
                json.dump(ann, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
        miss = check(base, gold, pdf)
        for k in totals:
            totals[k] += len(gold[k])
        if miss:
            bad += 1
            print("MISSING in", base, miss)
        else:
            print("ok", base, {k: len(gold[k]) for k in totals})
    print("totals per document set:", totals)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
