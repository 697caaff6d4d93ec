"""Write the BLIND plan documents for the sub-project work (issue 15) and their gold (plans/annotations/).

Three implementation plans written in our own words, in the three shapes real plans take:
- qinglan-digital-village-plan.docx   numbered sub-project sections, each with 投资/牵头单位/建设内容 and an explicit
                                      "（对应具体目标第1、5项）"; one reference names a goal number that does not exist;
- hefeng-rural-water-task-table.docx  a task table 序号│项目名称│建设内容│投资│责任单位│完成时限│对应目标 (header row
                                      repeated when the table runs over a page);
- yunxi-rural-roads-action-plan.docx  numbered key tasks with no reference to the goals: links only through shared
                                      quantities (95公里, 180公里, 12座 …).
The places are fictional. Gold is written by hand below, from the same data as the documents.

    python corpora/real_layouts/blind/plans/make_blind_plans.py [--no-pdf]
"""
from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from make_blind_layouts import FIXED_TIME, _normalise_zip, to_pdf  # noqa: E402  (same folder family, shared writers)

ANNOTATIONS = HERE / "annotations"


def sub(name, number, investment, lead_units, goal_numbers, link_method, unit="万元") -> dict:
    return {"name": name, "number": number, "investment": investment, "investment_unit": unit,
            "lead_units": lead_units, "goal_numbers": goal_numbers, "link_method": link_method}


# ---------------------------------------------------------------------------------------------------------------
# 1. numbered sections with explicit goal references
# ---------------------------------------------------------------------------------------------------------------
QL_GOALS = [
    "建成县级农业农村大数据平台1个，汇聚涉农数据资源不少于30类。",
    "行政村5G网络覆盖率达到100%，20户以上自然村光纤通达率达到98%。",
    "建设智慧农业示范基地8个，全县主要农作物耕种收综合机械化率达到75%。",
    "建成县、乡、村三级电商物流服务站点126个，农村网络零售额年均增长12%以上。",
    "村级事务“一网通办”事项不少于60项，网上可办率达到90%。",
    "培训高素质农民和乡村数字人才3000人次以上。",
]
QL_SUBS = [
    ("县级农业农村大数据平台建设项目", 860, "县农业农村局", "县数据局、县统计局",
     "建设农业农村数据资源中心和“一张图”综合应用，归集土地确权、种养殖、农村集体资产等涉农数据，向县直部门和乡镇开放数据共享接口，"
     "为村级事务网上办理提供数据支撑。", [1, 5]),
    ("乡村信息基础设施提升工程", 2400, "县工业和信息化局", "中国电信青岚分公司、中国移动青岚分公司",
     "新建5G基站86个，改造农村光纤接入网络，推进20户以上自然村光纤入户，同步完成乡镇政府驻地和中心村公共区域无线网络覆盖。", [2]),
    ("智慧农业示范基地建设项目", 1350, "县农业农村局", "县农机服务中心、有关乡镇人民政府",
     "在茶叶、蔬菜、生猪等主导产业布局示范基地，配置物联网监测、水肥一体化和智能农机作业监测设备，推广全程机械化生产模式。", [3]),
    ("农村电商物流体系建设项目", 720, "县商务局", "县邮政管理局、县供销合作社",
     "改造县级电商公共服务中心和物流分拨中心，在乡镇、行政村建设电商物流服务站点，整合快递、邮政和供销配送线路，开展农产品网销品牌培育。", [4]),
    ("“互联网+”村务服务项目", 380, "县政务服务中心", "县民政局、各乡镇人民政府",
     "将村级高频事项接入政务服务网和移动端，在村便民服务站配置自助终端，推行村务公开、代办帮办线上运行。", [5]),
    ("乡村数字人才培育项目", 190, "县人力资源和社会保障局", "县农业农村局、县职业技术学校",
     "依托县职业技术学校和示范基地开设智慧农业、电商直播、数字村务等培训班，建立乡村数字人才库并开展跟踪服务。", [6, 7]),
]
QL_NUMERALS = "一二三四五六七八九十"


