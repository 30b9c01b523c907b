"""The meeting's own facts in its header and its closing: the body, the date, the clock times
and the place ("Mødet hævet Kl. 8½", "VEJLE KOMMUNE – ØKONOMIUDVALGET", "i Byrådssalen")."""

from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates, find_times
from .layout import clean, lines_of
from .meetings import title_above
from .people import NOT_NAME_WORDS, PLACE_PREFIXES
from .sentences import ABBREVIATIONS

BODY_WORDS = ("råd", "raad", "udvalg", "bestyrelse", "forsamling", "nævn", "magistrat",
              "repræsentation", "kommission")
_SMALL_WORDS = {"og", "i", "for", "af", "på", "til", "med"}


_LEADING_PREPOSITION = re.compile(r"^(?:i|på|paa)\s+")


def strip_preposition(place: str) -> str:
    """"i Byrådssalen" -> "Byrådssalen", "i personalerummet" -> "personalerummet", "i mødelokalet
    på Lokalcenter Lunden" -> "Lokalcenter Lunden"; "var Sogneraadet samlet til Møde paa Saksild
    Skole" -> "Saksild Skole": in lower case, the named place after the last "på"/"paa"/"i" is
    the place; without one, a place after a preposition is kept whole and a sentence is none."""
    after_preposition = _LEADING_PREPOSITION.sub("", place)
    if place[:1].islower() or after_preposition[:1].islower():
        m = re.search(r".*\b(?:på|paa|i)\s+(?=[A-ZÆØÅ])(?P<place>.+)$", after_preposition)
        if m:
            return m.group("place")  # "i mødelokalet på Lokalcenter Lunden": the named place
        # "i bestyrelseslokalet, Nupark 51": the place, whatever its case
        return after_preposition if after_preposition != place else ""
    return after_preposition


# A period before a capital ends the place's sentence ("Rådhus. Mødet sluttede kl. 17:40"), unless
# it closes an abbreviation (:func:`_closes_abbreviation`).
_PLACE_SENTENCE_END = re.compile(r"(?P<word>[\wæøåÆØÅ]+)\.\s+(?=(?P<next>[A-ZÆØÅ][\wæøåÆØÅ]*))")
# Abbreviations of addresses and buildings, besides the minutes' own (sentences.ABBREVIATIONS):
# "Gl. Køgevej", "Ndr. Strandvej", "Bygn. B", "Hf. Ventelyst".
_PLACE_ABBREVIATIONS = frozenset({"gl", "ndr", "sdr", "afd", "bygn", "hf", "lok", "adr"})
# An ordinal before these is a floor, not a sentence's end ("Mødelokale 1, 1. Sal").
_FLOORS = frozenset({"sal", "etage", "th", "tv", "mf", "st"})


def _closes_abbreviation(word: str, next_word: str) -> bool:
    """Whether the period after ``word`` closes an abbreviation rather than a sentence: a short
    lower-case word ("afd. Tune"), a known abbreviation in any case ("St. Karlslunde",
    "Gl. Køgevej"), an initial ("H.C. Andersens Boulevard") or an ordinal floor ("1. Sal")."""
    folded = word.casefold()
    if word.islower() and len(word) <= 4:
        return True
    if folded in ABBREVIATIONS or folded in _PLACE_ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True
    return word.isdigit() and next_word.casefold() in _FLOORS


MAX_PLACE, MAX_FIELD_PLACE = 120, 250


def place_after_time(rest: str) -> str:
    """The place in what follows the meeting line's clock time, up to the end of its block:
    ", Byrådssalen", " i Raadhusets Mødesal. Formanden ...", or a line of its own. A line of its
    own is a field's value and is kept whole whatever its case ("mødelokale 1", "online", two
    sentences) up to a sentence saying when the meeting closed; after the time on the same
    line, a place starting in lower case is a sentence (:func:`strip_preposition`), and the
    place ends with its own sentence."""
    # Only the start of the block matters, and a block may be a whole book without blank lines.
    rest = rest[:2 * MAX_FIELD_PLACE]
    own_line = re.match(r"[ \t,.;:–-]*\n", rest)
    if own_line:
        # A field's value, kept whole ("Mødet holdes via Teams. Link sendes ud dagen før."),
        # but for a sentence saying when the meeting closed: that is the end time's.
        place = _LEADING_PREPOSITION.sub("", clean(rest))
        first = place_sentence(place)
        if not place[len(first):].strip(" .") or _CLOSING.match(place[len(first):].lstrip(" .")):
            place = first
    else:
        place = place_sentence(strip_preposition(clean(rest)))
    # Longer than a place: a paragraph. A field's value may be a long address or a link.
    return place if len(place) <= (MAX_FIELD_PLACE if own_line else MAX_PLACE) else ""


