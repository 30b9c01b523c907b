"""Build ``corpus/gold/books_c.jsonl``: development gold of a parish minute book (set C).

Issue 17. Set C holds ``Elsted_1940.txt``; ``Hasle-Skejby-Lisbjerg_1941.txt`` (15 unsigned
meetings, some 300 matters) is not annotated yet. Annotated by
reading the book in ``../shared/corpus/aarhus-parish-1940-1945`` whole, following
``corpus/GUIDELINES.md`` ("Minute books", "Action items"); the books are never copied here:
this script holds only short anchors (a few opening words, names) and finds their offsets.

The anchor language and its checks are in ``scripts/books_gold.py``.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_c.py
"""

from __future__ import annotations

from books_gold import REPO, A, M, P, main

OUT = REPO / "corpus" / "gold" / "books_c.jsonl"


# =============================================================================================
# Elsted 1940. Five members until 12 November: Vald. Buttenschøn, O. Spliid ("Købmd. O. Spliid"),
# Aage Jensen, J.P. Jensen ("Smed J.P. Jensen"; signs "JPJensen"), Anthon Jacobsen ("Ant.
# Jacobsen", "A. Jacobsen", "Anton Jacobsen"), who leaves the council 12 November; his suppleant
# Søren Peter Sørensen (signs "S.P.Sørensen") enters 5 December. 9 April: "Valg af Formand ...
# Valgt. Buttenschøn", "Valg af Næstformand ... Købmd. O. Spliid". Every meeting opens "Alle
# Medlemmer vare mødte" (twice "med Undtagelse af A. Jacobsen"); a member who does not sign a
# meeting so opened is present by that statement (row at the statement, signature spelling).
# The "1940" lines are page headings, not meeting headings.
# =============================================================================================
E40 = "Elsted_1940.txt"
E40_NAMES = {
    "Vald. Buttenschøn": "Vald. Buttenschøn", "Vald.Buttenschøn": "Vald. Buttenschøn",
    "OSpliid": "O. Spliid", "AageJensen": "Aage Jensen", "Aage Jensen": "Aage Jensen",
    "JPJensen": "J.P. Jensen", "Anthon Jacobsen": "Anthon Jacobsen",
    "Ant. Jacobsen": "Anthon Jacobsen", "A. Jacobsen": "Anthon Jacobsen",
    "S.P.Sørensen": "Søren Peter Sørensen",
}
ALLE = "=Alle Medlemmer vare mødte"
E40_MEETINGS = [
    M("Aar 1940 den 8d Januar", "1940-01-08",
      P("Vald. Buttenschøn", "Anthon Jacobsen", "AageJensen", "JPJensen", "OSpliid"), [
          ("1st Behandling af Kommunens", "1st Behandling foretaget"),
          ("Fra Skolefondskasseren sendt", "Afleveret til O. Spliid."),
          ("Meddelelse fra Socialministeriet om Statsrefusion", "Til Efterretning."),
          ("Meddelelse om Bevilling til Rasmus", "Til Efterretning."),
          ("Meddelelse fra Socialministeriet om Tilskud", "Fordeltes."),
          ("Ansøgning fra Forstander Dybkjær", "Bevilges 50 Kr til hver"),
          ("Ansøgning om Hjælp til Betaling af Kontingent", None),
          ("Ansøgning om Hjælp til Husleje Underhold", None),
          ("Meddelelse fra Invalideretten", "Til Efterretning."),
          ("Skrivelse fra Arbejdsmandsforbundet", "Formanden maa svare"),
          ("Meddelse fra Aarhus Stiftamt", "Til Efterretning."),
          ("Bestemmelse om Uddeling af", "Fordeling foretoges."),
          ("Meddelelse om Bekæmpelse af", "Til Efterretning."),
      ], [
          ("formanden", "svare", "", "Formanden maa svare", "=svare paa Skrivelsen"),
      ]),
    M("Aar 1940 den 13d Februar", "1940-02-13",
      P("Vald. Buttenschøn", "JPJensen", "OSpliid", "Aage Jensen")
      + P("Anthon Jacobsen", anchor=ALLE), [
          ("Overslaget for 1940/41, til 2d", "SAME"),
          ("Ansøgning om Hjælp til Betaling af. Sygekassekontingent", None),
          ("Ansøgning om Hjælp til Husleje", None),
          ("Ansøgning om Hjælp til Betaling af Arbejdsløshedskasse", "〃 20 〃"),
          ("Ansøgning om Tildeling af Kød", "Kan ikke bevilges."),
          ("Ansøgning fra Eline Nielsen", "Kan ikke Bevilges da"),
          ("Ansøgning fra Asta Bomholt", "Bevilges Halvdelen af."),
          ("Klage over Skatteansættels", "Halvdel eftergives"),
          ("Ansøgning om Hustillæg", "Bevilget 10 Kr."),
          ("Meddelelse fra Politikontoret", "Til Efterretning."),
          ("Meddelelse fra Landbrugsministeriet", "Til Efterretning."),
      ]),
    M("Aar 1940 den 12' Marts", "1940-03-12",
      P("Vald. Buttenschøn", "OSpliid", "AageJensen", "JPJensen", "Anthon Jacobsen"), [
          ("Ligningen til Kommuneskat foretoges", "SAME"),
          ("Ansøgning om Hjæp til Betaling", "Bevilges ½Del 14 Kr."),
          ("do om Hjælp til Husle fra", "Bevilges ½Del = 15"),
          ("do om Husleje og Kontingent", "Bevilges ½ til Arbejdsløshedskasse"),
          ("do om Hjælp til Husleje fra Poul", "Bevilges ½Del 15 Kr."),
          ("do om Hjælp til Kost", "Kan ikke bevilges 10 Kr"),
          ("Skrivelse fra Stiftamtet med", "Til Efterretning."),
          ("Skrivelse fra Arbejdsmandsfor- bundet", "Til Efterretning"),
          ("Ansøgning og Hjælp til Betaling", "Bevilges 15. Kr."),
          ("do om Hjælp til Husleje fra Chr.", "Bevilges 12 Kr"),
      ]),
    # Signed by the chairman alone: the others are present by "Alle Medlemmer vare mødte".
    M("Aar 1940 den. 9d April", "1940-04-09",
      P("Vald. Buttenschøn")
      + P("OSpliid", "AageJensen", "JPJensen", "Anthon Jacobsen", anchor=ALLE), [
          ("Valg af Formand for 1940/41", "Valgt. Buttenschøn."),
          ("Valg af Næstformand", "Købmd. O. Spliid."),
          ("Nedsættelse af Brændselsnævn", "Vald. Buttenschøn (Formand)"),
          ("Rotteudryddelsen i Kommunen", "Det vedtoges at købe Rottegift"),
          ("Klage til Amtet om Ane", "Klagen besvares."),
          ("Skatteklage fra Theodor. Jensen.", "Klagen besvares."),
      ]),
    M("Aar 1940 den 20' Maj", "1940-05-20",
      A("A. Jacobsen") + P("Vald. Buttenschøn", "OSpliid", "JPJensen", "AageJensen"), [
          ("Valg af 2 Medlemmer til Grund-", "Aage Jensen, Lystrup"),
          ("Check paa 84 Kr.", "Spliid modtager Checken"),
          ("Meddelelse fra Statsanstalten", "Til Efterretning."),
          ("Meddelelse fra Socialministeriet om Feriepenge", "Til Efterretning."),
          ("Skatteklage fra Viggo Pedersen", "Slettet for Skatten."),
          ("Skatteklage fra Mejerist. Hans", "Nedsættes til 550 Kr."),
          ("Karl Jørgensen ansøger", "Bevilges 5 Kr."),
          ("Enke Eline Nielsen, Elsted ansøger", "Bevilges 40 Kr."),
          ("Vognmand Holger Elgaard", "Bevilges 3 Kvartaler"),
          ("Meddelelse fra Landbosparekassen.", "Til Efterretning."),
          ("Ansøgning om Aldersrente til Gartner", "Bevilges efter Reglerne"),
          ("Ansøgning om Aldersrente til Enke", "Bevilges efter Reglerne"),
          ("Tørv til Vinterbrug", "Tilbud. udbedes paa Tørv"),
      ], [
          ("Spliid", "modtage", "", "Spliid modtager Checken", "=modtager Checken"),
          ("Karlton", "udlevere", "", "Det vedtoges at leje Karltons || afregner med Kommunen",
           "=udleverer Tørvene"),
          ("Karlton", "modtage", "", "Det vedtoges at leje Karltons || afregner med Kommunen",
           "=modtager Betaling"),
          ("Karlton", "afregne", "", "Det vedtoges at leje Karltons || afregner med Kommunen",
           "=afregner med Kommunen"),
      ]),
    M("Aar 1940 den. 26' Juni", "1940-06-26",
      P("Vald. Buttenschøn", "JPJensen", "Anthon Jacobsen", "OSpliid", "AageJensen"), [
          ("1 Tilbud paa Oprensning", "Overdroges Andr Ulriksen"),
          ("2 Skatteklage: fra", "Slettet 2 Kvartaler"),
          ("3 Ansøgning om Nedsættelse af Skat", "Nedsættes til 200 Kr"),
          ("4 Ansøgning om Tilskud til", "Bevilges 50 Kr."),
          ("5 Ansøgning om Hjælp til Betaling", "Bevilges Halvdel af Restancen"),
          ("6 Tilbud paa Tørv til Kommunen", "Det vedtoges, foreløbig"),
          ("7 Meddelelse fra Sygekassedirektoratet", "Til Efterretning."),
          ("8 Valg af Repræsentanter", "Stemmer ikke"),
          ("9 Ansøgning til Kongen", "Sogneraadet ønsker ikke"),
          ("10 Skrivelse fra Aarhus Stiftamt", "Til Efterretning."),
          ("11 Valg af 1 Medlem", "Valgt blev: Gaardejer"),
          ("12 Cirkulære fra Handelsministeriet", "Udsættes til senere."),
          ("13 Anvisning af Refusion", "Leveret til Spliid."),
          ("14 Check. som Tilskud", "Leveret til Spliid."),
          ("15 Skrivelse fra Socialministeriet.", "Til Efterretning."),
          ("Landbrugstælling foretages", "SAME"),
      ], [
          ("Andr Ulriksen", "overdrage", "", "Overdroges Andr Ulriksen",
           "=Overdroges Andr Ulriksen"),
      ]),
    M("Aar 1940 den. 18' Juli", "1940-07-18",
      P("Ant. Jacobsen", "Vald.Buttenschøn", "JPJensen", "AageJensen", "OSpliid"), [
          ("De gamles Udflugt.", "Det vedtoges at tage en"),
          ("Aage Jensen forelagde en Plan", "Det vedtoges at gaa med til"),
      ]),
    M("Aar 1940 den 2' October", "1940-10-02",
      A("A. Jacobsen") + P("Vald. Buttenschøn", "JPJensen", "OSpliid", "AageJensen"), [
          ("Meddelelse fra Dommerkontoret", "Til Dommerkontoret."),
          ("Ansøgning fra Eline Johanne", "Kan ikke forhøjes"),
          ("Skrivelse fra Gartner Lindskov", "Undersøges."),
          ("Skrivelse fra Stiftamtmanden", "Til Efterretning."),
          ("Cirkulære om alm. Folketælling", "Deles 2 Distrikter."),
          ("Cirkulære om Fortsat Uddeling", "Til Efterretning"),
          ("S. Lassen Pedersens Anbringelse", "Tilbudet antages."),
          ("Ansøgninger om Tillægsbrødkort", "Uddeles efter Ansøgning"),
      ]),
    # Anthon Jacobsen leaves the council in this meeting ("ønsker han at udtræde ... fra Dags
    # Dato") and does not sign: present by "Alle Medlemmer vare mødte".
    M("Aar 1940 den 12' November", "1940-11-12",
      P("Vald. Buttenschøn", "JPJensen", "OSpliid", "AageJensen")
      + P("Anthon Jacobsen", anchor=ALLE), [
          ("Valg af Snefoged", "Valgtes Viggo Hansen"),
          ("Valg af Vandsynsmand", "Laurits Sørensen, Elsted."),
          ("Valg af Hegnsynsmand", "Laurits Sørensen, Elsted."),
          ("Valg af Vurderingsmand til", "=Udsættes"),
          ("Ansøgning fra Vejmand. J. Lauersen", "Bevilges 10 Kr Maaneden"),
          ("Skrivelse fra Socialministeriet om", "Til Efterretning."),
          ("Tilbud paa Mørklægning", "Udsættes."),
          ("Skrivelse fra Landkommunernes", "Til Efterretning."),
          ("Ansøgning fra Theodor Jensen", "Bevilges samme Takst"),
          ("Ansøgning om Nedsættelse i Skat", "Kan ikke nedsættes"),
          ("Skrivelse fra Stiftamtet om Brødkort", "Til Efterretning"),
          ("Cirkulære fra Undervisningsministeriet", "Til Efterretning"),
          ("Skrivelse til Vejudvalget om", "Til Efterretning"),
          ("Ansøgning fra Rasmine Pedersen", "Forhøjes med 100 Kr"),
          ("Uddeling af Mælk og Kødkort", "Uddeles fra 1st Desember"),
          ("Da Medlem af Sogneraadet Anton Jacobsen", "=Toges til Efterretning."),
          ("Theodor. Jensen ansøger", "Eftergives 2 Kvartaler"),
      ]),
    M("Aar 1940 den. 5' Desember", "1940-12-05",
      P("Vald. Buttenschøn", "OSpliid", "S.P.Sørensen", "JPJensen", "AageJensen"), [
          ("Da Sogneraadsmedlem Anton Jacobsen", None),
          ("Som Formand for Vejudvalget valgtes", "SAME"),
          ("Chr. Fr. Persen er gaaet ud", "Bevilges det nødvendige"),
          ("Carl Poulsen ansøger", "Bevilges 24 Kr for Jan"),
          ("Arbejdsmændene ansøger", "Tilkaldes til næste Møde"),
          ("Valg af -Vurderingsmand", "Valgt blev S. P. Larsen"),
          ("Snekastning. for Aaret 1941.", "Bevilges 1600 Kr"),
          ("Aldersrentenydernes Juletilskud.", "Bevilges 10 Kr til Julen"),
      ]),
]
E40_ROLES = [(3, "Vald. Buttenschøn", "formand"), (3, "O. Spliid", "næstformand")]

BOOKS_GOLD = [
    (E40, E40_MEETINGS, E40_NAMES, E40_ROLES),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT)