def qinglan_blocks():
    total = sum(s[1] for s in QL_SUBS)
    blocks = [("h", "青岚县数字乡村建设实施方案（2025—2027年）"),
              ("p", "为加快推进数字乡村建设，提升农业农村现代化水平，结合我县实际，制定本实施方案。"),
              ("h", "一、总体要求"),
              ("p", "以数字技术与农业农村经济深度融合为主线，统筹推进乡村信息基础设施、智慧农业、农村电商和乡村数字治理，"
                    "到2027年基本形成县域数字乡村发展体系。"),
              ("h", "二、建设目标"),
              ("h", "（一）总体目标"),
              ("p", "通过三年建设，全县乡村信息基础设施明显改善，农业生产数字化水平和乡村治理数字化水平显著提高，"
                    "数字乡村建设走在全市前列。"),
              ("h", "（二）具体目标")]
    blocks += [("p", f"{i}.{text}") for i, text in enumerate(QL_GOALS, start=1)]
    blocks.append(("h", "三、重点建设项目"))
    for i, (name, money, lead, partners, content, refs) in enumerate(QL_SUBS):
        blocks.append(("h", f"（{QL_NUMERALS[i]}）{name}"))
        blocks.append(("p", f"投资：{money}万元。牵头单位：{lead}；配合单位：{partners}。"))
        ref_text = "、".join(str(r) for r in refs)
        blocks.append(("p", f"建设内容：{content}（对应具体目标第{ref_text}项）"))
    blocks += [("h", "四、保障措施"),
               ("p", f"（一）加强资金保障。三年计划总投资{total}万元，统筹中央、省、市专项资金和县级财政资金，积极引导社会资本参与。"),
               ("p", "（二）强化组织领导。成立县数字乡村建设工作专班，牵头单位按季度报送项目进展，县委、县政府督查室跟踪督办。")]
    return blocks


def qinglan_gold():
    return {"subprojects": [sub(name, i, money, [lead], refs, "explicit")
                            for i, (name, money, lead, _partners, _content, refs) in enumerate(QL_SUBS, start=1)],
            "goals": [{"number": i, "text": text} for i, text in enumerate(QL_GOALS, start=1)],
            "notes": ("Six numbered sections （一）…（六）, each with 投资, 牵头单位/配合单位 and an explicit reference. "
                      "Section （六） refers to 具体目标第6、7项 but only six 具体目标 exist: goal 7 is a dangling "
                      "reference (kept in goal_numbers as written). Investments add up to the stated total 5900万元.")}


# ---------------------------------------------------------------------------------------------------------------
# 2. task table with a goal column
# ---------------------------------------------------------------------------------------------------------------
HF_GOALS = [
    ("一", "全县农村自来水普及率由93.5%提高到96%以上，规模化供水工程覆盖农村人口比例达到75%。"),
    ("二", "千吨万人以上供水工程出厂水水质达标率达到100%，水质检测覆盖率达到100%。"),
    ("三", "小型集中供水工程规范化管理率达到90%以上，工程完好率不低于95%。"),
    ("四", "建成县级供水数字化监管平台，重点供水工程在线监测覆盖率达到100%。"),
    ("五", "农村供水问题群众投诉办结率达到98%以上。"),
]
HF_TASKS = [
    # name, content, investment, responsible (as written), lead units, deadline, goals (as written), goal numbers
    ("县城第二水厂扩建工程", "新增日供水能力2万立方米，新建絮凝沉淀池、V型滤池各1座及配套清水池", 3200,
     "县水务局（牵头）、县城市建设投资有限公司", ["县水务局"], "2025年11月", "目标一、目标二", [1, 2]),
    ("城乡供水管网延伸工程", "铺设DN110—DN315供水主管网46公里，连通城关、大坪、石门等5个乡镇管网", 2150,
     "县水务局（牵头）、相关乡镇人民政府", ["县水务局"], "2025年10月", "目标一", [1]),
    ("千吨万人水厂标准化改造", "对8座千吨万人供水工程净化消毒设施进行改造，配备在线浊度、余氯监测仪", 960,
     "县水务局", ["县水务局"], "2025年9月", "目标二", [2]),
    ("小型供水工程规范化建设", "改造提升小型集中供水工程37处，落实管护主体和管护经费", 740,
     "各乡镇人民政府（牵头）、县水务局", ["各乡镇人民政府"], "2025年10月", "目标三", [3]),
    ("水质检测能力提升项目", "县水质检测中心新增气相色谱仪等检测设备，检测指标由31项扩展至42项", 310,
     "县疾病预防控制中心（牵头）、县水务局", ["县疾病预防控制中心"], "2025年8月", "目标二", [2]),
    ("智慧供水监管平台建设", "建设县级智慧供水监管平台，接入水厂、加压泵站在线监测点120个", 480,
     "县水务局（牵头）、县数据局", ["县水务局"], "2025年12月", "目标四", [4]),
    ("农村供水工程维修养护", "对全县农村供水工程开展年度维修养护，设立供水服务热线并公开受理渠道", 260,
     "县水务局", ["县水务局"], "2025年12月", "目标三、目标五", [3, 5]),
]


