"""Build ``corpus/gold/byraad_1890_actions.jsonl``: action-item gold of Aarhus Byraad 1869/1890.

Issue 17 (action items in period language). Development gold of the action items in the Aarhus
city council proceedings of 1869 and 1890 (``corpus/aarhus-byraad-1869-1890/
city_council_source_minus_1891-1899.csv`` in ``../shared``), annotated by the "Action items"
rules of ``corpus/GUIDELINES.md`` by a helper who read neither the system's code nor its output.
The decisions recorded in the docstrings of ``scripts/build_books_gold_*.py`` for the parish
minute books are followed where they apply.

Documents and offsets. A meeting is the ``page_id`` prefix before its last "-"
("18900130_23"); the distinct prefixes, sorted as plain strings and numbered from 0, give the
meetings annotated here: those with an even index 0, 2, ..., 16 (nine meetings, 98 rows). A
document is exactly one csv row's ``text_data`` string (the row is named by its unique
``uid``); every offset is a Python ``str`` index into that string. A row with no action item is
written with an empty list (it counts for precision). A sentence that begins on the previous
page starts at offset 0 of its row; one cut off at the row's end would end at the row's end.

This script holds only short anchors (a few words) per row, never whole sentences; an anchor
matches with any run of whitespace between its words. A span runs from the start of its first
anchor, which must occur exactly once in the row, to the end of its second, which must occur
exactly once from the first on; either may instead carry an explicit occurrence index
(``"words@n"``, the n-th occurrence from 0). It checks that every span lies in
its text, that each action lies inside its sentence, that the actor is written in the sentence
and that the action begins with a form of the verb, and writes one record per row, in csv order.

Cases the guidelines leave open, decided here:

- a referral of a letter or petition to a council committee is an action item in every period
  form: "henvist til Erklæring af Udvalget for X", "henvist til Udvalget for X til
  Forhandling", "blev den vist tilbage til Udvalget for X" (verb ``vise tilbage``), and also
  "besluttede / vedtog man at tilstille Udvalget for X [til Erklæring]" (verb ``tilstille``):
  the "man" decision names the body it hands the matter to, as "Det vedtoges at overdrage til
  Y at V" does; a referral already carried out before the meeting ("har tilstillet
  Politimesteren til Erklæring", a past event) does not count;
- "anmodede man Formanden / Udvalget om at V" and "med Anmodning om at V" addressed to the
  council's own chairman or committee hand it a task and count (``besvare``,
  ``fremkomme``, ``tilbagesende``): the guideline's excluded "anmode X om at V" is a request to
  an outside party (Kjøbstadsforeningen, the Amt), which stays out; a request whose
  fulfilment the minutes report ("hvilket skete ...") still counts, as it was handed out;
- "besluttede man ved Foranstaltning af Udvalget for X at indhente ..." gives the task to the
  committee, as "at lade Eftersynet foretage af Y" does (actor Y);
- "man", "Byraadet" or a passive as the doer ("vedtog man at svare / tilskrive / uddele",
  "Byraadet vedtog ... at anmode", "dette vil være at indsende", "besluttede man at lade samme
  gaa tilbage til videre Forhandlinger", where the receiving committee is not named) is a
  decision, no action item; "Til Efterretning og videre Bekjendtgjørelse for Udvalget ...
  toges" only passes news on to a committee: no task, no item;
- grants, permissions and their conditions, leases, sales, accepted bids and appointments are
  no action items, also where a named body is the subject of a present-tense clause ("hvorhos
  Udvalget ... fremdeles tilstaar ham 200 Kroner aarlig": a grant; "der extraordinært bevilges
  Udvalget for Vejvæsenet 300 Kr.": a grant); nor are elections to a body with no task verb
  ("Til Medlemmer af Valgbestyrelsen ... valgtes"), an outside party's promise ("Tilsagn fra
  Christiansen om, at han selv vil afskaffe"), or proposals quoted from a committee's letter;
- "bemyndigedes Udvalget til at opsige Opsynsmand Hjort hans tjeneste ... til ophør den 1ste
  Oktober d. A." gets no deadline: the date is when the service ends, a term of the notice,
  not a date by which the task is due (as the parish gold treats a completion date in a
  contract);
- actor: a bare title or body is written with a lower-case first letter (``formanden``,
  ``udvalget``); a standing committee's name keeps its capital as a name ("Udvalget for
  Sygehuset", "Udvalget for Affattelsen af Valglister"), as the parish gold writes "Udvalget
  for Udvidelse og Bebyggelse i Hasle"; the reinforcement named after it ("der blev forstærket
  med Jensen Vroue") is left out. One item per coordinated task verb ("anskaffe nogle
  Kakkelovne m. m. til samt foretage nogle Istandsættelser": two items).

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_byraad_1890_actions_gold.py
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EXTRACT_SHARED_DIR", str(ROOT.parent / "shared")))
SHARED_PATH = "corpus/aarhus-byraad-1869-1890/city_council_source_minus_1891-1899.csv"
OUT = ROOT / "corpus" / "gold" / "byraad_1890_actions.jsonl"
MEETING_INDICES = range(0, 17, 2)
N_ROWS = 98

# uid -> action items. Each item: (actor, verb, deadline, sentence anchors, action anchors);
# anchors are (first words, last words): the span runs from the start of the first to the end
# of the second, the second searched from the first on. Rows not listed have no item.
ACTIONS: dict[str, list[tuple[str, str, str, tuple[str, str], tuple[str, str]]]] = {
    "11772": [
        ("Udvalget for Sygehuset", "anskaffe", "",
         ("Efter derom fremsat", "ca. 400 Kr."), ("anskaffe nogle", "Kakkelovne m. m.")),
        ("Udvalget for Sygehuset", "foretage", "",
         ("Efter derom fremsat", "ca. 400 Kr."), ("foretage nogle", "Lejlighed i Sygehuset")),
    ],
    "11824": [
        ("Udvalget for Brolægningsvæsenet", "tilstille", "",
         ("En fra Politimesteren", "Brolægningsvæsenet til Erklæring."),
         ("tilstille Udvalget", "Brolægningsvæsenet til Erklæring")),
    ],
    "11830": [
        ("Udvalget for Markvæsenet", "henvise", "",
         ("En fra Udvalget", "for Markvæsenet."), ("henvist til Erklæring", "for Markvæsenet")),
    ],
    "11892": [
        ("formanden", "besvare", "",
         ("Efter at Sagen var drøftet", "1891 saaledes:"),
         ("besvare den", "foreslaaede Maade")),
    ],
    "11902": [
        ("Udvalget for Byens Udvidelse og Bebyggelse", "henvise", "",
         ("Et fra Kommerceraad", "gjort Gjældende."), ("henvist til", "med Andrageren")),
    ],
    "11905": [
        ("Udvalget for Havnevæsenet", "tilstille", "",
         ("Et fra nogle", "tilbagesende samme."), ("tilstille Udvalget", "for Havnevæsenet")),
        ("Udvalget for Havnevæsenet", "tilbagesende", "",
         ("Et fra nogle", "tilbagesende samme."), ("tilbagesende samme", "tilbagesende samme")),
    ],
    "11969": [
        ("Udvalget for Vejvæsenet", "tilstille", "",
         ("En fra Udvalget", "Vejvæsenet til Erklæring."),
         ("tilstille Udvalget", "Vejvæsenet til Erklæring")),
    ],
    "11973": [
        ("Udvalget for Markvæsenet", "indhente", "",
         ("Efter Anmodning af", "forrige Optælling."),
         ("indhente lignende", "eller til Foderstoffer")),
    ],
    "11977": [
        ("Udvalget for Affattelsen af Valglister", "foranstalte", "",
         ("Foranlediget af", "fornøden Kontrol."), ("foranstalte Andragendet", "fornøden Kontrol")),
    ],
    "12070": [
        ("Udvalget for Anvendelsen af den ny Torveplads", "vise tilbage", "",
         ("Efter at Sagen i sin Helhed", "denne Sags Vedkommende."),
         ("vist tilbage", "ny Torveplads")),
    ],
    "12076": [
        ("udvalget", "fremkomme", "",
         ("Efter Indstilling af", "anbringe dem."), ("fremkomme med", "anbringe dem")),
    ],
    "12078": [
        ("Udvalget for Havnevæsenet", "tilstille", "",
         ("ved den endnu", "for Havnevæsenet."), ("tilstille Udvalget", "for Havnevæsenet")),
    ],
    "12131": [
        ("udvalget", "opsige", "",
         ("Efter derom af", "200 Kroner aarlig."), ("opsige Opsynsmand", "Oktober d. A.")),
    ],
}


def _pattern(words: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in words.split()))


def find(text: str, anchor: str, start: int = 0) -> tuple[int, int]:
    """Offsets of ``anchor`` in ``text[start:]``: unique there, or its ``@n``-th occurrence."""
    words, _, nth = anchor.partition("@")
    hits = [(m.start(), m.end()) for m in _pattern(words).finditer(text, start)]
    if nth:
        return hits[int(nth)]
    if len(hits) != 1:
        raise ValueError(f"anchor {anchor!r} found {len(hits)} times")
    return hits[0]


def span(text: str, anchors: tuple[str, str]) -> tuple[int, int]:
    first, last = anchors
    s, e = find(text, first)
    if last != first:
        e = find(text, last, s)[1]
    return s, e


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def build_item(text: str, item: tuple) -> dict:
    actor, verb, deadline, sent, act = item
    s0, s1 = span(text, sent)
    a0, a1 = span(text, act)
    assert 0 <= s0 <= a0 < a1 <= s1 <= len(text), (actor, verb, s0, a0, a1, s1)
    assert _norm(actor) in _norm(text[s0:s1]), f"actor {actor!r} not in its sentence"
    head = text[a0:a1].split()[0].casefold()
    assert head[:3] == verb.split()[0].casefold()[:3], f"action {head!r} vs verb {verb!r}"
    assert re.fullmatch(r"(\d{4}-\d\d-\d\d)?", deadline), deadline
    return {"item_no": "", "actor": actor, "verb": verb, "deadline": deadline,
            "start_char": s0, "end_char": s1, "action_start": a0, "action_end": a1}


def meeting(row: dict) -> str:
    return row["page_id"].rsplit("-", 1)[0]


def build() -> list[dict]:
    csv.field_size_limit(10**9)
    with open(SHARED / SHARED_PATH, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    prefixes = sorted({meeting(r) for r in rows})
    mine = {prefixes[i] for i in MEETING_INDICES}
    records = []
    for row in rows:
        if meeting(row) not in mine:
            continue
        text = row["text_data"]
        items = [build_item(text, it) for it in ACTIONS.get(row["uid"], [])]
        records.append({
            "format": "extract-gold/1",
            "id": f"byraad_1890_uid{row['uid']}",
            "shared_path": SHARED_PATH,
            "csv_uid": row["uid"],
            "csv_column": "text_data",
            "meeting": meeting(row),
            "split": "dev",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "tables": {"actions": items},
        })
    uids = [r["csv_uid"] for r in records]
    assert len(uids) == len(set(uids)) == N_ROWS, len(uids)
    unknown = set(ACTIONS) - set(uids)
    assert not unknown, f"uids not in the annotated meetings: {sorted(unknown)}"
    return records


def main() -> int:
    records = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_items = sum(len(r["tables"]["actions"]) for r in records)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(records)} records, {n_items} action items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
