#!/usr/bin/env python3
"""Build corpus/gold/samples.jsonl (format extract-gold/1) for the sample minutes.

Each sample in corpus/samples/ has a hand-written annotation block below. Every line of a block
is one annotation and becomes a tuple (surface, label, norm, occurrence):

    LABEL  surface text [= norm] [@N]

- LABEL is one of PERSON ROLE MUNICIPALITY ORG LOC DATE TIME CASE_NUMBER EMAIL.
- Without `@N` the entry means *every* occurrence of the surface string that stands on word
  boundaries; occurrences lying wholly inside a longer annotated span are skipped (that is how
  `Odder` inside `Lars Odder` or `Odder Kommune` is left to the longer span). Longer surfaces are
  placed first.
- `@N` picks the N-th (0-based) raw `str.find` occurrence only.
- `= norm` gives the norm explicitly. DATE norms are always explicit. Otherwise the norm is
  derived: ROLE from the reference role list (plus a few compounds below), MUNICIPALITY from
  municipalities_dk.csv (kommunekode4), TIME from the clock digits, CASE_NUMBER as written,
  EMAIL lower-cased.

The script fails (exit 1) when a surface is not found, an explicit occurrence overlaps another
span, spans overlap, a span's text does not match, a DATE norm contradicts its surface (day,
month, year, weekday) or a table row refers to something not in the text/spans. It also prints
warnings for things that look like entities but are not covered (capitalised tokens,
municipality names, role words, dates, clock times) so the annotation can be made exhaustive;
tokens that were checked and are deliberately not entities are listed per document in `ok`.

Run:  .venv/bin/python scripts/build_sample_gold.py
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus" / "samples"
OUT = ROOT / "corpus" / "gold" / "samples.jsonl"

LABELS = {"PERSON", "ROLE", "MUNICIPALITY", "ORG", "LOC", "DATE", "TIME", "CASE_NUMBER", "EMAIL"}
NORMED = {"ROLE", "MUNICIPALITY", "DATE", "TIME", "CASE_NUMBER", "EMAIL"}

MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

# Role words that are not in roles_titles_da.csv (compounds, occupational titles in historic text).
EXTRA_ROLES = {
    "gdr.": "gårdejer",
    "husmand": "husmand",
    "lærer": "lærer",
    "lærere": "lærer",
    "sognefoged": "sognefoged",
    "arbejdsmand": "arbejdsmand",
    "vejchef": "vejchef",
    "økonomichef": "økonomichef",
    "skolechef": "skolechef",
    "skolechefen": "skolechef",
    "ældrechef": "ældrechef",
    "ældrechefen": "ældrechef",
    "elevrådsrepræsentant": "elevrådsrepræsentant",
    "kultur- og fritidsborgmester": "kultur- og fritidsborgmester",
    "kultur- og fritidsborgmesteren": "kultur- og fritidsborgmester",
}

# Capitalised words that are ordinary Danish (headers, decisions, generic nouns) and never
# entities in these samples. Used only to silence the uncovered-name warning.
COMMON_CAPS = set("""
Referat REFERAT Dagsorden DAGSORDEN Punkt Titel Beslutning Beslutninger Godkendt Godkendelse
Meddelelser Eventuelt Orientering Resume Indstilling Sagsnr Sagsfremstilling Taget Til Det Der
Den De Dato Tid Sted Mødedato Mødested Mødetid Mødetidspunkt Tidspunkt Afbud Fraværende
Deltagere Deltagerkreds Mødedeltagere Fra Desuden Ad Sag Spørgsmål Henvendelser Næste Mødet
Forvaltningen Administrationen Udvalget Rådet Kommunen Forslaget Aftalen Sagen Planen Projektet
Referatet Dagsordenen Beslutningsreferat Enhed E-mail J Dok Hermed Kontakt Indholdsfortegnelse
Lukket Budget Regnskab Natbusforbindelse Lokalplan Anlægsbevilling Kvartalsrapport
Kommunegaranti Cykelsti Trafiksikkerhed Busbetjening Skoleindskrivning Dagtilbudsstruktur
Samarbejde Samarbejdsaftale Akutberedskab Budgetopfølgning Kollektiv Principper Trivselsmåling
Høring Dialog Tilgængelighed Helhedsplan Udpegning Køb Ny Biblioteksbetjening Takster
Ekspropriation Velkomst Status Fremtidig Kriminalitetsudviklingen Tryghedsindsats Et En I Som
Efter Borgere Flere Antallet Særligt Linjeføring B Beslutningsprotokol BESLUTNINGSPROTOKOL Møde
Protokollen Indkaldt Tilmelding Høringssvaret Udkastet Punktet Bestyrelsen Motionsdagen
Forældrebestyrelserne Indskrivningen Udgiften Første Dagsordenspunkt Ingen Pkt Aar Kr
""".split())


def die(msg: str) -> None:
    print(f"ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def reference_dir() -> Path:
    cands = []
    if os.environ.get("EXTRACT_SHARED_DIR"):
        cands.append(Path(os.environ["EXTRACT_SHARED_DIR"]) / "reference")
    cands += [ROOT.parent / "shared" / "reference", ROOT / "shared" / "reference"]
    for c in cands:
        if (c / "municipalities_dk.csv").exists():
            return c
    die("reference lists not found (set EXTRACT_SHARED_DIR to the shared folder)")
    raise AssertionError


REF = reference_dir()
MUNI: dict[str, str] = {}          # lower-case name -> kommunekode4
MUNI_NAMES: list[str] = []
with open(REF / "municipalities_dk.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row.get("udenfor_kommuneinddeling", "false") == "true":
            continue
        code = row["kommunekode4"]
        MUNI[row["kommune"].lower()] = code
        MUNI[row["kommune_fuldt_navn"].lower()] = code
        MUNI_NAMES.append(row["kommune"])
ROLE_BASE: dict[str, str] = {}
with open(REF / "roles_titles_da.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        for form in (row["term"], row["bestemt_ental"], row["flertal"]):
            if form:
                ROLE_BASE[form.lower()] = row["term"].lower()
ROLE_BASE.update(EXTRA_ROLES)
ROLE_WORDS = sorted({row for row in ROLE_BASE if " " not in row and row != "chef"}, key=len,
                    reverse=True)


def muni_norm(surface: str) -> str:
    s = re.sub(r"\s+", " ", surface.strip()).lower()
    for cand in (s, re.sub(r" kommunes?$", "", s)):
        for c in (cand, cand.rstrip("'"), cand[:-1] if cand.endswith("s") else cand):
            if c in MUNI:
                return MUNI[c]
    die(f"cannot derive municipality code for {surface!r}")
    raise AssertionError


def role_norm(surface: str) -> str:
    s = surface.lower()
    if s in ROLE_BASE:
        return ROLE_BASE[s]
    die(f"cannot derive role norm for {surface!r}; give it with '= norm'")
    raise AssertionError


TIME_RE = re.compile(r"^[Kk]l\. (\d{1,2})(?:[.:](\d{2}))?(?:-(\d{1,2})(?:[.:](\d{2}))?)?$")


def time_norm(surface: str) -> str:
    m = TIME_RE.match(surface)
    if not m:
        die(f"cannot derive time norm for {surface!r}")
    h1, m1, h2, m2 = m.groups()
    out = f"{int(h1):02d}:{m1 or '00'}"
    if h2:
        out += f"/{int(h2):02d}:{m2 or '00'}"
    return out


def check_date(surface: str, norm: str, doc: str) -> None:
    """Cross-check an explicit DATE norm against what the surface says."""
    if norm == "":
        return
    try:
        d = dt.date.fromisoformat(norm)
    except ValueError:
        die(f"{doc}: bad ISO date norm {norm!r} for {surface!r}")
    low = surface.lower()
    day = month = year = None
    # ordinals as written in old minutes: "1ste", "2den", "5te", "21de"
    m = re.search(r"(\d{1,2})(?:\.|ste|den|te|de)? (" + "|".join(MONTHS) + r")(?: (\d{4}))?",
                  low)
    if m:
        day, month = int(m.group(1)), MONTHS.index(m.group(2)) + 1
        year = int(m.group(3)) if m.group(3) else None
    else:
        m = re.search(r"(\d{1,2})[./-](\d{1,2})(?:[./ -](\d{2,4}))?$", low)
        if not m:
            die(f"{doc}: cannot read date {surface!r}")
        day, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            y = int(m.group(3))
            year = y + 2000 if y < 100 else y
    if (d.day, d.month) != (day, month) or (year is not None and year != d.year):
        die(f"{doc}: DATE {surface!r} does not match norm {norm}")
    for i, wd in enumerate(WEEKDAYS):
        if re.search(rf"\b{wd}\b", low) and d.weekday() != i:
            die(f"{doc}: DATE {surface!r}: {norm} is not a {wd}")


LINE_RE = re.compile(r"^(\S+)\s+(.+?)(?:\s+=\s+(\S*))?(?:\s+@(\d+))?$")


def parse_block(block: str, doc: str):
    out = []
    for raw in block.strip("\n").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = LINE_RE.match(line)
        if not m:
            die(f"{doc}: cannot parse annotation line {raw!r}")
        label, surface, norm, occ = m.groups()
        if label not in LABELS:
            die(f"{doc}: unknown label in {raw!r}")
        out.append((surface, label, norm, int(occ) if occ is not None else "all"))
    return out


def is_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def raw_occurrences(text: str, s: str) -> list[int]:
    pos, out = text.find(s), []
    while pos != -1:
        out.append(pos)
        pos = text.find(s, pos + 1)
    return out


def place(doc: str, text: str, entries) -> list[dict]:
    spans: list[dict] = []
    owner = [-1] * len(text)
    order = sorted(range(len(entries)), key=lambda i: -len(entries[i][0]))
    for i in order:
        surface, label, norm, occ = entries[i]
        occs = raw_occurrences(text, surface)
        if not occs:
            die(f"{doc}: {label} {surface!r} not found in text")
        if occ == "all":
            chosen = [p for p in occs if is_boundary(text, p, p + len(surface))]
        else:
            if occ >= len(occs):
                die(f"{doc}: {label} {surface!r} @{occ}: only {len(occs)} occurrence(s)")
            chosen = [occs[occ]]
        added = 0
        for p in chosen:
            e = p + len(surface)
            owners = {owner[k] for k in range(p, e)}
            if owners == {-1}:
                pass
            elif occ == "all" and len(owners) == 1 and -1 not in owners:
                continue  # nested in a longer span: the longer reading wins
            else:
                clash = [spans[o] for o in owners if o != -1]
                die(f"{doc}: {label} {surface!r} at {p} overlaps "
                    f"{[(c['label'], text[c['start']:c['end']]) for c in clash]}")
            span = {"start": p, "end": e, "label": label}
            if label in NORMED:
                if label == "DATE":
                    if norm is None:
                        die(f"{doc}: DATE {surface!r} needs an explicit norm")
                    check_date(surface, norm, doc)
                    span["norm"] = norm
                elif norm is not None:
                    span["norm"] = norm
                elif label == "ROLE":
                    span["norm"] = role_norm(surface)
                elif label == "MUNICIPALITY":
                    span["norm"] = muni_norm(surface)
                elif label == "TIME":
                    span["norm"] = time_norm(surface)
                elif label == "CASE_NUMBER":
                    span["norm"] = surface
                elif label == "EMAIL":
                    span["norm"] = surface.lower()
            for k in range(p, e):
                owner[k] = len(spans)
            spans.append(span)
            added += 1
        if added == 0:
            die(f"{doc}: {label} {surface!r}: no free occurrence (all nested or not on word "
                f"boundaries) - redundant or wrong entry")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for a, b in zip(spans, spans[1:], strict=False):
        if b["start"] < a["end"]:
            die(f"{doc}: overlapping spans {a} {b}")
    for s in spans:
        t = text[s["start"]:s["end"]]
        if t != t.strip() or t[0] in ",;:()*#" or t[-1] in ",;:()*#" or "*" in t or "\n" in t:
            die(f"{doc}: bad span boundaries {t!r}")
    return spans


def covered(spans, start, end) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def warn_uncovered(doc: str, text: str, spans, ok: set[str]) -> int:
    n = 0
    seen = set()

    def warn(kind, tok, pos):
        nonlocal n
        if tok in ok or (kind, tok) in seen:
            return
        seen.add((kind, tok))
        line = text.count("\n", 0, pos) + 1
        print(f"  warn {doc}:{line}: uncovered {kind}: {tok!r}")
        n += 1

    # capitalised tokens that are not sentence/line initial
    for m in re.finditer(r"[A-ZÆØÅ][\w'\-]*", text):
        tok = m.group().rstrip("-'")
        if covered(spans, m.start(), m.start() + len(tok)) or tok in COMMON_CAPS:
            continue
        if re.fullmatch(r"[A-ZÆØÅ]{1,2}", tok) and text[m.start() - 1:m.start()] == "(":
            continue  # party letter, e.g. "(A)", "(SF)"
        prefix = text[max(0, m.start() - 3):m.start()]
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].strip() in ("", "-", "–", "**"):
            continue
        if re.search(r"[.!?:)]\s$", prefix) or prefix.endswith("– "):
            continue
        warn("capitalised", tok, m.start())
    # municipality names (any case form used in the texts)
    for name in MUNI_NAMES:
        for form in {name, name.upper()}:
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?:s|')?(?!\w)", text):
                if not covered(spans, m.start(), m.end()):
                    warn("municipality name", m.group(), m.start())
    # role words, also inside compounds
    role_re = re.compile(r"\w*(?:" + "|".join(map(re.escape, ROLE_WORDS)) + r")\w*", re.I)
    for m in role_re.finditer(text):
        if not covered(spans, m.start(), m.end()):
            warn("role word", m.group(), m.start())
    # dates and times
    pats = [r"\b\d{1,2}[./-]\d{1,2}(?:[./ -]\d{2,4})?\b",
            r"\b\d{1,2}\.? (?:" + "|".join(MONTHS) + r")\b",
            r"\b[Kk]l\. \d{1,2}(?:[.:]\d{2})?", r"\b(?:" + "|".join(WEEKDAYS) + r")\b"]
    for pat in pats:
        for m in re.finditer(pat, text, re.I):
            if not covered(spans, m.start(), m.end()):
                warn("date/time", m.group(), m.start())
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not covered(spans, m.start(), m.end()):
            die(f"{doc}: e-mail {m.group()!r} not annotated")
    return n


def check_tables(doc: str, text: str, spans, tables) -> None:
    span_text = {(s["label"], text[s["start"]:s["end"]]) for s in spans}
    norms = {(s["label"], s.get("norm")) for s in spans}
    time_norms = [s["norm"] for s in spans if s["label"] == "TIME"]
    for m in tables["meetings"]:
        if ("DATE", m["date"]) not in norms:
            die(f"{doc}: meeting date {m['date']} is no DATE norm")
        for key in ("start_time", "end_time"):
            if m[key] and not any(m[key] in t for t in time_norms):
                die(f"{doc}: meeting {key} {m[key]} is in no TIME norm")
        if m["location"] not in text:
            die(f"{doc}: meeting location {m['location']!r} not in text")
        stem = re.sub(r"(et|en)$", "", m["body"].lower())
        if stem not in text.lower():
            die(f"{doc}: meeting body {m['body']!r} not in text")
    for a in tables["attendance"]:
        if ("PERSON", a["person"]) not in span_text:
            die(f"{doc}: attendee {a['person']!r} is no PERSON span")
        if a["role"] and ("ROLE", a["role"]) not in norms:
            die(f"{doc}: attendee role {a['role']!r} is no ROLE norm")
        if a["status"] not in ("present", "absent"):
            die(f"{doc}: bad status {a}")
        if a["note"] and f"({a['note']})" not in text:
            die(f"{doc}: note {a['note']!r} not in text")
    for it in tables["agenda_items"]:
        if it["title"] not in text:
            die(f"{doc}: agenda title {it['title']!r} not in text")
        if it["case_no"] and ("CASE_NUMBER", it["case_no"]) not in span_text:
            die(f"{doc}: agenda case_no {it['case_no']!r} is no CASE_NUMBER span")


def meeting(body, date, start, end, location):
    return {"body": body, "date": date, "start_time": start, "end_time": end,
            "location": location}


def att(rows):
    """rows: (person, role, status, note); status 'p'/'a'."""
    return [{"person": p, "role": r, "status": {"p": "present", "a": "absent"}[s], "note": n}
            for p, r, s, n in rows]


def agenda(rows):
    return [{"item_no": str(no), "title": t, "case_no": c} for no, t, c in rows]


# --------------------------------------------------------------------------------------------
# The samples. `ok`: tokens checked by hand and deliberately left unannotated.
# --------------------------------------------------------------------------------------------
DOCS: dict[str, dict] = {}

DOCS["kommunalbestyrelse_odder_2024-03-12"] = dict(
    ann="""
