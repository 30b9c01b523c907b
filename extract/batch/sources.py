"""Walking the inputs: files, folders and archives -> jobs (bytes + identity), streamed.

Reading the bytes here, in the process that owns the store, lets it hash them and skip what an
earlier run finished; decoding and the pipeline run in the workers. Anything that cannot be
read becomes a job with an ``error`` instead of bytes, so it reaches the ``errors`` table in
order with the rest.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..readers.archives import ArchiveLimits, archive_suffix, iter_archive, member_doc_id

log = logging.getLogger(__name__)

MB = 1024 * 1024
STAGE_WALK = "walk"  # listing folders: loops, broken links, folders that cannot be listed
STAGE_READ = "read"  # reading and decoding one file
STAGE_ARCHIVE = "archive"  # unpacking archives: unsafe names, links, bombs, corrupt archives
STAGE_PROCESS = "process"  # the pipeline and the tables


@dataclass(frozen=True)
class Limits:
    """What one input may be: file size and the archive limits.

    Attributes:
        max_bytes: largest file (or archive member) read as one document.
        archive: limits on unpacking archives.
    """

    max_bytes: int = 20 * MB
    archive: ArchiveLimits = field(default_factory=ArchiveLimits)

    @classmethod
    def from_mb(cls, max_mb: float, *, archive: ArchiveLimits | None = None) -> Limits:
        """Limits with one size for files and archive members (``archive``: the other
        archive limits; the defaults when None)."""
        size = int(max_mb * MB)
        return cls(max_bytes=size, archive=replace(archive or ArchiveLimits(),
                                                   max_member_bytes=size))


@dataclass
class Job:
    """One document to process, or one input that could not be read (``error`` set)."""

    key: str  # stable id of the source: a hash of its full path (with "!member" parts)
    source: str  # the path as text ("folder/a.zip!inner/b.txt")
    doc_id: str
    name: str  # file or member name; its suffix picks the reader
    data: bytes | None = None
    sha256: str | None = None
    container: str | None = None  # key of the top-level archive the member came from
    error: tuple[str, str] | None = None  # (stage, reason)
    weight: int = 0  # input bytes it accounts for, for the progress estimate
    duplicate_of: str | None = None  # doc_id of a document with the same bytes, processed once


@dataclass
class ArchiveEnd:
    """An archive was walked to its end (or skipped as unchanged)."""

    key: str
    source: str
    sha256: str
    members: list[str]  # keys of every member seen (documents and problems)
    complete: bool  # False when part of the archive could not be read
    skipped: bool = False  # unchanged since a finished run: not opened
    weight: int = 0


def source_key(source: str) -> str:
    """The stable key of a source path (its hash: the path itself may hold personal data)."""
    return hashlib.sha1(source.encode("utf-8", "surrogateescape")).hexdigest()[:20]


def display(path: str | Path) -> str:
    """A path as valid UTF-8 text (undecodable bytes in file names become U+FFFD)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` safe for one line of a terminal or log: control characters (a newline or an
    escape sequence in a crafted file name) written as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _doc_id(rel: Path) -> str:
    return display(rel.with_suffix("").as_posix())


def _error_job(path: Path, root: Path, stage: str, reason: str, *, container: str | None = None,
               weight: int = 0) -> Job:
    source = display(path)
    rel = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
    return Job(source_key(str(path)), source, _doc_id(rel), path.name, error=(stage, reason),
               container=container, weight=weight)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop (the link points, in the end, back to itself)"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link (its target does not exist)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; give the run read access to it"
    return exc.strerror or str(exc)


class Walker:
    """Turns inputs into jobs, streaming.

    Args:
        wanted: whether a file name has a supported document format.
        limits: file size and archive limits.
        exclude: a folder never to read (the run's own output folder).
        archive_done: (key, sha256) -> whether an archive is unchanged since a finished run.
    """

    def __init__(self, *, wanted: Callable[[str], bool], limits: Limits,
                 exclude: Path | None = None,
                 archive_done: Callable[[str, str], bool] | None = None) -> None:
        self.wanted = wanted
        self.limits = limits
        self.exclude = exclude.resolve() if exclude is not None else None
        self.archive_done = archive_done or (lambda key, sha: False)
        self.unsupported: dict[str, int] = {}  # suffix -> files skipped as unsupported

    def candidate(self, name: str) -> bool:
        return self.wanted(name) or archive_suffix(name) is not None

    def walk(self, inputs: Iterable[str | Path]) -> Iterator[Job | ArchiveEnd]:
        """Jobs for every supported file and archive member under ``inputs``, in a stable order."""
        for item in inputs:
            path = Path(item)
            if path.is_dir():
                yield from self._walk_dir(path, path, ancestors=set(), visited=set())
            else:
                yield from self._file(path, path.parent)

    def count(self, inputs: Iterable[str | Path]) -> tuple[int, int]:
        """(files, bytes) the walk will read (archives count as one file), without reading."""
        files = size = 0
        for item in inputs:
            path = Path(item)
            paths = self._list(path, visited=set()) if path.is_dir() else [path]
            for file in paths:
                if self.candidate(file.name):
                    files += 1
                    try:
                        size += file.stat().st_size
                    except OSError:
                        pass
        return files, size

    def _list(self, folder: Path, *, visited: set[tuple[int, int]]) -> Iterator[Path]:
        try:
            ident = _ident(folder)
            if ident in visited:
                return
            visited.add(ident)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir():
                    if self.exclude is None or path.resolve() != self.exclude:
                        yield from self._list(path, visited=visited)
                elif entry.is_file():
                    yield path
            except OSError:
                continue

    def _walk_dir(self, folder: Path, root: Path, *, ancestors: set[tuple[int, int]],
                  visited: set[tuple[int, int]]) -> Iterator[Job | ArchiveEnd]:
        try:
            ident = _ident(folder)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield _error_job(folder, root, STAGE_WALK, f"cannot list folder: {_os_reason(exc)}")
            return
        if ident in visited:
            log.info("%s: already read through another path", display(folder))
            return
        visited.add(ident)
        ancestors = ancestors | {ident}
        for entry in entries:
            path = Path(entry.path)
            try:
                is_link = entry.is_symlink()
                st = os.stat(path)  # follows links; raises on loops and broken links
            except OSError as exc:
                yield _error_job(path, root, STAGE_WALK, _os_reason(exc))
                continue
            if stat.S_ISDIR(st.st_mode):
                if self.exclude is not None and path.resolve() == self.exclude:
                    continue
                if is_link and (st.st_dev, st.st_ino) in ancestors:
                    yield _error_job(path, root, STAGE_WALK,
                                     "symbolic link loop (it points to a folder it is in)")
                    continue
                yield from self._walk_dir(path, root, ancestors=ancestors, visited=visited)
            elif not self.candidate(entry.name):
                suffix = path.suffix.lower() or "(none)"
                self.unsupported[suffix] = self.unsupported.get(suffix, 0) + 1
            else:
                yield from self._file(path, root, st=st)

    def _file(self, path: Path, root: Path,
              st: os.stat_result | None = None) -> Iterator[Job | ArchiveEnd]:
        try:
            st = st or os.stat(path)
        except OSError as exc:
            yield _error_job(path, root, STAGE_READ, _os_reason(exc))
            return
        if not stat.S_ISREG(st.st_mode):
            kind = ("named pipe" if stat.S_ISFIFO(st.st_mode) else
                    "socket" if stat.S_ISSOCK(st.st_mode) else
                    "folder" if stat.S_ISDIR(st.st_mode) else "device")
            yield _error_job(path, root, STAGE_READ, f"not a regular file ({kind})")
            return
        if archive_suffix(path.name) is not None:
            yield from self._archive(path, root, st)
            return
        limit = self.limits.max_bytes
        if st.st_size > limit:
            yield _error_job(path, root, STAGE_READ, _too_big(st.st_size, limit),
                             weight=st.st_size)
            return
        try:
            with path.open("rb") as f:
                data = f.read(limit + 1)  # never more, whatever the size said
        except OSError as exc:
            yield _error_job(path, root, STAGE_READ, _os_reason(exc), weight=st.st_size)
            return
        if len(data) > limit:
            yield _error_job(path, root, STAGE_READ, _too_big(len(data), limit),
                             weight=st.st_size)
            return
        if not data:
            yield _error_job(path, root, STAGE_READ, "empty file (0 bytes)")
            return
        rel = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
        yield Job(source_key(str(path)), display(path), _doc_id(rel), path.name, data=data,
                  sha256=hashlib.sha256(data).hexdigest(), weight=len(data))

    def _archive(self, path: Path, root: Path, st: os.stat_result) -> Iterator[Job | ArchiveEnd]:
        key, source = source_key(str(path)), display(path)
        try:
            sha = _file_sha256(path)
        except OSError as exc:
            yield _error_job(path, root, STAGE_READ, _os_reason(exc), weight=st.st_size)
            return
        if self.archive_done(key, sha):
            yield ArchiveEnd(key, source, sha, [], complete=True, skipped=True,
                             weight=st.st_size)
            return
        rel = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
        members: list[str] = []
        seen: set[str] = set()
        complete = True
        counted = 0  # archive bytes the members account for (progress)
        try:
            with path.open("rb") as f:
                for m in iter_archive(f, name=path.name, source=str(path), wanted=self.wanted,
                                      limits=self.limits.archive):
                    mkey = source_key(m.source)
                    if mkey in seen:
                        # Two members of one name: unpacked, one would overwrite the other.
                        members.append(mkey := source_key(f"{m.source}\0{len(members)}"))
                        yield Job(mkey, display(m.source), display(member_doc_id(
                            rel.as_posix(), m.source.split("!", 1)[1])), m.name,
                            container=key, error=(STAGE_ARCHIVE, (
                                "a second member of the same name; only the first is read "
                                "(rename one and pack the archive again)")))
                        continue
                    members.append(mkey)
                    seen.add(mkey)
                    inner = m.source.split("!", 1)[1] if "!" in m.source else ""
                    doc_id = (member_doc_id(rel.as_posix(), inner) if inner
                              else _doc_id(rel))
                    msource = display(m.source)
                    if m.problem is not None or m.data is None:
                        complete = complete and mkey != key
                        yield Job(mkey, msource, display(doc_id), m.name, container=key,
                                  error=(STAGE_ARCHIVE, m.problem or "no data"))
                        continue
                    counted += m.packed_size
                    yield Job(mkey, msource, display(doc_id), m.name, data=m.data,
                              sha256=hashlib.sha256(m.data).hexdigest(), container=key,
                              weight=m.packed_size)
        except OSError as exc:
            complete = False
            members.append(key)
            yield _error_job(path, root, STAGE_ARCHIVE, _os_reason(exc), container=key)
        yield ArchiveEnd(key, source, sha, members, complete=complete,
                         weight=max(st.st_size - counted, 0))


def _ident(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _too_big(size: int, limit: int) -> str:
    return (f"file is {size / MB:,.1f} MB, over the {limit / MB:,.0f} MB limit for one document; "
            "raise --max-mb to read it")


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
