"""Minute books: one file holding a year of meetings, split into meetings.

Each meeting gets its date, start time, attendance (signatories and names listed present or
absent) and the offices the book says each member held. Plain functions over the text; the
lines that open meetings are found by :mod:`extract.rules.book_openings`, the names on
signature lines are read by :mod:`extract.rules.signatures`, dates by
:mod:`extract.rules.book_dates`, and who sat at each meeting is settled over the whole book by
:mod:`extract.rules.book_attendance`.
"""

from __future__ import annotations

import datetime as dt
import re

from .book_attendance import (
    all_members_present,
    assign_offices,
    fit_to_book_spellings,
    listed_names,
    signatory,
)
from .book_dates import (
    book_date,
    book_time,
    book_year,
    feast_date,
    this_month_date,
    weekday_date,
)
from .book_openings import (
    CLOSING_LINE,
    NOT_OPENING,
    YEAR_LINE,
    is_opener,
    meeting_openers,
    opens,
    wrapped_opening,
)
from .book_records import BookMeeting, Signatory
from .layout import Line, lines_of
from .places import place_words
from .signatures import OFFICE_LINE, person_key, plain_name, signature_text, split_names

__all__ = ["BookMeeting", "Signatory", "book_body", "book_date", "meeting_openers",
           "split_minute_book"]

_NEXT_MEETING = re.compile(r"\bnæste\s+møde", re.IGNORECASE)
_SIGNED_FOR = re.compile(r"^\s*(?:for\s+sogneraadet|for\s+sognerådet|p\.\s*s\.\s*v\.)\s*:?\s*",
                         re.IGNORECASE)


def _signature_block(lines: list[Line], end: int, first_names: set[str] | frozenset[str]
                     ) -> tuple[int, list[tuple[int, int]]]:
    """The signature block ending before line ``end``: (index of its first line, name ranges)."""
    for attempt in range(2):
        k = end - 1
        while k >= 0 and (not lines[k].stripped or YEAR_LINE.match(lines[k].text)):
            k -= 1
        if k > 0 and len(lines[k].stripped) < 60 and book_date(lines[k].text, year=None)[0] \
                and lines[k - 1].stripped:
            k -= 1  # "Vestby, d. 7/1 1943" under the names
        names: list[tuple[int, int]] = []
        first = end
        lone = 0  # lines of unknown names ("Laursen"): signatures only beside two or more others
        while k >= 0:
            if not lines[k].stripped or YEAR_LINE.match(lines[k].text):
                # names in groups with blank lines or a page's year between ("Hans Ravn" /
                # "Jens Holt" / "" / "Ole Bak"): the group above, when it is names only
                above = _names_above_gap(lines, k, first_names) if names else -1
                if above < 0:
                    break
                k = above
            if OFFICE_LINE.match(lines[k].text):  # "Formand" on a line of its own
                k -= 1
                continue
            lead = _SIGNED_FOR.match(lines[k].text)  # "For Sogneraadet RN Rasmussen"
            skip = lead.end() if lead else 0
            line = signature_text(lines[k].text)
            found = split_names(line[skip:], first_names)
            if found is None and not lead and (word := plain_name(line)):
                found, lone = [word], lone + 1
            if found is None:
                break
            names = [(lines[k].start + skip + s, lines[k].start + skip + e)
                     for s, e in found] + names
            first = k
            k -= 1
        # (or in a block of four or more: surnames alone, "Hjort" / "Bøgh" / "Frost" / "Krag")
        if lone and len(names) - lone < 2 and len(names) < 4:
            names, first = [], end
        if names or attempt:
            break
        # A short heading for the next meeting ("Afskrift af ...") may stand after the names.
        top = k
        while top >= 0 and lines[top].stripped:
            top -= 1
        if k - top > 2 or top < 0:
            break
        end = top + 1
    closing = lines[k] if 0 <= k < len(lines) else None
    dated_close = closing is not None and len(closing.stripped) < 60 and \
        closing.stripped[:1].isupper() and bool(book_date(closing.text, year=None)[0])
    if len(names) < 2 and not (names and dated_close):
        return end, []
    return first, names


