#!/usr/bin/env python3
"""Write corpus/gold/books_invented.jsonl: gold for the four invented minute books.

The books in corpus/books_invented/ (Nørrevang 1938, Vesterlund 1947, Kirkeby-Strand 1951,
Hedeby 1933) are fictional parish-council minute books written by a helper for issue 17 as a
style-variation test set, without looking at the extraction code. This script annotates them
per corpus/GUIDELINES.md, "Minute books" and "Action items".

Every offset is computed from anchors: short strings located with str.find in the book's text.
A meeting's start anchor must be unique in the whole book; every other anchor must be unique
inside its meeting (signatures: inside the meeting's signature block; the verb phrase of an
action: inside its sentence). A missing or repeated anchor raises. A span given as (a, b) runs
from the start of a to the end of the first b at or after a.

Conventions used where the guidelines leave a choice:
- opening_end is the end of the line that holds the opening itself ("Sogneraadsmøde Tirsdag
  den ...", "D. 23de Juni 1933 foretog ..."), not of a "Møde Nr. 7" / "9. Møde" /
  "Kasseeftersyn." heading line above it (the heading still starts the meeting).
- Matters: the matter span is the agenda line or the first sentence of the point, without its
  number ("1.") or "ad 1."; the decision span covers the sentences that state what was
  decided, leaving out background sentences ("Amtet meddeler, at ...", "Andrageren er 78 Aar").
  A chairman's welcome is no matter.
- Attendance rows from a sentence ("Alle Medlemmer var til Stede.", "Fraværende: ingen.",
  "Afbud fra X.") point at that sentence; rows for members not named there carry the member's
  resolved name as `person`.
- Roles: the office the book states for the member in that period (formand, næstformand,
  kasserer, revisor, kirkeværge, sognepræst for signers of joint meetings), from the meeting
  at which the book shows it (Hedeby: næstformand and revisor elected 21 April 1933).
- Action sentences include their final full stop; verb phrases start at the verb and do not.

Run: .venv/bin/python scripts/build_books_invented_gold.py
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BOOKS = ROOT / "corpus" / "books_invented"
OUT = ROOT / "corpus" / "gold" / "books_invented.jsonl"


class AnchorError(Exception):
    pass


def find_unique(text: str, s: str, lo: int, hi: int, what: str) -> int:
    i = text.find(s, lo, hi)
    if i < 0:
        raise AnchorError(f"{what}: anchor {s!r} not found in [{lo}, {hi})")
    j = text.find(s, i + 1, hi)
    if j >= 0:
        raise AnchorError(f"{what}: anchor {s!r} not unique in [{lo}, {hi}) (at {i} and {j})")
    return i


def resolve(text: str, anchors: tuple, lo: int, hi: int, what: str) -> tuple[int, int]:
    if not isinstance(anchors, tuple) or not 1 <= len(anchors) <= 2:
        raise AnchorError(f"{what}: bad anchors {anchors!r}")
    a = anchors[0]
    s = find_unique(text, a, lo, hi, what)
    if len(anchors) == 1:
        return s, s + len(a)
    b = anchors[1]
    e = text.find(b, s, hi)
    if e < 0:
        raise AnchorError(f"{what}: end anchor {b!r} not found after {a!r}")
    return s, e + len(b)


# ---------------------------------------------------------------------------------------------
# Annotation helpers. Attendance entries:
#   ("sig", key)                 signature of member `key`, written as the member's usual form
#   ("sig", key, "as written")   signature written otherwise
#   ("note", key, status, anchors, person)   a sentence naming the member (absence notes, lists)
#   ("all", anchors, [keys])     a sentence telling every member sitting then is present
# ---------------------------------------------------------------------------------------------


def M(
    start, opening, date, *, attendance, matters, actions=(), block=None, fragment=False, roles=None
):
    return dict(
        start=start,
        opening=opening,
        date=date,
        attendance=attendance,
        matters=matters,
        actions=list(actions),
        block=block,
        fragment=fragment,
        roles=roles or {},
    )


def A(actor, verb, sent, act, deadline=""):
    return dict(actor=actor, verb=verb, sent=sent, act=act, deadline=deadline)


# ============================================================================ Nørrevang 1938
N_MEMBERS = {
    # key: (usual signature, resolved name, role)
    "KJ": ("N. P. Kjærgaard", "Niels Peder Kjærgaard", "formand"),
    "VE": ("Kr. Vestergaard", "Kristian Vestergaard", ""),
    "MI": ("Anders Mikkelsen", "Anders Mikkelsen", ""),
    "BR": ("J. Chr. Bro", "J. Chr. Bro", ""),
    "HO": ("P. Holm", "Peder Holm", "kasserer"),
    "LU": ("Marius Lund", "Marius Lund", ""),
    "DA": ("H. J. Dam", "Hans Jørgen Dam", ""),
    "RO": ("Aage Rønne", "Aage Rønne", "sognepræst"),
    "KB": ("Karen Bundgaard", "Karen Bundgaard", ""),
}
N_ALL = ["KJ", "VE", "MI", "BR", "HO", "LU", "DA"]
N_SIG = [("sig", k) for k in N_ALL]

NORREVANG = [
    M(
        "Møde Nr. 1\n",
        "Sogneraadsmøde Tirsdag den 11. Januar 1938",
        "1938-01-11",
        block="N. P. Kjærgaard",
        attendance=N_SIG,
        matters=[
            (
                ("Kommunens Regnskab for 1937 forelaa i Udkast", "Peder Holm."),
                ("Regnskabet gennemgaaedes", "Revisorerne."),
            ),
            (
                ("Andragende fra Enke Karen Madsen", "Resten af Vinteren."),
                ("Andragendet henvistes til Socialudvalget.",),
            ),
            (("Sneskovlingen paa Bivejene.",), ("Det paalagdes Vejudvalget", "pr. Time.")),
            (("Skrivelse fra Amtsraadet angaaende Vejbidrag.",), ("Taget til Efterretning.",)),
            (
                ("Valg af et Medlem til Ligningskommissionen", "Søren Brok."),
                ("Valgt blev Hmd. Hans Jørgen Dam.",),
            ),
        ],
        actions=[
            A(
                "revisorerne",
                "henvise",
                ("Regnskabet gennemgaaedes", "Revisorerne."),
                ("henvistes til Revisorerne",),
            ),
            A(
                "socialudvalget",
                "henvise",
                ("Andragendet henvistes til Socialudvalget.",),
                ("henvistes til Socialudvalget",),
            ),
            A(
                "vejudvalget",
                "antage",
                ("Det paalagdes Vejudvalget", "med Arbejdet."),
                ("antage det fornødne Antal Snekastere",),
            ),
            A(
                "vejudvalget",
                "føre",
                ("Det paalagdes Vejudvalget", "med Arbejdet."),
                ("føre Tilsyn med Arbejdet",),
            ),
        ],
    ),
    M(
        "Møde Nr. 2\n",
        "Sogneraadsmøde Tirsdag den 8. Febr. 1938",
        "1938-02-08",
        block="N. P. Kjærgaard",
        attendance=[("sig", k) for k in ["KJ", "VE", "MI", "BR", "HO", "DA"]]
        + [("note", "LU", "absent", ("Afbud fra Marius Lund.",), "Marius Lund")],
        matters=[
            (("Laan til Vejarbejder.",), ("Tilbudet antoges", "Kommunens Vegne.")),
            (
                ("Ansøgning fra Nørrevang Gymnastikforening", "Sal."),
                ("Det vedtoges at bevilge 50 Kr.", "1937-38."),
            ),
            (("Skrivelse fra Amtet om Hundeskat.",), ("Sognefogden afhenter", "mod Betaling.")),
            (("Arbejdsløsheden i Kommunen.",), ("Der var Enighed om", "i Foraaret.")),
        ],
        actions=[
            A(
                "formanden",
                "underskrive",
                ("Tilbudet antoges", "Kommunens Vegne."),
                ("underskrive Laaneobligationen", "Kommunens Vegne"),
            ),
            A(
                "sognefogden",
                "afhente",
                ("Sognefogden afhenter", "mod Betaling."),
                ("afhenter Tegnene",),
            ),
            A(
                "sognefogden",
                "udlevere",
                ("Sognefogden afhenter", "mod Betaling."),
                ("udleverer dem til Hundeejerne mod Betaling",),
            ),
        ],
    ),
    M(
        "Møde Nr. 3\n",
        "Sogneraadsmøde Tirsdag den 15. Marts 1938",
        "1938-03-15",
        block="N. P. Kjærgaard",
        attendance=[("sig", "KJ"), ("sig", "VE", "Chr. Vestergaard")]
        + [("sig", k) for k in ["MI", "BR", "HO", "LU", "DA"]],
        matters=[
            (("Kommunens Regnskab for 1937 forelaa revideret.",), ("Regnskabet godkendtes.",)),
            (
                ("Forpagtning af Kommunens Grusgrav ved Lundsbjerg.",),
                ("Det vedtoges at lade Vognmand Lauritsen", "for 3 Aar."),
            ),
            (("Tilsyn med Plejebørn.",), ("Taget til Efterretning.",)),
            (
                ("Andragende fra Foreningen til Tuberkulosens Bekæmpelse", "for 1938."),
                ("Der bevilgedes 15 Kr.",),
            ),
            (
                ("Kommunens Brandstiger.",),
                ("Det vedtoges at anskaffe 2 nye Stiger", "for Anskaffelsen."),
            ),
        ],
        actions=[
            A(
                "brandfogeden",
                "sørge",
                ("Brandfogeden sørger for Anskaffelsen.",),
                ("sørger for Anskaffelsen",),
            ),
        ],
    ),
    M(
        "Møde Nr. 4\n",
        "Sogneraadsmøde Tirsdag den 12. April 1938",
        "1938-04-12",
        attendance=[("all", ("Alle Medlemmer var til Stede.",), N_ALL)],
        matters=[
            (("Vejmændenes Løn for Sommerhalvaaret.",), ("Lønnen forhøjedes", "mod Kvittering.")),
            (
                ("Andragende fra Husmand Jens Bak", "Skolevejen."),
                ("Tilladelsen gaves", "Skade paa Vejen."),
            ),
            (
                ("Skatteansættelse af Kommunens Husmandsbrug.",),
                ("Man vil tage Stilling til Sagen senere", "foreligger."),
            ),
            (("Grusning af Bivejene i Sommeren 1938.",), ("Planen godkendtes.", "efter Tilbud.")),
        ],
        actions=[
            A(
                "kassereren",
                "udbetale",
                ("Kassereren udbetaler", "mod Kvittering."),
                ("udbetaler Vejmændenes Løn", "mod Kvittering"),
            ),
            A(
                "vejudvalget",
                "antage",
                ("Vejudvalget antager Vognmænd", "efter Tilbud."),
                ("antager Vognmænd til Kørslen efter Tilbud",),
            ),
        ],
    ),
    M(
        "Møde Nr. 5\n",
        "Fællesmøde mellem Sogneraadet og Skolekommissionen",
        "1938-05-05",
        block="N. P. Kjærgaard",
        attendance=[("sig", k) for k in ["KJ", "RO", "VE", "MI", "BR", "KB", "HO", "LU", "DA"]],
        matters=[
            (("Skolens Kakkelovne.",), ("Sogneraadet vil indhente Tilbud", "i Sognet.")),
            (("Udvidelse af Skolens Legeplads.",), ("Sagen henvistes til Skoleudvalget.",)),
            (("Skoletandpleje.",), ("Efter nogen Forhandling blev Sagen udsat.",)),
            (
                ("Skolebørnenes Mælk i Vinterhalvaaret.",),
                ("Det vedtoges at give hvert Barn", "med Udgiften."),
            ),
        ],
        actions=[
            A(
                "sogneraadet",
                "indhente",
                ("Sogneraadet vil indhente Tilbud", "i Sognet."),
                ("indhente Tilbud paa to nye Ovne fra Smedene i Sognet",),
            ),
            A(
                "skoleudvalget",
                "henvise",
                ("Sagen henvistes til Skoleudvalget.",),
                ("henvistes til Skoleudvalget",),
            ),
            A(
                "Lærer Birk",
                "føre",
                ("Lærer Birk fører Regnskab med Udgiften.",),
                ("fører Regnskab med Udgiften",),
            ),
        ],
    ),
    M(
        "Møde Nr. 6\n",
        "Sogneraadsmøde Tirsdag den 14. Juni 1938",
        "1938-06-14",
        block="N. P. Kjærgaard",
        attendance=[("sig", k) for k in ["KJ", "VE", "BR", "HO", "LU", "DA"]]
        + [("note", "MI", "absent", ("Fraværende: Anders Mikkelsen.",), "Anders Mikkelsen")],
        matters=[
            (
                ("Reparation af Kapellet paa Kirkegaarden.",),
                ("Det vedtoges at lade Murer Alfred Krogh", "for 385 Kr."),
            ),
            (("Fattighusets Have.",), ("Haven bortforpagtes", "meldt sig.")),
            (
                ("Skrivelse fra Sygekassen", "for Ubemidlede."),
                ("Sogneraadet anmoder Sygekassens Bestyrelse", "betaler for."),
            ),
            (
                ("Bænke paa Kirkegaarden.",),
                ("Det overlodes til Kirkegaardsudvalget", "ved Kapellet."),
            ),
        ],
        actions=[
            A(
                "Murer Alfred Krogh",
                "udføre",
                ("Det vedtoges at lade Murer Alfred Krogh", "for 385 Kr."),
                ("udføre Arbejdet inden 1. August",),
                deadline="1938-08-01",
            ),
            A(
                "kirkegaardsudvalget",
                "anskaffe",
                ("Det overlodes til Kirkegaardsudvalget", "ved Kapellet."),
                ("anskaffe 2 Bænke af Eg til Opstilling ved Kapellet",),
            ),
        ],
    ),
    M(
        "Møde Nr. 7\n",
        "Ekstraordinært Møde Lørdag den 2. Juli 1938",
        "1938-07-02",
        block="N. P. Kjærgaard",
        attendance=[("sig", "KJ"), ("sig", "VE"), ("sig", "MI", "A. Mikkelsen")]
        + [("sig", k) for k in ["BR", "HO", "DA"]],
        matters=[
            (
                ("Formanden og Kristian Vestergaard havde", "Brandstedet."),
                ("Det vedtoges at yde Familien", "Stilling til senere."),
            ),
        ],
        actions=[
            A(
                "formanden",
                "forhandle",
                ("Formanden fik Fuldmagt", "om Genopførelsen."),
                ("forhandle med Brandforsikringen", "om Genopførelsen"),
            ),
        ],
    ),
    M(
        "Møde Nr. 8\n",
        "Sogneraadsmøde Tirsdag den 13. Septbr. 1938",
        "1938-09-13",
        block="N. P. Kjærgaard",
        attendance=N_SIG,
        matters=[
            (
                ("Klage fra Beboerne ved Kærby Mølle", "ikke er oprenset."),
                ("Sagen overdroges til Formanden.",),
            ),
            (("Vejen Nørrevang-Kærby.",), ("Godkendt.", "i Sparekassen.")),
            (
                ("Valg af Vurderingsmand til Ejendomsskylden.",),
                ("Valgt blev Gdr. Laurits Aagaard", "fik 2 Stemmer."),
            ),
            (
                ("Amtsvejinspektøren har forespurgt", "som Amtsvej."),
                ("Sogneraadet ønsker, at Vejen optages", "til Amtet herom."),
            ),
            (("Rækværket ved Møllebroen.",), ("Vejudvalget bedes undersøge Sagen.",)),
        ],
        actions=[
            A(
                "formanden",
                "overdrage",
                ("Sagen overdroges til Formanden.",),
                ("overdroges til Formanden",),
            ),
            A(
                "kassereren",
                "indbetale",
                ("Kassereren indbetaler", "i Sparekassen."),
                ("indbetaler Restbeløbet", "i Sparekassen"),
            ),
            A(
                "formanden",
                "skrive",
                ("Sogneraadet ønsker, at Vejen optages", "til Amtet herom."),
                ("skriver til Amtet herom",),
            ),
            A(
                "vejudvalget",
                "undersøge",
                ("Vejudvalget bedes undersøge Sagen.",),
                ("undersøge Sagen",),
            ),
        ],
    ),
    M(
        "Møde Nr. 9\n",
        "Sogneraadsmøde Tirsdag den 11. Oktober 1938",
        "1938-10-11",
        block="N. P. Kjærgaard",
        attendance=N_SIG,
        matters=[
            (
                ("Efterligningen for Skatteaaret 1938-39.",),
                ("Efterligningen foretoges", "inden 1. November."),
            ),
            (("Vinterhjælp.",), ("Sogneraadet bevilgede 100 Kr.", "Vinterhjælpen.")),
            (("Grusgraven ved Lundsbjerg.",), ("Formanden taler med Lauritsen om Sagen.",)),
            (
                ("Ansøgning fra Husmand Peter Bach", '"Lyngbo".'),
                ("Det vedtoges at garantere", "fuldt ud."),
            ),
        ],
        actions=[
            A(
                "kassereren",
                "udfærdige",
                ("Kassereren udfærdiger Restancelisten inden 1. November.",),
                ("udfærdiger Restancelisten inden 1. November",),
                deadline="1938-11-01",
            ),
            A(
                "formanden",
                "tale",
                ("Formanden taler med Lauritsen om Sagen.",),
                ("taler med Lauritsen om Sagen",),
            ),
        ],
    ),
    M(
        "Møde Nr. 10\n",
        "Sogneraadsmøde Tirsdag den 13. December 1938",
        "1938-12-13",
        block="N. P. Kjærgaard",
        attendance=N_SIG,
        matters=[
            (
                ("Budget for 1939-40 forelaa til 2. Behandling.",),
                ("Budgettet vedtoges", "forrige Aar."),
            ),
            (
                ("Snehegn langs Kærbyvejen.",),
                ("Det paalagdes Vejudvalget at opsætte Snehegnene snarest.",),
            ),
            (
                ("Juleuddeling til Fattighusets Beboere.",),
                ("Det vedtoges at give hver af Beboerne", "for Uddelingen."),
            ),
            (("Mødedage i 1939.",), ("Møderne afholdes som hidtil", "Kl. 19.")),
        ],
        actions=[
            A(
                "vejudvalget",
                "opsætte",
                ("Det paalagdes Vejudvalget at opsætte Snehegnene snarest.",),
                ("opsætte Snehegnene snarest",),
            ),
            A(
                "formanden og Marius Lund",
                "sørge",
                ("Formanden og Marius Lund sørger for Uddelingen.",),
                ("sørger for Uddelingen",),
            ),
        ],
    ),
]

# ============================================================================ Vesterlund 1947
V_MEMBERS = {
    "KR": ("L. Kragh", "Laurids Kragh", "formand"),
    "ES": ("Ejnar Sørensen", "Ejnar Sørensen", "næstformand"),
    "FI": ("K. Fisker", "Karl Johan Fisker", ""),
    "BX": ("J. Brix", "Jørgen Brix", ""),
    "OV": ("Mads Overby", "Mads Overby", ""),
    "TH": ("V. Thomsen", "Viggo Thomsen", "kasserer"),
    "HA": ("Oluf Hald", "Oluf Hald", ""),
    "BE": ("Johannes Bech", "Johannes Bech", "sognepræst"),
    "NO": ("A. Nørgaard", "Anton Nørgaard", "kirkeværge"),
    "LA": ("Ane Kirstine Lauridsen", "Ane Kirstine Lauridsen", ""),
}
V_ALL = ["KR", "ES", "FI", "BX", "OV", "TH", "HA"]
V_SIG = [("sig", k) for k in V_ALL]
V_BLOCK = "L. Kragh          Ejnar"

VESTERLUND = [
    M(
        "Den 14. Januar 1947 holdt",
        "Den 14. Januar 1947 holdt",
        "1947-01-14",
        block=V_BLOCK,
        attendance=[("sig", k) for k in ["KR", "ES", "FI", "BX", "TH", "HA"]]
        + [("note", "OV", "absent", ("Samtlige", "Mads Overby."), "Mads Overby")],
        matters=[
            (("Vandværkets Regnskab for 1946.",), ("Regnskabet, der balancerede", "Foraaret.")),
            (
                ("Andragende fra Aftægtsmand Niels Kusk", "Husleje."),
                ("Andragendet", "Socialudvalget."),
            ),
            (
                ("Snerydning paa Kommunevejene.",),
                ("Det vedtoges at bevilge indtil 300 Kr.", "Budgettet."),
            ),
            (("Meddelelser.",), ("Taget til Efterretning.",)),
            (("Valg af Sneplovsmænd.",), ("Som Sneplovsmænd", "Tilsigelse.")),
        ],
        actions=[
            A(
                "vandværksudvalget",
                "udskifte",
                ("Det\npaalagdes Vandværksudvalget", "Foraaret."),
                ("udskifte Hanerne", "Foraaret"),
            ),
            A(
                "socialudvalget",
                "henvise",
                ("Andragendet", "Socialudvalget."),
                ("henvistes til Socialudvalget",),
            ),
            A(
                "Gdr. Anders Bonde og Gdr. Kr. Lyng",
                "køre",
                ("Som Sneplovsmænd", "Tilsigelse."),
                ("køre med Kommunens Sneplov", "Tilsigelse"),
            ),
        ],
    ),
    M(
        "Sogneraadet samledes d. 11/2 47",
        "Sogneraadet samledes d. 11/2 47",
        "1947-02-11",
        block=V_BLOCK,
        attendance=[("sig", "KR"), ("sig", "ES"), ("sig", "FI", "Carl Fisker")]
        + [("sig", k) for k in ["BX", "OV", "TH", "HA"]],
        matters=[
            (("Skrivelse fra Amtet om Tildeling af Brændsel.",), ("Taget til\nEfterretning.",)),
            (("Belysning af Kirkestien.",), ("Formanden og Jørgen Brix", "langs Kirkestien.")),
            (
                ("Andragende fra Vesterlund Husmandsforening", "Gymnastiksal."),
                ("Tilladelse gives", "med Salen."),
            ),
            (("Eventuelt.",), None),
        ],
        actions=[
            A(
                "formanden og Jørgen Brix",
                "forhandle",
                ("Formanden og Jørgen Brix", "langs Kirkestien."),
                ("forhandler med Elektricitetsværket", "langs Kirkestien"),
            ),
            A(
                "skolens Lærer",
                "føre",
                ("Skolens Lærer, Hr. Poul Kirk", "med Salen."),
                ("fører Tilsyn med Salen",),
            ),
        ],
    ),
    M(
        "Den 14. Marts 1947 holdt",
        "Den 14. Marts 1947 holdt",
        "1947-03-14",
        attendance=[
            ("note", "HA", "absent", ("Fraværende: Oluf\nHald.",), "Oluf Hald"),
            ("all", ("Fraværende: Oluf\nHald.",), ["KR", "ES", "FI", "BX", "OV", "TH"]),
        ],
        matters=[
            (
                ("Kommunens Regnskab for 1945-46", "Bemærkninger."),
                ("Bemærkningerne besvaredes", "inden 1. April."),
            ),
            (
                ("Andragende fra Vesterlund Boldklub", "Skolen."),
                ("Boldklubben faar Marken", "Lejekontrakten."),
            ),
            (("Hjemmehjælp til Barselkvinder.",), ("Sagen udsattes til næste Møde.",)),
            (
                ("Fordeling af Kul til Kommunens Skoler.",),
                ("Det vedtoges at flytte 2", "Vesterlund Skole."),
            ),
        ],
        actions=[
            A(
                "kassereren",
                "indsende",
                ("Kassereren,\nViggo Thomsen", "inden 1. April."),
                ("indsender Regnskabet til Amtet inden 1. April",),
                deadline="1947-04-01",
            ),
            A(
                "formanden",
                "udfærdige",
                ("Det overlodes til Formanden", "Lejekontrakten."),
                ("udfærdige", "Lejekontrakten"),
            ),
        ],
    ),
    M(
        "Møde 14-4-47 paa Kommunekontoret",
        "Møde 14-4-47 paa Kommunekontoret",
        "1947-04-14",
        block="Ejnar Sørensen          K. Fisker",
        attendance=[("sig", k) for k in ["ES", "FI", "BX", "OV", "TH", "HA"]]
        + [("note", "KR", "absent", ("Afbud fra Formanden", "Laurids Kragh."), "Laurids Kragh")],
        matters=[
            (
                ("Bivejenes Istandsættelse efter Vinteren.",),
                ("Vejudvalget, Gdr. J. Brix", "næste Møde."),
            ),
            (
                ("Andragende fra Husmand Peter Aaris", "Skat."),
                ("Andragendet kunde ikke", "Indtægter."),
            ),
            (("Ansættelse af Vejmand.",), ("Som Vejmand antoges", "at regne.")),
            (("Vandværket.",), ("Taget til Efterretning.",)),
        ],
        actions=[
            A(
                "vejudvalget",
                "efterse",
                ("Vejudvalget, Gdr. J. Brix", "næste Møde."),
                ("efterse Bivejene",),
            ),
            A(
                "vejudvalget",
                "fremkomme",
                ("Vejudvalget, Gdr. J. Brix", "næste Møde."),
                ("fremkomme med Forslag", "næste Møde"),
            ),
        ],
    ),
    M(
        "Møde i Sogneraadet Mandag 12.5.1947",
        "Møde i Sogneraadet Mandag 12.5.1947",
        "1947-05-12",
        block=V_BLOCK,
        attendance=V_SIG,
        matters=[
            (
                ("Skolens udvendige Vedligeholdelse.",),
                ("Det vedtoges at lade Maler Hans Ravn", "640 Kr."),
            ),
            (
                ("Tilskud til Vesterlund Ungdomsskole.",),
                ("Det vedtoges at bevilge 75 Kr.", "fra Kommunen."),
            ),
            (("Dyrskuet.",), ("Sogneraadet anmoder Landboforeningen", "tidligere Aar.")),
            (
                ("Valg af Repræsentant til Sygekassens Bestyrelse.",),
                ("Valgt blev Gdr. Karl Johan Fisker", "siden 1943."),
            ),
        ],
        actions=[
            A(
                "Maler Hans Ravn",
                "male",
                ("Det vedtoges at lade Maler Hans Ravn", "640 Kr."),
                ("male Skolens Vinduer og Døre",),
            ),
        ],
    ),
    M(
        "Fællesmøde med Menighedsraadet",
        "Fællesmøde med Menighedsraadet",
        "1947-06-09",
        block=V_BLOCK,
        attendance=V_SIG + [("sig", k) for k in ["BE", "NO", "LA"]],
        matters=[
            (
                ("Sognepræst Johannes Bech bød velkommen", "mod Nord."),
                ("Sogneraadet bevilgede Halvdelen", "begge Raad."),
            ),
            (
                ("Sognepræsten gjorde opmærksom paa", "Reparation."),
                ("Sagen overlodes til Kirkeværgen", "i Forening."),
            ),
            (
                ("Dernæst drøftedes Ringningen ved Begravelser.",),
                ("Sogneraadet havde intet at bemærke hertil.",),
            ),
            (
                ("Endelig drøftedes Kirkestiens Belysning", "Elektricitetsværket."),
                ("Der var Enighed om", "oplyst."),
            ),
        ],
        actions=[
            A(
                "kirkeværgen",
                "indhente",
                ("Kirkeværgen, Anton Nørgaard", "begge Raad."),
                ("indhente Tilbud", "Hegnet"),
            ),
            A(
                "kirkeværgen",
                "forelægge",
                ("Kirkeværgen, Anton Nørgaard", "begge Raad."),
                ("forelægge dem for begge Raad",),
            ),
            A(
                "kirkeværgen og Vejudvalget",
                "overlade",
                ("Sagen overlodes til Kirkeværgen", "i Forening."),
                ("overlodes til Kirkeværgen og Vejudvalget i Forening",),
            ),
        ],
    ),
    M(
        "Den 19. August 1947 holdt",
        "Den 19. August 1947 holdt",
        "1947-08-19",
        block=V_BLOCK,
        attendance=V_SIG,
        matters=[
            (("Opførelse af Landarbejderboliger.",), ("Sagen overgaves til Boligudvalget.",)),
            (("Restancer af Hundeskat.",), ("Kassereren sender Restanterne Paakrav.",)),
            (
                ("Andragende fra Smed Viggo Lund", "ved Skolen."),
                ("Grunden sælges", "udstede Skøde."),
            ),
            (
                ("Skolens Brændsel for Vinteren 1947-48.",),
                ("Formanden indhenter Tilbud", "i Byen."),
            ),
        ],
        actions=[
            A(
                "boligudvalget",
                "overgive",
                ("Sagen overgaves til Boligudvalget.",),
                ("overgaves til Boligudvalget",),
            ),
            A(
                "kassereren",
                "sende",
                ("Kassereren sender Restanterne Paakrav.",),
                ("sender Restanterne Paakrav",),
            ),
            A(
                "formanden",
                "udstede",
                ("Formanden bemyndigedes til at", "udstede Skøde."),
                ("udstede Skøde",),
            ),
            A(
                "formanden",
                "indhente",
                ("Formanden indhenter Tilbud", "i Byen."),
                ("indhenter Tilbud paa 12 Tons Koks fra Købmændene i Byen",),
            ),
        ],
    ),
    M(
        "Sogneraadet samledes d. 16/9",
        "Sogneraadet samledes d. 16/9",
        "1947-09-16",
        block=V_BLOCK,
        attendance=V_SIG,
        matters=[
            (("Ansøgninger om Huslejehjælp.",), ("De 3 Ansøgninger", "Vinterhalvaaret.")),
            (("Kartoffelferie.",), ("Tiltraadt.",)),
            (("Meddelelser.",), None),
            (
                ("Valgbestyrelse ved Folketingsvalget.",),
                ("Til Valgbestyrelse ved Folketingsvalget den 28. Oktober", "Oluf Hald."),
            ),
        ],
    ),
    M(
        "Møde 21-10-47",
        "Møde 21-10-47",
        "1947-10-21",
        block=V_BLOCK,
        attendance=V_SIG,
        matters=[
            (
                ("Budget for 1948-49, 1. Behandling.",),
                ("Budgetforslaget gennemgaaedes.", "2. Behandling."),
            ),
            (("Vinterhjælp.",), ("Formanden bemyndigedes til at", "Børnefamilier.")),
            (("Skorstensfejning i Kommunens Huse.",), ("Sagen overdroges til Ejnar Sørensen.",)),
            (
                ("Andragende fra Vognmand Egon Riis", "ved Brønden."),
                ("Tilladelse gives indtil videre.", "holdes frit."),
            ),
        ],
        actions=[
            A(
                "kasse- og Regnskabsudvalget",
                "udarbejde",
                ("Kasse- og Regnskabsudvalget", "2. Behandling."),
                ("udarbejde endeligt Forslag til 2. Behandling",),
            ),
            A(
                "formanden",
                "udbetale",
                ("Formanden bemyndigedes til at", "efter Skøn."),
                ("udbetale indtil", "efter Skøn"),
            ),
            A(
                "Ejnar Sørensen",
                "overdrage",
                ("Sagen overdroges til Ejnar Sørensen.",),
                ("overdroges til Ejnar Sørensen",),
            ),
            A(
                "vejmanden",
                "sørge",
                ("Vejmanden sørger for", "holdes frit."),
                ("sørger for", "holdes frit"),
            ),
        ],
    ),
    M(
        "Den 3. November 1947 holdt",
        "Den 3. November 1947 holdt",
        "1947-11-03",
        block=V_BLOCK,
        attendance=V_SIG,
        matters=[
            (
                ("Efterligningen for Skatteaaret 1947-48.",),
                ("Efterligningen foretoges", "14 Dage."),
            ),
            (
                ("Andragende fra Enke Johanne Brask om Alderdomsrente.",),
                ("Andragendet bevilgedes", "at regne."),
            ),
            (("Indkvartering af Flygtninge.",), ("Taget til Efterretning.",)),
        ],
    ),
    M(
        "Møde i Sogneraadet 9.12.1947",
        "Møde i Sogneraadet 9.12.1947",
        "1947-12-09",
        block=V_BLOCK,
        attendance=V_SIG,
        matters=[
            (("Budget for 1948-49, 2. Behandling.",), ("Budgettet vedtoges", "Skolevæsen.")),
            (
                ("Juletræ for Kommunens Børn.",),
                ("Det overlodes til Ejnar Sørensen og Oluf Hald", "i Julen."),
            ),
            (("Snekastning.",), ("Vejmand Holger Krog skal", "for Sne.")),
            (("Mødedage.",), ("Næste Møde holdes i Januar", "Indkaldelse.")),
        ],
        actions=[
            A(
                "Ejnar Sørensen og Oluf Hald",
                "arrangere",
                ("Det overlodes til Ejnar Sørensen og Oluf Hald", "i Julen."),
                ("arrangere en", "i Julen"),
            ),
            A(
                "Vejmand Holger Krog",
                "holde",
                ("Vejmand Holger Krog skal", "for Sne."),
                ("holde Fortovene", "for Sne"),
            ),
        ],
    ),
]

# ======================================================================== Kirkeby-Strand 1951
K_MEMBERS = {
    "DH": ("H. N. Dahl", "Hans Nielsen Dahl", "formand"),
    "EK": ("Ejner Kjeldsen", "Ejner Kjeldsen", ""),
    "MB": ("M. Bach", "Martin Bach", ""),
    "PS": ("P. E. Skov", "Poul Erik Skov", ""),
    "AJ": ("Alfred Jensen", "Alfred Jensen", ""),
    "KM": ("Kristine Mortensen", "Kristine Mortensen", ""),
    "NH": ("Niels Holst", "Niels Holst", ""),
    "JV": ("J. Vang", "Johannes Vang", ""),
}
K_ALL = ["DH", "EK", "MB", "PS", "AJ", "KM", "NH"]  # until Martin Bach left (1 Sept.)
K_ALL2 = ["DH", "EK", "JV", "PS", "AJ", "KM", "NH"]  # from September
K_BLOCK = "H. N. Dahl\nEjner"

KIRKEBY = [
    M(
        ("\n9. Møde\n", "9. Møde"),
        "Sognerådet holdt møde på Kirkeby kro tirsdag aften",
        "1951-01-09",
        block=K_BLOCK,
        attendance=[("sig", k) for k in K_ALL],
        matters=[
            (
                ("Formanden, gårdejer Hans Nielsen Dahl, aflagde", "11.240 kr."),
                ("Beretningen toges til efterretning", "vanskeligt år."),
            ),
            (
                ("Der forelå andragende fra fiskerne i Strand", "i november."),
                ("Sagen henvistes til havneudvalget.", "udgangen af februar."),
            ),
            (
                ("Amtet meddeler, at statstilskuddet", "1950-51."),
                ("Meddelelsen toges til efterretning.",),
            ),
            (
                ("Sognefoged Jens Mørk havde indsendt", "folketællingen 1950."),
                ("Regningen anvistes til betaling.",),
            ),
            (
                ("Formanden oplæste en skrivelse fra Strand fiskerforening", "under stormen."),
                ("Taget til efterretning.",),
            ),
        ],
        actions=[
            A(
                "havneudvalget",
                "henvise",
                ("Sagen henvistes til havneudvalget.",),
                ("henvistes til havneudvalget",),
            ),
            A(
                "havneudvalget",
                "besigtige",
                ("Havneudvalget besigtiger broen", "februar."),
                ("besigtiger broen inden udgangen af februar",),
                deadline="1951-02-28",
            ),
        ],
    ),
    M(
        "10. Møde\n",
        "Sognerådsmøde på Strand skole. Afbud",
        "1951-02-13",
        block=K_BLOCK,
        attendance=[("sig", k) for k in ["DH", "EK", "MB", "PS", "AJ", "NH"]]
        + [("note", "KM", "absent", ("Afbud fra Kristine Mortensen.",), "Kristine Mortensen")],
        matters=[
            (
                ("Havneudvalget havde besigtiget bådebroen", "1.850 kr."),
                ("Det vedtoges at lade", "vejfondens midler."),
            ),
            (
                ("Fra Strand ungdomsforening forelå andragende", "for vinteren."),
                ("Det vedtoges at bevilge 100 kr.",),
            ),
            (
                ("Kommunens regnskab for 1949-50", "forelå."),
                ("Regnskabet godkendtes", "til amtet."),
            ),
            (
                ("Niels Holst foreslog", "slidt op."),
                ("Forslaget forkastedes med 4 stemmer mod 2.",),
            ),
        ],
        actions=[
            A(
                "tømrer Valdemar Krog",
                "istandsætte",
                ("Det vedtoges at lade tømrer Valdemar Krog", "efter overslaget."),
                ("istandsætte bådebroen efter overslaget",),
            ),
            A(
                "kommunekassereren",
                "indsende",
                ("Regnskabet godkendtes", "til amtet."),
                ("indsender det til amtet",),
            ),
        ],
    ),
    M(
        "11. Møde\n",
        "Ordinært møde i Kirkeby-Strand sogneråd",
        "1951-03-13",
        block="H. N. Dal\nEjner",
        attendance=[("sig", "DH", "H. N. Dal")]
        + [("sig", k) for k in ["EK", "MB", "PS", "AJ", "KM", "NH"]],
        matters=[
            (
                ("Boligministeriet har godkendt", "ved Strandvejen."),
                ("Det blev besluttet, at formanden", "til næste møde."),
            ),
            (
                ("Skolekommissionen har anmodet om", "Kirkeby skole."),
                ("Man vil tage stilling til sagen ved budgetbehandlingen.",),
            ),
            (
                ("Martin Bach klagede over", "fulde af vand."),
                ("Vejudvalget bedes undersøge", "kan rørlægges."),
            ),
            (
                ("Regning fra Kirkeby kro for leje af mødelokale", "anvistes til betaling."),
                ("Regning fra Kirkeby kro for leje af mødelokale", "anvistes til betaling."),
            ),
        ],
        actions=[
            A(
                "formanden",
                "rette",
                ("Det blev besluttet, at formanden", "til næste møde."),
                ("retter henvendelse til Kirkeby sparekasse om byggelån",),
            ),
            A(
                "kommunekassereren",
                "udarbejde",
                ("Det blev besluttet, at formanden", "til næste møde."),
                ("udarbejder en finansieringsplan til næste møde",),
            ),
            A(
                "vejudvalget",
                "undersøge",
                ("Vejudvalget bedes undersøge", "kan rørlægges."),
                ("undersøge, om grøfterne kan rørlægges",),
            ),
        ],
    ),
    M(
        "12. Møde\n",
        "Sognerådet holdt møde på Strand skole tirsdag den 3. april 1951",
        "1951-04-03",
        block=K_BLOCK,
        attendance=[("sig", k) for k in K_ALL],
        matters=[
            (
                ("Andragende fra husmand Kristian Lauge", "byggelinien tillader."),
                ("Sagen henvistes til vejudvalget.",),
            ),
            (
                ("Sognerådet drøftede snerydningen", "med sneplov."),
                ("Der var enighed om", "virket godt."),
            ),
            (("Kommunekassereren meddelte", "kommunens garanti."), ("Garantien gives.",)),
            (
                ("Valg af 2 medlemmer til bestyrelsen", "vandværk."),
                ("Valgt blev Niels Holst og Martin Bach", "i bestyrelsen."),
            ),
        ],
        actions=[
            A(
                "vejudvalget",
                "henvise",
                ("Sagen henvistes til vejudvalget.",),
                ("henvistes til vejudvalget",),
            ),
            A(
                "Niels Holst og Martin Bach",
                "repræsentere",
                ("Valgt blev Niels Holst og Martin Bach", "i bestyrelsen."),
                ("repræsentere kommunen i bestyrelsen",),
            ),
        ],
    ),
    M(
        "13. Møde\n",
        "Sognerådet holdt møde den 17. ds.",
        "1951-04-17",
        block=K_BLOCK,
        attendance=[("sig", k) for k in ["DH", "EK", "MB", "KM", "NH"]]
        + [
            (
                "note",
                "PS",
                "absent",
                ("Afbud fra Poul Erik Skov og Alfred Jensen.",),
                "Poul Erik Skov",
            ),
            (
                "note",
                "AJ",
                "absent",
                ("Afbud fra Poul Erik Skov og Alfred Jensen.",),
                "Alfred Jensen",
            ),
        ],
        matters=[
            (
                ("Vejudvalget havde besigtiget forholdene", "meddeles."),
                ("Sognerådet tiltrådte indstillingen", "samtykke."),
            ),
            (
                ("Forslag til budget for 1951-52 forelå til 1. behandling.",),
                ("Forslaget henvistes", "gennemgang."),
            ),
            (
                ("Kristine Mortensen rejste spørgsmålet", "Strand skole."),
                ("Sognerådet var stemt for tanken", "finansår."),
            ),
        ],
        actions=[
            A(
                "kasse- og regnskabsudvalget",
                "henvise",
                ("Forslaget henvistes", "gennemgang."),
                ("henvistes til kasse- og regnskabsudvalget",),
            ),
        ],
    ),
    M(
        "14. Møde\n",
        "Sognerådsmøde på Kirkeby kro.",
        "1951-05-29",
        block=K_BLOCK,
        attendance=[("sig", k) for k in K_ALL],
        matters=[
            (("Budgettet for 1951-52", "forrige år."), ("Budgettet for 1951-52", "forrige år.")),
            (
                ("Formanden meddelte, at amtsvejinspektøren", "i juni."),
                ("Sognerådet anmoder amtsrådet", "rørlægningen."),
            ),
            (
                ("Andragende fra gårdejer Peder Vind", "mølle."),
                ("Tilladelsen gives på betingelse af", "egen regning."),
            ),
        ],
        actions=[
            A(
                "vejudvalget",
                "udarbejde",
                ("Det pålagdes vejudvalget", "rørlægningen."),
                ("udarbejde et overslag over rørlægningen",),
            ),
        ],
    ),
    M(
        "15. Møde\n",
        "Sognerådet var samlet i anledning af skybruddet",
        "",
        block=K_BLOCK,
        attendance=[("sig", k) for k in K_ALL],
        matters=[
            (
                ("Vejudvalget havde sammen med formanden besigtiget skaderne", "samme morgen."),
                ("Formanden bemyndigedes", "samme lejlighed."),
            ),
        ],
        actions=[
            A(
                "formanden",
                "antage",
                ("Formanden bemyndigedes", "istandsættelsen."),
                ("antage det nødvendige mandskab til istandsættelsen",),
            ),
            A(
                "Vejmand Jens Ager",
                "afspærre",
                ("Vejmand Jens Ager skal", "er færdigt."),
                ("afspærre vejen med bomme og lygter", "er færdigt"),
            ),
        ],
    ),
    M(
        "16. Møde\n",
        "Sognerådsmøde tirsdag den 21. august 1951",
        "1951-08-21",
        attendance=[("all", ("Fraværende: ingen.",), K_ALL)],
        matters=[
            (("Regnskab for istandsættelsen af vejen", "halvdelen."), ("Godkendt.",)),
            (
                ("Strand ungdomsforening ansøger", "vinterhalvåret."),
                ("Tilladelsen gives", "med salen."),
            ),
            (("Martin Bach meddelte", "af sognerådet."), ("Taget til efterretning.",)),
        ],
        actions=[
            A(
                "lærer Anders Thy",
                "føre",
                ("Tilladelsen gives, og lærer Anders Thy", "med salen."),
                ("fører tilsyn med salen",),
            ),
        ],
    ),
    M(
        "17. Møde\n",
        "Sognerådsmøde på Kirkeby kro kl. 19.30.",
        "1951-09-18",
        block=K_BLOCK,
        attendance=[("sig", "DH"), ("sig", "EK"), ("sig", "JV", "Johannes Vang")]
        + [("sig", k) for k in ["PS", "AJ", "KM", "NH"]],
        matters=[
            (("Skolekommissionen foreslår kartoffelferie", "13. oktober."), ("Tiltrådt.",)),
            (
                ("Formanden oplyste, at husmand Kristian Lauges udhus", "dispensationen."),
                ("Taget til efterretning.",),
            ),
            (
                ("Vejudvalget oplyste, at asfalteringen", "afsluttet."),
                ("Formanden og Johannes Vang gennemgår", "udbetales."),
            ),
        ],
        actions=[
            A(
                "formanden og Johannes Vang",
                "gennemgå",
                ("Formanden og Johannes Vang gennemgår", "udbetales."),
                ("gennemgår regnskabet med entreprenøren", "udbetales"),
            ),
        ],
    ),
    M(
        "18. Møde\n",
        "Sognerådsmøde på Kirkeby kro.",
        "1951-10-16",
        block=K_BLOCK,
        attendance=[("sig", k) for k in K_ALL2],
        matters=[
            (
                ("Efterligningen for skatteåret 1951-52", "forslag."),
                ("Efterligningen for skatteåret 1951-52", "udgangen af oktober."),
            ),
            (
                ("Andragende fra enke Marie Holm", "brændsel."),
                ("Andragendet overdroges til socialudvalget.",),
            ),
            (
                ("Kirkeby-Strand ungdomsskole har søgt", "22 elever."),
                ("Sognerådet bevilgede 250 kr.", "bevillingen."),
            ),
            (
                ("Formanden oplyste, at telefonselskabet", "købmandens."),
                ("Taget til efterretning.",),
            ),
        ],
        actions=[
            A(
                "kommunekassereren",
                "udsende",
                ("Kommunekassereren udsender", "oktober."),
                ("udsender skattebilletterne inden udgangen af oktober",),
                deadline="1951-10-31",
            ),
            A(
                "socialudvalget",
                "overdrage",
                ("Andragendet overdroges til socialudvalget.",),
                ("overdroges til socialudvalget",),
            ),
            A(
                "formanden",
                "underrette",
                ("Formanden underretter", "bevillingen."),
                ("underretter skolens forstander om bevillingen",),
            ),
        ],
    ),
    M(
        "19. Møde\n",
        "Sognerådsmøde på Strand skole tirsdag den 11. december",
        "1951-12-11",
        block=K_BLOCK,
        attendance=[("sig", k) for k in K_ALL2],
        matters=[
            (
                ("Det vedtoges at give kommunens aldersrentenydere", "15 kr. hver."),
                ("Det vedtoges at give kommunens aldersrentenydere", "forestår uddelingen."),
            ),
            (
                ("Amtet meddeler, at diget ved Strand", "amtets regning."),
                ("Taget til efterretning.",),
            ),
            (
                ("Niels Holst forespurgte", "til Strand."),
                ("Formanden indhenter oplysninger", "brandinspektøren."),
            ),
            (
                ("Kommunekassereren forelagde oversigt", "3.115 kr."),
                ("Kommunekassereren tilsender", "i februar."),
            ),
            (
                ("Mødedagene for 1952 fastsattes", "måned."),
                ("Mødedagene for 1952 fastsattes", "måned."),
            ),
        ],
        actions=[
            A(
                "Kristine Mortensen og Ejner Kjeldsen",
                "forestå",
                ("Kristine Mortensen og Ejner Kjeldsen forestår uddelingen.",),
                ("forestår uddelingen",),
            ),
            A(
                "formanden",
                "indhente",
                ("Formanden indhenter oplysninger", "brandinspektøren."),
                ("indhenter oplysninger om pris og tilskud fra brandinspektøren",),
            ),
            A(
                "kommunekassereren",
                "tilsende",
                ("Kommunekassereren tilsender", "i februar."),
                ("tilsender restanterne påkrav inden nytår",),
                deadline="1951-12-31",
            ),
        ],
    ),
]

# ============================================================================== Hedeby 1933
H_MEMBERS = {
    "HN": ("P. Chr. Hansen", "P. Chr. Hansen", "formand"),
    "BG": ("H. Bøgh", "Hans Bøgh", ""),
    "VI": ("J. K. Vinding", "Jens Kristian Vinding", ""),
    "LY": ("Th. Lyngsø", "Thomas Lyngsø", ""),
    "KO": ("R. Kold", "Rasmus Kold", ""),
    "FR": ("A. Friis", "Anton Friis", "kasserer"),
    "BJ": ("S. Bjerre", "S. Bjerre", ""),
    "CB": ("C. Bang", "C. Bang", "revisor"),
    "GR": ("M. Gram", "M. Gram", "formand"),
    "NK": ("Niels Kirk", "Niels Kirk", ""),
    "PD": ("Peder Dal", "Peder Dal", ""),
}
H_ALL = ["HN", "BG", "VI", "LY", "KO", "FR", "BJ"]
H_SIG = [("sig", k) for k in H_ALL]
H_BLOCK = "P. Chr. Hansen\nH. Bøgh"
# Elected 21 April 1933 (Thomas Lyngsø næstformand, S. Bjerre revisor): from that meeting on.
H_LATER = {"LY": "næstformand", "BJ": "revisor"}

HEDEBY = [
    M(
        None,
        "Læs Grus til Vejen",
        "",
        fragment=True,
        block=H_BLOCK,
        attendance=H_SIG,
        matters=[
            (("Læs Grus til Vejen", "til Betaling."), ("Læs Grus til Vejen", "til Betaling.")),
            (
                ("Andragende fra Husmand Lars Eskildsen", "1932-33."),
                ("Andragendet kunde ikke", "Besætning."),
            ),
            (
                ("Sognefogden bedes foranledige", "forlader Sognet."),
                ("Sognefogden bedes foranledige", "forlader Sognet."),
            ),
            (
                ("Formanden meddelte, at Amtsraadet", "uden Bemærkninger."),
                ("Taget til Efterretning.",),
            ),
        ],
        actions=[
            A(
                "sognefogden",
                "foranledige",
                ("Sognefogden bedes foranledige", "forlader Sognet."),
                ("foranledige", "forlader Sognet"),
            ),
        ],
    ),
    M(
        "Hedeby Sogneraad holdt Møde Fredag",
        "Hedeby Sogneraad holdt Møde Fredag",
        "1933-02-03",
        block=H_BLOCK,
        attendance=[("sig", k) for k in ["HN", "BG", "VI", "LY", "FR", "BJ"]]
        + [("note", "KO", "absent", ("Rasmus Kold havde meldt Forfald.",), "Rasmus Kold")],
        matters=[
            (
                ("Formanden oplæste Skrivelse fra Amtet", "1932-33."),
                ("Det vedtoges at udføre Grusningen", "til Vejudvalget."),
            ),
            (
                ("Andragende fra Enke Mette Sørensen", "arbejdsløs."),
                ("Bevilget 8 Kr.", "1ste Maj."),
            ),
            (("Valg af Synsmænd", "Bygninger."), ("Valgt\nblev Jens", "Marts.")),
            (
                ("Formanden oplyste, at Hedeby Andelsmejeri", "pr. Pot."),
                ("Tilbudet antoges med Tak.",),
            ),
        ],
        actions=[
            A(
                "vejudvalget",
                "overlade",
                ("Det vedtoges at udføre Grusningen", "til Vejudvalget."),
                ("overlodes til Vejudvalget",),
            ),
            A(
                "Jens Kristian Vinding og Tømrer A. Bruun",
                "foretage",
                ("Valgt\nblev Jens", "Marts."),
                ("foretage", "Udgangen af Marts"),
                deadline="1933-03-31",
            ),
        ],
    ),
    M(
        "Mødet den 3die Marts 1933",
        "Mødet den 3die Marts 1933",
        "1933-03-03",
        block=H_BLOCK,
        attendance=[("sig", k) for k in ["HN", "BG", "VI", "LY"]]
        + [("sig", "KO", "Rasm. Kold")]
        + [("sig", k) for k in ["FR", "BJ"]],
        matters=[
            (("Forslag til Budget for 1933-34 til 2den Behandling.",), ("Budgettet", "er nedsat.")),
            (
                ("Skolekommissionen har indsendt Forslag", "Klasse."),
                ("Det vedtoges at lade Snedker", "Prøve."),
            ),
            (
                ("Sprøjtemester Niels Hede meddeler", "utætte."),
                ("Det vedtoges at anskaffe 40 Alen ny Slange.",),
            ),
            (("Synet over Skolens Bygninger var afholdt.",), ("Arbejdet udbydes i", "Licitation.")),
            (
                ("Andragende fra Husmændene ved Hedeby Mose", "Tørvemosen."),
                ("Sagen henlagdes", "Fællesvej."),
            ),
        ],
        actions=[
            A(
                "Snedker Mads Fog",
                "forfærdige",
                ("Det vedtoges at lade Snedker", "Prøve."),
                ("forfærdige 12 nye Bænke", "Prøve"),
            ),
        ],
    ),
    M(
        "Fredag den 21de April 1933",
        "Fredag den 21de April 1933",
        "1933-04-21",
        block=H_BLOCK,
        attendance=H_SIG,
        roles=H_LATER,
        matters=[
            (("Valg af Formand og Næstformand", "1933-34."), ("Til Formand", "Anton Friis.")),
            (
                ("Andragende fra Hedeby Gymnastikforening", "Grundlovsdag."),
                ("Bevilget som", "Aar."),
            ),
            (("Hundeskatten.",), ("Kassereren opkræver", "Kommunekontoret.")),
            (
                ("Licitation over Omlægning af Taget", "Lærerboligen."),
                ("Arbejdet overdroges", "365 Kr."),
            ),
            (("Valg af Revisorer for Regnskabsaaret 1933-34.",), ("Som Revisorer", "C. Bang.")),
        ],
        actions=[
            A(
                "kassereren",
                "opkræve",
                ("Kassereren opkræver", "Kommunekontoret."),
                ("opkræver Hundeskatten", "Kommunekontoret"),
            ),
            A(
                "Tækkemand Jens Bundgaard",
                "overdrage",
                ("Arbejdet overdroges", "365 Kr."),
                ("overdroges til", "Bundgaard"),
            ),
        ],
    ),
    M(
        "Sogneraadet samledes den 19de Maj",
        "Sogneraadet samledes den 19de Maj",
        "1933-05-19",
        roles=H_LATER,
        attendance=[
            ("note", "HN", "present", ("P. Chr. Hansen",), "P. Chr. Hansen"),
            ("note", "BG", "present", ("H. Bøgh",), "H. Bøgh"),
            ("note", "VI", "present", ("J. K. Vinding",), "J. K. Vinding"),
            ("note", "LY", "present", ("Th. Lyngsø",), "Th. Lyngsø"),
            ("note", "FR", "present", ("A. Friis",), "A. Friis"),
            ("note", "BJ", "present", ("S. Bjerre",), "S. Bjerre"),
            ("note", "KO", "absent", ("Rasm. Kold var ikke mødt.",), "Rasm. Kold"),
        ],
        matters=[
            (
                ("Andragende fra Gaardejer Peder Lund", "Jorder."),
                ("Vejudvalget og Formanden", "afgøres."),
            ),
            (
                ("Forespørgsel fra Amtet", "i Amtet."),
                ("Sogneraadet har intet at indvende", "Ordningen."),
            ),
            (("Vejmandens Løn.",), ("Det vedtoges at udbetale Lønnen", "kvartalsvis.")),
            (
                ("Andragende fra Enke Karen Skov", "Fattighuset."),
                ("Sagen henvistes til Fattigudvalget.",),
            ),
        ],
        actions=[
            A(
                "vejudvalget og Formanden",
                "besigtige",
                ("Vejudvalget og Formanden", "afgøres."),
                ("besigtiger Stedet", "afgøres"),
            ),
            A(
                "fattigudvalget",
                "henvise",
                ("Sagen henvistes til Fattigudvalget.",),
                ("henvistes til Fattigudvalget",),
            ),
        ],
    ),
    M(
        "Kasseeftersyn.\n",
        "D. 23de Juni 1933 foretog",
        "1933-06-23",
        block="S. Bjerre          C. Bang",
        attendance=[("sig", "BJ"), ("sig", "CB")],
        roles={"BJ": "revisor"},
        matters=[],
    ),
    M(
        "Ordinært Møde paa Skolen Fredag den 30te Juni",
        "Ordinært Møde paa Skolen Fredag",
        "1933-06-30",
        block=H_BLOCK,
        attendance=H_SIG,
        roles=H_LATER,
        matters=[
            (
                ("Revisorernes Beretning om Kasseeftersynet", "oplæstes."),
                ("Taget til Efterretning.",),
            ),
            (("Andragende fra Skovfoged P. Ravn", "ved Skolen."), ("Tilladelsen", "5 Kr.")),
            (("Indkvartering under Efteraarsmanøvren.",), ("Sognefogden fordeler", "Hartkorn.")),
            (("Husmand Niels Bro har anmeldt", "ved Tranum."), ("Sagen vedrører ikke Kommunen.",)),
        ],
        actions=[
            A(
                "sognefogden",
                "fordele",
                ("Sognefogden fordeler", "Hartkorn."),
                ("fordeler Indkvarteringen", "Hartkorn"),
            ),
        ],
    ),
    M(
        "Torsdag den 3die August 1933",
        "Torsdag den 3die August 1933",
        "1933-08-03",
        block=H_BLOCK,
        attendance=H_SIG,
        roles=H_LATER,
        matters=[
            (
                ("Skrivelse fra Landvæsenskommissionen", "tilgroet."),
                ("Sagen overlodes Formanden", "Bøgh."),
            ),
            (("Andragende fra Arbejdsmand Kr. Vang", "Grusgrav."), ("Henvistes til Vejudvalget.",)),
            (("Kassereren anmodede om", "Sparekasse."), ("Vedtaget.",)),
            (("Andragende fra Hedeby Skytteforening", "Plantagen."), ("Der bevilgedes 25 Kr.",)),
            (("Hedeby Landboforening anmoder", "10de August."), ("Bevilget, saafremt", "Skade.")),
        ],
        actions=[
            A(
                "formanden og Hans Bøgh",
                "overlade",
                ("Sagen overlodes Formanden", "Bøgh."),
                ("overlodes Formanden", "Bøgh"),
            ),
            A(
                "vejudvalget",
                "henvise",
                ("Henvistes til Vejudvalget.",),
                ("Henvistes til Vejudvalget",),
            ),
        ],
    ),
    M(
        "Torsdag den 21de Septbr.",
        "Torsdag den 21de Septbr.",
        "1933-09-21",
        block=H_BLOCK,
        attendance=H_SIG,
        roles=H_LATER,
        matters=[
            (
                ("Ligningen for 1933-34 foretoges", "Forslag."),
                ("Ligningen for 1933-34 foretoges", "Kassereren."),
            ),
            (("Vejudvalget foreslog", "Kommunen."), ("Man vil tage Stilling", "kendes.")),
            (("Skolens Kakkelovne.",), ("Det vedtoges at lade Eftersynet", "Fyringssæsonen.")),
            (
                ("Regning fra Tækkemand Jens Bundgaard", "365 Kr."),
                ("Regningen anvistes til Betaling.",),
            ),
        ],
        actions=[
            A(
                "Smed Jens Højer",
                "foretage",
                ("Det vedtoges at lade Eftersynet", "Fyringssæsonen."),
                ("Eftersynet af Skolens", "Fyringssæsonen"),
            ),
        ],
    ),
    M(
        "Fredag den 13de Oktober 1933 holdtes Fællesmøde",
        "Fredag den 13de Oktober 1933",
        "1933-10-13",
        block="For Hedeby Sogneraad:",
        roles=H_LATER,
        attendance=[("sig", k) for k in ["HN", "BG", "KO", "GR", "NK", "PD"]],
        matters=[
            (
                ("Sogneraadsformand M. Gram", "Tilstand."),
                ("Efter en længere Forhandling", "udsattes."),
            ),
        ],
        actions=[
            A(
                "vejudvalgene i begge Kommuner",
                "antage",
                ("Efter en længere Forhandling", "Fordeling."),
                ("antager en Vejmand", "med Vejen"),
            ),
            A(
                "formændene",
                "udarbejde",
                ("Efter en længere Forhandling", "Fordeling."),
                ("udarbejder en Overenskomst", "Fordeling"),
            ),
        ],
    ),
    M(
        "Fredag den 17de November 1933 Møde",
        "Fredag den 17de November 1933 Møde",
        "1933-11-17",
        block=H_BLOCK,
        roles=H_LATER,
        attendance=[("sig", k) for k in ["HN", "BG"]]
        + [("sig", "VI", "J. Kr. Vinding")]
        + [("sig", k) for k in ["LY", "KO", "FR", "BJ"]],
        matters=[
            (
                ("Vinterhjælp til trængende Familier.",),
                ("Det\nvedtoges at bevilge 150 Kr.", "Ansøgning."),
            ),
            (
                ("Andragende fra Husmand Niels Bro", "Betaling."),
                ("Henstand bevilget til 1ste Februar.",),
            ),
            (("Svinget ved Tranum Kirke.",), ("Sogneraadet anmodede", "for Bilerne.")),
            (("Kommunens Fattighus.",), ("Vejudvalget bedes udbedre Skaden snarest.",)),
        ],
        actions=[
            A(
                "formanden og Kassereren",
                "uddele",
                ("Formanden og\nKassereren uddeler", "Ansøgning."),
                ("uddeler Hjælpen efter Ansøgning",),
            ),
            A(
                "vejudvalget",
                "udbedre",
                ("Vejudvalget bedes udbedre Skaden snarest.",),
                ("udbedre Skaden snarest",),
            ),
        ],
    ),
    M(
        "Fredag den 15de December 1933 holdt",
        "Fredag den 15de December 1933 holdt",
        "1933-12-15",
        block=H_BLOCK,
        attendance=H_SIG,
        roles=H_LATER,
        matters=[
            (("Snekastning.",), ("Efter de sidste Vintres Erfaring", "over Timerne.")),
            (("Juleuddeling.",), ("Kassereren udbetaler", "til Jul.")),
            (("Forslag fra H. Bøgh", "Kommunekontoret."), ("Forslaget forkastedes", "Stemmer.")),
            (("Mødedage i 1934.",), ("Møderne holdes den 1ste Fredag", "Aften.")),
        ],
        actions=[
            A(
                "vejudvalget",
                "antage",
                ("Vejudvalget skal antage", "over Timerne."),
                ("antage Snekastere", "Behov"),
            ),
            A(
                "vejudvalget",
                "føre",
                ("Vejudvalget skal antage", "over Timerne."),
                ("føre Liste over Timerne",),
            ),
            A(
                "kassereren",
                "udbetale",
                ("Kassereren udbetaler", "til Jul."),
                ("udbetaler hver af", "til Jul"),
            ),
        ],
    ),
]

BOOKS_SPEC = [
    ("Norrevang_1938", N_MEMBERS, NORREVANG),
    ("Vesterlund_1947", V_MEMBERS, VESTERLUND),
    ("Kirkeby-Strand_1951", K_MEMBERS, KIRKEBY),
    ("Hedeby_1933", H_MEMBERS, HEDEBY),
]


def check_span(text: str, s: int, e: int, what: str) -> None:
    if not 0 <= s < e <= len(text):
        raise AnchorError(f"{what}: bad span {s}-{e}")
    frag = text[s:e]
    if frag != frag.strip():
        raise AnchorError(f"{what}: span {frag!r} has outer whitespace")


def build_book(name: str, members: dict, spec: list, review: list) -> dict:
    path = BOOKS / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    n = len(text)
    starts = []
    for k, m in enumerate(spec):
        if m["start"] is None:
            if k != 0 or not m["fragment"]:
                raise AnchorError(f"{name}: only a first fragment meeting may start at 0")
            starts.append(0)
        else:
            st = m["start"]
            if isinstance(st, tuple):  # (context, part): the meeting starts where part begins
                ctx, part = st
                c = find_unique(text, ctx, 0, n, f"{name} meeting {k + 1} start")
                starts.append(c + ctx.index(part))
            else:
                starts.append(find_unique(text, st, 0, n, f"{name} meeting {k + 1} start"))
    if starts != sorted(starts) or len(set(starts)) != len(starts):
        raise AnchorError(f"{name}: meeting starts out of order: {starts}")
    meetings = []
    for k, m in enumerate(spec):
        lo = starts[k]
        hi = starts[k + 1] if k + 1 < len(spec) else n
        tag = f"{name} meeting {k + 1}"
        op = find_unique(text, m["opening"], lo, hi, f"{tag} opening")
        opening_end = text.find("\n", op, hi)
        if opening_end < 0:
            opening_end = hi
        review.append(f"\n== {tag} [{lo}:{hi}] date={m['date'] or '-'} fragment={m['fragment']}")
        review.append(f"   opening: {text[lo:opening_end]!r}")

        def role_of(key: str, m: dict = m) -> str:
            return m["roles"].get(key, members[key][2])

        block_lo = None
        if m["block"] is not None:
            block_lo = find_unique(text, m["block"], lo, hi, f"{tag} signature block")
        rows = []
        seen = set()
        for entry in m["attendance"]:
            kind = entry[0]
            if kind == "sig":
                key = entry[1]
                person = entry[2] if len(entry) > 2 else members[key][0]
                if block_lo is None:
                    raise AnchorError(f"{tag}: signature without block")
                s = find_unique(text, person, block_lo, hi, f"{tag} signature {person}")
                e = s + len(person)
                new = [(key, person, "present", s, e)]
            elif kind == "note":
                _, key, status, anchors, person = entry
                s, e = resolve(text, anchors, lo, hi, f"{tag} attendance {key}")
                new = [(key, person, status, s, e)]
            elif kind == "all":
                _, anchors, keys = entry
                s, e = resolve(text, anchors, lo, hi, f"{tag} attendance all")
                new = [(key, members[key][1], "present", s, e) for key in keys]
            else:
                raise AnchorError(f"{tag}: unknown attendance entry {entry!r}")
            for key, person, status, s, e in new:
                if key in seen:
                    raise AnchorError(f"{tag}: member {key} twice")
                seen.add(key)
                check_span(text, s, e, f"{tag} attendance {key}")
                rows.append(
                    {
                        "person": person,
                        "name": members[key][1],
                        "role": role_of(key),
                        "status": status,
                        "start": s,
                        "end": e,
                    }
                )
                review.append(
                    f"   att {status:7} {members[key][1]:24} role={role_of(key) or '-':11}"
                    f" person={person!r} mention={text[s:e]!r}"
                )
        matters = []
        for j, (mat, dec) in enumerate(m["matters"]):
            s, e = resolve(text, mat, lo, hi, f"{tag} matter {j + 1}")
            check_span(text, s, e, f"{tag} matter {j + 1}")
            if dec is None:
                ds, de = -1, -1
            else:
                ds, de = resolve(text, dec, lo, hi, f"{tag} decision {j + 1}")
                check_span(text, ds, de, f"{tag} decision {j + 1}")
            matters.append({"start": s, "end": e, "decision_start": ds, "decision_end": de})
            review.append(f"   matter {j + 1}: {text[s:e]!r}")
            review.append(f"      dec: {text[ds:de]!r}" if ds >= 0 else "      dec: -")
        actions = []
        for j, a in enumerate(m["actions"]):
            ss, se = resolve(text, a["sent"], lo, hi, f"{tag} action {j + 1} sentence")
            as_, ae = resolve(text, a["act"], ss, se, f"{tag} action {j + 1} verb phrase")
            check_span(text, ss, se, f"{tag} action {j + 1} sentence")
            check_span(text, as_, ae, f"{tag} action {j + 1} verb phrase")
            if a["deadline"] and not (len(a["deadline"]) == 10 and a["deadline"][4] == "-"):
                raise AnchorError(f"{tag} action {j + 1}: bad deadline {a['deadline']!r}")
            actions.append(
                {
                    "actor": a["actor"],
                    "verb": a["verb"],
                    "deadline": a["deadline"],
                    "start_char": ss,
                    "end_char": se,
                    "action_start": as_,
                    "action_end": ae,
                }
            )
            review.append(f"   action {a['actor']!r} / {a['verb']} / {a['deadline'] or '-'}")
            review.append(f"      sent: {text[ss:se]!r}")
            review.append(f"      act:  {text[as_:ae]!r}")
        meetings.append(
            {
                "start": lo,
                "end": hi,
                "opening_end": opening_end,
                "date": m["date"],
                "fragment": m["fragment"],
                "attendance": rows,
                "matters": matters,
                "actions": actions,
            }
        )
    return {
        "format": "extract-gold/1",
        "id": f"invented/{name}",
        "path": f"../books_invented/{name}.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "split": "test",
        "minute_book": {"meetings": meetings},
    }


def main(argv: list[str]) -> int:
    review: list[str] = []
    records = [build_book(name, members, spec, review) for name, members, spec in BOOKS_SPEC]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "--review" in argv:
        print("\n".join(review))
    for rec in records:
        ms = rec["minute_book"]["meetings"]
        print(
            f"{rec['id']}: {len(ms)} meetings, {sum(1 for m in ms if m['date'])} dated, "
            f"{sum(len(m['attendance']) for m in ms)} attendance rows, "
            f"{sum(len(m['matters']) for m in ms)} matters, "
            f"{sum(len(m['actions']) for m in ms)} action items"
        )
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
