"""Tables in the text: a header row of known column names, then rows of cells.

Readers lay tables out in one of two shapes, and both are read here:
- one row per line, cells split by tabs (DOCX) or by runs of three or more spaces (PDF columns);
- one cell per line (HTML: each ``<td>`` a block of its own), the rows following the header
  cell by cell.

A table is recognised by its header, not by one document's layout: every header cell must be a
known column name (:data:`COLUMNS`), and one of them must name what the table is about (a
person for attendance, a task for an action list). Rows run until a line does not fit the
table's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import Line, clean, lines_of

# Column names by what the column holds. Compared lower-case, without a final colon or period.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("navn", "medlem", "medlemmer", "deltager", "deltagere", "person", "mødedeltager",
             "mødedeltagere", "medlemmets navn"),
    "role": ("funktion", "titel", "rolle", "stilling", "hverv", "post", "rolle i rådet"),
    "note": ("parti", "myndighed", "afdeling", "organisation", "repræsenterer", "forening",
             "udpeget af", "kommune", "enhed", "forvaltning", "repræsentant for", "område",
             "politisk parti", "parti/liste", "bemærkning", "bemærkninger", "kommentar",
             "kommentarer", "note"),
    "status": ("fremmøde", "status", "deltog", "til stede", "tilstede", "deltagelse", "mødt",
               "fremmødt"),
    "item": ("pkt.", "pkt", "punkt", "sag", "nr.", "nr"),
    "owner": ("ansvarlig", "ansvar", "ansvarlige", "hvem"),
    "task": ("opgave", "handling", "aktivitet", "hvad", "opfølgning", "beskrivelse"),
    "deadline": ("frist", "deadline", "tidsfrist", "hvornår", "senest", "dato"),
}
_KIND_OF = {name: kind for kind, names in COLUMNS.items() for name in names}
# The first words of the column names: a line opening with none of them is no header.
_FIRST_WORDS = frozenset(clean(name.split()[0]) for name in _KIND_OF)
# A table is one of these when its header has this column.
SUBJECTS = ("name", "owner")
_CELL_SPLIT = re.compile(r"\t+| {3,}")


@dataclass
class Cell:
    text: str
    start: int
    end: int


@dataclass
class Grid:
    """A table: what each column holds, and its rows (cells in column order)."""

    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    start: int = 0
    end: int = 0

    def cell(self, row: list[Cell], kind: str) -> Cell | None:
        """The first cell of ``row`` in a column holding ``kind`` (None if no such column)."""
        return next((c for k, c in zip(self.columns, row, strict=False) if k == kind), None)

    def cells(self, row: list[Cell], kind: str) -> list[Cell]:
        return [c for k, c in zip(self.columns, row, strict=False) if k == kind and c.text]


def column_kind(text: str) -> str | None:
    """What a header cell's column holds ("Pkt." -> item), or None for no known column."""
    return _KIND_OF.get(clean(text).lower())


def _opens_like_header(text: str) -> bool:
    """Whether a line opens with a column name's first word (a quick test before the full one:
    most lines are none)."""
    words = text.split(None, 1)
    return bool(words) and clean(words[0]).lower() in _FIRST_WORDS


def _split(line: Line) -> list[Cell]:
    cells, pos = [], 0
    for part in _CELL_SPLIT.split(line.text):
        at = line.text.find(part, pos) if part else pos
        if part.strip():
            lead = len(part) - len(part.lstrip())
            cells.append(Cell(part.strip(), line.start + at + lead,
                              line.start + at + lead + len(part.strip())))
        pos = at + len(part)
    return cells


def _header(cells: list[Cell]) -> list[str] | None:
    kinds = [column_kind(c.text) for c in cells]
    if len(kinds) < 2 or None in kinds or not any(k in SUBJECTS for k in kinds):
        return None
    return kinds  # type: ignore[return-value]


def grids(text: str) -> list[Grid]:
    """Every table in the text whose header names its columns (see :data:`COLUMNS`)."""
    lines = lines_of(text)
    out: list[Grid] = []
    k = 0
    while k < len(lines):
        grid, k_next = _row_table(lines, k) or _cell_table(lines, k) or (None, k + 1)
        if grid is not None and grid.rows:
            out.append(grid)
        k = max(k_next, k + 1)
    return out


def _row_table(lines: list[Line], k: int) -> tuple[Grid, int] | None:
    """A header line of cells split by tabs or wide gaps, and rows below it."""
    if not _opens_like_header(lines[k].text):
        return None
    cells = _split(lines[k])
    kinds = _header(cells)
    if kinds is None and len(cells) == 1:
        # "Pkt. Ansvarlig Opgave Frist": a header typeset with single spaces
        words = lines[k].text.split()
        if 2 <= len(words) <= 6 and all(column_kind(w) for w in words):
            kinds = _header([Cell(w, 0, 0) for w in words])
    if kinds is None:
        return None
    grid = Grid(kinds, start=lines[k].start)
    # What each column holds in the rows set out cell by cell, to split the rows that are not.
    values: list[set[str]] = [set() for _ in kinds]
    for line in lines[k + 1:k + 100]:
        row_cells = _split(line)
        if len(row_cells) == len(kinds):
            for col, cell in enumerate(row_cells):
                values[col].add(cell.text)
    j = k + 1
    while j < len(lines):
        if not lines[j].text.strip():
            if grid.rows and j + 1 < len(lines) and _grid_row(lines[j + 1], kinds, values):
                j += 1  # rows set one blank line apart
                continue
            if not grid.rows:
                j += 1
                continue
            break
        row = _split(lines[j])
        if row and all(set(c.text) <= set("-=_+|: ") for c in row):
            j += 1  # "-----  ------": a rule under the header
            continue
        row = _grid_row(lines[j], kinds, values)
        if row is None:
            break
        grid.rows.append(row)
        grid.end = lines[j].end
        j += 1
    return grid, j


