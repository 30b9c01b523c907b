"""Write corpus/gold/books_invented_2.jsonl: gold for the invented minute books of set 2.

The four books in corpus/books_invented_2/ (Soelund school commission 1926, Bjerre parish
council 1918, Havnby parish church council 1958, Egeskov municipal council 1955) were invented
for issue 17 as a second style-variation test set, by a helper who did not read the extraction
code. This script annotates them by corpus/GUIDELINES.md ("Minute books", "Action items").

Every offset is found from an anchor, a short string of the book's text: a meeting's start
anchor must occur once in the book; every other anchor once in its meeting (a decision's
start anchor once in its matter's paragraph when it is there; a span's end anchor once in the
paragraph after the span's start). A missing or repeated anchor raises.

    python scripts/build_books_invented_2_gold.py          # write the JSONL
    python scripts/build_books_invented_2_gold.py --show   # also print every span for review
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOKS = ROOT / "corpus" / "books_invented_2"
OUT = ROOT / "corpus" / "gold" / "books_invented_2.jsonl"


class AnchorError(ValueError):
    pass


def find_one(text: str, anchor: str, lo: int, hi: int, what: str) -> int:
    """The offset of the single occurrence of anchor in text[lo:hi]."""
    i = text.find(anchor, lo, hi)
    if i < 0:
        raise AnchorError(f"{what}: anchor {anchor!r} not found in [{lo}, {hi})")
    if text.find(anchor, i + 1, hi) >= 0:
        raise AnchorError(f"{what}: anchor {anchor!r} not unique in [{lo}, {hi})")
    return i


def paragraph_end(text: str, i: int, hi: int) -> int:
    j = text.find("\n\n", i, hi)
    return hi if j < 0 else j


def span(text: str, a: str, b: str, lo: int, hi: int, what: str) -> tuple[int, int]:
    """From the start of anchor a (once in [lo, hi)) to the end of anchor b (once in the rest
    of a's paragraph)."""
    s = find_one(text, a, lo, hi, what)
    pe = paragraph_end(text, s, hi)
    if b == a:
        return s, s + len(a)
    e = find_one(text, b, s, pe, what)
    return s, e + len(b)


def mention(text: str, anchor: str, sub: str | None, lo: int, hi: int, what: str):
    s = find_one(text, anchor, lo, hi, what)
    if sub is None:
        return s, s + len(anchor)
    k = anchor.find(sub)
    if k < 0 or anchor.find(sub, k + 1) >= 0:
        raise AnchorError(f"{what}: {sub!r} not once in anchor {anchor!r}")
    return s + k, s + k + len(sub)


# ---------------------------------------------------------------- helpers for the tables
#
# attendance entries:
#   ("sig", anchor, sub, name, role)            present, mention = sub inside anchor (or anchor)
#   ("abs", anchor, sub, name, role)            absent, mention as above
#   ("stmt", person, name, role)                present, mention = the meeting's statement
# matters: (m_from, m_to, d_from, d_to) with d_from None for no decision
# actions: (actor, verb, deadline, s_from, s_to, a_from, a_to)


def sig(anchor, name, role="", sub=None):
    return ("sig", anchor, sub, name, role)


def ab(anchor, name, role="", sub=None):
    return ("abs", anchor, sub, name, role)


def st(person, name, role=""):
    return ("stmt", person, name, role)


# ================================================================ Soelund 1926
HOLM, KJAER, MOLG, VEST = "N. Holm", "Anders Kjær", "Hans Mølgaard", "Søren Vestergaard"


def soelund_sigs(kjaer=True, molg=True, holm_anchor="N. Holm, Formand", vest_anchor=None):
    rows = [sig(holm_anchor, HOLM, "formand", sub="N. Holm")]
    if kjaer:
        rows.append(sig("Anders Kjær", KJAER))
    if molg:
        rows.append(sig("H. Mølgaard", MOLG))
    rows.append(sig(vest_anchor or "S. Vestergaard", VEST, sub="S. Vestergaard"))
    return rows


SOELUND = [
    dict(
        start="Mødet den 3. Februar Kl. 4 Eftm. i Skolen.", date="1926-02-03",
        attendance=soelund_sigs(),
        matters=[
            ("Skolernes Regnskab", "gennemgaaet.", "Godkendt.", "Godkendt."),
            ("Førstelærer Bering androg", "delvis ulæselige.",
             "Bevilget med indtil 45 Kr.", "Bevilget med indtil 45 Kr."),
            ("Forhøret i begge Skoler.", "Forhøret i begge Skoler.",
             "Forhøret afholdes i April", "til Medlemmerne."),
            ("Kakkelovnen i Nørreby Skole", "sendes hjem.",
             "Skolekommissionen anmoder", "til Efteraaret."),
            ("Skolebiblioteket.", "Skolebiblioteket.", "Det vedtoges at", "indtil 25 Kr."),
        ],
        actions=[
            ("formanden", "fastsætte", "", "Formanden fastsætter", "til Medlemmerne.",
             "fastsætter Dagene", "Samraad med Lærerne"),
            ("formanden", "meddele", "", "Formanden fastsætter", "til Medlemmerne.",
             "meddeler dem", "til Medlemmerne"),
        ],
    ),
    dict(
        start="Mødet den 3die Marts", date="1926-03-03",
        attendance=[ab("Fraværende: Hans Mølgaard", MOLG, sub="Hans Mølgaard")]
        + soelund_sigs(molg=False),
        matters=[
            ("Forsømmelseslisterne for Januar", "gennemgaaedes.",
             "Formanden skriver til", "om Mulkt."),
            ("Lærerinde Frk. Marie Thune", "paa Askov.", "Bevilget, naar", "for Kommunen."),
            ("Det er oplyst for Kommissionen", "siden Jul.",
             "Lærer Dahl paalægges", "i hver Maaned."),
            ("Andragende fra Husmand Peder Skytte", "Hyrdedreng.", "Afslaaet,", "Besked."),
        ],
        actions=[
            ("formanden", "skrive", "", "Formanden skriver til", "om Mulkt.",
             "skriver til", "om Mulkt"),
            ("Lærer Dahl", "føre", "", "Lærer Dahl paalægges", "i hver Maaned.",
             "føre Dagbogen daglig", "føre Dagbogen daglig"),
            ("Lærer Dahl", "indsende", "", "Lærer Dahl paalægges", "i hver Maaned.",
             "indsende", "i hver Maaned"),
            ("formanden", "give", "", "Det overdroges", "Besked.",
             "give Faderen Besked", "give Faderen Besked"),
        ],
    ),
    dict(
        start="Mødet d. 14/4", date="1926-04-14",
        attendance=soelund_sigs(holm_anchor="N. Holm   Anders"),
        matters=[
            ("Kommissionen overværede", "i Nørreby Skole.", None, None),
            ("Efter Forhøret forhandledes", "om Præmier.",
             "Det vedtoges at bevilge 12", "begge Skoler."),
        ],
        actions=[],
    ),
    dict(
        start="Fællesmøde med Sogneraadet.", date="1926-05-20",
        attendance=[
            ab("havde H. Mølgaard meldt", MOLG, sub="H. Mølgaard"),
            sig("N. Holm, Formand", HOLM, "formand", sub="N. Holm"),
            sig("Formand   Anders Kjær", KJAER, sub="Anders Kjær"),
            sig("Kjær   S. Vestergaard", VEST, sub="S. Vestergaard"),
            sig("Jens Brink, Sogneraadsformand", "Jens Brink", "sogneraadsformand",
                sub="Jens Brink"),
            sig("Sogneraadsformand   Chr. Lauesen", "Chr. Lauesen", sub="Chr. Lauesen"),
            sig("Lauesen   P. Aagaard", "P. Aagaard", sub="P. Aagaard"),
            sig("Mikkel Friis", "Mikkel Friis"),
        ],
        matters=[
            ("Til Forhandling forelaa", "Skoles Udvidelse.",
             "Efter en længere Forhandling", "de foreligger."),
        ],
        actions=[
            ("sogneraadsformanden", "indhente", "", "Sogneraadsformanden indhenter",
             "de foreligger.", "indhenter", "Haandværkere i\nSognet"),
            ("Pastor Holm", "indsende", "", "Sogneraadsformanden indhenter",
             "de foreligger.", "indsender Tegning", "saa snart de foreligger"),
        ],
    ),
    dict(
        start="Mødet den 16. Juni", date="1926-06-16",
        attendance=[sig("Gdr. Anders Kjær forlod", KJAER, sub="Anders Kjær")]
        + soelund_sigs(kjaer=False),
        matters=[
            ("Lærerinde Frk. Thune har søgt", "skal giftes.",
             "Afskeden anbefales.", "Afskeden anbefales."),
            ("Til det ledige Lærerindeembede", "Ansøgninger.",
             "Kommissionen indstiller", "til Skoledirektionen."),
            ("Skolens Sommerferie fastsattes", "7. August.",
             "Skolens Sommerferie fastsattes", "7. August."),
            ("Skolehaven ved Soelund Skole", "i Ukrudt.",
             "Tilbuddet modtoges med Tak.", "Tilbuddet modtoges med Tak."),
        ],
        actions=[
            ("formanden", "indsende", "", "Formanden indsender Indstillingen",
             "til Skoledirektionen.", "indsender", "til Skoledirektionen"),
        ],
    ),
    dict(
        start="Mødet den 11. August", date="1926-08-11",
        attendance=soelund_sigs(vest_anchor="Mølgaard\nS. Vestergaard"),
        matters=[
            ("Timeplanen for Vinterhalvaaret", "Førstelærer Bering.",
             "Godkendt.", "Godkendt."),
            ("Frk. Worm ønskede et Skab", "Haandgerningsmaterialerne.",
             "Det vedtoges at lade Skabet", "sørger for Kørslen."),
            ("Skolebørnenes Tandpleje, som", "paa Bane.",
             "Sagen udsattes.", "Sagen udsattes."),
            ("Frk. Worm ønsker at holde", "Vintermaanederne.",
             "Kommissionen har intet herimod", "Lys og Brændsel."),
        ],
        actions=[
            ("Gdr. Søren Vestergaard", "sørge for", "", "Gdr. Søren Vestergaard sørger",
             "for Kørslen.", "sørger for Kørslen", "sørger for Kørslen"),
        ],
    ),
    dict(
        start="Mødet den 8. September", date="1926-09-08",
        attendance=soelund_sigs(molg=False),
        matters=[
            ("Kommissionen foretog Eftersyn", "og Lærerbolig.",
             "Skolekommissionen anmoder", "inden Vinteren."),
            ("Formanden oplyste, at Tandlæge Frost", "Nabosognene.", None, None),
            ("Lærer Dahl har andraget", "2. Oktober.", "Bevilget 10 Kr.", "Bevilget 10 Kr."),
        ],
        actions=[],
    ),
    dict(
        start="Skolekommissionen samledes i Præstegaarden", date="1926-10-12",
        attendance=soelund_sigs(),
        matters=[
            ("Formanden oplæste Skrivelse", "gøres større.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Om Skolebørnenes Tandpleje forhandledes paany.",
             "Om Skolebørnenes Tandpleje forhandledes paany.",
             "Der indhentes Oplysning", "til næste Møde."),
            ("Lærer Dahl har bedt om Tilladelse", "Vintermaanederne.",
             "Tilladelsen gives", "og Brændsel."),
        ],
        actions=[],
    ),
    dict(
        start="Mødet den 3. November", date="1926-11-03",
        attendance=soelund_sigs(vest_anchor="Mølgaard\nS. Vestergaard"),
        matters=[
            ("Skolebudgettet for 1927-28.", "Skolebudgettet for 1927-28.",
             "Vedtaget med en samlet", "6.420 Kr."),
            ("Tilbygningen.", "Tilbygningen.", "Kommissionen anbefaler", "overfor Sogneraadet."),
            ("Juletræsfesten for Skolebørnene.", "Juletræsfesten for Skolebørnene.",
             "Førstelærer Bering og Frk. Worm bedes", "bevilges."),
            ("Mejeriet i Soelund tilbyder", "pr. Pot.",
             "Et Forslag fra S. Vestergaard", "paa Budgettet."),
        ],
        actions=[
            ("Førstelærer Bering og Frk. Worm", "arrangere", "",
             "Førstelærer Bering og Frk. Worm bedes", "som sidste Aar.",
             "arrangere Festen", "som sidste Aar"),
        ],
    ),
    dict(
        start="Mødet den 15. December", date="1926-12-15",
        attendance=[ab("Fraværende: Anders Kjær", KJAER, sub="Anders Kjær")]
        + soelund_sigs(kjaer=False),
        matters=[
            ("Skoledirektionen har godkendt", "Foraaret 1927.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Skolebørnenes Tandpleje.", "Skolebørnenes Tandpleje.",
             "Efter Forhandling vedtoges", "pr. Barn."),
            ("Juletræsfesten afholdes", "i Soelund\nSkole.",
             "Juletræsfesten afholdes", "leder Festen."),
            ("Eventuelt.", "Eventuelt.", None, None),
        ],
        actions=[
            ("Tandlæge Frost", "undersøge", "", "Efter Forhandling vedtoges", "pr. Barn.",
             "undersøge Børnenes Tænder", "een Gang aarlig"),
            ("formanden og Førstelærer Bering", "lede", "",
             "Formanden og Førstelærer Bering leder", "leder Festen.",
             "leder Festen", "leder Festen"),
        ],
    ),
]


# ================================================================ Bjerre 1918
HOLT, EBB, OVER, SKOU = "Rasmus Holt", "Mads Ebbesen", "Niels Overgaard", "Jens Kr. Skou"
BACH, RIIS, MUNK = "Peder Bach", "Anton Riis", "Kristian Munk"
BJ_ROLE = {HOLT: "formand", EBB: "næstformand", OVER: "kasserer"}
BJ_SIG = {HOLT: "R. Holt", EBB: "M. Ebbesen", OVER: "N. Overgaard", SKOU: "J. Kr. Skou",
          BACH: "P. Bach", RIIS: "Anton Riis", MUNK: "K. Munk"}
BJ_ALL = [HOLT, EBB, OVER, SKOU, BACH, RIIS, MUNK]


def bjerre_sigs(members=BJ_ALL, context=None):
    """Signature rows, one per line; context maps a member to a wider anchor."""
    context = context or {}
    rows = []
    for m in members:
        written = BJ_SIG[m]
        rows.append(sig(context.get(m, "\n" + written + "\n"), m, BJ_ROLE.get(m, ""),
                        sub=written))
    return rows


def bjerre_stmt(members):
    return [st(BJ_SIG[m], m, BJ_ROLE.get(m, "")) for m in members]


BJERRE = [
    dict(
        start="Aar 1918, Onsdag den 9. Januar", date="1918-01-09",
        attendance=bjerre_sigs(),
        matters=[
            ("Valg af Formand for Aaret 1918.", "Valg af Formand for Aaret 1918.",
             "Gdr. Rasmus Holt genvalgtes", "Niels Overgaard."),
            ("Andragende fra Enken Maren Post", "til Brændsel.",
             "Der\nbevilgedes hende", "af Fattigkassen."),
            ("Sognefogden meddelte", "er modtagne.", "Formanden\nuddeler dem", "fra Kl. 1 til 4."),
            ("Ministeriets Cirkulære", "forelaa.", "Overladt til Formanden", "til næste Møde."),
            ("Amtets Skrivelse af 28. December", "oplæstes.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Regning fra Smed Anton Riis", "forelaa.",
             "Regningen godkendtes.", "Regningen godkendtes."),
        ],
        actions=[
            ("formanden", "uddele", "1918-01-26", "Formanden\nuddeler dem", "fra Kl. 1 til 4.",
             "uddeler dem", "fra Kl. 1 til 4"),
            ("formanden og kassereren", "udarbejde", "", "Overladt til Formanden",
             "til næste Møde.", "udarbejde en Fortegnelse", "til næste Møde"),
        ],
    ),
    dict(
        start="Aar 1918 den 6te Februar", date="1918-02-06",
        attendance=[ab("Fraværende: Peder Bach", BACH, sub="Peder Bach")]
        + bjerre_sigs([HOLT, EBB, OVER, SKOU, RIIS, MUNK]),
        matters=[
            ("Fortegnelsen over Dyrtidshjælp forelagdes.",
             "Fortegnelsen over Dyrtidshjælp forelagdes.",
             "Fortegnelsen godkendtes.", "Udgangen af Februar."),
            ("Amtet har anmodet om", "Brændselsnævn.", "Til\nMedlemmer",
             "Husstandenes Størrelse."),
            ("Vejmand Laust Jensen andrager", "Dyrtiden.",
             "Forslaget om en Forhøjelse", "een Gang for alle."),
            ("Formanden oplyste, at Petroleumskortene", "pr. Husstand.",
             "Taget til Efterretning.", "Taget til Efterretning."),
        ],
        actions=[
            ("kassereren", "udbetale", "1918-02-28", "Kassereren udbetaler",
             "Udgangen af Februar.", "udbetaler Beløbene", "Udgangen af Februar"),
            ("Anton Riis og Kristian Munk", "fordele", "", "Til\nMedlemmer",
             "Husstandenes Størrelse.", "fordele\nTørven", "Husstandenes Størrelse"),
        ],
    ),
    dict(
        start="Aar 1918 den 14. Marts", date="1918-03-14",
        statement=("Fraværende var Jens Kr. Skou", "og Peder Bach."),
        attendance=[
            ab("Fraværende var Jens Kr. Skou", SKOU, sub="Jens Kr. Skou"),
            ab("Skou og Peder Bach.", BACH, sub="Peder Bach"),
        ] + bjerre_stmt([HOLT, EBB, OVER, RIIS, MUNK]),
        matters=[
            ("Valglisten til Folketingsvalget", "berigtiget.",
             "Formanden fremlægger", "i 8 Dage."),
            ("Sukkerkortene.", "Sukkerkortene.", "Sagen overdroges", "med Købmanden."),
            ("Andragende fra Husmand Søren Mose", "Alderdomsunderstøttelse.",
             "Bevilget 15 Kr.", "at regne."),
            ("Jordemoder Fru Hansine Dal", "siden 1912.", "Bevilget 40 Kr.", "Aaret 1918."),
        ],
        actions=[
            ("formanden", "fremlægge", "", "Formanden fremlægger", "i 8 Dage.",
             "fremlægger Listen", "i 8 Dage"),
            ("formanden", "overdrage", "", "Sagen overdroges", "med Købmanden.",
             "overdroges Formanden", "med Købmanden"),
        ],
    ),
    dict(
        start="Aar 1918 den 10de April", date="1918-04-10",
        attendance=bjerre_sigs(),
        matters=[
            ("Kassereren fremlagde Regnskabet", "43 Øre.",
             "Regnskabet overgaves", "til Revisorerne."),
            ("Vejenes Istandsættelse efter Vinteren.",
             "Vejenes Istandsættelse efter Vinteren.",
             "Vejudvalget, P. Bach", "fornødne Grus."),
            ("Skolekommissionen har andraget", "Skole.", "Bevilget.", "Bevilget."),
            ("Andragende fra Gaardejer Kr. Lund", "Bjerre Mølle.",
             "Henvistes til Vejudvalget.", "Henvistes til Vejudvalget."),
            ("Andragende fra Husmand Ole Krog", "tage Arbejde.", "Der eftergaves", "18 Kr."),
        ],
        actions=[
            ("revisorerne", "overgive", "", "Regnskabet overgaves", "til Revisorerne.",
             "overgaves til Revisorerne", "overgaves til Revisorerne"),
            ("Vejudvalget", "efterse", "1918-05-01", "Vejudvalget, P. Bach", "fornødne Grus.",
             "efterse Sognevejene", "inden 1ste Maj"),
            ("Vejudvalget", "give", "", "Vejudvalget, P. Bach", "fornødne Grus.",
             "give Vejmanden", "fornødne Grus"),
            ("Vejudvalget", "henvise", "", "Henvistes til Vejudvalget.",
             "Henvistes til Vejudvalget.", "Henvistes til Vejudvalget",
             "Henvistes til Vejudvalget"),
        ],
    ),
    dict(
        start="Aar 1918, Onsdag den 12. Juni", date="1918-06-12",
        attendance=[ab("Fraværende: Kristian Munk", MUNK, sub="Kristian Munk")]
        + bjerre_sigs([HOLT, EBB, OVER, SKOU, BACH, RIIS]),
        matters=[
            ("Sprøjtehusets Straatag er utæt.", "Sprøjtehusets Straatag er utæt.",
             "Det overdroges", "Høsten begynder."),
            ("Andragende fra Bjerre Skytteforening", "Skydebane.",
             "Andragendet afslaaedes", "maa spare."),
            ("Revisorernes Bemærkninger", "af Kassereren.",
             "Regnskabet godkendtes derefter.", "Regnskabet godkendtes derefter."),
            ("Tørveskæret i Sognets Mose.", "Tørveskæret i Sognets Mose.", None, None),
        ],
        actions=[
            ("N. Overgaard", "antage", "", "Det overdroges", "Høsten begynder.",
             "antage en\nTækkemand", "Høsten begynder"),
        ],
    ),
    dict(
        start="Aar 1918 den 21. August", date="1918-08-21",
        attendance=bjerre_sigs(),
        matters=[
            ("Amtsraadets Skrivelse", "oplæstes.",
             "Taget til Efterretning.", "Taget til Efterretning."),
            ("Lærer Ravn har anmodet om", "daarligt.", "Sogneraadet vil indhente", "Hans Ege."),
            ("Broen over Bjerre Aa er brøstfældig.", "Broen over Bjerre Aa er brøstfældig.",
             "Sogneraadet anmoder", "Sogne."),
            ("Andragende fra Husmand Jens Vad", "Sygdom.", "Bevilget 30 Kr.", "Bevilget 30 Kr."),
            ("Andragende fra Bjerre Forsamlingshus", "udlejet.", "Afslaaet.", "Afslaaet."),
        ],
        actions=[
            ("Sogneraadet", "indhente", "", "Sogneraadet vil indhente", "Hans Ege.",
             "indhente Tilbud", "Hans Ege"),
        ],
    ),
    dict(
        start="Ekstraordinært Møde.", date="",
        attendance=[
            ab("Fraværende: J. Kr. Skou", SKOU, sub="J. Kr. Skou"),
            sig("Rasmus Holt, Formand", HOLT, "formand", sub="Rasmus Holt"),
        ] + bjerre_sigs([EBB, OVER, BACH, RIIS, MUNK]),
        matters=[
            ("Distriktslægen redegjorde", "3 er døde.",
             "Efter Distriktslægens Raad", "hos Købmanden."),
            ("Der bevilgedes indtil 200 Kr.", "Sygeplejerske.",
             "Der bevilgedes indtil 200 Kr.", "i Vestby."),
        ],
        actions=[
            ("formanden", "bekendtgøre", "", "Formanden bekendtgør", "hos Købmanden.",
             "bekendtgør", "hos Købmanden"),
            ("formanden", "antage", "", "Formanden\nantager", "i Vestby.",
             "antager en saadan", "i Vestby"),
        ],
    ),
    dict(
        start="Aar 1918 den 13de November", date="1918-11-13",
        attendance=bjerre_sigs(),
        matters=[
            ("Formanden meddelte, at Sygdommen", "18. November.",
             "Taget til", "Efterretning."),
            ("Begravelseshjælp.", "Begravelseshjælp.", "Til Familierne", "til Begravelsen."),
            ("Andragende fra Sygeplejersken", "i Sygdomstiden.",
             "Bevilget 18 Kr.", "Bevilget 18 Kr."),
            ("Smed Anton Riis har tilbudt", "Favnen.", "Tilbuddet antoges", "Afstemningen."),
            ("Skatterestancerne.", "Skatterestancerne.", "Det blev vedtaget", "1. December."),
        ],
        actions=[
            ("Kasserer N. Overgaard", "indkræve", "1918-12-01", "Det blev vedtaget",
             "1. December.", "indkræve", "inden 1. December"),
        ],
    ),
    dict(
        start="Aar 1918 den 11. December", date="1918-12-11",
        attendance=[
            ab("Fraværende: Mads Ebbesen", EBB, "næstformand", sub="Mads Ebbesen"),
            ab("Ebbesen og Anton Riis.", RIIS, sub="Anton Riis"),
        ] + bjerre_sigs([HOLT, OVER, SKOU, BACH, MUNK]),
        matters=[
            ("Overslaget over Kommunens", "1ste Behandling.",
             "Overslaget henvistes", "videre Behandling."),
            ("Julehjælp.", "Julehjælp.", "Der bevilgedes 60 Kr.", "i Forening."),
            ("Lærer Ravns Andragende", "foreligger.", "Lærer Ravns Andragende", "foreligger."),
            ("Formanden meddelte, at Amtsraadet", "Aa.", "Vejudvalget udfører", "til Foraaret."),
        ],
        actions=[
            ("formanden og kassereren", "henvise", "", "Overslaget henvistes",
             "videre Behandling.", "henvistes til Formanden", "videre Behandling"),
            ("Vejudvalget", "udføre", "", "Vejudvalget udfører", "til Foraaret.",
             "udfører Arbejdet", "til Foraaret"),
        ],
    ),
    dict(
        start="Aar 1918, Mandag den 30. December", date="1918-12-30", fragment=True,
        statement=("Alle Medlemmer var mødt.", "Alle Medlemmer var mødt."),
        attendance=bjerre_stmt(BJ_ALL),
        matters=[
            ("Overslaget for 1919-20", "21.600 Kr.", "Overslaget for 1919-20", "21.600 Kr."),
            ("Kommunens Tørv.", "Kommunens Tørv.", "Brændselsnævnet,", "Kr. Læsset."),
            ("Sognefoged Mads Lund har", "Budsendinger.", "Der bevilgedes ham",
             "som Godtgørelse."),
            ("Formanden oplæste en Skrivelse", "Fordelingen af", None, None),
        ],
        actions=[
            ("Brændselsnævnet", "sælge", "", "Brændselsnævnet,", "Kr. Læsset.",
             "sælge dem", "6 Kr. Læsset"),
        ],
    ),
]


# ================================================================ Havnby 1958
VIN, DAM, BUN, HOJ = "Karl Vinther", "Inger Dam", "E. Bundgaard", "Arne Høj"
BERG, LYNG, NOR = "Svend Berg", "Kirstine Lyng", "Poul Nørgaard"
HV_ROLE = {VIN: "formand", DAM: "næstformand", BUN: "sognepræst", HOJ: "kasserer",
           BERG: "kirkeværge"}
HV_ALL = [VIN, DAM, BUN, HOJ, BERG, LYNG, NOR]


def havnby_sigs(members=HV_ALL, context=None, titled=False):
    context = context or {}
    rows = []
    for m in members:
        role = HV_ROLE.get(m, "")
        if m in context:
            anchor = context[m]
        elif titled and role:
            anchor = f"{m}, {role}"
        else:
            anchor = m
        rows.append(sig(anchor, m, role, sub=m))
    return rows


HAVNBY = [
    dict(
        start="Nr. 61. Konstituerende møde", date="1958-01-14",
        attendance=havnby_sigs(titled=True, context={NOR: "Lyng\nPoul Nørgaard"}),
        matters=[
            ("Valg af formand.", "Valg af formand.", "Karl Vinther genvalgtes", "var blank."),
            ("Valg af næstformand.", "Valg af næstformand.",
             "Fru Inger Dam valgtes.", "Fru Inger Dam valgtes."),
            ("Valg af kasserer og kirkeværge.", "Valg af kasserer og kirkeværge.",
             "Arne Høj genvalgtes", "som kirkeværge."),
            ("Kirkegårdens takster for 1958.", "Kirkegårdens takster for 1958.",
             "Vedtaget.", "Vedtaget."),
            ("Maling af kirkens vinduer og døre.", "Maling af kirkens vinduer og døre.",
             "Det overdroges kirkeværgen", "til næste møde."),
            ("Julens kollekter.", "Julens kollekter.", "Kordegnen sørger for", "1. februar."),
            ("Kirkeblad.", "Kirkeblad.", "Tanken blev godt", "i Havnby."),
        ],
        actions=[
            ("kirkeværgen", "indhente", "", "Det overdroges kirkeværgen", "til næste møde.",
             "indhente\ntilbud", "til næste møde"),
            ("kordegnen", "sørge for", "1958-02-01", "Kordegnen sørger for", "1. februar.",
             "sørger for", "1. februar"),
            ("Poul Nørgaard", "undersøge", "", "Det overdroges Poul Nørgaard", "i Havnby.",
             "undersøge", "i Havnby"),
        ],
    ),
    dict(
        start="Nr. 62\n", date="1958-02-03",
        attendance=[ab("Afbud: Kirstine Lyng", LYNG, sub="Kirstine Lyng")] + [
            sig(initials, m, HV_ROLE.get(m, ""))
            for initials, m in [("K.V.", VIN), ("I.D.", DAM), ("E.B.", BUN), ("A.H.", HOJ),
                                ("S.B.", BERG), ("P.N.", NOR)]
        ],
        matters=[
            ("Tilbud på maling.", "Tilbud på maling.",
             "Tilbuddet fra Tage Lund", "til konfirmationen."),
            ("Kirkens varmeanlæg.", "Kirkens varmeanlæg.", "Menighedsrådet anmoder", "hertil."),
            ("Meddelelser.", "Meddelelser.", None, None),
            ("Kirkeblad.", "Kirkeblad.", "Det vedtoges at udsende", "spejderne."),
        ],
        actions=[
            ("kirkeværgen", "tage", "", "Kirkeværgen tager kontakt", "til konfirmationen.",
             "tager kontakt", "til konfirmationen"),
            ("Pastor Bundgaard", "redigere", "", "Pastor\nBundgaard redigerer", "spejderne.",
             "redigerer bladet", "redigerer bladet"),
            ("Poul Nørgaard", "sørge for", "", "Pastor\nBundgaard redigerer", "spejderne.",
             "sørger for omdelingen", "spejderne"),
        ],
    ),
    dict(
        start="Nr. 63\n", date="1958-03-12",
        attendance=[
            ab("Afbud: Poul Nørgaard", NOR, sub="Poul Nørgaard"),
            ab("fru Kirstine Lyng", LYNG, sub="Kirstine Lyng"),
        ] + havnby_sigs([VIN, DAM, BUN, HOJ, BERG],
                        context={DAM: "\nInger Dam\n", HOJ: "\nArne Høj\n"}),
        matters=[
            ("Kirkekassens budget for 1958/59.", "Kirkekassens budget for 1958/59.",
             "Vedtaget.", "Vedtaget."),
            ("Præstegårdskassens budget for 1958/59.",
             "Præstegårdskassens budget for 1958/59.",
             "Vedtaget med en tilføjelse", "køkken."),
            ("Graver Anton Mikkelsen", "lønforhøjelse.", "Det blev overladt", "næste møde."),
            ("Konfirmationen holdes", "27. april.", "Konfirmationen holdes", "salmerne."),
            ("Kirkegårdsudvalget.", "Kirkegårdsudvalget.",
             "Til kirkegårdsudvalget valgtes", "Inger Dam."),
        ],
        actions=[
            ("formanden og kassereren", "forhandle", "", "Det blev overladt", "næste møde.",
             "forhandle med graveren", "om lønnen"),
            ("formanden og kassereren", "forelægge", "", "Det blev overladt", "næste møde.",
             "forelægge\nresultatet", "næste møde"),
            ("Pastor Bundgaard og organisten", "aftale", "", "Pastor Bundgaard og",
             "salmerne.", "aftaler salmerne", "aftaler salmerne"),
        ],
    ),
    dict(
        start="Nr. 64\n", date="1958-04-17",
        attendance=havnby_sigs([VIN, DAM, BUN, HOJ, BERG, NOR],
                               context={BERG: "\nSvend Berg\n"}),
        matters=[
            ("Provstesynet.", "Provstesynet.", "Provstesynet afholdes", "i synet."),
            ("Graverens løn.", "Graverens løn.", "Det vedtoges", "at regne."),
            ("Orglet.", "Orglet.", "Sagen udsattes", "provstesynet."),
            ("Eventuelt.", "Eventuelt.", "Svend Berg sørger", "august."),
        ],
        actions=[
            ("kirkeværgen og formanden", "deltage", "", "Kirkeværgen og", "i synet.",
             "deltager i synet", "deltager i synet"),
            ("Svend Berg", "sørge for", "", "Svend Berg sørger for", "august.",
             "sørger for", "og august"),
        ],
    ),
    dict(
        start="Nr. 65\n", date="1958-06-10",
        statement=("Fraværende: ingen.", "Fraværende: ingen."),
        attendance=[st(m, m, HV_ROLE.get(m, "")) for m in HV_ALL],
        matters=[
            ("Orglet.", "Orglet.", "Menighedsrådet søger", "istandsættelsen."),
            ("Kirkegårdens hæk", "klippes ned.", "Graveren", "i juli."),
            ("Sognepræstens ferie.", "Sognepræstens ferie.", None, None),
            ("Kirkens opvarmning.", "Kirkens opvarmning.", "Der var enighed", "om orglet."),
        ],
        actions=[
            ("graveren", "udføre", "", "Graveren\nudfører", "i juli.",
             "udfører arbejdet", "i juli"),
        ],
    ),
    dict(
        start="Nr. 66\n", date="1958-09-02",
        attendance=[ab("Afbud: Svend Berg", BERG, "kirkeværge", sub="Svend Berg")]
        + havnby_sigs([VIN, DAM, BUN, HOJ, LYNG, NOR],
                      context={VIN: "Karl Vinther, formand", NOR: "Lyng\nPoul Nørgaard"}),
        matters=[
            ("Høstgudstjenesten søndag", "28. september.", "Høstofferet gives", "Vedtaget."),
            ("Forslag fra Poul Nørgaard", "til kl. 9.", "Forslaget forkastedes", "stemte ikke."),
            ("Menighedsmødet holdes", "forsamlingshuset.", "Det\nblev aftalt", "for kaffen."),
            ("Oliefyret.", "Oliefyret.", "Taget til efterretning.", "Taget til efterretning."),
            ("Konfirmandstuen trænger", "ubekvemme.", "Det vedtoges at anskaffe", "i Havnby."),
        ],
        actions=[
            ("formanden", "indbyde", "", "Det\nblev aftalt", "for kaffen.",
             "indbyder provst Lykke", "til at tale"),
            ("fru Dam og fru Lyng", "sørge for", "", "Det\nblev aftalt", "for kaffen.",
             "sørger for kaffen", "sørger for kaffen"),
            ("formanden", "indhente", "", "Formanden indhenter tilbud", "i Havnby.",
             "indhenter tilbud", "i Havnby"),
        ],
    ),
    dict(
        start="Nr. 67\n", date="1958-10-07",
        attendance=[
            sig(VIN, VIN, "formand"), sig(DAM, DAM, "næstformand"),
            sig("pastor Bundgaard", BUN, "sognepræst", sub="Bundgaard"),
            sig(HOJ, HOJ, "kasserer"), sig(BERG, BERG, "kirkeværge"), sig(NOR, NOR),
            sig("Kirstine Lyng kom", LYNG, sub="Kirstine Lyng"),
        ],
        matters=[
            ("Oliefyret.", "Oliefyret.", "Arbejdet udføres", "med arbejdet."),
            ("Menighedsmødet.", "Menighedsmødet.", "Kassereren", "vil koste."),
            ("Kirkegårdens takster for urnegravsteder.",
             "Kirkegårdens takster for urnegravsteder.", "Udsat,", "i nabosognene."),
            ("Kordegnen meddelte", "i sognet.", None, None),
        ],
        actions=[
            ("kirkeværgen", "føre", "", "Kirkeværgen fører", "med arbejdet.",
             "fører tilsyn", "med arbejdet"),
            ("kassereren", "undersøge", "", "Kassereren", "vil koste.",
             "undersøger", "vil koste"),
        ],
    ),
    dict(
        start="Nr. 68\n", date="1958-11-18",
        attendance=havnby_sigs(context={BERG: "Høj   Svend Berg"}),
        matters=[
            ("Kirkebil.", "Kirkebil.", "Ordningen forsøges", "med vognmanden."),
            ("Kollekterne juleaften.", "Kollekterne juleaften.",
             "Kollekten ved gudstjenesten", "Vedtaget."),
            ("Juletræ i kirken.", "Juletræ i kirken.", "Svend Berg skaffer", "plantagen."),
            ("Graverens ferie afvikles", "i januar.", "Graverens ferie afvikles", "søn."),
        ],
        actions=[
            ("kassereren", "træffe", "", "Ordningen forsøges", "med vognmanden.",
             "træffer aftale", "med vognmanden"),
            ("Svend Berg", "skaffe", "", "Svend Berg skaffer", "plantagen.",
             "skaffer", "plantagen"),
        ],
    ),
    dict(
        start="Nr. 69\n", date="1958-12-09",
        attendance=havnby_sigs(titled=True, context={LYNG: "\nKirstine Lyng\n"}),
        matters=[
            ("Kirkekassens regnskab for 1957/58", "blev godkendt.",
             "Kirkekassens regnskab for 1957/58", "blev godkendt."),
            ("Juleaftens gudstjenester holdes", "kl. 16.",
             "Juleaftens gudstjenester holdes", "kl. 16."),
            ("Oliefyret er taget i brug", "virker godt.",
             "Taget til efterretning.", "Taget til efterretning."),
            ("Kirkebladets julenummer", "i alle hjem.", "Forslaget tiltrådtes",
             "februarnummeret."),
            ("Formanden takkede", "årets løb.", None, None),
        ],
        actions=[
            ("fru Lyng", "indsamle", "", "Forslaget tiltrådtes", "februarnummeret.",
             "indsamler oplysningerne", "februarnummeret"),
        ],
    ),
]


# ================================================================ Egeskov 1955
KJE, BECH, MUN, SKY = "Henry Kjeldsen", "Tage Bech", "Frede Munch", "Ejnar Skytte"
BON, NORB, RAVN = "Marie Bonde", "Aksel Nørby", "Poul Ravn"
EG_ROLE = {KJE: "formand", BECH: "næstformand"}
EG_ALL = [KJE, BECH, MUN, SKY, BON, NORB, RAVN]


def egeskov_line(line: str):
    """Rows for a signature line 'A   B   C' (each name once in the line)."""
    return [sig(line, m, EG_ROLE.get(m, ""), sub=m) for m in line.split("   ")]


EG_SIG_FULL = (egeskov_line("Henry Kjeldsen   Tage Bech   Frede Munch   Ejnar Skytte")
               + egeskov_line("Marie Bonde   Aksel Nørby   Poul Ravn"))
EG_SIG_3_3 = (egeskov_line("Henry Kjeldsen   Tage Bech   Frede Munch")
              + egeskov_line("Ejnar Skytte   Aksel Nørby   Poul Ravn"))


def egeskov_stmt(members):
    return [st(m, m, EG_ROLE.get(m, "")) for m in members]


EGESKOV = [
    dict(
        start="Kommunalbestyrelsens møde den 12. januar 1955", date="1955-01-12",
        attendance=EG_SIG_FULL,
        matters=[
            ("Skatteligningen for 1955/56.", "Skatteligningen for 1955/56.",
             "Taget til", "efterretning."),
            ("Andragende fra 14 beboere", "Vandværk.", "Sagen henvises", "økonomiudvalget."),
            ("Egeskov alderdomshjem.", "Egeskov alderdomshjem.",
             "Formanden skriver", "8 pladser."),
            ("Snerydning.", "Snerydning.", "Kæmneren bemyndiges", "efter behov."),
            ("Valg af udvalg for 1955.", "Valg af udvalg for 1955.",
             "Udvalgene genvalgtes", "Aksel Nørby."),
        ],
        actions=[
            ("økonomiudvalget", "henvise", "", "Sagen henvises", "økonomiudvalget.",
             "henvises til økonomiudvalget", "henvises til økonomiudvalget"),
            ("formanden", "skrive", "", "Formanden skriver", "8 pladser.",
             "skriver til Socialministeriet", "8 pladser"),
            ("kæmneren", "antage", "", "Kæmneren bemyndiges", "efter behov.",
             "antage ekstra folk", "til snekastning"),
        ],
    ),
    dict(
        start="Referat af møde i Egeskov kommunalbestyrelse mandag", date="1955-02-14",
        attendance=[ab("Afbud: fru Marie Bonde", BON, sub="Marie Bonde")] + EG_SIG_3_3,
        matters=[
            ("Budgetforslaget for 1955/56, 1. behandling.",
             "Budgetforslaget for 1955/56, 1. behandling.", "Man enedes", "2. behandling."),
            ("Ny motorsprøjte til brandvæsenet.", "Ny motorsprøjte til brandvæsenet.",
             "Udvalget udarbejder", "næste møde."),
            ("Amtsvejen gennem Egeskov by.", "Amtsvejen gennem Egeskov by.",
             "Sognerådsformanden tager", "skolen."),
            ("Tilskud til Egeskov bibliotek.", "Tilskud til Egeskov bibliotek.",
             "Sagen henvises til budgetbehandlingen.",
             "Sagen henvises til budgetbehandlingen."),
        ],
        actions=[
            ("udvalget", "udarbejde", "", "Udvalget udarbejder", "næste møde.",
             "udarbejder forslag", "næste møde"),
            ("sognerådsformanden", "tage", "", "Sognerådsformanden tager", "skolen.",
             "tager kontakt", "skolen"),
        ],
    ),
    dict(
        start="Ekstraordinært møde\n", date="1955-03-04",
        statement=("Samtlige medlemmer var til stede", "undtagen Poul Ravn."),
        attendance=[ab("undtagen Poul Ravn.", RAVN, sub="Poul Ravn")]
        + egeskov_stmt([KJE, BECH, MUN, SKY, BON, NORB]),
        matters=[
            ("Undervisningen.", "Undervisningen.", "Godkendt.", "Godkendt."),
            ("Forsikringen.", "Forsikringen.", "Det pålagdes", "brandforsikringen."),
            ("Genopførelse.", "Genopførelse.", "Formanden og næstformanden", "østfløjen."),
        ],
        actions=[
            ("kæmneren", "anmelde", "", "Det pålagdes", "brandforsikringen.",
             "anmelde skaden", "brandforsikringen"),
            ("formanden og næstformanden", "forhandle", "", "Formanden og næstformanden",
             "østfløjen.", "forhandler med", "østfløjen"),
        ],
    ),
    dict(
        start="Kommunalbestyrelsens møde den 14. marts", date="1955-03-14",
        attendance=EG_SIG_FULL,
        matters=[
            ("Budgettet for 1955/56, 2. behandling.", "Budgettet for 1955/56, 2. behandling.",
             "Vedtaget.", "fastsattes til 9,2."),
            ("Brandudvalgets forslag om køb", "11.800 kr.",
             "Forslaget forkastedes", "brugt sprøjte."),
            ("Skolens genopførelse.", "Skolens genopførelse.", "Sagen\novergives",
             "til udtalelse."),
            ("Vandværket.", "Vandværket.", "Udsat til næste møde.", "Udsat til næste møde."),
        ],
        actions=[
            ("brandudvalget", "indhente", "", "Brandudvalget\nindhenter", "brugt sprøjte.",
             "indhenter nyt tilbud", "brugt sprøjte"),
            ("skolekommissionen", "overgive", "", "Sagen\novergives", "til udtalelse.",
             "overgives til skolekommissionen", "til udtalelse"),
        ],
    ),
    dict(
        start="Kommunalbestyrelsens møde d. 18/4", date="1955-04-18",
        statement=("Alle medlemmer var mødt.", "Alle medlemmer var mødt."),
        attendance=egeskov_stmt(EG_ALL),
        matters=[
            ("Egeskov Vandværk.", "Egeskov Vandværk.", "Økonomiudvalget indstiller",
             "Indstillingen tiltrådt."),
            ("Andragende fra Egeskov Boldklub", "boldbanen.",
             "Bevilget 1.500 kr.", "Bevilget 1.500 kr."),
            ("Renovation.", "Renovation.", "Man enedes", "15. maj."),
            ("Skolekommissionens udtalelse", "forelå.", "Kommunalbestyrelsen tilsluttede",
             "Undervisningsministeriet."),
        ],
        actions=[
            ("kæmneren", "optage", "", "Økonomiudvalget indstiller", "Egeskov Sparekasse.",
             "optager lånet", "Egeskov Sparekasse"),
            ("kæmneren", "udarbejde", "1955-05-15", "Kæmneren udarbejder", "15. maj.",
             "udarbejder", "15. maj"),
            ("formanden", "indsende", "", "Kommunalbestyrelsen tilsluttede",
             "Undervisningsministeriet.", "indsender sagen", "Undervisningsministeriet"),
        ],
    ),
    dict(
        start="Referat af kommunalbestyrelsens møde onsdag", date="1955-06-15",
        attendance=[
            ab("Afbud: Ejnar Skytte", SKY, sub="Ejnar Skytte"),
            ab("Skytte og Aksel Nørby.", NORB, sub="Aksel Nørby"),
        ] + egeskov_line("Henry Kjeldsen   Tage Bech   Frede Munch   Marie Bonde   Poul Ravn"),
        matters=[
            ("Undervisningsministeriet har godkendt", "genopførelse.",
             "Licitationen afholdes", "Taget til efterretning."),
            ("Gadebelysning.", "Gadebelysning.", "Det vedtoges at bevilge", "1. oktober."),
            ("Kommunekontorets ferie.", "Kommunekontorets ferie.",
             "Kontoret holdes lukket", "juli."),
            ("Amtsrådet har fremsendt", "til udtalelse.",
             "Kommunalbestyrelsen havde ingen", "bemærkninger."),
        ],
        actions=[
            ("Arkitekt Helbo", "udsende", "", "Arkitekt Helbo udsender", "udbudsmaterialet.",
             "udsender udbudsmaterialet", "udsender udbudsmaterialet"),
            ("Egeskov Elektricitetsværk", "opsætte", "1955-10-01", "Det vedtoges at bevilge",
             "1. oktober.", "opsætte dem", "1. oktober"),
        ],
    ),
    dict(
        start="Kommunalbestyrelsens møde den 17. august", date="1955-08-17",
        attendance=[sig(m, m, EG_ROLE.get(m, "")) for m in [KJE, BECH, MUN, SKY, BON]]
        + [sig("Aksel Nørby og Poul Ravn", NORB, sub="Aksel Nørby"), sig(RAVN, RAVN)],
        matters=[
            ("Licitationen over skolens genopførelse.",
             "Licitationen over skolens genopførelse.",
             "Tilbuddet antages.", "murermester Juhl."),
            ("Skolemælk.", "Skolemælk.",
             "Henvises til økonomiudvalget.", "Henvises til økonomiudvalget."),
            ("Husmand Niels Kragh", "i juli.", "Sagen henvises til socialudvalget.",
             "Sagen henvises til socialudvalget."),
            ("Egeskov Borgerforening", "3. september.",
             "Tilladelsen gives.", "Tilladelsen gives."),
        ],
        actions=[
            ("formanden og kæmneren", "udfærdige", "", "Formanden og kæmneren",
             "murermester Juhl.", "udfærdiger kontrakten", "murermester Juhl"),
            ("økonomiudvalget", "henvise", "", "Henvises til økonomiudvalget.",
             "Henvises til økonomiudvalget.", "Henvises til økonomiudvalget",
             "Henvises til økonomiudvalget"),
            ("socialudvalget", "henvise", "", "Sagen henvises til socialudvalget.",
             "Sagen henvises til socialudvalget.", "henvises til socialudvalget",
             "henvises til socialudvalget"),
        ],
    ),
    dict(
        start="Kommunalbestyrelsens møde d. 12/9", date="1955-09-12",
        attendance=[ab("Fraværende: Marie Bonde", BON, sub="Marie Bonde")] + EG_SIG_3_3,
        matters=[
            ("Skolemælken.", "Skolemælken.", "Økonomiudvalgets forslag", "om leveringen."),
            ("Byggeriet.", "Byggeriet.", "Taget til efterretning.", "Taget til efterretning."),
            ("Motorsprøjten.", "Motorsprøjten.", "Købet godkendtes.", "Købet godkendtes."),
            ("Aldersrente.", "Aldersrente.", "Tre ansøgninger", "1. oktober."),
        ],
        actions=[
            ("kæmneren", "træffe", "", "Kæmneren træffer", "om leveringen.",
             "træffer aftale", "om leveringen"),
        ],
    ),
    dict(
        start="Kommunalbestyrelsens møde den 19. oktober", date="1955-10-19",
        attendance=[ab("Afbud: Poul Ravn", RAVN, sub="Poul Ravn")]
        + egeskov_line("Henry Kjeldsen   Tage Bech   Frede Munch   Ejnar Skytte")
        + egeskov_line("Marie Bonde   Aksel Nørby"),
        matters=[
            ("Budgetoverslag for 1956/57.", "Budgetoverslag for 1956/57.",
             "Økonomiudvalget og kæmneren", "i januar."),
            ("Alderdomshjemmet.", "Alderdomshjemmet.", "Taget til", "efterretning."),
            ("Juletræ.", "Juletræ.", "Det blev besluttet", "belysningen."),
            ("Sprøjtehuset.", "Sprøjtehuset.", "Brandudvalget og vejudvalget",
             "vejmandsgarage."),
        ],
        actions=[
            ("økonomiudvalget og kæmneren", "udarbejde", "", "Økonomiudvalget og kæmneren",
             "i januar.", "udarbejder budgetforslag", "i januar"),
            ("Vejmand Otto Hald", "sørge for", "", "Vejmand Otto Hald", "belysningen.",
             "sørger for", "belysningen"),
            ("brandudvalget og vejudvalget", "undersøge", "", "Brandudvalget og vejudvalget",
             "vejmandsgarage.", "undersøger", "vejmandsgarage"),
        ],
    ),
    dict(
        start="Kommunalbestyrelsens møde den 14. december", date="1955-12-14",
        attendance=EG_SIG_FULL,
        matters=[
            ("Meddelelser.", "Meddelelser.", None, None),
            ("Vintervedligeholdelse af vejene.", "Vintervedligeholdelse af vejene.",
             "Planen godkendtes.", "Planen godkendtes."),
            ("Julehjælp.", "Julehjælp.", "Der bevilgedes 1.200 kr.", "socialudvalget."),
            ("Kæmner Bent Storm fylder", "2. januar.", "Det vedtoges at give", "på kontoret."),
        ],
        actions=[
            ("formanden og næstformanden", "overrække", "", "Formanden og næstformanden",
             "på kontoret.", "overrækker", "på kontoret"),
        ],
    ),
]


BOOK_SPECS = [
    ("Soelund_Skolekommission_1926", SOELUND),
    ("Bjerre_Sogneraad_1918", BJERRE),
    ("Havnby_Menighedsraad_1958", HAVNBY),
    ("Egeskov_Kommunalbestyrelse_1955", EGESKOV),
]


def build_book(name: str, specs: list[dict], show: bool = False) -> dict:
    path = BOOKS / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    starts = []
    for k, m in enumerate(specs):
        s = find_one(text, m["start"], 0, len(text), f"{name} meeting {k + 1} start")
        if s and text[s - 1] != "\n":
            raise AnchorError(f"{name} meeting {k + 1}: start anchor not at a line start")
        starts.append(s)
    if starts != sorted(starts):
        raise AnchorError(f"{name}: meetings out of text order")
    meetings = []
    for k, m in enumerate(specs):
        what = f"{name} meeting {k + 1}"
        lo = starts[k]
        hi = starts[k + 1] if k + 1 < len(starts) else len(text)
        nl = text.find("\n", lo, hi)
        opening_end = hi if nl < 0 else nl
        stmt = None
        if "statement" in m:
            stmt = span(text, *m["statement"], lo, hi, what + " statement")
        attendance = []
        for row in m["attendance"]:
            if row[0] == "stmt":
                _, person, nm, role = row
                if stmt is None:
                    raise AnchorError(f"{what}: statement row without a statement")
                a, b = stmt
                status = "present"
            else:
                kind, anchor, sub, nm, role = row
                a, b = mention(text, anchor, sub, lo, hi, what + " attendance")
                person = text[a:b]
                status = "present" if kind == "sig" else "absent"
            attendance.append({"person": person, "name": nm, "role": role, "status": status,
                               "start": a, "end": b})
        names = [r["name"] for r in attendance]
        if len(names) != len(set(names)):
            raise AnchorError(f"{what}: a member has two attendance rows")
        matters = []
        for mf, mt, df, dt in m["matters"]:
            ms, me = span(text, mf, mt, lo, hi, what + " matter")
            if df is None:
                ds, de = -1, -1
            else:
                # once in the matter's paragraph, else once in the rest of the meeting
                pe = paragraph_end(text, ms, hi)
                region = pe if text.find(df, ms, pe) >= 0 else hi
                ds, de = span(text, df, dt, ms, region, what + " decision")
            matters.append({"start": ms, "end": me, "decision_start": ds, "decision_end": de})
        actions = []
        for actor, verb, deadline, sf, stt, af, at in m["actions"]:
            ss, se = span(text, sf, stt, lo, hi, what + " action sentence")
            a_s = find_one(text, af, ss, se, what + " action verb phrase")
            a_e = a_s + len(af) if at == af else (
                find_one(text, at, a_s, se, what + " action verb phrase end") + len(at))
            actions.append({"actor": actor, "verb": verb, "deadline": deadline,
                            "start_char": ss, "end_char": se,
                            "action_start": a_s, "action_end": a_e})
        meetings.append({
            "start": lo, "end": hi, "opening_end": opening_end, "date": m["date"],
            "fragment": bool(m.get("fragment", False)),
            "attendance": attendance, "matters": matters, "actions": actions,
        })
        if show:
            show_meeting(text, what, meetings[-1])
    return {
        "format": "extract-gold/1",
        "id": f"invented2/{name}",
        "path": f"../books_invented_2/{name}.txt",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "split": "test",
        "minute_book": {"meetings": meetings},
    }


def show_meeting(text: str, what: str, m: dict) -> None:
    def q(a, b):
        return repr(text[a:b]) if a >= 0 else "-"

    print(f"== {what} [{m['start']}:{m['end']}] date={m['date']!r} fragment={m['fragment']}")
    print("   opening:", q(m["start"], m["opening_end"]))
    for r in m["attendance"]:
        print(f"   {r['status']:7} {r['name']:<20} {r['role']:<12} {q(r['start'], r['end'])}")
    for r in m["matters"]:
        decision = q(r["decision_start"], r["decision_end"])
        print("   matter:", q(r["start"], r["end"]), "->", decision)
    for r in m["actions"]:
        print(f"   action: {r['actor']} / {r['verb']} / {r['deadline'] or '-'}:",
              q(r["action_start"], r["action_end"]))
        print("           in", q(r["start_char"], r["end_char"]))


def main(argv: list[str]) -> int:
    show = "--show" in argv
    records = [build_book(name, specs, show) for name, specs in BOOK_SPECS]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    for rec in records:
        ms = rec["minute_book"]["meetings"]
        print(f"{rec['id']}: {len(ms)} meetings, {sum(1 for m in ms if m['date'])} dated, "
              f"{sum(len(m['attendance']) for m in ms)} attendance rows, "
              f"{sum(len(m['matters']) for m in ms)} matters, "
              f"{sum(len(m['actions']) for m in ms)} actions")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
