"""Where each meeting of a modern minutes file begins: a file may hold several referater.

A committee's minutes for two months, one after the other, are two meetings. The cue is general:
a *meeting header* (a date with a clock time, or a Mødedato / Dato / Tid / Mødested field) that
stands after agenda items have begun and is followed by items numbered from 1 again. A "Næste
møde" line at the end has no items after it, and an item titled "Godkendelse af referat fra
mødet den ..." is an item, not a header, so neither starts a meeting. Annual minute books (many
short meetings closed by signatures) are split by :mod:`extract.rules.minute_books` instead.
"""

from __future__ import annotations

import re

from .dates import find_dates, find_times
from .layout import (
    ATTENDANCE_STATUS,
    HEADER_KEYS,
    HEADER_LINE,
    HISTORY_HEADING,
    ITEM_SECTION,
    NUMBERED_LINE,
    Line,
    lines_of,
)

# Header fields that date or place a meeting.
_MEETING_KEYS = frozenset({"meeting_date", "date", "time", "time_place", "location", "meeting"})
_MEETING_TITLE = re.compile(r"^[ \t*#]*(?:referat|beslutningsprotokol|mødereferat|protokol"
                            r"|møde\s+(?:i|den|d\.))\b", re.IGNORECASE)
_NEXT_MEETING = re.compile(r"^\W*(?:næste|kommende|følgende)\s+(?:ordinære\s+)?møde", re.IGNORECASE)
# A header line that dates a meeting without a field label ("Mandag den 3. marts 2023 kl. 17.00
# i Byrådssalen", "Referat af mødet den 4. maj 2024 kl. 9") is short; a paragraph is not.
_HEADER_MAX_CHARS = 140
_SUB_ITEM = re.compile(r"^[ \t*#]*\d{1,3}(?:\.\d{1,2}|\s?[a-z])\s*[.):]?\s+\S")


def item_number(line: Line) -> int | None:
    """The number of an agenda item heading on this line ("3. Title", "Punkt 3:", "Ad 3)")."""
    if _SUB_ITEM.match(line.text):
        return None  # "3a Title", "3.1 Title": a sub-item continues its item's meeting
    m = ITEM_SECTION.match(line.text)
    if m:
        return int(m.group("no1") or m.group("no2"))
    m = NUMBERED_LINE.match(line.text)
    if m and m.group("title")[:1].isupper():
        return int(m.group("no"))
    return None


