"""Words per second and peak memory of each shipped pipeline, next to spaCy's Danish tokenizer
alone in the same run.

A benchmark, not a test: run it by hand on the machine you care about.

    python benchmarks/pipeline_speed.py                       # every shipped model, 300 docs
    python benchmarks/pipeline_speed.py --models da_core --docs 1000 --n-process 1 2

Texts are the sample minutes in corpus/samples, repeated to ``--docs`` documents. Words are
tokens that are neither spaces nor punctuation, counted by the tokenizer. Each model runs in a
process of its own, so its peak resident memory (loading included) is its own; "per process"
divides the rate by the number of processes. The tables (``extract run``'s writing of them
included) are measured by ``benchmarks/batch_run.py``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ("da_core", "da_core_ensemble", "da_minutes_rules")


def texts(n: int) -> list[str]:
    paths = sorted((ROOT / "corpus" / "samples").glob("*.txt"))
    samples = [p.read_text(encoding="utf-8") for p in paths]
    return list(itertools.islice(itertools.cycle(samples), n))


def count_words(nlp, docs: list[str]) -> int:
    return sum(sum(1 for t in nlp.make_doc(d) if not (t.is_space or t.is_punct)) for d in docs)


def one_model(model: str, n_docs: int, n_process: int, batch_size: int) -> dict:
    """Load ``model`` and time it (run in a child process: its peak memory is this model's)."""
    import extract

    nlp = extract.load(model)
    docs = texts(n_docs)
    list(nlp.pipe(docs[:20]))  # warm-up
    start = time.perf_counter()
    for _ in nlp.pipe(docs, n_process=n_process, batch_size=batch_size):
        pass
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if n_process > 1:  # the pool's workers, each loading its own copy
        peak_mb = max(peak_mb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return {"seconds": seconds, "peak_mb": peak_mb, "pipes": nlp.pipe_names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", nargs="+", default=list(SHIPPED),
                        help="shipped model names or pipeline folders")
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--n-process", type=int, nargs="+", default=[1])
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        model, n = args.child.rsplit(":", 1)
        print(json.dumps(one_model(model, args.docs, int(n), args.batch_size)))
        return

    import spacy

    docs = texts(args.docs)
    tokenizer = spacy.blank("da")
    words = count_words(tokenizer, docs)
    start = time.perf_counter()
    list(tokenizer.pipe(docs))
    rows = [("spaCy Danish tokenizer only", 1, time.perf_counter() - start, float("nan"))]
    for model in args.models:
        for n in args.n_process:
            out = subprocess.run(
                [sys.executable, __file__, "--child", f"{model}:{n}", "--docs", str(args.docs),
                 "--batch-size", str(args.batch_size)],
                check=True, capture_output=True, text=True, cwd=ROOT)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append((model, n, result["seconds"], result["peak_mb"]))
    print(f"{len(docs)} documents, {words:,} words")
    print("| pipeline | processes | seconds | words/s | words/s per process | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for what, n, seconds, peak in rows:
        rate = words / seconds
        mb = "-" if peak != peak else f"{peak:,.0f}"
        print(f"| {what} | {n} | {seconds:.2f} | {rate:,.0f} | {rate / n:,.0f} | {mb} |")


if __name__ == "__main__":
    main()
