"""Lists laid out one line per block, as web pages export them: a ``<dl>`` of roles and names
("Formand" / "Lene Holm (Forening)" / "Næstformand" / ...), or a member table whose cells each
became a block of their own ("Anne Holm" / "V" / "Bo Lund" / "A" / "Afbud"). Such a list runs
past its blank lines, and a status word recurring every few blocks is a row's cell, not a
heading over the names after it. The functions take the lines of
:func:`extract.rules.layout.lines_of`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class Line(Protocol):
    """A line of :func:`extract.rules.layout.lines_of` (not imported: layout imports this)."""

    @property
    def stripped(self) -> str: ...


def entry_blocks_go_on(lines: Sequence[Line], k: int) -> bool:
    """Whether a list of people goes on past the blank line ``lines[k]``: a web page lays out
    each entry as a block of one line ("Formand" / "Lene Holm (Forening)" / "Næstformand" /
    ...), and the list runs while one-line blocks follow one-line blocks. A sentence, a field
    ("Mødedato: ...") or a longer block ends it."""
    nxt = next((j for j in range(k + 1, min(len(lines), k + 3)) if lines[j].stripped), None)
    if nxt is None or not one_line_block(lines, k - 1) or not one_line_block(lines, nxt):
        return False
    entry = lines[nxt].stripped
    return (len(entry) <= 100 and entry[:1].isupper() and ":" not in entry
            and not entry.endswith(".") and len(entry.split()) <= 10)


# A presence cell: the status column's value in a member table, the whole block (which side it
# says is grids.status_of's to tell).
STATUS_CELL = re.compile(r"^(?:til\s*stede|tilstede|deltog|deltager|mødt|fremmødt|ja|x|✓|afbud"
                         r"|fraværende|fravær|nej|ikke\s+til\s*stede|forfald|deltog\s+ikke)\W*$",
                         re.IGNORECASE)


def one_line_block(lines: Sequence[Line], j: int) -> bool:
    """Whether line ``j`` is a block of its own: blank lines (or the text's edge) around it."""
    return (0 <= j < len(lines) and bool(lines[j].stripped)
            and (j == 0 or not lines[j - 1].stripped)
            and (j + 1 == len(lines) or not lines[j + 1].stripped))


def status_cell_runs(lines: Sequence[Line]) -> list[tuple[int, int, list[int]]]:
    """Member tables laid out in blocks whose status column says who came: status words every
    two to four blocks (a row's name, party, role and status), three times or more. Each run is
    (the line its first row starts on, its last status line, its status lines). A heading
    ("Afbud" over the names of the absent) has more than a row's names between it and the
    next."""
    blocks = [j for j in range(len(lines)) if one_line_block(lines, j)]
    runs: list[tuple[int, int, list[int]]] = []
    run: list[int] = []  # ordinals in ``blocks`` of the status words of the current run

    def close() -> None:
        if len(run) >= 3:
            # The first row is as wide as the widest: a row's empty cells leave no block.
            width = max(b - a for a, b in zip(run, run[1:], strict=False))
            first_row = max(0, run[0] - width + 1)
            runs.append((blocks[first_row], blocks[run[-1]], [blocks[n] for n in run]))

    for n, j in enumerate(blocks):
        if not STATUS_CELL.match(lines[j].stripped):
            continue
        if run and not 2 <= n - run[-1] <= 4:
            close()
            run = []
        run.append(n)
    close()
    return runs