def place_sentence(place: str) -> str:
    """The place before the sentence that follows it on the same line."""
    for m in _PLACE_SENTENCE_END.finditer(place):
        word = m.group("word")
        if _closes_abbreviation(word, m.group("next")):
            continue
        return place[:m.start("word") + len(word)]
    last = re.search(r"([\wæøåÆØÅ]+)\.$", place)
    if last and not (last.group(1).islower() and len(last.group(1)) <= 4):
        return place[:-1]  # the sentence's full stop: "i bestyrelseslokalet, Holstebro."
    return place


_CLOSING = re.compile(r"mødet\s+(?:sluttede|slut|hævet|hævedes|afsluttet|afsluttedes|ophørte|"
                      r"slutter|endte)\s+(?=(?:kl\.?\s*)?[0-2]?\d)", re.IGNORECASE)


def closing_time(text: str, *, start: str = "") -> str:
    """End time from "Mødet sluttede kl. 17:40" / "Mødet hævet Kl. 21.30" / "Mødet hævet Kl. 8½".

    Args:
        text: the meeting's minutes.
        start: the meeting's start time ("18:00"): a 12-hour reading before it ("Kl. 8½" after
            "Kl. 6 Eftm.") is in the evening of the same day.
    """
    return closing_time_at(text, start=start)[1]


def closing_time_at(text: str, *, start: str = "") -> tuple[int, str]:
    """Where the closing time of :func:`closing_time` stands in ``text`` (-1 for none), and its
    value."""
    m = _CLOSING.search(text)
    if not m:
        return -1, ""
    line_end = text.find("\n", m.end())
    rest = text[m.end():line_end if line_end != -1 else len(text)]
    shift = 0
    if not re.match(r"kl", rest, re.IGNORECASE):
        rest, shift = "kl. " + rest, 4  # "Mødet sluttede 17.40"
    found = find_times(rest)
    if not found or found[0].start != 0:
        return -1, ""
    end = found[0].iso.partition("/")[0]
    evening = f"{int(end[:2]) + 12:02d}{end[2:]}"
    if start and end < start and int(end[:2]) < 12 and evening > start:
        end = evening
    return m.end() + max(0, found[0].start - shift), end


def after_time(value: str) -> str:
    """The place in "kl. 10.00-12.30, Auditoriet, Politigården"."""
    times = find_times(value)
    return strip_preposition(clean(value[times[-1].end:])) if times else ""