MUNICIPALITY Odder Kommune
ORG          Kommunalbestyrelsen
DATE         Tirsdag den 12. marts 2024 = 2024-03-12
TIME         kl. 17.00-19.30
LOC          Byrådssalen
PERSON       Lene Holm
ROLE         borgmester
PERSON       Jens P. Kristensen
ROLE         viceborgmester
PERSON       Anne-Marie Juhl-Poulsen
PERSON       Lars Odder
PERSON       Søren Bech-Nielsen
PERSON       Karina Østergaard
PERSON       Thomas Skov Møller
PERSON       Hanne Dahl
PERSON       Peter Krogh
ROLE         kommunaldirektør
PERSON       Birgitte Lund Sørensen
ROLE         sekretariatschef
ROLE         referent
LOC          Hou
LOC          Saksild
MUNICIPALITY Skanderborg Kommune
MUNICIPALITY Skanderborg
CASE_NUMBER  00.01.00-A00-2-24
CASE_NUMBER  00.32.00-S55-1-24
CASE_NUMBER  17.01.00-P20-3-24
CASE_NUMBER  15.00.00-G01-1-24
ORG          Økonomiudvalget
DATE         den 27. februar 2024 = 2024-02-27
ORG          Børne- og Ungeudvalget
DATE         den 19. april = 2024-04-19
MUNICIPALITY Odder
ROLE         Udvalgsformanden
ROLE         Borgmesteren
ROLE         borgmesteren
MUNICIPALITY Aarhus'
ROLE         Kommunaldirektøren
ROLE         kommunaldirektøren
DATE         den 1. juni = 2024-06-01
DATE         den 11. juni 2024 = 2024-06-11
ORG          Østjyllands Politi
ORG          Region Midtjyllands
EMAIL        kommunalbestyrelsen@odder.dk
TIME         kl. 19.30
""",
    meetings=[meeting("Kommunalbestyrelsen", "2024-03-12", "17:00", "19:30", "Byrådssalen")],
    attendance=att([
        ("Lene Holm", "borgmester", "p", ""),
        ("Jens P. Kristensen", "viceborgmester", "p", ""),
        ("Anne-Marie Juhl-Poulsen", "", "p", ""),
        ("Lars Odder", "", "p", ""),
        ("Søren Bech-Nielsen", "", "p", "deltog fra punkt 3"),
        ("Karina Østergaard", "", "p", ""),
        ("Thomas Skov Møller", "", "p", ""),
        ("Hanne Dahl", "", "a", ""),
        ("Peter Krogh", "kommunaldirektør", "p", ""),
        ("Birgitte Lund Sørensen", "sekretariatschef", "p", "referent"),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", "00.01.00-A00-2-24"),
        (2, "Regnskab 2023 – overførsler til 2024", "00.32.00-S55-1-24"),
        (3, "Fremtidig skolestruktur i Hou og Saksild", "17.01.00-P20-3-24"),
        (4, "Samarbejdsaftale med Skanderborg Kommune om beredskab", "15.00.00-G01-1-24"),
        (5, "Meddelelser", ""),
    ]),
    ok="",
)

DOCS["kredsraad_oestjylland_2024-09-19"] = dict(
    ann="""
