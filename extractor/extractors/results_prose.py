"""Indicators a self-evaluation report states as results in prose, under its level labels:

    1、数量指标
    (1)…2023年度失业保险参保总人数为21347人，完成市目标任务21347人的100%。
    数量指标：平均每个农家书屋开展阅读活动数量4次，指标完成率100%，数字资源补充50000册，指标完成率100%。

An item of a results section is read only when it says what its result is measured against, or counts it:
a completion (完成率100%; 完成…任务2000人的120%: the target is written there), a ceiling (控制在4.5%以内), a planned
figure and the actual beside it (应补助人数9人，实际补助人数9人), a target stated with its operator (…比例≦0%), a
name and its count (覆盖人数为4691人; 办理法律援助案件94件: the result of a target set in another form), a label and its
total (开展工作督导：一个季度开展工作督导一次，共4次). A line that only tells what was done (完成道路建设491米，已完成), a
margin against a control figure (高于控制指标32万元), money spent and a dimension's completion (该项指标完成100%) are no
indicator: the report gives nothing to judge by.

The chain: an item → its clauses, each closed by a completion → per clause the target (written, or the figure
itself when the completion is 100%) and the actual; then the rest of the item read by the other forms, in turn →
the fields of one indicator each.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..layout.headings import POINT_ENUMERATION
from ..nlp.lexicon import is_chinese, operator_words, strip_vague_ending, vague_ending
from ..nlp.quantities import Quantity, find_quantities, unit_in_brackets
from .sentences import HAN

#: a completion that closes a result: 指标完成率100% / 完成率为100% / 完成市目标任务数2000人的120% (a 完成率 closing a
#: name, 绩效目标完成率100%, is the indicator itself)
_COMPLETION = re.compile(
    rf"(?<![{HAN}])(?:指标)?完成率(?:为|达|达到)?(?P<rate>\d+(?:\.\d+)?)\s*%"
    r"|完成[^，,；;。]{0,12}?任务[^，,；;。\d]{0,4}(?P<target>\d[\d.]*\s*[^\d\s的，,；;。]{0,4}?)的\d+(?:\.\d+)?\s*%")
#: what opens a result's name and is no part of it: a year (2023年度, 全年), the whole area (全县), the project
#: itself (该项目处治里程), a done-verb (已开展; a bare 开展 is the name's: 开展普法宣传活动场次), the planned mark
#: (应补助人数)
_NAME_OPENING = re.compile(rf"^(?:{POINT_ENUMERATION}|\d{{4}}年度?|全年|全[县市区州省旗]|[该本]项目|已(?:开展|完成|实现)?|应)+")
#: what a sentence writes between a name and its target: 森林火灾受害率需控制在1‰以内, 满意度（%）要≥90% (云南 航空消防
#: 自评报告), 综合利用率将达90%以上 (畜禽粪污 方案); the name closes before it
MODAL_WORDS = "需要|必须|应当|要|应|需|须|将"
#: what closes a result's name before its figure: 为, 达到…, 完成 (慰问对象满意度完成90%), 均 (慰问对象年龄均≥100岁; not 人均)
_NAME_CLOSING = re.compile(rf"(?:为|达到|达|是|共|完成|(?<!人)均|{MODAL_WORDS})+$")
#: a name that counts or rates something (覆盖人数, 参保率, 知晓度): "name为N" states its result
_COUNTED_NAME = re.compile(r"(?:数|率|量|度)$")


def result_indicators(item: str) -> list[dict]:
    """The fields (name, operator, value, unit, target_text, actual, actual_text) of each indicator one item of a
    results section states; [] when it states none that can be judged."""
    out, start = [], 0
    for completion in _COMPLETION.finditer(item):
        fields = _closed_result(item[start:completion.start()], completion)
        if fields:
            out.append(fields)
        start = completion.end()
    rest = item[start:].strip("，,；;。 ")
    if (parts := _planned_and_actual_parts(rest)) is not None:
        return _with_score(out + parts, item)
    fields = _labelled_figures(rest) or _ceiling_result(rest) or _planned_and_actual(rest) \
        or _target_and_result_in_words(rest) or _counted_result(rest) or _stated_target(rest) or _labelled_total(rest)
    return _with_score(out + ([fields] if fields else _bare_counts(rest)), item)


#: an indicator's name and a colon opening a line of results (（五）高标准农田建设:2022年考核指标23.1万亩,…)
_NAME_BEFORE_RESULT = re.compile(r"^(?P<label>[^：:，,。；;\d]{2,20})[：:]")
#: the verb a result's figure is reached with (人均收入达到19437元, 投资完成54.4亿元, 实现销售收入581.74亿元)
_REACHED = re.compile(r"达到|完成|实现")


def labelled_result(item: str) -> list[dict]:
    """The result a line of a section on the indicators' results states after the indicator's name and a colon: named
    by it, the target and the actual its text writes ((五)高标准农田建设:2022年考核指标23.1万亩,完成28.69万亩,完成率
    124.2%), or the figure its first clause reaches ((一)农村居民人均可支配收入:全市农村居民人均收入达到19437元,增长7.5%:
    the actual of a target the report leaves out); [] for a line with no such name."""
    m = _NAME_BEFORE_RESULT.match(item)
    if m is None:
        return []
    found = result_indicators(item[m.end():]) or _reached(item[m.end():])
    return [{**found[0], "name": m.group("label").strip()}] if len(found) == 1 else found


def _reached(text: str) -> list[dict]:
    clause = next(iter(_clauses(text)), "")
    figures = _figures(clause)
    verb = _REACHED.search(clause)
    if not figures or verb is None or verb.start() > figures[0].start:  # 达到 read as the figure's operator
        return []
    return [_fields("", None, figures[0])]


def stated_result(name: str, text: str) -> dict | None:
    """The result a line states for the indicator it names (投入-时效目标-绩效目标完成率实际完成情况:实际完成69.23%,未完成
    目标的原因是…): the figure after 实际完成, no target (the report sets none there: a missing value)."""
    m = _ACTUAL_DONE.search(text)
    figures = _figures(text[m.end():]) if m else ()
    return {**_fields(name, None, figures[0]), "target_text": ""} if figures else None


_ACTUAL_DONE = re.compile(r"实际完成(?:值|数)?(?:为|是)?[：:]?")


def _planned_and_actual_parts(text: str) -> list[dict] | None:
    """Results written one a part, the parts closed by ； (养老金领取人数全年平均数年初任务数101974人，全年完成值103119人；
    全年缴费人数年初任务数216786人，全年完成值201201人): each part's planned figure and actual, when every part writes them."""
    parts = [p for p in re.split(r"[；;]", text) if p.strip("，,。 ")]
    found = [_planned_and_actual(p) for p in parts] if len(parts) >= 2 else []
    return found if found and all(found) else None


