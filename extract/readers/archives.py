"""Archives: .zip, .tar, .tar.gz / .tgz (and .tar.bz2, .tar.xz), read in memory, never unpacked.

Members are yielded as bytes with a source ``"archive.zip!inner/path.txt"`` (nested archives:
``"a.zip!b.tar!c.txt"``) and read with :func:`extract.readers.read_bytes` like any file. Nothing
is written to disk, so a member called ``../../etc/passwd`` or ``/etc/passwd`` cannot land
outside its place; such members are refused all the same and reported, and so are links
(symbolic and hard), encrypted members, and anything over the limits that guard against archive
bombs (:class:`ArchiveLimits`).
"""

from __future__ import annotations

import io
import logging
import re
import stat
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..types import SourceText

log = logging.getLogger(__name__)

MB = 1024 * 1024
ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_COMPRESSED_TAR = (".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_RATIO_FLOOR = 1 * MB  # below this much unpacked data a high ratio is just repetitive text


@dataclass(frozen=True)
class ArchiveLimits:
    """Limits on what an archive may unpack to (each counted in uncompressed bytes).

    Attributes:
        max_member_bytes: one member; larger ones are refused.
        max_total_bytes: everything read from one top-level archive, nested archives included.
        max_ratio: unpacked size over packed size, per zip member and per compressed tar; a
            higher ratio (over 1 MB unpacked) is an archive bomb.
        max_members: entries in one archive.
        max_depth: archives inside archives inside ... (1 = no nesting).
    """

    max_member_bytes: int = 20 * MB
    max_total_bytes: int = 2048 * MB
    max_ratio: float = 200.0
    max_members: int = 100_000
    max_depth: int = 3


@dataclass
class ArchiveMember:
    """One member of an archive: its bytes, or why it was not read (``problem``)."""

    source: str  # "outer.zip!inner/a.txt"
    name: str  # the member's path inside its (innermost) archive
    data: bytes | None = None
    problem: str | None = None  # set when the member (or the archive) was refused
    packed_size: int = 0  # bytes of the archive this member accounts for (for progress)


@dataclass
class _Budget:
    limit: int
    used: int = 0
    members: int = 0


@dataclass
class _Context:
    limits: ArchiveLimits
    wanted: Callable[[str], bool]
    budget: _Budget = field(init=False)

    def __post_init__(self) -> None:
        self.budget = _Budget(self.limits.max_total_bytes)


def archive_suffix(name: str) -> str | None:
    """The archive suffix of ``name`` (".tar.gz", ".zip", ...), or None if it is no archive."""
    lower = name.lower()
    return next((s for s in sorted(ARCHIVE_SUFFIXES, key=len, reverse=True)
                 if lower.endswith(s)), None)


def is_archive(name: str) -> bool:
    return archive_suffix(name) is not None


def unsafe_member_name(name: str) -> str | None:
    """Why a member name is unsafe (absolute, or climbing out with ".."), else None."""
    posix = name.replace("\\", "/")
    if "\x00" in posix:
        return "member name holds a NUL byte"
    if posix.startswith("/") or re.match(r"^[A-Za-z]:", posix):
        return "absolute member path refused"
    if ".." in posix.split("/"):
        return "member path with '..' refused (it points outside the archive)"
    return None


def zip_member_name(info: zipfile.ZipInfo) -> str:
    """A zip member's name as its author wrote it, æ ø å included.

    The zip format says: UTF-8 when flag 0x800 is set, else IBM code page 437. In practice
    Danish DOS and Windows tools wrote code page 865 (cp437 with ø Ø where cp437 has ¢ ¥),
    and many newer tools write UTF-8 without setting the flag; Info-ZIP adds a UTF-8 copy of
    the name in an extra field (0x7075). Python reads all of these as cp437.
    """
    if info.flag_bits & 0x800:
        return info.filename
    unicode_path = _unicode_path_field(info.extra)
    if unicode_path is not None:
        return unicode_path
    raw = info.filename.encode("cp437")  # cp437 maps all 256 bytes: this gives the bytes back
    if raw.isascii():
        return info.filename
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp865")


def _unicode_path_field(extra: bytes) -> str | None:
    """The name in an Info-ZIP Unicode Path extra field (id 0x7075, version 1), if any."""
    at = 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, at)
        body = extra[at + 4:at + 4 + size]
        if kind == 0x7075 and len(body) > 5 and body[0] == 1:
            try:
                return body[5:].decode("utf-8")
            except UnicodeDecodeError:
                return None
        at += 4 + size
    return None


