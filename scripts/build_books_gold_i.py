"""Build ``corpus/gold/books_i.jsonl``: development gold of a parish minute book (set I).

Issue 17. Set I holds ``Hasle-Skejby-Lisbjerg_1940.txt``. Annotated by reading the book in
``../shared/corpus/aarhus-parish-1940-1945`` whole, following ``corpus/GUIDELINES.md`` ("Minute
books", "Action items"), by a helper who did not see the system's output for it; the book is never
copied here: this script holds only short anchors (a few opening words, names) and finds their
offsets.

The anchor language and its checks are in ``scripts/books_gold.py``. As in
``build_books_gold_e.py`` and ``_g.py``, the book is set in two columns (the matter on the left,
"ad n." with the decision on the right), and the OCR now and then puts a decision above its
matter's heading, or a joint decision paragraph after a second heading. Such a decision is written
in the matter list with a leading ``~`` (:func:`books_gold.build_late`): it is searched in the
whole meeting (and must be unique there), and must lie after the previous matter's heading, inside
no heading and before the first heading that follows it.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_i.py
"""

from __future__ import annotations

from books_gold import REPO, A, M, P, absence_record, build_late, main

OUT = REPO / "corpus" / "gold" / "books_i.jsonl"


# =============================================================================================
# Hasle-Skejby-Lisbjerg 1940 (9 January - 28 December 1940): seventeen meetings, each opened
# "Aar 1940 den <day>. <month> Kl. .. afholdt Sogneraadet [ordinært | ekstraordinært] Møde ..."
# (20 August - 12 November "afholdtes [eks]ordinært Sogneraadsmøde i Skejby"; 10 December "aar
# 1940 ..."; 17 February in Østergades Hotel, Aarhus) and closed "Oplæst. Mødet hævet." ("Oplæst.
# Godkendt." 2 July; 20 April has no closing line, its signatures follow the last item). 20
# April, 20 August and 28 December are extraordinary; 28 February is the one-matter meeting
# fixing the tax rates. The book starts with the first opening. It ends inside the 28 December
# meeting: the agreement with the nursing association runs to the text's end with no closing line
# and no signatures, so that meeting is a fragment (its closing is not in the text).
#
# Members. Nine at a time, as they sign 9 January, 9 April and 14 May: J. P. Olsen, Jens Holm
# ("J. Holm"), Martin Kruse ("M. Kruse", "Proprietær M. Kruse"), S. R. Holm ("J. R. Holm" in the
# 15 March signatures), Jens Rasmussen, Alex Petersen ("A. Petersen"), Herløv Harmsen ("H.
# Harmsen", "Handelsgartner H. Harmsen"), A. Rasmussen ("Smed A. Rasmussen") and the teacher H. V.
# Rahbek, who signs "H V Rahbek", "H.V. Rahbek", "H.V.Rahbek", "H. V. Rahbek", "H. W. Rahbek" and is
# "Overlærer H. Rahbek" in the matters; 14 May item 2 names him in full, "Helge Valdemar Rahbek,
# Lisbjerg": resolved so. 14 May item 8 grants his request to leave the council (his Overlærer
# post) and calls in the suppleant "Tømrerm. S. P. Jensen, Lisbjerg", who signs "S. Jensen" from
# 11 June on (resolved "S. P. Jensen", as the 1941 and 1942 gold). 15 March items 2 and 3 elect
# J. P. Olsen formand and S. R. Holm næstformand for 1940/41 ("Valgt blev", not called a
# re-election): the offices are held from that meeting on, as the Hjortshøj-Egaa 1940 gold does;
# before it the book names no holder (open case: the 1941 book shows both re-elected).
#
# Attendance. Twelve meetings are signed; their signatures give the present rows. Four of them
# also name absent members in the opening: 17 February "Fraværende: H. Harmsen, M. Kruse og Jens
# Rasmussen" (the other six sign; a stray "J" line under the signatures is no name), 15 March
# "Fraværende var H. Harmsen", 20 April "Smed A. Rasmussen var fraværende", 8 October "Fraværende
# var M. Kruse": absent rows at that statement. Members who neither sign a signed meeting nor are
# named absent get no row (Rahbek 6 February, 28 February and 15 March; Harmsen 28 February; S. R.
# Holm 2 July; Jens Rasmussen and S. Jensen 8 October). Two unsigned meetings name absent members
# in the opening, "Fraværende fra S. R. Holm og Jens Rasmussen" (20 August; "fra" read as "var",
# as the 1942 and 1944 gold) and "Fraværende var A. Rasmussen og H. Harmsen" (28 December): by the
# guideline each is a full record, the named members absent (rows at the name) and the seven other
# members of that period present (rows at the statement, in the 13 August signatures' spelling).
# 10 September, 12 November and 10 December are unsigned and state no attendance: no rows (10
# September's votes "5 St. mod 4" are counts, and members named in a matter as given a task are
# not thereby present).
#
# Matters. Each numbered point is a matter (its heading paragraph, the decision its "ad n."
# paragraph); a lettered sub-point with a heading and a decision of its own is a matter of its
# own, while a list under one heading answered by one paragraph (institutions asking for grants,
# "Efterretningssager a - o", 10 September "1 a) ... b)" answered by one "ad 1.") is one matter.
# "ad n." paragraphs whose heading the OCR lost are matters whose heading is that paragraph
# ("SAME"): 14 May "ad 7. a)" (tax complaints), 11 June "ad 15." and "ad 19 d)". Points that state
# their own decision ("15. Det vedtoges at anmode Lærerne ...", "31. Det vedtoges at meddele
# Overlærerne ...", "16. Det vedtoges at meddele Snefogderne ...") are "SAME". 2 July item 6 has
# no number in its heading. Misnumbered headings and decisions are read by position (15 March
# "145." for 14, 12 November "ad 1." for 11, 10 December "c) XXXXXX" for 12 e). 9 April "ad 20."
# states nothing: -1. The "10. Skattesager:" (12 November) and "12. Skattesager:" (10 December)
# lines stand alone above their lettered sub-points and are no matters of their own; their "ad
# n." paragraph, with the first sub-point's answer, stands above that sub-point's heading. 11 June
# items 13 a) and b) share a heading paragraph and a decision paragraph: two matters. 28 December
# has one unnumbered matter (the nursing association invited to negotiate; "Man enedes om ...").
#
# Actions (18). Counted: "Det overlades til de stedlige Sogneraadsmedlemmer at optage" (9 January;
# the sentence breaks off in the OCR), "anmode A. Rasmussen om ... at fremkomme med Forslag" (a
# member, not an outside party, as the 1942 gold), the road committee's recommendation "at
# Proprietær M. Kruse ... dirigerer den fornødne Grusning" adopted "Udvalgets Indstilling
# tiltraadtes" (9 January item 19: the recommendation form, as the Viby 1940 gold counts an
# adopted committee recommendation in the matter as it came in), "nedsætte et Udvalg best. af
# ... til at forhandle med Rahbek", the "Det [vedtoges at] overlade[s] til Y at V" decisions
# (Byggeudvalget, Kasse- og Regnskabsudvalget, Kommuneingeniøren, Jens Rasmussen og M. Kruse,
# Vejudvalget, the members in Hasle with the engineer, the chairman and the engineer, J. Holm og
# A. Rasmussen), "overdrage Skoleudvalgets Formand at forhandle" and "overdrage til A. Rasmussen,
# S. P. Jensen og S. R. Holm at bistaa", "lade Vejstrækningen opmaale ved Landinspektør Svend
# Nielsen" (12 November: "lade ... foretage af Y"), and the referrals "Overlades til
# Sundhedskommissionen", "Tilstilles Vejudvalget til Afgørelse", "Tilstillet Jens Holm til nærmere
# Indstilling". Not counted: requests and demands to outside parties and staff ("anmode Havearkitekt
# Rud Nielsen", "anmode Hasle Grundejerforening", "anmode Kloak-Entreprenøren om at istandsætte
# Vejen inden 14 Dage", "anmode Arb. Forb. ... om at udpege", "opfordre samtlige Lærere ... til at
# danne Komite", "anmode Lærerne om at fortsætte", "anmode Overlærer Rahbek om at føre ... Tilsyn"
# (no longer a member: a request, as the 1941 gold's "anmode Overlærerne"), "meddele Simonsen, at
# Affaldet maa være fjernet inden 1. Juli", "meddele Sygeplejeforeningen ...", "meddele
# Snefogderne ..."); 20 April item 15 "de nykaldede Lærere skal først give Møde ved de nye Skoler d.
# 10 Maj" (open case: the rest of the message to the teachers, reporting for duty, no task handed
# on); elections and role nouns whose task verb stands only in the matter as it came in (15 March
# "vælge følgende Repræsentanter", 14 May and 10 September "Til Repræsentant[er] valgtes", 11 June
# the committee seats); 11 June item 13 b) "meddele Bygningskommisionen den ønskede Bemyndigelse"
# (the authority's verb stands only in the matter as it came in); 2 July item 5 "Skr. udleveret
# til Kommuneingeniøren" (a clerical act reported done, beside "Til Efterretning"); 12 November
# item 16 "Bevilget efter nærmere Anvisning af Jens Rasmussen" (a noun, no task verb); passives
# with an agent ("Antegnelserne besvares af Sogneraadet"); sending a case to an outside body
# ("sende Sagen til Egnsplansudvalgets Erklæring", "Sagen videre ekspederet til
# Skoledirektionen"); and decisions with no actor ("Det vedtoges at indkøbe Giften og at forhandle
# med Jens M. Jensen", "indhente Tilbud", "Man enedes om at indgaa en Overenskomst").
# =============================================================================================
HSL = "Hasle-Skejby-Lisbjerg_1940.txt"
HSL_NAMES = {
    "J. P. Olsen": "J. P. Olsen",
    "Jens Holm": "Jens Holm", "J. Holm": "Jens Holm",
    "Martin Kruse": "Martin Kruse", "M. Kruse": "Martin Kruse",
    "S. R. Holm": "S. R. Holm", "J. R. Holm": "S. R. Holm",
    "Jens Rasmussen": "Jens Rasmussen",
    "Alex Petersen": "Alex Petersen",
    "Herløv Harmsen": "Herløv Harmsen", "H. Harmsen": "Herløv Harmsen",
    "A. Rasmussen": "A. Rasmussen",
    "H V Rahbek": "Helge Valdemar Rahbek", "H.V. Rahbek": "Helge Valdemar Rahbek",
    "H.V.Rahbek": "Helge Valdemar Rahbek", "H. V. Rahbek": "Helge Valdemar Rahbek",
    "H. W. Rahbek": "Helge Valdemar Rahbek",
    "S. Jensen": "S. P. Jensen",
}
# The members from 11 June on, in their 13 August signatures' spelling.
HSL_LATE = ("J. P. Olsen", "S. R. Holm", "S. Jensen", "Herløv Harmsen", "A. Rasmussen",
            "Jens Rasmussen", "Martin Kruse", "Jens Holm", "Alex Petersen")