def _with_score(found: list[dict], item: str) -> list[dict]:
    """The results of an item, the one result given the points the item says it scored (…，自评得分20分)."""
    score = _SCORE.search(item)
    if score and len(found) == 1:
        found[0]["score"] = float(score.group("points"))
    return found


_SCORE = re.compile(r"(?:自评)?得分(?:为)?(?P<points>\d+(?:\.\d+)?)分")


@lru_cache(maxsize=1024)
def _figures(text: str) -> tuple[Quantity, ...]:
    """The figures of a text, without its dates and the numbers quoted as part of a name (城镇“311”公共就业服务); kept,
    as the forms of :func:`result_indicators` read the same clauses in turn."""
    return tuple(q for q in find_quantities(text) if q.kind != "date" and q.value is not None
                 and text[q.start - 1:q.start] not in _QUOTES)


_QUOTES = ("“", '"', "「", "‘")


def _closed_result(clause: str, completion: re.Match) -> dict | None:
    """A result closed by its completion: the written target (…任务2000人的120%), or the actual taken as the target
    when the completion is 100% (数字资源补充50000册，指标完成率100%); a clause with no figure is its name and a
    change (公共数字文化服务参与率逐年提升)."""
    clause = clause.strip("，,；;。 ")
    figures = _figures(clause)
    if not figures:
        return _changed_result(clause)
    target = _figures(completion.group("target") or "")
    name = _result_name(clause, figures[0])
    if not name:
        return None
    if target:  # the actual is the figure counted in the target's unit (培训2399人 of 49期, 2399人 … 2000人的120%)
        return _fields(name, target[0], next((q for q in reversed(figures) if q.unit == target[0].unit), None))
    done = _done_after_target(clause, figures)
    if done is not None:
        return _fields(name, figures[0], done)
    if float(completion.group("rate")) == 100:
        return _fields(name, figures[0], figures[0])
    return _fields(name, figures[0], None)  # 好评率90%，指标完成率99.14%: the target, its actual left unwritten