DATE         23-09-2024 = 2024-09-23
ORG          Ledelsessekretariatet
ORG          Staben
ORG          Østjyllands Politi
EMAIL        Kredsraad.Oestjylland@politi.dk
CASE_NUMBER  2024-001234
CASE_NUMBER  2291477
ORG          KREDSRÅD ØSTJYLLANDS POLITI
ORG          Kredsrådets
DATE         Torsdag den 19. september 2024 = 2024-09-19
TIME         kl. 14.00-16.00
LOC          Mødesal 1, Politigården
DATE         den 13. juni 2024 = 2024-06-13
MUNICIPALITY Randers
LOC          Djursland
ROLE         Politidirektør
PERSON       Helle Vinther-Madsen
ROLE         Vicepolitidirektør
PERSON       Bo Svendsen
ROLE         Chefanklager
PERSON       Rikke Vestergaard
ROLE         Borgmester
PERSON       Jesper Friis
MUNICIPALITY Aarhus Kommune
PERSON       Camilla Brandt
MUNICIPALITY Randers Kommune
PERSON       Kirsten Thygesen
MUNICIPALITY Favrskov Kommune
PERSON       Lene Holm
MUNICIPALITY Odder Kommune
PERSON       Ole B. Nørgaard
MUNICIPALITY Syddjurs Kommune
PERSON       Ahmad Rahimi
MUNICIPALITY Norddjurs Kommune
ROLE         Sekretariatschef
PERSON       Ulla Gregersen
ROLE         referent
PERSON       Henrik Toft
MUNICIPALITY Samsø Kommune
DATE         den 20.09.24 = 2024-09-20
ROLE         Politiinspektør
PERSON       Torben Lykke
ROLE         stedfortræder
PERSON       Klaus Villadsen
MUNICIPALITY Favrskov
MUNICIPALITY Syddjurs
ROLE         Chefanklageren
ROLE         Politidirektøren
DATE         den 1. september = 2024-09-01
MUNICIPALITY Norddjurs
DATE         den 15. oktober = 2024-10-15
EMAIL        kredsraad.oestjylland@politi.dk
LOC          Grenaa
MUNICIPALITY Samsøs
ROLE         borgmester
DATE         tirsdag den 10. december 2024 = 2024-12-10
TIME         kl. 14.00
ROLE         borgmestre
""",
    meetings=[meeting("Kredsrådet", "2024-09-19", "14:00", "16:00", "Mødesal 1, Politigården")],
    attendance=att([
        ("Helle Vinther-Madsen", "politidirektør", "p", ""),
        ("Bo Svendsen", "vicepolitidirektør", "p", ""),
        ("Rikke Vestergaard", "chefanklager", "p", ""),
        ("Jesper Friis", "borgmester", "p", ""),
        ("Camilla Brandt", "borgmester", "p", ""),
        ("Kirsten Thygesen", "borgmester", "p", ""),
        ("Lene Holm", "borgmester", "p", ""),
        ("Ole B. Nørgaard", "borgmester", "p", ""),
        ("Ahmad Rahimi", "borgmester", "p", "deltog via Teams"),
        ("Ulla Gregersen", "sekretariatschef", "p", "referent"),
        ("Henrik Toft", "borgmester", "a", "orienteret skriftligt den 20.09.24"),
        ("Torben Lykke", "politiinspektør", "a", "stedfortræder: Klaus Villadsen"),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af referat fra mødet den 13. juni 2024", ""),
        (2, "Kriminalitetsudviklingen i kredsen, 1. halvår 2024", ""),
        (3, "Tryghedsindsats i Randers og på Djursland", ""),
        (4, "Eventuelt", ""),
    ]),
    ok="Teams SSP-samarbejdet",
)

DOCS["byraad_aalborg_2024-05-22"] = dict(
    ann="""
ORG          Aalborg Byråd
DATE         onsdag den 22. maj 2024 = 2024-05-22
TIME         kl. 16.00
LOC          Byrådssalen, Aalborg Rådhus
PERSON       Martin Riis
ROLE         borgmester
PERSON       Nina Faber
ROLE         rådmand
PERSON       Ole Damgaard
PERSON       Pia Korsholm
PERSON       Rasmus Hedegaard
PERSON       Susanne Kloster
PERSON       Svend Thisted
PERSON       Jakob Lauritsen
ROLE         stedfortræder
PERSON       Tina Busk
CASE_NUMBER  EMN-2024-012345
CASE_NUMBER  EMN-2024-009871
CASE_NUMBER  EMN-2024-004410
CASE_NUMBER  EMN-2024-006102
CASE_NUMBER  EMN-2024-011207
MUNICIPALITY Aalborg
MUNICIPALITY Brønderslev
MUNICIPALITY Hjørring
ORG          By- og Landskabsforvaltningen
ORG          Nordjyllands Trafikselskab
DATE         den 1. september 2024 = 2024-09-01
DATE         den 31. maj 2025 = 2025-05-31
MUNICIPALITY Brønderslev Kommune
ROLE         Rådmand
MUNICIPALITY Brønderslevs
DATE         den 29. maj = 2024-05-29
LOC          Hasserisvej
DATE         den 6. marts = 2024-03-06
DATE         den 3. april 2024 = 2024-04-03
ORG          Hasseris Skole
ORG          By- og Landskabsudvalget
ORG          Vestbyens Bibliotek
ROLE         borgmesteren
ROLE         rådmanden
ORG          Sundheds- og Kulturforvaltningen
LOC          Aalborg Øst
TIME         kl. 18.40
EMAIL        byraadssekretariatet@aalborg.dk
""",
    meetings=[meeting("Byrådet", "2024-05-22", "16:00", "18:40", "Byrådssalen, Aalborg Rådhus")],
    attendance=att([
        ("Martin Riis", "borgmester", "p", ""),
        ("Nina Faber", "rådmand", "p", ""),
        ("Ole Damgaard", "rådmand", "p", ""),
        ("Pia Korsholm", "", "p", ""),
        ("Rasmus Hedegaard", "", "p", ""),
        ("Susanne Kloster", "", "p", ""),
        ("Svend Thisted", "", "p", ""),
        ("Jakob Lauritsen", "stedfortræder", "p", ""),
        ("Tina Busk", "", "a", "barsel"),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", "EMN-2024-012345"),
        (2, "Natbusforbindelse mellem Aalborg og Brønderslev", "EMN-2024-009871"),
        (3, "Lokalplan 4-3-118, boliger ved Hasserisvej", "EMN-2024-004410"),
        (4, "Anlægsbevilling til renovering af Vestbyens Bibliotek", "EMN-2024-006102"),
        (5, "Lukket punkt: Salg af erhvervsgrund i Aalborg Øst", "EMN-2024-011207"),
    ]),
    # 4-3-118 is a local-plan number (part of a plan name), not a case number or a date.
    ok="4-3-118",
)

DOCS["oekonomiudvalg_vejle_2024-06-03"] = dict(
    ann="""
