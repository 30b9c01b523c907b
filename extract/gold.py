"""Reading gold annotations (``extract-gold/1`` JSONL, see corpus/README.md)."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldFormatError
from .pipeline import REPO_ROOT

GOLD_FORMAT = "extract-gold/1"


def shared_dir() -> Path:
    """The shared material folder: ``EXTRACT_SHARED_DIR``, else ``../shared`` beside the repo."""
    return Path(os.environ.get("EXTRACT_SHARED_DIR", REPO_ROOT.parent / "shared"))


@dataclass
class GoldSpan:
    start: int
    end: int
    label: str
    norm: str | None = None


@dataclass
class GoldDoc:
    """One annotated document: its text, spans and expected table rows."""

    id: str
    text: str
    source: str
    spans: list[GoldSpan]
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


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
    return path.read_bytes().decode("utf-8"), str(path)


def read_gold(path: str | Path, *, skip_missing_shared: bool = True) -> list[GoldDoc]:
    """Read an ``extract-gold/1`` JSONL file.

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
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{n}: not JSON ({exc})") from exc
        if record.get("format", GOLD_FORMAT) != GOLD_FORMAT:
            raise GoldFormatError(f"{path}:{n}: format {record.get('format')!r}, expected {GOLD_FORMAT}")
        try:
            text, source = _text_for(record, path.parent)
        except SharedMissing:
            if skip_missing_shared:
                continue
            raise
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if record.get("sha256") and record["sha256"] != digest:
            raise GoldFormatError(f"{path}:{n}: the text of {record.get('id')} changed since it "
                                  "was annotated (sha256 differs); re-annotate or restore it")
        spans = []
        for s in record.get("spans", []):
            if not (0 <= s["start"] < s["end"] <= len(text)):
                raise GoldFormatError(f"{path}:{n}: span {s} outside the text")
            spans.append(GoldSpan(s["start"], s["end"], s["label"], s.get("norm")))
        docs.append(GoldDoc(record.get("id", f"{path.stem}-{n}"), text, source, spans,
                            record.get("tables", {})))
    return docs
