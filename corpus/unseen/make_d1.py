"""Build the six d1_* evaluation documents in corpus/unseen/ and their gold (corpus/gold/unseen_d1.jsonl).

Development set, part 1: fictional Danish minutes (referater) in five formats (PDF, DOCX, HTML,
e-mail, plain text), written as Danish public bodies publish them, with hand-written gold tables
and PERSON / DATE / MUNICIPALITY spans found in the text the project's readers yield.

Run from the repository root:  .venv/bin/python corpus/unseen/make_d1.py
(the shared folder as for the project: ``EXTRACT_SHARED_DIR``, else ``../shared``; the DejaVu
fonts from ``EXTRACT_FONT_DIR``, else the Debian location)
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import re
import sys
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from extract.paths import shared_dir  # noqa: E402
from extract.readers import read_file  # noqa: E402  (text the runs see)

GOLD = ROOT / "corpus" / "gold" / "unseen_d1.jsonl"
SHARED_REF = shared_dir() / "reference" / "municipalities_dk.csv"
FONT_DIR = Path(os.environ.get("EXTRACT_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
FONT = str(FONT_DIR / "DejaVuSans.ttf")
FONT_B = str(FONT_DIR / "DejaVuSans-Bold.ttf")


# --------------------------------------------------------------------------------------------
# 1. Kommunalbestyrelsen, Næstved Kommune, 26. november 2024 (PDF, columns)
# --------------------------------------------------------------------------------------------

NAE_LEFT = """Henrik Vestergaard Kirk (A), borgmester
Mette Lindhardt-Olsen (A)
Jens Peter Bækgaard (A)
Susanne Kjær Holmberg (A)
Ali Hassan Demir (A)
Birgitte Rosenvold (A)
Kasper Munk (A)
Tina Lykke Frandsen (A)
Ole Brøndum (A)
Lars Erik Skovbo (V), 1. viceborgmester
Camilla Thorsen-Juhl (V)
Rune Kjær-Hansen (V)
Heidi Marie Skaarup (V)
Peder Aagaard (V)
Kirsten Bach Holm (V), stedfortræder"""

NAE_RIGHT = """Charlotte Brix (C), 2. viceborgmester
Niels Christian Fogh (C)
Jesper Raun (C)
Pernille Vang Lauridsen (C)
Thomas Ebbesen (C)
Line Krogh-Sørensen (F)
Morten Schiøtt (F)
Simon Krag (F), stedfortræder
Per Holm Ravn (Ø)
Sara Kehlet (Ø)
Finn Bøgelund (O)
Vivi Hallberg (O)
Mette Lund Villadsen (D)
Jørn Egebjerg (D)
Ida Søndergaard Wulff (B)
Christian Mølgaard (I)"""

KB = "Beslutning i Kommunalbestyrelsen den 26-11-2024"

NAE_ITEMS = [
    ("1. Godkendelse af dagsorden", "00.01.00-A00-21-24", [
        ("b", KB), ("p", "Dagsordenen blev godkendt."),
    ]),
    ("2. Godkendelse af referat fra mødet den 29. oktober 2024", "00.01.00-A00-22-24", [
        ("b", KB), ("p", "Referatet blev godkendt uden bemærkninger og underskrevet digitalt."),
    ]),
    ("3. Meddelelser", "00.01.00-I00-9-24", [
        ("b", "Sagsfremstilling"),
        ("p", "Borgmester Henrik Vestergaard Kirk orienterede om:"),
        ("p", "- at Næstved Kommune sammen med Slagelse, Ringsted, Vordingborg og Faxe Kommuner har "
              "sendt en fælles henvendelse til Transportministeriet om at fremrykke "
              "hastighedsopgraderingen af Sydbanen,"),
        ("p", "- at borgerrådgiverens årsberetning 2023/24 er offentliggjort på kommunens hjemmeside,"),
        ("p", "- at juletræet på Axeltorv tændes søndag den 1. december 2024 kl. 16.00."),
        ("b", KB), ("p", "Orienteringen blev taget til efterretning."),
    ]),
    ("4. Budgetopfølgning 3 pr. 30. september 2024", "00.30.14-S55-3-24", [
        ("b", "Resume"),
        ("p", "Budgetopfølgningen pr. 30. september 2024 viser et forventet regnskab på "
              "serviceudgifterne, der ligger 14,2 mio. kr. under det korrigerede budget. Merforbruget "
              "på det specialiserede børneområde på 21,6 mio. kr. modsvares af mindreforbrug på anlæg "
              "og et højere finansieringsbidrag. Kassebeholdningen forventes ultimo 2024 at udgøre "
              "186 mio. kr. opgjort efter kassekreditreglen."),
        ("b", "Indstilling"),
        ("p", "Direktionen indstiller til Økonomiudvalget, at Kommunalbestyrelsen"),
        ("p", "1. godkender budgetopfølgning 3 pr. 30. september 2024,"),
        ("p", "2. godkender tillægsbevillinger til drift på netto -14,2 mio. kr. som angivet i bilag 1,"),
        ("p", "3. beslutter, at Center for Økonomi og Styring udarbejder en handleplan for det "
              "specialiserede børneområde til Økonomiudvalgets møde den 14. januar 2025."),
        ("b", "Beslutning i Økonomiudvalget den 19-11-2024"),
        ("p", "Anbefales. Per Holm Ravn (Ø) tog forbehold vedrørende tillægsbevillingen på ældreområdet."),
        ("b", KB), ("p", "Godkendt."),
    ]),
    ("5. Lokalplan 1098 og kommuneplantillæg nr. 12 – boliger ved Kalbyrisvej, endelig vedtagelse",
     "01.02.05-P16-4-23", [
        ("b", "Resume"),
        ("p", "Forslag til Lokalplan 1098 og kommuneplantillæg nr. 12 har været i offentlig høring fra "
              "den 21. august til den 16. oktober 2024. Der er indkommet 23 høringssvar, hovedsageligt om "
              "bygningshøjder, trafik på Kalbyrisvej og bevaring af det grønne område mod Susåen. Planen "
              "giver mulighed for op til 140 boliger i 2-5 etager."),
        ("b", "Indstilling"),
        ("p", "Direktøren for Teknik og Miljø indstiller, at Lokalplan 1098 og kommuneplantillæg nr. 12 "
              "vedtages endeligt med de ændringer, der fremgår af hvidbogen (bilag 2)."),
        ("b", "Beslutning i Teknik- og Miljøudvalget den 04-11-2024"),
        ("p", "Udvalget anbefaler, at planforslagene vedtages endeligt. Sara Kehlet (Ø) stemte imod med "
              "henvisning til bygningshøjderne og ønskede sagen behandlet i Kommunalbestyrelsen."),
        ("b", "Beslutning i Økonomiudvalget den 19-11-2024"),
        ("p", "Anbefales. Imod stemte Per Holm Ravn (Ø). Line Krogh-Sørensen (F) tog forbehold til "
              "behandlingen i Kommunalbestyrelsen."),
        ("b", KB),
        ("p", "Enhedslisten stillede ændringsforslag om, at den maksimale bygningshøjde i delområde B "
              "nedsættes fra 5 til 3 etager."),
        ("p", "For ændringsforslaget stemte: F og Ø (5)"),
        ("p", "Imod ændringsforslaget stemte: A, V, C, O, D, B og I (26)"),
        ("p", "Ændringsforslaget blev forkastet."),
        ("p", "Herefter blev indstillingen sat til afstemning:"),
        ("p", "For stemte: A, V, C, O, D, B og I (26)"),
        ("p", "Imod stemte: Ø (2)"),
        ("p", "Undlod at stemme: F (3)"),
        ("p", "Indstillingen blev godkendt."),
    ]),
    ("6. Anlægsbevilling til ny hal ved Fensmark Idrætscenter", "04.00.05-Ø40-2-24", [
        ("b", "Resume"),
        ("p", "Fensmark Idrætsforening og Holmegaard Skytteforening har i fællesskab søgt om kommunal "
              "medfinansiering af en ny multihal på 1.250 m² ved Fensmark Idrætscenter. Den samlede "
              "anlægsudgift er opgjort til 18,4 mio. kr., hvoraf Lokale og Anlægsfonden forventes at "
              "bidrage med 3,0 mio. kr."),
        ("b", "Indstilling"),
        ("p", "Direktøren for Kultur, Erhverv og Borgerservice indstiller, at der gives en "
              "anlægsbevilling på 15,4 mio. kr. finansieret af puljen til idrætsfaciliteter i budget "
              "2025, og at rådighedsbeløbet frigives."),
        ("b", "Beslutning i Kultur- og Fritidsudvalget den 06-11-2024"), ("p", "Anbefales."),
        ("b", "Beslutning i Økonomiudvalget den 19-11-2024"), ("p", "Anbefales."),
        ("b", KB),
        ("p", "Rune Kjær-Hansen (V) deltog ikke i behandlingen af punkt 6 på grund af inhabilitet, da han "
              "er formand for Fensmark Idrætsforening."),
        ("p", "Godkendt. Sara Kehlet (Ø) stemte imod, idet hun ønskede projektet finansieret inden for "
              "den eksisterende anlægsramme."),
    ]),
    ("7. Beslutningsforslag fra Enhedslisten: Gratis bustransport for børn og unge under 18 år",
     "13.05.00-A00-5-24", [
        ("b", "Resume"),
        ("p", "Per Holm Ravn (Ø) har den 12. november 2024 fremsendt forslag om, at Næstved Kommune "
              "indgår aftale med Movia om gratis bustransport på bybusserne for børn og unge under 18 år "
              "fra 1. august 2025. Administrationen har beregnet den årlige udgift til ca. 6,8 mio. kr."),
        ("b", KB),
        ("p", "Forslaget blev forkastet med 26 stemmer mod 5."),
        ("p", "For stemte: F og Ø"),
        ("p", "Imod stemte: A, V, C, O, D, B og I"),
    ]),
    ("8. Valg af nyt medlem til Folkeoplysningsudvalget", "00.22.04-A00-3-24", [
        ("b", "Resume"),
        ("p", "Tina Lykke Frandsen (A) har anmodet om at udtræde af Folkeoplysningsudvalget af personlige "
              "grunde. Socialdemokratiet har udpegningsretten til den ledige plads."),
        ("b", "Indstilling"),
        ("p", "Borgmesteren indstiller, at Kommunalbestyrelsen vælger et nyt medlem og en ny "
              "stedfortræder efter indstilling fra gruppen."),
        ("b", KB),
        ("p", "Tina Lykke Frandsen blev fritaget for hvervet. Valgt blev Kasper Munk (A) som medlem og "
              "Birgitte Rosenvold (A) som stedfortræder for resten af valgperioden."),
    ]),
    ("9. Høringssvar til Region Sjælland – forslag til Råstofplan 2024", "09.00.06-P20-1-24", [
        ("b", "Resume"),
        ("p", "Region Sjælland har sendt forslag til Råstofplan 2024 i høring med frist den 2. december "
              "2024. Forslaget udlægger to nye graveområder ved Herlufmagle og Tybjerg, som ligger tæt på "
              "eksisterende boliger. Administrationen har udarbejdet et udkast til høringssvar, hvor "
              "Næstved Kommune gør indsigelse mod graveområdet ved Tybjerg."),
        ("b", "Beslutning i Teknik- og Miljøudvalget den 04-11-2024"),
        ("p", "Anbefales med de faldne bemærkninger."),
        ("b", "Beslutning i Økonomiudvalget den 19-11-2024"), ("p", "Anbefales."),
        ("b", KB),
        ("p", "Kommunalbestyrelsen godkendte høringssvaret med en tilføjelse om hensynet til grundvandet. "
              "Mette Lund Villadsen (D) stemte imod. Forvaltningen fremsender høringssvaret til Region "
              "Sjælland senest den 2. december 2024."),
    ]),
    ("10. Lukket punkt: Køb af ejendom i Herlufmagle", "82.02.00-G01-7-24", [
        ("b", KB), ("p", "Godkendt."),
    ]),
]


def build_naestved(path: Path) -> None:
    from fpdf import FPDF

    class Referat(FPDF):
        def header(self):
            self.set_font("D", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(95, 5, "Næstved Kommune")
            self.cell(0, 5, "Kommunalbestyrelsen · Referat · 26.11.2024", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-15)
            self.set_font("D", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(95, 5, "Udskrevet 18.12.2024")
            self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="R")

    pdf = Referat(format="A4")
    pdf.add_font("D", "", FONT)
    pdf.add_font("D", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    def para(text, size=10, style="", h=5, gap=1.5):
        pdf.set_font("D", style, size)
        pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para("Referat", 18, "B", 9, 0)
    para("Kommunalbestyrelsen", 14, "B", 8, 3)
    for label, value in [
        ("Mødedato:", "Tirsdag den 26. november 2024"),
        ("Mødetid:", "Kl. 18.00 - 21.45"),
        ("Mødested:", "Byrådssalen, Næstved Rådhus"),
        ("Godkendt:", "Referatet er godkendt på Kommunalbestyrelsens møde den 17. december 2024"),
        ("Udskrevet:", "18. december 2024"),
    ]:
        y = pdf.get_y()
        pdf.set_font("D", "B", 10)
        pdf.set_xy(10, y)
        pdf.multi_cell(35, 5, label)
        pdf.set_font("D", "", 10)
        pdf.set_xy(45, y)
        pdf.multi_cell(150, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para("Deltagere", 12, "B", 6, 1)
    y = pdf.get_y()
    pdf.set_font("D", "", 9.5)
    pdf.set_xy(10, y)
    pdf.multi_cell(92, 5, NAE_LEFT, new_x="LMARGIN", new_y="NEXT")
    y_left = pdf.get_y()
    pdf.set_xy(108, y)
    pdf.multi_cell(92, 5, NAE_RIGHT, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y_left, pdf.get_y()) + 3)
    para("Afbud: Mads Bonde (V) og Anja Dall (F).")
    para("Stedfortrædere: Kirsten Bach Holm (V) for Mads Bonde og Simon Krag (F) for Anja Dall.")
    para("Fra administrationen deltog kommunaldirektør Birthe Lerche Hvidt, direktør for Teknik og "
         "Miljø Jakob Stenholt, økonomichef Søren Aagesen og chefkonsulent Maria Friis-Andersen "
         "(referent).", gap=4)
    para("Indholdsfortegnelse", 12, "B", 6, 1)
    for title, _case, _body in NAE_ITEMS:
        para(title, 9.5, "", 5, 0.5)
    pdf.add_page()
    for title, case, body in NAE_ITEMS:
        if pdf.get_y() > 230:
            pdf.add_page()
        para(title, 12, "B", 6, 1)
        para(f"Sagsnr.: {case}", 9, "", 5, 2)
        for kind, text in body:
            if kind == "b":
                para(text, 10, "B", 5, 0.5)
            else:
                para(text, 10, "", 5, 1.5)
        pdf.ln(3)
    para("Næste møde", 12, "B", 6, 1)
    para("Kommunalbestyrelsens næste ordinære møde afholdes tirsdag den 17. december 2024 kl. 18.00 i "
         "Byrådssalen.")
    para("Mødet blev hævet kl. 21.45.", gap=12)
    y = pdf.get_y()
    pdf.set_font("D", "", 10)
    pdf.set_xy(10, y)
    pdf.multi_cell(80, 5, "Henrik Vestergaard Kirk\nborgmester")
    pdf.set_xy(110, y)
    pdf.multi_cell(80, 5, "Birthe Lerche Hvidt\nkommunaldirektør", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


NAE_PERSONS = [
    "Henrik Vestergaard Kirk", "Mette Lindhardt-Olsen", "Jens Peter Bækgaard", "Susanne Kjær Holmberg",
    "Ali Hassan Demir", "Birgitte Rosenvold", "Kasper Munk", "Tina Lykke Frandsen", "Ole Brøndum",
    "Lars Erik Skovbo", "Camilla Thorsen-Juhl", "Rune Kjær-Hansen", "Heidi Marie Skaarup",
    "Peder Aagaard", "Kirsten Bach Holm", "Charlotte Brix", "Niels Christian Fogh", "Jesper Raun",
    "Pernille Vang Lauridsen", "Thomas Ebbesen", "Line Krogh-Sørensen", "Morten Schiøtt", "Simon Krag",
    "Per Holm Ravn", "Sara Kehlet", "Finn Bøgelund", "Vivi Hallberg", "Mette Lund Villadsen",
    "Jørn Egebjerg", "Ida Søndergaard Wulff", "Christian Mølgaard", "Mads Bonde", "Anja Dall",
    "Birthe Lerche Hvidt", "Jakob Stenholt", "Søren Aagesen", "Maria Friis-Andersen",
]
NAE_BLOCK = ["Næstved Rådhus"]


def _members(block: str):
    rows = []
    for line in block.splitlines():
        m = re.match(r"(.+?) \(([A-ZÆØÅ])\)(?:, (.+))?$", line)
        name, _party, title = m.groups()
        role = {"1. viceborgmester": "viceborgmester", "2. viceborgmester": "viceborgmester"}.get(title, title or "")
        rows.append({"person": name, "role": role, "status": "present", "note": ""})
    return rows


def naestved_tables():
    d0, dou, dtm = "2024-11-26", "2024-11-19", "2024-11-04"
    att = _members(NAE_LEFT) + _members(NAE_RIGHT)
    att += [
        {"person": "Mads Bonde", "role": "", "status": "absent", "note": ""},
        {"person": "Anja Dall", "role": "", "status": "absent", "note": ""},
        {"person": "Birthe Lerche Hvidt", "role": "kommunaldirektør", "status": "present", "note": ""},
        {"person": "Jakob Stenholt", "role": "direktør", "status": "present", "note": ""},
        {"person": "Søren Aagesen", "role": "økonomichef", "status": "present", "note": ""},
        {"person": "Maria Friis-Andersen", "role": "chefkonsulent", "status": "present", "note": "referent"},
    ]
    items = []
    for title, case, _b in NAE_ITEMS:
        no, t = title.split(". ", 1)
        items.append({"item_no": no, "title": t, "case_no": case})
    dec = [("1", "approved"), ("2", "approved"), ("3", "noted"), ("4", "approved"), ("5", "approved"),
           ("6", "approved"), ("7", "rejected"), ("8", "elected"), ("9", "approved"), ("10", "approved")]
    pos = [("4", "Per Holm Ravn", "reservation", dou),
           ("5", "Sara Kehlet", "against", dtm),
           ("5", "Per Holm Ravn", "against", dou),
           ("5", "Line Krogh-Sørensen", "reservation", dou)]
    majority = ["A", "V", "C", "O", "D", "B", "I"]
    pos += [("5", p, "for", d0) for p in ["F", "Ø"]]
    pos += [("5", p, "against", d0) for p in majority]
    pos += [("5", p, "for", d0) for p in majority]
    pos += [("5", "Ø", "against", d0), ("5", "F", "abstain", d0)]
    pos += [("6", "Rune Kjær-Hansen", "absent", d0), ("6", "Sara Kehlet", "against", d0)]
    pos += [("7", p, "for", d0) for p in ["F", "Ø"]]
    pos += [("7", p, "against", d0) for p in majority]
    pos += [("9", "Mette Lund Villadsen", "against", d0)]
    actions = [
        ("4", "Center for Økonomi og Styring", "udarbejde", "2025-01-14",
         "3. beslutter, at Center for Økonomi og Styring udarbejder en handleplan for det specialiserede "
         "børneområde til Økonomiudvalgets møde den 14. januar 2025.",
         "udarbejder en handleplan for det specialiserede børneområde til Økonomiudvalgets møde den 14. "
         "januar 2025"),
        ("9", "forvaltningen", "fremsende", "2024-12-02",
         "Forvaltningen fremsender høringssvaret til Region Sjælland senest den 2. december 2024.",
         "fremsender høringssvaret til Region Sjælland senest den 2. december 2024"),
    ]
    return {
        "meetings": [{"body": "Kommunalbestyrelsen", "date": d0, "start_time": "18:00", "end_time": "21:45",
                      "location": "Byrådssalen, Næstved Rådhus"}],
        "attendance": att, "agenda_items": items,
        "decisions": [{"item_no": i, "outcome": o} for i, o in dec],
        "positions": [{"item_no": i, "actor": a, "position": p, "date": d} for i, a, p, d in pos],
    }, actions


# --------------------------------------------------------------------------------------------
# 2. Børne- og Skoleudvalget, Herning Kommune, 4. februar 2025 (DOCX, tables)
# --------------------------------------------------------------------------------------------

HER_MEMBERS = [
    ("Ane Kirstine Thygesen-Bruun", "V", "Formand", "Til stede"),
    ("Jonas Mølgaard", "A", "Næstformand", "Til stede"),
    ("Dorthe Elise Bak Iversen", "C", "Medlem", "Til stede"),
    ("Emil Tranberg", "V", "Medlem", "Afbud"),
    ("Hanne Mose-Klitgaard", "F", "Medlem", "Til stede"),
    ("Kristian Bro Nørgaard", "Ø", "Medlem", "Til stede"),
    ("Lene Sand Kirkegaard", "A", "Medlem", "Til stede"),
]
HER_STAFF = [
    ("Rikke Holm Abildgaard", "Børne- og ungedirektør", "Børn og Unge"),
    ("Peter Jul Kastrup", "Skolechef", "Skoleafdelingen"),
    ("Nanna Vig Sørensen", "Afdelingsleder", "PPR"),
    ("Lotte Bisgaard-Møller", "Referent", "Sekretariatet"),
]
HER_ACTIONS_TABLE = [
    ("2a", "Sende resultaterne af trivselsmålingen til skolebestyrelserne", "Sekretariatet", "14. februar 2025"),
    ("3", "Offentliggøre kvalitetsrapporten på kommunens hjemmeside efter Byrådets behandling",
     "Skoleafdelingen", "31. marts 2025"),
    ("4", "Udarbejde høringsmateriale til skolebestyrelser og forældre", "Skoleafdelingen", "10. februar 2025"),
    ("5.2", "Indarbejde udvalgets temaer i budgetmaterialet", "Center for Økonomi", "senest udgangen af juni"),
]

# (level, heading, case number, [(kind, text)]); kind: "h" small heading, "p" paragraph
HER_ITEMS = [
    (2, "1. Godkendelse af dagsorden", "", [("h", "Beslutning"), ("p", "Godkendt.")]),
    (2, "2. Meddelelser", "00.22.00-A00-4-25", [
        ("p", "Under punktet gives orientering om følgende sager:")]),
    (3, "2a. Trivselsmålingen 2024 – foreløbige resultater", "17.01.10-G01-2-24", [
        ("h", "Sagsfremstilling"),
        ("p", "De foreløbige resultater af den nationale trivselsmåling for 4.-9. klasse viser, at andelen "
              "af elever med høj social trivsel er steget fra 88,1 til 89,4 procent. Tre skoler ligger "
              "markant under kommunens gennemsnit, og forvaltningen er i dialog med skolelederne."),
        ("h", "Beslutning"),
        ("p", "Taget til efterretning."),
        ("p", "Handling: Sekretariatet bedes udarbejde en oversigt over resultaterne fordelt på skoler og "
              "årgange til udvalgets næste møde."),
    ]),
    (3, "2b. Status på ventelister til PPR", "17.20.00-G01-1-25", [
        ("h", "Sagsfremstilling"),
        ("p", "Ventetiden på en pædagogisk-psykologisk vurdering var pr. 1. januar 2025 i gennemsnit 14 "
              "uger mod 9 uger et år tidligere. Afdelingsleder Nanna Vig Sørensen redegjorde for årsagerne, "
              "herunder to vakante psykologstillinger og flere henvisninger fra dagtilbuddene."),
        ("p", "Hanne Mose-Klitgaard (F) deltog fra kl. 14.25 under behandlingen af dette punkt."),
        ("h", "Beslutning"),
        ("p", "Udvalget tog orienteringen til efterretning."),
        ("p", "Opfølgning: forvaltningen skal senest den 1. april 2025 undersøge mulighederne for "
              "midlertidigt at købe psykologbistand eksternt."),
    ]),
    (3, "2c. Henvendelse fra forældre i Gullestrup om skolevejen", "05.01.08-G01-3-25", [
        ("h", "Sagsfremstilling"),
        ("p", "Forældre i Gullestrup har rettet henvendelse om manglende belysning og fortov på en del af "
              "skolevejen til Gullestrup Skole. Henvendelsen er underskrevet af 46 forældre og peger særligt på "
              "strækningen langs Gullestrupvej, hvor mange elever cykler i mørke i vinterhalvåret."),
        ("h", "Beslutning"),
        ("p", "Udvalget drøftede henvendelsen. Sagen oversendes til Teknik- og Miljøudvalget, som har "
              "ansvaret for trafiksikkerhed på kommunens veje."),
    ]),
    (2, "3. Kvalitetsrapport for skoleåret 2023/24", "17.01.10-P35-1-24", [
        ("h", "Sagsfremstilling"),
        ("p", "Kvalitetsrapporten beskriver skolevæsenets resultater og udvikling. Karaktergennemsnittet ved "
              "folkeskolens prøver i 9. klasse var 7,2, og elevfraværet var 6,9 procent. Rapporten har været "
              "sendt til udtalelse i skolebestyrelserne med frist den 20. december 2024, og der er indkommet "
              "17 udtalelser."),
        ("h", "Indstilling"),
        ("p", "Børn og Unge indstiller, at udvalget anbefaler Byrådet at godkende kvalitetsrapporten."),
        ("h", "Beslutning"),
        ("p", "Udvalget anbefaler Byrådet at godkende kvalitetsrapporten."),
        ("p", "Opfølgning: Skoleafdelingen udarbejder handleplaner for de tre skoler med lavest trivsel "
              "inden 1. maj 2025."),
    ]),
    (2, "4. Ændring af skoledistrikter for Sunds Skole og Ilskov Skole – udsendelse i høring",
     "17.00.00-P20-2-25", [
        ("h", "Sagsfremstilling"),
        ("p", "Elevtallet på Ilskov Skole forventes at falde fra 96 til 71 elever frem mod skoleåret "
              "2028/29. Forslaget indebærer, at boligområdet ved Ilskovvej flyttes fra Ilskov Skoles distrikt "
              "til Sunds Skoles distrikt fra 1. august 2026. Elevrepræsentanterne Sofie og Noah fremlagde "
              "Fælleselevrådets bemærkninger om skolevejens sikkerhed."),
        ("h", "Indstilling"),
        ("p", "Børn og Unge indstiller, at forslaget sendes i 8 ugers offentlig høring."),
        ("h", "Beslutning"),
        ("p", "Godkendt med den ændring, at høringsperioden forlænges til 10 uger, så den ikke falder i "
              "vinterferien. Kristian Bro Nørgaard (Ø) stemte imod og ønskede i stedet en samlet analyse af "
              "skolestrukturen i den nordlige del af kommunen."),
        ("p", "Handling: Indkalde skolebestyrelserne i Sunds og Ilskov til dialogmøde inden 1. marts 2025."),
        ("p", "Ansvarlig: PJK"),
    ]),
    (2, "5. Budget 2026 – proces og temaer", "00.30.00-Ø00-5-25", [
        ("h", "Sagsfremstilling"),
        ("p", "Økonomiudvalget vedtog den 20. januar 2025 budgetprocessen for 2026-2029. Fagudvalgene skal "
              "på deres møder i februar og marts drøfte temaer og anlægsønsker til budgetseminaret."),
    ]),
    (3, "5.1 Demografiregulering på dagtilbuds- og skoleområdet", "", [
        ("h", "Sagsfremstilling"),
        ("p", "Demografimodellen viser, at antallet af 6-16-årige falder med 212 børn frem mod 2029, mens "
              "antallet af 0-5-årige stiger svagt. Det giver samlet en nedregulering af skoleområdets budget "
              "på 8,3 mio. kr. i 2026 og en opregulering af dagtilbudsområdet på 2,1 mio. kr."),
        ("h", "Beslutning"),
        ("p", "Orienteringen blev taget til efterretning."),
    ]),
    (3, "5.2 Udvalgets temaer til budgetseminaret", "", [
        ("h", "Beslutning"),
        ("p", "Udvalget godkendte, at temaerne inklusion og specialundervisning, skolernes bygningsmasse og "
              "rekruttering af lærere indgår i budgetarbejdet. Børn og Unge skal senest udgangen af juni "
              "fremlægge konkrete forslag til effektiviseringer inden for udvalgets område."),
    ]),
    (3, "5.3 Anlægsønsker 2026-2029", "", [
        ("h", "Beslutning"),
        ("p", "Sagen udsættes til udvalgets møde den 4. marts 2025."),
    ]),
    (2, "6. Eventuelt", "", [
        ("p", "Jonas Mølgaard spurgte til status på ombygningen af Brændgårdskolens faglokaler. Skolechef "
              "Peter Jul Kastrup oplyste, at byggeriet er ca. fire uger forsinket på grund af forsinkede "
              "leverancer. Dorthe Elise Bak Iversen gjorde opmærksom på forældrearrangementet om digital "
              "dannelse den 26. februar 2025. Lene Sand Kirkegaard efterlyste en drøftelse af skolernes brug "
              "af kunstig intelligens på et kommende møde."),
    ]),
]


def build_herning(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Herning Kommune")
    doc.add_heading("Referat", 0)
    doc.add_heading("Børne- og Skoleudvalget", 1)
    for line in ["Mødedato: Tirsdag den 4. februar 2025", "Mødetid: 14:00 - 17:15",
                 "Mødested: Udvalgsværelse 2, Herning Rådhus"]:
        doc.add_paragraph(line)
    doc.add_heading("Fremmøde", 2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Navn", "Parti", "Funktion", "Fremmøde"], strict=False):
        c.text = h
    for row in HER_MEMBERS:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=False):
            c.text = v
    doc.add_paragraph("Fra administrationen:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Navn", "Titel", "Afdeling"], strict=False):
        c.text = h
    for row in HER_STAFF:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=False):
            c.text = v
    doc.add_paragraph("Elevrepræsentanter: Sofie og Noah (Fælleselevrådet, deltog under punkt 4)")
    for level, heading, case, body in HER_ITEMS:
        doc.add_heading(heading, level)
        if case:
            doc.add_paragraph(f"Sagsnr.: {case}")
        for kind, text in body:
            if kind == "h":
                p = doc.add_paragraph()
                p.add_run(text).bold = True
            else:
                doc.add_paragraph(text)
    doc.add_heading("Handlingsliste", 2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Pkt.", "Opgave", "Ansvarlig", "Frist"], strict=False):
        c.text = h
    for row in HER_ACTIONS_TABLE:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=False):
            c.text = v
    doc.add_paragraph("")
    doc.add_paragraph("Næste møde: Tirsdag den 4. marts 2025 kl. 14.00 i Udvalgsværelse 2.")
    doc.add_paragraph("Referatet er godkendt af formanden den 6. februar 2025.")
    doc.save(str(path))


HER_PERSONS = [m[0] for m in HER_MEMBERS] + [s[0] for s in HER_STAFF] + ["Sofie", "Noah", "PJK"]
HER_BLOCK = ["Herning Rådhus"]


def herning_tables():
    d0 = "2025-02-04"
    att = [{"person": n, "role": f.lower(), "status": "present" if s == "Til stede" else "absent", "note": p}
           for n, p, f, s in HER_MEMBERS]
    att += [{"person": n, "role": t.lower(), "status": "present", "note": a} for n, t, a in HER_STAFF]
    att += [{"person": n, "role": "elevrepræsentant", "status": "present",
             "note": "Fælleselevrådet, deltog under punkt 4"} for n in ("Sofie", "Noah")]
    items = []
    for _lvl, heading, case, _b in HER_ITEMS:
        no, t = re.match(r"(\S+?)\.? (.+)", heading).groups()
        items.append({"item_no": no, "title": t, "case_no": case})
    dec = [("1", "approved"), ("2a", "noted"), ("2b", "noted"), ("2c", "referred"), ("3", "approved"),
           ("4", "approved"), ("5.1", "noted"), ("5.2", "approved"), ("5.3", "postponed")]
    pos = [("4", "Kristian Bro Nørgaard", "against", d0)]
    actions = [
        ("2a", "Sekretariatet", "udarbejde", "",
         "Handling: Sekretariatet bedes udarbejde en oversigt over resultaterne fordelt på skoler og årgange "
         "til udvalgets næste møde.",
         "udarbejde en oversigt over resultaterne fordelt på skoler og årgange til udvalgets næste møde"),
        ("2b", "forvaltningen", "undersøge", "2025-04-01",
         "Opfølgning: forvaltningen skal senest den 1. april 2025 undersøge mulighederne for midlertidigt at "
         "købe psykologbistand eksternt.",
         "undersøge mulighederne for midlertidigt at købe psykologbistand eksternt"),
        ("2c", "Teknik- og Miljøudvalget", "oversende", "",
         "Sagen oversendes til Teknik- og Miljøudvalget, som har ansvaret for trafiksikkerhed på kommunens "
         "veje.",
         "oversendes til Teknik- og Miljøudvalget"),
        ("3", "Skoleafdelingen", "udarbejde", "2025-05-01",
         "Opfølgning: Skoleafdelingen udarbejder handleplaner for de tre skoler med lavest trivsel inden 1. "
         "maj 2025.",
         "udarbejder handleplaner for de tre skoler med lavest trivsel inden 1. maj 2025"),
        ("4", "PJK", "indkalde", "2025-03-01",
         "Handling: Indkalde skolebestyrelserne i Sunds og Ilskov til dialogmøde inden 1. marts 2025. "
         "Ansvarlig: PJK",
         "Indkalde skolebestyrelserne i Sunds og Ilskov til dialogmøde inden 1. marts 2025"),
        ("5.2", "Børn og Unge", "fremlægge", "2025-06-30",
         "Børn og Unge skal senest udgangen af juni fremlægge konkrete forslag til effektiviseringer inden "
         "for udvalgets område.",
         "fremlægge konkrete forslag til effektiviseringer inden for udvalgets område"),
    ]
    deadlines = {"14. februar 2025": "2025-02-14", "31. marts 2025": "2025-03-31",
                 "10. februar 2025": "2025-02-10", "senest udgangen af juni": "2025-06-30"}
    for no, task, who, frist in HER_ACTIONS_TABLE:
        verb = task.split()[0].lower()
        actions.append((no, who, verb, deadlines[frist], f"{no} {task} {who} {frist}", task))
    return {
        "meetings": [{"body": "Børne- og Skoleudvalget", "date": d0, "start_time": "14:00",
                      "end_time": "17:15", "location": "Udvalgsværelse 2, Herning Rådhus"}],
        "attendance": att, "agenda_items": items,
        "decisions": [{"item_no": i, "outcome": o} for i, o in dec],
        "positions": [{"item_no": i, "actor": a, "position": p, "date": d} for i, a, p, d in pos],
    }, actions


# --------------------------------------------------------------------------------------------
# 3. Landdistriktsrådet, Skive Kommune, 22. januar and 19. marts 2025 (HTML, two meetings)
# --------------------------------------------------------------------------------------------

SKI_M1 = {
    "title": "Referat – Landdistriktsrådet, onsdag den 22. januar 2025",
    "meta": [("Dato", "Onsdag den 22. januar 2025"), ("Tid", "Kl. 19.00-21.30"),
             ("Sted", "Selde Forsamlingshus, Vestergade 2, Selde")],
    "attendance": [
        ("Jens Christian Bach Kirkegaard", "Formand", "Fur Lokalråd", "Til stede"),
        ("Else Marie Stausholm", "Næstformand", "Roslev Borgerforening", "Til stede"),
        ("Torben Kristensen-Lyng", "Medlem", "Balling Lokalråd", "Til stede"),
        ("Birthe Hvam", "Medlem", "Durup Borgerforening", "Afbud"),
        ("Mikkel Sejer Dahl", "Medlem", "Glyngøre Lokalråd", "Til stede"),
        ("Inger Lise Fuglsang", "Medlem", "Højslev Lokalråd", "Til stede"),
        ("Poul Erik Søndergaard", "Medlem", "Selde-Åsted Lokalråd", "Til stede"),
        ("Hasse Ladefoged", "Byrådsmedlem", "Skive Byråd", "Til stede"),
        ("Karina Bech Noer", "Byrådsmedlem", "Skive Byråd", "Afbud"),
        ("Laila Munkholm-Iversen", "Sekretær", "Skive Kommune", "Til stede"),
    ],
    "extra": [],
    "items": [
        ("1. Godkendelse af dagsorden", "", [("Beslutning", "Godkendt.")]),
        ("2. Godkendelse af referat fra mødet den 27. november 2024", "", [
            ("Beslutning", "Referatet blev godkendt.")]),
        ("3. Konstituering: valg af formand og næstformand for 2025", "00.22.02-A00-1-25", [
            ("Sagsfremstilling", "Ifølge forretningsordenen konstituerer rådet sig på årets første møde. Jens "
             "Christian Bach Kirkegaard genopstiller som formand. Til posten som næstformand var Else Marie "
             "Stausholm og Torben Kristensen-Lyng foreslået."),
            ("Beslutning", "Valgt blev Jens Christian Bach Kirkegaard som formand (genvalg) og Else Marie "
             "Stausholm som næstformand. Afstemningen om næstformandsposten endte 5-2."),
        ]),
        ("4. Landdistriktspuljen 2025 – fordeling af midler", "24.10.00-Ø60-1-25", [
            ("Sagsfremstilling", "Der er indkommet 14 ansøgninger om i alt 1.186.500 kr. Puljen udgør 750.000 "
             "kr. i 2025. Sekretariatet indstiller, at der gives tilsagn til ni projekter som anført i bilag 1, "
             "herunder 85.000 kr. til en ny legeplads i Balling og 120.000 kr. til en shelterplads ved Fur "
             "Strand."),
            ("Beslutning", "Indstillingen blev fulgt. Mikkel Sejer Dahl deltog ikke i behandlingen af "
             "ansøgningen fra Glyngøre Havneforening på grund af inhabilitet. Sekretariatet sender "
             "tilsagnsbreve til ansøgerne inden den 7. februar 2025."),
        ]),
        ("5. Orientering fra Skive Byråd", "", [
            ("Sagsfremstilling", "Hasse Ladefoged orienterede om byrådets vedtagelse af budget 2025, herunder "
             "ekstra midler til vedligehold af grusveje og arbejdet med en ny trafikplan."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        ("6. Mobildækning i landdistrikterne", "", [
            ("Sagsfremstilling", "Flere lokalråd har meldt om dårlig mobildækning, især på Fur og omkring "
             "Lihme."),
            ("Beslutning", "Sagen udsættes til næste møde, hvor rådet ønsker en kortlægning af dækningen. "
             "Sekretariatet bedes indhente data fra Energistyrelsens mobildækningskort til mødet."),
        ]),
        ("7. Eventuelt", "", [
            ("", "Poul Erik Søndergaard fortalte om erfaringerne med delebilsordningen i Selde, som nu har "
             "40 brugere. Inger Lise Fuglsang spurgte, om kommunen vil hjælpe med at finde frivillige til "
             "grøftekantsslåning. Laila Munkholm-Iversen undersøger, hvilke ordninger andre kommuner har."),
        ]),
    ],
    "next": "Næste møde: Onsdag den 19. marts 2025 kl. 19.00 i Glyngøre.",
}

SKI_M2 = {
    "title": "Referat – Landdistriktsrådet, onsdag den 19. marts 2025",
    "meta": [("Dato", "Onsdag den 19. marts 2025"), ("Tid", "Kl. 19.00-21.15"),
             ("Sted", "Glyngøre Kulturcenter")],
    "attendance": [
        ("Jens Christian Bach Kirkegaard", "Formand", "Fur Lokalråd", "Til stede"),
        ("Else Marie Stausholm", "Næstformand", "Roslev Borgerforening", "Til stede"),
        ("Torben Kristensen-Lyng", "Medlem", "Balling Lokalråd", "Til stede"),
        ("Birthe Hvam", "Medlem", "Durup Borgerforening", "Til stede"),
        ("Mikkel Sejer Dahl", "Medlem", "Glyngøre Lokalråd", "Til stede"),
        ("Inger Lise Fuglsang", "Medlem", "Højslev Lokalråd", "Afbud"),
        ("Poul Erik Søndergaard", "Medlem", "Selde-Åsted Lokalråd", "Afbud"),
        ("Hasse Ladefoged", "Byrådsmedlem", "Skive Byråd", "Til stede"),
        ("Karina Bech Noer", "Byrådsmedlem", "Skive Byråd", "Til stede"),
        ("Laila Munkholm-Iversen", "Sekretær", "Skive Kommune", "Til stede"),
        ("Søren Lindholm Vad", "Trafikplanlægger", "Skive Kommune", "Til stede"),
    ],
    "extra": ["Søren Lindholm Vad deltog under punkt 6."],
    "items": [
        ("1. Godkendelse af dagsorden", "", [("Beslutning", "Godkendt.")]),
        ("2. Godkendelse af referat fra mødet den 22. januar 2025", "", [("Beslutning", "Godkendt.")]),
        ("3. Mobildækning i landdistrikterne (genoptaget)", "", [
            ("Sagsfremstilling", "Punktet blev udsat på mødet den 22. januar 2025. Sekretariatet har indhentet "
             "data, som viser, at 11 ud af 34 landsbyer har utilstrækkelig indendørs dækning."),
            ("Beslutning", "Rådet godkendte, at der sendes en samlet henvendelse til teleselskaberne og "
             "Energistyrelsen. Formanden og sekretariatet udarbejder udkast til henvendelsen inden 15. april "
             "2025."),
        ]),
        ("4. Høring: Forslag til Kommuneplan 2025", "01.02.03-P15-2-25", [
            ("Sagsfremstilling", "Skive Kommune har sendt forslag til Kommuneplan 2025 i offentlig høring frem "
             "til den 2. maj 2025. Sekretariatet indstiller, at rådet drøfter, hvilke temaer et høringssvar "
             "skal indeholde."),
            ("Beslutning", "Indstillingen blev fulgt. Høringssvaret skal have fokus på bosætning i de mindre "
             "byer og udstykning af byggegrunde. Else Marie Stausholm og Mikkel Sejer Dahl skriver udkast til "
             "høringssvaret senest den 11. april 2025."),
        ]),
        ("5. Landdistriktskonference 2025", "", [
            ("Sagsfremstilling", "Skive Kommune er vært for den regionale landdistriktskonference lørdag den 4. "
             "oktober 2025 sammen med Viborg og Struer Kommuner. Rådet skal udpege to repræsentanter til "
             "planlægningsgruppen."),
            ("Beslutning", "Valgt blev Else Marie Stausholm og Torben Kristensen-Lyng."),
        ]),
        ("6. Orientering om ny busplan for landdistrikterne", "13.05.00-A00-4-25", [
            ("Sagsfremstilling", "Trafikplanlægger Søren Lindholm Vad gennemgik forslaget til ny busplan, som "
             "bl.a. betyder, at ruten mellem Skive og Fur får færre afgange uden for myldretiden, mens "
             "flextur udvides til hele kommunen."),
            ("Beslutning", "Taget til efterretning."),
        ]),
        ("7. Eventuelt", "", [
            ("", "Birthe Hvam orienterede om, at Durup Borgerforening holder landsbyfest lørdag den 24. maj "
             "2025. Karina Bech Noer nævnte, at byrådet i april drøfter en ny model for tilskud til "
             "forsamlingshuse. Der var en kort drøftelse af, hvordan rådet kan blive mere synligt på de "
             "sociale medier."),
        ]),
    ],
    "next": "Næste møde: Onsdag den 28. maj 2025 kl. 19.00 på Fur.",
}


def build_skive(path: Path) -> None:
    e = html.escape

    def meeting(m, anchor):
        out = [f'<article class="meeting" id="{anchor}">', f"<h1>{e(m['title'])}</h1>", '<dl class="meta">']
        for k, v in m["meta"]:
            out.append(f"<dt>{e(k)}:</dt><dd>{e(v)}</dd>")
        out.append("</dl>")
        out.append("<h3>Deltagere</h3>")
        out.append('<table class="attendance"><thead><tr><th>Navn</th><th>Funktion</th>'
                   "<th>Repræsenterer</th><th>Fremmøde</th></tr></thead><tbody>")
        for row in m["attendance"]:
            out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        out.append("</tbody></table>")
        for x in m["extra"]:
            out.append(f"<p>{e(x)}</p>")
        for title, case, parts in m["items"]:
            out.append(f'<section class="item"><h2>{e(title)}</h2>')
            if case:
                out.append(f'<p class="case">Sagsnr.: {e(case)}</p>')
            for label, text in parts:
                if label:
                    out.append(f'<h4>{e(label)}</h4>')
                out.append(f"<p>{e(text)}</p>")
            out.append("</section>")
        out.append(f'<p class="next-meeting">{e(m["next"])}</p>')
        out.append("</article>")
        return "\n".join(out)

    page = f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Landdistriktsrådet – referater 2025 | Skive Kommune</title>
<link rel="stylesheet" href="/static/css/moedeportal.css">
</head>
<body>
<header class="site-header">
<div class="logo">Skive Kommune</div>
<nav class="main-nav"><ul>
<li><a href="/">Forside</a></li>
<li><a href="/politik">Politik</a></li>
<li><a href="/politik/raad-og-naevn">Råd og nævn</a></li>
<li><a href="/politik/raad-og-naevn/landdistriktsraadet">Landdistriktsrådet</a></li>
<li class="active">Referater</li>
</ul></nav>
</header>
<main>
<div class="intro"><p>Her finder du referaterne fra Landdistriktsrådets møder i første halvår 2025.
Referaterne offentliggøres, når de er godkendt af formanden.</p></div>
{meeting(SKI_M1, "moede-2025-01-22")}
{meeting(SKI_M2, "moede-2025-03-19")}
</main>
<footer class="site-footer">
<p>Skive Kommune · Torvegade 10 · 7800 Skive · Tlf. 99 15 55 00</p>
<p>Siden er senest opdateret 27.03.2025</p>
</footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


SKI_PERSONS = sorted({r[0] for r in SKI_M1["attendance"] + SKI_M2["attendance"]})
SKI_BLOCK = ["Skive Byråd"]


def skive_tables():
    meetings, att, items, dec, pos = [], [], [], [], []
    for m, d, st, et, loc in [(SKI_M1, "2025-01-22", "19:00", "21:30", "Selde Forsamlingshus, Vestergade 2, Selde"),
                              (SKI_M2, "2025-03-19", "19:00", "21:15", "Glyngøre Kulturcenter")]:
        meetings.append({"body": "Landdistriktsrådet", "date": d, "start_time": st, "end_time": et,
                         "location": loc})
        for n, f, org, s in m["attendance"]:
            att.append({"person": n, "role": f.lower(), "status": "present" if s == "Til stede" else "absent",
                        "note": org})
        for title, case, _p in m["items"]:
            no, t = title.split(". ", 1)
            items.append({"item_no": no, "title": t, "case_no": case})
    # decisions in file order (meeting 1 then meeting 2)
    dec = [("1", "approved"), ("2", "approved"), ("3", "elected"), ("4", "approved"), ("5", "noted"),
           ("6", "postponed"),
           ("1", "approved"), ("2", "approved"), ("3", "approved"), ("4", "approved"), ("5", "elected"),
           ("6", "noted")]
    pos = [("4", "Mikkel Sejer Dahl", "absent", "2025-01-22")]
    actions = [
        ("4", "Sekretariatet", "sende", "2025-02-07",
         "Sekretariatet sender tilsagnsbreve til ansøgerne inden den 7. februar 2025.",
         "sender tilsagnsbreve til ansøgerne inden den 7. februar 2025"),
        ("6", "Sekretariatet", "indhente", "",
         "Sekretariatet bedes indhente data fra Energistyrelsens mobildækningskort til mødet.",
         "indhente data fra Energistyrelsens mobildækningskort til mødet"),
        ("7", "Laila Munkholm-Iversen", "undersøge", "",
         "Laila Munkholm-Iversen undersøger, hvilke ordninger andre kommuner har.",
         "undersøger, hvilke ordninger andre kommuner har"),
        ("3", "Formanden og sekretariatet", "udarbejde", "2025-04-15",
         "Formanden og sekretariatet udarbejder udkast til henvendelsen inden 15. april 2025.",
         "udarbejder udkast til henvendelsen inden 15. april 2025"),
        ("4", "Else Marie Stausholm og Mikkel Sejer Dahl", "skrive", "2025-04-11",
         "Else Marie Stausholm og Mikkel Sejer Dahl skriver udkast til høringssvaret senest den 11. april 2025.",
         "skriver udkast til høringssvaret senest den 11. april 2025"),
    ]
    return {
        "meetings": meetings, "attendance": att, "agenda_items": items,
        "decisions": [{"item_no": i, "outcome": o} for i, o in dec],
        "positions": [{"item_no": i, "actor": a, "position": p, "date": d} for i, a, p, d in pos],
    }, actions


# --------------------------------------------------------------------------------------------
# 4. Skolebestyrelsen, Vesterlundskolen, Ikast-Brande Kommune, 11. marts 2025 (e-mail)
# --------------------------------------------------------------------------------------------

IKB_BODY = """Kære medlemmer af skolebestyrelsen

