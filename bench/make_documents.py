"""Generate small, varied budget-performance documents (DOCX, XLSX, TXT) for batch benchmarks.

Every document is a 项目支出绩效目标申报表 of an invented project: header fields, 总体目标 and
年度目标 with numbers, and an indicator table (一级 | 二级 | 三级 | 指标值 | 单位 | 分值) whose rows,
column names and layout vary with a seeded random generator. All names and numbers are invented.

    python bench/make_documents.py OUT_DIR --count 500 [--seed 7]
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

PLACES = ["东湖", "西山", "南岭", "北川", "青石", "白沙", "临江", "云台", "枫林", "松桥", "河口", "梅园"]
SUBJECTS = ["智慧社区建设", "农村道路提档", "中小学营养餐", "老旧小区改造", "河道综合治理", "公共图书馆数字化",
            "养老服务中心运营", "基层医疗设备更新", "城市照明节能改造", "森林防火能力提升", "就业技能培训",
            "政务数据共享平台"]
DEPARTMENTS = ["区住房和城乡建设局", "县交通运输局", "区教育局", "县卫生健康局", "区民政局", "县水利局", "区数据局"]
# (一级, 二级, name, operator word, value range, unit)
ROWS = [
    ("产出指标", "数量指标", "完成改造面积", "≥", (1, 50), "万平方米"),
    ("产出指标", "数量指标", "培训人次", "≥", (200, 5000), "人次"),
    ("产出指标", "数量指标", "新增服务点", "≥", (3, 40), "个"),
    ("产出指标", "数量指标", "设备采购数量", "=", (10, 300), "台套"),
    ("产出指标", "质量指标", "验收合格率", "≥", (90, 100), "%"),
    ("产出指标", "质量指标", "系统可用率", "≥", (95, 100), "%"),
    ("产出指标", "质量指标", "工程质量达标率", "=", (100, 100), "%"),
    ("产出指标", "时效指标", "项目完成时间", "≤", (10, 12), "月"),
    ("产出指标", "时效指标", "资金支付及时率", "≥", (90, 100), "%"),
    ("产出指标", "成本指标", "单位改造成本", "≤", (200, 900), "元/平方米"),
    ("产出指标", "成本指标", "项目总成本", "≤", (100, 900), "万元"),
    ("效益指标", "经济效益指标", "带动就业人数", "≥", (20, 500), "人"),
    ("效益指标", "社会效益指标", "受益群众人数", "≥", (1000, 50000), "人"),
    ("效益指标", "社会效益指标", "群众办事时间缩短", "≥", (10, 60), "%"),
    ("效益指标", "生态效益指标", "年节约用电量", "≥", (5, 80), "万千瓦时"),
    ("效益指标", "可持续影响指标", "长效管护机制", "=", (1, 1), "项"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", (80, 95), "%"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", (85, 98), "%"),
]
HEADERS = [
    ["一级指标", "二级指标", "三级指标", "指标值", "计量单位", "分值"],
    ["一级指标", "二级指标", "指标名称", "年度指标值", "度量单位", "权重"],
    ["一级指标", "二级指标", "指标内容", "目标值", "单位", "分值"],
]
KINDS = ("docx", "xlsx", "txt")


ACTIONS = ["完成", "新建", "改造", "采购", "培训", "巡查", "维护", "上线"]
OBJECTS = ["服务站点", "监测设备", "业务系统", "村级道路", "校舍", "照明设施", "排水管网", "档案资料"]
UNITS = ["个", "台", "公里", "平方米", "人次", "套", "处", "件"]


@dataclass
class Spec:
    project: str
    department: str
    budget: float
    overall: str
    annual: str
    header: list[str]
    rows: list[list[str]]
    background: list[str]  # 项目概况 paragraphs (2-3 pages of prose in all)


def _paragraph(rng: random.Random, project: str, department: str) -> str:
    sentences = []
    for _ in range(rng.randint(3, 6)):
        n = rng.randint(2, 900)
        sentences.append(
            f"{rng.choice(['截至目前', '本年度', '项目实施期内', '根据实施方案'])}，{department}计划"
            f"{rng.choice(ACTIONS)}{rng.choice(OBJECTS)}{n}{rng.choice(UNITS)}，"
            f"预计投入资金{rng.randint(5, 500)}万元，占{project}总投资的{rng.randint(5, 60)}%"
        )
    return "；".join(sentences) + "。"


def make_spec(rng: random.Random, n: int) -> Spec:
    project = f"{rng.choice(PLACES)}{rng.choice(SUBJECTS)}项目（{n:03d}）"
    chosen = sorted(rng.sample(range(len(ROWS)), rng.randint(8, len(ROWS))))
    rows = []
    for i in chosen:
        level1, level2, name, op, (lo, hi), unit = ROWS[i]
        value = rng.randint(lo, hi)
        if rng.random() < 0.08:
            unit = ""  # a missing unit now and then, for the checker
        rows.append([level1, level2, name, f"{op}{value}", unit, str(rng.choice([5, 10, 15]))])
    budget = rng.randint(50, 3000)
    first = rows[0]
    overall = f"通过实施{project}，{rng.choice(['提升', '改善', '完善'])}公共服务水平，惠及群众。"
    annual = f"{rng.randint(2023, 2026)}年完成{first[2]}{first[3]}{first[4]}，验收合格率达到{rng.randint(90, 100)}%。"
    department = rng.choice(DEPARTMENTS)
    background = [_paragraph(rng, project, department) for _ in range(rng.randint(8, 16))]
    return Spec(project, department, budget, overall, annual, rng.choice(HEADERS), rows, background)


def write_docx(spec: Spec, path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("项目支出绩效目标申报表", level=1)
    for label, value in (("项目名称", spec.project), ("主管部门", spec.department), ("项目资金（万元）", f"{spec.budget}")):
        doc.add_paragraph(f"{label}：{value}")
    doc.add_paragraph("一、项目概况")
    for text in spec.background:
        doc.add_paragraph(text)
    doc.add_paragraph("二、总体目标")
    doc.add_paragraph(spec.overall)
    doc.add_paragraph("三、年度目标")
    doc.add_paragraph(spec.annual)
    doc.add_paragraph("四、绩效指标")
    table = doc.add_table(rows=1 + len(spec.rows), cols=len(spec.header))
    for c, text in enumerate(spec.header):
        table.cell(0, c).text = text
    for r, row in enumerate(spec.rows, 1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.core_properties.author = "bench"
    doc.save(path)


def write_xlsx(spec: Spec, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标表"
    ws.append(["项目支出绩效目标申报表"])
    ws.append(["项目名称", spec.project])
    ws.append(["主管部门", spec.department])
    ws.append(["项目资金（万元）", spec.budget])
    ws.append(["总体目标", spec.overall])
    ws.append(["年度目标", spec.annual])
    ws.append(["项目概况", "\n".join(spec.background)])
    ws.append(spec.header)
    for row in spec.rows:
        ws.append(row)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # "=100" is a target value, not a formula
    wb.save(path)


def write_txt(spec: Spec, path: Path) -> None:
    lines = [
        f"{spec.project}实施方案",
        "一、项目概况",
        f"项目名称：{spec.project}。主管部门：{spec.department}。项目资金{spec.budget}万元。",
        *spec.background,
        "二、总体目标",
        spec.overall,
        "三、年度目标",
        spec.annual,
        "四、绩效指标",
    ]
    for k, row in enumerate(spec.rows, 1):
        lines.append(f"（{k}）{row[2]}：{row[3]}{row[4]}（{row[0]}/{row[1]}）。")
    path.write_bytes(("\n".join(lines) + "\n").encode("gb18030" if len(spec.rows) % 2 else "utf-8"))


def make_documents(out: str | Path, count: int, seed: int = 7) -> list[Path]:
    """``count`` documents in ``out`` (kinds in rotation, two sub-folders), returns their paths."""
    out = Path(out)
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        kind = KINDS[n % len(KINDS)]
        folder = out / ("district-a" if n % 2 else "district-b")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"doc-{n:04d}.{kind}"
        spec = make_spec(rng, n)
        {"docx": write_docx, "xlsx": write_xlsx, "txt": write_txt}[kind](spec, path)
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = make_documents(args.out, args.count, args.seed)
    print(f"{len(paths)} documents in {args.out}")


if __name__ == "__main__":
    main()
