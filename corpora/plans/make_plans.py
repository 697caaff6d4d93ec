"""Write the plan samples (sub-projects and the goals they serve) and their gold annotations.

    python corpora/plans/make_plans.py [--no-pdf]

Six layouts, content in plan_content.py (our own text): numbered sections with explicit goal
references (实施方案), a task table split across pages (行动计划), chapters whose goals are served
only through their content (建设方案), a 申报书 with a declared 子项目 list, a self-assessment
report with 子项目完成情况 rows, and numbered projects with （1）（2）（3） field items whose goals are
served through their content only, with near misses that must not link. DOCX with python-docx (the DOCX writer of corpora/samples), PDF with
LibreOffice when ``soffice`` is on the PATH (skipped with a message otherwise, or with --no-pdf).
The gold in annotations/<file>.json is written from plan_content.py, never from program output.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "samples"))

import plan_content as P  # noqa: E402
from make_samples import DocxWriter, Grid, convert_to_pdf, page_texts, table_span  # noqa: E402
from sample_content import Para  # noqa: E402

ANNOTATIONS = HERE / "annotations"


def amount(x: float) -> str:
    return f"{x:g}"


# --------------------------------------------------------------------------- writing helpers


class Writer:
    """A DocxWriter with the few paragraph kinds a plan needs."""

    def __init__(self, title: str, landscape: bool = False):
        self.w = DocxWriter(landscape=landscape)
        self.w.title(title, 20)

    def heading(self, text: str) -> None:
        self.w.para(Para(text, heading=1, bold=True))

    def text(self, text: str) -> None:
        self.w.para(Para(text))

    def table(self, grid: Grid) -> None:
        self.w.table(grid)

    def save(self, path: Path) -> None:
        self.w.save(path)


def goal_lines(plan: P.Plan, style: str) -> list[str]:
    if style == "dot":
        return [f"{g.number}.{g.text}" for g in plan.goals]
    if style == "target":
        return [f"目标{g.number}：{g.text}" for g in plan.goals]
    return [f"{g.number}{g.text}" for g in plan.goals]


def units_sentence(sub: P.Sub, lead_word: str = "牵头单位") -> str:
    text = f"{lead_word}：{'、'.join(sub.lead)}"
    if sub.partners:
        text += f"；配合单位：{'、'.join(sub.partners)}"
    return text + "。"


# --------------------------------------------------------------------------- A. 实施方案, numbered sections


def write_sections(plan: P.Plan, path: Path) -> None:
    w = Writer(plan.title)
    w.text("为巩固智慧城管一、二期建设成果，推动城市管理向精细化、智能化转变，根据《江州市城市管理数字化转型三年行动计划》，"
           "结合我市实际，制定本方案。")
    w.heading("一、项目概况")
    w.text("江州市智慧城管一、二期项目已建成城市管理指挥调度中心，依托全市统一的移动政务服务平台和政务服务评价系统，"
           "实现了城市管理问题发现、派遣、处置、评价的闭环管理。三期项目总投资"
           f"{amount(plan.stated_total)}万元，建设期为2025年1月至2026年6月，由江州市城市管理局组织实施。")
    w.heading("二、建设目标")
    w.heading("（一）总体目标")
    w.text("到2026年6月，建成感知全面、数据融通、处置高效、服务便民的城市运行管理体系，城市管理精细化、智能化水平明显提升。")
    w.heading("（二）具体目标")
    for line in goal_lines(plan, "dot"):
        w.text(line)
    w.heading("三、主要建设内容")
    for k, sub in enumerate(plan.subs):
        ref_in_heading = k == 0
        w.heading(f"{sub.number}{sub.name}" + (f"（{sub.reference}）" if ref_in_heading else ""))
        w.text(f"投资估算：{amount(sub.investment)}万元。")
        w.text(units_sentence(sub))
        if k % 2 == 1:
            w.text(f"建设内容：{sub.content}（{sub.reference}）")
        else:
            w.text(f"建设内容：{sub.content}")
        w.text(f"建设周期：{sub.period}。")
        if not ref_in_heading and k % 2 == 0:
            w.text(f"本项目{sub.reference}。")
    w.heading("四、资金筹措")
    w.text(f"项目总投资{amount(plan.stated_total)}万元，全部由市级财政资金安排，分年度纳入部门预算，"
           "其中2025年安排2100万元，2026年安排1180万元。")
    w.heading("五、保障措施")
    w.heading("（一）加强组织领导")
    w.text("成立由市城管局主要负责同志任组长的项目建设领导小组，统筹协调项目建设中的重大事项，每月召开一次推进会。")
    w.heading("（二）强化绩效管理")
    w.text("各建设内容牵头单位按季度报送实施进度和绩效目标完成情况，项目完成后开展绩效自评并接受财政重点评价。")
    w.save(path)


# --------------------------------------------------------------------------- B. 行动计划, task table


TASK_HEADER = ["序号", "项目名称", "建设内容", "投资（万元）", "责任单位", "完成时限", "对应目标"]


def task_grid(plan: P.Plan) -> Grid:
    rows = [TASK_HEADER]
    for sub in plan.subs:
        units = "、".join(sub.lead + sub.partners)
        rows.append([sub.number, sub.name, sub.content, amount(sub.investment), units, sub.period, sub.reference])
    rows.append(["合计", "", "", amount(plan.stated_total), "", "", ""])
    return Grid(rows, [], repeat_header=True, col_widths=[1.3, 2.6, 5.4, 1.6, 2.4, 1.6, 1.5])


def write_task_table(plan: P.Plan, path: Path) -> Grid:
    w = Writer(plan.title)
    w.text("为提升城区排水防涝能力，结合我市实际，制定本行动计划。")
    w.heading("一、总体要求")
    w.text("坚持系统治理、蓄排结合，用三年时间基本解决城区内涝问题。")
    w.heading("二、工作目标")
    for line in goal_lines(plan, "target"):
        w.text(line)
    w.heading("三、重点任务")
    w.text(f"三年计划实施重点项目{len(plan.subs)}个，总投资{amount(plan.stated_total)}万元，"
           "各项目的建设内容、责任单位和完成时限见下表。")
    grid = task_grid(plan)
    w.table(grid)
    w.heading("四、保障措施")
    w.text("（一）强化组织领导。市排水防涝工作领导小组统筹推进行动计划实施，各责任单位明确分管领导和具体责任人。")
    w.text("（二）强化资金保障。积极争取中央和省级补助资金，市级财政按照项目进度足额安排配套资金。")
    w.text("（三）强化督查考核。将行动计划实施情况纳入年度绩效考核，每季度通报项目进展。")
    w.save(path)
    return grid


# --------------------------------------------------------------------------- C. 建设方案, chapters, implicit


def write_chapters(plan: P.Plan, path: Path) -> None:
    w = Writer(plan.title)
    w.heading("第一章 建设背景")
    w.text("老城区排水管网建设年代久远，雨污混接、管道破损问题较为突出，旱季污水直排和雨季溢流现象时有发生。"
           "近年来我市相继建成排水管理信息系统和污水处理运行监管平台，但管网底数不清、运行监测不足的问题仍未根本解决。")
    w.heading("第二章 主要目标")
    for line in goal_lines(plan, "dot"):
        w.text(line)
    for sub in plan.subs:
        w.heading(f"{sub.number} {sub.name}")
        w.heading("一、建设内容")
        w.text(sub.content)
        w.heading("二、投资估算")
        w.text(f"本项目估算总投资{amount(sub.investment)}万元。")
        w.heading("三、实施主体")
        partners = f"，{'、'.join(sub.partners)}配合实施" if sub.partners else ""
        w.text(f"由{'、'.join(sub.lead)}牵头实施{partners}。")
        w.heading("四、实施计划")
        w.text(f"建设周期为{sub.period}。")
    w.heading("第九章 投资估算与资金筹措")
    w.text(f"项目估算总投资{amount(plan.stated_total)}万元，申请地方政府专项债券资金20000万元，其余由市级财政统筹安排。")
    w.heading("第十章 保障措施")
    w.text("建立市水务局牵头、相关部门和属地政府共同参与的工作推进机制，实行挂图作战、按月调度，确保各项工程按期建成投用。")
    w.save(path)


# --------------------------------------------------------------------------- D. 申报书 with a 子项目 list


def write_application(plan: P.Plan, path: Path) -> None:
    w = Writer(plan.title)
    w.heading("第一章 项目基本情况")
    w.text("项目名称：江州市2025年度智慧教育提升工程")
    w.text("申报单位：江州市教育局")
    w.text(f"申请资金总额：{amount(plan.stated_total)}万元")
    w.text("项目实施期：2025年3月至2025年12月")
    w.heading("第二章 绩效目标")
    for line in goal_lines(plan, "paren"):
        w.text(line)
    w.heading("第三章 子项目设置")
    names = [s.name for s in plan.subs]
    w.text(f"本项目设子项目{len(names)}个，分别为{'、'.join(names[:-1])}和{names[-1]}。各子项目安排如下。")
    for sub in plan.subs:
        w.heading(f"{sub.number}{sub.name}")
        w.text(f"申请资金：{amount(sub.investment)}万元。")
        w.text(units_sentence(sub, "承担单位"))
        w.text(f"建设内容：{sub.content}")
        w.text(f"实施周期：{sub.period}。")
        w.text(f"{sub.reference}。")
    w.heading("第四章 保障措施")
    w.text("市教育局成立项目实施工作专班，建立子项目周报和月度调度制度，资金实行专账核算、专款专用。")
    w.save(path)


# --------------------------------------------------------------------------- F. 建设方案, 1.…工程 with （1）（2）（3） items


def write_numbered_projects(plan: P.Plan, path: Path) -> None:
    w = Writer(plan.title)
    w.heading("一、建设背景")
    w.text("近年来我市公共文化设施网络不断完善，但城乡之间、区域之间服务水平仍不均衡，基层文化设施利用率不高，"
           "数字化服务能力不足。为进一步提升公共文化服务效能，制定本方案。")
    w.heading("二、基本原则")
    w.text("坚持政府主导、社会参与，坚持城乡统筹、重心下移，坚持线上线下融合发展。")
    w.heading("三、具体目标")
    for line in goal_lines(plan, "paren"):
        w.text(line)
    w.heading("四、重点建设项目")
    for sub in plan.subs:
        w.heading(f"{sub.number}{sub.name}")
        w.text(f"（1）建设内容：{sub.content}")
        w.text(f"（2）投资估算：{amount(sub.investment)}万元。")
        partners = f"；配合单位：{'、'.join(sub.partners)}" if sub.partners else ""
        w.text(f"（3）实施单位：{'、'.join(sub.lead)}{partners}。")
        w.text(f"（4）实施期限：{sub.period}。")
    w.heading("五、资金安排")
    w.text(f"项目估算总投资{amount(plan.stated_total)}万元，由市级财政和各区财政按比例分担。")
    w.save(path)


# --------------------------------------------------------------------------- E. 自评报告 with 子项目 rows


REPORT_HEADER = ["序号", "子项目名称", "预算数（万元）", "实际支出（万元）", "完成情况", "责任单位"]


def report_grid(plan: P.Plan) -> Grid:
    rows = [REPORT_HEADER]
    for sub in plan.subs:
        rows.append([sub.number, sub.name, amount(sub.investment), f"{sub.actual:.2f}", sub.status, "、".join(sub.lead)])
    return Grid(rows, [], col_widths=[1.0, 4.0, 2.0, 2.2, 4.4, 3.0])


def write_report(plan: P.Plan, path: Path) -> Grid:
    w = Writer(plan.title)
    w.heading("一、项目基本情况")
    w.text("智慧城管三期项目2025年度安排预算资金2470万元，用于城市运行感知网络扩容、数据资源中心升级、智能视频分析扩展和执法办案"
           "系统移动端建设。项目由江州市城市管理局组织实施。")
    w.heading("二、子项目完成情况")
    w.text(f"截至2025年12月底，年度安排的{len(plan.subs)}个子项目实施情况如下表。")
    grid = report_grid(plan)
    w.table(grid)
    w.heading("三、存在的问题")
    w.text("部分业务数据依托的移动政务服务平台接口尚未完全打通，政务服务评价系统的回访数据与城管平台之间仍需人工导入。")
    w.save(path)
    return grid


# --------------------------------------------------------------------------- gold


def sub_gold(plan: P.Plan, sub: P.Sub) -> dict:
    method = "explicit" if sub.refs or sub.cites_unknown else ("content" if sub.serves else None)
    gold = {
        "name": sub.name,
        "number": sub.number,
        "investment": sub.investment,
        "investment_unit": plan.unit,
        "lead_units": list(sub.lead),
        "partner_units": list(sub.partners),
        "goal_numbers": list(sub.refs or sub.serves),
        "link_method": method,
    }
    if sub.reference:
        gold["reference"] = sub.reference
    if sub.cites_unknown:
        gold["unknown_goal_numbers"] = list(sub.cites_unknown)
    return gold


def plan_gold(plan: P.Plan, name: str) -> dict:
    gold = {
        "source": name,
        "kind": plan.kind,
        "layout": plan.layout,
        "subprojects": [sub_gold(plan, s) for s in plan.subs],
        "goals": [{"number": g.number, "text": g.text} for g in plan.goals],
    }
    if plan.stated_total is not None:
        total = sum(s.investment for s in plan.subs)
        gold["investment_total"] = {"stated": plan.stated_total, "sum": total, "unit": plan.unit,
                                    "consistent": abs(total - plan.stated_total) < 1e-6}
    return gold


def write_gold(gold: dict) -> None:
    ANNOTATIONS.mkdir(parents=True, exist_ok=True)
    path = ANNOTATIONS / f"{gold['source']}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


WRITERS = {
    P.A.file: write_sections,
    P.B.file: write_task_table,
    P.C.file: write_chapters,
    P.D.file: write_application,
    P.E.file: write_report,
    P.F.file: write_numbered_projects,
}
CROSS_PAGE_TABLE = P.B.file  # its task table must cross a page in the PDF


def main(argv: list[str]) -> int:
    out = HERE
    grids = {}
    for plan in P.PLANS:
        grid = WRITERS[plan.file](plan, out / plan.file)
        if grid is not None:
            grids[plan.file] = grid
        write_gold(plan_gold(plan, plan.file))
    if "--no-pdf" in argv:
        return 0
    if not convert_to_pdf([out / p.file for p in P.PLANS], out):
        return 0
    for plan in P.PLANS:
        pdf = plan.file.replace(".docx", ".pdf")
        gold = plan_gold(plan, pdf)
        if plan.file in grids:
            span = table_span(page_texts(out / pdf), grids[plan.file].rows)
            gold["pdf_layout"] = {"table_pages": span}
            if plan.file == CROSS_PAGE_TABLE and span[0] == span[1]:
                raise AssertionError(f"{pdf}: the task table should cross a page but sits on page {span[0]}")
        write_gold(gold)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
