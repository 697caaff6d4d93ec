"""Two text classifiers and their rule-only baselines.

- **dimension**: indicator name -> canonical 二级 of the framework (README "JSON contracts") (the 一级 follows from it).
- **role**: sentence -> ``goal`` | ``indicator`` | ``evidence`` | ``problem`` | ``recommendation`` | ``other``.

The models are spaCy ``textcat`` pipelines under ``models/<name>/`` (:func:`extractor.resources.models_path`),
trained by ``jixiao train`` (:mod:`extractor.nlp.train`). They load lazily, once per process, and never
download anything. With ``ModelSettings(use_models=False)``, or when a model folder is absent, every
function here uses the keyword rules (:func:`rule_dimension`, :func:`rule_role`) instead.

Pipeline helpers (they return new records, never mutate):

- :func:`fill_missing_levels`: level1/level2 of indicators whose document gave none.
- :func:`misfiled_candidates`: indicators whose declared 二级 the model contradicts with high confidence
  (for the checker rule ``target.misfiled_dimension``).
- :func:`find_role_sentences`: goal/problem/… sentences of the running text of a Document.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from ..extraction import LEVEL2, LEVEL2_COST_101, Indicator
from .framework import canonical_level1, canonical_level2, evaluation_level, parent_of
from .lexicon import alternation, operators_for

log = logging.getLogger(__name__)

DIMENSION_MODEL = "dimension"
ROLE_MODEL = "role"
DIMENSION_LABELS = LEVEL2
ROLES = ("goal", "indicator", "evidence", "problem", "recommendation", "other")


@dataclass(frozen=True)
class ModelSettings:
    """Whether the pipeline uses the trained classifiers, and how sure they must be."""

    use_models: bool = True
    fill_min_prob: float = 0.5  # fill a missing level only above this probability
    misfiled_min_prob: float = 0.9  # contradict a declared level only above this probability
    role_min_prob: float = 0.5  # report a sentence role only above this probability
    batch_size: int = 256

    def __post_init__(self) -> None:
        if not isinstance(self.use_models, bool):
            raise TypeError("use_models must be True or False")
        for name in ("fill_min_prob", "misfiled_min_prob", "role_min_prob"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value!r}")
        if self.batch_size < 1:
            raise ValueError("batch_size must be at least 1")


DEFAULT_SETTINGS = ModelSettings()


@dataclass(frozen=True)
class DimensionPrediction:
    level1: str
    level2: str
    prob: float
    scores: dict[str, float]  # every 二级 label -> probability (rules: 1.0 for the chosen one)


@dataclass(frozen=True)
class RoleSentence:
    """A sentence of the running text with its role."""

    text: str
    role: str
    prob: float
    refs: list[str]
    page: int | None


# ---------------------------------------------------------------- loading


def model_available(name: str) -> bool:
    try:
        from ..resources import models_path

        return (models_path(name) / "config.cfg").is_file()
    except FileNotFoundError:
        return False


@lru_cache(maxsize=None)
def load_model(name: str):
    """The spaCy pipeline saved under ``models/<name>`` (loaded once per process, offline)."""
    import spacy

    from ..resources import models_path

    path = models_path(name)
    nlp = spacy.load(path)
    tokenizer = nlp.tokenizer
    if getattr(tokenizer, "segmenter", None) == "jieba":  # same words as the main pipeline
        from .lexicon import get_tokenizer

        tokenizer.jieba_seg = get_tokenizer()
    return nlp


def _use_model(name: str, settings: ModelSettings) -> bool:
    if not settings.use_models:
        return False
    if model_available(name):
        return True
    _warn_missing(name)
    return False


@lru_cache(maxsize=None)
def _warn_missing(name: str) -> None:
    log.warning("model %r not found under models/; using the rule-only classifier (run `jixiao train`)", name)


def _model_scores(name: str, texts: list[str], settings: ModelSettings) -> list[dict[str, float]]:
    nlp = load_model(name)
    return [dict(doc.cats) for doc in nlp.pipe(texts, batch_size=settings.batch_size)]


# ---------------------------------------------------------------- dimension


# Keyword rules of the rule-only baseline, tried in order; the first hit wins.
_DIMENSION_RULES: tuple[tuple[str, str], ...] = (
    ("服务对象满意度指标", r"满意|好评|认可度"),
    ("经济效益指标", r"增收|收入|收益|产值|经济|投资额|消费|税收|节约.*(?:资金|成本|费用)|降低.*(?:成本|负担)|投入产出"),
    ("生态效益指标", r"减排|排放|碳|污染|绿化|水质|无纸化|节能|能耗|节水|节电|生态|环境|噪声|废物|植被"),
    ("可持续影响指标", r"长效|持续|机制|制度|寿命|常态化|长期"),
    ("时效指标", r"及时|按期|按时|如期|时间|时限|时长|周期|进度|天数"),
    ("成本指标", r"成本|单价|费用|补助标准|造价|经费|控制数|上限|价格"),
    ("质量指标", r"合格|达标|优良|完好|准确|故障|规范|完整|通过率|质量|差错"),
    ("社会效益指标", r"受益|覆盖率|知晓|普及|便利|参与|惠及|就业|群众|使用率|公开|获得感|安全感"),
    ("数量指标", r"数量|个数|数$|人次|面积|次数|规模|完成率|长度|里程|场次"),
)
_DIMENSION_RULES_RE = tuple((label, re.compile(pattern)) for label, pattern in _DIMENSION_RULES)
_DIMENSION_DEFAULT = "数量指标"


def rule_dimension(name: str) -> str:
    """The 二级 the keyword rules give an indicator name (数量指标 when nothing matches)."""
    for label, pattern in _DIMENSION_RULES_RE:
        if pattern.search(name or ""):
            return label
    return _DIMENSION_DEFAULT


def predict_dimensions(names: list[str], settings: ModelSettings = DEFAULT_SETTINGS) -> list[DimensionPrediction]:
    """Full predictions (with every label's probability) for indicator names."""
    if not names:
        return []
    if _use_model(DIMENSION_MODEL, settings):
        all_scores = _model_scores(DIMENSION_MODEL, [n or "" for n in names], settings)
    else:
        all_scores = [{label: float(label == rule_dimension(n)) for label in DIMENSION_LABELS} for n in names]
    out = []
    for scores in all_scores:
        level2 = max(scores, key=scores.get)
        out.append(DimensionPrediction(parent_of(level2) or "", level2, float(scores[level2]), scores))
    return out


def classify_dimension(names: list[str], settings: ModelSettings = DEFAULT_SETTINGS) -> list[tuple[str, str, float]]:
    """``(level1, level2, probability)`` of each indicator name."""
    return [(p.level1, p.level2, p.prob) for p in predict_dimensions(names, settings)]


def _comparable(level2: str | None) -> str | None:
    """101号 cost 二级 compare as 成本指标 (the model knows the 88号 tree only)."""
    return "成本指标" if level2 in LEVEL2_COST_101 else level2


def _best_under(prediction: DimensionPrediction, level1: str | None) -> tuple[str, float] | None:
    """Most probable 二级 compatible with a declared 一级 (any 二级 when none was declared)."""
    if level1 is None:
        return prediction.level2, prediction.prob
    if level1 == "成本指标":  # 101号: 经济/社会/生态环境成本 cannot be told apart by the model
        return None
    allowed = {label: p for label, p in prediction.scores.items() if parent_of(label) == level1}
    if not allowed:
        return None
    label = max(allowed, key=allowed.get)
    return label, allowed[label]


def _is_score_row(ind: Indicator) -> bool:
    """Rows of an evaluation score table (决策/过程/…) are not target indicators."""
    return ind.level1 is None and evaluation_level(ind.level1_text) is not None


def fill_missing_levels(
    indicators: Iterable[Indicator], min_prob: float | None = None, settings: ModelSettings = DEFAULT_SETTINGS
) -> list[Indicator]:
    """Indicators with ``level2`` (and ``level1`` when absent) predicted from the name where the document gave none.

    A declared 一级 restricts the prediction to its 二级; predictions below ``min_prob``
    (default ``settings.fill_min_prob``) leave the record as it was. Returns new records.
    """
    threshold = settings.fill_min_prob if min_prob is None else min_prob
    records = list(indicators)
    todo = [k for k, ind in enumerate(records) if ind.name and ind.level2 is None and not _is_score_row(ind)]
    predictions = predict_dimensions([records[k].name for k in todo], settings)
    out = list(records)
    for k, prediction in zip(todo, predictions):
        ind = records[k]
        level1 = ind.level1 or canonical_level1(ind.level1_text)
        best = _best_under(prediction, level1)
        if best is None or best[1] < threshold:
            continue
        level2, _ = best
        out[k] = replace(ind, level1=level1 or parent_of(level2), level2=level2, refs=list(ind.refs))
    return out


def misfiled_candidates(
    indicators: Iterable[Indicator], min_prob: float | None = None, settings: ModelSettings = DEFAULT_SETTINGS
) -> list[tuple[Indicator, str, float]]:
    """``(indicator, predicted 二级, probability)`` where the declared 二级 disagrees with a confident model.

    Only indicators with a name and a declared canonical 二级 are judged; 101号 cost 二级 count as 成本指标.
    The threshold defaults to ``settings.misfiled_min_prob`` (0.9). Without models this returns ``[]``:
    keyword rules are not sure enough to contradict a document.
    """
    threshold = settings.misfiled_min_prob if min_prob is None else min_prob
    if not _use_model(DIMENSION_MODEL, settings):
        return []
    judged = [ind for ind in indicators if ind.name and canonical_level2(ind.level2) is not None]
    predictions = predict_dimensions([ind.name for ind in judged], settings)
    out = []
    for ind, prediction in zip(judged, predictions):
        declared = _comparable(canonical_level2(ind.level2))
        if prediction.level2 != declared and prediction.prob >= threshold:
            out.append((ind, prediction.level2, prediction.prob))
    return out


# ---------------------------------------------------------------- roles

_OPERATOR = rf"(?:≥|≤|＞|＜|>=|<=|=|{alternation(operators_for('role_cue'))})"
_ROLE_RULES: tuple[tuple[str, str], ...] = (
    ("recommendation", r"^(?:建议|应当?|要|下一步|宜|今后|改进措施|请|进一步)|建议"),
    ("problem", r"存在|问题|不足|不到位|有待|尚未|未按|滞后|偏低|不高|不够|缺乏|缺失|不严|仅为|未达到|未能|不一致"),
    ("indicator", rf"^[^，。；]{{2,30}}[：:]?{_OPERATOR}|指标值|目标值"),
    ("goal", r"目标|力争|^到\d{4}年|旨在|确保|着力|预期|全面提升|实现"),
    ("evidence", r"实际|截至|累计|已于|已经|已全部|完成了|共计|经核查|经统计|显示|\d+(?:\.\d+)?%"),
)
_ROLE_RULES_RE = tuple((label, re.compile(pattern)) for label, pattern in _ROLE_RULES)


def rule_role(sentence: str) -> str:
    """The role keyword rules give a sentence (``other`` when nothing matches)."""
    for label, pattern in _ROLE_RULES_RE:
        if pattern.search(sentence or ""):
            return label
    return "other"


def classify_roles(sentences: list[str], settings: ModelSettings = DEFAULT_SETTINGS) -> list[tuple[str, float]]:
    """``(role, probability)`` of each sentence."""
    if not sentences:
        return []
    if _use_model(ROLE_MODEL, settings):
        out = []
        for scores in _model_scores(ROLE_MODEL, [s or "" for s in sentences], settings):
            role = max(scores, key=scores.get)
            out.append((role, float(scores[role])))
        return out
    return [(rule_role(s), 1.0) for s in sentences]


_NARRATIVE_KINDS = ("paragraph", "list_item")


def find_role_sentences(
    doc,
    roles: tuple[str, ...] = ("goal", "problem"),
    settings: ModelSettings = DEFAULT_SETTINGS,
    units=None,
) -> list[RoleSentence]:
    """Sentences of the running text (paragraphs, list items) whose role is one of ``roles``.

    Tables and headings are left out: they have their own extractors. A model prediction
    below ``settings.role_min_prob`` is dropped. ``units`` are the document's text units when the
    caller has built them already (the extraction does); ``doc`` is then not read.
    """
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles {sorted(unknown)}; known: {ROLES}")
    from ..extractors.sentences import sentences, text_units

    if units is None:
        units = text_units(doc, tables=False)
    found = []
    for unit in units:
        if unit.block.kind in _NARRATIVE_KINDS:
            found.extend((s, unit) for s in sentences(unit.text) if len(s) >= 6)
    predictions = classify_roles([s for s, _ in found], settings)
    out = []
    for (text, unit), (role, prob) in zip(found, predictions):
        if role in roles and prob >= settings.role_min_prob:
            out.append(RoleSentence(text, role, prob, list(unit.refs), unit.page))
    return out
