"""A case's stages inside one agenda item: "Beslutning i Økonomiudvalget den 19-11-2024",
then "Beslutning i Kommunalbestyrelsen den 26-11-2024".

Minutes systems (Prepare, FirstAgenda, eDoc) print each body's decision on a case under a
heading naming the body and the date. Only the stage of the minuted meeting (its date, else its
body) is the item's decision; the earlier stages are the case's history, their positions taken
at those bodies' meetings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .dates import find_dates
from .layout import lines_of

_DATE = r"(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*[A-Za-zæøå]+\.?\s+\d{4})"
STAGE_HEADING = re.compile(
    r"^[ \t*#]*(?:(?:beslutning(?:er)?|behandling|afgørelse)\s+(?:i|fra|på)\s+(?P<body>[^\n]+?)"
    r"|(?P<body2>[A-ZÆØÅ][^\n]*?)s\s+(?:beslutning|behandling))"
    r"\s+(?:den|d\.|på\s+mødet\s+den)\s+" + _DATE + r"[ \t*:.]*$",
    re.IGNORECASE | re.MULTILINE)


@dataclass
class Stage:
    """One body's treatment of the case: its heading, and the text under it."""

    body: str
    date: str  # ISO
    start: int  # the heading
    text_start: int
    end: int


def decision_stages(text: str, start: int, end: int, is_heading: Callable[[str], bool]
                    ) -> list[Stage]:
    """The stages of the item in ``text[start:end]``, in order; empty when it has none.

    A stage's text runs to the next stage heading, or to the next section heading
    (``is_heading``: Bilag, Indstilling, ...), or to the item's end.
    """
    heads = list(STAGE_HEADING.finditer(text, start, end))
    stages = []
    for k, m in enumerate(heads):
        stop = heads[k + 1].start() if k + 1 < len(heads) else end
        for ln in lines_of(text[m.end():stop]):
            if ln.text.strip() and is_heading(ln.text):
                stop = m.end() + ln.start
                break
        found = [d.iso for d in find_dates(m.group("date")) if d.iso]
        stages.append(Stage((m.group("body") or m.group("body2") or "").strip(),
                            found[0] if found else "", m.start(), m.end(), stop))
    return stages


def own_stage(stages: list[Stage], meeting_date: str, meeting_body: str) -> Stage | None:
    """The stage of the minuted meeting: its date, else its body (a stage dated otherwise is
    an earlier meeting of the same body: "Byrådets beslutning den 17. april 2023" quoted in the
    minutes of 19 June), else the last stage."""
    for stage in stages:
        if meeting_date and stage.date == meeting_date:
            return stage
    for stage in stages:
        if meeting_body and stage.body.lower().startswith(meeting_body.lower()[:6]) and not (
                meeting_date and stage.date):
            return stage
    return stages[-1] if stages and not meeting_date else None
