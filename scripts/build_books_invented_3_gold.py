"""Write corpus/gold/books_invented_3.jsonl: gold for the invented minute books of set 3.

The four books in corpus/books_invented_3/ (Tjørnelunde parish council 1908, Ravnsholt
guardianship council 1925, Lyngsaa parish council 1941, Høgsted municipal council 1962) were
invented for issue 17 as a third style-variation test set, by a helper who read neither the
extraction code nor the real books. This script annotates them by corpus/GUIDELINES.md
("Minute books", "Action items"), in the record format of build_books_invented_2_gold.py.

Every offset is found from an anchor, a short string of the book's text: a meeting's start
anchor must occur once in the book; every other anchor once in its meeting (a decision's
start anchor once in its matter's paragraph when it is there; a span's end anchor once in the
paragraph after the span's start; an action's verb phrase inside its sentence). A missing or
repeated anchor raises, and so does a span with outer whitespace, a member of the body without
an attendance row, or a member with two.

Conventions where the guidelines leave a choice (as in build_books_invented_gold.py):
- `start` is the first line of the meeting: a number line ("Nr. 114"), a heading
  ("Extraordinært Møde.", "Fællesmøde") or a date written on a line of its own above the
  opening ("14/5", "d. 8/IX 08.", "13/2-62"); `opening_end` is the end of the line that holds
  the opening sentence itself. A book that begins inside a meeting: start 0, opening_end the
  end of the first line of that meeting's text. A struck-out opening ("[overstreget: ...]")
  opens nothing and stays in the meeting before it.
- Matters: the heading or first sentence of a point, without its number; the decision span
  covers what was decided.
- Attendance rows from a statement point at the statement and carry the resolved name as
  `person`; rows from names in the text or signatures carry the name as written there (without
  title: "Pastor Hjort" -> "Hjort").
- Roles: the office the book states for the member that year (formand, næstformand,
  kasserer; the other council's formand at a joint meeting).
- Action sentences include their final full stop; verb phrases start at the verb.

    python scripts/build_books_invented_3_gold.py          # write the JSONL
    python scripts/build_books_invented_3_gold.py --show   # also print every span for review
"""

from __future__ import annotations

import sys
from pathlib import Path

from invented_books_gold import (
    Body,
    build_book,
    referral,
    same,
    write_gold,
)

ROOT = Path(__file__).resolve().parent.parent
BOOKS = ROOT / "corpus" / "books_invented_3"
OUT = ROOT / "corpus" / "gold" / "books_invented_3.jsonl"


# ================================================================ Tjørnelunde 1908
TJ = Body(
    {
        "BR": ("Hans Christian Bruun", "formand"),
        "KJ": ("Anders Kjeldsen", ""),
        "MO": ("Niels Mortensen", "kasserer"),
        "OL": ("Peder Olsen", ""),
        "TH": ("Lars Thygesen", ""),
        "VE": ("Christen Vestergaard", ""),
        "HO": ("Mads Hougaard", ""),
        # Skovby Sogneraad, at the joint meeting of 2 May
        "DAM": ("Søren Dam", "formand"),
        "NIE": ("Ole Nielsen", ""),
        "LAS": ("Peter Lassen", ""),
    },
    ["BR", "KJ", "MO", "OL", "TH", "VE", "HO"],
)
TJ_STD = ["H. C. Bruun=BR", "A. Kjeldsen=KJ", "N. Mortensen=MO", "P. Olsen=OL",
          "L. Thygesen=TH", "Chr. Vestergaard=VE", "M. Hougaard=HO"]


def tj_sigs(*replace: str, drop: tuple[str, ...] = ()):
    """The usual seven signatures, some written otherwise ("written=KEY"), some missing."""
    alt = {item.rsplit("=", 1)[1]: item for item in replace}
    items = [alt.get(i.rsplit("=", 1)[1], i) for i in TJ_STD]
    return TJ.col(*[i for i in items if i.rsplit("=", 1)[1] not in drop])


