"""Running the pipeline over many files and writing the tables."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401
from .errors import ExtractError
from .pipeline import load
from .readers import iter_files, read_file
from .tables import COLUMNS, doc_rows, frames
from .types import SourceText

log = logging.getLogger(__name__)
ERROR_COLUMNS = ["source", "stage", "reason"]


@dataclass
class RunSummary:
    """What a run did: counts, timings, and where the tables went."""

    out_dir: Path
    n_documents: int = 0
    n_words: int = 0
    n_errors: int = 0
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.n_words / self.seconds if self.seconds else 0.0


def make_docs(nlp: Language, texts: Iterable[SourceText]) -> Iterator[Doc]:
    for item in texts:
        doc = nlp.make_doc(item.text)
        doc._.doc_id = item.doc_id
        doc._.source = item.source
        yield doc


def process_texts(texts: Iterable[SourceText], *, nlp: Language | None = None,
                  n_process: int = 1, batch_size: int = 16) -> Iterator[Doc]:
    """Run the pipeline over texts, keeping each text's id and source on its Doc.

    Args:
        texts: records from ``extract.readers.read_paths`` (or made by hand).
        nlp: the pipeline; the default from ``extract.load()`` when None.
        n_process: worker processes for ``nlp.pipe``.
        batch_size: documents per batch.
    """
    nlp = nlp if nlp is not None else load()
    yield from nlp.pipe(make_docs(nlp, texts), n_process=n_process, batch_size=batch_size)


def _read_all(inputs: Iterable[str | Path], errors: list[dict]) -> Iterator[SourceText]:
    for file, root in iter_files(inputs):
        try:
            yield read_file(file, root=root)
        except (ExtractError, OSError, ValueError) as exc:
            log.warning("skipped %s: %s", file, exc)
            errors.append({"source": str(file), "stage": "read", "reason": str(exc)})


def run(inputs: Iterable[str | Path], *, out_dir: str | Path, model: str | Path | None = None,
        nlp: Language | None = None, n_process: int = 1, batch_size: int = 16,
        formats: tuple[str, ...] = ("parquet", "csv"),
        progress: Callable[[int, int], None] | None = None) -> RunSummary:
    """Extract the tables from every supported file under ``inputs`` into ``out_dir``.

    Files that cannot be read are listed in the ``errors`` table and the run goes on.

    Args:
        inputs: files and folders (walked recursively).
        out_dir: where ``<table>.parquet`` / ``<table>.csv`` are written.
        model: pipeline folder; the default pipeline when None (ignored if ``nlp`` is given).
        n_process: worker processes.
        formats: any of "parquet", "csv".
        progress: called with (documents done, words done) after each document.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    nlp = nlp if nlp is not None else load(model)
    summary = RunSummary(out_dir=out)
    errors: list[dict] = []
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    started = time.perf_counter()
    for doc in process_texts(_read_all(inputs, errors), nlp=nlp, n_process=n_process,
                             batch_size=batch_size):
        for name, part in doc_rows(doc).items():
            rows[name].extend(part)
        summary.n_documents += 1
        summary.n_words += sum(1 for t in doc if not t.is_space and not t.is_punct)
        if progress is not None:
            progress(summary.n_documents, summary.n_words)
    summary.seconds = time.perf_counter() - started
    tables = frames(rows)
    tables["errors"] = pd.DataFrame(errors, columns=ERROR_COLUMNS).astype("string")
    summary.n_errors = len(errors)
    for name, df in tables.items():
        summary.rows[name] = len(df)
        summary.files += write_table(df, out / name, formats=formats)
    return summary


def write_table(df: pd.DataFrame, stem: Path, *, formats: tuple[str, ...]) -> list[Path]:
    """Write one table atomically (temp file, then rename) in each format."""
    written = []
    for fmt in formats:
        path = stem.with_suffix("." + fmt)
        tmp = path.with_name(path.name + ".tmp")
        if fmt == "parquet":
            df.to_parquet(tmp, index=False)
        elif fmt == "csv":
            df.to_csv(tmp, index=False)
        else:
            raise ValueError(f"unknown table format {fmt!r}; use parquet or csv")
        tmp.replace(path)
        written.append(path)
    return written
