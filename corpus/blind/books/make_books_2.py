"""Build ``corpus/blind/books/gold_books_2.jsonl``: blind gold for three parish minute books.

Annotated by reading each book in ``../shared/corpus/aarhus-parish-1940-1945`` whole, without
reading the extraction code; the books are never copied here. For each meeting this script
lists short anchors (a few words of its opening line), the ISO date, the fragment flag,
attendance rows (person as written, resolved name, status, and where to look for the mention),
matters (anchor of the matter as it came in and of its decision) and action items (actor, verb,
deadline, anchors of the sentence and of the verb phrase).

A span is ``(anchor, end)``: it starts at the anchor and runs to the end of ``end`` (the first
occurrence at or after the anchor); ``end=None`` runs to the end of the paragraph (the next
blank line), ``"$"`` to the end of the line and ``""`` covers the anchor only. Meetings are
found in order; matters are found in order inside their meeting. Every anchor is checked to lie
inside its meeting (and a decision before the next matter); any failure raises. Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python corpus/blind/books/make_books_2.py
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(__file__).resolve().parents[3]
OUT = HERE / "gold_books_2.jsonl"
SHARED = Path(os.environ.get("EXTRACT_SHARED_DIR", REPO.parent / "shared"))
BOOKS = "corpus/aarhus-parish-1940-1945"


class GoldError(Exception):
    pass


@dataclass
class A:
    """An action item: actor, verb, deadline, sentence span, verb-phrase span."""

    actor: str
    verb: str
    deadline: str
    sentence: tuple
    phrase: tuple


@dataclass
class M:
    """One meeting. ``people``: (person as written, name, status, look-after anchor or None)."""

    anchor: str
    date: str
    people: list = field(default_factory=list)
    matters: list = field(default_factory=list)
    actions: list = field(default_factory=list)
    fragment: bool = False
    nth: int = 0
    at_zero: bool = False  # the meeting starts at offset 0 (book opens inside it)


def sig(spec: str, names: dict[str, str]) -> list:
    """Signatories ("a; b; c") as present rows; ``names`` resolves a written form."""
    return [(p.strip(), names.get(p.strip(), p.strip()), "present", None)
            for p in spec.split(";") if p.strip()]


# ============================================================================================
# Beder-Malling 1942: opens inside a meeting; every meeting "Sogneraadsmøde paa de gamles Hjem"
# and closed by signatures. Bare dates in the margin ("d 2/2 42", "10/3", "13/5 42") open
# nothing. Anton Pedersen is formand the whole year ("genvalgtes" 31/3).
# ============================================================================================
BM = "Beder-Malling_1942.txt"
BM_NAMES = {"Ant Pedersen": "Anton Pedersen", "Shr Jensen": "Chr Jensen",
            "Rasmus Peter ielsen": "Rasmus Peter Nielsen", "Aage Nieslen": "Aage Nielsen"}
BM_ROLES = {"Anton Pedersen": ("formand", 0, 99)}
H = "Sogneraadsmøde paa de gamles Hjem "
BM_MEETINGS = [
    M("af Rabatkort", "", sig("Anton Pedersen; Aage Nielsen; Harry Nielsen; Rasmus Peter Nielsen; "
                              "Jens Andersen; S P Skov; Chr Jensen; N K Rasmussen", BM_NAMES),
      [("af Rabatkort", "Smør 5876 Kr", None, None)], fragment=True, at_zero=True),
    M(H + "den 27-1-42", "1942-01-27",
      sig("Anton Pedersen; Aage Nielsen; Harry Nielsen; Rasmus Peter Nielsen; Jens Andersen; "
          "Chr Jensen; S P Skov; N K Rasmussen", BM_NAMES),
      [("Det vedtoges at forny", "Udryddelse af Rotter", "Det vedtoges at forny",
        "Udryddelse af Rotter"),
       ("Til Vridløselille", "$", "bevilgedes 10 Kr", ""),
       ("Kommunens Overslag for 1942-43", "$", "vedtaget ved 2den Behandling", ""),
       ("Meddelelse fra Indenrigsministeriet", "1942 - 43", None, None)]),
    M(H + "d 10/2 42", "1942-02-10",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Anton Pedersen; Aage Nielsen", BM_NAMES),
      [("Andragende fra Beder", "Sykurser", "der bevilgedes 35 Kr", "Arbejdstime"),
       ("Som Brandfoged i Beder", "har begæret sig fritaget", "indstilledes Smedemester",
        "Chr Meinertz Beder"),
       ("Andragende fra Kroejer Berg", "anbefaledes", "anbefaledes", ""),
       ("Andragende fra Landinspektør Andersen", "anbefaledes", "anbefaledes", ""),
       ("Til Samfundet og Hjemmet", "$", "bevilgedes", "$"),
       ("Meddelelse fra Aarhus Stiftamt, at Kommunens", "257 Kr 82 Øre", None, None),
       ("Meddelelse fra Aarhus Amtsraad at Kommunens", "$", None, None),
       ("Meddelelse fra Stiftamtet", "(Telefon Nr 54)", None, None)]),
    M(H + "d 31-3-42", "1942-03-31",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Anton Pedersen", BM_NAMES),
      [("I Henhold til den af Amtsvejinspektoratet", "forrentes med 5 1/4%",
        "vedtages med Forbehold", "med 1/5 aarlig"),
       ("Til Formand for 1942-43", "$", "genvalgtes Anton Pedersen", ""),
       ("Til Medlen af Sundhedskommisioen", "har begæret sig fritaget",
        "valgtes Sogneraadsmedlem Jens Andersen", "")]),
    M(H + "den 14/4 1942", "1942-04-14",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Harry Nielsen; Aage Nielsen; Anton Pedersen", BM_NAMES),
      [("Paa Grund af at der har meldt", "Anton Pedersen og R P Nielsen", "nedsættes et Udvalg",
        "R P Nielsen"),
       ("Et Andragende fra Jens Balle", "anbefaledes", "anbefaledes", ""),
       ("Til Soldaterhjemmet", "$", "bevilgedes 10 Kr", "$")],
      [A("et Udvalg", "forhandle", "", ("Paa Grund af at der har meldt", "R P Nielsen"),
         ("forhandle med Køberne", ""))]),
    M(H + "d 28/4 42", "1942-04-28",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Aage Nieslen; Anton Pedersen", BM_NAMES),
      [("Til Oprensning af det offentlige", "Tilbuddet blev antaget", "Tilbuddet blev antaget",
        ""),
       ("Til Ormslev Børnehjem", "$", "bevilgedes 10 Kr", "$"),
       ("Andragende om Tilskud til Biblioteket", "$", "bevilgedes 200 Kr", ""),
       ("Børnebiblioteket", "$", None, None),
       ("Lystanlæget Egelund", "$", None, None),
       ("fra Købmd E Sørensen", "anbefaledes", "anbefaledes", ""),
       ("Meddelelse fra Aarhus Stiftamt at Taksten", "mere pr Sygedag", None, None)]),
    M(H + "den 26/5 42", "1942-05-26",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Aage Nielsen; Anton Pedersen", BM_NAMES),
      [("Et Andragende fra Møller", "§ 301 3-4-", "bevilgedes i Henhold", "3-4-")]),
    M(H + "d 9/6 42", "1942-06-09",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter ielsen; "
          "Alfred Elmose; Harry Nielsen; Aage Nielsen; Anton Pedersen", BM_NAMES),
      [("Meddelelse fra Aarhus Amtsraad at Raadet", "med ialt 51000 Kr", None, None),
       ("Et Andragende fra Købmd N Pedersen", "anbefaledes", "anbefaledes", ""),
       ("Fra en Del Beboere", "Skolelov", "Sogneraadet var enige", "udsætte Sagen")]),
    M(H + "d 30/6 42", "1942-06-30",
      sig("N K Rasmussen; Shr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Anton Pedersen", BM_NAMES),
      [("Et Andragende fra Afholdsvært", "anbefaledes", "anbefaledes", ""),
       ("Det vedtoges at yde hver", "en Udflugt", "Det vedtoges at yde", "en Udflugt"),
       ("Til Landsforeningen for Vanføre", "$", "bevilgedes 10 Kr", "$"),
       ("Det vedtoges at købe 50 Ark", "Regeringsjubilæum", "Det vedtoges at købe",
        "Regeringsjubilæum"),
       ("Til Huslejenævn for Kommunen", "$", "valgtes N K Rasmusseb", "$")]),
    M(H + "d 28/7 42", "1942-07-28",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Anton Pedersen", BM_NAMES),
      [("Meddelelse fra Aarhus Stiftamt af 11de ds", "P 258", None, None),
       ("Forespørgsel fra Odder", "nævnte anerkendtes", "anerkendtes", ""),
       ('Til Landsforeningen "Arbejde adler"', "$", "bevilgedes 10 Kr", "$")]),
    M(H + "d 11/8 42", "1942-08-11",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Anton Pedersen", BM_NAMES),
      [("I Henhold til Amtets Skrivelse af 28 Juli", "R P Nielsen, Malling",
        "har Sogneraadet valgt", "A Elmose"),
       ("Meddelelse fra Bestyrelsen for Hads Ning", "Centralhotellet i Odder",
        "til Delegeret valgtes", "Anton Pedersen")]),
    M(H + "d 8/9 42", "1942-09-08",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Aage Nielsen; Anton Pedersen", BM_NAMES),
      [("Fra Malling Sogns Menighedsraad", "Godkendelse deraf", None, None),
       ("Meddelelse fra Skolekommissionen", "30 September d A", None, None),
       ("Til Husholdningsudvalget i Malling", "Lys og Varme", "bevilgedes 100 Øre",
        "Lys og Varme"),
       ("Til 2 Husholdningskursus", "samme", "det\nsamme", ""),
       ("Det vedtoges at uddele Ernæringskort", "d 25 ds", "Det vedtoges at uddele", "d 25 ds"),
       ("Meddelelse fra Aarhus Stiftamt, at Amtet", "Laursen saaledes", None, None),
       ("Forespørgsel fra Gislev Ellested", "af den ydede Hjælp", "Refusion kan forventes",
        "")]),
    M(H + "d 28/9 42", "1942-09-28",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Ant Pedersen", BM_NAMES),
      [("Meddelelse fra Aarhus Amtsraad at der inden", "Beskæftigelsesudvalget", None, None),
       ("Meddelelse fra Skoledirektionen", "d A at regne", None, None),
       ("Paa Grund af de store Udgifter", "paa 162 Kr", "vedtages at overføre", "til 1943")]),
    M(H + "13/10 1942", "1942-10-13",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Aage Nielsen; Ant Pedersen", BM_NAMES),
      [("Til Medlemmer af Aftenskolenævnet", "valgtes følgende", "valgtes følgende",
        "Aage Nielsen Fulden"),
       ("Til Fastsættelse af Forholdet", "fremkom 2 Forslag", "Det første Forslag", "50 %"),
       ("Til Landsforeningen til Kræftens", "$", "bevilgedes 15 Kr", "$"),
       ("Fra Nørresundby Kommunekontor", "dateret 9-10-42", "Den foreslaaede Ordning antages",
        "")]),
    M(H + "d 10/11 42", "1942-11-10",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Aage Nielsen; Ant Pedersen", BM_NAMES),
      [("Et Andragende fra Fru Helga Svendsen", "til Erklæring", "Andragendet\nanbefaledes",
        ""),
       ("Teknisk Skole i Malling", "$", "bevilgedes 35 Kr", "for 42/43"),
       ("Til Sykursus i Aistrup", "$", "bevilgedes extra 25 Kr", "$"),
       ("Til Tuberkulosens Bekæmpelse", "$", "bevilgedes 15 Kr", "$"),
       ("Det vedtoges at erhverve", "Jordemoderboligen i Malling", "Det vedtoges at erhverve",
        "Jordemoderboligen i Malling")]),
    M(H + "d 25/11 1942", "1942-11-25",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Aage Nielsen; Ant Pedersen", BM_NAMES),
      [("Det vedtoges at foranledige", "Assedrup Markskel", "Det vedtoges at foranledige",
        "udgaar af Fortegnelsen"),
       ("Fra Aarhus Amts Vejvæsen", "for en hel Dag", None, None),
       ("Til Alders og Invaliderentenydere", "Brændsel", "bevilgedes 30 Kr", "Brændsel"),
       ("Til Beder Malling Sygekasse", "$", "bevilgedes et Tilskud", "$"),
       ("Til Beder Sogns Biblioteksforening", "$", "bevilgedes et Tilskud", "$"),
       ("Børnebogssamling", "$", None, None),
       ("Til Museumsforeningen", "$", None, None)]),
    M(H + "den 8/12 42", "1942-12-08",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Alfred Elmose; Harry Nielsen; Aage Nielsen; Ant Pedersen", BM_NAMES),
      [("Fra Skoledirektionen er modtaget", "saalydende", None, None),
       ("Meddelelse fra Aarhus Amtsraad at Ligningsforholdet", "3/5 paa Person", None, None),
       ("Ligeledes meddelelse fra Amtsraadet", "Ekspropriationer", None, None),
       ("Ligeledes Meddelelse fra Amtsraadet", "d A at regne", None, None)]),
    M(H + "d 19/12 1942", "1942-12-19",
      sig("N K Rasmussen; Jens Andersen; S P Skov; Rasmus Peter Nielsen; Alfred Elmose; "
          "Harry Nielsen; Aage Nielsen", BM_NAMES),
      [("Kommunens Overslag for 1943-44", "$", "vedtoges ved 1ste Behandling", ""),
       ("Det vedtoges at bibeholde", "kommende Periode", "Det vedtoges at bibeholde",
        "kommende Periode"),
       ("Til Juletræsfest", "$", "bevilgedes 25 Kr", "")]),
    M(H + "den 13-1-1943", "1943-01-13",
      sig("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
          "Harry Nielsen; Aage Nielsen; Ant Pedersen", BM_NAMES),
      [("Det vedtoges at forny Kontrakten", "160 Kr pr Maaned", "Det vedtoges at forny",
        "160 Kr pr Maaned"),
       ("Meddelelse fra Socialministeriet", "senest 30ds", None, None),
       ("Til Fiskernes Understøttelseskasse", "$", "bevilgedes 50 Kr", ""),
       ("Fængselshjælpen", "$", None, None),
       ("Det vedtoges at ansøge", "335000 Kr", "Det vedtoges at ansøge", "ned til Stranden"),
       ("Værdien for Kost og Logi", "$", "ansættes til 600 Kr", "")]),
]

# ============================================================================================
# Elev 1943: "Elev Sogneraad afholdt i Dag Møde", date in the closing line "Elev Sogneraad den
# 6/2 1943"; the revisors' cash count of 31/3 is no meeting. The third meeting gives no date.
# New council from 27/5: Niels Sørensen formand throughout (re-elected 30/3 and 27/5), Albert
# Nielsen kasserer until the election, Jens Sørensen kasserer from 27/5.
# ============================================================================================
EL = "Elev_1943.txt"
EL_NAMES = {"Alb. Nielsen": "Albert Nielsen", "E. Sørensen": "Ejner Sørensen",
            "Peter Petersen": "Peter Pedersen"}
EL_ROLES = {"Niels Sørensen": ("formand", 0, 99), "Albert Nielsen": ("kasserer", 0, 2),
            "Jens Sørensen": ("kasserer", 3, 99)}
E = "Elev Sogneraad afholdt i Dag "
NS, AN = "nyvalgte var mødt", "afgaaede Sogneraad var mødt"
EL_MEETINGS = [
    M(E + "Møde, hvor\n", "1943-02-06",
      sig("Niels Sørensen; Ejner Sørensen; Herman Johansen; Jens Sørensen; Alb. Nielsen",
          EL_NAMES),
      [("Kommunens Overslag for Aaret", "til anden Behandling", "dette vedtoges", "uændret"),
       ("Dermed fastsættes for Tiden", "(Bygningsværdien)", "Det\nbestemtes at bibeholde",
        "pr. Ejendom"),
       ("Derefter vedtoges det at bortlicitere", "1ste April", "vedtoges det at bortlicitere",
        "frem i Tiden")]),
    M(E + "Møde hvor\n", "1943-03-30",
      sig("Niels Sørensen; Herman Johansen; Ejner Sørensen; Alb. Nielsen; Jens Sørensen",
          EL_NAMES),
      [("Skattelisten for 1943/44", "Medlemmer", None, None),
       ("Fra Læge Christensen", "Børnene i Elev", "Der vedtoges at svare Lægen",
        "skulde betale"),
       ("Vedrørende Honoraret til Formanden", "aarligt", "bestemtes det at yde", "aarligt"),
       ("Alfred Christiansen havde frabedt", "Vandsynet", "i hans Sted\nvalgtes",
        "Kristian Sørensen, Elev"),
       ("Derefter foretoges Valg af Formand, Kasserer", "inden for Sogneraadet",
        "Som Formand genvalgtes", "Skolen Ejner Sørensen")]),
    M(E + "møde\n", "",
      sig("Niels Sørensen; Alb. Nielsen; Ejner Sørensen; Jens Sørensen; Herman Johansen",
          EL_NAMES),
      [("Fra Landindspektør Svend Nielsen", "Vejen i Elev", "Sogneraadet\nbestemte",
        "9a\nElev"),
       ("Derefter foretoges Valg af et Medlem", "April\n1947", "Som Medlem valgtes",
        "Christiansen,\nElev"),
       ("Ligeledes forelaa fra Landinspektør", "3a m. fl. Elev", "dette kunde anbefales",
        "af Sogneraadet"),
       ("Overdragelse til det nye Sogneraad", "8/6 43", "bestemtes til", "8/6 43")]),
    M(E + "Møde.\n", "1943-05-27",
      sig("Niels Sørensen; Peter Pedersen; Harald Hjortshøj; Jens Sørensen; Ejner Sørensen",
          EL_NAMES),
      [("Der foretoges Valg til de forskellige", "nyvalgte Sogneraad", "Som Fmd. valgtes",
        "Ejner Sørensen\nHarald Hjortshøj"),
       ("Som social Udvalg valgtes", "Sogneraad", "valgtes det samlede", "Sogneraad"),
       ("Derefter fortoges valg af Medlemmer til Skole", "kommissionen",
        "Harald Hjortshøj.\nKresten Thomsen", "Ejler Hvidkjær"),
       ("Brændselsudvalget genvalgtes", "", "genvalgtes", "Peder Sørensen"),
       ("Kornnævnet genvalgtes", "", "genvalgtes", "Valdemar Sørensen"),
       ("Børneværnsudvalget", "", "Valgt blev inden for", "Helga Bomholt"),
       ("Beskjæftigelsesudvalget", "", "valgtes Gdr. Jens Sørensen", "Elev"),
       ("Derefter fortoges valg af Revisorer", "", "Genvalgt blev Harald Bomholt",
        "Chr. Venning Elev")]),
    M("Afskrift af Overleveringsforretningen", "1943-06-08",
      [("Niels Sørensen", "Niels Sørensen", "present", NS),
       ("Jens Sørensen", "Jens Sørensen", "present", NS),
       ("Ejner Sørensen", "Ejner Sørensen", "present", NS),
       ("Harald Hjortshøj", "Harald Hjortshøj", "present", NS),
       ("Albert Nielsen", "Albert Nielsen", "present", AN),
       ("Herman Johansen", "Herman Johansen", "present", AN)],
      [("Først foretoges Overlevering af Kassebøger", "Kassebeholdning",
        "afleveredes til det nye Sogneraad", "for Modtagelsen"),
       ("Restancer", "", None, None),
       ("Skatter", "", None, None),
       ("Aktiver og Passiver", "", "overleveres til det nye Sogneraads Formand",
        "for Modtagelsen"),
       ("Endelig afleveredes Kommunens Arkiv", "Folkeregistret", None, None)]),
    M(E + "Møde, hvor følgende\n", "1943-07-03",
      sig("Niels Sørensen; Jens Sørensen; Peter Petersen; E. Sørensen; Harald Hjortshøj",
          EL_NAMES),
      [("Der foretoges Valg af Vurderingsmænd", "kommende Periode",
        "Genvalg for Niels Sørensen", "Peder Petersen, Elev"),
       ("Derefter bestemtes der at Kommunen", "Vinteren 1944", "bestemtes der at Kommunen",
        "Vinteren 1944")],
      [A("kommunen", "lade", "", ("Derefter bestemtes der at Kommunen", "Vinteren 1944"),
         ("lade\nforetage Indkøb", "Tusind Tørv"))]),
    M(E + "Møde hvor følgende\n", "1943-09-27", sig("Niels Sørensen", EL_NAMES),
      [("Fra Købmand Valdemar Axelsen", "Spiritus", "anbefaledes", ""),
       ("Gaardejer Harald Hjortshøj havde bedt", "Snekastningsdistrikt", "i hans Sted valgtes",
        "Kresten Thomsen, Elev"),
       ("Som Luftværnsleder under frivilligt", "Nielsen, Elev", "valgtes Gaardbestyrer",
        "Nielsen, Elev"),
       ("I Henhold til Bestemmelserne i § 4", "instrueres af Redningskorpset", "valgte blev",
        "Alfred Christiansen")]),
    M("Elev Sogneraad afholt i Dag Møde", "1944-01-10",
      [(p, EL_NAMES.get(p, p), "present", "Elev Sogneraad d. 10/1 1944")
       for p in ("Niels Sørensen", "Peter Pedersen", "Harald Hjortshøj", "Ejner Sørensen",
                 "Jens Sørensen")],
      [("Budgettet for Regnskabsaaret 1944/45", "Behandling", "det vedtoges uændret", ""),
       ("Derefter foretoges Ansættelse af Kommuneskat", "sidste Ansættelse", None, None),
       ("Vedrørende en ny Skoleplan", "Skoledistrikts Omraade", "vedtog\nSogneraadet",
        "Skoledistrikts Omraade"),
       ("Derefter foretoges Kasseeftersyn hos Kassereren", "", None, None)],
      [A("Sogneraadet", "lade", "", ("Vedrørende en ny Skoleplan", "Skoledistrikts Omraade"),
         ("lade den udarbejde", "Skoledistrikts Omraade"))]),
]

# ============================================================================================
# Ormslev-Kolt 1942 (til juni): numbered points, each the matter as it came in and, in the next
# paragraph, its decision. "Næste Møde ..." points are no matters. The meeting with the three
# landowners (27/5) is a meeting of its own; the book ends inside the meeting of 10/6 (no
# closing). A. Brandstrup Andersen formand and Martin Jensen næstformand all year ("Genvalg").
# ============================================================================================
OK = "Ormslev-Kolt_1942_(til_juni).txt"
OK_NAMES = {"R.P. Sørensen": "R. P. Sørensen", "P. Krogh": "Peder Krogh"}
OK_ROLES = {"A. Brandstrup Andersen": ("formand", 0, 99), "Martin Jensen": ("næstformand", 0, 99)}
OK_M1 = [
    ('Lov Nr 538 af 22/12 41 om', None, 'Til Efterretning', None),  # 1.
    ('Skattedepartementets', None, 'Til Efterretning', None),  # 2.
    ('Skattedepartementets', None, 'Til Efterretning', None),  # 3.
    ('Skattedepartementets', None, 'Til Efterretning', None),  # 4.
    ('Lov af 22/12 41 om Hjælp', None, 'Til Efterretning', None),  # 5.
    ('Socialministeriet har', None, 'Betales.', None),  # 6
    ('Handelsministeriet', None, 'Til Efterretning', None),  # 7
    ('Handelsministeriets', None, 'Til Efterretning', None),  # 8.8.
    ('Handelsministeriets', None, 'Til Efterretning', None),  # 9.
    ('Skrivelse af 19/12 41 fra', None, 'Til Efterretning', None),  # 10.
    ('Landbrugsministeriet', None, 'Til Efterretning.', None),  # 11.
    ('Landbrugsministeriet', None, 'Til Efterretning.', None),  # 12
    ('Socialministeriet har', None, 'Til Efterretning', None),  # 13
    ('Socialministeriet meddeler', None, 'Det vetages at', None),  # 14
    ('Kirkeministeriets Skrivelse', None, 'Til Efterretning.', None),  # 15
    ('Kolt Sogns Menighedsraad', None, 'Tiltrædes.', None),  # 16.
    ('Direktoratet for', None, 'Til Efterretning', None),  # 17
    ('Kasse- og Regnskabsudvalget', None, 'Vedtages ved 1ste', None),  # 18
    ('Indstilling fra Kasse- og', None, 'Tiltraadt', None),  # 19
    ('Paa Grund af Klage fra Hads', 'Modtagelsen', 'Til Efterretning', None),  # 20
    ('Meddelelse ang. Levering', None, None, None),  # 20, unnumbered
    ('Opgørelse fra Entrepenør', None, 'Regningen betales.', None),  # 21
    ('Skrivelse af 6te d.s. fra', None, 'Efter Sogneraadets', None),  # 22
    ('Postcirokontoret meddeler', None, 'Til Efterretning', None),  # 23
    ('Meddelse fra Formanden om', None, 'Ordningen', None),  # 24.
    ('Ansøgning fra Snedkermester', None, 'Der gives Henstand', None),  # 25
    ('Ansøgning fra Bred. Aage', None, 'Anbefales.', None),  # 26
    ('Ansøgning fra Gartner', None, 'Anbefales', None),  # 27
    ('Landinspektør Westy Larsen', None, 'Anbefales', None),  # 28
    ('Landinspektør Rørholm', None, 'Anbefales', None),  # 29
    ('Landinspektør Svend Nielsen', None, 'Anbefales.', None),  # 30
    ('Ansøgning fra Kolt Fri- og', None, 'Bevilliges', None),  # 31
    ('Gdr. Anders Holm Kolt', None, 'Gdr. Ejner Bering', None),  # 32.
    ('Rigsforeningen til', None, 'Bevilliges 10 kr.', None),  # 33
    ('Aarhus Turistforening har', None, 'Henlægges.', None),  # 34
    ('Undervisningsministeriets', None, 'Der søges', None),  # 35
    ('Forespørgsel fra Vognmand', None, 'Formanden og', None),  # 36.
    ('Undervisningsministeriets', None, 'Til Efterretning', None),  # 37
    ('Socialministeriets', None, 'Til Efterretning.', None),  # 38
    ('Landbrugsministeriet Lov Nr', None, 'Til Efterretning', None),  # 39.
    ('Skrivelse fra Menighedsraadene', None, 'De kirkelige', None),  # 40
    ('Arbmd. Thorvald Thomsen', None, 'Der eftergives', None),  # 41.
    ('Arbmd. V. Martin Jensen', None, 'Der findes ikke', None),  # 42.
    ('Grænseforeningen har sendt', None, 'Bevilliges 15 Kr.', None),  # 43.
    ('Politimesteren har', None, 'Da det Cirkulære', None),  # 44
    ('Sogneraadsmedlem Gartner', None, 'I H.t. Kommunal=', None),  # 45.
    ('Børnebogsamling har sendt', None, 'Bevilliges 150 Kr.', None),  # 46.
    ('Lærerinde Frk. Rubner', None, 'Ansøgningen', None),  # 47.
    # 48: "Der holdes Møde Onsdag ..." (next meeting) is no matter
]
OK_M2 = [
    ('Besættelse af Udvalg i', None, 'Chorfiks Holm', None),  # 1
    ('Cirkulære af 12/1 42 fra', None, 'Til Efterretning', None),  # 2
    ('Indenrigsministeriets', None, 'Til Efterretning', None),  # 3
    ('Landbrugsministeriet', None, 'Til Efterretning', None),  # 4.
    ('Handelsministeriet', None, 'Til Efterretning', None),  # 5.
    ('Landbrugsministeriet', None, 'Til Efterretning', None),  # 6
    ('Det statistiske Departement', None, 'Medlemmerne', None),  # 7.
    ('Indenrigsministeriet har', None, 'Til Efterretning.', None),  # 8.
    ('Akkordlønsudvalget har ved', None, 'Til Efterretning', None),  # 9.
    ('Kasse- og Regnskabsudvalget', None, 'Vedtages ved 2den', None),  # 10.
    ('Indstilling fra Formanden', None, 'Tiltrædes', None),  # 11.
    ('Skrivelse af 28/1 42 fra', None, 'Til Efterretning', None),  # 12
    ('Robert Givskov Viby har', None, 'Afvises.', None),  # 13.
    ('Henny Balslev Constbg.', None, 'Nedsættes 200Kr', None),  # 14.
    ('J. M. Petersen Constbg.', None, 'Nedsættes 300 Kr.', None),  # 15
    ('Aarhus tekniske Skole har', None, 'Bevilliges 120 Kr.', None),  # 16.
    ('Det Grundtvigske', None, 'Udgaar', None),  # 17.
    ('Folkekuranstalten ved Hald', None, 'Ikke bev.', None),  # 18
    ('Klage fra Gartner Ejner', None, 'Der maa fremsendes', None),  # 19
    ('Kasse- og Regnskabsudvalget', None, 'Udsættes til', None),  # 20
    ('Paa Forespørgsel fra', None, 'Tiltrædes.', None),  # 21.
    ('Skrivelse af 30/1 42 fra', None, 'Til Efterretning', None),  # 22.
    ('Landbrugsministeriet har', None, 'Til Efterretning', None),  # 23.
    ('Landsudvalget for', None, 'Der ønskes ingen', None),  # 24.
    ('Skrivelse af 31/1 42 fra', None, 'Til Efterretning.', None),  # 25
    ('Rentier Th. Riis Kattrup', None, 'Sognefoged P', None),  # 26.
    ('Gartner Holger Nielsen', None, 'Tillades saaledes', None),  # 27.
    ('Representant Chr. Binderup', None, 'Vedtages at tegne', None),  # 28
    ('Johns. Overballe Ormslev', None, 'Henstand til 1/6', None),  # 29
    ('Ejner Jensen Ormslev klager', None, 'Afvises', None),  # 30
    ('Aarhus Amtsraad forespørger', None, 'Sogneraadet kan', None),  # 31
    # 32: next meeting
]
OK_M3 = [
    ('Min. for off. Arbejder har', None, 'Til Efterretning.', None),  # 1
    ('Indenrigsministeriets', None, 'Til Efterretning.', None),  # 2
    ('Landbrugsministeriets', None, 'Til Efterretning.', None),  # 3.
    ('Justitsministeriet', None, 'Til Efterretning.', None),  # 4.
    ('Finansministeriet Cirkulære', None, 'Til Efterretning', None),  # 5.
    ('Undervisningsministeriet', None, 'Til Efterretning', None),  # 6
    ('Min. for off. Arbejder', None, 'Til Efterretning', None),  # 7.
    ('Landbrugsministeriet', None, 'Dyrtidstillæget', None),  # 8.
    ('Erhversskatteudvalget har', None, 'Til Efterretning', None),  # 9
    ('Aarhus Stiftamt meddeler at', None, 'Til Efterretning', None),  # 10.
    ('Aarhus Amtsraad meddeler', None, 'Det overlades til', None),  # 11
    ('Aarhus Amtsraad godkender', None, 'Til Efterretning', None),  # 12
    ('Ansøgning fra Andreas', None, 'Tilladelse gives', None),  # 13.
    ('Skrivelse fra Robert', None, 'Afvises.', None),  # 14.
    ('Peder Nielsen Hovedgaden 7', None, 'Der findes ingen', None),  # 15
    ('Mælkehandler Ejner Nielsen', None, 'Sogneraadet har', None),  # 16
    ('Formanden for A/S', None, 'Udsættes til', None),  # 16
    ('Ansøgning fra Lærer Aaes om', None, 'Bevilliges 175 Kr.', None),  # 17.
    ('Aarhus Turistforening', None, 'Den ønskede', None),  # 18.
    ('Andelsf. Gigtsanatorium v.', None, 'Bevilliges 10 Kr.', None),  # 19.
    ('Dansk Biblioteksforening', None, 'Bevilliges 10 Kr', None),  # 20
    ('Landsudvalget for', None, 'Ikke bevilliget', None),  # 21
    ('Samfundet og Hjemmet for', None, 'Bevilliges 10 Kr.', None),  # 22.
    ('Valg af Formand og', None, 'Genvalg.', None),  # 23
    ('Justitsministeriets', None, 'TilEfterretning', None),  # 24
    ('Skrivelse af 2/3 fra', None, 'Henlægges.', None),  # 25.
    ('Teknisk Skole i Aarhus har', None, 'Til Efterretning', None),  # 26
    ('Skrivelse fra Aalborg', None, 'Tiltrædes.', None),  # 27
    ('Amtsrevisor har fremsendt', None, 'Besvarelse', None),  # 28
    ('Forslag om Fastsættelse af', None, 'Fastsættes', None),  # 29.
    ('Amtsraadet meddeler at', None, 'Til Efterretning', None),  # 30
    ('Ansøgning om Tilskud til', None, 'Bevilliges 25 Kr.', None),  # 31.
    ('Lov af 28/2 om Tilskud og', None, 'Til Efterretning.', None),  # 32
    ('Arbejds- og', None, 'Til Efterretning', None),  # 33.
    ('Samme Cirkulære af 6/3', None, 'Til Efterretning.', None),  # 34
    ('Handelsministeriet', None, 'Uddelingen', None),  # 35.
    ('Landinspektør Rørholm', None, 'Anbefales.', None),  # 36
    ('Samme Udstykning af Vej Nr', None, 'Anbefales.', None),  # 37.
    ('Aage Brandsborg Enslev', None, 'Det bestemtes at', 'paa Kørsel'),  # 38
    # 39: next meeting
]
OK_M4 = [
    ('Meddelse fra Aarhus', None, 'Til Efterretning', None),  # 1.
    ('Mins for off. Arbejder har', None, 'Sogneraadet', None),  # 2.
    ('Arbejds- og', None, 'Til Efterretning', None),  # 3.
    ('Arbejds- og', None, 'Til Efterretning', None),  # 4.
    ('Lov af 21/3 42 om', None, 'Til Efterretning', None),  # 5.
    ('Indenrigsministeriets', None, 'Til Efterretning.', None),  # 6
    ('Handelsministeriets', None, 'Til Efterretning.', None),  # 7
    ('Handelsministeriet', None, 'Til Efterretning', None),  # 8.
    ('Handelsministeriets', None, 'Til Efterretning.', None),  # 9
    ('Handelsministeriets', None, 'Til Efterretning', None),  # 10
    ('Midlertidig Lov af 13/3 om', None, 'Til Efterretning.', None),  # 11
    ('Cirkulære og Bekendtgørelse', None, 'Attest for', None),  # 12.
    ('Landbrugsministeriet', None, 'Til Efterretning.', None),  # 13.
    ('Landbrugsministeriet', None, 'Til Efterretning', None),  # 14.
    ('Landsskatteretten anmoder', None, 'Det sædvanlige', None),  # 15.
    ('Politimesteren i Odder', None, 'Anbefales.', None),  # 16
    ('Meddelse fra Formanden', None, 'Formanden, F.', None),  # 17.
    ('Indstilling fra Vejudvalget', None, 'Arbejdet', None),  # 18.
    ('Gartner Michal Mikkelsen', None, 'Klagen afvises da', None),  # 19
    ('Aarhus Skattevæsen har', None, 'Hartman Petersens', None),  # 20.
    ('Ansøgning fra Arbmd. Mads', None, 'Nedsættes med', None),  # 21.
    ('Skrivelse fra Holbøl-', None, 'Der bestilles', None),  # 22.
    ('Meddelse fra L.A.B. ang.', None, 'Til Efterretning.', None),  # 23.
    ('Amts- Arbejdsanvisningenskontoret', None, 'Til Efterretning.', None),  # 24.
    ('Skrivelse\naf 1/4', None, 'Ministeriets', None),  # 25.
    ('Arbejds- og', None, 'Til Efterretning', None),  # 26.
    ('Samme Cirkulære af 1/4 42', None, 'Til Efterretning.', None),  # 27.
    ('Aarhus Skattevæsen klager', None, 'Da Skatteyderen', None),  # 28
    ('Klage over Skatteansættelsen for 19', None, 'Klageren henvises', None),  # 29.
    ('Klage over Ansættelsen for', None, 'Klagen kan ikke', None),  # 30.
    ('Lov af 30/3 42 med', None, 'Til Efterretning.', None),  # 31
    ('Landbrugsministerit anmoder', None, 'Man mener ikke', None),  # 32.
    ('Midlertidig Lov af 30/3 42', None, 'Til Efterretning', None),  # 33
    ('Betty Bertelsen Ormslev', None, 'Ansættelsen', None),  # 34.
    ('Ormslev Sygeplejef. ansøger', None, 'Udsættes idet', None),  # 35
    ('Ormslev Fodboldforening', None, 'Bevilliges 130 Kr.', None),  # 36
    # 37: next meeting
]
OK_M5 = [
    ('Aarhus Amtsraad har', None, 'Til Efterretning', None),  # 1.
    ('Meddelse fra Direktoratet', None, 'Til efterretning.', None),  # 2
    ('Landkommunernes', None, 'Til Efterretning', None),  # 3
    ('Cirkulære af 13/4 fra Mins.', None, 'Til Efterretning', None),  # 4
    ('Aarhus Amtsraad meddeler at', None, 'Til Efterretning', None),  # 5.
    ('Kasse- og Regnskabsudvalget', None, 'Til Efterretning', None),  # 6
    # 7: complaints a-h, one matter each
    ('a. Snedkersvend', None, 'Da Klagen maa', None),
    ('b. Gdr. Viggo Andersen', None, 'Som ovenfor', None),
    ('c. Frk. Anna Karen', None, 'Ansættelsen fastholdes', None),
    ('d. Hmd.Jens Christensen', None, 'Klagen vedrører', None),
    ('e. Gdr. Frits Nørregaard', None, 'Som ovenfor', None),
    ('f. Hmd Rasmus Jørgensen', None, 'Som ovenfor', None),
    ('g. Smed J. P. Jensen', None, 'Nedsættes 15%', None),
    ('h. Frk. Julie Olesen', None, 'Da Søsteren', None),
    ('Indstilling fra Udvalget', None, 'Udvalgets', None),  # 8.
    ('Skrivelse af 19/4 42 fra', None, 'Til Efterretning.', None),  # 9.
    ('Skrivelse af 18/4 42 fra', None, 'Udsættes til næste', None),  # 10
    ('Lærerinderne har fremsendt', None, 'Legatet 175 Kr', 'nødvendige Sakse'),  # 11.
]
OK_M6 = [
    ('Cirkulære af 28/3 fra', None, 'Til Efterretning', None),  # 1.
    ('Bekendtgørelse af 12/3 42', None, 'Til Efterretning', None),  # 2.
    ('Skattedepartementets', None, 'Til Efterretning', None),  # 3.
    ('Skattedepartetmentets', None, 'Til Efterretning', None),  # 4.
    ('Landbrugsministeriet', None, 'Til Efterretning', None),  # 5.
    ('Landbrugsministeriet', None, 'Til Efterretning', None),  # 6.
    ('Landbrugsministeriet Lov af', None, 'Til Efterretning', None),  # 7.
    ('Landbrugsministeriet', None, 'Til Efterretning', None),  # 8.
    ('Landbrugsministeriet', None, 'Til Efterretning', None),  # 9.
    ('Landbrugsministeriet', None, 'Til Efterretning', None),  # 10.
    ('Arbejds- og', None, 'Til Efterretning', None),  # 11.
    ('Arbejds- og', None, 'Til Efterretning', None),  # 12.
    ('Arbejds- og', None, 'Til Efterretning', None),  # 13.
    ('Arbejds- og', None, 'Til Efterretning', None),  # 14.
    ('Arbejds- og', None, 'Til Efterretning', None),  # 15.
    ('Arbejds- og', None, 'Til Efterretning', None),  # 16.
    ('Indenrigsministeriet', None, 'Til Efterretning', None),  # 17.
    ('Indenrigsministeriet', None, 'til Efterretning', None),  # 18.
    ('Aarhus Amtsraad Skrivelse', None, 'Til Efterretning', None),  # 19
    ('L.A.B. Meddelse om', None, 'Til Efterretning', None),  # 20.
    ('Skrivelse fra Dansk', None, 'Henvises til', None),  # 21.
    ('Skrivelse fra Amtsarbejdsanvisningskontoret', None, 'Til Efterretning', None),  # 22
    ('Skoledirektionen Skrivelse', None, 'Til Efterretning', None),  # 23.
    ('Danske Gasværkers Tjære', None, 'Til Efterretning', None),  # 24.
    ('Landinspektør Rørholm har', None, 'Betales.', None),  # 25
    ('Landinspektør Rørholm har', None, 'Spørgsmaalet om', None),  # 26
    ('Udskrift af', None, 'Sogneraadet kan', None),  # 26.
    ('Ansøgning fra Sigurd Fogh,', None, 'Der holdes Møde', None),  # 27.
    ('Sorø Stakitfabrik har', None, 'Henvises til', None),  # 28.
    ('Politimesteren i Odder', None, 'Til Efterretning', None),  # 29
    ('Købmd. Chr. Lynge Stentoft', None, 'Anbefales', None),  # 30.
    ('Skrivelse angaaende Køb af', None, 'Der bestilles', None),  # 31
    ('Dansk Luftværnsforening har', None, 'Til Efterretning.', None),  # 32
    ('Falks Redningskorps har', None, 'Til Efterretning', None),  # 33
    ('Flyve Ambulancetjenestens', None, 'Til Efterretning', None),  # 34
    ('L.A.B. Beretning for 1941.', None, 'Til Efterretning', None),  # 35
    ('Meddelse fra Udvalget ang.', None, 'Til Efterretning', None),  # 36
    ('Fastsættelse af Løn til', None, 'Fastsættes', None),  # 37.
    ('Kontrol af de indsendte', None, 'Der er ikke', None),  # 38
    ('Aarhus Stiftamt meddeler at', None, 'Til Efterretning', None),  # 39
    ('Arbejds- og', None, 'Til Efterretning.', None),  # 40
    ('Murermester Johns Nielsen', None, 'Vognmand J.', None),  # 41.
    ('Kreditforeningen af', None, 'Til Efterretning', None),  # 42.
    ('Skatteraadet meddeler at', None, 'Udvalget møder.', None),  # 43.
    ('Landinspektør Rørholm', None, 'Anbefales', None),  # 44.
    ('Lars P.H. Jensen Ormslev', None, 'Nedsættes med 70%', None),  # 45
    ('Kolt Sognebogsamling', None, 'Bevilges 250 Kr.', None),  # 46.
    # 47: next meeting
]
OK_M8 = [
    ('Cirkulære af 9/5 42 fra', None, 'Til Efterretning.', None),  # 1.
    ('Cirkulære af 4/5 42 fra', None, 'Til Efterretning', None),  # 2.
    ('Cirkulære af 21/5 42 fra', None, 'Til Efterretning', None),  # 3.
    ('Cirkulære af 23/5 42 fra', None, 'Til Efterretning', None),  # 4.
    ('Midlertidig Lov Nr 216 af', None, 'Til Efterretning.', None),  # 5.
    ('Cirkulære af 26/5 42 fra', None, 'Til Efterretning', None),  # 6.
    ('Cirkulære af 26/5 fra', None, 'Til Efterretning.', None),  # 7
    ('Cirkulære af 1/6 42 fra', None, 'Uddeles d. 27de', None),  # 8.
    ('Skrivelse af 28/5 42 fra', None, 'Betales.', None),  # 9.
    ('Veterinærdirektoratet har', None, 'Til Efterretning.', None),  # 10.
    ('Aarhus Amtsraad har meddelt', None, 'Til Efterretning.', None),  # 11.
    ('Vejudvalget har vedtaget at', None, 'Til Efterretning.', None),  # 12.
    ('Landsretssagfører Hastrup', None, 'Betales.', None),  # 13.
    ('Meddelse om Ekspropriationsforretning', None, 'Købet af Huset', None),  # 14.
    ('Meddelse om Udfaldet af', 'Side 192.)', 'Aastedsforretning fastsættes', None),  # 15
    ('Dræningsplan for Gdr.', None, 'Tiltrædes og', None),  # 16.
    ('Skatteraadet har fremsendt', None, 'Der findes ingen', None),  # 17.
    ('b. Husbest.', None, 'Som ovenfor.', None),  # 17 b
    ('Meddelse om at Gdr. Marius', None, 'Godkendes.', None),  # 18.
    ('Henry Pedersen Kattrup', None, 'Der findes ingen', None),  # 19.
    ('bagersvend Svend Erik Mørk', None, 'Nedsættes med 500', None),  # 20.
    ('Frimenigheden i Kolt har', None, 'Til Efterretning', None),  # 21.
    ('Justitsministeriets', None, 'Til Efterretning.', None),  # 22
    ('Skrivelse fra Arkitekt', None, 'Til Efterretning.', None),  # 23
    ('Skrivelse fra Foreningen af', None, 'Til Efterretning.', None),  # 24.
    ('Fastsættelse af Lønnen til', None, 'Vedtages', None),  # 25.
    ('Cirkulære af 1/6 42 fra', None, 'Til Efterretning.', None),  # 26.
    ('Cirkulære af 6/6 fra', None, 'Til Efterretning', None),  # 27
    ('Cirkulære af 8/6 42 fra', None, 'Til Efterretning.', None),  # 28
    ('Herman Loft Pinds Mølle har', None, 'Anbefales under', None),  # 29.
    ('Meddelse fra Formanden om', None, 'Til Efterretning.', None),  # 30.
    ('Købmd. A. Berstorf Madsen', None, 'Anbefales.', None),  # 31.
    ('Skrivelse fra Lærer Jensen', None, 'Udsættes til næste', None),  # 32.
    ('Pantefogden ansøger om', None, 'Kunde ikke', None),  # 33.
]
OK_M7 = [("Aar 1942 d. 27de Maj", "c. 300 Mtr", "kan der ikke f.T.", "Behandling af Sagen")]
ALL9 = ("A. Brandstrup Andersen; M. Sørensen; F. Petersen; R.P. Sørensen; Peder Krogh; "
        "Frode Andersen; Korfix Holm; Peder Andersen; Martin Jensen")
HUSET = "Formanden, F. Petersen R.P. Sørensen og P. Andersen"
OK_MEETINGS = [
    M("Ordinær Møde d. 14/1 1942", "1942-01-14",
      sig("A. Brandstrup Andersen; M. Sørensen; F. Petersen; Peder Andersen; R. P. Sørensen; "
          "Peder Krogh; Martin Jensen; Frode Andersen", OK_NAMES), OK_M1,
      [A("Formanden og Næstfrmd.", "fremskaffe", "",
         ("Formanden og Næstfrmd.", "til næste Møde"),
         ("fremskaffe et Tilbud", "til næste Møde"))]),
    M("Møde d. 4/2 1942 - Kl.1500", "1942-02-04", sig(ALL9, OK_NAMES), OK_M2,
      [A("medlemmerne", "foretage", "1942-02-07", ("Medlemmerne foretager", "Tællingen"),
         ("foretager", "Tællingen"))]),
    M("Ordinær Møde d.\nTorsdag", "1942-03-12", sig(ALL9, OK_NAMES), OK_M3,
      [A("Vejudvalget", "fastsætte", "", ("Det overlades til Vejudvalg", "onsforretningen"),
         ("fastsætte Ekspropriati", "onsforretningen"))]),
    M("Ordinær Møde d. 9/4 1942", "1942-04-09",
      sig(ALL9.replace("Peder Krogh", "P. Krogh"), OK_NAMES), OK_M4,
      [A("det sædvanlige Udvalg", "møde", "1942-04-13", ("Det sædvanlige", "Udvalg møder"),
         ("møder", "")),
       A(HUSET, "undersøge", "", ("Formanden, F. Petersen", "eventuel Forslag"),
         ("undersøger om Huset", "Brugelig")),
       A(HUSET, "fremkomme", "", ("Formanden, F. Petersen", "eventuel Forslag"),
         ("fremkommer med eventuel", "Forslag"))]),
    M("Ekstraordinær Møde d. 22/4 1942", "1942-04-22",
      sig(ALL9.replace("Peder Krogh", "P. Krogh").replace("R.P.", "R. P."), OK_NAMES), OK_M5,
      [A("Udvalget", "afslutte", "", ("Udvalget indstiller at", "om sammme"),
         ("afslutte Handel", "sammme"))]),
    M("Ordinær Møde d. 13/5 1942", "1942-05-13",
      sig(ALL9.replace("Peder Krogh", "P. Krogh"), OK_NAMES), OK_M6,
      [A("opkøberne", "henvise", "", ("Henvises til Opkøberne", ""),
         ("Henvises til Opkøberne", "")),
       A("Vejudvalget", "henvise", "", ("Henvises til Vejudvalget", ""),
         ("Henvises til Vejudvalget", "")),
       A("Udvalget", "møde", "1942-05-21", ("Udvalget møder", ""), ("møder", ""))]),
    M("Aar 1942 d. 27de Maj", "1942-05-27",
      sig("A. Brandstrup Andersen; Korfix Holm; Martin Jensen; Frode Andersen", OK_NAMES),
      OK_M7,
      [A("Sogneraadet", "fastsætte", "", ("Da disse Lodsejere", "Behandling af Sagen"),
         ("fastsætte Aastedsforretning", "Behandling af Sagen"))]),
    M("Ordinær Møde d. 10/6 1942", "1942-06-10", [], OK_M8, fragment=True),
]

# book: (file, meetings, roles, decisions inline (searched from the matter's start))
BOOKS_GOLD = [(BM, BM_MEETINGS, BM_ROLES, True), (EL, EL_MEETINGS, EL_ROLES, True),
              (OK, OK_MEETINGS, OK_ROLES, False)]

PARA_END = re.compile(r"\n[ \t]*\n")


def span(text: str, anchor: str, end, frm: int, lo: int, hi: int, what: str,
         nth: int = 0) -> tuple[int, int]:
    """The span of ``anchor`` (its nth occurrence at or after ``frm``) to ``end``; in [lo, hi)."""
    s = frm - 1
    for _ in range(nth + 1):
        s = text.find(anchor, s + 1)
        if s < 0:
            raise GoldError(f"{what}: anchor {anchor!r} not found after {frm}")
    if not lo <= s < hi:
        raise GoldError(f"{what}: anchor {anchor!r} at {s} outside meeting [{lo}, {hi})")
    if end is None:
        m = PARA_END.search(text, s + len(anchor))
        e = min(m.start() if m else len(text), hi)
    elif end == "$":
        e = text.find("\n", s + len(anchor))
        e = len(text) if e < 0 else e
    elif end == "":
        e = s + len(anchor)
    else:
        k = text.find(end, s)
        if k < 0:
            raise GoldError(f"{what}: end {end!r} not found after {anchor!r}")
        e = k + len(end)
    while e > s and text[e - 1] in " \t\n.,":
        e -= 1
    if e > hi or e <= s:
        raise GoldError(f"{what}: span of {anchor!r} ends at {e}, outside meeting (to {hi})")
    return s, e


def person_re(person: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in person.split()) + r"(?!\w)")


def build(filename: str, meetings: list[M], roles: dict, inline: bool) -> dict:
    rel = f"{BOOKS}/{filename}"
    text = (SHARED / rel).read_bytes().decode("utf-8")
    starts, cursor = [], 0
    for m in meetings:
        s = cursor - 1
        for _ in range(m.nth + 1):
            s = text.find(m.anchor, s + 1)
            if s < 0:
                raise GoldError(f"{filename}: meeting anchor {m.anchor!r} not found after {cursor}")
        if m.at_zero:
            if s != 0:
                raise GoldError(f"{filename}: {m.anchor!r} should open the book, found at {s}")
        elif s != 0 and text[s - 1] != "\n":
            raise GoldError(f"{filename}: meeting anchor {m.anchor!r} not at a line start")
        starts.append(s)
        cursor = s + 1
    out = []
    for k, (m, start) in enumerate(zip(meetings, starts, strict=True)):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        what = f"{filename} meeting {k + 1} ({m.anchor!r})"
        nl = text.find("\n", start)
        opening_end = len(text) if nl < 0 else nl
        rows = []
        for person, name, status, after in m.people:
            found = list(person_re(person).finditer(text, start, end))
            if after is not None:
                a = text.find(after, start, end)
                if a < 0:
                    raise GoldError(f"{what}: {after!r} not in meeting")
                found = [f for f in found if f.start() >= a][:1]
            if not found:
                raise GoldError(f"{what}: {person!r} not found")
            hit = found[-1]
            role, k0, k1 = roles.get(name, ("", 0, -1))
            rows.append({"person": person, "name": name, "role": role if k0 <= k <= k1 else "",
                         "status": status, "start": hit.start(), "end": hit.end()})
        matters, cur = [], start
        for ma, me, da, de in m.matters:
            ms, mend = span(text, ma, me, cur, start, end, what)
            ds = dend = -1
            if da is not None:
                ds, dend = span(text, da, de, ms if inline else mend, start, end, what)
            matters.append({"start": ms, "end": mend, "decision_start": ds, "decision_end": dend})
            cur = max(mend, dend)
        for a, b in zip(matters, matters[1:], strict=False):
            if a["decision_start"] >= b["start"] or a["start"] >= b["start"]:
                raise GoldError(f"{what}: matter at {a['start']} runs into the next one")
        actions = []
        for act in m.actions:
            s0, s1 = span(text, act.sentence[0], act.sentence[1], opening_end, start, end, what)
            p0, p1 = span(text, act.phrase[0], act.phrase[1], s0, s0, s1, what + " action")
            if p1 > s1:
                raise GoldError(f"{what}: verb phrase {act.phrase!r} outside its sentence")
            actions.append({"actor": act.actor, "verb": act.verb, "deadline": act.deadline,
                            "start_char": s0, "end_char": s1, "action_start": p0,
                            "action_end": p1})
        out.append({"start": start, "end": end, "opening_end": opening_end, "date": m.date,
                    "fragment": m.fragment, "attendance": rows, "matters": matters,
                    "actions": actions})
    return {"format": "extract-gold/1", "id": f"books/{Path(filename).stem}",
            "shared_path": rel, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "split": "blind", "minute_book": {"meetings": out}}


def main() -> None:
    if not (SHARED / BOOKS).is_dir():
        raise GoldError(f"shared folder not found at {SHARED}; set EXTRACT_SHARED_DIR")
    records = [build(*book) for book in BOOKS_GOLD]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    ms = [m for r in records for m in r["minute_book"]["meetings"]]
    print(f"wrote {OUT}: {len(records)} books, {len(ms)} meetings, "
          f"{sum(len(m['attendance']) for m in ms)} attendance rows, "
          f"{sum(len(m['matters']) for m in ms)} matters, "
          f"{sum(len(m['actions']) for m in ms)} actions, "
          f"{sum(m['fragment'] for m in ms)} fragments")


if __name__ == "__main__":
    main()
