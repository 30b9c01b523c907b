"""Build ``corpus/gold/books_k.jsonl``: development gold of two parish minute books (set K).

Issue 17. Set K holds ``Hasle-Skejby-Lisbjerg_1945.txt`` and ``Elsted_1941.txt``. (The helper
also annotated ``Sabro-Faarup_1941_(til_marts,_væsentlig_støj).txt``, but that file is byte for
byte the 1940 book, whose gold is in ``parish.jsonl``: left out so that no book counts twice. The
two annotations agreed on all 24 meetings and on 160 of 161 / 163 attendance rows.) Annotated
by reading each book in ``../shared/corpus/aarhus-parish-1940-1945`` whole, following
``corpus/GUIDELINES.md`` ("Minute books", "Action items"), without seeing any system output for
them; the books are never copied here: this script holds only short anchors (a few opening words,
names) and finds their offsets.

The anchor language and its checks are in ``scripts/books_gold.py``.

Cases the guidelines leave open, decided here (and the same way in both books):

- a meeting whose opening or closing is not in the text is a fragment, also where the book goes
  on past it or ends right after
  its last decision without the closing line the book uses everywhere else (Hasle 1945);
- a member who does not sign a meeting opened "Alle Medlemmer vare mødte" / "Tilstede var:
  Hele Sogneraadet" (without him among the exceptions) is present by that statement (row at
  the statement, in the signatures' spelling), as in ``build_books_gold_c.py``; a "Tilstede
  var:" line that lists five names, or is left empty, states no absence: members who neither
  sign nor are named get no row;
- a member named only in a matter as it came in (a proposal on the agenda) or as the one a
  task is handed to is no evidence that he was there: no attendance row;
- a line that repeats a decision by dash or ditto without a verb ("Katem.. - Herman Rasmussen
  for 95 Kr.") gives no action item of its own: an action needs its task verb written.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_k.py
"""

from __future__ import annotations

from books_gold import REPO, A, M, P, main

OUT = REPO / "corpus" / "gold" / "books_k.jsonl"


