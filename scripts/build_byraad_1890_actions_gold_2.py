"""Build ``corpus/gold/byraad_1890_actions_2.jsonl``: action-item gold of Aarhus Byraad 1890, set 2.

Issue 17 (action items in period language). Development gold, set 2: the action items of four
more meetings of the Aarhus city council proceedings of 1890 (``corpus/aarhus-byraad-1869-1890/
city_council_source_minus_1891-1899.csv`` in ``../shared``), annotated by the "Action items"
rules of ``corpus/GUIDELINES.md`` by a helper who read neither the system's code nor its output,
following the decisions of set 1 (``scripts/build_byraad_1890_actions_gold.py``, meetings 0, 2,
..., 16) so that the two sets agree.

Documents and offsets, as in set 1. A meeting is the ``page_id`` prefix before its last "-"
("18900821_143"); the distinct prefixes, sorted as plain strings and numbered from 0, give the
meetings annotated here: those with index 18, 20, 22 and 24 (21 August, 11 September, 9 and 20
October 1890; 83 rows). A document is exactly one csv row's ``text_data`` string (the row is
named by its unique ``uid``); every offset is a Python ``str`` index into that string. A row
with no action item is written with an empty list (it counts for precision). A sentence that
begins on the previous page starts at offset 0 of its row; one cut off at the row's end ends at
the row's end (uid 12245, whose last words "at fremkomme" go on in 12246: the item is in
12245, where its actor and verb are written; the tail row 12246 has none).

This script holds only short anchors (a few words) per row, never whole sentences; an anchor
matches with any run of whitespace between its words. A span runs from the start of its first
anchor, which must occur exactly once in the row, to the end of its second, which must occur
exactly once from the first on; either may instead carry an explicit occurrence index
(``"words@n"``, the n-th occurrence from 0). It checks that every span lies in its text and
starts and ends on no whitespace, that each action lies inside its sentence, that the actor is
written in the sentence and that the action begins with a form of the verb, and writes one
record per row, in csv order.

Conventions (set 1's): the sentence runs to and includes its full stop, the action from the
task verb to the end of its phrase (a referral's "til Erklæring" in, a following "med
Anmodning / Tilkjendegivelse om ..." or relative clause out); the actor is written as in the
text, a bare title or body with a lower-case first letter (``formanden``, ``udvalget``,
``politimesteren``), a committee's or commission's name with its capital ("Udvalget for
Sygehuset", "Budgetudvalget", "Bygningskommisionen" in the text's spelling); no deadline here
states a calendar date for its task.

Cases the guidelines and set 1 leave open, decided here:

- an anaphor whose antecedent is written in the same sentence takes the antecedent as actor:
  "meddelt ham Bemyndigelse" after "af Formanden fremsat Forslag" -> ``formanden``; "anmodede
  man det derhos om" after "meddelte Udvalget" -> ``udvalget``; "blev det meddelt nævnte Udvalg
  Bemyndigelse" after "Skrivelse fra Udvalget for Gasværket" -> "Udvalget for Gasværket". A
  plain "Udvalget" stays ``udvalget`` (as set 1's uid 12131), and an anaphor whose antecedent
  lies outside the sentence stays as written (as the parish gold's "samme");
- a referral to an official outside the council counts like one to a committee: "vedtog man at
  tilstille Politimesteren, under hvis Embedsomraade ..." (verb ``tilstille``, actor
  ``politimesteren``): the guideline's referral form names any person or body; what stays out is
  a request to an outside party ("anmode X om at V"), and a referral to a later stage of the
  council's own proceedings ("henvist til Afgjørelse / fornyet Foretagelse under
  Budgetbehandlingen", "besluttede man at foretage paa ny under Budgetforhandlingen") is a
  postponement, no item; "tilstille / overgive Sagen til Budgetudvalget" is a referral;
- the Bygningskommission is a municipal body, so "hvis Opfyldelse man vil anmode
  Bygningskommisionen om at paase" is set 1's "anmode udvalget om at V" (a request to the
  council's own body, future): one item, verb ``paase``;
- a committee's recommendation the council adopts counts in the sentence that writes the task:
  "havde Udvalget ... henstillet, at der nedsættes et Udvalg til at tage Forholdene ved
  Sandgraven under Overvejelse ..." + "Denne Henstilling tog Byraadet til Følge og besatte det
  paagjældende Udvalg med ..." is "nedsætte Y til at V", actor ``et Udvalg`` as written (as the
  parish gold's "et Udvalg bestaaende af ..."), verb ``tage``. A recommendation adopted whose
  at-clauses name no doer ("at denne Undervisning ophører, og at hun tillige udskrives", "at
  Bygningsvedtægtens § 17 ... søges forandret") gives no item;
- an authorization counts when its task verb is written with it ("blev der meddelt ham
  Bemyndigelse til ... at udstede Hjemstedsbeviser": ``udstede``; "Bemyndigelse til ... at
  underskrive den ... Kontrakt": ``underskrive``), also as a standing one ("i Mellemtiden
  imellem Raadets Møder"); not when its task is a decision act ("bemyndigedes ... nævnte Udvalg
  ... indtil videre til at meddele deslige Tilladelser": granting permissions is ``bevilge``, as
  the parish gold leaves an election "Til Godkendelse af Kandidatlister"), nor when the task is
  only referred to ("Idet Byraadet meddelte Udvalget den forlangte Bemyndigelse": the verb is
  in the committee's request two sentences before, not in the grant; an action needs its task
  verb written in its sentence). The "anmodede man det derhos om ... at fremkomme" in that
  same sentence counts (set 1's ``fremkomme``);
- "Til Efterretning og videre fornøden Foranstaltning igjennem Indkvarteringskommissionen
  toges" has no task verb ("toges til Efterretning" is a decision act, "Foranstaltning" a
  noun): no item, as set 1's "Til Efterretning og videre Bekjendtgjørelse for Udvalget";
- "anmodede Byraadet Sadelmagermester E. Halling og Kjøbmand L. B. Svendsen om at tiltræde
  henholdsvis Brolægningsudvalget og Gasværksudvalget" fills committee seats: an appointment
  to a body with no task, no item (as set 1's elections);
- paying from the town's chest ("lade Kæmnerkassen afholde Udgifterne", "erklærede sig villig
  til at lade Kæmnerkassen udrede Halvdelen ..., naar ...") is a grant, not "lade Y V": no
  item; nor is a permission's condition that names a committee ("gjøre den afhængig af, at
  Afskrivningen foregaar under Tilsyn ... af Udvalget for Affattelsen af Valglister"), nor a
  request or referral the text reports from an earlier meeting ("I Mødet den 12te Juni udbad
  Byraadet sig Erklæring", "i hvilket man anmodede Udvalget ... om at udtale sig").

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_byraad_1890_actions_gold_2.py
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
OUT = ROOT / "corpus" / "gold" / "byraad_1890_actions_2.jsonl"
MEETING_INDICES = (18, 20, 22, 24)
N_ROWS = 83

# uid -> action items. Each item: (actor, verb, deadline, sentence anchors, action anchors);
# anchors are (first words, last words): the span runs from the start of the first to the end
# of the second, the second searched from the first on. Rows not listed have no item.
ACTIONS: dict[str, list[tuple[str, str, str, tuple[str, str], tuple[str, str]]]] = {
    # 21 August 1890 (meeting 18).
    "12237": [
        ("Udvalget for Gasværket", "underskrive", "",
         ("Efter derom i Skrivelse", "fastsatte Vilkaar."),
         ("underskrive den med", "fastsatte Vilkaar")),
    ],
    "12245": [
        ("udvalget", "fremkomme", "",
         ("Idet Byraadet meddelte", "at fremkomme"), ("fremkomme", "fremkomme")),
    ],
    "12254": [
        ("Udvalget for Sygehuset", "overgive", "",
         ("Et fra Bestyrelsen", "Sygehuset til Erklæring."),
         ("overgivet Udvalget", "Sygehuset til Erklæring")),
    ],
    "12256": [
        ("Udvalget for Havnevæsenet", "tilstille", "",
         ("En fra Hermann Ipsen", "Havnevæsenet til Erklæring."),
         ("tilstille Udvalget", "Havnevæsenet til Erklæring")),
    ],
    "12257": [
        ("politimesteren", "tilstille", "",
         ("Et fra Anders Jensen", "Politivedtægtens § 11."),
         ("tilstille Politimesteren", "tilstille Politimesteren")),
    ],
    # 11 September 1890 (meeting 20).
    "12296": [
        ("udvalget", "tilkjendegive", "",
         ("Som Resultat af", "omhandede Gadefejning."),
         ("tilkjendegive vedkommende", "omhandede Gadefejning")),
    ],
    "12311": [
        ("et Udvalg", "tage", "",
         ("I Skrivelse af 30te", "Rand af samme."),
         ("tage Forholdene", "Rand af samme")),
    ],
    # 9 October 1890 (meeting 22).
    "12369": [
        ("Bygningskommisionen", "paase", "",
         ("Under Hensyn til førnævnte", "gjort bredere."), ("paase", "paase")),
    ],
    "12370": [
        ("Budgetudvalget", "tilstille", "",
         ("En fra Stadsingeniøren", "tilstille Budgetudvalget."),
         ("tilstille Budgetudvalget", "tilstille Budgetudvalget")),
    ],
    "12372": [
        ("Budgetudvalget", "tilstille", "",
         ("Et fra Lærer", "maatte vedblive."),
         ("tilstille Budgetudvalget", "tilstille Budgetudvalget")),
    ],
    "12374": [
        ("Budgetudvalget", "overgive", "",
         ("Efter at have modtaget", "Fattiggaardens Befolkning."),
         ("overgive Sagen", "til Budgetudvalget")),
    ],
    # 20 October 1890 (meeting 24).
    "12419": [
        ("formanden", "udstede", "",
         ("Paa derom af Formanden", "her i Kommunen."),
         ("udstede Hjemstedsbeviser", "udstede Hjemstedsbeviser")),
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
    for a, b in ((s0, s1), (a0, a1)):
        assert text[a:b] == text[a:b].strip(), f"span {a}-{b} has whitespace at an edge"
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
