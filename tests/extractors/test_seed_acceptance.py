"""Acceptance on the real seed report (text extracted from a PDF; skipped when ../shared/seed is absent).

The expected numbers were read from the report by a person, not taken from the program's output.
"""
from __future__ import annotations

import re

import pytest

from extractor.document import DocumentBuilder
from extractor.extractors import extract_document

# 产出时效: (planned, actual, stated rate) of the seven 计划…实际…如期完成率 statements
TIMELINESS = [(100, 96, 96.00), (27, 25, 92.59), (48, 44, 91.67), (75, 69, 92.00), (66, 59, 89.39), (40, 40, 100.0), (24, 23, 95.83)]
SCORE_TABLE = {"决策": (20, 14.00), "过程": (20, 15.92), "产出": (30, 23.88), "效益": (30, 23.40)}


def paragraphs_document(text: str):
    """One block per paragraph: wrapped lines joined until a line ends a sentence or is short."""
    builder = DocumentBuilder("seed.txt", "text")
    buf: list[str] = []

    def flush():
        if buf:
            builder.add("paragraph", "\n".join(buf), page=None)
            buf.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or re.fullmatch(r"—\s*\d+\s*—", line):
            continue
        buf.append(line)
        if line.endswith(("。", "：")) or len(line) < 20:
            flush()
    flush()
    return builder.build(pages=0)


@pytest.fixture(scope="module", params=["paragraphs", "parser"])
def seed_extraction(request, seed_text, tmp_path_factory):
    if request.param == "paragraphs":
        doc = paragraphs_document(seed_text)
    else:
        from extractor import parse

        path = tmp_path_factory.mktemp("seed") / "seed.txt"
        path.write_text(seed_text, encoding="utf-8")
        doc = parse(path)
    return extract_document(doc)


def test_seven_timeliness_statements(seed_extraction):
    found = [(f.planned, f.actual, f.stated_rate) for f in seed_extraction.facts if f.kind == "completion" and f.stated_text == "如期完成率"]
    assert found == TIMELINESS
    first = next(f for f in seed_extraction.facts if f.planned == 100 and f.actual == 96)
    assert first.unit == "个" and first.decimals == 2 and first.computed_rate == pytest.approx(96.0)
    assert "启动子项目" in first.metric


def test_budget_execution_statement(seed_extraction):
    budget = [f for f in seed_extraction.facts if f.kind == "budget"]
    assert [(f.planned, f.actual, f.stated_rate, f.unit) for f in budget] == [(80692.06, 79420.32, 98.42, "万元")]
    assert budget[0].computed_rate == pytest.approx(98.424, abs=1e-3)


def test_score_table_rows_total_and_grade(seed_extraction):
    rows = {i.name: (i.weight, i.score) for i in seed_extraction.indicators if i.name in SCORE_TABLE}
    assert rows == SCORE_TABLE
    total = next(f for f in seed_extraction.facts if f.kind == "sum" and f.metric == "评价得分")
    assert total.total == pytest.approx(77.20)
    assert total.parts == pytest.approx([14.00, 15.92, 23.88, 23.40])
    grades = [(f.actual, f.stated_text) for f in seed_extraction.facts if f.kind == "grade"]
    assert grades and all(g == (77.20, "中") for g in grades)


def test_project_type_and_aliases(seed_extraction):
    assert seed_extraction.doc_type == "evaluation_report"
    assert seed_extraction.project and "东莞市数字政府建设项目" in seed_extraction.project
    orgs = {o.name: o for o in seed_extraction.organisations}
    assert "市政数局" in orgs["东莞市政务服务数据管理局"].aliases
    assert "广东三胜" in orgs["广东三胜管理顾问有限公司"].aliases
    assert "市政数局" not in orgs
    assert seed_extraction.aliases["《实施方案》"].startswith("《东莞市")


def test_satisfaction_shares_and_subprojects(seed_extraction):
    shares = [f.parts for f in seed_extraction.facts if f.kind == "share"]
    assert [47.62, 42.86] in shares and [59.52, 38.10] in shares
    names = {s.name for s in seed_extraction.subprojects}
    assert {"智慧城管项目（一期）", "智慧人社项目", "区块链基础服务平台"} <= names
