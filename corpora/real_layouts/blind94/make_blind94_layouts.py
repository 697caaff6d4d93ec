"""Blind part 94 of the real-layout corpus: documents rebuilt from stored public pages, with hand-written gold.

Written blind (the toolkit's code, tests, bench and other parts' generators were not read).  Each document
reproduces the beginning of one stored public page (the stored copy holds only the first ~2,000 characters)
and stops where the stored page stops.  Facts (names, values, units, amounts, dates, document numbers) are
as written on the page; longer sentences are in our own words with the same numbers.

Run:  /tmp/venv/bin/python make_blind94_layouts.py [--no-pdf]
Writes each DOCX (core properties pinned to 2025-01-01, zip entries re-dated in a fixed order), its PDF via
LibreOffice, and annotations/<file>.json for both (identical except `source`).
"""
import json
import os
import subprocess
import sys
import zipfile

from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
ANN = os.path.join(HERE, "annotations")
FIXED = (2025, 1, 1, 0, 0, 0)


def _font(doc):
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")


def _pin(doc):
    import datetime
    cp = doc.core_properties
    d = datetime.datetime(2025, 1, 1)
    cp.created = d
    cp.modified = d
    cp.last_printed = d
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    cp.title = ""


def _rezip(path):
    with zipfile.ZipFile(path) as z:
        items = [(n, z.read(n)) for n in sorted(z.namelist())]
    # [Content_Types].xml first, as Word expects
    items.sort(key=lambda t: (t[0] != "[Content_Types].xml", t[0]))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def _save(doc, name):
    _pin(doc)
    path = os.path.join(HERE, name)
    doc.save(path)
    _rezip(path)
    return path


# ---------------------------------------------------------------------------
# 1. 城维费 项目绩效运行监控报告 (essay-site republication, traditional characters)
# ---------------------------------------------------------------------------

def build_chishui():
    doc = Document()
    _font(doc)
    doc.add_heading("項目績效運行監控報告", level=1)
    doc.add_paragraph("時間:2024-10-09 16:35:29 報告范文 我要投稿")
    doc.add_paragraph("(熱門)項目績效運行監控報告15篇")
    doc.add_paragraph(
        "報告在工作中用得越來越多,篇幅一般也較長,不少人動筆時不知從何寫起。"
        "下面整理了幾篇項目績效運行監控報告,供大家參考。")
    doc.add_paragraph("(熱門)項目績效運行監控報告15篇")
    doc.add_heading("項目績效運行監控報告1", level=2)
    doc.add_paragraph("一、項目基本情況")
    doc.add_paragraph("(一)項目概況")
    doc.add_paragraph(
        "為改善居民生活環境質量、服務城市經濟發展、保證城市公共基礎設施正常發揮效益,按要求實施城維費項目,"
        "主要指標是城市道路裝燈率100%,亮燈率99%,免費開放符合條件的社會公廁34座,"
        "日城區環境衛生保潔面積238萬平方米,城鄉垃圾無害化處理率達91%以上,垃圾場滲濾液處理率100%,"
        "發現正在搭建的違法建設拆除率100%。")
    doc.add_paragraph("(二)項目實施期限")
    doc.add_paragraph("20xx年1月1日至20xx年12月31日。")
    doc.add_paragraph("(三)項目主要內容、涉及範圍")
    doc.add_paragraph(
        "管理維護城市道路、赤水大橋、路燈、護欄等市政基礎設施,清掃保潔城區主次干道環境衛生,"
        "收集處置城鄉生活垃圾,管理城區公廁,處理垃圾填埋場滲濾液,收集處置城區部分餐廚垃圾以及相關環衛設施運行")
    return _save(doc, "gz-chishui-citymaint-monitor-report.docx")


def _ind(name, op, value, unit, target_text):
    return {"level1": None, "level2": None, "name": name, "operator": op, "value": value, "unit": unit,
            "target_text": target_text, "actual": None, "weight": None, "score": None}


