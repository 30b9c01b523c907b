"""Build ``corpus/gold/books_j.jsonl``: development gold of a parish minute book (set J).

Issue 17. Set J holds ``Hasle-Skejby-Lisbjerg_1943.txt``. Annotated by reading the book in
``../shared/corpus/aarhus-parish-1940-1945`` whole, following ``corpus/GUIDELINES.md`` ("Minute
books", "Action items"), by a helper who did not see the system's output for it; the book is never
copied here: this script holds only short anchors (a few opening words, names) and finds their
offsets.

The anchor language and its checks are in ``scripts/books_gold.py``. As in the 1941, 1942 and 1944
books of this parish, the book is set in two columns (the matter on the left, "ad n." with the
decision on the right), and the OCR now and then puts a decision above its matter's heading: such
a decision is written with a leading ``~`` and placed by :func:`books_gold.build_late` (searched in
the whole meeting, unique there, after the previous matter's heading, inside no heading and
before the first heading that follows it).

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_j.py
"""

from __future__ import annotations

from books_gold import REPO, A, M, P, absence_record, build_late, main

OUT = REPO / "corpus" / "gold" / "books_j.jsonl"


# =============================================================================================
# Hasle-Skejby-Lisbjerg 1943 (14 January - 6 December 1943): eighteen meetings, each opened "Aar
# 1943 den <day>. <month> Kl. .. afholdt Sogneraadet [ordinært | ekstraordinært] Møde i
# Sogneraadslokalet ..." (31 May: "afholdt det ved Sogneraadsvalget d. 5. Maj d.A. valgte
# Sogneraad konstituerende Møde") and closed "Oplæst. Mødet hævet." (25 August "Mødet hævet"; 12
# July has no closing line and runs on to the 2 August opening). The book starts with the first
# opening and ends with the last closing line: no fragments. No joint meetings and no revisors'
# audits are minuted as meetings of their own (2 August item 14 reports the handover inspection
# of 27 July at the Kæmnerkontor: a matter of that meeting).
#
# Members. Two councils sit this year.
# - The old council, to 29 May (the book's first seven meetings). J. P. Olsen (formand, from the
#   book's start), Alex Petersen ("A. Petersen" 24 March; "Alex Petersen" in his signatures of
#   the autumn), Jens Holm, Jens Rasmussen, M. Kruse ("Proprietær M. Kruse"), Herløv Harmsen
#   ("H. Harmsen" 14 January), A. Rasmussen ("Smed A. Rasmussen"), S. P. Jensen and Ejner
#   Thomsen, the suppleant called in for S. R. Holm on 29 December 1942 (his seat "efter de
#   afgaaede Medlemmer S. R. Holm og A. Rasmussen", 6 February item 9). A. Rasmussen leaves the
#   council at 14 January (item 13, moving away on the 15th; still a member at that meeting) and
#   the suppleant Chr. Nielsen ("Chr. Nielsen, V. Bobjerg"; "Chr. Nielsen, Hasle" 3 March) is
#   called to the next meeting; M. Kruse leaves at 6 February (item 11, still a member at that
#   meeting) and the suppleant Reinhardt Pedersen ("Reinhard I. Petersen" in the summons,
#   "Reinhard Pedersen" 3 March, "Reinh. Pedersen" in his signatures, "Reinhardt Pedersen, Hasle"
#   6 December; resolved "Reinhardt Pedersen", the spelling of his absence line and of the 1944
#   gold, whose surname his own signature confirms) sits from 3 March (item 19: "indtræder i
#   samtlige Udvalg"). 6 February item 9 a) elects Jens Rasmussen næstformand in S. R. Holm's
#   place (role from that meeting); 24 March re-elects J. P. Olsen formand and Jens Rasmussen
#   næstformand for 1943/44 ("Genvalgt").
# - The council elected on 5 May, from its constituting meeting of 31 May: A. C. Christensen
#   (formand, elected 5 - 4 against J. P. Olsen), J. P. Olsen (næstformand, "valgtes
#   enstemmigt"), J. Aug. Jensen ("Aug. Jensen"), Reinhardt Pedersen, Hais Laursen ("Laursen" in
#   his signatures, "Hans Laursen" in three elections), H. Rahbek, Einar Nielsen ("Ejnar Nielsen",
#   "Ejner Nielsen", "E. Nielsen" 7 June item 2), H. Jakobsen ("H. Jacobsen") and Alex Petersen,
#   as they sign 4 November; names resolved as in the 1944 gold (``build_books_gold_f.py``).
#   The kommunale revisorer (S. A. Jensen, N. C. Jørgensen; J. Rasmussen for 1942/43) and the
#   members of committees from outside the council are not members.
#
# Attendance. Three meetings are signed. 24 March: "Fraværende med anmeldt Forfald var A.
# Petersen, Jens Rasmussen, S. P. Jensen og Ejner Thomsen" (absent rows at their names), signed
# by J. P. Olsen, "E. Nielsen", Herløv Harmsen, Reinh. Pedersen and Jens Holm. The old council
# has no E. Nielsen: the nine members then were the four absent, the four other signatories and
# Chr. Nielsen, so the signature "E. Nielsen" is read as Chr. Nielsen's (an open case, see
# below). 4 October: "Fraværende var Aug. Jensen", signed by the other eight; 4 November signed
# by all nine (no absence line). Five unsigned meetings state who was absent in the opening: 14
# January "H. Harmsen", 6 February "Ejner Thomsen", 3 March "Chr. Nielsen, Hasle", 12 July "H.
# Jacobsen paa Grund af Bortrejse", 6 December "Reinhardt Pedersen, Hasle". By the guideline
# each is a full record: the named member absent (row at his name), the other members sitting
# then present (rows at the statement, in the spelling of their signatures where the book has
# them, else of the book's own mentions). The other meetings have no absence line and no
# signatures: no rows (votes are minuted only as counts, 31 May 5 - 4, 21 June 6 - 2; a member
# named in a matter, the chairman's "Redegørelse" of 25 August, or Hais Laursen convening the
# 31 May meeting does not make a row).
#
# Open cases, decided here:
# - 10 May: "Fraværende efter Aftale var Sogneraadsmedlemmerne fra Skejby og Lisbjerg" names no
#   member; the book does not say which members live there, so the statement gives no rows
#   (as an empty "Fraværende:"). Other books suggest these are the four absent on 24 March (A.
#   Petersen of Skejby in 1940; S. P. Jensen and Ejner Thomsen of Lisbjerg; Jens Rasmussen of
#   the Skejby-Lisbjerg sick-nursing society), which would make them absent and J. P. Olsen,
#   Jens Holm, Herløv Harmsen, Chr. Nielsen and Reinhardt Pedersen present.
# - 24 March: the signature "E. Nielsen" is resolved to Chr. Nielsen (by elimination; see above).
#   The NAMES entry is for that signature; "E. Nielsen" of 7 June item 2 (not an attendance
#   mention) is Einar Nielsen.
#
# Matters. Each numbered point is a matter (its heading paragraph, the decision its "ad n."
# paragraph); a lettered sub-point with a heading paragraph and a decision of its own is a matter
# of its own (14 January 1 c), d) and 10 a) - c); 6 February 1 a), b), 7 a) - d), 8 a), b), 9 a),
# b); 3 March 7 a), b) and 14 a), b); the split "Efterretningssager" blocks of 29 May, 31 May
# item 4, 7 June item 2, 12 July, 13 September, 4 October), while a list under one heading
# answered by one paragraph is one matter. Sub-points with no decision of their own (14 January
# 1 d), 6 February 1 b)) get -1. 18 November's items 1 - 4 stand in one heading paragraph and
# are answered "ad 1." - "ad 4." in one decision paragraph: four matters, each heading its own
# line. 29 May's second "11." paragraph continues item 11's heading (its "ad 11" is empty): no
# matter. 25 August has one heading ("a) Redegørelse fra Formanden"); its decision is both
# paragraphs under it. 13 September's social-committee protocol has no number ("ad 13." above
# it). Misnumbered decisions are read by position: 3 March "ad 15. b)" (14 b) and "ad 19.
# Udsat" (17), 8 April "ad 19. Til Efterretning" (17), 13 September "ad 2 h." (inside item 1).
# 6 February item 7 c): "Indkomsten nedsat til 700 Kr." stands above its heading (b)'s answer is
# "Ansættelsen er sket efter Medd. fra Grenaa Komm."; Lena Andersen, b), asks again 3 March).
#
# Actions (17). Counted: 14 January "overlade til Sogneraadsformanden, Kommuneingeniøren og
# Kæmneren at forhandle", "Det overlades til Jens Rasmussen at undersøge"; 3 March "Det overlades
# til Brændselsudvalget at foretage Indkøb", "Udsat til Behandling i Udvalget vedr.
# Mælkerationaliseringen" (a referral, as the 1941 gold counts "Sagen udsat til nærmere
# Behandling af Brændselsudvalget"); 7 June "Overlades til Brandudvalget", "Overlades til
# Udvalget for Udvidelse og Bebyggelse", "Det overlades til Udva. for Udvidelse ... at
# forhandle", "Det overlades til Sogneraadsformanden og Socialudvalgsformanden at arrangere"; 12
# July "Sagen overlades til de stedlige Medlemmer og Kommuneingeniøren", "overlade til Kasse- og
# Regnskabsudvalget og Aug. Jensen at forhandle" and, in the same sentence, "Udvalget bemyndiges
# til at foretage Købet" (two items); 2 August "overlade til Kommuneingeniøren at udarbejde
# Detailprojektet" (no deadline: "4 Mdr. fra den 14. Juli" is relative); 25 August "Formanden
# og Kommuneingeniøren bemyndiges til at træffe de fornødne Foranstaltninger"; 4 November "Sagen
# overgives til Socialudvalget", "Det overlades til Kommuneingeniøren at bringe Sikringen i
# Orden"; 6 December "Sogneraadet vil foranledige" ("Y vil V", as the 1940 Hjortshøj-Egaa gold
# counts "Sogneraadet vil prøve"), "Arbejdet, der overdrages til Entreprenør Karl Andersen".
# Not counted: requests and authorisations to outside parties (8 April "anmode Luftværnslederen
# ved Skolen om at etablere", 25 August "anmode Lrs. Hasted om at varetage", 24 March "give
# Hypotekforeningen Bemyndigelse til ... at yde Henstand" (the mortgage bank: an outside party,
# as the 1942 gold leaves "henstille til Sygekassens Revisorer"), 13 September "henstille til
# Skatteraadet at afgøre"); 4 November item 2 "give Kæmnerkontoret den ønskede Bemyndigelse" (the
# task verb stands only in the matter as it came in); sending a case on to an outside body (14
# January "fremsende Sagen til den ... valgte Bestyrelse ... til Erklæring", 10 May "Henvises til
# Skatteraadet" in the list of complaint outcomes); committees set up with no task verb (2 August
# item 6, 13 September items 3 and 18); elections and appointments (31 May, 7 June, 25 August "O.
# S. Jensen ... antages som Kommunens Tillidsmand", "Suppleanten ... indtræder i samtlige
# Udvalg"); passives without an actor or with an agent ("Suppleanten ... indkaldes", "udleveres
# paa Kæmnerkontoret", 4 November item 11 "Kommunen repræsenteres ved Sogneraadsmedlemmerne i
# Lisbjerg og Terp", 6 December "Traadhegnet fjernes af Pedellen"); 3 March item 10 "efter
# nærmere Aftale med Sogneraadsmedlem Jens Holm" (a term of the permission); 2 August item 17
# "Juul skal forpligte sig" (a condition on an outside party); messages ("meddele ...").
# =============================================================================================
HSL = "Hasle-Skejby-Lisbjerg_1943.txt"
HSL_NAMES = {
    # The old council.
    "J. P. Olsen": "J. P. Olsen",
    "Alex Petersen": "Alex Petersen", "A. Petersen": "Alex Petersen",
    "Jens Holm": "Jens Holm",
    "Jens Rasmussen": "Jens Rasmussen",
    "M. Kruse": "M. Kruse",
    "Herløv Harmsen": "Herløv Harmsen", "H. Harmsen": "Herløv Harmsen",
    "A. Rasmussen": "A. Rasmussen",
    "S. P. Jensen": "S. P. Jensen",
    "Ejner Thomsen": "Ejner Thomsen",
    "Chr. Nielsen": "Chr. Nielsen", "E. Nielsen": "Chr. Nielsen",
    "Reinhardt Pedersen": "Reinhardt Pedersen", "Reinh. Pedersen": "Reinhardt Pedersen",
    "Reinhard Pedersen": "Reinhardt Pedersen", "Reinhard I. Petersen": "Reinhardt Pedersen",
    "Reinhard Petersen": "Reinhardt Pedersen", "Reinhardt Petersen": "Reinhardt Pedersen",
    "Reinh. Petersen": "Reinhardt Pedersen",
    # The council elected 5 May 1943 (J. P. Olsen, Alex Petersen and Reinhardt Pedersen above).
    "A. C. Christensen": "A. C. Christensen",
    "J. Aug. Jensen": "J. Aug. Jensen", "Aug. Jensen": "J. Aug. Jensen",
    "Hais Laursen": "Hais Laursen", "Hans Laursen": "Hais Laursen", "Laursen": "Hais Laursen",
    "H. Rahbek": "H. Rahbek",
    "Einar Nielsen": "Einar Nielsen", "Ejnar Nielsen": "Einar Nielsen",
    "Ejner Nielsen": "Einar Nielsen",
    "H. Jakobsen": "H. Jakobsen", "H. Jacobsen": "H. Jakobsen",
}
# The old council's members (spellings of their signatures, else of the book's mentions), as they
# sit at 14 January, 6 February and 3 March.
OLD_JAN = ("J. P. Olsen", "Alex Petersen", "Jens Holm", "Jens Rasmussen", "M. Kruse",
           "Herløv Harmsen", "A. Rasmussen", "S. P. Jensen", "Ejner Thomsen")
