"""The ``extract`` command: a thin layer over the package's functions.

    extract run corpus/samples --out out/
    extract evaluate corpus/gold/samples.jsonl
    extract evaluate --suite
    extract build-model --out models/da_minutes_rules
    extract show corpus/samples/byraad_aalborg_2024-05-22.txt --html aalborg.html
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .errors import ExtractError
from .train.docbins import EXTRA_TRAIN_DATA
from .version import __version__

if TYPE_CHECKING:
    from .batch.run import RunSummary


class _ProgressLine:
    """The run's progress on one line of stderr, redrawn in place on a terminal (every 30 s as
    a new line otherwise); log messages clear it first so they stay readable."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.last = 0.0
        self.shown = False

    def __call__(self, state) -> None:
        now = time.perf_counter()
        if now - self.last < (1.0 if self.tty else 30.0):
            return
        self.last = now
        share = f" ({100 * state.bytes_done / state.bytes_total:.0f}%)" if state.bytes_total else ""
        eta = state.eta_seconds
        line = (f"  {state.n_processed + state.n_skipped:,} documents{share}, "
                f"{state.n_words:,} words, {state.words_per_second:,.0f} words/s, "
                f"{state.n_errors} errors"
                + (f", ETA {_duration(eta)}" if eta is not None else ""))
        if self.tty:
            self.stream.write("\r" + line + "\x1b[K")
            self.shown = True
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.shown = False


class _ClearingHandler(logging.StreamHandler):
    def __init__(self, line: _ProgressLine) -> None:
        super().__init__(line.stream)
        self.line = line

    def emit(self, record: logging.LogRecord) -> None:
        self.line.clear()
        super().emit(record)


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def cmd_run(args: argparse.Namespace) -> int:
    from .batch.run import run
    from .readers.archives import MB, ArchiveLimits

    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    line = None if args.quiet else _ProgressLine()
    if line is not None:
        root = logging.getLogger()
        handler = _ClearingHandler(line)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        for old in list(root.handlers):
            root.removeHandler(old)
        root.addHandler(handler)
    summary = run(args.inputs, out_dir=args.out, model=args.model, n_process=args.n_process,
                  batch_size=args.batch_size, formats=formats, force=args.force,
                  engine=args.engine, scheduler=args.scheduler, keep_cpr=args.keep_cpr,
                  max_mb=args.max_mb, progress=line, archive_limits=ArchiveLimits(
                      max_ratio=args.max_ratio, max_total_bytes=int(args.max_archive_mb * MB),
                      max_depth=args.max_depth))
    if line is not None:
        line.clear()
    print(f"{summary.n_documents} documents, {summary.n_words:,} words in {summary.seconds:.1f} s "
          f"({summary.words_per_second:,.0f} words/s); {summary.n_errors} unreadable; "
          f"{summary.n_skipped} unchanged since an earlier run")
    if summary.kinds or summary.n_duplicates:
        print(kinds_line(summary))
    if summary.unsupported:
        print("not read (no reader for the format): " + ", ".join(
            f"{n} {suffix}" for suffix, n in sorted(summary.unsupported.items())))
    print("rows: " + ", ".join(f"{k} {v}" for k, v in summary.rows.items()))
    books = minute_book_summary(summary.out_dir)
    if books is not None:
        print(f"\nminute books ({len(books) - 1}): meetings found, without a date, flagged for "
              "review (meetings.needs_review, with the reason in meetings.review)")
        print(books.to_string(index=False))
    print(f"tables written to {summary.out_dir}/ ({summary.database.name}, "
          f"{', '.join(formats)})")
    if args.show:
        _show_tables(summary.out_dir)
    return 1 if args.strict and summary.n_errors else 0


def _show_tables(out_dir: Path) -> None:
    from .show import blank_missing

    with pd.option_context("display.width", 160, "display.max_columns", 8,
                           "display.max_colwidth", 40):
        for name in ("meetings", "attendance", "agenda_items"):
            path = out_dir / f"{name}.parquet"
            if path.exists():
                df = pd.read_parquet(path)
                cols = [c for c in df.columns if c not in ("doc_id", "start_char", "end_char")]
                shown = blank_missing(df[cols].head(8)).to_string(index=False)
                print(f"\n{name} ({len(df)} rows)\n{shown}")