MUNICIPALITY VEJLE KOMMUNE
ORG          ØKONOMIUDVALGET
DATE         mandag den 3. juni 2024 = 2024-06-03
TIME         kl. 16:00
LOC          Mødelokale 2, Vejle Rådhus
TIME         kl. 17:40
ROLE         Borgmester
PERSON       Dorthe Kirkegaard
PERSON       Frank Ibsen
ROLE         næstformand
PERSON       Gitte Buus
PERSON       Hans Erik Lauridsen
PERSON       Inge Bisgaard
TIME         kl. 16:30
PERSON       Jonas Mørch
ROLE         Kommunaldirektør
PERSON       Lise-Lotte Bach
ROLE         Økonomichef
PERSON       Mikkel Borup
ROLE         referent
CASE_NUMBER  00.01.00-A00-14-24
CASE_NUMBER  00.30.10-S00-1-24
CASE_NUMBER  00.30.14-Ø00-2-24
CASE_NUMBER  13.03.01-Ø60-3-24
DATE         fredag den 23. august 2024 = 2024-08-23
LOC          Vingsted Hotel og Konferencecenter
DATE         den 11. september = 2024-09-11
DATE         den 9. oktober 2024 = 2024-10-09
ROLE         Kommunaldirektøren
ORG          KL's
DATE         30. april 2024 = 2024-04-30
MUNICIPALITY Fredericia
MUNICIPALITY Kolding
MUNICIPALITY Hedensteds
MUNICIPALITY Hedensted Kommunes
DATE         den 1. juli = 2024-07-01
ORG          Give Fjernvarme
LOC          Give
LOC          Thyregod
ROLE         Borgmesteren
ROLE         formand
ORG          Region Syddanmark
MUNICIPALITY Vejle
EMAIL        oekonomi@vejle.dk
""",
    meetings=[meeting("Økonomiudvalget", "2024-06-03", "16:00", "17:40",
                      "Mødelokale 2, Vejle Rådhus")],
    attendance=att([
        ("Dorthe Kirkegaard", "borgmester", "p", ""),
        ("Frank Ibsen", "næstformand", "p", ""),
        ("Gitte Buus", "", "p", ""),
        ("Hans Erik Lauridsen", "", "p", ""),
        ("Inge Bisgaard", "", "p", "deltog fra kl. 16:30"),
        ("Jonas Mørch", "", "a", ""),
        ("Lise-Lotte Bach", "kommunaldirektør", "p", ""),
        ("Mikkel Borup", "økonomichef", "p", "referent"),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", "00.01.00-A00-14-24"),
        (2, "Budget 2025-2028 – tidsplan og proces", "00.30.10-S00-1-24"),
        (3, "Kvartalsrapport pr. 30. april 2024", "00.30.14-Ø00-2-24"),
        (4, "Kommunegaranti til Give Fjernvarme", "13.03.01-Ø60-3-24"),
        (5, "Eventuelt", ""),
    ]),
    ok="",
)

DOCS["teknisk_udvalg_holbaek_2024-10-01"] = dict(
    ann="""
MUNICIPALITY HOLBÆK KOMMUNE
ORG          Teknisk Udvalg
DATE         Tirsdag den 1. oktober 2024 = 2024-10-01
TIME         kl. 15.30-17.45
LOC          Mødelokale Isefjord, Rådhuset
PERSON       Anja Hvidberg
ROLE         udvalgsformand
PERSON       Claus Winther
ROLE         næstformand
PERSON       Dennis Aagaard
PERSON       Eva Lykke-Hansen
PERSON       Finn Rosendahl
PERSON       Gustav Brix
PERSON       Rune Kjeldgaard
ROLE         direktør
ORG          Teknik og Miljø
PERSON       Mette Holbæk
ROLE         vejchef
PERSON       Sara Nyholm
ROLE         fuldmægtig
ROLE         referent
MUNICIPALITY Holbæk
LOC          Tølløse
LOC          Roskildevej
CASE_NUMBER  2024-004811
CASE_NUMBER  2024-002290
CASE_NUMBER  2024-003157
CASE_NUMBER  2024-003902
ROLE         Vejchef
ORG          Vejdirektoratet
ROLE         Udvalgsformanden
DATE         onsdag den 6. november = 2024-11-06
TIME         kl. 19.00
ORG          Skolebestyrelsen
ORG          Absalonskolen
DATE         den 5. november = 2024-11-05
ORG          Movia
MUNICIPALITY Kalundborg
MUNICIPALITY Odsherreds
ROLE         Direktøren
ORG          Økonomiudvalget
ORG          Holbæk Forsyning
EMAIL        teknik@holbaek.dk
""",
    meetings=[meeting("Teknisk Udvalg", "2024-10-01", "15:30", "17:45",
                      "Mødelokale Isefjord, Rådhuset")],
    attendance=att([
        ("Anja Hvidberg", "udvalgsformand", "p", ""),
        ("Claus Winther", "næstformand", "p", ""),
        ("Dennis Aagaard", "", "p", ""),
        ("Eva Lykke-Hansen", "", "p", ""),
        ("Finn Rosendahl", "", "p", ""),
        ("Gustav Brix", "", "a", ""),
        ("Rune Kjeldgaard", "direktør", "p", ""),
        ("Mette Holbæk", "vejchef", "p", ""),
        ("Sara Nyholm", "fuldmægtig", "p", "referent"),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", "2024-004811"),
        (2, "Cykelsti mellem Holbæk og Tølløse", "2024-002290"),
        (3, "Trafiksikkerhed på Roskildevej", "2024-003157"),
        (4, "Busbetjening af landdistrikterne 2025", "2024-003902"),
        (5, "Orientering", ""),
    ]),
    ok="",
)

DOCS["boerne_og_ungeudvalg_kolding_2025-01-14"] = dict(
    ann="""
MUNICIPALITY Kolding Kommune
ORG          Børne- og Ungeudvalget
DATE         14-01-2025 = 2025-01-14
TIME         kl. 15:00-17:00
LOC          Mødelokale 1.17, Kolding Rådhus
EMAIL        boern-unge@kolding.dk
PERSON       Lasse Mikkelsen
ROLE         udvalgsformand
PERSON       Hanne Gram
ROLE         næstformand
PERSON       Per Skovgaard
PERSON       Marianne Dyhr-Olsen
PERSON       Kasper L. Johansen
TIME         kl. 16:15
PERSON       Yasmin Ali
PERSON       Jette Rask
ROLE         direktør
ORG          Børn og Uddannelse
PERSON       Morten Kirk
ROLE         skolechef
ROLE         referent
CASE_NUMBER  25/000412
CASE_NUMBER  24/018432
CASE_NUMBER  24/020977
CASE_NUMBER  24/015530
DATE         06.01.25 = 2025-01-06
DATE         31.01.25 = 2025-01-31
ROLE         Skolechefen
DATE         mandag den 11. august 2025 = 2025-08-11
ORG          Bakkeskolen
ORG          Brændkjærskolen
DATE         den 8. april = 2025-04-08
LOC          Christiansfeld
ROLE         Udvalgsformanden
DATE         onsdag den 29. januar = 2025-01-29
TIME         kl. 19.00
ORG          Byrådet
DATE         1. august 2026 = 2026-08-01
DATE         27.01.2025 = 2025-01-27
MUNICIPALITY Vejen
MUNICIPALITY Haderslev
ROLE         Direktøren
MUNICIPALITY Kolding
MUNICIPALITY Vejen Kommune
MUNICIPALITY Haderslev Kommune
MUNICIPALITY Vejens
ORG          Region Syddanmark
""",
    meetings=[meeting("Børne- og Ungeudvalget", "2025-01-14", "15:00", "17:00",
                      "Mødelokale 1.17, Kolding Rådhus")],
    attendance=att([
        ("Lasse Mikkelsen", "udvalgsformand", "p", ""),
        ("Hanne Gram", "næstformand", "p", ""),
        ("Per Skovgaard", "", "p", ""),
        ("Marianne Dyhr-Olsen", "", "p", ""),
        ("Kasper L. Johansen", "", "p", "forlod mødet kl. 16:15"),
        ("Yasmin Ali", "", "a", ""),
        ("Jette Rask", "direktør", "p", ""),
        ("Morten Kirk", "skolechef", "p", "referent"),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", "25/000412"),
        (2, "Skoleindskrivning til skoleåret 2025/26", "24/018432"),
        (3, "Dagtilbudsstruktur i Christiansfeld", "24/020977"),
        (4, "Samarbejde med Vejen og Haderslev om specialklasser", "24/015530"),
        (5, "Meddelelser", ""),
    ]),
    ok="",
)

DOCS["regionsraad_midtjylland_2024-11-26"] = dict(
    ann="""
