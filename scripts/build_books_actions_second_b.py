"""Build ``corpus/gold/books_actions_second_b.jsonl``.

What this is: an independent second annotation of the action items in four development minute
books of ``../shared/corpus/aarhus-parish-1940-1945`` (Hasle-Skejby-Lisbjerg 1942 and 1941,
Trige 1942 from June, Hjortshøj-Egaa 1940), made to measure inter-annotator agreement. It was
annotated from ``corpus/GUIDELINES.md`` alone ("Minute books" and "Action items"), without
seeing the first annotation of these books or the system's output.

The builder holds only short anchors (a few words, a space standing for any run of whitespace,
so an anchor reads across the books' hard line breaks). Each item names the start and the end
of its sentence and of its verb phrase. The sentence start must occur exactly once in the book,
the sentence end exactly once between that start and the next blank line, and the action's
anchors exactly once inside the sentence; otherwise the builder stops. Run with ``--show`` to
print every item's sentence and verb phrase for review (they are never written to the gold).

Open cases, decided so:

- Titles and honorifics before a name are left out of ``actor``, as the guideline's
  "lade Arkitekt Y udarbejde Tegning -- the actor is Y" does: "Arkitekt Vedel Skaade" ->
  ``Vedel Skaade``, "Sogneraadsmedlem J. Holm" -> ``J. Holm``, "Fru Kæmner Petersen" ->
  ``Petersen``, "Entreprenørfirmaet Bjørnø & Andersen" -> ``Bjørnø & Andersen``. Role words
  and bodies are kept as written with a lower-case first letter (``kommuneingeniøren``,
  ``formanden og næstformanden``); named committees keep their capital (``Vejudvalget``).
- A committee set up "bestaaende af X, Y og Z" is the actor as ``et Udvalg`` (the membership
  is treated like an apposition); a list of members handed the task directly is kept whole.
  "Kasse- og Regnskabsudvalget sammen med Kæmneren" and "A. Rasmussen for Hasle Skole og
  S. R. Holm for Lisbjerg Centralskoles vedkommende" are lists (the latter without its
  "for ..." qualifiers, like the village after a name).
- "anmode X om at V" and "det henstilles til X at V" count when X is the council's own
  (members, its teachers, head teachers); they do not when X is an outside party (a taxpayer,
  "Sygekassens Revisorer", Broch-Lips, Gymnastikforeningen, Rs. Jensen).
- Sending a case to an outside authority for its ruling is not a referral that hands a task:
  "lade Sagen overgaa til Landvæsenskommission" (Trige), "oversende Sagen til
  Undervisningsministeriets Afgørelse", "fremsende Sagen til Taksationskommissionen".
  "Sagen udsat til nærmere Behandling af Brændselsudvalget" does count (verb ``udsætte``).
- A passive with its agent is not an item, as "fjernes af Pedellen" is not: "Arbejdet
  forestaaes af Brændselsudvalgets Formand", "Sogneraadet repræsenteres ved
  Sogneraadsformanden". Exception: Hjortshøj-Egaa 1940's "Tinglysningsdokumenterne ønskes
  underskrevet af Sogneraadsformanden, hvortil Sogneraadet Dags Dato har givet Bemyndigelse"
  (the "give Bemyndigelse" form), verb ``underskrive``.
- An election without a task in its own sentence is a decision (Synsmand, Valgbestyrere,
  delegates, Sjakformand, "Der nedsættes et Udvalg bestaaende af ..." for the grass sale,
  "Til Udvalget valgtes ...", "med Sogneraadsmedlem S. R. Holm som Forhandlingsleder");
  "De stedlige Sogneraadsmedlemmer valgtes til at Forhandling med ..." and "Der valgtes et
  Udvalg ..., der arbejder videre med Sagen" count.
- "lade Y faa ..." hands nothing ("lade Julius Laursen faa Arbejdet", "lade Reinhard
  Pedersen faa Ejendommen i Kommission", "lade Lærer A. Bauning bo"), while "overdrage
  Arbejdet / Leverancen til Y" counts (verb ``overdrage``); so does the Kommuneingeniør's
  recommendation that Bjørnø & Andersen "faar overdraget Arbejdet", adopted by "Det vedtoges
  at tiltræde Indstillingen" (the sentence is the recommendation's).
- "Sogneraadet vedtog at V" is a decision like "Det vedtoges at V"; "Sogneraadet vil prøve at
  forhindre Udleveringen" is an item (actor ``sogneraadet``, head verb ``prøve``).
- Of "Det overlades til et Udvalg ... at forhandle nærmere ... og til endeligt at afgøre
  Sagen" only ``forhandle`` is an item; ``afgøre`` is a decision act.
- "det overlades de 2 Mand at udpege en Formand hvis Enighed kan opnaaes" (Trige) is an item;
  the condition qualifies the task, it is not the task.
- Cost shares and contract terms are no items ("Lærerne betaler den anden Halvdel",
  "Lejeren skal endvidere foretage Renholdelse"), nor are "Bevilget efter nærmere Aftale med
  X", "Kommunens Vejmænd faar hver et Hold at Arbejde med", or a proposal lost on a tied vote.
- The footnote "x) Sogneraadsmedlem J. Holm fører Tilsynet med Materiellet" (Hasle 1941,
  22 December) is a present-tense clause with a named subject: an item.
- "indvarsle til Lodsejermøde vedrørende Bymosevej i Oktober Md. d. A." gives the month of
  the meeting, not a deadline for the task: ``deadline`` is empty. No item has a deadline.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXTRACT_SHARED_DIR", str(REPO.parent / "shared")))
BOOK_DIR = "corpus/aarhus-parish-1940-1945"
OUT = REPO / "corpus" / "gold" / "books_actions_second_b.jsonl"

# An anchor is a string (a space matches any run of whitespace) or (string, occurrence index).
# Item: (sentence start, sentence end, action start, action end, actor, verb, deadline).
BOOKS: dict[str, list[tuple]] = {
    "Hasle-Skejby-Lisbjerg_1942": [
        # 19 January, ad 6
        ("Det vedtoges at anmode A. Ras-", "er foreta- get", "indsende Ind-", "foreta- get",
         "A. Rasmussen og S. R. Holm", "indsende", ""),
        # 10 March, ad 9
        ("Overlades til For- manden efter", "11. ds.", "Overlades til", "11. ds.",
         "formanden", "overlade", ""),
        # 10 March, ad 18
        ("Det vedtoges at lade Formanden, Næst-", "Matr. Nr. 1d Hasle", "forhandle med Amts-",
         "Matr. Nr. 1d Hasle", "formanden, næstformanden og kommuneingeniøren", "forhandle",
         ""),
        # 31 March, ad 14
        ("Der overlades til Jens Holm", "Uhr til Kæmnerkontoret", "indkøbe et Uhr",
         "Uhr til Kæmnerkontoret", "Jens Holm og kæmneren", "indkøbe", ""),
        # 31 March, ad 15
        ("Det vedtoges at over- drage Arbejdet", "165 Kr.", "over- drage", "165 Kr.",
         "S. P. Jensen", "overdrage", ""),
        # 21 April, ad 16
        ("Det vedtoges at overlade S. P. Jensen,", "nærmere om Sagen", "forhandle",
         "nærmere om Sagen", "S. P. Jensen, Jens Rasmussen, vejmanden og kommuneingeniøren",
         "forhandle", ""),
        # 9 June, ad 21
        ("Overlades til A. Rasmussen m. H. t.", "dent Materiel", "Overlades til",
         "dent Materiel", "A. Rasmussen", "overlade", ""),
        # 24 June, ad 6
        ("Det overlades til et Udvalg bestaaen-", "afgøre Sagen", "forhandle nærme-",
         "interesse- rede Parter", "et Udvalg", "forhandle", ""),
        # 4 August, ad 4
        ("Der valgtes et Ud- valg bestaaende", "med Sagen", "arbejder videre", "med Sagen",
         "et Udvalg", "arbejde videre", ""),
        # 4 August, ad 5
        ("Der vedtoges et Udvalg bestaaende", "med Sagen", "arbejder videre", "med Sagen",
         "et Udvalg", "arbejde videre", ""),
        # 4 August, 18 (adopted: "Det vedtoges at tiltræde Indstillingen")
        ("Kommuneingeniøren indstiller, at den næstlavestbydende", "114 714 Kr.",
         "faar overdraget", "114 714 Kr.", "Bjørnø & Andersen", "overdrage", ""),
        # 8 September, ad 8
        ("De stedlige Sogne- raadsmedlemmer valgtes", "Kant- sten af Søsten", "For- handling",
         "Kant- sten af Søsten", "de stedlige Sogneraadsmedlemmer", "forhandle", ""),
        # 8 September, ad 11
        ("Det overlades til Kommuneinge- niøren at ind-", "Md. d. A.", "ind- varsle",
         "Md. d. A.", "kommuneingeniøren", "indvarsle", ""),
        # 13 October, ad 10
        ("Det vedtoges at overdrage Leve-", "Aage E. Holst", "overdrage", "Aage E. Holst",
         "Aage E. Holst", "overdrage", ""),
        # 13 October, ad 11
        ("Det vedtoges at overlade til A. Ras- mussen at forhand-", "Æn- dringer",
         "forhand- le med", "Æn- dringer", "A. Rasmussen", "forhandle", ""),
        # 5 December, ad 18
        ("Det vedtoges at meddele Overlæreren,", "i Fremtiden", "føre tilbør-", "Bør- nene",
         "lærerne", "føre", ""),
    ],
    "Hasle-Skejby-Lisbjerg_1941": [
        # 21 January, ad 2
        ("Til Forhand- ling om de nærmere", "samt Kommuneing. og Kæmner", "Forhand- ling om",
         "ved Lejemaalet", "et Udvalg", "forhandle", ""),
        # 21 January, ad 8
        ("Det vedtoges at nedsætte et Udvalg", "Iværk- sættelse af Arbejder",
         "fremkomme med", "af Arbejder", "et Udvalg", "fremkomme", ""),
        # 21 January, ad 11
        ("Det vedtoges at overlade til Brændsels- udvalget", "2000 Kr.", "indkøbe",
         "2000 Kr.", "Brændselsudvalget", "indkøbe", ""),
        # 21 January, ad 25
        ("Det vedtoges at anmode Over- lærerne", "af Sagen", "tage sig", "af Sagen",
         "overlærerne", "tage", ""),
        # 8 April, ad 2
        ("Det overlades til Kasse- og Regn-", "Assisten- ten", "antage", "Assisten- ten",
         "Kasse- og Regnskabsudvalget sammen med Kæmneren", "antage", ""),
        # 8 April, ad 4
        ("Det vedtoges at lade Eftersy-", "praktiserende Dyrlæger", "Eftersy- net foretage",
         "praktiserende Dyrlæger", "de i Kommunen praktiserende Dyrlæger", "foretage", ""),
        # 8 April, ad 9 b)
        ("Kommune- ingeniøren ind- sender", "omh. Magelæg", "ind- sender", "omh. Magelæg",
         "kommuneingeniøren", "indsende", ""),
        # 6 May, ad 5
        ("Overlades til A. Rasmussen til", "Foranstalt- ning", "Overlades til",
         "Foranstalt- ning", "A. Rasmussen", "overlade", ""),
        # 6 May, ad 13
        ("De stedlige Sogneraadsmed- lemmer forhand-", "ny Lejekontrakt", "forhand- ler",
         "ny Lejekontrakt", "de stedlige Sogneraadsmedlemmer", "forhandle", ""),
        # 10 June, ad 16
        ("Det vedtoges at overlade til Fru", "indkøbe Gardiner", "indkøbe Gardiner",
         "indkøbe Gardiner", "Petersen", "indkøbe", ""),
        # 24 July, ad 4
        ("Det overlades til J. P. Olsen, M. Kruse", "Spørgsmå- let", "forhandle",
         "Spørgsmå- let", "J. P. Olsen, M. Kruse, H. Harmsen og A. Rasmussen", "forhandle",
         ""),
        # 24 July, b) (Wagner Pedersen's inquiry)
        ("Det vedtages at over- lade til Kommune-", "Forespørgslen", "be- svare",
         "Forespørgslen", "kommuneingeniøren", "besvare", ""),
        # 28 October, ad 3
        ("Sagen udsat til nærmere Behand- ling af Brændsels-", "Brændsels- udvalget",
         "udsat til", "Brændsels- udvalget", "Brændselsudvalget", "udsætte", ""),
        # 28 October, ad 19
        ("Det overlades til Formanden og Næst-", "Leje- maal", "for- handle", "Leje- maal",
         "formanden og næstformanden", "forhandle", ""),
        # 22 December, ad 10, footnote x)
        ("Sogneraadsmedlem J. Holm", "Kr. aarl.", "fører Tilsynet", "2 Gange aarlig",
         "J. Holm", "føre", ""),
    ],
    "Trige_1942_(fra_juni)": [
        # 16 June, 3
        ("Det vedtoges at lade Arkitekt Vedel", "i Trige og Ølsted", "udarbejde Tegning",
         "i Trige og Ølsted", "Vedel Skaade", "udarbejde", ""),
        # 16 August, 3
        ("Arbejds- mændenes Arbejdsløshedskasse", "kan opnaaes", "udpege en Formand",
         "udpege en Formand", "de 2 Mand", "udpege", ""),
        # 3 September, 3
        ("Det overlades til Anders Overgaard", "til Ølsted Skole", "anskaffe ny Skoleborde",
         "til Ølsted Skole", "Anders Overgaard", "anskaffe", ""),
    ],
    "Hjortshøj-Egaa_1940": [
        # 30 March, 3
        ("Det vedtoges at henstille til Haandgerningslærerinderne", "til Under- visning",
         "spare paa", "til Under- visning", "haandgerningslærerinderne", "spare", ""),
        # 12 June, 4
        ("Sogneraadet vil prøve", "forhindre Udleveringen", "prøve at",
         "forhindre Udleveringen", "sogneraadet", "prøve", ""),
        # 12 June, 9
        ("Tinglysningsdokumenterne ønskes", "givet Bemyndigelse", "underskrevet af",
         "underskrevet af Sogneraadsformanden", "sogneraadsformanden", "underskrive", ""),
        # 10 July, 6
        ("Henvises til Vejudvalget", "Henvises til Vejudvalget", "Henvises til",
         "til Vejudvalget", "Vejudvalget", "henvise", ""),
        # 10 July, 14
        ("Det overlodes Johs. Grosen", "nærmere Aftale", "træffe nærmere",
         "nærmere Aftale", "Johs. Grosen", "træffe", ""),
    ],
}


def _pattern(anchor: str) -> re.Pattern[str]:
    parts = [re.escape(p) for p in anchor.split(" ") if p]
    return re.compile(r"\s+".join(parts))


def find(text: str, anchor: str | tuple[str, int], lo: int, hi: int, what: str) -> re.Match:
    """The match of ``anchor`` in ``text[lo:hi]``: the only one, or the given occurrence."""
    occ = None
    if isinstance(anchor, tuple):
        anchor, occ = anchor
    hits = list(_pattern(anchor).finditer(text, lo, hi))
    if occ is None:
        if len(hits) != 1:
            raise SystemExit(f"{what}: anchor {anchor!r} found {len(hits)} times")
        return hits[0]
    if occ >= len(hits):
        raise SystemExit(f"{what}: anchor {anchor!r} has no occurrence {occ}")
    return hits[occ]


def build_item(text: str, item: tuple, what: str) -> dict:
    s_start, s_end, a_start, a_end, actor, verb, deadline = item
    m = find(text, s_start, 0, len(text), f"{what} sentence start")
    start = m.start()
    block_end = text.find("\n\n", start)
    block_end = len(text) if block_end < 0 else block_end
    end = find(text, s_end, start, block_end, f"{what} sentence end").end()
    a0 = find(text, a_start, start, end, f"{what} action start").start()
    a1 = find(text, a_end, a0, end, f"{what} action end").end()
    if deadline and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", deadline):
        raise SystemExit(f"{what}: bad deadline {deadline!r}")
    for lo, hi in ((start, end), (a0, a1)):
        span = text[lo:hi]
        if span != span.strip() or span[-1] in ",;:":
            raise SystemExit(f"{what}: span {span!r} has loose edges")
    return {
        "item_no": "",
        "actor": actor,
        "verb": verb,
        "deadline": deadline,
        "start_char": start,
        "end_char": end,
        "action_start": a0,
        "action_end": a1,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each item's spans")
    args = parser.parse_args()
    records = []
    for name, items in BOOKS.items():
        file_name = name + ".txt"
        path = SHARED / BOOK_DIR / file_name
        text = open(path, encoding="utf-8").read()
        rows = [build_item(text, item, f"{name} #{i}") for i, item in enumerate(items)]
        rows.sort(key=lambda r: (r["start_char"], r["action_start"]))
        starts = [(r["start_char"], r["action_start"]) for r in rows]
        if len(set(starts)) != len(starts):
            raise SystemExit(f"{name}: two items share a sentence and verb phrase")
        if args.show:
            print(f"== {name}: {len(rows)} items")
            for r in rows:
                sent = " ".join(text[r["start_char"]:r["end_char"]].split())
                act = " ".join(text[r["action_start"]:r["action_end"]].split())
                print(f"  [{r['actor']} | {r['verb']} | {r['deadline']}]\n    S: {sent}\n"
                      f"    A: {act}")
        records.append({
            "format": "extract-gold/1",
            "id": f"books2/{name}",
            "shared_path": f"{BOOK_DIR}/{file_name}",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "split": "dev",
            "tables": {"actions": rows},
        })
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    total = sum(len(r["tables"]["actions"]) for r in records)
    print(f"wrote {OUT.relative_to(REPO)}: {len(records)} books, {total} items", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
