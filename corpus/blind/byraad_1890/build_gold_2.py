"""Build ``gold_actions_2.jsonl``: blind test set 2 of action items, Aarhus city council 1890.

What it is. Blind set 2 (meetings 15, 17 and 19): the action items (``tables.actions``, by the
"Action items" rules of ``corpus/GUIDELINES.md``) in the Aarhus city council proceedings of 1890
in ``../shared/corpus/aarhus-byraad-1869-1890/city_council_source_minus_1891-1899.csv``, for the
meetings with index 15, 17 and 19: the distinct meeting prefixes (``page_id`` before its last
"-") sorted as plain strings and numbered from 0. Every row of those meetings is a record, with
or without items (rows without items count for precision). It is a blind test set, read only as
scores by the author: annotated by a helper who read neither the code nor the system's output;
the project's author reads only its scores, never this file, the text or the gold.

Documents, offsets and anchors exactly as in ``build_gold.py`` (blind set 1, meetings 1-13):
a document is one csv row's ``text_data`` string (column ``uid`` unique), offsets are Python
``str`` indices into it; ``start_char`` / ``end_char`` the sentence holding the item (ending
after its final punctuation), ``action_start`` / ``action_end`` the task's verb phrase without
the final punctuation. A record holds only offsets, names, verbs and dates, with the ``sha256``
of the row's text (UTF-8). Per row this script holds only short anchors; an anchor matches with
any run of whitespace between its words and must occur exactly once in the row's text, or
carries an occurrence index ``"words@n"``; every anchor is checked and a failed check raises.

The open cases are decided as in ``build_gold.py``; in addition:

- a decision the council took by written vote between meetings, reported in a communication
  this meeting takes to notice (a request to a committee, a permission), is narrative of an
  earlier decision, no item of this meeting; so is a reply already sent;
- "Til Medlemmer af <body>, som skal V, valgtes A, B og C" is "vælge Y til at V": the actor
  is the list of the elected as written, kept whole;
- an authority given "til fornødent Fald" is an item (the authority is given; only its use
  depends on need);
- where the event the task is carried out at has two dates, the deadline is the later one; a
  notice to quit "til fraflytning ved udgangen af <month>" has the end of that month as its
  deadline (the event the task prepares, as the census day in set 1);
- in "Y bemyndigedes til at V1 ... og V2 ..." the particle after an object is not part of the
  verb ("sætte samme i Gang" gives ``sætte``).

Usage (from the repository root)::

    EXTRACT_SHARED_DIR=/path/to/shared python corpus/blind/byraad_1890/build_gold_2.py
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
OUT = HERE / "gold_actions_2.jsonl"
MEETING_INDEXES = (15, 17, 19)

ELECTED = ("Meden, Meulengracht, Mønsted, Meyer, Schwenn, Fenger, Hald, Svendsen, D. Langballe,"
           " Ramsing og Kruse")

# uid -> items: (actor, verb, deadline, sentence start, sentence end, action start, action end).
# The sentence end anchor ends with the sentence's final punctuation; the action end anchor ends
# where the verb phrase ends.
ITEMS: dict[str, list[tuple[str, str, str, str, str, str, str]]] = {
    "12160": [
        ("budgetudvalget", "overgive", "",
         "Et fra Forretningsudvalget", "til erklæring .", "overgivet Budgetudvalget",
         "til erklæring"),
    ],
    "12166": [
        ("indkvarterings-kommissionen", "opsige", "1890-09-30",
         "I henhold til følgende", "maaned d. A.", "opsige det ved", "maaned d. A"),
    ],
    "12221": [
        ("udvalget", "bortakkordere", "",
         "Efter derom fra Udvalget", "paa sammes Udførelse.", "bortakkordere dette",
         "under Haanden"),
        ("udvalget", "sætte", "",
         "Efter derom fra Udvalget", "paa sammes Udførelse.", "sætte samme i Gang",
         "paa sammes Udførelse"),
    ],
    "12274": [
        (ELECTED, "lede", "1890-09-16",
         "Til Medlemmer af", "flere Medlemmer.", "lede de til", "September d. A"),
        ("formanden", "udvælge", "",
         "Til Medlemmer af", "flere Medlemmer.", "Udvælge flere", "flere Medlemmer"),
    ],
    "12283": [
        ("udvalget for Byen Udvidelse og Bebyggelse", "bortsælge", "",
         "Der meddeles Udvalget", "Boulevardgrunde.", "bortsælge en",
         "til Salg bestemte Boulevardgrunde"),
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
