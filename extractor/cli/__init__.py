"""The ``jixiao`` command: a click group whose commands are thin wrappers over library functions.

Library errors (:class:`extractor.errors.ExtractorError`) and click's usage errors (unknown option,
bad choice, missing argument) become one line ``Error: <code>: <message>`` on stderr and exit code 2,
in this one place.
"""
from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import ExtractorError, UsageError


class CodedUsageError(click.UsageError):
    """A click usage error shown like every other error: ``Error: usage_error: <message> (<hint>)``."""

    def show(self, file=None) -> None:
        command = self.ctx.command_path if self.ctx is not None else "jixiao"
        error = UsageError(self.format_message(), hint=f"see `{command} --help`")
        click.echo(f"Error: {error.one_line()}", err=True)


def _coded(exc: click.UsageError) -> CodedUsageError:
    return exc if isinstance(exc, CodedUsageError) else CodedUsageError(exc.format_message(), ctx=exc.ctx)


class JixiaoGroup(click.Group):
    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as exc:  # e.g. an unknown command or a bad top-level option
            raise _coded(exc) from None

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ExtractorError as exc:
            click.echo(f"Error: {exc.one_line()}", err=True)
            ctx.exit(2)
        except click.UsageError as exc:  # options and arguments of a subcommand
            raise _coded(exc) from None


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
