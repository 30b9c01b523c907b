"""The work done for one batch, wherever it runs (this process, a pool process, a Dask worker):
decode the bytes, run the pipeline with ``nlp.pipe``, and turn each Doc into table rows.
Long texts run as parts (``extract.batch.parts``) and come back as one document.

Only plain rows travel back, never Docs, so results are small and the pipeline's memory is
freed batch by batch (``nlp.memory_zone``).
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..readers import read_bytes
from ..rules.cpr import mask_cpr, mask_rows
from ..rules.dates import reference_date
from ..rules.kinds import document_kind
from ..rules.meetings import meeting_starts
from ..rules.minute_books import split_minute_book
from ..tables import doc_rows
from ..tables.meetings import DOCUMENTS_COLUMNS
from ..types import SourceText
from . import parts
from .parts import Part, merge_rows, split_text
from .sources import STAGE_PROCESS, STAGE_READ, Job

log = logging.getLogger(__name__)


@dataclass
class DocResult:
    """What one job gave: its rows per table, or an error row."""

    key: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    n_words: int = 0
    error: dict[str, str] | None = None  # {"source", "stage", "reason"}
    kind: str | None = None  # extract.rules.kinds: minutes, minute_book, agenda, other
    n_parts: int = 1  # parts a long text ran as
    duplicate: bool = False  # a copy of a document processed elsewhere: not run again


def error_row(source: str, stage: str, reason: str, *, mask: bool) -> dict[str, str]:
    row = {"source": source, "stage": stage, "reason": reason}
    return {k: mask_cpr(v) for k, v in row.items()} if mask else row


def count_words(doc: Doc) -> int:
    """Tokens that are neither spaces nor punctuation."""
    return sum(1 for t in doc if not (t.is_space or t.is_punct))


# Length alone refuses no text (long ones run as parts); a "word" this long means the file is
# no writing (a blob, a dump) and could not be cut into parts anyway.
NOT_TEXT_RUN_CHARS = 20_000
_NOT_TEXT_RUN = re.compile(rf"\S{{{NOT_TEXT_RUN_CHARS},}}")
BATCH_CHARS = 80_000  # characters in the pipeline at once: what bounds a worker's memory


def process_jobs(nlp: Language, jobs: list[Job], *, mask: bool,
                 batch_size: int = 32) -> list[DocResult]:
    """Process one batch of jobs; never raises for a bad input.

    A text longer than :data:`extract.batch.parts.PART_CHARS` runs as parts and comes back as
    one document; the pipeline never holds more than :data:`BATCH_CHARS` characters (or one
    part) at once, so memory follows the characters in flight, not the number or size of the
    documents.

    Args:
        nlp: the pipeline.
        jobs: documents (bytes), duplicates of documents processed elsewhere, and inputs
            already known to be unreadable.
        mask: mask CPR numbers in every cell.
        batch_size: ``nlp.pipe`` batch size (at most; fewer for long documents).

    Returns:
        One result per job, in the jobs' order.
    """
    results: dict[str, DocResult] = {}
    texts: list[tuple[Job, SourceText]] = []
    for job in jobs:
        if job.error is not None:
            results[job.key] = DocResult(job.key, error=error_row(job.source, *job.error,
                                                                   mask=mask))
            continue
        if job.duplicate_of is not None:
            results[job.key] = duplicate_result(job, mask=mask)
            continue
        try:
            item = read_bytes(job.data or b"", name=job.name, doc_id=job.doc_id,
                              source=job.source)
        except Exception as exc:  # noqa: BLE001 - any reader failure is this input's problem
            # The prefix off first: a file name may hold a line break.
            reason = _reason(str(exc).removeprefix(f"{job.source}: ") or exc)
            results[job.key] = DocResult(job.key, error=error_row(
                job.source, STAGE_READ, reason, mask=mask))
            continue
        if not item.text.strip():
            results[job.key] = DocResult(job.key, error=error_row(
                job.source, STAGE_READ, "no text in the file (empty, or only images/markup)",
                mask=mask))
        elif (run := _NOT_TEXT_RUN.search(item.text)) is not None:
            results[job.key] = DocResult(job.key, error=error_row(
                job.source, STAGE_READ,
                f"not text: {len(run.group()):,} characters without a space or line break "
                f"(at character {run.start():,}); no word is that long", mask=mask))
        else:
            texts.append((job, item))
    try:
        for result in _pipe(nlp, texts, mask=mask, batch_size=batch_size):
            results[result.key] = result
    except Exception:  # noqa: BLE001 - find the document that broke the batch
        log.debug("a batch failed in the pipeline; processing its documents one by one",
                  exc_info=True)
        for job, item in texts:
            try:
                (result,) = _pipe(nlp, [(job, item)], mask=mask, batch_size=1)
            except Exception as exc:  # noqa: BLE001
                result = DocResult(job.key, error=error_row(
                    job.source, STAGE_PROCESS, f"pipeline failed: {_reason(exc)}", mask=mask))
            results[job.key] = result
    return [results[job.key] for job in jobs]


def duplicate_result(job: Job, *, mask: bool) -> DocResult:
    """A copy of a document processed elsewhere: its own documents row, pointing at the first."""
    row = {c: None for c in DOCUMENTS_COLUMNS}
    row.update(doc_id=job.doc_id, source=job.source, duplicate_of=job.duplicate_of)
    rows = {"documents": [row]}
    return DocResult(job.key, mask_rows(rows) if mask else rows, duplicate=True)


@dataclass
class _Unit:
    """One part of one document on its way through the pipeline."""

    job: Job
    item: SourceText
    part: Part
    index: int  # the part's place in its document
    n_parts: int


def meeting_starts_of(nlp: Language, text: str) -> list[int]:
    """Where the meetings of a long text begin: the headers of modern minutes, and the openings
    of a minute book's meetings as the pipeline's structure reader finds them (with the first
    names it carries), so that no part begins inside a meeting when a cut there is possible."""
    starts = set(meeting_starts(text))
    if "extract_structure" in nlp.pipe_names:
        reader = nlp.get_pipe("extract_structure")
        reader._ensure_ready()
        reference = reference_date(text)
        book = split_minute_book(text, first_names=reader.first_names,
                                 year=reference.year if reference else None)
        starts.update(m.start_char for m in book[1:])
    return sorted(starts)


def _units(nlp: Language, texts: list[tuple[Job, SourceText]]) -> list[_Unit]:
    units = []
    for job, item in texts:
        long = len(item.text) > parts.PART_CHARS
        cuts = split_text(item.text, starts=meeting_starts_of(nlp, item.text) if long else None)
        units += [_Unit(job, item, part, k, len(cuts)) for k, part in enumerate(cuts)]
    return units


def _groups(units: list[_Unit], *, batch_size: int) -> list[list[_Unit]]:
    """Units in pipeline calls of at most ``batch_size`` units and :data:`BATCH_CHARS`
    characters; the first part of a long document closes its call, as the later parts take
    its kind and year."""
    groups: list[list[_Unit]] = []
    group: list[_Unit] = []
    chars = 0
    for unit in units:
        size = unit.part.end - unit.part.start
        if group and (len(group) >= batch_size or chars + size > BATCH_CHARS):
            groups.append(group)
            group, chars = [], 0
        group.append(unit)
        chars += size
        if unit.n_parts > 1 and unit.index == 0:
            groups.append(group)
            group, chars = [], 0
    if group:
        groups.append(group)
    return groups


def _part_doc(nlp: Language, unit: _Unit, first: dict[str, tuple[str, int | None]]) -> Doc:
    item, part = unit.item, unit.part
    doc = nlp.make_doc(item.text[part.start:part.end])
    doc._.doc_id = item.doc_id
    doc._.source = item.source
    doc._.page_starts = [p - part.start for p in item.page_starts] or None
    if unit.index > 0 and unit.job.key in first:
        doc._.kind, doc._.reference_year = first[unit.job.key]
    return doc


def _pipe(nlp: Language, texts: list[tuple[Job, SourceText]], *, mask: bool,
          batch_size: int) -> list[DocResult]:
    out = []
    parts_rows: dict[str, list[tuple[Part, dict[str, list[dict[str, Any]]]]]] = {}
    words: dict[str, int] = {}
    first: dict[str, tuple[str, int | None]] = {}  # a long document's kind and year
    for group in _groups(_units(nlp, texts), batch_size=batch_size):
        # Strings a call adds to the vocab are freed when its zone ends: memory stays flat.
        with nlp.memory_zone():
            docs = (_part_doc(nlp, unit, first) for unit in group)
            for unit, doc in zip(group, nlp.pipe(docs, batch_size=len(group)), strict=True):
                key = unit.job.key
                if unit.index == 0 and unit.n_parts > 1:
                    first[key] = (document_kind(doc), doc._.reference_year)
                parts_rows.setdefault(key, []).append((unit.part, doc_rows(doc)))
                words[key] = words.get(key, 0) + count_words(doc)
                if unit.index == unit.n_parts - 1:
                    rows = merge_rows(unit.item.doc_id, parts_rows.pop(key),
                                      n_chars=len(unit.item.text))
                    out.append(DocResult(key, mask_rows(rows) if mask else rows, words[key],
                                         kind=document_kind(doc) if unit.n_parts == 1
                                         else first[key][0], n_parts=unit.n_parts))
    return out


def _reason(exc: BaseException | str) -> str:
    """The first line of an error's message (its type's name when it has none)."""
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


# --- the pipeline in worker processes: loaded once per process -------------------------------

# One copy per thread: a pipeline's vocab is not safe to share between threads that free
# their strings (``memory_zone``), as the threads of one Dask worker would.
_MODELS = threading.local()


@dataclass(frozen=True)
class ModelBlob:
    """A pipeline as bytes (config + weights and gazetteers), to load where its files are not."""

    config: str
    data: bytes
    token: str  # hash of both: which pipeline this is

    @classmethod
    def of(cls, nlp: Language) -> ModelBlob:
        config = nlp.config.to_str()
        data = nlp.to_bytes()
        token = hashlib.sha1(config.encode("utf-8") + data).hexdigest()
        return cls(config, data, token)

    def load(self) -> Language:
        from spacy import util

        from ..pipeline import register_components

        register_components()
        config = util.load_config_from_str(self.config)
        lang = util.get_lang_class(config["nlp"]["lang"])
        nlp = lang.from_config(config)
        return nlp.from_bytes(self.data)


def model_for(blob: ModelBlob) -> Language:
    """The pipeline of ``blob``, loaded once in this process (and thread) and kept."""
    cache: dict[str, Language] = getattr(_MODELS, "by_token", None) or {}
    _MODELS.by_token = cache
    nlp = cache.get(blob.token)
    if nlp is None:
        log.info("loading the pipeline in worker %s", threading.current_thread().name)
        nlp = cache[blob.token] = blob.load()
    return nlp


def process_with_blob(blob: ModelBlob, jobs: list[Job], mask: bool,
                      batch_size: int) -> list[DocResult]:
    """:func:`process_jobs` with the pipeline of ``blob`` (loaded once per process)."""
    return process_jobs(model_for(blob), jobs, mask=mask, batch_size=batch_size)
