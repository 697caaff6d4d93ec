"""Invariants of the consistency rules, run through run_rules: a correctly rounded figure is never reported, a figure
off by more than its rounding always is, a wider tolerance (fewer decimals) never reports what a narrower one
accepts, the order of parts does not matter, and the grade bands are monotone.

Under CI (CI=true) Hypothesis replays the same generated inputs every run.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.checker import run_rules
from extractor.extraction import ContractTerm, Extraction, Fact, Indicator

GRADES = ["差", "中", "良", "优"]  # worst to best; lower bounds 0/60/80/90 (corpora/rules.yaml grade_bands, 10号)


def _findings(rule: str, *, facts=(), indicators=(), terms=(), doc_type=None) -> list:
    extraction = Extraction(source="property", doc_type=doc_type, fields={}, goals=[], indicators=list(indicators),
                            facts=list(facts), contract_terms=list(terms))
    return [f for f in run_rules(extraction, config={"rules": {rule: {"enabled": True}}}) if f.rule == rule]


def _rate_reported(planned: int, actual: int, stated: float, decimals: int) -> bool:
    fact = Fact(metric="完成率", planned=planned, actual=actual, stated_rate=stated, decimals=decimals,
                unit="个", text=f"计划{planned}个，完成{actual}个，完成率{stated:.{decimals}f}%")
    return bool(_findings("consistency.rate", facts=[fact]))


counts = st.integers(min_value=1, max_value=100_000)


@settings(max_examples=150, deadline=None)
@given(counts, st.integers(min_value=0, max_value=200_000), st.integers(min_value=0, max_value=3))
@example(8, 1, 0)  # 12.5 % rounds half to even (12) or half up (13): both accepted
@example(3, 2, 2)
def test_a_correctly_rounded_rate_is_never_reported(planned, actual, decimals):
    exact = actual / planned * 100
    assert not _rate_reported(planned, actual, round(exact, decimals), decimals)
    assert not _rate_reported(planned, actual, float(f"{exact:.{decimals}f}"), decimals)


@settings(max_examples=150, deadline=None)
@given(counts, st.integers(min_value=0, max_value=200_000), st.integers(min_value=0, max_value=3),
       st.sampled_from([-1, 1]))
def test_a_rate_off_by_more_than_its_rounding_is_always_reported(planned, actual, decimals, side):
    exact = actual / planned * 100
    stated = round(exact, decimals) + side * 2 * 10**-decimals  # at least 1.5 units of the last decimal away
    assert _rate_reported(planned, actual, stated, decimals)


@settings(max_examples=150, deadline=None)
@given(counts, st.integers(min_value=0, max_value=200_000), st.integers(min_value=1, max_value=3),
       st.integers(min_value=-30, max_value=30))
def test_fewer_decimals_never_report_what_more_decimals_accept(planned, actual, decimals, offset):
    """The tolerance is monotone: half a unit of the last decimal grows as decimals drop."""
    stated = round(actual / planned * 100, decimals) + offset * 10**-decimals
    if not _rate_reported(planned, actual, stated, decimals):
        assert not _rate_reported(planned, actual, stated, decimals - 1)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=2, max_size=6), st.integers(min_value=-3, max_value=3),
       st.randoms(use_true_random=False))
def test_counts_add_up_exactly_in_any_order(parts, error, random):
    shuffled = list(parts)
    random.shuffle(shuffled)
    for order in (parts, shuffled):
        fact = Fact(metric="培训人次", kind="sum", parts=[float(p) for p in order], total=float(sum(parts) + error),
                    unit="人次")
        assert bool(_findings("consistency.sum", facts=[fact])) == (error != 0)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=2, max_size=6), st.integers(min_value=1, max_value=2),
       st.integers(min_value=-20, max_value=20))
def test_money_sums_within_the_rounding_of_each_figure(cents, decimals, error):
    """n + 1 figures at d decimals may be off by (n + 1) half units of the last decimal, never more; fewer decimals
    stated never report what more decimals accept."""
    unit = 10**-decimals
    parts = [round(c * unit, decimals) for c in cents]
    total = round(sum(parts) + error * unit, decimals)

    def reported(d):
        fact = Fact(metric="资金总额", kind="sum", parts=parts, total=total, unit="万元", decimals=d)
        return bool(_findings("consistency.sum", facts=[fact]))

    allowed = (len(parts) + 1) * 0.5 * unit
    assert reported(decimals) == (abs(error) * unit > allowed + 1e-9)
    if not reported(decimals):
        assert not reported(decimals - 1)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=9000), min_size=2, max_size=5), st.randoms(use_true_random=False))
def test_shares_that_add_up_to_100_pass_in_any_order(weights, random):
    total = sum(weights)
    shares = [round(w / total * 100, 2) for w in weights]  # each rounded at 2 decimals: the sum is within n half units
    random.shuffle(shares)
    fact = Fact(metric="资金构成", kind="share", parts=shares, total=100, decimals=2)
    assert not _findings("consistency.percent_sum", facts=[fact])
    off = Fact(metric="资金构成", kind="share", parts=[*shares[:-1], round(shares[-1] + 1, 2)], total=100, decimals=2)
    assert _findings("consistency.percent_sum", facts=[off])


def _accepted_grades(score: float) -> list[str]:
    out = []
    for grade in GRADES:
        fact = Fact(metric="绩效得分", kind="grade", actual=score, stated_text=grade, text=f"得分{score}分，等级为{grade}")
        if not _findings("consistency.grade", facts=[fact]):
            out.append(grade)
    return out


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10000), st.integers(min_value=0, max_value=10000))
@example(8999, 9000)
@example(7999, 8000)
@example(5999, 6000)
def test_exactly_one_grade_per_score_and_never_worse_for_a_higher_score(low, high):
    low, high = sorted((low / 100, high / 100))
    [grade_low], [grade_high] = _accepted_grades(low), _accepted_grades(high)
    assert GRADES.index(grade_low) <= GRADES.index(grade_high)
    expected = next(g for g, bound in (("优", 90), ("良", 80), ("中", 60), ("差", 0)) if high >= bound)
    assert grade_high == expected


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([">=", ">", "<=", "<", "="]), st.integers(min_value=0, max_value=1000),
       st.integers(min_value=0, max_value=1000))
@example(">=", 500, 500)
@example(">", 500, 500)
@example("<", 500, 500)
def test_a_shortfall_without_reason_is_reported_exactly_when_the_target_is_missed(operator, target, actual):
    written = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "="}[operator]
    row = Indicator(id="i1", name="培训人次", operator=operator, value=float(target), unit="人次",
                    target_text=f"{written}{target}人次", actual=float(actual), deviation_reason="")  # an empty 偏差原因 cell
    missed = {">=": actual < target, ">": actual <= target, "<=": actual > target, "<": actual >= target,
              "=": actual != target}[operator]
    found = _findings("consistency.deviation_reason_missing", indicators=[row], doc_type="self_assessment")
    assert bool(found) == missed
    if found:
        assert found[0].numbers == {"target": target, "actual": actual}


def _schedules():
    instalments = st.lists(st.integers(min_value=1, max_value=60), min_size=2, max_size=5)
    cumulative = st.lists(st.integers(min_value=1, max_value=99), min_size=1, max_size=4, unique=True).map(
        lambda steps: [*sorted(steps), 100])
    return st.one_of(instalments, cumulative)


@settings(max_examples=150, deadline=None)
@given(_schedules())
@example([30, 40, 20, 10])
@example([30, 80, 100])
@example([30, 80, 60, 100])
@example([1, 1, 1, 35, 60])  # 98: within 5 × 0.5 of 100
def test_payment_instalments_are_reported_unless_they_add_up_or_accumulate_to_100(percents):
    """Whole percents add up to 100 within their rounding, or rise to 100 (a cumulative schedule)."""
    terms = [ContractTerm(kind="付款", text=f"第{n}期支付{p}%", percent=float(p)) for n, p in enumerate(percents, 1)]
    cumulative = all(a < b for a, b in zip(percents, percents[1:])) and percents[-1] == 100
    beyond_rounding = abs(sum(percents) - 100) > len(percents) * 0.5  # whole percents, each rounded by up to 0.5
    assert bool(_findings("consistency.percent_sum", terms=terms)) == (beyond_rounding and not cumulative)
