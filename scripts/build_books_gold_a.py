"""Build ``corpus/gold/books_a.jsonl``: development gold of four parish minute books (set A).

Issue 17. Annotated by reading each book in ``../shared/corpus/aarhus-parish-1940-1945`` whole,
following ``corpus/GUIDELINES.md`` ("Minute books", "Action items"); the books are never copied
here: this script holds only short anchors (a few opening words, names) and finds their offsets.

The anchor language and its checks are in ``scripts/books_gold.py``.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_a.py
"""

from __future__ import annotations

from books_gold import REPO, A, M, P, main

OUT = REPO / "corpus" / "gold" / "books_a.jsonl"


# =============================================================================================
# Elsted 1943. Five members until 18 May (ValdButtenschøn, OSpliid, P.Sørensen, JPJensen,
# AageJensen); the council elected 5 May and constituted 31 May: Buttenschøn, S. P. Sørensen,
# O. Spliid, Jens Munch, Niels Jensen. 31 May: "Til Formand. Valgt V. Buttenschøn", "Til
# Næstformand og Kasserer ... O. Spliid". The election record of 5 May (between the meetings of
# 11 February and 18 May) has no opening and no signatures: it opens no meeting.
# =============================================================================================
E43 = "Elsted_1943.txt"
E43_NAMES = {
    "ValdButtenschøn": "Vald. Buttenschøn", "V.Buttenschøn": "Vald. Buttenschøn",
    "OSpliid": "O. Spliid", "O.Spliid": "O. Spliid",
    "P.Sørensen": "S. P. Sørensen", "P. Sørensen": "S. P. Sørensen",
    "JPJensen": "J. P. Jensen", "AageJensen": "Aage Jensen",
    "N. Jensen": "Niels Jensen", "N.Jensen": "Niels Jensen",
    "J. P. Munch": "J. P. Munch",
}
E43_OLD = P("ValdButtenschøn", "OSpliid", "P.Sørensen", "JPJensen", "AageJensen")
E43_MEETINGS = [
    # The book opens with the closing of a meeting begun in the 1942 book.
    M(None, "", E43_OLD, [], fragment=True),
    M("Aar 1943. den 15' Januar", "1943-01-15", E43_OLD, [
        ("1st Behandling af Kommunens", None),
        ("Ansøgning fra Sigurd Lassen", "Bevilges 25 Kr."),
        ("Ansøgning fra Niels Jensen om", "1 Kvartal eftergives"),
        ("Ansøgning fra Karl Poulsen", "Kan ikke eftergives"),
        ("Skræder N. P. Nielsen", "Eftergives 2 Kvartaler"),
        ("Ansøgning fra Johannes Pedersen", "Kan ikke bevilges da"),
        ("Meddelelse fra Amtsraadet om", "Til Efterretning"),
        ("Ansøgning fra Aarhus tekniske", "Bevilges 25 Kr pr Elev"),
        ("Meddelelse fra Amtet om Tilskud", "Til Efterretning"),
        ("Meddelelse fra Socialministeriet", "Til Efterretning"),
        ("Anmodning fra Jens Munch", "Til Ny. Formand valgtes"),
    ]),
    M("Aar 1943. den 11' Februar", "1943-02-11",
      A("P. Sørensen") + P("ValdButtenschøn", "JPJensen", "OSpliid", "AageJensen"), [
          ("2' Behandling af Overslaget", "2' Behandling foretaget"),
          ("Valg af Valgbestyrelse", "Det samlde Sogneraad valgtes."),
          ("Valg af. 2 Medlemmer || listeudvalget.", "C.C Christensen, Kjærgaard."),
          ("Løn til Beskæftigelsesudvalget.", "Det vedtoges at foreslaa"),
          ("Skrivelse fra Sygekassedirektoratet", "Til Efterretning"),
      ]),
    M("Aar 1943. den. 18' Maj", "1943-05-18", E43_OLD, [
        ("Skatteklage fra følgende.", "Nedsættes til 2.00"),
        ("Svend Højstrup Bro.", "Kan ikke nedsættes."),
        ("Andreas Nyhøj", "Nedsat til 48 Kr."),
        ("Niels Jensen.", "Udsættes til næste Møde."),
        ("Ansøgning fra Købmand Frode", "Anbefales."),
        ("Meddelelse fra Overvejinspektøren", "Ordnet sammen med Vejlby"),
        ("Meddelelse fra. Den kommunale", "Til Efterretning."),
        ("Ansøgning fra Vejmand Jens", "Bevilges 240 Kr."),
        ("Meddelels fra Amtet, at Justits", "Til Efterretning"),
        ("do Fra amtet om Udryddelse", None),
        ("Ansøgning fra Kersten Simonsen", "Bevilges 10 Kr Mndl."),
        ("Ansøgning fra Brandfoged", "Valg Smed. J. P. Jensen"),
        ("Meddelelse fra Amtsvejinspektøren", "Til Efterretning."),
        ("Meddelse fra Amtet om Løn", "200 Kr + 1 Kr pr Husstand"),
        ("Meddelese fra Amtet om Taksten", "Til Efterretning."),
        ("Formandslønnen ansættes", "SAME"),
    ]),
    M("Aar 1943. den 31' Maj", "1943-05-31",
      P("ValdButtenschøn", "OSpliid", "P. Sørensen", "N. Jensen", "J. P. Munch"), [
          ("Til Formand.", "Valgt V. Buttenschøn"),
          ("Til Næstformand og Kasserer", "〃 O. Spliid."),
          ("Til Vejudvalget.", "J. Munch. (Formand)"),
          ("Til Børneværnsudvalget.", "Istedfor O. Spliid"),
          ("Til Skolepatron.", "S. P. Sørensen."),
          ("Skolekommisionen.", "Udsættes."),
          ("Sundhedskommisionen.", "Genvalg."),
          ("Fredningsudva.", "V. Buttenschøn"),
          ("Det sociale Udvalg.", "Sogneraadet."),
          ("Beskæftigelsesudvalg.", "Jens Munch."),
      ]),
    M("Aar 1943 den 29' Juni", "1943-06-29",
      P("J. P. Munch", "N. Jensen", "V.Buttenschøn", "P. Sørensen", "O.Spliid"), [
          ("Valg af Skolekommision.", "Jens Munch."),
          ("Skatteklage fra Grethe", "Nedsat til 500 Kr."),
          ("〃 Svend Tage Hansen", "Nedsat til 500 Kr."),
          ("〃 Karl Aage Dalgaard", "2 Kvartaler. 41/42"),
          ("Frede Hansen ansættes", "Ansættes. til 500"),
          ("Valg af Vurderingsmænd", "Genvalgt"),
          ("Meddelelse fra Amtet om", "Til Efterretning."),
          ("Meddelelse om Kød", "Til Efterretning."),
          ("Meddelels fra Skoledrektionen", "Til Efterretning."),
          ("Ansøgning fra Sygepleieforenigen", "Kommunens forp Tilskud"),
      ]),
    M("Aar 1943. den 31' August", "1943-08-31",
      P("ValdButtenschøn", "N. Jensen", "J. P. Munch", "OSpliid", "P.Sørensen"), [
          ("Meddelse fra Invalideretten", "Til Efterretning."),
          ("Klage fra Niels Jensen", "Nedsættes med 300"),
          ("Meddelelse fra Aarhus Amts", "Til Efterretning."),
          ("Tilbud fra Smed Rasmussen", "Et Tilbud ønskes"),
          ("Meddelelse fra Politikontoret", "Til Efterretning."),
      ]),
    M("Aar 1943 den 25' September", "1943-09-25",
      A("P. Sørensen") + P("J. P. Munch", "ValdButtenschøn", "OSpliid", "N.Jensen"), [
          ("Tilbud fra Smed P. Rasmussen", "Smed Jensens Tilbud antages"),
          ("Ansøgning fra Lystrup Vandværk", "Kommunen vedtog"),
          ("Skolekommisionen retter", "Bevilges 1 Læs"),
          ("Samtidig anmoder", "Til Efterretning."),
      ]),
    M("Aar 1943. den 26' November", "1943-11-26",
      P("ValdButtenschøn", "OSpliid", "P.Sørensen", "N. Jensen", "J. P. Munch"), [
          ("Ansøgning fra Elsted Kommunes", "Bevilges 200 Kr."),
          ("Anmodning om det alm.", "Bevilges 1 Kr."),
          ("Kød - Mælk og Smørrabatkort", "Bevilges til Arbejdsløse"),
          ("Kapning af Poplerne", "Poplerne stynes"),
          ("Forslag til Betaling for Snekastning", "5,50 for 4 Timer"),
          ("Anmodning fra Grd. Aage Jensen", "Kommunen lader Rørene"),
          ("Ansøgning fra Valborg Juul", "Bevilges et personlig"),
          ("Ansøgning fra Enke Kristine", "Bevilges Kommunehjælp"),
          ("Skatteklage fra Karl Anker", "Nedsættes til 1000"),
          ("Skatteklage fra Signe Simonsen", "Nedsættes til 800"),
          ("Meddelelse om grafiske", "Et Billed til 1 Skole."),
          ("Meddelelse om Refusion", "Til Efterretning"),
          ("Skoleplanen udarbejdes", "SAME"),
          ("En Arkitekt til Tegning", "SAME"),
      ], [
          ("kommunen", "lade", "", "Kommunen lader Rørene", "=lader Rørene nedlægge"),
      ]),
    M("Aar 1943. den 16' December", "1943-12-16",
      P("ValdButtenschøn", "OSpliid", "P.Sørensen", "N. Jensen", "J. P. Munch"), [
          ("Juletillæg til Aldersrentenydere", "SAME"),
          ("Til Rengøring i Elsted", "Ane Jespersen antages"),
          ("Karn Rasmussens Hustru", "Kan ikke bevilges, under"),
          ("Johannes Pedersen ansøger", "Johannes Pedersen og"),
      ]),
]
E43_ROLES = [(4, "Vald. Buttenschøn", "formand"), (4, "O. Spliid", "næstformand")]