#: the done-verb between a target and its result (考核指标23.1万亩,完成28.69万亩)
_DONE = re.compile(r"[，,]\s*(?:实际)?完成")


def _done_after_target(clause: str, figures: tuple[Quantity, ...]) -> Quantity | None:
    """The result a clause states after its target, in the target's unit and after 完成 (2022年考核指标23.1万亩,完成28.69
    万亩, then 完成率124.2%; 改厕任务38283座,完成38649座), else None."""
    first = figures[0]
    return next((q for q in figures[1:] if q.unit == first.unit and first.unit
                 and _DONE.search(clause, first.end, q.start)), None)


def _labelled_figures(item: str) -> dict | None:
    """A name, then its figures each after its label, one a clause (主导制修订国家标准的项目数量(项),目标值2,完成值2,
    分值6,得分6): the target and the actual, with the points when written; the unit in the name's bracket when the
    figures write none. None unless both a target and an actual are labelled."""
    name, *rest = _clauses(item) or [""]
    found = {}
    for clause in rest:
        m = _FIGURE_LABEL.match(clause)
        figures = _figures(clause[m.end():]) if m else ()
        if len(figures) != 1 or not clause.endswith(figures[0].text) or m.lastgroup in found:
            return None
        found[m.lastgroup] = figures[0]
    name = _clean_name(name)
    if not name or _figures(name) or not {"target", "actual"} <= found.keys():
        return None
    fields = _fields(name, found["target"], found["actual"])
    fields["unit"] = fields["unit"] or unit_in_brackets(name)
    fields.update({key: found[key].value for key in ("weight", "score") if key in found})
    return fields


#: the period a target's label may open with (年初目标值), and what closes any label before its figure or words (为, ：)
_PERIOD = r"(?:年初|年度|全年)"
_LABEL_CLOSE = r"(?:为|是)?[：:]?"
#: the label of one figure of a result (目标值200, 完成值200, 分值10, 得分10)
_FIGURE_LABEL = re.compile(rf"^(?:(?P<target>{_PERIOD}?(?:目标|指标|计划)值)|(?P<actual>(?:实际)?完成值|实际值)"
                           rf"|(?P<weight>分值|权重)|(?P<score>(?:自评)?得分)){_LABEL_CLOSE}")


def _ceiling_result(clause: str) -> dict | None:
    """A result with its ceiling: 城镇登记月平均失业率为2.42%，控制在4.5%以内."""
    figures = _figures(clause)
    if len(figures) != 2 or figures[0].operator or figures[1].operator != "<=" or figures[0].unit != figures[1].unit:
        return None
    name = _result_name(clause, figures[0])
    return _fields(name, figures[1], figures[0]) if name else None


def _planned_and_actual(text: str) -> dict | None:
    """A figure and the actual after it in the same unit: 应补助人数9人，实际补助人数9人; 人均补助标准为0.60万元，实际补助
    标准为0.60万元 (the name is the first clause's); a figure named only 指标 takes its name from the clause before it
    (优抚对象生活补助金每月中旬发放，指标为100%，实际完成值为100%; …设备购置资金300万，年初目标值300万，实际完成值300万)."""
    clauses = _clauses(text)
    for k, (planned, done) in enumerate(zip(clauses, clauses[1:])):
        figures, actuals = _figures(planned), _figures(done)
        if _DONE_LABEL.match(done) and len(figures) == len(actuals) == 1 and figures[0].unit == actuals[0].unit:
            name = _PLANNED_LABEL.sub("", _result_name(planned, figures[0])) or (_clause_name(clauses[k - 1]) if k > 0 else "")
            return _fields(name, figures[0], actuals[0]) if name else None
    return None


