"""Gold annotations: the :class:`GoldDoc` record and the project's own gold format.

The project's own format is ``extract-gold/1`` JSONL (see ``corpus/README.md``). The readers of
other tools' formats (doccano, Label Studio, CoNLL-U, IOB2 column files, token JSONL, spaCy
DocBin) live in :mod:`extract.evaluation.formats`;
:func:`extract.evaluation.reading.read_gold` picks a reader by the file's name and content, or
by ``format=``.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError, InputError
from ..paths import shared_dir
from ..readers import read_file

log = logging.getLogger(__name__)

GOLD_FORMAT = "extract-gold/1"
# The labels of the annotation guidelines (corpus/GUIDELINES.md). MISC is not among them: it is
# never annotated in minutes gold, so a MISC the model keeps (laws, plans, events) is not scored
# as an error on a record that does not list its labels.
GUIDELINE_LABELS = ("PERSON", "ROLE", "MUNICIPALITY", "ORG", "LOC", "DATE", "TIME", "CASE_NUMBER",
                    "EMAIL")


@dataclass
class GoldSpan:
    """One annotated span: character offsets into :attr:`GoldDoc.text`, label, optional norm."""

    start: int
    end: int
    label: str
    norm: str | None = None


@dataclass
class GoldDoc:
    """One annotated document: its text, spans and expected table rows.

    Attributes:
        id: the document's id (unique within its gold file).
        text: the text the pipeline is run on.
        source: where the text came from (a path, or ``inline:<id>``).
        spans: the gold entity spans.
        tables: expected table rows per table name; a table that is absent is not scored.
        spans_annotated: False when the record annotates tables only (its ``spans`` key is
            absent), so it is left out of the entity scores.
        span_labels: the labels the record annotates completely (``span_labels`` in the
            record; an extract-gold record without it annotates :data:`GUIDELINE_LABELS`);
            predicted spans of other labels are not scored on it. None: every label.
        token_offsets: for token-level gold (CoNLL-U, IOB2, DocBin, token JSONL): the
            (start, end) character offsets of each gold token in ``text``, so the pipeline can
            also be scored on the gold tokenisation.
    """

    id: str
    text: str
    source: str
    spans: list[GoldSpan]
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    spans_annotated: bool = True
    span_labels: list[str] | None = None
    token_offsets: list[tuple[int, int]] | None = None

    @property
    def words(self) -> list[str] | None:
        """The gold tokens (None when the gold is not token-level)."""
        if self.token_offsets is None:
            return None
        return [self.text[s:e] for s, e in self.token_offsets]

    @property
    def spaces(self) -> list[bool] | None:
        """Whether each gold token is followed by whitespace (None when not token-level)."""
        if self.token_offsets is None:
            return None
        offsets = self.token_offsets
        return [offsets[i][1] < (offsets[i + 1][0] if i + 1 < len(offsets) else len(self.text))
                for i in range(len(offsets))]


class SharedMissing(GoldFormatError):
    """Gold refers to the shared folder, which is not there."""


def _text_for(record: dict[str, Any], base: Path) -> tuple[str, str]:
    if "text" in record:
        return record["text"], f"inline:{record.get('id', '')}"
    if "path" in record:
        path = (base / record["path"]).resolve()
    elif "shared_path" in record:
        path = shared_dir() / record["shared_path"]
        if not path.exists():
            raise SharedMissing(f"{path} not found: gold {record.get('id')} needs the shared "
                                "folder; set EXTRACT_SHARED_DIR to where it is")
    else:
        raise GoldFormatError(f"gold {record.get('id')}: needs one of text, path, shared_path")
    if not path.exists():
        raise GoldFormatError(f"gold {record.get('id')}: text file {path} not found")
    if "csv_column" in record:
        return _csv_cell(path, record), f"{path}#uid={record.get('csv_uid')}"
    if path.suffix.lower() in (".txt", ".md"):
        return path.read_bytes().decode("utf-8"), str(path)
    # A PDF, DOCX, HTML or e-mail file: the text is what the reader makes of it, as in a run.
    try:
        return read_file(path).text, str(path)
    except InputError as exc:
        raise GoldFormatError(f"gold {record.get('id')}: {exc}") from exc


@functools.lru_cache(maxsize=4)
def _csv_rows(path: Path, mtime: float) -> dict[str, dict[str, str]]:
    """The rows of a CSV file by their ``uid`` column (``mtime`` only keys the cache)."""
    csv.field_size_limit(sys.maxsize)  # one cell may hold a whole case
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if "uid" not in (reader.fieldnames or []):
            raise GoldFormatError(f"{path}: a CSV file used as gold text needs a uid column")
        return {row["uid"]: row for row in reader}


def _csv_cell(path: Path, record: dict[str, Any]) -> str:
    """The text of one cell of a CSV file: the row whose ``uid`` is ``csv_uid``, the column
    ``csv_column`` (archives publish proceedings as one row per case)."""
    rows = _csv_rows(path, path.stat().st_mtime)
    row = rows.get(str(record.get("csv_uid")))
    if row is None:
        raise GoldFormatError(f"gold {record.get('id')}: {path} has no row with uid "
                              f"{record.get('csv_uid')!r}")
    column = record["csv_column"]
    if column not in row:
        raise GoldFormatError(f"gold {record.get('id')}: {path} has no column {column!r} "
                              f"(it has {', '.join(row)})")
    return row[column]


def read_extract_jsonl(path: str | Path, *, skip_missing_shared: bool = True) -> list[GoldDoc]:
    """Read an ``extract-gold/1`` JSONL file (the project's own gold format).

    A record may carry ``char_range: [start, end]`` to annotate an excerpt of a long file: the
    document is then ``text[start:end]``, while its span offsets stay offsets into the whole
    file (as an annotator reads them) and ``sha256`` is the hash of the whole file.

    Args:
        path: the JSONL file.
        skip_missing_shared: leave out documents whose shared text is absent (else raise).

    Raises:
        GoldFormatError: a line is not valid gold, its text changed (sha256), or a span is out
            of range.
    """
    path = Path(path)
    if not path.is_file():
        raise GoldFormatError(f"gold file {path} not found")
    docs = []
    skipped = 0
    for n, record in read_json_lines(path):
        if record.get("format", GOLD_FORMAT) != GOLD_FORMAT:
            raise GoldFormatError(f"{path}:{n}: format {record.get('format')!r}, expected "
                                  f"{GOLD_FORMAT}")
        try:
            text, source = _text_for(record, path.parent)
        except SharedMissing:
            if skip_missing_shared:
                skipped += 1
                continue
            raise
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if record.get("sha256") and record["sha256"] != digest:
            raise GoldFormatError(
                f"{path}:{n}: the text of {record.get('id')} changed since it was annotated "
                "(sha256 differs; of a PDF, DOCX, HTML or e-mail file, the text its reader "
                "gives); re-annotate or restore it")
        lo, hi = record.get("char_range") or (0, len(text))
        if not 0 <= lo < hi <= len(text):
            raise GoldFormatError(f"{path}:{n}: char_range {[lo, hi]} outside the text "
                                  f"({len(text)} characters)")
        spans = []
        for s in record.get("spans", []):
            if not (lo <= s["start"] < s["end"] <= hi):
                raise GoldFormatError(f"{path}:{n}: span {s} outside the text"
                                      + (f" excerpt {[lo, hi]}" if record.get("char_range")
                                         else ""))
            spans.append(GoldSpan(s["start"] - lo, s["end"] - lo, s["label"], s.get("norm")))
        docs.append(GoldDoc(record.get("id", f"{path.stem}-{n}"), text[lo:hi], source, spans,
                            record.get("tables", {}), spans_annotated="spans" in record,
                            span_labels=record.get("span_labels") or list(GUIDELINE_LABELS)))
    if skipped:
        log.warning("%s: left out %d document(s) whose text is in the shared folder %s, "
                    "which is absent", path, skipped, shared_dir())
    return docs


def read_json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-empty line of a JSON-lines file.

    Raises:
        GoldFormatError: a line is not JSON or not an object.
    """
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{n}: not JSON ({exc})") from exc
        if not isinstance(record, dict):
            raise GoldFormatError(f"{path}:{n}: expected a JSON object per line")
        yield n, record