ORG          REGION MIDTJYLLAND
ORG          Regionsrådet
DATE         26.11.2024 = 2024-11-26
TIME         kl. 13.00-16.30
LOC          Regionsrådssalen, Regionshuset Viborg
ROLE         Regionsrådsformand
PERSON       Kirsten Hvass
ROLE         næstformand
PERSON       Per Agerskov
PERSON       Merete Juul
PERSON       Poul Lemvig
PERSON       Signe Dam-Kristiansen
PERSON       Yusuf Demir
PERSON       Else-Marie Vind
PERSON       Jørgen Friis-Holm
ROLE         Regionsdirektør
PERSON       Anders Kjems
ROLE         Koncerndirektør
PERSON       Lotte Bager
CASE_NUMBER  1-01-72-3-24
CASE_NUMBER  1-30-72-12-24
CASE_NUMBER  1-30-73-2-24
CASE_NUMBER  1-14-76-5-24
LOC          Vestjylland
ORG          Regionshospitalet Gødstrup
MUNICIPALITY Lemvig
MUNICIPALITY Struer
MUNICIPALITY Holstebro
MUNICIPALITY Lemvigs
ORG          Sundhedsstyrelsen
ROLE         regionsdirektøren
DATE         den 18. december = 2024-12-18
DATE         30. september 2024 = 2024-09-30
ROLE         Koncerndirektøren
ORG          Aarhus Universitetshospital
ORG          Danske Regioner
ORG          Midttrafik
MUNICIPALITY Silkeborg
MUNICIPALITY Herning
MUNICIPALITY Skive
ROLE         Regionsrådsformanden
MUNICIPALITY Silkeborgs
MUNICIPALITY Hernings
ORG          Dansk Folkeparti
DATE         15.01.2025 = 2025-01-15
EMAIL        regionsraadet@rm.dk
""",
    meetings=[meeting("Regionsrådet", "2024-11-26", "13:00", "16:30",
                      "Regionsrådssalen, Regionshuset Viborg")],
    attendance=att([
        ("Kirsten Hvass", "regionsrådsformand", "p", ""),
        ("Per Agerskov", "næstformand", "p", ""),
        ("Merete Juul", "næstformand", "p", ""),
        ("Poul Lemvig", "", "p", ""),
        ("Signe Dam-Kristiansen", "", "p", ""),
        ("Yusuf Demir", "", "p", ""),
        ("Else-Marie Vind", "", "p", "deltog fra punkt 2"),
        ("Jørgen Friis-Holm", "", "a", ""),
        ("Anders Kjems", "regionsdirektør", "p", ""),
        ("Lotte Bager", "koncerndirektør", "p", ""),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", "1-01-72-3-24"),
        (2, "Akutberedskab i Vestjylland", "1-30-72-12-24"),
        (3, "Budgetopfølgning pr. 30. september 2024", "1-30-73-2-24"),
        (4, "Kollektiv trafik: regionale busruter 2025", "1-14-76-5-24"),
    ]),
    ok="",
)

DOCS["skolebestyrelse_randers_2024-09-10"] = dict(
    ann="""
ORG          Lindegårdsskolen
ORG          Skolebestyrelsen
DATE         d. 10/9 2024 = 2024-09-10
TIME         kl. 17.00-19.00
LOC          Personalerummet, Lindegårdsskolen
PERSON       Sofie Lundgaard
ROLE         forperson
ROLE         forældrerepræsentant
PERSON       Brian Møller-Jensen
PERSON       Louise Krag
PERSON       Heidi Bundgaard
ROLE         medarbejderrepræsentant
PERSON       Emil Sand
ROLE         elevrådsformand
PERSON       Jakob Hviid
ROLE         skoleleder
PERSON       Lone Ravn
ROLE         viceskoleleder
ROLE         referent
PERSON       Nadia El-Sayed
PERSON       Emma Kruse
ROLE         elevrådsrepræsentant
ROLE         Skolelederen
DATE         d. 13/6 = 2024-06-13
ROLE         lærere
MUNICIPALITY Randers Kommune
ORG          Børn og Skole
ROLE         Elevrådsformanden
ROLE         Forpersonen
DATE         den 1. oktober = 2024-10-01
ROLE         viceskolelederen
ROLE         medarbejderrepræsentanten
ORG          Pædagogisk Råd
MUNICIPALITY Favrskov
MUNICIPALITY Norddjurs
DATE         fredag d. 11/10 = 2024-10-11
DATE         tirsdag den 5. november = 2024-11-05
TIME         kl. 17.00
EMAIL        skolebestyrelse.lindegaard@randers.dk
""",
    meetings=[meeting("Skolebestyrelsen", "2024-09-10", "17:00", "19:00",
                      "Personalerummet, Lindegårdsskolen")],
    attendance=att([
        ("Sofie Lundgaard", "forperson", "p", "forældrerepræsentant"),
        ("Brian Møller-Jensen", "forældrerepræsentant", "p", ""),
        ("Louise Krag", "forældrerepræsentant", "p", ""),
        ("Heidi Bundgaard", "medarbejderrepræsentant", "p", ""),
        ("Emil Sand", "elevrådsformand", "p", "deltog under punkt 1-3"),
        ("Jakob Hviid", "skoleleder", "p", ""),
        ("Lone Ravn", "viceskoleleder", "p", "referent"),
        ("Nadia El-Sayed", "forældrerepræsentant", "a", ""),
        ("Emma Kruse", "elevrådsrepræsentant", "a", ""),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden og referat", ""),
        (2, "Skolelederen orienterer", ""),
        (3, "Trivselsmåling og regler for mobiltelefoner", ""),
        (4, "Principper for lejrskole", ""),
        (5, "Eventuelt", ""),
    ]),
    ok="Aula 1-3",
)

DOCS["aeldreraad_silkeborg_2024-04-18"] = dict(
    ann="""
ORG          Ældrerådet
MUNICIPALITY Silkeborg Kommune
DATE         torsdag den 18. april 2024 = 2024-04-18
TIME         kl. 9.30-12.00
LOC          Lokalcenter Lunden
ROLE         Formand
PERSON       Bent Overgaard
ROLE         Næstformand
PERSON       Grethe Lind
ROLE         Sekretær
PERSON       Kaj Holmgaard
PERSON       Birte Svane
PERSON       Erik Dalsgaard
TIME         kl. 11.00
ROLE         Borgmester
PERSON       Hans Kjærgaard
ROLE         Ældrechef
PERSON       Anette Brun
ROLE         referent
PERSON       Lis Bak
CASE_NUMBER  27.24.00-P35-2-24
ORG          Sundheds- og Ældreudvalget
ROLE         Ældrechefen
MUNICIPALITY Silkeborg
MUNICIPALITY Ikast-Brande
MUNICIPALITY Skanderborg Kommune
ROLE         Formanden
ROLE         sekretæren
DATE         2. maj = 2024-05-02
ROLE         borgmesteren
MUNICIPALITY Silkeborgs
LOC          Them
LOC          Kjellerup
DATE         den 15.08.24 = 2024-08-15
ORG          Ældre Sagen
ORG          Ældre Sagen Silkeborg
DATE         den 9. april = 2024-04-09
ROLE         Næstformanden
ORG          Danske Ældreråds
MUNICIPALITY Vejle
EMAIL        aeldreraadet@silkeborg.dk
""",
    meetings=[meeting("Ældrerådet", "2024-04-18", "09:30", "12:00", "Lokalcenter Lunden")],
    attendance=att([
        ("Bent Overgaard", "formand", "p", ""),
        ("Grethe Lind", "næstformand", "p", ""),
        ("Kaj Holmgaard", "sekretær", "p", ""),
        ("Birte Svane", "", "p", ""),
        ("Erik Dalsgaard", "", "p", "deltog til kl. 11.00"),
        ("Hans Kjærgaard", "borgmester", "p", "deltog under punkt 3"),
        ("Anette Brun", "ældrechef", "p", "referent"),
        ("Lis Bak", "", "a", ""),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", ""),
        (2, "Høring om madservice til hjemmeboende", "27.24.00-P35-2-24"),
        (3, "Dialog med borgmesteren", ""),
        (4, "Samarbejde med Ældre Sagen", ""),
        (5, "Eventuelt", ""),
    ]),
    ok="",
)

DOCS["handicapraad_frederiksberg_2024-02-27"] = dict(
    ann="""