#: what opens the actual's clause (实际补助人数9人, 全年完成值103119人, 当年实际完成9人), and the label of the planned figure closing the
#: name before it (养老金领取人数全年平均数年初任务数101974人 → 养老金领取人数全年平均数)
_DONE_LABEL = re.compile(r"^(?:(?:当年|全年|年度)?实际|(?:全年|年度)(?:实际)?完成(?:值|数))")  # a bare 完成值: _labelled_figures
_PLANNED_LABEL = re.compile(rf"(?<=[{HAN}]){_PERIOD}(?:目标任务数|任务数|目标值|指标值|计划数|计划值)$"
                            rf"|(?<=[{HAN}]{{4}})指标$")  # 享受医疗待遇优抚对象人数指标为大于等于728人


def _target_and_result_in_words(text: str) -> dict | None:
    """A target and its result written in words, labelled as such (年初目标值提高教育质量与上年相比显著提高，实际完成值显著提高):
    the name is the clause before, none when the line opens with the target (the checker says the name is
    missing)."""
    clauses = _clauses(text)
    for k, (planned, done) in enumerate(zip(clauses, clauses[1:])):
        label, result = _TARGET_LABEL.match(planned), _RESULT_LABEL.match(done)
        if label and result and not _figures(planned) and planned[label.end():]:
            name = _clause_name(clauses[k - 1]) if k > 0 else ""
            return {"name": name or None, "target_text": planned[label.end():], "actual_text": done[result.end():]}
    return None


_TARGET_LABEL = re.compile(rf"^{_PERIOD}?目标值{_LABEL_CLOSE}")
_RESULT_LABEL = re.compile(rf"^实际完成(?:值|情况)?{_LABEL_CLOSE}")
#: a line that writes its target and its result as such: 年初目标值≥90%,实际完成值≥90%
_TARGET_AND_RESULT = re.compile(r"目标值.{0,30}(?:实际完成|完成值)")


def writes_target_and_result(text: str) -> bool:
    """Does a line write its target and then its result, labelled as such (1.重大动物强制免疫病种群体免疫密度,
    年初目标值≥90%,实际完成值≥90%): a result to read though no level names it."""
    return bool(_TARGET_AND_RESULT.search(text))


def _clause_name(clause: str) -> str:
    """The name a clause gives: the whole clause, or what stands before its figure (…设备购置资金300万)."""
    figures = _figures(clause)
    return _result_name(clause, figures[0]) if figures else _clean_name(clause)


def _counted_result(text: str) -> dict | None:
    """A count stated as a whole clause, name为N (城镇“311”公共就业服务覆盖人数为4691人; 补助覆盖全部学生，覆盖比率为100%):
    the actual of a target the report leaves out."""
    for clause in _clauses(text):
        figures = _figures(clause)
        if len(figures) == 1 and clause.endswith(figures[0].text) and "为" in clause[:figures[0].start]:
            name = _result_name(clause, figures[0])
            if name and _COUNTED_NAME.search(name):
                return _fields(name, None, figures[0])
    return None


def _stated_target(item: str) -> dict | None:
    """An item of one or two clauses that states one figure, a target with its operator closing its clause (采购装备出现不合格装备的比例≦0%;
    实际完成飞行小时数/计划小时数≥80%，实际完…; 降低交通事故损失,提升公路交通安全保障水平≥95%): the target, no actual."""
    clauses = _clauses(item)
    if len(_figures(item)) != 1 or len(clauses) > 2:
        return None  # a long sentence of what was done may mention a rule (公示时间不少于7天): no target of its own
    clause, [figure] = next((c, _figures(c)) for c in clauses if _figures(c))
    if not figure.operator or not clause.endswith(figure.text):
        return None
    name = _result_name(clause, figure)
    return _fields(name, figure, None) if name else None


def _labelled_total(item: str) -> dict | None:
    """A result named by its label and closed by its total (开展工作督导：一个季度开展工作督导一次，共4次): the total is
    the actual of the label's indicator."""
    m = _LABEL.match(item)
    clauses = _clauses(item[m.end():]) if m else []
    if not clauses or not clauses[-1].startswith("共"):
        return None
    figures = _figures(clauses[-1])
    if len(figures) != 1 or not clauses[-1].endswith(figures[0].text):
        return None
    return _fields(m.group("name"), None, figures[0])


