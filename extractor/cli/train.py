"""``jixiao train``: train the dimension and role classifiers and print their test scores."""
from __future__ import annotations

import click


@click.command("train")
@click.option("--seed", type=int, default=42, show_default=True, help="random seed (same seed, same model)")
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    help="folder for the model folders and metrics.json [default: the models/ folder]",
)
@click.option(
    "--model",
    "models",
    type=click.Choice(["dimension", "role"]),
    multiple=True,
    help="train only this model (repeatable) [default: both]",
)
@click.option("--quiet", is_flag=True, help="do not print per-epoch progress")
def train_command(seed: int, output: str | None, models: tuple[str, ...], quiet: bool) -> None:
    """Train the classifiers from corpora/annotations/ and record test-split scores in metrics.json."""
    from ..errors import UsageError
    from ..nlp.train import format_report, train
    from ..resources import corpora_path

    if not corpora_path("annotations").is_dir():  # the wheel carries runtime data only
        raise UsageError("training needs corpora/annotations/, which is not installed with the package",
                         hint="run `jixiao train` in a source checkout of jixiao")
    log = (lambda line: None) if quiet else (lambda line: click.echo(line, err=True))
    reports = train(seed=seed, output=output, models=models or ("dimension", "role"), log=log)
    for report in reports:
        click.echo(format_report(report))