OLD_FEB = ("J. P. Olsen", "Alex Petersen", "Jens Holm", "Jens Rasmussen", "M. Kruse",
           "Herløv Harmsen", "S. P. Jensen", "Ejner Thomsen", "Chr. Nielsen")
OLD_MAR = ("J. P. Olsen", "Alex Petersen", "Jens Holm", "Jens Rasmussen", "Herløv Harmsen",
           "S. P. Jensen", "Ejner Thomsen", "Chr. Nielsen", "Reinh. Pedersen")
# The new council in its signatures' spelling (4 October, 4 November; "Einar Nielsen" as he signs
# 4 October and in the 1944 gold).
NEW = ("A. C. Christensen", "J. P. Olsen", "J. Aug. Jensen", "Reinh. Pedersen", "Laursen",
       "H. Rahbek", "Einar Nielsen", "H. Jakobsen", "Alex Petersen")


def absent(statement: str, members: tuple[str, ...], *people: str) -> list:
    return absence_record(statement, people, members, HSL_NAMES)


HSL_MEETINGS = [
    # "Fraværende var H. Harmsen". Item 1: a) - b) answered "ad 1.", c) answered on its own, d)
    # (the church budgets) with no answer. Item 7's decision stands above its heading. Item 5
    # "fremsende Sagen til den ... valgte Bestyrelse ... til Erklæring": sent to the housing
    # society's board, no action item.
    M("Aar 1943 den 14. Januar", "1943-01-14",
      absent("=Fraværende var H. Harmsen", OLD_JAN, "H. Harmsen"), [
          ("1. Efterretningssager.", "ad 1. Til Efter-"),
          ("c) Aarhus Amtsraad henleder", "c) Skejby og Lis-"),
          ("d) Skejby og Lisbjerg Menighedsraad", None),
          ("2. 2. Behandling af Overslag", "ad 2. Overslaget"),
          ("3. Andragende fra H. Karup Hansen", "ad 3. Kan ikke"),
          ("4. Fastsættelse af Størrelsen af Fradrag", "ad 4."),
          ("5. Andragende fra Foreningen Det", "ad 5. Det vedtoges"),
          ("6. Taksationsmændene", "ad 6. Det vedtoges"),
          ("7. Landbrugskandidat J. Jespersen", "~ad 7. Det vedtoges"),
          ("8. Andragende fra Landinspektør", "ad 8. Anbefales"),
          ("9. Lærerinde Frk. Mathilde Larsen", "ad 9. Det overlades"),
          ("10. a) Undervisningsm. Cirk.", "ad 10. a) Til Efter-"),
          ("b) Undervisningsm. Bek.", "b) Til Efterret-"),
          ("c) Undervisningsm. Cirk. af 17/12", "c) Til Efterret-"),
          ("11. Andragende fra Henry Nielsen", "ad 11. Bevilget"),
          ("12. Det sociale Udvalgs", "ad 12. Protokollen"),
          ("13. Smed A. Rasmussen", "ad 13. Bevilget."),
          ("14. Tilskud til Aarhus tekniske", "ad 14. Bevilget"),
      ], [
          ("sogneraadsformanden, Kommuneingeniøren og Kæmneren", "forhandle", "",
           "Det vedtoges at overlade til Sogne- || Lejere.", "=forhandle || Lejere"),
          ("Jens Rasmussen", "undersøge", "", "Det overlades til Jens Rasmus- || Ovn.",
           "=undersøge || Anskaffelser"),
      ]),
    # "Fraværende var Ejner Thomsen"; Chr. Nielsen sits from this meeting, M. Kruse leaves at it
    # (item 11). Item 1 b) has no answer; item 7 c)'s answer stands above its heading, 8 b)'s
    # above its heading. Item 9 a) elects Jens Rasmussen næstformand.
    M("Aar 1943 den 6. Februar", "1943-02-06",
      absent("=Fraværende var Ejner Thomsen", OLD_FEB, "Ejner Thomsen"), [
          ("1. Efterretningssager", "ad 1. a) Det ved-"),
          ("b) Regning fra Skjern", None),
          ("2. Andragende fra Murerm.", "ad 2."),
          ("3. Aaby Sogneraad opsiger", "ad 3. Det vedtoges"),
          ("4. Socialministeriets Cirkulære", "ad 4. Det vedtages"),
          ("5. Andragende fra Politibetjent", "ad 5. Det vedtoges"),
          ("6. Det sociale Udvalgs", "ad 6. Protokollen"),
          ("7 a) Andragende fra N. J. Israelsen", "ad 7. Afslaaet"),
          ("7. b) Klage fra Nr. 1647", "ad 7. Ansættelsen"),
          ("c) Klage fra Telegrafbud", "~Indkomsten nedsat til 700 Kr."),
          ("d) Kongeriget Danmarks Hypo-", "Det vedtoges at meddele, at"),
          ("8. a) Ansøgning fra Grænseforenin-", "ad 8 a) Bevilget"),
          ("b) do. fra Det Grundvigste", "~b) Afslaaet"),
          ("9. Udvalgsbesættelser", "ad 9. 1) Chr. Nielsen"),
          ("9 b) A. Rasmussen har været", "ad 9. b) Valgt blev"),
          ("10. Andragende fra Aarhus Lærerfore-", "ad 10. Det vedtoges"),
          ("11. Andragende fra Proprietær M. Kruse", "ad 11. Andragendet"),
      ]),
    # "Fraværende var Chr. Nielsen, Hasle"; Reinhardt Pedersen sits from this meeting (item 19).
    # Item 14 b) is answered "ad 15. b)", item 17 "ad 19. Udsat"; item 22's answer stands above
    # its heading. Item 8 "Udsat til Behandling i Udvalget vedr. Mælkerationaliseringen": a
    # referral. Item 10 "efter nærmere Aftale med Sogneraadsmedlem Jens Holm": a term, no item.
    M("Aar 1943 den 3. Marts", "1943-03-03",
      absent("=Fraværende var Chr. Nielsen, Hasle", OLD_MAR, "Chr. Nielsen"), [
          ("1. Efterretningssager", "ad 1. Til Efterret-"),
          ("2. Godkendelse af Vejplan", "ad 2. Det vedtoges"),
          ("3. Repilering af Vejene", "ad 3. Det vedtoges"),
          ("4. Gennemførelse af Østrevejs", "ad 4. Det vedtoges"),
          ("5. Godkendelse af Licitationsbe-", "ad 5. Det vedtoges"),
          ("6. Aarhus Amtsraad udbeder", "ad 6. Det vedtoges"),
          ("7. a) Læge Olaf Holst", "ad 7. a) Bevilget"),
          ("b) Læge Anker Aggebo", "b) Kan ikke be-"),
          ("8 Skrivelse af 17/2 43", "ad 8. Udsat til"),
          ("9. Andragende fra Skejby Skakklub", "ad 9. Bevilget"),
          ("10. Andragende fra Hasle Boldklub", "ad 10. Bevilget"),
          ("11. Handelsgartner Herløv Harmsen", "ad 11. Det vedtoges"),
          ("12. Brock - Lips", "ad 12. Det overlades"),
          ("13. Det sociale Udvalgs", "ad 13. Protokollen"),
          ("14. a) Andragende fra Lena An-", "Ad 14. a) Bevilget"),
          ("14. b) Klager over Skatteansættelsen", "ad 15. b) Skattean-"),
          ("15. Ansøgning fra nedennævnte", "ad 15. a - c"),
          ("16. Aarhus Kommune anmoder", "ad 16. Vil blive"),
          ("17. Forslag til abonnementskon-", "ad 19. Udsat"),
          ("18. Fastsættelse af Ligningsprocen-", "ad 18. Det vedtoges"),
          ("19. Besættelse af de Udvalgsplad-", "ad 19. Suppleanten"),
          ("20. Andragende fra Købmand Nis", "ad 20. Anbefales"),
          ("21. Regning fra H. P. Ottosen", "ad 21. Regningen"),
          ("22. Andragende fra Pigerne", "~ad 22. Bevilget"),
          ("23. Indstilling om Opsigelse", "ad 23. Det vedto-"),
      ], [
          ("udvalget vedr. Mælkerationaliseringen", "udsætte", "",
           "=Udsat til Behandling i Udvalget vedr. Mælkerations- liseringen.",
           "=Udsat til Behandling i Udvalget vedr. Mælkerations- liseringen"),
          ("brændselsudvalget", "foretage", "", "Det overlades til Brændselsud- || m.m.",
           "=foretage Indkøb af Tørv || Alderdoms- hjem m.m"),
      ]),
    # Four members absent "med anmeldt Forfald"; the other five sign ("E. Nielsen": Chr.
    # Nielsen). Re-elections of formand and næstformand. Item 5 "give Hypotekforeningen
    # Bemyndigelse til ... at yde Henstand": the mortgage bank, an outside party: no item.
    M("Aar 1943 den 24. Marts", "1943-03-24",
      A("A. Petersen", "Jens Rasmussen", "S. P. Jensen", "Ejner Thomsen")
      + P("J. P. Olsen", "E. Nielsen", "Herløv Harmsen", "Reinh. Pedersen", "Jens Holm"), [
          ("1. Valg af Sogneraadsformand", "ad 1. Genvalgt"),
          ("2. Valg af Næstformand", "ad 2. Genvalgt"),
          ("3. Fastsættelse af Vederlaget", "ad 3. Fastsat"),
          ("4. Forslag til ny Kontrakt", "ad 4. Det vedtoges"),
          ("5. Kongeriet Danmarks Hypotekbk.", "ad 5. Anbefales."),
          ("6. Berigtigelse af de kommunale", "ad 6. Valglisten"),
      ]),
    # No attendance line, no signatures. Item 17 is answered "ad 19. Til Efterretning". Item 9
    # "anmode Luftværnslederen ved Skolen om at etablere": a request, no item.
    M("Aar 1943 den 8. April", "1943-04-08", [], [
        ("1. Efterretningssager:", "ad 1. Til Efterretning"),
        ("2. Sammenlægning af Afstemnings-", "ad 2. Vedtoges"),
        ("3. Valg af et Medlem til Kornnævnet", "ad 3. Det vedtoges"),
        ("4. Andragende fra Gartner P. R. Loft", "ad 4. a) Bevilget."),
        ("5. Præsidenten for Vestre Landsret", "ad 5. Til Efter-"),
        ("6. Andragende fra Foreningen Det", "ad 6. Det vedtoges"),
        ("7. Andragende fra Bagermester", "ad 7. Det vedtoges"),
        ("8. Andragende fra Hasle Boldklub", "ad 8. Andragendet"),
        ("9. Luftværnschefen anmoder", "ad 9. Det vedtages"),
        ("10. Det sociale Udvalgs", "ad 10. Protokollen"),
        ("11. Aarhus Skattevæsen", "ad 11. Til Efter-"),
        ("12. Bestemmelse om Opslag", "ad 12. Det vedto-"),
        ("13. Kommuneingeniøren fremsen-", "ad 13. Det vedtoges"),
        ("14. Andragende fra Boelsmand", "ad 14. Det vedto-"),
        ("15. Ning og Hasle", "ad 15. Udsættes"),
        ("16. Spørgeskema til Kommunerne", "ad 16. Skemaet"),
        ("17. Aarhus Stiftsamt anmoder", "ad 19. Til Efter-"),
        ("18. Forslag til Kendelse om", "ad 18. Kendelsen"),
        ("19. Forslag til Kendelse angaaende", "ad 19. Kendelse god-"),
        ("20. Forslag om Anskaffelse", "ad 20. Det vedtoges"),
        ("21. Andragende fra A. P. Andersen", "ad 21. Det vedtoges"),
        ("22. Vederlag til Pedellerne", "ad 22. Bevilget"),
    ]),
    # The tax-complaint meeting: "Fraværende efter Aftale var Sogneraadsmedlemmerne fra Skejby og
    # Lisbjerg" names no member: no rows (an open case, see the header).
    M("Aar 1943 den 10. Maj", "1943-05-10", [], [
        ("1. Klager over Skatteansættelsen", "ad 1. Klagerne"),
    ]),
    # The old council's last meeting. Item 11's heading runs on in a second "11." paragraph (its
    # "ad 11" is empty); items 16 and 26 are answered above their headings.
    M("Aar 1943 den 29. Maj", "1943-05-29", [], [
        ("1. Efterretningssager:", "ad 1. Til Efter-"),
        ("1. i) Skr. af 26/5 43", "ad 1. Til Efterret-"),
        ("2. Udstykningsandragender:", "ad 2. Anbefales"),
        ("3. Andragende fra Jens M. Jensen", "ad 3. Kan ikke"),
        ("4. Andragende fra Bestyrer Jens El-", "ad 4. Bevilget"),
        ("5. Regning stor Kr. 280,65", "ad 5. Det vedtoges"),
        ("6. Kommuneingeniøren henstiller", "ad 6. Indstillin-"),
        ("7. Andragende fra Bjørnø", "ad 7. Det vedtoges"),
        ("8. Klage fra Fuldmægtig", "ad 8. Det vedtoges"),
        ("9. Drøftelse af Planen", "ad 9. Det vedtoges"),
        ("10. Andragende om Tilskud i H.t. Aften-", "ad 10. Det vedtoges"),
        ("11. Andragende fra Grundejerforeningen", "ad 11. Sagen ud-"),
        ("12. Kongeriget Danmarks Hypotekbank", "ad 12. Erklæring"),
        ("13. Andragende fra Lektor Regnar", "ad 13. Udsat"),
        ("14. Andragende om Statslaan", "ad 14. Sagen udsat"),
        ("15. Andragende fra Arbejdsmand Jens", "ad 15. Det vedtoges"),
        ("16. Handelsm. Bek. af 30/4 43", "~ad 16. Det vedtages"),
        ("17. Assistent paa Kæmnerkontoret", "ad 17. Det vedto"),
        ("18. a) Klager over Skatteansættelsen", "ad 18. a)"),
        ("19. Det sociale Udvalgs", "ad 19. Protokollen"),
        ("20. Andragende fra Købmand Ejnar", "ad 20. Anbefales"),
        ("21. Andragende fra E. M. Olesen", "ad 21. Tillades."),
        ("22. Bestyrer M. Krogh", "ad 22. Det vedtoges"),
        ("23. Andragende fra Carl Marinus", "ad 23. Se Besvarel-"),
        ("24. Andragende fra Lærer Knud Juul", "ad 24. Udsat"),
        ("25. Andragende fra nedennævnte", "ad 25."),
        ("26. Andragende fra Landinspektør Svend", "~ad 26. Anbefales"),
        ("27. Andragende fra Landinspektør G. Westy", "ad 27. Anbefales"),
        ("28. Andragende fra Ingeniør", "ad 28. Det vedtoges"),
    ]),
    # The new council's constituting meeting: A. C. Christensen formand, J. P. Olsen
    # næstformand. Elections only; item 4's three blocks (a - g, h - o, p - q) are answered
    # block by block.
    M("Aar 1943 den 31. Maj", "1943-05-31", [], [
        ("1. Valg af Sogneraadsformand", "ad 1. Valgt blev"),
        ("2. Valg af Næstformand", "ad 2. J. P. Olsen"),
        ("3. Valg af staaende Udvalg:", "ad 3. a) Sogneraadsfmd.,"),
        ("3. e) Skoleudvalget", "ad 3 e Reinhard"),
        ("4. Valg af midlertidige Udvalg", "ad 4. a) Aug. Jensen"),
        ("h) Foreningen af Forstadskommuner", "4 h) 1) Reinhard Pedersen"),
        ("4. p Valg af 1 Medlem", "p) Reinhard Pedersen og Alex"),
        ("5. Valg af Skolekommission", "ad 5. Ejnar Nielsen,"),
        ("6. Valg af Bygningskommissionen.", "ad 6. Reinhard"),
        ("7. Valg af Sundhedskommission.", "ad 7. P. Boeskov"),
        ("8. Valg af Forligsmænd", "ad 8. Aug. Jensen"),
        ("9. Valg i H.t. § 10", "ad 9. S. R. Holm"),
        ("10. Valg af Medlemmer til det i", "ad 10. Hans Laursen"),
        ("11. Valg af Repræsentanter til By-", "ad 11. Valgt blev"),
        ("12. Valg af 1 Repræsentant", "ad 12. Valgt blev"),
        ("13. Fastsættelse af Dagen", "ad 13. Det vedtoges"),
    ]),
    # Items 4 and 8 are answered above their headings. Four action items: two referrals to
    # committees (items 4, 5) and two "Det overlades til ... at" (items 6, 12).
    M("Aar 1943 den 7. Juni", "1943-06-07", [], [
        ("1. Efterretningssager.", "ad 1 a-e"),
        ("2. Valg af midlertidige Udvalg", "ad 2 a) Valgt blev"),
        ("2. c) Forslag til Formand", "ad 2 c) Det vedtoges"),
        ("3. Valg af Hjælpemandskab", "ad 3. Valgt blev"),
        ("4. Udarbejdelse af Brandvedtægt", "~ad 4. Overlades"),
        ("5. Andragende fra Bestyrelsen", "ad 5. Overlades"),
        ("6. Andragende fra det jydske", "ad 6. Det overlades"),
        ("7. Andragende fra Lektor Regnar", "ad 7. Det vedtoges"),
        ("8. Andragende fra Lærer Knud Juul", "~ad 8. Kan ikke"),
        ("9. Andragende fra Overlærer H. Rahbek", "ad 9. Det vedtoges"),
        ("10. Forslag om Kalkning", "ad 10. Det vedtoges"),
        ("11. Fastsættelse af Dato", "ad 11. Det vedtoges"),
        ("12. Fastsættelse af Dagen", "ad 12. Det overlades"),
        ("13. Det sociale Udvalgs", "ad 13. Protokollen"),
        ("14. Skattesager", "ad 14. Ingen"),
        ("15. Valg af 1 Medlem til at tiltræde", "ad 15. Valgt blev"),
        ("16. Indstilling fra Vejudvalget", "ad 16. Det vedtoges"),
        ("17. Forslag om Fastsættelse af Vederla-", "ad 17. Det vedtoges"),
    ], [
        ("brandudvalget", "overlade", "", "=Overlades til Brandud- valget",
         "=Overlades til Brandud- valget"),
        ("udvalget for Udvidelse og Bebyggelse i Hasle", "overlade", "",
         "Overlades til Udvalget for Udvi-",
         "=Overlades til Udvalget for Udvi- delse og Bebyggelse i Hasle"),
        ("udva. for Udvidelse og Bebyggelse i Hasle", "forhandle", "",
         "Det overlades til Udva.", "=forhandle || Præstevangsvej"),
        ("sogneraadsformanden og Socialudvalgsformanden", "arrangere", "",
         "Det overlades til Sogneraadsfor-", "=arrangere Ud- flugten"),
    ]),
    # Ekstraordinært. Items 2 and 5 are answered above their headings; item 3 a) and b) share a
    # heading paragraph and a decision paragraph.
    M("Aar 1943 den 21. Juni", "1943-06-21", [], [
        ("1. Aarhus Stiftamt meddeler", "ad 1. Til Efterret-"),
        ("2. Andragende fra Ny Mølle", "~ad 2. Anbefalet"),
        ("3. a) Ansøgning fra Tømrerm.", "ad 3 a Fritaget."),
        ("4. Behandlinger af Ansøgninger", "ad 4. Det vedtoges"),
        ("5. Behandling af Ansøgninger til Stil-", "~ad 5. Det vedtoges"),
    ]),
    # "Fraværende var H. Jacobsen"; no closing line. Item 12: the Kasse- og Regnskabsudvalg and
    # Aug. Jensen are to negotiate, and the committee is authorised to make the purchase: two
    # action items in one sentence.
    M("Aar 1943 den 12. Juli", "1943-07-12",
      absent("=Fraværende var H. Jacobsen paa Grund af Bortrejse.", NEW, "H. Jacobsen"), [
          ("1. Efterretningssager", "ad 1. a - k"),
          ("1. l) Socialm. Cirk.", "ad 1. l - m"),
          ("2. Aarhus Stiftamt udbeder", "ad 2. Det vedtages"),
          ("3. Andragende fra Axel Christensen", "ad 3. Bevilget"),
          ("4. Fornyet Andragende fra Lærer Knud", "ad 4. Afslaaet"),
          ("5. Andragende fra fhv. Overofficiant", "ad 5. Bevilget"),
          ("6. Andragende fra Lærer Harald", "ad 6. Afslaaet"),
          ("7. Andragende fra Hasle Boldklub", "ad 7. Afslaaet"),
          ("8. Egnsplanudvalgets Navneudvalg", "ad 8. Det vedtoges"),
          ("9. Andragende fra Gdr. Aksel Jensen", "ad 9. Sagen overlades"),
          ("10. Andragende fra Heinrich Han-", "ad 10. Bevilget"),
          ("11. Fastsættelse af Timelønnen", "ad 11. Udsat"),
          ("12. Forslag om Køb af Haslegaardens", "ad 12. Det vedtoges"),
      ], [
          ("de stedlige Medlemmer og Kommuneingeniøren", "overlade", "",
           "Sagen overlades til de stedlige",
           "=overlades til de stedlige Med- lemmer og Kom- muneingeniøren"),
          ("kasse- og Regnskabsudvalget og Aug. Jensen", "forhandle", "",
           "Det vedtoges at overlade til Kasse- og",
           "=forhandle med Statens Jordlovsudvalg om Købet"),
          ("udvalget", "foretage", "", "Det vedtoges at overlade til Kasse- og",
           "=foretage || Købet"),
      ]),
    # Item 6 "nedsætte et Udvalg bestaaende af Formanden, H. Rahbek og Kommuneingeniøren": no
    # task verb. Item 14 reports the handover inspection of 27 July (not a meeting of its own).
    M("Aar 1943 den 2. August", "1943-08-02", [], [
        ("1. Efterretningssager:", "ad 1. Tikl"),
        ("2. Andragende fra Hasle - Skejby", "ad 2. Bevilget"),
        ("3. Andragende fra Harding", "ad 3. Det vedtoges"),
        ("4. Ministeriet for offentlige", "ad 4. Det vedtoges"),
        ("5. Andragende fra Fabrikant", "ad 5. Det vedtoges"),
        ("6. D.A.F. Skejby Afdeling", "ad 6. Det vedtages"),
        ("7. Helsingør Ligningskommissi-", "ad 7. Til Efter-"),
        ("8. Det sociale Udvalgs", "ad 8. Fr Protokol-"),
        ("9. Kommunens Regnskab", "ad 9. Udsat"),
        ("10. Et Udvalg fremsender", "ad 10. Protokol-"),
        ("11. 4 Udstykningsandragender", "ad 11. a-d"),
        ("12. Landinspektør Rørholm forespørger", "ad 12. Godkendes"),
        ("13. Skrivelse af 27/7 43", "ad 13. Det vedtoges"),
        ("14. Indberetning fra Revisionskontoret", "ad 14. Overleve-"),
        ("15. Valg af Legatbestyrelser", "ad 15. Det vedtoges"),
        ("16. Anskaffelse af Materiel", "ad 16. Det vedtoges"),
        ("17. Andragende fra Lærer Knud Juul om", "ad 17. Det vedtoges"),
        ("18. Skrivelse af 16/7 43", "ad 18. Det vedtoges"),
    ], [
        ("kommuneingeniøren", "udarbejde", "", "Det vedtoges at antage Til-",
         "=udarbejde Deta- ilprojektet videre"),
    ]),
    # Ekstraordinært: the chairman's account of the negotiations with the German forces; the
    # decision is both paragraphs under it. "anmode Lrs. Hasted om at varetage": a request to an
    # outside party; "O. S. Jensen ... antages som Kommunens Tillidsmand": an appointment.
    M("Aar 1943 den 25. August", "1943-08-25", [], [
        ("a) Redegørelse fra Formanden", "=Til Efterretning. || Beskadigelse."),
    ], [
        ("formanden og Kommuneingeniøren", "træffe", "", "=Formanden og Kommu- || retning.",
         "=træffe || retning"),
    ]),
    # Item 1 a) - h) and j) - l) are answered in two paragraphs ("ad 2 h." for 1 h); item 11 is
    # answered above its heading; the social committee's protocol has no number, its "ad 13."
    # above it. Items 3 and 18 set up committees with no task verb; 12 g) "henstille til
    # Skatteraadet": an outside body.
    M("Aar 1943 den 13. September", "1943-09-13", [], [
        ("1. a) Aarhus Stiftamt meddeler", "ad 1 a Til Efter-"),
        ("1. j) Aarhus Handelsstandsforening", "ad 1 j. Til Efter-"),
        ("2. Landsretssagfører Svend Hasted", "ad 2. Det vedtoges"),
        ("3. Ansøgning fra Assistent paa", "ad 3. Det vedtoges"),
        ("4. Fastsættelse af det Aarlige", "ad 4. Det aarlige"),
        ("5. Overenskomst angaaende", "ad 5. Overenskomsten"),
        ("6. Arealafstaaelse fra Matr.", "ad 6. Det vedtoges"),
        ("7. Sogneraadet afsiger Kendelse", "ad 7. Kendelsen"),
        ("8. Andragende fra Mølleejer", "ad 8. Andragendet"),
        ("9. Andragender fra Landinspektør", "ad 9. a) Anbefales"),
        ("10. Andragende fra Repræsentant", "ad 10. Andragendet"),
        ("11. Ansøgning fra Robert Herluf", "~ad 11. Bevilget"),
        ("12. Skattesager:", "ad 12 a"),
        ("Det sociale Udvalgs Forhandlings-", "~ad 13. Protokollen"),
        ("14. Finansministeriet forespørger", "ad 14. Det vedtoges"),
        ("15. Socialt Boligbyggeri fremsender", "ad 15. Taget"),
        ("16. Tilbud fra Nordisk", "ad 16. Til Efter-"),
        ("17. Forslag om Indkøb", "ad 17. Bevilget"),
        ("18. Aarhus Stiftsamt fremsender", "ad 18. Det vedtoges"),
        ("19. Skolekommissionen anmoder", "ad 19. Det vedtoges"),
        ("20. Afholdelse af det aarlige Vejsyn", "ad 20. Det vedtoges"),
        ("21. Forslag om Ydelse", "ad 21. Vedtages"),
    ]),
    # "Fraværende var Aug. Jensen"; the other eight sign. Items 3 and 7 are answered above their
    # headings.
    M("Aar 1943 den 4. Oktober", "1943-10-04",
      A("Aug. Jensen")
      + P("A. C. Christensen", "Reinh. Pedersen", "J. P. Olsen", "Laursen", "H. Rahbek",
          "Einar Nielsen", "H. Jakobsen", "Alex Petersen"), [
          ("1. Efterretningssager.", "ad 1. a - i)"),
          ("1. k) Takkeskr.", "ad 1. k - l"),
          ("2. Ansøgning fra Købmand Kristian", "ad 2. Anbefales"),
          ("3. Politimesteren i Hasle", "~ad 3. Anbefales paa"),
          ("4. Ansøgning fra Lærerinde Frk.", "ad 4. Bevilget"),
          ("5. Tilbud fra Købmand J. Møller", "ad 5. Det vedtoges"),
          ("6. Andragende fra L. P. V. Bjarne", "ad 6. Vederlaget"),
          ("7. Andragende fra Landinspektør Sv.", "~ad 7. Anbefales"),
          ("8. Andragende fra Arbmd.", "ad 8. Andragen-"),
          ("9. Andragende fra Kaj Breth", "ad 9. Indkomsten"),
          ("10. Det sociale Udvalgs", "ad 10. Protokollen"),
          ("11. Ansøgning fra nedennævnte In-", "ad 11. a) Afslaaet"),
          ("11. f) Landsforeningen af Vanføre", "ad 11. f) Afslaaet"),
          ("12. Andragende fra Nyvang", "ad 12. Afslaaet"),
          ("13. Kongeriget Danmarks Hypotek-", "ad 13. Anbefales;"),
          ("14. Andragende fra Gdr. Aksel Jensen", "ad 14. Afslaaet"),
      ]),
    # Signed by all nine. Item 5 is answered above its heading; item 21 states its own decision.
    # Item 2 "give Kæmnerkontoret den ønskede Bemyndigelse": the task stands only in the matter
    # as it came in; item 11 "Kommunen repræsenteres ved ...": a passive with agent.
    M("Aar 1943 den 4. November", "1943-11-04",
      P("A. C. Christensen", "J. P. Olsen", "J. Aug. Jensen", "Reinh. Pedersen", "Laursen",
        "H. Rahbek", "Ejnar Nielsen", "H. Jakobsen", "Alex Petersen"), [
        ("1. Efterretningssager", "ad 1. a) Til Efterretning"),
        ("2. Kæmnerkontoret søger", "ad 2. Det vedtoges"),
        ("3. Klage fra N. P. Hansen", "ad 3. Det vedtoges"),
        ("4. Bestyrerinden paa Lisbjerg", "ad 4. Sagen overgives"),
        ("5. Skolekommissionen fremsender", "~ad 5. Det vedtoges"),
        ("6. Luftværnschefen anmoder", "ad 6. Det overlades"),
        ("7. Det jydske Haveselskab", "ad 7. Det vedtoges"),
        ("8. Indstilling om Igangsættelse", "ad 8. De projekterede"),
        ("9. Sundhedskommissionen anmoder", "ad 9. Det vedtoges"),
        ("10. a) Andragende fra Landinspektør", "ad 10. a) Anbefales"),
        ("11. Andragende fra Gdr. Ejvind", "ad 11. Der afholdes"),
        ("12. Andragende fra Heinrich Hansen", "ad 12. Det vedtages"),
        ("13. Snefogeden i Hasle", "ad 13. De fornødne"),
        ("14. Fornyet Behandling af Sag nr. 14", "ad 14. Bevilget"),
        ("15. Dansk Ingeniørforening", "ad 15. Bevilget"),
        ("16. Overenskomst af 23/10 43", "ad 16. Det vedtages"),
        ("17. Landinspektør Svend Nielsen", "ad 17. Godkendes"),
        ("18. Skr. af 19/10 43", "ad 18. Det vedtoges"),
        ("19. Det sociale Udvalgs", "ad 19. Protokollen"),
        ("20. a) Klager over Skatteansættelsen", "ad 20."),
        ("21. Det vedtoges at meddele Skolelederne", "SAME"),
    ], [
        ("socialudvalget", "overgive", "", "Sagen overgives", "=overgives til Socialudvalget"),
        ("kommuneingeniøren", "bringe", "", "Det overlades til Kommuneinge-",
         "=bringe Sikringen i Orden"),
    ]),
    # Items 1 - 4 share a heading paragraph and a decision paragraph: four matters, each decision
    # below all four headings.
    M("Aar 1943 den 18. November", "1943-11-18", [], [
        ("=1. Lovanordning af 3/11 1943 om Udskydelse af Valg til Forældreraad.",
         "~=ad 1. Til Efterret- ning"),
        ("=2. Meddelelse fra Udvalget ang. Brandvedtægt", "~=ad 2. Til Efterret- ning"),
        ("=3. Meddelse fra Brændselsudval- get ang. Salg af Brænde",
         "~=ad 3. Til Efterret- ning"),
        ("=4. Meddelse ang. Luftværnsfor- anstaltninger.", "~=ad 4. Til Efter- retning"),
        ("5. Skr. af 8/11 1943", "ad 5. Det vedtoges"),
        ("6. Indenrigsm. udbeder", "ad 6. Det vedtages"),
        ("7. Aaby Sogneraad indbyder", "ad 7. Til Efter-"),
        ("8. Bolig til Overlæreren", "ad 8. Det vedtoges"),
        ("9. Tilskud til Aftenskoleunder-", "ad 9. Det vedtoges"),
        ("10. Køb af 1 Klaver", "ad 10. Det vedtoges"),
        ("11. Indstilling fra det sociale", "ad 11. Til Efter-"),
        ("12. Det sociale Udvalgs", "ad 12. Protokollen"),
        ("13. Andragende fra Kommis Niels", "ad 13. Bevilget"),
        ("14. Fællesorganisationen af Land-", "ad 14. Som Repræ-"),
        ("15. Andragende fra Børge Holm", "ad 15. Afslaaet"),
        ("16. Anbragende fra Aarhus Amts", "ad 16. Det vedtoges"),
        ("17. Andragende fra Overlærer H. Rahbek", "ad 17. Til Sløjdunder-"),
        ("18. Forslag om Fastsættelse af Havelej-", "ad 18. Fprslaget"),
    ]),
    # "Fraværende var Reinhardt Pedersen, Hasle". Item 2 "Sogneraadet vil foranledige" ("Y vil
    # V"); item 8 "Arbejdet, der overdrages til Entreprenør Karl Andersen" ("efter Nytaar" is no
    # deadline); item 15 "fjernes af Pedellen": no actor by the guideline.
    M("Aar 1943 den 6. December", "1943-12-06",
      absent("=Fraværende var Reinhardt Pedersen, Hasle", NEW, "Reinhardt Pedersen"), [
          ("1. Efterretningssager.", "ad 1. Til Efterretning"),
          ("2. Andragende fra Grundejere", "ad 2. Sogneraadet"),
          ("3. Andragende fra Brandmandsskabet", "ad 3. Ulykkesfor-"),
          ("4. Valg af 1 Repræsentant for", "ad 4. Valgt blev"),
          ("5. Valg af 1 Repræsentant til Revision", "ad 5. Valgt blev"),
          ("6. Fornyet Behandling af Sag Nr. 17", "ad 6. Godkendes"),
          ("7. Andragende om Approbation", "ad 7. Sodkendes"),
          ("8. Skr. af 18/11 1943", "ad 8. Det vedtoges"),
          ("9. Det sociale Udvalgs", "ad 9. Protokollen"),
          ("10. a) Klage fra Arne Kristensen", "ad 10 a. Indkomsten"),
          ("11. Andragende fra Haslegaardens", "ad 11. Anbefales"),
          ("12. Fornyet Behandling af Andra-", "ad 12. Sagen ud-"),
          ("13. Lejekontrakt vedr.", "ad 13. Lejemaalet"),
          ("14. Indkøb af Kampesten", "ad 14. Det vedtoges"),
          ("15. Skrivelse af 6. ds. fra Pedel", "ad 15. Traadhegnet"),
      ], [
          ("Sogneraadet", "foranledige", "", "Sogneraadet vil foranledige",
           "=foranledige || bøtterne"),
          ("entreprenør Karl Andersen", "overdrage", "", "Det vedtoges af igangsætte || Nytaar.",
           "=overdra- ges til Entreprenør Karl Andersen"),
      ]),
]
# Meetings: 0 14 Jan, 1 6 Feb, 3 24 Mar, 7 31 May (the new council constituted).
HSL_ROLES = [(0, "J. P. Olsen", "formand"),
             (1, "Jens Rasmussen", "næstformand"),
             (3, "J. P. Olsen", "formand"), (3, "Jens Rasmussen", "næstformand"),
             (7, "A. C. Christensen", "formand"), (7, "J. P. Olsen", "næstformand")]

BOOKS_GOLD = [
    (HSL, HSL_MEETINGS, HSL_NAMES, HSL_ROLES),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT, builder=build_late)
