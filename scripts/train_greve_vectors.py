"""Does in-domain text help the model? Static vectors with and without the Greve minutes.

Issue 21 asks what the ~2.5 M words of real minutes in ``../shared/corpus/greve-2022-2024`` do
for the model. This script builds the project's local static vectors (SVD of PPMI
co-occurrences + name/place gazetteer dims, :func:`extract.train.vectors.build_vectors`) twice,
once from the usual raw text (DDT train + raw-da) and once with the Greve meetings of
**2022-2023** added (2024 stays blind), trains the same NER member config
(``configs/da_core_members/vectors.cfg``, one seed) on each, and scores both on DaNE dev and on
the real-document gold (``corpus/gold/real.jsonl``, statistical model alone), so the only
difference between the two runs is the vectors.

Usage (about 40 minutes on the 2-core machine; the two trainings run side by side)::

    python scripts/train_greve_vectors.py --output-dir runs/greve_vectors

Step by step: ``--step vectors`` builds both tables; ``--step train --which base|greve``
trains one; ``--step score`` writes ``scores.md`` in the output folder.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from extract.train import REPO_ROOT, evaluate_core, resolve_shared_dir, train_core
from extract.train.vectors import build_vectors

if TYPE_CHECKING:
    import pandas as pd

logger = logging.getLogger("train_greve_vectors")

MEMBER_CONFIG = REPO_ROOT / "configs" / "da_core_members" / "vectors.cfg"
VARIANTS = ("base", "greve")


def greve_dev_files(shared: Path) -> list[Path]:
    """The Greve publications of 2022-2023 (the benchmark's development split)."""
    sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
    from greve import CORPUS, meeting_files

    return meeting_files(shared.parent / CORPUS, "dev")


def build(out: Path, shared: Path) -> None:
    for which in VARIANTS:
        (out / which).mkdir(parents=True, exist_ok=True)
    build_vectors(shared_dir=shared, output_dir=out / "base" / "vectors")
    files = greve_dev_files(shared)
    logger.info("in-domain text: %d Greve meetings of 2022-2023", len(files))
    build_vectors(shared_dir=shared, output_dir=out / "greve" / "vectors", extra_texts=files)


def train(out: Path, shared: Path, which: str) -> None:
    run = out / which
    train_core(shared_dir=shared, output_dir=run, config=MEMBER_CONFIG,
               vectors=run / "vectors", pretrain_epochs=0, lemma_table=False)


def real_document_f1(model: Path) -> pd.Series:
    """F1 per label on the real-document gold (`extract evaluate --suite`, `real`), with the
    minutes rules on top of ``model``."""
    import extract
    from extract.evaluation.suite import default_suite, evaluate_suite

    real = [entry for entry in default_suite() if entry.name == "real"]
    labels = evaluate_suite(nlp=extract.load(model), entries=real, bootstrap=0)["real"].labels
    return labels.set_index("label")["f1"]


def f1_cells(f1: pd.Series) -> str:
    return " | ".join(f"{f1.get(k, float('nan')):.3f}" for k in ("micro", "PERSON", "ORG", "LOC"))


def score(out: Path, shared: Path) -> None:
    import spacy

    lines = ["| vectors | keys | DaNE dev NER F1 | real documents, with the rules: micro F1 | "
             "PERSON | ORG | LOC |", "|---|---|---|---|---|---|---|"]
    for which in VARIANTS:
        model = out / which / "model-best"
        dane = evaluate_core(model=model, shared_dir=shared, splits=["dev"], speed=False)
        keys = spacy.load(out / which / "vectors").vocab.vectors.n_keys
        lines.append(f"| {which} | {keys:,} | {dane['dev']['ner']['raw_text']['f']:.3f} | "
                     f"{f1_cells(real_document_f1(model))} |")
    text = "\n".join(lines) + "\n"
    (out / "scores.md").write_text(text, encoding="utf-8")
    print(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--shared-dir", type=Path, default=None)
    parser.add_argument("--step", choices=("vectors", "train", "score"), default=None)
    parser.add_argument("--which", choices=VARIANTS, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    shared = resolve_shared_dir(args.shared_dir)
    if args.step in (None, "vectors"):
        build(args.output_dir, shared)
    if args.step in (None, "train"):
        for which in [args.which] if args.which else VARIANTS:
            train(args.output_dir, shared, which)
    if args.step in (None, "score"):
        score(args.output_dir, shared)


if __name__ == "__main__":
    main()
