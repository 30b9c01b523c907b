"""The ``extract`` command: a thin layer over the package's functions.

    extract run corpus/samples --out out/
    extract evaluate corpus/gold/samples.jsonl
    extract build-model --out models/da_minutes_rules
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import pandas as pd

from .errors import ExtractError


def _progress_printer(stream=sys.stderr):
    started = time.perf_counter()
    last = [0.0]

    def report(n_docs: int, n_words: int) -> None:
        now = time.perf_counter()
        if now - last[0] < 1.0:
            return
        last[0] = now
        rate = n_words / (now - started) if now > started else 0.0
        print(f"\r  {n_docs} documents, {n_words:,} words, {rate:,.0f} words/s", end="",
              file=stream, flush=True)

    return report


def cmd_run(args: argparse.Namespace) -> int:
    from .run import run

    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    summary = run(args.inputs, out_dir=args.out, model=args.model, n_process=args.n_process,
                  batch_size=args.batch_size, formats=formats,
                  progress=None if args.quiet else _progress_printer())
    if not args.quiet:
        print(file=sys.stderr)
    print(f"{summary.n_documents} documents, {summary.n_words:,} words in {summary.seconds:.1f} s "
          f"({summary.words_per_second:,.0f} words/s); {summary.n_errors} unreadable")
    print("rows: " + ", ".join(f"{k} {v}" for k, v in summary.rows.items()))
    print(f"tables written to {summary.out_dir}/ ({', '.join(formats)})")
    if args.show:
        _show_tables(summary.out_dir)
    return 1 if args.strict and summary.n_errors else 0


def _show_tables(out_dir: Path) -> None:
    with pd.option_context("display.width", 160, "display.max_columns", 8,
                           "display.max_colwidth", 40):
        for name in ("meetings", "attendance", "agenda_items"):
            path = out_dir / f"{name}.parquet"
            if path.exists():
                df = pd.read_parquet(path)
                cols = [c for c in df.columns if c not in ("doc_id", "start_char", "end_char")]
                print(f"\n{name} ({len(df)} rows)\n{df[cols].head(8).to_string(index=False)}")


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    result = evaluate(args.gold, model=args.model, labels=args.labels)
    if args.markdown:
        from .evaluate import markdown_table

        print(f"{result.n_documents} documents; entities, exact span match:\n")
        print(markdown_table(result.labels[["label", "precision", "recall", "f1", "support"]]))
        if len(result.tables):
            print("\nTable rows (all key columns equal):\n")
            print(markdown_table(result.tables))
        return 0
    with pd.option_context("display.width", 160, "display.float_format", "{:.3f}".format):
        print(f"{result.n_documents} documents")
        print("\nEntities (exact span match)")
        print(result.labels.to_string(index=False))
        if len(result.norms):
            print("\nNormalisation accuracy (on exactly matched spans)")
            print(result.norms.to_string(index=False))
        if len(result.tables):
            print("\nTable rows (all key columns equal)")
            print(result.tables.to_string(index=False))
    if args.report:
        out = Path(args.report)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("labels", "norms", "tables", "errors", "table_errors"):
            getattr(result, name).to_csv(out / f"{name}.csv", index=False)
        print(f"\nreport written to {out}/")
    return 0


def cmd_build_model(args: argparse.Namespace) -> int:
    from .pipeline import build_pipeline

    nlp = build_pipeline(args.base)
    out = Path(args.out)
    nlp.to_disk(out)
    print(f"saved pipeline {nlp.pipe_names} to {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extract", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="extract tables from files and folders")
    p.add_argument("inputs", nargs="+", help="files or folders (.txt, .md, .html)")
    p.add_argument("--out", required=True, type=Path, help="folder for the tables")
    p.add_argument("--model", help="pipeline folder (default: the shipped model)")
    p.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--format", default="parquet,csv", help="parquet and/or csv (default both)")
    p.add_argument("--show", action="store_true", help="print the first rows of the main tables")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input was unreadable")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("evaluate", help="score the pipeline against gold annotations")
    p.add_argument("gold", nargs="+", help="extract-gold/1 JSONL files")
    p.add_argument("--model", help="pipeline folder (default: the shipped model)")
    p.add_argument("--labels", nargs="*", help="score only these labels")
    p.add_argument("--report", help="folder for labels/norms/tables/errors CSV files")
    p.add_argument("--markdown", action="store_true", help="print the scores as Markdown tables")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("build-model", help="save the rule pipeline (on an optional base model)")
    p.add_argument("--base", help="a statistical spaCy pipeline to build on (default: blank da)")
    p.add_argument("--out", required=True, help="folder to save the pipeline to")
    p.set_defaults(func=cmd_build_model)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except ExtractError as exc:
        print(f"extract: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nextract: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
