"""Build ``corpus/gold/real.jsonl``: gold annotations for real documents in ``../shared``.

The documents themselves are never copied into this repository. This script lists each
annotation as a short surface string (a name, a date, a case number) with its label, optional
norm and which occurrence(s) it covers; it reads the text from the shared folder, finds the
exact character offsets, verifies every span and writes one ``extract-gold/1`` record per
document (see ``corpus/README.md`` and ``corpus/GUIDELINES.md``).

Occurrences are counted on whole-word matches only (the characters either side of a match must
not be letters or digits), so ``Magistraten`` never matches inside ``Magistratens``.
``which="all"`` annotates every occurrence that is not already inside a longer annotation
(entries are placed longest first), so ``Aarhus Ø`` inside ``Fællesrådet for Aarhus Ø ...`` is
left to the ORG; an integer (or list of integers) picks occurrences by 0-based index.

After writing, the script prints a review report per document: span counts per label, every
DATE/TIME norm, and the capitalised words, role words, digits-with-separators and ``kl.``
expressions that no span covers, so a missed entity is easy to spot.

Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_real_gold.py
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "corpus" / "gold" / "real.jsonl"
LABELS = {
    "PERSON", "ROLE", "MUNICIPALITY", "ORG", "LOC",
    "DATE", "TIME", "CASE_NUMBER", "EMAIL", "MISC",
}
MONTHS = {
    m: i
    for i, m in enumerate(
        "januar februar marts april maj juni juli august september oktober november december"
        .split(),
        start=1,
    )
}


@dataclass(frozen=True)
class A:
    """One annotation entry: a surface string and the occurrences of it to label."""

    surface: str
    label: str
    norm: str | None = None
    which: str | int | tuple[int, ...] = "all"


@dataclass
class Doc:
    id: str
    shared_path: str
    year: int  # the document's year, for dates written without one
    ann: list[A]
    tables: dict = field(default_factory=dict)


def shared_dir() -> Path:
    return Path(os.environ.get("EXTRACT_SHARED_DIR", REPO.parent / "shared")).resolve()


# --------------------------------------------------------------------------------------------
# Annotations
# --------------------------------------------------------------------------------------------


def person(name: str, which="all") -> A:
    return A(name, "PERSON", None, which)


def role(surface: str, norm: str, which="all") -> A:
    return A(surface, "ROLE", norm, which)


def org(name: str, which="all") -> A:
    return A(name, "ORG", None, which)


def loc(name: str, which="all") -> A:
    return A(name, "LOC", None, which)


def date(surface: str, which="all") -> A:
    return A(surface, "DATE", None, which)  # norm filled in by parse_date()


def case(number: str, which="all") -> A:
    return A(number, "CASE_NUMBER", number, which)


SEED = Doc(
    id="kredsraad_koebenhavn_2024-08-15",
    shared_path="corpus/seed/kredsraad_koebenhavn_2024-08-15.txt",
    year=2024,
    ann=[
        # letterhead
        date("16-08-2024"),
        org("ADM Direktionssekretariatet"),  # "Enhed:" line; the unit name as written
        org("Direktionssekretariatet"),  # the same unit on the "Dato:" line
        A("mkl013@politi.dk", "EMAIL", "mkl013@politi.dk"),
        case("2023-027103"),  # J. nr.
        case("1858838"),  # Dok.nr.
        org("KREDSRÅD KØBENHAVNS POLITIKREDS"),  # the body's name as heading, one span
        org("Kredsrådet"),
        date("Torsdag den 15. august 2024"),
        A("kl. 17.00-17.30", "TIME", "17:00/17:30"),
        loc("Parolesalen, Politigården"),
        # Deltagerkreds
        role("Politidirektør", "politidirektør"),
        role("Chefpolitiinspektør", "chefpolitiinspektør"),
        role("Chefanklager", "chefanklager"),
        role("Sekretariatschef", "sekretariatschef"),  # 2x
        role("Overborgmester", "overborgmester"),
        role("Borgmester", "borgmester"),  # 3x (2 present, 1 absent)
        role("Chefkonsulent", "chefkonsulent"),
        role("Centerchef", "centerchef"),
        role("Chefjurist", "chefjurist"),
        person("Anne Tønnes"),  # list + 2x in the text
        person("Søren Thomassen"),  # list + 1x in the text
        person("Flemming Petersen"),
        person("Maggie Kjeldstrøm"),
        person("Sophie Hæstorp Andersen"),
        person("Maja Barfod Hørsving"),
        person("Michael Vindfeldt"),
        person("Birte Bligaard"),
        person("Allan S. Andersen"),
        person("Yvette Kovacs"),
        # Afbud
        person("Kenneth Gøtterup"),
        date("den 16.08.24"),
        person("Carsten Kjær-Knudsen"),
        # running text
        A("København", "MUNICIPALITY", "0101"),  # the city, in running text
        org("Københavns Politi"),
        org("NSK"),  # National Enhed for Særlig Kriminalitet
        role("borgmestre", "borgmester"),
    ],
    tables={
        "meetings": [
            {
                "body": "Kredsråd Københavns Politikreds",
                "date": "2024-08-15",
                "start_time": "17:00",
                "end_time": "17:30",
                "location": "Parolesalen, Politigården",
            }
        ],
        "attendance": [
            {"person": p, "role": r, "status": s, "note": n}
            for p, r, s, n in [
                ("Anne Tønnes", "politidirektør", "present", ""),
                ("Søren Thomassen", "chefpolitiinspektør", "present", ""),
                ("Flemming Petersen", "chefanklager", "present", ""),
                ("Maggie Kjeldstrøm", "sekretariatschef", "present", ""),
                ("Sophie Hæstorp Andersen", "overborgmester", "present", ""),
                ("Maja Barfod Hørsving", "sekretariatschef", "present", ""),
                ("Michael Vindfeldt", "borgmester", "present", ""),
                ("Birte Bligaard", "chefkonsulent", "present", ""),
                ("Allan S. Andersen", "borgmester", "present", ""),
                ("Yvette Kovacs", "centerchef", "present", ""),
                ("Kenneth Gøtterup", "borgmester", "absent",
                 "modtog særskilt orientering den 16.08.24"),
                ("Carsten Kjær-Knudsen", "chefjurist", "absent", ""),
            ]
        ],
        "agenda_items": [
            {
                "item_no": "1",
                "title": "Fortrolig orientering om den aktuelle bandesituation",
                "case_no": "",
            }
        ],
    },
)

FAELLESRAAD_OE = "Fællesrådet for Aarhus Ø og de bynære havnearealer"

TU = Doc(
    id="aarhus_teknisk_udvalg_referat_2025-10-01",
    shared_path="corpus/aarhus-2025/text/teknisk_udvalg_referat_2025-10-01.txt",
    year=2025,
    ann=[
        # header
        date("onsdag den 1. oktober 2025"),
        date("1. oktober 2025"),  # the page title line
        A("kl. 15.45", "TIME", "15:45"),  # 2x
        org("Teknisk Udvalg"),
        loc("Udvalgsværelse 398"),
        # agenda items and case numbers
        case("EMN-2025-010561"),  # items 1 and 4
        case("EMN-2025-009242"),
        case("EMN-2025-008468"),
        case("EMN-2024-035156"),
        # bodies and administration
        org("Magistraten"),
        org("Magistratens"),
        org("Aarhus Byråd"),
        org("Byrådet"),  # capitalised; lower-case "byrådet" is generic and left out
        org("Borgmesterens Afdeling"),
        org("Borgmesterens Afdelings"),
        org("Magistratsafdelingen for Teknik og Miljøs"),
        org("Teknik og Miljø"),
        org("MTM"),  # Magistratsafdelingen for Teknik og Miljø, in the "Notat MTM" Bilag
        org("TU"),  # Teknisk Udvalg, in a Bilag title
        org("Planklagenævnet"),
        org("Region Midt"),
        # parties
        org("Socialistisk Folkeparti"),
        org("Venstre"),
        org("Liberal Alliance"),
        # councils, associations and institutions giving foretræde / opinions
        org(FAELLESRAAD_OE),
        org("Fællesrådets"),  # short name of the same Fællesråd in three Bilag titles
        org("Trøjborg Fællesråd"),
        org("Fællesrådet for Møllepark-Vesterbro Kvarter"),
        org("Midtbyens Fællesråd"),
        org("Kolt-Hasselager Fællesråd"),
        org("DGI Østjylland"),
        org("Idrætssamvirket Aarhus"),
        org("Aarhus Watersports Complex"),
        org("Koncentrations Sportens Hus Aarhus"),
        org("Naturhistorisk Museum"),
        # people (decisions, Sagsforløb, Bilag)
        person("Jesper Kjeldsen"),
        person("Steffen Wich"),
        person("Gert Bjerregaard"),
        person("Metin Lindved Aydin"),
        person("Jakob Søgaard Clausen"),
        person("Solveig Munk"),
        person("Liv Gro Jensen"),
        person("Thure Hastrup"),
        person("Lisbeth Johnsen"),
        # municipality
        A("Aarhus Kommune", "MUNICIPALITY", "0751"),
        # every other "Aarhus" is inside an ORG or LOC name (Aarhus Byråd, Aarhus Ø, ...);
        # a bare one would show up in the review's uncovered capitalised words
        # places
        loc("Indre Aarhus Ø"),
        loc("Aarhus Ø"),  # also before "-området"
        loc("Indre Ø"),
        loc("Pier 3"),
        loc("Nørreportkrydset"),
        loc("Kattrup"),
        loc("Hasselager-Kolt"),
        loc("Enslev"),
        loc("Jægergårdsgade"),
        loc("Marienlund"),
        loc("Viby"),
        loc("Vesterbro Torv"),
        loc("Ringvejen"),
        loc("Marselistunnelen"),
        loc("Skanderborgvej"),
        loc("Skanderborgvejkorridoren"),
        loc("HJP"),  # Harald Jensens Plads on Skanderborgvej, in a bus-lane Bilag title
        # dates in running text (with "den" when written)
        date("den 22. september 2025"),
        date("den 2. september 2025"),
        date("26. august 2025"),
        date("den 10. september 2025"),
        date("den 19. august 2025"),
        date("6. august 2025"),
        date("den 27. august 2025"),
        date("24. april 2024"),
        date("den 18. marts 2025"),
        date("29. januar 2025"),
        date("den 26. marts 2025"),
        # Sagsforløb "Dato:" lines
        date("02-09-2025"),
        date("10-09-2025"),
        date("22-09-2025"),
        date("19-08-2025"),
        date("27-08-2025"),
        date("18-03-2025"),
        date("26-03-2025"),
        date("26-05-2025"),
        date("11-08-2025"),
        # Bilag titles "(påført DD.MM.YYYY)" etc.
        date("09.09.2025"),
        date("10.09.2025"),
        date("25.08.2025"),
        date("22.09.2025"),
        date("18.09.2025"),
        date("19.09.2025"),
        date("23.09.2025"),
        date("01.10.2025"),
        date("02.10.2025"),
        date("26.08.2025"),
        date("24.04.2024"),
        date("27.08.2025"),
        date("26.03.2025"),
        date("01.05.2025"),
        date("21.05.2025"),
        date("13.10.2021"),
        date("06.08.2025"),
        date("11.08.2025"),
        date("03.09.2025"),
    ],
    tables={
        "meetings": [
            {
                "body": "Teknisk Udvalg",
                "date": "2025-10-01",
                "start_time": "15:45",
                "end_time": "",
                "location": "Udvalgsværelse 398",
            }
        ],
        # No "attendance" table: the "Mødedeltagere:" field is empty in this document.
        "agenda_items": [
            {"item_no": n, "title": t, "case_no": c}
            for n, t, c in [
                ("1", "Referat fra sidste udvalgsmøde", "EMN-2025-010561"),
                ("2", "Udviklingsplan Aarhus Ø - endelig vedtagelse", "EMN-2025-009242"),
                (
                    "3",
                    "Lokalplan 1221 (tillæg 2 til lokalplan 411) – Erhvervsområde ved Kattrup, "
                    "Hasselager-Kolt, med tillæg 1 - Endelig",
                    "EMN-2025-008468",
                ),
                ("4", "Forvaltningen orienterer", "EMN-2025-010561"),
                ("5", "Eventuelt", ""),
                ("6", "Måltal for busfremkommelighed, jf. budgetforlig 2023", "EMN-2024-035156"),
            ]
        ],
    },
)

DOCS = [SEED, TU]


# --------------------------------------------------------------------------------------------
# Building and checking
# --------------------------------------------------------------------------------------------


def parse_date(surface: str, year: int) -> str:
    """ISO norm of a DATE surface in the formats these documents use."""
    s = re.sub(r"^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag\s+)?(?:den|d\.)\s+", "", surface,
               flags=re.I)
    if m := re.fullmatch(r"(\d{1,2})\. (\w+)(?: (\d{4}))?", s):
        d, mon, y = int(m[1]), MONTHS[m[2].lower()], int(m[3] or year)
    elif m := re.fullmatch(r"(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{2}|\d{4})", s):
        d, mon, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 2000 if y <= year % 100 + 1 else 1900
    else:
        raise ValueError(f"cannot normalise DATE {surface!r}")
    return f"{y:04d}-{mon:02d}-{d:02d}"


def occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of whole-word matches of ``surface``."""
    out, i = [], text.find(surface)
    while i != -1:
        j = i + len(surface)
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            out.append(i)
        i = text.find(surface, i + 1)
    return out


