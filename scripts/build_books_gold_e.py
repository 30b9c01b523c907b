"""Build ``corpus/gold/books_e.jsonl``: development gold of a parish minute book (set E).

Issue 17. Set E holds ``Hasle-Skejby-Lisbjerg_1941.txt``. Annotated by reading the book in
``../shared/corpus/aarhus-parish-1940-1945`` whole, following ``corpus/GUIDELINES.md`` ("Minute
books", "Action items"); the book is never copied here: this script holds only short anchors (a
few opening words, names) and finds their offsets.

The anchor language and its checks are in ``scripts/books_gold.py``. One addition here: the book
is set in two columns (the matter on the left, "ad n." with the decision on the right), and the
OCR now and then puts a decision before its matter's heading, or a joint heading paragraph of
two lettered sub-matters before their joint decision paragraph. Such a decision is listed in
``DECISIONS`` (meeting index and heading anchor -> decision anchor, unique in the meeting, after
the previous matter's heading, inside no heading and before the first heading that follows it)
and stands as ``None`` in the meeting's matter list; :func:`build_e` fills it in after
:func:`books_gold.build`.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_e.py
"""

from __future__ import annotations

from books_gold import REPO, A, GoldError, M, P, absence_record, build_late, main

OUT = REPO / "corpus" / "gold" / "books_e.jsonl"


# =============================================================================================
# Hasle-Skejby-Lisbjerg 1941 (7 January - 22 December 1941): fourteen meetings, each opened
# "Aar 1941 den <day>. <month> Kl. ... afholdt Sogneraadet ... Møde" and closed "Oplæst. Mødet
# hævet." ("Oplæst. Godkendt." on 6 May). Nine members all year, as they sign 12 February, 29
# September (H. Harmsen absent) and 28 October, the only signed meetings: J. P. Olsen
# (Sogneraadsformand, "Formanden"), Alex Petersen ("A. Petersen"), Jens Holm ("J. Holm"), Jens
# Rasmussen ("J. Rasmussen"), Martin Kruse ("M. Kruse", "Proprietær M. Kruse"), Herløv Harmsen
# ("H. Harmsen", "Handelsgartner Harmsen"), S. R. Holm ("Gdr. S. R. Holm, Terp"), A. Rasmussen
# and S. Jensen, who signs "S. Jensen" and is S. P. Jensen of Lisbjerg (elected with Alex
# Petersen 12 February; "S. T. Jensen" 11 March is read as the same member). 11 March: "Genvalgt
# blev J. P. Olsen" (formand) and "Genvalgt blev S. R. Holm" (næstformand): re-elections, so both
# offices are held from the book's start. The two kommunale revisorer re-elected that day, "J.
# Rasmussen og N. C. Jørgensen", are not given the role: the 1943 book lists "de komm.
# Revisiorer J. Rasmussen, N. C. Jørgensen" as attending besides all present and former members,
# so the revisor is not read as the member Jens Rasmussen.
#
# Attendance. Ten openings have a "Fraværende" line; the book writes "Fraværende: Ingen" when
# nobody is absent, and on 29 September "Fraværende var H. Harmsen" stands over the other eight
# members' signatures: the line is a full record. So "Fraværende: Ingen" gives all nine members
# present, and "Fraværende var X" gives X absent (his row at his name) and the others present,
# these rows at that statement, in the signatures' spelling. 12 February and 28 October have no
# such line and are signed by all nine. 10 June's "Fraværende:" is left blank, and 24 February
# and 22 December have no such line and no signatures: no rows. No fragments: the book opens
# with the 7 January meeting and ends with 22 December's closing line.
#
# Matters. Each numbered point is a matter (its heading paragraph, the decision its "ad n."
# paragraph); a lettered sub-point with a heading and decision of its own is a matter of its
# own, while a list under one heading (institutions asking for grants, tax complaints,
# "Efterretningssager a - h") is one matter. Two "ad n." paragraphs stand without a heading in
# the OCR (24 February "ad 13.", 22 December "d)"): matters whose heading is that paragraph
# ("SAME"). "ad 16. Det" (21 January) and "ad 11 a)" (8 April) state nothing: -1.
#
# Actions. "Det vedtoges at overlade til Brændselsudvalget at indkøbe", "Det overlades til ...
# at ...", "Overlades til A. Rasmussen", "De stedlige Sogneraadsmedlemmer forhandler med ...",
# "nedsætte et Udvalg ... til at fremkomme", "lade Eftersynet foretage af de ... Dyrlæger" (the
# 1944 book's gold counts the same task handed to the vets), "Sagen udsat til nærmere Behandling
# af Brændselsudvalget" (a referral), "Kommuneingeniøren indsender", "J. Holm fører Tilsynet".
# Not counted: elections whose task verb stands only in the matter as it came in (12 February
# "Valgt blev S. P. Jensen og Alex Petersen", 28 October "Til Udvalget valgtes ..."), role nouns
# without a task verb (11 March "Til Repræsentanter valgtes", 25 November "med
# Sogneraadsmedlem S. R. Holm som Forhandlingsleder"), "anmode Overlærerne om at" (a request),
# demands on outside parties (25 November "meddele Rs. Jensen, at Grøften ... maa rørlægges"),
# conditions and contract terms, the chairman's proposal of 7 January (a tie: not adopted).
# =============================================================================================
HSL = "Hasle-Skejby-Lisbjerg_1941.txt"
HSL_NAMES = {
    "J. P. Olsen": "J. P. Olsen",
    "Alex Petersen": "Alex Petersen", "A. Petersen": "Alex Petersen",
    "Jens Holm": "Jens Holm", "J. Holm": "Jens Holm",
    "Jens Rasmussen": "Jens Rasmussen", "J. Rasmussen": "Jens Rasmussen",
    "Martin Kruse": "Martin Kruse", "M. Kruse": "Martin Kruse",
    "Herløv Harmsen": "Herløv Harmsen", "H. Harmsen": "Herløv Harmsen",
    "S. R. Holm": "S. R. Holm",
    "A. Rasmussen": "A. Rasmussen",
    "S. Jensen": "S. P. Jensen", "S. P. Jensen": "S. P. Jensen",
}
# The members in their signatures' spelling (12 February, 28 October).
HSL_ALL = ("J. P. Olsen", "Alex Petersen", "Jens Holm", "Jens Rasmussen", "Martin Kruse",
           "Herløv Harmsen", "S. R. Holm", "A. Rasmussen", "S. Jensen")


