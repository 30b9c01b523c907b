"""Build ``corpus/gold/parish.jsonl``: gold meetings of four parish minute books in ``../shared``.

Annotated by reading each book (``../shared/corpus/aarhus-parish-1940-1945``); the books are
never copied here. For each meeting this script lists a short anchor where the meeting begins
(its opening words, or for a meeting whose opening is lost, the n-th "Mødet hævet" after the
previous one), its date as written in the book (ISO; empty when the book gives none) and who
attended: the signatories and names after "Tilstede var:" (present), names after "med
Undtagelse af" / "m. U. a." / "fraværende var" (absent; a signatory is present even where a
note calls him absent). ``role`` is the office (formand, næstformand, kasserer) the book says
the person was elected to at this or an earlier meeting of the book. Names are spelled as at
their first mention in the meeting.

The script finds the offsets, checks that every name occurs inside its meeting and writes one
record per book (``minute_book.meetings``: start, end, date, attendance), with the sha256 of
the text so a changed file is refused. Usage::

    EXTRACT_SHARED_DIR=/path/to/shared python scripts/build_parish_gold.py
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "corpus" / "gold" / "parish.jsonl"
SHARED = Path(os.environ.get("EXTRACT_SHARED_DIR", REPO.parent / "shared"))
BOOKS = "corpus/aarhus-parish-1940-1945"


@dataclass
class M:
    """One meeting: anchor (its n-th occurrence after the previous meeting), date, people."""

    anchor: str
    date: str
    present: list[str]
    absent: list[str] = field(default_factory=list)
    nth: int = 0


def names(spec: str) -> list[str]:
    return [n.strip() for n in spec.split(";") if n.strip()]


# --- Elsted 1942 -----------------------------------------------------------------------------
ELSTED = "Elsted_1942.txt"
ELSTED_ALL = "ValdButtenschøn; OSpliid; P.Sørensen; AageJensen; JPJensen"
ELSTED_MEETINGS = [
    M("1941.", "", names(ELSTED_ALL)),  # the end of a meeting begun in the 1941 book
    M("Aar 1942. den 6 Januar", "1942-01-06",
      names("ValdButtenschøn; OSpliid; S.P.Sørensen; JPJensen; AageJensen")),
    M("Aar 1942 den 12' Februar", "1942-02-12",
      names("ValdButtenschøn; OSpliid; AageJensen; JPJensen"), names("P. Sørensen")),
    M("Aar 1942. den 13' April", "1942-04-13",
      names("ValdButtenschøn; JPJensen; OSpliid; AageJensen"), names("S. P. Sørensen")),
    M("Aar 1942. den 2' Juni", "1942-06-02",
      names("ValdButtenschøn; OSpliid; JPJensen; AageJensen"), names("P. Sørensen")),
    M("Aar 1942 den 4' Aug.", "1942-08-04", names(ELSTED_ALL)),
    M("Aar 1942 den 8' Oktober", "1942-10-08",
      names("JPJensen; ValdButtenschøn; OSpliid; P.Sørensen; AageJensen")),
    M("Aar 1942 den 25' November", "1942-11-25",
      names("ValdButtenschøn; OSpliid; P.Sørensen; JPJensen; AageJensen")),
    M("Aar 1943. den 15' Januar", "1943-01-15", []),  # "Alle Medlemmer vare mødte"; unsigned
]
# "Valg af Formand." / "Valg af Kasserer." at the meeting of 13 April 1942 (index 3).
ELSTED_ROLES = {3: {"ValdButtenschøn": "formand", "OSpliid": "kasserer"}}

# --- Sabro-Faarup 1940 -----------------------------------------------------------------------
SABRO = "Sabro-Faarup_1940_(væsentlig_støj).txt"
SEVEN = "Rich. Rasmussen; Axel Nielsen; Carl Rasmussen; Søren P. Mathiesen; Valdemar Madsen; " \
        "Alfr. Andersen; M. P. Nielsen"
SABRO_MEETINGS = [
    M("Aar 1940 d. 10. Jan.", "1940-01-10", names(
        "Rich. Rasmussen; Carl Rasmussen; Valdemar Madsen; Søren P. Mathiesen; Alfr. Andersen; "
        "M. P. Nielsen")),
    M("Aar 1940 d. 25. Jan.", "1940-01-25", names(SEVEN)),
    M("Aar 1940 d. 5. Febr.", "1940-02-05", names(
        "Carl Rasmussen; Alfr. Andersen; Rich. Rasmussen; Axel Nielsen; J. P. Mathiesen; "
        "Valdemar Madsen; M. P. Nielsen")),
    M("Aar 1940 d. 8. Febr.", "1940-02-08", names(SEVEN)),
    M("Aar 1940 d. 22. Febr.", "1940-02-22", names(
        "Rich. Rasmussen; Søren P. Mathiesen; Axel Nielsen; Carl Rasmussen; Alfr. Andersen; "
        "M. P. Nielsen; V. Madsen")),
    # The year as the book writes it (1939, between February and April 1940).
    M("Aar 1939 d. 16. Marts", "1939-03-16", names(SEVEN.replace("Søren P.", "S. P."))),
    M("Mødet hævet", "", names(SEVEN), nth=1),  # signed; its opening lines are missing
    M("Aar 1940 d. 25. April", "1940-04-25", names(SEVEN)),
    M("Aar 1940 d. 9. Maj", "1940-05-09", names(SEVEN)),
    M("Aar 1940 d. 23. Maj", "1940-05-23", names(SEVEN)),
    M("Aar 1940 d. 13. Juni", "1940-06-13", names(SEVEN)),
    M("Aar 1940 d. 27. Juni", "1940-06-27", names(SEVEN.replace("Søren P.", "S. P."))),
    M("Aar 1940 d. 15. Juli", "1940-07-15", names(
        "Rich. Rasmussen; Axel Nielsen; Carl Rasmussen; S. P. Mathiesen; M. P. Nielsen"),
      names("V. Madsen")),
    M("Aar 1940 d. 18. Juli", "1940-07-18", names(
        "Alf. Andersen; M. Nielsen; Carl Rasmusen; Axel Nielsen; Rich. Rasmussen")),
    M("Aar 1940 d. 25. Juli", "1940-07-25", names(
        "Carl Rasmussen; Rich. Rasmussen; S. P. Mathiesen; Valdemar Madsen; Alfr. Andersen; "
        "M. P. Nielsen"), names("Axel Nielsen")),
    M("Aar 1940 d. 8. Aug.", "1940-08-08", names(
        "Rich. Rasmussen; Axel Nielsen; Søren P. Mathiesen; Alfr. Andersen; Carl Rasmussen"),
      names("M. Nielsen; V. Madsen")),
    M("Aar 1940 d. 22. Aug.", "1940-08-22", names(
        "Rich. Rasmussen; AxelNielsen; Carl Rasmussen; Alfr. Andersen; Valdemar Madsen; "
        "M. P. Nielsen")),
    M("Aar 1940 d. 12. Sept.", "1940-09-12", names(SEVEN.replace("Søren P.", "S. P."))),
    M("Aar 1940 d. 27. Sept.", "1940-09-27", names(SEVEN.replace("Søren P.", "S. P."))),
    M("Aar 1940 d. 14. Oktober", "1940-10-14", names(
        "Rich Rasmussen; Axel Nielsen; Carl Rasmussen; S. P. Mathiesen; M. P. Nielsen; "
        "Alfr. Andersen; V. Madsen")),
    M("1940 d. 24. Oktober", "1940-10-24", names(
        "Rich Rasmussen; Carl Rasmussen; Axel Nielsen; S. P. Mathiesen; Alfr. Andersen; "
        "V. Madsen")),
    M("Aar 1940 d. 14. Novb.", "1940-11-14", names(
        "Rich. Rasmussen; V. Madsen; Axel Nielsen; S. P. Mathiesen; Alfr. Andersen; "
        "M. P. Nielsen")),
    M("Aar 1940 d. 26. Novb.", "1940-11-26", names(
        "Rich. Rasmussen; Carl Rasmussen; S. P. Mathiesen; M. P. Nielsen; Axel Nielsen; "
        "Alfr. Andersen; V. Madsen")),
    M("Aar 1940 d. 19. December", "1940-12-19", names(
        "Rich. Rasmussen; Alfr. Andersen; Axel Nielsen; M. P. Nielsen; S. P. Matiesen; "
        "Carl Rasmussen"), names("V. Madsen")),
]
SABRO_ROLES: dict[int, dict[str, str]] = {}

# --- Hjortshøj-Egaa 1941 ---------------------------------------------------------------------
HJORTSHOEJ = "Hjortshøj-Egaa_1941.txt"
NINE = "R. Helbo Sørensen; Aksel Bøjesen; Joh. Grosen; Jens Terp Laursen; Julius Junker; " \
       "K. M. Laursen; Chr. Jørgensen; Rs. Svenningsen; I. Jørgensen"
HJORTSHOEJ_MEETINGS = [
    M("Onsdag, den 15. Januar 1941", "1941-01-15", names(
        "R. Helbo Sørensen; K. M. Laursen; Jens Terp Laursen; Joh Grosen; Aksel Bøjesen; "
        "Chr. Jørgensen; Julius Junker; I. Jørgensen; Rs. Svenningsen")),
    M("Onsdag, den 12. Februar 1941", "1941-02-12", names(NINE.replace("Joh.", "Joh"))),
    M("Onsdag, den 12. Marts 1941", "1941-03-12", names(NINE)),
    M("Mandag, den 31. Marts 1941", "1941-03-31", names(NINE)),
    M("Onsdag, den 9. April 1941", "1941-04-09", names(
        "R. Helbo Sørensen; Aksel Bøjesen; Joh. Grosen; Jens Terp Laursen; Julius Junker; "
        "Rs. Svenningsen"), names("K. M. Laursen; Chr. Jørgensen")),
    M("Lørdag den 3. Maj 1941", "1941-05-03", names(
        "R. Helbo Sørensen; Aksel Bøjesen; Joh. Grosen; Jens Terp Laursen; K. M. Laursen; "
        "Rs. Svenningsen; I. Jørgensen"), names("J. Junker; Chr. Jørgensen")),
    M("Onsdag, den 14. Maj 1941", "1941-05-14", names(
        "R. Helbo Sørensen; Aksel Bøjesen; Joh. Grosen; Jens Terp Laursen; Julius Junker; "
        "K. M. Laursen; Chr. Jørgensen; Rs. Svenningsen"), names("Ingv. Jørgensen")),
    M("Onsdag, den 11. Juni 1941", "1941-06-11", names(NINE.replace("Terp ", "Terp. "))),
    M("Tirsdag, den 24. Juni 1941", "1941-06-24", names(
        "R. Helbo Sørensen; Joh. Grosen; Jens Terp Laursen; Julius Junker; K. M. Laursen; "
        "Chr. Jørgensen; Rs. Svenningsen; I. Jørgensen"), names("A. Bøjesen")),
    M("Onsdag, den 9. Juli 1941", "1941-07-09", names(
        "Joh. Grosen; R. Helbo Sørensen; Aksel Bøjesen; Julius Junker; K. M. Laursen; "
        "Chr. Jørgensen; Rs. Svenningsen"), names("Terp Laursen; Ingv. Jørgensen")),
    M("Onsdag, den 13. August 1941", "1941-08-13", names(NINE)),
    M("Onsdag, den 10. September 1941", "1941-09-10", names(NINE)),
    M("Fredag d. 26. Septbr. 1941", "1941-09-26", names(
        "R. Helbo Sørensen; Jens Terp Laursen; I. Jørgensen"), names("Joh. Grosen")),
    M("Onsdag, den 8. Oktober 1941", "1941-10-08", names(
        "R. Helbo Sørensen; Jens Terp Laursen; Julius Junker; Chr. Jørgensen; Rs. Svenningsen; "
        "I. Jørgensen; K. M. Laursen"), names("Johs. Grosen")),
    M("Onsdag, den 12. November 1941", "1941-11-12", names(
        "R. Helbo Sørensen; Aksel Bøjesen; Joh. Grosen; Julius Junker; K. M. Laursen; "
        "Chr. Jørgensen; Rs. Svenningsen; I. Jørgensen")),
    M("Onsdag, den 10. December 1941", "1941-12-10", names(NINE)),
]
# "Til Formand for det kommende Aar valgtes R. Helbo Sørensen som Næstformand Johs. Grosen."
HJORTSHOEJ_ROLES = {2: {"R. Helbo Sørensen": "formand", "Joh. Grosen": "næstformand"}}

# --- Trige 1944 ------------------------------------------------------------------------------
TRIGE = "Trige_1944.txt"
TRIGE_MEETINGS = [
    M("13 Møde", "1944-01-06", names(
        "RN Rasmussen; Jens Jensen; Johs Kirkegaard; A Jensen; K Nielsen; Ingemann Pedersen; "
        "B Rasmussen; E. Sørensen; A Overgaard")),
    M("14 Møde", "1944-01-20", names(
        "RN Rasmussen; A. Overgaard; E. Sørensen; B Rasmussen; J Pedersen; K Nielsen; A Jensen; "
        "Johs Kirkegaard"), names("Jens Jensen; Ingemann Pedersen")),
    M("15 Møde", "1944-02-10", names(
        "RN Rasmusssen; Jens Jensen; Johs Kirkegaard; A Jensen; J Pedersen; B Rasmussen; "
        "E Sørensen; A. Overgaard"), names("Karl Nielsen")),
    M("16 Møde", "1944-02-21", names(
        "RN Rasmussen; A. Overgaard; E. Sørensen; K Nielsen; J Pedersen; B Rasmussen; "
        "Johs Kirkegaard"), names("Jens Jensen; Arnold Jensen")),
    M("7 Møde", "1944-03-02", names(
        "RN Rasmussen; A Overgaard; E Sørensen; B Rasmussen; K Nielsen; Johs Kirkegaard; "
        "Jens Jensen; A Jensen"), names("Ingemann Pedersen")),
    M("18 Møde", "1944-03-16", names(
        "RN Rasmussen; Jens Jensen; Johs Kirkegaard; A Jensen; K Nielsen; I Pedersen; "
        "B Rasmussen; E Sørensen; A Overgaard")),
    M("1 Møde", "1944-04-05", names(
        "RN Rasmussen; E Sørensen; B Rasmussen; I Pedersen; K Nielsen; A Jensen; Johs Kirkegaard; "
        "Jens Jensen; A. Overgaard")),
    M("2 Møde", "1944-04-20", names(
        "RN Rasmussen; Jens Jensen; K Nielsen; A Jensen; I Pedersen; B Rasmussen; E Sørensen")),
    M("3 Møde", "1944-05-04", names(
        "RN Rasmussen; E Sørensen; B Rasmussen; Ingemann Pedersen; K Nielsen; A Jensen; "
        "Johs Kirkegaard; Jens Jensen; A Overgaard")),
    M("4 Møde", "1944-06-01", names(
        "RN Rasmussen; Jens Jensen; Johs Kirkegaard; A Jensen; K Nielsen; B Rasmussen; "
        "E Sørensen; A Overgaard"), names("Ingemann Pedersen")),
    M("5 Møde", "1944-07-06", names(
        "RN Rasmussen; Jens Jensen; A Jensen; Johs Kirkegaard; E Sørensen; B Rasmussen; "
        "A Overgaard"), nth=1),  # the first "5 Møde / Aar 1944" is a false start
    M("6 Møde", "1944-08-03", names(
        "RN Rasmussen; Jens Jensen; Johs Kirkegaard; A Jensen; I Pedersen; B Rasmussen; "
        "A Overgaard")),
    M("7 Møde", "1944-09-07", names(
        "RN Rasmussen; A Overgaard; E Sørensen; B Rasmussen; Ingemann Pedersen; K Nielsen; "
        "A Jensen; Johs Kirkegaard; Jens Jensen")),
    M("8 Møde", "1944-10-05", names(
        "RN Rasmussen; Jens Jensen; K Nielsen; A Jensen; Johs Kirkegaard; I Pedersen; "
        "B Rasmussen; E Sørensen; A Overgaaard")),
    M("9 Møde", "1944-11-02", names(
        "A Overgaard; E Sørensen; B Rasmussen; Ingemann Pedersen; Karl Nielsen; A Jensen"),
      names("Jens Jensen; Johs Kirkegaard")),
    M("10 Møde", "1944-11-16", names(
        "RN Rasmussen; E Sørensen; A. Overgaard; Jens Jensen; Johs Kirkegaard; I Pedersen; "
        "B Rasmussen; A Jensen; Peter Sørensen")),
    M("11 Møde", "1944-12-07", names(
        "RN Rasmussen; A Overgaard; E. Sørensen; B Rasmussen; I. Pedersen; K Nielsen; A Jensen; "
        "Johs Kirkegaard; Jens Jensen")),
    M("12 Møde", "1944-12-21", names(
        "RN Rasmussen; Jens Jensen; A Jensen; K Nielsen; I Pedersen; B Rasmussen; E Sørensen; "
        "A Overgaard"), names("Johs Kirkegaard")),
    M("13 Møde", "1945-01-04", [], names("Jens Jensen; Johs Kirkegaard")),  # book ends unsigned
]
# "Til Formand for næste Aar valgtes R N Rasmussen til Næstfmd Ejner Sørensen til Kasserer
# Anders Overgaard" at the meeting of 16 March 1944 (index 5).
TRIGE_ROLES = {5: {"RN Rasmussen": "formand", "E Sørensen": "næstformand",
                   "A Overgaard": "kasserer"}}

BOOKS_GOLD = [(ELSTED, ELSTED_MEETINGS, ELSTED_ROLES), (SABRO, SABRO_MEETINGS, SABRO_ROLES),
              (HJORTSHOEJ, HJORTSHOEJ_MEETINGS, HJORTSHOEJ_ROLES),
              (TRIGE, TRIGE_MEETINGS, TRIGE_ROLES)]


def person_key(name: str) -> str:
    from extract.rules.signatures import person_key as key

    return key(name)


def build(filename: str, meetings: list[M], roles: dict[int, dict[str, str]]) -> dict:
    rel = f"{BOOKS}/{filename}"
    text = (SHARED / rel).read_bytes().decode("utf-8")
    plain = text.replace("\u00a0", " ")  # some signatures use no-break spaces; same offsets
    starts, cursor = [], 0
    for m in meetings:
        pos = cursor - 1
        for _ in range(m.nth + 1):
            pos = plain.find(m.anchor, pos + 1)
            if pos < 0:
                sys.exit(f"{filename}: anchor {m.anchor!r} not found after {cursor}")
        starts.append(pos)
        cursor = pos + 1
    starts[0] = 0 if meetings[0].anchor in plain[:40] else starts[0]
    held: dict[str, str] = {}  # person key -> office, from the electing meeting on
    out = []
    for k, (m, start) in enumerate(zip(meetings, starts, strict=False)):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        for name, office in roles.get(k, {}).items():
            for key in [key for key, o in held.items() if o == office]:
                del held[key]
            held[person_key(name)] = office
        rows = []
        for status, people in (("present", m.present), ("absent", m.absent)):
            for person in people:
                # A name may run over a line break ("Ingemann / Pedersen").
                pattern = r"\s+".join(re.escape(w) for w in person.split())
                found = list(re.finditer(pattern, plain[start:end]))
                if not found:
                    sys.exit(f"{filename}: {person!r} not in meeting {k + 1} ({m.anchor!r})")
                hit = found[-1] if status == "present" else found[0]  # signatures close a meeting
                rows.append({"person": person, "role": held.get(person_key(person), ""),
                             "status": status, "start": start + hit.start(),
                             "end": start + hit.end()})
        out.append({"start": start, "end": end, "date": m.date, "attendance": rows})
    return {"format": "extract-gold/1", "id": f"parish/{Path(filename).stem}",
            "shared_path": rel, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "minute_book": {"meetings": out}}


def main() -> None:
    if not (SHARED / BOOKS).is_dir():
        sys.exit(f"shared folder not found at {SHARED}; set EXTRACT_SHARED_DIR")
    records = [build(*book) for book in BOOKS_GOLD]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    n = sum(len(r["minute_book"]["meetings"]) for r in records)
    rows = sum(len(m["attendance"]) for r in records for m in r["minute_book"]["meetings"])
    print(f"wrote {OUT}: {len(records)} books, {n} meetings, {rows} attendance rows")


if __name__ == "__main__":
    main()