# =============================================================================================
# Elsted 1944. Members: Vald Buttenschøn, O Spliid, P. Sørensen (S. P. Sørensen, elected to the
# library board 17 May), J. Munch (signs "S.C Munch", "JP Munch", "SP Munch"; "J.P. Munch" in
# the fuel committee's minutes), Niels Jensen. "V. Buttenschøn valgtes" formand 25 March. The
# book goes on with the fuel committee's (Brændselsudvalget) meetings of 1945, 1941 and 1940,
# each a meeting of its own; the last (13 September 1940) breaks off after its opening.
# =============================================================================================
E44 = "Elsted_1944.txt"
E44_NAMES = {
    "Vald Buttenschøn": "Vald Buttenschøn", "V Buttenschøn": "Vald Buttenschøn",
    "O Spliid": "O Spliid", "P. Sørensen": "S. P. Sørensen",
    "S.C Munch": "J.P. Munch", "JP Munch": "J.P. Munch", "J. Munch": "J.P. Munch",
    "SP Munch": "J.P. Munch", "N. Jensen": "Niels Jensen", "Niels Jensen": "Niels Jensen",
    "Kristen Nielsen": "Kristen Nielsen", "Chr. Poulsen": "Chr. Poulsen",
}
FUEL = P("Vald Buttenschøn", "Kristen Nielsen", "Chr. Poulsen")
E44_MEETINGS = [
    M("Aar 1944 den 21 Januar", "1944-01-21",
      A("N. Jensen") + P("Vald Buttenschøn", "S.C Munch", "O Spliid", "P. Sørensen"), [
          ("Regnskabet fremlagdes", "Godkendtes og Underskreves"),
          ("1st Behandling af Overslaget", "1' Behandling foretoges"),
          ("Opgørelse fra Socialministeriet", "Bevilges 35,00"),
          ("Ansøgning fra Sigurd Lassen", "Bevilges 35 Kr"),
          ("Opsigelse af Arbejdsmandsforbundets", "Til Efterretning"),
          ("Refusion af Lærerlønninger", "Leveret til Spliid"),
      ]),
    M("Aar 1944 den 25 Marts", "1944-03-25",
      A("Niels Jensen") + P("Vald Buttenschøn", "JP Munch", "O Spliid", "P. Sørensen"), [
          ("Lærerinde Frk. Pedersen er ifl", "En Vikar ansættes"),
          ("Meddelelse fra Indenrigsministeriet", "Til Efterretning"),
          ("Meddelelse fra Amtet at", "Til Efterretning"),
          ("Anne Jespersen ansøger", "Bevilges 60 Kr"),
          ("Vejmand Jens Laursen", "Forhøjes med 10"),
          ("Søren Schøngaard", "Bevilges 50 Kr"),
          ("Laurits Dalgrens Hustru", "Bevilges ½ Del"),
          ("Lærerinde Frk. Pedersen anmoder", None),
          ("Sygeplejeforeningen Regnskab", "Til Efterretning."),
          ("Fru Marie Jacobsen", "Kan ikke bevilges"),
          ("=Valg af Formand for 1944/45.", "=V. Buttenschøn valgtes"),
          ("=Husleje ansættes til 20 Kr Mndlg", "SAME"),
      ]),
    M("Aar 1944 den 17' Maj", "1944-05-17",
      A("Niels Jensen") + P("Vald Buttenschøn", "O Spliid", "P. Sørensen", "J. Munch"), [
          ("Klage fra P. Udengaard", "Nedsættes til 1200"),
          ("Klage fra Henning Sigaard", "Kan ikke nedsættes"),
          ("Til Bestyrelsen for Elsted", "valgtes S. P. Sørensen"),
          ("Ansøgning fra Idrætsforeningen", "Bevilges 100 Kr."),
          ("Ansøgning fra Foreningen", "Bevilges 5 øre"),
          ("Skolehækkenes Klipning", "SAME"),
      ]),
    # "med Undtagelse af Niels Jensen", but N. Jensen signs: a signatory is present.
    M("Aar 1944 den 6' Juli", "1944-07-06",
      P("Vald Buttenschøn", "N. Jensen", "P. Sørensen", "O Spliid", "SP Munch"), [
          ("Skrivelse fra Stiftamtet", "Indsendes til Amtet"),
          ("Meddelelse fra Socialministeriet", "Til Efterretning."),
          ("Meddelelse fra Amtsvejinspektøren", "Til Efterretning."),
          ("Ansøgning fra Laura Laursen", "Kan ikke bevilges"),
          ("Overenskomsten med Arbejderne", "Er i Orden"),
          ("Meddelelse fra Tolddepartemente", "Til Efterretning."),
          ("Tjæring af den nye Vej.", "Det vedtoges at faa"),
      ]),
    M("Aar 1944 den 21' August", "1944-08-21",
      A("Niels Jensen") + P("V Buttenschøn", "P. Sørensen", "O Spliid", "JP Munch"), [
          ("Sagfører Nørager anmoder", "Sogneraadet godkender"),
          ("Købmd Christian Mogensen", "Sogneraadet anbefaler"),
          ("Enke Marie Sørensen og", None),
      ]),
    M("Aar 1944 den 13 Oktober", "1944-10-13",
      A("P. Sørensen") + P("Vald Buttenschøn", "O Spliid", "J. Munch", "N. Jensen"), [
          ("Valg af Snefoged", "Tage Bomholt"),
          ("Valg af 3 Hegnsynsmænd", "Laurits Sørensen"),
          ("Personlig Tillæg til Alders", "5 Kr til enlige"),
          ("Betaling efter Snekastningslovens", "7 Kr ½ Dag"),
          ("Meddelelse fra Stiftøvrigheden", "Til Efterretning."),
          ("Skrivelse fra Sagfører Haasted", "Sogneraadet fastholder"),
          ("Tilflyttere ansættes til Skat.", "Ansættes efter Skalaen"),
          ("Lindtoft Husleje", "Tilbyder 100 Kr"),
          ("Vejmandens Løn", "Forhøjes med 30"),
      ]),
    # Brændselsudvalget, 11 February 1945: unsigned, no attendance stated.
    M("Aar 1945 den 11' Februar", "1945-02-11", [], [
        ("Der forelaa Meddelelse || Ialt 210 Rm", "Der blev gjort Overenskomst || Risskov."),
    ]),
    M("Aar 1941 den 15' Januar", "1941-01-15", FUEL, [
        ("Brændselsudvalget er tildelt", "Fordeltes saaledes"),
        ("Det vedtoges at uddele Petroleum", "SAME"),
    ]),
    M("Aar 1940 den 10' December", "1940-12-10", FUEL, [
        ("Det bestilte Brænde", "=Det bestilte Brænde || Skøn."),
        ("Ansøgning fra Christensen", "Der er tildelt Christensen"),
        ("Ansøgning fra Skræder Nielsen", "bevilges 5 hl Cinders"),
        ("Ansøgning fra Lystrup Hotel", "Bevilges efter Ansøgning"),
        ("Ansøgning fra Slagter Poulsen", "Bevilges 5 hl Briketter"),
    ]),
    M("Aar 1940 den 10 April", "1940-04-10", FUEL, [
        ("I Henhold til Stiftamtets", "Det vedtoges at udstede"),
    ]),
    M("Aar 1940 den 25' April", "1940-04-25", FUEL, [
        ("Til Behandling var Ansøgningerne", "Følgende bevilgedes || til Husholdning"),
    ]),
    M("Aar 1940 den 20' Maj", "1940-05-20", FUEL, [
        ("=Fra Proprietær C.C. Christensen, Kjærgaard", "Kunde ikke bevilges, henvises"),
        ("Fra Fru Overgaard", "Kunde ikke bevilges, da"),
        ("Gartner B. Podhorny", "Bevilges 8 + 4"),
        ("Fodermester Niels Rasmussen", "Kan ikke bevilges."),
        ("Ricardo Poulsen til", "Bevilges 20 Liter."),
        ("N.P. Birk til", "Bevilges naar Bevis"),
        ("Ansøgning fra C. C. Christensen", "Bevilges det nødvendige"),
        ("Det vedtoges at fremlægge Lister", "SAME"),
    ]),
    M("Aar 1940 den 17' Juli", "1940-07-17", FUEL, [
        ("Retningslinierne for Uddeling", "Det vedtoges:"),
        ("Vald Buttenschøn søger om", "bevilliges."),
    ]),
    M("Aar 1940 den 6' August", "1940-08-06", FUEL, [
        ("Ansøgning fra C.C. Christensen,", "bevilges 440 Ltr"),
        ("samt til Tærskning af 30", "bevilges højst 330"),
        ("Jens Brandstrup søger om#1", "bevilges 30 Ltr."),
        ("Svend Sørensen søger", "betales 30 Ltr."),
        ("N.P. Birk søger", "bevilges 10 Ltr."),
        ("Martinus Jeppesen", "bevilges 1 Ltr."),
        ("J.P. Munch søger", "bevilges 10 hl"),
        ("Tømrer P. Møller", "bevilgedes 5 hl."),
        ("Jens Brandstrup søger om#2", "bevilges Træet"),
        ("N.P. Chr. Rasmussen", "bevilges."),
        ("Andreas Jensen søger", "Kan ikke bevilges"),
        ("Aage Jensen søger", "bevilges"),
    ]),
    # The book ends after this meeting's opening.
    M("Aar 1940 den 13' September", "1940-09-13", [], [], fragment=True),
]
# The council's formand from 25 March 1944; the fuel committee's minutes (from index 6) name no
# chairman ("Formanden 100 Kr" in January 1941 names no one): no role there.
E44_ROLES = [(1, "Vald Buttenschøn", "formand"), (6, "", "formand")]

