"""Build ``corpus/gold/books_g.jsonl``: development gold of a parish minute book (set G).

Issue 17. Set G holds ``Hasle-Skejby-Lisbjerg_1942.txt``. Annotated by reading the book in
``../shared/corpus/aarhus-parish-1940-1945`` whole, following ``corpus/GUIDELINES.md`` ("Minute
books", "Action items"), without looking at any system output for it; the book is never copied
here: this script holds only short anchors (a few opening words, names) and finds their offsets.

The anchor language and its checks are in ``scripts/books_gold.py``. One addition here, as in
``build_books_gold_e.py`` (``DECISIONS``) and ``build_books_gold_f.py`` (``~``): the book is set in
two columns (the matter on the left, "ad n." with the decision on the right), and the OCR now and
then puts a decision above its matter's heading, or a joint heading paragraph of two lettered
sub-matters before their joint decision paragraph. Such a decision is written in the matter list
with a leading ``~``: it is searched in the whole meeting (and must be unique there), and must lie
after the previous matter's heading, inside no heading and before the first heading that follows
it (:func:`build_g`, after :func:`books_gold.build`).

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_g.py
"""

from __future__ import annotations

from books_gold import REPO, A, M, P, absence_record, build_late, main

OUT = REPO / "corpus" / "gold" / "books_g.jsonl"


# =============================================================================================
# Hasle-Skejby-Lisbjerg 1942 (19 January - 29 December 1942): seventeen meetings, each opened
# "Aar 1942 den <day>. <month> Kl. .. afholdt Sogneraadet [ordinært | ekstraordinært |
# afsluttende] Møde ..." (4 August: "holdt Sogneraadet Møde"; 24 June at S. R. Holm's in Terp; 5
# December in Folkets Hus, Aarhus) and closed "Oplæst. Mødet hævet."; the book starts with the
# first opening and ends with the last closing line: no fragments. 28 February is the
# "afsluttende Møde" of the tax assessment (one matter); 23 October an extraordinary meeting of
# two matters. 10 February's closing line stands, in the OCR, inside the heading of its last
# item (whose decision follows it): the meeting runs on to the 28 February opening.
#
# Members. The nine members of 1941 sit all year, as they sign 10 March: J. P. Olsen (formand),
# Alex Petersen, Jens Holm, Jens Rasmussen ("J. Rasmussen"), Martin Kruse ("M. Kruse"), Herløv
# Harmsen, S. R. Holm (næstformand), A. Rasmussen and S. Jensen, who is S. P. Jensen of
# Lisbjerg ("Sogneraadsmedlem S. P. Jensen" 4 August), as in the 1941 gold. 31 March re-elects
# J. P. Olsen formand and S. R. Holm næstformand ("Genvalgt"): both offices are held from the
# book's start. On 29 December "Sogneraadsmedlem S. R. Jensen" (so in the OCR: S. R. Holm or S.
# Jensen, both of Lisbjerg) is let go from the council and the suppleant called in: he is still a
# member at that meeting. The kommunale revisorer are not members.
#
# Attendance. Only 10 March (all nine) and 7 July (six: "Fraværende var: S. R. Holm"; Harmsen and
# Kruse neither sign nor are named absent: no rows for them) are signed. Four unsigned meetings
# state who was absent in the opening: 21 April "Fraværende J. Rasmussen", 10 November
# "Fraværende var: M. Kruse og J. Rasmussen", 5 December "Fraværende fra M. Kruse" (for "var",
# as the 1944 gold reads "Fraværende fra H. Rahbek"), 29 December "Fraværende var: Jens
# Rasmussen". By the guideline each is a full record: the named members absent (rows at the
# name), the other members present (rows at the statement, in the 10 March signatures'
# spelling). The eleven other meetings have no such line and no signatures: no rows. Votes are
# minuted only as counts (19 January 6 - 3, 10 February 5 - 4, 7 July 5 - 2) or "enstemmigt",
# never by name: no rows from them; a member named in a matter as it came in (a proposal, a
# request) is not thereby present.
#
# Matters. Each numbered point is a matter (its heading paragraph, the decision its "ad n."
# paragraph); a lettered sub-point with a heading and a decision of its own is a matter of its
# own (31 March item 1 a - e, 10 March item 8 a - c), a list under one heading answered by one
# paragraph is one matter. Decisions without a heading in the OCR are matters whose heading is
# that paragraph ("SAME"): 19 January "ad 4.", 10 February "d)" (tax complaints), 10 March
# "b)" (tax complaints), 9 June "ad 20". Headings without a number (21 April item 13, 8
# September item 2) are found by their words; misnumbered decisions (19 January "ad 9." for 7
# and "ad 1 b." for 14 b) and headings (4 August "910." for 10) are read by position. 8
# September item 13 a) (a list of complaints) has no decision in the text: -1.
#
# Actions. Counted: "Det vedtoges at anmode A. Rasmussen ... og S. R. Holm ... at indsende
# Indberetning" (19 January: two members, not an outside party), "Overlades til Formanden" /
# "til A. Rasmussen" (referrals), "lade Formanden, Næstformanden og Kommuneingeniøren
# forhandle", "Der overlades til Jens Holm og Kæmneren at indkøbe", "overdrage Arbejdet til S. P.
# Jensen" and "overdrage Leverancen til Aage E. Holst" (work handed over, as "Arbejdet, der
# overdrages til Entreprenør X"), "lade Reinhard Pedersen faa Ejendommen i Kommission" (31 March:
# the sale handed to an agent, who brings an offer on 21 April; verb as written, "faa"), "Det
# overlades til et Udvalg ... at forhandle", "Der valgtes et Udvalg ..., der arbejder videre med
# Sagen" (4 August, items 4 and 5), "De stedlige Sogneraadsmedlemmer valgtes til at Forhandling
# [forhandle] med ... Entreprenør", "Det overlades til Kommuneingeniøren at indvarsle". Not
# counted: elections and role nouns ("Til Bestyrelsen valgtes", "Til Sjakformand valgtes", "Der
# nedsættes et Udvalg bestaaende af ..." for the sale of grass, with no task verb), the
# committee's "til endeligt at afgøre Sagen" of 24 June (a decision act, as the 1944 gold
# leaves "behandles af det ... nedsatte Udvalg"), "Sogneraadet repræsenteres ved
# Sogneraadsformanden" (10 November: a passive with agent, "fjernes af Pedellen"), requests and
# demands to outside parties ("anmode Broch-Lips om at fremkomme med Tilbud", "henstille til
# Sygekassens Revisorer at underrette", "forlange af Gymnastikforeningen, at den selv skaffer",
# "meddele Overlæreren, at ..."), sending a case on to an outside body ("fremsende Sagen til
# Taksationskommissionen", "henlægge Sagen til ... Forstadskommunernes ... Møde"), and tasks
# without an actor ("indhente Tilbud", "indsende de ønskede Oplysninger", "Indkøbet foretages
# hos ...", "anskaffes ved O. S. Jensen").
# =============================================================================================
HSL = "Hasle-Skejby-Lisbjerg_1942.txt"
HSL_NAMES = {
    "J. P. Olsen": "J. P. Olsen",
    "Alex Petersen": "Alex Petersen",
    "Jens Holm": "Jens Holm",
    "Jens Rasmussen": "Jens Rasmussen", "J. Rasmussen": "Jens Rasmussen",
    "Martin Kruse": "Martin Kruse", "M. Kruse": "Martin Kruse",
    "Herløv Harmsen": "Herløv Harmsen",
    "S. R. Holm": "S. R. Holm",
    "A. Rasmussen": "A. Rasmussen",
    "S. Jensen": "S. P. Jensen",
}
# The members in their signatures' spelling (10 March).
HSL_ALL = ("J. P. Olsen", "S. Jensen", "A. Rasmussen", "S. R. Holm", "Herløv Harmsen",
           "Jens Rasmussen", "Martin Kruse", "Jens Holm", "Alex Petersen")