Hermed referat fra mødet tirsdag den 11. marts. Eventuelle rettelser bedes sendt til mig senest fredag den 21. marts 2025. Herefter betragtes referatet som godkendt og lægges på Aula og skolens hjemmeside.

Venlig hilsen
Tove Hjorth Sandberg
Skoleleder, Vesterlundskolen
Ikast-Brande Kommune
Tlf. 99 60 41 20

----------------------------------------------------------------------

VESTERLUNDSKOLEN - SKOLEBESTYRELSEN
REFERAT

Møde nr. 5, skoleåret 2024/25
Dato: 11.03.2025, kl. 17.00-19.30
Sted: Personalerummet, Vesterlundskolen

Til stede:
  Merete Ulrikke Faurholt, formand (forældrerepræsentant)
  Kenneth Dyhr-Andersen, næstformand (forældrerepræsentant)
  Sanne Brogaard, forældrerepræsentant
  Jakob Emil Vinther Lauersen, forældrerepræsentant
  Ahmad Rahimi, forældrerepræsentant (deltog fra pkt. 3)
  Pia Kolind, medarbejderrepræsentant
  Rasmus Tarp-Nielsen, medarbejderrepræsentant
  Elevrådsrepræsentanter: Freja og Malik
  Tove Hjorth Sandberg, skoleleder
  Anders Bøje, viceskoleleder (referent)

