"""Retrain ``models/da_core`` from the shared data, end to end.

Steps (all driven by ``configs/da_core.cfg``, see ``extract.train.train_core``):
local static vectors (SVD of raw-text co-occurrences + name/place gazetteer
dimensions) -> tok2vec pretraining on raw text (4 epochs) -> training -> lemma
table -> install -> evaluation on DaNE / UD dev (and test with ``--test``),
written to ``<output-dir>/scores.json``.

Usage (1 thread, as the model card reports)::

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 BLIS_NUM_THREADS=1 \\
        python scripts/train_da_core.py --output-dir runs/train_final --install-to models/da_core

About 45-60 minutes on one core (pretraining ~25 min, training ~20 min).

The shared data folder defaults to ``../shared/data``; override with
``--shared-dir`` or ``EXTRACT_SHARED_DIR``.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from extract.train import (
    REPO_ROOT,
    evaluate_core,
    format_scores,
    parse_overrides,
    resolve_shared_dir,
    train_core,
)

logger = logging.getLogger("train_da_core")


def main() -> None:
    """Parse arguments and run the pipeline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-dir", type=Path, default=None)
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--config", type=Path, default=REPO_ROOT / "configs" / "da_core.cfg")
    parser.add_argument(
        "--pretrain-epochs", type=int, default=None, help="default: the config's [pretraining]"
    )
    parser.add_argument("--install-to", type=Path, default=None)
    parser.add_argument("--test", action="store_true", help="also score the test split")
    parser.add_argument("--set", action="append", default=[], help="config override key=value")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

    shared = resolve_shared_dir(args.shared_dir)
    out: Path = args.output_dir
    overrides = parse_overrides(args.set)
    model = train_core(
        shared_dir=shared,
        output_dir=out,
        config=args.config,
        overrides=overrides,
        pretrain_epochs=args.pretrain_epochs,
        install_to=args.install_to,
    )
    splits = ("dev", "test") if args.test else ("dev",)
    scores = evaluate_core(model=model, shared_dir=shared, splits=splits)
    (out / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    logger.info("model %s\n%s", model, format_scores(scores))


if __name__ == "__main__":
    main()
