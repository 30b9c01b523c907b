"""Deadlines of action items: the date by which a task is to be done, as ISO.

A deadline is read from the words of the action (:func:`normalise_deadline`), counted from the
meeting's date (:func:`reference_of`) when it is written without a year.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from ... import extensions  # noqa: F401
from ..dates import find_dates
from ..tokens import text_of

_END_OF = re.compile(
    r"\b(?:inden|senest|før|ved|til)\s+(?:udgangen|slutningen|enden)\s+af\s+"
    r"(?:(?P<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober|"
    r"november|december)\s*)?(?P<year>(?:19|20)\d\d)?", re.IGNORECASE)
_DEADLINE_MARK = re.compile(
    r"\b(?:senest|inden|før|til|frem til|ved|på|pr\.?|i)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_NOT_DEADLINE = re.compile(r"\b(?:fra|siden|af|efter|dateret|skrivelse)\s+(?:den\s+|d\.\s*)?$",
                           re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"(?:\b(?:1[6-9]|20)\d\d\b|[-./]\d\d\s*$)")
_MONTH_NUMBERS = {m: i for i, m in enumerate(
    ("januar februar marts april maj juni juli august september oktober november december"
     ).split(), 1)}


def normalise_deadline(text: str, *, reference: dt.date | None) -> tuple[str, str]:
    """The deadline stated in an action's text, as (ISO date, the words that state it).

    A deadline is the first date that is not a start or a reference ("fra 1. maj", "skrivelse af
    3. juni"), or the end of a month or year ("inden udgangen af 2024" -> 2024-12-31). A date
    written without its year is the first such day on or after ``reference`` (the meeting), since
    deadlines lie ahead: "senest 15. januar" in December minutes is next January. A relative
    deadline ("senest 14 dage før seminaret") has no ISO value.

    Args:
        text: the action's words (the verb phrase with its object and adverbials).
        reference: the meeting date (or the document's), for dates without a year.

    Returns:
        (ISO date or "", the deadline as written or "").
    """
    m = _END_OF.search(text)
    if m and (m.group("year") or reference):
        year = int(m.group("year")) if m.group("year") else reference.year  # type: ignore[union-attr]
        month = _MONTH_NUMBERS[m.group("month").lower()] if m.group("month") else 12
        if not m.group("year") and reference and dt.date(year, month, 1) < reference.replace(day=1):
            year += 1
        last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
        return last.isoformat(), m.group(0).strip()
    for match in find_dates(text, reference=None):
        if _NOT_DEADLINE.search(text[:match.start]):
            continue
        written = text[match.start:match.end]
        iso = _iso_after(written, reference)
        if not iso:
            continue
        mark = _DEADLINE_MARK.search(text[:match.start])
        said = (text[mark.start():match.end] if mark else written).strip()
        return iso, said
    relative = re.search(r"\b(?:senest|inden|før)\s+\d+\s+(?:dage|uger|måneder)\s+\w+\s+\w+",
                         text, re.IGNORECASE)
    return "", relative.group(0) if relative else ""


def _iso_after(written: str, reference: dt.date | None) -> str:
    """ISO value of a written date; without a year, the first such day on or after reference."""
    found = find_dates(written, reference=reference)
    iso = found[0].iso if found else ""
    if _YEAR_WRITTEN.search(written) or reference is None:
        return iso or (find_dates(written)[0].iso if find_dates(written) else "")
    if not iso:
        for ref in (dt.date(reference.year, 7, 1), dt.date(reference.year + 1, 1, 1)):
            again = find_dates(written, reference=ref)
            if again and again[0].iso:
                iso = again[0].iso
                break
    if iso and dt.date.fromisoformat(iso) < reference:
        day = dt.date.fromisoformat(iso)
        try:
            iso = day.replace(year=day.year + 1).isoformat()
        except ValueError:  # 29 February
            iso = (day + dt.timedelta(days=365)).isoformat()
    return iso


def reference_of(doc: Doc, *, text: str | None = None) -> dt.date | None:
    """The date deadlines count from: the meeting's date, else the document's."""
    for meeting in doc._.meetings or []:
        if meeting.get("date"):
            return dt.date.fromisoformat(meeting["date"])
    header = doc._.header or {}
    if header.get("date_iso"):
        return dt.date.fromisoformat(header["date_iso"])
    if doc._.reference_year:
        return dt.date(int(doc._.reference_year), 1, 1)
    head = (text if text is not None else text_of(doc))[:500]
    year = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", head)  # "Aar 1943 den 9. Februar"
    return dt.date(int(year.group(1)), 1, 1) if year else None

