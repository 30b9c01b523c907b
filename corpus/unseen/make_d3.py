"""Build the development set part 3 (six fictional Danish minutes) and its gold.

Run from the repository root with the project's Python:

    .venv/bin/python corpus/unseen/make_d3.py [--review]

Writes the six documents into ``corpus/unseen/`` (d3_*.pdf/.docx/.html/.eml) and their gold into
``corpus/gold/unseen_d3.jsonl``. The point of this part is attendance and meeting headers in
layouts that differ from each other and from parts 1 and 2: a full council as a PDF table with
"Til stede"/"Fraværende" cross columns, members in three PDF columns, a DOCX table with an
"Udpeget af" column, an inline "Deltagere: ... (A), ..." paragraph with substitutes, an HTML
<dl> of roles, and an e-mail with pupils named by first name. The text every offset refers to
is what ``extract.readers.read_file`` yields for the file. People are fictional; municipalities,
titles and bodies are real. Spans (PERSON, DATE, MUNICIPALITY) are found from per-document lists
of the names, dates and municipality mentions the document contains; table rows are written by
hand below each document. The shared folder as for the project (``EXTRACT_SHARED_DIR``, else
``../shared``); the DejaVu fonts from ``EXTRACT_FONT_DIR``, else the Debian location.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import io
import json
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD = HERE.parent / "gold" / "unseen_d3.jsonl"
sys.path.insert(0, str(ROOT))

from extract.paths import shared_dir  # noqa: E402
from extract.readers import read_file  # noqa: E402

FONT_DIR = Path(os.environ.get("EXTRACT_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
FONT = str(FONT_DIR / "DejaVuSans.ttf")
FONT_B = str(FONT_DIR / "DejaVuSans-Bold.ttf")
FONT_I = str(FONT_DIR / "DejaVuSans-Oblique.ttf")


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------

class MinutesPDF(FPDF):
    """A4 minutes with a running letterhead and a footer on every page."""

    def __init__(self, head_left: str, head_right: str, foot: str, created: dt.datetime):
        super().__init__(format="A4")
        self.head_left, self.head_right, self.foot = head_left, head_right, foot
        self.add_font("dv", "", FONT)
        self.add_font("dv", "B", FONT_B)
        self.add_font("dv", "I", FONT_I)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 18, 20)
        self.set_creation_date(created)
        self.alias_nb_pages()

    def header(self):
        self.set_font("dv", "B", 9)
        self.set_text_color(60, 60, 60)
        self.set_xy(20, 8)
        self.cell(85, 5, self.head_left, align="L")
        self.set_font("dv", "", 8)
        self.cell(0, 5, self.head_right, align="R")
        self.line(20, 14, 190, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.foot}   Side {self.page_no()} af {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def doc_title(self, text: str, size: int = 16):
        self.set_font("dv", "B", size)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def h2(self, text: str):
        if self.get_y() > 245:
            self.add_page()
        self.ln(3)
        self.set_font("dv", "B", 12)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def h3(self, text: str):
        self.set_font("dv", "B", 10)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    def p(self, text: str, style: str = "", gap: float = 2, size: float = 10):
        self.set_font("dv", style, size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def kv(self, rows, key_w: float = 30):
        for k, v in rows:
            self.set_font("dv", "B", 10)
            self.cell(key_w, 5, k)
            self.set_font("dv", "", 10)
            self.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def columns(self, blocks, width: float, gap: float = 4):
        """Blocks of lines side by side (a list of lists of lines)."""
        y0 = self.get_y()
        ys = []
        for i, block in enumerate(blocks):
            x = 20 + i * (width + gap)
            self.set_xy(x, y0)
            for line in block:
                self.set_font("dv", "", 8.5)
                assert self.get_string_width(line) < width - 1, line
                self.set_x(x)
                self.multi_cell(width, 4.6, line, new_x="LEFT", new_y="NEXT")
            ys.append(self.get_y())
        self.set_xy(20, max(ys) + 3)

    def table(self, rows, widths, align=None):
        self.ln(1)
        for i, row in enumerate(rows):
            if self.get_y() > 265:
                self.add_page()
            self.set_font("dv", "B" if i == 0 else "", 8.5)
            for j, (text, w) in enumerate(zip(row, widths, strict=True)):
                assert self.get_string_width(text) < w - 2, text
                self.cell(w, 5.2, text, border=1, align=(align[j] if align and i else "L"))
            self.ln(5.2)
        self.ln(3)


def fixed_zip(path: Path, when=(2025, 1, 1, 0, 0, 0)):
    """Rewrite a .docx with fixed entry dates so that a rebuild writes the same bytes."""
    src = io.BytesIO(path.read_bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def _check_weekday(s: str, norm: str):
    days = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    eng = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    low = s.lower()
    wd = dt.date.fromisoformat(norm).weekday()
    for i, d in enumerate(days):
        if low.startswith(d):
            assert i == wd, (s, norm)
    for i, d in enumerate(eng):
        if low.startswith(d + ","):
            assert i == wd, (s, norm)


def att(rows):
    return [{"person": n, "role": r, "status": s, "note": note} for n, r, s, note in rows]


def pos(item, actors, position, date):
    return [{"item_no": item, "actor": a, "position": position, "date": date} for a in actors]


def dec(pairs):
    return [{"item_no": i, "outcome": o} for i, o in pairs]


# ---------------------------------------------------------------------------------------------
# 1. Kommunalbestyrelsen, Faxe Kommune: PDF, full council as a table with cross columns
# ---------------------------------------------------------------------------------------------

FAX_D = "2025-04-24"
# name cell, party column, present (True/False)
FAX_TABLE = [
    ("Grethe Munk Saabye, borgmester", "Socialdemokratiet", True),
    ("Lars Thorvald Brink", "Socialdemokratiet", True),
    ("Pia Kærgaard Nielsen", "Socialdemokratiet", True),
    ("Jannik Bo Lorentzen", "Socialdemokratiet", True),
    ("Susanne Ebbesen", "Socialdemokratiet", True),
    ("Morten Aagaard-Skov", "Socialdemokratiet", True),
    ("Hanne Lise Vilsbøll", "Socialdemokratiet", True),
    ("Rasmus Friis Kjeldgaard", "Socialdemokratiet", True),
    ("Peter Hvidkjær, 1. viceborgmester", "Venstre", True),
    ("Helle Rask Jeppesen", "Venstre", False),
    ("Mikkel Bach Sørensen, stedfortræder", "Venstre", True),
    ("Søren Kaj Frederiksen", "Venstre", True),
    ("Anette Bonde Larsen", "Venstre", True),
    ("Niels Ulrik Hammer", "Venstre", True),
    ("Jette Strøbæk", "Venstre", True),
    ("Karsten Wulff Nørregaard, 2. viceborgmester", "Konservative", True),
    ("Birthe Holm-Klausen", "Konservative", True),
    ("Claus Meldgaard", "Konservative", True),
    ("Marianne Juul Dyhr", "Konservative", True),
    ("Thomas Grum", "SF", False),
    ("Nina Aaby Thorsen, stedfortræder", "SF", True),
    ("Line Sejer Bruhn", "SF", True),
    ("Kasper Holt Winther", "Enhedslisten", True),
    ("Sanne Qvist", "Enhedslisten", True),
    ("Bent Rosenkilde", "Dansk Folkeparti", True),
    ("Jørgen Ib Stengaard", "Danmarksdemokraterne", True),
    ("Camilla Fog", "Liberal Alliance", True),
]
FAX_STAFF = [
    ("Jesper Marstrand Holm", "kommunaldirektør", "present", ""),
    ("Dorte Vibeke Ladegaard", "økonomichef", "present", ""),
    ("Kristian Lindved", "kommunikationskonsulent", "present", "referent"),
]
FAX_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Årsregnskab 2024 og overførsel af uforbrugte anlægsmidler", "00.30.10-S00-1-25"),
    ("3", "Anlægsbevilling til udvidelse af Rønnede Skole", "17.02.01-G01-3-25"),
    ("4", "Forslag til Lokalplan 512 – boliger ved Præstøvej i Dalby, udsendelse i høring",
     "01.02.05-P16-2-25"),
    ("5", "Beslutningsforslag fra Enhedslisten om gratis svømning for folkepensionister",
     "18.15.00-A00-1-25"),
    ("6", "Udpegning af nyt medlem til Folkeoplysningsudvalget", "00.22.04-A00-2-25"),
    ("7", "Orientering om indsamling af tekstilaffald", "07.00.00-G01-4-25"),
    ("8", "Lukket punkt: Salg af erhvervsgrund i Faxe Ladeplads", "82.11.00-G10-1-25"),
]
KB_FAX = "Beslutning i Kommunalbestyrelsen den 24-04-2025"
FAX_BODY = {
    "1": [("b", KB_FAX), ("p", "Godkendt.")],
    "2": [
        ("b", "Resume"),
        ("p", "Årsregnskabet for 2024 viser et overskud på det skattefinansierede område på 41,3 mio. kr. "
              "Serviceudgifterne blev 12,8 mio. kr. lavere end det korrigerede budget, primært på grund "
              "af mindreforbrug på dagtilbudsområdet og forsinkede vedligeholdelsesopgaver. Af de "
              "budgetterede anlægsmidler er 38,6 mio. kr. ikke forbrugt, og det foreslås, at beløbet "
              "overføres til 2025. Kassebeholdningen udgjorde ultimo 2024 i gennemsnit 212 mio. kr."),
        ("b", "Indstilling"),
        ("p", "Direktionen indstiller, at årsregnskabet for 2024 godkendes og oversendes til revisionen, "
              "og at der gives tillægsbevilling til overførsel af uforbrugte anlægsmidler på 38,6 mio. kr. "
              "til 2025."),
        ("b", "Beslutning i Økonomiudvalget den 08-04-2025"),
        ("p", "Anbefales."),
        ("b", KB_FAX),
        ("p", "For stemte: A, V, C, O, D og I (21)\nImod stemte: F og Ø (4)\nIndstillingen blev godkendt."),
    ],
    "3": [
        ("b", "Resume"),
        ("p", "Elevtallet på Rønnede Skole er steget med 96 elever siden 2021, og skolen mangler fire "
              "klasselokaler og et nyt faglokale til natur/teknologi. Der er afsat 24,5 mio. kr. i "
              "investeringsoversigten for 2025-2026."),
        ("b", "Indstilling"),
        ("p", "Direktøren for Børn og Læring indstiller, at\n"
              "1. der gives en anlægsbevilling på 24,5 mio. kr. til udvidelse af Rønnede Skole, og "
              "rådighedsbeløbet frigives,\n"
              "2. Center for Ejendomme udarbejder en tids- og udbudsplan, som forelægges Børne- og "
              "Familieudvalget senest den 1. september 2025."),
        ("b", "Beslutning i Økonomiudvalget den 08-04-2025"),
        ("p", "Anbefales."),
        ("b", KB_FAX),
        ("p", "Indstillingen blev godkendt."),
    ],
    "4": [
        ("b", "Resume"),
        ("p", "Lokalplanforslaget giver mulighed for op til 46 rækkehuse og dobbelthuse i 1-2 etager på "
              "et tidligere landbrugsareal nord for Præstøvej i Dalby. Vejadgangen sker fra Præstøvej, og "
              "der udlægges et grønt fælles opholdsareal mod vest. Forslaget foreslås sendt i offentlig "
              "høring i otte uger."),
        ("b", "Beslutning i Teknik- og Miljøudvalget den 31-03-2025"),
        ("p", "Anbefales. Sanne Qvist (Ø) kunne ikke anbefale forslaget, da hun ønsker en andel almene "
              "boliger i området."),
        ("b", KB_FAX),
        ("p", "Godkendt med følgende afstemning:\nFor: A, V, C, D og I (20)\nImod: Ø (2)\n"
              "Undlod at stemme: F og O (3)"),
    ],
    "5": [
        ("b", "Resume"),
        ("p", "Kasper Holt Winther (Ø) har den 7. april 2025 fremsendt et beslutningsforslag om, at "
              "folkepensionister bosat i Faxe Kommune får gratis adgang til svømmehallerne i Haslev og "
              "Faxe fra den 1. august 2025. Administrationen har beregnet det årlige indtægtstab til "
              "ca. 0,9 mio. kr."),
        ("b", KB_FAX),
        ("p", "Forslaget blev ikke godkendt, idet 4 stemte for (F og Ø), og 21 stemte imod (A, V, C, O, "
              "D og I)."),
    ],
    "6": [
        ("b", "Resume"),
        ("p", "Susanne Ebbesen (A) har ønsket at udtræde af Folkeoplysningsudvalget af personlige "
              "grunde. Socialdemokratiet har udpegningsretten og indstiller Rasmus Friis Kjeldgaard (A)."),
        ("b", KB_FAX),
        ("p", "Rasmus Friis Kjeldgaard (A) blev udpeget som medlem af Folkeoplysningsudvalget for resten "
              "af valgperioden."),
    ],
    "7": [
        ("b", "Resume"),
        ("p", "Fra den 1. januar 2025 skal kommunerne indsamle tekstilaffald separat. Faxe Kommune har "
              "opstillet containere på genbrugspladserne og ved 14 indkøbscentre. I første kvartal er "
              "der indsamlet 61 tons tekstiler, hvoraf ca. 40 pct. kunne genbruges."),
        ("b", KB_FAX),
        ("p", "Orienteringen blev taget til efterretning. Administrationen bedes forelægge en evaluering "
              "af ordningen for Teknik- og Miljøudvalget inden udgangen af 2025."),
    ],
    "8": [("b", KB_FAX), ("p", "Godkendt.")],
}


def build_faxe(path: Path):
    pdf = MinutesPDF("Faxe Kommune", "Beslutningsprotokol", "Udskrevet 26.05.2025",
                     dt.datetime(2025, 5, 26, 8, 0, tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.doc_title("Kommunalbestyrelsen", 18)
    pdf.p("Referat af ordinært møde", "B", 3, 12)
    pdf.kv([("Dato:", "Torsdag den 24. april 2025"),
            ("Tid:", "kl. 18.00 - 21.10"),
            ("Sted:", "Kommunalbestyrelsessalen, Rådhuset, Frederiksgade 9, Haslev"),
            ("Godkendt:", "Referatet er godkendt på Kommunalbestyrelsens møde den 22. maj 2025")])
    pdf.h3("Fremmøde")
    rows = [("Navn", "Parti", "Til stede", "Fraværende")]
    rows += [(n, p, "X" if here else "", "" if here else "X") for n, p, here in FAX_TABLE]
    pdf.table(rows, (74, 50, 22, 24), align=("L", "L", "C", "C"))
    pdf.p("Stedfortrædere: Mikkel Bach Sørensen (V) deltog i stedet for Helle Rask Jeppesen (V), og "
          "Nina Aaby Thorsen (F) deltog i stedet for Thomas Grum (F).")
    pdf.p("Lars Thorvald Brink (A) forlod mødet kl. 20.15 under punkt 6.")
    pdf.p("Desuden deltog: kommunaldirektør Jesper Marstrand Holm, økonomichef Dorte Vibeke "
          "Ladegaard og kommunikationskonsulent Kristian Lindved (referent).", gap=3)
    pdf.add_page()
    for no, title, case in FAX_ITEMS:
        pdf.h2(f"{no}. {title}")
        if case:
            pdf.p(f"Sagsnr.: {case}", size=9, gap=1)
        for kind, text in FAX_BODY[no]:
            if kind == "b":
                pdf.h3(text)
            else:
                pdf.p(text)
    pdf.h2("Næste møde")
    pdf.p("Næste ordinære møde i Kommunalbestyrelsen afholdes torsdag den 22. maj 2025 kl. 18.00.")
    pdf.p("Mødet blev hævet kl. 21.10.", gap=10)
    pdf.p("Grethe Munk Saabye, borgmester          Jesper Marstrand Holm, kommunaldirektør")
    pdf.output(str(path))


def ann_faxe():
    members = []
    for cell, party, here in FAX_TABLE:
        name, _, title = cell.partition(", ")
        role = {"1. viceborgmester": "viceborgmester",
                "2. viceborgmester": "viceborgmester"}.get(title, title)
        members.append((name, role, "present" if here else "absent", party))
    persons = [m[0] for m in members] + [s[0] for s in FAX_STAFF]
    dates = {
        "24. april 2025": FAX_D,
        "22. maj 2025": "2025-05-22", "24-04-2025": FAX_D, "08-04-2025": "2025-04-08",
        "1. september 2025": "2025-09-01", "31-03-2025": "2025-03-31", "7. april 2025": "2025-04-07",
        "1. august 2025": "2025-08-01", "1. januar 2025": "2025-01-01",
    }
    munis = {"Faxe Kommune": "0320", "Faxe": "0320"}
    block = ["Faxe Ladeplads"]
    majority = ["A", "V", "C", "O", "D", "I"]
    positions = (
        pos("2", majority, "for", FAX_D) + pos("2", ["F", "Ø"], "against", FAX_D)
        + pos("4", ["Sanne Qvist"], "against", "2025-03-31")
        + pos("4", ["A", "V", "C", "D", "I"], "for", FAX_D) + pos("4", ["Ø"], "against", FAX_D)
        + pos("4", ["F", "O"], "abstain", FAX_D)
        + pos("5", ["F", "Ø"], "for", FAX_D) + pos("5", majority, "against", FAX_D)
    )
    tables = {
        "meetings": [{"body": "Kommunalbestyrelsen", "date": FAX_D, "start_time": "18:00",
                      "end_time": "21:10",
                      "location": "Kommunalbestyrelsessalen, Rådhuset, Frederiksgade 9, Haslev"}],
        "attendance": att(members + FAX_STAFF),
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in FAX_ITEMS],
        "decisions": dec([("1", "approved"), ("2", "approved"), ("3", "approved"), ("4", "approved"),
                          ("5", "rejected"), ("6", "elected"), ("7", "noted"), ("8", "approved")]),
        "positions": positions,
    }
    actions = [
        ("3", "Center for Ejendomme", "udarbejde", "2025-09-01",
         "2. Center for Ejendomme udarbejder en tids- og udbudsplan, som forelægges Børne- og "
         "Familieudvalget senest den 1. september 2025.",
         "udarbejder en tids- og udbudsplan, som forelægges Børne- og Familieudvalget senest den "
         "1. september 2025"),
        ("7", "administrationen", "forelægge", "2025-12-31",
         "Administrationen bedes forelægge en evaluering af ordningen for Teknik- og Miljøudvalget "
         "inden udgangen af 2025.",
         "forelægge en evaluering af ordningen for Teknik- og Miljøudvalget inden udgangen af 2025"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 2. Ældrerådet, Vordingborg Kommune: PDF, members in three columns, body only in the title
# ---------------------------------------------------------------------------------------------

VOR_D = "2025-06-11"
VOR_COLS = [
    ["Ellen Margrethe Kofoed, formand", "Thorkild Lund Bram, næstformand", "Inger Bach Rosenørn"],
    ["Poul Rømer Hansen", "Birte Ulla Skafte", "Niels-Erik Vad"],
    ["Aase Ingeborg Kirk Madsen", "Kaj Sønderby", "Grete Lindhard Bøje"],
]
VOR_ATT = [
    ("Ellen Margrethe Kofoed", "formand", "present", ""),
    ("Thorkild Lund Bram", "næstformand", "present", ""),
    ("Inger Bach Rosenørn", "", "present", ""),
    ("Poul Rømer Hansen", "", "present", ""),
    ("Birte Ulla Skafte", "", "present", ""),
    ("Niels-Erik Vad", "", "present", ""),
    ("Aase Ingeborg Kirk Madsen", "suppleant", "present", ""),
    ("Kaj Sønderby", "", "present", ""),
    ("Grete Lindhard Bøje", "", "present", ""),
    ("Bjarne Holt", "", "absent", ""),
    ("Lilly Damgaard Friis", "", "absent", ""),
    ("Helle Marie Juncker", "ældrechef", "present", "punkt 4 og 5"),
    ("Jonna Vestergaard", "sekretær", "present", "referent"),
    ("Michael Lykke Dahl", "observatør", "present", "deltog under punkt 4"),
]
VOR_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Godkendelse af referat fra mødet den 14. maj 2025", ""),
    ("3", "Meddelelser fra formanden", ""),
    ("4", "Høring: Kvalitetsstandard for personlig pleje og praktisk hjælp 2026", "27.12.04-P22-1-25"),
    ("5", "Budget 2026 – Ældrerådets ønsker", "00.30.00-A00-6-25"),
    ("6", "Valg til Ældrerådet 2025", "00.22.02-A00-2-25"),
    ("7", "Eventuelt", ""),
]
VOR_BODY = {
    "1": "Godkendt med tilføjelse af et spørgsmål om busbetjeningen på Møn under Eventuelt.",
    "2": "Godkendt.",
    "3": "Formanden orienterede om regionsmødet i Danske Ældreråd den 3. juni 2025, hvor temaet var "
         "demens og pårørende, og om et møde med Social- og Sundhedsudvalget om de nye plejeboliger i "
         "Præstø. Formanden har desuden takket ja til at deltage i åbningen af Aktivitetscenter "
         "Kastrup fredag den 27. juni 2025.",
    "4": "Ældrechef Helle Marie Juncker gennemgik udkastet til kvalitetsstandard. Ændringerne betyder "
         "blandt andet, at rengøring fremover tilbydes hver tredje uge, og at tøjvask samles i faste "
         "ugedage. Flere medlemmer udtrykte bekymring for de borgere, der ikke selv kan klare lettere "
         "rengøring imellem.\n"
         "Formanden fremlagde et udkast til høringssvar, hvor Ældrerådet tager afstand fra ændringen af "
         "rengøringsintervallet. Der blev stemt om udkastet:\n"
         "For: Ellen Margrethe Kofoed, Inger Bach Rosenørn, Poul Rømer Hansen, Birte Ulla Skafte, Kaj "
         "Sønderby og Aase Ingeborg Kirk Madsen\n"
         "Imod: Niels-Erik Vad og Grete Lindhard Bøje\n"
         "Hverken for eller imod: Thorkild Lund Bram\n"
         "Høringssvaret blev godkendt. Sekretæren sender høringssvaret til Social- og "
         "Sundhedsudvalget senest den 20. juni 2025.",
    "5": "Ældrerådet drøftede sine ønsker til budget 2026 og vedtog at prioritere flere "
         "aktivitetsmedarbejdere på plejecentrene, en forsøgsordning med flextur til "
         "aktivitetscentrene og vedligeholdelse af fortove og bænke i byerne. Formanden og Poul Rømer "
         "Hansen udarbejder et samlet notat til budgetseminaret den 28. august 2025.",
    "6": "Valget til Ældrerådet afholdes som brevafstemning med valgdag den 4. november 2025. "
         "Sekretariatet havde ikke nået at færdiggøre materialet til valgbestyrelsen.\n"
         "Sagen blev udsat til mødet den 20. august 2025.",
    "7": "Grete Lindhard Bøje spurgte til den nedlagte busrute mellem Stege og Klintholm Havn. "
         "Formanden tager spørgsmålet med til næste dialogmøde med Movia.",
}


def build_vordingborg(path: Path):
    pdf = MinutesPDF("Vordingborg Kommune", "Social, Sundhed og Ældre",
                     "Referat 11.06.2025", dt.datetime(2025, 6, 16, 8, 0, tzinfo=dt.timezone.utc))
    pdf.add_page()
    pdf.doc_title("Referat af Ældrerådets møde", 16)
    pdf.p("Onsdag den 11. juni 2025 fra kl. 9 til kl. 12", "B", 1, 11)
    pdf.p("Mødested: Mødelokalet, Stege Bibliotek, Støberigade 5, Stege", gap=1)
    pdf.p("Referatet er godkendt af formand og næstformand den 16. juni 2025.", "I", 3)
    pdf.h3("Til stede:")
    pdf.ln(1)
    pdf.columns(VOR_COLS, width=55, gap=2.5)
    pdf.p("1. suppleant Aase Ingeborg Kirk Madsen deltog for Bjarne Holt.", gap=1)
    pdf.p("Afbud: Bjarne Holt og Lilly Damgaard Friis.", gap=1)
    pdf.p("Fra Vordingborg Kommune deltog ældrechef Helle Marie Juncker (punkt 4 og 5) og sekretær for "
          "Ældrerådet Jonna Vestergaard (referent).", gap=1)
    pdf.p("Observatør: Michael Lykke Dahl (A), formand for Social- og Sundhedsudvalget (deltog under "
          "punkt 4).", gap=1)
    pdf.p("Thorkild Lund Bram forlod mødet kl. 11.15 under punkt 6.", gap=3)
    for no, title, case in VOR_ITEMS:
        pdf.h2(f"Ad {no}. {title}")
        if case:
            pdf.p(f"Sag: {case}", size=9, gap=1)
        pdf.p(VOR_BODY[no])
    pdf.ln(2)
    pdf.p("Næste møde: onsdag den 20. august 2025 kl. 9.00 på Vordingborg Rådhus.")
    pdf.output(str(path))


def ann_vordingborg():
    persons = [r[0] for r in VOR_ATT]
    dates = {
        "11.06.2025": VOR_D, "11. juni 2025": VOR_D, "16. juni 2025": "2025-06-16",
        "14. maj 2025": "2025-05-14", "3. juni 2025": "2025-06-03", "27. juni 2025": "2025-06-27",
        "20. juni 2025": "2025-06-20", "28. august 2025": "2025-08-28",
        "4. november 2025": "2025-11-04", "20. august 2025": "2025-08-20",
    }
    munis = {"Vordingborg Kommune": "0390"}
    block = ["Vordingborg Rådhus"]
    positions = (
        pos("4", ["Ellen Margrethe Kofoed", "Inger Bach Rosenørn", "Poul Rømer Hansen",
                  "Birte Ulla Skafte", "Kaj Sønderby", "Aase Ingeborg Kirk Madsen"], "for", VOR_D)
        + pos("4", ["Niels-Erik Vad", "Grete Lindhard Bøje"], "against", VOR_D)
        + pos("4", ["Thorkild Lund Bram"], "abstain", VOR_D)
    )
    tables = {
        "meetings": [{"body": "Ældrerådet", "date": VOR_D, "start_time": "09:00", "end_time": "12:00",
                      "location": "Mødelokalet, Stege Bibliotek, Støberigade 5, Stege"}],
        "attendance": att(VOR_ATT),
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in VOR_ITEMS],
        "decisions": dec([("1", "approved"), ("2", "approved"), ("4", "approved"), ("5", "approved"),
                          ("6", "postponed")]),
        "positions": positions,
    }
    actions = [
        ("4", "sekretæren", "sende", "2025-06-20",
         "Sekretæren sender høringssvaret til Social- og Sundhedsudvalget senest den 20. juni 2025.",
         "sender høringssvaret til Social- og Sundhedsudvalget senest den 20. juni 2025"),
        ("5", "formanden og Poul Rømer Hansen", "udarbejde", "2025-08-28",
         "Formanden og Poul Rømer Hansen udarbejder et samlet notat til budgetseminaret den 28. "
         "august 2025.",
         "udarbejder et samlet notat til budgetseminaret den 28. august 2025"),
        ("7", "formanden", "tage", "",
         "Formanden tager spørgsmålet med til næste dialogmøde med Movia.",
         "tager spørgsmålet med til næste dialogmøde med Movia"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 3. Bestyrelsen, Vestforsyning A/S (Holstebro): DOCX, attendance table with "Udpeget af"
# ---------------------------------------------------------------------------------------------

VES_D = "2025-06-17"
VES_BOARD = [
    ("Navn", "Funktion", "Udpeget af", "Deltog"),
    ("Anders Kirkegaard Fisker", "Formand", "Holstebro Byråd", "Ja"),
    ("Mette Sønderskov", "Næstformand", "Holstebro Byråd", "Ja"),
    ("Jens Otto Kragh Lauritsen", "Bestyrelsesmedlem", "Holstebro Byråd", "Nej – afbud"),
    ("Bodil Aagaard Thomsen", "Bestyrelsesmedlem", "Forbrugerrepræsentant", "Ja"),
    ("Per Ebbe Nørgaard", "Bestyrelsesmedlem", "Holstebro Byråd", "Ja, til kl. 14.40"),
    ("Louise Thing", "Medarbejdervalgt medlem", "Medarbejderne", "Ja"),
    ("Rasmus Kjær Dahlgaard", "Medarbejdervalgt medlem", "Medarbejderne", "Ja"),
]
VES_STAFF = [
    ("Navn", "Stilling", "Bemærkning"),
    ("Kristoffer Hald Vinding", "Administrerende direktør", ""),
    ("Sanne Birk Østergaard", "Økonomidirektør", ""),
    ("Tine Rahbek Kjeldsen", "Statsautoriseret revisor", "Deltog under pkt. 4"),
    ("Jakob Mølbak", "Juridisk konsulent", "Referent"),
]
VES_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Godkendelse af referat fra bestyrelsesmødet den 8. april 2025", ""),
    ("3", "Orientering fra direktionen", ""),
    ("4", "Takster 2026 for vand og spildevand", "25-0412"),
    ("5", "Investeringsplan 2026-2035 for renseanlæg", "25-0388"),
    ("6", "Valg af revisor for regnskabsåret 2026", "25-0415"),
    ("7", "Eventuelt", ""),
]
VES_FOLLOW = [
    ("Pkt.", "Opgave", "Ansvarlig", "Frist"),
    ("4", "Udsende takstblad 2026 til alle kunder", "Kundeservice", "15.12.2025"),
    ("5", "Udarbejde følsomhedsberegninger for investeringsplanen", "SBØ", "16.09.2025"),
]


def build_vestforsyning(path: Path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    d.core_properties.created = dt.datetime(2025, 6, 20, 9, 0)
    d.core_properties.modified = dt.datetime(2025, 6, 20, 9, 0)
    d.core_properties.author = "Vestforsyning A/S"

    def para(text, bold=False, italic=False, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        return p

    def table(rows, widths):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                cell = t.cell(i, j)
                cell.text = text
                cell.width = Cm(widths[j])
                if i == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
        return t

    para("VESTFORSYNING A/S", bold=True, size=14)
    para("Nupark 51 · 7500 Holstebro · CVR 25 64 58 90", size=8)
    d.add_heading("Referat af bestyrelsesmøde nr. 3/2025", level=1)
    para("Mødet blev afholdt tirsdag den 17. juni 2025 kl. 13.00 – 15.30 i bestyrelseslokalet, "
         "Nupark 51, Holstebro.")
    para("Referatet er godkendt og underskrevet på bestyrelsesmødet den 16. september 2025.",
         italic=True)
    d.add_heading("Mødedeltagere", level=2)
    table(VES_BOARD, (4.8, 4.2, 4.2, 3.4))
    para("")
    para("Fra direktion og administration deltog:", bold=True)
    table(VES_STAFF, (4.8, 5.2, 4.4))
    para("")
    body = [
        ("1", ["Godkendt."]),
        ("2", ["Referatet blev godkendt og underskrevet."]),
        ("3", ["Kristoffer Hald Vinding orienterede om driften i årets første fem måneder. Vandspildet "
               "ligger på 5,9 pct. Ledningsrenoveringen i Tvis er afsluttet to uger før tid, mens "
               "separatkloakeringen i Vinderup er forsinket på grund af den våde vinter.",
               "Bestyrelsen tog orienteringen til efterretning."]),
        ("4", ["Direktionen har udarbejdet forslag til takster for 2026. Den faste afgift for vand "
               "foreslås hævet fra 780 til 850 kr. pr. måler, mens m³-prisen for spildevand holdes "
               "uændret. Forhøjelsen skyldes især højere udgifter til energi og til sikring af "
               "kildepladserne. Revisor Tine Rahbek Kjeldsen redegjorde for reglerne om prisloft.",
               "Direktionen indstiller, at bestyrelsen godkender taksterne for 2026, og at direktionen "
               "sender taksterne til godkendelse i Holstebro Byråd.",
               "For stemte: Anders Kirkegaard Fisker, Mette Sønderskov, Bodil Aagaard Thomsen og Per "
               "Ebbe Nørgaard.",
               "Imod stemte: Rasmus Kjær Dahlgaard.",
               "Louise Thing undlod at stemme.",
               "Bestyrelsen godkendte indstillingen."]),
        ("5", ["Per Ebbe Nørgaard forlod mødet kl. 14.40 under behandlingen af punkt 5.",
               "Investeringsplanen omfatter en samlet udbygning af Holstebro Renseanlæg og lukning af "
               "to mindre anlæg. Bestyrelsen ønskede at se konsekvenserne for taksterne ved forskellige "
               "renteniveauer, før planen vedtages.",
               "Punktet blev udsat til bestyrelsesmødet den 16. september 2025."]),
        ("6", ["Den nuværende revisor har revideret selskabet siden 2021. Bestyrelsen anbefaler "
               "generalforsamlingen at genvælge den nuværende revisor.",
               "Sagen oversendes til generalforsamlingen den 25. september 2025."]),
        ("7", ["Intet."]),
    ]
    items = {n: t for n, t, _ in VES_ITEMS}
    cases = {n: c for n, _, c in VES_ITEMS}
    for no, paras in body:
        d.add_heading(f"{no}. {items[no]}", level=2)
        if cases[no]:
            para(f"Sagsnr. {cases[no]}", italic=True)
        for text in paras:
            para(text)
    d.add_heading("Opfølgningsliste", level=2)
    table(VES_FOLLOW, (1.2, 8.0, 3.6, 2.6))
    para("")
    para("Holstebro, den 20. juni 2025")
    para("Anders Kirkegaard Fisker, formand")
    d.save(str(path))
    fixed_zip(path)


def ann_vestforsyning():
    roles = {"Formand": "formand", "Næstformand": "næstformand", "Bestyrelsesmedlem": "bestyrelsesmedlem",
             "Medarbejdervalgt medlem": "medarbejdervalgt medlem"}
    board = [(n, roles[f], "absent" if d.startswith("Nej") else "present", u)
             for n, f, u, d in VES_BOARD[1:]]
    staff = [(n, s.lower(), "present", b) for n, s, b in VES_STAFF[1:]]
    persons = [r[0] for r in board + staff] + ["SBØ"]
    dates = {
        "17. juni 2025": VES_D, "16. september 2025": "2025-09-16", "8. april 2025": "2025-04-08",
        "25. september 2025": "2025-09-25", "15.12.2025": "2025-12-15", "16.09.2025": "2025-09-16",
        "20. juni 2025": "2025-06-20",
    }
    munis = {"Holstebro": "0661"}
    block = ["Holstebro Byråd", "Holstebro Renseanlæg"]
    positions = (
        pos("4", ["Anders Kirkegaard Fisker", "Mette Sønderskov", "Bodil Aagaard Thomsen",
                  "Per Ebbe Nørgaard"], "for", VES_D)
        + pos("4", ["Rasmus Kjær Dahlgaard"], "against", VES_D)
        + pos("4", ["Louise Thing"], "abstain", VES_D)
    )
    tables = {
        "meetings": [{"body": "Bestyrelsen", "date": VES_D, "start_time": "13:00", "end_time": "15:30",
                      "location": "bestyrelseslokalet, Nupark 51, Holstebro"}],
        "attendance": att(board + staff),
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in VES_ITEMS],
        "decisions": dec([("1", "approved"), ("2", "approved"), ("3", "noted"), ("4", "approved"),
                          ("5", "postponed"), ("6", "referred")]),
        "positions": positions,
    }
    actions = [
        ("4", "direktionen", "sende", "",
         "Direktionen indstiller, at bestyrelsen godkender taksterne for 2026, og at direktionen sender "
         "taksterne til godkendelse i Holstebro Byråd.",
         "sender taksterne til godkendelse i Holstebro Byråd"),
        ("4", "Kundeservice", "udsende", "2025-12-15",
         "4 Udsende takstblad 2026 til alle kunder Kundeservice 15.12.2025",
         "Udsende takstblad 2026 til alle kunder"),
        ("5", "SBØ", "udarbejde", "2025-09-16",
         "5 Udarbejde følsomhedsberegninger for investeringsplanen SBØ 16.09.2025",
         "Udarbejde følsomhedsberegninger for investeringsplanen"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 4. Byrådet, Kolding Kommune: HTML export, attendance as inline paragraphs, 31 members
# ---------------------------------------------------------------------------------------------

KOL_D = "2025-05-26"
KOL_PRESENT = [
    ("borgmester", "Knud Erik Møller Vejlby", "V"), ("", "Signe Holt Abildskov", "V"),
    ("", "Henrik Dons Brøndum", "V"), ("", "Karen Margrethe Lysgaard", "V"),
    ("", "Jakob Sand Kjærulff", "V"), ("", "Pernille Bojsen Krogh", "V"),
    ("", "Torben Vilhelm Aas", "V"), ("", "Marie Louise Ibsen", "V"), ("", "Ulrik Brandt", "V"),
    ("1. viceborgmester", "Birgit Agerskov Møller", "A"), ("", "Søren Bjerg Lassen", "A"),
    ("", "Fatima El-Amrani", "A"), ("", "Kim Vognsgaard", "A"), ("", "Anna Kathrine Dreyer", "A"),
    ("", "Mogens Hald", "A"), ("", "Lise Kolbæk Friis", "A"),
    ("2. viceborgmester", "Christian Wedel Bering", "C"), ("", "Hans Peder Skøtt", "C"),
    ("", "Mette Glud Andreasen", "C"),
    ("", "Jeppe Kirkelund", "F"), ("", "Randi Møller Sand", "F"), ("", "Asger Frost Lund", "F"),
    ("", "Ole Kjær Bendtsen", "Ø"), ("", "Tenna Bruun Holm", "Ø"),
    ("", "Vagn Erling Krog", "O"),
    ("", "Bettina Ravn Mikkelsen", "D"), ("", "Steen Ask Jørgensen", "D"),
    ("", "Louise Hedegaard Bay", "I"),
    ("", "Niels Christian Ahle", "B"),
]
KOL_ABSENT = [("Jonas Holm Ebdrup", "A"), ("Inger Kathrine Wamberg", "C")]
KOL_SUBS = [("Maja Brink Lassen", "A", "Jonas Holm Ebdrup"), ("Frank Dyhr", "C", "Inger Kathrine Wamberg")]
KOL_STAFF = [
    ("Ane Strand Hjortshøj", "kommunaldirektør", "present", ""),
    ("Jens Ulrik Baagøe", "direktør", "present", "punkt 4 og 7"),
    ("Merete Krabbe Lind", "byrådssekretær", "present", "referent"),
]
KOL_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Meddelelser", ""),
    ("3", "Regnskab 2024 for Kolding Kommune", "00.30.10-S00-2-25"),
    ("4", "Lokalplan 0827-14, Boligområde ved Strandhuse – endelig vedtagelse", "01.02.05-P16-11-24"),
    ("5", "Beslutningsforslag fra Dansk Folkeparti om bevarelse af bankospil i ældrecentrene",
     "27.15.00-A00-2-25"),
    ("6", "Udpegning af nyt medlem til Kultur- og Idrætsudvalget", "00.22.04-A00-4-25"),
    ("7", "Anlægsbevilling til cykelsti langs Vejlevej", "05.01.08-G01-6-25"),
    ("8", "Lukket punkt: Køb af jord ved Bramdrupdam", "82.02.00-G01-3-25"),
]


def build_kolding(path: Path):
    e = html.escape

    def who(role, name, party):
        return f"{role + ' ' if role else ''}{name} ({party})"
    present = ", ".join(who(*m) for m in KOL_PRESENT)
    absent = " og ".join(f"{n} ({p})" for n, p in KOL_ABSENT)
    subs = ", ".join(f"stedfortræder {n} ({p}) for {f}" for n, p, f in KOL_SUBS)
    items = {n: (t, c) for n, t, c in KOL_ITEMS}
    BR = "Byrådets beslutning den 26. maj 2025:"
    OU = "Økonomiudvalgets beslutning den 19. maj 2025:"

    def item(no, *fields):
        t, c = items[no]
        s = f'<div class="punkt" id="p{no}">\n<h3>{e(no)}. {e(t)}</h3>\n'
        if c:
            s += f'<div class="sagsnr">Sag: {e(c)}</div>\n'
        for label, text in fields:
            s += f'<h4>{e(label)}</h4>\n' if label else ""
            s += "".join(f"<p>{e(x)}</p>\n" for x in text.split("\n"))
        return s + "</div>\n"

    items_html = (
        item("1", (BR, "Godkendt."))
        + item("2", ("Sagsfremstilling", "Borgmester Knud Erik Møller Vejlby orienterede om, at Kolding "
                     "Kommune og Vejle Kommune har indgået aftale om fælles indkøb af elbusser, og at "
                     "Trekantområdets kommuner holder fællesmøde den 13. juni 2025 i Fredericia."))
        + item("3", ("Sagsfremstilling", "Regnskab 2024 viser et resultat af den ordinære drift på 312,5 "
                     "mio. kr., hvilket er 48,2 mio. kr. bedre end det korrigerede budget. På anlæg er der "
                     "et mindreforbrug på 96,7 mio. kr., som skyldes forsinkelser i en række byggeprojekter."),
                ("Indstilling", "Kommunaldirektøren indstiller, at regnskab 2024 godkendes og oversendes "
                 "til revisionen."),
                (OU, "Anbefales."),
                (BR, "For stemte: V, A, C, F, D, I og B (28)\nImod stemte: Ø (2)\nUndlod at stemme: O (1)\n"
                     "Godkendt. Økonomiforvaltningen skal fremlægge en redegørelse for mindreforbruget "
                     "på anlæg inden 1. oktober 2025."))
        + item("4", ("Sagsfremstilling", "Forslaget til Lokalplan 0827-14 har været i offentlig høring fra "
                     "den 8. januar til den 5. marts 2025. Der er indkommet 19 høringssvar, som især "
                     "vedrører trafikken på Strandhusevej og adgangen til stranden. Lokalplanen giver "
                     "mulighed for 64 boliger i op til to etager."),
                (OU, "Anbefales. Ø kunne ikke anbefale."),
                (BR, "Godkendt. Ø og F stemte imod."))
        + item("5", ("Sagsfremstilling", "Vagn Erling Krog (O) har den 12. maj 2025 fremsendt forslag om, "
                     "at de faste bankoeftermiddage på kommunens ældrecentre bevares, og at der afsættes "
                     "0,3 mio. kr. årligt til præmier og frivillige."),
                (BR, "Ole Kjær Bendtsen (Ø) forlod mødet kl. 18.30 under punkt 5.\n"
                     "Forslaget blev forkastet.\nFor stemte: O og D (3)\n"
                     "Imod stemte: V, A, C, F, Ø, I og B (27)"))
        + item("6", ("Sagsfremstilling", "Mogens Hald (A) har bedt om at udtræde af Kultur- og "
                     "Idrætsudvalget. Socialdemokratiet har udpegningsretten."),
                (BR, "Lise Kolbæk Friis (A) blev udpeget som nyt medlem af Kultur- og Idrætsudvalget."))
        + item("7", ("Sagsfremstilling", "Den nye cykelsti langs Vejlevej skal forbinde Bramdrup med "
                     "bymidten. Projektet har fået tilsagn om 3,2 mio. kr. fra Vejdirektoratets "
                     "cykelpulje."),
                ("Indstilling", "By- og Udviklingsforvaltningen indstiller, at der gives en "
                 "anlægsbevilling på 7,8 mio. kr., og at By- og Udviklingsforvaltningen igangsætter "
                 "udbuddet, så anlægsarbejdet kan begynde den 1. september 2025."),
                (OU, "Anbefales."),
                (BR, "Godkendt."))
        + item("8", (BR, "Godkendt."))
    )
    body = f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Referat - Byrådet - 26-05-2025 | Kolding Kommune</title>
</head>
<body>
<div id="top"><a href="/">Kolding Kommune</a> &rsaquo; <a href="/politik">Politik</a> &rsaquo; <a href="/politik/dagsordener-og-referater">Dagsordener og referater</a></div>
<h1>Byrådet</h1>
<h2>Referat</h2>
<table class="moedeinfo">
<tr><th>Mødedato</th><td>26.05.2025</td></tr>
<tr><th>Starttidspunkt</th><td>17:00</td></tr>
<tr><th>Sluttidspunkt</th><td>19:15</td></tr>
<tr><th>Mødested</th><td>Byrådssalen, Kolding Rådhus</td></tr>
<tr><th>Offentliggjort</th><td>28.05.2025</td></tr>
</table>
<div class="fremmoede">
<p><strong>Deltagere:</strong> {e(present)}.</p>
<p><strong>Afbud:</strong> {e(absent)}.</p>
<p><strong>Stedfortrædere:</strong> {e(subs)}.</p>
<p><strong>Fra administrationen:</strong> kommunaldirektør Ane Strand Hjortshøj, direktør for By- og Udviklingsforvaltningen Jens Ulrik Baagøe (punkt 4 og 7) og byrådssekretær Merete Krabbe Lind (referent).</p>
</div>
<div class="punkter">
{items_html}</div>
<p>Mødet blev hævet kl. 19.15.</p>
<p class="naeste">Næste byrådsmøde: mandag den 23. juni 2025 kl. 17:00.</p>
<footer>Kolding Kommune · Akseltorv 1 · 6000 Kolding · Udskrevet 02-06-2025</footer>
</body>
</html>
"""
    path.write_text(body, encoding="utf-8")