CHISHUI = {
    "source": "gz-chishui-citymaint-monitor-report.docx",
    "source_urls": ["http://www.xei.net.cn/article/4947477.htm"],
    "province": "贵州",
    "doc_kind": "绩效运行监控报告 (范文站转载, 繁体)",
    "patterns": [6, 8, 10],
    "indicators": [
        _ind("城市道路裝燈率", None, 100, "%", "100%"),
        _ind("亮燈率", None, 99, "%", "99%"),
        _ind("免費開放符合條件的社會公廁", None, 34, "座", "34座"),
        _ind("日城區環境衛生保潔面積", None, 238, "萬平方米", "238萬平方米"),
        _ind("城鄉垃圾無害化處理率", ">=", 91, "%", "達91%以上"),
        _ind("垃圾場滲濾液處理率", None, 100, "%", "100%"),
        _ind("發現正在搭建的違法建設拆除率", None, 100, "%", "100%"),
    ],
    "goals": [],
    "facts": [],
    "findings": [
        {"rule": "target.placeholder", "item": "項目實施期限",
         "why": "the implementation period is written '20xx年1月1日至20xx年12月31日': the year is a template mask, "
                "so the monitoring period cannot be placed"},
    ],
    "notes": (
        "First of fifteen 'project performance monitoring reports' on an essay-template site (xei.net.cn, "
        "traditional characters, dated 2024-10-09). The page opens with an unrelated spam title line, left out; "
        "the site's title, date line, '(熱門)…15篇' heading and its generic lead-in (rewritten in our own words) are "
        "kept, then '項目績效運行監控報告1'. The stored page stops inside (三)項目主要內容 at '以及相關環衛設施運行'; the "
        "document stops there, before any execution or monitoring figures, so there are no actuals, funds or "
        "deviation items. Province: the text names only the 赤水大橋 (赤水市, 遵义, 贵州); the province is inferred "
        "from that, the file name follows it. Indicators: the seven '主要指標' listed in one sentence of 項目概況 "
        "are recorded as indicator rows with no 一级/二级 labels (the text gives none); bare figures ('100%', "
        "'99%', '34座', '238萬平方米') get operator null, '達91%以上' gets '>='. The purpose clause at the start of "
        "項目概況 is not a labelled goal and is not recorded as one. No coverage finding: the list sits in an "
        "overview paragraph, not a complete indicator section, and the page is cut. Judgement call: the masked "
        "20xx years are flagged as a placeholder (item = the section name 項目實施期限), since a monitoring report "
        "with no real period cannot be checked against its deadlines.")
}


# ---------------------------------------------------------------------------
# 2. 山东 2019 老旧小区改造补助资金 绩效评价报告 (财政厅, prose)
# ---------------------------------------------------------------------------

def build_shandong():
    doc = Document()
    _font(doc)
    doc.add_heading("2019年度老旧小区改造补助资金绩效评价报告", level=1)
    doc.add_paragraph("一、项目基本情况")
    doc.add_paragraph("(一)项目立项政策背景及实施的目的")
    doc.add_paragraph(
        "老旧小区指城市或县城国有土地上建成年代较早、长期失养失修失管、市政配套和公共服务设施不完善、"
        "居民改造意愿强烈的住宅小区。加快改造这类小区既是群众期盼的民生工程,也是发展工程。为提高城市宜居水平、"
        "改善居民生活条件并拉动经济,中央城市工作会议提出“加快棚户区和危房改造,有序推进老旧住宅小区综合整治”;"
        "住建部、发展改革委、财政部联合印发《关于做好2019年老旧小区改造工作的通知》,全面推进城镇老旧小区改造。"
        "山东省这项工作起步较早:2015年,山东省住房和城乡建设厅、山东省发展和改革委员会、山东省财政厅等11个部门"
        "联合下发《关于推进全省老旧住宅小区整治改造和物业管理的意见》(鲁建发〔2015〕5号),制定中长期规划,"
        "要求各市用5年时间推进全省老旧住宅小区整治改造,到2020年底实现物业管理全覆盖。")
    doc.add_paragraph("(二)项目内容和预算支出情况")
    doc.add_paragraph(
        "2019年度山东省老旧小区改造补助项目预算总额50988万元,其中中央资金27988万元,省级资金23000万元。"
        "资金用于改造老旧小区的安防设施(监控系统、防盗门等)、环卫消防设施、环境设施(小区道路、绿化等)、"
        "基础设施(排水系统、整治空中线缆等)和便民设施(健身设施、商业设施等)。截至2020年5月底,项目支出"
        "22057.41万元,预算执行率为43.26%。")
    doc.add_paragraph("(三)项目绩效目标")
    doc.add_paragraph("1.项目绩效总目标")
    doc.add_paragraph(
        "以改善居民群众居住环境为中心,坚持“政府主导、业主参与、社会支持、企业介入”,依靠公共财政支持、"
        "物业企业服务、原产权单位分")
    return _save(doc, "sd-shandong-oldcommunity-eval-report.docx")


