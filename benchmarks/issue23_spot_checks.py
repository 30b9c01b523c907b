"""Spot checks of the archive notebook's numbers against the Greve publications (issue 23).

A benchmark, not a test: it reads the tables of a finished ``extract run`` over the Greve
archive and the archive's JSON itself, and prints Markdown tables of what agrees.

    extract run ../shared/corpus/greve-2022-2024/*.json --out out/greve-2022-2024 \\
        --model da_minutes_rules --format parquet -q
    python benchmarks/issue23_spot_checks.py --tables out/greve-2022-2024
    python benchmarks/issue23_spot_checks.py --tables out/part --archive DIR   # other JSON

It makes the hand-made checks of ``benchmarks/issue23_spot_checks.md`` repeatable. "Plot" is
what ``notebooks/04_municipal_archive.ipynb`` plots, computed the way the notebook does
(``extract.archive`` over the tables, one meeting per publication); "JSON" is counted in the
FirstAgenda publications with nothing from the pipeline: ``Moede.Moededeltagere`` with the
``Absent`` / ``ParticipationCancelled`` flags, ``Dagsordenpunkter`` with ``SagsNummer`` and
``Punktnummer``, and the text under each item's ``<h3>Beslutning</h3>`` (this meeting's decision;
"Sagens forløb", earlier bodies' decisions, is left out). Checked:

- members: meetings listed / missed per body, for seven members (equal in every half-year);
- cases: the (body, date) stages of seven case numbers, the days from first to last stage and
  the bodies that sent the case back;
- votes: six single votes (parties against or abstaining on one item) and five bars of the
  votes figure (items where a party voted against / abstained, per body).

When the tables hold only part of the archive (a few publications run for a quick look), the
JSON side is limited to the publications the tables hold, so the two count the same meetings.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from extract import archive
from extract.evaluation import markdown_table
from extract.paths import shared_dir

CORPUS = Path("corpus") / "greve-2022-2024"

MEMBERS = ("Kenneth Jerkel", "Tina Rottbøll", "Mehmet Zeki Dogru", "Heidi Serny Jacobsen",
           "Lone Mortensen", "John T. Olsen", "Liselott Blixt")
CASES = ("18-027223K", "24-006253", "21-015918", "23-005195", "22-000248", "22-012933",
         "22-013352")
# (body, date, item number) of a vote
VOTES = (("Byrådet", "2022-03-07", "16"), ("Økonomiudvalget", "2023-03-27", "7"),
         ("Byrådet", "2022-09-05", "16"), ("Byrådet", "2023-05-15", "22"),
         ("Byrådet", "2024-04-17", "23"), ("Økonomiudvalget", "2024-08-28", "18"))
# (party, body, position) of a bar of the votes figure
BARS = (("Ø", "Økonomiudvalget", "against"), ("Ø", "Byrådet", "against"),
        ("F", "Byrådet", "against"), ("F", "Byrådet", "abstain"),
        ("C", "Økonomiudvalget", "against"))
YEARS = ("2022", "2023", "2024")
ALIASES = {"SF": "F"}  # as the notebook counts them: SF is the party of the letter F
# The publications name the council after its term; the tables (and the figures) "Byrådet".
BODY_NAMES = {"Byråd 2022-2025": "Byrådet"}
DISSENT = ("against", "abstain")

OK, NOT_OK, UNCHECKED = "✔", "✘", "—"


# --------------------------------------------------------------------------------------------
# the publications
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """An agenda item of a publication."""

    number: str
    case_no: str
    decision: str  # the text under <h3>Beslutning</h3>; "" where there is none


@dataclass(frozen=True)
class Meeting:
    """A FirstAgenda publication: one meeting."""

    doc_id: str  # the file name without .json (the tables' doc_id)
    body: str  # as the tables name it (BODY_NAMES)
    date: str  # ISO date of Moede.Dato, in the meeting's own time zone
    absent: dict[str, bool]  # member -> missed the meeting (Absent or ParticipationCancelled)
    items: tuple[Item, ...] = ()


def read_archive(folder: Path) -> list[Meeting]:
    """The publications (``*.json``) in ``folder``."""
    return [_meeting(path) for path in sorted(folder.glob("*.json"))]


def _meeting(path: Path) -> Meeting:
    data = json.loads(path.read_text(encoding="utf-8"))
    moede = data["Moede"]
    body = _clean(data["Udvalg"]["Navn"])
    absent = {_clean(m["Name"]): bool(m.get("Absent") or m.get("ParticipationCancelled"))
              for m in moede.get("Moededeltagere") or [] if _clean(m.get("Name"))}
    items = tuple(Item(number=_clean(i.get("Punktnummer")), case_no=_clean(i.get("SagsNummer")),
                       decision=decision_text(i)) for i in data["Dagsordenpunkter"])
    return Meeting(doc_id=path.stem, body=BODY_NAMES.get(body, body),
                   date=str(moede["Dato"])[:10], absent=absent, items=items)


def decision_text(item: Mapping) -> str:
    """The text under an item's ``<h3>Beslutning</h3>``, up to the next ``<h3>`` heading."""
    for felt in item.get("Felter") or []:
        found = re.search(r"<h3>\s*Beslutning\s*</h3>(.*?)(?:<h3[\s>]|$)", felt.get("Html") or "",
                          re.S)
        if found:
            return _plain(found.group(1))
    return ""


