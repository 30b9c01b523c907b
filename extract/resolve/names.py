"""Person names taken apart for comparison: given names, initials, surname, relatives.

Names are normalised first: OCR-glued signatures are split (``ValdButtenschøn``,
``JPJensen``), the genitive ``-s`` is removed where the bare surname is known ("Omar Farouks"),
and historic ``aa`` compares equal to ``å``. Mentions of a relative ("N. P. Nielsens Hustru")
never merge with the person named.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..rules.signatures import one_edit

# Words after a name that make the mention someone else: "N. P. Nielsens Hustru".
_RELATIVES = {"hustru", "enke", "søn", "datter", "børn", "bo", "dødsbo", "hus", "fader", "moder",
              "mand", "kone", "arvinger"}
_TOKEN = re.compile(r"[A-ZÆØÅÄÖÜ][a-zæøåäöüéè'’]*(?:-[A-ZÆØÅÄÖÜ]?[a-zæøåäöüéè]+)*\.?"
                    r"|[a-zæøåäöüéè]+\.?")
_VOWELS = set("aeiouyæøåäöüé")


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(n.lower() for n in resources.first_names())


def fold(text: str) -> str:
    """Lower case with historic ``aa`` read as ``å`` and accents kept (for comparing keys)."""
    return unicodedata.normalize("NFC", text).lower().replace("aa", "å")


@dataclass(frozen=True)
class NameForm:
    """A person's name as written, taken apart for comparison.

    Attributes:
        given: the given names and initials, folded (``("s", "p")`` for "S. P. Sørensen").
        abbreviated: per given name, whether it is an initial or abbreviation ("Chr.", "Vald").
        surname: the folded surname ("sørensen"), genitive ``-s`` removed where known.
        relation: the mention names a relative ("Nielsens Hustru"); it never merges.
        display: the name tidied for people to read ("S. P. Sørensen").
    """

    given: tuple[str, ...]
    abbreviated: tuple[bool, ...]
    surname: str
    relation: bool
    display: str

    @property
    def weight(self) -> int:
        """How much the form says: 2 per written-out given name, 1 per initial."""
        return sum(1 if a else 2 for a in self.abbreviated)

    @property
    def full(self) -> bool:
        """A written-out first name and a surname: safe to link across series."""
        return bool(self.given) and not self.abbreviated[0] and not self.relation

    @property
    def key(self) -> tuple:
        return (self.given, self.surname, self.relation)


def parse_name(text: str, *, known_surnames: frozenset[str] = frozenset()) -> NameForm | None:
    """Take a written name apart (None when it holds no name).

    Args:
        text: the name as in ``people.person`` ("Jens Terp. Laursen", "JPJensen").
        known_surnames: folded surnames seen elsewhere, to tell a genitive ("Farouks") from a
            surname ending in s.
    """
    tokens = _TOKEN.findall(unicodedata.normalize("NFC", text))
    if not tokens:
        return None
    relation = False
    while len(tokens) > 1 and tokens[-1].rstrip(".").lower() in _RELATIVES:
        relation = True
        tokens = tokens[:-1]
    tokens = [t for t in tokens if t[0].isupper()] or tokens
    if _several_people(tokens):
        # a signature line read as one name ("Axel Nielsen Carl Rasmussen"): kept as written
        relation = True
    *given_raw, last = tokens
    surname = fold(last.rstrip("."))
    if surname.endswith("sens") or (surname.endswith("s") and surname[:-1] in known_surnames
                                    and surname not in known_surnames):
        surname = surname[:-1]
        last = last.rstrip(".")[:-1]
    given, abbreviated = [], []
    names = _first_names()
    for tok in given_raw:
        bare = tok.rstrip(".")
        folded = fold(bare)
        abbreviated.append(tok.endswith(".") or len(bare) <= 2 or not (_VOWELS & set(folded))
                           or (bare.lower() not in names and len(bare) <= 4))
        given.append(folded)
    display = " ".join([t if t.endswith(".") or len(t) > 1 else t + "." for t in given_raw]
                       + [last.rstrip(".")])
    return NameForm(tuple(given), tuple(abbreviated), surname, relation, display)


def _several_people(tokens: list[str]) -> bool:
    if len(tokens) > 4:
        return True
    names = _first_names()
    seen_surname = False
    for i, tok in enumerate(tokens[:-1]):
        bare = tok.rstrip(".")
        initial = tok.endswith(".") or len(bare) <= 2
        if seen_surname:
            return True  # a word after a surname, not the last: a second name begins
        if i > 0 and not initial and bare.lower() not in names:
            seen_surname = True
    return False


def _given_match(a: str, a_abbr: bool, b: str, b_abbr: bool) -> bool:
    if a == b:
        return True
    if a_abbr and b.startswith(a):
        return True
    return b_abbr and a.startswith(b)


def _aligned(short: NameForm, long: NameForm) -> bool:
    # every given name of the shorter form matches one of the longer, in order
    j = 0
    for g, ab in zip(short.given, short.abbreviated, strict=True):
        while j < len(long.given) and not _given_match(g, ab, long.given[j], long.abbreviated[j]):
            j += 1
        if j == len(long.given):
            return False
        j += 1
    return True


def compatible(a: NameForm, b: NameForm) -> bool:
    """Whether two name forms can name the same person."""
    if a.relation or b.relation:
        return a.key == b.key
    if a.surname != b.surname:
        # a one-letter slip (Rasmusen, Matiesen) only where given names back it up
        if not (a.given and b.given and min(len(a.surname), len(b.surname)) >= 7
                and one_edit(a.surname, b.surname)):
            return False
    short, long = (a, b) if len(a.given) <= len(b.given) else (b, a)
    return _aligned(short, long)
