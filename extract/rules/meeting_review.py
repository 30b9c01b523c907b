"""Which meetings a reader should check first: the date or the split into meetings is doubtful.

An archive holds thousands of meetings; nobody checks them all. A meeting is flagged when what
the tables say about it disagrees with itself or with the meetings around it, by cues that do
not depend on one book's layout:

- it has no date;
- its date comes before the previous meeting's (a file's meetings are minuted in order), or
  lies more than a year from the dated meetings on both sides of it (a letter's date taken for
  the meeting's, a misread year). Both compare a meeting with its neighbours, not with the
  whole file: a file that binds two runs of meetings (a book of 1944 followed by one of 1940)
  gets one flag where the second run starts, not one on every meeting of the smaller run;
- its first lines name a weekday the date does not fall on ("Onsdag den 15. Januar 1941" is
  right, "Onsdag den 16. Januar 1941" is not: a misread day or month);
- in a minute book that records who attended most of its meetings, nobody is recorded as
  attending this one (a meeting cut off, or two run together).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .dates import WEEKDAYS

# Old spellings too ("Løverdag", "Søndag"); "Fredag" and the rest are as today.
_WEEKDAY_WORD = re.compile(r"\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|løverdag|søndag)\b",
                           re.IGNORECASE)
_OPENING_LINES = 2
_A_YEAR = 366  # days


def _weekday(word: str) -> int:
    word = word.lower().replace("løverdag", "lørdag")
    return WEEKDAYS.index(word)


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def review_reasons(meetings: Sequence[dict], spans: Sequence[Sequence[int]], text: str, *,
                   attended: Sequence[int] | None = None) -> list[str]:
    """Why each meeting should be checked ("" where nothing is doubtful).

    Args:
        meetings: the meeting rows (``date`` ISO or "").
        spans: each meeting's (start, end) character range in ``text``.
        text: the document's text.
        attended: for a minute book, how many attendance rows each meeting has (None for other
            documents, whose attendance may rightly be unrecorded).
    """
    dates = [_date(m.get("date") or "") for m in meetings]
    # Only where the file records attendance for most meetings is a meeting without any odd.
    recorded = attended is not None and sum(1 for n in attended if n) * 2 > len(attended)
    reasons: list[str] = []
    for k, (meeting, date) in enumerate(zip(meetings, dates, strict=True)):
        why = []
        if date is None:
            why.append("no date" if not meeting.get("date") else "date not a calendar day")
        else:
            previous = next((d for d in reversed(dates[:k]) if d is not None), None)
            following = next((d for d in dates[k + 1:] if d is not None), None)
            if previous is not None and date < previous:
                why.append("date before the previous meeting's")
            around = [d for d in (previous, following) if d is not None]
            if around and all(abs((date - d).days) > _A_YEAR for d in around):
                why.append("date over a year from the meetings around it")
            if k < len(spans):
                start, end = spans[k][0], spans[k][1]
                opening = "\n".join(text[start:end].lstrip().split("\n")[:_OPENING_LINES])
                named = _WEEKDAY_WORD.search(opening)
                if named and _weekday(named.group(1)) != date.weekday():
                    why.append(f"{named.group(1).lower()} is not the date's weekday")
        if recorded and k < len(attended) and not attended[k]:
            why.append("nobody recorded as attending")
        reasons.append("; ".join(why))
    return reasons
