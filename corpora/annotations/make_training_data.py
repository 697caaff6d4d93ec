"""Write the two annotated corpora of the classifiers (all text written by the project).

    python corpora/annotations/make_training_data.py      # rewrites dimensions.jsonl and roles.jsonl

- ``dimensions.jsonl``: indicator names with their canonical 一级/二级 (README "JSON contracts").
- ``roles.jsonl``: sentences of performance documents with their role
  (goal, indicator, evidence, problem, recommendation, other).

Names and sentences are composed from domain-specific object lists (``data_domains``) × measure
and sentence templates (``data_templates``), plus hand-written items. The split is fixed in the files
and chosen so that the test split measures generalisation: a composed dimension item goes to
``test`` when its object (every 8th of a domain's list) *or* its measure template (the last ones of each
list, written as paraphrases of earlier ones) is held out, a composed sentence when its sentence template
is held out; hand-written items are split by a stable hash. Any test item whose
text also occurs in the project's sample documents (corpora/samples/sample_content.py) or in the
indicator taxonomy is moved to ``train``, and an item text is never in two splits.
"""
from __future__ import annotations

import json
import random
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from data_domains import DOMAINS  # noqa: E402
from data_templates import (  # noqa: E402
    DIMENSION_TEMPLATES,
    HAND_DIMENSIONS,
    HAND_ROLES,
    NEUTRAL_LEAD_INS,
    ROLE_TEMPLATES,
)

SEED = 20240601
PARENT = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "成本指标": "产出指标",
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
}
ROLES = ("goal", "indicator", "evidence", "problem", "recommendation", "other")
HELD_DIMENSION_TEMPLATES = 3  # per 二级: last 3 templates test, 3 before dev
HELD_SENTENCE_TEMPLATES = 4  # per role
OBJECTS_PER_TEMPLATE = 2  # objects drawn per (domain, dimension template)
FILLS_PER_TEMPLATE = 3  # fillings drawn per (domain, sentence template)
LEAD_IN_SHARE = 0.3  # share of composed sentences (not indicator lines) given a neutral lead-in


def held_out(index: int, period: int, offset: int) -> bool:
    return index % period == offset


def split_of_index(index: int, period: int) -> str:
    """Every ``period``-th item (offset 2) is test, the next (offset 4) dev, the rest train."""
    if held_out(index, period, 2):
        return "test"
    if held_out(index, period, 4):
        return "dev"
    return "train"


def split_of_position(index: int, length: int, held: int) -> str:
    """The last ``held`` templates of a list are test, the ``held`` before them dev, the rest train."""
    if index >= length - held:
        return "test"
    if index >= length - 2 * held:
        return "dev"
    return "train"


def split_of_text(text: str) -> str:
    bucket = zlib.crc32(text.encode("utf-8")) % 10
    return "test" if bucket < 2 else "dev" if bucket < 3 else "train"


def combine(a: str, b: str) -> str:
    """The stricter of two splits (test > dev > train)."""
    order = {"train": 0, "dev": 1, "test": 2}
    return a if order[a] >= order[b] else b


def dimension_items(rng: random.Random) -> list[dict]:
    items = []
    for level2, templates in DIMENSION_TEMPLATES.items():
        for t_index, template in enumerate(templates):
            t_split = split_of_position(t_index, len(templates), HELD_DIMENSION_TEMPLATES)
            for domain, spec in DOMAINS.items():
                objects = list(enumerate(spec["objects"]))
                for o_index, obj in rng.sample(objects, min(OBJECTS_PER_TEMPLATE, len(objects))):
                    split = combine(t_split, split_of_index(o_index, 8))
                    items.append(
                        record(template.format(obj=obj, who=rng.choice(spec["people"])), level2, split, domain, f"template:{level2}:{t_index}")
                    )
    for domain, pairs in HAND_DIMENSIONS.items():
        for name, level2 in pairs:
            items.append(record(name, level2, split_of_text(name), domain, "hand"))
    return items


def record(text: str, label: str, split: str, domain: str, source: str) -> dict:
    out = {"text": text, "label": label}
    if label in PARENT:
        out["level1"] = PARENT[label]
        out["level2"] = label
    out.update(split=split, domain=domain, source=source)
    return out


