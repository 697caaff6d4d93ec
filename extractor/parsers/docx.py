"""DOCX parser: body paragraphs and tables in document order, footnotes, heading levels.

Works from the WordprocessingML XML (python-docx only opens the package and gives the
style and footnote parts) so that:

- paragraphs and tables come in body order (``w:body`` children, content controls opened);
- heading levels come from the paragraph style (``Heading N`` / ``标题 N``, outline level,
  following ``basedOn``) or, for unstyled paragraphs, from the numbering text
  (一、 （一） 1. 第X条 …, see :mod:`extractor.layout.headings`);
- table cells are read from ``w:tc`` with ``w:gridSpan`` filled across and ``w:vMerge``
  filled down, so every grid position holds the text the reader sees there (the merged cells
  are kept as the block's ``spans``, rows marked ``w:tblHeader`` as its ``header_rows``); a table
  nested in a cell becomes lines of that cell's text;
- footnotes (``word/footnotes.xml``) become ``footnote`` blocks placed right after the block
  that references them (that position is the link), with ``marker`` the number Word shows
  (``1``, ``2``… in order of first reference) and ``text`` the note without its mark; the
  referencing text is left as written (no mark glued onto its numbers);
- headers and footers are not part of the flow.

DOCX has no pages: ``page`` is None and provenance carries ``char_span`` (offsets in
:attr:`Document.text`).
"""
from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Document, DocumentBuilder, upright_text
from ..errors import DamagedFile, TooLarge
from ..layout.headings import classify, document_levels, match_number
from .safezip import ZipLimits, check_office_zip
from .text import assign_char_spans, require_text
from .xlsx import add_table_with_fields

#: a table row may span this many grid columns (Word itself allows 63): gridSpan/gridBefore are checked
#: before a row is filled, so a hostile span of 10^9 columns is refused, not expanded
MAX_TABLE_COLUMNS = 1000
#: grid positions of all tables of one document (rows × columns after spans are filled)
MAX_TABLE_CELLS = 2_000_000

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W = f"{{{W_NS}}}"
FOOTNOTES_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
NUMBERING_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "标题"}
_LIST_STYLE = re.compile(r"^(?:list|列表)", re.IGNORECASE)
#: subtrees whose text is not part of the paragraph (text boxes, duplicate fallbacks, deleted text)
_SKIP_TAGS = {W + "txbxContent", f"{{{MC_NS}}}Fallback", W + "del", W + "instrText", W + "delText"}


@dataclass
class _Para:
    """A body paragraph before its kind and level are final."""

    text: str
    style_level: int | None
    is_list: bool
    footnote_ids: list[str] = field(default_factory=list)


@dataclass
class _Table:
    rows: list[list[str]]
    merged_rows: list[list[str | None]]  # distinct cells (spans collapsed), for field detection
    owners: list[list[tuple[int, int] | None]] = field(default_factory=list)  # per grid place, the w:tc covering it
    header_rows: list[int] = field(default_factory=list)  # rows marked w:tblHeader (repeated on each page)
    footnote_ids: list[str] = field(default_factory=list)


