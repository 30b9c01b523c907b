"""Which reader reads which file: the suffix table and reading one document's bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..types import SourceText
from .docx import read_docx
from .email import read_email
from .firstagenda import read_firstagenda
from .html import read_html
from .pdf import PagedText, read_pdf
from .sniff import binary_kind, expect_bytes
from .text import read_text

Reader = Callable[[bytes], "str | PagedText"]
READERS: dict[str, Reader] = {".txt": read_text, ".md": read_text, ".html": read_html,
                              ".htm": read_html, ".pdf": read_pdf, ".docx": read_docx,
                              ".eml": read_email, ".json": read_firstagenda}

# What the content of a binary format must start like, and how to name the format to a user.
_SIGNATURE = {".pdf": ("a PDF document", "a PDF"),
              ".docx": ("a ZIP archive (or a .docx/.xlsx/.odt inside one)", "a Word .docx file")}


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def read_bytes(data: bytes, *, name: str | Path, doc_id: str,
               source: str | Path) -> SourceText:
    """Read one document's bytes with the reader for ``name``'s suffix (used for files and for
    archive members alike).

    Raises:
        InputError: the format is not supported or the bytes cannot be read as that format.
        TypeError: ``data`` is a path or a str, not bytes (use ``read_file`` for a path).
    """
    expect_bytes(data)
    source = str(source)  # kept in the tables as text, whatever the caller passed
    suffix = Path(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise InputError(f"{source}: unsupported format {suffix!r}; supported: "
                         + ", ".join(supported_suffixes()))
    expected = _SIGNATURE.get(suffix)
    kind = binary_kind(data) if expected else None
    if expected and kind is not None and kind != expected[0]:
        # A renamed file: say what it is rather than how the reader failed on it.
        raise InputError(f"{source}: not {expected[1]}: it holds {kind}; save or convert it "
                         f"as {suffix}, or give it its real suffix")
    try:
        result = reader(data)
    except InputError as exc:
        raise InputError(f"{source}: {exc}") from exc
    if isinstance(result, PagedText):
        return SourceText(doc_id=doc_id, source=source, text=result.text,
                          page_starts=list(result.page_starts))
    return SourceText(doc_id=doc_id, source=source, text=result)


def relative_to_root(path: str | Path, root: str | Path | None) -> Path:
    """``path`` relative to ``root``, the base of a document id (its name alone when ``root`` is
    None). A relative path under an absolute root, or the reverse, is compared as absolute.

    Raises:
        InputError: ``path`` is not inside ``root``.
    """
    path = Path(path)
    if root is None:
        return Path(path.name)
    root = Path(root)
    for a, b in ((path, root), (path.absolute(), root.absolute()),
                 (path.resolve(), root.resolve())):
        try:
            return a.relative_to(b)
        except ValueError:
            continue
    raise InputError(f"{path} is not inside {root}: give a root folder that holds the file, "
                     "or no root")
