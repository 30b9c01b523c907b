"""PDF files with a text layer (pypdfium2): lines in reading order, paragraphs, page offsets.

PDFium gives the characters of each page in content order with line breaks. From the character
boxes this reader rebuilds what the minutes parser needs:

- a blank line where the vertical gap between two lines is larger than half a line height (a
  new paragraph, heading or list block), also across page breaks;
- lines that a word processor wrapped are joined again: a line is a soft wrap when the first
  word of the next line would not have fit on it before the right margin;
- headers and footers repeated on most pages ("Side 2 af 5") are dropped;
- ``page_starts``: the character offset where each page's text begins, so a mention can be
  traced to its page.

Scanned PDFs have no text layer; they are refused with a message saying to OCR them first.
"""

from __future__ import annotations

import logging
import re
import statistics
from dataclasses import dataclass
from typing import NamedTuple

from ..errors import InputError
from .sniff import expect_bytes

log = logging.getLogger(__name__)

PARAGRAPH_GAP = 0.5  # vertical gap, in line heights, that makes a blank line
MARGIN_SLACK = 0.001  # share of the page width allowed for error in a guessed right margin
_DIGITS = re.compile(r"\d+")


class PagedText(NamedTuple):
    """Text of a paged document and the char offset where each page begins."""

    text: str
    page_starts: list[int]


@dataclass
class _Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    first_word_width: float
    space: float = 0.0  # width of a word space on this line

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def _page_lines(textpage) -> list[_Line]:  # noqa: ANN001 - pypdfium2.PdfTextPage
    n = textpage.count_chars()
    if n <= 0:
        return []
    full = textpage.get_text_range(0, n)
    if len(full) != n:  # rare: PDFium dropped or added chars; go char by char
        full = "".join(textpage.get_text_range(i, 1) or " " for i in range(n))
    lines: list[_Line] = []
    start = 0
    for m in re.finditer(r"\r\n|\n|\r", full + "\n"):
        line = _line(textpage, full, start, m.start())
        if line is not None:
            lines.append(line)
        start = m.end()
    return lines


def _line(textpage, full: str, start: int, end: int) -> _Line | None:  # noqa: ANN001
    """One line from chars ``start:end``; a gap wider than two spaces stays a run of spaces."""
    idx = [i for i in range(start, end) if not full[i].isspace()]
    if not idx:
        return None
    boxes = {i: textpage.get_charbox(i, loose=True) for i in idx}
    height = max(boxes[idx[0]][3] - boxes[idx[0]][1], 1.0)
    gaps = {a: boxes[b][0] - boxes[a][2] for a, b in zip(idx, idx[1:], strict=False) if b > a + 1}
    # A word space is about a quarter of the line box; justified lines stretch every space alike.
    space = max([0.25 * height] + ([statistics.median(gaps.values())] if len(gaps) >= 3 else []))
    parts: list[str] = [full[idx[0]]]
    first_word_end = None
    for a, b in zip(idx, idx[1:], strict=False):
        if a in gaps:  # whitespace between two visible chars
            if first_word_end is None:
                first_word_end = a
            gap = gaps[a]
            parts.append(" " * (round(gap / (0.25 * height)) if gap > 2.5 * space else 1))
        parts.append(full[b])
    first_word_end = idx[-1] if first_word_end is None else first_word_end
    tops = [boxes[i][3] for i in idx]
    bottoms = [boxes[i][1] for i in idx]
    return _Line(text="".join(parts), left=boxes[idx[0]][0], right=boxes[idx[-1]][2],
                 top=statistics.median(tops), bottom=statistics.median(bottoms),
                 first_word_width=boxes[first_word_end][2] - boxes[idx[0]][0],
                 space=statistics.median(gaps.values()) if gaps else 0.25 * height)


_LABEL = re.compile(r"^(?:[\w.]+\s?){1,3}:(?:\s|$)|^(?:\d{1,3}[.)]|[-•*–])\s")


def _starts_block(prev: str, line: str) -> bool:
    """Whether ``line`` opens something of its own even though it follows a full line: a
    "Sagsnr.: ..." label, or a numbered or bulleted item."""
    return bool(_LABEL.match(line)) or prev.endswith(":")


