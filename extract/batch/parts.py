"""Long documents in parts: cut where a meeting or a paragraph begins, put the rows back together.

A year of a city council's minutes as one PDF, a bound minute book or a committee's export
runs to millions of characters: one Doc of that size needs gigabytes (and spaCy refuses texts
over ``nlp.max_length``). The worker runs such a text as parts of at most :data:`PART_CHARS`
characters, cut at the best boundary before the limit (a meeting's start, else a blank line,
else a line break), and merges their rows into the rows of one document: offsets count from
the start of the whole text, pages stay right, and meeting ids run on across the parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..rules.meetings import meeting_starts

PART_CHARS = 80_000  # a part of a long text: the default pipeline needs ~300 MB on it
# A cut is searched in the last half of a part: parts never get smaller than half the limit.
_MIN_FILL = 0.5
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
_MEETING_ID = re.compile(r"#m(\d+)$")
_OFFSET_COLUMNS = ("start_char", "end_char")


@dataclass(frozen=True)
class Part:
    """One part of a text: its characters ``[start, end)``."""

    start: int
    end: int
    opens_meeting: bool = False  # cut where a meeting begins: its first meeting is a new one


def split_text(text: str, *, limit: int | None = None,
               starts: Sequence[int] | None = None) -> list[Part]:
    """Cut ``text`` into parts of at most ``limit`` characters (default :data:`PART_CHARS`;
    one part when it is shorter).

    Each cut is at the last meeting start in the second half of the window, else the last blank
    line, else the last line break, else the last space; a text with none of these is cut at
    the limit.

    Args:
        text: the whole text.
        limit: the most characters in a part.
        starts: where meetings begin (default: the modern minutes' cues of
            :func:`extract.rules.meetings.meeting_starts`; a minute book's openings are known
            to the pipeline, see ``extract.batch.worker``).
    """
    limit = limit or PART_CHARS
    if len(text) <= limit:
        return [Part(0, len(text))]
    meetings = sorted(starts) if starts is not None else meeting_starts(text)
    parts = []
    start, opens = 0, False
    while len(text) - start > limit:
        lo, hi = start + int(limit * _MIN_FILL), start + limit
        cut = _last_in(meetings, lo, hi)
        at_meeting = cut is not None
        if cut is None:
            cut = _last_boundary(text, lo, hi)
        parts.append(Part(start, cut, opens_meeting=opens))
        start, opens = cut, at_meeting
    parts.append(Part(start, len(text), opens_meeting=opens))
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


Rows = dict[str, list[dict[str, Any]]]


def merge_rows(doc_id: str, parts: Sequence[tuple[Part, Rows]], *, n_chars: int) -> Rows:
    """The rows of one document from the rows of its parts, in order.

    Offsets are moved to the whole text. Meeting ids run on: a part's meetings are numbered
    after the meetings of the parts before it, except that a later part that was not cut at a
    meeting start and does not open with a dated meeting goes on with the meeting the part
    before it ended in (the cut fell inside it): its rows join that meeting and its undated
    first meeting row is dropped. The
    document row is the first part's, with the whole text's length.
    """
    merged: Rows = {}
    n_meetings = 0
    for k, (part, rows) in enumerate(parts):
        meetings = rows.get("meetings", [])
        # A later part with no dated meeting of its own at its start goes on with the meeting
        # the part before it ended in.
        continued = (k > 0 and n_meetings > 0
                     and not (meetings and (part.opens_meeting or meetings[0].get("date"))))
        shift = n_meetings - 1 if continued else n_meetings

        def renumber(meeting_id: Any, shift: int = shift) -> Any:
            match = _MEETING_ID.search(meeting_id) if isinstance(meeting_id, str) else None
            if match is None:
                return meeting_id
            return f"{doc_id}#m{int(match.group(1)) + shift}"

        for table, table_rows in rows.items():
            out = merged.setdefault(table, [])
            if table == "documents" and k > 0:
                continue
            for i, r in enumerate(table_rows):
                if table == "meetings" and continued and i == 0:
                    continue
                r = dict(r)
                for col in _OFFSET_COLUMNS:
                    if isinstance(r.get(col), int):
                        r[col] += part.start
                if "meeting_id" in r:
                    r["meeting_id"] = renumber(r["meeting_id"])
                if table == "meetings" and not r.get("body") and out:
                    r["body"] = out[-1].get("body")  # as in one text: the body of the one before
                out.append(r)
        n_meetings += len(meetings) - (1 if continued and meetings else 0)
    for r in merged.get("documents", []):
        r["n_chars"] = n_chars
    return merged
