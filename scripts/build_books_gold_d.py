"""Build ``corpus/gold/books_d.jsonl``: development gold of two parish minute books (set D).

Issue 17. Annotated by reading each book in ``../shared/corpus/aarhus-parish-1940-1945`` whole,
following ``corpus/GUIDELINES.md`` ("Minute books", "Action items"); the books are never copied
here: this script holds only short anchors (a few opening words, names) and finds their offsets.

The anchor language and its checks are in ``scripts/books_gold.py``.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_d.py
"""

from __future__ import annotations

from books_gold import REPO, A, M, P, main

OUT = REPO / "corpus" / "gold" / "books_d.jsonl"


# =============================================================================================
# Hjortshøj-Egaa 1942 (3 January 1942 - 8 January 1943). Nine members all year: R. Helbo
# Sørensen ("R. Holme Sørensen", "R. Helbo Grosen" in two signatures), Aksel Bøjesen ("A.
# Bøjesen", "Aksel Bøjsen"), Johs. Grosen (signs "Joh. Grosen"), Jens Terp Laursen ("J. Terp
# Laursen", "Terp Laursen"), Julius Junker, K. M. Laursen, Chr. Jørgensen, Rs. Svenningsen, I.
# Jørgensen (never written fuller in this book). 31 March: "Som Formand for det kommende Aar
# valgtes R. Helbo Sørensen som Næstformand Johs. Grosen" (the two revisors elected are not
# members and do not sign). The Kasse- og Regnskabsudvalg meetings (7 January, 8 June, 8 January
# 1943) are meetings of their own; the last is complete (opening and signatures). The book starts
# with a complete meeting (3 January) and ends with the committee's signatures: no fragments.
# =============================================================================================
HE = "Hjortshøj-Egaa_1942.txt"
HE_NAMES = {
    "R. Helbo Sørensen": "R. Helbo Sørensen", "R. Holme Sørensen": "R. Helbo Sørensen",
    "R. Helbo Grosen": "R. Helbo Sørensen",
    "Aksel Bøjesen": "Aksel Bøjesen", "A. Bøjesen": "Aksel Bøjesen",
    "Aksel Bøjsen": "Aksel Bøjesen",
    "Joh. Grosen": "Johs. Grosen", "Johs. Grosen": "Johs. Grosen",
    "Jens Terp Laursen": "Jens Terp Laursen", "J. Terp Laursen": "Jens Terp Laursen",
    "Terp Laursen": "Jens Terp Laursen",
    "Julius Junker": "Julius Junker", "K. M. Laursen": "K. M. Laursen",
    "Chr. Jørgensen": "Chr. Jørgensen", "Rs. Svenningsen": "Rs. Svenningsen",
    "I. Jørgensen": "I. Jørgensen", "I Jørgensen": "I. Jørgensen",
}
HE_ALL = ("R. Helbo Sørensen", "Aksel Bøjesen", "Joh. Grosen", "Jens Terp Laursen",
          "Julius Junker", "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen")