def _grid_row(line: Line, kinds: list[str], values: list[set[str]]) -> list[Cell] | None:
    """The line as a row of a table of ``kinds`` columns, one cell per column; None when it is
    no row of it.

    A PDF reader keeps the column gaps of most rows but may run a row's cells together with
    single spaces ("Ole Kjær Bundgaard Medlem Afbud"): the trailing cells are then told apart
    by the ``values`` their columns hold in the table's other rows, or by status words in a
    status column.
    """
    cells = _split(line)
    width = len(kinds)
    if not cells or len(cells) > width:
        return None
    placed: list[Cell | None] = [None] * width
    col = width - 1
    while len(cells) + sum(c is not None for c in placed) <= width and col >= len(cells):
        value = _trailing_value(cells[-1], kinds[col], values[col])
        if value is None:
            break
        placed[col] = value
        cells[-1] = Cell(cells[-1].text[:value.start - cells[-1].start].rstrip(),
                         cells[-1].start, cells[-1].start
                         + len(cells[-1].text[:value.start - cells[-1].start].rstrip()))
        col -= 1
    peeled = sum(c is not None for c in placed)
    if len(cells) < 2 and not (peeled and _name_like(cells[0].text)):
        return None
    row = [*cells, *placed[len(cells):]]
    return [c if c is not None else Cell("", line.end, line.end) for c in row]


# A status at the end of a run-together row, with what it says in parentheses: "Afbud (syg)".
_STATUS_AT_END = re.compile(r"(?:^|\s)((?:til\s*stede|deltog(?:\s+ikke)?|mødt|fremmødt|afbud|"
                            r"fraværende|fravær|forfald|ikke\s+til\s*stede)(?:\s*\([^()]*\))?)$",
                            re.IGNORECASE)


def _trailing_value(cell: Cell, kind: str, values: set[str]) -> Cell | None:
    """The value of a ``kind`` column that ``cell`` ends with, after words of its own: one of
    the column's ``values`` in other rows, or a status word in a status column."""
    text = cell.text
    for value in sorted(values, key=len, reverse=True):
        if text.lower().endswith(" " + value.lower()):
            at = len(text) - len(value)
            return Cell(text[at:], cell.start + at, cell.end)
    m = _STATUS_AT_END.search(text) if kind == "status" else None
    if m and m.start(1) > 0:
        return Cell(m.group(1), cell.start + m.start(1), cell.end)
    return None


def _name_like(text: str) -> bool:
    """Whether a cell could be a person's name: two to six capitalised words, no digits."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not re.search(
        r"\d", text)


def _cell_table(lines: list[Line], k: int) -> tuple[Grid, int] | None:
    """Header cells one per line (blank lines between allowed), then rows cell by cell."""
    if not _opens_like_header(lines[k].text) or column_kind(lines[k].text) is None:
        return None  # the usual case, told before looking ahead
    filled = [j for j in range(k, min(len(lines), k + 40)) if lines[j].text.strip()]
    if not filled or filled[0] != k:
        return None
    kinds: list[str] = []
    n = 0
    while n < len(filled) and len(_split(lines[filled[n]])) == 1:
        kind = column_kind(lines[filled[n]].text)
        if kind is None:
            break
        kinds.append(kind)
        n += 1
    if len(kinds) < 2 or not any(x in SUBJECTS for x in kinds):
        return None
    grid = Grid(kinds, start=lines[k].start)
    j = filled[n - 1] + 1
    width = len(kinds)
    while True:
        cells: list[Cell] = []
        while len(cells) < width and j < len(lines):
            if lines[j].text.strip():
                text = lines[j].text.strip()
                lead = len(lines[j].text) - len(lines[j].text.lstrip())
                cells.append(Cell(text, lines[j].start + lead, lines[j].start + lead + len(text)))
            j += 1
        if len(cells) < width or not _fits(kinds, cells):
            break
        grid.rows.append(cells)
        grid.end = cells[-1].end
    if not grid.rows:
        return None  # a heading above the header ("Deltagere" over "Navn | Funktion")
    # Resume after the last row taken.
    return grid, next((i for i, ln in enumerate(lines) if ln.start > grid.end), len(lines))


_STATUS_WORDS = re.compile(r"^(?:til\s*stede|deltog|deltager|ja|x|✓|✔|mødt|fremmødt|afbud|"
                           r"fraværende|fravær|nej|ikke\s+til\s*stede|forfald|afbud\s+\w+|"
                           r"deltog\s+\w.*|deltog\s+ikke)\W*$", re.IGNORECASE)


def _fits(kinds: list[str], cells: list[Cell]) -> bool:
    """Whether cells read one per line make a row of this table (not the text after it)."""
    for kind, cell in zip(kinds, cells, strict=True):
        if kind in ("name", "owner") and (not cell.text[:1].isupper() or len(cell.text) > 60
                                          or re.match(r"\d", cell.text)):
            return False
        if kind == "status" and not _STATUS_WORDS.match(cell.text):
            return False
        if kind in ("role", "note") and len(cell.text) > 80:
            return False
    return True


ABSENT_STATUS = re.compile(r"^(?:afbud|fraværende|fravær|nej|ikke\s+til\s*stede|forfald"
                           r"|deltog\s+ikke)\b", re.IGNORECASE)


def status_of(cell: Cell | None) -> str:
    """present / absent from a status cell ("" when the cell says neither)."""
    if cell is None or not cell.text:
        return ""
    if ABSENT_STATUS.match(cell.text):
        return "absent"
    return "present" if _STATUS_WORDS.match(cell.text) else ""
