"""Throughput and memory of `extract run` over 1,000 and 10,000 documents.

A benchmark, not a test: run it by hand on the machine you care about (it needs the `bench`
extra: ``pip install -e ".[bench]"``).

    python benchmarks/batch_run.py                          # 1,000 and 10,000 documents
    python benchmarks/batch_run.py --docs 1000 --configs n1 n2

Documents are the sample minutes in corpus/samples, each copy with its own closing line (so
every document has its own content hash), in folders of 500. Each configuration is a fresh
`extract run` process writing DuckDB, Parquet and CSV into a fresh folder; its peak memory is
the largest sum of RSS over the process and all its children (pool workers, Dask scheduler and
workers), sampled every 50 ms. Next to it, in the same run, the Danish tokenizer alone over the
same texts. Words are tokens that are neither spaces nor punctuation. "words per CPU-second"
divides by the CPU time of all the run's processes (start-up included): what the run does per
core when it has one to itself, which wall-clock rates on a busy machine do not show.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = {
    "n1": ("--n-process 1", ["--n-process", "1"], 1),
    "n2": ("--n-process 2", ["--n-process", "2"], 2),
    "dask2": ("Dask local, 2 workers", ["--engine", "dask", "--scheduler", "local",
                                       "--n-process", "2"], 2),
    # The runner around a pipeline that only tokenizes: reading, hashing, tables, DuckDB,
    # Parquet and CSV, i.e. what the batch machinery costs on top of the pipeline.
    "n1-tok": ("--n-process 1, tokenizer-only pipeline", ["--n-process", "1"], 1),
}
SUMMARY = re.compile(r"^(\d+) documents, ([\d,]+) words in ([\d.]+) s", re.M)


def make_corpus(folder: Path, n: int) -> list[str]:
    """Write ``n`` distinct minutes under ``folder``; return their texts."""
    samples = [p.read_text(encoding="utf-8")
               for p in sorted((ROOT / "corpus" / "samples").glob("*.txt"))]
    texts = []
    for i, text in enumerate(itertools.islice(itertools.cycle(samples), n)):
        text = text + f"\nBilag {i}\n"
        path = folder / f"part{i // 500:03d}" / f"doc{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def blank_model(work: Path) -> Path:
    """A saved pipeline with the Danish tokenizer and nothing else."""
    path = work / "blank-da"
    if not path.exists():
        import spacy

        spacy.blank("da").to_disk(path)
    return path


def tokenizer_speed(texts: list[str], model: str | None) -> dict[str, float]:
    import extract

    nlp = extract.load(model)
    started = time.perf_counter()
    words = sum(1 for doc in nlp.tokenizer.pipe(texts) for t in doc
                if not (t.is_space or t.is_punct))
    seconds = time.perf_counter() - started
    return {"words": words, "seconds": seconds, "words_per_s": words / seconds}


def measure(cmd: list[str]) -> dict[str, float]:
    """Run ``cmd``; wall time and peak RSS of it and its children (MB)."""
    import psutil

    peak = {"tree": 0, "largest": 0}
    cpu: dict[int, float] = {}  # pid -> user + system seconds, last seen
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        root = psutil.Process(proc.pid)
        while not done.is_set():
            rss = []
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                procs = []
            for p in procs:
                try:
                    with p.oneshot():
                        rss.append(p.memory_info().rss)
                        times = p.cpu_times()
                        cpu[p.pid] = times.user + times.system
                except psutil.Error:
                    continue
            if rss:
                peak["tree"] = max(peak["tree"], sum(rss))
                peak["largest"] = max(peak["largest"], max(rss))
            done.wait(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    thread.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    m = SUMMARY.search(out)
    if m is None:
        raise RuntimeError(f"no summary line in:\n{out}")
    return {"docs": int(m.group(1)), "words": int(m.group(2).replace(",", "")),
            "run_s": float(m.group(3)), "wall_s": wall, "cpu_s": sum(cpu.values()),
            "peak_rss_mb": peak["tree"] / 2**20, "largest_rss_mb": peak["largest"] / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--configs", nargs="+", choices=list(CONFIGS),
                        default=["n1", "n2", "dask2", "n1-tok"])
    parser.add_argument("--model", help="pipeline folder (default: the shipped model)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    results = []
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        work = Path(tmp)
        for n in args.docs:
            texts = make_corpus(work / f"docs{n}", n)
            tok = tokenizer_speed(texts, args.model)
            results.append({"docs": n, "config": "tokenizer only", "workers": 1,
                            "words": tok["words"], "run_s": tok["seconds"],
                            "wall_s": tok["seconds"], "peak_rss_mb": None})
            print(f"{n} docs: tokenizer {tok['words_per_s']:,.0f} words/s", file=sys.stderr)
            del texts
            for name in args.configs:
                label, flags, workers = CONFIGS[name]
                cmd = [sys.executable, "-m", "extract", "run", str(work / f"docs{n}"),
                       "--out", str(work / f"out-{name}-{n}"), "-q",
                       "--batch-size", str(args.batch_size), *flags]
                if name == "n1-tok":
                    cmd += ["--model", str(blank_model(work))]
                elif args.model:
                    cmd += ["--model", args.model]
                r = measure(cmd)
                results.append({"docs": n, "config": label, "workers": workers, **r})
                print(f"{n} docs, {label}: {r['words'] / r['run_s']:,.0f} words/s, peak RSS "
                      f"{r['peak_rss_mb']:,.0f} MB", file=sys.stderr)

    print(f"\nmachine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
          f"batch size {args.batch_size}\n")
    print("| documents | configuration | docs/s | words/s | words/s per process | "
          "words per CPU-second | wall s (with start-up) | peak RSS MB (all processes) |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        wps = r["words"] / r["run_s"]
        docs_s = r["docs"] / r["run_s"]
        rss = f"{r['peak_rss_mb']:,.0f}" if r["peak_rss_mb"] else "-"
        per_cpu = r["words"] / r.get("cpu_s", r["run_s"])
        print(f"| {r['docs']:,} | {r['config']} | {docs_s:,.1f} | {wps:,.0f} | "
              f"{wps / r['workers']:,.0f} | {per_cpu:,.0f} | {r['wall_s']:,.1f} | {rss} |")
    for name in args.configs:
        label = CONFIGS[name][0]
        rss = {r["docs"]: r["peak_rss_mb"] for r in results if r["config"] == label}
        if len(rss) > 1:
            lo, hi = min(rss), max(rss)
            print(f"\n{label}: peak RSS at {hi:,} documents is {rss[hi] / rss[lo]:.2f}x that "
                  f"at {lo:,}", end="")
    print()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
