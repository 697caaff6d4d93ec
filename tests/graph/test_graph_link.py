import pytest

from extractor.extraction import Goal, Indicator, Target
from extractor.graph.link import (
    AliasSets,
    LinkSettings,
    goal_indicator_links,
    indicator_key,
    normalise,
    project_key,
    tokens,
)


def test_normalise_ignores_width_case_spaces_and_punctuation():
    assert normalise("ＡＢＣ 系统，平台 ") == normalise("abc系统平台")
    assert normalise("覆盖率 ≥ 95%") == "覆盖率95%"


@pytest.mark.parametrize("name", ["2024年度智慧城管（二期）建设项目", "智慧城管二期", "智慧城管(二期)项目", "2024年智慧城管二期"])
def test_project_names_written_differently_share_one_key(name):
    assert project_key(name) == "智慧城管二期"


def test_project_key_keeps_distinct_projects_apart():
    assert project_key("智慧城管一期") != project_key("智慧城管二期")


def test_indicator_key_drops_a_bracketed_unit_note():
    assert indicator_key("巡查覆盖率（%）") == indicator_key("巡查覆盖率")
    assert indicator_key("（试点）") == normalise("（试点）")  # nothing would remain: kept


def test_alias_sets_merge_transitively():
    sets = AliasSets()
    sets.union(["a", "b"])
    sets.union(["c", "b"])
    sets.union(["x"])
    assert sets.find("a") == sets.find("c") != sets.find("x")


def test_settings_are_validated():
    with pytest.raises(ValueError):
        LinkSettings(tokenizer="spacy")
    with pytest.raises(ValueError):
        LinkSettings(goal_token_overlap=0)


def test_tokens_drop_stop_words_and_bigram_mode_works():
    words = tokens("视频点位接入完成情况")
    assert "情况" not in words and words
    assert "视频" in tokens("视频点位", "bigram")


def _goal(gid, kind, text, block, metric=None):
    targets = [Target(metric=metric, operator=">=", value=1, unit="个")] if metric else []
    return Goal(id=gid, kind=kind, text=text, quantified=bool(metric), targets=targets, refs=[f"#/blocks/{block}"])


def _indicator(name, block):
    return Indicator(id=name, name=name, refs=[f"#/blocks/{block}"])


def test_goal_indicator_links_use_metric_then_tokens_then_position():
    goals = [
        ("g1", _goal("g1", "中期目标", "接入视频点位1200个", 1, metric="视频点位")),
        ("g2", _goal("g2", "年度目标", "开展城管执法人员业务培训", 2)),
        ("g3", _goal("g3", "年度目标", "完成平台升级", 10)),
    ]
    indicators = [
        ("i1", _indicator("接入视频点位数量", 5)),
        ("i2", _indicator("执法人员培训", 5)),
        ("i3", _indicator("系统可用率", 5)),  # no shared word: the goal just before its table (g2)
        ("i4", _indicator("系统可用率", 12)),  # table after g3
    ]
    links = {(l.source, l.target): l.method for l in goal_indicator_links(goals, indicators, LinkSettings())}
    assert links == {("g1", "i1"): "metric", ("g2", "i2"): "tokens", ("g2", "i3"): "position", ("g3", "i4"): "position"}


def test_position_prefers_an_annual_goal_over_a_mid_term_one():
    goals = [("a", _goal("a", "年度目标", "甲", 2)), ("m", _goal("m", "中期目标", "乙", 3))]
    links = goal_indicator_links(goals, [("i", _indicator("丙丁", 6))], LinkSettings())
    assert [(l.source, l.method) for l in links] == [("a", "position")]


def test_no_goals_no_links():
    assert goal_indicator_links([], [("i", _indicator("丙丁", 6))], LinkSettings()) == []