# =============================================================================================
# Hjortshøj-Egaa 1943. Nine members until 31 May (R. Helbo Sørensen, Aksel Bøjesen, Johs.
# Grosen, Jens Terp Laursen, Julius Junker, K. M. Laursen, Chr. Jørgensen, Rs. Svenningsen,
# Ingv. Jørgensen); the new council constituted 31 May (R. Helbo Sørensen, Ejner Grosen, Hans
# Jørgensen, A. Brøns Appelt, Otto Horup, Aksel Bøjesen, Laurits Helboe, Rs. Svenningsen, Viggo
# Bomholt). 20 March: formand R. Helbo Sørensen, næstformand Johs. Grosen; 31 May: formand R.
# Helbo Sørensen, næstformand Rs. Svenningsen. The Kasse- og Regnskabsudvalg meetings (8 January,
# 21 December) and the hand-over meeting of 2 June (signed also by the two revisors) are
# meetings of their own.
# =============================================================================================
HE = "Hjortshøj-Egaa_1943.txt"
HE_NAMES = {
    "R. Helbo Sørensen": "R. Helbo Sørensen", "R. Holme Sørensen": "R. Helbo Sørensen",
    "R. Helbo Jensen": "R. Helbo Sørensen", "Aksel Bøjesen": "Aksel Bøjesen",
    "Joh. Grosen": "Johs. Grosen", "Johs. Grosen": "Johs. Grosen",
    "Jens Terp Laursen": "Jens Terp Laursen", "Julius Junker": "Julius Junker",
    "K. M. Laursen": "K. M. Laursen", "Chr. Jørgensen": "Chr. Jørgensen",
    "Rs. Svenningsen": "Rs. Svenningsen", "I. Jørgensen": "Ingv. Jørgensen",
    "Ingv. Jørgensen": "Ingv. Jørgensen",
    "Ejner Grosen": "Ejner Grosen", "Ejnar Grosen": "Ejner Grosen",
    "Hans Jørgensen": "Hans Jørgensen", "A. Brøns Appelt": "A. Brøns Appelt",
    "Otto Horup": "Otto Horup", "Laurits Helboe": "Laurits Helboe", "L. Helboe": "Laurits Helboe",
    "V. Bomholt": "Viggo Bomholt", "V. Bomolt": "Viggo Bomholt",
    "K. Christensen": "C. Christensen", "S. Westergaard": "S. Westergaard",
}
HE_OLD = ("R. Helbo Sørensen", "Aksel Bøjesen", "Joh. Grosen", "Jens Terp Laursen",
          "Julius Junker", "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen", "I. Jørgensen")
