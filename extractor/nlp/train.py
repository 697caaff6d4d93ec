"""Train the dimension and role classifiers (``jixiao train``) and record their test scores.

Data: ``corpora/annotations/dimensions.jsonl`` and ``roles.jsonl`` (``text``, ``label``, ``split``).
Architecture and training settings: ``models/configs/<model>.cfg`` (spaCy config; its ``[training]``
section is read here: seed, max_epochs, patience, dropout, batch sizes, optimizer).
The epoch with the best dev macro F1 is kept; the test split is scored once, beside the rule-only
baseline of :mod:`extractor.nlp.classify`, and written to ``<output>/metrics.json``.
"""
from __future__ import annotations

import json
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import UsageError
from ..resources import corpora_path, models_path
from .classify import DIMENSION_LABELS, DIMENSION_MODEL, ROLE_MODEL, ROLES, rule_dimension, rule_role


@dataclass(frozen=True)
class ModelSpec:
    name: str
    data_file: str
    labels: tuple[str, ...]
    baseline: Callable[[str], str]
    description: str


SPECS = {
    DIMENSION_MODEL: ModelSpec(
        DIMENSION_MODEL, "dimensions.jsonl", DIMENSION_LABELS, rule_dimension,
        "indicator name -> canonical 二级 indicator level (design §4)",
    ),
    ROLE_MODEL: ModelSpec(
        ROLE_MODEL, "roles.jsonl", ROLES, rule_role,
        "sentence -> role (goal, indicator, evidence, problem, recommendation, other)",
    ),
}


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    split: str


@dataclass
class Scores:
    macro_f1: float
    accuracy: float
    per_label_f1: dict[str, float] = field(default_factory=dict)


@dataclass
class ModelReport:
    model: str
    description: str
    macro_f1: float  # test split, model
    baseline_macro_f1: float  # test split, rule-only
    accuracy: float
    baseline_accuracy: float
    per_label_f1: dict[str, float]
    baseline_per_label_f1: dict[str, float]
    dev_macro_f1: float
    best_epoch: int
    epochs_run: int
    n_train: int
    n_dev: int
    n_test: int
    seed: int
    size_bytes: int
    train_seconds: float


def read_examples(path: Path, labels: tuple[str, ...]) -> list[Example]:
    if not path.is_file():
        raise UsageError(f"annotation file not found: {path}")
    out = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            item = json.loads(line)
            if item["label"] not in labels:
                raise UsageError(f"{path.name}:{number}: unknown label {item['label']!r}")
            if item["split"] not in ("train", "dev", "test"):
                raise UsageError(f"{path.name}:{number}: unknown split {item['split']!r}")
            out.append(Example(item["text"], item["label"], item["split"]))
    return out


def score(gold: list[str], predicted: list[str], labels: tuple[str, ...]) -> Scores:
    """Macro F1 over ``labels`` (a label absent from gold and predictions is left out) and accuracy."""
    per_label = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        per_label[label] = 2 * tp / (2 * tp + fp + fn)
    macro = sum(per_label.values()) / len(per_label) if per_label else 0.0
    accuracy = sum(1 for g, p in zip(gold, predicted) if g == p) / len(gold) if gold else 0.0
    return Scores(round(macro, 4), round(accuracy, 4), {k: round(v, 4) for k, v in per_label.items()})


def _read_config(name: str):
    from thinc.api import Config

    path = models_path("configs", f"{name}.cfg")
    if not path.is_file():
        raise UsageError(f"model config not found: {path}")
    return Config().from_disk(path)


def _build(config, labels: tuple[str, ...]):
    import spacy

    nlp_config = config.copy()
    training = dict(nlp_config.pop("training"))
    nlp = spacy.util.load_model_from_config(nlp_config, auto_fill=True, validate=True)
    textcat = nlp.get_pipe("textcat")
    for label in labels:
        textcat.add_label(label)
    return nlp, training


def _examples(nlp, data: list[Example], labels: tuple[str, ...]):
    from spacy.training import Example as SpacyExample

    out = []
    for item in data:
        cats = {label: float(label == item.label) for label in labels}
        out.append(SpacyExample.from_dict(nlp.make_doc(item.text), {"cats": cats}))
    return out