def municipality_codes() -> set[str]:
    with open(shared_dir() / "reference" / "municipalities_dk.csv", encoding="utf-8") as f:
        return {row["kommunekode4"] for row in csv.DictReader(f)}


def build(doc: Doc, codes: set[str]) -> tuple[dict, list[str]]:
    raw = (shared_dir() / doc.shared_path).read_bytes()
    text = raw.decode("utf-8")
    spans: list[dict] = []
    log: list[str] = []
    # longest surface first, so that "all" can skip matches inside a longer annotation
    for a in sorted(doc.ann, key=lambda a: -len(a.surface)):
        if a.label not in LABELS:
            sys.exit(f"{doc.id}: unknown label {a.label!r}")
        if a.surface != a.surface.strip() or re.search(r"^[^\w]|[^\w.]$", a.surface):
            sys.exit(f"{doc.id}: {a.surface!r} starts or ends with whitespace/punctuation")
        if "*" in a.surface or "#" in a.surface:
            sys.exit(f"{doc.id}: markup inside {a.surface!r}")
        found = occurrences(text, a.surface)
        if not found:
            sys.exit(f"{doc.id}: {a.surface!r} not found")
        if a.which == "all":
            picked = list(range(len(found)))
        elif isinstance(a.which, int):
            picked = [a.which]
        else:
            picked = list(a.which)
        norm = a.norm
        if a.label == "DATE" and norm is None:
            norm = parse_date(a.surface, doc.year)
        if a.label == "MUNICIPALITY" and norm not in codes:
            sys.exit(f"{doc.id}: {norm!r} is not a kommunekode4")
        placed = inside = 0
        for k in picked:
            start = found[k]
            end = start + len(a.surface)
            cover = [s for s in spans if s["start"] <= start and end <= s["end"]]
            clash = [s for s in spans if s["start"] < end and start < s["end"] and s not in cover]
            if clash:
                sys.exit(f"{doc.id}: {a.surface!r}@{start} overlaps {clash}")
            if cover:
                if a.which != "all":
                    sys.exit(f"{doc.id}: {a.surface!r}@{start} lies inside {cover}")
                inside += 1
                continue
            assert text[start:end] == a.surface
            span = {"start": start, "end": end, "label": a.label}
            if norm is not None:
                span["norm"] = norm
            spans.append(span)
            placed += 1
        if placed == 0:
            sys.exit(f"{doc.id}: {a.surface!r} placed nowhere")
        log.append(f"  {a.label:12} {placed:2d} placed {inside:2d} inside longer  {a.surface}")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    for x, y in zip(spans, spans[1:], strict=False):
        if y["start"] < x["end"]:
            sys.exit(f"{doc.id}: overlapping spans {x} {y}")
    for s in spans:
        piece = text[s["start"]:s["end"]]
        if piece != piece.strip():
            sys.exit(f"{doc.id}: span {s} has outer whitespace")
    check_tables(doc, text)
    record = {
        "format": "extract-gold/1",
        "id": doc.id,
        "shared_path": doc.shared_path,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "spans": spans,
        "tables": doc.tables,
    }
    return record, log


