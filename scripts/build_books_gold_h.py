"""Build ``corpus/gold/books_h.jsonl``: development gold of a parish minute book (set H).

Issue 17. Set H holds ``Hjortshøj-Egaa_1940.txt``. Annotated by reading the book in
``../shared/corpus/aarhus-parish-1940-1945`` whole, following ``corpus/GUIDELINES.md`` ("Minute
books", "Action items"), by a helper who did not see the system's output for it; the book is never
copied here: this script holds only short anchors (a few opening words, names) and finds their
offsets.

The anchor language and its checks are in ``scripts/books_gold.py``.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_h.py
"""

from __future__ import annotations

from books_gold import REPO, A, M, P, main

OUT = REPO / "corpus" / "gold" / "books_h.jsonl"


# =============================================================================================
# Hjortshøj-Egaa 1940 (10 January - 30 December 1940): 22 meetings. Each council meeting opens
# "<Weekday>, den <day>. <month> 1940 afholdt Sogneraadet Møde" (30 December: "Sogneraadsmøde
# afholdtes 30/12 1940") and closes with the members' signatures; the book starts with the first
# opening and ends with the last signatures: no fragments.
#
# Members. Nine all year, the council of the 1942 and 1943 books: R. Helbo Sørensen ("R. Holme
# Sørensen" 10 July), Aksel Bøjesen ("A. Bøjesen"), Johs. Grosen ("Joh. Grosen", "Joh Grosen"),
# Jens Terp Laursen ("J. Terp Laursen"), Julius Junker ("J. Junker"), K. M. Laursen, Chr.
# Jørgensen ("Chr. Jørgenen" 22 February), Rs. Svenningsen ("Kr. Svenningsen" 14 February) and
# I. Jørgensen, who is "Sogneraadsmedlem Ingvar Jørgensen, Kankbølle" (10 April) and "Ingv.
# Jørgensen" (22 July): resolved "Ingvar Jørgensen". 30 March, item 9 elects Helbo Sørensen
# formand and Johs. Grosen næstformand for 1940/41 ("valgtes", not called a re-election: the
# offices are held from that meeting on, as the 1942 gold does).
#
# Attendance. Five openings name one absent member ("fraværende var J. Junker" 30 March, "K. M.
# Laursen" 8 May, "Chr. Jørgensen" 12 June, "Ingv. Jørgensen" 22 July, "Johs. Grosen" 22
# October); each of these meetings is signed by the other eight. 10 January (Johs. Grosen) and
# 22 February (K. M. Laursen) are signed by eight with no absence stated: the missing member gets
# no row. 30 December says "Alle Medlemmer var mødt" and is signed by all nine: signature rows.
# The signatures of Jens M. Jørgensen (for Dansk Arbejdsmands Forbund, 30 March item 8 and 9
# October item 5) sign the wage agreement minuted in the item, not the meeting: no row.
#
# Other meetings of their own: the Kasse- og Regnskabsudvalg (7 October, 13 December: R. Helbo
# Sørensen, Johs. Grosen, Jens Terp Laursen sign); the joint meeting of 20 May at Hjortshøj
# Konditori between the council's representatives and the teachers (signed "P. L. V." [for the
# teachers] by J. Schmit-Nielsen, read as the teacher J. Schjødt Nielsen of Skæring, and by five
# members: the others get no row); and the two audits by S. Westergaard and A. Bomholt, each
# opened on a line of its own and closed by their signatures: "D. D. mødte vi paa
# Kommunekontoret for at foretage Kasseeftersyn" (dated only in the closing lines, "p. T.
# Hjortshøj d. 26 Februar 1940") and "Ved Revisionen d. 23/10 1940 af Regnskabet for 1939/40"
# (between the meetings of 22 October and 13 November). The two sign as the revisors (role
# "revisor"; they are not members: the 1943 gold gives S. Westergaard the same role).
#
# Matters. Each numbered point is a matter; a list of applicants under one heading ("Følgende
# ansøger om Tilskud:") is one matter, its decision the list. "Det vedtoges ..." points state
# their own decision ("SAME"); letters taken note of with no answer, and budgets or accounts
# laid before the council "til første Behandling" / "til Underskrift", have none (-1). The
# unnumbered paragraphs of 30 December are matters. 11 December's "11." stands alone above the
# signatures: no matter.
#
# Actions (6). 30 March "henstille til Haandgerningslærerinderne ... at spare" (the directive
# form, to the council's own teachers); 12 June "Sogneraadet vil prøve at forhindre", the
# chairman's authority ("Bemyndigelse") to sign the registration documents, "Arbejdet forestaaes
# af Brændselsudvalgets Formand" (the stump-digging: a named actor, present tense); 10 July
# "Henvises til Vejudvalget", "Det overlodes Johs. Grosen at træffe". Not counted:
# 8 May item 10 "Det henstilles til paagældende at indgive" (an exhortation to a taxpayer, an
# outside party); 22 February item 1 "Kommunens Vejmænd faar hver et Hold" (faa: a state, no
# task verb); cost shares and conditions (20 May "Lærerne betaler", 13 November "mod at Karl
# Thomsen udfører", 10 January "mod at dette Beløb indbetales"); "Det vedtoges at ..." with no
# actor; "Sogneraadet vedtog at slutte Overenskomst" (11 December: the decision act); elections
# to standing offices (10 April, 11 September snefogeder); 22 October item 4, a fee per Rm.
# granted to the fuel committee's chairman (no task verb).
# =============================================================================================
HE = "Hjortshøj-Egaa_1940.txt"
HE_NAMES = {
    "R. Helbo Sørensen": "R. Helbo Sørensen", "R. Holme Sørensen": "R. Helbo Sørensen",
    "Aksel Bøjesen": "Aksel Bøjesen", "A. Bøjesen": "Aksel Bøjesen",
    "Johs. Grosen": "Johs. Grosen", "Joh. Grosen": "Johs. Grosen", "Joh Grosen": "Johs. Grosen",
    "Jens Terp Laursen": "Jens Terp Laursen", "J. Terp Laursen": "Jens Terp Laursen",
    "Julius Junker": "Julius Junker", "J. Junker": "Julius Junker",
    "K. M. Laursen": "K. M. Laursen",
    "Chr. Jørgensen": "Chr. Jørgensen", "Chr. Jørgenen": "Chr. Jørgensen",
    "Rs. Svenningsen": "Rs. Svenningsen", "Kr. Svenningsen": "Rs. Svenningsen",
    "I. Jørgensen": "Ingvar Jørgensen", "Ingv. Jørgensen": "Ingvar Jørgensen",
    # Not members: the teachers' signatory of 20 May, the two revisors.
    "J. Schmit-Nielsen": "J. Schjødt Nielsen",
    "S. Westergaard": "S. Westergaard", "A. Bomholt": "A. Bomholt",
}
# The nine members in their most frequent signature spelling.
HE_ALL = ("R. Helbo Sørensen", "A. Bøjesen", "Joh. Grosen", "Jens Terp Laursen", "Julius Junker",
          "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen")
