#!/usr/bin/env python
"""Build blind test set part 1: six fictional Danish minutes documents and their gold.

Run from anywhere with the project's virtual environment:

    .venv/bin/python corpus/blind/make_b1.py

Writes the six documents next to this script and gold_b1.jsonl (extract-gold/1). The text
of each document is what ``extract.readers.read_file`` yields; every offset refers to it.
People are fictional; municipalities, titles and case-number styles are real.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import sys
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from extract.readers import read_file  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

DOCS: list[dict] = []


def doc(**kw):
    DOCS.append(kw)
    return kw


# ---------------------------------------------------------------------------
# 1. Kommunalbestyrelsen, Hjørring Kommune (PDF, columns)
# ---------------------------------------------------------------------------

H1_LEFT = [
    "Til stede:",
    "Arne Toft Vestergaard (V), borgmester",
    "Mona Kjærsgaard-Lund (A), viceborgmester",
    "Bent Ole Pallesen (C)",
    "Anne Marie Bech Sørensen (A)",
    "Jens Kristian Møller (V)",
    "Lise Ebbesen-Holm (V)",
    "Peter Sand Thomsen (A)",
    "Karina Frost (A)",
    "Mads Emil Krogh (V)",
    "Hanne Lykke Pedersen (V)",
    "Rasmus Juul-Nielsen (C)",
    "Birgitte Skov (C)",
    "Torben Jakobsen (O)",
    "Niels Erik Bundgaard (D)",
    "Susanne Aagaard (D)",
]
H1_RIGHT = [
    "Til stede (fortsat):",
    "Kasper Holm Iversen (F)",
    "Malene Fisker (F)",
    "Jakob Lindholm (Ø)",
    "Sofie Damgaard Rasmussen (Ø)",
    "Ole Christensen Brix (I)",
    "Gitte Mørk Larsen (A)",
    "Henrik Vang (A)",
    "Tina Overgaard (V)",
    "Lars Peter Nymand (V)",
    "Camilla Borg-Hansen (A)",
    "Erik Rønn (C)",
    "Morten Skaarup (V)",
    "Jette Bruun Madsen (K)",
    "Flemming Krarup (D)",
    "",
    "Afbud:",
    "Dorthe Winther Kristensen (O)",
    "Inge Lise Thygesen (A)",
    "",
    "Stedfortrædere:",
    "Vivi Hedegaard (O)",
    "Allan Riis Kjeldsen (A)",
]

H1_BLOCKS = [
    ("title", "REFERAT"),
    ("subtitle", "Kommunalbestyrelsen"),
    ("kv", "Mødedato:", "Torsdag den 27. marts 2025"),
    ("kv", "Mødetid:", "Kl. 17.00 - 20.10"),
    ("kv", "Mødested:", "Byrådssalen, Hjørring Rådhus"),
    ("kv", "Mødeleder:", "Borgmester Arne Toft Vestergaard"),
    ("gap",),
    ("sh", "Medlemmer"),
    ("cols", H1_LEFT, H1_RIGHT),
    ("gap",),
    ("p", "Fra administrationen deltog kommunaldirektør Poul Henning Rask, direktør for Teknik og Miljø "
          "Charlotte Sejr-Nielsen, direktør for Børn og Kultur Jens-Ulrik Damsgaard og referent "
          "Mette Lund Overgaard."),
    ("gap",),
    ("sh", "Indholdsfortegnelse"),
    ("p", "Åbne punkter\n"
          "1. Godkendelse af dagsorden\n"
          "2. Godkendelse af referat fra mødet den 27. februar 2025\n"
          "3. Lokalplan nr. 87-2024 og kommuneplantillæg nr. 41 for boliger ved Fyrvej i Hirtshals - endelig vedtagelse\n"
          "4. Anlægsbevilling til udbygning af Sindal Skole\n"
          "5. Salg af kommunal byggegrund på Strandvejen i Lønstrup\n"
          "6. Beslutningsforslag fra Enhedslisten om gratis bustransport for unge under 18 år\n"
          "7. Meddelelser\n"
          "Lukkede punkter\n"
          "8. Lukket punkt: Køb af ejendom"),
    ("page",),
    # 1
    ("h", "1. Godkendelse af dagsorden"),
    ("p", "Sagsnr.: 00.01.00-A00-1-25"),
    ("sh", "Beslutning i Kommunalbestyrelsen den 27-03-2025"),
    ("p", "Godkendt."),
    # 2
    ("h", "2. Godkendelse af referat fra mødet den 27. februar 2025"),
    ("p", "Sagsnr.: 00.01.00-A00-2-25"),
    ("sh", "Beslutning i Kommunalbestyrelsen den 27-03-2025"),
    ("p", "Godkendt. Referatet blev underskrevet digitalt efter mødet."),
    # 3
    ("h", "3. Lokalplan nr. 87-2024 og kommuneplantillæg nr. 41 for boliger ved Fyrvej i Hirtshals - endelig vedtagelse"),
    ("p", "Sagsnr.: 01.02.05-P16-12-24"),
    ("sh", "Resume"),
    ("p", "Kommunalbestyrelsen vedtog den 26. september 2024 at sende forslag til lokalplan nr. 87-2024 og "
          "tillæg nr. 41 til Kommuneplan 2021 i offentlig høring. Forslagene har været i høring fra den "
          "14. oktober til den 9. december 2024, og der er indkommet 11 høringssvar. Kommunalbestyrelsen skal "
          "nu tage stilling til, om planerne kan vedtages endeligt."),
    ("sh", "Sagsfremstilling"),
    ("p", "Lokalplanen giver mulighed for at opføre op til 60 boliger som rækkehuse og etageboliger på en del "
          "af det tidligere havneareal ved Fyrvej i Hirtshals. Arealet ejes i dag af Hjørring Kommune og "
          "Hirtshals Havn i fællesskab."),
    ("p", "De indkomne høringssvar handler primært om trafikken på Fyrvej, bygningshøjder og udsigten mod "
          "Skagerrak. Teknik og Miljø har samlet høringssvarene og administrationens bemærkninger i en "
          "hvidbog (bilag 2)."),
    ("p", "På baggrund af høringen foreslås det, at den maksimale bygningshøjde for etageboliger nedsættes "
          "fra 14,5 til 12,5 meter, og at der udlægges areal til en ny stiforbindelse til stranden. "
          "Ændringerne vurderes ikke at være så væsentlige, at der skal gennemføres en fornyet høring."),
    ("p", "Andelen af almene boliger reguleres ikke i lokalplanen. Der er indgået en hensigtserklæring med "
          "Boligselskabet Fyrbakken om opførelse af 12 almene familieboliger i første etape."),
    ("sh", "Økonomi"),
    ("p", "Den endelige vedtagelse har ingen direkte økonomiske konsekvenser for Hjørring Kommune."),
    ("sh", "Indstilling"),
    ("p", "Direktøren for Teknik og Miljø indstiller, at\n"
          "1. lokalplan nr. 87-2024 og tillæg nr. 41 til Kommuneplan 2021 vedtages endeligt med de "
          "ændringer, der er beskrevet i sagsfremstillingen, og\n"
          "2. hvidbogen godkendes som kommunens svar på de indkomne høringssvar."),
    ("sh", "Beslutning i Plan- og Miljøudvalget den 05-03-2025"),
    ("p", "Anbefales godkendt."),
    ("sh", "Beslutning i Økonomiudvalget den 19-03-2025"),
    ("p", "Anbefales. Jakob Lindholm (Ø) stemte imod med henvisning til, at andelen af almene boliger bør "
          "fastsættes i lokalplanen. Bent Ole Pallesen (C) tog forbehold for bygningshøjderne."),
    ("sh", "Beslutning i Kommunalbestyrelsen den 27-03-2025"),
    ("p", "Enhedslisten stillede ændringsforslag om, at lokalplanen sendes tilbage til Plan- og "
          "Miljøudvalget med henblik på at fastsætte en andel på mindst 25 pct. almene boliger."),
    ("p", "Ændringsforslaget blev sat under afstemning:\n"
          "For stemte: F og Ø (4)\n"
          "Imod stemte: A, V, C, O, D, I og K (27)\n"
          "Ændringsforslaget blev forkastet."),
    ("p", "Herefter blev indstillingen sat under afstemning:\n"
          "For stemte: A, V, C, O, D, I, K og F (29)\n"
          "Imod stemte: Ø (2)\n"
          "Indstillingen blev godkendt."),
    # 4
    ("h", "4. Anlægsbevilling til udbygning af Sindal Skole"),
    ("p", "Sagsnr.: 17.01.10-G01-3-25"),
    ("sh", "Sagsfremstilling"),
    ("p", "Elevtallet på Sindal Skole er steget med 14 pct. siden skoleåret 2021/22, og skolen har i dag "
          "to klasser undervist i midlertidige pavilloner. Der er udarbejdet et skitseprojekt for en "
          "udbygning med seks klasselokaler, et nyt faglokale til natur/teknologi og en udvidelse af "
          "skolens SFO. Den samlede udgift er beregnet til 42,5 mio. kr. Byggeriet forventes udbudt i "
          "efteråret 2025 med byggestart i foråret 2026."),
    ("sh", "Indstilling"),
    ("p", "Direktøren for Børn og Kultur indstiller, at\n"
          "1. der gives en anlægsbevilling på 42,5 mio. kr. til udbygning af Sindal Skole, og\n"
          "2. det afsatte rådighedsbeløb på 38,0 mio. kr. frigives, og den resterende finansiering på "
          "4,5 mio. kr. sker via kassebeholdningen."),
    ("sh", "Beslutning i Børne- og Skoleudvalget den 04-03-2025"),
    ("p", "Anbefales."),
    ("sh", "Beslutning i Økonomiudvalget den 19-03-2025"),
    ("p", "Anbefales. Dansk Folkeparti og Danmarksdemokraterne tog forbehold for finansieringen via "
          "kassebeholdningen."),
    ("sh", "Beslutning i Kommunalbestyrelsen den 27-03-2025"),
    ("p", "Indstillingen blev vedtaget med 25 stemmer mod 5.\n"
          "For stemte: A, V, C, F, Ø og K.\n"
          "Imod stemte: O og D.\n"
          "Ole Christensen Brix (I) undlod at stemme."),
    ("p", "Forvaltningen bedes forelægge en detaljeret tidsplan for byggeriet for Børne- og Skoleudvalget "
          "senest den 1. juni 2025."),
    # 5
    ("h", "5. Salg af kommunal byggegrund på Strandvejen i Lønstrup"),
    ("p", "Sagsnr.: 82.06.02-G10-5-24"),
    ("sh", "Sagsfremstilling"),
    ("p", "Hjørring Kommune har i perioden fra den 6. januar til den 7. februar 2025 udbudt den kommunale "
          "byggegrund på Strandvejen 21 i Lønstrup til salg. Der er modtaget fire bud. Det højeste bud på "
          "1.850.000 kr. ekskl. moms er afgivet af Lønstrup Ferieboliger ApS. Buddet ligger over den "
          "vurdering, som ejendomsmægleren har foretaget."),
    ("sh", "Indstilling"),
    ("p", "Direktøren for Økonomi og Personale indstiller, at\n"
          "1. grunden sælges til Lønstrup Ferieboliger ApS for 1.850.000 kr. ekskl. moms, og\n"
          "2. borgmesteren og kommunaldirektøren bemyndiges til at underskrive skøde og øvrige dokumenter "
          "i forbindelse med handlen."),
    ("sh", "Beslutning i Økonomiudvalget den 19-03-2025"),
    ("p", "Anbefales."),
    ("sh", "Beslutning i Kommunalbestyrelsen den 27-03-2025"),
    ("p", "Lise Ebbesen-Holm (V) deltog ikke i behandlingen af punkt 5 på grund af inhabilitet."),
    ("p", "Godkendt."),
    # 6
    ("h", "6. Beslutningsforslag fra Enhedslisten om gratis bustransport for unge under 18 år"),
    ("p", "Sagsnr.: 13.05.00-A00-2-25"),
    ("sh", "Sagsfremstilling"),
    ("p", "Enhedslisten har den 10. marts 2025 fremsendt følgende beslutningsforslag: \"Kommunalbestyrelsen "
          "pålægger administrationen at udarbejde en model for gratis bustransport for unge under 18 år i "
          "Hjørring Kommune, som kan indgå i budget 2026.\""),
    ("p", "Administrationen har på baggrund af tal fra Nordjyllands Trafikselskab vurderet, at en ordning vil "
          "koste ca. 3,2 mio. kr. årligt. Hertil kommer udgifter til ekstra kapacitet på ruterne mellem "
          "Hirtshals og Hjørring i myldretiden."),
    ("sh", "Beslutning i Kommunalbestyrelsen den 27-03-2025"),
    ("p", "Sofie Damgaard Rasmussen (Ø) motiverede forslaget."),
    ("p", "For stemte: Enhedslisten og Socialistisk Folkeparti (4)\n"
          "Imod stemte: Socialdemokratiet, Venstre, Det Konservative Folkeparti, Danmarksdemokraterne, "
          "Dansk Folkeparti og Kristendemokraterne (26)\n"
          "Liberal Alliance undlod at stemme (1)\n"
          "Forslaget blev forkastet."),
    # 7
    ("h", "7. Meddelelser"),
    ("p", "Sagsnr.: 00.01.00-I00-1-25"),
    ("sh", "Beslutning i Kommunalbestyrelsen den 27-03-2025"),
    ("p", "Borgmesteren orienterede om mødet den 12. marts 2025 med borgmestrene i Frederikshavn Kommune "
          "og Brønderslev Kommune om den fremtidige togbetjening af Vendsyssel samt om status på "
          "vinterberedskabet."),
    ("p", "Taget til efterretning."),
    # 8
    ("h", "8. Lukket punkt: Køb af ejendom"),
    ("sh", "Beslutning i Kommunalbestyrelsen den 27-03-2025"),
    ("p", "Godkendt."),
    ("gap",),
    ("p", "Mødet sluttede kl. 20.10."),
    ("p", "Næste ordinære møde afholdes torsdag den 24. april 2025 kl. 17.00 i Byrådssalen."),
    ("p", "Referatet er godkendt af mødelederen den 1. april 2025 og offentliggjort på hjoerring.dk."),
    ("p", "Dokumentet er dannet 04.04.2025 kl. 09.12."),
]


def build_hjoerring(path: Path) -> None:
    from fpdf import FPDF

    class Pdf(FPDF):
        def header(self):
            self.set_font("D", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(95, 5, "Hjørring Kommune")
            self.cell(0, 5, "Kommunalbestyrelsen - Referat 27.03.2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("D", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(95, 5, "Udskrevet: 04-04-2025")
            self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Pdf(format="A4")
    pdf.add_font("D", "", FONT)
    pdf.add_font("D", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for b in H1_BLOCKS:
        kind = b[0]
        if kind == "title":
            pdf.set_font("D", "B", 18)
            pdf.cell(0, 10, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font("D", "B", 14)
            pdf.cell(0, 8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "kv":
            pdf.set_font("D", "B", 10)
            pdf.cell(30, 6, b[1])
            pdf.set_font("D", "", 10)
            pdf.cell(0, 6, b[2], new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(4)
        elif kind == "page":
            pdf.add_page()
        elif kind == "sh":
            pdf.set_font("D", "B", 10)
            pdf.ln(1)
            pdf.cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("D", "B", 12)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("D", "", 10)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "cols":
            pdf.set_font("D", "", 9.5)
            y = pdf.get_y()
            pdf.set_xy(10, y)
            pdf.multi_cell(92, 5, "\n".join(b[1]), new_x="LMARGIN", new_y="NEXT")
            y1 = pdf.get_y()
            pdf.set_xy(108, y)
            pdf.multi_cell(92, 5, "\n".join(b[2]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y1, pdf.get_y()))
    pdf.output(str(path))


doc(
    stem="b1_kommunalbestyrelsen_hjoerring_2025-03-27",
    ext="pdf",
    build=build_hjoerring,
    body="Kommunalbestyrelsen, Hjørring Kommune",
    kinds=[4, 5, 8],
    persons=[
        "Arne Toft Vestergaard", "Mona Kjærsgaard-Lund", "Bent Ole Pallesen", "Anne Marie Bech Sørensen",
        "Jens Kristian Møller", "Lise Ebbesen-Holm", "Peter Sand Thomsen", "Karina Frost",
        "Mads Emil Krogh", "Hanne Lykke Pedersen", "Rasmus Juul-Nielsen", "Birgitte Skov",
        "Torben Jakobsen", "Niels Erik Bundgaard", "Susanne Aagaard", "Kasper Holm Iversen",
        "Malene Fisker", "Jakob Lindholm", "Sofie Damgaard Rasmussen", "Ole Christensen Brix",
        "Gitte Mørk Larsen", "Henrik Vang", "Tina Overgaard", "Lars Peter Nymand", "Camilla Borg-Hansen",
        "Erik Rønn", "Morten Skaarup", "Jette Bruun Madsen", "Flemming Krarup",
        "Dorthe Winther Kristensen", "Inge Lise Thygesen", "Vivi Hedegaard", "Allan Riis Kjeldsen",
        "Poul Henning Rask", "Charlotte Sejr-Nielsen", "Jens-Ulrik Damsgaard", "Mette Lund Overgaard",
    ],
    blockers=["Hjørring Rådhus"],
    default_year=2025,
    date_overrides={"den 14. oktober": "2024-10-14"},
)


# ---------------------------------------------------------------------------
# 2. Økonomiudvalget, Svendborg Kommune (DOCX, attendance table and action table)
# ---------------------------------------------------------------------------

S2_MEMBERS = [
    ("Navn", "Parti", "Funktion", "Fremmøde"),
    ("Kirsten Marie Holm-Jakobsen", "A", "Formand", "Til stede"),
    ("Niels Christian Bøgh", "V", "Næstformand", "Til stede"),
    ("Louise Søgaard Winther", "A", "Medlem", "Til stede"),
    ("Hans Jørgen Lykkegaard", "C", "Medlem", "Til stede"),
    ("Pernille Aagaard-Schmidt", "F", "Medlem", "Til stede"),
    ("Tobias Rønnow Lauritzen", "Ø", "Medlem", "Afbud"),
    ("Ulla Bang Mikkelsen", "O", "Medlem", "Til stede"),
    ("Svend Erik Munk", "V", "Medlem", "Til stede"),
    ("Sara Eskildsen Wolff", "B", "Medlem", "Afbud"),
    ("Mikkel Aalund-Frost", "Ø", "Stedfortræder", "Til stede"),
]

S2_ACTIONS = [
    ("Pkt.", "Ansvarlig", "Opgave", "Frist"),
    ("3", "Sekretariatet", "Booke lokaler og forplejning til budgetseminaret", "Senest udgangen af juli"),
    ("5", "KBJ", "Meddele udpegningen til Det Sydfynske Erhvervsforum", "21.06.2024"),
    ("7", "Center for Digitalisering", "Fremlægge handleplan for brug af kunstig intelligens i sagsbehandlingen",
     "01.10.2024"),
]

S2_BODY = [
    ("p", "Svendborg Kommune"),
    ("title", "Økonomiudvalget - Referat"),
    ("p", "Mødedato: Tirsdag den 11. juni 2024"),
    ("p", "Mødetidspunkt: Kl. 15:00 - 17:45"),
    ("p", "Mødested: Mødelokale 1, Svendborg Rådhus"),
    ("h1", "Medlemmer"),
    ("table", S2_MEMBERS),
    ("p", "Mikkel Aalund-Frost (Ø) deltog som stedfortræder for Tobias Rønnow Lauritzen."),
    ("p", "Fra administrationen: kommunaldirektør Jesper Kamp Thorsen, økonomichef Bettina Brøns Larsen, "
          "direktør Ole-Jacob Riis Damgaard (deltog under punkt 4) og referent Karina Bøgh Jessen (KBJ)."),
    ("h1", "1. Godkendelse af dagsorden"),
    ("p", "Sagsnr.: 24/10873"),
    ("h3", "Beslutning i Økonomiudvalget den 11-06-2024"),
    ("p", "Godkendt."),
    ("h1", "2. Budgetopfølgning pr. 30. april 2024"),
    ("p", "Sagsnr.: 24/8812"),
    ("h3", "Sagsfremstilling"),
    ("p", "Center for Økonomi har gennemført budgetopfølgning pr. 30. april 2024 for alle udvalg. Opfølgningen "
          "viser et forventet samlet merforbrug på driften på 14,2 mio. kr. Merforbruget vedrører primært det "
          "specialiserede socialområde (9,8 mio. kr.) og ældreområdet (3,1 mio. kr.), hvor antallet af "
          "visiterede timer til hjemmepleje er steget mere end forudsat i budgettet."),
    ("p", "På anlægsområdet forventes et mindreforbrug på 22,0 mio. kr. som følge af forsinkelser på "
          "byggeriet af plejecentret i Gudme og på renoveringen af havnekajen på Thurø."),
    ("h3", "Indstilling"),
    ("p", "Direktionen indstiller, at budgetopfølgningen tages til efterretning."),
    ("h3", "Beslutning i Økonomiudvalget den 11-06-2024"),
    ("p", "Taget til efterretning. Udvalget drøftede udviklingen på det specialiserede socialområde og "
          "betydningen for budgetlægningen for 2025."),
    ("p", "Opfølgning: Center for Økonomi udarbejder en samlet oversigt over merforbruget på det "
          "specialiserede socialområde til udvalgets møde den 13. august 2024."),
    ("h1", "3. Budget 2025-2028 - tidsplan og proces"),
    ("p", "Sagsnr.: 24/2291"),
    ("h3", "Sagsfremstilling"),
    ("p", "Administrationen har udarbejdet forslag til tidsplan for budgetlægningen for 2025-2028. "
          "Tidsplanen bygger på samme model som sidste år med et budgetseminar for hele Byrådet mandag den "
          "26. august 2024, førstebehandling tirsdag den 10. september 2024 og andenbehandling tirsdag den "
          "8. oktober 2024. Fristen for ændringsforslag fra partierne er fastsat til den 1. oktober 2024 "
          "kl. 12.00."),
    ("p", "KL og regeringen forventes at indgå aftale om kommunernes økonomi for 2025 i begyndelsen af "
          "juni. Aftalens konsekvenser for Svendborg Kommune forelægges på budgetseminaret."),
    ("h3", "Indstilling"),
    ("p", "Direktionen indstiller, at Økonomiudvalget anbefaler Byrådet at godkende tidsplanen for budget "
          "2025-2028."),
    ("h3", "Beslutning i Økonomiudvalget den 11-06-2024"),
    ("p", "Udvalget anbefaler Byrådet at godkende tidsplanen."),
    ("p", "Handling: Sekretariatet bedes udsende invitation til budgetseminaret senest udgangen af juni."),
    ("h1", "4. Tillægsbevilling til vintervedligeholdelse 2023/24"),
    ("p", "Sagsnr.: 24/6654"),
    ("h3", "Sagsfremstilling"),
    ("p", "Vinteren 2023/24 var præget af mange glatførehændelser og kraftigt snefald i januar. Udgifterne "
          "til vintervedligeholdelse af veje og stier blev derfor 3,4 mio. kr. højere end budgetteret. "
          "Merudgiften kan ikke afholdes inden for Miljø- og Teknikudvalgets ramme."),
    ("h3", "Indstilling"),
    ("p", "Direktionen indstiller, at der gives en tillægsbevilling på 3,4 mio. kr. til "
          "vintervedligeholdelse, finansieret af kassebeholdningen."),
    ("h3", "Beslutning i Økonomiudvalget den 11-06-2024"),
    ("p", "Indstillingen blev fulgt."),
    ("p", "Forvaltningen skal undersøge mulighederne for et fælles udbud af vintertjenesten med "
          "Faaborg-Midtfyn Kommune og Nyborg Kommune og forelægge resultatet for udvalget inden 1. marts 2025."),
    ("h1", "5. Udpegning af medlem til bestyrelsen for Det Sydfynske Erhvervsforum"),
    ("p", "Sagsnr.: 24/9120"),
    ("h3", "Sagsfremstilling"),
    ("p", "Louise Søgaard Winther har meddelt, at hun ønsker at udtræde af bestyrelsen for Det Sydfynske "
          "Erhvervsforum. Økonomiudvalget skal derfor udpege et nyt medlem for den resterende del af "
          "perioden, som udløber den 31. december 2025."),
    ("h3", "Beslutning i Økonomiudvalget den 11-06-2024"),
    ("p", "Valgt blev Hans Jørgen Lykkegaard (C). Se handlingslisten."),
    ("h1", "6. Kommunegaranti for lån til Thurø Vandværk"),
    ("p", "Sagsnr.: 24/7730"),
    ("h3", "Sagsfremstilling"),
    ("p", "Thurø Vandværk har ansøgt om kommunegaranti for et lån på 6,8 mio. kr. i KommuneKredit til "
          "udskiftning af hovedledninger. Garantien påvirker ikke kommunens låneramme, men kommunen hæfter "
          "for lånet, hvis vandværket ikke kan betale. Vandværket forsyner ca. 1.900 husstande, og de "
          "nuværende ledninger er over 60 år gamle. Der skal efter praksis betales en garantiprovision på "
          "0,5 pct. af lånets restgæld. Administrationen vurderer, at vandværkets takster med den planlagte "
          "stigning kan dække de fremtidige ydelser på lånet."),
    ("h3", "Beslutning i Økonomiudvalget den 11-06-2024"),
    ("p", "Sagen udsættes til udvalgets møde den 13. august 2024, så vandværkets budget for 2025-2027 kan "
          "indgå i sagen."),
    ("p", "Opfølgning: Indhente budget og revisorudtalelse fra vandværket - ansvarlig: Center for Økonomi - "
          "frist: 1. august 2024."),
    ("h1", "7. Status på digitaliseringsstrategien 2023-2026"),
    ("p", "Sagsnr.: 23/15562"),
    ("h3", "Sagsfremstilling"),
    ("p", "Center for Digitalisering gav en status på strategiens 12 indsatser. Otte indsatser er i gang "
          "som planlagt, to er forsinkede, og to er endnu ikke igangsat. De forsinkede indsatser vedrører "
          "udskiftningen af kommunens ESDH-system og den digitale selvbetjening på byggesagsområdet, hvor "
          "leverandøren har udskudt leverancen. Centret forventer, at begge indsatser er i drift inden "
          "årets udgang."),
    ("h3", "Beslutning i Økonomiudvalget den 11-06-2024"),
    ("p", "Orienteringen blev taget til efterretning. Udvalget ønsker en særskilt drøftelse af brugen af "
          "kunstig intelligens i sagsbehandlingen. Se handlingslisten."),
    ("p", "Administrationen bedes sende præsentationen fra mødet til udvalgets medlemmer."),
    ("h1", "8. Eventuelt"),
    ("p", "Pernille Aagaard-Schmidt spurgte til status på de nye busruter mellem Svendborg og Stenstrup. "
          "Kommunaldirektøren oplyste, at FynBus forventer at have køreplanerne klar efter sommerferien."),
    ("p", "Ulla Bang Mikkelsen nævnte henvendelser fra borgere på Tåsinge om manglende snerydning af "
          "cykelstier i januar. Niels Christian Bøgh gjorde opmærksom på, at emnet indgår i punkt 4."),
    ("h1", "Handlingsliste"),
    ("table", S2_ACTIONS),
    ("p", "Mødet sluttede kl. 17:45."),
    ("p", "Næste møde: Tirsdag den 13. august 2024 kl. 15:00, Mødelokale 1."),
    ("p", "Referatet er godkendt af udvalgsformanden den 12. juni 2024. Udskrevet 14.06.2024."),
]


def _docx_table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:  # pragma: no cover - style missing in template
        pass
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


def build_docx(blocks, path: Path) -> None:
    from docx import Document

    d = Document()
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], 0)
        elif k == "h1":
            d.add_heading(b[1], 1)
        elif k == "h2":
            d.add_heading(b[1], 2)
        elif k == "h3":
            d.add_heading(b[1], 3)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "table":
            _docx_table(d, b[1])
        elif k == "break":
            d.add_page_break()
    d.save(str(path))


doc(
    stem="b1_oekonomiudvalget_svendborg_2024-06-11",
    ext="docx",
    build=lambda p: build_docx(S2_BODY, p),
    body="Økonomiudvalget, Svendborg Kommune",
    kinds=[3, 6, 7],
    persons=[
        "Kirsten Marie Holm-Jakobsen", "Niels Christian Bøgh", "Louise Søgaard Winther",
        "Hans Jørgen Lykkegaard", "Pernille Aagaard-Schmidt", "Tobias Rønnow Lauritzen",
        "Ulla Bang Mikkelsen", "Svend Erik Munk", "Sara Eskildsen Wolff", "Mikkel Aalund-Frost",
        "Jesper Kamp Thorsen", "Bettina Brøns Larsen", "Ole-Jacob Riis Damgaard", "Karina Bøgh Jessen",
        "KBJ",
    ],
    blockers=["Svendborg Rådhus"],
    default_year=2024,
)


# ---------------------------------------------------------------------------
# 3. Amager Vest Lokaludvalg, Københavns Kommune (HTML export, two meetings)
# ---------------------------------------------------------------------------

L3_MEMBERS = [
    ("Helle Ravn-Jørgensen", "Socialdemokratiet"),
    ("Thomas Bille Kragelund", "Venstre"),
    ("Maja Lind Østergaard", "Enhedslisten"),
    ("Kristoffer Haahr", "SF"),
    ("Birthe Juul Mortensen", "Radikale Venstre"),
    ("Anders Bo Lynge", "Det Konservative Folkeparti"),
    ("Rikke Fogh-Svendsen", "Alternativet"),
    ("Jonas Emil Friis", "Liberal Alliance"),
    ("Susanne Holt", "Sundby Idrætsråd"),
    ("Karim El-Amin", "Ørestad Syd Beboerforum"),
    ("Eva Marie Kjær Brandt", "Kulturnetværket Amager Vest"),
    ("Bjarne Stig Olesen", "Bryggens Grundejerforening"),
    ("Nanna Kirstine Holm", "Amager Vest Ungeråd"),
]


def _l3_table(functions: dict, absent: set) -> str:
    rows = ['<table class="fremmoede">', "<caption>Fremmøde</caption>",
            "<thead><tr><th>Navn</th><th>Funktion</th><th>Udpeget af</th><th>Fremmøde</th></tr></thead>",
            "<tbody>"]
    for name, org in L3_MEMBERS:
        st = "Afbud" if name in absent else "Til stede"
        rows.append(f"<tr><td>{name}</td><td>{functions.get(name, '')}</td><td>{org}</td><td>{st}</td></tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


def build_amager(path: Path) -> None:
    m1_table = _l3_table({"Helle Ravn-Jørgensen": "Formand"}, {"Jonas Emil Friis", "Nanna Kirstine Holm"})
    m2_table = _l3_table({"Helle Ravn-Jørgensen": "Formand", "Thomas Bille Kragelund": "Næstformand"},
                         {"Kristoffer Haahr"})
    html = f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Referater 2025 - Amager Vest Lokaludvalg</title>
<link rel="stylesheet" href="/static/css/moeder.css">
</head>
<body>
<a class="skip" href="#indhold">Gå til indhold</a>
<nav class="topmenu" aria-label="Hovedmenu">
<ul>
<li><a href="/">Forside</a></li>
<li><a href="/lokaludvalget">Om lokaludvalget</a></li>
<li><a href="/moeder">Møder og referater</a></li>
<li><a href="/puljen">Lokaludvalgspuljen</a></li>
<li><a href="/kontakt">Kontakt</a></li>
</ul>
</nav>
<header class="sidehoved">
<p class="brand">Amager Vest Lokaludvalg</p>
<p class="breadcrumb">Forside › Møder og referater › Referater 2025</p>
</header>
<main id="indhold">
<h1>Referater 2025</h1>
<p>Her finder du referaterne fra lokaludvalgets ordinære møder. Referaterne godkendes på det følgende møde.</p>

<article class="moede" id="moede-2025-01-22">
<h1>Referat af lokaludvalgsmøde onsdag den 22. januar 2025</h1>
<dl class="moedeinfo">
<dt>Tid:</dt><dd>Kl. 18.30-21.00</dd>
<dt>Sted:</dt><dd>Kulturhuset Islands Brygge, mødesal 2</dd>
<dt>Referatet godkendt:</dt><dd>26.02.2025</dd>
</dl>
{m1_table}
<p>Fra sekretariatet deltog sekretariatschef Lone Brink Adamsen og projektmedarbejder Jeppe Nørskov (referent).</p>

<h2>1. Godkendelse af dagsorden</h2>
<p><strong>Beslutning:</strong> Godkendt.</p>

<h2>2. Godkendelse af referat fra mødet den 11. december 2024</h2>
<p><strong>Beslutning:</strong> Godkendt uden bemærkninger.</p>

<h2>3. Ansøgninger til Lokaludvalgspuljen</h2>
<p>Sekretariatet har modtaget tre ansøgninger til behandling på mødet. Der er pr. 15. januar 2025 i alt 412.000 kr. til rådighed i puljen for 2025.</p>
<h3>3a. Vinterlys på Islands Brygge</h3>
<p class="sagsnr">Sagsnr.: 2025-0004117</p>
<p>Foreningen Bryggelys søger om 40.000 kr. til lysinstallationer langs havnefronten i februar. Arrangementet er gratis og åbent for alle.</p>
<p><strong>Beslutning:</strong> Lokaludvalget bevilgede 40.000 kr.</p>
<h3>3b. Fællesspisninger i Hørgården</h3>
<p class="sagsnr">Sagsnr.: 2025-0004562</p>
<p>Beboerforeningen i Hørgården søger om 24.000 kr. til ugentlige fællesspisninger i foråret.</p>
<p><strong>Beslutning:</strong> Ansøgningen blev afvist, da aktiviteten allerede modtager støtte fra den boligsociale helhedsplan.</p>
<h3>3c. Street-fodboldturnering i Lergravsparken</h3>
<p class="sagsnr">Sagsnr.: 2025-0004890</p>
<p>En gruppe frivillige søger om 25.000 kr. til en turnering for unge mellem 12 og 18 år i påskeferien.</p>
<p><strong>Beslutning:</strong> Sagen udsættes til næste møde, da budgettet er mangelfuldt. Sekretariatet bedes kontakte ansøgerne om et revideret budget.</p>

<h2>4. Valg af næstformand</h2>
<p>Efter Marianne Dyhr Ibsens udtræden af lokaludvalget skal der vælges en ny næstformand for resten af perioden. Thomas Bille Kragelund og Maja Lind Østergaard var opstillet.</p>
<p><strong>Beslutning:</strong> Der blev gennemført skriftlig afstemning. Valgt blev Thomas Bille Kragelund med 6 stemmer mod 4.</p>

<h2>5. Høringssvar om lokalplan for Vejlands Kvarter</h2>
<p class="sagsnr">Sagsnr.: 2024-0931554</p>
<p>Arbejdsgruppen for byrum har udarbejdet et udkast til høringssvar. Udkastet lægger vægt på flere grønne arealer, sikre skoleveje og plads til foreningslokaler i stueetagerne.</p>
<p><strong>Beslutning:</strong> Lokaludvalget godkendte udkastet til høringssvar med de ændringer, der blev drøftet på mødet. Sekretariatet bedes indsende høringssvaret til Københavns Kommunes Teknik- og Miljøforvaltning senest den 31. januar 2025.</p>

<h2>6. Eventuelt</h2>
<p>Bjarne Stig Olesen orienterede om problemer med parkering af delecykler på Islands Brygge. Rikke Fogh-Svendsen foreslog, at lokaludvalget på et senere møde drøfter samarbejdet med Tårnby Kommune om stierne på Amager Fælled. Eva Marie Kjær Brandt mindede om kulturnatten i oktober.</p>
</article>

<hr>

<article class="moede" id="moede-2025-02-26">
<h1>Referat af lokaludvalgsmøde onsdag den 26. februar 2025</h1>
<dl class="moedeinfo">
<dt>Tid:</dt><dd>Kl. 18.30-21.15</dd>
<dt>Sted:</dt><dd>Ørestad Bibliotek, mødelokalet</dd>
<dt>Referatet godkendt:</dt><dd>26.03.2025</dd>
</dl>
{m2_table}
<p>Fra sekretariatet deltog sekretariatschef Lone Brink Adamsen og projektmedarbejder Jeppe Nørskov (referent).</p>

<h2>1. Godkendelse af dagsorden</h2>
<p><strong>Beslutning:</strong> Godkendt.</p>

<h2>2. Godkendelse af referat fra mødet den 22. januar 2025</h2>
<p><strong>Beslutning:</strong> Godkendt.</p>

<h2>3. Ansøgninger til Lokaludvalgspuljen</h2>
<h3>3a. Street-fodboldturnering i Lergravsparken (genbehandling)</h3>
<p class="sagsnr">Sagsnr.: 2025-0004890</p>
<p>Ansøgerne har indsendt et revideret budget på 18.500 kr.</p>
<p><strong>Beslutning:</strong> Lokaludvalget bevilgede 18.500 kr. på baggrund af det reviderede budget.</p>
<h3>3b. Fastelavnsfest for børnefamilier</h3>
<p class="sagsnr">Sagsnr.: 2025-0007731</p>
<p>Fastelavnsfesten holdes søndag den 2. marts 2025 i gården ved Hørgården. Sekretariatet indstiller, at der bevilges 7.500 kr.</p>
<p><strong>Beslutning:</strong> Indstillingen blev fulgt.</p>
<h3>3c. Foredragsrække om klimatilpasning</h3>
<p class="sagsnr">Sagsnr.: 2025-0007802</p>
<p>Kulturnetværket Amager Vest søger om 12.000 kr. til fire foredrag om skybrud og grønne tage.</p>
<p><strong>Beslutning:</strong> Eva Marie Kjær Brandt deltog ikke i behandlingen af punkt 3c på grund af inhabilitet. Lokaludvalget bevilgede 12.000 kr.</p>

<h2>4. Orientering om trafiksikkerhed på Vejlands Allé</h2>
<p>Trafikplanlægger Mikkel Vinther-Lauesen fra Teknik- og Miljøforvaltningen orienterede om de planlagte hastighedsdæmpende tiltag og den nye signalregulering ved Ørestad Boulevard.</p>
<p><strong>Beslutning:</strong> Orienteringen blev taget til efterretning.</p>

<h2>5. Lokaludvalgets budgetønsker 2026</h2>
<p>Lokaludvalget har på baggrund af borgermødet i november drøftet, hvilke ønsker der skal sendes videre til budgetforhandlingerne i Københavns Kommune.</p>
<p><strong>Beslutning:</strong> Lokaludvalget anbefaler, at Borgerrepræsentationen i budget 2026 prioriterer en ny daginstitution i Ørestad Syd og en renovering af stierne i Lergravsparken. Arbejdsgruppen for byrum bedes færdiggøre prioriteringslisten senest udgangen af marts.</p>

<h2>6. Eventuelt</h2>
<p>Susanne Holt spurgte, om lokaludvalget kan låne lokaler på skolerne til foreningsmøder i weekenderne. Helle Ravn-Jørgensen oplyste, at spørgsmålet er rejst over for Børne- og Ungdomsforvaltningen. Karim El-Amin fortalte om den nye lektiecafé i Ørestad Syd.</p>
<p>Næste møde holdes onsdag den 26. marts 2025 kl. 18.30.</p>
</article>
</main>
<footer class="sidefod">
<p>Amager Vest Lokaludvalg · Sundholmsvej 8 · 2300 København S · amagervest@okf.kk.dk</p>
<p>Lokaludvalget er nedsat af Borgerrepræsentationen i Københavns Kommune.</p>
<p>Siden er senest opdateret 27. marts 2025.</p>
</footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8")


doc(
    stem="b1_lokaludvalg_koebenhavn_2025-01-22",
    ext="html",
    build=build_amager,
    body="Amager Vest Lokaludvalg, Københavns Kommune",
    kinds=[1, 2, 3],
    persons=[n for n, _ in L3_MEMBERS] + [
        "Lone Brink Adamsen", "Jeppe Nørskov", "Marianne Dyhr Ibsen", "Mikkel Vinther-Lauesen",
    ],
    blockers=["Københavns Kommunes Teknik- og Miljøforvaltning"],
    default_year=2025,
)


# ---------------------------------------------------------------------------
# 4. Skolebestyrelsen, Lilleådalskolen, Favrskov Kommune (e-mail)
# ---------------------------------------------------------------------------

F4_BODY = """Kære skolebestyrelse

