"""Build ``gold_actions.jsonl``: blind test gold of action items, Aarhus city council 1890.

What it is. The action items (``tables.actions``, by the "Action items" rules of
``corpus/GUIDELINES.md``) in the Aarhus city council proceedings of 1890 in
``../shared/corpus/aarhus-byraad-1869-1890/city_council_source_minus_1891-1899.csv``, for the
meetings with odd index 1, 3, 5, 7, 9, 11 and 13: the distinct meeting prefixes (``page_id``
before its last "-") sorted as plain strings and numbered from 0. Every row of those meetings is
a record, with or without items (rows without items count for precision). It is a blind test
set: annotated by a helper who read neither the code nor the system's output; the project's
author reads only its scores, never this file, the text or the gold.

Documents and offsets. A document is exactly one csv row's ``text_data`` string (column ``uid``
unique); all offsets are Python ``str`` indices into that string. ``start_char`` / ``end_char``
are the sentence holding the item (ending after its final punctuation), ``action_start`` /
``action_end`` the task's verb phrase, from its head verb (for a referral, the referral verb) to
the end of the clause, without the final punctuation. A record holds only offsets, names, verbs
and dates, never sentences of the text, with the ``sha256`` of the row's text (UTF-8).

Anchors. Per row this script holds only short anchors (a few words): the sentence's first words
and its last words with their final punctuation, the action's first word(s) and last word(s).
An anchor matches with any run of whitespace between its words; it must occur exactly once in the
row's text, or carries an explicit occurrence index ``"words@n"`` (its n-th occurrence, from 1).
An end anchor must lie after its start anchor, and the action inside its sentence; a failed check
raises.

Cases the guidelines leave open, decided here (with the parish books' gold in
``scripts/build_books_gold_*.py`` where it decides the case):

- actors are written with a lower-case first letter unless they are persons' names (committees
  "udvalget for ...", "skoleudvalget", a commission); a committee described instead of named
  ("vedkommende Udvalg", "det i saa Henseende bestaaende Udvalg") is an actor as written, as
  "de stedlige Sogneraadsmedlemmer" is in the books' gold; a committee set up "til at V" is
  the actor written with its members ("et af ... bestaaende Udvalg"), as the books' gold writes
  "et Udvalg bestaaende af ...";
- "anmode Y om at V" counts where Y is one of the council's own committees or members (as the
  1942 and 1940 parish gold count "anmode A. Rasmussen ... at indsende"), not where Y is an
  outside party or authority (the ministry, the county, the police master, the school
  directorate, the complainants): those are requests; a request to a member to join a
  committee ("indtræde som Medlem") is an appointment, no task;
- referrals count for the council's committees and commissions ("henvistes til",
  "overgives ... til Afgjørelse", "overgaves til Betænkning af", "henvise til nærmere
  Behandling af", the billeting commission included: it reports to the council like its
  committees); a referral to a budget debate or a letter sent on to an outside authority does
  not; the verb is the referral verb;
- "man vedtog at indhente Erklæring fra Y / Y's Erklæring" is the council's own step (no actor:
  Y's task is not written as Y's verb), unlike "anmode Y om at afgive Erklæring";
- "bemyndige Y til at lade tage ... og fremsende ..." is two items, the first with the head
  verb "lade" (no one named to do the work);
- the municipality's own undertakings in accepting an outside offer ("Kommunen foranstalter
  ..., betaler ... samt anskaffer ...") are the terms of the arrangement, no action items;
  an order or authority granted with no addressee written ("meddelte ... Ordre til at V",
  "meddelte den begjærte Bemyndigelse", the task only in the committee's request in the first
  person) gives no item, as the books' gold leaves "give Kæmnerkontoret den ønskede
  Bemyndigelse"; a provision of a foundation deed ("det tilfaldt ... at foretage") and
  narrative of an earlier meeting are no items;
- a date stated for the event the task prepares or is carried out at (the census day) is the
  item's deadline, as the Trige 1944 gold takes the commission's meeting day.

Usage (from the repository root)::

    EXTRACT_SHARED_DIR=/path/to/shared python corpus/blind/byraad_1890/build_gold.py
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED_REL = "corpus/aarhus-byraad-1869-1890/city_council_source_minus_1891-1899.csv"
OUT = HERE / "gold_actions.jsonl"
MEETING_INDEXES = (1, 3, 5, 7, 9, 11, 13)

# uid -> items: (actor, verb, deadline, sentence start, sentence end, action start, action end).
# The sentence end anchor ends with the sentence's final punctuation; the action end anchor ends
# where the verb phrase ends.
ITEMS: dict[str, list[tuple[str, str, str, str, str, str, str]]] = {
    "11768": [
        ("udvalget for Valglisters Affattelse", "træffe", "1890-02-01",
         "Man overdrog det", "Side 291.", "træffe de fornødne", "her i Byen"),
    ],
    "11796": [
        ("udvalget for Gjennemgaaelse af Restancelister", "afgive", "",
         "Man vedtog at anmode", "denne Sag.", "afgive Erklæring", "denne Sag"),
    ],
    "11848": [
        ("formanden", "henlede", "",
         "Det overdroges til", "at forholde sig.", "henlede Indenrigsministeriets",
         "dette forhold"),
        ("formanden", "andrage", "",
         "Det overdroges til", "at forholde sig.", "andrage om at", "at forholde sig"),
    ],
    "11867": [
        ("udvalget for Fattigvæsenet", "overgive", "",
         "Et fra Portør", "til afgjørelse.", "overgivet Udvalget", "til afgjørelse"),
    ],
    "11868": [
        ("udvalget", "foretage", "",
         "Efter et af Formanden", "brugelig stand.", "foretage nogle", "brugelig stand"),
    ],
    "11869": [
        ("skoleudvalget", "lade", "",
         "Efter derom fremsat", "italienske regering.", "lade tage kalker",
         "Borger-drengeskole"),
        ("skoleudvalget", "fremsende", "",
         "Efter derom fremsat", "italienske regering.", "fremsende samme",
         "italienske regering"),
    ],
    "11870": [
        ("udvalget for Fattigvæsenet", "træffe", "",
         "Efter derom fremsat", "denne beslutning.", "træffe foranstaltning",
         "denne beslutning"),
    ],
    "11930": [
        ("udvalget", "overveje", "",
         "Efter Byraadet havde drøftet", "for Arbejderbefolkningen.", "overveje, om",
         "for Arbejderbefolkningen"),
    ],
    "12003": [
        ("udvalget for Vandværket", "overgive", "",
         "Sagen overgaves", "for Vandværket.", "overgaves til", "for Vandværket"),
    ],
    "12026": [
        ("Meden og Jensen Brone", "bestemme", "",
         "I anledning heraf vedtog", "overtage bygningen.", "bestemme, hvad",
         "overtage bygningen"),
    ],
    "12085": [
        ("vedkommende Udvalg", "fremkomme", "",
         "Fra Kommunebogholderen", "ere efterbevilgede.", "fremkomme med Indstilling",
         "ere efterbevilgede"),
    ],
    "12087": [
        ("udvalget", "tilkjendegive", "",
         "Efter at Sagen var drøftet", "omhandlede Gjenstande.", "tilkjendegive samtlige",
         "omhandlede Gjenstande"),
    ],
    "12101": [
        ("indkvarteringskommissionen", "henvise", "",
         "For saa vidt Afdelingen", "til Indkvarteringskommissionen.", "henvise Sagen",
         "til Indkvarteringskommissionen"),
    ],
    "12105": [
        ("udvalget for Byens Udvidelse og Bebyggelse", "henvise", "",
         "En fra Murmester", "Udvidelse og Bebyggelse.", "henvise til nærmere",
         "Udvidelse og Bebyggelse"),
    ],
    "12108": [
        ("et af Formanden, Hald og Ørum bestaaende Udvalg", "afgive", "",
         "Til at afgive", "bestaaende Udvalg.", "afgive Erklæring", "tilstedeværende Underskud"),
    ],
    "12111": [
        ("det i saa Henseende bestaaende Udvalg", "foranstalte", "",
         "I Anledning af et fra", "som sædvanligt.", "foranstalte disse",
         "som sædvanligt"),
    ],
    "12112": [
        ("udvalget for Byens Udvidelse og Bebyggelse", "henvise", "",
         "Sagen henvistes", "Jensen Vroue.", "henvistes til", "Udvidelse og Bebyggelse"),
    ],
}


def shared_dir() -> Path:
    return Path(os.environ.get("EXTRACT_SHARED_DIR", str(REPO.parent / "shared")))


def meeting_of(page_id: str) -> str:
    return page_id.rsplit("-", 1)[0]


def find(text: str, anchor: str, uid: str) -> tuple[int, int]:
    """(start, end) of the anchor in ``text``: unique, or its n-th occurrence (``words@n``)."""
    nth = 0
    if "@" in anchor:
        anchor, n = anchor.rsplit("@", 1)
        nth = int(n)
    pattern = r"\s+".join(re.escape(w) for w in anchor.split())
    hits = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if nth:
        if len(hits) < nth:
            raise ValueError(f"uid {uid}: anchor {anchor!r}@{nth}: {len(hits)} occurrences")
        return hits[nth - 1]
    if len(hits) != 1:
        raise ValueError(f"uid {uid}: anchor {anchor!r} found {len(hits)} times")
    return hits[0]


def item(text: str, uid: str, spec: tuple[str, str, str, str, str, str, str]) -> dict:
    actor, verb, deadline, s0, s1, a0, a1 = spec
    start = find(text, s0, uid)[0]
    end = find(text, s1, uid)[1]
    astart = find(text, a0, uid)[0]
    aend = find(text, a1, uid)[1]
    if not 0 <= start < end <= len(text):
        raise ValueError(f"uid {uid}: bad sentence span {start}-{end}")
    if text[end - 1] not in ".!?:;)\"":
        raise ValueError(f"uid {uid}: sentence does not end with punctuation")
    if not start <= astart < aend <= end:
        raise ValueError(f"uid {uid}: action {astart}-{aend} not inside sentence {start}-{end}")
    if deadline and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", deadline):
        raise ValueError(f"uid {uid}: bad deadline {deadline!r}")
    return {
        "item_no": "",
        "actor": actor,
        "verb": verb,
        "deadline": deadline,
        "start_char": start,
        "end_char": end,
        "action_start": astart,
        "action_end": aend,
    }


def build() -> list[dict]:
    csv.field_size_limit(10**9)
    path = shared_dir() / SHARED_REL
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    prefixes = sorted({meeting_of(r["page_id"]) for r in rows})
    mine = {prefixes[i] for i in MEETING_INDEXES}
    records = []
    seen = set()
    for row in rows:
        meeting = meeting_of(row["page_id"])
        if meeting not in mine:
            continue
        uid, text = row["uid"], row["text_data"]
        seen.add(uid)
        actions = [item(text, uid, spec) for spec in ITEMS.get(uid, [])]
        records.append({
            "format": "extract-gold/1",
            "id": f"byraad_1890_uid{uid}",
            "shared_path": SHARED_REL,
            "csv_uid": uid,
            "csv_column": "text_data",
            "meeting": meeting,
            "split": "test",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "tables": {"actions": actions},
        })
    missing = set(ITEMS) - seen
    if missing:
        raise ValueError(f"uids not in the selected meetings: {sorted(missing)}")
    return records


def main() -> None:
    records = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_items = sum(len(r["tables"]["actions"]) for r in records)
    print(f"{OUT}: {len(records)} records, {n_items} action items")


if __name__ == "__main__":
    main()
