"""Attendance read from tables: one row per person in a table whose header names a person
column (Navn / Medlem / Deltager) beside columns for function, party or body, and presence."""

from __future__ import annotations

import re
from typing import Any

from .grids import Cell, grids, status_of
from .layout import clean


def role_base(value: str) -> str:
    """A role as the tables write it ("Formand", "Børne- og ungedirektør") in lower case."""
    return clean(value).lower()


def attendance_table_rows(text: str, offset: int = 0) -> tuple[list[dict[str, Any]],
                                                                list[tuple[int, int]]]:
    """Attendance rows of every person table in ``text``, and the char ranges the tables cover.

    ``status`` is "" where the table has no presence column (the heading above decides).
    Offsets are shifted by ``offset`` (the text is a meeting's part of a longer document).
    """
    rows: list[dict[str, Any]] = []
    covered: list[tuple[int, int]] = []
    for grid in grids(text):
        if "name" not in grid.columns:
            continue
        covered.append((offset + grid.start, offset + grid.end))
        for row in grid.rows:
            name = grid.cell(row, "name")
            if name is None or not name.text:
                continue
            role = grid.cell(row, "role")
            status, said = _status_and_note(grid.cell(row, "status"))
            notes = [clean(c.text) for c in grid.cells(row, "note")] + ([said] if said else [])
            rows.append({"person": clean(name.text),
                         "role": role_base(role.text) if role is not None else "",
                         "status": status,
                         "note": ", ".join(notes),
                         "organisation": "", "municipality": "",
                         "start_char": offset + name.start, "end_char": offset + name.end})
    return rows, covered


def _status_and_note(cell: Cell | None) -> tuple[str, str]:
    """A status cell's presence, and what it says in parentheses: "Til stede (fra kl. 17.30)"
    is present, with "fra kl. 17.30" the row's note."""
    if cell is None:
        return "", ""
    m = re.search(r"\(([^()]*)\)\W*$", cell.text)
    if not m:
        return status_of(cell), ""
    return status_of(Cell(cell.text[:m.start()].strip(), cell.start, cell.end)), m.group(1).strip()


# "Elevrepræsentanter: Sofie og Noah (Fælleselevrådet)": a group named by its role, its
# members by first name. The label is a plural noun, optionally qualified ("fra ungerådet").
_LABEL_LIST = re.compile(r"^[ \t*]*(?P<label>[A-ZÆØÅ][a-zæøå-]+(?:\s+(?:fra|for|i)\s+[\wæøå-]+)?)"
                         r"\s*:\s*(?P<names>[^\n]+?)\s*$", re.MULTILINE)
_ENTRY_SPLIT = re.compile(r",\s*|\s+og\s+")


def singular(word: str) -> str:
    """A Danish plural person noun in its singular base form ("repræsentanter" ->
    "repræsentant", "tolke" -> "tolk", "lærere" -> "lærer")."""
    word = word.lower()
    for ending, keep in (("erne", ""), ("ere", "er"), ("er", ""), ("e", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: len(word) - len(ending)] + keep
    return word


def first_name_lists(text: str, offset: int, first_names: frozenset[str],
                     headings: dict[str, str]) -> list[dict[str, Any]]:
    """People listed by first name only under a label: "Elevrådsrepräsentanter: Freja og
    Malik", "Tegnsprogstolke: Maja og Søren".

    Args:
        text: the meeting's header part (before its first agenda item).
        offset: where ``text`` starts in the document.
        first_names: known first names (a capitalised word that is one of them is a name).
        headings: attendance headings (lower case) -> status; such a label gives no role.
    """
    rows = []
    for m in _LABEL_LIST.finditer(text):
        names = m.group("names")
        note = ""
        paren = re.search(r"\(([^()]*)\)\W*$", names)
        if paren:
            note, names = paren.group(1).strip(), names[:paren.start()]
        entries = [e.strip(" .") for e in _ENTRY_SPLIT.split(names) if e.strip(" .")]
        if not entries or not all(len(e.split()) == 1 and e in first_names for e in entries):
            continue
        label = m.group("label").lower()
        status = headings.get(label, "")
        role = "" if status else singular(label.split()[0])
        pos = m.start("names")
        for entry in entries:
            at = text.find(entry, pos)
            pos = at + len(entry)
            rows.append({"person": entry, "role": role, "status": status or "present",
                         "note": note, "organisation": "", "municipality": "",
                         "start_char": offset + at, "end_char": offset + at + len(entry)})
    return rows


# A list entry shaped like a full name: two to four capitalised words or initials, hyphens
# inside ("Hans-Jørgen Kirstein", "John T. Olsen"), a party or role in brackets after it.
_NAME_SHAPE = re.compile(r"^(?:[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?|[A-ZÆØÅ]\.)"
                         r"(?:\s+(?:[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?|[A-ZÆØÅ]\.)){1,3}"
                         r"(?=\s*(?:\([^()]*\))?\s*$)")
_LIST_ENTRY = re.compile(r"[^,;\n]+")
_LABEL_PREFIX = re.compile(r"^[^:\n]{1,40}:\s*")


def names_beside_names(text: str, lists: list[tuple[int, int]], people: list[tuple[int, int]],
                       not_names: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of entries shaped like full names in a meeting's lists of people whose
    other entries are people already: "Deltagere: Anne Holm, Bo Lund\nAfbud: Liselott Blixt"
    where the name register lacks the rare first name "Liselott". The lists' shape is the cue,
    so the meeting's lists together need two known people and as many known as unknown entries.

    Args:
        text: the document text.
        lists: (start, end) of each attendance list of one meeting in it.
        people: (start, end) of the PERSON entities found in those lists.
        not_names: capitalised words that are never part of a name (headings, weekdays ...).
    """
    known, unknown = 0, []
    for start, end in lists:
        pos = start
        for line in text[start:end].split("\n"):
            line_start, pos = pos, pos + len(line) + 1
            label = _LABEL_PREFIX.match(line)
            for m in _LIST_ENTRY.finditer(line, label.end() if label else 0):
                lead = len(m.group()) - len(m.group().lstrip())
                entry = m.group().strip()
                for part in re.split(r"\s+og\s+", entry):
                    at = line_start + m.start() + lead + entry.find(part)
                    if any(s < at + len(part) and at < e for s, e in people):
                        known += 1
                        continue
                    shape = _NAME_SHAPE.match(part)
                    if shape and not any(w in not_names for w in shape.group().split()):
                        unknown.append((at, at + shape.end()))
    return unknown if unknown and known >= 2 and known >= len(unknown) else []


# "Mikkel Bach Sørensen (V) deltog i stedet for Helle Rask Jeppesen (V)", "stedfortræder X for
# Y": the name after it is the member a substitute replaced.
_REPLACED = re.compile(r"\b(?:i\s+stedet\s+)?for\s*$", re.IGNORECASE)


def replaced_members_absent(rows: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """A member named as the one a substitute replaced was absent: that row is absent without
    a role, and a member listed again (in the table, then in the substitutes' line) keeps one
    row, the first, made absent if the later one says so."""
    first: dict[str, dict[str, Any]] = {}
    kept = []
    for row in rows:
        line_start = text.rfind("\n", 0, row["start_char"]) + 1
        replaced = bool(_REPLACED.search(text[line_start:row["start_char"]]))
        if replaced:
            row.update(status="absent", role="")
        earlier = first.get(row["person"].casefold())
        if earlier is None:
            first[row["person"].casefold()] = row
            kept.append(row)
        elif replaced:
            earlier["status"] = "absent"
    return kept