def _repeated_edges(pages: list[list[_Line]]) -> set[str]:
    """First/last lines that recur (digits ignored) on most pages: running headers and footers."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        for key in {_DIGITS.sub("#", ln.text) for ln in (lines[:1] + lines[-1:])}:
            counts[key] = counts.get(key, 0) + 1
    return {k for k, c in counts.items() if c >= 0.6 * len(pages)}


def _assemble(pages: list[list[_Line]], page_width: float, page_height: float) -> PagedText:
    all_lines = [ln for lines in pages for ln in lines]
    if not all_lines:
        return PagedText("", [0] * len(pages))
    height = statistics.median(ln.height for ln in all_lines)
    steps = [a.bottom - b.bottom for lines in pages for a, b in zip(lines, lines[1:], strict=False)
             if 0 < a.bottom - b.bottom < 1.6 * height]
    pitch = statistics.median(steps) if steps else 1.2 * height
    # The right margin: where wrapped lines end (two or more lines reach it), else the left
    # margin mirrored; a line is a soft wrap only if the next line's first word would not fit.
    rights = sorted((ln.right for ln in all_lines), reverse=True)
    edge_reached = len(rights) >= 2 and rights[1] >= rights[0] - 0.015 * page_width
    mirrored = page_width - min(ln.left for ln in all_lines)
    margin = rights[0] if edge_reached else max(rights[0], mirrored)
    slack = 0.0 if edge_reached else MARGIN_SLACK * page_width
    top_edge = max(lines[0].top for lines in pages if lines)
    # Where the text area ends: the lowest last line of the full pages, when there are enough
    # of them to tell; else the top margin mirrored.
    lasts = [lines[-1].bottom for lines in pages[:-1] if lines]
    bottom_edge = min(lasts) if len(lasts) >= 2 else page_height - top_edge
    left_edge = min(ln.left for ln in all_lines)
    out: list[str] = []
    page_starts: list[int] = []
    length = 0
    prev: _Line | None = None
    for lines in pages:
        page_starts.append(length)
        for k, ln in enumerate(lines):
            # An indented line keeps its indent (a signature set to the right, a quote).
            indent = round((ln.left - left_edge) / ln.space) if ln.space > 0 and \
                ln.left - left_edge > 3 * ln.space else 0
            if prev is None:
                sep = ""
            elif (prev.bottom - bottom_edge > 1.2 * pitch
                  or top_edge - ln.top > PARAGRAPH_GAP * height
                  if k == 0 else prev.bottom - ln.top > PARAGRAPH_GAP * height):
                sep = "\n\n"  # a free line: at the foot or head of a page, or between lines
            elif prev.right + prev.space + ln.first_word_width > margin + slack \
                    and not indent and not _starts_block(prev.text, ln.text):
                sep = "" if re.search(r"\w-$", prev.text) else " "
            else:
                sep = "\n"
            if k == 0:
                page_starts[-1] = length + len(sep)
            line_text = " " * indent + ln.text
            out.append(sep + line_text)
            length += len(sep) + len(line_text)
            prev = ln
    text = "".join(out)
    return PagedText(text + "\n" if text else "", page_starts)


def _why_unreadable(data: bytes, exc: Exception) -> str:
    """A reason for a PDF that PDFium cannot open, with what to do about it."""
    if "password" in str(exc).lower():
        return f"not a readable PDF ({exc}): it is password-protected; save an unprotected copy"
    if b"%%EOF" not in data[-2048:]:
        # A PDF ends with %EOF; without it the file was cut off (an interrupted download/copy).
        return (f"not a readable PDF ({exc}): it is truncated (no %EOF at its end); "
                "fetch or copy the file again")
    return (f"not a readable PDF ({exc}); if it is password-protected, save an unprotected "
            "copy, else open and save it again")


def read_pdf(data: bytes) -> PagedText:
    """PDF bytes -> the text of its text layer, with the offset where each page starts.

    Raises:
        InputError: the bytes are not a readable PDF, it is encrypted, or it has no text layer.
        TypeError: ``data`` is a path or a str, not bytes.
    """
    import pypdfium2 as pdfium  # optional dependency of the PDF reader only

    expect_bytes(data)  # pypdfium2 would open a path itself, bypassing read_bytes' checks

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(_why_unreadable(data, exc)) from exc
    try:
        pages: list[list[_Line]] = []
        width = height = 0.0
        for i in range(len(pdf)):
            page = pdf[i]
            width, height = max(width, page.get_width()), max(height, page.get_height())
            textpage = page.get_textpage()
            pages.append(_page_lines(textpage))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    skip = _repeated_edges(pages)
    if skip:
        pages = [[ln for j, ln in enumerate(lines)
                  if not ((j == 0 or j == len(lines) - 1) and _DIGITS.sub("#", ln.text) in skip)]
                 for lines in pages]
    result = _assemble(pages, width or 595.0, height or 842.0)
    if pages and not result.text.strip():
        raise InputError(f"PDF of {len(pages)} page(s) has no text layer (a scan?); "
                         "run OCR on it first (e.g. ocrmypdf) and read the OCR'd file")
    return result