def absent(statement: str, *people: str) -> list:
    return absence_record(statement, people, HSL_ALL, HSL_NAMES)


HSL_MEETINGS = [
    # The centenary of the first Sogneforstanderskab meeting. Item 4 has no heading in the OCR;
    # item 7 is decided "ad 9.", item 14 b) "ad 1 b.".
    M("Aar 1942 den 19. Januar", "1942-01-19", [], [
        ("1. Efterretningssager", "ad 1."),
        ("2. Fornyet Behandling af Sag Nr. 5", "ad 2. S. R. Holm har"),
        ("3. Arbejds- og Socialministeriet meddeler", "ad 3."),
        ("ad 4. Til Efterretning", "SAME"),
        ("5. 1ste Behandling af Overslag", "ad 5. Overslaget"),
        ("6. Politimesteren i Hasle", "ad 6. Det vedtoges"),
        ("7. Bestyreren paa Alderdomshjemmet", "ad 9. Det vedtoges at fritage"),
        ("8. Skoledirektionen meddeler", "ad 8."),
        ("9. Skr. af 10/1 1942", "ad 9. Det vedtoges at imødekomme"),
        ("10. Kommuneingeniøren fremsen-", "ad 10."),
        ("11, Andragende fra Ekstraarbejder", "ad 11."),
        ("12. Skr. af 2/1 1942", "ad 12."),
        ("13. Det sociale Udvalgs", "ad 13."),
        ("14 a) Andragende fra Medhjælper", "ad 14 a"),
        ("b) Skr. af 12/1 1942 fra Maskinfabrikant", "ad 1 b."),
        ("15. Ansøgning fra Nedennævnte", "ad 15."),
        ("16. Typograf J. P. Nielsen", "ad 16."),
        ("17. Hasle Boldklub", "ad 17."),
        ("18. Det sociale Boligbyggeri i Hasle, Afd.", "ad 18."),
        ("19. Lærer K. Juul", "ad 19."),
        ("20. Det sociale Boligbyggeri i Hasle anmoder", "ad 20."),
    ], [
        ("A. Rasmussen og S. R. Holm", "indsende", "",
         "Det vedtoges at anmode A. Ras- mussen || foreta- get.",
         "=indsende Ind- beretning om, hvad der er foreta- get"),
    ]),
    # Item 8 d) (tax complaints) has no heading in the OCR; the closing line stands inside item
    # 10's heading paragraph.
    M("Aar 1942 den 10. Februar", "1942-02-10", [], [
        ("1. Efterretningssager:", "ad 1."),
        ("2. 2.Behandling af Overslag", "ad 2. Overslaget"),
        ("3. Aarhus Stiftsamt udbeder", "ad 3."),
        ("4. I/S Hasle Vandværk", "ad 4."),
        ("5. Ansøgning fra Aarhus tekniske", "ad 5."),
        ("6. Sogneraadsmedlem Jens Rasmussen", "ad 6."),
        ("7. Det sociale udvalgs", "ad 7."),
        ("8. Skattesager:", "ad 8."),
        ("8 b) Klage fra Mathilde", "ad 8. b) Klagen"),
        ("c) Kæmner Ibsens", "c) Kommuneskat-"),
        ("d) Nedsat til 1300 Kr.", "SAME"),
        ("9. Ansøgning fra nedennævnte", "ad 9."),
        ("10. Valg af 1 Medlem || afgaaet ved Døden.", "ad 10. Nyvalgt"),
    ]),
    M("Aar 1942 den 28. Februar", "1942-02-28", [], [
        ("1. Fastsættelse af Ligningsprocenter-", "ad 1. Det vedtoges"),
    ]),
    # Signed by all nine. Item 8's sub-points a) - c) are matters of their own ("a)"'s decision
    # stands above its heading); item 11 a)'s decision stands above the heading and 11 b) has
    # no heading. Item 15 "anmode Broch-Lips om at fremkomme med Tilbud": an outside party.
    M("Aar 1942 den 10. Marts", "1942-03-10", P(*HSL_ALL), [
        ("1. Efterretningssager", "ad 1 a - h"),
        ("1. j) Cirk. af 23/2 42", "ad 1 j - l"),
        ("2. Aarhus Amtsraad meddeler", "ad 2."),
        ("3. Henstilling fra et nedsat", "ad 3."),
        ("4. Overlærer A. Pihlkjær", "ad 4."),
        ("5. Justitsministeriets Cirk.", "ad 5."),
        ("6. Andragende fra Brandassistent", "ad 6."),
        ("7. Andragende fra Landinspektør J. P.", "ad 7."),
        ("8. Aaby Sogneraad meddeler", "ad 8."),
        ("a) Om Afdragsbetalere", "~a) Betalinger ordnes"),
        ("b) Hvornaar 1. Bidrag", "b) 1. Bidrag sna-"),
        ("c) om Indbetaling skal", "c) Indbetaling finder"),
        ("9. Berigtigelse af Folketingsvalglisterne", "ad 9."),
        ("10. Det sociale Udvalgs", "ad 10."),
        ("11. Skattesager.", "~ad 11. a) Til Efterretning"),
        ("b) Kan ikke ændres", "SAME"),
        ("12. Andragende fra nedennævnte", "ad 12."),
        ("13. Aarhus Amtsraad meddeler, at Sogneraadet", "ad 13."),
        ("14. Andragende fra Carl Chr. Foged", "ad 14."),
        ("15. H. Broch-Lips", "ad 15."),
        ("16. Indenrigsministeriet tilbagesender", "ad 16."),
        ("17. M. L. Primdahl", "ad 17."),
        ("18. Foranlediget af en Skr.", "ad 18."),
    ], [
        ("formanden", "overlade", "", "=Overlades til For- manden efter den 11. ds.",
         "=Overlades til For- manden"),
        ("formanden, Næstformanden og Kommuneingeniøren", "forhandle", "",
         "Det vedtoges at lade Formanden, || 1d Hasle",
         "forhandle med Amts- vejinspektøren || 1d Hasle"),
    ]),
    # Ekstraordinært; unsigned, no attendance line. Item 1's sub-points a) - e) have decisions of
    # their own (c)'s above its heading); item 11's decision stands above its heading. Items 12
    # and 13 re-elect the formand and næstformand. Item 16 "Der nedsættes et Udvalg bestaaende
    # af Formanden, Jens Holm og M. Kruse" (the sale of grass): no task verb, no action item.
    M("Aar 1942 den 31. Marts", "1942-03-31", [], [
        ("1. Efterretningssager", "ad 1. a) Til Efterret-"),
        ("b) Broch-Lips meddeler", "b) Til Efterret-"),
        ("c) Holbøll - Fonden", "~c) Det vedtoges at bestille"),
        ("d) Aaby Sogneraads sanitære", "d) Til Efterret-"),
        ("e) Landbrugsm. Cirk.", "e) Til Efterret-"),
        ("2. Landbrugsm. Cirk. af 25/3", "ad 2."),
        ("3) Læge Anton Nielsen", "ad 3."),
        ("4. a) Andragende fra Landinspektør", "ad 4."),
        ("b) Andragende fra Landinspektør", "b) Anbefales"),
        ("5. Andragende fra Gaardejer Ole Olsen", "ad 5."),
        ("6. Skr. af 12/3 42", "ad 6."),
        ("7. Lærer A. Bauning", "ad 7."),
        ("8. Det sociale Udvalgs", "ad 8."),
        ("9. Benny Fregil", "ad 9."),
        ("10. Aarhus Amtsraads Vejudvalg", "ad 10."),
        ("11. Aarhus Amtsraad meddeler Tilladelse", "~ad 11. Til Efter-"),
        ("12. Valg af Formand", "ad 12."),
        ("13. Valg af Næstformand", "ad 13."),
        ("14. Anskaffelse af 1 Uhr", "ad 14."),
        ("15. Indberetning af et Stab", "ad 15."),
        ("16. Salg af Græs", "ad 16."),
        ("17. Andragende fra Landinspektør", "ad 17."),
    ], [
        ("Reinhard Pedersen", "faa", "",
         "=Det vedtoges at lade Reinhard Pedersen faa Ejendommen i Kommission.",
         "=faa Ejendommen i Kommission"),
        ("Jens Holm og Kæmneren", "indkøbe", "", "Der overlades til || Kæmnerkontoret.",
         "=indkøbe et Uhr til Kæmnerkontoret"),
        ("S. P. Jensen", "overdrage", "", "Det vedtoges at over- drage Arbejdet || 165 Kr.",
         "=over- drage Arbejdet til S. P. Jensen"),
    ]),
    # "Fraværende J. Rasmussen" in the opening. Items 9 a) and b) share a heading paragraph and a
    # decision paragraph; item 10 a)'s and c)'s decisions stand above their headings; item 13
    # has no number.
    M("Aar 1942 den 21. April", "1942-04-21",
      absent("=Fraværende J. Rasmussen", "J. Rasmussen"), [
          ("1. Efterretningssager.", "ad 1."),
          ("2. Århus Amts Vejinspektorat", "ad 2."),
          ("3. Skr. af 27/3 42 fra Luftværnets", "ad 3."),
          ("4. Undervisningsm. Cirk.", "ad 4."),
          ("5. Ansøgning fra H. Elgaard", "ad 5."),
          ("6. Reinhard Pedersen, Hasle", "ad 6."),
          ("7. Arbmd. Hans Peder", "ad 7."),
          ("8. Leje af Træskur", "ad 8."),
          ("=9 a)Det sociale Udvalgs || til Godkendelse.",
           "~=ad 9. a) Protokol- len oplæst og godkendt"),
          ("b) Skr. af 8. ds. fra Socialm.", "=b) Til Efterret- ning"),
          ("10. Skattesager.", "~ad 10. a) Det vedtoges"),
          ("b) Andragende fra Erik Jørgen", "b) Kan ikke be-"),
          ("c) Andragende fra H. Dalbøge", "~=c) Bevilget"),
          ("d) Andragende fra Gartner Arne", "d) Bevilget"),
          ("e) Klager over Skatteansættelsen", "Nedsat til 3400 Kr."),
          ("11. Ansøgninger fra nedennævnte", "ad 11"),
          ("12. Fortsat Behandling af Sag", "ad 12."),
          ("Tilbud fra Broch Lips, Aabyhøj", "ad 13."),
          ("14. Forslag om Anskaffelse", "ad 14."),
          ("15. Chr. Volmer Christensen", "ad 15."),
          ("16. Gaardejer Søren Kruse", "ad 16."),
      ], [
          ("S. P. Jensen, Jens Rasmussen, Vejmanden og Kommuneingeniøren", "forhandle", "",
           "Det vedtoges at overlade S. P. Jensen, || om Sagen.",
           "=forhandle nærmere om Sagen"),
      ]),
    # Item 12 a)'s decision stands above the heading.
    M("Aar 1942 den 12. Maj", "1942-05-12", [], [
        ("1. Efterretningssager", "ad 1."),
        ("1 h) Indenrigsm. medd.", "ad 1."),
        ("2. Andragende fra Pedellerne", "ad 2."),
        ("3. Fornyet Andragende fra Landbrugs-", "ad 3."),
        ("4. Det sociale Udvalgs", "ad 4."),
        ("5. Andragende fra Egund", "ad 5."),
        ("6. Kongeriget Danmarks Hypotekbank fore-", "ad 6."),
        ("7. Kongeriget Danmarks Hypotekbank", "ad 7."),
        ("8. Samtykke til", "ad 8."),
        ("9. Skøde betinget", "ad 9."),
        ("10. Lejekontrakt med Søren Kruse", "ad 10."),
        ("11. Socialm. medd.", "ad 11."),
        ("12. Ansøgninger fra nedennævnte", "~ad 12 a) Kan ikke"),
        ("b) Abonnement paa Flyve", "b) Sagen har"),
        ("13. Andragende fra Sofie Andresen", "ad 13."),
        ("14. Andragende fra Chr. Voldby", "ad 14."),
        ("15. Andragende fra Formanden for Korn-", "ad 15."),
    ]),
    # "ad 1. h - j" stands above item 1 h)'s heading; "ad 20" has no heading. Item 15 "Til
    # Sjakformand valgtes": a role noun. Item 21 "Overlades til A. Rasmussen": a referral.
    M("Aar 1942 den 9. Juni", "1942-06-09", [], [
        ("1. Efterretningssager", "ad 1. a-g"),
        ("1. h) Mælkehandler", "~ad 1. h - j"),
        ("2. Skr. af 16/5 42", "ad 2."),
        ("3. Aarhus Amtsraad meddeler, at der", "ad 3."),
        ("4. Kongeriget Danmarks", "ad 4."),
        ("5. Aarhus Amts Skoledirektion", "ad 5."),
        ("6. Bevilling af 10%", "ad 6."),
        ("7. Andragende fra Lærerinde Kirsten", "ad 7."),
        ("8. Andragende fra Overlærer H. Rahbek", "ad 8."),
        ("9. Andragende fra Hasle og Lisbjerg", "ad 9."),
        ("10. Andragende fra Købmand Søren Holm", "ad 10."),
        ("11. Andragender fra Landinspektør", "ad 11"),
        ("12. Fastsættelse af Salgsvilkaar", "ad 12."),
        ("13. Forslag om Opstilling", "ad 13."),
        ("14. Fastsættelse af Dato", "ad 14."),
        ("15. Vejene i Haslevangen.", "ad 15."),
        ("16. Tilbud om Afstaaelse", "16. Udsat"),
        ("17. Fastsættelse af Datoen for Udflug-", "ad 17."),
        ("18. Det sociale Udvalgs", "ad 18."),
        ("19. Skattesager.", "ad 19."),
        ("ad 20 Til Efterretning", "SAME"),
        ("21. Lærer Henry Jensen", "ad 21."),
        ("22. Andragende fra Heinrich Hansen", "ad 22."),
        ("23. Skrivelse af 6. Juni", "ad 23. || anførte Tider."),
    ], [
        ("A. Rasmussen", "overlade", "",
         "=Overlades til A. Rasmussen m. H. t. Anskaffelse af fornø- dent Materiel.",
         "=Overlades til A. Rasmussen"),
    ]),
    # Ekstraordinært, at S. R. Holm's in Terp. Item 3 "Til Bestyrelsen valgtes": an election.
    # Item 6: the committee is "to negotiate" (an action item) "and finally to settle the
    # matter" (afgøre: a decision act, no item).
    M("Aar 1942 den 24. Juni", "1942-06-24", [], [
        ("1. Regning paa Istandsættelse", "ad 1."),
        ("2. Ning og Hasle", "ad 2."),
        ("3. Landbrugskandidat J. Jespersen", "ad 3."),
        ("4. Skrivelse af 27. ds.", "ad 4."),
        ("5. Andragende fra Politibetj.", "ad 5."),
        ("6. Andragende fra Landinspektør J. P.", "ad 6."),
    ], [
        ("et Udvalg bestaaende af Formanden, Næstformanden, M. Kruse og Kommuneingeniøren",
         "forhandle", "", "Det overlades til et Udvalg || afgøre Sagen.",
         "=forhandle nærme- re med de interesse- rede Parter"),
    ]),
    # "Fraværende var: S. R. Holm"; six members sign (Harmsen and Kruse neither sign nor are
    # named absent: no rows). Item 8 b)'s decision stands above its heading.
    M("Aar 1942 den 7. Juli", "1942-07-07",
      A("S. R. Holm")
      + P("J. P. Olsen", "Alex Petersen", "Jens Holm", "A. Rasmussen", "S. Jensen",
          "Jens Rasmussen"), [
          ("1. Efterretningssager.", "ad 1. a-c"),
          ("2. Kommunens Regnskab", "ad 2."),
          ("3. Valg af 1 Medlem til Børneværns-", "ad 3."),
          ("4. Fornyet Andragende fra Overlærer", "ad 4."),
          ("5. Opsigelse fra Lærer", "ad 5."),
          ("6. Skoledirektionen meddeler", "ad 6."),
          ("7. Det sociale Udvalgs", "ad 7."),
          ("8. Skattesager.", "ad 8. a)"),
          ("b) Andragende fra Alfred Callesen", "~=b) Kan ikke bevil- ges."),
          ("c) Andragende fra Carl Chr. Giversen", "c) Kan ikke"),
          ("9. Ansøgning fra Nedennævnte", "ad 9."),
          ("10. Andragende fra Snedkerm.", "ad 10."),
          ("11. Andragende fra N. V. Nielsen", "ad 11."),
      ]),
    # Item 5's decision stands above its heading (after item 4's); both set up the same
    # committee, "der arbejder videre med Sagen": an action item each. Item 10 (headed "910.")
    # elects a member and tells the amtmand: no item.
    M("Aar 1942 den 4. August", "1942-08-04", [], [
        ("1. Gudenaacentralens Koblingssta-", "ad 1."),
        ("2 a)Andragende fra Landinspektør", "ad 2. a)"),
        ("b) Andragende fra Landinspektør J. P. Rørholm", "ad 2 b)"),
        ("3. Andragende fra Landinspektør Svend", "ad 3."),
        ("4. Aarhus Stiftsamt tilbagesender", "ad 4."),
        ("5. Skrivelse af 24/6 1942", "~ad 5. Der vedtoges"),
        ("6. Tilbud fra nedennævnte", "ad 6."),
        ("7. Sogneraadsformanden og Sogneraads-", "ad 7."),
        ("8. LR Sagfører C. Holst", "ad 8."),
        ("9. Andragende fra Foreningen Socialt", "ad 9."),
        ("910. Arbejds- og Socialministeriets", "ad 10."),
        ("11. Det sociale Udvalgs", "ad 11."),
        ("12. Skattesager.", "ad 12."),
        ("b) Skr. af 14/7 42 fra Statens", "b) Det vedtages at"),
        ("12. c) Andragende fra Ismester", "ad 12 c)"),
        ("13. Efterretningssager.", "ad 13. a - h"),
        ("14. Skrivelse af 30/7 42", "ad 14."),
        ("15. Gaardejer Ejnar Jacobsen", "ad 15."),
        ("16. Skrivelse fra Skole- og", "ad 16."),
        ("17. Andragende fra Landinspektør J. P:", "ad 17."),
        ("18. Kommuneingeniøren indstiller", "ad 18."),
        ("19. Andragende fra Partikulier", "ad 19."),
        ("20. Forslag fra Sogneraadsformanden", "ad 20."),
    ], [
        ("et Udvalg bestaaende af J. P. Olsen, M. Kruse og Jens Rasmussen", "arbejde videre",
         "", "=Der valgtes et Ud- valg || med Sagen.", "=arbejder videre med Sagen"),
        ("et Udvalg bestaaende af J. P. Olsen, M. Kruse og Jens Rasmussen", "arbejde videre",
         "", "=Der vedtoges et Udvalg || med Sagen", "=arbejder videre med Sagen"),
    ]),
    # Item 2 has no number. Item 13 a) (complaints) has no decision in the text; b)'s decision
    # stands above its heading. Item 8 "De stedlige Sogneraadsmedlemmer valgtes til at
    # Forhandling med ... Entreprenør" (for "forhandle"): "vælge Y til at V".
    M("Aar 1942 den 8. Septbr.", "1942-09-08", [], [
        ("1. Efterretningssager:", "ad 1. a-f"),
        ("Gartnernes Udstilling", "ad 2 Bevilget"),
        ("3. Andragende fra Hasle Samariterfor-", "ad 3."),
        ("4. Andragende fra Overlærer H. Rahbek", "ad 4."),
        ("5. Kæmner Petersen foreslaar", "ad 5."),
        ("6. Valg af Snefoged", "ad 6."),
        ("7. Fremlæggelse af Detailprojekt", "ad 7."),
        ("8. Forslag om, at der som Kantsten", "ad 8."),
        ("9. Skr. af 19/8 42 fra Elektricitetsraadet", "ad 9."),
        ("10. Andragende om Approbation", "ad 10"),
        ("11. Kommuneingeniøren meddeler", "ad 11."),
        ("12. Det sociale Udvalgs", "ad 12."),
        ("13. Skattesager", None),
        ("b) Ansøgning fra Ketty Juul", "~=b) Skat svares af 100 Kr."),
        ("14. Bestyrer M. Krogh", "ad 14."),
        ("15. Fru Laura Pihlkjær", "ad 15."),
        ("16. Andragende fra Anders Nielsen", "ad 16."),
        ("17. Indstilling fra Kommuneingeniøren", "ad 17."),
        ("18. Skr. af 7. ds. fra Landinspektør", "ad 18."),
    ], [
        ("de stedlige Sogneraadsmedlemmer", "forhandle", "",
         "=De stedlige Sogne- raadsmedlemmer || af Søsten.",
         "=For- handling med ved- kommende Entre- prenør om Frem- stilling af Kant- sten af"
         " Søsten"),
        ("kommuneingeniøren", "indvarsle", "", "=Det overlades til Kommuneinge- niøren || d. A.",
         "=ind- varsle til Lodsejer- møde vedrørende Bymosevej"),
    ]),
    # Item 20's decision stands above its heading. Item 10 "overdrage Leverancen til Aage E.
    # Holst": the supply handed over. Item 13 "indsende de ønskede Oplysninger": no actor.
    M("Aar 1942 den 13. Oktober", "1942-10-13", [], [
        ("1. Efterretningssager", "ad 1."),
        ("2. Skrivelse af 18/9 1942", "ad 2."),
        ("3. Ansøgning fra Mejeriet", "ad 3."),
        ("4. Fastsættelse af Forholdet", "ad 4."),
        ("5. Ansøgning fra Benny Fregil", "ad 5."),
        ("6. Andragende fra Landbrugskandidat", "ad 6."),
        ("7. Indenrigsministeriet fremsender", "ad 7."),
        ("8. Andragende fra Statshusmand", "ad 8."),
        ("9. Undervisningsm. Cirk.", "ad 9."),
        ("10. Tilbud paa Levering af Skolemateriel", "ad 10."),
        ("11. Luftværnschefen", "ad 11."),
        ("12. Skr. af 25/9 1942", "ad 12."),
        ("13. Skr. af 6/10 1942", "ad 13."),
        ("14. Det sociale Udvalgs", "ad 14."),
        ("15. a) Andragende fra L. P. Overgaard", "ad 15. a)"),
        ("b) Andragende fra Maskinsnedker", "b) Det vedtoges"),
        ("16. Andragende fra H. Rahbek, Knud", "ad 16."),
        ("17. Andragende fra Lærer H. Moustgaard", "ad 17."),
        ("18. Andragende fra cst. Overlærer", "ad 18."),
        ("19. Kæmneren meddeler", "ad 19."),
        ("20. Heinrich Hansen", "~ad 20. Det vedtoges"),
        ("21. Andragende fra Lærer Knud Juul", "ad 21."),
        ("22. Gaardejer Jens Lisager", "ad 22."),
        ("23. Andragende fra Elev-Lisbjerg", "ad 23."),
        ("24. Andragende fra Lærerinde Mathilde", "ad 24."),
        ("25. Tilbud på Levering", "ad 25."),
    ], [
        ("Aage E. Holst", "overdrage", "",
         "=Det vedtoges at overdrage Leve- rancen til Aage E. Holst",
         "=overdrage Leve- rancen til Aage E. Holst"),
        ("A. Rasmussen", "forhandle", "", "Det vedtoges at overlade til A. Ras- || Æn- dringer.",
         "=forhand- le med Luftværnsle- derne ved Skolerne om de ønskede Æn- dringer"),
    ]),
    # Ekstraordinært.
    M("Aar 1942 den 23. Oktober", "1942-10-23", [], [
        ("1. Skrivelse af 19. Oktbr.", "ad 1."),
        ("2. Det sociale Udvalgs", "ad 2."),
    ]),
    # "Fraværende var: M. Kruse og J. Rasmussen". Item 2 "Sogneraadet repræsenteres ved
    # Sogneraadsformanden": a passive with agent, no action item.
    M("Aar 1942 den 10. November", "1942-11-10",
      absent("=Fraværende var: M. Kruse og J. Rasmussen", "M. Kruse", "J. Rasmussen"), [
          ("1. Efterretningssager:", "ad 1."),
          ("2. Fællesorganisationen", "ad 2."),
          ("3. Andragende fra Overlærer H. Rahbek", "ad 3."),
          ("4. Andragende fra Aarhus Omegns", "ad 4."),
          ("5. Andragende fra Pedel Bernth", "ad 5."),
          ("6. Andragende fra Landinspektør", "ad 6."),
          ("7. Ministeriet for off. Arbejder", "ad 7."),
          ("8. Cirkulære af 28/10 42", "ad 8."),
          ("9. Det sociale Udvalgs", "ad 9."),
          ("10. Skattesager:", "ad 10."),
          ("11. Finansministeriet", "ad 11."),
          ("12. Viby Sogneraad", "ad 12."),
          ("13. Andragende fra Harding", "ad 13."),
          ("14. Andragende fra Hasle Sygeplejefore-", "ad 14."),
      ]),
    # In Folkets Hus, Aarhus; "Fraværende fra M. Kruse". Item 18 "meddele Overlæreren, at det
    # indskærpes Lærerne at føre ... Tilsyn": a message to outside parties, no item.
    M("Aar 1942 den 5. December", "1942-12-05",
      absent("=Fraværende fra M. Kruse", "M. Kruse"), [
          ("1. Efterretningssager:", "ad 1 a - g"),
          ("1 h) Aarhus Amtsraad godkender", "ad 1 h-l"),
          ("2. Prisudvalget", "ad 2."),
          ("3. Andragende fra fhv. Rangermester", "ad 3."),
          ("4. Fru L. Pihlkjær", "ad 4."),
          ("5. Andragende fra H. C. Lund", "ad 5."),
          ("6. Valg af Aftenskolenævn", "ad 6."),
          ("7. Optagelse af Laan", "ad 7."),
          ("8. Andragende fra Landinspektør", "ad 8."),
          ("9. Andragende fra Aarhus Handelsforenings", "ad 9."),
          ("10. Andragende fra D.A.F.", "ad 10."),
          ("11. Det sociale Udvalgs", "ad 11."),
          ("12. Skattesager.", "ad 12."),
          ("13. Finansministeriet", "ad 13."),
          ("14. Min. for off. Arbejder", "ad 14."),
          ("15. Skr. af 28/11 42", "ad 15."),
          ("16. Slutseddel", "ad 16."),
          ("17. Aarhus Amts Landøkonomiske", "ad 17."),
          ("18. Pedel Mortensen", "ad 18."),
      ]),
    # "Fraværende var: Jens Rasmussen". Item 9's decision stands above its heading; item 18's
    # decisions have no "ad". Item 5 "henstille til Sygekassens Revisorer at underrette": the
    # sick fund's auditors, an outside party; item 21 "forlange af Gymnastikforeningen": a demand
    # on an outside party; item 13 "anskaffes ved O. S. Jensen": a supplier, no actor.
    M("Aar 1942 den 29. December", "1942-12-29",
      absent("=Fraværende var: Jens Rasmussen", "Jens Rasmussen"), [
          ("1. Efterretningssager.", "ad 1."),
          ("2. 1. Behandling af Overslag", "ad 2."),
          ("3. Revisionskontoret", "ad 3."),
          ("4. Skr. af 19/12 1942", "ad 4."),
          ("5. Skr. af 17/12 42 fra Direkt.", "ad 5."),
          ("6. Andragende fra Aarhus tekniske Skole om Driftstilskud", "ad 6."),
          ("7. Andragende fra Aarhus tekniske Skole om yderligere", "ad 7."),
          ("8. Skr. fra Luftværnschefen", "ad 8."),
          ("9. Andragende fra E. Springborg", "~ad 9. Det vedtoges"),
          ("10. Andragende fra Fru Herdis", "ad 10."),
          ("11. a) Landbrugskandidat", "ad 11."),
          ("b. Andragende fra fhv. Rangerme-", "b) Det vedtoges at"),
          ("12. Andragende fra Gdr. Anton", "ad 12."),
          ("13. Snefoged L. P. V. Bjarne", "ad 13."),
          ("14. a) Andragende fra Landinspektør", "ad 14."),
          ("b) do fra do", "b) Anbefales"),
          ("15. Anmodning fra Hasle Vandværk", "ad 15."),
          ("16. Det sociale Udvalgs", "ad 16"),
          ("17. a) Andragende fra Typograf", "ad 17 a)"),
          ("b) Andragende fra Svend Aamann", "b) Kan ikke be-"),
          ("18. Ansøgning fra nedennævnte", "a) Afslaaet b) Bebilget"),
          ("19. Valg af 1 Medlem", "ad 19."),
          ("20. Gdr. Anders Jensen", "ad 20."),
          ("21. Pedel Mortensen", "ad 21."),
          ("22. Sogneraadsmedlem S. R. Jensen", "ad 22."),
      ]),
]
HSL_ROLES = [(0, "J. P. Olsen", "formand"), (0, "S. R. Holm", "næstformand"),
             (4, "J. P. Olsen", "formand"), (4, "S. R. Holm", "næstformand")]

BOOKS_GOLD = [
    (HSL, HSL_MEETINGS, HSL_NAMES, HSL_ROLES),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT, builder=build_late)
