"""Score the document-kind classifier on the blind set in corpus/blind/kinds.

    python benchmarks/kinds.py [--model da_minutes_rules]

The set (32 documents: minutes, minute books, agendas and other texts, in .txt, .html and .md)
was written by a helper who did not read the classifier; its gold kinds are in
corpus/blind/kinds/labels.jsonl. Each file is read with ``extract.readers.read_file``, run
through the pipeline and classified with ``extract.rules.kinds.document_kind``.

Only aggregate scores are printed (overall accuracy, per gold kind n / correct / accuracy, and a
confusion matrix of gold kinds against predicted kinds), never file names or per-file results:
the set stays blind to whoever tunes the classifier.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "corpus" / "blind" / "kinds"
KINDS = ["minutes", "minute_book", "agenda", "other"]


def _as_kind(value: object) -> str:
    """The predicted kind as a plain string (enums and the like give their value)."""
    value = getattr(value, "value", value)
    return str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None,
                        help="pipeline to load (default: the default pipeline)")
    args = parser.parse_args(argv)

    import extract
    from extract.readers import read_file
    from extract.rules.kinds import document_kind

    nlp = extract.load(args.model)
    labels = [json.loads(line) for line in
              (SET / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

    pairs: list[tuple[str, str]] = []
    for row in labels:
        source = read_file(SET / row["path"])
        doc = nlp(source.text)
        pairs.append((row["kind"], _as_kind(document_kind(doc))))

    columns = KINDS + sorted({p for _, p in pairs} - set(KINDS))
    confusion = Counter(pairs)
    correct = sum(g == p for g, p in pairs)
    total = len(pairs)

    print(f"Document kinds, blind set ({total} documents), model: {args.model or 'default'}")
    print(f"Overall accuracy: {correct}/{total} = {correct / total:.3f}" if total else "No data")
    print()
    print(f"{'gold kind':<12} {'n':>3} {'correct':>7} {'accuracy':>8}")
    for kind in KINDS:
        n = sum(g == kind for g, _ in pairs)
        ok = confusion[(kind, kind)]
        acc = f"{ok / n:.3f}" if n else "-"
        print(f"{kind:<12} {n:>3} {ok:>7} {acc:>8}")
    print()
    width = max(len(c) for c in columns) + 1
    print("Confusion matrix (rows: gold, columns: predicted)")
    print(f"{'':<12}" + "".join(f"{c:>{width}}" for c in columns))
    for kind in KINDS:
        print(f"{kind:<12}" + "".join(f"{confusion[(kind, c)]:>{width}}" for c in columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
