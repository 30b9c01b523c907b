"""The records a minute book is read into: its meetings and the names at each."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Signatory:
    """A name in a minute book meeting: signed (present), listed present, or listed absent."""

    person: str
    start_char: int
    end_char: int
    status: str = "present"
    role: str = ""


@dataclass
class BookMeeting:
    """One meeting found in a minute book: its char range, date and attendance."""

    start_char: int
    end_char: int
    date: str = ""
    date_start: int = -1
    date_end: int = -1
    start_time: str = ""
    attendance: list[Signatory] = field(default_factory=list)