HE_MEETINGS = [
    # The book opens inside a meeting of December 1942 (its items 8-10 and signatures).
    M(None, "", P("R. Holme Sørensen", *HE_OLD[1:]), [
        ("=om Tilskud.", "=Bevilget Kr. 15,-"),
        ("8. Gdr. Johs. Krause Kjær || Stranden.", "Sogneraadet vedtog at give || Nr. 470."),
        ("9. Det vedtages ved Ⅰ. Behandling || 600,- Kr.", "SAME"),
        ("10. Det vedtages at yde || efter frit Valg.", "SAME"),
    ], fragment=True),
    M("Fredag d. 8. Januar 1943", "1943-01-08",
      P("Jens Terp Laursen", "Joh. Grosen", "R. Helbo Sørensen"), [
          ("Der foretoges en foreløbig || 1943/44.", None),
          ("Kassebeholdningen efter Kassebogen || tilstede.", None),
      ]),
    M("Onsdag, den 13. Januar 1943", "1943-01-13", P("R. Helbo Jensen", *HE_OLD[1:]), [
        ("=1. Følgende andrager om Tilskud:", "Grænseforeningen || Sygdomme - nægtet"),
        ("2. Ifl. Skrivelse fra Socialministeriet || Kr. 10.611,11.",
         "=Tages til Efterretning."),
        ("3. Vognmændene || Maksimalstigning.", "=Toges til Efterretning."),
        ("=4. Overslaget for 1943/44 forelaa til Ⅰ. Behandling",
         "det vedtages at ansætte || 4.000,-"),
        ("5. Tillægsligning || foretages.", "SAME"),
        ("6. Egaa Menighedsraad || Øje.", "=Tilladelse gives."),
    ]),
    M("Onsdag, den 10. Februar 1943", "1943-02-10", P(*HE_OLD), [
        ("=1. Følgende andrager om Tilskud:", "Soldaterhjemmet || Hjemstavn - nægtet"),
        ("2. Hermann Riis || Grundforbedringslaan.", "=Anbefales."),
        ("3. Chr. Christiansen || Emmy.", "=Udsætes til næste Møde."),
        ("4. Henrik Sørensen || Gudrun.", "=Udsættes til næste Møde."),
        ("5. Det vedtages at lade uddele || gravide Kvinder.", "SAME"),
        ("6. Fra Politimesteren || mænd.", "Det vedtages at svare || Mandskab."),
        ("7. Sogneraadet har modtaget || Bredde.", "Det vedtoges at tilkendegive || som forhen."),
        ("8. Indenrigsministeriet || 23.230,-", "=Tages til Efterretning."),
        ("=9. Overslaget for 1943/44 forelaa til 2. Behandling", "og vedtages || Kr. 4000,-"),
        ("=10. I Anledning af forestaaende Amtsraadsvalg",
         "udpegedes det samlede || Regnskabsudvalget."),
        ("11. Det vedtages ved Ⅱ. || regne.", "SAME"),
    ], [
        ("Kasse- og Regnskabsudvalget", "modtage", "",
         "Til Modtagelse af Kandidatlisten || Regnskabsudvalget.",
         "=Til Modtagelse af Kandidatlisten"),
    ]),
    M("Mandag d. 10. Marts 1943", "1943-03-10", P(*HE_OLD), [
        ("1.) Randers Amt meddeler || 20.250 Kr.", None),
        ("2) Præsidenten for Vestre Landsret || 30. Juni 1947.",
         "Sogneraadet vælger følgende: || Agnes Brandstrup, Egaa"),
        ("3) Kommunens Fripladser || Gudrun, Skæring.", "blev tilstaaet || til næste Møde"),
        ("4) Arthur Pedersen, Svinbo || Løgten.", "=Anbefales"),
        ("5) Statens Seruminstitut || Vaccine,", "det vedtages at gaa ind || Vaccination"),
        ("6. Kirkeministeriet || 11.32974 Kr.", None),
    ]),
    M("Lørdag, den 20. Marts 1943", "1943-03-20",
      A("Johs. Grosen", "K. M. Laursen", "Ingv. Jørgensen")
      + P("R. Helbo Sørensen", "Jens Terp Laursen", "Julius Junker", "Chr. Jørgensen",
          "Aksel Bøjesen", "Rs. Svenningsen"), [
          ("1. I Anledning af forestaaende Sogneraadsvalg || Valglisterne.",
           "I Hjortshøj Sogn slettedes || Vælgere."),
          ("2. I Henhold til Socialministeriets || midler.", "SAME"),
          ("3. Angaaende Sportspladsen || Beliggenhed.", None),
          ("4. Som Sogneraadsformand || Westergaard.", "SAME"),
          ("5. Fra Handbjerg Fredehjem || Plads.", "Det vedtages at yde || Beklædning."),
      ]),
    M("Onsdag, d. 21. April 1943", "1943-04-21",
      A("Julius Junker") + P("Aksel Bøjesen", "Jens Terp Laursen", "R. Helbo Sørensen",
                             "K. M. Laursen", "Chr. Jørgensen", "Rs. Svenningsen",
                             "I. Jørgensen", "Joh. Grosen"), [
          ("1. Kristine Pedersen || Ejendom.", "Det overlodes til Vejudvalget || Vejforholdene."),
          ("2. Knud Jensen, Egaa Bro klager || Skatteansættelse.",
           "Sagen udsættes || Behandling."),
          ("3. Rougsø m/fl || Udgifter.", "=Yderligere Oplysninger ønskes."),
          ("4. Politimesteren || 15/4 1951.", None),
          ("5. Lov om Bekæmpelse || drøftedes.", None),
          ("6. Der forelaa Skrivelse || Motorkøretøj.", None),
          ("7. Andragende fra Hjortshøj Idrætsforening || Idrætsplads.",
           "Det vedtoges at || hele Kommunen"),
          ("8. Der foretoges Valg af Valgbestyrelse || Amtsraadsvalget.",
           "Hele Sogneraadet udgør || stemmeberettigede Vælgere."),
      ], [
          ("Vejudvalget", "tage", "", "Det overlodes til Vejudvalget || Vejforholdene.",
           "=tage et Skøn over Vejforholdene"),
      ]),
    # Jens Terp Laursen neither signs nor is said to be absent: no row.
    M("Onsdag, den 12. Maj 1943", "1943-05-12",
      P("Rs. Svenningsen", "I. Jørgensen", "Joh. Grosen", "Aksel Bøjesen", "R. Helbo Sørensen",
        "Julius Junker", "K. M. Laursen", "Chr. Jørgensen"), [
          ("=1. Følgende Andrager om Tilskud:", "Østjydsk Hjemstavnsforening || pr. læst Time."),
          ("=2. Følgende klager over Skatteansættelsen 1943/44:", "Carl Lemming || do. Halvdelen"),
          ("3. Til Revisorer i Egaa Bogsamling || Ejner Grosen, Egaa", "SAME"),
          ("4. Som Supleant || Karl Kristensen, Hjortshøj", "SAME"),
          ("5. Angaaende Tilskud til en Bro || Skæring Hede,",
           "vedtoges det at forespørge || Udgiften."),
          ("=6. Angaaende Klagen fra Kirstine Pedersen,", "vedtages det at indkalde || snarest."),
      ]),
    M("Mandag, den 31. Maj 1943, afholdt Sogneraadet", "1943-05-31", P(*HE_OLD), [
        ("1. Forskellige Cirkulærer || gennemgaaet.", None),
        ("2. Der bevilgedes || 1942/43.", "SAME"),
        ("3. Amtsarbejdsanvisningskontoret || Kommune.", None),
        ("4. Soldaterhjemmet || Tilskud.", "=Bevilget Kr. 20."),
        ("5. Ifl. § 2 || Finansaar.", "Indberetningerne afgives || Lys og Varme."),
    ]),
    M("Mandag, den 31. Maj 1943, afholdt det", "1943-05-31",
      P("R. Helbo Sørensen", "Ejner Grosen", "Hans Jørgensen", "A. Brøns Appelt", "Otto Horup",
        "Aksel Bøjesen", "Laurits Helboe", "Rs. Svenningsen", "V. Bomholt"), [
          ("Som Formand valgtes Bygningskonstruktør || R. Helbo Sørensen.", "SAME"),
          ("Som Næstformand valgtes || Svenningsen.", "SAME"),
          ("Som Formand for Socialudvalget || R. Helbo Sørensen.", "SAME"),
          ("Til Vejudvalget valgtes || Otto Horup.", "SAME"),
          ("Til Skoleudvalget valgtes || samt Formanden.", "SAME"),
          ("Til Børneværnsudvalget || Hesselballe.", "SAME"),
          ("Til Kasse- og Regnskabsudvalget || samt Formanden.", "SAME"),
          ("Til Aldersrenteudvalg || Hjortshøj.", "SAME"),
          ("Til Skolekommissionen valgtes: || Skæring.", "SAME"),
          ("Til Asyludvalg valgtes: || Ejnar Grosen.", "SAME"),
          ("Til at tiltræde Sygeplejeforeningens || Formanden.", "SAME"),
          ("Til Medlem af § 8-Udvalget || Skødstrup.", "SAME"),
          ("Til Sundhedskommissionen || Hesselballe.", "SAME"),
          ("Til Beskæftigelsesudvalget valgtes: || Hesselballe.", "SAME"),
          ("Til Brændselsudvalget || Egaa.", "SAME"),
          ("Til Udvalget for Plejetilsyn || Brandstrup", "SAME"),
          ("Som Medlem af Naturfredningsnævnet || Skæring.", "SAME"),
          ("Til Beskæftigelsesudvalget har || som Formand.", "SAME"),
      ], [
          ("Gdr. Laur. Helboe og Formanden", "tiltræde", "",
           "Til at tiltræde Sygeplejeforeningens || Formanden.",
           "=Til at tiltræde Sygeplejeforeningens Bestyrelse"),
      ]),
    # Hand-over from the old to the new council; the two revisors sign.
    M("Aar 1943, den 2. Juni holdt", "1943-06-02",
      P("R. Helbo Sørensen", "Jens Terp Laursen", "Johs. Grosen", "V. Bomholt",
        "K. Christensen", "Ejner Grosen", "S. Westergaard"), [
          ("Først foretages Overlevering || Kassebeholdning.", None),
          ("=Restancer:", None),
          ("=Skatter", None),
          ("Derefter overleveredes Kommunens Værdipapirer || nemlig:", None),
          ("=Legater:", None),
          ("Endelig afleveredes Kommunens Arkiv || Folkeregistret.", None),
      ]),
    M("Onsdag, den 9. Juni 1943", "1943-06-09",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Hans Jørgensen", "A. Brøns Appelt", "Otto Horup",
        "Ejner Grosen", "L. Helboe", "Rs. Svenningsen", "V. Bomholt"), [
          ("1. Otto Nielsen || Skatteansættelse.", "=Indkomsten nedsættes til Kr. 2500,-"),
          ("2. Knud Jensen || Skatteansættelse.", "=Indkomsten nedsættes til Kr. 1500,-"),
          ("3. Ministeriet for Landbrug || Landbrugsejendom.", "=Besvares bekræftende."),
          ("4. Som Revisorer || Otto Horup.", "SAME"),
          ("5. Som Medlemmer af Bestyrelsen || Aksel Bøjesen.", "SAME"),
          ("6. Som Vurderingsmænd || Hjortshøj som Stedfortræder.", "SAME"),
      ]),
    M("Onsdag, den 14. Juli 1943", "1943-07-14",
      A("Otto Horup") + P("R. Helbo Sørensen", "Aksel Bøjesen", "Hans Jørgensen",
                          "Ejner Grosen", "A. Brøns Appelt", "L. Helboe", "Rs. Svenningsen",
                          "V. Bomholt"), [
          ("=1. Følgende andrager om Tilskud:",
           "Landsf. af Vanføre || Hospitalsfond - bevilget Kr. 15,-"),
          ("2. Randers Amts Skoledirektion || i Kommunen.", None),
          ("3. Fra Gunnar Olesen || Lejlighed.", "Kunde ikke imødekommes || Konsekvenserne."),
          ("4. Skatteraadet || indbydes.", "=Tages til Efterretning."),
          ("5. Amtsvejinspektøren || 25. Maj 1943.", None),
      ]),
    # "fraværende var Aksel Bøjesen", but he signs: present.
    M("Onsdag, den 11. August 1943", "1943-08-11",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Hans Jørgensen", "Otto Horup", "Ejner Grosen",
        "A. Brøns Appelt", "L. Helboe", "Rs. Svenningsen", "V. Bomholt"), [
          ("=1. Følgende andrager om Tilskud:", "Dansk Tunghøreforening || Sukkersyge nægtet"),
          ("2. Randers Amtsraad meddeler || raadet.", "=Tages til Efterretning."),
          ("=3. Angaaende Installation af elektrisk Lys", "vedtog Sogneraadet || ved Magt."),
      ]),
    M("Onsdag, den 8. September 1943", "1943-09-08",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Hans Jørgensen", "Otto Horup", "Ejner Grosen",
        "L. Helboe", "A. Brøns Appelt", "V. Bomholt"), [
          ("=1. Følgende andrager om Tilskud:", "K. F. U. M.'s Soldaterhjem, Viborg || 10,-"),
          ("2. Pauli H. Sørensen || Murerlære.", "=Kommuneskaten nedsættes til Halvdelen."),
          ("3. Betty Andersen || Sygdom.", "=Fritages for Aaret 1943/44."),
          ("4. Børge Jensen || Skatterestancer.", "Kommuneskatten for 1941/42 || Halvdelen."),
          ("5. Arne K. Hansen || 1943/44.", "=Nedsættes til Halvdelen."),
          ("6. Frk. Thomsen || lettelse.", "=Eftergives Kommuneskatten."),
          ("7. Svend Aage Pedersen || Skattelettelse.", "=Ansættelsen fastholdes."),
          ("8. Kommunens Fripladser || ønskes af:", "=Bevilget."),
          ("9. Der foretages Valg af Snefogeder || 30/11-45.", None),
          ("10. Johan Eliassen || Tørv.", "Bevilget (Laanet || pr. Md.)"),
          ("11. Vejmændene || fra 1. Oktober d.A.", "=Bevilget for Vinterhalvaaret."),
          ("12. Arbejdsministeriet || Beslutning.", "Det vedtages at indhente || afgives."),
          ("13. Egaa Brugsforening || 28/9-43.", "=Anbefales."),
      ]),
    M("Onsdag, den 13. Oktober 1943", "1943-10-13",
      A("Ejnar Grosen") + P("R. Helbo Sørensen", "Aksel Bøjesen", "A. Brøns Appelt",
                            "Otto Horup", "Rs. Svenningsen", "Hans Jørgensen", "V. Bomholt"), [
          ("=1. Følgende andrager om Tilskud:", "Randers Amts Plejeforening || sædvanligt Tilskud"),
          ("2. Politimesteren || 28/9-1951.", "=Toges til Efterretning."),
          ("3. Ministeriet for Landbrug || Ejendom.", "=Tages til Efterretning."),
          ("4. Levin Sepstrup || Skat.", "=Kunde ikke imødekommes."),
          ("5. Arthur Pedersen || Ejendomsskat.", "Henstand gives || 1. Januar 1944."),
          ("=6. Else Meiniche forhen Egaa, klager over sin Skatteansættelse", "=Eftergives"),
          ("7. Fra Beboere i Egaa || smalle.", "Sagen overlades Vejudvalget || Klagerne."),
          ("8. Udkast til ny Brandvedtægt || gaaet,", "og Formanden fik Bemyndigelse || snarest."),
          ("9. Med hensyn til Vederlaget || Brændselsudvalg", "har det sit || Kr. Aarlig."),
          ("10. Sogneraadet vedtog || Kommunen.", "SAME"),
          ("11. Det vedtages at lønne || Udvalg.", "SAME"),
      ], [
          ("Vejudvalget", "overlade", "", "Sagen overlades Vejudvalget || Aastedsforretning.",
           "=overlades Vejudvalget"),
          ("Vejudvalget", "foranledige", "", "Sagen overlades Vejudvalget || Aastedsforretning.",
           "=foranlediger indkaldt til Aastedsforretning"),
          ("Laur. Helboe", "tiltræde", "", "Laur. Helboe valgtes || Klagerne.",
           "=til at tiltræde Udvalget"),
          ("Formanden", "underskrive", "", "Udkast til ny Brandvedtægt || Vegne.",
           "til at underskrive || Vegne"),
      ]),
    M("Onsdag, den 10. November 1943", "1943-11-10",
      P("R. Helbo Sørensen", "Aksel Bøjesen", "Hans Jørgensen", "Otto Horup", "Ejner Grosen",
        "A. Brøns Appelt", "Laurits Helboe", "Rs. Svenningsen", "V. Bomholt"), [
          ("=1. Følgende Andrager om Tilskud:",
           "K. F. U. M.'s Soldatermission || København - nægtet"),
          ("2. Frede Nielsen || Skat.", "=Eftergives Halvdelen af personlig Skat."),
          ("3. Ejner Sørensen || 1943/44.", "=Ansættelsen fastholdes."),
          ("4. For Eigil || Statsskat 43/44.", "=Nedsættelse til Halvdelen anbefales."),
          ("5. Kristian Viborg || Socialhjælp.", "=Eftergives Halvdelen."),
          ("6. Finansministeriet || p. A.", "=Besvares bekræftende."),
          ("7. Det vedtages at uddele || Kvinder.", "SAME"),
          ("8. Det vedtages at anskaffe || Haandkraftssprøjter.", "SAME"),
          ("9. Det vedtages at bevilge || Strand).", "SAME"),
          ("10. Der blev sluttet Kontrakt || 2200,-", "SAME"),
          ("11. Det vedtages at yde Alders || Julen.", "SAME"),
          ("12. Kommunens Regnskab || Underskrift", None),
      ]),
    M("Onsdag, den 8. December 1943", "1943-12-08",
      P("R. Helbo Sørensen", "Rs. Svenningsen", "L. Helboe"), [
          ("=1. Følgende Ansøger om Tilskud:", "Soldaterhjemmet, Viborg || pr. Elev"),
          ("2. For at søge || Steder.", "SAME"),
          ("3. Fra samtlige Sygekasser || 2/- pr. Medlem.", "=Forhøjes til Kr. 1/50 pr. Medlem."),
          ("4. Til at deltage || Hesselballe.", "SAME"),
      ], [
          ("Vurderingsmændene til Ejendomsskyld", "deltage", "",
           "Til at deltage || Hesselballe.", "Til at deltage || forretning"),
      ]),
    M("Tirsdag d. 21. December 1943", "1943-12-21",
      P("R. Helbo Sørensen", "Ejner Grosen", "V. Bomolt"), [
          ("=Restancelisterne blev gennemgaaet", "og blev det bestemt || snarest."),
          ("Der foretoges en foreløbig || 1944/45.", None),
          ("Kassebeholdning efter Kassebogen || tilstede.", None),
      ]),
    M("Torsdag d. 30. December 1943", "1943-12-30",
      P("R. Helbo Sørensen", "V. Bomholt", "Rs. Svenningsen", "A. Brøns Appelt", "Ejner Grosen",
        "L. Helboe", "Otto Horup", "Aksel Bøjesen", "Hans Jørgensen"), [
          ("1. Mellem Dansk Arbejdsmændsforbund || Overenskomst.", "Henvises || 1940."),
          ("2. Overslaget for 1944-45 || + Tillæg.", "SAME"),
      ]),
]
HE_ROLES = [(5, "R. Helbo Sørensen", "formand"), (5, "Johs. Grosen", "næstformand"),
            (9, "R. Helbo Sørensen", "formand"), (9, "Rs. Svenningsen", "næstformand"),
            (10, "C. Christensen", "revisor"), (10, "S. Westergaard", "revisor")]