def _names_above_gap(lines: list[Line], k: int, first_names: set[str] | frozenset[str]) -> int:
    """The line above the gap at line ``k`` (two blank or year lines at most) when its whole
    paragraph holds known names only (not "leveres evt. af" / "Johs. Grosen.", a sentence's
    end), else -1."""
    j, gap = k, 0
    while j >= 0 and (not lines[j].stripped or YEAR_LINE.match(lines[j].text)):
        j, gap = j - 1, gap + 1
    if j < 0 or gap > 2:
        return -1
    top = j
    while top >= 0 and lines[top].stripped and not YEAR_LINE.match(lines[top].text):
        if not OFFICE_LINE.match(lines[top].text) and split_names(
                signature_text(lines[top].text), first_names) is None:
            return -1
        top -= 1
    return j


# A word of a meeting held ("Ekstramøde", "Sogneraadsmødet", "var samlet", "samledes").
_MEETING_WORD = re.compile(r"møde[t]?\b|\b(?:samlet|samlede|forsamlet|samledes|forsamledes|"
                           r"mødtes)\b",
                           re.IGNORECASE)


def _with_dated_headings(lines: list[Line], openers: list[int],
                         first_names: set[str] | frozenset[str]) -> list[int]:
    """The openers and, in a book, the paragraphs of no known opening shape that begin with a
    meeting's words and its day right after a signed or closed meeting ("Vestby Sogneraad var
    samlet til Møde den 7. Januar 1943", "Budgetmøde den 7. Januar 1943", "7. Januar 1943." /
    "Sogneraadet var samlet")."""
    found = set(openers)
    added = []
    for i, ln in enumerate(lines):
        if i in found or i == 0 or not ln.stripped or lines[i - 1].stripped or i + 1 in found:
            continue
        above = i - 1
        while above > 0 and not lines[above].stripped:
            above -= 1
        while above > 0 and lines[above - 1].stripped:
            above -= 1
        if any(k in found for k in range(above, i)):
            continue  # the paragraph above opens the meeting: this is its first matter
        head = " ".join(x.stripped for x in lines[i:i + 2])[:120]
        day_at = book_date(head, year=1900)[1]  # any year: only where the day stands counts
        if 0 <= day_at < 70 and _MEETING_WORD.search(head[:90]) and not NOT_OPENING.search(
                head) and opens(lines, i) and _closed_before(lines, i, first_names):
            added.append(i)
    return sorted(found | set(added))


def _closed_before(lines: list[Line], i: int, first_names: set[str] | frozenset[str]) -> bool:
    """Whether the text before line ``i`` ends as a meeting does: signed, or closed in words."""
    if _signature_block(lines, i, first_names)[1]:
        return True
    last = next((ln.text for ln in reversed(lines[:i]) if ln.stripped), "")
    return bool(CLOSING_LINE.search(last))


