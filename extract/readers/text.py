"""Plain text and Markdown: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

Older Danish files are mostly Windows-1252 or ISO-8859-1 (latin-1). The two agree on every
letter (æ ø å é ü, ...) and differ only in bytes 0x80-0x9F, which latin-1 maps to control
characters that never occur in real text and cp1252 maps to punctuation (– — " " ' ' … €).
So cp1252 is the right reading for both, with latin-1 only for the five bytes cp1252 leaves
undefined.
"""

from __future__ import annotations

import codecs
import logging

from ..errors import InputError

log = logging.getLogger(__name__)

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``: from a BOM, else UTF-8 if it decodes, else cp1252 or latin-1.

    Raises:
        InputError: the bytes look binary (NUL bytes and no UTF-16/32 BOM).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes) where text was expected; "
                         "is the file really text, or does it need another reader?")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def decode(data: bytes) -> str:
    """Decode bytes as text, detecting the encoding with :func:`detect_encoding`.

    Raises:
        InputError: the bytes look binary (NUL bytes), so they are not text in any encoding.
    """
    encoding = detect_encoding(data)
    if encoding not in ("utf-8", "utf-8-sig"):
        log.debug("decoding as %s", encoding)
    text = data.decode(encoding)
    return text[1:] if text.startswith("\ufeff") else text


def read_text(data: bytes) -> str:
    """Text or Markdown bytes -> text with ``\\n`` line ends."""
    return decode(data).replace("\r\n", "\n").replace("\r", "\n")
