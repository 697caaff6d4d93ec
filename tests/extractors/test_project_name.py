"""The project name comes from the 项目名称 field or, failing that, from the document title."""
from __future__ import annotations

import pytest

from extractor.document import DocumentBuilder
from extractor.extractors import project_name


def _doc(*paragraphs: str):
    builder = DocumentBuilder("t.docx", "docx")
    for text in paragraphs:
        builder.add("paragraph", text)
    return builder.build(pages=0)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("2024年度智慧城管二期项目绩效评价报告（节选）", "2024年度智慧城管二期项目"),
        ("江州市智慧城管二期项目系统集成合同（节选）", "江州市智慧城管二期项目"),
        ("乡村道路提档升级项目绩效自评报告", "乡村道路提档升级项目"),
    ],
)
def test_title_with_bracketed_note_gives_the_project(title, expected):
    assert project_name(_doc(title, "一、项目基本情况"), {}) == expected


def test_field_wins_over_title():
    doc = _doc("2024年度智慧城管二期项目绩效评价报告")
    assert project_name(doc, {"项目名称": "智慧城管二期"}) == "智慧城管二期"
