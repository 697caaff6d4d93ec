"""Each piece of domain vocabulary is defined once, in corpora/lexicons/, and read through extractor.nlp.lexicon.

The scan reads the package source (``ast``): a literal tuple/list/set/dict or a regular-expression
alternation that lists three or more words of one vocabulary (units, operator words, vague words,
multipliers, framework names) is a second definition. Docstrings, operator symbols (≥, >=) and
character classes are not lists of words. The few phrase patterns that still name such words are listed
in KNOWN_PATTERNS with where they are; the test fails when a new list appears, and when a listed one is
gone (so the list only shrinks).
"""
from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import yaml

from extractor.nlp import lexicon as L

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "extractor"

# (file, the vocabulary words the literal names): phrase patterns, not vocabulary lists, still to be moved
KNOWN_PATTERNS = {
    ("extractor/extractors/contracts.py", ("年", "月", "周", "日历天", "天", "日", "工作日")),  # ranks of contract periods
    ("extractor/extractors/subprojects.py", ("本", "多个", "加强", "推进")),    # words that open no sub-project name
    ("extractor/extractors/goals.py", ("全面", "完成", "实现", "力争", "推动")),  # verbs that lead a target
}


def _vocabulary() -> dict[str, set[str]]:
    """word -> the vocabularies that list it (万 is a unit of facts and a multiplier)."""
    words: dict[str, set[str]] = {}

    def add(word: str, vocabulary: str) -> None:
        words.setdefault(word, set()).add(vocabulary)

    for unit in L.unit_table():
        add(unit.word, "unit")
    for operator in L.operator_table():
        if L.is_chinese(operator.word):  # symbols such as ≥ are characters, not words
            add(operator.word, "operator")
    for word in L.vague_words():
        add(word, "vague")
    for word in L.multipliers():
        add(word, "multiplier")
    for word in L.answer_words("done_target"):  # the binary values are verbs too (建成, 通过), which phrase
        add(word, "answer")                        # patterns name in senses of their own
    for level1, level2s in L.indicator_taxonomy().items():
        add(level1, "framework")
        for level2 in level2s:
            add(level2, "framework")
    return words


def _per_vocabulary(words, vocabulary) -> Counter:
    return Counter(kind for word in dict.fromkeys(words) if word in vocabulary for kind in vocabulary[word])


