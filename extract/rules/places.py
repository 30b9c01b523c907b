"""Places rules can know: streets and squares by their ending ("Roskildevej", "Vesterbro Torv",
"Nørreportkrydset"); countries and landscapes come from a list that ``extract_places`` matches.

Towns and other place names are the statistical model's part; municipalities are tagged by
``extract_municipalities``, which runs after ``extract_places`` and takes precedence where the
same words are both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from .tokens import Mention, starts_sentence

STREET_ENDINGS = ("vej", "vejen", "gade", "gaden", "stræde", "strædet", "allé", "alle", "torv",
                  "torvet", "plads", "pladsen", "krydset", "tunnelen", "korridoren", "boulevard",
                  "havnen", "kaj", "kajen", "bakke", "bakken", "broen")
# Definite forms open sentences as ordinary nouns too ("Cykelstien", "Hovedvejen er lukket").
DEFINITE_ENDINGS = tuple(e for e in STREET_ENDINGS if e.endswith(("en", "et")))
# Words before which a capitalised word names a place: "Vesterbro Torv", "Hellerup Havn".
PLACE_WORDS = {"Torv", "Plads", "Havn", "Allé", "Gade", "Vej", "Bro", "Strand", "Park", "Station"}
MIN_STEM = 3


def find_streets(doc: Doc, endings: Iterable[str] = STREET_ENDINGS) -> list[Mention]:
    """LOC mentions of streets and squares: one word by its ending, or a name and a place word.

    Args:
        doc: a tokenised Doc.
        endings: street endings (``STREET_ENDINGS``, or those saved with a pipeline).

    Returns:
        Mentions in text order.
    """
    endings = tuple(endings)
    found = []
    for token in doc:
        if not token.is_alpha or not token.text[:1].isupper() or token.is_upper:
            continue
        lower = token.lower_
        if starts_sentence(token) and lower.endswith(DEFINITE_ENDINGS):
            continue
        if any(lower.endswith(e) and len(lower) - len(e) >= MIN_STEM for e in endings):
            found.append(Mention(token.i, token.i + 1, "LOC"))
        elif token.text in PLACE_WORDS and token.i > 0:
            prev = doc[token.i - 1]
            if prev.is_alpha and prev.text[:1].isupper() and "\n" not in prev.whitespace_:
                found.append(Mention(token.i - 1, token.i + 1, "LOC"))
    return found


def place_words(text: str) -> set[str]:
    """Words a text uses as place names ("i Trige Forsamlingshus", "for Ølsted Brandfogedkreds"):
    in old minutes a man is told from his namesakes by his village ("Otto Jensen Trige")."""
    return {m.group(1) for m in re.finditer(r"\b(?:i|paa|på|fra|for|ved)\s+([A-ZÆØÅ][a-zæøå]+)\b",
                                            text)
            if not m.group(1).endswith("sen")}


def without_trailing_place(words: list[str], places: set[str]) -> list[str]:
    """A name's words less a village after a full name ("Otto Jensen Trige": Otto Jensen); a
    name of two words, one with an initial only before the place, or a place after a lower-case
    word ("Formanden for Trige") keeps it."""
    if len(words) >= 3 and words[-1] in places and words[-2][:1].isupper() \
            and all(len(w.rstrip(".")) > 1 for w in words[:-1]):
        return words[:-1]
    return words
