"""Minute books of the parish councils: meetings found per book, and scores against gold.

Runs the shipped pipeline over the annual minute books (39 files) in
``../shared/corpus/aarhus-parish-1940-1945`` and prints, per book, the meetings found and how
many have a date and signatories (attendance); then meeting, meeting-date, attendance and role
precision/recall/F1 on the books annotated in ``corpus/gold/parish.jsonl``.

Usage::

    python scripts/parish_report.py [--model models/da_minutes_rules]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import extract  # noqa: E402
from extract.batch.run import process_texts  # noqa: E402
from extract.evaluation.minute_books import read_book_gold, score_books  # noqa: E402
from extract.paths import shared_dir  # noqa: E402
from extract.readers import read_file  # noqa: E402

BOOKS = "corpus/aarhus-parish-1940-1945"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="pipeline folder (default: extract.load())")
    parser.add_argument("--gold", default=str(REPO / "corpus" / "gold" / "parish.jsonl"))
    args = parser.parse_args()
    folder = shared_dir() / BOOKS
    if not folder.is_dir():
        sys.exit(f"{folder} not found: set EXTRACT_SHARED_DIR to the shared folder")
    nlp = extract.load(args.model)
    files = sorted(p for p in folder.glob("*.txt") if p.name[:1].isupper() and "_1" in p.name)
    started = time.perf_counter()
    docs = list(process_texts([read_file(p) for p in files], nlp=nlp))
    seconds = time.perf_counter() - started
    print(f"{len(docs)} minute books, {sum(len(d.text) for d in docs):,} characters "
          f"in {seconds:.1f} s\n")
    print("| book | meetings | with date | with signatories |")
    print("|---|---|---|---|")
    total = dated = signed = 0
    for doc in docs:
        meetings = doc._.meetings or []
        spans = doc._.meeting_spans or [[0, len(doc.text)]]
        with_people = {k for k, (a, b) in enumerate(spans) for r in doc._.attendance or []
                       if r["status"] == "present" and a <= r["start_char"] < b}
        n_dated = sum(1 for m in meetings if m.get("date"))
        total, dated, signed = total + len(meetings), dated + n_dated, signed + len(with_people)
        print(f"| {Path(doc._.source).name} | {len(meetings)} | {n_dated} | {len(with_people)} |")
    print(f"| **all {len(docs)} books** | **{total}** | **{dated} ({dated / total:.1%})** | "
          f"**{signed} ({signed / total:.1%})** |\n")

    gold = read_book_gold(args.gold)
    overall, books = score_books(gold, nlp)
    print(f"Against gold ({len(books)} books, {overall.meetings.gold} meetings, "
          f"{overall.attendance.gold} attendance rows):\n")
    print("| book | meetings P/R/F1 | date P/R/F1 | attendance P/R/F1 | role P/R/F1 |")
    print("|---|---|---|---|---|")
    for s in books + [overall]:
        cells = [f"{c.precision:.3f} / {c.recall:.3f} / {c.f1:.3f}" if c.gold or c.predicted
                 else "– (none in gold or output)"
                 for c in (s.meetings, s.dates, s.attendance, s.roles)]
        print(f"| {s.id} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