Afbud:
  Sidsel Kirkeby Holt, forældrerepræsentant
  Lars Vognsen, forældrerepræsentant

Dagsorden:
1. Godkendelse af dagsorden og af referat fra mødet den 28. januar 2025
2. Nyt fra elevrådet
3. Nyt fra formand og ledelse
4. Princip for brug af mobiltelefoner - endelig vedtagelse
5. Skolens budget 2025
6. Skole-hjem-samarbejde: fælles forældremøde om trivsel
7. Eventuelt


Ad 1. Godkendelse af dagsorden og af referat fra mødet den 28. januar 2025
Dagsordenen blev godkendt. Referatet fra den 28. januar 2025 blev godkendt med en rettelse under punkt 4 (tilskuddet til lejrskole er 450 kr. pr. elev, ikke 540 kr.).

Ad 2. Nyt fra elevrådet
Freja og Malik fortalte, at elevrådet har holdt afstemning om et fælles spisefrikvarter for 4.-9. årgang, og at 71 % af eleverne stemte for. Elevrådet ønsker desuden flere bænke i skolegården ved indskolingen. Elevrådet har også planlagt en trivselsdag i uge 14 med aktiviteter på tværs af årgangene. Freja og Malik forlod mødet efter punktet.
Handling: Anders Bøje undersøger prisen på nye bænke og melder tilbage på næste møde.

