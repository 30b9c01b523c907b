"""``extract_roles``: ROLE entities for Danish public-sector titles, base form in ``Span._.norm``.

The titles and the matching are in :mod:`extract.rules.roles`; this module builds the lexicon
from ``extract.resources``, saves it with the pipeline and writes the roles into the Doc.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import (
    extensions,  # noqa: F401
    resources,
)
from ..rules.roles import RoleLexicon, find_roles, role_lexicon
from ._lexicon import LexiconComponent
from ._spans import add_entities, mention_spans


class RoleTagger(LexiconComponent):
    """Tags title words as ROLE and normalises them to their lower-case base form."""

    def default_data(self) -> dict[str, Any]:
        return role_lexicon(resources.titles(), resources.occupations())

    def _compile(self) -> None:
        self.lexicon = RoleLexicon.from_data(self.data)

    def base_form(self, word: str) -> str | None:
        """Base form of a title word, or None if it is not one."""
        self._ensure_ready()
        return self.lexicon.base_form(word)

    def __call__(self, doc: Doc) -> Doc:
        self._ensure_ready()
        spans = mention_spans(doc, find_roles(doc, self.lexicon))
        # A model may read "Borgmester" as part of a PERSON; the role rule decides the title.
        add_entities(doc, spans, replace_labels=("MISC", "ORG", "PERSON", "LOC"))
        return doc


@Language.factory("extract_roles", assigns=["doc.ents", "span._.norm"])
def make_roles(nlp: Language, name: str) -> RoleTagger:
    return RoleTagger(nlp, name)
