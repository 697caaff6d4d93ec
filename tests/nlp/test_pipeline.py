"""Lexicon and spaCy pipeline: our dictionary keeps domain terms whole; components fill extensions."""
from __future__ import annotations

import subprocess
import sys

import pytest

from extractor.nlp.lexicon import cut, get_tokenizer, indicator_taxonomy, user_words, vague_words
from extractor.nlp.pipeline import get_nlp, tokens
from extractor.nlp.quantities import find_quantities

SINGLE_TOKENS = ["如期完成率", "预算执行率", "一体化政务服务平台", "绩效目标申报表", "资金到位率", "验收合格率",
                 "政务服务数据管理局", "绩效自评表", "服务对象满意度", "偏差原因分析及改进措施"]


@pytest.mark.parametrize("word", SINGLE_TOKENS)
def test_domain_terms_stay_single_tokens_in_pipeline(word):
    text = f"本项目的{word}情况如下。"
    assert word in tokens(text)


@pytest.mark.parametrize("word", ["如期完成率", "预算执行率", "一体化政务服务平台", "绩效目标申报表"])
def test_domain_terms_stay_single_tokens_with_cut(word):
    assert word in cut(f"关于{word}的说明")


def test_operator_words_are_tokens():
    assert "不少于" in cut("培训人员不少于500人次")


def test_private_tokenizer_leaves_global_jieba_alone():
    import jieba

    get_tokenizer()
    assert get_tokenizer() is not jieba.dt
    assert "一体化政务服务平台" not in jieba.lcut("一体化政务服务平台")


def test_pipeline_is_built_once():
    assert get_nlp() is get_nlp()
    assert get_nlp().tokenizer.jieba_seg is get_tokenizer()


def test_quantities_component():
    doc = get_nlp()("2024年预算执行率为96.00%，完成子项目22个，资金约1.2亿元。")
    spans = doc._.quantities
    assert [s.text for s in spans] == ["2024年", "96.00%", "22个", "约1.2亿元"]
    assert spans[1]._.quantity.value == 96.0 and spans[1]._.quantity.decimals == 2
    assert spans[3]._.quantity.approximate
    assert doc._.vague


def test_vague_component_false_on_precise_text():
    assert not get_nlp()("验收合格率100%")._.vague


def test_import_is_lazy():
    code = ("import sys, extractor.nlp.pipeline, extractor.nlp.quantities, extractor.nlp.framework; "
            "print('spacy' in sys.modules, 'jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_jieba_is_quiet(capfd):
    code = "from extractor.nlp.pipeline import get_nlp; get_nlp()('预算执行率')"
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stderr
    assert "Building prefix dict" not in err and "Loading model" not in err


def test_lexicon_files_parse():
    words = {w.word for w in user_words()}
    assert {"如期完成率", "产出指标", "绩效自评表", "一体化政务服务平台"} <= words
    assert vague_words()["左右"] == "approximate"
    taxonomy = indicator_taxonomy()
    from extractor.extraction import LEVEL1

    assert set(taxonomy) == set(LEVEL1)


def test_seed_text_segments(seed_text):
    doc = get_nlp()(seed_text[:5000])
    assert len(doc) > 500
    assert any(s._.quantity.unit == "%" for s in doc._.quantities)


def test_tags_component_gives_dictionary_flags_without_a_second_segmentation():
    doc = get_nlp()("评价组对智慧城管二期建设项目实施评价")
    tags = {t.text: t.tag_ for t in doc}
    assert tags["实施"] == "v" and tags["建设项目"] == "n"
    assert tags["组对"] == "v"  # only the HMM found this word: it is not read as part of a name
    assert get_nlp()("局是")[0].tag_ == "v" and get_nlp()("物联")[0].tag_ == "n"


def test_quantities_component_keeps_two_quantities_inside_one_token():
    from extractor.nlp.pipeline import quantities

    doc = get_nlp()("完成率为95%-100%")
    assert [q.value for q in quantities(doc)] == [q.value for q in find_quantities("完成率为95%-100%")]


def test_quantities_and_vague_are_computed_on_first_read_and_kept(monkeypatch):
    from extractor.nlp import pipeline

    calls = []
    for name in ("find_quantities", "is_vague"):
        real = getattr(pipeline, name)
        monkeypatch.setattr(pipeline, name, lambda text, real=real, name=name: calls.append(name) or real(text))
    doc = get_nlp()("资金约1.2亿元，完成率96.00%。")
    assert calls == []  # the pipeline pass itself does not scan the text
    spans = doc._.quantities
    assert [s.text for s in spans] == ["约1.2亿元", "96.00%"] and doc._.quantities is spans
    assert doc._.vague and doc._.vague
    assert calls == ["find_quantities", "is_vague"]


def test_tags_are_the_dictionary_flags_of_every_word_also_when_kept_from_an_earlier_text(seed_text):
    from extractor.nlp.lexicon import word_tag

    text = seed_text[:3000]
    for _ in range(2):  # the second pass reads the flags kept by word id
        doc = get_nlp()(text)
        assert [t.tag_ for t in doc] == [word_tag(t.text) for t in doc]
    assert [t.tag_ for t in get_nlp()("")] == []
