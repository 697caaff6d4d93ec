"""Render a Document as Markdown or plain text (for people and for diffs)."""
from __future__ import annotations

from .document import Document


def to_text(doc: Document) -> str:
    return doc.text


def to_markdown(doc: Document) -> str:
    out: list[str] = []
    for b in doc.blocks:
        if b.kind == "heading":
            out.append("#" * min((b.level or 1) + 1, 6) + " " + b.text)
        elif b.kind == "table" and b.rows:
            width = max(len(r) for r in b.rows)
            rows = [r + [""] * (width - len(r)) for r in b.rows]
            out.append("| " + " | ".join(_md(c) for c in rows[0]) + " |")
            out.append("|" + "---|" * width)
            out.extend("| " + " | ".join(_md(c) for c in r) + " |" for r in rows[1:])
        elif b.kind == "list_item":
            out.append(f"- {b.text}")
        elif b.kind == "footnote":
            out.append(f"> {b.text}")
        elif b.kind == "field":
            out.append(f"**{b.label}**：{b.value}")
        else:
            out.append(b.text)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md(cell: str) -> str:
    return cell.replace("|", "\\|").replace("\n", "<br>")