def _plain(markup: str) -> str:
    """HTML as one line of text: block ends become spaces, other tags go, entities are
    decoded."""
    text = re.sub(r"<br\s*/?>|</?(?:p|div|li|ul|ol|h\d|tr|td|table)\b[^>]*>", " ", markup,
                  flags=re.I)
    return _clean(html.unescape(re.sub(r"<[^>]+>", "", text)))


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _half_year(iso_date: str) -> str:
    return f"{iso_date[:4]}H{1 if int(iso_date[5:7]) <= 6 else 2}"


def _short(body: str) -> str:
    """'Klima-, Teknik- og Miljøudvalget' -> 'KTM', 'Økonomiudvalget' -> 'ØU' (the notebook's
    abbreviations, and the .md's for one-word committees)."""
    words = str(body).split()
    if len(words) > 1:
        return "".join(w[0] for w in words if w[0].isupper())
    return f"{words[0][0]}U" if str(body).endswith("udvalget") else str(body)


# --------------------------------------------------------------------------------------------
# votes in a decision's text
# --------------------------------------------------------------------------------------------

# A vote's verb before the parties ("For stemte: (V), (A)", "Imod stemte (Ø)", "Imod
# administrationens indstilling stemte:", "Stemte imod: (F) og (Ø)") or after them ("(Ø)
# stemte imod", "(F) stemte i mod", "(A) og (C) undlod at tage stilling").
_LEADING = re.compile(
    r"\b(?:(For|Imod)\s+(?:\w+\s+){0,2}?stemte\b|[Ss]temte\s+(for|imod)\s*:"
    r"|(For|Imod|Undl(?:od|ader))\s*:)")
_TRAILING = re.compile(
    r"\b(?:stemte|stemmer)\s+(for|imod|i\s+mod|mod)\b|\b(undl(?:od|ader))\b"
    r"|\b(?:kunne|kan)\s+ikke\s+(tiltræde)\b", re.I)
# "(Ø)", "(UP-1)", and from 2023 on a party's bare letter in a vote list ("Imod stemte: V, A
# og F", "Undlader: F", "Ø stemte imod"); a bare letter counts only next to a vote's verb.
_PARTY = re.compile(r"\(([A-ZÆØÅ]{1,3})(?:-\d+)?\)|(?<![\w(.])([A-ZÆØÅ])(?![\w)]|\.\w)")
# What may stand between two parties of one list: a comma, "og", a member's name ("Kenneth
# Jerkel fra (A)").
_NAME = r"(?:[A-ZÆØÅ][\w.'’-]*\s+)*(?:fra\s+)?"
_LIST_GAP = re.compile(rf"\s*,?\s*(?:og\s+)?{_NAME}")
_AFTER_LEADING = re.compile(rf"\s*:?\s*{_NAME}")
_BEFORE_TRAILING = re.compile(r"[\s,]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ(])")