def hefeng_blocks():
    total = sum(t[2] for t in HF_TASKS)
    blocks = [("h", "禾丰县2025年农村供水保障工程实施方案"),
              ("p", "为巩固提升农村供水保障水平，推进城乡供水一体化，根据省、市农村供水高质量发展有关部署，结合我县实际，制定本方案。"),
              ("h", "一、基本情况"),
              ("p", "全县现有各类农村供水工程412处，其中千吨万人供水工程8处、小型集中供水工程186处、分散供水工程218处，"
                    "农村自来水普及率93.5%。部分工程设施老化、水源保障不足，小型工程管护主体不明确，水质检测能力不能满足要求。"),
              ("p", "2024年，全县共受理农村供水问题投诉326件，主要集中在季节性缺水、水压不足和水质浑浊等方面。县城水厂高峰期"
                    "供水负荷率超过95%，城区周边乡镇管网尚未连通，部分村组仍依靠小型工程和分散供水设施供水。"),
              ("h", "二、工作目标")]
    blocks += [("p", f"（{n}）{text}") for n, text in HF_GOALS]
    blocks += [("h", "三、重点任务"),
               ("p", f"2025年安排农村供水保障重点任务7项，计划总投资{total}万元，具体见下表。"),
               ("table", [["序号", "项目名称", "建设内容", "投资（万元）", "责任单位", "完成时限", "对应目标"]]
                + [[str(i), name, content, str(money), units, deadline, goals]
                   for i, (name, content, money, units, _lead, deadline, goals, _nums) in enumerate(HF_TASKS, start=1)]
                + [["合计", "", "", str(total), "", "", ""]]),
               ("h", "四、保障措施"),
               ("p", "（一）落实资金。积极争取中央和省级水利发展资金，县级财政按规定足额安排配套资金，专款专用。"),
               ("p", "（二）压实责任。各责任单位按表列任务倒排工期，每月向县农村供水保障工作专班报送进度。")]
    return blocks


def hefeng_gold():
    return {"subprojects": [sub(name, i, money, lead, nums, "explicit")
                            for i, (name, _c, money, _u, lead, _d, _g, nums) in enumerate(HF_TASKS, start=1)],
            "goals": [{"number": i, "text": text} for i, (_n, text) in enumerate(HF_GOALS, start=1)],
            "notes": ("Task table with a 对应目标 column naming goals as 目标一…目标五 (goal numbers 1–5 here). Where the "
                      "责任单位 cell names several units, the one marked （牵头） is the lead; a single unit is the lead. "
                      "Investments add up to the 合计 8100 and to the total stated in the text.")}


# ---------------------------------------------------------------------------------------------------------------
# 3. numbered tasks, links only through shared quantities
# ---------------------------------------------------------------------------------------------------------------
YX_GOALS = [
    "到2027年，新改建农村公路180公里，其中新建通组硬化路95公里。",
    "完成危旧桥梁改造12座，实施公路安全生命防护工程60公里。",
    "建成县级物流分拨中心1个、乡镇快递物流服务站14个、村级寄递物流综合服务点110个。",
    "开通城乡公交线路8条，建制村通客车率保持100%。",
]
YX_TASKS = [
    ("通组硬化路建设工程", 5700, ["县交通运输局"],
     "计划投资5700万元，三年新建通组硬化路95公里，优先覆盖30户以上的村民小组，路面宽度不低于4.5米。牵头单位：县交通运输局；"
     "各乡镇人民政府负责征地协调和建后管护。", [1]),
    ("县乡道提级改造工程", 9800, ["县公路事业发展中心"],
     "计划投资9800万元，对县道、乡道85公里实施提级改造，与通组硬化路一并完成新改建农村公路180公里的任务。"
     "牵头单位：县公路事业发展中心；配合单位：县交通运输局。", [1]),
    ("危桥改造和安全生命防护工程", 2600, ["县公路事业发展中心"],
     "计划投资2600万元，改造危旧桥梁12座，在急弯陡坡、临水临崖路段实施安防工程60公里。牵头单位：县公路事业发展中心。", [2]),
    ("县乡村三级物流体系建设工程", 1650, ["县商务局"],
     "计划投资1650万元，建设县级物流分拨中心1个，改造乡镇快递物流服务站14个，在行政村设立寄递物流综合服务点110个，"
     "推动邮政、快递、供销网点共用。牵头单位：县商务局；配合单位：县邮政管理局、县供销合作社。", [3]),
    ("城乡客运一体化提升工程", 900, ["县交通运输局"],
     "计划投资900万元，购置新能源公交车24辆，新开通城乡公交线路8条，完善沿线候车亭和招呼站。牵头单位：县交通运输局。", [4]),
]