def _readable(df: pd.DataFrame, digits: int = 3) -> pd.DataFrame:
    """Scores for people to read: floats rounded, a missing value (no score) an empty cell."""
    out = df.astype(object).where(df.notna(), "")
    for column in df.select_dtypes("float").columns:
        out[column] = [f"{v:.{digits}f}" if v != "" else "" for v in out[column]]
    return out


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate, evaluate_suite, suite_markdown
    from .evaluation.report import markdown_table

    if args.suite:
        if args.gold:
            raise ExtractError("--suite scores the project's own gold sets; give no GOLD files")
        if args.no_rules:
            raise ExtractError("--suite scores the minutes pipeline; use --no-rules with gold "
                               "files (e.g. DaNE test) instead")
        results = evaluate_suite(model=args.model, bootstrap=args.bootstrap, seed=args.seed)
        print(suite_markdown(results))
        if args.report:
            for name, result in results.items():
                result.save(Path(args.report) / name)
            print(f"\nreports written to {args.report}/<gold>/", file=sys.stderr)
        return 0
    if not args.gold:
        raise ExtractError("name gold files to score (or --suite for the project's gold sets)")
    nlp = None
    if args.no_rules:
        from .pipeline import load

        if not args.model:
            raise ExtractError("--no-rules scores the statistical part of a pipeline: name it "
                               "with --model (e.g. --model models/da_core)")
        nlp = load(args.model, rules=False)
    result = evaluate(args.gold, model=args.model, nlp=nlp, labels=args.labels, label_map=args.map,
                      tokens=args.tokens, format=args.format, bootstrap=args.bootstrap,
                      confidence=args.confidence, seed=args.seed, kind=args.kind)
    if args.markdown:
        print(f"{result.n_documents} documents; entities, exact span match (partial f1: "
              "overlapping spans of the same label match):\n")
        print(result.to_markdown())
        if args.by_document and len(result.components_by_doc):
            print("\nComponent F1 per document:\n")
            print(markdown_table(result.components_by_doc))
    else:
        with pd.option_context("display.width", 160, "display.float_format", "{:.3f}".format,
                               "display.max_columns", 20):
            print(f"{result.n_documents} documents")
            print("\nEntities (exact span match)")
            print(result.labels.to_string(index=False))
            if args.partial:
                print("\nEntities (partial match: overlapping spans of the same label)")
                print(result.partial.to_string(index=False))
            if len(result.norms):
                print("\nNormalisation accuracy (on exactly matched spans)")
                print(result.norms.to_string(index=False))
            if len(result.tables):
                print("\nTable rows (all key columns equal)")
                print(result.tables.to_string(index=False))
            if len(result.components):
                print("\nComponents (F1 of each table and of people, dates, municipalities)")
                print(_readable(result.components).to_string(index=False))
            if len(result.confusion):
                print("\nConfusion (gold rows, predicted columns; O = no span)")
                print(result.confusion.to_string())
            if args.by_document and len(result.components_by_doc):
                print("\nComponent F1 per document (empty: not annotated, or nothing to find "
                      "and nothing found)")
                print(_readable(result.components_by_doc).to_string(index=False))
    if args.report:
        out = result.save(args.report)
        print(f"\nreport written to {out}/ (CSV tables, confusion.png)")
    return 0


