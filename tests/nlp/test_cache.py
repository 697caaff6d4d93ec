"""The versioned cache of the jieba tables (extractor.nlp.cache): reused, rebuilt when a source changes,
harmless when it cannot be written or is damaged, and giving the same segmentation as no cache."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.nlp import cache

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.delenv(cache.ENV_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "jixiao"


def _counting_build(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_value_is_built_once_then_read_from_the_users_cache_folder(cache_home, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("绩效\n", encoding="utf-8")
    build, calls = _counting_build({"绩效": 3})
    assert cache.load_or_build("t", [source, "v1"], build) == {"绩效": 3}
    assert cache.load_or_build("t", [source, "v1"], build) == {"绩效": 3}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in cache_home.iterdir()] == ["t"]


def test_a_changed_source_rebuilds_and_replaces_the_old_entry(cache_home, tmp_path):
    source = tmp_path / "words.txt"
    source.write_text("绩效\n", encoding="utf-8")
    build, calls = _counting_build({"a": 1})
    cache.load_or_build("t", [source], build)
    first = set(cache_home.iterdir())
    source.write_text("绩效\n目标\n", encoding="utf-8")
    cache.load_or_build("t", [source], build)
    assert len(calls) == 2
    second = set(cache_home.iterdir())
    assert len(second) == 1 and second != first


def test_an_unwritable_folder_or_a_damaged_entry_is_no_error(tmp_path, monkeypatch, cache_home):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(cache.ENV_DIR, str(blocker / "cache"))  # cannot be created under a file
    build, calls = _counting_build([1, 2])
    assert cache.load_or_build("t", ["x"], build) == [1, 2]
    monkeypatch.delenv(cache.ENV_DIR)
    cache.load_or_build("t", ["x"], build)
    entry = next(cache_home.iterdir())
    entry.write_bytes(entry.read_bytes()[:3])  # truncated
    assert cache.load_or_build("t", ["x"], build) == [1, 2]
    assert len(calls) == 3


def test_a_loaded_value_of_the_wrong_shape_is_rebuilt(cache_home):
    cache.load_or_build("t", ["x"], lambda: [1])
    assert cache.load_or_build("t", ["x"], lambda: {"ok": 1}, valid=lambda v: isinstance(v, dict)) == {"ok": 1}


def test_off_switches_the_cache_off(monkeypatch, cache_home):
    monkeypatch.setenv(cache.ENV_DIR, "off")
    build, calls = _counting_build(7)
    cache.load_or_build("t", ["x"], build)
    cache.load_or_build("t", ["x"], build)
    assert len(calls) == 2 and not cache_home.exists()


_SEGMENT = (
    "import json, sys; from extractor.nlp.lexicon import cut, word_tag; "
    "text = '项目完成率达到95%以上，服务对象满意度不低于90%，局是物联网平台建设单位。'; "
    "print(json.dumps([(w, word_tag(w)) for w in cut(text)], ensure_ascii=False))"
)


def _segment(env: dict) -> list:
    result = subprocess.run([sys.executable, "-c", _SEGMENT], capture_output=True, text=True, env=env, cwd=ROOT,
                            check=True)
    return json.loads(result.stdout)


def test_segmentation_and_tags_are_the_same_with_and_without_the_cache(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != cache.ENV_DIR}
    env["XDG_CACHE_HOME"] = str(tmp_path)
    built = _segment(env)  # writes the cache
    assert list((tmp_path / "jixiao").glob("jieba-tables-*.marshal"))
    read = _segment(env)  # reads it
    uncached = _segment({**env, cache.ENV_DIR: "off"})
    assert built == read == uncached
    assert ["不低于", "c"] in built  # an operator phrase of operator_words.tsv: one token, flag c
    assert any(w == "局是" for w, _ in built)  # a word of no dictionary: tagged by jieba.posseg's HMM


def test_an_entry_others_may_write_is_not_read(cache_home):
    cache.load_or_build("t", ["x"], lambda: [1])
    entry = next(cache_home.iterdir())
    entry.chmod(0o666)
    build, calls = _counting_build([1])
    cache.load_or_build("t", ["x"], build)
    assert calls == [1]


def test_tag_table_answers_like_the_dict_it_packs():
    from extractor.nlp.lexicon import TagTable

    tags = {"中": "f", "中国": "ns", "中国人": "n", "国": "n", "人民": "n", "a": "eng", "绩效目标": "n"}
    table = TagTable(*TagTable.pack(tags))
    for word in [*tags, "中国人民", "国人", "人", "b", "", "绩效", "目标"]:
        assert table.get(word) == tags.get(word), word
        assert table.get(word, "x") == tags.get(word, "x"), word
    table.update({"国人": "n"})  # what jieba.posseg does with user words
    assert table.get("国人") == "n"