Hermed referatet fra vores møde tirsdag den 12. november 2024. Referatet er godkendt af formanden den 13. november og bliver lagt på Aula og på skolens hjemmeside. Eventuelle rettelser bedes sendt til mig senest fredag den 22. november.

Venlig hilsen
Camilla Høj Andersen
Viceskoleleder, Lilleådalskolen
Tlf. 89 64 71 20

------------------------------------------------------------
REFERAT - SKOLEBESTYRELSEN, LILLEÅDALSKOLEN
------------------------------------------------------------

Dato: 12.11.2024 kl. 17.00-19.30
Sted: Personalerummet, afdeling Hinnerup

Til stede:
Formand: Martin Skov Kjeldgaard
Næstformand: Line Vestergaard-Holm
Forældrerepræsentanter: Trine Marie Aarup, Rasmus Bøje Nielsen, Lærke Søndergaard Friis
Medarbejderrepræsentanter: Sanne Kold Poulsen, Jesper Riis
Elevrådsrepræsentanter: Asta og Villads
Fra ledelsen: skoleleder Bo Winther Mogensen og viceskoleleder Camilla Høj Andersen (referent)

Afbud: Forældrerepræsentanterne Henrik Dahl og Yasmin Nour-Hansen


1. Godkendelse af dagsorden og af referat fra mødet den 1. oktober 2024
Dagsordenen og referatet blev godkendt.