def parse_docx(path: Path, *, zip_limits: ZipLimits | None = None, **_settings) -> Document:
    """Parse a DOCX file into a Document (no clauses; see :func:`extractor.parse`)."""
    path = Path(path)
    check_office_zip(path, zip_limits)
    word = _open(path)
    try:
        styles = _StyleLevels(word)
        footnotes = _read_footnotes(word)
        reader = _BodyReader(styles, _ListNumbers(word))
        items = reader.read(word.element.body)
    except (AttributeError, KeyError, IndexError, TypeError, ValueError) as exc:
        # well-formed XML in the wrong shape (e.g. a root that is not w:document): found by fuzzing
        raise DamagedFile(f"{path.name} has no readable Word document structure ({exc})", source=str(path)) from None

    builder = DocumentBuilder(path, "docx")
    numbered_styles = [
        n.style for item in items if isinstance(item, _Para) and not item.is_list
        and (n := match_number(item.text)) is not None
        and (item.style_level is not None or classify(item.text, n) == "heading")
    ]
    levels = document_levels(numbered_styles)
    for item in items:
        if isinstance(item, _Table):
            add_table_with_fields(builder, item.rows, item.merged_rows, owners=item.owners,
                                  header_rows=item.header_rows)
        else:
            _add_paragraph(builder, item, levels)
        for fid in item.footnote_ids:
            marker, text = reader.markers[fid], footnotes.get(fid, "")
            if text:
                builder.add("footnote", text, marker=marker)
    doc = builder.build(pages=0, metadata={"parser": "docx"})
    assign_char_spans(doc.blocks)
    require_text(doc, path)
    return doc


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zlib.error, zipfile.BadZipFile, EOFError) as exc:
        raise DamagedFile(f"{path.name} is not a readable DOCX file: {exc}", source=str(path)) from None
    except Exception as exc:  # lxml.etree.XMLSyntaxError and friends from a broken part
        if type(exc).__module__.startswith("lxml"):
            raise DamagedFile(f"{path.name} has a broken XML part: {exc}", source=str(path)) from None
        # python-docx reads parts it cannot make sense of as AttributeError/TypeError/IndexError
        # (e.g. a [Content_Types].xml or .rels part with a mangled root element: fuzz finds)
        raise DamagedFile(f"{path.name} has a damaged package part: {type(exc).__name__}: {exc}", source=str(path)) from None


def _add_paragraph(builder: DocumentBuilder, para: _Para, levels: dict[str, int]) -> None:
    text = para.text.strip()
    if not text:
        return
    numbering = match_number(text)
    number = numbering.number if numbering else None
    if para.style_level is not None:
        builder.add("heading", text, level=para.style_level, number=number)
        return
    kind = classify(text, numbering) if numbering else None
    if kind == "heading" and not para.is_list:
        builder.add("heading", text, level=levels.get(numbering.style, numbering.level), number=number)
    elif kind == "list_item" or para.is_list:
        builder.add("list_item", text, number=number)
    else:
        builder.add("paragraph", text)


class _StyleLevels:
    """Heading level of each paragraph style id (name ``Heading N``/``标题 N``, outline level, basedOn)."""

    def __init__(self, word) -> None:
        self._styles: dict[str, tuple[str, int | None, str | None]] = {}
        self._num_pr: dict[str, tuple[str | None, int]] = {}
        self.default_id: str | None = None
        root = word.styles.element
        for st in root.iter(W + "style"):
            if st.get(W + "type") != "paragraph":
                continue
            sid = st.get(W + "styleId")
            name_el = st.find(W + "name")
            name = (name_el.get(W + "val") if name_el is not None else sid) or ""
            outline = st.find(f"{W}pPr/{W}outlineLvl")
            based = st.find(W + "basedOn")
            self._styles[sid] = (
                name,
                int(outline.get(W + "val")) if outline is not None and outline.get(W + "val", "").isdigit() else None,
                based.get(W + "val") if based is not None else None,
            )
            num_pr = st.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                num_el, lvl_el = num_pr.find(W + "numId"), num_pr.find(W + "ilvl")
                self._num_pr[sid] = (num_el.get(W + "val") if num_el is not None else None,
                                     _int_attr(lvl_el, W + "val", 0) if lvl_el is not None else 0)
            if st.get(W + "default") in ("1", "true"):
                self.default_id = sid

    def level(self, style_id: str | None) -> int | None:
        seen = set()
        sid = style_id or self.default_id
        while sid and sid not in seen and sid in self._styles:
            seen.add(sid)
            name, outline, based = self._styles[sid]
            m = _HEADING_STYLE.match(name.strip())
            if m:
                return max(int(m.group(1)), 1)
            if name.strip().lower() in _TITLE_STYLES:
                return 1
            if outline is not None and outline < 9:
                return outline + 1
            sid = based
        return None

    def num_pr(self, style_id: str | None) -> tuple[str | None, int]:
        """(numId, ilvl) a style gives its paragraphs, following basedOn."""
        seen = set()
        sid = style_id
        while sid and sid not in seen and sid in self._styles:
            seen.add(sid)
            if sid in self._num_pr:
                return self._num_pr[sid]
            sid = self._styles[sid][2]
        return None, 0

    def is_list(self, style_id: str | None) -> bool:
        entry = self._styles.get(style_id or "")
        return bool(entry and _LIST_STYLE.match(entry[0]))


