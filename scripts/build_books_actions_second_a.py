"""Second, independent annotation of action items in five development minute books.

What this is: an independent SECOND annotation of the action items (`tables.actions`) in five
1940s parish council minute books of ``../shared/corpus/aarhus-parish-1940-1945`` (all
``"split": "dev"``), made to measure inter-annotator agreement. It was annotated from
``corpus/GUIDELINES.md`` alone (the "Minute books" section and the "Action items" section),
without seeing the first annotation, any other gold file or any output of the system.

The builder holds only short anchors (a few words) that locate each item's sentence and verb
phrase in the book's text (read as ``open(path, encoding="utf-8").read()``, byte-order mark
kept, offsets are ``str`` indices). Every anchor is checked: a sentence's start anchor must
occur exactly once in the book (or carry an explicit occurrence index), its end anchor exactly
once in the text block (up to the next blank line) after the start, and an action's anchors
exactly once inside the sentence. Without an end anchor the sentence runs to the end of its
block. It writes ``corpus/gold/books_actions_second_a.jsonl``, one record per book.

Sentence and verb phrase: in these books a decision is often a block with hard line breaks and
no full stop; the sentence is then the block (or the clause run from its first word), and the
verb phrase runs from the task verb (the referral verb for a bare referral) to the end of its
complement.

Open cases decided:

- Bare referrals to a person or body count, whatever the referral verb: "Overlades
  Vejudvalget", "Henvises til Rs. Svenningsen", "Tilstilles Vand- og Gasværksudvalgt til
  Afgørelse", "Overdroges Andr Ulriksen til 45 Kr", "Licitation ... tildeltes Otto Jensen
  Trige", and the Elsted notes that a cheque or letter was passed on: "Afleveret til O.
  Spliid", "Leveret til Spliid" (twice), "Til Efterretning leveret til Vejudvalget" (verb
  aflevere / levere). "Til Dommerkontoret" (no verb, an outside office) does not.
- A referral that names the task ("Overlodes Vandværksudvalget at foretage ...", "Overlodes
  til Kirkegaardsudvalget at fremkomme med Forslag", "Sagen overlades Vejudvalget, der
  foranlediger indkaldt til Aastedsforretning") is one item whose verb is the task verb.
- A passive with an agent does not count, as the guideline's "fjernes af Pedellen":
  "Landbrugstælling foretages af Vald. Buttschøn K. Karlton" (Elsted), "Granstolper ...
  leveres evt. af Johs. Grosen" (Hjortshøj-Egaa 1942).
- Appointments without a task verb are elections, not items: "Til Revision af Udleveringen
  af Rationeringskort valgtes ...", "Til Modtagelse af Kandidatlisten udpegedes Kasse- og
  Regnskabsudvalget", "Som Revisorer ved Uddelingen ... valgtes ...", representatives chosen
  for a meeting. "valgtes til at tiltræde Udvalget / Sygeplejeforeningens Bestyrelse" is a
  seat on a body (tiltræde), not a task. "Til at deltage i Besigtigelses- og
  Ekspropriationsforretning ... valgtes Vurderingsmændene til Ejendomsskyld: ..." counts (vælge
  Y til at V); the actor is the head noun, the names after the colon an apposition.
- Handing the matter back to the outside authority that decides it is no task: "lade Sagen
  overladt til Skatteraadet" (Viby 1 July, 14) and "overladt til Fonden at tage endelig
  Bestemmelse" (Viby 4 Nov, 10; also a decision act).
- A committee's recommendation answered "Til Efterretning" is not adopted: Viby 2 Sep, 9
  ("Registrering af Ingemannsvej overdrages Entreprenør Erhardt Jensen", "Vejudvalget faar
  Tilladelse til ..."). One answered "Udvalgets Indstilling vedtages" counts: Viby 19 Aug, 8
  ("Det paalægges Kommunens Arbejdsformand at føre Kontrol ...").
- "Det vedtoges at leje ..., og at Karlton ... udleverer Tørvene og modtager Betaling samt
  afregner med Kommunen" (Elsted) is three items; "Spliid modtager Checken" is a present-tense
  clause with a named subject and counts.
- "Sogneraadet kan gaa med til at yde ... og lade Vejmanden foretage Nedlægningen, medens Jens
  Jensen betaler ... og sørger for ..." (Hjortshøj-Egaa 1942): the council's offer is taken as
  its decision, so the Vejmand item counts; the applicant's share is a term of the grant, not
  an item.
- "det vedtoges at paalægge Th Levinsen at betale 318 Kr 50 Øre" (Trige) is a directive
  (paalægge) with a named actor and counts, though Levinsen is outside the council; demands on
  outsiders in other forms ("forlange af ham, at ...", "tilkendegive Aage Eberhard ...") are
  requests to outside parties and do not.
- Actors: a common noun gets a lower-case first letter ("formanden", "raadets Formand",
  "udv. for Udvidelse og Bebyggelse"), a line-end hyphenation is joined ("kommuneingeniøren"),
  a title with a name is kept ("Dyrlæge Scaumburg"), the village after a name is left out
  ("Dyrlæge Scaumburg Trige", "Otto Jensen Trige"). No item states a calendar deadline.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACT_SHARED_DIR", str(REPO.parent / "shared")))
BOOK_DIR = "corpus/aarhus-parish-1940-1945"
OUT = REPO / "corpus" / "gold" / "books_actions_second_a.jsonl"


def item(actor, verb, sent, act=None, occ=None, deadline=""):
    """One item: sentence anchors (start, end or None), action anchors (start, end)."""
    return {"actor": actor, "verb": verb, "sent": sent, "act": act, "occ": occ,
            "deadline": deadline}


BOOKS = {
    "Viby_1940_(juni-december).txt": [
        # 3 June
        item("vejudvalget", "overlade", ("Overlades Vejudvalget.", None)),
        # 17 June
        item("kommuneingeniøren", "undersøge", ("Det overlades Kommune-", "Lokaler."),
             ("undersøge", "egnede Lokaler")),
        item("vejudvalget", "overlade", ("Overlodes Vejudvalget\ntil", None)),
        # 1 July
        item("vejudvalget", "overlade", ("Sagen overlades Vejudvalget\ntil", None),
             ("overlades", "Foranstaltning")),
        item("udvalget for Udvidelse og Bebyggelse", "overlade",
             ("Overlades Udvalget for\nUdvidelse", None)),
        item("det sociale Udvalg", "arrangere", ("Det overlodes det sociale", None),
             ("arrangere", "til Malling")),
        # 15 July
        item("parkudvalget", "se", ("Det overlades Parkud-", None), ("se nærmere", "Sagen")),
        item("raadets Formand", "udstede", ("Det vedtoges at bemyndige Raadets", None),
             ("udstede Skøder", "Holme By og Sogn")),
        # 5 August
        item("kirkegaardsudvalget", "overlade", ("Overlades Kirke-\ngaardsudvalget", None)),
        # 19 August
        item("kommunens Arbejdsformand", "føre", ("Det\npaalægges Kommunens", "overholdes."),
             ("føre Kontrol", "overholdes")),
        item("G. Clausen", "forsøge", ("Det overlades G. Clausen", None),
             ("forsøge\norganiseret", "Indsamling af\nAks")),
        # 2 September
        item("kirkegaardsudvalget", "fremkomme", ("Overlodes til Kirkegaardsudvalget", None),
             ("fremkomme med", "til næste Møde")),
        item("statsboligfondsudvalget", "overlade", ("Overlodes Statsboligfonds-", None)),
        # 15 October
        item("kasse- & Regnskabsudvalget", "udarbejde",
             ("Det overlades Kasse- & Regnskabs-", "halve Grise."),
             ("udarbejde at udarbejde", "halve Grise")),
        # 4 November
        item("udvalget for Brandvæsenet", "overlade", ("Overlades Udvalget for\nBrandv", None)),
        item("udvalget", "forhandle", ("Det overlodes Udvalget\nat", None),
             ("forhandle", "Fischmann")),
        # 18 November
        item("statsboligfondsudvalget", "arbejde", ("Det overlades Statsboligfonds-", None),
             ("arbejde efter", "Loven")),
        item("udvalget for Vejvæsenet", "overlade", ("Overlades Udvalget for\nVejv", None)),
        item("udvalget", "sælge", ("Udvalget fik Bemyndigelse", None),
             ("sælge Materiellet", "mulige Bud")),
        item("vejudvalget samt Sogneraadsformanden", "forhandle",
             ("Det overlodes Vejudvalget samt", None), ("forhandle med", "Lille Anlæg")),
        item("udv. for Udvidelse og Bebyggelse", "overveje",
             ("Det overlades Udv. for Udvidelse", None), ("overveje", "Boldbaner m.\nv.")),
        item("udv. for Udvidelse og Bebyggelse", "fremkomme",
             ("Det overlades Udv. for Udvidelse", None), ("fremkomme med", "Ind-\nstilling")),
        # 2 December
        item("vand- og Gasværksudvalgt", "tilstille", ("Tilstilles Vand- og Gas", None)),
        item("vandværksudvalget", "foretage", ("Overlodes Vandværksudvalget", None),
             ("foretage det videre", "af\nKontrakter")),
    ],
    "Hjortshøj-Egaa_1942.txt": [
        # 7 January (Kasse og Regnskabsudvalget)
        item("rentefogeden", "gaa", ("Restancelisterne blev gennemgaaede og", "restancerne."),
             ("gaa noget", "Skatte-\nrestancerne")),
        # 11 March
        item("Joh. Grosen", "gøre", ("Det overdroges Joh. Grosen", "Skridt."),
             ("gøre de", "Skridt")),
        # 8 April
        item("vejudvalget", "henvise", ("Henvises til Vejudvalget.", None)),
        # 13 May
        item("skoleudvalgsmedlemmet", "henvise", ("Henvises til Skoleudvalgs", None)),
        item("vandværket", "henvise", ("Henvises til Vandværket.", None)),
        # 8 July
        item("Rs. Svenningsen", "henvise", ("Henvises til Rs. Svenningsen.", None)),
        # 9 September
        item("vejudvalget", "overlade", ("Overlades til Vejudvalget.", None)),
        item("vejmanden", "foretage", ("Sogneraadet kan gaa med til at yde", None),
             ("foretage Nedlægningen", "Nedlægningen")),
        # 11 November
        item("Johs. Grosen", "foretage", ("Det overlades Johs. Grosen", "m.m."),
             ("foretage det", "m.m.")),
    ],
    "Hjortshøj-Egaa_1943.txt": [
        # 21 April
        item("vejudvalget", "tage", ("Det overlodes til Vejudvalget", "Vejforholdene."),
             ("tage et", "Vejforholdene")),
        # 13 October
        item("vejudvalget", "foranledige",
             ("Sagen overlades Vejudvalget, der", "Aastedsforretning."),
             ("foranlediger", "Aastedsforretning")),
        item("formanden", "underskrive", ("Udkast til ny Brandvedtægt", "Vegne."),
             ("underskrive denne", "Vegne")),
        # 8 December
        item("vurderingsmændene til Ejendomsskyld", "deltage",
             ("Til at deltage i Besigtigelses", None), ("deltage i", "Grenaa")),
        # 21 December (Kasse og Regnskabsudvalget)
        item("pantefogden", "gaa ud", ("Restancelisterne blev gennemgaaet og", "snarest."),
             ("gaa ud", "snarest")),
    ],
    "Trige_1945.txt": [
        # 4 January
        item("vejudvalget", "overlade", ("Klage fra Jens Jakobsen", None),
             ("overlades til", "Vejudvalget")),
        # 22 March
        item("Dyrlæge Scaumburg", "foretage", ("Det vedtoges at lade Dyrlæge", None),
             ("foretage Udryddelsen", "larver")),
        # 3 May
        item("vejudvalget", "overlade", ("Klage fra Bestyrelsen i Søften", None),
             ("overlades til", "Vejudvalget")),
        # 2 August
        item("Otto Jensen", "tildele", ("Licitation over Oprensning", None),
             ("tildeltes", "for 500 Kr")),
        # 23 November
        item("Th Levinsen", "betale", ("I Anledning af Mette Marie", None),
             ("betale 318", "50 Øre")),
    ],
    "Elsted_1940.txt": [
        # 8 January
        item("O. Spliid", "aflevere", ("Afleveret til O", "Spliid.")),
        item("formanden", "svare", ("Formanden maa svare", None),
             ("svare", "paa Skrivelsen")),
        # 20 May
        item("Spliid", "modtage", ("Spliid modtager", None), ("modtager", "Checken")),
        item("Karlton", "udlevere", ("Det vedtoges at leje Karltons", None),
             ("udleverer", "udleverer\nTørvene")),
        item("Karlton", "modtage", ("Det vedtoges at leje Karltons", None),
             ("modtager", "modtager Betaling")),
        item("Karlton", "afregne", ("Det vedtoges at leje Karltons", None),
             ("afregner", "med Kommunen")),
        # 26 June
        item("Andr Ulriksen", "overdrage", ("Overdroges Andr", None),
             ("Overdroges", "Ulriksen")),
        item("Spliid", "levere", ("Leveret til Spliid.", None), occ=0),
        item("Spliid", "levere", ("Leveret til Spliid.", None), occ=1),
        # 12 November
        item("vejudvalget", "levere", ("Til Efterretning\nleveret", None),
             ("leveret", "til Vejudvalget")),
    ],
}


def find(text: str, anchor: str, lo: int, hi: int, occ: int | None, what: str) -> int:
    """Offset of `anchor` in text[lo:hi]: it must occur once, or `occ` picks one."""
    hits = []
    i = text.find(anchor, lo, hi)
    while i != -1:
        hits.append(i)
        i = text.find(anchor, i + 1, hi)
    if occ is None and len(hits) != 1:
        raise SystemExit(f"{what}: anchor {anchor!r} found {len(hits)} times")
    if occ is not None and len(hits) <= occ:
        raise SystemExit(f"{what}: anchor {anchor!r} has no occurrence {occ}")
    return hits[0 if occ is None else occ]


def block_end(text: str, start: int) -> int:
    """End of the text block holding `start` (next blank line), trailing space dropped."""
    j = text.find("\n\n", start)
    j = len(text) if j == -1 else j
    return len(text[start:j].rstrip()) + start


def locate(text: str, spec: dict, what: str) -> dict:
    s_anchor, e_anchor = spec["sent"]
    start = find(text, s_anchor, 0, len(text), spec["occ"], what)
    bend = block_end(text, start)
    if e_anchor is None:
        end = bend
    else:
        end = find(text, e_anchor, start, bend, None, what) + len(e_anchor)
    if spec["act"] is None:
        a_start, a_end = start, end
        if text[a_end - 1] == ".":
            a_end -= 1
    else:
        a0, a1 = spec["act"]
        a_start = find(text, a0, start, end, None, what)
        a_end = find(text, a1, a_start, end, None, what) + len(a1)
    assert start < end and start <= a_start < a_end <= end, what
    return {"item_no": "", "actor": spec["actor"], "verb": spec["verb"],
            "deadline": spec["deadline"], "start_char": start, "end_char": end,
            "action_start": a_start, "action_end": a_end}


def main() -> None:
    lines = []
    for name, specs in BOOKS.items():
        path = SHARED / BOOK_DIR / name
        text = open(path, encoding="utf-8").read()
        rows = [locate(text, spec, f"{name} #{k}") for k, spec in enumerate(specs)]
        keys = [(r["start_char"], r["action_start"]) for r in rows]
        if len(set(keys)) != len(keys):
            raise SystemExit(f"{name}: duplicate item")
        rows.sort(key=lambda r: (r["start_char"], r["action_start"]))
        record = {
            "format": "extract-gold/1",
            "id": "books2/" + name[: -len(".txt")],
            "shared_path": f"{BOOK_DIR}/{name}",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "split": "dev",
            "tables": {"actions": rows},
        }
        lines.append(json.dumps(record, ensure_ascii=False))
        print(f"{name}: {len(rows)} items")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
