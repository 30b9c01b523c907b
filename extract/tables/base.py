"""What every table builder gets: the Doc's id and the ids of the meetings it holds."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from .. import extensions  # noqa: F401
from ..rules.kinds import MINUTES, OTHER, document_kind


@dataclass(frozen=True)
class DocContext:
    """What every table builder needs besides the Doc."""

    doc_id: str
    meeting_ids: list[str]
    kind: str = MINUTES  # extract.rules.kinds: which tables the Doc fills
    # The Doc's meeting spans, read once: ``doc._`` costs microseconds a call, and every row of
    # every table asks.
    meeting_spans: list[tuple[int, int]] | None = None

    def meeting_at(self, doc: Doc, char: int) -> str:
        """The meeting a character offset belongs to (minute books hold several)."""
        spans = self.meeting_spans if self.meeting_spans is not None \
            else doc._.meeting_spans or []
        for meeting_id, span in zip(self.meeting_ids, spans, strict=False):
            if span[0] <= char < span[1]:
                return meeting_id
        return self.meeting_ids[0] if self.meeting_ids else ""


RowBuilder = Callable[[Doc, "DocContext"], list[dict]]


def row(columns: list[str], values: Mapping[str, Any], **fixed: Any) -> dict[str, Any]:
    """One row with exactly ``columns``, in order: ``fixed`` first, else ``values``.

    A column neither gives is None (missing). Keys of ``values`` outside ``columns`` are left
    out, so a component adding a field to its dicts never adds an undeclared column.
    """
    return {c: fixed[c] if c in fixed else values.get(c) for c in columns}


def doc_id_of(doc: Doc) -> str:
    """The Doc's id: as set by the reader, else a hash of its text (stable across runs)."""
    if doc._.doc_id:
        return str(doc._.doc_id)
    return "doc-" + hashlib.sha1(doc.text.encode("utf-8")).hexdigest()[:12]


def meeting_id_of(doc_id: str, index: int) -> str:
    return f"{doc_id}#m{index + 1}"


def context_of(doc: Doc) -> DocContext:
    doc_id = doc_id_of(doc)
    kind = document_kind(doc)
    # Other text holds no meeting: its mentions belong to the document alone.
    n = 0 if kind == OTHER else max(1, len(doc._.meetings or []))
    return DocContext(doc_id, [meeting_id_of(doc_id, i) for i in range(n)], kind,
                      list(doc._.meeting_spans or []))