TJOERNELUNDE = [
    dict(
        start=None, opening="vejen forbi Thygesgaard istandsat", date="", fragment=True,
        attendance=tj_sigs(),
        matters=[
            ("vejen forbi Thygesgaard", "for Mælkevognene.",
             "Henvistes til Vejudvalget.", "Henvistes til Vejudvalget."),
            same("Sognefogeden bemyndigedes til at antage en Mand til at kaste Sne paa\n"
                 "Kirkestien, saa ofte det behøves, for 1 Kr. om Dagen."),
            ("Kassereren fremlagde Opgørelse", "612 Kr. 40 Øre.", "Godkendt.", "Godkendt."),
        ],
        actions=[
            referral("Vejudvalget", "henvise", "Henvistes til Vejudvalget"),
            ("sognefogeden", "antage", "", "Sognefogeden bemyndigedes", "om Dagen.",
             "antage en Mand", "om Dagen"),
        ],
    ),
    dict(
        start="Aar 1908 den 4de Februar", date="1908-02-04",
        attendance=tj_sigs("H. Chr. Bruun=BR", "Niels Mortensen=MO", "C. Vestergaard=VE"),
        matters=[
            ("Andragende fra Enken Karen Bødker", "Brænd-\nsel.",
             "Der bevilgedes hende", "af Fattigkassen."),
            ("Kassereren, Gdr. Niels Mortensen", "for\n1907.",
             "Regnskabet godkendtes.", "Regnskabet godkendtes."),
            ("Amtets Skrivelse af 27/I", "oplæstes.",
             "Tages\ntil Efterretning.", "Tages\ntil Efterretning."),
            ("Grusgraven ved Lundehøj.", "1ste April.", "Formanden paa-\nlagdes", "5 Aar."),
            ("Sprøjtehusets Tag er utæt.", "Sprøjtehusets Tag er utæt.",
             "Man vedtog", "til Foraaret."),
        ],
        actions=[
            ("formanden", "skrive", "", "Formanden paa-\nlagdes", "5 Aar.",
             "skrive til Ejeren", "5 Aar"),
        ],
    ),
    dict(
        start="Aar 1908 den 4de Marts", date="1908-03-04",
        attendance=[TJ.ab("Fraværende: Peder Olsen", "OL", sub="Peder Olsen")]
        + tj_sigs("Anders Kjelsen=KJ", drop=("OL",)),
        matters=[
            ("Skolekommissionen har andraget", "Vester\nSkole.",
             "Bevilget indtil 38 Kr.", "Bevilget indtil 38 Kr."),
            ("Andragende fra Husmand Jens Dyrholm", "for sig og Hustru.",
             "Henvistes til Formanden", "Andragerens Forhold."),
            ("Ligningslisten for 1908-09 til 1ste Behandling.",
             "Ligningslisten for 1908-09 til 1ste Behandling.",
             "Udsat til næste Møde.", "Udsat til næste Møde."),
            ("Skovby Sogneraad har ved Skrivelse", "Broen over Lilleaa.",
             "Formanden fastsætter", "Sogneraads Formand."),
        ],
        actions=[
            ("formanden og kassereren", "henvise", "", "Henvistes til Formanden",
             "Andragerens Forhold.", "Henvistes til Formanden og Kassereren",
             "Andragerens Forhold"),
            ("formanden", "fastsætte", "", "Formanden fastsætter", "Sogneraads Formand.",
             "fastsætter Dag og Sted", "Sogneraads Formand"),
        ],
    ),
    dict(
        start="Aar 1908 den fjortende April", date="1908-04-14",
        attendance=tj_sigs(),
        matters=[
            ("Formanden og Kassereren have undersøgt", "Dyrholms Forhold.",
             "Der tilstodes Ægteparret", "at regne."),
            ("Ligningslisten for 1908-09 vedtoges", "9.850 Kr.",
             "Ligningslisten for 1908-09 vedtoges", "i 14 Dage."),
            ("Vejen forbi Thygesgaard.", "Vejen forbi Thygesgaard.",
             "Det overdroges", "Høsten."),
            ("Fællesmødet med Skovby Sogneraad", "Skovby Kro.",
             "Fællesmødet med Skovby Sogneraad", "Skovby Kro."),
        ],
        actions=[
            ("Vejudvalget", "købe", "", "Det overdroges", "Høsten.",
             "købe 20 Læs Grus", "købe 20 Læs Grus"),
            ("Vejudvalget", "paase", "", "Det overdroges", "Høsten.",
             "paase, at det", "inden\nHøsten"),
        ],
    ),
    dict(
        start="Aar 1908 den 2den Mai", date="1908-05-02",
        attendance=[TJ.ab("undtagen Smed Chr. Vestergaard", "VE", sub="Chr. Vestergaard")]
        + TJ.grid("H. C. Bruun                         Søren Dam", "BR", "DAM")
        + TJ.grid("A. Kjeldsen                         Ole Nielsen", "KJ", "NIE")
        + TJ.grid("N. Mortensen                        P. Lassen", "MO", "LAS")
        + TJ.col("P. Olsen=OL", "L. Thygesen=TH", "M. Hougaard=HO"),
        matters=[
            ("Broen er saa brøstfældig", "Møllens Vogne.",
             "Efter nogen Forhandling", "inden 1ste August."),
            ("Søren Dam bemærkede", "i November.", "Dette tiltraadtes.", "Dette tiltraadtes."),
        ],
        actions=[
            ("Frandsen", "opføre", "", "Efter nogen Forhandling", "to\nKommuner.",
             "op-\nføre Broen", "efter Overslaget"),
            ("Gdr. Anders Kjeldsen og Gdr. Ole Nielsen", "føre", "",
             "Gdr. Anders Kjeldsen og", "Arbej-\ndet.", "fører Tilsyn", "Arbej-\ndet"),
        ],
    ),
    dict(
        start="Aar 1908 d. 9/VI", date="1908-06-09",
        attendance=tj_sigs("Mads Hougaard=HO"),
        matters=[
            ("Sprøjtemesteren, Smed Christen", "efter Vinterens Frost.",
             "Det overlodes til Vestergaard", "indtil 60 Kr."),
            ("Tjørnelunde Skytteforening har søgt", "Skyde-\nSide 19\nbane.",
             "Bevilget 15 Kr.", "Bevilget 15 Kr."),
            ("Amtets Skrivelse af 20/V", "Opkrævning.", "Sognefoge-\nden paalagdes",
             "1ste\nJuli."),
            ("Regning fra Vejmand Søren Kalhave", "til Betaling.",
             "Regning fra Vejmand Søren Kalhave", "til Betaling."),
        ],
        actions=[
            ("Vestergaard", "anskaffe", "", "Det overlodes til Vestergaard", "indtil 60 Kr.",
             "an-\nskaffe 2 nye Slanger", "indtil 60 Kr"),
            ("sognefogeden", "udfærdige", "1908-07-01", "Sognefoge-\nden paalagdes",
             "1ste\nJuli.", "udfærdige Fortegnelse", "1ste\nJuli"),
        ],
    ),
    dict(
        # dated only in the closing line "Tjørnelunde Skole den 11te August 1908."
        start="Sogneraadet holdt Møde paa Skolen Kl. 2 Eftm.", date="1908-08-11",
        attendance=[TJ.ab("Husmand P. Olsen havde", "OL", sub="P. Olsen")]
        + tj_sigs(drop=("OL",)),
        matters=[
            ("Vejudvalget meddelte", "er udkørt.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Lærer Ravnkilde har andraget", "Vinterskolen begynder.",
             "Det overlodes til", "en Haandværker."),
            ("Andragende fra Enken Karen Bødker", "Husleje.", "Bevilget 4 Kr.",
             "indtil videre."),
            ("Broen over Lilleaa er færdig", "før Mødet.",
             "Tjørnelunde Kommunes Andel", "til Betaling."),
        ],
        actions=[
            ("formanden", "aftale", "", "Det overlodes til", "en Haandværker.",
             "aftale Arbejdet", "en Haandværker"),
        ],
    ),
    dict(
        start="d. 8/IX 08.", opening="Sogneraadet samledes i Skolen Kl. 3", date="1908-09-08",
        attendance=[TJ.ab("Fraværende: M. Hougaard", "HO", sub="M. Hougaard"),
                    TJ.ab("\nLars Thygesen.", "TH", sub="Lars Thygesen")]
        + tj_sigs(drop=("HO", "TH")),
        matters=[
            ("Skatterestancerne for 1ste Halvaar", "614 Kr.",
             "Kassereren vil ind-\nkræve", "til Udpantning."),
            ("Andragende fra Husmand Anders Bak", "brækket Armen.", "Bevilget.", "Bevilget."),
            ("Lærer Ravnkilde meddelte", "er udført.",
             "Taget til\nEfterretning.", "Taget til\nEfterretning."),
        ],
        actions=[
            ("kassereren", "indkræve", "1908-11-01", "Kassereren vil ind-\nkræve",
             "1ste November.", "ind-\nkræve Restancerne", "1ste November"),
        ],
    ),
    dict(
        start="Extraordinært Møde.", opening="Aar 1908 den 21de September",
        date="1908-09-21",
        attendance=tj_sigs("HCBruun=BR"),
        matters=[
            ("Huset er nedbrændt", "sit Indbo.",
             "Der bevilgedes af Fattigkassen", "indtil videre."),
            ("Sognefogeden optager Forhør", "Herredsfogeden.",
             "Sognefogeden optager Forhør", "Herredsfogeden."),
        ],
        actions=[
            ("formanden og P. Olsen", "skaffe", "", "Formanden og P. Olsen", "indtil videre.",
             "skaffe Familien Husly", "indtil videre"),
            ("sognefogeden", "optage", "", "Sognefogeden optager", "Herredsfogeden.",
             "optager Forhør", "Brandens Opstaaen"),
            ("sognefogeden", "indsende", "", "Sognefogeden optager", "Herredsfogeden.",
             "indsender det", "Herredsfogeden"),
        ],
    ),
    dict(
        start="Aar 1908 den 13de October", date="1908-10-13",
        attendance=[TJ.ab("Fraværende: A. Kjeldsen", "KJ", sub="A. Kjeldsen")]
        + tj_sigs(drop=("KJ",)),
        matters=[
            ("Overslaget over Kommunens", "for 1909-10.", "Det over-\ndroges", "til næste Møde."),
            ("Skolekommissionens Skrivelse", "oplæstes.",
             "Tages til Efterretning.", "Tages til Efterretning."),
            ("Husmand Peder Krogh har andraget", "sit Hus.", "Sagen udsattes", "kendes."),
            ("Sognefogeden Jens Lund har søgt", "Løb.", "Bevilget 12 Kr.", "Bevilget 12 Kr."),
        ],
        actions=[
            ("formanden og kassereren", "udarbejde", "", "Det over-\ndroges", "til næste Møde.",
             "udarbejde Overslaget", "til næste Møde"),
        ],
    ),
    dict(
        start="Aar 1908 d. 10/XI", date="1908-11-10",
        attendance=tj_sigs("Anders Kjeldsen=KJ", "Peder Olsen=OL"),
        matters=[
            ("Overslaget for 1909-10 vedtoges", "10.200 Kr.",
             "Overslaget for 1909-10 vedtoges", "10.200 Kr."),
            ("Husmand Peder Krogh.", "udbetalt 900 Kr.", "Der bevil-\ngedes Krogh", "aarlig."),
            ("Vejmand Søren Kalhave har andraget", "Lønforhøjelse.",
             "Henvistes til Vej-\nudvalget.", "Henvistes til Vej-\nudvalget."),
            ("Julehjælp til Fattighusets Lemmer.", "Julehjælp til Fattighusets Lemmer.",
             "Bevilget 30 Kr.", "Lars Thygesen."),
        ],
        actions=[
            referral("Vejudvalget", "henvise", "Henvistes til Vej-\nudvalget"),
            ("Peder Olsen og Lars Thygesen", "overdrage", "", "Fordelingen overdroges",
             "Lars Thygesen.", "overdroges\ntil Peder Olsen og Lars Thygesen",
             "overdroges\ntil Peder Olsen og Lars Thygesen"),
        ],
    ),
    dict(
        start="Aar 1908 den 15de December", date="1908-12-15",
        attendance=[TJ.ab("Fraværende: N. Mortensen", "MO", sub="N. Mortensen")]
        + tj_sigs(drop=("MO",)),
        matters=[
            ("Valg af Formand for 1909.", "Valg af Formand for 1909.",
             "Gdr. Hans Christian Bruun", "enstemmig."),
            ("Skolens Brændsel for Vinteren.", "Skolens Brændsel for Vinteren.",
             "Kassereren vil indhente", "næste Møde."),
            ("Vejudvalget indstillede", "1ste Januar 1909.", "Vedtaget.", "Vedtaget."),
        ],
        actions=[
            ("kassereren", "indhente", "", "Kassereren vil indhente", "næste Møde.",
             "indhente Tilbud", "Bøgebrænde"),
            ("kassereren", "forelægge", "", "Kassereren vil indhente", "næste Møde.",
             "forelægge dem", "næste Møde"),
        ],
    ),
]


