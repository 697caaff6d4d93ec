"""Every command has help and is documented in the README (sqlite-utils habit); `jixiao rules` shows the rule docs."""
from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractor.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")


@pytest.mark.parametrize("path,command", list(_commands(cli)), ids=lambda x: x if isinstance(x, str) else "")
def test_every_command_has_help_and_is_in_the_readme(path, command):
    result = CliRunner().invoke(cli, [*path.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert command.help and command.help.strip(), f"`jixiao {path}` has no help text"
    assert f"jixiao {path}" in README, f"`jixiao {path}` is not documented in README.md"


def test_rules_lists_every_registered_rule_with_its_documentation():
    from extractor.checker import all_rules

    result = CliRunner().invoke(cli, ["rules", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["rule"] for r in rows} == set(all_rules())
    vague = next(r for r in rows if r["rule"] == "target.vague_wording")
    assert "错误示例" in vague["doc"] and "正确示例" in vague["doc"]


def test_rules_shows_rules_switched_off_in_a_user_rules_file(tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  target.vague_wording: {enabled: false}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["rules", "target.vague_wording", "--rules", str(rules), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["enabled"] is False


def test_unknown_rule_is_a_usage_error_on_one_line():
    result = CliRunner().invoke(cli, ["rules", "target.nope"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == ["Error: usage_error: unknown rule 'target.nope'; `jixiao rules` lists them"]
