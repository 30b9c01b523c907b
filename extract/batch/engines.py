"""Where batches are processed: this process, a pool of local processes, or a Dask cluster.

Every engine loads the pipeline once per worker and hands results back in the order the
batches went in, so the store commits them in input order whichever engine ran them. At most
a few batches per worker are in flight: memory does not grow with the number of documents.
"""

from __future__ import annotations

import logging
import multiprocessing
import shutil
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from spacy.language import Language

from ..errors import ExtractError
from .sources import ArchiveEnd, Job
from .worker import DocResult, ModelBlob, model_for, process_jobs, process_with_blob

log = logging.getLogger(__name__)
ENGINES = ("local", "dask")


@dataclass
class Batch:
    """Jobs processed and committed together, and the archives that end with them."""

    jobs: list[Job] = field(default_factory=list)
    ends: list[ArchiveEnd] = field(default_factory=list)
    n_bytes: int = 0


class Engine(Protocol):
    """Processes batches; yields each with its results, in the order they came."""

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[DocResult]]]: ...

    def close(self) -> None: ...


@dataclass
class _Options:
    mask: bool
    batch_size: int  # nlp.pipe batch size inside a worker


class LocalEngine:
    """Batches processed in this process, one after the other."""

    def __init__(self, nlp: Language, options: _Options) -> None:
        self.nlp = nlp
        self.options = options

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[DocResult]]]:
        for batch in batches:
            yield batch, self.run_here(batch)

    def run_here(self, batch: Batch) -> list[DocResult]:
        return process_jobs(self.nlp, batch.jobs, mask=self.options.mask,
                            batch_size=self.options.batch_size)

    def close(self) -> None:
        pass


class _WindowedEngine(LocalEngine):
    """Submits up to ``window`` batches ahead and collects them in order; a batch whose worker
    failed is done again in this process, so one crash loses nothing."""

    window = 2

    def _submit(self, batch: Batch) -> Any:
        raise NotImplementedError

    def _restart(self) -> None:
        """Called when a worker failed (the pool may need replacing)."""

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[DocResult]]]:
        pending: deque[tuple[Batch, Any]] = deque()
        for batch in batches:
            pending.append((batch, self._submit(batch) if batch.jobs else None))
            while len(pending) >= self.window:
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    def _collect(self, batch: Batch, future: Any) -> tuple[Batch, list[DocResult]]:
        if future is None:
            return batch, []
        try:
            return batch, future.result()
        except Exception as exc:  # noqa: BLE001 - a crashed worker must not lose the batch
            log.warning("a worker failed (%s); processing its batch of %d documents here",
                        type(exc).__name__, len(batch.jobs))
            self._restart()
            return batch, self.run_here(batch)


# --- a pool of local processes ---------------------------------------------------------------

_POOL_MODEL: ModelBlob | None = None


def _pool_init(blob: ModelBlob) -> None:
    global _POOL_MODEL
    _POOL_MODEL = blob
    model_for(blob)  # load now, once per process


def _pool_task(jobs: list[Job], mask: bool, batch_size: int) -> list[DocResult]:
    assert _POOL_MODEL is not None, "worker started without a pipeline"
    return process_with_blob(_POOL_MODEL, jobs, mask, batch_size)


class ProcessEngine(_WindowedEngine):
    """Batches spread over ``n_process`` local processes, each loading the pipeline once."""

    def __init__(self, nlp: Language, options: _Options, n_process: int) -> None:
        super().__init__(nlp, options)
        self.n_process = n_process
        self.window = 2 * n_process
        self.blob = ModelBlob.of(nlp)
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn: fresh interpreters, safe beside the database's threads in this process.
        return ProcessPoolExecutor(max_workers=self.n_process,
                                   mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_pool_init, initargs=(self.blob,))

    def _submit(self, batch: Batch) -> Future:
        return self.pool.submit(_pool_task, batch.jobs, self.options.mask,
                                self.options.batch_size)

    def _restart(self) -> None:
        from concurrent.futures.process import BrokenProcessPool

        try:
            self.pool.submit(int).result(timeout=60)
        except (BrokenProcessPool, RuntimeError, TimeoutError):
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._start()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


# --- Dask --------------------------------------------------------------------------------------


class DaskEngine(_WindowedEngine):
    """Batches spread over the workers of a Dask cluster.

    The pipeline travels to each worker once, as bytes (``nlp.to_bytes``), so workers need the
    package installed but not the model folder.

    Args:
        scheduler: a scheduler address ("tcp://host:8786"), or "local" to start a
            ``LocalCluster`` of ``n_workers`` processes here.
        scratch: folder for a local cluster's spill files (inside the run's output folder).
    """

    def __init__(self, nlp: Language, options: _Options, *, scheduler: str,
                 n_workers: int = 2, scratch: Path | None = None) -> None:
        super().__init__(nlp, options)
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ExtractError("--engine dask needs Dask: pip install "
                               "'danish-minutes-extract[dask]'") from exc
        self.cluster = None
        self.scratch = scratch
        if scheduler == "local":
            self.cluster = LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.WARNING,
                local_directory=str(scratch) if scratch is not None else None)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(scheduler, timeout="30s")
            except OSError as exc:
                raise ExtractError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; "
                                   "check the address, or use --scheduler local") from exc
        workers = len(self.client.scheduler_info().get("workers", {})) or n_workers
        self.window = 2 * workers
        blob = ModelBlob.of(nlp)
        self.blob = self.client.scatter(blob, broadcast=True, hash=False)
        log.info("Dask: %d workers at %s", workers, self.client.scheduler.address)

    def _submit(self, batch: Batch) -> Any:
        return self.client.submit(process_with_blob, self.blob, batch.jobs, self.options.mask,
                                  self.options.batch_size, pure=False, retries=1)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
            if self.scratch is not None:
                shutil.rmtree(self.scratch, ignore_errors=True)


def make_engine(name: str, nlp: Language, *, n_process: int, mask: bool, batch_size: int,
                scheduler: str | None = None, scratch: Path | None = None) -> Engine:
    """The engine called ``name`` ("local" or "dask").

    Args:
        n_process: local worker processes, or the workers of a local Dask cluster.
        scheduler: for "dask": an address, or "local" (the default).
    """
    options = _Options(mask=mask, batch_size=batch_size)
    if name == "local":
        if scheduler:
            raise ExtractError("--scheduler needs --engine dask")
        if n_process <= 1:
            return LocalEngine(nlp, options)
        return ProcessEngine(nlp, options, n_process)
    if name == "dask":
        return DaskEngine(nlp, options, scheduler=scheduler or "local",
                          n_workers=n_process if n_process > 1 else 2, scratch=scratch)
    raise ExtractError(f"unknown engine {name!r}; use one of: {', '.join(ENGINES)}")
