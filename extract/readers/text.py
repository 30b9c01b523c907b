"""Plain text and Markdown: UTF-8, with a fallback to Windows-1252 for older files."""

from __future__ import annotations

from ..errors import InputError


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (BOM allowed), else cp1252 (a superset of latin-1's letters).

    Raises:
        InputError: the bytes look binary (NUL bytes), so they are not text in any encoding.
    """
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes) where text was expected")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_text(data: bytes) -> str:
    return decode(data).replace("\r\n", "\n").replace("\r", "\n")