#: a result's own label: a short name with no figure, then a colon (开展工作督导：)
_LABEL = re.compile(rf"^(?P<name>[{HAN}]{{2,20}})\s*[：:]\s*")


def _bare_counts(item: str) -> list[dict]:
    """The results of an item whose every clause is a name and its count (办理法律援助案件94件; 项目处治路线2条,覆盖乡镇1个):
    the actuals; a count beside a status (完成道路建设491米，已完成) tells what was done and is none, and a clause that
    compares (物资储备112万元,高于控制指标32万元) states a margin, no count; an amount of money is what was spent
    (减免遗体基本火化成本162.35万元), no count either."""
    out = []
    for clause in _clauses(item):
        if clause.startswith(_MARGIN_WORDS) or _TARGET_MET.fullmatch(clause) or _YEAR_ALONE.fullmatch(clause):
            continue  # 2023年,名师工作室组织培训期数2次,完成绩效目标 (昌宁): the count is the result that met it
        figures = _figures(clause)
        if len(figures) != 1 or figures[0].operator or not clause.endswith(figures[0].text) or not figures[0].unit \
                or figures[0].kind == "money":
            return []
        name = _result_name(clause, figures[0])
        if not name:
            return []
        out.append(_fields(name, None, figures[0]))
    return out


_YEAR_ALONE = re.compile(r"\d{4}年度?")
#: a clause saying only that the target was met (完成绩效目标, 达到预期目标), beside the count that met it
_TARGET_MET = re.compile(r"(?:已|均|全部)?(?:完成|达到|实现)(?:了)?(?:年度|预期|既定)?(?:绩效)?目标(?:任务)?")

#: the words opening a clause that compares a result with its control figure (高于控制指标32万元): strict operators
_MARGIN_WORDS = tuple(w for w, (operator, position) in operator_words().items()
                      if position == "before" and operator in (">", "<") and is_chinese(w))


def _clauses(text: str) -> list[str]:
    return [c.strip() for c in re.split(r"[，,]", text) if c.strip()]


def _changed_result(clause: str) -> dict | None:
    verb = vague_ending(clause, "change_verb")
    if verb is None:
        return None
    name = strip_vague_ending(clause[: -len(verb)], "change_adverb", "degree_adverb")  # 阅读需求有效提高
    target = clause[len(name):]
    name = _last_clause_name(name)
    return {"name": name, "target_text": target} if name else None


def _result_name(clause: str, first: Quantity) -> str:
    """The name of a result: the clause before its first figure, from its last comma on, without the year, the
    area and the done-verb that open it (2023年度全县城镇登记月平均失业率为 → 城镇登记月平均失业率); "" for the
    completion of a whole dimension (该项指标完成100%) and for a bare 指标 (指标为100%, 年初目标值100%), which name no
    indicator."""
    before = _last_clause_name(clause[: first.start])
    return "" if _WHOLE_DIMENSION.search(before) or _TARGET_WORD.fullmatch(before) else before


_WHOLE_DIMENSION = re.compile(r"^(?:该|本|各)项(?!目)|指标完成")
#: 指标为100%, 年初目标值100%: names nothing (the clause before does)
_TARGET_WORD = re.compile(r"(?:年初|初|年度|全年|计划)?(?:指标|目标)值?|计划值?")  # 初目标值: 年初 with 年 dropped


def _last_clause_name(text: str) -> str:
    """The name the last clause of ``text`` gives (2023年，服务参与率 → 服务参与率)."""
    return _clean_name(re.split(r"[，,：:]", text)[-1])


def _clean_name(text: str) -> str:
    return _NAME_CLOSING.sub("", _NAME_OPENING.sub("", text.strip())).strip()


def _fields(name: str, planned: Quantity | None, done: Quantity | None) -> dict:
    fields = {"name": name}
    if planned is not None:
        fields.update(operator=planned.operator, value=planned.value, upper=planned.upper, unit=planned.unit,
                      target_text=planned.text)
    if done is not None:
        fields.update(actual=done.value, actual_text=done.text)
    if planned is None and done is not None:
        fields.update(unit=done.unit)  # a result with no target: the unit it is counted in
    return fields
