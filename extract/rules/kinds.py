"""What kind of document a text is: minutes, a minute book, an agenda, or other text.

Archives hold more than minutes: agendas published before the meeting, licence and provenance
notes, letters, reports. Only minutes say who attended and what was decided, so the tables take
meetings, attendance, decisions, positions and actions only from minutes and minute books;
an agenda gives its meeting and its items; other text gives its mentions.

The cues are general, in this order:

1. a minute book: the structure reader split the text into a book's meetings, or the text
   holds three meetings or more;
2. the document's own type word in its title block (the short lines before the first agenda
   item): "Referat", "Beslutningsprotokol", "Protokol" make minutes, "Dagsorden" or
   "Indkaldelse" alone an agenda; a label ("Dagsorden:") or an item title ("Godkendelse af
   dagsorden") is no type word;
3. without a type word: a dated or named meeting with attendance, or with decisions under
   agenda items or an announced time or place, makes minutes; one with items and an announced
   time or place but nothing decided is an agenda; anything else is other text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .tokens import text_of

MINUTES = "minutes"
MINUTE_BOOK = "minute_book"
AGENDA = "agenda"
OTHER = "other"
KINDS = (MINUTES, MINUTE_BOOK, AGENDA, OTHER)

# Which tables each kind fills; a table not listed for a kind gets no rows from it.
TABLES_OF_KIND: dict[str, frozenset[str]] = {
    MINUTES: frozenset({"documents", "meetings", "mentions", "people", "attendance",
                        "agenda_items", "actions", "decisions", "positions"}),
    MINUTE_BOOK: frozenset({"documents", "meetings", "mentions", "people", "attendance",
                            "agenda_items", "actions", "decisions", "positions"}),
    # An agenda announces its meeting (body, date, place) and lists the items; nothing is
    # decided yet, and nobody has attended.
    AGENDA: frozenset({"documents", "meetings", "mentions", "people", "agenda_items"}),
    OTHER: frozenset({"documents", "mentions"}),
}

BOOK_MEETINGS = 3  # a file of this many meetings is a book of them, not one meeting's minutes
TITLE_LINES = 40  # the title block is at most this many non-empty lines
TITLE_CHARS = 3000
_MINUTES_WORDS = r"referat|mødereferat|beslutningsprotokol|forhandlingsprotokol|protokol"
_AGENDA_WORDS = r"dagsorden|mødeindkaldelse|indkaldelse"
# A type word names the document: not the label of a list ("Dagsorden:") and not the object of
# an item title ("Godkendelse af dagsorden", "Opfølgning på referat").
_TYPE_WORD = re.compile(
    rf"(?<!\baf )(?<!\btil )(?<!\bpå )(?<!\bom )(?<!\bfra )(?<!\bi )"
    rf"\b(?P<word>{_MINUTES_WORDS}|{_AGENDA_WORDS})\b(?!\s*:)", re.IGNORECASE)
# An item line (a numbered entry of the table of contents) is no title.
_ITEM_LINE = re.compile(r"^(\d+[a-z]?\b|punkt\b|pkt\b)", re.IGNORECASE)
TITLE_LINE_CHARS = 100


def type_word(text: str, *, end: int | None = None) -> str | None:
    """The document's own type from its title block: MINUTES, AGENDA or None.

    "Teknisk Udvalg – Referat" over a "DAGSORDEN" list is minutes: a minutes word anywhere in
    the title block wins over an agenda word ("Dagsorden og referat" is the minutes).

    Args:
        text: the document text.
        end: where the title block ends at the latest (the first agenda item), if known.
    """
    block = text[:min(end if end is not None else TITLE_CHARS, TITLE_CHARS)]
    lines = [ln.strip() for ln in block.splitlines() if ln.strip()][:TITLE_LINES]
    words = set()
    for line in lines:
        if len(line) > TITLE_LINE_CHARS or _ITEM_LINE.match(line):
            continue
        words.update(m["word"].lower() for m in _TYPE_WORD.finditer(line))
    if any(re.fullmatch(_MINUTES_WORDS, w) for w in words):
        return MINUTES
    return AGENDA if words else None


def document_kind(doc: Doc) -> str:
    """The kind of a processed Doc: MINUTES, MINUTE_BOOK, AGENDA or OTHER.

    A kind set on the Doc before (``doc._.kind``: the structure reader marks minute books)
    is kept.
    """
    if doc._.kind in KINDS:
        return doc._.kind
    meetings = doc._.meetings or []
    if len(meetings) >= BOOK_MEETINGS:
        return MINUTE_BOOK
    items = doc._.agenda_items or []
    first_item = min((int(r["start_char"]) for r in items), default=None)
    said = type_word(text_of(doc), end=first_item)
    if said is not None:
        return said
    # Without a type word, the facts decide. A letter or a press release names a council and a
    # date, and may number its paragraphs or report what was decided; a meeting that took place
    # has a list of who attended, or decisions under items of an announced meeting (a time or
    # a place in its header). An announced meeting with items and nothing decided is an agenda.
    if not any(m.get("date") or m.get("body") for m in meetings):
        return OTHER
    announced = any(m.get("start_time") or m.get("location") for m in meetings)
    if doc._.attendance or (doc._.decisions and (items or announced)):
        return MINUTES
    return AGENDA if items and announced else OTHER