def tar_member_name(name: str) -> str:
    """A tar member's name with bytes that were not UTF-8 read as Windows-1252 (or latin-1).

    ``tarfile`` decodes names as UTF-8 and keeps other bytes as surrogates, which would reach
    the tables as U+FFFD; tar files from before UTF-8 mostly hold latin-1 or Windows-1252 names.
    """
    raw = name.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def iter_archive(data: bytes | BinaryIO, *, name: str, source: str,
                 wanted: Callable[[str], bool],
                 limits: ArchiveLimits | None = None) -> Iterator[ArchiveMember]:
    """Yield the members of an archive that ``wanted`` accepts, and every problem found.

    Nested archives are opened in turn (up to ``limits.max_depth``). A problem with the archive
    itself (corrupt, over a limit) is yielded as a member with the archive's own source, after
    whatever members were read before it.

    Args:
        data: the archive's bytes or an open binary file (seekable for .zip).
        name: its file name (the suffix picks the format).
        source: how to name it in sources ("folder/a.zip").
        wanted: whether a member name is worth reading (a supported suffix).
        limits: size, ratio, count and depth limits; defaults when None.
    """
    ctx = _Context(limits or ArchiveLimits(), wanted)
    yield from _iter(data, name=name, source=source, ctx=ctx, depth=1)


def _iter(data: bytes | BinaryIO, *, name: str, source: str, ctx: _Context,
          depth: int) -> Iterator[ArchiveMember]:
    fileobj = io.BytesIO(data) if isinstance(data, bytes) else data
    packed = _size_of(fileobj)
    suffix = archive_suffix(name) or ""
    try:
        if suffix == ".zip":
            yield from _iter_zip(fileobj, source=source, ctx=ctx, depth=depth)
        else:
            yield from _iter_tar(fileobj, packed=packed, compressed=suffix in _COMPRESSED_TAR,
                                 source=source, ctx=ctx, depth=depth)
    except _Stop as stop:
        yield ArchiveMember(source, name, problem=str(stop))
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, zlib.error, OSError, ValueError,
            RuntimeError, NotImplementedError) as exc:
        # lzma.LZMAError and gzip.BadGzipFile are OSError subclasses.
        yield ArchiveMember(source, name, problem=f"corrupt or unreadable archive: {_why(exc)}")


class _Stop(Exception):
    """The rest of an archive is not read (a limit was reached)."""


def _size_of(fileobj: BinaryIO) -> int:
    try:
        pos = fileobj.tell()
        end = fileobj.seek(0, io.SEEK_END)
        fileobj.seek(pos)
        return end
    except (OSError, AttributeError):
        return 0


def _why(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


def _member(ctx: _Context, source: str, name: str, data: bytes, depth: int,
            packed_size: int) -> Iterator[ArchiveMember]:
    """A member read whole: a nested archive to open, or a document."""
    member_source = f"{source}!{name}"
    if is_archive(name):
        if depth >= ctx.limits.max_depth:
            yield ArchiveMember(member_source, name, problem=(
                f"archive nested more than {ctx.limits.max_depth} deep; unpack it first"))
            return
        yield from _iter(data, name=name, source=member_source, ctx=ctx, depth=depth + 1)
        return
    yield ArchiveMember(member_source, name, data=data, packed_size=packed_size)


def _count(ctx: _Context) -> None:
    ctx.budget.members += 1
    if ctx.budget.members > ctx.limits.max_members:
        raise _Stop(f"more than {ctx.limits.max_members:,} members; the rest is not read")


def _take(ctx: _Context, size: int, what: str) -> None:
    """Charge ``size`` unpacked bytes to the archive's budget, or stop the archive."""
    if ctx.budget.used + size > ctx.budget.limit:
        raise _Stop(f"unpacking {what} would exceed {ctx.budget.limit / MB:,.0f} MB for this "
                    "archive (archive bomb?); the rest is not read")
    ctx.budget.used += size


def _iter_zip(fileobj: BinaryIO, *, source: str, ctx: _Context,
              depth: int) -> Iterator[ArchiveMember]:
    limits = ctx.limits
    with zipfile.ZipFile(fileobj) as zf:
        for info in zf.infolist():
            _count(ctx)
            name = zip_member_name(info)
            member_source = f"{source}!{name}"
            problem = unsafe_member_name(name) or unsafe_member_name(info.filename)
            if problem:
                yield ArchiveMember(member_source, name, problem=problem)
                continue
            if info.is_dir():
                continue
            wanted = ctx.wanted(name) or is_archive(name)
            if stat.S_ISLNK(info.external_attr >> 16):
                if wanted:
                    yield ArchiveMember(member_source, name,
                                        problem="symbolic link member skipped")
                continue
            if not wanted:
                continue
            if info.flag_bits & 0x1:
                yield ArchiveMember(member_source, name, problem=(
                    "encrypted member; unpack it with its password first"))
                continue
            if info.file_size > limits.max_member_bytes:
                yield ArchiveMember(member_source, name, problem=(
                    f"member unpacks to {info.file_size / MB:,.1f} MB, over the "
                    f"{limits.max_member_bytes / MB:,.0f} MB limit"))
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > _RATIO_FLOOR and ratio > limits.max_ratio:
                yield ArchiveMember(member_source, name, problem=(
                    f"member is compressed {ratio:,.0f}:1, over the {limits.max_ratio:,.0f}:1 "
                    "limit (archive bomb?)"))
                continue
            _take(ctx, info.file_size, name)
            try:
                with zf.open(info) as f:
                    # Never trust the declared size: read at most one byte past the limit.
                    data = f.read(limits.max_member_bytes + 1)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError,
                    NotImplementedError) as exc:
                yield ArchiveMember(member_source, name,
                                    problem=f"corrupt member: {_why(exc)}")
                continue
            if len(data) > limits.max_member_bytes:
                yield ArchiveMember(member_source, name, problem=(
                    f"member unpacks to more than {limits.max_member_bytes / MB:,.0f} MB "
                    "(its header says less)"))
                continue
            yield from _member(ctx, source, name, data, depth, info.compress_size)


