"""Person names, and the role, organisation and municipality written beside each.

A name is a run of capitalised words that starts with a known first name or an initial
("Allan S. Andersen", "A. Tønnes", "Carsten Kjær-Knudsen"), or a capitalised name right after a
title ("borgmester Tønnes"). Surnames that are also municipalities stay inside the name
("Lars Odder"). ``extract_people`` calls :func:`find_people` after the other entity rules (it
reads their ROLE, DATE, ORG ... entities) and :func:`people_rows` once the names are in
``doc.ents``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from typing import Any

from spacy.tokens import Doc, Span, Token

from .dates import MONTHS, MONTHS_AS_NAMES, WEEKDAYS
from .tokens import Mention, line_bounds, text_of

# Capitalised words that open sentences or headings and are never part of a name.
NOT_NAME_WORDS = {
    "Ad", "Af", "Alle", "Andet", "Bilag", "Beslutning", "Beslutninger", "Dagsorden", "De", "Dato",
    "Den", "Der", "Det", "Dette", "Du", "Efter", "En", "Et", "For", "Fra", "Fraværende", "Godkendt",
    "Han", "Hun", "I", "Ingen", "Kl", "Kommune", "Kommunes", "Med", "Men", "Mødet", "Nej", "Og",
    "Om", "På", "Punkt", "Referat", "Region", "Sag", "Sagen", "Som", "Til", "Ved", "Vi", "Afbud",
    "Deltagere", "Sted", "Tid", "Udvalg", "Politi", "Politikreds", "Mødedato", "Mødested", "Ja",
    "Gdr", "Gdr.", "Hr", "Hr.", "Fru", "Frk.", "Sognepræst", "Pastor", "Lærer", "Enke",
}
# Place-name prefixes that are also first names in the name register.
PLACE_PREFIXES = frozenset({"Indre", "Ydre", "Nye", "Ny", "Store", "Lille", "Gamle", "Nord", "Syd",
                            "Øst", "Vest", "Sankt", "Skt", "Nørre", "Søndre", "Vester", "Øster"})
NOT_NAME_WORDS |= PLACE_PREFIXES
# Month and weekday names open dates, not names: "Mandag den 3. marts" (but MONTHS_AS_NAMES).
STOP_WORDS = frozenset(NOT_NAME_WORDS | {m.capitalize() for m in MONTHS} - MONTHS_AS_NAMES
                       | {w.capitalize() for w in WEEKDAYS})
PARTICLES = {"von", "van", "de", "la", "le", "af", "du"}
INITIAL = re.compile(r"^[A-ZÆØÅ]\.$")
ORDINAL = re.compile(r"^\d{1,2}\.$")
# Tokens another rule has already tagged as something other than a name.
NOT_NAME_LABELS = ("ROLE", "DATE", "TIME", "EMAIL", "CASE_NUMBER", "ORG")


def is_name_part(token: Token, yielding: Collection[int] = ()) -> bool:
    """Whether a token can stand in a person's name: an initial, or a capitalised word (parts
    joined by hyphens) that is no stop word, no all-capitals heading and no other entity but
    one in ``yielding`` (the token indices of a statistical model's guesses)."""
    text = token.text
    if INITIAL.match(text):
        return True
    if text in STOP_WORDS or not text[:1].isupper() or text.isupper() and len(text) > 1:
        return False
    if token.ent_type_ in NOT_NAME_LABELS and token.i not in yielding:
        return False
    return all(part.isalpha() for part in text.split("-")) and text[-1].isalpha()


def _wrapped_after_initials(doc: Doc, start: int, end: int, surnames: Collection[str]) -> bool:
    """Whether the name ``doc[start:end]``, initials only so far, goes on past a single line
    break to a known surname: hard-wrapped minute books split "S. P. Jensen" as "S. P." /
    "Jensen". Only a known surname: "fra S, V og Ø." / "Kattegatkomitéen" ends a sentence."""
    return (doc[end].text == "\n" and end + 1 < len(doc) and doc[end + 1].text in surnames
            and all(INITIAL.match(t.text) for t in doc[start:end]))


def _initials_go_on(doc: Doc, i: int, surnames: Collection[str]) -> bool:
    """Whether the initial ``doc[i]`` is followed by another ("til S. P. Jensen") or ends a
    hard-wrapped line before a name ("til A." / "Rasmussen"): a name, not a sentence's end."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and (INITIAL.match(after.text) is not None
                                  or _wrapped_after_initials(doc, i, i + 1, surnames))


def _name_end(doc: Doc, start: int, yielding: Collection[int] = (),
              surnames: Collection[str] = ()) -> int:
    """Where the name opened at token ``start`` ends (exclusive); names stop at a line end,
    unless only initials came before it (:func:`_wrapped_after_initials`)."""
    end = start + 1
    while end < len(doc):
        token = doc[end]
        if _wrapped_after_initials(doc, start, end, surnames):
            end += 2  # the line break and the surname on the next line
        elif is_name_part(token, yielding) and token.whitespace_ is not None:
            end += 1
        elif (token.lower_ in PARTICLES and end + 1 < len(doc)
              and is_name_part(doc[end + 1], yielding)):
            end += 2
        else:
            break
        if "\n" in doc[end - 1].whitespace_ or "\n" in doc[end - 1].text:
            break
    # A trailing initial ("Allan S.") is no surname.
    while end - start > 1 and INITIAL.match(doc[end - 1].text):
        end -= 1
    return end


def find_people(doc: Doc, first_names: Collection[str], guessed: Collection[int] = (),
                surnames: Collection[str] = ()) -> list[Mention]:
    """PERSON mentions: names opened by a known first name or an initial, or right after a role.

    Args:
        doc: a Doc whose roles (and dates, organisations, ...) are already in ``doc.ents``.
        first_names: first names as written ("Anne", "Allan").
        guessed: token indices of entities a statistical model proposed and no rule confirmed;
            a name opened by a known first name or a role may take them ("direktør
            Mia-Sofie Beck Andersen" that a news model read as an organisation).
        surnames: known surnames ("Jensen"): a name whose initials end a line goes on to one
            of them on the next ("S. P." / "Jensen" in a hard-wrapped minute book).

    Returns:
        Non-overlapping mentions in text order.
    """
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        after_role = i > 0 and doc[i - 1].ent_type_ == "ROLE"
        initial = INITIAL.match(token.text) is not None
        # "Mia-Sofie": a first name of first names
        starts_name = (token.text in first_names or initial or "-" in token.text
                       and all(part in first_names for part in token.text.split("-")))
        if (initial and i > 0 and doc[i - 1].is_lower and doc[i - 1].ent_type_ != "ROLE"
                and not _initials_go_on(doc, i, surnames)):
            starts_name = False  # "med linjeføring B. Finn Rosendahl": B. ends a sentence
        yielding = guessed if token.i in guessed and not initial else ()
        if ((starts_name or after_role) and is_name_part(token, yielding)
                and "\n" not in doc[i].text):
            end = _name_end(doc, i, yielding, surnames)
            # A guess going on past the name is a company's name: "Per Aarsleff A/S".
            past = bool(yielding) and end < len(doc) and end in guessed and doc[end].ent_iob_ == "I"
            if not past and (end - i >= 2 or after_role and not INITIAL.match(token.text)):
                found.append(Mention(i, end, "PERSON"))
                i = end
                continue
        i += 1
    return found


def _ent_norm(ents: list[Span], token_starts: list[int], token_i: int) -> str:
    """The norm of the entity over token ``token_i`` (``ents`` sorted, ``token_starts`` their
    first tokens: a search, not a scan, as a long book holds thousands of entities)."""
    k = bisect_right(token_starts, token_i) - 1
    if k >= 0 and token_i < ents[k].end:
        return ents[k]._.norm or ents[k].text.lower()
    return ""


def _role_beside(doc: Doc, person: Span, line_start: int, line_end: int, ents: list[Span],
                 token_starts: list[int]) -> str:
    """The role written right before a person, or after them on the same line."""
    before = doc[person.start - 1] if person.start > 0 else None
    if before is not None and before.ent_type_ == "ORG":
        # "direktør for By- og Udviklingsforvaltningen Jens Ulrik Baagøe": the office, then where
        org_start = before.i
        while doc[org_start].ent_iob_ == "I":
            org_start -= 1
        role = doc[org_start - 2] if org_start >= 2 else None
        if (role is not None and role.ent_type_ == "ROLE" and role.idx >= line_start
                and doc[org_start - 1].lower_ in ("for", "i", "ved")):
            before = role
    if before is not None and before.ent_type_ == "ROLE":
        # "Formand Gdr. Niels Kjeldsen": the first of several titles is the office held.
        first = before.i
        while (first > 0 and doc[first - 1].ent_type_ == "ROLE"
               and doc[first - 1].idx >= line_start):
            first -= 1
        return _ent_norm(ents, token_starts, first)
    # "Anne Tønnes, politidirektør" / "Lene Holm (A), formand"
    j = person.end
    while j < len(doc) and doc[j].idx < line_end and (
            doc[j].is_punct or len(doc[j]) <= 2 and doc[j].is_upper
            or ORDINAL.match(doc[j].text)):  # "(V), 1. viceborgmester"
        j += 1
    # "Bo Lund, medarbejdervalgt bestyrelsesmedlem": words qualifying the title are its part.
    qualifiers = j
    while (j - qualifiers < 2 and j < len(doc) and doc[j].idx < line_end and doc[j].is_lower
           and doc[j].is_alpha and len(doc[j]) >= 5 and not doc[j].is_stop
           and not doc[j].ent_type_):
        j += 1
    if j < len(doc) and doc[j].ent_type_ == "ROLE" and doc[j].idx < line_end:
        role_end = j
        while role_end < len(doc) and doc[role_end].ent_type_ == "ROLE":
            role_end += 1
        if role_end < len(doc) and doc[role_end].ent_type_ == "PERSON":
            return ""  # "Ulrik Brandt (V), 1. viceborgmester Birgit Møller": the next one's
        return " ".join([t.lower_ for t in doc[qualifiers:j]]
                        + [_ent_norm(ents, token_starts, j)])
    return ""


def people_rows(doc: Doc) -> list[dict[str, Any]]:
    """One row per PERSON entity: the person and the role, organisation and municipality
    written beside them on the same line.

    Args:
        doc: a Doc with its entities tagged (roles, organisations, municipalities, people).

    Returns:
        Rows with ``person``, ``role``, ``organisation``, ``municipality`` (code),
        ``start_char`` and ``end_char``; empty strings where nothing stands beside a person.
    """
    ents = list(doc.ents)  # searched by offset: long minute books hold thousands of names
    starts = [e.start_char for e in ents]
    token_starts = [e.start for e in ents]
    text = text_of(doc)
    rows = []
    for person in ents:
        if person.label_ != "PERSON":
            continue
        line_start, line_end = line_bounds(text, person.start_char)
        org = municipality = ""
        for ent in ents[bisect_left(starts, line_start):]:
            if ent.start_char >= line_end:
                break
            if ent.start_char < line_start or ent.end_char > line_end or ent == person:
                continue
            if ent.label_ == "ORG" and not org:
                org = ent.text
            elif ent.label_ == "MUNICIPALITY" and not municipality:
                municipality = ent._.norm or ""
        rows.append({"person": " ".join(person.text.split()),  # one line, if wrapped
                     "role": _role_beside(doc, person, line_start, line_end, ents,
                                          token_starts),
                     "organisation": org, "municipality": municipality,
                     "start_char": person.start_char, "end_char": person.end_char})
    return rows
