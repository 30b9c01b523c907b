"""Where a minute book's meetings open: the opening lines of its meetings, however written.

"Aar 1942 den 6 Januar afholdtes Sogneraadsmøde", "13 Møde", "Ordinær Møde d. 10/1 1945",
"Elev Sogneraad afholdt i Dag Møde", a heading over the opening line, an opening hard-wrapped
over short lines; not a matter that speaks of a meeting to come, held elsewhere or listed in a
register. Plain functions over the lines of a book (:func:`extract.rules.layout.lines_of`);
:mod:`extract.rules.minute_books` splits the book at them.
"""

from __future__ import annotations

import re

from .book_dates import DAY_WORD
from .layout import Line

_WEEKDAYS = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:en)?"
# The bodies whose books these are: parish, church, town and county councils, school
# commissions, municipal councils ("Sogneraadet", "menighedsrådets", "Skolekommissionen").
_BODY = (r"(?:(?:sogne|menigheds|by|amts|skole|værge)r(?:aa|å)d(?:et|ets|s)?"
         r"|skolekommission(?:en|ens|s)?|kommunalbestyrelse(?:n|ns|s)?"
         r"|sogneforstanderskab(?:et|ets|s)?)")
# Lines that open a meeting in a minute book ("Aar 1942 den 6 Januar afholdtes Sogneraadsmøde",
# "13 Møde", "Ordinær Møde d. 10/1 1945", "Sogneraadsmøde paa de gamles Hjem d 10/2 42",
# "Onsdag, den 15. Januar 1941 afholdt Sogneraadet", "Elev Sogneraad afholdt i Dag Møde").
OPENERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^\W{0,3}(?:aar(?:et)?\s+|anno\s+)?1[89]\d\d[.,]?\s+(?:" + _WEEKDAYS + r",?\s+)?"
               r"(?:den\.?\s*|d\.?\s*)?[.,']?"
               r"(?:\d{1,2}(?:(?:d|de|t|te|ste|nd|nde|den|die)\b|\b)|" + DAY_WORD + r"\s+[A-ZÆØÅ]"
               r"|\[[^\]\n]{1,20}\]\s+[A-ZÆØÅ])",
               re.IGNORECASE),  # "den. 9d April", "den syvende Januar", "den [ulæseligt] Maj"
    # "Den 7. Januar 1943 var Sogneraadet samlet", "7 Januar 1943 mødte Sogneraadet"
    re.compile(r"^\W{0,3}(?:den\s+|d\.\s*)?\d{1,2}\.?\s*(?-i:[A-ZÆØÅ])[a-zæøå]{2,8}\.?,?\s+"
               r"1[89]\d\d\b[^\n]{0,40}\b(?:(?:var|vare)\s+(?:\w+\s+){0,3}(?:samlet|forsamlet)"
               r"|mødte|samledes|forsamledes)\b", re.IGNORECASE),
    # the body's name heads its meeting: "Møde i Sogneraadet den 7. Januar", "Sogneraadets Møde
    # 7/1 1943", "Kommunalbestyrelsens møde den ...", "Referat af møde i Egeskov
    # kommunalbestyrelse", "Møde i menighedsrådet tirsdag den ..."
    re.compile(r"^\W{0,3}(?:referat\s+af\s+)?(?:møde\s+i\s+(?:[A-ZÆØÅ][\w-]+\s+)?" + _BODY
               + r"|" + _BODY + r"\s+møde)\b", re.IGNORECASE),
    re.compile(r"^\W{0,3}\d{1,3}\s*(?:de|\.)?\s*møde\b", re.IGNORECASE),
    re.compile(r"^\W{0,3}(?:ordinær|ordinært|ekstraordinær|ekstraordinært|extraordinær)t?\s+"
               r"(?:sogneraads)?møde\b", re.IGNORECASE),
    re.compile(r"^\W{0,3}sogneraadsmøde\b", re.IGNORECASE),
    re.compile(r"^\W{0,3}" + _WEEKDAYS
               + r",?\s+(?:den|d\.?)\s*\d{1,2}.{0,40}\b(?:afholdt|holdt|var)\b",
               re.IGNORECASE),
    # "holdt møde med formanden" is meeting someone, not the body's meeting; a day's full stop
    # may come before ("Den 5. August 1943 holdtes Møde")
    re.compile(r"^(?:[^\n.]|(?<=\d)\.){0,60}\b(?:afholdt|afholdtes|holdt|holdtes)\b[^\n.]{0,40}"
               r"\bmøde\b(?!\s+med\b)", re.IGNORECASE),
    # The revisors' cash audit, minuted and signed in the book: "D. D. mødte vi paa
    # Kommunekontoret for at foretage Kasseeftersyn", "Ved Revisionen d. 23/10 1940"
    re.compile(r"^\W{0,3}(?:d\.\s*d\.|dags\s+dato|i\s+dag)\s+mødte\s+(?:vi|undertegnede)\b",
               re.IGNORECASE),
    re.compile(r"^\W{0,3}ved\s+(?:revisionen|kasseeftersyn(?:et)?)\s+(?:den|d\.?)\s*\d",
               re.IGNORECASE),
)
# Shapes that also head an item or a date line in modern minutes ("Fællesmøde med Klima- og
# Miljøudvalget", "Mandag den 10. januar 2022"): they open a meeting only in a text that two
# or more of the shapes above already make a minute book.
WEAK_OPENERS: tuple[re.Pattern[str], ...] = (
    # "Mødet den 14. April 1943", "Mødet afholdt d. 1/6", "Møde d. 9/9 43", "Møde tirsdag den
    # 17. april 1958"
    re.compile(r"^\W{0,3}møde(?:t)?\s+(?:(?:af)?holdt\s+)?(?:" + _WEEKDAYS + r"\s+)?"
               r"(?:den|d\.?)\s*\d{1,2}(?:d|de|die|te|ste|nd|nde|ende)?\b", re.IGNORECASE),
    # A record its signers open themselves, dated: "D. 23de Juni 1933 foretog undertegnede
    # Revisorer uanmeldt Eftersyn" (the revisors' cash audit)
    re.compile(r"^\W{0,3}(?:den|d\.)\s*\d{1,2}[^\n]{0,40}\bundertegnede\b", re.IGNORECASE),
    # The body gathered: "Skolekommissionen samledes i Præstegaarden", "Kommunalbestyrelsen
    # var indkaldt til ekstraordinært møde"
    re.compile(r"^\W{0,3}(?:" + _WEEKDAYS + r"\.?,?\s+)?(?:[A-ZÆØÅ][\w-]+\s+)?" + _BODY
               + r"\s+(?:samledes|forsamledes|mødtes"
               r"|(?:af)?holdt\s+møde|var\s+(?:\w+\s+){0,3}(?:samlet|forsamlet|indkaldt\s+til"
               r"|sammenkaldt))\b", re.IGNORECASE),
    # A weekday and a day with the hour the meeting began: "Fredag d. 12. Kl. 8 Aften i
    # Præstegaarden", "Tirsdag den 22. maj 1962 kl. 20.00 på kommunekontoret"
    re.compile(r"^\W{0,3}" + _WEEKDAYS + r",?\s+(?:den|d\.?)\s*\d{1,2}\.?(?:\s*[a-zæøå]{3,9}\.?)?"
               r"(?:\s+1[89]\d\d)?,?\s+(?:kl\.?|klokken)\s*\d", re.IGNORECASE),
    # ... or gathered after a service: "Efter Højmessen store Bededag samledes Menighedsrådet"
    re.compile(r"^[^\n.]{0,50}\b(?:samledes|forsamledes|mødtes)\s+(?:[A-ZÆØÅ][\w-]+\s+)?" + _BODY
               + r"\b", re.IGNORECASE),
    # A meeting's day and month with its hour: "Møde paa Skolen 11.2. Kl. 19½"
    re.compile(r"^\W{0,3}(?:sogneraads|sognerådets|menighedsrådets)?møde(?:t)?\b[^\n]{0,40}?"
               r"\b\d{1,2}[./-]\d{1,2}\.?\s+kl\b", re.IGNORECASE),
    # A joint meeting: "Fællesmøde med Skolekommissionen den 3. Maj", "Fælles Møde"
    re.compile(r"^\W{0,3}fælles\s*møde\b", re.IGNORECASE),
    # A line of only a weekday and a date, the rest of the opening on the next line ("Mandag,
    # den 22. Juli" / "1940 afholdt Sogneraadet")
    re.compile(r"^\W{0,3}" + _WEEKDAYS + r",?\s+(?:den|d\.?)\s*\d{1,2}\.?\s*[a-zæøå]{3,9}\.?"
               r"(?:\s+1[89]\d\d)?\W*$", re.IGNORECASE),
)
YEAR_LINE = re.compile(r"^\W*(?:1[89]\d\d|side\s+\d+)\W*$", re.IGNORECASE)  # page headers
CLOSING_LINE = re.compile(r"mødet\s+(?:hævet|hævedes|sluttet|sluttede|slut)", re.IGNORECASE)


