"""Organisation names: from a lexicon, and from the shape of body names.

Lexicon (:func:`organisation_lexicon`): police districts ("Københavns Politi",
"... Politikreds"), regions, agencies and parties. Shape (:func:`find_organisations`):
capitalised compounds ending in a body word ("Kredsrådet", "Økonomiudvalget", "Sogneraadet",
"Børne- og Ungeudvalget"), a capitalised word before a bare body word ("Teknisk Udvalg",
"Borgmesterens Afdeling"), and a municipality in front of a body ("Aarhus Byråd"). Lower-case
generic references ("udvalget") are not names. ``extract_organisations`` matches the lexicon and
calls :func:`find_organisations` with the matches.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .municipalities import aa_spelling
from .tokens import Mention, is_name_word, starts_sentence

BODY_HEADS = (
    "udvalg", "udvalget", "råd", "rådet", "raad", "raadet", "bestyrelse", "bestyrelsen",
    "forvaltning", "forvaltningen", "nævn", "nævnet", "kommission", "kommissionen",
    "forsamling", "forsamlingen", "repræsentation", "repræsentationen", "magistrat",
    "magistraten", "afdeling", "afdelingen", "sekretariat", "sekretariatet",
)
# One capitalised word ending so is an organisation: "Kulturministeriet", "Bakkeskolen".
ORG_SUFFIXES = ("ministeriet", "direktoratet", "styrelsen", "skolen", "selskabet",
                "hospitalet", "forsyning", "trafik")
# A capitalised name before these words makes an organisation: "Hasseris Skole".
ORG_HEADS = {"Skole", "Forsyning", "Bibliotek", "Sejlklub", "Fjernvarme", "Universitetshospital",
             "Hospital", "Trafikselskab", "Universitet", "Gymnasium", "Efterskole", "Friskole",
             "Boligforening", "Idrætsforening", "Museum", "Sportsklub", "Børnehave"}
MIN_PREFIX = 2  # "Byrådet" is a name; "Rådet" alone is not


def organisation_lexicon(organisations: Iterable[Mapping[str, str]],
                         municipalities: Iterable[Mapping[str, str]],
                         regions: Iterable[Mapping[str, str]]) -> dict[str, Any]:
    """The saved lexicon: listed names with their variants, police districts and regions.

    Args:
        organisations: rows with ``name`` and ``variants`` (";"-separated).
        municipalities: rows with ``name`` and ``police_district``.
        regions: rows with ``name``.

    Returns:
        ``{"names": [...], "heads": BODY_HEADS, "municipalities": [...]}``; the names also in
        the old aa-spelling and, when of several words, in capitals (headings).
    """
    municipalities = list(municipalities)
    names: set[str] = set()
    for row in organisations:
        names.add(row["name"])
        names |= {v.strip() for v in row["variants"].split(";") if v.strip()}
    for row in municipalities:
        police = row["police_district"]
        names |= {police, police.replace(" Politi", " Politikreds")}
    for row in regions:
        names |= {row["name"], row["name"] + "s", "Regionsrådet i " + row["name"]}
    names |= {aa_spelling(n) for n in names}
    names |= {n.upper() for n in names if len(n.split()) > 1}  # headings in capitals
    municipal = sorted({r["name"] for r in municipalities})
    return {"names": sorted(names), "heads": list(BODY_HEADS), "municipalities": municipal}


def municipal_forms(names: Iterable[str]) -> set[str]:
    """Municipality names as they stand before a body: "Aarhus", "Aarhus'", "Odders"."""
    forms = set(names)
    return forms | {m + "s" for m in forms} | {m + "'" for m in forms}


def body_end(word: str, heads: Iterable[str]) -> str | None:
    """The body word a word ends in ("Økonomiudvalget" -> "udvalget"), with a genitive "s"."""
    lower = word.lower()
    for head in heads:
        if lower.endswith(head) or lower.endswith(head + "s"):
            return head if lower.endswith(head) else head + "s"
    return None


def _named_spans(doc: Doc) -> list[tuple[int, int]]:
    """Schools, ministries, utilities: by suffix, or a name followed by a head word."""
    found = []
    for token in doc:
        if not token.is_alpha or not token.text[:1].isupper() or token.is_upper:
            continue
        lower = token.lower_
        if any(lower.endswith(s) and len(lower) > len(s) + 2 for s in ORG_SUFFIXES):
            found.append((token.i, token.i + 1))
        elif token.text in ORG_HEADS and token.i > 0:
            prev = doc[token.i - 1]
            if prev.text[:1].isupper() and prev.is_alpha and "\n" not in prev.whitespace_:
                found.append((token.i - 1, token.i + 1))
    return found


def _body_spans(doc: Doc, heads: Iterable[str], municipal: Collection[str],
                lexicon_starts: set[int]) -> list[tuple[int, int]]:
    """Named bodies: "Økonomiudvalget", "Teknisk Udvalg", "Aarhus Byråd", "Børne- og
    Ungeudvalget", "Magistratsafdelingen for Teknik og Miljø"."""
    found = []
    for token in doc:
        if not token.text[:1].isupper() or not token.is_alpha:
            continue
        head = body_end(token.text, heads)
        if head is None:
            continue
        start = token.i
        prefix_len = len(token.text) - len(head)
        if prefix_len < MIN_PREFIX:
            # "Udvalg" alone: a body name only as "Teknisk Udvalg", "Aarhus Byråd".
            prev = doc[token.i - 1] if token.i > 0 else None
            if prev is None or not prev.text[:1].isupper() or not prev.is_alpha \
                    or prev.i == 0 and prev.text not in municipal:
                continue
            start = prev.i
        # "Børne- og Ungeudvalget", "Kultur-, Unge- og Fritidsudvalget": coordinated parts.
        if (start >= 2 and doc[start - 1].lower_ in ("og", "&")
                and doc[start - 2].text.endswith("-")):
            start -= 2
            while (start >= 2 and doc[start - 1].text == ","
                   and doc[start - 2].text.endswith("-")):
                start -= 2
        # "Aarhus Byråd", "Odder Kommunes Økonomiudvalg".
        if start >= 1 and doc[start - 1].text in ("Kommunes",) and start >= 2:
            start -= 2
        elif start >= 1 and doc[start - 1].text in municipal:
            start -= 1
        elif (start >= 1 and is_name_word(doc[start - 1])
              and not starts_sentence(doc[start - 1])):
            start -= 1  # "Midtbyens Fællesråd", "Trøjborg Fællesråd"
        end = token.i + 1
        # "Magistratsafdelingen for Teknik og Miljø"
        if end + 1 < len(doc) and doc[end].lower_ == "for" and is_name_word(doc[end + 1]) \
                and end + 1 not in lexicon_starts:
            end += 2
            while end + 1 < len(doc) and (is_name_word(doc[end]) or doc[end].lower_ == "og"
                                          and is_name_word(doc[end + 1])):
                end += 1 if is_name_word(doc[end]) else 2
        if token.is_upper:
            # A heading "KREDSRÅD KØBENHAVNS POLITIKREDS" names the body in full.
            while end < len(doc) and doc[end].is_upper and doc[end].is_alpha \
                    and "\n" not in doc[end - 1].whitespace_:
                end += 1
        found.append((start, end))
    return found


