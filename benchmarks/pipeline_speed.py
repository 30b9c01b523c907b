"""Words per second of the minutes pipeline, next to spaCy's Danish tokenizer alone.

A benchmark, not a test: run it by hand on the machine you care about.

    python benchmarks/pipeline_speed.py                     # the default pipeline
    python benchmarks/pipeline_speed.py --model models/da_minutes_rules --docs 400

Texts are the sample minutes in corpus/samples, repeated to ``--docs`` documents. Words are
tokens that are neither spaces nor punctuation, counted by the tokenizer.
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

import spacy

import extract

ROOT = Path(__file__).resolve().parents[1]


def texts(n: int) -> list[str]:
    paths = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
    samples = [p.read_text(encoding="utf-8") for p in paths]
    return list(itertools.islice(itertools.cycle(samples), n))


def count_words(nlp, docs: list[str]) -> int:
    return sum(sum(1 for t in nlp.make_doc(d) if not (t.is_space or t.is_punct)) for d in docs)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="pipeline folder (default: extract.load())")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    nlp = extract.load(args.model)
    docs = texts(args.docs)
    words = count_words(nlp, docs)
    tokenizer = spacy.blank("da")
    rows = [("spaCy Danish tokenizer only", 1, timed(lambda: list(tokenizer.pipe(docs))))]
    list(nlp.pipe(docs[:20]))  # warm-up
    for n_process in (1, 2):
        seconds = timed(
            lambda n=n_process: list(nlp.pipe(docs, n_process=n, batch_size=args.batch_size))
        )
        rows.append((f"pipeline {nlp.meta.get('name')} {nlp.pipe_names}", n_process, seconds))
    print(f"{len(docs)} documents, {words:,} words")
    print(f"{'what':<40} {'processes':>9} {'seconds':>8} {'words/s':>10} {'per process':>12}")
    for what, n, seconds in rows:
        rate = words / seconds
        print(f"{what[:40]:<40} {n:>9} {seconds:>8.2f} {rate:>10,.0f} {rate / n:>12,.0f}")


if __name__ == "__main__":
    main()