Ad 3. Nyt fra formand og ledelse
Formanden har deltaget i dialogmødet med Børne- og Undervisningsudvalget den 24. februar 2025, hvor skolernes økonomi og den nye ressourcetildeling var på dagsordenen. Formanden orienterede desuden om, at der holdes fællesmøde for alle skolebestyrelser i kommunen onsdag den 2. april 2025.
Skolelederen orienterede om, at der er ansat en ny lærer i 5. årgang pr. 1. april 2025, og at de nye naturfagslokaler tages i brug efter påskeferien. Indskrivningen til børnehaveklassen 2025/26 viser 52 elever, som fordeles på tre klasser. Sygefraværet blandt personalet er faldet til 4,2 procent, og skolen har indgået aftale med den kommunale musikskole om kor- og orkesterundervisning for 3.-5. årgang fra næste skoleår.
Orienteringen blev taget til efterretning.

Ad 4. Princip for brug af mobiltelefoner - endelig vedtagelse
Udkastet til revideret princip blev drøftet på mødet den 28. januar 2025 og har siden været behandlet i elevrådet. Ændringen betyder, at mobiltelefoner fra skoleåret 2025/26 afleveres i mobilskabe ved skoledagens start på alle årgange. Kenneth Dyhr-Andersen foreslog en undtagelse for elever, der af helbredsmæssige grunde har brug for mobilen, og forslaget blev indarbejdet. Princippet træder i kraft den 1. august 2025 og evalueres efter et år.
Beslutning: Skolebestyrelsen vedtog det reviderede princip med den foreslåede tilføjelse.
Handling: Offentliggøre princippet på Aula og skolens hjemmeside.
Ansvarlig: TS
Frist: inden 1. april 2025

