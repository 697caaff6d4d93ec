"""Contract terms: 金额, 付款, 工期, 验收, 违约, 维保, 知识产权 with the numbers they state.

Clauses come from the document's clause tree (第X条 / 一、 …); a clause's type is decided by
its title first, then by keywords in its text. Each payment instalment (``合同签订后…支付合同总价的30%``)
is one :class:`ContractTerm` with its percent and trigger; amounts keep 小写 figures, or the
大写 words read by :func:`extractor.nlp.quantities.parse_amount_words` when no figure is given.
"""
from __future__ import annotations

import re

from ..document import Document
from ..extraction import ContractTerm
from ..nlp.quantities import (FIGURE, amount_in_capitals, figure_value, figures, parse_number, unit_pattern,
                               written_numbers)
from .sentences import normalise, sentences

#: clause type -> keywords (title or text); order matters: the first type whose keyword is in the title wins
CLAUSE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "付款": ("付款", "支付", "结算方式", "价款支付"),
    "金额": ("合同金额", "合同价款", "合同总价", "合同价格", "价格", "金额", "总价"),
    "工期": ("工期", "建设周期", "进度", "交付时间", "实施周期", "服务期"),
    "验收": ("验收",),
    "违约": ("违约", "赔偿", "罚则"),
    "维保": ("维保", "质保", "保修", "维护", "售后", "质量保证"),
    "知识产权": ("知识产权", "著作权", "专利", "源代码", "版权"),
}
#: trigger words in priority order; 签订/签署/生效 all mean 合同签订, others are kept as written (+合格 when it follows)
TRIGGER_WORDS: tuple[str, ...] = ("质保期满", "维保期满", "保修期满", "终验", "竣工验收", "最终验收", "初验", "初步验收", "试运行", "上线", "到货", "签订", "签署", "生效", "验收")
_SIGNING = ("签订", "签署", "生效")
_DURATION_RANK = {"年": 5, "月": 4, "周": 3, "日历天": 2, "天": 1, "日": 1, "工作日": 0}
# the layouts around a figure; the figure, its unit and its value are the engine's (nlp.quantities, units.tsv)
_PERCENT = re.compile(rf"(?P<num>{FIGURE})\s*{unit_pattern('percent_sign')}")
_PAY = re.compile(r"支付|付款|拨付|付清|支付至")
_AMOUNT_FIGURE = re.compile(rf"(?:[¥￥]|小写[)）]?[:：]?\s*[¥￥]?)\s*(?P<num>{FIGURE})\s*(?P<unit>{unit_pattern('budget')})?|"
                            rf"(?P<num2>{FIGURE})\s*(?P<unit2>{unit_pattern('budget')})")
_DURATION = re.compile(rf"(?P<num>{FIGURE}|[一二三四五六七八九十两]+)\s*(?P<unit>{unit_pattern('contract_period')})")
_PENALTY_PER_DAY = re.compile(rf"每(?:逾期|延迟|迟延)?(?:一|1)?(?:日|天)[^。；]*?(?P<num>{FIGURE})\s*"
                              rf"(?P<unit>{unit_pattern('penalty_amount')}|{unit_pattern('penalty_rate')})")
# the words that bound a penalty ("累计不超过合同总价的10%", "以合同金额的5%为限"); the percentage is the engine's
_CAP_WORDS = re.compile(r"不超过|不得超过|最高不超过|以|上限为|累计不超过")
_CAP_GAP = re.compile(r"[^。；\d]{0,12}")  # what may stand between those words and the percentage
_PARTY = re.compile(r"(?P<role>甲方|乙方|丙方|采购人|供应商|发包人|承包人|委托方|受托方)[（(]?[^：:）)]{0,6}[）)]?[:：]\s*(?P<name>[^\s，,。；;：:]{2,40})")


def clause_kind(title: str, text: str = "") -> str | None:
    """The contract term type of a clause from its title (preferred) or its text."""
    title = normalise(title)
    for kind, words in CLAUSE_KEYWORDS.items():
        if any(w in title for w in words):
            return kind
    text = normalise(text)
    for kind, words in CLAUSE_KEYWORDS.items():
        if any(w in text[:60] for w in words):
            return kind
    return None


def trigger_of(text: str) -> str | None:
    """The event a payment or period is tied to: 合同签订, 初验合格, 终验合格, 维保期满, 到货 …"""
    for word in TRIGGER_WORDS:
        at = text.find(word)
        if at < 0:
            continue
        if word in _SIGNING:
            return "合同签订"
        tail = text[at + len(word) :]
        return word + ("合格" if tail.startswith("合格") else "通过" if tail.startswith("通过") else "")
    return None


def extract_contract_terms(doc: Document) -> list[ContractTerm]:
    """Terms of every typed clause (or, with no clause tree, of every paragraph with a keyword)."""
    parties = contract_parties(doc)
    terms: list[ContractTerm] = []
    sections = list(_sections(doc))
    for title, text, blocks in sections:
        kind = clause_kind(title, text)
        if kind is None:
            continue
        page = blocks[0].page if blocks else None
        refs = [b.ref for b in blocks]
        for term in terms_of(kind, text):
            term.page, term.refs, term.parties = page, refs, list(parties)
            terms.append(term)
    return terms


