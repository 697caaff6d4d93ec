"""Text from documents printed on a terminal (``--format table``, batch warnings) cannot drive the terminal."""
from __future__ import annotations

from click.testing import CliRunner

from extractor.cli.output import echo_table, terminal_text


def test_escape_sequences_and_control_characters_are_removed():
    assert terminal_text("红色\x1b[31m警告\x1b[0m") == "红色警告"
    assert terminal_text("标题\x1b]0;pwned\x07正文") == "标题正文"
    assert terminal_text("a\x01b\x00c\x9bd") == "a\ufffdb\ufffdc\ufffdd"
    assert terminal_text("右\u202e左") == "右\ufffd左"
    assert terminal_text("行一\n行二\t列") == "行一\n行二\t列"


def test_table_output_shows_document_text_without_escapes_or_markup(capsys):
    echo_table([{"文件": "a.txt", "原文": "完成\x1b[2J改造\x01任务 [bold]x[/bold]"}], ["文件", "原文"])
    out = capsys.readouterr().out
    assert "\x1b[2J" not in out and "\x01" not in out
    assert "完成改造\ufffd任务" in out and "[bold]x[/bold]" in out


def test_check_table_of_a_document_with_escape_sequences(batch_in):
    from extractor.cli import cli

    result = CliRunner().invoke(cli, ["check", str(batch_in / "control-chars.txt"), "--format", "table",
                                      "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x01" not in result.output
