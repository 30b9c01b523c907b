"""Build more real-document gold: ``corpus/gold/parlamint.jsonl``, ``.../aarhus_byraad.jsonl``.

As in ``build_real_gold.py``, the documents stay in ``../shared``: each annotation is a surface
string with its label (and norm), the script finds its offsets in the shared file, checks every
span and writes ``extract-gold/1`` records that refer to the file by ``shared_path``.

- ParlaMint-DK: the four Folketing sitting excerpts, one document each (whole file).
- Aarhus Byråd agenda 2025-10-08: items 11-33, one document per agenda item, each an excerpt
  of the file (``char_range``: from the item number to its last Bilag line). Items 1-10 (the
  budget and its amendments) are not annotated.

Entries:
- ``E(surface, label, norm, which="all")``: every whole-word occurrence in the document (those
  inside a longer annotation are left to it), or the listed 0-based occurrences.
- ``which="any"``: like ``all``, but the surface may be absent (entries shared by items).
- ``ctx="... surface ..."``: only where the surface stands inside this longer context string
  (for short names such as party letters: ``E("B", "ORG", ctx="Venstre (B)")``, or a name that
  is an ORG in one place and a LOC in another). Context entries are placed first.

The annotation follows ``corpus/GUIDELINES.md``. After writing, a review per document lists
capitalised words, role words, dates and numbers that no span covers.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared .venv/bin/python scripts/build_more_real_gold.py
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_real_gold import (  # noqa: E402
    LABELS,
    municipality_codes,
    occurrences,
    parse_date,
    review,
    shared_dir,
)

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "corpus" / "gold"


@dataclass(frozen=True)
class E:
    surface: str
    label: str
    norm: str | None = None
    which: str | int | tuple[int, ...] = "all"
    ctx: str | None = None


@dataclass
class Doc:
    id: str
    shared_path: str
    year: int
    ann: list[E]
    item: int | None = None  # Aarhus agenda item number: the document is that item's excerpt


def P(name: str, which="all", ctx=None) -> E:  # noqa: N802
    return E(name, "PERSON", None, which, ctx)


def R(surface: str, norm: str, which="all", ctx=None) -> E:  # noqa: N802
    return E(surface, "ROLE", norm, which, ctx)


def O(name: str, which="all", ctx=None) -> E:  # noqa: N802, E743
    return E(name, "ORG", None, which, ctx)


def L(name: str, which="all", ctx=None) -> E:  # noqa: N802
    return E(name, "LOC", None, which, ctx)


def M(name: str, code: str, which="all", ctx=None) -> E:  # noqa: N802
    return E(name, "MUNICIPALITY", code, which, ctx)


def D(surface: str, norm: str | None = None, which="all", ctx=None) -> E:  # noqa: N802
    return E(surface, "DATE", norm, which, ctx)


def T(surface: str, norm: str, which="all") -> E:  # noqa: N802
    return E(surface, "TIME", norm, which)


def C(number: str, which="all", ctx=None) -> E:  # noqa: N802
    return E(number, "CASE_NUMBER", number, which, ctx)


AARHUS = "0751"

# --------------------------------------------------------------------------------------------
# ParlaMint-DK
# --------------------------------------------------------------------------------------------

PARLAMINT = [
    Doc("parlamint_dk_2015-01-13", "corpus/parlamint-dk/ParlaMint-DK_2015-01-13-20141-M40.txt",
        2015, [
            R("Beskæftigelsesministeren", "beskæftigelsesminister"),
            P("Henrik Dam Kristensen"),
            C("L 106"),
            P("Martin Henriksen"), P("Pia Kjærsgaard"),  # "(DF)": a party marker
            C("F 17"),
            L("Grimhøjmoskeen"), M("Aarhus", AARHUS),
            R("statsministeren", "statsminister"),
            R("ordføreren", "ordfører"),
            D("torsdag den 15. januar 2015"),
            D("onsdag den 14. januar 2015"),
            T("kl. 13.00", "13:00"),
            O("Folketingets"),
        ]),
    Doc("parlamint_dk_2017-05-18", "corpus/parlamint-dk/ParlaMint-DK_2017-05-18-20161-M99.txt",
        2017, [
            P("René Gade"),
            C("B 154"),
            O("Udvalget for Forretningsordenen"),
            O("Tingets"),
            P("Rasmus Nordqvist"),
            O("Miljø- og Fødevareudvalget"),
            O("Folketinget"), O("Folketingets"),
            R("medlemmer", "medlem"),
            P("Lisbeth Bech Poulsen"), P("Jacob Mark"),
            C("B 111"),
            D("fredag den 19. maj 2017"),
            T("kl. 10.00", "10:00"),
        ]),
    Doc("parlamint_dk_2020-04-21", "corpus/parlamint-dk/ParlaMint-DK_2020-04-21-20191-M94.txt",
        2020, [
            R("Uddannelses- og forskningsministeren", "uddannelses- og forskningsminister"),
            P("Ane Halsboe-Jørgensen"),
            C("171"),
            R("Klima-, energi- og forsyningsministeren", "klima-, energi- og forsyningsminister"),
            P("Dan Jørgensen"),
            C("L 172"),
            R("Skatteministeren", "skatteminister"),
            P("Morten Bødskov"),
            C("L 175"),
            O("Tingets"),
            P("Lars Boje Mathiesen"), P("Lars Boje Mathisen"),  # the source spells it both ways
            # "(NB)" after a name is a party marker; parties named in the text are ORG
            O("KF", ctx="af KF, NB"), O("NB", ctx="KF, NB og LA"), O("LA", ctx="NB og LA"),
            O("EL", ctx="mindretal (EL)"), O("RV", ctx="(RV, SF"), O("SF", ctx="RV, SF og ALT"),
            O("ALT", ctx="SF og ALT"),
            T("kl. 16.55", "16:55"),
            C("L 136"), C("L 169"),
        ]),
    Doc("parlamint_dk_2022-06-02", "corpus/parlamint-dk/ParlaMint-DK_2022-06-02-20211-M119.txt",
        2022, [
            P("Svend Jakobsen"), P("Svend Jakobsens"), P("Svend Aage Jakobsen"),
            O("Folketinget"), O("Folketingets"),
            R("minister", "minister"),
            R("formand", "formand"),
            D("lørdag den 28. maj 2022"),
            D("den 1. november 1935"),
            L("Vendsyssel"),
            R("kommis", "kommis"),
            O("FDB"),
            M("Albertslund", "0165"),
            O("Socialdemokratiet"),
            R("boligminister", "boligminister"),
            P("Anker Jørgensens"), P("Anker Jørgensen"),
            R("skatteminister", "skatteminister"),
            R("fiskeriminister", "fiskeriminister"),
            R("finansminister", "finansminister"),
            D("Den 22. december 1981", "1981-12-22"),
            R("politiker", "politiker"),
            R("folketingsformand", "folketingsformand"),
            P("Mogens Glistrup"), P("Preben Møller Hansen"),
            L("Folketingssalen"),
            R("administrerende direktør", "administrerende direktør"),
            R("direktør", "direktør"),
            O("Danmarks Sparekasseforening"),
            O("Finansrådet"),
            R("journalist", "journalist"),
            R("Erhvervsministeren", "erhvervsminister"),
            P("Simon Kollerup"),
            C("L 146"),
            R("Medlemmer", "medlem"),
            P("Pernille Skipper"),
            C("B 100"),
            P("Charlotte Broman Mølbæk"), P("Trine Torp"),
            R("social- og ældreministeren", "social- og ældreminister"),
            R("undervisningsministeren", "undervisningsminister"),
            C("F 40"),
            P("Morten Messerschmidt"), P("René Christensen"),
            R("klima-, energi- og forsyningsministeren", "klima-, energi- og forsyningsminister"),
            R("Klima-, energi- og forsyningsministeren", "klima-, energi- og forsyningsminister"),
            C("F 45"),
            R("ministeren", "minister"),
            D("tirsdag, den 7. juni 2022", "2022-06-07"),
            D("fredag den 3. juni 2022"),
            T("kl. 10.00", "10:00"),
        ]),
]

# --------------------------------------------------------------------------------------------
# Aarhus Byråd, agenda 8 October 2025, items 11-33
# --------------------------------------------------------------------------------------------

AGENDA = "corpus/aarhus-2025/text/byraad_dagsorden_2025-10-08.txt"

# Names that recur across the items; each item lists what it uses.
MTM = "Magistratsafdelingen for Teknik og Miljø"
MBU = "Magistratsafdelingen for Børn og Unge"
FAELLESRAAD_OE = "Fællesrådet for Aarhus Ø og de bynære havnearealer"


def sagsforloeb(*dates: str) -> list[E]:
    """The ``Dato: DD-MM-YYYY`` lines and the usual bodies of a Sagsforløb section."""
    return [D(d) for d in dates] + [O("Aarhus Byråd", "any"), O("Magistraten", "any"),
                                    O("Magistratens", "any")]


# The heading "Borgmesterens afdelings påtegning" names the department (lower-case as written).
BA_HEADING = O("Borgmesterens afdelings", "any")


def item(n: int, ann: list[E]) -> Doc:
    return Doc(f"aarhus_byraad_2025-10-08_punkt_{n}", AGENDA, 2025, [*ann, BA_HEADING], item=n)


AARHUS_ITEMS = [
    item(11, [
        C("EMN-2025-000502"),
        O("S", ctx="fra S, SF"), O("S", ctx="S, SF, RV, M og ALT har"),
        O("SF", ctx="S, SF, RV"), O("RV", ctx="SF, RV, M"), O("M", ctx="RV, M og"),
        O("ALT", ctx="M og ALT"),
        O("S", ctx="FRA S, SF"), O("SF", ctx="S, SF, RV, M OG"), O("RV", ctx="SF, RV, M OG"),
        O("M", ctx="RV, M OG"), O("ALT", ctx="M OG ALT"),
        L("Aarhus Havn"),
        O("Aarhus Havn", ctx="dialog med Aarhus Havn"),
        M("Aarhus Kommune", AARHUS),
        O("Teknik og Miljø"),
        O("MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ"),
        M("Aarhus’", AARHUS),
        P("Metin Lindved Aydin"), O("Radikale Venstre"),
        P("Jesper Kjeldsen"), O("Socialdemokratiet"),
        P("Liv Gro Jensen"), O("Socialistisk Folkeparti"),
        P("Polly Bak Dutschke"), O("Moderaterne"),
        P("Thure Hastrup"), O("Alternativet"),  # "(B)", "(Å)": list letters, not annotated
        O("V", ctx="V og K foreslår"), O("K", ctx="V og K foreslår"),
        O("Klima- og Bæredygtighedsudvalget"),
        D("28. maj 2025"),
        O("Byrådet"),
        *sagsforloeb("22-01-2025", "30-09-2025"),
        O("Venstres"), O("Det Konservative Folkepartis"),
        D("22. januar 2025"), D("den 22. januar 2025"),
        O(MTM), O("Magistratsafdelingen for Teknik og Miljøs"),
        D("den 30. september 2025"), D("17. september 2025"),
        O("V", ctx="fra V og KF"), O("KF", ctx="fra V og KF"),
        O(FAELLESRAAD_OE),
        D("22.01.2025"), D("07.10.2025"),
        O("Aarhus Vindmøllelaug I/S"),
        O("Danmarks Naturfredningsforening Aarhus"),
    ]),
    item(12, [
        C("EMN-2025-006138"),
        O("Børne- og ungebyrådet"), O("Børne- og ungebyrådets"),
        O("BØRNE- OG UNGEBYRÅDET"),
        M("Aarhus", AARHUS),
        L("Ribe"), L("Vadehavet"),
        R("medlem", "medlem"), R("medlemmer", "medlem"),
        R("skoleleder", "skoleleder"),
        R("lærerne", "lærer"),
        O("MAGISTRATSAFDELINGEN FOR BØRN OG UNGE"),
        O("Byrådet"),
        O("Borgmesterens Afdeling"),
        *sagsforloeb("10-06-2025", "30-09-2025"),
        O(MBU), O("Magistratsafdelingen for Børn og Unges"),
        D("den 10. juni 2025"), D("den 30. september 2025"), D("9. september 2025"),
        D("10.06.2025"),
    ]),
    item(13, [
        C("EMN-2025-006131"),
        O("Børne- og ungebyrådet"), O("BØRNE- OG UNGEBYRÅDET"),
        R("pædagoger", "pædagog"), R("pædagog", "pædagog"),
        R("lærere", "lærer"), R("lærer", "lærer"),
        R("dansklærer", "dansklærer"), R("matematiklærer", "matematiklærer"),
        R("ressourcemedarbejder", "ressourcemedarbejder"),
        O("Center for trivsel"), O("Center for Trivsel"),
        O("MAGISTRATSAFDELINGEN FOR BØRN OG UNGE"),
        O("Byrådet"), D("den 10. juni 2025"),
        O("Børn og Unge"), O("Børn og Unges"),
        O("Borgmesterens Afdeling"),
        *sagsforloeb("10-06-2025", "23-09-2025"),
        O(MBU), O("Magistratsafdelingen for Børn og Unges"),
        D("den 23. september 2025"), D("10. september 2025"),
        R("Rådmand", "rådmand"), P("Nicolaj Bang"),
        D("10.06.2025"),
    ]),
    item(14, [
        C("EMN-2025-006822"),
        O("RV", ctx="FRA RV"), O("RV", ctx="fra RV om"),
        M("Aarhus", AARHUS),
        L("Aarhus Ø"), L("Kongelunden"), L("Tivoli Friheden"), L("Aarhus Stadion"),
        O("Byrådet"),
        O("Borgmesterens Afdeling"), O("Teknik og Miljø"),
        O("MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ"),
        O("Radikale Venstres"),
        *sagsforloeb("25-06-2025", "30-09-2025"),
        D("den 25. juni 2025"), O(MTM), O("Magistratsafdelingen for Teknik og Miljøs"),
        D("den 30. september 2025"), D("18. september 2025"),
        D("25.06.2025"),
    ]),
    item(15, [
        C("EMN-2025-009824"),
        O("Socialdemokratiet"), O("Venstre"), O("Moderaterne"), O("Danmarksdemokraterne"),
        O("Socialistisk Folkeparti"), O("Det Konservative Folkeparti"), O("Radikale Venstre"),
        D("den 15. november 2024"),
        M("Aarhus Kommune", AARHUS), M("Aarhus Kommunes", AARHUS),
        O("Sundhedsråd Aarhus"), O("Sundhedsrådet"),
        M("Samsø Kommune", "0741"), M("Samsø", "0741"),
        O("Region Midtjylland"),
        M("Aarhus", AARHUS, ctx="Aarhus får"),
        D("den 1. november 2025"),
        O("Aarhus Byråd"),
        R("rådmanden", "rådmand"),
        O("Magistratsafdelingen for Sundhed og Omsorg"),
        O("Magistratsafdelingen for Sociale Forhold og Beskæftigelse"),
        R("formanden", "formand"),
        O("Sundheds- og Omsorgsudvalget"),
        R("borgmesteren", "borgmester"), R("rådmænd", "rådmand"),
        R("medlemmerne", "medlem"),
        *sagsforloeb("23-09-2025"),
        D("den 23. september 2025"), O("Borgmesterens Afdelings"), D("8. september 2025"),
        O("Liberal Alliance"), O("Alternativet"),
        O("Social- og Beskæftigelsesudvalget"),
        R("Rådmand", "rådmand"), P("Nicolaj Bang"),
    ]),
    item(16, [
        C("EMN-2025-010585"),
        O("Nyt Byråd"),
        D("Den 28. april 2024", "2024-04-28"),
        O("Byrådet"),
        O("Gruppeformandskredsen"),
        T("kl. 12.00", "12:00"),
        M("Aarhus", AARHUS),
        O("MSB"), O("MBU"), O("MSO"), O("MKB"),
        M("Aarhus Kommune", AARHUS),
        O("Indenrigs- og Sundhedsministeriet"),
        R("byrådsmedlemmer", "byrådsmedlem"),
        *sagsforloeb("30-09-2025"),
        D("den 30. september 2025"), O("Borgmesterens Afdelings"), D("25. september 2025"),
        O("Liberal Alliance"), O("Alternativet"), O("Socialistisk Folkeparti"),
        O("Råd og Nævn"),
    ]),
    item(17, [
        C("EMN-2025-009516"),
        O("Divisionsforeningens"),
        O("Byrådet"),
        O("Aarhus Fremad Fodbold"), O("Aarhus Fremad"),
        R("Rådmanden", "rådmand"),
        O("Kultur og Borgerservice"),
        O("CEN"),
        M("Aarhus Kommunes", AARHUS),
        O("Borgmesterens Afdeling"),
        *sagsforloeb("16-09-2025", "24-09-2025", "01-10-2025"),
        D("den 16. september 2025"),
        O("Magistratsafdelingen for Kultur og Borgerservices"),
        D("1. september 2025"),
        R("Rådmand", "rådmand"), P("Nicolaj Bang"), P("Jesper Kjeldsen"),
        O("Kulturudvalget"), D("den 24. september 2025"),
        D("24.09.2025"), D("25.09.2025"), D("29.09.2025"),
        O("MKB"),
    ]),
    item(18, [
        C("EMN-2025-010190"),
        O("Byrådet"),
        O("Børn og Unges"), O("Børn og Unge"),
        D("1. oktober 2025"),
        O("Borgmesterens Afdeling"),
        *sagsforloeb("30-09-2025"),
        D("den 30. september 2025"), O("Magistratsafdelingen for Børn og Unges"),
        D("17. september 2025"),
    ]),
    item(19, [
        C("EMN-2025-009868"),
        O("Byrådet"),
        O("Borgmesterens Afdeling"),
        *sagsforloeb("23-09-2025"),
        D("den 23. september 2025"),
        O("Magistratsafdelingen for Børn og Unges"),
        O("Magistratsafdelingen for Sociale Forhold og Beskæftigelses"),
        D("5. september 2025"),
        R("Rådmand", "rådmand"), P("Nicolaj Bang"),
    ]),
    item(20, [
        C("EMN-2025-010281"),
        O("Teknik og Miljø"),
        O("Borgmesterens Afdeling"),
        *sagsforloeb("30-09-2025"),
        D("den 30. september 2025"), O("Magistratsafdelingen for Teknik og Miljøs"),
        D("18. september 2025"),
        C("T-25-202-016"), C("AB-25-202-017-023"),
    ]),
    item(21, [
        C("EMN-2025-010236"),
        L("Åbyhøj Idrætscenter"),
        O("Planklagenævnet"),
        D("21. maj", "2025-05-21"), D("26. juni 2025"),
        O("Borgmesterens Afdeling"),
        *sagsforloeb("30-09-2025"),
        D("den 30. september 2025"), O("Magistratsafdelingen for Teknik og Miljøs"),
        D("17. september 2025"),
    ]),
    item(22, [
        C("EMN-2025-009242"),
        L("Aarhus Ø"), L("Pier 3"), L("Indre Aarhus Ø"), L("Indre Ø"),
        L("Nørreportkrydset"),
        O(FAELLESRAAD_OE),
        O("Borgmesterens Afdeling"), O("Borgmesterens Afdelings"),
        O("Teknik og Miljø"), O("Byrådet"),
        *sagsforloeb("02-09-2025", "10-09-2025", "22-09-2025", "01-10-2025"),
        D("den 2. september 2025"), O("Magistratsafdelingen for Teknik og Miljøs"),
        D("26. august 2025"),
        O("Socialistisk Folkeparti"), O("Venstre"), O("Liberal Alliance"),
        P("Thure Hastrup"),
        O("Teknisk Udvalg"), D("den 10. september 2025"),
        P("Jesper Kjeldsen"), P("Steffen Wich"), P("Gert Bjerregaard"),
        P("Metin Lindved Aydin"), P("Jakob Søgaard Clausen"), P("Solveig Munk"),
        P("Liv Gro Jensen"),
        O("Trøjborg Fællesråd"), O("Fællesrådet for Møllepark-Vesterbro Kvarter"),
        O("Midtbyens Fællesråd"), O("Fællesrådets"),
        O("DGI Østjylland"), O("Idrætssamvirket Aarhus"), O("Aarhus Watersports Complex"),
        O("Koncentrations Sportens Hus Aarhus"), O("Naturhistorisk Museum"),
        O("MTM"),
        O("SF", ctx="Ændringsforslag SF"), O("VL", ctx="SF, VL"), O("LA", ctx="VL, LA"),
        O("DD", ctx="LA, DD"), O("M", ctx="DD, M og"), O("ALT", ctx="M og ALT"),
        D("09.09.2025"), D("10.09.2025"), D("25.08.2025"), D("22.09.2025"), D("18.09.2025"),
        D("19.09.2025"), D("23.09.2025"), D("01.10.2025"), D("02.10.2025"), D("06.10.2025"),
        D("07.10.2025"),
    ]),
    item(23, [
        C("EMN-2025-009097"),
        L("Trige Syd"), L("Trige"), L("Høgemosevej"),
        O("Borgmesterens Afdeling"),
        *sagsforloeb("02-09-2025", "10-09-2025", "06-10-2025"),
        D("den 2. september 2025"), O("Magistratsafdelingen for Teknik og Miljøs"),
        D("21. august 2025"),
        P("Thure Hastrup"),
        O("Teknisk Udvalg"), D("den 10. september 2025"),
        D("17. september 2025"), O(MTM),
        P("Jesper Kjeldsen"), P("Steffen Wich"), P("Liv Gro Jensen"), P("Gert Bjerregaard"),
        P("Metin Lindved Aydin"), P("Solveig Munk"),
        D("10.09.2025"), D("02.10.2025"),
        O("MTM"),
    ]),
    item(24, [
        C("EMN-2025-008076"),
        L("Trige"), L("Trige Syd"), L("Høgemosevej"),
        O("Aarhus Vand"),
        O("Teknik og Miljø"),
        O("Borgmesterens Afdeling"),
        *sagsforloeb("02-09-2025", "10-09-2025", "06-10-2025"),
        D("den 2. september 2025"), O("Magistratsafdelingen for Teknik og Miljøs"),
        D("10. juli 2025"),
        P("Thure Hastrup"),
        O("Teknisk Udvalg"), D("den 10. september 2025"),
        P("Jesper Kjeldsen"), P("Steffen Wich"), P("Liv Gro Jensen"), P("Gert Bjerregaard"),
        P("Metin Lindved Aydin"), P("Solveig Munk"),
        C("AB-23-202-016"), C("AB-25-202-016"),
        D("10.09.2025"),
    ]),
    item(25, [
        C("EMN-2025-010627"),
        O("S", ctx="fra S, KF"), O("KF", ctx="S, KF, SF, V og RV om"),
        O("SF", ctx="KF, SF, V og RV om"), O("V", ctx="SF, V og RV om"),
        O("RV", ctx="V og RV om"),
        O("S", ctx="FRA S, KF"), O("KF", ctx="S, KF, SF, V OG"), O("SF", ctx="KF, SF, V OG"),
        O("V", ctx="SF, V OG"), O("RV", ctx="V OG RV"),
        O("Socialdemokratiet"), O("Konservative"), O("SF", ctx="Konservative, SF og"),
        O("Venstre", ctx="SF og Venstre"),
        M("Aarhus", AARHUS),
        P("Jesper Kjeldsen"), P("Nicolaj Bang"), P("Thomas Medom"), P("Gert Bjerregaard"),
        P("Metin Lindved Aydin"),
        O("SF", ctx="SF, Thomas"), O("Venstre", ctx="Venstre, Gert"),
        O("Radikale"), O("Venstre", ctx="Radikale, Venstre"),
        O("S", ctx="Beslutningsforslag S, KF"), O("KF", ctx="S, KF, SF, V og RV 21"),
        O("SF", ctx="KF, SF, V og RV 21"), O("V", ctx="SF, V og RV 21"),
        O("RV", ctx="V og RV 21"),
        D("21.09.2025"),
    ]),
    item(26, [
        C("EMN-2025-010689"),
        O("ALT"),
        M("Aarhus Kommune", AARHUS), M("Aarhus Kommunes", AARHUS),
        O("Kattegatkomitéen"), O("Kattegatkomitéens"),
        P("Thure Hastrup"), O("Alternativet"),
        O("Borgmesterens Afdeling"),
        R("borgmester", "borgmester"), P("Anders Winnerskjold"), P("Anders Winnerskjolds"),
        O("Aarhus Byråd"),
        D("d. 8. oktober 2008"), D("8. oktober 2008"),
        O("S", ctx="fra S, V"), O("V", ctx="S, V, K"), O("K", ctx="V, K, SF"),
        O("SF", ctx="K, SF og"), O("Ø", ctx="SF og Ø"),
        L("Jylland"), L("Sjælland"), L("Samsøområdet"), L("Kattegat"),
        M("Samsø", "0741"),
        M("Aarhus", AARHUS, ctx="i Aarhus og Odder"), M("Odder Kommuner", "0727"),
        M("Aarhus", AARHUS, ctx="i Aarhus by"), M("Aarhus", AARHUS, ctx="i Aarhus ikke"),
        D("d. 26. august 2021"),
        O("Aarhus Universitets"),
        O("Molslinjen"),
        O("Byrådet"),
        D("22.09.2025"),
    ]),
    item(27, [
        C("EMN-2025-010711"),
        O("V", ctx="fra V, LA"), O("LA", ctx="V, LA, DD"), O("DD", ctx="LA, DD, KF"),
        O("KF", ctx="DD, KF, RV"), O("RV", ctx="KF, RV, M"), O("M", ctx="RV, M og"),
        O("ALT", ctx="M og ALT"),
        O("V", ctx="FRA V, LA"),
        M("Aarhus Kommune", AARHUS), M("Aarhus", AARHUS),
        O("Børn og Unge"),
        R("rådmanden", "rådmand"),
        # party markers in parentheses after the names are not annotated
        P("Mathilde Hjort Bressum"), P("Henrik Arens"), P("Jakob Søgaard Clausen"),
        P("Purnima Erichsen"), P("Mahad Yusuf"), P("Polly Dutschke"), P("Thure Hastrup"),
        O("V", ctx="Beslutningsforslag V, LA"),
        D("28.09.2025"),
    ]),
    item(28, [
        C("EMN-2025-010748"),
        O("KF"),
        M("Aarhus", AARHUS), M("Aarhus Kommune", AARHUS),
        R("kunstners", "kunstner"), R("kunstner", "kunstner"),
        O("C", ctx="C foreslår"),
        O("Teknik og Miljø"),
        O("Kunstrådet"),
        R("Stadsarkitekt", "stadsarkitekt"),
        P("Bünyamin Simsek"),
        O("Det Konservative Folkeparti Aarhus"),
        R("Medlem", "medlem"),
        O("Økonomi- og Erhvervs udvalget"), O("Kulturudvalget"),
        D("28.09.2025"),
    ]),
    item(29, [
        C("EMN-2025-010715"),
        O("SF"),
        M("Aarhus", AARHUS), M("Aarhus’", AARHUS),
        L("Børnenes Plads"),
        O("Aarhus Kommunes Vejnavneudvalg"),
        O("SF Aarhus"),
        P("Thomas Medom"), P("Mette Bjerre"), P("Liv Gro Jensen"), P("Anne Hammer"),
        R("ordfører", "ordfører"),
        D("29.09.2025"),
    ]),
    item(30, [
        C("EMN-2025-010825"),
        O("V", ctx="fra V om"), O("V", ctx="FRA V"),
        M("Aarhus", AARHUS), M("Aarhus Kommune", AARHUS),
        O("Dansk Industri"), O("DI"),
        O("Venstre"),
        O("Aarhus Byråd"),
        O("Magistraten"),
        O("V", ctx="Beslutningsforslag V"),
        D("29.09.2025"),
    ]),
    item(31, [
        C("EMN-2025-010828"),
        O("VL"),
        L("Rådhuset"),
        O("Din Avis"),
        D("10 sept. 2025", "2025-09-10"),
        O("Teknik og Miljø"),
        O("Byrådet"),
        L("Århus Rådhus"),
        O("Velfærdslisten"), O("Århus Byråd"),
        D("den 29.9.25", "2025-09-29"),
        P("Solveig Munk"),
        D("29.09.2025"), D("03.10.2025"),
    ]),
    item(32, [
        C("EMN-2025-010830"),
        O("VL"),
        L("Århus Rådhus"), L("Aarhus Rådhus"),
        M("Århus kommune", AARHUS), M("Århus Kommune", AARHUS),
        O("Byrådet"),
        O("DMR"), O("Dansk Miljørådgivning"),
        O("KL"),
        R("Rådmanden", "rådmand"),
        O("Horten"),
        M("Aarhus Kommunes", AARHUS),
        D("22. april 2025"),
        O("Enhedslisten"),
        O("MTM"), O("BA"),
        O("Velfærdslisten"), O("Århus Byråd"),
        D("den 29.9.25", "2025-09-29"),
        P("Solveig Munk"),
        D("29.09.2025"),
    ]),
    item(33, [
        C("EMN-2025-010810"),
        O("V", ctx="fra V, KF"), O("KF", ctx="V, KF, LA og DD om"), O("LA", ctx="KF, LA og DD om"),
        O("DD", ctx="LA og DD om"),
        O("V", ctx="FRA V, KF"), O("KF", ctx="V, KF, LA OG"), O("LA", ctx="KF, LA OG"),
        O("DD", ctx="LA OG DD"),
        O("Venstre"), O("Konservative"), O("Liberal Alliance"), O("Danmarksdemokraterne"),
        O("Aarhus Byråd"),
        L("Vesterbro Torv"),
        L("Kystvejen"), L("Skolebakken"), L("Havnegade"), L("Ringgaden"), L("Viborgvej"),
        L("Silkeborgvej"), L("Nørrebrogade"), L("Vester Allé"), L("Thorvaldsensgade"),
        L("Frederiks Allé"), L("Vestergade"), L("Langelandsgade"), L("Ny munkegade"),
        L("Sjællandsgade"), L("Thunøgade"), L("Vennelyst boulevard"),
        O("Erhverv Aarhus"), O("Aarhus håndværkerforening"),
        D("12. november 2025"),
        P("Gert Bjerregaard"), R("Byrådsmedlem", "byrådsmedlem"),
        P("Nicolaj Bang"), R("Rådmand", "rådmand"), O("MTM"),
        P("Henrik Arens"), P("Jakob Søgaard Clausen"),
        O("V", ctx="Beslutningsforslag V, KF"), O("KF", ctx="V, KF, LA og DD 29"),
        O("LA", ctx="KF, LA og DD 29"), O("DD", ctx="LA og DD 29"),
        D("29.09.2025"),
    ]),
]


# --------------------------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------------------------


def excerpt_range(text: str, n: int) -> tuple[int, int]:
    """From the item's number line to its last line before the page count and "Hent som PDF"."""
    m = re.search(rf"\nHent som PDF\nKopier link\n{n}\n", text)
    if not m:
        sys.exit(f"agenda item {n} not found")
    start = m.end() - len(f"{n}\n")
    nxt = text.find("\nHent som PDF", m.end())
    count_line = text.rfind("\n", start, nxt)  # the page count line just before it
    return start, count_line