ORG          Handicaprådet
MUNICIPALITY Frederiksberg Kommune
DATE         27. februar 2024 = 2024-02-27
TIME         kl. 16:30-18:30
LOC          Frederiksberg Rådhus, lokale 118
PERSON       Rikke Dalgas
ROLE         formand
ORG          DH Frederiksberg
PERSON       Carsten Brygger
ROLE         næstformand
ORG          Kommunalbestyrelsen
PERSON       Mona Salih
PERSON       Jens Ole Fabricius
PERSON       Vivi Lauesen
ORG          Ældrerådet
PERSON       Anita Hjort
ROLE         centerchef
ORG          Social- og Sundhedsforvaltningen
PERSON       Troels Vang
ROLE         konsulent
ROLE         sekretær
PERSON       Peter Nyrup
CASE_NUMBER  24-01772
CASE_NUMBER  24-00318
LOC          Frederiksberg Station
ORG          Metroselskabet
MUNICIPALITY Københavns Kommune
LOC          Nørreport
ROLE         Formanden
ROLE         Centerchefen
MUNICIPALITY Tårnbys
DATE         den 4. marts = 2024-03-04
ORG          Det Centrale Handicapråd
ROLE         Konsulenten
DATE         fredag den 1. marts 2024 = 2024-03-01
MUNICIPALITY Dragør
MUNICIPALITY Tårnby
DATE         23.04.2024 = 2024-04-23
TIME         kl. 16:30
EMAIL        handicapraadet@frederiksberg.dk
""",
    meetings=[meeting("Handicaprådet", "2024-02-27", "16:30", "18:30",
                      "Frederiksberg Rådhus, lokale 118")],
    attendance=att([
        ("Rikke Dalgas", "formand", "p", "DH Frederiksberg"),
        ("Carsten Brygger", "næstformand", "p", "Kommunalbestyrelsen"),
        ("Mona Salih", "", "p", "Kommunalbestyrelsen"),
        ("Jens Ole Fabricius", "", "p", "DH Frederiksberg"),
        ("Vivi Lauesen", "", "p", "Ældrerådet"),
        ("Anita Hjort", "centerchef", "p", ""),
        ("Troels Vang", "konsulent", "p", "sekretær for rådet"),
        ("Peter Nyrup", "", "a", "DH Frederiksberg"),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", ""),
        (2, "Tilgængelighed ved metrostationerne", "24-01772"),
        (3, "Høring om ny handicappolitik 2024-2028", "24-00318"),
        (4, "Orientering fra DH Frederiksberg", ""),
        (5, "Næste møde", ""),
    ]),
    ok="",
)

DOCS["sogneraad_saksild_1943-02-06"] = dict(
    ann="""
ORG          Saksild Sogneraad
DATE         Lørdag d. 6/2 1943 = 1943-02-06
TIME         Kl. 19
ORG          Sogneraadet
LOC          Saksild Skole
ROLE         Formand
ROLE         Gdr.
PERSON       Niels P. Kjeldsen
ROLE         Kasserer
ROLE         Lærer
PERSON       Holger Dam
PERSON       Jens Rasmussen
ROLE         Husmand
PERSON       Christian Bach
PERSON       Peder Vestergaard
PERSON       Anders Mikkelsen
LOC          Nølev
ROLE         Kassereren
ROLE         Formanden
DATE         d. 15/2 = 1943-02-15
DATE         d. 1/3 1943 = 1943-03-01
ROLE         Sognefoged
PERSON       Martin Hougaard
LOC          Randlev
LOC          Saksild
MUNICIPALITY Odder
ORG          Vejudvalget
ORG          Amtsraadet
DATE         28. Januar = 1943-01-28
ORG          Brændselsnævnet
ORG          Sogneraadets
PERSON       Karen Skov
ROLE         Arbejdsmand
PERSON       Peter Holm
ORG          Socialudvalget
ROLE         Politimesteren
MUNICIPALITY Aarhus
DATE         d. 1ste Marts = 1943-03-01
TIME         Kl. 21.30
""",
    meetings=[meeting("Sogneraadet", "1943-02-06", "19:00", "21:30", "Saksild Skole")],
    attendance=att([
        ("Niels P. Kjeldsen", "formand", "p", ""),
        ("Holger Dam", "kasserer", "p", ""),
        ("Jens Rasmussen", "gårdejer", "p", ""),
        ("Christian Bach", "husmand", "p", ""),
        ("Peder Vestergaard", "gårdejer", "p", ""),
        ("Anders Mikkelsen", "gårdejer", "a", "Sygdom"),
    ]),
    agenda_items=agenda([
        (1, "Skatteligningen for Aaret 1943/44", ""),
        (2, "Vejvæsenet", ""),
        (3, "Brændselsforsyningen", ""),
        (4, "Andragender", ""),
        (5, "Eventuelt", ""),
    ]),
    # Historic spelling capitalises all nouns; these are common nouns, not names.
    # "Vejen"/"Vejens" is "the road" here, not Vejen Kommune (hard negative).
    ok="""Stede Sygdom Skatteligningen Aaret Udkast Skattelisten Udskrivning Drøftelse Listen
          Eftersyn Vejvæsenet Klage Vejens Tilstand Vejen Frosten Jorden Meddelelse Grus
          Brændselsforsyningen Skrivelse Tildelingen Tørv Interesser Nævnet Andragender
          Andragende Hjælp Husleje Laan Anskaffelse Kakkelovn Fortegnelse Sognets
          Brandslukningsmateriel Fortegnelsen Møde Mødet Efter""",
)

DOCS["beslutningsprotokol_koege_2024-12-10"] = dict(
    ann="""
MUNICIPALITY KØGE KOMMUNE
ORG          Byrådet
ORG          Byrådets
DATE         10.12.2024 = 2024-12-10
TIME         kl. 18.00-20.15
LOC          Byrådssalen, Køge Rådhus
PERSON       Louise Friis
PERSON       Morten Bang
ROLE         stedfortræder
PERSON       Kim Ulstrup
CASE_NUMBER  07.00.00-S00-1-24
ORG          Enhedslisten
CASE_NUMBER  05.01.08-P20-4-24
LOC          Ølbyvej
LOC          Ølby
DATE         den 20. december = 2024-12-20
CASE_NUMBER  07.18.00-G01-2-24
MUNICIPALITY Stevns
MUNICIPALITY Solrød
ROLE         borgmesteren
MUNICIPALITY Stevns Kommune
MUNICIPALITY Solrød Kommune
ORG          KLAR Forsyning
MUNICIPALITY Greve Kommune
ROLE         Borgmester
PERSON       Ib Kjærsgaard
ORG          KKR Sjælland
DATE         den 5. december = 2024-12-05
ORG          Region Sjællands
MUNICIPALITY Køge
ROLE         Kommunaldirektør
PERSON       Signe Hauge
LOC          Køge Bugt
DATE         tirsdag den 28. januar 2025 = 2025-01-28
TIME         kl. 18.00
EMAIL        Byraadssekretariatet@koege.dk
ROLE         borgmester
ROLE         kommunaldirektør
""",
    meetings=[meeting("Byrådet", "2024-12-10", "18:00", "20:15", "Byrådssalen, Køge Rådhus")],
    attendance=att([
        ("Louise Friis", "", "a", ""),
        ("Morten Bang", "", "a", ""),
        ("Kim Ulstrup", "stedfortræder", "p", ""),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", ""),
        (2, "Takster 2025 for affald og genbrug", "07.00.00-S00-1-24"),
        (3, "Ekspropriation til udvidelse af Ølbyvej", "05.01.08-P20-4-24"),
        (4, "Samarbejde med Stevns og Solrød om genbrugsplads", "07.18.00-G01-2-24"),
        (5, "Orientering fra borgmesteren", ""),
        (6, "Lukket punkt: Personalesag", ""),
    ]),
    ok="",
)

DOCS["dagsorden_gentofte_2025-02-24"] = dict(
    ann="""
