"""Dates and times in minute books: the historic ways a meeting's day is written.

"Aar 1942. den 6 Januar", "d. 6/2 1943", "den 27-1-42", "den 12' Februar", "8d Januar", "d. 14.
Novb.", "den 16 ds." (this month), and the hour "Kl. 7½ Em.". Plain functions over a line or an
opening; :mod:`extract.rules.minute_books` calls them.
"""

from __future__ import annotations

import datetime as dt
import re

from .signatures import is_subsequence, one_edit

_HIST_MONTHS = {
    "jan": 1, "januar": 1, "januari": 1, "janr": 1, "feb": 2, "febr": 2, "februar": 2, "mar": 3,
    "marts": 3, "apr": 4,
    "april": 4, "maj": 5, "mai": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "septb": 9, "septbr": 9, "septmb": 9, "september": 9, "okt": 10,
    "oktb": 10, "oktbr": 10, "oktober": 10, "nov": 11, "novb": 11, "novbr": 11, "novmb": 11,
    "nvb": 11, "nvbr": 11,
    "november": 11, "dec": 12, "decb": 12, "decbr": 12, "decmb": 12, "december": 12,
    # spellings of their own ("October", "Desember")
    "oct": 10, "octb": 10, "octbr": 10, "october": 10, "desember": 12, "desbr": 12,
    "decembr": 12, "novembr": 11, "septembr": 9, "mrts": 3, "aprl": 4,
}

# Month names long enough that a one-letter slip cannot make another month ("Jannuar",
# "Januer", "Novenber"); "Juni" and "Juli" are one letter apart.
_LONG_MONTHS = {name: n for name, n in _HIST_MONTHS.items() if len(name) >= 6}


# The full names a clerk shortens by dropping letters ("Sptbr.", "Dcbr.", "Okto.", "Fbr.").
_FULL_MONTHS = {name: _HIST_MONTHS[name] for name in (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "october", "november", "december", "desember")}


def month_number(name: str) -> int | None:
    """The month a name or abbreviation gives: a one-letter slip in a long name allowed, and a
    shortening of four letters or more that keeps the first letter and letters in order of one
    month only ("Sptbr", "Okto"; not "Juil" for "Juni" and "Juli" alike)."""
    name = name.lower()
    if name in _HIST_MONTHS:
        return _HIST_MONTHS[name]
    if len(name) >= 6:
        slip = next((n for full, n in _LONG_MONTHS.items() if one_edit(name, full)), None)
        if slip:
            return slip
    if len(name) >= 4:  # not "der" (December), "fra" (Februar), "set" (September)
        months = {n for full, n in _FULL_MONTHS.items()
                  if full[0] == name[0] and is_subsequence(name, full)}
        if len(months) == 1:
            return months.pop()
    return None


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}
# Upper case only: "I" is also a pronoun.
_ROMAN_MONTH = "(?-i:(?P<roman>" + "|".join(sorted(_ROMAN, key=len, reverse=True)) + r"))\b"
_YEAR = r"(?P<year>1[89]\d\d|\d\d)(?!\d)"


# Days written as ordinals in words ("den syvende Januar", "den en og tyvende Marts").
_UNITS = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende",
          "niende"]
DAY_WORDS = {word: n for n, word in enumerate(
    [*_UNITS, "tiende", "elvte", "tolvte", "trettende", "fjortende", "femtende", "sekstende",
     "syttende", "attende", "nittende", "tyvende"], start=1)}
DAY_WORDS |= {f"{unit} og tyvende": 20 + n for n, unit in enumerate(
    ["en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"], start=1)}
DAY_WORDS |= {"tredivte": 30, "tredivde": 30, "en og tredivte": 31, "en og tredivde": 31}
DAY_WORDS["tredie"] = 3  # the spelling of the time
DAY_WORD = "(?:" + "|".join(sorted((w.replace(" ", r"\s*") for w in DAY_WORDS),
                                  key=len, reverse=True)) + ")"

