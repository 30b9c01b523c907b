"""Build the development set part 2 (six fictional Danish minutes) and its gold.

Run from anywhere with the project's Python:

    .venv/bin/python corpus/unseen/make_d2.py

Writes the six documents into ``corpus/unseen/`` (d2_*.html/.pdf/.txt/.docx/.eml) and their gold
into ``corpus/gold/unseen_d2.jsonl``. The text every offset refers to is what
``extract.readers.read_file`` yields for the file. People are fictional; municipalities, titles
and bodies are real. Spans (PERSON, DATE, MUNICIPALITY) are found from per-document lists of
the names, dates and municipality mentions the document contains; table rows are written by
hand below each document.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import json
import os
import re
import sys
from email.message import EmailMessage
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLD = HERE.parent / "gold" / "unseen_d2.jsonl"
sys.path.insert(0, str(ROOT))

from extract.paths import shared_dir  # noqa: E402
from extract.readers import read_file  # noqa: E402

FONT_DIR = Path(os.environ.get("EXTRACT_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
FONT = str(FONT_DIR / "DejaVuSans.ttf")
FONT_B = str(FONT_DIR / "DejaVuSans-Bold.ttf")
FONT_I = str(FONT_DIR / "DejaVuSans-Oblique.ttf")


# ---------------------------------------------------------------------------------------------
# PDF helper
# ---------------------------------------------------------------------------------------------

class MinutesPDF(FPDF):
    """A4 minutes with a running header and a 'Side x af y' footer on every page."""

    def __init__(self, head: str, foot: str):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        self.add_font("dv", "", FONT)
        self.add_font("dv", "B", FONT_B)
        self.add_font("dv", "I", FONT_I)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 18, 20)
        self.set_creation_date(dt.datetime(2025, 5, 27, 9, 0, tzinfo=dt.timezone.utc))

    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 8)
        self.cell(0, 5, self.head, align="L")
        self.line(20, 14, 190, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.foot}   ·   Side {self.page_no()} af {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # blocks ------------------------------------------------------------------------------
    def doc_title(self, text: str, size: int = 16):
        self.set_font("dv", "B", size)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

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

    def p(self, text: str, style: str = "", gap: float = 2):
        self.set_font("dv", style, 10)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def kv(self, rows: list[tuple[str, str]]):
        for k, v in rows:
            self.set_font("dv", "B", 10)
            self.cell(32, 5, k)
            self.set_font("dv", "", 10)
            self.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def columns(self, left: list[tuple[str, str]], right: list[tuple[str, str]],
                width: float = 82, gap: float = 6):
        """Two blocks side by side; each block a list of (style, line)."""
        y0 = self.get_y()
        ys = []
        for x, block in ((20, left), (20 + width + gap, right)):
            self.set_xy(x, y0)
            for style, line in block:
                self.set_font("dv", style, 9)
                assert self.get_string_width(line) < width - 1, line
                self.set_x(x)
                self.multi_cell(width, 4.6, line, new_x="LEFT", new_y="NEXT")
            ys.append(self.get_y())
        self.set_xy(20, max(ys) + 3)

    def table(self, rows: list[tuple[str, ...]], widths: tuple[float, ...]):
        self.ln(1)
        for i, row in enumerate(rows):
            self.set_font("dv", "B" if i == 0 else "", 9)
            for text, w in zip(row, widths, strict=False):
                assert self.get_string_width(text) < w - 2, text
                self.cell(w, 6, text, border=1)
            self.ln(6)
        self.ln(3)


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


# ---------------------------------------------------------------------------------------------
# 1. Byrådet, Slagelse Kommune: HTML export
# ---------------------------------------------------------------------------------------------

SLA_MEMBERS = [
    # name, party, function, attendance
    ("Jens Christian Dyrholm", "A", "Borgmester", "Til stede"),
    ("Lone Kjærgaard Nissen", "A", "Medlem", "Til stede"),
    ("Mikkel Bøgh-Andersen", "A", "Medlem", "Til stede"),
    ("Susanne Friis Lauridsen", "A", "Medlem", "Til stede"),
    ("Kenneth Amdi Olsen", "A", "Medlem", "Til stede"),
    ("Pia Rosendahl", "A", "Medlem", "Til stede"),
    ("Thomas Lykke Pedersen", "A", "Medlem", "Til stede"),
    ("Hanne Skovgaard-Møller", "A", "Medlem", "Til stede"),
    ("Brian Østergaard", "A", "Medlem", "Til stede"),
    ("Camilla Juhl Mathiesen", "A", "Medlem", "Til stede"),
    ("Rasmus Vinding", "A", "Medlem", "Afbud"),
    ("Knud Erik Laursen", "V", "Viceborgmester", "Til stede"),
    ("Birgitte Lyhne Sørensen", "V", "Medlem", "Til stede"),
    ("Rasmus Kjær-Nielsen", "V", "Medlem", "Til stede"),
    ("Jette Holmgaard", "V", "Medlem", "Til stede"),
    ("Anders Bo Winther", "V", "Medlem", "Til stede"),
    ("Marianne Dalgaard", "V", "Medlem", "Til stede"),
    ("Søren Hvid Kristoffersen", "C", "Medlem", "Til stede"),
    ("Helle Bundgaard-Jepsen", "C", "Medlem", "Til stede"),
    ("Peter Aagaard", "C", "Medlem", "Til stede"),
    ("Louise Bay Frederiksen", "C", "Medlem", "Til stede"),
    ("Mette Kirstine Holm-Andersen", "F", "Medlem", "Til stede"),
    ("Jonas Bech Frandsen", "F", "Medlem", "Til stede"),
    ("Kasper Vinther Olsen", "Ø", "Medlem", "Til stede"),
    ("Nanna Sofie Riis", "Ø", "Medlem", "Til stede"),
    ("Bent Ove Kragelund", "O", "Medlem", "Til stede"),
    ("Lise Lotte Jakobsen", "O", "Medlem", "Til stede"),
    ("Michael Tønnesen", "D", "Medlem", "Til stede"),
    ("Gitte Aamand Sejer", "D", "Medlem", "Til stede"),
    ("Ida Marie Vestergaard Lund", "B", "Medlem", "Til stede"),
    ("Christian Holst-Larsen", "I", "Medlem", "Til stede"),
]

SLA_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Budgetopfølgning pr. 28. februar 2025", "00.30.14-S00-2-25"),
    ("3", "Endelig vedtagelse af Lokalplan 1187 – boliger ved Sorøvej", "01.02.05-P16-3-24"),
    ("4", "Anlægsbevillinger 2025", ""),
    ("4a", "Renovering af tag og klimaskærm på Antvorskov Skole", "82.06.00-G01-3-24"),
    ("4b", "Cykelsti langs Skælskørvej, etape 2", "05.01.08-G01-11-24"),
    ("4c", "Udvidelse af Børnehuset Solsikken i Korsør", "28.09.10-G01-2-25"),
    ("5", "Kommunegaranti for lån til kunstgræsbane – Halsskov Idrætsforening",
     "00.32.10-Ø60-4-25"),
    ("6", "Udpegning af nyt medlem til Folkeoplysningsudvalget", "00.22.04-A30-1-25"),
    ("7", "Beslutningsforslag fra Dansk Folkeparti om gratis parkering i Korsør og Skælskør",
     "05.13.00-G01-2-25"),
    ("8", "Eventuelt", ""),
    ("9", "Salg af erhvervsgrund i Slagelse Nord (lukket punkt)", "82.11.00-G10-2-25"),
]


def build_slagelse(path: Path):
    e = html.escape
    item = {no: (title, case) for no, title, case in SLA_ITEMS}

    def head(no):
        title, case = item[no]
        tag = "h2" if len(no) == 1 else "h3"
        s = f'<section class="agenda-item" id="punkt-{no}">\n<{tag}>{e(no)}. {e(title)}</{tag}>\n'
        if case:
            s += f'<p class="case-no">Sagsnr.: {e(case)}</p>\n'
        return s

    def block(label, *paras):
        s = f'<div class="field"><h4>{e(label)}</h4>\n'
        for para in paras:
            s += "<p>" + "<br>\n".join(e(x) for x in para.split("\n")) + "</p>\n"
        return s + "</div>\n"

    rows = "\n".join(
        f"<tr><td>{e(n)}</td><td>{p}</td><td>{f}</td><td>{a}</td></tr>"
        for n, p, f, a in SLA_MEMBERS)
    toc = "\n".join(f'<li><a href="#punkt-{no}">{e(no)}. {e(t)}</a></li>'
                    for no, t, _ in SLA_ITEMS)
    BR = "Beslutning i Byrådet den 24-03-2025"
    OU = "Beslutning i Økonomiudvalget den 17-03-2025"
    items_html = (
        head("1")
        + block("Beslutning i Byrådet den 24-03-2025", "Godkendt.")
        + '</section>\n'
        + head("2")
        + block("Resumé", "Budgetopfølgningen pr. 28. februar 2025 viser et forventet merforbrug på serviceudgifterne på 14,2 mio. kr. Merforbruget skyldes primært flere borgere på det specialiserede voksenområde og øgede udgifter til hjemmeplejen. På de skattefinansierede anlæg forventes et mindreforbrug på 9,6 mio. kr., som foreslås overført til 2026. Der søges om tillægsbevillinger på i alt netto 3,8 mio. kr.")
        + block("Indstilling", "Kommunaldirektøren indstiller, at\n1. budgetopfølgningen pr. 28. februar 2025 tages til efterretning,\n2. der gives tillægsbevillinger som anført i bilag 1,\n3. fagudvalgene fremlægger handleplaner for områder med merforbrug inden 1. juni 2025.")
        + block(OU, "Anbefales.\nKasper Vinther Olsen (Ø) stemte imod.")
        + block(BR, "Godkendt med 26 stemmer mod 4.\nFor stemte: A, V, C, F, D, B og I (26)\nImod stemte: Ø og O (4)")
        + block("Bilag", "1. Oversigt over tillægsbevillinger pr. 28.02.2025 (PDF)\n2. Notat om det specialiserede voksenområde (PDF)")
        + '</section>\n'
        + head("3")
        + block("Resumé", "Byrådet besluttede den 26. august 2024 at sende forslag til Lokalplan 1187 i offentlig høring. Planen giver mulighed for op til 120 boliger i 3-4 etager på den tidligere gartnerigrund ved Sorøvej. Forslaget var i høring fra den 2. oktober til den 27. november 2024, og der er indkommet 14 høringssvar. De handler især om trafikken på Hvilestedvej, bygningshøjder og skygge for naboerne. Administrationen foreslår, at byggefelterne langs Hvilestedvej nedtrappes til 3 etager, mens resten af planen fastholdes.")
        + block("Indstilling", "Direktøren for Teknik, Miljø og Klima indstiller, at Lokalplan 1187 med tilhørende kommuneplantillæg nr. 14 vedtages endeligt med de ændringer, der fremgår af høringsnotatet.")
        + block("Beslutning i Teknik-, Miljø- og Klimaudvalget den 03-03-2025", "Et flertal bestående af A, V, C, D og B anbefaler indstillingen.\nEt mindretal (Ø) kan ikke anbefale indstillingen, da andelen af almene boliger bør være højere.")
        + block(OU, "Anbefales.\nF og Ø tog forbehold for den endelige stillingtagen i Byrådet.")
        + block(BR, "Enhedslisten stillede følgende ændringsforslag: »Bebyggelsen nedsættes fra 4 til 3 etager i hele lokalplanområdet, og mindst 40 pct. af boligerne opføres som almene boliger.«\nFor ændringsforslaget stemte: Ø og F (4)\nImod stemte: A, V, C, O, D, B og I (26)\nÆndringsforslaget blev forkastet.", "Herefter blev indstillingen sat til afstemning.\nFor stemte: A, V, C, O, D, B, I samt Jonas Bech Frandsen (F) (27)\nImod stemte: Ø samt Mette Kirstine Holm-Andersen (F) (3)\nIndstillingen blev godkendt.")
        + '</section>\n'
        + head("4")
        + '<p>Under dette punkt behandles tre anlægssager. Byrådet træffer beslutning i hver sag for sig.</p>\n</section>\n'
        + head("4a")
        + block("Resumé", "Taget på Antvorskov Skoles afdeling Marievang er utæt, og facaderne trænger til efterisolering. Der søges om en anlægsbevilling på 12,4 mio. kr. finansieret af puljen til bygningsvedligeholdelse. Arbejdet udføres fra den 23. juni til den 8. august 2025, så undervisningen ikke forstyrres.")
        + block(OU, "Anbefales.")
        + block(BR, "Indstillingen blev fulgt.")
        + '</section>\n'
        + head("4b")
        + block("Resumé", "Anden etape af cykelstien langs Skælskørvej skal lukke hullet mellem Slagelse og Skælskør. Vejdirektoratet har givet tilsagn om 50 pct. medfinansiering fra Cykelpuljen. Der søges om en anlægsbevilling på 8,9 mio. kr.")
        + block(OU, "Anbefales.")
        + block(BR, "Bevilget med 26 stemmer mod 2.\nO stemte imod, da partiet ønsker midlerne brugt på vedligeholdelse af de eksisterende veje. D undlod at stemme.")
        + '</section>\n'
        + head("4c")
        + block("Resumé", "Børnehuset Solsikken har venteliste, og administrationen har undersøgt en udvidelse med to grupperum og et nyt køkken. Udgiften er beregnet til 4,6 mio. kr.")
        + block(OU, "Oversendes til Byrådet uden anbefaling.")
        + block(BR, "Sagen udsættes til Byrådets møde den 28. april 2025.\nAdministrationen skal belyse alternative placeringer i Korsør, herunder den tidligere skole på Tårnborgvej.")
        + '</section>\n'
        + head("5")
        + block("Resumé", "Halsskov Idrætsforening har søgt om kommunegaranti for et lån på 6,5 mio. kr. til en ny kunstgræsbane. Foreningen har fremlagt budget og finansieringsplan, og garantien påvirker ikke kommunens låneramme.")
        + block(OU, "Anbefales.")
        + block(BR, "Rasmus Kjær-Nielsen (V) erklærede sig inhabil, da han er kasserer i Halsskov Idrætsforening, og deltog ikke i behandlingen af punkt 5.\nGodkendt.")
        + '</section>\n'
        + head("6")
        + block("Resumé", "Pia Rosendahl (A) har bedt om at udtræde af Folkeoplysningsudvalget af arbejdsmæssige årsager. Socialdemokratiet har ret til at udpege et nyt medlem og har indstillet Thomas Lykke Pedersen (A).")
        + block(BR, "Valgt blev Thomas Lykke Pedersen (A) som medlem af Folkeoplysningsudvalget for resten af valgperioden med Camilla Juhl Mathiesen (A) som personlig stedfortræder.")
        + '</section>\n'
        + head("7")
        + block("Resumé", "Bent Ove Kragelund (O) har den 10. marts 2025 fremsendt følgende beslutningsforslag: »Byrådet beslutter at indføre to timers gratis parkering på de kommunale p-pladser i bymidterne i Korsør og Skælskør fra 1. juli 2025.« Administrationen har beregnet det årlige indtægtstab til ca. 1,1 mio. kr.")
        + block(BR, "Forslaget blev forkastet med 4 stemmer mod 26.\nFor stemte: O og D (4)\nImod stemte: A, V, C, F, Ø, B og I (26)")
        + '</section>\n'
        + head("8")
        + '<p>Nanna Sofie Riis (Ø) spurgte til status på den lovede trafiktælling på Jernbanegade. Borgmesteren oplyste, at resultaterne forventes at foreligge inden sommerferien.</p>\n<p>Louise Bay Frederiksen (C) gjorde opmærksom på, at flere borgere i Dalmose har klaget over manglende snerydning på stierne. Kommunaldirektøren svarede, at sagen er kendt.</p>\n</section>\n'
        + head("9")
        + block(BR, "Godkendt.")
        + '</section>\n')
    body = f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<title>Byrådet 24.03.2025 – Referat – Slagelse Kommune</title>
<link rel="stylesheet" href="/static/css/meetings.css">
</head>
<body>
<nav class="topnav">
<a href="/">Forside</a> | <a href="/politik">Politik og demokrati</a> | <a href="/politik/moeder">Dagsordener og referater</a> | <a href="/politik/moeder/byraadet">Byrådet</a>
<span class="tools"><a href="/soeg">Søg</a> · <a href="/kontakt">Kontakt</a> · <a href="/en">English</a></span>
</nav>
<header class="meeting-header">
<p class="site-name">Slagelse Kommune</p>
<h1>Byrådet – Referat</h1>
<dl class="meeting-meta">
<dt>Mødedato</dt><dd>Mandag den 24. marts 2025</dd>
<dt>Mødetidspunkt</dt><dd>Kl. 18:00 - 21:40</dd>
<dt>Mødested</dt><dd>Byrådssalen, Slagelse Rådhus</dd>
<dt>Status</dt><dd>Referat offentliggjort 26-03-2025</dd>
</dl>
</header>
<main>
<section class="participants">
<h2>Deltagere</h2>
<table class="members">
<thead><tr><th>Navn</th><th>Parti</th><th>Funktion</th><th>Fremmøde</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>Fra administrationen deltog kommunaldirektør Torben Engelbrecht Rask, direktør for Teknik, Miljø og Klima Signe Holst Mikkelsen (punkt 3 og 4) og byrådssekretær Line Winther Hald (referent).</p>
</section>
<section class="toc">
<h2>Indholdsfortegnelse</h2>
<ul>
{toc}
</ul>
</section>
{items_html}<p class="closing">Mødet blev hævet kl. 21:40.<br>
Referatet er underskrevet digitalt af borgmester Jens Christian Dyrholm den 26. marts 2025.</p>
</main>
<footer>
<p>Slagelse Kommune · Rådhuspladsen 11 · 4200 Slagelse</p>
<p>Næste ordinære byrådsmøde: mandag den 28. april 2025 kl. 18:00</p>
<p><a href="/tilgaengelighed">Tilgængelighedserklæring</a> | <a href="/cookies">Cookies</a> | <a href="/privatliv">Privatlivspolitik</a></p>
</footer>
</body>
</html>
"""
    path.write_text(body, encoding="utf-8")


