"""Retrain ``models/da_core`` from the shared data, end to end.

Steps: local static vectors (SVD of raw-text co-occurrences + name/place
gazetteer dimensions) -> optional tok2vec pretraining on raw text -> training
with ``configs/da_core.cfg`` -> lemma table -> install -> evaluation on DaNE /
UD dev (and test with ``--test``), written to ``<output-dir>/scores.json``.

Usage (1 thread, as the model card reports)::

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 BLIS_NUM_THREADS=1 \\
        python scripts/train_da_core.py --output-dir /tmp/train_final --install-to models/da_core

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
    build_vectors,
    evaluate_core,
    format_scores,
    pretrain_core,
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
    parser.add_argument("--pretrain-epochs", type=int, default=0, help="0: no pretraining")
    parser.add_argument("--install-to", type=Path, default=None)
    parser.add_argument("--test", action="store_true", help="also score the test split")
    parser.add_argument("--set", action="append", default=[], help="config override key=value")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

    shared = resolve_shared_dir(args.shared_dir)
    out: Path = args.output_dir
    overrides = {}
    for item in args.set:
        key, _, value = item.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    vectors = build_vectors(shared_dir=shared, output_dir=out / "vectors")
    init_tok2vec = None
    if args.pretrain_epochs > 0:
        init_tok2vec = pretrain_core(
            shared_dir=shared,
            output_dir=out / "pretrain",
            config=args.config,
            epochs=args.pretrain_epochs,
            vectors=vectors,
            overrides=overrides,
        )
    model = train_core(
        shared_dir=shared,
        output_dir=out,
        config=args.config,
        overrides=overrides,
        vectors=vectors,
        init_tok2vec=init_tok2vec,
        install_to=args.install_to,
    )
    splits = ("dev", "test") if args.test else ("dev",)
    scores = evaluate_core(model=model, shared_dir=shared, splits=splits)
    (out / "scores.json").write_text(json.dumps(scores, indent=1), encoding="utf-8")
    logger.info("model %s\n%s", model, format_scores(scores))


if __name__ == "__main__":
    main()