def title_case(text: str) -> str:
    words = text.lower().split()
    return " ".join(w if w in _SMALL_WORDS and i else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def iso_date(value: str, reference: dt.date | None) -> str:
    found = [m for m in find_dates(value, reference=reference) if m.iso]
    return found[0].iso if found else ""


def title_date(segment: str, reference: dt.date | None) -> str:
    """The date on its own line right under a minutes title at the top of a meeting
    ("Referat – Teknisk Udvalg" / "Onsdag den 7. august 2024"), as ISO; "" for none."""
    lines = lines_of(segment[:600])
    for i, ln in enumerate(lines):
        text = ln.stripped
        if text and len(text) <= 60 and title_above(lines, i):
            found = [m for m in find_dates(text, reference=reference) if m.iso]
            if found and found[0].end - found[0].start >= len(text) // 2:
                return found[0].iso
    return ""


def heading_body(text: str) -> str:
    """The body named by an upper-case heading line ("VEJLE KOMMUNE – ØKONOMIUDVALGET" ->
    "Økonomiudvalget"), or "" when no line names one."""
    for ln in lines_of(text):
        words = clean(ln.text)
        if (words.isupper() and len(words.split()) >= 2
                and any(b in words.lower() for b in BODY_WORDS)):
            # "VEJLE KOMMUNE – ØKONOMIUDVALGET": the part naming the body.
            parts = [p for p in re.split(r"\s+[–-]\s+", words)
                     if any(b in p.lower() for b in BODY_WORDS)]
            part = _without_heading_words(parts[0] if parts else words)
            return body_of_meeting_word(part) or definite_body(title_case(part))
    return ""


# Words of a heading around the body's name: "REFERAT SKOLEBESTYRELSEN", "BYRÅDETS MØDE".
_HEADING_WORDS = frozenset({"referat", "møde", "mødet", "dagsorden", "beslutningsprotokol",
                            "protokol", "ordinære", "ordinært", "ekstraordinære",
                            "ekstraordinært", "af", "fra", "for", "til"})


def _without_heading_words(part: str) -> str:
    words = part.split()
    while len(words) > 1 and words[0].lower() in _HEADING_WORDS:
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in _HEADING_WORDS:
        words = words[:-1]
    return " ".join(words)


_BODY_NOUN = re.compile(r"^(?:by|sogne|regions|menigheds|ældre|handicap|skole|lokal|integrations"
                        r"|beboer|forældre)?(?:råd|raad)$|^(?:kommunal|skole)?bestyrelse$",
                        re.IGNORECASE)


def without_genitive(name: str) -> str:
    """"Amager Vest Lokaludvalgs" -> "Amager Vest Lokaludvalg", "Ældrerådets" -> "Ældrerådet":
    a body named in the genitive ("Referat af Amager Vest Lokaludvalgs møde")."""
    last = name.split()[-1].lower() if name.split() else ""
    if last.endswith("s") and any(last[:-1].endswith(b + end) for b in BODY_WORDS
                                  for end in ("", "et", "en", "n")):
        return name[:-1]
    return name


def body_with_place_name(text: str, start: int, end: int, floor: int) -> str:
    """The body at ``text[start:end]`` with the place name written right before it:
    "Amager Øst Lokaludvalg", "Valby Lokaludvalg – referat", the local council of one district
    among several. The place name is capitalised words after ``floor`` (the start of the line,
    or the end of an entity before the body on it) that are not heading words ("Referat")."""
    lead: list[str] = []
    for word in reversed(text[floor:start].split()):
        if (len(lead) == 2 or not (word[:1].isupper() and word.isalpha())
                or word in NOT_NAME_WORDS and word not in PLACE_PREFIXES):
            break
        lead.insert(0, word)
    name = " ".join([*lead, text[start:end]])
    return without_genitive(name) if len(name.split()) <= 4 else text[start:end]


def body_or_previous(body: str, previous: str) -> str:
    """A later meeting of a file that names its body by the common noun alone ("Lokaludvalget")
    is held by the body of the meeting before, when that body's name ends in the same noun
    ("Amager Øst Lokaludvalg")."""
    def stem(word: str) -> str:
        return re.sub(r"(?:et|en|n)$", "", word.casefold())

    if (len(body.split()) == 1 and len(previous.split()) > 1
            and stem(previous.split()[-1]) == stem(body)):
        return previous
    return body


def definite_body(name: str) -> str:
    """"Aalborg Byråd" -> "Byrådet", "Sogneraad" -> "Sogneraadet": a heading that names a
    council by its common noun (after the town) names the body the gold writes in the definite
    form; a name of its own ("Teknisk Udvalg", "Kredsråd Østjyllands Politi") stays."""
    last = name.split()[-1] if name.split() else ""
    if re.search(r"(?:et|en)s$", last) and any(b in last.lower() for b in BODY_WORDS):
        return without_genitive(name)  # "Referat af Ældrerådets møde"
    if not _BODY_NOUN.match(last):
        return name
    definite = last + ("n" if last.lower().endswith("e") else "et")
    return definite[:1].upper() + definite[1:]


_MEETING_COMPOUND = re.compile(r"\b(?P<body>\w*(?:bestyrelse|udvalg|råd|raad|nævn|forsamling))s?"
                               r"møde(?:t|r|rne)?\b", re.IGNORECASE)


def body_of_meeting_word(text: str) -> str:
    """The body a "<body>smøde" compound names, in its definite form: "REFERAT AF
    BESTYRELSESMØDE NR. 5" -> "Bestyrelsen", "udvalgsmøde" -> "Udvalget"."""
    m = _MEETING_COMPOUND.search(text)
    if not m:
        return ""
    body = m.group("body").lower()
    body += "n" if body.endswith("e") else "et"
    return body[:1].upper() + body[1:]
