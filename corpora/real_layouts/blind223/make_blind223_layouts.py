# -*- coding: utf-8 -*-
"""blind223: real-layout documents (hospitals / CDC / colleges), gold first, then builders.

Run with /tmp/venv/bin/python make_blind223_layouts.py
Builds DOCX files, exports PDFs with LibreOffice (own profile), writes annotations/<file>.json
and checks that every gold string appears in the pdftotext output (whitespace ignored).
"""
import datetime
import json
import os
import re
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

PART = "blind223"
HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# GOLD (written from the stored pages, before any file is built)
# ---------------------------------------------------------------------------
GOLD = {
    "hunan-zhuzhou-shifeng-jikong-yusuanjixiao-gongkai.docx": {
        "source_urls": ["http://www.luckybukkake.com/c4639/20211115/i1792398.html"],
        "province": "湖南省",
        "doc_kind": "部门预算执行及绩效情况公开",
        "patterns": [10],
        "indicators": [
            {"level1": None, "level2": None, "name": "健康支持性環境維護", "operator": None,
             "value": None, "unit": "次", "target_text": "維護4次", "actual": 4,
             "weight": None, "score": None},
            {"level1": None, "level2": None, "name": "衛生健康示範街", "operator": None,
             "value": None, "unit": "條", "target_text": "新建成兩條衛生健康示範街", "actual": 2,
             "weight": None, "score": None},
        ],
        "goals": [],
        "facts": [
            {"metric": "2020年收入", "kind": "sum", "total": 4816.24, "parts": [3859.53, 956.71], "unit": "萬元"},
            {"metric": "2020年支出", "kind": "sum", "total": 4816.24, "parts": [385.29, 4430.95], "unit": "萬元"},
        ],
        "findings": [
            {"rule": "target.missing_value", "item": "健康支持性環境維護",
             "why": "only the achieved count (4次) is reported; no target value was set for it"},
            {"rule": "target.missing_value", "item": "衛生健康示範街",
             "why": "only the achieved number (兩條) is reported; no target value was set for it"},
        ],
        "notes": ("Mirror of a 株洲市石峰区 government page (区疾病预防控制中心, 2021-11-15) served in traditional "
                  "characters; kept in traditional characters as found. The two indicator rows are results told in "
                  "running text (actual filled, value null); 兩條 is a Chinese numeral = 2. The duties paragraph is "
                  "rewritten in my own words. The stored page stops inside the first performance paragraph, right "
                  "after '示範街(' - the document stops there too."),
    },
    "sichuan-chengdu-huaxieryuan-jixiaomubiao-shenbaobiao.docx": {
        "source_urls": ["https://www.taodocs.com/p-1061085134.html"],
        "province": "四川省",
        "doc_kind": "绩效目标申报表",
        "patterns": [1, 8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "coverage.too_few_indicators", "item": "项目绩效指标",
             "why": "the indicator block (指标内容/指标值) holds no rows at all"},
        ],
        "notes": ("A 2018 范例 of the 四川大学华西第二医院 project declaration form as shared on a document site. The "
                  "site text is machine-spun (资本 for 资金, 推行 for 实施, 估量 for 预算, 审察, 议论, 依照, 修葺): the "
                  "spun words of labels are kept as found. The stored text is a flat run of labels; the table is "
                  "rebuilt in the usual 88号 order (label column merged down the money and indicator blocks). Only "
                  "the 实施单位 cell is filled. The 内容说明 is rewritten in my own words keeping 1000万元(含) and "
                  "200万元(含); the stored page stops mid-sentence after '并'."),
    },
    "weizhi-jikong-zhongdajibing-zhuanxiang-zipingbaogao.docx": {
        "source_urls": ["https://mdjjksjc.com/html/2024/0529/8133036032006074.shtm"],
        "province": None,
        "doc_kind": "绩效自评报告",
        "patterns": [10],
        "indicators": [],
        "goals": [
            {"kind": "总目标",
             "text": ("保持国家免疫规划疫苗高水平的接种率;按国家部署和疫苗供应,在重点地区和重点人群中开展脊灰灭活疫苗、"
                      "麻疹类疫苗补充免疫及查漏补种;开展疫苗针对性疾病和疑似预防接种异常反应(aefi)监测,使急性弛缓性麻痹"
                      "(afp)、麻疹、乙肝、流脑、乙脑、aefi监测和免疫监测工作达到国家工作要求。")},
        ],
        "facts": [],
        "findings": [
            {"rule": "goal.unquantified", "item": "保持国家免疫规划疫苗高水平的接种率",
             "why": "'高水平' gives no rate; the goal names no figure for coverage"},
        ],
        "notes": ("A county/city CDC (我中心) report mirrored from book118; the place is not named in the stored text, so "
                  "province is null. Site notices (文档共10页 …) left out. The four 2022 amounts (36.4, 17, 6.4, 39.11 "
                  "万元) are listed without a total, so no sum fact. 免疫系统规划 / 疾病掌控 / 非税成本 are odd words "
                  "kept as found. The stored page stops at '(2)提升' - goal (2) is cut and not counted."),
    },
    "yunnan-honghe-jishixueyuan-shiqianjixiaopinggu-baogao.docx": {
        "source_urls": ["http://pop-photo.com/baogao/6665846.html"],
        "province": "云南省",
        "doc_kind": "事前绩效评估报告",
        "patterns": [],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [
            {"rule": "target.placeholder", "item": "20XX",
             "why": "the budget year of the projects is left as the placeholder 20XX"},
        ],
        "notes": ("First of nine sample reports on a 范文 site (traditional characters, kept): the 事前绩效评估 of "
                  "云南红河技师学院. Prose only; the background is rewritten in my own words, keeping 3—4年 and "
                  "项目2個. The stored page stops at '中等職業教育國'."),
    },
    "jiangsu-gaoxiao-zhongdianxueke-zhuanxiangzijin-jixiaobaogao.docx": {
        "source_urls": ["https://www.dyhzdl.cn/k/doc/486ecbbf960590c69ec37640.html"],
        "province": "江苏省",
        "doc_kind": "绩效报告(模板)",
        "patterns": [8],
        "indicators": [],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": ("附件二 of the 江苏省财政厅/江苏省教育厅 form for 高等学校重点学科建设专项资金 绩效报告 (2011): cover with "
                  "check boxes (the □ are restored: the stored text lost them but its own instructions ask to tick the "
                  "方框), fill-in instructions (rewritten in my own words) and the first form table, cut after "
                  "'其中:专项资金 万' where the stored page stops. No indicator rows in the stored part."),
    },
}

# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------

def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.font.size = Pt(10.5)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")


def new_doc():
    doc = Document()
    set_font(doc)
    cp = doc.core_properties
    cp.author = PART
    cp.last_modified_by = PART
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, merges=()):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j in range(ncol):
            t.cell(i, j).text = r[j] if j < len(r) else ""
    for (r0, c0, r1, c1) in merges:
        keep = t.cell(r0, c0).text
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        m.text = keep
    return t


def build_shifeng(path):
    doc = new_doc()
    para(doc, "歡迎訪問石峰區政府門戶網")
    para(doc, "您當前位置: 首頁> > 政務公開 > 重點領域 > 財政資金 > 財政預決算和三公經費")
    para(doc, "瀏覽次數: 更新時間:2021-11-15 來源:區疾病預防控制中心 作者: 字體[大 中 小]")
    para(doc, "一、預算單位基本情況", bold=True)
    para(doc, ("根據中共株洲市石峰區委辦公室、株洲市石峰區人民政府辦公室關于印發《株洲市石峰區衛生健康局職能配置、"
               "內設機構和人員編制規定》的通知,區疾控中心的主要職責是:擬訂並組織實施全區重大疾病防治、免疫規劃及"
               "重大公共衛生問題干預措施;負責傳染病疫情管理與檢測檢驗;開展健康危害因素監測干預及健康教育促進;"
               "管理慢性非傳染性疾病和重性精神病;組織學校衛生、地方病、飲用水和食品安全風險監測;承擔衛生應急演練和"
               "突發公共衛生事件處置;協調職業衛生、放射衛生工作並開展職業病監測和職業人群健康管理;負責重大活動"
               "衛生應急保障,完善疾病預防控制體系。"))
    para(doc, "本部門共有編制人數23人,實有人數23人。內設科室 4個,分別為:辦公室,檢驗監測科,疾控一科和疾控二科。")
    para(doc, "二、預算收支出情況", bold=True)
    para(doc, "2020年收入4816.24萬元,其中:財政撥款收入3859.53萬元,其他資金來源956.71萬元。")
    para(doc, "2020年支出4816.24萬元,其中:基本支出385.29萬元,項目支出4430.95萬元。")
    para(doc, "三、資金使用及績效情況(包含單位管理的公共專項)", bold=True)
    para(doc, "(一)整體支出績效情況")
    para(doc, ("一是慢病監測工作穩步推進:全年對健康主題公園、健康步道等健康支持性環境維護4次,並籌備全民健康"
               "生活方式支持性環境創建申報,2020年新建成兩條衛生健康示範街("))
    doc.save(path)