def _sections(doc: Document):
    """(title, normalised text, blocks) per top-level clause with its whole subtree; without clauses, per paragraph."""
    if doc.clauses:
        for clause in doc.clauses:
            refs: list[str] = []
            for node in clause.walk():
                for ref in (node.ref, *node.block_refs):
                    if ref not in refs:
                        refs.append(ref)
            blocks = sorted((doc.block(r) for r in refs), key=lambda b: b.index)
            text = normalise("\n".join(b.text for b in blocks if b.kind != "table"))
            yield clause.title or "", text, blocks
        return
    for block in doc.blocks:
        if block.kind in ("paragraph", "list_item", "heading"):
            text = normalise(block.text)
            m = re.match(r"^(第[一二三四五六七八九十百\d]+条)\s*(?P<title>[^\s：:。，]{1,12})", text)
            yield (m.group("title") if m else ""), text, [block]


def terms_of(kind: str, text: str) -> list[ContractTerm]:
    if kind == "付款":
        out = []
        for sentence in sentences(text):
            pct = _PERCENT.search(sentence)
            if pct and _PAY.search(sentence):
                rest = sentence[pct.end() :]
                figure = _AMOUNT_FIGURE.search(rest)
                amount = figure_value(figure.group("num") or figure.group("num2")) if figure else None
                unit = (figure.group("unit") or figure.group("unit2") or "元") if figure else None
                out.append(ContractTerm(kind, sentence, percent=figure_value(pct.group("num")), amount=amount, unit=unit,
                                        trigger=trigger_of(sentence[: pct.start()]) or trigger_of(sentence)))
        return out or [ContractTerm(kind, text[:200])]
    if kind == "金额":
        amount, unit = amount_in(text)
        return [ContractTerm(kind, text[:200], amount=amount, unit=unit)]
    if kind in ("工期", "维保", "验收"):
        best = _longest_duration(text)
        if best is None:
            return [ContractTerm(kind, text[:200], trigger=trigger_of(text) if kind == "验收" else None)]
        value, unit, sentence = best
        return [ContractTerm(kind, text[:200], duration=value, duration_unit=unit, trigger=trigger_of(sentence))]
    if kind == "违约":
        per_day = _PENALTY_PER_DAY.search(text)
        cap = _cap_percent(text)
        term = ContractTerm(kind, text[:200])
        if per_day:
            unit = per_day.group("unit").replace("％", "%")
            term.amount, term.unit = figure_value(per_day.group("num")), f"{unit}/日"
        if cap is not None:
            term.cap = term.percent = cap
        return [term]
    return [ContractTerm(kind, text[:200])]


def _cap_percent(text: str) -> float | None:
    """The percentage a penalty is capped at: the first one written within a few words after 不超过/以/上限为 …"""
    figures_at = {number.start(): q for q in figures(text) for number in written_numbers(text, q)[:1]}
    for word in _CAP_WORDS.finditer(text):
        gap = _CAP_GAP.match(text, word.end())
        q = figures_at.get(gap.end())
        if q is not None and q.unit == "%":
            return q.value
    return None


def _longest_duration(text: str) -> tuple[float, str, str] | None:
    """The period of a clause: the duration with the largest unit (3年 over 2小时, 3个月 over 10个工作日)."""
    best = None
    for sentence in sentences(text):
        for m in _DURATION.finditer(sentence):
            unit = m.group("unit").removeprefix("个")
            value = _duration_value(m.group("num"))
            if value is None:
                continue
            rank = _DURATION_RANK.get(unit, 0)
            if best is None or rank > best[0]:
                best = (rank, value, unit, sentence)
    return best[1:] if best else None


def amount_in(text: str) -> tuple[float | None, str | None]:
    """The contract amount: the 小写 figure with its unit, else the 大写 words in 元."""
    m = _AMOUNT_FIGURE.search(text)
    if m:
        num = m.group("num") or m.group("num2")
        unit = m.group("unit") or m.group("unit2") or "元"
        return figure_value(num), unit
    words = amount_in_capitals(text)
    return (words[1], "元") if words else (None, None)


def _duration_value(text: str) -> float | None:
    value = figure_value(text)
    return value if value is not None else parse_number(text)


def contract_parties(doc: Document) -> list[str]:
    """``甲方：东莞市…局`` / ``乙方：…有限公司`` names, first mention of each role."""
    seen: dict[str, str] = {}
    for block in doc.blocks[:80]:
        texts = [normalise(block.text)] if block.rows is None else ["：".join(r) for r in block.rows]
        if block.kind == "field" and block.label:
            texts = [f"{normalise(block.label)}：{normalise(block.value or '')}"]
        for text in texts:
            for m in _PARTY.finditer(text):
                role = m.group("role")
                if role not in seen:
                    seen[role] = m.group("name")
    return [f"{role}:{name}" for role, name in seen.items()]
