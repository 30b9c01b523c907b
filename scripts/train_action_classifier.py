"""Train the action-item classifier; write its weights to extract/resources/action_classifier.json.

    .venv/bin/python scripts/train_action_classifier.py

Training data: the gold action items of the sample corpus (``corpus/gold/actions.jsonl``,
records with a ``path``) and the hand-written snippets (``corpus/train/actions.jsonl``). The real
documents in ``../shared`` are never trained on, so their scores stay a check of generalisation.
The regularisation strength is chosen by leave-one-document-out cross-validation, whose scores
are printed and stored with the weights. Rebuild the shipped model afterwards:
``extract build-model --out models/da_minutes_rules``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import sklearn

from extract.evaluation.actions import label_candidates, read_action_gold, score_modes
from extract.paths import REPO_ROOT
from extract.pipeline import build_pipeline
from extract.rules.actions import (
    MODES,
    ActionClassifier,
    find_candidates,
    train_classifier,
)

GOLD = REPO_ROOT / "corpus" / "gold" / "actions.jsonl"
SNIPPETS = REPO_ROOT / "corpus" / "train" / "actions.jsonl"
OUT = REPO_ROOT / "extract" / "resources" / "action_classifier.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()

    nlp = build_pipeline()
    lexicon = nlp.get_pipe("extract_actions").lexicon
    docs = [d for d in read_action_gold([GOLD, SNIPPETS]) if not d.shared]
    cands = [find_candidates(doc, lexicon=lexicon) for doc in nlp.pipe(d.text for d in docs)]
    labels = [label_candidates(d.rows, c) for d, c in zip(docs, cands, strict=True)]
    print(f"{len(docs)} training documents, {sum(map(len, cands))} candidates, "
          f"{sum(map(sum, labels))} of them action items")

    best = None
    for c in (0.1, 0.3, 1.0, 3.0):
        folds = []
        for i in range(len(docs)):
            train_c = [x for j, cs in enumerate(cands) if j != i for x in cs]
            train_y = [y for j, ys in enumerate(labels) if j != i for y in ys]
            folds.append(train_classifier(train_c, train_y, c=c))
        rows = []
        for mode in MODES:
            per = [score_modes([docs[i]], [cands[i]], classifier=folds[i],
                               modes=(mode,)).iloc[0] for i in range(len(docs))]
            gold, pred, hit = (sum(int(r[k]) for r in per)
                               for k in ("gold", "predicted", "matched"))
            p = hit / pred if pred else 0.0
            r = hit / gold if gold else 0.0
            rows.append((mode, p, r, 2 * p * r / (p + r) if p + r else 0.0))
        scores = {m: {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}
                  for m, p, r, f in rows}
        print(f"C={c}: " + "  ".join(f"{m} P {s['precision']:.3f} R {s['recall']:.3f} "
                                      f"F1 {s['f1']:.3f}" for m, s in scores.items()))
        key = (scores["both"]["f1"], scores["classifier"]["f1"])
        if best is None or key > best[0]:
            best = (key, c, scores)
    assert best is not None
    _, c, scores = best
    model = train_classifier([x for cs in cands for x in cs], [y for ys in labels for y in ys],
                             c=c, meta={
                                 "trained_on": [str(p.relative_to(REPO_ROOT)) for p in
                                                (GOLD, SNIPPETS)],
                                 "documents": len(docs), "C": c,
                                 "cross_validation": "leave one document out",
                                 "cv_scores": scores, "sklearn": sklearn.__version__,
                                 "trained": dt.date.today().isoformat()})
    args.out.write_text(json.dumps(model.to_dict(), ensure_ascii=False, indent=1, sort_keys=True)
                        + "\n", encoding="utf-8")
    top = sorted(model.weights.items(), key=lambda kv: -abs(kv[1]))[:12]
    print(f"chose C={c}; wrote {args.out} ({len(model.weights)} weights)")
    print("largest weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top))
    assert isinstance(ActionClassifier.from_dict(model.to_dict()), ActionClassifier)


if __name__ == "__main__":
    main()
