"""Running the pipeline over whole archives: streaming, resumable, parallel.

``run()`` walks files, folders and archives, skips what an earlier run into the same folder
finished (by content hash), processes the rest in batches on an engine (this process, local
processes, or Dask) and commits each batch to the folder's store (DuckDB, with Parquet and CSV
beside it; see ``extract.batch.store``). Bad input becomes a row in ``errors``, never a stop.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..errors import ExtractError, InputError
from ..pipeline import load
from ..readers import READERS
from ..readers.archives import ArchiveLimits
from ..rules.cpr import mask_cpr
from ..tables import COLUMNS, DTYPES
from ..types import SourceText
from ..version import __version__
from .engines import Batch, make_engine
from .lock import OutputLock
from .sources import ArchiveEnd, Job, Limits, Walker, printable
from .store import BOOL, ERROR_COLUMNS, ERRORS_TABLE, FLOAT, INT, Store

log = logging.getLogger(__name__)

__all__ = ["ERROR_COLUMNS", "Progress", "RunSummary", "process_texts", "run"]

MAX_BATCH_BYTES = 64 * 1024 * 1024  # a batch closes early when its documents are this big
# The store's type of each typed table column (any other column is text).
_SQL_TYPES = {"int64": INT, "Int64": INT, "float64": FLOAT, "bool": BOOL}


@dataclass
class Progress:
    """Where a run stands, for a progress line."""

    n_processed: int = 0  # documents processed in this run (errors included)
    n_skipped: int = 0  # documents an earlier run finished
    n_errors: int = 0
    n_words: int = 0
    files_total: int = 0  # files and archives found under the inputs
    bytes_total: int = 0
    bytes_done: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def words_per_second(self) -> float:
        return self.n_words / self.seconds if self.seconds > 0 else 0.0

    @property
    def eta_seconds(self) -> float | None:
        """Seconds left, from the input bytes done so far (None before there is a rate)."""
        if not self.bytes_done or not self.bytes_total:
            return None
        left = max(self.bytes_total - self.bytes_done, 0)
        return self.seconds * left / self.bytes_done


@dataclass
class RunSummary:
    """What a run did: counts, timings, and where the tables went."""

    out_dir: Path
    n_documents: int = 0  # processed in this run, without errors
    n_skipped: int = 0  # finished by an earlier run and unchanged
    n_words: int = 0
    n_errors: int = 0  # inputs of this run that could not be read (listed in ``errors``)
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)  # rows per table in the store
    files: list[Path] = field(default_factory=list)
    unsupported: dict[str, int] = field(default_factory=dict)  # suffix -> files not read
    errors: list[dict[str, str]] = field(default_factory=list)  # this run's error rows
    kinds: dict[str, int] = field(default_factory=dict)  # documents of each kind, this run
    n_duplicates: int = 0  # copies of a document seen before: listed, not processed again
    n_parts: int = 0  # documents long enough to run as parts

    @property
    def words_per_second(self) -> float:
        return self.n_words / self.seconds if self.seconds else 0.0

    @property
    def database(self) -> Path:
        from .store import DB_NAME

        return self.out_dir / DB_NAME


def make_docs(nlp: Language, texts: Iterable[SourceText]) -> Iterator[Doc]:
    for item in texts:
        doc = nlp.make_doc(item.text)
        doc._.doc_id = item.doc_id
        doc._.source = item.source
        doc._.page_starts = list(item.page_starts) or None
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


def settings_fingerprint(nlp: Language, *, keep_cpr: bool) -> str:
    """What makes the rows of a document: package version, the pipeline (its config and its
    data: gazetteers, weights) and masking. A document done under another is done again."""
    digest = hashlib.sha1()
    for part in (__version__, nlp.config.to_str(), "keep-cpr" if keep_cpr else "mask-cpr"):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(nlp.to_bytes(exclude=["vocab"]))  # the vocab's strings grow with use
    return digest.hexdigest()[:16]


def run(inputs: Iterable[str | Path], *, out_dir: str | Path, model: str | Path | None = None,
        nlp: Language | None = None, n_process: int = 1, batch_size: int = 64,
        formats: tuple[str, ...] = ("parquet", "csv"), force: bool = False,
        engine: str = "local", scheduler: str | None = None, keep_cpr: bool = False,
        max_mb: float = 20, archive_limits: ArchiveLimits | None = None,
        progress: Callable[[Progress], None] | None = None) -> RunSummary:
    """Extract the tables from every supported file and archive under ``inputs``.

    The tables go to ``out_dir``: ``extract.duckdb`` (one view per table), one Parquet folder
    per table (``<table>.parquet/part-*.parquet``, read with ``pd.read_parquet(folder)``) and,
    if asked, ``<table>.csv``; a missing value is NULL there (an empty CSV cell), as it is
    ``<NA>`` in :func:`extract.to_tables`. Documents an earlier run into the same folder
    finished are skipped unless their content changed; a changed document's old rows are
    replaced. A run that is killed loses at most the batches not yet committed: run it again
    to finish.

    Args:
        inputs: files, folders (walked recursively) and archives.
        out_dir: the output folder; nothing is written outside it.
        model: pipeline folder; the default pipeline when None (ignored if ``nlp`` is given).
        nlp: a loaded pipeline.
        n_process: worker processes (local engine) or workers (local Dask cluster).
        batch_size: documents per batch: the unit of work, of commits and of Parquet parts.
        formats: files besides the database: any of "parquet", "csv".
        force: process every document again, finished or not.
        engine: "local" or "dask".
        scheduler: for "dask": a scheduler address, or "local" to start a local cluster.
        keep_cpr: write CPR numbers as they are instead of masking them.
        max_mb: largest document (file or archive member) read, in MB.
        archive_limits: unpacking limits (ratio, total, members, nesting depth) against archive
            bombs; the defaults of :class:`ArchiveLimits` when None (its member size is
            ``max_mb``).
        progress: called after each batch.

    Raises:
        InputError: an input does not exist.
        ExtractError: the output folder is in use by another run, the engine cannot start, or
            a format is unknown.
    """
    inputs = [Path(p) for p in inputs]
    for path in inputs:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
    unknown = [f for f in formats if f not in ("parquet", "csv")]
    if unknown:
        raise ExtractError(f"unknown table format {unknown[0]!r}; use parquet and/or csv")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise ExtractError(f"{out}: not a folder (a file of that name is in the way); "
                           "choose another --out") from exc
    except OSError as exc:
        raise ExtractError(f"cannot make the output folder {out}: {exc.strerror}; "
                           "choose another --out") from exc
    # Taken before the (slow) pipeline load: a second run on DIR is refused at once.
    with OutputLock(out):
        return _run(inputs, out=out, nlp=nlp if nlp is not None else load(model),
                    n_process=n_process, batch_size=batch_size, formats=formats, force=force,
                    engine=engine, scheduler=scheduler, keep_cpr=keep_cpr,
                    limits=Limits.from_mb(max_mb, archive=archive_limits), progress=progress)


def _run(inputs: list[Path], *, out: Path, nlp: Language, n_process: int, batch_size: int,
         formats: tuple[str, ...], force: bool, engine: str, scheduler: str | None,
         keep_cpr: bool, limits: Limits, progress: Callable[[Progress], None] | None
         ) -> RunSummary:
    """:func:`run` once the output folder is locked and the pipeline loaded."""
    mask = not keep_cpr
    hide = mask_cpr if mask else (lambda s: s)
    store = Store(out, tables={**COLUMNS, ERRORS_TABLE: ERROR_COLUMNS},
                  column_types={c: _SQL_TYPES[t] for c, t in DTYPES.items()}, formats=formats,
                  settings=settings_fingerprint(nlp, keep_cpr=keep_cpr))
    summary = RunSummary(out_dir=out)
    try:
        walker = Walker(wanted=lambda name: Path(name).suffix.lower() in READERS,
                        limits=limits, exclude=out,
                        archive_done=None if force else store.archive_done)
        state = Progress()
        state.files_total, state.bytes_total = walker.count(inputs)
        batches = _batches(walker.walk(inputs), store=store, force=force,
                           batch_size=batch_size, state=state)
        eng = make_engine(engine, nlp, n_process=n_process, mask=mask, batch_size=min(
            batch_size, 32), scheduler=scheduler, scratch=out / ".dask-scratch")
        try:
            for batch, results in eng.map(batches):
                store.commit(list(zip(batch.jobs, results, strict=True)), batch.ends,
                             mask=hide)
                for job, res in zip(batch.jobs, results, strict=True):
                    state.n_processed += 1
                    state.bytes_done += job.weight
                    state.n_words += res.n_words
                    if res.duplicate:
                        summary.n_duplicates += 1
                    elif res.kind is not None:
                        summary.kinds[res.kind] = summary.kinds.get(res.kind, 0) + 1
                    if res.n_parts > 1:
                        summary.n_parts += 1
                    if res.error:
                        state.n_errors += 1
                        summary.errors.append(res.error)
                        log.warning("%s: %s: %s", printable(res.error["source"]),
                                    res.error["stage"], printable(res.error["reason"]))
                state.bytes_done += sum(end.weight for end in batch.ends)
                if progress is not None:
                    progress(state)
        finally:
            eng.close()
        summary.seconds = state.seconds
        summary.n_words = state.n_words
        summary.n_errors = state.n_errors
        summary.n_documents = state.n_processed - state.n_errors
        summary.n_skipped = state.n_skipped
        summary.unsupported = dict(walker.unsupported)
        summary.rows = store.finalize()
    finally:
        store.close()
    summary.files = sorted(p for p in out.iterdir() if not p.name.startswith("."))
    return summary


def _batches(items: Iterator[Job | ArchiveEnd], *, store: Store, force: bool, batch_size: int,
             state: Progress) -> Iterator[Batch]:
    """Group jobs into batches, leaving out what is finished and what this run already saw."""
    seen: set[str] = set()
    first_of: dict[tuple[str, str], tuple[str, str]] = {}  # (hash, suffix) -> first (key, doc_id)
    pending: list[Job] = []  # waiting for the manifest look-up
    pending_bytes = 0
    batch = Batch()

    def plan() -> Iterator[Batch]:
        nonlocal batch, pending_bytes
        done = set() if force else store.done(pending)
        for job in pending:
            # The same bytes read by the same reader: an old .doc renamed .docx is no copy of
            # the .txt it was renamed from (one is refused, the other read).
            content = (job.sha256, Path(job.name).suffix.lower())
            first = first_of.setdefault(content, (job.key, job.doc_id)) if job.sha256 else None
            if job.key in done:
                state.n_skipped += 1
                state.bytes_done += job.weight
                continue
            if job.error is None and first is not None and first[0] != job.key:
                # The same bytes under another name: listed as a copy, not processed again.
                job.duplicate_of, job.data = first[1], None
            batch.jobs.append(job)
            batch.n_bytes += len(job.data or b"")
            if len(batch.jobs) >= batch_size or batch.n_bytes >= MAX_BATCH_BYTES:
                yield batch
                batch = Batch()
        pending.clear()
        pending_bytes = 0

    for item in items:
        if isinstance(item, ArchiveEnd):
            yield from plan()
            if item.skipped:
                state.n_skipped += store.members_of(item.key)
                state.bytes_done += item.weight
                continue
            batch.ends.append(item)  # committed with (or after) its last members
            continue
        if item.key in seen:
            continue  # the same path given twice (overlapping inputs)
        seen.add(item.key)
        pending.append(item)
        pending_bytes += len(item.data or b"")
        if len(pending) >= batch_size or pending_bytes >= MAX_BATCH_BYTES:
            yield from plan()
    yield from plan()
    if batch.jobs or batch.ends:
        yield batch
