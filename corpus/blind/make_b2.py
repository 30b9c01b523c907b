"""Build the blind test set, part 2: six Danish minutes documents and their gold.

Run from the repository root:  .venv/bin/python corpus/blind/make_b2.py

Writes the six documents next to this script and gold_b2.jsonl. The gold is
written from the annotation lists below: spans are found by searching the text
that ``extract.readers.read_file`` yields for each listed string (longest match
first, never inside a listed "blocker" name such as an ORG or a building that
contains a municipality's name), and every action row is located by its
sentence and verb phrase. ``--review`` prints what no span covers, for a
manual check.
"""

from __future__ import annotations

import email.message
import email.utils
import hashlib
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


# --------------------------------------------------------------------------- helpers


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "-"


def find_all(text: str, s: str) -> list[tuple[int, int]]:
    out = []
    i = text.find(s)
    while i != -1:
        j = i + len(s)
        if (i == 0 or not _word(text[i - 1])) and (j == len(text) or not _word(text[j])):
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def make_spans(text: str, spec: dict) -> list[dict]:
    cands = []
    for s in spec.get("persons", []):
        hits = find_all(text, s)
        assert hits, f"PERSON not found: {s!r}"
        cands += [(i, j, "PERSON", None) for i, j in hits]
    for s, norm in spec.get("dates", []):
        hits = find_all(text, s)
        assert hits, f"DATE not found: {s!r}"
        cands += [(i, j, "DATE", norm) for i, j in hits]
    for s, code in spec.get("munis", []):
        hits = find_all(text, s)
        assert hits, f"MUNICIPALITY not found: {s!r}"
        cands += [(i, j, "MUNICIPALITY", code) for i, j in hits]
    blocked = []
    for b in spec.get("blockers", []):
        hits = find_all(text, b)
        assert hits, f"blocker not found: {b!r}"
        blocked += hits
    # a date takes its "den"/"d." and weekday when they are written before it
    pre = re.compile(r"(?:\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),?[ ]+)?\b(?:den|d\.)[ ]+$", re.I)
    ext = []
    for i, j, label, norm in cands:
        if label == "DATE":
            m = pre.search(text[max(0, i - 30):i])
            if m:
                i = i - (len(m.group(0)))
        ext.append((i, j, label, norm))
    cands = ext
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple] = []
    for c in cands:
        if any(bi <= c[0] and c[1] <= bj for bi, bj in blocked):
            continue
        if any(not (c[1] <= x[0] or c[0] >= x[1]) for x in chosen):
            continue
        chosen.append(c)
    chosen.sort()
    spans = []
    for i, j, label, norm in chosen:
        sp = {"start": i, "end": j, "label": label}
        if norm is not None:
            sp["norm"] = norm
        spans.append(sp)
    return spans


def _loose(s: str) -> str:
    return r"\s+".join(re.escape(w) for w in s.split())


def locate(text: str, sentence: str, phrase: str, occ: int = 0) -> tuple[int, int, int, int]:
    ms = list(re.finditer(_loose(sentence), text))
    assert len(ms) > occ, f"sentence not found: {sentence!r}"
    m = ms[occ]
    p = re.search(_loose(phrase), text[m.start():m.end()])
    assert p, f"phrase not in sentence: {phrase!r}"
    return m.start(), m.end(), m.start() + p.start(), m.start() + p.end()