2. Nyt fra elevrådet
Asta og Villads fortalte, at elevrådet har holdt to møder siden sommerferien, og at der nu er valgt repræsentanter fra alle klasser fra 4. årgang og op. Elevrådet har fået et fast lokale ved biblioteket. Elevrådet har især talt om toiletterne i indskolingsbygningen og om ønsket om flere aktiviteter i frikvartererne i vinterhalvåret. Elevrådet ønsker, at eleverne kan låne boldbanen i hallen i det store frikvarter.

Skolebestyrelsen tilsluttede sig ønsket.
Handling: Skolelederen undersøger, om hallen kan åbnes i det store frikvarter fra januar, og melder tilbage på næste møde.


3. Skolens budget 2025
Bo orienterede om skolens foreløbige budget for 2025. Favrskov Kommune har vedtaget en ny tildelingsmodel, som giver skolen ca. 380.000 kr. mindre end i 2024, primært fordi elevtallet i de kommende 0. klasser er faldende. Ledelsen foreslår at reducere på vikarbudgettet og at udskyde indkøb af nye klassesæt til matematik.

Skolebestyrelsen tog orienteringen til efterretning og drøftede prioriteringerne. Der var særligt spørgsmål til konsekvenserne for holddelingen i 8. og 9. klasse og for den understøttende undervisning. Medarbejderrepræsentanterne udtrykte bekymring for, at færre vikartimer vil gå ud over de elever, der har mest brug for stabile voksne. Bo understregede, at ledelsen vil prioritere faste vikarer i indskolingen.
Opfølgning: Skolelederen fremlægger det endelige budget 2025 på mødet den 15. januar 2025.


