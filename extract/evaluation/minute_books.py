"""Scoring the split of minute books into meetings against gold (``corpus/gold/parish.jsonl``).

A gold record names a book in the shared folder and lists its meetings (char range, date,
attendance, and in the fuller format of corpus/GUIDELINES.md "Minute books" also matters and
actions); see ``scripts/build_parish_gold.py`` and ``scripts/build_books_gold_*.py``. A
predicted meeting matches a gold meeting when each covers at least half of the other. Dates
match when equal; an attendance row matches when it is in the matched meeting with the same
person (compared by :func:`extract.rules.signatures.person_key`, so "Alfr. Andersen" and "Alf.
Andersen" agree) and status; a role row also needs the same role. Action items match as in
:func:`extract.evaluation.actions.match_actions` (same sentence, actor and head verb); they are
scored only on books whose gold lists them.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import GoldFormatError
from ..paths import shared_dir
from ..rules.signatures import person_key
from .actions import match_actions
from .gold import read_json_lines
from .metrics import overlap, prf_counts


@dataclass
class BookGold:
    """The gold meetings of one minute book."""

    id: str
    path: Path
    text: str
    meetings: list[dict[str, Any]]

    @property
    def has_actions(self) -> bool:
        """Whether the gold annotates action items (the fuller format), so they are scored."""
        return any("actions" in m for m in self.meetings)


@dataclass
class Counts:
    """True positives, gold and predicted counts of one kind of row."""

    tp: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.gold += other.gold
        self.predicted += other.predicted

    @property
    def precision(self) -> float:
        return prf_counts(self.tp, self.predicted, self.gold)[0]

    @property
    def recall(self) -> float:
        return prf_counts(self.tp, self.predicted, self.gold)[1]

    @property
    def f1(self) -> float:
        return prf_counts(self.tp, self.predicted, self.gold)[2]


@dataclass
class BookScores:
    """Meeting, date, attendance and role counts for one book (or the sum over books)."""

    id: str
    meetings: Counts = field(default_factory=Counts)
    dates: Counts = field(default_factory=Counts)
    attendance: Counts = field(default_factory=Counts)
    roles: Counts = field(default_factory=Counts)
    actions: Counts = field(default_factory=Counts)
    # actors compared without a title or a body's members (match_actions(heads=True))
    actions_head: Counts = field(default_factory=Counts)

    def add(self, other: BookScores) -> None:
        for name in ("meetings", "dates", "attendance", "roles", "actions", "actions_head"):
            getattr(self, name).add(getattr(other, name))


def read_book_gold(path: str | Path) -> list[BookGold]:
    """Read minute-book gold; books whose shared file is absent are left out.

    A record names its book by ``shared_path`` (a file in ``../shared``) or by ``path`` (a file
    of this project, relative to the gold file's folder).

    Raises:
        GoldFormatError: a line is not JSON, has no ``minute_book``, or its text changed.
    """
    out = []
    for n, record in read_json_lines(Path(path)):
        if "minute_book" not in record or not ("shared_path" in record or "path" in record):
            raise GoldFormatError(f"{path}:{n}: needs shared_path (or path) and "
                                  "minute_book.meetings")
        file = shared_dir() / record["shared_path"] if "shared_path" in record \
            else Path(path).parent / record["path"]
        if not file.exists():
            continue
        text = file.read_bytes().decode("utf-8")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if record.get("sha256") and digest != record["sha256"]:
            raise GoldFormatError(f"{path}:{n}: {file} changed since it was annotated (sha256 "
                                  "differs); re-annotate it or restore the file")
        out.append(BookGold(record["id"], file, text, record["minute_book"]["meetings"]))
    return out


def score_book(gold: BookGold, doc: Doc) -> BookScores:
    """Scores of one processed book against its gold."""
    scores = BookScores(gold.id)
    g_spans = [(m["start"], m["end"]) for m in gold.meetings]
    p_spans = [tuple(s) for s in (doc._.meeting_spans or [[0, len(doc.text)]])]
    p_meetings = doc._.meetings or []
    match: dict[int, int] = {}  # predicted index -> gold index
    for pi, ps in enumerate(p_spans):
        for gi, gs in enumerate(g_spans):
            ov = overlap(ps, gs)
            if ov * 2 >= gs[1] - gs[0] and ov * 2 >= ps[1] - ps[0] and gi not in match.values():
                match[pi] = gi
                break
    scores.meetings = Counts(len(match), len(g_spans), len(p_spans))
    g_dates = {gi: m["date"] for gi, m in enumerate(gold.meetings) if m["date"]}
    p_dates = {pi: m.get("date", "") for pi, m in enumerate(p_meetings) if m.get("date")}
    same_date = sum(1 for pi, d in p_dates.items() if g_dates.get(match.get(pi, -1)) == d)
    scores.dates = Counts(same_date, len(g_dates), len(p_dates))

    def meeting_of(char: int) -> int:
        for pi, (a, b) in enumerate(p_spans):
            if a <= char < b:
                return match.get(pi, -1 - pi)  # unmatched meetings never agree with gold
        return -10**6

    g_rows = Counter((gi, person_key(r["person"]), r["status"])
                     for gi, m in enumerate(gold.meetings) for r in m["attendance"])
    p_rows = Counter((meeting_of(r["start_char"]), person_key(r["person"]), r["status"])
                     for r in doc._.attendance or [])
    scores.attendance = Counts(sum((g_rows & p_rows).values()), sum(g_rows.values()),
                               sum(p_rows.values()))
    g_roles = Counter((gi, person_key(r["person"]), r["role"])
                      for gi, m in enumerate(gold.meetings) for r in m["attendance"] if r["role"])
    p_roles = Counter((meeting_of(r["start_char"]), person_key(r["person"]), r["role"])
                      for r in doc._.attendance or [] if r.get("role"))
    scores.roles = Counts(sum((g_roles & p_roles).values()), sum(g_roles.values()),
                          sum(p_roles.values()))
    if gold.has_actions:
        g_actions = [a for m in gold.meetings for a in m.get("actions", [])]
        p_actions = list(doc._.actions or [])
        scores.actions = Counts(match_actions(g_actions, p_actions)[0], len(g_actions),
                                len(p_actions))
        scores.actions_head = Counts(match_actions(g_actions, p_actions, heads=True)[0],
                                     len(g_actions), len(p_actions))
    return scores


def score_books(gold: Iterable[BookGold], nlp: Language) -> tuple[BookScores, list[BookScores]]:
    """Run ``nlp`` on each gold book's text and score it; returns the total and each book."""
    books = list(gold)
    docs = nlp.pipe(g.text for g in books)
    per_book = [score_book(g, doc) for g, doc in zip(books, docs, strict=True)]
    total = BookScores("all")
    for s in per_book:
        total.add(s)
    return total, per_book
