"""Reading gold files of any supported format: guessing the format, picking its reader, merging.

The project's own ``extract-gold/1`` JSONL is read by :mod:`extract.evaluation.gold`, other
tools' formats by :mod:`extract.evaluation.formats`; this module is the one that knows both.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..errors import ExtractError, GoldFormatError
from .formats import (
    read_conllu,
    read_docbin,
    read_doccano,
    read_iob2,
    read_labelstudio,
    read_tokens_jsonl,
)
from .gold import GOLD_FORMAT, GoldDoc, read_extract_jsonl

FORMATS = ("extract", "doccano", "labelstudio", "conllu", "iob2", "tokens", "docbin")

Reader = Callable[..., list[GoldDoc]]

READERS: dict[str, Reader] = {
    "doccano": read_doccano,
    "labelstudio": read_labelstudio,
    "conllu": read_conllu,
    "iob2": read_iob2,
    "tokens": read_tokens_jsonl,
    "docbin": read_docbin,
}


def reader_for(fmt: str) -> Reader:
    """The reader function of a format name (see :data:`FORMATS`)."""
    if fmt not in READERS:
        raise GoldFormatError(f"unknown gold format {fmt!r}; use one of {', '.join(FORMATS)}")
    return READERS[fmt]


def detect_format(path: str | Path) -> str:
    """Guess a gold file's format from its suffix and, for JSON(L), its first record.

    Raises:
        GoldFormatError: the format cannot be told; pass ``format=`` then.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".spacy":
        return "docbin"
    if suffix == ".conllu":
        return "conllu"
    if suffix in (".iob2", ".iob", ".bio", ".conll", ".tsv"):
        return "iob2"
    if suffix in (".jsonl", ".json"):
        with path.open(encoding="utf-8") as f:
            head = f.read(1 << 16).lstrip()
        if head.startswith("["):
            return "labelstudio"
        first = head.split("\n", 1)[0]
        try:
            record = json.loads(first)
        except json.JSONDecodeError:
            if suffix == ".json":
                return "labelstudio"  # a whole-file JSON object spread over lines
            raise GoldFormatError(f"{path}: first line is not JSON; pass format=") from None
        if not isinstance(record, dict):
            raise GoldFormatError(f"{path}: expected JSON objects; pass format=")
        if record.get("format") == GOLD_FORMAT or any(
                k in record for k in ("path", "shared_path")) or isinstance(
                (record.get("spans") or [None])[0], dict):
            return "extract"
        if "tokens" in record and "ner_tags" in record:
            return "tokens"
        if "data" in record and isinstance(record["data"], dict):
            return "labelstudio"
        if any(k in record for k in ("label", "labels", "entities")):
            return "doccano"
        if "text" in record:
            return "extract"
    raise GoldFormatError(f"cannot tell the gold format of {path}; pass format= (one of "
                          f"{', '.join(FORMATS)})")


def read_gold(path: str | Path, *, format: str | None = None,
              skip_missing_shared: bool = True, **options: Any) -> list[GoldDoc]:
    """Read a gold file in any supported format.

    Args:
        path: the gold file (or, for ``docbin``, a ``.spacy`` file).
        format: one of :data:`FORMATS` (``extract``, ``doccano``, ``labelstudio``, ``conllu``,
            ``iob2``, ``tokens``, ``docbin``); None guesses it from the file name and content.
        skip_missing_shared: for ``extract`` gold: leave out documents whose text is in an
            absent shared folder (else raise).
        **options: passed to the format's reader (e.g. ``text_from`` for IOB2 files).

    Raises:
        GoldFormatError: the file is missing, its format unknown, or its content invalid.
    """
    path = Path(path)
    if not path.exists():
        raise GoldFormatError(f"gold file {path} not found")
    fmt = format or detect_format(path)
    if fmt == "extract":
        return read_extract_jsonl(path, skip_missing_shared=skip_missing_shared)
    return reader_for(fmt)(path, **options)


def read_gold_files(gold: str | Path | GoldDoc | Iterable[str | Path | GoldDoc], *,
                    format: str | None = None, **options: Any) -> list[GoldDoc]:
    """Gold documents from files (any supported format) and/or :class:`GoldDoc` objects.

    Records of the same document (same id and text) in several files are merged: one file may
    annotate a document's entities and another its action items, and the document is scored
    once, with the spans of the record that has them and the tables of all.
    """
    if isinstance(gold, str | Path | GoldDoc):
        gold = [gold]
    docs: list[GoldDoc] = []
    for item in gold:
        if isinstance(item, GoldDoc):
            docs.append(item)
        else:
            docs.extend(read_gold(item, format=format, **options))
    return merge_gold(docs)


def merge_gold(docs: Iterable[GoldDoc]) -> list[GoldDoc]:
    """One record per document: the spans of the record that annotates them, all the tables.

    Raises:
        ExtractError: two records annotate the same document's spans differently.
    """
    merged: dict[tuple[str, str], GoldDoc] = {}
    for d in docs:
        key = (d.id, d.text)
        if key not in merged:
            merged[key] = dataclasses.replace(d, spans=list(d.spans), tables=dict(d.tables))
            continue
        m = merged[key]
        if d.spans_annotated:
            if m.spans_annotated and m.spans != d.spans:
                raise ExtractError(f"gold document {d.id} has two different span annotations "
                                   f"({m.source}, {d.source}); keep one of them")
            m.spans, m.spans_annotated = list(d.spans), True
        for name, rows in d.tables.items():
            if name in m.tables and m.tables[name] != rows:
                raise ExtractError(f"gold document {d.id} has two different {name!r} tables; "
                                   "keep one of them")
            m.tables[name] = rows
    return list(merged.values())