def ann_kolding():
    role_of = {"borgmester": "borgmester", "1. viceborgmester": "viceborgmester",
               "2. viceborgmester": "viceborgmester", "": ""}
    rows = [(n, role_of[r], "present", "") for r, n, _p in KOL_PRESENT]
    rows += [(n, "", "absent", "") for n, _p in KOL_ABSENT]
    rows += [(n, "stedfortræder", "present", "") for n, _p, _f in KOL_SUBS]
    rows += KOL_STAFF
    persons = [r[0] for r in rows]
    dates = {
        "26-05-2025": KOL_D, "26.05.2025": KOL_D, "28.05.2025": "2025-05-28",
        "26. maj 2025": KOL_D, "19. maj 2025": "2025-05-19", "13. juni 2025": "2025-06-13",
        "1. oktober 2025": "2025-10-01", "8. januar": "2025-01-08", "5. marts 2025": "2025-03-05",
        "12. maj 2025": "2025-05-12", "1. september 2025": "2025-09-01",
        "23. juni 2025": "2025-06-23", "02-06-2025": "2025-06-02",
    }
    munis = {"Kolding Kommune": "0621", "Kolding": "0621", "Vejle Kommune": "0630",
             "Fredericia": "0607"}
    block = ["Kolding Rådhus"]
    positions = (
        pos("3", ["V", "A", "C", "F", "D", "I", "B"], "for", KOL_D) + pos("3", ["Ø"], "against", KOL_D)
        + pos("3", ["O"], "abstain", KOL_D)
        + pos("4", ["Ø"], "against", "2025-05-19")
        + pos("4", ["Ø", "F"], "against", KOL_D)
        + pos("5", ["O", "D"], "for", KOL_D)
        + pos("5", ["V", "A", "C", "F", "Ø", "I", "B"], "against", KOL_D)
    )
    tables = {
        "meetings": [{"body": "Byrådet", "date": KOL_D, "start_time": "17:00", "end_time": "19:15",
                      "location": "Byrådssalen, Kolding Rådhus"}],
        "attendance": att(rows),
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in KOL_ITEMS],
        "decisions": dec([("1", "approved"), ("3", "approved"), ("4", "approved"), ("5", "rejected"),
                          ("6", "elected"), ("7", "approved"), ("8", "approved")]),
        "positions": positions,
    }
    actions = [
        ("3", "Økonomiforvaltningen", "fremlægge", "2025-10-01",
         "Økonomiforvaltningen skal fremlægge en redegørelse for mindreforbruget på anlæg inden 1. "
         "oktober 2025.",
         "fremlægge en redegørelse for mindreforbruget på anlæg inden 1. oktober 2025"),
        ("7", "By- og Udviklingsforvaltningen", "igangsætte", "",
         "By- og Udviklingsforvaltningen indstiller, at der gives en anlægsbevilling på 7,8 mio. kr., "
         "og at By- og Udviklingsforvaltningen igangsætter udbuddet, så anlægsarbejdet kan begynde den "
         "1. september 2025.",
         "igangsætter udbuddet, så anlægsarbejdet kan begynde den 1. september 2025"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 5. Valby Lokaludvalg, Københavns Kommune: HTML export, participants in a <dl>
# ---------------------------------------------------------------------------------------------

VAL_D = "2025-06-04"
VAL_DL = [
    ("Formand", [("Lene Vibeke Holm-Ørsted", "Valby Lokalhistoriske Forening")]),
    ("Næstformand", [("Mustafa Ali Khalil", "Socialdemokratiet")]),
    ("Medlemmer", [("Birgitte Krogh Saxild", "Venstre"), ("Oskar Bjørn Laursen", "Enhedslisten"),
                   ("Hanne-Mette Rud", "Valby Idrætsråd"), ("Carsten Egede Winther", "Grundejerforeningen Vigerslev"),
                   ("Johanne Leth Poulsen", "Valby Kulturhus' brugerråd"), ("Frederik Aalund", "Konservative"),
                   ("Zainab Hussein", "Boligselskabet Lykkebo")]),
    ("Suppleant", [("Henriette Lund Brask", "Socialistisk Folkeparti, for Jacob Nørgaard Riis")]),
    ("Fraværende", [("Jacob Nørgaard Riis", "Socialistisk Folkeparti"), ("Villum Dahl Krarup", "Valby Erhvervsforening")]),
    ("Sekretariatet", [("Kirsten Ravnsborg", "sekretariatsleder"),
                       ("Oliver Thygesen", "projektmedarbejder, referent")]),
    ("Gæst", [("Signe Marie Bloch", "trafikplanlægger, Teknik- og Miljøforvaltningen, punkt 4")]),
]
VAL_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Godkendelse af referat fra mødet den 7. maj 2025", ""),
    ("3", "Puljeansøgninger, 2. runde 2025", "2025-0311847"),
    ("4", "Høringssvar: Trafikplan for Toftegårds Plads", "2025-0298150"),
    ("5", "Bydelsplan 2026-2029 – proces", ""),
    ("6", "Eventuelt", ""),
]


def build_valby(path: Path):
    e = html.escape
    dl = ""
    for dt_label, people in VAL_DL:
        dl += f"<dt>{e(dt_label)}</dt>\n"
        for n, note in people:
            dl += f"<dd>{e(n)} ({e(note)})</dd>\n"
    items = {n: (t, c) for n, t, c in VAL_ITEMS}

    def item(no, sag, beslutning):
        t, c = items[no]
        s = f'<article class="dagsordenpunkt">\n<h3><span class="nr">{e(no)}.</span> {e(t)}</h3>\n'
        if c:
            s += f'<p class="sagsnr">Sagsnr. {e(c)}</p>\n'
        if sag:
            s += '<h4>Sagsfremstilling</h4>\n' + "".join(f"<p>{e(x)}</p>\n" for x in sag.split("\n"))
        if beslutning:
            s += '<h4>Beslutning</h4>\n' + "".join(f"<p>{e(x)}</p>\n" for x in beslutning.split("\n"))
        return s + "</article>\n"

    items_html = (
        item("1", "", "Godkendt.")
        + item("2", "", "Godkendt.")
        + item("3", "Der er indkommet ni ansøgninger om i alt 212.000 kr. Puljen har 150.000 kr. tilbage i "
                    "2025. Arbejdsgruppen for puljen har vurderet ansøgningerne og anbefaler støtte til "
                    "syv af dem. Ansøgningen fra Valby Cykelfestival om 40.000 kr. til en ladcykelparade "
                    "blev drøftet særskilt, da arrangementet også har fået støtte i 2024.",
                "Der blev stemt om ansøgningen fra Valby Cykelfestival:\n"
                "For: Lene Vibeke Holm-Ørsted, Oskar Bjørn Laursen, Hanne-Mette Rud, Johanne Leth Poulsen "
                "og Henriette Lund Brask\n"
                "Imod: Birgitte Krogh Saxild, Frederik Aalund og Carsten Egede Winther\n"
                "Undlod at stemme: Mustafa Ali Khalil og Zainab Hussein\n"
                "Lokaludvalget bevilgede herefter i alt 148.500 kr. til syv projekter efter arbejdsgruppens "
                "indstilling, herunder 30.000 kr. til Valby Cykelfestival.")
        + item("4", "Teknik- og Miljøforvaltningen har sendt et forslag til ny trafikplan for Toftegårds "
                    "Plads i høring med frist den 16. juni 2025. Trafikplanlægger Signe Marie Bloch "
                    "præsenterede forslaget, som blandt andet indebærer en ny busterminal og færre "
                    "parkeringspladser langs Valby Langgade.",
                "Lokaludvalget godkendte udkastet til høringssvar med de faldne bemærkninger om "
                "cykelparkering. Sekretariatet indsender høringssvaret til Teknik- og "
                "Miljøforvaltningen senest den 16. juni 2025.")
        + item("5", "Københavns Kommune har bedt alle lokaludvalg om at udarbejde en ny bydelsplan for "
                    "perioden 2026-2029. Sekretariatet har lavet et udkast til procesplan med "
                    "borgermøder, en spørgeskemaundersøgelse og workshops med foreningerne.",
                "Lokaludvalget godkendte procesplanen. Det blev aftalt, at arbejdsgruppen for "
                "bydelsplanen indkalder til borgermøde i september, og at sekretariatet udarbejder en "
                "tidsplan til næste møde.")
        + item("6", "Zainab Hussein fortalte om sommerfesten i Lykkebo den 21. juni 2025. Frederik "
                    "Aalund spurgte til status på de nye bænke i Valbyparken.", "")
    )
    body = f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Valby Lokaludvalg – referat 04.06.2025</title>
</head>
<body>
<header class="site"><p>Københavns Kommune · Lokaludvalg</p></header>
<main>
<h1>Valby Lokaludvalg – referat af ordinært møde</h1>
<ul class="meta">
<li>Mødedato: 04.06.2025</li>
<li>Tidspunkt: 18.30 - 20.45</li>
<li>Sted: Valby Kulturhus, lokale 2, Valgårdsvej 4-8</li>
<li>Offentliggjort: 11.06.2025</li>
</ul>
<section class="deltagere">
<h2>Mødedeltagere</h2>
<dl>
{dl}</dl>
</section>
{items_html}<p class="naeste">Næste møde: onsdag den 2. juli 2025 kl. 18.30 i Valby Kulturhus.</p>
</main>
<footer><p>Valby Lokaludvalg · Valgårdsvej 4-8 · 2500 Valby · valby@okf.kk.dk</p></footer>
</body>
</html>
"""
    path.write_text(body, encoding="utf-8")


def ann_valby():
    rows = []
    for label, people in VAL_DL:
        for n, note in people:
            if label == "Formand":
                rows.append((n, "formand", "present", note))
            elif label == "Næstformand":
                rows.append((n, "næstformand", "present", note))
            elif label == "Medlemmer":
                rows.append((n, "medlem", "present", note))
            elif label == "Suppleant":
                rows.append((n, "suppleant", "present", note))
            elif label == "Fraværende":
                rows.append((n, "", "absent", note))
    # note: the whole text in parentheses (GUIDELINES.md), the job title in it included
    rows += [("Kirsten Ravnsborg", "sekretariatsleder", "present", "sekretariatsleder"),
             ("Oliver Thygesen", "projektmedarbejder", "present",
              "projektmedarbejder, referent"),
             ("Signe Marie Bloch", "trafikplanlægger", "present",
              "trafikplanlægger, Teknik- og Miljøforvaltningen, punkt 4")]
    persons = [r[0] for r in rows]
    dates = {
        "04.06.2025": VAL_D, "11.06.2025": "2025-06-11", "7. maj 2025": "2025-05-07",
        "16. juni 2025": "2025-06-16", "21. juni 2025": "2025-06-21", "2. juli 2025": "2025-07-02",
    }
    munis = {"Københavns Kommune": "0101"}
    block = []
    positions = (
        pos("3", ["Lene Vibeke Holm-Ørsted", "Oskar Bjørn Laursen", "Hanne-Mette Rud",
                  "Johanne Leth Poulsen", "Henriette Lund Brask"], "for", VAL_D)
        + pos("3", ["Birgitte Krogh Saxild", "Frederik Aalund", "Carsten Egede Winther"], "against", VAL_D)
        + pos("3", ["Mustafa Ali Khalil", "Zainab Hussein"], "abstain", VAL_D)
    )
    tables = {
        "meetings": [{"body": "Valby Lokaludvalg", "date": VAL_D, "start_time": "18:30",
                      "end_time": "20:45", "location": "Valby Kulturhus, lokale 2, Valgårdsvej 4-8"}],
        "attendance": att(rows),
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in VAL_ITEMS],
        "decisions": dec([("1", "approved"), ("2", "approved"), ("3", "approved"), ("4", "approved"),
                          ("5", "approved")]),
        "positions": positions,
    }
    actions = [
        ("4", "sekretariatet", "indsende", "2025-06-16",
         "Sekretariatet indsender høringssvaret til Teknik- og Miljøforvaltningen senest den 16. juni "
         "2025.",
         "indsender høringssvaret til Teknik- og Miljøforvaltningen senest den 16. juni 2025"),
        ("5", "arbejdsgruppen for bydelsplanen", "indkalde", "",
         "Det blev aftalt, at arbejdsgruppen for bydelsplanen indkalder til borgermøde i september, og "
         "at sekretariatet udarbejder en tidsplan til næste møde.",
         "indkalder til borgermøde i september"),
        ("5", "sekretariatet", "udarbejde", "",
         "Det blev aftalt, at arbejdsgruppen for bydelsplanen indkalder til borgermøde i september, og "
         "at sekretariatet udarbejder en tidsplan til næste møde.",
         "udarbejder en tidsplan til næste møde"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 6. Skolebestyrelsen, Skovgårdsskolen, Odder Kommune: e-mail
# ---------------------------------------------------------------------------------------------

ODD_D = "2025-05-22"
ODD_BODY = """Hej alle

Her kommer referatet fra torsdagens møde. Hvis I har rettelser, så skriv til mig senest fredag d. 30. maj - ellers betragter vi referatet som godkendt, og det bliver lagt på Aula.

Husk at vi mødes igen onsdag d. 18. juni, hvor vi også siger farvel til Ella og Villads.

Mvh
Pernille Østergaard
Afdelingsleder, Skovgårdsskolen
Odder Kommune


SKOLEBESTYRELSESMØDE PÅ SKOVGÅRDSSKOLEN
torsdag d. 22/5 2025 kl. 17-19.30 i personalerummet

Mødedeltagere
Formand: Anne Marie Bech Holm
Næstformand: Jens Peter Kjeldsen Due
Øvrige forældrerepræsentanter: Sofie Louise Friis, Karim Haddad og Mette Ravn Pedersen
Medarbejderrepræsentanter: Lise Ørum og Thomas Bach-Iversen
Elevrådet: Ella (9.a) og Villads (8.b)
Fra ledelsen: skoleleder Hans Christian Kyhl Dam og afdelingsleder Pernille Østergaard (ref.)
Forfald: Morten Lauritz Juul Sørensen og Birgitte Nyholm

Karim Haddad gik kl. 18.45 efter punkt 4.


1) Godkendelse af dagsorden
Godkendt.