def _predict(nlp, texts: list[str]) -> list[str]:
    return [max(doc.cats, key=doc.cats.get) for doc in nlp.pipe(texts, batch_size=256)]


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def train_model(name: str, output: Path, seed: int, log: Callable[[str], None] = print) -> ModelReport:
    """Train one model, save it to ``output/<name>`` and return its scores."""
    import spacy
    from thinc.api import registry

    spec = SPECS[name]
    started = time.perf_counter()
    data = read_examples(corpora_path("annotations", spec.data_file), spec.labels)
    train = [e for e in data if e.split == "train"]
    dev = [e for e in data if e.split == "dev"]
    test = [e for e in data if e.split == "test"]
    if not train or not dev or not test:
        raise UsageError(f"{spec.data_file}: train, dev and test splits must all be non-empty")

    spacy.util.fix_random_seed(seed)
    config = _read_config(name)
    nlp, training = _build(config, spec.labels)
    train_examples = _examples(nlp, train, spec.labels)
    optimizer = registry.resolve({"optimizer": training["optimizer"]})["optimizer"]
    nlp.initialize(lambda: train_examples, sgd=optimizer)
    textcat = nlp.get_pipe("textcat")

    rng = random.Random(seed)
    sizes = spacy.util.compounding(training["batch_start"], training["batch_stop"], training["batch_compound"])
    best_f1, best_epoch, best_weights, epochs_run = -1.0, 0, None, 0
    for epoch in range(1, int(training["max_epochs"]) + 1):
        epochs_run = epoch
        rng.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in spacy.util.minibatch(train_examples, size=sizes):
            nlp.update(batch, sgd=optimizer, drop=float(training["dropout"]), losses=losses)
        dev_f1 = score([e.label for e in dev], _predict(nlp, [e.text for e in dev]), spec.labels).macro_f1
        log(f"  {name} epoch {epoch:2d}  loss {losses.get('textcat', 0.0):8.3f}  dev macro F1 {dev_f1:.4f}")
        if dev_f1 > best_f1:
            best_f1, best_epoch, best_weights = dev_f1, epoch, textcat.to_bytes()
        elif epoch - best_epoch >= int(training["patience"]):
            break
    textcat.from_bytes(best_weights)

    gold = [e.label for e in test]
    model_scores = score(gold, _predict(nlp, [e.text for e in test]), spec.labels)
    base_scores = score(gold, [spec.baseline(e.text) for e in test], spec.labels)

    target = output / name
    nlp.meta.update(
        {"name": f"jixiao_{name}", "version": "1.0.0", "description": spec.description, "license": "project"}
    )
    nlp.to_disk(target)
    return ModelReport(
        model=name,
        description=spec.description,
        macro_f1=model_scores.macro_f1,
        baseline_macro_f1=base_scores.macro_f1,
        accuracy=model_scores.accuracy,
        baseline_accuracy=base_scores.accuracy,
        per_label_f1=model_scores.per_label_f1,
        baseline_per_label_f1=base_scores.per_label_f1,
        dev_macro_f1=best_f1,
        best_epoch=best_epoch,
        epochs_run=epochs_run,
        n_train=len(train),
        n_dev=len(dev),
        n_test=len(test),
        seed=seed,
        size_bytes=_folder_size(target),
        train_seconds=round(time.perf_counter() - started, 1),
    )


def train(
    seed: int = 42,
    output: Path | str | None = None,
    models: tuple[str, ...] = (DIMENSION_MODEL, ROLE_MODEL),
    log: Callable[[str], None] = print,
) -> list[ModelReport]:
    """Train ``models`` into ``output`` (default: the models/ folder) and write ``output/metrics.json``.

    An existing metrics.json keeps the entries of models not trained this time.
    """
    unknown = [m for m in models if m not in SPECS]
    if unknown:
        raise UsageError(f"unknown model(s) {unknown}; known: {sorted(SPECS)}")
    out_dir = Path(output) if output is not None else models_path()
    out_dir.mkdir(parents=True, exist_ok=True)
    reports = []
    for name in models:
        log(f"training {name} (seed {seed})")
        reports.append(train_model(name, out_dir, seed, log))
    metrics_file = out_dir / "metrics.json"
    metrics = json.loads(metrics_file.read_text(encoding="utf-8")) if metrics_file.is_file() else {}
    for report in reports:
        metrics[report.model] = asdict(report)
    metrics_file.write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return reports


def format_report(report: ModelReport) -> str:
    verdict = "beats" if report.macro_f1 > report.baseline_macro_f1 else "does NOT beat"
    return (
        f"{report.model}: test macro F1 {report.macro_f1:.4f} (rule-only baseline {report.baseline_macro_f1:.4f}; "
        f"model {verdict} it), accuracy {report.accuracy:.4f}, n_test {report.n_test}, "
        f"best epoch {report.best_epoch}/{report.epochs_run}, {report.size_bytes / 1e6:.2f} MB, {report.train_seconds}s"
    )