def _iter_tar(fileobj: BinaryIO, *, packed: int, compressed: bool, source: str, ctx: _Context,
              depth: int) -> Iterator[ArchiveMember]:
    limits = ctx.limits
    # Stream mode ("r|*") reads the archive once, front to back, whatever its compression.
    with tarfile.open(fileobj=fileobj, mode="r|*") as tf:
        for info in tf:
            _count(ctx)
            name = tar_member_name(info.name)
            member_source = f"{source}!{name}"
            if info.isfile() or info.issparse():
                # A member skipped in a compressed stream is still unpacked: charge it too.
                _take(ctx, info.size, name)
                if compressed and packed and ctx.budget.used > _RATIO_FLOOR:
                    ratio = ctx.budget.used / packed
                    if ratio > limits.max_ratio:
                        raise _Stop(f"archive unpacks to more than {limits.max_ratio:,.0f} times "
                                    "its size (archive bomb?); the rest is not read")
            problem = unsafe_member_name(name)
            if problem:
                yield ArchiveMember(member_source, name, problem=problem)
                continue
            wanted = ctx.wanted(name) or is_archive(name)
            if info.issym() or info.islnk():
                if wanted:
                    kind = "symbolic" if info.issym() else "hard"
                    yield ArchiveMember(member_source, name,
                                        problem=f"{kind} link member skipped")
                continue
            if not (info.isfile() and wanted):
                continue
            if info.size > limits.max_member_bytes:
                yield ArchiveMember(member_source, name, problem=(
                    f"member unpacks to {info.size / MB:,.1f} MB, over the "
                    f"{limits.max_member_bytes / MB:,.0f} MB limit"))
                continue
            f = tf.extractfile(info)
            if f is None:
                continue
            yield from _member(ctx, source, name, f.read(), depth, 0)


def read_archive(path: str | Path, *, root: str | Path | None = None,
                 limits: ArchiveLimits | None = None) -> Iterator[SourceText]:
    """Read every supported document in an archive file (problems are logged and skipped).

    Args:
        path: the archive.
        root: the folder ids are made relative to (the archive's folder when None).
        limits: size, ratio, count and depth limits.

    Yields:
        One record per readable member; its ``doc_id`` is ``<archive path>!<member path>``
        without suffixes, its ``source`` ``<archive path>!<member path>``.
    """
    from ..errors import InputError
    from .formats import READERS, read_bytes, relative_to_root

    path = Path(path)
    rel = relative_to_root(path, root)
    with path.open("rb") as f:
        for member in iter_archive(f, name=path.name, source=str(path),
                                   wanted=lambda n: Path(n).suffix.lower() in READERS,
                                   limits=limits):
            if member.problem or member.data is None:
                log.warning("%s: %s", member.source, member.problem)
                continue
            inner = member.source.split("!", 1)[1]
            try:
                yield read_bytes(member.data, name=member.name,
                                 doc_id=member_doc_id(rel.as_posix(), inner),
                                 source=member.source)
            except (InputError, ValueError) as exc:
                log.warning("%s: %s", member.source, exc)


def member_doc_id(archive_rel: str, inner: str) -> str:
    """The doc id of a member: the archive's path, "!", and the member path without suffix
    ("folder/a.zip!minutes/2024-03-12" for "minutes/2024-03-12.txt" in "folder/a.zip")."""
    parts = inner.replace("\\", "/").split("!")
    parts[-1] = str(Path(parts[-1]).with_suffix("").as_posix())
    return "!".join([archive_rel, *parts])