def absent(statement: str, *people: str) -> list:
    return absence_record(statement, people, HSL_LATE, HSL_NAMES)


HSL_MEETINGS = [
    # Signed by all nine. Item 1's list is answered "ad 1. a - g" and "ad 1. h - p": one matter.
    # Item 5's decision and item 11 b)'s stand above their headings. Item 19: the road
    # committee's recommendation adopted.
    M("Aar 1940 den 9. Januar", "1940-01-09",
      P("J. P. Olsen", "J. Holm", "Martin Kruse", "S. R. Holm", "H V Rahbek", "Jens Rasmussen",
        "Alex Petersen", "Herløv Harmsen", "A. Rasmussen"), [
          ("1. Efterretningssager", "ad 1. a - g"),
          ("2. 1. Behandling af Overslag", "ad 2. Det vedtoges at"),
          ("3. Aarhus Stiftsamt udbeder", "ad 3. Det vedtoges"),
          ("4. Skr. af 23/12 39 fra Socialministeriet", "ad 4."),
          ("5. Indenrigsm. meddeler i Skr. af", "~ad 5. Til Efterret-"),
          ("6. Dansk Arbejdsmandsforbund op-", "ad 6. Det vedtoges at"),
          ("7. Knud Larsen, Hasle, forespørger", "ad 7. Det overlades"),
          ("8. Skoledirektionen for Aarhus Amts-", "ad 8. Det vedtoges"),
          ("9. Andragende fra Landinspektør", "ad 9 Anbefales"),
          ("10. Det sociale Udvalgs Forhand-", "ad 10 Protokollen"),
          ("11 a) Udkast til Vedtægt", "ad 11. Det vedtoges || af Vedtægten"),
          ("b) Klage fra Jørgen Max. Christensen", "~=b) Kan ikke Be- vilges"),
          ("12. Ansøgning fra nedennævnte", "ad 12 || c) Bevilget 50 Kr."),
          ("13. Finansministeriet forespør-", "ad 13. Det vedtoges"),
          ("14. Andragende fra Forældreraadet", "ad 14 Kontorholds-"),
          ("15. Indst. fra et Sogneraadsudvalg", "ad 15. Indstil-"),
          ("16. Indstilling fra Bygningskommisi-", "ad 16 Det vedtoges"),
          ("17. Enkefru Lausine Amdisen", "ad 17"),
          ("18. Andragende fra Søren Ottenius", "ad 18 Kan ikke"),
          ("19. Vejudvalget indstiller", "ad 19. Udvalgets"),
          ("20. Martinus Rasmussen, Lisbjerg", "ad 20. Bevilget."),
          ("21. Tilskud til Røde Kors", "ad 21. Det vedtoges"),
          ("22. Tilbud paa Levering af Inven-", "ad 22. Det vedtoges at"),
          ("23. Forslag om Anskaffelse af 2 Bone-", "ad 23 Det vedtoges"),
          ("24. Forslag om Rotteudryddelse", "ad 24. Det vedtoges"),
          ("25. Ejeren af Matr. Nr. 4 h", "ad 25. Frslaget"),
          ("26. Forslag om Anskaffelse af et nyt Uhr", "ad 26. Forslaget"),
      ], [
          ("de stedlige Sogneraadsmedlemmer", "optage", "",
           "=Det overlades til de stedlige Sog- neraadsmed- lemmer at op- tage nærmere",
           "=op- tage nærmere"),
          ("A. Rasmussen", "fremkomme", "", "Det vedtoges at anmode A. Ras- || med Forslag",
           "=frem- komme med Forslag"),
          ("Proprietær M. Kruse", "dirigere", "", "Vejudvalget indstiller, at || glat Føre.",
           "=dirigerer den fornødne Grusning af Biuve- jene i glat Føre"),
      ]),
    # Signed by eight (Rahbek neither signs nor is said to be absent: no row). The decisions of
    # items 14, 25 and 28 stand above their headings. Item 16: S. R. Holm's dissent is minuted.
    M("Aar 1940 den 6. Februar", "1940-02-06",
      P("J. P. Olsen", "S. R. Holm", "J. Holm", "A. Rasmussen", "Herløv Harmsen",
        "Jens Rasmussen", "Martin Kruse", "Alex Petersen"), [
          ("1. Landinspektør Svend Nielsen", "ad 1. Til Efterret-"),
          ("2. 2´ Behandling af Overslag", "ad 2. Det vedtoges"),
          ("3. Skyldraadet fremsender", "ad 3. Til Efter-"),
          ("4. Fordelningskontoret meddeler", "ad 4. Til Efter-"),
          ("5. Medd. fra Indenrigsm.", "ad 5. Til Efter-"),
          ("6. Danske Grundejeres Brandforsikring", "ad 6. Udsat til"),
          ("7. National Indsamlingen 1940", "ad 7. Udsat indtil"),
          ("8. Kæmnerkontoret forespørger", "ad 8."),
          ("9. Aarhus Amts Sogneraadsforening", "ad 9. Det vedtoges"),
          ("10. Sogneraadsforeningen fremsender", "ad 10. Til Efter-"),
          ("11. Indenrigsministeriets Bekendt-", "ad 11. Til Efter-"),
          ("12. SM-Lampe", "ad 12. Til Efter-"),
          ("13. Forslag til Rengøringsvedtægt", "ad 13. Det udarbejde-"),
          ("14. Skoledirektionen for Aarhus Amts-", "~ad 14. Til Efter-"),
          ("15. Lærer H. Rahbek, Lisbjerg, foreslaar", "ad 15. Det vedtoges at"),
          ("16. Redegørelse vedr. Projekt", "ad 16 Det vedtoges med"),
          ("17. Forslag fra Kommuneingeniøren", "ad 17. Det vedtoges"),
          ("18. Kommunens Funktionærer", "ad 18. Forslaget"),
          ("19. Beretning fra Sogneraadsfor-", "ad 19. Til Efter-"),
          ("20. Det sociale Udvalgs Forhand-", "ad 20. Protokollen"),
          ("21. Skr. fra Erhvervsskatteudvalget", "ad 21. Til Efter-"),
          ("21. b) Andragende fra Fodermester", "ad 21. Kan ikke"),
          ("c) Skr. fra Skibsredder J. Lauritzen", "c) Slatten bereg-"),
          ("d) Klage fra Gartner Carl Morten-", "d) Klagen kan"),
          ("22. Andragende fra Hasle Sogns", "ad 22. Bevilget"),
          ("23. Andragende fra S. R. Holm og", "ad 23. Andragen-"),
          ("24. Andragende fra Hasle Boldklub", "ad 24. Der bevilges"),
          ("25. Andragende fra Niels Kristian Han-", "~ad 25. Nedsættes"),
          ("26. Mølleejer M. Thomsen", "ad 26. Det vedtoges"),
          ("27. Erling Degnbøl", "ad 27. Klagen"),
          ("28. D´Herrer Jarding og Jespersen", "~ad 28. Det vedto-"),
      ], [
          ("et Udvalg best. af M. Kruse, Jens Holm, A. Petersen og Jens Rasmussen", "forhandle",
           "", "Det vedtoges at nedsætte et Udvalg || om Sagen",
           "=forhandle med Rahbek om Sagen"),
      ]),
    # At Østergades Hotel, Aarhus. Three named absent; the other six sign. Item 2's decision
    # stands above its heading.
    M("Aar 1940 den 17. Februar", "1940-02-17",
      A("H. Harmsen", "M. Kruse", "Jens Rasmussen")
      + P("J. P. Olsen", "H.V. Rahbek", "Jens Holm", "Alex Petersen", "S. R. Holm",
          "A. Rasmussen"), [
          ("1. Skrivelse af 10/2 40", "ad 1. Til Efter-"),
          ("2. Aarhus Amtsraads Vejudvalg", "~ad 2. Kan ikke"),
          ("3. Det i Sogneraadsmødet", "ad 3. Udvalgets"),
          ("4. Paa Levering af Inventar", "ad 4. Det vedtoges"),
      ]),
    # The tax rates; signed by eight (Harmsen: no row).
    M("Aar 1940 den 28. Februar", "1940-02-28",
      P("J. P. Olsen", "S. R. Holm", "Jens Holm", "Jens Rasmussen", "Martin Kruse",
        "H.V.Rahbek", "A. Rasmussen", "Alex Petersen"), [
          ("1. Fastsættelse af Ligningsprocen-", "ad 1. Det vedtoges"),
      ]),
    # "Fraværende var H. Harmsen"; seven sign (Rahbek: no row). Items 2 and 3 elect the formand
    # and næstformand. Item 8's decision stands above its heading.
    M("Aar 1940 den 15. Marts", "1940-03-15",
      A("H. Harmsen")
      + P("J. P. Olsen", "Alex Petersen", "Jens Holm", "Martin Kruse", "Jens Rasmussen",
          "J. R. Holm", "A. Rasmussen"), [
          ("1. Efterretningssager", "ad 1. a - b"),
          ("2. Valg af Sogneraadsformand", "ad 2. Valgt blev"),
          ("3. Valg af Næstformand", "ad 3. Valgt blev"),
          ("4. Tilbud fra Zone", "ad 4. Det vedtoges"),
          ("5. Foranlediget af Indenrigsministeriets", "ad 5. Det vedtoges"),
          ("6. Aarhus Amtsraad meddeler God-", "ad 6. Til Efter-"),
          ("7. Aarhus Amtsraad har godkendt", "ad 7. Det vedtoges"),
          ("8. Skoledirektionen fremsender", "~ad 8. Til Efter-"),
          ("9. Lejekontrakt med Bladhandler", "ad 9. Lejekon-"),
          ("10. Andragende fra Volmer", "ad 10. Afslaaet"),
          ("11. Finlandshjælpen", "ad 11. Det vedtoges"),
          ("12. Hasle - Skejby - Lisbjerg Menigheds-", "ad 12. Det ved-"),
          ("13. Udstykningsandragender", "ad 13."),
          ("145. Skrivelse fra Socialministeriets", "ad 14. Det vedtoges at"),
          ("15. Skrivelse af 22. Febr.", "ad 15. Det vedtoges at"),
          ("16. Anmodning fra Landbrugs-", "ad 16. Kan ikke"),
          ("17. Berigtigelse af Folketingsvalgsli-", "ad 17. Folketings-"),
          ("18. Det sociale Udvalgs Forhandlings-", "ad 18. Protokol-"),
          ("19. a) Andragende fra Enkefru Helene", "ad 19 a. Ind-"),
          ("b) Paaligning af Erhvervsskat", "ad 19 b Lignings-"),
          ("20. Anmodning fra Jens Holm og", "ad 20. Det vedto-"),
          ("21. Skr. fra Landbrugskandidat J. Jesper-", "ad 21. Udsat"),
          ("22. Tilbud fra Dansk Skolesløjd", "ad 22. Det vedtoges"),
          ("23. Forespørgsel fra Aarhus Kommune", "ad 23. Det vedtoges"),
          ("24. Sætning af Hegn", "ad 24. Det vedtoges"),
      ], [
          ("byggeudvalget", "foretage", "", "Det vedtoges at overlade til Bygge- || fornødne.",
           "=foretage det videre fornødne"),
      ]),
    # Signed by all nine. The decisions of items 1, 8, 9 and 13 b) stand above their headings;
    # item 20's "ad 20." states nothing.
    M("Aar 1940 den 9. April", "1940-04-09",
      P("J. P. Olsen", "H. V. Rahbek", "A. Rasmussen", "Jens Rasmussen", "Martin Kruse",
        "Herløv Harmsen", "S. R. Holm", "Jens Holm", "Alex Petersen"), [
          ("1. Foreningens Socialt Boligbyggeri", "~ad 1. Til Efter-"),
          ("2. 1. Behandling af Sagen om Opta-", "ad 2. Det vedtoges"),
          ("3. Forslag om at Udbetaling", "ad 3. Det vedtoges"),
          ("4. Skolekommisionen meddeler, at", "ad 4. Indstillin-"),
          ("5. Landbrugsministeriet udbeder", "ad 5. Det vedtoges"),
          ("6. Andragende fra Kommis Knud", "ad 6. Anbefales"),
          ("7. Andragende fra Købmand J. Møl-", "ad 7. Anbefales"),
          ("8. Politimesteren i Hasle", "~ad 8. Det vedtoges"),
          ("9. Andragende fra Hasle Boldklub om", "~ad 9. Tillades"),
          ("10. Tilbud fra Havearkitekt Volmer", "ad 10. Det vedtoges"),
          ("11. Andragender om Dispensation", "ad 11. Det vedtoges"),
          ("12. Det sociale Udvalgs Forhandlings", "ad 12. Protokollen"),
          ("13 a) Andragende fra Jens Iversen", "ad 13. a) Afslaaet"),
          ("b) Maskinsnedker Niels Jensen", "~b) Personlig Skat"),
          ("13. c)Andragende fra Musiker Carl", "ad 13. Det vedtoges"),
          ("14. Bygningskommisionen ind-", "ad 14. Bygnings-"),
          ("15. Bygningskommisionens hen-", "Ad 15. Anbefales"),
          ("16. Kommuneingeniøren fremsen-", "ad 16. Det vedtoges at"),
          ("17. Indenrigsm. Cirk. af 2/4 1940", "ad 17. Til Efter-"),
          ("18. Revisionskontoret i Aarhus", "ad 18. Til Efterret-"),
          ("19. Handelsm. Bekendtg. og Cirk.", "ad 19. Det vedtoges"),
          ("20. Skr. af 5/4 1940 fra Aarhus Stiftamt", None),
          ("21. Amtsrevisor fremsender", "ad 21. Antegnel-"),
          ("22. Optagelse som Offentlige Biveje", "ad 22. Det vedtoges at"),
      ], [
          ("kasse- og Regnskabsudvalget", "søge", "",
           "Det vedtoges at overlade til Kasse- || Kreditforening.",
           "=søge et Tillægs- laan paa 100 000 Kr. i Kommunernes Kreditforening"),
          ("kommuneingeniøren", "fremsende", "",
           "Det vedtoges at overlade til Kom- || Brand- haner.",
           "=fremsende Brand- vedtægten med for- nøden Ændring vedr. Antal af Brand- haner"),
      ]),
    # Ekstraordinært; "Smed A. Rasmussen var fraværende", the other eight sign. The OCR has no
    # item 2; item 4's decision stands above its heading. Item 15 states its own decision.
    M("Aar 1940 den 20. April", "1940-04-20",
      A("A. Rasmussen")
      + P("J. P. Olsen", "H. V. Rahbek", "S. R. Holm", "Herløv Harmsen", "M. Kruse",
          "Jens Rasmussen", "Jens Holm", "Alex Petersen"), [
          ("1. Skr. af 12/4 1940 fra Socialministeriet", "ad 1. Til Efter-"),
          ("3. Tillægsligning f", "ad 3. Ligning"),
          ("4. Andragende fra Smedesvend", "~ad 4. Bevilget Hen-"),
          ("5. Det sociale Udvalgs Forhandlings-", "ad 5. Protokollen"),
          ("6. Landbrugsm. Cirk.", "ad 6. Til Efterret-"),
          ("7. Murermester Mikkel Pedersen", "ad 7. Til Efterret-"),
          ("8. Anmodning fra Grundejere", "ad 8. Det vedtoges at an-"),
          ("9. Klage fra Landbrugskandidat J.", "ad 9. Det vedtoges"),
          ("10. Salgscheferne meddeler, at Dr. med.", "ad 10. Det vedtoges"),
          ("11. Salgscheferne meddeler, at Læge", "ad 11. Det vedtoges"),
          ("12. Foreningen Socialt Boligbyggeri", "ad 12. Til Efter-"),
          ("13. Salgscheferne forespørger", "ad 13. Det vedtoges"),
          ("14. Salgscheferne forespørger", "ad 14. Det vedto-"),
          ("15. Det vedtoges at anmode Lærerne", "SAME"),
      ]),
    # Signed by all nine, Rahbek for the last time (item 8 lets him leave the council and calls
    # in the suppleant S. P. Jensen). Item 5's decision stands above its heading; item 7 a) has
    # no heading in the OCR.
    M("Aar 1940 den 14. Maj", "1940-05-14",
      P("J. P. Olsen", "H. W. Rahbek", "A. Rasmussen", "S. R. Holm", "Herløv Harmsen",
        "Jens Rasmussen", "Martin Kruse", "Jens Holm", "Alex Petersen"), [
          ("1. Skoledirektionen meddeler i Skr. af", "ad 1. Til Efter-"),
          ("2. Skoledirektionen meddeler, at", "ad 2. Til Efter-"),
          ("3. Lærer Knud Juul, Skejby tilbyder", "ad 3. Det overlades"),
          ("4. Fastsættelse af Dagen for Syn", "ad 4. Torsdag den"),
          ("5. Andragende fra Landinspektør", "~ad 5. Anbefales"),
          ("6. Det sociale Udvalgs Forhandlings-", "ad 6. Protokollen"),
          ("ad 7. a) Uændret", "SAME"),
          ("b) Andragende fra Kristian Jesper-", "b) Nedsat til"),
          ("8. Andragende fra Overlærer H. Rahbek", "ad 8. Det vedtoges at"),
          ("9. Optagelse af et Tillægslaan", "ad 9. Det vedtoges at"),
          ("10. Indkaldelse til Landvæsenkom-", "ad 10. Til Repræsen-"),
          ("11. Salg af Græsningen", "ad 11. Det vedtoges"),
      ], [
          ("Jens Rasmussen og M. Kruse", "sælge", "", "Det overlades til Jens Rasmus- || Vilkaar.",
           "=sælge Ejendom- men paa bedst mulige Vilkaar"),
      ]),
    # Signed by all nine, S. Jensen (S. P. Jensen) the first time. Item 9's, 13 a)'s and 19 f)'s
    # decisions stand above (or, 13 a), below the joint) headings; "ad 15." and "ad 19 d)" have
    # no heading in the OCR. Item 20 c) - i) has a heading and decision of its own.
    M("Aar 1940 den 11. Juni", "1940-06-11",
      P("J. P. Olsen", "S. R. Holm", "Alex Petersen", "A. Rasmussen", "Martin Kruse",
        "Herløv Harmsen", "Jens Rasmussen", "Jens Holm", "S. Jensen"), [
          ("1 a) Aarhus Amtsraad meddeler Til-", "ad 1. a) Til Efter-"),
          ("b) Aarhus Amtsraad meddeler Til-", "b) Til Efterret-"),
          ("2. Kommunens Regnskab for", "ad 2. Regnskabet"),
          ("3. Brændselsudvalget indstillet", "ad 3. Det vedtoges"),
          ("4. Nedsættelse af et 3 - Mands", "ad 4. Det vedtoges af"),
          ("5. Handelsm. Cirk. af 30/5 40", "ad 5. Til Efter-"),
          ("6. Skr. af 3/6 1940 fra Politimesteren", "ad 6. Det vedtoges"),
          ("7. Andragender fra Landinspektør", "ad 7 a) Anbefales"),
          ("8. Skr. fra M. Stæhr Henriksen", "ad 8. Til Efter-"),
          ("9. Tilbud paa Opsætning af Lyn-", "~ad 9. Til Efter-"),
          ("10. Aarhus Amtsraad meddeler, at Vejene", "ad 10. Det vedtoges at"),
          ("11. Kommuneingeniøren Ind-", "ad 11. Det vedtoges at"),
          ("12. Indstilling fra Vejudvalget", "ad 12. Vejsynsprotokol-"),
          ("=13 a)Andragende fra Tømrerm. A. C. || 26, Hasle.", "~=ad 13. a) Bevilget"),
          ("b) Kommuneingeniøren anmoder", "b) Det vedtoges at"),
          ("14. Kommuneingeniøren fore-", "ad 14. Under Forbehold"),
          ("ad 15. Til Efterret-", "SAME"),
          ("16. Indberetning til Indenrigsmini-", "ad 16."),
          ("17 a) Regissør A. Lemfort", "ad 17. Ved vedtoges"),
          ("b) Jarding og Jespersen anmo-", "b) Det vedtoges"),
          ("18. a) Det sociale Udvalgs Forhandlings-", "ad 18. Protokollen"),
          ("b) Aarhus Stiftsamt meddeler, at", "b) Til Efterret-"),
          ("c) Vejlby - Risskov Socialudvalg", "c) Det vedtoges at"),
          ("19 a) Skattedepartementet tilbagesen-", "ad 19 a) Det vedtoges-"),
          ("b) Andragende fra Læge P. Boeskov", "b) Anbefales"),
          ("c) Indenrigsm. meddeler i Skr. af", "c) Ændringerne"),
          ("ad 19 d) Kan ikke ændres", "SAME"),
          ("e) Andragende fra Johs. Daugaard", "e) Afslaaet"),
          ("f) Ansøgende fra Snedker Chr. Voldby", "~f) Afslaaet"),
          ("g) Andragende fra Skræder Martinus", "g) Henstand"),
          ("h) Andragende fra Svend Aage Sørensen", "h) Afslaaet"),
          ("20. Besættelse af de Udvalg", "ad 20. a) Jens Holm"),
          ("20. c) Børneværnsudvalget", "ad 20. c) Alex Petersen"),
          ("21. Andragende fra Lærerinde Kirsten", "Ad 21. Kan ikke"),
          ("22. Klage fra Tømrerm. O. S. Jensen", "ad 22. Det vedtoges"),
          ("23. Falcks Redningskorps A/S", "ad 23. Udsat til"),
          ("24. Valg af Repræsentanter til Kreditfo-", "ad 24."),
          ("25. Overlærer A. Pihlkjær", "ad 25. Til Efter-"),
          ("26. Andragende fra Max Krogh", "ad 26. Afslaaet"),
          ("27. Regnskabsfører J. Chr. Nielsen", "ad 27. Kan ikke"),
          ("28. Forslag fra Overlærer H. Rahbek", "ad 28. Godkendt"),
          ("29. Skoledirektionen udbeder", "ad 29. Vikarens"),
          ("30. Andragende fra Lisbjerg Ungdomsfo-", "ad 30. Bevilget."),
          ("31. Andragende fra Overlærer H. Rahbek om", "ad 31. Bevilget"),
      ], [
          ("vejudvalget", "forhandle", "", "Det vedtoges at overlade til Vejud- || vejinspektøren",
           "=forhandle nærmere med Amts vejinspektøren"),
      ]),
    # "Oplæst. Godkendt."; signed by eight (S. R. Holm: no row). Item 2's and 12 d)'s decisions
    # stand above their headings; item 6's heading has no number. Item 6 "Overlades til
    # Sundhedskommissionen": a referral.
    M("Aar 1940 den 2. Juli", "1940-07-02",
      P("J. P. Olsen", "Alex Petersen", "Herløv Harmsen", "S. Jensen", "A. Rasmussen",
        "Jens Rasmussen", "Martin Kruse", "Jens Holm"), [
          ("1. Indenrigsministeriet Cirk. af", "ad 1. Til Efter-"),
          ("2. Arbejdsmændenes Arbejdsløsheds-", "~ad 2. Til Efter-"),
          ("3. Skoledirektionen meddeler i Skr.", "ad 3. Til Efter-"),
          ("4. Aarhus Kul - Kompagni", "ad 4. Det vedtoges"),
          ("5. Aarhus Stiftamt meddeler Dispen-", "ad 5. Til Efter-"),
          ("Forslag om Opfyldning af Brand-", "ad 6. Overlades til"),
          ("7. a)Andragende fra Landinspektør", "ad 7. a) Anbefales"),
          ("b) Andragende fra Landinspektør J. P.", "b) Anbefales"),
          ("8. Fornyet Andragende fra Regissør", "ad 8. Sogneraadet"),
          ("9. Andragende fra LR Sagfører Svend", "ad 9. Det vedtoges at"),
          ("10. Klage fra Lærer C. L. Christensen", "ad 10. Det vedtoges at"),
          ("11. Det sociale Udvalgs Forhand-", "ad 11. Protokollen"),
          ("12 a) Indenrigsm. har under", "ad 12. a) Til Efterret-"),
          ("b) Hans Foged Rasmussen", "b) Det vedtoges at"),
          ("c) Chr. Gammelgaard Jensen", "c) Kan ikke be-"),
          ("d) Tage Rørbæk Nielsen", "~d) Kan ikke ændres"),
          ("e) Harald Hannibal Petersen", "e) Kan ikke"),
          ("f) Snedker Sofus Nielsen", "f) Fradraget"),
          ("13. Socialministeriet meddeler i Skr.", "ad 13. Det vedtoges"),
          ("14. Falcks Redningskorps tilbyder", "ad 14. Det vedtoges"),
          ("15. Andragende fra Handelsgartner", "ad 15. Det vedtoges"),
      ], [
          ("sundhedskommissionen", "overlade", "", "=Overlades til Sundhedskom- missionen",
           "=Overlades til Sundhedskom- missionen"),
      ]),
    # Signed by all nine. Item 9 e)'s decision stands above its heading. Item 7 "Tilstilles
    # Vejudvalget til Afgørelse": a referral.
    M("Aar 1940 den 13. August", "1940-08-13",
      P("J. P. Olsen", "S. R. Holm", "S. Jensen", "Herløv Harmsen", "A. Rasmussen",
        "Jens Rasmussen", "Martin Kruse", "Jens Holm", "Alex Petersen"), [
          ("1. Egnsplanudvalget har under", "ad 1. Til Efterret-"),
          ("2. Andragende fra Komiteen", "ad 2. Det vedtoges"),
          ("3. Andragende fra Udvalget for Beskæftigelses", "ad 3. Til Efter-"),
          ("4. Lærerinde Frk. M. Frandsen", "ad 4. Bevilget."),
          ("5. Anmodning fra Overlærer H. Rahbek", "ad 5."),
          ("6. \"Arke\" meddeler", "ad 6. Det vedtoges"),
          ("7. Mekaniker P. Simonsen", "ad 7. Tilstilles"),
          ("8. Landvæsenskommissionen ang.", "ad 8. Til Efter-"),
          ("9 a) Andragende fra Trafikassistent", "ad 9 a Kan ikke"),
          ("b) Indenrigsministeriet meddeler, at", "ad 9 b Til Efter-"),
          ("9. c) Fastsættelse af Prisen", "ad 9 C Det vedto-"),
          ("d) Aarhus Amtsraad meddeler, at", "ad 9 d Til frem-"),
          ("e) LR Sagfører P. Hastrup meddeler", "~ad 9 e Til Efter-"),
          ("f) LR Sagfører Svend Hasted", "ad 9 f Det vedto-"),
          ("9 g)Indenrigsministeriet frem-", "ad 9g Det vedtoges"),
          ("10. Det sociale Udvalgs Forhandlings-", "ad 10. Protokollen"),
          ("11. a) Andragende fra Fru Karen", "ad 11 a Det vedtoges"),
          ("b) Andragende fra Skomager Carl", "ad 11 b Kan ikke"),
          ("12. Vejinspektøren meddeler", "ad 12. Det vedtoges at"),
          ("13. Skr. af 9. Aug. fra Emballage-", "ad 13. Det vedtoges"),
          ("14. Pantefoged L. T. V. Bjarne", "ad 14. Det vedtoges"),
          ("15. Andragende fra Chr. Christensen, Kirke-", "ad 15. Nedsat"),
          ("16. Arkitekt Peter J. Vedel", "ad 16. Det vedtoges"),
          ("17. Andragende fra Landbrugskandidat J. Jesper-", "ad 17. Kan ikke"),
          ("18. Andragende fra Revisor S. A. Jen-", "ad 18. Anbefales"),
          ("19. Andragende fra Hasle Boldklub om", "ad 19. Bevilget"),
          ("20. Skr. fra LR Sagfører P. Hastrup", "ad 20. Til Efter-"),
          ("21. Brandchefen ved Aarhus Brand-", "ad 21. Det vedtoges at"),
          ("22. Indstilling fra Skoleudvalget", "ad 22. Der bevilgedes"),
          ("23. Fastsættelse af Betalingen", "ad 23. Det vedtoges"),
      ], [
          ("vejudvalget", "tilstille", "", "=Tilstilles Vejudvalget til Afgørelse",
           "=Tilstilles Vejudvalget til Afgørelse"),
      ]),
    # Ekstraordinært, unsigned: "Fraværende fra S. R. Holm og Jens Rasmussen" is a full record.
    # Item 3 "Tilstillet Jens Holm til nærmere Indstilling": a referral to a member.
    M("Aar 1940 den 20. August", "1940-08-20",
      absent("=Fraværende fra S. R. Holm og Jens Rasmussen", "S. R. Holm", "Jens Rasmussen"), [
          ("1. Fortsat Behandling af Sag Nr. 12", "ad 1. Det vedtoges"),
          ("2. I Anledningen af, at Pantefoged", "ad 2. Det vedtoges"),
          ("3. Skr. af 14/8 1940 fra Statens", "ad 3. Tilstillet"),
          ("4. Det sociale Udvalgs Formand fore-", "ad 4. Forslaget"),
          ("5. Overlærer H. Rahbek har indvilget", "ad 5. Til Efter-"),
          ("6. Andragende fra Landinspektør", "ad 6. Anbefales"),
      ], [
          ("Jens Holm", "tilstille", "", "=Tilstillet Jens Holm til nær- mere Indstilling",
           "=Tilstillet Jens Holm til nær- mere Indstilling"),
      ]),
    # Unsigned, no attendance line: no rows. Item 1 a) and b) are answered by one "ad 1.": one
    # matter. Item 14's decision stands above its heading.
    M("Aar 1940 den 10. Septbr.", "1940-09-10", [], [
        ("1 a) Socialm. Cirk. af 22/8 40", "ad 1. Til Efter-"),
        ("2. Indenrigsm. Cirk. af 24/8 40 ang. Laan", "ad 2. Til Efter-"),
        ("3. Handelsm. Bek. af 19/8 40", "ad 3. Til Repræ-"),
        ("4. Andragende fra Aksel Kjær Nielsen", "ad 4. Bevilget"),
        ("5. I overenskomsten med Aaby", "ad 5. Det vedtoges at"),
        ("6. Andragende fra D.s.U.", "ad 6. Det vedtoges"),
        ("7. Opgørelse fra Arkitekt Peter J. Vedel", "ad 7. Andragende"),
        ("8. Aarhus Amtsraads Vejudvalg", "ad 8. Det vedtages ved"),
        ("9. Aarhus Amtsraad meddeler,", "ad 9. Til Efter-"),
        ("10. Landinspektør Svend Nielsens Andra-", "ad 10. Det vedtoges"),
        ("11. a) Indenrigsm. Skr. af 19. Maj", "ad 11. a) Til Efter-"),
        ("b) Fornyet Andragende fra Trafik-", "b) Det vedtoges med"),
        ("c) Landbrugskandidat J. Jespersen", "c) Til Efter-"),
        ("12. Det sociale Udvalgs Forhandlings-", "ad 12. Protokol-"),
        ("13. a) Aarhus Amtsraad meddeler, at", "ad 13 Til Efter-"),
        ("13. b) Klage over Kommuneskatte-", "ad 13. Det vedtoges"),
        ("14. Ansøgning fra L. P. V. Bjarne", "~ad 14. Det vedtoges"),
        ("15. Fornyet Andragende fra Overlærer", "ad 15. Det meddeles"),
        ("16. Ansøgning fra Max Krogh Grøn-", "ad 16. Det vedtoges"),
        ("17. Skolekommisionen forespørger", "ad 17. Det vedtoges"),
        ("18. Overlærer H. Rahbek, Lisbjerg, forespør-", "ad 18. Det vedtoges"),
        ("19. Andragende fra Overlærer H. Rahbek,", "ad 19. Det vedtoges"),
        ("20. Andragende fra Landinspektør Svend", "ad 20. Anbefales"),
        ("21. a)Andragende fra", "ad 21. Det vedtoges"),
    ], [
        ("sogneraadsmedlemmerne i Hasle sammen med Kommuneingeniøren", "forhandle", "",
         "Det vedtoges at overlade Sogneraads- || Elektricitetsværk.",
         "=for- handle med Aaby Elektricitetsværk"),
    ]),
    # "Fraværende var M. Kruse"; six sign (Jens Rasmussen, S. Jensen: no rows). Item 31 states
    # its own decision.
    M("Aar 1940 den 8. Oktober", "1940-10-08",
      A("M. Kruse")
      + P("J. P. Olsen", "S. R. Holm", "Herløv Harmsen", "A. Rasmussen", "Jens Holm",
          "Alex Petersen"), [
          ("1. a) Stiftsamtsmanden meddeler", "ad 1 a) Til Efterret-"),
          ("b) Politimesteren i Hasle m.v. medde-", "b) Til Efterretning"),
          ("c) Indenrigsm. meddeler, at der er", "c) Til Efterret-"),
          ("2. Indenrigsm. Cirk. af 27/9 40", "ad 2. Der valgtes"),
          ("3. Andragende fra de arbejdsløse", "ad 3. Det overlades til"),
          ("4. Opsigelse af Abonnement", "ad 4. Det vedtoges at"),
          ("5. Andragende fra S. Borup Nielsen", "ad 5. Kan ikke"),
          ("6. Andragende fra Aksel Mogensen", "ad 6. Anbefales"),
          ("7. Aarhus Stiftsamt udbeder sig Erklæ-", "ad 7. Det vedtoges"),
          ("8. Revisor S. A. Jensen, Bropalæ", "ad 8. Det vedtoges at"),
          ("9. Den konservative Vælgerforening", "ad 9. Der bevilgedes"),
          ("10. Andragende fra Socialdemokratisk", "ad 10. Bevilget Lokale"),
          ("11. Tilbud paa Kr. 21.310", "ad 11. Det vedtoges at"),
          ("12. Undervisningsm. Cirk. af 4/9 40", "ad 12. Det vedtoges at"),
          ("13. a) Indstilling fra Vejudvalget", "ad 13. Det vedtoges at"),
          ("b) Aarhus Stiftsamt anmoder om", "b) Der foreslaaes"),
          ("14. Fastsættelse af Dagen for Afholdelse", "ad 14. Vejsyn"),
          ("15. Klage fra Beboere paa St. Blichersvej", "ad 15. Skolestien"),
          ("16. Det sociale Udvalgs Forhandlings-", "ad 16. Protokollen"),
          ("17. a) Aarhus Skattekontor meddeler", "ad 17. a) Det vedtog-"),
          ("b) Skatteraadet fremsender", "b) Til Efterret-"),
          ("c) Andragende fra Leo Elvekjær", "c) Kan ikke bevilges,"),
          ("18. Andragende fra Skejby - Lisbjerg Folke-", "ad 18. Af Hensyn"),
          ("19. Overlærer H. Rahbek, Centralskolen", "ad 19. Det vedtoges"),
          ("20. Andragende fra A. Chr. Christensen", "ad 20. Udsættelse"),
          ("21. Andragende fra Kæmner C. Petersen", "ad 21. Bevilget"),
          ("22. Skolekommisionens meddeler", "ad 22. Det vedtoges"),
          ("23. Skolekommisionen anmoder", "ad 23. Vederlaget"),
          ("24. Lærer N. C. Jørgensen", "ad 24. Vederlaget"),
          ("25. Revisor S. A. Jensen, Haslehøjvej", "ad 25. Bidraget"),
          ("26. Andragende fra Ole Chr. Christensen", "ad 26. Udsættelse"),
          ("27. Andragende fra Ane Kirstine", "ad 27. Nedsat"),
          ("28. Andragende fra Alfred Andersen", "ad 28. Skattenedsættelse"),
          ("29. Andragende fra Guttorm", "ad 29. Skatteind-"),
          ("30. Andragende fra Lærer Knud Juul", "ad 30. Skatteind-"),
          ("31. Det vedtoges at meddele Overlærerne", "SAME"),
      ], [
          ("sogneraadsformanden og Kommuneingeniøren", "udpege", "",
           "Det overlades til Sogneraadsforman- || efteraarsgrave",
           "=udpege de Grunde, de maa efteraarsgrave"),
          ("skoleudvalgets Formand", "forhandle", "",
           "Det vedtoges at overdrage Skoleud- || Valg af Udvalg",
           "=forhandle med Skoleleder- ne om Valg af Udvalg"),
      ]),
    # Unsigned, no attendance line: no rows. Item 10 ("Skattesager:") has two sub-points; a)'s
    # answer stands with "ad 10." above its heading. Item 11 is decided "ad 1.".
    M("Aar 1940 den 12. November", "1940-11-12", [], [
        ("1. Efterretningssager:", "ad 1."),
        ("2, Aarhus Amtsraad udbeder", "ad 2. Det vedtoges at"),
        ("3. Aaby Sogneraad meddeler", "ad 3. Til Efter-"),
        ("4. Andragende fra Landinspektør", "ad 4. Anbefales"),
        ("5. Wilbro Hansen", "ad 5. P. M. Jensen"),
        ("6. a)Tage Kjeldsen", "ad 6. Kan for Tiden"),
        ("b) Murermester Niels Basland", "b) Bevilget"),
        ("7. a)Anmodning fra Kommunein-", "ad 7 a) Det vedtoges"),
        ("b) Kommuneingeniøren foreslaar,", "b) Det vedtoges"),
        ("8. Aarhus Amtsraad forespørger om", "ad 8. Det anbefa-"),
        ("9. Det sociale Udvalgs Forhandlings-", "ad 9. Protokollen"),
        ("a) Andragende fra Andreas M. Mik-", "~ad 10. || Pantegebyr"),
        ("b) Klager over Skatteansættelsen", "b) Nedsat til 0 Kr. || Nedsat til 0 Kr."),
        ("11. Indenrigsm. meddeler i Skr. af 6.", "ad 1. Til Efter-"),
        ("12. Skolekommisionen frem", "ad 12. Forslaget"),
        ("13. Fortsat Behandling af Sag Nr. 7", "ad 13. Afstemnin-"),
        ("14. Handelsministeriets Cirk. af", "ad 14. Der er afslut-"),
        ("15. Bestyrer M. Krogh", "ad 15. Det vedtoges"),
        ("16. Andragende fra Jens M. Jensen om", "ad 16. Bevilget efter"),
        ("17. Andragende fra Overlærer H. Rahbek", "ad 17. Henlagt til"),
    ], [
        ("Landinspektør Svend Nielsen", "opmåle", "",
         "Det vedtoges at lade Vejstræk- || Nielsen", "=lade Vejstræk- ningen opmaa- le"),
    ]),
    # Unsigned, no attendance line: no rows. Item 12 ("Skattesager:") a)'s answer stands with
    # "ad 12." above its heading; 12 e) is answered "c) XXXXXX"; item 11's decision has no "ad".
    M("aar 1940 den 10. December", "1940-12-10", [], [
        ("1. Efterretningssager", "ad 1. a - f"),
        ("2. Skejby - Lisbjerg Sygeplejeforening", "ad 2. Det vedtoges at"),
        ("3. Udvalget vedr. Indvielsesfesten", "ad 3. Det vedtoges at"),
        ("4. Indkaldelse til Specialbudgetter", "ad 4. Det vedtoges at"),
        ("5. Andragende fra Landinspektør Svend", "ad 5. Anbefales"),
        ("6. Udvalget for Udvidelse og Bebyggelse", "ad 6. Det vedtoges"),
        ("7. Aarhus Amts Vejvæsen fremsender", "ad 7. Overens-"),
        ("8. Aarhus Amtsraad godkender at Vejene", "ad 8. Til Efter-"),
        ("9. Teknologisk Institut indbyder", "ad 9. Til Efterret-"),
        ("10. A. Holm, Haslehøjvej 19", "ad 10. Det overlades til"),
        ("11. Det sociale Udvalgs Forhandlings-", "Protokollen op- læst"),
        ("a) Andragende fra Peder Konrad", "~ad 12. a) Det vedtoges || personlige Skat"),
        ("b) Andragende fra Niels Jensen, Hasle", "b) Det vedtoges at ef-"),
        ("c) Andragende fra Officiant J. L. Kramer", "c) Kan ikke bevil-"),
        ("12. d) Andragende fra Murerm. J. P. F.", "ad 12. d) Opføres"),
        ("e) Aarhus Amtsraad meddeler, at", "c) XXXXXX"),
        ("13. Kasse- og Regnskabsudvalget indstil-", "ad 13 Udvalgets"),
        ("14. Andragende fra Bagerm. P. M. Pedersen", "ad 14. Anbefales."),
        ("15. Arkitekt Peter J. Vedel, Skaade", "ad 15. Udsat ind-"),
        ("16. Det vedtoges at meddele Snefogderne", "SAME"),
    ], [
        ("A. Rasmussen, S. P. Jensen og S. R. Holm", "bistå", "",
         "Det vedtoges at overdrage til A. Ras- || Anvendelse.",
         "=bistaa ved Indkøb af et Lys- billedapparat"),
        ("J. Holm og A. Rasmussen", "forhandle", "", "Det overlades til J. Holm || Istand- sat.",
         "=forhandle med Lodsejerne om Ønskeligheden af at faa Vejen Istand- sat"),
    ]),
    # Ekstraordinært, unsigned: "Fraværende var A. Rasmussen og H. Harmsen" is a full record. One
    # unnumbered matter; the book ends inside the agreement: a fragment.
    M("Aar 1940 den 28. December", "1940-12-28",
      absent("=Fraværende var A. Rasmussen og H. Harmsen", "A. Rasmussen", "H. Harmsen"), [
          ("Skejby - Lisbjerg Sygeplejeforening var indbudt", "Man enedes om"),
      ], fragment=True),
]
HSL_ROLES = [(4, "J. P. Olsen", "formand"), (4, "S. R. Holm", "næstformand")]

BOOKS_GOLD = [
    (HSL, HSL_MEETINGS, HSL_NAMES, HSL_ROLES),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT, builder=build_late)
