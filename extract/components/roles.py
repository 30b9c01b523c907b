"""``extract_roles``: ROLE entities for Danish public-sector titles, base form in ``Span._.norm``.

The title list is not closed: a compound ending in a title head ("sekretariatschef",
"chefpolitiinspektør", "sognerådsformand") is a role too, in any inflection.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import (
    extensions,  # noqa: F401
    resources,
)
from ._lexicon import LexiconComponent
from ._spans import add_entities

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


class RoleTagger(LexiconComponent):
    """Tags title words as ROLE and normalises them to their lower-case base form."""

    def default_data(self) -> dict[str, Any]:
        forms: dict[str, str] = {}
        multiword: dict[str, str] = {}
        for row in resources.titles():
            base = row["title"].lower()
            for form in (row["title"], row["definite"], row["plural"]):
                form = form.lower().strip()
                if not form:
                    continue
                if " " in form:
                    multiword[form] = base
                else:
                    forms[form] = base
        for row in resources.occupations():
            base = row["title"]
            for form in (base, row["definite"], row["plural"], *row["abbreviations"].split(";")):
                if form:
                    forms[form.lower()] = base
        return {"forms": forms, "multiword": multiword, "heads": TITLE_HEADS}

    def _compile(self) -> None:
        self.forms: dict[str, str] = self.data["forms"]
        self.multiword = {tuple(k.split()): v for k, v in self.data["multiword"].items()}
        self.heads: dict[str, list[str]] = {h: list(v) for h, v in self.data["heads"].items()}

    def base_form(self, word: str) -> str | None:
        """Base form of a title word, or None if it is not one."""
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

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        spans: list[Span] = []
        lowers = [t.lower_ for t in doc]
        for key, base in self.multiword.items():
            n = len(key)
            for i in range(len(doc) - n + 1):
                if tuple(lowers[i:i + n]) == key:
                    span = Span(doc, i, i + n, label="ROLE")
                    span._.norm = base
                    spans.append(span)
        for token in doc:
            if not token.is_alpha and "-" not in token.text and token.lower_ not in self.forms:
                continue
            base = self.base_form(token.text)
            if base is None:
                continue
            start, prefix = token.i, ""
            # "Kultur- og fritidsborgmester": the coordinated first part belongs to the title.
            if start >= 2 and doc[start - 1].lower_ == "og" and doc[start - 2].text.endswith("-") \
                    and doc[start - 2].text[:-1].isalpha():
                start -= 2
                prefix = doc[start].text.lower() + " og "
            span = Span(doc, start, token.i + 1, label="ROLE")
            span._.norm = prefix + base
            spans.append(span)
        # A model may read "Borgmester" as part of a PERSON; the role rule decides the title.
        add_entities(doc, spans, replace_labels=("MISC", "ORG", "PERSON", "LOC"))
        return doc


@Language.factory("extract_roles", assigns=["doc.ents", "span._.norm"])
def make_roles(nlp: Language, name: str) -> RoleTagger:
    return RoleTagger(nlp, name)
