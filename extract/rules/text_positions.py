"""Where things stand in a minutes text: the tagged entities by character range, an agenda
item's own heading, the note in parentheses after a listed name."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from spacy.tokens import Doc, Span

from .block_lists import STATUS_CELL
from .grids import Cell, status_of
from .layout import Section


class EntityIndex:
    """Entities of a Doc, searchable by char range in O(log n)."""

    def __init__(self, doc: Doc) -> None:
        self.ents: list[Span] = list(doc.ents)
        self.starts = [e.start_char for e in self.ents]

    def within(self, start: int, end: int, label: str | None = None) -> list[Span]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start_char < end:
            ent = self.ents[i]
            if ent.end_char <= end and (label is None or ent.label_ == label):
                out.append(ent)
            i += 1
        return out


_PARTY_LETTER = re.compile(r"^[A-ZÆØÅ]{1,2}$")


def item_heading(text: str, item: Section, section: Section | None) -> int | None:
    """Where the item's own heading starts: an "Ad 1)" section, or its title repeated later."""
    if section is not None and section.start_char > item.end_char:
        return section.start_char
    m = re.compile(r"^[ \t*#]*(?:(?:punkt|pkt\.)\s*)?(?:\d{1,3}(?:[a-z]|\.\d{1,2})?[.):]?\s*)?"
                   + re.escape(item.title), re.MULTILINE | re.IGNORECASE
                   ).search(text, item.end_char)
    return m.start() if m else None


