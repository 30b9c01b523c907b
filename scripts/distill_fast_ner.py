"""Distil the seven-model NER vote into one greedy head on the shared tok2vec (issue 18).

``models/da_core`` runs seven NER models on every sentence (its own beam ``ner`` and the six
members of ``ner_ensemble``, each with a tok2vec of its own): ~2,300 words/s with the rules. The
student here is one greedy NER head listening to the pipeline's own tok2vec, which is frozen,
so POS, lemmas and sentences stay byte for byte the same. It learns from DaNE train (gold) and
from sentences of in-domain minutes labelled by the vote (the Greve minutes of 2022-2023, the
development split; ``distill_greve.silver``).

Usage (about 30 minutes on the 2-core machine; the shipped head: the defaults, seed 0)::

    python scripts/distill_fast_ner.py --output-dir runs/fast_ner --sentences 20000

Steps: ``silver`` (the vote labels the sentences), ``data`` (DocBins), ``train``
(``configs/da_core_fast_ner.cfg``), ``install`` (``--install-to``: a copy of
``models/da_core`` whose ``ner`` is the student and whose vote is disabled, still loadable
with ``enable=["ner_ensemble"]``; the minutes rules are rebuilt on top by
``extract build-model``).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
from pathlib import Path

# Run as `python scripts/distill_fast_ner.py`: its folder is on the path.
from distill_greve import TEACHER, load_silver, silver

from extract.train import REPO_ROOT, resolve_shared_dir
from extract.train.docbins import EXTRA_TRAIN_DATA, convert_dane

logger = logging.getLogger("distill_fast_ner")

CONFIG = REPO_ROOT / "configs" / "da_core_fast_ner.cfg"


def data(out: Path, shared: Path) -> dict[str, Path]:
    sents = load_silver(out / "silver.jsonl")
    EXTRA_TRAIN_DATA["greve_silver"] = lambda shared_dir: sents
    return convert_dane(shared_dir=shared, output_dir=out / "corpus",
                        splits=("train", "dev"), extra_train=["greve_silver"])


def train(out: Path, max_epochs: int, seed: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(out),
         "--paths.train", str(out / "corpus" / "train.spacy"),
         "--paths.dev", str(out / "corpus" / "dev.spacy"),
         "--paths.source", str(TEACHER), "--training.max_epochs", str(max_epochs),
         "--system.seed", str(seed)],
        check=True, cwd=REPO_ROOT)


def install(out: Path, install_to: Path) -> None:
    """The teacher with the student as its ``ner``, the vote kept but disabled."""
    import spacy

    teacher = spacy.load(TEACHER)
    student = spacy.load(out / "model-best")
    rules = [name for name in teacher.pipe_names if name.startswith("extract_")]
    for name in rules:
        teacher.remove_pipe(name)
    teacher.add_pipe("ner", name="ner_student", source=student, before="ner")
    teacher.remove_pipe("ner")
    teacher.rename_pipe("ner_student", "ner")
    teacher.disable_pipe("ner_ensemble")
    tmp = install_to.with_name(install_to.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    teacher.to_disk(tmp)
    shutil.rmtree(install_to, ignore_errors=True)
    tmp.rename(install_to)
    logger.info("installed %s: %s (disabled: %s)", install_to, teacher.pipe_names,
                teacher.disabled)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--shared-dir", type=Path, default=None)
    parser.add_argument("--sentences", type=int, default=20000)
    parser.add_argument("--max-epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--install-to", type=Path, default=None)
    parser.add_argument("--step", choices=("silver", "data", "train", "install"), default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    shared = resolve_shared_dir(args.shared_dir)
    if args.step in (None, "silver"):
        silver(args.output_dir, shared, args.sentences, args.seed)
    if args.step in (None, "data"):
        data(args.output_dir, shared)
    if args.step in (None, "train"):
        train(args.output_dir, args.max_epochs, args.seed)
    if args.step in (None, "install") and args.install_to is not None:
        install(args.output_dir, args.install_to)


if __name__ == "__main__":
    main()