def is_opener(line: str, *, weak: bool = False) -> bool:
    """Whether ``line`` has the shape of a meeting's opening (the weak shapes too, in a book)."""
    return any(p.search(line) for p in OPENERS) or weak and any(
        p.search(line) for p in WEAK_OPENERS)


def meeting_openers(lines: list[Line]) -> list[int]:
    """Indices of the lines that open a meeting (the first of adjacent opener lines)."""
    # the weak shapes only in a book: one that two usual openings or its title page make one
    titled = any(_BOOK_TITLE.search(ln.text) for ln in lines[:6])
    weak = titled or len(_openers(lines, weak=False)) >= 2
    return _openers(lines, weak=weak)


# "Soelund Skolekommissions Forhandlingsprotokol", "Forhandlingsprotokol 1958": a minute book's
# title page
_BOOK_TITLE = re.compile(r"\bforhandlingsprotokol\b", re.IGNORECASE)


def _openers(lines: list[Line], *, weak: bool) -> list[int]:
    found: list[int] = []
    for i, ln in enumerate(lines):
        # "[overstreget: Aar 1941 den 9. April ...]": the transcriber's note of a struck-out
        # line opens nothing
        if not ln.stripped or ln.stripped.startswith("[") or not (
                is_opener(ln.text, weak=weak) or wrapped_opening(lines, i, weak=weak)) \
                or not opens(lines, i):
            continue
        if found and i - found[-1] <= 3 and all(not CLOSING_LINE.search(lines[j].text)
                                                for j in range(found[-1], i)):
            continue  # "13 Møde" then "Aar 1944 den 20 Januar ...": one opening
        # An opener starts a paragraph: after a blank line, a page header or a signature.
        if i == 0 or not lines[i - 1].stripped or YEAR_LINE.match(lines[i - 1].text):
            found.append(i)
        elif _heading_above(lines, i) and (not found or found[-1] < i - 1):
            found.append(i - 1)  # "10 Møder" / "Ekstra Møde" over "Aar 1942 den 20 August ..."
    return found


