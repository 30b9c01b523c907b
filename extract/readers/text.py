"""Plain text and Markdown: UTF-8 (with or without BOM), UTF-16 (BOM, or NULs in the pattern
UTF-16 gives), else Windows-1252; bytes that are not text are refused (``extract.readers.sniff``).

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
from .sniff import binary_kind, expect_bytes, implausible_text

log = logging.getLogger(__name__)

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``: from a BOM, else UTF-8 if it decodes, else cp1252 or latin-1.

    Raises:
        InputError: the bytes look binary: a known binary format, or NUL bytes that are not
            the pattern of BOM-less UTF-16.
        TypeError: ``data`` is a path or a str, not bytes.
    """
    expect_bytes(data)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"holds {kind}, not text; give it its own suffix, or convert it to text")
    if b"\x00" in data[:4096]:
        utf16 = _bomless_utf16(data[:4096])
        if utf16 is not None:
            return utf16
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


def _bomless_utf16(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the NULs fall as Western text in UTF-16 puts them (the high
    byte of each ASCII or latin-1 letter: most, as “ – … have other high bytes; never a low
    byte), else None. Some Windows tools write no BOM. Binary data that passes is refused
    after decoding, by its control characters."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 2:
        return None
    for nuls, other, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls.count(0) >= 0.6 * len(nuls) and other.count(0) == 0:
            return name
    return None


def decode(data: bytes) -> str:
    """Decode bytes as text, detecting the encoding with :func:`detect_encoding`.

    Raises:
        InputError: the bytes are not text: a binary format, NUL bytes, a UTF-16 byte order
            mark on bytes that are not UTF-16, or characters no writing has (control
            characters, unassigned code points) after decoding.
    """
    encoding = detect_encoding(data)
    if encoding not in ("utf-8", "utf-8-sig"):
        log.debug("decoding as %s", encoding)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        # Only a BOM or the NUL pattern picks UTF-16/32, and the bytes after it do not follow.
        raise InputError(f"starts like {encoding.upper()} text but is not valid {encoding.upper()} "
                         f"({exc.reason} at byte {exc.start:,}); is it binary data?") from exc
    problem = implausible_text(text, single_byte=encoding in ("cp1252", "latin-1"))
    if problem is not None:
        raise InputError(problem)
    return text[1:] if text.startswith("\ufeff") else text


def read_text(data: bytes) -> str:
    """Text or Markdown bytes -> text with ``\\n`` line ends."""
    return decode(data).replace("\r\n", "\n").replace("\r", "\n")