# =============================================================================================
# Trige 1942 (from June). Nine members: RN Rasmussen, JP Rasmussen ("Rasmussen Thomasminde":
# absent 1 October while RN Rasmussen signs), Julius Laursen, Marius Hjortshøj, Ejner Sørensen,
# Anders Overgaard, Theodor Nielsen, Karl Nielsen, Jens P Jensen. The book names no offices.
# Each meeting opens with its number line ("6 Møde"), the first at the top of the book. The
# meeting of 5 November is unsigned; its attendance comes from "alle Medlemmer var forsamlet med
# Undtagelse af Rasmussen Thomasminde" (rows at that statement, in the signatures' spelling).
# =============================================================================================
TR = "Trige_1942_(fra_juni).txt"
TR_NAMES = {
    "RN Rasmussen": "RN Rasmussen", "JP Rasmussen": "JP Rasmussen",
    "Rasmussen Thomasminde": "JP Rasmussen", "Julius Laursen": "Julius Laursen",
    "Marius Hjortshøj": "Marius Hjortshøj", "M Hjortshøj": "Marius Hjortshøj",
    "E Sørensen": "Ejner Sørensen", "E. Sørensen": "Ejner Sørensen",
    "E.Sørensen": "Ejner Sørensen", "Ejner Sørensen": "Ejner Sørensen",
    "A Overgaard": "Anders Overgaard", "A. Overgaard": "Anders Overgaard",
    "Anders Overgaard": "Anders Overgaard",
    "Th Nielsen": "Theodor Nielsen", "Theodor Nielsen": "Theodor Nielsen",
    "K Nielsen": "Karl Nielsen", "K. Nielsen": "Karl Nielsen", "Karl Nielsen": "Karl Nielsen",
    "J. P. Jensen": "Jens P Jensen", "J P Jensen": "Jens P Jensen", "J.P. Jensen": "Jens P Jensen",
    "Jens Jensen": "Jens P Jensen", "Jens P Jensen": "Jens P Jensen",
}
TR_MEETINGS = [
    M("5 Møde.", "1942-06-03",
      A("Karl Nielsen", "Theodor Nielsen", "Jens Jensen")
      + P("RN Rasmussen", anchor="=alle Medlem- mer var forsamlet")
      + P("JP Rasmussen", "Julius Laursen", "Marius Hjortshøj", "E Sørensen", "A Overgaard"), [
          ("Skrivelse fra Aarhus.Stiftamt || 1240 Kr", None),
          ("Kassebeholdning udgør ialt 4400 || Øre", None),
          ("Andragende fra Fisker Christensen || i Trige", "dertil bevilges || Standere"),
          ("Det vedtoges at købe || Maksimalpris", "SAME"),
      ]),
    M("6 Møde", "1942-06-16",
      P("K Nielsen", anchor="=alle Medlemmer var forsamlet")
      + P("RN Rasmussen", "JP Rasmussen", "A Overgaard", "Th Nielsen", "J. P. Jensen",
          "M Hjortshøj", "E Sørensen", "Julius Laursen"), [
          ("Uddeling af Rationeringskort || Forsamlingshuset", "SAME"),
          ("Meddelelse fra Direktoratet || 5600 Kr", None),
          ("Det vedtoges at lade Arkitekt Vedel || 1 Klasseværelse samt Tøjletrum", "SAME"),
          ("Kassebeholdning udgør ialt 8531 || Øre", None),
          ("Det vedtoges at lade Julius Laursen || 497 Kr", "SAME"),
      ], [
          # "lade Y V" in a decision (guidelines, stop 22); "lade Julius Laursen faa Arbejdet"
          # hands him no task.
          ("Arkitekt Vedel Skaade", "udarbejde", "",
           "Det vedtoges at lade Arkitekt Vedel || og Ølsted.",
           "=udarbejde Tegning til Skolebygning"),
      ]),
    M("7 Møde", "1942-07-02",
      P("RN Rasmussen", "JP Rasmussen", "M Hjortshøj", "Julius Laursen", "K. Nielsen",
        "Th Nielsen", "J P Jensen", "E.Sørensen", "A Overgaard"), [
          ("Generalforsamling i Aarhus Amts || Arbejdsanvisning", None),
          ("Følgende er tildelt Brændsel || Sofie Holm 4000 Tørv", "SAME"),
          ("Kassebeholdning udgør ialt 3951 || Øre", None),
          ("Det vedtages at stille || Elev", "SAME"),
      ]),
    M("8 Møde", "1942-07-16",
      P("RN Rasmussen", "JP Rasmussen", "E. Sørensen", "M Hjortshøj", "Julius Laursen",
        "K Nielsen", "Th Nielsen", "J P Jensen", "A. Overgaard"), [
          ("Ved Licitation || Mose", "tilfaldt Arbejdet || fra Todbjerg"),
          ("For April Kvartal || 389 Kr", None),
          ("Den 9 ' Juli || midlertidigt Laan", None),
          ("Kassebeholdningen udgør 5264 || Øre", None),
      ]),
    M("9 Møde", "1942-08-16",
      A("Theodor Nielsen", "Jens P Jensen")
      + P("RN Rasmussen", "JP Rasmussen", "Julius Laursen", "K Nielsen", "E. Sørensen",
          "M Hjortshøj", "A Overgaard"), [
          ("Andragende fra Trige Gymnastikforening || og Gymna- stik.",
           "Det vedtoges at tage Sagen || Overvejelse"),
          ("Angaaende Istandsættelse af private || udføre", None),
          ("Skrivelse fra Aarhus Stiftamt at der || Beskæftigelsesudvalg",
           "dertil genvalgtes || kan opnaaes"),
          ("Kassebeholdningen udgør 12174 || Øre", None),
          ("Klage fra Fodermester || Kommuneskatten", "det vedtoges || 200 Kr"),
          ("Andragende fra Vandsynsformanden || Pannerup Mose", None),
          ("=Angaaende Valg af Formand til Beskæftig- elsesudvalget",
           "vedtog Sogneraadet || Marius Pedersen Trige"),
      ], [
          ("de 2 Mand", "udpege", "", "det overlades de 2 Mand || kan opnaaes",
           "=at udpege en Formand"),
      ]),
    M("10 Møder", "1942-08-20",
      P("RN Rasmussen", "A Overgaard", "E Sørensen", "J. P. Jensen", "Julius Laursen"), [
          ("Andragende fra Svend Eberhards Karl || 1200 Kr", "det ved= toges || 600 Kr"),
          ("Modtaget en Skrivelse fra Skærvefabrikken || fabrikken.",
           "Sogneraadet vedtog at lade || Landvæsenskommis= sion"),
          ("Skrivelse fra Landbrugsministeriet || Nybygning",
           "hvilket Sogneraadet ikke kan || udsat"),
          ("Kassebeholdningen udgør 6266 || Øre", None),
          ("Det vedtoges at rette Tværvejen || Kvadrat Alen", "SAME"),
          ("Rt Andragende fra Gymnastikforeningen || Adgang dertil",
           "hvilket Sogneraadet ikke har || Nøgler"),
      ], [
          ("Landvæsenskommission", "overgaa", "",
           "Sogneraadet vedtog at lade || Landvæsenskommis= sion",
           "=lade Sagen overgaa til Landvæsenskommis= sion"),
      ]),
    M("11 Møder", "1942-09-03",
      A("Karl Nielsen", "Marius Hjortshøj")
      + P("RN Rasmussen", "JP Rasmussen", "Julius Laursen", "J. P. Jensen", "Th Nielsen",
          "E. Sørensen", "A Overgaard"), [
          ("Henning Jensen har begæret || kommissionen", "det vedtoges at indstille || Ølsted"),
          ("Til nyt Medlem || Trige", "SAME"),
          ("Det overlades til Anders Overgaard || Ølsted Skole", "SAME"),
          ("Kassebeholdningen udgør ialt 5196 || Øre", None),
      ], [
          ("Anders Overgaard", "anskaffe", "", "Det overlades til Anders Overgaard || Ølsted Skole",
           "=anskaffe ny Skoleborde til Ølsted Skole"),
      ]),
    M("12 Møde", "1942-09-17",
      P("RN Rasmussen", "JP Rasmussen", "Julius Laursen", "K Nielsen", "J. P. Jensen",
        "Th Nielsen", "M Hjortshøj", "E. Sørensen", "A. Overgaard"), [
          ("Det vedtoges at uddele Rationeringskort || Formd", "SAME"),
          ("Kassebeholdningen udgør ialt 6048 || Øre", None),
          ("Næste Møde afholdes || Eftermiddag", "SAME"),
          ("Det vedtoges at udlevere Tillægsbrødkort || haardt Arbejdere", "SAME"),
      ]),
    # "med Undtagelse af ... Anders Overgaard", but A. Overgaard signs: present.
    M("13 Møde", "1942-10-01",
      A("Rasmussen Thomasminde", "Ejner Sørensen", "J P Jensen")
      + P("RN Rasmussen", "A. Overgaard", "M Hjortshøj", "K Nielsen", "Th Nielsen",
          "Julius Laursen"), [
          ("Andragende fra Falcks Redningskorps || sigelig til 1. April 1947.",
           "Kontrakten forlænges || 1. April 1947"),
          ("Andragende fra Husmandsforeningen || i Sommers.", "Det vedtoges at yde || 30 Kr"),
          ("Trige Ølsted Poe Forening || til Jul.", "Andragendet bevilges || modtages"),
          ("Kassebeholdningen udgør 2323 || Øre", None),
      ]),
    M("14 Møde", "1942-10-15",
      A("Theodor Nielsen")
      + P("RN Rasmussen", "JP Rasmussen", "Julius Laursen", "K Nielsen", "J. P. Jensen",
          "Marius Hjortshøj", "E. Sørensen", "A Overgaard"), [
          ("Angaaende Landvæsenskommissionen || tilstrækkelig", None),
          ("I Følge Undervisningsministeriets || 5 Medlemmer", "dertil valgtes Lærerne || Hæst"),
          ("Cirkulære fra Aarhus Stiftamt om at || 1946/47.", "Forholdet fastsættes || Lejlighed."),
          ("Kassebeholdning udgøre 666 || Øre", None),
      ]),
    # Unsigned: present by "alle Medlemmer var forsamlet med Undtagelse af ...".
    M("15 Møde", "1942-11-05",
      A("Rasmussen Thomasminde")
      + P("RN Rasmussen", "Julius Laursen", "M Hjortshøj", "E. Sørensen", "A Overgaard",
          "Th Nielsen", "K Nielsen", "J. P. Jensen",
          anchor="=alle Medlemmer var forsamlet med Undtagelse"), [
          ("Skrivelse fra Aarhus Politikontor || Afmærkning", None),
          ("Skrivelse fra Aarhus Stiftamt at der tilkommer || 1235 Kr", None),
          ("Skrivelse fra Det statistiske || 1942.", None),
          ("Klage fra Lilian Barenthy || har tjent", "=det vedtoges at eftergive Skatten"),
          ("Kassebeholdningen udgør 9998 || Øre", None),
      ]),
    M("16 Møde", "1942-11-19",
      A("Karl Nielsen")
      + P("RN Rasmussen", "JP Rasmussen", "Julius Laursen", "Th Nielsen", "J.P. Jensen",
          "M Hjortshøj", "E. Sørensen", "A. Overgaard"), [
          ("Skrivelse fra Aarhus Stiftamt om at fremkomme || § 6", "hvilket fastsattes || Dag"),
          ("Skrivelse fra Aarhus Stiftamt om at fremskaffe || Beskæftigelsesformand", "=300 Kr"),
          ("Kassebeholdningen udgør 12747 || Øre", None),
          ("Andragende fra Ove Jakobsen || 1. Januar", "hvilket Sogneraadet ikke || imod"),
          ("Andragende fra Fagforeningen || 300 Kr", "Andragendet bevilges || hver Uge"),
      ]),
    # "med Undtagelse af Marius Hjortshøj", but M Hjortshøj signs: present.
    M("17 Møde", "1942-12-03",
      P("RN Rasmussen", "JP Rasmussen", "E. Sørensen", "A. Overgaard", "Julius Laursen",
        "J.P. Jensen", "M Hjortshøj", "Th Nielsen", "K Nielsen"), [
          ("Andragende fra Andrea Jensen || pr. Maaned", "=Lønnen ansattes til 25 Kr pr Maaned"),
          ("Andragende fra Valborg Andersen || Sykursus", "hvilket bevilges || Sogneraadet"),
          ("Skrivelse fra Aarhus Stiftamt at Murer || Bygningskommissionen", None),
          ("Skrivelse fra Aarhus Stiftamt i Anledning || Udbej", None),
          ("Skrivelse fra Aarhus Stiftamt at Betaling || hel Dag", None),
          ("Skrivelse fra Aarhus Stiftamt at Ligningen || Lejlighed.", None),
          ("Skrivelse fra Søften Foldby || ny Vej", "dertil har Sogne- raadet || imod"),
          ("Skrivelse fra Amts Arbejdsanvisningskontoret || 24 Dage", None),
          ("Skrivelse fra Indenrigsministeriet || men.", None),
          ("Det vedtages at anskaffe 2 ny Sneplove || deles i 1", "SAME"),
          ("Det vedtoges at uddele Ernæringskort || Kl 4", "SAME"),
          ("Kassebeholdningen udgør 10714 || Øre", None),
      ]),
    # "med Undtagelse af Rasmussen Thomasminde", but JP Rasmussen signs: present.
    M("1820 Møde", "1942-12-17",
      P("RN Rasmussen", "E. Sørensen", "A Overgaard", "K Nielsen", "J P Jensen", "Th Nielsen",
        "Julius Laursen", "M Hjortshøj", "JP Rasmussen"), [
          ("Andragende fra Niels Elgaard || 172 Kr 50 Øre.",
           "Det vedtoges at eftergive || 1. Febr 1942"),
          ("Kassebeholdningen udgør 7783 || Øre", None),
          ("Til Jordboniteringsmand || Kommunen", "valgtes Statshmd || Mk"),
      ]),
]
TR_ROLES: list[tuple[int, str, str]] = []

BOOKS_GOLD = [
    (E44, E44_MEETINGS, E44_NAMES, E44_ROLES),
    (E43, E43_MEETINGS, E43_NAMES, E43_ROLES),
    (HE, HE_MEETINGS, HE_NAMES, HE_ROLES),
    (TR, TR_MEETINGS, TR_NAMES, TR_ROLES),
]


if __name__ == "__main__":
    main(BOOKS_GOLD, OUT)