def ann_slagelse():
    persons = [m[0] for m in SLA_MEMBERS] + [
        "Torben Engelbrecht Rask", "Signe Holst Mikkelsen", "Line Winther Hald"]
    dates = {
        "24.03.2025": "2025-03-24", "24. marts 2025": "2025-03-24", "24-03-2025": "2025-03-24",
        "26-03-2025": "2025-03-26", "26. marts 2025": "2025-03-26",
        "28. februar 2025": "2025-02-28", "28.02.2025": "2025-02-28",
        "1. juni 2025": "2025-06-01", "17-03-2025": "2025-03-17", "03-03-2025": "2025-03-03",
        "26. august 2024": "2024-08-26", "2. oktober": "2024-10-02",
        "27. november 2024": "2024-11-27", "23. juni": "2025-06-23",
        "8. august 2025": "2025-08-08", "28. april 2025": "2025-04-28",
        "10. marts 2025": "2025-03-10", "1. juli 2025": "2025-07-01",
    }
    munis = {"Slagelse Kommune": "0330", "Slagelse": "0330"}
    block = ["Slagelse Rådhus", "Slagelse Nord"]
    members = []
    for n, p, f, a in SLA_MEMBERS:
        members.append({"person": n, "role": f.lower(), "status":
                        "present" if a == "Til stede" else "absent", "note": p})
    attendance = members + [
        {"person": "Torben Engelbrecht Rask", "role": "kommunaldirektør", "status": "present",
         "note": ""},
        {"person": "Signe Holst Mikkelsen", "role": "direktør", "status": "present",
         "note": "punkt 3 og 4"},
        {"person": "Line Winther Hald", "role": "byrådssekretær", "status": "present",
         "note": "referent"},
    ]
    D = "2025-03-24"

    def pos(item, actors, position, date=D):
        return [{"item_no": item, "actor": a, "position": position, "date": date}
                for a in actors]
    positions = (
        pos("2", ["Kasper Vinther Olsen"], "against", "2025-03-17")
        + pos("2", ["A", "V", "C", "F", "D", "B", "I"], "for")
        + pos("2", ["Ø", "O"], "against")
        + pos("3", ["A", "V", "C", "D", "B"], "for", "2025-03-03")
        + pos("3", ["Ø"], "against", "2025-03-03")
        + pos("3", ["F", "Ø"], "reservation", "2025-03-17")
        + pos("3", ["Ø", "F"], "for")
        + pos("3", ["A", "V", "C", "O", "D", "B", "I"], "against")
        + pos("3", ["A", "V", "C", "O", "D", "B", "I", "Jonas Bech Frandsen"], "for")
        + pos("3", ["Ø", "Mette Kirstine Holm-Andersen"], "against")
        + pos("4b", ["O"], "against")
        + pos("4b", ["D"], "abstain")
        + pos("5", ["Rasmus Kjær-Nielsen"], "absent")
        + pos("7", ["O", "D"], "for")
        + pos("7", ["A", "V", "C", "F", "Ø", "B", "I"], "against")
    )
    tables = {
        "meetings": [{"body": "Byrådet", "date": D, "start_time": "18:00", "end_time": "21:40",
                      "location": "Byrådssalen, Slagelse Rådhus"}],
        "attendance": attendance,
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in SLA_ITEMS],
        "decisions": [
            {"item_no": "1", "outcome": "approved"},
            {"item_no": "2", "outcome": "approved"},
            {"item_no": "3", "outcome": "approved"},
            {"item_no": "4a", "outcome": "approved"},
            {"item_no": "4b", "outcome": "approved"},
            {"item_no": "4c", "outcome": "postponed"},
            {"item_no": "5", "outcome": "approved"},
            {"item_no": "6", "outcome": "elected"},
            {"item_no": "7", "outcome": "rejected"},
            {"item_no": "9", "outcome": "approved"},
        ],
        "positions": positions,
    }
    actions = [
        ("2", "fagudvalgene", "fremlægge", "2025-06-01",
         "fagudvalgene fremlægger handleplaner for områder med merforbrug inden 1. juni 2025.",
         "fremlægger handleplaner for områder med merforbrug inden 1. juni 2025"),
        ("4c", "administrationen", "belyse", "",
         "Administrationen skal belyse alternative placeringer i Korsør, herunder den tidligere "
         "skole på Tårnborgvej.",
         "belyse alternative placeringer i Korsør, herunder den tidligere skole på Tårnborgvej"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 2. Klima- og Miljøudvalget, Gladsaxe Kommune: PDF with columns, two meetings
# ---------------------------------------------------------------------------------------------

GLA_M1 = [
    ("Marianne Vestergaard Holst", "formand", "present", "A"),
    ("Kim Frederik Aagaard", "næstformand", "present", "V"),
    ("Maja Søndergaard Klit", "", "present", "A"),
    ("Rikke Louise Bang-Hansen", "", "present", "Ø"),
    ("Henrik Bjerre-Mortensen", "", "present", "F"),
    ("Ahmad Rahimi", "", "present", "B"),
    ("Torben Ulrik Friis", "", "absent", "C"),
    ("Per Anker Nørgaard", "direktør", "present", ""),
    ("Sidsel Ravn-Jørgensen", "centerchef", "present", ""),
    ("Jonas Mikael Skou", "referent", "present", ""),
    ("Ida", "observatør", "present", ""),
    ("Noah", "observatør", "present", ""),
]
GLA_M2 = [
    ("Marianne Vestergaard Holst", "formand", "present", "A"),
    ("Maja Søndergaard Klit", "", "present", "A"),
    ("Rikke Louise Bang-Hansen", "", "present", "Ø"),
    ("Henrik Bjerre-Mortensen", "", "present", "F"),
    ("Ahmad Rahimi", "", "present", "B"),
    ("Torben Ulrik Friis", "", "present", "C"),
    ("Kim Frederik Aagaard", "næstformand", "absent", "V"),
    ("Per Anker Nørgaard", "direktør", "present", ""),
    ("Sidsel Ravn-Jørgensen", "centerchef", "present", ""),
    ("Peter Hjort Laugesen", "projektleder", "present", "punkt 4"),
    ("Jonas Mikael Skou", "referent", "present", ""),
]
GLA_I1 = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Meddelelser", ""),
    ("3", "Klimaplan 2030 – CO2-regnskab for 2024", "09.00.00-P05-2-25"),
    ("4", "Skybrudsplan for Bagsværd, etape 3", "06.00.05-P20-4-24"),
    ("5", "Høringssvar til forslag til regulativ for husholdningsaffald", "07.00.00-A00-1-25"),
    ("6", "Eventuelt", ""),
]
GLA_I2 = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Opfølgning: udvidelse af delebilsordningen", "09.00.00-P05-2-25"),
    ("3", "Fordeling af Klimapuljen 2025", "09.00.00-Ø40-1-25"),
    ("4", "Temadrøftelse: biodiversitet i kommunens parker og grønne områder", ""),
    ("5", "Ladestandere på kommunale parkeringspladser", "05.13.00-G00-2-25"),
    ("6", "Eventuelt", ""),
]


