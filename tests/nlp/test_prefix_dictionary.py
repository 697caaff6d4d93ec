"""jieba's prefix dictionary filled per first character (extractor.nlp.prefix_dictionary): the same cuts as a
tokenizer holding the whole dictionary, only the entries a text reaches loaded, and nothing global touched."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jieba
import pytest

from extractor.nlp.prefix_dictionary import LazyTokenizer, pack

ROOT = Path(__file__).resolve().parents[2]

# jieba's dict.txt format: word, frequency, flag. Prefixes shared across words, a word whose prefix is no
# word (绩效目 only as a prefix), single characters, Latin and digits.
DICTIONARY = """绩效 300 n
绩效目标 200 n
绩效评价 150 vn
目标 500 n
评价 400 vn
项目 600 n
完成 700 v
完成率 90 n
率 50 n
达到 300 v
以上 200 f
满意度 80 n
不低于 60 c
服务 400 vn
对象 300 n
APP 10 eng
5G 5 eng
"""

TEXTS = [
    "项目绩效目标完成率达到95%以上",
    "服务对象满意度不低于90%，绩效评价完成",
    "物联网平台局是建设单位，APP与5G覆盖",  # words of no dictionary: jieba's HMM
    "",
]


@pytest.fixture
def whole(tmp_path) -> jieba.Tokenizer:
    path = tmp_path / "dict.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    tokenizer = jieba.Tokenizer(str(path))
    tokenizer.tmp_dir = str(tmp_path)
    tokenizer.initialize()
    return tokenizer


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def test_blocks_hold_every_entry_once_under_its_first_two_characters(whole):
    import marshal

    unpacked = {}
    for first, block in pack(whole.FREQ).items():
        for second, entries in marshal.loads(block).items():
            if second == "":
                unpacked[first] = entries  # the character's own frequency
                continue
            entries = marshal.loads(entries)
            assert {word[:2] for word in entries} == {first + second}
            assert not unpacked.keys() & entries.keys()
            unpacked.update(entries)
    assert unpacked == whole.FREQ
    assert "绩效目" in unpacked and unpacked["绩效目"] == 0  # a prefix only


@pytest.mark.parametrize("hmm", [True, False])
def test_cuts_are_those_of_the_whole_dictionary(whole, hmm):
    lazy = LazyTokenizer(pack(whole.FREQ), whole.total)
    for text in TEXTS:
        assert lazy.lcut(text, HMM=hmm) == whole.lcut(text, HMM=hmm), text
        assert lazy.lcut(text, cut_all=True) == whole.lcut(text, cut_all=True), text
        assert lazy.lcut_for_search(text) == whole.lcut_for_search(text), text


def test_only_the_entries_a_text_reaches_are_loaded(whole):
    lazy = LazyTokenizer(pack(whole.FREQ), whole.total)
    assert lazy.FREQ == {}
    lazy.lcut("绩效达到目")
    assert set(lazy.FREQ) == {w for w in whole.FREQ if w in "绩效达到目" and len(w) == 1
                              or w[:2] in _pairs("绩效达到目")}
    assert lazy.FREQ["绩效目"] == 0 and "目标" not in lazy.FREQ  # 绩效 reached, 目标 not (no 标 in the text)


def test_overrides_replace_and_add_entries_like_add_word(whole):
    """Our words are what jieba's add_word changed in its dictionary; loaded with their first character."""
    base = dict(whole.FREQ)
    for word, freq in [("完成率达到", 1000), ("评价", 1), ("新词语", 50)]:
        whole.add_word(word, freq)
    overrides = {w: f for w, f in whole.FREQ.items() if base.get(w) != f}
    lazy = LazyTokenizer(pack(base), whole.total, overrides=overrides)
    for text in [*TEXTS, "新词语的绩效评价"]:
        assert lazy.lcut(text) == whole.lcut(text), text


def test_reach_all_puts_in_every_entry_with_ours_winning(whole):
    base = dict(whole.FREQ)
    whole.add_word("完成率达到", 1000)
    whole.add_word("评价", 1)
    overrides = {w: f for w, f in whole.FREQ.items() if base.get(w) != f}
    lazy = LazyTokenizer(pack(base), whole.total, overrides=overrides)
    lazy.lcut("绩效评价完成")  # some entries already in: the whole load must not undo our words
    lazy.reach_all()
    assert lazy.FREQ == whole.FREQ
    lazy.lcut("物联网")  # nothing more to reach
    assert lazy.FREQ == whole.FREQ
    assert [lazy.lcut(text) for text in TEXTS] == [whole.lcut(text) for text in TEXTS]