HE_MEETINGS = [
    M("Lørdag, den 3. Januar 1942", "1942-01-03",
      P("R. Helbo Sørensen", "I. Jørgensen", "Rs. Svenningsen", "Chr. Jørgensen", "K. M. Laursen",
        "Julius Junker", "Jens Terp Laursen", "Aksel Bøjesen", "Joh. Grosen"), [
          ("1. Fra Politimesteren i Rougsø || 23 x 23 cm.", "=Andragendet Anbefales."),
          ("2. Ligeledes var fremsendt || Skorstenen.", "=Andragendet Anbefales."),
          ("3. Arbejds- og Socialministeriet || 3.371,-", "Toges til Efterretning idet"),
      ]),
    # Kasse- og Regnskabsudvalget. "vedtoges en Henstilling til Rentefogeden om at gaa noget
    # skarpere til Værks": the directive form "det henstilles til Y at V".
    M("Onsdag d. 7. Januar 1942", "1942-01-07",
      P("Joh. Grosen", "R. Helbo Sørensen", "Jens Terp Laursen"), [
          ("Der foretoges en foreløbig || 1942/43.", None),
          ("=Restancelisterne blev gennemgaaede", "der vedtoges en Henstilling || restancerne."),
          ("Kassebeholdningen efter Kassebogen || tilstede.", None),
      ], [
          ("rentefogeden", "gaa", "", "Restancelisterne blev gennemgaaede || restancerne.",
           "=gaa noget skarpere til Værks"),
      ]),
    M("Onsdag den 14. Januar 1942", "1942-01-14",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Joh. Grosen", "J. Terp Laursen", "Rs. Svenningsen",
        "Julius Junker", "K. M. Laursen", "Chr. Jørgensen", "I. Jørgensen"), [
          ("1. Til Voldgiftsmænd", "SAME"),
          ("=2. Følgende Andrager om Tilskud:", "Grænseforeningen"),
          ("3. Randers Amt forespørger || Kommunens Regning.", "Brandvæsenet alarmeres"),
          ("4. Lærer Elkjær || pr. Md.", "=Bevilget Kr. 18,- pr. Maaned."),
          ("=5. Overslaget for 1942/43 forelaa til første Behandling.", None),
          ("6. Da Skatterestancerne", "SAME"),
          ("=7. Tillægsligning for Januar Kvartal 42-42 foretoges.", "SAME"),
      ]),
    M("Onsdag, den 11. Februar 1942", "1942-02-11", P(*HE_ALL), [
        ("=1. Følgende Andrager om Tilskud:", "Aarhus tekniske Skole"),
        ("2. J. A. Sønderup || Efterskole.", "=Bevilget Kr. 100."),
        ("3. Aksel L. Rasmussen || Snefoged.", "Fritages idet Gdr. Tage Jensen"),
        ("4. Hermann Riis || Skolekommissionen.", "Fritages - Samtidig"),
        ("5. Politimesteren i Rougsø Herred || 8 Aar.", "=Toges til Efterretning."),
        ("6. Samme anmoder || for Øje.", "Vedtægten indsendes"),
        ("7. Arbejds- og Socialministeriet har || Regulering.",
         "Toges til Efterretning, idet det vedtages"),
        ("8. Indenrigsministeriet meddeler || ialt 22.972,- Kr.", "=Toges til Efterretning."),
        ("=9. Overslaget for 1942/43 forelaa til 2. Behandling",
         "og vedtages med en Udskrivning || Lejlighed."),
        ("10. Det vedtages at forhøje", "SAME"),
    ]),
    # Jens Terp Laursen neither signs nor is said to be absent: no row.
    M("Onsdag d. 11. Marts 1942", "1942-03-11",
      P("Joh. Grosen", "R. Helbo Sørensen", "Aksel Bøjesen", "Julius Junker", "K. M. Laursen",
        "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("=Ansøgning om Tilskud fra følgende Foreninger:", "1. Blindehjemmet"),
          ("2. Hjortshøj - Egaa Samariterforening || pr. Time", "=Bevilget."),
          ("3. Marinus Nielsen, Skæring Strand || Skæring", "=Anbefales."),
          ("4. Julius Bjerregaard || Mandskab.",
           "=Det vedtoges at indkalde Snekastningslisterne."),
          ("5. Jens Marius Jørgensen || af Skat.", "Kunde ikke imødekommes"),
          ("6. Vognmand Joh. Madsen || Sommeren 1942.", "=Bevilget 100 Kr."),
          ("Randers Amt godkender", None),
          ("Sogneraadet drøftede paany || Forhold.", "SAME"),
          ("Det vedtoges at gøre et Forsøg", "SAME"),
      ], [
          ("Joh. Grosen", "gøre", "", "Det overdroges Joh. Grosen || Skridt.",
           "=gøre de forberedende Skridt"),
      ]),
    M("Tirsdag, den 31. Marts 1942", "1942-03-31",
      P("R. Helbo Sørensen", "Aksel Bøjsen", "Joh. Grosen", "Jens Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. Poul Olesen || Skatteansættelse.", "=Ansættelsen fastholdes."),
          ("2. Ligningsprocenten", "SAME"),
          ("3. Som Formand for det kommende Aar", "SAME"),
      ]),
    # "Granstolper til Opsætning leveres evt. af Johs. Grosen": a possible supply, no task.
    M("Onsdag, den 8. April 1942", "1942-04-08",
      P("Aksel Bøjesen", "Joh. Grosen", "R. Helbo Sørensen", "Jens Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. Søren Knudsen || fra 1/12-42.", "Fritoges."),
          ("2. Gdr. Carl Trige Andersen || fornyet.", "=Henvises til Vejudvalget."),
          ("3. Det vedtages at købe", "SAME"),
      ], [
          ("vejudvalget", "henvise", "", "=Henvises til Vejudvalget.",
           "=Henvises til Vejudvalget"),
      ]),
    M("Onsdag, den 13. Maj 1942", "1942-05-13", P(*HE_ALL), [
        ("1. Fra Politimesteren i Strømmen || Foreninger.", "=Anbefales."),
        ("2. Dagmar Pallesen || Januar Kvartal.", "=Indkomsten nedsættes med Kr. 990,-."),
        ("3. Lærerinde Frk. Viskum || Beskyttelsesrum.", "=Henvises til Skoleudvalgsmedlemmet."),
        ("4. Fra Jens Magnus Christensen || Vandværk.", "=Henvises til Vandværket."),
        ("5. Da Gdr. Georg Hastrup", "SAME"),
        ("6. Det vedtages, saavidt", "SAME"),
        ("7. Det vedtoges at yde Præsten", "SAME"),
        ("8. Det vedtages at optage", "SAME"),
    ], [
        ("skoleudvalgsmedlemmet", "henvise", "", "=Henvises til Skoleudvalgsmedlemmet.",
         "=Henvises til Skoleudvalgsmedlemmet"),
        ("vandværket", "henvise", "", "=Henvises til Vandværket.", "=Henvises til Vandværket"),
    ]),
    # Skatte- og Regnskabsudvalget; the opening gives no year: the book's, 1942.
    M("Mandag d. 8. Juni afholdt", "1942-06-08",
      P("R. Helbo Sørensen", "Jens Terp Laursen", "Joh. Grosen"), [
          ("=Restancelisterne blev gennemgaaede.", None),
          ("Det skønnedes at være nødvendigt || Ejendomme.", "SAME"),
          ("Kassebeholdningen efter Kassebogen || tilstede.", None),
      ]),
    M("Onsdag, den 10. Juni 1942", "1942-06-10",
      A("Johs. Grosen", "Terp Laursen")
      + P("A. Bøjesen", "Julius Junker", "R. Helbo Grosen", "K. M. Laursen", "Chr. Jørgensen",
          "I. Jørgensen", "Rs. Svenningsen"), [
          ("1. Amtsarbejdsanvisningskontoret || Omraade.", "=Besvares bekræftende."),
          ("2. Arbejds- og Socialministeriet || 1942.", "=Toges til Efterretning."),
          ("3. Jørgine Nielsen || Skatteansættelse.", "=Ansættelsen fastholdes."),
          ("4. Kjærulff Jensen || Skatteansættelse.", "=Ansættelsen fastholdes."),
          ("5. Anna Vang Sørensen || Skatteansættelse.", "=Nedsættes til Halvdelen."),
          ("6. Elsie Clausen || Skatteansættelse.", "=Ansættelsen fastholdes."),
          ("7. Det vedtages at forhøje", "SAME"),
      ]),
    # Item 13 "antage 2 Mand ... til at foretage Landbrugstællingen": no named actor.
    M("Onsdag, den 8. Juli 1942", "1942-07-08",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Joh. Grosen", "Jens Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Rs. Svenningsen", "I. Jørgensen", "Chr. Jørgensen"), [
          ("=1. Følgende Foreninger ansøger om Tilskud:", "Dansk Døvstummeforbund"),
          ("2. Skatteraadet for Rougsø m.fl. Herreder || Helmer Nielsen, Hjortshøj",
           "=Toges til Efterretning."),
          ("3. Vejlby - Risskov Kommune || Tilskud).", "Det vedtoges at yde et yderligere"),
          ("4. Ejner Møller Madsen || Spiritus.", "Henvises til at indgive"),
          ("5. Husejere i Hesselballe || Husene.", "=Henvises til Rs. Svenningsen."),
          ("6. Vejmændene Aksel Berthelsen || Maaned).", "=Bevilget."),
          ("7. Lærerinde Frk. Viskum || faa det.", "Det vedtages at svare, at hun"),
          ("8. Niels Hull Kristensen || Skatterestancer.", "=Kan ikke imødekommes for Tiden."),
          ("9. Carl Oluf Hofstrøm || ansættelse.", "=Eftergives April Kv. 42/43."),
          ("10. D.A.F. Hjortshøj Afd. || Aldersrentenyder.",
           "Det vedtoges at svare, at Sogneraadet"),
          ("11. Følgende Andrager om Sogneraadets || Hjortshøj Mark",
           "Andragende fra Laurits P. Rasmussen."),
          ("12. Det vedtages at ansætte Prisen", "SAME"),
          ("13. Det vedtages at antage 2 Mand", "SAME"),
          ("14. Ⅰ. Halvaars Tillægsligning foretages.", "SAME"),
      ], [
          ("Rs. Svenningsen", "henvise", "", "=Henvises til Rs. Svenningsen.",
           "=Henvises til Rs. Svenningsen"),
      ]),
    M("Onsdag, den 12. August 1942", "1942-08-12",
      P("R. Helbo Sørensen", "Joh. Grosen", "Aksel Bøjesen", "Julius Junker", "Jens Terp Laursen",
        "K. M. Laursen", "Rs. Svenningsen", "I Jørgensen", "Chr. Jørgensen"), [
          ("1. Randers Amts tutoniske || Sognebibliothekerne.",
           "Det vedtages at tegne Abonnement paa 4"),
          ("2. Rougsø m.fl. Herreders Luftværnsforening || Hjælpekonsulenterne.",
           "Det vedtages at tegne Abonnement paa 3"),
          ("3. Damefrisørinde || 1942/43.", "=Fritages."),
          ("4. Richard Veje || Skærveslagning.", "=Kan ikke tillades for Tiden."),
          ("5. Marthin Sørensen || 1941/42.", "Beløbet skal i Tilfælde"),
          ("6. I henhold til Lov Nr. 322 || som Formand.", "SAME"),
      ]),
    # Item 9 "Sogneraadet kan gaa med til ... lade Vejmanden foretage Nedlægningen": an offer
    # (kunne), no task handed out.
    M("Onsdag, den 9. September 1942", "1942-09-09", P(*HE_ALL), [
        ("=1. Følgende Foreninger ansøger om Tilskud:", "Landsf. for Sukkersyge"),
        ("2. Følgende andrager om Kommunens Friplads || Niels Erik Nielsen, Egaa",
         "=Bevilget Kr. 75,- til hver."),
        ("3. Kbmd. E. Møller Madsen || Handelsplads\".",
         "Sogneraadet kan for det enkelte Tilfælde || Beløbet."),
        ("4. Henry Poulsen || Eng.", "=Overlades til Vejudvalget."),
        ("5. 29 Beboere i Skjæring || og istandsat.", "=Udsættes til næste Møde."),
        ("6. S. Jensen Sørensens Enke || betalt.", "=Eftergives."),
        ("7. Som Vandsynsmænd", "SAME"),
        ("8. Gdr. Tage Jensen || Snefoged.", "Fritages, idet Gartner"),
        ("9. Tømrer Jens Jensen || Rør.", "Sogneraadet kan gaa med til at yde"),
        ("10. Som Snefoged for Kankbølle", "SAME"),
    ], [
        ("vejudvalget", "overlade", "", "=Overlades til Vejudvalget.",
         "=Overlades til Vejudvalget"),
    ]),
    # Item 9 "Til Revision af Udleveringen af Rationeringskort valgtes ...": an election to a
    # standing duty (like the revisors), no task verb: no action item.
    M("Onsdag, den 14. Oktober 1942", "1942-10-14", P(*HE_ALL), [
        ("1. Følgende Foreninger og Institutioner || om Tilskud:", "Kvindehjemmet, Kbhvn."),
        ("2. Bagermester S. A. Sørensen || 1942/43.", "=Optagelsen fastholdes."),
        ("3. Ane Laier || Skolerengøring.", "=Nægtet."),
        ("4. Bestyrer A. Jensen || aarlig.", "=Bevilget."),
        ("5. Aarhus Centralbibliothek || Aar.", "=Bevilget."),
        ("6. Kaj Eberhard || 1942/43.", "Det vedtages at nedsætte"),
        ("7. Angaaende Forholdet mellem || 31. Marts 1947.", "SAME"),
        ("8. Som Medlemmer af Aftenskolenævnet", "SAME"),
        ("9. Til Revision af Udleveringen", "SAME"),
        ("10. Tillægsligning for Oktober Kvartal", "SAME"),
    ]),
    M("Tirsdag, den 27. Oktober 1942", "1942-10-27",
      A("Chr. Jørgensen")
      + P("Aksel Bøjesen", "Joh. Grosen", "R. Helbo Sørensen", "Jens Terp Laursen", "Julius Junker",
          "K. M. Laursen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. De Danske Statshavers || Vejside.", "=Bekræftes."),
          ("=2. Regnskabet for 1941/42 blev underskrevet.", "SAME"),
          ("3. Fra en unavngiven || af Pladsen.", "Sogneraadet ved med Tak"),
      ]),
    M("Onsdag, den 11. November 1942", "1942-11-11",
      A("Rs. Svenningsen")
      + P("Joh. Grosen", "Aksel Bøjesen", "R. Helbo Sørensen", "K. M. Laursen", "Jens Terp Laursen",
          "Julius Junker", "Chr. Jørgensen", "I. Jørgensen"), [
          ("=1. Følgende andrager om Tilskud:", "Folkekuranstalten v/Hald"),
          ("2. Politimesteren i Rougsø m.fl. || 8 Aar.", "=Tages til Eftrretning."),
          ("=3. Kommunens Bivejsfortegnelse var til Behandling.", "Der fandtes intet at bemærke"),
          ("4. Det vedtages at forsøge", "SAME"),
          ("5. Der forelaa endelig Tilsagn || Sportsplads i Skjæring.",
           "Det overlades Johs. Grosen"),
      ], [
          ("Johs. Grosen", "foretage", "", "Det overlades Johs. Grosen",
           "=foretage det fornødne angaaende Dræning af Pladsen m.m."),
      ]),
    M("Onsdag, den 9. December 1942", "1942-12-09",
      P("R. Holme Sørensen", *HE_ALL[1:]), [
          ("1. Landinspektør Svend Nielsen || Nr. 9 b.", "=Erklæring afgives."),
          ("2. Randers Amtsraad meddeler || Lejlighed.", "=Tages til Efterretning."),
          ("3. Skatteraadet for Rougsø || 50.000,-", "Det vedtages at afkræve"),
          ("4. Installatør Rs. Hansen || Kr. 630,-.",
           "Det vedtages uden Forbindende || Luftledning."),
          ("5. Der forelaa betinget Skøde", None),
          ("6. Svend Rindom || 41/42.", "Eftergives saafremt"),
          ("7. Centralbibliotheket for Tuberkulosepatienter || om Tilskud.",
           "=Bevilget Kr. 15,-"),
          ("8. Gdr. Johs. Krause Kjær || Stranden.", "Sogneraadet vedtog at give"),
          ("9. Det vedtages ved Ⅰ. Behandling", "SAME"),
          ("10. Det vedtages at yde Aldersrentenydere", "SAME"),
      ]),
    # Kasse- og Regnskabsudvalget, 8 January 1943: the book's last entry, complete.
    M("Fredag d. 8. Januar 1943", "1943-01-08",
      P("Jens Terp Laursen", "Joh. Grosen", "R. Helbo Sørensen"), [
          ("Der foretoges en foreløbig || 1943/44.", None),
          ("Kassebeholdningen efter Kassebogen", None),
      ]),
]
HE_ROLES = [(5, "R. Helbo Sørensen", "formand"), (5, "Johs. Grosen", "næstformand")]

