"""Build ``corpus/gold/books_f.jsonl``: development gold of a parish minute book (set F).

Issue 17. Set F holds ``Hasle-Skejby-Lisbjerg_1944.txt``. Annotated by reading the book in
``../shared/corpus/aarhus-parish-1940-1945`` whole, following ``corpus/GUIDELINES.md`` ("Minute
books", "Action items"); the book is never copied here: this script holds only short anchors (a
few opening words, names) and finds their offsets.

The anchor language and its checks are in ``scripts/books_gold.py``. This book needs two things
that machinery does not offer, added here by :func:`build_f` around its ``build``:

- a decision written *before* its heading, or after a later heading (the clerk's right-hand
  column, read out of order: "ad 18" above "18.", "ad 1 a-d / ad 2. / ad 3." below item 3): a
  decision spec starting with ``~`` is searched anywhere in its meeting (and must be unique);
- members named in the text as taking part (votes minuted by name) in a meeting that has no
  signatures: ``part=[(person as written, anchor), ...]`` gives present rows at that mention.

Attendance follows the guideline on stated absences (``corpus/GUIDELINES.md``, "Minute books"): a
"Fraværende: X" / "Fraværende var X og Y" / "Fraværende: Ingen" line in a meeting's opening is a
full record of its attendance: the named members are absent (each row at his name), every other
member of the council at the time is present ("Ingen": all are), these present rows at the
statement and in the spelling of that period's signatures (:func:`absent`, as in
``build_books_gold_e.py``). An empty "Fraværende:" line gives no rows. Where a meeting is signed,
the signatures give its present rows.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_f.py
"""

from __future__ import annotations

from books_gold import (
    BOOKS,
    REPO,
    SHARED,
    SINGLE,
    A,
    Book,
    GoldError,
    M,
    P,
    absence_record,
    build_late,
    main,
)

OUT = REPO / "corpus" / "gold" / "books_f.jsonl"


def MF(anchor, date, att, matters, actions=(), part=(), fragment=False, nth=1):  # noqa: N802
    """A meeting as :func:`books_gold.M`, with present rows of members taking part (``part``)."""
    m = M(anchor, date, att, matters, actions, fragment=fragment, nth=nth)
    m["part"] = list(part)
    return m


def held_roles(roles: list[tuple[int, str, str]], n: int) -> list[dict[str, str]]:
    """The offices held at each of ``n`` meetings (as ``books_gold.build`` assigns them)."""
    held: dict[str, str] = {}
    out = []
    for k in range(n):
        for idx, name, office in roles:
            if idx == k:
                if office in SINGLE or not name:
                    for other in [x for x, o in held.items() if o == office]:
                        del held[other]
                if name:
                    held[name] = office
        out.append(dict(held))
    return out


def build_f(filename: str, meetings: list[dict], names: dict[str, str],
            roles: list[tuple[int, str, str]]) -> dict:
    """``books_gold.build_late`` (out-of-order decisions, ``~``) plus ``part`` rows."""
    record = build_late(filename, meetings, names, roles)
    book = Book(filename, (SHARED / BOOKS / filename).read_bytes().decode("utf-8"))
    out = record["minute_book"]["meetings"]
    offices = held_roles(roles, len(meetings))
    for k, m in enumerate(meetings):
        mt = out[k]
        seen = {r["name"] for r in mt["attendance"]}
        for person, anchor in m.get("part", []):
            if person not in names:
                raise GoldError(f"{filename}: meeting {k + 1}: {person!r} has no resolved name")
            name = names[person]
            if name in seen:
                raise GoldError(f"{filename}: meeting {k + 1}: two rows for {name!r}")
            seen.add(name)
            s, e = book.span(anchor, mt["start"], mt["end"], True)
            mt["attendance"].append({"person": person, "name": name,
                                     "role": offices[k].get(name, ""), "status": "present",
                                     "start": s, "end": e})
    return record