def role_items(rng: random.Random) -> list[dict]:
    items = []
    for role, templates in ROLE_TEMPLATES.items():
        for t_index, template in enumerate(templates):
            t_split = split_of_position(t_index, len(templates), HELD_SENTENCE_TEMPLATES)
            for domain, spec in DOMAINS.items():
                for _ in range(FILLS_PER_TEMPLATE if rng.random() < 0.55 else 0):
                    if role != "indicator" and rng.random() < LEAD_IN_SHARE:
                        template_text = rng.choice(NEUTRAL_LEAD_INS) + template
                    else:
                        template_text = template
                    text = fill(template_text, spec, rng)
                    items.append(record(text, role, t_split, domain, f"template:{role}:{t_index}"))
    for domain, pairs in HAND_ROLES.items():
        for text, role in pairs:
            items.append(record(text, role, split_of_text(text), domain, "hand"))
    return items


def fill(template: str, spec: dict, rng: random.Random) -> str:
    year = rng.choice([2022, 2023, 2024, 2025, 2026])
    percent = rng.choice([60, 70, 75, 80, 85, 90, 92, 95, 98, 99, 100, 65.5, 88.6, 93.4, 96.2, 78.3])
    values = {
        "obj": rng.choice(spec["objects"]),
        "obj2": rng.choice(spec["objects"]),
        "who": rng.choice(spec["people"]),
        "org": rng.choice(spec["orgs"]),
        "aim": rng.choice(spec["aims"]),
        "ind": rng.choice(spec["indicators"]),
        "issue": rng.choice(spec["issues"]),
        "issue2": rng.choice(spec["issues"]),
        "act": rng.choice(spec["actions"]),
        "act2": rng.choice(spec["actions"]),
        "year": year,
        "year0": year - rng.choice([1, 2, 3]),
        "month": rng.randint(1, 12),
        "day": rng.randint(1, 28),
        "pct": percent,
        "pct2": round(percent * rng.choice([0.8, 0.9, 0.95, 1.02]), 1),
        "num": rng.choice([3, 5, 8, 12, 15, 20, 26, 30, 45, 60, 120, 300, 1500, 2600]),
        "num2": rng.choice([2, 4, 7, 10, 18, 25, 40, 55, 98, 260, 1200]),
        "money": rng.choice([85.6, 120, 356.8, 500, 1280.5, 2300, 4650, 12000]),
        "money2": rng.choice([60.2, 98.5, 300.4, 455, 1100, 2050.7, 3980]),
        "unit": rng.choice(spec["units"]),
        "n_cn": rng.choice(["两", "三", "四", "五"]),
    }
    return template.format(**values)


def leak_texts() -> set[str]:
    """Texts of the project's own samples and taxonomy: they must not be test items."""
    import re

    root = HERE.parent
    texts: set[str] = set()
    sample = (root / "samples" / "sample_content.py").read_text(encoding="utf-8")
    texts.update(re.findall(r"[\"“]([^\"”\n]{2,60})[\"”]", sample))
    taxonomy = (root / "lexicons" / "framework.yaml").read_text(encoding="utf-8")  # typical names: [a, b]
    for names in re.findall(r"\[([^\]]*)\]", taxonomy):
        texts.update(n.strip() for n in names.split(","))
    return texts


def finalise(items: list[dict], leaks: set[str]) -> list[dict]:
    """Drop repeated texts (first wins, train kept over others) and move sample texts out of test."""
    by_text: dict[str, dict] = {}
    for item in sorted(items, key=lambda i: {"train": 0, "dev": 1, "test": 2}[i["split"]]):
        if item["text"] in by_text:
            continue
        if item["split"] != "train" and item["text"] in leaks:
            item["split"] = "train"
        by_text[item["text"]] = item
    order = {id(i): k for k, i in enumerate(items)}
    return sorted(by_text.values(), key=lambda i: order[id(i)])


def write(path: Path, items: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


def summary(name: str, items: list[dict]) -> str:
    splits = {s: sum(1 for i in items if i["split"] == s) for s in ("train", "dev", "test")}
    labels = sorted({i["label"] for i in items})
    return f"{name}: {len(items)} items, {splits}, {len(labels)} labels, {len({i['domain'] for i in items})} domains"


def main() -> None:
    leaks = leak_texts()
    dims = finalise(dimension_items(random.Random(SEED)), leaks)
    roles = finalise(role_items(random.Random(SEED + 1)), leaks)
    write(HERE / "dimensions.jsonl", dims)
    write(HERE / "roles.jsonl", roles)
    print(summary("dimensions.jsonl", dims))
    print(summary("roles.jsonl", roles))


if __name__ == "__main__":
    main()
