"""Long documents in parts: where to cut a text for the statistical components.

A year of a city council's minutes as one PDF, a bound minute book or a committee's export
runs to millions of characters. The tagger and the NER hold vectors for every token they see,
so a Doc of that size needs gigabytes (and spaCy refuses texts over ``nlp.max_length``). The
worker (``extract.batch.worker.long_doc``) runs them on parts of at most :data:`PART_CHARS`
characters, cut at the best boundary before the limit (a meeting's start, else a blank line,
else a line break, else a space), joins the parts into one Doc and runs the rule layer on the
whole text, so meetings, items and decisions are read as in any other document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..rules.meetings import meeting_starts

PART_CHARS = 80_000  # a part of a long text: the default pipeline needs ~300 MB on it
# A cut is searched in the last half of a part: parts never get smaller than half the limit.
_MIN_FILL = 0.5
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")


@dataclass(frozen=True)
class Part:
    """One part of a text: its characters ``[start, end)``."""

    start: int
    end: int


def split_text(text: str, *, limit: int | None = None) -> list[Part]:
    """Cut ``text`` into parts of at most ``limit`` characters (default :data:`PART_CHARS`;
    one part when it is shorter).

    Each cut is at the last meeting start in the second half of the window, else the last blank
    line, else the last line break, else the last space; a text with none of these is cut at
    the limit.
    """
    limit = limit or PART_CHARS
    if len(text) <= limit:
        return [Part(0, len(text))]
    meetings = meeting_starts(text)
    parts = []
    start = 0
    while len(text) - start > limit:
        lo, hi = start + int(limit * _MIN_FILL), start + limit
        cut = _last_in(meetings, lo, hi)
        if cut is None:
            cut = _last_boundary(text, lo, hi)
        parts.append(Part(start, cut))
        start = cut
    parts.append(Part(start, len(text)))
    return parts


def _last_in(offsets: Sequence[int], lo: int, hi: int) -> int | None:
    inside = [o for o in offsets if lo < o <= hi]
    return inside[-1] if inside else None


def _last_boundary(text: str, lo: int, hi: int) -> int:
    window = text[lo:hi]
    blanks = list(_BLANK_LINE.finditer(window))
    if blanks:
        return lo + blanks[-1].end()
    for sep in ("\n", " "):
        k = window.rfind(sep)
        if k >= 0:
            return lo + k + 1
    return hi
