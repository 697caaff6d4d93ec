"""Organisations and the aliases a document defines for them and for other entities.

- Aliases: ``东莞市政务服务数据管理局（以下简称市政数局）``, ``（以下简称“广东三胜”）``,
  ``《…实施方案》（以下简称《实施方案》）``. Every later mention of the alias is the same entity.
- Organisations: names ending in 局/委/办/中心/公司/政府/集团/研究院 …; ``市财政局`` and
  ``东莞市财政局`` are one organisation (the place prefix is dropped in a short mention).
- Roles: rows of a responsibility table (``责任主体 | 主要职责``).

Sub-projects are found by :mod:`.subprojects`.

Every function takes the document's :class:`~.analysis.Analysis` (one pipeline pass) and builds
one when called alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..extraction import Organisation
from .sentences import HAN, text_units

_ALIAS = re.compile(
    r"[（(](?:以下|下文)?(?:简称|统称|称)[:：]?(?P<alias>[“\"「《]?[^）)”\"」》，,]{1,20}[”\"」》]?)[）)]"
)
_STOP_PREFIX = re.compile(r"^(?:受|对|由|与|和|及|向|经|在|将|把|被|从|为|是|的|等|即|指|会同|联合|委托|根据|按照|依据|协调|组织|主管的|牵头)+")
_SEGMENT_BREAK = re.compile(r"[，。；：:、“”\"]|[（(][^）)]*[）)]")
ORG_SUFFIX = "委员会|办公室|管理局|研究院|股份有限公司|有限公司|公司|集团|人民政府|中心|银行|医院|大学|学院|学校|联盟|局|委|厅|署"
_FUNCTION_CHARS = "的了和与及等在对由将把被从为是有也都而并或向就至以于其该此这后前上下"
# a place prefix (东莞市 / 市 / 省) then a short body then a suffix: 东莞市财政局, 市发改局, 省政数局
# (市 inside 城市/都市/超市 and 区 inside 社区/园区/景区/小区 are no place prefix: "城市运行监测中心" is not "市运行监测中心")
_ORG = re.compile(rf"(?P<name>(?:(?<![城都超门夜])市|省|县|(?<![社园景小校])区)(?:[^{_FUNCTION_CHARS}\W\d]{{0,12}}?(?:{ORG_SUFFIX})|政府))")
_PLACE_NAME = re.compile(rf"[{HAN}]{{2}}(?:省|市)")
# without a place prefix only firm-like names that fill a whole phrase: 广东三胜管理顾问有限公司
_FIRM = re.compile(rf"^[{HAN}]{{2,16}}(?:股份有限公司|有限公司|集团|研究院)$")
_GENERIC_ORG = re.compile(
    r"^(?:直|市直|各|该|本|其他|相关|有关|上述|所在|部门|单位|业务|承建|设计|监理|直属|领导|工作|专班|评价|第三方|总承包|镇街|区县|"
    r"主管|牵头|职能|地市|各级)"
)
_PLACE = re.compile(rf"^(?P<place>[{HAN}]{{2,6}}?)(?=[省市县区])")


@dataclass
class AliasDefinition:
    full: str
    alias: str
    ref: str


def _units(doc: Document, analysis):
    return [u.unit for u in analysis.units] if analysis is not None else list(text_units(doc))


def alias_definitions(doc: Document, analysis=None) -> list[AliasDefinition]:
    """``X（以下简称Y）`` pairs in reading order (the quotes and 《》 of Y kept only for documents)."""
    out = []
    for unit in _units(doc, analysis):
        text = unit.text
        for m in _ALIAS.finditer(text):
            alias = m.group("alias").strip("“”\"「」")
            full = _name_before(text[: m.start()])
            if full and alias and alias != full:
                out.append(AliasDefinition(full, alias, unit.refs[0]))
    return out


def _name_before(text: str) -> str | None:
    """The name right before an alias bracket: a 《title》 or the last phrase cut at punctuation."""
    text = text.rstrip()
    if text.endswith("》"):
        start = text.rfind("《")
        return text[start:] if start >= 0 else None
    parts = _SEGMENT_BREAK.split(text)
    segment = parts[-1] if parts else text
    if "的" in segment:
        segment = segment.rsplit("的", 1)[1]
    segment = _STOP_PREFIX.sub("", segment)
    return segment or None


def extract_organisations(
    doc: Document, aliases: list[AliasDefinition] | None = None, analysis=None
) -> list[Organisation]:
    aliases = alias_definitions(doc, analysis) if aliases is None else aliases
    orgs: dict[str, Organisation] = {}

    def get(name: str, ref: str) -> Organisation:
        org = orgs.get(name)
        if org is None:
            org = orgs[name] = Organisation(name=name)
        if ref not in org.refs:
            org.refs.append(ref)
        return org

    org_aliases = [a for a in aliases if is_organisation_name(a.full)]
    for a in org_aliases:
        org = get(a.full, a.ref)
        if a.alias not in org.aliases:
            org.aliases.append(a.alias)
    units = _units(doc, analysis)
    places = _places(units)
    for unit in units:
        for m in _ORG.finditer(unit.text):
            name = m.group("name")
            if _GENERIC_ORG.match(name[1:]) or len(name) < 3:
                continue
            prefix = unit.text[max(0, m.start() - 2) : m.start() + 1]
            if prefix in places:
                name = prefix[:2] + name
            get(name, unit.refs[0])
        for segment in _SEGMENT_BREAK.split(unit.text):
            segment = _STOP_PREFIX.sub("", segment)
            if _FIRM.match(segment):
                get(segment, unit.refs[0])
    for name, role, ref in responsibility_rows(doc):
        get(name, ref).roles.append(role)
    return _merge(orgs)


def is_organisation_name(name: str) -> bool:
    """``东莞市政务服务数据管理局`` / ``广东三胜管理顾问有限公司`` -> True."""
    m = _ORG.search(name)
    return bool(_FIRM.match(name) or (m and m.end() == len(name) and m.start() <= 4))


def _places(units) -> set[str]:
    """Place names (东莞市, 广东省) written at least three times in the document."""
    counts: dict[str, int] = {}
    for unit in units:
        for m in _PLACE_NAME.finditer(unit.text):
            counts[m.group()] = counts.get(m.group(), 0) + 1
    return {p for p, n in counts.items() if n >= 3 and not any(ch in _FUNCTION_CHARS for ch in p[:2])}


def _merge(orgs: dict[str, Organisation]) -> list[Organisation]:
    """Fold aliases and short mentions (市财政局 → 东莞市财政局) into one organisation."""
    canonical = _canonical_names(orgs)
    merged: dict[str, Organisation] = {}
    for name in sorted(orgs, key=len, reverse=True):
        target = name
        while target in canonical:
            target = canonical[target]
        _fold_into(merged.setdefault(target, Organisation(name=target)), name, orgs[name])
    return list(merged.values())


def _canonical_names(orgs: dict[str, Organisation]) -> dict[str, str]:
    """The name each alias or short mention stands for (市财政局 → 东莞市财政局), longest names first."""
    names = sorted(orgs, key=len, reverse=True)
    canonical: dict[str, str] = {}
    alias_of = {alias: org.name for org in orgs.values() for alias in org.aliases}
    for name in names:
        if name in alias_of and alias_of[name] != name:
            canonical[name] = alias_of[name]
            continue
        for longer in names:
            if len(longer) > len(name) and longer.endswith(name) and name[0] in "省市县区" and _PLACE.match(longer):
                canonical[name] = canonical.get(longer, longer)
                break
    return canonical


def _fold_into(into: Organisation, name: str, org: Organisation) -> None:
    """Add ``org`` (found as ``name``) to the organisation it names: its name and aliases, roles and refs."""
    if name != into.name and name not in into.aliases:
        into.aliases.append(name)
    for alias in org.aliases:
        if alias != into.name and alias not in into.aliases:
            into.aliases.append(alias)
    into.roles.extend(r for r in org.roles if r not in into.roles)
    into.refs.extend(r for r in org.refs if r not in into.refs)


_ROLE_HEADER = re.compile(r"责任主体|责任单位|单位名称|主体|部门|单位")
_DUTY_HEADER = re.compile(r"职责|分工|任务|工作内容")


def _role_and_duty_columns(header: list[str]) -> tuple[int | None, int | None]:
    """The 责任主体 column (not a duty column) and the 主要职责 column of a header row."""
    who = next((i for i, c in enumerate(header) if _ROLE_HEADER.search(c) and not _DUTY_HEADER.search(c)), None)
    duty = next((i for i, c in enumerate(header) if _DUTY_HEADER.search(c)), None)
    return who, duty


def responsibility_rows(doc: Document) -> list[tuple[str, str, str]]:
    """(organisation, duty, ref) from tables with a 责任主体 column and a 主要职责 column."""
    out = []
    for block in doc.tables():
        rows = block.cells()
        if not rows:
            continue
        who, duty = _role_and_duty_columns(rows[0])
        if who is None or duty is None or who == duty:
            continue
        for row in rows[1:]:
            if who < len(row) and duty < len(row) and row[who] and row[duty]:
                name = re.sub(r"[（(][^）)]*[）)]", "", row[who]).strip()
                if name:
                    out.append((name, row[duty], block.ref))
    return out