# ================================================================ Ravnsholt 1925
RV = Body(
    {
        "HJ": ("Frederik Hjort", "formand"),
        "BO": ("Karl Bøgh", ""),
        "FR": ("Jens Frost", ""),
        "LI": ("Marie Lind", ""),
        "KR": ("Peter Krag", ""),
    },
    ["HJ", "BO", "FR", "LI", "KR"],
)
RV_STD = ["Fr. Hjort=HJ", "K. Bøgh=BO", "J. Frost=FR", "Marie Lind=LI", "P. Krag=KR"]


def rv_sigs(*replace: str, drop: tuple[str, ...] = ()):
    alt = {item.rsplit("=", 1)[1]: item for item in replace}
    items = [alt.get(i.rsplit("=", 1)[1], i) for i in RV_STD]
    return RV.col(*[i for i in items if i.rsplit("=", 1)[1] not in drop])


RAVNSHOLT = [
    dict(
        start="Mødet den 16. Januar 1925", date="1925-01-16",
        attendance=[RV.ab("Afbud fra Husmand Peter Krag", "KR", sub="Peter Krag")]
        + rv_sigs(drop=("KR",)),
        matters=[
            ("Pastor Hjort genvalgtes", "for 1925.", "Pastor Hjort genvalgtes", "for 1925."),
            ("Formanden oplæste Indberetning", "Hedegaarden.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Lærer Bøgh klagede", "om Aftenen.", "Det overlodes til", "næste Møde."),
        ],
        actions=[
            ("formanden og Lærer Bøgh", "give", "", "Det overlodes til", "en Advarsel.",
             "give For-\nældrene en Advarsel", "give For-\nældrene en Advarsel"),
            ("Gdr. Jens Frost", "aflægge", "", "Gdr. Jens Frost valgtes", "næste Møde.",
             "aflægger Beretning", "næste Møde"),
        ],
    ),
    dict(
        start="Mødet den 6te Februar", date="1925-02-06",
        attendance=rv_sigs(),
        matters=[
            ("Gdr. Frost aflagde Beretning", "Svend Mikkelsen.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Sogneraadet har begæret", "Fattigvæsenet.",
             "Fru Lind og\nPastor Hjort", "inden næste Møde."),
        ],
        actions=[
            ("Fru Lind og Pastor Hjort", "aflægge", "", "Fru Lind og\nPastor Hjort",
             "inden næste Møde.", "aflægge Besøg", "inden næste Møde"),
        ],
    ),
    dict(
        # "ds.": the month of the meeting before, whose "Næste Møde afholdes d. 20. ds."
        start="Mødet d. 20. ds.", date="1925-02-20",
        attendance=rv_sigs("Jens Frost=FR", "P. Kragh=KR"),
        matters=[
            ("Fru Lind og Pastor Hjort have besøgt", "Hansine Poulsen.",
             "Værgeraadet finder", "til Sogneraadet."),
            ("Pigen Karen Jeppesen", "i Ravnsholt.", "Sagen udsattes", "næste Møde."),
        ],
        actions=[
            ("formanden", "sende", "", "Formanden sender", "til Sogneraadet.",
             "sender\nUdtalelsen", "til Sogneraadet"),
        ],
    ),
    dict(
        # called by telephone, unsigned: the members named in the opening tell attendance
        start="Værgeraadet var telefonisk sammenkaldt", date="1925-03-29",
        attendance=[
            RV.sig("Til Stede var Pastor Hjort", "HJ", sub="Hjort"),
            RV.sig("Lærer Bøgh og Gdr.", "BO", sub="Bøgh"),
            RV.sig("Gdr.\nFrost.", "FR", sub="Frost"),
            RV.ab("Fru Lind og Husmand", "LI", sub="Lind"),
            RV.ab("Husmand Krag kunde", "KR", sub="Krag"),
        ],
        matters=[
            ("Formanden meddelte, at Arbejdsmand", "uden Tilsyn.",
             "Det vedtoges at fjerne", "Drengen i Aften."),
        ],
        actions=[
            ("formanden", "indberette", "", "Formanden paalagdes", "til Overværgeraadet.",
             "indberette Sagen", "til Overværgeraadet"),
            ("Gdr. Frost", "hente", "", "Gdr. Frost\nhenter", "i Aften.",
             "henter Drengen", "i Aften"),
        ],
    ),
    dict(
        start="14/5\n", opening="Værgeraadet samledes i Skolen", date="1925-05-14",
        attendance=RV.grid("F. H.     K. B.     J. F.     M. L.     P. K.",
                           "HJ", "BO", "FR", "LI", "KR"),
        matters=[
            ("Overværgeraadet har godkendt", "fra Hjemmet.",
             "Taget til\nEfterretning.", "Taget til\nEfterretning."),
            ("Plejepengene for Svend Mikkelsen", "15 Kr. hver.",
             "Plejepengene for Svend Mikkelsen", "udrede Beløbene."),
            ("Karen Jeppesen har faaet", "Ravns-\nholt.", "Fru Lind fører", "sin Plads."),
        ],
        actions=[
            ("Fru Lind", "føre", "", "Fru Lind fører", "sin Plads.",
             "fører Tilsyn med hende", "fører Tilsyn med hende"),
            ("Fru Lind", "melde", "", "Fru Lind fører", "sin Plads.",
             "melder til Formanden", "sin Plads"),
        ],
    ),
    dict(
        # weekday and day only: the one Friday the 12th between 14 May and 28 August 1925
        start="Fredag d. 12.", date="1925-06-12",
        attendance=[RV.ab("Afbud fra Lærer Bøgh", "BO", sub="Bøgh")]
        + rv_sigs("Frederik Hjort=HJ", "Jens Frost=FR", "Peter Krag=KR", drop=("BO",)),
        matters=[
            ("Gdr. Frost meddelte", "paa Marken.", "Pastor Hjort vil", "Drengen hjem."),
            ("Andragende fra Ole Mikkelsen", "Børnene hjem.", "Afslaaet,", "i Orden."),
            ("Enken Stine Holm søger", "ofte er syge.", "Værgeraadet anbefaler", "hvert Barn."),
        ],
        actions=[
            ("Pastor Hjort", "tale", "", "Pastor Hjort vil", "Drengen hjem.",
             "tale med Fa-\nderen", "tale med Fa-\nderen"),
            ("Pastor Hjort", "formane", "", "Pastor Hjort vil", "Drengen hjem.",
             "formane ham", "Drengen hjem"),
        ],
    ),
    dict(
        start="Mødet den 28de August", date="1925-08-28",
        attendance=[RV.ab("Husmand Krag var forhindret", "KR", sub="Krag")]
        + rv_sigs(drop=("KR",)),
        matters=[
            ("Gdr. Frost kan ikke længere", "efter Høsten.",
             "Det over-\ndroges", "1ste Oktober."),
            ("Lærer Bøgh meddelte", "Ørum Sogn.", "Formanden skriver", "om Tilsynet."),
        ],
        actions=[
            ("Husmand Peter Krag", "finde", "1925-10-01", "Det over-\ndroges", "1ste Oktober.",
             "finde en ny Plads", "1ste Oktober"),
            ("formanden", "skrive", "", "Formanden skriver", "om Tilsynet.",
             "skriver til Ørum Værgeraad", "om Tilsynet"),
        ],
    ),
    dict(
        # dated only in the closing line "Ravnsholt Præstegaard, den 16. Oktober 1925."
        start="Værgeraadet holdt Møde i Præstegaarden", date="1925-10-16",
        attendance=rv_sigs("M. Lind=LI"),
        matters=[
            ("Husmand Krag meddelte", "25 Kr. maanedlig.", "Godkendt.", "Godkendt."),
            ("Overværgeraadets Cirkulære", "oplæstes.", "Det overlodes", "i Sognet."),
        ],
        actions=[
            ("Lærer Bøgh", "føre", "", "Det overlodes", "i Sognet.",
             "føre en Fortegnelse", "i Sognet"),
        ],
    ),
    dict(
        start="Mødet den 27. November", date="1925-11-27",
        attendance=RV.col("Hjort=HJ", "Bøgh=BO", "Frost=FR", "M. Lind=LI", "Krag=KR"),
        matters=[
            ("Enken Hansine Poulsen døde", "hos Naboerne.",
             "Det vedtoges at søge", "de to ældste."),
            ("Ole Mikkelsen har atter", "vendt hjem.", "Sagen\nom Børnenes", "til Foraaret."),
        ],
        actions=[
            ("Fru Lind og Husmand Krag", "undersøge", "", "Fru Lind og Husmand Krag",
             "de to ældste.", "undersøge, om", "de to ældste"),
        ],
    ),
    dict(
        start="Mødet den 18de December", date="1925-12-18",
        attendance=[RV.ab("Fraværende: Gdr. Frost", "FR", sub="Frost")]
        + rv_sigs(drop=("FR",)),
        matters=[
            ("Fru Lind og Husmand Krag meddelte", "to ældste Børn.",
             "Godkendt.", "til Overværgeraadet."),
            ("Det vedtoges at give hvert Plejebarn", "til 3 Kr.",
             "Det vedtoges at give hvert Plejebarn", "Gaverne."),
        ],
        actions=[
            ("formanden", "indberette", "", "Formanden indberetter", "til Overværgeraadet.",
             "indberetter Anbringelserne", "til Overværgeraadet"),
            ("Fru Lind", "indkøbe", "", "Fru Lind\nindkøber", "Gaverne.",
             "indkøber Gaverne", "indkøber Gaverne"),
        ],
    ),
]