VOTE_RULE = ("a party counts where its letter, in brackets or bare, stands in one list with a "
             "vote's verb in a sentence of the item's Beslutning: after the parties (\"(Ø) og "
             "(F) stemte imod\", \"(A) undlod\", \"(F) og (Ø) kunne ikke tiltræde\") or before "
             "them (\"Imod stemte: (Ø)\", \"Imod stemte: V, A og F\", \"Undlader: F\"); "
             "\"imod\" / \"mod\" / \"kunne ikke tiltræde\" is against, \"undlod\" / "
             "\"undlader\" abstain; one item counts once per party and position")
SENTENCE_RULE = ("the sentence names the party in brackets and holds \"imod\" (against) or "
                 "\"undlod\" / \"undlader\" (abstain), whatever else it says")


def _position(word: str) -> str:
    word = word.lower()
    return "abstain" if word.startswith("undl") else "for" if word == "for" else "against"


def _cue_word(m: re.Match) -> str:
    return next(g for g in m.groups() if g)


def vote_positions(text: str, *, aliases: Mapping[str, str] | None = None) -> set[tuple[str, str]]:
    """The (party, position) pairs a decision's text records (:data:`VOTE_RULE`)."""
    found: set[tuple[str, str]] = set()
    for sentence in _SENTENCE_END.split(text):
        found |= _sentence_positions(sentence)
    return {((aliases or {}).get(p, p), pos) for p, pos in found}


def _sentence_positions(sentence: str) -> set[tuple[str, str]]:
    cues = [(m.start(), m.end(), "leading", _position(_cue_word(m)))
            for m in _LEADING.finditer(sentence)]
    cues += [(m.start(), m.end(), "trailing", _position(_cue_word(m)))
             for m in _TRAILING.finditer(sentence)
             if not any(s <= m.start() < e for s, e, _, _ in cues)]
    cues.sort()
    found = set()
    for run in _party_runs(sentence):
        before = [c for c in cues if c[1] <= run[0][0]]
        after = [c for c in cues if c[0] >= run[-1][1]]
        lead = before[-1] if before and before[-1][2] == "leading" and _AFTER_LEADING.fullmatch(
            sentence[before[-1][1]:run[0][0]]) else None
        trail = after[0] if after and after[0][2] == "trailing" and _BEFORE_TRAILING.fullmatch(
            sentence[run[-1][1]:after[0][0]]) else None
        # "Imod stemte: (V) og (C) (F) undlod": the verb after the list takes its last party.
        split = len(run) - 1 if lead and trail else 0 if trail else len(run)
        found |= {(party, lead[3]) for _, _, party in run[:split]} if lead else set()
        found |= {(party, trail[3]) for _, _, party in run[split:]} if trail else set()
    return {(party, pos) for party, pos in found if pos in DISSENT}