def place(doc: Doc, text: str, lo: int, hi: int, codes: set[str]) -> list[dict]:
    spans: list[dict] = []
    # context entries first, then the rest longest first (so "all" leaves nested names alone)
    ordered = ([a for a in doc.ann if a.ctx] +
               sorted((a for a in doc.ann if not a.ctx), key=lambda a: -len(a.surface)))
    for a in ordered:
        if a.label not in LABELS:
            sys.exit(f"{doc.id}: unknown label {a.label!r}")
        if a.surface != a.surface.strip() or re.search(r"^[^\w§]|[^\w.’']$", a.surface):
            sys.exit(f"{doc.id}: {a.surface!r} starts or ends with whitespace/punctuation")
        if a.ctx:
            if a.surface not in a.ctx:
                sys.exit(f"{doc.id}: {a.surface!r} not in its context {a.ctx!r}")
            shift = a.ctx.index(a.surface)
            found = [i + shift for i in _all(text, a.ctx) if lo <= i and i + len(a.ctx) <= hi]
        else:
            found = [i for i in occurrences(text, a.surface) if lo <= i < hi]
        if not found and a.which == "any":
            continue  # an entry shared by several documents, absent from this one
        if not found:
            sys.exit(f"{doc.id}: {a.surface!r} (ctx {a.ctx!r}) not found")
        picked = found if a.which in ("all", "any") else [found[k] for k in (
            [a.which] if isinstance(a.which, int) else a.which)]
        norm = a.norm
        if a.label == "DATE" and norm is None:
            norm = parse_date(a.surface, doc.year)
        if a.label == "MUNICIPALITY" and norm not in codes:
            sys.exit(f"{doc.id}: {norm!r} is not a kommunekode4")
        placed = 0
        for start in picked:
            end = start + len(a.surface)
            cover = [s for s in spans if s["start"] <= start and end <= s["end"]]
            clash = [s for s in spans if s["start"] < end and start < s["end"] and s not in cover]
            if clash:
                sys.exit(f"{doc.id}: {a.surface!r}@{start} overlaps {clash}")
            if cover:
                continue
            span = {"start": start, "end": end, "label": a.label}
            if norm is not None:
                span["norm"] = norm
            spans.append(span)
            placed += 1
        # a context entry may repeat one placed before; "any" entries may place nothing
        if placed == 0 and not a.ctx and a.which != "any":
            sys.exit(f"{doc.id}: {a.surface!r} placed nowhere (all inside longer spans)")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for x, y in zip(spans, spans[1:], strict=False):
        if y["start"] < x["end"]:
            sys.exit(f"{doc.id}: overlapping spans {x} {y}")
    return spans