def split_minute_book(text: str, *, first_names: set[str] | frozenset[str],
                      year: int | None = None) -> list[BookMeeting]:
    """The meetings of a minute book, or [] when the text holds fewer than two.

    A meeting runs from its opening line to the next one; text before the first opening line
    (the end of a meeting begun in the previous book) is a meeting of its own when it is
    signed. A signed record between two openings that is closed by its own date line ("Elev d.
    31/3 1943" above the names) is split off as well. The date comes from the opening lines, or
    else from the closing line above the signatures or a place-and-date line under them; the
    signatories are present, and so are
    names after "Tilstede var:"; names after "med Undtagelse af" / "m. U. a." are absent.
    """
    lines = lines_of(text)
    openers = meeting_openers(lines)
    if not openers:
        return []
    openers = _with_dated_headings(lines, openers, first_names)
    year = year if year is not None else book_year(text)
    places = place_words(text)
    bounds = list(openers)
    if any(ln.stripped and not YEAR_LINE.match(ln.text) for ln in lines[:openers[0]]):
        if _signature_block(lines, openers[0], first_names)[1]:
            bounds.insert(0, 0)
    bounds = _split_signed_records(lines, bounds, first_names)
    bounds = [a for a, b in zip(bounds, bounds[1:] + [len(lines)], strict=False)
              if any(ln.stripped and not YEAR_LINE.match(ln.text) for ln in lines[a + 2:b])
              or b == len(lines)]  # a false start ("5 Møde / Aar 1944" written twice)
    meetings: list[BookMeeting] = []
    running_year = year
    previous = 0
    for a, b in zip(bounds, bounds[1:] + [len(lines)], strict=False):
        # a page's year on a line of its own ("1936" at the top of a page) above the opening
        # is the year of the meetings after it
        running_year = _year_heading(lines, previous, a + 1) or running_year
        previous = a + 1
        start, end = lines[a].start, lines[b - 1].end if b > a else lines[a].end
        sig_first, sig_names = _signature_block(lines, b, first_names)
        head = _opening_text(lines[a:min(b, a + (5 if wrapped_opening(lines, a, weak=True)
                                                  else 3))])
        date, ds, de = ("", -1, -1)
        if a in openers:
            head = _other_meetings_day_masked(head)
            date, ds, de = book_date(head, year=running_year)
            if not date:  # "den 16 ds.": this month, the last dated meeting's
                date, ds, de = this_month_date(head, _last_date(meetings))
            if not date:  # "Fredag d. 12.": the next Friday the 12th
                date, ds, de = weekday_date(head, _last_date(meetings))
            if not date:  # "2den Paaskedag", "store Bededag", "2. Juledag"
                date, ds, de = feast_date(head, year=running_year)
            same = None if date else _SAME_DAY.search(head)
            if same and _last_date(meetings):  # "Samme Aften holdtes Fællesmøde"
                date, ds, de = _last_date(meetings), same.start(), same.end()
            if ds >= 0:
                ds, de = lines[a].start + ds, lines[a].start + de
        if not date and sig_names:
            # The line above the signatures ("Vestby, den 7. Januar 1943", "Mødet hævet d.
            # 7/1 43"; not one that names the next meeting's day)
            above = [lines[j] for j in range(sig_first - 1, a - 1, -1) if lines[j].stripped][:2]
            if above and not _next_meetings_day(above[0], above[1:]):
                date, ds, de = _short_line_date(above[0], running_year,
                                                this_month_of=_last_date(meetings))
        if not date and sig_names:  # a place and date under the names
            under = next((ln for ln in lines[a:b] if ln.start >= sig_names[-1][1]
                          and ln.stripped), None)
            if under is not None:
                date, ds, de = _short_line_date(under, running_year)
        if not date:  # a place-and-date line among the last lines (above the signatures)
            date, ds, de = _closing_date_line(lines[a + 1:sig_first if sig_names else b],
                                              running_year)
        if date:
            date = _after_new_year(date, _line_around(text, ds), meetings)
            running_year = int(date[:4])
        meeting = BookMeeting(start, end, date, ds, de)
        if a in openers:
            meeting.start_time = book_time(head)
        # Each signature is a member of its own (two who sign "J. P. Jensen" and "Jan Jensen"
        # are two); a name listed as well adds nothing, and a signature outweighs a note of
        # absence: whoever signed was there.
        signed = [signatory(text, s, e, places) for s, e in sig_names]
        meeting.attendance = [row for k, row in enumerate(signed)
                              if all(row.person != other.person for other in signed[:k])]
        seen = {person_key(row.person) for row in meeting.attendance}
        for s, e, status in listed_names(text, start, end, first_names):
            row = signatory(text, s, e, places, status)
            if person_key(row.person) not in seen:
                seen.add(person_key(row.person))
                meeting.attendance.append(row)
        meetings.append(meeting)
    if len(meetings) < 2:  # one opening that reads like a book's names no book
        return []
    fit_to_book_spellings(text, meetings)
    all_members_present(text, meetings)
    assign_offices(text, meetings)
    return meetings


def _line_around(text: str, char: int) -> str:
    """The line (with the one before it) that holds ``char``: where a date's year may stand."""
    if char < 0:
        return ""
    start = text.rfind("\n", 0, max(text.rfind("\n", 0, char), 0)) + 1
    end = text.find("\n", char)
    return text[start:end if end >= 0 else len(text)]


# "Samme Aften holdtes ...", "Efter Fællesmødet holdt Menighedsrådet ordinært møde samme sted":
# the day of the meeting before
_SAME_DAY = re.compile(r"\bsamme\s+(?:aften|dag)\b|\befter\s+fællesmødet\b", re.IGNORECASE)
# Another meeting's day named in an opening: "Fortsættelse af Mødet den 19. Maj".
_OTHER_MEETING = re.compile(r"\b(?:af|fra)\s+mødet\s+(?=den\b|d\.)", re.IGNORECASE)