# ================================================================ Lyngsaa 1941
LY = Body(
    {
        "JE": ("Jens Peter Jensen", "formand"),
        "MO": ("Karl Møller", "næstformand"),
        "BR": ("Axel Brandt", "kasserer"),
        "SA": ("Oluf Sand", ""),
        "HO": ("N. Holmgaard", ""),
        "TA": ("Viggo Tang", ""),
        "BA": ("Søren Bak", ""),
        # Bøgely Sogneraad, at the joint meeting of 20 March
        "SK": ("Thorvald Skov", "formand"),
        "KI": ("Alfred Kirk", ""),
        "NY": ("H. Nygaard", ""),
        "LU": ("Jørgen Lund", ""),
    },
    ["JE", "MO", "BR", "SA", "HO", "TA", "BA"],
)
G = LY.grid

LYNGSAA = [
    dict(
        start="Nr. 112", opening="Aar 1941 den 8. Ianuar", date="1941-01-08",
        attendance=G("J. P. Jensen                    Karl Møller", "JE", "MO")
        + G("A. Brandt                       O. Sand", "BR", "SA")
        + G("N. Holmgaard                    V. Tang", "HO", "TA")
        + LY.col("S. Bak=BA"),
        matters=[
            ("Valg af Formand og Næstformand for 1941.",
             "Valg af Formand og Næstformand for 1941.",
             "Gdr. Jens Peter Jensen genvalgtes", "Axel Brandt."),
            ("Brændselsforsyningen.", "Brændselsforsyningen.",
             "Det vedtoges, at Kommunen", "til næste Møde."),
            ("Rationeringskortene for næste Periode", "Januar.",
             "Sognefogeden og Kassereren", "Udleveringen."),
            ("Andragende fra Arbejdsmand Karl Dahl", "Husleje.",
             "Henvistes til Socialudvalget.", "Henvistes til Socialudvalget."),
        ],
        actions=[
            ("Brændselsnævnet", "udarbejde", "", "Brændselsnævnet, J. P. Jensen",
             "til næste Møde.", "udarbejde en Plan", "til næste Møde"),
            ("sognefogeden og kassereren", "forestaa", "", "Sognefogeden og Kassereren",
             "Udleveringen.", "forestaa Udleveringen", "forestaa Udleveringen"),
            referral("Socialudvalget", "henvise", "Henvistes til Socialudvalget"),
        ],
    ),
    dict(
        start="Nr. 113", opening="Mødet den 5. Februar l941", date="1941-02-05",
        attendance=[LY.ab("undtagen Oluf Sand", "SA", sub="Oluf Sand")]
        + G("J. P. Jensen                    K. Møller", "JE", "MO")
        + G("A. Brandt                       N. Holmgaard", "BR", "HO")
        + G("V. Tang                         S. Bak", "TA", "BA"),
        matters=[
            ("Tørvegravningen.", "sin Plan.", "Planen godkendtes.", "fornødne Arbejdere."),
            ("Mørklægningen.", "overholdes daarligt.", "Skrivelsen tages", "Overtrædelser."),
            ("Ansøgning fra Lyngsaa Skytteforening", "Sky-\ndebanen.",
             "Da Skydningen", "Ansøgningen."),
            ("Skatterestancerne andrager", "2.340 Kr.", "Kassereren sender", "Restanter."),
        ],
        actions=[
            ("formanden", "antage", "", "Forman-\nden bemyndigedes", "fornødne Arbejdere.",
             "antage en Tørvemester", "fornødne Arbejdere"),
            ("sognefogeden", "paatale", "", "Sognefogeden bemyndigedes", "Overtrædelser.",
             "paatale Overtrædelser", "paatale Overtrædelser"),
            ("kassereren", "sende", "", "Kassereren sender", "Restanter.",
             "sender Rykkere", "Restanter"),
        ],
    ),
    dict(
        start="Nr. 114", opening="Sogneraadet var telefonisk indkaldt", date="1941-02-22",
        attendance=[LY.ab("Fraværende: Søren Bak", "BA", sub="Søren Bak"),
                    LY.ab("Bak og V. Tang.", "TA", sub="V. Tang")]
        + G("J. P. Jensen                    Karl Møller", "JE", "MO")
        + G("Axel Brandt                     Oluf Sand", "BR", "SA")
        + LY.col("N. Holmgaard=HO"),
        matters=[
            ("Den tyske Værnemagt", "at regne.", "Det over-\ndroges", "for Slid."),
            ("Skolens Gymnastiksal er ligeledes", "Indkvarteringen.",
             "Man\nvedtog", "indtil\nvidere."),
        ],
        actions=[
            ("formanden og næstformanden", "forhandle", "", "Det over-\ndroges", "for Slid.",
             "forhandle med", "for Slid"),
        ],
    ),
    dict(
        # joint meeting, date in words, the year from the book; the struck-out opening
        # after its signatures opens nothing
        start="Fællesmøde\n", opening="Lyngsaa og Bøgely Sogneraad holdt", date="1941-03-20",
        attendance=G("J. P. Jensen                    Th. Skov", "JE", "SK")
        + G("Karl Møller                     Alfred Kirk", "MO", "KI")
        + G("A. Brandt                       H. Nygaard", "BR", "NY")
        + G("O. Sand                         Jørgen Lund", "SA", "LU")
        + LY.col("N. Holmgaard=HO", "V. Tang=TA", "S. Bak=BA"),
        matters=[
            ("Det vedtoges, at Mosens Tørveskær", "40 pct.",
             "Det vedtoges, at Mosens Tørveskær", "gravede Tørv."),
            ("Prisen ved Salg", "ab Mose.", "Prisen ved Salg", "ab Mose."),
        ],
        actions=[
            ("Karl Møller og Alfred Kirk", "føre", "", "Det\noverdroges", "gravede Tørv.",
             "føre Tilsyn", "med Gravningen"),
            ("Karl Møller og Alfred Kirk", "holde", "", "Det\noverdroges", "gravede Tørv.",
             "holde\nRegnskab", "gravede Tørv"),
        ],
    ),
    dict(
        start="Nr. 115", opening="Aar 1941 den 16. April", date="1941-04-16",
        attendance=G("Jens P. Jensen                  Karl Møller", "JE", "MO")
        + G("A. Brandt                       O. Sand", "BR", "SA")
        + G("N. Holmgaard                    V. Tang", "HO", "TA")
        + LY.col("S. Bak=BA"),
        matters=[
            ("Kommunens Regnskab for 1940-41", "Revisorerne.",
             "Kommunens Regnskab for 1940-41", "Revisorerne."),
            ("Cykelringe.", "til Arbejdet.", "Formanden fordeler", "Ansøgning."),
            ("Tørvemester.", "ugentlig.", "Godkendt.", "Godkendt."),
            ("Andragende fra Karl Dahl.", "Andragende fra Karl Dahl.", "Vedtaget.", "Vedtaget."),
        ],
        actions=[
            ("revisorerne", "overgive", "", "Kommunens Regnskab for 1940-41", "Revisorerne.",
             "overgaves til\nRevisorerne", "overgaves til\nRevisorerne"),
            ("formanden", "fordele", "", "Formanden fordeler", "Ansøgning.",
             "fordeler Ringene", "Ansøgning"),
        ],
    ),
    dict(
        start="Nr. 116", opening="Aar 1941 den 14. Maj", date="1941-05-14",
        attendance=[LY.ab("Fra-\nværende: Karl Møller", "MO", sub="Karl Møller")]
        + G("J. P. Jensen                    A. Brandt", "JE", "BR")
        + G("O. Sand                         N. Holmgaard", "SA", "HO")
        + G("V. Tang                         S. Bak", "TA", "BA"),
        matters=[
            ("Tørvegravningen er begyndt", "naar det regner.",
             "Overdroges til Vej-", "udvalget."),
            ("Indkvarteringen.", "i\nLeje.", "Efter Forhandling", "gennem Amtet."),
            ("Kartofler.", "ledig Jord.", "Taget til Efterretning.", "Taget til Efterretning."),
        ],
        actions=[
            ("Vejudvalget", "overdrage", "", "Overdroges til Vej-", "udvalget.",
             "Overdroges til Vej-", "udvalget"),
            ("kassereren", "udbetale", "", "Kassereren udbetaler", "gennem Amtet.",
             "udbetaler\nLejen", "i hver Maaned"),
            ("kassereren", "søge", "", "Kassereren udbetaler", "gennem Amtet.",
             "søger Beløbet", "gennem Amtet"),
        ],
    ),
    dict(
        # the "Næste Møde afholdes Onsdag den 4. Juni" line in the meeting before opens nothing
        start="Nr. 117", opening="Sogneraadsmøde Onsdag den 4. Juni", date="1941-06-04",
        attendance=[LY.ab("undtagen N. Holmgaard", "HO", sub="N. Holmgaard")]
        + G("J. P. Jensen                    Karl Møller", "JE", "MO")
        + G("A. Brandt                       O. Sand", "BR", "SA")
        + G("V. Tang                         S. Bak", "TA", "BA"),
        matters=[
            ("Vejudvalget har ladet", "gruse.", "Udgiften, 212 Kr.", "Betaling."),
            ("Skolernes Brændsel for Vinteren 1941-42.",
             "Skolernes Brændsel for Vinteren 1941-42.",
             "Kassereren vil indhente", "næste Møde."),
            ("Lyngsaa Husmandsforening ansøger", "Grus-\ngrav.", "Tilladelsen gives", "pr. Læs."),
        ],
        actions=[
            ("kassereren", "indhente", "", "Kassereren vil indhente", "næste Møde.",
             "indhente Tilbud", "til Skolerne"),
            ("kassereren", "forelægge", "", "Kassereren vil indhente", "næste Møde.",
             "forelægge dem", "næste Møde"),
        ],
    ),
    dict(
        start="Nr. 118", opening="Aar 1941 den 9. Juli", date="1941-07-09",
        attendance=G("Jensen                          K. Møller", "JE", "MO")
        + G("A. Brandt                       O. Sand", "BR", "SA")
        + G("N. Holmgaard                    V. Tang", "HO", "TA")
        + LY.col("S. Bak=BA"),
        matters=[
            ("Revisorernes Bemærkninger", "Kas-\nsereren.",
             "Regnskabet godkendtes.", "Regnskabet godkendtes."),
            ("Tørvene.", "700.000 Stk.", "Det vedtoges at sælge", "1. August."),
            ("Tilbud paa Brændsel til Skolerne.", "Tilbud paa Brændsel til Skolerne.",
             "Tilbudet fra Købmand", "antoges."),
        ],
        actions=[
            ("sognefogeden", "modtage", "", "Sognefogeden bemyndigedes", "1. August.",
             "modtage Bestillinger", "1. August"),
        ],
    ),
    dict(
        start="Nr. 119", opening="Aar 1941 den 10. Septbr.", date="1941-09-10",
        attendance=[LY.ab("Fraværende: Axel Brandt", "BR", sub="Axel Brandt"),
                    LY.ab("Brandt og Søren Bak.", "BA", sub="Søren Bak")]
        + G("Jensen                          K. Møller", "JE", "MO")
        + G("O. Sand                         N. Holmgaard", "SA", "HO")
        + LY.col("V. Tang=TA"),
        matters=[
            ("Indkvarteringen ophører", "flyttes.", "Det overlodes", "Erstatningen."),
            ("Der er for Tiden 4 arbejdsløse", "Kommunen.", "Man vedtog", "Kommunens Veje."),
            ("Andragende fra Enken Else Hjorth", "Skat.", "Henvistes\ntil Ligningskommissionen.",
             "Henvistes\ntil Ligningskommissionen."),
        ],
        actions=[
            ("formanden", "foretage", "", "Det overlodes", "Erstatningen.",
             "foretage Syn", "med Bestyrelsen"),
            ("formanden", "opgøre", "", "Det overlodes", "Erstatningen.",
             "opgøre Erstatningen", "opgøre Erstatningen"),
            referral("Ligningskommissionen", "henvise", "Henvistes\ntil Ligningskommissionen"),
        ],
    ),
    dict(
        # "den l2. November": a misread digit in the typescript
        start="Nr. 120", opening="Aar 1941 den l2. November", date="1941-11-12",
        attendance=G("J. P. Jensen                    Karl Møller", "JE", "MO")
        + G("A. Brandt                       O. Sand", "BR", "SA")
        + G("N. Holmgaard                    V. Tang", "HO", "TA")
        + LY.col("Søren Bak=BA"),
        matters=[
            ("Overslaget for 1942-43 til 1ste Behandling.",
             "Overslaget for 1942-43 til 1ste Behandling.",
             "Kassereren paalagdes", "uforandret."),
            ("Formanden meddelte, at Forsamlingshusets", "af Staten.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Der er solgt 610.000 Stk. Tørv.", "Der er solgt 610.000 Stk. Tørv.",
             "Resten tilbydes Skolerne.", "Resten tilbydes Skolerne."),
        ],
        actions=[
            ("kassereren", "udarbejde", "1941-12-01", "Kassereren paalagdes", "uforandret.",
             "udarbejde et nyt Forslag", "uforandret"),
        ],
    ),
    dict(
        start="Nr. 121", opening="Aar 1941 den 10. December", date="1941-12-10",
        attendance=[LY.ab("undtagen O. Sand", "SA", sub="O. Sand")]
        + G("J. P. Jensen                    Karl Møller", "JE", "MO")
        + G("A. Brandt                       N. Holmgaard", "BR", "HO")
        + G("V. Tang                         S. Bak", "TA", "BA"),
        matters=[
            ("Overslaget for 1942-43 vedtoges", "48.300 Kr.",
             "Overslaget for 1942-43 vedtoges", "48.300 Kr."),
            ("Julehjælp.", "Julehjælp.", "Der bevilgedes 400 Kr.", "Familier."),
            ("Brændselsnævnet meddelte", "bør udvides.", "Sagen\novergaves", "Behandling."),
        ],
        actions=[
            ("Socialudvalget", "fordele", "", "Socialudvalget fordeler", "Familier.",
             "fordeler Beløbet", "Familier"),
            ("Brændselsnævnet", "overgive", "", "Sagen\novergaves", "Behandling.",
             "overgaves til Brændselsnævnet", "Behandling"),
        ],
    ),
]


