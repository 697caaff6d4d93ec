"""Write the benchmark PDFs of issue 9 into bench/data/.

    /work/venv/bin/python corpora/samples/make_bench_pdfs.py [--keep-docx DIR]

- ``report-30p.pdf``: a text-heavy evaluation report of about 30 pages (A4, 三号 仿宋):
  一、/（一）/1. headings, long paragraphs that cross pages, a running header, "— N —"
  footers, three real Word footnotes and two small ruled tables;
- ``forms-tables.pdf``: landscape indicator forms (绩效目标表) of four projects: an
  information table with merged cells and a long indicator table per project, 一级/二级
  columns merged down, header row repeated on every page the table continues on.

Everything is our own invented content. The report's paragraphs are composed from the
hand-written sentence pools below (a fixed ``random.Random`` seed picks and fills them, so
the output is the same on every run); the forms reuse the indicator rows of
sample_content.py. The DOCX files are written with python-docx (through make_samples.py's
``DocxWriter``) into a temporary folder and converted with ``soffice --headless``; only
the PDFs are kept. ``bench/data/<name>.json`` records what the script wrote (paragraph,
table, footnote counts) and the page count of the PDF that came out.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "bench" / "data"
sys.path.insert(0, str(HERE))

import make_samples as M
import sample_content as C

SEED = 20240917

# --------------------------------------------------------------------------- report: sentence pools

REPORT_TITLE = "2024年度江州市农村供水保障提升工程绩效评价报告"
TOWNS = ["青石镇", "柳溪镇", "白沙乡", "云岭镇", "东湖街道", "桃源乡", "双河镇", "松坪乡", "龙潭镇", "凤鸣乡"]
WORKS = ["水厂扩容改造", "管网延伸", "老旧管网更新", "水源地保护", "净化消毒设备配置", "智慧水务监测", "村级蓄水池修缮"]
AGENCIES = ["市水利局", "市财政局", "市卫生健康委", "各镇（乡）人民政府", "市供水服务中心", "项目监理单位"]

#: one pool per theme; ``{town}``, ``{work}``, ``{agency}``, ``{n}``, ``{m}``, ``{p}``, ``{q}`` are filled in
POOLS: dict[str, list[str]] = {
    "background": [
        "{town}地处丘陵山区，村庄分散，部分自然村长期依靠山塘和浅井取水，枯水季节供水不稳定的问题较为突出。",
        "项目实施前，{town}仍有{n}个自然村的供水管网建于本世纪初，管材老化、漏损严重，入户水压普遍偏低。",
        "根据全市农村供水现状摸底调查，{town}的集中供水率为{p}%，低于全市平均水平，群众对改善饮水条件的呼声较高。",
        "{agency}在编制年度计划时，将{town}列为重点片区，优先安排{work}等建设内容。",
        "随着乡村旅游和农产品加工业的发展，{town}的用水需求逐年增加，原有供水设施已难以满足高峰时段的用水要求。",
        "部分村组位于供水管网末梢，停水、水浑等问题时有发生，群众反映集中的事项多与此有关。",
        "项目立足“建管并重”的思路，在补齐工程短板的同时，同步完善运行管护机制，力求工程建得成、用得好、管得住。",
    ],
    "funds": [
        "{town}片区年度安排资金{m}万元，其中用于{work}的资金占比约为{p}%。",
        "截至评价基准日，{town}片区已支付工程款{m}万元，剩余款项按合同约定在竣工决算审计完成后支付。",
        "资金拨付实行国库集中支付，{agency}按工程进度审核拨款申请，未发现截留、挤占和挪用项目资金的情况。",
        "评价组抽查了{n}笔支付凭证，支付依据齐全，审批手续完备，会计核算基本规范。",
        "个别标段的工程变更增加了投资，变更资金通过调整其他标段结余解决，总投资控制在批复概算以内。",
        "由于部分材料价格在年内有所波动，{work}标段的实际单价略高于预算单价，但未突破合同约定的调价范围。",
        "项目单独设立了明细账，能够按标段反映资金的支出情况，但部分间接费用的分摊依据说明不够充分。",
    ],
    "process": [
        "{agency}成立了由分管负责同志牵头的工作专班，每月召开一次调度会，协调解决征地、管线迁改等问题。",
        "{town}的{work}工程于{month}月开工，施工单位按照“先主管、后支管、再入户”的顺序组织施工。",
        "监理单位对隐蔽工程实行旁站监理，共下发监理通知单{n}份，提出的问题均已按期整改闭合。",
        "项目采购采用公开招标方式，招标文件、评标报告和中标公示等资料齐全，采购程序符合规定。",
        "部分标段因雨季施工和农忙时节用工紧张，实际进度较计划滞后约{n}天，后期通过增加作业面予以追赶。",
        "工程完工后，{agency}组织设计、施工、监理和使用单位开展联合验收，对发现的{n}项质量缺陷限期整改。",
        "评价组现场查看时发现，{town}个别入户管道的保温措施不到位，冬季存在冻裂隐患，已建议在入冬前补充处理。",
        "项目档案按照“一标段一档”的要求整理，但个别标段的材料进场检验记录未及时归档。",
    ],
    "output": [
        "{town}新建和改造供水管网{m}公里，计划任务全部完成，管网漏损率由改造前的{p}%下降到{q}%。",
        "全年共完成{work}工程{n}处，经第三方检测，出厂水和末梢水的主要指标均符合生活饮用水卫生标准。",
        "{town}新增受益人口约{n}百人，集中供水率提高到{q}%，基本实现了规模化供水工程覆盖。",
        "净化消毒设备配置到位后，{town}水厂的浊度合格率稳定在较高水平，群众反映的“水发黄”问题明显减少。",
        "智慧水务监测平台接入了{n}个水厂和泵站的运行数据，能够实时掌握水量、水压和水质的变化情况。",
        "部分村级蓄水池修缮后增加了防护围栏和警示标志，水源周边的环境卫生状况有了明显改善。",
        "项目计划于年内完成的{n}处工程中，有一处因选址调整推迟到次年一季度完工，对年度产出有一定影响。",
    ],
    "benefit": [
        "项目实施后，{town}群众不再需要在旱季到邻村拉水，每户每年减少取水往返时间约{n}个工日。",
        "问卷调查显示，受益群众对供水水质的满意度为{q}%，对供水服务的满意度为{p}%。",
        "稳定的供水条件带动了{town}民宿和农家乐的发展，部分村组的集体经济收入有所增加。",
        "供水保障水平提高后，因饮水问题引发的信访件数明显下降，全年仅受理相关诉求{n}件，均已办结。",
        "供水企业通过智慧水务平台及时发现并处置了{n}起爆管事故，平均抢修时间较上年缩短了约三分之一。",
        "项目采用的分区计量和压力管理措施，为后续推进城乡供水一体化积累了经验。",
        "水源地保护工程实施后，周边的养殖和洗涤活动得到有效控制，水源水质的稳定性有所提高。",
    ],
    "problem": [
        "部分镇（乡）对工程建成后的管护责任认识不足，村级管水员的报酬来源不稳定，存在“重建轻管”的倾向。",
        "个别绩效指标的目标值设定依据不足，如“群众满意度”未说明调查口径，年度之间缺少可比性。",
        "水费收缴率偏低，{town}等地仍有部分用户按人头定额收费，未能形成以水养水的良性机制。",
        "工程前期勘察不够细致，{work}标段在施工中发现地下管线与设计图纸不符，导致设计变更和工期延误。",
        "智慧水务平台的数据应用还停留在展示层面，预警信息与维修调度之间尚未形成闭环。",
        "项目资料分散在多个部门，部分过程资料的收集和整理不够及时，增加了评价核实的难度。",
    ],
    "advice": [
        "建议{agency}牵头制定农村供水工程运行管护办法，明确县、镇、村三级的管护责任和经费来源。",
        "建议在编制下一年度绩效目标时，对满意度、漏损率等指标明确统计口径和数据来源，提高指标的可衡量性。",
        "建议推行农村供水计量收费，逐步调整水价，对低收入家庭实行适当减免，保障工程长期稳定运行。",
        "建议加强前期勘察和设计审查，对地下管线复杂的区域提前开展物探，减少施工过程中的设计变更。",
        "建议拓展智慧水务平台的应用功能，将漏损分析、爆管预警和工单派发纳入同一流程管理。",
        "建议建立项目档案的动态归集机制，按月收集施工、监理和验收资料，做到资料与工程进度同步。",
    ],
}

#: report outline: (kind, payload). kinds: h1, h2, h3 (number, title); para (theme, sentences);
#: table (name); note (theme, footnote text) = a paragraph carrying a footnote
OUTLINE: list[tuple] = [
    ("h1", "一、", "项目基本情况"),
    ("h2", "（一）", "项目背景"),
    ("h3", "1.", "立项依据"), ("para", "background", 6), ("para", "background", 7), ("para", "background", 5),
    ("h3", "2.", "实施范围"), ("para", "background", 7), ("para", "process", 6),
    ("h2", "（二）", "资金安排和使用情况"),
    ("note", "funds", "说明：资金数据取自市财政局国库集中支付系统，统计截止日为2024年12月31日。"),
    ("para", "funds", 6), ("table", "funds"), ("para", "funds", 7), ("para", "funds", 5),
    ("h2", "（三）", "项目绩效目标"),
    ("para", "output", 6), ("para", "benefit", 5),
    ("h1", "二、", "绩效评价工作开展情况"),
    ("h2", "（一）", "评价目的和范围"), ("para", "process", 6), ("para", "funds", 5),
    ("h2", "（二）", "评价方法和指标体系"), ("para", "process", 7), ("para", "output", 6),
    ("h2", "（三）", "评价工作过程"), ("para", "process", 8), ("para", "process", 6),
    ("h1", "三、", "综合评价情况及评价结论"),
    ("para", "output", 7), ("para", "benefit", 7), ("table", "scores"), ("para", "problem", 4),
    ("h1", "四、", "绩效评价指标分析"),
    ("h2", "（一）", "项目决策情况"),
    ("h3", "1.", "项目立项"), ("para", "background", 7),
    ("h3", "2.", "绩效目标"), ("para", "problem", 5), ("para", "output", 6),
    ("h3", "3.", "资金投入"), ("para", "funds", 7), ("para", "funds", 6),
    ("h2", "（二）", "项目过程情况"),
    ("h3", "1.", "资金管理"), ("para", "funds", 8), ("para", "funds", 6),
    ("note", "funds", "说明：预算执行率=实际支出/全年预算数×100%，保留两位小数。"),
    ("h3", "2.", "组织实施"), ("para", "process", 8), ("para", "process", 7), ("para", "process", 6),
    ("h2", "（三）", "项目产出情况"),
    ("h3", "1.", "产出数量"), ("para", "output", 7), ("para", "output", 6),
    ("h3", "2.", "产出质量"), ("para", "output", 7), ("para", "process", 5),
    ("h3", "3.", "产出时效"), ("para", "process", 6), ("para", "output", 5),
    ("h3", "4.", "产出成本"), ("para", "funds", 7), ("para", "funds", 5),
    ("h2", "（四）", "项目效益情况"),
    ("h3", "1.", "社会效益"), ("para", "benefit", 7), ("para", "benefit", 6),
    ("h3", "2.", "经济效益"), ("para", "benefit", 6),
    ("h3", "3.", "可持续影响"), ("para", "benefit", 6), ("para", "problem", 5),
    ("h3", "4.", "满意度"),
    ("note", "benefit", "说明：满意度调查采用入户问卷方式，每个受益行政村随机抽取不少于二十户。"),
    ("para", "benefit", 6),
    ("h1", "五、", "主要经验及做法"),
    ("para", "process", 7), ("para", "benefit", 6), ("para", "process", 6),
    ("h1", "六、", "存在的问题及原因分析"),
    ("h2", "（一）", "工程管护机制有待健全"), ("para", "problem", 6), ("para", "process", 5),
    ("h2", "（二）", "绩效目标管理有待加强"), ("para", "problem", 6), ("para", "funds", 5),
    ("h2", "（三）", "信息化应用有待深化"), ("para", "problem", 6),
    ("h1", "七、", "有关建议"),
    ("para", "advice", 6), ("para", "advice", 6), ("para", "advice", 5),
    ("h1", "八、", "其他需要说明的问题"),
    ("para", "process", 6), ("para", "advice", 4),
]


def fill(template: str, rng: random.Random) -> str:
    return template.format(
        town=rng.choice(TOWNS), work=rng.choice(WORKS), agency=rng.choice(AGENCIES),
        n=rng.randint(3, 48), m=f"{rng.randint(120, 2400) / 10:.2f}", p=f"{rng.randint(620, 960) / 10:.1f}",
        q=f"{rng.randint(850, 995) / 10:.1f}", month=rng.randint(3, 9),
    )


def compose(theme: str, sentences: int, rng: random.Random) -> str:
    """A paragraph of ``sentences`` sentences drawn (without repeats while the pool lasts) from one theme,
    with an occasional sentence from a neighbouring theme for variety."""
    pool = list(POOLS[theme])
    rng.shuffle(pool)
    picked = []
    for i in range(sentences):
        if i and i % 4 == 0:
            picked.append(rng.choice(POOLS[rng.choice(sorted(POOLS))]))
        else:
            picked.append(pool[i % len(pool)])
    return "".join(fill(t, rng) for t in picked)


def funds_grid() -> M.Grid:
    rows = [
        ["资金来源", "年初预算数", "全年预算数", "全年执行数"],
        ["资金总额", "4860.00", "5120.00", "4987.36"],
        ["中央补助资金", "2000.00", "2000.00", "2000.00"],
        ["省级补助资金", "1200.00", "1320.00", "1298.40"],
        ["市级财政资金", "1660.00", "1800.00", "1688.96"],
    ]
    return M.Grid(rows, [], col_widths=[4.0, 3.6, 3.6, 3.6])


def scores_grid() -> M.Grid:
    rows = [
        ["一级指标", "二级指标", "分值", "得分", "得分率"],
        ["决策", "项目立项", "8", "7.50", "93.75%"],
        ["决策", "绩效目标与资金投入", "12", "10.00", "83.33%"],
        ["过程", "资金管理与组织实施", "20", "17.60", "88.00%"],
        ["产出", "数量、质量、时效、成本", "30", "27.40", "91.33%"],
        ["效益", "项目效益与满意度", "30", "26.10", "87.00%"],
        ["合计", "合计", "100", "88.60", "88.60%"],
    ]
    return M.Grid(rows, [(6, 0, 6, 1)], col_widths=[2.6, 5.6, 2.0, 2.4, 2.8])


def make_report(out: Path) -> dict:
    rng = random.Random(SEED)
    w = M.DocxWriter(header_text=REPORT_TITLE)
    w.title(REPORT_TITLE, 20)
    w.centered("江州衡信工程咨询有限公司")
    w.centered("二〇二五年四月")
    counts = {"paragraphs": 3, "headings": 0, "tables": 0, "footnotes": 0}
    for kind, *rest in OUTLINE:
        if kind == "h1":
            w.para(C.H1(*rest))
        elif kind == "h2":
            w.para(C.H2(*rest))
        elif kind == "h3":
            w.para(C.H3(*rest))
        elif kind == "para":
            w.para(C.P(compose(rest[0], rest[1], rng)))
        elif kind == "note":
            w.para(C.P(compose(rest[0], 3, rng), footnote=rest[1]))
            counts["footnotes"] += 1
        elif kind == "table":
            w.table(funds_grid() if rest[0] == "funds" else scores_grid())
            counts["tables"] += 1
            continue
        counts["headings" if kind in ("h1", "h2", "h3") else "paragraphs"] += 1
    w.save(out / "report-30p.docx")
    return counts


# --------------------------------------------------------------------------- forms: indicator tables

FORMS = [  # (title, fields, goal text, rows, explanation of the ones without one)
    ("2024年度智慧城管二期项目绩效目标表", {"项目名称": C.PROJECT, "主管部门": "江州市城市管理局", "资金总额（万元）": "500.00"},
     "完成子项目建设，提升城市管理问题主动发现和协同处置能力。", C.ZHCG_TARGET_ROWS),
    (C.EDU_TITLE, C.EDU_FIELDS, C.EDU_GOAL.text, C.EDU_ROWS),
    (C.ROAD_TITLE, {"项目名称": C.ROAD_FIELDS["项目名称"], "主管部门": C.ROAD_FIELDS["主管部门"],
                    "资金总额（万元）": C.ROAD_FIELDS["年度资金总额（万元）"]}, C.ROAD_GOAL.text, C.ROAD_ROWS),
    (C.ELDER_TITLE, {"项目名称": "社区居家养老服务补助", "主管部门": "江州市民政局", "资金总额（万元）": "360.00"},
     "为辖区高龄、失能和困难老年人提供助餐、助洁和健康巡访等居家养老服务。", C.ELDER_ROWS),
]
FORM_HEADER = ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "权重", "指标解释", "评分标准"]
SCORING = [
    "完成目标值得满分，每低1个百分点扣0.5分，扣完为止",
    "按完成比例计分",
    "达到目标得满分，未达到不得分",
    "定性评价，按好、较好、一般、差分档计分",
    "提前或按期完成得满分，每延期一个月扣1分",
]


def form_info_grid(fields: dict[str, str], goal: str) -> M.Grid:
    rows = [
        ["项目名称", fields["项目名称"], fields["项目名称"], "主管部门", fields["主管部门"], fields["主管部门"]],
        ["资金总额（万元）", fields["资金总额（万元）"], fields["资金总额（万元）"], "实施期限", "2024年1月至12月", "2024年1月至12月"],
        ["年度目标", goal, goal, goal, goal, goal],
    ]
    merges = [(0, 1, 0, 2), (0, 4, 0, 5), (1, 1, 1, 2), (1, 4, 1, 5), (2, 1, 2, 5)]
    return M.Grid(rows, merges, col_widths=[3.4, 5.0, 5.0, 3.0, 4.8, 4.8])


def form_grid(rows_in, index: int) -> M.Grid:
    rows = [list(FORM_HEADER)]
    for i, r in enumerate(rows_in):
        weight = M._num(r.weight) if r.weight is not None else str(2 + (i + index) % 3)
        explanation = r.explanation or f"以{r.name}的年度统计数据为准"
        rows.append([r.level1, r.level2, r.name, r.value_text, r.unit_text, weight, explanation,
                     SCORING[(i + index) % len(SCORING)]])
    merges = M.vertical_runs(rows, 0, 1, (0,)) + M.vertical_runs(rows, 1, 1, (0, 1))
    return M.Grid(rows, merges, repeat_header=True, col_widths=[2.2, 2.8, 4.2, 2.8, 1.8, 1.2, 5.0, 6.0])


def make_forms(out: Path) -> dict:
    w = M.DocxWriter(landscape=True)
    section = w.doc.sections[0]
    section.top_margin = section.bottom_margin = w.m["Cm"](2.2)
    section.left_margin = section.right_margin = w.m["Cm"](2.0)
    section.header_distance, section.footer_distance = w.m["Cm"](1.2), w.m["Cm"](1.2)
    counts = {"paragraphs": 0, "headings": 0, "tables": 0, "footnotes": 0}
    for index, (title, fields, goal, rows) in enumerate(FORMS):
        if index:
            w.doc.add_page_break()
        w.title(title, 16)
        w.table(form_info_grid(fields, goal), bold_rows=())
        w.table(form_grid(rows, index))
        w.plain("填报说明：指标值应写明运算符号和计量单位，定性指标应在评分标准中说明分档依据。", size=10.5)
        counts["paragraphs"] += 2
        counts["tables"] += 2
    w.save(out / "forms-tables.docx")
    return counts


# --------------------------------------------------------------------------- main


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep-docx", type=Path, help="also copy the DOCX files into this folder")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as tmp:
        work = Path(tmp)
        written = {"report-30p": make_report(work), "forms-tables": make_forms(work)}
        docx = sorted(work.glob("*.docx"))
        if args.keep_docx:
            args.keep_docx.mkdir(parents=True, exist_ok=True)
            for f in docx:
                shutil.copy2(f, args.keep_docx / f.name)
        if not M.convert_to_pdf(docx, args.out):
            return 1
    for name, counts in written.items():
        pdf = args.out / f"{name}.pdf"
        record = {"written": counts, "pages": pdf_pages(pdf)}
        (args.out / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{pdf.relative_to(ROOT) if pdf.is_relative_to(ROOT) else pdf}: {record['pages']} pages, "
              f"{pdf.stat().st_size // 1024} KiB, {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
