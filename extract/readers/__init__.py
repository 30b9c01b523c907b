"""Readers: input files -> plain text with a stable id and a source.

Each reader handles one format: bytes in, text out (a paged format also gives the char offset
where each page begins). ``read_bytes`` picks the reader by suffix and returns an
:class:`extract.types.SourceText`; ``read_paths`` walks files and folders. ``read_file``,
``read_paths`` and ``read_archive`` take paths as ``str`` or ``Path``; the format readers take
bytes and refuse a path with a ``TypeError`` that says to call ``read_file``.

| suffix | reader | library |
|---|---|---|
| .txt, .md | :func:`read_text` | (UTF-8 / UTF-16 BOM / cp1252 / latin-1 detection) |
| .html, .htm | :func:`read_html` | BeautifulSoup |
| .pdf | :func:`read_pdf` | pypdfium2 (text layer, line boxes, page offsets) |
| .docx | :func:`read_docx` | python-docx |
| .eml | :func:`read_email` | the standard library's ``email`` (headers and body) |
| .json | :func:`read_firstagenda` | ``json``: a FirstAgenda meeting publication; HTML as .html |
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..types import SourceText
from .archives import is_archive, read_archive
from .docx import read_docx
from .email import read_email
from .firstagenda import read_firstagenda
from .formats import READERS, read_bytes, relative_to_root, supported_suffixes
from .html import read_html
from .pdf import PagedText, read_pdf
from .text import decode, detect_encoding, read_text

__all__ = ["READERS", "PagedText", "decode", "detect_encoding", "iter_files", "read_bytes",
           "read_docx", "read_email", "read_file", "read_firstagenda", "read_html", "read_paths",
           "read_pdf", "read_text", "supported_suffixes"]
log = logging.getLogger(__name__)

def read_file(path: str | Path, *, root: str | Path | None = None) -> SourceText:
    """Read one file with the reader for its suffix.

    Args:
        path: the file, as a ``str`` or a ``Path``.
        root: the folder the document id is made relative to (default: the file's folder).

    Raises:
        InputError: the format is not supported, the file cannot be decoded, or it is not
            inside ``root``.
        FileNotFoundError: there is no such file.
    """
    path = Path(path)
    rel = relative_to_root(path, root)
    return read_bytes(path.read_bytes(), name=path.name, doc_id=_doc_id(rel), source=str(path))


def _doc_id(rel: Path) -> str:
    return rel.with_suffix("").as_posix()


def iter_files(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every supported file under the inputs, in a stable order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if file.suffix.lower() in READERS or is_archive(file.name):
                    yield file, path
        elif path.is_file():
            yield path, path.parent
        else:
            raise InputError(f"{path}: no such file or folder")


def read_paths(inputs: Iterable[str | Path]) -> Iterator[SourceText]:
    """Stream every supported file under ``inputs`` as text (folders are walked recursively,
    archives read member by member: see ``extract.readers.archives``)."""
    for file, root in iter_files(inputs):
        if is_archive(file.name):
            yield from read_archive(file, root=root)
        else:
            yield read_file(file, root=root)