2) Nyt fra elevrådet
Ella og Villads fortalte, at elevrådet har samlet ind til nye bolde og net til multibanen, og at 9. årgangs afslutningsfest bliver holdt på skolen fredag d. 20. juni. Elevrådet ønsker, at der kommer flere bænke i skolegården.
Skolebestyrelsen tog orienteringen til efterretning.

3) Princip for skole-hjem-samarbejde - revision
Udkastet til det reviderede princip blev gennemgået. Der var enighed om de fleste ændringer, men ikke om formuleringen om, at alle klasser skal holde to forældremøder om året.
Der blev stemt om formuleringen om forældremøder:
For: Anne Marie Bech Holm, Jens Peter Kjeldsen Due, Sofie Louise Friis, Mette Ravn Pedersen og Lise Ørum
Imod: Karim Haddad
Undlod: Thomas Bach-Iversen
Princippet blev vedtaget med den foreslåede formulering. Pernille lægger det reviderede princip på Aula inden sommerferien.

4) Budget 2025/26 - orientering
Hans Christian Kyhl Dam gennemgik skolens budget for det kommende skoleår. Elevtallet falder med 14 elever, hvilket betyder en mindre tildeling på ca. 620.000 kr. Der bliver ikke afskediget personale, da to lærere går på pension.
Taget til efterretning.