SD_GOAL = ("以改善居民群众居住环境为中心,坚持“政府主导、业主参与、社会支持、企业介入”,依靠公共财政支持、"
           "物业企业服务、原产权单位分")

SHANDONG = {
    "source": "sd-shandong-oldcommunity-eval-report.docx",
    "source_urls": ["http://czt.shandong.gov.cn/art/2020/12/18/art_250963_10310582.html"],
    "province": "山东",
    "doc_kind": "绩效评价报告 (省财政厅公开, 叙述体)",
    "patterns": [10],
    "indicators": [],
    "goals": [{"kind": "总体目标", "text": SD_GOAL}],
    "facts": [
        {"metric": "预算总额", "kind": "sum", "total": 50988, "parts": [27988, 23000], "unit": "万元"},
        {"metric": "项目支出", "kind": "budget", "planned": 50988, "actual": 22057.41, "stated_rate": 43.26,
         "unit": "万元"},
    ],
    "findings": [
        {"rule": "consistency.deviation_reason_missing", "item": "项目支出",
         "why": "only 22057.41 of 50988万元 spent by the end of May 2020 (预算执行率 43.26%); the section that "
                "reports it gives no reason for the low execution"},
        {"rule": "goal.unquantified", "item": SD_GOAL,
         "why": "the 项目绩效总目标 as it stands names a purpose and a working principle but no number, scale "
                "or measurable result (the stored page cuts it off mid-phrase)"},
    ],
    "notes": (
        "山东省财政厅 publication of the evaluation report on the 2019 老旧小区改造补助资金 (page dated 2020-12-18). "
        "The stored page holds the title, 一、项目基本情况 (一) background, (二) content and spending, and the start "
        "of (三)项目绩效目标 '1.项目绩效总目标'; it stops at '原产权单位分' and the document stops there (mid-phrase, "
        "no full stop). Background and goal sentences are rewritten in our own words with the same names, numbers "
        "and document number (鲁建发〔2015〕5号, 11个部门, 5年, 2020年底). Facts: 50988 = 27988 + 23000 (holds); "
        "22057.41 / 50988 = 43.26% (holds at two decimals), so neither is a consistency finding. The 2015 plan's "
        "'到2020年底实现物业管理全覆盖' belongs to the policy background, not to the project's goal, and is not "
        "recorded as a goal. Judgement calls: the 43.26% execution is flagged as a shortfall without a stated "
        "reason, because the paragraph that reports it gives none (the full report may explain it later, past the "
        "stored part); the truncated 总目标 is judged as it stands and flagged as unquantified. No indicators and "
        "no coverage finding: the page ends before any indicator section.")
}


DOCS = [(build_chishui, CHISHUI), (build_shandong, SHANDONG)]


def main():
    os.makedirs(ANN, exist_ok=True)
    no_pdf = "--no-pdf" in sys.argv
    for build, gold in DOCS:
        path = build()
        name = os.path.basename(path)
        assert name == gold["source"], name
        outs = [name]
        if not no_pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            outs.append(os.path.splitext(name)[0] + ".pdf")
        for src in outs:
            g = dict(gold)
            g["source"] = src
            with open(os.path.join(ANN, src + ".json"), "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")
        print("wrote", ", ".join(outs))


if __name__ == "__main__":
    main()