def wrapped_opening(lines: list[Line], i: int, *, weak: bool) -> bool:
    """Whether line ``i``, short, starts an opening hard-wrapped over the next lines of its
    paragraph in a transcription ("Aar 1943" / "den 7." / "Januar" / "afholdt Sogneraadet";
    "Vestby Sogneraad" / "afholdt i Dag" / "Møde"): it begins with a year or the council."""
    first = lines[i].stripped
    if len(first) > 30 or YEAR_LINE.match(first) or not _WRAPPED_START.match(first):
        return False
    return is_opener(" ".join(_paragraph_lines(lines, i, 4)), weak=weak)


_WRAPPED_START = re.compile(r"\W{0,3}(?:(?:aar(?:et)?|anno)\s+1[89]\d\d|[\w -]{0,30}\b"
                            r"(?:sogneraad|sogneråd))", re.IGNORECASE)


def _paragraph_lines(lines: list[Line], i: int, most: int) -> list[str]:
    """The text of line ``i`` and the lines after it in its paragraph, ``most`` in all."""
    out = []
    for ln in lines[i:i + most]:
        if not ln.stripped:
            break
        out.append(ln.stripped)
    return out


# Words of a meeting's opening, one of which its first lines hold ("Aar 1942 den 10. December
# var Vejen oversvømmet" is a matter), and words of a meeting to come or moved ("Sogneraadsmøde
# afholdes næste Gang den 14.", "Mødet den 2. Januar var indkaldt med kort Varsel"), which no
# opening holds.
_OPENING_WORDS = re.compile(r"møde|samlet|forsamlet|sogneraad|sogneråd|afholdt|mødte|til\s*stede|"
                            r"samledes|menighedsr|bestyrelse|"
                            r"fraværende|afbud|forfald|eftersyn|revision|revisor|regnskab|udvalg|"
                            r"kommission",
                            re.IGNORECASE)
NOT_OPENING = re.compile(r"\b(?:næste|flyttes|fastsat|fastsættes|indkaldes|udsættes|udsat"
                         # "Mødet den 2. Januar var indkaldt", not "indkaldt til Møde" nor
                         # "Mødet var indkaldt af Formanden"
                          r"|indkaldt(?!\s+(?:til|af)\b))\b", re.IGNORECASE)


# A line of a register or table of contents ends in its page: "Møde den 7. Januar 1943 Side 1",
# "Møde d. 7/1 .......... 12".
_PAGE_REFERENCE = re.compile(r"(?:\b(?:side|s\.|pag\.?)\s*\d{1,4}|\.{3,}\s*\d{1,4})\W*$",
                             re.IGNORECASE)


def opens(lines: list[Line], i: int) -> bool:
    """Whether the opener-shaped line ``i`` reads as a meeting's opening with the lines after it."""
    head = "\n".join(ln.text for ln in lines[i:i + (4 if len(lines[i].stripped) <= 12 else 3)])
    return bool(_OPENING_WORDS.search(head[:160])) and not NOT_OPENING.search(head[:120]) \
        and not _PAGE_REFERENCE.search(lines[i].text)


def _heading_above(lines: list[Line], i: int) -> bool:
    """Whether the line above line ``i`` is a short heading of its own paragraph (a meeting's
    number or kind, however written: "10 Møder", "1820 Møde", "Ekstra Møde")."""
    above = lines[i - 1].stripped
    short = len(above) <= 20 and len(above.split()) <= 3 or len(above) <= 40 and bool(
        _BODY_HEADING.fullmatch(above) or _NUMBER_HEADING.fullmatch(above))
    # "Ormslev-Kolt Sogneraad.", "Nr. 61. Konstituerende møde"
    return (short and not CLOSING_LINE.search(above)
            and (i < 2 or not lines[i - 2].stripped or YEAR_LINE.match(lines[i - 2].text)))


_NUMBER_HEADING = re.compile(r"(?:nr\.?\s*)?\d{1,3}\.?(?:\s+[a-zæøå ]{0,30}møde)?\W*",
                             re.IGNORECASE)
_BODY_HEADING = re.compile(r"[\w -]{0,30}\b(?:sogneraad|sogneraadet|sognerådet|sogneråd)\W*",
                           re.IGNORECASE)
