"""What the command line prints is text for people: no reST markup in rule docs, no escape sequences
from file names or documents in the one-line errors."""
import subprocess
import sys

from click.testing import CliRunner

from extractor.checker import all_rules
from extractor.cli import cli


def test_rule_docs_print_without_markup():
    runner = CliRunner()
    for rule_id, rule in all_rules().items():
        result = runner.invoke(cli, ["rules", rule_id, "--format", "table"])
        assert result.exit_code == 0, result.output
        if "``" in (rule.function.__doc__ or ""):
            assert "``" not in result.output, rule_id
        assert ":func:`" not in result.output and ":mod:`" not in result.output


def test_error_line_drops_escape_sequences_from_a_path(tmp_path):
    missing = tmp_path / "report\x1b[31m\x07.pdf"
    done = subprocess.run([sys.executable, "-m", "extractor", "check", str(missing)], capture_output=True, text=True)
    assert done.returncode == 2
    error_lines = [line for line in done.stderr.splitlines() if line.startswith("Error: ")]
    assert error_lines and error_lines[0].startswith("Error: file_not_found: ")
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