# =============================================================================================
# Hasle-Skejby-Lisbjerg 1944 (10 January - 11 December 1944): 13 meetings, each opened "Aar 1944
# den <day> <month> Kl. .. afholdt Sogneraadet [ordinært | ekstraordinært] Møde i ..." (25 May
# and 18 September are extraordinary; 18 September is held at "Ny Mølle", Lisbjerg) and closed
# "Oplæst. Mødet hævet."; the book starts with the first opening and ends with the last
# signatures: no fragments. Matters are numbered items, each answered by an "ad N." paragraph;
# a lettered sub-item with its own heading and its own decision paragraph is a matter of its
# own, a list under one heading answered by one paragraph is one matter.
#
# Nine members all year: A. C. Christensen (formand), J. P. Olsen (næstformand), J. Aug. Jensen
# ("Aug. Jensen", "August Jensen"), Reinhardt Pedersen ("Reinh. Pedersen" in his signatures and
# in item 12 of 11 December; "Reinh. Petersen", "Reinhard Petersen" elsewhere), H. Rahbek
# (Overlærer), Einar Nielsen ("Ejnar Nielsen"; signs "Einar Petersen" once, 9 October, where
# Einar Nielsen's is the one signature missing), H. Jakobsen ("H. Jacobsen"), Alex Petersen
# (signs "Alex Pedersen" 4 September), Hais Laursen (signs "Laursen"; Købmand). 23 March: "Valg af
# Sogneraadsformand ... Genvalg blev A. C. Christensen", "Valg af Næstformand ... Genvalgt blev
# J. P. Olsen": re-elections, both offices held from the book's start. The revisors (N. C.
# Jørgensen, S. A. Jensen, later S. R. Holm) are not members.
#
# Only the last four meetings (4 September, 9 October, 26 October, 11 December) are signed.
# Absences are stated in five openings, and in no other ("Fraværende var: H. Rahbek og Aug.
# Jensen" 17 April, "Fraværende var Hais Laursen" 8 May, "Fraværende fra H. Rahbek" 25 May,
# "Fraværende var H. Rahbek med anmeldt Forfald" 18 September, "Fraværende var H. Rahbek" 9
# October): each is a full record, so the named members are absent and the other members are
# present, at the statement, in the signatures' spelling (26 October, 11 December: HS_ALL); 9
# October is signed by the other eight, whose signatures give its present rows. Two unsigned
# meetings minute votes by name (23 March item 6: all nine, two of them "stemte
# ikke" in the count; 7 August item 9: four members): members taking part, present at that
# mention, hyphenation of the line break removed from the person as written.
# =============================================================================================
HS = "Hasle-Skejby-Lisbjerg_1944.txt"
HS_NAMES = {
    "A. C. Christensen": "A. C. Christensen",
    "J. P. Olsen": "J. P. Olsen",
    "J. Aug. Jensen": "J. Aug. Jensen", "Aug. Jensen": "J. Aug. Jensen",
    "Reinh. Pedersen": "Reinhardt Pedersen", "Reinh. Petersen": "Reinhardt Pedersen",
    "H. Rahbek": "H. Rahbek",
    "Einar Nielsen": "Einar Nielsen", "Ejnar Nielsen": "Einar Nielsen",
    "Einar Petersen": "Einar Nielsen",
    "H. Jakobsen": "H. Jakobsen", "H. Jacobsen": "H. Jakobsen",
    "Alex Petersen": "Alex Petersen", "Alex Pedersen": "Alex Petersen",
    "Laursen": "Hais Laursen", "Hais Laursen": "Hais Laursen",
}
# The nine members in their signatures' spelling (26 October, 11 December).
HS_ALL = ("A. C. Christensen", "J. P. Olsen", "J. Aug. Jensen", "Reinh. Pedersen", "H. Rahbek",
          "Einar Nielsen", "H. Jakobsen", "Alex Petersen", "Laursen")


def absent(statement: str, *people: str) -> list:
    return absence_record(statement, people, HS_ALL, HS_NAMES)