def check_tables(doc: Doc, text: str) -> None:
    lines = [ln.strip() for ln in text.splitlines()]
    for row in doc.tables.get("agenda_items", []):
        # the title is a whole line, or a line after its "N." item number
        if not any(ln == row["title"] or ln == f"{row['item_no']}. {row['title']}" for ln in lines):
            sys.exit(f"{doc.id}: agenda title not a line of the text: {row['title']!r}")
        if row["case_no"] and row["case_no"] not in text:
            sys.exit(f"{doc.id}: case number not in the text: {row['case_no']!r}")
    for row in doc.tables.get("attendance", []):
        for key in ("person", "note"):
            if row[key] and row[key] not in text:
                sys.exit(f"{doc.id}: attendance {key} not in the text: {row[key]!r}")
        assert row["status"] in {"present", "absent"}
    for row in doc.tables.get("meetings", []):
        assert row["location"] in text, row["location"]


# --------------------------------------------------------------------------------------------
# Review report: what no span covers
# --------------------------------------------------------------------------------------------


def role_words() -> list[str]:
    words: set[str] = set()
    with open(shared_dir() / "reference" / "roles_titles_da.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for key in ("term", "bestemt_ental", "flertal"):
                if row[key] and " " not in row[key]:
                    words.add(row[key].lower())
    return sorted(words, key=len, reverse=True)


def review(record: dict, text: str) -> None:
    covered = [False] * len(text)
    for s in record["spans"]:
        for i in range(s["start"], s["end"]):
            covered[i] = True

    def free(m: re.Match) -> bool:
        return not any(covered[m.start():m.end()])

    counts = Counter(s["label"] for s in record["spans"])
    print(f"{record['id']}: {len(record['spans'])} spans  " +
          "  ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    for s in record["spans"]:
        if s["label"] in {"DATE", "TIME", "MUNICIPALITY"}:
            print(f"    {s['label']:12} {text[s['start']:s['end']]!r:34} -> {s['norm']}")
    caps = Counter(m[0] for m in re.finditer(r"\b[A-ZÆØÅ][\wÆØÅæøå]*(?:[.-]\w+)*", text)
                   if free(m))
    print("  uncovered capitalised words:", ", ".join(f"{w}×{n}" for w, n in sorted(caps.items())))
    roles = role_words()
    hits = Counter()
    for m in re.finditer(r"\w+", text):
        if free(m) and any(r in m[0].lower() for r in roles):
            hits[m[0]] += 1
    print("  uncovered words containing a role word:", dict(hits))
    nums = Counter(m[0] for m in re.finditer(r"\b\d+(?:[.\-/:]\d+)+\b|\bkl\.\s*\d\S*", text)
                   if free(m))
    print("  uncovered numbers with separators / kl.:", dict(nums))
    months = Counter(m[0] for m in re.finditer(
        r"\b(?:{})\b".format("|".join(MONTHS)), text, flags=re.I) if free(m))
    print("  uncovered month names:", dict(months))
    emails = [m[0] for m in re.finditer(r"\S+@\S+", text) if free(m)]
    print("  uncovered e-mail-like strings:", emails)


def main() -> None:
    codes = municipality_codes()
    records = []
    for doc in DOCS:
        record, log = build(doc, codes)
        records.append(record)
        print(f"== {doc.id}")
        print("\n".join(log))
        review(record, (shared_dir() / doc.shared_path).read_bytes().decode("utf-8"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(REPO)} ({len(records)} documents)")


if __name__ == "__main__":
    main()