4. Principper for brug af mobiltelefoner
Udkast til reviderede principper var udsendt med dagsordenen. Forslaget indebærer mobilfri skoletid for alle klassetrin fra 0. til 9. klasse, så telefonerne opbevares i skabe fra kl. 8.00 til skoledagens afslutning. Medarbejderrepræsentanterne støttede forslaget. Elevrådsrepræsentanterne ønskede en undtagelse for ture ud af huset, hvor telefonen bruges til kort og billetter.

Der var en god drøftelse af, hvordan forældrene kan bakke op om principperne derhjemme, og om eleverne skal kunne kontakte deres forældre i løbet af skoledagen. Det blev understreget, at skolekontoret altid kan kontaktes i akutte situationer.

Skolebestyrelsen godkendte principperne med den undtagelse for ture, der blev drøftet på mødet. Principperne træder i kraft mandag den 6. januar 2025.


5. Trivselsmåling 2024
Camilla gennemgik resultaterne af den nationale trivselsmåling. Trivslen i indskolingen og på mellemtrinnet er på niveau med landsgennemsnittet, mens udskolingen ligger lidt under, især på spørgsmålene om ro og orden i timerne. Svarprocenten var 91. Forældrerepræsentanterne spurgte, om resultaterne kan sammenlignes med de andre skoler i Favrskov, og om mobilprincipperne forventes at påvirke trivslen. Jesper fortalte, at lærerne i 8. årgang allerede arbejder med faste pladser og fælles klasseregler.

Taget til efterretning.
Skoleledelsen bedes fremlægge en handleplan for trivslen i udskolingen på mødet den 15. januar 2025.


6. Høring om ændrede skoledistrikter
Favrskov Byråd har sendt et forslag om ændring af skoledistriktsgrænsen mellem Hinnerup og Søften i høring. Forslaget betyder, at elever fra de nye boligområder ved Søften fra skoleåret 2026/27 skal gå på Lilleådalskolen. Høringsfristen er mandag den 9. december 2024. Bestyrelsen er positiv over for forslaget, men vil pege på behovet for en sikker skolevej langs Søftenvej og for flere pladser i SFO.

Skolebestyrelsen besluttede at afgive høringssvar.
Handling: Martin og Line udarbejder et udkast til høringssvar, som sendes til bestyrelsen senest den 2. december 2024.


7. Kommende arrangementer
Line og Martin deltager fra skolebestyrelsen ved juleafslutningen fredag den 20. december 2024 kl. 10.00 i hallen. Forældremødet om overgangen til 7. klasse holdes torsdag den 28. november 2024 kl. 19.00 i aulaen.


8. Eventuelt
Rasmus spurgte til trafiksikkerheden ved afsætningspladsen på Østergade om morgenen. Flere forældre oplever, at biler holder i busbanen. Jesper oplyste, at skolepatruljen står ved fodgængerovergangen fra kl. 7.45, men at patruljen kun kan dække ét sted ad gangen. Trine Marie Aarup foreslog at opfordre flere elever til at cykle i skole i foråret. Bestyrelsen drøftede, om sagen skal tages op med Favrskov Kommunes vejafdeling, men besluttede ikke noget.


Opfølgningspunkter
- Pkt. 4, LVH: Sende forældrebrev om de nye mobilprincipper via Aula inden 1. december
- Pkt. 4, Skolekontoret: Opdatere principperne på skolens hjemmeside senest 29. november
- Pkt. 4, Elevrådet: Udarbejde plakater om mobilfri skoletid til klasselokalerne


Næste møde: onsdag den 15. januar 2025 kl. 17.00 i personalerummet.

Referent: Camilla Høj Andersen
"""


def build_favrskov(path: Path) -> None:
    m = EmailMessage()
    m["From"] = formataddr(("Lilleådalskolen - Skolekontoret", "lilleaadalskolen@favrskov.dk"))
    m["To"] = "skolebestyrelsen-lilleaadal@favrskov.dk"
    m["Cc"] = formataddr(("Bo Winther Mogensen", "bwm@favrskov.dk"))
    m["Subject"] = "Referat fra skolebestyrelsesmøde tirsdag den 12. november 2024"
    m["Date"] = "Thu, 14 Nov 2024 08:47:13 +0100"
    m["Message-ID"] = "<20241114084713.5521@lilleaadalskolen.favrskov.dk>"
    m.set_content(F4_BODY)
    path.write_bytes(bytes(m))


doc(
    stem="b1_skolebestyrelsen_favrskov_2024-11-12",
    ext="eml",
    build=build_favrskov,
    body="Skolebestyrelsen, Lilleådalskolen, Favrskov Kommune",
    kinds=[6, 7, 8],
    persons=[
        "Camilla Høj Andersen", "Martin Skov Kjeldgaard", "Line Vestergaard-Holm", "Trine Marie Aarup",
        "Rasmus Bøje Nielsen", "Lærke Søndergaard Friis", "Sanne Kold Poulsen", "Jesper Riis",
        "Asta", "Villads", "Bo Winther Mogensen", "Henrik Dahl", "Yasmin Nour-Hansen",
        "Bo", "Camilla", "Line", "Martin", "Rasmus", "Jesper", "LVH",
    ],
    blockers=["Favrskov Byråd"],
    default_year=2024,
)


# ---------------------------------------------------------------------------
# 5. Bestyrelsen, Elbo Forsyning A/S (owned by Fredericia Kommune) (plain text)
# ---------------------------------------------------------------------------

E5_TEXT = """ELBO FORSYNING A/S
Et selskab 100 % ejet af Fredericia Kommune

REFERAT AF BESTYRELSESMØDE NR. 3/2025

Dato:      Onsdag den 18. juni 2025, kl. 14.00-16.30
Sted:      Mødelokale Lillebælt, Elbo Forsyning A/S, Kongensgade 88, 7000 Fredericia
Journalnr: EMN-2025-001187

Deltagere
  Jørgen Bach Hvidberg, bestyrelsesformand
  Anja Melgaard-Kristensen, bestyrelsesmedlem
  Poul Anker Juhl, bestyrelsesmedlem
  Rikke Sønderby Kaas, bestyrelsesmedlem
  Brian Lunde Skovbo, medarbejdervalgt bestyrelsesmedlem
  Tina Krag Hede, medarbejdervalgt bestyrelsesmedlem

Afbud
  Claus Vinding, bestyrelsesmedlem

Desuden deltog
  Henrik Østergaard Lerche, administrerende direktør (HØL)
  Susanne Mikkelsen Brandt, økonomichef (referent)
  Kim Aabo, statsautoriseret revisor (deltog under punkt 4.1)


DAGSORDEN
 1. Godkendelse af dagsorden
 2. Godkendelse af referat fra bestyrelsesmødet den 27. marts 2025
 3. Konstituering - valg af næstformand
 4. Økonomi
    4.1 Økonomirapport pr. 31. maj 2025
    4.2 Takster for vand og spildevand 2026
    4.3 Investeringsplan 2026-2035
 5. Klimatilpasningsprojekt i Erritsø
 6. Orientering fra direktionen
    6.1 Status på ny vandboring ved Bøgeskov
    6.2 Cybersikkerhed og beredskab
 7. Eventuelt


Ad 1. Godkendelse af dagsorden
Formanden bød velkommen til mødet og indledte med en kort status på ejerens forventninger til selskabet, herunder ønsket om stabile takster og en fortsat høj forsyningssikkerhed.
Dagsordenen blev godkendt.


Ad 2. Godkendelse af referat fra bestyrelsesmødet den 27. marts 2025
Referatet blev godkendt og underskrevet uden bemærkninger.


Ad 3. Konstituering - valg af næstformand
Efter den ordinære generalforsamling den 28. april 2025, hvor Fredericia Byråd som eneaktionær genvalgte de generalforsamlingsvalgte medlemmer, skal bestyrelsen konstituere sig med en næstformand. Formanden foreslog Anja Melgaard-Kristensen.

Beslutning: Valgt blev Anja Melgaard-Kristensen.


Ad 4. Økonomi

4.1 Økonomirapport pr. 31. maj 2025
Økonomichefen gennemgik økonomirapporten. Resultatet for vandområdet forventes at blive 1,2 mio. kr. bedre end budgetteret, primært på grund af lavere energipriser. På spildevandsområdet er der et merforbrug på driften af renseanlægget på 0,8 mio. kr. Likviditeten er tilfredsstillende, og selskabet har ikke haft behov for at trække på den kommunegaranterede kreditramme i perioden. Kim Aabo redegjorde for revisionens foreløbige bemærkninger til den interne kontrol, som ikke gav anledning til væsentlige forbehold. Revisionen anbefaler dog, at selskabets procedurer for godkendelse af fakturaer over 500.000 kr. beskrives nærmere.