Ad 5. Skolens budget 2025
Skolelederen gennemgik budgettet for 2025. Skolens samlede ramme er 38,4 mio. kr., og der forventes et overført beløb fra 2024 på 412.000 kr. Bestyrelsen drøftede, om overførslen skal bruges på undervisningsmidler eller på udeområderne. Pia Kolind pegede på, at især matematikmaterialerne på mellemtrinnet er forældede, mens Kenneth Dyhr-Andersen hellere så en del af beløbet brugt på nye boldbaner.
Beslutning: Budgettet blev taget til efterretning.
Handling: Udarbejde forslag til anvendelse af overførslen til næste møde.
Ansvarlig: TS og AB

Ad 6. Skole-hjem-samarbejde: fælles forældremøde om trivsel
Bestyrelsen ønsker at holde et fælles forældremøde for 4.-6. årgang om digital trivsel og fællesskaber. Mødet planlægges til torsdag den 24. april 2025 kl. 19.00 i skolens aula.
Bestyrelsen godkendte, at mødet afholdes. Det blev aftalt, at Kenneth Dyhr-Andersen og Sanne Brogaard udarbejder et oplæg til programmet, og at Pia Kolind koordinerer med årgangsteamene. Sanne Brogaard foreslog, at SSP-konsulenten inviteres til at holde et kort oplæg om børns liv på de sociale medier.

Ad 7. Eventuelt
Jakob Emil Vinther Lauersen spurgte til trafiksikkerheden ved skolens kiss-and-ride-zone om morgenen. Tove Hjorth Sandberg oplyste, at skolen er i dialog med kommunens vejafdeling om en ny skiltning. Rasmus Tarp-Nielsen fortalte, at personalet har taget godt imod den nye trivselsuge i uge 10. Merete Ulrikke Faurholt mindede om, at skolebestyrelsesvalget i foråret 2026 kræver, at bestyrelsen i god tid finder nye kandidater blandt forældrene.


Næste møde: Tirsdag den 6. maj 2025 kl. 17.00-19.30.
Øvrige mødedatoer i skoleåret: 10. juni 2025 (fællesmøde med SFO-forældrerådet).