def absent(statement: str, *people: str) -> list:
    return absence_record(statement, people, HSL_ALL, HSL_NAMES)


def everyone(statement: str) -> list:
    """Rows of a "Fraværende: Ingen" opening: every member present, at the statement."""
    return P(*HSL_ALL, anchor=statement)


HSL_MEETINGS = [
    # Ekstraordinært Møde. Item 1: the chairman's and S. R. Holm's proposals tie 4 - 4: no
    # decision beyond the vote, which is the "ad 1." paragraph.
    M("Aar 1941 den 7. Januar", "1941-01-07",
      absent("=Fraværende var H. Harmsen", "H. Harmsen"), [
          ("1. Behandling af Spørgsmaalet", "ad 1. Sogneraadsfor-"),
          ("2. 1ste Behandling af Overslag", "ad 2. Budgettet"),
      ]),
    # Item 2: "Til Forhandling om de nærmere Betingelser ved Lejemaalet nedsattes et Udvalg
    # bestaaende af ..." (the committee's task as a noun; actor as the 1944 gold writes such a
    # committee). Item 25 "anmode Overlærerne om at tage sig af Sagen": a request, no item.
    M("Aar 1941 den 21. Januar", "1941-01-21", everyone("=Fraværende: Ingen"), [
        ("1. Efterretningssager", "ad 1. a - c"),
        ("2. Fornyet behandling af Sag", "ad 2. S. R. Holm stil-"),
        ("3. a) Valg af Valgbestyrelse", "ad 3. a)Til Valgbesty-"),
        ("b) Valg af Valgbestyrere", "b) 1. De stedlige Sog- || Rs. Jessen"),
        ("4. Valg af 1 Synsmand", "ad 4. Det vedtoges"),
        ("5. Valg af Forligskommision", "ad 5. Valgt blev"),
        ("6. Fastsættelse af Vederlaget", "ad 6. Til Efter-"),
        ("7. Dansk Arbejdsmands Forbund", "ad 7. Det vedtoges"),
        ("8. Arbejds- og Socialministeriets Cirk.", "ad 8. Det vedtoges"),
        ("9. Beretning fra Revisionskontoret", "ad 9. Til Efter-"),
        ("10. Isolering af Pumpestationen", "ad 10. Isoleringen"),
        ("11. Forslag om Indkøb", "ad 11. Det vedtoges"),
        ("12. Andragende fra Hasle Samariter-", "ad 12. Bevilget"),
        ("13. Andragende fra Rutebilejer", "=ad 13. Anbefales"),
        ("14. Aarhus Stiftamt henleder", "ad 14. Til Efter-"),
        ("15. Skr. af 19/12 40", "ad 15. Til Efter-"),
        ("16. Indenrigsministeriet har under", None),
        ("17. Det sociale Udvalgs", "ad 17. Protokollen"),
        ("18. a) Andragende fra Kaj Bargsteen", "ad 18 a) Udsættes"),
        ("b) Anragende fra Lærer Henry", "b) Kan ikke bevil-"),
        ("19. a) Andragende fra Aarhus tekniske", "ad 19. a) Bevilget"),
        ("b) Andragende fra Aarhus tekniske", "b) 2. Rate"),
        ("c) Andragende fra Grænsefore-", "c) Bevilget 50 Kr."),
        ("20 a)Andragende fra Tømrerm.", "ad 20. a) Det vedtoges"),
        ("b) Andragende fra Carl Marinus", "b) Kan ikke an-"),
        ("c) Andragende fra Søren Tind", "c) Kan ikke an-"),
        ("21. Tilbud paa Hydro", "ad 21. Til Efter-"),
        ("22. Andragende fra Tømrerm. Viktor", "ad 22. Det vedtoges"),
        ("23. Fornyet Andragende fra Tage", "ad 23. Kan ikke"),
        ("24. Aksel Petersen", "ad 24. Bevilget,"),
        ("25. Opfordring fra Alsang", "ad 25. Det vedtoges"),
        ("26. Udvalget for Udvidelse", "ad 26. Protokollen"),
    ], [
        ("et Udvalg bestaaende af Formanden, A. Rasmussen, M. Kruse, A. Petersen og J. "
         "Rasmussen samt Kommuneing. og Kæmner", "forhandle", "",
         "Til Forhand- ling om de nærmere || og Kæmner.",
         "=Til Forhand- ling om de nærmere Betingelser ved Lejemaalet"),
        ("et Udvalg bestaaende af Socialudvalget, Kommuneing. og Kæmneren", "fremkomme", "",
         "Det vedtoges at nedsætte || Arbejder.",
         "=fremkomme med Forslag til Iværk- sættelse af Arbejder"),
        ("brændselsudvalget", "indkøbe", "",
         "Det vedtoges at overlade til Brændsels- udvalget || 2000 Kr.",
         "=indkøbe Brændsel for Ca. 2000 Kr"),
    ]),
    # Item 3 "Valgt blev S. P. Jensen og Alex Petersen" (to take part in the commission's
    # proceedings, as the matter asks): the task verb stands only in the matter, no item.
    M("Aar 1941 den 12. Februar", "1941-02-12", P(*HSL_ALL), [
        ("1. Andragende fra Hasle Boldklub", "ad 1. Bevilget"),
        ("2. Fastsættelse af Befordringsgodt-", "ad 2. Befordringsgodt-"),
        ("3. Kommissiarius", "ad 3. Valgt blev"),
        ("4. Andragende fra Skræderm.", "ad 4. Det vedtoges"),
        ("5. Andragende fra Landbrugskandi-", "ad 5. Det vedtoges"),
        ("6. 2. Behandling af Kommunens", "ad 6. Det vedto-"),
        ("7. Det sociale udvalgs", "ad 7. Protokol-"),
    ]),
    # No attendance line, unsigned: no rows. Item 13 has no heading in the OCR.
    M("Aar 1941 den 24. Februar", "1941-02-24", [], [
        ("1. Indenrigsm. Cirk. af 5/2 41", "ad 1. Det vedtoges"),
        ("2. Valg af Vurderingsmænd", "ad 2. Det vedtoges"),
        ("3. Det Fælleskommunale", "ad 3. Det vedtoges"),
        ("4. Tømrermester Søren Jensen", "ad 4. Det vedtoges"),
        ("5. Andragende fra Landbrugskandidat", "ad 5. a) Afslaaet"),
        ("b) Snedker Søren Jensen", "b) Udsat indtil"),
        ("6. Begæring fra Peter Petersen", "ad 6. Det vedtoges"),
        ("7. Forslag fra Kæmner Petersen", "ad 7. et vedtoges"),
        ("8. Det sociale Udvalgs", "ad 8. Protokollen"),
        ("9. Andragende fra nedennævnte", "ad 9. a) Bevilget"),
        ("10. Klager over Tillægsligning", "ad 10. a) Nedsat"),
        ("11. Andragende fra Skomager", "ad 11. Eftergivet"),
        ("12. Andragende fra Jens J. Overgaards", "ad 12. Nedsat"),
        ("ad 13. Det vedtoges at fortsætte", "SAME"),
        ("14. Ansøgning fra Typograf", "=14. Tillades"),
    ]),
    # Items 2 and 3 re-elect the formand and næstformand. Item 16 "Til Repræsentanter valgtes":
    # a role noun, no task verb.
    M("Aar 1941 den 11. Marts", "1941-03-11",
      absent("=Fraværende var: M. Kruse og Alex Petersen", "M. Kruse", "Alex Petersen"), [
          ("1. Efterretningssager", "ad 1. Til Efter-"),
          ("2. Valg af Sogneraadsformand", "ad 2. Genvalgt"),
          ("3. Valg af Næstformand", "ad 3. Genvalgt"),
          ("4. Valg af 2 kommuinale", "ad 4. Genvalgt"),
          ("5. Berigtigelse af Folketingsvalg", "ad 5. Der var"),
          ("6. Andragende fra Lærer L C.", "ad 6. Det vedtoges"),
          ("7. Andragende fra Landinspektør J. P.", "=ad 7. Anbefales"),
          ("8. Konsul J. Jarding", "ad 8. Det vedtoges"),
          ("9. Det sociale Udvalgs", "ad 9. Protokollen"),
          ("10. Andragende fra Lisbjerg Ungdoms", "ad 10. Tillades"),
          ("11. Kæmneren forelægger", "ad 11. Det vedtoges"),
          ("12. Socialministeriet meddeler", "ad 12. Til Efterretning"),
          ("13. Jens H. Jensen", "ad 13. Da Afstanden"),
          ("14. Fornyet Tilbud", "ad 14. Udsat"),
          ("15. Andragende fra Hasle Folkebibli-", "ad 15. Det vedtoges"),
          ("16. Sundhedskommisionen", "ad 16. Til Repræsen-"),
          ("17. Der forelaa Udkast", "ad 17. Det vedtoges"),
      ]),
    # "1. i)" stands after "ad 1 a-i" (its decision, in DECISIONS). Items 10 a) and b) share a
    # heading paragraph and a decision paragraph (in DECISIONS). Item 4: "lade Eftersynet
    # foretage af de i Kommunen praktiserende Dyrlæger"; item 9 b): "Kommuneingeniøren indsender
    # Andragende".
    M("Aar 1941 den 8. April", "1941-04-08",
      absent("=Fraværende med anmeldt Forfald var S. R. Holm", "S. R. Holm"), [
          ("1. Efterretningssager:", "ad 1 a-i"),
          ("1. i) Indenrigsm. meddeler", None),
          ("2. Indkommet Ansøgninger", "ad 2. Det overlades"),
          ("3. Til Rengøring", "ad 3. Det vedtoges"),
          ("4. Landbrugsm. Cirk.", "ad 4. Det vedtoges"),
          ("5. Gaardejer J. P. Lindetoft", "ad 5. Bevilget"),
          ("6. Andragende fra Søren Tind", "ad 6. Erklæring"),
          ("7. Skoledirektionen udbeder", "ad 7. Det vedtoges"),
          ("8. Andragender om Tilskud", "ad 8. a) Bevilget"),
          ("9. a) Andragende fra Landinspektør", "ad 9 a) Anbefales"),
          ("b) Aarhus Amtsraad udbeder", "b) Sagen vedr. Ma-"),
          ("=10. a) Det sociale Udvalgs || til Godkendelse.", None),
          ("b) Andragende fra Bestyrer M. Krogh", None),
          ("11. a) Aarhus Skattevæsen", None),
          ("b) Andragende fra Tømrerm. Viktor", "=b) Bevilget"),
          ("c) N. Basland", "=c) Bevilget"),
          ("12. Andragende fra O. S. Jensen", "ad 12. Bevilges."),
          ("13. Svend Aage Vad", "ad 13. Det vedtoges"),
          ("14. Indenrigsm. meddeler", "ad 14. Til Efter-"),
          ("15. Sundhedskommisionen, her,", "ad 15. Det vedtoges"),
          ("16. En Adresse", "=ad 16. Anbefales"),
          ("17. Skolekommisionen foreslaar", "ad 17. Det vedtoges"),
          ("18. Andragende fra Lisbjerg Andelsmejeri", "=ad 18. Tillodes"),
      ], [
          ("kasse- og Regnskabsudvalget sammen med Kæmneren", "antage", "",
           "Det overlades til Kasse- og Regn- skabsudvalget || Assisten- ten",
           "=antage Assisten- ten"),
          ("de i Kommunen praktiserende Dyrlæger", "foretage", "",
           "Det vedtoges at lade Eftersy- net || Dyrlæger",
           "=lade Eftersy- net foretage"),
          ("kommuneingeniøren", "indsende", "",
           "=Kommune- ingeniøren ind- sender || Magelæg.",
           "=ind- sender Andragende til Aarhus Amts- raad om Tilla- delse til det omh. Magelæg"),
      ]),
    # Item 13: "De stedlige Sogneraadsmedlemmer forhandler med Knud Larsen" (present tense,
    # named subject).
    M("Aar 1941 den 6. Maj", "1941-05-06", everyone("=Fraværende var: Ingen"), [
        ("1. Efterretningssager:", "ad 1. Til Efterretning"),
        ("2. Politimesteren", "ad 2. Anbefales"),
        ("3. Tilskud til et af Gdr.", "ad 3. Bevilget"),
        ("4. Overenskomst om Rationalise-", "ad 4. Overens-"),
        ("5. Andragende fra Jacobine", "ad 5. Overlades"),
        ("6. Indstilling fra Brændselsudval-", "ad 6. Udvalgets"),
        ("7. Program for Byplansmødet", "ad 7. Til Efterret-"),
        ("8. Andragende fra Grosserer Weiling", "ad 8. Det vedtoges"),
        ("9. Andragende fra Landbrugskandi-", "ad 9. a) Der kan ikke"),
        ("b) Andragende fra Landbrugskan-", "b) Det vedtoges at"),
        ("10. Det sociale Udvalgs", "ad 10. Protokollen"),
        ("11. a) Andragende fra Kaj Bargsten", "ad 11. a) Det vedtoges"),
        ("11. b) Skrivelse af 22/4 1941", "ad 11 b) Kan ikke"),
        ("c) Indenrigsm. Cirkulær.", "c) Til Efterret-"),
        ("d) Klager over Skatteansættelsen", "d)Klagerne behand- || Nedsat til 700 Kr.#2"),
        ("12. Landkomm. Ulykkesforsikring", "ad 12. Det vedtoges"),
        ("13. Knud Larsen, Viborgvej", "ad 13. De stedlige"),
        ("14. Andragende fra Skræder Martinus", "ad 14 Nedsat"),
        ("15. Forslag om Tilskud", "ad 15. Det vedtoges"),
        ("16. Skolekommisionen, her,", "ad 16. Skolekom-"),
        ("17. Andragende fra Typograf", "ad 17 Det vedto-"),
        ("18. Forslag om Indkøb af Sneskærme", "ad 18. Det vedtoges"),
    ], [
        ("A. Rasmussen", "overlade", "",
         "=Overlades til A. Rasmussen til videre Foranstalt- ning.",
         "=Overlades til A. Rasmussen til videre Foranstalt- ning"),
        ("de stedlige Sogneraadsmedlemmer", "forhandle", "",
         "De stedlige Sogneraadsmed- lemmer || Lejekontrakt.",
         "=forhand- ler med Knud Larsen om en ny Lejekontrakt"),
    ]),
    # "Fraværende:" left blank: no rows. The OCR numbers the matters 1-16, 19 (decided "ad
    # 17."), 18-24, 20 (decided "ad 25."), 26, 27.
    M("Aar 1941 den 10. Juni", "1941-06-10", [], [
        ("1. Efterretningssager:", "ad 1. Til Efterret-"),
        ("2. Indstilling ang. ny Overenskomst", "ad 2. Overenskomst-"),
        ("3. Andragende fra Kommunein-", "ad 3. Fritaget."),
        ("4. Aarhus Stiftamt udbeder", "ad 4. Det vedtoges"),
        ("5. Andragende fra Lærerinderne", "ad 5. Kan ikke"),
        ("6. Andragende fra Købmændene", "=ad 6. Anbefales"),
        ("7. Skrivelse fra LR Sagfører", "ad 7. Man henholder"),
        ("8. Fornyet Andragende fra Landbrugs-", "ad 8. Dispensa-"),
        ("9. Andragende fra Landinspektør", "=ad 9. Anbefales."),
        ("10. Andragende fra Handelsgartner", "ad 10. Disp. gives"),
        ("11. Forslag fra Kommuneingeniøren", "ad 11. Det vedtoges"),
        ("12. Dræningsmester", "ad 12. Det vedtoges"),
        ("13. Det sociale Udvalgs", "ad 13. Protokollen"),
        ("14. a)Andragende fra Tømrermester", "ad 14. Optages"),
        ("b)Klage fra Karen Marie", "b)Nedsat til 1000"),
        ("15. Andragende fra Overlærer H. Rahbek", "ad 15. Bevilget"),
        ("16. Tilbud fra Købmand Carsted", "ad 16. Det vedtoges"),
        ("19. Tilbud fra Installatør", "ad 17. Det vedtoges"),
        ("18. Valg af Maskinsynsmand", "ad 18. Det vedtoges"),
        ("19. Andragende fra Ole Christensen", "ad 19. Nedsat"),
        ("20. Lærer A. Bauning", "ad 20. Det vedtoges"),
        ("21. Skolekommisionen meddeler", "ad 21. Det vedtoges"),
        ("22. Andragende fra Tømrersv.", "ad 22. Lignes"),
        ("23. Forslag om i Fælleskab", "ad 23. Forslaget"),
        ("24. Andragende fra D.A.F.", "ad 24. Bevilget"),
        ("20. Forslag fra Brændselsudvalget", "ad 25. Udvalgets"),
        ("26. Tilbud fra Murer", "ad 26. Det vedtoges"),
        ("27. Andragende fra Lærerinde Mathilde", "=ad 27. Anbefales"),
    ], [
        ("Fru Kæmner Petersen", "indkøbe", "", "Det vedtoges at overlade til Fru || Gardiner.",
         "=indkøbe Gardiner"),
    ]),
    # Item 11 b) is headed "6." in the OCR.
    M("Aar 1941 den 24. Juli", "1941-07-24", everyone("=Fraværende var: Ingen"), [
        ("1. Efterretningssager", "ad 1 a - k."),
        ("1. l) Socialm. Cirk.", "ad 1. l - n."),
        ("2. Kommunens Regnskab", "ad 2. Regnskabet"),
        ("3. Andragende fra Lærer A. L. Bauning", "ad 3. Sagen"),
        ("4. Skrivelse af 10/7 1941", "ad 4. Det overlades"),
        ("5. Andragende fra Pedellerne", "ad 5. Afslaaet"),
        ("6. Skoledirektionen meddeler", "ad 6. Til Efterret-"),
        ("7. Skr. af 1/7 41", "ad 7. Til Efterret-"),
        ("8. a) Foreningen Det sociale", "ad 8. Det vedtoges at fremsende"),
        ("8. b) Indenrigsministeriet udbeder", "ad 8. Det vedtoges at anbefale"),
        ("9 a) Andragende fra Landinspektør", "ad 9. a) Anbefales"),
        ("10 Forslag til Kontrakt", "ad 10. Forslaget"),
        ("11. a) Andragende fra Gaardejer", "ad 11. a) Andraget"),
        ("6. Cand. Polyt Wagner", "b) Det vedtages at over-"),
        ("12. Det sociale Udvalgs", "ad 12. Protokollen"),
        ("13. Skattesager:", "ad 13. a) Til Efterret-"),
        ("b) Andragende fra Martin Gerhardt", "b) Nedsat til en"),
        ("c) Andragende fra Sygeplejerske", "c) Det vedtages at"),
        ("d) Beregning af Efterbetaling", "d) Den foretagne"),
        ("13. e)Indenrigsministeriet", "ad 13. Det vedtoges"),
        ("f)Andragende fra K. C. Museth", "f) Kan ikke"),
        ("g) Elna Ringgaard", "g) Fritaget"),
        ("14. Andragende fra nedennævnte", "ad 14. a) 10 Kr."),
    ], [
        ("J. P. Olsen, M. Kruse, H. Harmsen og A. Rasmussen", "forhandle", "",
         "Det overlades til J. P. Olsen || Spørgsmå- let", "=forhandle om Spørgsmå- let"),
        ("kommuneingeniøren", "besvare", "",
         "Det vedtages at over- lade til Kommune- ingeniøren || Forespørgslen",
         "=be- svare Forespørgslen"),
    ]),
    # The decisions of items 7 and 14 stand above their headings (DECISIONS).
    M("Aar 1941 den 9. September", "1941-09-09",
      absent("=Fraværende var S. R. Holm", "S. R. Holm"), [
          ("1. Cirkulære af 12/8 41", "ad 1. Til Efterret-"),
          ("2. Arbmd. Carl Jensen", "ad 2. Sagen udsat"),
          ("3. Andragende fra Lisbjerg Folkedan-", "ad 3. Bevilget"),
          ("4. C. A. Martler", "ad 4. Udsat"),
          ("5. Forslag til Regulativ", "ad 5. Forslaget"),
          ("6. Revision af Fortegnelse", "ad 6. Det vedtoges"),
          ("7. Valg af Snefogeder", None),
          ("8. Aarhus Amtsraad meddeler", "ad 8. Formandens"),
          ("9. Det sociale Udvalgs", "ad 9. Protokol-"),
          ("10. a) Aarhus Amtsraad meddeler", "ad 10. a) Til"),
          ("b) Klager over Skatteansættelsen", "b) 1284 Nedsat"),
          ("10. c) Ændring af den hidtil", "ad 10. c) Den nuværende"),
          ("11. Andragende fra nedennævnte", "ad 11. a) Afslaaet"),
          ("12. Andragende fra Landinspektør", "ad 12. a) Anbefales"),
          ("13. Andragende fra Folkebibliotekerne", "ad 13. Tilskudet"),
          ("14. Skoledirektionen meddeler", None),
          ("15. Som Betingelse", "ad 15. Anbefales"),
          ("16. Assistent H. E. Petersen", "ad 16. Det vedtoges"),
          ("17. Forslag fra Kommuneingeniøren", "ad 17. Forslaget"),
      ]),
    # Ekstraordinært Møde, signed by the eight members present.
    M("Aar 1941 den 29. September", "1941-09-29",
      A("H. Harmsen")
      + P("J. P. Olsen", "Alex Petersen", "S. R. Holm", "S. Jensen", "Jens Rasmussen",
          "Martin Kruse", "A. Rasmussen", "Jens Holm"), [
          ("1. Efterretningssager", "ad 1. a - e"),
          ("2. Andragende fra Landinspektør J. P.", "=ad 2. Anbefales"),
          ("3. Valg af 4 Hegnssynsmænd", "ad 3. Genvalgt"),
          ("4. Valg af en bygningskyndig", "ad 4. Det vedtoges"),
          ("5. Det sociale Udvalgs", "ad 5. Protokollen"),
          ("6. Skr. af 27/9 1941", "ad 6. Til Efter-"),
          ("7. Skoledirektionen for Aarhus", "ad 7. Til Efterret-"),
          ("8. Indenrigsministeriets meddeler", "ad 8. Til Efterret-"),
          ("9. Landsskatteretten meddeler", "ad 9. Til Efter-"),
          ("10. Forslag fra Vejudvalget", "ad 10. Forslaget"),
          ("11. Skrivelse fra Fællesorganisationen", "ad 11. Det vedtoges"),
      ]),
    # No attendance line; all nine sign. Item 3 "Sagen udsat til nærmere Behandling af
    # Brændselsudvalget": a referral (verb the referral verb). Item 8 "Til Udvalget valgtes":
    # the task verb stands only in the matter. Item 16's decision stands above its heading.
    M("Aar 1941 den 28. Oktober", "1941-10-28", P(*HSL_ALL), [
        ("1. Efterretningssager", "ad 1. Til Efterret-"),
        ("2. Andragende fra cand. mag.", "ad 2. Bevilget"),
        ("3. Godkendelse af Regning", "ad 3. Sagen udsat"),
        ("4. Godkendelse af Aftenskole", "ad 4. Det vedtoges"),
        ("5. Aarhus Amts Aftenskoleforening", "ad 5. Det vedtoges"),
        ("6. Overlærer A. Pihlkjær", "ad 6. Det vedtoges"),
        ("7. Andragende fra Hasle Foredrags", "ad 7. Tillades"),
        ("8. Nedsættelse af et Udvalg", "ad 8. Til Udvalget"),
        ("9. Skr. fra Arbejds- og Socialm.", "ad 9. Til Efter-"),
        ("10. Aarhus Amts Vejinspektorat", "ad 10. Til Efterret-"),
        ("11. Statshusmand Otto Jensen", "ad 11. Det vedtoges"),
        ("12. Andragende fra Landinspektør", "ad 12. Anbefales"),
        ("13. Andragende fra Landbrugskandi-", "ad 13. Det vedtoges"),
        ("14. Det sociale Udvalgs", "ad 14. Protokollen"),
        ("15. a) Andragende fra Foderm.", "ad 15. Kan ikke"),
        ("b) Andragende fra Immanuel", "b) Henstand med"),
        ("16. Andragende fra Rutebilejer Kounsann", None),
        ("17. L. Levinsen", "ad 17. Det vedtoges"),
        ("18. Andragende fra Landinspektør Svend", "=ad 18. Anbefales"),
        ("19. Forespørgsel fra Lærer Moustgaard", "ad 19. Det overlades"),
    ], [
        ("brændselsudvalget", "udsætte", "", "Sagen udsat til nærmere Behand- ling || udvalget",
         "=udsat til nærmere Behand- ling af Brændsels- udvalget"),
        ("formanden og Næstformanden", "forhandle", "",
         "Det overlades til Formanden og Næst- formanden || Leje- maal",
         "=for- handle om evt. Leje- maal"),
    ]),
    # Item 5 "med Sogneraadsmedlem S. R. Holm som Forhandlingsleder": a role noun, no item;
    # item 19 "meddele Rs. Jensen, at Grøften ... maa rørlægges inden 1/1 42": a demand on an
    # outside party. Item 7 b)'s decision stands above its heading.
    M("Aar 1941 den 25. November", "1941-11-25",
      absent("=Fraværende var Jens Rasmussen", "Jens Rasmussen"), [
          ("1. Cirk. af 29/10 1941", "ad 1. Til Efterret-"),
          ("2. Andragende fra Købmand Johs.", "=ad 2. Anbefales"),
          ("3. Andragende fra Overlærer H. Rahbek", "ad 3. Det vedtoges"),
          ("4. Forslag til Huslejekontrakt", "ad 4. Det vedtoges"),
          ("5. Klage fra Lisbjerg Ungdomsforening", "ad 5. Det vedtoges"),
          ("6. Andragende fra Vognmand", "ad 6. Udsat"),
          ("7. a) Andragende fra Landinspektør", "ad 7. a) Anbefales"),
          ("b) Andragende fra Landinspektør J. P. Rørholm om Appebation", None),
          ("8. Forslag fra Sogneraadsmedlem", "ad 8. Udsat"),
          ("9. Andragende fra Gdr. Anton Nielsen", "ad 9. Bevilget"),
          ("10. Andragende fra Rutebilejer Chr.", "=ad 10. Anbefales"),
          ("11. Andragende fra Aarhus Sporveje", "=ad 11. Anbefales"),
          ("11. b) Andragende fra Rutebilejer Houmann", "=ad 11. Anbefales"),
          ("12. Det sociale Udvalgs", "ad 12. Protokollen"),
          ("13. a) Andragende fra Fodermester", "ad 13. a) Den endelig"),
          ("b) Klager over Skatteansættelsen", "b) Nr. 1416"),
          ("14. Godkendelse af Regning", "ad 14. Det vedtoges"),
          ("15. Teknologisk Institut", "ad 15. Til Efterret-"),
          ("16. Skolekommissionen fremsender", "ad 16. Det vedtoges"),
          ("17. Andragende fra Nedennævnte", "ad 17. Bevilget"),
          ("18. Andragende fra Lærerinde Mathilde", "ad 18. Bevilget"),
          ("19. Andragende fra Beboere", "ad 19. Det vedtoges"),
          ("20. Andragende fra Laur. Hjortshøj", "ad 20. Det vedtoges"),
          ("21. Andragende fra Ølsted Skole", "ad 21. Det vedtoges"),
      ]),
    # No attendance line, unsigned: no rows. Item 10's decision paragraph carries the note "x)
    # Sogneraadsmedlem J. Holm fører Tilsynet med Materiellet 2 Gange aarlig" (present tense,
    # named subject). Item 16 d) has no heading in the OCR.
    M("Aar 1941 den 22. December", "1941-12-22", [], [
        ("1. a) Skoledirektionen godkender", "ad 1.a) Til"),
        ("b) Socialm. godkender", "ad 2 1 b."),
        ("2. Godkendelse af og Tilskud", "ad 2. Planen"),
        ("3. Ansøgning om Tilskud", "ad 3. Bevilget"),
        ("4. Andragende fra Lisbjerg Samarit-", "ad 4. Bevilget"),
        ("5. Aarhus Amtsraad meddeler", "ad 5. Sagen udsat"),
        ("6. Andragende fra Handelsmand", "ad 6. Eleven"),
        ("7. Anmodning fra Typograf", "ad 7. Bevilget."),
        ("8. Forespørgsel fra Aarhus Stiftamt", "ad 8. Det vedtoges"),
        ("9. Andragende fra Købmand Carl Anton", "=ad 9. Anbefales"),
        ("10. Aaby Sogneraads Brandudvalg", "fra 1/4 1942"),
        ("11. Indstilling fra Brændselsudvalg-", "ad 11. Det vedtoges"),
        ("12. Konsul J. Jarding", "ad 12. Det vedtoges"),
        ("13. Forslag fra Kæmneren", "ad 13. Det vedtoges"),
        ("14. Beretning fra Revisionskontoret", "ad 14. Til Efterret-"),
        ("15. Det sociale Udvalgs", "ad 15. Protokollen"),
        ("16. a) Indenrigsm. meddeler", "ad 11. a) Til Efterret-"),
        ("b) Andragende fra H. Ertbølle", "b) Kan ikke bevilges"),
        ("c) Aarhus Amtsraad meddeler", "c) Til Efterret-"),
        ("d) Kan ikke ændres", "SAME"),
        ("17. Andragende fra Laurits Hjortshøj", "ad 17. Bevilget"),
        ("18. Skr. af 20 ds.", "ad 18. Det vedtoges"),
        ("19. Lærer K. Juul", "ad 19. Det vedtages"),
        ("20. Forslag om at indmelde", "ad 20. Det vedtoges"),
        ("21. Inspektør Hansen", "ad 21. Det vedtoges"),
    ], [
        ("Sogneraadsmedlem J. Holm", "føre", "", "=Sogneraadsmedlem J. Holm || aarl.",
         "=fører Tilsynet med Materiellet 2 Gange aarlig"),
    ]),
]
HSL_ROLES = [(0, "J. P. Olsen", "formand"), (0, "S. R. Holm", "næstformand")]

