"""Follow-up lines and action lists: "Opfølgning: forvaltningen undersøger ...", "Handling:
SKB sender ... senest den 15. september", and tables with columns Ansvarlig / Opgave / Frist.

These state a task outright, so they need no directive verb: the owner is the actor (a unit,
a person or initials as written), the task's first verb the action, the deadline column or
the deadline words the deadline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from ..grids import grids
from ..layout import clean
from ..tokens import text_of
from .deadlines import normalise_deadline
from .lexicon import VerbLexicon, clean_text

FOLLOW_UP_LABEL = re.compile(r"^[ \t*•-]*(?:opfølgning|ansvarlig|handling|handlinger|aktion"
                             r"|action|opgave|to\s*do)\s*:[ \t]*(?=\S)",
                             re.IGNORECASE | re.MULTILINE)
_NOT_TASK_CLASSES = ("decision", "report", "modal")
_AUXILIARIES = frozenset({"skal", "bedes", "vil", "må", "kan", "bør", "sørger"})
ItemAt = Callable[[int], str]  # char offset -> agenda item number


def _task_verb(doc: Doc, start: int, end: int, lexicon: VerbLexicon, *, first: bool
               ) -> tuple[str, int, int] | None:
    """(infinitive, where the actor ends, where the verb starts) of a task: its first word when
    ``first`` (a task column or a line without an actor: "Sende kort ..."), else the first
    present or infinitive verb after an actor ("SKB sender ...", "forvaltningen skal senest
    den 1. april undersøge ..."; the actor ends at the first verb, modal or not)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_space and not t.is_punct]
    actor_end = None
    for k, token in enumerate(words):
        reading = lexicon.reading(token)
        if actor_end is None and (reading is not None or token.lower_ in _AUXILIARIES):
            actor_end = token.idx
        if reading is not None and reading.kind in ("pres", "inf") \
                and reading.verb_class not in _NOT_TASK_CLASSES:
            if k == 0 and not first:
                return None  # no actor before the verb
            return reading.lemma, actor_end if actor_end is not None else token.idx, token.idx
        if first:
            # A task column starts with its verb; one the lexicon lacks still ends in -e
            # ("Offentliggøre takstblad ...").
            word = token.lower_
            if k == 0 and word.isalpha() and word.endswith("e") and len(word) > 3:
                return word, token.idx, token.idx
            return None
    return None


def followup_items(doc: Doc, lexicon: VerbLexicon, reference: dt.date | None, item_at: ItemAt,
                   text: str | None = None) -> list[dict[str, Any]]:
    """Action items from follow-up lines and from action tables, as the fields of
    :class:`~.items.ActionItem`."""
    text = text if text is not None else text_of(doc)
    out: list[dict[str, Any]] = []
    for m in FOLLOW_UP_LABEL.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        found = _task_verb(doc, m.end(), line_end, lexicon, first=False)
        block = None
        if found is None:
            # "Handling: Offentliggøre princippet ...\nAnsvarlig: TS\nFrist: 1. april 2025"
            task = _task_verb(doc, m.end(), line_end, lexicon, first=True)
            block = _owner_block(text, line_end) if task is not None else None
            if block is None:
                continue
            found = task
        verb, actor_end, at = found
        action = text[at:line_end].strip()
        if block is not None:
            actor, due, line_end = block
            deadline, said = normalise_deadline(due, reference=reference)
        else:
            actor = clean(text[m.end():actor_end])
            deadline, said = normalise_deadline(action, reference=reference)
        out.append(_item(item_at(m.start()), actor, action, verb, deadline, said,
                         text[m.start():line_end], m.start(), line_end, at,
                         at + len(action.rstrip(". ")), "follow_up"))
    out += _bullet_items(doc, lexicon, reference, item_at, text)
    for grid in grids(text):
        if "owner" not in grid.columns or "task" not in grid.columns:
            continue
        for row in grid.rows:
            owner, task = grid.cell(row, "owner"), grid.cell(row, "task")
            if owner is None or task is None or not owner.text or not task.text:
                continue
            found = _task_verb(doc, task.start, task.end, lexicon, first=True)
            if found is None:
                continue
            verb, _, at = found
            due = grid.cell(row, "deadline")
            deadline, said = normalise_deadline(due.text, reference=reference) if due else ("", "")
            item = grid.cell(row, "item")
            item_no = (re.sub(r"^(?:pkt\.?|punkt)\s*", "", item.text, flags=re.IGNORECASE)
                       .strip(" .") if item is not None and item.text else item_at(task.start))
            start, end = row[0].start, max(c.end for c in row)
            out.append(_item(item_no, clean(owner.text), task.text, verb, deadline, said,
                             text[start:end], start, end, at, task.end, "action_table"))
    return out


_LIST_LABEL = re.compile(r"^[ \t*]*(?:opfølgning|handlinger|handling|aktioner|opgaver|aftaler"
                         r"|to\s*do)\s*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_BULLET = re.compile(r"^[ \t]*[-•–*][ \t]+(?P<rest>\S.*?)\s*$")


def _bullet_items(doc: Doc, lexicon: VerbLexicon, reference: dt.date | None, item_at: ItemAt,
                  text: str) -> list[dict[str, Any]]:
    """The tasks listed under "Handlinger:": "- SKB: lægge politikken på hjemmesiden senest
    ...", "- Anna Holm indkalder gruppen ..." (owner before a colon, or the subject)."""
    out: list[dict[str, Any]] = []
    for label in _LIST_LABEL.finditer(text):
        pos = label.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            bullet = _BULLET.match(text[pos:end])
            if bullet is None:
                break
            start = pos + bullet.start("rest")
            owner, colon, task = bullet.group("rest").partition(":")
            found = None
            if colon and task.strip() and len(owner.split()) <= 6:
                task_at = start + len(owner) + 1 + (len(task) - len(task.lstrip()))
                found = _task_verb(doc, task_at, end, lexicon, first=True)
                actor = clean(owner)
            else:
                found = _task_verb(doc, start, end, lexicon, first=False)
                actor = clean(text[start:found[1]]) if found is not None else ""
            if found is not None and actor:
                verb, _, at = found
                action = text[at:end].strip()
                deadline, said = normalise_deadline(action, reference=reference)
                out.append(_item(item_at(pos), actor, action, verb, deadline, said,
                                 text[pos:end], pos, end, at, end, "follow_up"))
            pos = end + 1
    return out


_OWNER = re.compile(r"^[ \t*•-]*(?:ansvarlig|ansvar|tovholder)\s*:\s*(?P<v>\S.*?)\s*$",
                    re.IGNORECASE)
_DUE = re.compile(r"^[ \t*•-]*(?:frist|deadline|tidsfrist|senest)\s*:\s*(?P<v>\S.*?)\s*$",
                  re.IGNORECASE)


def _owner_block(text: str, pos: int) -> tuple[str, str, int] | None:
    """(owner, deadline words, block end) from the "Ansvarlig:" / "Frist:" lines right after
    ``pos`` (the end of a task line), or None when no owner is named there."""
    owner, due, end = "", "", pos
    for _ in range(3):
        nxt = text.find("\n", end + 1)
        line = text[end + 1: nxt if nxt != -1 else len(text)]
        m_owner, m_due = _OWNER.match(line), _DUE.match(line)
        if not (m_owner or m_due):
            break
        owner = owner or (m_owner.group("v") if m_owner else "")
        due = due or (m_due.group("v") if m_due else "")
        end = nxt if nxt != -1 else len(text)
    return (clean(owner), due, end) if owner else None


def _item(item_no: str, actor: str, action: str, verb: str, deadline: str, said: str,
          sentence: str, start: int, end: int, action_start: int, action_end: int,
          pattern: str) -> dict[str, Any]:
    return {"item_no": item_no, "actor": actor, "action": clean_text(action), "verb": verb,
            "object": "", "deadline": deadline, "deadline_text": said,
            "text": clean_text(sentence), "start_char": start, "end_char": end,
            "action_start": action_start, "action_end": action_end, "pattern": pattern,
            "score": 1.0}
