"""Token helpers shared by the entity rules, and the mention they return.

The entity rules (roles, people, organisations, places, municipalities) read a tokenised
``Doc`` and return :class:`Mention` tuples; the components turn those into spans and write them
into ``doc.ents``.
"""

from __future__ import annotations

import weakref
from typing import NamedTuple

from spacy.tokens import Doc, Token

# Each Doc's text, joined once: ``Doc.text`` joins every token anew on each access, and the
# components ask for it a dozen times per document (a fifth of the rules' time when uncached).
# Weak keys: an entry goes with its Doc. A Doc's text never changes once it is tokenised.
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


class Mention(NamedTuple):
    """An entity a rule found: token offsets ``start:end``, its label and its normal form."""

    start: int
    end: int
    label: str
    norm: str | None = None


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end char offsets of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def is_name_word(token: Token) -> bool:
    """A capitalised word, not all capitals: "Teknik", "Aarhus"."""
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


def starts_sentence(token: Token) -> bool:
    """Whether a token opens a sentence, line or heading (so its capital says nothing)."""
    if token.i == 0:
        return True
    prev = token.doc[token.i - 1]
    return (prev.text in (".", "!", "?", ":", "-", "–")
            or "\n" in prev.whitespace_ or "\n" in prev.text)