# The endings of a day written as an ordinal in figures: "1ste", "2den", "3die", "4de", "5te",
# "7nde" and "7ende" (syvende), "20ende", "30te".
_ORDINAL_ENDING = "(?:d|de|t|te|ste|nd|nde|ende|die|den)"

# "den 16 ds.", "den 16de dennes", "d. 16. d. M.", "den 16. i denne Maaned", and a day alone at
# the end of the opening's line ("Sogneraadsmøde Mandag den 16.").
_THIS_MONTH = re.compile(r"\b(?:den|d\.?)\s*(?P<day>[0-3]?\d)(?:\.|'|" + _ORDINAL_ENDING + r")?\s*"
                         r"(?:(?:ds|d\.\s?s)\.|dennes\b|d\.\s?m\.|i\s+denne\s+m(?:aa|å)ned\b"
                         r"|[.,]?[ \t]*$)", re.IGNORECASE | re.MULTILINE)


def this_month_date(head: str, before: str) -> tuple[str, int, int]:
    """"Sogneraadsmøde den 16 ds.": the day of this month, the month of ``before`` (the date of
    the meeting before, ISO) or the next month, when that meeting's day is later."""
    m = _THIS_MONTH.search(head)
    if m is None or not before:
        return "", -1, -1
    previous = dt.date.fromisoformat(before)
    day = int(m.group("day"))
    year, month = (previous.year, previous.month) if day > previous.day else (
        previous.year + previous.month // 12, previous.month % 12 + 1)
    try:
        return dt.date(year, month, day).isoformat(), m.start(), m.end()
    except ValueError:
        return "", -1, -1


# A number read with a letter for a digit ("l941", "den l2. November", "1O"): a run of two to
# four digits and l, I, O with at least one digit, no letter beside it.
_MISREAD_NUMBER = re.compile(r"(?<![A-Za-zæøåÆØÅ\d])(?=[\dlIO]*\d)(?=[\dlIO]*[lIO])[\dlIO]{2,4}"
                             r"(?![A-Za-zæøåÆØÅ\d])")


def _digits_read(text: str) -> str:
    """``text`` with misread digits put right, character for character (offsets hold)."""
    return _MISREAD_NUMBER.sub(lambda m: m.group().translate(_DIGIT_FOR), text)


_DIGIT_FOR = str.maketrans("lIO", "110")


_WEEKDAY_NUMBERS = {"mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4,
                    "lørdag": 5, "søndag": 6}
# "Fredag d. 12. Kl. 8": a weekday and a day, no month
_WEEKDAY_DAY = re.compile(r"\b(?P<weekday>" + "|".join(_WEEKDAY_NUMBERS) + r")(?:en)?,?\s+"
                          r"(?:den|d\.?)\s*(?P<day>[0-3]?\d)(?:\.|'|" + _ORDINAL_ENDING + r")?"
                          r"(?!\s*[/.-]?\s*\d)", re.IGNORECASE)
# How far after the meeting before such a day is looked for (a book's meetings are seldom a
# quarter apart).
_WEEKDAY_REACH = 120


def weekday_date(head: str, before: str) -> tuple[str, int, int]:
    """"Fredag d. 12.": the first day after ``before`` (the date of the meeting before, ISO)
    that is that day of its month and falls on that weekday, within four months."""
    m = _WEEKDAY_DAY.search(head)
    if m is None or not before:
        return "", -1, -1
    weekday, day = _WEEKDAY_NUMBERS[m.group("weekday").lower()], int(m.group("day"))
    d = dt.date.fromisoformat(before)
    for _ in range(_WEEKDAY_REACH):
        d += dt.timedelta(days=1)
        if d.day == day and d.weekday() == weekday:
            return d.isoformat(), m.start(), m.end()
    return "", -1, -1


def _easter(year: int) -> dt.date:
    """Easter Sunday (the Gregorian computus, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


# Feast days a church's calendar names, from Easter or fixed: "2den Paaskedag", "store Bededag",
# "2. Juledag". (Days after Easter Sunday; fixed days as (month, day).)
_FEASTS: dict[str, int | tuple[int, int]] = {
    "skærtorsdag": -3, "langfredag": -2, "påskedag": 0, "2 påskedag": 1, "store bededag": 26,
    "kristi himmelfartsdag": 39, "pinsedag": 49, "2 pinsedag": 50, "juleaften": (12, 24),
    "juledag": (12, 25), "2 juledag": (12, 26), "nytårsdag": (1, 1), "nytårsaften": (12, 31),
    "helligtrekongersdag": (1, 6), "sankthansaften": (6, 23)}
_FEAST = re.compile(r"\b(?:(?P<second>2(?:den|\.)?|anden)\s*)?(?P<name>skærtorsdag|langfredag|"
                    r"p(?:aa|å)skedag|store\s+bededag|kristi\s+himmelfartsdag|pinsedag|juleaften|"
                    r"juledag|nyt(?:aa|å)rsdag|nyt(?:aa|å)rsaften|helligtrekongersdag|"
                    r"sankthansaften)\b", re.IGNORECASE)


def feast_date(text: str, *, year: int | None) -> tuple[str, int, int]:
    """The date of a feast day named in ``text`` ("2den Paaskedag", "store Bededag",
    "Juledag") in ``year``: (ISO, start, end), or ("", -1, -1)."""
    m = _FEAST.search(text)
    if m is None or year is None:
        return "", -1, -1
    name = re.sub(r"\s+", " ", m.group("name").lower()).replace("aa", "å")
    key = f"2 {name}" if m.group("second") else name
    when = _FEASTS.get(key)
    if when is None:
        return "", -1, -1
    day = (dt.date(year, *when) if isinstance(when, tuple)
           else _easter(year) + dt.timedelta(days=when))
    return day.isoformat(), m.start(), m.end()


def book_date(text: str, *, year: int | None) -> tuple[str, int, int]:
    """The first date in a minute-book line: ("1942-01-06", start, end), or ("", -1, -1).

    Reads the historic forms: "Aar 1942. den 6 Januar", "d. 6/2 1943", "den 27-1-42",
    "d 10/2 42", "den 12' Februar", "8d Januar", "d. 14. Novb.", "den 27/5 -1943", "den 3die i
    April"; a digit misread as a letter ("den l2. November l941").
    """
    text = _digits_read(text)
    # The year: one written "Aar 1942", else the first that is no meeting's number ("1820 Møde",
    # a number corrected in the book) and no further than a year from the book's.
    years = list(re.finditer(r"\b(?:(?P<aar>aar(?:et)?|anno)\s+)?(1[89]\d\d)\b(?!\s*møde)", text,
                             re.IGNORECASE))
    year_m = next((m for m in years if m.group("aar")), None) or next(
        (m for m in years if year is None or abs(int(m.group(2)) - year) <= 1), None)
    patterns = (
        r"(?<![\d/])(?P<day>[0-3]?\d)\s*/\s*(?P<month>[01]?\d)"
        r"(?:\s*[- ]\s*-?\s*(?P<year>1[89]\d\d|\d\d)(?!\d))?",
        # "den 27-1-42", "9 - 1 - 1940", "9.-1.-40", "9–1–40"
        r"(?<![\d-])(?P<day>[0-3]?\d)\.?\s*[-–]\s*(?P<month>[01]?\d)\.?\s*[-–]\s*" + _YEAR,
        # "den 7.1.1943", "d. 7.1.43" (a two-digit year only near the book's: no item "3.1.12")
        r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<dotyear>1[89]\d\d|\d\d)(?![\d.])",
        # "den 7-3", "d. 7.3.": day and month after "den" / "d." (a bare "7-3" may be a vote)
        r"\b(?:den|d\.?)\s*(?P<day>[0-3]?\d)(?:-|–|\.\s?)(?P<month>[01]?\d)"
        r"(?:[.,]\s?(?P<dotyear>1[89]\d\d|\d\d))?(?![\d-])",
        # "11.2. Kl. 19½", "12-5 Kl. 20": day and month with the hour after them
        r"(?<![\d.-])(?P<day>[0-3]?\d)(?:\.|-|–)(?P<month>[01]?\d)\.?(?=\s+kl\b)",
        # the month in Roman figures: "4/XII 1940", "d. 9. I. 40"
        r"(?<![\d/])(?P<day>[0-3]?\d)\s*/\s*" + _ROMAN_MONTH
        + r"\.?(?:\s*[-–., ]\s*" + _YEAR + ")?",
        r"(?<![\d/])(?P<day>[0-3]?\d)\.\s*" + _ROMAN_MONTH + r"\.\s*[-–,]?\s*" + _YEAR,
        r"(?:(?<!\d)(?P<day>[0-3]?\d)(?:\.?['’]|\.|" + _ORDINAL_ENDING + r"\b)?"
        r"|\b(?P<dayword>" + DAY_WORD + r"))\s*(?:i\s+)?(?P<mname>[A-Za-zæøå]{3,9})\.?"
        r"(?:,?\s+(?P<year>1[89]\d\d))?",
        # the month first: "Januar den 9. 1940", "Aar 1940 Januar 9de"
        r"\b(?P<mname>[A-Za-zæøå]{4,9})\.?\s+(?:(?:den|d\.)\s*(?P<day>[0-3]?\d)"
        r"(?:\.|" + _ORDINAL_ENDING + r")?|(?P<day_>[0-3]?\d)(?:\.|" + _ORDINAL_ENDING + r"))"
        r"(?![\d/.-]?\d)(?:,?\s+(?P<year>1[89]\d\d))?",
    )
    best: tuple[int, str, int, int] | None = None
    for pattern in patterns:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            g = m.groupdict()
            if g.get("mname") is not None:
                month = month_number(g["mname"])
            elif g.get("roman") is not None:
                month = _ROMAN[g["roman"]]
            else:
                month = int(g["month"])
            if not month or not 1 <= month <= 12:
                continue
            y = g.get("year") or g.get("dotyear")
            if g.get("dotyear") and len(y) == 2 and year is not None \
                    and abs(1900 + int(y) - year) > 1:
                continue
            if y is not None:
                yv = int(y) if len(y) == 4 else 1900 + int(y)
            elif year_m is not None and year_m.start() < m.start():
                yv = int(year_m.group(2))
            else:
                yv = year if year is not None else 0
            day_digits = g.get("day") or g.get("day_")
            day = int(day_digits) if day_digits else DAY_WORDS[" ".join(
                g["dayword"].lower().replace("og", " og ").split())]
            try:
                iso = dt.date(yv, month, day).isoformat() if yv else ""
            except ValueError:
                continue
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso, m.start(), m.end())
            break
    if best is None:
        return "", -1, -1
    return best[1], best[2], best[3]


_BOOK_TIME = re.compile(r"\bkl\.?\s*(?P<h>[0-2]?\d)(?:[.,: ](?P<m>[0-5]\d)\b|\s?(?P<half>½))?"
                        r"(?:\s*(?P<part>em|eftm|fm|form|aften)\b)?", re.IGNORECASE)


def book_time(text: str) -> str:
    """"Kl. 15,30" -> 15:30, "Kl. 7½ Em." -> 19:30, "Kl. 11 Fm." -> 11:00; a bare "Kl. 7" (morning
    or evening?) is left open."""
    m = _BOOK_TIME.search(text)
    if not m:
        return ""
    hour = int(m.group("h"))
    minute = int(m.group("m") or 0) + (30 if m.group("half") else 0)
    part = (m.group("part") or "").lower()
    if part in ("em", "eftm", "aften") and hour < 12:
        hour += 12
    elif not part and hour < 9:
        return ""
    return f"{hour:02d}:{minute:02d}" if hour <= 24 and minute < 60 else ""


def book_year(text: str) -> int | None:
    years = re.findall(r"\b(19[0-9]\d|18\d\d)\b", text)
    if not years:
        return None
    return int(max(set(years), key=years.count))