def _listed_words(node: ast.AST) -> list[str]:
    """The words a literal lists: items of a collection, or the alternatives of a pattern (``a|b|c``)."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Dict):
        return [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if "|" in node.value:
            pattern = re.sub(r"\[[^\]]*\]", "", node.value)  # character classes are not word lists
            return re.sub(r"\(\?[:=!<]+|[()?*+]", "|", pattern).split("|")
        return node.value.split() if node.value.count(" ") > 3 else []  # "台套 人次 万人次 …".split()
    return []


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
            and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}


def word_lists_in_package() -> set[tuple[str, tuple[str, ...]]]:
    vocabulary = _vocabulary()
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if id(node) in docstrings:
                continue
            words = list(dict.fromkeys(w for w in _listed_words(node) if w in vocabulary))
            per_vocabulary = _per_vocabulary(words, vocabulary)
            if per_vocabulary and max(per_vocabulary.values()) >= 3:
                found.add((path.relative_to(ROOT).as_posix(), tuple(words)))
    return found


def test_no_vocabulary_list_outside_the_lexicons():
    found = word_lists_in_package()
    new = found - KNOWN_PATTERNS
    assert not new, f"vocabulary listed in the source; add it to corpora/lexicons/ and read it via extractor.nlp.lexicon: {sorted(new)}"
    gone = KNOWN_PATTERNS - found
    assert not gone, f"remove these from KNOWN_PATTERNS, they are gone: {sorted(gone)}"


def test_the_scan_finds_a_pasted_list(tmp_path):
    """The scan is not blind: the lists this change removed would be found again."""
    vocabulary = _vocabulary()
    pasted = ast.parse('COUNT = ("台套", "人次", "万人次")\nOPS = r"(?:不低于|不少于|不超过)"\nVAGUE = ["进一步", "有所", "逐步"]\n'
                       'LEVELS = ("产出指标", "效益指标", "满意度指标")\nMULT = {"万": 1e4, "亿": 1e8, "百万": 1e6}\n'
                       'DONE = frozenset(("全部完成", "按时完成", "达标", "合格"))\n')
    kinds = [_per_vocabulary(_listed_words(node), vocabulary) for node in ast.walk(pasted) if _listed_words(node)]
    assert sorted(k.most_common(1)[0][0] for k in kinds if max(k.values()) >= 3) == [
        "answer", "framework", "multiplier", "operator", "unit", "vague"]


def test_each_lexicon_word_is_listed_once():
    for words in ([u.word for u in L.unit_table()], [o.word for o in L.operator_table()], [w for w, *_ in L._vague_table()],
                  [w for w, *_ in L._multiplier_table()], L.answer_words("yes_no", "done_target", "binary_value"),
                  L.reason_words()):
        repeated = [w for w, n in Counter(words).items() if n > 1]
        assert not repeated, repeated
    taxonomy = L.indicator_taxonomy()
    # 成本指标 is a 二级 of 88号 and the 一级 of 101号, the one name allowed twice
    names = [*taxonomy, *(l2 for level2s in taxonomy.values() for l2 in level2s if l2 != "成本指标")]
    assert len(names) == len(set(names))


def test_rules_yaml_names_lexicon_lists_instead_of_repeating_them():
    settings = yaml.safe_load((ROOT / "corpora" / "rules.yaml").read_text(encoding="utf-8"))["settings"]
    for name in ("count_units", "money_units", "single_item_units", "reach_words", "required_output_dimensions",
                 "binary_values"):
        assert str(settings[name]).startswith("lexicon:"), name
    assert all(str(v).startswith("lexicon:") for v in settings["vague_words"].values())
    # no other setting is mostly one vocabulary (growth_words or outcome_words share a few words, a concept of their own)
    vocabulary = _vocabulary()
    for name, value in settings.items():
        for words in value.values() if isinstance(value, dict) else [value]:
            if isinstance(words, list):
                kinds = _per_vocabulary([w for w in words if isinstance(w, str)], vocabulary)
                assert not kinds or max(kinds.values()) * 2 <= len(words), (name, kinds)


def test_readers_take_their_words_from_the_lexicon():
    from extractor.checker.config import default_config
    from extractor.extraction import LEVEL1, LEVEL2, LEVEL2_COST_101
    from extractor.extractors import facts
    from extractor.extractors.forms import columns
    from extractor.nlp import quantities

    settings = default_config().settings
    assert quantities.UNITS == L.units() and "人次" in L.units()
    assert facts.COUNT_UNITS == L.units_for("facts")
    assert settings.count_units == L.units_for("checker_count") and "人次" in settings.count_units
    assert settings.binary_values == L.answer_words("binary_value") and "已建成" in settings.binary_values
    assert columns.YES_NO_ANSWERS == set(L.answer_words("yes_no")) and columns._DONE_TARGETS == set(L.answer_words("done_target"))
    assert settings.vague_words["change_adverbs"] == L.vague_for("change_adverb") and "进一步" in L.vague_for("change_adverb")
    assert quantities._MULTIPLIERS == L.multipliers() == {"万": 1e4, "亿": 1e8, "千": 1e3, "百万": 1e6}
    assert set(LEVEL1) == set(L.indicator_taxonomy())
    assert LEVEL2 == L.level2_names("88") and LEVEL2_COST_101 == L.level2_names("101")
    from extractor.extractors import labelled_prose
    assert all(labelled_prose.reason_given(f"实际完成98%，{word}") for word in L.reason_words())
    assert labelled_prose.reason_given("实际租机7架，未完成指标") == ""


def test_unknown_lexicon_reference_is_a_usage_error():
    import pytest

    from extractor.checker.config import load_config
    from extractor.errors import UsageError

    with pytest.raises(UsageError, match="unknown lexicon list"):
        load_config({"settings": {"count_units": "lexicon:units/no_such_use"}})


def test_number_reading_follows_the_lexicon_uses_of_periods_ranges_and_populations():
    """The period, range and population words of number reading are the lexicon's, each use read as named."""
    from extractor.nlp.quantities import find_quantities, is_vague, parse_operator

    assert L.units_for("recent_period") and all(not is_vague(f"近3{w}") for w in L.units_for("recent_period"))
    assert is_vague("近3个") and is_vague("近3项")
    assert L.units_for("within_period") and all(parse_operator(f"5{w}内") == "<=" for w in L.units_for("within_period"))
    assert parse_operator("5元内") is None
    for unit in L.units_for("range_bound"):
        (q,) = find_quantities(f"80{unit}-90{unit}")
        assert (q.operator, q.value, q.upper) == ("range", 80, 90), unit
    assert all(is_vague(f"20{w}个") for w in L.vague_for("after_numeral"))
    for population in L.units_for("population"):
        (q,) = find_quantities(f"发病率1/10万{population}")
        assert q.unit == f"/10万{population}", population


def test_level_affixes_role_cues_and_link_stop_words_are_the_lexicons():
    """The operator words around a qualitative level, the operator words that make a sentence state an indicator
    and the words names may share without being linked are read from the lexicon, each as its use names."""
    from extractor.checker.text import level_core
    from extractor.graph.link import tokens
    from extractor.nlp import classify
    from extractor.nlp.classify import rule_role

    assert L.operators_for("level_affix", "before") and L.operators_for("level_affix", "after")
    assert all(level_core(f"{w}良好") == "良好" for w in L.operators_for("level_affix", "before"))
    assert all(level_core(f"合格{w}") == "合格" for w in L.operators_for("level_affix", "after"))
    assert level_core("高于良好") == "高于良好"  # an operator word without the use stays
    states_indicator = dict(classify._ROLE_RULES_RE)["indicator"]  # 不高于 also reads as a problem (不高) first
    assert L.operators_for("role_cue") and all(states_indicator.search(f"群众满意度{w}90%") for w in L.operators_for("role_cue"))
    assert rule_role("群众满意度不低于90%") == "indicator" and not states_indicator.search("群众满意度高于90%")
    assert "提高" in L.link_stop_words() and "满意度" not in L.link_stop_words()
    assert tokens("提高群众满意度") == {"群众", "满意度"} - L.link_stop_words()


def test_the_chinese_character_range_is_spelled_once():
    """Patterns say [{HAN}] (extractor.nlp.script); a second spelling (…\\u9fa5 or …\\u9fff) could drift from it."""
    spelled = re.compile(r"\\u4e00-\\u9f[0-9a-f]{2}|\"\\u4e00\"")
    places = sorted(path.relative_to(ROOT).as_posix() for path in PACKAGE.rglob("*.py") if spelled.search(path.read_text("utf-8")))
    assert places == ["extractor/nlp/script.py"]
    from extractor.nlp.script import HAN_CHAR

    assert HAN_CHAR.findall("绩效a9指标") == list("绩效指标")