MUNICIPALITY Gentofte Kommune
ORG          Kommunalbestyrelsen
DATE         24-02-2025 = 2025-02-24
TIME         kl. 18:00
LOC          Kommunalbestyrelsens mødesal, Gentofte Rådhus
ROLE         borgmesteren
DATE         31. januar 2025 = 2025-01-31
LOC          Gentofte Sportspark
LOC          Hellerup Havn
MUNICIPALITY Lyngby-Taarbæk
MUNICIPALITY Rudersdal
ROLE         stedfortræder
ORG          Kredsrådet
ORG          Nordsjællands Politi
CASE_NUMBER  25/001203
ROLE         Borgmesteren
CASE_NUMBER  25/000877
ORG          Økonomiudvalget
DATE         den 10. februar 2025 = 2025-02-10
CASE_NUMBER  24/019954
ORG          Kultur-, Unge- og Fritidsudvalget
DATE         den 4. februar = 2025-02-04
CASE_NUMBER  24/012450
DATE         18.11.2024 = 2024-11-18
DATE         13.01.2025 = 2025-01-13
ORG          Hellerup Sejlklub
MUNICIPALITY Lyngby-Taarbæk Kommune
ORG          Teknik- og Miljøudvalget
CASE_NUMBER  24/021118
MUNICIPALITY Rudersdals
DATE         den 26. februar = 2025-02-26
ORG          Børne- og Skoleudvalget
CASE_NUMBER  25/000215
ROLE         viceborgmester
PERSON       Karen Bruhn-Thomsen
CASE_NUMBER  25/001010
ROLE         Sagsbehandler
PERSON       Annette Storm
ROLE         chefkonsulent
EMAIL        ansto@gentofte.dk
""",
    meetings=[meeting("Kommunalbestyrelsen", "2025-02-24", "18:00", "",
                      "Kommunalbestyrelsens mødesal, Gentofte Rådhus")],
    attendance=[],
    agenda_items=agenda([
        (1, "Meddelelser fra borgmesteren", "25/001203"),
        (2, "Budgetopfølgning pr. 31. januar 2025", "25/000877"),
        (3, "Anlægsbevilling til renovering af Gentofte Sportspark", "24/019954"),
        (4, "Helhedsplan for Hellerup Havn", "24/012450"),
        (5, "Samarbejdsaftale med Lyngby-Taarbæk og Rudersdal om specialundervisning",
         "24/021118"),
        (6, "Udpegning af stedfortræder til Kredsrådet for Nordsjællands Politi", "25/000215"),
        (7, "Lukket punkt: Køb af ejendom", "25/001010"),
    ]),
    ok="",
)

DOCS["kredsraad_nordjylland_2025-03-07"] = dict(
    ann="""
ORG          NORDJYLLANDS POLITI
ORG          Kredsrådet
ORG          Nordjyllands Politi
DATE         Fredag den 7. marts 2025 = 2025-03-07
TIME         kl. 10.00-12.30
LOC          Auditoriet, Politigården
CASE_NUMBER  5100-80140-00002-25
ROLE         Politidirektør
PERSON       Marianne Krogsgaard
ROLE         formand
ROLE         Vicepolitidirektør
PERSON       Henning Svane
ROLE         Chefanklager
PERSON       Lasse Borch
PERSON       Thomas Kjeldbjerg
ROLE         borgmester
MUNICIPALITY Aalborg Kommune
PERSON       Hans K. Bundgaard
MUNICIPALITY Brønderslev Kommune
PERSON       Maria Kvist
MUNICIPALITY Frederikshavn Kommune
PERSON       Lars Kronborg
MUNICIPALITY Hjørring Kommune
PERSON       Anne-Grethe Lykkegaard
MUNICIPALITY Jammerbugt Kommune
PERSON       Søren Tang Pedersen
MUNICIPALITY Mariagerfjord Kommune
PERSON       Ida Hjerrild
MUNICIPALITY Rebild Kommune
PERSON       Niels Bro
ROLE         viceborgmester
MUNICIPALITY Vesthimmerlands Kommune
ROLE         borgmesteren
PERSON       Pernille Aas
ROLE         kommunikationschef
ROLE         referent
PERSON       Karl Bach
MUNICIPALITY Læsø Kommune
DATE         den 10.03.25 = 2025-03-10
ROLE         Politidirektøren
MUNICIPALITY Rebilds
LOC          Hirtshals
MUNICIPALITY Frederikshavn
LOC          Norge
LOC          Sverige
ORG          Rigspolitiet
DATE         den 30. juni = 2025-06-30
ROLE         Borgmester
ROLE         borgmestre
MUNICIPALITY Jammerbugt
ROLE         Chefanklageren
LOC          Aars
ROLE         formanden
ROLE         stedfortræder
DATE         den 1. april 2025 = 2025-04-01
DATE         torsdag den 12. juni 2025 = 2025-06-12
TIME         kl. 10.00
EMAIL        nord-kredsraad@politi.dk
""",
    meetings=[meeting("Kredsrådet", "2025-03-07", "10:00", "12:30", "Auditoriet, Politigården")],
    attendance=att([
        ("Marianne Krogsgaard", "politidirektør", "p", "formand"),
        ("Henning Svane", "vicepolitidirektør", "p", ""),
        ("Lasse Borch", "chefanklager", "p", ""),
        ("Thomas Kjeldbjerg", "borgmester", "p", ""),
        ("Hans K. Bundgaard", "borgmester", "p", ""),
        ("Maria Kvist", "borgmester", "p", ""),
        ("Lars Kronborg", "borgmester", "p", ""),
        ("Anne-Grethe Lykkegaard", "borgmester", "p", ""),
        ("Søren Tang Pedersen", "borgmester", "p", ""),
        ("Ida Hjerrild", "borgmester", "p", ""),
        ("Niels Bro", "viceborgmester", "p", "stedfortræder for borgmesteren"),
        ("Pernille Aas", "kommunikationschef", "p", "referent"),
        ("Karl Bach", "borgmester", "a", "orienteret pr. telefon den 10.03.25"),
    ]),
    agenda_items=agenda([
        (1, "Velkomst og godkendelse af dagsorden", ""),
        (2, "Status på grænsekontrol og havnene", ""),
        (3, "Lokalpolitiets tilstedeværelse i yderområderne", ""),
        (4, "Eventuelt", ""),
    ]),
    ok="",
)

DOCS["kultur_og_fritidsudvalg_koebenhavn_2024-11-14"] = dict(
    ann="""
MUNICIPALITY Københavns Kommune
ORG          Kultur- og Fritidsudvalget
DATE         14.11.24 = 2024-11-14
TIME         kl. 15.30-17.30
LOC          Udvalgsværelse 2, Københavns Rådhus
ROLE         Kultur- og fritidsborgmester
PERSON       Malene Ørsted-Kjær
ROLE         formand
PERSON       Jonas Lindqvist
PERSON       Sidsel Ravnholt
PERSON       Omar Farouk
PERSON       Christian Hald
PERSON       Maja Teglgaard
PERSON       Ebbe Krarup
ROLE         Administrerende direktør
PERSON       Louise Storgaard
ROLE         Kontorchef
PERSON       Anders Würtz
ROLE         referent
LOC          Amager
CASE_NUMBER  2024-0712345
ORG          Kultur- og Fritidsforvaltningen
MUNICIPALITY Tårnby
MUNICIPALITY Tårnby Kommune
MUNICIPALITY Tårnbys
ORG          Økonomiudvalget
ORG          Borgerrepræsentationen
ORG          Det Konservative Folkeparti
DATE         den 30. januar 2025 = 2025-01-30
LOC          Nørrebro
LOC          Valby
CASE_NUMBER  2024-0698811
MUNICIPALITY Frederiksbergs
ORG          Kulturministeriet
DATE         den 15. december = 2024-12-15
PERSON       Omar Farouks
ROLE         kontorchefen
MUNICIPALITY Frederiksberg Kommune
MUNICIPALITY Dragør
ROLE         Kultur- og fritidsborgmesteren
MUNICIPALITY Københavns Kommunes
LOC          Sydhavnen
DATE         torsdag den 5. december 2024 = 2024-12-05
TIME         kl. 15.30
EMAIL        kfu-sekretariat@kk.dk
""",
    meetings=[meeting("Kultur- og Fritidsudvalget", "2024-11-14", "15:30", "17:30",
                      "Udvalgsværelse 2, Københavns Rådhus")],
    attendance=att([
        ("Malene Ørsted-Kjær", "kultur- og fritidsborgmester", "p", "formand"),
        ("Jonas Lindqvist", "", "p", ""),
        ("Sidsel Ravnholt", "", "p", ""),
        ("Omar Farouk", "", "p", ""),
        ("Christian Hald", "", "p", ""),
        ("Maja Teglgaard", "", "p", "deltog fra punkt 2"),
        ("Ebbe Krarup", "", "a", ""),
        ("Louise Storgaard", "administrerende direktør", "p", ""),
        ("Anders Würtz", "kontorchef", "p", "referent"),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", ""),
        (2, "Ny idrætshal på Amager", "2024-0712345"),
        (3, "Biblioteksbetjening på Nørrebro og i Valby", "2024-0698811"),
        (4, "Eventuelt", ""),
    ]),
    ok="",
)


DOCS["byraad_randers_1891-03-05"] = dict(
    ann="""
