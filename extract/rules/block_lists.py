"""Lists laid out one line per block, as web pages export them: a ``<dl>`` of roles and names
("Formand" / "Lene Holm (Forening)" / "Næstformand" / ...), or a member table whose cells each
became a block of their own ("Anne Holm" / "V" / "Bo Lund" / "A"). Such a list runs past its
blank lines. The functions take the lines of :func:`extract.rules.layout.lines_of`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Line


def entry_blocks_go_on(lines: list[Line], k: int) -> bool:
    """Whether a list of people goes on past the blank line ``lines[k]``: a web page lays out
    each entry as a block of one line ("Formand" / "Lene Holm (Forening)" / "Næstformand" /
    ...), and the list runs while one-line blocks follow one-line blocks. A sentence, a field
    ("Mødedato: ...") or a longer block ends it."""
    def one_line_block(j: int) -> bool:
        return (0 <= j < len(lines) and bool(lines[j].stripped)
                and (j == 0 or not lines[j - 1].stripped)
                and (j + 1 == len(lines) or not lines[j + 1].stripped))

    nxt = next((j for j in range(k + 1, min(len(lines), k + 3)) if lines[j].stripped), None)
    if nxt is None or not one_line_block(k - 1) or not one_line_block(nxt):
        return False
    entry = lines[nxt].stripped
    return (len(entry) <= 100 and entry[:1].isupper() and ":" not in entry
            and not entry.endswith(".") and len(entry.split()) <= 10)