def cmd_build_model(args: argparse.Namespace) -> int:
    from .pipeline import build_pipeline

    nlp = build_pipeline(args.base)
    out = Path(args.out)
    nlp.to_disk(out)
    print(f"saved pipeline {nlp.pipe_names} to {out}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from .show import show

    out = show(args.doc, out=args.html, nlp=_load_model(args.model))
    print(f"wrote {out}")
    return 0


def _load_model(model: str | None):
    from .pipeline import load

    return load(model) if model else None


def cmd_train(args: argparse.Namespace) -> int:
    from .train import resolve_shared_dir, train_core, train_ensemble

    shared = resolve_shared_dir(args.shared_dir)
    best = train_core(shared_dir=shared, output_dir=args.output_dir, config=args.config,
                      vectors=True if args.vectors == "build" else
                      (False if args.vectors == "no" else Path(args.vectors)),
                      install_to=args.install_to, n_threads=args.threads,
                      extra_train=args.extra_train, train_on_dev=args.train_on_dev)
    if args.members:
        vectors = (args.output_dir / "vectors" if args.vectors in ("no", "build")
                   else Path(args.vectors))
        weights = args.output_dir / "pretrain" / "model-last.bin"
        train_ensemble(shared_dir=shared, output_dir=args.output_dir / "members", host=best,
                       members=Path(args.members),
                       vectors=vectors if (vectors / "config.cfg").exists() else None,
                       init_tok2vec=weights if weights.exists() else None,
                       n_threads=args.threads, train_on_dev=args.train_on_dev)
    installed = f" (installed to {args.install_to})" if args.install_to else ""
    print(f"trained pipeline: {best}{installed}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="extract", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="extract tables from files, folders and archives",
                       description="Extract the tables from files, folders (recursively) and "
                       "archives into DIR: a DuckDB database, Parquet folders and CSV. "
                       "Rerunning skips documents already done; a killed run resumes.")
    p.add_argument("inputs", nargs="+", help="files, folders or archives (.zip, .tar, .tar.gz)")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the tables")
    p.add_argument("--model", help="pipeline folder or shipped model name (default: da_core "
                   "with the rules; da_minutes_rules is the rules alone, ~10x faster)")
    p.add_argument("--n-process", type=int, default=1,
                   help="worker processes (default 1); with --engine dask --scheduler local: "
                   "workers (default 2)")
    p.add_argument("--batch-size", type=int, default=64,
                   help="documents per batch, commit and Parquet part (default 64)")
    p.add_argument("--format", default="parquet,csv",
                   help="files beside the DuckDB database, comma-separated: parquet, csv or "
                   "parquet,csv (the default: both)")
    p.add_argument("--force", action="store_true", help="redo documents an earlier run finished")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where batches run (default local)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (tcp://host:8786), or 'local' to start a local "
                   "cluster (the default with --engine dask)")
    p.add_argument("--keep-cpr", action="store_true",
                   help="write CPR numbers as they are (default: masked as XXXXXX-XXXX)")
    p.add_argument("--max-mb", type=float, default=20,
                   help="largest document (file or archive member) to read, in MB (default 20)")
    p.add_argument("--max-ratio", type=float, default=200, metavar="N",
                   help="refuse archive members compressed more than N:1 (archive bombs; "
                   "default 200)")
    p.add_argument("--max-archive-mb", type=float, default=2048, metavar="MB",
                   help="stop unpacking an archive after this much data (default 2048)")
    p.add_argument("--max-depth", type=int, default=3, metavar="N",
                   help="open archives nested at most N deep (default 3)")
    p.add_argument("--show", action="store_true", help="print the first rows of the main tables")
    p.add_argument("--strict", action="store_true", help="exit 1 if any input was unreadable")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress line")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("evaluate", help="score the pipeline against gold annotations",
                       description="Score the pipeline against gold annotations: per-label and "
                       "micro/macro P/R/F1 (exact and partial matching) with bootstrap "
                       "intervals, normalisation accuracy, table rows, a confusion matrix and "
                       "every error in context.")
    p.add_argument("gold", nargs="*", help="gold files: extract-gold/1 or doccano JSONL, Label "
                   "Studio JSON, CoNLL-U, IOB2/.tsv, token JSONL, DocBin (.spacy)")
    p.add_argument("--model", help="pipeline folder or shipped model name (default: da_core "
                   "with the rules; da_minutes_rules is the rules alone, ~10x faster)")
    p.add_argument("--labels", nargs="*", help="score only these labels (after --map)")
    p.add_argument("--map", action="append", metavar="FROM=TO",
                   help="map labels on both sides before scoring; repeatable: --map PER=PERSON "
                   "--map LOC,MUNICIPALITY=LOC; FROM= drops a label; --map dane for DaNE")
    p.add_argument("--tokens", choices=("raw", "gold"), default="raw",
                   help="run on the raw text (default) or on the gold tokens (token formats)")
    p.add_argument("--format", choices=("extract", "doccano", "labelstudio", "conllu", "iob2",
                                        "tokens", "docbin"),
                   help="gold format (default: guessed from each file)")
    p.add_argument("--partial", action="store_true",
                   help="also print scores under partial (overlap) matching")
    p.add_argument("--kind", choices=("minutes", "minute_book", "agenda", "other"),
                   help="score every document as this kind instead of the kind read from its "
                   "text (gold on excerpts: one case cut from a council's protocol is minutes)")
    p.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                   help="bootstrap resamples over documents for the intervals (0: none)")
    p.add_argument("--confidence", type=float, default=0.95, help="interval coverage")
    p.add_argument("--seed", type=int, default=0, help="bootstrap random seed")
    p.add_argument("--report", help="folder for the CSV tables (scores, errors, confusion) and "
                   "confusion.png")
    p.add_argument("--markdown", action="store_true", help="print the scores as Markdown tables")
    p.add_argument("--by-document", action="store_true",
                   help="also print each document's F1 per component (meetings ... "
                   "municipalities), e.g. to find the documents of an archive that score worst")
    p.add_argument("--suite", action="store_true",
                   help="score corpus/, the real-document gold and DaNE test (the README table)")
    p.add_argument("--no-rules", action="store_true",
                   help="score the --model pipeline without its rule components: the "
                   "statistical model alone (e.g. models/da_core on DaNE)")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("train",
                       help="train the statistical Danish pipeline (DaNE, UD) from local data")
    p.add_argument("--shared-dir", type=Path, default=None,
                   help="the shared material folder (default ../shared or EXTRACT_SHARED_DIR)")
    p.add_argument("--output-dir", type=Path, required=True, help="scratch folder for the run")
    p.add_argument("--config", type=Path, default=Path("configs/da_core.cfg"),
                   help="spaCy training config of the host model (default configs/da_core.cfg)")
    p.add_argument("--vectors", default="no", help="no | build | PATH to a pipeline with vectors")
    p.add_argument("--install-to", type=Path, help="copy the best model here (e.g. models/da_core)")
    p.add_argument("--threads", type=int, default=1,
                   help="CPU threads for training (default 1)")
    p.add_argument("--members", default="configs/da_core_members/members.json",
                   help="NER ensemble members to train and add (default: those of "
                   "models/da_core); --members '' trains the single model only")
    p.add_argument("--extra-train", action="append", default=[],
                   choices=sorted(EXTRA_TRAIN_DATA),
                   help="extra NER training data for the host model (repeatable): DaN+ web "
                   "genres, or DaNE train copies with every entity swapped for another name")
    p.add_argument("--train-on-dev", action="store_true",
                   help="train on DaNE train + dev once settings are chosen (the release "
                   "recipe); dev scores are then no longer held-out scores")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("build-model", help="save the rule pipeline (on an optional base model)",
                       description="Build the minutes pipeline from extract/resources/"
                       "pipeline.cfg (the rule components, their order and settings) on a "
                       "statistical base or on blank Danish, and save it so that spacy.load "
                       "gives exactly that pipeline. A base's own rule components are rebuilt.")
    p.add_argument("--base", help="a statistical spaCy pipeline to build on (default: blank da)")
    p.add_argument("--out", required=True, help="folder to save the pipeline to")
    p.set_defaults(func=cmd_build_model)

    p = sub.add_parser("show", help="write one document as an HTML page (tables, entities)",
                       description="Run the pipeline over one document and write a "
                       "self-contained HTML page: a summary with links, its tables, then its "
                       "text with the entities highlighted.")
    p.add_argument("doc", help="one document (.txt, .md, .html, .pdf, .docx, .eml, .json)")
    p.add_argument("--html", required=True, metavar="OUT", help="the page to write")
    p.add_argument("--model", help="pipeline folder or shipped model name (default: da_core "
                   "with the rules; da_minutes_rules is the rules alone, ~10x faster)")
    p.set_defaults(func=cmd_show)
    return parser


