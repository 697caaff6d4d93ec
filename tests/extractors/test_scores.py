"""Score totals: the dimension scores of the running text and the total row of a score table."""
from __future__ import annotations

import pytest

from extractor.document import DocumentBuilder
from extractor.extractors.scores import _number_at, _scores_each, _total_row


@pytest.mark.parametrize("text, expected", [
    ("四个维度分别得分30分、25.5分和20分，合计75.5分。", ([30.0, 25.5, 20.0], "分别得分30分、25.5分和20分")),
    ("分别为18分，22分及30分", ([18.0, 22.0, 30.0], "分别为18分，22分及30分")),
    ("分别得１８分、２２分", ([18.0, 22.0], "分别得１８分、２２分")),
    ("分别得分30分、约25分", None),          # an approximate score ends the list: one score is no list
    ("分别得分30分、20-25分", None),         # so does a range
    ("分别得分30分", None), ("分别得分30分。25分", None), ("分别得分 30分、25分", None),
    ("分别为30%、25%", None), ("得分30分、25分", None),
    ("分别为三十分、二十分", None),          # scores in figures only
    ("分别为5项、6项，分别得分10分、8分", ([10.0, 8.0], "分别得分10分、8分")),
])
def test_scores_each(text, expected):
    assert _scores_each(text) == expected


def _block(*rows):
    b = DocumentBuilder("t.docx", "docx")
    b.add("table", "", page=1, rows=[list(r) for r in rows])
    return b.build(pages=1).tables()[0]


def test_total_row_reads_the_figures_alone():
    block = _block(["指标", "分值", "得分"], ["产出", "50", "45"], ["合计", "100", "92.5", "92.5分", "≥90"])
    assert _total_row(block) == (["合计", "100", "92.5", "92.5分", "≥90"], [100.0, 92.5])
    assert _total_row(_block(["指标", "分值"], ["合计", "优"], ["总分", "98"])) == (["总分", "98"], [98.0])
    assert _total_row(_block(["指标", "分值"], ["小计", "98"])) is None


@pytest.mark.parametrize("cells, col, expected", [
    (["总分", "100"], 1, 100.0), (["总分", "100分"], 1, None), (["总分", "100"], 2, None), (["总分", "100"], None, None),
    (["总分", "1,000"], 1, 1000.0), (["总分", "80-90"], 1, None), (["100", "x"], 0, 100.0),
])
def test_number_at(cells, col, expected):
    assert _number_at(cells, col) == expected


def _report(*paragraphs):
    b = DocumentBuilder("r.docx", "docx")
    for text in paragraphs:
        b.add("paragraph", text, page=2)
    return b.build(pages=2)


def test_dimension_scores_are_parts_of_the_first_stated_grade():
    from extractor.extractors import extract_document
    from extractor.extractors.scores import dimension_score_facts

    doc = _report("综合得分85分，等级为“良”。", "四个维度分别得分30分、25分、20分和10分。")
    ext = extract_document(doc)
    grades = [f for f in ext.facts if f.kind == "grade"]
    found = dimension_score_facts(doc, grades)
    assert [(f.metric, f.kind, f.total, f.parts, f.unit, f.text, f.page) for f in found] == [
        ("维度得分", "sum", 85.0, [30.0, 25.0, 20.0, 10.0], "分", "分别得分30分、25分、20分和10分", 2)]
    assert dimension_score_facts(doc, []) == []
    assert dimension_score_facts(_report("四个维度得分30分、25分。"), grades) == []
    b = DocumentBuilder("r.docx", "docx")
    b.add("table", "", page=1, rows=[["说明"], ["四个维度分别得分30分、25分"]])
    assert dimension_score_facts(b.build(pages=1), grades) == []  # the running text only, no table cell
