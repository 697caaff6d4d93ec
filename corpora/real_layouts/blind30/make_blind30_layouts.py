"""Blind part 30 of the real-layout corpus: documents and hand-written gold.

Written from scratch by a code-blind annotator. Each entry of DOCS reproduces one stored public page
(see SOURCES.md): document layout as the page has it, facts (names, numbers, document numbers, codes,
attachment titles, defects) as written, longer sentences in our own words with the same numbers.
Personal names and telephone numbers of contact persons are left out.

Usage: python make_blind30_layouts.py [--no-pdf]
"""
import argparse
import datetime as dt
import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = Path(__file__).resolve().parent
ANN = HERE / "annotations"
FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)

# paragraph kinds: ("title", text) centred bold, ("h", text) bold, ("p", text) plain, ("r", text) right-aligned
DOCS = [
    {
        "file": "gd-suixi-reservoir-selfreport.docx",
        "urls": ["http://m.lifeandworkafterretirement.com/bmxxgk/swj/gzdt/content/post_1757660.html"],
        "province": "广东",
        "doc_kind": "自评报告 (项目支出绩效自评报告, prose, cut in 二、（一）)",
        "patterns": [10],
        "body": [
            ("p", "附件3：项目支出绩效自评报告.pdf"),
            ("p", "附件3"),
            ("title", "项目支出绩效自评报告"),
            ("p", "项目名称：遂溪县山内水库等13宗水库除险加固工程"),
            ("p", "评价年度：2022"),
            ("p", "预算部门单位（公章）：遂溪县水务局"),
            ("p", "填报日期：2023年4月25日"),
            ("h", "一、基本情况"),
            ("h", "（一）项目概况"),
            ("p", "1.湛财债〔2021〕109号、湛财农〔2021〕65 号、湛财债〔2021〕69号等文件向遂溪县下达了小型水库除险加固"
                  "项目资金，据此开展遂溪县山内水库等13宗水库的除险加固工程。"),
            ("p", "2.项目的实施依据。13宗水库（东坑、湖仔洋、迈往、新市、新坛、城盘、大湾、六垌坑、南侬、山内、司马塘、"
                  "溪沙六、上湾塘）除险加固工程初步设计报告的批复是本项目的实施依据，每座水库按批复实施相应的加固工程。"),
            ("p", "3.建设主要内容。这是以灌溉为主、兼顾防洪等综合利用的水利工程，为农田供应灌溉水源，并保护水库下游的"
                  "耕地和群众生命财产安全。主要建筑物级别 5 级，次要建筑物级别 5 级；工程设计洪水标准为 10 年一遇，"
                  "校核洪水标准为 50 年一遇。"),
            ("h", "二、绩效自评工作开展情况"),
            ("p", "（一）评价小组情况。2023年4月21日成立评价小组，设组长1人、副组长5人、成员8人（姓名从略）。领导小组下设"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "遂溪县水务局 (湛江) self-evaluation report for the 13 small-reservoir reinforcement works, evaluation year 2022, "
                 "dated 2023-04-25; stored on a mirror in traditional characters with pinyin glosses, written back in simplified "
                 "characters without the glosses. Text in our own words; document numbers (incl. the space in '湛财农〔2021〕65 号'), "
                 "the 13 reservoir names, building grades and flood standards as written; the names of the evaluation group are left "
                 "out (1 组长, 5 副组长, 8 成员 as counted on the page). The stored page stops in 二、（一） at '领导小组下设', before "
                 "any goal, fund figure, indicator or result. No goal is stated (建设主要内容 describes the works), no budget/actual "
                 "pair, no indicator; a prose report cut this early gets no coverage finding.",
    },
    {
        "file": "tj-heating-subsidy-notice.docx",
        "urls": ["http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202201/t20220130_5795461.html"],
        "province": "天津",
        "doc_kind": "下达通知 (提前下达 清洁取暖运营市级补贴, forms only named)",
        "patterns": [8],
        "body": [
            ("p", "津财基指〔2021〕109号"),
            ("p", "区财政局："),
            ("p", "依据《财政部关于提前下达2022年大气污染防治资金预算的通知》(财资环〔2021〕114号)和《市发展改革委关于中央"
                  "大气污染防治资金使用情况有关建议的复函》，现提前下达你区2022年大气污染防治资金 万元，用作2021-2022采暖期"
                  "农村清洁取暖运营市级补贴资金，(项目编码：12000021P34569010001A；专项资金：北方地区冬季清洁取暖资金(大气污染"
                  "防治资金)；资金明细表和项目支出绩效目标表见附件)。该支出列入2022年政府预算支出功能分类科目“2300312 反映"
                  "上级政府对下级政府的城乡社区专项补助支出”。2022年预算年度开始后，请按规定办理拨付，专款专用，并加强资金"
                  "监管，保证工作顺利开展。"),
            ("p", "为加强预算绩效管理，预算执行中请对照你单位在预算管理一体化系统中审定的绩效目标表开展绩效管理，保证年度"
                  "绩效目标按期实现，预算年度结束后及时将项目绩效自评报告报我局备案。同时请结合实际及时向下分解绩效目标，"
                  "做好预算绩效管理，并接受财政部天津监管局监督。"),
            ("p", "附件：1. 提前下达各有关区2021-2022采暖期农村清洁取暖运营市级补贴资金明细表(发市发展改革委)"),
            ("p", "2. 提前下达各有关区2021-2022采暖期农村清洁取暖运营市级补贴资金明细表(发各有关区财政局)"),
            ("p", "3. 项目支出绩效目标表"),
            ("r", "2021年11月30日"),
            ("p", "(此件主动公开)"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "天津市财政局 notice 津财基指〔2021〕109号 (2021-11-30) to a district finance bureau, stored on a mirror of "
                 "cz.tj.gov.cn. Notice text in our own words; document numbers, project code, subject code and attachment titles as "
                 "written. Defect kept: the amount is blank on the page ('大气污染防治资金 万元'). The page ends with the date and "
                 "'(此件主动公开)'; the three attachments (two 资金明细表 and the 项目支出绩效目标表) are only named. No goal, no "
                 "amount, no indicator, so no fact and no finding (a notice that only names its forms gets no coverage finding).",
    },
    {
        "file": "gd-zhongshan-agritech-notice.docx",
        "urls": ["http://nync.zs.gov.cn/zwgk/gab/tzgg/content/post_2456982.html"],
        "province": "广东",
        "doc_kind": "下达通知 (调整指标; announces targets 'as follows' but none follow)",
        "patterns": [8],
        "body": [
            ("title", "中山市农业农村局关于调整指标的通知"),
            ("p", "市农业科技推广中心："),
            ("p", "依据《中山市农业农村局关于公布2024年度全国基层农技推广体系改革建设补助项目农业科技示范基地的通知》"
                  "《中山市农业农村局关于下拨2024年度全国基层农技推广体系改革与建设补助项目农业科技示范基地建设资金的通知》"
                  "（中农农财〔2024〕59号）等文件，现将《广东省财政厅关于提前下达2024年农业地相关转移支付资金预算的通知》"
                  "（粤财农〔2023〕197 号）中的7.5万元调整给你单位，资金主要用于中山市特色果树花木农业科技示范基地建设等。"
                  "本批资金列入附表所列功能类科目，经济科目按支出性质和实际用途列支，年终编报支出决算；执行中请加快资金"
                  "执行进度，保证绩效目标按期实现，具体绩效目标如下："),
            ("r", "中山市农业农村局"),
            ("r", "2024年10月23日"),
            ("p", "（联系人及联系电话从略）"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "中山市农业农村局 notice of 2024-10-23 moving 7.5万元 to 市农业科技推广中心 for the 特色果树花木 农业科技示范基地. "
                 "Text in our own words; titles, document numbers and the amount as written, with the page's defects ('农业地相关"
                 "转移支付', '197 号'). The notice ends with '具体绩效目标如下：' but the stored page holds nothing after it except "
                 "the signature, date and contact line (probably an image on the original; contact name and phone left out). "
                 "Judgement call: no finding — the targets are not in the document, there is no table to misread and no goal text; "
                 "a single amount with nothing to compare is not a budget fact.",
    },
    {
        "file": "tj-health-bond-notice.docx",
        "urls": ["https://cz.tj.gov.cn/zwgk_53713/ysgk_59783/czjzxzj/202311/t20231117_6459694.html"],
        "province": "天津",
        "doc_kind": "下达通知 (拨付 一般债券资金, forms only named)",
        "patterns": [8],
        "body": [
            ("title", "天津市财政局关于拨付医疗卫生领域2023年第三批新增地方政府一般债券资金的通知"),
            ("p", "来源：天津市财政局 发布时间：2023-11-17 18:57"),
            ("p", "津财社指〔2023117"),
            ("p", "市卫生健康委、市教委："),
            ("p", "依据《市发展改革委关于下达2023年第十二批市级政府投资年度计划的通知》（津发改批复（投资）〔202344号）和"
                  "《市发展改革委关于下达2023年度第一批重点项目前期工作经费的通知》（津发改项目〔2023297号），根据你部门的"
                  "资金申请，现向你委所属单位拨付一般债券资金（项目代码、列支科目等见附件）。有关事项通知如下："),
            ("p", "一、请督促项目实施单位按规定使用债券资金，加快资金执行进度，加强使用监管，保证专款专用，不得擅自截留、"
                  "挤占、挪用或改变用途；涉及政府招标采购的，严格按有关规定执行。"),
            ("p", "二、为加强预算绩效管理、提高资金使用效益，请按绩效管理要求做好绩效运行监控和绩效评价，用好评价结果，"
                  "保证年度绩效目标按期实现。"),
            ("p", "附件1.资金拨付表"),
            ("p", "2.项目支出绩效目标表"),
            ("r", "20231115日"),
            ("p", "(此件主动公开"),
            ("p", "附件："),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "天津市财政局 notice 津财社指〔2023〕117号 of 2023-11-15 paying 2023 third-batch general bonds for health projects "
                 "to 市卫生健康委 and 市教委. Text in our own words; the page's dropped characters are kept where they sit in numbers "
                 "and dates ('津财社指〔2023117', '〔202344号', '〔2023297号', '20231115日', unbalanced '(此件主动公开'). The page "
                 "ends with an empty '附件：' line (browser boilerplate after it left out); 资金拨付表 and 项目支出绩效目标表 are only "
                 "named. No amount, goal or indicator: no fact, no finding.",
    },
    {
        "file": "gd-zhaoqing-deafschool-notice.docx",
        "urls": ["https://www.chacewang.com/newsdetail/news13372.html"],
        "province": "广东",
        "doc_kind": "下达通知 (残疾学生公用经费及课本费, aggregator copy, forms only named)",
        "patterns": [8],
        "body": [
            ("p", "肇庆启聪学校："),
            ("p", "依据《广东省财政厅关于下达2022年义务教育阶段残疾学生公用经费及课本费的通知》（粤财科教〔2021〕237号），"
                  "现下达2022年义务教育阶段残疾学生公用经费及课本费（具体金额等见附件）。此项资金收入列2022年度“1100245教育"
                  "共同财政事权转移支付收入”科目，支出列2022年度“2050701特殊学校教育”科目。有关事项通知如下："),
            ("p", "一、各区（市）财政部门要把上级财政提前下达的转移支付预计数全额编入本级预算，做好2022年预计数的分解下达，"
                  "并按城乡义务教育补助经费管理办法科学管理、使用资金，"),
            ("p", "三、请区（市）和有关学校落实全面实施预算绩效管理的要求，对照本次下达的绩效目标做好绩效运行监控，保证年度"
                  "绩效目标按期实现，"),
            ("p", "四、本项资金是城乡义务教育补助经费中央直达资金的省级对应安排资金，同步纳入直达资金监控系统反映；请在指标"
                  "管理系统中及时登录有关指标和直达资金标识，并导入直达资金监控系统，"),
            ("p", "附件：1.2022年义务教育阶段残疾学生公用经费及课本费补助资金安排表"),
            ("p", "2.绩效目标表"),
            ("r", "肇庆市财政局"),
            ("r", "2022年1月25日"),
            ("p", "公开方式：主动公开"),
            ("p", "附件：1.附件：1.2022年义务教育阶段残疾学生公用经费及课本费补助资金安排表.doc2.附件：2.绩效目标表.doc。"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "肇庆市财政局 notice of 2022-01-25 to 肇庆启聪学校 on the 2022 残疾学生公用经费及课本费, as copied by an aggregator "
                 "that joins sentences with commas and drops parts: item 二、 is missing (the text goes from 一、 to 三、), items end "
                 "in commas, and the download line at the end repeats the attachment names run together with '.doc'. All kept; "
                 "sentences in our own words, titles, document and subject numbers as written. The amount is only in the unreached "
                 "安排表, the 绩效目标表 is only named: no fact, goal, indicator or finding.",
    },
    {
        "file": "gd-province-infectious-notice.docx",
        "urls": ["http://czt.gd.gov.cn/tzgg/content/post_3164377.html"],
        "province": "广东",
        "doc_kind": "下达通知 (省财政厅 提前下达 重大传染病防控补助, attachment list cut)",
        "patterns": [8],
        "body": [
            ("title", "广东省财政厅关于提前下达2021年中央财政重大传染病防控补助资金的通知"),
            ("p", "粤财社〔2020〕365号"),
            ("p", "各地级以上市财政局，财政省直管县（市）财政局："),
            ("p", "为提高预算完整性、加快预算执行进度，现提前下达2021年中央财政重大传染病防控补助资金（详见附件）。有关事项"
                  "通知如下："),
            ("p", "一、此项资金在2021年预算年度开始后按程序拨付使用。"),
            ("p", "二、请各市、县（市、区）按全面实施预算绩效管理的有关规定，对照《中央对地方专项转移支付区域绩效目标表（重大"
                  "传染病防控项目）》（附件5），科学设定本地项目绩效目标，并在收到补助资金的60日内报省财政厅备案；审核确认后"
                  "的绩效目标是绩效运行监控和绩效评价的依据。同时请按规定加强资金监管，保证专款专用，自觉接受财政部广东监管局"
                  "的监督。"),
            ("p", "附件：1.提前下达2021年中央财政重大传染病防控补助资金分配表"),
            ("p", "3-1.提前下达2021年中央财政补助扩大国家免疫规划项目工作任务表"),
            ("p", "3-2-1.提前下达2021年中央财政补助艾滋病防治项目工作任务表(1)"),
            ("p", "3-2-2.提前下达2021年中央财政补助艾滋病防治项目工作任务表(2)"),
            ("p", "3-2-3.提前下达2021年中央财政补助艾滋病防治项目工作任务表(3)"),
            ("p", "3-2-4.提前下达2021年中央财政补助艾滋病防治项目工作任务表(4)"),
            ("p", "3-2-5.提前下达2021年中央财政补助艾滋病防治项目工作任务表(5)"),
            ("p", "3-3.提前下达2021年中央财政补助结核病防治项目工作任务表"),
            ("p", "3-4.提前下达2021年中央财政补助血吸虫病防治项目工作任务表"),
            ("p", "3-5.提前下达2021年中央财政补助精神卫生项目工作任务表"),
            ("p", "3-6-1.提前下达2021年中央财政补助慢性非传染性疾病防治项目工作任务表(1)"),
            ("p", "3-6-2.提前下达2021年中央财政补助慢性非传染性 疾病防治项目工作任务表(2)"),
            ("p", "4.提前下达2021年中央财政补助重大传染病防控项目工作任"),
        ],
        "goals": [],
        "facts": [],
        "findings": [],
        "notes": "广东省财政厅 notice 粤财社〔2020〕365号 advancing 2021 central funds for major infectious-disease control to the "
                 "cities and directly administered counties. Sentences in our own words; the attachment list as written, with its "
                 "defects: no attachment 2 in the list, a stray space in '慢性非传染性 疾病'. The stored page stops inside the title "
                 "of attachment 4 ('…工作任'), so the 区域绩效目标表 (附件5) it refers to is never reached. No amount, goal or "
                 "indicator in the document: no fact, no finding (the 60-day filing deadline is an instruction, not a target).",
    },
]


def build_docx(doc, path):
    d = Document()
    cp = d.core_properties
    cp.author = "blind30"
    cp.last_modified_by = "blind30"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = ""
    for kind, text in doc["body"]:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
        elif kind == "h":
            run.bold = True
        elif kind == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.save(buf)
    # re-pack with fixed member timestamps so the bytes do not depend on the clock
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def gold(doc, source):
    return {
        "source": source,
        "source_urls": doc["urls"],
        "province": doc["province"],
        "doc_kind": doc["doc_kind"],
        "patterns": doc["patterns"],
        "indicators": doc.get("indicators", []),
        "goals": doc["goals"],
        "facts": doc["facts"],
        "findings": doc["findings"],
        "notes": doc["notes"],
    }


def export_pdf(path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        pdf = Path(tmp) / (path.stem + ".pdf")
        shutil.copyfile(pdf, path.with_suffix(".pdf"))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF export")
    args = ap.parse_args()
    ANN.mkdir(exist_ok=True)
    for doc in DOCS:
        path = HERE / doc["file"]
        build_docx(doc, path)
        sources = [path.name]
        if not args.no_pdf:
            export_pdf(path)
            sources.append(path.with_suffix(".pdf").name)
        for name in sources:
            (ANN / (name + ".json")).write_text(
                json.dumps(gold(doc, name), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents")


if __name__ == "__main__":
    main()
