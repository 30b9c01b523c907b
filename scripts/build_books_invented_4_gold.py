"""Write corpus/gold/books_invented_4.jsonl: gold for the invented minute books of set 4.

The four books in corpus/books_invented_4/ (Vestby-Nørby parish council 1897, Ulvemose parish
council 1936, Hjortlund parish council 1944-45, Tofthøj parish church council 1953) were
invented for issue 17 as a fourth style-variation test set, a stress test of how meetings
open, close and are dated, by a helper who read neither the extraction code, its tests and
benchmarks, nor the real books. This script annotates them by corpus/GUIDELINES.md ("Minute
books", "Action items"), in the record format of build_books_invented_3_gold.py.

Every offset is found from an anchor, a short string of the book's text: a meeting's start
anchor must occur once in the book and begin a line; every other anchor once in its meeting (a
decision's start anchor once in its matter's paragraph when it is there; a span's end anchor
once in the paragraph after the span's start; an action's verb phrase inside its sentence). A
missing or repeated anchor raises, and so does a span with outer whitespace, a member of the
body without an attendance row or with two, a date outside the book's years, a date whose
weekday is not the one the book writes, and a deadline before its meeting.

Conventions where the guidelines leave a choice (as in the builders of sets 1-3):
- `start` is the first line of the meeting: its opening, or a heading right above it ("Fortsat
  Møde.", "Fællesmøde med Skolekommissionen.", "Protokol-Tilførsel.", "Fortsættelse af mødet den
  19. maj.", "Ekstraordinært møde"); `opening_end` is the end of the line that holds the opening
  sentence. A page header ("— 7 —" / "Vestby-Nørby Sogneraad. Aar 1897.", or a year alone on
  its line, "1936", "1937") opens nothing, also where it stands right above an opening: it
  stays in the meeting before it. So does a "Næste Møde ..." line, a member's
  "Protokoltilførsel:" (a dissent entered in a meeting), the authorisation of the book, and the
  provost's visitation note.
- A meeting adjourned and continued on a later day ("udsattes ... til Fredag den 5te Marts",
  then "Fortsat Møde."; "afbrødes mødet", then "Fortsættelse af mødet den 19. maj.") is two
  meetings: each sitting has its own opening, day and signatures.
- Dates: the day the meeting was held. A year missing from the opening comes from the book:
  its heading, the "Aar 1897" of the other openings, or the year written alone at the top of
  the page (Ulvemose: "1936", then "1937" above the January meeting). "Samme Aften" is the day
  of the meeting before; "i Dag den 16." of a moved meeting is that day in the month of the
  day it was set for; "i Dag" with the date only in the closing line is the closing's date,
  and "i Gaar, Mandag" the day before it. Feast days are dated where the year makes them
  certain (2den Paaskedag 1897 = 19 April, 2. Juledag 1944 = 26 December, store bededag 1953 =
  1 May, juledag 1953 = 25 December); "Efter høstgudstjenesten" (no Sunday named) and "den
  [ulæseligt] September" stay empty. The January 1945 meeting that the book opens with "Aar
  1944" by mistake is 1945, as the next meeting's minutes correct it.
- Matters: the heading or first sentence of a point, without its number; the decision span
  covers what was decided.
- Attendance rows from a statement point at the statement and carry the resolved name as
  `person`; rows from names in the text or signatures carry the name as written there. Roles:
  the office the book states for the member that year (formand, næstformand, kasserer,
  kirkeværge, sognepræst; the other body's formand at a joint meeting). The pastor who sits in
  both church councils signs the joint meeting once, in his own council's column.
- Actions: sentences include their final full stop; verb phrases start at the verb (a
  referral's at its referral verb). A task to be done "inden Juleaften" / "juleaftensdag" has
  24 December as its deadline. A passive with its agent ("Skødet underskrives af formanden og
  kirkeværgen", "Vejen istandsættes af hver af Kommunerne") names no actor.

    python scripts/build_books_invented_4_gold.py          # write the JSONL
    python scripts/build_books_invented_4_gold.py --show   # also print every span for review
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
BOOKS = ROOT / "corpus" / "books_invented_4"
OUT = ROOT / "corpus" / "gold" / "books_invented_4.jsonl"

def one(actor: str, verb: str, sentence: str, phrase: str, deadline: str = ""):
    """An action item whose sentence is given whole and whose verb phrase is one anchor."""
    return (actor, verb, deadline, sentence, sentence, phrase, phrase)


# ================================================================ Vestby-Nørby 1897
VN = Body(
    {
        "HO": ("Jens Christian Holm", "formand"),
        "NO": ("Peder Nørgaard", "kasserer"),
        "KJ": ("Søren Kjær", ""),
        "OV": ("Christen Overgaard", ""),
        "BA": ("Anders Bach", ""),
        "LY": ("Hans Lykke", ""),
        "DA": ("Rasmus Dahl", ""),
        # Aalum Sogneraad, at the joint meeting of 4 November
        "TH": ("Mads Thøgersen", "formand"),
        "RI": ("Jørgen Riis", ""),
        "BX": ("Laurs Brix", ""),
    },
    ["HO", "NO", "KJ", "OV", "BA", "LY", "DA"],
)
VN_STD = ["J. C. Holm=HO", "P. Nørgaard=NO", "S. Kjær=KJ", "Chr. Overgaard=OV", "A. Bach=BA",
          "H. Lykke=LY", "R. Dahl=DA"]


def vn_sigs(*replace: str, drop: tuple[str, ...] = ()):
    """The usual seven signatures, some written otherwise ("written=KEY"), some missing."""
    alt = {item.rsplit("=", 1)[1]: item for item in replace}
    items = [alt.get(i.rsplit("=", 1)[1], i) for i in VN_STD]
    return VN.col(*[i for i in items if i.rsplit("=", 1)[1] not in drop])


VESTBY = [
    dict(
        start="Aar 1897 den 12te Januar", date="1897-01-12",
        attendance=vn_sigs(),
        matters=[
            ("Valg af Formand.", "Valg af Formand.", "Gaardejer Jens Christian Holm", "Nørby."),
            ("Udvalgene.", "Udvalgene.", "Vejudvalget: S. Kjær", "Valgt uden Afstemning."),
            ("Snekastningen.", "tilføgne.", "Sognefogden\npaalagdes", "gamle Liste."),
            ("Andragende fra Enken Maren Skriver", "Brændsel.",
             "Der bevilgedes hende", "og 5 Kr."),
        ],
        actions=[
            ("sognefogden", "tilsige", "", "Sognefogden\npaalagdes", "gamle Liste.",
             "tilsige Mandskab", "gamle Liste"),
        ],
    ),
    dict(
        # the body's full name opens the meeting; weekday, day and month, no year
        start="Vestby-Nørby Sogneraad holdt Møde i Nørby Skole", date="1897-02-02",
        weekday="tirsdag",
        attendance=[VN.ab("Fraværende: H. Lykke.", "LY", sub="H. Lykke")]
        + vn_sigs(drop=("LY",)),
        matters=[
            ("Ansøgninger om Alderdomsunderstøttelse", "Jens Lund, Nørby.",
             "Ole Pedersen tilstodes", "forsørge ham."),
            ("Jordemoder Ane Friis har andraget", "sin Løn.",
             "Sagen ud-\nsattes", "Sogneraads Formand."),
            ("Amtets Skrivelse af 22de Januar", "oplæstes.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Kassereren fremlagde Regnskabet", "Halvaar 1896.", "Godkjendt.", "Godkjendt."),
        ],
        actions=[
            ("formanden", "skrive", "", "Formanden skriver", "Sogneraads Formand.",
             "skriver til Aalum", "Sogneraads Formand"),
        ],
    ),
    dict(
        # a page header ("— 7 —", "Vestby-Nørby Sogneraad. Aar 1897.") inside point 2
        start="Aar 1897 den 3die Marts", date="1897-03-03",
        attendance=vn_sigs(),
        matters=[
            ("Kassereren forelagde Overslaget", "for 1897-98.",
             "Overslaget gjennem-", "enkelte Ændringer."),
            ("Ligningslisten.", "Ligningslisten.",
             "Lykkes Ansættelse nedsattes", "Kjærs fastholdtes."),
            ("Da Tiden var fremskreden", "Kl. 10 Form.",
             "Da Tiden var fremskreden", "Kl. 10 Form."),
        ],
        actions=[
            ("kassereren", "udregne", "", "Kassereren paalagdes", "næste Møde.",
             "udregne\nSkatten", "næste Møde"),
        ],
    ),
    dict(
        # the adjourned meeting's second sitting: "Mødet af 3die ds." is not its date
        start="Fortsat Møde.", opening="Fredag den 5te Marts", date="1897-03-05",
        weekday="fredag",
        attendance=[VN.ab("Fraværende: Chr. Overgaard", "OV", sub="Chr. Overgaard")]
        + vn_sigs(drop=("OV",)),
        matters=[
            ("Ligningslisten for 1897-98 vedtoges", "5.900 Kr.",
             "Ligningslisten for 1897-98 vedtoges", "5.900 Kr."),
            same("Hundeskatten for 1897 fastsattes til 2 Kr. pr. Hund."),
            ("Andragende fra Skolelærer Thomsen", "Bøger.",
             "Bevilget indtil 25 Kr.", "anskaffer Skabet."),
        ],
        actions=[
            ("kassereren", "bekjendtgjøre", "", "Kassereren bekjendtgjør", "Kjøbmandsboden.",
             "bekjendtgjør Fremlæggelsen", "Kjøbmandsboden"),
            one("Skoleudvalget", "anskaffe", "Skoleudvalget anskaffer Skabet.",
                "anskaffer Skabet"),
        ],
    ),
    dict(
        # 2den Paaskedag 1897: Easter Sunday was 18 April
        start="Aar 1897 2den Paaskedag", date="1897-04-19", weekday="mandag",
        attendance=[VN.ab("Fraværende: R. Dahl", "DA", sub="R. Dahl")]
        + vn_sigs(drop=("DA",)),
        matters=[
            ("Husmand Peder Skov, Nørby, har", "hos Naboerne.",
             "Der bevilgedes af Fattigkassen", "for Sommeren."),
            ("Sognefogden har optaget Forhør", "Herredsfogeden.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Pastor Møller meddelte", "brandlidte.", "Beløbet overgaves", "til Fordeling."),
        ],
        actions=[
            ("A. Bach og H. Lykke", "skaffe", "", "A. Bach og H. Lykke paalagdes",
             "for Sommeren.", "skaffe\nFamilien et Husly", "for Sommeren"),
            ("A. Bach", "overgive", "", "Beløbet overgaves", "til Fordeling.",
             "overgaves til A. Bach", "til Fordeling"),
        ],
    ),
    dict(
        # the date after the place, no year
        start="Sogneraadet holdt Møde i Nørby Skole den 21de Mai", date="1897-05-21",
        attendance=vn_sigs(),
        matters=[
            ("Vejudvalget meddelte", "efter Vinteren.", "Det overdroges Vejudvalget",
             "jævne Vejen."),
            ("Skolekommissionen har andraget", "tækkes\nom.",
             "Sogneraadet vil indhente", "i Sognet."),
            ("Andragende fra Nørby Sygekasse", "om Tilskud.", "Bevilget 30 Kr.", "for 1897."),
            ("Kassereren meddelte", "for 22 Kr.", "Anvist til Betaling.",
             "Anvist til Betaling."),
        ],
        actions=[
            ("Vejudvalget", "anskaffe", "", "Det overdroges Vejudvalget", "jævne Vejen.",
             "anskaffe 30 Læs\nGrus", "anskaffe 30 Læs\nGrus"),
            ("Vejudvalget", "antage", "", "Det overdroges Vejudvalget", "jævne Vejen.",
             "antage en Vejmand", "jævne Vejen"),
            ("Sogneraadet", "indhente", "", "Sogneraadet vil indhente", "i Sognet.",
             "indhente Tilbud", "i Sognet"),
        ],
    ),
    dict(
        start="Aar 1897 den 1ste Juli", date="1897-07-01",
        attendance=[VN.ab("undtagen Chr. Overgaard", "OV", sub="Chr. Overgaard")]
        + vn_sigs(drop=("OV",)),
        matters=[
            ("Tilbud paa Tækning af Vestby Skole", "Jens Bonde 78 Kr.",
             "Jens Bondes Tilbud antoges.", "med\nArbejdet."),
            ("Græsningen paa Vejkanterne", "for 11 Kr.",
             "Græsningen paa Vejkanterne", "for 11 Kr."),
            ("Vejmand Anders Post har andraget", "Lønforhøjelse.",
             "Hans Løn forhøjedes", "maanedlig."),
            ("Gaardejer Christen Overgaard har", "Sygdom.",
             "I hans Sted valgtes", "Rasmus Dahl."),
        ],
        actions=[
            ("Skoleudvalget", "føre", "", "Skoleudvalget fører Tilsyn", "med\nArbejdet.",
             "fører Tilsyn med\nArbejdet", "fører Tilsyn med\nArbejdet"),
        ],
    ),
    dict(
        # "i Dag"; the date only in the last line before the signatures: "Vestby d. 10/8."
        start="Sogneraadet var i Dag samlet i Vestby Skole", date="1897-08-10",
        attendance=[VN.ab("Fraværende:\nS. Kjær", "KJ", sub="S. Kjær"),
                    VN.ab("S. Kjær og H. Lykke.", "LY", sub="H. Lykke")]
        + vn_sigs(drop=("KJ", "LY")),
        matters=[
            ("Amtsraadet har tilstillet", "Opkrævning.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Tækningen af Vestby Skole er paabegyndt.",
             "Tækningen af Vestby Skole er paabegyndt.", None, None),
            ("Andragende fra Enken Maren Skriver", "Husleje.", "Bevilget\n3 Kr.",
             "udbetaler Hjælpen."),
            ("Kassereren paalagdes at indkræve", "til næste Møde.",
             "Kassereren paalagdes at indkræve", "til næste Møde."),
        ],
        actions=[
            one("formanden", "udbetale", "Formanden udbetaler Hjælpen.", "udbetaler Hjælpen"),
            ("kassereren", "indkræve", "1897-10-01", "Kassereren paalagdes",
             "til næste Møde.", "indkræve de resterende", "1ste October"),
            ("kassereren", "indgive", "", "Kassereren paalagdes", "til næste Møde.",
             "indgive Fortegnelse", "til næste Møde"),
        ],
    ),
    dict(
        # the day is illegible: no date
        start="Aar 1897 den [ulæseligt] September", date="", undated=True,
        attendance=vn_sigs(),
        matters=[
            ("Kassereren fremlagde Fortegnelse", "318 Kr.",
             "Sognefogden bemyndigedes", "15de October."),
            ("Skolekommissionen meddelte", "godkjendt.", "Regningen, 78 Kr.", "til Betaling."),
            ("Indkvartering.", "29de September.", "Formanden fordeler", "Hartkornet."),
        ],
        actions=[
            ("sognefogden", "foretage", "", "Sognefogden bemyndigedes", "15de October.",
             "foretage Udpantning", "15de October"),
            ("formanden", "fordele", "", "Formanden fordeler", "Hartkornet.",
             "fordeler Mandskabet", "Hartkornet"),
        ],
    ),
    dict(
        # a page header between points 3 and 4
        start="Aar 1897 den 19de October", date="1897-10-19",
        attendance=vn_sigs("J. Chr. Holm=HO"),
        matters=[
            ("Sognefogden meddelte", "3 Restanter.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Skrivelse fra Aalum Sogneraad", "Fælles-\nmøde.",
             "Formanden aftaler", "Sogneraads Formand."),
            ("Jordemoder Ane Friis' Løn forhøjedes", "Forhøjelse.",
             "Jordemoder Ane Friis' Løn forhøjedes", "Forhøjelse."),
            ("Overslaget for 1898-99.", "Overslaget for 1898-99.",
             "Det overdroges Formanden", "i November."),
        ],
        actions=[
            ("formanden", "aftale", "", "Formanden aftaler", "Sogneraads Formand.",
             "aftaler Tid og Sted", "Sogneraads Formand"),
            ("formanden og kassereren", "udarbejde", "", "Det overdroges Formanden",
             "i November.", "ud-\narbejde Forslag", "i November"),
        ],
    ),
    dict(
        # joint meeting with Aalum Sogneraad, signed in two columns
        start="Aar 1897 den 4de Novbr.", date="1897-11-04",
        attendance=[VN.ab("undtagen A. Bach", "BA", sub="A. Bach")]
        + VN.grid("J. C. Holm                         M. Thøgersen", "HO", "TH")
        + VN.grid("P. Nørgaard                        J. Riis", "NO", "RI")
        + VN.grid("S. Kjær                            L. Brix", "KJ", "BX")
        + VN.col("Chr. Overgaard=OV", "H. Lykke=LY", "R. Dahl=DA"),
        matters=[
            ("Vejen blev beset før Mødet.", "Vejen blev beset før Mødet.",
             "Man enedes om", "begge Sogneraad."),
            ("Mads Thøgersen foreslog", "under Amtet.", "Formændene indsende", "Amtsraadet."),
        ],
        actions=[
            ("S. Kjær og Jørgen Riis", "indhente", "", "Det overdroges S. Kjær",
             "begge Sogneraad.", "indhente\nTilbud", "paa Broen"),
            ("S. Kjær og Jørgen Riis", "forelægge", "", "Det overdroges S. Kjær",
             "begge Sogneraad.", "forelægge dem", "begge Sogneraad"),
            ("formændene", "indsende", "", "Formændene indsende", "Amtsraadet.",
             "indsende i Forening", "Amtsraadet"),
        ],
    ),
    dict(
        start="Aar 1897 den 23de Novbr.", date="1897-11-23",
        attendance=[VN.ab("Fraværende: P. Nørgaard.", "NO", sub="P. Nørgaard")]
        + vn_sigs(drop=("NO",)),
        matters=[
            ("Overslaget for 1898-99.", "udarbejdede Forslag.",
             "Overslaget vedtoges", "i December."),
            ("Tilbud paa Broen ved Hvidbæk", "310 Kr.", "Vedtaget\nunder", "Vejkassen."),
            ("Julehjælp.", "Julehjælp.", "Fattigudvalget paalagdes", "næste Møde."),
        ],
        actions=[
            ("Fattigudvalget", "gjøre", "", "Fattigudvalget paalagdes", "næste Møde.",
             "gjøre Indstilling", "næste Møde"),
        ],
    ),
    dict(
        start="Aar 1897 den 21de December", date="1897-12-21",
        attendance=vn_sigs("J. Chr. Holm=HO"),
        matters=[
            ("Overslaget for 1898-99 vedtoges", "6.150 Kr.",
             "Overslaget for 1898-99 vedtoges", "6.150 Kr."),
            ("Julehjælp.", "Julehjælp.", "Efter Fattigudvalgets Indstilling",
             "inden Juleaften."),
            ("Broen ved Hvidbæk er færdig.", "Broen ved Hvidbæk er færdig.",
             "Regningen, 310 Kr.", "til Betaling."),
            ("Formanden takkede", "Aarets Løb.", None, None),
        ],
        actions=[
            ("formanden og A. Bach", "fordele", "1897-12-24", "Formanden og A. Bach fordele",
             "inden Juleaften.", "fordele\nBeløbet", "inden Juleaften"),
        ],
    ),
]


# ================================================================ Ulvemose 1936
UM = Body(
    {
        "KJ": ("Marius Kjeldgaard", "formand"),
        "AG": ("Jens Agerskov", "næstformand"),
        "VI": ("Aksel Vinther", "kasserer"),
        "HA": ("P. Hauge", ""),
        "DU": ("N. Dueholm", ""),
        "LI": ("Karen Lillelund", ""),
        "TI": ("O. Tind", ""),
        # Skolekommissionen, at the joint meeting of 4 March
        "RB": ("H. Riber", "formand"),
        "HL": ("A. Hald", ""),
        "SO": ("Marie Skou", ""),
    },
    ["KJ", "AG", "VI", "HA", "DU", "LI", "TI"],
)
U = UM.grid
U_KA = "M. Kjeldgaard                J. Agerskov"
U_VH = "A. Vinther                   P. Hauge"
U_DL = "N. Dueholm                   Karen Lillelund"
U_LT = "Karen Lillelund              O. Tind"


def um_full(first: str = U_KA):
    return (U(first, "KJ", "AG") + U(U_VH, "VI", "HA") + U(U_DL, "DU", "LI")
            + UM.col("O. Tind=TI"))


ULVEMOSE = [
    dict(
        # no year in any opening: "1936" alone at the top of the pages
        start="Sogneraadet holdt Møde paa Kroen Tirsdag d. 14. Jan.", date="1936-01-14",
        weekday="tirsdag",
        attendance=um_full(),
        matters=[
            ("Valg af Formand og Næstformand.", "Valg af Formand og Næstformand.",
             "Gdr. Marius Kjeldgaard genvalgtes", "som Kasserer."),
            same("Udvalgene genvalgtes uforandret."),
            ("Arbejdsløsheden.", "i Kommunen.", "Det\nvedtoges", "antager Mandskabet."),
            ("Vinterhjælpen har søgt om Tilskud.", "Vinterhjælpen har søgt om Tilskud.",
             "Bevilget 75 Kr.", "Bevilget 75 Kr."),
        ],
        actions=[
            ("Vejudvalget", "lede", "", "Vejudvalget leder", "antager Mandskabet.",
             "leder Arbejdet", "leder Arbejdet"),
            ("Vejudvalget", "antage", "", "Vejudvalget leder", "antager Mandskabet.",
             "antager Mandskabet", "antager Mandskabet"),
        ],
    ),
    dict(
        start="Møde paa Skolen 11.2.", date="1936-02-11",
        attendance=[UM.ab("Fraværende: O. Tind.", "TI", sub="O. Tind")]
        + U(U_KA, "KJ", "AG") + U(U_VH, "VI", "HA")
        + U("N. Dueholm                   K. Lillelund", "DU", "LI"),
        matters=[
            ("Ansøgninger om Aldersrente", "Laust Krabbe.",
             "Begge Ansøgninger anbefaledes.", "til Amtet."),
            ("Læreren har klaget", "ryger.", "Det overlodes til Smed Hauge", "Skorstenen."),
            ("Amtets Skrivelse om Vejbidrag", "oplæstes.",
             "Taget til\nEfterretning.", "Taget til\nEfterretning."),
            ("Grusgravningen.", "240 Læs.", None, None),
        ],
        actions=[
            ("kassereren", "indsende", "", "Kassereren indsender", "til Amtet.",
             "indsender dem", "til Amtet"),
            ("Smed Hauge", "efterse", "", "Det overlodes til Smed Hauge", "Skorstenen.",
             "efterse Ovnen", "Skorstenen"),
        ],
    ),
    dict(
        # the date after the place: "paa Kroen d. 4/3"
        start="Mødet afholdtes paa Kroen d. 4/3", date="1936-03-04",
        attendance=[UM.ab("undtagen N. Dueholm.", "DU", sub="N. Dueholm")]
        + U(U_KA, "KJ", "AG") + U(U_VH, "VI", "HA") + U(U_LT, "LI", "TI"),
        matters=[
            ("Kommunens Regnskab for 1934-35", "Bemærkninger.",
             "Bemærkningerne besvaredes", "godkendtes."),
            ("Skolekommissionen har skrevet", "Gymnastiksal.", "Sagen behandles", "i\nAften."),
            ("Andragende fra Ulvemose Boldklub", "Boldbane.",
             "Bevilget for 10 Kr. aarlig.", "Bevilget for 10 Kr. aarlig."),
            ("Vejmand Karl Ibsen har opsagt", "1. April.", "Vejudvalget\nantager",
             "ny Vejmand."),
        ],
        actions=[
            ("Vejudvalget", "antage", "", "Vejudvalget\nantager", "ny Vejmand.",
             "antager en ny Vejmand", "antager en ny Vejmand"),
        ],
    ),
    dict(
        # the same evening: a joint meeting with the school commission
        start="Fællesmøde med Skolekommissionen.", opening="Samme Aften Kl. 21",
        date="1936-03-04",
        attendance=[UM.ab("N. Dueholm var ikke", "DU", sub="N. Dueholm")]
        + U("M. Kjeldgaard                H. Riber", "KJ", "RB")
        + U("J. Agerskov                  A. Hald", "AG", "HL")
        + U("A. Vinther                   Marie Skou", "VI", "SO")
        + UM.col("P. Hauge=HA", "Karen Lillelund=LI", "O. Tind=TI"),
        matters=[
            ("Pastor Riber redegjorde", "Lærerbolig.", "Sogneraadet fandt",
             "Tegning og Overslag."),
            ("Skolekommissionen ønsker", "forbedret.", "Sogneraadet vil\nundersøge",
             "Brønden."),
        ],
        actions=[
            ("formanden og Pastor Riber", "forhandle", "", "Det overdroges Formanden",
             "Tegning og Overslag.", "forhandle med Arkitekt", "Tegning og Overslag"),
            ("Sogneraadet", "undersøge", "", "Sogneraadet vil\nundersøge", "Brønden.",
             "undersøge Brønden", "undersøge Brønden"),
        ],
    ),
    dict(
        # moved: set for 7 April, held "i Dag den 16."
        start="Mødet, der var berammet til den 7. April", date="1936-04-16",
        attendance=um_full(),
        matters=[
            ("Arkitekt Strøms Overslag", "14.800 Kr.", "Sagen udsattes", "kendes."),
            ("Ny Vejmand.", "Rask, Ulvemose.", "Antaget fra 1. Maj", "maanedlig."),
            ("Landarbejderboliger.", "Hedeparcellen.", "Henvistes til\nKassereren",
             "Undersøgelse."),
            ("Skolens Brønd er undersøgt", "ikke godt.", "Det vedtoges at lade",
             "Brøndborerne."),
        ],
        actions=[
            referral("kassereren", "henvise", "Henvistes til\nKassereren",
                     "Henvistes til\nKassereren til nærmere Undersøgelse."),
            ("A. Vinther", "indhente", "", "A. Vinther indhenter", "Brøndborerne.",
             "indhenter Tilbud", "Brøndborerne"),
        ],
    ),
    dict(
        start="Sogneraadsmøde 12-5", date="1936-05-12",
        attendance=[UM.ab("Fraværende: Karen Lillelund", "LI", sub="Karen Lillelund"),
                    UM.ab("\nog P. Hauge.", "HA", sub="P. Hauge")]
        + U(U_KA, "KJ", "AG") + U("A. Vinther                   N. Dueholm", "VI", "DU")
        + UM.col("O. Tind=TI"),
        matters=[
            ("Tilbud paa ny Brønd ved Skolen", "Ulvemose, 585 Kr.",
             "Ravns Tilbud antoges.", "Sommerferie."),
            ("Peder Krabbes Ansøgning om Garanti.", "Peder Krabbes Ansøgning om Garanti.",
             "Garantien gives", "4.000 Kr."),
            ("Statstilskud til Gymnastiksalen.", "Statstilskud til Gymnastiksalen.",
             "Formanden og\nKassereren udarbejder", "Undervisningsministeriet."),
        ],
        actions=[
            ("formanden og kassereren", "udarbejde", "", "Formanden og\nKassereren udarbejder",
             "Undervisningsministeriet.", "udarbejder en Ansøgning",
             "Undervisningsministeriet"),
        ],
    ),
    dict(
        # held at the chairman's farm; weekday, day and month
        start="Sogneraadet samledes hos Formanden paa Kjeldgaarden", date="1936-06-09",
        weekday="tirsdag",
        attendance=um_full("M. Kjeldgaard                Jens Agerskov"),
        matters=[
            ("Brønden ved Skolen er boret", "Vandet er godt.", "Regningen, 585 Kr.",
             "anvistes."),
            ("Amtet meddeler, at Landevejen", "2.200 Kr.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Ulvemose Brugsforening har søgt", "ved Brugsen.",
             "Sogneraadet anbefaler", "til Amtet."),
            ("Sommerens Grusgravning.", "Sommerens Grusgravning.",
             "Vejudvalget paalagdes", "inden Høsten."),
        ],
        actions=[
            ("Vejudvalget", "udlægge", "", "Vejudvalget paalagdes", "inden Høsten.",
             "udlægge 150 Læs", "inden Høsten"),
        ],
    ),
    dict(
        start="Mødet afholdtes paa Skolen d. 11. Aug.", date="1936-08-11",
        attendance=um_full(),
        matters=[
            ("Undervisningsministeriet har bevilget", "Gymnastiksalen.",
             "Det vedtoges at opføre", "i Licitation."),
            ("Andragende fra Enken Mette Due", "Brændsel.", "Bevilget 2 Læs",
             "for Leveringen."),
            ("Skatterestancer.", "1. August.",
             "Taget til Efterretning.", "Taget til Efterretning."),
        ],
        actions=[
            ("arkitekten", "udbyde", "", "Arkitekten\nudbyder", "i Licitation.",
             "udbyder Arbejdet", "i Licitation"),
            one("kassereren", "sørge for", "Kassereren sørger for Leveringen.",
                "sørger for Leveringen"),
        ],
    ),
    dict(
        # the weekday first; the "Næste Møde ... d. 8. Sept." line before opens nothing
        start="Tirsdag d. 8. Sept.", date="1936-09-08", weekday="tirsdag",
        attendance=[UM.ab("Fraværende: A. Vinther.", "VI", sub="A. Vinther")]
        + U(U_KA, "KJ", "AG") + U("P. Hauge                     N. Dueholm", "HA", "DU")
        + U(U_LT, "LI", "TI"),
        matters=[
            ("Licitation over Gymnastiksalen.", "5 Tilbud.", "Murer-\narbejdet overdroges",
             "Kontrakterne."),
            ("Byggeudvalg.", "Byggeudvalg.", "Til at føre Tilsyn", "O. Tind."),
            ("Vinterarbejde for arbejdsløse.", "Vinterarbejde for arbejdsløse.",
             "Vejudvalget fremsætter", "næste Møde."),
        ],
        actions=[
            ("Murermester Hans Bach", "overdrage", "", "Murer-\narbejdet overdroges",
             "7.450 Kr.", "overdroges til Murermester Hans Bach",
             "overdroges til Murermester Hans Bach"),
            ("Tømrer Ejnar Holt", "overdrage", "", "Tømrerarbejdet overdroges", "3.920 Kr.",
             "overdroges til Tømrer Ejnar Holt", "overdroges til Tømrer Ejnar Holt"),
            ("formanden", "underskrive", "", "Formanden\nunderskriver", "Kontrakterne.",
             "underskriver Kontrakterne", "underskriver Kontrakterne"),
            ("formanden, P. Hauge og O. Tind", "føre", "", "Til at føre Tilsyn", "O. Tind.",
             "føre Tilsyn med Byggeriet", "føre Tilsyn med Byggeriet"),
            ("Vejudvalget", "fremsætte", "", "Vejudvalget fremsætter", "næste Møde.",
             "fremsætter Forslag", "næste Møde"),
        ],
    ),
    dict(
        # "Oktbr."; a "1936" page header between points 2 and 3
        start="Mødet afholdtes paa Kroen d. 13. Oktbr.", date="1936-10-13",
        attendance=[UM.ab("Fraværende: J. Agerskov.", "AG", sub="J. Agerskov")]
        + U("M. Kjeldgaard                A. Vinther", "KJ", "VI")
        + U("P. Hauge                     N. Dueholm", "HA", "DU") + U(U_LT, "LI", "TI"),
        matters=[
            ("Vejudvalgets Forslag til Vinterarbejde", "Mosegaard.", "Vedtaget.",
             "1. Decbr."),
            ("Byggeudvalget meddelte", "i Gang.", None, None),
            ("Ligningskommissionen har indsendt", "1937-38.", "Kassereren fremlægger",
             "14 Dage."),
            ("Fru Lillelund foreslog", "Nabosognene.", "Det overlodes", "Nabokommunerne."),
        ],
        actions=[
            ("Vejudvalget", "antage", "", "Vejudvalget antager", "1. Decbr.",
             "antager 8 Mand", "1. Decbr"),
            ("kassereren", "fremlægge", "", "Kassereren fremlægger", "14 Dage.",
             "fremlægger Listen", "14 Dage"),
            ("Fru Lillelund og formanden", "forhandle", "", "Det overlodes",
             "Nabokommunerne.", "forhandle med Nabokommunerne",
             "forhandle med Nabokommunerne"),
        ],
    ),
    dict(
        start="Møde paa Kroen d. 10. Nvbr.", date="1936-11-10",
        attendance=[UM.ab("undtagen O. Tind.", "TI", sub="O. Tind")]
        + U(U_KA, "KJ", "AG") + U(U_VH, "VI", "HA")
        + U("N. Dueholm                   K. Lillelund", "DU", "LI"),
        matters=[
            ("Hjemmesygeplejen.", "villige til at deltage.", "Det vedtoges at ansætte",
             "udarbejder Regulativ."),
            ("Ligningen for 1937-38.", "4 Klager.", "De henvistes", "Ligningskommissionen."),
            ("Julehjælp.", "Julehjælp.", "Bevilget 150 Kr.", "Beløbet."),
        ],
        actions=[
            one("Fru Lillelund", "udarbejde", "Fru Lillelund udarbejder Regulativ.",
                "udarbejder Regulativ"),
            one("Ligningskommissionen", "henvise", "De henvistes til\nLigningskommissionen.",
                "henvistes til\nLigningskommissionen"),
            ("formanden og næstformanden", "fordele", "", "Formanden og Næstformanden",
             "Beløbet.", "fordeler\nBeløbet", "fordeler\nBeløbet"),
        ],
    ),
    dict(
        # "Decbr."; its "Næste Møde afholdes d. 12. Jan." opens nothing
        start="Sogneraadsmøde paa Kroen d. 15. Decbr.", date="1936-12-15",
        attendance=[UM.ab("Fraværende: N. Dueholm.", "DU", sub="N. Dueholm")]
        + U(U_KA, "KJ", "AG") + U(U_VH, "VI", "HA") + U(U_LT, "LI", "TI"),
        matters=[
            ("Gymnastiksalen er under Tag.", "Overslaget.", None, None),
            ("Fru Lillelunds Udkast", "godkendtes.", "Fru Lillelunds Udkast", "godkendtes."),
            ("Vejmand Emil Rask har søgt", "Gummistøvler.", "Bevilget.", "Bevilget."),
        ],
        actions=[
            ("formanden", "sende", "", "Formanden sender", "Nabokommuner.",
             "sender det", "Nabokommuner"),
        ],
    ),
    dict(
        # a new year: "1937" alone above the opening gives the year
        start="Mødet afholdtes paa Kroen d. 12. Jan.", date="1937-01-12",
        attendance=um_full(),
        matters=[
            ("Valg af Formand og Næstformand for 1937.",
             "Valg af Formand og Næstformand for 1937.",
             "Marius Kjeldgaard og Jens\nAgerskov", "genvalgtes."),
            ("Hedelund og Vesterbæk Kommuner", "Regulativet.", "Stillingen",
             "Sygeplejebladet."),
            ("Vinterarbejdet ved Mosegaard.", "gaar\ngodt.",
             "Taget til Efterretning.", "Taget til Efterretning."),
        ],
        actions=[
            ("formanden", "indrykke", "", "Formanden indrykker", "Sygeplejebladet.",
             "indrykker Annoncen", "Sygeplejebladet"),
        ],
    ),
]


# ================================================================ Hjortlund 1944-45
HJ = Body(
    {
        "LI": ("Hans Peter Lind", "formand"),
        "KO": ("Valdemar Kokholm", "næstformand"),
        "EB": ("C. Ebbesen", ""),
        "SE": ("Aage Sejr", ""),
        "MU": ("F. Munk", ""),
        "KR": ("S. Aa. Krog", ""),
        "HV": ("Dagmar Hviid", ""),
    },
    ["LI", "KO", "EB", "SE", "MU", "KR", "HV"],
)
J = HJ.grid
J_LK = "H. P. Lind                      V. Kokholm"
J_ES = "C. Ebbesen                      Aage Sejr"
J_MK = "F. Munk                         S. Aa. Krog"
J_KH = "S. Aa. Krog                     Dagmar Hviid"


def hj_full():
    return (J(J_LK, "LI", "KO") + J(J_ES, "EB", "SE") + J(J_MK, "MU", "KR")
            + HJ.col("Dagmar Hviid=HV"))


HJORTLUND = [
    dict(
        # "begyndt 1. April 1944" on the title page is no meeting
        start="Ordinært Møde i Hjortlund Sogneraad", date="1944-04-11", weekday="tirsdag",
        attendance=hj_full(),
        matters=[
            ("Kommunekasserer Otto Rahbek forelagde", "i Udkast.",
             "Overgives til Revisorerne", "afsluttet."),
            ("Tørvegravningen i Hjortlund Mose.", "til Salg.",
             "Brændselsnævnet, V. Kokholm", "10 Mand."),
            ("Mørklægningen.", "i Orden.", "Formanden sørger for", "Gardiner."),
            ("Andragende fra Hjortlund Husholdningsforening", "Konservering.",
             "Bevilget 40 Kr.", "Bevilget 40 Kr."),
        ],
        actions=[
            ("revisorerne", "overgive", "", "Overgives til Revisorerne", "afsluttet.",
             "Overgives til Revisorerne", "Overgives til Revisorerne"),
            ("Brændselsnævnet", "antage", "", "Brændselsnævnet, V. Kokholm", "10 Mand.",
             "antage en Tørvemester", "10 Mand"),
            ("formanden", "sørge for", "", "Formanden sørger for", "Gardiner.",
             "sørger for", "Gardiner"),
        ],
    ),
    dict(
        start="Mødet d. 9-5-44", date="1944-05-09",
        attendance=[HJ.ab("Fraværende: Dagmar Hviid.", "HV", sub="Dagmar Hviid")]
        + J(J_LK, "LI", "KO") + J(J_ES, "EB", "SE") + J(J_MK, "MU", "KR"),
        matters=[
            ("Tørvegravningen er begyndt.", "ugentlig.", "Godkendt.", "Godkendt."),
            ("Rationeringskortene for Juni Kvartal", "25. Maj.",
             "Formanden og Næstformanden", "Udleveringen."),
            ("Amtet har meddelt", "i\nOrden.", "Det overdroges Smed", "hver Maaned."),
            ("Andragende fra Arbejdsmand Ejner Toft", "uarbejdsdygtig.",
             "Henvistes til Socialudvalget.", "Henvistes til Socialudvalget."),
        ],
        actions=[
            ("formanden og næstformanden", "forestaa", "", "Formanden og Næstformanden",
             "Udleveringen.", "forestaar Udleveringen", "forestaar Udleveringen"),
            ("Smed Anton Kjær", "efterse", "", "Det overdroges Smed", "hver Maaned.",
             "efterse Sirenen", "hver Maaned"),
            referral("Socialudvalget", "henvise", "Henvistes til Socialudvalget"),
        ],
    ),
    dict(
        # the place before the date, and why the meeting is held there
        start="Sogneraadet holdt Møde i Forsamlingshuset d. 13. Juni", date="1944-06-13",
        attendance=[HJ.ab("undtagen F. Munk.", "MU", sub="F. Munk")]
        + J(J_LK, "LI", "KO") + J(J_ES, "EB", "SE") + J(J_KH, "KR", "HV"),
        matters=[
            ("Værnemagten har beslaglagt", "fra 5. Juni.",
             "Taget til Efter-\nretning.", "Taget til Efter-\nretning."),
            ("Erstatning for Beslaglæggelsen.", "Erstatning for Beslaglæggelsen.",
             "Formanden anmelder", "til Amtet."),
            ("Socialudvalget indstillede", "træder til.", "Vedtaget.", "Vedtaget."),
        ],
        actions=[
            ("formanden", "anmelde", "", "Formanden anmelder", "til Amtet.",
             "anmelder Kravet", "til Amtet"),
        ],
    ),
    dict(
        # "Fraværende: Ingen."; a member's "Protokoltilførsel:" inside the meeting
        start="Mødet 8.8.44", date="1944-08-08",
        attendance=hj_full(),
        matters=[
            ("Tørvene. Der er gravet", "760.000 Stk.", "Prisen ved Salg", "sælger Tørvene."),
            ("Købmand Sejr foreslog", "Bestilling.", "Forslaget\nforkastedes",
             "2 Stemmer."),
            ("Høstferien.", "2. Sept.", "Taget til Efterretning.", "Taget til Efterretning."),
        ],
        actions=[
            one("tørvemesteren", "sælge", "Tørvemesteren sælger Tørvene.", "sælger Tørvene"),
        ],
    ),
    dict(
        # "Torsdag. ... i Dag": the date only in the closing line
        start="Torsdag. Sogneraadet var i Dag samlet", date="1944-09-14", weekday="torsdag",
        attendance=[HJ.ab("Fraværende:\nC. Ebbesen.", "EB", sub="C. Ebbesen")]
        + J(J_LK, "LI", "KO") + J("Aage Sejr                       F. Munk", "SE", "MU")
        + J(J_KH, "KR", "HV"),
        matters=[
            ("Tørvesalget.", "520.000 Stk.", "Resten\ntilbydes", "Forsamlingshuset."),
            ("Indkvarteringen.", "1. Okt.", "Formanden og S. Aa. Krog", "Overtagelsen."),
            ("Gengasværket paa Mejeriet.", "Sprøjtehuset.",
             "Tilladelsen gives.", "Tilladelsen gives."),
        ],
        actions=[
            ("formanden og S. Aa. Krog", "besigtige", "", "Formanden og S. Aa. Krog",
             "Overtagelsen.", "besigtiger Skolen", "Overtagelsen"),
        ],
    ),
    dict(
        # headed "Protokol-Tilførsel."; unsigned, so "Fraværende: X og Y." is the whole record
        start="Protokol-Tilførsel.", opening="Torsdag d. 21. Septbr.", date="1944-09-21",
        weekday="torsdag",
        statement=("Fraværende: Aage Sejr og F. Munk.", "Fraværende: Aage Sejr og F. Munk."),
        attendance=[HJ.ab("Fraværende: Aage Sejr", "SE", sub="Aage Sejr"),
                    HJ.ab("Sejr og F. Munk.", "MU", sub="F. Munk")]
        + HJ.stmt("LI", "KO", "EB", "KR", "HV"),
        matters=[
            ("Amtet har anmodet Kommunerne", "Ejendom.", "Det ved-\ntoges", "Vagtlisterne."),
            ("Vagtmandskabet lønnes", "Kommunekassen.",
             "Vagtmandskabet lønnes", "Kommunekassen."),
        ],
        actions=[
            ("V. Kokholm og S. Aa. Krog", "udtage", "", "V. Kokholm og S. Aa. Krog",
             "Vagtlisterne.", "udtager Mandskabet", "udtager Mandskabet"),
            ("V. Kokholm og S. Aa. Krog", "ordne", "", "V. Kokholm og S. Aa. Krog",
             "Vagtlisterne.", "ordner Vagtlisterne", "ordner Vagtlisterne"),
        ],
    ),
    dict(
        # "i Gaar, Mandag": the day before the closing's "den 24. Oktbr. 1944"
        start="Sogneraadet holdt i Gaar, Mandag", date="1944-10-23", weekday="mandag",
        attendance=hj_full(),
        matters=[
            ("Vagtværnet.", "Uroligheder.", "Taget til\nEfterretning.",
             "Taget til\nEfterretning."),
            ("Skolen er frigivet.", "1.800 Kr.", "Formanden anmelder", "Erstatning."),
            ("Overslaget for 1945-46.", "Overslaget for 1945-46.", "Det overdroges",
             "1. December."),
        ],
        actions=[
            ("formanden", "anmelde", "", "Formanden anmelder", "Erstatning.",
             "anmelder Skaderne", "Erstatning"),
            ("formanden og kommunekassereren", "udarbejde", "1944-12-01", "Det overdroges",
             "1. December.", "udarbejde Forslag", "1. December"),
        ],
    ),
    dict(
        start="Møde i Forsamlingshuset d. 14. Nvbr.", date="1944-11-14",
        attendance=[HJ.ab("undtagen S. Aa. Krog.", "KR", sub="S. Aa. Krog")]
        + J(J_LK, "LI", "KO") + J(J_ES, "EB", "SE")
        + J("F. Munk                         Dagmar Hviid", "MU", "HV"),
        matters=[
            ("Vinterhjælp.", "Vinterhjælp.", "Der bevilgedes 300 Kr.", "fordeler Tørvene."),
            ("Amtet har godkendt Kravet", "1.650 Kr.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Hjortlund Brugsforening søger", "Mørklægning.",
             "Tilladelsen gives.", "Tilladelsen gives."),
        ],
        actions=[
            ("Socialudvalget", "fordele", "", "Social-\nudvalget fordeler", "Tørvene.",
             "fordeler Tørvene", "fordeler Tørvene"),
        ],
    ),
    dict(
        start="Aar 1944 den 12. Decbr.", date="1944-12-12",
        attendance=hj_full(),
        matters=[
            ("Overslaget for 1945-46 til 1ste Behandling.", "61.400 Kr.",
             "Vedtaget til 2den Behandling.", "Vedtaget til 2den Behandling."),
            ("Julehjælp.", "Julehjælp.", "Bevilget 250 Kr.", "fordeler Beløbet."),
            ("Vagtværnet.", "6 Lygter.", "Regningen, 94 Kr.", "anvistes."),
        ],
        actions=[
            one("Socialudvalget", "fordele", "Socialudvalget fordeler Beløbet.",
                "fordeler Beløbet"),
        ],
    ),
    dict(
        # 2. Juledag 1944; "Natten til Juledag" in the text is not the meeting's day
        start="Ekstraordinært Møde 2. Juledag", date="1944-12-26",
        attendance=[HJ.ab("Fraværende: Dagmar Hviid.", "HV", sub="Dagmar Hviid")]
        + J(J_LK, "LI", "KO") + J(J_ES, "EB", "SE") + J(J_MK, "MU", "KR"),
        matters=[
            ("Natten til Juledag er Jernbanebroen", "som Vagt ved Broen.",
             "Det overdroges V. Kokholm", "som Vagtværnet."),
        ],
        actions=[
            ("V. Kokholm", "tilsige", "", "Det overdroges V. Kokholm", "ligeligt.",
             "tilsige Mandskabet", "ligeligt"),
        ],
    ),
    dict(
        # written "Aar 1944" by mistake; the next meeting corrects the year to 1945
        start="Aar 1944 den 9. Januar", date="1945-01-09",
        attendance=[HJ.ab("Fraværende: F. Munk", "MU", sub="F. Munk"),
                    HJ.ab("Munk og C. Ebbesen.", "EB", sub="C. Ebbesen")]
        + J(J_LK, "LI", "KO") + J("Aage Sejr                       S. Aa. Krog", "SE", "KR")
        + HJ.col("Dagmar Hviid=HV"),
        matters=[
            ("Valg af Formand og Næstformand for 1945.",
             "Valg af Formand og Næstformand for 1945.",
             "Gdr. Hans Peter Lind", "genvalgtes."),
            same("Overslaget for 1945-46 vedtoges ved 2den Behandling."),
            ("Vagten ved Jernbanebroen.", "6. Januar.",
             "Taget til Efterretning.", "Taget til Efterretning."),
        ],
        actions=[],
    ),
    dict(
        start="Aar 1945 den 13. Febr.", date="1945-02-13",
        attendance=hj_full(),
        matters=[
            ("Protokollen for Mødet den 9. Januar", "til 1945.",
             "Protokollen for Mødet den 9. Januar", "til 1945."),
            ("Flygtninge.", "Forsamlingshuset.", "Formanden og Fru Hviid", "Bespisningen."),
            ("Tørvemester Jens Hede har søgt", "i 1945.", "Sagen udsattes.",
             "Sagen udsattes."),
        ],
        actions=[
            ("formanden og Fru Hviid", "træffe", "", "Formanden og Fru Hviid",
             "Bespisningen.", "træffer\nAftale", "om Lejen"),
            ("formanden og Fru Hviid", "ordne", "", "Formanden og Fru Hviid",
             "Bespisningen.", "ordner Bespisningen", "ordner Bespisningen"),
        ],
    ),
    dict(
        start="Sogneraadsmøde Tirsdag d. 13/3 45", date="1945-03-13", weekday="tirsdag",
        attendance=[HJ.ab("Fraværende:\nAage Sejr.", "SE", sub="Aage Sejr")]
        + J(J_LK, "LI", "KO") + J("C. Ebbesen                      F. Munk", "EB", "MU")
        + J(J_KH, "KR", "HV"),
        matters=[
            ("Tørvegravningen 1945.", "graver selv.", "Brændselsnævnet paalagdes",
             "i Fjor."),
            ("Flygtningene.", "af Staten.", "Kommunekassereren fører", "Udgifterne."),
            ("Sirenen er efterset", "hver Maaned.", "Regningen for Vinteren", "anvistes."),
        ],
        actions=[
            ("Brændselsnævnet", "antage", "", "Brændselsnævnet paalagdes", "i Fjor.",
             "antage Tørvemester", "i Fjor"),
            ("kommunekassereren", "føre", "", "Kommunekassereren fører", "Udgifterne.",
             "fører særskilt Regnskab", "Udgifterne"),
        ],
    ),
]


# ================================================================ Tofthøj 1953
TO = Body(
    {
        "HO": ("Anders Højlund", "formand"),
        "SK": ("Ellen Skytte", "næstformand"),
        "BR": ("Johannes Brøgger", "kasserer"),
        "NY": ("Poul Nymark", "kirkeværge"),
        "AA": ("Thorkild Aaby", "sognepræst"),
        "VE": ("K. Vejby", ""),
        "RO": ("Inga Rosborg", ""),
        # Lundby menighedsråd, at the joint meeting of 16 June
        "SP": ("Martin Spang", "formand"),
        "TA": ("Else Tarp", ""),
        "KB": ("Jens Kobberø", ""),
    },
    ["HO", "SK", "BR", "NY", "AA", "VE", "RO"],
)
T = TO.grid
T_HS = "A. Højlund                         Ellen Skytte"
T_BN = "J. Brøgger                         P. Nymark"
T_AV = "Th. Aaby                           K. Vejby"


def to_full():
    return T(T_HS, "HO", "SK") + T(T_BN, "BR", "NY") + T(T_AV, "AA", "VE") + TO.col(
        "Inga Rosborg=RO")


TOFTHOEJ = [
    dict(
        start="Tofthøj menighedsråd holdt møde tirsdag", date="1953-01-13",
        weekday="tirsdag",
        attendance=to_full(),
        matters=[
            ("Valg af formand og næstformand for 1953.",
             "Valg af formand og næstformand for 1953.",
             "Gårdejer Anders Højlund", "som næstformand."),
            ("Valg af kasserer.", "Valg af kasserer.",
             "Lærer Johannes Brøgger genvalgtes.", "som kirkeværge."),
            ("Kirkens opvarmning.", "frostvejr.", "Kirkeværgen indhenter", "to firmaer."),
            ("Graver Martin Lyng har søgt", "lønforhøjelse.", "Sagen udsattes",
             "behandling."),
        ],
        actions=[
            ("kirkeværgen", "indhente", "", "Kirkeværgen indhenter", "to firmaer.",
             "indhenter tilbud", "to firmaer"),
        ],
    ),
    dict(
        # at the chairman's farm, the date after the place: "den 10/2"
        start="Møde hos formanden, Anders Højlund", date="1953-02-10",
        attendance=[TO.ab("Fraværende: Inga Rosborg.", "RO", sub="Inga Rosborg")]
        + T(T_HS, "HO", "SK") + T(T_BN, "BR", "NY") + T(T_AV, "AA", "VE"),
        matters=[
            ("Tilbud på oliefyr:", "5.940 kr.", "Sagen udsattes", "konsulenten."),
            ("Kirkegårdens takster.", "gravsteder.", "Vedtaget", "1. april."),
            ("Kollekterne i januar", "188,40 kr.",
             "Taget til efterretning.", "Taget til efterretning."),
        ],
        actions=[
            ("Pastor Aaby", "skrive", "", "Pastor Aaby skriver", "konsulenten.",
             "skriver til\nkonsulenten", "skriver til\nkonsulenten"),
        ],
    ),
    dict(
        start="Menighedsrådsmøde onsdag den 11. marts", date="1953-03-11", weekday="onsdag",
        attendance=to_full(),
        matters=[
            ("Varmekonsulenten har anbefalet", "tilbud.", "Tilbuddet\nantoges.",
             "med arbejdet."),
            ("Budget for kirkekassen 1953-54.", "udkast.", "Gra-\nverens løn",
             "godkendtes."),
            ("Konfirmationen.", "19. april.", "Fru Rosborg og fru Skytte", "i kirken."),
        ],
        actions=[
            ("kirkeværgen", "føre", "", "Kirkeværgen fører", "med arbejdet.",
             "fører tilsyn", "med arbejdet"),
            ("Fru Rosborg og fru Skytte", "sørge for", "", "Fru Rosborg og fru Skytte",
             "i kirken.", "sørger for blomster", "i kirken"),
        ],
    ),
    dict(
        # store bededag 1953 (the fourth Friday after Easter, 5 April)
        start="Efter højmessen store bededag", date="1953-05-01", weekday="fredag",
        attendance=[TO.ab("undtagen K. Vejby.", "VE", sub="K. Vejby")]
        + T(T_HS, "HO", "SK") + T(T_BN, "BR", "NY")
        + T("Th. Aaby                           Inga Rosborg", "AA", "RO"),
        matters=[
            ("Kirkegårdsdiget mod vejen", "efter frosten.", "Kirkeværgen\nindhenter",
             "næste møde."),
            ("Provstiudvalget har godkendt budgettet.",
             "Provstiudvalget har godkendt budgettet.",
             "Taget til efterretning.", "Taget til efterretning."),
        ],
        actions=[
            ("kirkeværgen", "indhente", "", "Kirkeværgen\nindhenter", "næste møde.",
             "indhenter tilbud", "næste møde"),
        ],
    ),
    dict(
        # adjourned: "Kl. 22.30 afbrødes mødet; det fortsættes torsdag den 21. maj"
        start="Mødet den 19. maj 1953", date="1953-05-19",
        attendance=to_full(),
        matters=[
            ("Kirkegårdsdiget.", "1.850 kr.", "Kjeldsens tilbud\nantoges.", "15. august."),
            ("Kirkegårdens udvidelse.", "Kirkegårdens udvidelse.", None, None),
        ],
        actions=[],
    ),
    dict(
        # the continued sitting: the heading names the first sitting's day, not this one's
        start="Fortsættelse af mødet den 19. maj.", opening="Mødet genoptoges 21.5.",
        date="1953-05-21",
        attendance=[TO.ab("Fraværende: Ellen Skytte.", "SK", sub="Ellen Skytte")]
        + T("A. Højlund                         J. Brøgger", "HO", "BR")
        + T("P. Nymark                          Th. Aaby", "NY", "AA")
        + T("K. Vejby                           Inga Rosborg", "VE", "RO"),
        matters=[
            ("Kirkegårdens udvidelse (fortsat).", "Kirkegårdens udvidelse (fortsat).",
             "Det vedtoges at søge", "om prisen."),
            ("Kirkesynet holdes tirsdag den 9. juni.",
             "Kirkesynet holdes tirsdag den 9. juni.", "Kirkesynet holdes", "kyndig."),
        ],
        actions=[
            ("formanden og kirkeværgen", "forhandle", "", "Formanden\nog kirkeværgen",
             "om prisen.", "forhandler med Brink", "om prisen"),
            ("kirkeværgen", "tilsige", "", "Kirkeværgen tilsiger", "kyndig.",
             "tilsiger bygnings-\nkyndig", "tilsiger bygnings-\nkyndig"),
        ],
    ),
    dict(
        # joint meeting with Lundby menighedsråd ...
        start="Fællesmøde\n", opening="Tofthøj og Lundby menighedsråd holdt",
        date="1953-06-16", weekday="tirsdag",
        attendance=T("Anders Højlund                     M. Spang", "HO", "SP")
        + T("Ellen Skytte                       Else Tarp", "SK", "TA")
        + T("J. Brøgger                         J. Kobberø", "BR", "KB")
        + TO.col("P. Nymark=NY", "Th. Aaby=AA", "K. Vejby=VE", "Inga Rosborg=RO"),
        matters=[
            ("Ved kirkesynet er det konstateret", "9.000 kr.", "Det vedtoges, at\nudgiften",
             "begge råd."),
        ],
        actions=[
            ("kirkeværgerne for de to kirker", "indhente", "", "Kirkeværgerne for de",
             "begge råd.", "indhenter tilbud", "sammen"),
            ("kirkeværgerne for de to kirker", "forelægge", "", "Kirkeværgerne for de",
             "begge råd.", "forelægger dem", "begge råd"),
        ],
    ),
    dict(
        # ... and the ordinary meeting after it, the same evening
        start="Efter fællesmødet holdt Tofthøj", date="1953-06-16",
        attendance=to_full(),
        matters=[
            ("Gårdejer Brink vil sælge", "4.000 kr.", "Købet godkendtes", "godkendelse."),
            ("Fru Rosborg foreslog", "bænke.", "Fru Rosborg indhenter", "salmebøger."),
        ],
        actions=[
            ("formanden", "søge", "", "Formanden søger", "godkendelse.",
             "søger\nstiftsøvrighedens godkendelse", "søger\nstiftsøvrighedens godkendelse"),
            ("Fru Rosborg", "indhente", "", "Fru Rosborg indhenter", "salmebøger.",
             "indhenter pris", "salmebøger"),
        ],
    ),
    dict(
        # the date only in the closing: "Tofthøj, den 18. aug. 1953."
        start="Menighedsrådet var samlet i konfirmandstuen kl. 19.30.", date="1953-08-18",
        attendance=[TO.ab("Fraværende:\nJohs. Brøgger.", "BR", sub="Johs. Brøgger")]
        + T(T_HS, "HO", "SK") + T("P. Nymark                          Th. Aaby", "NY", "AA")
        + T("K. Vejby                           Inga Rosborg", "VE", "RO"),
        matters=[
            ("Kirkegårdsdiget er færdigt.", "Kirkegårdsdiget er færdigt.",
             "Regningen, 1.850 kr.", "betaling."),
            ("Stiftsøvrigheden har godkendt", "jorden.", "Skødet underskrives",
             "kirkeværgen."),
            ("Salmebøger.", "kr. pr.\nstk.", "Anskaffelsen godkendtes.",
             "Anskaffelsen godkendtes."),
            ("Oliefyret er installeret", "prøvefyret.",
             "Taget til efterretning.", "Taget til efterretning."),
        ],
        actions=[],
    ),
    dict(
        # "Efter høstgudstjenesten": no Sunday named, no date
        start="Efter høstgudstjenesten samledes", date="", undated=True,
        attendance=to_full(),
        matters=[
            ("Høstofferet udgjorde", "612,25 kr.", "Det vedtoges at sende",
             "indsender beløbet."),
            ("Graveren har bedt om hjælp", "frossen.", "Det\noverlodes", "efter behov."),
        ],
        actions=[
            one("kassereren", "indsende", "Kassereren indsender beløbet.",
                "indsender beløbet"),
            ("kirkeværgen", "antage", "", "Det\noverlodes", "efter behov.",
             "antage en hjælper", "efter behov"),
        ],
    ),
    dict(
        start="Mødet d. 6.10.", date="1953-10-06",
        attendance=[TO.ab("Fraværende: P. Nymark.", "NY", sub="P. Nymark")]
        + T(T_HS, "HO", "SK") + T("J. Brøgger                         Th. Aaby", "BR", "AA")
        + T("K. Vejby                           Inga Rosborg", "VE", "RO"),
        matters=[
            ("Præsteboligen.", "8.740 kr.", "Tilbuddet antoges.", "foråret\n1954."),
            ("Budget for 1954-55.", "Budget for 1954-55.", "Det overdroges", "1. november."),
            ("Kirkens kalkmalerier.", "korbuen.",
             "Taget til efterretning.", "Taget til efterretning."),
        ],
        actions=[
            ("kassereren", "udarbejde", "1953-11-01", "Det overdroges", "1. november.",
             "udarbejde forslag", "1. november"),
        ],
    ),
    dict(
        start="Menighedsrådsmøde i konfirmandstuen tirsdag 3. nov.", date="1953-11-03",
        weekday="tirsdag",
        attendance=to_full(),
        matters=[
            ("Budget for 1954-55.", "forslaget.", "Kirkeskatten", "godkendtes."),
            ("Juletræ i kirken.", "Juletræ i kirken.", "Kirkeværgen sørger for",
             "plantagen."),
            ("Kirkebladet.", "Lundby.", "Sagen udsattes.", "Sagen udsattes."),
        ],
        actions=[
            ("kirkeværgen", "sørge for", "", "Kirkeværgen sørger for", "plantagen.",
             "sørger for et juletræ", "plantagen"),
        ],
    ),
    dict(
        # held at the vice-chairman's farm, after the "Næste møde holdes ..." line
        start="Møde tirsdag den 1. dec.", date="1953-12-01", weekday="tirsdag",
        attendance=[TO.ab("Fraværende: K. Vejby.", "VE", sub="K. Vejby")]
        + T(T_HS, "HO", "SK") + T(T_BN, "BR", "NY")
        + T("Th. Aaby                           Inga Rosborg", "AA", "RO"),
        matters=[
            ("Julens gudstjenester.", "tiderne.", "Fru Skytte og\nfru Rosborg",
             "juleaftensdag."),
            ("Kirkebladet.", "interesseret.", "Pastor Aaby ud-\narbejder", "næste møde."),
        ],
        actions=[
            ("Fru Skytte og fru Rosborg", "pynte", "1953-12-24", "Fru Skytte og\nfru Rosborg",
             "juleaftensdag.", "pynter kirken", "juleaftensdag"),
            ("Pastor Aaby", "udarbejde", "", "Pastor Aaby ud-\narbejder", "næste møde.",
             "ud-\narbejder et prøvenummer", "næste møde"),
        ],
    ),
    dict(
        # juledag 1953
        start="Ekstraordinært møde\n", opening="Juledag efter højmessen", date="1953-12-25",
        weekday="fredag",
        attendance=[TO.ab("Fraværende: Inga Rosborg", "RO", sub="Inga Rosborg"),
                    TO.ab("Rosborg og K. Vejby.", "VE", sub="K. Vejby")]
        + T(T_HS, "HO", "SK") + T(T_BN, "BR", "NY") + TO.col("Th. Aaby=AA"),
        matters=[
            ("Kirken var ved gudstjenesten juleaften", "6 grader varm.",
             "Det pålagdes kirkeværgen", "garantien."),
        ],
        actions=[
            ("kirkeværgen", "kræve", "", "Det pålagdes kirkeværgen", "garantien.",
             "kræve udgiften", "garantien"),
        ],
    ),
]


BOOK_SPECS = [
    ("Vestby-Noerby_Sogneraad_1897", VN, VESTBY, {1897}),
    ("Ulvemose_Sogneraad_1936", UM, ULVEMOSE, {1936, 1937}),
    ("Hjortlund_Sogneraad_1944", HJ, HJORTLUND, {1944, 1945}),
    ("Tofthoej_Menighedsraad_1953", TO, TOFTHOEJ, {1953}),
]


def main(argv: list[str]) -> int:
    show = "--show" in argv
    write_gold(ROOT, OUT, [build_book(BOOKS, name, body, specs, years, show)
                           for name, body, specs, years in BOOK_SPECS])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