# =============================================================================================
# Hasle-Skejby-Lisbjerg 1945 (8 January - 26 February 1945): 3 meetings, each opened "Aar 1945
# den <day> <month> Kl. .. afholdt Sogneraadet Møde i Sogneraadslokalet i Hasle. Til Behandling
# forelaa:". The first two close "Oplæst. Mødet hævet."; the third (26 February, the tax rates)
# breaks off after the decision of its one item, with no closing line: a fragment (the book ends
# inside it). Matters are numbered items answered by "ad N." paragraphs, as in the 1944 book
# (``build_books_gold_f.py``): a second heading of the same number with its own decision
# paragraph ("1. Efterretningssager k) ..." / "ad 1 k - n"; "8. Huslejesager a)" and "b)"; "28.
# c)") is a matter of its own; sub-items under one heading answered by one paragraph are one
# matter. The unnumbered "Man bemyndigede Sogneraadsformanden ..." after item 10 of 8 January is
# a matter whose sentence states its decision.
#
# No meeting is signed, none states who was present or absent, and no vote is minuted by name
# (item 13 of 15 February: "med 6 St. mod 3", a count): no attendance rows. Members named in the
# matters (Overlærer H. Rahbek's proposal in item 2 of 15 February, the agenda text; Hais
# Laursen, Reinhard Pedersen and Holger Jacobsen handed the inspections of item 8; Gdr. Ejnar
# Nielsen elected to the evening-school board) are not thereby shown to be present. No office
# holder is named (only "Sogneraadsformanden", "Formanden", "Næstformanden"): no roles.
#
# Actions (7): 8 January item 2 "Sogneraadsmedlemmerne besigtiger de paag. Lager" (present
# tense, named subject); items 8 a) and 8 b) "Det overlades til <three members> at besigtige
# Forholdene" (one each); "Man bemyndigede Sogneraadsformanden til at forhandle med
# Skoledirektionen" (an authorisation: actor the chairman, not "man"). 15 February item 6 "Det
# overlades til Kasse- og Regnskabsudvalget at forhandle"; item 21 "det henstilles til
# Kommuneingeniøren snarest at projektere de resterende Veje"; item 24 "Det overlades ... til
# Formanden, Næstformanden og Kommuneing. at træffe Afgørelse" (a delegated decision in each
# future case, a task, like "afsige Kendelse" in 1944). Not counted: item 2 "Tørvene ... skal
# afhentes af de paag." (a passive with agent, the pensioners); items 3, 15, 19, 26 of 15
# February "Det vedtoges at anmode / meddele / foretage / fremlægge" (no actor); item 20
# "Tiltrædes paa Betingelse af, at ... Salgscheferne forpligter sig" (a condition, contract
# terms); item 22 "hvorefter man vil tage Stilling" (man; a decision act); item 30 (the
# committee's proposal, the matter as it came in).
# =============================================================================================
HS45 = "Hasle-Skejby-Lisbjerg_1945.txt"
HS45_NAMES: dict[str, str] = {}
HS45_MEETINGS = [
    M("Aar 1945 den 8. Januar", "1945-01-08", [], [
        ("1. Efterretningssager:", "ad 1 a - j"),
        ("1. Efterretningssager k)", "ad 1 k - n"),
        ("2. Salg af Tørv", "ad 2. Det vedtoges"),
        ("3. Andragende fra Mejeribestyrer", "Tillodes."),
        ("4. Andragende fra Gaardejer", "ad 4. Kan ikke"),
        ("5. Andragende fra Aarhus tekniske", "ad 5. Bevilget"),
        ("6. Andragende om Approbation", "ad 6. a) Anbefales"),
        ("7. Aarhus Amtsraad anmoder", "ad 7. Valgt blev"),
        ("8. Huslejesager. a)", "ad 8. a) Det overlades"),
        ("8. Huslejesager: b)", "ad 8. b) Det overlades"),
        ("9. Skattesager:", "ad 9. a) Afslaaet"),
        ("10) Det sociale Udvalgs", "ad 10 Protokollen"),
        ("Man bemyndigede Sogneraadsformanden", "SAME"),
    ], [
        ("sogneraadsmedlemmerne", "besigtige", "",
         "=Sogneraadsmedlem- merne besigtiger || Tilfælde.",
         "=besigtiger de paag. Lager i hvert Tilfælde"),
        ("Hais Laursen, Reinhard Pedersen og Holger Jacobsen", "besigtige", "",
         "=Det overlades til Hais Laursen, || holdene.", "=besigtige For- holdene"),
        ("Reinhard Pedersen, Holger Jacobsen og Hais Laursen", "besigtige", "",
         "=Det overlades til Reinhard Pedersen, || dene.", "=besigtige Forhol- dene"),
        ("sogneraadsformanden", "forhandle", "", "=Man bemyndigede Sogneraadsformanden || Skole.",
         "=forhandle med Skoledirektionen"),
    ]),
    M("Aar 1945 den 15. Februar", "1945-02-15", [], [
        ("1. Efterretningssager", "ad 1. Til Efterret-"),
        ("2. 2. Behandling af Kommunens", "ad 2. Budgettet"),
        ("3. Aarhus Stiftamt forespørger", "ad 3. Det vedtoges"),
        ("4. Bevillingsudvalget for Saneringslaan", "ad 4. Anbefales"),
        ("5. Skr. fra Aarhus Amtssygehus", "ad 5. Det vedtoges"),
        ("6. Andragende fra Personalet", "ad 6. Det overlades"),
        ("7. Kommunernes Pensionskasse", "ad 7. Det vedtoges"),
        ("8. Skr. af 5/1 45", "ad 8. Til Efterret-"),
        ("9. Kommuneingeniøren foreslaar", "ad 9. Det vedtoges"),
        ("10. Andragende fra Kranfører", "ad 10. Anbefales"),
        ("11. Andragende fra Murerm.", "ad 11. Kan ikke"),
        ("12. Andragende fra Smedem.", "ad 12. Kan ikke"),
        ("13. Andragende fra lærer", "ad 13. Det vedtoges med"),
        ("14. Andragende fra Forældrene", "ad 14. Andragendet"),
        ("15. Fællesorg. af Landk.", "ad 15. Det vedtoges"),
        ("16. Andragende fra Knud", "ad 16. Bevilget"),
        ("17. Rechs Opvarmnings", "ad 17. Det vedtoges"),
        ("18. Luftværnschefen udbeder", "ad 18. Det vedtages"),
        ("19. Anmodning fra Luftværnschefen", "ad 19. Det vedtoges"),
        ("20. Skr. af 1/2 45", "ad 20. Tiltrædes"),
        ("21. Salgscheferne Jarding", "ad 21. Der bevilges"),
        ("22. Arbejdsm. fremsender", "ad 22. Sagen"),
        ("23. Inspektør H. J. Hansen", "ad 23. Til Efter-"),
        ("24. Bygningsinspektøren forespørger, om", "ad 24. Det overlades"),
        ("25. Bygningsinspektøren forespørger om", "ad 25. Tillades"),
        ("26. Indenrigsm., Statens", "ad 26. Det vedtoges"),
        ("27. Andragender fra Landinspektør", "ad 27. a) Anbefales"),
        ("28. Skattesager", "ad 28. a) Bevilget"),
        ("28. c) Sogneraadets", "ad 28. Det vedtoges"),
        ("29. Det sociale Udvalgs", "ad 29. Protokollen"),
        ("30. Det i Mødet den 8/1 45", "ad 30. Til Efter-"),
        ("31. Andragende fra Hasle", "ad 31. Bevilget"),
        ("32. Andragende fra Jydsk", "ad 32. Bevilget"),
        ("33. Andragende fra Komiteen", "ad 33. Udsat"),
        ("34. Indkøb af Tørv", "ad 34. Det vedtoges"),
        ("35. Indkøb af Brunkuls", "ad 35. Det vedtoges"),
        ("36. Forslag om Antagelse", "ad 36. Det vedtoges"),
    ], [
        ("kasse- og Regnskabsudvalget", "forhandle", "", "=Det overlades til Kasse- || ne.",
         "=forhand- le med et Udvalg fra Funktionærer- ne"),
        ("kommuneingeniøren", "projektere", "", "=Der bevilges 500 Kr. || planer.",
         "=projektere de resteren- de Veje med Detail- planer"),
        ("formanden, Næstformanden og Kommuneing.", "træffe", "",
         "=Det overlades i al Almindelighed || Tilfælde.",
         "=træffe Afgørelse i hvert enkelt Tilfælde"),
    ]),
    # The book ends after "ad 1." with no "Oplæst. Mødet hævet.": a fragment.
    M("Aar 1945 den 26. Februar", "1945-02-26", [], [
        ("1. Afslutning af den kommunale", "ad 1. Det vedtoges"),
    ], fragment=True),
]
HS45_ROLES: list[tuple[int, str, str]] = []

