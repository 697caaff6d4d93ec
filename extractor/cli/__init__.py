"""The ``jixiao`` command: a click group whose commands are thin wrappers over library functions.

Library errors (:class:`extractor.errors.ExtractorError`) become one line
``Error: <code>: <message>`` on stderr and exit code 2, in this one place.
"""
from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import ExtractorError


class JixiaoGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ExtractorError as exc:
            click.echo(f"Error: {exc.one_line()}", err=True)
            ctx.exit(2)


@click.group(cls=JixiaoGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jixiao")
def cli():
    """jixiao (绩效): read budget-performance documents, extract goals and indicators, check them."""


def _register() -> None:
    """Add the commands; each module holds one thin command over a library function."""
    from .batch import batch_command
    from .check import check_command
    from .extract import extract_command
    from .graph import graph_group
    from .parse import parse_command
    from .report import report_command
    from .rules import rules_command
    from .train import train_command

    for command in (parse_command, extract_command, check_command, rules_command, batch_command,
                    report_command, graph_group, train_command):
        cli.add_command(command)


_register()


def main(argv=None) -> None:
    try:
        cli.main(args=argv, prog_name="jixiao")
    except BrokenPipeError:  # e.g. `jixiao parse x.pdf | head`
        sys.exit(0)