def minute_book_summary(out_dir: Path) -> pd.DataFrame | None:
    """Per minute book of a run: meetings, meetings without a date, meetings flagged for
    review, and a total row; None when the run held no minute book."""
    documents, meetings = out_dir / "documents.parquet", out_dir / "meetings.parquet"
    if not documents.exists() or not meetings.exists():
        return None
    docs = pd.read_parquet(documents, columns=["doc_id", "source", "kind"])
    books = docs[docs["kind"] == "minute_book"]
    if books.empty:
        return None
    rows = pd.read_parquet(meetings, columns=["doc_id", "date", "needs_review"])
    rows = rows[rows["doc_id"].isin(books["doc_id"])]
    counts = rows.groupby("doc_id").agg(meetings=("doc_id", "size"),
                                        without_date=("date", lambda d: int(d.isna().sum())),
                                        flagged=("needs_review", "sum"))
    table = books.set_index("doc_id").join(counts).fillna(0).reset_index()
    table["book"] = table["source"].map(lambda s: Path(str(s)).name)
    table = table[["book", "meetings", "without_date", "flagged"]].sort_values("book")
    table[["meetings", "without_date", "flagged"]] = table[
        ["meetings", "without_date", "flagged"]].astype(int)
    total = pd.DataFrame([{"book": "all", **table[["meetings", "without_date", "flagged"]]
                           .sum().to_dict()}])
    return pd.concat([table, total], ignore_index=True)


def kinds_line(summary: RunSummary) -> str:
    """What the run's documents were, e.g. "kinds: 40 minute_book, 2 other; 1 duplicate"."""
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(summary.kinds.items(),
                                                           key=lambda kv: -kv[1]))
    extra = []
    if summary.n_duplicates:
        extra.append(f"{summary.n_duplicates} duplicate{'s' * (summary.n_duplicates != 1)} "
                     "(listed in documents.duplicate_of, not processed again)")
    if summary.n_parts:
        extra.append(f"{summary.n_parts} long document{'s' * (summary.n_parts != 1)} "
                     "run in parts")
    return "kinds: " + (kinds or "none") + "".join(f"; {e}" for e in extra)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except ExtractError as exc:
        print(f"extract: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        # A file the command was told to write or read that the system refuses (one line).
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"extract: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nextract: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