def yunxi_blocks():
    total = sum(t[1] for t in YX_TASKS)
    blocks = [("h", "云溪县“四好农村路”暨农村物流提升三年行动计划（2025—2027年）"),
              ("h", "一、指导思想"),
              ("p", "坚持建好、管好、护好、运营好农村公路，推动交通运输与农村物流、城乡客运融合发展，为乡村振兴提供有力支撑。"),
              ("h", "二、主要目标")]
    blocks += [("p", f"{i}.{text}") for i, text in enumerate(YX_GOALS, start=1)]
    blocks += [("h", "三、重点任务")]
    blocks += [("p", f"{i}.{name}。{text}") for i, (name, _m, _l, text, _g) in enumerate(YX_TASKS, start=1)]
    blocks += [("h", "四、资金筹措"),
               ("p", f"行动计划总投资{total}万元，通过车购税补助、省级交通专项资金、地方政府专项债券和县级财政资金筹措。"),
               ("h", "五、保障措施"),
               ("p", "建立县级统筹、乡镇主体、村级协助的工作机制，将行动计划完成情况纳入乡镇年度考核。")]
    return blocks


def yunxi_gold():
    return {"subprojects": [sub(name, i, money, lead, goals, "content")
                            for i, (name, money, lead, _t, goals) in enumerate(YX_TASKS, start=1)],
            "goals": [{"number": i, "text": text} for i, text in enumerate(YX_GOALS, start=1)],
            "notes": ("No task names a goal; each link rests on shared quantities or measured terms: 95公里 and 180公里 "
                      "(goal 1), 12座 and 60公里 (goal 2), 1个/14个/110个 服务点 (goal 3), 8条 公交线路 (goal 4). "
                      "Investments add up to the stated total 20650万元.")}


PLANS = [("qinglan-digital-village-plan.docx", qinglan_blocks, qinglan_gold),
         ("hefeng-rural-water-task-table.docx", hefeng_blocks, hefeng_gold),
         ("yunxi-rural-roads-action-plan.docx", yunxi_blocks, yunxi_gold)]


def write_plan_docx(blocks, path: Path) -> None:
    from docx import Document as Docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    out = Docx()
    out.styles["Normal"].font.size = Pt(10.5)
    for kind, body in blocks:
        if kind == "h":
            out.add_paragraph(body, style="Heading 2")
        elif kind == "p":
            out.add_paragraph(body)
        elif kind == "table":
            table = out.add_table(rows=len(body), cols=len(body[0]))
            table.style = "Table Grid"
            for r, row in enumerate(body):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            header = table.rows[0]._tr.get_or_add_trPr()          # repeat the header row on each page
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            header.append(repeat)
    out.core_properties.author = "jixiao blind corpus"
    out.core_properties.last_modified_by = "jixiao blind corpus"
    out.core_properties.created = FIXED_TIME
    out.core_properties.modified = FIXED_TIME
    buf = io.BytesIO()
    out.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def write_gold(source: str, gold: dict) -> None:
    ANNOTATIONS.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"source": source, **gold}, ensure_ascii=False, indent=1) + "\n"
    (ANNOTATIONS / f"{source}.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX and gold only")
    args = ap.parse_args(argv)
    for file, blocks, gold in PLANS:
        path = HERE / file
        write_plan_docx(blocks(), path)
        write_gold(file, gold())
        made = [file]
        if not args.no_pdf:
            pdf = to_pdf(path)
            write_gold(pdf.name, gold())
            made.append(pdf.name)
        print(f"{', '.join(made)}: {len(gold()['subprojects'])} sub-projects, {len(gold()['goals'])} goals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