Referent: Anders Bøje
"""


def build_ikast(path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = formataddr(("Tove Hjorth Sandberg", "thsa@ikast-brande.dk"))
    msg["To"] = "skolebestyrelsen@vesterlundskolen.dk"
    msg["Cc"] = formataddr(("Merete Ulrikke Faurholt", "merete.faurholt@mail.dk"))
    msg["Subject"] = "Referat af skolebestyrelsesmøde tirsdag den 11. marts 2025"
    msg["Date"] = "Thu, 13 Mar 2025 15:42:07 +0100"
    msg["Message-ID"] = "<20250313154207.4471@vesterlundskolen.dk>"
    msg.set_content(IKB_BODY)
    path.write_bytes(bytes(msg))


IKB_PERSONS = ["Tove Hjorth Sandberg", "Merete Ulrikke Faurholt", "Kenneth Dyhr-Andersen", "Sanne Brogaard",
               "Jakob Emil Vinther Lauersen", "Ahmad Rahimi", "Pia Kolind", "Rasmus Tarp-Nielsen", "Freja",
               "Malik", "Anders Bøje", "Sidsel Kirkeby Holt", "Lars Vognsen", "TS", "AB"]
IKB_BLOCK: list[str] = []


def ikast_tables():
    d0 = "2025-03-11"
    P = lambda n, r, s="present", note="": {"person": n, "role": r, "status": s, "note": note}  # noqa: E731
    att = [
        P("Merete Ulrikke Faurholt", "formand", note="forældrerepræsentant"),
        P("Kenneth Dyhr-Andersen", "næstformand", note="forældrerepræsentant"),
        P("Sanne Brogaard", "forældrerepræsentant"),
        P("Jakob Emil Vinther Lauersen", "forældrerepræsentant"),
        P("Ahmad Rahimi", "forældrerepræsentant", note="deltog fra pkt. 3"),
        P("Pia Kolind", "medarbejderrepræsentant"),
        P("Rasmus Tarp-Nielsen", "medarbejderrepræsentant"),
        P("Freja", "elevrådsrepræsentant"),
        P("Malik", "elevrådsrepræsentant"),
        P("Tove Hjorth Sandberg", "skoleleder"),
        P("Anders Bøje", "viceskoleleder", note="referent"),
        P("Sidsel Kirkeby Holt", "forældrerepræsentant", "absent"),
        P("Lars Vognsen", "forældrerepræsentant", "absent"),
    ]
    titles = ["Godkendelse af dagsorden og af referat fra mødet den 28. januar 2025", "Nyt fra elevrådet",
              "Nyt fra formand og ledelse", "Princip for brug af mobiltelefoner - endelig vedtagelse",
              "Skolens budget 2025", "Skole-hjem-samarbejde: fælles forældremøde om trivsel", "Eventuelt"]
    items = [{"item_no": str(i), "title": t, "case_no": ""} for i, t in enumerate(titles, 1)]
    dec = [("1", "approved"), ("3", "noted"), ("4", "approved"), ("5", "noted"), ("6", "approved")]
    actions = [
        ("2", "Anders Bøje", "undersøge", "",
         "Handling: Anders Bøje undersøger prisen på nye bænke og melder tilbage på næste møde.",
         "undersøger prisen på nye bænke"),
        ("2", "Anders Bøje", "melde tilbage", "",
         "Handling: Anders Bøje undersøger prisen på nye bænke og melder tilbage på næste møde.",
         "melder tilbage på næste møde"),
        ("4", "TS", "offentliggøre", "2025-04-01",
         "Handling: Offentliggøre princippet på Aula og skolens hjemmeside. Ansvarlig: TS Frist: inden 1. april "
         "2025",
         "Offentliggøre princippet på Aula og skolens hjemmeside"),
        ("5", "TS og AB", "udarbejde", "",
         "Handling: Udarbejde forslag til anvendelse af overførslen til næste møde. Ansvarlig: TS og AB",
         "Udarbejde forslag til anvendelse af overførslen til næste møde"),
        ("6", "Kenneth Dyhr-Andersen og Sanne Brogaard", "udarbejde", "",
         "Det blev aftalt, at Kenneth Dyhr-Andersen og Sanne Brogaard udarbejder et oplæg til programmet, og "
         "at Pia Kolind koordinerer med årgangsteamene.",
         "udarbejder et oplæg til programmet"),
        ("6", "Pia Kolind", "koordinere", "",
         "Det blev aftalt, at Kenneth Dyhr-Andersen og Sanne Brogaard udarbejder et oplæg til programmet, og "
         "at Pia Kolind koordinerer med årgangsteamene.",
         "koordinerer med årgangsteamene"),
    ]
    return {
        "meetings": [{"body": "Skolebestyrelsen", "date": d0, "start_time": "17:00", "end_time": "19:30",
                      "location": "Personalerummet, Vesterlundskolen"}],
        "attendance": att, "agenda_items": items,
        "decisions": [{"item_no": i, "outcome": o} for i, o in dec],
        "positions": [],
    }, actions


# --------------------------------------------------------------------------------------------
# 5. Bestyrelsen, Alssund Forsyning A/S (owned by Sønderborg Kommune), 12. december 2024 (text)
# --------------------------------------------------------------------------------------------

SDB_TEXT = """ALSSUND FORSYNING A/S
CVR-nr. 38 41 27 96 · 100 % ejet af Sønderborg Kommune

REFERAT AF BESTYRELSESMØDE NR. 5/2024

Tid:    Torsdag den 12. december 2024, kl. 15.00-18.00
Sted:   Mødelokale Kegnæs, Alssund Forsyning A/S, Vestermarksvej 14, Sønderborg

Deltagere:
        Hans Jørgen Feddersen-Lind, formand
        Birgit Nissen, næstformand
        Bettina Sommer Clausen
        Claus Peter Iwersen
        Søren Hagelund (medarbejdervalgt)
        Ingrid Wulff-Sørensen (medarbejdervalgt)
        Martin Ekholm Bøgh, administrerende direktør
        Lene Callesen, økonomichef (referent)
        Jesper Koch Thygesen, statsautoriseret revisor (deltog under pkt. 4.1)

Afbud:
        Jan Friis Thomsen


1. Godkendelse af dagsorden

Beslutning:
Dagsordenen blev godkendt.


2. Godkendelse og underskrift af referat fra bestyrelsesmødet den 26. september 2024

Beslutning:
Bestyrelsen godkendte referatet, som blev underskrevet digitalt.


3. Orientering fra direktionen

3.1 Driftsstatus for vand og spildevand
Vandspildet for 2024 forventes at blive 6,8 %, hvilket er under grænsen på 10 %. Der har i efteråret været to større ledningsbrud på Nordals, senest den 18. november 2024 ved Havnbjerg, hvor 140 husstande var uden vand i op til otte timer. Direktøren gennemgik årsagerne, som i begge tilfælde var gamle støbejernsledninger fra 1960'erne. Vandkvaliteten har i hele perioden overholdt kravene, og der har ikke været påbud om kogning.

Beslutning:
Taget til efterretning.

3.2 Status på kloakseparering i Augustenborg
Separeringen af etape 3 er forsinket ca. tre måneder på grund af arkæologiske forundersøgelser. Den forventede afslutning er nu 30. juni 2025.

Beslutning:
Taget til efterretning. Administrationen bedes fremlægge en revideret tidsplan på næste møde.

3.3 Personaleforhold
Der er ansat en ny driftsleder for spildevand, Kasper Thuesen Brodersen, som tiltræder den 1. februar 2025. Sygefraværet for de seneste tolv måneder er 3,1 %.

Beslutning:
Taget til efterretning.


4. Økonomi

4.1 Kvartalsrapport for 3. kvartal 2024
Sagsnr. ASF-2024-0187
Revisor Jesper Koch Thygesen deltog under punktet. Resultatet efter 3. kvartal viser et overskud på 4,2 mio. kr. før skat mod budgetteret 3,1 mio. kr. Likviditeten er tilfredsstillende. Afvigelsen skyldes primært lavere energiudgifter på renseanlæggene og forskudte vedligeholdelsesopgaver. Revisor bemærkede, at selskabets prisloft for 2025 endnu ikke er endeligt fastsat.

Beslutning:
Taget til efterretning.

4.2 Budget 2025 og takstblad 2025
Sagsnr. ASF-2024-0192
Budgettet er udarbejdet inden for de økonomiske rammer, som Forsyningstilsynet har fastsat. Vandprisen stiger med 0,85 kr. pr. m³ ekskl. moms, mens vandafledningsbidraget er uændret.

Indstilling:
Direktionen indstiller, at bestyrelsen godkender budget 2025 og takstbladet for 2025, og at takstbladet sendes til Sønderborg Kommune til godkendelse.

Beslutning:
Bestyrelsen godkendte budget 2025 og takstbladet for 2025. Claus Peter Iwersen tog forbehold for stigningen i den faste afgift.

Handling: Direktionen fremsender takstbladet til Sønderborg Kommune senest den 16. december 2024.

4.3 Investeringsplan 2025-2028
Sagsnr. ASF-2024-0193
Investeringsplanen omfatter i alt 118 mio. kr. over fire år, heraf 71 mio. kr. til spildevand og 47 mio. kr. til vand. De største projekter er separatkloakeringen i Augustenborg, renoveringen af vandværket i Guderup og udskiftning af 9 km hovedledning på Nordals.

Indstilling:
Direktionen indstiller, at investeringsplanen godkendes, herunder renovering af vandværket i Guderup for 7,6 mio. kr. i 2025-2026.

Beslutning:
Indstillingen blev fulgt.


5. Konstituering - valg af næstformand

Birgit Nissen har meddelt, at hun ønsker at fratræde som næstformand, men fortsætter som medlem af bestyrelsen. Formanden foreslog Claus Peter Iwersen.

Beslutning:
Valgt blev Claus Peter Iwersen som næstformand med virkning fra 1. januar 2025.


6. Klimatilpasning og regnvandsbassin ved Ulkebøl
Sagsnr. ASF-2024-0161
Kommunen og selskabet har i fællesskab projekteret et regnvandsbassin på ca. 12.000 m³ ved Ulkebøl, som skal aflaste kloaksystemet ved skybrud. Den samlede anlægsudgift er anslået til 14,5 mio. kr. Der er fortsat uenighed om, hvor stor en del af udgiften der kan takstfinansieres efter reglerne om medfinansiering af kommunale klimatilpasningsprojekter.

Beslutning:
Sagen udsættes til mødet den 27. februar 2025, idet der afventes en juridisk vurdering af fordelingen af udgifterne mellem selskabet og kommunen.


7. Ejerdialog med Sønderborg Kommune

Formanden orienterede om forberedelserne til det årlige ejermøde og om Sønderborg Kommunes forventninger til selskabets klimamål i den reviderede ejerstrategi. Kommunen ønsker, at selskabet senest i 2030 er energineutralt, og at der afrapporteres årligt på klimaindsatsen. Bestyrelsen drøftede, hvordan målet kan nås uden væsentlige takststigninger.

Beslutning:
Bestyrelsen tog orienteringen til efterretning. Det blev aftalt, at formanden og den administrerende direktør deltager i ejermødet den 23. januar 2025, og at administrationen forbereder et oplæg om selskabets klimamål.


8. Eventuelt

Søren Hagelund nævnte, at medarbejderne gerne vil have en orientering om den nye vagtordning inden sommerferien. Ingrid Wulff-Sørensen spurgte til status på ladestanderne ved driftsbygningen. Martin Ekholm Bøgh oplyste, at de forventes sat op i løbet af foråret. Formanden takkede bestyrelse og medarbejdere for indsatsen i 2024 og ønskede alle en god jul.


HANDLINGSLISTE

@@TABLE@@

Næste ordinære bestyrelsesmøde afholdes torsdag den 27. februar 2025 kl. 15.00.

Sønderborg, den 13. december 2024