ORG          Randers Byraad
DATE         Torsdag den 5te Marts 1891 = 1891-03-05
TIME         Kl. 6 Eftm. = 18:00
LOC          Raadhusets Mødesal
ROLE         Borgmester
PERSON       C. F. Brøchner
ROLE         Kjøbmand = købmand
PERSON       H. P. Lassen
ROLE         Farver = farver
PERSON       J. Winther
ROLE         Bagermester = bagermester
PERSON       N. Thomsen
ROLE         Tømrermester = tømrermester
PERSON       A. Dahl
ROLE         Overlæge = overlæge
PERSON       P. Frederiksen
ROLE         Skolelærer = skolelærer
PERSON       J. Kristensen
ROLE         Redaktør = redaktør
PERSON       S. Hjorth
ROLE         Konsul = konsul
PERSON       E. Bønnelycke
ROLE         Bestyrer = bestyrer
PERSON       M. Sørensen
ORG          Revisionsudvalget
PERSON       Lassen
PERSON       Thomsen
LOC          Vorup Kirke
LOC          Vorupvej
LOC          Vorup
ORG          Byraadet
ORG          Byraadets
ORG          Randers Amt
DATE         21de Februar d. A. = 1891-02-21
PERSON       Frederiksen
ROLE         Borgmesteren
ROLE         Overlægen = overlæge
PERSON       Dahl
DATE         den 1ste April = 1891-04-01
ROLE         Ingeniør = ingeniør
PERSON       L. Holm
MUNICIPALITY Aarhus
ROLE         Vurderingsmand = vurderingsmand
ROLE         Murermester = murermester
PERSON       Chr. Bech
ORG          Indenrigsministeriet
DATE         2den Marts = 1891-03-02
ORG          Nationalbanken
ORG          Toldkammeret
LOC          Toldbodgade
TIME         Kl. 8½ = 20:30
""",
    meetings=[meeting("Byraadet", "1891-03-05", "18:00", "20:30", "Raadhusets Mødesal")],
    attendance=att([
        ("C. F. Brøchner", "borgmester", "p", ""),
        ("H. P. Lassen", "købmand", "p", ""),
        ("J. Winther", "farver", "p", ""),
        ("N. Thomsen", "bagermester", "p", ""),
        ("A. Dahl", "tømrermester", "p", ""),
        ("P. Frederiksen", "overlæge", "p", ""),
        ("J. Kristensen", "skolelærer", "p", ""),
        ("S. Hjorth", "redaktør", "p", ""),
        ("E. Bønnelycke", "konsul", "a", "bortrejst"),
    ]),
    agenda_items=agenda([
        (1, "Gasværkets Regnskab for Aaret 1890", ""),
        (2, "Andragende fra Beboerne i Vorup om Belysning af Vorupvej", ""),
        (3, "Skrivelse fra Randers Amt af 21de Februar d. A. angaaende Sygehusets Udvidelse", ""),
        (4, "Valg af Vurderingsmand", ""),
        (5, "Meddelelser", ""),
    ]),
    # 1891 spelling capitalises every noun; these are common nouns ("the gasworks", "the
    # harbour", "the bridge"), not names. "Randers" is only inside the ORG names.
    ok="""Møde Tilstede Fraværende Gasværkets Regnskab Aaret Regnskabet Overskud Kr Øre
          Andragende Beboerne Belysning Gaslygter Broen Udgiften Vejkassen Skrivelse
          Sygehusets Udvidelse Sagen Udvalg Betænkning Overslag Valg Meddelelser Beslutning
          Laan Plads Havnen Pakhus Mødet A Eftm""",
)

DOCS["kommunalbestyrelse_lemvig_1974-06-11"] = dict(
    ann="""
MUNICIPALITY LEMVIG KOMMUNE
ORG          Kommunalbestyrelsen
DATE         tirsdag den 11. juni 1974 = 1974-06-11
TIME         kl. 19.30
LOC          Byrådssalen, Lemvig Rådhus
ROLE         Borgmester
PERSON       Kaj Villadsen
ROLE         viceborgmester
ROLE         Viceborgmester = viceborgmester
PERSON       Else Gregersen
PERSON       Poul Erik Damgaard
PERSON       Aage Kirk
PERSON       Inger Bundgaard
PERSON       Svend Lauritsen
PERSON       Jørgen Ravn
PERSON       Harald Tang
PERSON       Kirsten Dahl
PERSON       Niels Overgaard
ROLE         Kommunaldirektør
PERSON       O. Brix
ROLE         stadsingeniør = stadsingeniør
PERSON       Henning Lund
LOC          Thyborøn-Harboøre
CASE_NUMBER  17.02.00-P20-3-74
ORG          Ringkjøbing Amtsråd
DATE         27. maj 1974 = 1974-05-27
ORG          Skoleudvalget
ORG          Nørlem Skole
ORG          Rom Skole
ROLE         skoleinspektør = skoleinspektør
PERSON       Tage Holm
DATE         den 2. juli = 1974-07-02
LOC          Sønderby
CASE_NUMBER  06.01.03-G01-12-73
ROLE         Stadsingeniøren = stadsingeniør
ORG          Kampsax A/S
ORG          Miljøstyrelsen
DATE         den 1. november 1974 = 1974-11-01
ORG          Lemvig Roklub
ROLE         Borgmesteren
MUNICIPALITY Struer Kommunes
DATE         tirsdag den 9. juli 1974 = 1974-07-09
TIME         kl. 22.10
""",
    meetings=[meeting("Kommunalbestyrelsen", "1974-06-11", "19:30", "22:10",
                      "Byrådssalen, Lemvig Rådhus")],
    attendance=att([
        ("Kaj Villadsen", "borgmester", "p", ""),
        ("Else Gregersen", "viceborgmester", "p", ""),
        ("Poul Erik Damgaard", "", "p", ""),
        ("Aage Kirk", "", "p", ""),
        ("Inger Bundgaard", "", "p", ""),
        ("Svend Lauritsen", "", "p", ""),
        ("Jørgen Ravn", "", "p", ""),
        ("Harald Tang", "", "p", ""),
        ("Kirsten Dahl", "", "p", ""),
        ("Niels Overgaard", "", "a", "ferie"),
        ("O. Brix", "kommunaldirektør", "p", ""),
        ("Henning Lund", "stadsingeniør", "p", "pkt. 3"),
    ]),
    agenda_items=agenda([
        (1, "Godkendelse af dagsorden", ""),
        (2, "Skolestruktur i Thyborøn-Harboøre-området", "17.02.00-P20-3-74"),
        (3, "Kloakering af Sønderby", "06.01.03-G01-12-73"),
        (4, "Ansøgning fra Lemvig Roklub om tilskud", ""),
        (5, "Meddelelser", ""),
    ]),
    # Party letters in parentheses after the names are not annotated (see GUIDELINES.md).
    ok="""Referat Godkendt Stadsingeniøren Indstillingen Tiltrådt Arbejdet Næste Kloakering
          Thyborøn-Harboøre-området""",
)


def main() -> int:
    files = sorted(p.stem for p in SAMPLES.glob("*.txt"))
    missing = set(files) - set(DOCS)
    extra = set(DOCS) - set(files)
    if missing or extra:
        die(f"samples without gold: {sorted(missing)}; gold without sample: {sorted(extra)}")
    records, counts, warnings = [], {}, 0
    for doc in files:
        raw = (SAMPLES / f"{doc}.txt").read_bytes()
        text = raw.decode("utf-8")
        spec = DOCS[doc]
        entries = parse_block(spec["ann"], doc)
        spans = place(doc, text, entries)
        tables = {"meetings": spec["meetings"], "attendance": spec["attendance"],
                  "agenda_items": spec["agenda_items"]}
        check_tables(doc, text, spans, tables)
        warnings += warn_uncovered(doc, text, spans, set(spec.get("ok", "").split()))
        for s in spans:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        records.append({"format": "extract-gold/1", "id": doc,
                        "path": f"../samples/{doc}.txt",
                        "sha256": hashlib.sha256(raw).hexdigest(),
                        "spans": spans, "tables": tables})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    total = sum(counts.values())
    print(f"wrote {OUT.relative_to(ROOT)}: {len(records)} documents, {total} spans")
    for label in sorted(counts):
        print(f"  {label:13s} {counts[label]}")
    print(f"  warnings: {warnings}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