def _party_runs(sentence: str) -> list[list[tuple[int, int, str]]]:
    """The sentence's bracketed parties, grouped into lists ("(A), (Ø) og Linda Heegaard (F)")."""
    runs: list[list[tuple[int, int, str]]] = []
    for m in _PARTY.finditer(sentence):
        mention = (m.start(), m.end(), m.group(1) or m.group(2))
        if runs and _LIST_GAP.fullmatch(sentence[runs[-1][-1][1]:m.start()]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


def sentence_positions(text: str, *,
                       aliases: Mapping[str, str] | None = None) -> set[tuple[str, str]]:
    """(party, position) by the coarser reading of :data:`SENTENCE_RULE`."""
    found = set()
    for sentence in _SENTENCE_END.split(text):
        parties = {(aliases or {}).get(p, p) for p in re.findall(r"\(([A-ZÆØÅ]{1,3})(?:-\d+)?\)",
                                                              sentence)}
        if re.search(r"\bimod\b", sentence, re.I):
            found |= {(p, "against") for p in parties}
        if re.search(r"\bundl(?:od|ader)\b", sentence, re.I):
            found |= {(p, "abstain") for p in parties}
    return found


def vote_sentences(text: str) -> str:
    """The sentences of a decision that hold a vote, for the reader of the report."""
    sentences = [s for s in _SENTENCE_END.split(text)
                 if (_LEADING.search(s) or _TRAILING.search(s)) and _PARTY.search(s)]
    return " ".join(sentences)


def _positions_cell(pairs: Iterable[tuple[str, str]]) -> str:
    by_position: dict[str, list[str]] = {}
    for party, position in sorted(pairs):
        by_position.setdefault(position, []).append(party)
    return "; ".join(f"{', '.join(parties)} {position}"
                     for position, parties in sorted(by_position.items())) or "no position"


def _quote(text: str, limit: int = 160) -> str:
    text = text.replace("|", "/")
    return f"\"{text}\"" if len(text) <= limit else f"\"{text[:limit - 1]}…\""


# --------------------------------------------------------------------------------------------
# members
# --------------------------------------------------------------------------------------------


def plot_attendance(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """person, body, period, n_meetings, n_absent: what the attendance figures show."""
    rates = archive.attendance_rates(tables, freq="H")
    return rates[["person", "body", "period", "n_meetings", "n_absent"]]


def json_attendance(meetings: list[Meeting]) -> pd.DataFrame:
    """The same, from ``Moede.Moededeltagere`` (every member listed counts, as listed)."""
    rows = [{"person": person, "body": m.body, "period": _half_year(m.date), "absent": absent}
            for m in meetings for person, absent in m.absent.items()]
    frame = pd.DataFrame(rows, columns=["person", "body", "period", "absent"])
    return (frame.groupby(["person", "body", "period"])
            .agg(n_meetings=("absent", "size"), n_absent=("absent", "sum")).reset_index()
            .astype({"n_meetings": "int64", "n_absent": "int64"}))


def _per_period(frame: pd.DataFrame, person: str, body: str) -> dict[str, tuple[int, int]]:
    rows = frame[(frame["person"] == person) & (frame["body"] == body)]
    return {str(r.period): (int(r.n_meetings), int(r.n_absent)) for r in rows.itertuples()}


def _total(per_period: dict[str, tuple[int, int]]) -> str:
    if not per_period:
        return "—"
    listed, missed = (sum(v) for v in zip(*per_period.values(), strict=True))
    return f"{listed}/{missed}"


def member_rows(plot: pd.DataFrame, json_: pd.DataFrame,
                members: Iterable[str]) -> tuple[pd.DataFrame, list[bool | None]]:
    """One row per member and body (listed/missed, plot vs JSON); per member, whether they
    agree in every body (None: not listed in the publications read)."""
    rows, verdicts = [], []
    for person in members:
        if not json_["person"].eq(person).any():
            rows.append({"member": person, "body": "", "plot": "", "JSON": "", "": UNCHECKED,
                         "note": "not listed in the publications read"})
            verdicts.append(None)
            continue
        bodies = sorted(set(json_.loc[json_["person"] == person, "body"])
                        | set(plot.loc[plot["person"] == person, "body"].dropna()))
        ok_all = True
        for body in bodies:
            p, j = _per_period(plot, person, body), _per_period(json_, person, body)
            ok = p == j
            ok_all &= ok
            note = (_period_note(p, j) if plot["person"].eq(person).any()
                    else "absent from every figure")
            rows.append({"member": person, "body": body, "plot": _total(p), "JSON": _total(j),
                         "": OK if ok else NOT_OK, "note": note})
        verdicts.append(ok_all)
    return pd.DataFrame(rows), verdicts


def _period_note(plot: dict[str, tuple[int, int]], json_: dict[str, tuple[int, int]]) -> str:
    """The half-years where the two differ: "2023H2 plot 5/1, JSON 6/1"."""
    def cell(value: tuple[int, int] | None) -> str:
        return f"{value[0]}/{value[1]}" if value else "—"

    return "; ".join(f"{period} plot {cell(plot.get(period))}, JSON {cell(json_.get(period))}"
                     for period in sorted(set(plot) | set(json_))
                     if plot.get(period) != json_.get(period))


# --------------------------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------------------------

_SENT_BACK = re.compile(r"\btilbage\s*-?\s*send\w*|\bsend\w*\s+(?:\w+\s+){0,3}?tilbage\b",
                        re.I)
"""A send verb with "tilbage": "besluttede at tilbagesende sagen", "besluttede af sende sagen
tilbage", "sender sagen tilbage til administrationen"."""
_PUT_OFF = re.compile(r"\buds[æa]t\w*", re.I)


@dataclass(frozen=True)
class Route:
    """A case's stages, (body, date) in date order; days first to last; who sent it back.

    Stages of one day are compared in body order: which of two meetings on the same day came
    first is not in the tables (``case_stages`` orders them by meeting id).
    """

    stages: tuple[tuple[str, str], ...]
    days: int | None
    sent_back_by: tuple[str, ...]
    put_off_by: tuple[str, ...] = ()

    def path(self) -> str:
        return " → ".join(f"{_short(body)} {date}" for body, date in self.stages) or "—"

    def agrees(self, other: Route) -> bool:
        return (sorted(self.stages), self.days, sorted(self.sent_back_by)) == (
            sorted(other.stages), other.days, sorted(other.sent_back_by))


def plot_route(stages: pd.DataFrame, flow: pd.DataFrame, case_no: str) -> Route:
    """The case as ``archive.case_stages`` / ``archive.case_flow`` give it."""
    s = stages[stages["case_no"] == case_no].sort_values("step")
    f = flow[flow["case_no"] == case_no]
    if not len(f):
        return Route(stages=(), days=None, sent_back_by=())
    return Route(stages=tuple(zip(s["body"].astype(str), s["date"].astype(str), strict=True)),
                 days=int(f["days"].iloc[0]),
                 sent_back_by=tuple(str(b) for b in f["sent_back_by"].iloc[0]))


def json_route(meetings: list[Meeting], case_no: str) -> Route:
    """The case in the publications: every meeting with an item of that ``SagsNummer``."""
    found = sorted(((m.date, m.body, item) for m in meetings for item in m.items
                    if item.case_no == case_no), key=lambda stage: (stage[0], stage[1]))
    stages, back, put_off = [], [], []
    for date, body, item in found:
        if (body, date) in stages:
            continue  # a case twice on one agenda is one stage, as in case_stages
        stages.append((body, date))
        if _SENT_BACK.search(item.decision):
            back.append(body)
        elif _PUT_OFF.search(item.decision):
            put_off.append(body)
    days = ((pd.Timestamp(stages[-1][1]) - pd.Timestamp(stages[0][1])).days if stages
            else None)
    return Route(stages=tuple(stages), days=days, sent_back_by=tuple(back),
                 put_off_by=tuple(put_off))


def _route_cell(route: Route) -> str:
    if not route.stages:
        return "not in the figure"
    back = ", ".join(_short(b) for b in route.sent_back_by) or "none"
    return f"{route.path()}; {route.days} days; sent back by {back}"


def _route_note(plot: Route, json_: Route) -> str:
    missing = [s for s in json_.stages if s not in plot.stages]
    extra = [s for s in plot.stages if s not in json_.stages]
    notes = []
    if missing:
        notes.append("not in the plot: " + ", ".join(f"{_short(b)} {d}" for b, d in missing))
    if extra:
        notes.append("not in the JSON: " + ", ".join(f"{_short(b)} {d}" for b, d in extra))
    if plot.sent_back_by != json_.sent_back_by and json_.put_off_by:
        notes.append("put off (udsat) by " + ", ".join(_short(b) for b in json_.put_off_by)
                     + ": the plot counts that as sent back")
    return "; ".join(notes)


def case_rows(tables: dict[str, pd.DataFrame], meetings: list[Meeting],
              cases: Iterable[str]) -> tuple[pd.DataFrame, list[bool | None]]:
    """One row per case (plot vs JSON); per case, whether the two agree stage by stage (None:
    on no agenda read)."""
    stages = archive.case_stages(tables)
    flow = archive.case_flow(tables, stages=stages)
    rows, verdicts = [], []
    for case_no in cases:
        plot, json_ = plot_route(stages, flow, case_no), json_route(meetings, case_no)
        ok = plot.agrees(json_) if json_.stages else None
        verdicts.append(ok)
        rows.append({"case": case_no, "plot (tables)": _route_cell(plot),
                     "JSON": ("on no agenda read" if ok is None else "the same" if ok
                              else _route_cell(json_)),
                     "": _mark(ok), "note": _route_note(plot, json_)})
    return pd.DataFrame(rows), verdicts


# --------------------------------------------------------------------------------------------
# votes
# --------------------------------------------------------------------------------------------


def plot_positions(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """body, date, item_no, party, position of every vote the votes figure counts (this
    meeting's positions, not "absent", with a party; SF as F)."""
    pos = tables["positions"]
    pos = pos[pos["position"].ne("absent").fillna(False).astype(bool)
              & ~pos["history"].fillna(False).astype(bool)]
    meetings = tables["meetings"].set_index("meeting_id")
    parties = [archive.party_of(a if isinstance(a, str) else "", t)
               for a, t in zip(pos["actor"], pos["text"], strict=True)]
    out = pd.DataFrame({"body": pos["meeting_id"].map(meetings["body"]).fillna(pos["body"]),
                        "date": pos["meeting_id"].map(meetings["date"]).fillna(pos["date"]),
                        "item_no": pos["item_no"].astype(str),
                        "party": [ALIASES.get(p, p) if p else None for p in parties],
                        "position": pos["position"]})
    return out.dropna(subset=["party"]).astype(str)


def _find_item(meetings: list[Meeting], body: str, date: str, number: str) -> Item | None:
    for m in meetings:
        if (m.body, m.date) == (body, date):
            return next((i for i in m.items if i.number == number), None)
    return None


def vote_rows(tables: dict[str, pd.DataFrame], meetings: list[Meeting],
              votes: Iterable[tuple[str, str, str]]) -> tuple[pd.DataFrame, list[bool | None]]:
    """One row per single vote: the dissent the tables hold for the item vs the JSON's; per
    vote, whether they agree (None: the item is in no publication read)."""
    positions = plot_positions(tables)
    rows, verdicts = [], []
    for body, date, number in votes:
        item = _find_item(meetings, body, date, number)
        at = positions[(positions["body"] == body) & (positions["date"] == date)
                       & (positions["item_no"] == number)
                       & positions["position"].isin(DISSENT)]
        plot = set(zip(at["party"], at["position"], strict=True))
        json_ = vote_positions(item.decision, aliases=ALIASES) if item else set()
        ok = plot == json_ if item else None
        verdicts.append(ok)
        quote = _quote(vote_sentences(item.decision)) if item else "(in no publication read)"
        rows.append({"vote": f"{body} {date} item {number}", "JSON text": quote,
                     "JSON": _positions_cell(json_) if item else "",
                     "plot (tables)": _positions_cell(plot), "": _mark(ok)})
    return pd.DataFrame(rows), verdicts


def json_bar_counts(meetings: list[Meeting], *, coarse: bool = False) -> Counter:
    """(party, body, position) -> items of 2022-2024 with that vote (:data:`VOTE_RULE`, or
    :data:`SENTENCE_RULE` when ``coarse``)."""
    read = sentence_positions if coarse else vote_positions
    counts: Counter = Counter()
    for m in meetings:
        if m.date[:4] not in YEARS:
            continue
        for item in m.items:
            for party, position in read(item.decision, aliases=ALIASES):
                counts[(party, m.body, position)] += 1
    return counts


def bar_rows(tables: dict[str, pd.DataFrame], meetings: list[Meeting],
             bars: Iterable[tuple[str, str, str]]) -> tuple[pd.DataFrame, list[bool | None]]:
    """One row per bar: the figure's count vs the JSON's (both readings)."""
    votes = archive.party_votes(tables, aliases=ALIASES)
    plot = {(r.party, r.body, r.position): int(r.n_items) for r in votes.itertuples()}
    exact, coarse = json_bar_counts(meetings), json_bar_counts(meetings, coarse=True)
    rows, verdicts = [], []
    for party, body, position in bars:
        key = (party, body, position)
        ok = plot.get(key, 0) == exact[key]
        verdicts.append(ok)
        rows.append({"bar": f"{party} {position}, {body}", "plot": plot.get(key, 0),
                     "JSON": exact[key], "JSON (sentence)": coarse[key],
                     "": OK if ok else NOT_OK})
    return pd.DataFrame(rows), verdicts


def _mark(ok: bool | None) -> str:
    return UNCHECKED if ok is None else OK if ok else NOT_OK


def summary(label: str, verdicts: list[bool | None], what: str) -> str:
    """"cases: 4 of 7 agree stage by stage", with how many could not be checked."""
    checked = [v for v in verdicts if v is not None]
    line = f"{label}: {sum(checked)} of {len(checked)} agree{what}"
    if len(checked) < len(verdicts):
        line += f" ({len(verdicts) - len(checked)} of {len(verdicts)} not in the publications read)"
    return line


# --------------------------------------------------------------------------------------------
# running
# --------------------------------------------------------------------------------------------


def run_documents(tables: dict[str, pd.DataFrame]) -> set[str]:
    """The doc_ids (file names without .json) of every document the run was given, read or not
    (an unreadable one is in ``errors``), so a publication that lost all its rows still counts
    on the JSON side."""
    ids = set(tables["documents"]["doc_id"].astype(str))
    ids |= set(tables["meetings"]["doc_id"].astype(str))
    return ids | {Path(str(s)).stem for s in tables["errors"]["source"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", type=Path, required=True,
                        help="the output folder of `extract run` over the archive")
    parser.add_argument("--archive", type=Path, help="the folder of publications (default: "
                        f"$EXTRACT_SHARED_DIR/{CORPUS})")
    args = parser.parse_args(argv)

    folder = args.archive or shared_dir() / CORPUS
    try:
        tables = archive.one_meeting_per_document(archive.read_tables(args.tables))
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 1
    doc_ids = run_documents(tables)
    everything = read_archive(folder)
    meetings = [m for m in everything if m.doc_id in doc_ids]
    if not meetings:
        print(f"none of the {len(doc_ids)} documents of {args.tables} is a publication in "
              f"{folder} (set EXTRACT_SHARED_DIR or pass --archive)", file=sys.stderr)
        return 1
    # The shared folder is a setting: name it as the setting does, not by this machine's path.
    shown = f"<shared>/{CORPUS}" if args.archive is None else folder
    print(f"# Issue 23 spot checks: {args.tables} against {shown}\n")
    print(f"The run read {len(meetings)} of the {len(everything)} publications; the JSON is "
          "counted over those.\n")

    members, member_ok = member_rows(plot_attendance(tables), json_attendance(meetings),
                                     MEMBERS)
    print("## Members: meetings listed / missed per body\n")
    print("Plot: `attendance_rates(tables, freq=\"H\")` summed per person and body; JSON: "
          "`Moede.Moededeltagere`, missed = `Absent` or `ParticipationCancelled`. ✔ where "
          "every half-year agrees; the note names the half-years that do not.\n")
    print(markdown_table(members) + "\n")

    cases, case_ok = case_rows(tables, meetings, CASES)
    print("## Cases: stages (body, date), days from first to last, sent back by\n")
    print("Plot: `case_stages` / `case_flow`; JSON: the meetings with an item of that "
          "`SagsNummer`, sent back where its Beslutning has a send verb with \"tilbage\". "
          "Bodies: " + ", ".join(sorted({f"{_short(m.body)} = {m.body}" for m in meetings
                                         if _short(m.body) != m.body})) + ".\n")
    print(markdown_table(cases) + "\n")

    votes, vote_ok = vote_rows(tables, meetings, VOTES)
    print("## Votes: single votes (parties against or abstaining on the item)\n")
    print(f"Plot: the item's rows in `positions` (this meeting's, not history; party by "
          f"`archive.party_of`, SF as F); JSON: {VOTE_RULE}.\n")
    print(markdown_table(votes) + "\n")

    bars, bar_ok = bar_rows(tables, meetings, BARS)
    print("## Votes: bars of the figure (agenda items where the party voted so)\n")
    print(f"Plot: `party_votes(tables, aliases={{\"SF\": \"F\"}})`; JSON: agenda items of "
          f"{YEARS[0]}–{YEARS[-1]} with the vote, read as for the single votes above. JSON "
          f"(sentence): items where {SENTENCE_RULE} (so \"For stemte (V) … Imod stemte (Ø)\" "
          "also counts V against); ✔ compares plot and JSON.\n")
    print(markdown_table(bars) + "\n")

    print("## Summary\n")
    print("- " + summary("members", member_ok, " in every body"))
    print("- " + summary("cases", case_ok, " stage by stage (path, days, sent back)"))
    print("- " + summary("single votes", vote_ok, ""))
    print("- " + summary("bars", bar_ok, ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