Referent: Lene Callesen
"""


SDB_TABLE = [
    ("Pkt.", "Opgave", "Ansvarlig", "Frist"),
    ("-----", "-" * 58, "-" * 17, "----------"),
    ("3.1", "Udarbejde notat om ledningsbrud i 2024 til bestyrelsen", "administrationen", "31.01.2025"),
    ("4.2", "Offentliggøre takstblad 2025 på hjemmesiden", "MEB", "31.12.2024"),
    ("5", "Anmelde ny næstformand til Erhvervsstyrelsen", "LC", "15.01.2025"),
]
SDB_TEXT = SDB_TEXT.replace("@@TABLE@@", "".join(
    f"{a:<7}{b:<60}{c:<19}{d}\n" for a, b, c, d in SDB_TABLE))


def build_sonderborg(path: Path) -> None:
    path.write_text(SDB_TEXT, encoding="utf-8")


SDB_PERSONS = ["Hans Jørgen Feddersen-Lind", "Birgit Nissen", "Bettina Sommer Clausen", "Claus Peter Iwersen",
               "Søren Hagelund", "Ingrid Wulff-Sørensen", "Martin Ekholm Bøgh", "Lene Callesen",
               "Jesper Koch Thygesen", "Jan Friis Thomsen", "Kasper Thuesen Brodersen", "MEB", "LC"]
SDB_BLOCK: list[str] = []


def sonderborg_tables():
    d0 = "2024-12-12"
    P = lambda n, r, s="present", note="": {"person": n, "role": r, "status": s, "note": note}  # noqa: E731
    att = [
        P("Hans Jørgen Feddersen-Lind", "formand"),
        P("Birgit Nissen", "næstformand"),
        P("Bettina Sommer Clausen", ""),
        P("Claus Peter Iwersen", ""),
        P("Søren Hagelund", "", note="medarbejdervalgt"),
        P("Ingrid Wulff-Sørensen", "", note="medarbejdervalgt"),
        P("Martin Ekholm Bøgh", "administrerende direktør"),
        P("Lene Callesen", "økonomichef", note="referent"),
        P("Jesper Koch Thygesen", "statsautoriseret revisor", note="deltog under pkt. 4.1"),
        P("Jan Friis Thomsen", "", "absent"),
    ]
    items = [
        ("1", "Godkendelse af dagsorden", ""),
        ("2", "Godkendelse og underskrift af referat fra bestyrelsesmødet den 26. september 2024", ""),
        ("3", "Orientering fra direktionen", ""),
        ("3.1", "Driftsstatus for vand og spildevand", ""),
        ("3.2", "Status på kloakseparering i Augustenborg", ""),
        ("3.3", "Personaleforhold", ""),
        ("4", "Økonomi", ""),
        ("4.1", "Kvartalsrapport for 3. kvartal 2024", "ASF-2024-0187"),
        ("4.2", "Budget 2025 og takstblad 2025", "ASF-2024-0192"),
        ("4.3", "Investeringsplan 2025-2028", "ASF-2024-0193"),
        ("5", "Konstituering - valg af næstformand", ""),
        ("6", "Klimatilpasning og regnvandsbassin ved Ulkebøl", "ASF-2024-0161"),
        ("7", "Ejerdialog med Sønderborg Kommune", ""),
        ("8", "Eventuelt", ""),
    ]
    dec = [("1", "approved"), ("2", "approved"), ("3.1", "noted"), ("3.2", "noted"), ("3.3", "noted"),
           ("4.1", "noted"), ("4.2", "approved"), ("4.3", "approved"), ("5", "elected"), ("6", "postponed"),
           ("7", "noted")]
    pos = [("4.2", "Claus Peter Iwersen", "reservation", d0)]
    actions = [
        ("3.2", "administrationen", "fremlægge", "",
         "Administrationen bedes fremlægge en revideret tidsplan på næste møde.",
         "fremlægge en revideret tidsplan på næste møde"),
        ("4.2", "direktionen", "fremsende", "2024-12-16",
         "Handling: Direktionen fremsender takstbladet til Sønderborg Kommune senest den 16. december 2024.",
         "fremsender takstbladet til Sønderborg Kommune senest den 16. december 2024"),
        ("7", "formanden og den administrerende direktør", "deltage", "2025-01-23",
         "Det blev aftalt, at formanden og den administrerende direktør deltager i ejermødet den 23. januar "
         "2025, og at administrationen forbereder et oplæg om selskabets klimamål.",
         "deltager i ejermødet den 23. januar 2025"),
        ("7", "administrationen", "forberede", "",
         "Det blev aftalt, at formanden og den administrerende direktør deltager i ejermødet den 23. januar "
         "2025, og at administrationen forbereder et oplæg om selskabets klimamål.",
         "forbereder et oplæg om selskabets klimamål"),
        ("3.1", "administrationen", "udarbejde", "2025-01-31",
         "3.1 Udarbejde notat om ledningsbrud i 2024 til bestyrelsen administrationen 31.01.2025",
         "Udarbejde notat om ledningsbrud i 2024 til bestyrelsen"),
        ("4.2", "MEB", "offentliggøre", "2024-12-31",
         "4.2 Offentliggøre takstblad 2025 på hjemmesiden MEB 31.12.2024",
         "Offentliggøre takstblad 2025 på hjemmesiden"),
        ("5", "LC", "anmelde", "2025-01-15",
         "5 Anmelde ny næstformand til Erhvervsstyrelsen LC 15.01.2025",
         "Anmelde ny næstformand til Erhvervsstyrelsen"),
    ]
    return {
        "meetings": [{"body": "Bestyrelsen", "date": d0, "start_time": "15:00", "end_time": "18:00",
                      "location": "Mødelokale Kegnæs, Alssund Forsyning A/S, Vestermarksvej 14, Sønderborg"}],
        "attendance": att,
        "agenda_items": [{"item_no": i, "title": t, "case_no": c} for i, t, c in items],
        "decisions": [{"item_no": i, "outcome": o} for i, o in dec],
        "positions": [{"item_no": i, "actor": a, "position": p, "date": d} for i, a, p, d in pos],
    }, actions


# --------------------------------------------------------------------------------------------
# 6. Ældrerådet, Guldborgsund Kommune, 15. januar and 12. februar 2025 (DOCX, two meetings)
# --------------------------------------------------------------------------------------------

GUL_M1_TABLE = [
    ("Kirsten Margrethe Bøgvad", "Formand", "Deltog"),
    ("Arne Rasmus Holst-Pedersen", "Næstformand", "Deltog"),
    ("Gitte Overgaard", "Medlem", "Deltog"),
    ("Bent Kjeldsen", "Medlem", "Deltog"),
    ("Inge-Lise Mortensen", "Medlem", "Deltog"),
    ("Knud Erik Frimodt", "Medlem", "Deltog"),
    ("Hanne Sørup Bryde", "Medlem", "Deltog"),
    ("Ejner Bang", "Medlem", "Deltog"),
    ("Lis Kornbech-Sørensen", "Medlem", "Afbud"),
    ("Marianne Toft Elbæk", "Referent", "Deltog"),
]

GUL_M1_ITEMS = [
    ("1. Godkendelse af dagsorden", "", [("Beslutning", "Godkendt.")]),
    ("2. Godkendelse af referat fra mødet den 4. december 2024", "", [("Beslutning", "Godkendt.")]),
    ("3. Meddelelser fra formanden", "", [
        ("Sagsfremstilling", "Formanden orienterede om Danske Ældreråds temadag den 27. februar 2025 i "
         "Nyborg, om den politiske aftale om budget 2025 og om mødet med borgmesteren den 9. januar 2025, "
         "hvor rådets ønsker til en ny ældrepolitik blev drøftet. Desuden har rådet modtaget en "
         "invitation til indvielsen af de nye træningslokaler på Plejecenter Bøgely onsdag den 5. februar "
         "2025."),
        ("Beslutning", "Taget til efterretning."),
    ]),
    ("4. Høring: Kvalitetsstandard for praktisk hjælp 2025", "25/1187", [
        ("Sagsfremstilling", "Social- og Seniorudvalget har sendt forslag til revideret kvalitetsstandard "
         "for praktisk hjælp i høring med frist den 24. januar 2025. Forslaget indebærer blandt andet, at "
         "rengøring fremover ydes hver tredje uge i stedet for hver anden uge. Visitationsleder Charlotte "
         "Ravn-Eriksen gennemgik forslaget og besvarede spørgsmål."),
        ("Beslutning", "Bent Kjeldsen stillede ændringsforslag om, at høringssvaret skal kræve, at rengøring "
         "fortsat ydes hver anden uge."),
        ("", "For ændringsforslaget stemte: Bent Kjeldsen, Ejner Bang og Gitte Overgaard."),
        ("", "Imod stemte: Kirsten Margrethe Bøgvad, Arne Rasmus Holst-Pedersen, Inge-Lise Mortensen, Knud "
         "Erik Frimodt og Hanne Sørup Bryde."),
        ("", "Ændringsforslaget blev dermed forkastet med 5 stemmer mod 3."),
        ("", "Herefter blev formandens udkast til høringssvar sat til afstemning og vedtaget med 7 stemmer "
         "mod 1. Bent Kjeldsen stemte imod."),
        ("", "Sekretæren fremsender høringssvaret til Social- og Seniorudvalget inden fristen den 24. januar "
         "2025."),
    ]),
    ("5. Budget 2026 – Ældrerådets ønsker", "25/1203", [
        ("Sagsfremstilling", "Rådet drøftede sine ønsker til budget 2026 på baggrund af de tilbagemeldinger, "
         "der er kommet fra ældreklubberne og dialogmøderne i efteråret."),
        ("Beslutning", "Ældrerådet godkendte prioriteringen af budgetønskerne: flere demenspladser på "
         "plejecentrene, en styrket aktivitetsindsats på ældrecentrene og bedre transport til "
         "genoptræning. Ønskerne indgår i rådets høringssvar til budget 2026 i august."),
    ]),
    ("6. Eventuelt", "", [
        ("", "Ejner Bang fortalte, at der har været problemer med kørsel til genoptræning i Stubbekøbing. "
         "Gitte Overgaard spurgte, om rådets møder kan streames. Hanne Sørup Bryde nævnte, at hun deltager "
         "i et borgermøde om ældreboliger i Nørre Alslev i næste uge."),
    ]),
]

GUL_M2_ITEMS = [
    ("1. Godkendelse af dagsorden", "", [("Beslutning", "Godkendt.")]),
    ("2. Godkendelse af referat fra mødet den 15. januar 2025", "", [
        ("Beslutning", "Godkendt. Referatet blev udsendt til medlemmerne den 17. januar 2025.")]),
    ("3. Dialog med formanden for Social- og Seniorudvalget", "", [
        ("Sagsfremstilling", "Jesper Friborg (V) orienterede om udvalgets arbejde med den nye ældrelov og om "
         "planerne for et nyt plejecenter i Nykøbing F. Rådet spurgte bl.a. til ventetiden på "
         "plejeboliger og til rekruttering af social- og sundhedsassistenter. Jesper Friborg oplyste, at "
         "ventetiden i gennemsnit er 41 dage, og at udvalget i foråret behandler en ny "
         "rekrutteringsstrategi. Formanden opfordrede til, at Ældrerådet inddrages tidligt i arbejdet med "
         "ældrepolitikken."),
        ("Beslutning", "Taget til efterretning."),
    ]),
    ("4. Valg af repræsentant til Demenskoordinationsgruppen", "25/1342", [
        ("Sagsfremstilling", "Der var to kandidater: Gitte Overgaard og Ejner Bang. Ved skriftlig "
         "afstemning fik Gitte Overgaard 5 stemmer og Ejner Bang 3 stemmer."),
        ("Beslutning", "Valgt blev Gitte Overgaard. Ejner Bang blev valgt som suppleant."),
    ]),
    ("5. Ansøgning om tilskud fra Ældrerådets aktivitetspulje", "25/1360", [
        ("Sagsfremstilling", "Ældre Sagen Sakskøbing søger om 8.000 kr. til en række foredrag om digital "
         "selvbetjening. Puljen har 42.500 kr. tilbage i 2025."),
        ("Beslutning", "Knud Erik Frimodt deltog ikke i behandlingen af punkt 5 på grund af inhabilitet, "
         "da han er formand for Ældre Sagen Sakskøbing."),
        ("", "Ansøgningen blev imødekommet med 6.000 kr. Vedtaget med 6 stemmer mod 1. Lis "
         "Kornbech-Sørensen stemte imod med henvisning til, at puljen bør prioritere nye initiativer."),
    ]),
    ("6. Fælles høringssvar med Handicaprådet om busbetjening", "", [
        ("Beslutning", "Sagen udsættes til mødet den 12. marts 2025, da Handicaprådet først behandler sagen "
         "den 5. marts 2025."),
    ]),
    ("7. Eventuelt", "", [
        ("", "Inge-Lise Mortensen gjorde opmærksom på, at der mangler bænke ved busstoppestedet ved "
         "Sakskøbing Station. Arne Rasmus Holst-Pedersen foreslog, at rådet næste gang holder møde på et "
         "plejecenter. Formanden takkede Sakskøbing Bibliotek for lån af lokalet."),
    ]),
]


def build_guldborgsund(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Guldborgsund Kommune")
    doc.add_heading("Ældrerådet", 0)
    doc.add_paragraph("Referater fra møderne i januar og februar 2025")
    doc.add_paragraph("Udskrevet: 18. februar 2025")

    def items(lst):
        for title, case, parts in lst:
            doc.add_heading(title, 2)
            if case:
                doc.add_paragraph(f"Sagsnr.: {case}")
            for label, text in parts:
                if label:
                    p = doc.add_paragraph()
                    p.add_run(label).bold = True
                doc.add_paragraph(text)

    doc.add_heading("Ældrerådet – ordinært møde onsdag den 15. januar 2025", 1)
    doc.add_paragraph("Tid: Kl. 9.30-12.00")
    doc.add_paragraph("Sted: Mødelokale 1, Rådhuset, Parkvej 37, Nykøbing F.")
    doc.add_paragraph("Fremmøde")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Navn", "Funktion", "Fremmøde"], strict=False):
        c.text = h
    for row in GUL_M1_TABLE:
        cells = t.add_row().cells
        for c, v in zip(cells, row, strict=False):
            c.text = v
    doc.add_paragraph("Under punkt 4 deltog visitationsleder Charlotte Ravn-Eriksen, Center for Sundhed og Pleje.")
    items(GUL_M1_ITEMS)
    doc.add_paragraph("Næste møde: Onsdag den 12. februar 2025 kl. 9.30 på Sakskøbing Bibliotek.")
    doc.add_paragraph("Referatet er godkendt af formanden den 17. januar 2025.")

    doc.add_page_break()
    doc.add_heading("Ældrerådet – ordinært møde onsdag den 12. februar 2025", 1)
    doc.add_paragraph("Tid: 09.30-12.15")
    doc.add_paragraph("Sted: Mødelokalet, Sakskøbing Bibliotek")
    doc.add_paragraph("Deltagere:")
    doc.add_paragraph("Kirsten Margrethe Bøgvad, formand")
    doc.add_paragraph("Arne Rasmus Holst-Pedersen, næstformand")
    doc.add_paragraph("Gitte Overgaard, Bent Kjeldsen, Inge-Lise Mortensen, Knud Erik Frimodt, Ejner Bang og "
                      "Lis Kornbech-Sørensen")
    doc.add_paragraph("Afbud: Hanne Sørup Bryde")
    doc.add_paragraph("Desuden deltog: Jesper Friborg (V), formand for Social- og Seniorudvalget (under punkt 3)")
    doc.add_paragraph("Referent: Marianne Toft Elbæk")
    items(GUL_M2_ITEMS)
    doc.add_paragraph("Næste møde: Onsdag den 12. marts 2025 kl. 9.30 i Mødelokale 1, Rådhuset, Nykøbing F.")
    doc.add_paragraph("Referatet fra mødet den 12. februar 2025 godkendes på mødet den 12. marts 2025.")
    doc.save(str(path))


GUL_PERSONS = [r[0] for r in GUL_M1_TABLE] + ["Charlotte Ravn-Eriksen", "Jesper Friborg"]
GUL_BLOCK: list[str] = []


def guldborgsund_tables():
    d1, d2 = "2025-01-15", "2025-02-12"
    att = [{"person": n, "role": f.lower(), "status": "present" if s == "Deltog" else "absent", "note": ""}
           for n, f, s in GUL_M1_TABLE]
    att.append({"person": "Charlotte Ravn-Eriksen", "role": "visitationsleder", "status": "present", "note": ""})
    P = lambda n, r="", s="present", note="": {"person": n, "role": r, "status": s, "note": note}  # noqa: E731
    att += [P("Kirsten Margrethe Bøgvad", "formand"), P("Arne Rasmus Holst-Pedersen", "næstformand"),
            P("Gitte Overgaard"), P("Bent Kjeldsen"), P("Inge-Lise Mortensen"), P("Knud Erik Frimodt"),
            P("Ejner Bang"), P("Lis Kornbech-Sørensen"), P("Hanne Sørup Bryde", s="absent"),
            P("Jesper Friborg", "formand", note="under punkt 3"), P("Marianne Toft Elbæk", "referent")]
    items = []
    for lst in (GUL_M1_ITEMS, GUL_M2_ITEMS):
        for title, case, _p in lst:
            no, t = title.split(". ", 1)
            items.append({"item_no": no, "title": t, "case_no": case})
    dec = [("1", "approved"), ("2", "approved"), ("3", "noted"), ("4", "approved"), ("5", "approved"),
           ("1", "approved"), ("2", "approved"), ("3", "noted"), ("4", "elected"), ("5", "approved"),
           ("6", "postponed")]
    pos = [("4", n, "for", d1) for n in ["Bent Kjeldsen", "Ejner Bang", "Gitte Overgaard"]]
    pos += [("4", n, "against", d1) for n in ["Kirsten Margrethe Bøgvad", "Arne Rasmus Holst-Pedersen",
                                              "Inge-Lise Mortensen", "Knud Erik Frimodt", "Hanne Sørup Bryde"]]
    pos += [("4", "Bent Kjeldsen", "against", d1)]
    pos += [("5", "Knud Erik Frimodt", "absent", d2), ("5", "Lis Kornbech-Sørensen", "against", d2)]
    actions = [
        ("4", "sekretæren", "fremsende", "2025-01-24",
         "Sekretæren fremsender høringssvaret til Social- og Seniorudvalget inden fristen den 24. januar 2025.",
         "fremsender høringssvaret til Social- og Seniorudvalget inden fristen den 24. januar 2025"),
    ]
    return {
        "meetings": [
            {"body": "Ældrerådet", "date": d1, "start_time": "09:30", "end_time": "12:00",
             "location": "Mødelokale 1, Rådhuset, Parkvej 37, Nykøbing F."},
            {"body": "Ældrerådet", "date": d2, "start_time": "09:30", "end_time": "12:15",
             "location": "Mødelokalet, Sakskøbing Bibliotek"},
        ],
        "attendance": att, "agenda_items": items,
        "decisions": [{"item_no": i, "outcome": o} for i, o in dec],
        "positions": [{"item_no": i, "actor": a, "position": p, "date": d} for i, a, p, d in pos],
    }, actions


# --------------------------------------------------------------------------------------------
# Span finding: PERSON (declared names), MUNICIPALITY (the 98 names), DATE (Danish date forms)
# --------------------------------------------------------------------------------------------

MONTHS = {m: i for i, m in enumerate(
    "januar februar marts april maj juni juli august september oktober november december".split(), 1)}
EN_MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
WD = r"(?:[Mm]andag|[Tt]irsdag|[Oo]nsdag|[Tt]orsdag|[Ff]redag|[Ll]ørdag|[Ss]øndag)"
DATE_RES = [
    ("long", re.compile(rf"(?<![\w.])(?:{WD},?\s+)?(?:(?:[Dd]en|d\.)\s+)?(\d{{1,2}})\.\s+("
                        + "|".join(MONTHS) + r")(?:\s+(\d{4}))?(?!\w)")),
    ("num", re.compile(rf"(?<![\w.])(?:{WD},?\s+)?(?:(?:[Dd]en|d\.)\s+)?(\d{{1,2}})([-.])(\d{{1,2}})\2(\d{{4}})(?![\d])")),
    ("en", re.compile(r"(?<!\w)(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+(\d{1,2})\s+("
                      + "|".join(EN_MONTHS) + r")\s+(\d{4})(?!\d)")),
]


def find_dates(text: str, year: int):
    out = []
    for kind, rx in DATE_RES:
        for m in rx.finditer(text):
            if kind == "long":
                d, mon, y = int(m.group(1)), MONTHS[m.group(2)], m.group(3)
                y = int(y) if y else year
            elif kind == "num":
                d, mon, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            else:
                d, mon, y = int(m.group(1)), EN_MONTHS[m.group(2)], int(m.group(3))
            out.append((m.start(), m.end(), "DATE", f"{y:04d}-{mon:02d}-{d:02d}"))
    return out


def municipality_forms():
    forms = {}
    with SHARED_REF.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name, code = row["kommune"], row["kommunekode4"]
            for suffix in ("", " Kommune", " Kommunes", " kommune", " kommunes", " Kommuner"):
                forms[name + suffix] = code
            if not name.endswith("s"):
                forms[name + "s"] = code
    return forms


def flex(s: str) -> str:
    return r"\s+".join(re.escape(w) for w in s.split())


def find_names(text: str, names, label, norms=None, claimed=None):
    out = []
    claimed = claimed if claimed is not None else []
    for name in sorted(names, key=len, reverse=True):
        gen = "s" if label == "PERSON" and not name.endswith("s") and not name.isupper() else ""
        rx = re.compile(rf"(?<![\w-]){flex(name)}{'(?:' + gen + ')?' if gen else ''}(?![\w-])")
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in claimed):
                continue
            claimed.append((m.start(), m.end()))
            out.append((m.start(), m.end(), label, norms[name] if norms else None))
    return out


def spans_for(text, persons, block, year):
    claimed = []
    for b in block:
        for m in re.finditer(flex(b), text):
            claimed.append((m.start(), m.end()))
    spans = find_dates(text, year)
    claimed += [(s, e) for s, e, _l, _n in spans]
    spans += find_names(text, persons, "PERSON", claimed=claimed)
    spans += find_names(text, list(municipality_forms()), "MUNICIPALITY", municipality_forms(), claimed=claimed)
    spans.sort()
    for a, b in zip(spans, spans[1:], strict=False):
        assert a[1] <= b[0], ("overlap", a, b, text[a[0]:b[1]])
    res = []
    for s, e, label, norm in spans:
        d = {"start": s, "end": e, "label": label}
        if norm:
            d["norm"] = norm
        res.append(d)
    return res


def action_rows(text, actions):
    """Rows of tables.actions: the sentence (or table row) and the verb phrase located in the text."""
    rows = []
    for item, actor, verb, deadline, sentence, phrase in actions:
        ms = list(re.finditer(flex(sentence), text))
        assert len(ms) == 1, ("sentence not found once", sentence, len(ms))
        m = ms[0]
        pm = re.search(flex(phrase), text[m.start():m.end()])
        assert pm, ("phrase not in sentence", phrase)
        rows.append({"item_no": item, "actor": actor, "verb": verb, "deadline": deadline,
                     "start_char": m.start(), "end_char": m.end(),
                     "action_start": m.start() + pm.start(), "action_end": m.start() + pm.end()})
    return rows


DOCS = [
    ("d1_kommunalbestyrelsen_naestved_2024-11-26.pdf", build_naestved, naestved_tables, NAE_PERSONS, NAE_BLOCK, 2024),
    ("d1_boerne_og_skoleudvalget_herning_2025-02-04.docx", build_herning, herning_tables, HER_PERSONS, HER_BLOCK, 2025),
    ("d1_landdistriktsraadet_skive_2025-01-22.html", build_skive, skive_tables, SKI_PERSONS, SKI_BLOCK, 2025),
    ("d1_skolebestyrelsen_ikast-brande_2025-03-11.eml", build_ikast, ikast_tables, IKB_PERSONS, IKB_BLOCK, 2025),
    ("d1_bestyrelsen_alssund_forsyning_soenderborg_2024-12-12.txt", build_sonderborg, sonderborg_tables,
     SDB_PERSONS, SDB_BLOCK, 2024),
    ("d1_aeldreraadet_guldborgsund_2025-01-15.docx", build_guldborgsund, guldborgsund_tables, GUL_PERSONS,
     GUL_BLOCK, 2025),
]


def main() -> None:
    records = []
    for fname, build, tables, persons, block, year in DOCS:
        path = HERE / fname
        build(path)
        text = read_file(path).text
        tabs, actions = tables()
        tabs["actions"] = action_rows(text, actions)
        rec = {
            "format": "extract-gold/1",
            "id": path.stem,
            "path": f"../unseen/{fname}",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "span_labels": ["PERSON", "DATE", "MUNICIPALITY"],
            "spans": spans_for(text, persons, block, year),
            "tables": {k: tabs[k] for k in ("meetings", "attendance", "agenda_items", "decisions",
                                             "positions", "actions")},
        }
        records.append(rec)
    with GOLD.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} documents and {GOLD}")


if __name__ == "__main__":
    main()
