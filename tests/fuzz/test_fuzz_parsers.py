"""Fuzzing the parsers with mutated sample files: truncations, byte flips, and flips inside the XML
parts of DOCX/XLSX (so the mutation gets past the ZIP checksums into the XML readers).

Every outcome must be a Document (JSON-serialisable) or an ExtractorError with a code of extractor.errors (ARCHITECTURE.md, "Errors"),
within a per-example time limit: never another exception, never a hang. Fast mode runs a few
hundred mutants; ``--slow`` runs 10,000 (issue 7.3).
"""
from __future__ import annotations

import io
import json
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pdfbytes import build_pdf, catalog
from fuzzing import FUZZ_DERANDOMIZE
from hypothesis import HealthCheck, given, settings, strategies as st

import extractor
from extractor.errors import ERROR_CODES, ExtractorError, TimeLimitExceeded
from extractor.limits import time_limit

FAST, SLOW = 300, 10_000
PER_EXAMPLE_SECONDS = 20.0
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpora" / "samples"
SAMPLE_FILES = ["plan-gbk.txt", "contract-excerpt.docx", "road-elderly-indicators.xlsx", "contract-excerpt.pdf"]


def tiny_pdf() -> bytes:
    """One uncompressed page: three text lines and a ruled 2x2 table (flips land in live syntax)."""
    content = (
        b"BT /F1 14 Tf 72 760 Td (Performance targets 2024) Tj ET\n"
        b"BT /F1 10 Tf 72 740 Td (1. Roads repaired: 12 km, satisfaction >= 90%) Tj ET\n"
        b"BT /F1 10 Tf 72 726 Td (2. Budget executed: 486.25 of 500.00) Tj ET\n"
        b"0.5 w 72 600 m 372 600 l S 72 650 m 372 650 l S 72 700 m 372 700 l S\n"
        b"72 600 m 72 700 l S 222 600 m 222 700 l S 372 600 m 372 700 l S\n"
        b"BT /F1 10 Tf 80 680 Td (Indicator) Tj ET BT /F1 10 Tf 230 680 Td (Target) Tj ET\n"
        b"BT /F1 10 Tf 80 630 Td (Length) Tj ET BT /F1 10 Tf 230 630 Td (12 km) Tj ET\n"
    )
    objects = [
        *catalog(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return build_pdf(objects)


def _samples() -> dict[str, bytes]:
    found = {name: (SAMPLES / name).read_bytes() for name in SAMPLE_FILES}
    found["tiny.pdf"] = tiny_pdf()
    return found


SOURCES = _samples()


@dataclass(frozen=True)
class Mutation:
    name: str
    flips: tuple[tuple[int, int], ...]  # (position, xor mask 1..255), position taken modulo the length
    cut: float | None  # keep this share of the bytes
    member: int | None  # for ZIP files: mutate this member's content instead of the raw archive


mutations = st.builds(
    Mutation,
    name=st.sampled_from(sorted(SOURCES)),
    flips=st.lists(st.tuples(st.integers(0, 1 << 30), st.integers(1, 255)), max_size=6).map(tuple),
    cut=st.one_of(st.none(), st.floats(0.0, 1.0)),
    member=st.one_of(st.none(), st.integers(0, 1 << 10)),
)


def _mutate_bytes(data: bytes, flips, cut) -> bytes:
    buf = bytearray(data)
    if buf:
        for position, mask in flips:
            buf[position % len(buf)] ^= mask
    if cut is not None:
        buf = buf[: int(len(buf) * cut)]
    return bytes(buf)


def apply(mutation: Mutation) -> bytes:
    data = SOURCES[mutation.name]
    if mutation.member is None or not data.startswith(b"PK"):
        return _mutate_bytes(data, mutation.flips, mutation.cut)
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        infos = src.infolist()
        target = infos[mutation.member % len(infos)].filename
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in infos:
                content = src.read(info.filename)
                if info.filename == target:
                    content = _mutate_bytes(content, mutation.flips, mutation.cut)
                dst.writestr(info.filename, content)
    return out.getvalue()


def _one(mutation: Mutation, folder: Path) -> str:
    path = folder / f"mutant{Path(mutation.name).suffix}"
    path.write_bytes(apply(mutation))
    started = time.perf_counter()
    try:
        with time_limit(PER_EXAMPLE_SECONDS, mutation.name):
            doc = extractor.parse(path)
            json.dumps(doc.to_dict(), ensure_ascii=False, allow_nan=False)
        outcome = "document"
    except TimeLimitExceeded:
        raise AssertionError(f"{mutation} hung for more than {PER_EXAMPLE_SECONDS} s") from None
    except ExtractorError as exc:
        assert exc.code in ERROR_CODES, (exc.code, mutation)
        outcome = exc.code
    # a parser that swallowed the alarm would turn a hang into an error code: time it as well
    assert time.perf_counter() - started < PER_EXAMPLE_SECONDS, f"{mutation} took too long"
    return outcome


def _fuzz(examples: int, folder: Path) -> dict[str, int]:
    outcomes: dict[str, int] = {}

    @settings(max_examples=examples, deadline=None, database=None, derandomize=FUZZ_DERANDOMIZE,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
    @given(mutations)
    def run(mutation):
        outcome = _one(mutation, folder)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1

    run()
    return outcomes


def test_unmutated_samples_parse(tmp_path):
    for name in SOURCES:
        assert _one(Mutation(name, (), None, None), tmp_path) == "document", name


def test_mutated_files_give_a_document_or_a_coded_error(tmp_path):
    outcomes = _fuzz(FAST, tmp_path)
    assert sum(outcomes.values()) >= FAST
    assert outcomes.get("document") and len(outcomes) > 1  # the mutations reach both outcomes


@pytest.mark.slow
def test_mutated_files_give_a_document_or_a_coded_error_10000(tmp_path):
    outcomes = _fuzz(SLOW, tmp_path)
    print("parser fuzz outcomes:", outcomes)
    assert sum(outcomes.values()) >= SLOW