HS_MEETINGS = [
    # Item 17's decision (the grants to the nine institutions) is headed "ad 19." in the book.
    MF("Aar 1944 den 10. Januar", "1944-01-10", [], [
        ("1. Sundhedskommissionens For-", "ad 1. Til Efterret-"),
        ("2. Efterretningssager.", "ad 2. Til Efter-"),
        ("3. 1. Behandling af Overslag", "ad 3. Overslaget"),
        ("4. Andraqgende fra Typograf", "ad 4. Tillades."),
        ("5 a) Andragende fra Kommuneassistent", "ad 5a. Det over-"),
        ("b) Andragende fra Kommuneassi-", "ad5 b. Kan ikke"),
        ("6. Andragende fra D.A.F., Skejby", "ad 6. Kan ikke"),
        ("7. Andragende fra Aarhus Handels-", "ad 7. Bevilger"),
        ("8. Andragende fra Aarhus tekniske", "ad 8. Bevilget"),
        ("9. Aarhus Skolevæsen forespørger", "ad 9. Det vedtages"),
        ("10. Skrivelse af 3/1 44", "ad 10. Til Efterret-"),
        ("11. Andragende fra Landinspektør", "ad 11. Anbefales"),
        ("12. Udvalget for Udv.", "ad 12. Udvalgets"),
        ("13. Tilbud fra Entreprenør", "ad 13. Tilbud paa"),
        ("14. Arbejdsministeriet forespørger", "ad 14. Det vedtoges"),
        ("15. Det sociale Udvalgs", "ad 15. Protokollen"),
        ("16. Andragende fra Aage Thomsen", "ad 16. Kommune-"),
        ("17. Ansøgning fra Nedennævnte", "ad 19. Bevilget"),
        ("18. Indenrigsministeriet fremsen-", "ad 18. Det vedtoges"),
        ("19. LR Sagfører Hasted", "ad 19. Det vedtoges"),
        ("20. LR Sagfører Hasted", "ad 20. Det vedtoges"),
        ("21. Broch-Lips, Aabyhøj", "ad 21. Det vedtoges"),
    ], [
        ("kasse- og Regnskabsudvalget", "fremkomme", "", "Det over- drages || Indstilling.",
         "=fremkomme med Indstilling"),
        ("udvalget", "fremkomme", "", "Udvalgets Disposition || Kvar- teret.",
         "fremkomme med || Kvar- teret"),
    ]),
    # Item 11 "Henvises til Behandling ved Forstadskommunernes førstkommende Møde": a referral to
    # a meeting of the suburban municipalities, not to a person or committee: no action item.
    MF("Aar 1944 den 14. Februar", "1944-02-14", [], [
        ("1. Efterretningssager:", "ad 1. Til Efterret-"),
        ("2. 2. Behandling af Overslag", "ad 2. Overslaget"),
        ("3. Kommuneingeniøren fremsender", "ad 3. Regnskabet"),
        ("4. Indenrigsm. Cirk. af 20/1 44", "ad 4. Det vedtoges"),
        ("5. Andragende fra Tømrerm.", "ad 5. Det vedtages"),
        ("6. Teknologisk Institut", "ad 6. Bevilget"),
        ("7. Aarhus Stiftamt fremsender", "ad 7. Det vedtoges"),
        ("8. Landinspektør Svend Nielsen", "ad 8. Godkendes"),
        ("9. Skrivelse af 9. Febr.", "ad 9. Det vedtoges"),
        ("10. Skr. af 11/2 44", "ad 10. Det vedtoges"),
        ("11. Skr. af 4/2 44", "ad 11. Til Efter-"),
        ("12. Arbejdsm. forespørger", "ad 12. Det vedtoges"),
        ("13. For Skatteaaret 1944/45", "ad 13. Godkendt"),
        ("14. Andragende fra Gunnar", "ad 14. Kan ikke"),
        ("15. Andragende fra Garver", "ad 15. Kan ikke"),
        ("16. Andragende fra Kontorass.", "ad 16. Kan ikke"),
        ("17. a) Andragende fra Det danske", "ad 17. Udsat"),
        ("18. Det sociale Udvalgs || til Godkendelse.", "ad 18. Protokollen"),
    ]),
    # Item 6 minutes the vote by name: all nine members take part (A. C. Christensen and Hais
    # Laursen "stemte ikke" in a count of ten votes). Item 17 "det kan billiges, at den ...
    # valgte Bestyrelse for Præstehaven I overtager Administrationen straks": a standing duty
    # taken over, no task: no action item.
    MF("Aar 1944 den 23. Marts", "1944-03-23", [], [
        ("1. Efterretningssager", "ad 1 a-h"),
        ("1 i) Forskrifter for Samarbejde", "ad 1 - 1 - s"),
        ("1 t) Aarhus Amtsraad godkender", "ad 1 t) Til Ef-"),
        ("2. Landbrugsm. Bekendtgørelse", "ad 2. Det vedtoges"),
        ("3. Berigtigelse af Folketingsvalgli-", "ad 3. Ved Berigtigel-"),
        ("4. Andragende fra nedennævnte", "ad 4. a) Lejen kan"),
        ("b) Tømrerm. O. S. Jensen", "b) Lejen kan"),
        ("5. Aarhus Amtsraad kommunicerer", "ad 5. Det vedtoges"),
        ("6. Fornyet Behandling af Andragen-", "ad 6. For Bevilling"),
        ("7. Grosserer Helm-Petersen", "ad 7. Et Areal"),
        ("8. Andragende fra Lisbjerg Vandværk", "ad 8. Det vedtoges"),
        ("9. Grundejerforeningen", "ad 9. Det vedtoges"),
        ("10. Arbejdsministeriet udbeder", "ad 10. Det vedtoges"),
        ("11. Arbejdsministeriets Godkendelse", "11. Til Efterret-"),
        ("12. Sag ang. Færdiggørelse", "ad 12. Det vedtoges"),
        ("13. Valg af Sogneraadsformand", "ad 13. Genvalg"),
        ("14. Valg af Næstformand", "ad 14. Genvalgt"),
        ("15. Skattesager", "ad 15. a) Det vedtoges"),
        ("b) Klage fra Sygeplejerske", "b) Kan ikke æn-"),
        ("c) Lukning for Lys", "c) Lukning fore-"),
        ("16. Det sociale Udvalgs", "ad 16. Protokollen"),
        ("17. Sogneraadsformanden aflægger", "ad 17. Det vedtoges"),
        ("18. Valg af Revisorer", "ad 18. Genvalgt"),
        ("19. Andragende fra \"Haslegaardens\"", "ad 19. Anbefales"),
        ("20. Anmodning fra Bestyrerinden", "ad 20. Kan ikke"),
        ("21. Andragende fra Kontorelev", "ad 21. Bevilget || Statens Regler"),
        ("22. Andragende fra Pedel", "ad 22. Bevilget"),
        ("23. Andragende fra N. K. Damgaard", "ad 23. Det vedtoges"),
        ("24. Det vedtoges, at Skolerne", "SAME"),
    ], [
        ("de praktiserende Dyrlæger", "foretage", "", "Det vedtoges at overdrage || Eftersyn.",
         "=foretage Eftersyn"),
        ("formanden og Kommuneingeniøren", "forhandle", "",
         "Til Efterret- ning dog saaledes || Hjortemosevej.",
         "for- handle med Min. || Hjortemosevej"),
    ], part=[
        ("Alex Petersen", "=Alex Petersen"), ("H. Jacobsen", "=H. Ja- cobsen"),
        ("H. Rahbek", "=H. Rahbek"), ("J. P. Olsen", "=J. P. Olsen#1"),
        ("Ejnar Nielsen", "=Ejnar Nielsen"), ("Aug. Jensen", "=Aug. Jen- sen"),
        ("Reinh. Petersen", "=Reinh. Pe- tersen"), ("Hais Laursen", "=Hais Laursen"),
        ("A. C. Christensen", "=A. C. Christensen#1"),
    ]),
    # "ad 18" stands above item 18's heading. Item 6 "nærværende Sag behandles af det under
    # denne Sag nedsatte Udvalg": a passive with agent and a decision verb (behandle): no action
    # item. Item 11 "Til Skatteraadet" (two complaints): no verb, an outside authority.
    MF("Aar 1944 den 17. April", "1944-04-17",
       absent("=Fraværende var: H. Rahbek og Aug. Jensen", "H. Rahbek", "Aug. Jensen"), [
        ("1. Efterretningssager", "ad 1. a - i"),
        ("2. Skr. af 24/3 44", "ad 2. Ændringen"),
        ("3. Skr. af 25/3 44", "ad 3. Til Efterret-"),
        ("4. Handelsministeriets Cirk.", "ad 4. Det overlades"),
        ("5. Fornyet Behandling af Spørgsmaalet", "ad 5. a) Forsaavidt"),
        ("6. Fornyet Behandling af Sag Nr. 23", "ad 6. Kan ikke bevil-"),
        ("7. a) Andragende fra Landinspektør", "7. a) Anbefales"),
        ("8. Vejsager", "ad 8. a) Det over-"),
        ("9. Andragende fra nedennævnte", "ad 9. De udsete"),
        ("10. Bestyrelsen for Boligforeningen", "ad 10. Det vedtoges"),
        ("11. Klager over Skatteansættelsen", "ad 11. Nedsat til 100"),
        ("12. Ansøgning fra det danske Selskab", "ad 12. Afslaaet"),
        ("13. Det sociale Udvalgs", "ad 13. Protokollen"),
        ("14. Landbrugsministeriet fremsen-", "ad 14. Det vedtoges"),
        ("15. Indbydelse til Byplanmødet", "ad 15. Til Efterret-"),
        ("16. Aarhus Stiftamt anmoder", "ad 16. Det vedtoges"),
        ("17. Ansøgning fra Fru Bodil", "ad 17. Det vedtoges"),
        ("18. Andragende fra A. P. Andersen", "~ad 18. Det vedtoges"),
        ("19. Andragende fra Eva Rifa", "ad 19. Kan ikke"),
        ("20. Andragende fra Gdr. Landinspektør", "ad 20. Udsat"),
        ("21. Landinspektør J. P. Rørholm", "ad 21. Udsat"),
        ("22. Kommuneingeniøren forelægger", "ad 22. Det vedtoges"),
    ], [
        ("kasse- og Regnskabsudvalget", "indhente", "", "Det overlades || Sogneraadet.",
         "=indhente Tilbud paa Tørv"),
        ("Entreprenør Marius Sørensen", "udføre", "", "Det over- lades til Entre- || pr. m2.",
         "udføre Skærve- belægningen || pr. m2"),
        ("et Udvalg bestaaende af Alex Petersen, H. Jacobsen og Reinh. Petersen", "undersøge",
         "", "Det vedtoges at vælge et Ud- || For- holdet.", "=undersøge For- holdet"),
    ]),
    # The decisions of items 1-3 (one paragraph) and of item 4 stand below item 3 and above
    # item 4. Item 9 "Salget foregaar ved Auktion, der fastsættes af Formanden": a passive with
    # agent ("fjernes af Pedellen"): no action item.
    MF("Aar 1944 den 8. Maj", "1944-05-08",
       absent("=Fraværende var Hais Laursen", "Hais Laursen"), [
        ("1. Efterretningssager || Forsyning med Brændsel.", "~=ad 1 a-d Til Efterret- ning"),
        ("2) Aarhus Amtsraad udbeder || Handel med Husdyr.", "~ad 2. Det vedtoges || Lisbjerg."),
        ("3) Ansøgning fra Marketender || Marketen- der.", "~=ad 3. Anbefales"),
        ("4. Ansøgning fra Pedel", "~=ad 4. Bevilget 100 Kr."),
        ("5. Opsigelse af Overenskomst", "ad 5. Det vedtoges"),
        ("6. Fastsættelse af ordinært Syn", "ad 6. Syn afholdes"),
        ("7. Økonomidirektøren", "ad 7. Sagen taget"),
        ("8. Mælkehandler", "ad 8. Det vedtoges"),
        ("9. Salg af Høslæt", "ad 9. Salget"),
        ("10. Salgscheferne", "ad 10. Bevilget"),
        ("11. Andragende fra \"Det jydske", "ad 11. Det vedtoges"),
        ("12. a) Andragende fra Frk.", "ad 12. a) Kan ikke"),
        ("b) Fornyet Behandling af Andra-", "b) Det vedtoges"),
        ("12. C) Andragende fra A. P. Andersen", "ad 12 C Det vedtoges"),
        ("13 a) Andragende fra Ejnar Hansen", "ad 13 a: Indkom-"),
        ("b) Andragende fra Garver", "b) Nedsættes"),
        ("c) Andragende fra Anna Margrethe", "c) Indkomsten"),
        ("d) Andragende fra Fru Ella", "d) Indkomsten"),
        ("14. Det sociale Udvalgs", "ad 14. Protokol-"),
        ("15. Forslag om Ophævelse", "ad 15. Det vedtoges"),
        ("16. Uddeling af en af Dr. med.", "ad 16. Udsat"),
        ("17. Andragende fra Preben Jensen", "ad 17. Kan ikke"),
    ]),
    # "Fraværende fra H. Rahbek" (for "var"): a stated absence like the others.
    MF("Aar 1944 den 25. Maj", "1944-05-25", absent("=Fraværende fra H. Rahbek", "H. Rahbek"), [
        ("1. Indenrigsministeriet fremsender", "ad 1. Det vedtoges"),
    ]),
    # "ad 1 i - l", "ad 4." and "ad 13." stand above their headings; "c) Til Efterretning"
    # above 17 c).
    MF("Aar 1944 den 14. Juni", "1944-06-14", [], [
        ("1. Efterretningssager.", "ad 1 a - h"),
        ("1. i) Brabrand - Aarslev", "~ad 1 i - l"),
        ("2. Kommunens Regnskab", "ad 2. Regnska-"),
        ("3. Læge Poul Boeskov", "ad 3. Henlagt"),
        ("4. Andragende fra Dansk Forening", "~ad 4. Bevilget"),
        ("5. Andragende fra Købmand Carl", "ad 5. Anbefales"),
        ("6. Politimesteren i Hasle", "ad 6. Kan ikke"),
        ("7. Andragende fra Hasle Boldklub", "ad 7. Bevilget-"),
        ("8. Andragende fra Landinspektør", "ad 8. Anbefales"),
        ("9. Kendelse vedrørende Istandsættelse", "ad 9. Det overlades"),
        ("10. Kendelse vedrørende det ordinære", "ad 10. Kendelsen"),
        ("11. Udvidelse af det offentlige", "ad 11. Det overlades"),
        ("12. Arbejdsministeriet godkender", "ad 12. Til Efterret-"),
        ("13. Ansøgning fra Gaardejer", "~ad 13. Kan ikke"),
        ("14. Fremsendelse af ny", "ad 14. Udstyknings-"),
        ("15. Skrivelse af 1/6 44", "ad 15. Til Efter-"),
        ("16. Ansøgning fra Nattevagt", "ad 16. Tiltrædes"),
        ("17 a) Klager over Skatteansættelsen", "ad 17 a) Nedsat"),
        ("b) Andragende fra Inspektør", "b) Bevilget"),
        ("c) Erhvervsskatteudvalget", "~=c) Til Efterret- ning"),
        ("18. Det sociale Udvalgs", "ad 18. Protokollen"),
        ("19. Pedel Bernth", "ad 19. Det vedtoges"),
        ("20. Fabrikant J. C. Christensen", "ad 20. Arbejdet"),
        ("21. V. Carlsson", "ad 21. Det vedtages"),
        ("22. Andragende fra Niels Chr.", "ad 22. Det vedtoges"),
        ("23. Haslegaardens Haveforening", "ad 23. Det vedtoges"),
        ("24. Fastsættelse af Dag", "ad 24. Det vedtoges"),
        ("25. Indbydelse til Byplansmødet", "ad 25. Det vedtoges"),
    ], [
        ("kommuneingeniøren", "overlade", "", "=Overlades til Kom- muneingeniøren.",
         "=Overlades til Kom- muneingeniøren"),
        ("sogneraadsmedlemmerne i Hasle", "afsige", "",
         "Det overlades til Sogneraadsmed- || Kendelse.", "=afsige Kendelse"),
        ("sogneraadsfmd. og Kommuneingeniøren", "foretage", "",
         "Det overlades til Sogneraadsfmd. || fornødne.", "=foretage det videre fornødne"),
    ]),
    # Item 9 minutes the vote by name (H. Rahbek; Alex Petersen, Ejnar Nielsen, Aug. Jensen):
    # present there. Item 13's heading ends with a decision sentence, "Det overlades til K & R
    # Udv. at afregne med Max Jørgensen." (no proposal: a directive in the left column): an action
    # item, like the referral to Vejmanden in "ad 13.". Item 2 "der uddeles af Skolerne": a
    # passive with agent: no action item.
    MF("Aar 1944 den 7. August", "1944-08-07", [], [
        ("1) Efterretningssager:", "ad 1 a - b"),
        ("2. Indenrigsm. Cirk. af 10/7 44", "ad 2. Det vedtoges"),
        ("3. Skejby - Lisbjerg Sygeplejeforening", "ad 3. Det vedtoges"),
        ("4. Andragende fra Elev - Lisbjerg", "ad 4. Nærmere"),
        ("5. Beboere i Skejby", "ad 5.Afslaaet."),
        ("6. Andragende fra Idrætsforeningen", "ad 6. Det vedtoges"),
        ("7. Andragende fra Lisbjerg Foredragsfore-", "ad 7. Det vedtoges"),
        ("8. Aarhus Byraads Skoleudvalg", "ad 8. Det vedtoges"),
        ("9. Besættelse af Stillingen", "ad 9. For Kaj Møller"),
        ("Anmodning fra Revisor S. A. Jensen", "ad 10. Det vedtoges"),
        ("11. Andragende fra Landinspektør", "Ad 11. Anbefales."),
        ("12. Ejerne af Rækkevillaer", "ad 12. Det vedtoges"),
        ("13. Renholdelse af Vejene", "ad 13. Det vedtoges"),
        ("14. Isolatør Georg Ostenfeldt", "ad 14. Til Efterretning."),
        ("15. Forslag om Køb af Sneskærme", "ad 15. Det vedtoges"),
        ("16. Skattesager:", "ad 16. a) Enken"),
        ("17. Det sociale Udvalgs", "ad 17. Protokollen"),
        ("18. Spørgsmaal vedrørende", "ad 18. Det vedtoges"),
        ("19. Klage fra Jens Ruggaard", "ad 19. Overlades"),
        ("20. Andragende fra Michael", "ad 20. Til Efterret-"),
        ("21. Andragende fra Dyrlæge", "ad 21. Sogneraadet"),
        ("22. Skr. af 5/8 44", "ad 22. Spørgsmaa-"),
        ("23. Købmand Erik Frede", "ad 23. Kan anbe-"),
        ("24. Forslag om Ansættelse", "ad 24. Det vedtoges"),
    ], [
        ("de stedlige Sogneraadsmedlemmer og Sogneraadsformanden", "forhandle", "",
         "Det vedtoges at overlade til de || Indstilling.", "=forhandle med Fore- ningen"),
        ("de stedlige Sogneraadsmedlemmer og Sogneraadsformanden", "fremkomme", "",
         "Det vedtoges at overlade til de || Indstilling.", "=fremkom- me med Indstilling"),
        ("K & R Udv.", "afregne", "", "Det overlades til K & R Udv. || Max Jørgensen.",
         "=afregne med Max Jørgensen"),
        ("vejmanden", "overdrage", "", "Det vedtoges at ophæve || Lodsejer.",
         "overdrage Oprensnin- gen || Vejmanden"),
        ("formanden, Næstformand, Reinhard Petersen og Hais Laursen", "føre", "",
         "Det vedtoges at vælge Formanden,", "føre bindende || Socialt Boligbyggeri"),
        ("kommuneingeniøren", "overlade", "", "Overlades Kom- muneingeniøren",
         "=Overlades Kom- muneingeniøren"),
    ], part=[
        ("H. Rahbek", "=H. Rahbek#2"), ("Alex Petersen", "=Alex Petersen"),
        ("Ejnar Nielsen", "=Ejnar Nielsen"), ("Aug. Jensen", "=Aug. Jensen"),
    ]),
    # The first signed meeting: all nine sign. Item 16 "tilsige N. Schmidt og Hustru til Møde":
    # the council's own summons, no actor; item 17 "anmode Socialt Boligbyggeri i Kbhvn om ...":
    # a request to an outside party.
    MF("Aar 1944 den 4. September", "1944-09-04",
       P("A. C. Christensen", "J. P. Olsen", "J. Aug. Jensen", "Reinh. Pedersen", "H. Rahbek",
         "Einar Nielsen", "H. Jakobsen", "Alex Pedersen", "Laursen"), [
           ("1. Formanden meddeler", "ad 1. Til Efterret-"),
           ("2. Gaardejer Ejnar Jacobsen", "ad 2. Til Efterret-"),
           ("3. Skr. af 17/8 44", "ad 3. Sagen"),
           ("4. Valg af 1 Brandmand", "ad 4. Det vedtoges"),
           ("5. Andragende fra Snedkerm.", "ad 5. Bevilget"),
           ("6. Andragende fra Ingeniør Arne", "ad 6. Det vedtoges"),
           ("7. Andragende fra Landbrugskandidat", "ad 7. Det vedtoges"),
           ("8. Andragende fra Arbejdernes", "ad 8. Det vedtoges"),
           ("9. Fornyet Behandling af Andragende", "ad 9. Udvalgets"),
           ("10. Kommuneingeniøren fremsender Genpart", "ad 10. Sogneraadet"),
           ("11. Kommuneingeniøren fremsender Detailprojekt", "ad 11. Detailpro-"),
           ("12. Kunstfyrværker", "ad 12. Det vedtoges"),
           ("13. Andragende fra Landinspektør", "ad 13. Anbefales"),
           ("14. Skattesager", "ad 14. a) Kan ikke"),
           ("15. Det sociale Udvalgs", "ad 15. Protokollen"),
           ("16. Besættelse af Stillingen", "ad 16. Det vedtoges"),
           ("17. Skrivelse af 17/8 1944", "ad 17. Til Efterret-"),
           ("18. Andragende fra J. A. Larsen", "ad 18. Det overlades"),
           ("19. Andragende fra Enke", "ad 19. Det vedtoges"),
           ("20. Sundhedskommisionen", "ad 20. Til Efter-"),
           ("21. Andragende fra Gdr. Niels", "ad 21. Det vedtoges"),
           ("22. Forslag om Ydelse", "ad 22. Det vedtoges"),
       ], [
           ("kommuneingeniøren og Kæmneren", "forhandle", "", "Det overlades til Kommunein-",
            "=forhandle nærmere med Ansøgeren"),
       ]),
    # Extraordinary meeting at "Ny Mølle", unsigned; H. Rahbek absent "med anmeldt Forfald".
    MF("Aar 1944 den 18. Septbr.", "1944-09-18",
       absent("=Fraværende var H. Rahbek med anmeldt Forfald", "H. Rahbek"), [
        ("1. Spørgsmaalet om Køb", "ad 1. Det vedtoges"),
        ("2. Afsigelse af Kendelse", "ad 2. Det vedtoges"),
        ("3. Forslag fra Kommuneingeniøren", "ad 3. Det vedtoges"),
        ("4. Forslag om Ydelse af Kommune-", "ad 4. Det vedtoges"),
        ("5. Sogneraadet har i dag", "ad 5. Det vedtoges"),
    ]),
    # "Fraværende var H. Rahbek"; the other eight sign ("Einar Petersen" for Einar Nielsen): their
    # signatures are the present rows.
    MF("Aar 1944 den 9. Oktober", "1944-10-09",
       A("H. Rahbek")
       + P("Alex Petersen", "A. C. Christensen", "J. P. Olsen", "J. Aug. Jensen",
           "Reinh. Pedersen", "Laursen", "Einar Petersen", "H. Jakobsen"), [
           ("1. Efterretningssager:", "ad 1. a - e"),
           ("2) Valg af Revisorer", "ad 2. Det vedtages"),
           ("3. Andragende fra Civilingeniør", "ad 3. Bevilget."),
           ("4. Andragende fra Landinspektør", "ad 4. Anbefales"),
           ("5) Valg af 3 Hegnsynsmænd", "ad 5. Det vedtoges"),
           ("6. Forslag til den Betaling", "ad 6. Det vedtoges"),
           ("7. Kommuneingeniøren fremsender", "ad 7. Der vedtages"),
           ("8. Andragende fra Elev - Lisbjerg", "ad 8. Bevilget"),
           ("9. Andragende fra Skejby - Lisbjerg", "ad 9. Det vedtoges"),
           ("10. Huslejesager.", "ad 10. Lejen fastsat"),
           ("10 b) Andragende fra Købmand", "ad 10. b)Det vedtoges"),
           ("11. Skattesager.", "ad 11. a) Det vedtoges"),
           ("11. f) Skatteansættelse", "ad 11. Det vedtoges"),
           ("12. Det sociale Udvalgs", "ad 12. Protokollen"),
           ("13. Valg af Snefogder", "ad 13. Valgt blev"),
           ("14. Overlærer Th. Nielsen", "ad 14. Det vedtoges"),
           ("15. Andragende fra Overlærer", "ad 15. Det vedtoges"),
       ], [
           ("et Udvalg bestaaende af K. & R. Udv. supp. med Alex Petersen og August Jensen",
            "forhandle", "", "Det vedtoges at nedsætte et Udvalg", "=forhandle med Sygeplejef."),
       ]),
    # Item 1: sub-items a-e and f are answered apart, in one paragraph below the heading.
    MF("Aar 1944 den 26. Oktober", "1944-10-26",
       P("A. C. Christensen", "J. P. Olsen", "J. Aug. Jensen", "Reinh. Pedersen", "Laursen",
         "H. Rahbek", "Einar Nielsen", "H. Jakobsen", "Alex Petersen"), [
           ("1. Efterretningssager || Luftbeskyttelsesomraade.",
            "~=ad 1. a - e Til Efterret- ning"),
           ("f. Arbejdsministeriet godkender", "~f) Det vedtoges"),
           ("2. Justitsm. Cirk.", "ad 2. Det vedtoges"),
           ("3. I Overenskomst af 9/7 1937", "ad 3. Det vedtoges"),
           ("4. Skr. af 16/10 44", "ad 4. Det vedtages"),
           ("5. D´Herrer Jarding", "ad 5. Kan ikke"),
           ("6. I Anledning af Undervisningsm.", "ad 6. Det vedtoges"),
           ("7. Andragende fra Landinspektør", "ad 7. Anbefales"),
           ("8. Andragende fra nedennævnte", "ad 8. a) Kan ikke"),
           ("9. Det sociale Udvalgs", "ad 9. Protokollen"),
           ("10. Aarhus Handelsstandsforenings", "ad 10. Bevilget"),
           ("11. Revisionskontoret", "ad 11. Til Efter-"),
           ("12. Tilskud til Skejby", "ad 12. Det vedtoges"),
       ]),
    # Item 14 "paa Betingelse af, at Tilbudet gennemgaas og godkendes af Kommunens Sagfører": a
    # condition. Item 27 "anmode Foreningen om at fremsende en Kandidatliste": an outside party.
    MF("Aar 1944 den 11. December", "1944-12-11",
       P("A. C. Christensen", "J. P. Olsen", "J. Aug. Jensen", "Reinh. Pedersen", "H. Rahbek",
         "Laursen", "Einar Nielsen", "H. Jakobsen", "Alex Petersen"), [
           ("1. Efterretningssager:", "ad 1 a - k"),
           ("1. l) Skr. af 27/11 44", "ad 1 l - t"),
           ("2. Som Rekapitulation", "ad 2. Aarhus Amts-"),
           ("3. Sogneraadsmedlem Hais Laursen", "ad 3. Bekendtgørelse"),
           ("4. Kongeriget Danmarks", "ad 4. Det vedtoges"),
           ("5. Købmand Hais Laursen", "ad 5. Jagten"),
           ("6. Skrivelse af 23/11 44", "ad 6. Til Efterret-"),
           ("7. Andragende fra Foreningen af unge", "ad 7. Bevilget"),
           ("8. Fornyet Andragende", "ad 8. Kan ikke"),
           ("9. Andragende fra Beboere paa", "ad 9. Det vedtoges"),
           ("10. Andragende fra Tømrermester", "ad 10. Henlagt"),
           ("11. Andragende fra Landinspektør Svend", "ad 11. Anbefales med"),
           ("11. e) Andragende fra Landinspektør", "ad 11. Anbefales"),
           ("12. Indstilling fra Reinh. Pedersen", "ad 12. Indstillin-"),
           ("13. Arbejdsm. meddeler", "ad 13. Til Efterret-"),
           ("14. Salgscheferne Jarding", "ad 14. Der foreligger"),
           ("15. Andragende fra Salgscheferne", "ad 15. Det vedtoges"),
           ("16. Andragende fra Marius Brøgger", "ad 16. Det vedtoges"),
           ("17. Andragende fra Inspektør E. G.", "ad 17. Det vedtoges"),
           ("18. Det sociale Udvalgs", "ad 18. Protokollen"),
           ("19. 1. Behandling af Overslag", "ad 19. 1. Behandling"),
           ("20. Bestemmelse om Forbud", "ad 20. Det vedtoges"),
           ("21. Bestemmelse om Paabud", "ad 21. Det vedtoges"),
           ("22. Undervisn. Cirk.", "ad 22. Til Efterret-"),
           ("23. Klage fra Lejerne", "ad 23. Det overlades"),
           ("24. Andragende fra Jydsk", "ad 24. Udsat"),
           ("25. Andragende fra Hjemmebagers", "ad 25. Anbefales"),
           ("26. Skrivelse af 6/12 1944", "ad 26. Det vedtoges"),
           ("27. Forhandlingsmøde med", "ad 27. Det vedtoges"),
           ("28. Arbejdsm. medd.", "ad 28. Til Efterret-"),
           ("29. Andragende fra Viktor", "ad 29. Det vedtoges"),
           ("30. A/S Dansk Shell", "ad 30. Det vedtoges"),
           ("31. Sogneraadet forhandlede", "ad 31. Det vedtoges"),
       ], [
           ("Reinh. Petersen, Alex Petersen og Hais Laursen", "besigtige", "",
            "Det overlades til Reinh. Petersen", "=besigtige For- holdene"),
           ("Reinh. Petersen, Alex Petersen og Hais Laursen", "foretage", "",
            "Det overlades til Reinh. Petersen", "=foretage de fornødne Reparati- oner"),
           ("K & R Udvalget", "forhandle", "",
            "Det vedtoges at overlade til K & R || Haveforeningen.",
            "=forhandle med Haveforeningen"),
           ("K & R Udv.", "forhandle", "", "Det vedtoges at meddele, at Matr.",
            "=forhandle om Salg"),
       ]),
]
HS_ROLES = [(0, "A. C. Christensen", "formand"), (0, "J. P. Olsen", "næstformand"),
            (2, "A. C. Christensen", "formand"), (2, "J. P. Olsen", "næstformand")]

BOOKS_GOLD = [
    (HS, HS_MEETINGS, HS_NAMES, HS_ROLES),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT, builder=build_f)
