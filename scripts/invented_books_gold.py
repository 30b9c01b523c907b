"""The anchor machinery the builders of the invented minute books' gold share
(``scripts/build_books_invented_3_gold.py``, ``_4_gold.py``): anchors into a book's text, the
body of members a book's meetings record, and the shapes of an action item.

Every anchor is a short string of the book's own text; a missing or repeated one raises
:class:`AnchorError`.
"""

from __future__ import annotations

import re


class AnchorError(ValueError):
    pass


def find_one(text: str, anchor: str, lo: int, hi: int, what: str) -> int:
    """The offset of the single occurrence of anchor in text[lo:hi]."""
    i = text.find(anchor, lo, hi)
    if i < 0 or i + len(anchor) > hi:
        raise AnchorError(f"{what}: anchor {anchor!r} not found in [{lo}, {hi})")
    if text.find(anchor, i + 1, hi) >= 0:
        raise AnchorError(f"{what}: anchor {anchor!r} not unique in [{lo}, {hi})")
    return i


def paragraph_end(text: str, i: int, hi: int) -> int:
    j = text.find("\n\n", i, hi)
    return hi if j < 0 else j


def clean(text: str, a: int, b: int, what: str) -> tuple[int, int]:
    frag = text[a:b]
    if not frag or frag != frag.strip():
        raise AnchorError(f"{what}: span {frag!r} is empty or has outer whitespace")
    return a, b


def span(text: str, a: str, b: str, lo: int, hi: int, what: str) -> tuple[int, int]:
    """From the start of anchor a (once in [lo, hi)) to the end of anchor b (once in the rest
    of a's paragraph)."""
    s = find_one(text, a, lo, hi, what)
    if b == a:
        return clean(text, s, s + len(a), what)
    pe = paragraph_end(text, s, hi)
    e = find_one(text, b, s, pe, what)
    return clean(text, s, e + len(b), what)


def mention(text: str, anchor: str, sub: str | None, lo: int, hi: int, what: str):
    s = find_one(text, anchor, lo, hi, what)
    if sub is None:
        return clean(text, s, s + len(anchor), what)
    k = anchor.find(sub)
    if k < 0 or anchor.find(sub, k + 1) >= 0:
        raise AnchorError(f"{what}: {sub!r} not once in anchor {anchor!r}")
    return clean(text, s + k, s + k + len(sub), what)


# ---------------------------------------------------------------- helpers for the tables
#
# attendance entries:
#   ("sig", anchor, sub, name, role)            present, mention = sub inside anchor (or anchor)
#   ("abs", anchor, sub, name, role)            absent, mention as above
#   ("stmt", person, name, role)                present, mention = the meeting's statement
# matters: (m_from, m_to, d_from, d_to) with d_from None for no decision
# actions: (actor, verb, deadline, s_from, s_to, a_from, a_to)


class Body:
    """The members of a body: key -> (resolved name, role)."""

    def __init__(self, members: dict[str, tuple[str, str]], own: list[str]):
        self.members = members
        self.own = own  # the keys of the body whose book it is

    def name(self, key: str) -> str:
        return self.members[key][0]

    def role(self, key: str) -> str:
        return self.members[key][1]

    def sig(self, anchor: str, key: str, sub: str | None = None):
        return ("sig", anchor, sub, self.name(key), self.role(key))

    def ab(self, anchor: str, key: str, sub: str | None = None):
        return ("abs", anchor, sub, self.name(key), self.role(key))

    def col(self, *items: str):
        """Signatures one per line: items "written=KEY"."""
        rows = []
        for item in items:
            written, key = item.rsplit("=", 1)
            rows.append(self.sig("\n" + written + "\n", key, sub=written))
        return rows

    def grid(self, line: str, *keys: str):
        """Signatures side by side on one line (columns parted by two or more spaces)."""
        written = re.split(r"\s{2,}", line.strip())
        if len(written) != len(keys):
            raise AnchorError(f"grid {line!r}: {len(written)} names, {len(keys)} keys")
        return [self.sig(line, key, sub=w) for w, key in zip(written, keys, strict=True)]

    def stmt(self, *keys: str):
        return [("stmt", self.name(k), self.name(k), self.role(k)) for k in keys]


def same(s: str) -> tuple[str, str, str, str]:
    """A matter whose sentence is also its decision."""
    return (s, s, s, s)


def referral(actor: str, verb: str, phrase: str, sentence: str | None = None):
    """An action item whose sentence is a bare referral ("Henvistes til Vejudvalget.")."""
    sentence = sentence or phrase + "."
    return (actor, verb, "", sentence, sentence, phrase, phrase)
