"""Danish public-sector titles: their written forms, base forms, and where a Doc names them.

The title list is not closed: a compound ending in a title head ("sekretariatschef",
"chefpolitiinspektør", "sognerådsformand") is a role too, in any inflection.
``extract_roles`` builds the lexicon once (:func:`role_lexicon`) and calls :func:`find_roles`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .tokens import Mention

# Title heads that make a compound a role, with their irregular plural stems.
TITLE_HEADS: dict[str, tuple[str, ...]] = {
    "chef": (), "direktør": (), "formand": ("formænd",), "forperson": (), "inspektør": (),
    "konsulent": (), "borgmester": ("borgmestr",), "anklager": (), "leder": (), "sekretær": (),
    "fuldmægtig": (), "jurist": (), "kommissær": (), "rådmand": ("rådmænd",),
    "raadmand": ("raadmænd",), "ordfører": (), "repræsentant": (), "medlem": ("medlemm",),
    "mester": ("mestr",), "advokat": (), "revisor": (), "kasserer": (), "kæmner": (),
    "ingeniør": (), "læge": (), "lærer": (),
}
SUFFIXES = ("", "en", "ens", "s", "e", "er", "ere", "erne", "ernes", "ene", "enes", "ne", "nes")
# Heads that are also ordinary words on their own are roles only inside a compound.
BARE_NOT_ROLE = {"leder", "medlem", "mester", "repræsentant"}
MIN_COMPOUND_PREFIX = 3
CACHE_SIZE = 100_000  # words whose base form a lexicon remembers (cleared when full)


def role_lexicon(titles: Iterable[Mapping[str, str]],
                 occupations: Iterable[Mapping[str, str]]) -> dict[str, Any]:
    """The saved lexicon: every written form of each title and occupation -> its base form.

    Args:
        titles: rows with ``title``, ``definite`` and ``plural`` (``resources.titles()``).
        occupations: rows that also carry ``abbreviations`` separated by ";"
            (``resources.occupations()``); their base form keeps its case.

    Returns:
        ``{"forms": {form: base}, "multiword": {"words of a form": base}, "heads": TITLE_HEADS}``.
    """
    forms: dict[str, str] = {}
    multiword: dict[str, str] = {}
    for row in titles:
        base = row["title"].lower()
        for form in (row["title"], row["definite"], row["plural"]):
            form = form.lower().strip()
            if not form:
                continue
            if " " in form:
                multiword[form] = base
            else:
                forms[form] = base
    for row in occupations:
        base = row["title"]
        for form in (base, row["definite"], row["plural"], *row["abbreviations"].split(";")):
            if form:
                forms[form.lower()] = base
    return {"forms": forms, "multiword": multiword, "heads": TITLE_HEADS}


@dataclass(frozen=True)
class RoleLexicon:
    """The lexicon in the shape the matching needs.

    Attributes:
        forms: lower-case one-word form -> base form.
        multiword: lower-case words of a form -> base form.
        heads: title head -> its irregular stems.
    """

    forms: dict[str, str]
    multiword: dict[tuple[str, ...], str]
    heads: dict[str, list[str]]
    # Answers of base_form by word: the compound search tries every head, and most words recur.
    _known: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> RoleLexicon:
        """From the saved lexicon (:func:`role_lexicon`, or ``lexicon.json`` of a model)."""
        return cls(forms=data["forms"],
                   multiword={tuple(k.split()): v for k, v in data["multiword"].items()},
                   heads={h: list(v) for h, v in data["heads"].items()})

    def base_form(self, word: str) -> str | None:
        """Base form of a title word, or None if it is not one."""
        if word in self._known:
            return self._known[word]
        if len(self._known) >= CACHE_SIZE:
            self._known.clear()
        base = self._known[word] = self._base_form(word)
        return base

    def _base_form(self, word: str) -> str | None:
        lower = word.lower()
        if lower in self.forms:
            return self.forms[lower]
        for head, irregular in self.heads.items():
            for stem in (head, *irregular):
                idx = lower.rfind(stem)
                if idx < 0:
                    continue
                suffix = lower[idx + len(stem):]
                if suffix not in SUFFIXES:
                    continue
                prefix = lower[:idx].rstrip("-")
                if not prefix:
                    return None if head in BARE_NOT_ROLE else self.forms.get(head)
                if len(prefix) >= MIN_COMPOUND_PREFIX and prefix.isalpha():
                    return prefix + head
        return None


def find_roles(doc: Doc, lexicon: RoleLexicon) -> list[Mention]:
    """ROLE mentions with their base form: listed multi-word titles, then title words.

    Args:
        doc: a tokenised Doc.
        lexicon: the titles (:class:`RoleLexicon`).

    Returns:
        Mentions in that order, overlapping where a title word is part of a multi-word one.
    """
    found: list[Mention] = []
    lowers = [t.lower_ for t in doc]
    for key, base in lexicon.multiword.items():
        n = len(key)
        for i in range(len(doc) - n + 1):
            if tuple(lowers[i:i + n]) == key:
                found.append(Mention(i, i + n, "ROLE", base))
    for token in doc:
        if not token.is_alpha and "-" not in token.text and token.lower_ not in lexicon.forms:
            continue
        base = lexicon.base_form(token.text)
        if base is None:
            continue
        start, prefix = token.i, ""
        # "Kultur- og fritidsborgmester": the coordinated first part belongs to the title.
        if start >= 2 and doc[start - 1].lower_ == "og" and doc[start - 2].text.endswith("-") \
                and doc[start - 2].text[:-1].isalpha():
            start -= 2
            prefix = doc[start].text.lower() + " og "
        found.append(Mention(start, token.i + 1, "ROLE", prefix + base))
    return found
