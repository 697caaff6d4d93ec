"""A store that cannot be read gives ``Error: store_damaged: …`` (exit 2, no traceback); a write that fails
raises ``output_failed`` and leaves the previous store and no temporary file."""
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.graph.build import build_graph
from extractor.graph.store import (
    STORE_FILE,
    StoreDamaged,
    StoreWriteFailed,
    edges_of,
    load_graph,
    open_store,
    read_stats,
    save_graph,
)

QUERIES = [
    ["stats"],
    ["show", "doc:plan.txt"],
    ["neighbors", "doc:plan.txt"],
    ["path", "doc:plan.txt", "org:江州市城市管理局"],
    ["find", "城管"],
    ["gaps"],
    ["export", "--format", "json"],
]


@pytest.fixture
def store(project, tmp_path):
    out = tmp_path / "out"
    save_graph(build_graph(project), out)
    return out


def run(args, store):
    return CliRunner().invoke(cli, ["graph", *args, "--store", str(store)])


def assert_damaged(result):
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: store_damaged: "), result.output


def _page_of(db, table: str) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    conn.close()
    return size, root


def test_a_corrupted_page_is_store_damaged_for_the_commands_that_read_it(store):
    db = store / STORE_FILE
    size, root = _page_of(db, "edges")
    data = bytearray(db.read_bytes())
    data[(root - 1) * size : root * size] = b"\xa5" * size
    db.write_bytes(bytes(data))
    assert run(["stats"], store).exit_code == 0  # the pages it reads are intact
    for args in (["neighbors", "doc:plan.txt"], ["show", "doc:plan.txt"], ["path", "doc:plan.txt", "档案整理"],
                 ["export", "--format", "json"]):
        assert_damaged(run(args, store))


def test_missing_tables_are_store_damaged(store):
    conn = sqlite3.connect(store / STORE_FILE)
    conn.execute("DROP TABLE edges")
    conn.commit()
    conn.close()
    for args in QUERIES:
        assert_damaged(run(args, store))
    with pytest.raises(StoreDamaged, match="no table edges"):
        open_store(store)


@pytest.mark.parametrize("content", ["foreign_sqlite", "text", "truncated", "empty_meta"])
def test_foreign_non_sqlite_truncated_or_emptied_stores_are_store_damaged(store, content):
    db = store / STORE_FILE
    if content == "foreign_sqlite":
        db.unlink()
        conn = sqlite3.connect(db)
        conn.executescript("CREATE TABLE meta (key, value); CREATE TABLE nodes (id); CREATE TABLE edges (a);"
                           "CREATE TABLE names (a); CREATE TABLE gaps (a);")
        conn.close()
    elif content == "text":
        db.write_text("这不是数据库\n" * 500, encoding="utf-8")
    elif content == "truncated":
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 3])
    else:
        conn = sqlite3.connect(db)
        conn.execute("DELETE FROM meta")
        conn.commit()
        conn.close()
    for args in QUERIES:
        assert_damaged(run(args, store))


def test_library_readers_raise_the_coded_error(store):
    conn = open_store(store)
    (store / STORE_FILE).write_bytes(b"\x00" * 8192)  # overwritten under an open connection
    with pytest.raises(StoreDamaged):
        edges_of(conn, "doc:plan.txt")
    with pytest.raises(StoreDamaged):
        load_graph(store)


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name != STORE_FILE)


def test_a_failed_write_keeps_the_old_store_and_leaves_no_temp_file(project, store, monkeypatch):
    import extractor.graph.query as query

    before = (store / STORE_FILE).read_bytes()

    def disk_full(G):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(query, "gaps", disk_full)
    with pytest.raises(StoreWriteFailed) as err:
        save_graph(build_graph(project[:1]), store)
    assert err.value.code == "output_failed" and "No space left" in err.value.message
    assert (store / STORE_FILE).read_bytes() == before
    assert _leftovers(store) == []
    monkeypatch.undo()
    assert read_stats(open_store(store))["node_types"]["Document"] == 3


def test_an_unwritable_destination_is_output_failed(project, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreWriteFailed) as err:
        save_graph(build_graph(project), blocker / "out")
    assert err.value.code == "output_failed"
    assert _leftovers(tmp_path) == ["file"]


def test_graph_build_command_reports_a_failed_write_as_one_line(project, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.json").write_text(project[2].to_json(), encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["graph", "build", str(folder), "--store", str(blocker / "out"), "--no-check"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1].startswith("Error: output_failed: ")
    shutil.rmtree(folder)