class _BodyReader:
    """Walks ``w:body`` and collects paragraphs and tables in order, numbering footnote references."""

    def __init__(self, styles: _StyleLevels, numbers: "_ListNumbers") -> None:
        self.styles = styles
        self.numbers = numbers
        self.markers: dict[str, str] = {}
        self.table_cells = 0  # grid positions filled so far (MAX_TABLE_CELLS)

    def read(self, body) -> list[_Para | _Table]:
        items: list[_Para | _Table] = []
        for child in self._block_children(body):
            if child.tag == W + "p":
                items.append(self._paragraph(child))
            elif child.tag == W + "tbl":
                items.append(self._table(child))
        return items

    def _block_children(self, parent):
        for child in parent:
            if child.tag in (W + "sdt", W + "customXml"):
                content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
                if content is not None:
                    yield from self._block_children(content)
            else:
                yield child

    # -- paragraphs ------------------------------------------------------------
    def _paragraph(self, p) -> _Para:
        footnote_ids: list[str] = []
        text = self._text(p, footnote_ids)
        ppr = p.find(W + "pPr")
        style_id = None
        own_outline = None
        num_pr = None
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            style_id = ps.get(W + "val") if ps is not None else None
            num_pr = ppr.find(W + "numPr")
            ol = ppr.find(W + "outlineLvl")
            if ol is not None and ol.get(W + "val", "").isdigit() and int(ol.get(W + "val")) < 9:
                own_outline = int(ol.get(W + "val")) + 1
        num_id, ilvl = self.styles.num_pr(style_id)
        if num_pr is not None:
            num_el, lvl_el = num_pr.find(W + "numId"), num_pr.find(W + "ilvl")
            num_id = num_el.get(W + "val") if num_el is not None else num_id
            ilvl = _int_attr(lvl_el, W + "val", 0) if lvl_el is not None else ilvl
        label = self.numbers.label(num_id, ilvl) if text.strip() else ""
        if label:
            text = label + (" " if label[-1].isascii() else "") + text.lstrip()
        level = own_outline or self.styles.level(style_id)
        is_list = bool(num_id and num_id != "0") or self.styles.is_list(style_id)
        return _Para(text=text, style_level=level, is_list=is_list,
                     footnote_ids=footnote_ids)

    def _text(self, element, footnote_ids: list[str]) -> str:
        parts: list[str] = []
        self._collect(element, parts, footnote_ids)
        return "".join(parts)

    def _collect(self, element, parts: list[str], footnote_ids: list[str]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_TAGS:
                continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "footnoteReference":
                fid = child.get(W + "id")
                self.markers.setdefault(fid, str(len(self.markers) + 1))
                footnote_ids.append(fid)
            elif tag in (W + "p", W + "tbl"):
                continue  # nested block content is handled by its container
            else:
                self._collect(child, parts, footnote_ids)

    # -- tables ----------------------------------------------------------------
    def _table(self, tbl) -> _Table:
        table = _Table(rows=[], merged_rows=[])
        for tr in self._block_children(tbl):
            if tr.tag == W + "tr":
                self._table_row(tr, table)
        width = max((len(r) for r in table.rows), default=0)
        table.rows = [r + [""] * (width - len(r)) for r in table.rows]
        table.owners = [r + [None] * (width - len(r)) for r in table.owners]
        return table

    def _table_row(self, tr, table: _Table) -> None:
        """Append one ``w:tr`` to ``table``: each grid place gets the text of the ``w:tc`` covering it and that
        cell's owner id (its first place; a ``vMerge`` continuation takes the id and text of the cell above)."""
        index = len(table.rows)
        above = table.rows[-1] if table.rows else []
        above_owners = table.owners[-1] if table.owners else []
        col = _check_columns(_grid_skip(tr, "gridBefore"))
        row: list[str] = [""] * col
        owners: list[tuple[int, int] | None] = [None] * col
        distinct: list[str | None] = []  # non-empty cells once each; None: continues from above
        for tc in self._row_cells(tr):
            span = _int_prop(tc, "gridSpan", 1)
            _check_columns(col + span)
            continued = _vmerge(tc) == "continue"
            owner = (above_owners[col] if continued and col < len(above_owners) else None) or (index, col)
            text = (above[col] if col < len(above) else "") if continued else self._cell_text(tc, table.footnote_ids)
            if continued or text:
                distinct.append(None if continued else text)
            row.extend([text] * span)
            owners.extend([owner] * span)
            col += span
        row.extend([""] * (_check_columns(col + _grid_skip(tr, "gridAfter")) - col))
        owners.extend([None] * (len(row) - len(owners)))
        self._count_cells(len(row))
        if _is_header_row(tr):
            table.header_rows.append(index)
        table.rows.append(row)
        table.owners.append(owners)
        table.merged_rows.append(distinct)

    def _count_cells(self, cells: int) -> None:
        self.table_cells += cells
        if self.table_cells > MAX_TABLE_CELLS:
            raise TooLarge(f"the tables have more than {MAX_TABLE_CELLS} cells")

    def _row_cells(self, tr):
        for child in tr:
            if child.tag == W + "tc":
                yield child
            elif child.tag in (W + "sdt", W + "customXml"):
                content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
                if content is not None:
                    yield from (c for c in content if c.tag == W + "tc")

    def _cell_text(self, tc, footnote_ids: list[str]) -> str:
        lines: list[str] = []
        for child in self._block_children(tc):
            if child.tag == W + "p":
                lines.append(self._text(child, footnote_ids).strip())
            elif child.tag == W + "tbl":
                nested = self._table(child)
                footnote_ids.extend(nested.footnote_ids)
                for r in nested.merged_rows:
                    line = " ".join(c for c in r if c)
                    if line:
                        lines.append(line)
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        return upright_text("\n".join(lines))


def _check_columns(columns: int) -> int:
    if columns > MAX_TABLE_COLUMNS:
        raise TooLarge(f"a table row spans {columns} columns (limit {MAX_TABLE_COLUMNS})")
    return columns


def _int_prop(tc, name: str, default: int) -> int:
    el = tc.find(f"{W}tcPr/{W}{name}")
    if el is None:
        return default
    try:
        return max(int(el.get(W + "val")), 1)
    except (TypeError, ValueError):
        return default


def _is_header_row(tr) -> bool:
    """A row Word repeats on top of each page (``w:trPr/w:tblHeader``, not switched off by ``w:val``)."""
    el = tr.find(f"{W}trPr/{W}tblHeader")
    return el is not None and el.get(W + "val", "true") not in ("0", "false", "off")


def _vmerge(tc) -> str | None:
    el = tc.find(f"{W}tcPr/{W}vMerge")
    if el is None:
        return None
    return "restart" if el.get(W + "val") == "restart" else "continue"


def _grid_skip(tr, name: str) -> int:
    el = tr.find(f"{W}trPr/{W}{name}")
    if el is None:
        return 0
    try:
        return max(int(el.get(W + "val")), 0)
    except (TypeError, ValueError):
        return 0


def _read_footnotes(word) -> dict[str, str]:
    """Footnote id -> text (separator notes skipped, the note's own reference mark removed)."""
    root = _related_xml(word, FOOTNOTES_RELTYPE)
    if root is None:
        return {}
    notes: dict[str, str] = {}
    for fn in root.iter(W + "footnote"):
        if fn.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paras = []
        for p in fn.iter(W + "p"):
            paras.append("".join(
                (t.text or "") if t.tag == W + "t" else "\t"
                for t in p.iter(W + "t", W + "tab")
                if not any(a.tag in _SKIP_TAGS for a in t.iterancestors())
            ).strip())
        notes[fn.get(W + "id")] = "\n".join(p for p in paras if p)
    return notes


class _ListNumbers:
    """Renders Word automatic numbering (``w:numPr`` → ``numbering.xml``) as the text a reader sees.

    Counters are kept per ``numId`` and level; a level restarts when an outer level advances.
    Bullets render as nothing (they are not numbers).
    """

    def __init__(self, word) -> None:
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        root = _related_xml(word, NUMBERING_RELTYPE)
        if root is None:
            return
        for abstract in root.iter(W + "abstractNum"):
            aid = abstract.get(W + "abstractNumId")
            for lvl in abstract.iter(W + "lvl"):
                ilvl = _int_attr(lvl, W + "ilvl", 0)
                fmt = lvl.find(W + "numFmt")
                text = lvl.find(W + "lvlText")
                start = lvl.find(W + "start")
                self._levels[(aid, ilvl)] = (
                    fmt.get(W + "val") if fmt is not None else "decimal",
                    text.get(W + "val") if text is not None else "",
                    _int_attr(start, W + "val", 1) if start is not None else 1,
                )
        for num in root.iter(W + "num"):
            aid_el = num.find(W + "abstractNumId")
            overrides = {}
            for ov in num.iter(W + "lvlOverride"):
                start = ov.find(W + "startOverride")
                if start is not None:
                    overrides[_int_attr(ov, W + "ilvl", 0)] = _int_attr(start, W + "val", 1)
            if aid_el is not None:
                self._nums[num.get(W + "numId")] = (aid_el.get(W + "val"), overrides)

    def label(self, num_id: str | None, ilvl: int) -> str:
        if not num_id or num_id not in self._nums:
            return ""
        aid, overrides = self._nums[num_id]
        if (aid, ilvl) not in self._levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        start = overrides.get(ilvl, self._levels[(aid, ilvl)][2])
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        fmt, text, _ = self._levels[(aid, ilvl)]
        if fmt in ("bullet", "none"):
            return ""

        def level_text(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            level_fmt, _, level_start = self._levels.get((aid, k), ("decimal", "", 1))
            return format_list_number(counters.get(k, overrides.get(k, level_start)), level_fmt)

        return re.sub(r"%([1-9])", level_text, text)


_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def format_list_number(n: int, fmt: str) -> str:
    """One counter in a Word number format (decimal, chineseCounting, decimalEnclosedCircle, …)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _cn_counting(n, _CN_DIGITS, "十")
    if fmt == "chineseLegalSimplified":
        return _cn_counting(n, _CN_LEGAL, "拾")
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(_CN_DIGITS[int(d)] for d in str(n))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return _TIANGAN[n - 1]
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter") and n >= 1:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman") and 1 <= n < 4000:
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(n)


def _cn_counting(n: int, digits: str, ten: str) -> str:
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + ten + (digits[ones] if ones else "")
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _int_attr(el, name: str, default: int) -> int:
    try:
        return int(el.get(name))
    except (TypeError, ValueError, AttributeError):
        return default


def _related_xml(word, reltype: str):
    from docx.oxml import parse_xml

    part = next((rel.target_part for rel in word.part.rels.values()
                 if rel.reltype == reltype and not rel.is_external), None)
    return None if part is None else parse_xml(part.blob)
