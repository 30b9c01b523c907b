"""Danish date and time expressions -> ISO values (plain functions, no spaCy).

A value that cannot be determined is returned as ``""`` and the text is kept by the caller:
a wrong ISO date is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
# Month names that are first names too ("Jan Erik Holm", "Maj Britt Lund", "August Bech"): a name
# they open is a name, not a date (a date has digits, and the date rules tag it first).
MONTHS_AS_NAMES = frozenset({"Jan", "Jun", "Maj", "April", "August"})

_MONTH = (r"(?P<month>januar|februar|marts|april|maj|juni|juli|august|september|oktober"
          r"|november|december|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|okt\.|nov\.|dec\.)")
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r")(?:,)?\s+)"
_DAY_MARK = r"(?:(?:den|d\.)\s*)"
_PREFIX = r"(?:" + _WEEKDAY + _DAY_MARK + r"?|" + _DAY_MARK + r")?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"

DATE_PATTERNS: list[re.Pattern[str]] = [
    # 15. august 2024 / Torsdag den 15. august 2024 / den 22. Maj / 1. oktober
    re.compile(r"(?<![\w.])" + _PREFIX + r"(?P<day>[0-3]?\d)(?:\.|ste|te|de|nde)?\s+" + _MONTH
               + r"(?:,?\s+" + _YEAR + r")?(?![\w])", re.IGNORECASE),
    # 15-maj-2002
    re.compile(r"(?<![\w.])" + _PREFIX + r"(?P<day>[0-3]?\d)-" + _MONTH.replace("\\.", "")
               + r"-" + _YEAR + r"(?!\w)", re.IGNORECASE),
    # ISO 2024-08-16
    re.compile(r"(?<![\w.-])(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\w-])"),
    # 16-08-2024, 16.08.2024, 16/08-2024, 30/3 1943, 16.08.24, 16-08-24
    re.compile(r"(?<![\w.,/-])" + _PREFIX
               + r"(?P<day>[0-3]?\d)(?P<sep>[-./])(?P<month>[01]?\d)(?:[-./]|\s|/)"
               + r"(?P<year>(?:1[6-9]|20)\d\d|\d\d)(?![\w.,/]\d|\w)",
               re.IGNORECASE),
    # d. 30/3, den 16/1 (no year: only after den/d. since bare 1/2 is usually a fraction)
    re.compile(r"(?<![\w.])" + _WEEKDAY + r"?"
               + r"(?:den|d\.)\s*(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\w/.-]*\d)",
               re.IGNORECASE),
]

# A historic or spoken 12-hour clock names the part of the day after the hour: "Kl. 6 Eftm.",
# "kl. 10 Fm.", "Kl. 7½ Aften", "Kl. 12 Middag", "kl. 3 om Eftermiddagen".
_PM_MARKS = ("eftm", "efterm", "em", "eftermiddag", "aften", "om eftermiddagen", "om aftenen")
_AM_MARKS = ("fm", "form", "formiddag", "om formiddagen", "om morgenen")
_NOON_MARKS = ("middag",)
_DAY_PART = (r"(?:[ \t]*(?P<{name}>(?:eftm|efterm|em|fm|form)\.?|(?:eftermiddag|formiddag|aften"
             r"|middag)(?:en)?|om[ \t]+(?:eftermiddagen|aftenen|formiddagen|morgenen))(?!\w))?")
_FRACTIONS = {"½": 30, "¼": 15, "¾": 45}
_CLOCK = r"(?:[.:](?P<{m}>[0-5]\d)|[ \t]?(?P<{f}>[½¼¾]))?"

TIME_PATTERN = re.compile(
    r"(?<![\w.:])(?:(?P<kl>kl\.?)\s*(?P<h1>[0-2]?\d)" + _CLOCK.format(m="m1", f="f1")
    + r"|(?P<h1c>[0-2]?\d):(?P<m1c>[0-5]\d))" + _DAY_PART.format(name="part1")
    + r"(?:\s*(?:-|–|til)\s*(?:kl\.?\s*)?(?P<h2>[0-2]?\d)" + _CLOCK.format(m="m2", f="f2")
    + _DAY_PART.format(name="part2") + r")?(?![\w:]|\.\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Match:
    """A date or time found in text, with its ISO value (``""`` when unknown)."""

    start: int
    end: int
    label: str  # DATE | TIME
    iso: str


def _year(raw: str | None, reference: int | None) -> int | None:
    if raw is None:
        return None
    year = int(raw)
    if len(raw) == 2:
        if reference is not None:
            # The century that puts the year nearest the document's own year.
            year = min((c + year for c in (1900, 2000)), key=lambda y: abs(y - reference))
        else:
            return None
    return year


def _month(raw: str) -> int | None:
    raw = raw.lower().rstrip(".")
    if raw.isdigit():
        return int(raw)
    return MONTHS.get(raw)


def normalise_date(day: str, month: str, year: str | None, *, reference: dt.date | None) -> str:
    """ISO date for day/month/year strings; year-less dates take the reference year.

    The reference year is used only when the month lies within five months of the reference
    date, so a "15. januar" in December minutes is left open rather than guessed.
    """
    m = _month(month)
    if m is None:
        return ""
    y = _year(year, reference.year if reference else None)
    if y is None and year is None and reference is not None:
        if abs(m - reference.month) <= 5:
            y = reference.year
    if y is None:
        return ""
    try:
        return dt.date(y, m, int(day)).isoformat()
    except ValueError:
        return ""


def find_dates(text: str, *, reference: dt.date | None = None) -> list[Match]:
    """All date expressions in ``text`` (longest first where they overlap)."""
    found: list[Match] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            groups = m.groupdict()
            year = groups.get("year")
            sep = groups.get("sep")
            if sep == "." and year and len(year) == 2 and not m.group(0).count(".") >= 2:
                continue
            iso = normalise_date(groups["day"], groups["month"], year, reference=reference)
            if not iso and groups["month"].isdigit() and not (1 <= int(groups["month"]) <= 12):
                continue  # "17.45 21" is no date
            found.append(Match(start, end, "DATE", iso))
            taken.append((start, end))
    return sorted(found, key=lambda x: x.start)


def _hhmm(h: str | None, m: str | None, fraction: str | None = None, part: str | None = None
          ) -> str:
    """"HH:MM" for an hour, its minutes or fraction ("7½") and a part of the day ("Eftm.")."""
    if h is None:
        return ""
    hour, minute = int(h), int(m or 0) + _FRACTIONS.get(fraction or "", 0)
    hour += _day_part_offset(hour, part)
    if hour > 24 or minute > 59:
        return ""
    return f"{hour:02d}:{minute:02d}"


def _day_part_offset(hour: int, part: str | None) -> int:
    """Hours to add to a 12-hour clock reading for its part of the day: 12 for an afternoon or
    evening ("Kl. 6 Eftm." is 18:00), 0 for a morning or a 24-hour reading ("kl. 18 Aften")."""
    mark = _day_part(part)
    if mark in _PM_MARKS and 1 <= hour < 12:
        return 12
    if mark in _NOON_MARKS and 1 <= hour < 6:  # "Kl. 1 Middag": one in the afternoon
        return 12
    return 0


def _day_part(part: str | None) -> str:
    """"Eftm." -> "eftm", "om  Aftenen" -> "om aftenen", "Aftenen" -> "aften"."""
    mark = " ".join((part or "").lower().rstrip(".").split())
    if mark not in _PM_MARKS + _AM_MARKS + _NOON_MARKS and mark.endswith("en"):
        mark = mark[:-2]
    return mark


def _qualifies(hour: str | None, part: str | None) -> bool:
    """Whether a part of the day belongs to the hour before it: a 12-hour reading (1-12); after
    "kl. 18.30" or "kl. 11" a "Middag" is the dinner on a programme, not a clock qualifier."""
    if not part or hour is None or not 1 <= int(hour) <= 12:
        return False
    return _day_part(part) not in _NOON_MARKS or int(hour) == 12 or int(hour) < 6


def find_times(text: str) -> list[Match]:
    """Clock times: "kl. 17.00", "kl. 16:00", "kl. 17.00-17.30", "15:45", and the 12-hour clock
    of older minutes: "Kl. 6 Eftm." (18:00), "Kl. 7½ Aften" (19:30), "Kl. 10 Fm." (10:00)."""
    out: list[Match] = []
    for m in TIME_PATTERN.finditer(text):
        g = m.groupdict()
        h1, m1, h2 = g["h1"] or g["h1c"], g["m1"] or g["m1c"], g["h2"]
        part1 = g["part1"] if _qualifies(h1, g["part1"]) else None
        part2 = g["part2"] if _qualifies(h2, g["part2"]) else None
        end = m.end()
        if g["part2"] and not part2:
            end = m.start("part2")
        elif h2 is None and g["part1"] and not part1:
            end = m.start("part1")
        while text[end - 1] in " \t":  # the blank before a part of the day left out
            end -= 1
        if part2 and not part1 and int(h1) <= int(h2):
            part1 = part2  # "Kl. 6-8 Eftm.": the afternoon of both
        first = _hhmm(h1, m1, g["f1"], part1)
        if not first:
            continue
        iso = first
        if h2 is not None:
            # "Kl. 6 Eftm. til 9": the later hour is in the same afternoon
            later = part1 if int(h2) >= int(h1) else None
            second = _hhmm(h2, g["m2"], g["f2"], part2 or later)
            if not second:
                continue
            iso = f"{first}/{second}"
        out.append(Match(m.start(), end, "TIME", iso))
    return out


def reference_date(text: str) -> dt.date | None:
    """The document's own date: the first complete date in it (header dates come first)."""
    for match in find_dates(text[:4000]):
        if match.iso:
            return dt.date.fromisoformat(match.iso)
    return None
