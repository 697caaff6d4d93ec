"""Reflow rules on synthetic character records (no PDF needed)."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.layout.reflow import (
    Frame,
    Line,
    ReflowContext,
    build_lines,
    continues,
    ends_sentence,
    is_page_number,
    join_text,
    reflow,
    remove_running_lines,
    split_footnotes,
    squeeze_cjk_spaces,
)


def chars(text, x=72.0, top=100.0, size=12.0, advance=None, fontname="Song"):
    """One character record per character, laid out left to right."""
    out = []
    step = advance or size
    for ch in text:
        out.append({"text": ch, "x0": x, "x1": x + step, "top": top, "bottom": top + size, "size": size, "fontname": fontname})
        x += step
    return out


def line(text, page=1, x0=72.0, top=100.0, x1=None, size=12.0, bold=False):
    return Line(text=text, page=page, x0=x0, top=top, x1=x1 if x1 is not None else x0 + size * len(text), bottom=top + size, size=size, bold=bold)


CTX = ReflowContext(frames={1: Frame(72.0, 520.0), 2: Frame(72.0, 520.0)}, body_size=12.0)


def test_no_space_between_han_characters_even_with_wide_gaps():
    justified = chars("项目绩效评价", advance=20.0)  # 8 pt gaps between glyphs
    [only] = build_lines(justified, page=1)
    assert only.text == "项目绩效评价"


def test_real_space_between_han_characters_dropped():
    assert squeeze_cjk_spaces("摘  要") == "摘要"
    assert squeeze_cjk_spaces("English words") == "English words"


def test_space_added_between_latin_words_only():
    recs = chars("ab", x=72) + chars("cd", x=72 + 24 + 6)  # a 6 pt gap between the words
    [only] = build_lines(recs, page=1)
    assert only.text == "ab cd"


def test_fake_bold_duplicates_removed_and_line_marked_bold():
    text = chars("绩效目标")
    doubled = text + [dict(c, x0=c["x0"] + 0.4, x1=c["x1"] + 0.4) for c in text]
    [only] = build_lines(doubled, page=1)
    assert only.text == "绩效目标"
    assert only.bold


def test_repeated_characters_far_apart_are_kept():
    [only] = build_lines(chars("哈哈哈"), page=1)
    assert only.text == "哈哈哈"


def _raised(digit, x):
    return {"text": digit, "x0": x, "x1": x + 4, "top": 98.0, "bottom": 105.0, "size": 7.0, "fontname": "Song"}


def test_raised_footnote_reference_does_not_glue_onto_number():
    body = chars("资金1,200万元", size=12.0)
    sup = _raised("1", body[-1]["x1"])
    tail = chars("，已到位", x=sup["x1"])
    [only] = build_lines(body + [sup] + tail, page=1)
    assert only.text == "资金1,200万元，已到位"
    assert only.refs == ["1"]


def test_raised_digit_after_latin_letter_is_an_exponent():
    body = chars("面积m", size=12.0)
    [only] = build_lines(body + [_raised("2", body[-1]["x1"])], page=1)
    assert only.text == "面积m2" and only.refs == []


def test_raised_number_opening_small_line_is_footnote_marker():
    note = chars("说明：含结转资金。", x=80, top=700, size=9.0)
    sup = {"text": "1", "x0": 72, "x1": 76, "top": 699.0, "bottom": 705.0, "size": 5.0, "fontname": "Song"}
    lines = build_lines([sup] + note, page=1)
    body, notes = split_footnotes(lines, body_size=12.0)
    assert body == [] and [(n.marker, n.text) for n in notes] == [("1", "说明：含结转资金。")]


def test_lines_ordered_top_to_bottom():
    recs = chars("第二行", top=130) + chars("第一行", top=100)
    assert [l.text for l in build_lines(recs, page=1)] == ["第一行", "第二行"]


def test_join_text_spaces_only_latin_word_wraps():
    assert join_text("评价组对市", "城市管理局") == "评价组对市城市管理局"
    assert join_text("English", "words") == "English words"
    assert join_text("完成率", "95.83%。") == "完成率95.83%。"


def test_sentence_end_with_closing_quote():
    assert ends_sentence("等级为“中”。")
    assert ends_sentence("评价认为：")
    assert ends_sentence("（详见附表。）")
    assert not ends_sentence("评价基准日为")


def test_full_line_without_sentence_end_continues():
    a = line("为全面实施预算绩效管理提高财政资金使用效益受市财政局委托评价组对市城市", x1=518)
    b = line("管理局主管的项目实施绩效评价。", top=118)
    assert continues(a, b, CTX)
    assert [p.text for p in reflow([a, b], CTX)] == ["为全面实施预算绩效管理提高财政资金使用效益受市财政局委托评价组对市城市管理局主管的项目实施绩效评价。"]


def test_numbered_line_broken_before_a_number_that_did_not_fit_continues():
    # LibreOffice wraps "3000" whole: the first line stops two characters short and reads like a heading
    a = line("（三）完成中小学教师信息技术应用能力培训不少于", x1=520 - 2 * 12)
    b = line("3000 人次。", top=118)
    assert continues(a, b, CTX)
    short = line("（三）资金使用情况", x1=72 + 9 * 12)
    assert not continues(short, line("2023年度项目资金到位情况如下。", top=118), CTX)


def test_paragraph_continues_across_page_break():
    a = line("为全面实施预算绩效管理提高财政资金使用效益受市财政局委托评价组对市城市", page=1, top=740, x1=518)
    b = line("管理局主管的项目实施绩效评价。", page=2, top=72)
    assert continues(a, b, CTX)


def test_sentence_end_breaks_paragraph_without_first_line_indent():
    a = line("项目计划建设点位120个实际建成115个完成率95.83%。", x1=518)
    b = line("项目预算资金合计1,200.00万元。", top=118)
    assert not continues(a, b, CTX)


def test_never_join_into_numbered_line():
    a = line("资金使用情况良好，具体如下", x1=518)
    b = line("（一）资金到位情况", top=118)
    assert not continues(a, b, CTX)


def test_short_line_without_punctuation_ends_paragraph():
    a = line("项目概况", x1=72 + 48)
    b = line("本项目于2023年启动。", top=118)
    assert not continues(a, b, CTX)


def test_indented_line_starts_new_paragraph():
    a = line("为全面实施预算绩效管理提高财政资金使用效益受市财政局委托评价组对市城市", x1=518)
    b = line("评价组认为项目总体完成良好。", x0=96, top=118)
    assert not continues(a, b, CTX)


def test_a_wrapped_line_of_a_paragraph_indented_as_a_whole_continues():
    # blind59 桂林 海绵城市: a list item with a left indent, wrapped by LibreOffice inside a name
    a = line("①数量指标:雨水资源化利用125万吨/年;推进立法或长效机制建设;拟开展的海绵城", x0=93, x1=516)
    b = line("市建设培训、宣传次数每季度不少于1次,合计不少于4次。", x0=93, top=118)
    assert continues(a, b, CTX)
    # as far in, after a line that ends its sentence: the next paragraph of the indented block; a full line's
    # closing ； is a clause of the same item (…内涝积水区段消除比例达到40%; │ 中心城区防洪标准…)
    done = line("①数量指标:雨水资源化利用125万吨/年;推进立法或长效机制建设;完成宣传4次。", x0=93, x1=516)
    assert not continues(done, b, CTX)
    clause = line("涝防治标准基本达到20年一遇(242.5mm/24h);内涝积水区段消除比例达到40%;", x0=93, x1=516)
    assert continues(clause, line("中心城区防洪标准基本达到100年一遇,雁", x0=93, top=118), CTX)
    assert not continues(line("内涝积水区段消除比例达到40%;", x0=93, x1=93 + 17 * 12),
                         line("中心城区防洪标准基本达到100年一遇,雁", x0=93, top=118), CTX)
    # as far in within a few points (the renderer's jitter), not half a character further
    assert continues(a, line(b.text, x0=93 + 3, top=118), CTX)
    assert not continues(a, line(b.text, x0=93 + 6, top=118), CTX)
    # further in than the line before: a new paragraph's first-line indent
    assert not continues(line("为全面实施预算绩效管理提高财政资金使用效益受市财政局委托评价组对市城市", x1=518),
                         line("评价组认为项目总体完成良好。", x0=96, top=118), CTX)


def test_bold_heading_line_not_joined_with_body():
    a = line("项目基本情况", bold=True, x1=500)
    b = line("本项目于2023年启动，建设内容包括视频监控点位。", top=118)
    assert not continues(a, b, CTX)


def test_page_number_patterns():
    for text in ["— 5 —", "-5-", "5", "第5页 共20页", "第 5 页", "5/20", "Page 3 of 9", "- 12 -", "iv"]:
        assert is_page_number(text), text
    for text in ["2023年", "第5条", "5个", "一、"]:
        assert not is_page_number(text), text


def test_page_number_footer_removed():
    pages = [[line("正文内容", top=300), line(f"— {n} —", top=800)] for n in (1, 2, 3)]
    cleaned = remove_running_lines(pages, [842.0] * 3)
    assert [[l.text for l in p] for p in cleaned] == [["正文内容"]] * 3


def test_running_header_removed_only_when_repeated_at_same_height():
    pages = [
        [line("某项目绩效评价报告", top=40), line(f"第{n}段正文", top=300), line("结尾行在页底", top=760 + 30 * (n % 2))]
        for n in (1, 2, 3, 4)
    ]
    cleaned = remove_running_lines(pages, [842.0] * 4)
    texts = [[l.text for l in p] for p in cleaned]
    assert all("某项目绩效评价报告" not in t for t in texts)
    assert all(f"第{n}段正文" in t for n, t in zip((1, 2, 3, 4), texts))


def test_single_page_body_line_with_digits_not_removed():
    pages = [[line("120个", top=300)]]
    assert remove_running_lines(pages, [842.0])[0][0].text == "120个"


def test_small_font_bracket_footnote_split_off():
    lines = [line("项目预算资金1,200万元[1]。", top=300), line("[1] 说明：含上年结转资金。", top=700, size=9.0)]
    body, notes = split_footnotes(lines, body_size=12.0)
    assert [l.text for l in body] == ["项目预算资金1,200万元[1]。"]
    assert [(n.marker, n.text) for n in notes] == [("[1]", "说明：含上年结转资金。")]


def test_bare_number_below_footnote_rule_is_footnote():
    lines = [line("正文。", top=300), line("1说明：预算含结转。", top=760, size=9.0)]
    body, notes = split_footnotes(lines, body_size=12.0, rule_top=755.0)
    assert [(n.marker, n.text) for n in notes] == [("1", "说明：预算含结转。")]
    assert len(body) == 1


def test_body_size_bracket_text_is_not_footnote():
    lines = [line("[1] 正文中的引用编号", top=300)]
    body, notes = split_footnotes(lines, body_size=12.0)
    assert notes == [] and len(body) == 1



_GLYPH = st.tuples(st.sampled_from("项目绩效ab1。 （"), st.floats(0, 400), st.floats(0, 60), st.sampled_from([9.0, 12.0]))


@settings(max_examples=150, deadline=None)
@given(st.lists(_GLYPH, max_size=40))
def test_build_lines_never_puts_space_between_han_characters_property(glyphs):
    recs = [{"text": t, "x0": x, "x1": x + size, "top": y, "bottom": y + size, "size": size, "fontname": ""} for t, x, y, size in glyphs]
    for built in build_lines(recs, page=1):
        assert not re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", built.text)
