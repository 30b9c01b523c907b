"""What a file really holds, whatever its name says: magic numbers and text plausibility.

Archives gather files from many systems, and a suffix is only a name: a scan saved as
``.txt``, an old ``.doc`` renamed ``.docx``, random bytes, a PDF cut off half-way. The readers
ask this module first so that such a file is refused with a reason a person understands ("holds
a PNG image, not text") instead of going into the tables as a document of garbage.

Two general cues, no list of known bad files:

- the first bytes: the signatures ("magic numbers") of common binary formats;
- for text, whether the decoded characters look like writing: control characters, unassigned
  or private-use code points, and (for the single-byte fallback) how much of it is non-ASCII.
"""

from __future__ import annotations

import os
import re
import unicodedata

# (signature, offset, what it is). Only signatures a real text file cannot plausibly start
# with: either non-ASCII bytes, or ASCII long and odd enough ("GIF89a", "%PDF-").
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "a PDF document"),
    (b"PK\x03\x04", 0, "a ZIP archive (or a .docx/.xlsx/.odt inside one)"),
    (b"PK\x05\x06", 0, "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0,
     "an old binary Office file (.doc/.xls/.msg, OLE2)"),
    (b"{\\rtf", 0, "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"RIFF", 0, "a RIFF media file (WebP image, WAV audio, AVI video)"),
    (b"ftyp", 4, "a video, audio or HEIC image file (MP4 family)"),
    (b"ID3", 0, "an MP3 audio file"),
    (b"OggS", 0, "an Ogg audio file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"\x1f\x8b", 0, "a gzip-compressed file"),
    (b"BZh", 0, None),  # bzip2 only with its block magic: checked below
    (b"\xfd7zXZ\x00", 0, "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"ustar", 257, "a tar archive"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"\x7fELF", 0, "a program (ELF executable)"),
    (b"\xca\xfe\xba\xbe", 0, "a Java class or macOS program"),
    (b"\x00asm", 0, "a WebAssembly program"),
)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")

# Signatures away from the start are also plain words: they count only in a file with NUL bytes
# in its header, as those formats have and text has not.
_NEEDS_NUL = (b"ftyp", b"ustar")

# Characters that never occur in writing: C0/C1 controls other than line and page breaks and
# tabs, and DEL. Their share is the main cue for binary data that happened to decode.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_ODD_CATEGORIES = ("Cn", "Co", "Cs")  # unassigned, private use, lone surrogates
MAX_CONTROL_SHARE = 0.01
MAX_ODD_SHARE = 0.01
# Danish (or any Western) text in a single-byte code page is mostly ASCII: æ ø å are a few per
# cent of the letters. Random bytes read as Windows-1252 are more than half non-ASCII.
MAX_NON_ASCII_SHARE = 0.3
MIN_JUDGED_CHARS = 64  # "Ærø" alone is 67% non-ASCII: too short to tell
SAMPLE_CHARS = 64 * 1024  # judged on the start and the end, so a 50 MB file costs no more


def expect_bytes(data: object) -> None:
    """Refuse a path or a str given to a reader that takes a document's bytes.

    Raises:
        TypeError: ``data`` is a ``str`` or a path, with what to call instead.
    """
    if isinstance(data, (str, os.PathLike)):
        shown = repr(data) if len(repr(data)) <= 80 else repr(data)[:77] + "..."
        raise TypeError(f"the format readers take a document's bytes, not a path or str "
                        f"({shown}): read a file with extract.readers.read_file(path), or "
                        "pass Path(path).read_bytes() (text in memory: text.encode())")


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` starts like ("a PNG image"), or None for no known signature."""
    for magic, offset, kind in _MAGIC:
        if data[offset:offset + len(magic)] == magic:
            if magic in _NEEDS_NUL and b"\x00" not in data[:512]:
                continue
            if kind is None:
                return "a bzip2-compressed file" if _BZIP2.match(data) else None
            return kind
    return None


def _sample(text: str) -> str:
    if len(text) <= 2 * SAMPLE_CHARS:
        return text
    return text[:SAMPLE_CHARS] + text[-SAMPLE_CHARS:]


def implausible_text(text: str, *, single_byte: bool) -> str | None:
    """Why decoded ``text`` is not writing (binary data that decoded by chance), else None.

    Args:
        text: the decoded text.
        single_byte: it was read with the single-byte fallback (Windows-1252 / latin-1), which
            decodes any bytes at all, so it must also look like Western text.
    """
    sample = _sample(text)
    if not sample:
        return None
    n = len(sample)
    controls = len(_CONTROL.findall(sample))
    # A DOS end-of-file mark (Ctrl-Z) closing an old text file is not binary data.
    if controls == 1 and sample.rstrip("\n\r").endswith("\x1a"):
        controls = 0
    if controls / n > MAX_CONTROL_SHARE:
        return (f"binary data ({100 * controls / n:.0f}% control characters) where text was "
                "expected; is the file really text, or does it need another reader?")
    odd = sum(1 for ch in sample if ch > "\x7f" and unicodedata.category(ch) in _ODD_CATEGORIES)
    if odd / n > MAX_ODD_SHARE:
        return (f"binary data ({100 * odd / n:.0f}% unassigned or private-use characters) where "
                "text was expected; is the file really text?")
    if single_byte and n >= MIN_JUDGED_CHARS:
        non_ascii = sum(1 for ch in sample if ch > "\x7f")
        if non_ascii / n > MAX_NON_ASCII_SHARE:
            return (f"does not read as text: not UTF-8, and as Windows-1252 "
                    f"{100 * non_ascii / n:.0f}% of it is symbols and accented letters; is it "
                    "binary data, or text in another encoding? Save it as UTF-8")
    return None