# =============================================================================================
# Trige 1943. Until May the old council: RN Rasmussen (formand, "R. N. Rasmussen"), JP Rasmussen
# ("J. Rasmussen", "J Rasmussen", "Rasmussen Thomasminde"), Julius Laursen (lays down his
# mandate 4 February; named absent 1 February), Marius Hjortshøj, Ejner Sørensen, Anders
# Overgaard (kasserer), Theodor Nielsen, Karl Nielsen, Jens P Jensen ("J.P. Jensen", "J P
# Jensen", "JP Jensen", "Jens P. Jensen"). 18 March: "Til Formand for næste Aar genvalgtes R N
# Rasmussen til Kasserer genvalgtes Anders Overgaard" (a re-election: both offices held from the
# book's start). The new council's first meeting ("1 Møde", undated, no opening line): RN
# Rasmussen, Jens Jensen (of Trige; not Jens P Jensen of Ølsted, who is elected to the school
# commission from outside the council and re-elected revisor), Johs Kirkegaard ("Jhs", "Jh",
# "JH Kirkegaard"), Arnold Jensen ("A Jensen"), Karl Nielsen, Ingemann Pedersen ("I Pedersen",
# "J Pedersen"), Bendiks Rasmussen ("B Rasmussen", "Bendix Rasmussen"), Ejner Sørensen (elected
# næstformand), Anders Overgaard. Each meeting opens with its number line; numbering restarts
# at "2 Møde" (15 April) and again at "1 Møde" (the new council). Dates as the book gives them:
# "22 Møde" is dated 1 February although it follows the meeting of 4 February; "4 Møde" (old
# council) is dated "27 Mar" (read as March) although it follows 6 May; "7 Møde" is dated "7
# Septb" although it follows 16 September; "23 Møde" and "1 Møde" give no day at all.
# Members said to be there ("alle Medlemmer var mødt ...") who do not sign get rows at that
# statement, in the signatures' spelling.
# =============================================================================================
TR = "Trige_1943.txt"
TR_NAMES = {
    "RN Rasmussen": "R N Rasmussen",
    "JP Rasmussen": "JP Rasmussen", "J. Rasmussen": "JP Rasmussen", "J Rasmussen": "JP Rasmussen",
    "Rasmussen Thomasminde": "JP Rasmussen",
    "Julius Laursen": "Julius Laursen",
    "Marius Hjortshøj": "Marius Hjortshøj", "M Hjortshøj": "Marius Hjortshøj",
    "E Sørensen": "Ejner Sørensen", "E. Sørensen": "Ejner Sørensen",
    "E.Sørensen": "Ejner Sørensen",
    "A Overgaard": "Anders Overgaard", "A. Overgaard": "Anders Overgaard",
    "Th Nielsen": "Theodor Nielsen", "Theodor Nielsen": "Theodor Nielsen",
    "K Nielsen": "Karl Nielsen", "K. Nielsen": "Karl Nielsen", "Karl Nielsen": "Karl Nielsen",
    "J.P. Jensen": "Jens P Jensen", "J. P. Jensen": "Jens P Jensen", "J P Jensen": "Jens P Jensen",
    "JP Jensen": "Jens P Jensen", "Jens P. Jensen": "Jens P Jensen",
    "Jens Jensen": "Jens Jensen",
    "Johs Kirkegaard": "Johs Kirkegaard",
    "A Jensen": "Arnold Jensen", "A. Jensen": "Arnold Jensen", "Arnold Jensen": "Arnold Jensen",
    "Ingemann Pedersen": "Ingemann Pedersen", "I Pedersen": "Ingemann Pedersen",
    "J Pedersen": "Ingemann Pedersen", "J. Pedersen": "Ingemann Pedersen",
    "B Rasmussen": "Bendiks Rasmussen", "Bendix Rasmussen": "Bendiks Rasmussen",
}
TR_MEETINGS = [
    M("19 Møde", "1943-01-07",
      A("Marius Hjortshøj")
      + P("Julius Laursen", "K Nielsen", anchor="=alle Medlem- mer var mødt")
      + P("RN Rasmussen", "E. Sørensen", "Th Nielsen", "A. Overgaard", "J.P. Jensen",
          "JP Rasmussen"), [
          ("Skrivelse fra Aarhus Stiftamt om at || 31/3 1947.", "Fradraget fastsættes uforandret"),
          ("Kassebeholdningen udgør ialt 1796", None),
      ]),
    M("20 Møde", "1943-01-21",
      A("Karl Nielsen")
      + P("RN Rasmussen", "J. Rasmussen", "Julius Laursen", "Marius Hjortshøj", "J. P. Jensen",
          "Th Nielsen", "E Sørensen", "A. Overgaard"), [
          ("Angaaende Lønnen til det kommunale", "SAME"),
          ("Skrivelse fra Aarhus Stiftamt at Andel", None),
          ("Vederlag for Vedligeholdelse", "SAME"),
          ("Overslaget for 1943 - 44 var til første", None),
          ("Kassebeholdning udgør ialt -362", None),
          ("Andragende fra Trige Ølsted Sygekasse || til Sygekassen",
           "=der fastsættes til 500 Kr"),
      ]),
    # "alle Medlemmer var forsamlet med [Undtagelse] af Theodor Nielsen": Julius Laursen (who
    # lays down his mandate under item 9) and E Sørensen do not sign: rows at the statement.
    M("21 Møde", "1943-02-04",
      A("Theodor Nielsen")
      + P("Julius Laursen", "E Sørensen", anchor="=alle Medlemmer var forsamlet med")
      + P("RN Rasmussen", "J Rasmussen", "K Nielsen", "J. P. Jensen", "Marius Hjortshøj",
          "A. Overgaard"), [
          ("Andragende fra Niels P Jensen || Forligs= kommissionen",
           "=dertil valgtes P. Sørensen Trige"),
          ("Andragende fra Landbrugssparekassen", None),
          ("Skrivelse fra Indenrigsministeriet at", None),
          ("Det fradragsfrie Beløb fastsættes", "SAME"),
          ("Overforslaget for 1943 - 44 - forelagtes || 2den Behandling", "og vedtoges"),
          ("Skrivelse fra Landbosparekassen om || 12000 Kr", "=Andragendet vedtoges"),
          ("Andragende fra Dagny Sørensen || 8 Kr 21 Øre", "=Andragendet bevilges"),
          ("=Andragendet om Tilskud til Sognebibliotek", "=der bevilges 400 Kr"),
          ("Fra Kr A Poulsen samt Verner Nielsen", "Julius Laursen har selv nedlagt"),
      ]),
    M("22 Møde", "1943-02-01",
      A("Rasmussen Thomasminde", "Julius Laursen", "J P Jensen")
      + P("RN Rasmussen", "A. Overgaard", "K Nielsen", "Th Nielsen", "M Hjortshøj",
          "E Sørensen"), [
          ("Skrivelse fra Aarhus Stiftamt at der", None),
          ("Bekendtgørelse fra Indenrigsministeriet", None),
          ("Skrivelse fra Saxild Nølev", None),
          ("Kassebeholdningen udgør 5162", None),
          ("Valglisterne blev besigtiget", None),
      ]),
    # "Aar 1943 var Sogneraadet forsamlet": no day given.
    M("23 Møde", "",
      P("RN Rasmussen", "J Rasmussen", "E Sørensen", "Th Nielsen", "K Nielsen", "J P Jensen",
        "M Hjortshøj", "A. Overgaard"), [
          ("Andragende fra Trige Ølsted socialdemo= || for Julius Laursen",
           "=dertil indkaldes Frederi Mejer Trige"),
          ("Til Brændselsnævnet for 1943 - 44", "SAME"),
          ("Skrivelse fra Framlev Herreders Provsti at", None),
          ("Skrivelse fra Framlev Herreders Provstiudvalg", None),
          ("Det vedtoges at udsætte Besigtigelsen", "SAME"),
          ("Skrivelse fra Indenrigsministeriet at || skal udfærdiges", None),
          ("=Kassebeholdningen 4079 Kr 52 Øre", None),
      ]),
    # Item 1 "det paalægges Kommunen at foretage ...": the Stiftamt's letter, not the meeting's.
    M("24 Møder", "1943-03-18",
      P("RN Rasmussen", "J Rasmussen", "K Nielsen", "M Hjortshøj", "Th Nielsen", "J P Jensen",
        "A. Overgaard", "E.Sørensen"), [
          ("Skrivelse fra Aarhus Stiftamt at Kommunens", None),
          ("Skrivelse fra Lærer Jensby", None),
          ("Amtsraadet har fastsat", None),
          ("Skrivelse fra Finansministeriet", None),
          ("Skrivelse fra Aarhus Stiftamt at fradraget", None),
          ("Til Valgbestyrelse ved Folketingsvalget", "SAME"),
          ("Til Formand for næste", "SAME"),
          ("Næste Møde Torsdag 1. April || Aften", "SAME"),
          ("=Kassebeholdningen udgør 1702 Kr 64 Øre", None),
      ]),
    M("25 Møde", "1943-04-01",
      P("RN Rasmussen", "E. Sørensen", "JP Rasmussen", "K Nielsen", "Th Nielsen", "M Hjortshøj",
        "JP Jensen", "A Overgaard"), [
          ("Skrivelse fra Aarhus Stiftamt at det paaligne", None),
          ("Skrivelse fra Socialministeriet", None),
          ("Til Grundlisteudvalget", "SAME"),
          ("Andragende fra Niels Jakobsen", None),
          ("Andragende fra Christian Andersen || Ral og Grus",
           "=hvilket overlades til Vejudvalget"),
          ("Skatteligning for 1943 44 fremlægges", None),
          ("Kassebeholdningen udgør 883", None),
      ], [
          ("vejudvalget", "overlade", "", "Andragende fra Christian Andersen",
           "=overlades til Vejudvalget"),
      ]),
    # "med Undtagelse af Karl Nielsen", but K Nielsen signs: present. Item 3: the vet's
    # undertaking is a contract condition ("paa den Betingelse at"), no action item.
    M("2 Møde", "1943-04-15",
      P("RN Rasmussen", "Th Nielsen", "J P Jensen", "K Nielsen", "E Sørensen", "Marius Hjortshøj",
        "JP Rasmussen", "A. Overgaard"), [
          ("Skrivelse fra Holger P Andersen", None),
          ("Skrivelse fra Amtsvalgbestyrelsen", None),
          ("=Angaaende Udryddelse af Oksebremselarver", "blev Overenskomst"),
          ("Klage fra Jh Sørensen || ansættelsen", "det vedtages at nedsætte den med"),
          ("Klage fra Holger Jensen || Kommuneskatten", "det vedtages at nedsætte"),
          ("Klage fra Frits Jensen || 43 -", "det vedtoges at"),
          ("Klage fra Egon Hansen || Kommuneskatten", "det vedtoges at efter="),
          ("Klage fra P Villumsen || muneskatten", "det vedtoges at nedsætte"),
          ("Klage fra Ole Andersens Enke || Kommuneskatten", "det vedtoges at nedsætte"),
          ("Klage fra Søren Andersen || Kommuneskatten", "det vedtoges at nedsætte"),
          ("Skrivelse fra Socialministeriet at Kom=", None),
          ("Det Vedtoges at købe 150000", "SAME"),
          ("=Kassebeholdningen udgør 200 Kr", None),
          ("Til Valgbestyrelsen til Sogneraad", "SAME"),
      ]),
    M("3 Møde", "1943-05-06",
      A("Theodor Nielsen")
      + P("RN Rasmussen", "JP Rasmussen", "Marius Hjortshøj", "Karl Nielsen", "E. Sørensen",
          "A. Overgaard", "Jens P. Jensen"), [
          ("Klage fra Jens Chr Nielsen || 600 Kr", "det vedtoges at ned="),
          ("Klage fra Esther Hansen || af 800 Kr", "det vedtoges at nedsætte"),
          ("Som Forskud paa Motorskatten", None),
          ("Kassebeholdningen udgør 3793", None),
          ("Det vedtages at yde etTilskud", "SAME"),
      ]),
    # "den 27 Mar" (read as March, as written; the meeting refers back to the grant of 6 May).
    # Item 3 "hvilket Sogneraadet vil tage under Overvejelse": deliberation, like "behandle",
    # no task.
    M("4 Møde", "1943-03-27",
      P("RN Rasmussen", "J.P. Jensen", "A. Overgaard", "E Sørensen", "M Hjortshøj", "K Nielsen",
        "Th Nielsen", "JP Rasmussen"), [
          ("Skrivelse fra Aarhus Privatbank", None),
          ("Skrivelse fra Aarhus Stiftamt", None),
          ("Andragende fra følgende Lodsejer || Regulativet omfatter",
           "=hilket Sogne= raadet vil tage under Overvejelse"),
          ("Andragende fra Trige Brugsforening || stærke Drikke",
           "=hvil= ket anbefales af Sogneraadet"),
          ("Andragende fra Anna Laursen || 1200 Kr.", "Sogneraadet fandt ingen Grund"),
          ("Andragende fra Esther Hansen || 800 Kr", "det vedtoges at nedsætte"),
          ("Andragende fra Niels M Sørensen || 1942 - 43", "det vedtoges at eftergive"),
          ("Andragende fra Ninne Nielsen || 700 Kr", "Det vedtoges at nedsætte"),
          ("Det vedtoges at yde et Tilskud til", "SAME"),
          ("Kommunens Kassebeholdning udgør", None),
          ("Overlevering af Kommunens Aktiver", "SAME"),
          ("Andragende fra Jens P Jensen Trige || 870 Kr", "det vedtoges at ansætte"),
      ]),
    # The new council constitutes itself: no date, no opening line; one matter per election.
    M("1 Møde", "",
      P("RN Rasmussen", "Jens Jensen", "Johs Kirkegaard", "A Jensen", "K Nielsen",
        "Ingemann Pedersen", "B Rasmussen", "E Sørensen", "A Overgaard"), [
          ("Til Formand genvalgtes for 1943 || Ølsted.", "SAME"),
          ("Til Kasse og Regnskabsud- valget || Bendiks Rasmussen Trige", "SAME"),
          ("Socialudvalget bestaar af det samlede || Sogneraad.", "SAME"),
          ("Til Vejudvalget vælges || og JH Kirkegaard", "SAME"),
          ("Til Beskæftigelsesudvalget valgtes || Ejner Sørensen Trige", "SAME"),
          ("Til Skole valget valgtes || og Arnold Jensen", "SAME"),
          ("Til Skolekommissionen || Jens P Jensen Ølsted", "SAME"),
          ("Til Underudvalg i Socialudvalget || Arnold Jensen", "SAME"),
          ("Til Vurderingsmænd for Ejendomsskyldvurdering || Frederik Mejer", "SAME"),
          ("Til Revisor genvalgtes || Lærer Lund.", "SAME"),
          ("Til Sundhedskommissionen || som Medlemmer.", "SAME"),
          ("Til Jordboniteringsmand || Ølsted.", "SAME"),
          ("Til Brændselsformand valgtes || Rasmussen Trige.", "SAME"),
          ("Til Medlem af Fredsnævnet || Anton L Andersen Ølsted", "SAME"),
          ("Til Medlem af Bygningskommissionen || Nielsen Trige.", "SAME"),
          ("Til Børneværnet valgtes || Alma Sørensen Hæst", "SAME"),
          ("til Forligs= kommissionen valgtes || Svend Nielsen Trige", "SAME"),
          ("Til Voldgiftsmand indstilles || Frederik Bastrup Trige", "SAME"),
      ]),
    # "med Undtagelse af Jhs Kirkegaard", but Johs Kirkegaard signs: present. A Jensen does not
    # sign (a stray "Sørensen" stands in the signatures): row at the statement.
    M("2 Møde", "1943-06-17",
      P("RN Rasmussen", "Jens Jensen", "Johs Kirkegaard", "K Nielsen", "Ingemann Pedersen",
        "B Rasmussen", "E Sørensen", "A. Overgaard")
      + P("A Jensen", anchor="=alle Medlemmer var mødt med Undtagelse"), [
          ("Til Formand for Børnenævnet", "SAME"),
          ("Til Stedfortræder for Vurderingsmændene", "SAME"),
          ("Andragende fra Chr Sørensen || Brandfoged",
           "=dertil valgtes Marinus Jørgensen Pannerup"),
          ("Skrivelse fra Aarhus Privatbank", None),
          ("Det vedtoges at ansætte Revisorens", "SAME"),
          ("Kassebeholdningen udgør ialt 7134", None),
          ("Uddeling af Ernæringskort || Kl 8½ Fmd", "SAME"),
      ], [
          ("Alma Sørensen og Jensine Laursen", "undersøge", "",
           "Til at undersøge || Jensine Laursen", "=Til at undersøge Forholdet i Hjemmet"),
      ]),
    M("3 Møder", "1943-07-01",
      P("RN Rasmussen", "A. Overgaard", "E Sørensen", "B Rasmussen", "Ingemann Pedersen",
        "K Nielsen", "A Jensen", "Johs Kirkegaard", "Jens Jensen"), [
          ("Generalforsamling i Aarhus Amts", None),
          ("Departementet for Told", None),
          ("Chr Jensen Ølsted har opsagt || Stævningsmand",
           "=i Stedet vælges Købmd Sigr Olsen Ølsted"),
          ("Det vedtages at betale Jens Hansen", "SAME"),
          ("Kasebeholdningen udgør", None),
          ("Til Formand for Beskæftigelsesudvalget", "SAME"),
      ]),
    # Jens Jensen and Jh Kirkegaard, named absent, came during the meeting and sign: present.
    M("4 Møde", "1943-08-05",
      A("Karl Nielsen")
      + P("RN Rasmussen", "A. Overgaard", "E Sørensen", "B Rasmussen", "Ingemann Pedersen",
          "A Jensen", "Johs Kirkegaard", "Jens Jensen"), [
          ("Andragende fra Niels Elgaard Jensen || 1940 - 41.", "Det vedtages at eftergive"),
          ("Andragende fra Trige Ølsted Elev Jagtforening || Fattiggaardsmark.",
           "Dertil fandt Sogneraadet"),
          ("Skrivelse fra Ministeriet for offent=", None),
          ("Skrivelse fra Aarhus Stiftamt at Handelsmand || udvalget.", None),
          ("Kassebeholdningen udgør 8269", None),
      ]),
    # "Formanden R. N. Rasmussen Ejner Sørensen Karl Nielsen og Jens Jensen var ikke til
    # Stede"; RN Rasmussen and E Sørensen sign: present. No matters are minuted.
    M("5 Møde", "1943-08-19",
      A("Karl Nielsen", "Jens Jensen")
      + P("RN Rasmussen", "E Sørensen", "A Jensen", "Bendix Rasmussen", "Johs Kirkegaard",
          "I Pedersen", "A. Overgaard"), []),
    M("6 Møde", "1943-09-16",
      P("RN Rasmussen", "Jens Jensen", "Arnold Jensen", "K Nielsen", "J Pedersen", "B Rasmussen",
        "A Overgaard", "E Sørensen")
      + P("Johs Kirkegaard", anchor="=alle Medlemmer var mødt"), [
          ("Skrivelse fra Aarhus Stiftamt at det tillades", None),
          ("Det vedtages at indkøbe Sneskærme", "SAME"),
          ("Til Brandfoged for Trige", "SAME"),
          ("Klage fra pens Politibetjent || 3 Kvartaler",
           "=dertil fandt Sogneraadet ingen Anledning"),
          ("Kassebeholdningen udgør 9566", None),
      ]),
    # "den 7 Septb" as written (it follows 16 September). Item 1 "1 Mand der skal have et
    # Kursus": a state verb (have), no action item.
    M("7 Møde", "1943-09-07",
      P("RN Rasmussen", "A Overgaard", "E. Sørensen", "B Rasmussen", "J Pedersen", "K Nielsen",
        "A Jensen", "Johs Kirkegaard", "Jens Jensen"), [
          ("Skrivelse fra Hasle Herreds Politikontor || Kommunen.", "Der udpeges 1 Mand"),
          ("Skrivelse fra Landbrugsministeriet", None),
          ("Andragende fra Karen Frandsen || 1 Juni",
           "=dertil har Sogneraadet intet at indvende imod"),
          ("Det vedtages at købe en Sportsplads", "SAME"),
          ("=Kassebeholdningen udgør ialt 4425 Kr 63 Øre", None),
      ]),
    M("8 Møde", "1943-10-21",
      P("RN Rasmussen", "Jens Jensen", "Johs Kirkegaard", "A. Jensen", "K. Nielsen",
        "Ingemann Pedersen", "B Rasmussen", "E. Sørensen", "A Overgaard"), [
          ("Den ny Skoleplan || God- kendelse", "og vedtoges med det Forbehold"),
          ("I Anledning af at Karl Aage Pedersen || Erklæring.", "Sogneraadet vedtog at det kan"),
          ("Det vedtoges at yde Formanden", "SAME"),
          ("Kassebogen udgør ialt", None),
      ]),
    # "med Undtagelse af Ingemann Pedersen", but J. Pedersen signs: present.
    M("9 Møde", "1943-11-04",
      P("RN Rasmussen", "A Jensen", "Johs Kirkegaard", "B Rasmussen", "E. Sørensen", "K Nielsen",
        "Jens Jensen", "J. Pedersen", "A. Overgaard"), [
          ("Skrivelse fra Aarhus Amtsraad", None),
          ("Fra det statistisk forelaa", None),
          ("Det vedtoges at købe et Areal", "SAME"),
          ("Kassebeholdnibgen udgør", None),
          ("Regnskabet for 1942 - 43 fremlagdes", None),
      ]),
    # Item 1: "hvortil Sogneraadet maa lade sig repræsentere dertil valgtes Formanden og Jens
    # Jensen" (the commission's meeting Friday 26 November): elected to act, the date stated.
    M("10 Møde", "1943-11-18",
      A("Jens Jensen")
      + P("RN Rasmussen", "A Overgaard", "B Rasmussen", "Ingemann Pedersen", "K. Nielsen",
          "A Jensen", "Johs Kirkegaard")
      + P("E Sørensen", anchor="=alle Medlemmer var mødt med Undtagelse"), [
          ("Afvandingskommissionen for Aarhus Amt || Eftermiddag",
           "=dertil valgtes Formanden og Jens Jensen"),
          ("Angaaende Vandafledning fra Skærvefa= || tilstrækkelig.", "Sogneraadet vedtog i Mødet"),
          ("Der forelaa en Plan over Anlæg", None),
          ("Kassebeholdning udgør 9237", None),
      ], [
          ("formanden og Jens Jensen", "repræsentere", "1943-11-26",
           "Afvandingskommissionen for Aarhus Amt", "=repræsentere"),
      ]),
    M("11 Møde", "1943-12-02",
      P("RN Rasmussen", "Jens Jensen", "Johs Kirkegaard", "A Jensen", "K Nielsen", "J Pedersen",
        "B Rasmussen", "E Sørensen", "A. Overgaard"), [
          ("Cirkulære fra Skattedepartementet", None),
          ("Uddeling af Rationeringskort for Januar", "SAME"),
          ("Mellem Korsør Stenforretning", "SAME"),
          ("Andragende fra RJ Rasmussen || Brandam= men", "det vedtoges at sætte nogle"),
          ("Kassebeholdning udgør 8470", None),
      ]),
    M("12 Møde", "1943-12-16",
      P("RN Rasmussen", "A. Overgaard", "E Sørensen", "B Rasmussen", "J Pedersen", "K Nielsen",
        "A Jensen", "Johs Kirkegaard", "Jens Jensen"), [
          ("Betaling for Snekastning i Henhold", None),
          ("Undervisningsministeriet har under", None),
          ("=Kassebeholdningen udgør 6610 Kr 78 Øre", None),
      ]),
]
TR_ROLES = [(0, "R N Rasmussen", "formand"), (0, "Anders Overgaard", "kasserer"),
            (10, "R N Rasmussen", "formand"), (10, "Ejner Sørensen", "næstformand"),
            (10, "Anders Overgaard", "kasserer")]

BOOKS_GOLD = [
    (HE, HE_MEETINGS, HE_NAMES, HE_ROLES),
    (TR, TR_MEETINGS, TR_NAMES, TR_ROLES),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT)
