"""Build ``corpus/blind/books/gold_books_1.jsonl``: blind gold for three parish minute books.

Annotated by reading each book in ``../shared/corpus/aarhus-parish-1940-1945``; the books are
never copied here. Per meeting the script lists short anchors (a few words, whitespace-flexible)
for the opening, the attendance mentions, the matters and their decisions and the action items;
it finds their offsets, checks every anchor lies inside its meeting and writes one record per
book in the ``extract-gold/1`` minute-book format.

Span specs (strings): ``"A"`` = from anchor A to the end of its paragraph (blank line);
``"A|B"`` = from A to the end of anchor B (first B after A); ``"A#n"`` = the n-th A.
Decision specs are searched from the matter's start, or from the meeting's start when prefixed
``^``, or after the first occurrence of X in the meeting with ``X>>A``.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python3 corpus/blind/books/make_books_1.py
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "gold_books_1.jsonl"
SHARED = Path(os.environ.get("EXTRACT_SHARED_DIR", Path(__file__).resolve().parents[3] / "shared"))
BOOKS = "corpus/aarhus-parish-1940-1945"
VERBOSE = os.environ.get("VERBOSE") == "1"


@dataclass
class A:
    """An action item: actor, verb, deadline, sentence span spec, verb-phrase span spec."""

    actor: str
    verb: str
    deadline: str
    sentence: str
    phrase: str


@dataclass
class M:
    """One meeting."""

    anchor: str  # opening anchor, "#n" for the n-th occurrence after the previous meeting
    date: str
    fragment: bool
    present: list[str]
    absent: list[str] = field(default_factory=list)
    matters: list[tuple[str, str | None]] = field(default_factory=list)
    actions: list[A] = field(default_factory=list)


def pat(anchor: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in anchor.split()))


class Book:
    def __init__(self, text: str, name: str, unit: str) -> None:
        self.text, self.name, self.unit = text, name, unit

    def fail(self, msg: str) -> None:
        raise SystemExit(f"{self.name}: {msg}")

    def find(self, anchor: str, lo: int, hi: int) -> tuple[int, int]:
        n = 1
        if "#" in anchor:
            anchor, k = anchor.rsplit("#", 1)
            n = int(k)
        hits = list(pat(anchor).finditer(self.text, lo, hi))
        if len(hits) < n:
            self.fail(f"anchor {anchor!r} #{n} not found in [{lo}, {hi})")
        h = hits[n - 1]
        return h.start(), h.end()

    def para_end(self, pos: int, hi: int) -> int:
        m = re.compile(r"\n[ \t]*\n").search(self.text, pos, hi)
        end = m.start() if m else hi
        return len(self.text[:end].rstrip())

    def span(self, spec: str, lo: int, hi: int, base: int) -> tuple[int, int]:
        if spec.startswith("^"):
            spec, base = spec[1:], lo
        if ">>" in spec:
            after, spec = spec.split(">>", 1)
            base = self.find(after, lo, hi)[1]
        first, _, last = spec.partition("|")
        s, e = self.find(first, base, hi)
        if last:
            e = self.find(last, s, hi)[1]
        elif self.unit == "line":
            nl = self.text.find("\n", s)
            e = len(self.text[:nl if 0 <= nl < hi else hi].rstrip())
        else:
            e = self.para_end(s, hi)
        if not lo <= s < e <= hi:
            self.fail(f"span {spec!r} outside its meeting")
        if VERBOSE:
            print(f"    {spec[:30]!r:34} -> {self.text[s:e][:70]!r}")
        return s, e


def build(filename: str, meetings: list[M], names: dict[str, str], role, unit: str) -> dict:
    rel = f"{BOOKS}/{filename}"
    text = (SHARED / rel).read_bytes().decode("utf-8")
    book = Book(text, filename, unit)
    starts, cursor = [], 0
    for k, m in enumerate(meetings):
        if k == 0 and m.anchor == "":
            starts.append(0)
            continue
        s, _ = book.find(m.anchor, cursor, len(text))
        starts.append(s)
        cursor = s + 1
    out = []
    for k, (m, start) in enumerate(zip(meetings, starts, strict=True)):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        if VERBOSE:
            print(f"{filename} meeting {k}: {text[start:text.find(chr(10), start)]!r}")
        rows = []
        for status, people in (("present", m.present), ("absent", m.absent)):
            for person in people:
                hits = list(pat(person).finditer(text, start, end))
                if not hits:
                    book.fail(f"{person!r} not in meeting {k}")
                h = hits[-1] if status == "present" else hits[0]
                name = names.get(person, person)
                rows.append({"person": person, "name": name, "role": role(name, m.date),
                             "status": status, "start": h.start(), "end": h.end()})
        matters = []
        for head, dec in m.matters:
            s, e = book.span(head, start, end, start)
            ds, de = book.span(dec, start, end, s) if dec else (-1, -1)
            matters.append({"start": s, "end": e, "decision_start": ds, "decision_end": de})
        actions = []
        for a in m.actions:
            s, e = book.span(a.sentence, start, end, start)
            ps, pe = book.span(a.phrase, start, end, s)
            if not s <= ps < pe <= e:
                book.fail(f"action phrase {a.phrase!r} outside its sentence")
            actions.append({"actor": a.actor, "verb": a.verb, "deadline": a.deadline,
                            "start_char": s, "end_char": e, "action_start": ps,
                            "action_end": pe})
        nl = text.find("\n", start)
        out.append({"start": start, "end": end, "opening_end": nl if 0 <= nl < end else end,
                    "date": m.date, "fragment": m.fragment, "attendance": rows,
                    "matters": matters, "actions": actions})
    return {"format": "extract-gold/1", "id": f"books/{Path(filename).stem}",
            "shared_path": rel, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "split": "blind", "minute_book": {"meetings": out}}


def sp(spec: str) -> list[str]:
    return [n.strip() for n in spec.split(";") if n.strip()]


# --- Elev 1940 -------------------------------------------------------------------------------
ELEV = "Elev_1940.txt"
ELEV_NAMES = {"H. Johansen": "Herman Johansen", "Alb. Nielsen": "Albert Nielsen",
              "J. Sørensen": "Jens Sørensen", "E. Sørensen": "Ejner Sørensen",
              "H. Bomholt": "Harald Bomholt"}
ELEV_ROLES = {"Niels Sørensen": "formand", "Jens Sørensen": "næstformand",
              "Albert Nielsen": "kasserer", "Harald Bomholt": "revisor",
              "Harald Hjortshøj": "revisor"}
OPEN = "Elev Sogneraad afholdt i Dag Møde"
ELEV_MEETINGS = [
    M("", "", True, sp("Harald Bomholt; Harald Hjortshøj; Bach; Niels Sørensen; Alb. Nielsen"),
      matters=[("Kassererens Kassebog", "Opgørelsen tiltrædes:|tiltrædes:")]),
    M(OPEN, "1939-08-23", False, sp("H. Johansen; Alb. Nielsen; J. Sørensen; Niels Sørensen"),
      matters=[("1 Fra Socialministeriet|med Renten.", "Der bestemtes|December 1939."),
               ("Vedrørende Snekastning|1939/40", "vedtoges det at lade|lønnet Arbejde."),
               ("Der forelaa Ansøgning fra Elev|for 1939/40.",
                "Der vedtoges at yde det sædvanlige|100 Kr.")]),
    M(OPEN, "1940-01-05", False,
      sp("Niels Sørensen; Ejner Sørensen; Jens Sørensen; Alb. Nielsen; Herman Johansen"),
      matters=[("Fra Falks Redningskorps|Fald.", "Dette vedtoges.|vedtoges."),
               ("Der efter foretoges Ligning|sidste Ligning.", None),
               ("Fra Aarhus Stiftamt var fremsendt|Brandsyn.",
                "Sogneraadet vedtog at tiltræde|Forslag."),
               ("Overslaget for Aaret 1940/41|Behandling.", "vedtaget ved 2den|Behandling.")]),
    M(OPEN, "1940-03-26", False,
      sp("Herman Johansen; Jens Sørensen; E. Sørensen; Niels Sørensen; Alb. Nielsen"),
      matters=[("Der foretoges Valg af Formand|1940/41.", "Som Fmd genvalgtes|Albert Nielsen."),
               ("Til Vejudvalget genvalgtes|Johansen.", "genvalgtes Jens Sørensen og|Johansen."),
               ("Til at føre Tilsyn med Skolen|Ejner Sørensen.",
                "genvalgtes Ejner Sørensen.|Sørensen."),
               ("Derefter foretoges Valg af 3|Medhjælpere.",
                "Som Medlemmer valgtes|Gdr. Jens Sørensen")]),
    M("Elev Sogneraad af Møde den 9 April", "1940-04-09", False, sp("Niels Sørensen"),
      matters=[("I Henhold til Aarhus Stiftamts|blev valgt.",
                "Som Formand valgtes|Peter Sørensen")]),
    M(OPEN, "1940-12-02", False,
      sp("Niels Sørensen; Alb. Nielsen; Jens Sørensen; Herman Johansen; Ejner Sørensen; "
         "H. Bomholt; Harald Hjortshøj"),
      matters=[("Som eneste Sag var fremlagt|1939/40.", None)]),
    M(OPEN, "", True, [],
      matters=[("Fra De danske Statsbaner|i Fremtiden.", "Sogneraadet tog Sagen|Efterretning."),
               ("Kommunens Brandvedtægt forelaa|5 Aar.", None),
               ("Fra Aarhus Amtsraad forelaa|i Kommunen.",
                "Der vedtoges at yde en Godtgørelse|1940/41.")]),
]


def elev_role(name: str, date: str) -> str:
    return ELEV_ROLES.get(name, "")


# --- Beder-Malling 1941 ----------------------------------------------------------------------
BEDER = "Beder-Malling_1941.txt"
NINE = ("N K Rasmussen; Chr Jensen; S P Skov; Jens Andersen; Rasmus Peter Nielsen; "
        "Alfred Elmose; Harry Nielsen; Aage Nielsen; Anton Pedersen")


def without(*gone: str) -> list[str]:
    return [n for n in sp(NINE) if n not in gone]


BEDER_NAMES = {"N K Rasmuseen": "N K Rasmussen"}
BEDER_MEETINGS = [
    M("Sogneraadsmøde paa de gamles Hjem den 11/2 1941", "1941-02-11", False, sp(NINE),
      matters=[("Andragende fra Husholdningsforeningen|om ugen.", "tillades"),
               ("Til Beder Børnebogssamling", "bevilgedes extra"),
               ("Meddelelse fra Landsnævnet|saalydende:",
                "I Henhold til Ovenstaaende vedtog|som Fattighjælp"),
               ("Meddelelse fra Indenrigsministeriet at herv|1941-42", None),
               ("Meddelelse fra Aarhus amtsraad at Bagerm|i Beder", None),
               ("Ligeledes Meddelelse fra Amtsraadet|5000 Kr", None)]),
    M("sogneraadsmøde paa de gamles hjem den 11/3 1941", "1941-03-11", False, sp(NINE),
      matters=[("Meddelelse fra AarhusAmtsraad|Skatteinddrivning", None),
               ("Meddelelse fra Kirkeministeriet|2441 Kr", None),
               ("Meddelelse fra Indenrigsministeriet at den|er godkendt", None),
               ("Andragende fra Husholdningsudvalget|14 Dage", "der bevilgedes 30 Kr|Arbejdstime"),
               ("Til Repræsentantskabsmødet|Vegne", "fik Sogneraadsformanden Mandat|Vegne")],
      actions=[A("sogneraadsformanden", "stemme", "1941-03-27", "Til Repræsentantskabsmødet|Vegne",
                 "stemme paa Kommunens|Vegne")]),
    M("Sogneraadsmøde paa de gamles Hjem den 25-3-41", "1941-03-25", False, sp(NINE),
      matters=[("Formand og Næstformand samt|1941-42", "genvalgtes|1941-42"),
               ("En Ansøgning fra Frk Stranddal|2700 Kr aarlig",
                "bevilgedes med Forbehold|Afgørelse"),
               ("Det vedtages at forhøje den ugentlige|uforandret",
                "Det vedtages at forhøje|uforandret"),
               ("Ansøgning fra Husholsningsudvalget|2 Hold", "der bevilgedes 30 Kr"),
               ("Til et Sangstævne|Lokale", "bevilgedes 10 Kr til|Lokale"),
               ("Til Danmarks Blinde", "bevilgedes 10 Kr")]),
    M("Sogneraadsmøde paa de gamles Hjem d 8/4 1941", "1941-04-08", False, sp(NINE),
      matters=[("Meddelelse fra Socialministeriet at der|31/3 1942)", None),
               ("Til Gadebelysningen|40 Kr", "bevilgedes henholdsvis|40 Kr"),
               ("Til Kvindernes Beredskabskreds|1/5 41", "bevilgedes|50 Kr"),
               ("Arbejdernes Samariterforbund|1/5 41", "50 Kr|50 Kr")]),
    M("Sogneraadsmøde paa de gamles Hjem den 24/4 1941", "1941-04-24", False,
      without("Aage Nielsen"),
      matters=[("Paa Oprensning af det offentlige|3 Tilbud", "dette tilbud blev antaget"),
               ("Andragende fra Alfr Andreasen|Kl 24 Nat", "anbefaledes"),
               ("Til Ormslev Børnehjem bevilgedes", "bevilgedes 10 Kr"),
               ("Andragende fra Hans Mogensen|i Maj", "kunde ikke anbefales"),
               ("Det vedtoges at forhøje Prisen|7 Kr", "Det vedtoges at forhøje|7 Kr")]),
    M("Sogneraadsmøde den 13-5-41", "1941-05-13", False,
      without("N K Rasmussen") + ["N K Rasmuseen"],
      matters=[("Oplysning fra N K Rasmussen|Pøel", None),
               ("Andragende fra Aistrup Ungdomsforening|i Storenor",
                "overlades til Skoleudvalget|Undersøgelse"),
               ("Det vedtoges at forhøje Brandforsikringen|30 %", "Det vedtoges at forhøje|30 %"),
               ("Andragende fra Kroejer Berg Beder|Kl 12 Nat", "anbefaledes"),
               ("Andragende fra Biblioteksforeningen|indeværende Aar",
                "der bevilgedes 200 Kr|Børnebogssamlingen"),
               ("Til Lærerbogssamlingen bevilgedes", "bevilgedes 30 Kr"),
               ("Meddelelse fra Arbejds- og Socialministeriet|1940,41", None)],
      actions=[A("Skoleudvalget", "overlade", "",
                 "Andragende fra Aistrup Ungdomsforening|Undersøgelse",
                 "overlades til Skoleudvalget|Undersøgelse")]),
    M("Sogneraadsmøde den 29-5-41", "1941-05-29", False, sp(NINE),
      matters=[("Paa Foranledning af at Medlemmer|for nævnte Hverv,",
                "vedtoged med Forbehold|Pedholt"),
               ("Til Taksationsmand for umyndiges|Aistrup", "indstilledes|Aistrup"),
               ("I Mødet d 29/4 vedtoges|1/4 d A", "vedtoges at forhøje|1/4 d A")]),
    M("Sogneraadsmøde den 13-6-41", "1941-06-13", False, sp(NINE),
      matters=[("Andragende fra Niels Overby|16 v af Malling", "anbefaledes"),
               ("Andragende fra Malling Gymnastikforening|for 1941, 42",
                "der bevilgedes 200 Kr"),
               ("Til Brandfoges i Malling Sogn|fritaget", "indstilledes Kaj Munk|fritaget")]),
    M("Sogneraadsmøde den 8-7-41", "1941-07-08", False, sp(NINE),
      matters=[("Til Medlem af Børneværnet|R P Nielsen, Malling",
                "valgtes Sogneraadsmedlem|Malling"),
               ("Fra Politimesteren i Odder forelaa|for Hvervet,",
                "følgende indstilledes:|H Schønnichzen"),
               ("Ligeledes fra Politimesteren|fritaget", "Forpagter Hviid Mariendal indstilledes"),
               ("Til Landsforeningen af Vanføre", "bevilgedes 10 Kr"),
               ("Et Tilbud fra Lodsejerne i Aistrup|overtog den.", "Tilbudet antages"),
               ("Mellem Gdr Viggo Andersen|Overenskomst 3/12 40", None)]),
    M("Sogneraadsmøde d 29-7-1941", "1941-07-29", False, without("Chr Jensen"),
      matters=[("En Skrivelse fra Gdr Anton Larsen|Kornnævnet,", "kunde ikke imødekommes"),
               ("Et Andragende om Indfødsret|Erklæring",
                "Sogneraadet ved enstemmigt|Andragendet."),
               ("Meddelelse fra Socialministeriet at Kommunen|1941,42", None),
               ("Meddelelse fra Skoledirektionen|1941 at regne", None),
               ("Meddelelse fra Politimesterenb|d A at regne", None),
               ("Til Arbejdet adler bevilgedes", "bevilgedes 10 Kr")]),
    M("Sogneraadsmøde 12-8-1941", "1941-08-12", False, sp(NINE),
      matters=[("I Henhold til Skrivelse af 12 Juli|Kornnævn,",
                "Sogneraadet vedtaget at vælge|fritaget"),
               ("Til at føre Tilsyn med Plejebørn|Malling", "valgtes Fru|Malling"),
               ("Til Maskinsynsformand|fritaget", "valgtes Statshusmand|fritaget")]),
    M("Sogneraadsmøde den 26-8-41", "1941-08-26", False, sp(NINE),
      matters=[("Et Andragende fra Lærer A K Hansen|Børneværnet,",
                "toges til Følge|Rouge Beder"),
               ("Angaaende Forhøjelsen af Grundlønnen|P Pedersen",
                "vedtog Sogneraadet med 7 Stemmer|tidligere Udtalelse"),
               ("Meddelelse fra Fruering Vitved|d 6/7", None)]),
    M("Sogneraadsmøde den 9-9-41", "1941-09-09", False, sp(NINE),
      matters=[("Meddelelse fra Bestyrelsen for Hads|27 Øre",
                "Til at give Møde paa Generalforsamlingen|S P Skov"),
               ("Meddelelse ra Aarhus Amysraad|800 Kr.", None),
               ("Meddelelse fra Ministeriet for Lanbrug|godkendes", None),
               ("Meddelelse fra Aarhus Amtsraad, at Niels Overby|16v af Malling", None)],
      actions=[A("Anton Pedersen og S P Skov", "give", "1941-09-30",
                 "Til at give Møde paa Generalforsamlingen|S P Skov",
                 "give Møde|Generalforsamlingen")]),
    M("Sogneraadsmøde d 29/9 41", "1941-09-29", False, sp(NINE),
      matters=[("Lønnen til Aage Viktor|at regne", "forhøjedes|at regne"),
               ("Til teknisk Skole i Malling|indeværende Aar",
                "bevilgedes 40 Kr|indeværende Aar"),
               ("Til Kræftens Bekæmpelse|Bekæmpelse", "15|15"),
               ("Fængselshjælpen|Fængselshjælpen", "10|10"),
               ("Teknologisk Institut|Institut", "10|10"),
               ("Hegnsynsmand for den kommende|Supleant", "valgtes Gaardejer|Supleant")]),
    M("Sogneraadsmøde paa de gamles Hjem den 14-10-1941", "1941-10-14", False,
      without("Alfred Elmose"),
      matters=[("Det vedtoges at yde en Brændselshjælp|November Maaned",
                "Det vedtoges at yde|November Maaned"),
               ("For Uddeling af Kødkort", "bevilgedes Johs Thomsen"),
               ("Dansk Tunghøreforening bevilgedes", "bevilgedes 50 Kr"),
               ("En Snekastningsdag fastsattes", "fastsattes"),
               ("Til Suplering af Beskæftigelsesudvalget|Fløjstrup", "valgtes følgende:|Fløjstrup"),
               ("I Henhold til indsendt Andragende|125000 Kr",
                "vedtoges saa snart|paabegynde Arbejdet")]),
    M("Sogneraadsmøde paa de gamles Hjem 11-11-1941", "1941-11-11", False, sp(NINE),
      matters=[("Til Snefogeder for de kommende 3 Aar",
                "indstilledes følgende:|Edv Ditlev Lillenor"),
               ("Til Nationalforeningen til Tuberkulosens", "bevilgedes 15 Kr"),
               ("Meddelelse fra Aarhus Amtsraad at Raadet|Malling Distrikt", None)]),
    M("Sogneraadsmøde paa de gamles Hjem d 25-11-1941", "1941-11-25", False, sp(NINE),
      matters=[("Angaaende Forlægning og Udvidelse|Vejen, Nr 13",
                "vedtoges at indvarsle følgende|Kathrine Christiansen"),
               ("Til Beder Sogns Bibliotek bevilgedes", "bevilgedes 100 Kr"),
               ("Det vedtoges at afholde ordinært|d 16. December",
                "Det vedtoges at afholde|d 16. December")]),
    M("Sogneraadsmøde paa de gamles Hjem den 19-12-1941", "1941-12-19", False, sp(NINE),
      matters=[("Kommunens Overslag for 1942-43 vedtaget ved 1",
                "vedtaget ved 1 Behandling"),
               ("Andragende fra Gymnastikforeningen|Egelund", "bevilgedes 200 Kr"),
               ("Andragende fra Beredskabskvinderne|Strikkegarn", "bevilgedes"),
               ("Andragende om Tilskud til Husholdningskursus|unge Piger,",
                "bevilgedes 35 Kr|Undervisningstime"),
               ("Andragende fra Fællesorganisationen|Juletræ", "bevilgedes 25 Kr"),
               ("Til Fiskernes Understøttelseskasse", "50|50"),
               ("Til Sykursus i Malling gaves", "gaves Tilladelse|Sogneraadslokalet"),
               ("Meddelelse fra Amtsraadet at Raadet|1942 - 43 - 44", None)]),
    M("Sogneraadsmøde afholdtes paa Malling Kro", "1942-01-06", False,
      without("Alfred Elmose"),
      matters=[("Til Vejforlægningen og Udvidelsen|11 Tilbud",
                "sidstnævnte Tilbud Antoges|Samtykke"),
               ("Fra Socialministeriet forelaa Meddelelse|for Uddeling", None)]),
    M("Sogneraadsmøde paa de gamles Hjem den 27-1-42", "1942-01-27", False,
      without("Alfred Elmose"),
      matters=[("Det vedtoges at forny Kontrakten|Rotter", "Det vedtoges at forny|Rotter"),
               ("Til Vridløselille Fængselsselskab|10 Kr", "bevilgedes 10 Kr"),
               ("Kommunens Overslag for 1942-43 vedtaget ved 2den|Behandling",
                "vedtaget ved 2den Behandling"),
               ("Meddelelse fra Indenrigsministeriet at der tilkommer|1942 - 43", None)]),
    M("Sogneraadsmøde paa de gamles Hjem d 10/2 42", "1942-02-10", True, [],
      matters=[("Andragende fra Beder om Tilskud|2 Sykurser",
                "der bevilgedes 35 Kr|Arbejdstime"),
               ("Som Brandfoged i Beder Sogns|fritaget", "indstilledes Smedemester|fritaget"),
               ("Andragende fra Kroejer Berg, Beder|1/4 - 1/11", "anbefaledes"),
               ("Andragende fra Landinspektør Andersen|Malling,", "anbefaledes")]),
]


def beder_role(name: str, date: str) -> str:
    # Alfred Elmose is appointed sognefoged from 1 October 1941 (meeting of 29 July 1941).
    return "sognefoged" if name == "Alfred Elmose" and date >= "1941-10-01" else ""


# --- Ormslev-Kolt 1944 -----------------------------------------------------------------------
ORMSLEV = "Ormslev-Kolt_1944_(fra_november).txt"
ORMSLEV_NAMES = {
    "A Brandstrup Andersen": "A. Brandstrup Andersen",
    "A.Brandstrup Andersen": "A. Brandstrup Andersen",
    "K J Fogh": "Kristian Fogh",
    "J.P.Melgaard": "J. P. Melgaard", "J.P. Melgaard": "J. P. Melgaard",
    "Margrethe Teilman": "Margrethe Teilmann", "Margr. Teilmann": "Margrethe Teilmann",
    "Margrete Teilmann": "Margrethe Teilmann",
    "R h Sørensen": "R. P. Sørensen", "H P Sørensen": "R. P. Sørensen",
    "P Sørensen": "R. P. Sørensen",
    "F Petersen": "F. Petersen",
}
TE = "Til Efterretning"
ORMSLEV_MEETINGS = [
    M("Ordinær Møde d. 12/9 1944", "1944-09-12", False,
      sp("A Brandstrup Andersen; Kristian Fogh; J. P. Melgaard; Margrethe Teilman; "
         "R h Sørensen; Anders P. Andersen; F. Petersen; Martin Jensen"),
      matters=[("Handelsministeriets Cirkulære af 17/8", TE),
               ("Handelsministeriests Cirkulære af 26/8", "Uddeles paa sædvanlig"),
               ("Arbejdsministerets Cirkulære af 4/9", "Til efterretning"),
               ("Undervisningsministeriets Cirkulære af 25/8", TE),
               ("Arhus Amtsraad har meddelt", TE),
               ("Aarhus Amtsraad har meddelt Bevilling", "Till Efterretning"),
               ("Skoledirektionen meddeler", TE),
               ("Dommeren i Odder", "Formanden møder"),
               ("Hammelbanen anmoder", None),
               ("Murer Jens Rasmussen", "^Udsættes idet"),
               ("Klage over Skatteansættelse for Emma", "^Ansættelsen ophæves"),
               ("P. Erland Pedersen", "^Ansættelsen fastholdes"),
               ("Landinspektør Rørholm ansøger", "^Anbefales"),
               ("Valg af Medlemmer til Bygningskommisionen", "Perioden forlænges"),
               ("Følgende Institutioner ansøger|om Tiskud.", "^Bevilges 25 Kr"),
               ("Den alm Brandforsikring", TE),
               ("Klage over Skatteansættelse fra Prøve", "^Nedsættes 200 Kr"),
               ("Skrivelse af 7/9 fra Kunstmaler", "Afvises idet"),
               ("Aarhus Amtsraad meddeler at Bevilling", TE),
               ("Amtraadet har godkendt at for", TE),
               ("Amtraadet har tiltraadt", TE),
               ("Amtsraadet har godkendt at der", TE),
               ("Skrivelse af 12/9 fra Amtsraadet", TE),
               ("Amtsraadet anmoder om Indstilling|31/12 1947.", "^Gdr. Seig Ludvigsen")],
      actions=[A("formanden", "møde", "1944-09-20", "Formanden møder", "møder")]),
    M("Ordinær Møde d. 11/10 1944", "1944-10-11", False,
      sp("F Petersen; J.P.Melgaard; H P Sørensen; Aage Jørgensen; A.Brandstrup Andersen; "
         "Margr. Teilmann; Martin Jensen; K J Fogh"),
      matters=[("Landbrugsministeriets Cikulære af 14/9", TE),
               ("Handelsministeriets Cirkulære af 3/10", TE),
               ("Arbejdsministeriets Cirkulære af 18/9", TE),
               ("Handelsministeriets Cirkulære af 28/9", TE),
               ("Undervisningsministeriets Cirkulære af 22/9", TE),
               ("Skattedepartementets Cikulære", TE),
               ("Aarhus Stiftamt har ved Skrivelse", "Til Efteretning"),
               ("Kasse og Reggnskabsudvalget fremlægger",
                "Regnskabet godkendtes.|med Kommunen."),
               ("Indstilling fra Kasse og Regnskabsudvalget", "Efter Udvalgets Indstil"),
               ("Skrivelse af 21/9 44 fra Akordlønsudvalget", TE),
               ("Ansøgning fra Arbmd. Jens Jensen", "^Sogneraadet har intet"),
               ("Aarhus Amtsraad anmoder om Sogneraadets", "Der foreslaas:"),
               ("Indstilling af Snefogder", "Godsejer A Pontoppidan Constbg."),
               ("Ansøgning fra Købmd. Christian", "Ansøgningen anbefales."),
               ("Dansk Kvindesamfunds Bering", "Det ansøgte bevilges"),
               ("Hammelbanen har sendt Regnskab", TE),
               ("Teknologisk Institut Beretning", TE),
               ("Bør Sogneraadet oprette", "^Det vedtages at rette"),
               ("Gdr.Søren Friis Hasselager begærer", "Gdr. Kristian Birkegaard"),
               ("Gdr. Georg Ludvigsen Lemming", "^Gdr Søren Friis Hasselager indstilles")],
      actions=[A("brændselsudvalget", "foretage", "",
                 "Sogneraadet giver Brænd", "foretaget regelmæsige|med Kommunen")]),
    M("Ordinær Møde d. 8/11 1944", "1944-11-08", False,
      sp("A. Brandstrup Andersen; Anders P. Andersen; P Sørensen; Aage Jørgensen; "
         "Margrete Teilmann; J.P. Melgaard; Kristian Fogh; Martin Jensen; F. Petersen"),
      matters=[("Socialministeriets Cirkulære Af 2/10", "Henvises til Socialudvalget."),
               ("Indenrigsministeriets Cirkulære af 16/10", TE),
               ("Handelsministeriets Cirkulære af 14/10", TE),
               ("Socialministeriets Cirkulære af 14/10", "Uddeles til ubemidlet"),
               ("Justitsministeriets Cirkulære af 20/10", TE),
               ("Mins. for off. Arbejder", TE),
               ("Handelsministeriet Cirkulære af 21/10", TE),
               ("Indenrigsministeriet Cirkulære af 31/10", TE),
               ("Handelsministeriet Cikulære af 31/10", TE),
               ("Skrivelse fra Landk. Ulykkesforsikring", TE),
               ("Aarhus Stiftsamt har sendt Takstregulativ", TE),
               ("Aarhus Stiftsamt meddeler", "Der uddeles dobbelt"),
               ("Skoledirektionen har godkendt", TE),
               ("Hads Herreds Dommerkontor", "Det vedtages at optage"),
               ("Meddelse fra Sygekassen", "^Efter at Fru Teilmann"),
               ("Ansøgning fra Handelsskolerne", "Bev. 75 Kr"),
               ("Aftenskolenævnet har sendt Beretning", TE),
               ("Aftenskolenævnet ansøger om gratis", "Bevilliges"),
               ("Aftenskolenævnet ansøger om at det", "Fastsættes til"),
               ("Gdr. Søren Jørgensen Ormslev forlanger", "Hmd Anker Rasmussen"),
               ("Landinspektør Rørholm har sendt Regning", "Betales."),
               ("Danmarks Blinde, Beretning", TE),
               ("Forslag fra Brandfogderne", "Indstillingerne tiltrædes.|i Funktioner."),
               ("Undervisningsministeriets Lovændring|Forældreraadsvalg", TE),
               ("Cikulære af 23/10 44.|Vintermaanederne.", TE + "#2"),
               ("Skrivelse af 31/10 44 fra Sogneraadsforeningen", TE),
               ("Ligningsdirektoratet anmoder", "^Privatf - Bolig"),
               ("Ormslev - Kolt Sygekasse har sendt", "Bevilliges 1700 Kr."),
               ("Karetmagersvend L. Staustrup", "Der findes ingen Anledning"),
               ("Fraskilt Henny Jensen", "Ansættelse ophæves:"),
               ("Lærer Aaes Hasselager anmoder", "Tillades"),
               ("Ansøgning fra Kæmneren", "Bevilges 10 Kr Mdl"),
               ("Aarhus Stiftamt anmoder om Erklæring i Anled", "I. H. T. Bestemmelserne")],
      actions=[A("socialudvalget", "henvise", "", "Henvises til Socialudvalget.",
                 "Henvises til Socialudvalget|Socialudvalget")]),
    M("Ordinær Møde d. 12/12 1944", "1944-12-12", False,
      sp("A. Brandstrup Andersen; F. Petersen; Kristian Fogh; J.P. Melgaard; Martin Jensen; "
         "Margrethe Teilmann; R. P. Sørensen; Anders P. Andersen"),
      matters=[("Handelsministeriets Cirkulære Og Bekendtgø", TE),
               ("Handelsministeriets Cirkulære af 8/11", TE),
               ("Undervisningsministeriets Cirkulære af 1/11", TE),
               ("Undervisningsministeriets Cikulære af 6/11", TE),
               ("Landbrugsministeriets Cirkulære af 10/11", "Til efterretning"),
               ("Handelsministeriets Cirkulære af 16/11", TE),
               ("Handelsministeriets Cikulære af 23/11", TE),
               ("Indenrigsministeriets Cikulære af 23/11", "Til Efteretning"),
               ("Handelsministerits Cirkulære af 20/11", TE),
               ("Handelsministeriets Cirkulære af 20/11", "^Uddeles Fredag"),
               ("Handelsministeriets Cirkulære og Bekendtgørelse", TE),
               ("Indenrigsministeriets Cirkulære af 30/11", TE),
               ("Socialministeriets Bekendtgørelse af 29/11", TE),
               ("Handelsministeriets Cirkulære af 2/12", TE),
               ("Justitsministeriets Cirkulære af 7/11", "Efter Sogneraadets For"),
               ("Aarhus Amtsraad har aproberit", TE),
               ("Aarhus Amtsraad har fremsendt Takster", TE),
               ("Aarhus Stiftamt anmoder Sogneraadets", "Klagen afvises"),
               ("Kongeriget Danmarks Hypotekbank", "^Sogneraadet maa forlange"),
               ("Skatteraadet anmoder om Sogneraadets", "Ansættelsen bør"),
               ("Skatteraadet anmoder ligeledes", "Skatteraadets Ansættelse"),
               ("Skatteraadet anmoder om Erklæring ang.", "Der findes ingen"),
               ("Skatteraadet anmoder om Erklæring i", "Sogneraadet finder den"),
               ("Gdr Marius Sørensen Kattrup", "^Anbefales."),
               ("Forpagter J. Andersen Kolt", "^Anbefales.#2"),
               ("Gdr. K. Brandstrup Andersen", "^Anbefales.#3"),
               ("Meddelse fra Formanden om at Vagtværnet", TE),
               ("Teknologisk Institut har fremsendt", "Udgift = 456 Kr>>Til Efterretning.#2"),
               ("En Ansøgning uden Navn", "^Medlemmerne uddeler"),
               ("Følgende Institutioner ansøger om Tilskud|om Tilskud", "Bev. 20 Kr.|Kr."),
               ("Socialministeriet meddeler", TE),
               ("Aarhus Stiftamt meddeler at der som", TE),
               ("Ansøgning fra Lærer Jensen", "^Bevilges"),
               ("Cirkulære af 24/11 44 fra Undervisningsminister", "Bevelliges"),
               ("Landbrugsministeriet meddeler", "Til Efteretning"),
               ("Ansøgning fra Thage Pedersen", "Ansøgningen kan")],
      actions=[A("medlemmerne", "uddele", "", "Medlemmerne uddeler", "uddeler|Trængende")]),
]


def no_role(name: str, date: str) -> str:
    return ""


# Beder-Malling writes one matter a line, often with no blank line between: spans without an
# end anchor run to the end of the line there, to the end of the paragraph in the others.
BOOKS_GOLD = [(BEDER, BEDER_MEETINGS, BEDER_NAMES, beder_role, "line"),
              (ELEV, ELEV_MEETINGS, ELEV_NAMES, elev_role, "para"),
              (ORMSLEV, ORMSLEV_MEETINGS, ORMSLEV_NAMES, no_role, "para")]


def main() -> None:
    if not (SHARED / BOOKS).is_dir():
        sys.exit(f"shared folder not found at {SHARED}; set EXTRACT_SHARED_DIR")
    records = [build(*b) for b in BOOKS_GOLD]
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
