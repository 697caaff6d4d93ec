"""Text parser: encoding detection (or refusal), paragraphs, wrapped-line joining, numbered headings."""
from __future__ import annotations

import codecs
import random

import pytest

from extractor.errors import EmptyDocument, EncodingUnknown
from extractor.parsers.text import decode_bytes, parse_text, split_paragraphs

PLAN = (
    "智慧城管二期建设实施方案\n"
    "\n"
    "一、总体目标\n"
    "\n"
    "到2024年底，建成覆盖全市的城市运行管理服务平台，接入视频监控不少于500路，\n"
    "案件按期结案率达到95%以上。\n"
    "\n"
    "（一）年度目标\n"
    "2023年完成平台一期功能开发并上线运行。\n"
    "\n"
    "1.建设内容\n"
)


@pytest.mark.parametrize(
    "encoding, recorded",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-bom"),
        ("gbk", "gbk"),
        ("utf-16", "utf-16-bom"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_encodings_are_detected_and_recorded(tmp_path, encoding, recorded):
    path = tmp_path / "plan.txt"
    path.write_bytes(PLAN.encode(encoding))
    doc = parse_text(path)
    assert doc.metadata["encoding"] == recorded
    assert doc.blocks[0].text == "智慧城管二期建设实施方案"
    assert "案件按期结案率达到95%以上。" in doc.text


def test_gb18030_text_beyond_gbk_is_recorded_as_gb18030():
    text = PLAN + "附：生僻字𠮷。\n"
    decoded = decode_bytes(text.encode("gb18030"))
    assert decoded.encoding == "gb18030"
    assert decoded.text == text


def test_short_gbk_text_is_not_misread_as_another_cjk_codec():
    data = "项目绩效目标：完成率不低于95%。".encode("gbk")
    assert decode_bytes(data).text == "项目绩效目标：完成率不低于95%。"


def test_random_bytes_are_encoding_unknown_not_garbage():
    rnd = random.Random(7)
    data = bytes(rnd.randrange(128, 256) for _ in range(4000))
    with pytest.raises(EncodingUnknown):
        decode_bytes(data, source="x.txt")


def test_latin1_bytes_read_as_gbk_garbage_are_refused():
    # Western text in a single-byte code page decodes under GB18030 into rare characters
    data = ("Café déjà vu, naïve façade; " * 30).encode("latin-1")
    try:
        decoded = decode_bytes(data)
    except EncodingUnknown:
        return
    assert "Café" in decoded.text  # if accepted, it must be the right reading


def test_bom_that_does_not_decode_is_refused():
    with pytest.raises(EncodingUnknown):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd bad")


def test_blank_lines_separate_paragraphs_and_wrapped_lines_join_without_space(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(PLAN, encoding="utf-8")
    doc = parse_text(path)
    texts = [b.text for b in doc.blocks]
    assert texts == [
        "智慧城管二期建设实施方案",
        "一、总体目标",
        "到2024年底，建成覆盖全市的城市运行管理服务平台，接入视频监控不少于500路，案件按期结案率达到95%以上。",
        "（一）年度目标",
        "2023年完成平台一期功能开发并上线运行。",
        "1.建设内容",
    ]
    headings = [(b.text, b.level) for b in doc.blocks if b.kind == "heading"]
    assert headings == [("一、总体目标", 1), ("（一）年度目标", 2), ("1.建设内容", 3)]


def test_without_blank_lines_each_line_is_a_paragraph_unless_hard_wrapped():
    text = (
        "一、基本情况\n"
        "本项目由市城管局组织实施，总投资1200万元，其中财政资金1000万元，\n"
        "自筹资金200万元。\n"
        "项目于2023年6月通过验收。\n"
        "Smart city platform phase two was delivered on time and the acceptance\n"
        "report was signed.\n"
    )
    paras = [p.text for p in split_paragraphs(text)]
    assert paras == [
        "一、基本情况",
        "本项目由市城管局组织实施，总投资1200万元，其中财政资金1000万元，自筹资金200万元。",
        "项目于2023年6月通过验收。",
        "Smart city platform phase two was delivered on time and the acceptance report was signed.",
    ]


def test_paragraph_spans_point_into_the_decoded_text():
    text = "  一、目标\n\n　　第一行文字，\n第二行。\n"
    for para in split_paragraphs(text):
        start, end = para.span
        assert text[start:end].replace("\n", "") == para.text


def test_numbered_sentences_are_list_items(tmp_path):
    path = tmp_path / "l.txt"
    path.write_text("1.完成平台建设。\n2.完成人员培训不少于200人次。\n", encoding="utf-8")
    doc = parse_text(path)
    assert [(b.kind, b.number) for b in doc.blocks] == [("list_item", "1."), ("list_item", "2.")]


def test_whitespace_only_text_is_empty_document(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\u3000\n", encoding="utf-8")
    with pytest.raises(EmptyDocument):
        parse_text(path)


def test_plan_gbk_sample_is_read_as_gbk(samples):
    from extractor import parse

    assert parse(samples / "plan-gbk.txt").metadata["encoding"] == "gbk"


def test_double_spaced_text_with_page_footers_reflows():
    lines = ["一、项目基本情况", "为全面实施预算绩效管理，提高财政资金使用效益，受", "市财政局委托，评价组对数字政府建设项目实施第",
             "— 5 —", "三方绩效评价，评价基准日为2021年12月31日。", "（一）项目概况", "项目于2019年启动，分三年实施。"]
    text = "\n\n".join(lines) + "\n"
    assert [p.text for p in split_paragraphs(text)] == [
        "一、项目基本情况",
        "为全面实施预算绩效管理，提高财政资金使用效益，受市财政局委托，评价组对数字政府建设项目实施第三方绩效评价，"
        "评价基准日为2021年12月31日。",
        "（一）项目概况",
        "项目于2019年启动，分三年实施。",
    ]


def test_seed_report_text_reflows_into_numbered_clauses(seed_text, tmp_path):
    from extractor import parse

    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    doc = parse(path)
    assert [c.number for c in doc.clauses][:5] == ["一、", "二、", "三、", "四、", "五、"]
    assert not any(b.text.startswith("— ") for b in doc.blocks)  # page footers dropped
    # wrapped lines joined: far fewer blocks than non-blank lines
    assert len(doc.blocks) < sum(1 for line in seed_text.splitlines() if line.strip()) / 3
