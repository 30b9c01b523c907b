"""Action-item scores by document group and by what decides (rules, classifier, both).

    .venv/bin/python scripts/evaluate_actions.py [--base models/da_core] [--markdown]

Groups: ``samples`` (the sample corpus, used while writing the rules and for training the
classifier), ``real-dev`` (real documents in ``../shared`` looked at while writing the rules),
``real-test`` (a real minute book held out until the rules were written) and ``real`` (both).
``--base`` builds the pipeline on a statistical model, so the rules see POS and morphology.
Mode ``patterns`` keeps every candidate the patterns find: what the selection (rules or
classifier) adds is the difference to it.
"""

from __future__ import annotations

import argparse
import time

import pandas as pd

from extract.evaluation import evaluate_actions, markdown_table
from extract.paths import REPO_ROOT
from extract.pipeline import build_pipeline
from extract.rules.actions import ActionClassifier

GOLD = REPO_ROOT / "corpus" / "gold" / "actions.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="statistical pipeline to build on (default: blank da)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    started = time.perf_counter()
    nlp = build_pipeline(args.base)
    scores = evaluate_actions([GOLD], nlp=nlp)
    keep_all = ActionClassifier({}, intercept=0.0, threshold=0.0)
    patterns = evaluate_actions([GOLD], nlp=nlp, modes=("classifier",), classifier=keep_all)
    scores = pd.concat([patterns.assign(mode="patterns"), scores], ignore_index=True)
    cols = ["group", "mode", "gold", "predicted", "matched", "precision", "recall", "f1",
            "deadlines", "deadline_ok"]
    scores = scores[cols].sort_values(["group", "mode"], kind="stable")
    if args.markdown:
        print(markdown_table(scores))
    else:
        print(scores.to_string(index=False, float_format="{:.3f}".format))
    print(f"\n{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