Beslutning: Taget til efterretning.


4.2 Takster for vand og spildevand 2026
Direktionen har udarbejdet forslag til takster for 2026. Forslaget indebærer en stigning i vandafledningsbidraget på 2,10 kr. pr. m3 ekskl. moms, mens vandprisen er uændret. Stigningen skyldes primært investeringer i separatkloakering og højere afgifter til staten. For en gennemsnitlig husstand med et forbrug på 75 m3 om året svarer stigningen til ca. 197 kr. inkl. moms. Bestyrelsen drøftede, om stigningen kan fordeles over to år, men fandt, at det vil forsinke investeringerne i kloaknettet i Snoghøj og den indre by.

Beslutning: Bestyrelsen godkendte takstforslaget og anbefaler, at Fredericia Byråd godkender taksterne for 2026.
Administrationen skal undersøge konsekvenserne af en differentieret takst for storforbrugere og forelægge et notat for bestyrelsen inden 1. november 2025.


4.3 Investeringsplan 2026-2035
Direktionen fremlagde udkast til investeringsplan for perioden 2026-2035 med samlede investeringer på 640 mio. kr. Bestyrelsen fandt, at prioriteringen af ledningsrenoveringen i den gamle bydel skal belyses nærmere.

Beslutning: Sagen udsættes til bestyrelsesmødet den 10. september 2025.
Direktionen bedes fremlægge en opdateret prioritering af ledningsrenoveringen på mødet den 10. september 2025.


Ad 5. Klimatilpasningsprojekt i Erritsø
Projektet omfatter etablering af et regnvandsbassin og åbne render i Erritsø som led i den fælles klimatilpasningsplan med Fredericia Kommune. Selskabets andel af anlægsudgiften udgør 18,4 mio. kr., mens kommunen finansierer de rekreative elementer. Projektet vil reducere risikoen for oversvømmelse af ca. 140 boliger ved Erritsø Bæk ved en 20-årshændelse. Anlægsarbejdet forventes at gå i gang i foråret 2026 og at vare ca. et år. Der skal søges om tilladelse efter vandløbsloven og udarbejdes en miljøvurdering.

Direktionen indstiller, at bestyrelsen godkender projektet og selskabets andel af udgiften, og at direktionen bemyndiges til at indgå en samarbejdsaftale med Fredericia Kommune om projektets gennemførelse.

Beslutning: Indstillingen blev fulgt.


Ad 6. Orientering fra direktionen

6.1 Status på ny vandboring ved Bøgeskov
Prøvepumpningen er afsluttet, og vandkvaliteten er tilfredsstillende. Boringen forventes at kunne levere ca. 400.000 m3 om året, hvilket vil aflaste kildepladsen ved Egeskov, hvor der er konstateret spor af pesticidrester. Tilladelsen fra Fredericia Kommune forventes at foreligge i august.

Beslutning: Taget til efterretning.


6.2 Cybersikkerhed og beredskab
Direktøren orienterede om den nye lov om net- og informationssikkerhed (NIS2) og selskabets arbejde med at opfylde kravene. Selskabet deltog den 3. juni 2025 i en fælles øvelse med Vejle Kommune og de øvrige forsyninger i Trekantområdet. Øvelsen viste, at selskabets procedurer for manuel drift af vandværkerne fungerer, men at kommunikationen til borgerne ved længerevarende afbrydelser skal styrkes. Bestyrelsen lagde vægt på, at der afsættes de nødvendige ressourcer til området.

Beslutning: Taget til efterretning.
Handling: Gennemføre intern beredskabsøvelse for drift og IT | Ansvarlig: HØL | Frist: 31.10.2025


Ad 7. Eventuelt
Tina Krag Hede spurgte til status på den nye arbejdstidsaftale for vagtordningen. Direktøren oplyste, at forhandlingerne med tillidsrepræsentanterne forventes afsluttet efter sommerferien. Poul Anker Juhl roste medarbejdernes indsats under skybruddet i maj, hvor flere kældre i den indre by blev oversvømmet. Rikke Sønderby Kaas spurgte, om selskabet har overvejet at deltage i folkemødet om klimatilpasning, som kommunen holder i efteråret.


Næste møde: Onsdag den 10. september 2025 kl. 14.00.


Fredericia, den 25. juni 2025