5) Trafiksikkerhed ved skolen
Flere forældre har oplevet farlige situationer ved afsætning om morgenen på Skovgårdsvej. Skolebestyrelsen besluttede at rette henvendelse til Odder Kommune om en fartdæmpning og et kys-og-kør-område. Anne Marie skriver henvendelsen til Teknik og Miljø senest d. 6. juni.

6) Eventuelt
Lise Ørum fortalte, at skolens kor deltager i korstævnet i Aarhus d. 14. juni 2025.

Næste møde: onsdag d. 18. juni 2025 kl. 17.00
"""
ODD_ATT = [
    ("Anne Marie Bech Holm", "formand", "present", ""),
    ("Jens Peter Kjeldsen Due", "næstformand", "present", ""),
    ("Sofie Louise Friis", "forældrerepræsentant", "present", ""),
    ("Karim Haddad", "forældrerepræsentant", "present", ""),
    ("Mette Ravn Pedersen", "forældrerepræsentant", "present", ""),
    ("Lise Ørum", "medarbejderrepræsentant", "present", ""),
    ("Thomas Bach-Iversen", "medarbejderrepræsentant", "present", ""),
    ("Ella", "", "present", "9.a"),
    ("Villads", "", "present", "8.b"),
    ("Hans Christian Kyhl Dam", "skoleleder", "present", ""),
    ("Pernille Østergaard", "afdelingsleder", "present", "ref."),
    ("Morten Lauritz Juul Sørensen", "", "absent", ""),
    ("Birgitte Nyholm", "", "absent", ""),
]
ODD_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Nyt fra elevrådet", ""),
    ("3", "Princip for skole-hjem-samarbejde - revision", ""),
    ("4", "Budget 2025/26 - orientering", ""),
    ("5", "Trafiksikkerhed ved skolen", ""),
    ("6", "Eventuelt", ""),
]


def build_odder(path: Path):
    m = EmailMessage()
    m["From"] = "Pernille Østergaard <peoe@odder.dk>"
    m["To"] = "skolebestyrelsen@skovgaardsskolen.dk"
    m["Subject"] = "Referat skolebestyrelsesmøde 22/5"
    m["Date"] = email.utils.format_datetime(
        dt.datetime(2025, 5, 26, 8, 12, 40, tzinfo=dt.timezone(dt.timedelta(hours=2))))
    m["Message-ID"] = "<20250526081240.2291@skovgaardsskolen.dk>"
    m.set_content(ODD_BODY)
    path.write_bytes(bytes(m))


def ann_odder():
    persons = [r[0] for r in ODD_ATT] + ["Pernille", "Anne Marie"]
    dates = {
        "Mon, 26 May 2025": "2025-05-26", "22/5": ODD_D, "30. maj": "2025-05-30", "18. juni": "2025-06-18",
        "22/5 2025": ODD_D, "20. juni": "2025-06-20", "6. juni": "2025-06-06",
        "14. juni 2025": "2025-06-14", "18. juni 2025": "2025-06-18",
    }
    munis = {"Odder Kommune": "0727", "Aarhus": "0751"}
    block = []
    positions = (
        pos("3", ["Anne Marie Bech Holm", "Jens Peter Kjeldsen Due", "Sofie Louise Friis",
                  "Mette Ravn Pedersen", "Lise Ørum"], "for", ODD_D)
        + pos("3", ["Karim Haddad"], "against", ODD_D)
        + pos("3", ["Thomas Bach-Iversen"], "abstain", ODD_D)
    )
    tables = {
        "meetings": [{"body": "Skolebestyrelsen", "date": ODD_D, "start_time": "17:00",
                      "end_time": "19:30", "location": "personalerummet"}],
        "attendance": att(ODD_ATT),
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in ODD_ITEMS],
        "decisions": dec([("1", "approved"), ("2", "noted"), ("3", "approved"), ("4", "noted"),
                          ("5", "approved")]),
        "positions": positions,
    }
    actions = [
        ("3", "Pernille", "lægge", "",
         "Pernille lægger det reviderede princip på Aula inden sommerferien.",
         "lægger det reviderede princip på Aula inden sommerferien"),
        ("5", "Anne Marie", "skrive", "2025-06-06",
         "Anne Marie skriver henvendelsen til Teknik og Miljø senest d. 6. juni.",
         "skriver henvendelsen til Teknik og Miljø senest d. 6. juni"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# spans, actions, review, main
# ---------------------------------------------------------------------------------------------

DOCS = [
    ("d3_kommunalbestyrelsen_faxe_2025-04-24.pdf", build_faxe, ann_faxe),
    ("d3_aeldreraadet_vordingborg_2025-06-11.pdf", build_vordingborg, ann_vordingborg),
    ("d3_bestyrelsen_vestforsyning_holstebro_2025-06-17.docx", build_vestforsyning, ann_vestforsyning),
    ("d3_byraadet_kolding_2025-05-26.html", build_kolding, ann_kolding),
    ("d3_valby_lokaludvalg_koebenhavn_2025-06-04.html", build_valby, ann_valby),
    ("d3_skolebestyrelsen_odder_2025-05-22.eml", build_odder, ann_odder),
]

WEEKDAY = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
DATE_PREFIX = re.compile(rf"(?<!\w)(?:{WEEKDAY}(?: den| d\.|, den)? |den |d\. )$", re.I)
MONTHS = ("januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
          "december")


def flex(s: str) -> str:
    """A regex for s that accepts any run of whitespace where s has whitespace."""
    return r"\s+".join(re.escape(part) for part in s.split())


def occurrences(text: str, s: str):
    pat = re.compile(r"(?<![\w-])" + flex(s) + r"(?![\w]|-\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def find_spans(text: str, ann: dict) -> list[dict]:
    blocked = []
    for b in ann["block"]:
        blocked += occurrences(text, b)
    cands = []
    for p in ann["persons"]:
        cands += [(s, e, "PERSON", None) for s, e in occurrences(text, p)]
    for d, norm in ann["dates"].items():
        found = occurrences(text, d)
        assert found, ("date not in text", d)
        for s, e in found:
            m = DATE_PREFIX.search(text[max(0, s - 20):s])
            if m:
                s -= len(m.group(0))
            cands.append((s, e, "DATE", norm))
    for mname, code in ann["munis"].items():
        found = occurrences(text, mname)
        assert found, ("municipality not in text", mname)
        cands += [(s, e, "MUNICIPALITY", code) for s, e in found]
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int]] = []
    spans = []
    for s, e, label, norm in cands:
        if any(s < be and bs < e for bs, be in blocked):
            continue
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        span = {"start": s, "end": e, "label": label}
        if norm is not None:
            span["norm"] = norm
            if label == "DATE":
                _check_weekday(text[s:e], norm)
        spans.append(span)
    spans.sort(key=lambda x: x["start"])
    for sp in spans:
        frag = text[sp["start"]:sp["end"]]
        assert frag == frag.strip() and "\n" not in frag, frag
    for p in ann["persons"]:
        assert any(text[sp["start"]:sp["end"]] == p or
                   re.fullmatch(flex(p), text[sp["start"]:sp["end"]])
                   for sp in spans if sp["label"] == "PERSON"), ("person not found", p)
    return spans


def find_actions(text: str, specs) -> list[dict]:
    rows = []
    for item, actor, verb, deadline, sentence, action in specs:
        ms = list(re.finditer(flex(sentence), text))
        assert len(ms) >= 1, ("sentence not found", sentence)
        m = None
        for cand in ms:  # the occurrence whose sentence holds the action phrase
            m = re.compile(flex(action)).search(text, cand.start(), cand.end())
            if m:
                s0, e0 = cand.start(), cand.end()
                break
        assert m, ("action not found", action)
        rows.append({"item_no": item, "actor": actor, "verb": verb, "deadline": deadline,
                     "start_char": s0, "end_char": e0,
                     "action_start": m.start(), "action_end": m.end()})
    return rows


COMMON = set("""
Referat Mødedato Mødested Sted Tid Dato Deltagere Afbud Fraværende Til Fra Formand Næstformand
Godkendt Beslutning Resume Indstilling Sagsnr Imod For Navn Parti Side Udskrevet
""".split())


def review(name: str, text: str, spans: list[dict]):
    covered = [False] * len(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            covered[i] = True
    print(f"--- review {name}")
    caps = {}
    for m in re.finditer(r"\b[A-ZÆØÅ][\wæøåÆØÅ\-]+", text):
        if not covered[m.start()] and m.group(0) not in COMMON:
            caps[m.group(0)] = caps.get(m.group(0), 0) + 1
    print("  uncovered capitalised:", " ".join(sorted(caps)))
    for m in re.finditer(rf"\b\d{{1,2}}\.\s*(?:{MONTHS})\b|\b\d{{1,2}}[-./]\d{{1,2}}[-./ ]\d{{2,4}}\b"
                         r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),", text, re.I):
        if not covered[m.start()]:
            print("  uncovered date-like:", repr(text[max(0, m.start() - 20):m.end() + 10]))
    with open(shared_dir() / "reference" / "municipalities_dk.csv", encoding="utf-8") as f:
        next(f)
        names = {line.split(",")[2] for line in f}
    for n in sorted(names):
        for s, e in occurrences(text, n):
            if not covered[s]:
                print("  uncovered municipality name:", repr(text[max(0, s - 25):e + 15]))


def main():
    records = []
    for fname, build, annotate in DOCS:
        path = HERE / fname
        build(path)
        text = read_file(path).text
        ann = annotate()
        spans = find_spans(text, ann)
        tables = dict(ann["tables"])
        tables["actions"] = find_actions(text, ann["actions"])
        rec = {"format": "extract-gold/1", "id": path.stem,
               "path": f"../unseen/{fname}",
               "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
               "span_labels": ["PERSON", "DATE", "MUNICIPALITY"],
               "spans": spans,
               "tables": {k: tables[k] for k in ("meetings", "attendance", "agenda_items", "decisions",
                                                 "positions", "actions")}}
        records.append(rec)
        counts = {lab: sum(1 for s in spans if s["label"] == lab)
                  for lab in ("PERSON", "DATE", "MUNICIPALITY")}
        print(f"{fname}: {len(text.split())} words; spans {counts}; rows "
              + ", ".join(f"{k} {len(v)}" for k, v in rec["tables"].items()))
        if "--review" in sys.argv:
            review(fname, text, spans)
    GOLD.parent.mkdir(parents=True, exist_ok=True)
    with GOLD.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {GOLD}")


if __name__ == "__main__":
    main()
