"""Build ``corpus/gold/books_b.jsonl``: development gold of two parish minute books (set B).

Issue 17. The books (``Viby_1940_(juni-december).txt``, ``Trige_1945.txt`` in
``../shared/corpus/aarhus-parish-1940-1945``) were read whole and annotated by the rules of
``corpus/GUIDELINES.md`` ("Minute books", "Action items"); they are never copied here. For each
meeting this script lists short anchors (a few words, matched with any run of whitespace between
them): where the meeting opens, its date, whether the book starts or ends inside it, who attended,
the matters and their decisions, and the action items.

Anchors: ``"words"`` must occur exactly once inside its meeting; ``"words@n"`` is its n-th
occurrence in the meeting (``@-1`` the last: a closing signature). An end anchor is searched
from its start anchor on; where none is given a matter, decision or sentence ends with its
paragraph (the blank line after it). Every anchor is checked to lie inside its meeting; a failed
check raises. Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_books_gold_b.py
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

# Run as `python scripts/build_books_gold_b.py`: its folder is on the path.
from books_gold import main as write_books

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "corpus" / "gold" / "books_b.jsonl"
SHARED = Path(os.environ.get("EXTRACT_SHARED_DIR", REPO.parent / "shared"))
BOOKS = "corpus/aarhus-parish-1940-1945"
MAX_SPAN = 1500  # an end anchor must follow its start within this many characters


class GoldError(Exception):
    pass


@dataclass
class Att:
    person: str  # as written at the mention
    name: str  # the member resolved: the fullest spelling the book uses for him
    status: str = "present"
    anchor: str | None = None  # default: the person's last (present) or first (absent) mention
    role: str = ""


@dataclass
class Mat:
    start: str
    end: str | None = None  # None: the end of the paragraph
    dec: str | None = None  # None: nothing decided; "=": the matter's own text is the decision
    dec_end: str | None = None
    loose: bool = False  # decided together with the next matter(s), after them


@dataclass
class Act:
    actor: str
    verb: str
    sent: str  # anchor of the sentence's start
    vp: str  # anchor of the verb phrase's start
    vp_end: str
    sent_end: str | None = None  # None: the end of the paragraph
    deadline: str = ""


@dataclass
class Meeting:
    opening: str  # anchor of the first line ("" for a book that starts inside the meeting)
    date: str
    fragment: bool = False
    att: list[Att] = field(default_factory=list)
    matters: list[Mat] = field(default_factory=list)
    actions: list[Act] = field(default_factory=list)
    nth: int = 1  # the opening's n-th occurrence after the previous meeting's start


def sig(spec: str, names: dict[str, str], roles: dict[str, str] | None = None) -> list[Att]:
    """Present rows for the signatures "A; B; C" (each resolved through ``names``)."""
    roles = roles or {}
    out = []
    for person in (p.strip() for p in spec.split(";") if p.strip()):
        name = names[person]
        out.append(Att(person, name, role=roles.get(name, "")))
    return out


# --- Trige 1945 --------------------------------------------------------------------------------
TRIGE = "Trige_1945.txt"
# The nine members as the book writes them; resolved to the fullest spelling it uses ("Karl
# Nielsen Trige", "Arnold Jensen Ølsted", "Ejner Sørensen", "Anders Overgaard", "Ingemann
# Pedersen", "R N Rasmussen"; "B Rasmussen" is written "Bendiks Rasmus" once, at the end of a line).
TN = {
    "RN Rasmussen": "R N Rasmussen", "Jens Jensen": "Jens Jensen",
    "Johs Kirkegaard": "Johs Kirkegaard", "Jh Kirkegaard": "Johs Kirkegaard",
    "A Jensen": "Arnold Jensen", "Arnold Jensen": "Arnold Jensen",
    "K Nielsen": "Karl Nielsen", "Karl Nielsen": "Karl Nielsen",
    "I Pedersen": "Ingemann Pedersen", "I. Pedersen": "Ingemann Pedersen",
    "Ingem Pedersen": "Ingemann Pedersen", "Ingemann Pedersen": "Ingemann Pedersen",
    "B Rasmussen": "Bendiks Rasmussen",
    "E Sørensen": "Ejner Sørensen", "E. Sørensen": "Ejner Sørensen",
    "Ejner Sørensen": "Ejner Sørensen",
    "A Overgaard": "Anders Overgaard", "A. Overgaard": "Anders Overgaard",
}
# "Til Formand for næste Aar valgtes R N Rasmussen til Kasserer valgtes A. Overgaard" (17 Møde,
# a re-election; "Sogneraadskasserer A Overgaard" at 9 Møde). The book names no næstformand.
TR = {"R N Rasmussen": "formand", "Anders Overgaard": "kasserer"}
ALL9 = ("RN Rasmussen; Jens Jensen; Johs Kirkegaard; A Jensen; K Nielsen; I Pedersen; "
        "B Rasmussen; E Sørensen; A Overgaard")


def tsig(spec: str) -> list[Att]:
    return sig(spec, TN, TR)


def tstmt(person: str, anchor: str, status: str = "present") -> Att:
    """A row from an "alle Medlemmer var mødt (med Undtagelse af ...)" statement."""
    name = TN[person]
    return Att(person, name, status, anchor, TR.get(name, ""))


def overlades_vejudvalget(sent: str) -> Act:
    return Act("vejudvalget", "overlade", sent, "overlades til Vejudvalget",
               "overlades til Vejudvalget", sent_end="overlades til Vejudvalget")


TRIGE_MEETINGS = [
    # The book opens with the last items and the signatures of a meeting begun in the 1944 book.
    Meeting("", "", True,
            tsig("RN Rasmussen; Jens Jensen; A Jensen; K Nielsen; I Pedersen; B Rasmussen; "
                 "E Sørensen; A Overgaard"),
            [Mat("4 Skrivelse fra Aarhus Stiftamt"), Mat("5 Skrivelse fra Aarhus Stiftamt"),
             Mat("6 Kassebeholdningen")]),
    Meeting("13 Møde", "1945-01-04", False,
            # Jens Jensen and Johs Kirkegaard are named absent in the opening but sign: present.
            tsig("RN Rasmussen; A Overgaard; K Nielsen; Jens Jensen; A Jensen; Johs Kirkegaard; "
                 "B Rasmussen; I Pedersen")
            + [tstmt("E Sørensen", "alle Medlem= mer var forsamlet")],
            [Mat("1 Skrivelse fra Aarhus Stiftamt"),
             Mat("2 Andragende fra Niels Rask", "til hans Ejendom", "dertil indvarsles",
                 "16 Januar kl 2"),
             Mat("3 Klage fra Jens Jakobsen", "forbi hans Hus", "hvilket overlades"),
             Mat("4 Kommunen har fastsat", None, "="),
             Mat("5 Kassebeholdningern")],
            [overlades_vejudvalget("Klage fra Jens Jakobsen")]),
    Meeting("14 Møde", "1945-02-01", False, tsig(ALL9),
            [Mat("1 Skrivelse fra Aarhus Stiftamt"), Mat("2 Skrivelse fra"),
             Mat("3 Overslaget for 1945", "ved 2-Behandling", "og godkendtes"),
             Mat("4 Kassebeholdningen"), Mat("5 Det vedtoges", None, "=")]),
    Meeting("15 Møde", "1945-02-15", False,
            tsig("RN Rasmussen; E. Sørensen; Jens Jensen; Johs Kirkegaard; K Nielsen; I Pedersen; "
                 "B Rasmussen; A Jensen; A. Overgaard"),
            [Mat("1 Skrivelse fra Finansministeriet"), Mat("2 Landkommunernes"),
             Mat("3 Skrivelse fra Justitsministeriet"),
             Mat("4 Kommunerne har tildelt", None, "=")]),
    Meeting("16 Møde", "1945-03-01", False,
            tsig("RN Rasmussen; Johs Kirkegaard; A Jensen; K Nielsen; I Pedersen; B Rasmussen; "
                 "E. Sørensen; A Overgaard")
            + [tstmt("Jens Jensen", "Forsamlingshusalle Medlemmer var forsamlet")],
            [Mat("1 Skrivelse fra Aarhus Stiftamt"),
             Mat("2 Der forelaa Overslag", "835 Kr 20 Øre.", "Overslaget blev ikke vedtaget"),
             Mat("3 Skrivelse fra Justitsministeriet"), Mat("4 Kassebeholdningen"),
             Mat("5 Det vedtages at uddele", None, "=")]),
    Meeting("17 Møde", "1945-03-22", False,
            tsig("RN Rasmussen; Jens Jensen; B Rasmussen; I. Pedersen; K Nielsen; A Jensen; "
                 "Johs Kirkegaard; A Overgaard; E Sørensen"),
            [Mat("1 Skolens Bibliothek", None, "="),
             Mat("2 Skrivelse fra Finansministeriet", "37 Kr 04 Øre", "hvilket man formodner"),
             Mat("3 Det vedtoges at lade", None, "="),
             Mat("4 Skrivelse fra Landkommunernes"), Mat("5 Skrivelse fra Aarhus Stiftsamt"),
             Mat("6 Skrivelse fra Provstiudvalget"),
             Mat("7 Skrivelse fra De Samvirkende", "25 Øre pr Indbygger.", "Det vedtages at svare",
                 "til Forespørgslen"),
             Mat("8 Til Formand for næste Aar", None, "="), Mat("9 Kassebeholdningen"),
             Mat("10 Næste Møde fastsættes", None, "=")],
            [Act("Dyrlæge Scaumburg", "foretage", "Det vedtoges at lade Dyrlæge",
                 "foretage Udryddelsen", "Oksebremse- larver")]),
    Meeting("1 Møde", "1945-04-12", False,
            tsig("RN Rasmussen; E Sørensen; B Rasmussen; Johs Kirkegaard; K Nielsen; I Pedersen; "
                 "Jens Jensen; A Overgaard; A Jensen"),
            [Mat("Andregende fra 4 Lodsejere", "gennem Lergraven.", "Sogneraadet vedtog"),
             Mat("2 Andragende fra Gymnastikforeningen", "Gymnastik i Sommer",
                 "Andragendet vedtoges naar"),
             Mat("3 Aarhus Amtsraad har bemyndiget"), Mat("4 Kassebeholdningen"),
             Mat("5 Næste Sogneraadsmøde", None, "=")]),
    Meeting("2 Møde", "1945-05-03", False,
            tsig("RN Rasmussen; Jens Jensen; Johs Kirkegaard; A Jensen; K Nielsen; I Pedersen; "
                 "E Sørensen; A Overgaard; B Rasmussen"),
            [Mat("1 Klage fra Bestyrelsen", "fra Ølsted= vejen", "hvilket overlades"),
             Mat("2 Skrivelse fra Aarhus Stiftamt"),
             Mat("2 Andragende fra Konsulent", "mindre offentlig Vandløb", "Andragende anbefales"),
             Mat("4 Klage fra Chr Sørensen", "over Kommuneskatten", "det vedtoges at nedsætte"),
             Mat("5 Klage fra Murer", "Indkomst af 1189 Kr", "det vedtoges at ned= sætte"),
             Mat("6 Kassebeholdningen")],
            [overlades_vejudvalget("Klage fra Bestyrelsen")]),
    Meeting("3 Møde", "1945-06-07", False,
            # Jens Jensen and Ingemann Pedersen are named absent in the opening but sign.
            tsig("RN Rasmussen; A Overgaard; E Sørensen; A Jensen; Jens Jensen; Johs Kirkegaard; "
                 "K Nielsen; B Rasmussen; I Pedersen"),
            [Mat("1 Det vedtoges at foretage", None, "="), Mat("2 Indberetning fra"),
             Mat("3 Cirkulære fra"), Mat("4 Kassebeholdningen", "44690 Kr 98 Øre"),
             Mat("Det vedtoges at ansætte Prisen", None, "=")]),
    Meeting("4 Møde", "1945-07-05", False, tsig(ALL9),
            [Mat("1 Andragende fra Aarhus Stiftamt", "Bornholmer Indsam= lingen",
                 "dertil bevilges"),
             Mat("2 Skrivelse fra Arbejds"),
             Mat("3 Andragende fra Trige Gymnastikforening", "paa 100 Kr", "Andragende bevilget"),
             Mat("4 Kassebeholdningen"), Mat("5 Det vedtages at afholde", None, "=")]),
    Meeting("5 Møde", "1945-08-02", False,
            tsig("RN Rasmussen; Jens Jensen; Johs Kirkegaard; A Overgaard; E Sørensen; A Jensen; "
                 "K Nielsen; B Rasmussen"),
            [Mat("1 Andragende fra Svend Eberhard", "Brand- foged", "dertil foreslaas"),
             Mat("2 Licitation over", "gennem Pannerup", "tildeltes Otto Jensen"),
             Mat("3 Skrivelse fra Socialministeriet"), Mat("4 Kassebeholdningen"),
             Mat("5 Tilbud paa Køb"), Mat("6 Det vedtoges at Vederlaget", None, "="),
             Mat("7 Det vedtoges at holde", None, "=")],
            [Act("Otto Jensen", "tildele", "Licitation over Oprensning", "tildeltes Otto Jensen",
                 "for 500 Kr")]),
    Meeting("6 Møde", "1945-09-06", False, tsig(ALL9),
            [Mat("1 Andragende fra Aage Andersen"),
             Mat("2 Aage Andersen Trige har", "som Vandsynsformand", "dertil valgtes"),
             Mat("3 Andragende fra Aarhus Stiftamt"), Mat("4 Kommunen har i Bidrag", None, "="),
             Mat("5 Kassebeholdningen"),
             Mat("6 Andragende fra Købmd", "stærke Drikke", "hvilket vedtoges")]),
    Meeting("7 Møde", "1945-10-04", False,
            tsig("RN Rasmussen; A Overgaard; B Rasmussen; I Pedersen; A Jensen; Johs Kirkegaard; "
                 "Jens Jensen")
            + [tstmt("K Nielsen", "alle Medlem= mer var mødt"),
               tstmt("Ejner Sørensen", "Ejner Sørensen@1", "absent")],
            [Mat("1 Andragende fra Beboerne"),
             Mat("2 Andragendet vedtoges fra", "4 Foredrag", "Andragendet vedtoges naar"),
             Mat("3 Andragende fra Husmandsforeningen", "Ungdomsar= bejdet", "hvortil bevilges"),
             Mat("4 Skrivelse fra Aarhus Stiftamt"), Mat("5 Kassebeholdningen"),
             Mat("6 Til Valgbestyrelsen", "valgtes følgende", "Til Valglistefører valgtes Bendiks",
                 "Jensen Ølsted"),
             Mat("næste Møde fastsattes", None, "=")]),
    Meeting("8 Møde", "1945-11-08", False,
            tsig("RN Rasmussen; Jens Jensen; Johs Kirkegaard; A Jensen; K Nielsen; Ingem Pedersen; "
                 "B Rasmussen; E Sørensen; A Overgaard"),
            [Mat("1 Skrivelse fra Ministeriet"), Mat("2 Det vedtoges at sælge", None, "="),
             Mat("3 Andragende fra Marius Jensen", "drive Lillebilforretning",
                 "Sogneraadet vil hermed"),
             Mat("4 Oversigtsplan"), Mat("5 Angaaende Sportspladsen", None, "="),
             Mat("6 Kassebeholdningen", "46107 Kr 81 Øre"),
             Mat("næste Møde fastsattes", None, "=")]),
    Meeting("9 Møde", "1945-11-23", False,
            tsig("RN Rasmussen; A Overgaard; K Nielsen; Johs Kirkegaard; A Jensen; E Sørensen; "
                 "Jens Jensen; B Rasmussen")
            + [tstmt("Ingemann Pedersen", "Ingemann Pedersen", "absent")],
            [Mat("1 I Anledning af Mette", "955 Kr 50 Øre", "det vedtoges at paalægge"),
             Mat("2 Det vedtoges at ansætte", None, "="), Mat("3 Skrivelse fra Landkommunernes"),
             Mat("4 Trige Ølsted Jagtforening", "ved Stensminde.", "Det vedtoges at yde"),
             Mat("5 Skrivelse fra Arbejdsanvisningen"), Mat("6 Skrivelse fra Ministeriet"),
             Mat("7 Det vedtoges at dræne", None, "="), Mat("8 Kassebeholdningen"),
             Mat("Regnskabet for 1944", "til Godkendelse"),
             Mat("Det vedtoges at nedsætte", None, "=")],
            [Act("Th Levinsen", "betale", "I Anledning af Mette", "betale 318", "50 Øre")]),
    Meeting("10 Møde", "1945-12-06", False,
            tsig("RN Rasmussen; Jens Jensen; Ingem Pedersen; E Sørensen; Johs Kirkegaard; "
                 "A Overgaard; B Rasmussen")
            + [tstmt("Karl Nielsen", "Karl Nielsen", "absent"),
               tstmt("Arnold Jensen", "Arnold Jensen", "absent")],
            [Mat("1 Andragende fra Elektricitetsselskabet"), Mat("2 Andragende fra Aarhus"),
             Mat("3 Andragende fra Jens Nielsen", "i Erstatning.", "Andragendet udsættes"),
             Mat("4 Meddelelse fra"), Mat("5 Kassebeholdningen"),
             Mat("6 Tegninger og Planer", "til Godkendelse", "og Andragendet godkendtes")]),
    # Unsigned: the book ends inside this meeting. "alle Medlemmer var mødt med Undtagelse" names
    # nobody, so every member is present by that statement.
    Meeting("11 Møde", "1946-01-10", True,
            [tstmt(p.strip(), "alle Medlem- mer var mødt") for p in ALL9.split(";")],
            [Mat("1 Overslag over"), Mat("2 Andragende fra Elektricitetsselskabet"),
             Mat("3 Skrivelse fra Arbejds")]),
]

# --- Viby 1940 (June-December) ----------------------------------------------------------------
VIBY = "Viby_1940_(juni-december).txt"
# The signatories as written; resolved to the fullest spelling the book uses. The first signature
# line holds two names, "J. Juul" and "Jens Olesen" ("Jens Olsen", elected a delegate on 2
# December). "N. Nielsen" is "Fmd. Niels Nielsen", elected a representative on 2 December;
# "G. Th. Hansen" (3 June) and "G. K. Clausen" are G. Th. Clausen, "Martin Pettersen" Martin
# Pedersen and "Jens Larsen" (3 June, last signature) Jan Jensen, as at every later meeting.
# The book names no chairman, so no role is given.
VN = {
    "J. Juul": "J. Juul", "J Juul": "J. Juul",
    "Jens Olesen": "Jens Olesen", "Jens Olsen": "Jens Olesen",
    "N. Nielsen": "Niels Nielsen", "B. K. Sejersen": "B. K. Sejersen",
    "Johs. Rosenlund": "Johs. Rosenlund", "A. Thomsen": "A. Thomsen",
    "P. L. Balle": "P. L. Balle", "W. Worm": "W. Worm", "W Worm": "W. Worm",
    "G. Th. Hansen": "G. Th. Clausen", "G. Th. Clausen": "G. Th. Clausen",
    "G. K. Clausen": "G. Th. Clausen", "J. P. Jensen": "J. P. Jensen",
    "Martin Pettersen": "Martin Pedersen", "Martin Pedersen": "Martin Pedersen",
    "Jens Larsen": "Jan Jensen", "Jan Jensen": "Jan Jensen",
}


def vsig(spec: str) -> list[Att]:
    return sig(spec, VN)


FULL = ("J. Juul; Jens Olsen; N. Nielsen; B. K. Sejersen; Johs. Rosenlund; A. Thomsen; "
        "P. L. Balle; W. Worm; G. Th. Clausen; Martin Pedersen; J. P. Jensen; Jan Jensen")
TE = "Til Efterretning"


def referral(actor: str, anchor: str, end: str) -> Act:
    """"Overlades Vejudvalget (til ...)": the referral verb is the action."""
    return Act(actor, "overlade", anchor, anchor, end)


VIBY_MEETINGS = [
    Meeting("Aaret 1940, den 3' Juni", "1940-06-03", False,
            vsig("J. Juul; Jens Olesen; N. Nielsen; B. K. Sejersen; Johs. Rosenlund; A. Thomsen; "
                 "P. L. Balle; W. Worm; G. Th. Hansen; J. P. Jensen; Martin Pettersen; "
                 "Jens Larsen"),
            [Mat("1. K. F. U. M.s", None, "Kunde ikke bevilges."),
             Mat("2. Ved Udskrift", None, TE), Mat("3. Aarhus Amtsraad meddeler", None, TE),
             Mat("4. Overlærer", None, "Andragendet bevilges."),
             Mat("5. Landsforeningen", None, "Bevilgedes 15 Kr."),
             Mat("6. Arbejdernes", "andrager om Tilskud.", "Saafremt Arbejdet"),
             Mat("7. Aarhus Stiftamt", None, TE),
             Mat("8. Elektriker", None, "Sogneraadet maa"),
             Mat("9. Landinspektør Svend", None, "Udsættes til næste Møde."),
             Mat("10. Musiker", None, "Andragendet anbefales."),
             Mat("11. Arbejdernes Livsforsikringsselskab", None, TE),
             Mat("12. f. Chr. Hansen", None, "Overlades Vejudvalget."),
             Mat("13. Socialministeriets", "Personer fremlagdes.", "Det vedtages at ud-"),
             # 14: one request for a tax reduction per line, each with its own decision.
             Mat("14. Efternævnte", None, "Kunde ikke bev. paa nuvæ-"),
             Mat('" 947 Anna', None, "Udgaar af Ligningen"),
             Mat('" 1306 Henry', None, "Kunde ikke bev. paa nu-"),
             Mat('" 1320 Jens', None, "Kunde ikke nedsættes"),
             Mat('" 1930 Aulan', None, "Neds. til en"),
             Mat('" 2834 Paul', None, "Neds. til"),
             Mat('" 2968 N. S.', None, "Kunde ikke nedsættes"),
             Mat('" 3057 U. Berg', None, "do"), Mat('" 3256 Aage', None, "do"),
             Mat('" 3558 Karen', None, "do"),
             Mat("15. Mælkehdl.", None, "Overlodes Fritages."),
             Mat("16. Foranlediget", None, "Indstillingen vedtages."),
             Mat("17. Der fremlagdes", "af Sogneraadet.", "Efter nærmere"),
             Mat("18. Revisionsantegnelserne", None, TE), Mat("19. Efter at de", None, TE),
             Mat("20. Fredensgaardsudvalget", "Udparcellerings- planen.",
                 "Udvalgets Indstil- ling")],
            [referral("vejudvalget", "Overlades Vejudvalget.", "Overlades Vejudvalget.")]),
    Meeting("Aaret 1940, den 17' Juni", "1940-06-17", False, vsig(FULL),
            [Mat("1. Der fremlagdes Købekontrakt", None, "Kontrakten underskre-"),
             Mat("2. Kommis", "Vogn i Viby.", "Anbefales."),
             Mat("3. Frk. Elly", None, "Anbefales."),
             Mat("4. Andragende fra Dansk", None, "20 Kr. bevilgedes."),
             Mat("5. Der fremlagdes Cirkulære", None, "Til Efterretning, idet"),
             Mat("6. Der fremlagdes en Skr.", None, "Det overlades Kommune-"),
             Mat("7. Indenrigsministeriets", None, "A. Thomsen valgtes"),
             Mat("8. Udvalget for Badeanstalten", None, "Udvalgets Indstilling"),
             Mat("9. Fra Luftværnschefen", "Husvagter:", TE),
             Mat("10. Handelsministeriets", "fremlagdes.", "Overlodes Vejudvalget"),
             Mat("11. Indenrigsministeriets", None, TE),
             Mat("12. Der fremlagdes Afskrift", None, TE),
             Mat("13. Vejudvalget indstiller", "Aarhus Aa.", "Indstillingen vedtoges."),
             Mat("14. Gartner Holger", None, "Andragende bevilgedes."),
             Mat("15. Vejudvalget indstiller", None, "Udvalgets Indstilling"),
             Mat("16. Landinspektør Rørholm", None, "Anbefales."),
             Mat("17. Landinspektør Rørholm", None, "Anbefales"),
             Mat("18. Landinspektør Rørholm", None, "Anbefales."),
             Mat("19. Der fremlagdes Vejprojekt", "købt af Aarhus Kommune.",
                 "Udvalgets Indstilling vedtages, idet")],
            [Act("kommuneingeniøren", "undersøge", "Det overlades Kommune-", "undersøge eventuelt",
                 "egnede Lokaler."),
             referral("vejudvalget", "Overlodes Vejudvalget", "til Undersøgelse.")]),
    Meeting("Aar 1940, den 1. Juli", "1940-07-01", False, vsig(FULL),
            [Mat("1. Landinspektør Rørholm", None, "Anbefales"),
             # 2: the road committee's five recommendations, each decided "ad 1." ... "ad 5.".
             Mat("2. Vejudvalget indstiller", None, "ad 1."),
             Mat("2.) Lokaloverenskomstens", None, "ad 2."),
             Mat("3.) Meddelelse", None, "ad 3."), Mat("4.) Meddelelse", None, "ad 4."),
             Mat("5.) Kendelse", None, "ad 5."),
             # 3: two requests, decided side by side.
             Mat("3. Missionen", "søger om Tilskud.", "Kunde ikke bevilges", "Kunde ikke bevilges",
                 loose=True),
             Mat("Landsforeningen af vanføre", None, "Bev. 30 Kr."),
             Mat("4. Edv. Jensen", None, "Naar der oprettet"),
             Mat("5. L. R. Sagfører", None, "Godkendtes."),
             Mat("6. Aarhus Amts Sogneraadsforening", None, TE),
             Mat("7. Hans Christian", None, "Andragendet anbefales."),
             Mat("8. Efternævnte andrager", None, "Da Loven ikke"),
             Mat("9. Gdr. Carl Sørensen", "Ungkreaturer.", "Sagen overlades Vejudvalget"),
             Mat("10 Dansk Gartnerforbund", None, "Det vedtoges at medde-"),
             Mat("11. Hypotekbanken", None, "Andragendet om Overgang"),
             Mat("12. Socialministeriet meddeler", None, "Det vedtoges at udnytte"),
             Mat("13. Byplanloven", None, "Overlades Udvalget for"),
             Mat("14. Skolebetjentene", "udenfor Hjemmet.", "Da der er divergerende"),
             Mat("15. Det overlodes", None, "=")],
            [Act("vejudvalget", "overlade", "Sagen overlades Vejudvalget", "overlades Vejudvalget",
                 "til Foranstaltning."),
             referral("udvalget for Udvidelse og Bebyggelse", "Overlades Udvalget for",
                      "og Bebyggelse."),
             Act("det sociale Udvalg", "arrangere", "Det overlodes det sociale", "arrangere en",
                 "til Malling.")]),
    Meeting("Aaret 1940, den 15. Juli", "1940-07-15", False,
            vsig("Martin Pedersen; J. Juul; Jens Olesen; N. Nielsen; B. K. Sejersen; "
                 "Johs. Rosenlund; A. Thomsen; W. Worm; G. Th. Clausen; J. P. Jensen; Jan Jensen"),
            [Mat("1. Gas- & Vandværkets", "i revideret Stand:", "Til Efterretning."),
             Mat("2. Købmd. Hans", None, "Anbefales."),
             Mat("3. Der fremlagdes en Skr.", None, "Det overlades Parkud-"),
             Mat("4. Hammelbanens", "til Ba- nens Bestyrelse.", "Formanden valgtes"),
             Mat("5. Skoledirektionen", None, TE), Mat("6. Fru Kirstine", None, TE),
             Mat("7. Der fremlagdes en Skr.", None, TE),
             Mat("8. Det vedtoges at bemyndige", None, "="),
             Mat("9. Vand- & Gasmester", None, TE)],
            [Act("parkudvalget", "se", "Det overlades Parkud-", "se nærmere", "paa Sagen."),
             Act("raadets Formand", "udstede", "Det vedtoges at bemyndige", "udstede Skøder",
                 "Holme By og Sogn.")]),
    Meeting("Aaret 1940, 5. August", "1940-08-05", False,
            vsig("J. Juul; Jens Olesen; B. K. Sejersen; J. P. Jensen; Johs. Rosenlund; A. Thomsen; "
                 "P. L. Balle; W. Worm; G. Th. Clausen; Martin Pedersen; Jan Jensen"),
            [Mat("1. Landinspektør J. P. Rørholm", None, "Anbefales."),
             Mat("2. Landinspektør Svend", None, "Anbefales."),
             Mat("3. Provstiudvalget", None, TE),
             Mat("4. Ingeniør A. F.", None, "Overlades Kirke-"),
             Mat("5. Aarhus Tivoli", "15 - 25. Aug.", "Kunde ikke anbefales."),
             Mat("6. Broderihandler", None, "Klagen taget tilbage."),
             Mat("7. stud. vetr.", None, "Anbefales."),
             Mat("8. Rentier J. P. Klemmensen", "til Beboelse.", "Kunde ikke tillades"),
             Mat("9. Kioskejer", "Rør til Skorsten.", "Andragendet anbefales,"),
             Mat("10. Murermester H. C.", "børnerige Familier.", "Sogneraadet maa"),
             Mat("11. Dansk Luftværnsforening", "5 - 10 Aug. d. A.", TE),
             Mat("12. I Anledning af Sogneraadets", None, "Sogneraadet vedtog"),
             Mat("13. Gasværksudvalget", None, "Udvalgets Indstilling"),
             Mat("14. Aarhusegnens", None, "Indstillingen ved-"),
             Mat("15. Der fremlagdes nedennævnte", None, TE),
             Mat("16. Skoledirektionen", None, TE),
             Mat("17. Min. for off.", "til Vejprojektet.", TE),
             Mat("18. Post- & Telegrafvæsenet", "til Teghøj.", "Tillades."),
             Mat("19. Vejudvalget indstiller", None, "Udvalgets Indstilling"),
             Mat("20 Der fremlagdes Udstykningsbegæ-"),
             Mat("21. I Anledning af en Forespørgsel", None, "Til Udvalgets Indstil-"),
             Mat("22. Fabriksarb.", None, "Kunde ikke bevilges.")],
            [referral("kirkegaardsudvalget", "Overlades Kirke-", "og Indstilling.")]),
    Meeting("Aaret 1940 den 19' Aug.", "1940-08-19", False,
            vsig("J Juul; Jens Olesen; N. Nielsen; B. K. Sejersen; Johs. Rosenlund; A. Thomsen; "
                 "P. L. Balle; W Worm; G. Th. Clausen; Martin Pedersen; J. P. Jensen"),
            [Mat("1. Der fremlagdes Andragende", None, "Anbefales, saafremt"),
             Mat("2. Sønderskovhjemmet", None, "Kunde ikke bevilges."),
             Mat("3. Der fremlagdes Andragende", None, "Det vedtages at lade"),
             Mat("4. Statens civile", None, TE), Mat("5. Dansk Arkitektforening", None, TE),
             Mat("6. Direktoratet", None, TE), Mat("7. Fru Ellen", None, "Der bevilgedes"),
             Mat("8. Kasse- & Regnskabsudvalget", "statsanerkendt Sygekasse.",
                 "Udvalgets Indstilling"),
             Mat("9. Der fremlagdes nedennævnte", None, TE),
             Mat("10. Nedennævnte Sager", None, "det vedtages at af-"),
             Mat("11. Fru Inger Marie", None, "Kunde ikke bevilges."),
             Mat("12. Det overlades G. Clausen", None, "="),
             Mat("13. Der fremlagdes Udstykningsbegæring", None, "Anbefales"),
             Mat("14. Udvalget for Fredensgaard", "1,50 pr. m².")],
            # 8: the committee's recommendation ("Det paalægges ...") is adopted.
            [Act("kommunens Arbejdsformand", "føre", "Det paalægges Kommunens", "føre Kontrol",
                 "overholdes."),
             Act("G. Clausen", "forsøge", "Det overlades G. Clausen", "forsøge organiseret",
                 "Indsamling af Aks")]),
    Meeting("Aaret 1940 den 2' September", "1940-09-02", False,
            vsig("J. Juul; Jens Olesen; N. Nielsen; B. K. Sejersen; Johs. Rosenlund; A. Thomsen; "
                 "P. L. Balle; W. Worm; G. Th. Clausen; Martin Pedersen; J. P. Jensen"),
            [Mat("1. Landinspektør J. P. Rørholm", "Matr. No. 36 b", "Anbefales"),
             Mat("2. Landinspektør Svend", "Matr. No. 23 ak.", "Anbefales"),
             Mat("3. Skoledirektionen", None, TE), Mat("4. Der fremlagdes Købskontrakt"),
             Mat("5. Der forelaa", None, TE), Mat("6. Brændselsudvalget", None, TE),
             Mat("7. Viby og Omegns", None, "Kunde ikke bevilges."),
             Mat("8. Menighedsraadet", None, "Kunde ikke bevilges."),
             Mat("9. Vejudvalgt indstiller", None, TE),
             # 10: two state loans recommended by the committee, each decided.
             Mat("10. Udvalget for Statslaan", "Matr. 17 ds anbefales.", "Anbefales"),
             Mat("2. Statslaan stort", None, "Anbefales"),
             Mat("11. Kirkegaardsudvalget", "for Perioden.", "Overlodes til Kirkegaardsudvalget"),
             Mat("12. Dansk Aftenskoleforenings", None, TE),
             Mat("13. Kongeriget", None, "Overlodes Statsboligfonds-"),
             Mat("14. Der forelaa Gældsovertagelseserklæring", "Hustru.",
                 "Gældsovertagelseserklæ-"),
             Mat("15. Aarhus amtsraad", None, TE),
             Mat("16. Sogneraadet har søgt", "Mælkeordning.", "Som Medlem af", "raadsformanden.")],
            [Act("kirkegaardsudvalget", "fremkomme", "Overlodes til Kirkegaardsudvalget",
                 "fremkomme med Forslag", "til næste Møde."),
             referral("statsboligfondsudvalget", "Overlodes Statsboligfonds-", "til Afgørelse")]),
    Meeting("Aaret 1940 den 16/9", "1940-09-16", False,
            vsig("J. Juul; Jens Olsen; N. Nielsen; B. K. Sejersen; Johs. Rosenlund; A. Thomsen; "
                 "P. L. Balle; W. Worm; Martin Pedersen; J. P. Jensen; Jan Jensen"),
            [Mat("1. Den almindelige", None, TE),
             Mat("2. Dansk Døvstummeforbund", None, "Kunde ikke bevilges."),
             Mat("3. Kvindehjælpen", None, "Bevilgedes 25 Kr."),
             Mat("4. Arkitekterne Peter", "ved Bøgevej.", "Udsattes til der",
                 "velvillig til Ansøgnin- gerne."),
             Mat("5. Der forelaa Udskrift", None, TE), Mat("6. Amtsraadet meddeler", None, TE),
             Mat("7. I Anledning af Revisionen", None, "Tages til Efterretning,"),
             Mat("8. Paa Foranledning", "Nødtørftshus.", "Bevilgedes"),
             Mat("9. Rosenvang Skole", "Sangsalen.", "Bevilgedes."),
             Mat("10. Amtsraadets Vejudvalg", None, TE),
             Mat("11. Stiftamtet har nægtet", None, TE),
             Mat("12. Mariane Roesdahl", "6' Klasse", "Tillades"),
             Mat("13. Fhv. Lærerinde", "4. Klasse.", "Tillades indtil"),
             Mat("14. Lærerinde Frk. Anna", "ved Rosenvangs Alle", "Andragendet om Stats-"),
             Mat("15. Der fremlagdes Handelsministe-", None, TE),
             Mat("16. Ændringerne", None, TE), Mat("17. Der Ligeledes")]),
    Meeting("Aaret 1940, den 7 Oktb.", "1940-10-07", False,
            vsig("J. Juul; Jens Olesen; N. Nielsen; B. K. Sejersen; Johs. Rosenlund; "
                 "Martin Pedersen; A. Thomsen; P. L. Balle; W. Worm; J. P. Jensen; G. K. Clausen; "
                 "Jan Jensen"),
            [Mat("1. Nedennævnte Foreninger"),
             Mat("2. Landinspektør Rørholm", None, "Anbefales"),
             Mat("3. Statens civile", None, TE), Mat("4. Politimesteren", None, TE),
             Mat("5. Der fremlagdes en Skr.", None, "Har f. T. ingen"),
             Mat("6. Stifamtet har", "saalydende:", "Det vedtoges at udsætte"),
             Mat("7. Amtsraadet udbeder", None, "Der foreslaas:"),
             Mat("8. Fra Politimesteren", None, "Anbefales"),
             Mat("9. Hans Majestæt", None, TE), Mat("10. Fra Sundhedskommissionen", None, TE),
             Mat("11. Bygningskommissionen indstiller", "imødekom- mes saaledes:",
                 "Dispensationen meddeles"),
             Mat("12. Der fremlagdes Stiftamtets", "23' Septb. 1940.", "Til Eftreretning"),
             Mat("13. Tømrermest.", None, "Tillades Skoleaaret"),
             Mat("14. Indenrigsministeriet har meddelt", None, TE),
             Mat("15. Landinspektør Rørholm", "By og Sogn.", "Anbefales."),
             Mat("16. Udvalget for Fredensgaard", "naar der bygges.", "Indstillingen vedtages.")]),
    Meeting("Aaret 1940 den 15. Oktb.", "1940-10-15", False,
            vsig("J. Juul; Jens Olsen; B. K. Sejersen; A. Thomsen; P. L. Balle; G. Th. Clausen; "
                 "Martin Pedersen; J. P. Jensen; Jan Jensen"),
            [Mat("1. Kasse- & Regnskabsudvalget", None, "Indstillingen vedtages."),
             Mat("2. Det overlades Kasse-", "halve Grise.", "=")],
            [Act("kasse- & Regnskabsudvalget", "udarbejde", "Det overlades Kasse-",
                 "udarbejde at udarbejde", "halve Grise.", sent_end="halve Grise.")]),
    Meeting("Aaret 1940 den 21' Oktober", "1940-10-21", False, vsig(FULL),
            [Mat("1. Landinspektør Rørholm", None, "Anbefales."),
             Mat("2. Ormslev", None, "Bev. 50 Kr."),
             Mat("3. Kirkens Korshær", None, "Kunde ikke bev."),
             Mat("4. Skoledirektionen", None, TE),
             Mat("5. Husholdningslærerinde", "Husholdningskursus.", "Det tillades at benytte"),
             Mat("6. Murermester K. Aasted", None, "Andragendet I henhold"),
             Mat("7. Smed H. C.", None, "Andragendet bevilgedes."),
             Mat("8. Indenrigsministeriet fremsender", None, TE),
             Mat("9. Handelsministeriet fremsender", None, TE),
             Mat("10. Der forelaa", None, "Erklæringen underskre-"),
             Mat("11. Der fremlagdes Beretning", None, TE), Mat("12. Byudvalget", None, TE),
             Mat("13. Ingeniør Frederiksens", None, "Sogneraadet vedtog at")]),
    Meeting("Aaret 1940, den 4' Novb.", "1940-11-04", False,
            vsig("J. Juul; Jens Olsen; N. Nielsen; B. K. Sejersen; A. Thomsen; W. Worm; "
                 "G. Th. Clausen; Martin Pedersen; J. P. Jensen; P. L. Balle; Jan Jensen"),
            [Mat("1. Der fremlagdes:", None, TE), Mat("2. Der fremlagdes Beretning", None, TE),
             Mat("3. Nationalforeningen", None, "Bev. 30 Kr."),
             Mat("4. K. F. U. M.s", None, "Kunde ikke bev."),
             Mat("5. Der fremlagdes Blanketter", None, TE), Mat("6. Holme Tranbjerg", None, TE),
             Mat("7. Landinspektør J. P.", None, "Anbefales."),
             Mat("8. Aarhus Amtsraad meddeler", "skal revideres.", "Sogneraadet vedtog at"),
             Mat("9. Skorstensfejerlauget", "Amtsraadskreds.", "Overlades Udvalget for"),
             Mat("10. Tømrermest. Aage", "Starck, Aarhus.", "Sogneraadet mener"),
             Mat("11. Murermest. C. L.", "sin Ejendom.", "Det overlodes Udvalget"),
             Mat("12. For en del", None, "Naar Lodsejerne"),
             Mat("13. Kommunens Regnskab", "lagdes.", "Til Efterretning, idet Regn-"),
             Mat("14. Kasse- & Regnskabsudvalget", None, "Da det er Lovens")],
            [referral("udvalget for Brandvæsenet", "Overlades Udvalget for", "til Af- gørelse."),
             Act("udvalget", "forhandle", "Det overlodes Udvalget", "forhandle nærmere",
                 "med Fischmann.")]),
    Meeting("Aaret 1940, den 18/11", "1940-11-18", False,
            vsig("J. Juul; Jens Olsen; B. K. Sejersen; A. Thomsen; P. L. Balle; W. Worm; "
                 "G. K. Clausen; Martin Pedersen; J. P. Jensen; Jan Jensen"),
            [Mat("1. Der fremlagdes nedenstaaende", None, TE),
             # 2: three associations, decided side by side.
             Mat("2. Efternævnte Foreninger", "Børns Redning", "Bev. 20 Kr.", "Bev. 20 Kr.",
                 loose=True),
             Mat("Dansk Tunghøreforening", "Tunghøreforening", "Kunde ikke bev.",
                 "Kunde ikke bev.", loose=True),
             Mat("Det blaa Kors", "Det blaa Kors", "do.", "do."),
             Mat("3. Købmd. Oluf", None, "Andragendet anbefales."),
             Mat("4. Der fremlagdes en af", None, "Sogneraadet har ingen"),
             Mat("5. Lodsejerne ved", None, "Overlades Udvalget for"),
             Mat("6. Bygge", None, "Det vedtoges at meddele"),
             Mat("7. Arbejdernes Oplysningsudvalg", None, "Bevilgedes."),
             Mat("8. Indenrigsministeriet meddeler", "som Tilskud.", TE),
             Mat("9. Rentier J. P.", "Ejen- dom.", "Sogneraadet vedtog at"),
             Mat("10 Indenrigsministeriet meddeler", None, TE),
             Mat("11. Maskinmest.", None, "Besværingen afvises"),
             Mat("12. Det under Punkt", None, "Sogneraadet vedtog at anbefale"),
             Mat("13. Efternævnte andrager", None, "Bevilgedes."),
             Mat("14. Indenrigsministeriets Skr.", None, "Sogneraadet vedtog en-"),
             Mat("15. Vejudvalget indstiller", None, "Udvalget fik Bemyndigelse"),
             Mat("16. Byudvalget meddeler", "Hømosevej.", TE),
             Mat("17. Det overlodes Vejudvalget", None, "="),
             Mat("18. Det overlades Udv.", None, "=")],
            [Act("statsboligfondsudvalget", "arbejde", "Det overlades Statsboligfonds-",
                 "arbejde efter Loven.", "arbejde efter Loven."),
             referral("udvalget for Vejvæsenet", "Overlades Udvalget for", "til Undersøgelse."),
             Act("udvalget", "sælge", "Udvalget fik Bemyndigelse", "sælge Materiellet",
                 "mulige Bud."),
             Act("vejudvalget samt Sogneraadsformanden", "forhandle", "Det overlodes Vejudvalget",
                 "forhandle med Land-", "Lille Anlæg."),
             Act("udv. for Udvidelse og Bebyggelse", "overveje", "Det overlades Udv.",
                 "overveje forskellige", "Boldbaner m. v."),
             Act("udv. for Udvidelse og Bebyggelse", "fremkomme", "Det overlades Udv.",
                 "fremkomme med en", "Ind- stilling.")]),
    Meeting("Aar 1940 den 2' December", "1940-12-02", False,
            vsig("J. Juul; Jens Olsen; N. Nielsen; B. K. Sejersen; Johs. Rosenlund; A. Thomsen; "
                 "P. L. Balle; W. Worm; G. Th. Clausen; Martin Pedersen; J. P. Jensen"),
            [Mat("1. Vejlby", None, TE), Mat("2. Sv. Madsens", None, "Anbefales."),
             Mat("3. Købm. S. Hansen", None, "Anbefales."), Mat("4. Stadsingeniøren", None, TE),
             Mat("5. Aarhus Stiftamt anmoder", "Underskud.", "Der valgtes Murerm."),
             Mat("6. Aarhus - Hammel", None, "Udsættes til næste"),
             Mat("7. Teknologisk", None, TE),
             Mat("8. Fællesorganisationen", None, "Der valgtes Jens Olsen"),
             Mat("9. Der fremlagdes nedennævnte", None, TE),
             Mat("10. Frk. Ingeborg", None, "Tilstilles Vand-"),
             Mat("11. Organist", None, "Sogneraadet er villig"),
             Mat("12. Vandværksudvalget indstiller", None, "Overlodes Vandværksudvalget"),
             Mat("13. Viby Haandværkerforening", None, "Tillodes."),
             Mat("14. Socialudvalget", None, "Bevilgedes."),
             # 15: the county council's six resolutions, each noted.
             Mat("15. Der forelaa Udskrift", None, TE),
             Mat("2. Andragende om Tilladelse til Afhændelse", None, TE),
             Mat("3. Andragende om Tilladelse til at erhverve", None, '"'),
             Mat("4. Andragende om Tilladelse til at optage", None, '"'),
             Mat("5. Sogneraadets Kendelse", None, '"'),
             Mat("6. Sogneraadets Kendelse", None, '"')],
            [Act("vand- og Gasværksudvalgt", "tilstille", "Tilstilles Vand-", "Tilstilles Vand-",
                 "til Afgørelse."),
             Act("vandværksudvalget", "foretage", "Overlodes Vandværksudvalget",
                 "foretage det videre", "Kontrakter.")]),
]

BOOKS_GOLD = [(VIBY, VIBY_MEETINGS), (TRIGE, TRIGE_MEETINGS)]


# --- offsets and checks ------------------------------------------------------------------------
def pattern(words: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in words.split())
    if words[:1].isalnum():
        body = r"(?<!\w)" + body
    if words[-1:].isalnum():
        body += r"(?!\w)"
    return re.compile(body)


def split_anchor(anchor: str) -> tuple[str, int | None]:
    m = re.fullmatch(r"(.*?)@(-?\d+)", anchor, re.S)
    return (m.group(1), int(m.group(2))) if m else (anchor, None)


class Book:
    def __init__(self, filename: str, text: str) -> None:
        self.filename, self.text = filename, text

    def fail(self, msg: str) -> GoldError:
        return GoldError(f"{self.filename}: {msg}")

    def in_meeting(self, anchor: str, lo: int, hi: int) -> tuple[int, int]:
        """The anchor inside [lo, hi): unique, or its n-th (``@n``) occurrence there."""
        words, nth = split_anchor(anchor)
        hits = [m for m in pattern(words).finditer(self.text, lo, hi)]
        if not hits:
            raise self.fail(f"anchor {anchor!r} not found in [{lo}, {hi})")
        if nth is None:
            if len(hits) > 1:
                raise self.fail(f"anchor {anchor!r} occurs {len(hits)} times in [{lo}, {hi})")
            hit = hits[0]
        else:
            if nth == 0 or abs(nth) > len(hits):
                raise self.fail(f"anchor {anchor!r}: only {len(hits)} occurrences")
            hit = hits[nth - 1] if nth > 0 else hits[nth]
        return hit.start(), hit.end()

    def after(self, anchor: str, pos: int, hi: int) -> tuple[int, int]:
        """The anchor's first (or ``@n``-th) occurrence from ``pos`` on, inside the meeting."""
        words, nth = split_anchor(anchor)
        hits = list(pattern(words).finditer(self.text, pos, hi))
        k = (nth or 1) - 1
        if len(hits) <= k:
            raise self.fail(f"anchor {anchor!r} not found after {pos} (before {hi})")
        hit = hits[k]
        if hit.end() - pos > MAX_SPAN:
            raise self.fail(f"anchor {anchor!r} found too far after {pos}")
        return hit.start(), hit.end()

    def paragraph_end(self, pos: int, hi: int) -> int:
        m = re.compile(r"\n[ \t]*\n").search(self.text, pos, hi)
        end = m.start() if m else hi
        return len(self.text[:end].rstrip())