def _other_meetings_day_masked(head: str) -> str:
    """``head`` with another meeting's day blanked out (offsets kept)."""
    for m in _OTHER_MEETING.finditer(head):
        _, ds, de = book_date(head[m.end():m.end() + 30], year=1900)
        if ds >= 0 and re.fullmatch(r"(?:den|d\.)?\s*", head[m.end():m.end() + ds]):
            head = head[:m.end()] + " " * de + head[m.end() + de:]
    return head


_BARE_YEAR = re.compile(r"^\s*(1[89]\d\d)\s*$")


def _year_heading(lines: list[Line], start: int, end: int) -> int | None:
    """The last year written alone on a line of its own paragraph among ``lines[start:end]``
    (not "1954." ending a wrapped sentence), if any."""
    for k in range(end - 1, start - 1, -1):
        m = _BARE_YEAR.match(lines[k].text)
        if m and (k == 0 or not lines[k - 1].stripped):
            return int(m.group(1))
    return None


def _after_new_year(date: str, written: str, meetings: list[BookMeeting]) -> str:
    """``date`` a year on when no year is written by it (``written``: "den 7. Januar" after "den
    10. December 1944") and it falls well before the last dated meeting: the book ran into the
    next year."""
    last = _last_date(meetings)
    if not last or not written:
        return date
    day, before = dt.date.fromisoformat(date), dt.date.fromisoformat(last)
    if book_date(written, year=None)[0]:
        # the old year written by habit in January ("Aar 1944 den 9. Januar" after "2. Juledag
        # 1944"): the new one
        if day.month <= 2 and before.month >= 11 and day.year == before.year:
            return day.replace(year=day.year + 1).isoformat()
        return date
    if (before - day).days > 60:
        try:
            later = day.replace(year=day.year + 1)
        except ValueError:  # 29 February
            return date
        if later >= before:
            return later.isoformat()
    return date


# Words by which a date is a matter's ("Andragende af 3/1 1943", "Skrivelse fra 5/1"), not the
# meeting's.
_REFERENCE_WORDS = {"af", "fra", "til", "om", "paa", "på", "i", "med", "ved", "pr", "skrivelse",
                    "andragende", "brev"}


# "1. Andragende ...", "ad 3." (not "7. Januar afholdt ...", an opening's day on its own line)
_MATTER_LINE = re.compile(r"^\W*(?:ad\s*)?\d{1,3}\s*[.)]\s(?!\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|"
                          r"sep|okt|oct|nov|dec))", re.IGNORECASE)


def _opening_text(lines: list[Line]) -> str:
    """The opening's lines, up to the first matter ("Elev Sogneraad afholdt i Dag Møde." /
    "1. Andragende af 2/1 1943": that day is the letter's, not the meeting's)."""
    cut = next((k for k in range(1, len(lines)) if _MATTER_LINE.match(lines[k].text)),
               len(lines))
    return "\n".join(ln.text for ln in lines[:cut])


def _next_meetings_day(line: Line, before: list[Line]) -> bool:
    """Whether the date on ``line`` is the next meeting's: "Næste Møde den 5/4", or wrapped
    from an undated line above ("næste Møde afholdes Torsdag / 17 Juni Kl 7")."""
    return bool(_NEXT_MEETING.search(line.text)) or any(
        _NEXT_MEETING.search(ln.text) and not book_date(ln.text, year=None)[0] for ln in before)


# Words of a closing formula around its date ("Mødet hævet. Vestby d. 7/1 43", "Oplæst og
# vedtaget, Vestby den 7. Januar 1943").
_CLOSING_WORDS = {"den", "d", "mødet", "hævet", "hævedes", "sluttet", "sluttede", "protokollen",
                  "oplæst", "vedtaget", "godkendt", "underskrevet", "og"}