def _is_header(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` dates or places a meeting (not an item heading, not the next meeting,
    not prose that mentions a date and a time)."""
    line = lines[i]
    if _NEXT_MEETING.match(line.text):
        return False
    m = HEADER_LINE.match(line.text)
    if m and HEADER_KEYS[m.group("key").lower()] in _MEETING_KEYS:
        return True  # a labelled field ("Mødedato: 3. marts 2023") whatever follows it
    text = line.stripped
    if len(text) > _HEADER_MAX_CHARS or _wrapped(lines, i):
        return False  # "kunne senest den 7. oktober 2022 kl. 12.00 søge om støtte ..."
    dated = any(d.iso for d in find_dates(text))
    if dated and (find_times(text) or _is_title(text) or title_above(lines, i)):
        return True
    return False


def title_above(lines: list[Line], i: int) -> bool:
    """Whether a minutes title or a date field's label stands right above line ``i``
    ("Referat – Teknisk Udvalg" or "Mødedato" over "Onsdag den 7. august 2024", a web page's
    label over its value), a blank line or two between."""
    above = [ln.stripped for ln in lines[max(0, i - 3):i] if ln.stripped]
    if not above or len(above[-1]) > 80:
        return False
    label = HEADER_KEYS.get(above[-1].rstrip(" :").lower())
    return _is_title(above[-1]) or label in ("meeting_date", "date")


def _is_title(text: str) -> bool:
    """"Møde i Teknisk Udvalg den 3. marts", "Referat": a title, not a sentence wrapped onto a
    line that begins in lower case ("... ved udvalgets\nmøde den 6. februar 2023 med ...")."""
    return bool(_MEETING_TITLE.match(text)) and not text.lstrip(" \t*#")[:1].islower()


_SENTENCE_END = (".", ":", ";", "!", "?", ")")
_WRAP_CHARS = 60


def _wrapped(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is part of a sentence wrapped over lines: it goes on from the line
    above (which ends mid-sentence) in lower case, or the line below goes on from it."""
    text = lines[i].stripped
    above = lines[i - 1].stripped if i > 0 else ""
    below = lines[i + 1].stripped if i + 1 < len(lines) else ""
    # Only a line as long as a paragraph's lines wraps: "Torsdag den 12. juni 2025 kl. 16.00"
    # above "på Rådhuset" is a header written over two lines.
    return bool(len(above) >= _WRAP_CHARS and not above.endswith(_SENTENCE_END)
                and text[:1].islower()
                or len(text) >= _WRAP_CHARS and below[:1].islower()
                and not text.endswith(_SENTENCE_END))


def _block_start(lines: list[Line], k: int, floor: int) -> int:
    """The first line of the paragraph block holding line ``k`` (never above ``floor``), and
    the title lines right above a header block ("Referat" / the body's name)."""
    i = k
    while i - 1 > floor and lines[i - 1].stripped:
        i -= 1
    # A short title block above, separated by one blank line ("Referat\nTeknisk Udvalg\n\nDato:")
    j = i - 1
    while j - 1 > floor and not lines[j].stripped:
        j -= 1
    if j > floor and j < i - 1 and _is_title(lines[j].text):
        while j - 1 > floor and lines[j - 1].stripped:
            j -= 1
        i = j
    return _body_line_above(lines, i, floor)


# A line naming a body: "Teknik- og Miljøudvalget", "Ældrerådet".
_BODY_LINE = re.compile(r"^[A-ZÆØÅ][^.:\d]{0,58}(?:råd|raad|udvalg|bestyrelse|nævn|forsamling)"
                        r"(?:et|en|s)?$", re.IGNORECASE)


def _body_line_above(lines: list[Line], i: int, floor: int) -> int:
    """The first line of a meeting's header that begins at line ``i``, with the body's name
    standing alone right above it (a web page's blocks: "Teknik- og Miljøudvalget" /
    "Referat" / "Mødedato" / ...)."""
    j = i - 1
    while j > floor and not lines[j].stripped:
        j -= 1
    if j > floor and j < i and _BODY_LINE.match(lines[j].stripped) and (
            j == 0 or not lines[j - 1].stripped):
        return j
    return i


def _header_strength(lines: list[Line], k: int, stop: int) -> int:
    """How many kinds of meeting-header signal the block from line ``k`` (to ``stop``) holds:
    a date, a clock time, a place field, a minutes title, an attendance heading."""
    signals: set[str] = set()
    for ln in lines[k:min(stop, k + 15)]:
        text = ln.stripped
        if not text:
            continue
        if any(d.iso for d in find_dates(text)):
            signals.add("date")
        if find_times(text):
            signals.add("time")
        m = HEADER_LINE.match(ln.text)
        if m and HEADER_KEYS[m.group("key").lower()] in ("location", "time_place"):
            signals.add("place")
        if _is_title(text):
            signals.add("title")
        if text.split(":")[0].strip().lower() in ATTENDANCE_STATUS:
            signals.add("attendance")
    return len(signals) if "date" in signals else 0


def meeting_starts(text: str) -> list[int]:
    """Character offsets where each meeting after the first begins (empty: one meeting)."""
    lines = lines_of(text)
    headers = [_is_header(lines, i) for i in range(len(lines))]  # dates parsed once per line
    numbers = [item_number(ln) if not h else None for ln, h in zip(lines, headers, strict=True)]
    starts: list[int] = []
    last_item = -1  # line index of the last item heading of the current meeting
    in_history = False  # inside a case history ("Sagsforløb"), whose entries carry dates
    k = 0
    while k < len(lines):
        if numbers[k] is not None:
            last_item, in_history = k, False
            k += 1
            continue
        if HISTORY_HEADING.match(lines[k].text):
            in_history = True
        if last_item < 0 or in_history or not headers[k]:
            k += 1
            continue
        # A header after items: a new meeting when the next item heading restarts at 1.
        nxt = next((j for j in range(k + 1, len(lines)) if numbers[j] is not None), None)
        if nxt is None or numbers[nxt] != 1 or any(
                HISTORY_HEADING.match(ln.text) for ln in lines[k + 1:nxt]):
            k += 1  # no items from 1 again, or they number a case history's decisions
            continue
        begin = _block_start(lines, k, last_item)
        if _header_strength(lines, begin, nxt) < 2:
            k += 1
            continue
        starts.append(lines[begin].start)
        last_item = -1
        k = nxt
    return starts


def meeting_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each meeting in the text; one span covering it all for a single meeting."""
    bounds = [0, *meeting_starts(text), len(text)]
    return list(zip(bounds, bounds[1:], strict=False))