def in_parentheses(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside "( ... )" on its line ("(stedfortræder: Klaus Villadsen)")."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.count("(") > before.count(")")


def note_after(text: str, end: int, later_starts: list[int]) -> str:
    """Text in parentheses after a person ending at ``end``, before the next person on the line.

    Args:
        text: the document text.
        end: where the person's name ends.
        later_starts: where the people after it in the same list start.
    """
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    stop = min([line_end] + later_starts)
    for m in re.finditer(r"\(([^()]*)\)", text[end:stop]):
        inner = m.group(1).strip()
        if inner and not _PARTY_LETTER.match(inner):
            return inner
    return ""


def organisation_beside(text: str, index: EntityIndex, end: int, later_starts: list[int]
                        ) -> str:
    """The organisation standing next to a person ending at ``end`` in a list or a table whose
    rows the reader ran together ("Susanne Ebbesen Socialdemokratiet X", "Peter Hvidkjær,
    1. viceborgmester    Venstre"): a party or body column's value, the row's note."""
    line_end = text.find("\n", end)
    stop = min([len(text) if line_end == -1 else line_end] + later_starts)
    orgs = index.within(end, stop, "ORG")
    if not orgs:
        return ""
    between = text[end:orgs[0].start_char]
    roles = index.within(end, orgs[0].start_char, "ROLE")
    if roles:  # ", 1. viceborgmester": the name cell's role
        between = text[end:roles[0].start_char] + text[roles[-1].end_char:orgs[0].start_char]
    if re.fullmatch(r"[ \t]*(?:,[ \t]*(?:\d+\.[ \t]*)?)?[ \t]*", between):
        return orgs[0].text
    return ""


# Words a role label may start with: "Øvrige forældrerepræsentanter:", "Valgte medlemmer:".
_LABEL_LEAD = re.compile(r"^[ \t*•-]*(?:(?:øvrige|andre|valgte|faste|nye|ordinære)\s+)?$",
                         re.IGNORECASE)


def role_label(text: str, index: EntityIndex, start: int) -> str:
    """The role of a line that opens with a role as its label, for the name at ``start`` on
    it: "Formand: Anne Holm", "Øvrige forældrerepræsentanter: A, B og C" (each of them);
    "" when the line has no such label."""
    line_start = text.rfind("\n", 0, start) + 1
    roles = index.within(line_start, start, "ROLE")
    if not roles or not _LABEL_LEAD.match(text[line_start:roles[0].start_char]):
        return ""
    colon = text.find(":", roles[0].end_char, start)
    if colon == -1 or text[roles[0].end_char:colon].strip():
        return ""
    role = roles[0]
    return role._.norm or role.text.lower()


def group_label_role(text: str, index: EntityIndex, start: int, list_start: int) -> str:
    """The role of a group of people in a list, named on a line of its own above them: under
    "Formand" / "Lene Holm" / "Næstformand" / "Mustafa Khalil", Lene Holm is formand and
    Mustafa Khalil næstformand. The lines between are the group's other people; ``list_start``
    is where the list begins. "" when the line above the group is not a role alone."""
    end = text.rfind("\n", list_start, start)
    while end > list_start:
        line_start = max(text.rfind("\n", list_start, end) + 1, list_start)
        line = text[line_start:end].strip()
        if line and not index.within(line_start, end, "PERSON"):
            roles = index.within(line_start, end, "ROLE")
            if len(roles) == 1 and roles[0].text == line:
                return roles[0]._.norm or roles[0].text.lower()
            return ""
        end = line_start - 1
    return ""


def role_in_note(note: str) -> str:
    """The job title that opens a listed person's note in parentheses, for a person with no
    other role: "Oliver Thygesen (projektmedarbejder, referent)" is projektmedarbejder: one
    lower-case word before the note's first comma (the role vocabulary lacks many titles). The
    note stays whole, as the guidelines have it."""
    first, comma, _ = note.partition(",")
    # Alone in the brackets, a word may be a status instead ("(fraværende)", "(forhindret)").
    return first.strip() if comma and re.fullmatch(r"[a-zæøå]{6,}", first.strip()) else ""


def note_in_next_block(text: str, index: EntityIndex, end: int, list_end: int) -> str:
    """The note of a person listed in one-line blocks when it stands in the block after the
    name: a web page's member table, each cell a block ("Anne Holm" / "V" / "Bo Lund" / "A"),
    is a party or organisation column. Not when that block is a person or a group's role."""
    line_end = text.find("\n", end)
    if line_end == -1 or text[end:line_end].strip():
        return ""  # more on the name's line: its note is there, if any
    nxt = line_end + 1
    while nxt < list_end and text[nxt] == "\n":
        nxt += 1
    block_end = text.find("\n", nxt)
    block_end = list_end if block_end == -1 else min(block_end, list_end)
    block = text[nxt:block_end].strip()
    if (not block or len(block) > 60 or index.within(nxt, block_end, "PERSON")
            or STATUS_CELL.match(block)):
        return ""
    roles = index.within(nxt, block_end, "ROLE")
    if roles and roles[0].text == block:
        return ""  # "Næstformand" over the next group
    return block


def role_in_row(text: str, index: EntityIndex, end: int, row_end: int) -> str:
    """The role in a block of its own after a name ending at ``end``, up to ``row_end`` (the
    next name or the end of the list): a web page's member table, each cell a block ("Bo Lund"
    / "V" / "Borgmester" / "Til stede"). A title in the last block before the next name is
    that one's group label instead ("Lene Holm" / "Næstformand" / "Mustafa Khalil"), unless
    the list ends there."""
    blocks = []
    pos = text.find("\n", end)
    while 0 <= pos < row_end:
        nxt = text.find("\n", pos + 1)
        nxt = row_end if nxt == -1 else min(nxt, row_end)
        if text[pos + 1:nxt].strip():
            blocks.append((pos + 1, nxt))
        pos = nxt if nxt > pos else row_end
    for k, (b0, b1) in enumerate(blocks):
        roles = index.within(b0, b1, "ROLE")
        if len(roles) == 1 and roles[0].text == text[b0:b1].strip():
            after = index.within(row_end, row_end + 100, "PERSON")
            if k == len(blocks) - 1 and after and after[0].start_char == row_end:
                return ""
            return roles[0]._.norm or roles[0].text.lower()
    return ""


def status_in_row(text: str, end: int, row_end: int) -> str:
    """present / absent from a status cell in the blocks after a name ending at ``end``, up to
    ``row_end`` (the next name or the end of the list): "Bo Lund" / "A" / "Afbud"; "" for none."""
    for line in text[end:row_end].split("\n")[1:]:
        if STATUS_CELL.match(line.strip()):
            return status_of(Cell(line.strip(), 0, 0))
    return ""


def role_closing_name(text: str, index: EntityIndex, row: dict[str, Any]) -> None:
    """Split a title off the end of a table row's name cell, when the row's cells ran together
    and its role column held a value no other row does ("Bo Vang Kristensen Suppleant")."""
    roles = index.within(row["start_char"], row["end_char"], "ROLE")
    if row["role"] or not roles or roles[-1].end_char != row["end_char"]:
        return
    name = text[row["start_char"]:roles[-1].start_char].rstrip(" ,")
    if len(name.split()) >= 2:
        row.update(person=name, end_char=row["start_char"] + len(name),
                   role=roles[-1]._.norm or roles[-1].text.lower())