def _closing_date_line(lines: list[Line], year: int | None) -> tuple[str, int, int]:
    """The date of a line among a meeting's last lines that holds only a place and a date
    ("Vestby d. 7/1 1943"), as an unsigned meeting closes, or one whose date line stands
    a line or more above its signatures ("Vestby d. 7/1 1943" / "Mødet hævet")."""
    written = [ln for ln in lines if ln.stripped]
    last = written[-6:]
    for before, line in reversed(list(zip([None, *written][-7:-1], last, strict=True))):
        date, ds, de = _short_line_date(line, year)
        if not date or _next_meetings_day(line, [before] if before else []):
            continue
        rest = line.text[:ds - line.start] + " " + line.text[de - line.start:]
        words = [w.lower() for w in re.findall(r"[A-Za-zÆØÅæøå]+", rest)
                 if w.lower() not in _CLOSING_WORDS]
        if len(words) <= 2 and not _REFERENCE_WORDS.intersection(words) \
                and not is_opener(line.text):
            return date, ds, de
    return "", -1, -1


def _last_date(meetings: list[BookMeeting]) -> str:
    """The date of the last dated meeting so far (ISO), or ""."""
    return next((m.date for m in reversed(meetings) if m.date), "")


def _short_line_date(line: Line, year: int | None, *, this_month_of: str = ""
                     ) -> tuple[str, int, int]:
    """The date on a short line by the signatures, its offsets into the book; on a longer one
    only where it ends the closing words ("Protokollen oplæst, hvorefter Mødet hævedes.
    Vestby den 3/3 1943."). With ``this_month_of`` (the last meeting's date), a day of this
    month counts too ("Vestby d. 3 ds.")."""
    date, ds, de = book_date(line.text, year=year)
    if ds < 0 and this_month_of and len(line.stripped) < 60:
        date, ds, de = this_month_date(line.text, this_month_of)
    if ds < 0:
        return "", -1, -1
    if len(line.stripped) >= 60 and not (CLOSING_LINE.search(line.text[:ds])
                                         and not line.text[de:].strip(" .,")):
        return "", -1, -1
    return date, line.start + ds, line.start + de


def _split_signed_records(lines: list[Line], bounds: list[int],
                          first_names: set[str] | frozenset[str]) -> list[int]:
    """Add a boundary after a closed signature block that more signed text follows: closed in
    words ("Mødet hævet"), or by a dated line when a record of another day follows (the cash
    audit entered after a meeting; not a committee's signed statement or a postscript inside
    the meeting, which go on without a day of their own)."""
    out: list[int] = []
    ends = bounds[1:] + [len(lines)]
    for a, b in zip(bounds, ends, strict=False):
        out.append(a)
        i = a + 1
        while i < b:
            ln = lines[i]
            if ln.stripped and len(ln.stripped) < 60 and ln.stripped[:1].isupper() \
                    and (CLOSING_LINE.search(ln.text) or book_date(ln.text, year=None)[0]) \
                    and not is_opener(ln.text):
                nxt = i + 1
                sig: list[tuple[int, int]] = []
                while nxt < b and lines[nxt].stripped:
                    found = split_names(lines[nxt].text, first_names)
                    if found is None:
                        break
                    sig += found
                    nxt += 1
                rest = [j for j in range(nxt, b) if lines[j].stripped]
                if len(sig) >= 2 and rest and not lines[nxt].stripped \
                        and _signature_block(lines, b, first_names)[1] \
                        and _dated_apart(lines, rest, ln):
                    out.append(rest[0])
                    i = rest[0]
                    continue
            i += 1
    return out


def _dated_apart(lines: list[Line], rest: list[int], closing: Line) -> bool:
    """Whether the record closed by ``closing`` ends there: closed in words ("Mødet hævet"),
    or a short line of ``rest`` gives a day other than the ``closing`` line's."""
    if CLOSING_LINE.search(closing.text):
        return True
    closed_on = book_date(closing.text, year=1900)[0][5:]  # "MM-DD", any year
    days = {book_date(lines[j].text, year=1900)[0][5:] for j in rest
            if len(lines[j].stripped) < 60}
    return bool(days - {"", closed_on})


def book_body(text: str) -> str:
    """The council a minute book belongs to: "Elev Sogneraad", else "Sogneraadet"."""
    named = re.findall(r"\b([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)*) (Sogneraad|Sogneråd)\b", text)
    named = [n for n in named if n[0] not in ("Det", "Af", "Til", "Nye", "Hele", "Ny", "Gamle")]
    if named:
        top = max(set(named), key=named.count)
        return f"{top[0]} {top[1]}"
    return "Sogneraadet" if re.search(r"sogneraad", text, re.IGNORECASE) else ""