# =============================================================================================
# Elsted 1941 (14 January 1941 - 6 January 1942): 10 meetings, each opened "Aar 1941 den <day>
# afholdtes Sogneraadsmøde og Møde i det sociale Udvalg i Sogneraadslokalet. Alle Medlemmer vare
# mødte [med Undtagelse af X]. Der forelaa til Behandling." and closed "Mødet hævet." with the
# signatures. The council and its social committee (the same five men) meet together and are
# minuted as one: one meeting each. The "1941" lines are page headings, not meeting headings
# (as "1940" in ``build_books_gold_c.py``): the first meeting starts at its "Aar" line. The book
# ends inside the meeting of 6 January 1942 (no "Mødet hævet", no signatures; its close is in
# the 1942 book): a fragment, whose "Alle Medlemmer vare mødte" gives all five present at the
# statement, in the spelling of the signatures around it.
#
# Five members all year: Vald. Buttenschøn ("Vald.Buttenschøn", "ValdButtenschøn", "V.
# Buttenschøn"), O. Spliid ("OSpliid", "O. Spliid.", "Spliid"), S. P. Sørensen ("P.Sørensen",
# ".P.Sørensen.", "P. Sørensen", ".S. P. Sørensen"), J. P. Jensen (only "JPJensen" in this book;
# resolved as in the 1943 gold), Aage Jensen ("AageJensen", "Aage Jensen"). Absent: P. Sørensen
# 29 July and S. P. Sørensen 7 November ("med Undtagelse af"), who do not sign those meetings;
# every other meeting is signed by all five. 18 April "Formandsvalg og Kasserervalg": "V.
# Buttenschøn Løn 1500 Kr. O. Spliid. Løn 700 Kr.": formand and kasserer from that meeting on
# (the book names no office before it).
#
# Actions (3): 10 February "Svar overlodes til Formanden" (a referral to the chairman); 18 April
# "Henvises til Aage Jensen" (a referral to a member); 22 October "Spliid modtager." (present
# tense, named subject, as "Spliid modtager Checken" in 1940). Not counted: "Indsendes til
# Amtsraadet" (no actor; the county council is the recipient, an outside authority); "Leveret
# til Spliid." (past); "Det meddeles dem at Ejendommene vil blive sat til Tvangsauktion", "Det
# vedtoges at foretage Udflugt / anlægge Fortoug / yde 2 Kr pr Dag" (no actor); "Skatten ...
# eftergives mod at Skatten ... betales senest 15 Aug." and "Bevilges saaledes at det overgaar
# til Kommunen naar Nævnet ophæves" (conditions); "1 Repræsentant ... indbydes" (the matter as
# it came in).
# =============================================================================================
E41 = "Elsted_1941.txt"
E41_NAMES = {
    "Vald.Buttenschøn": "Vald. Buttenschøn", "ValdButtenschøn": "Vald. Buttenschøn",
    "OSpliid": "O. Spliid",
    "P.Sørensen": "S. P. Sørensen", "P. Sørensen": "S. P. Sørensen",
    "S. P. Sørensen": "S. P. Sørensen",
    "JPJensen": "J. P. Jensen",
    "AageJensen": "Aage Jensen",
}
E41_ALL = ("ValdButtenschøn", "OSpliid", "P.Sørensen", "AageJensen", "JPJensen")
E41_MEETINGS = [
    M("Aar 1941 den 14 Januar", "1941-01-14",
      P("Vald.Buttenschøn", "OSpliid", "P.Sørensen", "JPJensen", "AageJensen"), [
          ("1st Behandling af. Kommunens", "1ste Behandling foretages"),
          ("Kommunens Regnskab forelaa", "Regnskabet underskut"),
          ("Ansøgning fra Eline Nielsen", "Bevilliges Medicin"),
          ("Carl Poulsen ansøger om Hjælp", "Bevilges 20 Kr Ugentlig"),
          ("Søren Mikkelsen ansøger", "Bevilges ½Del = 20 Kr."),
          ("Sigurd Lassen ansøger", "Bevilges ½.Del = 30 Kr"),
          ("Tømrer Søren Pedersen", "Bevilges fr 1st Febr."),
          ("Meddelelse fra Stiftamtet at", "Til Efterretning."),
      ]),
    M("Aar 1941 den 10' Februar", "1941-02-10",
      P("ValdButtenschøn", "OSpliid", "P.Sørensen", "JPJensen", "AageJensen"), [
          ("Overslaget for 1941-42 forelaa", "Overslaget vedtaget."),
          ("Anmærkningerne til Regnskabet", "Anmærkningerne blev"),
          ("Valglisten til Amtsraads", "Valglisten. blev gennemgaaet"),
          ("Ansøgning fra Ane Jespersen", "Bevilges ½Del 24 Kr."),
          ("do fra Karl Poulsen.", "〃 ½D."),
          ("do. fra Martin Skødt.", "〃 ½ - 15. Kr."),
          ("do . fra Kristjan Nielsen.", "〃 ½. - 30"),
          ("Skrivelse fra Snefoged", "Svar overlodes til Formanden"),
          ("Ansøgning fra Sygeplejeforeningen", "Forhøjes fra 800"),
      ], [
          ("formanden", "overlade", "", "=Svar overlodes til Formanden",
           "=overlodes til Formanden"),
      ]),
    M("Aar 1941. den 18' April", "1941-04-18",
      P("ValdButtenschøn", "OSpliid", "P.Sørensen", "AageJensen", "JPJensen"), [
          ("Skrivelse fra Socialministeriet", "Til Efterretnig."),
          ("Cirkulære fra Landbrugsminister", "Til Efterretning."),
          ("Cirkulære fra Socialministeriet", "Til Efterretning."),
          ("Cirkulære om Normalbidragene", "Til Efterrenig"),
          ("Cirkulære om Udryddelse af Okse-", "Til Eftertning"),
          ("Meddelelse om Forskud paa Andel", "Til Efterretning."),
          ("Skrivelse fra Fuldmægtig Bork", "Indsendes til Amtsraadet"),
          ("D. Didriken. jern er køber", "Henvises til Aage Jensen"),
          ("Skatteklage fra Anne Marie", "Nedsættes til 500 Kr"),
          ("Udryddelse af Rotter?", "Til Efterretning."),
          ("Ansættelse af Erhvervskat", "Ansættes efter Opgivelse."),
          ("Formandsvalg. og", "V. Buttenschøn Løn 1500"),
          ("Otto Jensen, Smed Rasmussen", "Det meddeles dem at"),
      ], [
          ("Aage Jensen", "henvise", "", "=Henvises til Aage Jensen",
           "=Henvises til Aage Jensen"),
      ]),
    M("Aar 1941 den 27.' Juni", "1941-06-27",
      P("ValdButtenschøn", "OSpliid", "AageJensen", "P.Sørensen", "JPJensen"), [
          ("Amalie Thomsen søger", "Bevilges ½ Del"),
          ("Klage over Skatten fra Asta", "Nedsættes til 450 Kr."),
          ("Klage fra Valborg Hansen", "Nedsættes til 400 Kr"),
          ("Klage fra Gartner Boldreel", "Indtæg 300 Kr"),
          ("Det vedtoges at foretage Udflugt", "SAME"),
      ]),
    M("Aar 1941 den 29' Juli", "1941-07-29",
      A("P. Sørensen") + P("ValdButtenschøn", "JPJensen", "OSpliid", "AageJensen"), [
          ("Ansøgning fra Karl Aage Dalgaard", "Skatten 39/40 Eftergives"),
          ("Ansøgning om Aldersrente fra", "Bevilges efter Loven."),
          ("Fortoug .m/ Kantsten", "Det vedtoges at anlægge"),
      ]),
    M("Aar 1941. den 22' Septmb.", "1941-09-22",
      P("ValdButtenschøn", "OSpliid", "JPJensen", "P.Sørensen", "AageJensen"), [
          ("Valg af Snefoged for Elsted", "Johannes Jørgensen"),
          ("Idrætsforeningen ansøger", "Bevilges 50 Kroner."),
          ("Smed Hans Jacobsen", "Bevilget 25 Kr."),
          ("Ansøgning fra Kornnævnet", "Bevilges. saales"),
          ("Indbydelse til Møde om Arbejdsløsheden", "Til Efterretning."),
          ("Indbydelse til Aftenskolemøde", "Til Efterretning"),
          ("Valg af 3. Hegnsynsmand", "Genvalgtes"),
          ("Meddelelse fra Skoledirektionen", "Til Efterretning"),
          ("Valg af. Pantefoged fra", "Oplaaes ledig."),
          ("Det vedtoges at yde 2 Kr pr Dag", "SAME"),
      ]),
    M("Aar 1941. den .22' Oktober", "1941-10-22",
      P("ValdButtenschøn", "OSpliid", "P.Sørensen", "AageJensen", "JPJensen"), [
          ("Valg af ny Pantefoged", "Udsættes til Søndag 26'."),
          ("Indstilling til Amtet om Betaling", "Indstilles 5 Kr."),
          ("Modtaget Check. fra Stiftamtet", "Spliid modtager."),
          ("Meddelelse fra Hypotekbanken", "Til Efterretning."),
          ("Skatteklage fra Søren Anton", "Kan ikke nedsættes"),
          ("fra: Svend Kobæk", "Nedsættes til Kost og Logi"),
          ("Fra Herdis Christensen.", "Nedsættes til 600 Kr"),
          ("Meddelelse om løste Jagttegn", "Til Efterretning."),
      ], [
          ("Spliid", "modtage", "", "=Spliid modtager.", "=modtager"),
      ]),
    M("Aar 1941 den 7' November", "1941-11-07",
      A("S. P. Sørensen") + P("ValdButtenschøn", "JPJensen", "OSpliid", "AageJensen"), [
          ("Valg af. Pantefoged.", "Valgt Jens Jensen"),
          ("Ansøgning fra Kristjan Nielsen", "Bevilges 25 Kr."),
          ("Meddelse fra Vejlby", "Leveret til Spliid."),
          ("Meddelelse fra Siftamte", "Arbejdsuvalget er samtidig"),
          ("Cirkulærer fra Ministerier.", "Til Efterretning."),
      ]),
    M("Aar 1941 den 2' December", "1941-12-02",
      P("ValdButtenschøn", "OSpliid", "P.Sørensen", "AageJensen", "JPJensen"), [
          ("Alders og Invaliderentenyderes", "Tildeles"),
          ("Robert Thomsen ansøger", "Bevilges 25 Kr. med Pligt."),
          ("Skræder N. P. Nielsens Hustru", "Personlige Skatter der ligger"),
          ("Carl Poulsen ansøger om Efter-", "Kan ikke bevilges."),
          ("W. Thorups Enke", "Eftergives 1 Kvartal"),
          ("Meddelelse fra Stiftamtet at", "Til Efterretning"),
          ("at Taksten for Betaling af Snekastning", "Til Efterretning."),
          ("Meddelelse fra Stiftamtet om Kom-", "Til Efterretning."),
      ]),
    # The book ends inside this meeting (unsigned here; its close opens the 1942 book).
    M("Aar 1942. den 6 Januar", "1942-01-06", P(*E41_ALL, anchor="=Alle Medlemmer vare mødte"), [
        ("1st Behandling af Overslaget", "Første Behandling foretoges"),
        ("Fordeling af. Kød", "Uddeles som sidst"),
        ("Sigurd Lassen ansøger", "Bevilges ½ Del."),
        ("Holger Elgaard ansøger", "Udsættes, da han"),
    ], fragment=True),
]
E41_ROLES = [(2, "Vald. Buttenschøn", "formand"), (2, "O. Spliid", "kasserer")]

BOOKS_GOLD = [
    (HS45, HS45_MEETINGS, HS45_NAMES, HS45_ROLES),
    (E41, E41_MEETINGS, E41_NAMES, E41_ROLES),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT)