def build_gladsaxe(path: Path):
    pdf = MinutesPDF("Gladsaxe Kommune  |  Klima- og Miljøudvalget  |  Referater 2025",
                     "Referater, Klima- og Miljøudvalget, januar og februar 2025")
    pdf.add_page()
    pdf.doc_title("Klima- og Miljøudvalget\nReferater fra møderne i januar og februar 2025")
    pdf.p("Denne fil indeholder referaterne fra udvalgets møder den 14. januar 2025 og den "
          "11. februar 2025. Referaterne er godkendt af udvalgets formand.", "I")

    # ---- meeting 1 --------------------------------------------------------------------
    pdf.h2("Møde tirsdag den 14. januar 2025")
    pdf.kv([("Tidspunkt:", "Kl. 16.30-18.45"),
            ("Mødested:", "Mødelokale 2, Gladsaxe Rådhus")])
    pdf.columns(
        [("B", "Til stede:"),
         ("", "Marianne Vestergaard Holst (A), formand"),
         ("", "Kim Frederik Aagaard (V), næstformand"),
         ("", "Maja Søndergaard Klit (A)"),
         ("", "Rikke Louise Bang-Hansen (Ø)"),
         ("", "Henrik Bjerre-Mortensen (F)"),
         ("", "Ahmad Rahimi (B)")],
        [("B", "Afbud:"),
         ("", "Torben Ulrik Friis (C)"),
         ("B", "Desuden deltog:"),
         ("", "Per Anker Nørgaard, direktør"),
         ("", "Sidsel Ravn-Jørgensen, centerchef"),
         ("", "Jonas Mikael Skou, referent"),
         ("", "Observatører fra ungerådet: Ida og Noah")])

    i = {n: t for n, t, _ in GLA_I1}
    c = {n: k for n, _, k in GLA_I1}

    def item(n, items=i, cases=c):
        pdf.h2(f"{n}. {items[n]}")
        if cases[n]:
            pdf.p(f"Sagsnr.: {cases[n]}", gap=1)

    item("1")
    pdf.h3("Beslutning")
    pdf.p("Godkendt.")
    item("2")
    pdf.p("Centerchefen orienterede om, at den nye ordning for indsamling af madaffald nu er "
          "rullet ud i Søborg og Mørkhøj, og at sorteringsgraden i de første uger ligger på "
          "niveau med forventningerne. Formanden orienterede om, at Gladsaxe Kommune har "
          "fået tilsagn om 1,2 mio. kr. fra Miljøstyrelsen til plantning af klimatræer, og om "
          "KL's klimatopmøde den 30. januar 2025.")
    pdf.h3("Beslutning")
    pdf.p("Meddelelserne blev taget til efterretning.")
    item("3")
    pdf.h3("Sagsfremstilling")
    pdf.p("Forvaltningen har opgjort kommunens CO2-regnskab for 2024. Den samlede udledning "
          "fra kommunen som geografisk område er faldet med 6 pct. i forhold til 2023, "
          "primært som følge af udfasningen af naturgas i fjernvarmen. Transportområdet "
          "udgør nu 41 pct. af udledningen, og faldet her er mindre end forudsat i "
          "Klimaplan 2030.")
    pdf.h3("Beslutning")
    pdf.p("Taget til efterretning. Forvaltningen skal undersøge muligheden for at udvide "
          "delebilsordningen til Bagsværd og Buddinge og forelægge en sag for udvalget "
          "inden 1. april 2025.")
    item("4")
    pdf.h3("Sagsfremstilling")
    pdf.p("Tredje etape af skybrudsplanen omfatter regnvandsbassiner og forsinkelsesveje i "
          "området mellem Bagsværd Sø og Bagsværd Bypark. Skitseprojektet er udarbejdet i "
          "samarbejde med forsyningsselskabet, og anlægsudgiften er skønnet til 38 mio. kr., "
          "hvoraf kommunens andel er 6,5 mio. kr. Projektet koordineres med "
          "Lyngby-Taarbæk Kommune, da en del af oplandet til Bagsværd Sø ligger i "
          "nabokommunen.")
    pdf.h3("Beslutning")
    pdf.p("Udvalget anbefaler over for Økonomiudvalget og Kommunalbestyrelsen, at "
          "skitseprojektet godkendes, og at der frigives 2,1 mio. kr. til projektering.")
    pdf.p("Handling: Sekretariatet bedes udarbejde en borgerrettet sammenfatning af "
          "skitseprojektet til kommunens hjemmeside.")
    item("5")
    pdf.p("Forslaget til nyt regulativ for husholdningsaffald er sendt i høring af Vestforbrænding "
          "med frist den 24. januar 2025. Forvaltningen har udarbejdet udkast til høringssvar.")
    pdf.h3("Beslutning")
    pdf.p("Udvalget godkendte høringssvaret med de faldne bemærkninger om storskrald og "
          "haveaffald.")
    item("6")
    pdf.p("Rikke Louise Bang-Hansen spurgte til muligheden for flere overdækkede "
          "cykelparkeringer ved Gladsaxe Trafikplads. Formanden foreslog, at emnet tages op på "
          "et senere møde. Ahmad Rahimi gjorde opmærksom på, at ungerådet gerne vil inviteres "
          "til en drøftelse af klimaplanen.")
    pdf.p("Næste møde: tirsdag den 11. februar 2025 kl. 16.30.", "B")
    pdf.h3("Opfølgningsliste fra mødet den 14. januar 2025")
    pdf.table([("Pkt.", "Ansvarlig", "Opgave", "Frist"),
               ("3", "SRJ", "Sende kort over offentlige ladestandere", "31. januar 2025"),
               ("4", "Center for Klima og Miljø", "Invitere grundejerforeninger til infomøde",
                "uge 9"),
               ("5", "Sekretariatet", "Fremsende høringssvaret til Vestforbrænding",
                "20.01.2025")],
              (12, 50, 78, 30))

    # ---- meeting 2 --------------------------------------------------------------------
    pdf.add_page()
    pdf.h2("Møde tirsdag den 11. februar 2025")
    pdf.kv([("Tidspunkt:", "Kl. 16.30-18.10"),
            ("Mødested:", "Udvalgsværelse 1, Gladsaxe Rådhus")])
    pdf.columns(
        [("B", "Til stede:"),
         ("", "Marianne Vestergaard Holst (A), formand"),
         ("", "Maja Søndergaard Klit (A)"),
         ("", "Rikke Louise Bang-Hansen (Ø)"),
         ("", "Henrik Bjerre-Mortensen (F)"),
         ("", "Ahmad Rahimi (B)"),
         ("", "Torben Ulrik Friis (C)")],
        [("B", "Afbud:"),
         ("", "Kim Frederik Aagaard (V), næstformand"),
         ("B", "Desuden deltog:"),
         ("", "Per Anker Nørgaard, direktør"),
         ("", "Sidsel Ravn-Jørgensen, centerchef"),
         ("", "Peter Hjort Laugesen, projektleder (punkt 4)"),
         ("", "Jonas Mikael Skou, referent")])
    i2 = {n: t for n, t, _ in GLA_I2}
    c2 = {n: k for n, _, k in GLA_I2}
    item("1", i2, c2)
    pdf.h3("Beslutning")
    pdf.p("Godkendt.")
    item("2", i2, c2)
    pdf.p("Forvaltningen har på baggrund af udvalgets beslutning den 14. januar 2025 drøftet en "
          "udvidelse med to delebilsoperatører. Begge er interesserede i at etablere i alt otte "
          "pladser i Bagsværd og Buddinge, hvis kommunen stiller parkeringspladser til rådighed.")
    pdf.h3("Beslutning")
    pdf.p("Taget til efterretning.")
    item("3", i2, c2)
    pdf.p("Der er indkommet 11 ansøgninger til Klimapuljen 2025 om i alt 1,4 mio. kr. Puljen "
          "udgør 850.000 kr. Forvaltningen har vurderet ansøgningerne efter de vedtagne "
          "kriterier og foreslår en fordeling som i bilaget.")
    pdf.h3("Beslutning")
    pdf.p("Udvalget godkendte fordelingen, dog således at Bagsværd Roklub modtager 75.000 kr. i "
          "stedet for de indstillede 50.000 kr.")
    pdf.p("Opfølgning: Forvaltningen sender tilsagnsbreve til ansøgerne inden 1. marts 2025.",
          gap=1)
    pdf.p("Handling: Udarbejde forslag til reviderede kriterier for Klimapuljen 2026.\n"
          "Ansvarlig: Center for Klima og Miljø\n"
          "Frist: senest udgangen af juni")
    item("4", i2, c2)
    pdf.p("Projektleder Peter Hjort Laugesen præsenterede resultaterne af kortlægningen af "
          "biodiversiteten i kommunens parker. 22 pct. af de kommunale grønne arealer plejes i "
          "dag ekstensivt. Udvalget drøftede blandt andet vilde blomsterenge, "
          "efterladt dødt ved og borgernes ønsker til klippede græsplæner.")
    pdf.h3("Beslutning")
    pdf.p("Drøftet. Forvaltningen bedes på baggrund af drøftelsen udarbejde et udkast til "
          "biodiversitetsstrategi til udvalgets møde den 13. maj 2025.")
    item("5", i2, c2)
    pdf.p("Forvaltningen har modtaget en henvendelse fra en privat operatør, som ønsker at "
          "opstille 40 ladestandere på seks kommunale parkeringspladser mod en årlig leje. "
          "Herlev og Furesø Kommuner har indgået lignende aftaler med samme operatør, og "
          "forvaltningen anbefaler at afvente deres erfaringer med driften.")
    pdf.h3("Beslutning")
    pdf.p("Sagen udsættes til næste møde.")
    item("6", i2, c2)
    pdf.p("Torben Ulrik Friis efterlyste en status på støjskærmen langs Motorring 3. "
          "Direktøren oplyste, at Vejdirektoratet forventer at afslutte arbejdet i efteråret. "
          "Henrik Bjerre-Mortensen roste det nye affaldssorteringsanlæg på Gladsaxe "
          "Genbrugsstation.")
    pdf.p("Næste møde: tirsdag den 11. marts 2025 kl. 16.30.", "B")
    pdf.p("Referatet er godkendt af formanden den 13. februar 2025.", "I")
    pdf.output(str(path))


