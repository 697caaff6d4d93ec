#!/usr/bin/env python3
"""Blind part 62 of the real-layout corpus (code-blind annotation).

Each document reproduces the stored beginning of one public web page (address in the gold and in SOURCES.md):
layout, odd wording and defects as found; facts (names, operators, values, units, amounts, dates, document
numbers) as written; longer sentences in our own words with the same numbers. The gold of every file is
written by hand in DOCS below, before anything else looked at the files.

Usage:  /tmp/venv/bin/python make_blind62_layouts.py [--no-pdf]
Writes <name>.docx (+ <name>.pdf through LibreOffice) and annotations/<file>.json for both.
The DOCX files are deterministic: core properties pinned to 2025-01-01 and every zip entry rewritten with a
fixed date in a fixed order.
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = datetime.datetime(2025, 1, 1, 0, 0, 0)
FONT = "Droid Sans Fallback"


# --------------------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    cp = doc.core_properties
    cp.author = "blind62"
    cp.last_modified_by = "blind62"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    return doc


def para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.name = FONT
    r._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def save_deterministic(doc, path):
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin:
        names = zin.namelist()
        data = {n: zin.read(n) for n in names}
    order = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in order:
            zi = zipfile.ZipInfo(n, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data[n])
    os.remove(tmp)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{prof}",
             "--convert-to", "pdf", "--outdir", outdir, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def ind(level1, level2, name, operator, value, unit, target_text, actual=None, weight=None, score=None):
    return {"level1": level1, "level2": level2, "name": name, "operator": operator, "value": value,
            "unit": unit, "target_text": target_text, "actual": actual, "weight": weight, "score": score}


# --------------------------------------------------------------------------- document 1
# 昌江黎族自治县市场监督管理局 (海南) 2025年度药品监管中央补助资金绩效自评报告, aggregator copy with masked digits.
def build_changjiang(path):
    doc = new_doc()
    para(doc, "昌江黎族自治县市场监督管理局关于2025年度药品监管中央补助资金绩效自评报告", bold=True)
    para(doc, "2026-03-10")
    para(doc, "江西/南昌 中标结果")
    para(doc, "昌江黎族自治县市场监督管理局关于2025年度药品监管中央补助资金绩效自评报告")
    para(doc, "江西/南昌-2026-03-10 00:00:00")
    para(doc, "")
    para(doc, "昌江黎族自治县市场监督管理局", bold=True, center=True, size=14)
    para(doc, "关于****年度药品监管中央补助资金绩效", bold=True, center=True, size=14)
    para(doc, "自评报告", bold=True, center=True, size=14)
    para(doc, "*****;")
    para(doc, "按照《海南省财政厅关于开展****年度转移支付绩效自评工作的通知》(琼药监综〔****〕*文件的要求,"
              "我局对照本单位工作实际开展了自评,有关情况报告如下:")
    para(doc, "一、绩效目标分解下达情况", bold=True)
    para(doc, "(一)省内分配下达预算", bold=True)
    para(doc, "本年度共到位****年度食品药品监管中央补助资金(药品部分)两批,金额分别为**.**万元和*.**万元,"
              "合计**.**万元。")
    para(doc, "(二)绩效目标情况", bold=True)
    para(doc, "*.数量指标:(*)化妆品抽检批次≥**批次;(*)医疗器械监管企业数≥**家;(*)药品不良反应报告份数≥***份;"
              "(*)化妆品不良反应报告数≥**份;(*)医疗器械不良反应报告数≥**份;(*)综合宣传次数≥*次。")
    para(doc, "*.质量指标:年度药品监管工作质量非常好。")
    para(doc, "*.时效指标:任务完成时间****年**月底。")
    para(doc, "*.成本指标:化妆品抽检费用≤****元/批。")
    para(doc, "*.社会效益指标:基层队伍执法能力和监管能力不断提高。")
    para(doc, "*.可持续影响指标:基层队伍整体素质不断提高。")
    para(doc, "*.服务对象满意度指标:公众对药品监管工作满意度≥**%")
    para(doc, "(三)预算执行率情况", bold=True)
    para(doc, "截至****年**月底,我县已支出****年度食品药品监管补助资金(药品部分)**.**万元,预算执行率为***%。")
    para(doc, "二、绩效目标完成情况分析", bold=True)
    para(doc, "(一)资金投入情况分析", bold=True)
    para(doc, "*.项目资金到位情况分析")
    para(doc, "****年度食品药品监管补助资金(药品部分)分*批下达:第一批**.**万元于****年**月*日到位,"
              "第二批*.**万元于****年*月**日到位,合计下达**.**万元,到位资金占项目总目标的***%。")
    para(doc, "*.项目资金执行情况分")
    save_deterministic(doc, path)


changjiang_inds = [
    ind(None, "数量指标", "化妆品抽检批次", ">=", None, "批次", "≥**批次"),
    ind(None, "数量指标", "医疗器械监管企业数", ">=", None, "家", "≥**家"),
    ind(None, "数量指标", "药品不良反应报告份数", ">=", None, "份", "≥***份"),
    ind(None, "数量指标", "化妆品不良反应报告数", ">=", None, "份", "≥**份"),
    ind(None, "数量指标", "医疗器械不良反应报告数", ">=", None, "份", "≥**份"),
    ind(None, "数量指标", "综合宣传次数", ">=", None, "次", "≥*次"),
    ind(None, "质量指标", "年度药品监管工作质量", None, None, None, "非常好"),
    ind(None, "时效指标", "任务完成时间", None, None, None, "****年**月底"),
    ind(None, "成本指标", "化妆品抽检费用", "<=", None, "元/批", "≤****元/批"),
    ind(None, "社会效益指标", "基层队伍执法能力和监管能力", None, None, None, "不断提高"),
    ind(None, "可持续影响指标", "基层队伍整体素质", None, None, None, "不断提高"),
    ind(None, "服务对象满意度指标", "公众对药品监管工作满意度", ">=", None, "%", "≥**%"),
]


def _ph(item, text):
    return {"rule": "target.placeholder", "item": item,
            "why": f"the target is written '{text}': the number is a row of asterisks, so no value can be read "
                   "(the masking comes from the aggregator copy, but the document as it stands carries no value)"}


changjiang_findings = [
    _ph("化妆品抽检批次", "≥**批次"),
    _ph("医疗器械监管企业数", "≥**家"),
    _ph("药品不良反应报告份数", "≥***份"),
    _ph("化妆品不良反应报告数", "≥**份"),
    _ph("医疗器械不良反应报告数", "≥**份"),
    _ph("综合宣传次数", "≥*次"),
    _ph("任务完成时间", "****年**月底"),
    _ph("化妆品抽检费用", "≤****元/批"),
    _ph("公众对药品监管工作满意度", "≥**%"),
    {"rule": "target.qualitative_no_scale", "item": "年度药品监管工作质量",
     "why": "the quality target is the bare judgement '非常好' with no grading scale or measurable criterion"},
    {"rule": "target.vague_wording", "item": "基层队伍执法能力和监管能力",
     "why": "target is only '不断提高' (keeps improving), no number, baseline or scale"},
    {"rule": "target.vague_wording", "item": "基层队伍整体素质",
     "why": "target is only '不断提高', no number, baseline or scale"},
]

changjiang_notes = (
    "昌江黎族自治县市场监督管理局 (海南) self-evaluation report on the 2025 药品监管中央补助资金, as copied by the "
    "aggregator zhongcaigou.com (page dated 2026-03-10, wrongly tagged '江西/南昌 中标结果'; both kept). The aggregator "
    "masks digits with asterisks ('****年度', '**.**万元', '≥**批次', numbering '*.' and '(*)'); the document keeps "
    "every mask exactly, so no numeric value, amount or rate can be read and no fact is recorded (the two instalments "
    "**.**万元 and *.**万元, the total, the 支出 and the '***%' execution and arrival rates are all masked). The stored page "
    "stops mid-word at '*.项目资金执行情况分' in section 二(一); the document ends there. The intro cites a 海南省财政厅 "
    "notice under a 药监 document number '琼药监综〔****〕*' with an unclosed parenthesis: kept as found. Indicators: the "
    "report lists twelve targets as labelled prose under 二级 labels only (数量/质量/时效/成本/社会效益/可持续影响/服务对象"
    "满意度指标), so level1 is null and level2 is the label as written; the quality, social and sustainability rows write "
    "name and target in one clause ('年度药品监管工作质量非常好'): the gold splits the judgement word off as target_text. "
    "Judgement calls: the nine masked targets are flagged target.placeholder because the document as it stands holds no "
    "value (a reader of the original would see numbers; the masking is the copier's, noted here); '任务完成时间****年**月底' "
    "is read as a masked deadline (placeholder) rather than time_no_deadline; '非常好' is flagged qualitative_no_scale and "
    "the two '不断提高' rows vague_wording. 产出, 效益 and 满意度 are all present, so no coverage finding. No actuals: the "
    "page stops before any results.")


# --------------------------------------------------------------------------- document 2
# 红河州粮食和物资储备局 (云南) 2024 项目支出 self-evaluation report, 项目概况 only, copied on a spam site.
def build_honghe(path):
    doc = new_doc()
    para(doc, "(一)项目概况", bold=True)
    para(doc, "红河州粮食和物资储备局2024年年初预算安排的项目共14个,白事一条龙服务价格 4008341834项目支出预算资金合计"
              "2836.14万元。其中:1.本年一般公共预算财政拨款收入安排项目11个,预算资金2827.23万元,分别是:"
              "红河州冻猪肉储备费用补助及第三方监管经费82.8万元、红河州粮库智能化升级改造项目工程尾款项目经费30.61万元、"
              "粮库智能化升级改造项目其间费用项目经费4.82万元、粮库智能化系统联网网络租用费项目经费18万元、"
              "红河州州级粮食风险基金专项资金2,000万元、县市级储备粮食风险基金专项资金226万元、"
              "红河州社会粮食流通统计及价格监测经费5万元、红河州粮食质量安全监测经费30万元、救灾物资采购专项资金416万元、"
              "红河州粮食流通监督检查经费5万元、救灾物资储备管理经费9万元。2.上年结转结余项目3个,预算资金8.91万元,"
              "分别是:2023年省级救灾物资管理及救灾物资调运经费8.64万元、州粮食和物资储备局往年结余上级补助资金0.1万元;"
              "2022年至2023年单位自有资金利息收入资金0.17万元。")
    para(doc, "年度中间追加项目资金79.53万元,共涉及4个项目,分别为:2024年张更、张强死亡一次性抚恤金及丧葬费补助资金52.94万元;"
              "2024年粮食和物资储备工作会议经费1.29万元;执收部门成本专项补助经费10.35万元;"
              "2023年省级救灾物资管理及救灾物资调运经费14.95万元。")
    para(doc, "1.立项背景", bold=True)
    para(doc, "(1)红河州冻猪肉储备费用补助及第三方监管经费:依据《云南省发改委、财政厅、农业农村厅、商务厅、市场监管局关于"
              "完善州(市)级政府冻猪肉储备调解机制的通知》(云发改价格〔2021〕775号)和《关于给予批准<红河州冻猪肉储备方案>"
              "的请示》(红粮联〔2022〕15号)《红河州发展和改革委员会 红河州粮食和物资储备局关于给予安排2022年冻猪肉收储"
              "经费及第三方监")
    save_deterministic(doc, path)


honghe_facts = [
    {"metric": "2024年年初预算项目个数", "kind": "sum", "total": 14, "parts": [11, 3], "unit": "个"},
    {"metric": "2024年年初预算项目支出预算资金", "kind": "sum", "total": 2836.14, "parts": [2827.23, 8.91], "unit": "万元"},
    {"metric": "本年一般公共预算财政拨款收入安排项目预算资金", "kind": "sum", "total": 2827.23,
     "parts": [82.8, 30.61, 4.82, 18, 2000, 226, 5, 30, 416, 5, 9], "unit": "万元"},
    {"metric": "上年结转结余项目预算资金", "kind": "sum", "total": 8.91, "parts": [8.64, 0.1, 0.17], "unit": "万元"},
    {"metric": "年中追加项目资金", "kind": "sum", "total": 79.53, "parts": [52.94, 1.29, 10.35, 14.95], "unit": "万元"},
]

honghe_notes = (
    "红河州粮食和物资储备局 (红河哈尼族彝族自治州, 云南): the 项目概况 of its 2024 项目支出 self-evaluation report, as "
    "copied by a spam site (zgbsfw.cn) that injected an advertisement ('白事一条龙服务价格 4008341834') into the first "
    "sentence; the injection is kept where it stands. The stored page starts at '(一)项目概况' with no title and no "
    "'一、' heading (the document starts there too) and stops mid-word at '…冻猪肉收储经费及第三方监' inside the first "
    "立项背景 item; the document stops there. Prose only (one of the two prose-only documents of this part): no goals, "
    "no indicators. Sums as written, all consistent: 14 = 11 + 3 projects; 2836.14 = 2827.23 + 8.91; 2827.23 = the eleven "
    "items (82.8 + 30.61 + 4.82 + 18 + 2000 + 226 + 5 + 30 + 416 + 5 + 9); 8.91 = 8.64 + 0.1 + 0.17; 79.53 = 52.94 + 1.29 "
    "+ 10.35 + 14.95 (four projects); so no consistency finding. The 79.53万元 mid-year addition has no stated grand total "
    "with the 2836.14, so none is recorded. Kept as found: '2,000万元' with a thousands comma, the semicolon before the "
    "third carried-over item, '其间费用' (for 期间), '调解机制' (for 调节), the doubled 2023年省级救灾物资管理及救灾物资调运经费 "
    "(8.64万元 carried over and 14.95万元 added), names in the 抚恤金 item, and the missing separator between the two "
    "cited documents. No coverage finding: the page ends before any target or result.")


# --------------------------------------------------------------------------- document 3
# 相城区糧食儲備庫二期 (苏州, 江苏) 2025 專項債券項目績效自評價報告, traditional-character spam mirror.
def build_xiangcheng(path):
    doc = new_doc()
    para(doc, "江蘇省政府專項債券項目績效自評價報告(相城區糧食儲備庫二期項目)", bold=True, center=True, size=13)
    para(doc, "發布時間:2025-06-26瀏覽人數:")
    para(doc, "一、項目情況", bold=True)
    para(doc, "(一)項目概況。相城區糧食儲備庫二期選址于相城區渭塘鎮。為加強相城區區域糧食安全、保障糧食儲備,按主管部門的要求"
              "啟動了二期工程。項目位于蘇州市相城區渭塘鎮相北路西、渭中路北,項目總投資1.84億元,占地20畝,總建筑面積15105.46㎡,"
              "綜合倉容5.6萬噸,擬建1座三層綜合倉庫,8座6000噸大直徑淺圓倉及配套工作塔、卸糧棚、變配電房、制氮、空壓機房等。")
    para(doc, "(二)績效目標。", bold=True)
    para(doc, "目標1:2024年竣工驗收。")
    para(doc, "目標2:2024年秋糧正式開始啟用。")
    para(doc, "二、評價情況", bold=True)
    para(doc, "(一)項目特點分析。按照蘇州市糧食安全和戰略應急物資保障“十四五”規劃,相城區尚有3.34萬噸儲備糧倉容缺口;"
              "二期建成后,“十四五”后相城區的倉容缺口基本可以補上。")
    para(doc, "(二)評價思路方法。評價主要看土建工程完成情況、項目驗收合格率、工期完成及時性及成本控制情況")
    para(doc, "(三)評價工作情況。")
    para(doc, "1)綜合倉內外墻粉刷完成,外墻涂料完成,內墻保溫完成;")
    para(doc, "2)風雨連廊,轉接塔完成;")
    para(doc, "3)淺圓倉工作塔部位,結構完成,砌筑完成,工作塔內抹灰完成;")
    para(doc, "4)淺圓倉倉底地坪施工完成,綜合倉糧倉特種門窗框安裝完成,普通門窗框安裝完成;淺圓倉門窗框安裝完成;")
    para(doc, "5)項目已竣工驗收。")
    para(doc, "(四)績效評價結論。", bold=True)
    para(doc, "項目現已投入使用,專項債券資金已全部到位,管理制度健全并得到有效執行,成本控制較好,參建單位滿意度較高。")
    para(doc, "三、項目績效。", bold=True)
    para(doc, "項目實施過程中,相糧公司嚴格落實資金監管措施,資金到位率和資金執行率均達到100%")
    save_deterministic(doc, path)


xiangcheng_notes = (
    "相城區糧食儲備庫二期項目 (蘇州市相城區, 江苏): 江蘇省政府專項債券項目績效自評價報告 published 2025-06-26, stored on a "
    "spam mirror (twszbpf.com) that converted the text to traditional characters and put an adult-spam banner above it; the "
    "banner is site clutter and is left out, the traditional characters are kept (paraphrased sentences are written in "
    "traditional characters too). The page's '發布時間:2025-06-26瀏覽人數:' line is kept. The stored page stops after "
    "'資金執行率均達到100%' at the start of section 三 (no closing punctuation); the document stops there. Prose only (the "
    "second prose-only document of this part). Goals: the two 績效目標 lines are recorded as written without their "
    "'目標1:'/'目標2:' labels. Facts: 資金到位率 and 資金執行率 both stated 100% with no amounts of bond money, recorded as a "
    "budget fact with planned/actual null; 總投資1.84億元, 綜合倉容5.6萬噸, 8座6000噸 shallow silos and the 3.34萬噸 gap are "
    "kept but give no checkable sum (8 × 6000 = 48000噸 plus the 綜合倉庫 has no stated split of the 5.6萬噸). Judgement "
    "calls: the goals are dated milestones (completion acceptance in 2024, use from the 2024 autumn harvest), so neither "
    "goal.unquantified nor goal.process_only is raised (a stricter reader could call '2024年竣工驗收' process-only); the "
    "evaluation method sentence and the work list (1)-5)) are not indicators; no coverage finding because the report has "
    "no indicator table in the stored part.")


# --------------------------------------------------------------------------- registry
DOCS = [
    {
        "file": "hi-changjiang-drug-supervision-selfreport.docx",
        "build": build_changjiang,
        "gold": {
            "source_urls": ["https://www.zhongcaigou.com/searchDetail/1773148859222-67525.html"],
            "province": "海南",
            "doc_kind": "自评报告 (中央转移支付 药品监管补助资金, aggregator copy with masked digits; targets as labelled list)",
            "patterns": [6, 10],
            "indicators": changjiang_inds,
            "goals": [],
            "facts": [],
            "findings": changjiang_findings,
            "notes": changjiang_notes,
        },
    },
    {
        "file": "yn-honghe-grain-reserve-selfreport.docx",
        "build": build_honghe,
        "gold": {
            "source_urls": ["http://zgbsfw.cn/zgbsfw/3229.html"],
            "province": "云南",
            "doc_kind": "自评报告 (项目支出, 项目概况 only; spam-injected mirror)",
            "patterns": [10],
            "indicators": [],
            "goals": [],
            "facts": honghe_facts,
            "findings": [],
            "notes": honghe_notes,
        },
    },
    {
        "file": "js-xiangcheng-grain-depot-bond-selfeval.docx",
        "build": build_xiangcheng,
        "gold": {
            "source_urls": ["http://www.twszbpf.com/xxgk1/tzgg/2025-06-26/3504.html"],
            "province": "江苏",
            "doc_kind": "自评报告 (專項債券項目績效自評價報告, traditional-character mirror)",
            "patterns": [10],
            "indicators": [],
            "goals": [
                {"kind": "目标", "text": "2024年竣工驗收。"},
                {"kind": "目标", "text": "2024年秋糧正式開始啟用。"},
            ],
            "facts": [
                {"metric": "專項債券資金執行率", "kind": "budget", "planned": None, "actual": None,
                 "stated_rate": 100, "unit": None},
            ],
            "findings": [],
            "notes": xiangcheng_notes,
        },
    },
]


def write_gold(fname, gold):
    os.makedirs(ANN, exist_ok=True)
    d = {"source": fname}
    d.update(gold)
    with open(os.path.join(ANN, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    no_pdf = "--no-pdf" in sys.argv
    if shutil.which("soffice") is None:
        no_pdf = True
    for d in DOCS:
        path = os.path.join(HERE, d["file"])
        d["build"](path)
        write_gold(d["file"], d["gold"])
        pdf = os.path.splitext(d["file"])[0] + ".pdf"
        if not no_pdf:
            to_pdf(path)
        write_gold(pdf, d["gold"])
        print("wrote", d["file"], "+", pdf)


if __name__ == "__main__":
    main()