def _all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def build(doc: Doc, codes: set[str]) -> dict:
    raw = (shared_dir() / doc.shared_path).read_bytes()
    text = raw.decode("utf-8")
    lo, hi = excerpt_range(text, doc.item) if doc.item is not None else (0, len(text))
    record = {"format": "extract-gold/1", "id": doc.id, "shared_path": doc.shared_path,
              "sha256": hashlib.sha256(raw).hexdigest()}
    if doc.item is not None:
        record["char_range"] = [lo, hi]
    record["spans"] = place(doc, text, lo, hi, codes)
    return record


def main() -> None:
    codes = municipality_codes()
    total = 0
    for name, docs in (("parlamint.jsonl", PARLAMINT), ("aarhus_byraad.jsonl", AARHUS_ITEMS)):
        records = [build(d, codes) for d in docs]
        for r in records:
            text = (shared_dir() / r["shared_path"]).read_bytes().decode("utf-8")
            lo, hi = r.get("char_range", (0, len(text)))
            shifted = dict(r, spans=[dict(s, start=s["start"] - lo, end=s["end"] - lo)
                                     for s in r["spans"]])
            review(shifted, text[lo:hi])
            total += len(r["spans"])
        with open(GOLD / name, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote corpus/gold/{name} ({len(records)} documents, "
              f"{sum(len(r['spans']) for r in records)} spans)")
    print(f"{total} spans in all")


if __name__ == "__main__":
    main()
