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
import weakref
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..pipeline import pipeline_config
from ..readers import read_bytes
from ..rules.cpr import mask_cpr, mask_rows
from ..rules.kinds import document_kind
from ..tables import doc_rows
from ..tables.meetings import DOCUMENTS_COLUMNS
from ..types import SourceText
from . import parts
from .parts import split_text
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
# Characters each pipeline reads outside memory zones, keeping their words (``_zone``).
WARM_CHARS = 200_000
_WARMED: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()
BATCH_CHARS = 10_000  # characters in the pipeline at once: what bounds a worker's memory


def process_jobs(nlp: Language, jobs: list[Job], *, mask: bool,
                 batch_size: int = 32) -> list[DocResult]:
    """Process one batch of jobs; never raises for a bad input.

    Short texts go through ``nlp.pipe`` in calls of at most :data:`BATCH_CHARS` characters; a
    text longer than :data:`extract.batch.parts.PART_CHARS` goes through :func:`long_doc`
    (the statistical components one part at a time, the rules on the whole text). So the
    memory of the tagger and the NER follows the characters in flight, not the number or size
    of the documents.

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


def rules_start(nlp: Language) -> int:
    """Where the pipeline's rule layer begins: the components from there on read the whole
    document (its header, its meetings, its items), those before it only a window of tokens."""
    rule_names = set(pipeline_config()["nlp"]["pipeline"])
    return next((i for i, name in enumerate(nlp.pipe_names) if name in rule_names),
                len(nlp.pipe_names))


def _batches(texts: list[tuple[Job, SourceText]], *,
             batch_size: int) -> list[list[tuple[Job, SourceText]]]:
    """Short texts in pipeline calls of at most ``batch_size`` texts and :data:`BATCH_CHARS`
    characters (a call holds at least one text)."""
    batches: list[list[tuple[Job, SourceText]]] = []
    batch: list[tuple[Job, SourceText]] = []
    chars = 0
    for job, item in texts:
        if batch and (len(batch) >= batch_size or chars + len(item.text) > BATCH_CHARS):
            batches.append(batch)
            batch, chars = [], 0
        batch.append((job, item))
        chars += len(item.text)
    if batch:
        batches.append(batch)
    return batches


def _set_source(doc: Doc, item: SourceText) -> Doc:
    doc._.doc_id = item.doc_id
    doc._.source = item.source
    doc._.page_starts = list(item.page_starts) or None
    return doc


def _result(job: Job, doc: Doc, *, mask: bool, n_parts: int = 1) -> DocResult:
    rows = doc_rows(doc)
    return DocResult(job.key, mask_rows(rows) if mask else rows, count_words(doc),
                     kind=document_kind(doc), n_parts=n_parts)


def long_doc(nlp: Language, item: SourceText) -> tuple[Doc, int]:
    """A text longer than :data:`extract.batch.parts.PART_CHARS` through the pipeline: the
    statistical components (tagger, NER: the memory) on one part at a time, then the rule
    layer on the whole text joined again, so its meetings, items and decisions are read as in
    any document. Returns the Doc and the number of parts."""
    split = rules_start(nlp)
    docs = []
    cuts = split_text(item.text)
    for part in cuts:
        doc = nlp.make_doc(item.text[part.start:part.end])
        for _, component in nlp.pipeline[:split]:
            doc = component(doc)
        doc.tensor = numpy.zeros((0, 0), dtype="float32")  # the part's vectors: no longer needed
        docs.append(doc)
    whole = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
    if whole.text != item.text:  # the cuts are at whitespace: the parts join to the text
        raise RuntimeError("the parts of a long text did not join to the text")
    _set_source(whole, item)
    for _, component in nlp.pipeline[split:]:
        whole = component(whole)
    return whole, len(cuts)


def _zone(nlp: Language, chars: int) -> AbstractContextManager[object]:
    """The memory zone for a call of ``chars`` characters, or none while the pipeline is still
    learning the archive's words.

    Strings and lexemes a zone adds are freed when it ends, so memory stays flat; but a word's
    lexeme then has to be made again in every later call, which costs more than the tagger's
    lookups of it. The first :data:`WARM_CHARS` characters a pipeline sees run outside a zone:
    the archive's own frequent words stay in the vocabulary for good, at a bounded cost.
    """
    seen = _WARMED.get(nlp, 0)
    if seen >= WARM_CHARS:
        return nlp.memory_zone()
    _WARMED[nlp] = seen + chars
    return nullcontext()


def _pipe(nlp: Language, texts: list[tuple[Job, SourceText]], *, mask: bool,
          batch_size: int) -> list[DocResult]:
    out = []
    short = [(job, item) for job, item in texts if len(item.text) <= parts.PART_CHARS]
    for batch in _batches(short, batch_size=batch_size):
        # Strings a call adds to the vocab are freed when its zone ends: memory stays flat.
        with _zone(nlp, sum(len(item.text) for _, item in batch)):
            docs = (_set_source(nlp.make_doc(item.text), item) for _, item in batch)
            for (job, _), doc in zip(batch, nlp.pipe(docs, batch_size=len(batch)), strict=True):
                out.append(_result(job, doc, mask=mask))
    for job, item in texts:
        if len(item.text) > parts.PART_CHARS:
            with nlp.memory_zone():
                doc, n_parts = long_doc(nlp, item)
                out.append(_result(job, doc, mask=mask, n_parts=n_parts))
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