REVISORS = P("S. Westergaard", "A. Bomholt")

HE_MEETINGS = [
    # Signed by eight; Johs. Grosen neither signs nor is said to be absent: no row.
    M("Onsdag, den 10. Januar 1940", "1940-01-10",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Jens Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. Grænseforeningen || Tilskud", "=Bevilget Kr. 25."),
          ("2. Jens V. Pedersen || 1938/39.", "Skyldigt Beløb nedskrives || 1940."),
          ("3. Der var indkommet Tilbud || Grusspreder.", "=Købet udsættes til næste Aar."),
          ("4. Amtsvejinspektøren fremsender || \"Strandvangsvej\".",
           "=Det vedtoges at afvente Besked fra Grundejerne"),
          ("=5. Overslaget for 1940/41 forelaa til første Behandling", None),
          ("=6. 2. Halvaar's Tillægstigning foretoges.", "SAME"),
      ]),
    # The second signature line repeats "K. M. Laursen Chr. Jørgensen".
    M("Onsdag, den 14. Februar 1940", "1940-02-14",
      P("R. Helbo Sørensen", "A. Bøjesen", "Johs. Grosen", "Jens Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Chr. Jørgensen", "Kr. Svenningsen", "I. Jørgensen"), [
          ("=1. Følgende ansøger om Tilskud:", "Samfundet og Hjemmet for Vanføre"),
          ("2. Skæring Operationskasse || Tilskud", "=Bevilget 20% af Udgifterne i 1939."),
          ("3. Elly Albertsen || ansættelse.", "=Nedsættes med 25%."),
          ("4. Esther Hjort Pedersen || ansættelse.", "=Ansættelsen fastholdes."),
          ("5. Smed J. P. Jensen || Skole.", "=Bevilget Kr. 15,- pr. Elev (5 x 15)."),
          ("6. Fisker Thomas Sørensen || Gældsbeviset.", "=Underskrives."),
          ("7. Randers Amt giver || d. A.", "=Tages til Efterretning."),
          ("8. Randers Amt meddeler || 151,-", "=Tages til Efterretning."),
          ("9. Indenrigsministeriet meddeler", None),
          ("10. Statens Kornkontor || Midler.", "=En Udtalelse afgives."),
          ("11. Det vedtoges efter Indstilling", "SAME"),
          ("=12. Overslaget for 1940/41 forelaa til 2. Behandling",
           "og vedtoges med en Udskrivning"),
      ]),
    # Signed by eight; K. M. Laursen neither signs nor is said to be absent: no row. Item 1
    # "Kommunens Vejmænd faar hver et Hold at Arbejde med": faa, no task verb.
    M("Torsdag, den 22. Februar 1940", "1940-02-22",
      P("R. Helbo Sørensen", "A. Bøjesen", "Joh. Grosen", "J. Terp Laursen", "Julius Junker",
        "Chr. Jørgenen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. Det vedtoges at forsøge med en Ordning", "SAME"),
          ("2. Det vedtoges at optage et midlertidigt", "SAME"),
          ("3. Jacob Jacobsen || Kr. 200.", "Bevilget mod Tilbagebetaling || 1940/41."),
          ("4. Anna Jacobsen || ansættelse.", "=Nedsættes med 50%."),
      ]),
    # The revisors' cash inspection, dated only in its closing lines.
    M("D. D. mødte vi paa Kommunekontoret", "1940-02-26", REVISORS, [
        ("=Ved at sammenholde Regnskabsoversigten || var til Stede.", None),
    ]),
    M("Onsdag, den 13. Marts 1940", "1940-03-13", P(*HE_ALL), [
        ("1. Brandstrup og Omegns Bogsamling || Tilskud.", "=Bevilget sædvanligt Tilskud."),
        ("2. Fængselshjælpen || Tilskud.", "=Bevilget Kr. 10."),
        ("3. Ministeriet for Landbrug og Fiskeri || Asylet.", "=Toges til Efterretning."),
        ("4. Randers Amt meddeler", None),
        ("5. Ligningsprocenten for Kommuneskat", "SAME"),
        ("6. Den endelige Besigtigelse", "SAME"),
        ("7. Hans Marinus Nielsen || Skæring.", "=Det vedtoges at anbefale."),
    ]),
    # "fraværende var J. Junker"; the other eight sign. Item 3: "henstille til ... at spare":
    # the directive form, to the council's teachers.
    # Item 8: the wage agreement with D.A.F., signed for the union by Jens M. Jørgensen.
    M("Lørdag, den 30. Marts 1940", "1940-03-30",
      A("J. Junker")
      + P("Joh Grosen", "R. Helbo Sørensen", "A. Bøjesen", "J. Terp Laursen", "K. M. Laursen",
          "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. Randers Amt forespørger || aftage.", "=Det vedtoges at bestille 300 Rummeter."),
          ("2. Randers Amts Skoledirektion || Kraft.", "Forh. træder i Kraft:"),
          ("3. Det vedtoges at henstille", "SAME"),
          ("4. Laur. Jensen, Egaabro || Skatterestancer.", "Eftergives Restancer || 1938/39."),
          ("5. Smed Christiansen || Kr. 116.", "=Udsættes."),
          ("6. Smed Helbo || Kr. 130.", "=Udsættes."),
          ("7. Smed Mortensen || Kr. 85.", "=Udsættes."),
          ("8. Mellem Dansk Arbejdsmandsforbund || Grusharpning.",
           "Timeløn samt Tillæg || i Betragtning."),
          ("9. Til Formand for Aaret 1940/41", "SAME"),
      ], [
          ("haandgerningslærerinderne", "spare", "", "=Det vedtoges at henstille || visning.",
           "=spare paa Materialerne til Under- visning"),
      ]),
    # Item 1: the chairman and members of the Brændselsnævn elected (Ingvar Jørgensen chairman):
    # elections, no task verb.
    M("Onsdag d. 10. April 1940", "1940-04-10",
      P("A. Bøjesen", "Joh Grosen", "R. Helbo Sørensen", "Jens Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. Randers Amt i Skrivelse af 5. April || Brædselsnævn",
           "Som Formand for Nævnet valgtes"),
          ("2. Lærerinde Frk. Fog Christensen || Kommunen.", "Det vedtoges at tillade Køb"),
      ]),
    # "fraværende var K. M. Laursen"; the other eight sign. Item 10 "Det henstilles til
    # paagældende": an exhortation to the taxpayer, no action item.
    M("Onsdag, den 8. Maj 1940", "1940-05-08",
      A("K. M. Laursen")
      + P("R. Helbo Sørensen", "A. Bøjesen", "Joh Grosen", "J. Terp Laursen", "Julius Junker",
          "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. Randers Amt meddeler i Skrivelse af 7/5-40 || Kr. 810,-",
           "=Toges til Efterretning."),
          ("2. Randers Amtsraad udbeder sig || 8 Aar.", "=Besvares beræftende."),
          ("3. Randers Amt meddeler i Skrivelse af 22/4 || Skovejerne.",
           "=Tages til Efterretning."),
          ("4. Randers Amtsraad udbeder sig || Takstregulativ.",
           "=Sogneraadet har intet at bemærke hertil."),
          ("5. P. Gyldenløv || ansættele.", "Skatten omregnes; || Barn."),
          ("6. Aksel Jensen || Skatteansættelse", "Indkomsten nedsættes || 1060."),
          ("7. Lærer Nielsen || Skatteansættelse.", "=Skattebeløbet eftergives."),
          ("8. Stationsm. Breuner || Skatteansættelse.", "=Nedsættes med 50%."),
          ("9. Knud Boel || Skatteansættelse.", "=Nedsættes med 25%."),
          ("10. Hilbert Pedersen || Skatteansættelse.", "Ansættelsen fastholdes. || herefter."),
          ("11. Gunnar Olsen || Skatteansættelse.", "=Nedsættes med 25%."),
          ("12. Johan Nielsen || 21. Maj 1940.", "=Der ydes den ønskede Henstand."),
      ]),
    # Joint meeting of the council's representatives and the teachers, at Hjortshøj Konditori:
    # five members and the teachers' signatory J. Schmit-Nielsen sign ("P. L. V." is no name).
    # The shares of the cost are terms of the arrangement, no action items.
    M("Mandag, den 20. Maj 1940", "1940-05-20",
      P("J. Schmit-Nielsen", "R. Helbo Sørensen", "A. Bøjesen", "Jens Terp Laursen",
        "Joh. Grosen", "I. Jørgensen"), [
          ("=Der forhandledes om Fordelingen || hjemmene.",
           "=Sogneraadet kunne gaa med til || ene Fjerdedel."),
      ]),
    # "fraværende var Chr. Jørgensen"; the other eight sign. Item 8's heading runs over two
    # blank lines (the school plan's points I-III). Item 10: the decision runs on over a blank
    # line to the terms of the work.
    M("Onsdag, den 12. Juni 1940", "1940-06-12",
      A("Chr. Jørgensen")
      + P("R. Helbo Sørensen", "A. Bøjesen", "Joh. Grosen", "J. Terp Laursen", "Julius Junker",
          "K. M. Laursen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. H. P. Pederen || Højskole.", "=Fritages i tre Maaneder."),
          ("2. Ejner Nielsen || Skatteansættelse.", "=Eftergives."),
          ("3. Landinspektør Svend Nielsen, Aarhus, ansøger || Egaa.", "=Anbefales"),
          ("4. Hagbard Corneliussen || Udleveringen.",
           "=Sogneraadet vil prøve at forhindre Udleveringen."),
          ("5. Randers Amt henstiller || opvarmes.",
           "=Det vedtages at lade opstille en Kakkelovn."),
          ("6. Amtsvejinspektøren fremsender", None),
          ("7. Randers Amts Skoledirektion meddeler i Skrivelse af 4/6 || Timeantal.",
           "=Tages til Efterretning."),
          ("8. Randers Amts Skoledirektion meddeler i Skrivelse af 28. Maj || Andenlæreren i Egaa.",
           "Toges til Efterretning; || udbetalt."),
          ("9. Landinspektør Svend Nielsen, Aarhus, udbeder || Elsted Sogn.",
           "Tinglysningsdokumenterne ønskes || Bemyndigelse."),
          ("10. Det vedtages at forsøge med Optagning || Skove.",
           "Det vedtages at forsøge med Optagning || Opmaaling m.m."),
          ("11. Som Medlem af det kommunale", "SAME"),
          ("12. Det vedtages at forsøge at arangere", "SAME"),
      ], [
          ("Sogneraadet", "prøve", "", "=Sogneraadet vil prøve at forhindre Udleveringen.",
           "=prøve at forhindre Udleveringen"),
          ("Sogneraadsformanden", "underskrive", "",
           "=Tinglysningsdokumenterne ønskes || Bemyndigelse.",
           "=underskrevet af Sogneraadsformanden"),
          ("brændselsudvalgets Formand", "forestå", "", "=Arbejdet forestaaes af || m.m.",
           "=forestaaes af Brændselsudvalgets Formand"),
      ]),
    M("Onsdag, den 10. Juli 1940", "1940-07-10",
      P("R. Holme Sørensen", "A. Bøjesen", "Joh. Grosen", "Jens Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("=1. Følgende ansøger om Tilskud:", "Landsf. for Vanføre"),
          ("2. Politimesteren i Rougsø || Drikke.", "=Tages til Efterretning."),
          ("3. Randers Amt's Skoledirektion || d.A.", "=Tages til Efterretning."),
          ("4. N. P. Kristiansen || Aarhus.", "=Bevilget Kr. 35,- Aarlig."),
          ("5. Randers Amtsrad godkender || 7.850.", "=Tages til Efterretning."),
          ("6. Karl G. Sørensen || Jacob Ebbesen.", "=Henvises til Vejudvalget."),
          ("7. fhv. Bager Jensen || Øl og Vine.", "=Anbefales."),
          ("8. Landinspektør Sv. Nielsen || Egaa.", "=Anbefales."),
          ("9. Landinspektør J. P. Rørholm || Skæring.", "=Anbefales."),
          ("10. Rougsø m.fl. Herreders Skatteraad || Løgten Kro.", "=Tages til Efterretning."),
          ("11. Socialministeriet meddeler || 1940.", "=Toges til Efterretning."),
          ("=12. Det vedtoges at forsøge med Indsamling af Emballage", "SAME"),
          ("13. Det vedtoges at optage Forhandling", "SAME"),
          ("14. Lærer J. Schjødt Nielsen || Skole.",
           "=Det overlodes Johs. Grosen at træffe nærmere Aftale."),
          ("=15.Ⅰ. Halvaars Tillægstegning foretoges.", "SAME"),
      ], [
          ("vejudvalget", "henvise", "", "=Henvises til Vejudvalget.",
           "=Henvises til Vejudvalget"),
          ("Johs. Grosen", "træffe", "", "=Det overlodes Johs. Grosen at træffe nærmere Aftale.",
           "=træffe nærmere Aftale"),
      ]),
    # "fraværende var Ingv. Jørgensen"; the other eight sign. Item 1 adds to the minutes of a
    # 1936 meeting; item 4 reports the agreement reached at an inspection of 13 July.
    M("Mandag, den 22. Juli", "1940-07-22",
      A("Ingv. Jørgensen")
      + P("R. Helbo Sørensen", "A. Bøjesen", "Joh. Grosen", "Jens Terp Laursen", "Julius Junker",
          "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen"), [
          ("1. Tilføjelse til Protokollen || vedtoges).", "Planerne godkendtes || Biveje."),
          ("2. Randers Amtsraad meddeler || 1939-40.", "=Tages til Efterretning."),
          ("3. Kommunen er villig", "SAME"),
          ("4. Lørdag, den 13. Juli 1940 || opnaaedes:", "Parterne enedes om"),
      ]),
    M("Onsdag, den 14. August 1940", "1940-08-14",
      P("R. Helbo Sørensen", "A. Bøjesen", "Joh. Grosen", "Julius Junker", "K. M. Laursen",
        "Chr. Jørgensen", "I. Jørgensen", "Rs. Svenningsen", "J. Terp Laursen"), [
          ("1. Fru Karen Ebbesen || Skæring.", "Da Tilskudet til Kloakken"),
          ("2. Der bevilgedes et Tilskud", "SAME"),
          ("3. Fra Maleren Holger Pedersen || 10310.", "=Tilbudet antoges."),
          ("4. Landinspektør Sv. Nielsen || Skæring.", "=Anbefales."),
          ("5. Hjortshøj-Egaa Marthaforbund || (36 Timer).", "=Sædvanlig Tilskud bevilget."),
          ("6. Amtsvejinspektøren for Randers Amt || Strandvej.", "=Taget til Efterretning."),
      ]),
    # Item 3: new snow wardens elected for the three who asked to be relieved: no task verb.
    M("Onsdag d. 11. Septbr. 1940", "1940-09-11",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Joh Grosen", "J. Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. Randers Amt Plejehjemsforening || Tilskud.", "Bevilget 10 Kr."),
          ("2. F.D.F. Aarhus || Hede.", "=Bevilget."),
          ("3. Følgende anmoder om Fritagelse || Ejner Grosen, Egaa", "i deres Sted valgtes:"),
          ("4. Ebba Dutze || sættelse.", "Nedsættes til Halvdelen"),
          ("5. Til Repræsentanter i Kreditforningen", "SAME"),
          ("6. Gældsovertagelsesdeklarationer", "SAME"),
          ("7. Randers Amts Sogneraadsforening || Kl. 13.", "=Toges til Efterretning."),
          ("8. Skæring Operationskasse der || Tilskud", "=Udsættes til senere Behandling."),
          ("9. Kommunens Bogsamlinger || Tilskud", "Det vedtoges at forhøje"),
          ("10. Prisen for Optagning af Stødbrænde || 1940.", "Det bestemtes at der"),
          ("11. Det vedtoges at optage Kreditforeningslaan", "SAME"),
      ]),
    # Kasse- og Regnskabsudvalget.
    M("Mandag d. 7. Oktober 1940", "1940-10-07",
      P("R. Helbo Sørensen", "Joh. Grosen", "Jens Terp Laursen"), [
          ("=Restancelisterne blev gennemgaaede || slettede.", "SAME"),
          ("=Kassebeholdningen efter Kassebogen || til Stede.", None),
      ]),
    # Item 5's extension of the D.A.F. agreement is signed by Jens M. Jørgensen right above the
    # members' signatures: he signs the agreement, no row.
    M("Onsdag, den 9. Oktober 1940", "1940-10-09",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Joh. Grosen", "J. Terp Laursen", "K. M. Laursen",
        "Rs. Svenningsen", "I. Jørgensen", "Julius Junker", "Chr. Jørgensen"), [
          ("=1. Følgende andrager om Tilskud:", "Himmelbjerggaarden"),
          ("=2. Indberetning om Toldudbytte foretoges.", "SAME"),
          ("3. Fra det danske Hedeselskab || 3/10 1940.",
           "Det vedtoges at søge Tilskud || for Sparekassen."),
          ("4. Der foretoges Valg af Tællingskommissioner || 1940.", "SAME"),
          ("5. Overenskomsten mellem || pr. m³.", "SAME"),
      ]),
    # "fraværende var Johs. Grosen"; the other eight sign.
    M("Tirsdag, den 22. Oktober 1940", "1940-10-22",
      A("Johs. Grosen")
      + P("R. Helbo Sørensen", "Aksel Bøjesen", "Jens Terp Laursen", "Julius Junker",
          "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("1. Amtsvejinspektøren førespørger || Betingelser.", "=Vedtoges."),
          ("2. Kommuneregnskabet for 1939/40", None),
          ("3. Det vedtoges ved 2. Behandling", "SAME"),
          ("4. Det vedtoges at yde Brændselsudvalgets", "SAME"),
      ]),
    # The revisors' audit of the 1939/40 accounts, the day after.
    M("Ved Revisionen d. 23/10 1940", "1940-10-23", REVISORS, [
        ("=Ved Revisionen d. 23/10 1940 || til Stede.", None),
    ]),
    # Item 6 "mod at Karl Thomsen udfører Arbejdet": a condition, no action item.
    M("Onsdag, den 13. November 1940", "1940-11-13",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Joh Grosen", "Jens Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("=1. Følgende Andrager om Tilskud:", "Kirkens Korshær"),
          ("2. Gdr. Aksel Mikkelsen || 1/1-41.", "Tilladelsen gives || Beløbene."),
          ("3. Lærer Outze || 1940/41.", "=Beløbet eftregives."),
          ("4. Arbejds- og Soialministeriet || \" \"", "=Taget til Efterretning."),
          ("5. Rutebilejer Ingemann Schmidt || Skæring Strand.", "=Anbefales."),
          ("6. Angaaende et Vejsving || i Kankbølle",
           "vedtoges det at yde Karl Thomsen || uden Erstatning."),
          ("7. Sogneraadet vedtog at yde", "SAME"),
          ("8. Det vedtoges at yde Vejmændene", "SAME"),
          ("9. Det vedtoges at yde Kæmner Thomsen", "SAME"),
      ]),
    # "11." stands alone above the signatures: no matter.
    M("Onsdag, den 11. December 1940", "1940-12-11",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Joh. Grosen", "J. Terp Laursen", "Julius Junker",
        "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen"), [
          ("=1. Blaa Kors ansøger om Tilskud - nægtet", "SAME"),
          ("=2. Filantropisk Forbund ansøger om Tilskud - nægtet", "SAME"),
          ("3. Schjødt Nielsen || Varme.", "=Bevilget."),
          ("4. Landbrugsfaglig Studiekreds || pr. Møde.", "=Bevilget."),
          ("5. Fra Politimesteren i Rougsø || 8 Aar.",
           "=Det vedtoges enstemmigt at anbefale Andragendet."),
          ("6. Amtsvejinspektøren meddeler || Amts- bivejene.", "=Toges til Efterretning."),
          ("7. Politimesteren i Rougsø || Egaa.", "=Toges til Efterretning."),
          ("8. Sogneraadet vedtog i Samarbejde", "SAME"),
          ("9. Da Havet delvis || Skaden.", "Det vedtoges at afspærre Vejen"),
          ("10. Der foretoges Valg af Tællingskommissærer", "SAME"),
      ]),
    # Kasse- og Regnskabsudvalget.
    M("Fredag d. 13. December 1940", "1940-12-13",
      P("Joh. Grosen", "R. Helbo Sørensen", "Jens Terp Laursen"), [
          ("=Der foretoges en foreløbig || 1941/42.", None),
          ("=Kassebeholdningen efter Kassebogen || tilstede.", None),
      ]),
    # "Alle Medlemmer var mødt", and all nine sign: the signatures give the rows. Four
    # unnumbered matters; the last (an inquiry to the Amt) states no decision.
    M("Sogneraadsmøde afholdtes 30/12 1940", "1940-12-30",
      P("R. Helbo Sørensen", "Joh. Grosen", "Jens Terp Laursen", "Julius Junker", "K. M. Laursen",
        "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen", "Aksel Bøjesen"), [
          ("=Overslaget for 1941/42 var til 1. Behandling.",
           "=Det vedtoges med en Udskrivning som i 1940/41."),
          ("Arbejds og Socialministeriet meddeler", None),
          ("Rasmus og Gunnar Holme Villadsen || Egaa By.",
           "Det vedtoges at give den ønskede Tilladelse"),
          ("Forespørgsel til Amtet", None),
      ]),
]
HE_ROLES = [(3, "S. Westergaard", "revisor"), (3, "A. Bomholt", "revisor"),
            (5, "R. Helbo Sørensen", "formand"), (5, "Johs. Grosen", "næstformand")]

BOOKS_GOLD = [
    (HE, HE_MEETINGS, HE_NAMES, HE_ROLES),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT)