def pdf_class():
    from fpdf import FPDF

    class Doc(FPDF):
        head_left = ""
        head_right = ""
        foot_left = ""

        def header(self):
            self.set_font("dj", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(95, 5, self.head_left, align="L")
            self.cell(0, 5, self.head_right, align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(5)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("dj", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(95, 5, self.foot_left, align="L")
            self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    def new() -> Doc:
        d = Doc(format="A4")
        d.add_font("dj", "", FONT)
        d.add_font("dj", "B", FONT_B)
        d.add_font("dj", "I", FONT_I)
        d.alias_nb_pages()
        d.set_auto_page_break(True, margin=20)
        d.set_margins(18, 15, 18)
        return d

    return new


def P(x: str) -> str:
    return html.escape(x, quote=False)


DOCS: list[dict] = []


def doc(fn):
    DOCS.append(fn())
    return fn


# --------------------------------------------------------------------------- 1. Esbjerg, Byrådet (HTML)

ESB_MEMBERS = [
    ("Jakob Thorup Damgaard", "V", "Borgmester", "Til stede"),
    ("Mette Skov Hjorth", "A", "Viceborgmester", "Til stede"),
    ("Lene Kjær Bertelsen", "V", "", "Til stede"),
    ("Søren Vestergaard Holm", "V", "", "Til stede"),
    ("Birgitte Lauridsen-Vind", "V", "", "Til stede"),
    ("Mads Bøgh Thomsen", "V", "", "Til stede"),
    ("Karina Sønderby", "V", "", "Afbud"),
    ("Ejner Bruun Nissen", "V", "Stedfortræder", "Til stede"),
    ("Poul Erik Haahr", "V", "", "Til stede"),
    ("Anja Frost Mikkelsen", "V", "", "Til stede"),
    ("Torben Iversen", "V", "", "Til stede"),
    ("Lise-Lotte Brink", "V", "", "Til stede"),
    ("Jesper Ravn", "A", "", "Til stede"),
    ("Helle Marie Dalsgaard", "A", "", "Til stede"),
    ("Kim Pedersen-Egholm", "A", "", "Til stede"),
    ("Nadia Hussain", "A", "", "Afbud"),
    ("Allan Møller Kirk", "A", "Stedfortræder", "Til stede"),
    ("Bo Kristensen", "A", "", "Til stede"),
    ("Jane Agger Fisker", "A", "", "Til stede"),
    ("Morten Lykke", "A", "", "Til stede"),
    ("Susanne Friis", "A", "", "Til stede"),
    ("Claus Brinch Hald", "C", "", "Til stede"),
    ("Pernille Hvid", "C", "", "Til stede"),
    ("Anders Uldall", "C", "", "Til stede"),
    ("Katrine Vestergaard Bonde", "F", "", "Til stede"),
    ("Rasmus Elkjær", "F", "", "Til stede"),
    ("Signe Lund-Madsen", "Ø", "", "Til stede"),
    ("Yasmin Abdi", "Ø", "", "Til stede"),
    ("Kurt Holmgaard", "O", "", "Til stede"),
    ("Ditte Maja Refsgaard", "B", "", "Til stede"),
    ("Preben Krogh", "D", "", "Til stede"),
    ("Nikolaj Sand", "I", "", "Til stede"),
    ("Maria Tidemand", "Å", "", "Til stede"),
]

ESB_ITEMS = [
    ("1", "Godkendelse af dagsorden", "25/2011"),
    ("2", "Meddelelser", "25/2012"),
    ("3", "Lokalplan nr. 4.25-118, Boligområde ved Gjesing Nord - endelig vedtagelse", "24/21873"),
    ("4", "Anlægsbevillinger til projekter i 2025", ""),
    ("4a", "Renovering af Kvaglund Svømmehal", "25/1022"),
    ("4b", "Cykelsti langs Hjertingvej, etape 2", "25/1187"),
    ("4c", "Udvidelse af Børnehuset Stjernen i Bramming", "25/1311"),
    ("5", "Beslutningsforslag fra Enhedslisten: Gratis bus for unge under 18 år", "25/3390"),
    ("6", "Anlægstilskud til ny bådhal, Esbjerg Roklub", "24/30412"),
    ("7", "Udpegning af nyt medlem til Folkeoplysningsudvalget", "25/3612"),
    ("8", "Lukket punkt: Salg af erhvervsgrund på Esbjerg Østhavn", "25/2977"),
]


def build_esbjerg(path: Path) -> None:
    rows = "\n".join(
        f"<tr><td>{P(n)}</td><td>{P(p)}</td><td>{P(f)}</td><td>{P(s)}</td></tr>"
        for n, p, f, s in ESB_MEMBERS
    )
    toc = "\n".join(
        f'<li><a href="#punkt-{no}">{P(no)}. {P(t)}</a></li>' for no, t, _ in ESB_ITEMS
    )

    def head(no):
        t = dict((a, (b, c)) for a, b, c in ESB_ITEMS)[no]
        cn = f'\n<p class="sagsnr">Sagsnr.: {t[1]}</p>' if t[1] else ""
        return f'<article id="punkt-{no}">\n<h2>{P(no)}. {P(t[0])}</h2>{cn}'

    body = f"""<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Byrådet 17-03-2025 - Referat - Esbjerg Kommune</title>
<link rel="stylesheet" href="/static/css/politik.css">
</head>
<body>
<a class="skip-link" href="#indhold">Gå til indhold</a>
<header class="site-header">
<div class="logo"><a href="/">Esbjerg Kommune</a></div>
<nav class="main-nav"><ul>
<li><a href="/borger">Borger</a></li>
<li><a href="/erhverv">Erhverv</a></li>
<li><a href="/politik">Politik</a></li>
<li><a href="/politik/dagsordener-og-referater">Dagsordener og referater</a></li>
</ul></nav>
</header>
<main id="indhold">
<nav class="breadcrumb">Forside › Politik › Dagsordener og referater › Byrådet › Referat</nav>
<h1>Byrådet - Referat</h1>
<dl class="moedeinfo">
<dt>Mødedato:</dt><dd>Mandag den 17. marts 2025</dd>
<dt>Mødetid:</dt><dd>Kl. 16:00 - 19:40</dd>
<dt>Mødested:</dt><dd>Byrådssalen, Esbjerg Rådhus</dd>
</dl>
<p class="download"><a href="/referat/byraadet-2025-03-17.pdf">Hent samlet referat som PDF</a> · <a href="/referat/byraadet-2025-03-17-bilag.zip">Hent bilag</a></p>

<section class="fremmoede">
<h2 class="sektion">Fremmøde</h2>
<table class="deltagere">
<thead><tr><th>Navn</th><th>Parti</th><th>Funktion</th><th>Fremmøde</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p>Fra administrationen deltog kommunaldirektør Annette Brink Holst, direktør for Teknik &amp; Miljø Per Ulrik Tang og sekretariatschef Ole Lindhardt Frederiksen (referent).</p>
</section>

<section class="indhold">
<h2 class="sektion">Punkter på dagsordenen</h2>
<ul class="punktliste">
{toc}
</ul>
</section>

{head("1")}
<h3>Beslutning Byrådet den 17. marts 2025</h3>
<p>Godkendt.</p>
</article>

{head("2")}
<h3>Sagsfremstilling</h3>
<p>Borgmester Jakob Thorup Damgaard orienterede om, at Esbjerg Kommune og Fanø Kommune den 11. marts 2025 har underskrevet en hensigtserklæring om den fremtidige færgebetjening mellem Esbjerg og Nordby. Den endelige aftale forelægges Byrådet på mødet mandag den 7. april 2025.</p>
<p>Kommunaldirektør Annette Brink Holst orienterede om status på rekrutteringen af en ny direktør for Børn &amp; Kultur. Ansættelsessamtalerne afholdes i uge 13, og Økonomiudvalget orienteres, når ansættelsen er på plads.</p>
<p>Viceborgmester Mette Skov Hjorth orienterede om, at Varde Kommune har inviteret Esbjergs byråd til et fælles temamøde om kysttrafik og klimasikring af Vadehavskysten torsdag den 22. maj 2025.</p>
</article>

{head("3")}
<h3>Sagsfremstilling</h3>
<p>Forslag til Lokalplan nr. 4.25-118 og tillæg nr. 41 til Kommuneplan 2022-2034 har været i offentlig høring fra den 2. december 2024 til den 27. januar 2025. Der er indkommet 14 høringssvar. Hovedparten handler om bebyggelsens højde mod de eksisterende parcelhuse og om trafikken på Gjesingvej.</p>
<p>Lokalplanen giver mulighed for ca. 160 boliger fordelt på rækkehuse og etageboliger samt en daginstitution med seks grupper. Forvaltningen foreslår i høringsnotatet, at den maksimale bygningshøjde for etageboligerne i delområde III nedsættes fra 14 til 12,5 meter, og at vejadgangen til delområde II flyttes mod nord. Esbjerg Kommune har screenet planen efter miljøvurderingsloven og vurderet, at den ikke skal miljøvurderes.</p>
<h3>Indstilling</h3>
<p>Direktøren for Teknik &amp; Miljø indstiller, at Lokalplan nr. 4.25-118 og tillæg nr. 41 til Kommuneplan 2022-2034 vedtages endeligt med de ændringer, der fremgår af høringsnotatet.</p>
<h3>Beslutning Plan &amp; Miljøudvalget den 3. marts 2025</h3>
<p>Udvalget anbefaler indstillingen.</p>
<p>Signe Lund-Madsen (Ø) kunne ikke anbefale indstillingen, idet hun ønsker en lavere bebyggelse i delområde III.</p>
<h3>Beslutning Økonomiudvalget den 10. marts 2025</h3>
<p>Anbefales.</p>
<p>Imod stemte: Ø.</p>
<p>Katrine Vestergaard Bonde (F) tog forbehold for bygningshøjden i delområde III.</p>
<h3>Beslutning Byrådet den 17. marts 2025</h3>
<p>Enhedslisten stillede ændringsforslag om, at bygningshøjden i delområde III nedsættes til 9,5 meter.</p>
<p>Ændringsforslaget blev forkastet med 5 stemmer mod 26.</p>
<table class="afstemning">
<tr><th>For stemte</th><td>F, Ø og Å (5)</td></tr>
<tr><th>Imod stemte</th><td>V, A, C, O, B, D og I (26)</td></tr>
</table>
<p>Herefter blev indstillingen vedtaget med 27 stemmer mod 4.</p>
<table class="afstemning">
<tr><th>For stemte</th><td>V, A, C, O, B, D, I og Å (27)</td></tr>
<tr><th>Imod stemte</th><td>F og Ø (4)</td></tr>
</table>
<h3>Bilag</h3>
<ul>
<li>Lokalplan nr. 4.25-118, vedtagelsesudgave</li>
<li>Høringsnotat af 14. februar 2025</li>
<li>Samlede høringssvar</li>
</ul>
</article>

{head("4")}
<p>Punktet omfatter tre anlægssager fra Økonomiudvalgets møde den 10. marts 2025. Sagerne behandles og afgøres hver for sig.</p>
</article>

{head("4a")}
<h3>Sagsfremstilling</h3>
<p>Omklædningsrummene og ventilationsanlægget i Kvaglund Svømmehal er nedslidte, og der er konstateret fugtskader i kælderen. Der er i investeringsoversigten afsat 8,4 mio. kr. til renoveringen. Arbejdet forventes udført fra juni til november 2025, hvor hallen holdes lukket.</p>
<h3>Indstilling</h3>
<p>Direktøren for Kultur &amp; Fritid indstiller, at der gives en anlægsbevilling på 8,4 mio. kr. til renovering af Kvaglund Svømmehal, finansieret af det afsatte rådighedsbeløb.</p>
<h3>Beslutning Økonomiudvalget den 10. marts 2025</h3>
<p>Anbefales.</p>
<h3>Beslutning Byrådet den 17. marts 2025</h3>
<p>Godkendt.</p>
</article>

{head("4b")}
<h3>Sagsfremstilling</h3>
<p>Etape 2 af cykelstien langs Hjertingvej omfatter strækningen fra Marbæk til Hjerting Strandvej. Projektet er anslået til 11,2 mio. kr., hvoraf 4,5 mio. kr. forventes dækket af statens cykelpulje.</p>
<h3>Indstilling</h3>
<p>Direktøren for Teknik &amp; Miljø indstiller, at der gives en anlægsbevilling på 11,2 mio. kr., og at der meddeles en indtægtsbevilling på 4,5 mio. kr.</p>
<h3>Beslutning Økonomiudvalget den 10. marts 2025</h3>
<p>Anbefales.</p>
<p>Preben Krogh (D) kunne ikke anbefale indstillingen.</p>
<h3>Beslutning Byrådet den 17. marts 2025</h3>
<p>Godkendt med 29 stemmer mod 2. Imod stemte D og I, der ønsker projektet udskudt, indtil tilsagnet fra cykelpuljen foreligger.</p>
</article>

{head("4c")}
<h3>Sagsfremstilling</h3>
<p>Børnetallet i Bramming stiger, og Børnehuset Stjernen mangler plads til to grupper fra august 2026. Forvaltningen har vurderet en tilbygning på den eksisterende grund til 14,8 mio. kr.</p>
<h3>Indstilling</h3>
<p>Direktøren for Børn &amp; Kultur indstiller, at der gives en anlægsbevilling på 14,8 mio. kr. til udvidelse af Børnehuset Stjernen.</p>
<h3>Beslutning Økonomiudvalget den 10. marts 2025</h3>
<p>Anbefales.</p>
<h3>Beslutning Byrådet den 17. marts 2025</h3>
<p>Sagen udsættes. Forvaltningen skal inden byrådets møde den 7. april 2025 belyse alternative placeringer af udvidelsen, herunder på den kommunale grund ved Bramming Hovedgade.</p>
</article>

{head("5")}
<h3>Sagsfremstilling</h3>
<p>Signe Lund-Madsen (Ø) har den 24. februar 2025 fremsendt et beslutningsforslag om, at alle børn og unge under 18 år med bopæl i Esbjerg Kommune kan rejse gratis med bybusserne. Forslaget er begrundet med trafiksikkerhed og unges mulighed for at deltage i fritidsaktiviteter.</p>
<p>Forvaltningen har beregnet den årlige udgift til ca. 6,3 mio. kr. i mistede billetindtægter. Forslaget er ikke finansieret i budget 2025.</p>
<h3>Beslutning Byrådet den 17. marts 2025</h3>
<p>Forslaget blev forkastet.</p>
<table class="afstemning">
<tr><th>For stemte</th><td>Ø, F og Å (5)</td></tr>
<tr><th>Imod stemte</th><td>V, A, C, O, D og I (25)</td></tr>
<tr><th>Undlod at stemme</th><td>B (1)</td></tr>
</table>
</article>

{head("6")}
<h3>Sagsfremstilling</h3>
<p>Esbjerg Roklub har søgt om et anlægstilskud på 1,2 mio. kr. til en ny bådhal ved Dokhavnen. Klubben har 410 medlemmer og finansierer selv den resterende del af byggeriet på 3,1 mio. kr. via fonde og egne midler.</p>
<h3>Indstilling</h3>
<p>Direktøren for Børn &amp; Kultur indstiller, at der gives et anlægstilskud på 1,2 mio. kr. til Esbjerg Roklub, og at Kultur &amp; Fritid udbetaler tilskuddet i to rater i 2025 og 2026.</p>
<h3>Beslutning Kultur &amp; Fritidsudvalget den 4. marts 2025</h3>
<p>Udvalget anbefaler indstillingen.</p>
<h3>Beslutning Økonomiudvalget den 10. marts 2025</h3>
<p>Anbefales.</p>
<h3>Beslutning Byrådet den 17. marts 2025</h3>
<p>Indstillingen blev fulgt.</p>
<p>Lene Kjær Bertelsen (V) deltog ikke i behandlingen af punktet på grund af inhabilitet, idet hun er medlem af roklubbens bestyrelse.</p>
</article>

{head("7")}
<h3>Sagsfremstilling</h3>
<p>Morten Lykke (A) har ønsket at udtræde af Folkeoplysningsudvalget. Socialdemokratiet har indstillet Jane Agger Fisker (A) som nyt medlem for den resterende del af valgperioden.</p>
<h3>Beslutning Byrådet den 17. marts 2025</h3>
<p>Valgt blev Jane Agger Fisker (A).</p>
</article>

{head("8")}
<h3>Beslutning Byrådet den 17. marts 2025</h3>
<p>Godkendt.</p>
</article>

<p class="godkendelse">Referatet er godkendt og underskrevet digitalt af borgmester Jakob Thorup Damgaard den 18. marts 2025.</p>
</main>
<footer class="site-footer">
<p>Esbjerg Kommune · Torvegade 74 · 6700 Esbjerg · Tlf. 76 16 16 16</p>
<p>Referatet er offentliggjort den 19. marts 2025. Siden er senest opdateret 20.03.2025.</p>
<p><a href="/tilgaengelighed">Tilgængelighedserklæring</a> · <a href="/cookies">Cookies</a></p>
</footer>
</body>
</html>
"""
    path.write_text(body, encoding="utf-8")


@doc
def _esbjerg():
    D = "2025-03-17"
    letters1_for = ["F", "Ø", "Å"]
    letters1_against = ["V", "A", "C", "O", "B", "D", "I"]
    letters2_for = ["V", "A", "C", "O", "B", "D", "I", "Å"]
    letters2_against = ["F", "Ø"]
    positions = [
        {"item_no": "3", "actor": "Signe Lund-Madsen", "position": "against", "date": "2025-03-03"},
        {"item_no": "3", "actor": "Ø", "position": "against", "date": "2025-03-10"},
        {"item_no": "3", "actor": "Katrine Vestergaard Bonde", "position": "reservation", "date": "2025-03-10"},
    ]
    positions += [{"item_no": "3", "actor": a, "position": "for", "date": D} for a in letters1_for]
    positions += [{"item_no": "3", "actor": a, "position": "against", "date": D} for a in letters1_against]
    positions += [{"item_no": "3", "actor": a, "position": "for", "date": D} for a in letters2_for]
    positions += [{"item_no": "3", "actor": a, "position": "against", "date": D} for a in letters2_against]
    positions += [
        {"item_no": "4b", "actor": "Preben Krogh", "position": "against", "date": "2025-03-10"},
        {"item_no": "4b", "actor": "D", "position": "against", "date": D},
        {"item_no": "4b", "actor": "I", "position": "against", "date": D},
    ]
    positions += [{"item_no": "5", "actor": a, "position": "for", "date": D} for a in ["Ø", "F", "Å"]]
    positions += [{"item_no": "5", "actor": a, "position": "against", "date": D} for a in ["V", "A", "C", "O", "D", "I"]]
    positions += [
        {"item_no": "5", "actor": "B", "position": "abstain", "date": D},
        {"item_no": "6", "actor": "Lene Kjær Bertelsen", "position": "absent", "date": D},
    ]
    attendance = [
        {"person": n, "role": f.lower(), "status": "present" if s == "Til stede" else "absent", "note": p}
        for n, p, f, s in ESB_MEMBERS
    ] + [
        {"person": "Annette Brink Holst", "role": "kommunaldirektør", "status": "present", "note": ""},
        {"person": "Per Ulrik Tang", "role": "direktør", "status": "present", "note": ""},
        {"person": "Ole Lindhardt Frederiksen", "role": "sekretariatschef", "status": "present", "note": "referent"},
    ]
    return {
        "file": "b2_byraadet_esbjerg_2025-03-17.html",
        "build": build_esbjerg,
        "persons": [m[0] for m in ESB_MEMBERS]
        + ["Annette Brink Holst", "Per Ulrik Tang", "Ole Lindhardt Frederiksen"],
        "dates": [
            ("17-03-2025", D),
            ("Mandag den 17. marts 2025", D),
            ("17. marts 2025", D),
            ("11. marts 2025", "2025-03-11"),
            ("mandag den 7. april 2025", "2025-04-07"),
            ("7. april 2025", "2025-04-07"),
            ("torsdag den 22. maj 2025", "2025-05-22"),
            ("2. december 2024", "2024-12-02"),
            ("27. januar 2025", "2025-01-27"),
            ("3. marts 2025", "2025-03-03"),
            ("10. marts 2025", "2025-03-10"),
            ("14. februar 2025", "2025-02-14"),
            ("24. februar 2025", "2025-02-24"),
            ("4. marts 2025", "2025-03-04"),
            ("18. marts 2025", "2025-03-18"),
            ("19. marts 2025", "2025-03-19"),
            ("20.03.2025", "2025-03-20"),
        ],
        "munis": [
            ("Esbjerg Kommune", "0561"),
            ("Fanø Kommune", "0563"),
            ("Varde Kommune", "0573"),
            ("Esbjergs", "0561"),
            ("Esbjerg", "0561"),
        ],
        "blockers": ["Esbjerg Rådhus", "Esbjerg Roklub", "Esbjerg Østhavn"],
        "tables": {
            "meetings": [{"body": "Byrådet", "date": D, "start_time": "16:00", "end_time": "19:40",
                          "location": "Byrådssalen, Esbjerg Rådhus"}],
            "attendance": attendance,
            "agenda_items": [{"item_no": a, "title": b, "case_no": c} for a, b, c in ESB_ITEMS],
            "decisions": [
                {"item_no": "1", "outcome": "approved"},
                {"item_no": "3", "outcome": "approved"},
                {"item_no": "4a", "outcome": "approved"},
                {"item_no": "4b", "outcome": "approved"},
                {"item_no": "4c", "outcome": "postponed"},
                {"item_no": "5", "outcome": "rejected"},
                {"item_no": "6", "outcome": "approved"},
                {"item_no": "7", "outcome": "elected"},
                {"item_no": "8", "outcome": "approved"},
            ],
            "positions": positions,
        },
        "actions": [
            ("4c", "forvaltningen", "belyse", "2025-04-07",
             "Forvaltningen skal inden byrådets møde den 7. april 2025 belyse alternative placeringer af udvidelsen, herunder på den kommunale grund ved Bramming Hovedgade.",
             "belyse alternative placeringer af udvidelsen, herunder på den kommunale grund ved Bramming Hovedgade", 0),
            ("6", "Kultur & Fritid", "udbetale", "",
             "Direktøren for Børn & Kultur indstiller, at der gives et anlægstilskud på 1,2 mio. kr. til Esbjerg Roklub, og at Kultur & Fritid udbetaler tilskuddet i to rater i 2025 og 2026.",
             "udbetaler tilskuddet i to rater i 2025 og 2026", 0),
        ],
    }


# --------------------------------------------------------------------------- 2. Roskilde, Teknik- og Miljøudvalget (PDF, columns, two meetings)


def build_roskilde(path: Path) -> None:
    new = pdf_class()
    d = new()
    d.head_left = "Roskilde Kommune"
    d.head_right = "Teknik- og Miljøudvalget · Referater august og september 2024"
    d.foot_left = "Udskrevet 11.09.2024"
    W = d.w - d.l_margin - d.r_margin

    def h1(t):
        d.set_font("dj", "B", 15)
        d.multi_cell(W, 8, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)

    def h2(t):
        d.ln(2)
        d.set_font("dj", "B", 11)
        d.multi_cell(W, 6, t, new_x="LMARGIN", new_y="NEXT")
        d.set_font("dj", "", 10)

    def label(t):
        d.set_font("dj", "B", 10)
        d.multi_cell(W, 5, t, new_x="LMARGIN", new_y="NEXT")
        d.set_font("dj", "", 10)

    def para(t):
        d.set_font("dj", "", 10)
        d.multi_cell(W, 5, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)

    def two_cols(left: list[tuple[str, str]], right: list[tuple[str, str]]):
        """Each column is a list of (style, text); printed side by side."""
        y0 = d.get_y()
        colw = W / 2 - 4
        ys = []
        for x, col in ((d.l_margin, left), (d.l_margin + W / 2 + 4, right)):
            d.set_xy(x, y0)
            for style, t in col:
                d.set_font("dj", style, 9)
                d.set_x(x)
                d.multi_cell(colw, 5, t, new_x="LEFT", new_y="NEXT")
            ys.append(d.get_y())
        d.set_xy(d.l_margin, max(ys) + 3)

    # ---------------- meeting 1
    d.add_page()
    d.set_font("dj", "", 10)
    d.multi_cell(W, 5, "Roskilde Kommune", new_x="LMARGIN", new_y="NEXT")
    h1("Teknik- og Miljøudvalget")
    d.set_font("dj", "", 11)
    d.multi_cell(W, 6, "Referat af ordinært møde", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    two_cols(
        [("B", "Mødedato"), ("", "Onsdag den 7. august 2024"), ("B", "Mødetid"), ("", "Kl. 16.00 - 18.10"),
         ("B", "Mødested"), ("", "Mødelokale 2, Roskilde Rådhus")],
        [("B", "Sekretariat"), ("", "Teknik og Miljø, Sekretariatet"),
         ("B", "Referatet udsendt"), ("", "9. august 2024")],
    )
    d.line(d.l_margin, d.get_y(), d.l_margin + W, d.get_y())
    d.ln(3)
    two_cols(
        [("B", "Til stede:"),
         ("", "Anne Marie Bech Sørensen (A), formand"),
         ("", "Jens-Peter Kofoed (V), næstformand"),
         ("", "Lærke Hvidt Olesen (F)"),
         ("", "Thomas Grøn-Madsen (C)"),
         ("", "Mikkel Aagaard (Ø)"),
         ("", "Hanne Lisbeth Vinther (B)")],
        [("B", "Afbud:"),
         ("", "Ulrik Steen (O)"),
         ("", " "),
         ("B", "Fra forvaltningen:"),
         ("", "Bo Riis Kjeldsen, direktør"),
         ("", "Sanne Juhl, afdelingschef, Vej og Trafik"),
         ("", "Kirstine Bach Jeppesen, fuldmægtig (referent)"),
         ("", " "),
         ("B", "Ungdomsrådsrepræsentanter:"),
         ("", "Freja og Malik")],
    )
    d.line(d.l_margin, d.get_y(), d.l_margin + W, d.get_y())
    d.ln(2)

    h2("1. Godkendelse af dagsorden")
    label("Beslutning")
    para("Godkendt.")

    h2("2. Trafiksikkerhedsplan 2024-2028 - behandling af høringssvar")
    para("Sagsnr.: 05.01.00-P15-2-24")
    label("Resume")
    para("Forslag til Trafiksikkerhedsplan 2024-2028 har været i offentlig høring fra den 3. juni til den 1. juli 2024. "
         "Der er modtaget 37 høringssvar, primært om skoleveje i Viby og Gundsømagle og om hastigheden på de mindre landeveje. "
         "Forvaltningen har samlet svarene i et høringsnotat og foreslår fire ændringer af planens handlingsdel.")
    label("Indstilling")
    para("Teknik og Miljø indstiller, at udvalget godkender Trafiksikkerhedsplan 2024-2028 med de ændringer, der fremgår af høringsnotatet.")
    label("Beslutning")
    para("Godkendt med den tilføjelse, at skolevejen ved Gadstrup Skole prioriteres i 2025.")
    para("Opfølgning: Vej og Trafik offentliggør den endelige plan på kommunens hjemmeside senest 1. september 2024.")

    h2("3. Klimatilpasning i Jyllinge Nordmark - status på dige og pumpestation")
    para("Sagsnr.: 06.00.00-P20-4-23")
    label("Resume")
    para("Anlægget af diget langs Jyllinge Nordmark er forsinket, fordi entreprenøren har fundet forurenet jord i to af delstrækningerne. "
         "Afdelingschef Sanne Juhl gennemgik den reviderede tidsplan, som betyder, at pumpestationen først kan tages i brug i foråret 2025. "
         "Digelaget er orienteret, og der holdes et borgermøde i Jyllinge Hallen den 29. august 2024.")
    label("Beslutning")
    para("Taget til efterretning.")
    para("Handling: Forvaltningen skal undersøge mulighederne for statslig medfinansiering af merudgiften og forelægge en sag for udvalget i november.")

    h2("4. Udbud af vintertjeneste 2025-2029")
    para("Sagsnr.: 05.13.00-G01-1-24")
    label("Resume")
    para("Den nuværende kontrakt om vintertjeneste udløber den 30. april 2025. Forvaltningen foreslår, at opgaven udbydes i tre geografiske "
         "delområder, så mindre lokale entreprenører får mulighed for at byde. Område 3 omfatter vejene omkring Svogerslev og Kirke Hyllinge.")
    label("Beslutning")
    para("Udvalget anbefaler over for Økonomiudvalget og Byrådet, at vintertjenesten udbydes i tre delområder som foreslået.")
    para("Mikkel Aagaard (Ø) tog forbehold for udbuddet af delområde 3, som han ønsker løst af kommunens egen driftsafdeling.")

    h2("5. Eventuelt")
    para("Lærke Hvidt Olesen spurgte til tidsplanen for den nye cykelbro over jernbanen ved Trekroner. Direktør Bo Riis Kjeldsen oplyste, "
         "at forvaltningen afventer Banedanmarks godkendelse. Freja fra Ungdomsrådet efterlyste flere overdækkede cykelstativer ved "
         "gymnasierne, og Malik spurgte, om natbussen kan køre længere i weekenden. Formanden takkede for input.")
    para("Mødet sluttede kl. 18.10.")

    # ---------------- meeting 2
    d.add_page()
    h1("Teknik- og Miljøudvalget")
    d.set_font("dj", "", 11)
    d.multi_cell(W, 6, "Referat af ordinært møde", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    two_cols(
        [("B", "Mødedato"), ("", "Onsdag den 4. september 2024"), ("B", "Mødetid"), ("", "Kl. 16.00 - 18.45"),
         ("B", "Mødested"), ("", "Mødelokale 2, Roskilde Rådhus")],
        [("B", "Sekretariat"), ("", "Teknik og Miljø, Sekretariatet"),
         ("B", "Referatet udsendt"), ("", "6. september 2024")],
    )
    d.line(d.l_margin, d.get_y(), d.l_margin + W, d.get_y())
    d.ln(3)
    two_cols(
        [("B", "Til stede:"),
         ("", "Anne Marie Bech Sørensen (A), formand"),
         ("", "Jens-Peter Kofoed (V), næstformand"),
         ("", "Lærke Hvidt Olesen (F)"),
         ("", "Mikkel Aagaard (Ø)"),
         ("", "Hanne Lisbeth Vinther (B)"),
         ("", "Ulrik Steen (O) (deltog fra punkt 3)")],
        [("B", "Afbud:"),
         ("", "Thomas Grøn-Madsen (C)"),
         ("", "Freja (Ungdomsrådet)"),
         ("", " "),
         ("B", "Fra forvaltningen:"),
         ("", "Bo Riis Kjeldsen, direktør"),
         ("", "Niels Ove Hjorth, affaldschef (under punkt 4)"),
         ("", "Kirstine Bach Jeppesen, fuldmægtig (referent)"),
         ("", " "),
         ("B", "Ungdomsrådsrepræsentant:"),
         ("", "Malik")],
    )
    d.line(d.l_margin, d.get_y(), d.l_margin + W, d.get_y())
    d.ln(2)

    h2("1. Godkendelse af dagsorden")
    label("Beslutning")
    para("Godkendt.")

    h2("2. Godkendelse af referat fra mødet den 7. august 2024")
    label("Beslutning")
    para("Godkendt uden bemærkninger.")

    h2("3. Budget 2025-2028 - udvalgets bemærkninger til budgetforslaget")
    para("Sagsnr.: 00.30.00-S00-3-24")
    label("Resume")
    para("Økonomiudvalget har bedt fagudvalgene om bemærkninger til budgetforslaget inden budgetforhandlingerne. "
         "For udvalgets område indeholder forslaget en reduktion af vejvedligeholdelsen på 2,1 mio. kr. årligt og en udvidelse "
         "af rammen til klimatilpasning. Direktøren gennemgik de væsentligste ændringer.")
    label("Beslutning")
    para("Udvalget drøftede budgetforslaget og tog orienteringen til efterretning. Sekretariatet bedes udarbejde et samlet notat "
         "med udvalgets bemærkninger til Økonomiudvalget inden 20. september 2024.")

    h2("4. Ny affaldsordning for sommerhusområder")
    para("Sagsnr.: 07.00.00-G01-12-24")
    label("Resume")
    para("Affaldschef Niels Ove Hjorth præsenterede to modeller for indsamling af madaffald og genanvendelige materialer i "
         "sommerhusområderne ved Veddelev og Gershøj: henteordning hver 14. dag året rundt eller fælles miljøstationer. "
         "Udvalget ønskede et bedre beslutningsgrundlag, særligt om udgifterne pr. husstand og om grundejerforeningernes holdning.")
    label("Beslutning")
    para("Sagen udsættes til næste møde.")

    h2("5. Parkeringsregulering ved Roskilde Station")
    para("Sagsnr.: 05.05.00-G00-6-24")
    label("Resume")
    para("Forvaltningen foreslår, at de tidsbegrænsede pladser på Jernbanepladsen og i Køgevej-området omlægges til betalingsparkering "
         "fra 1. januar 2025 med de første 30 minutter gratis.")
    label("Beslutning")
    para("Godkendt.")
    para("Ulrik Steen (O) stemte imod, idet han ønsker, at de første to timer fortsat skal være gratis.")

    h2("6. Opfølgningsliste")
    para("Listen over opgaver, som udvalget har bestilt, blev gennemgået. Opgaverne fremgår af tabellen.")
    d.set_font("dj", "", 8.5)
    with d.table(col_widths=(40, 84, 50), text_align="LEFT", line_height=5, padding=1.5) as t:
        for row in [("Ansvarlig", "Opgave", "Frist"),
                    ("Vej og Trafik", "Udarbejde forslag til hastighedszoner ved skolerne", "1. november 2024"),
                    ("KBJ", "Indkalde grundejerforeningerne til dialogmøde", "Senest udgangen af oktober"),
                    ("Center for Økonomi", "Beregne udgifterne til sommerhusordningen", "Inden 1. oktober 2024"),
                    ("Affald og Genbrug", "Orientere Ungdomsrådet om sorteringskampagnen", "15. oktober 2024")]:
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(2)
    label("Beslutning")
    para("Opfølgningslisten blev godkendt.")

    h2("7. Eventuelt")
    para("Hanne Lisbeth Vinther spurgte til status på udskiftningen af gadebelysningen i Himmelev. Jens-Peter Kofoed gjorde opmærksom på, "
         "at Lejre Kommune har indført en tilsvarende sommerhusordning, som udvalget kan hente erfaringer fra. Der blev ikke truffet beslutninger.")
    para("Næste møde afholdes onsdag den 2. oktober 2024 kl. 16.00.")
    d.ln(4)
    para("Referaterne er samlet og udskrevet den 11.09.2024 af Teknik og Miljø, Sekretariatet.")
    d.output(str(path))


@doc
def _roskilde():
    D1, D2 = "2024-08-07", "2024-09-04"
    att1 = [
        ("Anne Marie Bech Sørensen", "formand", "present", ""),
        ("Jens-Peter Kofoed", "næstformand", "present", ""),
        ("Lærke Hvidt Olesen", "", "present", ""),
        ("Thomas Grøn-Madsen", "", "present", ""),
        ("Mikkel Aagaard", "", "present", ""),
        ("Hanne Lisbeth Vinther", "", "present", ""),
        ("Ulrik Steen", "", "absent", ""),
        ("Bo Riis Kjeldsen", "direktør", "present", ""),
        ("Sanne Juhl", "afdelingschef", "present", ""),
        ("Kirstine Bach Jeppesen", "fuldmægtig", "present", "referent"),
        ("Freja", "ungdomsrådsrepræsentant", "present", ""),
        ("Malik", "ungdomsrådsrepræsentant", "present", ""),
    ]
    att2 = [
        ("Anne Marie Bech Sørensen", "formand", "present", ""),
        ("Jens-Peter Kofoed", "næstformand", "present", ""),
        ("Lærke Hvidt Olesen", "", "present", ""),
        ("Mikkel Aagaard", "", "present", ""),
        ("Hanne Lisbeth Vinther", "", "present", ""),
        ("Ulrik Steen", "", "present", "deltog fra punkt 3"),
        ("Thomas Grøn-Madsen", "", "absent", ""),
        ("Freja", "", "absent", "Ungdomsrådet"),
        ("Bo Riis Kjeldsen", "direktør", "present", ""),
        ("Niels Ove Hjorth", "affaldschef", "present", "under punkt 4"),
        ("Kirstine Bach Jeppesen", "fuldmægtig", "present", "referent"),
        ("Malik", "ungdomsrådsrepræsentant", "present", ""),
    ]
    items1 = [
        ("1", "Godkendelse af dagsorden", ""),
        ("2", "Trafiksikkerhedsplan 2024-2028 - behandling af høringssvar", "05.01.00-P15-2-24"),
        ("3", "Klimatilpasning i Jyllinge Nordmark - status på dige og pumpestation", "06.00.00-P20-4-23"),
        ("4", "Udbud af vintertjeneste 2025-2029", "05.13.00-G01-1-24"),
        ("5", "Eventuelt", ""),
    ]
    items2 = [
        ("1", "Godkendelse af dagsorden", ""),
        ("2", "Godkendelse af referat fra mødet den 7. august 2024", ""),
        ("3", "Budget 2025-2028 - udvalgets bemærkninger til budgetforslaget", "00.30.00-S00-3-24"),
        ("4", "Ny affaldsordning for sommerhusområder", "07.00.00-G01-12-24"),
        ("5", "Parkeringsregulering ved Roskilde Station", "05.05.00-G00-6-24"),
        ("6", "Opfølgningsliste", ""),
        ("7", "Eventuelt", ""),
    ]
    return {
        "file": "b2_teknik_og_miljoeudvalget_roskilde_2024-08-07.pdf",
        "build": build_roskilde,
        "persons": [a[0] for a in att1 + att2] + ["Sanne Juhl", "KBJ"],
        "dates": [
            ("11.09.2024", "2024-09-11"),
            ("Onsdag den 7. august 2024", D1),
            ("7. august 2024", D1),
            ("9. august 2024", "2024-08-09"),
            ("3. juni", "2024-06-03"),
            ("1. juli 2024", "2024-07-01"),
            ("1. september 2024", "2024-09-01"),
            ("29. august 2024", "2024-08-29"),
            ("30. april 2025", "2025-04-30"),
            ("Onsdag den 4. september 2024", D2),
            ("6. september 2024", "2024-09-06"),
            ("20. september 2024", "2024-09-20"),
            ("1. januar 2025", "2025-01-01"),
            ("1. november 2024", "2024-11-01"),
            ("1. oktober 2024", "2024-10-01"),
            ("15. oktober 2024", "2024-10-15"),
            ("onsdag den 2. oktober 2024", "2024-10-02"),
        ],
        "munis": [("Roskilde Kommune", "0265"), ("Lejre Kommune", "0350")],
        "blockers": ["Roskilde Rådhus", "Roskilde Station"],
        "tables": {
            "meetings": [
                {"body": "Teknik- og Miljøudvalget", "date": D1, "start_time": "16:00", "end_time": "18:10",
                 "location": "Mødelokale 2, Roskilde Rådhus"},
                {"body": "Teknik- og Miljøudvalget", "date": D2, "start_time": "16:00", "end_time": "18:45",
                 "location": "Mødelokale 2, Roskilde Rådhus"},
            ],
            "attendance": [dict(zip(("person", "role", "status", "note"), a, strict=False)) for a in att1 + att2],
            "agenda_items": [{"item_no": a, "title": b, "case_no": c} for a, b, c in items1 + items2],
            "decisions": [
                {"item_no": "1", "outcome": "approved"},
                {"item_no": "2", "outcome": "approved"},
                {"item_no": "3", "outcome": "noted"},
                {"item_no": "4", "outcome": "approved"},
                {"item_no": "1", "outcome": "approved"},
                {"item_no": "2", "outcome": "approved"},
                {"item_no": "3", "outcome": "noted"},
                {"item_no": "4", "outcome": "postponed"},
                {"item_no": "5", "outcome": "approved"},
                {"item_no": "6", "outcome": "approved"},
            ],
            "positions": [
                {"item_no": "4", "actor": "Mikkel Aagaard", "position": "reservation", "date": D1},
                {"item_no": "5", "actor": "Ulrik Steen", "position": "against", "date": D2},
            ],
        },
        "actions": [
            ("2", "Vej og Trafik", "offentliggøre", "2024-09-01",
             "Opfølgning: Vej og Trafik offentliggør den endelige plan på kommunens hjemmeside senest 1. september 2024.",
             "offentliggør den endelige plan på kommunens hjemmeside senest 1. september 2024", 0),
            ("3", "forvaltningen", "undersøge", "",
             "Handling: Forvaltningen skal undersøge mulighederne for statslig medfinansiering af merudgiften og forelægge en sag for udvalget i november.",
             "undersøge mulighederne for statslig medfinansiering af merudgiften", 0),
            ("3", "forvaltningen", "forelægge", "",
             "Handling: Forvaltningen skal undersøge mulighederne for statslig medfinansiering af merudgiften og forelægge en sag for udvalget i november.",
             "forelægge en sag for udvalget i november", 0),
            ("3", "Sekretariatet", "udarbejde", "2024-09-20",
             "Sekretariatet bedes udarbejde et samlet notat med udvalgets bemærkninger til Økonomiudvalget inden 20. september 2024.",
             "udarbejde et samlet notat med udvalgets bemærkninger til Økonomiudvalget inden 20. september 2024", 0),
            ("6", "Vej og Trafik", "udarbejde", "2024-11-01",
             "Vej og Trafik Udarbejde forslag til hastighedszoner ved skolerne 1. november 2024",
             "Udarbejde forslag til hastighedszoner ved skolerne", 0),
            ("6", "KBJ", "indkalde", "2024-10-31",
             "KBJ Indkalde grundejerforeningerne til dialogmøde Senest udgangen af oktober",
             "Indkalde grundejerforeningerne til dialogmøde", 0),
            ("6", "Center for Økonomi", "beregne", "2024-10-01",
             "Center for Økonomi Beregne udgifterne til sommerhusordningen Inden 1. oktober 2024",
             "Beregne udgifterne til sommerhusordningen", 0),
            ("6", "Affald og Genbrug", "orientere", "2024-10-15",
             "Affald og Genbrug Orientere Ungdomsrådet om sorteringskampagnen 15. oktober 2024",
             "Orientere Ungdomsrådet om sorteringskampagnen", 0),
        ],
    }


# --------------------------------------------------------------------------- 3. Region Sjælland, Regionsrådet (plain text)

SJ_TEXT = """REGION SJÆLLAND
Regionsrådet

REFERAT
========================================================================

Mødedato:   Mandag den 23. juni 2025
Mødetid:    Kl. 13.00 - 17.20
Mødested:   Regionsrådssalen, Regionshuset

Mødeleder:  Regionsrådsformand Karsten Ebbe Dyhr (A)

Fraværende: Kirsten Holm-Abildgaard (A) og Ole Ib Rasmussen-Krog (V).
Der var ikke indkaldt stedfortrædere. 39 medlemmer deltog i mødet.

Fra administrationen deltog:
  Regionsdirektør Lars Ove Winther-Schmidt
  Koncerndirektør Britt Aagaard Kjær
  Økonomidirektør Henrik Lau
  Fuldmægtig Nanna Dyrberg (referent)

------------------------------------------------------------------------
INDHOLDSFORTEGNELSE
  Punkt 1   Godkendelse af dagsorden
  Punkt 2   Meddelelser fra formanden
  Punkt 3   Økonomirapport pr. 30. april 2025
  Punkt 4   Fremtidig struktur for akutklinikker
  Punkt 5   Valg af nyt medlem til Patientinddragelsesudvalget
  Punkt 6   Tilskud til projektet Grønne Kompetencer Sydsjælland
  Punkt 7   Beslutningsforslag fra Dansk Folkeparti om gratis parkering ved sygehusene
  Punkt 8   Udbud af siddende patientbefordring 2026-2030
  Punkt 9   Lukket punkt: Køb af ejendom til bosted
  Punkt 10  Eventuelt
------------------------------------------------------------------------


Punkt 1. Godkendelse af dagsorden
---------------------------------
Sagsnr.: EMN-2025-01102

Beslutning:
Dagsordenen blev godkendt.


Punkt 2. Meddelelser fra formanden
----------------------------------
Sagsnr.: EMN-2025-01103

Formanden orienterede om:
- Mødet med sundhedsministeren den 12. juni 2025 om økonomien i sundhedsreformen og overgangen til Region Østdanmark.
- Den nye akutbil i Vordingborg Kommune, som blev sat i drift den 2. juni 2025.
- Invitation fra Næstved Kommune til indvielsen af det nye sundhedshus den 29. august 2025.

Beslutning:
Taget til efterretning.


Punkt 3. Økonomirapport pr. 30. april 2025
------------------------------------------
Sagsnr.: EMN-2025-00874

Sagsfremstilling:
Økonomirapporten viser et forventet merforbrug på sundhedsområdet på 62 mio. kr., primært på medicin og
eksterne vikarer. Administrationen foreslår en række tilpasninger, så regionen overholder budgettet for 2025.
Udgifterne til eksterne konsulenter er reduceret med 8 mio. kr. i forhold til samme periode sidste år.

Indstilling:
Administrationen indstiller til forretningsudvalget og regionsrådet, at økonomirapporten godkendes.

Forretningsudvalgets beslutning den 10. juni 2025:
Indstillingen anbefales.
Dansk Folkeparti tog forbehold vedrørende udgifterne til eksterne vikarer.

Regionsrådets beslutning den 23. juni 2025:
Indstillingen blev fulgt.


Punkt 4. Fremtidig struktur for akutklinikker
---------------------------------------------
Sagsnr.: EMN-2024-03391

Sagsfremstilling:
Regionsrådet besluttede den 5. december 2024 at sende et forslag til ny struktur for akutklinikkerne i
offentlig høring. Forslaget indebærer, at akutklinikken i Nakskov fremover har åbent kl. 8-22, mens
akutklinikkerne i Holbæk og Kalundborg samles i én klinik med døgnåbent. Høringen sluttede den 21. marts 2025,
og der er indkommet 212 høringssvar, heraf høringssvar fra Lolland Kommune, Kalundborg Kommune og
Holbæk Kommune. Hovedparten af svarene udtrykker bekymring for transporttiden fra de vestlige dele af Lolland Kommune.

Indstilling:
Administrationen indstiller, at den nye struktur for akutklinikkerne godkendes med virkning fra 1. januar 2026.

Beslutning i Sundhedsudvalget den 2. juni 2025:
Udvalget anbefaler indstillingen over for forretningsudvalget.
Enhedslisten kunne ikke anbefale indstillingen.

Beslutning i Forretningsudvalget den 10. juni 2025:
Anbefales.
Imod stemte: Ø.
SF tog forbehold.

Beslutning i Regionsrådet den 23. juni 2025:
SF stillede følgende ændringsforslag: "Akutklinikken i Nakskov bevares med døgnåbent."

For ændringsforslaget stemte: F, Ø, O og Danmarksdemokraterne (11)
Imod stemte: A, V, C, B, I og M (28)
Ændringsforslaget blev forkastet.

Herefter blev administrationens indstilling sat under afstemning.
For stemte: A, V, C, B, I, M, O og Danmarksdemokraterne (33)
Imod stemte: F og Ø (6)
Indstillingen blev vedtaget med 33 stemmer mod 6.

Administrationen skal fremlægge en status for responstiderne i Lolland Kommune og Guldborgsund Kommune inden udgangen af 2025.


Punkt 5. Valg af nyt medlem til Patientinddragelsesudvalget
-----------------------------------------------------------
Sagsnr.: EMN-2025-01177

Sagsfremstilling:
Camilla Rask Overgaard (F) er udtrådt af Patientinddragelsesudvalget, da hun er flyttet til Aarhus.
SF har indstillet Ida Marie Skovgaard Nissen (F) som nyt medlem.

Beslutning:
Valgt blev Ida Marie Skovgaard Nissen (F).


Punkt 6. Tilskud til projektet Grønne Kompetencer Sydsjælland
-------------------------------------------------------------
Sagsnr.: EMN-2025-00956

Sagsfremstilling:
Et partnerskab mellem erhvervsskolerne i Næstved og Slagelse samt Faxe Kommune søger om 3,4 mio. kr. fra
regionens pulje til uddannelse og kompetencer. Projektet skal uddanne 240 faglærte til arbejdet med
varmepumper og energirenovering.

Indstilling:
Administrationen indstiller, at der bevilges 3,4 mio. kr. til projektet i 2025-2027.

Beslutning i Udvalget for Regional Udvikling den 4. juni 2025:
Udvalget anbefaler indstillingen.

Beslutning i Forretningsudvalget den 10. juni 2025:
Anbefales.

Beslutning i Regionsrådet den 23. juni 2025:
Bevilget.
Peter Juhl Frandsen (V) deltog ikke i behandlingen af punktet på grund af inhabilitet.


Punkt 7. Beslutningsforslag fra Dansk Folkeparti om gratis parkering ved sygehusene
-----------------------------------------------------------------------------------
Sagsnr.: EMN-2025-01190

Sagsfremstilling:
Dansk Folkepartis medlemmer af regionsrådet har den 2. juni 2025 fremsendt et beslutningsforslag om,
at al parkering ved regionens sygehuse bliver gratis for patienter og pårørende fra 1. januar 2026.
Administrationen har skønnet, at forslaget vil medføre et indtægtstab på ca. 19 mio. kr. årligt.

Beslutning:
Forslaget oversendes til behandling i Forretningsudvalget.


Punkt 8. Udbud af siddende patientbefordring 2026-2030
------------------------------------------------------
Sagsnr.: EMN-2025-00412

Sagsfremstilling:
Tilbudsfristen i udbuddet er forlænget til den 4. august 2025 efter ønske fra flere vognmænd.

Beslutning:
Sagen udsættes til regionsrådets møde den 25. august 2025.


Punkt 9. Lukket punkt: Køb af ejendom til bosted
------------------------------------------------
Sagsnr.: EMN-2025-01045

Beslutning:
Godkendt.


Punkt 10. Eventuelt
-------------------

Mette Øster-Holm (V) spurgte til ventetiderne i børne- og ungdomspsykiatrien og bad om en drøftelse på
et kommende temamøde. Regionsdirektør Lars Ove Winther-Schmidt oplyste, at ventetiderne er faldet siden
januar. Flere medlemmer gav udtryk for, at regionen bør informere bedre om de nye akutklinikker.
Formanden takkede for bemærkningerne.


Næste ordinære møde afholdes mandag den 25. august 2025 kl. 13.00.

Referatet er godkendt af regionsrådsformand Karsten Ebbe Dyhr den 24. juni 2025.
"""


def build_sjaelland(path: Path) -> None:
    path.write_text(SJ_TEXT, encoding="utf-8")


@doc
def _sjaelland():
    D = "2025-06-23"
    items = [
        ("1", "Godkendelse af dagsorden", "EMN-2025-01102"),
        ("2", "Meddelelser fra formanden", "EMN-2025-01103"),
        ("3", "Økonomirapport pr. 30. april 2025", "EMN-2025-00874"),
        ("4", "Fremtidig struktur for akutklinikker", "EMN-2024-03391"),
        ("5", "Valg af nyt medlem til Patientinddragelsesudvalget", "EMN-2025-01177"),
        ("6", "Tilskud til projektet Grønne Kompetencer Sydsjælland", "EMN-2025-00956"),
        ("7", "Beslutningsforslag fra Dansk Folkeparti om gratis parkering ved sygehusene", "EMN-2025-01190"),
        ("8", "Udbud af siddende patientbefordring 2026-2030", "EMN-2025-00412"),
        ("9", "Lukket punkt: Køb af ejendom til bosted", "EMN-2025-01045"),
        ("10", "Eventuelt", ""),
    ]
    pos = [
        ("3", "Dansk Folkeparti", "reservation", "2025-06-10"),
        ("4", "Enhedslisten", "against", "2025-06-02"),
        ("4", "Ø", "against", "2025-06-10"),
        ("4", "SF", "reservation", "2025-06-10"),
    ]
    pos += [("4", a, "for", D) for a in ["F", "Ø", "O", "Danmarksdemokraterne"]]
    pos += [("4", a, "against", D) for a in ["A", "V", "C", "B", "I", "M"]]
    pos += [("4", a, "for", D) for a in ["A", "V", "C", "B", "I", "M", "O", "Danmarksdemokraterne"]]
    pos += [("4", a, "against", D) for a in ["F", "Ø"]]
    pos += [("6", "Peter Juhl Frandsen", "absent", D)]
    return {
        "file": "b2_regionsraadet_region-sjaelland_2025-06-23.txt",
        "build": build_sjaelland,
        "persons": ["Karsten Ebbe Dyhr", "Kirsten Holm-Abildgaard", "Ole Ib Rasmussen-Krog", "Lars Ove Winther-Schmidt",
                    "Britt Aagaard Kjær", "Henrik Lau", "Nanna Dyrberg", "Camilla Rask Overgaard",
                    "Ida Marie Skovgaard Nissen", "Peter Juhl Frandsen", "Mette Øster-Holm"],
        "dates": [
            ("23. juni 2025", D),
            ("30. april 2025", "2025-04-30"),
            ("12. juni 2025", "2025-06-12"),
            ("2. juni 2025", "2025-06-02"),
            ("29. august 2025", "2025-08-29"),
            ("10. juni 2025", "2025-06-10"),
            ("5. december 2024", "2024-12-05"),
            ("21. marts 2025", "2025-03-21"),
            ("1. januar 2026", "2026-01-01"),
            ("4. juni 2025", "2025-06-04"),
            ("4. august 2025", "2025-08-04"),
            ("25. august 2025", "2025-08-25"),
            ("24. juni 2025", "2025-06-24"),
        ],
        "munis": [
            ("Vordingborg Kommune", "0390"), ("Næstved Kommune", "0370"), ("Lolland Kommune", "0360"),
            ("Kalundborg Kommune", "0326"), ("Holbæk Kommune", "0316"), ("Guldborgsund Kommune", "0376"),
            ("Faxe Kommune", "0320"), ("Holbæk", "0316"), ("Kalundborg", "0326"), ("Næstved", "0370"),
            ("Slagelse", "0330"), ("Aarhus", "0751"),
        ],
        "blockers": [],
        "tables": {
            "meetings": [{"body": "Regionsrådet", "date": D, "start_time": "13:00", "end_time": "17:20",
                          "location": "Regionsrådssalen, Regionshuset"}],
            "attendance": [
                {"person": "Karsten Ebbe Dyhr", "role": "regionsrådsformand", "status": "present", "note": ""},
                {"person": "Kirsten Holm-Abildgaard", "role": "", "status": "absent", "note": ""},
                {"person": "Ole Ib Rasmussen-Krog", "role": "", "status": "absent", "note": ""},
                {"person": "Lars Ove Winther-Schmidt", "role": "regionsdirektør", "status": "present", "note": ""},
                {"person": "Britt Aagaard Kjær", "role": "koncerndirektør", "status": "present", "note": ""},
                {"person": "Henrik Lau", "role": "økonomidirektør", "status": "present", "note": ""},
                {"person": "Nanna Dyrberg", "role": "fuldmægtig", "status": "present", "note": "referent"},
            ],
            "agenda_items": [{"item_no": a, "title": b, "case_no": c} for a, b, c in items],
            "decisions": [
                {"item_no": "1", "outcome": "approved"},
                {"item_no": "2", "outcome": "noted"},
                {"item_no": "3", "outcome": "approved"},
                {"item_no": "4", "outcome": "approved"},
                {"item_no": "5", "outcome": "elected"},
                {"item_no": "6", "outcome": "approved"},
                {"item_no": "7", "outcome": "referred"},
                {"item_no": "8", "outcome": "postponed"},
                {"item_no": "9", "outcome": "approved"},
            ],
            "positions": [dict(zip(("item_no", "actor", "position", "date"), p, strict=False)) for p in pos],
        },
        "actions": [
            ("4", "administrationen", "fremlægge", "2025-12-31",
             "Administrationen skal fremlægge en status for responstiderne i Lolland Kommune og Guldborgsund Kommune inden udgangen af 2025.",
             "fremlægge en status for responstiderne i Lolland Kommune og Guldborgsund Kommune inden udgangen af 2025", 0),
            ("7", "Forretningsudvalget", "oversende", "",
             "Forslaget oversendes til behandling i Forretningsudvalget.",
             "oversendes til behandling i Forretningsudvalget", 0),
        ],
    }


# --------------------------------------------------------------------------- 4. Kredsrådet, Sydsjællands og Lolland-Falsters Politi (DOCX)

KR_POL = "Sydsjællands og Lolland-Falsters Politi"
KR_MEMBERS = [
    ("Birgitte Hjort Lindegaard", "Politidirektør", KR_POL),
    ("Claus Nyborg-Eriksen", "Vicepolitidirektør", KR_POL),
    ("Hanne Gry Thomsen", "Politiinspektør", KR_POL),
    ("Rune Kaas Mikkelsen", "Chefanklager", KR_POL),
    ("Lise-Lotte Westergaard Holm", "Borgmester", "Næstved Kommune"),
    ("Svend Aage Kure", "Borgmester", "Faxe Kommune"),
    ("Mikael Bjerre-Olsen", "Borgmester", "Guldborgsund Kommune"),
    ("Pia Kruse Hammer", "Viceborgmester", "Lolland Kommune"),
]
KR_ACTIONS_TABLE = [
    ("Sekretariatet", "Udsende invitation til temamøde om ungdomskriminalitet", "1. april 2025"),
    ("BHL", "Drøfte bemandingen af lokalstationerne med Rigspolitiet", "Senest udgangen af juni"),
    ("Næstved Kommune", "Indsende forslag til ruter for tryghedsvandringer", "1. maj 2025"),
]


def build_kredsraad(path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kredsrådet – Referat"
    sec.footer.paragraphs[0].text = "Udskrevet 24.02.2025"

    p = d.add_paragraph()
    r = p.add_run(KR_POL.upper())
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    d.add_heading("Referat af møde i Kredsrådet", level=1)

    meta = [
        ("Mødedato", "Fredag den 7. februar 2025"),
        ("Tidspunkt", "Kl. 10.00 - 12.15"),
        ("Mødested", "Guldborgsund Rådhus, mødelokale 2"),
        ("J.nr.", "3600-80140-00001-25"),
        ("Referent", "Sekretariatschef Morten Grue"),
        ("Udsendt", "14. februar 2025"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in meta:
        c = t.add_row().cells
        c[0].text = k
        c[1].text = v

    d.add_heading("Deltagere", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Navn", "Titel", "Myndighed"), strict=False):
        c.text = h
    for n, ti, m in KR_MEMBERS:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = n, ti, m

    d.add_paragraph("Afbud:")
    d.add_paragraph("Borgmester Knud Erik Lauesen, Vordingborg Kommune", style="List Bullet")
    d.add_paragraph("Borgmester Anders Lykke Friis, Lolland Kommune (i stedet deltog viceborgmester Pia Kruse Hammer)",
                    style="List Bullet")

    def item(h, *paras):
        d.add_heading(h, level=2)
        for x in paras:
            d.add_paragraph(x)

    item("1. Velkomst og godkendelse af dagsorden",
         "Politidirektør Birgitte Hjort Lindegaard bød som formand velkommen, herunder til viceborgmester Pia Kruse Hammer, "
         "der deltog i stedet for borgmesteren i Lolland Kommune.",
         "Dagsordenen blev godkendt.")
    item("2. Godkendelse af referat fra mødet den 28. november 2024",
         "Referatet blev udsendt til kredsrådets medlemmer den 6. december 2024.",
         "Referatet blev godkendt uden bemærkninger.")
    item("3. Kriminalitetsudviklingen og politikredsens resultatmål for 2024",
         "Vicepolitidirektør Claus Nyborg-Eriksen gennemgik kriminalitetsudviklingen i 2024. Antallet af anmeldte indbrud i "
         "beboelser er faldet med 14 procent, mens antallet af sager om digital svindel mod ældre er steget markant. "
         "Politikredsen har nået seks af otte resultatmål. Målene om responstid i de tyndt befolkede dele af Lolland Kommune og "
         "Vordingborg Kommune er ikke nået.",
         "Chefanklager Rune Kaas Mikkelsen orienterede om sagsbehandlingstiderne i straffesager, som er nedbragt til "
         "gennemsnitligt 41 dage. Sagerne om vold mod offentligt ansatte behandles fortsat med prioritet, og anklagemyndigheden "
         "har siden efteråret haft en fast kontaktperson til kommunernes jobcentre og bosteder.",
         "Borgmester Lise-Lotte Westergaard Holm spurgte til udviklingen i sager om digital svindel og efterlyste et tættere "
         "samarbejde med kommunernes ældreråd og biblioteker om forebyggelse. Borgmester Svend Aage Kure bakkede op og "
         "pegede på, at mange ældre borgere i landdistrikterne ikke følger med i politiets kampagner på sociale medier. "
         "Vicepolitidirektøren oplyste, at kredsens forebyggelsesenhed gerne deltager i borgermøder i kommunerne.",
         "Kredsrådet tog orienteringen til efterretning.")
    item("4. Tryghed i Nakskov og Nykøbing Falster",
         "Politiinspektør Hanne Gry Thomsen orienterede om en række episoder med unge, der har været bevæbnet med kniv i "
         "bymidterne. Politiet har siden den 15. januar 2025 haft øget patruljering fredag og lørdag aften. "
         "Borgmester Mikael Bjerre-Olsen fremhævede det gode samarbejde i SSP-regi og efterlyste en fælles indsats over for "
         "forældrene. Viceborgmester Pia Kruse Hammer supplerede med erfaringerne fra natteravnene og fra de opsøgende "
         "medarbejdere, som oplever, at en lille gruppe unge står bag en stor del af episoderne. Kredsrådet drøftede, hvordan "
         "forældrene kan inddrages tidligere, og om der er behov for en egentlig handleplan for bymidterne.",
         "Det blev aftalt, at politiet og Lolland Kommune etablerer et fælles tryghedsteam i Nakskov, og at Guldborgsund Kommune "
         "fremsender data fra SSP-samarbejdet til politiet inden 1. april 2025.")
    item("5. Færdselssikkerhed på landevejene",
         "Politiinspektøren redegjorde for færdselsuheldene i 2024. Halvdelen af dødsulykkerne skete på landeveje i "
         "Vordingborg Kommune og Faxe Kommune. Borgmester Svend Aage Kure ønskede flere fartkontroller på vejene omkring Haslev, "
         "hvor borgerne gennem længere tid har klaget over kørsel med høj hastighed om aftenen. Chefanklageren gjorde opmærksom "
         "på, at antallet af sager om spirituskørsel er steget, og at en stor del af sagerne vedrører unge bilister. "
         "Flere borgmestre pegede på, at kommunernes egne trafiksikkerhedsplaner med fordel kan koordineres med politiets "
         "kontrolindsats, så indsatsen bliver målrettet de samme strækninger.",
         "Opfølgning: Lokalpolitiet udarbejder en oversigt over de ti mest ulykkesbelastede strækninger i kredsen, som sendes til "
         "kommunerne senest 15. marts 2025.")
    item("6. Kredsrådets årsberetning 2024",
         "Sekretariatet havde udsendt et udkast til årsberetning. Borgmester Lise-Lotte Westergaard Holm foreslog, at "
         "beretningen får et særskilt afsnit om samarbejdet om psykisk sårbare borgere.",
         "Kredsrådet godkendte udkastet med de aftalte rettelser. Sekretariatet bedes sende den endelige årsberetning til "
         "Justitsministeriet senest udgangen af april.")
    item("7. Nærpolitiet på Møn og i Præstø",
         "Politidirektøren orienterede om, at lokalstationen i Stege fra 1. marts 2025 holder åbent to dage om ugen i stedet for tre. "
         "Viceborgmester Pia Kruse Hammer og borgmester Mikael Bjerre-Olsen udtrykte bekymring for en tilsvarende udvikling på Lolland-Falster.",
         "Taget til efterretning.",
         "Handling: Politiinspektøren skal inden næste møde undersøge mulighederne for en mobil politistation på Møn i sommerperioden.")
    d.add_heading("8. Opfølgningsliste og næste møde", level=2)
    d.add_paragraph("Følgende opgaver blev aftalt:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Ansvarlig", "Opgave", "Frist"), strict=False):
        c.text = h
    for row in KR_ACTIONS_TABLE:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = row
    d.add_paragraph("Næste møde afholdes torsdag den 22. maj 2025 kl. 10.00 på Næstved Rådhus.")
    item("9. Eventuelt",
         "Borgmester Svend Aage Kure spurgte til politiets planer for sommerens festivaler. Politidirektøren oplyste, at "
         "beredskabet planlægges i samarbejde med arrangørerne og med de berørte kommuner, og at erfaringerne fra sidste sommer "
         "med mobile politiposter var gode. Borgmester Lise-Lotte Westergaard Holm takkede for politiets hurtige indsats i "
         "forbindelse med stormfloden i efteråret, hvor samarbejdet med kommunernes beredskaber fungerede godt. "
         "Der var ikke yderligere bemærkninger.")
    p = d.add_paragraph()
    p.add_run("Referatet er godkendt af kredsrådets medlemmer ved skriftlig procedure den 21. februar 2025.").italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.add_paragraph("Udskrevet 24.02.2025")
    d.save(str(path))


@doc
def _kredsraad():
    D = "2025-02-07"
    att = [
        {"person": n, "role": ti.lower(), "status": "present", "note": m} for n, ti, m in KR_MEMBERS
    ] + [
        {"person": "Knud Erik Lauesen", "role": "borgmester", "status": "absent", "note": ""},
        {"person": "Anders Lykke Friis", "role": "borgmester", "status": "absent",
         "note": "i stedet deltog viceborgmester Pia Kruse Hammer"},
        {"person": "Morten Grue", "role": "sekretariatschef", "status": "present", "note": ""},
    ]
    items = [
        ("1", "Velkomst og godkendelse af dagsorden", ""),
        ("2", "Godkendelse af referat fra mødet den 28. november 2024", ""),
        ("3", "Kriminalitetsudviklingen og politikredsens resultatmål for 2024", ""),
        ("4", "Tryghed i Nakskov og Nykøbing Falster", ""),
        ("5", "Færdselssikkerhed på landevejene", ""),
        ("6", "Kredsrådets årsberetning 2024", ""),
        ("7", "Nærpolitiet på Møn og i Præstø", ""),
        ("8", "Opfølgningsliste og næste møde", ""),
        ("9", "Eventuelt", ""),
    ]
    dl = {"1. april 2025": "2025-04-01", "Senest udgangen af juni": "2025-06-30", "1. maj 2025": "2025-05-01"}
    acts = [
        ("4", "politiet og Lolland Kommune", "etablere", "",
         "Det blev aftalt, at politiet og Lolland Kommune etablerer et fælles tryghedsteam i Nakskov, og at Guldborgsund Kommune fremsender data fra SSP-samarbejdet til politiet inden 1. april 2025.",
         "etablerer et fælles tryghedsteam i Nakskov", 0),
        ("4", "Guldborgsund Kommune", "fremsende", "2025-04-01",
         "Det blev aftalt, at politiet og Lolland Kommune etablerer et fælles tryghedsteam i Nakskov, og at Guldborgsund Kommune fremsender data fra SSP-samarbejdet til politiet inden 1. april 2025.",
         "fremsender data fra SSP-samarbejdet til politiet inden 1. april 2025", 0),
        ("5", "Lokalpolitiet", "udarbejde", "2025-03-15",
         "Opfølgning: Lokalpolitiet udarbejder en oversigt over de ti mest ulykkesbelastede strækninger i kredsen, som sendes til kommunerne senest 15. marts 2025.",
         "udarbejder en oversigt over de ti mest ulykkesbelastede strækninger i kredsen, som sendes til kommunerne senest 15. marts 2025", 0),
        ("6", "Sekretariatet", "sende", "2025-04-30",
         "Sekretariatet bedes sende den endelige årsberetning til Justitsministeriet senest udgangen af april.",
         "sende den endelige årsberetning til Justitsministeriet senest udgangen af april", 0),
        ("7", "politiinspektøren", "undersøge", "",
         "Handling: Politiinspektøren skal inden næste møde undersøge mulighederne for en mobil politistation på Møn i sommerperioden.",
         "undersøge mulighederne for en mobil politistation på Møn i sommerperioden", 0),
    ]
    for a, o, f in KR_ACTIONS_TABLE:
        acts.append(("8", a, o.split()[0].lower(), dl[f], f"{a}\t{o}\t{f}", o, 0))
    return {
        "file": "b2_kredsraadet_sydsjaelland-lolland-falster_2025-02-07.docx",
        "build": build_kredsraad,
        "persons": [m[0] for m in KR_MEMBERS] + ["Knud Erik Lauesen", "Anders Lykke Friis", "Morten Grue", "BHL"],
        "dates": [
            ("Fredag den 7. februar 2025", D),
            ("14. februar 2025", "2025-02-14"),
            ("28. november 2024", "2024-11-28"),
            ("6. december 2024", "2024-12-06"),
            ("15. januar 2025", "2025-01-15"),
            ("1. april 2025", "2025-04-01"),
            ("15. marts 2025", "2025-03-15"),
            ("1. marts 2025", "2025-03-01"),
            ("1. maj 2025", "2025-05-01"),
            ("torsdag den 22. maj 2025", "2025-05-22"),
            ("21. februar 2025", "2025-02-21"),
            ("24.02.2025", "2025-02-24"),
        ],
        "munis": [
            ("Næstved Kommune", "0370"), ("Faxe Kommune", "0320"), ("Guldborgsund Kommune", "0376"),
            ("Lolland Kommune", "0360"), ("Vordingborg Kommune", "0390"),
        ],
        "blockers": [KR_POL, "Guldborgsund Rådhus", "Næstved Rådhus", "Lolland-Falster"],
        "tables": {
            "meetings": [{"body": "Kredsrådet", "date": D, "start_time": "10:00", "end_time": "12:15",
                          "location": "Guldborgsund Rådhus, mødelokale 2"}],
            "attendance": att,
            "agenda_items": [{"item_no": a, "title": b, "case_no": c} for a, b, c in items],
            "decisions": [
                {"item_no": "1", "outcome": "approved"},
                {"item_no": "2", "outcome": "approved"},
                {"item_no": "3", "outcome": "noted"},
                {"item_no": "6", "outcome": "approved"},
                {"item_no": "7", "outcome": "noted"},
            ],
            "positions": [],
        },
        "actions": acts,
    }


# --------------------------------------------------------------------------- 5. Bestyrelsen, Kulturhuset Fyrtårnet, Helsingør (e-mail, two meetings)

HE_BODY = """Kære bestyrelse

Hermed referaterne fra de to seneste bestyrelsesmøder, tirsdag den 21. januar 2025 og tirsdag den 18. februar 2025.
Referatet fra januarmødet blev godkendt på mødet i februar. Referatet fra februarmødet betragtes som godkendt,
hvis jeg ikke har modtaget bemærkninger inden fredag den 7. marts 2025.

Den reviderede udlejningspolitik er vedhæftet som bilag.

Venlig hilsen
Rikke Bro Mathiesen
Leder, Kulturhuset Fyrtårnet
Strandvejen 212, 3070 Snekkersten
Tlf. 49 21 33 40


************************************************************
REFERAT AF BESTYRELSESMØDE
Den selvejende institution Kulturhuset Fyrtårnet

Dato:  Tirsdag den 21. januar 2025, kl. 17.00-19.00
Sted:  Mødelokalet, 1. sal
************************************************************

Til stede:
  Peter Emil Lind-Nørgaard, formand (udpeget af Helsingør Byråd)
  Karen Margrethe Holst (udpeget af Helsingør Byråd)
  Jonas Abildgaard (Fyrtårnets Venner)
  Birthe Kjærsgaard-Lund (Snekkersten Borgerforening)
  Louise Damsgaard, medarbejderrepræsentant
  Rikke Bro Mathiesen, leder (referent)
  Brugerrådsrepræsentanter: Ida og Yusuf

Afbud:
  Morten Staal (Fyrtårnets Venner)


1. Godkendelse af dagsorden
Godkendt.

2. Konstituering
Efter udpegningen af to nye medlemmer fra Helsingør Byråd skulle bestyrelsen konstituere sig på ny.
Formanden er udpeget af byrådet.
Valgt blev Karen Margrethe Holst som næstformand. Som kasserer valgtes Jonas Abildgaard.

3. Foreløbigt årsregnskab 2024
Lederen gennemgik det foreløbige regnskab, som viser et overskud på 84.000 kr. Overskuddet skyldes
primært flere udlejninger af salen i efteråret og et uforbrugt beløb til vedligeholdelse. Billetindtægterne
fra koncerterne var lidt lavere end budgetteret, mens caféen for første gang gav et lille overskud.
Jonas Abildgaard spurgte, om overskuddet kan bruges til nye stole i salen. Lederen svarede, at det
afhænger af revisionens bemærkninger.
Taget til efterretning.
Opfølgning: Lederen sender det endelige regnskab til revisor inden 1. marts 2025.

4. Driftsaftale med Helsingør Kommune 2025-2028
Udkastet til ny driftsaftale blev gennemgået. Tilskuddet fra Helsingør Kommune er uændret i 2025 og
reduceres med 1 procent om året i 2026-2028. Aftalen stiller krav om mindst 300 arrangementer om året.
Lederen indstiller, at bestyrelsen godkender udkastet til driftsaftale, og at formanden underskriver aftalen
på institutionens vegne.
Indstillingen blev fulgt.

5. Ny udlejningspolitik for salen
Lederen fremlagde et oplæg til nye priser og regler for udlejning af salen og mødelokalerne.
Flere medlemmer ønskede at kende prisniveauet i sammenlignelige huse, før der tages stilling.
Sagen udsættes til næste møde.
Handling: Sekretariatet bedes udarbejde en prissammenligning med tre andre kulturhuse i Nordsjælland.

6. Eventuelt
Birthe Kjærsgaard-Lund nævnte, at naboerne har klaget over parkering på villavejene ved store arrangementer.
Ida foreslog, at huset opfordrer publikum til at cykle eller tage toget. Bestyrelsen drøftede forskellige
løsninger, herunder samarbejde med grundejerforeningen, men der blev ikke truffet beslutning.


************************************************************
REFERAT AF BESTYRELSESMØDE
Den selvejende institution Kulturhuset Fyrtårnet

Dato:  Tirsdag den 18. februar 2025, kl. 17.00-19.15
Sted:  Mødelokalet, 1. sal
************************************************************

Til stede:
  Peter Emil Lind-Nørgaard, formand
  Karen Margrethe Holst, næstformand
  Jonas Abildgaard, kasserer
  Birthe Kjærsgaard-Lund
  Morten Staal
  Louise Damsgaard, medarbejderrepræsentant
  Rikke Bro Mathiesen, leder (referent)
  Brugerrådsrepræsentant: Yusuf

Afbud:
  Ida (brugerrådet)


1. Godkendelse af dagsorden og af referat fra mødet den 21. januar 2025
Begge godkendt.

2. Ny udlejningspolitik for salen
Sekretariatet havde udarbejdet en prissammenligning med tre andre kulturhuse. Priserne i Fyrtårnet
ligger lidt under gennemsnittet.
Bestyrelsen godkendte udlejningspolitikken med de foreslåede priser, dog med 25 procent rabat for
foreninger hjemmehørende i Helsingør Kommune.

3. Budget 2025
Kassereren gennemgik budgetforslaget med et samlet driftsbudget på 4,9 mio. kr.
Bestyrelsen godkendte budgettet. Birthe Kjærsgaard-Lund stemte imod posten til markedsføring, som hun
finder for høj i forhold til husets øvrige udgifter.
Opfølgning: Sende det godkendte budget til Helsingør Kommune inden 1. marts 2025 (ansvarlig: JA).

4. Ansøgning til kulturpuljen
Bestyrelsen godkendte, at huset søger Helsingør Kommunes kulturpulje om støtte til en række sommerkoncerter
i haven i 2026.
Ansvarlig: Louise Damsgaard udarbejder ansøgningen sammen med brugerrådet senest udgangen af juni.

5. Meddelelser fra lederen
Lederen orienterede om, at ventilationsanlægget i salen er blevet serviceret, og at den nye hjemmeside
går i luften i uge 10. Salget af billetter til forårets koncerter går bedre end sidste år, og to af
koncerterne er allerede udsolgt. Der har været en mindre vandskade i kælderen, som er dækket af
forsikringen. Lederen fortalte desuden, at huset har fået en henvendelse fra en lokal skole om at bruge
salen til skolekoncerter i dagtimerne, og at der arbejdes på en aftale.
Taget til efterretning.

6. Opgaveliste

  Ansvarlig       Opgave                                               Frist
  RBM             Lægge udlejningspolitikken på hjemmesiden            1. marts 2025
  Formanden       Invitere grundejerforeningen til møde om parkering   inden 1. april 2025
  Sekretariatet   Bestille ny lydmixer til salen                       senest 15. marts 2025

7. Eventuelt
Morten Staal spurgte, om huset kan deltage i Kulturnatten i Helsingør i september. Yusuf fortalte, at
brugerrådet gerne vil stå for en bod, og at flere af de unge frivillige har meldt sig. Karen Margrethe Holst
mindede om, at deltagelsen kræver ekstra vagter, og at udgiften bør indgå i budgettet for efteråret.
Spørgsmålet drøftes igen på næste møde.

Næste møde: tirsdag den 22. april 2025 kl. 17.00.
"""


def build_helsingoer(path: Path) -> None:
    m = email.message.EmailMessage()
    m["From"] = "Rikke Bro Mathiesen <rbm@kulturhusetfyrtaarnet.dk>"
    m["To"] = "bestyrelsen@kulturhusetfyrtaarnet.dk"
    m["Cc"] = "kulturogfritid@helsingor.dk"
    m["Subject"] = "Referater fra bestyrelsesmøderne den 21. januar og 18. februar 2025"
    m["Date"] = "Tue, 25 Feb 2025 09:14:00 +0100"
    m["Message-ID"] = "<20250225091400.4471@kulturhusetfyrtaarnet.dk>"
    m.set_content(HE_BODY, charset="utf-8")
    path.write_bytes(bytes(m))


@doc
def _helsingoer():
    D1, D2 = "2025-01-21", "2025-02-18"
    att1 = [
        ("Peter Emil Lind-Nørgaard", "formand", "present", "udpeget af Helsingør Byråd"),
        ("Karen Margrethe Holst", "", "present", "udpeget af Helsingør Byråd"),
        ("Jonas Abildgaard", "", "present", "Fyrtårnets Venner"),
        ("Birthe Kjærsgaard-Lund", "", "present", "Snekkersten Borgerforening"),
        ("Louise Damsgaard", "medarbejderrepræsentant", "present", ""),
        ("Rikke Bro Mathiesen", "leder", "present", "referent"),
        ("Ida", "brugerrådsrepræsentant", "present", ""),
        ("Yusuf", "brugerrådsrepræsentant", "present", ""),
        ("Morten Staal", "", "absent", "Fyrtårnets Venner"),
    ]
    att2 = [
        ("Peter Emil Lind-Nørgaard", "formand", "present", ""),
        ("Karen Margrethe Holst", "næstformand", "present", ""),
        ("Jonas Abildgaard", "kasserer", "present", ""),
        ("Birthe Kjærsgaard-Lund", "", "present", ""),
        ("Morten Staal", "", "present", ""),
        ("Louise Damsgaard", "medarbejderrepræsentant", "present", ""),
        ("Rikke Bro Mathiesen", "leder", "present", "referent"),
        ("Yusuf", "brugerrådsrepræsentant", "present", ""),
        ("Ida", "", "absent", "brugerrådet"),
    ]
    items1 = [
        ("1", "Godkendelse af dagsorden", ""),
        ("2", "Konstituering", ""),
        ("3", "Foreløbigt årsregnskab 2024", ""),
        ("4", "Driftsaftale med Helsingør Kommune 2025-2028", ""),
        ("5", "Ny udlejningspolitik for salen", ""),
        ("6", "Eventuelt", ""),
    ]
    items2 = [
        ("1", "Godkendelse af dagsorden og af referat fra mødet den 21. januar 2025", ""),
        ("2", "Ny udlejningspolitik for salen", ""),
        ("3", "Budget 2025", ""),
        ("4", "Ansøgning til kulturpuljen", ""),
        ("5", "Meddelelser fra lederen", ""),
        ("6", "Opgaveliste", ""),
        ("7", "Eventuelt", ""),
    ]
    table = [
        ("RBM", "Lægge udlejningspolitikken på hjemmesiden", "1. marts 2025", "2025-03-01"),
        ("Formanden", "Invitere grundejerforeningen til møde om parkering", "inden 1. april 2025", "2025-04-01"),
        ("Sekretariatet", "Bestille ny lydmixer til salen", "senest 15. marts 2025", "2025-03-15"),
    ]
    acts = [
        ("3", "lederen", "sende", "2025-03-01",
         "Opfølgning: Lederen sender det endelige regnskab til revisor inden 1. marts 2025.",
         "sender det endelige regnskab til revisor inden 1. marts 2025", 0),
        ("4", "formanden", "underskrive", "",
         "Lederen indstiller, at bestyrelsen godkender udkastet til driftsaftale, og at formanden underskriver aftalen på institutionens vegne.",
         "underskriver aftalen på institutionens vegne", 0),
        ("5", "Sekretariatet", "udarbejde", "",
         "Handling: Sekretariatet bedes udarbejde en prissammenligning med tre andre kulturhuse i Nordsjælland.",
         "udarbejde en prissammenligning med tre andre kulturhuse i Nordsjælland", 0),
        ("3", "JA", "sende", "2025-03-01",
         "Opfølgning: Sende det godkendte budget til Helsingør Kommune inden 1. marts 2025 (ansvarlig: JA).",
         "Sende det godkendte budget til Helsingør Kommune inden 1. marts 2025", 0),
        ("4", "Louise Damsgaard", "udarbejde", "2025-06-30",
         "Ansvarlig: Louise Damsgaard udarbejder ansøgningen sammen med brugerrådet senest udgangen af juni.",
         "udarbejder ansøgningen sammen med brugerrådet senest udgangen af juni", 0),
    ]
    for a, o, f, iso in table:
        acts.append(("6", "formanden" if a == "Formanden" else a, o.split()[0].lower(), iso, f"{a} {o} {f}", o, 0))
    return {
        "file": "b2_bestyrelsen_helsingoer_2025-01-21.eml",
        "build": build_helsingoer,
        "persons": [a[0] for a in att1 + att2] + ["RBM", "JA"],
        "dates": [
            ("Tue, 25 Feb 2025", "2025-02-25"),
            ("21. januar", D1),
            ("18. februar 2025", D2),
            ("21. januar 2025", D1),
            ("fredag den 7. marts 2025", "2025-03-07"),
            ("1. marts 2025", "2025-03-01"),
            ("1. april 2025", "2025-04-01"),
            ("15. marts 2025", "2025-03-15"),
            ("tirsdag den 22. april 2025", "2025-04-22"),
        ],
        "munis": [("Helsingør Kommunes", "0217"), ("Helsingør Kommune", "0217"), ("Helsingør", "0217")],
        "blockers": ["Helsingør Byråd"],
        "tables": {
            "meetings": [
                {"body": "Bestyrelsen", "date": D1, "start_time": "17:00", "end_time": "19:00",
                 "location": "Mødelokalet, 1. sal"},
                {"body": "Bestyrelsen", "date": D2, "start_time": "17:00", "end_time": "19:15",
                 "location": "Mødelokalet, 1. sal"},
            ],
            "attendance": [dict(zip(("person", "role", "status", "note"), a, strict=False)) for a in att1 + att2],
            "agenda_items": [{"item_no": a, "title": b, "case_no": c} for a, b, c in items1 + items2],
            "decisions": [
                {"item_no": "1", "outcome": "approved"},
                {"item_no": "2", "outcome": "elected"},
                {"item_no": "3", "outcome": "noted"},
                {"item_no": "4", "outcome": "approved"},
                {"item_no": "5", "outcome": "postponed"},
                {"item_no": "1", "outcome": "approved"},
                {"item_no": "2", "outcome": "approved"},
                {"item_no": "3", "outcome": "approved"},
                {"item_no": "4", "outcome": "approved"},
                {"item_no": "5", "outcome": "noted"},
            ],
            "positions": [
                {"item_no": "3", "actor": "Birthe Kjærsgaard-Lund", "position": "against", "date": D2},
            ],
        },
        "actions": acts,
    }


# --------------------------------------------------------------------------- 6. Ældrerådet, Viborg Kommune (PDF)

VI_MEMBERS = [
    ("Jørgen Bak Frederiksen", "Formand", "Til stede"),
    ("Inger Lise Kold Bruun", "Næstformand", "Til stede"),
    ("Else Marie Vestergaard-Bach", "Medlem", "Til stede"),
    ("Poul Henning Møller", "Medlem", "Til stede"),
    ("Anna-Grethe Sloth", "Medlem", "Til stede"),
    ("Kristian Due Andersen", "Medlem", "Til stede (fra kl. 10.15)"),
    ("Ruth Lauritzen", "Medlem", "Til stede"),
    ("Gerda Kirstine Nørskov", "Medlem", "Afbud"),
    ("Niels Kjeldsmark", "Medlem", "Afbud (sygdom)"),
    ("Maja Krog-Thomsen", "Sekretær", "Til stede"),
]


def build_viborg(path: Path) -> None:
    new = pdf_class()
    d = new()
    d.head_left = "Viborg Kommune"
    d.head_right = "Ældrerådet - Referat"
    d.foot_left = "Udskrevet den 15.04.2025"
    W = d.w - d.l_margin - d.r_margin

    def h2(t):
        d.ln(2)
        d.set_font("dj", "B", 11)
        d.multi_cell(W, 6, t, new_x="LMARGIN", new_y="NEXT")
        d.set_font("dj", "", 10)

    def para(t, style=""):
        d.set_font("dj", style, 10)
        d.multi_cell(W, 5, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)

    d.add_page()
    d.set_font("dj", "B", 18)
    d.cell(0, 10, "Ældrerådet", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dj", "", 12)
    d.cell(0, 7, "Referat", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("dj", "", 10)
    for k, v in [("Mødedato:", "Torsdag den 10. april 2025"), ("Mødetid:", "Kl. 09.30 - 12.30"),
                 ("Mødested:", "Mødelokale A2.14, Viborg Rådhus"),
                 ("Godkendt:", "Referatet er godkendt af formanden den 14. april 2025"),
                 ("Udskrevet:", "15.04.2025")]:
        d.set_font("dj", "B", 10)
        d.cell(30, 5.5, k)
        d.set_font("dj", "", 10)
        d.cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("dj", "B", 11)
    d.cell(0, 6, "Deltagere", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dj", "", 9.5)
    with d.table(col_widths=(70, 45, 59), text_align="LEFT", line_height=5, padding=1.2) as t:
        for row in [("Navn", "Funktion", "Fremmøde")] + VI_MEMBERS:
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(2)
    para("Gæst: Torben Vind Hjelm, formand for Sundheds- og Omsorgsudvalget (deltog under punkt 6)")

    h2("1. Godkendelse af dagsorden")
    para("Godkendt.")

    h2("2. Godkendelse af referat fra mødet den 13. marts 2025")
    para("Referatet blev godkendt uden bemærkninger.")

    h2("3. Formandens meddelelser")
    para("Formanden orienterede om mødet i det regionale netværk under Danske Ældreråd den 27. marts 2025 i Silkeborg, hvor "
         "ældrereformen og de nye rammer for frit valg i hjemmeplejen var på dagsordenen. Formanden har desuden deltaget i "
         "åbningen af det nye plejecenter i Bjerringbro den 2. april 2025.")
    para("Formanden nævnte også, at Ældrerådets årsberetning for 2024 er sendt til byrådet og lagt på kommunens hjemmeside, "
         "og at der er kommet flere henvendelser fra borgere om lange ventetider på hjælpemidler. Henvendelserne er "
         "videresendt til forvaltningen, som har lovet et skriftligt svar.")
    para("Taget til efterretning.")

    h2("4. Høringer")
    para("Ældrerådet har modtaget tre høringer fra Viborg Kommune siden sidste møde. De behandles hver for sig.")

    h2("4.1 Høring om kvalitetsstandard for praktisk hjælp 2025")
    para("Sagsnr.: 27.12.00-P22-1-25")
    para("Kvalitetsstandarden er revideret, så rengøring som udgangspunkt leveres hver tredje uge i stedet for hver anden uge "
         "for borgere, der selv kan klare lettere opgaver. Et udkast til høringssvar var udsendt før mødet. Flere medlemmer "
         "fremhævede, at ændringen rammer de svageste borgere i landdistrikterne omkring Karup og Stoholm hårdest.")
    para("Beslutning: Ældrerådet godkendte udkastet til høringssvar med de tilføjelser, der kom frem på mødet. "
         "Sekretæren sender høringssvaret til Sundhed og Omsorg senest den 22. april 2025.")

    h2("4.2 Høring om budgetforslag vedrørende madservice")
    para("Sagsnr.: 27.18.00-S00-3-25")
    para("Forvaltningen foreslår, at levering af varm mad reduceres fra fem til tre dage om ugen, og at de øvrige dage dækkes "
         "af kølemad. Ældrerådet er bekymret for ernæringstilstanden hos de ældste borgere. Else Marie Vestergaard-Bach "
         "pegede på, at det daglige besøg fra madudbringeren for mange enlige er dagens eneste kontakt med andre mennesker, "
         "og Ruth Lauritzen henviste til erfaringer fra andre kommuner, hvor færre leverancedage har ført til flere "
         "indlæggelser med underernæring. Rådet var enigt om, at besparelsen bør findes et andet sted i budgettet.")
    para("Beslutning: Ældrerådet vedtog at afgive et kritisk høringssvar. Inger Lise Kold Bruun udarbejder et udkast, "
         "som rundsendes til medlemmerne senest fredag den 25. april 2025.")

    h2("4.3 Høring om ny busplan for landdistrikterne")
    para("Sagsnr.: 13.05.00-P20-2-25")
    para("Høringsmaterialet blev modtaget dagen før mødet, og medlemmerne har ikke haft mulighed for at sætte sig ind i det.")
    para("Beslutning: Sagen udsættes til næste møde.")

    h2("5. Valg af repræsentant til Demensrådet")
    para("Ældrerådets hidtidige repræsentant i Demensrådet, Gerda Kirstine Nørskov, har ønsket at udtræde.")
    para("Beslutning: Valgt blev Anna-Grethe Sloth med Ruth Lauritzen som suppleant.")

    h2("6. Dialog med formanden for Sundheds- og Omsorgsudvalget")
    para("Udvalgsformand Torben Vind Hjelm fortalte om arbejdet med den nye ældrepolitik og om rekrutteringen til "
         "hjemmeplejen, hvor der fortsat er mange ubesatte stillinger i Møldrup og Bjerringbro. Medlemmerne spurgte især "
         "til ventetiden på genoptræning og til brugen af velfærdsteknologi. Poul Henning Møller fremhævede, at mange "
         "pårørende oplever, at informationen om skift af hjemmehjælper kommer for sent, og Anna-Grethe Sloth efterlyste "
         "flere aktiviteter for borgere med demens i de mindre byer. Udvalgsformanden fortalte, at der arbejdes på en ny "
         "model for aflastning, som ventes at blive behandlet politisk efter sommerferien. Udvalgsformanden vil bringe Ældrerådets "
         "synspunkter videre til udvalgets budgetseminar den 6. maj 2025.")

    h2("7. Valg til Ældrerådet 2025")
    para("Valget afholdes som brevvalg med valgdag den 18. november 2025, samme dag som kommunalvalget. Sekretæren "
         "gennemgik tidsplanen, herunder fristen for opstilling af kandidater. Der holdes to informationsmøder for mulige "
         "kandidater i efteråret, et i den nordlige og et i den sydlige del af kommunen. Medlemmerne drøftede, hvordan flere "
         "yngre seniorer kan motiveres til at stille op, og hvordan valgmaterialet kan gøres mere overskueligt.")
    para("Beslutning: Ældrerådet godkendte tidsplanen. Sekretæren bedes undersøge mulighederne for digital "
         "stemmeafgivning inden næste møde.")

    h2("8. Eventuelt")
    para("Ruth Lauritzen fortalte om et velbesøgt informationsmøde om svindel via telefon og sms, som blev holdt i samarbejde "
         "med Midt- og Vestjyllands Politi. Else Marie Vestergaard-Bach efterlyste bedre skiltning ved indgangen til "
         "genoptræningscentret. Kristian Due Andersen foreslog, at Ældrerådet på et senere møde drøfter, hvordan rådet bliver "
         "mere synligt i lokalområderne, fx ved at holde åbne møder på plejecentrene. Flere medlemmer bakkede op om idéen. "
         "Punktet gav ikke anledning til beslutninger.")
    d.ln(2)
    para("Næste møde: Torsdag den 8. maj 2025 kl. 9.30 på Viborg Rådhus.", "B")
    d.ln(6)
    para("Jørgen Bak Frederiksen, formand          Maja Krog-Thomsen, sekretær")
    d.output(str(path))


@doc
def _viborg():
    D = "2025-04-10"

    def st(s):
        return ("present" if s.startswith("Til stede") else "absent",
                s[s.index("(") + 1:s.index(")")] if "(" in s else "")

    att = [{"person": n, "role": f.lower(), "status": st(s)[0], "note": st(s)[1]} for n, f, s in VI_MEMBERS]
    att.append({"person": "Torben Vind Hjelm", "role": "formand", "status": "present", "note": "deltog under punkt 6"})
    items = [
        ("1", "Godkendelse af dagsorden", ""),
        ("2", "Godkendelse af referat fra mødet den 13. marts 2025", ""),
        ("3", "Formandens meddelelser", ""),
        ("4", "Høringer", ""),
        ("4.1", "Høring om kvalitetsstandard for praktisk hjælp 2025", "27.12.00-P22-1-25"),
        ("4.2", "Høring om budgetforslag vedrørende madservice", "27.18.00-S00-3-25"),
        ("4.3", "Høring om ny busplan for landdistrikterne", "13.05.00-P20-2-25"),
        ("5", "Valg af repræsentant til Demensrådet", ""),
        ("6", "Dialog med formanden for Sundheds- og Omsorgsudvalget", ""),
        ("7", "Valg til Ældrerådet 2025", ""),
        ("8", "Eventuelt", ""),
    ]
    return {
        "file": "b2_aeldreraadet_viborg_2025-04-10.pdf",
        "build": build_viborg,
        "persons": [m[0] for m in VI_MEMBERS] + ["Torben Vind Hjelm"],
        "dates": [
            ("15.04.2025", "2025-04-15"),
            ("Torsdag den 10. april 2025", D),
            ("14. april 2025", "2025-04-14"),
            ("13. marts 2025", "2025-03-13"),
            ("27. marts 2025", "2025-03-27"),
            ("2. april 2025", "2025-04-02"),
            ("22. april 2025", "2025-04-22"),
            ("25. april 2025", "2025-04-25"),
            ("6. maj 2025", "2025-05-06"),
            ("18. november 2025", "2025-11-18"),
            ("8. maj 2025", "2025-05-08"),
        ],
        "munis": [("Viborg Kommune", "0791"), ("Silkeborg", "0740")],
        "blockers": ["Viborg Rådhus"],
        "tables": {
            "meetings": [{"body": "Ældrerådet", "date": D, "start_time": "09:30", "end_time": "12:30",
                          "location": "Mødelokale A2.14, Viborg Rådhus"}],
            "attendance": att,
            "agenda_items": [{"item_no": a, "title": b, "case_no": c} for a, b, c in items],
            "decisions": [
                {"item_no": "1", "outcome": "approved"},
                {"item_no": "2", "outcome": "approved"},
                {"item_no": "3", "outcome": "noted"},
                {"item_no": "4.1", "outcome": "approved"},
                {"item_no": "4.2", "outcome": "approved"},
                {"item_no": "4.3", "outcome": "postponed"},
                {"item_no": "5", "outcome": "elected"},
                {"item_no": "7", "outcome": "approved"},
            ],
            "positions": [],
        },
        "actions": [
            ("4.1", "sekretæren", "sende", "2025-04-22",
             "Sekretæren sender høringssvaret til Sundhed og Omsorg senest den 22. april 2025.",
             "sender høringssvaret til Sundhed og Omsorg senest den 22. april 2025", 0),
            ("4.2", "Inger Lise Kold Bruun", "udarbejde", "2025-04-25",
             "Inger Lise Kold Bruun udarbejder et udkast, som rundsendes til medlemmerne senest fredag den 25. april 2025.",
             "udarbejder et udkast, som rundsendes til medlemmerne senest fredag den 25. april 2025", 0),
            ("6", "udvalgsformanden", "bringe", "2025-05-06",
             "Udvalgsformanden vil bringe Ældrerådets synspunkter videre til udvalgets budgetseminar den 6. maj 2025.",
             "bringe Ældrerådets synspunkter videre til udvalgets budgetseminar den 6. maj 2025", 0),
            ("7", "sekretæren", "undersøge", "",
             "Sekretæren bedes undersøge mulighederne for digital stemmeafgivning inden næste møde.",
             "undersøge mulighederne for digital stemmeafgivning inden næste møde", 0),
        ],
    }


# --------------------------------------------------------------------------- main


def build_all(review: bool = False) -> None:
    from extract.readers import read_file

    lines = []
    for spec in DOCS:
        path = HERE / spec["file"]
        spec["build"](path)
        text = read_file(path).text
        spans = make_spans(text, spec)
        actions = []
        for item_no, actor, verb, deadline, sent, phrase, occ in spec["actions"]:
            s0, s1, a0, a1 = locate(text, sent, phrase, occ)
            actions.append({"item_no": item_no, "actor": actor, "verb": verb, "deadline": deadline,
                            "start_char": s0, "end_char": s1, "action_start": a0, "action_end": a1})
        tables = dict(spec["tables"])
        tables["actions"] = actions
        rec = {
            "format": "extract-gold/1",
            "id": path.stem,
            "path": spec["file"],
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "span_labels": ["PERSON", "DATE", "MUNICIPALITY"],
            "spans": spans,
            "tables": tables,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
        words = len(re.findall(r"\w+", text))
        counts = {lab: sum(1 for s in spans if s["label"] == lab) for lab in ("PERSON", "DATE", "MUNICIPALITY")}
        print(f"{spec['file']}: {words} words, spans {counts}, rows "
              + ", ".join(f"{k}={len(v)}" for k, v in tables.items()))
        if review:
            review_text(text, spans, spec)
    (HERE / "gold_b2.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def review_text(text: str, spans: list[dict], spec: dict) -> None:
    covered = [False] * len(text)
    for s in spans:
        for k in range(s["start"], s["end"]):
            covered[k] = True
    caps = {}
    for m in re.finditer(r"\b[A-ZÆØÅ][\wæøåÆØÅ-]+", text):
        if not covered[m.start()]:
            caps[m.group(0)] = caps.get(m.group(0), 0) + 1
    print("  uncovered capitalised:", " ".join(sorted(caps)))
    months = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
    for m in re.finditer(rf"\d{{1,2}}\.\s*(?:{months})|\d{{1,2}}[.-]\d{{1,2}}[.-]\d{{2,4}}", text, re.I):
        if not covered[m.start()]:
            print("  uncovered date-like:", repr(text[max(0, m.start() - 20):m.end() + 10]))
    for s in spans:
        print(f"    {s['label']:12} {text[s['start']:s['end']]!r} {s.get('norm', '')}")


if __name__ == "__main__":
    build_all(review="--review" in sys.argv)
