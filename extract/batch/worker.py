"""The work done for one batch, wherever it runs (this process, a pool process, a Dask worker):
decode the bytes, run the pipeline with ``nlp.pipe``, and turn each Doc into table rows.

Only plain rows travel back, never Docs, so results are small and the pipeline's memory is
freed batch by batch (``nlp.memory_zone``).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..readers import read_bytes
from ..rules.cpr import mask_cpr, mask_rows
from ..tables import doc_rows
from ..types import SourceText
from .sources import STAGE_PROCESS, STAGE_READ, Job

log = logging.getLogger(__name__)


@dataclass
class DocResult:
    """What one job gave: its rows per table, or an error row."""

    key: str
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    n_words: int = 0
    error: dict[str, str] | None = None  # {"source", "stage", "reason"}


def error_row(source: str, stage: str, reason: str, *, mask: bool) -> dict[str, str]:
    row = {"source": source, "stage": stage, "reason": reason}
    return {k: mask_cpr(v) for k, v in row.items()} if mask else row


def count_words(doc: Doc) -> int:
    """Tokens that are neither spaces nor punctuation."""
    return sum(1 for t in doc if not (t.is_space or t.is_punct))


def process_jobs(nlp: Language, jobs: list[Job], *, mask: bool,
                 batch_size: int = 32) -> list[DocResult]:
    """Process one batch of jobs; never raises for a bad input.

    Args:
        nlp: the pipeline.
        jobs: documents (bytes) and inputs already known to be unreadable.
        mask: mask CPR numbers in every cell.
        batch_size: ``nlp.pipe`` batch size.

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
        try:
            item = read_bytes(job.data or b"", name=job.name, doc_id=job.doc_id,
                              source=job.source)
        except Exception as exc:  # noqa: BLE001 - any reader failure is this input's problem
            # The prefix off first: a file name may hold a line break.
            reason = _reason(str(exc).removeprefix(f"{job.source}: ") or exc)
            results[job.key] = DocResult(job.key, error=error_row(
                job.source, STAGE_READ, reason, mask=mask))
            continue
        text = item.text
        if not text.strip():
            results[job.key] = DocResult(job.key, error=error_row(
                job.source, STAGE_READ, "no text in the file (empty, or only images/markup)",
                mask=mask))
        elif len(text) > nlp.max_length:
            results[job.key] = DocResult(job.key, error=error_row(
                job.source, STAGE_PROCESS,
                f"text has {len(text):,} characters, over the pipeline's max_length of "
                f"{nlp.max_length:,}; split the document", mask=mask))
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


def _pipe(nlp: Language, texts: list[tuple[Job, SourceText]], *, mask: bool,
          batch_size: int) -> list[DocResult]:
    out = []
    # Strings the batch adds to the vocab are freed when the zone ends: memory stays flat.
    with nlp.memory_zone():
        docs = []
        for _, item in texts:
            doc = nlp.make_doc(item.text)
            doc._.doc_id = item.doc_id
            doc._.source = item.source
            doc._.page_starts = list(item.page_starts) or None
            docs.append(doc)
        for (job, _), doc in zip(texts, nlp.pipe(docs, batch_size=batch_size), strict=True):
            rows = doc_rows(doc)
            out.append(DocResult(job.key, mask_rows(rows) if mask else rows, count_words(doc)))
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