def build_huaxi(path):
    doc = new_doc()
    para(doc, "项目支出绩效目标申报表格范例范例范例", bold=True, center=True, size=14)
    para(doc, "绩效目标申报表", bold=True, center=True, size=13)
    para(doc, "(2018年度)", center=True)
    rows = [
        ["项目名称", "", "", ""],
        ["主管部门及代码", "", "推行单位", "四川大学华西第二医院本级"],
        ["项目资本申请(万元)", "资本总数:", "", ""],
        ["", "其中:当年财政拨款", "", ""],
        ["", "其他资本", "", ""],
        ["项目绩效目标", "", "", ""],
        ["项目绩效指标", "指标内容", "指标值", ""],
        ["", "", "", ""],
        ["", "", "", ""],
        ["", "", "", ""],
        ["", "", "", ""],
    ]
    merges = [(0, 1, 0, 3), (2, 0, 4, 0), (2, 2, 2, 3), (3, 2, 3, 3), (4, 2, 4, 3),
              (5, 1, 5, 3), (6, 0, 10, 0), (6, 2, 6, 3), (7, 2, 7, 3), (8, 2, 8, 3),
              (9, 2, 9, 3), (10, 2, 10, 3)]
    table(doc, rows, merges)
    para(doc, "")
    para(doc, "绩效目标申报表内容说明", bold=True, center=True)
    para(doc, "一、适用范围")
    para(doc, "(一)本表是审察和批复项目绩效目标、确定估量资本、开展绩效监控和绩效议论时依照的主要材料。")
    para(doc, "(二)所称项目支出,指申请部门为完成特定工作任务或事业发展目标而列入部门估量编制范围的年度项目支出计划。")
    para(doc, ("(三)医院1000万元(含)以上基建项目,以及单价200万元(含)以上的设备购置、大型修葺和信息化建设项目,"
               "申请时都要单独立项、同时设定绩效目标,并"))
    doc.save(path)


def build_cdc_report(path):
    doc = new_doc()
    para(doc, "预防控制重大疾病项目绩效自评报告", bold=True, center=True, size=14)
    para(doc, "一、专项概况", bold=True)
    para(doc, "(一)专项基本情况")
    para(doc, ("我中心的专项资金用于保障传染病、寄生虫病、地方病、非传染病等的防治与掌控,突发性公共卫生事件应急处理,"
               "不断扩大免疫系统规划,以及基本公共卫生服务管理、指导等工作顺利开展。"))
    para(doc, "(二)专项立项情况")
    para(doc, ("2022年财政预算我单位专项资金:国家不断扩大免疫系统规划经费36.4万元、非税成本17万元、"
               "农村饮用水项目监测6.4万元、疾病掌控等39.11万元。"))
    para(doc, "(三)专项绩效目标设定情况")
    para(doc, "1.项目绩效总目标。")
    para(doc, "(1)" + GOLD["weizhi-jikong-zhongdajibing-zhuanxiang-zipingbaogao.docx"]["goals"][0]["text"])
    para(doc, "(2)提升")
    doc.save(path)


def build_honghe(path):
    doc = new_doc()
    para(doc, "高校項目支出事前績效評估報告", bold=True, center=True, size=14)
    para(doc, "時間:2023-07-01 17:07:18 報告")
    para(doc, "高校項目支出事前績效評估報告(精選9篇)", center=True)
    para(doc, "高校項目支出事前績效評估報告1", bold=True)
    para(doc, "一、基本情況", bold=True)
    para(doc, "(一)項目概況")
    para(doc, "1.項目背景")
    para(doc, ("雲南紅河技師學院是財政全額撥款的事業單位,主要職能是培養德技雙優人才,服務經濟社會發展需要。學院以培養"
               "中、高級技能人才為目標,主要招收初、高中畢業生,開設車工、焊工、電工、鉗工、汽車維修、化工總控、化工分析"
               "與檢驗、烹飪等幾十個專業(工種),學制3—4年;同時為企業和社會提供技能培訓、鑒定及技能競賽等組織服務。為"
               "吸引更多初高中畢業生就讀中等職業學校、緩解貧困學生上學難,發展中等職業教育並提高辦學質量,學院實施以下項目。"))
    para(doc, "2.主要內容及實施情況")
    para(doc, "我院20XX年度納入財政預算的項目2個,分別是中等職業教育國")
    doc.save(path)