# ================================================================ Høgsted 1962
HG = Body(
    {
        "VN": ("Erik Vang Nielsen", "formand"),
        "DA": ("Holger Dalsgaard", "næstformand"),
        "LA": ("Gudrun Lauridsen", ""),
        "BI": ("Arne Bisgaard", ""),
        "TO": ("Poul Erik Toft", ""),
        "HE": ("Villy Hedegaard", ""),
        "FR": ("Kaj Fruergaard", ""),
        # Ulstrup sogneråd, at the joint meeting of 11 April
        "KV": ("Anton Kvist", "formand"),
        "LU": ("Ejvind Lund", ""),
        "HU": ("Marie Husted", ""),
        "SL": ("Karl Sloth", ""),
        "BR": ("Niels Brøndum", ""),
    },
    ["VN", "DA", "LA", "BI", "TO", "HE", "FR"],
)
H = HG.grid

HOEGSTED = [
    dict(
        start="Mødet den 9. januar 1962", date="1962-01-09",
        attendance=H("Erik Vang Nielsen               Holger Dalsgaard", "VN", "DA")
        + H("Gudrun Lauridsen                Arne Bisgaard", "LA", "BI")
        + H("Poul Erik Toft                  Villy Hedegaard", "TO", "HE")
        + HG.col("Kaj Fruergaard=FR"),
        matters=[
            ("Valg af formand og næstformand.", "Valg af formand og næstformand.",
             "Gårdejer Erik Vang Nielsen", "som næstformand."),
            ("Udvalgene for 1962.", "Udvalgene for 1962.",
             "Udvalgene genvalgtes uændret.", "Udvalgene genvalgtes uændret."),
            ("Centralskole.", "Centralskole.", "Sagen henvistes til skoleudvalget.",
             "Sagen henvistes til skoleudvalget."),
            ("Snerydning.", "Snerydning.", "Vejudvalget bemyndigedes", "nødvendigt."),
        ],
        actions=[
            ("skoleudvalget", "henvise", "", "Sagen henvistes til skoleudvalget.",
             "Sagen henvistes til skoleudvalget.", "henvistes til skoleudvalget",
             "henvistes til skoleudvalget"),
            ("vejudvalget", "leje", "", "Vejudvalget bemyndigedes", "nødvendigt.",
             "leje traktor med sneplov", "leje traktor med sneplov"),
        ],
    ),
    dict(
        start="13/2-62", opening="Kommunalbestyrelsen holdt ordinært møde", date="1962-02-13",
        attendance=[HG.ab("Afbud fra Villy Hedegaard", "HE", sub="Villy Hedegaard")]
        + H("E. Vang Nielsen                 H. Dalsgaard", "VN", "DA")
        + H("G. Lauridsen                    A. Bisgaard", "LA", "BI")
        + H("P. E. Toft                      K. Fruergaard", "TO", "FR"),
        matters=[
            ("Budgetforslag for 1962/63, 1. behandling.",
             "Budgetforslag for 1962/63, 1. behandling.",
             "Forslaget oversendtes", "2. behandling."),
            ("Centralskolen.", "Centralskolen.", "Det over-\nlodes", "sogneråds formand."),
            ("Ansøgning fra Høgsted idrætsforening", "bold-\nbanen.",
             "Bevilget 1.200 kr.", "Bevilget 1.200 kr."),
        ],
        actions=[
            ("formanden", "aftale", "", "Det over-\nlodes", "sogneråds formand.",
             "aftale et fællesmøde", "sogneråds formand"),
        ],
    ),
    dict(
        start="Mødet den 13. marts 1962", date="1962-03-13",
        attendance=[HG.ab("Fraværende: Gudrun Lauridsen", "LA", sub="Gudrun Lauridsen")]
        + H("Erik Vang Nielsen               Holger Dalsgaard", "VN", "DA")
        + H("Arne Bisgaard                   Poul Erik Toft", "BI", "TO")
        + H("Villy Hedegaard                 Kaj Fruergaard", "HE", "FR"),
        matters=[
            ("Budgetforslaget, 2. behandling.", "Budgetforslaget, 2. behandling.",
             "Man vedtog", "lingen."),
            ("Vandværket.", "Vandværket.", "Sagen henvistes", "næste møde."),
            ("Regnskabet.", "Regnskabet.", "Taget til\nefterretning.", "Taget til\nefterretning."),
        ],
        actions=[
            ("økonomiudvalget", "henvise", "", "Sagen henvistes", "næste møde.",
             "henvistes til økonomiudvalget", "henvistes til økonomiudvalget"),
            ("økonomiudvalget", "afgive", "", "Sagen henvistes", "næste møde.",
             "afgiver\nindstilling", "næste møde"),
        ],
    ),
    dict(
        # "d.m.": the month of the meeting before, whose "Næste møde afholdes ... 27. d.m."
        start="Mødet den 27. d.m.", date="1962-03-27",
        attendance=H("Vang Nielsen                    Holger Dalsgaard", "VN", "DA")
        + H("Gudrun Lauridsen                Arne Bisgaard", "LA", "BI")
        + H("Poul Erik Toft                  Villy Hedegaard", "TO", "HE")
        + HG.col("Kaj Fruergaard=FR"),
        matters=[
            ("Budgetforslaget for 1962/63, 2. behandling (fortsat).",
             "Budgetforslaget for 1962/63, 2. behandling (fortsat).",
             "Bevillingen til vejvæsenet", "14,5."),
            ("Vandværket.", "Vandværket.", "Økonomiudvalget indstiller", "tiltrådtes."),
            ("Kommunekontoret.", "Kommunekontoret.", "Kæmneren vil indhente", "en ny."),
        ],
        actions=[
            ("kæmneren", "indhente", "", "Kæmneren vil indhente", "en ny.",
             "indhente tilbud", "en ny"),
        ],
    ),
    dict(
        start="Fællesmøde med Ulstrup sogneråd", opening="Høgsted kommunalbestyrelse og",
        date="1962-04-11",
        attendance=[HG.ab("undtagen Kaj Fruergaard", "FR", sub="Kaj Fruergaard")]
        + H("Erik Vang Nielsen                   Anton Kvist", "VN", "KV")
        + H("Holger Dalsgaard                    Ejvind Lund", "DA", "LU")
        + H("Gudrun Lauridsen                    Marie Husted", "LA", "HU")
        + H("Arne Bisgaard                       Karl Sloth", "BI", "SL")
        + H("Poul Erik Toft                      Niels Brøndum", "TO", "BR")
        + HG.col("Villy Hedegaard=HE"),
        matters=[
            ("Amtsskolekonsulenten redegjorde", "centralskoler.",
             "Begge råd gik ind for", "næste fællesmøde."),
            ("Udgifterne til forarbejdet", "indbyggertal.",
             "Udgifterne til forarbejdet", "indbyggertal."),
        ],
        actions=[
            ("de to formænd", "rette", "", "Det blev aftalt", "næste fællesmøde.",
             "retter henvendelse", "undervisningsministe-\nriet"),
            ("arkitekt Bent Thorup", "udarbejde", "", "Det blev aftalt", "næste fællesmøde.",
             "udarbejder skitseforslag", "næste fællesmøde"),
        ],
    ),
    dict(
        # dated only in the closing line "Høgsted, den 8. maj 1962."
        start="Kommunalbestyrelsen holdt møde på kommunekontoret kl. 19.30.",
        date="1962-05-08",
        attendance=[HG.ab("Fraværende: Arne Bisgaard", "BI", sub="Arne Bisgaard"),
                    HG.ab("Bisgaard og Poul Erik Toft.", "TO", sub="Poul Erik Toft")]
        + H("Erik Vang Nielsen               Holger Dalsgaard", "VN", "DA")
        + H("Gudrun Lauridsen                Villy Hedegaard", "LA", "HE")
        + HG.col("Kaj Fruergaard=FR"),
        matters=[
            ("Formanden refererede", "sogneråd.",
             "Referatet godkendtes.", "Referatet godkendtes."),
            ("Bygaden.", "dårlig stand.", "Vejudvalget besigtiger", "næste møde."),
            ("Fru Inger Holm søger", "ved skolen.", "Tilladel-\nsen gives.",
             "Tilladel-\nsen gives."),
        ],
        actions=[
            ("vejudvalget", "besigtige", "", "Vejudvalget besigtiger", "næste møde.",
             "besigtiger Bygaden", "besigtiger Bygaden"),
            ("vejudvalget", "udarbejde", "", "Vejudvalget besigtiger", "næste møde.",
             "udarbejder overslag", "næste møde"),
        ],
    ),
    dict(
        start="Ekstraordinært møde", opening="Tirsdag den 22. maj 1962", date="1962-05-22",
        attendance=[HG.ab("undtagen Villy Hedegaard", "HE", sub="Villy Hedegaard")]
        + H("Erik Vang Nielsen               Holger Dalsgaard", "VN", "DA")
        + H("Gudrun Lauridsen                Arne Bisgaard", "LA", "BI")
        + H("Poul Erik Toft                  Kaj Fruergaard", "TO", "FR"),
        matters=[
            ("Embedslægen har konstateret", "vandværk.",
             "Vandværkets bestyrelse pålagdes", "nødforsyning."),
        ],
        actions=[
            ("vandværkets bestyrelse", "lukke", "", "Vandværkets bestyrelse pålagdes",
             "drikkevandet.", "lukke den gamle boring", "straks"),
            ("vandværkets bestyrelse", "opfordre", "", "Vandværkets bestyrelse pålagdes",
             "drikkevandet.", "opfordre forbrugerne", "drikkevandet"),
            ("formanden", "træffe", "", "Formanden bemyndigedes", "nødforsyning.",
             "træffe aftale", "nødforsyning"),
        ],
    ),
    dict(
        # weekday, day and month; the year from the book
        start="Tirsdag den 12. juni", date="1962-06-12",
        attendance=[HG.ab("Afbud fra Gudrun Lauridsen", "LA", sub="Gudrun Lauridsen"),
                    HG.ab("Lauridsen og Holger Dalsgaard.", "DA", sub="Holger Dalsgaard")]
        + H("E. Vang Nielsen                 A. Bisgaard", "VN", "BI")
        + H("P. E. Toft                      V. Hedegaard", "TO", "HE")
        + HG.col("K. Fruergaard=FR"),
        matters=[
            ("Vandværket.", "fundet i orden.",
             "Taget til efterretning.", "Taget til efterretning."),
            ("Bygaden.", "forelå.", "Det vedtoges at lade", "31. maj."),
            ("Kommunekontoret holdes lukket", "juli.", "Kommunekontoret holdes lukket", "juli."),
        ],
        actions=[
            ("entreprenør Svend Krogsgaard", "udføre", "", "Det vedtoges at lade", "31. maj.",
             "udføre asfalteringen", "31. maj"),
        ],
    ),
    dict(
        start="Mødet den 14. august 1962", date="1962-08-14",
        attendance=H("Vang Nielsen                    H. Dalsgaard", "VN", "DA")
        + H("Gudrun Lauridsen                Arne Bisgaard", "LA", "BI")
        + H("P. E. Toft                      Villy Hedegaard", "TO", "HE")
        + HG.col("Kaj Fruergaard=FR"),
        matters=[
            ("Asfalteringen af Bygaden er udført.", "Asfalteringen af Bygaden er udført.",
             "Regningen på 36.420 kr. anvistes.", "Regningen på 36.420 kr. anvistes."),
            ("Ansøgning fra gårdejer Peder Kallesøe", "vejskel.",
             "Sagen overgives", "bygningskommissionen."),
            ("Alderdomshjemmet.", "venteliste.", "Formanden pålagdes", "udvidelse."),
        ],
        actions=[
            referral("bygningskommissionen", "overgive", "overgives til bygningskommissionen",
                     "Sagen overgives til bygningskommissionen."),
            ("formanden", "skrive", "", "Formanden pålagdes", "udvidelse.",
             "skrive til\nsocialministeriet", "udvidelse"),
        ],
    ),
    dict(
        start="Mødet den 11. september 1962", date="1962-09-11",
        attendance=[HG.ab("Fraværende: Arne Bisgaard", "BI", sub="Arne Bisgaard")]
        + H("Erik Vang Nielsen               Holger Dalsgaard", "VN", "DA")
        + H("Gudrun Lauridsen                Poul Erik Toft", "LA", "TO")
        + H("Villy Hedegaard                 Kaj Fruergaard", "HE", "FR"),
        # an agenda, then "ad 1." decisions: the matters are the agenda lines
        matters=[
            ("Budgetoverslag for 1963/64.", "Budgetoverslag for 1963/64.",
             "Det overlodes", "1. november."),
            ("Centralskolen: arkitekt", "skitseforslag.",
             "Skitseforslaget tiltrådtes", "sogneråd."),
            ("Peder Kallesøes ansøgning om", "byggetilladelse.",
             "Tilladelsen gives.", "Tilladelsen gives."),
        ],
        actions=[
            ("kæmneren", "udarbejde", "1962-11-01", "Det overlodes", "1. november.",
             "udarbejde et foreløbigt overslag", "1. november"),
        ],
    ),
    dict(
        # the book ends inside this meeting: no signatures, so "Fraværende: X." is the whole
        # record of its attendance
        start="Mødet den 9. oktober 1962", date="1962-10-09", fragment=True,
        statement=("Fraværende: Poul Erik Toft.", "Fraværende: Poul Erik Toft."),
        attendance=[HG.ab("Fraværende: Poul Erik Toft.", "TO", sub="Poul Erik Toft")]
        + HG.stmt("VN", "DA", "LA", "BI", "HE", "FR"),
        matters=[
            ("Centralskolen.", "forhandling.", "Formanden og næstformanden", "forhandlingen."),
            ("Skatteligningen for 1963/64.", "Skatteligningen for 1963/64.",
             "Ligningskommissionens forslag", "godkendtes."),
            ("Ansøgning fra Høgsted borgerforening", "juletræ på", None, None),
        ],
        actions=[
            ("formanden og næstformanden", "deltage", "", "Formanden og næstformanden",
             "forhandlingen.", "deltager i forhandlingen", "deltager i forhandlingen"),
        ],
    ),
]


BOOK_SPECS = [
    ("Tjoernelunde_Sogneraad_1908", TJ, TJOERNELUNDE),
    ("Ravnsholt_Vaergeraad_1925", RV, RAVNSHOLT),
    ("Lyngsaa_Sogneraad_1941", LY, LYNGSAA),
    ("Hoegsted_Kommunalbestyrelse_1962", HG, HOEGSTED),
]


def main(argv: list[str]) -> int:
    show = "--show" in argv
    write_gold(ROOT, OUT, [build_book(BOOKS, name, body, specs, {int(name.rsplit("_", 1)[1])}, show)
                           for name, body, specs in BOOK_SPECS])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
