"""Minute books against their gold: meetings, dates, attendance and actions per book (issue 17).

Prints scores only, so it may be run on the blind books (``corpus/blind/books/``) without
reading them. Gold in the format of corpus/GUIDELINES.md "Minute books"; the books are read
from ``../shared`` (``EXTRACT_SHARED_DIR``).

    python benchmarks/minute_books.py corpus/gold/books_a.jsonl corpus/gold/books_b.jsonl
    python benchmarks/minute_books.py corpus/blind/books/gold_books_*.jsonl --markdown
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

import extract
from extract.evaluation.minute_books import BookScores, read_book_gold, score_books

# actions_head: the actions compared by the one named, without a title or a body's members
# (a looser score beside the gate's, see extract.evaluation.actions.actor_head)
COMPONENTS = ("meetings", "dates", "attendance", "actions", "actions_head")


def rows(scores: list[BookScores]) -> pd.DataFrame:
    """One row per book (and the total): F1 and counts of each component."""
    out = []
    for s in scores:
        row: dict[str, object] = {"book": s.id}
        for name in COMPONENTS:
            counts = getattr(s, name)
            row[name] = round(counts.f1, 3) if counts.gold or counts.predicted else None
            row[f"{name}_gold"] = counts.gold
        out.append(row)
    return pd.DataFrame(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="minute-book gold JSONL files")
    parser.add_argument("--model", help="pipeline folder (default: extract.load())")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_args(argv)
    books = [b for path in args.gold for b in read_book_gold(path)]
    if not books:
        parser.error("no book of these gold files is in the shared folder (EXTRACT_SHARED_DIR)")
    total, per_book = score_books(books, extract.load(args.model))
    table = rows([*per_book, total])
    print(table.to_markdown(index=False) if args.markdown else table.to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