def build_jiangsu(path):
    doc = new_doc()
    para(doc, "江苏省高等学校重点学科建设专项资金绩效报告", bold=True, center=True, size=14)
    para(doc, "发布时间:2011-04-11 来源:文档文库 字号:")
    para(doc, "附件二:")
    para(doc, "江苏省高等学校重点学科建设专项资金", bold=True, center=True, size=13)
    para(doc, "考评类型:□实施过程项目考评 □完成结果项目考评")
    para(doc, "重点学科代码: 名称:")
    para(doc, "重点学科级别:□国家重点学科 □国家重点学科培育点 □省重点学科")
    para(doc, "□省重点建设学科")
    para(doc, "重点学科项目负责人:")
    para(doc, "项目学校代码: 名称: (公章)")
    para(doc, "主管部门:")
    para(doc, "考评时间:")
    para(doc, "江苏省财政厅 江苏省教育厅", center=True)
    para(doc, "1", center=True)
    para(doc, "一、本报告由项目单位组织填写,所有内容必须客观真实。")
    para(doc, "二、封面编写说明")
    para(doc, "1“考评类型”:在所属类型后的方框内划“√”。")
    para(doc, "2“重点学科级别”:在所属级别后的方框内划“√”。")
    para(doc, "3“主管部门”:写全称,不得简写。")
    para(doc, "三、报告内容编写说明")
    para(doc, "1“项目起止时间”:与申报文本所列起止时间保持一致。")
    para(doc, ("2“项目总投入金额”:指为项目建设投入的全部资金,涵盖学术带头人和学科团队建设、仪器设备及图书资料购置、"
               "学科基础研究补贴、学术交流与国际合作等,来源包括省下达的专项资金、项目学校自筹及其他。"))
    para(doc, ("3“项目绩效情况介绍”:着重说明项目在学科队伍建设、科学研究、人才培养、学术交流与国际合作及条件建设等"
               "方面绩效目标的完成情况、结果、效益和影响;另简述项目概况(立项目标、执行管理、验收、资金落实、实际支出、"
               "财务状况等)。"))
    para(doc, "4“自我评价”:由项目单位总结评价项目绩效目标的实现程度。")
    para(doc, "四、绩效报告统一用A4纸打印、装订。")
    para(doc, "2", center=True)
    rows = [
        ["项目负责人", "", "性别", "", "职务", ""],
        ["单位地址", "", "", "", "邮政编码", ""],
        ["联系电话", "", "", "", "", ""],
        ["总投入金额", "万元", "其中:专项资金", "万元", "", ""],
        ["实际到位金额", "万元", "其中:专项资金", "万元", "", ""],
        ["实际支出金额", "万元", "其中:专项资金", "万", "", ""],
    ]
    merges = [(1, 1, 1, 3), (2, 1, 2, 5), (3, 3, 3, 5), (4, 3, 4, 5), (5, 3, 5, 5)]
    table(doc, rows, merges)
    doc.save(path)


BUILDERS = {
    "hunan-zhuzhou-shifeng-jikong-yusuanjixiao-gongkai.docx": build_shifeng,
    "sichuan-chengdu-huaxieryuan-jixiaomubiao-shenbaobiao.docx": build_huaxi,
    "weizhi-jikong-zhongdajibing-zhuanxiang-zipingbaogao.docx": build_cdc_report,
    "yunnan-honghe-jishixueyuan-shiqianjixiaopinggu-baogao.docx": build_honghe,
    "jiangsu-gaoxiao-zhongdianxueke-zhuanxiangzijin-jixiaobaogao.docx": build_jiangsu,
}

# ---------------------------------------------------------------------------
# determinism, export, annotations, checks
# ---------------------------------------------------------------------------

def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>",
                          lambda m: b"<dcterms:" + m.group(1) + m.group(2) + b">2024-01-01T00:00:00Z</dcterms:"
                          + m.group(1) + b">", data)
        fixed.append((name, data))
    fixed.sort(key=lambda x: (x[0] != "[Content_Types].xml", x[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_" + PART, "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.splitext(path)[0] + ".pdf"


def squash(s):
    return re.sub(r"\s+", "", s)


def gold_strings(g):
    out = []
    for ind in g["indicators"]:
        out += [ind["name"], ind["target_text"]]
    out += [x["text"] for x in g["goals"]]
    out += [f["item"] for f in g["findings"]]
    return [s for s in out if s]


def main():
    os.makedirs(ANN, exist_ok=True)
    bad = 0
    for fname, g in GOLD.items():
        path = os.path.join(HERE, fname)
        BUILDERS[fname](path)
        normalise_zip(path)
        pdf = to_pdf(path)
        txt = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                             text=True, check=True).stdout
        flat = squash(txt)
        for s in gold_strings(g):
            if squash(s) not in flat:
                bad += 1
                print("MISSING in", os.path.basename(pdf), ":", s)
        for src in (fname, os.path.basename(pdf)):
            rec = {"source": src}
            rec.update({k: g[k] for k in ("source_urls", "province", "doc_kind", "patterns", "indicators",
                                          "goals", "facts", "findings", "notes")})
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as fh:
                json.dump(rec, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
    n_ind = sum(len(g["indicators"]) for g in GOLD.values())
    n_goal = sum(len(g["goals"]) for g in GOLD.values())
    n_find = sum(len(g["findings"]) for g in GOLD.values())
    n_fact = sum(len(g["facts"]) for g in GOLD.values())
    print(f"docs={len(GOLD)} indicators={n_ind} goals={n_goal} findings={n_find} facts={n_fact} missing={bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