# Decisions that do not follow their heading (see the module docstring): (meeting index,
# heading anchor as in the meeting's matter list) -> decision anchor, unique in the meeting.
HSL_DECISIONS = {
    (5, "1. i) Indenrigsm. meddeler"): "ad 1 a-i",
    (5, "=10. a) Det sociale Udvalgs || til Godkendelse."): "=ad 10. a) Proto- kollen oplæst"
                                                          " og godkendt.",
    (5, "b) Andragende fra Bestyrer M. Krogh"): "=b) Det vedtoges med 4 St. mod 3 at afslaa"
                                                " Andra- gendet.",
    (9, "7. Valg af Snefogeder"): "ad 7. Valgt blev",
    (9, "14. Skoledirektionen meddeler"): "ad 14. Til Efter-",
    (11, "16. Andragende fra Rutebilejer Kounsann"): "=ad 16. Anbefales",
    (12, "b) Andragende fra Landinspektør J. P. Rørholm om Appebation"): "=b) Anbefales",
}


def build_e(filename: str, meetings: list[dict], names: dict[str, str],
            roles: list[tuple[int, str, str]], decisions: dict[tuple[int, str], str]) -> dict:
    """:func:`books_gold.build_late` with the ``decisions`` that do not follow their heading
    (keyed by meeting and heading) written into their matters as ``"~A"``."""
    marked = [dict(m, matters=list(m["matters"])) for m in meetings]
    for (k, head), dec in decisions.items():
        heads = [h for h, _ in marked[k]["matters"]]
        where = f"{filename}: meeting {k + 1} ({marked[k]['anchor']!r})"
        if head not in heads:
            raise GoldError(f"{where}: no matter {head!r}")
        j = heads.index(head)
        if marked[k]["matters"][j][1] is not None:
            raise GoldError(f"{where}: matter {head!r} has a decision already")
        marked[k]["matters"][j] = (head, "~" + dec)
    return build_late(filename, marked, names, roles)


BOOKS_GOLD = [
    (HSL, HSL_MEETINGS, HSL_NAMES, HSL_ROLES, HSL_DECISIONS),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT, builder=build_e)