def meeting_starts(book: Book, meetings: list[Meeting]) -> list[int]:
    starts, cursor = [], 0
    for k, m in enumerate(meetings):
        if not m.opening:
            if k:
                raise book.fail("only the first meeting may lack its opening")
            starts.append(0)
            continue
        hits = list(pattern(m.opening).finditer(book.text, cursor))
        if len(hits) < m.nth:
            raise book.fail(f"opening {m.opening!r} not found after {cursor}")
        pos = hits[m.nth - 1].start()
        line_start = book.text.rfind("\n", 0, pos) + 1
        if book.text[line_start:pos].strip("\ufeff \t"):
            raise book.fail(f"opening {m.opening!r} does not begin its line")
        starts.append(line_start)
        cursor = pos + 1
    return starts


def build_meeting(book: Book, m: Meeting, start: int, end: int, label: str) -> dict:
    text = book.text
    opening_end = text.find("\n", start, end)
    opening_end = end if opening_end < 0 else len(text[:opening_end].rstrip())
    if not DATE.fullmatch(m.date):
        raise book.fail(f"{label}: bad date {m.date!r}")

    matters, mstarts = [], []
    for mt in m.matters:
        s, e = book.in_meeting(mt.start, start, end)
        mstarts.append(s)
        e = book.after(mt.end, s, end)[1] if mt.end else book.paragraph_end(s, end)
        if mt.dec is None:
            ds, de = -1, -1
        elif mt.dec == "=":  # the item states its own decision; the span leaves out its number
            ds, de = s + re.match(r"(\d+[.)]*\s+)?", text[s:e]).end(), e
        else:
            ds, de0 = book.after(mt.dec, s + 1, end)
            de = book.after(mt.dec_end, ds, end)[1] if mt.dec_end else book.paragraph_end(ds, end)
            de = max(de, de0)
        matters.append((mt, {"start": s, "end": e, "decision_start": ds, "decision_end": de}))
    if mstarts != sorted(mstarts):
        raise book.fail(f"{label}: matters out of text order")
    for k, (mt, row) in enumerate(matters):
        nxt = mstarts[k + 1] if k + 1 < len(mstarts) else end
        if row["end"] > nxt:
            raise book.fail(f"{label}: matter {mt.start!r} runs into the next one")
        if row["decision_start"] >= 0 and not mt.loose and row["decision_start"] >= nxt:
            raise book.fail(f"{label}: decision {mt.dec!r} lies past the next matter")
    last_matter = max(mstarts, default=start)

    rows, seen = [], set()
    for a in m.att:
        if a.name in seen:
            raise book.fail(f"{label}: {a.name!r} twice")
        seen.add(a.name)
        if a.status not in ("present", "absent"):
            raise book.fail(f"{label}: bad status {a.status!r}")
        anchor = a.anchor or f"{a.person}@{-1 if a.status == 'present' else 1}"
        s, e = book.in_meeting(anchor, start, end)
        if a.anchor is None and a.status == "present" and s < last_matter:
            raise book.fail(f"{label}: signature {a.person!r} found before the last matter")
        if a.anchor is None and not re.fullmatch(r"\s+".join(map(re.escape, a.person.split())),
                                                 text[s:e]):
            raise book.fail(f"{label}: {a.person!r} is not what the text has")
        rows.append({"person": a.person, "name": a.name, "role": a.role, "status": a.status,
                     "start": s, "end": e})

    actions = []
    for act in m.actions:
        ss, _ = book.in_meeting(act.sent, start, end)
        se = book.after(act.sent_end, ss, end)[1] if act.sent_end else book.paragraph_end(ss, end)
        vs, _ = book.after(act.vp, ss, end)
        ve = book.after(act.vp_end, vs, end)[1]
        if not (ss <= vs < ve <= se):
            raise book.fail(f"{label}: action {act.verb!r} lies outside its sentence")
        if act.deadline and not DATE.fullmatch(act.deadline):
            raise book.fail(f"{label}: bad deadline {act.deadline!r}")
        # The sentence lies in the text of one item: from a matter's start to the next one's.
        bounds = zip(mstarts, mstarts[1:] + [end], strict=True)
        if not any(a <= ss and se <= b for a, b in bounds):
            raise book.fail(f"{label}: action {act.verb!r} lies across items")
        actions.append({"actor": act.actor, "verb": act.verb, "deadline": act.deadline,
                        "start_char": ss, "end_char": se, "action_start": vs, "action_end": ve})
    return {"start": start, "end": end, "opening_end": opening_end, "date": m.date,
            "fragment": m.fragment, "attendance": rows, "matters": [r for _, r in matters],
            "actions": actions}


DATE = re.compile(r"(\d{4}-\d{2}-\d{2})?")


def build(filename: str, meetings: list[Meeting]) -> dict:
    rel = f"{BOOKS}/{filename}"
    text = (SHARED / rel).read_bytes().decode("utf-8")
    book = Book(filename, text)
    starts = meeting_starts(book, meetings)
    out = []
    for k, (m, start) in enumerate(zip(meetings, starts, strict=True)):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        out.append(build_meeting(book, m, start, end, f"meeting {k + 1} ({m.date or 'undated'})"))
    if out[0]["start"] != 0 or out[-1]["end"] != len(text):
        raise book.fail("meetings do not cover the text")
    return {"format": "extract-gold/1", "id": f"books/{Path(filename).stem}",
            "shared_path": rel, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "split": "dev", "minute_book": {"meetings": out}}


def main() -> None:
    write_books(BOOKS_GOLD, OUT, builder=build)


if __name__ == "__main__":
    main()
