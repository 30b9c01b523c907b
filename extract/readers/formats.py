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
from .sniff import binary_kind
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


def read_bytes(data: bytes, *, name: str, doc_id: str, source: str) -> SourceText:
    """Read one document's bytes with the reader for ``name``'s suffix (used for files and for
    archive members alike).

    Raises:
        InputError: the format is not supported or the bytes cannot be read as that format.
    """
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