def ann_gladsaxe():
    persons = sorted({p[0] for p in GLA_M1 + GLA_M2}) + ["SRJ"]
    dates = {
        "14. januar 2025": "2025-01-14", "11. februar 2025": "2025-02-11",
        "30. januar 2025": "2025-01-30", "1. april 2025": "2025-04-01",
        "24. januar 2025": "2025-01-24", "31. januar 2025": "2025-01-31",
        "20.01.2025": "2025-01-20", "1. marts 2025": "2025-03-01",
        "13. maj 2025": "2025-05-13", "11. marts 2025": "2025-03-11",
        "13. februar 2025": "2025-02-13",
    }
    munis = {"Gladsaxe Kommune": "0159", "Lyngby-Taarbæk Kommune": "0173", "Herlev": "0163",
             "Furesø Kommuner": "0190"}
    block = ["Gladsaxe Rådhus", "Gladsaxe Trafikplads", "Gladsaxe Genbrugsstation",
             "Gladsaxe\nGenbrugsstation"]

    def att(rows):
        return [{"person": n, "role": r, "status": s, "note": note} for n, r, s, note in rows]
    body = "Klima- og Miljøudvalget"
    tables = {
        "meetings": [
            {"body": body, "date": "2025-01-14", "start_time": "16:30", "end_time": "18:45",
             "location": "Mødelokale 2, Gladsaxe Rådhus"},
            {"body": body, "date": "2025-02-11", "start_time": "16:30", "end_time": "18:10",
             "location": "Udvalgsværelse 1, Gladsaxe Rådhus"}],
        "attendance": att(GLA_M1) + att(GLA_M2),
        "agenda_items": [{"item_no": n, "title": t, "case_no": k} for n, t, k in GLA_I1 + GLA_I2],
        "decisions": [
            {"item_no": "1", "outcome": "approved"},
            {"item_no": "2", "outcome": "noted"},
            {"item_no": "3", "outcome": "noted"},
            {"item_no": "4", "outcome": "approved"},
            {"item_no": "5", "outcome": "approved"},
            {"item_no": "1", "outcome": "approved"},
            {"item_no": "2", "outcome": "noted"},
            {"item_no": "3", "outcome": "approved"},
            {"item_no": "4", "outcome": "other"},
            {"item_no": "5", "outcome": "postponed"},
        ],
        "positions": [],
    }
    S3 = ("Forvaltningen skal undersøge muligheden for at udvide delebilsordningen til Bagsværd "
          "og Buddinge og forelægge en sag for udvalget inden 1. april 2025.")
    actions = [
        ("3", "forvaltningen", "undersøge", "", S3,
         "undersøge muligheden for at udvide delebilsordningen til Bagsværd og Buddinge"),
        ("3", "forvaltningen", "forelægge", "2025-04-01", S3,
         "forelægge en sag for udvalget inden 1. april 2025"),
        ("4", "sekretariatet", "udarbejde", "",
         "Handling: Sekretariatet bedes udarbejde en borgerrettet sammenfatning af "
         "skitseprojektet til kommunens hjemmeside.",
         "udarbejde en borgerrettet sammenfatning af skitseprojektet til kommunens hjemmeside"),
        ("3", "SRJ", "sende", "2025-01-31",
         "3 SRJ Sende kort over offentlige ladestandere 31. januar 2025",
         "Sende kort over offentlige ladestandere"),
        ("4", "Center for Klima og Miljø", "invitere", "",
         "4 Center for Klima og Miljø Invitere grundejerforeninger til infomøde uge 9",
         "Invitere grundejerforeninger til infomøde"),
        ("5", "Sekretariatet", "fremsende", "2025-01-20",
         "5 Sekretariatet Fremsende høringssvaret til Vestforbrænding 20.01.2025",
         "Fremsende høringssvaret til Vestforbrænding"),
        # meeting 2
        ("3", "forvaltningen", "sende", "2025-03-01",
         "Opfølgning: Forvaltningen sender tilsagnsbreve til ansøgerne inden 1. marts 2025.",
         "sender tilsagnsbreve til ansøgerne inden 1. marts 2025"),
        ("3", "Center for Klima og Miljø", "udarbejde", "2025-06-30",
         "Handling: Udarbejde forslag til reviderede kriterier for Klimapuljen 2026.",
         "Udarbejde forslag til reviderede kriterier for Klimapuljen 2026"),
        ("4", "forvaltningen", "udarbejde", "2025-05-13",
         "Forvaltningen bedes på baggrund af drøftelsen udarbejde et udkast til "
         "biodiversitetsstrategi til udvalgets møde den 13. maj 2025.",
         "udarbejde et udkast til biodiversitetsstrategi til udvalgets møde den 13. maj 2025"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 3. Regionsrådet, Region Nordjylland: plain text
# ---------------------------------------------------------------------------------------------

RN_TEXT = """REGION NORDJYLLAND
Regionsrådet

BESLUTNINGSPROTOKOL

Mødedato:   Tirsdag den 24. juni 2025
Mødetid:    Kl. 14.00 - 17.25
Mødested:   Regionsrådssalen, Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst

Fraværende: Lars Erik Toft (V), Dorthe Kjeldgaard-Munk (A)
Stedfortræder: Poul Henning Brix (V) deltog i stedet for Lars Erik Toft.
Fra administrationen deltog: regionsdirektør Kirsten Dahl Overgaard, koncerndirektør Jesper Vibe-Hastrup, sundhedsdirektør Mette Lindskov Yde og chefkonsulent Peter Mørup Kolind (protokolfører).

Mødet blev ledet af regionsrådsformand Anders Kloster Hviid (V).


INDHOLDSFORTEGNELSE

Pkt. 1   Godkendelse af dagsorden
Pkt. 2   Godkendelse af beslutningsprotokol fra mødet den 20. maj 2025
Pkt. 3   Økonomirapportering pr. 30. april 2025
Pkt. 4   Ny struktur for akutklinikkerne
Pkt. 5   Udpegning af medlem til bestyrelsen for Nordjyllands Trafikselskab
Pkt. 6   Tilskud fra den regionale udviklingspulje til projektet Grøn Vendsyssel
Pkt. 7   Forslag fra Enhedslisten om udfasning af vikarbureauer i sundhedsvæsenet
Pkt. 8   Orientering om ventetider på kræftbehandling i 1. kvartal 2025
Pkt. 9   Eventuelt


------------------------------------------------------------------------
Pkt. 1   Godkendelse af dagsorden
------------------------------------------------------------------------

Beslutning:
Godkendt.


------------------------------------------------------------------------
Pkt. 2   Godkendelse af beslutningsprotokol fra mødet den 20. maj 2025
------------------------------------------------------------------------
Sagsnr.: 2025-000214

Beslutning:
Regionsrådet godkendte beslutningsprotokollen uden bemærkninger.


------------------------------------------------------------------------
Pkt. 3   Økonomirapportering pr. 30. april 2025
------------------------------------------------------------------------
Sagsnr.: 2025-003318

Resume:
Økonomirapporteringen viser et forventet merforbrug på sundhedsområdet på 64 mio. kr., som især skyldes øgede udgifter til medicin og til private vikarer på sygehusene i Hjørring og Thisted. På regional udvikling forventes balance. Administrationen vurderer, at merforbruget kan dækkes inden for den samlede ramme, hvis de igangsatte tiltag får fuld effekt i andet halvår.

Indstilling:
Administrationen indstiller, at økonomirapporteringen pr. 30. april 2025 tages til efterretning.

Sagsforløb:
Forretningsudvalget den 10. juni 2025:
Indstillingen anbefales.

Beslutning:
Taget til efterretning.


------------------------------------------------------------------------
Pkt. 4   Ny struktur for akutklinikkerne
------------------------------------------------------------------------
Sagsnr.: 2024-021877

Resume:
Regionsrådet besluttede den 28. januar 2025 at sende et forslag om en ny struktur for akutklinikkerne i høring. Forslaget indebærer, at akutklinikken i Frederikshavn får døgnåbent, mens akutklinikken i Thisted holder åbent kl. 8-22 med telefonisk visitation om natten. Der er indkommet 31 høringssvar, bl.a. fra Thisted Kommune, Morsø Kommune, Frederikshavn Kommune og Læsø Kommune. Flere høringssvar peger på de lange afstande i den vestlige del af regionen.

Indstilling:
Administrationen indstiller,
1) at den nye struktur godkendes med virkning fra 1. januar 2026,
2) at administrationen bemyndiges til at indgå aftaler med de berørte kommuner om fælles akutpladser.

Sagsforløb:
Sundhedsudvalget den 2. juni 2025:
Udvalget anbefaler indstillingen. Et mindretal (O) kan ikke anbefale indstillingen.

Forretningsudvalget den 10. juni 2025:
Anbefales med 12 stemmer mod 1. Imod stemte Birthe Kallehave Østergaard (O).

Beslutning:
Venstre stillede ændringsforslag om, at akutklinikken i Thisted fortsat holder døgnåbent.
For ændringsforslaget stemte: V, O og D (14)
Imod stemte: A, F, C, K, Ø, I, B, M og Å (26)
Ændringsforslaget blev forkastet.

Herefter blev indstillingen sat under afstemning.
For stemte: A, F, C, K, Ø, I, B, M, Å og V, bortset fra Jens Ole Vinkel (35)
Imod stemte: O, D og Jens Ole Vinkel (V) (5)
Indstillingen blev vedtaget med 35 stemmer mod 5.

Jens Ole Vinkel (V) ønskede følgende tilført protokollen: "Jeg kan ikke stemme for en model, der forringer akutberedskabet for borgerne i Thy og på Mors."


------------------------------------------------------------------------
Pkt. 5   Udpegning af medlem til bestyrelsen for Nordjyllands Trafikselskab
------------------------------------------------------------------------
Sagsnr.: 2025-009920

Resume:
Regionsrådets repræsentant i bestyrelsen for Nordjyllands Trafikselskab, Søren Højgaard Bech (A), er fratrådt. Der skal udpeges et nyt medlem for resten af perioden frem til den 31. december 2025.

Beslutning:
Der blev foreslået to kandidater: Mette Bjerregaard Kudsk (F) og Henrik Brøndum Lassen (V). Ved den skriftlige afstemning fik Mette Bjerregaard Kudsk 22 stemmer og Henrik Brøndum Lassen 18 stemmer.
Valgt blev Mette Bjerregaard Kudsk (F).


------------------------------------------------------------------------
Pkt. 6   Tilskud fra den regionale udviklingspulje til projektet Grøn Vendsyssel
------------------------------------------------------------------------
Sagsnr.: 2025-006431

Resume:
Brønderslev Kommune, Hjørring Kommune og Frederikshavn Kommune søger sammen med tre erhvervsskoler om 2,4 mio. kr. til projektet Grøn Vendsyssel, der skal uddanne 300 faglærte til den grønne omstilling frem til udgangen af 2027. Udviklingsudvalget anbefaler, at der gives tilsagn.

Indstilling:
Administrationen indstiller, at der gives tilsagn om tilskud på 2,4 mio. kr.

Beslutning:
Anne-Mette Krogh Sørensen (C) deltog ikke i behandlingen af punkt 6 på grund af inhabilitet.
Indstillingen blev fulgt.


------------------------------------------------------------------------
Pkt. 7   Forslag fra Enhedslisten om udfasning af vikarbureauer i sundhedsvæsenet
------------------------------------------------------------------------
Sagsnr.: 2025-010077

Resume:
Regionsrådsmedlem Karen Margrethe Aaby (Ø) har den 3. juni 2025 stillet forslag om, at regionen udfaser brugen af private vikarbureauer på sygehusene inden udgangen af 2026.

Beslutning:
Sagen udsættes. Administrationen bedes belyse de økonomiske og personalemæssige konsekvenser til regionsrådets møde den 26. august 2025.


------------------------------------------------------------------------
Pkt. 8   Orientering om ventetider på kræftbehandling i 1. kvartal 2025
------------------------------------------------------------------------
Sagsnr.: 2025-007702

Resume:
Sundhedsdirektøren orienterede om, at 91 pct. af patienterne i 1. kvartal 2025 blev behandlet inden for de maksimale ventetider. Udfordringerne er størst inden for strålebehandling, hvor kapaciteten i Aalborg er udvidet fra 1. maj 2025.

Beslutning:
Regionsrådet tog orienteringen til efterretning.


------------------------------------------------------------------------
Pkt. 9   Eventuelt
------------------------------------------------------------------------

Karen Margrethe Aaby (Ø) spurgte til status på parkeringsforholdene ved sygehuset i Hjørring. Regionsdirektøren oplyste, at der arbejdes på en løsning med Hjørring Kommune.

Niels Peter Holt-Jensen (C) gjorde opmærksom på, at Jammerbugt Kommune og Vesthimmerlands Kommune har efterlyst bedre busforbindelser til sygehusene. Formanden foreslog, at emnet tages op i Kontaktudvalget.

Mødet sluttede kl. 17.25.


Beslutningsprotokollen er godkendt og underskrevet digitalt den 26. juni 2025.
Næste møde i regionsrådet: tirsdag den 26. august 2025 kl. 14.00.
"""

RN_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Godkendelse af beslutningsprotokol fra mødet den 20. maj 2025", "2025-000214"),
    ("3", "Økonomirapportering pr. 30. april 2025", "2025-003318"),
    ("4", "Ny struktur for akutklinikkerne", "2024-021877"),
    ("5", "Udpegning af medlem til bestyrelsen for Nordjyllands Trafikselskab", "2025-009920"),
    ("6", "Tilskud fra den regionale udviklingspulje til projektet Grøn Vendsyssel",
     "2025-006431"),
    ("7", "Forslag fra Enhedslisten om udfasning af vikarbureauer i sundhedsvæsenet",
     "2025-010077"),
    ("8", "Orientering om ventetider på kræftbehandling i 1. kvartal 2025", "2025-007702"),
    ("9", "Eventuelt", ""),
]


def build_nordjylland(path: Path):
    path.write_text(RN_TEXT, encoding="utf-8")


def ann_nordjylland():
    persons = ["Lars Erik Toft", "Dorthe Kjeldgaard-Munk", "Poul Henning Brix",
               "Kirsten Dahl Overgaard", "Jesper Vibe-Hastrup", "Mette Lindskov Yde",
               "Peter Mørup Kolind", "Anders Kloster Hviid", "Birthe Kallehave Østergaard",
               "Jens Ole Vinkel", "Søren Højgaard Bech", "Mette Bjerregaard Kudsk",
               "Henrik Brøndum Lassen", "Anne-Mette Krogh Sørensen", "Karen Margrethe Aaby",
               "Niels Peter Holt-Jensen"]
    dates = {
        "24. juni 2025": "2025-06-24", "20. maj 2025": "2025-05-20",
        "30. april 2025": "2025-04-30", "10. juni 2025": "2025-06-10",
        "28. januar 2025": "2025-01-28", "1. januar 2026": "2026-01-01",
        "2. juni 2025": "2025-06-02", "31. december 2025": "2025-12-31",
        "3. juni 2025": "2025-06-03", "26. august 2025": "2025-08-26",
        "1. maj 2025": "2025-05-01", "26. juni 2025": "2025-06-26",
    }
    munis = {"Hjørring": "0860", "Thisted": "0787", "Frederikshavn": "0813",
             "Thisted Kommune": "0787", "Morsø Kommune": "0773",
             "Frederikshavn Kommune": "0813", "Læsø Kommune": "0825",
             "Brønderslev Kommune": "0810", "Hjørring Kommune": "0860", "Aalborg": "0851",
             "Jammerbugt Kommune": "0849", "Vesthimmerlands Kommune": "0820"}
    block = ["Aalborg Øst"]
    D = "2025-06-24"

    def pos(item, actors, position, date=D):
        return [{"item_no": item, "actor": a, "position": position, "date": date}
                for a in actors]
    tables = {
        "meetings": [{"body": "Regionsrådet", "date": D, "start_time": "14:00",
                      "end_time": "17:25",
                      "location": "Regionsrådssalen, Regionshuset, Niels Bohrs Vej 30, "
                                  "9220 Aalborg Øst"}],
        "attendance": [
            {"person": "Lars Erik Toft", "role": "", "status": "absent", "note": "V"},
            {"person": "Dorthe Kjeldgaard-Munk", "role": "", "status": "absent", "note": "A"},
            {"person": "Poul Henning Brix", "role": "stedfortræder", "status": "present",
             "note": "V"},
            {"person": "Kirsten Dahl Overgaard", "role": "regionsdirektør", "status": "present",
             "note": ""},
            {"person": "Jesper Vibe-Hastrup", "role": "koncerndirektør", "status": "present",
             "note": ""},
            {"person": "Mette Lindskov Yde", "role": "sundhedsdirektør", "status": "present",
             "note": ""},
            {"person": "Peter Mørup Kolind", "role": "chefkonsulent", "status": "present",
             "note": "protokolfører"},
            {"person": "Anders Kloster Hviid", "role": "regionsrådsformand",
             "status": "present", "note": "V"},
        ],
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in RN_ITEMS],
        "decisions": [
            {"item_no": "1", "outcome": "approved"},
            {"item_no": "2", "outcome": "approved"},
            {"item_no": "3", "outcome": "noted"},
            {"item_no": "4", "outcome": "approved"},
            {"item_no": "5", "outcome": "elected"},
            {"item_no": "6", "outcome": "approved"},
            {"item_no": "7", "outcome": "postponed"},
            {"item_no": "8", "outcome": "noted"},
        ],
        "positions": (
            pos("4", ["O"], "against", "2025-06-02")
            + pos("4", ["Birthe Kallehave Østergaard"], "against", "2025-06-10")
            + pos("4", ["V", "O", "D"], "for")
            + pos("4", ["A", "F", "C", "K", "Ø", "I", "B", "M", "Å"], "against")
            + pos("4", ["A", "F", "C", "K", "Ø", "I", "B", "M", "Å", "V"], "for")
            + pos("4", ["O", "D", "Jens Ole Vinkel"], "against")
            + pos("6", ["Anne-Mette Krogh Sørensen"], "absent")
        ),
    }
    actions = [
        ("4", "administrationen", "indgå", "",
         "at administrationen bemyndiges til at indgå aftaler med de berørte kommuner om "
         "fælles akutpladser.",
         "indgå aftaler med de berørte kommuner om fælles akutpladser"),
        ("7", "administrationen", "belyse", "2025-08-26",
         "Administrationen bedes belyse de økonomiske og personalemæssige konsekvenser til "
         "regionsrådets møde den 26. august 2025.",
         "belyse de økonomiske og personalemæssige konsekvenser til regionsrådets møde den "
         "26. august 2025"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 4. Kredsrådet, Midt- og Vestsjællands Politi: DOCX with tables
# ---------------------------------------------------------------------------------------------

MVS_ATT = [
    # name, title, authority, attendance
    ("Anders Bæk-Vestergaard", "Politidirektør", "Midt- og Vestsjællands Politi",
     "Til stede"),
    ("Jacob Hedegaard Thorup", "Borgmester", "Greve Kommune", "Til stede"),
    ("Lene Krogh-Poulsen", "Borgmester", "Holbæk Kommune", "Til stede"),
    ("Kristian Aagesen Holm", "Borgmester", "Kalundborg Kommune", "Til stede"),
    ("Bo Skriver Mølgaard", "Borgmester", "Køge Kommune", "Til stede"),
    ("Karina Ahlgreen Friis", "Borgmester", "Lejre Kommune", "Til stede"),
    ("Henrik Lund Damgaard", "Borgmester", "Odsherred Kommune", "Afbud"),
    ("Vibeke Nørgaard Juul", "Borgmester", "Ringsted Kommune", "Til stede"),
    ("Morten Skov Ravnsbæk", "Borgmester", "Roskilde Kommune", "Til stede"),
    ("Jens Christian Dyrholm", "Borgmester", "Slagelse Kommune", "Til stede"),
    ("Niels Henrik Tranberg", "Borgmester", "Solrød Kommune", "Til stede"),
    ("Gitte Marie Hallas", "Borgmester", "Sorø Kommune", "Til stede"),
    ("Søren Brask-Jessen", "Borgmester", "Stevns Kommune", "Afbud"),
    ("Lise Holmer Bak", "Kommunaldirektør", "Stevns Kommune", "Til stede"),
]
MVS_STAFF = [
    ("Tina Rosenkilde Bøgh", "Chefpolitiinspektør", "Midt- og Vestsjællands Politi"),
    ("Mads Emil Wulff", "Chefanklager", "Midt- og Vestsjællands Politi"),
    ("Hanne Vibe Lindholm", "Sekretariatschef", "Midt- og Vestsjællands Politi"),
]
MVS_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Godkendelse af referat fra mødet den 13. juni 2025", ""),
    ("3", "Politidirektørens orientering om kriminalitetsudviklingen i 1. halvår 2025",
     "2025-5330-00187"),
    ("4", "Tryghed i nattelivet i Roskilde og Slagelse", "2025-5330-00212"),
    ("5", "Høring over udkast til lokalpolitiplan 2026", "2025-5330-00231"),
    ("6", "Orientering fra anklagemyndigheden om sagsbehandlingstider", "2025-5330-00240"),
    ("7", "Kredsrådets mødeplan for 2026", ""),
    ("8", "Eventuelt", ""),
]


def build_kredsraad(path: Path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.header.paragraphs[0].text = "Midt- og Vestsjællands Politi – Kredsrådet"
    sec.footer.paragraphs[0].text = "Referat af kredsrådsmøde 12.09.2025"

    def para(text, bold=False, italic=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    def table(rows, widths=None):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                cell = t.cell(i, j)
                cell.text = text
                if i == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
                if widths:
                    cell.width = Cm(widths[j])
        return t

    p = para("Udskrevet den 19. september 2025", italic=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Referat af møde i Kredsrådet for Midt- og Vestsjællands Politi", level=1)
    para("Dato: Fredag den 12. september 2025")
    para("Tidspunkt: Kl. 9.00-11.30")
    para("Sted: Mødelokale Isefjord, Politigården i Holbæk")

    d.add_heading("Deltagere", level=2)
    table([("Navn", "Titel", "Myndighed", "Fremmøde")] + MVS_ATT, (4.5, 4.5, 5.2, 2.6))
    para("")
    para("Stevns Kommune var repræsenteret ved kommunaldirektør Lise Holmer Bak, da borgmester "
         "Søren Brask-Jessen havde meldt afbud.")
    para("Fra politiet deltog desuden:", bold=True)
    table([("Navn", "Titel", "Myndighed")] + MVS_STAFF, (4.5, 6.0, 6.3))
    para("")
    para("Referent: Hanne Vibe Lindholm")

    items = {n: (t, c) for n, t, c in MVS_ITEMS}

    def head(n):
        t, c = items[n]
        d.add_heading(f"Punkt {n}. {t}", level=2)
        if c:
            para(f"J.nr.: {c}", italic=True)

    head("1")
    para("Beslutning:", bold=True)
    para("Godkendt.")

    head("2")
    para("Referatet blev udsendt til kredsrådets medlemmer den 20. juni 2025.")
    para("Beslutning:", bold=True)
    para("Referatet blev godkendt uden bemærkninger.")

    head("3")
    para("Politidirektøren gennemgik kriminalitetsudviklingen i første halvår. Antallet af "
         "anmeldte indbrud i beboelse er faldet med 14 pct. i forhold til samme periode sidste "
         "år, mens antallet af anmeldte svindelsager mod ældre er steget markant, særligt i "
         "Holbæk og Kalundborg. Responstiden i kategori A-opgaver var i gennemsnit 9,8 "
         "minutter, dog med længere responstider i Odsherred og i den sydlige del af Stevns.")
    para("Politidirektøren oplyste desuden, at de nye lokalbetjente i Kalundborg og "
         "Asnæs er tiltrådt den 1. august 2025, og at nærpolitistationen i Ringsted får "
         "udvidet åbningstid fra oktober. Flere borgmestre efterspurgte tal for "
         "responstiderne opdelt på kommuner, så de kan indgå i de lokale tryghedsmålinger. "
         "Borgmester Vibeke Nørgaard Juul pegede på, at borgerne i landdistrikterne oplever "
         "politiet som fraværende, selv om tallene er pæne.")
    para("Beslutning:", bold=True)
    para("Kredsrådet tog orienteringen til efterretning. Politiet udsender en opdateret "
         "statistik opdelt på de 12 kommuner senest den 1. oktober 2025.")

    head("4")
    para("Chefpolitiinspektør Tina Rosenkilde Bøgh orienterede om erfaringerne fra sommerens "
         "indsats i nattelivet. Der har været flere tilfælde af vold og uro i "
         "Algade-området i Roskilde og omkring Nytorv i Slagelse. Politiet foreslår en fælles "
         "indsats med kommunerne om belysning, natteravne og forbud mod salg af alkohol efter "
         "kl. 24.")
    para("Borgmester Morten Skov Ravnsbæk bakkede op om forslaget og oplyste, at Roskilde "
         "Kommune allerede har afsat midler til bedre belysning i Algade-området. Borgmester "
         "Jens Christian Dyrholm ønskede, at indsatsen også omfatter Korsør, hvor der har "
         "været uro ved havnen i weekenderne.")
    para("Beslutning:", bold=True)
    para("Kredsrådet tiltrådte forslaget om en fælles indsats i nattelivet. Det blev aftalt, "
         "at politiet og Roskilde Kommune nedsætter en fælles arbejdsgruppe, og at "
         "sekretariatet indkalder de øvrige kommuner til et opfølgende møde inden udgangen af "
         "oktober.")

    head("5")
    para("Udkastet til lokalpolitiplan 2026 blev udsendt med dagsordenen. Planen lægger vægt på "
         "lokal tilstedeværelse, forebyggelse af ungdomskriminalitet og samarbejdet med "
         "SSP. Flere borgmestre ønskede, at planen forholder sig konkret til "
         "landdistrikterne.")
    para("Beslutning:", bold=True)
    para("Kredsrådet godkendte tidsplanen for høringen. Kommunerne indsender bemærkninger "
         "senest fredag den 3. oktober 2025. Sekretariatet bedes udarbejde et "
         "samlet høringssvar på baggrund af kommunernes bemærkninger, som rundsendes senest "
         "den 15. oktober 2025.")

    head("6")
    para("Chefanklager Mads Emil Wulff orienterede om sagsbehandlingstiderne. Den "
         "gennemsnitlige tid fra sigtelse til tiltale i sager om personfarlig kriminalitet er "
         "nedbragt til 58 dage, hvilket er inden for Rigsadvokatens mål. Sager om "
         "økonomisk kriminalitet og digitale krænkelser har fortsat lange "
         "sagsbehandlingstider. Anklagemyndigheden har siden den 1. maj 2025 haft et særligt "
         "team for ungdomssager, som har kortet ventetiden for unge lovovertrædere "
         "betydeligt.")
    para("Beslutning:", bold=True)
    para("Taget til efterretning.")

    head("7")
    para("Sekretariatet har udarbejdet forslag til mødeplan for 2026:")
    for line in ("onsdag den 11. marts 2026 i Kalundborg",
                 "torsdag den 11. juni 2026 i Ringsted",
                 "fredag den 18. september 2026 i Roskilde",
                 "torsdag den 3. december 2026 i Holbæk"):
        d.add_paragraph(line, style="List Bullet")
    para("Beslutning:", bold=True)
    para("Mødeplanen blev godkendt.")

    head("8")
    para("Borgmester Jens Christian Dyrholm orienterede om et nyt samarbejde mellem "
         "Slagelse Kommune og politiet om tryghedsvandringer i boligområderne. Borgmester "
         "Morten Skov Ravnsbæk spurgte til politiets planer for Roskilde Festival 2026. "
         "Politidirektøren svarede, at planlægningen går i gang i januar. Borgmester "
         "Karina Ahlgreen Friis efterlyste en fælles SSP-konference for hele politikredsen.")

    d.add_heading("Opfølgningsliste", level=2)
    table([("Pkt.", "Ansvarlig", "Opgave", "Frist"),
           ("4", "TRB", "Udarbejde kort over hotspots i nattelivet", "10. oktober 2025"),
           ("7", "Sekretariatet", "Sende kalenderinvitationer til møderne i 2026",
            "30. september 2025"),
           ("8", "Forebyggelsescenteret", "Undersøge muligheden for en fælles SSP-konference",
            "udgangen af november")],
          (1.3, 4.2, 8.3, 3.0))
    para("")
    para("Næste møde: torsdag den 4. december 2025 kl. 9.00 i Ringsted.", bold=True)
    para("Referatet er godkendt af kredsrådets formand, politidirektør Anders Bæk-Vestergaard, "
         "den 18. september 2025.", italic=True)
    d.core_properties.title = "Referat – Kredsrådet 12.09.2025"
    d.core_properties.author = "Midt- og Vestsjællands Politi"
    d.core_properties.created = d.core_properties.modified = dt.datetime(2025, 9, 19, 8, 0)
    d.save(str(path))


def ann_kredsraad():
    persons = [a[0] for a in MVS_ATT] + [s[0] for s in MVS_STAFF] + ["TRB"]
    dates = {
        "19. september 2025": "2025-09-19", "12. september 2025": "2025-09-12",
        "12.09.2025": "2025-09-12", "13. juni 2025": "2025-06-13",
        "20. juni 2025": "2025-06-20", "1. oktober 2025": "2025-10-01",
        "3. oktober 2025": "2025-10-03", "15. oktober 2025": "2025-10-15",
        "11. marts 2026": "2026-03-11", "11. juni 2026": "2026-06-11",
        "18. september 2026": "2026-09-18", "3. december 2026": "2026-12-03",
        "10. oktober 2025": "2025-10-10", "30. september 2025": "2025-09-30",
        "4. december 2025": "2025-12-04", "18. september 2025": "2025-09-18",
        "1. august 2025": "2025-08-01", "1. maj 2025": "2025-05-01",
    }
    munis = {}
    codes = {"Greve": "0253", "Holbæk": "0316", "Kalundborg": "0326", "Køge": "0259",
             "Lejre": "0350", "Odsherred": "0306", "Ringsted": "0329", "Roskilde": "0265",
             "Slagelse": "0330", "Solrød": "0269", "Sorø": "0340", "Stevns": "0336"}
    for name, code in codes.items():
        munis[name] = code
        munis[name + " Kommune"] = code
    block = ["Roskilde Festival"]
    attendance = []
    for n, t, a, f in MVS_ATT:
        role = t.split(" (")[0].lower()
        attendance.append({"person": n, "role": role,
                           "status": "present" if f == "Til stede" else "absent", "note": a})
    for n, t, a in MVS_STAFF:
        attendance.append({"person": n, "role": t.split(" (")[0].lower(), "status": "present",
                           "note": a})
    tables = {
        "meetings": [{"body": "Kredsrådet", "date": "2025-09-12", "start_time": "09:00",
                      "end_time": "11:30",
                      "location": "Mødelokale Isefjord, Politigården i Holbæk"}],
        "attendance": attendance,
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in MVS_ITEMS],
        "decisions": [
            {"item_no": "1", "outcome": "approved"},
            {"item_no": "2", "outcome": "approved"},
            {"item_no": "3", "outcome": "noted"},
            {"item_no": "4", "outcome": "approved"},
            {"item_no": "5", "outcome": "approved"},
            {"item_no": "6", "outcome": "noted"},
            {"item_no": "7", "outcome": "approved"},
        ],
        "positions": [],
    }
    S4 = ("Det blev aftalt, at politiet og Roskilde Kommune nedsætter en fælles arbejdsgruppe, "
          "og at sekretariatet indkalder de øvrige kommuner til et opfølgende møde inden "
          "udgangen af oktober.")
    S5 = ("Sekretariatet bedes udarbejde et samlet høringssvar på baggrund af kommunernes "
          "bemærkninger, som rundsendes senest den 15. oktober 2025.")
    actions = [
        ("3", "politiet", "udsende", "2025-10-01",
         "Politiet udsender en opdateret statistik opdelt på de 12 kommuner senest den "
         "1. oktober 2025.",
         "udsender en opdateret statistik opdelt på de 12 kommuner senest den 1. oktober 2025"),
        ("4", "politiet og Roskilde Kommune", "nedsætte", "", S4,
         "nedsætter en fælles arbejdsgruppe"),
        ("4", "sekretariatet", "indkalde", "2025-10-31", S4,
         "indkalder de øvrige kommuner til et opfølgende møde inden udgangen af oktober"),
        ("5", "kommunerne", "indsende", "2025-10-03",
         "Kommunerne indsender bemærkninger senest fredag den 3. oktober 2025.",
         "indsender bemærkninger senest fredag den 3. oktober 2025"),
        ("5", "sekretariatet", "udarbejde", "2025-10-15", S5,
         "udarbejde et samlet høringssvar på baggrund af kommunernes bemærkninger, som "
         "rundsendes senest den 15. oktober 2025"),
        ("4", "TRB", "udarbejde", "2025-10-10",
         "4\tTRB\tUdarbejde kort over hotspots i nattelivet\t10. oktober 2025",
         "Udarbejde kort over hotspots i nattelivet"),
        ("7", "Sekretariatet", "sende", "2025-09-30",
         "7\tSekretariatet\tSende kalenderinvitationer til møderne i 2026\t30. september 2025",
         "Sende kalenderinvitationer til møderne i 2026"),
        ("8", "Forebyggelsescenteret", "undersøge", "2025-11-30",
         "8\tForebyggelsescenteret\tUndersøge muligheden for en fælles SSP-konference\t"
         "udgangen af november",
         "Undersøge muligheden for en fælles SSP-konference"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 5. Bestyrelsen, Thy Musikhus (selvejende institution, Thisted Kommune): e-mail
# ---------------------------------------------------------------------------------------------

THY_BODY = """Kære bestyrelse

Hermed referaterne fra de to seneste bestyrelsesmøder. Referatet fra mødet i september blev godkendt på mødet den 28. oktober, og referatet fra oktober er godkendt af formanden pr. mail. Begge referater lægges på hjemmesiden i næste uge.

Husk julemødet tirsdag den 9. december, hvor vi også skal sige tak til de frivillige.

Venlig hilsen
Susanne Kirk Bundgaard
Daglig leder
Thy Musikhus – selvejende institution


==================================================
REFERAT AF BESTYRELSESMØDE
Thy Musikhus
Tirsdag den 2. september 2025 kl. 17.00-19.15
Sted: Mødelokalet, Thy Musikhus, Thisted
==================================================

Til stede:
Poul Erik Vestergaard Bach, formand
Lene Mørk-Andersen, næstformand
Mads Kristian Ravn
Birgit Hvidbjerg Nørgaard (udpeget af Thisted Kommune)
Jesper Lynggaard, medarbejderrepræsentant
Hans Jørgen Gravgaard

Afbud:
Anna-Sofie Kjær Holm (repræsentant for de frivillige)

Desuden deltog:
Susanne Kirk Bundgaard, daglig leder (referent)


1. Godkendelse af dagsorden og af referat fra mødet den 10. juni 2025
Bestyrelsen godkendte dagsordenen og referatet.

2. Halvårsregnskab pr. 30. juni 2025
SKB gennemgik halvårsregnskabet, der viser et overskud på 118.000 kr. Billetsalget ligger 9 pct. over budget, mens udgifterne til varme og el er højere end forventet.
Taget til efterretning.
Handling: SKB sender halvårsregnskabet til Thisted Kommune senest den 15. september.

3. Sæsonprogram efterår 2025
Programmet omfatter 34 koncerter, heraf otte i samarbejde med lokale foreninger og to skolekoncerter for 4.-6. klasse. Der er lagt vægt på et bredere publikum med flere koncerter for familier om eftermiddagen og en ny række med lokale sangskrivere i caféen. Forsalget til de store navne i november går godt, mens der fortsat er mange ledige billetter til jazzaftenerne. Bestyrelsen drøftede, om prisen på de billigste billetter er for høj for unge, og bad om, at det vurderes til foråret.
Bestyrelsen godkendte programmet.

4. Ansøgning om driftstilskud som regionalt spillested 2026-2029
Statens Kunstfond har endnu ikke offentliggjort vejledningen for den nye periode.
Sagen udsættes til næste møde.

5. Nyt mixerbord til store sal
Det nuværende mixerbord er 14 år gammelt og kan ikke længere repareres. Medarbejderne har undersøgt tre modeller i prisklassen 140.000-185.000 kr. De gæstende lydteknikere har flere gange klaget over driftsstop, og ved koncerten den 22. august 2025 måtte lyden afvikles på lånt udstyr. Bestyrelsen lagde vægt på, at det nye bord også kan bruges ved udendørs arrangementer.
Bestyrelsen bevilgede op til 185.000 kr. af vedligeholdelseskontoen.
Ansvarlig: Jesper Lynggaard indhenter tre tilbud inden 1. oktober 2025.

6. Eventuelt
Hans Jørgen Gravgaard foreslog en sommerkoncert på stranden i Klitmøller i 2026. Der var flere positive tilkendegivelser, men også bekymring for økonomien og for vejret. Lene Mørk-Andersen meddelte, at hun udtræder af bestyrelsen ved udgangen af september, da hun flytter fra kommunen.

Næste møde: tirsdag den 28. oktober 2025 kl. 16.30 på Thisted Bibliotek.


==================================================
REFERAT AF BESTYRELSESMØDE
Thy Musikhus
Tirsdag den 28. oktober 2025 kl. 16.30-18.45
Sted: Mødelokale 2, Thisted Bibliotek
==================================================

Deltagere: formand Poul Erik Vestergaard Bach, Mads Kristian Ravn, Birgit Hvidbjerg Nørgaard, Jesper Lynggaard og Anna-Sofie Kjær Holm.
Afbud: Hans Jørgen Gravgaard.
Fra personalet: Susanne Kirk Bundgaard, daglig leder (referent), og frivilligkoordinator Malou (punkt 5).


1. Godkendelse af dagsorden og af referat fra mødet den 2. september 2025
Godkendt.

2. Valg af næstformand
Lene Mørk-Andersen er udtrådt af bestyrelsen pr. 30. september 2025. Bestyrelsen takkede for Lene Mørk-Andersens store indsats gennem seks år. Formanden foreslog Mads Kristian Ravn som ny næstformand.
Valgt blev Mads Kristian Ravn.

3. Budget 2026
SKB fremlagde forslag til budget 2026 med samlede indtægter på 7,9 mio. kr. og et forventet overskud på 42.000 kr. Budgettet forudsætter et uændret driftstilskud fra kommunen og en stigning i billetindtægterne på 4 pct. Lønudgifterne stiger som følge af overenskomsten, mens udgifterne til energi forventes at falde efter udskiftningen af ventilationsanlægget. Jesper Lynggaard gjorde opmærksom på, at der ikke er afsat midler til efteruddannelse af teknikerne. Formandskabet indstillede, at budgettet godkendes, og at der findes 25.000 kr. til efteruddannelse inden for rammen.
Indstillingen blev fulgt.

4. Ansøgning om driftstilskud (udsat fra mødet den 2. september)
Vejledningen fra Statens Kunstfond er nu offentliggjort. Ansøgningen skal bl.a. beskrive samarbejdet med spillestederne i Morsø og Skive.
Bestyrelsen godkendte, at der søges om status som regionalt spillested for perioden 2026-2029.
Formanden og SKB færdiggør ansøgningen, som skal være indsendt senest den 1. december 2025.

5. Frivilligpolitik
Malou fremlagde udkastet til en revideret frivilligpolitik. Der er i dag 64 aktive frivillige i huset.
Taget til efterretning.
Handlinger:
- Anna-Sofie Kjær Holm: indkalde frivilliggruppen til et dialogmøde i november
- SKB: lægge den reviderede frivilligpolitik på hjemmesiden senest udgangen af november

6. Orientering fra daglig leder
SKB orienterede om, at huset har haft 11.400 gæster i årets første ti måneder, hvilket er det højeste antal siden åbningen. Samarbejdet med spillestedet i Hanstholm om fælles markedsføring er kommet godt i gang. Den nye billetplatform har givet færre henvendelser fra publikum, men også en del problemer med rabatkoder.
Orienteringen blev taget til efterretning.

7. Eventuelt
Mads Kristian Ravn orienterede om, at Thisted Kommune har udskudt beslutningen om renovering af facaden til budgetforhandlingerne næste år. Birgit Hvidbjerg Nørgaard oplyste, at Kultur- og Fritidsudvalget besøger huset den 20. november 2025. Der blev drøftet, hvordan bestyrelsen bedst tager imod udvalget.

Næste møde: tirsdag den 9. december 2025 kl. 17.00 (julemøde).
"""


def build_thy(path: Path):
    m = EmailMessage()
    m["From"] = "Susanne Kirk Bundgaard <skb@thymusikhus.dk>"
    m["To"] = "Bestyrelsen for Thy Musikhus <bestyrelse@thymusikhus.dk>"
    m["Subject"] = "Referater fra bestyrelsesmøderne 2. september og 28. oktober 2025"
    m["Date"] = email.utils.format_datetime(
        dt.datetime(2025, 11, 6, 10, 14, 22, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = "<20251106101422.4471@thymusikhus.dk>"
    m.set_content(THY_BODY)
    path.write_bytes(bytes(m))


THY_M1 = [
    ("Poul Erik Vestergaard Bach", "formand", "present", ""),
    ("Lene Mørk-Andersen", "næstformand", "present", ""),
    ("Mads Kristian Ravn", "", "present", ""),
    ("Birgit Hvidbjerg Nørgaard", "", "present", "udpeget af Thisted Kommune"),
    ("Jesper Lynggaard", "medarbejderrepræsentant", "present", ""),
    ("Hans Jørgen Gravgaard", "", "present", ""),
    ("Anna-Sofie Kjær Holm", "", "absent", "repræsentant for de frivillige"),
    ("Susanne Kirk Bundgaard", "daglig leder", "present", "referent"),
]
THY_M2 = [
    ("Poul Erik Vestergaard Bach", "formand", "present", ""),
    ("Mads Kristian Ravn", "", "present", ""),
    ("Birgit Hvidbjerg Nørgaard", "", "present", ""),
    ("Jesper Lynggaard", "", "present", ""),
    ("Anna-Sofie Kjær Holm", "", "present", ""),
    ("Hans Jørgen Gravgaard", "", "absent", ""),
    ("Susanne Kirk Bundgaard", "daglig leder", "present", "referent"),
    ("Malou", "frivilligkoordinator", "present", "punkt 5"),
]
THY_I1 = [
    ("1", "Godkendelse af dagsorden og af referat fra mødet den 10. juni 2025", ""),
    ("2", "Halvårsregnskab pr. 30. juni 2025", ""),
    ("3", "Sæsonprogram efterår 2025", ""),
    ("4", "Ansøgning om driftstilskud som regionalt spillested 2026-2029", ""),
    ("5", "Nyt mixerbord til store sal", ""),
    ("6", "Eventuelt", ""),
]
THY_I2 = [
    ("1", "Godkendelse af dagsorden og af referat fra mødet den 2. september 2025", ""),
    ("2", "Valg af næstformand", ""),
    ("3", "Budget 2026", ""),
    ("4", "Ansøgning om driftstilskud (udsat fra mødet den 2. september)", ""),
    ("5", "Frivilligpolitik", ""),
    ("6", "Orientering fra daglig leder", ""),
    ("7", "Eventuelt", ""),
]


def ann_thy():
    persons = sorted({p[0] for p in THY_M1 + THY_M2}) + ["Lene Mørk-Andersens", "SKB"]
    dates = {
        "Thu, 06 Nov 2025": "2025-11-06",
        "2. september": "2025-09-02", "28. oktober 2025": "2025-10-28",
        "28. oktober": "2025-10-28", "9. december": "2025-12-09",
        "2. september 2025": "2025-09-02", "10. juni 2025": "2025-06-10",
        "30. juni 2025": "2025-06-30", "15. september": "2025-09-15",
        "1. oktober 2025": "2025-10-01", "30. september 2025": "2025-09-30",
        "1. december 2025": "2025-12-01", "20. november 2025": "2025-11-20",
        "9. december 2025": "2025-12-09", "22. august 2025": "2025-08-22",
    }
    munis = {"Thisted": "0787", "Thisted Kommune": "0787", "Morsø": "0773", "Skive": "0779"}
    block = ["Thisted Bibliotek"]

    def att(rows):
        return [{"person": n, "role": r, "status": s, "note": note} for n, r, s, note in rows]
    body = "Bestyrelsen"
    tables = {
        "meetings": [
            {"body": body, "date": "2025-09-02", "start_time": "17:00", "end_time": "19:15",
             "location": "Mødelokalet, Thy Musikhus, Thisted"},
            {"body": body, "date": "2025-10-28", "start_time": "16:30", "end_time": "18:45",
             "location": "Mødelokale 2, Thisted Bibliotek"}],
        "attendance": att(THY_M1) + att(THY_M2),
        "agenda_items": [{"item_no": n, "title": t, "case_no": k} for n, t, k in THY_I1 + THY_I2],
        "decisions": [
            {"item_no": "1", "outcome": "approved"},
            {"item_no": "2", "outcome": "noted"},
            {"item_no": "3", "outcome": "approved"},
            {"item_no": "4", "outcome": "postponed"},
            {"item_no": "5", "outcome": "approved"},
            {"item_no": "1", "outcome": "approved"},
            {"item_no": "2", "outcome": "elected"},
            {"item_no": "3", "outcome": "approved"},
            {"item_no": "4", "outcome": "approved"},
            {"item_no": "5", "outcome": "noted"},
            {"item_no": "6", "outcome": "noted"},
        ],
        "positions": [],
    }
    actions = [
        ("2", "SKB", "sende", "2025-09-15",
         "Handling: SKB sender halvårsregnskabet til Thisted Kommune senest den 15. september.",
         "sender halvårsregnskabet til Thisted Kommune senest den 15. september"),
        ("5", "Jesper Lynggaard", "indhente", "2025-10-01",
         "Ansvarlig: Jesper Lynggaard indhenter tre tilbud inden 1. oktober 2025.",
         "indhenter tre tilbud inden 1. oktober 2025"),
        ("4", "formanden og SKB", "færdiggøre", "2025-12-01",
         "Formanden og SKB færdiggør ansøgningen, som skal være indsendt senest den "
         "1. december 2025.",
         "færdiggør ansøgningen, som skal være indsendt senest den 1. december 2025"),
        ("5", "Anna-Sofie Kjær Holm", "indkalde", "",
         "Anna-Sofie Kjær Holm: indkalde frivilliggruppen til et dialogmøde i november",
         "indkalde frivilliggruppen til et dialogmøde i november"),
        ("5", "SKB", "lægge", "2025-11-30",
         "SKB: lægge den reviderede frivilligpolitik på hjemmesiden senest udgangen af "
         "november",
         "lægge den reviderede frivilligpolitik på hjemmesiden senest udgangen af november"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# 6. Handicaprådet, Lyngby-Taarbæk Kommune: PDF
# ---------------------------------------------------------------------------------------------

LTK_ATT = [
    ("Eva Charlotte Brandt-Nielsen", "formand", "present", "Dansk Handicap Forbund"),
    ("Jørgen Kofoed Lind", "", "present", "LEV"),
    ("Birthe Lillelund Østergaard", "", "present", "Høreforeningen"),
    ("Asger Holm-Jacobsen", "", "present", "Autismeforeningen"),
    ("Carsten Riis Mørch", "næstformand", "present", "V"),
    ("Annette Krag-Jespersen", "", "present", "C"),
    ("Helle Marie Munk-Petersen", "centerchef", "present", ""),
    ("Rune Staal Iversen", "konsulent", "present", "sekretær"),
    ("Sofus Hvidt", "", "absent", "A"),
    ("Pia Marie Rasmussen", "", "absent", "SIND"),
    ("Maja", "tegnsprogstolk", "present", ""),
    ("Søren", "tegnsprogstolk", "present", ""),
    ("Kamilla Dybdahl Friis", "projektleder", "present", "Center for Trafik og Byplan"),
]
LTK_ITEMS = [
    ("1", "Godkendelse af dagsorden", ""),
    ("2", "Godkendelse af referat fra mødet den 2. april 2025", ""),
    ("3", "Meddelelser", ""),
    ("4", "Høringer", ""),
    ("4.1", "Kvalitetsstandard for hjælpemidler og forbrugsgoder 2025", "27.24.00-P22-2-25"),
    ("4.2", "Ombygning af Lyngby Hovedgade – tilgængelighed", "05.01.00-P20-1-25"),
    ("4.3", "Budget 2026-2029 – forslag til effektiviseringer på socialområdet",
     "00.30.00-S00-3-25"),
    ("5", "Status på handleplanen for handicappolitikken", "27.00.00-A00-4-24"),
    ("6", "Valg af repræsentant til Tilgængelighedspanelet", ""),
    ("7", "Eventuelt", ""),
    ("8", "Næste møde", ""),
]


def build_lyngby(path: Path):
    pdf = MinutesPDF("Lyngby-Taarbæk Kommune  ·  Handicaprådet",
                     "Referat, Handicaprådet 21.05.2025  ·  Udsendt 27. maj 2025")
    pdf.add_page()
    pdf.doc_title("REFERAT\nHandicaprådet", 18)
    pdf.kv([("Mødedato:", "21.05.2025"),
            ("Mødetid:", "Kl. 15.00-17.15"),
            ("Mødested:", "Mødesal 1, Lyngby Rådhus"),
            ("Udsendt:", "27. maj 2025")])
    pdf.p("Referatet er godkendt af formanden den 26. maj 2025.", "I")
    pdf.h3("Deltagere")
    pdf.ln(1)
    pdf.columns(
        [("B", "Udpeget af DH Lyngby-Taarbæk:"),
         ("", "Eva Charlotte Brandt-Nielsen, formand"),
         ("", "   (Dansk Handicap Forbund)"),
         ("", "Jørgen Kofoed Lind (LEV)"),
         ("", "Birthe Lillelund Østergaard (Høreforeningen)"),
         ("", "Asger Holm-Jacobsen (Autismeforeningen)")],
        [("B", "Udpeget af Kommunalbestyrelsen:"),
         ("", "Carsten Riis Mørch, næstformand (V)"),
         ("", "Annette Krag-Jespersen (C)"),
         ("B", "Administrationen:"),
         ("", "Helle Marie Munk-Petersen, centerchef"),
         ("", "Rune Staal Iversen, konsulent (sekretær)")])
    pdf.p("Afbud: Sofus Hvidt (A), Pia Marie Rasmussen (SIND)", gap=1)
    pdf.p("Tegnsprogstolke: Maja og Søren", gap=1)
    pdf.p("Under punkt 4.2 deltog projektleder Kamilla Dybdahl Friis (Center for Trafik og "
          "Byplan).")

    items = {n: (t, c) for n, t, c in LTK_ITEMS}

    def head(n):
        t, c = items[n]
        if "." in n:
            pdf.ln(1)
            pdf.set_font("dv", "B", 11)
            pdf.multi_cell(0, 6, f"{n} {t}", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.h2(f"{n}. {t}")
        if c:
            pdf.p(f"Sagsnr.: {c}", gap=1)

    def decision(text):
        pdf.h3("Beslutning:")
        pdf.p(text)

    head("1")
    decision("Dagsordenen blev godkendt.")
    head("2")
    pdf.p("Referatet blev udsendt den 9. april 2025.")
    decision("Godkendt.")
    head("3")
    pdf.p("Formanden orienterede om DH Lyngby-Taarbæks årsmøde den 29. april 2025, hvor "
          "tilgængelighed i den kollektive trafik var hovedtemaet.")
    pdf.p("Helle Marie Munk-Petersen orienterede om, at Lyngby-Taarbæk Kommunes nye "
          "borgerservice i Lyngby Storcenter åbner den 2. juni 2025 med niveaufri adgang og "
          "teleslynge ved alle skranker. Rådet bad om at få lejlighed til at afprøve "
          "adgangsforholdene inden åbningen.")
    pdf.p("Rune Staal Iversen orienterede om, at Det Centrale Handicapråd har udsendt en ny "
          "vejledning om inddragelse af handicapråd i budgetprocessen, og at Gentofte Kommune "
          "og Rudersdal Kommune har inviteret til et fælles temamøde for handicaprådene i "
          "Nordsjælland den 10. september 2025.")
    decision("Meddelelserne blev taget til efterretning.")
    head("4")
    pdf.p("Rådet har modtaget tre høringer, som behandles under punkt 4.1-4.3.")
    head("4.1")
    pdf.p("Forvaltningen har revideret kvalitetsstandarden for hjælpemidler og forbrugsgoder. "
          "De væsentligste ændringer er kortere sagsbehandlingstid for genbrugshjælpemidler og "
          "skærpede krav til dokumentation ved ansøgning om el-scooter. Høringsfristen er den "
          "28. maj 2025.")
    pdf.p("Rådet drøftede udkastet til høringssvar. Birthe Lillelund Østergaard pegede på, at "
          "høreapparatbrugere fortsat oplever lang ventetid på reparation af teleslynger, og "
          "at det bør fremgå af standarden, hvor hurtigt kommunen skal reagere. Asger "
          "Holm-Jacobsen foreslog, at kravet om lægeerklæring ved el-scooter kun gælder ved "
          "første bevilling. Jørgen Kofoed Lind efterlyste en bedre beskrivelse af, hvordan "
          "borgere med kognitive vanskeligheder får hjælp til at søge.")
    decision("Handicaprådet godkendte udkastet til høringssvar med de bemærkninger, der kom frem "
             "på mødet. Høringssvaret fremsendes senest den 28. maj 2025. Sekretæren "
             "indarbejder bemærkningerne og sender udkastet til formanden senest den "
             "23. maj 2025.")
    head("4.2")
    pdf.p("Projektleder Kamilla Dybdahl Friis præsenterede skitseprojektet for ombygningen af "
          "Lyngby Hovedgade. Projektet omfatter nye fortove, ledelinjer og seks nye "
          "handicapparkeringspladser. Rådet pegede på behovet for hvilebænke med armlæn og "
          "kontrastmarkering af trapper. Der blev også spurgt til, om der "
          "etableres en sikker krydsning for blinde ved busterminalen, og om "
          "byggepladsen kan afmærkes, så kørestolsbrugere kan komme forbi i hele "
          "anlægsperioden.")
    decision("Handicaprådet tog orienteringen til efterretning og ønsker at blive inddraget, når "
             "detailprojekteringen går i gang.")
    head("4.3")
    pdf.p("Høringsmaterialet om budget 2026-2029 blev modtaget den 19. maj 2025 med "
          "høringsfrist den 16. juni 2025. Forslagene omfatter blandt andet en "
          "omlægning af bostøtten til gruppeforløb, lukning af et aktivitetstilbud i Virum og "
          "en ny visitationsmodel for ledsageordningen. Rådet fandt ikke, at der var tid til en "
          "forsvarlig behandling, og ønsker en gennemgang af konsekvenserne for de enkelte "
          "målgrupper, før der afgives høringssvar.")
    decision("Sagen udsættes til et ekstraordinært møde onsdag den 11. juni 2025.")
    head("5")
    pdf.p("Konsulent Rune Staal Iversen gennemgik status på de 18 initiativer i handleplanen. "
          "12 initiativer er gennemført eller i gang, mens initiativerne om tilgængelige "
          "valgsteder og om job til unge med handicap er forsinkede. Jørgen Kofoed Lind "
          "bemærkede, at de forsinkede initiativer bør prioriteres i 2026. "
          "Centerchefen oplyste, at initiativet om tilgængelige valgsteder vil blive "
          "gennemført inden kommunalvalget den 18. november 2025, og at der er afsat midler "
          "til mobile ramper og bordskærme på alle valgsteder.")
    decision("Taget til efterretning.")
    head("6")
    pdf.p("Kommunens Tilgængelighedspanel består af repræsentanter for brugerne og for "
          "forvaltningen. Handicaprådet skal udpege en repræsentant og en suppleant.")
    decision("Valgt blev Asger Holm-Jacobsen med Birthe Lillelund Østergaard som suppleant.")
    head("7")
    pdf.p("Annette Krag-Jespersen spurgte til reglerne for ledsagelse ved kommunens "
          "arrangementer. Carsten Riis Mørch foreslog, at rådet på et senere møde drøfter "
          "erfaringerne med den nye kørselsordning, som trådte i kraft den 1. marts 2025. "
          "Eva Charlotte Brandt-Nielsen takkede tolkene og mindede om, at rådets "
          "medlemmer kan deltage i Folkemødet om tilgængelighed på Lyngby Hovedbibliotek i "
          "uge 35. Der var enighed om, at rådet bør være mere synligt over for borgerne, "
          "blandt andet på kommunens hjemmeside.")
    head("8")
    pdf.p("Næste ordinære møde afholdes torsdag den 21. august 2025 kl. 15.00 i Mødesal 1, "
          "Lyngby Rådhus.")
    pdf.ln(4)
    pdf.p("Lyngby-Taarbæk Kommune · Center for Social Service · Referent: Rune Staal Iversen",
          "I")
    pdf.output(str(path))


def ann_lyngby():
    persons = [a[0] for a in LTK_ATT]
    dates = {
        "21.05.2025": "2025-05-21", "27. maj 2025": "2025-05-27",
        "26. maj 2025": "2025-05-26", "2. april 2025": "2025-04-02",
        "9. april 2025": "2025-04-09", "29. april 2025": "2025-04-29",
        "2. juni 2025": "2025-06-02", "28. maj 2025": "2025-05-28",
        "23. maj 2025": "2025-05-23", "19. maj 2025": "2025-05-19",
        "16. juni 2025": "2025-06-16", "11. juni 2025": "2025-06-11",
        "1. marts 2025": "2025-03-01", "21. august 2025": "2025-08-21",
        "10. september 2025": "2025-09-10", "18. november 2025": "2025-11-18",
    }
    munis = {"Lyngby-Taarbæk Kommune": "0173", "Lyngby-Taarbæk Kommunes": "0173",
             "Gentofte Kommune": "0157", "Rudersdal Kommune": "0230"}
    block = ["DH Lyngby-Taarbæks", "DH Lyngby-Taarbæk", "Lyngby Rådhus", "Lyngby Storcenter",
             "Lyngby Hovedgade", "Lyngby Hovedbibliotek"]
    tables = {
        "meetings": [{"body": "Handicaprådet", "date": "2025-05-21", "start_time": "15:00",
                      "end_time": "17:15", "location": "Mødesal 1, Lyngby Rådhus"}],
        "attendance": [{"person": n, "role": r, "status": s, "note": note}
                       for n, r, s, note in LTK_ATT],
        "agenda_items": [{"item_no": n, "title": t, "case_no": c} for n, t, c in LTK_ITEMS],
        "decisions": [
            {"item_no": "1", "outcome": "approved"},
            {"item_no": "2", "outcome": "approved"},
            {"item_no": "3", "outcome": "noted"},
            {"item_no": "4.1", "outcome": "approved"},
            {"item_no": "4.2", "outcome": "noted"},
            {"item_no": "4.3", "outcome": "postponed"},
            {"item_no": "5", "outcome": "noted"},
            {"item_no": "6", "outcome": "elected"},
        ],
        "positions": [],
    }
    S = ("Sekretæren indarbejder bemærkningerne og sender udkastet til formanden senest den "
         "23. maj 2025.")
    actions = [
        ("4.1", "sekretæren", "indarbejde", "", S, "indarbejder bemærkningerne"),
        ("4.1", "sekretæren", "sende", "2025-05-23", S,
         "sender udkastet til formanden senest den 23. maj 2025"),
    ]
    return dict(persons=persons, dates=dates, munis=munis, block=block, tables=tables,
                actions=actions)


# ---------------------------------------------------------------------------------------------
# Gold: spans from the lists, action offsets, review
# ---------------------------------------------------------------------------------------------

DOCS = [
    ("d2_byraadet_slagelse_2025-03-24.html", build_slagelse, ann_slagelse),
    ("d2_klima_og_miljoeudvalget_gladsaxe_2025-01-14.pdf", build_gladsaxe, ann_gladsaxe),
    ("d2_regionsraadet_nordjylland_2025-06-24.txt", build_nordjylland, ann_nordjylland),
    ("d2_kredsraadet_midt_og_vestsjaelland_2025-09-12.docx", build_kredsraad, ann_kredsraad),
    ("d2_bestyrelsen_thisted_2025-09-02.eml", build_thy, ann_thy),
    ("d2_handicapraadet_lyngby-taarbaek_2025-05-21.pdf", build_lyngby, ann_lyngby),
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
        for s, e in occurrences(text, d):
            m = DATE_PREFIX.search(text[max(0, s - 20):s])
            if m:
                s -= len(m.group(0))
            cands.append((s, e, "DATE", norm))
    for mname, code in ann["munis"].items():
        cands += [(s, e, "MUNICIPALITY", code) for s, e in occurrences(text, mname)]
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
    return spans


def find_actions(text: str, specs) -> list[dict]:
    rows = []
    for spec in specs:
        item, actor, verb, deadline, sentence, action = spec[:6]
        nth = spec[6] if len(spec) > 6 else 0
        ms = list(re.finditer(flex(sentence), text))
        assert len(ms) > nth, ("sentence not found", sentence)
        s0, e0 = ms[nth].start(), ms[nth].end()
        if text[e0 - 1] == ".":
            pass
        m = re.compile(flex(action)).search(text, s0, e0)
        assert m, ("action not found", action)
        rows.append({"item_no": item, "actor": actor, "verb": verb, "deadline": deadline,
                     "start_char": s0, "end_char": e0,
                     "action_start": m.start(), "action_end": m.end()})
    return rows


COMMON = set("""
Forside Politik Søg Kontakt English Referat Byrådet Mødedato Mødetidspunkt Mødested Status
Deltagere Navn Parti Funktion Fremmøde Til Afbud Medlem Borgmester Viceborgmester Fra
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
    for m in re.finditer(rf"\b\d{{1,2}}\.\s*(?:{MONTHS})\b|\b\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}\b"
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


def _party_letter_is_no_note(text: str, row: dict) -> dict:
    """A party letter in parentheses after the name ("Lene Holm (A)") is no note
    (corpus/GUIDELINES.md, Tables); a party column's value (the letter on a line of its own in
    an HTML table) stays."""
    note, person = row.get("note", ""), re.escape(row["person"])
    if (re.fullmatch(r"[A-ZÆØÅ]{1,2}", note)
            and re.search(r"(?m)^[^\n]*" + person + r"\s*\(" + re.escape(note) + r"\)", text)
            and not re.search(person + r"\s*\n+\s*" + re.escape(note) + r"\s*\n", text)):
        return {**row, "note": ""}
    return row


def main():
    records = []
    for fname, build, annotate in DOCS:
        path = HERE / fname
        build(path)
        text = read_file(path).text
        ann = annotate()
        spans = find_spans(text, ann)
        tables = dict(ann["tables"])
        tables["attendance"] = [_party_letter_is_no_note(text, row)
                                for row in tables.get("attendance", [])]
        tables["actions"] = find_actions(text, ann["actions"])
        rec = {"format": "extract-gold/1", "id": path.stem,
               "path": f"../unseen/{fname}",
               "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
               "span_labels": ["PERSON", "DATE", "MUNICIPALITY"],
               "spans": spans, "tables": tables}
        records.append(rec)
        counts = {lab: sum(1 for s in spans if s["label"] == lab)
                  for lab in ("PERSON", "DATE", "MUNICIPALITY")}
        print(f"{fname}: {len(text.split())} words; spans {counts}; rows "
              + ", ".join(f"{k} {len(v)}" for k, v in tables.items()))
        if "--review" in sys.argv:
            review(fname, text, spans)
    GOLD.parent.mkdir(parents=True, exist_ok=True)
    with GOLD.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {GOLD}")


if __name__ == "__main__":
    main()
