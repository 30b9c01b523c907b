"""Word documents (python-docx): paragraphs and tables in document order.

Each paragraph is one line (an empty paragraph is a blank line, as in the text the minutes
parser reads); a line break inside a paragraph stays a line break. Numbered and bulleted list
paragraphs get their number ("3.") or a dash, which Word keeps outside the text. A table row
becomes one line with its cells separated by tabs, so a name and the title in the next cell
stay on the same line. Word files have no fixed pages: ``page_starts`` is left empty.
"""

from __future__ import annotations

import io
import logging
import zipfile
from typing import Any

from ..errors import InputError
from .sniff import expect_bytes

log = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MB = 1024 * 1024
# python-docx unpacks every part into memory: a crafted .docx is a zip bomb like any other.
MAX_UNPACKED_BYTES = 512 * MB
MAX_RATIO = 200.0  # unpacked / packed, per part over 1 MB (as for archives)


class _Numbering:
    """Counters for Word's automatic list numbering (decimal numbers, letters, bullets)."""

    def __init__(self, document: Any) -> None:
        self.formats: dict[tuple[str, str], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in root.iter(_W + "abstractNum"):
            levels = {}
            for lvl in node.iter(_W + "lvl"):
                fmt = lvl.find(_W + "numFmt")
                levels[lvl.get(_W + "ilvl")] = fmt.get(_W + "val") if fmt is not None else "decimal"
            abstract[node.get(_W + "abstractNumId")] = levels
        for num in root.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is None:
                continue
            for ilvl, fmt in abstract.get(ref.get(_W + "val"), {}).items():
                self.formats[(num.get(_W + "numId"), ilvl)] = fmt

    def label(self, paragraph: Any) -> str:
        ppr = paragraph._p.pPr
        num_pr = ppr.numPr if ppr is not None else None
        style = paragraph.style
        while (num_pr is None or num_pr.numId is None) and style is not None:
            # "List Number" and its kin number their paragraphs through the style.
            sppr = style.element.pPr
            num_pr = sppr.numPr if sppr is not None else None
            style = style.base_style
        if num_pr is None or num_pr.numId is None:
            return ""
        num_id = str(num_pr.numId.val)
        level = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        fmt = self.formats.get((num_id, str(level)), "bullet")
        if fmt in ("bullet", "none"):
            return "-" if fmt == "bullet" else ""
        count = self.counters.get((num_id, level), 0) + 1
        self.counters[(num_id, level)] = count
        for key in [k for k in self.counters if k[0] == num_id and k[1] > level]:
            del self.counters[key]  # a deeper level restarts under each new item
        if fmt in ("lowerLetter", "upperLetter"):
            letter = chr(ord("a") + (count - 1) % 26)
            return (letter.upper() if fmt == "upperLetter" else letter) + ")"
        return f"{count}."


def _cell_text(cell: Any) -> str:
    return " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())


def _check_package(data: bytes) -> None:
    """Refuse a .docx whose parts would unpack to too much (a zip bomb) before reading it.

    Raises:
        InputError: over :data:`MAX_UNPACKED_BYTES` in all, or a part over :data:`MAX_RATIO`.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: python-docx says so below
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED_BYTES:
        raise InputError(f"the .docx unpacks to {total / MB:,.0f} MB, over the "
                         f"{MAX_UNPACKED_BYTES / MB:,.0f} MB limit (a zip bomb?)")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MB and ratio > MAX_RATIO:
            raise InputError(f"part {info.filename} of the .docx is compressed "
                             f"{ratio:,.0f}:1, over the {MAX_RATIO:,.0f}:1 limit (a zip bomb?)")


def read_docx(data: bytes) -> str:
    """DOCX bytes -> text: one line per paragraph, one tab-separated line per table row.

    Raises:
        InputError: the bytes are not a Word document (.docx); an old binary .doc must be
            saved as .docx first.
        TypeError: ``data`` is a path or a str, not bytes.
    """
    import docx  # python-docx: optional dependency of the DOCX reader only
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml import etree  # python-docx's XML parser

    expect_bytes(data)
    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError,
            etree.XMLSyntaxError) as exc:
        raise InputError(f"not a Word .docx file ({exc}); save old .doc files as .docx "
                         "first") from exc
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            label = numbering.label(block)
            text = block.text.replace("\r", "\n")
            lines.append(f"{label} {text}" if label and text else text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:  # merged cells repeat: keep each once
                    text = _cell_text(cell)
                    if not cells or text != cells[-1]:
                        cells.append(text)
                if any(cells):
                    lines.append("\t".join(cells))
    text = "\n".join(lines)
    return text + "\n" if text and not text.endswith("\n") else text
