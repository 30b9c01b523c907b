"""Plain records shared across modules."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceText:
    """One input document as text, before the pipeline."""

    doc_id: str  # stable id: the path relative to the input root, without suffix
    source: str  # where it came from: a path, or "archive!member"
    text: str
    page_starts: list[int] = field(default_factory=list)  # char offset where each page begins
