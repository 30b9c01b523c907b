"""``python -m extract.train train|evaluate``: the training recipe from the command line."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from .corpora import REPO_ROOT, resolve_shared_dir
from .docbins import EXTRA_TRAIN_DATA
from .recipe import parse_overrides, train_core
from .scoring import evaluate_core, format_scores

logger = logging.getLogger(__name__)


def _main() -> None:  # pragma: no cover - convenience for scripts/train_*.py
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m extract.train", description="Train/evaluate the Danish core pipeline"
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    tr = sub.add_parser("train")
    tr.add_argument("--shared-dir", type=Path, default=None)
    tr.add_argument("--output-dir", type=Path, required=True)
    tr.add_argument("--config", type=Path, default=REPO_ROOT / "configs" / "da_core.cfg")
    tr.add_argument("--vectors", default="auto", help="auto (as the config needs) | build | PATH")
    tr.add_argument("--init-tok2vec", type=Path, default=None)
    tr.add_argument(
        "--pretrain-epochs", type=int, default=None, help="default: the config's [pretraining]"
    )
    tr.add_argument("--install-to", type=Path, default=None)
    tr.add_argument("--set", action="append", default=[], help="config override key=value")
    tr.add_argument("--extra-train", action="append", default=[], choices=sorted(EXTRA_TRAIN_DATA))
    tr.add_argument("--train-on-dev", action="store_true", help="train on train + dev")
    ev = sub.add_parser("evaluate")
    ev.add_argument("--model", type=Path, required=True)
    ev.add_argument("--shared-dir", type=Path, default=None)
    ev.add_argument("--splits", default="dev")
    ev.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if args.cmd == "train":
        overrides = parse_overrides(args.set)
        vec: bool | Path | None = {"auto": None, "no": None, "build": True}.get(
            args.vectors, Path(args.vectors)
        )
        train_core(
            shared_dir=resolve_shared_dir(args.shared_dir),
            output_dir=args.output_dir,
            config=args.config,
            overrides=overrides,
            vectors=vec,
            init_tok2vec=args.init_tok2vec,
            pretrain_epochs=args.pretrain_epochs,
            install_to=args.install_to,
            extra_train=args.extra_train,
            train_on_dev=args.train_on_dev,
        )
    else:
        res = evaluate_core(
            model=args.model,
            shared_dir=resolve_shared_dir(args.shared_dir),
            splits=args.splits.split(","),
        )
        text = json.dumps(res, indent=1)
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        logger.info("\n%s", format_scores(res))


if __name__ == "__main__":  # pragma: no cover
    _main()