def test_add_word_after_loading_or_before_gives_jiebas_result(whole):
    lazy_before = LazyTokenizer(pack(whole.FREQ), whole.total)
    lazy_after = LazyTokenizer(pack(whole.FREQ), whole.total)
    lazy_after.lcut(TEXTS[0])
    for tokenizer in (whole, lazy_before, lazy_after):
        tokenizer.add_word("目标完成", 5000)
    for text in TEXTS:
        assert lazy_before.lcut(text) == whole.lcut(text) == lazy_after.lcut(text), text
    assert lazy_before.FREQ["目标"] == whole.FREQ["目标"]  # the prefix kept its frequency


_GLOBAL_STATE = (
    "import json, sys; from extractor.nlp.pipeline import get_nlp; from extractor.nlp.lexicon import word_tag; "
    "doc = get_nlp()('局是物联网平台建设单位，完成率达到95%'); import jieba; "
    "print(json.dumps({'tokens': [t.text for t in doc], 'unknown_tag': word_tag('局是'), "
    "'global_initialized': jieba.dt.initialized, 'global_words': len(jieba.dt.FREQ), "
    "'pkg_resources': 'pkg_resources' in sys.modules, "
    "'segmenter': get_nlp().tokenizer.segmenter, 'config': get_nlp().config['nlp']['tokenizer']}))"
)


def test_the_pipeline_never_loads_the_global_jieba_dictionary(tmp_path):
    """spaCy's own jieba set-up would cut a word with jieba.dt (loading its whole dictionary); ours does not,
    and the tagging of words of no dictionary (jieba.posseg's HMM) does not either."""
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path), "HOME": str(tmp_path)}
    states = [json.loads(subprocess.run([sys.executable, "-c", _GLOBAL_STATE], capture_output=True, text=True,
                                        env=env, cwd=ROOT, check=True).stdout)
              for _ in ("building the cache", "reading it")]
    assert states[0] == states[1]
    state = states[0]
    assert state["global_initialized"] is False and state["global_words"] == 0
    assert state["pkg_resources"] is False  # jieba imported without it (0.1 s)
    assert state["segmenter"] == "jieba" and state["config"] == {"@tokenizers": "jixiao.zh_jieba"}
    assert "完成率" in state["tokens"] and "局是" in state["tokens"]
    assert state["unknown_tag"] == "v"  # 局|是: the flag of the verb piece


_GLOBAL_CUT = "import jieba, json; print(json.dumps(jieba.lcut('物联网平台的绩效目标完成率达到95%'), ensure_ascii=False))"


def test_jieba_imported_without_pkg_resources_still_reads_its_own_dictionary(tmp_path):
    """jieba falls back to opening dict.txt by path; its global tokenizer (the graph's links use it) cuts alike."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}

    def run(code):
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                              check=True).stdout

    plain = run(_GLOBAL_CUT)
    ours = run("import sys; from extractor.nlp.lexicon import import_jieba; import_jieba(); "
               "assert 'pkg_resources' not in sys.modules; " + _GLOBAL_CUT)
    assert ours == plain and "完成率" in json.loads(ours)


def test_cuts_of_real_text_with_jiebas_dictionary_are_jiebas(seed_text):
    """The seed report's paragraphs cut by a tokenizer over jieba's packed dictionary and by jieba's own."""
    full = jieba.Tokenizer()
    full.initialize()
    lazy = LazyTokenizer(pack(full.FREQ), full.total)
    paragraphs = [line for line in seed_text.splitlines() if line.strip()]
    assert len(paragraphs) > 50
    for paragraph in paragraphs:
        assert lazy.lcut(paragraph) == full.lcut(paragraph)
        assert lazy.lcut(paragraph, HMM=False) == full.lcut(paragraph, HMM=False)
        assert lazy.lcut_for_search(paragraph) == full.lcut_for_search(paragraph)
    assert len(lazy.FREQ) < len(full.FREQ) / 5
