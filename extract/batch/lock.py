"""One run per output folder: an advisory lock on ``DIR/.extract.lock``, held for the run.

The operating system drops the lock when the process ends, however it ends (``kill -9``
included), so a stale lock file never blocks the next run. DuckDB locks its database too, but
only once the pipeline is loaded, and not against a second run in the same process; this lock
is taken first. Where ``fcntl`` is missing (Windows) the database lock is the only one.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from types import TracebackType

from .store import StoreInUseError

log = logging.getLogger(__name__)

LOCK_NAME = ".extract.lock"


class OutputLock:
    """Hold ``out_dir``'s lock while in a ``with`` block.

    Raises:
        StoreInUseError: another run holds the folder (on entering the block).
    """

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / LOCK_NAME
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        try:
            import fcntl
        except ImportError:  # Windows: DuckDB's own lock on the database still refuses
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            by = f" (process {holder})" if holder.isdigit() else ""
            raise StoreInUseError(f"{self.path.parent} is in use by another run{by}; wait for "
                                  "it to finish or choose another --out") from exc
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file releases the lock
            self._fd = None