def _with_place(doc: Doc, span: Span, municipal: Collection[str]) -> Span:
    """"DH Frederiksberg", "Ældre Sagen Silkeborg", "Regionshospitalet Gødstrup": a local
    branch or site named after a place belongs to the name."""
    end = span.end
    if end < len(doc) and "\n" not in doc[end - 1].whitespace_ and (
            doc[end].text in municipal or span.text.lower().endswith(ORG_SUFFIXES)
            and is_name_word(doc[end]) and doc[end].text not in ORG_HEADS):
        return Span(doc, span.start, end + 1, label="ORG")
    return span


def find_organisations(doc: Doc, lexicon_matches: Iterable[tuple[int, int]],
                       heads: Iterable[str], municipal: Collection[str]) -> list[Mention]:
    """ORG mentions: lexicon matches, named bodies and organisations named by their shape.

    Args:
        doc: a tokenised Doc.
        lexicon_matches: ``(start, end)`` token offsets of listed names (a phrase matcher over
            :func:`organisation_lexicon`'s names).
        heads: body words (``BODY_HEADS``).
        municipal: municipality names in the forms of :func:`municipal_forms`.

    Returns:
        Non-overlapping mentions in text order; adjacent ones on a line are merged.
    """
    heads = tuple(heads)
    spans = [Span(doc, s, e, label="ORG") for s, e in lexicon_matches]
    lexicon_starts = {s.start for s in spans}
    spans += [Span(doc, s, e, label="ORG")
              for s, e in _body_spans(doc, heads, municipal, lexicon_starts)]
    spans += [Span(doc, s, e, label="ORG") for s, e in _named_spans(doc)]
    # "Kredsråd Københavns Politikreds": a body of a named organisation is one name.
    spans = [_with_place(doc, s, municipal) for s in filter_spans(spans)]
    merged: list[Span] = []
    for span in spans:
        if (merged and merged[-1].end == span.start
                and "\n" not in doc[span.start - 1].whitespace_):
            merged[-1] = Span(doc, merged[-1].start, span.end, label="ORG")
        else:
            merged.append(span)
    return [Mention(s.start, s.end, "ORG") for s in merged]