Jørgen Bach Hvidberg (formand)      Anja Melgaard-Kristensen (næstformand)
Poul Anker Juhl                     Rikke Sønderby Kaas
Brian Lunde Skovbo                  Tina Krag Hede
"""


def build_elbo(path: Path) -> None:
    path.write_text(E5_TEXT, encoding="utf-8")


doc(
    stem="b1_bestyrelsen_fredericia_2025-06-18",
    ext="txt",
    build=build_elbo,
    body="Bestyrelsen, Elbo Forsyning A/S (Fredericia Kommune)",
    kinds=[2, 3, 7],
    persons=[
        "Jørgen Bach Hvidberg", "Anja Melgaard-Kristensen", "Poul Anker Juhl", "Rikke Sønderby Kaas",
        "Brian Lunde Skovbo", "Tina Krag Hede", "Claus Vinding", "Henrik Østergaard Lerche",
        "Susanne Mikkelsen Brandt", "Kim Aabo", "HØL",
    ],
    blockers=["Fredericia Byråd"],
    default_year=2025,
)


# ---------------------------------------------------------------------------
# 6. Handicaprådet, Horsens Kommune (DOCX, two meetings)
# ---------------------------------------------------------------------------

H6_BODY = [
    ("p", "Horsens Kommune"),
    ("title", "Handicaprådet - referater 2024"),
    ("p", "Samlet udskrift af referater fra Handicaprådets møder i april og maj 2024. Udskrevet 22.05.2024."),
    # meeting 1
    ("h1", "Referat af møde i Handicaprådet den 9. april 2024"),
    ("p", "Mødedato: Tirsdag den 9. april 2024, kl. 15.00-17.00\n"
          "Mødested: Mødelokale 2, Horsens Rådhus\n"
          "Referatet godkendt: 14.05.2024"),
    ("h3", "Deltagere"),
    ("p", "Gitte Lind-Hansen, formand (DH Horsens)\n"
          "Kurt Aage Bjerregaard, næstformand (Byrådet, A)\n"
          "Merete Kamp (Byrådet, V)\n"
          "Ebbe Nøhr (Dansk Blindesamfund)\n"
          "Anne-Grethe Fabricius Nygaard (Autismeforeningen)\n"
          "Søren Bo Kastrup (LEV)\n"
          "Lene Thorhauge (Scleroseforeningen)\n"
          "Mikael Jepsen Vad, socialchef\n"
          "Dorthe Agerbo Holm, konsulent (sekretær for rådet)"),
    ("h3", "Afbud"),
    ("p", "Yvonne Hjort Brandstrup (Byrådet, F)\n"
          "Jan Erik Brøndum-Lassen (Hjernesagen)"),
    ("h2", "1. Godkendelse af dagsorden"),
    ("p", "Beslutning: Godkendt."),
    ("h2", "2. Godkendelse af referat fra mødet den 12. marts 2024"),
    ("p", "Beslutning: Godkendt."),
    ("h2", "3. Høring over kvalitetsstandard for socialpædagogisk støtte"),
    ("p", "Sagsnr.: 27.12.00-P22-3-24"),
    ("p", "Social og Sundhed har sendt forslag til revideret kvalitetsstandard for socialpædagogisk støtte "
          "efter servicelovens § 85 i høring med frist den 19. april 2024. Forslaget indebærer blandt andet, "
          "at flere borgere skal modtage støtten i grupper frem for individuelt. Et udkast til høringssvar "
          "fra formanden var udsendt med dagsordenen."),
    ("p", "Der var en længere drøftelse af udkastet. Byrådsmedlemmerne i rådet gav udtryk for, at kritikken "
          "af serviceniveauet var for skarpt formuleret, mens organisationernes repræsentanter lagde vægt på "
          "borgernes retssikkerhed ved overgangen til gruppetilbud. Anne-Grethe Fabricius Nygaard "
          "fremhævede, at mange borgere med autisme har svært ved at profitere af støtte i grupper, og at "
          "kvalitetsstandarden bør sikre en individuel vurdering. Søren Bo Kastrup ønskede, at høringssvaret "
          "også kommenterer de længere sagsbehandlingstider."),
    ("p", "Beslutning: Høringssvaret blev vedtaget med 4 stemmer mod 2, idet 1 undlod at stemme.\n"
          "For stemte: Gitte Lind-Hansen, Ebbe Nøhr, Anne-Grethe Fabricius Nygaard og Søren Bo Kastrup.\n"
          "Imod stemte: Kurt Aage Bjerregaard og Merete Kamp.\n"
          "Lene Thorhauge undlod at stemme."),
    ("h2", "4. Fordeling af § 18-midler 2024"),
    ("p", "Sagsnr.: 27.15.08-Ø40-1-24"),
    ("p", "Der er indkommet 34 ansøgninger om i alt 1,9 mio. kr. Puljen udgør 1,1 mio. kr. Forvaltningen har "
          "udarbejdet forslag til fordeling, som forelægges Social- og Sundhedsudvalget den 29. april 2024. "
          "Forslaget prioriterer aktiviteter, der modvirker ensomhed, og foreninger, der ikke tidligere har "
          "modtaget støtte. Rådet bemærkede, at flere mindre patientforeninger har svært ved at udfylde "
          "ansøgningsskemaet, og at vejledningen bør gøres enklere."),
    ("p", "Søren Bo Kastrup deltog ikke i behandlingen af punkt 4 på grund af inhabilitet, da LEV Horsens "
          "har søgt puljen."),
    ("p", "Beslutning: Handicaprådet anbefaler fordelingen som foreslået af forvaltningen."),
    ("h2", "5. Tilgængelighed ved ombygningen af Horsens Banegård"),
    ("p", "Mikael Jepsen Vad orienterede om tidsplanen for ombygningen af stationsområdet og om de midlertidige "
          "adgangsforhold. Rådet pegede på manglende ledelinjer for blinde og svagsynede ved busterminalen og "
          "på for få handicapparkeringspladser. Ebbe Nøhr efterlyste, at rådet inddrages, før de endelige "
          "tegninger til perronerne godkendes, og at der tages hensyn til kørestolsbrugere ved "
          "billetautomaterne. Mikael Jepsen Vad oplyste, at byggeriet ventes afsluttet i efteråret 2025."),
    ("p", "Beslutning: Taget til efterretning. Formanden sender rådets bemærkninger til Teknik og Miljø inden "
          "den 1. maj."),
    ("h2", "6. Eventuelt"),
    ("p", "Ebbe Nøhr fortalte om Dansk Blindesamfunds kampagne om elløbehjul på fortovene. Lene Thorhauge "
          "spurgte til ventetiden på hjælpemidler og fik oplyst, at ventetiden i dag er op til otte uger."),
    ("p", "Næste møde: Tirsdag den 14. maj 2024 kl. 15.00."),
    ("break",),
    # meeting 2
    ("h1", "Referat af møde i Handicaprådet den 14. maj 2024"),
    ("p", "Mødedato: Tirsdag den 14. maj 2024, kl. 15.00-17.30\n"
          "Mødested: Aktivitetscenter Brædstrup, mødelokalet\n"
          "Referatet godkendt af formanden: 21.05.2024"),
    ("h3", "Deltagere"),
    ("p", "Gitte Lind-Hansen, formand (DH Horsens)\n"
          "Kurt Aage Bjerregaard, næstformand (Byrådet, A)\n"
          "Merete Kamp (Byrådet, V)\n"
          "Yvonne Hjort Brandstrup (Byrådet, F)\n"
          "Ebbe Nøhr (Dansk Blindesamfund)\n"
          "Anne-Grethe Fabricius Nygaard (Autismeforeningen)\n"
          "Søren Bo Kastrup (LEV)\n"
          "Jan Erik Brøndum-Lassen (Hjernesagen)\n"
          "Dorthe Agerbo Holm, konsulent (sekretær for rådet)"),
    ("h3", "Afbud"),
    ("p", "Lene Thorhauge (Scleroseforeningen)\n"
          "Mikael Jepsen Vad, socialchef"),
    ("h2", "1. Godkendelse af dagsorden"),
    ("p", "Beslutning: Godkendt."),
    ("h2", "2. Godkendelse af referat fra mødet den 9. april 2024"),
    ("p", "Beslutning: Godkendt med en sproglig rettelse under punkt 5."),
    ("h2", "3. Budget 2025 - høring om budgetforslag for Social og Sundhed"),
    ("p", "Sagsnr.: 00.30.00-S00-7-24"),
    ("p", "Social- og Sundhedsudvalget har bedt Handicaprådet om bemærkninger til udvalgets budgetforslag "
          "for 2025 inden udvalgets møde den 3. juni 2024. Forslaget indeholder effektiviseringer på "
          "ledsageordningen og på kørsel til aktivitetstilbud."),
    ("p", "Kurt Aage Bjerregaard, Merete Kamp og Yvonne Hjort Brandstrup deltog ikke i behandlingen af "
          "punktet, da de som medlemmer af Byrådet skal behandle budgettet."),
    ("p", "Beslutning: Handicaprådet vedtog høringssvaret med de drøftede ændringer. Dorthe Agerbo Holm "
          "sender høringssvaret til Social- og Sundhedsudvalget senest den 24. maj 2024."),
    ("h2", "4. Valg af repræsentant til Horsens Kommunes Tilgængelighedsforum"),
    ("p", "Sagsnr.: 00.01.10-A00-2-24"),
    ("p", "Tilgængelighedsforummet blev etableret i 2022 og rådgiver om tilgængelighed i kommunale bygge- og "
          "anlægsprojekter. Handicaprådet skal udpege en repræsentant og en suppleant for resten af "
          "valgperioden, da den hidtidige repræsentant er udtrådt af rådet."),
    ("p", "Beslutning: Valgt blev Ebbe Nøhr med Anne-Grethe Fabricius Nygaard som suppleant."),
    ("h2", "5. Temadrøftelse: Ensomhed blandt unge med handicap"),
    ("p", "Jan Erik Brøndum-Lassen indledte med erfaringer fra Hjernesagens ungegrupper. Der er gode "
          "erfaringer fra Hedensted og Skanderborg Kommuner med faste mødesteder for unge, og rådet "
          "drøftede, om en lignende model kan etableres i Horsens Kommune. Flere medlemmer pegede på, at "
          "transport er en væsentlig barriere for unge i landdistrikterne, og at tilbuddene derfor bør "
          "placeres tæt på busforbindelserne. Det blev også nævnt, at foreningerne gerne vil bidrage med "
          "frivillige, hvis kommunen stiller lokaler til rådighed."),
    ("p", "Sekretariatet bedes invitere Ungeenheden til rådets møde den 10. september 2024."),
    ("h2", "6. Eventuelt"),
    ("p", "Yvonne Hjort Brandstrup spurgte til tilgængeligheden ved årets Horsens Middelalderfestival. "
          "Anne-Grethe Fabricius Nygaard gjorde opmærksom på, at Autismeforeningen holder åbent hus i juni."),
    ("p", "Næste møde: Tirsdag den 10. september 2024 kl. 15.00, Mødelokale 2, Horsens Rådhus."),
]

doc(
    stem="b1_handicapraadet_horsens_2024-04-09",
    ext="docx",
    build=lambda p: build_docx(H6_BODY, p),
    body="Handicaprådet, Horsens Kommune",
    kinds=[1, 5, 8],
    persons=[
        "Gitte Lind-Hansen", "Kurt Aage Bjerregaard", "Merete Kamp", "Yvonne Hjort Brandstrup", "Ebbe Nøhr",
        "Anne-Grethe Fabricius Nygaard", "Søren Bo Kastrup", "Lene Thorhauge", "Jan Erik Brøndum-Lassen",
        "Mikael Jepsen Vad", "Dorthe Agerbo Holm",
    ],
    blockers=["DH Horsens", "Horsens Rådhus", "Horsens Banegård", "Horsens Kommunes Tilgængelighedsforum",
              "LEV Horsens", "Horsens Middelalderfestival"],
    default_year=2024,
)


# ---------------------------------------------------------------------------
# Gold tables
# ---------------------------------------------------------------------------

def att(person, role="", status="present", note=""):
    return {"person": person, "role": role, "status": status, "note": note}


def ag(item_no, title, case_no=""):
    return {"item_no": item_no, "title": title, "case_no": case_no}


def dec(item_no, outcome):
    return {"item_no": item_no, "outcome": outcome}


def pos(item_no, actors, position, date):
    if isinstance(actors, str):
        actors = [actors]
    return [{"item_no": item_no, "actor": a, "position": position, "date": date} for a in actors]


def act(item_no, actor, verb, deadline, sentence, action, nth=0):
    """An action row; sentence/action are located in the text when the gold is written."""
    return {"item_no": item_no, "actor": actor, "verb": verb, "deadline": deadline,
            "_sentence": sentence, "_action": action, "_nth": nth}


def _party_rows(lines):
    out = []
    for line in lines:
        name, note = line.rsplit(" (", 1)
        note = note.split(")")[0]
        role = ""
        if ", " in line.split(")")[-1]:
            role = line.split(")")[-1].split(", ")[-1]
        out.append((name, note, role))
    return out


TABLES: dict[str, dict] = {}

# 1 Hjørring -------------------------------------------------------------
_h_att = []
for _line in H1_LEFT[1:] + H1_RIGHT[1:15]:
    _name, _note, _role = _party_rows([_line])[0]
    _h_att.append(att(_name, _role, "present", _note))
_h_att += [
    att("Dorthe Winther Kristensen", "", "absent", "O"),
    att("Inge Lise Thygesen", "", "absent", "A"),
    att("Vivi Hedegaard", "stedfortræder", "present", "O"),
    att("Allan Riis Kjeldsen", "stedfortræder", "present", "A"),
    att("Poul Henning Rask", "kommunaldirektør"),
    att("Charlotte Sejr-Nielsen", "direktør"),
    att("Jens-Ulrik Damsgaard", "direktør"),
    att("Mette Lund Overgaard", "referent"),
]
_KB = "2025-03-27"
_OU = "2025-03-19"
TABLES["b1_kommunalbestyrelsen_hjoerring_2025-03-27"] = {
    "meetings": [{"body": "Kommunalbestyrelsen", "date": _KB, "start_time": "17:00", "end_time": "20:10",
                  "location": "Byrådssalen, Hjørring Rådhus"}],
    "attendance": _h_att,
    "agenda_items": [
        ag("1", "Godkendelse af dagsorden", "00.01.00-A00-1-25"),
        ag("2", "Godkendelse af referat fra mødet den 27. februar 2025", "00.01.00-A00-2-25"),
        ag("3", "Lokalplan nr. 87-2024 og kommuneplantillæg nr. 41 for boliger ved Fyrvej i Hirtshals - "
                "endelig vedtagelse", "01.02.05-P16-12-24"),
        ag("4", "Anlægsbevilling til udbygning af Sindal Skole", "17.01.10-G01-3-25"),
        ag("5", "Salg af kommunal byggegrund på Strandvejen i Lønstrup", "82.06.02-G10-5-24"),
        ag("6", "Beslutningsforslag fra Enhedslisten om gratis bustransport for unge under 18 år",
           "13.05.00-A00-2-25"),
        ag("7", "Meddelelser", "00.01.00-I00-1-25"),
        ag("8", "Lukket punkt: Køb af ejendom", ""),
    ],
    "decisions": [dec("1", "approved"), dec("2", "approved"), dec("3", "approved"), dec("4", "approved"),
                  dec("5", "approved"), dec("6", "rejected"), dec("7", "noted"), dec("8", "approved")],
    "positions": (
        pos("3", "Jakob Lindholm", "against", _OU)
        + pos("3", "Bent Ole Pallesen", "reservation", _OU)
        # amendment
        + pos("3", ["F", "Ø"], "for", _KB)
        + pos("3", ["A", "V", "C", "O", "D", "I", "K"], "against", _KB)
        # the proposal
        + pos("3", ["A", "V", "C", "O", "D", "I", "K", "F"], "for", _KB)
        + pos("3", "Ø", "against", _KB)
        + pos("4", ["Dansk Folkeparti", "Danmarksdemokraterne"], "reservation", _OU)
        + pos("4", ["A", "V", "C", "F", "Ø", "K"], "for", _KB)
        + pos("4", ["O", "D"], "against", _KB)
        + pos("4", "Ole Christensen Brix", "abstain", _KB)
        + pos("5", "Lise Ebbesen-Holm", "absent", _KB)
        + pos("6", ["Enhedslisten", "Socialistisk Folkeparti"], "for", _KB)
        + pos("6", ["Socialdemokratiet", "Venstre", "Det Konservative Folkeparti", "Danmarksdemokraterne",
                    "Dansk Folkeparti", "Kristendemokraterne"], "against", _KB)
        + pos("6", "Liberal Alliance", "abstain", _KB)
    ),
    "actions": [
        act("4", "forvaltningen", "forelægge", "2025-06-01",
            "Forvaltningen bedes forelægge en detaljeret tidsplan for byggeriet for Børne- og Skoleudvalget "
            "senest den 1. juni 2025.",
            "forelægge en detaljeret tidsplan for byggeriet for Børne- og Skoleudvalget senest den 1. juni 2025"),
        act("5", "borgmesteren og kommunaldirektøren", "underskrive", "",
            "borgmesteren og kommunaldirektøren bemyndiges til at underskrive skøde og øvrige dokumenter i "
            "forbindelse med handlen.",
            "underskrive skøde og øvrige dokumenter i forbindelse med handlen"),
    ],
}

# 2 Svendborg ------------------------------------------------------------
TABLES["b1_oekonomiudvalget_svendborg_2024-06-11"] = {
    "meetings": [{"body": "Økonomiudvalget", "date": "2024-06-11", "start_time": "15:00", "end_time": "17:45",
                  "location": "Mødelokale 1, Svendborg Rådhus"}],
    "attendance": [att(n, f.lower(), "absent" if st == "Afbud" else "present", p)
                   for n, p, f, st in S2_MEMBERS[1:]] + [
        att("Jesper Kamp Thorsen", "kommunaldirektør"),
        att("Bettina Brøns Larsen", "økonomichef"),
        att("Ole-Jacob Riis Damgaard", "direktør", note="deltog under punkt 4"),
        att("Karina Bøgh Jessen", "referent", note="KBJ"),
    ],
    "agenda_items": [
        ag("1", "Godkendelse af dagsorden", "24/10873"),
        ag("2", "Budgetopfølgning pr. 30. april 2024", "24/8812"),
        ag("3", "Budget 2025-2028 - tidsplan og proces", "24/2291"),
        ag("4", "Tillægsbevilling til vintervedligeholdelse 2023/24", "24/6654"),
        ag("5", "Udpegning af medlem til bestyrelsen for Det Sydfynske Erhvervsforum", "24/9120"),
        ag("6", "Kommunegaranti for lån til Thurø Vandværk", "24/7730"),
        ag("7", "Status på digitaliseringsstrategien 2023-2026", "23/15562"),
        ag("8", "Eventuelt", ""),
    ],
    "decisions": [dec("1", "approved"), dec("2", "noted"), dec("3", "approved"), dec("4", "approved"),
                  dec("5", "elected"), dec("6", "postponed"), dec("7", "noted")],
    "positions": [],
    "actions": [
        act("2", "Center for Økonomi", "udarbejde", "2024-08-13",
            "Opfølgning: Center for Økonomi udarbejder en samlet oversigt over merforbruget på det "
            "specialiserede socialområde til udvalgets møde den 13. august 2024.",
            "udarbejder en samlet oversigt over merforbruget på det specialiserede socialområde til udvalgets "
            "møde den 13. august 2024"),
        act("3", "Sekretariatet", "udsende", "2024-06-30",
            "Handling: Sekretariatet bedes udsende invitation til budgetseminaret senest udgangen af juni.",
            "udsende invitation til budgetseminaret senest udgangen af juni"),
        act("4", "forvaltningen", "undersøge", "",
            "Forvaltningen skal undersøge mulighederne for et fælles udbud af vintertjenesten med "
            "Faaborg-Midtfyn Kommune og Nyborg Kommune og forelægge resultatet for udvalget inden 1. marts 2025.",
            "undersøge mulighederne for et fælles udbud af vintertjenesten med Faaborg-Midtfyn Kommune og "
            "Nyborg Kommune"),
        act("4", "forvaltningen", "forelægge", "2025-03-01",
            "Forvaltningen skal undersøge mulighederne for et fælles udbud af vintertjenesten med "
            "Faaborg-Midtfyn Kommune og Nyborg Kommune og forelægge resultatet for udvalget inden 1. marts 2025.",
            "forelægge resultatet for udvalget inden 1. marts 2025"),
        act("6", "Center for Økonomi", "indhente", "2024-08-01",
            "Opfølgning: Indhente budget og revisorudtalelse fra vandværket - ansvarlig: Center for Økonomi - "
            "frist: 1. august 2024.",
            "Indhente budget og revisorudtalelse fra vandværket"),
        act("7", "administrationen", "sende", "",
            "Administrationen bedes sende præsentationen fra mødet til udvalgets medlemmer.",
            "sende præsentationen fra mødet til udvalgets medlemmer"),
        act("3", "Sekretariatet", "booke", "2024-07-31",
            "3 Sekretariatet Booke lokaler og forplejning til budgetseminaret Senest udgangen af juli",
            "Booke lokaler og forplejning til budgetseminaret"),
        act("5", "KBJ", "meddele", "2024-06-21",
            "5 KBJ Meddele udpegningen til Det Sydfynske Erhvervsforum 21.06.2024",
            "Meddele udpegningen til Det Sydfynske Erhvervsforum"),
        act("7", "Center for Digitalisering", "fremlægge", "2024-10-01",
            "7 Center for Digitalisering Fremlægge handleplan for brug af kunstig intelligens i "
            "sagsbehandlingen 01.10.2024",
            "Fremlægge handleplan for brug af kunstig intelligens i sagsbehandlingen"),
    ],
}

# 3 Amager Vest ----------------------------------------------------------
_L3_STAFF = [att("Lone Brink Adamsen", "sekretariatschef"),
             att("Jeppe Nørskov", "projektmedarbejder", note="referent")]
TABLES["b1_lokaludvalg_koebenhavn_2025-01-22"] = {
    "meetings": [
        {"body": "Amager Vest Lokaludvalg", "date": "2025-01-22", "start_time": "18:30", "end_time": "21:00",
         "location": "Kulturhuset Islands Brygge, mødesal 2"},
        {"body": "Amager Vest Lokaludvalg", "date": "2025-02-26", "start_time": "18:30", "end_time": "21:15",
         "location": "Ørestad Bibliotek, mødelokalet"},
    ],
    "attendance": (
        [att(n, "formand" if n == "Helle Ravn-Jørgensen" else "",
             "absent" if n in ("Jonas Emil Friis", "Nanna Kirstine Holm") else "present", o)
         for n, o in L3_MEMBERS] + _L3_STAFF
        + [att(n, {"Helle Ravn-Jørgensen": "formand", "Thomas Bille Kragelund": "næstformand"}.get(n, ""),
               "absent" if n == "Kristoffer Haahr" else "present", o)
           for n, o in L3_MEMBERS] + _L3_STAFF
    ),
    "agenda_items": [
        ag("1", "Godkendelse af dagsorden"),
        ag("2", "Godkendelse af referat fra mødet den 11. december 2024"),
        ag("3", "Ansøgninger til Lokaludvalgspuljen"),
        ag("3a", "Vinterlys på Islands Brygge", "2025-0004117"),
        ag("3b", "Fællesspisninger i Hørgården", "2025-0004562"),
        ag("3c", "Street-fodboldturnering i Lergravsparken", "2025-0004890"),
        ag("4", "Valg af næstformand"),
        ag("5", "Høringssvar om lokalplan for Vejlands Kvarter", "2024-0931554"),
        ag("6", "Eventuelt"),
        ag("1", "Godkendelse af dagsorden"),
        ag("2", "Godkendelse af referat fra mødet den 22. januar 2025"),
        ag("3", "Ansøgninger til Lokaludvalgspuljen"),
        ag("3a", "Street-fodboldturnering i Lergravsparken (genbehandling)", "2025-0004890"),
        ag("3b", "Fastelavnsfest for børnefamilier", "2025-0007731"),
        ag("3c", "Foredragsrække om klimatilpasning", "2025-0007802"),
        ag("4", "Orientering om trafiksikkerhed på Vejlands Allé"),
        ag("5", "Lokaludvalgets budgetønsker 2026"),
        ag("6", "Eventuelt"),
    ],
    "decisions": [
        dec("1", "approved"), dec("2", "approved"), dec("3a", "approved"), dec("3b", "rejected"),
        dec("3c", "postponed"), dec("4", "elected"), dec("5", "approved"),
        dec("1", "approved"), dec("2", "approved"), dec("3a", "approved"), dec("3b", "approved"),
        dec("3c", "approved"), dec("4", "noted"), dec("5", "approved"),
    ],
    "positions": pos("3c", "Eva Marie Kjær Brandt", "absent", "2025-02-26"),
    "actions": [
        act("3c", "Sekretariatet", "kontakte", "",
            "Sekretariatet bedes kontakte ansøgerne om et revideret budget.",
            "kontakte ansøgerne om et revideret budget"),
        act("5", "Sekretariatet", "indsende", "2025-01-31",
            "Sekretariatet bedes indsende høringssvaret til Københavns Kommunes Teknik- og Miljøforvaltning "
            "senest den 31. januar 2025.",
            "indsende høringssvaret til Københavns Kommunes Teknik- og Miljøforvaltning senest den 31. januar "
            "2025"),
        act("5", "arbejdsgruppen for byrum", "færdiggøre", "2025-03-31",
            "Arbejdsgruppen for byrum bedes færdiggøre prioriteringslisten senest udgangen af marts.",
            "færdiggøre prioriteringslisten senest udgangen af marts"),
    ],
}

# 4 Favrskov -------------------------------------------------------------
TABLES["b1_skolebestyrelsen_favrskov_2024-11-12"] = {
    "meetings": [{"body": "Skolebestyrelsen", "date": "2024-11-12", "start_time": "17:00", "end_time": "19:30",
                  "location": "Personalerummet, afdeling Hinnerup"}],
    "attendance": [
        att("Martin Skov Kjeldgaard", "formand"),
        att("Line Vestergaard-Holm", "næstformand"),
        att("Trine Marie Aarup", "forældrerepræsentant"),
        att("Rasmus Bøje Nielsen", "forældrerepræsentant"),
        att("Lærke Søndergaard Friis", "forældrerepræsentant"),
        att("Sanne Kold Poulsen", "medarbejderrepræsentant"),
        att("Jesper Riis", "medarbejderrepræsentant"),
        att("Asta", "elevrådsrepræsentant"),
        att("Villads", "elevrådsrepræsentant"),
        att("Bo Winther Mogensen", "skoleleder"),
        att("Camilla Høj Andersen", "viceskoleleder", note="referent"),
        att("Henrik Dahl", "forældrerepræsentant", "absent"),
        att("Yasmin Nour-Hansen", "forældrerepræsentant", "absent"),
    ],
    "agenda_items": [
        ag("1", "Godkendelse af dagsorden og af referat fra mødet den 1. oktober 2024"),
        ag("2", "Nyt fra elevrådet"),
        ag("3", "Skolens budget 2025"),
        ag("4", "Principper for brug af mobiltelefoner"),
        ag("5", "Trivselsmåling 2024"),
        ag("6", "Høring om ændrede skoledistrikter"),
        ag("7", "Kommende arrangementer"),
        ag("8", "Eventuelt"),
    ],
    "decisions": [dec("1", "approved"), dec("2", "approved"), dec("3", "noted"), dec("4", "approved"),
                  dec("5", "noted"), dec("6", "other")],
    "positions": [],
    "actions": [
        act("2", "skolelederen", "undersøge", "",
            "Handling: Skolelederen undersøger, om hallen kan åbnes i det store frikvarter fra januar, og "
            "melder tilbage på næste møde.",
            "undersøger, om hallen kan åbnes i det store frikvarter fra januar"),
        act("2", "skolelederen", "melde tilbage", "",
            "Handling: Skolelederen undersøger, om hallen kan åbnes i det store frikvarter fra januar, og "
            "melder tilbage på næste møde.",
            "melder tilbage på næste møde"),
        act("3", "skolelederen", "fremlægge", "2025-01-15",
            "Opfølgning: Skolelederen fremlægger det endelige budget 2025 på mødet den 15. januar 2025.",
            "fremlægger det endelige budget 2025 på mødet den 15. januar 2025"),
        act("5", "skoleledelsen", "fremlægge", "2025-01-15",
            "Skoleledelsen bedes fremlægge en handleplan for trivslen i udskolingen på mødet den 15. januar 2025.",
            "fremlægge en handleplan for trivslen i udskolingen på mødet den 15. januar 2025"),
        act("6", "Martin og Line", "udarbejde", "2024-12-02",
            "Handling: Martin og Line udarbejder et udkast til høringssvar, som sendes til bestyrelsen senest "
            "den 2. december 2024.",
            "udarbejder et udkast til høringssvar, som sendes til bestyrelsen senest den 2. december 2024"),
        act("7", "Line og Martin", "deltage", "2024-12-20",
            "Line og Martin deltager fra skolebestyrelsen ved juleafslutningen fredag den 20. december 2024 "
            "kl. 10.00 i hallen.",
            "deltager fra skolebestyrelsen ved juleafslutningen fredag den 20. december 2024 kl. 10.00 i hallen"),
        act("4", "LVH", "sende", "2024-12-01",
            "Pkt. 4, LVH: Sende forældrebrev om de nye mobilprincipper via Aula inden 1. december",
            "Sende forældrebrev om de nye mobilprincipper via Aula inden 1. december"),
        act("4", "skolekontoret", "opdatere", "2024-11-29",
            "Pkt. 4, Skolekontoret: Opdatere principperne på skolens hjemmeside senest 29. november",
            "Opdatere principperne på skolens hjemmeside senest 29. november"),
        act("4", "elevrådet", "udarbejde", "",
            "Pkt. 4, Elevrådet: Udarbejde plakater om mobilfri skoletid til klasselokalerne",
            "Udarbejde plakater om mobilfri skoletid til klasselokalerne"),
    ],
}

# 5 Fredericia -----------------------------------------------------------
TABLES["b1_bestyrelsen_fredericia_2025-06-18"] = {
    "meetings": [{"body": "Bestyrelsen", "date": "2025-06-18", "start_time": "14:00", "end_time": "16:30",
                  "location": "Mødelokale Lillebælt, Elbo Forsyning A/S, Kongensgade 88, 7000 Fredericia"}],
    "attendance": [
        att("Jørgen Bach Hvidberg", "bestyrelsesformand"),
        att("Anja Melgaard-Kristensen", "bestyrelsesmedlem"),
        att("Poul Anker Juhl", "bestyrelsesmedlem"),
        att("Rikke Sønderby Kaas", "bestyrelsesmedlem"),
        att("Brian Lunde Skovbo", "medarbejdervalgt bestyrelsesmedlem"),
        att("Tina Krag Hede", "medarbejdervalgt bestyrelsesmedlem"),
        att("Claus Vinding", "bestyrelsesmedlem", "absent"),
        att("Henrik Østergaard Lerche", "administrerende direktør", note="HØL"),
        att("Susanne Mikkelsen Brandt", "økonomichef", note="referent"),
        att("Kim Aabo", "statsautoriseret revisor", note="deltog under punkt 4.1"),
    ],
    "agenda_items": [
        ag("1", "Godkendelse af dagsorden"),
        ag("2", "Godkendelse af referat fra bestyrelsesmødet den 27. marts 2025"),
        ag("3", "Konstituering - valg af næstformand"),
        ag("4", "Økonomi"),
        ag("4.1", "Økonomirapport pr. 31. maj 2025"),
        ag("4.2", "Takster for vand og spildevand 2026"),
        ag("4.3", "Investeringsplan 2026-2035"),
        ag("5", "Klimatilpasningsprojekt i Erritsø"),
        ag("6", "Orientering fra direktionen"),
        ag("6.1", "Status på ny vandboring ved Bøgeskov"),
        ag("6.2", "Cybersikkerhed og beredskab"),
        ag("7", "Eventuelt"),
    ],
    "decisions": [dec("1", "approved"), dec("2", "approved"), dec("3", "elected"), dec("4.1", "noted"),
                  dec("4.2", "approved"), dec("4.3", "postponed"), dec("5", "approved"), dec("6.1", "noted"),
                  dec("6.2", "noted")],
    "positions": [],
    "actions": [
        act("4.2", "administrationen", "undersøge", "",
            "Administrationen skal undersøge konsekvenserne af en differentieret takst for storforbrugere og "
            "forelægge et notat for bestyrelsen inden 1. november 2025.",
            "undersøge konsekvenserne af en differentieret takst for storforbrugere"),
        act("4.2", "administrationen", "forelægge", "2025-11-01",
            "Administrationen skal undersøge konsekvenserne af en differentieret takst for storforbrugere og "
            "forelægge et notat for bestyrelsen inden 1. november 2025.",
            "forelægge et notat for bestyrelsen inden 1. november 2025"),
        act("4.3", "direktionen", "fremlægge", "2025-09-10",
            "Direktionen bedes fremlægge en opdateret prioritering af ledningsrenoveringen på mødet den "
            "10. september 2025.",
            "fremlægge en opdateret prioritering af ledningsrenoveringen på mødet den 10. september 2025"),
        act("5", "direktionen", "indgå", "",
            "Direktionen indstiller, at bestyrelsen godkender projektet og selskabets andel af udgiften, og at "
            "direktionen bemyndiges til at indgå en samarbejdsaftale med Fredericia Kommune om projektets "
            "gennemførelse.",
            "indgå en samarbejdsaftale med Fredericia Kommune om projektets gennemførelse"),
        act("6.2", "HØL", "gennemføre", "2025-10-31",
            "Handling: Gennemføre intern beredskabsøvelse for drift og IT | Ansvarlig: HØL | Frist: 31.10.2025",
            "Gennemføre intern beredskabsøvelse for drift og IT"),
    ],
}

# 6 Horsens --------------------------------------------------------------
_M1, _M2 = "2024-04-09", "2024-05-14"
TABLES["b1_handicapraadet_horsens_2024-04-09"] = {
    "meetings": [
        {"body": "Handicaprådet", "date": _M1, "start_time": "15:00", "end_time": "17:00",
         "location": "Mødelokale 2, Horsens Rådhus"},
        {"body": "Handicaprådet", "date": _M2, "start_time": "15:00", "end_time": "17:30",
         "location": "Aktivitetscenter Brædstrup, mødelokalet"},
    ],
    "attendance": [
        att("Gitte Lind-Hansen", "formand", note="DH Horsens"),
        att("Kurt Aage Bjerregaard", "næstformand", note="Byrådet, A"),
        att("Merete Kamp", note="Byrådet, V"),
        att("Ebbe Nøhr", note="Dansk Blindesamfund"),
        att("Anne-Grethe Fabricius Nygaard", note="Autismeforeningen"),
        att("Søren Bo Kastrup", note="LEV"),
        att("Lene Thorhauge", note="Scleroseforeningen"),
        att("Mikael Jepsen Vad", "socialchef"),
        att("Dorthe Agerbo Holm", "konsulent", note="sekretær for rådet"),
        att("Yvonne Hjort Brandstrup", "", "absent", "Byrådet, F"),
        att("Jan Erik Brøndum-Lassen", "", "absent", "Hjernesagen"),
        # meeting 2
        att("Gitte Lind-Hansen", "formand", note="DH Horsens"),
        att("Kurt Aage Bjerregaard", "næstformand", note="Byrådet, A"),
        att("Merete Kamp", note="Byrådet, V"),
        att("Yvonne Hjort Brandstrup", note="Byrådet, F"),
        att("Ebbe Nøhr", note="Dansk Blindesamfund"),
        att("Anne-Grethe Fabricius Nygaard", note="Autismeforeningen"),
        att("Søren Bo Kastrup", note="LEV"),
        att("Jan Erik Brøndum-Lassen", note="Hjernesagen"),
        att("Dorthe Agerbo Holm", "konsulent", note="sekretær for rådet"),
        att("Lene Thorhauge", "", "absent", "Scleroseforeningen"),
        att("Mikael Jepsen Vad", "socialchef", "absent"),
    ],
    "agenda_items": [
        ag("1", "Godkendelse af dagsorden"),
        ag("2", "Godkendelse af referat fra mødet den 12. marts 2024"),
        ag("3", "Høring over kvalitetsstandard for socialpædagogisk støtte", "27.12.00-P22-3-24"),
        ag("4", "Fordeling af § 18-midler 2024", "27.15.08-Ø40-1-24"),
        ag("5", "Tilgængelighed ved ombygningen af Horsens Banegård"),
        ag("6", "Eventuelt"),
        ag("1", "Godkendelse af dagsorden"),
        ag("2", "Godkendelse af referat fra mødet den 9. april 2024"),
        ag("3", "Budget 2025 - høring om budgetforslag for Social og Sundhed", "00.30.00-S00-7-24"),
        ag("4", "Valg af repræsentant til Horsens Kommunes Tilgængelighedsforum", "00.01.10-A00-2-24"),
        ag("5", "Temadrøftelse: Ensomhed blandt unge med handicap"),
        ag("6", "Eventuelt"),
    ],
    "decisions": [
        dec("1", "approved"), dec("2", "approved"), dec("3", "approved"), dec("4", "approved"),
        dec("5", "noted"),
        dec("1", "approved"), dec("2", "approved"), dec("3", "approved"), dec("4", "elected"),
    ],
    "positions": (
        pos("3", ["Gitte Lind-Hansen", "Ebbe Nøhr", "Anne-Grethe Fabricius Nygaard", "Søren Bo Kastrup"],
            "for", _M1)
        + pos("3", ["Kurt Aage Bjerregaard", "Merete Kamp"], "against", _M1)
        + pos("3", "Lene Thorhauge", "abstain", _M1)
        + pos("4", "Søren Bo Kastrup", "absent", _M1)
        + pos("3", ["Kurt Aage Bjerregaard", "Merete Kamp", "Yvonne Hjort Brandstrup"], "absent", _M2)
    ),
    "actions": [
        act("5", "formanden", "sende", "2024-05-01",
            "Formanden sender rådets bemærkninger til Teknik og Miljø inden den 1. maj.",
            "sender rådets bemærkninger til Teknik og Miljø inden den 1. maj"),
        act("3", "Dorthe Agerbo Holm", "sende", "2024-05-24",
            "Dorthe Agerbo Holm sender høringssvaret til Social- og Sundhedsudvalget senest den 24. maj 2024.",
            "sender høringssvaret til Social- og Sundhedsudvalget senest den 24. maj 2024"),
        act("5", "Sekretariatet", "invitere", "2024-09-10",
            "Sekretariatet bedes invitere Ungeenheden til rådets møde den 10. september 2024.",
            "invitere Ungeenheden til rådets møde den 10. september 2024"),
    ],
}


# ---------------------------------------------------------------------------
# Span annotation
# ---------------------------------------------------------------------------

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

_WD = r"(?:(?<!\w)(?P<wd>" + "|".join(w.capitalize() + "|" + w for w in WEEKDAYS) + r"),?\s+)?"
_DEN = r"(?:(?<!\w)(?:[Dd]en|d\.)\s+)?"
RE_DATE_LONG = re.compile(_WD + _DEN + r"(?<![\w.])(?P<d>\d{1,2})\.\s+(?P<m>" + "|".join(MONTHS)
                          + r")(?:\s+(?P<y>\d{4}))?(?!\w)")
RE_DATE_NUM = re.compile(_WD + _DEN + r"(?<![\w.\-/])(?P<d>\d{1,2})(?P<sep>[.\-])(?P<m>\d{1,2})(?P=sep)"
                         r"(?P<y>\d{4}|\d{2})(?![\w\-]|\.\d)")
RE_DATE_EN = re.compile(r"(?:(?P<wd>" + "|".join(EN_WEEKDAYS) + r"),\s+)?(?<!\w)(?P<d>\d{1,2})\s+(?P<m>"
                        + "|".join(EN_MONTHS) + r")\s+(?P<y>\d{4})(?!\w)")


def find_dates(text: str, default_year: int, overrides: dict) -> list[dict]:
    out = []
    for rx, kind in ((RE_DATE_LONG, "long"), (RE_DATE_NUM, "num"), (RE_DATE_EN, "en")):
        for m in rx.finditer(text):
            d = int(m.group("d"))
            if kind == "long":
                mo = MONTHS.index(m.group("m")) + 1
            elif kind == "en":
                mo = EN_MONTHS.index(m.group("m")) + 1
            else:
                mo = int(m.group("m"))
            y = m.group("y")
            if y is None:
                y = default_year
            else:
                y = int(y)
                if y < 100:
                    y += 2000
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue
            s = text[m.start():m.end()]
            iso = dt.date(y, mo, d).isoformat()
            if s in overrides:
                iso = overrides[s]
            wd = m.group("wd")
            if wd:
                got = dt.date.fromisoformat(iso).weekday()
                want = (WEEKDAYS.index(wd.lower()) if kind != "en" else EN_WEEKDAYS.index(wd))
                assert got == want, f"weekday mismatch: {s!r} -> {iso}"
            out.append({"start": m.start(), "end": m.end(), "label": "DATE", "norm": iso})
    return out


def load_municipalities() -> dict[str, str]:
    names = {}
    with open(SHARED / "reference" / "municipalities_dk.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["kommune"]] = row["kommunekode4"]
    return names


def _rx(s: str) -> str:
    return r"\s+".join(re.escape(p) for p in s.split())


def _occurrences(text: str, s: str, genitive: bool = False) -> list[tuple[int, int]]:
    pat = _rx(s) + ("s?" if genitive else "")
    out = []
    for m in re.finditer(pat, text):
        a, b = m.span()
        if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "-@."):
            continue
        if b < len(text) and (text[b].isalnum() or text[b] in "@"):
            continue
        out.append((a, b))
    return out


def _overlaps(a, b, spans):
    return any(a < e and s < b for s, e in spans)


def annotate(text: str, d: dict) -> list[dict]:
    blocked = []
    for s in d["blockers"]:
        occ = _occurrences(text, s, genitive=True)
        assert occ, f"blocker not found: {s}"
        blocked += occ
    spans: list[dict] = []
    taken: list[tuple[int, int]] = list(blocked)
    # DATE
    for sp in find_dates(text, d["default_year"], d.get("date_overrides", {})):
        assert not _overlaps(sp["start"], sp["end"], taken), sp
        spans.append(sp)
        taken.append((sp["start"], sp["end"]))
    # PERSON, longest first
    for name in sorted(d["persons"], key=len, reverse=True):
        occ = _occurrences(text, name, genitive=True)
        assert occ, f"person not found: {name}"
        for a, b in occ:
            if _overlaps(a, b, taken):
                continue
            spans.append({"start": a, "end": b, "label": "PERSON"})
            taken.append((a, b))
    # MUNICIPALITY
    munis = load_municipalities()
    cands = []
    for name, code in munis.items():
        pat = _rx(name) + r"(?:s)?(?:\s+[Kk]ommune(?:s|r|rs)?)?"
        for m in re.finditer(pat, text):
            a, b = m.span()
            if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "-@./"):
                continue
            if b < len(text) and (text[b].isalnum() or text[b] in "@-"):
                continue
            cands.append((a, b, code))
    for a, b, code in sorted(cands, key=lambda c: c[0] - c[1]):
        if _overlaps(a, b, taken):
            continue
        spans.append({"start": a, "end": b, "label": "MUNICIPALITY", "norm": code})
        taken.append((a, b))
    spans.sort(key=lambda s: s["start"])
    for x, y in zip(spans, spans[1:], strict=False):
        assert x["end"] <= y["start"], (x, y)
    for s in spans:
        frag = text[s["start"]:s["end"]]
        assert frag == frag.strip() and frag[-1] not in ",;:", frag
    return spans


def locate_actions(text: str, rows: list[dict]) -> list[dict]:
    out = []
    for r in rows:
        occ = [m.span() for m in re.finditer(_rx(r["_sentence"]), text)]
        assert occ, f"action sentence not found: {r['_sentence']}"
        if r["_nth"] == 0:
            assert len(occ) == 1 or all(o == occ[0] for o in occ), f"ambiguous sentence: {r['_sentence']}"
        s0, s1 = occ[r["_nth"]]
        m = re.search(_rx(r["_action"]), text[s0:s1])
        assert m, f"action not in sentence: {r['_action']}"
        row = {k: v for k, v in r.items() if not k.startswith("_")}
        row.update(start_char=s0, end_char=s1, action_start=s0 + m.start(), action_end=s0 + m.end())
        out.append(row)
    return out


def check_tables(text: str, tables: dict) -> None:
    flat = re.sub(r"\s+", " ", text)
    for r in tables["attendance"]:
        assert r["person"] in flat, r
        assert r["status"] in ("present", "absent"), r
    for r in tables["agenda_items"]:
        assert r["title"] in flat, r
        assert r["case_no"] in flat, r
    for r in tables["meetings"]:
        assert r["location"] in flat, r
    items = {r["item_no"] for r in tables["agenda_items"]}
    for key in ("decisions", "positions", "actions"):
        for r in tables[key]:
            assert r["item_no"] in items, (key, r)
    for r in tables["decisions"]:
        assert r["outcome"] in ("approved", "rejected", "referred", "noted", "postponed", "elected", "other")
    for r in tables["positions"]:
        assert r["position"] in ("for", "against", "reservation", "abstain", "absent"), r
        assert r["actor"] in flat, r


def review(text: str, spans: list[dict]) -> None:
    """Print capitalised words outside spans, for a human check of missed names."""
    cov = [(s["start"], s["end"]) for s in spans]
    words = {}
    for m in re.finditer(r"[A-ZÆØÅ][\wæøåÆØÅ\-]+", text):
        if not _overlaps(m.start(), m.end(), cov):
            words[m.group()] = words.get(m.group(), 0) + 1
    print("   uncovered capitalised:", " ".join(sorted(words)))
    for s in spans:
        print(f"   {s['label']:12} {text[s['start']:s['end']]!r} {s.get('norm', '')}")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    lines = []
    for d in DOCS:
        name = f"{d['stem']}.{d['ext']}"
        path = HERE / name
        d["build"](path)
        text = read_file(path).text if d["ext"] != "txt" else path.read_text(encoding="utf-8")
        spans = annotate(text, d)
        tables = json.loads(json.dumps(TABLES[d["stem"]]))
        tables["actions"] = locate_actions(text, TABLES[d["stem"]]["actions"])
        check_tables(text, tables)
        rec = {
            "format": "extract-gold/1",
            "id": d["stem"],
            "path": name,
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "span_labels": ["PERSON", "DATE", "MUNICIPALITY"],
            "spans": spans,
            "tables": {k: tables[k] for k in ("meetings", "attendance", "agenda_items", "decisions",
                                              "positions", "actions")},
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
        words = len(re.findall(r"\b[^\W\d_]+\b", text))
        counts = {lab: sum(1 for s in spans if s["label"] == lab) for lab in ("PERSON", "DATE", "MUNICIPALITY")}
        print(name, f"{words} words", counts, {k: len(v) for k, v in rec["tables"].items()})
        if verbose:
            review(text, spans)
    (HERE / "gold_b1.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
